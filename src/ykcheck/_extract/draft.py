"""Drafts: the candidates of a report's text as data (sources, commitments, outcomes) in the
format ``load`` reads, marked unreviewed, for a person to check before it counts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs

from .._errors import DraftError
from .._model import Commitment, Data, Outcome, Source
from .._text import squash
from .._units import DISPLAY, compatible
from .._vocab import Role, default_comparator
from .candidate import Candidate
from .scan import extract
from .sections import plan_year

_ID_RE = re.compile(r"[^\w.-]+")


def draft(text: str, file: str, *, role: Role | None = None, year: int | None = None) -> Data:
    """The draft data of a report's ``text``, read from ``file`` (as the draft names it), for a
    person to review: marked unreviewed, every record quoting the words it was read from.

    Targets become commitments with ids ``<year>-<n>`` and the heading they stand under as
    area; outcomes keep the year the text gives them, else the year before the plan year.
    ``role`` forces every figure to be a target or an outcome; ``year`` is the plan year where
    the text does not say. Raises DraftError if no year can be told.
    """
    found = extract(text)
    if role is not None:
        found = [_forced(c, role) for c in found]
    results_only = all(c.role == "outcome" for c in found)
    plan = year if year is not None else plan_year(text, results_only=results_only)
    if plan is None and found:
        raise DraftError(f"{file}: the text names no year; pass --year (year= in Python)")
    stem = Path(file).stem
    source_id = _ID_RE.sub("-", stem).strip("-") or "report"
    has_outcomes = any(c.role == "outcome" for c in found)
    source = Source(
        source_id,
        f"{Path(file).name} (ykcheck extract draft)",
        file=file,
        plan=plan,
        reviews=plan - 1 if plan is not None and has_outcomes else None,
    )
    commitments = _commitments(found, source_id, plan)
    outcomes = _outcomes(found, source_id, plan, commitments)
    title = f"{stem}: draft extracted by ykcheck, to be reviewed"
    return Data(tuple(commitments), tuple(outcomes), (source,), title=title, unreviewed=True)


def _forced(c: Candidate, role: Role) -> Candidate:
    if c.role == role:
        return c
    comparator = c.comparator
    if role == "target" and comparator == "==":
        comparator = default_comparator(role, c.measure, c.value, c.unit)
    return attrs.evolve(c, role=role, comparator=comparator)


def _commitments(found: Sequence[Candidate], source: str, plan: int | None) -> list[Commitment]:
    out: list[Commitment] = []
    for c in found:
        if c.role != "target":
            continue
        year = c.year if c.year is not None else plan
        assert year is not None
        out.append(commitment(c, f"{year}-{len(out) + 1}", year, source, squash(c.quote)))
    return out


def commitment(c: Candidate, id_: str, year: int, source: str, quote: str) -> Commitment:
    """The commitment a target candidate states, quoting ``quote``."""
    target = c.target
    assert target is not None
    return Commitment(id_, year, c.section or "", c.indicator or quote, quote, source, target)


def outcome(c: Candidate, year: int, source: str, quote: str) -> Outcome:
    """The outcome a candidate reports, quoting ``quote``."""
    indicator = c.indicator or quote
    return Outcome(
        indicator, year, quote, source, c.value, c.unit, c.measure, c.hedge, upper=c.upper
    )


def _outcomes(
    found: Iterable[Candidate], source: str, plan: int | None, commitments: Sequence[Commitment]
) -> list[Outcome]:
    # an outcome whose unit cannot meet a target of the same name gets a name of its own
    units = {(c.indicator, c.target.measure): c.target.unit for c in commitments}
    out: list[Outcome] = []
    for c in found:
        if c.role != "outcome" or c.relation is not None:
            continue  # a relative statement is no result: the figures it relates are
        year = c.year if c.year is not None else (plan - 1 if plan is not None else None)
        assert year is not None
        o = outcome(c, year, source, squash(c.quote))
        known = units.get((o.indicator, c.measure))
        if known is not None and not compatible(c.unit, known):
            o = attrs.evolve(o, indicator=f"{o.indicator}（{DISPLAY.get(c.unit, c.unit) or '数'}）")
        out.append(o)
    return out


__all__ = ["commitment", "draft", "outcome"]
