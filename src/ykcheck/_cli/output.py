"""Where the command line's text goes: stdout, or a file written whole or not at all; and how a
user's mistake ends (a located message on stderr, exit status 2).

``-o PATH`` replaces a regular file (a symbolic link is followed: its target is replaced and the
link kept) through a temporary file beside it and a rename, so a reader never sees half a
report. A character device or a FIFO is written to as a stream, and ``-`` is stdout: such an
output is never replaced by a regular file.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import NoReturn

import click

EXIT_OK, EXIT_MISSED, EXIT_USAGE = 0, 1, 2
STDOUT = Path("-")  # `-o -`: the text goes to stdout


def fail(message: object) -> NoReturn:
    """End with a user's mistake: ``ykcheck: message`` on stderr and exit status 2."""
    click.echo(f"ykcheck: {message}", err=True)
    sys.exit(EXIT_USAGE)


class Unwritable(Exception):
    """An output path that cannot be written: a user's mistake, reported in one line."""


def _kind(mode: int) -> str:
    """What a file that is not a regular one is, for messages."""
    for test, name in (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def target(path: Path) -> tuple[Path, os.stat_result | None]:
    """The file that writing ``path`` changes (symbolic links followed) and its status, None if
    it does not exist yet. Raises Unwritable for a directory, a block device or a socket, a
    link that loops, and a path whose directory does not exist."""
    try:
        st: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise Unwritable(
                f"{path} is a symbolic link that loops (to itself, or through others): "
                "name a file, or point the link at one"
            ) from None
        raise Unwritable(f"cannot write {path}: {exc.strerror or exc}") from None
    real = Path(os.path.realpath(path))
    if st is None:
        if not real.parent.is_dir():
            if os.path.islink(path):
                raise Unwritable(
                    f"{path} is a symbolic link to {real}, whose directory does not exist: "
                    f"create {real.parent} first, or name another file"
                )
            raise Unwritable(f"cannot write {path}: the directory {path.parent} does not exist")
        return real, None
    mode = st.st_mode
    if not (stat.S_ISREG(mode) or stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        raise Unwritable(f"{path} is {_kind(mode)}: -o must name a file, a FIFO or -")
    return real, st


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to the regular file ``path`` whole: a temporary file beside it, then a
    rename. ``path`` is the real path (no symbolic link): the rename replaces what it names."""
    directory = path.parent
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_stream(path: Path, text: str) -> None:
    """Write ``text`` into a character device or a FIFO as it is: never replace it."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write(path: Path, text: str) -> None:
    """Write ``text`` to ``path``: stdout for ``-``, a stream into a character device or a FIFO,
    else a regular file replaced whole; end with a user's mistake if it cannot be written."""
    if path == STDOUT:
        click.echo(text, nl=False)
        return
    try:
        real, st = target(path)
        if st is not None and not stat.S_ISREG(st.st_mode):
            _write_stream(path, text)
        else:
            write_atomic(real, text)
    except Unwritable as exc:
        fail(exc)
    except OSError as exc:
        fail(f"cannot write {path}: {exc.strerror or exc}")


def _identity(path: Path) -> tuple[int, int] | None:
    """The device and inode of a regular file (symbolic links followed), None for anything
    else: the same pair means the same file, whatever link or name led to it."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def refuse_inputs(outputs: Iterable[Path], inputs: Iterable[Path]) -> None:
    """End with a user's mistake, before any work, if an output is one of the input files
    (by name, symbolic link or hard link): writing it would destroy the data it is made of."""
    given = {ino: path for path in inputs if (ino := _identity(path)) is not None}
    for output in outputs:
        ino = None if output == STDOUT else _identity(output)
        if ino in given:
            fail(
                f"-o {output} is the input {given[ino]}: writing it would destroy the input; "
                "name another output file"
            )


def emit(text: str, output: Path | None) -> None:
    """``text`` on stdout (no ``output``, or ``-``), or into ``output`` (and a line on stderr
    that says so)."""
    if output is None or output == STDOUT:
        click.echo(text, nl=False)
        return
    write(output, text)
    click.echo(f"wrote {output}", err=True)


__all__ = [
    "EXIT_MISSED",
    "EXIT_OK",
    "EXIT_USAGE",
    "STDOUT",
    "Unwritable",
    "emit",
    "fail",
    "refuse_inputs",
    "target",
    "write",
    "write_atomic",
]
