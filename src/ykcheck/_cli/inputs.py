"""Where the command line's main input comes from: a regular file, or stdin when it is ``-``,
read up to a size limit (``--max-bytes``) as UTF-8. A device or a FIFO is never read: /dev/zero
has no end, and a FIFO may wait for a writer forever."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import Final

import click

MAX_BYTES: Final = 64 * 1024 * 1024  # the library's default too
STDIN: Final = Path("-")

max_bytes_option = click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=MAX_BYTES,
    show_default=True,
    help="Read no file larger than this many bytes (raise it for a larger file).",
)


class Unreadable(Exception):
    """An input that cannot be read: a user's mistake, reported in one line."""


def _kind(mode: int) -> str:
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISDIR(mode):
        return "a directory"
    return "not a regular file"


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """Up to ``max_bytes + 1`` bytes of stdin or of a regular file."""
    if path == STDIN:
        return sys.stdin.buffer.read(max_bytes + 1)
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISREG(mode):
            flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
            with os.fdopen(os.open(path, flags), "rb") as f:
                mode = os.fstat(f.fileno()).st_mode
                if stat.S_ISREG(mode):
                    return f.read(max_bytes + 1)
    except FileNotFoundError:
        raise Unreadable(f"{path}: no such file") from None
    except OSError as exc:
        raise Unreadable(f"{path}: cannot read it: {exc.strerror or exc}") from None
    raise Unreadable(
        f"{path}: it is {_kind(mode)}, not a regular file; name a file, or - for stdin"
    )


# the byte-order marks of the wide encodings, UTF-32 first (its little-endian mark begins with
# UTF-16's)
_BOMS: Final = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        wide = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
        if wide is not None:
            raise Unreadable(
                f"{name}: {wide} text, not UTF-8; convert it first: iconv -f {wide} -t UTF-8"
            ) from None
        raise Unreadable(
            f"{name}: not UTF-8 text (byte {exc.start + 1}); convert it first, "
            "e.g. iconv -f GB18030 -t UTF-8"
        ) from None


def read_input(path: Path, max_bytes: int) -> str:
    """The text of ``path`` (stdin for ``-``). Raises Unreadable: missing, not a regular file,
    more than ``max_bytes`` bytes, or not UTF-8."""
    data = _read_bytes(path, max_bytes)
    name = "stdin" if path == STDIN else str(path)
    if len(data) > max_bytes:
        raise Unreadable(
            f"{name}: larger than the limit of {max_bytes:,} bytes; if it is right, raise the "
            "limit with --max-bytes N"
        )
    return _decode(data, name)


__all__ = ["MAX_BYTES", "STDIN", "Unreadable", "max_bytes_option", "read_input"]
