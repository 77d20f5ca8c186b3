"""Grading: where an observed value stands against a threshold, exactly at the boundary.

A hedged value is an interval (超500个 is (500, ∞)); a verdict holds only if it holds for every
point of the interval, and an interval that straddles the threshold cannot be graded. Numbers
are Decimals where every conversion is exact in decimal, and Fractions where a unit factor such
as 亩 = 2000/3 平方米 is not; both go through the same code (``N``).
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Final, TypeAlias, TypeVar

from ._model import Tolerances
from ._units import counted_as, decimal_ratio, ratio
from ._vocab import POINT_HEDGES, UPWARD, Comparator, Hedge, Status

Num: TypeAlias = Decimal | Fraction
N = TypeVar("N", Decimal, Fraction)

# An interval of the observed value: (low, low_open, high, high_open); None is unbounded.
Interval: TypeAlias = tuple[N | None, bool, N | None, bool]

_OPS: Final[dict[Comparator, Callable[[Num, Num], bool]]] = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
    "==": operator.eq,
}
# comparators that order: a point value against them takes the short path (``point_status``)
ORDER: Final[frozenset[Comparator]] = frozenset({">=", ">", "<=", "<"})
STRADDLES: Final = "the reported value is hedged and its range straddles the threshold"


def convert(value: Decimal, unit: str, to: str) -> Num:
    """``value`` in ``unit`` converted to ``to`` (same dimension): a Decimal where the factor is
    one exactly (万元 -> 亿元), else a Fraction (亩 -> 平方米 is 2000/3)."""
    if unit == to:
        return value
    factor = decimal_ratio(unit, to)
    if factor is not None:
        return value * factor
    return Fraction(value) * ratio(unit, to)


# the hedge of a count read as a bound of the visits it counts, or the reverse (see counted_as),
# by the hedge it was written with: only a hedge that leaves the bound one-sided
_COUNTED_HEDGES: Final[dict[str, dict[Hedge, Hedge]]] = {
    "at_least": {
        "exact": "at_least",
        "estimate": "at_least",
        "at_least": "at_least",
        "over": "over",
    },
    "at_most": {"exact": "at_most", "estimate": "at_most", "at_most": "at_most", "under": "under"},
}


def counted(value: Decimal, unit: str, hedge: Hedge, to: str) -> tuple[Num, Hedge] | None:
    """A count in ``unit`` read in ``to`` where one counts the visits of what the other counts
    (12.83万人 trained as 12.83万人次以上): its value in ``to`` and the hedge of the bound it
    gives; None where the two do not count one thing, or its hedge leaves no one-sided bound."""
    bound = counted_as(unit, to)
    if bound is None or hedge not in _COUNTED_HEDGES[bound]:
        return None
    of, into = (unit, to[:-1]) if bound == "at_least" else (unit[:-1], to)  # (名 -> 人 of 人次)
    return convert(value, of, into), _COUNTED_HEDGES[bound][hedge]


def holds(value: N, comparator: Comparator, t: N) -> bool:
    """Whether an exact ``value`` meets ``comparator t``."""
    return _OPS[comparator](value, t)


def interval(value: N, hedge: Hedge, about: N, upper: N | None = None) -> Interval[N]:
    """The values a reported ``value`` with ``hedge`` may stand for (``about``: the half-width
    of 左右; ``upper``: the far end of a range, or of a "more than" such as 9000余). An
    approximate value lies strictly within its tolerance: 4.5%左右 is not 5%; 近万 is below
    10000, within the tolerance."""
    if hedge == "over":
        return (value, True, upper, upper is not None)
    if hedge == "range":
        return (value, False, upper, False)
    if hedge == "near":
        return (value - about, False, value, True)
    if hedge == "at_least":
        return (value, False, None, False)
    if hedge == "under":
        return (None, False, value, True)
    if hedge == "at_most":
        return (None, False, value, False)
    if hedge == "about":
        return (value - about, True, value + about, True)
    return (value, False, value, False)  # exact, estimate


def all_and_none(span: Interval[N], comparator: Comparator, t: N) -> tuple[bool, bool]:
    """Whether every point of the interval meets ``comparator t``, and whether none does."""
    lo, lo_open, hi, hi_open = span
    if lo is not None and lo is hi:  # an exact value: the common case
        every = _OPS[comparator](lo, t)
        return every, not every
    if comparator == "==":  # a range cannot be judged equal
        return False, False
    upward = comparator in UPWARD
    # the end that decides "every" and the end that decides "none"
    near, near_open = (lo, lo_open) if upward else (hi, hi_open)
    far, far_open = (hi, hi_open) if upward else (lo, lo_open)
    if near is None:
        every = False
    elif near_open:  # x > lo >= t implies x > t
        every = near >= t if upward else near <= t
    else:
        every = _OPS[comparator](near, t)
    if far is None:
        none = False
    elif far_open:  # x < hi <= t implies x < t
        none = far <= t if upward else far >= t
    else:
        none = not _OPS[comparator](far, t)
    return every, none


def grade(
    span: Interval[N], comparator: Comparator, t: N, rate: bool, tol: Tolerances
) -> tuple[Status, str | None]:
    """Status of an interval against ``comparator t``: (status, reason for incomparable)."""
    every, none = all_and_none(span, comparator, t)
    if not every and not none:
        return "incomparable", STRADDLES
    upward = comparator in UPWARD
    worst = span[0] if upward else span[2]  # the point least favourable to the target
    if worst is None or comparator == "==":
        return ("met", None) if every else ("missed", None)
    better = worst - t if upward else t - worst
    if every:
        exceeded = _beyond(better, t, rate, tol.exceed_points, tol.exceed_share)
        return ("exceeded" if exceeded else "met"), None
    near = not _beyond(-better, t, rate, tol.near_miss_points, tol.near_share, True)
    return ("nearly_met" if near else "missed"), None


def point_status(
    actual: Decimal, comparator: Comparator, t: Decimal, rate: bool, tol: Tolerances
) -> Status:
    """The status of an exact value against an ordering comparator: the same reading as
    ``grade`` on a one-point interval, kept short for the common case (a test checks the two
    agree)."""
    if comparator == ">=":
        holds, better = actual >= t, actual - t
    elif comparator == ">":
        holds, better = actual > t, actual - t
    elif comparator == "<=":
        holds, better = actual <= t, t - actual
    else:
        holds, better = actual < t, t - actual
    if not rate and not t:
        return "met" if holds else "missed"
    if holds:
        band = tol.exceed_points if rate else abs(t) * tol.exceed_share
        return "exceeded" if better >= band else "met"
    band = tol.near_miss_points if rate else abs(t) * tol.near_share
    return "nearly_met" if -better <= band else "missed"


def _beyond(
    amount: N, t: N, rate: bool, points: Decimal, share: Decimal, strict: bool = False
) -> bool:
    """Whether ``amount`` reaches the band: points for rates, a share of |t| for levels."""
    if not rate and t == 0:
        return strict
    band = like(points, t) if rate else abs(t) * like(share, t)
    return amount > band if strict else amount >= band


def like(x: Decimal, other: N) -> N:
    """``x`` in the number type of ``other``."""
    if isinstance(other, Decimal):
        return x
    return Fraction(x)


def about(t: N, rate: bool, tol: Tolerances) -> N:
    """The tolerance of a 左右 target ``t``: points for rates, a share of |t| for levels."""
    return like(tol.about_points, t) if rate else abs(t) * like(tol.about_ratio, t)


def spread(v: N, rate: bool, tol: Tolerances) -> N:
    """How far a reported 约 or 左右 value ``v`` may lie from what it stands for: a reader takes
    失业率5.1%左右 as 5.1, give or take little (points for rates, a share of |v| for levels)."""
    return like(tol.hedge_points, v) if rate else abs(v) * like(tol.hedge_ratio, v)


def judge(
    actual: N,
    hedge: Hedge,
    comparator: Comparator,
    t: N,
    rate: bool,
    tol: Tolerances,
    upper: N | None = None,
) -> tuple[Status, str | None]:
    """The status of a (hedged) value against ``comparator t``, and a reason if incomparable."""
    if hedge in POINT_HEDGES and comparator in ORDER and isinstance(actual, Decimal):
        return point_status(actual, comparator, t, rate, tol), None
    span = interval(actual, hedge, spread(actual, rate, tol), upper)
    return grade(span, comparator, t, rate, tol)


def statuses(
    actual: N,
    hedge: Hedge,
    comparator: Comparator,
    t: N,
    rate: bool,
    down: bool,
    tol: Tolerances,
    upper: N | None = None,
) -> tuple[Status, Status | None, str | None]:
    """(status, strict status of a 左右 target, reason if incomparable). ``down``: less is
    better, which makes a 左右 target a ceiling; ``upper``: the far end of a hedged value."""
    if comparator != "~":
        status, reason = judge(actual, hedge, comparator, t, rate, tol, upper)
        return status, None, reason
    # 左右: the tolerant reading is the verdict, the strict one is shown beside it; a floor less
    # the tolerance where more is better, a ceiling plus it where less is
    width = about(t, rate, tol)
    if down:
        tolerant, reason = judge(actual, hedge, "<=", t + width, rate, tol, upper)
        strict, _ = judge(actual, hedge, "<=", t, rate, tol, upper)
    else:
        tolerant, reason = judge(actual, hedge, ">=", t - width, rate, tol, upper)
        strict, _ = judge(actual, hedge, ">=", t, rate, tol, upper)
    if strict == "exceeded":
        return "exceeded", strict, reason
    return ("met" if tolerant in ("exceeded", "met") else tolerant), strict, reason


def meets(
    value: Num,
    hedge: Hedge,
    comparator: Comparator,
    t: Num,
    rate: bool,
    tol: Tolerances | None = None,
    upper: Num | None = None,
) -> bool:
    """Whether a (hedged) value meets ``comparator t`` over its whole range."""
    if hedge in POINT_HEDGES and comparator != "~":
        if isinstance(value, Decimal) and isinstance(t, Decimal):
            return holds(value, comparator, t)  # a point: the common case
        return holds(Fraction(value), comparator, Fraction(t))
    tol = tol or Tolerances()
    fraction = Fraction(value)
    top = None if upper is None else Fraction(upper)
    span = interval(fraction, hedge, spread(fraction, rate, tol), top)
    return all_and_none(span, comparator, Fraction(t))[0]


__all__ = ["Interval", "Num", "grade", "judge", "meets", "point_status", "statuses"]
