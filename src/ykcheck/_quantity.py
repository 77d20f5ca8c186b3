"""Amounts as phrases: ``parse_quantity`` reads one whole phrase (1.1万亩, 280亿元, 5.5%) by the
number reader's rules; ``format_quantity`` writes a quantity back the way the reports do, so that
``parse_quantity(format_quantity(q)) == q``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Final

from ._errors import ParseError, UnitError, wrong_type
from ._numbers import NotANumber, read_number_at
from ._text import fold
from ._units import DISPLAY, FACTORS, MONEY_MULTIPLES, SPELLINGS, registry

_SIGN_RE: Final = re.compile(r"\s*([-−+]?)")  # of a folded text


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
    work = fold(text)
    sign = _SIGN_RE.match(work)
    assert sign is not None
    pos = sign.end()
    try:
        found = read_number_at(work, pos)
    except NotANumber as exc:
        raise ParseError(str(exc), text, pos) from None
    end, value, unit = found.end, found.value, found.unit
    rest = text[end:]
    if rest.strip():
        rest_pos = end + len(rest) - len(rest.lstrip())
        raise UnitError(
            f"unknown unit {rest.strip()!r}; known units include {_nearest(rest.strip())}",
            text,
            rest_pos,
        )
    if sign.group(1) in ("-", "−") and value > 0:  # (the reader reads a sign after a word)
        value = -value
    return value, unit


def _nearest(spelling: str) -> str:
    """A few known unit spellings that share characters with ``spelling``, for error messages."""
    scored = sorted(
        (-len(set(spelling) & set(s)), len(s), s) for s in SPELLINGS if set(spelling) & set(s)
    )
    picks = [s for _, _, s in scored[:4]] or ["个", "亩", "亿元", "%"]
    return ", ".join(picks)


def _plain(d: Decimal) -> str:
    """A Decimal without exponent or trailing zeros: 11000, 1.69, 0.5; 0 for -0 (a fall of 0%
    reads as a ceiling by its comparator, not by the sign of its zero)."""
    if not d:
        return "0"
    if d == d.to_integral_value():
        return str(d.quantize(Decimal(1)))
    return format(d.normalize(), "f")


def format_amount(value: Decimal, unit: str) -> str:
    """Write a magnitude and unit the way the reports do: 1.1万亩, 280亿元, 5.5%, 1.69."""
    shown = DISPLAY.get(unit, unit)
    if unit in MONEY_MULTIPLES or abs(value) < 10**4:
        return _plain(value) + shown
    for word, scale in (("万亿", Decimal(10**12)), ("亿", Decimal(10**8)), ("万", Decimal(10**4))):
        if word + shown in SPELLINGS or (word in ("亿", "万亿") and not shown):
            continue  # 1万元 would read as the unit 万元, and a bare 亿 as 亿元
        if abs(value) >= scale:
            scaled = value / scale
            if scaled == scaled.quantize(Decimal("0.0001")):
                return _plain(scaled) + word + shown
    return _plain(value) + shown


def format_quantity(q: Any) -> str:
    """Write a pint Quantity from ``parse_quantity`` back as a phrase that parses to it.
    Raises TypeError if ``q`` is not a pint Quantity."""
    import pint  # here: a report that formats no quantity does not pay for pint

    if not isinstance(q, pint.Quantity):
        raise wrong_type("format_quantity", "a pint Quantity (from ykcheck.parse_quantity)", q)
    return format_amount(Decimal(q.magnitude), unit_name(q))


def unit_name(q: Any) -> str:
    """The registry unit name of a Quantity ('' for a plain number)."""
    if q.unitless and str(q.units) == "dimensionless":
        return ""
    name = str(q.units)
    if name in FACTORS:
        return name
    # a compound pint built for q.to("微克/立方米") is the unit of that spelling
    return SPELLINGS.get(name.replace(" ", ""), name)


__all__ = ["format_amount", "format_quantity", "parse_amount", "parse_quantity", "unit_name"]
