"""Where a figure's clause and paragraph start: the marks and lines that end them."""

from __future__ import annotations

import re
from typing import Final

from .indicator import BULLETS

CLAUSE_MAX: Final = 80  # characters before a number that its clause may reach back
# a clause ends at these, at a dash that opens what a lead-in announces (主要预期目标——地区生产总
# 值增长7.5%; not a place's, 高新区——, a range's, 6%——7%, nor after 分别, 力争), at a bullet
# that starts a list's item, and at a line break before an item's number (2. 新建学校3所, （二）…)
# (a comma between digits, 6,000亿元, groups thousands: no break)
LAST_BREAK_RE: Final = re.compile(
    rf"(?s).*(?:[。；：;:！？!?|｜{BULLETS}]|(?<![0-9%％区县市省镇别争保取])——(?!分别)"
    r"|(?<![0-9])[,，]"
    r"|[,，](?![0-9]{3}(?![0-9]))"
    r"|\n(?=[ \t]*(?:[0-9]{1,2}[.、．](?![0-9])|[(（][0-9一二三四五六七八九十]{1,3}[)）]))"
    # and a short line of no punctuation alone between blank lines (a byline, a headline: no
    # part of a name); a blank line inside a sentence copied from a PDF is none
    r"|\n[^\n，,。；;：:！？!?]{1,30}\n[ \t]*\n"
    r"|\n[ \t]*-[ \t]*[0-9]{1,4}[ \t]*-[ \t]*\n)"  # (and a page's number: - 12 -)
)  # and a table's cell
STOP_RE: Final = re.compile("[。；]")
# the words before a figure that name nothing (增长, 新增, 达到, 约)
BARE_LEAD_RE: Final = re.compile(
    "(?:比上年|同比|全年|累计|实现|完成|达到|达|新增|增长|下降|约|为)*"
)
# (a line that starts with an item's number, (2) or 3., a bullet (◆, ——) or 二是 goes on with its
# list: its lead-in is the list's; 一、 and （二） head sections of their own)
PARAGRAPH_RE: Final = re.compile(
    r"[。！？；!?;][^\S\n]*\n(?![^\S\n]*(?:[(（][0-9]{1,2}[)）]|[0-9]{1,2}[.、．](?![0-9])"
    r"|[—◆●■▲•◇○□-]|[一二三四五六七八九十]是|第[二三四五六七八九十]))"
)


__all__ = ["BARE_LEAD_RE", "CLAUSE_MAX", "LAST_BREAK_RE", "PARAGRAPH_RE", "STOP_RE"]
