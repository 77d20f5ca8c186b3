"""Histories: one indicator across all loaded years, targets and actuals side by side."""

from __future__ import annotations

import difflib
from collections import defaultdict
from typing import TYPE_CHECKING

import attrs

from .._errors import YkcheckError
from .._model import Outcome, Verdict
from .._text import printable

if TYPE_CHECKING:
    from .._report import Report


@attrs.frozen
class Year:
    """One year of an indicator: its target (a verdict on it), and its reported result."""

    year: int
    verdict: Verdict | None = None
    outcome: Outcome | None = None


@attrs.frozen
class History:
    """An indicator and measure across years."""

    indicator: str
    measure: str
    years: tuple[Year, ...]


class UnknownIndicator(YkcheckError, KeyError):
    """No loaded indicator has this name."""

    def __str__(self) -> str:
        return printable(str(self.args[0]))


def histories(report: Report, indicator: str | None = None) -> list[History]:
    """Histories of every indicator with figures in two years or more, or of the one named.

    Raises UnknownIndicator (a KeyError) when ``indicator`` names nothing loaded.
    """
    rows: dict[tuple[str, str], dict[int, dict[str, object]]] = defaultdict(
        lambda: defaultdict(dict)
    )
    for v in report.verdicts:
        t = v.commitment.target
        if t.kind == "threshold":
            rows[v.commitment.indicator, t.measure][v.commitment.year]["verdict"] = v
    for o in report.outcomes:
        if o.value is not None:
            rows[o.indicator, o.measure][o.year].setdefault("outcome", o)
    names = sorted({name for name, _ in rows})
    if indicator is not None and indicator not in names:
        close = difflib.get_close_matches(indicator, names, n=3, cutoff=0.3)
        contains = [n for n in names if indicator in n]
        hint = (
            ", ".join(list(dict.fromkeys(close + contains))[:6]) or "`ykcheck history` lists them"
        )
        raise UnknownIndicator(f"no indicator named {indicator!r} is loaded; try: {hint}")
    found = []
    for (name, measure), by_year in sorted(rows.items()):
        if indicator is not None and name != indicator:
            continue
        if indicator is None and len(by_year) < 2:
            continue
        years = tuple(
            Year(y, d.get("verdict"), d.get("outcome"))  # type: ignore[arg-type]
            for y, d in sorted(by_year.items())
        )
        found.append(History(name, measure, years))
    return found


__all__ = ["History", "UnknownIndicator", "Year", "histories"]
