"""Targets of several places in one text: a news round-up of a province's cities' targets.

濮阳、漯河、三门峡、信阳的预期目标是“增长7%以上”; 其次是新乡市,为“增长15%以上”; “增长8%以上”的地市有
郑州、周口、信阳. Each figure is the target of the places named with it (before it in its sentence,
since the figure before; or after it, as 的地市有 lists them), of the indicator the text names last
before it (从固定资产投资增长目标对比来看: the paragraph's). A text is read so where it sets targets
of three places or more in so many words (某某的目标是, 某某的预期目标为), and where it sets one
place's target so, quoting the figure (南阳市的目标比较靠前,为“增长11%左右”), or several places'
targets respectively (宿迁和连云港两市提出的…目标分别是6.5%和7%: the k-th figure the k-th place's):
a report of one place that names another's target now and then is read as ever. Outside
round-ups, a figure named by a place alone (天河区…GDP为6551.26亿,越秀区则增长4.5%) is that
place's figure of its paragraph's indicator (``Roundup.of_topic``).
"""

from __future__ import annotations

import bisect
import re
from typing import Final, NamedTuple

import attrs

from .._catalogue import Catalogue, Indicator
from .._kinds import HELD_BY_RE
from .._places import PREFECTURES, PROVINCES
from .._text import near
from .._units import RANK
from .area import is_place
from .candidate import Candidate

_KNOWN: Final = "|".join(sorted((*PREFECTURES, *PROVINCES), key=len, reverse=True))
# a place's name: a province's or a prefecture's, as written (漯河, 漯河市, 广东省), or a county's
# or a district's after a break (周口市、新乡市, 以及平顶山; 其次是鹿邑县)
_PLACE_RE: Final = re.compile(
    rf"(?P<known>{_KNOWN})(?:市|省|地区|盟|州)?"
    r"|(?<=[、，,；;：:。\s“”是为有及和与])(?P<other>[\u4e00-\u9fff]{2,3}[县区])"
)
# a place's own target, in so many words, and its figure soon after (漯河市的目标为“增长11%以上”,
# 信阳的预期目标是, 南阳市,其预期目标为; not 郑州市的发展目标是建设国家中心城市); three or more
# such places make a round-up
_OWN_GOAL_RE: Final = re.compile(
    rf"(?P<place>{_KNOWN})(?:市|省|地区|盟|州)?(?:等地)?(?:的|[,，]\s*其)(?:预期|增长)?目标"
    r"(?=[^。；;！？!?\n]{0,12}?[0-9])"
)
_GOAL_RE: Final = re.compile("目标")
# a name that is a place's alone, but for words that lead to its figure (越秀区则, 南阳市也)
_BARE_PLACE_RE: Final = re.compile(
    rf"(?:(?P<known>(?:{_KNOWN})(?:市|省)?)|(?P<other>[\u4e00-\u9fff]{{2,3}}[县区]))"
    "(?:则|也|亦|为|达|实现|同比|比上年)*"
)
_BARE_MAX: Final = 10  # (a longer name is no place's alone: the pattern is not tried on it)
_GOAL_REACH: Final = 20
_ROUNDUP_MIN: Final = 3
# places whose targets a sentence gives respectively (宿迁和连云港两市提出的今年GDP增速预期目标分别
# 是6.5%和7%): the first figure after 分别 is the first place's, the second the second's
_RESPECTIVE_RE: Final = re.compile(
    rf"(?:{_KNOWN})(?:市|省)?\s*(?:[、和与及]\s*(?:{_KNOWN})(?:市|省)?\s*)+"
    r"(?:[^。；;！？!?\n\d]|[0-9]{4}年){0,30}?目标[^。；;！？!?\n\d]{0,10}?分别"
)
_RESPECTIVE_ANCHOR_RE: Final = re.compile("分别")
_RESPECTIVE_REACH: Final = 80
# words between the places and a figure that make it no place's own: the whole area's (支持郑州、
# 洛阳加快发展,全省地区生产总值增长目标为6%左右) or a share of it (三市…占全省比重目标达到40%)
_NOT_THEIRS_RE: Final = re.compile("全省|全市|全县|全区|我省|我市|我县|我区|占|比重")
# the places a figure is the target of, listed after it (“增长8%以上”的地市有郑州、周口、信阳)
_HELD_BY_RE: Final = re.compile(r"\s*[”」\"]?" + HELD_BY_RE.pattern)
# a figure that opens a quotation (为“增长11%左右”, 目标为“保8%): a place's target quoted
_QUOTED_RE: Final = re.compile(r"[“「\"](?:增长|增速|下降|保|争|力争|确保|达到|超过|突破)?\s*\Z")
_SENTENCE_END_RE: Final = re.compile("[。！？!?；;\n]")
_JOINED_RE: Final = re.compile(r"\s*[、，,]\s*[^\d，,。；;]{0,3}\Z")  # 保8%、争9%: the same places


class Held(NamedTuple):
    """A round-up's figure: the indicator it is of, the places it is set for, and where its
    words start (the first place named before it)."""

    entry: Indicator
    places: list[str]
    begin: int


class Roundup:
    """The places a round-up's target figures are each set for, and the indicator each is of."""

    def __init__(self, work: str, cat: Catalogue) -> None:
        self.work = work
        self.catalogue = cat
        held = _own_goals(work)
        self.on = len(held) >= _ROUNDUP_MIN
        self.some = bool(held)  # (a place's target quoted, 南阳市的目标…为“增长11%左右”)
        self._topics: tuple[list[int], list[Indicator]] | None = None
        self.last: tuple[int, list[str]] = (-1, [])  # the figure before: its end, its places
        self.respective = _respective(work)
        self._ends: list[int] | None = None
        self.taken: dict[int, int] = {}  # how many figures each 分别 has given out

    @property
    def starts(self) -> list[int]:
        """Where the text names each catalogue indicator (see ``entries``)."""
        return self._found()[0]

    @property
    def entries(self) -> list[Indicator]:
        """The catalogue indicators the text names, in text order."""
        return self._found()[1]

    def _found(self) -> tuple[list[int], list[Indicator]]:
        if self._topics is None:
            found = self.catalogue.find(self.work)
            self._topics = ([f.start for f in found], [f.indicator for f in found])
        return self._topics

    def held(self, start: int, tail: int, since: int) -> Held | None:
        """The indicator of the figure at [start, tail) (``since``: where the figure before it
        ends), the places it is set for and where its words start (at the first place named
        before it); None where it is no place's target of a round-up."""
        work = self.work
        i = bisect.bisect_left(self.respective, (start, 0)) - 1
        if i >= 0 and not _SENTENCE_END_RE.search(work, self.respective[i][1], start):
            return self._respectively(start, *self.respective[i])
        if not self.on and not (
            self.some
            and (_QUOTED_RE.search(work, max(start - 8, 0), start) or self._joined(start, since))
        ):
            return None
        if self._ends is None:  # (where sentences end: found once, for a round-up's figures)
            self._ends = [m.start() for m in _SENTENCE_END_RE.finditer(work)]
        j = bisect.bisect_left(self._ends, start)
        begin = self._ends[j - 1] + 1 if j else 0
        # (a round-up's target words may stand in its paragraph: 其次是新乡市,为“增长8%以上”)
        said = work.rfind("\n", 0, begin) + 1 if self.on else begin
        places, first, last = self._named(max(begin, since), start)
        theirs = "目标" in work[said:start] and not _NOT_THEIRS_RE.search(work, last, start)
        if places and not theirs:
            places = []  # (南阳市生产总值增长4.8%: no target words; 全省…目标为6%: the province's)
        elif not places:
            first = start
            held = _HELD_BY_RE.match(work, tail)
            if held is not None:  # (“增长8%以上”的地市有郑州、周口、信阳)
                end = _SENTENCE_END_RE.search(work, held.end())
                places = self._named(held.end(), end.start() if end else len(work))[0]
            else:
                places = self._joined(start, since)
        i = bisect.bisect_left(self.starts, start) - 1
        self.last = (tail, places)
        if not places or i < 0:
            return None
        return Held(self.entries[i], places, first)

    def of_topic(self, c: Candidate, start: int) -> Candidate:
        """``c``, whose name is a place's alone (越秀区则增长4.5%, after 天河区2023年GDP为6551.26亿:
        the place's figure of the indicator the text compares places by), named with that
        indicator, the one named last before it; else as it is."""
        name = c.indicator
        bare = _BARE_PLACE_RE.fullmatch(name) if 1 < len(name) <= _BARE_MAX else None
        if bare is None or (bare.group("other") and not is_place(bare.group("other"))):
            return c
        if c.unit == RANK or (c.unit == "percent" and c.measure != "growth"):
            return c  # (雁塔区为18%: a share, maybe; 阳新县…91位: a rank of something else)
        i = bisect.bisect_left(self.starts, start) - 1
        line = self.work.rfind("\n", 0, start)
        if i < 0 or self.starts[i] < line or not self.entries[i].measured_in(c.unit):
            return c  # (the indicator is its paragraph's, and of the figure's unit: not 45个)
        name = (bare.group("known") or bare.group("other")) + self.entries[i].name
        return attrs.evolve(c, indicator=name)

    def _respectively(self, start: int, begin: int, end: int) -> Held | None:
        """The figure at ``start``, the k-th after the 分别 at ``end`` of a list of places that
        starts at ``begin``: the k-th place's target."""
        k = self.taken.get(end, 0)
        self.taken[end] = k + 1
        places = self._named(begin, end)[0]
        i = bisect.bisect_left(self.starts, start) - 1
        if k >= len(places) or i < 0:
            return None
        return Held(self.entries[i], [places[k]], begin)

    def _joined(self, start: int, since: int) -> list[str]:
        """The places of the figure before, where this one is joined to it (保8%、争9%)."""
        tail, places = self.last
        return places if tail == since and _JOINED_RE.match(self.work, since, start) else []

    def _named(self, begin: int, end: int) -> tuple[list[str], int, int]:
        """The places named in work[begin:end], each once, as a name's prefix writes them (a
        prefecture short, 漯河; a province with its 省; a county or a district whole), and where
        the first starts and the last ends (``end`` and ``begin`` if none)."""
        out: list[str] = []
        first, last = end, begin
        for m in _PLACE_RE.finditer(self.work, begin, end):
            known = m.group("known")
            if known is None and not is_place(m.group("other")):
                continue
            name = known or m.group("other")
            if known in PROVINCES and known not in PREFECTURES:
                name = f"{known}省"
            first, last = min(first, m.start()), m.end()
            if name not in out:
                out.append(name)
        return out, first, last


def _own_goals(work: str) -> set[str]:
    """The places whose own targets a text gives in so many words (漯河市的目标为“增长11%以上”)."""
    return {m.group("place") for m in near(_OWN_GOAL_RE, _GOAL_RE, work, _GOAL_REACH)}


def _respective(work: str) -> list[tuple[int, int]]:
    """Where each list of places whose targets a sentence gives respectively starts, and where
    its 分别 ends."""
    found = near(_RESPECTIVE_RE, _RESPECTIVE_ANCHOR_RE, work, _RESPECTIVE_REACH)
    return [(m.start(), m.end()) for m in found]


def is_roundup(work: str) -> bool:
    """Whether a (folded) text gives the targets of three places or more in so many words, or
    of several respectively (宿迁和连云港两市提出的…目标分别是6.5%和7%): a round-up."""
    return len(_own_goals(work)) >= _ROUNDUP_MIN or bool(_respective(work))


def each_place(c: Candidate, held: Held, quoted: tuple[str, tuple[int, int]]) -> list[Candidate]:
    """A round-up's figure ``c``, one for each place it is set for, of the indicator the text
    compares them by (a rate of an amount its growth: 保8%), quoted as ``quoted`` (its quote and
    span: from its clause or the first place named before it, to the quotation's end)."""
    entry = held.entry
    if c.unit == "percent" and entry.family not in ("rate", "index"):
        c = attrs.evolve(c, measure="growth")
    c = attrs.evolve(c, quote=quoted[0], span=quoted[1])
    return [attrs.evolve(c, indicator=place + entry.name, place=place) for place in held.places]


__all__ = ["Held", "Roundup", "each_place", "is_roundup"]
