"""A report a reader can trust: it does not depend on the order of records or files, it never
shows a figure that contradicts its verdict, and it says what a figure is a share of and whether
anyone has checked the data."""

from __future__ import annotations

import random
from decimal import Decimal

import attrs
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ykcheck
from ykcheck import Commitment, Outcome, Source
from ykcheck import strategies as yks
from ykcheck._cli import main

DATA = """
title = "{title}"

[[source]]
id = "s"
title = "{source}"
url = "https://www.gov.cn/zhengce/content_495972.htm"
reviews = 2024

[[commitment]]
id = "{id}"
year = 2024
area = "区域"
indicator = "海外仓"
quote = "新增海外仓10个"
source = "s"
target = ">= 10个"

[[outcome]]
indicator = "海外仓"
year = 2024
quote = "新增海外仓9.2个"
source = "s"
value = "9.2个"
"""


def _write(path, title="A", source="a source", id_="c1", method=""):
    path.write_text(DATA.format(title=title, source=source, id=id_) + method, encoding="utf-8")
    return str(path)


def _run(*args):
    return CliRunner().invoke(main, list(args))


def _split(data: ykcheck.Data, parts: int, rnd: random.Random) -> list[ykcheck.Data]:
    """``data`` dealt at random into ``parts`` data sets, each with every source."""
    piles: list[tuple[list[Commitment], list[Outcome]]] = [([], []) for _ in range(parts)]
    for c in data.commitments:
        rnd.choice(piles)[0].append(c)
    for o in data.outcomes:
        rnd.choice(piles)[1].append(o)
    return [attrs.evolve(data, commitments=tuple(cs), outcomes=tuple(os)) for cs, os in piles if cs]


def test_unmatched_outcomes_that_differ_in_their_hedge_alone_keep_one_order():
    """Two unmatched results alike but for their hedge (0% and 超0%) are listed in one order,
    whatever the order of the records (the property below found them listed as given)."""
    plain = Outcome("乙", 2020, "“quote”", "s", Decimal(0), "percent", "growth")
    over = attrs.evolve(plain, hedge="over")
    target = ykcheck.Target("threshold", ">=", Decimal(1), "percent", "growth", "binding")
    c = Commitment("c0", 2020, "area", "甲", "甲>= 1%", "s", target)
    src = (Source("s", "s"),)
    reports = [
        ykcheck.evaluate(ykcheck.Data((c,), outcomes, src)).to_markdown()
        for outcomes in ((plain, over), (over, plain))
    ]
    assert reports[0] == reports[1]


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=40)
@given(yks.data_sets(), st.integers(1, 4), st.randoms(use_true_random=False))
def test_a_report_does_not_depend_on_the_order_of_records_or_files(data, parts, rnd):
    """Dealing the records into files, shuffling them in each, and giving the files in any order
    gives a byte-identical report."""
    pieces = _split(data, parts, rnd)
    shuffled = [
        attrs.evolve(
            d,
            commitments=tuple(rnd.sample(d.commitments, len(d.commitments))),
            outcomes=tuple(rnd.sample(d.outcomes, len(d.outcomes))),
        )
        for d in rnd.sample(pieces, len(pieces))
    ]
    merged = ykcheck.merge(pieces)
    for fmt in ("to_markdown", "to_json", "to_csv"):
        expected = getattr(ykcheck.evaluate(merged), fmt)()
        assert getattr(ykcheck.evaluate(ykcheck.merge(shuffled)), fmt)() == expected


def test_method_in_one_file_holds_whatever_the_order(tmp_path):
    """[method] in one of two files applies to both, in either order (near_miss_ratio 0.95 makes
    9.2 of 10 a miss)."""
    a = _write(tmp_path / "a.toml")
    m = tmp_path / "m.toml"
    m.write_text('[method]\nnear_miss_ratio = "0.95"\n', encoding="utf-8")
    first, second = _run("report", a, str(m)), _run("report", str(m), a)
    assert first.exit_code == second.exit_code == 0
    assert first.output == second.output
    assert "| 未完成 missed |" in first.output


def test_two_files_that_set_method_differently_are_refused(tmp_path):
    """Two [method] tables that disagree are a conflict to resolve, named with their files; in
    one data set (a file and its includes) the second is located."""
    a = _write(tmp_path / "a.toml", method='\n[method]\nnear_miss_ratio = "0.95"\n')
    b = _write(tmp_path / "b.toml", id_="c2", method='\n[method]\nnear_miss_ratio = "0.8"\n')
    for args in ((a, b), (b, a)):
        result = _run("report", *args)
        assert result.exit_code == 2
        assert "set different tolerances in [method]" in result.output
        assert "a.toml: near_miss_ratio = 0.95; " in result.output
    (tmp_path / "m1.toml").write_text('[method]\nexceed_ratio = "1.2"\n', encoding="utf-8")
    (tmp_path / "m2.toml").write_text('[method]\nexceed_ratio = "1.3"\n', encoding="utf-8")
    (tmp_path / "all.toml").write_text('include = ["m1.toml", "m2.toml"]\n', encoding="utf-8")
    with pytest.raises(ykcheck.DataError, match=r"m2.toml:1:1: \$.method: a second \[method\]"):
        ykcheck.load(tmp_path / "all.toml")


def test_sources_and_titles_of_several_files(tmp_path):
    """A source id defined differently in two files is refused; defined the same, it is one
    source. The report's title is every file's title, whatever their order."""
    a = _write(tmp_path / "a.toml", title="乙")
    b = _write(tmp_path / "b.toml", title="甲", id_="c2")
    assert _run("report", a, b).output == _run("report", b, a).output
    assert _run("report", a, b).output.startswith("# 乙 · 甲\n")
    c = _write(tmp_path / "c.toml", source="another source", id_="c3")
    result = _run("report", a, c)
    assert result.exit_code == 2
    assert "source id 's' is defined differently in " in result.output


def test_a_file_given_twice_is_a_mistake(tmp_path):
    """The same file twice (by another name too) would count its commitments twice."""
    a = _write(tmp_path / "a.toml")
    result = _run("report", a, str(tmp_path / "." / "a.toml"))
    assert result.exit_code == 2
    assert "is given twice" in result.output


def _progress(target: str, baseline: str, actual: str) -> ykcheck.Verdict:
    c = Commitment("c", 2025, "", "仓", "q", "s", ykcheck.parse_target(target))
    outcomes = [
        Outcome("仓", year, "q", "s", Decimal(v), "个")
        for year, v in ((2024, baseline), (2025, actual))
    ]
    (v,) = ykcheck.evaluate([c], outcomes).verdicts
    return v


@pytest.mark.parametrize(
    ("target", "baseline", "actual", "status", "progress"),
    [
        ("新增10个以上", "12", "8", "missed", None),  # no change asked: no R of 200%
        ("新增10个以上", "6", "8", "missed", "0.5"),
        ("控制在10个以内", "8", "12", "missed", None),  # a ceiling above the baseline
        ("控制在10个以内", "14", "12", "missed", "0.5"),
    ],
)
def test_progress_is_shown_only_where_the_target_asks_for_a_change(
    target, baseline, actual, status, progress
):
    """R is the share of a change the target asks for; where it asks for none, there is no R
    (and no band), never one that contradicts the verdict."""
    v = _progress(target, baseline, actual)
    assert v.status == status
    assert v.progress == (None if progress is None else Decimal(progress))
    if progress is None:
        assert v.band is None and "R =" not in ykcheck.describe(v)


def test_a_draft_says_so_everywhere(tmp_path):
    """Data marked unreviewed = true (a draft) is said to be one at the top of the report, in
    JSON, and by lint."""
    path = tmp_path / "draft.toml"
    path.write_text("unreviewed = true\n" + DATA.format(title="t", source="s", id="c1"), "utf-8")
    data = ykcheck.load(path)
    report = ykcheck.evaluate(data)
    assert report.unreviewed
    assert "**Unreviewed data** 数据未经核对" in report.to_markdown().split("## Summary")[0]
    assert '"unreviewed": true' in report.to_json()
    assert any(f.code == "unreviewed" for f in ykcheck.lint(data))
    reviewed = ykcheck.evaluate(attrs.evolve(data, unreviewed=False))
    assert "Unreviewed" not in reviewed.to_markdown()
    assert not any(
        f.code == "unreviewed" for f in ykcheck.lint(attrs.evolve(data, unreviewed=False))
    )


def test_a_rate_shows_what_it_is_a_share_of():
    """兑现率 with its counts beside it, rounded down: 2 of 3 is 66% (2/3), never 67%."""
    source = Source("s", "t", reviews=2025)
    commitments = [
        Commitment(f"c{i}", 2025, "", f"仓{i}", "q", "s", ykcheck.parse_target("新增10个"))
        for i in range(3)
    ]
    outcomes = [
        Outcome(f"仓{i}", 2025, "q", "s", Decimal(v), "个") for i, v in enumerate(("10", "12", "5"))
    ]
    text = ykcheck.evaluate(commitments, outcomes, sources=[source]).to_markdown()
    assert "| 66% (2/3) | 66% (2/3) |" in text


def test_a_source_link_stays_clickable():
    """A URL with _ is an autolink, not markdown escaped into a broken link."""
    data = ykcheck.loads(DATA.format(title="t", source="s", id="c1"))
    text = ykcheck.evaluate(data).to_markdown()
    assert "<https://www.gov.cn/zhengce/content_495972.htm>" in text
    assert "content\\_" not in text
