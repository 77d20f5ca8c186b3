"""The pieces of text every rendering shares: escaping for markdown, status labels, figures with
their units, and the one-line description of a verdict."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from .._model import Outcome, Verdict
from .._quantity import format_amount
from .._text import printable
from .._units import RATE_UNITS
from .._vocab import LABELS, Status

LANGS: Final = ("both", "zh", "en")


def check_lang(lang: str) -> None:
    """Raise ValueError unless ``lang`` is one of LANGS (a misspelt language is not "both")."""
    if lang not in LANGS:
        choices = ", ".join(repr(x) for x in LANGS)
        raise ValueError(f"lang must be one of {choices}, not {lang!r}")


def label(status: Status, lang: str = "both") -> str:
    """The reader's name of a status: 超额完成 exceeded, or one language. Raises ValueError for
    a ``lang`` not in LANGS."""
    check_lang(lang)
    zh, en = LABELS[status]
    return {"zh": zh, "en": en}.get(lang, f"{zh} {en}")


_MD_SPECIAL: Final = str.maketrans(
    {
        "\\": "\\\\",
        "|": "\\|",
        "`": "\\`",
        "*": "\\*",
        "_": "\\_",
        "[": "\\[",
        "]": "\\]",
        "<": "&lt;",
        "#": "\\#",
        "~": "\\~",
        "\n": " ",
        "\r": " ",
        "\t": " ",
    }
)
_ENTITY_RE: Final = re.compile(r"&(?=#?\w+;)")


def md(text: str) -> str:
    """Text from the data made inert in a markdown table cell: no tags, links, code or breaks.

    ``<`` becomes an entity so no tag opens, ``&`` only where it would start an entity, and
    markdown punctuation is escaped; ``>`` and ``&`` are left readable (≥, R&D). Control
    characters (NUL, ESC, …) become U+FFFD.
    """
    text = _ENTITY_RE.sub("&amp;", text)
    return " ".join(printable(text.translate(_MD_SPECIAL)).split())


def chart(text: str) -> str:
    """Text from the data made inert in a quoted label of a mermaid chart, as ``md`` makes it in
    a table cell: one line (a line break would end the chart's fence), no double quote (it
    would end the label), no tag (``<`` as an entity), no control character."""
    text = _ENTITY_RE.sub("&amp;", text).replace('"', "'").replace("<", "&lt;")
    return " ".join(printable(text).split())


def plain(d: Decimal) -> str:
    """A number without unit, as the reports write it."""
    return format_amount(d, "")


def points(d: Decimal) -> str:
    """``0.5 percentage points``."""
    return f"{plain(d)} percentage point{'' if d == 1 else 's'}"


def value_text(o: Outcome | None) -> str:
    """An outcome's value with its hedge (超500个), or — for none."""
    return "—" if o is None else o.value_text()


def actual_text(v: Verdict) -> str:
    """The verdict's result, with the reference a relative target compared with."""
    text = value_text(v.outcome)
    if v.reference is not None:
        text += f" ({v.reference.indicator} {v.reference.value_text()})"
    return text


def margin_text(v: Verdict, with_band: bool = True) -> str:
    """Actual against threshold: +4.7个百分点, +1.1亿千瓦时 (12×); R and its band where known."""
    margin = v.margin
    if margin is None:
        return "—"
    t = v.commitment.target
    unit = v.outcome.unit if v.reference is not None and v.outcome else t.unit
    sign = "+" if margin > 0 else ""
    if t.is_rate or unit in RATE_UNITS:
        text = f"{sign}{plain(margin)}个百分点"
    else:
        text = f"{sign}{format_amount(margin, unit)}"
        ratio = v.ratio
        if ratio is not None:
            text += f" ({plain(round(ratio, 2))}×)"
    if v.progress is not None:
        text += f"; R = {plain(round(v.progress * 100, 0))}%"
        if with_band and v.band:
            text += f" ({v.band})"
    return text


def describe(v: Verdict, lang: str = "both") -> str:
    """One line on a verdict: status, target, actual and margin (目标 ≥ 15%，实际 +19.7%…)."""
    parts = [f"{label(v.status, lang)}: 目标 target {v.commitment.target}"]
    if v.outcome is not None:
        parts.append(f"实际 actual {actual_text(v)}")
    margin = margin_text(v, with_band=False)
    if margin != "—":
        parts.append(f"差距 margin {margin}")
    text = "，".join(parts)
    if v.strict_status is not None and v.strict_status != v.status:
        text += f" (strict 严格: {label(v.strict_status, lang)})"
    if v.reason:
        text += f" ({v.reason})"
    return " ".join(printable(text).split("\n"))


__all__ = [
    "LANGS",
    "actual_text",
    "chart",
    "check_lang",
    "describe",
    "label",
    "margin_text",
    "md",
    "plain",
    "value_text",
]
