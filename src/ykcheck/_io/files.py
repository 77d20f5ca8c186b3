"""Reading the files a data set is made of (the data file, its includes, its sources): regular
files only, up to a size limit, as UTF-8; and why one could not be read, said for a person.

A device (/dev/zero) is never read, as it may have no end, nor a FIFO, whose reading waits for a
writer that may never come.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Final

DEFAULT_MAX_BYTES: Final = 64 * 1024 * 1024  # 64 MiB: the largest report is well under 1 MiB
_UTF8_HINT: Final = "save it as UTF-8 (a GBK file converts with: iconv -f GBK -t UTF-8)"
_RAISE_HINT: Final = (
    "if the file is right, raise the limit: --max-bytes N on the command line, "
    "max_bytes=N in ykcheck.load and ykcheck.loads"
)


class Refused(ValueError):
    """A file that is not read: not a regular file, or larger than the limit."""

    def __init__(self, reason: str, hint: str) -> None:
        super().__init__(reason)
        self.reason, self.hint = reason, hint


def kind(mode: int) -> str:
    """What a file that is not a regular one is: ``a character device``."""
    for test, name in (
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a directory"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def _not_regular(mode: int) -> Refused:
    return Refused(
        f"it is {kind(mode)}, not a regular file",
        "name a regular file: a device or a FIFO is never read (it may have no end)",
    )


def _check_size(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise Refused(f"it is larger than the limit of {max_bytes:,} bytes", _RAISE_HINT)


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of the regular UTF-8 file ``path`` (a byte-order mark is dropped).

    Raises OSError if it cannot be read (IsADirectoryError for a directory), Refused if it is
    not a regular file or holds more than ``max_bytes`` bytes, UnicodeDecodeError if it is not
    UTF-8.
    """
    st = os.stat(path)
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not stat.S_ISREG(st.st_mode):
        raise _not_regular(st.st_mode)
    _check_size(st.st_size, max_bytes)
    # not blocking and no controlling terminal, should the file be swapped for a FIFO or a
    # device since os.stat: it is then refused, not waited on
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    with os.fdopen(os.open(path, flags), "rb") as f:
        mode = os.fstat(f.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise _not_regular(mode)
        data = f.read(max_bytes + 1)
    _check_size(len(data), max_bytes)
    return data.decode("utf-8-sig")


# the byte-order marks of the wide encodings, UTF-32 first: its little-endian mark begins
# with UTF-16's
_BOMS: Final = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def bom_encoding(raw: bytes) -> str | None:
    """UTF-16 or UTF-32 if ``raw`` begins with that encoding's byte-order mark (Windows
    Notepad's "Unicode"), else None."""
    return next((name for bom, name in _BOMS if raw.startswith(bom)), None)


def unreadable(exc: Exception) -> tuple[str, str | None]:
    """Why a file could not be read, and what to do if that is specific: (reason, hint)."""
    if isinstance(exc, Refused):
        return exc.reason, exc.hint
    if isinstance(exc, IsADirectoryError):
        return "it is a directory, not a file", None
    if isinstance(exc, UnicodeDecodeError) and isinstance(exc.object, bytes):
        wide = bom_encoding(exc.object)
        if wide is not None:
            return f"it is {wide} text (it begins with a {wide} byte-order mark), not UTF-8", (
                f"save it as UTF-8; it converts with: iconv -f {wide} -t UTF-8"
            )
        raw, at = exc.object, exc.start
        start = raw.rfind(b"\n", 0, at) + 1
        line = raw.count(b"\n", 0, at) + 1
        column = len(raw[start:at].decode("utf-8", "replace")) + 1
        where = f"line {line}, column {column}"
        return f"it is not UTF-8 text (the first bad byte is at {where})", _UTF8_HINT
    if isinstance(exc, OSError) and exc.errno == errno.ELOOP:
        return "it is a symbolic link that loops (to itself, or through others)", (
            "point the link at a file"
        )
    if isinstance(exc, OSError):
        return exc.strerror or str(exc), None
    return str(exc), None


__all__ = ["DEFAULT_MAX_BYTES", "Refused", "kind", "read_file", "unreadable"]
