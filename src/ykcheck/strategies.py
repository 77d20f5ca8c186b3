"""Hypothesis strategies for ykcheck's values, for property-testing pipelines built on it.

Values are built by construction, never by filtering: a phrase comes with the value it must parse
to, and a commitment with an outcome placed on a chosen side of its threshold.

    from hypothesis import given
    from ykcheck import strategies as yks

    @given(yks.quantity_phrases())
    def test_reads(pair):
        phrase, (value, unit) = pair
        assert my_parser(phrase) == (value, unit)

Requires hypothesis (``pip install 'ykcheck[test]'``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from ._model import Commitment, Data, Outcome, Source, Target, Tolerances
from ._quantity import format_amount
from ._units import DISPLAY, MONEY_MULTIPLES, MULTIPLE, RANK, RATE_UNITS
from ._vocab import Hedge

__all__ = [
    "amounts",
    "commitment_outcome_pairs",
    "data_sets",
    "decimals",
    "quantities",
    "quantity_phrases",
    "target_phrases",
    "targets",
    "units",
]

# Units a report writes after a number (registry names).
UNIT_NAMES: tuple[str, ...] = tuple(sorted(u for u in DISPLAY if u))
# 年 is left out of targets: 2025年 is a date, not a quantity of years.
LEVEL_UNITS: tuple[str, ...] = tuple(
    u for u in UNIT_NAMES if u not in RATE_UNITS and u not in ("年", RANK, MULTIPLE)
)

_DIGITS = "零一二三四五六七八九"


def decimals(
    max_value: int = 10**9, places: int = 4, positive: bool = False
) -> st.SearchStrategy[Decimal]:
    """Non-negative (or positive) Decimals with at most ``places`` decimals, as report figures
    are."""
    return st.builds(
        lambda n, p: _plain(Decimal(n).scaleb(-p)),
        st.integers(1 if positive else 0, max_value * 10**places),
        st.integers(0, places),
    )


def _plain(d: Decimal) -> Decimal:
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()


def units(rates: bool = True) -> st.SearchStrategy[str]:
    """Registry unit names ('' is a plain number)."""
    return st.sampled_from(("", *(UNIT_NAMES if rates else LEVEL_UNITS)))


def amounts() -> st.SearchStrategy[tuple[Decimal, str]]:
    """(magnitude, unit) pairs as ykcheck stores them."""
    return st.tuples(decimals(), units())


def quantities() -> st.SearchStrategy[Any]:
    """pint Quantities with Decimal magnitudes in ykcheck's registry."""
    from ._units import registry

    return amounts().map(lambda a: registry().Quantity(a[0], a[1] or "dimensionless"))


def _chinese(n: int) -> str:
    """An integer below 10**8 in Chinese numerals (十五, 一百零五, 三千二百, 两万零五十)."""
    if n == 0:
        return "零"
    hi, lo = divmod(n, 10**4)
    if not hi:
        text = _chinese_small(n)
        return text[1:] if text.startswith("一十") else text  # 十五, not 一十五
    tail = _chinese_small(lo) if lo else ""
    if lo and lo < 1000:
        tail = "零" + tail  # 一万零五十
    return _chinese_small(hi) + "万" + tail


def _chinese_small(n: int) -> str:
    """1 to 9999: digits with their place words, 零 for each gap between digits."""
    out: list[str] = []
    gap = False
    for unit, word in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, unit)
        if digit:
            if gap and out:
                out.append("零")
            out.append(_DIGITS[digit] + word)
            gap = False
        else:
            gap = True
    return "".join(out)


@st.composite
def quantity_phrases(draw: st.DrawFn) -> tuple[str, tuple[Decimal, str]]:
    """(phrase, (value, unit)): a quantity written as a report might, with what it means.

    Forms: 1.1万亩 (multiplier folded), 11000亩, full-width digits, a space before the unit,
    Chinese numerals for whole numbers.
    """
    value, unit = draw(amounts())
    shown = DISPLAY[unit]
    form = draw(st.sampled_from(["report", "plain", "fullwidth", "spaced", "chinese"]))
    plain = format_amount(value, "") if abs(value) < 10**4 else f"{value:f}"
    if form == "report":
        phrase = format_amount(value, unit)
    elif form == "fullwidth":
        phrase = plain.translate(str.maketrans("0123456789.", "０１２３４５６７８９．")) + shown
    elif form == "spaced":
        phrase = f"{plain} {shown}"
    elif form == "chinese" and value == value.to_integral_value() and value < 10**8 and unit:
        if unit in MONEY_MULTIPLES or shown[0] not in "千万亿百十":
            phrase = _chinese(int(value)) + shown
        else:
            phrase = plain + shown
    else:
        phrase = plain + shown
    return phrase, (value, unit)


_WORDS = {
    ">=": (("", "以上"), ("不低于", ""), ("达到", ""), ("", "")),
    ">": (("突破", ""), ("超过", ""), ("超", "")),
    "<=": (("控制在", "以内"), ("不超过", ""), ("", "以内"), ("降至", "")),
    "~": (("", "左右"),),
}
_STRENGTH_WORDS = {"binding": "", "strive": "力争", "ensure": "确保"}


def targets(comparators: tuple[str, ...] = (">=", ">", "<=", "~")) -> st.SearchStrategy[Target]:
    """Threshold targets: level targets in any unit, growth targets in percent."""
    level = st.builds(
        lambda c, v, u, s: Target("threshold", c, v, u, "level", s),
        st.sampled_from(comparators),
        decimals(10**6, positive=True),
        st.sampled_from(LEVEL_UNITS),
        st.sampled_from(sorted(_STRENGTH_WORDS)),
    )
    growth = st.builds(
        lambda c, v, s: Target("threshold", c, v, "percent", "growth", s),
        st.sampled_from([c for c in comparators if c in (">=", "~")] or [">="]),
        decimals(100, 1, positive=True),
        st.sampled_from(sorted(_STRENGTH_WORDS)),
    )
    return level | growth


@st.composite
def target_phrases(draw: st.DrawFn) -> tuple[str, Target]:
    """(phrase, Target): a target written with the words the reports use for it."""
    target = draw(targets())
    assert target.value is not None
    amount = format_amount(target.value, target.unit)
    strength = _STRENGTH_WORDS[target.strength]
    if target.measure == "growth":
        suffix = "左右" if target.comparator == "~" else draw(st.sampled_from(["以上", ""]))
        return f"{strength}固定资产投资增长{amount}{suffix}", target
    prefix, suffix = draw(st.sampled_from(_WORDS[target.comparator]))
    noun = draw(
        st.sampled_from(["新增海外仓", "整治低效工业用地", "实现城市更新投资", "建成充电桩"])
    )
    return f"{strength}{noun}{prefix}{amount}{suffix}", target


def _commitment(target: Target, year: int, indicator: str, n: int) -> Commitment:
    quote = f"{indicator}{target.threshold_text()}"
    return Commitment(f"c{n}", year, "area", indicator, quote, "s", target)


@st.composite
def commitment_outcome_pairs(
    draw: st.DrawFn, side: str | None = None
) -> tuple[Commitment, Outcome, str]:
    """(commitment, outcome, side): an outcome placed on a chosen side of the threshold.

    ``side`` is "pass" (the threshold holds), "fail" (it does not) or None for either. The
    outcome is exact and in the target's unit, so ``evaluate`` must find it assessed, with a
    status of exceeded or met on "pass" and nearly met or missed on "fail".
    """
    target = draw(targets((">=", ">", "<=")))
    assert target.value is not None
    chosen = side or draw(st.sampled_from(["pass", "fail"]))
    step = draw(decimals(1000, 2, positive=True))
    up = target.comparator in (">=", ">")
    boundary_passes = target.comparator in (">=", "<=")
    if chosen == "pass":
        delta = Decimal(0) if boundary_passes and draw(st.booleans()) else step
        value = target.value + delta if up else target.value - delta
    else:
        delta = Decimal(0) if not boundary_passes and draw(st.booleans()) else step
        value = target.value - delta if up else target.value + delta
    year = draw(st.integers(2000, 2099))
    c = _commitment(target, year, "指标", 0)
    o = Outcome("指标", year, "quote", "s", value, target.unit, target.measure)
    return c, o, chosen


@st.composite
def data_sets(draw: st.DrawFn, max_size: int = 8) -> Data:
    """Whole data sets (sources, commitments, outcomes, tolerances) that dump and load."""
    n = draw(st.integers(1, max_size))
    indicators = draw(st.lists(st.sampled_from(["甲", "乙", "丙", "丁"]), min_size=n, max_size=n))
    commitments = []
    outcomes = []
    for i, name in enumerate(indicators):
        target = draw(targets())
        year = draw(st.integers(2020, 2026))
        indicator = f"{name}{target.unit}{target.measure}"  # one unit per indicator
        commitments.append(_commitment(target, year, indicator, i))
        if draw(st.booleans()):
            value = draw(decimals(10**6))
            hedges: list[Hedge] = ["exact", "over", "about", "estimate"]
            hedge = draw(st.sampled_from(hedges))
            outcomes.append(
                Outcome(indicator, year, "quote", "s", value, target.unit, target.measure, hedge)
            )
    tol = draw(st.sampled_from([Tolerances(), Tolerances(near_miss_ratio="0.8")]))
    source = Source("s", "a source", reviews=2024)
    return Data(tuple(commitments), tuple(outcomes), (source,), tol, "title")
