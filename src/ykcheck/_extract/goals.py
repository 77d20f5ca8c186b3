"""A goal a result is compared with in its own sentence (增长13.4%,高于8.0%的预期目标5.4个百分点):
whether the margin word before it speaks of the result, so that the goal asks what a goal of its
growth asks."""

from __future__ import annotations

import re
from typing import Final

from .cues import GOAL_OF_RE, MARGIN_WORDS

_MARGIN_END_RE: Final = re.compile(rf"(?:{MARGIN_WORDS}|接近)$")


def goal_after_margin(work: str, lead: str, start: int, tail: int) -> bool:
    """Whether the figure at [start, tail) is the goal of a growth its sentence reports before
    it, called a goal right after it (增长13.4%,…,高于8.0%的预期目标): its margin word says how the
    result stands against it, not what the goal asks. Not a control goal (低于6‰的控制目标: a
    ceiling), nor after a fall (能耗下降2.5%,低于3%的预期目标: a goal of a fall, maybe), nor
    after another rate (财政赤字率2.8%,低于3%的预期目标)."""
    goal = GOAL_OF_RE.match(work, tail)
    if _MARGIN_END_RE.search(lead) is None or goal is None or "控制" in goal.group():
        return False
    begin = max(start - _CHANGE_REACH, 0)
    begin = max(begin, *(work.rfind(c, begin, start) + 1 for c in "。；;！？!?"))
    changes = list(_CHANGE_RE.finditer(work, begin, start))
    if not changes or changes[-1].group(1) not in _UPWARD_CHANGES:
        return False  # (增长-3.5% is a growth still, its goal a floor)
    # and the last rate before the goal but for those in brackets (not 增长6.5%,财政赤字率2.8%,
    # 低于3%的预期目标: the deficit's goal, a ceiling; but 增长5.2%(全省5.0%),低于6%的预期目标)
    between = _BRACKETED_RE.sub("", work[changes[-1].end() : start])
    return _RATE_RE.search(between) is None


_CHANGE_REACH: Final = 120  # how far back in its sentence a goal's growth is looked for
# a growth or a fall in % or ‰ (not a change in points: 比上年增加0.1个百分点; not a rate's
# name: 人口自然增长率4.5‰)
_RATE: Final = r"[0-9][0-9.]*\s*[%％‰]"
_CHANGE_RE: Final = re.compile(
    rf"(增长|提高|增加|上升|下降|减少|回落|收窄|降低|负增长)(?<!自然增长)率?\s*[-－]?{_RATE}"
)
_RATE_RE: Final = re.compile(_RATE)
_BRACKETED_RE: Final = re.compile(r"[（(][^（）()]*[)）]")
_UPWARD_CHANGES: Final = frozenset({"增长", "提高", "增加", "上升"})


__all__ = ["goal_after_margin"]
