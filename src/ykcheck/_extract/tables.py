"""What the cells of a page's tables say (``rows`` finds the rows and cells, however a page
prints them).

A communiqué or a 计划执行 report prints its figures in tables whose cells hold bare numbers:
the unit is in the column's head (绝对数(亿元), 比上年增长(%)), in a 单位 column of the row or in
the caption (单位:万元); whose figure it is (计划, 目标 or 完成, 实际) and whether it is growth
(增长, 增速, 比上年) are in the head too; what it measures is the row's first cell. This module
reads those words for every cell that holds a number, so that extraction reads a cell as it
reads a sentence.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

import attrs

from .._numbers import NotANumber, Number, read_number_at
from .._text import squash
from .._units import RANK
from .._vocab import Role
from .heads import (
    GROWTH_HEAD_RE,
    NAMES_HEAD_RE,
    Column,
    Head,
    head_of,
    head_unit,
    unit_of,
    written_unit,
)
from .heads import column as column_of
from .rows import (
    CAPTION_RE,
    CAPTION_UNIT_RE,
    NUMBER_CELL_RE,
    NUMBERS_HEAD_RE,
    WORDED_CELL_RE,
    YEAR_HEAD_RE,
    may_hold_table,
    rows,
)


@attrs.frozen
class Cell:
    """What its table says of the number in one cell."""

    label: str  # the row's first cell: what the figure measures
    factor: Decimal  # what the cell's number is multiplied by to be in ``unit`` (1.2 万人)
    unit: str  # the registry unit of the column or the row ("" if none is named)
    role: Role | None  # target under 计划, 目标; outcome under 完成, 实际; None if neither
    growth: bool  # the head speaks of growth (增长, 增速, 比上年)
    row_start: int  # where the row starts: the quote of a cell's figure starts there
    head: str  # the column's head (年计划, 1-12月完成): the heading the figure stands under
    # the year the column's head names (2023年计划); 0 where other columns name years and this
    # one none (同比增长% beside 2016年 | 2015年); None where no column does
    year: int | None = None
    # the row's label for a figure in a cell's words that name nothing (增长26万左右 in the
    # row of 户籍人口)
    row: str = ""

    @property
    def stated(self) -> bool:
        """Whether the number stands in a cell's words (新增公办学位6800个。), which name it."""
        return not self.label


# a line of its own inside a table that groups its rows (按城乡分); a caption is short
_GROUP_MAX: Final = 8
_GROUP_RE: Final = re.compile(r"[按其#]\S{1,7}|[|｜]")
_CAPTION_MAX: Final = 30


def _is_head(cells: list[tuple[int, str]], values: re.Pattern[str] = NUMBER_CELL_RE) -> bool:
    """Whether a row is a head: no cell after its label holds a figure, nor a statement in a
    figure's place (其中:食品烟酒 | 持平: a row of the table, not a new head)."""
    # (a year is a column's head, 2023年, though a cell may write its figure's unit: 162817吨)
    return not any(
        (values.fullmatch(text) and not YEAR_HEAD_RE.fullmatch(text))
        or _FLAT_CELL_RE.fullmatch(text)
        for _, text in cells[1:]
    )


_FLAT_CELL_RE: Final = re.compile(r"\s*持平\s*")


def cells(work: str) -> dict[int, Cell]:
    """What the tables of a folded text say of each cell that holds a number, by the offset of
    the cell's first character that is not white space."""
    found: dict[int, Cell] = {}
    if not may_hold_table(work):
        return found  # no bar, no line that ends with numbers apart, no head alone: no table
    heads: list[list[tuple[int, str]]] = []  # the head rows read since the last data row
    head: Head | None = None
    caption_unit: tuple[Decimal, str] | None = None
    indexed = False  # whether the caption names an index (2021年居民消费价格指数)
    celled: set[int] = set()  # the rows of tables one cell a paragraph (see ``_celled``)
    padded: _Padded | None = None  # a table whose rows are padded with empty cells
    stated: _Statements | None = None  # a table of promises and progress in words
    for line_start, line_end, row in rows(work, celled):
        row_span = (line_start, line_end)
        # (a cell of such a table may hold a rate and its comparator, 6%左右; elsewhere a
        # table's cell of a figure is a bare number, and the words of a sentence read the rest)
        values = WORDED_CELL_RE if line_start in celled or padded else NUMBER_CELL_RE
        if not row:
            padded = stated = None
            line = squash(work[line_start:line_end])
            if len(line) > _GROUP_MAX or "。" in line or CAPTION_RE.match(line):
                heads, head = [], None  # a paragraph or a caption: the table has ended
            if line and not _GROUP_RE.fullmatch(line):
                caption_unit, indexed = _caption(line)
            continue
        if not "".join(t for _, t in row[1:]).strip():
            continue  # a row of a group (一、经济发展 | | |): no head, no figures
        if (
            stated is not None
            and _is_head(row, values)
            and _DIGIT_RE.search(work, *row_span)
            and not _HEAD_CELL_RE.search(row[0][1])
        ):
            stated.read(row, found)  # (a row of words under a head of promises and progress)
            continue
        if padded is not None and head is not None:
            row = padded.aligned(row)  # (its rows are rows of figures, words or not)
        elif not heads and head is None and _Padded.pads(row) and _is_head(row, values):
            padded = _Padded(row)  # 序号 | 指标名称 | 单位 | 2022年 计划目标 | 2022年实绩 | |||
            heads.append(padded.trimmed(row))
            continue
        elif _is_head(row, values):
            if head is not None and not heads and not _HEAD_CELL_RE.search(row[0][1]):
                # a row of words (一、经济发展; 能耗 | 完成省下达任务; 增长26万左右,年末…): no head
                _read_row(row, head, (caption_unit, indexed), line_start, found, values)
                continue
            heads.append(padded.trimmed(row) if padded is not None else row)
            stated = _Statements.of(row)
            continue
        if heads and padded is not None and row[-1][1].strip():
            padded = None  # (a head whose merged cells a page left empty, over rows not padded)
        if heads and padded is not None:
            head, heads = head_of(padded.spread(heads)), []
            row = padded.aligned(row)
        elif heads:
            head, heads = head_of(_fitting(heads, len(row))), []
        if head is not None:
            _read_row(row, head, (caption_unit, indexed), line_start, found, values)
    return found


class _Statements:
    """A table of promises and what is done of them, in words (序号 | 项目内容 | 进展情况 | 责任
    单位; 内容与要求 | 完成情况): the figures in a cell of its column of promises are targets,
    those in a cell of its column of progress results; each is named by its own words. A row
    that goes on a promise of the row above (新增婴幼儿照护服务托位500个。 | 新增…600个。) has no
    number of its own: its cells start at the column after the numbers'."""

    def __init__(self, head: list[tuple[int, str]], roles: list[Role | None]) -> None:
        self.heads = [squash(t) for _, t in head]
        self.roles = roles
        self.numbered = NUMBERS_HEAD_RE.fullmatch(self.heads[0]) is not None

    @staticmethod
    def of(head: list[tuple[int, str]]) -> _Statements | None:
        heads = [squash(t) for _, t in head]  # (项 目 内 容)
        roles: list[Role | None] = [
            "outcome"
            if _PROGRESS_HEAD_RE.search(t)
            else "target"
            if _PROMISE_HEAD_RE.search(t)
            else None
            for t in heads
        ]
        words = any(_WORDS_HEAD_RE.search(t) for t in heads)  # (项目内容, 内容与要求, 主要任务)
        if "outcome" in roles and "target" in roles and words:
            return _Statements(head, roles)
        return None

    def read(self, row: list[tuple[int, str]], found: dict[int, Cell]) -> None:
        """The figures of a data row's cells of promises and of progress."""
        if self.numbered and not row[0][1].strip().isdigit():
            row = [(row[0][0], ""), *row]
        for (start, text), role, head in zip(row, self.roles, self.heads, strict=False):
            if role is None:
                continue
            _state(text, Cell("", Decimal(1), "", role, False, start, head), found)


def _state(text: str, cell: Cell, found: dict[int, Cell]) -> None:
    """The figures in a cell's words (``text``, starting at ``cell.row_start``), each named by
    its words and of the cell's role, but a plan told beside the progress (下一步计划新开工800
    套), a target."""
    planned = attrs.evolve(cell, role="target")
    for number in _STATED_NUMBER_RE.finditer(text):
        stated = _PLANNED_RE.search(text, 0, number.start()) is not None
        found[cell.row_start + number.start()] = planned if stated else cell


# the heads of a column of promises (项目内容, 内容与要求, 全年目标任务, 月度工作计划) and of one of
# what is done of them (进展情况, 完成情况, 1-11月推进情况, 落实情况)
_PROMISE_HEAD_RE: Final = re.compile("内容|要求|任务|目标|计划")
_WORDS_HEAD_RE: Final = re.compile("内容|要求|任务")  # a column of promises in words
_PROGRESS_HEAD_RE: Final = re.compile("(?:进展|完成|推进|落实|实施)情况")
_STATED_NUMBER_RE: Final = re.compile(r"-?(?<![0-9.])[0-9]")
_DIGIT_RE: Final = re.compile("[0-9]")
_PLANNED_RE: Final = re.compile(r"(?:计划|目标|力争|将)[^，,。；;]{0,10}\Z")


class _Padded:
    """A table whose rows a page pads with empty cells at their end (地区生产总值 | 8%左右 | 9.7
    | 完成 | 2 | |||): a cell left empty is dropped, and a column of groups printed once for its
    rows (预期性 / 经济发展) is in the first row only, so a row is read from its label on, left
    to right; its head may be of two rows, whose second names the columns one column of the
    first stands over (2022年实绩 / 绝对值 | 增速(%); 完成情况 / 增幅 | 绝对值 | 评价)."""

    def __init__(self, head: list[tuple[int, str]]) -> None:
        self.width = 0
        self.grouped = bool(head) and _GROUPS_HEAD_RE.search(head[0][1]) is not None
        # the column of row numbers (序号), which places a row's cells where there is one
        self.numbers = next(
            (i for i, (_, t) in enumerate(head) if NUMBERS_HEAD_RE.fullmatch(t)), None
        )
        # the columns before the names' (属性, 序号) are no figures': rows are read from it
        self.names = next((i for i, (_, t) in enumerate(head) if NAMES_HEAD_RE.search(t)), 0)

    @staticmethod
    def pads(row: list[tuple[int, str]]) -> bool:
        """Whether a row ends with two empty cells or more (a caption ends with one: 图2:2024年
        居民消费价格比上年涨跌幅度(%) | |)."""
        return len(row) > 2 and not (row[-1][1] + row[-2][1]).strip()

    @staticmethod
    def trimmed(row: list[tuple[int, str]]) -> list[tuple[int, str]]:
        end = len(row)
        while end > 1 and not row[end - 1][1].strip():
            end -= 1
        return row[:end]

    def spread(self, heads: list[list[tuple[int, str]]]) -> list[tuple[int, str]]:
        """The columns of the head's rows: the second row's stand under the last column of the
        first that names a plan or a result (a column of words after it, 全市排名, stays)."""
        tops = heads[0]
        if len(heads) == 2:
            over = [i for i, (_, t) in enumerate(tops) if i and column_of(t).role is not None]
            if over:
                k = over[-1]
                below = [(a, squash(tops[k][1]) + squash(t)) for a, t in heads[1]]
                tops = tops[:k] + below + tops[k + 1 :]
            else:
                tops = _spanned(tops, heads[1])
        self.width = len(tops)
        return tops[self.names :]

    def aligned(self, row: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """``row`` read from the left, as wide as the head: cells of groups the head does not
        name dropped (经济发展 | 1 | 地区生产总值(GDP) | …), the group's place kept where the
        head names it and the row leaves it to the rows above (全员劳动生产率 | …)."""
        row = self.trimmed(row)
        if not self.width:
            return row  # (no head read yet)
        number = next((k for k, (_, t) in enumerate(row[:3]) if t.strip().isdigit()), None)
        if self.numbers is not None and number is not None:  # (预期性 | 1 | 常住人口城镇化率 …)
            gap = self.numbers - number
            row = [(row[0][0], "")] * gap + row if gap > 0 else row[-gap:]
        elif len(row) > self.width:
            row = row[len(row) - self.width :]
        elif self.grouped and len(row) < self.width:
            row = [(row[0][0], ""), *row]
        row = row + [(row[-1][0], "")] * (self.width - len(row))
        return row[self.names :]


def _spanned(tops: list[tuple[int, str]], below: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The columns of a head of two rows whose first names each column of figures once over
    as many under it in the second (分行业 | 增长% | 结构% / 2024年 | 2023年 | 2024年 | 2023年):
    each under-column with the words of its column above (2024年增长%), else the first row."""
    over = [c for c in tops[1:] if c[1].strip()]
    under = [c for c in below if c[1].strip()]
    if not over or len(under) <= len(over) or len(under) % len(over):
        return tops
    k = len(under) // len(over)
    kinds = [(c.role, c.growth) for c in (column_of(t) for _, t in under)]
    if any(kinds[i : i + k] != kinds[:k] for i in range(k, len(kinds), k)):
        return tops  # (spans that differ: 2023年 | 2024年 over 目标 | 完成 | 完成率% | 目标; not
        # 目标 | 完成 | 目标 | 预计完成, each group a plan and a result)
    out = [tops[0]]
    for i, (a, t) in enumerate(under):
        top = squash(over[i // k][1])
        # (the words that name a unit last, where head_unit finds it: 2024年增长%)
        out.append((a, squash(t) + top if head_unit(top) else top + squash(t)))
    return out


_GROUPS_HEAD_RE: Final = re.compile("属性|类型|类别|分类|领域")
# the first cell of a head (指标名称, 项目, 序号, 属性): a row of words that starts so heads a table
_HEAD_CELL_RE: Final = re.compile(r"指\s*标|项\s*目|名\s*称|序\s*号|属性|类别|产品|品名|^\s*$")
# a column of rates or growth, whose cells take no unit another cell of the row writes
_RATED_RE: Final = re.compile(f"率|{GROWTH_HEAD_RE.pattern}")
_RATE_LABEL_RE: Final = re.compile("率|比重|比例|占|指数|强度|系数")


def _caption(line: str) -> tuple[tuple[Decimal, str] | None, bool]:
    """What a line outside a table says of the table after it: the unit its caption names
    (单位:万元), and whether it names an index (a caption's, not a sentence's: 居民消费价格指数
    比上年上涨0.2%。)."""
    caption = CAPTION_UNIT_RE.search(line)
    indexed = "指数" in line and "。" not in line and len(line) <= _CAPTION_MAX
    return (unit_of(caption.group(1)) if caption else None), indexed


def _fitting(heads: list[list[tuple[int, str]]], width: int) -> list[tuple[int, str]]:
    """The head of a table whose first row of figures has ``width`` cells: its last head row,
    or its head rows one after another where only together they are as wide (a head printed
    over two lines: 品名 | 播种面积(亩) / 同比增减(%) | 产量(吨) | 同比增减(%)), or with the
    columns of its first row spanning those of its second (see ``_spanned``)."""
    last = heads[-1]
    if len(heads) > 1:
        spanned = _spanned(heads[-2], last)
        if spanned is not heads[-2] and len(spanned) == width:
            return spanned  # 分行业 | 增长% | 结构% / 2024年 | 2023年 | 2024年 | 2023年
    if len(last) >= width - 1 or len(heads) == 1:
        return last
    together = [cell for row in heads for cell in row]
    return together if len(together) == width else last


def _read_row(
    row: list[tuple[int, str]],
    head: Head,
    caption: tuple[tuple[Decimal, str] | None, bool],
    line_start: int,
    found: dict[int, Cell],
    values: re.Pattern[str],
) -> None:
    """The cells of one data row, each with the words of its column's head (``values``: what a
    cell of a figure holds; ``caption``: the unit the caption names, and whether it names an
    index). An index (上年=100: 居民消费价格总指数 | 101.0, under 比上年涨跌(%) as often as not)
    is a bare level, never a growth of 101%."""
    caption_unit, indexed = caption
    if row[0][1].strip().isdigit() and NUMBERS_HEAD_RE.fullmatch(head.columns[0].head):
        row = row[1:]  # | 1 | 地区生产总值增长(%) | 6 | 5.2 |: the row's number, under 序号
    # #女性: of which, 女性; 地区生产总值△: a mark that refers to a note under the table
    label = squash(row[0][1]).lstrip("#＃").rstrip(_NOTE_MARKS)
    if not label or values.fullmatch(label):
        return
    growth_row = GROWTH_HEAD_RE.search(label) is not None  # 地区生产总值增长(%)
    label_unit = head_unit(label)  # (%) after the label: the unit of the row's bare numbers
    columns = head.columns
    shift = len(columns) - len(row)  # heads often leave out the label's column: align at the right
    row_unit = None
    if head.unit_column is not None and 0 <= head.unit_column - shift < len(row):
        row_unit = unit_of(row[head.unit_column - shift][1])
    # (目标任务 1300人 | 实际完成 700: a result in the unit its target writes, but no 完成率; a
    # 责任单位 column names who answers for it, no unit)
    carried = None
    if row_unit is None and head.planned:
        carried = next(filter(None, (written_unit(t) for _, t in row[1:])), None)
    figures, grows = _figures(row, columns, shift, values)
    if values is WORDED_CELL_RE:  # (a table of targets and results one cell a line)
        _stated_cells(row, label, head, shift, found)
    for start, text, column in figures:
        # (a column of growth whose head names no unit is in %, whatever the caption's unit)
        unit = (
            column.unit
            or row_unit
            or (carried if column.role == "outcome" and not _RATED_RE.search(column.head) else None)
            or (label_unit if label_unit and label_unit[1] != RANK else None)
            or (_PERCENT if column.growth else caption_unit)
        )
        growth = column.growth or growth_row or (grows and column.role == "target")
        if (indexed or "指数" in label) and _INDEX_RE.fullmatch(text):
            unit, growth = None, False
        factor, name = unit if unit is not None else (Decimal(1), "")
        # (the cell's number: after a word that says what it is, 预计7%左右, 达到50%)
        at = start + next((k for k, ch in enumerate(text) if ch.isdigit() or ch in "-+−"), 0)
        year = (column.year or 0) if head.dated else None
        # (in a table of plans and results, a column that names neither, 全省排名, is a result's)
        role = column.role or ("outcome" if head.planned else None)
        cell = Cell(label, factor, name, role, growth, line_start, column.head, year)
        found[at] = cell
        remark = _REMARK_RE.search(text)
        if remark is not None:  # 8.7(实际增长7.9): the figure restated, in the column's terms
            # (not 2.9（上年3.1）, 5200（全省第3）: another year's, a place)
            for number in _REMARK_NUMBER_RE.finditer(text, remark.start()):
                found[start + number.start()] = cell


def _stated_cells(
    row: list[tuple[int, str]], label: str, head: Head, shift: int, found: dict[int, Cell]
) -> None:
    """The figures in the words of a row's cells of targets or results that hold more than a
    figure (增长26万左右,年末户籍人口800万左右 | 增长11.9万人,年末户籍人口786.7万人): each a
    target or a result of the year as its column is, named by its own words or the row's
    label."""
    columns = head.columns
    for j, (start, text) in enumerate(row[1:], start=1):
        column = columns[j + shift] if 0 <= j + shift < len(columns) else _NO_COLUMN
        if column.role is None or WORDED_CELL_RE.fullmatch(text) or not _DIGIT_RE.search(text):
            continue
        year = (column.year or 0) if head.dated else None  # (2022年实绩 | 2023年目标)
        _state(
            text,
            Cell("", Decimal(1), "", column.role, False, start, column.head, year, label),
            found,
        )


def _figures(
    row: list[tuple[int, str]], columns: tuple[Column, ...], shift: int, values: re.Pattern[str]
) -> tuple[list[tuple[int, str, Column]], bool]:
    """The cells of figures of a data row (its label's left out), each with its column, and
    whether the row's targets in % are growth: beside a result under 增幅, unless the row
    measures a rate (财政总收入 | 8%以上 | 16.2%, but 常住人口城镇化率 | 68% | 73.3)."""
    figures = [
        (start, text, columns[j + shift] if 0 <= j + shift < len(columns) else _NO_COLUMN)
        for j, (start, text) in enumerate(row[1:], start=1)
        if values.fullmatch(text)
    ]
    label = squash(row[0][1])
    grows = not _RATE_LABEL_RE.search(label) and any(
        c.growth and c.role == "outcome" for _, _, c in figures
    )
    return figures, grows


_NO_COLUMN: Final = Column("", None, None, False)
_REMARK_RE: Final = re.compile(r"[(（](?=[^()（）]*(?:实际|同口径|可比|名义))[^()（）]*[0-9]")
_REMARK_NUMBER_RE: Final = re.compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?")
_NOTE_MARKS: Final = "△▲*＊※☆★"
# 50 to 199.9, a target's too (103左右)
_INDEX_RE: Final = re.compile(r"\s*(?:[5-9][0-9]|1[0-9]{2})(?:\.[0-9]+)?\s*(?:左右|以内|以下)?\s*")
_PERCENT: Final = (Decimal(1), "percent")


def within_cells(work: str, toks: list[Number], found: dict[int, Cell]) -> list[Number]:
    """``toks``, a table's cell's number read within its line: a cell one a line (3.7 /
    批发和零售业) takes no unit from the next line's words; its column's head gives it one."""
    if not found:
        return toks
    out = []
    for tok in toks:
        line_end = work.find("\n", tok.start, tok.end) if tok.start in found else -1
        # (only a number alone on its line: 一般公共预算收入 45.6 / 亿元 is a sentence's)
        if line_end >= 0 and not work[work.rfind("\n", 0, tok.start) + 1 : tok.start].strip():
            try:
                tok = read_number_at(work[:line_end], tok.start)._replace(kind=tok.kind)
            except NotANumber:
                continue
        out.append(tok)
    return out


__all__ = ["Cell", "cells", "within_cells"]
