"""Verdicts: commitments judged against outcomes, exactly at the boundary.

Two questions are kept apart: can a commitment be assessed (pending, unreported, incomparable), and
if so how did it go (exceeded, met, nearly met, missed). A hedged outcome is an interval (超500个 is
(500, ∞)); a verdict holds only if it holds for every point of the interval, and an interval that
straddles the threshold is incomparable. Comparisons are exact: Decimals in the target's unit,
fractions where a unit conversion is needed.
"""

from __future__ import annotations

import gc
import operator
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Final, TypeAlias, TypeVar

import attrs

from ._model import Commitment, Outcome, Target
from ._units import compatible, decimal_ratio, ratio

STATUSES: Final = (
    "exceeded",
    "met",
    "nearly_met",
    "missed",
    "unreported",
    "pending",
    "incomparable",
)
ASSESSED: Final = frozenset({"exceeded", "met", "nearly_met", "missed"})


def _dec(value: str | Decimal | int) -> Decimal:
    return Decimal(value) if not isinstance(value, Decimal) else value


@attrs.frozen
class Tolerances:
    """Bands and tolerances of the verdicts. Data, not code: a report states the ones it used."""

    near_miss_points: Decimal = attrs.field(default=Decimal("0.5"), converter=_dec)
    near_miss_ratio: Decimal = attrs.field(default=Decimal("0.9"), converter=_dec)
    exceed_points: Decimal = attrs.field(default=Decimal("1"), converter=_dec)
    exceed_ratio: Decimal = attrs.field(default=Decimal("1.1"), converter=_dec)
    about_points: Decimal = attrs.field(default=Decimal("0.5"), converter=_dec)
    about_ratio: Decimal = attrs.field(default=Decimal("0.05"), converter=_dec)
    progress_high: Decimal = attrs.field(default=Decimal("0.95"), converter=_dec)
    progress_low: Decimal = attrs.field(default=Decimal("0.6"), converter=_dec)
    # derived once, used for every verdict: the bands as shares of the target
    exceed_share: Decimal = attrs.field(init=False, eq=False, repr=False)
    near_share: Decimal = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "exceed_share", self.exceed_ratio - 1)
        object.__setattr__(self, "near_share", 1 - self.near_miss_ratio)

    def as_strings(self) -> dict[str, str]:
        """The settings as a data file's ``[method]`` table writes them."""
        return {a.name: str(getattr(self, a.name)) for a in attrs.fields(Tolerances) if a.init}


@attrs.frozen
class Verdict:
    """The judgement of one commitment, with the evidence it rests on.

    ``actual`` and ``margin`` are in the target's unit (``margin`` is actual minus target, in
    percentage points for rates). ``progress`` is R = (actual - baseline) / (target - baseline)
    where a baseline is known. ``strict_status`` is the strict reading of a 左右 target.
    """

    commitment: Commitment
    status: str
    outcome: Outcome | None = None
    baseline: Outcome | None = None
    reference: Outcome | None = None  # the outcome a relative target compares with
    actual: Decimal | None = None
    threshold: Decimal | None = None  # the effective threshold (a relative target's reference)
    progress: Decimal | None = None
    strict_status: str | None = None
    reason: str | None = None

    @property
    def assessed(self) -> bool:
        return self.status in ASSESSED

    @property
    def margin(self) -> Decimal | None:
        """Actual minus threshold, in the target's unit (percentage points for rates)."""
        if self.actual is None or self.threshold is None:
            return None
        return self.actual - self.threshold

    def band(self, tolerances: Tolerances) -> str | None:
        """The SDG-style reading of R: "on track", "some progress" or "off track" (None
        without R)."""
        if self.progress is None:
            return None
        if self.progress >= tolerances.progress_high:
            return "on track"
        return "some progress" if self.progress >= tolerances.progress_low else "off track"


# Numbers are Decimals while every conversion is exact in decimal (the usual case: same unit, or
# a power of ten apart), and Fractions when a factor such as 亩 = 2000/3 平方米 is not.
Num = Decimal | Fraction
N = TypeVar("N", Decimal, Fraction)

# An interval of the observed value: (low, low_open, high, high_open); None is unbounded.
Interval: TypeAlias = tuple[N | None, bool, N | None, bool]

_OPS: Final = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
    "==": operator.eq,
}
_UPWARD: Final = frozenset({">=", ">", "=="})


def _interval(value: N, hedge: str, about: N) -> Interval[N]:
    if hedge == "over":
        return (value, True, None, False)
    if hedge == "at_least":
        return (value, False, None, False)
    if hedge == "under":
        return (None, False, value, True)
    if hedge == "at_most":
        return (None, False, value, False)
    if hedge == "about":
        return (value - about, False, value + about, False)
    return (value, False, value, False)  # exact, estimate


def _all_and_none(interval: Interval[N], comparator: str, t: N) -> tuple[bool, bool]:
    """Whether every point of the interval meets ``comparator t``, and whether none does."""
    lo, lo_open, hi, hi_open = interval
    if lo is not None and lo is hi:  # an exact value: the common case
        every = _OPS[comparator](lo, t)
        return every, not every
    if comparator == "==":  # a range cannot be judged equal
        return False, False
    upward = comparator in _UPWARD
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


def _grade(
    interval: Interval[N], comparator: str, t: N, rate: bool, tol: Tolerances
) -> tuple[str, str | None]:
    """Status of an interval against ``comparator t``: (status, reason for incomparable)."""
    every, none = _all_and_none(interval, comparator, t)
    if not every and not none:
        return "incomparable", "the reported value is hedged and its range straddles the threshold"
    upward = comparator in _UPWARD
    worst = interval[0] if upward else interval[2]  # the point least favourable to the target
    if worst is None:
        return ("met", None) if every else ("missed", None)
    better = worst - t if upward else t - worst
    if comparator == "==":
        return ("met", None) if every else ("missed", None)
    if every:
        exceeded = _beyond(better, t, rate, tol.exceed_points, tol.exceed_share)
        return ("exceeded" if exceeded else "met"), None
    near = not _beyond(-better, t, rate, tol.near_miss_points, tol.near_share, True)
    return ("nearly_met" if near else "missed"), None


def _beyond(
    amount: N, t: N, rate: bool, points: Decimal, share: Decimal, strict: bool = False
) -> bool:
    """Whether ``amount`` reaches the band: points for rates, a share of |t| for levels."""
    if not rate and t == 0:
        return strict
    band = _like(points, t) if rate else abs(t) * _like(share, t)
    return amount > band if strict else amount >= band


def _like(x: Decimal, other: N) -> N:
    """``x`` in the number type of ``other``."""
    if isinstance(other, Decimal):
        return x
    return Fraction(x)


def judge_value(
    value: Num, hedge: str, comparator: str, t: Num, rate: bool, tol: Tolerances | None = None
) -> bool:
    """Whether a (hedged) value meets ``comparator t`` over its whole range."""
    tol = tol or Tolerances()
    if isinstance(value, Decimal) and isinstance(t, Decimal):
        interval = _interval(value, hedge, _about(value, rate, tol))
        return _all_and_none(interval, comparator, t)[0]
    fraction = Fraction(value)
    exact = _interval(fraction, hedge, _about(fraction, rate, tol))
    return _all_and_none(exact, comparator, Fraction(t))[0]


def _about(t: N, rate: bool, tol: Tolerances) -> N:
    return _like(tol.about_points, t) if rate else abs(t) * _like(tol.about_ratio, t)


def _in_unit(outcome: Outcome, unit: str) -> Num:
    """The outcome's value in ``unit``: a Decimal where that is exact, else a Fraction."""
    assert outcome.value is not None
    if outcome.unit == unit:
        return outcome.value
    factor = decimal_ratio(outcome.unit, unit)
    if factor is not None:
        return outcome.value * factor
    return Fraction(outcome.value) * ratio(outcome.unit, unit)


def _to_decimal(x: Num) -> Decimal:
    if isinstance(x, Decimal):
        return x
    return Decimal(x.numerator) / Decimal(x.denominator)


class _Index:
    """Outcomes by (indicator, measure, year); milestone outcomes (``done``) kept apart.

    The first outcome of a key is the one judged; records are in the order given.
    """

    def __init__(self, outcomes: Iterable[Outcome]) -> None:
        self.values: dict[tuple[str, str, int], Outcome] = {}
        self.done: dict[tuple[str, int], Outcome] = {}
        values, done = self.values, self.done
        for o in outcomes:
            if o.value is not None:
                values.setdefault((o.indicator, o.measure, o.year), o)
            elif o.done is not None:
                done.setdefault((o.indicator, o.year), o)

    def value(self, indicator: str, measure: str, year: int) -> Outcome | None:
        return self.values.get((indicator, measure, year))

    def milestone(self, indicator: str, year: int) -> Outcome | None:
        return self.done.get((indicator, year))


def evaluate_one(c: Commitment, index: _Index, reviews: frozenset[int], tol: Tolerances) -> Verdict:
    """The verdict on one commitment."""
    target = c.target
    values = index.values
    baseline = None
    if target.kind != "milestone":
        baseline = values.get((c.indicator, target.measure, c.year - 1))
    if c.year not in reviews:
        return Verdict(c, "pending", baseline=baseline, reason=f"no review of {c.year} is loaded")
    if target.kind == "milestone":
        done = index.milestone(c.indicator, c.year)
        if done is None:
            return Verdict(c, "unreported", reason=f"the review of {c.year} does not report it")
        return Verdict(c, "met" if done.done else "missed", outcome=done)
    outcome = values.get((c.indicator, target.measure, c.year))
    if outcome is None:
        return Verdict(
            c,
            "unreported",
            baseline=baseline,
            reason=f"the review of {c.year} reports no {target.measure} figure for it",
        )
    if target.kind == "relative":
        return _relative(c, outcome, baseline, index, tol)
    return _threshold(c, target, outcome, baseline, target.value, tol)  # type: ignore[arg-type]


def _threshold(
    c: Commitment,
    target: Target,
    outcome: Outcome,
    baseline: Outcome | None,
    t: Num,
    tol: Tolerances,
    reference: Outcome | None = None,
) -> Verdict:
    unit = target.unit
    if outcome.unit != unit and not compatible(outcome.unit, unit):
        return Verdict(
            c,
            "incomparable",
            outcome=outcome,
            baseline=baseline,
            reference=reference,
            reason=f"the unit {outcome.unit or 'none'} cannot be compared with "
            f"{unit or 'a plain number'}",
        )
    actual = outcome.value if outcome.unit == unit else _in_unit(outcome, unit)
    assert actual is not None
    rate = target.is_rate
    down = c.lower_is_better
    comparator = target.comparator
    if isinstance(actual, Decimal) and isinstance(t, Decimal):
        if comparator in _ORDER and outcome.hedge in _POINT:  # the common case, kept short
            status, strict, reason = _point_status(actual, comparator, t, rate, tol), None, None
        else:
            status, strict, reason = _statuses(
                actual, outcome.hedge, comparator, t, rate, down, tol
            )
    else:  # a unit factor that is not a decimal: judge in fractions
        status, strict, reason = _statuses(
            Fraction(actual), outcome.hedge, target.comparator, Fraction(t), rate, down, tol
        )
    progress = None
    if baseline is not None and target.measure == "level":
        progress = _progress(actual, baseline, t, unit)
    return Verdict(
        c, status, outcome, baseline, reference, _to_decimal(actual), _to_decimal(t), progress,
        strict, reason,
    )  # fmt: skip


def _statuses(
    actual: N, hedge: str, comparator: str, t: N, rate: bool, down: bool, tol: Tolerances
) -> tuple[str, str | None, str | None]:
    """(status, strict status of a 左右 target, reason if incomparable)."""
    if comparator != "~":
        status, reason = _judge(actual, hedge, comparator, t, rate, tol)
        return status, None, reason
    # 左右: the tolerant reading is the verdict, the strict one is shown beside it; a floor less
    # the tolerance where more is better, a ceiling plus it where less is
    about = _about(t, rate, tol)
    if down:
        tolerant, reason = _judge(actual, hedge, "<=", t + about, rate, tol)
        strict, _ = _judge(actual, hedge, "<=", t, rate, tol)
    else:
        tolerant, reason = _judge(actual, hedge, ">=", t - about, rate, tol)
        strict, _ = _judge(actual, hedge, ">=", t, rate, tol)
    if strict == "exceeded":
        return "exceeded", strict, reason
    return ("met" if tolerant in ("exceeded", "met") else tolerant), strict, reason


def _judge(
    actual: N, hedge: str, comparator: str, t: N, rate: bool, tol: Tolerances
) -> tuple[str, str | None]:
    """The status of a (hedged) value against ``comparator t``, and a reason if incomparable."""
    if hedge in _POINT and comparator in _ORDER and isinstance(actual, Decimal):
        return _point_status(actual, comparator, t, rate, tol), None  # the common case
    return _grade(_interval(actual, hedge, _about(actual, rate, tol)), comparator, t, rate, tol)


def _progress(actual: Num, baseline: Outcome, t: Num, unit: str) -> Decimal | None:
    """R = (actual - baseline) / (target - baseline), for an exact baseline in a unit that meets."""
    if (
        baseline.value is None
        or baseline.hedge not in _POINT
        or not compatible(baseline.unit, unit)
    ):
        return None
    b = _in_unit(baseline, unit)
    if t == b:
        return None
    if isinstance(actual, Decimal) and isinstance(b, Decimal) and isinstance(t, Decimal):
        return (actual - b) / (t - b)  # a share for the reader: rounding to 28 digits is fine
    return _to_decimal((Fraction(actual) - Fraction(b)) / (Fraction(t) - Fraction(b)))


_POINT: Final = frozenset({"exact", "estimate"})
_ORDER: Final = frozenset({">=", ">", "<=", "<"})


def _point_status(actual: Decimal, comparator: str, t: Decimal, rate: bool, tol: Tolerances) -> str:
    """The status of an exact value: the same reading as ``_grade`` on a one-point interval."""
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


def _relative(
    c: Commitment, outcome: Outcome, baseline: Outcome | None, index: _Index, tol: Tolerances
) -> Verdict:
    target = c.target
    ref_name = target.reference or "地区生产总值"
    ref = index.value(ref_name, "growth", c.year)
    if ref is None or ref.value is None:
        return Verdict(
            c,
            "unreported",
            outcome=outcome,
            baseline=baseline,
            reason=f"no growth of {ref_name} in {c.year} to compare with",
        )
    if ref.hedge not in ("exact", "estimate"):
        return Verdict(
            c,
            "incomparable",
            outcome=outcome,
            baseline=baseline,
            reference=ref,
            reason=f"the growth of {ref_name} is reported only as a range",
        )
    comparator = "~" if target.relation == "sync" else ">"
    effective = attrs.evolve(target, kind="threshold", comparator=comparator, unit=ref.unit)
    return _threshold(c, effective, outcome, baseline, ref.value, tol, reference=ref)


def evaluate_all(
    commitments: Sequence[Commitment],
    outcomes: Sequence[Outcome],
    reviews: Iterable[int] | None = None,
    tolerances: Tolerances | None = None,
) -> list[Verdict]:
    """Verdicts for every commitment, in the order given.

    ``reviews`` are the years whose review is loaded; by default every year that has an outcome.
    """
    tol = tolerances or Tolerances()
    years = frozenset(reviews) if reviews is not None else frozenset(o.year for o in outcomes)
    collecting = gc.isenabled()
    gc.disable()  # many small acyclic objects: collection passes only cost time here
    try:
        index = _Index(outcomes)
        return [evaluate_one(c, index, years, tol) for c in commitments]
    finally:
        if collecting:
            gc.enable()
