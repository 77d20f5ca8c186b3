"""The record extraction gives for each figure of a report: a ``Candidate`` target or outcome,
for a person to review."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from .._model import Target
from .._vocab import Comparator, Hedge, Measure, Relation, Role, Strength


@attrs.frozen(slots=False)  # built faster than with slots: an extraction makes many
class Candidate:
    """A number of a report that states a target or an outcome, for a person to review.

    ``quote`` is the clause around the number, verbatim: ``text[span[0]:span[1]] == quote``.
    ``value`` and ``unit`` are as in the model: a decline is negative (下降4.7% is -4.7 with
    measure "growth"). ``role`` is "target" or "outcome". ``comparator`` is what the words say
    (a target with none is ``>=``, or ``<=`` for a decline; an outcome with none is ``==``), and
    ``strength`` is "binding", "strive" (力争) or "ensure" (确保); ``target`` gives them as a
    ``Target`` for targets. ``hedge`` says how exact the figure is as a result (超500个: "over",
    预计: "estimate"). ``indicator`` guesses what is measured (新增海外仓), ``year`` is the year
    the text gives for it (None if it does not say), ``section`` the heading it stands under.
    ``place`` is the place a news round-up of many places' targets sets it for (its name then
    starts with the place's: 漯河地区生产总值), None in a text of one place.
    """

    quote: str
    span: tuple[int, int]
    value: Decimal
    unit: str
    role: Role
    measure: Measure = "level"
    comparator: Comparator = ">="
    strength: Strength = "binding"
    hedge: Hedge = "exact"
    indicator: str = ""
    year: int | None = None
    section: str | None = None
    relation: Relation | None = None  # a relative statement (与经济增长同步): no figure of its own
    reference: str | None = None  # the indicator it compares with (GDP)
    upper: Decimal | None = None  # the far end of a result's range (5%-6%; 9000余: below 10000)
    place: str | None = None  # the place a round-up of many places' targets sets it for (漯河)

    @property
    def quantity(self) -> Any:
        """The value as a pint Quantity (the registry is built on first use)."""
        from .._units import registry

        return registry().Quantity(self.value, self.unit or "dimensionless")

    @property
    def target(self) -> Target | None:
        """What a target candidate promises, as the model's Target (None for outcomes)."""
        if self.role != "target":
            return None
        if self.relation is not None:
            return Target(
                "relative",
                self.comparator,
                measure="growth",
                strength=self.strength,
                relation=self.relation,
                reference=self.reference,
            )
        return Target(
            "threshold", self.comparator, self.value, self.unit, self.measure, self.strength
        )


__all__ = ["Candidate"]
