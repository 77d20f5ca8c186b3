"""Between the raw schema and the model: raw records become commitments, outcomes and
tolerances (with a problem reported for fields that do not fit together), and the model becomes
raw records again for writing, so that both directions go through one schema.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final

import attrs

from .._model import Commitment, Data, Outcome, Source, Target, Tolerances
from .._units import compatible, ratio
from .._vocab import GDP, RELATION_COMPARATOR, plain_decimal
from .locate import Problems
from .schema import (
    Amount,
    RawCommitment,
    RawFile,
    RawMethod,
    RawOutcome,
    RawSource,
    Threshold,
)

# Fields that only a commitment of one kind has.
_KIND_FIELDS: Final = {"target": "threshold", "relation": "relative", "reference": "relative"}


def commitment(raw: RawCommitment, path: str, out: Problems) -> Commitment | None:
    """The commitment of a raw record, or None after reporting fields that do not fit its kind."""
    misplaced = [
        f for f, kind in _KIND_FIELDS.items() if getattr(raw, f) is not None and raw.kind != kind
    ]
    for f in misplaced:
        kind = _KIND_FIELDS[f]
        out.add(
            f"{path}.{f}",
            f"{f} belongs to a {kind} commitment, but kind is {raw.kind!r}",
            f'write kind = "{kind}", or remove {f}',
        )
    target = _target(raw, path, out)
    if misplaced or target is None:
        return None
    return Commitment(
        raw.id,
        raw.year,
        raw.area,
        raw.indicator,
        raw.quote,
        raw.source,
        target,
        raw.baseline,
        raw.note,
        raw.direction,
    )


def _target(raw: RawCommitment, path: str, out: Problems) -> Target | None:
    """The target of a raw commitment by its kind, or None after reporting what it lacks."""
    if raw.kind == "milestone":
        return Target("milestone", "==", strength=raw.strength)
    if raw.kind == "relative":
        if raw.relation is None:
            out.add(
                path,
                "a relative commitment needs a relation",
                'add relation = "sync" (与经济增长同步) or "faster" (快于经济增长)',
            )
            return None
        return Target(
            "relative",
            RELATION_COMPARATOR[raw.relation],
            None,
            "",
            "growth",
            raw.strength,
            raw.relation,
            raw.reference or GDP,
        )
    if raw.target is None:
        out.add(
            path,
            "a threshold commitment needs a target",
            'add target = ">= 10个", or write kind = "milestone" for a promise that is done or not',
        )
        return None
    t = raw.target
    return Target("threshold", t.comparator, t.value, t.unit, raw.measure, raw.strength)


def outcome(raw: RawOutcome, path: str, out: Problems) -> Outcome | None:
    """The outcome of a raw record, or None after reporting value and done given both or
    neither."""
    if raw.value is not None and raw.done is not None:
        out.add(
            f"{path}.done",
            "an outcome has a value or done, not both",
            'keep value = "..." for a figure, or done = true for a milestone',
        )
        return None
    if raw.value is None and raw.done is None:
        out.add(
            path,
            "an outcome needs a value or done",
            'add value = "835.5亿元", or done = true for a milestone',
        )
        return None
    value, unit = (raw.value.value, raw.value.unit) if raw.value is not None else (None, "")
    upper = _upper(raw, path, out)
    if raw.upper is not None and upper is None:
        return None
    return Outcome(
        raw.indicator,
        raw.year,
        raw.quote,
        raw.source,
        value,
        unit,
        raw.measure,
        raw.hedge,
        raw.done,
        raw.note,
        upper,
    )


def _upper(raw: RawOutcome, path: str, out: Problems) -> Decimal | None:
    """The upper end of a ranged outcome in its value's unit, or None (after a problem, if the
    upper end does not fit: no value, another hedge, a unit that cannot meet, not above)."""
    if raw.upper is None:
        return None
    hint = 'a range is value = "5%", upper = "6%", hedge = "range" (or "over" for 9000余)'
    if raw.value is None or raw.hedge not in ("range", "over"):
        out.add(f"{path}.upper", "upper belongs to a value with hedge range or over", hint)
        return None
    low, top = raw.value, raw.upper
    if not compatible(top.unit, low.unit):
        out.add(f"{path}.upper", f"upper is in {top.unit or 'no unit'}, value in {low.unit}", hint)
        return None
    upper = plain_decimal(Fraction(top.value) * ratio(top.unit, low.unit))
    if upper <= low.value:
        out.add(f"{path}.upper", "upper must be above value", hint)
        return None
    return upper


# The raw class of each kind of record, and the function that makes its model.
RECORDS: Final[dict[str, tuple[type, Callable[[Any, str, Problems], Any]]]] = {
    "commitment": (RawCommitment, commitment),
    "outcome": (RawOutcome, outcome),
}


def tolerances(raw: RawMethod) -> Tolerances:
    given = {k: v for k, v in attrs.asdict(raw, recurse=False).items() if v is not None}
    return Tolerances(**given)


# -- from the model back to raw records ------------------------------------------------------------


def _raw_commitment(c: Commitment) -> RawCommitment:
    t = c.target
    threshold = None
    if t.kind == "threshold":
        assert t.value is not None
        threshold = Threshold(t.comparator, t.value, t.unit)
    return RawCommitment(
        id=c.id,
        year=c.year,
        area=c.area,
        indicator=c.indicator,
        quote=c.quote,
        source=c.source,
        kind=t.kind,
        target=threshold,
        measure=t.measure,
        strength=t.strength,
        relation=t.relation,
        reference=t.reference,
        baseline=c.baseline,
        note=c.note,
        direction=c.direction,
    )


def _raw_outcome(o: Outcome) -> RawOutcome:
    return RawOutcome(
        indicator=o.indicator,
        year=o.year,
        value=None if o.value is None else Amount(o.value, o.unit),
        measure=o.measure,
        hedge=o.hedge,
        done=o.done,
        upper=None if o.upper is None else Amount(o.upper, o.unit),
        quote=o.quote,
        source=o.source,
        note=o.note,
    )


def _raw_method(t: Tolerances) -> RawMethod | None:
    """The settings that differ from the defaults (None if none do)."""
    default = Tolerances()
    given = {
        a.name: getattr(t, a.name)
        for a in attrs.fields(Tolerances)
        if a.init and getattr(t, a.name) != getattr(default, a.name)
    }
    return RawMethod(**given) if given else None


def raw_file(data: Data) -> RawFile:
    """The raw file that reads back to ``data``."""
    return RawFile(
        title=data.title,
        source=[RawSource(**attrs.asdict(s)) for s in data.sources],
        commitment=[_raw_commitment(c) for c in data.commitments],
        outcome=[_raw_outcome(o) for o in data.outcomes],
        method=_raw_method(data.tolerances),
        unreviewed=True if data.unreviewed else None,
    )


def source(raw: RawSource) -> Source:
    """The source of a raw record."""
    return Source(raw.id, raw.title, raw.file, raw.url, raw.plan, raw.reviews, raw.excerpt)
