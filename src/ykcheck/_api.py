"""The public entry points that tie the layers together: evaluate a data set, check one pair."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

from ._errors import ParseError, wrong_type
from ._evaluate import evaluate_all
from ._model import Commitment, Data, Outcome, Source, Tolerances, Verdict
from ._numbers import quantities
from ._phrases import clause_start, parse_target, read
from ._report import Report
from ._units import compatible
from ._vocab import GDP, Kind, Measure

_NOT_DONE_RE: Final = re.compile("未完成|尚未|没有完成|未能|未实现|推迟|暂缓|未开工|未建成")
_DONE_RE: Final = re.compile(
    "建成|完成|开工|投用|投产|创成|创建|获评|实现|通过|落地|启动|入选|成功|未发生|已"
)
_REFERENCE_RE: Final = re.compile("地区生产总值|生产总值|GDP|经济增长|经济")


def evaluate(
    commitments: Data | Sequence[Commitment],
    outcomes: Sequence[Outcome] | None = None,
    *,
    reviews: Iterable[int] | None = None,
    tolerances: Tolerances | None = None,
    sources: Sequence[Source] = (),
    title: str | None = None,
) -> Report:
    """Judge commitments against outcomes and return the Report.

    ``commitments`` is a loaded ``Data`` (its outcomes, sources, reviews and tolerances are used)
    or a sequence of Commitment, with ``outcomes`` beside it. ``reviews`` are the years whose
    review is loaded (a commitment of another year is pending); by default the years of the
    outcomes.
    """
    _check_types(commitments, outcomes)
    positions: dict[str, int] = {}
    if isinstance(commitments, Data):
        data = commitments
        outcomes = data.outcomes if outcomes is None else outcomes
        reviews = data.reviews if reviews is None else reviews
        tolerances = tolerances or data.tolerances
        sources = sources or data.sources
        title = title or data.title
        positions = dict(data.positions)
        commitments = data.commitments
    outcomes = tuple(outcomes or ())
    years = frozenset(reviews) if reviews is not None else frozenset(o.year for o in outcomes)
    tol = tolerances or Tolerances()
    verdicts = evaluate_all(commitments, outcomes, years, tol)
    return Report(tuple(verdicts), outcomes, tuple(sources), years, tol, title, positions)


def _check_types(commitments: object, outcomes: object) -> None:
    """Raise TypeError unless ``commitments`` is a Data or a sequence of Commitment, and
    ``outcomes`` None or a sequence of Outcome."""
    if not isinstance(commitments, Data) and (
        not isinstance(commitments, Sequence)
        or isinstance(commitments, str | bytes)
        or not all(isinstance(c, Commitment) for c in commitments)
    ):
        raise wrong_type("evaluate", "a Data or a sequence of Commitment", commitments)
    if outcomes is not None and (
        not isinstance(outcomes, Sequence)
        or isinstance(outcomes, str | bytes)
        or not all(isinstance(o, Outcome) for o in outcomes)
    ):
        raise wrong_type("evaluate", "outcomes as a sequence of Outcome", outcomes)


def check(target: str, outcome: str, tolerances: Tolerances | None = None) -> Verdict:
    """Judge one target phrase against one outcome phrase, without files.

    ``check("一般公共预算收入增长5.5%左右", "一般公共预算收入增长5.2%").status == "met"``.
    Raises ParseError if the target cannot be read.
    """
    t = parse_target(target)
    commitment = Commitment("check", 1, "", "check", target, "check", t)
    outcomes = _outcomes_for(t.kind, t.measure, t.unit, outcome, target)
    if not outcomes:
        others = [tok for tok in quantities(outcome)]
        if others:
            shown = ", ".join(outcome[tok.start : tok.end] for tok in others)
            reason = f"the outcome reports {shown}, which cannot be compared with the target"
            if t.kind != "milestone" and t.measure == "growth":
                reason += " (a growth rate is needed)"
            return Verdict(commitment, "incomparable", reason=reason)
        return Verdict(commitment, "unreported", reason="the outcome text reports no figure")
    return evaluate_all([commitment], outcomes, {1}, tolerances)[0]


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _outcomes_for(
    kind: Kind, measure: Measure, unit: str, text: str, target: str = ""
) -> list[Outcome]:
    """The outcome in ``text`` that answers a target of this kind, measure and unit.

    Where several figures fit (地区生产总值增长6.3%，固定资产投资增长19.7%), the one whose words
    share most with the target's is taken; on a tie, the first.
    """
    if not isinstance(text, str):
        raise ParseError("an outcome must be given as text", repr(text))
    if kind == "milestone":
        done = not _NOT_DONE_RE.search(text) and bool(_DONE_RE.search(text))
        return [Outcome("check", 1, text, "check", done=done)]
    words = _bigrams(re.sub(r"[\d.%\s]", "", target))
    found: list[tuple[int, int, Outcome]] = []
    previous_end = 0
    for position, tok in enumerate(quantities(text)):
        lead = text[max(clause_start(text, tok.start), previous_end) : tok.start]
        previous_end = tok.end
        r = read(text, tok)
        if r.measure != measure or (kind == "threshold" and not compatible(tok.unit, unit)):
            continue
        name = "check"
        if kind == "relative" and _REFERENCE_RE.search(text[max(tok.start - 12, 0) : tok.start]):
            name = GDP
        score = len(words & _bigrams(lead))
        o = Outcome(name, 1, text, "check", r.value, tok.unit, r.measure, r.hedge)
        found.append((-score, position, o))
    best: dict[str, Outcome] = {}
    for _, _, o in sorted(found, key=lambda f: (f[0], f[1])):
        best.setdefault(o.indicator, o)
    return list(best.values())


__all__ = ["check", "evaluate"]
