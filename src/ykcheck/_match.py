"""Pairing commitments with the outcomes that report them.

Two steps, each a rule a reader can check:

- **identity**: an outcome names the commitment's indicator when the two names are the same, or
  name the same entry of the indicator catalogue (地区生产总值, 全市生产总值 and GDP are one), or,
  where the catalogue knows neither, are alike enough once report filler is removed. Names the
  catalogue knows as different entries (城镇居民人均可支配收入, 居民人均可支配收入) never pair.
- **choice**: of the outcomes that name it, the result of a commitment is the one of its year, its
  measure (growth or level) and a unit that can be compared; outcomes of the same name or
  catalogue entry first, outcomes of names only alike where none of those answers it. Two such
  results with different values (a headline and a body figure that disagree) are ambiguous: no
  pick is made, both are named. An outcome of another measure or unit names the indicator but
  cannot answer the target.

A pair below the confidence of these rules is not made: an unreported commitment is better than a
wrong pair. The result never depends on the order of the records.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from decimal import Decimal
from typing import Final, Literal, TypeVar

import attrs

from ._catalogue import Catalogue, normalize
from ._errors import wrong_type
from ._grade import convert, counted
from ._model import Commitment, Outcome, Pairing, Target
from ._places import AREAS, place_prefix
from ._text import fold, squash
from ._units import DISPLAY, RANK, compatible
from ._vocab import POINT_HEDGES

# how alike two names must be (difflib's ratio, on names without filler) to pair without the
# catalogue
SIMILAR: Final = Decimal("0.85")
# words that make a count a flow (new this year) or a stock (all so far): names with them pair
# only when equal
# words that make a figure one of another period than the plan year: a five-year average
# (年均, 5年), a part of the year (上半年, 一季度, 1-10月)
_PERIOD_RE: Final = re.compile(
    r"年均|平均每年|[0-9一二两三四五六七八九十]+年(?!度)|十[一二三四五]五|[上下]半年|"
    r"前?[一二三四]季度|[0-9]+[-—–~至][0-9]+月|[0-9一二三四五六七八九十]+月份?"
)
_OPEN_HEDGES: Final = frozenset({"under", "at_most", "at_least", "over"})
_FLOW_RE: Final = re.compile("新增|新建|新开工|新签约|新培育|新引进|累计|在建|存量|年末|年底")

Situation = Literal["paired", "unreported", "ambiguous", "incompatible"]


def outcome_key(o: Outcome) -> tuple[str, str, int, str, str, str, str, str]:
    """A total order of outcomes that does not depend on the order of the records."""
    return (o.indicator, o.measure, o.year, str(o.value), o.unit, o.hedge, o.source, o.quote)


@attrs.frozen
class Choice:
    """The result chosen for a commitment among the outcomes that name its indicator, or why
    there is none: ``alternatives`` are the differing results (ambiguous) or the figures of
    another measure or unit (incompatible)."""

    situation: Situation
    outcome: Outcome | None = None
    alternatives: tuple[Outcome, ...] = ()
    reason: str | None = None


def _ambiguous(distinct: Sequence[Outcome]) -> Choice:
    shown = "; ".join(f"“{o.quote}” ({o.value_text()})" for o in distinct)
    why = f"several results could answer it, and they differ: {shown}"
    return Choice("ambiguous", None, tuple(distinct), why)


def _incompatible(target: Target, others: Sequence[Outcome]) -> Choice:
    """No result in the target's measure and unit: the figures that name it are named, those
    of the target's kind (a figure, or a place in a ranking) first; the first is the one the
    review reports when it is the only one of that kind (一般公共预算收入632亿元 for a growth
    target, beside 均保持全省第三)."""
    rank = target.unit == RANK
    others = sorted(others, key=lambda o: ((o.unit == RANK) != rank, outcome_key(o)))
    o = others[0]
    if o.measure != target.measure:
        what = "a growth rate" if o.measure == "growth" else "a level"
        wanted = "a growth rate" if target.measure == "growth" else "a level"
        why = f"the review reports it only as {what} ({o.value_text()}), not as {wanted}"
    else:
        shown = DISPLAY.get(o.unit, o.unit) or "a plain number"
        why = f"the review reports it only in {shown} ({o.value_text()}), which cannot be compared"
    return Choice("incompatible", None, tuple(others), why)


def shown(target: Target, choice: Choice) -> Outcome | None:
    """The one figure an incompatible choice shows as what the review reports: its first,
    where no other of the same kind (figure or place in a ranking) stands beside it."""
    if choice.situation != "incompatible" or not choice.alternatives:
        return None
    first, *rest = choice.alternatives
    return first if all((o.unit == RANK) != (first.unit == RANK) for o in rest) else None


def comparable(target: Target, o: Outcome) -> bool:
    """Whether ``o`` answers ``target``'s measure in a unit that compares (or bounds it)."""
    if target.kind == "milestone":
        return o.done is not None
    if o.value is None or o.measure != target.measure:
        return False
    return (
        target.kind == "relative"
        or compatible(o.unit, target.unit)
        or counted(o.value, o.unit, o.hedge, target.unit) is not None
    )


def _same_figure(a: Outcome, b: Outcome) -> bool:
    if a.done is not None or b.done is not None:
        return a.done == b.done
    if a.value is None or b.value is None or a.hedge != b.hedge:
        return False
    if a.unit == b.unit:
        return a.value == b.value
    return compatible(a.unit, b.unit) and convert(a.value, a.unit, b.unit) == b.value


def _bounds(bound: Outcome, point: Outcome) -> bool:
    """Whether ``bound`` is an open bound (低于5%, 超过6%, 6%以上) that the value of ``point``
    lies within: the two say one thing, the value more exactly."""
    if bound.value is None or point.value is None or bound.hedge not in _OPEN_HEDGES:
        return False
    if not compatible(point.unit, bound.unit):
        return False
    v = point.value if point.unit == bound.unit else convert(point.value, point.unit, bound.unit)
    if bound.hedge == "under":
        return v < bound.value
    if bound.hedge == "at_most":
        return v <= bound.value
    if bound.hedge == "at_least":
        return v >= bound.value
    return v > bound.value and (bound.upper is None or v < bound.upper)


def _evidence_key(o: Outcome) -> tuple[bool, int, tuple[str, str, int, str, str, str, str, str]]:
    """The order in which outcomes that report one figure are shown as its evidence: a quote
    that names the indicator first (实现地区生产总值1.14万亿元,比上年增长2.6% before 同比增长
    2.6%), then the shortest; never the order of the records."""
    return (squash(fold(o.indicator)) not in squash(fold(o.quote)), len(o.quote), outcome_key(o))


def choose(target: Target, named: Sequence[Outcome]) -> Choice:
    """The result of a target among the outcomes ``named`` (those of its indicator and year)."""
    usable = sorted((o for o in named if comparable(target, o)), key=_evidence_key)
    if any(compatible(o.unit, target.unit) for o in usable):  # (人次 before 人 for 人次)
        usable = [o for o in usable if target.kind == "relative" or compatible(o.unit, target.unit)]
    if usable:
        first = usable[0]
        differ = [o for o in usable[1:] if not _same_figure(first, o)]
        if not differ:
            return Choice("paired", first)
        distinct = [first]
        for o in differ:
            if not any(_same_figure(o, d) for d in distinct):
                distinct.append(o)
        points = [o for o in distinct if o.hedge in POINT_HEDGES]
        if len(points) == 1 and all(_bounds(o, points[0]) for o in distinct if o is not points[0]):
            return Choice("paired", points[0])  # 4.6%, 低于5%: a value and a bound it is within
        return _ambiguous(distinct)
    others = sorted(
        (o for o in named if o.value is not None or o.done is not None), key=outcome_key
    )
    if others and target.kind != "milestone":
        return _incompatible(target, others)
    return Choice("unreported")


# -- identity ------------------------------------------------------------------------------------


def identity(
    a: str, b: str, catalogue: Catalogue, places: AbstractSet[str] = frozenset()
) -> Pairing | None:
    """How the indicator names ``a`` (a commitment's) and ``b`` (an outcome's) are one, or None.
    ``places``: the places the texts are about, as written and short (湛江市, 湛江): a name that
    starts with another prefecture (邯郸规上工业增加值) is that place's, never alike a name that
    does not, nor is a wider area's (全省…) where the texts' places are known."""
    ea, eb = catalogue.get(a), catalogue.get(b)
    if a == b:
        return Pairing("catalogue", a, b, entry=ea.name) if ea else Pairing("name", a, b)
    if not _same_area(place_prefix(a), place_prefix(b), places):
        return None  # 邯郸规上工业增加值 is 邯郸's, not the 规模以上工业增加值 of 沧州's plan
    if ea is not None and eb is not None:
        return Pairing("catalogue", a, b, entry=ea.name) if ea == eb else None
    na, nb = normalize(a), normalize(b)
    if na == nb:
        return Pairing("name", a, b)
    flows = _FLOW_RE.findall(na)
    if flows or _FLOW_RE.search(nb) is not None:
        # 新增, 累计: a flow and a stock, or two flows, are told apart by such words; the same
        # flow of one entry is one (新增国高企业, 新增国家高新技术企业)
        if flows != _FLOW_RE.findall(nb):
            return None
        entry = catalogue.get(_FLOW_RE.sub("", na))
        if entry is None or entry != catalogue.get(_FLOW_RE.sub("", nb)):
            return None
        return Pairing("catalogue", a, b, entry=entry.name)
    if _PERIOD_RE.findall(na) != _PERIOD_RE.findall(nb):
        return None  # 年均, 5年, 上半年: a figure of another period than the year's
    known = ea or eb
    if known is not None:
        # one name is a catalogue entry: the other may be a spelling the catalogue lacks
        # (规上工业产值 for 规上工业总产值), if it is nearer that entry than any other
        other = nb if ea is not None else na
        names = [normalize(n) for n in known.names]
        if other.startswith(_DRIVEN) and any(other.endswith(n) for n in names):
            return None  # 带动固定资产投资963.5亿元: what projects drove, not the whole
        score = _score(other, names)
        near = catalogue.nearest(other, 1)
        if score >= SIMILAR and near and near[0] == known:
            return Pairing("similar", a, b, entry=known.name, score=score)
        return None
    score = _score(na, [nb])
    if score >= SIMILAR or _abbreviates(na, nb) or _abbreviates(nb, na):
        return Pairing("similar", a, b, score=score)
    return None


def _same_area(a: str, b: str, places: AbstractSet[str]) -> bool:
    """Whether names that start with the places ``a`` and ``b`` (as ``place_prefix`` reads
    them) may be of one area: the same, or a result's of no other prefecture than those the
    texts are about; a wider area's (全省…, which extraction leaves so only in a text of a
    narrower one) is never the text's own, where the texts' places are known."""
    if a == b:
        return True
    if b and b not in AREAS and b not in places:
        return False  # 邯郸规上工业增加值 beside 沧州's 规模以上工业增加值
    return not places or not (a in AREAS or b in AREAS)


# words that make a figure of an entry the part something drove (带动固定资产投资, 拉动消费)
_DRIVEN: Final = ("带动", "拉动", "撬动")


def _abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` abbreviated as reports do (绿电认购 for 绿色电力认购, 规上工业
    for 规模以上工业): its characters stand in ``long`` in order, with the same first character
    and the same last two."""
    if len(short) < 4 or len(short) >= len(long) or short[0] != long[0] or short[-2:] != long[-2:]:
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


def _score(name: str, others: Sequence[str]) -> Decimal:
    """How alike ``name`` is to the nearest of ``others`` (difflib's ratio, to two places)."""
    best = max((difflib.SequenceMatcher(None, name, o).ratio() for o in others), default=0.0)
    return Decimal(str(round(best, 2)))


@attrs.frozen
class Match:
    """A commitment and the result paired with it, with how the pair was made.

    ``situation`` is "paired", "unreported" (no outcome names it), "ambiguous" (results that
    differ; ``alternatives`` names them) or "incompatible" (outcomes name it, but in another
    measure or unit).
    """

    commitment: Commitment
    situation: Situation
    outcome: Outcome | None = None
    pairing: Pairing | None = None
    alternatives: tuple[Outcome, ...] = ()
    reason: str | None = None  # why there is no result (ambiguous, incompatible)


def _tiered(target: Target, named: Sequence[tuple[Outcome, Pairing]]) -> Choice:
    """The choice among the outcomes that name a target, the surer pairs first: where outcomes
    of the same name or catalogue entry answer it, outcomes only alike in name are not weighed
    (地方一般公共预算收入 reported, 一般公预算总收入 beside it is another figure)."""
    sure = [o for o, how in named if how.method != "similar"]
    if len(sure) < len(named):
        choice = choose(target, sure)
        if choice.situation in ("paired", "ambiguous"):
            return choice
    return choose(target, [o for o, _ in named])


def _related(c: Commitment, outcomes: Iterable[Outcome], cat: Catalogue) -> Choice | None:
    """Where no outcome names a commitment's indicator but figures of the entries its entry
    names related are reported (城镇登记失业率 for 城镇调查失业率; 城镇 and 农村居民 for 居民人均
    可支配收入; 工业投资 for 固定资产投资), the commitment is incomparable with them named, not
    unreported. One way only: the whole is not a part's figure (进出口总额 does not answer 出口)."""
    entry = cat.get(c.indicator)
    if entry is None or not entry.related:
        return None
    names = set(entry.related)
    found = sorted(
        (o for o in outcomes if _named(o, names, cat) and o.measure == c.target.measure),
        key=outcome_key,
    )
    if not found:
        return None
    shown = "; ".join(f"{o.indicator} {o.value_text()} (“{o.quote}”)" for o in found)
    why = f"the review reports only related figures, not {entry.name}: {shown}"
    return Choice("incompatible", None, tuple(found), why)


def _named(o: Outcome, names: set[str], cat: Catalogue) -> bool:
    entry = cat.get(o.indicator)
    return entry is not None and entry.name in names and (o.value is not None)


_T = TypeVar("_T")


def _all_of(items: object, cls: type[_T], expected: str) -> list[_T]:
    """``items`` as a list, or a TypeError that says what ``match`` expected."""
    if isinstance(items, str | bytes) or not isinstance(items, Iterable):
        raise wrong_type("match", expected, items)
    found = list(items)
    for x in found:
        if not isinstance(x, cls):
            raise wrong_type("match", expected, x)
    return found


def match(
    commitments: Iterable[Commitment],
    outcomes: Iterable[Outcome],
    catalogue: Catalogue | None = None,
    *,
    places: AbstractSet[str] = frozenset(),
) -> list[Match]:
    """Pair each commitment with the outcome of its year that reports it, by the rules of this
    module; in the order of ``commitments``. ``catalogue``: the indicator catalogue (default:
    the one that ships with ykcheck); ``places``: the prefectures the texts are about, as
    written short (湛江), whose names before an indicator's are no other place's."""
    from ._catalogue import shipped

    cat = catalogue if catalogue is not None else shipped()
    commitments = _all_of(commitments, Commitment, "commitments as Commitment records")
    by_year: dict[int, list[Outcome]] = {}
    for o in _all_of(outcomes, Outcome, "outcomes as Outcome records"):
        by_year.setdefault(o.year, []).append(o)
    found = []
    for c in commitments:
        named: list[tuple[Outcome, Pairing]] = []
        for o in by_year.get(c.year, ()):
            how = identity(c.indicator, o.indicator, cat, places)
            if how is not None:
                named.append((o, how))
        choice = _tiered(c.target, named)
        if choice.situation == "unreported":
            choice = _related(c, by_year.get(c.year, ()), cat) or choice
        pairing = None
        if choice.outcome is not None:
            pairing = next(how for o, how in named if o is choice.outcome)
        elif choice.alternatives:
            pairing = next((how for o, how in named if o is choice.alternatives[0]), None)
        found.append(
            Match(c, choice.situation, choice.outcome, pairing, choice.alternatives, choice.reason)
        )
    return found


__all__ = ["Choice", "Match", "choose", "comparable", "identity", "match", "outcome_key"]
