"""Cues of a role: words near a number that mark a plan (力争, 确保, 预期) or a review (同比, 首次,
获评, 居全省第3), each weighing one way, and how much a section marker weighs against them."""

from __future__ import annotations

import re
from itertools import accumulate
from typing import Final

# Words that mark a plan (intent, stretch goals) or a review (done, ranked, compared with last
# year) near a number. Each is weak alone; together they outvote a marker.
_PLAN_CUES: Final = (
    "力争",
    "确保",
    "争取",
    "争创",
    "力求",
    "奋力",
    "全力",
    "做好",
    "抓好",
    "谋划",
    "稳妥",
    "强化",
    "大力",
    "着力",
    "进一步",
    "加大",
    "预期",
    "承诺",
    "年计划",
)
_REVIEW_CUES: Final = (
    "首次",
    "首家",
    "首批",
    "首位",
    "同比",
    "比上年",
    "较上年",
    "分别",
    "获评",
    "荣获",
    "获得",
    "斩获",
    "入选",
    "成功",
    "顺利",
    "圆满",
    "完工",
    "投入使用",
    "建成通车",
    "位列",
    "位居",
    "历史",
    "超额",
    "连续",
    "连涨",
    "打赢",
    "获批",
    "预计",
    "大关",
    "成绩",
    "实际(?!使用|利用|到位|到资)",  # not the name 实际使用外资
    "取得",
    "过去[一二三四五六七八九十0-9]+年",  # 过去一年, 过去五年
    "回顾",
    "去(?<![比较同与于]去)年(?!同期)",  # 去年全省地区生产总值…; not 比去年 (a plan's base)
    "惠及",
    "兑现",
    "成效",
    "显著",
    "全覆盖",
    # progress so far: 截至目前, 1-12月份完成投资, 投资完成率
    "截[至止]目前",
    "月(?:(?<=[0-9][-—–至][0-9]月)|(?<=[0-9][-—–至][0-9]{2}月))",  # 1-12月: 月 first
    "完成率",
    # the statistician's words before results (初步核算，全年全县地区生产总值…; 年末常住人口)
    "初步核算",
    "初步测算",
    "初步统计",
    "据统计",
    "年末",
    # a result measured against what was expected (these outvote the 预期 in them)
    "实现预期目标",
    "完成预期目标",
    "达到预期目标",
    "好于预期",
    "高于预期",
    "低于预期",
    "快于预期",
    "慢于预期",
    "未达到预期",
    "未达预期",
)
# (every branch starts with a character, never a class, a repeat or a lookbehind: the scan runs
# over the whole text, and one such branch makes the scan try every branch at every character;
# 1-12月 is found from its 月)
_CUE_RE: Final = re.compile(
    "|".join(sorted({*_PLAN_CUES, *_REVIEW_CUES}, key=len, reverse=True))
    + r"|居[^\s，。；]{0,4}?[第前首]"  # 居金华第1, 居全省前10: a ranking of results
)
_CUE_WEIGHT: Final = {**{w: 1 for w in _PLAN_CUES}, **{w: -1 for w in _REVIEW_CUES}}
BOUNDS: Final = frozenset({"以上", "及以上", "以内", "之内", "左右"})
CUES_BEFORE: Final = 150  # characters before a number whose cues count
CUES_AFTER: Final = 80  # characters after it, within its sentence
MARKER_WEIGHT: Final = 3  # a marker counts as much as this many cues
OWN_CLAUSE_WEIGHT: Final = 2  # 力争, 确保 or 预计 in a figure's own clause: this many more


def cue_sums(work: str, bounds: list[int]) -> tuple[list[int], list[int]]:
    """The places of the cues of a text, in order, and the running sums of their weights (one
    more, from 0): the cues in [lo, hi) weigh ``sums[i] - sums[j]`` where ``at[i]`` is the first
    place at or after hi and ``at[j]`` the first at or after lo; above 0 leans to a plan.

    ``bounds`` are the places of comparator words after figures (以上, 以内, 左右): the
    language of targets, each counting as a cue of a plan."""
    found = [(m.start(), _CUE_WEIGHT.get(m.group(), -1)) for m in _CUE_RE.finditer(work)]
    found += [(at, 1) for at in bounds]
    found.sort()
    return [at for at, _ in found], [0, *accumulate(weight for _, weight in found)]


# a clause ends at these, and at a bullet that starts a list's item (●■◆▲•★)
