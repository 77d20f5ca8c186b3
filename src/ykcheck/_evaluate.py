"""Verdicts: commitments judged against outcomes, exactly at the boundary.

Two questions are kept apart: can a commitment be assessed (pending, unreported, incomparable), and
if so how did it go (exceeded, met, nearly met, missed). A hedged outcome is an interval (超500个 is
(500, ∞)); a verdict holds only if it holds for every point of the interval, and an interval that
straddles the threshold is incomparable. Comparisons are exact: Decimals in the target's unit,
fractions where a unit conversion is needed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Final

import attrs

from ._model import Commitment, Outcome, Target
from ._units import compatible, ratio

STATUSES: Final = ("exceeded", "met", "nearly_met", "missed", "unreported", "pending",
                   "incomparable")  # fmt: skip
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
    margin: Decimal | None = None
    progress: Decimal | None = None
    strict_status: str | None = None
    reason: str | None = None
    progress_band: str | None = None  # "on track", "some progress" or "off track", with R

    @property
    def assessed(self) -> bool:
        return self.status in ASSESSED


# An interval of the observed value: (low, low_open, high, high_open); None is unbounded.
Interval = tuple[Fraction | None, bool, Fraction | None, bool]


def _interval(value: Fraction, hedge: str, about: Fraction) -> Interval:
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


def _holds(comparator: str, x: Fraction, t: Fraction) -> bool:
    return {">=": x >= t, ">": x > t, "<=": x <= t, "<": x < t, "==": x == t}[comparator]


def _all_and_none(interval: Interval, comparator: str, t: Fraction) -> tuple[bool, bool]:
    """Whether every point of the interval meets ``comparator t``, and whether none does."""
    lo, lo_open, hi, hi_open = interval
    if comparator == "==":  # only an exact value can be judged
        if lo is not None and lo == hi:
            return lo == t, lo != t
        return False, False
    upward = comparator in (">=", ">")
    # the end that decides "every" and the end that decides "none"
    near, near_open = (lo, lo_open) if upward else (hi, hi_open)
    far, far_open = (hi, hi_open) if upward else (lo, lo_open)
    if near is None:
        every = False
    elif near_open:  # x > lo >= t implies x > t
        every = near >= t if upward else near <= t
    else:
        every = _holds(comparator, near, t)
    if far is None:
        none = False
    elif far_open:  # x < hi <= t implies x < t
        none = far <= t if upward else far >= t
    else:
        none = not _holds(comparator, far, t)
    return every, none


def _worst(interval: Interval, comparator: str) -> Fraction | None:
    """The point of the interval least favourable to the target (None if unbounded)."""
    lo, _, hi, _ = interval
    return lo if comparator in (">=", ">", "==") else hi


def _grade(
    interval: Interval, comparator: str, t: Fraction, rate: bool, tol: Tolerances
) -> tuple[str, str | None]:
    """Status of an interval against ``comparator t``: (status, reason for incomparable)."""
    every, none = _all_and_none(interval, comparator, t)
    if not every and not none:
        return "incomparable", "the reported value is hedged and its range straddles the threshold"
    worst = _worst(interval, comparator)
    if worst is None:
        return ("met", None) if every else ("missed", None)
    better = worst - t if comparator in (">=", ">", "==") else t - worst
    if every:
        if comparator != "==" and _beyond(better, t, rate, tol.exceed_points, tol.exceed_ratio - 1):
            return "exceeded", None
        return "met", None
    shortfall = -better
    if comparator != "==" and not _beyond(
        shortfall, t, rate, tol.near_miss_points, 1 - tol.near_miss_ratio, strict=True
    ):
        return "nearly_met", None
    return "missed", None


def _beyond(
    amount: Fraction, t: Fraction, rate: bool, points: Decimal, share: Decimal, strict: bool = False
) -> bool:
    """Whether ``amount`` reaches the band: points for rates, a share of |t| for levels."""
    band = Fraction(points) if rate else abs(t) * Fraction(share)
    if not rate and t == 0:
        return True if strict else False
    return amount > band if strict else amount >= band


def judge_value(value: Fraction, hedge: str, comparator: str, t: Fraction, rate: bool,
                tol: Tolerances | None = None) -> bool:  # fmt: skip
    """Whether a (hedged) value meets ``comparator t`` over its whole range."""
    tol = tol or Tolerances()
    every, _ = _all_and_none(_interval(value, hedge, _about(value, rate, tol)), comparator, t)
    return every


def _about(t: Fraction, rate: bool, tol: Tolerances) -> Fraction:
    return Fraction(tol.about_points) if rate else abs(t) * Fraction(tol.about_ratio)


def _in_unit(outcome: Outcome, unit: str) -> Fraction:
    assert outcome.value is not None
    value = Fraction(outcome.value)
    return value if outcome.unit == unit else value * ratio(outcome.unit, unit)


def _to_decimal(x: Fraction) -> Decimal:
    return Decimal(x.numerator) / Decimal(x.denominator)


class _Index:
    """Outcomes by (indicator, measure, year); milestone outcomes (``done``) kept apart."""

    def __init__(self, outcomes: Iterable[Outcome]) -> None:
        self.values: dict[tuple[str, str, int], list[Outcome]] = defaultdict(list)
        self.done: dict[tuple[str, int], list[Outcome]] = defaultdict(list)
        for o in outcomes:
            if o.value is not None:
                self.values[o.indicator, o.measure, o.year].append(o)
            elif o.done is not None:
                self.done[o.indicator, o.year].append(o)

    def value(self, indicator: str, measure: str, year: int) -> Outcome | None:
        found = self.values.get((indicator, measure, year))
        return found[0] if found else None

    def milestone(self, indicator: str, year: int) -> Outcome | None:
        found = self.done.get((indicator, year))
        return found[0] if found else None


def evaluate_one(
    c: Commitment, index: _Index, reviews: frozenset[int], tol: Tolerances
) -> Verdict:
    """The verdict on one commitment."""
    target = c.target
    baseline = None
    if target.kind != "milestone":
        baseline = index.value(c.indicator, target.measure, c.year - 1)
    if c.year not in reviews:
        return Verdict(c, "pending", baseline=baseline, reason=f"no review of {c.year} is loaded")
    if target.kind == "milestone":
        done = index.milestone(c.indicator, c.year)
        if done is None:
            return Verdict(c, "unreported", reason=f"the review of {c.year} does not report it")
        return Verdict(c, "met" if done.done else "missed", outcome=done)
    outcome = index.value(c.indicator, target.measure, c.year)
    if outcome is None:
        return Verdict(c, "unreported", baseline=baseline,
                       reason=f"the review of {c.year} reports no {target.measure} figure for it")  # fmt: skip
    if target.kind == "relative":
        return _relative(c, outcome, baseline, index, tol)
    assert target.value is not None
    return _threshold(c, target, outcome, baseline, Fraction(target.value), tol)


def _threshold(
    c: Commitment,
    target: Target,
    outcome: Outcome,
    baseline: Outcome | None,
    t: Fraction,
    tol: Tolerances,
    reference: Outcome | None = None,
) -> Verdict:
    if not compatible(outcome.unit, target.unit):
        return Verdict(c, "incomparable", outcome=outcome, baseline=baseline, reference=reference,
                       reason=f"the unit {outcome.unit or 'none'} cannot be compared with "
                       f"{target.unit or 'a plain number'}")  # fmt: skip
    actual = _in_unit(outcome, target.unit)
    rate = target.is_rate
    interval = _interval(actual, outcome.hedge, _about(actual, rate, tol))
    strict = None
    if target.comparator == "~":
        status, reason = _grade(interval, ">=", t - _about(t, rate, tol), rate, tol)
        strict, _ = _grade(interval, ">=", t, rate, tol)
        if status == "exceeded" and strict not in ("exceeded",):
            status = "met"  # beyond the tolerant floor but not clearly beyond the target itself
        if status == "met" and strict == "exceeded":
            status = "exceeded"
    else:
        status, reason = _grade(interval, target.comparator, t, rate, tol)
    progress = None
    if baseline is not None and target.measure == "level" and baseline.value is not None:
        if compatible(baseline.unit, target.unit) and baseline.hedge in ("exact", "estimate"):
            b = _in_unit(baseline, target.unit)
            if t != b:
                progress = _to_decimal((actual - b) / (t - b))
    return Verdict(
        c,
        status,
        outcome=outcome,
        baseline=baseline,
        reference=reference,
        actual=_to_decimal(actual),
        threshold=_to_decimal(t),
        margin=_to_decimal(actual - t),
        progress=progress,
        strict_status=strict,
        reason=reason,
        progress_band=_band(progress, tol),
    )


def _band(progress: Decimal | None, tol: Tolerances) -> str | None:
    """The SDG-style reading of R: on track, some progress, off track."""
    if progress is None:
        return None
    if progress >= tol.progress_high:
        return "on track"
    return "some progress" if progress >= tol.progress_low else "off track"


def _relative(
    c: Commitment, outcome: Outcome, baseline: Outcome | None, index: _Index, tol: Tolerances
) -> Verdict:
    target = c.target
    ref_name = target.reference or "地区生产总值"
    ref = index.value(ref_name, "growth", c.year)
    if ref is None or ref.value is None:
        return Verdict(c, "unreported", outcome=outcome, baseline=baseline,
                       reason=f"no growth of {ref_name} in {c.year} to compare with")  # fmt: skip
    if ref.hedge not in ("exact", "estimate"):
        return Verdict(c, "incomparable", outcome=outcome, baseline=baseline, reference=ref,
                       reason=f"the growth of {ref_name} is reported only as a range")  # fmt: skip
    comparator = "~" if target.relation == "sync" else ">"
    effective = attrs.evolve(target, kind="threshold", comparator=comparator, unit=ref.unit)
    return _threshold(c, effective, outcome, baseline, Fraction(ref.value), tol, reference=ref)


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
    index = _Index(outcomes)
    return [evaluate_one(c, index, years, tol) for c in commitments]
