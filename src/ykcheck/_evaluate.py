"""Verdicts: commitments judged against outcomes, with everything a report shows of them.

Two questions are kept apart: can a commitment be assessed (pending, unreported, incomparable), and
if so how did it go (exceeded, met, nearly met, missed; see ``_grade``). Beside the status, a
verdict carries what the report shows: the actual value and threshold in the target's unit, R
and its band, and the target's ambition against last year's result, all with the data's
tolerances, so that rendering computes nothing.
"""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Final

import attrs

from ._grade import ORDER, Num, holds, meets, point_status, statuses
from ._model import Ambition, Commitment, Outcome, Target, Tolerances, Verdict
from ._phrases import lower_is_better as _words_say_lower
from ._units import compatible, decimal_ratio, ratio
from ._vocab import GDP, POINT_HEDGES, RELATION_COMPARATOR, Comparator, plain_decimal

_lower_words = functools.lru_cache(maxsize=4096)(_words_say_lower)


def lower_is_better(c: Commitment) -> bool:
    """Whether less is better for a commitment's 左右 target (unemployment, prices): its
    ``direction`` if given, else what its words say. Other targets carry their direction in
    their comparator."""
    if c.direction is not None:
        return c.direction == "down"
    if c.target.comparator != "~":
        return False
    return _lower_words(c.indicator + c.quote)


def in_unit(outcome: Outcome, unit: str) -> Num:
    """The outcome's value in ``unit``: a Decimal where that is exact, else a Fraction."""
    assert outcome.value is not None
    if outcome.unit == unit:
        return outcome.value
    factor = decimal_ratio(outcome.unit, unit)
    if factor is not None:
        return outcome.value * factor
    return Fraction(outcome.value) * ratio(outcome.unit, unit)


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


def evaluate_one(c: Commitment, index: _Index, reviews: frozenset[int], tol: Tolerances) -> Verdict:
    """The verdict on one commitment."""
    target = c.target
    values = index.values
    baseline = None
    if target.kind != "milestone":
        baseline = values.get((c.indicator, target.measure, c.year - 1))
    if c.year not in reviews:
        ambition = _ambition(c, baseline, tol) if baseline is not None else None
        return Verdict(
            c,
            "pending",
            baseline=baseline,
            reason=f"no review of {c.year} is loaded",
            ambition=ambition,
        )
    if target.kind == "milestone":
        done = index.done.get((c.indicator, c.year))
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
            ambition=_ambition(c, baseline, tol) if baseline is not None else None,
        )
    if target.kind == "relative":
        return _relative(c, outcome, baseline, index, tol)
    assert target.value is not None
    return _threshold(c, target, outcome, baseline, target.value, tol)


def _threshold(
    c: Commitment,
    target: Target,
    outcome: Outcome,
    baseline: Outcome | None,
    t: Decimal,
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
            ambition=_ambition(c, baseline, tol) if baseline is not None else None,
        )
    actual = outcome.value if outcome.unit == unit else in_unit(outcome, unit)
    assert actual is not None
    rate = target.is_rate
    comparator = target.comparator
    strict = reason = None
    if isinstance(actual, Decimal):
        shown = actual
        if comparator in ORDER and outcome.hedge in POINT_HEDGES:  # the common case, kept short
            status = point_status(actual, comparator, t, rate, tol)
        else:
            down = lower_is_better(c)
            status, strict, reason = statuses(actual, outcome.hedge, comparator, t, rate, down, tol)
    else:  # a unit factor that is not a decimal: judge in fractions
        shown = plain_decimal(actual)
        down = lower_is_better(c)
        status, strict, reason = statuses(
            actual, outcome.hedge, comparator, Fraction(t), rate, down, tol
        )
    if baseline is None:
        return Verdict(c, status, outcome, None, reference, shown, t, None, strict, reason)
    progress = band = None
    if target.measure == "level":
        progress = _progress(actual, baseline, t, unit)
        if progress is not None:
            band = tol.band(progress)
    ambition = _ambition(c, baseline, tol) if reference is None else None
    return Verdict(
        c, status, outcome, baseline, reference, shown, t, progress, strict, reason, band,
        ambition,
    )  # fmt: skip


def _progress(actual: Num, baseline: Outcome, t: Decimal, unit: str) -> Decimal | None:
    """R = (actual - baseline) / (target - baseline), for an exact baseline in a unit that meets."""
    if (
        baseline.value is None
        or baseline.hedge not in POINT_HEDGES
        or not compatible(baseline.unit, unit)
    ):
        return None
    b = in_unit(baseline, unit)
    if t == b:
        return None
    if isinstance(actual, Decimal) and isinstance(b, Decimal):
        return (actual - b) / (t - b)  # a share for the reader: rounding to 28 digits is fine
    return plain_decimal((Fraction(actual) - Fraction(b)) / (Fraction(t) - Fraction(b)))


def _ambition(c: Commitment, b: Outcome, tol: Tolerances) -> Ambition | None:
    """The target beside last year's result ``b``, if they can stand side by side: a threshold
    target measured against the year before (not 前三年均值), with a baseline in a unit that
    meets. Last year's value is judged against the target as a result would be, with the data's
    tolerances; a 左右 target by its strict reading (the number itself, from the better side)."""
    t = c.target
    if t.kind != "threshold" or t.value is None or b.value is None or c.baseline is not None:
        return None
    base: Num
    if b.unit == t.unit:
        if b.hedge in POINT_HEDGES and t.comparator in ORDER:  # the common case, kept short
            met = holds(b.value, t.comparator, t.value)
            return Ambition(b.value, t.value, met, t.is_rate)
        base = b.value
    elif compatible(b.unit, t.unit):
        base = in_unit(b, t.unit)
    else:
        return None
    comparator: Comparator = t.comparator
    if comparator == "~":
        comparator = "<=" if lower_is_better(c) else ">="
    met = meets(base, b.hedge, comparator, t.value, t.is_rate, tol)
    return Ambition(
        base if isinstance(base, Decimal) else plain_decimal(base), t.value, met, t.is_rate
    )


def _relative(
    c: Commitment, outcome: Outcome, baseline: Outcome | None, index: _Index, tol: Tolerances
) -> Verdict:
    target = c.target
    ref_name = target.reference or GDP
    ref = index.values.get((ref_name, "growth", c.year))
    if ref is None or ref.value is None:
        return Verdict(
            c,
            "unreported",
            outcome=outcome,
            baseline=baseline,
            reason=f"no growth of {ref_name} in {c.year} to compare with",
        )
    if ref.hedge not in POINT_HEDGES:
        return Verdict(
            c,
            "incomparable",
            outcome=outcome,
            baseline=baseline,
            reference=ref,
            reason=f"the growth of {ref_name} is reported only as a range",
        )
    assert target.relation is not None
    comparator = RELATION_COMPARATOR[target.relation]
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
    with _collection_paused(len(commitments) + len(outcomes)):
        index = _Index(outcomes)
        return [evaluate_one(c, index, years, tol) for c in commitments]


# Below this many commitments the collector is left alone: a report or one check allocates too
# little for its passes to matter.
_PAUSE_FROM: Final = 10_000


@contextlib.contextmanager
def _collection_paused(size: int) -> Iterator[None]:
    """Pause the cyclic garbage collector while a large batch of verdicts is built, and restore
    its state after. The verdicts, commitments and outcomes hold no cycles, but each collection
    pass walks them all: on 100,000 pairs the passes cost a third of the instructions of judging
    (docs/performance.md). Small batches are left alone, and the collector's state is put back
    as it was, also when judging raises."""
    if size < _PAUSE_FROM or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def unmatched(verdicts: Iterable[Verdict], outcomes: Iterable[Outcome]) -> tuple[Outcome, ...]:
    """The outcomes that no verdict used, as result, baseline or reference, in a fixed order."""
    used = {id(o) for v in verdicts for o in (v.outcome, v.baseline, v.reference) if o}
    rest = [o for o in outcomes if id(o) not in used]
    return tuple(
        sorted(rest, key=lambda o: (o.year, o.indicator, o.measure, str(o.value), o.quote))
    )


__all__ = ["evaluate_all", "evaluate_one", "in_unit", "lower_is_better", "unmatched"]
