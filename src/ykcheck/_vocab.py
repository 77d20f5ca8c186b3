"""The vocabulary: every closed set of words the model uses, and the rules shared between layers.

Each set is a ``Literal`` type (so that a typo such as ``"meet"`` fails type checking) and the
tuple of its values (for validation and for messages), defined once here and imported wherever it
is used. The rules beside them (the default comparator of a phrase, a relation's comparator, the
words of hedges in both directions) are likewise defined once.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Final, Literal, get_args

from ._units import RANK

Kind = Literal["threshold", "relative", "milestone"]
Comparator = Literal[">=", ">", "<=", "<", "~", "=="]
Measure = Literal["level", "growth"]
Strength = Literal["binding", "strive", "ensure"]
Relation = Literal["sync", "faster"]
Direction = Literal["up", "down"]
# How exact a reported value is: exact, over (超500个: above; 9000余人: above, below 10000),
# at_least (以上), under (不到), at_most (以内), about (左右), near (近万人: just below),
# range (5%-6%: from one to the other), estimate (预计).
Hedge = Literal[
    "exact", "over", "at_least", "under", "at_most", "about", "near", "range", "estimate"
]
Status = Literal["exceeded", "met", "nearly_met", "missed", "unreported", "pending", "incomparable"]
Role = Literal["target", "outcome"]
Band = Literal["on track", "some progress", "off track"]

KINDS: Final[tuple[Kind, ...]] = get_args(Kind)
COMPARATORS: Final[tuple[Comparator, ...]] = get_args(Comparator)
MEASURES: Final[tuple[Measure, ...]] = get_args(Measure)
STRENGTHS: Final[tuple[Strength, ...]] = get_args(Strength)
RELATIONS: Final[tuple[Relation, ...]] = get_args(Relation)
DIRECTIONS: Final[tuple[Direction, ...]] = get_args(Direction)
HEDGES: Final[tuple[Hedge, ...]] = get_args(Hedge)
STATUSES: Final[tuple[Status, ...]] = get_args(Status)
ROLES: Final[tuple[Role, ...]] = get_args(Role)

# the statuses of a commitment that could be assessed (the others say why it could not)
ASSESSED: Final[frozenset[Status]] = frozenset({"exceeded", "met", "nearly_met", "missed"})
# hedges of a value that is a point, not a range
POINT_HEDGES: Final[frozenset[Hedge]] = frozenset({"exact", "estimate"})

# The reader's names of the statuses: (Chinese, English).
LABELS: Final[dict[Status, tuple[str, str]]] = {
    "exceeded": ("超额完成", "exceeded"),
    "met": ("完成", "met"),
    "nearly_met": ("基本完成", "nearly met"),
    "missed": ("未完成", "missed"),
    "unreported": ("未报告", "unreported"),
    "pending": ("待评估", "pending"),
    "incomparable": ("无法比较", "incomparable"),
}
SYMBOLS: Final[dict[Comparator, str]] = {
    ">=": "≥", ">": ">", "<=": "≤", "<": "<", "~": "≈", "==": "="
}  # fmt: skip
STRENGTH_ZH: Final[dict[Strength, str]] = {"binding": "", "strive": "力争", "ensure": "确保"}

# The indicator a relative target compares with when it names none: GDP (地区生产总值).
GDP: Final = "地区生产总值"

# -- comparators -----------------------------------------------------------------------------------

# A comparator read through a fall: a fall of 20% or more (下降20%以上) is a change of -20% or
# less.
FLIP: Final[dict[Comparator, Comparator]] = {
    ">=": "<=", "<=": ">=", ">": "<", "<": ">", "~": "~", "==": "=="
}  # fmt: skip
# The comparator of a relative target: 与经济增长同步 is about equal, 快于经济增长 above.
RELATION_COMPARATOR: Final[dict[Relation, Comparator]] = {"sync": "~", "faster": ">"}
UPWARD: Final[frozenset[Comparator]] = frozenset({">=", ">", "=="})


def default_comparator(role: Role, measure: Measure, value: Decimal, unit: str = "") -> Comparator:
    """The comparator of a figure whose words give none: a target is a floor (新增海外仓10个:
    at least 10), or a ceiling for a fall (下降20%: a change of -20% or less) and for a place in
    a ranking (保持全省第一: first or better); a result is itself."""
    if role == "outcome":
        return "=="
    if measure == "growth":
        return "<=" if value.is_signed() else ">="
    return "<=" if unit == RANK else ">="


# -- hedges ----------------------------------------------------------------------------------------

# The comparator words after a number as the number reader gives them (以上, 左右), and 余 (40余场,
# 2万多人: more than): the comparator each says as a target's word.
SUFFIX_COMPARATOR: Final[dict[str, Comparator]] = {
    "及以上": ">=", "以上": ">=", "以下": "<=", "以内": "<=", "之内": "<=", "左右": "~",
    "上下": "~", "余": ">",
}  # fmt: skip
# ... and the hedge each says of a reported value.
SUFFIX_HEDGE: Final[dict[str, Hedge]] = {
    "及以上": "at_least", "以上": "at_least", "以下": "at_most", "以内": "at_most",
    "之内": "at_most", "左右": "about", "上下": "about", "余": "over",
}  # fmt: skip
# The words before a number that make a reported value a bound (不低于, 不超过), and the
# comparators of the others as hedges (突破 500: over; 不足 500: under).
PREFIX_HEDGE: Final[dict[str, Hedge]] = {
    **dict.fromkeys(
        ("不低于", "不少于", "不小于", "至少", "迈上", "站上", "跨上", "跃上"), "at_least"
    ),
    **dict.fromkeys(("不超过", "不高于", "不多于", "不大于"), "at_most"),
}
COMPARATOR_HEDGE: Final[dict[Comparator, Hedge]] = {">": "over", "<": "under"}
# Words before a number that make it approximate (约), or a bound it nearly reaches (近).
ABOUT_LEADS: Final = ("约", "大约", "大概")
NEAR_LEADS: Final = ("近", "接近", "将近", "逼近")
# A hedge read through a fall: more than 5% down is a change of less than -5%.
HEDGE_FLIP: Final[dict[Hedge, Hedge]] = {
    "at_least": "at_most", "at_most": "at_least", "over": "under", "under": "over"
}  # fmt: skip
# How a hedged value is written back: (word before, word after): 超500个, 预计730亿元, 2000套以上.
HEDGE_MARKS: Final[dict[Hedge, tuple[str, str]]] = {
    "exact": ("", ""),
    "over": ("超", ""),
    "under": ("不到", ""),
    "about": ("约", ""),
    "estimate": ("预计", ""),
    "at_least": ("", "以上"),
    "at_most": ("", "以内"),
    "near": ("近", ""),
    "range": ("", ""),
}
# A hedged negative value is written as a bound: 超-5% or -5%以内 would read as the size of a fall.
BOUND_SIGNS: Final[dict[Hedge, str]] = {"over": ">", "at_least": "≥", "under": "<", "at_most": "≤"}


# -- numbers ---------------------------------------------------------------------------------------


def plain_decimal(x: Decimal | Fraction) -> Decimal:
    """``x`` as a Decimal (a Fraction divided out to the context's precision)."""
    if isinstance(x, Decimal):
        return x
    return Decimal(x.numerator) / Decimal(x.denominator)


__all__ = [
    "ASSESSED",
    "COMPARATORS",
    "DIRECTIONS",
    "GDP",
    "HEDGES",
    "KINDS",
    "LABELS",
    "MEASURES",
    "RELATIONS",
    "ROLES",
    "STATUSES",
    "STRENGTHS",
    "Band",
    "Comparator",
    "Direction",
    "Hedge",
    "Kind",
    "Measure",
    "Relation",
    "Role",
    "Status",
    "Strength",
    "default_comparator",
    "plain_decimal",
]
