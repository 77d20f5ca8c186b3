"""Numbers as reports write them: Chinese numerals of any size, the multiplier that starts a unit
(一亿二千万元), numerals too large to be figures, digit runs too long to be figures, a fall of 0%,
and ratios shown so that a shortfall never reads as a hit."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from click.testing import CliRunner
from hypothesis import example, given
from hypothesis import strategies as st

import ykcheck
from ykcheck._cli import main
from ykcheck._numbers import chinese_to_decimal
from ykcheck._render.text import ratio_text
from ykcheck._text import near

_DIGITS = "零一二三四五六七八九"


def _below_10000(n: int, lead: bool) -> str:
    """1234 as 一千二百三十四, 205 as 二百零五; ``lead``: the numeral starts with it (十五, not
    一十五)."""
    out, zero = "", False
    for unit, word in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // unit % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += ("" if (d == 1 and word == "十" and not out and lead) else _DIGITS[d]) + word
    return out


def chinese(n: int) -> str:
    """``n`` (1 to 10**16 - 1) written as a Chinese numeral: 120000000 as 一亿二千万."""
    parts = [(n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, "")]
    out = ""
    for value, word in parts:
        if value == 0:
            continue
        if out and value < 1000:
            out += "零"
        out += _below_10000(value, lead=not out) + word
    return out


def _value(text: str) -> tuple[Decimal, str]:
    (c,) = ykcheck.extract(text)
    return c.value, c.unit


@pytest.mark.parametrize(
    ("n", "numeral"),
    [(120_000_000, "一亿二千万"), (205, "二百零五"), (15, "十五"), (100_005, "十万零五")],
)
def test_the_numeral_writer_of_these_tests(n, numeral):
    """The writer the property below relies on writes numerals as reports do."""
    assert chinese(n) == numeral


@given(st.integers(min_value=1, max_value=10**12 - 1))
@example(120_000_000)  # 一亿二千万
@example(30_000)  # 三万
def test_a_chinese_numeral_reads_as_its_value(n):
    """Any numeral up to a 万亿 with 元 after it, and any below 亿 with 万元 (its 万 scaling the
    unit), reads as its value: 一亿二千万元 is 12000万元, not 一亿二千 of 万元."""
    value, unit = _value(f"新增{chinese(n)}元")
    assert ykcheck.parse_quantity(f"{value}{unit}") == ykcheck.parse_quantity(f"{n}元")
    if n >= 10**8:
        return  # 一百二十五亿万元 is no way to write an amount
    value, unit = _value(f"新增{chinese(n)}万元")
    assert ykcheck.parse_quantity(f"{value}{unit}") == ykcheck.parse_quantity(f"{n}万元")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("一亿二千万元", "12000", "万元"),
        ("三千二百万千瓦时", "32000000", "千瓦时"),  # 万 scales 千瓦时
        ("三万千瓦", "30000", "千瓦"),  # 千 is the unit's own
        ("一万二千千瓦", "12000", "千瓦"),
        ("两千亿元", "2000", "亿元"),
        ("十万亿元", "100000", "亿元"),
    ],
)
def test_a_multiplier_that_starts_a_unit(text, value, unit):
    """The last 万 or 亿 of a numeral ends the numeral and scales the unit after it; the 千 of
    千瓦 belongs to the unit."""
    assert _value("新增" + text) == (Decimal(value), unit)


@pytest.mark.parametrize("numeral", ["一亿亿亿亿亿", "一" + "亿" * 2000, "亿" * 50])
def test_numerals_larger_than_reports_write_are_not_figures(numeral, tmp_path):
    """亿亿 and beyond are no figure: extract finds nothing, check and report say the target
    cannot be read, and a directory of reports is drafted past such a file."""
    assert ykcheck.extract(numeral + "元") == []
    with pytest.raises(ykcheck.ParseError, match="no target here"):
        ykcheck.check("新增" + numeral + "元", "新增5元")
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a.txt").write_text("新增" + numeral + "元。", encoding="utf-8")
    (reports / "b.txt").write_text("2024年主要预期目标：新增海外仓10个。", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(reports), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "新增海外仓10个" in (tmp_path / "out" / "b.toml").read_text(encoding="utf-8")


def test_a_digit_run_too_long_for_a_figure_says_so():
    """16 digits are a code (an ID, a phone number), not a figure: the error says why and how to
    write a large figure."""
    with pytest.raises(ykcheck.ParseError, match="16 digits is read as a code"):
        ykcheck.parse_target("新增海外仓1234567890123456个")
    assert ykcheck.parse_target("新增海外仓123456789012345个").value == Decimal(123456789012345)


def test_two_targets_in_one_phrase_are_not_judged_as_one():
    """地区生产总值增长6%，固定资产投资增长5% is two targets: check does not judge the GDP
    target by the investment figure, it says so."""
    with pytest.raises(ykcheck.ParseError, match=r"2 targets in one phrase \(地区生产总值增长6%; "):
        ykcheck.check("地区生产总值增长6%，固定资产投资增长5%", "地区生产总值增长6.1%")
    # figures in one clause are one target: 10亿元以上 says which projects count
    assert ykcheck.parse_target("招引10亿元以上制造业项目8个").value == 8


def test_a_fall_of_zero_is_a_ceiling():
    """下降0% promises no rise: a ceiling of 0, shown as 0% (not -0%), missed by a rise."""
    t = ykcheck.parse_target("单位GDP能耗下降0%")
    assert (t.comparator, t.value, str(t)) == ("<=", 0, "增速 ≤ 0%")
    assert ykcheck.check("单位GDP能耗下降0%", "单位GDP能耗下降0.3%").status == "met"
    assert ykcheck.check("单位GDP能耗下降0%", "单位GDP能耗增长2%").status == "missed"
    assert ykcheck.parse_target("单位GDP能耗增长0%").comparator == ">="


_RATIOS = st.decimals(min_value="0.001", max_value="50", places=6)


@given(_RATIOS)
@example(Decimal("0.996"))
@example(Decimal("0.8996"))
@example(Decimal("1.0996"))
@example(Decimal("1.004"))
def test_a_ratio_is_shown_on_its_side_of_1_and_of_every_band(r):
    """The ratio shown is below 1 when the ratio is, above when it is, and on the same side of
    each default band's edge (0.9, 0.95, 1.05, 1.1)."""
    shown = Decimal(ratio_text(r).removesuffix("×"))
    for edge in (Decimal(1), Decimal("0.9"), Decimal("0.95"), Decimal("1.05"), Decimal("1.1")):
        assert (shown > edge) == (r > edge) and (shown < edge) == (r < edge), (r, shown, edge)


def test_str_of_a_verdict_is_its_line():
    """str(verdict) is the line `ykcheck check` prints; describe speaks one language when asked."""
    v = ykcheck.check("新增海外仓10个", "新增海外仓12个")
    assert (
        str(v)
        == ykcheck.describe(v)
        == "超额完成 exceeded: 目标 target ≥ 10个，实际 actual 12个，差距 margin +2个 (1.2×)"
    )
    assert ykcheck.describe(v, "zh") == "超额完成: 目标 ≥ 10个，实际 12个，差距 +2个 (1.2×)"
    assert ykcheck.describe(v, "en") == "exceeded: target ≥ 10个, actual 12个, margin +2个 (1.2×)"
    result = CliRunner().invoke(main, ["check", "--lang", "zh", "新增海外仓10个", "新增海外仓12个"])
    assert result.output == ykcheck.describe(v, "zh") + "\n"


# -- scans tried only near an anchor ---------------------------------------------------------------

_PLACE = re.compile(r"[\u4e00-\u9fff]{2,3}(?:省|市|县|区)")
_PLACE_END = re.compile("[省市县区]")
_RANK = re.compile(r"(?:居|排名|位列)(?:全省|全市)?第(?:[0-9]+|[一二三四五六七八九十]+)位?")


@given(st.text(alphabet="金华市县区省居排名全第一5位甲", max_size=60))
@example("平阳县区域")
@example("浙江省金华市永康市")
def test_a_scan_near_its_anchors_finds_what_a_whole_scan_finds(text):
    """``near`` finds the matches one scan of the whole text finds, as long as each holds its
    anchor no further than ``reach`` from either end (it tries the pattern only there)."""
    assert [m.span() for m in near(_PLACE, _PLACE_END, text, 4)] == [
        m.span() for m in _PLACE.finditer(text)
    ]
    assert [m.span() for m in near(_RANK, re.compile("第"), text, 12)] == [
        m.span() for m in _RANK.finditer(text)
    ]


@pytest.mark.parametrize(
    ("phrase", "value", "upper", "unit"),
    [
        ("常住人口740多万人", 7400000, 7500000, "人"),
        ("常住人口740多万", 7400000, 7500000, ""),
        ("新增就业2万多人", 20000, 30000, "人"),
        ("完成投资700多万元", 700, 800, "万元"),
    ],
)
def test_more_before_or_after_a_multiplier_is_an_open_interval(phrase, value, upper, unit):
    """余 or 多 before the multiplier (740多万) or after it (2万多) says more than the number
    and less than its next step, in the multiplier's scale."""
    (c,) = ykcheck.extract(phrase)
    assert (c.value, c.upper, c.unit, c.hedge) == (Decimal(value), Decimal(upper), unit, "over")


def test_a_pages_reading_time_is_no_figure():
    """兴宁's communiqué page (xingning_2022_communique_negative_contribution) says how long it
    takes to read (共 11880字,需浏览 24分钟): page furniture; a 15分钟生活圈 is named, no figure."""
    assert ykcheck.extract("共 11880字,需浏览 24分钟") == []
    assert ykcheck.extract("阅读时长:5分钟") == []


def test_a_year_alone_after_a_headings_mark_is_no_figure():
    """汕头's 2018 计划执行 page (compare/tune/shantou-2018) lost the 年 of its heading (一、2018
    / ), whose 2018 had been read as a figure named nothing; a count after such a mark stays."""
    assert ykcheck.extract("的报告。\n\n一、2018\n\n(一)经济发展") == []
    assert ykcheck.extract("(二)2019 \n") == []
    assert [c.value for c in ykcheck.extract("一、2018个项目开工")] == [Decimal(2018)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # 开化 2016 (benchmarks/eval/extract/tune/kaihua_2016_midyear_vs_targets_points)
        ("投资增长11.2%,高1.2个点", "百分点"),
        ("消费增长10.9%,高出1.9个点", "百分点"),
        ("失业率下降1个点", "百分点"),
        ("新增3个点位", "个"),
        ("新增3个点", "个"),
        ("全县设立5个点", "个"),
    ],
)
def test_a_point_spoken_is_a_percentage_point_where_rates_are_compared(text, unit):
    """个点 is a percentage point after a word that compares rates or a decimal number (高0.8
    个点); a count of places elsewhere (3个点位, 新增3个点)."""
    last = ykcheck.extract(text)[-1]
    assert last.unit == unit


@pytest.mark.parametrize(
    ("phrase", "value", "unit"),
    [
        ("港口集装箱吞吐量达到120万标准箱", 1200000, "标准箱"),
        ("集装箱吞吐量完成35.6万标箱", 356000, "标准箱"),
        ("年均降水量1200毫米", 1200, "毫米"),
        ("粮食产量515.6亿斤", 51560000000, "斤"),
        ("PM2.5平均浓度32μg/m3", 32, "微克每立方米"),
        # 宁波 2019 (benchmarks/eval/extract/tune/ningbo_2019_livelihood_done_vs_targets_news)
        ("转运能力3350吨/天", 3350, "吨每日"),
        # 贵州 2023 (the guizhou-2023 case): packages, books and poultry counted
        ("为全省重点人群免费发放“防疫健康包”133万份", 1330000, "份"),
        ("藏书量达3528.8千册", 3528800, "册"),
        ("全年家禽出栏1610万羽", 16100000, "羽"),
        # 渝中 2020 (the yuzhong-2020 case): 千 of 平方千米 is the unit's, not a thousand
        ("渝中区幅员面积23.24平方千米", Decimal("23.24"), "平方公里"),
        ("(陆地面积20.08平方千米)", Decimal("20.08"), "平方公里"),
    ],
)
def test_units_of_communiques(phrase, value, unit):
    """Units statistical communiqués write: containers in 标准箱 (标箱, TEU), rain in 毫米,
    grain in 亿斤 (not money), concentrations in μg/m3, items by their classifier (份, 册)."""
    (c,) = ykcheck.extract(phrase)
    assert (c.value, c.unit) == (Decimal(value), unit)


@pytest.mark.parametrize(
    ("phrase", "value", "unit"),
    [
        # 大连市2021年政府工作报告 copied from its PDF (benchmarks/eval/compare/tune/dalian-2021)
        ("规模以上工业增加值增长6. 5%以上", "6.5", "percent"),
        ("城镇新增就业人数9. 6万人", "96000", "人"),
        # 深圳市龙岗区2022年统计公报 (benchmarks/eval/compare/tune/longgang-2022)
        ("全区实现战略性新兴产业增加值 2231. 15 亿元", "2231.15", "亿元"),
        ("剔除留抵退税因素后同 口径下降 4. 1%", "-4.1", "percent"),
        # 渑池's communiqué (benchmarks/eval/extract/tune/mianchi_2023_communique) dots its points
        ("医疗保健类价格上涨1·8%", "1.8", "percent"),
        # 平顶山's 2025 targets (benchmarks/eval/extract/tune/pingdingshan_2025_plan_traditional)
        # space the point on both sides
        ("經濟增長6 . 5%左右", "6.5", "percent"),
    ],
)
def test_a_decimal_point_with_a_space_after_it(phrase, value, unit):
    """Text copied from a PDF puts a space after (or around) the decimal point (6. 5%), some
    pages type a middle dot for it (1·8%): one number, not 6 and 5%."""
    (c,) = ykcheck.extract(phrase)
    assert (c.value, c.unit) == (Decimal(value), unit)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("主要目标:\n1. 2024年地区生产总值增长5%", "2024年地区生产总值增长5%"),
        ("主要目标:\n1. 5个重点项目开工", "5个"),
        ("一是稳增长。2. 3个园区扩容", "3个"),
        # after spaces or a comma, in a line (a reviewer's cases)
        ("  1. 5个重点项目", "5个"),
        ("重点工作 1. 10个省级重点项目开工", "重点工作 1. 10个"),
        ("工作安排，2. 30个老旧小区改造", "30个"),
    ],
)
def test_a_list_mark_before_a_number_is_not_its_integer_part(text, quote):
    """``1. 2024年`` and ``1. 5个`` at a line's or a sentence's start are a list's mark and a
    number, not 1.2024 or 1.5, nor a figure 1."""
    quotes = [c.quote for c in ykcheck.extract(text)]
    assert quote in quotes
    assert not [q for q in quotes if q.startswith(("1", "2."))]


def test_an_items_number_on_a_new_line_starts_a_clause():
    """The words of an item are its own: ``2. 新建学校3所`` does not reach back over the line
    break into the item above."""
    text = "重点做好以下工作:\n1. 5个重点项目开工建设\n2. 新建学校3所"
    assert [(c.quote, c.indicator) for c in ykcheck.extract(text)] == [
        ("5个", "重点项目开工建设"),
        ("新建学校3所", "新建学校"),
    ]


@pytest.mark.parametrize(
    ("phrase", "value", "upper"),
    [
        ("增长5-6. 5%", "5", "6.5"),
        ("增长5%-6. 5%", "5", "6.5"),
        ("3~5. 5万人", "30000", "55000"),
        ("增长5. 5-6. 5%", "5.5", "6.5"),
        ("增长5. 5-6%", "5.5", "6"),
    ],
)
def test_a_range_that_ends_in_a_spaced_decimal(phrase, value, upper):
    """A range whose last number has a space after its decimal point (6. 5%) is read as a range,
    not an error: the space is dropped wherever digits become a number. Its first number may
    have the space too (5. 5-6. 5%): one figure, not a stray 5 and a range from 5."""
    (c,) = ykcheck.extract(phrase)
    assert (c.value, c.upper) == (Decimal(value), Decimal(upper))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # 毕节 (extract/tune/bijie_1960_plans): a compact report's one-character words of change
        ("比上年降20.1%", Decimal("-20.1"), "growth"),
        ("同比减4.7%", Decimal("-4.7"), "growth"),
        ("比上年增5%", Decimal(5), "growth"),
        ("降3个百分点", Decimal(-3), "growth"),
        # 都昌 2023 (extract/tune/duchang_2023_communique): a growth that slows is a fall of it;
        # and one that picks up a rise (an excerpt of evals: 比一季度回升0.3个百分点)
        ("比上年增速放緩10.2個百分點", Decimal("-10.2"), "growth"),
        ("比一季度回升0.3个百分点", Decimal("0.3"), "growth"),
        # (a count of new ones, and the words of other things, are no growth)
        ("新增10个", Decimal(10), "level"),
        ("净增5000户", Decimal(5000), "level"),
        ("减税降费5亿元", Decimal(5), "level"),
        ("工业增加值5亿元", Decimal(5), "level"),
    ],
)
def test_one_character_words_of_change(text, value, measure):
    (c,) = ykcheck.extract(text)
    assert (c.value, c.measure) == (value, measure)


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("预期增速降为5%", ">="),  # a growth lowered to 5%: still its floor
        ("地区生产总值增长目标降为5%", ">="),
        ("城镇调查失业率降为5.5%以内", "<="),  # a rate's ceiling
        ("能耗降至0.48吨", "<="),
    ],
)
def test_a_growth_lowered_to_a_figure_is_still_a_floor(text, comparator):
    (c,) = ykcheck.extract(text)
    assert c.comparator == comparator


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("两万五", 25000),  # the unit below the last where none follows: 两万五 is 2.5万
        ("三千五", 3500),
        ("一百五", 150),
        ("三亿五", 350000000),
        ("一百零五", 105),  # (零 keeps the digit a digit)
        ("两万零五", 20005),
        ("十五", 15),
        ("千亿", 100000000000),
        ("千百", None),  # 千百年, 气象万千, 亿万人民: words of a multitude, no numeral
        ("万千", None),
        ("亿万", None),
        ("百十", None),
    ],
)
def test_chinese_numerals_as_people_say_them(numeral, value):
    """A numeral's last digit after 百, 千, 万 or 亿 with nothing after it counts the unit below
    (两万五 had been 20005); a unit after the first without its digit makes no numeral (遵义's
    彻底撕掉了千百年的贫困标签 had read 1100年)."""
    assert chinese_to_decimal(numeral) == (None if value is None else Decimal(value))
    if value is None:
        text = f"彻底撕掉了{numeral}年的贫困标签"
        assert not [c for c in ykcheck.extract(text) if c.unit == "年"]


def test_a_contribution_pulled_down_is_a_fall():
    """下拉1.6个百分点 (朝阳's review: 工业合计下拉1.6个百分点) pulls a growth down: -1.6 points;
    上拉 and 拉动 push it up."""
    got = [(c.value, c.unit) for c in ykcheck.extract("工业合计下拉1.6个百分点")]
    assert got == [(Decimal("-1.6"), "百分点")]
    got = [(c.value, c.unit) for c in ykcheck.extract("消费上拉GDP增长0.8个百分点")]
    assert got == [(Decimal("0.8"), "百分点")]
