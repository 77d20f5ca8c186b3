"""The paths of judging that the common case does not take: the short path for exact values
checked against the general one, fractions, ``<``, zero targets, units that cannot meet, hedged
references, and the ambition of a target judged with the data's own tolerances."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ykcheck
from ykcheck import Commitment, Outcome, Target
from ykcheck._grade import grade, interval, point_status
from ykcheck._model import Tolerances

from .test_load import GOOD

DECIMALS = st.decimals(min_value=-(10**6), max_value=10**6, places=3, allow_nan=False)


def _verdict(target: Target, outcome: Outcome, reviews=(2025,), outcomes=()) -> ykcheck.Verdict:
    c = Commitment("c", 2025, "area", outcome.indicator, "quote", "s", target)
    return ykcheck.evaluate([c], [outcome, *outcomes], reviews=reviews).verdicts[0]


def _outcome(value: str, unit: str, hedge="exact", indicator="指标", measure="level") -> Outcome:
    return Outcome(indicator, 2025, "q", "s", Decimal(value), unit, measure, hedge)


@given(
    DECIMALS,
    DECIMALS,
    st.sampled_from([">=", ">", "<=", "<"]),
    st.booleans(),
    st.sampled_from([Tolerances(), Tolerances(near_miss_ratio="0.8", exceed_points="2")]),
)
def test_short_path_agrees_with_the_general_one(actual, t, comparator, rate, tol):
    """``point_status`` (exact values, the common case) and ``grade`` on a one-point interval
    give the same status for every value, threshold, comparator and tolerance."""
    general, _ = grade(interval(actual, "exact", Decimal(0)), comparator, t, rate, tol)
    assert point_status(actual, comparator, t, rate, tol) == general


@given(DECIMALS, DECIMALS, st.sampled_from([">=", ">", "<=", "<"]), st.booleans())
def test_fractions_and_decimals_grade_alike(actual, t, comparator, rate):
    """The same value graded as a Fraction (the path of a factor such as 亩 = 2000/3 平方米)
    and as a Decimal gives the same status."""
    tol = Tolerances()
    as_decimal = grade(interval(actual, "exact", Decimal(0)), comparator, t, rate, tol)
    as_fraction = grade(
        interval(Fraction(actual), "exact", Fraction(0)), comparator, Fraction(t), rate, tol
    )
    assert as_decimal == as_fraction


def test_a_factor_that_is_not_decimal_is_judged_exactly():
    """1.5亩 is exactly 1000平方米 (亩 = 2000/3 平方米): it meets >= 1000 and misses > 1000."""
    v = _verdict(Target("threshold", ">=", Decimal(1000), "平方米"), _outcome("1.5", "亩"))
    assert (v.status, v.actual, v.margin) == ("met", Decimal(1000), Decimal(0))
    v = _verdict(Target("threshold", ">", Decimal(1000), "平方米"), _outcome("1.5", "亩"))
    assert v.status == "nearly_met"
    v = _verdict(Target("threshold", ">=", Decimal(1000), "平方米"), _outcome("1.2", "亩"))
    assert v.status == "missed"  # 800平方米: 80% of the target


def test_strictly_below():
    """低于5%: 5% itself misses (nearly), 4.9% meets, 3% exceeds by 2 points."""
    t = Target("threshold", "<", Decimal(5), "percent")
    statuses = [_verdict(t, _outcome(v, "percent")).status for v in ("5", "4.9", "3", "6")]
    assert statuses == ["nearly_met", "met", "exceeded", "missed"]


def test_a_zero_level_target_has_no_bands():
    """重大事故0起: zero meets it, one misses it (a share of zero is no band)."""
    t = Target("threshold", "<=", Decimal(0), "个")
    assert [_verdict(t, _outcome(v, "个")).status for v in ("0", "1")] == ["met", "missed"]


def test_units_that_cannot_meet_are_incomparable():
    """An outcome in 亩 against a target in 个 is incomparable, and says why."""
    v = _verdict(Target("threshold", ">=", Decimal(10), "个"), _outcome("10", "亩"))
    assert v.status == "incomparable"
    assert v.reason == "the unit 亩 cannot be compared with 个"


def test_a_hedged_reference_makes_a_relative_target_incomparable():
    """与经济增长同步 when GDP growth is reported only as 约6%: incomparable, with the reason."""
    t = Target("relative", "~", measure="growth", relation="sync", reference="地区生产总值")
    income = _outcome("6", "percent", indicator="居民收入", measure="growth")
    gdp = _outcome("6", "percent", hedge="about", indicator="地区生产总值", measure="growth")
    v = _verdict(t, income, outcomes=[gdp])
    assert v.status == "incomparable"
    assert v.reason == "the growth of 地区生产总值 is reported only as a range"


def test_ambition_uses_the_datas_tolerances():
    """With about_ratio 0.01, last year's 约105个 lies in [103.95, 106.05]: it already meets
    >= 100个, as the verdict on the same figure says. (With the default 0.05 it would straddle
    100; the ambition was once judged with the defaults whatever the data said.)"""
    text = (
        GOOD.replace('value = "12个"', 'value = "105个"\nhedge = "about"').replace(
            'target = ">= 10个"', 'target = ">= 100个"'
        )
        + '\n[method]\nabout_ratio = "0.01"\n'
        + GOOD[GOOD.index("[[outcome]]") :]
        .replace("year = 2025", "year = 2024")
        .replace('value = "12个"', 'value = "105个"\nhedge = "about"')
    )
    report = ykcheck.evaluate(ykcheck.loads(text), reviews=[2024, 2025])
    (v,) = report.verdicts
    assert v.status == "met"
    assert v.ambition is not None and v.ambition.already_met


def test_determinism_across_hash_seeds(tmp_path):
    """The report and a draft are byte-identical whatever the interpreter's hash seed."""
    script = (
        "import ykcheck, pathlib;"
        "r = ykcheck.evaluate(ykcheck.load(ykcheck.bundled_data()));"
        "t = pathlib.Path(ykcheck.bundled_data()).parent / 'sources' / '2025.txt';"
        "print(r.to_markdown() + r.to_json() + r.to_csv());"
        "print(ykcheck.dumps(ykcheck.draft(t.read_text('utf-8'), '2025.txt')))"
    )
    outputs = set()
    for seed in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, env=env, check=True, cwd=tmp_path
        )
        outputs.add(run.stdout)
    assert len(outputs) == 1
    assert len(next(iter(outputs))) > 10_000


def test_a_hedged_result_is_read_as_its_number_give_or_take_little():
    """A preliminary 5.1%左右 (a province's review, https://gk889.com/n20111/c181466-40262291.html)
    keeps a 5.5% ceiling and 7.6%左右 misses an 8% floor: a 左右 result lies within
    ``hedge_points`` of its number, not within the wider tolerance of a 左右 target. 6%左右
    against a 6% floor straddles it. The width is the data's: with 0.5 points 5.1%左右 straddles."""
    assert ykcheck.check("城镇调查失业率控制在5.5%以内", "城镇调查失业率5.1%左右").status == "met"
    assert ykcheck.check(
        "农村居民人均可支配收入增长8%", "农村居民人均可支配收入增长7.6%左右"
    ).status in (
        "nearly_met",
        "missed",
    )
    assert ykcheck.check("地区生产总值增长6%", "地区生产总值增长6%左右").status == "incomparable"
    wide = Tolerances(hedge_points="0.5")
    got = ykcheck.check("城镇调查失业率控制在5.5%以内", "城镇调查失业率5.1%左右", tolerances=wide)
    assert got.status == "incomparable"
    assert ykcheck.check("粮食产量500万吨以上", "粮食产量约520万吨").status == "met"  # 2%: 509.6+
    assert ykcheck.check("粮食产量510万吨以上", "粮食产量约505万吨").status == "incomparable"


def test_the_width_of_a_hedged_result_is_read_from_the_method_table():
    """``hedge_points`` in a data file's [method] table is the one its verdicts use."""
    data = ykcheck.loads(GOOD + '\n[method]\nhedge_points = "0.5"\nhedge_ratio = "0.1"\n')
    assert data.tolerances.hedge_points == Decimal("0.5")
    assert data.tolerances.hedge_ratio == Decimal("0.1")


@pytest.mark.parametrize(
    ("target", "result", "status", "margin"),
    [
        # 比上年减少0.07万亩 (benchmarks/eval/extract/tune): a change from the year before; the
        # targets are written here for the test
        ("化学需氧量比上年减少3000吨", "化学需氧量比上年减少3013吨", "met", "-13吨"),
        ("化学需氧量比上年减少3000吨", "化学需氧量比上年减少2800吨", "nearly_met", "+200吨"),
        ("粮食播种面积比上年增加1万亩", "粮食播种面积比上年增加0.95万亩", "nearly_met", "-500亩"),
    ],
)
def test_a_change_of_an_amount_is_judged_in_its_unit(target, result, status, margin):
    """A change of an amount (比上年减少3000吨, 比上年增加1万亩) is compared in its unit, not in
    percentage points, and shown as an increment (增量), not a growth rate."""
    v = ykcheck.check(target, result)
    assert v.status == status
    assert str(v).split("margin ")[1].startswith(margin)
    assert "增量" in str(v.commitment.target) and "百分点" not in str(v)


COUNTS = st.integers(min_value=1, max_value=10**7)


VISITED = [("人", "人次"), ("名", "人次"), ("辆", "辆次"), ("家", "家次")]


@given(COUNTS, COUNTS, st.sampled_from(VISITED))
def test_a_count_of_persons_bounds_their_visits_one_way(n, t, units):
    """Each person is counted once or more among the visits (人次): n persons against a floor
    of t visits keep it when n >= t and never decide it otherwise; n visits against a floor of
    t persons miss it when n < t and never decide it otherwise (酒泉: 有组织输转12.83万人 for
    年计划12万人次 had been incomparable)."""
    persons, visits = units
    v = _verdict(Target("threshold", ">=", Decimal(t), visits), _outcome(str(n), persons))
    kept = v.status in ("met", "exceeded")
    assert kept if n >= t else v.status == "incomparable", (n, t, v.reason)
    assert v.reason and "counts each once" in v.reason
    v = _verdict(Target("threshold", ">=", Decimal(t), persons), _outcome(str(n), visits))
    short = v.status in ("missed", "nearly_met")
    assert short if n < t else v.status == "incomparable", (n, t, v.reason)


def test_a_count_of_persons_is_no_bound_of_what_else_is_counted():
    """Only visits of what a count counts are bounded by it: 人 says nothing of 户 or 个, a
    hedge that leaves the bound two-sided (近13万人) none either, and a result in the target's
    own unit is chosen before a bound."""
    t = Target("threshold", ">=", Decimal(120000), "人次")
    assert _verdict(t, _outcome("130000", "户")).status == "incomparable"
    assert _verdict(t, _outcome("130000", "人", hedge="near")).status == "incomparable"
    v = _verdict(t, _outcome("130000", "人"), outcomes=[_outcome("110000", "人次")])
    assert (v.status, v.outcome.unit) == ("nearly_met", "人次")
    assert ykcheck.check("年计划12万人次", "有组织输转12.83万人").status == "met"
    # (a review of the change: a place in a ranking, 位次, is no visit of 位, persons; 1200次 is
    # no count of firms for 1000家次)
    v = ykcheck.check("新增城镇就业5000人", "城镇新增就业工作考核全市第2位")
    assert v.status == "incomparable" and "visits" not in (v.reason or "")
    assert ykcheck.check("检查企业1000家次", "检查企业1200次").status == "incomparable"
    v = ykcheck.check("培训12万人次", "培训11万人")
    assert v.reason is not None and "does not settle" in v.reason and "hedged" not in v.reason
