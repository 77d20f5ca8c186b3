"""Lint: problems in a data set that load but weaken the report.

Warnings: an indicator used with units that cannot meet across records; a commitment whose plan
year no loaded source announces. Notes: outcomes that match nothing.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Literal

import attrs

from .._evaluate import evaluate_all, unmatched
from .._model import Data, Outcome
from .._text import printable
from .._units import DISPLAY, compatible


@attrs.frozen
class Finding:
    """One lint finding: ``level`` is "warning" or "note"."""

    level: Literal["warning", "note"]
    code: str
    message: str

    def __str__(self) -> str:
        return printable(f"{self.level} {self.code}: {self.message}")


def lint(data: Data) -> list[Finding]:
    """Every finding on ``data``, warnings first."""
    verdicts = evaluate_all(data.commitments, data.outcomes, data.reviews, data.tolerances)
    found = _units(data) + _plan_years(data) + _unmatched(unmatched(verdicts, data.outcomes))
    if data.unreviewed:
        found.append(
            Finding(
                "warning",
                "unreviewed",
                "the data is a draft nobody has checked (unreviewed = true): check every record "
                "against its quote, then delete that line",
            )
        )
    return sorted(found, key=lambda f: (f.level != "warning", f.code, f.message))


def _units(data: Data) -> list[Finding]:
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in data.commitments:
        if c.target.kind == "threshold":
            seen[c.indicator, c.target.measure].add(c.target.unit)
    for o in data.outcomes:
        if o.value is not None:
            seen[o.indicator, o.measure].add(o.unit)
    out = []
    for (name, measure), units in sorted(seen.items()):
        first = sorted(units)[0]
        if any(not compatible(first, u) for u in units):
            shown = ", ".join(DISPLAY.get(u, u) or "plain number" for u in sorted(units))
            out.append(
                Finding(
                    "warning",
                    "units",
                    f"{name} ({measure}) is recorded in units that cannot be compared: {shown}",
                )
            )
    return out


def _plan_years(data: Data) -> list[Finding]:
    announced = {s.plan for s in data.sources if s.plan is not None}
    years = sorted({c.year for c in data.commitments} - announced)
    return [
        Finding(
            "warning", "plan-year", f"commitments of plan year {y} cite no source with plan = {y}"
        )
        for y in years
    ]


def _unmatched(rest: tuple[Outcome, ...]) -> list[Finding]:
    if not rest:
        return []
    years = ", ".join(
        f"{y}: {sum(o.year == y for o in rest)}" for y in sorted({o.year for o in rest})
    )
    return [
        Finding(
            "note",
            "unmatched",
            f"{len(rest)} outcomes match no commitment ({years}); the report lists them",
        )
    ]


__all__ = ["Finding", "lint"]
