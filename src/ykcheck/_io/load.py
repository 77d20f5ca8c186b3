"""Loading data files: reading a file and the files it includes, structuring each record,
checking the records against each other (ids, sources, quotes, units), and ``Data``.

Files are read only here, at the edge: ``load(path)`` reads the text (and the files it includes
and the sources its quotes are checked against) and hands it to ``loads``. Every problem of a
file and of the files it names is gathered and raised at once as a DataError, each located by
file, line, column and ``$.path``.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Collection, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import attrs

from .._errors import DataError, Problem, wrong_type
from .._model import Commitment, Data, Outcome, Source, Tolerances
from .._text import squash
from .._units import compatible
from .convert import RECORDS, source, tolerances
from .files import DEFAULT_MAX_BYTES, read_file, unreadable
from .locate import Problems
from .schema import RawFile, RawMethod, RawSource, did_you_mean
from .structure import parse_toml, raw_file, record, structure

_OUTSIDE: Final = "it is outside the data file's directory"
_OUTSIDE_HINT: Final = (
    "keep the files a data file names in its directory or below it; if you trust this data, "
    "allow it: --allow-outside on the command line, allow_outside=True in ykcheck.load"
)


@attrs.frozen
class _Entry:
    """A commitment or outcome table of a file, where it stands, and its model if it is sound."""

    kind: str  # "commitment" or "outcome"
    table: Mapping[str, Any]
    path: str
    out: Problems
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
    raw_sources: list[tuple[RawSource, str, Problems, Path | None]] = attrs.Factory(list)
    broken_sources: set[str] = attrs.Factory(set)  # ids of sources reported already
    entries: list[_Entry] = attrs.Factory(list)
    tolerances: Tolerances | None = None
    method_at: str | None = None  # where the [method] that set them stands
    title: str | None = None
    unreviewed: bool = False
    seen: set[Path] = attrs.Factory(set)
    # the includes of the file being read: (name, $.path, its file's problems, its base)
    queued: list[tuple[str, str, Problems, Path | None]] = attrs.Factory(list)
    root: Path | None = None  # the data file's directory, resolved: no file outside it is read
    allow_outside: bool = False

    def outside(self, path: Path) -> bool:
        """Whether ``path`` stands outside the data file's directory tree (symbolic links
        followed) where that is not allowed."""
        if self.root is None or self.allow_outside:
            return False
        try:
            real = Path(os.path.realpath(path))
        except ValueError:  # a NUL in the name: reading it says so
            return False
        return not real.is_relative_to(self.root)

    def read_all(self, text: str, file: str | None, base: Path | None) -> None:
        """Read a file's text, and through ``include`` the files it names, in the order of a
        depth-first walk: a file, then each file it includes with the files that one includes.
        The walk keeps its own stack, so a chain of includes of any length reads."""
        self.read(text, file, base)
        stack = self.queued[::-1]
        while stack:
            self.queued = []
            self._include(*stack.pop())
            stack += self.queued[::-1]

    def read(self, text: str, file: str | None, base: Path | None) -> None:
        """Read one file's text; the files it includes are queued."""
        self.files.append(file)
        try:
            doc = parse_toml(text, file)
        except DataError as exc:
            self.problems.extend(exc.problems)
            return
        out = Problems(file, text, self.problems)
        if not doc:
            out.add(
                "$",
                "the file is empty: it holds no commitment, outcome or source",
                "start with a [[source]] and a [[commitment]] table (docs/data-format.md)",
            )
            return
        self._take(raw_file(doc, out), out, base)

    def _take(self, raw: RawFile, out: Problems, base: Path | None) -> None:
        self.title = self.title or raw.title
        self.unreviewed = self.unreviewed or bool(raw.unreviewed)
        method = None if raw.method is None else record(raw.method, RawMethod, "$.method", out)
        if method is not None:
            given = tolerances(method)
            if self.tolerances is not None and given != self.tolerances:
                out.add(
                    "$.method",
                    f"a second [method], with other settings than the one at {self.method_at}",
                    "a data set has one [method]: keep it in one file (with its includes, a "
                    "file and the files it includes are one data set)",
                )
            elif self.tolerances is None:
                self.tolerances, self.method_at = given, out.where("$.method")
        for i, item in enumerate(raw.source):
            self._source(item, f"$.source[{i}]", out, base)
        for i, item in enumerate(raw.commitment):
            self._entry("commitment", item, f"$.commitment[{i}]", out)
        for i, item in enumerate(raw.outcome):
            self._entry("outcome", item, f"$.outcome[{i}]", out)
        for i, item in enumerate(raw.include):
            name = structure(item, str, f"$.include[{i}]", out, RawFile, "include")
            if name is not None:
                self.queued.append((name, f"$.include[{i}]", out, base))

    def _entry(self, kind: str, item: Any, path: str, out: Problems) -> None:
        cls, make = RECORDS[kind]
        raw = record(item, cls, path, out)
        made = None if raw is None else make(raw, path, out)
        if isinstance(item, dict):
            self.entries.append(_Entry(kind, item, path, out, made))

    def commitments(self) -> list[Commitment]:
        return [e.made for e in self.entries if isinstance(e.made, Commitment)]

    def outcomes(self) -> list[Outcome]:
        return [e.made for e in self.entries if isinstance(e.made, Outcome)]

    def _source(self, item: Any, path: str, out: Problems, base: Path | None) -> None:
        raw = record(item, RawSource, path, out)
        if raw is not None:
            self.raw_sources.append((raw, path, out, base))
        elif isinstance(item, dict) and isinstance(item.get("id"), str):
            self.broken_sources.add(item["id"])  # its records need no "unknown source" too

    def _include(self, name: str, path: str, out: Problems, base: Path | None) -> None:
        if base is None:
            out.add(
                path,
                f"cannot include {name!r} from text with no file location",
                "load the file with ykcheck.load, or pass file= to ykcheck.loads",
            )
            return
        if self.outside(base / name):
            out.add(path, f"cannot include {name!r}: {_OUTSIDE}", _OUTSIDE_HINT)
            return
        try:
            target = Path(os.path.realpath(base / name))  # a loop is found by reading it
            if target in self.seen:  # included twice, or a cycle
                return
            text = self.read_text(target)
        except (OSError, ValueError) as exc:
            reason, hint = unreadable(exc)
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
        sources[raw.id] = source(raw)
        texts[raw.id] = None
        if raw.file is not None and base is not None and reader.outside(base / raw.file):
            out.add(
                f"{path}.file", f"cannot read source file {raw.file!r}: {_OUTSIDE}", _OUTSIDE_HINT
            )
        elif raw.file is not None and base is not None:
            try:
                texts[raw.id] = squash(reader.read_text(base / raw.file))
            except (OSError, ValueError) as exc:
                reason, hint = unreadable(exc)
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


def _check_types(text: object, file: object, max_bytes: object, function: str = "loads") -> None:
    if not isinstance(text, str):
        raise wrong_type(function, "the TOML text as a str", text)
    if file is not None and not isinstance(file, str):
        raise wrong_type(function, "file= as a str (the text's path)", file)
    if not isinstance(max_bytes, int) or isinstance(max_bytes, bool):
        raise wrong_type(function, "max_bytes= as an int", max_bytes)
    if max_bytes < 1:
        raise ValueError(f"max_bytes must be at least 1, not {max_bytes}")


def loads(
    text: str,
    *,
    file: str | None = None,
    read_text: Callable[[Path], str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    allow_outside: bool = False,
) -> Data:
    """Read data from TOML text.

    ``file`` names the text in messages and is the base of ``include`` and source paths, which
    must stand in its directory or below it (symbolic links followed) unless ``allow_outside``:
    a data file from elsewhere cannot make ykcheck read, or tell what is in, any other file.
    ``read_text`` reads those files (default: regular UTF-8 files from disk, each of at most
    ``max_bytes`` bytes; it may raise OSError or ValueError). Raises DataError listing every
    problem of the text and of the files it names, each located by file, line, column and
    ``$.path``.
    """
    _check_types(text, file, max_bytes)
    reader = _Reader(read_text or functools.partial(read_file, max_bytes=max_bytes))
    reader.allow_outside = allow_outside
    base = None
    if file is not None:
        real = Path(os.path.realpath(file))
        base = reader.root = real.parent
        reader.seen.add(real)
    reader.read_all(text.removeprefix("\ufeff"), file, base)
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


def load(
    path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, allow_outside: bool = False
) -> Data:
    """Read a data file and the files it includes.

    Only regular files are read (never a device or a FIFO), each of at most ``max_bytes`` bytes
    (64 MiB by default). Includes and source files must stand in the data file's directory or
    below it (symbolic links followed) unless ``allow_outside``. Raises DataError (every
    problem, located), also when the file cannot be read: missing, a directory, a device, too
    large, or not UTF-8.
    """
    if not isinstance(path, str | os.PathLike):
        raise wrong_type("load", "a path (str or os.PathLike)", path)
    _check_types("", None, max_bytes, "load")
    p = Path(path)
    try:
        text = read_file(p, max_bytes)
    except (OSError, ValueError) as exc:
        reason, hint = unreadable(exc)
        hint = hint or "give the path of a TOML data file, e.g. data/commitments.toml"
        raise DataError([Problem(f"cannot read the file: {reason}", str(p), hint=hint)]) from None
    return loads(text, file=str(p), max_bytes=max_bytes, allow_outside=allow_outside)


def merge(datas: Sequence[Data], names: Sequence[str] | None = None) -> Data:
    """Several loaded data sets as one, the same in whatever order they are given. Raises
    DataError on a commitment id used in two of them, a source id defined differently in two,
    or two that change the tolerances ([method]) differently; a data set that keeps the default
    tolerances takes those another sets. The title is each set's own, in alphabetical order.
    ``names`` (their files, say) name the data sets in messages."""
    if len(datas) == 1:
        return datas[0]
    named = list(names) if names is not None else [f"data set {i + 1}" for i in range(len(datas))]
    problems = []
    commitments: dict[str, int] = {}
    sources: dict[str, tuple[Source, str]] = {}
    for i, (d, name) in enumerate(zip(datas, named, strict=True)):
        for c in d.commitments:
            if commitments.setdefault(c.id, i) != i:
                problems.append(
                    Problem(
                        f"commitment id {c.id!r} is used in {named[commitments[c.id]]} and in "
                        f"{name}",
                        hint="give each commitment a unique id",
                    )
                )
        for s in d.sources:
            first, where = sources.setdefault(s.id, (s, name))
            if first != s:
                problems.append(
                    Problem(
                        f"source id {s.id!r} is defined differently in {where} and in {name}",
                        hint="give each source its own id, or define it the same way in both",
                    )
                )
    changed = sorted(
        {f"{name}: {_settings(d.tolerances)}" for d, name in zip(datas, named, strict=True)}
        - {f"{name}: " for name in named}
    )
    if len({d.tolerances for d in datas} - {Tolerances()}) > 1:
        problems.append(
            Problem(
                "the data sets set different tolerances in [method]: " + "; ".join(changed),
                hint="set [method] in one data set only, or the same in each",
            )
        )
    if problems:
        raise DataError(problems)
    return Data(
        tuple(c for d in datas for c in d.commitments),
        tuple(o for d in datas for o in d.outcomes),
        tuple(sorted((s for s, _ in sources.values()), key=lambda s: s.id)),
        next(iter({d.tolerances for d in datas} - {Tolerances()}), Tolerances()),
        " · ".join(sorted({d.title for d in datas if d.title})) or None,
        any(d.unreviewed for d in datas),
        {k: v for d in datas for k, v in d.positions.items()},
    )


def _settings(t: Tolerances) -> str:
    """The settings of ``t`` that differ from the defaults: near_miss_ratio = 0.8."""
    default = Tolerances().as_strings()
    return ", ".join(f"{k} = {v}" for k, v in t.as_strings().items() if default[k] != v)


def bundled_data() -> Path:
    """The data file shipped with ykcheck (Yongkang's plans and reviews): inside the installed
    package, or ``data/`` of the source tree in an editable install."""
    package = Path(__file__).resolve().parents[1]
    installed = package / "bundled" / "commitments.toml"
    return installed if installed.is_file() else package.parents[1] / "data" / "commitments.toml"
