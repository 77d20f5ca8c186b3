"""Indicator histories as markdown: a table and a mermaid bar chart each."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from .._analysis.history import History
from .._quantity import format_amount
from .._units import DISPLAY, compatible, ratio
from .._vocab import HEDGE_MARKS
from .text import chart, check_lang, label, md


def to_markdown(found: list[History], lang: str = "both") -> str:
    """The histories as markdown: a table and a mermaid bar chart each. Raises ValueError for a
    ``lang`` not in LANGS."""
    check_lang(lang)
    out = ["# Indicator histories 指标历史", ""]
    if not found:
        out += ["No indicator has figures in two years or more.", ""]
    for h in found:
        out += _one(h, lang)
    return "\n".join(out).rstrip("\n") + "\n"


def _one(h: History, lang: str) -> list[str]:
    kind = "增速 growth" if h.measure == "growth" else "水平 level"
    lines = [
        f"## {md(h.indicator)} · {kind}",
        "",
        "| year | target 目标 | actual 实绩 | verdict 结论 | evidence 依据 |",
        "|---|---|---|---|---|",
    ]
    for y in h.years:
        v, o = y.verdict, y.outcome
        target = md(str(v.commitment.target)) if v else "—"
        actual = md(o.value_text()) if o else "—"
        verdict = label(v.status, lang) if v else "—"
        quotes = [
            f"“{md(x.quote)}” ({md(x.source)})"
            for x in ((v.commitment if v else None), o)
            if x is not None
        ]
        lines.append(f"| {y.year} | {target} | {actual} | {verdict} | {'<br>'.join(quotes)} |")
    lines.append("")
    lines += _chart(h)
    return lines


# a hedge as one word beside a bar's year: 超, 以上, 约
_HEDGE_MARK = {hedge: before or after for hedge, (before, after) in HEDGE_MARKS.items()}


def _chart(h: History) -> list[str]:
    """A mermaid xychart: one bar per figure, labelled by year and kind, in one unit."""
    points: list[tuple[str, Decimal, str]] = []
    for y in h.years:
        o = y.outcome
        if o is not None and o.value is not None:
            hedge = _HEDGE_MARK.get(o.hedge, "")
            points.append((f"{y.year} 实绩{f' ({hedge})' if hedge else ''}", o.value, o.unit))
        t = y.verdict.commitment.target if y.verdict else None
        if t is not None and t.value is not None:
            points.append((f"{y.year} 目标", t.value, t.unit))
    if len(points) < 2:
        return []
    unit = points[-1][2]
    if not all(compatible(u, unit) for _, _, u in points):
        return ["(figures in units that cannot be compared: no chart)", ""]
    values = [_in(value, u, unit) for _, value, u in points]
    shown = DISPLAY.get(unit, unit) or "number"
    word = "增速 " if h.measure == "growth" else ""
    if all(v <= 0 for v in values) and any(v < 0 for v in values):
        # mermaid draws a bar up from the bottom of the axis, not from zero: chart a fall as a
        # positive 降幅, so that the longer bar is the larger fall
        values, word = [-v for v in values], "降幅 "
    # bars from zero: a bar's height is in proportion to its value (mermaid's own axis starts at
    # the smallest value, which draws that bar with no height); a line where signs are mixed
    kind = "bar" if min(values) >= 0 else "line"
    low, high = min(min(values), Decimal(0)), max(max(values), Decimal(0))
    if high == low:
        high = low + 1
    title = chart(f"{h.indicator} ({word}{shown})")
    return [
        "```mermaid",
        "xychart-beta",
        f'  title "{title}"',
        "  x-axis [" + ", ".join(f'"{name}"' for name, _, _ in points) + "]",
        f'  y-axis "{word}{shown}" {_number(low)} --> {_number(high)}',
        f"  {kind} [" + ", ".join(_number(v) for v in values) + "]",
        "```",
        "",
    ]


def _number(v: Decimal) -> str:
    return format_amount(v, "") if abs(v) < 10**4 else f"{v:f}"


def _in(value: Decimal, unit: str, target: str) -> Decimal:
    x = Fraction(value) * ratio(unit, target)
    return (Decimal(x.numerator) / Decimal(x.denominator)).normalize()
