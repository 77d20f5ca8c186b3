"""The command line: ``ykcheck report``, ``check``, ``compare``, ``history``, ``lint``,
``extract``.

A user's mistake (a bad file, a bad phrase, a bad option) ends with a located message on stderr
and exit status 2, never a traceback. Output files are written whole or not at all. The commands
call only ykcheck's public API.
"""

from __future__ import annotations

import codecs
import sys
from typing import Any

import click

from .compare import compare_command
from .extract import extract_command
from .judge import check, history, lint, report


def _bytes_back(exc: UnicodeError) -> tuple[bytes, int]:
    """An encoding error handler: a surrogate that stands for a byte Python could not decode
    (an argument or a file's name under LANG=C) is that byte again; any other is escaped."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = b"".join(
        bytes([ord(ch) - 0xDC00]) if 0xDC80 <= ord(ch) <= 0xDCFF else f"\\u{ord(ch):04x}".encode()
        for ch in exc.object[exc.start : exc.end]
    )
    return out, exc.end


codecs.register_error("ykcheck.bytes_back", _bytes_back)


def utf8_streams() -> None:
    """Write stdout and stderr as UTF-8 whatever the locale says (LANG=C, a pipe on Windows,
    PYTHONIOENCODING=ascii): the reports are Chinese text, and a program reading them expects
    UTF-8. The bytes of an argument Python could not decode are written back as they came."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="ykcheck.bytes_back")


class _Main(click.Group):
    """The ``ykcheck`` group, whose streams are UTF-8 before anything is written."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        utf8_streams()
        return super().main(*args, **kwargs)


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="ykcheck")
def main() -> None:
    """Check whether a local government kept the promises of its work report."""


for _command in (report, check, compare_command, history, lint, extract_command):
    main.add_command(_command)

__all__ = ["main"]
