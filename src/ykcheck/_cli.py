"""The command line: ``ykcheck report``, ``ykcheck check``, ``ykcheck extract``.

A user's mistake (a bad file, a bad phrase, a bad option) ends with a located message on stderr
and exit status 2, never a traceback. Output files are written whole or not at all.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import NoReturn

import click

from ._errors import YkcheckError

EXIT_OK, EXIT_MISSED, EXIT_USAGE = 0, 1, 2


def bundled_data() -> Path:
    """The data file shipped with ykcheck: inside the installed package, or ``data/`` of the
    source tree in an editable install."""
    here = Path(__file__).resolve().parent
    installed = here / "bundled" / "commitments.toml"
    return installed if installed.is_file() else here.parents[1] / "data" / "commitments.toml"


def _fail(exc: YkcheckError) -> NoReturn:
    click.echo(f"ykcheck: {exc}", err=True)
    sys.exit(EXIT_USAGE)


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole: a temporary file beside it, then a rename."""
    directory = path.resolve().parent
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        write_atomic(output, text)
    except OSError as exc:
        click.echo(f"ykcheck: cannot write {output}: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_USAGE)
    click.echo(f"wrote {output}", err=True)


_LANG_OPTION = click.option(
    "--lang",
    type=click.Choice(["both", "zh", "en"]),
    default="both",
    show_default=True,
    help="Language of the verdict labels.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="ykcheck")
def main() -> None:
    """Check whether a local government kept the promises of its work report."""


@main.command()
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
def report(
    files: tuple[Path, ...],
    output: Path | None,
    years: tuple[int, ...],
    fmt: str,
    lang: str,
    fail_on: str | None,
) -> None:
    """Judge the commitments in FILES (default: the bundled data) and print the report."""
    import attrs

    from ._api import evaluate

    data = _load_all(files)
    if years:
        unknown = sorted(set(years) - {c.year for c in data.commitments})
        if unknown:
            click.echo(
                f"ykcheck: no commitments of plan year {', '.join(map(str, unknown))} in the data",
                err=True,
            )
            sys.exit(EXIT_USAGE)
        data = attrs.evolve(data, commitments=tuple(c for c in data.commitments if c.year in years))
    rep = evaluate(data)
    if fmt == "md":
        text = rep.to_markdown(lang)
    elif fmt == "json":
        text = rep.to_json()
    else:
        text = rep.to_csv()
    _emit(text, output)
    bad = {"missed": {"missed"}, "nearly_met": {"missed", "nearly_met"}}.get(fail_on or "", set())
    if any(v.status in bad for v in rep.verdicts):
        sys.exit(EXIT_MISSED)


def _load_all(files: tuple[Path, ...]):  # type: ignore[no-untyped-def]
    """The data of FILES (default: the bundled data) as one set; exit 2 on bad input."""
    from ._load import load, merge

    try:
        return merge([load(f) for f in (files or (bundled_data(),))])
    except YkcheckError as exc:
        _fail(exc)


_DATA_OPTION = click.option(
    "--data",
    "files",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Data file (repeatable; default: the bundled data).",
)


@main.command()
@click.argument("indicator", required=False)
@_DATA_OPTION
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (whole or not at all) instead of stdout.",
)
@_LANG_OPTION
def history(indicator: str | None, files: tuple[Path, ...], output: Path | None, lang: str) -> None:
    """Show INDICATOR (default: every indicator with two years or more) across all loaded
    years: targets and actuals side by side, as a table and a chart."""
    from ._api import evaluate
    from ._history import histories, to_markdown

    report = evaluate(_load_all(files))
    try:
        found = histories(report, indicator)
    except YkcheckError as exc:
        _fail(exc)
    _emit(to_markdown(found, lang), output)


@main.command()
@_DATA_OPTION
def lint(files: tuple[Path, ...]) -> None:
    """Report what weakens the data: units that cannot meet across years, plan years no
    source announces, outcomes that match nothing. Exit 1 if there are warnings."""
    from ._api import evaluate
    from ._lint import lint as run_lint

    data = _load_all(files)
    findings = run_lint(data, evaluate(data))
    for f in findings:
        click.echo(str(f))
    if not findings:
        click.echo("no findings")
    if any(f.level == "warning" for f in findings):
        sys.exit(EXIT_MISSED)


@main.command()
@click.argument("target")
@click.argument("outcome")
@_LANG_OPTION
def check(target: str, outcome: str, lang: str) -> None:
    """Judge one TARGET phrase against one OUTCOME phrase.

    Example: ykcheck check "一般公共预算收入增长5.5%左右" "一般公共预算收入增长5.2%"
    """
    from ._api import check as check_pair
    from ._report import describe

    try:
        verdict = check_pair(target, outcome)
    except YkcheckError as exc:
        _fail(exc)
    click.echo(describe(verdict, lang))


def _register_extract() -> None:
    from ._cli_extract import extract

    main.add_command(extract)


_register_extract()
