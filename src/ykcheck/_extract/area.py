"""The place a text is about, and the areas it names beside it: whether 全省 in a city's text is
the province's (a wider area) or, in the province's own text, its own."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

from .._places import AREAS, PREFECTURES, PROVINCES
from .._text import near

_PLACE_RE: Final = re.compile(r"[\u4e00-\u9fff]{2,3}(?:省|市|县|区|州|盟|旗)")
_PLACE_END_RE: Final = re.compile("[省市县区州盟旗]")
_NOT_A_PLACE: Final = (
    "开区", "新区", "园区", "片区", "自治区", "景区", "社区", "城区", "示范区", "试验区", "保税区",
    "集聚区", "功能区", "街区", "山区", "库区", "老区", "矿区", "牧区", "辖区", "市区", "县区",
    "城市", "全省", "地区", "湾区", "全区", "贸区", "全市", "全县", "强县", "强区", "强市",
    "发区", "展区", "心区", "先行区", "实验区", "度假区", "示范县", "大县", "中心镇", "重镇",
    "强镇", "名镇", "特色镇", "城镇", "乡镇", "小镇", "集镇", "各区", "各县", "各市", "各省",
    "各州", "各旗", "各镇", "本市", "本县", "本区", "我市", "我县", "我区", "我省",
)  # fmt: skip
# what may stand right before a place's name: a break, a year or a date, a preposition
_BEFORE_A_NAME: Final = frozenset(
    '，。；：、！？,.;:!?()（）“”"《》【】|｜0123456789年月日在于为是对向和与及至到的'
)
_NOT_AFTER: Final = ("场", "域", "长", "间", "级", "位")  # 消费市场, 县域, 省长, 区间, 省级, 区位


# the words of a plan that say its level (全市地区生产总值); not the league of a rank or the
# term of a comparison (居全市第一, 领跑全市, 高于全省平均)
_LEVEL_RE: Final = re.compile(
    "(?<![居跑列于在])全(市|县|区|省)(?![^，。；,;]{0,8}?(?:第|前列|首位|平均|领先|排名))"
)

# how much of a text's opening is read for the place it is about: a report names its place
# early and often; counting each name over a whole corpus would cost time in its length squared
_PLACE_WINDOW: Final = 20_000

_PROVINCE_RE: Final = re.compile("|".join(PROVINCES))


def is_place(name: str) -> bool:
    """Whether a name that ends in 省, 市, 县, 区 or 镇 may be a place's (not 开发区, 全市, 城区,
    建设省)."""
    return not name.endswith(_NOT_A_PLACE) and (name[-1] != "省" or name[:-1] in PROVINCES)


# a place's name (and a year) at a name's start: 吉林省地区生产总值, 2024年惠州市…, 灞桥区…
_LEADING_PLACE_RE: Final = re.compile(r"(?:(?:19|20)[0-9]{2}年)?([\u4e00-\u9fff]{2,3}[省市县区镇])")


def leading_place(name: str) -> tuple[str, int] | None:
    """The place a name starts with (after a year), and where it ends; None if none."""
    m = _LEADING_PLACE_RE.match(name)
    return (m.group(1), m.end()) if m is not None and is_place(m.group(1)) else None


_TITLE_MAX: Final = 60  # a text's first line, where it names its place, is its title if short
_CLAUSE_MARK_RE: Final = re.compile("[，。；,;：:!！?？]")


def place_of(text: str) -> str | None:
    """The place a text is about: the place name (某某市, 某某县, or a province's short name) its
    opening names most (by its short name too: 惠州市 is also 惠州), twice or more (its title
    counts twice), and clearly more than any other."""
    work = text[:_PLACE_WINDOW]
    counts: dict[str, int] = {}
    ends = set()  # where the names read end: a district's name may follow its city's
    for m in near(_PLACE_RE, _PLACE_END_RE, work, 4):
        name, start = m.group(), m.start()
        if len(name) == 4 and work.count(name[1:-1]) > work.count(name[:-1]):
            name, start = name[1:], start + 1  # 年屯昌县: the word before is no part of it
        if (
            is_place(name)
            and not work.startswith(_NOT_AFTER, m.end())
            and (
                not start
                or work[start - 1] in _BEFORE_A_NAME
                or work[start - 1].isspace()
                or start in ends  # (苏州市吴中区)
            )
        ):
            ends.add(start + len(name))
            counts[name] = 0  # (a name after a word's end: not 建设省级, 完成市级, 落实省委)
    for name in counts:  # 惠州市 is also written 惠州
        counts[name] = work.count(name[:-1] if len(name) > 2 else name)
    for m in _PROVINCE_RE.finditer(work):
        counts[m.group()] = counts.get(m.group(), 0) + 1
    first = work.find("\n", 0, _TITLE_MAX)
    title = work[: first if first >= 0 else _TITLE_MAX]
    if not _CLAUSE_MARK_RE.search(title):  # (a title: a line with no clause in it)
        for name in counts:  # (2009年湖北省国民经济和社会发展统计公报: it names it once)
            if name in title:
                counts[name] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))
    if not ranked or ranked[0][1] < 2:
        return None
    best, most = ranked[0]
    short = best[:-1] if len(best) > 2 else best
    rivals = [n for n, k in ranked[1:] if short not in n and n not in best and 3 * k >= 2 * most]
    # (a wider place written right before one of them is not its rival: (江苏省)苏州市吴中区
    # 人民政府工作报告 … 江苏、苏州工作 is 吴中区's text)
    near_best = (best, *rivals)
    kept = [n for n in near_best if not any(_within(m, n, work) for m in near_best)]
    known = [n for n in kept if _prefecture(n)]
    if len(kept) > 1 and len(known) == 1 and all(n[-1] == "市" for n in kept):
        return known[0]  # (孝感市 beside 代表市, a word's end: 梁伟年代表市政府)
    if len(kept) != 1:
        return None  # 沧州 beside 邯郸, about as often: the text is about neither alone
    return kept[0]


_PREFECTURE_RE: Final = re.compile(
    "|".join(sorted(PREFECTURES - frozenset(PROVINCES), key=len, reverse=True))
)


_SHORT_MIN: Final = 3  # (广州各区…, 广州11区 twice: a round-up of 广州's districts, not 广州's)


def prefecture_named(text: str) -> str | None:
    """The prefecture a text names most by its short name (当前的南阳,… 生产总值增长4.8%: a
    review that never writes 南阳市), three times or more and over twice as often as any other;
    None if none. (Asked only of a review beside a plan that names no place: a district's text
    names its city so too.)"""
    work = text[:_PLACE_WINDOW]
    counts = Counter(m.group() for m in _PREFECTURE_RE.finditer(work))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _SHORT_MIN:
        return None
    if len(ranked) > 1 and 2 * ranked[1][1] > ranked[0][1]:
        return None
    return f"{ranked[0][0]}市"


def _prefecture(name: str) -> bool:
    """Whether a 市's name is a prefecture's (孝感市; not 代表市, nor 永康市)."""
    return name[-1] == "市" and name[:-1] in PREFECTURES


_RANK: Final = {"省": 0, "市": 1, "区": 2, "县": 2}


def _within(low: str, wide: str, work: str) -> bool:
    """Whether ``low`` is written right after ``wide``, a place of a wider level (苏州市吴中区,
    (江苏省)苏州市)."""
    if _RANK[_level(wide)] >= _RANK[_level(low)]:
        return False
    return re.search(f"{re.escape(wide)}省?[)）]?{re.escape(low)}", work) is not None


def shared_place(
    works: Sequence[str], places: Sequence[str | None], others: Sequence[str | None]
) -> list[str | None]:
    """The place each of a plan (``works[0]``, "" for none) and its reviews is read as about,
    given the place each names most (``places``, ``place_of``'s): where the plan names one, its
    own place for itself and for each review but a review of another place (``others``, as
    ``other_place`` tells, with None for the plan), which is read as that place's. Else each
    review's own place, where it is of the level the plan speaks of (全市: a city) and, if the
    plan does not say, the reviews that name one agree; "" where not (a city's review beside its
    province's: no place name before a figure of the province's may be dropped); None where a
    text names none."""
    own = places[0]
    if own is not None:
        return [other or own for other in others]
    level = Counter(_LEVEL_RE.findall(works[0])).most_common(1)
    named = {short_place(p) for p in places[1:] if p is not None}
    out: list[str | None] = [None]
    for p in places[1:]:
        if p is None:
            out.append(None)
        elif (level and _level(p) != level[0][0]) or (not level and len(named) > 1):
            out.append("")  # a city's plan, a province's review
        else:
            out.append(p)
    return out


def _parent(city: str, own: str, plan: str, review: str) -> bool:
    """Whether ``city``, a ``review``'s place, is the city of the district or county ``own`` the
    plan is about, as the plan names them together (西安市灞桥区), and the review speaks as the
    city (全市, never 全区): the review is the city's, and what it reports without a place's
    name is the city's, not the plan's place's."""
    if own[-1] not in "区县" or city[-1] != "市" or short_place(city) in own:
        return False
    levels = set(_LEVEL_RE.findall(review))
    if "市" not in levels or own[-1] in levels:
        return False  # (灞桥区…全区地区生产总值增长6.5%: the district's own, naming its city)
    return re.search(f"{re.escape(short_place(city))}市?{re.escape(own)}", plan) is not None


def other_place(own: str | None, place: str | None, plan: str, review: str) -> str | None:
    """The place a ``review`` is about (``place``, ``place_of``'s) where it is not the place of
    the ``plan`` (``own``): the city of a district's plan (see ``_parent``; or a review of the
    city that never names the district); another prefecture whose review never names the
    plan's (黄石市's report beside 孝感市's plan); a place the plan never names whose review does
    not speak as the plan does (乌海市's 全市 beside a plan of 全区 that names no place; a
    district's communiqué beside its city's plan). None where it is the plan's, or not told."""
    if not place or place == own:
        return None
    if own is not None and _parent(place, own, plan, review):
        return place
    if (
        own is not None
        and short_place(own) not in review
        and _level(own) not in _LEVEL_RE.findall(review)
        and _within(own, place, plan)
    ):
        return place  # (苏州's review, never naming 吴中 nor 全区, beside 苏州市吴中区's plan)
    if short_place(place) in plan or (own is not None and short_place(own) in place):
        return None  # (a place the plan names: its own, its city, a district of it)
    if own is not None and _prefecture(own) and _prefecture(place):
        return None if short_place(own) in review else place  # (黄石's report beside 孝感's plan)
    spoken = Counter(_LEVEL_RE.findall(plan)).most_common(1)
    level = spoken[0][0] if spoken else (_level(own) if own is not None else None)
    if level is None or (level == _level(place) and own is None):
        return None  # (a plan that names no place and speaks as the review's place's level)
    return None if level in _LEVEL_RE.findall(review) else place


def _level(place: str) -> str:
    """市, 县, 区 or 省: the level of a place (a province's short name is of 省)."""
    return place[-1] if place[-1] in "市县区省" and place not in PROVINCES else "省"


def short_place(place: str) -> str:
    """A place's name without 市, 县, 区 or 省 (新乡市 is also written 新乡)."""
    return place[:-1] if len(place) > 2 and place[-1] in "市县区省" else place


NATION_RE: Final = re.compile("全国|我国")  # (wider than any place's, however it speaks)


def is_wider(words: str, place: str | None) -> bool:
    """Whether ``words`` name an area wider than the text's own ``place``: the country (全国,
    我国) in a province's, a city's or a county's text, the province (全省, 我省) in a city's or
    a county's, the city (全市, 我市) in a county's or a district's. (None for a place not known,
    or a text that does not speak of its own area as a whole: then they are its own area's.)"""
    if not place or not any(w in words for w in AREAS):
        return False
    if "全国" in words or "我国" in words:
        return True
    if "全省" in words or "我省" in words:
        return _level(place) != "省"
    return place[-1] in "县区旗"


_PROVINCE_WORDS_RE: Final = re.compile("全省|我省")


def speaks_wide(work: str, place: str | None) -> bool:
    """Whether 全省, 全国 (全市 in a county's) in a text about ``place`` may name an area wider
    than its own: where the place is known and the text speaks of that area as a whole (全市 in
    a city's text), or names it at least as often as the province (邯郸 twice beside one 高于全省).
    Not a province's text whose place was read as a city it names: that one speaks of 全省 most."""
    if place is None:
        return False
    level = place[-1] if place[-1] in "市县区旗州盟" else "省"
    if any(f"{w}{level}" in work for w in ("全", "我", "本")):
        return True
    return level != "省" and work.count(short_place(place)) >= len(_PROVINCE_WORDS_RE.findall(work))


__all__ = [
    "NATION_RE",
    "is_place",
    "is_wider",
    "other_place",
    "place_of",
    "prefecture_named",
    "shared_place",
    "short_place",
    "speaks_wide",
]
