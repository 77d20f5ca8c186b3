"""The report: the verdicts of a data set with what they were judged against, summarised.

A ``Report`` holds results only; its ``to_markdown``, ``to_json``, ``to_csv`` and
``to_records`` hand it to the renderers (``_render``), which compute nothing. Verdicts are ordered
by plan year, then by where their quote stands in the source (when known), then by area and id,
so the same data gives byte-identical output whatever the order of its records.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs

from ._evaluate import unmatched
from ._model import Commitment, Outcome, Source, Tolerances, Verdict
from ._vocab import ASSESSED, Status


def _unmatched(report: Report) -> tuple[Outcome, ...]:
    return unmatched(report.verdicts, report.outcomes)


@attrs.frozen
class Report:
    """Verdicts with what they were judged against; render with ``to_markdown`` or ``to_json``."""

    verdicts: tuple[Verdict, ...]
    outcomes: tuple[Outcome, ...] = ()
    sources: tuple[Source, ...] = ()
    reviews: frozenset[int] = frozenset()
    tolerances: Tolerances = attrs.field(factory=Tolerances)
    title: str | None = None
    positions: Mapping[str, int] = attrs.field(factory=dict, eq=False, repr=False)
    machine: bool = False  # its pairs of commitments and results were made by ykcheck (compare)
    unreviewed: bool = False  # built on data nobody has checked yet (a draft)
    # targets the plan sets for other places than those the texts are about (a news round-up of
    # a province's cities' targets beside one city's review): listed, not judged
    elsewhere: tuple[Commitment, ...] = ()
    # the outcomes that no verdict used, as result, baseline or reference
    unmatched: tuple[Outcome, ...] = attrs.field(
        default=attrs.Factory(_unmatched, takes_self=True), eq=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "verdicts", tuple(sorted(self.verdicts, key=self._key)))

    def _key(self, v: Verdict) -> tuple[int, int, str, str]:
        c = v.commitment
        return (c.year, self.positions.get(c.id, 1 << 62), c.area, c.id)

    def pairs(self) -> Counter[str]:
        """How the commitments whose review is loaded were paired: "paired" with a result,
        "unreported" (nothing reports them) or "ambiguous" (figures that name the indicator
        but differ, or come in another measure or unit: named, not picked)."""
        found: Counter[str] = Counter()
        for v in self.verdicts:
            if v.status != "pending":
                kind = "ambiguous" if v.alternatives else "paired" if v.outcome else "unreported"
                found[kind] += 1
        return found

    @property
    def years(self) -> list[int]:
        """The plan years of the verdicts, in order."""
        return sorted({v.commitment.year for v in self.verdicts})

    def counts(self, year: int | None = None, strict: bool = False) -> Counter[Status]:
        """How many verdicts of each status (of one plan year, or of all); ``strict`` counts the
        strict reading of 左右 targets."""
        return Counter(
            (v.strict_status or v.status) if strict else v.status
            for v in self.verdicts
            if year in (None, v.commitment.year)
        )

    def fulfilment(self, year: int | None = None, strict: bool = False) -> Decimal | None:
        """Share of assessed commitments that were met or exceeded (None if none assessed).

        ``strict`` reads 左右 targets strictly (the number itself, no tolerance).
        """
        counts = self.counts(year, strict)
        assessed = sum(counts[s] for s in ASSESSED)
        if not assessed:
            return None
        return Decimal(counts["met"] + counts["exceeded"]) / assessed

    def to_records(self) -> list[dict[str, Any]]:
        """One plain dict per commitment with every figure of its verdict (for pandas, polars)."""
        from ._render.records import records

        return records(self)

    def to_csv(self) -> str:
        """The records as CSV text, one row per commitment, columns in a fixed order."""
        from ._render.records import to_csv

        return to_csv(self)

    def to_json(self) -> str:
        """The report as JSON text: summary, verdicts, unmatched outcomes, tolerances."""
        from ._render.records import to_json

        return to_json(self)

    def to_markdown(self, lang: str = "both") -> str:
        """The report as markdown; the same input gives the same bytes. ``lang``: the language of
        the verdict labels, "both", "zh" or "en" (another raises ValueError)."""
        from ._render.markdown import to_markdown

        return to_markdown(self, lang)


__all__ = ["Report"]
