"""Evaluating curated data: each commitment judged against the outcomes that carry its indicator's
name, of its year.

Two questions are kept apart: can a commitment be assessed (pending, unreported, incomparable), and
if so how did it go (exceeded, met, nearly met, missed). In curated data a person has named the
indicators so that plan and review meet; the result of a commitment is chosen among the outcomes
of that name and year by the rules of ``_match.choose`` (its measure, a unit that compares; two
differing results are named, not picked), so the verdict does not depend on the order of the
records. Judging itself is ``_judge``'s.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterable, Iterator, Sequence
from typing import Final

from ._judge import excerpt_silence, pending, verdict
from ._match import Choice, choose, outcome_key
from ._model import Commitment, Outcome, Tolerances, Verdict
from ._vocab import GDP


class _Index:
    """Outcomes by (indicator, year): one dictionary, built in one pass, whose lists are
    filtered by measure when they hold more than one outcome."""

    def __init__(self, outcomes: Iterable[Outcome]) -> None:
        self.by_name: dict[tuple[str, int], list[Outcome]] = {}
        by_name = self.by_name
        for o in outcomes:
            by_name.setdefault((o.indicator, o.year), []).append(o)

    def result(self, c: Commitment, indicator: str, year: int) -> Outcome | Choice:
        """The result of ``c`` among the outcomes named ``indicator`` of ``year``: the one
        outcome of its measure with a value (the common case), or the choice among them all."""
        target = c.target
        found = self.by_name.get((indicator, year), ())
        if target.kind != "milestone" and found:
            measure = target.measure
            if len(found) == 1:
                o = found[0]
                if o.measure == measure and o.value is not None:
                    return o
            else:
                same = [o for o in found if o.measure == measure and o.value is not None]
                if len(same) == 1:
                    return same[0]
        choice = choose(target, found)
        return choice.outcome if choice.situation == "paired" and choice.outcome else choice

    def baseline(self, c: Commitment) -> Outcome | None:
        """Last year's result of the commitment's indicator and measure: the one there is, or
        the one all that there are agree on (else none)."""
        found = self.by_name.get((c.indicator, c.year - 1))
        if found is None:
            return None
        measure = c.target.measure
        same = [o for o in found if o.measure == measure and o.value is not None]
        if len(same) == 1:
            return same[0]
        return choose(c.target, same).outcome if same else None


def evaluate_one(
    c: Commitment,
    index: _Index,
    reviews: frozenset[int],
    tol: Tolerances,
    excerpts: frozenset[int] = frozenset(),
) -> Verdict:
    """The verdict on one commitment; ``excerpts`` are the years whose review is loaded only in
    part (an unreported commitment may stand in the rest of it)."""
    target = c.target
    baseline = None if target.kind == "milestone" else index.baseline(c)
    if c.year not in reviews:
        return pending(c, baseline, tol)
    found = index.result(c, c.indicator, c.year)
    reference = None
    if target.kind == "relative" and not isinstance(found, Choice):
        reference = index.result(c, target.reference or GDP, c.year)
    silent = excerpt_silence(c) if c.year in excerpts else None
    return verdict(c, found, baseline, reference, tol, silent=silent)


def evaluate_all(
    commitments: Sequence[Commitment],
    outcomes: Sequence[Outcome],
    reviews: Iterable[int] | None = None,
    tolerances: Tolerances | None = None,
    excerpts: Iterable[int] = (),
) -> list[Verdict]:
    """Verdicts for every commitment, in the order given.

    ``reviews`` are the years whose review is loaded; by default every year that has an outcome.
    ``excerpts`` are the years whose review is loaded only as an excerpt.
    """
    tol = tolerances or Tolerances()
    years = frozenset(reviews) if reviews is not None else frozenset(o.year for o in outcomes)
    with _collection_paused(len(commitments) + len(outcomes)):
        index = _Index(outcomes)
        parts = frozenset(excerpts)
        return [evaluate_one(c, index, years, tol, parts) for c in commitments]


def unmatched(verdicts: Iterable[Verdict], outcomes: Iterable[Outcome]) -> tuple[Outcome, ...]:
    """The outcomes that no verdict used, as result, baseline or reference, in a fixed order."""
    used = {id(o) for v in verdicts for o in (v.outcome, v.baseline, v.reference) if o}
    used |= {id(o) for v in verdicts for o in v.alternatives}
    rest = (o for o in outcomes if id(o) not in used)
    return tuple(sorted(rest, key=_listed))


def _listed(o: Outcome) -> tuple[int, tuple[str, str, int, str, str, str, str, str]]:
    """The order in which unmatched outcomes are listed: by year, then a total order (two that
    differ only in their hedge, 0% and 超0%, had been listed in the order of the records)."""
    return (o.year, outcome_key(o))


# Below this many records the collector is left alone: a report or one check allocates too little
# for its passes to matter.
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


__all__ = ["evaluate_all", "evaluate_one", "unmatched"]
