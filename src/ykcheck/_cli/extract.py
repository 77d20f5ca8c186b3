"""``ykcheck extract``: draft TOML of the targets and outcomes found in raw report text.

    ykcheck extract report.txt                 # draft TOML on stdout
    ykcheck extract report.txt -o draft.toml   # written whole or not at all
    ykcheck extract reports/ -o drafts/        # every *.txt under reports/, one draft each
    ykcheck extract reports/ -o drafts/ -j 4   # drafted by 4 processes, the same drafts

The draft is in the format ``ykcheck.load`` reads, marked ``unreviewed = true``: every record
quotes the words it was read from, for a person to check before it counts. Targets become
commitments with ids ``<year>-<n>`` and the heading they stand under as area; outcomes keep the
year the text gives them, else the year before the plan year. A directory is read one file at a
time (with ``--jobs N``, by N worker processes, a few files ahead of the one being written), so
memory stays bounded however many reports it holds; the drafts are written in the order of the
files' names and are the same whatever N is.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Generator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Literal, cast

import click

import ykcheck

from .inputs import STDIN, Unreadable, max_bytes_option, read_input
from .output import EXIT_USAGE, STDOUT, emit, fail, refuse_inputs, say, shown, write

Role = Literal["target", "outcome"]
_How = tuple[Role | None, int | None, int]  # role and plan year to force, largest file to read


class _Unusable(Exception):
    """A file that cannot be read or drafted: a user's mistake, reported in one line."""


@click.command("extract")
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--role",
    type=click.Choice(["auto", "target", "outcome"]),
    default="auto",
    show_default=True,
    help="Take every figure as a target or an outcome instead of telling them apart.",
)
@click.option(
    "--year",
    type=click.IntRange(1949, 2100),
    default=None,
    help="Plan year of the targets (outcomes: the year before) where the text does not say.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="Write the draft to this file (for a directory of reports: into this "
    "directory, one draft per report) instead of stdout.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes drafting the reports of a directory, at most one a CPU (the "
    "drafts are the same whatever their number).",
)
@max_bytes_option
def extract_command(
    path: Path, role: str, year: int | None, output: Path | None, jobs: int, max_bytes: int
) -> None:
    """Draft TOML of the targets and outcomes found in PATH (a report's text, - for stdin, or
    a directory of *.txt reports), for a person to review."""
    forced = None if role == "auto" else cast(Role, role)
    cpus = os.cpu_count() or 1
    if jobs > cpus:  # more processes than CPUs only compete for them, and for memory
        say(f"ykcheck: --jobs {jobs} is more than the {cpus} CPUs here; using {cpus}")
        jobs = cpus
    if output == STDOUT:
        output = None
    if path.is_dir():
        if output is None:
            fail(f"{path} is a directory: name a directory for the drafts with -o DIR")
        sys.exit(_extract_dir(path, output, (forced, year, max_bytes), jobs))
    if output is not None and output.is_dir():
        output = output / (path.stem + ".toml")
    refuse_inputs([output] if output else [], [path])
    try:
        text = _read(path, max_bytes)
        draft = draft_toml(text, _source_file(path, output), forced, year)
    except _Unusable as exc:
        fail(exc)
    emit(draft, output)


def _read(path: Path, max_bytes: int) -> str:
    try:
        return read_input(path, max_bytes)
    except Unreadable as exc:
        raise _Unusable(str(exc)) from None


def _source_file(path: Path, output: Path | None) -> str:
    """The report's path as the draft names it: relative to the draft's directory, so that
    ``ykcheck load`` finds it and checks every quote against it."""
    if output is None or path == STDIN:
        return path.as_posix()
    return _relative(path, output if output.is_dir() else output.parent)


def _relative(path: Path, base: Path) -> str:
    """``path`` relative to the directory ``base`` (which need not exist yet)."""
    try:
        return Path(os.path.relpath(os.path.realpath(path), os.path.realpath(base))).as_posix()
    except ValueError:  # another drive on Windows
        return Path(os.path.realpath(path)).as_posix()


def _extract_dir(root: Path, out_dir: Path, how: _How, jobs: int = 1) -> int:
    """Draft every *.txt under ``root`` into ``out_dir``, in the order of their names, each
    written as soon as it and the ones before it are drafted; the exit status."""
    if out_dir.exists() and not out_dir.is_dir():
        fail(f"{out_dir} is a file: -o must name a directory when PATH is one")
    files = sorted(p for p in root.rglob("*.txt") if p.is_file())
    if not files:
        fail(f"{root}: no *.txt files in it")
    targets = [out_dir / path.relative_to(root).with_suffix(".toml") for path in files]
    refuse_inputs(targets, files)
    tasks = [
        (path, _relative(path, target.parent), *how)
        for path, target in zip(files, targets, strict=True)
    ]
    failed = 0
    drafted = _drafted(tasks, jobs)
    try:
        with click.progressbar(
            list(zip(files, targets, strict=True)),
            label="extracting",
            file=sys.stderr,
            item_show_func=lambda item: shown(item[0].name) if item else None,
        ) as bar:
            for (_, target), (draft, problem) in zip(bar, drafted, strict=True):
                try:
                    target.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    fail(f"cannot write into {target.parent}: {exc.strerror or exc}")
                if problem is not None:
                    say(f"\nykcheck: {problem}")
                    failed += 1
                    continue
                write(target, draft)
    finally:
        drafted.close()
    say(
        f"wrote {len(files) - failed} drafts into {out_dir}"
        + (f"; {failed} could not be read (see above)" if failed else "")
    )
    return EXIT_USAGE if failed else 0


# a report: its path, its path as its draft names it, the role and plan year to force, and the
# largest file to read
_Task = tuple[Path, str, Role | None, int | None, int]
_Drafted = tuple[str, str | None]  # the draft, or "" and why the report cannot be drafted
CHUNK_MAX = 8  # reports sent to a worker at once
AHEAD = 2  # chunks per worker drafted ahead of the one being written


def _draft_file(task: _Task) -> _Drafted:
    """The draft of one report, or why it cannot be drafted (read in the worker: the texts do
    not pass between processes)."""
    path, file, role, year, max_bytes = task
    try:
        return draft_toml(_read(path, max_bytes), file, role, year), None
    except _Unusable as exc:
        return "", str(exc)


def _draft_files(tasks: list[_Task]) -> list[_Drafted]:
    return [_draft_file(task) for task in tasks]


def _drafted(tasks: list[_Task], jobs: int) -> Generator[_Drafted, None, None]:
    """The drafts of ``tasks``, in order. With more than one job, worker processes draft chunks
    of reports, at most ``AHEAD`` chunks per worker ahead of the one given back: memory stays
    bounded, and the order does not depend on which worker finishes first."""
    if jobs == 1 or len(tasks) == 1:
        yield from map(_draft_file, tasks)
        return
    size = max(1, min(CHUNK_MAX, len(tasks) // (jobs * AHEAD * 2)))
    chunks = (tasks[i : i + size] for i in range(0, len(tasks), size))
    pool = ProcessPoolExecutor(max_workers=min(jobs, -(-len(tasks) // size)))
    pending: deque[Future[list[_Drafted]]] = deque()
    try:
        for chunk in chunks:
            pending.append(pool.submit(_draft_files, chunk))
            if len(pending) >= jobs * AHEAD:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(cancel_futures=True)


def draft_toml(text: str, file: str, role: Role | None = None, year: int | None = None) -> str:
    """The draft TOML of a report's ``text``, read from ``file`` (as the draft names it).
    Raises _Unusable if no year can be told."""
    try:
        return ykcheck.dumps(ykcheck.draft(text, file, role=role, year=year))
    except ykcheck.DraftError as exc:
        raise _Unusable(str(exc)) from None
