"""The indicator catalogue: the indicators reports set targets on, with the names they write.

A report's 全市地区生产总值, another's 生产总值 and a third's GDP are one indicator; 城镇居民人均
可支配收入 is another than 居民人均可支配收入. The catalogue is data (``catalogue/indicators.toml``,
which a user file can extend): each entry has a canonical name, the aliases reports write, an
English name, its usual measure, its unit family, and whether less is better. Names are compared
after folding (traditional characters, full-width forms) and without the filler reports put
around them (全市, 全年, 实现, 完成 …).
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Final, NamedTuple, TypeVar

import attrs

from ._errors import DataError, Problem
from ._io.files import read_file, unreadable
from ._io.structure import parse_toml
from ._text import fold, squash
from ._units import FACTORS, dimension
from ._vocab import MEASURES, Measure

_SHIPPED: Final = Path(__file__).resolve().parent / "catalogue" / "indicators.toml"

# Words around a name that say nothing of what is measured: the whole area (全市, 全县, 我市),
# the year (全年, 年度) and the verbs of reporting (实现, 完成, 达到). (In a city's text 全省 and
# 全国 name a wider area: extraction, which knows whose text it is, keeps them in the name, and
# pairing tells the names apart.)
_FILLER: Final = (
    "全市", "全县", "全区", "全省", "全州", "全盟", "全旗", "全镇", "全乡", "全域", "全社会",
    "我市", "我县", "我区", "我省", "本市", "本县", "本区", "全年", "年度", "今年", "去年",
    "全体", "实现", "完成", "达到", "共计", "累计", "预计", "力争", "确保", "争取", "其中",
    "全国", "我国", "年末", "年底",
)  # fmt: skip
_FILLER_RE: Final = re.compile("(?:" + "|".join(sorted(_FILLER, key=len, reverse=True)) + ")+")
# a year (2024年), a remark in brackets (生产总值(GDP)) and words of growth or size after a name
_NOISE_RE: Final = re.compile(
    r"(?:19|20)[0-9]{2}年(?:度)?|[（(][^（()）]{0,12}[）)]|"
    r"(?:的)?(?:增长|增速|增幅|总量|规模|同比|比上年|较上年|分别|为|达|总人数|人数|人员|"
    r"数量|总数)+$"
)
# the dimensions (base units of the registry) of each family's figures
_DIMENSIONS: Final = {
    "money": ("元", "美元"), "count": ("个",), "persons": ("人",), "households": ("户",),
    "area": ("平方米",), "energy": ("千瓦时", "吨"), "power": ("瓦",), "mass": ("吨",),
    "length": ("米",), "volume": ("立方米",), "concentration": ("微克每立方米",),
    "duration": ("天", "年"), "visits": ("人次",),
}  # fmt: skip
_ANY_FAMILY: Final = frozenset({"", "百分点", "位次"})
FAMILIES: Final = frozenset(
    (
        "money", "rate", "count", "persons", "households", "area", "energy", "power", "mass",
        "length", "volume", "concentration", "duration", "visits", "rank", "index",
    )
)  # fmt: skip


@functools.lru_cache(maxsize=8192)  # a report names the same few dozen indicators again and again
def normalize(name: str) -> str:
    """A name as the catalogue compares it: folded, without white space, years, remarks in
    brackets, leading filler (全市, 全年, 实现) or trailing growth words (增长, 增速)."""
    key = squash(fold(name))
    while True:  # until nothing more comes off: a removal may bare more (增长 before a remark)
        last = key
        key = _NOISE_RE.sub("", key) or key
        m = _FILLER_RE.match(key)
        if m is not None and m.end() < len(key):
            key = key[m.end() :]
        if key == last:
            return key


def is_filler(name: str) -> bool:
    """Whether a name says nothing of what it measures: years and words of time or doing only
    (2024年预计, 全年实现); not a name of another area or year (全省, 全国, 去年), which says
    whose figure it is."""
    key = _NOISE_RE.sub("", squash(fold(name)))
    return not key or _TIME_WORDS_RE.fullmatch(key) is not None


_TIME_WORDS_RE: Final = re.compile(
    "(?:全年|今年|本年|年度|实现|完成|达到|预计|力争|确保|争取|共计)+"
)


def _trie(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, the longest where several match, written
    as a trie (地区(?:生产总值|…)): Python's ``re`` tries the branches of a plain alternation one by
    one, a trie's only along the text's own characters. (No library does this small thing.)"""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and ("" not in node or len(branches[0]) == 1):
            body = branches[0]
        else:
            body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body  # greedy: the longer word first

    return emit(root) if root else "(?!)"


@attrs.frozen
class Indicator:
    """An entry of the catalogue."""

    name: str
    en: str
    aliases: tuple[str, ...] = ()
    measure: Measure = "growth"
    family: str = "money"
    lower_is_better: bool = False
    area: str = ""
    related: tuple[str, ...] = ()  # entries that measure it another way, or split it

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name and the aliases."""
        return (self.name, *self.aliases)

    def measured_in(self, unit: str) -> bool:
        """Whether a figure in ``unit`` (a registry name) can be one of this indicator's: of its
        family, or a rate, a rank or a plain number, which any indicator may be given in (its
        growth, its place). 2项 after 一般公共预算收入 counts items, not money."""
        if unit not in FACTORS:
            return True
        return dimension(unit) in _ANY_FAMILY or dimension(unit) in _DIMENSIONS.get(
            self.family, (dimension(unit),)
        )


class Found(NamedTuple):
    """A catalogue name found in a text: the entry, and where its name stands. (A tuple: one is
    made for every catalogue name in the clause of every figure extracted.)"""

    indicator: Indicator
    start: int
    end: int


class Catalogue:
    """Indicators by every name they go by."""

    def __init__(self, indicators: Iterable[Indicator]) -> None:
        self.indicators: tuple[Indicator, ...] = tuple(indicators)
        # a name two entries share is the first one's, in get and find alike (a user's entries
        # come first: see ``extended``)
        self._by_key: dict[str, Indicator] = {}
        self._by_name: dict[str, Indicator] = {}
        for ind in self.indicators:
            for name in ind.names:
                self._by_key.setdefault(normalize(name), ind)
                self._by_key.setdefault(squash(fold(name)), ind)
                self._by_name.setdefault(squash(fold(name)), ind)
        names = list(self._by_name)
        self._names_re = re.compile(_trie(names))
        # the names spelt backwards, for a match anchored at the end of a text (see ``ending``)
        self._backwards = _trie([n[::-1] for n in names])
        self._ending_res: dict[tuple[str, ...], re.Pattern[str]] = {}

    def __len__(self) -> int:
        return len(self.indicators)

    def __iter__(self) -> Iterator[Indicator]:
        return iter(self.indicators)

    def get(self, name: str) -> Indicator | None:
        """The entry ``name`` names, whole: a canonical name or an alias, with filler around it
        (全市地区生产总值, 2024年GDP增长) but nothing that narrows it (城镇居民…, 某某区…)."""
        return self._by_key.get(normalize(name))

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Found]:
        """Every catalogue name in ``text[start:end]`` (a folded text), longest first where
        names overlap, in text order."""
        stop = len(text) if end is None else end
        return [
            Found(self._by_name[m.group()], m.start(), m.end())
            for m in self._names_re.finditer(text, start, stop)
        ]

    def ending(self, text: str, gap: tuple[str, ...] = ()) -> Found | None:
        """The catalogue name that ends ``text`` (a folded text), but for any number of the
        words ``gap`` after it (地区生产总值 in 全市地区生产总值增长, with 增长 a gap word): the
        one nearest the end, the longest there. The match is anchored at the end of the text,
        read backwards: its cost does not grow with the words before the name."""
        pattern = self._ending_res.get(gap)
        if pattern is None:
            words = "|".join(re.escape(w[::-1]) for w in sorted(gap, key=len, reverse=True))
            pattern = re.compile(f"(?:{words or '(?!)'})*?({self._backwards})")
            self._ending_res[gap] = pattern
        m = pattern.match(text[::-1])
        if m is None:
            return None
        start, end = len(text) - m.end(1), len(text) - m.start(1)
        return Found(self._by_name[text[start:end]], start, end)

    def related(self, entry: Indicator) -> list[Indicator]:
        """The entries related to ``entry`` (either names the other in ``related``)."""
        return [
            ind
            for ind in self.indicators
            if ind is not entry and (ind.name in entry.related or entry.name in ind.related)
        ]

    def nearest(self, name: str, n: int = 3) -> list[Indicator]:
        """The entries whose names are closest to ``name`` (for suggestions)."""
        keys = difflib.get_close_matches(normalize(name), list(self._by_key), n=n * 3, cutoff=0.5)
        return list(dict.fromkeys(self._by_key[k] for k in keys))[:n]

    def extended(self, indicators: Iterable[Indicator]) -> Catalogue:
        """This catalogue with more entries, which come first: an entry of the same name
        replaces the shipped one, and a name (alias) both give is the new entry's."""
        more = list(indicators)
        names = {ind.name for ind in more}
        return Catalogue([*more, *(i for i in self.indicators if i.name not in names)])


_T = TypeVar("_T")


def _field(
    table: dict[str, Any],
    key: str,
    kind: type[_T],
    default: _T,
    where: str,
    out: list[Problem],
    file: str,
) -> _T | None:
    """``table[key]`` if it is a ``kind`` (a list: of strings), else a problem and None."""
    value = table.get(key, default)
    ok = isinstance(value, kind) and (
        not isinstance(value, list) or all(isinstance(x, str) for x in value)
    )
    if not ok or (kind is not bool and isinstance(value, bool)):
        wanted = {str: "text", bool: "true or false", list: "a list of strings"}[kind]
        out.append(Problem(f"{key} must be {wanted}, not {value!r}", file, path=f"{where}.{key}"))
        return None
    return value  # type: ignore[no-any-return]  # checked: a kind


def _entry(table: Any, where: str, problems: list[Problem], file: str) -> Indicator | None:
    if not isinstance(table, dict) or not isinstance(table.get("name"), str):
        problems.append(Problem("an indicator needs a name", file, path=where, hint='name = "…"'))
        return None
    before = len(problems)
    en = _field(table, "en", str, "", where, problems, file)
    aliases = _field(table, "aliases", list, [], where, problems, file)
    lower = _field(table, "lower_is_better", bool, False, where, problems, file)
    area = _field(table, "area", str, "", where, problems, file)
    related = _field(table, "related", list, [], where, problems, file)
    measure = table.get("measure", "growth")
    family = table.get("family", "money")
    if measure not in MEASURES:
        problems.append(
            Problem(f"measure {measure!r} is not growth or level", file, path=f"{where}.measure")
        )
    if family not in FAMILIES:
        hint = "one of " + ", ".join(sorted(FAMILIES))
        problems.append(
            Problem(f"unknown family {family!r}", file, path=f"{where}.family", hint=hint)
        )
    if len(problems) > before:
        return None
    assert en is not None and aliases is not None and lower is not None
    assert area is not None and related is not None
    return Indicator(
        table["name"], en, tuple(aliases), measure, family, lower, area, tuple(related)
    )


def read(text: str, file: str = "<string>", known: Iterable[str] = ()) -> list[Indicator]:
    """The entries of a catalogue file's text. Raises DataError listing every problem, each
    at its ``$.indicator[i]`` path (a TOML syntax error at its line). ``known``: names of
    entries outside the file that its ``related`` may name (the shipped ones, for a user's
    file)."""
    doc = parse_toml(text, file)
    problems: list[Problem] = []
    found: list[tuple[int, Indicator]] = []
    for i, table in enumerate(doc.get("indicator", [])):
        entry = _entry(table, f"$.indicator[{i}]", problems, file)
        if entry is not None:
            found.append((i, entry))
    names = {ind.name for _, ind in found} | set(known)
    for i, ind in found:
        problems += [
            Problem(f"related names no entry: {r!r}", file, path=f"$.indicator[{i}].related")
            for r in ind.related
            if r not in names
        ]
    if problems:
        raise DataError(problems)
    return [ind for _, ind in found]


@functools.cache
def shipped() -> Catalogue:
    """The catalogue that ships with ykcheck."""
    return Catalogue(read(_SHIPPED.read_text(encoding="utf-8"), str(_SHIPPED)))


def load_catalogue(path: str | Path | None = None) -> Catalogue:
    """The shipped catalogue, extended with the entries of the file at ``path`` (if given).
    Raises DataError if that file cannot be read or has problems."""
    base = shipped()
    if path is None:
        return base
    p = Path(path)
    try:
        text = read_file(p)
    except (OSError, ValueError) as exc:
        reason, hint = unreadable(exc)
        raise DataError(
            [Problem(f"cannot read the catalogue: {reason}", str(p), hint=hint)]
        ) from None
    return base.extended(read(text, str(p), (ind.name for ind in base)))


__all__ = ["Catalogue", "Found", "Indicator", "is_filler", "load_catalogue", "normalize", "shipped"]
