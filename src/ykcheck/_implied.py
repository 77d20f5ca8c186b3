"""Targets a 计划执行 text implies without stating them: a level done and its share of the
plan (地区生产总值564亿元,占计划的100%), a growth and its gap to its goal (增长15%,高于全年增速
目标7.5个百分点)."""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise
from typing import Final

import attrs

from ._catalogue import Catalogue
from ._extract import Candidate
from ._extract.cues import PART_OF_YEAR_RE
from ._extract.naming import GOAL_GAP, PLAN_SHARE
from ._units import RANK


def implied(text: str, found: list[Candidate], year: int, cat: Catalogue) -> list[Candidate]:
    """The targets of ``year`` that the figures of a text given as plan and review imply (see
    ``_planned``), once each, where the text states none of them (年计划210亿元,…107.6%)."""
    stated = {
        (c.indicator, c.measure) for c in found if c.role == "target" and (c.year or year) == year
    }
    out = []
    for c, after in pairwise([*found, None]):
        implied = _planned(text, c, after, cat) or _said_met(text, c, cat)
        if implied is not None and c.year == year and (c.indicator, c.measure) not in stated:
            stated.add((c.indicator, c.measure))  # (again, in a summary and in a part)
            out.append(implied)
    return out


# the names of what a goal caps (能源消费总量, 用水总量, 排放): a share of it, a gap to it
_CAPPED_RE: Final = re.compile("能耗|能源消费|用水|排放|污染|事故|失业|价格|用地|耗")


def _planned(text: str, c: Candidate, share: Candidate | None, cat: Catalogue) -> Candidate | None:
    """The target that a level done and the share of its plan right after it imply (地区生产
    总值564亿元,占计划的100%: a plan of 564亿元; 12.88亿元,占计划的105.6%: of 12.2亿元), or a
    growth and its gap to its goal (增长15%,高于全年增速目标7.5个百分点: a goal of 7.5%), quoted
    from both; None where the figure after is neither, and for a goal that may be a ceiling (a
    cap on energy, a rate of prices: 低于年度预期目标1.5个百分点 is met), a fall's (下降3.5%,超过
    年度目标0.5个百分点) or an average's."""
    if share is None or not c.indicator or c.value <= 0 or "平均" in c.quote:
        return None
    entry = cat.get(c.indicator)
    if (entry is not None and entry.lower_is_better) or _CAPPED_RE.search(c.indicator):
        return None
    if c.measure == "growth" and c.unit == "percent" and share.indicator == c.indicator + GOAL_GAP:
        value = c.value - share.value  # 增长15%,高于全年增速目标7.5个百分点: a goal of 7.5%
    elif c.measure == "level" and share.indicator == c.indicator + PLAN_SHARE and share.value > 0:
        value = c.value * 100 / share.value  # (to the level's digits, three at least)
        digits = max(len(c.value.normalize().as_tuple().digits), 3)
        value = value.quantize(Decimal(1).scaleb(value.adjusted() - digits + 1)).normalize()
    else:
        return None
    span = (c.span[0], share.span[1])
    return attrs.evolve(
        c,
        role="target",
        comparator=">=",
        hedge="exact",
        value=value,
        upper=None,
        span=span,
        quote=text[span[0] : span[1]],
    )


# words after a result that say it met the year's goal, whatever the goal was (规模以上工业增加值
# 同比增长7%,完成全年目标; 万元GDP综合能耗预计下降2.3%,达到市级绩效目标要求); not a share of it
# (完成全年目标的107%) nor a goal of what is to come (完成全年目标任务仍需努力)
_MET_SAID_RE: Final = re.compile(
    r"\s*[,，]\s*(?:完成|实现|达到)了?(?:全年|年度|年初|市级|省级)?(?:预期|计划|绩效)?目标(?:任务)?(?:要求)?"
    r"\s*(?=[,，。；;]|$)"
)


def _said_met(text: str, c: Candidate, cat: Catalogue) -> Candidate | None:
    """The target a result said to meet its year's goal implies: at least what was done (a
    fall: at least as deep; a cap, 城镇调查失业率5.1%: at most), quoted with the words that say
    so. None where none is said, and where the figure before the words is no catalogue
    indicator's whole-year result (高于全省1.2个百分点, 居全省第2位, 1-11月…增长8%: a gap, a
    rank or a part of the year is not what the goal was set on)."""
    if c.role != "outcome" or c.relation is not None or c.unit in ("百分点", RANK):
        return None
    said = _MET_SAID_RE.match(text, c.span[1])
    entry = cat.get(c.indicator)
    begin = max(text.rfind(mark, 0, c.span[0]) for mark in "。；;\n") + 1
    if said is None or entry is None or PART_OF_YEAR_RE.search(text, begin, c.span[1]):
        return None  # (1-11月,…增长8%,完成全年目标: so far, not what the goal was set on)
    capped = entry.lower_is_better or _CAPPED_RE.search(c.indicator) is not None
    span = (c.span[0], said.end())
    return attrs.evolve(
        c,
        role="target",
        comparator="<=" if c.value < 0 or capped else ">=",
        hedge="exact",
        upper=None,
        span=span,
        quote=text[span[0] : span[1]],
    )


__all__ = ["implied"]
