"""Reading and writing the TOML data files, with every problem of a file reported at once.

Files are read only here, at the edge: ``load(path)`` reads the text (and the files it includes
and the sources its quotes are checked against) and hands it to ``loads``. Structuring is done by
cattrs into raw attrs classes that mirror the file, then turned into the model, so that a problem
is reported with its ``$.path``; tomllib does not give positions, so a small line index maps
paths back to lines.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final, TypeVar

import attrs
import cattrs
import tomli_w

from ._errors import DataError, ParseError, Problem
from ._evaluate import Tolerances
from ._model import (
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
from ._units import compatible

YEARS: Final = range(1949, 2101)
_COMPARATOR_RE: Final = re.compile(r"\s*(>=|<=|>|<|~|==|≥|≤|≈|=)\s*(.*)$", re.S)
_SYMBOL_TO_COMPARATOR: Final = {"≥": ">=", "≤": "<=", "≈": "~", "=": "=="}


# -- raw records: the file's shape, structured by cattrs -------------------------------------------


@attrs.define
class RawSource:
    id: str
    title: str
    file: str | None = None
    url: str | None = None
    plan: int | None = None
    reviews: int | None = None


@attrs.define
class RawCommitment:
    id: str
    year: int
    area: str
    indicator: str
    quote: str
    source: str
    kind: str = "threshold"
    target: str | None = None
    measure: str = "level"
    strength: str = "binding"
    relation: str | None = None
    reference: str | None = None
    baseline: str | None = None
    note: str | None = None


@attrs.define
class RawOutcome:
    indicator: str
    year: int
    quote: str
    source: str
    value: str | None = None
    measure: str = "level"
    hedge: str = "exact"
    done: bool | None = None
    note: str | None = None


@attrs.define
class RawMethod:
    near_miss_points: str | None = None
    near_miss_ratio: str | None = None
    exceed_points: str | None = None
    exceed_ratio: str | None = None
    about_points: str | None = None
    about_ratio: str | None = None
    progress_high: str | None = None
    progress_low: str | None = None


@attrs.define
class RawFile:
    title: str | None = None
    include: list[str] = attrs.Factory(list)
    source: list[RawSource] = attrs.Factory(list)
    commitment: list[RawCommitment] = attrs.Factory(list)
    outcome: list[RawOutcome] = attrs.Factory(list)
    method: RawMethod | None = None
    # written by ``ykcheck extract``: a draft nobody has checked yet
    unreviewed: bool | None = None


T = TypeVar("T")


def _strict(kind: type[T], name: str) -> Callable[[Any, Any], T]:
    def hook(value: Any, _: Any) -> T:
        # TOML has real types: "2024" is not a year and true is not 1
        if type(value) is not kind:
            raise TypeError(f"expected {name}, got {type(value).__name__} {value!r}")
        return value  # type: ignore[no-any-return]

    return hook


def _converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(int, _strict(int, "an integer"))
    conv.register_structure_hook(str, _strict(str, "a string"))
    conv.register_structure_hook(bool, _strict(bool, "true or false"))
    return conv


_CONVERTER: Final = _converter()


# -- the loaded data -------------------------------------------------------------------------------


@attrs.frozen
class Data:
    """Everything loaded from one data file and the files it includes."""

    commitments: tuple[Commitment, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    sources: tuple[Source, ...] = ()
    tolerances: Tolerances = Tolerances()
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

_HEADER_RE: Final = re.compile(r"^\s*(\[\[?)\s*([A-Za-z_][\w.-]*)\s*\]\]?")
_KEY_RE: Final = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*=")


class _Lines:
    """Where tables and keys stand in a TOML text: ``$.commitment[3].target`` -> line 42."""

    def __init__(self, text: str) -> None:
        self.at: dict[str, int] = {}
        counts: dict[str, int] = {}
        table = "$"
        for number, line in enumerate(text.splitlines(), start=1):
            h = _HEADER_RE.match(line)
            if h:
                name = h.group(2)
                if h.group(1) == "[[":
                    index = counts.get(name, 0)
                    counts[name] = index + 1
                    table = f"$.{name}[{index}]"
                else:
                    table = f"$.{name}"
                self.at.setdefault(table, number)
                continue
            k = _KEY_RE.match(line)
            if k:
                self.at.setdefault(f"{table}.{k.group(1)}", number)

    def line(self, path: str) -> int | None:
        """The line of ``path``, or of the nearest enclosing table that has one."""
        while path:
            if path in self.at:
                return self.at[path]
            cut = max(path.rfind("."), path.rfind("["))
            if cut <= 0:
                return None
            path = path[:cut]
        return None


class _Problems:
    """Locates the problems of one file by path and adds them to the shared list ``sink``."""

    def __init__(self, file: str | None, lines: _Lines, sink: list[Problem]) -> None:
        self.file, self.lines, self.sink = file, lines, sink

    def add(self, path: str, message: str, hint: str | None = None) -> None:
        self.sink.append(Problem(message, self.file, self.lines.line(path), None, path, hint))


# -- from text to data -----------------------------------------------------------------------------


def _parse_toml(text: str, file: str | None) -> dict[str, Any]:
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
        hint = "fix the TOML syntax there (strings need double quotes; tables [[commitment]])"
        raise DataError([Problem(f"not valid TOML: {msg}", file, line, col, None, hint)]) from None


def _structure(doc: dict[str, Any], out: _Problems) -> RawFile | None:
    try:
        return _CONVERTER.structure(doc, RawFile)
    except cattrs.BaseValidationError as exc:
        for line in cattrs.transform_error(exc, path="$", format_exception=_describe):
            message, _, path = line.rpartition(" @ ")
            out.add(path, message)
        return None


def _describe(exc: BaseException, type_: Any) -> str:
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"unknown field(s) {', '.join(sorted(exc.extra_fields))}: check the spelling"
    if isinstance(exc, TypeError):
        return str(exc)
    return f"invalid value ({exc})"


def parse_threshold(text: str) -> tuple[str, Any, str]:
    """Read a data file's ``target = ">= 10个"``: (comparator, value, unit)."""
    m = _COMPARATOR_RE.match(text)
    if m is None:
        raise ParseError("a target starts with a comparator: >=, >, <=, <, ~ or ==", text, 0)
    comparator = _SYMBOL_TO_COMPARATOR.get(m.group(1), m.group(1))
    value, unit = parse_amount(m.group(2))
    return comparator, value, unit


def _choice(value: str, allowed: tuple[str, ...], path: str, field: str, out: _Problems) -> bool:
    if value not in allowed:
        out.add(f"{path}.{field}", f"{field} is {value!r}; expected one of {', '.join(allowed)}")
        return False
    return True


def _year(value: int, path: str, out: _Problems) -> bool:
    if value not in YEARS:
        out.add(f"{path}.year", f"year {value} is out of range ({YEARS[0]} to {YEARS[-1]})")
        return False
    return True


def _commitment(raw: RawCommitment, path: str, out: _Problems) -> Commitment | None:
    ok = _year(raw.year, path, out)
    ok &= _choice(raw.kind, KINDS, path, "kind", out)
    ok &= _choice(raw.measure, MEASURES, path, "measure", out)
    ok &= _choice(raw.strength, STRENGTHS, path, "strength", out)
    if not ok:
        return None
    target: Target
    if raw.kind == "threshold":
        if raw.target is None:
            out.add(path, "a threshold commitment needs target = \">= 10个\" (or kind = ...)")
            return None
        try:
            comparator, value, unit = parse_threshold(raw.target)
        except ParseError as exc:
            out.add(f"{path}.target", f"cannot read target {raw.target!r}: {exc.msg}")
            return None
        target = Target("threshold", comparator, value, unit, raw.measure, raw.strength)
    elif raw.kind == "relative":
        if raw.relation is None or not _choice(raw.relation, RELATIONS, path, "relation", out):
            if raw.relation is None:
                out.add(path, "a relative commitment needs relation = \"sync\" or \"faster\"")
            return None
        comparator = "~" if raw.relation == "sync" else ">"
        target = Target("relative", comparator, None, "", "growth", raw.strength,
                        raw.relation, raw.reference or "地区生产总值")  # fmt: skip
    else:
        target = Target("milestone", "==", strength=raw.strength)
    return Commitment(raw.id, raw.year, raw.area, raw.indicator, raw.quote, raw.source, target,
                      raw.baseline, raw.note)  # fmt: skip


def _outcome(raw: RawOutcome, path: str, out: _Problems) -> Outcome | None:
    ok = _year(raw.year, path, out)
    ok &= _choice(raw.measure, MEASURES, path, "measure", out)
    ok &= _choice(raw.hedge, HEDGES, path, "hedge", out)
    if not ok:
        return None
    if (raw.value is None) == (raw.done is None):
        out.add(path, "an outcome needs exactly one of value = \"...\" or done = true/false")
        return None
    value, unit = None, ""
    if raw.value is not None:
        try:
            value, unit = parse_amount(raw.value)
        except ParseError as exc:
            out.add(f"{path}.value", f"cannot read value {raw.value!r}: {exc.msg}")
            return None
    return Outcome(raw.indicator, raw.year, raw.quote, raw.source, value, unit, raw.measure,
                   raw.hedge, raw.done, raw.note)  # fmt: skip


def _method(raw: RawMethod | None, out: _Problems) -> Tolerances:
    if raw is None:
        return Tolerances()
    given = {k: v for k, v in attrs.asdict(raw).items() if v is not None}
    try:
        return Tolerances(**given)
    except ArithmeticError:
        for key, value in given.items():
            try:
                Tolerances(**{key: value})
            except ArithmeticError:
                out.add(f"$.method.{key}", f"{key} = {value!r} is not a decimal number")
        return Tolerances()


@attrs.define
class _Reader:
    """Reads a file and its includes, gathering records and problems."""

    read_text: Callable[[Path], str]
    problems: list[Problem] = attrs.Factory(list)
    raw_sources: list[tuple[RawSource, str, _Problems, Path | None]] = attrs.Factory(list)
    commitments: list[tuple[Commitment, str, _Problems]] = attrs.Factory(list)
    outcomes: list[tuple[Outcome, str, _Problems]] = attrs.Factory(list)
    tolerances: Tolerances | None = None
    title: str | None = None
    unreviewed: bool = False
    seen: set[Path] = attrs.Factory(set)

    def read(self, text: str, file: str | None, base: Path | None) -> None:
        try:
            doc = _parse_toml(text, file)
        except DataError as exc:
            self.problems.extend(exc.problems)
            return
        out = _Problems(file, _Lines(text), self.problems)
        if not doc:
            out.add("$", "the file is empty: it holds no commitment, outcome or source",
                    "see docs/data-format.md for the format")  # fmt: skip
            return
        raw = _structure(doc, out)
        if raw is not None:
            self._take(raw, out, base)

    def _take(self, raw: RawFile, out: _Problems, base: Path | None) -> None:
        self.title = self.title or raw.title
        self.unreviewed = self.unreviewed or bool(raw.unreviewed)
        if raw.method is not None:
            self.tolerances = _method(raw.method, out)
        for i, s in enumerate(raw.source):
            self.raw_sources.append((s, f"$.source[{i}]", out, base))
        for i, c in enumerate(raw.commitment):
            made = _commitment(c, f"$.commitment[{i}]", out)
            if made is not None:
                self.commitments.append((made, f"$.commitment[{i}]", out))
        for i, o in enumerate(raw.outcome):
            made_o = _outcome(o, f"$.outcome[{i}]", out)
            if made_o is not None:
                self.outcomes.append((made_o, f"$.outcome[{i}]", out))
        for i, name in enumerate(raw.include):
            self._include(name, f"$.include[{i}]", out, base)

    def _include(self, name: str, path: str, out: _Problems, base: Path | None) -> None:
        if base is None:
            out.add(path, f"cannot include {name!r} from text with no file location")
            return
        target = (base / name).resolve()
        if target in self.seen:
            return
        self.seen.add(target)
        try:
            text = self.read_text(target)
        except OSError as exc:
            out.add(path, f"cannot read included file {name!r}: {exc.strerror or exc}")
            return
        self.read(text, str(target), target.parent)


def _check_references(reader: _Reader, positions: dict[str, int]) -> list[Source]:
    """Sources, ids, quotes and units across all files."""
    sources: dict[str, Source] = {}
    texts: dict[str, str | None] = {}
    for raw, path, out, base in reader.raw_sources:
        if raw.id in sources:
            out.add(f"{path}.id", f"duplicate source id {raw.id!r}")
            continue
        source = Source(raw.id, raw.title, raw.file, raw.url, raw.plan, raw.reviews)
        sources[raw.id] = source
        texts[raw.id] = None
        if raw.file is not None and base is not None:
            try:
                texts[raw.id] = _squash(reader.read_text(base / raw.file))
            except OSError as exc:
                out.add(f"{path}.file", f"cannot read source file {raw.file!r}: "
                        f"{exc.strerror or exc}")  # fmt: skip
    ids: dict[str, str] = {}
    for c, path, out in reader.commitments:
        if c.id in ids:
            out.add(f"{path}.id", f"duplicate commitment id {c.id!r} (first at {ids[c.id]})")
        ids.setdefault(c.id, path)
    records: list[tuple[Commitment | Outcome, str, _Problems]] = [
        *reader.commitments, *reader.outcomes
    ]
    for record, path, out in records:
        if record.source not in sources:
            known = ", ".join(sorted(sources)) or "none defined"
            out.add(f"{path}.source", f"unknown source {record.source!r} (known: {known})")
            continue
        text = texts[record.source]
        if text is None:
            continue
        at = quote_position(record.quote, text)
        if at is not None and isinstance(record, Commitment):
            positions.setdefault(record.id, at)
        if at is None:
            out.add(f"{path}.quote", f"the quote {record.quote!r} is not in the source "
                    f"{sources[record.source].file}", "copy it verbatim; white space is ignored, "
                    "and pieces joined by … must occur in order")  # fmt: skip
    _check_units(reader)
    return list(sources.values())


def _check_units(reader: _Reader) -> None:
    """An outcome whose unit cannot meet its commitment's target (亩 against 个) is an error."""
    units: dict[tuple[str, str], tuple[str, Commitment]] = {}
    for c, _, _ in reader.commitments:
        if c.target.kind == "threshold":
            units.setdefault((c.indicator, c.target.measure), (c.target.unit, c))
    for o, path, out in reader.outcomes:
        known = units.get((o.indicator, o.measure))
        if known is not None and o.value is not None and not compatible(o.unit, known[0]):
            out.add(f"{path}.value", f"unit {o.unit or 'none'} cannot be compared with the "
                    f"{known[0] or 'plain number'} of commitment {known[1].id!r} "
                    f"({o.indicator})", "use a unit of the same kind, or another indicator")  # fmt: skip


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def quote_position(quote: str, squashed_source: str) -> int | None:
    """Where a quote's last piece stands in a source with white space removed, or None if the
    quote is not there. Pieces joined by … must occur in order; the last one holds the number."""
    pos, last = 0, None
    for piece in _squash(quote).split("…"):
        if not piece:
            continue
        found = squashed_source.find(piece, pos)
        if found < 0:
            return None
        last, pos = found, found + len(piece)
    return last


def _read_file(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def loads(text: str, *, file: str | None = None, read_text: Callable[[Path], str] | None = None
          ) -> Data:  # fmt: skip
    """Read data from TOML text. Raises DataError listing every problem, each located.

    ``file`` names the text in messages and is the base for ``include`` and source files.
    """
    reader = _Reader(read_text or _read_file)
    base = None
    if file is not None:
        base = Path(file).resolve().parent
        reader.seen.add(Path(file).resolve())
    reader.read(text, file, base)
    positions: dict[str, int] = {}
    sources = _check_references(reader, positions)
    if reader.problems:
        raise DataError(reader.problems)
    return Data(
        tuple(c for c, _, _ in reader.commitments),
        tuple(o for o, _, _ in reader.outcomes),
        tuple(sources),
        reader.tolerances or Tolerances(),
        reader.title,
        reader.unreviewed,
        positions,
    )


def load(path: str | Path) -> Data:
    """Read a data file and the files it includes. Raises DataError (every problem, located)."""
    p = Path(path)
    try:
        text = _read_file(p)
    except OSError as exc:
        raise DataError([Problem(f"cannot read the file: {exc.strerror or exc}", str(p))]) from None
    except UnicodeDecodeError:
        raise DataError([Problem("the file is not UTF-8 text", str(p))]) from None
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
                problems.append(Problem(f"commitment id {c.id!r} is used in two data sets",
                                        hint="give each commitment a unique id"))  # fmt: skip
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
        doc["method"] = data.tolerances.as_strings()
    return doc


def _commitment_dict(c: Commitment) -> dict[str, Any]:
    t = c.target
    d: dict[str, Any] = {"id": c.id, "year": c.year, "area": c.area, "indicator": c.indicator,
                         "quote": c.quote, "source": c.source, "kind": t.kind}  # fmt: skip
    if t.kind == "threshold":
        d["target"] = t.threshold_text()
    d.update(measure=t.measure, strength=t.strength, relation=t.relation, reference=t.reference,
             baseline=c.baseline, note=c.note)  # fmt: skip
    return _drop_defaults(d, {"kind": "threshold", "measure": "level", "strength": "binding"})


def _outcome_dict(o: Outcome) -> dict[str, Any]:
    d: dict[str, Any] = {"indicator": o.indicator, "year": o.year}
    if o.value is not None:
        d["value"] = format_amount(o.value, o.unit)
    d.update(measure=o.measure, hedge=o.hedge, done=o.done, quote=o.quote, source=o.source,
             note=o.note)  # fmt: skip
    return _drop_defaults(d, {"measure": "level", "hedge": "exact"})


def dumps(data: Data) -> str:
    """Write ``data`` as TOML text that ``loads`` reads back to equal data."""
    return tomli_w.dumps(to_document(data))
