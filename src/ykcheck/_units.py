"""The unit registry: one pint registry with the units of work reports under their Chinese names.

The registry is built from a short list of definitions instead of pint's default file, which costs
more start-up time than a whole report, and only when a Quantity is asked for; judging uses the
exact factors of the same definitions (see docs/performance.md). Counts get dimensions of their own
(pint's ``count`` is dimensionless and would mix with percent), persons and households are kept
apart from items, and a percentage point (百分点) has its own dimension so it never mixes with a
percent.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    import pint

# (name, definition) in pint's syntax; the first unit of a dimension is its base.
_DEFINITIONS: Final = (
    # items counted with a classifier: all one dimension, so 家 and 个 compare
    ("个", "[item]"),
    *((c, "个") for c in "家项座所条套间宗件处路台支辆场次枚幢栋轮艘届批张块头只盏株棵份册羽"),
    ("场次", "个"),
    ("批次", "个"),
    ("标准箱", "个"),  # a port's containers, in twenty-foot units (TEU)
    ("人", "[person]"),
    ("名", "人"),
    ("位", "人"),
    ("户", "[household]"),
    ("人次", "[person_visit]"),
    ("辆次", "[vehicle_trip]"),
    ("家次", "[enterprise_visit]"),
    ("平方米", "[area]"),
    ("亩", "2000/3 * 平方米"),
    ("公顷", "10000 * 平方米"),
    ("平方公里", "1000000 * 平方米"),
    ("米", "[length]"),
    ("公里", "1000 * 米"),
    ("毫米", "1/1000 * 米"),  # 年均降水量1200毫米
    ("立方米", "[volume]"),
    ("瓦", "[power]"),
    ("千瓦", "1000 * 瓦"),
    ("兆瓦", "1000000 * 瓦"),
    ("千瓦时", "[energy]"),
    ("度", "千瓦时"),
    ("吨", "[mass]"),
    ("千克", "1/1000 * 吨"),
    ("斤", "1/2000 * 吨"),  # 粮食产量515.6亿斤
    ("担", "1/20 * 吨"),  # 收购烟叶21.43万担 (50 kg)
    ("吨标准煤", "[coal_equivalent]"),  # energy use: 能源消费总量540.8万吨标准煤
    ("元", "[currency]"),
    ("万元", "10000 * 元"),
    ("亿元", "100000000 * 元"),
    ("美元", "[usd]"),
    ("万美元", "10000 * 美元"),
    ("亿美元", "100000000 * 美元"),
    ("位次", "[rank]"),  # a place in a ranking (第5位): smaller is better
    ("天", "[day]"),
    ("小时", "1/24 * 天"),
    ("分钟", "1/1440 * 天"),
    ("年", "[year]"),
    ("个月", "1/12 * 年"),
    ("percent", "1/100 = %"),
    ("倍", "100 * percent"),  # a multiple: 2倍 is 200%
    ("permille", "1/1000"),
    ("百分点", "[percentage_point]"),
    ("千分点", "[permille_point]"),  # a difference of rates in ‰ (出生率下降3.18个千分点)
    ("微克每立方米", "[concentration]"),
    ("吨每日", "[mass_per_day]"),  # a plant's capacity: 转运能力3350吨/天
    ("立方米每日", "[volume_per_day]"),  # 污水处理能力10万立方米/日
)
# Names the pint registry knows besides, so that a user converts to a unit as reports write it:
# q.to("万千瓦"), q.to("万亿元"), q.to("个百分点"), q.to("微克/立方米"). The reader folds 万 and
# 亿 into the value instead (55万千瓦 is 550000 千瓦), and writes them back (format_amount).
_REGISTRY_ONLY: Final = (
    ("万千瓦", "10000 * 千瓦"),
    ("万千瓦时", "10000 * 千瓦时"),
    ("亿千瓦时", "100000000 * 千瓦时"),
    ("万亿元", "1000000000000 * 元"),
    ("个百分点", "百分点"),
    ("万人", "10000 * 人"),
    ("万亩", "10000 * 亩"),
)

# How a unit is written in the reports -> its registry name. Longest spelling wins when scanning.
SPELLINGS: Final[dict[str, str]] = {
    **{
        name: name
        for name, _ in _DEFINITIONS
        if name not in ("percent", "permille", "微克每立方米", "吨每日", "立方米每日")
    },
    "%": "percent",
    "％": "percent",
    "‰": "permille",
    "个百分点": "百分点",
    "个千分点": "千分点",
    "平米": "平方米",
    "千米": "公里",
    "平方千米": "平方公里",
    "公斤": "千克",
    "微克/立方米": "微克每立方米",
    "微克／立方米": "微克每立方米",
    "标箱": "标准箱",
    "吨标煤": "吨标准煤",
    "TEU": "标准箱",
    "μg/m3": "微克每立方米",
    "μg/m³": "微克每立方米",
    "μg/立方米": "微克每立方米",
    **{f"吨{slash}{day}": "吨每日" for slash in "/／" for day in "日天"},
    **{f"立方米{slash}{day}": "立方米每日" for slash in "/／" for day in "日天"},
}

# Registry name -> how the report writes it.
DISPLAY: Final[dict[str, str]] = {
    **{name: name for name, _ in _DEFINITIONS},
    "percent": "%",
    "permille": "‰",
    "微克每立方米": "微克/立方米",
    "吨每日": "吨/日",
    "立方米每日": "立方米/日",
    "千分点": "个千分点",
    "百分点": "个百分点",  # as reports write it (提高1.3个百分点), and as margins are shown
    "": "",
}

# Units whose name already carries a 万/亿 multiplier: a number before them is not folded.
MONEY_MULTIPLES: Final = frozenset({"万元", "亿元", "万美元", "亿美元"})

# Units of rates: differences between them are percentage points, and tolerances are in points.
RATE_UNITS: Final = frozenset({"percent", "permille", "百分点", "千分点"})
RANK: Final = "位次"  # a place in a ranking: smaller is better, compared in places
MULTIPLE: Final = "倍"  # how many times a base


def _factor_table() -> dict[str, tuple[str, Fraction]]:
    """Each unit's dimension (its base unit's name) and exact factor to the base, read off the
    definitions: the same table that pint's registry is built from."""
    table: dict[str, tuple[str, Fraction]] = {"": ("", Fraction(1))}
    for name, definition in _DEFINITIONS:
        rhs = definition.split("=")[0].strip()
        if rhs.startswith("["):
            table[name] = (name, Fraction(1))
        elif "*" in rhs:
            factor, base = (x.strip() for x in rhs.split("*"))
            dim, base_factor = table[base]
            table[name] = (dim, Fraction(factor) * base_factor)
        elif rhs in table:
            table[name] = table[rhs]
        else:
            table[name] = ("", Fraction(rhs))  # a plain ratio: percent, permille
    return table


# Exact conversion factors, so that 亩 -> 平方米 -> 亩 comes back exactly and judging needs no
# pint at all: a report never builds the registry (see docs/performance.md).
FACTORS: Final = _factor_table()


@functools.cache
def registry() -> pint.UnitRegistry[Any]:
    """The one pint registry, built on first use from the definitions above."""
    import pint

    reg: pint.UnitRegistry[Any] = pint.UnitRegistry(None, non_int_type=Decimal, cache_folder=None)
    for name, definition in (*_DEFINITIONS, *_REGISTRY_ONLY):
        if name == "微克每立方米":
            # pint reads 微克/立方米 as a mass over a volume: define it so, and 微克 with it
            reg.define("微克 = 1e-12 * 吨")
            definition = "微克 / 立方米"
        reg.define(f"{name} = {definition}")
    return reg


def __getattr__(name: str) -> Any:
    # ``ureg`` and ``Quantity`` are built lazily: importing ykcheck does not import pint
    if name == "ureg":
        return registry()
    if name == "Quantity":
        return registry().Quantity
    raise AttributeError(name)


def dimension(unit: str) -> str:
    """The dimension key of a registry unit name ('' for plain numbers and percent)."""
    return FACTORS[unit][0]


def ratio(from_unit: str, to_unit: str) -> Fraction:
    """Exact factor that converts a magnitude in ``from_unit`` to ``to_unit`` (same dimension)."""
    return FACTORS[from_unit][1] / FACTORS[to_unit][1]


@functools.cache
def decimal_ratio(from_unit: str, to_unit: str) -> Decimal | None:
    """The conversion factor as a Decimal when it is one exactly (万元 -> 亿元: 0.0001), else
    None (亩 -> 平方米 is 2000/3)."""
    r = ratio(from_unit, to_unit)
    d = Decimal(r.numerator) / Decimal(r.denominator)
    return d if Fraction(d) == r else None


def counted_as(unit: str, to: str) -> str | None:
    """How a count in ``unit`` bounds the same count read in ``to``, where one of the two
    counts the visits (次) of what the other counts (人 and 人次, 辆 and 辆次, 家 and 家次):
    "at_least" (each person trained is counted once or more, so 12.83万人 are 12.83万人次 or
    more), "at_most" (12万人次 are 12万人 or fewer), or None."""
    if unit in _VISITS.get(to, ()):
        return "at_least"
    if to in _VISITS.get(unit, ()):
        return "at_most"
    return None


# the units of visits, and the units of what they count (not 位次, a place in a ranking; not 次
# or 台 for 辆次: 1200次 is no count of firms)
_VISITS: Final = {
    "人次": frozenset({"人", "名", "位"}),
    "辆次": frozenset({"辆"}),
    "家次": frozenset({"家"}),
}


def compatible(a: str, b: str) -> bool:
    """Whether quantities in units ``a`` and ``b`` can be compared. A plain number meets only
    a plain number: 100.7 (an index, 上年=100) is no 10070%, nor 8.7 (a rate whose % a table's
    head wrote) a count."""
    if (a == "") != (b == ""):
        return False
    return FACTORS[a][0] == FACTORS[b][0]
