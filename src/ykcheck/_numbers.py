"""The number reader: every number of a text as the reports write it (1.1万亩, 招引 10 亿元, 两万人,
千亿元, 5.5%, 5%-5.5%), with its multiplier, unit and comparator word, and its kind.

``read_numbers`` reads a folded text (``_text.fold``) in one pass and flags the numbers that are
not quantities of a statement: years, ordinals, codes such as PM2.5 or S321, dates, names in quotes
such as “8+4”. ``scan`` does the same for any text. Every other reader of numbers in ykcheck
(amounts in data files, targets, extraction) goes through these rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Final, NamedTuple

from ._kinds import OPEN_QUOTE_RE, QUOTE_REACH, NumberKind, in_short_quote, kind_of
from ._text import DASH, squash
from ._units import SPELLINGS
from ._vocab import SUFFIX_COMPARATOR

_CHINESE_DIGITS: Final = {
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "贰": 2, "三": 3, "叁": 3, "四": 4,
    "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9,
    "玖": 9,
}  # fmt: skip
_CHINESE_SMALL: Final = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN: Final = "".join([*_CHINESE_DIGITS, *_CHINESE_SMALL]) + "万亿"
_NUMERAL_RE: Final = re.compile(f"[{_CN}]+")

_MULTIPLIERS: Final = {"万亿": Decimal(10**12), "亿": Decimal(10**8), "千万": Decimal(10**7),
                       "百万": Decimal(10**6), "万": Decimal(10**4), "千": Decimal(1000),
                       "百": Decimal(100)}  # fmt: skip
# Longest spelling first, so that 千瓦时 wins over 千瓦 and 个百分点 over 个. White space may
# stand inside a spelling: PDF extractions break lines in the middle of 平方米 or 亿元.
UNIT_PATTERN: Final = "|".join(
    r"\s*".join(re.escape(ch) for ch in s) for s in sorted(SPELLINGS, key=len, reverse=True)
)
_UNIT_RE: Final = re.compile(r"\s*(" + UNIT_PATTERN + ")")
# the comparator words after a number (及以上 before 以上: longest first)
_COMPARATOR_WORDS: Final = "|".join(
    sorted((w for w in SUFFIX_COMPARATOR if w != "余"), key=len, reverse=True)
)
# An Arabic number (of a folded text) with its multiplier, unit and comparator word, in one match
# (2000套（间）以上: a remark in brackets may stand before the comparator; 40余场, 2万多人: 余 or
# 多 before the unit says "more than"). White space may stand anywhere between the parts.
ARABIC_RE: Final = re.compile(
    r"(?P<num>[0-9]+(?:[,，][0-9]{3})*(?:\.[0-9]+"
    # a decimal point with a space after it, as text copied from a PDF has it (增长6. 5%,
    # 2231. 15 亿元), before a rate, a multiplier or a table's bar; not a list's mark (1. 5个
    # 项目, 1. 2024年…, a line's or a sentence's first number), or before a range to a rate
    # (增长5. 5-6. 5%); spaced before it too only before a rate (增长6 . 5%左右; not 1 . 5万亩)
    r"|(?<![\n。；;:：][0-9])(?<![\n。；;:：][0-9]{2})(?<!^[0-9])(?<!^[0-9]{2})"
    r"(?:\. [0-9]++(?=\s*(?:[%％‰万亿|｜]|个?百分点"
    r"|[-–—~～至到]\s*[0-9]+(?:\. ?[0-9]+)?\s*(?:[%％‰]|个?百分点)))"
    r"| \. ?[0-9]++(?=\s*(?:[%％‰]|个?百分点)))"
    # or a middle dot for the point before a rate, as some pages type it (上涨1·8%)
    r"|·[0-9]++(?=\s*(?:[%％‰]|个?百分点)))?)"
    rf"(?:(?P<more>[余多])?\s*(?P<unit>{UNIT_PATTERN})"
    rf"|(?P<more0>[余多])?\s*(?P<mult>万亿|千万|百万|亿|万|千|百)"
    rf"(?:(?P<more2>[余多])?\s*(?P<unit2>{UNIT_PATTERN}))?)?"
    rf"(?:\s*(?P<suffix>{_COMPARATOR_WORDS})"
    rf"|\s*[（(][^（()）\n]{{1,6}}[）)]\s*(?P<suffix2>{_COMPARATOR_WORDS}))?"
)
# A whole Chinese numeral that can be a quantity in running text (a unit follows it, or it ends
# in 亿: 两万人, 千亿). Matched whole, possessively (a long run of 一 costs one pass, not one per
# start), from its first character: the lookbehind after that character keeps the regex's fast
# scan for the characters a match starts with. A numeral standing alone (三大差距, 十方面) is
# part of a phrase, not a number of a statement.
NUMERAL_TOKEN_RE: Final = re.compile(
    rf"(?P<cn>[{_CN}](?<![{_CN}]{{2}})[{_CN}]*+(?:\s+[万亿]++)?+)"
    rf"(?:(?<=亿)|(?=[余多]?\s*(?:{UNIT_PATTERN})))"
)
_SUFFIX_RE: Final = re.compile(rf"\s*({_COMPARATOR_WORDS})")
_MORE: Final = "余"  # the suffix of a number followed by 余 or 多 (and no comparator word)
# a range: 5%-5.5%, 5-5.5%, 6%至6.5%, 3~5万人; the first number is read, with the unit of the last
_RANGE_DASH_RE: Final = re.compile(rf"\s*{DASH}\s*")
# Longer digit runs are not figures (report numbers have a dozen digits at most), and the
# multipliers stay exact within Decimal's 28 digits.
MAX_DIGITS: Final = 15
# ... and the longest Chinese numeral below 亿亿 (10**16) is 31 characters:
# 九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九
_MAX_NUMERAL: Final = 31
_LONE_MULTIPLIERS: Final = frozenset({"亿", "万", "万亿"})
_SCALE: Final = {"万": Decimal(10**4), "亿": Decimal(10**8)}


# Why a number is not a quantity of a statement, or "quantity" if it is one.


class Number(NamedTuple):
    """A number found in a text, with the multiplier, unit and comparator word that follow it."""

    start: int  # offset of the first character of the number
    end: int  # offset after the unit (or the number, when there is none)
    tail: int  # offset after its comparator word (以上, 左右), or ``end`` if it has none
    value: Decimal  # multipliers folded in, except those that are part of a money unit
    unit: str  # registry name, "" for a plain number
    chinese: bool  # written in Chinese numerals
    suffix: str | None  # the comparator word after it (以上, 左右), or 余 (40余场), or None
    kind: NumberKind
    upper: Decimal | None  # the last number of a range (5%-5.5%), whose first is ``value``


def chinese_to_decimal(s: str) -> Decimal | None:
    """Value of a Chinese numeral (十, 两万, 三千二百, 一百零五, 千亿, 三万亿), or None if malformed
    or larger than reports write (亿亿, 10**16, and above)."""
    if "亿" in s:
        head, _, tail = s.partition("亿")
        if "亿" in tail or (tail and tail[0] not in _CHINESE_DIGITS):
            return None  # (亿万: no numeral, a multitude)
        hi = chinese_to_decimal(head) if head else Decimal(1)
        lo = chinese_to_decimal(tail) if tail else Decimal(0)
        if len(tail) == 1 and lo is not None:
            lo *= 10**7  # 三亿五: 3.5亿
        if hi is None or lo is None or lo >= 10**8:
            return None
        return hi * 10**8 + lo
    if "万" in s:
        head, _, tail = s.partition("万")
        if tail and tail[0] not in _CHINESE_DIGITS:
            return None  # (气象万千: no numeral)
        high = _small(head) if head else 1
        low = _small(tail) if tail else 0
        if len(tail) == 1 and low is not None:
            low *= 1000  # 两万五: 25000
        if high is None or low is None:
            return None
        return Decimal(high * 10**4 + low)
    small = _small(s)
    return None if small is None else Decimal(small)


def _small(s: str) -> int | None:
    """Value of a numeral below 10000 (no 万/亿), or None if it is not well formed."""
    total, digit, last_unit = 0, None, 10**5
    for ch in s:
        if ch in _CHINESE_DIGITS:
            if digit is not None and digit != 0:
                return None  # two digits in a row, as in 十四五
            digit = _CHINESE_DIGITS[ch]
        elif ch in _CHINESE_SMALL:
            unit = _CHINESE_SMALL[ch]
            if unit >= last_unit or (digit is None and total):
                return None  # (千百年, 百十个: no unit without its digit after the first)
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            return None
    if digit is not None:  # (一百五, 三千五: the unit below the last, as 一百零五 is not)
        short = len(s) > 1 and s[-2] in _CHINESE_SMALL and last_unit >= 100
        total += digit * (last_unit // 10 if short else 1)
    return total if s else None


def normalize(d: Decimal) -> Decimal:
    """The same number without trailing zeros or exponent: 11000.0 -> 11000, 5.50 -> 5.5."""
    if d == d.to_integral_value():
        return Decimal(int(d))
    return d.normalize()


def _unit_name(spelled: str) -> str:
    """The registry name of a unit as spelled in a text, white space and all (亿\n元)."""
    return SPELLINGS.get(spelled) or SPELLINGS[squash(spelled)]


def _arabic(work: str, m: re.Match[str]) -> Number | None:
    """The number of an ``ARABIC_RE`` match, or None for a run of digits too long to be one."""
    written, more, unit, more0, mult, more2, unit2, suffix, suffix2 = m.groups()
    num = written.replace(" ", "").replace("·", ".")  # 6. 5, 1·8: spaced or dotted points
    more2 = more2 or more0  # 740多万人: more than 740万, less than 750万
    if len(num) > MAX_DIGITS:
        return None  # an identifier, not a figure
    start = m.start()
    value = Decimal(num if len(num) < 4 else _plain(num))
    if unit is not None:
        end = m.end("unit")
    elif mult is not None:
        end = m.end("unit2") if unit2 is not None else m.end("mult")
        unit = unit2
        if unit is None and mult in ("亿", "万亿"):  # a bare 亿 is money: 4000亿大关
            value, unit = value * _MULTIPLIERS[mult] / 10**8, "亿元"
        else:
            value *= _MULTIPLIERS[mult]
        value = normalize(value)
    else:
        end = start + len(num)
    if "." in num:
        value = normalize(value)
    num_end = start + len(written)
    upper = None
    if more or more2:  # 9000余人, 2万多人: more than the number, less than its next step
        written = Decimal(_plain(num))
        factor = value / written if written else Decimal(1)  # the multiplier folded in
        upper = normalize(value + _step(num) * factor)
    if start and work[start - 1] == "-" and _signed(work, start - 1):
        start, value = start - 1, -value  # 增长-2.3%: a fall written with a minus sign
        if upper is not None:
            value, upper = -upper, value
    kind = kind_of(work, start, num_end, value)
    suffix = suffix or suffix2 or (_MORE if more or more2 else None)
    unit = _unit_name(unit) if unit else ""
    if unit == "个" and not suffix and _points(work, start, end, num):
        unit, end = "百分点", end + 1  # 高0.8个点: a gap between rates, spoken
    return Number(start, end, m.end(), value, unit, False, suffix, kind, upper)


# where a "-" before a number is its sign: after a word of change, a cell's edge or a list's
# mark (增长-2.3%, 为-1.2%, 预计-3%, | -2.11‰, 0.15、-5.64), not between two figures (5%-6%) nor
# in a code (S-12)
_SIGNED_AFTER_RE: Final = re.compile(r"(?:[长速幅为是达比率值降计约|｜(（:：、，,\t\n]|^)\s*-$")
_SPACE_BEFORE_MAX: Final = 12  # how far back over spaces a word before a signed cell is looked for


def _signed(work: str, dash: int) -> bool:
    """Whether the "-" at ``dash`` signs the number after it: after a word of change, a cell's
    edge or a list's mark, or set apart by spaces from a word or a line's start (a table's
    label: 食品烟酒      -0.4; 鲜 菜 -5.5), not from a figure or a year (6  -7%, 2023年 -2025年:
    a range)."""
    if _SIGNED_AFTER_RE.search(work, max(dash - 2, 0), dash + 1):
        return True
    i = dash - 1
    while i >= 0 and dash - i <= _SPACE_BEFORE_MAX and work[i] in " \u3000":
        i -= 1
    if i < 0:
        return True  # (spaces alone before it: the text's first cell)
    if i == dash - 1:
        return False  # (no space before it: 5%-6%, S-12)
    before = work[i]
    return ("\u4e00" <= before <= "\u9fff" and before not in "年月日") or before in ")）\n"


# 个点 is a percentage point where a rate is compared (高0.8个点, 回落1.2个点); not a count of
# places (新增3个点位, 设立5个点)
_POINT_AFTER_RE: Final = re.compile(r"点(?![位亮赞单状播餐菜睛火燃击名评子])")
_POINTS_LEAD_RE: Final = re.compile(
    r"(?:[高低快慢]|下降|上升|回落|回升|收窄|扩大|拉动|[上下]拉)[出了于]?$"
)


def _points(work: str, start: int, end: int, num: str) -> bool:
    """Whether the 个 at ``end`` of a number starts 个点, a percentage point: after a word that
    compares rates (高, 低于, 提高), or after a decimal number (0.8个点)."""
    if _POINT_AFTER_RE.match(work, end) is None:
        return False
    lead = work[max(0, start - 3) : start]
    return "." in num or _POINTS_LEAD_RE.search(lead) is not None


def _plain(digits: str) -> str:
    """Digits as Decimal reads them: without the commas that group thousands and the space a
    PDF puts after a decimal point (6,000; 6. 5), a middle dot for the point (1·8)."""
    return digits.replace(",", "").replace("，", "").replace(" ", "").replace("·", ".")


def _step(num: str) -> Decimal:
    """The place of the last digit written (9000 -> 1000, 1.5 -> 0.1, 40 -> 10): what 余 or 多
    after the number leaves open."""
    digits = _plain(num)
    if "." in digits:
        return Decimal(1).scaleb(-len(digits.split(".")[1]))
    stripped = digits.rstrip("0")
    return Decimal(10) ** (len(digits) - len(stripped)) if stripped else Decimal(1)


# the last character of the words before a lone 万 or 亿 that make it a number: 近万人, 超亿元
_BOUND_WORDS: Final = frozenset("近超逾破过达")


def _numeral(work: str, start: int, numeral: str, lone: bool = False) -> Number | None:
    """The number of a Chinese numeral at ``start`` (两万人, 千亿), or None if it is not one
    (十四五). ``numeral``: its run of numeral characters, with the white space of a line broken
    inside it (超百\n亿), which is then read without it."""
    if numeral.isalpha():
        local, base = work, start
    else:
        local, base = squash(work[start : start + len(numeral) + 12]), 0
    run = _NUMERAL_RE.match(local, base).group()  # type: ignore[union-attr]
    value, read, unit_hit = _read_chinese(local, base, run, lone)
    if value is None:
        return None
    more = unit_hit is None and local.startswith(("余", "多"), base + len(read))
    if more:
        unit_hit = _unit_at(local, base + len(read) + 1)  # 二十余家
    if unit_hit is None and read.endswith("亿"):
        value, unit_hit = value / 10**8, ("亿元", base + len(read))  # 千亿: money
    unit, end = unit_hit if unit_hit is not None else ("", base + len(read))
    num_end = base + len(run)
    if local is not work:
        end, num_end = _after_letters(work, start, end), _after_letters(work, start, num_end)
    value = normalize(value)
    sm = _SUFFIX_RE.match(work, end)
    suffix, tail = (sm.group(1), sm.end()) if sm else (_MORE if more else None, end)
    kind = kind_of(work, start, num_end, value)
    return Number(start, end, tail, value, unit, True, suffix, kind, None)


def _after_letters(work: str, start: int, count: int) -> int:
    """The offset in ``work`` after ``count`` characters from ``start`` that are not white
    space."""
    pos = start
    while count:
        if not work[pos].isspace():
            count -= 1
        pos += 1
    return pos


def matches(work: str) -> Iterator[re.Match[str]]:
    """The matches of Arabic numbers and of Chinese numerals in ``work``, in text order, as one
    regex with both alternatives would find them (``ARABIC_RE|NUMERAL_TOKEN_RE``): two scans
    are faster, each with its fast search for the characters its matches start with. A numeral
    that starts inside a number's match is part of it (the 万 of 10万元): the scan for numerals
    goes on from the number's end."""
    numerals = NUMERAL_TOKEN_RE.finditer(work)
    cn = next(numerals, None)
    cn_at = cn.start() if cn is not None else len(work)  # where the next numeral starts
    for m in ARABIC_RE.finditer(work):
        if cn_at < m.start():
            while cn is not None and cn.start() < m.start():
                yield cn
                cn = next(numerals, None)
            cn_at = cn.start() if cn is not None else len(work)
        if cn_at < m.end():
            numerals = NUMERAL_TOKEN_RE.finditer(work, m.end())
            cn = next(numerals, None)
            cn_at = cn.start() if cn is not None else len(work)
        yield m
    while cn is not None:
        yield cn
        cn = next(numerals, None)


def read_numbers(work: str) -> list[Number]:
    """Every number of a folded text (``fold``), in order, with its multiplier, unit and
    comparator word folded in, and its kind: numbers in a short quotation (“8+4”, “141”) are
    names."""
    found: list[Number] = []
    append = found.append
    # opening quotes, with a sentinel: a number within 12 characters after one may be a name
    opens = [*(m.start() for m in OPEN_QUOTE_RE.finditer(work)), len(work) + QUOTE_REACH]
    q = 0
    for m in matches(work):
        start = m.start()
        if m.re is ARABIC_RE:
            f = _arabic(work, m)
        elif start and work[start - 1] in _CN:
            continue  # inside a numeral already read
        elif (numeral := m.group("cn")) in _LONE_MULTIPLIERS:
            if not (start and work[start - 1] in _BOUND_WORDS):
                continue  # 亿元以上: a lone multiplier is not a number
            f = _numeral(work, start, numeral, lone=True)  # 近万人, 超亿元: one of it
        else:
            f = _numeral(work, start, numeral)
        if f is None:
            continue
        if found and start - found[-1].tail <= 3 and not f.chinese:  # 5%-5.5%, 5 至 6
            r = _range(work, found[-1], f)
            if r is not None:
                found[-1] = r
                continue
            if f.unit in _SHARED_UNITS or (
                f.unit not in ("", "年")  # (2022、2023年: years)
                and _MULTIPLIED_RE.search(work, f.start, f.end) is None
            ):
                _share_unit(work, found, f)
        while opens[q] < start - QUOTE_REACH:
            q += 1
        if f.kind == "quantity" and opens[q] < start and in_short_quote(work, start, f.end):
            f = f._replace(kind="name", upper=None)  # “141”, “15分钟品质文化生活圈”, “万亩千亿”
        append(f)
    return found


_DIGITS_RE: Final = re.compile(r"[0-9,，]+(?:\. ?[0-9]+)?")
_MULTIPLIER_RE: Final = re.compile(r"\s*[万亿千]")
_SHARED_UNIT_GAP_RE: Final = re.compile(r"\s*[、和与及,，]\s*")
# rates whose unit a list writes once, after its last number; and any unit a list writes so
# after a number without a multiplier (分别增加230469、150169和7997人; not 2、3万人, whose 2 is
# 2万 or 2)
_SHARED_UNITS: Final = frozenset({"百分点", "千分点", "percent", "permille"})
_MULTIPLIED_RE: Final = re.compile("[万亿千百]")


def _share_unit(work: str, found: list[Number], last: Number) -> None:
    """Give ``last``'s unit to the numbers listed right before it without one (0.15、-5.64、
    1.34个百分点; 2.16和1.66个百分点; 0.8个、1.3个百分点, whose 个 is the point's)."""
    end = last.start
    for k in range(len(found) - 1, -1, -1):
        n = found[k]
        bare = n.kind == "quantity" and (
            not n.unit or (n.unit == "个" and last.unit in ("百分点", "千分点"))
        )
        if not (bare and n.tail == n.end and _SHARED_UNIT_GAP_RE.fullmatch(work, n.end, end)):
            return
        found[k] = n._replace(unit=last.unit)
        end = n.start


def _range(work: str, first: Number, last: Number) -> Number | None:
    """The range that two Arabic numbers form (5%-5.5%, 5-5.5%, 6%至6.5%, 3~5万人), read as its
    first number with the unit and comparator word of its last; None if they do not form one.

    The first number takes the last one's multiplier and unit when it has none (3~5万人 is
    30000 to 50000 人). Not a range: a date or a year (2024-08-26, 2024-2025年), a telephone
    number (0579-87654321: the last number is much longer), numbers that do not rise."""
    start, end, tail, value, unit, chinese, suffix, kind, _ = first
    if (
        chinese
        or suffix is not None
        or kind not in ("quantity", "date")
        or (unit and unit != last.unit)
        or last.kind not in ("quantity", "code")
        or tail >= last.start
        or _RANGE_DASH_RE.fullmatch(work, tail, last.start) is None
    ):
        return None
    digits = _DIGITS_RE.match(work, start)
    last_digits = _DIGITS_RE.match(work, last.start)
    if digits is None or last_digits is None or last.value <= 0:
        return None
    if len(last_digits.group().split(".")[0]) > len(digits.group().split(".")[0]) + 1:
        return None  # a telephone number
    if not unit:
        if 1900 <= value <= 2100 and "." not in digits.group() and last.unit in ("", "年"):
            return None  # 2024-2025年: years
        if not _MULTIPLIER_RE.match(work, digits.end(), end):  # 3~5万人; not 7万到10万人
            value = normalize(value * last.value / Decimal(_plain(last_digits.group())))
        end = last.end
    if value >= last.value:
        return None  # 2024-08: a date
    return Number(
        start, end, last.tail, value, last.unit, False, last.suffix, "quantity", last.value
    )


def _read_chinese(
    text: str, start: int, numeral: str, lone: bool = False
) -> tuple[Decimal | None, str, tuple[str, int] | None]:
    """Read a Chinese numeral, giving back a last 千/万/亿 that begins a unit (千瓦, 亿元)."""
    end = start + len(numeral)
    run = len(numeral) - len(numeral.rstrip("千万亿"))  # 一亿二千万: 千万; 三千二百万千: 万千
    for i in range(max(len(numeral) - run, 1), len(numeral)):
        unit = _unit_at(text, start + i)  # a unit that starts with the multiplier: 万元, 千瓦
        if unit is None:
            continue
        # 万 and 亿 end the numeral and scale the unit (一亿二千万元 is 12000万元, not 一亿二千
        # of them); 千 is the unit's own (三万千瓦, 一万二千千瓦: 千 of 千瓦)
        whole = chinese_to_decimal(numeral[: i + 1]) if numeral[i] != "千" else None
        value = chinese_to_decimal(numeral[:i]) if whole is None else whole / _SCALE[numeral[i]]
        if value is not None:
            return normalize(value), numeral[:i], unit
        break
    if (numeral in _LONE_MULTIPLIERS and not lone) or len(numeral) > _MAX_NUMERAL:
        return None, numeral, None  # 万人歌会, 亿元以上: a lone multiplier is not a number here
    if numeral == "千" and _unit_at(text, start) is not None:
        return None, numeral, None  # 每平方千米, 每千瓦时: the unit's own 千, no number before
    return chinese_to_decimal(numeral), numeral, _unit_at(text, end)


def _unit_at(text: str, pos: int) -> tuple[str, int] | None:
    """The unit spelled at ``pos`` (white space allowed before it): (registry name, end)."""
    m = _UNIT_RE.match(text, pos)
    return None if m is None else (_unit_name(m.group(1)), m.end())


class NotANumber(ValueError):
    """No number at a place, or digits too many to be one."""


def read_number_at(work: str, pos: int) -> Number:
    """The number that starts at ``pos`` of a folded text, by the same rules as ``read_numbers``
    (its kind is left "quantity" whatever the characters around it). Raises NotANumber."""
    if (m := ARABIC_RE.match(work, pos)) is not None:
        found = _arabic(work, m)
    elif (n := _NUMERAL_RE.match(work, pos)) is not None:
        found = _numeral(work, pos, n.group())
    else:
        raise NotANumber("no number here")
    if found is None:
        raise NotANumber("not a number")
    return found


__all__ = [
    "ARABIC_RE",
    "MAX_DIGITS",
    "NUMERAL_TOKEN_RE",
    "NotANumber",
    "Number",
    "NumberKind",
    "chinese_to_decimal",
    "matches",
    "normalize",
    "read_number_at",
    "read_numbers",
]
