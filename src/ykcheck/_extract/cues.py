"""Cues of a role: words near a number that mark a plan (力争, 确保, 预期) or a review (同比, 首次,
获评, 居全省第3), each weighing one way, and how much a section marker weighs against them."""

from __future__ import annotations

import bisect
import re
from itertools import accumulate
from typing import Final

from .._text import DASH
from .._vocab import Role, Strength

# Words that mark a plan (intent, stretch goals) or a review (done, ranked, compared with last
# year) near a number. Each is weak alone; together they outvote a marker.
_PLAN_CUES: Final = (
    "力争",
    "确保(?!了(?!解))",  # (加大了…力度, 确保了: what was done)
    "争取",
    "争创",
    "力求",
    "奋力",
    "全力",
    "做好(?!了(?!解))",
    "抓好(?!了(?!解))",
    "谋划",
    "稳妥",
    "强化(?!了(?!解))",
    "大力",
    "着力",
    "进一步",
    "加大(?!了(?!解))",
    "预期",
    "承诺",
    "年计划(?!的)",  # (not 完成年计划的107.6%: a share of it done)
    # the year's promises (民生实事), not those done (实事已全部完成, 实事项目全部按期落地)
    "实事(?![^，。；]{0,10}(?:完成|落地|办结|兑现|办成|情况))",
    "不少于",  # the floors a plan sets before its figures (不少于3个, 不低于600个)
    "不低于",
)
_REVIEW_CUES: Final = (
    "首次",
    "首家",
    "首批",
    "首位",
    "同比",
    "比上年",
    "较上年",
    "分别",
    "获评",
    "荣获",
    "获得(?!感)",  # (not 获得感, a plan's "sense of gain")
    "斩获",
    "入选",
    "成功",
    "顺利",
    "圆满",
    "完工",
    "投入使用",
    "建成通车",
    "位列",
    "位居",
    "历史",
    "超额",
    "连续",
    "连涨",
    "打赢",
    "获批",
    "预计",
    "大关",
    "成绩",
    "实际(?!使用|利用|到位|到资)",  # not the name 实际使用外资
    "取得",
    "过去[一二三四五六七八九十0-9]+年",  # 过去一年, 过去五年
    "回顾",
    "去(?<![比较同与于]去)年(?!同期)",  # 去年全省地区生产总值…; not 比去年 (a plan's base)
    "惠及",
    "兑现",
    "办成",  # 办成了诸多惠民生、暖民心的实事
    "成效",
    "显著",
    "全覆盖",
    # progress so far: 截至目前, 1-12月份完成投资, 投资完成率
    "截[至止]目前",
    "月(?:(?<=[0-9][-—–至][0-9]月)|(?<=[0-9][-—–至][0-9]{2}月))",  # 1-12月: 月 first
    "完成率",
    # the statistician's words before results (初步核算，全年全县地区生产总值…; 年末常住人口)
    "初步核算",
    "初步测算",
    "初步统计",
    "据统计",
    "年末",
    # a result measured against what was expected (these outvote the 预期 in them: 实现年初预期,
    # 低于年初预期目标, 好于预期; not 确保实现全年预期目标, 完成全年目标, which a plan ensures)
    "实现预期目标",
    "完成预期目标",
    "达到预期目标",
    *(f"{verb}年初预期|{verb}年初目标" for verb in ("实现", "完成", "达到", "高于")),
    *(f"{verb}年初确定" for verb in ("实现", "完成", "达到")),  # 完成年初确定的17件为民办实事
    # (and with the goal between: 高于7.0%的预期目标0.7个百分点)
    *(
        f"{verb}(?:-?[0-9.]+[%‰]的)?(?:年初)?预期"
        for verb in ("好于", "低于", "快于", "慢于", "未达到", "未达", "高于")
    ),
)
# (every branch starts with a character, never a class, a repeat or a lookbehind: the scan runs
# over the whole text, and one such branch makes the scan try every branch at every character;
# 1-12月 is found from its 月)
_CUE_RE: Final = re.compile(
    "|".join(sorted({*_PLAN_CUES, *_REVIEW_CUES}, key=len, reverse=True))
    + r"|居[^\s，。；]{0,4}?[第前首]"  # 居金华第1, 居全省前10: a ranking of results
)


# by the words a cue matches: a cue written with lookarounds (实事(?!…), 获得(?!感)) is weighed by
# its word; what no word names (过去一年, 1-12月) is a review's
def _word(cue: str) -> str:
    """A cue's pattern without its lookarounds (and the groups inside them)."""
    out, depth, i = [], 0, 0
    while i < len(cue):
        if cue.startswith(("(?!", "(?=", "(?<!", "(?<="), i) or (depth and cue[i] == "("):
            depth += 1
        elif depth and cue[i] == ")":
            depth -= 1
        elif not depth:
            out.append(cue[i])
        i += 1
    return "".join(out)


_CUE_WEIGHT: Final = {
    **{_word(w): 1 for w in _PLAN_CUES},
    **{_word(w): -1 for w in _REVIEW_CUES},
}
BOUNDS: Final = frozenset({"以上", "及以上", "以内", "之内", "左右"})
CUES_BEFORE: Final = 150  # characters before a number whose cues count
CUES_AFTER: Final = 80  # characters after it, within its sentence
MARKER_WEIGHT: Final = 3  # a marker counts as much as this many cues
OWN_CLAUSE_WEIGHT: Final = 2  # 力争, 确保 or 预计 in a figure's own clause: this many more


def cue_sums(work: str, bounds: list[int]) -> tuple[list[int], list[int]]:
    """The places of the cues of a text, in order, and the running sums of their weights (one
    more, from 0): the cues in [lo, hi) weigh ``sums[i] - sums[j]`` where ``at[i]`` is the first
    place at or after hi and ``at[j]`` the first at or after lo; above 0 leans to a plan.

    ``bounds`` are the places of comparator words after figures (以上, 以内, 左右): the
    language of targets, each counting as a cue of a plan."""
    found = [(m.start(), _CUE_WEIGHT.get(m.group(), -1)) for m in _CUE_RE.finditer(work)]
    found += [(at, 1) for at in bounds]
    found.sort()
    return [at for at, _ in found], [0, *accumulate(weight for _, weight in found)]


# -- the words of a figure's own sentence that decide its role ---------------------------------

# words that open a list of goals in a sentence (主要预期目标是：, 目标如下：, 预期目标为), or of
# the year's promises (这十件民生实事分别是：)
# a quotation that the words of a goal follow: “地区生产总值增长7%,固定资产投资超1100亿元”的年度
# 发展目标; “增长7%”的目标
_QUOTED_GOALS_RE: Final = re.compile(
    r"“([^“”\n]{2,300})”\s*(?:的|这一|等)?[^，,。；;：:“”\n]{0,8}(?:目标|任务)"
)
GOAL_LIST_RE: Final = re.compile(
    r"(?:预期|主要)目标(?:是|为)|目标(?:是|为|如下)?\s*[：:]|实事(?:分别)?(?:是|为|如下|包括)?\s*[：:]"
)
SENTENCE_STOP_RE: Final = re.compile(r"[。！？!?\n]")
# a month before December (11月, 十一月), and the part of the year up to it: 上半年, 前三季度,
# 1-10月, 1月至11月, 年初至10月, 截至今年10月底, 前10个月, 11月份 (not 1-12月, 截至年底: the
# whole year; not a part compared with, 比上半年, 较前三季度, 逐季度, 各季度)
_MONTH: Final = r"(?:(?:[1-9]|1[01])\s*|(?:[一二三四五六七八九]|十一?))"
PART_OF_YEAR_RE: Final = re.compile(
    rf"(?<![比较与逐各])(?:上半年|前[一二三]季|(?<!前)[一二三四]季度|(?<![一二三四前个])季度"
    rf"|(?:[0-9一二三四五六七八九十]{{1,2}}\s*月?|年初)\s*{DASH}\s*{_MONTH}月"
    rf"|截[至止]\s*(?:(?:19|20)[0-9]{{2}}\s*年|今年|本年)?\s*{_MONTH}月|前{_MONTH}个月"
    rf"|(?<![0-9]){_MONTH}月份)"
)
# and, more widely, words of a time so far: what was done by then is no year's result
PART_YEAR_RE: Final = re.compile(rf"截至|截止|以来|月底|月末|下半年|{PART_OF_YEAR_RE.pattern}")
# but not the goals met, set against the results that follow: a word of meeting them right
# before the opener (对照年初确定的目标：), or one that says they were met anywhere in its
# sentence (较好完成了市第十七届人民代表大会第三次会议审议通过的政府工作报告确定的主要目标：; not
# 为实现“十四五”规划目标任务打下坚实基础，…主要预期目标是：), or 确定的 right before a list of
# them that does not say what they are (年初确定的主要目标：…,均好于预期; not 年初确定的预期性目标
# 为：, the goals themselves)
_MET_GOALS_RE: Final = re.compile("完成|实现|达到|对照|超过|高于|低于")
_MET_GOALS_NEAR: Final = 16
_STOPS_RE: Final = re.compile("[。！？!?；;\n]")
_MET_GOALS_SAID_RE: Final = re.compile(
    r"(?<![为保争力])(?:完成|实现|达到)"  # (not 为实现…打下基础, 确保完成, 力争实现, 努力实现)
    r"(?:[^。！？!?；;\n]|\n(?![^\S\n]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十])))*\Z"
)
_MET_GOALS_REACH: Final = 80
_SET_GOALS_RE: Final = re.compile("确定的[^。！？!?；;]{0,8}\\Z")


def _goals_met(work: str, m: re.Match[str]) -> bool:
    """Whether the opener of a list of goals ``m`` opens a list of the results that met them."""
    near = _STOPS_RE.split(work[max(m.start() - _MET_GOALS_NEAR, 0) : m.start()])[-1]
    if _MET_GOALS_RE.search(near):
        return True
    before = work[max(m.start() - _MET_GOALS_REACH, 0) : m.start()]
    if _MET_GOALS_SAID_RE.search(before):
        return True
    said = "目标是" in m.group() or "目标为" in m.group()
    return _SET_GOALS_RE.search(before) is not None and not said


# a figure named a target right after it: 8.5%的目标, 7万到10万人的目标任务, and the first of two
# (提出的9%和10%的目标)
GOAL_AFTER_RE: Final = re.compile(
    r"\s*(?:[和、与及]\s*-?[0-9][0-9.]*\s*[%％]?\s*)?的?(?:预期|控制|调控|年度)?目标"
)
# whatever the words before it: 超额完成40所的年度目标任务 (the figure is the goal's), 低于2.5%的
# 控制目标, 低于4%的控制指标
GOAL_OF_RE: Final = re.compile(
    r"\s*的(?:(?:年度|全年|预期|控制|调控)?目标|(?:控制|调控|约束性)指标)"
)  # (控制 in it: a ceiling)
# or, after 完成, the share of it done follows (完成全年固投任务152亿元的40.1%: the plan's)
# (or the plan's words are after it: 完成4600人年计划的61.78%)
SHARE_DONE_RE: Final = re.compile(
    r"\s*(?:(?:年|年度|全年)?(?:计划|目标)(?:任务)?)?的\s*(?P<share>[0-9]+(?:\.[0-9]+)?)\s*[%％]"
)
# or right before it: 增长目标确定为7.5%, 预期目标是6%, GDP增幅目标设在7-7.5%之间
# (not a margin over a goal someone set, 高于省定目标0.5个百分点: a plan asks for one as often as
# a review reports one, and its words alone do not say which; but 支出目标为420亿元)
MARGIN_WORDS: Final = "超过|超出|高于|高出|低于|快于|慢于|好于|塌"  # (a figure against a goal)
GOAL_BEFORE_RE: Final = re.compile(
    rf"^(?!.*(?:{MARGIN_WORDS})[^，,。；;、：:0-9%]{{0,7}}?目标$)"
    r".*目标(?:确定|设定|定|设)?[为是在]?$"
)
# not after words of a result done as planned or beyond it (超计划, 按计划, 按照(年度)计划,
# 按年度计划, 依计划, 根据计划, 按进度计划)
_AS_PLANNED: Final = "(?<![超按照依据])(?<!按年度)(?<!按全年)(?<!照年度)(?<!照全年)(?<!进度)"
# the plan's quantity of a progress report: right after 年计划 (完成年计划710亿元的…, 当年计划投资
# 19亿元, 2020年计划完成投资47亿元; not 超计划完成, 按计划完成: done), or before what is done of
# it in its clause (126条农村黑臭水体治理已完成120条)
PLANNED_LEAD_RE: Final = re.compile(
    f"(?:年计划|年度计划|全年计划|计划任务|目标任务|{_AS_PLANNED}计划(?:完成)?总?投资|{_AS_PLANNED}计划完成)"
    "(?:增长|增速|为|是)?$"
)
# what was done, beside what was planned before it in its sentence: 完成20亿元, 实际完成226亿元,
# 1-12月完成投资20亿元, 1-12月完成增长9.2%
DONE_LEAD_RE: Final = re.compile(
    r"(?<![将要])(?:实际|累计|已|全年|[0-9]{1,2}[-—–至][0-9]{1,2}月份?)?完成[^，,。；;计划]{0,6}$"
)
DONE_AFTER_RE: Final = re.compile(
    r"[^，,。；;：:、()（）]{0,24}?(?:已完成|已建成|已送|已开展|已实施|已开工|已落实)\s*[0-9]"
)
# and what is done of it, right after 已 and a verb (65件民生实事已完成26件, 已启动实施30项); not
# a rate (开工率达到90%以上 is as often a plan's)
DONE_SO_FAR_RE: Final = re.compile(r"已(?!于|经?有)[\u4e00-\u9fff]{2,4}$")
# a rate written to a tenth that is no half (增长5.2%, 4.4%): measured, as results are; targets
# are set in round figures (5%, 6.5%)
PRECISE_RE: Final = re.compile(r"-?[0-9]+\.[1-46-9]")
# a result's margin over its target, or below it, the target perhaps in brackets (低于年初预期
# 目标(10%)4.2个百分点, 超过计划目标3亿元, 比年初预期目标高1.3个百分点, 高于7.0%的预期目标0.7个
# 百分点): what was done against the plan
MARGIN_LEAD_RE: Final = re.compile(
    rf"(?:{MARGIN_WORDS})(?:-?[0-9.]+[%‰]的)?(?:年初|全年|年度)?(?:预期|计划|确定的?)?目标值?"
    r"(?:[(（][^()（）]{1,12}[)）])?$"
    r"|比(?:年初|全年|年度)?(?:预期|计划|确定的?)?目标值?[高低快慢多少]出?了?$"
)
# the goal restated in brackets beside a result: 高于预期目标（增长6%以上）; 完成8%（目标6%）
GOAL_BRACKET_RE: Final = re.compile(r"目标[（(][^）)]*$|[（(][^）)]*目标[^）)]*$")
# a line of what was done of the task on the line before (完成情况：1-9月…; 进展情况:), after
# any blank lines
_DONE_LABEL: Final = r"[^\S\n]*(?:完成|进展|推进|落实|办理|实施)(?:情况|进度)\s*[:：]"
# the number of a list's item that starts a clause: (1), （二）, 3.
ITEM_MARK_RE: Final = re.compile(
    r"\s*(?:[(（][0-9一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[.、．](?![0-9]))"
)
# a task's line: an item's number first (1. 1、 (一), or a section's 一、), and no word of what
# was done
_TASK_LINE_RE: Final = re.compile(
    rf"{ITEM_MARK_RE.pattern}|[^\S\n]*[一二三四五六七八九十]{{1,3}}、"
)
_DONE_WORDS_RE: Final = re.compile("已|超额|实际")  # (not 实现, 完成, 同比: a task's words too)
_DONE_NEXT_RE: Final = re.compile(rf"\n(?:[^\S\n]*\n)*{_DONE_LABEL}")
# a bracket open right before the words of a list of goals: a goal stated beside its result,
# no list (排名全市第1位(预期目标为8.5%以上); (目标:6%),规上工业增加值增长7.2%: 7.2% is a result)
_BRACKET_OPEN_RE: Final = re.compile(r"[(（][^()（）]*\Z")
# a goal in brackets right before a figure, its own (增长5.9%(目标:6%); 占比提高2个百分点(目标:35%))
_GOAL_IN_BRACKET_RE: Final = re.compile(r"[(（][^()（）]{0,8}目标[^()（）0-9]{0,4}\Z")
# the goal in brackets later in a figure's clause, which the figures before it are measured
# against (增长5.9%,高于全市0.8个百分点,排名全市第1位(预期目标为8.5%以上))
_GOAL_AHEAD_REACH: Final = 80
_GOAL_AHEAD_RE: Final = re.compile(
    r"[^；;。！？\n(（]{0,60}[(（]\s*(?:年初|年度|全年|计划)?(?:预期)?目标值?\s*(?:为|是|[:：])?\s*-?[0-9]"
)
# the goal met, said right before the goal restated (实现年初预期,控制在3.0%以内)
_MET_BEFORE_RE: Final = re.compile(
    r"(?:实现|完成|达到)了?(?:年初|全年|年度)?(?:预期|目标)(?:目标)?\s*[,，]\s*$"
)
_BOUND_WORDS: Final = ("以内", "之内", "以上", "左右")
# 预期 in a figure's own clause (预期增长6.5%), not a result against it (高于预期, 实现预期)
EXPECTED_RE: Final = re.compile("(?<![于现成到超过])预期")
# the word of a sentence that says whose a figure is: a promise (承诺了…的目标) or what was done
# (实际建成10所); the nearest before a figure in its sentence counts as its own clause's words
# (not 在实际工作中争取更好结果, nor the name 实际使用外资)
SAYS_RE: Final = re.compile("(?P<target>承诺)|实际(?!工作|使用|利用|到位|到资|增长|增速)")


FORECAST_REACH: Final = 60  # 预计 this far before a figure makes it an estimate
_SENTENCE_REACH: Final = 300  # and, within its sentence, this far makes it a result
_STOP_RE: Final = re.compile("[。；]")
_LIST_REACH: Final = 800  # a list of goals goes on this far at most
_LIST_SEPARATORS: Final = "；;：:，,、"  # a line of a list of goals that goes on ends in one
_GROUP_LINE_RE: Final = re.compile(r"(?:方面|类|指标|领域)\s*[：:]$")


class _Places:
    """Places in a text, in order, looked up in text order: a cursor walks forward."""

    def __init__(self, places: list[int], margin: int) -> None:
        self.places, self.margin = places, margin  # a place counts this far before a figure
        self.at = -1

    def last(self, start: int) -> int:
        """The last place at least ``margin`` before ``start``, or -1."""
        places, at = self.places, self.at
        while at + 1 < len(places) and places[at + 1] + self.margin <= start:
            at += 1
        self.at = at
        return places[at] if at >= 0 else -1


class OwnWords:
    """The words of a figure's own sentence that weigh or decide its role (预计, 承诺, 实际, 主要
    预期目标是：, 年计划), found once in a text; as figures are read in text order, each look-up
    walks its cursor forward from where the figure before left it."""

    def __init__(self, work: str) -> None:
        end = len(work)
        self.work = work
        self.forecasts = [m.start() for m in re.finditer("预计", work)] + [end]
        said = list(SAYS_RE.finditer(work))
        self.signs = {m.start(): 1 if m.group("target") else -1 for m in said}
        self._forecast = _Places(self.forecasts[:-1], 2)
        self._said = _Places([m.start() for m in said], 2)
        self._goals = _Places(
            [
                m.end()
                for m in GOAL_LIST_RE.finditer(work)
                if not _goals_met(work, m)
                and not _BRACKET_OPEN_RE.search(work, max(m.start() - 6, 0), m.start())
            ],
            0,
        )
        self.plan_tail = -1  # where the last plan's figure ends (see ``planned``)
        # the quotations that a goal's words follow (“地区生产总值增长7%,…”的年度发展目标)
        quoted = [m.span(1) for m in _QUOTED_GOALS_RE.finditer(work)]
        self.quoted_starts = [a for a, _ in quoted]
        self.quoted_ends = [b for _, b in quoted]
        # the line ends followed by a line of what was done (完成情况：…): a task's line ends there
        self.tasks = {m.start() for m in _DONE_NEXT_RE.finditer(work)}
        # (and where each line ends, looked up by bisection: a text of long lines is not read
        # to its line's end again for each of its figures)
        self.line_ends = [m.start() for m in re.finditer("\n", work)] if self.tasks else []

    def _line_end(self, at: int) -> int:
        """Where the line of ``at`` ends (-1 for the text's last line, as ``str.find``)."""
        i = bisect.bisect_left(self.line_ends, at)
        return self.line_ends[i] if i < len(self.line_ends) else -1

    def rewind(self) -> None:
        """Start again from the text's start (after a pass over its figures)."""
        self._forecast.at = self._said.at = self._goals.at = self.plan_tail = -1

    def _in_sentence(self, at: int, start: int, reach: int, stop: re.Pattern[str]) -> bool:
        return at >= 0 and start - at <= reach and stop.search(self.work, at, start) is None

    def estimated(self, start: int) -> bool:
        """Whether 预计 stands before ``start`` in its sentence (初步预计，2022年地区生产总值…，
        出口增长11%以上，…): every figure of that sentence is an estimated result."""
        at = self._forecast.last(start)
        return self._in_sentence(at, start, _SENTENCE_REACH, _STOP_RE)

    def planned(self, tail: int) -> None:
        """The figure that ends at ``tail`` is a plan's (年计划18亿元)."""
        self.plan_tail = tail

    def planned_before(self, start: int) -> bool:
        """Whether a plan's figure (年计划18亿元) stands before ``start`` in its sentence, and no
        word of a part of the year between (截至11月底, 上半年, 1-10月): what follows it is what
        was done of it in the year."""
        at = self.plan_tail
        return (
            at < start
            and self._in_sentence(at, start, _SENTENCE_REACH, SENTENCE_STOP_RE)
            and PART_YEAR_RE.search(self.work, at, start) is None
        )

    def goal_listed(self, start: int) -> bool:
        """Whether a list of goals opens before ``start`` in its sentence (主要预期目标是：地区
        生产总值增长6%左右；…): every figure of that sentence is a target. The list goes on
        over lines that end in its separators (是：/ ——地区生产总值增长8.5%左右；/ ——规模以上
        工业增加值增长11%；), up to a sentence's end or a line that ends otherwise."""
        at = self._goals.last(start)
        if at < 0 or start - at > _LIST_REACH:
            return False
        work = self.work
        stop = SENTENCE_STOP_RE.search(work, at, start)
        opener = work.find("\n", at)  # the end of the opener's line (是：)
        if stop is None:  # (within one line: as far as a sentence reaches)
            return start - at <= _SENTENCE_REACH
        while stop is not None and stop.group() == "\n":
            p = stop.start() - 1
            while p > at and work[p].isspace():
                p -= 1
            if work[p] not in _LIST_SEPARATORS or (
                p > opener
                and work[p] in "：:"
                and not _GROUP_LINE_RE.search(work, work.rfind("\n", 0, p) + 1, p + 1)
            ):
                return False  # (a line that opens another list: 从执行情况看：, 回看2023年：;
                # not a group of the goals, 经济发展方面：, 预期性指标：)
            stop = SENTENCE_STOP_RE.search(work, stop.end(), start)
        return stop is None

    def says(self, start: int) -> int:
        """+1 if the nearest 承诺 or 实际 before ``start`` in its sentence is 承诺, -1 if 实际,
        0 if there is none."""
        at = self._said.last(start)
        return self.signs[at] if self._in_sentence(at, start, FORECAST_REACH, _STOP_RE) else 0

    def decided(self, start: int, tail: int, how: Strength, lead: str) -> Role | None:
        """The role the words of a figure's own sentence decide, whatever the cues around it
        say; None where they decide none."""
        if (
            ("目标" in lead and GOAL_BRACKET_RE.search(lead))
            or GOAL_OF_RE.match(self.work, tail)
            or ("完成" in lead and plan_of_share(self.work, tail, lead) is not None)
        ):  # the goal restated in brackets; 超额完成40所的年度目标任务; 完成…任务152亿元的40.1%
            return "target"
        if _GOAL_IN_BRACKET_RE.search(self.work, max(start - 14, 0), start):
            return "target"  # 增长5.9%(目标:6%): the goal, in its brackets
        i = bisect.bisect_right(self.quoted_starts, start) - 1
        if i >= 0 and tail <= self.quoted_ends[i]:
            return "target"  # 围绕“地区生产总值增长7%,…”的年度发展目标: the goals, quoted
        if lead in ("", "控制在", "保持在") and self.work.endswith(_BOUND_WORDS, 0, tail):
            at = start - len(lead)
            if _MET_BEFORE_RE.search(self.work, max(at - 16, 0), at):
                return "target"  # 失业率为2.46%,实现年初预期,控制在3.0%以内: the goal met
        if (
            how == "binding"  # (力争实际增速高于预期目标1个百分点: a plan's)
            and "目标" in lead
            and MARGIN_LEAD_RE.search(lead)
            and self.work.endswith("百分点", 0, tail)
        ):
            return "outcome"  # 低于年初预期目标(10%)4.2个百分点: a result's margin (in points,
            # that no target in % or a level is judged against; 超过目标5亿元 is no level)
        if self.goal_listed(start) and self.says(start) >= 0 and "实际" not in lead:
            return "target"  # 主要预期目标是：… (but 实际增长5.8%: a result against them)
        if self.tasks and self._line_end(tail) in self.tasks:
            line = self.work.rfind("\n", 0, start) + 1
            task = _TASK_LINE_RE.match(self.work, line)
            if task is not None and not _DONE_WORDS_RE.search(self.work, line, start):
                return "target"  # 1.地区生产总值增长10%。/ 完成情况:1-9月,…增长18.1%: the task
        if (
            how == "binding"
            and self.work.find("目标", tail, tail + _GOAL_AHEAD_REACH) >= 0  # (cheap test first)
            and _GOAL_AHEAD_RE.match(self.work, tail)
        ):
            return "outcome"  # 增长5.9%,高于全市0.8个百分点,排名全市第1位(预期目标为8.5%以上)
        if PLANNED_LEAD_RE.search(lead):
            if self.work[tail - 1] in "%％":
                return "outcome"  # 分别占年度计划111.08%: a share of the plan, what is done of it
            self.planned(tail)
            return "target"  # 完成年计划710亿元, 年计划18亿元: what was planned
        if self.work.find("已", tail, tail + 30) >= 0 and DONE_AFTER_RE.match(self.work, tail):
            return "target"  # 126条…治理已完成120条: what was planned
        if how == "binding" and DONE_SO_FAR_RE.search(lead):
            return "outcome"  # …已完成120条, 完成率40%: what is done of it
        if (
            "完成" in lead
            and how == "binding"  # (not 确保完成, 力争完成: a target's words)
            and DONE_LEAD_RE.search(lead)
            and self.planned_before(start)
        ):
            return "outcome"  # 年计划18亿元,完成20亿元: what was done of the plan
        return None


_PLAN_WORD_RE: Final = re.compile("任务|计划|目标")


def plan_of_share(work: str, tail: int, lead: str) -> re.Match[str] | None:
    """The share of it done after the figure ending at ``tail``, where that figure is a plan
    (完成全年固投任务152亿元的40.1%, 完成4600人年计划的61.78%: its words before or after); None
    where it is not."""
    share = SHARE_DONE_RE.match(work, tail)
    if share is None or not (_PLAN_WORD_RE.search(lead) or _PLAN_WORD_RE.search(share.group())):
        return None
    return share
