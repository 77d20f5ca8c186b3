"""Structuring a parsed TOML document into the raw schema with every failure reported: each
failure of cattrs' exception groups becomes one located problem with what to do about it, and
each record is structured on its own, so one bad record does not hide the problems of others.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Iterator
from typing import Any, TypeVar

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


def parse_toml(text: str, file: str | None) -> dict[str, Any]:
    """The TOML document of ``text``. Raises DataError at the line and column of a syntax error."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
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
