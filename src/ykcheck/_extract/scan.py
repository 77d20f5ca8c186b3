"""One pass over a report's text: every figure as a ``Candidate`` target or outcome.

What the candidates need of the whole text (figures, markers, headings, cues, years) is found
once, each with a regex over it; the figures come in text order, so each lookup walks forward
from where the last one stopped (``_Walk``) instead of searching again. Each figure then goes
through a handful of named steps: its clause, the words around it, its role, what it measures,
its year and its section.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from itertools import islice
from typing import Final

from .._catalogue import Catalogue, shipped
from .._errors import wrong_type
from .._numbers import Number, normalize
from .._phrases import read_words, strength, target_end
from .._text import fold, without_annotations
from .._units import RANK, RATE_UNITS
from .._vocab import (
    GDP,
    RELATION_COMPARATOR,
    Comparator,
    Hedge,
    Measure,
    Role,
    Strength,
    default_comparator,
)
from .area import place_of
from .candidate import Candidate
from .clauses import BARE_LEAD_RE, CLAUSE_MAX, LAST_BREAK_RE, PARAGRAPH_RE, STOP_RE
from .cues import (
    BOUNDS,
    CUES_AFTER,
    CUES_BEFORE,
    EXPECTED_RE,
    FORECAST_REACH,
    GOAL_AFTER_RE,
    GOAL_BEFORE_RE,
    ITEM_MARK_RE,
    MARKER_WEIGHT,
    OWN_CLAUSE_WEIGHT,
    PRECISE_RE,
    OwnWords,
    cue_sums,
)
from .figures import SUSPECT_UNITS, not_a_figure, qualifiers, quantities
from .goals import goal_after_margin
from .naming import SENTENCE_END_RE, Namer
from .relative import Statement, statements
from .roundup import Roundup, each_place
from .sections import YEAR_RE, Marker, captions, dated_year, headings, markers, plan_ends
from .tables import Cell, cells, within_cells


def extract(text: str, *, catalogue: Catalogue | None = None) -> list[Candidate]:
    """The candidate targets and outcomes of a report's raw text, in text order.

    Never raises on any str: any text gives a (possibly empty) list; raises TypeError if
    ``text`` is not a str (None, bytes). Every candidate's quote is the verbatim text at its
    span. What a figure measures is named as the indicator catalogue names it where the text
    names a catalogue indicator (``catalogue``: the one that ships with ykcheck by default).
    """
    if not isinstance(text, str):
        raise wrong_type("extract", "the report's text as a str", text)
    if not text:
        return []
    return _Extraction(text, catalogue if catalogue is not None else shipped()).run()


def extract_about(text: str, place: str | None, catalogue: Catalogue) -> list[Candidate]:
    """``extract`` of a text read with others about ``place`` (a plan and its reviews): the
    place whose name before an indicator leaves the indicator whole ("" for none; None: the
    place the text itself names most)."""
    return _Extraction(text, catalogue, place).run() if text else []


# a figure that ends its line: only white space after it up to the line break, within 8
_ROW_END_RE: Final = re.compile(r"[^\S\n]{0,7}\n")
# the words right before a number that ``read_words`` needs: a comparator, or a growth word with
# the figures listed before this one (分别增长5.1%、7.3%、)
_LEAD_MAX: Final = 40
_DAY_RE: Final = re.compile(r"\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日")
_BY_RE: Final = re.compile("(?:到|至|截至|截止|于|在)\\s*$")
_YEAR_REACH: Final = 120  # a year named this far before a figure in its sentence is its year
# a year that is the base of a comparison, not the year of the figure: 恢复到2019年的97%,
# 比2020年增长, 较2019年同期
_REFERENCE_YEAR_RE: Final = re.compile(r"\s*(?:的|同期|水平)")
_COMPARED_RE: Final = re.compile(r"(?:比|较|相比|恢复到|恢复至|与|同)\s*$")
# a text whose cues lean this far one way (a communiqué's 比上年, a plan's 力争) decides a figure
# whose own surroundings hold one cue or none, if no marker governs it
LEAN_MIN: Final = 6
# strength words (确保, 力争): a cheap test before reading them
_STRENGTH_HINT_RE: Final = re.compile("[确坚务必力争努]")
# a figure joined to the one before by 、 alone (增长5.2%、约4.4万亿元; 增长8.2%、突破6000亿元)
_JOINED_RE: Final = re.compile(r"\s*、\s*(?:约|近|超过|超|突破|达到|达|为)?\s*")


# the clause of a figure: where it starts, and the words before the figure in it (as written,
# and without white space)
_Clause = tuple[int, str, str]


class _Extraction:
    """One pass over one text: its figures, markers, headings and cues, then the candidates.

    The places each step looks up (heading ends, cues, forecasts, years, the edges of markers'
    stretches) are sorted lists with a sentinel past the end; as the figures come in text order,
    each step walks its own cursor forward from where it stopped for the figure before."""

    def __init__(self, text: str, cat: Catalogue, place: str | None = None) -> None:
        self.text = text
        # offsets are into the text without pinyin (預(yù)期): ``quote`` maps them back
        self.work, self.removed = without_annotations(fold(text))
        work = self.work
        self.catalogue = cat
        own = place_of(work) if place is None else place
        self.place = own or None
        # (another place named before a figure holds for its sentence where the text's own
        # place is known, or known to be none: not where the text does not tell)
        end = len(work) + 1  # a sentinel past every place
        self.cells = cells(work)
        self.toks = within_cells(work, quantities(work), self.cells)
        self.qualifiers = qualifiers(work, self.toks)
        found = captions(work)
        self.markers = markers(work, found)
        self.marker_at = [mk.at for mk in self.markers]
        # stretches of text between the edges of markers' stretches, and the marker governing each
        edges = sorted({0, *self.marker_at, *(mk.until for mk in self.markers if mk.until)})
        self.governing = [self._marker(edge) for edge in edges]
        self.edges = [*edges, len(work)]
        self.headings = headings(work, found)
        self.heading_ends = [h[1] for h in self.headings] + [end]
        self.own = OwnWords(work)
        self.forecasts = self.own.forecasts
        # 以上, 左右 after a figure are the language of targets, except in a sentence of
        # estimates (预计…增长5.2%左右)
        bounds = [
            t.start
            for i, t in enumerate(self.toks)
            if t.suffix in BOUNDS
            and t.unit != RANK  # (前十 is read as 10以内: no word of a target)
            and i not in self.qualifiers
            and not self.own.estimated(t.start)
        ]
        self.own.rewind()
        cue_at, self.cue_sums = cue_sums(work, bounds)
        self.cue_at = [*cue_at, end]
        self.lean = self.cue_sums[-1]
        self.years = [
            (m.start(), m.end(), int(m.group(1)))
            for m in YEAR_RE.finditer(work)
            # (2016年2月25日): a page's date; not a deadline (到2026年12月31日前, 截至…日)
            if not _DAY_RE.match(work, m.end())
            or _BY_RE.search(work, max(m.start() - 3, 0), m.start())
        ]
        ends = plan_ends(work)  # 到“十四五”末: the last year of a five-year plan (2025)
        self.years = sorted(self.years + ends) if ends else self.years
        self.years.append((end, end, 0))
        # the cursors: into heading_ends, edges, cue_at (twice), forecasts and years
        # where paragraphs start: a line after a sentence's end (not after 目标是：, a list)
        self.paragraphs = [0, *(m.end() for m in PARAGRAPH_RE.finditer(work)), end]
        self.hp = self.kp = self.lo_p = self.hi_p = self.fp = self.yp = self.pp = 0
        self.row_cut = 0  # a figure that ends its line ends the clause of the figures after it
        self.last: tuple[int, Role] = (-1, "outcome")  # the figure before: its end and role
        self.namer = Namer(work, cat, self.place, scoped=own is not None)
        self.roundup = Roundup(work, cat)  # (a round-up of several places' targets)
        self.dated = dated_year(work)

    def run(self) -> list[Candidate]:
        out: list[Candidate] = []
        relatives = statements(self.work)
        r = 0
        for i, tok in enumerate(self.toks):
            while r < len(relatives) and relatives[r].start < tok[0]:
                out.append(self._relative(relatives[r]))
                r += 1
            if i in self.qualifiers:
                continue
            clause = self._clause(tok[0])
            if (
                (tok[5] or tok[4] in SUSPECT_UNITS)  # chinese, unit
                and (tok[0] not in self.cells or self.cells[tok[0]].stated)  # (a cell's figure)
                and not_a_figure(self.work, tok, clause[2])
            ):
                continue
            made = self._candidate(i, tok, clause)
            held = self.roundup.held(tok[0], tok[2], self.toks[i - 1][2] if i else 0)
            if held is not None:  # (漯河、信阳的预期目标是“增长7%以上”: each place's)
                close = tok[2] + int(self.work.startswith(("”", "」"), tok[2]))  # (“增长7%”)
                out += each_place(made, held, self._quote(min(held.begin, clause[0]), close))
                continue
            if tok[0] not in self.cells:  # (天河区…GDP为6551亿,越秀区则增长4.5%; not a row's)
                made = self.roundup.of_topic(made, tok[0])
            nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
            alone = nxt is None or nxt[4] != RANK or nxt[0] - tok[2] > 3
            out += self.namer.shared(made, clause[2], alone, tok[0])
        out += [self._relative(st) for st in relatives[r:]]
        return out

    def _relative(self, st: Statement) -> Candidate:
        """The candidate of a relative statement: the growth of the indicator its clause names,
        in step with (sync) or faster than (faster) GDP's, or above zero (正增长)."""
        cs, raw_lead, lead = self._clause(st.start)
        name = self.namer.statement(lead, st.start)
        how = strength(lead) if _STRENGTH_HINT_RE.search(lead) else "binding"
        year = self._year(st.start)
        marker, role = self._role(st.start, st.end, how, lead, year)
        if year is None and marker is not None and marker.role == role:
            year = marker.year
        if raw_lead and raw_lead[0].isspace():
            cs += len(raw_lead) - len(raw_lead.lstrip())
        hedge: Hedge = "exact"
        if st.flat is not None:  # 持平: a target of about no change, a result of none
            comparator: Comparator = "~" if role == "target" else "=="
            hedge = "exact" if role == "target" else st.flat
        elif st.relation is None:  # 正增长: a target of growth above 0%, a result above it
            comparator = ">" if role == "target" else "=="
            hedge = "exact" if role == "target" else "over"
        else:
            comparator = RELATION_COMPARATOR[st.relation]
        return Candidate(
            *self._quote(cs, st.end),
            Decimal(0),
            "percent",
            role,
            "growth",
            comparator,
            how,
            hedge,
            name,
            year,
            self.headings[self.hp - 1][2] if self.hp else None,
            st.relation,
            GDP if st.relation is not None else None,
        )

    def _candidate(self, i: int, tok: Number, clause: _Clause) -> Candidate:
        """The candidate of the figure ``tok`` (the ``i``-th) in its clause."""
        cs, raw_lead, lead = clause
        start, _, tail, value, unit, *_ = tok  # read once: fields cost a lookup
        cell = self.cells.get(start) if self.cells else None
        stated = cell if cell is not None and cell.stated else None  # in a cell's words
        cell = None if stated is not None else cell
        if cell is not None and not unit and cell.unit:
            value, unit = normalize(value * cell.factor), cell.unit  # 617.50 under 绝对数(亿元)
        comparator, measure, value, hedge, upper = self._words(tok, lead, unit, value)
        how = strength(lead) if _STRENGTH_HINT_RE.search(lead) else "binding"
        precise = unit == "percent" and PRECISE_RE.fullmatch(str(value)) is not None
        said = self._year(start)  # the year its sentence names
        marker, role = self._role(start, tail, how, lead, said, -1 if precise else 0)
        next_start = self.toks[i + 1][0] if i + 1 < len(self.toks) else len(self.work)
        name = self.namer.figure(tok, lead, raw_lead, next_start)
        if unit == "percent":
            name, measure = self._goal(start, lead, name, measure)
        if stated is not None and stated.row and BARE_LEAD_RE.fullmatch(lead):
            name = stated.row  # (增长26万左右 in a row of 户籍人口: its words name nothing)
        if cell is not None:  # a table's cell: its row names it, its column's head the rest
            name, measure = self._in_cell(cell, unit, measure)
            cs, raw_lead = cell.row_start, ""
        cell = cell or stated  # (a cell's words take its column's role, and head its section)
        role = (cell.role or role) if cell is not None else role
        year = said if cell is None or cell.year is None else cell.year or None
        if year is None and marker is not None and marker.role == role:
            year = marker.year  # 2022年工作回顾
        section: str | None
        if marker is not None and marker.until is not None:
            section = marker.title  # a table's caption
        else:
            section = self.headings[self.hp - 1][2] if self.hp else None
        if cell is not None and cell.head:
            section = cell.head
        if role == "target":
            value = target_end(value, upper)  # 下降3%-5%: a fall of at least 3%
            if hedge == "estimate":
                hedge = "exact"  # 预计…,完成年计划710亿元: the plan's figure is no estimate
        if raw_lead and raw_lead[0].isspace():
            cs += len(raw_lead) - len(raw_lead.lstrip())
        self._after(tail, name, measure, self.namer.aside(name, unit, lead), unit, value < 0)
        self.last = (tail, role)
        return Candidate(
            *self._quote(cs, tail),
            value,
            unit,
            role,
            measure,
            comparator or self._default(role, measure, value, unit, name),
            how,
            hedge,
            name,
            year,
            section,
            upper=upper if role == "outcome" else None,
        )

    def _default(
        self, role: Role, measure: Measure, value: Decimal, unit: str, name: str
    ) -> Comparator:
        """The comparator of a figure whose words give none: a target of an indicator of which
        less is better is a ceiling (城镇登记失业率(%) | 3.5, a table's bare cell: at most 3.5%)."""
        entry = self.catalogue.get(name) if role == "target" and unit != RANK else None
        if entry is not None and entry.lower_is_better and not value.is_signed():
            return "<="
        return default_comparator(role, measure, value, unit)

    def _in_cell(self, cell: Cell, unit: str, measure: Measure) -> tuple[str, Measure]:
        """The name and measure of a figure in a table's cell: its row's label names it, a
        column of growth makes a rate a growth."""
        name = self.namer.label(cell.label, unit)
        if unit == RANK and name:  # 全省排名 beside 地区生产总值增长(%): its growth's place
            name += ("增速" if cell.growth else "") + RANK
        return name, "growth" if cell.growth and unit in RATE_UNITS else measure

    def _quote(self, start: int, end: int) -> tuple[str, tuple[int, int]]:
        """The verbatim text of the working text's [start, end), and its span in the text."""
        if self.removed is not None:
            start, end = self.removed.start(start), self.removed.end(end)
        text = self.text
        while start < end and text[start].isspace():
            start += 1  # (a row's indent:  粮食 | 124735)
        while end > start and text[end - 1].isspace():
            end -= 1
        return text[start:end], (start, end)

    def _clause(self, start: int) -> _Clause:
        """The clause of a figure at ``start``: back to a clause break, a heading, or a figure
        that ended its line."""
        ends, hp = self.heading_ends, self.hp
        while ends[hp] <= start:
            hp += 1
        self.hp = hp
        lo = start - CLAUSE_MAX
        if lo < self.row_cut:
            lo = self.row_cut
        if hp and ends[hp - 1] > lo:
            lo = ends[hp - 1]
        if lo < 0:
            lo = 0
        cs = lo
        if lo < start:
            b = LAST_BREAK_RE.match(self.work, lo, start)
            if b is not None:
                cs = b.end()
        item = ITEM_MARK_RE.match(self.work, cs, start)
        if item is not None:
            cs = item.end()  # (1)建设100所: the item's number is no word of its clause
        raw_lead = self.work[cs:start]
        return cs, raw_lead, "".join(raw_lead.split())

    def _words(
        self, tok: Number, lead: str, unit: str, value: Decimal
    ) -> tuple[Comparator | None, Measure, Decimal, Hedge, Decimal | None]:
        """What the words around the figure ``tok`` say (``read_words``, on its number's
        suffix and range, and ``unit`` and ``value``); 预计 shortly before it makes a result an
        estimate."""
        start, tail = tok.start, tok.tail
        forecasts, fp = self.forecasts, self.fp
        while forecasts[fp] < start - FORECAST_REACH:
            fp += 1
        self.fp = fp
        sentence = ""
        if forecasts[fp] + 2 <= start:
            sentence = self.work[max(start - FORECAST_REACH, 0) : start]
        after = self.work[tail : tail + 8]  # (实现4.5%的增长)
        words = read_words(lead[-_LEAD_MAX:], tok.suffix, unit, value, sentence, tok.upper, after)
        if words[0] is not None and goal_after_margin(self.work, lead, start, tail):
            return (None, *words[1:])  # 低于7.0%的预期目标: 低于 is the result's, not the goal's
        return words

    def _role(
        self, start: int, tail: int, how: Strength, lead: str, year: int | None, own: int = 0
    ) -> tuple[Marker | None, Role]:
        """The marker governing a figure, and its role, target or outcome: the cues from some
        way before the figure to the end of its sentence (or some way after it), within the
        stretch of its marker, which counts for several. With no marker and no cue, an outcome:
        a review comes before a plan."""
        edges, kp, cue_at = self.edges, self.kp, self.cue_at
        while edges[kp + 1] <= start:
            kp += 1
        self.kp = kp
        marker = self.governing[kp]
        decided = self.own.decided(start, tail, how, lead) or self._joined(start, how)
        if decided is not None:
            return marker, decided
        hi = tail + CUES_AFTER
        se = SENTENCE_END_RE.search(self.work, tail, hi)
        if se is not None:
            hi = se.end()
        if edges[kp + 1] < hi:
            hi = edges[kp + 1]
        paragraphs, pp = self.paragraphs, self.pp
        while paragraphs[pp + 1] <= start:
            pp += 1
        self.pp = pp
        # (cues of the paragraph before speak of its own figures: 全力以赴…的特点。\n三季度…)
        lo = max(start - CUES_BEFORE, edges[kp], paragraphs[pp])
        lo_p, hi_p = self.lo_p, self.hi_p
        while cue_at[lo_p] < lo:
            lo_p += 1
        while hi_p and cue_at[hi_p - 1] >= hi:  # (hi grows with the figures: in case not)
            hi_p -= 1
        while cue_at[hi_p] < hi:
            hi_p += 1
        self.lo_p, self.hi_p = lo_p, hi_p
        score = self.cue_sums[hi_p] - self.cue_sums[lo_p]
        # the figure's own words speak loudest: 力争, 确保 in its clause set a target; 预计
        # before it in its sentence estimates a result (预计全年增长6%左右，…增长12.2%)
        if how != "binding":
            score += OWN_CLAUSE_WEIGHT
        if self.own.estimated(start):
            score -= OWN_CLAUSE_WEIGHT
        score += self.own.says(start) * OWN_CLAUSE_WEIGHT + own
        if (
            GOAL_AFTER_RE.match(self.work, tail)
            or ("目标" in lead and GOAL_BEFORE_RE.search(lead))
            or ("预期" in lead and EXPECTED_RE.search(lead))
        ):
            score += OWN_CLAUSE_WEIGHT
        later = marker is not None and (year or 0) > (marker.year or year or 0)  # (2023年…统计公报:
        if marker is not None and (marker.role == "target" or not later):  # not of 2024年…力争)
            score += MARKER_WEIGHT if marker.role == "target" else -MARKER_WEIGHT
        if self.dated and year is not None and year < self.dated:
            score -= MARKER_WEIGHT  # 2017年1月14日…2016年,…增长1%左右: a year gone by, a result
        if marker is None and -1 <= score <= 1 and abs(self.lean) >= LEAN_MIN:
            score = self.lean  # one word near it against the whole text's leaning
        if score:
            return marker, "target" if score > 0 else "outcome"
        return marker, marker.role if marker is not None else "outcome"

    def _goal(self, start: int, lead: str, name: str, measure: Measure) -> tuple[str, Measure]:
        """The name and measure of a figure in % that sets the goal of a growth before it: its
        stretch (增长5.5%以上、争取达到6%), or the goal in brackets after the growth's result
        (…增长5.9%,…排名全市第1位(预期目标为8.5%以上))."""
        if measure == "level" and self.namer.stretches(start, name):
            return name, "growth"
        if self.work.find("目标", max(start - 12, 0), start + 16) >= 0:
            goal = self.namer.goal_of(start)  # (the bracket's form is goal_of's to tell)
            if goal is not None:
                return goal, "growth"
        return name, measure

    def _joined(self, start: int, how: Strength) -> Role | None:
        """The role of the figure before, where a figure is joined to it by 、 alone (增长5.2%、
        约4.4万亿元: the same statement's figures), unless its own words strive or ensure."""
        last, role = self.last
        if how == "binding" and last >= 0 and _JOINED_RE.fullmatch(self.work, last, start):
            return role
        return None

    def _year(self, start: int) -> int | None:
        """The year its sentence names shortly before the figure (2024年，全市…), if any."""
        years, yp = self.years, self.yp
        while years[yp][1] <= start:
            yp += 1
        self.yp = yp
        if yp and years[yp - 1][0] >= start - _YEAR_REACH:
            y_start, y_end, y = years[yp - 1]
            work = self.work
            if (
                STOP_RE.search(work, y_start, start) is None
                and _REFERENCE_YEAR_RE.match(work, y_end) is None
                and _COMPARED_RE.search(work, max(y_start - 4, 0), y_start) is None
            ):
                return y
        return None

    def _after(
        self, tail: int, name: str, measure: Measure, aside: bool, unit: str, fall: bool
    ) -> None:
        """Remember a candidate for the next: its end and name (``aside``: a rank or a gap in
        points of the figure before; ``fall``: whether it is a fall), and whether it ends its
        line."""
        self.namer.remember(tail, name, measure, aside, unit, fall)
        work = self.work
        if tail < len(work) and work[tail].isspace():
            r = _ROW_END_RE.match(work, tail)
            if r is not None:
                self.row_cut = r.end()

    def _marker(self, pos: int) -> Marker | None:
        """The marker governing ``pos``: the nearest before it whose stretch reaches it (among
        the few nearest: a stretch that ended is a table's or a list's)."""
        i = bisect_right(self.marker_at, pos) - 1
        for mk in islice(reversed(self.markers[max(i - 64, 0) : i + 1]), 64):
            if mk.until is None or pos < mk.until:
                return mk
        return None


__all__ = ["extract"]
