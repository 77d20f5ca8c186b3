"""Beyond one year: ambition, histories, lint and exports, on hand-checked rows."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import ykcheck
from ykcheck import histories, history_markdown, lint

from .test_cli import run
from .test_load import GOOD

# the same indicator reported the year before: a baseline for the 2025 commitment of GOOD
BASELINE_2024 = """
[[outcome]]
indicator = "新增海外仓"
year = 2024
value = "10个"
quote = "q"
source = "s"
"""


def _by_indicator(report):
    return {v.commitment.indicator: v.ambition for v in report.verdicts if v.ambition}


def test_target_below_last_years_result_is_flagged(bundled):
    """2025's 2000亩 of 整治低效工业用地 against 5007亩 done in 2024: set below, 0.40 of it."""
    a = _by_indicator(ykcheck.evaluate(bundled))["整治低效工业用地"]
    assert a.already_met
    assert (a.baseline, a.change, a.ratio) == (Decimal(5007), Decimal(-3007), Decimal("0.40"))


def test_growth_target_below_last_years_growth_is_flagged(bundled):
    """2025's 固定资产投资增长15%以上 against 19.7% in 2024: 4.7 points lower."""
    a = _by_indicator(ykcheck.evaluate(bundled))["固定资产投资"]
    assert a.already_met and a.rate
    assert a.change == Decimal("-4.7")


def test_ambitious_target_is_not_flagged(bundled):
    """科创强基项目投资 11亿元 against 9.1亿元 reaches beyond last year."""
    a = _by_indicator(ykcheck.evaluate(bundled))["科创强基项目投资"]
    assert not a.already_met
    assert a.ratio == Decimal("1.21")


def test_other_base_is_not_compared(bundled):
    """A decline measured against 前三年均值 is not set beside last year's decline."""
    assert "道路交通事故亡人数" not in _by_indicator(ykcheck.evaluate(bundled))


def test_report_lists_low_targets(bundled):
    """The markdown report has the ambition section with its flags."""
    text = ykcheck.evaluate(bundled).to_markdown()
    section = text.split("## Ambition")[1].split("\n## ")[0]
    assert "| 2025 | 整治低效工业用地 | ≥ 2000亩 | 5007亩 | -3007亩 (0.4×) | ⚑ |" in section


def test_history_of_an_indicator(bundled):
    """整治低效工业用地 runs from 1.1万亩 (2022) and 5007亩 (2024) to the 2000亩 target (2025)."""
    (h,) = histories(ykcheck.evaluate(bundled), "整治低效工业用地")
    rows = [
        (
            y.year,
            y.outcome.value if y.outcome else None,
            y.verdict.commitment.target.value if y.verdict else None,
        )
        for y in h.years
    ]
    assert rows == [(2022, 11000, None), (2024, 5007, None), (2025, None, 2000)]
    text = history_markdown([h])
    assert 'x-axis ["2022 实绩", "2024 实绩", "2025 目标"]' in text
    assert "bar [11000, 5007, 2000]" in text


def test_history_unknown_indicator_suggests(bundled):
    """An unknown name is an error (exit 2 on the CLI) that suggests loaded names."""
    result = run("history", "固定资产")
    assert result.exit_code == 2
    assert "固定资产投资" in result.output


def test_history_cli_lists_indicators():
    """`ykcheck history` with no name shows every indicator with two years or more."""
    result = run("history")
    assert result.exit_code == 0
    assert "## 整治低效工业用地 · 水平 level" in result.output
    assert "```mermaid\nxychart-beta" in result.output


def test_lint_units_and_plan_year(tmp_path):
    """Lint warns of an indicator in units that cannot meet and of an unannounced plan year."""
    text = (
        GOOD.replace('value = "12个"', 'value = "12个"\n')
        + """
[[commitment]]
id = "c2"
year = 2026
area = "区域"
indicator = "新增海外仓"
quote = "新增海外仓10个"
source = "s"
target = ">= 10亩"
"""
    )
    data = ykcheck.loads(text)
    codes = {(f.level, f.code) for f in lint(data)}
    assert ("warning", "units") in codes
    assert ("warning", "plan-year") in codes
    path = tmp_path / "d.toml"
    path.write_text(text, encoding="utf-8")
    result = run("lint", "--data", str(path))
    assert result.exit_code == 1
    assert "warning units: 新增海外仓 (level)" in result.output


def test_lint_bundled_has_no_warnings():
    """The bundled data lints clean but for its unmatched outcomes."""
    result = run("lint")
    assert result.exit_code == 0
    assert result.output.startswith("note unmatched")


def test_records_load_as_a_table(bundled):
    """to_records gives one plain dict per commitment; CSV has the same rows."""
    report = ykcheck.evaluate(bundled)
    records = report.to_records()
    assert len(records) == len(bundled.commitments)
    green = next(r for r in records if r["indicator"] == "绿色电力认购")
    assert (green["status"], green["actual"], green["outcome_unit"]) == (
        "exceeded",
        "120000000",
        "千瓦时",
    )
    rows = list(csv.DictReader(io.StringIO(report.to_csv())))
    assert [r["id"] for r in rows] == [r["id"] for r in records]


def test_strict_and_tolerant_fulfilment():
    """A 左右 target met only in the tolerant reading counts in one rate and not the other."""
    text = GOOD.replace('target = ">= 10个"', 'target = "~ 5.5%"\nmeasure = "growth"').replace(
        'value = "12个"', 'value = "5.2%"\nmeasure = "growth"'
    )
    report = ykcheck.evaluate(ykcheck.loads(text))
    assert report.fulfilment(2025) == 1
    assert report.fulfilment(2025, strict=True) == 0


def test_progress_band(bundled):
    """R reads as on track, some progress or off track by the bands of the tolerances."""
    text = GOOD.replace('target = ">= 10个"', 'target = ">= 20个"') + BASELINE_2024
    v = ykcheck.evaluate(ykcheck.loads(text), reviews=[2024, 2025]).verdicts[0]
    assert v.progress == Decimal("0.2")
    assert v.band == "off track"


def test_progress_shows_in_the_markdown_row():
    """An assessed level target with a baseline shows R and its band in the margin cell."""
    text = GOOD.replace('target = ">= 10个"', 'target = ">= 20个"') + BASELINE_2024
    markdown = ykcheck.evaluate(ykcheck.loads(text), reviews=[2024, 2025]).to_markdown()
    assert "-8个 (0.6×); R = 20% (off track)" in markdown


def test_ambition_of_a_ceiling_about_target():
    """失业率5.5%左右 after 5.0% last year is already met (a ceiling), not set above it."""
    text = (
        GOOD.replace('target = ">= 10个"', 'target = "~ 5.5%"')
        .replace('indicator = "新增海外仓"', 'indicator = "城镇调查失业率"')
        .replace('value = "12个"', 'value = "5%"')
        .replace("year = 2025\nvalue", "year = 2024\nvalue")
    )
    data = ykcheck.loads(text)
    (v,) = ykcheck.evaluate(data, reviews=[2024]).verdicts
    assert v.ambition is not None and v.ambition.already_met
