"""The pieces of text every rendering shares: escaping for markdown, status labels, figures with
their units, and the one-line description of a verdict."""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Final
from urllib.parse import quote

from .._model import Outcome, Verdict
from .._quantity import format_amount
from .._text import printable
from .._units import RANK, RATE_UNITS
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


# what would end an autolink or break its line: space, controls, <, >, and a few more (RFC 3986)
_URL_UNSAFE_RE: Final = re.compile(r'[\x00-\x20\x7f-\x9f<>"`{}|\\^\u2028\u2029\u3000]')


def link(url: str) -> str:
    """A web address as a markdown link that stays clickable (an autolink: ``_`` and ``*`` in it
    are not markdown); anything that would end or break it (space, ``<``, ``>``) is
    percent-encoded. Another scheme (javascript:, file:) is shown as text, never linked."""
    if not url.lower().startswith(("http://", "https://")):
        return md(url)
    return "<" + _URL_UNSAFE_RE.sub(lambda m: quote(m.group()), url) + ">"


def plain(d: Decimal) -> str:
    """A number without unit, as the reports write it."""
    return format_amount(d, "")


# ratios where the default bands change a verdict (0.9 nearly met, 0.95 and 1.05 about, 1.1
# exceeded): a ratio that is not one of them exactly is never shown as one
_RATIO_BOUNDS: Final = frozenset(Decimal(b) for b in ("0.9", "0.95", "1.05", "1.1"))


def ratio_text(r: Decimal) -> str:
    """A ratio to the target as ``0.99×``: two places, rounded away from 1 so that a shortfall
    never reads as a hit (0.996 is 0.99×, not 1×; 1.004 is 1.01×), with a place more while it
    would land on a band's edge that it does not reach (1.0996 is 1.0996×, not 1.1×)."""
    for places in range(2, 7):
        step = Decimal(1).scaleb(-places)
        shown = r.quantize(step, rounding=ROUND_FLOOR if r < 1 else ROUND_CEILING)
        if shown == r or shown not in _RATIO_BOUNDS:
            break
    return f"{plain(shown)}×"


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
    if unit == RANK:
        text = f"{sign}{plain(margin)}位"  # places in the ranking
    elif unit in RATE_UNITS or (t.is_rate and unit == ""):
        text = f"{sign}{plain(margin)}个百分点"
    else:
        text = f"{sign}{format_amount(margin, unit)}"  # 增长1.2倍 against 1倍: +0.2倍
        ratio = v.ratio
        if ratio is not None:
            text += f" ({ratio_text(ratio)})"
    if v.progress is not None:
        text += f"; R = {plain(round(v.progress * 100, 0))}%"
        if with_band and v.band:
            text += f" ({v.band})"
    return text


def describe(v: Verdict, lang: str = "both") -> str:
    """One line on a verdict, in ``lang`` (both, zh or en): status, target, actual and margin
    (完成 met: 目标 target ≥ 15%，实际 actual +19.7%…). ``str(verdict)`` is this line."""
    check_lang(lang)
    parts = [f"{label(v.status, lang)}: {_word('target', lang)} {v.commitment.target}"]
    if v.outcome is not None:
        parts.append(f"{_word('actual', lang)} {actual_text(v)}")
    margin = margin_text(v, with_band=False)
    if margin != "—":
        parts.append(f"{_word('margin', lang)} {margin}")
    text = ("，" if lang != "en" else ", ").join(parts)
    if v.strict_status is not None and v.strict_status != v.status:
        text += f" ({_word('strict', lang)}: {label(v.strict_status, lang)})"
    if v.reason:
        text += f" ({v.reason})"
    return " ".join(printable(text).split("\n"))


_WORDS: Final = {"target": "目标", "actual": "实际", "margin": "差距", "strict": "严格"}


def _word(en: str, lang: str) -> str:
    zh = _WORDS[en]
    return {"zh": zh, "en": en}.get(lang, f"{zh} {en}")


__all__ = [
    "LANGS",
    "actual_text",
    "chart",
    "check_lang",
    "describe",
    "label",
    "link",
    "margin_text",
    "md",
    "plain",
    "ratio_text",
    "value_text",
]
