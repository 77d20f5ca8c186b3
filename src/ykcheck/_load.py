"""Reading and writing the TOML data files, with every problem of a file reported at once.

Files are read only here, at the edge: ``load(path)`` reads the text (and the files it includes
and the sources its quotes are checked against) and hands it to ``loads``. Structuring is done by
cattrs into raw attrs classes that mirror the file; their hooks check each value (types, years,
choices, targets, amounts, decimals), so that every bad value of a record is reported at once with
its ``$.path``. Each record is structured on its own, so one bad record does not hide the problems
of the others. Then the records become the model and are checked against each other (kinds, ids,
sources, quotes, units). tomllib does not give positions, so a small index maps paths back to
lines and columns.
"""

from __future__ import annotations

import difflib
import functools
import os
import re
import tomllib
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated, Any, ClassVar, Final, TypeVar, get_args, get_origin

import attrs
import cattrs
import tomli_w

from ._errors import DataError, ParseError, Problem
from ._evaluate import Tolerances
from ._model import (
    COMPARATORS,
    DIRECTIONS,
    HEDGES,
    KINDS,
    MEASURES,
    RELATIONS,
    STRENGTHS,
    Commitment,
    Outcome,
    Source,
    Target,
)
from ._quantity import format_amount, parse_amount
from ._text import squash
from ._units import compatible

YEARS: Final = range(1949, 2101)
_COMPARATOR_RE: Final = re.compile(r"\s*([<>=~≥≤≈]+)\s*(.*)$", re.S)
_SPELLED: Final = {**{c: c for c in COMPARATORS}, "≥": ">=", "≤": "<=", "≈": "~", "=": "=="}
_TARGET_HINT: Final = (
    'write a comparator and a quantity, e.g. target = ">= 10个" (以上 is >=, '
    "突破 is >, 以内 is <=, 左右 is ~)"
)
_VALUE_HINT: Final = (
    'write the number and unit as the report does, e.g. value = "835.5亿元" or "-4.7%"; '
    '超, 以上, 约 and 左右 go in hedge = "over", "at_least", "about"'
)
_UTF8_HINT: Final = "save it as UTF-8 (a GBK file converts with: iconv -f GBK -t UTF-8)"


def did_you_mean(word: str, choices: Collection[str]) -> str:
    """`` (did you mean 'x'?)`` for the choice nearest to a misspelt ``word``, or ''.

    A choice with the same letters in another order (``=>`` for ``>=``) is nearest; otherwise
    difflib's closest match, if it is close enough.
    """
    near = [c for c in choices if sorted(c) == sorted(word)]
    near = near or difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {near[0]!r}?)" if near else ""


# -- checked values: what the structuring hooks accept ---------------------------------------------


class _Invalid(ValueError):
    """A value that a structuring hook rejects: what is wrong and, optionally, what to do.

    ``text`` and ``offset`` say where inside a string value reading failed (for the column).
    """

    def __init__(
        self,
        message: str,
        hint: str | None = None,
        text: str | None = None,
        offset: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message, self.hint, self.text, self.offset = message, hint, text, offset


@attrs.frozen
class _Check:
    """``Annotated`` metadata: a test the value must pass after its base type (raises _Invalid)."""

    test: Callable[[Any], None]


def _year(value: int) -> None:
    if value not in YEARS:
        raise _Invalid(
            f"year {value} is out of range ({YEARS[0]} to {YEARS[-1]})",
            "write the year in full, e.g. 2025",
        )


_URL_RE: Final = re.compile(r"https?://[^\s<>\"'`]+")


def _url(value: str) -> None:
    # the report prints it as a link: no spaces, quotes or angle brackets that would end one
    if not _URL_RE.fullmatch(value):
        hint = 'write url = "https://..." (http or https, no spaces or quotes)'
        raise _Invalid(f"{value!r} is not a web address", hint)


def _one_of(allowed: tuple[str, ...]) -> _Check:
    def test(value: str) -> None:
        if value not in allowed:
            raise _Invalid(
                f"{value!r} is not one of {', '.join(allowed)}" + did_you_mean(value, allowed)
            )

    return _Check(test)


Year = Annotated[int, _Check(_year)]
Url = Annotated[str, _Check(_url)]
Kind = Annotated[str, _one_of(KINDS)]
Measure = Annotated[str, _one_of(MEASURES)]
Strength = Annotated[str, _one_of(STRENGTHS)]
Relation = Annotated[str, _one_of(RELATIONS)]
Direction = Annotated[str, _one_of(DIRECTIONS)]
Hedge = Annotated[str, _one_of(HEDGES)]


@attrs.frozen
class Threshold:
    """A data file's target, read: ``">= 10个"`` is (">=", 10, "个")."""

    comparator: str
    value: Decimal
    unit: str


@attrs.frozen
class Amount:
    """A data file's outcome value, read: ``"1.1万亩"`` is (11000, "亩")."""

    value: Decimal
    unit: str


def parse_threshold(text: str) -> tuple[str, Decimal, str]:
    """Read a data file's ``target = ">= 10个"``: (comparator, value, unit).

    Raises ParseError (UnitError for an unknown unit) whose ``pos`` is an offset into ``text``.
    """
    m = _COMPARATOR_RE.match(text)
    if m is None:
        raise ParseError(
            "a target starts with a comparator: >=, >, <=, <, ~ or ==",
            text,
            len(text) - len(text.lstrip()),
        )
    comparator = _SPELLED.get(m.group(1))
    if comparator is None:
        raise ParseError(
            f"unknown comparator {m.group(1)!r}{did_you_mean(m.group(1), COMPARATORS)}"
            "; write one of >=, >, <=, <, ~, ==",
            text,
            m.start(1),
        )
    try:
        value, unit = parse_amount(m.group(2))
    except ParseError as exc:
        pos = None if exc.pos is None else m.start(2) + exc.pos
        raise type(exc)(exc.msg, text, pos) from None
    return comparator, value, unit


# -- structuring hooks -----------------------------------------------------------------------------

_TOML_TYPES: Final = {
    str: "a string",
    int: "an integer",
    float: "a float",
    bool: "a boolean",
    list: "an array",
    dict: "a table",
}


def _got(value: Any) -> str:
    """What a TOML value is, for messages: ``a string '2025'``, ``a table``."""
    kind = _TOML_TYPES.get(type(value), "a date or time")
    if isinstance(value, dict | list):
        return kind
    shown = repr(value)
    return f"{kind} {shown if len(shown) <= 60 else shown[:57] + '...'}"


def _wrong_type(expected: str, value: Any) -> _Invalid:
    return _Invalid(f"expected {expected}, got {_got(value)}")


T = TypeVar("T")


def _strict(kind: type[T], name: str) -> Callable[[Any, Any], T]:
    def hook(value: Any, _: Any) -> T:
        # TOML has real types: "2024" is not a year and true is not 1
        if type(value) is not kind:
            raise _wrong_type(name, value)
        return value

    return hook


_string = _strict(str, "a string")


def _array(value: Any, _: Any) -> list[Any]:
    if type(value) is not list:
        raise _wrong_type("an array", value)
    return value


def _is_checked(type_: Any) -> bool:
    return get_origin(type_) is Annotated and any(isinstance(m, _Check) for m in type_.__metadata__)


def _checked(conv: cattrs.Converter, value: Any, type_: Any) -> Any:
    value = conv.structure(value, get_args(type_)[0])
    for meta in type_.__metadata__:
        if isinstance(meta, _Check):
            meta.test(value)
    return value


def _phrase_hook(
    build: Callable[..., Any], parse: Callable[[str], tuple[Any, ...]], what: str, hint: str
) -> Callable[[Any, Any], Any]:
    """A structure hook that reads a string with ``parse`` (a target, a value) into ``build``."""

    def hook(value: Any, _: Any) -> Any:
        text = _string(value, str)
        try:
            return build(*parse(text))
        except ParseError as exc:
            raise _Invalid(f"cannot read {what} {text!r}: {exc.msg}", hint, text, exc.pos) from None

    return hook


def _decimal(value: Any, _: Any) -> Decimal:
    text = _string(value, str)
    try:
        number = Decimal(text)
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite():
        raise _Invalid(f"{text!r} is not a decimal number", 'write a decimal in quotes, e.g. "0.5"')
    return number


def _converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(int, _strict(int, "an integer"))
    conv.register_structure_hook(str, _string)
    conv.register_structure_hook(bool, _strict(bool, "true or false"))
    conv.register_structure_hook_func(lambda t: t == list[Any], _array)
    conv.register_structure_hook_func(_is_checked, lambda v, t: _checked(conv, v, t))
    conv.register_structure_hook(
        Threshold, _phrase_hook(Threshold, parse_threshold, "target", _TARGET_HINT)
    )
    conv.register_structure_hook(Amount, _phrase_hook(Amount, parse_amount, "value", _VALUE_HINT))
    conv.register_structure_hook(Decimal, _decimal)
    return conv


_CONVERTER: Final = _converter()


# -- raw records: the file's shape, structured by cattrs -------------------------------------------


def _one_of_text(name: str, allowed: tuple[str, ...]) -> str:
    """``kind = "threshold", "relative" or "milestone"``."""
    quoted = [f'"{a}"' for a in allowed]
    return f"{name} = {', '.join(quoted[:-1])} or {quoted[-1]}"


def _eg(how: str) -> dict[str, str]:
    """Metadata of a raw record's field: it written right, for hints ("write year = 2025")."""
    return {"how": how}


@attrs.define
class RawSource:
    """A ``[[source]]`` table."""

    table: ClassVar[str] = "a [[source]]"
    id: str = attrs.field(metadata=_eg('id = "yk2025"'))
    title: str = attrs.field(metadata=_eg('title = "永康市2025年政府工作报告解读"'))
    file: str | None = attrs.field(default=None, metadata=_eg('file = "sources/2025.txt"'))
    url: Url | None = attrs.field(default=None, metadata=_eg('url = "https://..."'))
    plan: Year | None = attrs.field(default=None, metadata=_eg("plan = 2025"))
    reviews: Year | None = attrs.field(default=None, metadata=_eg("reviews = 2024"))


_QUOTED: Final = "(the words of the source)"
_SOURCE_ID: Final = 'source = "yk2025" (the id of a [[source]])'


@attrs.define
class RawCommitment:
    """A ``[[commitment]]`` table."""

    table: ClassVar[str] = "a [[commitment]]"
    id: str = attrs.field(metadata=_eg('id = "2025-overseas-warehouses"'))
    year: Year = attrs.field(metadata=_eg("year = 2025"))
    area: str = attrs.field(metadata=_eg('area = "主要预期目标"'))
    indicator: str = attrs.field(metadata=_eg('indicator = "新增海外仓"'))
    quote: str = attrs.field(metadata=_eg(f'quote = "新增海外仓10个" {_QUOTED}'))
    source: str = attrs.field(metadata=_eg(_SOURCE_ID))
    kind: Kind = attrs.field(default="threshold", metadata=_eg(_one_of_text("kind", KINDS)))
    target: Threshold | None = attrs.field(default=None, metadata=_eg('target = ">= 10个"'))
    measure: Measure = attrs.field(default="level", metadata=_eg(_one_of_text("measure", MEASURES)))
    strength: Strength = attrs.field(
        default="binding", metadata=_eg(_one_of_text("strength", STRENGTHS))
    )
    relation: Relation | None = attrs.field(
        default=None, metadata=_eg(_one_of_text("relation", RELATIONS))
    )
    reference: str | None = attrs.field(default=None, metadata=_eg('reference = "地区生产总值"'))
    baseline: str | None = attrs.field(default=None, metadata=_eg('baseline = "前三年均值"'))
    direction: Direction | None = attrs.field(
        default=None, metadata=_eg(_one_of_text("direction", DIRECTIONS))
    )
    note: str | None = attrs.field(default=None, metadata=_eg('note = "..."'))


@attrs.define
class RawOutcome:
    """An ``[[outcome]]`` table."""

    table: ClassVar[str] = "an [[outcome]]"
    indicator: str = attrs.field(metadata=_eg('indicator = "固定资产投资"'))
    year: Year = attrs.field(metadata=_eg("year = 2024"))
    quote: str = attrs.field(metadata=_eg(f'quote = "固定资产投资增长19.7%" {_QUOTED}'))
    source: str = attrs.field(metadata=_eg(_SOURCE_ID))
    value: Amount | None = attrs.field(default=None, metadata=_eg('value = "19.7%"'))
    measure: Measure = attrs.field(default="level", metadata=_eg(_one_of_text("measure", MEASURES)))
    hedge: Hedge = attrs.field(default="exact", metadata=_eg(_one_of_text("hedge", HEDGES)))
    done: bool | None = attrs.field(default=None, metadata=_eg("done = true (or false)"))
    note: str | None = attrs.field(default=None, metadata=_eg('note = "..."'))


@attrs.define
class RawMethod:
    """The ``[method]`` table: decimals written as strings (hints show the defaults)."""

    table: ClassVar[str] = "the [method]"
    near_miss_points: Decimal | None = attrs.field(
        default=None, metadata=_eg('near_miss_points = "0.5"')
    )
    near_miss_ratio: Decimal | None = attrs.field(
        default=None, metadata=_eg('near_miss_ratio = "0.9"')
    )
    exceed_points: Decimal | None = attrs.field(default=None, metadata=_eg('exceed_points = "1"'))
    exceed_ratio: Decimal | None = attrs.field(default=None, metadata=_eg('exceed_ratio = "1.1"'))
    about_points: Decimal | None = attrs.field(default=None, metadata=_eg('about_points = "0.5"'))
    about_ratio: Decimal | None = attrs.field(default=None, metadata=_eg('about_ratio = "0.05"'))
    progress_high: Decimal | None = attrs.field(
        default=None, metadata=_eg('progress_high = "0.95"')
    )
    progress_low: Decimal | None = attrs.field(default=None, metadata=_eg('progress_low = "0.6"'))


@attrs.define
class RawFile:
    """The top level of a data file. Its tables are structured one by one (see ``_Reader``)."""

    table: ClassVar[str] = "a data file"
    title: str | None = attrs.field(default=None, metadata=_eg('title = "..."'))
    include: list[Any] = attrs.field(factory=list, metadata=_eg('include = ["outcomes/2024.toml"]'))
    source: list[Any] = attrs.field(factory=list, metadata=_eg("each source as a [[source]] table"))
    commitment: list[Any] = attrs.field(
        factory=list, metadata=_eg("each commitment as a [[commitment]] table")
    )
    outcome: list[Any] = attrs.field(
        factory=list, metadata=_eg("each outcome as an [[outcome]] table")
    )
    method: Any = attrs.field(default=None, metadata=_eg("[method] as a table of decimals"))
    # written by ``ykcheck extract``: a draft nobody has checked yet
    unreviewed: bool | None = attrs.field(default=None, metadata=_eg("unreviewed = true"))


attrs.resolve_types(RawFile)


# -- the loaded data -------------------------------------------------------------------------------


@attrs.frozen
class Data:
    """Everything loaded from one data file and the files it includes."""

    commitments: tuple[Commitment, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    sources: tuple[Source, ...] = ()
    tolerances: Tolerances = attrs.field(factory=Tolerances)
    title: str | None = None
    unreviewed: bool = False
    # where each commitment's quote stands in its source (whitespace removed), to keep the
    # report in the source's order whatever the order of records
    positions: Mapping[str, int] = attrs.field(factory=dict, eq=False, repr=False)

    @property
    def reviews(self) -> frozenset[int]:
        """Years whose review is loaded: a source that reviews them, or an outcome of them."""
        years = {s.reviews for s in self.sources if s.reviews is not None}
        if not any(s.reviews is not None for s in self.sources):
            years |= {o.year for o in self.outcomes}
        return frozenset(years)


# -- locating paths in the text --------------------------------------------------------------------

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


def _opens_string(row: str) -> str | None:
    """The delimiter of a multi-line string that this line leaves open, if any."""
    return next((d for d in ('"""', "'''") if row.count(d) % 2), None)


class _Lines:
    """Where tables and keys stand in a TOML text: ``$.commitment[3].target`` -> line 42."""

    def __init__(self, text: str) -> None:
        self.rows = text.splitlines()
        self.at: dict[str, _Spot] = {}
        counts: dict[str, int] = {}
        table, open_string = "$", None
        for number, row in enumerate(self.rows, start=1):
            if open_string is not None:  # inside a multi-line string: no keys here
                open_string = None if row.count(open_string) % 2 else open_string
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
            open_string = _opens_string(row)

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


class _Problems:
    """Locates the problems of one file by path and adds them to the shared list ``sink``.

    The line index is built on the first problem: a good file does not pay for it.
    """

    def __init__(self, file: str | None, text: str, sink: list[Problem]) -> None:
        self.file, self.text, self.sink = file, text, sink

    @functools.cached_property
    def lines(self) -> _Lines:
        return _Lines(self.text)

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


# -- structuring, with every failure reported -----------------------------------------------------


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
    out: _Problems, path: str, exc: BaseException, cls: type | None, name: str | None
) -> None:
    """Add the problem of one structuring failure, with what to do about it."""
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        _unknown_fields(exc.extra_fields, exc.cl, path, out)
    elif isinstance(exc, KeyError):
        out.add(path, f"required field {name} is missing", f"add {_how(cls, name)}")
    elif isinstance(exc, _Invalid):
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


def _unknown_fields(keys: Collection[str], cls: type, path: str, out: _Problems) -> None:
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


def _structure(
    value: Any,
    type_: Any,
    path: str,
    out: _Problems,
    owner: type | None = None,
    name: str | None = None,
) -> Any:
    """``value`` structured as ``type_``, or None after adding a problem for each failure."""
    try:
        return _CONVERTER.structure(value, type_)
    except cattrs.ClassValidationError as exc:
        for at, leaf, cls, field in _leaves(exc, path):
            _report(out, at, leaf, cls, field)
    except _Invalid as exc:
        _report(out, path, exc, owner, name)
    return None


def _record(value: Any, cls: type[T], path: str, out: _Problems) -> T | None:
    """A table structured as the raw class ``cls``, or None after reporting its problems."""
    if not isinstance(value, dict):
        out.add(
            path,
            f"expected a table, got {_got(value)}",
            f"write {_table(cls)} table with key = value lines",
        )
        return None
    made: T | None = _structure(value, cls, path, out)
    return made


def _raw_file(doc: dict[str, Any], out: _Problems) -> RawFile:
    """The top level of a file; a bad key is reported and left out, so the rest is still read."""
    fields = attrs.fields_dict(RawFile)
    unknown = set(doc) - set(fields)
    if unknown:
        _unknown_fields(unknown, RawFile, "$", out)
    given = {}
    for name, value in doc.items():
        if name in fields:
            made = _structure(value, fields[name].type, f"$.{name}", out, RawFile, name)
            if made is not None:
                given[name] = made
    return RawFile(**given)


def _parse_toml(text: str, file: str | None) -> dict[str, Any]:
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


# -- from raw records to the model -----------------------------------------------------------------

# Fields that only a commitment of one kind has.
_KIND_FIELDS: Final = {"target": "threshold", "relation": "relative", "reference": "relative"}


def _commitment(raw: RawCommitment, path: str, out: _Problems) -> Commitment | None:
    """The commitment of a raw record, or None after reporting fields that do not fit its kind."""
    misplaced = [
        f for f, kind in _KIND_FIELDS.items() if getattr(raw, f) is not None and raw.kind != kind
    ]
    for f in misplaced:
        kind = _KIND_FIELDS[f]
        out.add(
            f"{path}.{f}",
            f"{f} belongs to a {kind} commitment, but kind is {raw.kind!r}",
            f'write kind = "{kind}", or remove {f}',
        )
    target = _target(raw, path, out)
    if misplaced or target is None:
        return None
    return Commitment(
        raw.id,
        raw.year,
        raw.area,
        raw.indicator,
        raw.quote,
        raw.source,
        target,
        raw.baseline,
        raw.note,
        raw.direction,
    )


def _target(raw: RawCommitment, path: str, out: _Problems) -> Target | None:
    """The target of a raw commitment by its kind, or None after reporting what it lacks."""
    if raw.kind == "milestone":
        return Target("milestone", "==", strength=raw.strength)
    if raw.kind == "relative":
        if raw.relation is None:
            out.add(
                path,
                "a relative commitment needs a relation",
                'add relation = "sync" (与经济增长同步) or "faster" (快于经济增长)',
            )
            return None
        comparator = "~" if raw.relation == "sync" else ">"
        return Target(
            "relative",
            comparator,
            None,
            "",
            "growth",
            raw.strength,
            raw.relation,
            raw.reference or "地区生产总值",
        )
    if raw.target is None:
        out.add(
            path,
            "a threshold commitment needs a target",
            'add target = ">= 10个", or write kind = "milestone" for a promise that is done or not',
        )
        return None
    t = raw.target
    return Target("threshold", t.comparator, t.value, t.unit, raw.measure, raw.strength)


def _outcome(raw: RawOutcome, path: str, out: _Problems) -> Outcome | None:
    """The outcome of a raw record, or None after reporting value and done given both or
    neither."""
    if raw.value is not None and raw.done is not None:
        out.add(
            f"{path}.done",
            "an outcome has a value or done, not both",
            'keep value = "..." for a figure, or done = true for a milestone',
        )
        return None
    if raw.value is None and raw.done is None:
        out.add(
            path,
            "an outcome needs a value or done",
            'add value = "835.5亿元", or done = true for a milestone',
        )
        return None
    value, unit = (raw.value.value, raw.value.unit) if raw.value is not None else (None, "")
    return Outcome(
        raw.indicator,
        raw.year,
        raw.quote,
        raw.source,
        value,
        unit,
        raw.measure,
        raw.hedge,
        raw.done,
        raw.note,
    )


# The raw class of each kind of record, and the function that makes its model.
_RECORDS: Final[dict[str, tuple[type, Callable[[Any, str, _Problems], Any]]]] = {
    "commitment": (RawCommitment, _commitment),
    "outcome": (RawOutcome, _outcome),
}


def _tolerances(raw: RawMethod) -> Tolerances:
    given = {k: v for k, v in attrs.asdict(raw, recurse=False).items() if v is not None}
    return Tolerances(**given)


# -- reading files ---------------------------------------------------------------------------------


def _read_file(path: Path) -> str:
    """The text of a UTF-8 file (a byte-order mark is dropped).

    Raises OSError if it cannot be read, UnicodeDecodeError if it is not UTF-8.
    """
    return path.read_text(encoding="utf-8-sig")


def _unreadable(exc: Exception) -> tuple[str, str | None]:
    """Why a file could not be read, and what to do if that is specific: (reason, hint)."""
    if isinstance(exc, IsADirectoryError):
        return "it is a directory, not a file", None
    if isinstance(exc, UnicodeDecodeError) and isinstance(exc.object, bytes):
        raw, at = exc.object, exc.start
        start = raw.rfind(b"\n", 0, at) + 1
        line = raw.count(b"\n", 0, at) + 1
        column = len(raw[start:at].decode("utf-8", "replace")) + 1
        where = f"line {line}, column {column}"
        return f"it is not UTF-8 text (the first bad byte is at {where})", _UTF8_HINT
    if isinstance(exc, OSError):
        return exc.strerror or str(exc), None
    return str(exc), None


@attrs.frozen
class _Entry:
    """A commitment or outcome table of a file, where it stands, and its model if it is sound."""

    kind: str  # "commitment" or "outcome"
    table: Mapping[str, Any]
    path: str
    out: _Problems
    made: Commitment | Outcome | None

    def text(self, key: str) -> str | None:
        """The table's string ``key``: checks across records use it even if the record is not
        sound, so a bad year does not hide an unknown source."""
        value = self.table.get(key)
        return value if isinstance(value, str) else None


@attrs.define
class _Reader:
    """Reads a file and its includes, gathering records and problems."""

    read_text: Callable[[Path], str]
    problems: list[Problem] = attrs.Factory(list)
    files: list[str | None] = attrs.Factory(list)  # in reading order, to sort problems by
    raw_sources: list[tuple[RawSource, str, _Problems, Path | None]] = attrs.Factory(list)
    broken_sources: set[str] = attrs.Factory(set)  # ids of sources reported already
    entries: list[_Entry] = attrs.Factory(list)
    tolerances: Tolerances | None = None
    title: str | None = None
    unreviewed: bool = False
    seen: set[Path] = attrs.Factory(set)

    def read(self, text: str, file: str | None, base: Path | None) -> None:
        """Read one file's text, and through ``include`` the files it names."""
        self.files.append(file)
        try:
            doc = _parse_toml(text, file)
        except DataError as exc:
            self.problems.extend(exc.problems)
            return
        out = _Problems(file, text, self.problems)
        if not doc:
            out.add(
                "$",
                "the file is empty: it holds no commitment, outcome or source",
                "start with a [[source]] and a [[commitment]] table (docs/data-format.md)",
            )
            return
        self._take(_raw_file(doc, out), out, base)

    def _take(self, raw: RawFile, out: _Problems, base: Path | None) -> None:
        self.title = self.title or raw.title
        self.unreviewed = self.unreviewed or bool(raw.unreviewed)
        method = None if raw.method is None else _record(raw.method, RawMethod, "$.method", out)
        if method is not None:
            self.tolerances = _tolerances(method)
        for i, item in enumerate(raw.source):
            self._source(item, f"$.source[{i}]", out, base)
        for i, item in enumerate(raw.commitment):
            self._entry("commitment", item, f"$.commitment[{i}]", out)
        for i, item in enumerate(raw.outcome):
            self._entry("outcome", item, f"$.outcome[{i}]", out)
        for i, item in enumerate(raw.include):
            name = _structure(item, str, f"$.include[{i}]", out, RawFile, "include")
            if name is not None:
                self._include(name, f"$.include[{i}]", out, base)

    def _entry(self, kind: str, item: Any, path: str, out: _Problems) -> None:
        cls, make = _RECORDS[kind]
        raw = _record(item, cls, path, out)
        made = None if raw is None else make(raw, path, out)
        if isinstance(item, dict):
            self.entries.append(_Entry(kind, item, path, out, made))

    def commitments(self) -> list[Commitment]:
        return [e.made for e in self.entries if isinstance(e.made, Commitment)]

    def outcomes(self) -> list[Outcome]:
        return [e.made for e in self.entries if isinstance(e.made, Outcome)]

    def _source(self, item: Any, path: str, out: _Problems, base: Path | None) -> None:
        raw = _record(item, RawSource, path, out)
        if raw is not None:
            self.raw_sources.append((raw, path, out, base))
        elif isinstance(item, dict) and isinstance(item.get("id"), str):
            self.broken_sources.add(item["id"])  # its records need no "unknown source" too

    def _include(self, name: str, path: str, out: _Problems, base: Path | None) -> None:
        if base is None:
            out.add(
                path,
                f"cannot include {name!r} from text with no file location",
                "load the file with ykcheck.load, or pass file= to ykcheck.loads",
            )
            return
        try:
            target = (base / name).resolve()
            if target in self.seen:  # included twice, or a cycle
                return
            text = self.read_text(target)
        except (OSError, ValueError) as exc:
            reason, hint = _unreadable(exc)
            out.add(
                path,
                f"cannot read included file {name!r}: {reason}",
                hint or "an include path is relative to the file that includes it",
            )
            return
        self.seen.add(target)
        shown = os.path.normpath(os.path.join(os.path.dirname(out.file or ""), name))
        self.read(text, shown, target.parent)

    def sorted_problems(self) -> list[Problem]:
        """The problems in reading order of their files, then by line and column."""
        order = {f: i for i, f in reversed(list(enumerate(self.files)))}
        return sorted(
            self.problems, key=lambda p: (order.get(p.file, -1), p.line or 0, p.column or 0)
        )


# -- checks across records and files ---------------------------------------------------------------


def _check_references(reader: _Reader, positions: dict[str, int]) -> list[Source]:
    """Sources, ids, quotes and units across all files; problems go to the reader."""
    sources, texts = _read_sources(reader)
    _check_ids(reader)
    _check_quotes(reader, sources, texts, positions)
    _check_units(reader)
    return list(sources.values())


def _read_sources(reader: _Reader) -> tuple[dict[str, Source], dict[str, str | None]]:
    """The sources by id, and the text of each (white space removed) where a file is given."""
    sources: dict[str, Source] = {}
    texts: dict[str, str | None] = {}
    for raw, path, out, base in reader.raw_sources:
        if raw.id in sources:
            out.add(f"{path}.id", f"duplicate source id {raw.id!r}", "give each source its own id")
            continue
        sources[raw.id] = Source(raw.id, raw.title, raw.file, raw.url, raw.plan, raw.reviews)
        texts[raw.id] = None
        if raw.file is not None and base is not None:
            try:
                texts[raw.id] = squash(reader.read_text(base / raw.file))
            except (OSError, ValueError) as exc:
                reason, hint = _unreadable(exc)
                out.add(
                    f"{path}.file",
                    f"cannot read source file {raw.file!r}: {reason}",
                    hint or "a source path is relative to the file that names it",
                )
    return sources, texts


def _check_ids(reader: _Reader) -> None:
    first: dict[str, _Entry] = {}
    for e in reader.entries:
        id_ = e.text("id") if e.kind == "commitment" else None
        if id_ is None:
            continue
        if id_ in first:
            where = first[id_].out.where(f"{first[id_].path}.id")
            e.out.add(
                f"{e.path}.id",
                f"duplicate commitment id {id_!r} (first used at {where})",
                "give each commitment its own id",
            )
        first.setdefault(id_, e)


def _check_quotes(
    reader: _Reader,
    sources: Mapping[str, Source],
    texts: Mapping[str, str | None],
    positions: dict[str, int],
) -> None:
    """Every record names a known source, and its quote is in that source's text."""
    for e in reader.entries:
        source, quote = e.text("source"), e.text("quote")
        if source is None or source in reader.broken_sources:
            continue
        if source not in sources:
            e.out.add(
                f"{e.path}.source",
                f"unknown source {source!r}" + did_you_mean(source, sources),
                _known_sources(source, sources),
            )
            continue
        text = texts[source]
        at = None if text is None or quote is None else quote_position(quote, text)
        if at is not None and isinstance(e.made, Commitment):
            positions.setdefault(e.made.id, at)
        if text is not None and quote is not None and at is None:
            e.out.add(
                f"{e.path}.quote",
                f"the quote {quote!r} is not in the source {sources[source].file}",
                "copy it verbatim; white space is ignored, "
                "and pieces joined by … must occur in order",
            )


def _known_sources(wanted: str, sources: Collection[str]) -> str:
    if not sources:
        return f'define it in a [[source]] table: id = "{wanted}", title = "..."'
    return f"known sources: {', '.join(sorted(sources))}"


def _check_units(reader: _Reader) -> None:
    """An outcome whose unit cannot meet its commitment's target (亩 against 个) is an error."""
    units: dict[tuple[str, str], tuple[str, Commitment]] = {}
    for c in reader.commitments():
        if c.target.kind == "threshold":
            units.setdefault((c.indicator, c.target.measure), (c.target.unit, c))
    for e in reader.entries:
        o = e.made
        if not isinstance(o, Outcome) or o.value is None:
            continue
        known = units.get((o.indicator, o.measure))
        if known is not None and not compatible(o.unit, known[0]):
            unit, commitment = known
            e.out.add(
                f"{e.path}.value",
                f"unit {o.unit or 'none'} cannot be compared with the "
                f"{unit or 'plain number'} of commitment {commitment.id!r} ({o.indicator})",
                "use a unit of the same kind, or another indicator",
            )


def quote_position(quote: str, squashed_source: str) -> int | None:
    """Where a quote's last piece stands in a source with white space removed, or None if the
    quote is not there. Pieces joined by … must occur in order; the last one holds the number."""
    pos, last = 0, None
    for piece in squash(quote).split("…"):
        if not piece:
            continue
        found = squashed_source.find(piece, pos)
        if found < 0:
            return None
        last, pos = found, found + len(piece)
    return last


def loads(
    text: str, *, file: str | None = None, read_text: Callable[[Path], str] | None = None
) -> Data:
    """Read data from TOML text.

    ``file`` names the text in messages and is the base of ``include`` and source paths;
    ``read_text`` reads those files (default: UTF-8 from disk; it may raise OSError or
    ValueError). Raises DataError listing every problem of the text and of the files it names,
    each located by file, line, column and ``$.path``.
    """
    reader = _Reader(read_text or _read_file)
    base = None
    if file is not None:
        base = Path(file).resolve().parent
        reader.seen.add(Path(file).resolve())
    reader.read(text.removeprefix("\ufeff"), file, base)
    positions: dict[str, int] = {}
    sources = _check_references(reader, positions)
    if reader.problems:
        raise DataError(reader.sorted_problems())
    return Data(
        tuple(reader.commitments()),
        tuple(reader.outcomes()),
        tuple(sources),
        reader.tolerances or Tolerances(),
        reader.title,
        reader.unreviewed,
        positions,
    )


def load(path: str | Path) -> Data:
    """Read a data file and the files it includes.

    Raises DataError (every problem, located), also when the file cannot be read: missing, a
    directory, or not UTF-8.
    """
    p = Path(path)
    try:
        text = _read_file(p)
    except (OSError, ValueError) as exc:
        reason, hint = _unreadable(exc)
        hint = hint or "give the path of a TOML data file, e.g. data/commitments.toml"
        raise DataError([Problem(f"cannot read the file: {reason}", str(p), hint=hint)]) from None
    return loads(text, file=str(p))


def merge(datas: Sequence[Data]) -> Data:
    """Several loaded data sets as one. Raises DataError on a commitment id used twice."""
    if len(datas) == 1:
        return datas[0]
    seen: dict[str, Commitment] = {}
    problems = []
    for d in datas:
        for c in d.commitments:
            if c.id in seen:
                problems.append(
                    Problem(
                        f"commitment id {c.id!r} is used in two data sets",
                        hint="give each commitment a unique id",
                    )
                )
            seen.setdefault(c.id, c)
    if problems:
        raise DataError(problems)
    sources = {s.id: s for d in reversed(datas) for s in d.sources}
    return Data(
        tuple(c for d in datas for c in d.commitments),
        tuple(o for d in datas for o in d.outcomes),
        tuple(sorted(sources.values(), key=lambda s: s.id)),
        datas[0].tolerances,
        next((d.title for d in datas if d.title), None),
        any(d.unreviewed for d in datas),
        {k: v for d in datas for k, v in d.positions.items()},
    )


# -- writing ---------------------------------------------------------------------------------------


def _drop_defaults(d: Mapping[str, Any], defaults: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None and defaults.get(k, object()) != v}


def to_document(data: Data) -> dict[str, Any]:
    """The TOML document of ``data`` (as dicts), in the format ``loads`` reads."""
    doc: dict[str, Any] = {}
    if data.title:
        doc["title"] = data.title
    if data.unreviewed:
        doc["unreviewed"] = True
    if data.sources:
        doc["source"] = [_drop_defaults(attrs.asdict(s), {}) for s in data.sources]
    if data.commitments:
        doc["commitment"] = [_commitment_dict(c) for c in data.commitments]
    if data.outcomes:
        doc["outcome"] = [_outcome_dict(o) for o in data.outcomes]
    if data.tolerances != Tolerances():
        t = data.tolerances  # the settings a [method] table holds, not those derived from them
        doc["method"] = {
            a.name: str(getattr(t, a.name)) for a in attrs.fields(Tolerances) if a.init
        }
    return doc


def _commitment_dict(c: Commitment) -> dict[str, Any]:
    t = c.target
    d: dict[str, Any] = {
        "id": c.id,
        "year": c.year,
        "area": c.area,
        "indicator": c.indicator,
        "quote": c.quote,
        "source": c.source,
        "kind": t.kind,
    }
    if t.kind == "threshold":
        d["target"] = t.threshold_text()
    d.update(
        measure=t.measure,
        strength=t.strength,
        relation=t.relation,
        reference=t.reference,
        baseline=c.baseline,
        note=c.note,
        direction=c.direction,
    )
    return _drop_defaults(d, {"kind": "threshold", "measure": "level", "strength": "binding"})


def _outcome_dict(o: Outcome) -> dict[str, Any]:
    d: dict[str, Any] = {"indicator": o.indicator, "year": o.year}
    if o.value is not None:
        d["value"] = format_amount(o.value, o.unit)
    d.update(
        measure=o.measure, hedge=o.hedge, done=o.done, quote=o.quote, source=o.source, note=o.note
    )
    return _drop_defaults(d, {"measure": "level", "hedge": "exact"})


def dumps(data: Data) -> str:
    """Write ``data`` as TOML text that ``loads`` reads back to equal data."""
    return tomli_w.dumps(to_document(data))
