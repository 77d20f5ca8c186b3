"""Compare: a plan and its review, straight from their texts, to a judged report.

The plan's targets for year N and the review's results of year N are extracted (``_extract``),
paired by the rules of ``_match`` (same year; compatible measure and unit; the indicator
catalogue first, then similar names; no pair below confidence, no silent pick between
differing results) and judged (``_judge``). Every pair says how it was made; the report says
that its pairs are machine-made and unreviewed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

import attrs

from ._catalogue import Catalogue, shipped
from ._errors import DraftError, wrong_type
from ._extract import Candidate, extract_about, plan_year
from ._extract.cues import PART_YEAR_RE
from ._extract.draft import commitment, outcome
from ._implied import implied
from ._judge import excerpt_silence, pending, verdict
from ._match import Choice, Match, choose, identity, match
from ._model import Commitment, Data, Outcome, Source, Tolerances, Verdict
from ._report import Report
from ._scopes import SO_FAR, Times, of_period, of_place, of_roundup, placed, unsettled
from ._text import DASH, fold, without_annotations
from ._vocab import GDP, default_comparator

# words of a target, which a review's figure of the reviewed year does not carry
_TARGET_WORDS_RE: Final = re.compile(
    "目标|预期|力争|确保|争取|计划(?!执行|完成)|安排|将|力求|努力|拟|(?<![主重需必只纲摘提概紧])要"
    "|(?:项目|建设|工作)内容"  # (a table's column of promises)
)
_SENTENCE_END_RE: Final = re.compile(r"[。！？!?\n]")
# the starting point of a change to another figure (城镇调查失业率由5.5%降为5.2%; 从60%提高到62%):
# neither the year's target nor its result
_FROM_RE: Final = re.compile(r"(?:由|从)\s*-?[0-9][0-9.,]*\s*[^\s0-9，,。；;]{0,4}\Z")
_TO_RE: Final = re.compile(
    r"\s*(?:下降|降低|回落|减少|压减|提高|提升|增加|上升|增长|扩大|缩小|降|减|增|升)?\s*(?:至|到|为)"
)
# growth averaged over years (not 年均PM2.5浓度, the year's average concentration)
_AVERAGE_GROWTH_RE: Final = re.compile(
    "年均(?:增长|增速|增幅|递增|提高|下降|(?:增|降|减)(?![为至到]))"
)  # (not 年均降至28微克: a level reached)
# the year a growth is measured from (比2020年增长, 较2016年分别增长)
_BASE_YEAR_RE: Final = re.compile(r"(?:比|较|与)((?:19|20)[0-9]{2})\s*年")
# words of several years: a total 累计 in their sentence is not one year's figure
_YEARS_RE: Final = re.compile(
    r"年均|平均每年|[0-9一二三四五六七八九十]+年来|过去[0-9一二三四五]+年|十[一二三四五]五"
)
# a span of years before a total (2021——2023年,全市累计新增城镇就业4.5万人)
_SPAN_RE: Final = re.compile(rf"(?:19|20)[0-9]{{2}}\s*年?\s*{DASH}\s*(?:19|20)[0-9]{{2}}\s*年")
# a heading or a table's column of results (完成情况, 1-12月完成, 实际, 进展情况; 全市排名: a
# result's place)
_RESULT_HEAD_RE: Final = re.compile("完成|实际|实绩|排名|位次|(?:进展|推进|落实)情况")
# what was done of a plan's figure named before it in the sentence (年计划18亿元,完成20亿元),
# and what share of it (完成年计划的107.6%)
_DONE_OF_PLAN_RE: Final = re.compile(
    r"(?:年计划|年度计划|全年计划|计划投资)[^。；;]{0,12}?[0-9][^。；;]{0,60}?(?<![将要])完成"
    r"[^，,。；;计划]{0,12}$|完成[^，,。；;]{0,8}的[0-9.]+\s*%$"
)
# and, in a text given as plan and review, a goal then what was done of it (目标5000人,实际完成
# 5600人; not 目标…,完成投资300亿元; in a plan alone, 主要任务:…,年底前累计完成…3000户 is a task)
_GOAL_DONE_RE: Final = re.compile(
    r"(?:目标|任务)[^。；;]{0,12}?[0-9][^。；;]{0,60}?(?:实际|已|累计)完成[^，,。；;计划]{0,12}$"
)
_DONE_REACH: Final = 120  # how far back in its sentence that plan's figure is looked for
# words of a result, which a plan's target does not carry
_RESULT_WORDS_RE: Final = re.compile(
    "同比|比上年|较上年|上年|去年|过去|已经|已|实现了|完成了|达到了|增长了|首次|回顾|成绩|成就|"
    "预计|执行情况|取得|(?:实现|完成|达到|高于)年初(?:预期|目标)|(?:好于|低于|快于|慢于)(?:年初)?预期"
)
# words of a result in a figure's own clause, in a text given as plan and review (今年共实现城镇
# 新增就业5600人 under 目标任务:…5000人); in a plan alone they may be a plan's (累计完成棚户区改造)
_DONE_RE: Final = re.compile("(?:共|累计|实际)(?:实现|完成)")


_REVIEWED_MIN: Final = 5  # results in a plan's text that make it read as a review…
_REVIEWED_SHARE: Final = 4  # …where they outnumber its targets this many times over


@attrs.frozen
class Document:
    """A text given to compare: its source id, title and text, and whether it is an excerpt."""

    id: str = attrs.field(validator=attrs.validators.instance_of(str))
    title: str = attrs.field(validator=attrs.validators.instance_of(str))
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    file: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    excerpt: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))


def _document(item: object, id_: str) -> Document:
    """A text given to compare as a Document (text alone is named ``id_``)."""
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(id_, f"{id_} (text)", item)
    raise wrong_type("compare", "text, a Document or Data for the plan and each review", item)


# the place a plan and its reviews are about (see ``shared_place``), and the catalogue: what
# extraction needs to know of the texts read together
_About = tuple[str | None, Catalogue]
# the catalogue, and the prefectures the texts are about (as written short): what pairing needs
_Naming = tuple[Catalogue, frozenset[str]]


def _targets(
    doc: Document, year: int, about: _About, alone: bool = False
) -> tuple[list[Commitment], set[tuple[int, int]], dict[str, str]]:
    """The commitments that a plan's text states for ``year`` and later, the spans of the
    figures they were read from, and the place each of a round-up's is set for (by id). The
    commitments: its targets of that year (or of none said) and of later years (到2027年…),
    and its figures that no word makes a result (in a text given as a plan, a
    figure is a target unless its sentence or heading says it was done, or the text reads as
    results, but for a target or two, all through: news of a review). In a plan given
    ``alone`` (not also as a review), a figure of the plan's year with 预计 in its own clause,
    and no other word of a result in its sentence, is the year's expectation (2023年…增长4.1%,
    2024年预计增长5%左右): a target."""
    breaks = [m.start() for m in _SENTENCE_END_RE.finditer(doc.text)]
    out: list[Commitment] = []
    spans: set[tuple[int, int]] = set()
    held: dict[str, str] = {}
    found = extract_about(doc.text, *about)
    planned = sum(c.role == "target" for c in found)
    done = len(found) - planned
    # a text read as results but for a target or two (news of a report's review that names the
    # targets it was held to): its results are no targets, whatever words they lack
    reviewed = done >= _REVIEWED_MIN and _REVIEWED_SHARE * planned < done
    after = _written_after(doc.text, found, year, breaks, alone)
    for made in [] if alone else implied(doc.text, found, year, about[1]):
        out.append(commitment(made, f"{year}-{len(out) + 1}", year, doc.id, made.quote))
    for c in found:
        if (reviewed and c.role == "outcome") or _start_of_change(doc.text, c):
            continue
        if c.year is not None and c.year < year:
            continue  # a result of a year before, or a target long due
        if after and c.year is None and _NOW_RE.search(_sentence(doc.text, breaks, *c.span)):
            continue  # 今年…主要预期目标为 in a text that reports the plan's year: the next's
        if c.role == "target" and _so_far(doc.text, breaks, c):
            continue  # 2022年一季度…初步预计,地区生产总值增长7%以上: an estimate so far
        due = c.year if c.year is not None else year
        if c.role == "outcome":
            words = _sentence(doc.text, breaks, *c.span) + (c.section or "")
            said = _RESULT_WORDS_RE.search(words) is not None
            said = said or (not alone and _DONE_RE.search(c.quote) is not None)
            if said and alone and c.year == year and "预计" in c.quote:
                # (2024年预计增长5%左右 in the 2024 plan: what is expected, if nothing else in
                # its sentence says it was done)
                said = set(_RESULT_WORDS_RE.findall(words)) != {"预计"}
            if said or _RESULT_HEAD_RE.search(c.section or "") or _earlier(doc.text, c, year):
                continue
            i = bisect.bisect_left(breaks, c.span[0])
            begin = max(breaks[i - 1] + 1 if i else 0, c.span[1] - _DONE_REACH)
            if _DONE_OF_PLAN_RE.search(doc.text, begin, c.span[1]) or (
                not alone and _GOAL_DONE_RE.search(doc.text, begin, c.span[1])
            ):
                continue  # 年计划18亿元,完成20亿元: the result beside its target
            c = _as_target(c)
        spans.add(c.span)
        c = of_period(c)
        id_ = f"{due}-{len(out) + 1}"
        if c.place is not None:
            held[id_] = c.place
        out.append(commitment(c, id_, due, doc.id, c.quote))
    return out, spans, held


def _written_after(
    text: str, found: list[Candidate], year: int, breaks: list[int], alone: bool
) -> bool:
    """Whether a plan's text reports a result of its ``year`` as a whole, in so many words: the
    year and 全年 in the result's sentence (2014年太原市预计全年地区生产总值增长3%左右). Then it
    was written after that year, and its 今年 is a later year. (Not a result a title dates, nor
    one of a part of the year: 2023年以来, 2023年1月; nor, in a plan given ``alone``, what it
    expects: 2024年全年预计全省地区生产总值增长5%左右.)"""
    for c in found:
        if c.role != "outcome" or c.year != year:
            continue
        sentence = _sentence(text, breaks, *c.span)  # (a part of the year's words, 1-11月, and
        # a note after the figure, 增长12%(1-11月), stand in it)
        if (
            f"{year}年" in sentence
            and "全年" in sentence
            and not PART_YEAR_RE.search(sentence)
            and not (alone and "预计" in sentence)
        ):
            return True
    return False


def _so_far(text: str, breaks: list[int], c: Candidate) -> bool:
    """Whether a figure read as a target is an estimate of a part of the year: 预计 in its
    sentence, a part of the year (一季度, 上半年, 1-5月) named before it in its paragraph."""
    if "预计" not in fold(_sentence(text, breaks, *c.span)) or "全年" in fold(c.quote):
        return False  # (1-2月…增长8%，预计全年…增长5.5%左右: the whole year's expectation)
    return PART_YEAR_RE.search(text, text.rfind("\n", 0, c.span[0]) + 1, c.span[0]) is not None


def _earlier(text: str, c: Candidate, year: int) -> bool:
    """Whether a figure that no word makes a target is of a part of the year, or, where its
    sentence names no year, of an earlier year: the last year its paragraph names before it is
    earlier (坪山区2021年实现了经济发展稳中提质。全年地区生产总值达910.6亿元: 2021's result, in news
    of the 2022 report), or the paragraph speaks of a part of the year (2022年一季度…初步预计,
    地区生产总值增长7%以上: so far, no target)."""
    start = text.rfind("\n", 0, c.span[0]) + 1
    if PART_YEAR_RE.search(text, start, c.span[0]) and "全年" not in fold(c.quote):
        return True
    years = _PARAGRAPH_YEAR_RE.findall(text, start, c.span[0])
    return c.year is None and bool(years) and int(years[-1]) < year


_NOW_RE: Final = re.compile("今年|本年度|明年")
_PARAGRAPH_YEAR_RE: Final = re.compile(r"((?:19|20)[0-9]{2})\s*年(?![0-9一二三四五六七八九十]*月)")


def _as_target(c: Candidate) -> Candidate:
    """A figure read as a target, with the comparator its words give (or a floor)."""
    if c.relation is not None or c.comparator != "==":
        return attrs.evolve(c, role="target")
    comparator = default_comparator("target", c.measure, c.value, c.unit)
    return attrs.evolve(c, role="target", comparator=comparator)


def _results(doc: Document, year: int, taken: set[tuple[int, int]], about: _About) -> list[Outcome]:
    """The outcomes of ``year`` that a review's text reports: never its targets (a review that
    also sets the next year's targets), nor figures of other years it names, nor the figures
    at ``taken`` (read as targets from the same text: a figure is not its own result)."""
    breaks = [m.start() for m in _SENTENCE_END_RE.finditer(doc.text)]
    times = Times(doc.text)
    found = []
    for c in extract_about(doc.text, *about):
        if c.span in taken or not _of(c, year, doc.text, breaks, times):
            continue
        period = of_period(c)  # (a figure of a quarter's column: its own quarter's)
        o = outcome(period, year, doc.id, c.quote)
        found.append(attrs.evolve(o, note=SO_FAR) if times.so_far and period is c else o)
    return found  # (a count so far: the least the year's can be, see ``unsettled``)


def _of(c: Candidate, year: int, text: str, breaks: list[int], times: Times) -> bool:
    """Whether a candidate of a review is a result of ``year``: an outcome of that year (or of
    none said), not of a part of it; or such a figure that its sentence and heading set no
    target with. In a text given as a review, a figure is a result unless words say it is a
    target: the cues that weigh a role in a text of unknown kind are weaker than that."""
    if c.relation is not None or c.year not in (None, year) or _start_of_change(text, c):
        return False
    sentence = _sentence(text, breaks, *c.span)
    if times.so_far and (c.measure == "growth" or c.unit == "percent"):
        return False  # a rate so far says nothing of the year's (a count so far: see unsettled)
    if not times.so_far and times.partial(_sentence_start(breaks, c.span[0]), *c.span):
        return False  # 上半年,地区生产总值增长5.1%: a part of the year's, not the year's result
    if "累计" in c.quote and _SPAN_RE.search(text, _sentence_start(breaks, c.span[0]), c.span[0]):
        return False  # 2021——2023年,全市累计新增城镇就业4.5万人: a total of years
    if _AVERAGE_GROWTH_RE.search(c.quote) or ("累计" in c.quote and _YEARS_RE.search(sentence)):
        return False  # 年均增长6%; 累计8475亿元,年均增长6.2%: an average or a total of years
    if c.measure == "growth" and any(int(b) != year - 1 for b in _BASE_YEAR_RE.findall(c.quote)):
        return False  # 较2016年增长30.7%: a growth over several years
    if c.role == "outcome":
        return True
    return _TARGET_WORDS_RE.search(sentence + (c.section or "")) is None


def _sentence(text: str, breaks: list[int], start: int, end: int) -> str:
    """The sentence of ``text`` that [start, end) stands in (``breaks``: where its sentences
    end, in order)."""
    j = bisect.bisect_left(breaks, end)
    return text[_sentence_start(breaks, start) : breaks[j] if j < len(breaks) else len(text)]


def _start_of_change(text: str, c: Candidate) -> bool:
    """Whether a figure is where a change to the figure after it starts (由5.5%降为5.2%)."""
    return _FROM_RE.search(c.quote) is not None and _TO_RE.match(text, c.span[1]) is not None


def _sentence_start(breaks: list[int], at: int) -> int:
    """Where the sentence that ``at`` stands in starts (``breaks``: where sentences end)."""
    i = bisect.bisect_left(breaks, at)
    return breaks[i - 1] + 1 if i else 0


def compare(
    plan: str | Document | Data,
    review: str | Document | Data | Sequence[str | Document | Data],
    *,
    year: int | None = None,
    catalogue: Catalogue | None = None,
    tolerances: Tolerances | None = None,
) -> Report:
    """Judge the targets a plan sets for a year against the results its review reports, pairing
    them by machine.

    ``plan`` is the text that states year N's targets (a ``Document`` names it and its file;
    loaded ``Data`` gives its commitments); ``review`` one or more texts (or data) that report
    year N's results: the next year's work report, a 计划执行情况 report, a statistical
    communiqué. The same text may be given as both. ``year`` is N where the plan does not say
    it. Raises DraftError if no year can be told, TypeError for inputs of another type.
    """
    given = _given(review, year)
    cat = catalogue if catalogue is not None else shipped()
    texts = ["" if isinstance(x, Data) else _document(x, "text").text for x in (plan, *given)]
    read, others, places = placed([without_annotations(fold(t))[0] for t in texts])
    about = {t: (place, cat) for t, place in zip(texts, read, strict=True)}
    away = dict(zip(texts, others, strict=True))  # (a review of another place)
    if isinstance(plan, Data):
        n, commitments, plan_sources, title = _of_data(plan, year)
        spans: set[tuple[int, int]] = set()
        held: dict[str, str] = {}
    else:
        p = _document(plan, "plan")
        n = _plan_year(p, year, p.text in texts[1:])
        commitments, spans, held = _targets(p, n, about[p.text], p.text not in texts[1:])
        plan_sources = [Source(p.id, p.title, p.file, plan=n, excerpt=p.excerpt)]
        title = p.title
    commitments, apart = of_roundup(commitments, held, places)  # (others' listed, not judged)
    plan_doc = None if isinstance(plan, Data) else p
    outcomes, sources, other_years = _reviewed(
        given, plan_doc, n, spans, (about, away), plan_sources
    )
    tol = tolerances or Tolerances()
    silence: str | bool = all(s.excerpt for s in sources if s.reviews == n)
    if not outcomes and other_years:  # (a review of another year given by mistake: say so)
        silence = "; ".join(other_years) + f": load a review of {n}"
    verdicts = _verdicts(commitments, outcomes, n, (cat, places), tol, silence)
    early = {id(v.outcome) for v in verdicts if unsettled(v)}
    if early:  # (上半年新增城镇就业3000人 against 5000人 for the year: the year's is not told)
        outcomes = [o for o in outcomes if id(o) not in early]
        verdicts = _verdicts(commitments, outcomes, n, (cat, places), tol, silence)
    heading = f"{title}: the {n} plan against its review"
    return Report(
        tuple(verdicts),
        tuple(outcomes),
        tuple(sources),
        frozenset({n}),
        tol,
        heading,
        machine=True,
        elsewhere=apart,
    )


def _given(
    review: str | Document | Data | Sequence[str | Document | Data], year: int | None
) -> list[str | Document | Data]:
    """The reviews given to compare, as a list; raises TypeError for a review or a year of
    another type."""
    if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
        raise wrong_type("compare", "year as an int", year)
    if not isinstance(review, str | Document | Data) and not isinstance(review, Sequence):
        raise wrong_type("compare", "text, a Document or Data, or a sequence of them", review)
    return [review] if isinstance(review, str | Document | Data) else list(review)


def _of_data(plan: Data, year: int | None) -> tuple[int, list[Commitment], list[Source], str]:
    """The year of a plan given as loaded data (``year``, else its last), its commitments of
    that year, its sources and its title."""
    n = year if year is not None else max((c.year for c in plan.commitments), default=None)
    if n is None:
        raise DraftError("the plan data holds no commitment; pass year=")
    return n, [c for c in plan.commitments if c.year == n], list(plan.sources), plan.title or "plan"


def _reviewed(
    given: Sequence[str | Document | Data],
    p: Document | None,
    n: int,
    spans: set[tuple[int, int]],
    places: tuple[dict[str, _About], dict[str, str | None]],
    sources: list[Source],
) -> tuple[list[Outcome], list[Source], list[str]]:
    """The results of year ``n`` the reviews report (``p``: the plan's text, whose figures at
    ``spans`` are its targets, not results, where it is given as a review too), the sources
    with the reviews', and, for each review that reports none of ``n`` but another year, what
    the user should know of it."""
    outcomes: list[Outcome] = []
    elsewhere: list[str] = []
    about, away = places
    for i, item in enumerate(given, start=1):
        if isinstance(item, Data):
            outcomes += [o for o in item.outcomes if o.year == n]
            sources = _merged(sources, item.sources)
            continue
        r = _document(item, f"review-{i}" if len(given) > 1 else "review")
        same = p is not None and r.text == p.text
        if same and p is not None and not isinstance(item, Document):
            r = attrs.evolve(r, id=p.id)  # the same text as plan and review: one source
        found = _results(r, n, spans if same else set(), about[r.text])
        other = away[r.text]
        if other:  # (a review of another place: its figures that name no place are its own)
            own = (about[p.text][0] if p is not None else None) or ""
            found = [of_place(o, other, own) for o in found]
        seen = plan_year(r.text, reviewed=True) if not found else n
        if seen is not None and seen != n:
            elsewhere.append(f"{r.file or r.id} reports the results of {seen}, not of {n}")
        outcomes += found
        sources = _merged(sources, [Source(r.id, r.title, r.file, reviews=n, excerpt=r.excerpt)])
    return outcomes, sources, elsewhere


def _plan_year(p: Document, year: int | None, reviewed: bool) -> int:
    """The year a plan's text sets targets for: ``year``, else the one it names (the one it
    reviews where it is given as its own review too)."""
    found = year if year is not None else plan_year(p.text, reviewed=reviewed)
    if found is None:
        where = p.file or p.id  # the file as the user named it, where there is one
        raise DraftError(f"{where}: the plan names no year; pass --year (year= in Python)")
    return found


def _verdicts(
    commitments: Sequence[Commitment],
    outcomes: Sequence[Outcome],
    n: int,
    named: _Naming,
    tol: Tolerances,
    silence: str | bool,
) -> list[Verdict]:
    """The verdicts on the commitments, in their order: those of year ``n`` paired with the
    results and judged, those of a later year (到2027年…) pending, not due in the year
    reviewed. ``silence``: why a review is silent where it is, if not that it does not
    report it: True for excerpts (not in the excerpt loaded), or what the user should know
    (the review given reports another year)."""
    cat, places = named
    due = [c for c in commitments if c.year == n]
    matched = {id(m.commitment): m for m in match(due, outcomes, cat, places=places)}
    return [
        _judged(matched[id(c)], outcomes, named, tol, silence)
        if c.year == n
        else pending(c, None, tol)
        for c in commitments
    ]


def _merged(sources: Sequence[Source], more: Sequence[Source]) -> list[Source]:
    """``sources`` and ``more``; a source of the same id (the same text given as plan and
    review) is one source that does both."""
    out = {s.id: s for s in sources}
    for s in more:
        old = out.get(s.id)
        out[s.id] = s if old is None else attrs.evolve(old, reviews=s.reviews or old.reviews)
    return list(out.values())


def _judged(
    m: Match, outcomes: Sequence[Outcome], named: _Naming, tol: Tolerances, silence: str | bool
) -> Verdict:
    c = m.commitment
    found: Outcome | Choice
    if m.outcome is not None:
        found = m.outcome
    else:
        found = Choice(m.situation, None, m.alternatives, m.reason)
    reference = None
    if c.target.kind == "relative" and m.outcome is not None:
        name = c.target.reference or GDP
        of = [o for o in outcomes if o.year == c.year and identity(name, o.indicator, *named)]
        chosen = choose(c.target, of)
        reference = chosen.outcome if chosen.outcome is not None else chosen
    silent = silence if isinstance(silence, str) else excerpt_silence(c) if silence else None
    return verdict(c, found, None, reference, tol, m.pairing, silent)


def draft_of(report: Report) -> Data:
    """The data of a compare report for a person to review: its sources, commitments and
    outcomes, each outcome paired with a commitment carrying that commitment's indicator name
    (so that ``evaluate`` on the data gives the same verdicts), marked unreviewed."""
    rename: dict[int, str] = {}
    for v in report.verdicts:
        for o in (v.outcome, *v.alternatives):
            if o is not None:
                rename[id(o)] = v.commitment.indicator
    outcomes = tuple(
        attrs.evolve(o, indicator=rename[id(o)]) if id(o) in rename else o for o in report.outcomes
    )
    return Data(
        tuple(v.commitment for v in report.verdicts),
        outcomes,
        report.sources,
        report.tolerances,
        report.title,
        unreviewed=True,
    )


__all__ = ["Document", "compare", "draft_of"]
