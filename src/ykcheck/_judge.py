"""Judging one commitment against the result chosen for it: the verdict with everything a report
shows of it (the actual value and threshold in the target's unit, R and its band, the target's
ambition against last year's result), all with the data's tolerances, so that rendering computes
nothing. How the result was found (by name in curated data, ``_evaluate``; by the pairing rules,
``_compare``) is the caller's; grading itself is ``_grade``'s.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from fractions import Fraction

import attrs

from ._grade import ORDER, Num, convert, counted, holds, meets, point_status, statuses
from ._match import Choice, shown
from ._model import Ambition, Commitment, Outcome, Pairing, Target, Tolerances, Verdict
from ._phrases import lower_is_better as _words_say_lower
from ._units import compatible
from ._vocab import (
    GDP,
    POINT_HEDGES,
    RELATION_COMPARATOR,
    Comparator,
    Hedge,
    Status,
    plain_decimal,
)

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
    return convert(outcome.value, outcome.unit, unit)


def excerpt_silence(c: Commitment) -> str:
    """Why a commitment is unreported when only an excerpt of its review is loaded."""
    return f"not in the excerpt of the review of {c.year} that is loaded (the rest may report it)"


def pending(c: Commitment, baseline: Outcome | None, tol: Tolerances) -> Verdict:
    """The verdict on ``c`` when no review of its year is loaded: its baseline and ambition."""
    ambition = _ambition(c, baseline, tol) if baseline is not None else None
    return Verdict(
        c,
        "pending",
        baseline=baseline,
        reason=f"no review of {c.year} is loaded",
        ambition=ambition,
    )


def verdict(
    c: Commitment,
    found: Outcome | Choice,
    baseline: Outcome | None,
    reference: Outcome | Choice | None,
    tol: Tolerances,
    pairing: Pairing | None = None,
    silent: str | None = None,
) -> Verdict:
    """The verdict on ``c`` whose review is loaded: ``found`` is its result, or the choice that
    found none (unreported, ambiguous, incompatible); ``reference`` the result a relative target
    compares with; ``silent`` says why an unreported commitment is unreported (default: the
    review does not report it)."""
    target = c.target
    if isinstance(found, Choice):
        ambition = _ambition(c, baseline, tol) if baseline is not None else None
        if found.situation == "unreported":
            if silent is None:
                silent = f"the review of {c.year} does not report it"
                if target.kind != "milestone":
                    silent = f"the review of {c.year} reports no {target.measure} figure for it"
            return Verdict(c, "unreported", baseline=baseline, reason=silent, ambition=ambition)
        # the one figure of another measure or unit is shown as what the review reports
        return Verdict(
            c,
            "incomparable",
            outcome=shown(target, found),
            baseline=baseline,
            reason=found.reason,
            ambition=ambition,
            pairing=pairing,
            alternatives=found.alternatives,
        )
    if target.kind == "milestone":
        return Verdict(c, "met" if found.done else "missed", outcome=found, pairing=pairing)
    if target.kind == "relative":
        return _relative(c, found, baseline, reference, tol, pairing)
    assert target.value is not None
    return _threshold(c, target, found, baseline, target.value, tol, pairing=pairing)


def _threshold(
    c: Commitment,
    target: Target,
    outcome: Outcome,
    baseline: Outcome | None,
    t: Decimal,
    tol: Tolerances,
    reference: Outcome | None = None,
    pairing: Pairing | None = None,
) -> Verdict:
    unit = target.unit
    hedge, bound = outcome.hedge, None
    if outcome.unit != unit and not compatible(outcome.unit, unit):
        if outcome.value is not None:  # (12.83万人 for 人次: at least as many visits)
            bound = counted(outcome.value, outcome.unit, outcome.hedge, unit)
        if bound is None:
            return _other_unit(c, outcome, baseline, reference, unit, tol, pairing)
    actual: Num
    if bound is not None:
        actual, hedge = bound
    else:
        assert outcome.value is not None
        actual = outcome.value if outcome.unit == unit else in_unit(outcome, unit)
    comparator = target.comparator
    if (
        comparator in ORDER and hedge in POINT_HEDGES and isinstance(actual, Decimal)
    ):  # the common case, kept short
        status = point_status(actual, comparator, t, target.is_rate, tol)
        strict = reason = None
        shown = actual
    else:
        status, strict, reason = _graded(c, target, outcome, actual, t, tol, hedge)
        shown = plain_decimal(actual)
        if bound is not None:  # (the reason it stays undecided, if it does, is the bound's)
            reason = _counted_reason(outcome, unit, status)
    if baseline is None:
        return Verdict(
            c, status, outcome, None, reference, shown, t, None, strict, reason, pairing=pairing
        )
    progress = band = None
    if target.measure == "level":
        progress = _progress(actual, baseline, t, unit, comparator)
        if progress is not None:
            band = tol.band(progress)
    ambition = _ambition(c, baseline, tol) if reference is None else None
    return Verdict(
        c, status, outcome, baseline, reference, shown, t, progress, strict, reason, band,
        ambition, pairing,
    )  # fmt: skip


def _other_unit(
    c: Commitment,
    outcome: Outcome,
    baseline: Outcome | None,
    reference: Outcome | None,
    unit: str,
    tol: Tolerances,
    pairing: Pairing | None,
) -> Verdict:
    """The verdict on a result in a unit that cannot be compared with the target's."""
    return Verdict(
        c,
        "incomparable",
        outcome=outcome,
        baseline=baseline,
        reference=reference,
        reason=f"the unit {outcome.unit or 'none'} cannot be compared with "
        f"{unit or 'a plain number'}",
        ambition=_ambition(c, baseline, tol) if baseline is not None else None,
        pairing=pairing,
    )


def _graded(
    c: Commitment,
    target: Target,
    outcome: Outcome,
    actual: Num,
    t: Decimal,
    tol: Tolerances,
    hedge: Hedge,
) -> tuple[Status, Status | None, str | None]:
    """(status, strict status, reason) of a hedged or ranged result (``hedge``: the result's,
    or the bound a count of another unit gives), of a 左右 target, or of a result in a unit
    whose factor is not a decimal (judged in fractions)."""
    rate, down = target.is_rate, lower_is_better(c)
    top = None
    if outcome.upper is not None and hedge == outcome.hedge:
        top = convert(outcome.upper, outcome.unit, target.unit)
    if isinstance(actual, Decimal) and not isinstance(top, Fraction):
        return statuses(actual, hedge, target.comparator, t, rate, down, tol, top)
    upper = None if top is None else Fraction(top)
    return statuses(Fraction(actual), hedge, target.comparator, Fraction(t), rate, down, tol, upper)


def _counted_reason(outcome: Outcome, unit: str, status: Status) -> str:
    shown = outcome.value_text()
    if unit.endswith("次"):
        why = f"{shown} counts each once; as {unit} it is that many or more"
    else:
        why = f"{shown} counts visits; as {unit} it is that many or fewer"
    return why + (", which does not settle the target" if status == "incomparable" else "")


def _progress(
    actual: Num, baseline: Outcome, t: Decimal, unit: str, comparator: Comparator
) -> Decimal | None:
    """R = (actual - baseline) / (target - baseline), for an exact baseline in a unit that meets,
    where the target asks for a change from it: a floor above it, a ceiling below it. (A floor
    of 10 on a baseline of 12 asks for none: R of a result of 8 would be 200%, beside a miss.)"""
    if (
        baseline.value is None
        or baseline.hedge not in POINT_HEDGES
        or not compatible(baseline.unit, unit)
    ):
        return None
    b = in_unit(baseline, unit)
    if t == b or (comparator in (">=", ">") and t < b) or (comparator in ("<=", "<") and t > b):
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
    top = None if b.upper is None else convert(b.upper, b.unit, t.unit)
    met = meets(base, b.hedge, comparator, t.value, t.is_rate, tol, top)
    return Ambition(
        base if isinstance(base, Decimal) else plain_decimal(base), t.value, met, t.is_rate
    )


def _relative(
    c: Commitment,
    outcome: Outcome,
    baseline: Outcome | None,
    reference: Outcome | Choice | None,
    tol: Tolerances,
    pairing: Pairing | None,
) -> Verdict:
    ref_name = c.target.reference or GDP
    if reference is None or isinstance(reference, Choice):
        alternatives = reference.alternatives if reference is not None else ()
        why = (
            f"{ref_name}: {reference.reason}" if reference is not None and reference.reason else ""
        )
        return Verdict(
            c,
            "incomparable" if alternatives else "unreported",
            outcome=outcome,
            baseline=baseline,
            reason=why or f"no growth of {ref_name} in {c.year} to compare with",
            pairing=pairing,
            alternatives=alternatives,
        )
    if reference.hedge not in POINT_HEDGES:
        return Verdict(
            c,
            "incomparable",
            outcome=outcome,
            baseline=baseline,
            reference=reference,
            reason=f"the growth of {ref_name} is reported only as a range",
            pairing=pairing,
        )
    assert c.target.relation is not None and reference.value is not None
    comparator = RELATION_COMPARATOR[c.target.relation]
    effective = attrs.evolve(c.target, kind="threshold", comparator=comparator, unit=reference.unit)
    return _threshold(c, effective, outcome, baseline, reference.value, tol, reference, pairing)


__all__ = ["excerpt_silence", "in_unit", "lower_is_better", "pending", "verdict"]
