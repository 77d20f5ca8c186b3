"""The public entry points that tie the layers together: evaluate a data set, check one pair."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from ._catalogue import shipped
from ._errors import ParseError, wrong_type
from ._evaluate import evaluate_all
from ._extract import extract
from ._extract.draft import outcome as candidate_outcome
from ._judge import verdict
from ._match import Choice, Match, choose, comparable, match
from ._model import Commitment, Data, Outcome, Source, Target, Tolerances, Verdict
from ._phrases import parse_target
from ._report import Report
from ._vocab import GDP

_NOT_DONE_RE: Final = re.compile("未完成|尚未|没有完成|未能|未实现|推迟|暂缓|未开工|未建成")
_DONE_RE: Final = re.compile(
    "建成|完成|开工|投用|投产|创成|创建|获评|实现|通过|落地|启动|入选|成功|未发生|已"
)


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
    unreviewed = False
    if isinstance(commitments, Data):
        data = commitments
        outcomes = data.outcomes if outcomes is None else outcomes
        reviews = data.reviews if reviews is None else reviews
        tolerances = tolerances or data.tolerances
        sources = sources or data.sources
        title = title or data.title
        positions = dict(data.positions)
        unreviewed = data.unreviewed
        commitments = data.commitments
    outcomes = tuple(outcomes or ())
    years = frozenset(reviews) if reviews is not None else frozenset(o.year for o in outcomes)
    tol = tolerances or Tolerances()
    verdicts = evaluate_all(commitments, outcomes, years, tol, excerpt_years(sources))
    return Report(
        tuple(verdicts),
        outcomes,
        tuple(sources),
        years,
        tol,
        title,
        positions,
        unreviewed=unreviewed,
    )


def excerpt_years(sources: Iterable[Source]) -> frozenset[int]:
    """The years whose review is loaded only as excerpts: every source that reviews it is one."""
    reviewing: dict[int, bool] = {}
    for s in sources:
        if s.reviews is not None:
            reviewing[s.reviews] = reviewing.get(s.reviews, True) and s.excerpt
    return frozenset(year for year, only in reviewing.items() if only)


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
    The figures of the outcome text are named as extraction names them; where several answer
    the target, the one that names its indicator is judged (地区生产总值增长6.3%，固定资产投资
    增长19.7%), and figures of other catalogue entries never answer it (城镇 and 农村居民
    for all residents: incomparable, both named). Raises ParseError if the target cannot be
    read.
    """
    t = parse_target(target)
    if not isinstance(outcome, str):
        raise ParseError("an outcome must be given as text", repr(outcome))
    name = _name(target, t)
    commitment = Commitment("check", 1, "", name, target, "check", t)
    if t.kind == "milestone":
        done = not _NOT_DONE_RE.search(outcome) and bool(_DONE_RE.search(outcome))
        found: Outcome | Choice = Outcome(name, 1, outcome, "check", done=done)
        return verdict(commitment, found, None, None, tolerances or Tolerances())
    figures = [
        attrs.evolve(o, year=1)
        for c in extract(outcome)
        if c.relation is None
        for o in [candidate_outcome(c, 1, "check", c.quote)]
    ]
    if not figures:
        why = "the outcome text reports no figure"
        return Verdict(commitment, "unreported", reason=why)
    (m,) = match([commitment], figures)
    if m.situation == "unreported":
        m = _fallback(commitment, figures, target)
    if m.situation == "unreported":
        shown = ", ".join(f"{o.indicator} {o.value_text()}" for o in figures)
        reason = f"the outcome reports {shown}, which cannot be compared with the target"
        if t.measure == "growth":
            reason += " (a growth rate is needed)"
        return Verdict(commitment, "incomparable", reason=reason)
    found = (
        m.outcome if m.outcome is not None else Choice(m.situation, None, m.alternatives, m.reason)
    )
    reference = None
    if t.kind == "relative":
        gdp = [o for o in figures if o.indicator == (t.reference or GDP)]
        chosen = choose(t, gdp)
        reference = chosen.outcome if chosen.outcome is not None else chosen
    return verdict(commitment, found, None, reference, tolerances or Tolerances())


def _name(target: str, t: Target) -> str:
    """What a target phrase promises, as extraction names it ("check" if it names nothing)."""
    for c in extract(target):
        if c.indicator and (c.relation is not None) == (t.kind == "relative"):
            return c.indicator
    return "check"


def _fallback(c: Commitment, figures: Sequence[Outcome], target: str) -> Match:
    """Where no figure names the target's indicator, the one that answers it best: of its
    measure and a unit that compares, whose words share most with the target's (the user set
    the two side by side); never a figure the catalogue knows as another indicator."""
    entry = shipped().get(c.indicator)
    words = _bigrams(re.sub(r"[\d.%\s]", "", target))
    usable = [
        o
        for o in figures
        if comparable(c.target, o)
        and not (entry is not None and shipped().get(o.indicator) not in (None, entry))
    ]
    if c.target.kind == "relative":
        usable = [o for o in usable if o.indicator != (c.target.reference or GDP)]
    if not usable:
        return Match(c, "unreported")
    best = max(usable, key=lambda o: (len(words & _bigrams(o.quote)), -figures.index(o)))
    return Match(c, "paired", best)


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


__all__ = ["check", "evaluate"]
