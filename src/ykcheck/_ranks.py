"""Figures written with words around the number: ranks and multiples.

A rank is a place in a league table: 排名全省第5, 居全省第一, 全省第2位, 进入全国百强县第30位,
总量稳居全省首位; as a target, a ceiling (进入全省前五, 力争进入前十, 跻身全国百强 are at most
5, 10, 100; 保持全省第一 at most 1); a move in it is a change of places (位次前移3位, 较去年
上升2名). Smaller is better. A multiple is how many times a base (翻一番 is 2倍, 翻两番 4倍,
是上年的1.5倍); 增长1.1倍 is growth, read by the number reader with 倍 as its unit.

``read_ranks`` finds them in a folded text as ``Number`` values, which the number reader merges
with the numbers it reads (a rank replaces the ordinal 第5 it was read as).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from ._numbers import Number, chinese_to_decimal, read_numbers
from ._text import fold, near
from ._units import MULTIPLE, RANK

_NUM: Final = r"(?:[0-9]++|[一二两三四五六七八九十百]++)"  # (possessive: not 第十 of 第十二届)
# a league the place is in: 全国, 全省, 全市百强县, 同类城市, 31省份
_LEAGUE: Final = (
    r"(?:全国|全省|全市|全区|全州|全盟|全县|省内|市内|同类[^\s，。；]{0,6}|(?<![0-9])[0-9]+个?省份|中部|"
    r"西部|东部)"
)
_PLACE_RE: Final = re.compile(
    # 排名全省第5, 居全省第一位, 全省第2位, 百强县第30位, 总量稳居全省首位, 列全省第8位
    rf"(?:(?P<lead>排名|排位|位次|位列|位居|居|列|名列|跃居|稳居|[升到]至|上升[至到]|提升[至到]|"
    rf"前移[至到]|跃升[至到]|跃升|保持|"
    rf"升居|位于)[^\s，。；、\d]{{0,12}}?|(?P<league>{_LEAGUE})[^\s，。；、\d]{{0,6}}?)"
    rf"(?:第\s*(?P<n>{_NUM})(?:\s*(?:位|名))?(?!\s*[届次批期版轮季章条款号个年家项所座产])"
    rf"|(?P<first>首位|榜首|第一方阵|首(?![个家批条座例次届台项])))"  # (全省首个: a first)
)
# a place written without 第: 位居65位, 排37位, 居全国31位
_BARE_PLACE_RE: Final = re.compile(
    rf"(?:排名|排位|位列|位居|名列|居|列|排)(?:{_LEAGUE})?\s*(?P<n>[0-9]+)\s*位(?![数置于])"
)
# a place moved to, or from, without 第, in a clause that names a ranking: 排名上升至73位,
# 全国排名从46位跃升至28位, 百强县跃升至76位 (not 提升至3位数)
_MOVED_PLACE_RE: Final = re.compile(
    r"(?:[升降到]至|跃升[至到]?|跃居|[上提]升[至到]|[前后]移[至到]|下[降滑][至到]|前进[至到]|从|由)"
    r"\s*(?P<n>[0-9]+)\s*位(?![数置于次])"
)
_RANKING_RE: Final = re.compile(r"排名|排位|位次|名次|百强|[0-9]+强")
_CLAUSE_BREAK_RE: Final = re.compile("[，。；,;！!？?]")
# (and in another league named after a comma, a place's: 列宜春第5,宜春一类县第2, 全国第15位;
# not 首次进入第一方阵, 第一时间)
_NEXT_PLACE_RE: Final = re.compile(
    rf"\s*(?:[、和及与]|[，,][^\s，。；、,\d第]{{0,7}}[县市区省州国盟旗])\s*第\s*(?P<n>{_NUM})(?:\s*(?:位|名))?(?!\s*[届次批期版轮季章条款号个年家项所座产])"
)
_TOP_RE: Final = re.compile(
    # 进入全省前五, 力争进入前十, 跻身全国百强, 迈进100强, 前10名
    # (a run of digits is read from its start only: 9999…x would be tried at each digit)
    rf"(?:前\s*(?P<top>{_NUM})\s*(?P<word>强|名|位)?|(?<![0-9一二两三四五六七八九十百])"
    rf"(?P<strong>{_NUM}|百|千)\s*强"
    # (百强县排名升至76位, 百强跃升至76位: the league of a place, not a bound; not 提升12位, a move)
    r"(?![^\s，。；,;、]{0,6}?(?:排名|排位|至|到)[^\s，。；,;、]{0,8}?[0-9]+位(?![数置于次]))"
    r"(?P<ranking>[^\s，。；,;、]{0,6}?(?:排名|排位))?)"
    r"(?![^\s，。；,;]{0,4}第)"  # 百强县第30位: the league of a place, not a bound
)
_TOP_LEAD_RE: Final = re.compile(
    r"(?:进入|跻身|迈进|迈入|跨入|挺进|位列|位居|保持|稳居|居|列|排名|排在|跃居|跃入|晋级|入围|"
    r"争|冲刺|全国|全省|全市|全区)[^\s，。；]{0,10}\Z"  # (\Z:居民收入 before a line's end is none)
)
_ENTERED_RE: Final = re.compile("进入|跻身|迈进|迈入|跨入|挺进|入选|入围|晋级|跃入|位列|保持|稳居")
# the lists of firms a 500强 names (世界500强, 中国民营企业500强)
_FIRMS: Final = ("世界", "中国", "全球", "企业", "民营", "跨国公司")
_PLACES_AFTER: Final = ("县", "区", "市", "城", "镇")  # 中国百强县: a league of places
_MOVE_RE: Final = re.compile(
    rf"(?P<dir>前移|上升|提升|前进|跃升|进位|晋升|后移|下降|下滑|后退|退后)\s*(?P<n>{_NUM})\s*"
    r"(?:个)?(?:位次|位|名)"
)
_DOUBLING_RE: Final = re.compile(r"翻(?:了)?(?P<n>一|两|二|三|四)番(?P<more>多|以上)?")
_TIMES: Final = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4}


def _value(n: str) -> Decimal | None:
    return Decimal(n) if n.isdigit() else chinese_to_decimal(n)


def _rank(start: int, end: int, value: Decimal, suffix: str | None = None) -> Number:
    return Number(start, end, end, value, RANK, False, suffix, "quantity", None)


_REACH: Final = 32  # characters a rank's words reach before and after its anchor
_PLACE_ANCHOR_RE: Final = re.compile("第|首")
_TOP_ANCHOR_RE: Final = re.compile("前|强")
_BARE_ANCHOR_RE: Final = re.compile("位")


# a place counted from the last (倒数第二), and the size of the league it is counted in
# (全国31省份, 16个县市区中)
_FROM_LAST_RE: Final = re.compile(r"倒数\s*第\s*$")
_LAST_PLACE_RE: Final = re.compile("(?<=排位|排名|位次|居于|位列)垫底|(?<=排名|位列|排在)末位")
_LEAGUE_SIZE_RE: Final = re.compile(
    r"(?P<m>[0-9]+|[一二两三四五六七八九十]+)\s*个?"
    r"(?:省份|省区市|省市区|省区|城市|县市区|县区|区县|县市|地市|市州|市县|地级市)"
)


def _from_last(work: str, at: int, n: Decimal) -> Decimal | None:
    """The place of the n-th from the last (倒数第二, its number at ``at``), in a league whose
    size the words before it name (位列全国31省份倒数第二: 30); None where they name none: the
    place is not known, and 倒数第一 is never first."""
    size = None
    for m in _LEAGUE_SIZE_RE.finditer(work, max(at - _REACH, 0), at):
        size = _value(m.group("m"))
    if size is None or size < n:
        return None
    return size - n + 1


def _in_ranking(work: str, at: int) -> bool:
    """Whether the clause before ``at`` names a ranking (排名, 位次, 百强)."""
    lead = work[max(at - _REACH, 0) : at]
    breaks = list(_CLAUSE_BREAK_RE.finditer(lead))
    return _RANKING_RE.search(lead, breaks[-1].end() if breaks else 0) is not None


def _tops(work: str) -> list[Number]:
    """The bounds of a ranking's top a folded text names (进入全省前五, 跻身全国百强: at most 5,
    100)."""
    found = []
    for m in near(_TOP_RE, _TOP_ANCHOR_RE, work, _REACH):
        if work.endswith("倒数", 0, m.start()):
            continue  # 排名倒数前五: among the last, never the top
        bare = m.group("top") and not m.group("word")
        if bare and _TOP_LEAD_RE.search(work, max(m.start() - 12, 0), m.start()) is None:
            continue  # 前10月, 前三季度: not a ranking
        if (
            m.group("strong")
            and work.endswith(_FIRMS, 0, m.start())
            and not work.startswith(_PLACES_AFTER, m.end())
        ):
            continue  # 引进4家世界500强: a list of firms, not the place's rank
        if m.group("ranking") and not _ENTERED_RE.search(work, max(m.start() - 12, 0), m.start()):
            continue  # 百强排名“十三连升”: the ranking, not a bound (but 进入全国百强排名)
        value = _value(m.group("top") or m.group("strong") or "")
        if m.group("strong") in ("百", "千"):
            value = Decimal(100 if m.group("strong") == "百" else 1000)
        if value is not None and value > 0:
            found.append(_rank(m.start(), m.end(), value, "以内"))  # within the top N: at most N
    return found


def read_ranks(work: str) -> list[Number]:
    """The ranks, moves in a ranking and doublings of a folded text, in text order."""
    found = []
    for m in near(_PLACE_RE, _PLACE_ANCHOR_RE, work, _REACH):
        value = Decimal(1) if m.group("first") else _value(m.group("n") or "")
        if (
            value is not None
            and m.group("n")
            and _FROM_LAST_RE.search(work, m.start(), m.start("n"))
        ):
            value = _from_last(work, m.start("n"), value)  # 倒数第二: second from the last
        if value is not None and value > 0:
            start = m.start("first") if m.group("first") else m.start("n")
            found.append(_rank(start, m.end(), value))
        end = m.end()  # the places listed after it: 分别居金华第1、第2; 第26位和第49位
        while (listed := _NEXT_PLACE_RE.match(work, end)) is not None:
            value = _value(listed.group("n"))
            if value is not None and value > 0:
                found.append(_rank(listed.start("n"), listed.end(), value))
            end = listed.end()
    for m in _LAST_PLACE_RE.finditer(work):  # 在全国31省份中排位垫底: the last of 31
        value = _from_last(work, m.start(), Decimal(1))
        if value is not None:
            found.append(_rank(m.start(), m.end(), value))
    for m in near(_BARE_PLACE_RE, _BARE_ANCHOR_RE, work, _REACH):
        value = _value(m.group("n"))
        if value is not None and value > 0:
            found.append(_rank(m.start("n"), m.end(), value))
    for m in near(_MOVED_PLACE_RE, _BARE_ANCHOR_RE, work, _REACH):
        value = _value(m.group("n"))
        if value is not None and value > 0 and _in_ranking(work, m.start()):
            found.append(_rank(m.start("n"), m.end(), value))
    found += _tops(work)
    for m in _MOVE_RE.finditer(work):
        value = _value(m.group("n"))
        if value is not None:  # its direction is read from the words, as for any change
            found.append(_rank(m.start("n"), m.end(), value))
    for m in _DOUBLING_RE.finditer(work):
        times = Decimal(2 ** _TIMES[m.group("n")])
        more = "余" if m.group("more") == "多" else ("以上" if m.group("more") else None)
        end = m.end()
        found.append(Number(m.start(), end, end, times, MULTIPLE, True, more, "quantity", None))
    found.sort(key=lambda n: n.start)
    return found


def read_all(work: str) -> list[Number]:
    """Every number of a folded text with the ranks and multiples written in words, in order: a
    rank or a multiple replaces the numbers it is written with (第5, 前10名, 上升2名)."""
    worded = read_ranks(work)
    numbers = read_numbers(work)
    if not worded:
        return numbers
    out: list[Number] = []
    w = 0  # worded figures are few and sorted: one walk through both lists
    for n in numbers:
        while w < len(worded) and worded[w].start < n.start:
            if not out or out[-1].end <= worded[w].start:
                out.append(worded[w])
            w += 1
        if out and out[-1].unit in (RANK, MULTIPLE) and out[-1].end > n.start:
            continue  # written inside a rank or a multiple: part of it
        if w < len(worded) and worded[w].start < n.end:
            continue  # a rank starts inside this number (前10名)
        out.append(n)
    for x in worded[w:]:  # (after the last number: each against the one kept before it)
        if not out or out[-1].end <= x.start:
            out.append(x)
    return out


def scan(text: str) -> list[Number]:
    """Every number in ``text``, in order, with multiplier and unit folded in, and its kind."""
    return read_all(fold(text))


def quantities(text: str) -> list[Number]:
    """The numbers of ``text`` that are quantities of a statement (not years, codes or names)."""
    return [n for n in read_all(fold(text)) if n.kind == "quantity"]


__all__ = ["MULTIPLE", "RANK", "quantities", "read_all", "read_ranks", "scan"]
