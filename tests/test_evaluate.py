"""evaluate and check: verdicts on the scale of the design, exact at the boundary."""

from __future__ import annotations

from decimal import Decimal

import pytest

import ykcheck
from ykcheck import Commitment, Outcome, Target


@pytest.mark.parametrize(
    ("target", "outcome", "status"),
    [
        ("城镇调查失业率控制在5%以内", "城镇调查失业率5.0%", "met"),
        ("城镇调查失业率控制在5%以内", "城镇调查失业率5.01%", "nearly_met"),
        ("城镇调查失业率控制在5%以内", "城镇调查失业率6%", "missed"),
        ("城镇调查失业率控制在5%以内", "城镇调查失业率3.5%", "exceeded"),
        ("力争全年投资总量突破280亿元", "全年投资总量280亿元", "nearly_met"),
        ("力争全年投资总量突破280亿元", "全年投资总量280.01亿元", "met"),
        ("力争全年投资总量突破280亿元", "全年投资总量200亿元", "missed"),
        ("新增海外仓10个", "新增海外仓10个", "met"),
        ("新增海外仓10个", "新增海外仓11个", "exceeded"),
        ("新增海外仓10个", "新增海外仓9个", "nearly_met"),
        ("新增海外仓10个", "新增海外仓8个", "missed"),
        ("固定资产投资增长15%以上", "固定资产投资增长19.7%", "exceeded"),
        ("固定资产投资增长15%以上", "固定资产投资增长15.5%", "met"),
        ("固定资产投资增长15%以上", "固定资产投资增长14.5%", "nearly_met"),
        ("固定资产投资增长15%以上", "固定资产投资增长14.4%", "missed"),
        ("一般公共预算收入增长5.5%左右", "一般公共预算收入增长5.2%", "met"),
        ("一般公共预算收入增长5.5%左右", "一般公共预算收入增长4.8%", "nearly_met"),
        ("一般公共预算收入增长5.5%左右", "一般公共预算收入增长7%", "exceeded"),
        ("道路交通事故亡人数下降20%以上", "交通事故亡人数下降22.9%", "exceeded"),
        ("道路交通事故亡人数下降20%以上", "交通事故亡人数下降20%", "met"),
        ("道路交通事故亡人数下降20%以上", "交通事故亡人数下降10%", "missed"),
        # a hedged fall: 下降5%以上 is a change of -5% or less, so it is at least a fall of 3%
        ("单位能耗下降3%", "单位能耗下降5%以上", "exceeded"),
        ("单位能耗下降6%", "单位能耗下降5%以上", "incomparable"),
        ("单位能耗下降5%", "单位能耗下降超过4%", "incomparable"),
        ("单位能耗下降3%", "单位能耗下降超过4%", "exceeded"),
        ("国际销售终端500个以上", "国际销售终端超500个", "met"),
        ("国际销售终端600个以上", "国际销售终端超500个", "incomparable"),
        ("国际销售终端500个以下", "国际销售终端超500个", "missed"),
        ("绿色电力认购达到1000万千瓦时以上", "完成绿电认购1.2亿千瓦时", "exceeded"),
        ("新增光伏装机容量200兆瓦", "新增光伏装机20万千瓦", "met"),
        ("整治低效工业用地1.1万亩", "整治低效工业用地11000亩", "met"),
        ("新增海外仓10个", "新增耕地4850亩", "incomparable"),
        ("新增海外仓10个", "海外仓建设顺利推进", "unreported"),
        ("开工建设航空产业园", "航空产业园开工建设", "met"),
        ("开工建设航空产业园", "航空产业园尚未开工", "missed"),
        ("居民收入快于经济增长", "地区生产总值增长6.3%，居民收入增长7.1%", "met"),
        ("居民收入快于经济增长", "地区生产总值增长6.3%，居民收入增长5.1%", "missed"),
        ("收入增长与经济增长同步", "地区生产总值增长6.3%，居民收入增长6%", "met"),
    ],
)
def test_check(target, outcome, status):
    """One pair, judged on the verdict scale."""
    assert ykcheck.check(target, outcome).status == status


def test_about_target_has_strict_and_tolerant_readings():
    """A 左右 target is met in the tolerant reading and nearly met in the strict one."""
    v = ykcheck.check("一般公共预算收入增长5.5%左右", "一般公共预算收入增长5.2%")
    assert (v.status, v.strict_status) == ("met", "nearly_met")
    assert v.margin == Decimal("-0.3")


def test_margin_is_in_points_for_rates():
    """The margin of a rate is actual minus target in percentage points."""
    v = ykcheck.check("固定资产投资增长15%以上", "固定资产投资增长19.7%")
    assert v.margin == Decimal("4.7")


def test_margin_is_in_the_targets_unit():
    """The actual is converted to the target's unit before comparing."""
    v = ykcheck.check("绿色电力认购达到1000万千瓦时以上", "完成绿电认购1.2亿千瓦时")
    assert v.actual == Decimal(120_000_000)
    assert v.margin == Decimal(110_000_000)


def _commitment(year=2025, indicator="整治低效工业用地", target=">= 2000亩", **kw):
    from ykcheck._io.schema import parse_threshold

    comparator, value, unit = parse_threshold(target)
    t = Target(
        "threshold",
        comparator,
        value,
        unit,
        kw.pop("measure", "level"),
        kw.pop("strength", "binding"),
    )
    return Commitment(kw.pop("id", "c1"), year, "area", indicator, "quote", "src", t, **kw)


def _outcome(year, value, unit="亩", indicator="整治低效工业用地", **kw):
    return Outcome(indicator, year, "quote", "src", Decimal(value), unit, **kw)


def test_pending_without_review_and_baseline_from_year_before():
    """A plan year whose review is not loaded is pending, with last year's value as baseline."""
    report = ykcheck.evaluate([_commitment()], [_outcome(2024, "5007")], reviews=[2024])
    (v,) = report.verdicts
    assert v.status == "pending"
    assert v.baseline is not None and v.baseline.value == 5007


def test_unreported_when_review_is_loaded_but_silent():
    """A loaded review that says nothing about the commitment makes it unreported."""
    report = ykcheck.evaluate([_commitment()], [_outcome(2025, "3", "个", "other")])
    assert report.verdicts[0].status == "unreported"


def test_progress_ratio():
    """R = (actual - baseline) / (target - baseline)."""
    c = _commitment(target=">= 3000亩")
    report = ykcheck.evaluate([c], [_outcome(2024, "2000"), _outcome(2025, "2500")])
    v = report.verdicts[0]
    assert v.status == "missed"
    assert v.progress == Decimal("0.5")


def test_growth_outcome_does_not_answer_a_level_target():
    """Measures are matched: a growth rate is not a level. The review does report the
    indicator, so the verdict is incomparable, with the figure named, not unreported."""
    c = _commitment(target=">= 2000亩")
    growth = _outcome(2025, "25", "percent", measure="growth")
    (v,) = ykcheck.evaluate([c], [growth]).verdicts
    assert v.status == "incomparable"
    assert v.reason == "the review reports it only as a growth rate (+25%), not as a level"
    assert v.alternatives == (growth,)


def test_tolerances_are_data():
    """The near-miss band comes from the tolerances given."""
    c = _commitment(target=">= 100亩")
    outcomes = [_outcome(2025, "85")]
    assert ykcheck.evaluate([c], outcomes).verdicts[0].status == "missed"
    wide = ykcheck.Tolerances(near_miss_ratio="0.8")
    assert ykcheck.evaluate([c], outcomes, tolerances=wide).verdicts[0].status == "nearly_met"


def test_unmatched_outcomes_are_listed():
    """Outcomes used neither as result nor baseline are listed by the report."""
    used, spare = _outcome(2025, "2500"), _outcome(2025, "3", "个", "其他")
    report = ykcheck.evaluate([_commitment()], [used, spare])
    assert report.unmatched == (spare,)


def test_bundled_2024_verdicts(bundled):
    """On the bundled data the 2024 plan gets real verdicts and 2025 reads as pending."""
    report = ykcheck.evaluate(bundled)
    by_id = {v.commitment.indicator: v for v in report.verdicts if v.commitment.year == 2024}
    green = by_id["绿色电力认购"]
    assert green.status == "exceeded"
    assert green.outcome is not None and "1.2亿千瓦时" in green.outcome.quote
    assert by_id["公建屋顶光伏新增装机容量"].status == "unreported"
    assert {v.status for v in report.verdicts if v.commitment.year in (2023, 2025)} == {"pending"}


def test_bundled_baselines(bundled):
    """2025 targets meet their 2024 actuals under the same indicator."""
    report = ykcheck.evaluate(bundled)
    base = {
        v.commitment.indicator: v.baseline for v in report.verdicts if v.commitment.year == 2025
    }
    assert base["整治低效工业用地"].value == 5007
    assert base["固定资产投资"].value == Decimal("19.7")
    assert base["和美乡村覆盖率"].value == 53


@pytest.mark.parametrize(
    ("target", "outcome", "actual"),
    [
        ("固定资产投资增长15%以上", "地区生产总值增长6.3%，固定资产投资增长19.7%", "19.7"),
        ("地区生产总值增长6%以上", "地区生产总值增长6.3%，固定资产投资增长19.7%", "6.3"),
        ("规上工业增加值增长8%以上", "规上工业增加值增长9.5%，固定资产投资增长19.7%", "9.5"),
    ],
)
def test_check_takes_the_figure_of_the_targets_indicator(target, outcome, actual):
    """Of several figures that fit, the one whose words match the target's is judged."""
    assert ykcheck.check(target, outcome).actual == Decimal(actual)


@pytest.mark.parametrize(
    ("target", "outcome", "status", "strict"),
    [
        ("城镇调查失业率5.5%左右", "城镇调查失业率5.2%", "met", "met"),
        ("城镇调查失业率5.5%左右", "城镇调查失业率5.9%", "met", "nearly_met"),
        ("城镇调查失业率5.5%左右", "城镇调查失业率6.5%", "nearly_met", "missed"),
        ("城镇调查失业率5.5%左右", "城镇调查失业率7%", "missed", "missed"),
        ("居民消费价格涨幅3%左右", "居民消费价格上涨4.5%", "missed", "missed"),
        ("地区生产总值增长6%左右", "地区生产总值增长5.6%", "met", "nearly_met"),
        ("地区生产总值增长6%左右", "地区生产总值增长7.5%", "exceeded", "exceeded"),
    ],
)
def test_about_target_reads_the_way_that_is_better(target, outcome, status, strict):
    """A 左右 target is a floor where more is better and a ceiling where less is (失业率, 价格):
    unemployment above its target is never 'exceeded'."""
    v = ykcheck.check(target, outcome)
    assert (v.status, v.strict_status) == (status, strict)


def test_direction_in_data_overrides_the_words():
    """direction = "down" makes a 左右 target a ceiling whatever its words."""
    from .test_load import GOOD

    text = GOOD.replace('target = ">= 10个"', 'target = "~ 10个"\ndirection = "down"').replace(
        'value = "12个"', 'value = "12个"'
    )
    data = ykcheck.loads(text)
    assert data.commitments[0].direction == "down"
    assert ykcheck.evaluate(data).verdicts[0].status == "missed"
    assert ykcheck.loads(ykcheck.dumps(data)) == data
    with pytest.raises(ykcheck.DataError, match="direction"):
        ykcheck.loads(text.replace('direction = "down"', 'direction = "sideways"'))
