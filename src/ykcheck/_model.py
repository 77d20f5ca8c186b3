"""The model: targets, commitments, outcomes, as frozen attrs classes.

Magnitudes are Decimals in the unit the source wrote; ``quantity`` gives the pint Quantity.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Final

import attrs

from ._quantity import format_amount
from ._units import RATE_UNITS, registry

COMPARATORS: Final = (">=", ">", "<=", "<", "~", "==")
SYMBOLS: Final = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "~": "≈", "==": "="}
KINDS: Final = ("threshold", "relative", "milestone")
MEASURES: Final = ("level", "growth")
STRENGTHS: Final = ("binding", "strive", "ensure")
RELATIONS: Final = ("sync", "faster")
DIRECTIONS: Final = ("up", "down")
HEDGES: Final = ("exact", "over", "at_least", "under", "at_most", "about", "estimate")
STRENGTH_ZH: Final = {"binding": "", "strive": "力争", "ensure": "确保"}


def _quantity(value: Decimal | None, unit: str) -> Any:
    return None if value is None else registry().Quantity(value, unit or "dimensionless")


@attrs.frozen
class Target:
    """What a commitment promises.

    ``kind`` is "threshold" (a comparator and a quantity), "relative" (growth in step with, or
    faster than, a reference indicator such as GDP) or "milestone" (done or not). For a growth
    measure the value is a percent change, negative for a decline.
    """

    kind: str = attrs.field(validator=attrs.validators.in_(KINDS))
    comparator: str = attrs.field(validator=attrs.validators.in_(COMPARATORS))
    value: Decimal | None = None
    unit: str = ""
    measure: str = attrs.field(default="level", validator=attrs.validators.in_(MEASURES))
    strength: str = attrs.field(default="binding", validator=attrs.validators.in_(STRENGTHS))
    relation: str | None = None  # "sync" or "faster", relative targets only
    reference: str | None = None  # the indicator a relative target compares with
    # a rate (growth, or a level in % or 百分点) is compared in percentage points
    is_rate: bool = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "is_rate", self.measure == "growth" or self.unit in RATE_UNITS)

    @property
    def quantity(self) -> Any:
        """The threshold as a pint Quantity (None for milestones and relative targets)."""
        return _quantity(self.value, self.unit)

    def threshold_text(self) -> str:
        """The threshold as written in data files: ``>= 10个``, ``~ 5.5%``."""
        assert self.value is not None
        return f"{self.comparator} {format_amount(self.value, self.unit)}"

    def __str__(self) -> str:
        if self.kind == "milestone":
            text = "完成 done"
        elif self.kind == "relative":
            ref = self.reference or "经济增长"
            text = f"增速 {'≈' if self.relation == 'sync' else '>'} {ref}增速"
        else:
            assert self.value is not None
            amount = format_amount(self.value, self.unit)
            if self.measure == "growth" and self.value > 0:
                amount = "+" + amount
            text = f"{SYMBOLS[self.comparator]} {amount}"
            if self.measure == "growth":
                text = "增速 " + text
        zh = STRENGTH_ZH[self.strength]
        return f"{text} ({zh})" if zh else text


@attrs.frozen
class Commitment:
    """One promise of a plan year, with the words it was read from."""

    id: str
    year: int
    area: str
    indicator: str
    quote: str
    source: str
    target: Target
    baseline: str | None = None  # what a growth target compares with, if not the year before
    note: str | None = None
    # which way is better, for a 左右 target: "up" (增长6%左右) or "down" (失业率5.5%左右);
    # None reads it from the words (see _target.lower_is_better)
    direction: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.in_(DIRECTIONS))
    )

    # whether less is better for this commitment's 左右 target (unemployment, prices): read once
    lower_is_better: bool = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.direction is not None:
            lower = self.direction == "down"
        elif self.target.comparator == "~":
            from ._target import lower_is_better

            lower = lower_is_better(self.indicator + self.quote)
        else:
            lower = False  # only a 左右 target needs the direction
        object.__setattr__(self, "lower_is_better", lower)

    @property
    def strength(self) -> str:
        return self.target.strength


@attrs.frozen
class Outcome:
    """One reported result of a year, with the words it was read from.

    ``hedge`` says how exact the value is: "exact", "over" (超500个: above), "at_least" (以上),
    "under" (不到), "at_most" (以内), "about" (左右) or "estimate" (预计). Milestone outcomes
    have ``done`` and no value.
    """

    indicator: str
    year: int
    quote: str
    source: str
    value: Decimal | None = None
    unit: str = ""
    measure: str = attrs.field(default="level", validator=attrs.validators.in_(MEASURES))
    hedge: str = attrs.field(default="exact", validator=attrs.validators.in_(HEDGES))
    done: bool | None = None
    note: str | None = None

    @property
    def quantity(self) -> Any:
        return _quantity(self.value, self.unit)

    def value_text(self) -> str:
        """The value as the report writes it, with its hedge: 超500个, 预计730亿元, +19.7%."""
        if self.value is None:
            return "已完成 done" if self.done else "未完成 not done"
        amount = format_amount(self.value, self.unit)
        if self.measure == "growth" and self.value > 0:
            amount = "+" + amount
        if self.value < 0 and self.hedge in _BOUND_SIGNS:
            return f"{_BOUND_SIGNS[self.hedge]} {amount}"  # ≤ -5% (下降5%以上), not -5%以内
        prefix = {"over": "超", "under": "不到", "about": "约", "estimate": "预计"}.get(self.hedge)
        suffix = {"at_least": "以上", "at_most": "以内"}.get(self.hedge, "")
        return f"{prefix or ''}{amount}{suffix}"


# a hedged negative value is written as a bound: 超-5% or -5%以内 would read as the size of a fall
_BOUND_SIGNS: Final = {"over": ">", "at_least": "≥", "under": "<", "at_most": "≤"}


@attrs.frozen
class Source:
    """A document that quotes come from."""

    id: str
    title: str
    file: str | None = None
    url: str | None = None
    plan: int | None = None
    reviews: int | None = None
