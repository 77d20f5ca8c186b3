"""The report as records for programs: one plain dict per commitment (``records``), as CSV, and
the JSON document (summary, verdicts, unmatched outcomes, tolerances). Pure functions of the
Report; the JSON field names are a contract other programs rely on."""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

import attrs

from .._model import Outcome, Verdict
from .._text import printable

if TYPE_CHECKING:
    from .._report import Report


def records(r: Report) -> list[dict[str, Any]]:
    """One plain dict per commitment with every figure of its verdict (for pandas, polars)."""
    return [_record(v) for v in r.verdicts]


def to_csv(r: Report) -> str:
    """The records as CSV text, one row per commitment, columns in a fixed order.

    A text cell that a spreadsheet would take for a formula (it begins with =, +, -, @, a tab
    or a carriage return) is written with a single quote before it, as OWASP recommends, and
    control characters but tab and line feed become U+FFFD. The numeric columns are numbers, a
    margin of -1 included, and the columns of ykcheck's own closed vocabularies (a comparator
    ``==``, a status) hold no text from the data: both are written as they are.
    """
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=RECORD_FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: _cell(k, v) for k, v in rec.items()} for rec in records(r))
    return buf.getvalue()


# the columns that hold numbers, or a word of ykcheck's closed vocabularies: written as they are
AS_THEY_ARE: Final = frozenset(
    {"year", "target_value", "actual", "threshold", "margin", "progress"}
    | {f"{role}_value" for role in ("outcome", "baseline", "ref")}
    | {"kind", "comparator", "measure", "strength", "relation", "status", "strict_status"}
    | {"progress_band", *(f"{role}_hedge" for role in ("outcome", "baseline", "ref"))}
)
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")


def _cell(field: str, value: Any) -> Any:
    """A CSV cell: text that would start a formula is quoted, a number written as it is."""
    if field in AS_THEY_ARE or not isinstance(value, str):
        return value
    value = printable(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def to_json(r: Report) -> str:
    """The report as JSON text: summary, verdicts, unmatched outcomes, tolerances."""
    doc: dict[str, Any] = {
        "title": r.title,
        "reviews": sorted(r.reviews),
        "tolerances": r.tolerances.as_strings(),
        "summary": {str(y): dict(sorted(r.counts(y).items())) for y in r.years},
        "verdicts": records(r),
        "unmatched_outcomes": [_outcome_record(o) for o in r.unmatched],
        "other_places_targets": [
            {
                "indicator": c.indicator,
                "year": c.year,
                "target": str(c.target),
                "quote": c.quote,
                "source": c.source,
            }
            for c in r.elsewhere
        ],
        "sources": [attrs.asdict(source) for source in sorted(r.sources, key=lambda x: x.id)],
        "machine_paired": r.machine,
        "unreviewed": r.unreviewed,
    }
    if r.machine:
        doc["pairs"] = dict(sorted(r.pairs().items()))
    text = json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    # json escapes C0 controls; DEL and C1 (U+009B starts a terminal's commands) as well
    return _C1_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_C1_RE: Final = re.compile("[\x7f-\x9f]")


def _decimal(d: Decimal | None) -> str | None:
    """A number as plain digits: 1200000000000, never 1.2E+12."""
    return None if d is None else format(d, "f")


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
    "paired_by",
    "paired_entry",
    "paired_names",
    "pairing_score",
    "alternatives",
)


def _record(v: Verdict) -> dict[str, Any]:
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
        "progress_band": v.band,
    }
    for role, o in (("outcome", v.outcome), ("baseline", v.baseline), ("ref", v.reference)):
        rec[f"{role}_value"] = _decimal(o.value) if o else None
        rec[f"{role}_unit"] = o.unit if o else None
        rec[f"{role}_hedge"] = o.hedge if o else None
        shown = v.evidence if role == "outcome" else o  # (the words, where no figure is)
        rec[f"{role}_quote"] = shown.quote if shown else None
        rec[f"{role}_source"] = shown.source if shown else None
    p = v.pairing
    rec["paired_by"] = p.method if p else None
    rec["paired_entry"] = p.entry if p else None
    rec["paired_names"] = f"{p.commitment_name} ~ {p.outcome_name}" if p else None
    rec["pairing_score"] = _decimal(p.score) if p else None
    rec["alternatives"] = " | ".join(o.quote for o in v.alternatives) or None
    return rec
