"""What a number is by the characters around it: a quantity of a statement, or a year, an
ordinal (第20届, the number of a list's item), a code (PM2.5, S321, 8+4), a date or a time, or a
name (a short quotation such as “8+4”, a page's counter such as 点赞(0), a caption such as 图1).
The number reader (``_numbers``) asks this of every number it reads."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, Literal

NumberKind = Literal["quantity", "year", "ordinal", "code", "date", "name"]

_OPEN_QUOTES: Final = '“「『"《'
_CLOSE_QUOTES: Final = '”」』"》'
OPEN_QUOTE_RE: Final = re.compile(f"[{_OPEN_QUOTES}]")
_ASCII: Final = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_CODE_BEFORE: Final = _ASCII | frozenset("+-./")
_CODE_AFTER: Final = _ASCII | frozenset("+")

# the names of figures that reports write in Latin letters right before the number
_ACRONYMS: Final = ("GDP",)
_RATIO_AFTER_RE: Final = re.compile(r"[ \t]+[:：][ \t]*[0-9]")
_RATIO_BEFORE_RE: Final = re.compile(r"[0-9][ \t]*[:：][ \t]+\Z")
_LAST_OPEN_RE: Final = re.compile(f"(?s).*[{_OPEN_QUOTES}]")
_CLOSE_RE: Final = re.compile(f"[{_CLOSE_QUOTES}]")
QUOTE_REACH: Final = 12


# a quotation of rates alone, with the words of a growth or a goal, that a target is said to be
# (a news round-up quotes each place's: 目标是“增长7%以上”, 为“保8%、争9%”, “增长8%以上”的地市
# 有…): figures, not a name (not 增长“6%左右”, 提出“保6%、争7%”的目标: a report's slogan)
_QUOTED_RATES_RE: Final = re.compile(
    r"(?:(?:增长|增速|下降|提高|降低|保|争|力争|确保|达到|超过|突破)?\s*[0-9]+(?:\.[0-9]+)?\s*"
    r"(?:%|％|个百分点)\s*(?:以上|左右|以内|以下)?\s*[、，,和]?\s*)+"
)
_SAID_TO_BE_RE: Final = re.compile(r"[是为]\s*\Z")
# the places a quoted figure is the target of, listed after it (“增长8%以上”的地市有郑州、周口)
HELD_BY_RE: Final = re.compile(
    r"\s*的\s*(?:地市|城市|地方|地区|省份|省区市|省市|市县|区县|市州|县区|县市区)\s*(?:有|是|包括)"
)


def in_short_quote(text: str, start: int, end: int) -> bool:
    """Whether [start, end) stands inside a short quotation such as “8+4” or “万亩千亿”: a name.

    An opening quote in the 12 characters before it, not closed before it, and a closing quote
    in the 12 characters after it; not a quotation of rates alone that a target is said to be
    (目标是“增长7%以上”)."""
    last_open = _LAST_OPEN_RE.match(text, max(start - QUOTE_REACH, 0), start)
    if last_open is None:
        return False
    close = _CLOSE_RE.search(text, end, end + QUOTE_REACH)
    if close is None or _CLOSE_RE.search(text, last_open.end(), start) is not None:
        return False
    rates = _QUOTED_RATES_RE.fullmatch(text, last_open.end(), close.start()) is not None
    opened = last_open.end() - 1
    said = _SAID_TO_BE_RE.search(text, max(opened - 2, 0), opened) is not None
    return not (rates and (said or HELD_BY_RE.match(text, close.end()) is not None))


def kind_of(work: str, start: int, num_end: int, value: Decimal) -> NumberKind:
    """What a number of ``work`` at [start, num_end) is by the characters around it: "code"
    (PM2.5, S321, 8+4, 5A级), "ordinal" (第20届), "date" (2024-08-26, 2024/8; a range such as
    3-5 is then joined by ``_range``), "year" (2025年) or "quantity"."""
    before = work[start - 1] if start else " "
    after = work[num_end] if num_end < len(work) else " "
    if (before in _CODE_BEFORE and not work.endswith(_ACRONYMS, 0, start)) or after in _CODE_AFTER:
        return "code"  # (not GDP890亿元, 拉动GDP0.2个百分点: a figure after its name)
    if after in _TIME_MARKS and work[num_end + 1 : num_end + 2].isdigit():
        return "date"  # 10:51 (a time), 38.8:19.3:41.9 (a ratio of sectors)
    if (after == " " or before == " ") and (
        _RATIO_AFTER_RE.match(work, num_end)
        or _RATIO_BEFORE_RE.search(work, max(start - 8, 0), start)
    ):
        return "date"  # 23.5 : 33.4 : 43.1, a ratio written with spaces
    if before in _TIME_MARKS and start >= 2 and work[start - 2].isdigit():
        return "date"
    if after in ":：":
        return "ordinal"  # 关键词1:, 附件2： a label's number, not a figure
    if before in _NOISE_BEFORE and _COUNTER_RE.search(work, max(start - 8, 0), start):
        return "name"  # 点赞(0), 浏览次数:79: a page's counter, not a figure
    if work.startswith("分钟", num_end) and _READING_TIME_RE.search(
        work, max(start - 12, 0), start
    ):
        return "name"  # 共 11880字,需浏览 24分钟: how long a page takes to read
    if work.startswith(_COUNTED, num_end) or work.endswith(_COUNTED, 0, start):
        return "name"  # 0浏览 评论0条: a page's counters
    if before == "第":
        return "ordinal"
    if before in "(（" and after in ")）":
        return "ordinal"  # (1), （二）: an item's number
    if before in "〔［[【" and after in "〕］]】":
        return "name"  # 〔2017〕5号, [13]: a document's number, a footnote
    if (
        before in "为="
        and value == 100
        and (after in ")）" or work[start - 3 : start - 1] in _BASES)
    ):
        return "name"  # (女性为100), (上年为100), 上年同期=100: the base of a ratio or an index
    if before in "图表" and _is_caption(work, start - 1):
        return "name"  # 图1, 附表2: a chart's or a table's caption
    if after in "-/" and work[num_end + 1 : num_end + 2].isdigit():
        return "date"
    if (
        (after == "年" or (after == " " and work.startswith(_SPACED_YEAR, num_end + 1)))
        and 1900 <= value <= 2100
        and value == value.to_integral_value()
    ):
        return "year"  # 2025年, and 2023 年 as a PDF copy spaces it
    if (
        after in "\n "
        and before in "、)）"
        and 1900 <= value <= 2100
        and _HEADING_YEAR_RE.match(work, work.rfind("\n", 0, start) + 1, num_end)
    ):
        return "year"  # 一、2018 / (a heading whose 年 a page lost: 一、2018年工作回顾)
    if (after in _LIST_MARKS or after == " ") and _is_list_number(work, start, num_end, value):
        return "ordinal"  # 1. 2、 3 | at the start of a line: a list's or a table's row number
    return "quantity"


_BASES: Final = frozenset({"上年", "同期", "去年", "基期"})
# a heading's item mark, then a year alone on its line
_HEADING_YEAR_RE: Final = re.compile(
    r"\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])\s*(?:19|20)[0-9]{2}\Z"
)
_SPACED_YEAR: Final = ("年", " 年")


def _is_caption(work: str, at: int) -> bool:
    """Whether the 图 or 表 at ``at`` starts a caption (图1, 附表2 after a break; (图1) after a
    sentence) or names one (见图1, 如表2), not a word's end (代表30名)."""
    if at and work[at - 1] == "附":
        at -= 1
    return not at or work[at - 1].isspace() or work[at - 1] in "。；;：:，,）)|｜(（见如"


_COUNTED: Final = ("浏览", "阅读", "评论", "点赞", "收藏", "转发")
_READING_TIME_RE: Final = re.compile(r"(?:需|预计)?(?:浏览|阅读)(?:时间|时长)?\s*[:：约]?\s*\Z")
# a time (10:51), a ratio (38.8∶19.3∶41.9), a footnote ([13]) and a page's counters (点赞(0))
_TIME_MARKS: Final = frozenset(":：∶︰")  # (︰: a ratio as some pages print it)
_NOISE_BEFORE: Final = frozenset("(（:：[［")
_COUNTER_RE: Final = re.compile(
    r"(?:点赞|评论|浏览|阅读|收藏|分享|转发|人气|点击|访问|播放|次数|量)\s*[(（:：]\s*$|[\[［]$"
)

_CLAUSE_ENDS: Final = frozenset("，,；;：:。")
# what follows the number of a list's item or a table's row at the start of a line
_LIST_MARKS: Final = frozenset("|｜、.．)）")
# (1. 5个重点项目: a mark and a space before a figure; 1.5 with no space is a decimal)
_LIST_NUMBER_RE: Final = re.compile(
    r" *(?:(?:[|｜、)）]|[.．](?![0-9])) *[\u4e00-\u9fff“「《(（]|[.．] +[0-9])"
)


def _is_list_number(work: str, start: int, num_end: int, value: Decimal) -> bool:
    """Whether the number at [start, num_end) numbers a list's item or a table's row: it starts
    its line or a clause (工作安排，2. 30个), and a mark (| 、 . ）) and words follow it (a
    table's values follow no words). In a table printed one cell a line (1 | / 精准扶贫… |),
    a cell of its own before a label's cell numbers a row where the rows count up to it."""
    listed = _LIST_NUMBER_RE.match(work, num_end)
    if listed is not None and not work[start:num_end].isdigit() and _BAR_RE.search(listed.group()):
        return False  # (粮食 | 124735 | 3.2 | 其中:小麦: a cell's value; a row's number is whole)
    if listed is None and (
        _CELL_NUMBER_RE.match(work, num_end) is None
        or not work[start:num_end].isdigit()  # (1.0 is a value)
        or not _counts_up(work, start, value)
    ):
        return False
    before = work[work.rfind("\n", 0, start) + 1 : start].rstrip()
    if before.endswith("、") and work[num_end] in ".．":
        return True  # (…5.4%)、2.上杭县(281.72亿元: a dotted item of a list run on in a line)
    return not before or before[-1] in _CLAUSE_ENDS or work[start - 1] in " \t\u3000"


_BAR_RE: Final = re.compile("[|｜]")
# a cell of a number alone, closed by a bar, and the next line's cell of words
_CELL_NUMBER_RE: Final = re.compile(r"[^\S\n]*[|｜][^\S\n]*\n[^\S\n]*[\u4e00-\u9fff“「《(（]")
_ROW_NUMBER_MAX: Final = 99
_ROW_REACH: Final = 800  # how far back the row numbered one less may stand


def _counts_up(work: str, start: int, value: Decimal) -> bool:
    """Whether ``value`` at ``start`` goes on from the row numbered one less: 1 starts the
    count; 2 needs a cell 1 | on a line of its own not far before."""
    if not 1 <= value <= _ROW_NUMBER_MAX:
        return False
    if value == 1:
        return True
    before = re.compile(rf"(?m)^[^\S\n]*{int(value) - 1}[^\S\n]*[|｜][^\S\n]*$")
    return before.search(work, max(start - _ROW_REACH, 0), start) is not None


__all__ = [
    "HELD_BY_RE",
    "OPEN_QUOTE_RE",
    "QUOTE_REACH",
    "NumberKind",
    "in_short_quote",
    "kind_of",
]
