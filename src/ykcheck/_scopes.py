"""The scope of a text's figures: the period (where a text speaks of a part of the year, 上半年,
前三季度, 1-11月, 截至10月底, and of the whole year, 全年, 年底; whether it is a report of
progress so far) and the place (the place each text is about; a city's figures beside its
district's plan)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from typing import Final

import attrs

from ._extract import Candidate, shared_place
from ._extract.area import leading_place, other_place, place_of, prefecture_named
from ._extract.cues import PART_OF_YEAR_RE
from ._extract.roundup import is_roundup
from ._model import Commitment, Outcome, Verdict
from ._places import PROVINCES, place_prefix
from ._text import DASH, fold, squash

# words of the whole year, after words of a part of it (上半年增长5.1%,全年增长6%)
_WHOLE_YEAR_RE: Final = re.compile(
    rf"全年(?!(?:预期)?(?:目标|计划|任务))|年[底末终]|1{DASH}12月|一至十二月|12月[底末]"
)  # (not 全年目标任务过半, 年度投资计划: a plan's words)
# a note of a part of the year after a figure: 增长12%(1-11月)
_PART_NOTE_RE: Final = re.compile(rf"\s*[(（]\s*(?:{PART_OF_YEAR_RE.pattern})")
# a part of the year named as such (上半年, 一季度, 1-9月, 前10个月; not 季度观摩, 4月份的疫情)
_PART_RE: Final = re.compile(
    rf"(?<![比较与逐各前])(?:上半年|前?[一二三四]季度|(?<![0-9])(?:1|一)\s*{DASH}\s*(?:[1-9]|1[01]|[一二三四五六七八九十]"
    r"|十一)\s*月|前(?:[1-9]|1[01]|[一二三四五六七八九十]|十一)个月)"
)  # (not 较前三季度加快, 下半年以来经济持续回升: the year's)
# a text whose first line opens on a part of the year (今年以来, 2020年上半年, before any
# figure) and that never speaks of the whole: a report of progress so far, whose rates are a
# part of the year's
_SO_FAR_RE: Final = re.compile(rf"今年以来|年初以来|{_PART_RE.pattern}")
_OPENING: Final = 80  # how far the words that open a text reach
# the lines before a text's first words: a title, a date, a source, a page's path (a few lines
# with no clause in them, 海北州招商引资工作取得可喜成果 / 发布时间:2013年07月25日 / 消息来源:…)
_FURNITURE_RE: Final = re.compile(r"(?:[ \t\u3000]*[^\n，。；,;！？!?]{0,60}\n){0,6}")
# the title of a year's report (its first words speak of the year however they open)
_YEARS_TITLE_RE: Final = re.compile("统计公报|执行情况|工作总结|年报")
# a title of a part of a year (关于2023年上半年…计划执行情况的报告; not 一季度统计工作扎实推进)
_PART_TITLE_RE: Final = re.compile(
    rf"(?:19|20)[0-9]{{2}}\s*年\s*(?:上半年|前?[一二三]季度|1\s*{DASH}\s*(?:[1-9]|1[01])\s*月)"
)
_AMOUNT_RE: Final = re.compile(r"[0-9]\s*(?:[%％‰亿万千元个项家所人户亩吨]|公里)")
# a table's column head or caption that opens on a part of the year (一季度目标任务, 完成一季度
# 目标, 2019年1-3月全市重点项目完成情况表; not a heading's clause: 确保一季度“开门红”)
_HEAD_RE: Final = re.compile(
    rf"(?:(?:19|20)[0-9]{{2}}\s*年)?\s*(?:完成|实际|累计)?\s*(?:{_PART_RE.pattern})"
    r"[^，,。；;：:、“”\"]{0,24}"
)


class Times:
    """Where a text speaks of a part of the year (上半年, 前三季度, 1-11月, 截至10月底) and of the
    whole year (全年, 年底), found once for all its figures."""

    def __init__(self, text: str) -> None:
        self.text = text
        found = [(m.start(), m.end()) for m in PART_OF_YEAR_RE.finditer(text)]
        self.parts = [start for start, _ in found]
        self.part_ends = [end for _, end in found]
        self.wholes = [m.start() for m in _WHOLE_YEAR_RE.finditer(text)]
        # its first line (a title, or its first words), and the first after a title, a date, a
        # source (海北州招商引资工作取得可喜成果 / 发布时间:… / 2013年上半年,…)
        body = furniture.end() if (furniture := _FURNITURE_RE.match(text)) else 0
        self.so_far = not self.wholes and (
            self._opens_so_far(text, 0)
            or _PART_TITLE_RE.search(fold(text[:body])) is not None  # (2023年上半年…报告)
            or (
                # (not under a year's title: …统计公报, …执行情况, …工作总结)
                not _YEARS_TITLE_RE.search(text, 0, body) and self._opens_so_far(text, body)
            )
        )

    @staticmethod
    def _opens_so_far(text: str, begin: int) -> bool:
        """Whether the line at ``begin`` (up to 80 characters) opens on a part of the year,
        before any figure."""
        first = text.find("\n", begin, begin + _OPENING)
        opening = _SO_FAR_RE.search(fold(text[begin : first if first >= 0 else begin + _OPENING]))
        return opening is not None and not _AMOUNT_RE.search(text, begin, begin + opening.start())

    def partial(self, sentence: int, start: int, end: int) -> bool:
        """Whether the figure at [start, end), of a sentence that starts at ``sentence``, is of
        a part of the year: words of one stand before it in its sentence (up to its end: 上半年
        地区生产总值增长5.1%) and no words of the whole year after them, or a note after it
        (增长12%(1-11月))."""
        if _PART_NOTE_RE.match(self.text, end):
            return True
        i = bisect.bisect_right(self.part_ends, end) - 1
        if i < 0 or self.parts[i] < sentence:
            return False
        j = bisect.bisect_left(self.wholes, self.part_ends[i])
        return j == len(self.wholes) or self.wholes[j] >= end


# the words of a figure that does not add up over the year: what it is so far says nothing of
# the year's
_NO_TOTAL_RE: Final = re.compile("平均|均价|强度|指数|浓度|单位|密度|价格|余额|存量|年末|期末")
_RATE_NAME_RE: Final = re.compile("率|比重|比例")  # (a name's: not 同比 in a quote)
# the note on a result of a text of progress so far (今年以来, 上半年: its counts only)
SO_FAR: Final = "progress so far: the review reports a part of the year"


def unsettled(v: Verdict) -> bool:
    """Whether a verdict rests on a figure so far that does not settle it: one that does not
    add up over the year (an average, an intensity, a stock: 1-6月PM2.5平均浓度42微克/立方米),
    or a count whose year may still reach a floor it is below, or pass a ceiling it is
    within."""
    o = v.outcome
    if o is None or o.note != SO_FAR:
        return False
    if not o.unit or o.unit in ("percent", "permille") or "每" in o.unit:
        return True
    if _NO_TOTAL_RE.search(o.indicator + o.quote) or _RATE_NAME_RE.search(o.indicator):
        return True
    floor = v.commitment.target.comparator in (">=", ">")
    kept = v.status in ("met", "exceeded")
    return not ((floor and kept) or (v.commitment.target.comparator in ("<=", "<") and not kept))


def of_period(c: Candidate) -> Candidate:
    """``c``, named with the part of the year its table column's head names (一季度目标任务,
    一季度完成投资: 市本级一季度), so that it pairs only with a figure of the same part."""
    head = c.section
    if not head or not c.indicator or not _HEAD_RE.fullmatch(head):
        return c
    part = _PART_RE.search(head)
    assert part is not None
    return attrs.evolve(c, indicator=c.indicator + squash(part.group()))


def of_place(o: Outcome, place: str, own: str) -> Outcome:
    """``o``, named as the figure of ``place`` where its name starts with no place's, as the
    figure of the plan's ``own`` place where it starts with that (灞桥区地区生产总值: 地区生产总
    值), else as it is."""
    name = o.indicator
    lead = leading_place(name)
    if lead is not None and lead[0] == own:
        return attrs.evolve(o, indicator=name[lead[1] :])
    if place_prefix(name) or lead is not None:
        return o
    return attrs.evolve(o, indicator=place + name)


def of_roundup(
    commitments: Sequence[Commitment], held: Mapping[str, str], places: frozenset[str]
) -> tuple[list[Commitment], tuple[Commitment, ...]]:
    """The commitments to judge, and those set apart: of a round-up's targets (``held``: the
    place each of its commitments is set for, by id), those of a place the texts are about are
    named as its own (漯河地区生产总值 beside 漯河's review: 地区生产总值), those of other places
    are set apart (listed, not judged); all are judged where the texts' places are not known."""
    if not places or not held:
        return list(commitments), ()
    kept: list[Commitment] = []
    apart: list[Commitment] = []
    for c in commitments:
        place = held.get(c.id)
        if place is None:
            kept.append(c)
        elif place in places or place.removesuffix("省") in places:
            kept.append(attrs.evolve(c, indicator=c.indicator[len(place) :]))
        else:
            apart.append(c)
    return kept, tuple(apart)


def _named(place: str | None) -> str | None:
    """A place as a name's prefix says it: a province with its 省 (湖北省地区生产总值)."""
    return f"{place}省" if place in PROVINCES else place


def placed(works: list[str]) -> tuple[list[str | None], list[str | None], frozenset[str]]:
    """The place each text is read as about (``shared_place``), the place each review is about
    where it is not the plan's (``other_place``: its figures that name no place are that
    place's), and the places the texts name most, as written and short (湛江市, 湛江): no
    other place's before a name."""
    found = [place_of(w) if w else None for w in works]
    if found[0] is None and is_roundup(works[0]):  # (many places' targets beside one's review)
        found[1:] = [p or prefecture_named(w) for p, w in zip(found[1:], works[1:], strict=True)]
    other = [None] + [
        other_place(found[0], p, works[0], w) for p, w in zip(found[1:], works[1:], strict=True)
    ]
    read = shared_place(works, found, other)
    others = [_named(p) for p in other]
    named = [p for p in found if p is not None and p not in others]
    return read, others, frozenset(named) | {place_prefix(p) for p in named} - {""}


__all__ = [
    "SO_FAR",
    "Times",
    "of_period",
    "of_place",
    "of_roundup",
    "placed",
    "unsettled",
]
