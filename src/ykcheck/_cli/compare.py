"""``ykcheck compare``: a plan and its review, straight from their texts, to a judged report.

ykcheck compare plan.txt review.txt                  # the report on stdout (markdown)
ykcheck compare plan.txt review.txt --year 2024      # where the plan does not say its year
ykcheck compare plan.txt review.txt communique.txt   # several texts of one review
ykcheck compare report.txt report.txt                # one text that prints both
ykcheck compare plan.txt review.txt --draft pairs.toml   # the pairs, as data to review
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

import ykcheck

from .extract import _read, _relative, _Unusable
from .inputs import max_bytes_option
from .judge import _LANG_OPTION
from .output import EXIT_MISSED, STDOUT, emit, fail, refuse_inputs, say, write


@click.command("compare")
@click.argument("plan", type=click.Path(path_type=Path))
@click.argument("reviews", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--year",
    type=click.IntRange(1949, 2100),
    default=None,
    help="The plan year N, where the plan's text does not say it.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "json", "csv"]),
    default="md",
    show_default=True,
    help="Markdown for people, JSON or CSV for programs.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to this file (whole or not at all) instead of stdout.",
)
@click.option(
    "--draft",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the pairs as TOML data (sources, commitments, outcomes) for a person to "
    "review; `ykcheck report` on it gives the same verdicts.",
)
@click.option(
    "--excerpt",
    is_flag=True,
    help="The review texts are excerpts: what they do not report is 'not in the excerpt "
    "loaded', not unreported by the whole review.",
)
@click.option(
    "--catalogue",
    type=click.Path(dir_okay=False, path_type=Path),
    help="An indicator catalogue file (TOML) that extends the one ykcheck ships.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["missed", "nearly_met"]),
    default=None,
    help="Exit with status 1 if any verdict is this bad or worse.",
)
@_LANG_OPTION
@max_bytes_option
def compare_command(
    plan: Path,
    reviews: tuple[Path, ...],
    year: int | None,
    fmt: str,
    output: Path | None,
    draft: Path | None,
    excerpt: bool,
    catalogue: Path | None,
    fail_on: str | None,
    lang: str,
    max_bytes: int,
) -> None:
    """Judge the targets that PLAN sets for a year against the results that REVIEWS report,
    pairing each target with its result by machine (each pair says how it was made)."""
    if output == STDOUT:
        output = None
    inputs = [plan, *reviews, *([catalogue] if catalogue else [])]
    refuse_inputs([output] if output else [], inputs)
    refuse_inputs([draft] if draft else [], [*inputs, *([output] if output else [])], "--draft")
    base = draft.parent if draft is not None else None
    ids = _ids([plan, *reviews])
    try:
        cat = ykcheck.load_catalogue(catalogue)
        plan_doc = _document(plan, ids, base, False, max_bytes)
        review_docs = [_document(r, ids, base, excerpt, max_bytes) for r in reviews]
        report = ykcheck.compare(plan_doc, review_docs, year=year, catalogue=cat)
    except _Unusable as exc:
        fail(exc)
    except ykcheck.YkcheckError as exc:
        fail(exc)
    if fmt == "md":
        text = report.to_markdown(lang)
    elif fmt == "json":
        text = report.to_json()
    else:
        text = report.to_csv()
    if draft is not None:
        write(draft, ykcheck.dumps(ykcheck.compare_draft(report)))
        say(f"wrote {draft}")
    emit(text, output)
    bad = {"missed": {"missed"}, "nearly_met": {"missed", "nearly_met"}}.get(fail_on or "", set())
    if any(v.status in bad for v in report.verdicts):
        sys.exit(EXIT_MISSED)


def _ids(paths: list[Path]) -> dict[Path, str]:
    """A source id for each file, from its name: one text given twice (as plan and review) is
    one source; two files of the same name get ids of their own."""
    ids: dict[Path, str] = {}
    for path in paths:
        key = Path(os.path.realpath(path))
        if key in ids:
            continue
        stem = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in path.stem) or "text"
        id_, n = stem, 1
        while id_ in ids.values():
            n += 1
            id_ = f"{stem}-{n}"
        ids[key] = id_
    return ids


def _document(
    path: Path, ids: dict[Path, str], base: Path | None, excerpt: bool, max_bytes: int
) -> ykcheck.Document:
    """The text at ``path`` as a Document; its file as a draft in ``base`` names it."""
    text = _read(path, max_bytes)
    file = _relative(path, base) if base is not None else os.fspath(path)
    return ykcheck.Document(ids[Path(os.path.realpath(path))], path.name, text, file, excerpt)


__all__ = ["compare_command"]
