"""Where things stand in a TOML text: ``$.commitment[3].target`` -> line 42, column 10.

tomllib gives positions only for syntax errors, so a small index of a text's table headers and
keys maps the ``$.path`` of a problem back to its line and column. ``Problems`` gathers the
located problems of one file.
"""

from __future__ import annotations

import functools
import re
from typing import Final

import attrs

from .._errors import Problem

_HEADER_RE: Final = re.compile(r"\s*(\[\[?)\s*([\w-]+(?:\s*\.\s*[\w-]+)*)\s*\]")
_KEY_PART_RE: Final = re.compile(r"""\s*(?:"([^"\\]*)"|'([^']*)'|([\w-]+))\s*""")


@attrs.frozen
class _Spot:
    """Where a table header or a key stands: its line, and 1-based columns."""

    line: int
    column: int  # of the header's "[" or the key's first character
    value: int | None = None  # of the value's first character (keys only)


def _key(row: str) -> tuple[str, int, int] | None:
    """A ``key = value`` line (keys may be quoted or dotted): (key, key column, value column)."""
    parts, pos = [], 0
    while (m := _KEY_PART_RE.match(row, pos)) is not None:
        parts.append(next(g for g in m.groups() if g is not None))
        pos = m.end() + 1
        if row[m.end() : pos] == "=":
            rest = row[pos:]
            value = pos + len(rest) - len(rest.lstrip())
            return ".".join(parts), len(row) - len(row.lstrip()) + 1, value + 1
        if row[m.end() : pos] != ".":
            return None
    return None


def _close(row: str, pos: int, delim: str) -> int:
    """The offset after the end of a string that ``delim`` opened before ``pos``, or -1 if it
    does not end on this row. A basic string ends at a delimiter not escaped by a backslash; a
    multi-line one takes up to two more quotes as its content (a string may end in a quote).
    """
    escapes = delim[0] == '"'
    while (at := row.find(delim, pos)) >= 0:
        if escapes:
            before = row[pos:at]
            slashes = len(before) - len(before.rstrip("\\"))
            if slashes % 2:  # an escaped quote: part of the string
                pos = at + 1
                continue
        end = at + len(delim)
        if len(delim) == 3:
            while end < len(row) and row[end] == delim[0] and end - at < 5:
                end += 1
        return end
    return -1


_STRING_START_RE: Final = re.compile("\"\"\"|'''|\"|'|#")


def _open_string(row: str, open_delim: str | None) -> str | None:
    """The delimiter of a multi-line string left open at the end of ``row``, given the one open
    at its start (None if none is). Strings of every kind and comments are read in order, so
    the quotes of one kind of string inside another open nothing."""
    pos = 0
    if open_delim is not None:
        pos = _close(row, 0, open_delim)
        if pos < 0:
            return open_delim
    while (m := _STRING_START_RE.search(row, pos)) is not None:
        delim = m.group()
        if delim == "#":
            return None  # a comment to the end of the row
        pos = _close(row, m.end(), delim)
        if pos < 0:
            return delim if len(delim) == 3 else None  # a one-line string cannot stay open
    return None


class Lines:
    """Where tables and keys stand in a TOML text: ``$.commitment[3].target`` -> line 42."""

    def __init__(self, text: str) -> None:
        # TOML counts lines by line feeds only (a U+2028 inside a string is no line break)
        self.rows = [row.removesuffix("\r") for row in text.split("\n")]
        self.at: dict[str, _Spot] = {}
        counts: dict[str, int] = {}
        table, open_string = "$", None
        for number, row in enumerate(self.rows, start=1):
            if open_string is not None:  # inside a multi-line string: no keys here
                open_string = _open_string(row, open_string)
                continue
            if h := _HEADER_RE.match(row):
                name = re.sub(r"\s+", "", h.group(2))
                if h.group(1) == "[[":  # the array stands where its first table does
                    self.at.setdefault(f"$.{name}", _Spot(number, h.start(1) + 1))
                    index = counts[name] = counts.get(name, -1) + 1
                    name = f"{name}[{index}]"
                table = f"$.{name}"
                self.at.setdefault(table, _Spot(number, h.start(1) + 1))
            elif k := _key(row):
                self.at.setdefault(f"{table}.{k[0]}", _Spot(number, k[1], k[2]))
            open_string = _open_string(row, None)

    def line(self, path: str) -> int | None:
        """The line of ``path``, or of the nearest enclosing table or key that has one."""
        while path:
            if path in self.at:
                return self.at[path].line
            cut = max(path.rfind("."), path.rfind("["))
            if cut <= 0:
                return None
            path = path[:cut]
        return None

    def column(
        self, path: str, text: str | None = None, offset: int | None = None, key: bool = False
    ) -> int | None:
        """The column of ``path`` itself (None when only an enclosing table is found): its value,
        or its key if ``key``; ``offset`` characters into the string value ``text`` where the
        file writes that string without escapes."""
        spot = self.at.get(path)
        if spot is None or spot.value is None or key:
            return None if spot is None else spot.column
        if text is not None and offset is not None:
            row, start = self.rows[spot.line - 1], spot.value
            quoted = row[start - 1 : start] in ('"', "'")
            if quoted and row[start : start + offset] == text[:offset]:
                return start + 1 + offset
        return spot.value


class Problems:
    """Locates the problems of one file by path and adds them to the shared list ``sink``.

    The line index is built on the first problem: a good file does not pay for it.
    """

    def __init__(self, file: str | None, text: str, sink: list[Problem]) -> None:
        self.file, self.text, self.sink = file, text, sink

    @functools.cached_property
    def lines(self) -> Lines:
        return Lines(self.text)

    def add(
        self,
        path: str,
        message: str,
        hint: str | None = None,
        *,
        text: str | None = None,
        offset: int | None = None,
        at: str | None = None,
        key: bool = False,
    ) -> None:
        """Add a problem of ``path``, placed where ``at`` (default: ``path``) stands: at its key
        if ``key``, else at its value, ``offset`` characters into the string ``text``."""
        spot = at or path
        line, column = self.lines.line(spot), self.lines.column(spot, text, offset, key)
        self.sink.append(Problem(message, self.file, line, column, path, hint))

    def where(self, path: str) -> str:
        """``file:line`` of a path, for messages that point at a second place."""
        line = self.lines.line(path)
        return f"{self.file or '<string>'}{f':{line}' if line else ''}"


__all__ = ["Lines", "Problems"]
