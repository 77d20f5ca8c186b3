"""Which numbers of a text are figures: the quantities of the number reader, less those that
qualify a noun (the 10亿元 of 招引10亿元以上制造业项目8个) and those that name or describe
something rather than state a figure (三年行动, 八个方面, 居全省前10, 10万方创业孵化园)."""

from __future__ import annotations

import re
from typing import Final

from .._numbers import Number
from .._phrases import is_attribute
from .._ranks import read_all


def quantities(work: str) -> list[Number]:
    """The quantities of a folded text: numbers that are not years, codes, ordinals, dates or
    names."""
    return [n for n in read_all(work) if n[7] == "quantity"]  # n.kind, read fast


_QUALIFIED_GAP_RE: Final = re.compile(
    r"\s*的?\s*[“「\"]?[\u4e00-\u9fff][^，。；：,;:！？、\d]{0,20}"
)
_LIST_GAP_RE: Final = re.compile(r"\s*[、和或至~～-]\s*")
_OVER_BEFORE_RE: Final = re.compile(r"(?:超过?|逾)\s*$")
_SOME_BEFORE_RE: Final = re.compile(r"(?:一批|一系列|若干|一些)\s*$")
# a blank line right after it: it ends an item of a list, and qualifies no noun of the next
# (城镇新增就业110万人以上 / / 居民消费价格涨幅3%左右)
_BLANK_LINE_RE: Final = re.compile(r"[^\S\n]*\n[^\S\n]*\n")
_LINE_END_RE: Final = re.compile(r"[^\S\n]*\n")
# a line that starts with the verb of another item (上市企业10家以上 / 新增…企业20家)
_NEW_ITEM_RE: Final = re.compile(r"[^\S\n]*\n\s*(?:新增|新建|新开工|完成|实现|引进|建成|培育)")


def _starts_line(work: str, at: int) -> bool:
    """Whether only white space stands between the line's start and ``at`` (read back over
    that white space only: a long line is not read again for each of its numbers)."""
    i = at - 1
    while i >= 0 and work[i] != "\n" and work[i].isspace():
        i -= 1
    return i < 0 or work[i] == "\n"


def _ends_an_item(work: str, start: int, tail: int, ends: set[int]) -> bool:
    """Whether the figure at [start, tail) ends an item of a list written one a line: a blank
    line follows it, or a line that starts with an item's verb (新增, 完成, 引进 …), or it ends
    its line as a figure ends the line before or the line after
    (固定资产投资超1400亿元 / 实现工业投资超265亿元 / 引进优质产业项目60个以上); the lines of a
    PDF that break inside sentences do not end with figures one after another."""
    if _BLANK_LINE_RE.match(work, tail) is not None or _NEW_ITEM_RE.match(work, tail):
        return True
    if _LINE_END_RE.match(work, tail) is None:
        return False
    i = work.rfind("\n", 0, start) - 1
    while i >= 0 and work[i] in " \t\r\u3000":  # (read back over white space only)
        i -= 1
    if i >= 0 and i + 1 in ends:
        return True
    j = work.find("\n", work.index("\n", tail) + 1)  # or as the figure after ends the next
    j = len(work) if j < 0 else j
    while j > tail and work[j - 1] in " \t\r\u3000":
        j -= 1
    return j in ends


def qualifiers(work: str, toks: list[Number]) -> set[int]:
    """The indices of the quantities that qualify a noun rather than count.

    In 招引10亿元以上制造业项目8个 the 10亿元以上 says which projects count: a quantity with
    以上 or 以下 (or 超 before it: 超20亿元项目5个), then a noun and another quantity in the
    same clause. So do the quantities listed with such a one (落地投资100亿元、50亿元以上制造业
    项目各1个; 超20亿元或2亿美元项目4个).
    """
    found: set[int] = set()
    ends = {t.tail for t in toks}  # (a line that ends where a figure does is an item of a list)
    for i in range(len(toks) - 1, -1, -1):
        start, _, tail, _, _, _, suffix, _, _ = toks[i]
        if suffix in ("以上", "以下", "及以上") or (
            suffix is None and _OVER_BEFORE_RE.search(work, max(start - 4, 0), start)
        ):
            gap = _QUALIFIED_GAP_RE  # 10亿元以上制造业项目8个
            if _SOME_BEFORE_RE.search(work, max(start - 4, 0), start):
                found.add(i)  # 一批10亿元以上项目: which projects; 一批 says not how many
                continue
        elif suffix is None and i + 1 in found:
            gap = _LIST_GAP_RE  # 100亿元、50亿元以上
        else:
            continue
        if i + 1 == len(toks):
            continue
        after = toks[i + 1].start
        # (a number that starts a line is another item of a list, not what was qualified)
        if (
            gap.fullmatch(work, tail, after) is not None
            and not _starts_line(work, after)
            and not _ends_an_item(work, start, tail, ends)
        ):
            found.add(i)
    # the members listed after a qualifier: 超20亿元或2亿美元项目4个
    for i in sorted(found):
        if (
            i + 2 < len(toks)
            and i + 1 not in found
            and toks[i + 1].suffix is None
            and _LIST_GAP_RE.fullmatch(work, toks[i].tail, toks[i + 1].start) is not None
            and _QUALIFIED_GAP_RE.fullmatch(work, toks[i + 1].tail, toks[i + 2].start) is not None
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
_LEAGUE_LEADS: Final = ("在", "居", "列", "位居", "省内", "市内", "全省", "全市", "全国")
_LEAGUE_AFTER_RE: Final = re.compile(
    r"\s*(?:县市区|县区|区县|县市|市县|市州|地市|设区市|省辖市|省区市|省份|城市|区市)"
    r"[^，。；,;\d]{0,24}?(?:[中里内]|排名|排位|首位|第|前列|末位)"
)
_RELATIVE_TIME_RE: Final = re.compile("(?:[前近后这那每]|未来|过去|此后)$")


def not_a_figure(work: str, tok: Number, lead: str) -> bool:
    """Whether a quantity names or describes something rather than stating a figure: 三年行动,
    八个方面, 8个方面, 居全省前10, 10万方创业孵化园. ``lead``: its clause before it, white space
    removed."""
    _, end, _, value, unit, chinese, _, _, _ = tok
    if lead.endswith(_SPEC_LEADS):
        return True  # 时速350公里: what a train or a road is built for, not a figure of the year
    if unit in _DURATIONS and _SINCE_RE.match(work, end) is not None:
        return True  # 28年以来首次下滑, 五年来,: the time since, not a count of years
    if unit == "届" and chinese:
        return True  # 十七届人大: a session's number (第20届 is an ordinal already)
    if unit == "次" and chinese and (lead.endswith("届") or _PLENARY_RE.match(work, end)):
        return True  # 五届六次、七次、八次全会: a plenary session's number
    if chinese and value == 1 and unit in _PAGES and lead.endswith(("上", "下")):
        return True  # 上一条, 下一篇: a page's link to the next
    if unit == "个" and _ASPECTS_RE.match(work, end) is not None:
        return True  # 抓好8个方面工作: a count of the plan's parts
    if unit == "个" and lead.endswith(_LEAGUE_LEADS) and _LEAGUE_AFTER_RE.match(work, end):
        return True  # 在16个县市区中排名第6, 居省内11个设区市首位: the league of a rank
    if not unit:
        if _RANK_RE.search(lead):
            return True  # 居全省前10
        if _PAGE_LEAD_RE.search(lead) or (lead == "-" and _PAGE_DASH_RE.match(work, end)):
            return True  # Page 226, P. 226, - 12 -: a page's number
        if lead.endswith(_EDITIONS) and 1949 <= value <= 2100 and value == int(value):
            return True  # 秀洲年鉴2022: a book's year
        return is_attribute(work, end, "")
    noun_after = (chinese or unit in _DURATIONS) and _NOUN_AFTER_RE.match(work, end) is not None
    if unit in _DURATIONS:
        if chinese and value == 1:
            return True  # 关键一年: the year, not a count of years
        if _RELATIVE_TIME_RE.search(lead):
            return True  # 前三年均值, 近五年
        if unit == "年" and lead.endswith("的") and _CLAUSE_END_RE.match(work, end) is not None:
            return True  # 极不平凡的五年。: the period itself, not a count of years
        return noun_after and not _RUN_RE.search(lead[-4:])  # 三年行动; not 连续五年举办
    if chinese and noun_after:
        return True  # 八个方面, 四个“坚持和加强”, 十项重大工程
    if chinese and value == 1 and unit in _VAGUE:
        return True  # 一批: some, not one
    return unit in ("位", "名") and _RANK_RE.search(lead) is not None  # 前10名


_SPEC_LEADS: Final = ("时速", "设计时速", "时速达")
_PLENARY_RE: Final = re.compile(r"(?:[、和与][一二三四五六七八九十]+次)*\s*(?:全会|全体会议)")
_SINCE_RE: Final = re.compile(r"\s*(?:以来|来首次|来\s*[,，、:：])")
_CLAUSE_END_RE: Final = re.compile(r"\s*(?:[,，。；;!！]|$)")
_VAGUE: Final = frozenset({"批", "批次"})  # 一批 says "some", not how many
_PAGES: Final = frozenset({"条", "篇", "页", "则"})
_EDITIONS: Final = ("年鉴", "年报", "公报", "白皮书", "蓝皮书")
_PAGE_LEAD_RE: Final = re.compile(r"(?<![A-Za-z])(?:[Pp]age|P\.)\s*$")  # (a scanned book's page)
_PAGE_DASH_RE: Final = re.compile(r"[^\S\n]*-[^\S\n]*(?:\n|$)")  # (- 12 -, a line alone)
# units whose quantities may be part of a phrase rather than a figure (see _not_a_figure)
SUSPECT_UNITS: Final = (
    frozenset({"", "个", "位", "名", "公里", "千米"}) | _DURATIONS | _VAGUE | _PAGES
)
