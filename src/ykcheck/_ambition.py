"""Ambition: how far a target reaches beyond what was already done the year before.

A target is *set at or below last year's result* when last year's reported value (its baseline)
already meets it: 整治低效工业用地 5007亩 done in 2024, 2000亩 promised for 2025. The test is the
verdict's own: the baseline is judged against the target as if it were this year's result, so
hedges and boundaries are read the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction

import attrs

from ._evaluate import Verdict, judge_value
from ._units import compatible, ratio


@attrs.frozen
class Ambition:
    """A target beside the same indicator's result of the year before."""

    verdict: Verdict
    baseline: Decimal  # last year's value, in the target's unit
    change: Decimal  # target minus baseline (percentage points for rates)
    ratio: Decimal | None  # target / baseline, for levels with a positive baseline
    already_met: bool  # last year's result already meets this year's target

    @property
    def rate(self) -> bool:
        return self.verdict.commitment.target.is_rate


def ambitions(verdicts: Iterable[Verdict]) -> list[Ambition]:
    """Every threshold target with a comparable baseline, in the order of ``verdicts``."""
    found = []
    for v in verdicts:
        t, b = v.commitment.target, v.baseline
        if t.kind != "threshold" or t.value is None or b is None or b.value is None:
            continue
        if v.commitment.baseline is not None:
            continue  # measured against another base (前三年均值): last year's rate is not it
        if not compatible(b.unit, t.unit):
            continue
        base = Fraction(b.value) * ratio(b.unit, t.unit)
        comparator = t.comparator
        if comparator == "~":  # the strict reading: the number itself, from the better side
            comparator = "<=" if v.commitment.lower_is_better else ">="
        met = judge_value(base, b.hedge, comparator, Fraction(t.value), t.is_rate)
        value = _dec(base)
        change = t.value - value
        share = None
        if not t.is_rate and value > 0:
            share = round(t.value / value, 2)
        found.append(Ambition(v, value, change, share, met))
    return found


def _dec(x: Fraction) -> Decimal:
    return Decimal(x.numerator) / Decimal(x.denominator)
