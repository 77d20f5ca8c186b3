"""Numbers and quantities as the reports write them: 1.1万亩, 招引 10 亿元, 两万人, 千亿元, 5.5%.

``scan`` finds every number in a text with its multiplier and unit, and flags the ones that are not
quantities of a statement (years, ordinals, codes such as PM2.5 or S321, names in quotes such as
“8+4”). ``parse_quantity`` reads one whole phrase; ``format_quantity`` writes a quantity back
the way the reports do, so that ``parse_quantity(format_quantity(q)) == q``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, Final

import attrs

from ._errors import ParseError, UnitError
from ._units import DISPLAY, MONEY_MULTIPLES, SPELLINGS, registry

_FULLWIDTH: Final = str.maketrans("０１２３４５６７８９．，－", "0123456789.,-")

_ARABIC: Final = r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?"
_CHINESE_DIGITS: Final = {
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "贰": 2, "三": 3, "叁": 3, "四": 4,
    "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9,
    "玖": 9,
}  # fmt: skip
_CHINESE_SMALL: Final = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CHINESE: Final = "[" + "".join([*_CHINESE_DIGITS, *_CHINESE_SMALL]) + "万亿]+"
_NUMBER_RE: Final = re.compile(f"(?P<arabic>{_ARABIC})|(?P<chinese>{_CHINESE})")

_MULTIPLIERS: Final = {"万亿": Decimal(10**12), "亿": Decimal(10**8), "千万": Decimal(10**7),
                       "百万": Decimal(10**6), "万": Decimal(10**4)}  # fmt: skip
_MULTIPLIER_RE: Final = re.compile(r"\s*(万亿|千万|百万|亿|万)")
# Longest spelling first, so that 千瓦时 wins over 千瓦 and 个百分点 over 个. White space may
# stand inside a spelling: PDF extractions break lines in the middle of 平方米 or 亿元.
UNIT_PATTERN: Final = "|".join(
    r"\s*".join(re.escape(ch) for ch in s) for s in sorted(SPELLINGS, key=len, reverse=True)
)
_UNIT_RE: Final = re.compile(r"\s*(" + UNIT_PATTERN + ")")
_SPACE_RE: Final = re.compile(r"\s+")
# Longer digit runs are not figures (report numbers have a dozen digits at most), and the
# multipliers stay exact within Decimal's 28 digits.
_MAX_DIGITS: Final = 15
_OPEN_QUOTES: Final = '“「『"《'
_CLOSE_QUOTES: Final = '”」』"》'


@attrs.frozen
class Token:
    """A number found in a text, with the multiplier and unit that follow it."""

    start: int  # offset of the first character of the number
    end: int  # offset after the unit (or the number, when there is none)
    value: Decimal  # multipliers folded in, except those that are part of a money unit
    unit: str  # registry name, "" for a plain number
    chinese: bool  # written in Chinese numerals
    kind: str  # "quantity", or why it is not one: "year", "ordinal", "code", "name", "word"


def chinese_to_decimal(s: str) -> Decimal | None:
    """Value of a Chinese numeral (十, 两万, 三千二百, 一百零五, 千亿), or None if malformed."""
    if "亿" in s:
        head, _, tail = s.rpartition("亿")
        hi = chinese_to_decimal(head) if head else Decimal(1)
        lo = chinese_to_decimal(tail) if tail else Decimal(0)
        if hi is None or lo is None or lo >= 10**8:
            return None
        return hi * 10**8 + lo
    if "万" in s:
        head, _, tail = s.partition("万")
        high = _small(head) if head else 1
        low = _small(tail) if tail else 0
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
            if unit >= last_unit:
                return None
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            return None
    if digit is not None:
        total += digit
    return total if s else None


def normalize(d: Decimal) -> Decimal:
    """The same number without trailing zeros or exponent: 11000.0 -> 11000, 5.50 -> 5.5."""
    if d == d.to_integral_value():
        return Decimal(int(d))
    return d.normalize()


def _arabic_to_decimal(s: str) -> Decimal:
    return Decimal(s.translate(_FULLWIDTH).replace(",", ""))


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _unit_at(text: str, pos: int) -> tuple[str, int] | None:
    """The unit spelled at ``pos`` (white space allowed before it): (registry name, end)."""
    m = _UNIT_RE.match(text, pos)
    if m is None:
        return None
    spelled = m.group(1)
    return SPELLINGS.get(spelled) or SPELLINGS[_SPACE_RE.sub("", spelled)], m.end()


_LAST_OPEN_RE: Final = re.compile(f"(?s).*[{_OPEN_QUOTES}]")
_CLOSE_RE: Final = re.compile(f"[{_CLOSE_QUOTES}]")
_QUOTE_REACH: Final = 12


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """Whether [start, end) stands inside a short quotation such as “8+4” or “万亩千亿”: a name.

    An opening quote in the 12 characters before it, not closed before it, and a closing quote
    in the 12 characters after it."""
    last_open = _LAST_OPEN_RE.match(text, max(start - _QUOTE_REACH, 0), start)
    return (
        last_open is not None
        and _CLOSE_RE.search(text, end, end + _QUOTE_REACH) is not None
        and _CLOSE_RE.search(text, last_open.end(), start) is None
    )


def _kind(text: str, start: int, end: int, num_end: int, value: Decimal, unit: str) -> str:
    before = text[start - 1] if start else ""
    after = text[num_end] if num_end < len(text) else ""
    if _is_ascii_alnum(before) or (before and before in "+-.＋") or (after and after in "+＋"):
        return "code"  # PM2.5, S321, 8+4, 2+5
    if _is_ascii_alnum(after):
        return "code"  # 5A级, 9710出口 is left to the unit check
    if before == "第":
        return "ordinal"
    if text.startswith("年", num_end) and 1900 <= value <= 2100 and value == value.to_integral():
        return "year"
    if _in_short_quote(text, start, end):
        return "name"
    return "quantity"


def scan(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Token]:
    """Every number in ``text[pos:endpos]``, in order, with multiplier and unit folded in."""
    endpos = len(text) if endpos is None else endpos
    for m in _NUMBER_RE.finditer(text, pos, endpos):
        tok = _read_token(text, m)
        if tok is not None:
            yield tok


def _read_token(text: str, m: re.Match[str]) -> Token | None:
    start, num_end = m.start(), m.end()
    if m.group("arabic") is not None:
        if len(m.group("arabic")) > _MAX_DIGITS:
            return None  # an identifier or a run of digits, not a figure; exact arithmetic ends
        value = _arabic_to_decimal(m.group("arabic"))
        chinese = False
        unit_hit = _unit_at(text, num_end)
        if unit_hit is None or (
            unit_hit[0] not in MONEY_MULTIPLES and _MULTIPLIER_RE.match(text, num_end)
        ):
            mult = _MULTIPLIER_RE.match(text, num_end)
            if mult is not None:
                after_mult = mult.end()
                unit_hit = _unit_at(text, after_mult)
                if mult.group(1) in ("亿", "万亿") and unit_hit is None:
                    # a bare 亿 in these reports is money: 4000亿大关, 千亿
                    scale = _MULTIPLIERS[mult.group(1)] / 10**8
                    value = value * scale
                    unit_hit = ("亿元", after_mult)
                else:
                    value *= _MULTIPLIERS[mult.group(1)]
                num_end = after_mult
    else:
        chinese = True
        numeral = m.group("chinese")
        value_or_none, numeral, unit_hit = _read_chinese(text, start, numeral)
        if value_or_none is None:
            return None
        value = value_or_none
        num_end = start + len(numeral)
        if unit_hit is None and numeral.endswith("亿"):
            value = value / 10**8
            unit_hit = ("亿元", num_end)
    unit, end = unit_hit if unit_hit is not None else ("", num_end)
    kind = _kind(text, start, end, m.end(), value, unit)
    if chinese and unit == "" and kind == "quantity":
        kind = "word"  # 三大差距, 十方面: a numeral without a unit is part of a phrase
    return Token(start, end, normalize(value), unit, chinese, kind)


def _read_chinese(
    text: str, start: int, numeral: str
) -> tuple[Decimal | None, str, tuple[str, int] | None]:
    """Read a Chinese numeral, giving back a last 千/万/亿 that begins a unit (千瓦, 亿元)."""
    end = start + len(numeral)
    if len(numeral) > 1 and numeral[-1] in "千万亿":
        shorter = _unit_at(text, end - 1)
        if shorter is not None:
            value = chinese_to_decimal(numeral[:-1])
            if value is not None:
                return value, numeral[:-1], shorter
    if numeral in ("万", "亿", "万亿") or len(numeral) > _MAX_DIGITS:
        return None, numeral, None  # 万人歌会, 亿元以上: a lone multiplier is not a number here
    return chinese_to_decimal(numeral), numeral, _unit_at(text, end)


_SIGN_RE: Final = re.compile(r"\s*([-−－+＋]?)")


def parse_quantity(text: str) -> Any:
    """Read a whole phrase such as ``"1.1万亩"`` as a pint Quantity with a Decimal magnitude.

    Multipliers are folded in (1.1万亩 is 11000 亩) except where they belong to a money unit
    (280亿元 stays 280 亿元). A leading minus sign is allowed. Raises ParseError if the phrase is
    not exactly one quantity, UnitError if the unit is not registered.
    """
    value, unit = parse_amount(text)
    return registry().Quantity(value, unit or "dimensionless")


def parse_amount(text: str) -> tuple[Decimal, str]:
    """Like parse_quantity, but gives (magnitude, registry unit name) and builds no Quantity."""
    if not isinstance(text, str):
        raise ParseError("a quantity must be given as text", repr(text))
    sign = _SIGN_RE.match(text)
    assert sign is not None
    pos = sign.end()
    m = _NUMBER_RE.match(text, pos)
    if m is None:
        raise ParseError("no number here", text, pos)
    tok = _read_token(text, m)
    if tok is None:
        raise ParseError("not a number", text, pos)
    rest = text[tok.end :]
    if rest.strip():
        rest_pos = tok.end + len(rest) - len(rest.lstrip())
        raise UnitError(
            f"unknown unit {rest.strip()!r}; known units include {_nearest(rest.strip())}",
            text,
            rest_pos,
        )
    value = -tok.value if sign.group(1) in ("-", "−", "－") else tok.value
    return value, tok.unit


def _nearest(spelling: str) -> str:
    """A few known unit spellings that share characters with ``spelling``, for error messages."""
    scored = sorted(
        (-len(set(spelling) & set(s)), len(s), s) for s in SPELLINGS if set(spelling) & set(s)
    )
    picks = [s for _, _, s in scored[:4]] or ["个", "亩", "亿元", "%"]
    return ", ".join(picks)


def _plain(d: Decimal) -> str:
    """A Decimal without exponent or trailing zeros: 11000, 1.69, 0.5."""
    if d == d.to_integral_value():
        return str(d.quantize(Decimal(1)))
    return format(d.normalize(), "f")


def format_amount(value: Decimal, unit: str) -> str:
    """Write a magnitude and unit the way the reports do: 1.1万亩, 280亿元, 5.5%, 1.69."""
    shown = DISPLAY.get(unit, unit)
    if unit in MONEY_MULTIPLES or abs(value) < 10**4:
        return _plain(value) + shown
    for word, scale in (("亿", Decimal(10**8)), ("万", Decimal(10**4))):
        if word + shown in SPELLINGS or (word == "亿" and not shown):
            continue  # 1万元 would read as the unit 万元, and a bare 亿 as 亿元
        if abs(value) >= scale:
            scaled = value / scale
            if scaled == scaled.quantize(Decimal("0.0001")):
                return _plain(scaled) + word + shown
    return _plain(value) + shown


def format_quantity(q: Any) -> str:
    """Write a pint Quantity from ``parse_quantity`` back as a phrase that parses to it."""
    return format_amount(Decimal(q.magnitude), unit_name(q))


def unit_name(q: Any) -> str:
    """The registry unit name of a Quantity ('' for a plain number)."""
    if q.unitless and str(q.units) == "dimensionless":
        return ""
    return str(q.units)


__all__ = ["Token", "format_quantity", "parse_quantity", "scan"]
