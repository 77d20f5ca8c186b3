"""The language of targets (the phrases layer): what the words around a number say about it.

One reading serves targets and outcomes alike. For a number in a clause it finds the comparator
(以上, 突破, 控制在…以内, 缩小至, 左右), whether it is a growth rate (增长, 下降) or a level, and
the strength of the clause (力争, 确保). Boundaries follow the statutory reading (Civil Code
art. 1259): 以上, 以下, 以内 include the number; 超过, 突破, 不满 exclude it.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

import attrs

from ._errors import ParseError
from ._model import Target
from ._numbers import MAX_DIGITS, Number
from ._ranks import quantities
from ._text import fold, squash
from ._units import MULTIPLE, RANK, RATE_UNITS
from ._vocab import (
    ABOUT_LEADS,
    COMPARATOR_HEDGE,
    FLIP,
    GDP,
    HEDGE_FLIP,
    NEAR_LEADS,
    PREFIX_HEDGE,
    RELATION_COMPARATOR,
    SUFFIX_COMPARATOR,
    SUFFIX_HEDGE,
    Comparator,
    Hedge,
    Measure,
    Relation,
    Strength,
    default_comparator,
)

# Words right before a number, longest first within the alternation.
_PREFIXES: Final = {
    ">": ("突破", "超过", "超出", "逾", "超", "高于", "大于", "多于"),
    ">=": ("不低于", "不少于", "不小于", "至少", "达到", "保持在", "保持", "稳定在", "提高到",
           "提高至", "提升到", "提升至", "增加到", "增加至", "增至", "增为", "达", "迈上", "站上",
           "跨上", "跃上"),
    "<=": ("不超过", "不高于", "不多于", "不大于", "控制在", "缩小至", "缩小到", "压缩至",
           "压缩到", "下降到", "下降至", "降低到", "降低至", "减少到", "减少至", "降至", "降到",
           "减至", "降为", "减为", "下降为", "降低为", "回落为", "放缓为", "放缓至", "放缓到"),
    "<": ("不满", "不足", "不到", "低于", "少于", "小于"),
}  # fmt: skip
_PREFIX_OF: Final[dict[str, Comparator]] = {
    word: comp  # type: ignore[misc]
    for comp, words in _PREFIXES.items()
    for word in words
}
_PREFIX_RE: Final = re.compile("(" + "|".join(sorted(_PREFIX_OF, key=len, reverse=True)) + r")\s*$")

# (and the one-character words of compact reports, 比上年增5%, 同比降20.1%, 减4.7%: not 新增10个,
# a count, nor 降为5.5%, 增为42%, a level reached; 增长率为7.8% a growth, but not 人口自然增长率,
# a rate of its own)
_RISE: Final = (
    "增长率(?<!自然增长率)|增长速度|增长|增速|增幅|涨幅|提高|提升|上升|增加|上涨|前移|前进|进位|跃升|回升|增产"
    "|上拉"  # (上拉0.8个百分点, 下拉1.6个百分点: a contribution to a growth, up or down)
    "|增(?<![新净累倍共再]增)(?![为至到])"
)
_FALL: Final = (
    "下降|降低|减少|回落|下滑|下跌|跌幅|缩减|压降|压减|削减|降幅|后移|后退|减产|下拉|放缓(?![为至到])"
    "|降(?![为至到])|减(?![为至到])"
)
# A growth marker, then optionally 了/分别/均/仍将, the words naming a goal (增长目标确定为7.5%,
# 增速的预期目标是6%, 增幅目标设在7-7.5%之间), a remark in brackets (增长(同比,下同)6.7%) and
# earlier members of a list (增长5.1%、7.3%; 减少115977人、28618人).
_GROWTH_RE: Final = re.compile(
    rf"(?P<word>{_RISE}|{_FALL})(?:了|分别|均|为|约|是|的|预期|目标|确定|设定|定|设|(?<![降减少落])在|仍|将)*\s*"
    r"(?:[(（][^()（）\n]{1,8}[)）]\s*)?"
    r"(?:[-－]?[0-9０-９.．]+\s*(?:%|％|‰|个百分点|百分点|个千分点|千分点|[万亿]?[\u4e00-\u9fff])?"
    r"\s*(?:左右|以上)?\s*(?:、|和|与)\s*)*$"
)
_FALL_RE: Final = re.compile(_FALL)
# the words that alone open a clause of a change of the figure before (,减少0.23千公顷)
_CHANGE_WORDS: Final = frozenset({"增加", "减少", "增长", "下降", "增产", "减产"})
# the word of a change after a rate: 实现4.5%的增长, 保持6%左右的增速
# (not 45%的增长点, 8.5%的下降趋势: a noun; nor 贡献了70%的增长, 占…的8.5%: a share)
_GROWTH_AFTER_RE: Final = re.compile(
    r"\s*的\s*(增长|增幅|增速|涨幅|下降|降幅)\s*(?:[，,。；;）)]|\Z)"
)
_SHARE_LEAD_RE: Final = re.compile("占|贡献|比重")
# the words of a figure lowered to (降为, 回落至): of a rate of growth, still its floor
_LOWERED: Final = frozenset(
    {
        "降为",
        "降至",
        "降到",
        "回落为",
        "下降为",
        "下降到",
        "下降至",
        "降低为",
        "降低到",
        "降低至",
        "放缓为",
        "放缓至",
        "放缓到",
    }
)
# the year before named right before the word: an amount after it is a change, not a level
# (粮食种植面积135.96万亩，比上年减少0.07万亩 is a fall of 700亩; 比上年末减少2.9万人), and a
# population's natural change (自然减少1400人)
_BASE_RE: Final = re.compile(r"(?:(?:比|较)(?:上年|去年)(?:同期|末|底)?|同比|自然)$")
# a reference the figure is a gap below, named between the word and the figure
_BELOW_RE: Final = re.compile(r"(?:低于|慢于|落后于?|塌)[^，。；,;低高]{1,14}$")
_CHANGES: Final = frozenset({RANK, MULTIPLE})
# what may stand before a change word that opens its clause (…,分别减少115977人、28618人)
_OPENERS: Final = frozenset({"", "分别", "依次", "均", "各"})

_ENSURE_RE: Final = re.compile("确保|坚决|务必|必须")
# (not what was won: 成功争取, 已争取, 累计争取, 争取到 a fund)
_STRIVE_RE: Final = re.compile("力争|(?<!成功)(?<!累计)(?<![已共])争取(?!到)|争创|力求|努力")

_SYNC_RE: Final = re.compile(
    r"(?:与|和|同)?(?:经济增长|经济发展|GDP增长|地区生产总值增长)?(?:基本)?同步"
)
_FASTER_RE: Final = re.compile(
    r"(?:快于|高于|超过|跑赢)(?:经济增长|经济发展|GDP增长|地区生产总值增长)"
)

_MILESTONE_RE: Final = re.compile(
    "开工建设|开工|建成投用|建成|投用|投产|争创|创成|创建|完成|启动|实现|成立|启用|举办|办好|"
    "打造|不发生|通过|获评|列入|入选|落地|验收|清零|打通|运营|达到|达标|建设|改造|贯通|通车"
)
# A clause ends at these; words before it do not govern a number after it.
_LONG_DIGITS_RE: Final = re.compile(f"[0-9]{{{MAX_DIGITS + 1},}}")
_CLAUSE_PUNCT: Final = "，。；：,;:！？|｜"
_CLAUSE_BREAK: Final = re.compile(f"[{_CLAUSE_PUNCT}\n]")


@attrs.frozen
class Reading:
    """What the words around one number say: comparator (None if no word), measure, hedge."""

    number: Number
    comparator: Comparator | None
    measure: Measure
    value: Decimal  # negative for a decline (下降4.7% reads -4.7)
    hedge: Hedge  # how exact it is as a reported value
    upper: Decimal | None = None  # the far end of a range or of a "more than" (9000余)


def clause_start(text: str, pos: int) -> int:
    """Where the clause that ``pos`` stands in starts: after the last clause break within 60
    characters before it (a line break does not end a clause: PDF text breaks anywhere)."""
    for i in range(pos - 1, max(pos - 60, 0) - 1, -1):
        if _CLAUSE_BREAK.match(text, i) and text[i] != "\n":
            return i + 1
    return max(pos - 60, 0)


def read(text: str, number: Number) -> Reading:
    """Read the words around ``number`` in ``text``."""
    lead = squash(text[clause_start(text, number.start) : number.start])
    sentence = squash(text[max(number.start - 40, 0) : number.start])
    comparator, measure, value, hedge, upper = read_words(
        lead,
        number.suffix,
        number.unit,
        number.value,
        sentence,
        number.upper,
        text[number.tail : number.tail + 8],
    )
    return Reading(number, comparator, measure, value, hedge, upper)


def read_words(
    lead: str,
    suffix: str | None,
    unit: str,
    value: Decimal,
    sentence: str = "",
    upper: Decimal | None = None,
    after: str = "",
) -> tuple[Comparator | None, Measure, Decimal, Hedge, Decimal | None]:
    """What the words around a number say: (comparator or None, measure, signed value, hedge).

    ``lead`` is its clause up to the number and ``sentence`` the words before it in its
    sentence, both without white space, ``after`` the text after it (实现4.5%的增长); ``suffix``
    the comparator word after it (以上, 左右), 余, or None; ``unit`` and ``value`` the
    quantity's; ``upper`` the last number of a range whose first is ``value`` (增长5%-5.5%
    reads at least 5%; 控制在3%-4% at most 4%). ``read`` finds these in a text; extraction
    calls this directly. Gives back the far end of the value as a result too: the last number
    of a range read as a result (增长5%-6%: from 5 to 6), or the bound of a "more than" (9000余:
    below 10000).
    """
    comparator: Comparator | None = None
    m = _PREFIX_RE.search(lead)
    if m is not None:
        comparator = _PREFIX_OF[m.group(1)]
        lead = lead[: m.start()]
    if suffix is not None and (comparator is None or SUFFIX_COMPARATOR[suffix] != "~"):
        comparator = SUFFIX_COMPARATOR[suffix]  # 控制在5%以内: the suffix has the last word
    elif suffix is not None:
        comparator = "~"
    hedge = _hedge(m.group(1) if m else None, suffix, lead)
    if upper is not None and comparator in ("<=", "<"):
        value, upper = upper, None  # 控制在3%-4%: at most the last number
    elif upper is not None and hedge == "exact":
        hedge = "range"  # a range as a result: 增长5%-6% is from 5 to 6
    elif upper is not None and hedge != "over":
        upper = None
    measure: Measure = "level"
    word = _growth(lead, unit, after)
    if word is not None:
        measure = "growth"
        if _FALL_RE.fullmatch(word):
            # a fall of 20% or more is a change of -20% or less; of 0%, -0 (not +0: -Decimal(0)
            # is 0, and a fall of 0% is a ceiling)
            value = value.copy_negate()
            comparator = None if comparator is None else FLIP[comparator]
            hedge = HEDGE_FLIP.get(hedge, hedge)
            if upper is not None:  # 下降5%-6% is from -6 to -5
                value, upper = upper.copy_negate(), value
                if hedge in ("under", "over"):
                    hedge = "over"  # 下降10余个百分点: an open range, turned over
            elif hedge == "near":
                hedge = "about"  # 下降近5%: near a fall of 5, on either side of it
    fell = word is not None and _FALL_RE.fullmatch(word) is not None
    if word is not None and not fell and suffix is None and m and m.group(1) in _LOWERED:
        comparator = ">="  # 增长目标降为5%: a growth lowered to 5%, still a floor (not ≤ 5%)
    if m is None and unit == "百分点" and not fell and _BELOW_RE.search(lead) is not None:
        value = value.copy_negate()  # 低于全国1.2个百分点: a gap below the reference
    if hedge == "exact" and sentence and "预计" in sentence.split("。")[-1]:
        hedge = "estimate"
    return comparator, measure, value, hedge, upper


def _growth(lead: str, unit: str, after: str = "") -> str | None:
    """The word that makes a figure a change, if any. Rates grow (and multiples: 增长1.1倍; and
    places: 上升2名), named before them or, a rate, after (实现4.5%的增长); an amount grows
    only when the year before is named (比上年增加0.46万亩) or the word opens its clause (…,减少
    0.23千公顷): 新增3万人, 增加就业3万人 are levels, counts of what was added."""
    g = _GROWTH_RE.search(lead)
    if g is None:
        a = _GROWTH_AFTER_RE.match(after) if unit == "percent" else None
        return a.group(1) if a is not None and not _SHARE_LEAD_RE.search(lead) else None
    if unit in RATE_UNITS or unit in _CHANGES or _BASE_RE.search(lead, 0, g.start()):
        return g.group("word")
    if lead[: g.start()] in _OPENERS and g.group("word") in _CHANGE_WORDS:
        return g.group("word")  # 玉米种植面积31.47千公顷,减少0.23千公顷: the clause is the change
    return None


def target_end(value: Decimal, upper: Decimal | None) -> Decimal:
    """The end of a range that a target sets: its first, lenient one (增长5%-5.5% is at least
    5%; 下降3%-5% a fall of at least 3%, the end nearest zero)."""
    return upper if upper is not None and value < 0 else value


def _hedge(prefix: str | None, suffix: str | None, lead: str) -> Hedge:
    """How exact a reported value is, from the words around it."""
    if suffix == "余":
        return "over"
    if suffix in ("左右", "上下") or lead.endswith(ABOUT_LEADS):
        return "about"
    if lead.endswith(NEAR_LEADS):
        return "near"
    if suffix is not None:
        return SUFFIX_HEDGE[suffix]
    if prefix is not None:
        hedge = COMPARATOR_HEDGE.get(_PREFIX_OF[prefix]) or PREFIX_HEDGE.get(prefix)
        if hedge is not None:
            return hedge
    return "exact"


def reading_words_at(words: str) -> int | None:
    """Where the words that ``read_words`` reads at the end of ``words`` start (增长, 突破, 达到:
    of 投资总量突破, 4), or None if they end with none."""
    m = _GROWTH_RE.search(words) or _PREFIX_RE.search(words)
    return None if m is None else m.start()


_SUFFIX_START: Final = (*SUFFIX_COMPARATOR, "及")
_NEXT_WORD_RE: Final = re.compile(r"\s*(\S\S?)")


def is_attribute(text: str, end: int, unit: str) -> bool:
    """Whether a plain number ending at ``end`` is part of a noun phrase (启用10万方创业孵化园,
    19连创): it says which thing is meant, not how many. A number with a unit, or one that ends
    its clause or carries a comparator (95以上), is not."""
    if unit:
        return False
    m = _NEXT_WORD_RE.match(text, end)  # past line breaks: PDF text breaks anywhere
    rest = m.group(1) if m else ""
    return bool(rest) and "\u4e00" <= rest[0] <= "\u9fff" and not rest.startswith(_SUFFIX_START)


def strength(text: str) -> Strength:
    """The strength of a clause: the last of 确保 (ensure) and 力争 (strive) words, or binding."""
    ensure = [m.start() for m in _ENSURE_RE.finditer(text)]
    strive = [m.start() for m in _STRIVE_RE.finditer(text)]
    if not ensure and not strive:
        return "binding"
    return "ensure" if max(ensure, default=-1) > max(strive, default=-1) else "strive"


def parse_target(text: str) -> Target:
    """Read a target phrase such as ``"力争全年投资总量突破280亿元"``.

    The target quantity is the last quantity of the phrase: in 招引10亿元以上制造业项目8个 the
    10亿元以上 only says which projects count. A phrase with no number is a relative target
    (与经济增长同步, 快于经济增长), growth above zero (正增长) or a milestone (开工建设, 争创).
    Raises ParseError otherwise.
    """
    if not isinstance(text, str):
        raise ParseError("a target must be given as text", repr(text))
    given, text = text, fold(text)  # 增長 is 增长: one character for one, offsets kept
    numbers = [n for n in quantities(text) if not is_attribute(text, n.end, n.unit)]
    squashed = squash(text)
    if not numbers:
        long_run = _LONG_DIGITS_RE.search(text)
        if long_run is not None:
            raise ParseError(
                f"a run of {len(long_run.group())} digits is read as a code, not a figure (at "
                f"most {MAX_DIGITS} digits): write it with a multiplier (12.5万亿)",
                given,
            )
        how = strength(squashed)
        if _FASTER_RE.search(squashed):
            return _relative("faster", how)
        if _SYNC_RE.search(squashed) and "同步" in squashed:
            return _relative("sync", how)
        if "正增长" in squashed:  # 外贸进出口力争正增长: growth above 0%
            return Target("threshold", ">", Decimal(0), "percent", "growth", how)
        if _MILESTONE_RE.search(squashed):
            return Target("milestone", "==", strength=how)
        raise ParseError("no target here: no quantity, relation or milestone verb", given)
    clauses = sorted({clause_start(text, n.start) for n in numbers})
    if len(clauses) > 1:  # 地区生产总值增长6%，固定资产投资增长5%: which would be judged?
        parts = "; ".join(
            text[a:b].strip(_CLAUSE_PUNCT + " \n")
            for a, b in zip(clauses, [*clauses[1:], len(text)], strict=True)
        )
        raise ParseError(
            f"{len(clauses)} targets in one phrase ({parts}): give one target at a time", given
        )
    return target_at(text, numbers[-1])


def _relative(relation: Relation, how: Strength) -> Target:
    comparator = RELATION_COMPARATOR[relation]
    return Target(
        "relative", comparator, measure="growth", strength=how, relation=relation, reference=GDP
    )


def target_at(text: str, number: Number) -> Target:
    """The target that the quantity ``number`` of ``text`` states, read from the words around
    it."""
    r = read(text, number)
    value = target_end(r.value, r.upper)
    # no word: 新增海外仓10个 means at least 10; 下降20% means a fall of at least 20%
    comparator = r.comparator or default_comparator("target", r.measure, value, number.unit)
    how = strength(squash(text[clause_start(text, number.start) : number.end]))
    return Target("threshold", comparator, value, number.unit, r.measure, how)


# Indicators where less is better: a 左右 target on them is a ceiling with a tolerance, so
# overshooting it is a miss (居民消费价格涨幅3%左右, 城镇调查失业率5.5%左右).
_LOWER_IS_BETTER_RE: Final = re.compile(
    "失业率|物价|价格|CPI|能耗|排放|浓度|事故|亡人|死亡|发案|负债率|赤字|不良贷款|拥堵|投诉|倍差|收入比"
)


def lower_is_better(text: str) -> bool:
    """Whether the words name an indicator where less is better."""
    return _LOWER_IS_BETTER_RE.search(text) is not None


__all__ = [
    "Reading",
    "clause_start",
    "is_attribute",
    "lower_is_better",
    "parse_target",
    "read",
    "read_words",
    "reading_words_at",
    "strength",
    "target_at",
    "target_end",
]
