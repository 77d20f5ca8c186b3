"""What a table's head says of the cells under it: each column's unit (绝对数(亿元), 比上年增长
(%)), whose figure it is (计划, 目标 or 完成, 实际), whether it is growth, and its year."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

import attrs

from .._numbers import NotANumber, read_number_at
from .._text import squash
from .._units import RANK, RATE_UNITS
from .._vocab import Role

UNIT_IN_HEAD_RE: Final = re.compile(
    r"[(（]\s*([^()（）0-9]{1,6}?)\s*[)）]|单位\s*[:：]\s*(\S{1,6})|([%％‰])$"
)
TARGET_HEAD_RE: Final = re.compile("计划|目标|预期")
OUTCOME_HEAD_RE: Final = re.compile("完成|实际|实绩|执行|实现")
GROWTH_HEAD_RE: Final = re.compile("增长|增速|增幅|比上年|同比|较上年|±")
_RANK_HEAD_RE: Final = re.compile("排名|排位|位次")
# the head of the column of names (指标名称, 项目 alone): the columns before it are of groups
NAMES_HEAD_RE: Final = re.compile(r"名\s*称|^\s*(?:指\s*标|项\s*目)\s*$")
_HEAD_YEAR_RE: Final = re.compile(r"((?:19|20)[0-9]{2})年")
_LAST_YEAR_HEAD_RE: Final = re.compile("上年|去年")  # (a head that opens on the year before)


def unit_of(words: str) -> tuple[Decimal, str] | None:
    """(factor, registry unit) of the unit words a head or a 单位 cell writes (亿元, %, 万人)."""
    words = squash(words)
    if not words:
        return None
    try:
        found = read_number_at("1" + words, 0)
    except NotANumber:
        return None
    if found.end != len(words) + 1 or not found.unit:
        return None
    return found.value, found.unit


def head_unit(text: str) -> tuple[Decimal, str] | None:
    if _RANK_HEAD_RE.search(text):
        return Decimal(1), RANK  # 全省排名: places in a ranking
    m = UNIT_IN_HEAD_RE.search(squash(text))
    if m is None:
        return None
    return unit_of(m.group(1) or m.group(2) or m.group(3))


@attrs.frozen
class Column:
    """What a column's head says of the cells under it."""

    head: str
    unit: tuple[Decimal, str] | None
    role: Role | None
    growth: bool
    year: int | None = None


def column(text: str) -> Column:
    h = squash(text)
    role: Role | None = None
    target, outcome = TARGET_HEAD_RE.search(h), OUTCOME_HEAD_RE.search(h)
    if target and not outcome:
        role = "target"
    elif outcome and not target:
        role = "outcome"
    year = _HEAD_YEAR_RE.search(h)
    return Column(
        h,
        head_unit(h),
        role,
        GROWTH_HEAD_RE.search(h) is not None,
        int(year.group(1)) if year else None,
    )


@attrs.frozen
class Head:
    """A table's head row, read once: its columns, and which one is the 单位 column."""

    columns: tuple[Column, ...]
    unit_column: int | None
    dated: bool = False  # whether a column names its year
    planned: bool = False  # whether it has a column of targets and one of results


def head_of(row: list[tuple[int, str]]) -> Head:
    columns = tuple(column(text) for _, text in row)
    years = [c.year for c in columns if c.year]
    if years:  # (上年完成 beside 2023年目标: 2022's, beside 2025年规划目标 too; not 比上年增长)
        columns = tuple(
            attrs.evolve(c, year=min(years) - 1) if _LAST_YEAR_HEAD_RE.match(c.head) else c
            for c in columns
        )
    unit_column = next((i for i, c in enumerate(columns) if c.head.endswith("单位")), None)
    roles = {c.role for c in columns}
    return Head(
        columns,
        unit_column,
        any(c.year for c in columns),
        "target" in roles and "outcome" in roles,
    )


def written_unit(text: str) -> tuple[Decimal, str] | None:
    """The unit a cell writes after its number (1300人, 7699套), with no multiplier; None for
    a bare number, a rate or an amount in 万 (its magnitude is the cell's, not the row's)."""
    m = _UNIT_AFTER_RE.fullmatch(text)
    if m is None:
        return None
    unit = unit_of(m.group(1))
    return unit if unit is not None and unit[0] == 1 and unit[1] not in RATE_UNITS else None


_UNIT_AFTER_RE: Final = re.compile(r"\s*[0-9][0-9,.]*\s*([\u4e00-\u9fff]{1,2})\s*")


def plan_and_result(cells: list[tuple[int, str]]) -> bool:
    """Whether the cells of a head name a column of targets and one of results (计划, 实际)."""
    roles = {column(text).role for _, text in cells}
    return "target" in roles and "outcome" in roles


# the columns of a head's second row: what a column of the first row holds (总量, 比上年增长(%))
_JUDGING_HEAD_RE: Final = re.compile("评价")  # (完成情况评价: words, not figures)
_SUB_HEAD_RE: Final = re.compile(rf"(?:总量|绝对[数值]|数值|金额|{GROWTH_HEAD_RE.pattern})")


def leaves(head: list[tuple[int, str]], width: int) -> list[tuple[int, str]] | None:
    """The columns of a head of ``width`` columns printed as its cells one after another: as
    they are, where there are that many; else a head of two rows (指标名称 / 2017年目标 / 2017年
    实绩 / 完成情况评价 / 比上年增长(%) / 总量 / 比上年增长(%)): the second row is the cells at
    the end that say what a column holds (总量, 增长), the first row's columns that name a plan
    or a result stand over them, one group each, a group closed by its growth (目标: 增长;
    实绩: 总量, 增长). Each column is named by both rows (2017年实绩总量). None where the cells
    cannot be read so."""
    if len(head) == width:
        return head
    over = len(head) - width  # the first row's columns that stand over others
    k = len(head)
    while k > 1 and _SUB_HEAD_RE.search(head[k - 1][1]):
        k -= 1
    tops, subs = head[:k], head[k:]
    # (the columns that name a plan or a result, but for a column of words that judges them,
    # 完成情况评价: exactly as many as stand over others, or which ones do is not told)
    parents = [
        i
        for i, (_, t) in enumerate(tops)
        if i and column(t).role is not None and not _JUDGING_HEAD_RE.search(t)
    ]
    if len(parents) != over:
        return None
    groups: list[list[tuple[int, str]]] = [[]]
    for cell in subs:
        if len(groups[-1]) and GROWTH_HEAD_RE.search(groups[-1][-1][1]) and len(groups) < over:
            groups.append([])
        groups[-1].append(cell)
    if over < 1 or len(groups) != over or not all(groups):
        return None
    out: list[tuple[int, str]] = []
    for i, (at, text) in enumerate(tops):
        if i in parents:
            out.extend((a, text + t) for a, t in groups[parents.index(i)])
        else:
            out.append((at, text))
    return out if len(out) == width else None


__all__ = [
    "GROWTH_HEAD_RE",
    "OUTCOME_HEAD_RE",
    "TARGET_HEAD_RE",
    "UNIT_IN_HEAD_RE",
    "Column",
    "Head",
    "column",
    "head_of",
    "head_unit",
    "leaves",
    "plan_and_result",
    "unit_of",
    "written_unit",
]
