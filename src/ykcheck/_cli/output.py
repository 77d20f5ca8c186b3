"""Where the command line's text goes: stdout, or a file written whole or not at all; and how a
user's mistake ends (a located message on stderr, exit status 2)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import NoReturn

import click

EXIT_OK, EXIT_MISSED, EXIT_USAGE = 0, 1, 2


def fail(message: object) -> NoReturn:
    """End with a user's mistake: ``ykcheck: message`` on stderr and exit status 2."""
    click.echo(f"ykcheck: {message}", err=True)
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


def write(path: Path, text: str) -> None:
    """``write_atomic``, ending with a user's mistake if the file cannot be written."""
    try:
        write_atomic(path, text)
    except OSError as exc:
        fail(f"cannot write {path}: {exc.strerror or exc}")


def emit(text: str, output: Path | None) -> None:
    """``text`` on stdout, or into ``output`` (and a line on stderr that says so)."""
    if output is None:
        click.echo(text, nl=False)
        return
    write(output, text)
    click.echo(f"wrote {output}", err=True)


__all__ = ["EXIT_MISSED", "EXIT_OK", "EXIT_USAGE", "emit", "fail", "write", "write_atomic"]
