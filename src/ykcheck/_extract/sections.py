"""Sections of a report: the markers that say what follows is the plan or the review (工作安排,
主要预期目标 / 工作回顾, 数说), each with the stretch it governs and the year it is about; the
headings numbers stand under; and the plan year of a whole text."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import islice
from typing import Final

import attrs

from .._text import fold
from .._vocab import Role
from .cues import ITEM_MARK_RE

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
    "目标任务",
)
_REVIEW_WORDS: Final = (
    "工作回顾",
    "回顾",
    "数说",
    "重点做了",
    "主要成绩",
    "成绩单",
    "执行情况",
    "完成情况",
    "进展情况",
    "目前进度",
    "主要成就",
    "过去一年",
    "过去五年",
    "实际完成",
    "统计公报",  # a communiqué reports a year's results (2020年洛南县国民经济和社会发展统计公报)
)
# words that mark only as a caption before a colon, never as a heading (a progress notice's item,
# 目标任务：对8所中小学校进行校舍安全改造 / 目前进度：…; not a table's head, 目标任务 进展情况)
_LABELS: Final = frozenset({"目标任务", "进展情况", "目前进度"})
_LABEL_END_RE: Final = re.compile(
    r"[。！？!?][^\S\n]*\n|\n[^\S\n]*\n"
    r"|(?=(?:目标任务|完成情况|目前进度|进展情况|推进情况|落实情况)\s*[:：])"
)
_LABEL_REACH: Final = 600  # (a label with no sentence end after it governs its line at most)
_COMMUNIQUE: Final = "统计公报"
_TITLE_REACH: Final = 300  # a text's title stands this near its start
_MARKER_RE: Final = re.compile(
    "|".join(sorted((*_PLAN_WORDS, *_REVIEW_WORDS), key=len, reverse=True))
)
_MARKER_ROLE: Final[dict[str, Role]] = {
    **{w: "target" for w in _PLAN_WORDS},
    **{w: "outcome" for w in _REVIEW_WORDS},
}
YEAR_RE: Final = re.compile(r"((?:19|20)[0-9]{2})\s*年")
# the end of a five-year plan: 到“十四五”末, 力争十三五期末, “十五五”时期末
_PLAN_END_RE: Final = re.compile(r'十([一二三四五])五[”"」』]?(?:时期|期)?末')
_QUOTES: Final = '“"「『'
# (not as a base, 较“十三五”末, nor what a year lays the ground for, 为“十四五”末…打下基础; checked
# after the match: a lookbehind first in the pattern would make the scan try it everywhere)
_NOT_A_DEADLINE: Final = "较比与为"


def plan_ends(work: str) -> list[tuple[int, int, int]]:
    """(start, end, year) of each end of a five-year plan ``work`` names: its last year
    (十一五末: 2010, 到“十四五”末: 2025)."""
    if "五" not in work:
        return []
    out = []
    for m in _PLAN_END_RE.finditer(work):
        before = work[max(m.start() - 2, 0) : m.start()]
        before = before[:-1] if before.endswith(tuple(_QUOTES)) else before
        if not before.endswith(tuple(_NOT_A_DEADLINE)):
            out.append((m.start(), m.end(), 2010 + 5 * "一二三四五".index(m.group(1))))
    return out


_YEAR_LINE_RE: Final = re.compile(r"((?:19|20)[0-9]{2})\s*年\s*$")
_HEADING_MAX: Final = 30
_ROW_MAX: Final = 24
_TABLE_ROWS: Final = 40  # rows of a table looked at around its caption
_ENUM_RE: Final = re.compile(
    r"\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
)


@attrs.frozen
class Marker:
    at: int  # where it starts to govern
    until: int | None  # where it stops (None: at the next marker)
    role: Role
    year: int | None
    title: str  # the line it stands on


def line_of(work: str, pos: int) -> tuple[int, int]:
    start = work.rfind("\n", 0, pos) + 1
    end = work.find("\n", pos)
    return start, len(work) if end < 0 else end


def lines_back(work: str, pos: int) -> Iterator[tuple[int, str]]:
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


def is_row(line: str) -> bool:
    """A line as a PDF extraction gives a table's row: short, no sentence punctuation."""
    return len(line) <= _ROW_MAX and _PUNCT_RE.search(line) is None


_PUNCT_RE: Final = re.compile("[，。；！？,;!?]")
_COLON_RE: Final = re.compile(r"\s*(?:是|为|如下)?\s*[：:]")  # 主要预期目标是：
DIGIT_RE: Final = re.compile("[0-9]")
_TEXT_RE: Final = re.compile(r"\S")


Caption = tuple[re.Match[str], int, int]  # a marker word, and the start and end of its line


def captions(work: str) -> list[Caption]:
    """The marker words of a text that stand as a heading or a caption, with their lines: a
    heading on a short line without punctuation, or a caption before a colon
    (全市经济社会发展主要预期目标：) with no punctuation before it on its line."""
    found = []
    # each line is looked at once, however many marker words it holds: its start and end, its
    # first punctuation, its first character that is not space, and whether it is a heading
    line: tuple[int, int, int, int, bool] | None = None
    for m in _MARKER_RE.finditer(work):
        if line is None or m.start() >= line[1]:
            ls, le = line_of(work, m.start())
            punct = _PUNCT_RE.search(work, ls, le)
            text = _TEXT_RE.search(work, ls, le)
            first = le if text is None else text.start()
            heading = punct is None and _last_char(work, le) - first < _HEADING_MAX
            line = (ls, le, le if punct is None else punct.start(), first, heading)
        ls, le, first_punct, first, heading = line
        if first_punct < m.start():
            continue
        if _COLON_RE.match(work, m.end(), le):
            if _last_char(work, m.start()) - first >= _HEADING_MAX:
                continue
        elif not heading or m.group() in _LABELS:
            continue
        found.append((m, ls, le))
    return found


def markers(work: str, found_captions: list[Caption] | None = None) -> list[Marker]:
    """The section markers of a text, each with the stretch it governs, in order.
    ``found_captions``: those of ``work`` if they have been found already."""
    found: list[Marker] = []
    last_year: dict[str, int | None] = {}
    for m, ls, le in captions(work) if found_captions is None else found_captions:
        # the year it is about: 2022年工作回顾, 2025年经济社会发展的主要预期目标, 2022年 on the
        # line above; else the year of the section it stands in (二、2025年工作安排)
        role = _MARKER_ROLE[m.group()]
        if m.group() == _COMMUNIQUE and (
            ls > _TITLE_REACH or "来源" in work[ls : m.start()] or work[m.end() : le].strip()
        ):
            continue  # (a communiqué's title heads its text; 数据来源：…统计公报 cites one, …统计
            # 公报解读 speaks of one)
        years = YEAR_RE.findall(work, ls, m.start())
        if not years and not work[ls : m.start()].strip():
            years = _YEAR_LINE_RE.findall(work, max(ls - 12, 0), ls)
        year = int(years[-1]) if years else last_year.get(role)
        last_year[role] = year
        if m.group() in _LABELS:  # (a label governs its paragraph, up to the next label:
            # 目标任务：…。其中,…。 / 今年实现…; 目标任务：…。目前进度：…)
            end = _LABEL_END_RE.search(work, m.end(), m.end() + _LABEL_REACH)
            until = end.end() if end else min(le, m.end() + _LABEL_REACH)
            found.append(Marker(ls, until, role, year, work[ls:le].strip()))
            continue
        found.append(_scope(work, ls, le, role, year))
    found.sort(key=lambda k: k.at)
    return _without_both_parts(work, found)


# a line that goes on with the title above it: 关于…计划执行情况 / 及2023年…计划草案的报告
_JOINED_RE: Final = re.compile(r"\s*(?:及|和|与|暨)")


def _without_both_parts(work: str, found: list[Marker]) -> list[Marker]:
    """``found`` without the title of a report of both parts (2024年计划执行情况与2025年计划
    草案, on one line or two joined by 及): it names a review and a plan, and governs neither;
    the sections inside it do."""
    drop: set[int] = set()
    for i in range(1, len(found)):
        a, b = found[i - 1], found[i]
        if a.role == b.role:
            continue
        if a.at == b.at or (_JOINED_RE.match(b.title) and "\n" not in work[a.at : b.at].strip()):
            drop.update((i - 1, i))
    return [mk for i, mk in enumerate(found) if i not in drop]


def _has_figure(line: str) -> bool:
    """Whether a line holds a figure: a digit after its item's number, not a year's (not
    10、政府自身建设和社会治理能力全面加强, 一、2020年主要工作)."""
    item = ITEM_MARK_RE.match(line)
    return (
        DIGIT_RE.search(_YEAR_MENTION_RE.sub("", line[0 if item is None else item.end() :]))
        is not None
    )


def _scope(work: str, ls: int, le: int, role: Role, year: int | None) -> Marker:
    """The stretch governed by a marker on the line [ls, le).

    A caption under a table (rows with figures above it, none below) governs the rows above. A
    heading followed by nothing but a list of enumerated headings ((一)… (二)…, no text between
    them) governs that list: what comes after it is another column of the page. Otherwise a
    marker governs what follows, up to the next one.
    """
    title = work[ls:le].strip().rstrip("：:")
    rows, block_start, with_figures = 0, ls, 0
    # (an enumerated heading, 一、2024年…计划执行情况, opens a section: it is no table's caption)
    above = () if _ENUM_RE.match(title) else islice(lines_back(work, ls), _TABLE_ROWS)
    for start, line in above:
        if not is_row(line):
            break
        rows, block_start = rows + 1, start
        with_figures += _has_figure(line)
    if rows >= 3 and with_figures:
        figures_below = False
        for _, _, line in islice(_lines_on(work, le + 1), _TABLE_ROWS):
            if not is_row(line):
                break
            if _has_figure(line):
                figures_below = True
                break
        if not figures_below:
            return Marker(block_start, le, role, year, title)
    enumerated, last_end = 0, le
    for i, (_, end, line) in enumerate(islice(_lines_on(work, le + 1), _TABLE_ROWS)):
        if _ENUM_RE.match(line) and "。" not in line:
            enumerated, last_end = enumerated + 1, end
        elif enumerated or i >= 2 or not is_row(line):
            break  # the list starts at once, or under one more heading (重点抓好八个方面工作)
    if enumerated >= 2:
        return Marker(ls, last_end, role, year, title)
    return Marker(ls, None, role, year, title)


# A heading: a line standing alone, short, without punctuation or figures (全力抢抓政策机遇, or
# two halves around a comma: 聚力科技强基，主体培育迈出新步伐), or an enumerated one ((三)聚焦…,
# 三、…). Found from the line break before it, which the regex engine finds fast.
_WORDS: Final = r"[^\s，。；：、！？,;:!?0-9%]"  # a run of them: no punctuation, no figures
_HEADING_BODY: Final = (
    r"[ \t\u3000]*(?:(?P<enum>(?:[（(][一二三四五六七八九十]{1,3}[）)]"
    rf"|[一二三四五六七八九十]{{1,3}}、)[^\n。；]{{2,40}})"
    rf"|(?P<plain>(?:(?:19|20)[0-9]{{2}}年)?{_WORDS}{{2,24}}+"  # (2019年高质量发展迈出坚实步伐)
    rf"(?:[ \t\u3000]+{_WORDS}{{2,24}}+|[，,]{_WORDS}{{2,14}}+)?))"
    r"[ \t\u3000]*(?=\n|\Z)"
)
_HEADING_RE: Final = re.compile(r"\n" + _HEADING_BODY)
_FIRST_HEADING_RE: Final = re.compile(_HEADING_BODY)
_SENTENCE_END: Final = "。！？；：:;!?”"
_NARROW: Final = 0.9  # a heading is narrower than the lines of the paragraph after it
_HEADING_LINES: Final = 6  # a heading broken over lines has no more than these


def headings(work: str, found_captions: list[Caption]) -> list[tuple[int, int, str]]:
    """(start, end, text) of the headings of ``work`` (``found_captions``: its markers that stand as
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
            follows = bool(out) and _last_char(work, start) < out[-1][1]  # only space between
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
    for m, ls, le in found_captions:
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


# a page's dateline: 2020-11-30 中共江苏省委新闻网, 2020年1月7日 来源:…
_DATELINE_RE: Final = re.compile(
    r"\s*(?:19|20)[0-9]{2}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}"
)


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
        if not is_row(half[:-1]) or (q >= 0 and work[q] not in _SENTENCE_END):
            return None
        start, text = ls, half + text  # 聚力科技强基， / 主体培育迈出新步伐
    elif (
        p >= 0
        and work[p] not in _SENTENCE_END
        and not _DATELINE_RE.match(work, work.rfind("\n", 0, p) + 1)
    ):
        return None  # (a dateline ends no sentence but no heading goes on from it either)
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


_YEAR_MENTION_RE: Final = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})\s*年")


# the date a page opens with, at a line's start or after 发布时间: (2017年1月14日上午, 2024-03-18
# 10:26); not a deadline (2025年6月30日前)
_DATED_RE: Final = re.compile(
    r"(?:^|\n|(?:时间|日期)\s*[:：])\s*"
    r"(?:((?:19|20)[0-9]{2})年[0-9]{1,2}月[0-9]{1,2}日|((?:19|20)[0-9]{2})-[0-9]{1,2}-[0-9]{1,2})"
    r"(?![^\n，,。]{0,3}?(?:前|起|以前|之前))"
)
_DATED_REACH: Final = 200


def dated_year(work: str) -> int:
    """The year of the date a folded text opens with, 0 if none: a figure of a year before it
    is a result, whatever words of a plan stand near it (低于预期11个百分点)."""
    dated = _DATED_RE.search(work, 0, _DATED_REACH)
    return int(dated.group(1) or dated.group(2)) if dated else 0


def plan_year(text: str, *, results_only: bool = False, reviewed: bool = False) -> int | None:
    """The year whose plan a report sets out, as far as its text tells: the year of a plan
    heading (2023年工作安排), else the year after a review heading (2022年工作回顾), else the year
    it names most often (the latest of equals), or the year after that for a text of results
    only (``results_only``: a communiqué names the year it reports, 2021年我县实现生产总值…).
    A text that is its own review (``reviewed``: a 计划执行 report that prints each target
    beside its result) judges the year of its review heading first (2022年计划执行情况). None
    if it names no year."""
    work = fold(text)
    found = markers(work)
    order = (("outcome", 0), ("target", 0)) if reviewed else (("target", 0), ("outcome", 1))
    for role, shift in order:
        years = [mk.year for mk in found if mk.role == role and mk.year is not None]
        if years:
            return max(years) + shift
    counts: dict[int, int] = {}
    for m in _YEAR_MENTION_RE.finditer(work):
        y = int(m.group(1))
        counts[y] = counts.get(y, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y)) + results_only


__all__ = [
    "YEAR_RE",
    "Caption",
    "Marker",
    "captions",
    "dated_year",
    "headings",
    "is_row",
    "line_of",
    "lines_back",
    "markers",
    "plan_ends",
    "plan_year",
]
