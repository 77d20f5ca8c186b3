"""The commands that judge loaded data: ``report``, ``history``, ``lint`` and ``check``. They call
only ykcheck's public API."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import attrs
import click

import ykcheck

from .inputs import STDIN, Unreadable, max_bytes_option, read_input
from .output import EXIT_MISSED, emit, fail, refuse_inputs

_ALLOW_OUTSIDE_OPTION = click.option(
    "--allow-outside",
    is_flag=True,
    help="Let a data file include, or quote, files outside its own directory (for data you "
    "trust: the quote check tells what such a file holds).",
)
_LANG_OPTION = click.option(
    "--lang",
    type=click.Choice(["both", "zh", "en"]),
    default="both",
    show_default=True,
    help="Language of the verdict labels.",
)


@click.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to this file (whole or not at all) instead of stdout.",
)
@click.option(
    "--year",
    "years",
    type=int,
    multiple=True,
    help="Only commitments of this plan year (repeatable).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "json", "csv"]),
    default="md",
    show_default=True,
    help="Markdown for people, JSON or CSV for programs.",
)
@_LANG_OPTION
@click.option(
    "--fail-on",
    type=click.Choice(["missed", "nearly_met"]),
    default=None,
    help="Exit with status 1 if any verdict is this bad or worse.",
)
@max_bytes_option
@_ALLOW_OUTSIDE_OPTION
def report(
    files: tuple[Path, ...],
    output: Path | None,
    years: tuple[int, ...],
    fmt: str,
    lang: str,
    fail_on: str | None,
    max_bytes: int,
    allow_outside: bool,
) -> None:
    """Judge the commitments in FILES (default: the bundled data; - reads stdin) and print the
    report."""
    refuse_inputs([output] if output else [], files or [ykcheck.bundled_data()])
    data = _load_all(files, max_bytes, allow_outside)
    if years:
        unknown = sorted(set(years) - {c.year for c in data.commitments})
        if unknown:
            fail(f"no commitments of plan year {', '.join(map(str, unknown))} in the data")
        data = attrs.evolve(data, commitments=tuple(c for c in data.commitments if c.year in years))
    rep = ykcheck.evaluate(data)
    if fmt == "md":
        text = rep.to_markdown(lang)
    elif fmt == "json":
        text = rep.to_json()
    else:
        text = rep.to_csv()
    emit(text, output)
    bad = {"missed": {"missed"}, "nearly_met": {"missed", "nearly_met"}}.get(fail_on or "", set())
    if any(v.status in bad for v in rep.verdicts):
        sys.exit(EXIT_MISSED)


def _load(path: Path, max_bytes: int, allow_outside: bool) -> ykcheck.Data:
    """The data of one file, or of stdin for ``-`` (its includes and sources are then named
    relative to the working directory)."""
    if path != STDIN:
        return ykcheck.load(path, max_bytes=max_bytes, allow_outside=allow_outside)
    try:
        text = read_input(path, max_bytes)
    except Unreadable as exc:
        fail(exc)
    return ykcheck.loads(text, file="<stdin>", max_bytes=max_bytes, allow_outside=allow_outside)


def _load_all(files: tuple[Path, ...], max_bytes: int, allow_outside: bool) -> ykcheck.Data:
    """The data of FILES (default: the bundled data) as one set; exit 2 on bad input."""
    if list(files).count(STDIN) > 1:
        fail("- (stdin) can be read once: give it once")
    real = [None if f == STDIN else os.path.realpath(f) for f in files]
    twice = next((f for f, r in zip(files, real, strict=True) if r and real.count(r) > 1), None)
    if twice is not None:
        fail(f"{twice} is given twice: give each data file once")
    try:
        given = files or (ykcheck.bundled_data(),)
        return ykcheck.merge(
            [_load(f, max_bytes, allow_outside) for f in given], [str(f) for f in given]
        )
    except ykcheck.YkcheckError as exc:
        fail(exc)


_DATA_OPTION = click.option(
    "--data",
    "files",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Data file (repeatable; default: the bundled data; - reads stdin).",
)


@click.command()
@click.argument("indicator", required=False)
@_DATA_OPTION
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (whole or not at all) instead of stdout.",
)
@_LANG_OPTION
@max_bytes_option
@_ALLOW_OUTSIDE_OPTION
def history(
    indicator: str | None,
    files: tuple[Path, ...],
    output: Path | None,
    lang: str,
    max_bytes: int,
    allow_outside: bool,
) -> None:
    """Show INDICATOR (default: every indicator with two years or more) across all loaded
    years: targets and actuals side by side, as a table and a chart."""
    refuse_inputs([output] if output else [], files or [ykcheck.bundled_data()])
    report = ykcheck.evaluate(_load_all(files, max_bytes, allow_outside))
    try:
        found = ykcheck.histories(report, indicator)
    except ykcheck.YkcheckError as exc:
        fail(exc)
    emit(ykcheck.history_markdown(found, lang), output)


@click.command()
@_DATA_OPTION
@max_bytes_option
@_ALLOW_OUTSIDE_OPTION
def lint(files: tuple[Path, ...], max_bytes: int, allow_outside: bool) -> None:
    """Report what weakens the data: a draft not yet reviewed, units that cannot meet across
    years, plan years no source announces, outcomes that match nothing. Exit 1 if there are
    warnings."""
    findings = ykcheck.lint(_load_all(files, max_bytes, allow_outside))
    for f in findings:
        click.echo(str(f))
    if not findings:
        click.echo("no findings")
    if any(f.level == "warning" for f in findings):
        sys.exit(EXIT_MISSED)


@click.command()
@click.argument("target")
@click.argument("outcome")
@_LANG_OPTION
def check(target: str, outcome: str, lang: str) -> None:
    """Judge one TARGET phrase against one OUTCOME phrase.

    Example: ykcheck check "一般公共预算收入增长5.5%左右" "一般公共预算收入增长5.2%"
    """
    try:
        verdict = ykcheck.check(target, outcome)
    except ykcheck.YkcheckError as exc:
        fail(exc)
    click.echo(ykcheck.describe(verdict, lang))
