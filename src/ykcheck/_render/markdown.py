"""The report as markdown: summary, a table per plan year and area, ambition, unmatched outcomes
and the method used. A pure function of the Report."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .._model import Verdict
from .._quantity import format_amount
from .._vocab import ASSESSED, STATUSES, Status
from .text import (
    actual_text,
    check_lang,
    label,
    link,
    margin_text,
    md,
    plain,
    points,
    value_text,
)

if TYPE_CHECKING:
    from .._report import Report


def to_markdown(r: Report, lang: str = "both") -> str:
    """The report as markdown; the same input gives the same bytes. Raises ValueError for a
    ``lang`` not in LANGS."""
    check_lang(lang)
    out: list[str] = []
    out += _head(r)
    out += _summary(r, lang)
    for year in r.years:
        out += _year(r, year, lang)
    out += _ambition(r)
    out += _unmatched(r)
    out += _elsewhere(r)
    out += _method(r)
    return "\n".join(out).rstrip("\n") + "\n"


def _head(r: Report) -> list[str]:
    title = r.title or "政府工作报告 承诺兑现情况 · Work-report commitments"
    lines = [f"# {md(title)}", ""]
    lines += _warnings(r)
    if r.sources:
        lines.append("Sources 来源:")
        lines.append("")
        for s in sorted(r.sources, key=lambda s: s.id):
            bits = []
            if s.plan is not None:
                bits.append(f"plan {s.plan}")
            if s.reviews is not None:
                bits.append(f"review of {s.reviews}")
            where = f" {link(s.url)}" if s.url else (f" ({md(s.file)})" if s.file else "")
            lines.append(
                f"- **{md(s.id)}**: {md(s.title)}{where}" + (f"; {', '.join(bits)}" if bits else "")
            )
        lines.append("")
    reviews = ", ".join(str(y) for y in sorted(r.reviews)) or "none"
    lines += [
        f"Reviews loaded 已载入的年度回顾: {reviews}. A commitment of a year with no review "
        "loaded is pending; one whose review is loaded but silent is unreported.",
        "",
    ]
    return lines


def _were(n: int) -> str:
    return f"{n} was" if n == 1 else f"{n} were"


def _are(n: int) -> str:
    return f"{n} is" if n == 1 else f"{n} are"


def _warnings(r: Report) -> list[str]:
    """What a reader must know before trusting a row: pairs made by machine, data unreviewed."""
    lines = []
    if r.machine:
        pairs = r.pairs()
        lines += [
            "> **Pairs made by ykcheck, not reviewed by a person** 机器配对，未经人工核对. Each "
            "result was paired with its commitment from the texts, and each row says how "
            f"(same name, catalogue entry or similar names). Of {sum(pairs.values())} "
            f"commitments whose review is loaded, {_were(pairs['paired'])} paired with a "
            f"result, {_are(pairs['unreported'])} unreported and {pairs['ambiguous']} ambiguous "
            "(figures that differ, or in another measure or unit: named, not picked)."
            + (
                f" {len(r.elsewhere)} targets of other places, which the reviews are not about, "
                "are listed apart."
                if r.elsewhere
                else ""
            ),
            "",
        ]
    if r.unreviewed:
        lines += [
            "> **Unreviewed data** 数据未经核对: the data of this report is a draft that nobody "
            "has checked yet (unreviewed = true). Check every row against its quote.",
            "",
        ]
    return lines


def _rate(counts: Mapping[Status, int]) -> str:
    """A fulfilment rate with what it is a share of: 66% (2/3), rounded down so that 199 of 200
    never reads as 100%; — where nothing is assessed."""
    assessed = sum(counts[s] for s in ASSESSED)
    if not assessed:
        return "—"
    kept = counts["met"] + counts["exceeded"]
    return f"{kept * 100 // assessed}% ({kept}/{assessed})"


def _summary(r: Report, lang: str) -> list[str]:
    heads = [label(s, lang) for s in STATUSES]
    lines = [
        "## Summary 总览",
        "",
        "| plan year | commitments | " + " | ".join(heads) + " | fulfilment 兑现率 | strict 严格 |",
        "|---" * (len(STATUSES) + 4) + "|",
    ]
    for year in r.years:
        c = r.counts(year)
        shown = " | ".join(_rate(r.counts(year, strict)) for strict in (False, True))
        lines.append(
            f"| {year} | {sum(c.values())} | "
            + " | ".join(str(c[s]) for s in STATUSES)
            + f" | {shown} |"
        )
    lines.append("")
    lines.append(
        "Fulfilment is (met + exceeded) / assessed, with both counts beside it; pending, "
        "unreported and "
        "incomparable commitments are not assessed. The strict rate reads 左右 "
        "targets without their tolerance."
    )
    lines.append("")
    for year in r.years:
        c = r.counts(year)
        if not any(c[s] for s in STATUSES if s != "pending"):
            continue
        lines += ["```mermaid", f"pie title {year} plan · {sum(c.values())} commitments"]
        lines += [f'  "{label(s, lang)}" : {c[s]}' for s in STATUSES if c[s]]
        lines += ["```", ""]
    return lines


def _year(r: Report, year: int, lang: str) -> list[str]:
    verdicts = [v for v in r.verdicts if v.commitment.year == year]
    counts = r.counts(year)
    state = f"review of {year} loaded" if year in r.reviews else f"no review of {year} yet"
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
        lines += [f"### {md(area) or '(no heading 无标题)'}", ""]
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
        lines += [_row(r, v, lang, pending) for v in rows]
        lines.append("")
    return lines


def _row(r: Report, v: Verdict, lang: str, pending: bool = False) -> str:
    c = v.commitment
    cells = [
        f"{md(c.quote)}<br>*{md(c.indicator)}*",
        md(str(c.target)),
        md(value_text(v.baseline)),
    ]
    if not pending:
        cells += [md(actual_text(v)), md(margin_text(v))]
    cells += [_verdict_cell(v, lang), _evidence_cell(v)]
    return "| " + " | ".join(cells) + " |"


def _ambition(r: Report) -> list[str]:
    found = [v for v in r.verdicts if v.ambition is not None]
    if not found:
        return []
    low = [v for v in found if v.ambition and v.ambition.already_met]
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
    for v in [*low, *(v for v in found if v.ambition and not v.ambition.already_met)]:
        a, c, b = v.ambition, v.commitment, v.baseline
        assert a is not None and b is not None
        if a.rate:
            change = f"{'+' if a.change > 0 else ''}{plain(a.change)}个百分点"
        else:
            change = format_amount(a.change, c.target.unit)
            change = ("+" if a.change > 0 else "") + change
            if a.ratio is not None:
                change += f" ({plain(a.ratio)}×)"
        lines.append(
            f"| {c.year} | {md(c.indicator)} | {md(str(c.target))} | "
            f"{md(b.value_text())} | {md(change)} | {'⚑' if a.already_met else ''} |"
        )
    lines.append("")
    return lines


def _unmatched(r: Report) -> list[str]:
    rest = r.unmatched
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
            f"| {o.year} | {md(o.indicator)} | {md(value_text(o))} | "
            f"“{md(o.quote)}” ({md(o.source)}) |"
        )
    lines.append("")
    return lines


def _elsewhere(r: Report) -> list[str]:
    if not r.elsewhere:
        return []
    lines = [
        "## Targets of other places 其他地方的目标",
        "",
        f"The plan sets {len(r.elsewhere)} targets for places other than those the reviews "
        "are about. They are not judged: load a review of their place to judge them.",
        "",
        "| year | indicator | target | quote |",
        "|---|---|---|---|",
    ]
    for c in r.elsewhere:
        lines.append(
            f"| {c.year} | {md(c.indicator)} | {md(str(c.target))} | "
            f"“{md(c.quote)}” ({md(c.source)}) |"
        )
    lines.append("")
    return lines


def _method(r: Report) -> list[str]:
    t = r.tolerances
    return [
        "## Method 方法",
        "",
        "- Comparators follow the statutory reading (Civil Code art. 1259): 以上, 以下, 以内 "
        "include the number; 突破, 超过, 不满 exclude it. Comparisons are exact.",
        "- A rate is a quantity in % or 百分点; differences of rates are percentage points.",
        f"- Exceeded: beaten by at least {points(t.exceed_points)} (rates) or "
        f"{plain((t.exceed_ratio - 1) * 100)}% of the target (levels).",
        f"- Nearly met: missed by at most {points(t.near_miss_points)} (rates) or "
        f"reached at least {plain(t.near_miss_ratio * 100)}% of the target (levels).",
        f"- 左右 targets: the tolerant reading allows {points(t.about_points)} (rates) "
        f"or {plain(t.about_ratio * 100)}% (levels) below the target and is the verdict; "
        "the strict reading (the number itself) is shown beside it. 与经济增长同步 uses the "
        "same tolerance around GDP growth.",
        "- Hedged outcomes are ranges (超500个 is more than 500; 约 and 左右 within "
        f"{points(t.hedge_points)} (rates) or {plain(t.hedge_ratio * 100)}% (levels) of the "
        "number); a verdict holds only if it holds over the whole range, and a range that "
        "straddles the threshold is incomparable.",
        "- 力争 targets are stretch goals: a miss is marked as such. 确保 targets are hard "
        "targets: a miss is marked in bold.",
        f"- R = (actual − baseline) / (target − baseline), the share of the required change "
        f"achieved; on track at R ≥ {plain(t.progress_high)}, off track below "
        f"{plain(t.progress_low)}.",
        "- Outcomes are matched to commitments by indicator, measure and year.",
        "",
    ]


def _verdict_cell(v: Verdict, lang: str) -> str:
    text = label(v.status, lang)
    strength = v.commitment.strength
    if v.status in ("missed", "nearly_met") and strength == "strive":
        text += " (力争 stretch)"
    if v.status == "missed" and strength == "ensure":
        text = f"**{text} (确保 hard target)**"
    if v.strict_status is not None and v.strict_status != v.status:
        text += f"<br>严格 strict: {label(v.strict_status, lang)}"
    if v.reason and v.status in ("incomparable",):
        text += f"<br>{md(v.reason)}"
    return text


def _evidence_cell(v: Verdict) -> str:
    parts = []
    for role, o in (("", v.evidence), ("ref. ", v.reference)):
        if o is not None:
            parts.append(f"{role}“{md(o.quote)}” ({md(o.source)})")
    if not parts and v.baseline is not None:
        parts.append(f"baseline “{md(v.baseline.quote)}” ({md(v.baseline.source)})")
    if v.status in ("unreported", "pending") and v.reason and v.status != "pending":
        parts.append(md(v.reason))
    if v.pairing is not None:
        parts.append(f"paired by 配对: {md(str(v.pairing))}")
    note = v.commitment.note
    if note:
        parts.append(f"note: {md(note)}")
    return "<br>".join(parts) or "—"
