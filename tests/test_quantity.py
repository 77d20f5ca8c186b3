"""parse_quantity and format_quantity: numbers and units as the reports write them."""

from __future__ import annotations

from decimal import Decimal

import pytest

import ykcheck
from ykcheck._numbers import chinese_to_decimal
from ykcheck._ranks import scan

from .conftest import gold

GOLD = [(year, q) for year in ("2025", "2023") for q in gold(year)]
# a relative statement (与经济增长同步) has no figure of its own to parse, and a rank is read
# from the words around its number (第5, 前10), not from the number (tests/test_families.py)
QUANTITIES = [
    (y, q)
    for y, q in GOLD
    if q["role"] != "none" and q.get("kind") != "relative" and q["unit"] != "rank"
]


def test_gold_files_are_not_empty():
    """The golden phrase files hold entries for both seeds."""
    assert len([q for y, q in QUANTITIES if y == "2025"]) > 150
    assert len([q for y, q in QUANTITIES if y == "2023"]) > 80


@pytest.mark.parametrize(
    ("year", "q"), QUANTITIES, ids=lambda x: x if isinstance(x, str) else x["text"]
)
def test_every_quantity_of_the_seeds_parses(year, q):
    """Each quantity written in the seeds parses to the annotated value and unit."""
    quantity = ykcheck.parse_quantity(q["text"])
    value = Decimal(q["value"])
    if q.get("measure") == "growth" and value < 0:
        value = -value  # the text says 下降4.7%: the phrase's number is 4.7
    assert quantity.magnitude == value
    unit = "dimensionless" if q["unit"] == "" else q["unit"]
    assert quantity.units == ykcheck.ureg.Unit({"%": "percent"}.get(unit, unit))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("1.1万亩", "11000", "亩"),
        ("280亿元", "280", "亿元"),
        ("5000万元", "5000", "万元"),
        ("两万人", "20000", "人"),
        ("三千二百亩", "3200", "亩"),
        ("一百零五家", "105", "家"),
        ("千亿元", "1000", "亿元"),
        ("十个", "10", "个"),
        ("２００兆瓦", "200", "兆瓦"),
        ("1,500亩", "1500", "亩"),
        ("12.5％", "12.5", "percent"),
        ("2个百分点", "2", "百分点"),
        ("1.2亿千瓦时", "120000000", "千瓦时"),
        ("3千瓦", "3", "千瓦"),
        ("三千瓦时", "3", "千瓦时"),
        ("35天", "35", "天"),
        ("-4.7%", "-4.7", "percent"),
        ("1.69", "1.69", "dimensionless"),
        ("4000亿", "4000", "亿元"),
        ("10 亿元", "10", "亿元"),
        ("8\n\n个", "8", "个"),
        ("25微克/立方米", "25", "微克每立方米"),
    ],
)
def test_parse_quantity_examples(text, value, unit):
    """Multipliers fold in, money units keep theirs, the longest unit wins."""
    q = ykcheck.parse_quantity(text)
    assert q.magnitude == Decimal(value)
    assert q.units == ykcheck.ureg.Unit(unit)


def test_units_convert():
    """200兆瓦 is 20万千瓦; 1.1万亩 is 11000亩; 5000万元 is 0.5亿元; 千亿 is 1000亿."""
    assert ykcheck.parse_quantity("200兆瓦") == ykcheck.parse_quantity("20万千瓦")
    assert ykcheck.parse_quantity("1.1万亩").to("亩").magnitude == 11000
    assert ykcheck.parse_quantity("5000万元").to("亿元").magnitude == Decimal("0.5")
    assert ykcheck.parse_quantity("千亿").to("亿元").magnitude == 1000
    assert ykcheck.parse_quantity("1亩").to("平方米").magnitude > 666


def test_counts_and_percent_do_not_mix():
    """Counts have a dimension of their own; a percentage point is not a percent."""
    count, percent, point = (ykcheck.parse_quantity(s) for s in ("10个", "10%", "10个百分点"))
    assert count.dimensionality != percent.dimensionality
    assert point.dimensionality != percent.dimensionality
    assert ykcheck.parse_quantity("3家").dimensionality == count.dimensionality
    assert ykcheck.parse_quantity("3人").dimensionality != count.dimensionality


@pytest.mark.parametrize("text", ["", "abc", "十四五", "亿元", "5栋楼", "10个亿", "1..2个"])
def test_parse_quantity_rejects(text):
    """A phrase that is not exactly one quantity raises a ParseError (a ValueError)."""
    with pytest.raises(ykcheck.ParseError) as info:
        ykcheck.parse_quantity(text)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, ykcheck.YkcheckError)


def test_unknown_unit_suggests_known_ones():
    """An unknown unit names the nearest known spellings."""
    with pytest.raises(ykcheck.UnitError, match="known units include"):
        ykcheck.parse_quantity("5栋楼")


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("十", 10),
        ("十一", 11),
        ("二十", 20),
        ("一百零五", 105),
        ("三千二百", 3200),
        ("两万", 20000),
        ("一万零五十", 10050),
        ("千亿", 10**11),
        ("三亿五千万", 350000000),
    ],
)
def test_chinese_numerals(numeral, value):
    """Chinese numerals read as the numbers they name."""
    assert chinese_to_decimal(numeral) == value


@pytest.mark.parametrize("numeral", ["十四五", "四五", "十十", "百千"])
def test_malformed_chinese_numerals(numeral):
    """Runs such as 十四五 (a plan's name) are not numbers."""
    assert chinese_to_decimal(numeral) is None


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("PM2.5日均浓度", ["code"]),
        ("S321、S211等项目", ["code", "code"]),
        ("2025年是收官之年", ["year"]),
        ("办好第20届大赛", ["ordinal"]),
        ("省“8+4”政策", ["code", "code"]),
        ("争创“万亩千亿”新平台", ["name"]),
        ("方岩启动创建国家5A级景区", ["code"]),
        ("新增海外仓10个", ["quantity"]),
        ("2024-08-26印发", ["date", "code", "code"]),
        ("新增耕地1.1萬畝", ["quantity"]),
    ],
)
def test_scan_flags_numbers_that_are_not_quantities(text, kinds):
    """Years, ordinals, codes and quoted names are found but flagged."""
    assert [t.kind for t in scan(text)] == kinds


def test_full_width_and_traditional_read_as_usual():
    """Full-width digits and traditional characters read as their usual forms."""
    assert ykcheck.parse_quantity("１．１萬畝") == ykcheck.parse_quantity("1.1万亩")
    assert ykcheck.parse_quantity("10個") == ykcheck.parse_quantity("10个")


def test_format_round_trip_examples():
    """format_quantity writes what parse_quantity reads back to the same quantity."""
    for text in ["1.1万亩", "280亿元", "55万千瓦", "1.2亿千瓦时", "5.5%", "1.69", "-20%", "3万"]:
        q = ykcheck.parse_quantity(text)
        assert ykcheck.format_quantity(q) == text
        assert ykcheck.parse_quantity(ykcheck.format_quantity(q)) == q


def test_exact_factors_agree_with_pint():
    """The exact factors used for judging are the registry's own conversions."""
    from fractions import Fraction

    from ykcheck._units import FACTORS

    for unit, (base, factor) in FACTORS.items():
        if not unit:
            continue
        q = ykcheck.Quantity(1, unit).to(base or "dimensionless")
        assert abs(Fraction(q.magnitude) - factor) <= Fraction(1, 10**20), unit


def test_import_does_not_build_the_registry():
    """Importing ykcheck and judging a report does not import pint (start-up stays light)."""
    import subprocess
    import sys

    code = (
        "import sys, ykcheck; ykcheck.evaluate(ykcheck.load(sys.argv[1])).to_markdown();"
        "print('pint' in sys.modules)"
    )
    from .conftest import DATA

    out = subprocess.run(
        [sys.executable, "-c", code, str(DATA / "commitments.toml")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "False"
