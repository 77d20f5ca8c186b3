"""The exceptions ykcheck raises: one root, each subclass also the fitting built-in."""

from __future__ import annotations

from collections.abc import Sequence

import attrs


class YkcheckError(Exception):
    """Root of every error ykcheck raises on purpose."""


class ParseError(YkcheckError, ValueError):
    """A phrase is not a quantity or target ykcheck can read.

    ``text`` is the phrase, ``pos`` the offset where reading failed (or None).
    """

    def __init__(self, msg: str, text: str, pos: int | None = None) -> None:
        self.msg = msg
        self.text = text
        self.pos = pos
        where = f" (at character {pos + 1})" if pos is not None else ""
        super().__init__(f"{msg}{where}: {text!r}")


class UnitError(ParseError):
    """A unit that is not registered, or one whose dimension cannot meet another's."""


@attrs.frozen
class Problem:
    """One located problem in a data file."""

    message: str
    file: str | None = None
    line: int | None = None
    column: int | None = None
    path: str | None = None  # JSONPath-like location, e.g. "$.commitment[3].target"
    hint: str | None = None

    def __str__(self) -> str:
        where = self.file or "<string>"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.path + ': ' if self.path else ''}{self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class DataError(YkcheckError, ValueError):
    """A data file has problems; ``problems`` lists every one found, each located."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the data"
        super().__init__(head + ":\n" + "\n".join(f"  {p}" for p in self.problems))
