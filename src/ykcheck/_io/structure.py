"""Structuring a parsed TOML document into the raw schema with every failure reported: each
failure of cattrs' exception groups becomes one located problem with what to do about it, and
each record is structured on its own, so one bad record does not hide the problems of others.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Iterator
from typing import Any, NoReturn, TypeVar

import attrs
import cattrs

from .._errors import DataError, Problem
from .locate import Problems
from .schema import CONVERTER, Invalid, RawFile, did_you_mean, got

T = TypeVar("T")


def _leaves(
    exc: BaseException, path: str, cls: type | None = None, name: str | None = None
) -> Iterator[tuple[str, BaseException, type | None, str | None]]:
    """The single failures inside cattrs' exception groups: (path, failure, class, field)."""
    if isinstance(exc, cattrs.ClassValidationError):
        noted, bare = exc.group_exceptions()
        for sub, note in noted:
            yield from _leaves(sub, f"{path}.{note.name}", exc.cl, note.name)
        for sub in bare:
            yield from _leaves(sub, path, exc.cl, None)
    else:
        yield path, exc, cls, name


def _how(cls: type | None, name: str | None) -> str:
    """How a field is written right, from its raw class: ``year = 2025``."""
    if cls is None or name is None:
        return "it as docs/data-format.md shows"
    return str(attrs.fields_dict(cls)[name].metadata["how"])


def _report(
    out: Problems, path: str, exc: BaseException, cls: type | None, name: str | None
) -> None:
    """Add the problem of one structuring failure, with what to do about it."""
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        _unknown_fields(exc.extra_fields, exc.cl, path, out)
    elif isinstance(exc, KeyError):
        out.add(path, f"required field {name} is missing", f"add {_how(cls, name)}")
    elif isinstance(exc, Invalid):
        out.add(
            path,
            exc.message,
            exc.hint or f"write {_how(cls, name)}",
            text=exc.text,
            offset=exc.offset,
        )
    else:
        out.add(path, f"invalid value ({exc})", f"write {_how(cls, name)}")


def _table(cls: type) -> str:
    """What a raw class is called in messages: ``a [[commitment]]``."""
    return str(vars(cls)["table"])


def _unknown_fields(keys: Collection[str], cls: type, path: str, out: Problems) -> None:
    """One problem for the unknown keys of a table, at the first of them, with suggestions."""
    known = [f.name for f in attrs.fields(cls)]
    keys = sorted(keys, key=lambda k: (out.lines.line(f"{path}.{k}") or 0, k))
    named = ", ".join(k + did_you_mean(k, known) for k in keys)
    first = f"{path}.{keys[0]}"
    out.add(
        first if len(keys) == 1 else path,
        f"unknown field(s) {named}",
        f"the fields of {_table(cls)} are {', '.join(known)}",
        at=first,
        key=True,
    )


def structure(
    value: Any,
    type_: Any,
    path: str,
    out: Problems,
    owner: type | None = None,
    name: str | None = None,
) -> Any:
    """``value`` structured as ``type_``, or None after adding a problem for each failure."""
    try:
        return CONVERTER.structure(value, type_)
    except cattrs.ClassValidationError as exc:
        for at, leaf, cls, field in _leaves(exc, path):
            _report(out, at, leaf, cls, field)
    except Invalid as exc:
        _report(out, path, exc, owner, name)
    return None


def record(value: Any, cls: type[T], path: str, out: Problems) -> T | None:
    """A table structured as the raw class ``cls``, or None after reporting its problems."""
    if not isinstance(value, dict):
        out.add(
            path,
            f"expected a table, got {got(value)}",
            f"write {_table(cls)} table with key = value lines",
        )
        return None
    made: T | None = structure(value, cls, path, out)
    return made


def raw_file(doc: dict[str, Any], out: Problems) -> RawFile:
    """The top level of a file; a bad key is reported and left out, so the rest is still read."""
    fields = attrs.fields_dict(RawFile)
    unknown = set(doc) - set(fields)
    if unknown:
        _unknown_fields(unknown, RawFile, "$", out)
    given = {}
    for name, value in doc.items():
        if name in fields:
            made = structure(value, fields[name].type, f"$.{name}", out, RawFile, name)
            if made is not None:
                given[name] = made
    return RawFile(**given)


def _deepest(text: str, limit: int = 100) -> tuple[int, int, int]:
    """Where arrays and inline tables stand deepest in a TOML text: (line, column, depth) of the
    first bracket ``limit`` deep, or of the deepest one. Strings and comments are skipped."""
    depth, best, line, start = 0, (1, 1, 0), 1, 0
    quote, i = "", 0
    while i < len(text):
        ch = text[i]
        if ch == "\n":
            line, start = line + 1, i + 1
        elif quote:
            if ch == "\\" and quote == '"':
                i += 1
            elif ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "#":
            i = text.find("\n", i) - 1 if "\n" in text[i:] else len(text)
        elif ch in "[{":
            depth += 1
            if depth > best[2]:
                best = (line, i - start + 1, depth)
                if depth >= limit:
                    break
        elif ch in "]}":
            depth -= 1
        i += 1
    return best


def _too_much(text: str, file: str | None, exc: Exception) -> DataError:
    """A document tomllib cannot read for its size, not its syntax: nested too deep (it
    recurses), or an integer of more digits than Python converts."""
    if isinstance(exc, RecursionError):
        line, column, depth = _deepest(text)
        return DataError(
            [
                Problem(
                    f"not valid data: arrays or tables nested {depth} deep or more",
                    file,
                    line,
                    column,
                    None,
                    "no field of a data file nests more than two deep: close the [ and { there",
                )
            ]
        )
    long = re.search(r"[0-9][0-9_]{4300,}", text)
    at = 0 if long is None else long.start()
    digits = 0 if long is None else len(long.group().replace("_", ""))
    return DataError(
        [
            Problem(
                f"not valid data: a number of {digits} digits, too long to read",
                file,
                text.count("\n", 0, at) + 1,
                at - text.rfind("\n", 0, at),
                None,
                "a year or an amount has a few digits: check the value there",
            )
        ]
    )


def parse_toml(text: str, file: str | None) -> dict[str, Any]:
    """The TOML document of ``text``. Raises DataError at the line and column of a syntax error,
    of a value nested too deep, or of a number too long to read."""
    try:
        return tomllib.loads(text)
    except (RecursionError, ValueError) as exc:
        if not isinstance(exc, tomllib.TOMLDecodeError):
            raise _too_much(text, file, exc) from None
        return _syntax_error(text, file, exc)


def _syntax_error(text: str, file: str | None, exc: tomllib.TOMLDecodeError) -> NoReturn:
    """Raise the DataError of a TOML syntax error, at its line and column."""
    line, col = getattr(exc, "lineno", None), getattr(exc, "colno", None)
    msg = getattr(exc, "msg", str(exc))
    if line is None:  # Python < 3.14: "... (at line 3, column 5)"
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        if m:
            line, col = int(m.group(1)), int(m.group(2))
            msg = str(exc)[: m.start()].strip()
    hint = (
        "fix the TOML syntax there: text in double quotes, one key = value a line, "
        "[[commitment]] above each commitment"
    )
    raise DataError([Problem(f"not valid TOML: {msg}", file, line, col, None, hint)]) from None
