"""The fulfilment report: verdicts summarised and rendered as markdown, JSON or plain records.

Rendering only: the verdicts are computed in ``_evaluate``; nothing here reads or writes files.
Rows are ordered by plan year, then by where their quote stands in the source (when known), then by
id, so the same data gives byte-identical output whatever the order of its records.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Final

import attrs

from ._evaluate import ASSESSED, STATUSES, Tolerances, Verdict
from ._model import Outcome, Source
from ._quantity import format_amount
from ._units import RATE_UNITS

LABELS: Final = {
    "exceeded": ("超额完成", "exceeded"),
    "met": ("完成", "met"),
    "nearly_met": ("基本完成", "nearly met"),
    "missed": ("未完成", "missed"),
    "unreported": ("未报告", "unreported"),
    "pending": ("待评估", "pending"),
    "incomparable": ("无法比较", "incomparable"),
}


def label(status: str, lang: str = "both") -> str:
    """The reader's name of a status: 超额完成 exceeded, or one language."""
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
    markdown punctuation is escaped; ``>`` and ``&`` are left readable (≥, R&D).
    """
    text = _ENTITY_RE.sub("&amp;", text)
    return " ".join(text.translate(_MD_SPECIAL).split())


def _plain(d: Decimal) -> str:
    return format_amount(d, "")


@attrs.frozen
class Report:
    """Verdicts with what they were judged against; render with ``to_markdown`` or ``to_json``."""

    verdicts: tuple[Verdict, ...]
    outcomes: tuple[Outcome, ...] = ()
    sources: tuple[Source, ...] = ()
    reviews: frozenset[int] = frozenset()
    tolerances: Tolerances = attrs.field(factory=Tolerances)
    title: str | None = None
    positions: Mapping[str, int] = attrs.field(factory=dict, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "verdicts", tuple(sorted(self.verdicts, key=self._key)))

    def _key(self, v: Verdict) -> tuple[int, int, str, str]:
        c = v.commitment
        return (c.year, self.positions.get(c.id, 1 << 62), c.area, c.id)

    @property
    def years(self) -> list[int]:
        return sorted({v.commitment.year for v in self.verdicts})

    def counts(self, year: int | None = None, strict: bool = False) -> Counter[str]:
        """How many verdicts of each status (of one plan year, or of all); ``strict`` counts the
        strict reading of 左右 targets."""
        return Counter(
            (v.strict_status or v.status) if strict else v.status
            for v in self.verdicts
            if year in (None, v.commitment.year)
        )

    def fulfilment(self, year: int | None = None, strict: bool = False) -> Decimal | None:
        """Share of assessed commitments that were met or exceeded (None if none assessed).

        ``strict`` reads 左右 targets strictly (the number itself, no tolerance).
        """
        counts = self.counts(year, strict)
        assessed = sum(counts[s] for s in ASSESSED)
        if not assessed:
            return None
        return Decimal(counts["met"] + counts["exceeded"]) / assessed

    @property
    def unmatched(self) -> tuple[Outcome, ...]:
        """Outcomes that no verdict used, as result, baseline or reference."""
        used = {id(o) for v in self.verdicts for o in (v.outcome, v.baseline, v.reference) if o}
        rest = [o for o in self.outcomes if id(o) not in used]
        return tuple(sorted(rest, key=_outcome_key))

    # -- records -----------------------------------------------------------------------------------

    def to_records(self) -> list[dict[str, Any]]:
        """One plain dict per commitment with every figure of its verdict (for pandas, polars)."""
        return [_record(v, self.tolerances) for v in self.verdicts]

    def to_csv(self) -> str:
        """The records as CSV text, one row per commitment, columns in a fixed order."""
        import csv
        import io

        records = self.to_records()
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=RECORD_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
        return buf.getvalue()

    def to_json(self) -> str:
        """The report as JSON text: summary, verdicts, unmatched outcomes, tolerances."""
        doc = {
            "title": self.title,
            "reviews": sorted(self.reviews),
            "tolerances": self.tolerances.as_strings(),
            "summary": {str(y): dict(sorted(self.counts(y).items())) for y in self.years},
            "verdicts": self.to_records(),
            "unmatched_outcomes": [_outcome_record(o) for o in self.unmatched],
        }
        return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"

    # -- markdown ----------------------------------------------------------------------------------

    def to_markdown(self, lang: str = "both") -> str:
        """The report as markdown; the same input gives the same bytes."""
        out: list[str] = []
        out += self._head()
        out += self._summary(lang)
        for year in self.years:
            out += self._year(year, lang)
        out += self._ambition()
        out += self._unmatched()
        out += self._method()
        return "\n".join(out).rstrip("\n") + "\n"

    def _head(self) -> list[str]:
        title = self.title or "政府工作报告 承诺兑现情况 · Work-report commitments"
        lines = [f"# {md(title)}", ""]
        if self.sources:
            lines.append("Sources 来源:")
            lines.append("")
            for s in sorted(self.sources, key=lambda s: s.id):
                bits = []
                if s.plan is not None:
                    bits.append(f"plan {s.plan}")
                if s.reviews is not None:
                    bits.append(f"review of {s.reviews}")
                where = f" {md(s.url)}" if s.url else (f" ({md(s.file)})" if s.file else "")
                lines.append(
                    f"- **{md(s.id)}**: {md(s.title)}{where}"
                    + (f"; {', '.join(bits)}" if bits else "")
                )
            lines.append("")
        reviews = ", ".join(str(y) for y in sorted(self.reviews)) or "none"
        lines += [
            f"Reviews loaded 已载入的年度回顾: {reviews}. A commitment of a year with no review "
            "loaded is pending; one whose review is loaded but silent is unreported.",
            "",
        ]
        return lines

    def _summary(self, lang: str) -> list[str]:
        heads = [label(s, lang) for s in STATUSES]
        lines = [
            "## Summary 总览",
            "",
            "| plan year | commitments | "
            + " | ".join(heads)
            + " | fulfilment 兑现率 | strict 严格 |",
            "|---" * (len(STATUSES) + 4) + "|",
        ]
        for year in self.years:
            c = self.counts(year)
            rates = [self.fulfilment(year, strict) for strict in (False, True)]
            shown = " | ".join("—" if r is None else f"{r * 100:.0f}%" for r in rates)
            lines.append(
                f"| {year} | {sum(c.values())} | "
                + " | ".join(str(c[s]) for s in STATUSES)
                + f" | {shown} |"
            )
        lines.append("")
        lines.append(
            "Fulfilment is (met + exceeded) / assessed; pending, unreported and "
            "incomparable commitments are not assessed. The strict rate reads 左右 "
            "targets without their tolerance."
        )
        lines.append("")
        for year in self.years:
            c = self.counts(year)
            if not any(c[s] for s in STATUSES if s != "pending"):
                continue
            lines += ["```mermaid", f"pie title {year} plan · {sum(c.values())} commitments"]
            lines += [f'  "{label(s, lang)}" : {c[s]}' for s in STATUSES if c[s]]
            lines += ["```", ""]
        return lines

    def _year(self, year: int, lang: str) -> list[str]:
        verdicts = [v for v in self.verdicts if v.commitment.year == year]
        counts = self.counts(year)
        state = f"review of {year} loaded" if year in self.reviews else f"no review of {year} yet"
        lines = [f"## {year} plan {year}年工作安排 ({state})", ""]
        if counts["pending"] == len(verdicts):
            lines += [
                f"All {len(verdicts)} commitments are pending: the review of {year} (in the "
                f"{year + 1} report) is not loaded. Baselines are the {year - 1} results.",
                "",
            ]
        pending = counts["pending"] == len(verdicts)
        areas: dict[str, list[Verdict]] = {}
        for v in verdicts:
            areas.setdefault(v.commitment.area, []).append(v)
        for area, rows in areas.items():
            lines += [f"### {md(area)}", ""]
            if pending:  # nothing observed yet: no actual and margin columns
                lines.append(
                    f"| commitment 承诺 | target 目标 | baseline {year - 1} | "
                    "verdict 结论 | evidence 依据 |"
                )
                lines.append("|---|---|---|---|---|")
            else:
                lines.append(
                    f"| commitment 承诺 | target 目标 | baseline {year - 1} | "
                    f"actual {year} | margin 差距 | verdict 结论 | evidence 依据 |"
                )
                lines.append("|---|---|---|---|---|---|---|")
            lines += [self._row(v, lang, pending) for v in rows]
            lines.append("")
        return lines

    def _row(self, v: Verdict, lang: str, pending: bool = False) -> str:
        c = v.commitment
        cells = [
            f"{md(c.quote)}<br>*{md(c.indicator)}*",
            md(str(c.target)),
            _value_cell(v.baseline),
        ]
        if not pending:
            cells += [_actual_cell(v), _margin_cell(v, v.band(self.tolerances))]
        cells += [_verdict_cell(v, lang), _evidence_cell(v)]
        return "| " + " | ".join(cells) + " |"

    def _ambition(self) -> list[str]:
        from ._ambition import ambitions

        found = ambitions(self.verdicts)
        if not found:
            return []
        low = [a for a in found if a.already_met]
        lines = [
            "## Ambition 目标与上年实绩",
            "",
            f"{len(found)} targets stand beside the same indicator's result of the year "
            f"before. {len(low)} are set at or below that result (⚑): last year's value "
            "already meets this year's target.",
            "",
            "| plan year | indicator 指标 | target 目标 | last year 上年实绩 | "
            "target − last year 差距 | |",
            "|---|---|---|---|---|---|",
        ]
        for a in sorted(found, key=lambda a: not a.already_met):
            c = a.verdict.commitment
            b = a.verdict.baseline
            assert b is not None
            if a.rate:
                change = f"{'+' if a.change > 0 else ''}{_plain(a.change)}个百分点"
            else:
                change = format_amount(a.change, c.target.unit)
                change = ("+" if a.change > 0 else "") + change
                if a.ratio is not None:
                    change += f" ({_plain(a.ratio)}×)"
            lines.append(
                f"| {c.year} | {md(c.indicator)} | {md(str(c.target))} | "
                f"{md(b.value_text())} | {md(change)} | {'⚑' if a.already_met else ''} |"
            )
        lines.append("")
        return lines

    def _unmatched(self) -> list[str]:
        rest = self.unmatched
        if not rest:
            return []
        lines = [
            "## Outcomes that matched no commitment 未对应承诺的成果",
            "",
            f"{len(rest)} reported results were used neither as a result nor as a baseline. "
            "They are listed so that nothing reported is hidden.",
            "",
            "| year | indicator | value | quote |",
            "|---|---|---|---|",
        ]
        for o in rest:
            lines.append(
                f"| {o.year} | {md(o.indicator)} | {md(_value_text(o))} | "
                f"“{md(o.quote)}” ({md(o.source)}) |"
            )
        lines.append("")
        return lines

    def _method(self) -> list[str]:
        t = self.tolerances
        return [
            "## Method 方法",
            "",
            "- Comparators follow the statutory reading (Civil Code art. 1259): 以上, 以下, 以内 "
            "include the number; 突破, 超过, 不满 exclude it. Comparisons are exact.",
            "- A rate is a quantity in % or 百分点; differences of rates are percentage points.",
            f"- Exceeded: beaten by at least {_points(t.exceed_points)} (rates) or "
            f"{_plain((t.exceed_ratio - 1) * 100)}% of the target (levels).",
            f"- Nearly met: missed by at most {_points(t.near_miss_points)} (rates) or "
            f"reached at least {_plain(t.near_miss_ratio * 100)}% of the target (levels).",
            f"- 左右 targets: the tolerant reading allows {_points(t.about_points)} (rates) "
            f"or {_plain(t.about_ratio * 100)}% (levels) below the target and is the verdict; "
            "the strict reading (the number itself) is shown beside it. 与经济增长同步 uses the "
            "same tolerance around GDP growth.",
            "- Hedged outcomes are ranges (超500个 is more than 500); a verdict holds only if it "
            "holds over the whole range, and a range that straddles the threshold is incomparable.",
            "- 力争 targets are stretch goals: a miss is marked as such. 确保 targets are hard "
            "targets: a miss is marked in bold.",
            f"- R = (actual − baseline) / (target − baseline), the share of the required change "
            f"achieved; on track at R ≥ {_plain(t.progress_high)}, off track below "
            f"{_plain(t.progress_low)}.",
            "- Outcomes are matched to commitments by indicator, measure and year.",
            "",
        ]


def _points(d: Decimal) -> str:
    return f"{_plain(d)} percentage point{'' if d == 1 else 's'}"


def _outcome_key(o: Outcome) -> tuple[int, str, str, str, str]:
    return (o.year, o.indicator, o.measure, str(o.value), o.quote)


def _value_text(o: Outcome | None) -> str:
    return "—" if o is None else o.value_text()


def _value_cell(o: Outcome | None) -> str:
    return md(_value_text(o))


def _actual_cell(v: Verdict) -> str:
    return md(_actual_text(v))


def _actual_text(v: Verdict) -> str:
    text = _value_text(v.outcome)
    if v.reference is not None:
        text += f" ({v.reference.indicator} {v.reference.value_text()})"
    return text


def _margin_cell(v: Verdict, band: str | None = None) -> str:
    return md(_margin_text(v, band))


def _margin_text(v: Verdict, band: str | None = None) -> str:
    if v.margin is None or v.threshold is None:
        return "—"
    t = v.commitment.target
    unit = v.outcome.unit if v.reference is not None and v.outcome else t.unit
    sign = "+" if v.margin > 0 else ""
    if t.is_rate or unit in RATE_UNITS:
        text = f"{sign}{_plain(v.margin)}个百分点"
    else:
        text = f"{sign}{format_amount(v.margin, unit)}"
        if v.threshold and v.actual is not None and v.threshold > 0:
            text += f" ({_plain(round(v.actual / v.threshold, 2))}×)"
    if v.progress is not None:
        text += f"; R = {_plain(round(v.progress * 100, 0))}%"
        if band:
            text += f" ({band})"
    return text


def _verdict_cell(v: Verdict, lang: str) -> str:
    text = label(v.status, lang)
    strength = v.commitment.strength
    if v.status in ("missed", "nearly_met") and strength == "strive":
        text += " (力争 stretch)"
    if v.status == "missed" and strength == "ensure":
        text = f"**{text} (确保 hard target)**"
    if v.strict_status is not None and v.strict_status != v.status:
        text += f"<br>strict 严格: {label(v.strict_status, lang)}"
    if v.reason and v.status in ("incomparable",):
        text += f"<br>{md(v.reason)}"
    return text


def _evidence_cell(v: Verdict) -> str:
    parts = []
    for role, o in (("", v.outcome), ("ref. ", v.reference)):
        if o is not None:
            parts.append(f"{role}“{md(o.quote)}” ({md(o.source)})")
    if not parts and v.baseline is not None:
        parts.append(f"baseline “{md(v.baseline.quote)}” ({md(v.baseline.source)})")
    if v.status in ("unreported", "pending") and v.reason and v.status != "pending":
        parts.append(md(v.reason))
    note = v.commitment.note
    if note:
        parts.append(f"note: {md(note)}")
    return "<br>".join(parts) or "—"


def _decimal(d: Decimal | None) -> str | None:
    return None if d is None else str(d)


def _outcome_record(o: Outcome) -> dict[str, Any]:
    return {
        "indicator": o.indicator,
        "year": o.year,
        "measure": o.measure,
        "value": _decimal(o.value),
        "unit": o.unit,
        "hedge": o.hedge,
        "done": o.done,
        "quote": o.quote,
        "source": o.source,
    }


RECORD_FIELDS: Final = (
    "id",
    "year",
    "area",
    "indicator",
    "quote",
    "source",
    "kind",
    "comparator",
    "target_value",
    "target_unit",
    "measure",
    "strength",
    "relation",
    "reference",
    "status",
    "strict_status",
    "reason",
    "actual",
    "threshold",
    "margin",
    "progress",
    "progress_band",
    *(
        f"{role}_{field}"
        for role in ("outcome", "baseline", "ref")
        for field in ("value", "unit", "hedge", "quote", "source")
    ),
)


def _record(v: Verdict, tol: Tolerances) -> dict[str, Any]:
    c, t = v.commitment, v.commitment.target
    rec: dict[str, Any] = {
        "id": c.id,
        "year": c.year,
        "area": c.area,
        "indicator": c.indicator,
        "quote": c.quote,
        "source": c.source,
        "kind": t.kind,
        "comparator": t.comparator,
        "target_value": _decimal(t.value),
        "target_unit": t.unit,
        "measure": t.measure,
        "strength": t.strength,
        "relation": t.relation,
        "reference": t.reference,
        "status": v.status,
        "strict_status": v.strict_status,
        "reason": v.reason,
        "actual": _decimal(v.actual),
        "threshold": _decimal(v.threshold),
        "margin": _decimal(v.margin),
        "progress": _decimal(v.progress),
        "progress_band": v.band(tol),
    }
    for role, o in (("outcome", v.outcome), ("baseline", v.baseline), ("ref", v.reference)):
        rec[f"{role}_value"] = _decimal(o.value) if o else None
        rec[f"{role}_unit"] = o.unit if o else None
        rec[f"{role}_hedge"] = o.hedge if o else None
        rec[f"{role}_quote"] = o.quote if o else None
        rec[f"{role}_source"] = o.source if o else None
    return rec


def describe(v: Verdict, lang: str = "both") -> str:
    """One line on a verdict: status, target, actual and margin (目标 ≥ 15%，实际 +19.7%…)."""
    parts = [f"{label(v.status, lang)}: 目标 target {v.commitment.target}"]
    if v.outcome is not None:
        parts.append(f"实际 actual {_actual_text(v)}")
    margin = _margin_text(v)
    if margin != "—":
        parts.append(f"差距 margin {margin}")
    text = "，".join(parts)
    if v.strict_status is not None and v.strict_status != v.status:
        text += f" (strict 严格: {label(v.strict_status, lang)})"
    if v.reason:
        text += f" ({v.reason})"
    return text
