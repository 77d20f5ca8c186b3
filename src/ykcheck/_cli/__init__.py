"""The command line: ``ykcheck report``, ``check``, ``compare``, ``history``, ``lint``,
``extract``.

A user's mistake (a bad file, a bad phrase, a bad option) ends with a located message on stderr
and exit status 2, never a traceback. Output files are written whole or not at all. The commands
call only ykcheck's public API.
"""

from __future__ import annotations

import click

from .compare import compare_command
from .extract import extract_command
from .judge import check, history, lint, report


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="ykcheck")
def main() -> None:
    """Check whether a local government kept the promises of its work report."""


for _command in (report, check, compare_command, history, lint, extract_command):
    main.add_command(_command)

__all__ = ["main"]
