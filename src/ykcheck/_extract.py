"""Extraction: candidate targets and outcomes from the raw text of a work report.

``extract(text)`` finds every number that states a target (this year's plan: 新增海外仓10个,
固定资产投资增长15%以上) or an outcome (last year's review: 整治低效工业用地5007亩) and gives it
back as a ``Candidate`` with its verbatim quote and its place in the text, for a person to review.

Real inputs are PDF extractions of newspaper pages: lines break inside phrases, columns of the
plan and of the review interleave, numbers carry spaces (招引 10 亿元以上制造业项目 8 个),
characters come full-width or traditional. So:

- the text is read through a same-length working copy (full-width ASCII and common traditional
  characters folded), and every offset is an offset into the original text;
- a number is read with white space allowed between its parts, and the words before it with the
  white space of the extraction removed, by the same rules as ``parse_target``;
- the role (target or outcome) comes from the nearest section marker before the number (工作安排,
  主要预期目标 / 工作回顾, 数说; a caption under a table governs the rows above it) and from the
  words around the number (力争, 确保, 以上 / 同比, 获评, 首次), which outvote a marker when
  they are many and agree: columns of the plan and of the review interleave on a newspaper page.

Numbers that are not quantities of a statement are left out: years, ordinals and rankings (第5,
居全省前10), codes and names (PM2.5, “8+4”), numerals inside phrases (三大差距, 四个“坚持”,
三年行动, 10万方创业孵化园), and qualifiers (the 10亿元 of 招引10亿元以上制造业项目8个).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from decimal import Decimal
from itertools import accumulate, islice
from typing import Any, Final

import attrs

from ._model import Target
from ._quantity import Found, read_numbers
from ._quantity import Token as _Token
from ._target import _GROWTH_RE, _PREFIX_RE, _strength, is_attribute, read_words
from ._text import fold, squash
from ._units import SPELLINGS, dimension

# -- the candidates -------------------------------------------------------------------------------


@attrs.frozen(slots=False)  # built faster than with slots: an extraction makes many
class Candidate:
    """A number of a report that states a target or an outcome, for a person to review.

    ``quote`` is the clause around the number, verbatim: ``text[span[0]:span[1]] == quote``.
    ``value`` and ``unit`` are as in the model: a decline is negative (下降4.7% is -4.7 with
    measure "growth"). ``role`` is "target" or "outcome". ``comparator`` is what the words say
    (a target with none is ``>=``, or ``<=`` for a decline; an outcome with none is ``==``), and
    ``strength`` is "binding", "strive" (力争) or "ensure" (确保); ``target`` gives them as a
    ``Target`` for targets. ``hedge`` says how exact the figure is as a result (超500个: "over",
    预计: "estimate"). ``indicator`` guesses what is measured (新增海外仓), ``year`` is the year
    the text gives for it (None if it does not say), ``section`` the heading it stands under.
    """

    quote: str
    span: tuple[int, int]
    value: Decimal
    unit: str
    role: str
    measure: str = "level"
    comparator: str = ">="
    strength: str = "binding"
    hedge: str = "exact"
    indicator: str = ""
    year: int | None = None
    section: str | None = None

    @property
    def quantity(self) -> Any:
        """The value as a pint Quantity (the registry is built on first use)."""
        from ._units import registry

        return registry().Quantity(self.value, self.unit or "dimensionless")

    @property
    def target(self) -> Target | None:
        """What a target candidate promises, as the model's Target (None for outcomes)."""
        if self.role != "target":
            return None
        return Target(
            "threshold", self.comparator, self.value, self.unit, self.measure, self.strength
        )


# -- numbers --------------------------------------------------------------------------------------


def _tokens(work: str) -> list[Found]:
    """The quantities of ``work``: numbers that are not years, codes, ordinals, dates or names."""
    return [f for f in read_numbers(work) if f[7] == "quantity"]


_QUALIFIED_GAP_RE: Final = re.compile(
    r"\s*的?\s*[“「\"]?[\u4e00-\u9fff][^，。；：,;:！？、\d]{0,20}"
)
_LIST_GAP_RE: Final = re.compile(r"\s*[、和或至~～-]\s*")
_OVER_BEFORE_RE: Final = re.compile(r"(?:超过?|逾)\s*$")


def _qualifiers(work: str, toks: list[Found]) -> set[int]:
    """The indices of the quantities that qualify a noun rather than count.

    In 招引10亿元以上制造业项目8个 the 10亿元以上 says which projects count: a quantity with
    以上 or 以下 (or 超 before it: 超20亿元项目5个), then a noun and another quantity in the
    same clause. So do the quantities listed with such a one (落地投资100亿元、50亿元以上制造业
    项目各1个; 超20亿元或2亿美元项目4个).
    """
    found: set[int] = set()
    for i in range(len(toks) - 2, -1, -1):
        tok, next_start = toks[i], toks[i + 1][0]
        if tok[6] in ("以上", "以下", "及以上") or (
            tok[6] is None and _OVER_BEFORE_RE.search(work, max(tok[0] - 4, 0), tok[0])
        ):
            gap = _QUALIFIED_GAP_RE  # 10亿元以上制造业项目8个
        elif tok[6] is None and i + 1 in found:
            gap = _LIST_GAP_RE  # 100亿元、50亿元以上
        else:
            continue
        if gap.fullmatch(work, tok[2], next_start) is not None:
            found.add(i)
    # the members listed after a qualifier: 超20亿元或2亿美元项目4个
    for i in sorted(found):
        if (
            i + 2 < len(toks)
            and i + 1 not in found
            and toks[i + 1][6] is None
            and _LIST_GAP_RE.fullmatch(work, toks[i][2], toks[i + 1][0]) is not None
            and _QUALIFIED_GAP_RE.fullmatch(work, toks[i + 1][2], toks[i + 2][0]) is not None
        ):
            found.add(i + 1)
    return found


# -- what a quantity is not ----------------------------------------------------------------------

_DURATIONS: Final = frozenset({"年", "个月", "天", "小时", "分钟"})
_RUN_RE: Final = re.compile("连续|累计|历时|用时|仅用|持续")
# a word right after a quantity that makes it part of a noun phrase (三年行动, 八个方面); not one
# that goes on with the quantity (19连创, 5年以上, 3年内)
_NOUN_AFTER_RE: Final = re.compile(r"\s*(?![连以内之来左上及])[\u4e00-\u9fff“「『\"《]")
_ASPECTS_RE: Final = re.compile(r"\s*方面")
_RANK_RE: Final = re.compile(r"(?<![提之以目])前$")
_RELATIVE_TIME_RE: Final = re.compile("(?:[前近后这那每]|未来|过去|此后)$")


def _not_a_figure(work: str, tok: Found, lead: str) -> bool:
    """Whether a quantity names or describes something rather than stating a figure: 三年行动,
    八个方面, 8个方面, 居全省前10, 10万方创业孵化园. ``lead``: its clause before it, white space
    removed."""
    start, end, _, value, unit, chinese, _, _, _ = tok
    if unit == "个" and _ASPECTS_RE.match(work, end) is not None:
        return True  # 抓好8个方面工作: a count of the plan's parts
    if not unit:
        if _RANK_RE.search(lead):
            return True  # 居全省前10
        return is_attribute(work, _Token(start, end, value, "", chinese, "quantity"))
    noun_after = (chinese or unit in _DURATIONS) and _NOUN_AFTER_RE.match(work, end) is not None
    if unit in _DURATIONS:
        if chinese and value == 1:
            return True  # 关键一年: the year, not a count of years
        if _RELATIVE_TIME_RE.search(lead):
            return True  # 前三年均值, 近五年
        return noun_after and not _RUN_RE.search(lead[-4:])  # 三年行动; not 连续五年举办
    if chinese and noun_after:
        return True  # 八个方面, 四个“坚持和加强”, 十项重大工程
    return unit in ("位", "名") and _RANK_RE.search(lead) is not None  # 前10名


# units whose quantities may be part of a phrase rather than a figure (see _not_a_figure)
_SUSPECT_UNITS: Final = frozenset({"", "个", "位", "名"}) | _DURATIONS


# -- sections: markers and headings --------------------------------------------------------------

# A marker is a heading (or a caption before a colon) saying that what follows is the plan or the
# review. A year in front of it (2022年工作回顾) is the year it is about.
_PLAN_WORDS: Final = (
    "工作安排",
    "预期目标",
    "主要目标",
    "重点抓好",
    "重点做好",
    "工作任务",
    "总体要求",
    "计划草案",
    "展望",
    "今后工作",
    "工作建议",
)
_REVIEW_WORDS: Final = (
    "工作回顾",
    "回顾",
    "数说",
    "重点做了",
    "主要成绩",
    "成绩单",
    "执行情况",
    "主要成就",
    "过去一年",
    "过去五年",
    "实际完成",
)
_MARKER_RE: Final = re.compile(
    "|".join(sorted((*_PLAN_WORDS, *_REVIEW_WORDS), key=len, reverse=True))
)
_MARKER_ROLE: Final = {
    **{w: "target" for w in _PLAN_WORDS},
    **{w: "outcome" for w in _REVIEW_WORDS},
}
_YEAR_RE: Final = re.compile(r"((?:19|20)[0-9]{2})\s*年")
_YEAR_LINE_RE: Final = re.compile(r"((?:19|20)[0-9]{2})\s*年\s*$")
_HEADING_MAX: Final = 30
_ROW_MAX: Final = 24
_TABLE_ROWS: Final = 40  # rows of a table looked at around its caption
_ENUM_RE: Final = re.compile(
    r"\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
)


@attrs.frozen
class _Marker:
    at: int  # where it starts to govern
    until: int | None  # where it stops (None: at the next marker)
    role: str
    year: int | None
    title: str  # the line it stands on


def _line_of(work: str, pos: int) -> tuple[int, int]:
    start = work.rfind("\n", 0, pos) + 1
    end = work.find("\n", pos)
    return start, len(work) if end < 0 else end


def _lines_back(work: str, pos: int) -> Iterator[tuple[int, str]]:
    """(start, text) of the non-blank lines before the line that starts at ``pos``, nearest
    first, stripped."""
    while pos > 0:
        start = work.rfind("\n", 0, pos - 1) + 1
        line = work[start : pos - 1].strip()
        if line:
            yield start, line
        pos = start


def _lines_on(work: str, pos: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of the non-blank lines from ``pos`` on, stripped."""
    n = len(work)
    while pos < n:
        end = work.find("\n", pos)
        end = n if end < 0 else end
        line = work[pos:end].strip()
        if line:
            yield pos, end, line
        pos = end + 1


def _is_row(line: str) -> bool:
    """A line as a PDF extraction gives a table's row: short, no sentence punctuation."""
    return len(line) <= _ROW_MAX and _PUNCT_RE.search(line) is None


_PUNCT_RE: Final = re.compile("[，。；！？,;!?]")
_COLON_RE: Final = re.compile(r"\s*(?:是|为|如下)?\s*[：:]")  # 主要预期目标是：
_DIGIT_RE: Final = re.compile("[0-9]")


def _is_caption(line: str, word_at: int, word_end: int) -> bool:
    """Whether a marker word stands as a heading on its line (a short line without punctuation),
    or as a caption before a colon (全市经济社会发展主要预期目标：)."""
    head = line[:word_at]
    if _PUNCT_RE.search(head):
        return False
    if _COLON_RE.match(line, word_end):
        return len(head.strip()) <= _HEADING_MAX
    return len(line.strip()) <= _HEADING_MAX and _PUNCT_RE.search(line) is None


_Caption = tuple[re.Match[str], int, int]  # a marker word, and the start and end of its line


def _captions(work: str) -> list[_Caption]:
    """The marker words of a text that stand as a heading or a caption, with their lines."""
    found = []
    for m in _MARKER_RE.finditer(work):
        ls, le = _line_of(work, m.start())
        word_at = m.start() - ls
        if _is_caption(work[ls:le], word_at, word_at + len(m.group())):
            found.append((m, ls, le))
    return found


def _markers(work: str, captions: list[_Caption] | None = None) -> list[_Marker]:
    """The section markers of a text, each with the stretch it governs, in order. ``captions``:
    those of ``work`` if they have been found already."""
    found: list[_Marker] = []
    last_year: dict[str, int | None] = {}
    for m, ls, le in _captions(work) if captions is None else captions:
        # the year it is about: 2022年工作回顾, 2025年经济社会发展的主要预期目标, 2022年 on the
        # line above; else the year of the section it stands in (二、2025年工作安排)
        role = _MARKER_ROLE[m.group()]
        years = _YEAR_RE.findall(work, ls, m.start())
        if not years and not work[ls : m.start()].strip():
            years = _YEAR_LINE_RE.findall(work, max(ls - 12, 0), ls)
        year = int(years[-1]) if years else last_year.get(role)
        last_year[role] = year
        found.append(_scope(work, ls, le, role, year))
    found.sort(key=lambda k: k.at)
    return found


def _scope(work: str, ls: int, le: int, role: str, year: int | None) -> _Marker:
    """The stretch governed by a marker on the line [ls, le).

    A caption under a table (rows with figures above it, none below) governs the rows above. A
    heading followed by nothing but a list of enumerated headings ((一)… (二)…, no text between
    them) governs that list: what comes after it is another column of the page. Otherwise a
    marker governs what follows, up to the next one.
    """
    title = work[ls:le].strip().rstrip("：:")
    rows, block_start, with_figures = 0, ls, 0
    for start, line in islice(_lines_back(work, ls), _TABLE_ROWS):
        if not _is_row(line):
            break
        rows, block_start = rows + 1, start
        with_figures += _DIGIT_RE.search(line) is not None
    if rows >= 3 and with_figures:
        figures_below = False
        for _, _, line in islice(_lines_on(work, le + 1), _TABLE_ROWS):
            if not _is_row(line):
                break
            if _DIGIT_RE.search(line):
                figures_below = True
                break
        if not figures_below:
            return _Marker(block_start, le, role, year, title)
    enumerated, last_end = 0, le
    for i, (_, end, line) in enumerate(islice(_lines_on(work, le + 1), _TABLE_ROWS)):
        if _ENUM_RE.match(line) and "。" not in line:
            enumerated, last_end = enumerated + 1, end
        elif enumerated or i >= 2 or not _is_row(line):
            break  # the list starts at once, or under one more heading (重点抓好八个方面工作)
    if enumerated >= 2:
        return _Marker(ls, last_end, role, year, title)
    return _Marker(ls, None, role, year, title)


# A heading: a line standing alone, short, without punctuation or figures (全力抢抓政策机遇, or
# two halves around a comma: 聚力科技强基，主体培育迈出新步伐), or an enumerated one ((三)聚焦…,
# 三、…). Found from the line break before it, which the regex engine finds fast.
_WORDS: Final = r"[^\s，。；：、！？,;:!?0-9%]"  # a run of them: no punctuation, no figures
_HEADING_BODY: Final = (
    r"[ \t\u3000]*(?:(?P<enum>(?:[（(][一二三四五六七八九十]{1,3}[）)]"
    rf"|[一二三四五六七八九十]{{1,3}}、)[^\n。；]{{2,40}})|(?P<plain>{_WORDS}{{2,24}}+"
    rf"(?:[ \t\u3000]+{_WORDS}{{2,24}}+|[，,]{_WORDS}{{2,14}}+)?))"
    r"[ \t\u3000]*(?=\n|\Z)"
)
_HEADING_RE: Final = re.compile(r"\n" + _HEADING_BODY)
_FIRST_HEADING_RE: Final = re.compile(_HEADING_BODY)
_SENTENCE_END: Final = "。！？；：:;!?”"
_NARROW: Final = 0.9  # a heading is narrower than the lines of the paragraph after it
_HEADING_LINES: Final = 6  # a heading broken over lines has no more than these


def _headings(work: str, captions: list[_Caption]) -> list[tuple[int, int, str]]:
    """(start, end, text) of the headings of ``work`` (``captions``: its markers that stand as
    headings or captions). A heading broken over lines (全力抢抓政策机遇 / 在激活动能上发力争先;
    聚力科技强基， / 主体培育迈出新步伐) is joined with a space."""
    out: list[tuple[int, int, str]] = []
    lines = 0  # the lines of the last heading, or 0 if it cannot take another (工作安排, 数说)
    first = _FIRST_HEADING_RE.match(work)
    matches = [first] if first is not None else []
    for m in (*matches, *_HEADING_RE.finditer(work)):
        text = m.group(0).strip()
        start = m.start() + (m is not first)
        if m.group("plain") is not None:
            follows = bool(out) and not work[out[-1][1] : start].strip()
            # a section's heading (工作安排, 数说) stands on its own
            section = None
            if follows and 0 < lines < _HEADING_LINES:
                section = _MARKER_RE.search(text) is not None
                if not section:  # the next line of a heading
                    out[-1] = (out[-1][0], m.end(), out[-1][2] + " " + text)
                    lines += 1
                    continue
            head = _stands_alone(work, start, m.end(), text, follows)
            if head is None:
                continue
            if section is None:
                section = _MARKER_RE.search(text) is not None
            start, text = head
            lines = 0 if section else 1
        else:
            lines = 0
        out.append((start, m.end(), text))
    # the line of a section's marker (2023年工作安排), or its caption before a colon
    # (全市经济社会发展主要预期目标：)
    starts = [h[0] for h in out]  # in order
    for m, ls, le in captions:
        c = _CAPTION_RE.match(work, ls, le)
        if c is not None and c.start(2) <= m.start():
            out.append((c.start(2), c.end(), c.group(2)))
        elif bisect_left(starts, le) == bisect_left(starts, ls):  # no heading on its line
            text = work[ls:le].strip()
            out.append((ls + work[ls:le].index(text), le, text))
    out.sort()
    return out


_CAPTION_RE: Final = re.compile(r"([ \t\u3000]*)([^\n，。；！？：:]{2,30})[：:]")


def _last_char(work: str, pos: int) -> int:
    """The offset of the last character before ``pos`` that is not white space (-1 if none)."""
    pos -= 1
    while pos >= 0 and work[pos].isspace():
        pos -= 1
    return pos


def _stands_alone(
    work: str, start: int, end: int, text: str, follows: bool
) -> tuple[int, str] | None:
    """Whether a short line without punctuation is a heading rather than a line of a paragraph
    broken mid-phrase: it follows the end of a sentence, another heading (``follows``) or the
    first half of a heading ending in a comma, and is narrower than the lines that follow it.
    Gives (start, text) of the heading."""
    p = -1 if follows else _last_char(work, start)
    if p >= 0 and work[p] in "，,":
        ls = work.rfind("\n", 0, p) + 1
        half = work[ls : p + 1].strip()
        q = _last_char(work, ls)
        if not _is_row(half[:-1]) or (q >= 0 and work[q] not in _SENTENCE_END):
            return None
        start, text = ls, half + text  # 聚力科技强基， / 主体培育迈出新步伐
    elif p >= 0 and work[p] not in _SENTENCE_END:
        return None
    width, seen = 0.0, 0  # the width of the paragraph's lines (those with punctuation)
    for i, (_, _, line) in enumerate(_lines_on(work, end + 1)):
        if _PUNCT_RE.search(line):
            width, seen = max(width, _width(line)), seen + 1
        if seen == 3 or i == 8:
            break
    return (start, text) if width == 0 or _width(text) < _NARROW * width else None


def _width(line: str) -> float:
    """The width of a line on the page: ASCII letters and digits are half as wide as others."""
    wide = (len(line.encode("utf-8")) - len(line)) / 2  # CJK: three bytes in UTF-8
    return wide + (len(line) - wide) / 2


# -- the words around a number --------------------------------------------------------------------

# Words that mark a plan (intent, stretch goals) or a review (done, ranked, compared with last
# year) near a number. Each is weak alone; together they outvote a marker.
_PLAN_CUES: Final = (
    "力争",
    "确保",
    "争取",
    "争创",
    "力求",
    "奋力",
    "全力",
    "做好",
    "抓好",
    "谋划",
    "稳妥",
    "强化",
    "大力",
    "着力",
    "进一步",
    "加大",
    "预期",
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
    "获得",
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
    "惠及",
    "兑现",
    "成效",
    "显著",
    "全覆盖",
)
_CUE_RE: Final = re.compile(
    "|".join(sorted({*_PLAN_CUES, *_REVIEW_CUES}, key=len, reverse=True))
    + r"|居[^\s，。；]{0,4}?[第前首]"  # 居金华第1, 居全省前10: a ranking of results
)
_CUE_WEIGHT: Final = {**{w: 1 for w in _PLAN_CUES}, **{w: -1 for w in _REVIEW_CUES}}
_BOUNDS: Final = frozenset({"以上", "及以上", "以内", "之内", "左右"})
CUES_BEFORE: Final = 150  # characters before a number whose cues count
CUES_AFTER: Final = 80  # characters after it, within its sentence
MARKER_WEIGHT: Final = 3  # a marker counts as much as this many cues


def _cue_sums(work: str, bounds: list[int]) -> tuple[list[int], list[int]]:
    """The places of the cues of a text, in order, and the running sums of their weights (one
    more, from 0): the cues in [lo, hi) weigh ``sums[i] - sums[j]`` where ``at[i]`` is the first
    place at or after hi and ``at[j]`` the first at or after lo; above 0 leans to a plan.

    ``bounds`` are the places of comparator words after figures (以上, 以内, 左右): the
    language of targets, each counting as a cue of a plan."""
    found = [(m.start(), _CUE_WEIGHT.get(m.group(), -1)) for m in _CUE_RE.finditer(work)]
    found += [(at, 1) for at in bounds]
    found.sort()
    return [at for at, _ in found], [0, *accumulate(weight for _, weight in found)]


# a clause ends at these, and at a bullet that starts a list's item (●■◆▲•★)
_BULLETS: Final = "●■◆▲•★☆○◎□▪◇△►"
_LAST_BREAK_RE: Final = re.compile(rf"(?s).*[，。；：,;:！？{_BULLETS}]")
_SENTENCE_END_RE: Final = re.compile("[。！？!?]")
_STOP_RE: Final = re.compile("[。；]")
_FORECAST_RE: Final = re.compile("预计")
# a figure that ends its line: only white space after it up to the line break, within 8
_ROW_END_RE: Final = re.compile(r"[^\S\n]{0,7}\n")
CLAUSE_MAX: Final = 80  # characters before a number that its clause may reach back
# the words right before a number that ``read_words`` needs: a comparator, or a growth word with
# the figures listed before this one (分别增长5.1%、7.3%、)
_LEAD_MAX: Final = 40


# -- indicators -----------------------------------------------------------------------------------

# words around a name that are not part of it: 力争全年投资总量, 上市企业各, 分别, 同比
_LEADING_WORDS: Final = (
    "力争", "确保", "争取", "预计", "全年", "全力", "实现", "完成", "其中", "累计", "并",
)  # fmt: skip
_TRAILING_WORDS: Final = (
    "分别", "同比", "比上年", "较上年", "各", "约", "达到", "达", "为", "共", "近", "及", "和",
    "力争", "确保", "争取", "累计", "实现", "首次",
)  # fmt: skip
_LEADING_RE: Final = re.compile("(?:" + "|".join(_LEADING_WORDS) + ")+")
_TRAILING_RE: Final = re.compile("(?:" + "|".join(_TRAILING_WORDS) + ")+$")
_BASELINE_RE: Final = re.compile(r"(?:较|同比|相比|比(?=[上去前同0-9]|20|19)).*$")
_LAST_CUT_RE: Final = re.compile(rf".*[、，,（(）){_BULLETS}]")
_CLAUSE_CUT_RE: Final = re.compile(rf".*[，,（(）){_BULLETS}]")
_AFTER_NOUN_RE: Final = re.compile(
    r"[ \t\u3000]*(?![连以内之来左上及])([\u4e00-\u9fff“「『\"《]"
    rf"[^，。；：,;:！？0-9{_BULLETS}]{{1,30}})"
)
_LIST_SPLIT_RE: Final = re.compile("[、和与及]")
_FIGURE_RE: Final = re.compile(r"[0-9.]+")
INDICATOR_MAX: Final = 24
_AFTER_MAX: Final = 16  # the noun after a count (8所公办幼儿园) is short
# units of things counted: after them a noun may say what was counted (8所公办幼儿园)
_COUNTED: Final = frozenset(u for u in SPELLINGS.values() if dimension(u) in ("个", "人", "户"))


def _tidy(name: str) -> str:
    """``name`` (without white space) without the words around it that are not part of it."""
    if name.startswith(_LEADING_WORDS):  # a cheap test before each regex
        m = _LEADING_RE.match(name)
        if m is not None:
            name = name[m.end() :]
    if name.endswith(_TRAILING_WORDS):
        t = _TRAILING_RE.search(name)
        if t is not None:
            name = name[: t.start()]
    return name


def _stem(words: str) -> str:
    """``words`` without the growth or comparator words that end them (增长, 突破, 达到), tidied."""
    t = _GROWTH_RE.search(words) or _PREFIX_RE.search(words)  # the words parse_target reads
    return _tidy(words[: t.start()] if t is not None else words)


def _indicator(work: str, tok: Found, lead: str, raw_lead: str, next_start: int) -> str:
    """A guess at the noun phrase a number measures: 新增海外仓10个 -> 新增海外仓; 制造业投资、
    高新技术产业投资分别增长29.5%、41.3% -> 制造业投资, 高新技术产业投资."""
    if "分别" in lead:
        # A、B分别增长X%、Y%: the n-th figure belongs to the n-th name
        at = lead.rindex("分别")
        names = [s for s in _LIST_SPLIT_RE.split(_CLAUSE_CUT_RE.sub("", lead[:at])) if s]
        index = len(_FIGURE_RE.findall(lead, at))
        if len(names) > 1 and index < len(names):
            name = names[index]
            if len(name) <= 2 < len(names[-1]) - len(name):
                name += names[-1][len(name) :]  # 城镇和农村居民人均可支配收入
            return _tidy(name)
    _, end, tail, _, unit, _, _, _, _ = tok
    nl = raw_lead.rfind("\n")
    if nl >= 0 and len(raw_lead) - nl <= 8 and work.find("\n", tail, tail + 12) >= 0:
        label = _row_label(work, tok[0], raw_lead[nl + 1 :])
        if label:
            return label[-INDICATOR_MAX:]
    # 推进183个政府、国企投资新续建项目: the thing counted follows the number; so does what a
    # figure measures when the words before it name nothing
    counted = unit in _COUNTED and end == tail
    if counted:
        after = _after_noun(work, tail, next_start)
        if after:
            return after
    core = _stem(lead)
    if "较" in core or "比" in core:
        core = _BASELINE_RE.sub("", core)  # 较前三年均值
    cut = _LAST_CUT_RE.match(core)
    if cut is not None:
        core = _tidy(core[cut.end() :])
    if len(core) <= 2 and not counted:
        after = _after_noun(work, tail, next_start)
        if after:
            return after
    return core[-INDICATOR_MAX:]


def _after_noun(work: str, pos: int, until: int) -> str:
    """The noun phrase right after ``pos`` (8所公办幼儿园), if it has two characters or more."""
    a = _AFTER_NOUN_RE.match(work, pos, until)
    if a is None:
        return ""
    after = _tidy("".join(a.group(1).split())[:_AFTER_MAX])
    return after if len(after) >= 2 else ""


def _row_label(work: str, start: int, before: str) -> str:
    """The label of a figure in a table extracted from a PDF: the figure stands on a short line of
    its own (增长6%左右) and its label on the row above (地区生产总值), continued from the row
    before that when it starts with a linking word (全社会R&D经费支出 / 占地区生产总值比重达)."""
    if _stem(squash(before)):
        return ""
    ls, le = _line_of(work, start)
    if not _is_row(work[ls:le].strip()):
        return ""
    rows = _lines_back(work, ls)
    above = next(rows, None)
    if above is None or not _is_label(above[1]):
        return ""
    label = _stem(squash(above[1]))
    if label.startswith(("占", "与", "和", "及", "的")):
        before_row = next(rows, None)
        if before_row is not None and _is_label(before_row[1]):
            label = squash(before_row[1]) + label
    return label


def _is_label(line: str) -> bool:
    return _is_row(line) and "、" not in line and _DIGIT_RE.search(line) is None


# -- extraction -----------------------------------------------------------------------------------

# strength words (确保, 力争): a cheap test before reading them
_STRENGTH_HINT_RE: Final = re.compile("[确坚务必力争努]")


def extract(text: str) -> list[Candidate]:
    """The candidate targets and outcomes of a report's raw text, in text order.

    Never raises: any text gives a (possibly empty) list. Every candidate's quote is the
    verbatim text at its span.
    """
    if not isinstance(text, str) or not text:
        return []
    return _Extraction(text).run()


class _Extraction:
    """One pass over one text: its tokens, markers, headings and cues, then the candidates.

    What the candidates need of the whole text (headings, markers, cues, years) is found once
    with a regex over it; the numbers come in text order, so each lookup walks forward from
    where the last one stopped instead of searching again."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.work = work = fold(text)
        self.toks = _tokens(work)
        self.qualifiers = _qualifiers(work, self.toks)
        captions = _captions(work)
        self.markers = _markers(work, captions)
        self.marker_at = [mk.at for mk in self.markers]
        # stretches of text between the edges of markers' stretches, and the marker governing each
        self.edges = sorted({0, *self.marker_at, *(mk.until for mk in self.markers if mk.until)})
        self.governing = [self._marker(edge) for edge in self.edges]
        self.headings = _headings(work, captions)
        bounds = [
            t[0] for i, t in enumerate(self.toks) if t[6] in _BOUNDS and i not in self.qualifiers
        ]
        self.cue_at, self.cue_sums = _cue_sums(work, bounds)
        self.forecasts = [m.start() for m in _FORECAST_RE.finditer(work)]
        self.years = [(m.start(), m.end(), int(m.group(1))) for m in _YEAR_RE.finditer(work)]

    def run(self) -> list[Candidate]:
        text, work, toks, qualifiers = self.text, self.work, self.toks, self.qualifiers
        n = len(work)
        # sorted places, each with a sentinel past the end, and where the walk through each is
        headings = self.headings
        heading_end = [h[1] for h in headings] + [n + 1]
        edges, governing = [*self.edges, n], self.governing
        cue_at, cue_sums = [*self.cue_at, n + 1], self.cue_sums
        forecasts = [*self.forecasts, n + 1]
        years = [*self.years, (n + 1, n + 1, 0)]
        hp = kp = lo_p = hi_p = fp = yp = 0
        out: list[Candidate] = []
        append = out.append
        row_cut = 0  # a figure that ends its line ends the clause of the figures after it
        last_tail, last_indicator = -1, ""  # the last candidate's end, and its name
        for i, tok in enumerate(toks):
            if i in qualifiers:
                continue
            start, _, tail, value, unit, chinese, suffix, _, upper = tok
            while heading_end[hp] <= start:
                hp += 1
            # its clause: back to a clause break, a heading, or a figure that ended its line
            lo = start - CLAUSE_MAX
            if lo < row_cut:
                lo = row_cut
            if hp and heading_end[hp - 1] > lo:
                lo = heading_end[hp - 1]
            if lo < 0:
                lo = 0
            cs = lo
            if lo < start:
                b = _LAST_BREAK_RE.match(work, lo, start)
                if b is not None:
                    cs = b.end()
            raw_lead = work[cs:start]
            lead = "".join(raw_lead.split())
            if (chinese or unit in _SUSPECT_UNITS) and _not_a_figure(work, tok, lead):
                continue
            # 预计 in the 60 characters before it makes an outcome an estimate
            while forecasts[fp] < start - 60:
                fp += 1
            comparator, measure, value, hedge = read_words(
                lead[-_LEAD_MAX:],
                suffix,
                unit,
                value,
                work[max(start - 60, 0) : start] if forecasts[fp] + 2 <= start else "",
                upper,
            )
            # the role: the cues from some way before the number to the end of its sentence (or
            # some way after it), within the stretch of its marker, which counts for several
            while edges[kp + 1] <= start:
                kp += 1
            marker = governing[kp]
            hi = tail + CUES_AFTER
            se = _SENTENCE_END_RE.search(work, tail, hi)
            if se is not None:
                hi = se.end()
            if edges[kp + 1] < hi:
                hi = edges[kp + 1]
            lo = start - CUES_BEFORE
            if lo < edges[kp]:
                lo = edges[kp]
            while cue_at[lo_p] < lo:
                lo_p += 1
            while hi_p and cue_at[hi_p - 1] >= hi:  # (hi grows with the numbers: in case not)
                hi_p -= 1
            while cue_at[hi_p] < hi:
                hi_p += 1
            score = cue_sums[hi_p] - cue_sums[lo_p]
            if marker is not None:
                score += MARKER_WEIGHT if marker.role == "target" else -MARKER_WEIGHT
            if score:
                role = "target" if score > 0 else "outcome"
            else:  # with no marker and no cue, an outcome: a review comes before a plan
                role = marker.role if marker is not None else "outcome"
            if comparator is None:
                if role == "target":
                    comparator = "<=" if measure == "growth" and value < 0 else ">="
                else:
                    comparator = "=="
            next_start = toks[i + 1][0] if i + 1 < len(toks) else n
            indicator = _indicator(work, tok, lead, raw_lead, next_start)
            if (
                not indicator
                and last_tail >= 0
                and _SENTENCE_END_RE.search(work, last_tail, start) is None
            ):
                indicator = last_indicator  # 、增长6.3%: the figure before it in the sentence
            strength = _strength(lead) if _STRENGTH_HINT_RE.search(lead) else "binding"
            # the year its sentence names in the 60 characters before it (2024年，全市…)
            while years[yp][1] <= start:
                yp += 1
            year = None
            if yp and years[yp - 1][0] >= start - 60:
                y_start, _, y = years[yp - 1]
                if _STOP_RE.search(work, y_start, start) is None:
                    year = y
            if year is None and marker is not None and marker.role == role:
                year = marker.year  # 2022年工作回顾
            section: str | None
            if marker is not None and marker.until is not None:
                section = marker.title  # a table's caption
            else:
                section = headings[hp - 1][2] if hp else None
            qs = cs
            if raw_lead and raw_lead[0].isspace():
                qs += len(raw_lead) - len(raw_lead.lstrip())
            append(
                Candidate(
                    text[qs:tail],
                    (qs, tail),
                    value,
                    unit,
                    role,
                    measure,
                    comparator,
                    strength,
                    hedge,
                    indicator,
                    year,
                    section,
                )
            )
            last_tail, last_indicator = tail, indicator
            if tail < n and work[tail].isspace():
                r = _ROW_END_RE.match(work, tail)
                if r is not None:
                    row_cut = r.end()
        return out

    def _marker(self, pos: int) -> _Marker | None:
        """The marker governing ``pos``: the nearest before it whose stretch reaches it (among
        the few nearest: a stretch that ended is a table's or a list's)."""
        i = bisect_right(self.marker_at, pos) - 1
        for mk in islice(reversed(self.markers[max(i - 64, 0) : i + 1]), 64):
            if mk.until is None or pos < mk.until:
                return mk
        return None


_YEAR_MENTION_RE: Final = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})\s*年")


def plan_year(text: str) -> int | None:
    """The year whose plan a report sets out, as far as its text tells: the year of a plan
    heading (2023年工作安排), else the year after a review heading (2022年工作回顾), else the year
    it names most often (the latest of equals). None if it names no year."""
    work = fold(text)
    markers = _markers(work)
    for role, shift in (("target", 0), ("outcome", 1)):
        years = [mk.year for mk in markers if mk.role == role and mk.year is not None]
        if years:
            return max(years) + shift
    counts: dict[int, int] = {}
    for m in _YEAR_MENTION_RE.finditer(work):
        y = int(m.group(1))
        counts[y] = counts.get(y, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


__all__ = ["Candidate", "extract", "fold", "plan_year"]
