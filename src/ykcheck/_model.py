"""The model: targets, commitments, outcomes, sources and tolerances, as frozen attrs classes;
``Data`` (what a data set holds) and the results judged from it (``Verdict``, ``Ambition``).

Magnitudes are Decimals in the unit the source wrote; ``quantity`` gives the pint Quantity. The
model reads no text: what words say is decided before a record is made (``_phrases``), and what
a verdict shows is decided by the evaluator (``_evaluate``).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal

import attrs

from ._quantity import format_amount
from ._units import DISPLAY, MULTIPLE, RANK, RATE_UNITS, registry
from ._vocab import (
    ASSESSED,
    BOUND_SIGNS,
    COMPARATORS,
    DIRECTIONS,
    HEDGE_MARKS,
    HEDGES,
    KINDS,
    LABELS,
    MEASURES,
    STRENGTH_ZH,
    STRENGTHS,
    SYMBOLS,
    Band,
    Comparator,
    Direction,
    Hedge,
    Kind,
    Measure,
    Relation,
    Status,
    Strength,
)

_in = attrs.validators.in_


def _quantity(value: Decimal | None, unit: str) -> Any:
    return None if value is None else registry().Quantity(value, unit or "dimensionless")


@attrs.frozen
class Target:
    """What a commitment promises.

    ``kind`` is "threshold" (a comparator and a quantity), "relative" (growth in step with, or
    faster than, a reference indicator such as GDP) or "milestone" (done or not). For a growth
    measure the value is a percent change, negative for a decline.
    """

    kind: Kind = attrs.field(validator=_in(KINDS))
    comparator: Comparator = attrs.field(validator=_in(COMPARATORS))
    value: Decimal | None = None
    unit: str = ""
    measure: Measure = attrs.field(default="level", validator=_in(MEASURES))
    strength: Strength = attrs.field(default="binding", validator=_in(STRENGTHS))
    relation: Relation | None = None  # "sync" or "faster", relative targets only
    reference: str | None = None  # the indicator a relative target compares with
    # a rate (growth in %, or a level in % or 百分点) is compared in percentage points; a change
    # of an amount (比上年增加0.46万亩, 比上年减少3000吨) in its unit, as amounts are
    is_rate: bool = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        # (a place in a ranking is compared in places, as a rate in points; a multiple, 增长1倍,
        # in times)
        rate = (
            self.unit in RATE_UNITS
            or self.unit == RANK
            or (self.measure == "growth" and self.unit == MULTIPLE)
        )
        object.__setattr__(self, "is_rate", rate)

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
            if self.measure == "growth":  # (a change of an amount: its increment)
                text = ("增速 " if self.is_rate else "增量 ") + text
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
    # None: the evaluator reads it from the words
    direction: Direction | None = attrs.field(
        default=None, validator=attrs.validators.optional(_in(DIRECTIONS))
    )

    @property
    def strength(self) -> Strength:
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
    measure: Measure = attrs.field(default="level", validator=_in(MEASURES))
    hedge: Hedge = attrs.field(default="exact", validator=_in(HEDGES))
    done: bool | None = None
    note: str | None = None
    # the upper end of a range (5%-6%) or of a "more than" (9000余人 is below 10000)
    upper: Decimal | None = None

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
        if self.upper is not None:  # 5%–6%, 9000–10000人: both ends in one notation
            shown = DISPLAY.get(self.unit, self.unit)
            low, top = (format_amount(x, "") for x in (self.value, self.upper))
            if low[-1].isdigit() != top[-1].isdigit():  # 9000 and 1万
                low, top = (format(x.normalize(), "f") for x in (self.value, self.upper))
            return f"{'+' if self.measure == 'growth' and self.value > 0 else ''}{low}–{top}{shown}"
        if self.value < 0 and self.hedge in BOUND_SIGNS:
            return f"{BOUND_SIGNS[self.hedge]} {amount}"  # ≤ -5% (下降5%以上), not -5%以内
        before, after = HEDGE_MARKS[self.hedge]
        return f"{before}{amount}{after}"


@attrs.frozen
class Source:
    """A document that quotes come from. ``excerpt``: only part of the document is loaded, so
    what it does not report may stand in the rest of it."""

    id: str
    title: str
    file: str | None = None
    url: str | None = None
    plan: int | None = None
    reviews: int | None = None
    excerpt: bool = False


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
    hedge_points: Decimal = attrs.field(default=Decimal("0.2"), converter=_dec)
    hedge_ratio: Decimal = attrs.field(default=Decimal("0.02"), converter=_dec)
    progress_high: Decimal = attrs.field(default=Decimal("0.95"), converter=_dec)
    progress_low: Decimal = attrs.field(default=Decimal("0.6"), converter=_dec)
    # derived once, used for every verdict: the bands as shares of the target
    exceed_share: Decimal = attrs.field(init=False, eq=False, repr=False)
    near_share: Decimal = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "exceed_share", self.exceed_ratio - 1)
        object.__setattr__(self, "near_share", 1 - self.near_miss_ratio)

    def as_strings(self) -> dict[str, str]:
        """The settings as a data file's ``[method]`` table writes them."""
        return {a.name: str(getattr(self, a.name)) for a in attrs.fields(Tolerances) if a.init}

    def band(self, progress: Decimal) -> Band:
        """The SDG-style reading of R: "on track", "some progress" or "off track"."""
        if progress >= self.progress_high:
            return "on track"
        return "some progress" if progress >= self.progress_low else "off track"


@attrs.frozen
class Data:
    """Everything loaded from one data file and the files it includes."""

    commitments: tuple[Commitment, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    sources: tuple[Source, ...] = ()
    tolerances: Tolerances = attrs.field(factory=Tolerances)
    title: str | None = None
    unreviewed: bool = False
    # where each commitment's quote stands in its source (whitespace removed), to keep the
    # report in the source's order whatever the order of records
    positions: Mapping[str, int] = attrs.field(factory=dict, eq=False, repr=False)

    @property
    def reviews(self) -> frozenset[int]:
        """Years whose review is loaded: a source that reviews them, or an outcome of them."""
        years = {s.reviews for s in self.sources if s.reviews is not None}
        if not any(s.reviews is not None for s in self.sources):
            years |= {o.year for o in self.outcomes}
        return frozenset(years)


# -- results ---------------------------------------------------------------------------------------


@attrs.frozen(slots=False)  # built for many verdicts: a dict class is built faster
class Ambition:
    """A target beside the same indicator's result of the year before (its baseline)."""

    baseline: Decimal  # last year's value, in the target's unit
    target: Decimal  # this year's target
    already_met: bool  # last year's result already meets this year's target, as judged
    rate: bool = False  # the target is a rate: ``change`` is in percentage points

    @property
    def change(self) -> Decimal:
        """Target minus baseline (percentage points for rates)."""
        return self.target - self.baseline

    @property
    def ratio(self) -> Decimal | None:
        """Target over baseline, to two places, for levels with a positive baseline."""
        if self.rate or self.baseline <= 0:
            return None
        return round(self.target / self.baseline, 2)


@attrs.frozen
class Pairing:
    """How a commitment and its result were paired: by the same indicator ``name``, by one entry
    of the indicator ``catalogue`` (``entry``), or by ``similar`` names (``score``, 0 to 1)."""

    method: Literal["name", "catalogue", "similar"]
    commitment_name: str
    outcome_name: str
    entry: str | None = None
    score: Decimal | None = None

    def __str__(self) -> str:
        if self.method == "catalogue":
            return f"catalogue: {self.entry} ({self.commitment_name} = {self.outcome_name})"
        if self.method == "similar":
            return f"similar names: {self.commitment_name} ~ {self.outcome_name} ({self.score})"
        return f"same indicator: {self.commitment_name}"


# not slotted: a verdict is built for every pair judged, and a dict class is built faster
@attrs.frozen(slots=False)
class Verdict:
    """The judgement of one commitment, with the evidence it rests on.

    ``actual`` and ``threshold`` are in the target's unit; ``margin`` is actual minus threshold
    (percentage points for rates) and ``ratio`` actual over threshold (levels). ``progress`` is
    R = (actual - baseline) / (target - baseline) where a baseline is known, and ``band`` its
    reading with the tolerances used. ``strict_status`` is the strict reading of a 左右 target;
    ``ambition`` sets the target beside last year's result.
    """

    commitment: Commitment
    status: Status  # not validated: only the evaluator makes verdicts, type-checked
    outcome: Outcome | None = None
    baseline: Outcome | None = None
    reference: Outcome | None = None  # the outcome a relative target compares with
    actual: Decimal | None = None
    threshold: Decimal | None = None  # the effective threshold (a relative target's reference)
    progress: Decimal | None = None
    strict_status: Status | None = None
    reason: str | None = None
    band: Band | None = None
    ambition: Ambition | None = None
    pairing: Pairing | None = None  # how a machine paired the result (None: by hand, in data)
    alternatives: tuple[Outcome, ...] = ()  # results that could not be told apart, or used

    @property
    def assessed(self) -> bool:
        return self.status in ASSESSED

    @property
    def evidence(self) -> Outcome | None:
        """The result a reader is shown as the review's words: the outcome; where there is none
        but the results that could not be told apart all stand in one quote (城乡居民人均可支配
        收入分别增长7%和9% for 居民人均可支配收入), the outcome whose quote holds them all."""
        if self.outcome is not None or not self.alternatives:
            return self.outcome
        widest = max(self.alternatives, key=lambda o: len(o.quote))
        # (the quote of a list's first items starts that of its whole: 分别增长7%, 分别增长7%和9%)
        if all(
            o.source == widest.source and widest.quote.startswith(o.quote)
            for o in self.alternatives
        ):
            return widest
        return None

    @property
    def margin(self) -> Decimal | None:
        """Actual minus threshold, in the target's unit (percentage points for rates)."""
        if self.actual is None or self.threshold is None:
            return None
        return self.actual - self.threshold

    @property
    def ratio(self) -> Decimal | None:
        """Actual over threshold, for a level target above zero (None otherwise)."""
        if (
            self.actual is None
            or not self.threshold
            or self.threshold < 0
            or self.commitment.target.is_rate
        ):
            return None
        return self.actual / self.threshold

    @property
    def label(self) -> str:
        """The status as the report names it: 超额完成 exceeded."""
        zh, en = LABELS[self.status]
        return f"{zh} {en}"


__all__ = [
    "Ambition",
    "Commitment",
    "Data",
    "Outcome",
    "Pairing",
    "Source",
    "Target",
    "Tolerances",
    "Verdict",
]
