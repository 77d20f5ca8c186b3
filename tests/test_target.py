"""parse_target: the language of targets, on every target phrase of the seeds."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

import ykcheck
from ykcheck._phrases import target_at
from ykcheck._ranks import quantities

from .conftest import DATA, gold


def _located(year: str):
    """Each gold target with the token at its place in the whitespace-free source."""
    text = re.sub(r"\s+", "", (DATA / "sources" / f"{year}.txt").read_text(encoding="utf-8"))
    pos, found = 0, []
    for q in gold(year):
        at = text.find(q["context"], pos)
        assert at >= 0, q["context"]
        pos = at
        if q["role"] != "target" or q.get("kind") == "relative":
            continue
        start = at + q["context"].index(q["text"])
        toks = [t for t in quantities(text) if t.start == start]
        found.append((q, text, toks[0] if toks else None))
    return found


TARGETS = [item for year in ("2025", "2023") for item in _located(year)]
RELATIVE = [q for year in ("2025", "2023") for q in gold(year) if q.get("kind") == "relative"]


@pytest.mark.parametrize("q", RELATIVE, ids=[q["context"] for q in RELATIVE])
def test_every_relative_target_of_the_seeds(q):
    """与经济增长同步 and 快于经济增长 in the seeds read as relative targets against GDP."""
    t = ykcheck.parse_target(q["context"])
    assert (t.kind, t.comparator, t.measure, t.reference) == (
        "relative",
        q["comparator"],
        "growth",
        "地区生产总值",
    )


def test_there_are_gold_targets():
    """Both seeds contribute targets to the golden set."""
    assert len(TARGETS) > 80


@pytest.mark.parametrize(("q", "text", "tok"), TARGETS, ids=[q["context"] for q, _, _ in TARGETS])
def test_every_target_phrase_of_the_seeds(q, text, tok):
    """Each target of the seeds reads with the annotated comparator, measure and strength."""
    assert tok is not None, "the quantity is not found as a quantity"
    t = target_at(text, tok)
    assert (t.comparator, t.value, t.unit, t.measure, t.strength) == (
        q["comparator"],
        Decimal(q["value"]),
        {"%": "percent"}.get(q["unit"], q["unit"]),
        q["measure"],
        q["strength"],
    )


@pytest.mark.parametrize(
    ("phrase", "comparator", "value", "unit", "measure", "strength"),
    [
        ("力争全年投资总量突破280亿元", ">", "280", "亿元", "level", "strive"),
        ("新增海外仓10个", ">=", "10", "个", "level", "binding"),
        ("固定资产投资增长15%以上", ">=", "15", "percent", "growth", "binding"),
        ("城镇调查失业率控制在5%以内", "<=", "5", "percent", "level", "binding"),
        ("一般公共预算收入增长5.5%左右", "~", "5.5", "percent", "growth", "binding"),
        ("招引 10 亿元以上制造业项目 8 个", ">=", "8", "个", "level", "binding"),
        ("道路交通事故亡人数较前三年均值下降20%以上", "<=", "-20", "percent", "growth", "binding"),
        ("城乡居民收入倍差缩小至1.69", "<=", "1.69", "", "level", "binding"),
        ("确保国家重点保护物种保护率90%以上", ">=", "90", "percent", "level", "ensure"),
        ("地表水断面Ⅲ类水质达标率保持100%", ">=", "100", "percent", "level", "binding"),
        ("专利侵权纠纷平均调处周期压缩至35天以内", "<=", "35", "天", "level", "binding"),
        ("重点产业链规上工业总产值力争突破千亿", ">", "1000", "亿元", "level", "strive"),
        ("增速不超过3%", "<=", "3", "percent", "growth", "binding"),
        ("不良贷款率低于1%", "<", "1", "percent", "level", "binding"),
        ("PM2.5平均浓度降至25微克/立方米", "<=", "25", "微克每立方米", "level", "binding"),
        ("提高2个百分点", ">=", "2", "百分点", "growth", "binding"),
    ],
)
def test_parse_target_examples(phrase, comparator, value, unit, measure, strength):
    """Comparators follow the statutory reading; a qualifier is not the target."""
    t = ykcheck.parse_target(phrase)
    assert t.kind == "threshold"
    assert (t.comparator, t.value, t.unit, t.measure, t.strength) == (
        comparator,
        Decimal(value),
        unit,
        measure,
        strength,
    )


def test_parse_target_quantity_is_pint():
    """t.quantity is a pint Quantity in the target's unit."""
    t = ykcheck.parse_target("力争全年投资总量突破280亿元")
    assert t.quantity.to("元").magnitude == Decimal("2.8e10")


@pytest.mark.parametrize(
    ("phrase", "relation", "comparator"),
    [
        ("全体居民人均可支配收入增长与经济增长同步", "sync", "~"),
        ("一般公共预算收入与经济增长基本同步", "sync", "~"),
        ("居民人均可支配收入快于经济增长", "faster", ">"),
    ],
)
def test_relative_targets(phrase, relation, comparator):
    """与经济增长同步 and 快于经济增长 compare with GDP growth of the same year."""
    t = ykcheck.parse_target(phrase)
    assert (t.kind, t.relation, t.comparator, t.measure, t.reference) == (
        "relative",
        relation,
        comparator,
        "growth",
        "地区生产总值",
    )


@pytest.mark.parametrize(
    ("phrase", "strength"),
    [
        ("开工建设航空产业园", "binding"),
        ("争创全国文明城市", "strive"),
        ("确保全年不发生较大以上安全生产事故", "ensure"),
        ("建成投用浙中新型储能产业园", "binding"),
    ],
)
def test_milestones(phrase, strength):
    """Phrases with no number but a verb of completion are milestones."""
    t = ykcheck.parse_target(phrase)
    assert (t.kind, t.strength, t.quantity) == ("milestone", strength, None)


@pytest.mark.parametrize("phrase", ["", "PM2.5日均浓度持续改善", "大力发展夜间经济"])
def test_parse_target_rejects(phrase):
    """A phrase with no quantity, relation or milestone verb raises ParseError."""
    with pytest.raises(ykcheck.ParseError):
        ykcheck.parse_target(phrase)
