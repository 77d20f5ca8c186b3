"""The schema of a data file: raw attrs classes that mirror its tables, and the cattrs converter
that structures TOML values into them (every value checked: types, years, choices, targets,
amounts, decimals) and unstructures them back for writing, defaults omitted.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Collection
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, ClassVar, Final, Literal, TypeVar, get_args, get_origin

import attrs
import cattrs
from cattrs.gen import make_dict_unstructure_fn

from .._errors import ParseError
from .._quantity import format_amount, parse_amount
from .._vocab import (
    COMPARATORS,
    DIRECTIONS,
    HEDGES,
    KINDS,
    MEASURES,
    RELATIONS,
    STRENGTHS,
    Comparator,
    Direction,
    Hedge,
    Kind,
    Measure,
    Relation,
    Strength,
)

YEARS: Final = range(1949, 2101)
_COMPARATOR_RE: Final = re.compile(r"\s*([<>=~≥≤≈]+)\s*(.*)$", re.S)
_SPELLED: Final[dict[str, Comparator]] = {
    **{c: c for c in COMPARATORS},
    "≥": ">=",
    "≤": "<=",
    "≈": "~",
    "=": "==",
}
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


class Invalid(ValueError):
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
    """``Annotated`` metadata: a test the value must pass after its base type (raises Invalid)."""

    test: Callable[[Any], None]


def _year(value: int) -> None:
    if value not in YEARS:
        raise Invalid(
            f"year {value} is out of range ({YEARS[0]} to {YEARS[-1]})",
            "write the year in full, e.g. 2025",
        )


_URL_RE: Final = re.compile(r"https?://[^\s<>\"'`]+")


def _url(value: str) -> None:
    # the report prints it as a link: no spaces, quotes or angle brackets that would end one
    if not _URL_RE.fullmatch(value):
        hint = 'write url = "https://..." (http or https, no spaces or quotes)'
        raise Invalid(f"{value!r} is not a web address", hint)


def _one_of(allowed: tuple[str, ...]) -> _Check:
    def test(value: str) -> None:
        if value not in allowed:
            raise Invalid(
                f"{value!r} is not one of {', '.join(allowed)}" + did_you_mean(value, allowed)
            )

    return _Check(test)


Year = Annotated[int, _Check(_year)]
Url = Annotated[str, _Check(_url)]
# the closed sets of the vocabulary, each read as a string and checked with a suggestion
KindField = Annotated[Kind, _one_of(KINDS)]
MeasureField = Annotated[Measure, _one_of(MEASURES)]
StrengthField = Annotated[Strength, _one_of(STRENGTHS)]
RelationField = Annotated[Relation, _one_of(RELATIONS)]
DirectionField = Annotated[Direction, _one_of(DIRECTIONS)]
HedgeField = Annotated[Hedge, _one_of(HEDGES)]


@attrs.frozen
class Threshold:
    """A data file's target, read: ``">= 10个"`` is (">=", 10, "个")."""

    comparator: Comparator
    value: Decimal
    unit: str

    def __str__(self) -> str:
        return f"{self.comparator} {format_amount(self.value, self.unit)}"


@attrs.frozen
class Amount:
    """A data file's outcome value, read: ``"1.1万亩"`` is (11000, "亩")."""

    value: Decimal
    unit: str

    def __str__(self) -> str:
        return format_amount(self.value, self.unit)


def parse_threshold(text: str) -> tuple[Comparator, Decimal, str]:
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


def got(value: Any) -> str:
    """What a TOML value is, for messages: ``a string '2025'``, ``a table``."""
    kind = _TOML_TYPES.get(type(value), "a date or time")
    if isinstance(value, dict | list):
        return kind
    shown = repr(value)
    return f"{kind} {shown if len(shown) <= 60 else shown[:57] + '...'}"


def _wrong_type(expected: str, value: Any) -> Invalid:
    return Invalid(f"expected {expected}, got {got(value)}")


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
    base = get_args(type_)[0]
    # a closed set is read as a string, and its check says what is allowed
    value = _string(value, str) if get_origin(base) is Literal else conv.structure(value, base)
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
            raise Invalid(f"cannot read {what} {text!r}: {exc.msg}", hint, text, exc.pos) from None

    return hook


def _decimal(value: Any, _: Any) -> Decimal:
    text = _string(value, str)
    try:
        number = Decimal(text)
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite():
        raise Invalid(f"{text!r} is not a decimal number", 'write a decimal in quotes, e.g. "0.5"')
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


CONVERTER: Final = _converter()


# -- raw records: the file's shape, structured by cattrs -------------------------------------------


def _one_of_text(name: str, allowed: tuple[str, ...]) -> str:
    """``kind = "threshold", "relative" or "milestone"``."""
    quoted = [f'"{a}"' for a in allowed]
    return f"{name} = {', '.join(quoted[:-1])} or {quoted[-1]}"


def _eg(how: str) -> dict[str, str]:
    """Metadata of a raw record's field: it written right, for hints ("write year = 2025")."""
    return {"how": how}


@attrs.define(kw_only=True)
class RawSource:
    """A ``[[source]]`` table."""

    table: ClassVar[str] = "a [[source]]"
    id: str = attrs.field(metadata=_eg('id = "yk2025"'))
    title: str = attrs.field(metadata=_eg('title = "永康市2025年政府工作报告解读"'))
    file: str | None = attrs.field(default=None, metadata=_eg('file = "sources/2025.txt"'))
    url: Url | None = attrs.field(default=None, metadata=_eg('url = "https://..."'))
    plan: Year | None = attrs.field(default=None, metadata=_eg("plan = 2025"))
    reviews: Year | None = attrs.field(default=None, metadata=_eg("reviews = 2024"))
    excerpt: bool = attrs.field(default=False, metadata=_eg("excerpt = true (part of a document)"))


_QUOTED: Final = "(the words of the source)"
_SOURCE_ID: Final = 'source = "yk2025" (the id of a [[source]])'


@attrs.define(kw_only=True)
class RawCommitment:
    """A ``[[commitment]]`` table."""

    table: ClassVar[str] = "a [[commitment]]"
    id: str = attrs.field(metadata=_eg('id = "2025-overseas-warehouses"'))
    year: Year = attrs.field(metadata=_eg("year = 2025"))
    area: str = attrs.field(metadata=_eg('area = "主要预期目标"'))
    indicator: str = attrs.field(metadata=_eg('indicator = "新增海外仓"'))
    quote: str = attrs.field(metadata=_eg(f'quote = "新增海外仓10个" {_QUOTED}'))
    source: str = attrs.field(metadata=_eg(_SOURCE_ID))
    kind: KindField = attrs.field(default="threshold", metadata=_eg(_one_of_text("kind", KINDS)))
    target: Threshold | None = attrs.field(default=None, metadata=_eg('target = ">= 10个"'))
    measure: MeasureField = attrs.field(
        default="level", metadata=_eg(_one_of_text("measure", MEASURES))
    )
    strength: StrengthField = attrs.field(
        default="binding", metadata=_eg(_one_of_text("strength", STRENGTHS))
    )
    relation: RelationField | None = attrs.field(
        default=None, metadata=_eg(_one_of_text("relation", RELATIONS))
    )
    reference: str | None = attrs.field(default=None, metadata=_eg('reference = "地区生产总值"'))
    baseline: str | None = attrs.field(default=None, metadata=_eg('baseline = "前三年均值"'))
    note: str | None = attrs.field(default=None, metadata=_eg('note = "..."'))
    direction: DirectionField | None = attrs.field(
        default=None, metadata=_eg(_one_of_text("direction", DIRECTIONS))
    )


@attrs.define(kw_only=True)
class RawOutcome:
    """An ``[[outcome]]`` table."""

    table: ClassVar[str] = "an [[outcome]]"
    indicator: str = attrs.field(metadata=_eg('indicator = "固定资产投资"'))
    year: Year = attrs.field(metadata=_eg("year = 2024"))
    value: Amount | None = attrs.field(default=None, metadata=_eg('value = "19.7%"'))
    measure: MeasureField = attrs.field(
        default="level", metadata=_eg(_one_of_text("measure", MEASURES))
    )
    hedge: HedgeField = attrs.field(default="exact", metadata=_eg(_one_of_text("hedge", HEDGES)))
    done: bool | None = attrs.field(default=None, metadata=_eg("done = true (or false)"))
    upper: Amount | None = attrs.field(
        default=None, metadata=_eg('upper = "10000人" (9000余人: value = "9000人", hedge = "over")')
    )
    quote: str = attrs.field(metadata=_eg(f'quote = "固定资产投资增长19.7%" {_QUOTED}'))
    source: str = attrs.field(metadata=_eg(_SOURCE_ID))
    note: str | None = attrs.field(default=None, metadata=_eg('note = "..."'))


@attrs.define(kw_only=True)
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
    hedge_points: Decimal | None = attrs.field(default=None, metadata=_eg('hedge_points = "0.2"'))
    hedge_ratio: Decimal | None = attrs.field(default=None, metadata=_eg('hedge_ratio = "0.02"'))
    progress_high: Decimal | None = attrs.field(
        default=None, metadata=_eg('progress_high = "0.95"')
    )
    progress_low: Decimal | None = attrs.field(default=None, metadata=_eg('progress_low = "0.6"'))


@attrs.define(kw_only=True)
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


# -- writing back ----------------------------------------------------------------------------------


def _dumper() -> cattrs.Converter:
    """The converter that writes raw records back: fields at their default left out, targets and
    amounts as the phrases the structuring hooks read, decimals as strings, and the fields of a
    table in the schema's order (cattrs puts the fields without a default first)."""
    conv = cattrs.Converter(omit_if_default=True)

    def in_order(cls: type) -> Callable[[Any], dict[str, Any]]:
        unstructure: Callable[[Any], dict[str, Any]] = make_dict_unstructure_fn(
            cls, conv, _cattrs_omit_if_default=True
        )
        names = [a.name for a in attrs.fields(cls)]

        def hook(obj: Any) -> dict[str, Any]:
            d = unstructure(obj)
            return {name: d[name] for name in names if name in d}

        return hook

    conv.register_unstructure_hook_factory(attrs.has, in_order)
    conv.register_unstructure_hook(Threshold, str)
    conv.register_unstructure_hook(Amount, str)
    conv.register_unstructure_hook(Decimal, str)
    return conv


DUMPER: Final = _dumper()
