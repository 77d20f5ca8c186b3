"""The exceptions ykcheck raises: one root, each subclass also the fitting built-in.

Every exception pickles with its fields (``multiprocessing`` sends exceptions between processes,
and a corpus of thousands of reports is processed that way).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from ._text import printable, shorten


class YkcheckError(Exception):
    """Root of every error ykcheck raises on purpose."""


def wrong_type(function: str, expected: str, value: object) -> TypeError:
    """The TypeError of a public function given an argument of the wrong type: what it
    expected, what it got, and for bytes, how to make text of them."""
    got = type(value).__name__
    advice = "; decode it first: data.decode('utf-8')" if isinstance(value, bytes) else ""
    return TypeError(f"ykcheck.{function} expects {expected}, not {got}{advice}")


class ParseError(YkcheckError, ValueError):
    """A phrase is not a quantity or target ykcheck can read.

    ``text`` is the phrase, ``pos`` the offset where reading failed (or None).
    """

    def __init__(self, msg: str, text: str, pos: int | None = None) -> None:
        self.msg = msg
        self.text = text
        self.pos = pos
        where = f" (at character {pos + 1})" if pos is not None else ""
        super().__init__(printable(shorten(f"{msg}{where}: {text!r}")))

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.msg, self.text, self.pos))


class UnitError(ParseError):
    """A unit that is not registered, or one whose dimension cannot meet another's."""


@attrs.frozen
class Problem:
    """One located problem in a data file.

    ``str()`` gives ``file:line:column: $.path: message``, and the hint (what to do) on a second
    line; a very long value in it is shortened to its ends.
    """

    message: str
    file: str | None = None
    line: int | None = None
    column: int | None = None
    path: str | None = None  # JSONPath-like location, e.g. "$.commitment[3].target"
    hint: str | None = None

    @property
    def where(self) -> str:
        """``file:line:column``, as far as it is known."""
        where = self.file or "<string>"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return where

    def __str__(self) -> str:
        located = self.file is not None or self.line is not None  # else: of no one file
        text = f"{self.where + ': ' if located else ''}{self.path + ': ' if self.path else ''}"
        text += self.message
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return printable(shorten(text))


class DataError(YkcheckError, ValueError):
    """A data file has problems; ``problems`` lists every one found, each located."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        count = len(self.problems)
        files = {p.file for p in self.problems}
        within = f"in {files.pop()}" if len(files) == 1 and None not in files else "in the data"
        head = f"{count} problem{'s' if count != 1 else ''} {within}:"
        body = ("  " + line for p in self.problems for line in str(p).splitlines())
        super().__init__(printable("\n".join([head, *body])))

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.problems,))


class DraftError(YkcheckError, ValueError):
    """A report's text cannot be drafted as data: it names no year, and none was given."""

    def __str__(self) -> str:
        return printable(super().__str__())
