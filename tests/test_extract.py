"""Extraction: candidate targets and outcomes from raw report text, measured against the gold.

The gold (tests/data/gold/*.toml) annotates every number of the two seeds with its role. A
candidate matches a gold quantity when its span covers the gold number's place and its value and
unit agree; recall, precision and role accuracy are printed (``pytest -s``) and asserted.
"""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import ykcheck
from ykcheck import strategies as yks
from ykcheck._cli import main
from ykcheck._cli.extract import draft_toml
from ykcheck._extract import plan_year
from ykcheck._extract.figures import quantities as _tokens
from ykcheck._numbers import ARABIC_RE as _ARABIC_RE
from ykcheck._numbers import NUMERAL_TOKEN_RE as _NUMERAL_TOKEN_RE
from ykcheck._numbers import matches as _matches
from ykcheck._text import fold

from .conftest import DATA, gold

SEEDS = ("2025", "2023")
RECALL_BAR, PRECISION_BAR, ROLE_BAR = 0.95, 0.90, 0.90
_UNITS = {"%": "percent", "rank": "位次"}


def _source(year: str) -> str:
    return (DATA / "sources" / f"{year}.txt").read_text(encoding="utf-8")


def _gold_places(year: str) -> tuple[str, list[tuple[dict, int]]]:
    """The seed's text, and each gold quantity with the offset of its number in that text.

    The gold locates a quantity by forward str.find of its context in the text with all white
    space removed (as tests/test_target.py does); the offset is mapped back to the original."""
    text = _source(year)
    kept = [i for i, ch in enumerate(text) if not ch.isspace()]
    squashed = "".join(text[i] for i in kept)
    pos, places = 0, []
    for q in gold(year):
        at = squashed.find(q["context"], pos)
        assert at >= 0, q["context"]
        pos = at
        places.append((q, kept[at + q["context"].index(q["text"])]))
    return text, places


def _measure(year: str) -> tuple[float, float, float, list[str]]:
    """(recall, precision, role accuracy, misses) of extract on a seed against its gold."""
    text, places = _gold_places(year)
    found = ykcheck.extract(text)
    used: dict[int, int] = {}  # gold index -> candidate index
    for g, (q, at) in enumerate(places):
        if q["role"] == "none":
            continue
        value, unit = Decimal(q["value"]), _UNITS.get(q["unit"], q["unit"])
        fits = [
            i
            for i, c in enumerate(found)
            if i not in used.values()
            and c.span[0] <= at < c.span[1]
            and c.value == value
            and c.unit == unit
        ]
        if fits:
            used[g] = min(fits, key=lambda i: found[i].span[1] - at)
    relevant = [g for g, (q, _) in enumerate(places) if q["role"] != "none"]
    recall = len(used) / len(relevant)
    precision = len(used) / len(found) if found else 0.0
    right = sum(1 for g, i in used.items() if found[i].role == places[g][0]["role"])
    role_accuracy = right / len(used) if used else 0.0
    misses = [
        f"missed {places[g][0]['role']} {places[g][0]['context']}"
        for g in relevant
        if g not in used
    ]
    misses += [f"extra {c.role} {c.quote!r}" for i, c in enumerate(found) if i not in used.values()]
    misses += [
        f"role {found[i].role} for {places[g][0]['role']} {found[i].quote!r}"
        for g, i in used.items()
        if found[i].role != places[g][0]["role"]
    ]
    return recall, precision, role_accuracy, misses


@pytest.mark.parametrize("year", SEEDS)
def test_extraction_against_the_gold(year):
    """Recall >= 95%, precision >= 90% and role accuracy >= 90% on each seed."""
    recall, precision, role_accuracy, misses = _measure(year)
    figures = (
        f"{year}: recall {recall:.3f}, precision {precision:.3f}, role accuracy {role_accuracy:.3f}"
    )
    print(f"\n{figures}" + "".join(f"\n  {m}" for m in misses))
    assert recall >= RECALL_BAR, f"{figures}; {misses}"
    assert precision >= PRECISION_BAR, f"{figures}; {misses}"
    assert role_accuracy >= ROLE_BAR, f"{figures}; {misses}"


# the level the seeds are at: a change that reads other places better must not read these worse
LEVEL = {"2025": (0.995, 1.0, 1.0), "2023": (0.991, 1.0, 1.0)}


@pytest.mark.parametrize("year", sorted(LEVEL))
def test_the_seeds_stay_at_their_level(year):
    """Recall, precision and role accuracy on each seed stay at least where they are (a
    qualifier rule once made two false figures of 10亿元以上 whose noun ran over a line)."""
    recall, precision, role_accuracy, misses = _measure(year)
    floor = LEVEL[year]
    got = (round(recall, 3), round(precision, 3), round(role_accuracy, 3))
    assert all(g >= f for g, f in zip(got, floor, strict=True)), (got, floor, misses)


@pytest.mark.parametrize("year", SEEDS)
def test_gold_targets_read_as_annotated(year):
    """Each gold target found reads with the annotated comparator, measure and strength: the
    same reading as parse_target."""
    text, places = _gold_places(year)
    found = ykcheck.extract(text)
    checked = 0
    for q, at in places:
        if q["role"] != "target":
            continue
        c = next(c for c in found if c.span[0] <= at < c.span[1] and c.value == Decimal(q["value"]))
        t = c.target
        assert t is not None, c
        assert (t.comparator, t.measure, t.strength) == (
            q["comparator"],
            q["measure"],
            q["strength"],
        ), c.quote
        checked += 1
    assert checked == sum(1 for q, _ in places if q["role"] == "target")


_EXCERPTS = sorted((Path(__file__).parents[1] / "benchmarks/eval/extract/tune").glob("*.toml"))


@pytest.mark.parametrize("year", [*SEEDS, *(p.stem for p in _EXCERPTS)])
def test_quotes_are_verbatim_clauses(year):
    """Every quote is the text at its span, trimmed, and holds its number: in the seeds and in
    every excerpt of the evaluation set (a table row's indent, 均居全国第二's line end had been
    part of quotes). (The tuning part: the held-out one is read by the evaluation only.)"""
    excerpt = next((p for p in _EXCERPTS if p.stem == year), None)
    text = _source(year) if excerpt is None else tomllib.loads(excerpt.read_text())["text"]
    for c in ykcheck.extract(text):
        assert text[c.span[0] : c.span[1]] == c.quote
        assert c.quote == c.quote.strip() and c.quote
        assert c.role in ("target", "outcome")


# -- the language and layout of reports ------------------------------------------------------------


def _one(text: str) -> ykcheck.Candidate:
    found = ykcheck.extract(text)
    assert len(found) == 1, found
    return found[0]


def test_qualifier_is_not_a_candidate():
    """招引10亿元以上制造业项目8个: the target is 8 projects; 10亿元以上 says which count."""
    c = _one("2025年工作安排\n招引 10 亿元以上制造业项目 8 个。")
    assert (c.value, c.unit, c.role, c.indicator) == (8, "个", "target", "招引10亿元以上制造业项目")
    assert c.quote == "招引 10 亿元以上制造业项目 8 个"
    assert c.target == ykcheck.Target("threshold", ">=", Decimal(8), "个")


@pytest.mark.parametrize(
    "text",
    [
        "启用10万方创业孵化园。",
        "实现19连创。",
        "深入实施三年行动。",
        "坚决做到四个“坚持和加强”。",
        "重点抓好八个方面工作。",
        "省“8+4”政策。",
        "PM2.5浓度持续改善。",
        "推进S321等项目。",
        "2025年是关键之年。",
        "较前三年均值。",
        "今年要抓好8个方面工作。",
        "办公电话0579-87654321。",
        "2024-08-26发布。",
        "用3-5年时间基本建成。",
        # a plenary session's number (池州 2025, compare/tune/chizhou-2025)
        "按照市委五届六次、七次、八次全会和经济工作会议部署要求,",
        # a period, not a count of years (天津 2013, 济南市中区 2016)
        "过去五年,是天津发展进程中极不平凡的五年。",
        "五年来,累计完成固定资产投资。",
        # the parts of a ratio, however the colon is printed (上杭 2020, 古丈 2024)
        "三次产业结构为24.8:21.3:53.4。",
        "三次产业比调整为11.8︰48.3︰39.9。",
        "三次产业结构调整为22.8:21.2:56.0。(图1)",  # a chart's caption in brackets (平昌 2025)
    ],
)
def test_numbers_that_are_not_figures(text):
    """Names, codes, years and numerals inside phrases give no candidate."""
    assert ykcheck.extract(text) == []


@pytest.mark.parametrize(
    ("text", "value", "comparator"),
    [
        # places in a ranking, as results (within the top 10 is at most the 10th)
        ("一、2024年工作回顾\n地区生产总值增速居金华第1。", "1", "=="),
        ("一、2024年工作回顾\n营商环境评价排名全省第5。", "5", "=="),
        ("一、2024年工作回顾\n综合实力跃居第19名。", "19", "=="),
        ("一、2024年工作回顾\n居全省前10。", "10", "<="),
        ("一、2024年工作回顾\n财政收入总量稳居全省首位。", "1", "=="),
        # and as targets: the top N is at most N; keeping the first place, at most 1
        ("二、2025年工作安排\n力争进入全省前五。", "5", "<="),
        ("二、2025年工作安排\n保持全省第一。", "1", "<="),
        ("二、2025年工作安排\n力争进入前十。", "10", "<="),
    ],
)
def test_ranks_are_figures(text, value, comparator):
    """A place in a ranking is a figure in places (unit 位次): smaller is better."""
    (c,) = ykcheck.extract(text)
    assert (c.value, c.unit, c.comparator) == (Decimal(value), "位次", comparator)


_REVIEW = "一、2024年工作回顾\n"
_PLAN = "二、2025年工作安排\n"


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # 余 and 多 before the unit: more than the number
        (_REVIEW + "去年举办各类比赛40余场。", ("40", "场", "outcome", "level", "over")),
        (_REVIEW + "服务群众2万余人次。", ("20000", "人次", "outcome", "level", "over")),
        (_REVIEW + "引进人才二十多人。", ("20", "人", "outcome", "level", "over")),
        (_REVIEW + "新增病床120张。", ("120", "张", "outcome", "level", "exact")),
        # a fall, and the hedge of a fall: 下降5%以上 is a change of -5% or less
        (_REVIEW + "仓库空置率压降8%。", ("-8", "percent", "outcome", "growth", "exact")),
        (_REVIEW + "单位能耗下降5%以上。", ("-5", "percent", "outcome", "growth", "at_most")),
        (_REVIEW + "浓度下降超过10%。", ("-10", "percent", "outcome", "growth", "under")),
        (_PLAN + "空置率压降8%以上。", ("-8", "percent", "target", "growth", "at_most")),
        # a range is read as its first number, with the unit of its last, and hedged
        (_PLAN + "全区生产总值增长5%-5.5%。", ("5", "percent", "target", "growth", "range")),
        (_PLAN + "全区生产总值增长5-5.5%。", ("5", "percent", "target", "growth", "range")),
        (_PLAN + "全区生产总值增长5%至5.5%。", ("5", "percent", "target", "growth", "range")),
        (_PLAN + "新增就业5-10万人。", ("50000", "人", "target", "level", "range")),
        (_REVIEW + "地区生产总值增长5%-6%。", ("5", "percent", "outcome", "growth", "range")),
        (_REVIEW + "能耗降幅3%～5%。", ("-5", "percent", "outcome", "growth", "range")),
        # a qualifier written with 超, and the amounts listed with it
        (_PLAN + "引进投资超20亿元项目5个。", ("5", "个", "target", "level", "exact")),
        (_PLAN + "引进投资超20亿元或2亿美元项目4个。", ("4", "个", "target", "level", "exact")),
    ],
)
def test_patterns_of_other_reports(text, reading):
    """Patterns seen in reports of other places, each read as one candidate."""
    c = _one(text)
    value, unit, role, measure, hedge = reading
    assert (c.value, c.unit, c.role, c.measure, c.hedge) == (
        Decimal(value),
        unit,
        role,
        measure,
        hedge,
    )
    assert c.quote in text


@pytest.mark.parametrize(
    ("text", "comparator", "value"),
    [
        ("全区生产总值增长5%-5.5%", ">=", "5"),
        ("城镇调查失业率控制在3%-4%", "<=", "4"),
        ("能耗下降3%-5%", "<=", "-3"),
        ("新增就业2万余人", ">", "20000"),
    ],
)
def test_ranges_and_more_than_as_targets(text, comparator, value):
    """A range promises its first number, or its last under a ceiling (控制在); 余 is more than."""
    t = ykcheck.parse_target(text)
    assert (t.comparator, t.value) == (comparator, Decimal(value))
    assert _one(_PLAN + text + "。").target == t


def test_both_figures_listed_with_about_are_growth():
    """分别增长5%左右和6%左右: the second figure is a growth rate too."""
    found = ykcheck.extract(_PLAN + "城乡居民收入分别增长5%左右和6%左右。")
    assert [(c.value, c.measure, c.comparator) for c in found] == [
        (Decimal(5), "growth", "~"),
        (Decimal(6), "growth", "~"),
    ]


def test_pdf_breaks_spaces_and_width():
    """Line breaks inside words and numbers, spaces, full-width digits: read as one figure."""
    text = (
        "工作回顾\n建成国资标准厂房60万平方\n\n米，营业总收入首次突破90亿\n元，"
        "连续三年超百\n亿。比重达到３．２％。"
    )
    found = ykcheck.extract(text)
    assert [(c.value, c.unit) for c in found] == [
        (Decimal(600000), "平方米"),
        (Decimal(90), "亿元"),
        (Decimal(3), "年"),
        (Decimal(100), "亿元"),
        (Decimal("3.2"), "percent"),
    ]
    for c in found:
        assert text[c.span[0] : c.span[1]] == c.quote


def test_traditional_characters():
    """億 萬 兩 畝 and the words of targets in traditional form read as in simplified."""
    text = (
        "二、2025年工作安排\n力爭全年投資總量突破280億元，新增耕地1.1萬畝，確保糧食產量6萬噸以上。"
    )
    found = ykcheck.extract(text)
    assert [(c.value, c.unit, c.comparator, c.strength) for c in found] == [
        (Decimal(280), "亿元", ">", "strive"),
        (Decimal(11000), "亩", ">=", "binding"),
        (Decimal(60000), "吨", ">=", "ensure"),
    ]
    assert found[0].quote == "力爭全年投資總量突破280億元"
    assert len(fold(text)) == len(text)


def test_a_report_of_another_city():
    """A full report: review then plan under numbered headings, years from the headings."""
    text = (
        "一、2024年工作回顾\n过去一年，全市实现地区生产总值1234.5亿元，增长5.8%；PM2.5平均浓度"
        "下降6.1%。新增规上工业企业120家，其中10亿元以上项目6个。\n"
        "二、2025年工作安排\n2025年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇调查"
        "失业率控制在5.5%以内。力争新增规上工业企业100家，确保工业投资增长10%以上。\n"
    )
    found = ykcheck.extract(text)
    got = [
        (c.role, c.year, str(c.value), c.unit, c.measure, c.comparator, c.strength) for c in found
    ]
    assert got == [
        ("outcome", 2024, "1234.5", "亿元", "level", "==", "binding"),
        ("outcome", 2024, "5.8", "percent", "growth", "==", "binding"),
        ("outcome", 2024, "-6.1", "percent", "growth", "==", "binding"),
        ("outcome", 2024, "120", "家", "level", "==", "binding"),
        ("outcome", 2024, "6", "个", "level", "==", "binding"),
        ("target", 2025, "6", "percent", "growth", "~", "binding"),
        ("target", 2025, "5.5", "percent", "level", "<=", "binding"),
        ("target", 2025, "100", "家", "level", ">=", "strive"),
        ("target", 2025, "10", "percent", "growth", ">=", "ensure"),
    ]
    # named as the indicator catalogue names them, filler (全市实现) left out
    assert [c.indicator for c in found[:2]] == ["地区生产总值"] * 2
    assert found[5].indicator == "地区生产总值"
    assert found[6].indicator == "城镇调查失业率"
    assert found[5].section == "2025年经济社会发展的主要预期目标是"
    assert plan_year(text) == 2025


def test_interleaved_columns_follow_the_words():
    """A review column printed under a plan heading reads as review when its words say so."""
    text = (
        "2023年工作安排\n\n重点抓好八个方面工作\n\n（一）聚焦产业集群现代化\n\n（二）聚焦城市建设现代化\n\n"
        "社会事业蓬勃发展。五金技师学院一期工程完工，8所公办幼儿园投入使用，斩获省运会金牌39枚，"
        "新增公办学位1.1万个。"
    )
    assert [c.role for c in ykcheck.extract(text)] == ["outcome"] * 3


def test_caption_under_a_table_governs_its_rows():
    """Rows of a table above its caption (主要预期目标) are targets; the review after is not."""
    text = (
        "地区生产总值\n\n增长6%左右\n\n规上工业增加值\n\n增长5%\n\n固定资产投资\n\n增长20%\n\n"
        "全市经济社会发展主要预期目标\n坚持破难攻坚\n三大战役打出气势\n招大引强硕果累累。落地10"
        "亿元以上制造业项目8个，首次招引落地投资100亿元以上制造业项目1个，数量均为历史之最。"
    )
    found = ykcheck.extract(text)
    assert [(c.role, c.indicator) for c in found] == [
        ("target", "地区生产总值"),
        ("target", "规上工业增加值"),
        ("target", "固定资产投资"),
        ("outcome", "落地10亿元以上制造业项目"),
        ("outcome", "首次招引落地投资100亿元以上制造业项目"),
    ]
    assert found[0].section == "全市经济社会发展主要预期目标"


def test_figures_listed_respectively_get_their_names():
    """A、B分别增长X%、Y%: each figure is named after its own indicator."""
    found = ykcheck.extract("工作回顾\n制造业投资、高新技术产业投资分别增长29.5%、41.3%。")
    assert [(c.indicator, c.value) for c in found] == [
        ("制造业投资", Decimal("29.5")),
        ("高新技术产业投资", Decimal("41.3")),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # 官渡区2023年上半年计划执行情况 (http://www.kmgd.gov.cn/c/2023-10-25/6719680.shtml)
        (
            "城镇和农村常住居民人均可支配收入完成29092元、17191元,分别增长3%、6.4%。",
            ["城镇居民人均可支配收入", "农村居民人均可支配收入"] * 2,
        ),
        # 镇安县 2015 (benchmarks/eval/extract/tune/zhenan_2015_review_news.toml)
        (
            "城乡居民收入达到23292元和7750元、分别增长8.8%和10%",
            ["城镇居民收入", "农村居民收入"] * 2,
        ),
    ],
)
def test_two_figures_after_two_names_are_one_each(text, names):
    """Two names and two figures of one unit, without 分别 (城镇和农村…完成29092元、17191元):
    the first figure is the first name's, the second the second's; a 分别 clause after them
    takes the same two."""
    assert [c.indicator for c in ykcheck.extract(text)] == names


def test_a_period_before_a_list_is_no_part_of_its_first_name():
    """南昌县 2021 (benchmarks/eval/extract/tune/nanchangxian_2021_ranks_news.toml): 1-10月 before
    the list names the period, not the first indicator."""
    text = "1-10月小蓝经开区预计营业收入、工业总产值分别完成1114.24亿元、1052亿元"
    assert [c.indicator for c in ykcheck.extract(text)] == ["小蓝经开区预计营业收入", "工业总产值"]


def test_a_level_and_a_growth_after_two_names_are_no_pair():
    """达到100亿元、增长5% are a level and its growth, of one thing: the two names are not dealt
    out to them."""
    found = ykcheck.extract("外贸进出口总额和出口额达到100亿元、增长5%")
    assert len({c.indicator for c in found}) == 1


def test_candidate_quantity_and_target():
    """quantity is a pint Quantity of the signed value; target only for targets."""
    c = _one("工作安排\n道路交通事故亡人数较前三年均值下降20%以上。")
    assert c.value == Decimal(-20) and c.measure == "growth"
    assert c.target == ykcheck.Target("threshold", "<=", Decimal(-20), "percent", "growth")
    assert c.quantity.magnitude == Decimal(-20)
    o = _one("工作回顾\n国际销售终端超500个。")
    assert (o.target, o.hedge, o.quantity.to("个").magnitude) == (None, "over", Decimal(500))


def test_nothing_to_extract():
    assert ykcheck.extract("") == []
    assert ykcheck.extract("大力发展夜间经济。") == []


# -- properties ------------------------------------------------------------------------------------

_FRAGMENTS = st.sampled_from(
    [
        "新增",
        "海外仓",
        "10",
        "1.5",
        "３．２",
        "个",
        "亩",
        "万",
        "亿",
        "億",
        "萬",
        "元",
        "亿元",
        "%",
        "以上",
        "以内",
        "左右",
        "增长",
        "下降",
        "力争",
        "确保",
        "分别",
        "、",
        "，",
        "。",
        "：",
        "“",
        "”",
        "（",
        "）",
        "\n",
        "\n\n",
        " ",
        "　",
        "工作回顾",
        "工作安排",
        "主要预期目标",
        "2024年",
        "第",
        "前",
        "连续",
        "三",
        "年",
        "千",
        "两",
        "PM2.5",
        "（一）",
        "一、",
        "招引",
        "以上制造业项目",
        "数说",
    ]
)


def _check(text: str) -> None:
    for c in ykcheck.extract(text):
        assert text[c.span[0] : c.span[1]] == c.quote
        assert c.role in ("target", "outcome")


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_extract_never_raises_on_any_text(text):
    """On any text, extract returns candidates whose quotes are the text at their spans."""
    _check(text)


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=300)
@given(st.lists(_FRAGMENTS, max_size=60).map("".join))
def test_extract_never_raises_on_report_like_text(text):
    """Digits, units, 万/亿, spaces and line breaks in any order: no error, quotes verbatim."""
    _check(text)


# numbers, numerals and multipliers that run into each other, units that begin with a numeral
# (千瓦, 百分点), white space between them
_NUMERAL_PARTS = (
    *"0123456789.,一二三十百千万亿两零",
    *(" ", "\n", "　", "个", "元", "瓦", "千瓦时", "百分点", "以上", "（间）"),
    *("“", "”", "年", "第", "A", "+", "-", "人"),
)
_NUMERAL_TEXT = st.lists(st.sampled_from(_NUMERAL_PARTS), max_size=40).map("".join)
_ONE_SCAN_RE = re.compile(f"{_ARABIC_RE.pattern}|{_NUMERAL_TOKEN_RE.pattern}")


@settings(max_examples=500)
@given(_NUMERAL_TEXT)
@example("10万 亿三个")  # the numeral 万 亿 starts inside 10万 and hides 亿三 after it
def test_two_scans_find_what_one_regex_would(text):
    """Numbers and numerals are found by two regexes, each scanning fast, merged: the matches
    are those of one regex with both alternatives."""
    assert [m.span() for m in _matches(text)] == [m.span() for m in _ONE_SCAN_RE.finditer(text)]
    toks = _tokens(text)
    assert [t[0] for t in toks] == sorted({t[0] for t in toks})


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(yks.target_phrases())
def test_a_target_phrase_in_a_plan_extracts_as_parse_target_reads_it(pair):
    """Under a plan heading, a target phrase gives one target candidate: the Target that
    parse_target reads from it."""
    phrase, target = pair
    found = ykcheck.extract(f"2025年工作安排\n{phrase}。")
    assert [c.target for c in found] == [target]
    assert found[0].year == 2025


# -- the command line ------------------------------------------------------------------------------


def _run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("year", SEEDS)
def test_cli_draft_loads_back(year, tmp_path):
    """The draft of each seed loads with ykcheck.loads, and with load its quotes are checked
    against the source it names."""
    src = DATA / "sources" / f"{year}.txt"
    result = _run("extract", str(src))
    assert result.exit_code == 0, result.output
    data = ykcheck.loads(result.output)
    assert data.unreviewed
    assert data.commitments and data.outcomes
    assert {c.year for c in data.commitments} == {int(year)}
    assert {o.year for o in data.outcomes} == {int(year) - 1}
    assert len({c.id for c in data.commitments}) == len(data.commitments)
    out = tmp_path / f"{year}.toml"
    result = _run("extract", str(src), "-o", str(out))
    assert result.exit_code == 0, result.output
    # checks every quote against the source file, which is outside the draft's directory here
    loaded = ykcheck.load(out, allow_outside=True)
    assert len(loaded.commitments) == len(data.commitments)
    assert len(loaded.outcomes) == len(data.outcomes)


def test_cli_year_and_role(tmp_path):
    """--year sets the plan year; --role forces the role of every figure."""
    src = tmp_path / "r.txt"
    src.write_text("新增海外仓10个，增长5%。", encoding="utf-8")
    result = _run("extract", str(src), "--year", "2030", "--role", "target")
    assert result.exit_code == 0, result.output
    data = ykcheck.loads(result.output)
    assert [(c.id, c.year, c.target.comparator) for c in data.commitments] == [
        ("2030-1", 2030, ">="),
        ("2030-2", 2030, ">="),
    ]
    result = _run("extract", str(src), "--year", "2030", "--role", "outcome")
    assert {o.year for o in ykcheck.loads(result.output).outcomes} == {2029}


def test_cli_directory(tmp_path):
    """A directory: one draft per *.txt, into -o DIR, with progress on stderr."""
    reports = tmp_path / "reports"
    (reports / "sub").mkdir(parents=True)
    for name in ("2025.txt", "sub/2023.txt"):
        (reports / name).write_text(_source(Path(name).stem), encoding="utf-8")
    (reports / "notes.md").write_text("not a report", encoding="utf-8")
    out = tmp_path / "drafts"
    result = _run("extract", str(reports), "-o", str(out))
    assert result.exit_code == 0, result.output
    drafts = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.toml"))
    assert drafts == ["2025.toml", "sub/2023.toml"]
    for p in out.rglob("*.toml"):  # the reports stand beside the drafts' directory
        assert ykcheck.load(p, allow_outside=True).commitments
        with pytest.raises(ykcheck.DataError, match="outside the data file's directory"):
            ykcheck.load(p)


def test_cli_directory_jobs(tmp_path):
    """--jobs 2 writes the same files, byte for byte, as --jobs 1, and reports the same
    unreadable ones."""
    reports = tmp_path / "reports"
    (reports / "sub").mkdir(parents=True)
    for i, year in enumerate(["2025", "2023"] * 3):
        (reports / ("sub" if i % 2 else "") / f"r{i}.txt").write_text(
            _source(year), encoding="utf-8"
        )
    (reports / "gbk.txt").write_bytes("新增海外仓10个".encode("gbk"))
    written = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"drafts{jobs}"
        result = _run("extract", str(reports), "-o", str(out), "--jobs", jobs)
        assert result.exit_code == 2, result.output
        assert "gbk.txt: not UTF-8" in result.output
        written[jobs] = {
            p.relative_to(out).as_posix(): p.read_bytes() if p.is_file() else None
            for p in out.rglob("*")
        }
    assert written["2"] == written["1"]
    assert sorted(written["1"]) == [
        *("r0.toml", "r2.toml", "r4.toml"),
        *("sub", "sub/r1.toml", "sub/r3.toml", "sub/r5.toml"),
    ]


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        (None, ["missing.txt"], "no such file"),
        ("gbk", ["r.txt"], "not UTF-8"),
        ("dir", ["reports"], "-o DIR"),
        ("no year", ["r.txt"], "pass --year"),
    ],
)
def test_cli_mistakes(tmp_path, monkeypatch, setup, args, message):
    """A missing file, a file not in UTF-8, a directory without -o, a text that names no year
    (and no --year): one line, exit status 2, no traceback."""
    monkeypatch.chdir(tmp_path)
    if setup == "gbk":
        (tmp_path / "r.txt").write_bytes("新增海外仓10个".encode("gbk"))
    elif setup == "no year":
        (tmp_path / "r.txt").write_text("新增海外仓10个", encoding="utf-8")
    elif setup == "dir":
        (tmp_path / "reports").mkdir()
        (tmp_path / "reports" / "a.txt").write_text("新增海外仓10个", encoding="utf-8")
    result = _run("extract", *args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_cli_output_is_deterministic():
    src = str(DATA / "sources" / "2025.txt")
    assert _run("extract", src).output == _run("extract", src).output


def test_draft_names_each_outcome_so_it_meets_its_target():
    """An outcome whose unit cannot meet a target of the same name gets a name of its own, so
    the draft loads."""
    text = "二、2025年工作安排\n新增海外仓10个。\n一、2024年工作回顾\n新增海外仓5亿元。"
    data = ykcheck.loads(draft_toml(text, "r.txt"))
    assert [o.indicator for o in data.outcomes] == ["新增海外仓（亿元）"]


def test_a_text_of_results_only_reviews_the_year_it_names():
    """A communiqué's opening (a county's 2021 communiqué, from tjgb.hongheiku.com) names the
    year it reports, 2021, and sets no plan: its undated figures are 2021's, not 2020's."""
    text = (
        "经初步核算,2021年我县实现生产总值(GDP)133.86亿元,按照可比价计算,同比增长8.1%。"
        "分产业看,第一产业增加值12.51亿元,增长2.2%。"
    )
    data = ykcheck.loads(draft_toml(text, "c.txt"))
    assert (data.sources[0].plan, data.sources[0].reviews) == (2022, 2021)
    assert {o.year for o in data.outcomes} == {2021}
    assert plan_year(text) == 2021  # (as a plan read for compare: the year it names)


def test_jobs_are_capped_at_the_cpus(tmp_path, monkeypatch):
    """--jobs 64 on 2 CPUs starts 2 worker processes, and says so on stderr."""
    from concurrent.futures import ProcessPoolExecutor

    started: list[int] = []

    class Counted(ProcessPoolExecutor):
        def __init__(self, max_workers: int) -> None:
            started.append(max_workers)
            super().__init__(max_workers)

    monkeypatch.setattr("ykcheck._cli.extract.os.cpu_count", lambda: 2)
    monkeypatch.setattr("ykcheck._cli.extract.ProcessPoolExecutor", Counted)
    reports = tmp_path / "reports"
    reports.mkdir()
    for i in range(12):
        (reports / f"r{i:02}.txt").write_text(_source("2025"), encoding="utf-8")
    result = _run("extract", str(reports), "-o", str(tmp_path / "drafts"), "-j", "64")
    assert result.exit_code == 0, result.output
    assert started and max(started) <= 2
    assert "--jobs 64 is more than the 2 CPUs here; using 2" in result.stderr


def test_every_cue_starts_with_a_character():
    """Each cue pattern starts with a plain character, never a class, a repeat or a lookaround:
    the cues are scanned over the whole text, and one branch that may start anywhere makes the
    scan try every branch at every character (1-12月 written digit first cost 13% of
    extraction)."""
    from ykcheck._extract import cues

    for pattern in (*cues._PLAN_CUES, *cues._REVIEW_CUES):
        assert pattern[0] not in "[(\\.?*+{^$|", pattern


def test_a_figure_that_names_nothing_takes_the_nearest_name_before_it():
    """兰州新区 2020 (benchmarks/eval/compare/tune/lanzhouxinqu-2020/plan.txt): 确保增长22% names
    nothing; the catalogue name after the figure before it (2020年地区生产总值预期目标) is nearer
    than that figure's name, and a name in brackets is no subject."""
    text = (
        "被赋予西北地区重要经济增长极等重大战略使命的兰州新区在2019年取得了地区生产总值增长18.5%的"
        "成绩之后,近日确定了2020年地区生产总值预期目标:确保增长22%,力争增长30%。"
    )
    assert [(c.indicator, c.value) for c in ykcheck.extract(text)][1:] == [
        ("地区生产总值", Decimal(22)),
        ("地区生产总值", Decimal(30)),
    ]


def test_words_of_a_goal_between_a_name_and_its_figure():
    """佛山 2021 (benchmarks/eval/compare/tune/foshan-2021/plan.txt): 今年佛山GDP目标增速6%以上
    is the growth of 佛山's 地区生产总值: 目标 stands between the name and the figure, as 增速
    does, and 佛山 is the text's own place."""
    text = (
        "今年佛山GDP目标增速6%以上\n\n当天会议上,佛山市委副书记、市长朱伟通报了2020年佛山经济社会"
        "运行情况。"
    )
    c = ykcheck.extract(text)[0]
    assert (c.indicator, c.measure, c.value) == ("地区生产总值", "growth", Decimal(6))


def test_a_pair_of_names_holds_for_the_next_two_figures_of_its_sentence():
    """房县 2018 (benchmarks/eval/extract/tune/fangxian_2018_q3_ranks_news.toml): 城乡居民人均可
    支配收入分别达到18687元、5634元,增长7.8%、9.2%: the growths, which name nothing, are the two
    names' in turn, as the levels are."""
    text = "城乡居民人均可支配收入分别达到18687元、5634元,增长7.8%、9.2%。"
    assert [c.indicator for c in ykcheck.extract(text)] == [
        "城镇居民人均可支配收入",
        "农村居民人均可支配收入",
    ] * 2
