"""Property-based tests of the core: round trips, monotonicity, unit invariance, boundaries."""

from __future__ import annotations

import contextlib
import random
from decimal import Decimal
from fractions import Fraction

import attrs
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

import ykcheck
from ykcheck import strategies as yks
from ykcheck._evaluate import evaluate_all
from ykcheck._units import FACTORS, decimal_ratio, ratio

RANK = {"missed": 0, "nearly_met": 1, "met": 2, "exceeded": 3}


@given(yks.amounts())
def test_format_then_parse_is_identity(amount):
    """format_quantity writes a phrase that parse_quantity reads back to the same quantity."""
    value, unit = amount
    q = ykcheck.Quantity(value, unit or "dimensionless")
    back = ykcheck.parse_quantity(ykcheck.format_quantity(q))
    assert back.magnitude == value and back.units == q.units


@given(yks.quantity_phrases())
def test_quantity_phrases_parse_to_their_value(pair):
    """Every way of writing a quantity (folded 万, full-width, spaced, Chinese) reads the same."""
    phrase, (value, unit) = pair
    q = ykcheck.parse_quantity(phrase)
    assert q.magnitude == value
    assert q.units == ykcheck.ureg.Unit(unit or "dimensionless")


@given(yks.target_phrases())
def test_target_phrases_parse_to_their_target(pair):
    """A target written with the reports' words parses to that target."""
    phrase, target = pair
    assert ykcheck.parse_target(phrase) == target


def _status(c, value):
    o = ykcheck.Outcome(c.indicator, c.year, "q", "s", value, c.target.unit, c.target.measure)
    return evaluate_all([c], [o], {c.year})[0].status


@given(yks.commitment_outcome_pairs(), yks.decimals(1000, 2))
def test_a_better_actual_never_worsens_the_verdict(pair, step):
    """Monotonicity: moving the actual in the target's direction never lowers the verdict."""
    c, o, _ = pair
    better = o.value + step if c.target.comparator in (">=", ">", "~") else o.value - step
    assert RANK[_status(c, better)] >= RANK[_status(c, o.value)]


@given(yks.commitment_outcome_pairs())
def test_verdict_is_on_the_side_constructed(pair):
    """An outcome built to pass is met or exceeded; one built to fail is nearly met or missed.
    The boundary is exact: 5.0% meets 5%以内, 280亿元 does not meet 突破280亿元."""
    c, o, side = pair
    status = _status(c, o.value)
    assert status in (("met", "exceeded") if side == "pass" else ("nearly_met", "missed"))


SAME_DIMENSION = [
    (a, b)
    for a in FACTORS
    for b in FACTORS
    if a and b and a != b and FACTORS[a][0] == FACTORS[b][0]
]


def _exact_decimal(x: Fraction) -> Decimal | None:
    """``x`` as a Decimal if it is one exactly (its denominator has no prime but 2 and 5)."""
    d = x.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return Decimal(x.numerator) / Decimal(x.denominator) if d == 1 else None


# the pairs whose factor back to the target's unit is not a decimal (亩 -> 平方米 is 2000/3)
IN_FRACTIONS = [(a, b) for a, b in SAME_DIMENSION if decimal_ratio(b, a) is None]


@given(
    yks.commitment_outcome_pairs(),
    st.sampled_from(SAME_DIMENSION) | st.sampled_from(IN_FRACTIONS),
)
def test_unit_change_does_not_change_the_verdict(pair, units):
    """200兆瓦 and 20万千瓦 judge alike: the outcome in another unit gives the same verdict.

    The outcome is written in the other unit; judging converts it back to the target's unit,
    through a factor that is not always a decimal (亩 -> 平方米 is 2000/3): the path in
    fractions runs then, and must agree with the path in decimals."""
    c, o, _ = pair
    src, dst = units
    c = attrs.evolve(c, target=attrs.evolve(c.target, unit=src, measure="level"))
    converted = _exact_decimal(Fraction(o.value) * ratio(src, dst))
    assume(converted is not None)
    o1 = attrs.evolve(o, unit=src, measure="level")
    o2 = attrs.evolve(o, unit=dst, value=converted, measure="level")
    v1, v2 = (evaluate_all([c], [x], {c.year})[0] for x in (o1, o2))
    if decimal_ratio(dst, src) is None:
        event("judged in fractions")
    assert v1.status == v2.status
    assert v1.margin == v2.margin


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=50)
@given(yks.data_sets())
def test_dump_then_load_is_identity(data):
    """dumps writes what loads reads back to equal data."""
    assert ykcheck.loads(ykcheck.dumps(data)) == data


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=30)
@given(yks.data_sets(), st.randoms(use_true_random=False))
def test_report_does_not_depend_on_record_order(data, rnd: random.Random):
    """Shuffling the records gives a byte-identical report."""
    shuffled = attrs.evolve(
        data,
        commitments=tuple(rnd.sample(data.commitments, len(data.commitments))),
        outcomes=tuple(rnd.sample(data.outcomes, len(data.outcomes))),
    )
    assert ykcheck.evaluate(shuffled).to_markdown() == ykcheck.evaluate(data).to_markdown()
    assert ykcheck.evaluate(shuffled).to_json() == ykcheck.evaluate(data).to_json()


@given(st.text())
def test_parse_raises_only_ykcheck_errors(text):
    """On any text, parsing either succeeds or raises a YkcheckError."""
    for parse in (ykcheck.parse_quantity, ykcheck.parse_target):
        with contextlib.suppress(ykcheck.YkcheckError):
            parse(text)
