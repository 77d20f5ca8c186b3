"""What each figure of one text measures, in text order: the name its words give it, made the
catalogue's name where the catalogue knows it, or the name of the figure before it in its
sentence where it names nothing (、增长6.3%); a rank's name; the names of a list that one figure
(均增长12%) or one rank is given to, and the n-th name of a 分别 list."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

import attrs

from .._catalogue import Catalogue, is_filler
from .._numbers import NotANumber, Number, read_number_at
from .._places import AREAS
from .._units import RANK, compatible, ratio
from .._vocab import Measure
from .area import is_place, is_wider, leading_place, speaks_wide
from .candidate import Candidate
from .cues import MARGIN_WORDS, SHARE_DONE_RE, plan_of_share
from .indicator import (
    OWN_WORDS_RE,
    RANK_ASPECTS,
    RELATION_BEFORE,
    catalogue_name,
    indicator,
    listed,
    name_before,
    ranked_together,
    respectively,
    shared,
)

SENTENCE_END_RE: Final = re.compile("[。！？!?]")
_LABEL_REACH: Final = 300  # how far back the line of a labelled figure may start
_PLACE_LABEL_RE: Final = re.compile(r"[ \t]*([\u4e00-\u9fff]{2,3}[省市县区])[ \t]*[:：]")
_SCOPE_END_RE: Final = re.compile("[。！？!?\n]")  # a sentence's place ends with it or its line
# a 分别 clause that names nothing takes the names of the 分别 list before it this far: in its
# sentence, not across a semicolon (…分别为40046元、18177元；…存、贷款余额…分别增长12.3%)
_SUBJECT_REACH: Final = 80  # how far back in its sentence a figure's subject is looked for
# the words of a share of the plan done, right after the figure of what was done (地区生产总值
# 564亿元,占计划的100%; 固定资产投资152亿元,完成年计划的107.6%): the figure before's share
_PLAN_SHARE_RE: Final = re.compile(
    r"[,，]\s*(?:占|为|是|完成|达到|达)?了?(?:全年|年度|年)?(?:总量)?(?:计划|目标)(?:任务)?的\s*\Z"
)
PLAN_SHARE: Final = "计划完成率"  # (the name's end of such a share)
# the plan of the figure before, followed by the share of it done (签约金额达57.78亿元,完成签约目标
# 50亿元的115.56%; 到位资金11.26亿元,完成目标任务20亿元的56.3%): the plan is of that figure
# (or the plan's words after it: 城镇新增就业2842人,完成4600人年计划的61.78%; 826人实现就业,
# 完成1200人年计划的68.83%)
_PLAN_OF_LAST_RE: Final = re.compile(
    r"[^，,。；;0-9]{0,6}[,，]\s*(?:已|累计)?完成了?(?:[^，,。；;0-9]{0,6}?(?:目标|计划)(?:任务)?)?\s*\Z"
)
# the words of a growth's gap to its goal, right after it (同比增长15%,高于全年增速目标7.5个百分点;
# 增长4.1%,低于年初预期目标2.4个百分点)
_GOAL_GAP_RE: Final = re.compile(
    rf"(?:[,，]\s*(?:{MARGIN_WORDS})|\s*的)(?:年初|全年|年度)?(?:增速|增长)?(?:预期)?目标\s*\Z"
)  # (or after the goal itself: 高于8.0%的预期目标5.4个百分点)
GOAL_GAP: Final = "目标差"  # (the name's end of such a gap)
_LIST_END_RE: Final = re.compile("[。！？!?；;]")
_CLOSE_RE: Final = re.compile("[)）]")
# the words of a gap to another area's figure (高于全市0.8个百分点): beside the figure before
_GAP_LEAD_RE: Final = re.compile(
    "高于|低于|快于|慢于|高出|低出|超出|领先|落后|分别高|分别低"
    "|比[^，,。；;]{0,6}?(?:高|低|快|慢|提高|回落|下降|加快|放缓|回升|上升|增加|减少|收窄|扩大)"
)  # (比全省高0.8个百分点; 比上年回落0.8个百分点: beside the growth before)
# a goal stated in brackets right after a figure: (预期目标为, (年初目标:, (目标; or as what the
# figure is compared with (增长率为7.8%,比年初目标7.5%高了0.3个百分点)
_STATED_GOAL_RE: Final = re.compile(
    r"\s*(?:[(（]|[,，]\s*比)\s*(?:年初|年度|全年|计划)?(?:预期)?目标值?\s*(?:为|是|[:：])?\s*"
)
# or the goal itself after a margin word, called a goal right after (增长13.4%,高于8.0%的预期目标
# 5.4个百分点; 下降5.1%,…,低于7.0%的预期目标12.1个百分点)
_MARGIN_GOAL_RE: Final = re.compile(rf"\s*[,，]\s*(?:{MARGIN_WORDS}|接近)\s*")
_GOAL_CALLED_RE: Final = re.compile(r"-?[0-9.]+\s*[%％]\s*的(?:年初|年度|全年)?(?:预期|计划)?目标")
# two figures after two names: 城镇和农村居民人均可支配收入完成29092元、17191元 (the names end
# in a verb, and nothing else stands between them and the figures)
_PAIR_GAP_RE: Final = re.compile(r"\s*[、和]\s*")
_PAIR_VERB_RE: Final = re.compile("(?:完成|达到|实现|分别为|为|达)$")
# the words between a target's floor and its stretch figure, which say nothing of what it measures
# (增长6.5%以上、力争7%; 增长5.5%以上、争取达到6%)
# or which compare the result before with its target, the target in brackets (增长5.8%,低于年
# 初预期目标(10%)4.2个百分点: 10% is the growth the plan set)
_STRETCH_GAP_RE: Final = re.compile(
    r"\s*[、,，]\s*(?:(?:力争|争取|努力|确保|实现|达到|达|到)+"
    r"|(?:超过|超出|高于|低于|快于|慢于)(?:年初|全年|年度)?(?:预期|计划)?目标(?:值)?\s*[(（])\s*"
)


class Namer:
    """Names the figures of one text as they come, in text order; remembers the last figure's
    end and name, and the last 分别 list."""

    def __init__(self, work: str, cat: Catalogue, place: str | None, scoped: bool = False) -> None:
        self.work, self.catalogue, self.place, self.scoped = work, cat, place, scoped
        self.last_tail, self.last_name = -1, ""  # the last figure's end, and its name
        self.last_growth = False  # whether it was a growth
        self.last_rate = False  # whether it was a growth in percent
        self.run_fall = False  # whether the growth of ``growth_run`` was a fall (下降2.5%)
        self.last_plain = ("", -1)  # the last figure's name and end that was no rank
        self.plan_tail = -1  # the end of the last plan of the figure before (see _plan_of_last)
        self.tok: Number | None = None  # the last figure named
        # the names of the figures since the last sentence or semicolon (for 均排名全国第1)
        self.run: list[str] = []
        self.last_list: tuple[list[str], int] = ([], 0)  # the names of the last 分别, and where
        self.pair: tuple[list[str], int] = ([], -1)  # two names, and the first figure's end
        self.scope: tuple[str, int] = ("", -1)  # another place its sentence is about, and where
        self.growth_run: str | None = None  # the last figure's of its run, if a growth (no rank)
        # whether 全省, 全国 (全市 in a county's) before a name may be a wider area than the
        # text's own (see ``speaks_wide``)
        self.wide = speaks_wide(work, place)

    def figure(self, tok: Number, lead: str, raw_lead: str, next_start: int) -> str:
        """What the figure ``tok`` measures (``lead``: its clause before it, without white
        space; ``next_start``: where the next figure starts)."""
        prev, self.tok = self.tok, tok
        again = (
            self._respectively_again(tok[0], lead)
            if "分别" in lead
            else self._paired(tok, lead, next_start)
        )
        if again is not None:
            if tok[4] == RANK:  # 分别居全省第3位和第5位: the places of the figures named
                return self._ranked(again, tok[0])
            return self._catalogued(again, again, tok[4])
        if self._plan_of_last(tok, prev):
            self.plan_tail = tok[2]
            return self.last_name
        name = indicator(self.work, tok, lead, raw_lead, next_start)
        if not name and "分别" not in lead:
            again = self._pair_again(tok, next_start)
            if again is not None:
                return self._catalogued(again, again, tok[4])
        if tok[4] == RANK:
            return self._ranked(name, tok[0])
        if tok[4] == "percent" and self._plan_share(tok.start):
            return self.last_name + PLAN_SHARE
        if tok[4] == "百分点" and self._goal_gap(tok.start):
            return self.last_name + GOAL_GAP
        if name in RANK_ASPECTS:
            name = ""  # 经济总量迈上3000亿元,增速达到6.5%: the growth of the figure before
        named = self._catalogued(lead, name, tok[4])
        if OWN_WORDS_RE.search(lead):
            self.scope = ("", -1)  # 全市地区生产总值增长6.5%: the text's own place again
        return self._scoped(self._or_last(named, tok[0], plain=True), tok[0])

    def _plan_share(self, start: int) -> bool:
        """Whether the figure at ``start`` is the share of its plan that the level right before
        it in its sentence is (地区生产总值564亿元,占计划的100%; …,完成目标任务20亿元的56.3%)."""
        last = self.last_tail
        return (
            last >= 0
            and not self.last_growth
            and bool(self.last_name)
            and not self.last_name.endswith((RANK, PLAN_SHARE))
            and (
                _PLAN_SHARE_RE.match(self.work, last, start) is not None
                or (
                    last == self.plan_tail
                    and (share := SHARE_DONE_RE.match(self.work, last)) is not None
                    and share.start("share") == start
                )
            )
        )

    def _plan_of_last(self, tok: Number, prev: Number | None) -> bool:
        """Whether ``tok`` is the plan of the level ``prev`` right before it in its sentence,
        written with the share of it done after it, which the two bear out (到位资金11.26亿元,
        完成目标任务20亿元的56.3%: 11.26 is 56.3% of 20; not 就业困难人员再就业500人,完成4600
        人年计划的105%, the plan of the figure before those 500)."""
        last = self.last_tail
        if (
            prev is None
            or prev[2] != last
            or self.last_growth
            or not self.last_name
            or self.last_name.endswith((RANK, PLAN_SHARE, GOAL_GAP))
            or not compatible(prev[4], tok[4])
            or not tok[3]
        ):
            return False
        lead = _PLAN_OF_LAST_RE.match(self.work, last, tok[0])
        share = None if lead is None else plan_of_share(self.work, tok[2], lead.group())
        if share is None:
            return False
        factor = ratio(prev[4], tok[4]) if prev[4] != tok[4] else 1
        done = prev[3] * factor.numerator * 100 / (factor.denominator * tok[3])
        return abs(done - Decimal(share.group("share"))) <= 1

    def _goal_gap(self, start: int) -> bool:
        """Whether the figure at ``start`` is the gap of the growth in percent right before it to
        its goal (同比增长15%,高于全年增速目标7.5个百分点; not of 比上年回落0.2个百分点)."""
        last = self.last_tail
        return (
            last >= 0
            and self.last_rate
            and bool(self.last_name)
            and _GOAL_GAP_RE.match(self.work, last, start) is not None
        )

    def _catalogued(self, lead: str, guess: str, unit: str = "") -> str:
        return catalogue_name(lead, guess, self.catalogue, self.place, unit, self.wide)

    def _scoped(self, name: str, start: int) -> str:
        """``name``, with the place its sentence is about where an earlier figure of the
        sentence named another place than the text's (2025年,吉林省地区生产总值增长5%,一般公共
        预算收入增长13.3%: the revenue is 吉林省's too), where the text's own place is known."""
        if not self.scoped:
            return name
        wide = self.wide or name.startswith(("全国", "我国"))
        if wide and name.startswith(AREAS) and is_wider(name[:2], self.place):
            self.scope = (name[:2], start)  # 全省地区生产总值增长6.3%,一般公共预算收入…: the
            return name  # province's, both (kept so by catalogue_name)
        lead = leading_place(name)
        if lead is not None and self.catalogue.get(name) is None:
            other = not self.place or lead[0][:-1] not in self.place
            if other or self.catalogue.get(name[lead[1] :]) is not None:
                self.scope = (lead[0], start)
            return name
        place, at = self.scope
        if not place or _SCOPE_END_RE.search(self.work, at, start) is not None:
            self.scope = ("", -1)
            place, at = self._labelled(start)
            if not place:
                return name
        self.scope = (place, start)  # (looked at up to here: the next figure looks on from it)
        return place + name if self.catalogue.get(name) is not None else name

    def _labelled(self, start: int) -> tuple[str, int]:
        """The place that labels the line of ``start`` (黄埔区:GDP增长7%以上;…, a roundup of a
        city's districts), where it is another than the text's own; ("", -1) if none."""
        reach = max(start - _LABEL_REACH, 0)
        line = self.work.rfind("\n", reach, start) + 1
        if not line and reach:
            return "", -1  # (a line longer than a roundup's: no label is looked for)
        m = _PLACE_LABEL_RE.match(self.work, line, start)
        if m is None or not is_place(m.group(1)) or m.group(1)[:-1] in (self.place or ""):
            return "", -1
        return m.group(1), m.end()

    def statement(self, lead: str, start: int) -> str:
        """What a relative statement (与经济增长同步, 持平) at ``start`` is about."""
        name = self._catalogued(lead, name_before(lead))
        return self._or_last(name, start)

    def label(self, label: str, unit: str) -> str:
        """What a table's cell measures, from its row's label."""
        return self._catalogued(label, name_before(label), unit)

    def shared(self, c: Candidate, lead: str, alone: bool, start: int) -> list[Candidate]:
        """One candidate for each name a figure is given to (A、B、C均增长12%左右; A、B增速排名
        全市第一, where ``alone``: no other rank follows in its list), or ``c``."""
        if c.unit == RANK:
            together = ranked_together(lead, alone) or self._ranked_all(lead)
            return [attrs.evolve(c, indicator=self._ranked(n, start)) for n in together] or [c]
        return [
            attrs.evolve(c, indicator=self._catalogued(n, n, c.unit)) for n in shared(lead)
        ] or [c]

    def remember(
        self,
        tail: int,
        name: str,
        measure: Measure = "level",
        aside: bool = False,
        unit: str = "percent",
        fall: bool = False,
    ) -> None:
        """The figure that ends at ``tail`` is named ``name`` and is of ``measure`` in ``unit``
        (``aside``: a rank or a gap in points beside the figure a goal is set for; ``fall``:
        a fall, 下降2.5%)."""
        if self.last_tail >= 0 and _LIST_END_RE.search(self.work, self.last_tail, tail):
            self.run = []
            self.growth_run = None
        if not aside:
            self.growth_run = name if measure == "growth" and unit == "percent" else None
            self.run_fall = fall
        self.last_tail, self.last_name, self.last_growth = tail, name, measure == "growth"
        self.last_rate = measure == "growth" and unit == "percent"  # (not 比上年回落0.2个百分点)
        if not name.endswith((RANK, PLAN_SHARE, GOAL_GAP)):
            self.last_plain = (name, tail)
        if name and not name.endswith(RANK):
            self.run.append(name + "增速" if measure == "growth" else name)

    def aside(self, name: str, unit: str, lead: str) -> bool:
        """Whether a figure named ``name`` in ``unit`` stands beside the growth before it, and
        leaves it the one a goal in brackets after them sets (see ``goal_of``): a rank, or a gap
        in points to another area's figure or the year before's (高于全市0.8个百分点,
        比全省高0.8个百分点), of no other indicator of the catalogue (not 一般公共预算收入排名全省
        第5位, nor 城镇调查失业率比上年下降0.2个百分点)."""
        if unit != RANK and (unit != "百分点" or _GAP_LEAD_RE.search(lead) is None):
            return False
        entry = self.catalogue.get(name.removesuffix(RANK).removesuffix("增速"))
        return entry is None or entry.name == self.growth_run

    def goal_of(self, start: int) -> str | None:
        """The name of the growth a goal in brackets at ``start`` sets: the bracket opens right
        after a figure (预期目标为, 目标), and the last figure of its clause's run that is no rank
        or gap is a growth (地区生产总值增长5.9%,高于全市0.8个百分点,排名全市第1位(预期目标为
        8.5%以上), or called a goal right after a margin word (增长13.4%,高于8.0%的预期目标);
        None otherwise (城镇调查失业率控制在5.2%(预期目标为5.5%以内): the rate's own goal;
        地区生产总值(目标增长8%): named there)."""
        last = self.last_tail
        if last < 0:
            return None
        if not _STATED_GOAL_RE.fullmatch(self.work, last, start) and not (
            not self.run_fall  # (能耗下降2.5%,低于3%的预期目标: maybe a fall's goal)
            and _MARGIN_GOAL_RE.fullmatch(self.work, last, start)
            and _GOAL_CALLED_RE.match(self.work, start)
        ):
            return None
        if self.run_fall and "比" in self.work[last:start]:
            return None  # (下降2.5%,比年度目标3%少降: a fall's goal, no growth's floor)
        if _LIST_END_RE.search(self.work, last, start):
            return None
        return self.growth_run

    def stretches(self, start: int, name: str) -> bool:
        """Whether the figure at ``start``, named ``name``, is the stretch of the growth figure
        right before it (增长6.5%以上、力争7%): only words of striving between the two."""
        last = self.last_tail
        return (
            self.last_growth
            and name == self.last_name
            and 0 <= last < start
            and _STRETCH_GAP_RE.fullmatch(self.work, last, start) is not None
        )

    def _ranked_all(self, lead: str) -> list[str]:
        """The figures one rank after 均 names nothing else ranks: 固定资产投资增长24.6%、…、社会
        消费品零售总额增长13.1%,均排名全国第1 ranks the growth of each, once each."""
        if not lead.startswith(("均", "都")):
            return []
        # (the run holds the figures since the sentence or the semicolon before the rank)
        return list(dict.fromkeys(self.run)) if len(set(self.run)) > 1 else []

    def _ranked(self, name: str, start: int) -> str:
        """The name of a rank: what is ranked, and 位次 (地区生产总值增速位次), never a catalogue
        name (the rank of GDP's growth is not GDP, nor the rank of its total). A rank whose
        words name no indicator, or only its aspect (增速居全省第3), ranks the figure before it
        in the sentence."""
        if not name:  # 地区生产总值增长6%，排名全省第3: the rank of its growth
            name = self._or_last("", start)
            if name and self.last_growth and not name.endswith(RANK):
                name += "增速"
        elif name in RANK_ASPECTS:
            name = self._or_last("", start) + name
        return name + RANK if name and not name.endswith(RANK) else name

    def _respectively_again(self, start: int, lead: str) -> str | None:
        """The name of a figure of a 分别 clause that names nothing, from the list of the 分别
        clause before it (财政总收入、一般公共预算收入分别达到1102.6亿元和632亿元,分别增长5.2%和
        6.1%: 5.2% is 财政总收入's); remembers a list it names."""
        names, index = respectively(lead)
        names = [n for n in names if len(n) > 1]  # (3万元和2万元、分别增长: 元 names nothing)
        if len(names) > 1:
            self.last_list = (names, start)
            return None
        if names:
            return None
        listed_before, at = self.last_list
        if _LIST_END_RE.search(self.work, at, start):
            listed_before = []
        if not listed_before:
            # no list before: the two figures its sentence has named (财政总收入达到540.6亿元,
            # 其中地方财政收入316.1亿元,分别增长10.2%和10.1%)
            run = list(dict.fromkeys(self.run))
            listed_before = run if len(run) == 2 else []
            self.last_list = (listed_before, start)  # (the second figure takes the second)
        return listed_before[index] if index < len(listed_before) else None

    def _paired(self, tok: Number, lead: str, next_start: int) -> str | None:
        """The name of a figure of two in the same unit after two names, without 分别 (城镇和
        农村常住居民人均可支配收入完成29092元、17191元): the first name's, then the second's."""
        names, first_tail = self.pair
        if first_tail >= 0 and first_tail == self.last_tail:
            self.pair = ([], -1)
            if _PAIR_GAP_RE.fullmatch(self.work, first_tail, tok.start):
                return names[1]
            return None
        gap = _PAIR_GAP_RE.fullmatch(self.work, tok.tail, next_start)
        if gap is None:
            return None
        names = listed(_PAIR_VERB_RE.sub("", lead))
        if len(names) != 2 or _unit_at(self.work, next_start) != tok.unit:
            return None
        self.pair = (names, tok.tail)
        self.last_list = (names, tok.start)  # (…,分别增长3%、6.4%: the same two)
        return names[0]

    def _pair_again(self, tok: Number, next_start: int) -> str | None:
        """The first name of the two names of a list before, in its sentence, for the first of
        two figures in one unit that name nothing (城镇和农村居民人均可支配收入分别达到52000元、
        31000元,增长5%、7.5%: 5% is 城镇's); the second figure takes the second name."""
        names, at = self.last_list
        if (
            len(names) != 2
            or _LIST_END_RE.search(self.work, at, tok.start) is not None
            or _PAIR_GAP_RE.fullmatch(self.work, tok.tail, next_start) is None
            or _unit_at(self.work, next_start) != tok.unit
        ):
            return None
        self.pair = (names, tok.tail)
        return names[0]

    def _or_last(self, name: str, start: int, plain: bool = False) -> str:
        """``name``, or where it is empty the name of the figure before in the sentence (for a
        figure of a ``plain`` quantity, the figure before a rank between: 地区生产总值2223.81亿
        元,总量居全省第三,增长3.5%), or, if none stands before it there, the last indicator of
        the catalogue its sentence names before it (全年地区生产总值迈上新台阶,总量突破5万亿元:
        GDP's)."""
        if name and not is_filler(name):
            return name  # (2024年预计增长5%左右: the growth of the figure before)
        last_name, last_tail = self.last_name, self.last_tail
        if plain and last_name.endswith((RANK, PLAN_SHARE, GOAL_GAP)) and self.last_plain[1] >= 0:
            last_name, last_tail = self.last_plain
        if last_tail >= 0 and SENTENCE_END_RE.search(self.work, last_tail, start) is None:
            # (a catalogue name between the two is nearer: 取得了地区生产总值增长18.5%的成绩之后，
            # 确定了2020年地区生产总值预期目标：确保增长22%)
            between = [  # (not a name in brackets: (主要是…商品房销售面积未达预期),增长6.3%,
                # nor the term of a comparison: 占地区生产总值比重提高,达到12亿元)
                f
                for f in self.catalogue.find(self.work, last_tail, start)
                if _CLOSE_RE.search(self.work, f.end, start) is None
                and not self.work.endswith(RELATION_BEFORE, last_tail, f.start)
            ]
            return between[-1].indicator.name if between else last_name
        begin = max(start - _SUBJECT_REACH, 0)
        for m in SENTENCE_END_RE.finditer(self.work, begin, start):
            begin = m.end()
        named = self.catalogue.find(self.work, begin, start)
        return named[-1].indicator.name if named else ""


def _unit_at(work: str, pos: int) -> str | None:
    """The unit of the number at ``pos``, or None if none stands there."""
    try:
        return read_number_at(work, pos).unit
    except NotANumber:
        return None


__all__ = ["GOAL_GAP", "PLAN_SHARE", "SENTENCE_END_RE", "Namer"]
