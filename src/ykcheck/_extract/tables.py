"""Tables as pages print them: rows of cells between | (or ｜), a head row naming the columns;
or one cell a line with a bar's line between cells, or between rows; or columns that stand
apart by spaces under a head that names units (指 标 年末数(万人) 比重(%)).

A communiqué or a 计划执行 report prints its figures in tables whose cells hold bare numbers:
the unit is in the column's head (绝对数(亿元), 比上年增长(%)), in a 单位 column of the row or in
the caption (单位:万元); whose figure it is (计划, 目标 or 完成, 实际) and whether it is growth
(增长, 增速, 比上年) are in the head too; what it measures is the row's first cell. This module
reads those words for every cell that holds a number, so that extraction reads a cell as it
reads a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Final

import attrs

from .._text import squash
from .._units import RANK
from .._vocab import Role
from .heads import (
    GROWTH_HEAD_RE,
    OUTCOME_HEAD_RE,
    TARGET_HEAD_RE,
    UNIT_IN_HEAD_RE,
    Column,
    Head,
    head_of,
    head_unit,
    plan_and_result,
    unit_of,
    written_unit,
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


_SEPARATOR_RE: Final = re.compile("[|｜]")
_NUMBER_CELL_RE: Final = re.compile(r"\s*[-+−]?[0-9][0-9,.]*\s*")
# a cell of a figure: a number, with a rate's unit and a comparator word (6%左右, 2.6%以内)
_VALUE_CELL_RE: Final = re.compile(
    r"\s*[-+−]?[0-9][0-9,.]*\s*(?:[%％‰]\s*)?(?:左右|以上|以内|以下|之内)?\s*"
    r"|\s*[—–\-/／…]+\s*"  # (or a figure's place kept empty: —, /)
)
# and of such a table's figure with its unit (1300人, 7699套)
_WORDED_CELL_RE: Final = re.compile(
    rf"{_VALUE_CELL_RE.pattern}|\s*[0-9][0-9,.]*\s*[万亿千]?[\u4e00-\u9fff]{{1,2}}\s*"
)
# a line of its own inside a table that groups its rows (按城乡分), and a table's caption (表1)
_GROUP_MAX: Final = 8
_GROUP_RE: Final = re.compile(r"[按其#]\S{1,7}|[|｜]")
_CAPTION_RE: Final = re.compile(r"(?:附?表|图)\s*[0-9一二三四五六七八九十]")
_CAPTION_UNIT_RE: Final = re.compile(r"单位\s*[:：]\s*([^\s|｜,，。;；]{1,6})\s*$")
_MIN_CELLS: Final = 2
_MIN_ROWS: Final = 2
_NUMBERED_WIDTH_MAX: Final = 12  # the columns of a table of promises one cell a line
_CAPTION_MAX: Final = 30
_BAR_LINE_RE: Final = re.compile(r"\s*[|｜]\s*")
_STACKED_CELL_RE: Final = re.compile(r"[^|｜\n]*[^|｜\s][^|｜\n]*[|｜][^\S\n]*")
_TOKEN_RE: Final = re.compile(r"[^\s|｜]+")
_SPACED_MAX: Final = 80  # a row of a table of spaced columns is a short line
# a line that ends with two numbers standing apart (城 镇 2280.32 70.96): a spaced table's row
_SPACED_ROW_RE: Final = re.compile(r"[ \t]-?[0-9][0-9.,]*[ \t]+-?[0-9][0-9.,]*[ \t]*$", re.M)
_RUN_ON: Final = 2  # lines a row's cells may run on to
# the first cell of a table's head printed one cell a paragraph (指标名称, 指 标, 项目), and a
# line of it in a text (a cheap test whether to look for such tables at all)
_CELLED_HEAD: Final = r"(?:指\s*标|项\s*目)[^\s|｜0-9]{0,6}"
_CELLED_START_RE: Final = re.compile(rf"\s*{_CELLED_HEAD}\s*")
_CELLED_LINE_RE: Final = re.compile(rf"^[ \t]*{_CELLED_HEAD}[ \t]*$", re.M)


_Row = tuple[int, int, list[tuple[int, str]]]  # a row's start, end and cells (start, text)


def _line_end(work: str, pos: int) -> int:
    end = work.find("\n", pos)
    return len(work) if end < 0 else end


def _closed(work: str, start: int, end: int) -> bool:
    """Whether the line [start, end) ends with a bar (the bar that closes a row)."""
    text = work[start:end].rstrip()
    return bool(text) and text[-1] in "|｜"


def _rows(work: str, celled: set[int]) -> Iterator[_Row]:
    """(start, end, cells) of every row of ``work``: cells as (start, text), none for a line
    that is not a table's row. A row is a line; in a table whose rows end with a bar, a line
    that does not runs on to the next lines up to one that does (播种面积 / (亩) |: a cell's
    text broken over lines). Adds to ``celled`` the starts of the rows of tables printed one
    cell a paragraph."""
    pos = run_end = 0
    n = len(work)
    while pos <= n:
        end = _line_end(work, pos)
        if _CELLED_START_RE.fullmatch(work, pos, end):
            table = _celled(work, pos)
            if table is not None:
                celled.update(start for start, _, _ in table[0])
                yield from table[0]
                pos = table[1]
                continue
        if end < n and _BAR_LINE_RE.fullmatch(work, end + 1, _line_end(work, end + 1)):
            rows, pos = _vertical(work, pos)
            yield from rows
            continue
        if _SEPARATOR_RE.search(work, pos, end) is not None and not _closed(work, pos, end):
            more, nxt = 0, end
            while more < _RUN_ON and nxt < n:
                nxt = _line_end(work, nxt + 1)
                more += 1
                if _closed(work, pos, nxt):
                    end = nxt
                    break
        if _STACKED_CELL_RE.fullmatch(work, pos, end):
            if pos >= run_end:  # (a run of cells is looked at once, not again from each row)
                numbered, run_end = _numbered(work, pos)
                if numbered is not None:
                    celled.update(start for start, _, cells in numbered if cells)
                    yield from numbered
                    pos = run_end
                    continue
            stacked = _stacked(work, pos)
            if stacked is not None:
                yield stacked[0]
                pos = stacked[1]
                continue
        cells = []
        if _SEPARATOR_RE.search(work, pos, end) is None:
            cells = _spaced(work, pos, end)
        else:
            start = pos
            for bar in _SEPARATOR_RE.finditer(work, pos, end):
                cells.append((start, work[start : bar.start()]))
                start = bar.end()
            cells.append((start, work[start:end]))
            if not cells[-1][1].strip():
                cells.pop()  # the bar that closes the row
            if cells and not cells[0][1].strip():
                cells.pop(0)  # and the one that opens it
        yield pos, end, cells if len(cells) >= _MIN_CELLS else []
        pos = end + 1


def _stacked(work: str, pos: int) -> tuple[_Row, int] | None:
    """The row of a table that prints each cell on a line of its own, closed by a bar, and a
    line of a bar between rows (指標 | / 單位 | / 2016年 | / 同比增長% | / | / 社會從業人員 | /
    人 | / 21675 | …), starting at ``pos``, and where the text after it starts; None if there
    is none."""
    cells = []
    n = len(work)
    while pos <= n:
        end = _line_end(work, pos)
        if not _STACKED_CELL_RE.fullmatch(work, pos, end):
            break
        bar = work.rindex("|" if "|" in work[pos:end] else "｜", pos, end)
        cells.append((pos, work[pos:bar]))
        pos = end + 1
    if len(cells) < _MIN_CELLS:
        return None
    end = _line_end(work, pos) if pos <= n else n
    if pos <= n and _BAR_LINE_RE.fullmatch(work, pos, end):
        pos = end + 1  # the bar line between rows
    return (cells[0][0], cells[-1][0] + len(cells[-1][1]), cells), pos


# a line of a table printed one cell a line: a cell closed by a bar, or a bar alone (an empty
# cell)
_BAR_CELL_RE: Final = re.compile(r"[^|｜\n]*[|｜][^\S\n]*")


def _numbered(work: str, pos: int) -> tuple[list[_Row] | None, int]:
    """The rows of a table printed one cell a line, each closed by a bar, an empty cell a bar
    alone, whose rows are numbered from 1 (序号 | / 项目名称 | / 责任单位 | / 目标任务 | / 实际
    完成 | / 1 | / 精准扶贫… | / 农林水务局 | / 1300人 | / 700 | …), starting at ``pos``, and
    where the run of cells starting there ends (None for the rows if it is no such table). The
    numbers give its width (the head's, where it names 序号); its head is that many cells
    before row 1; a row of another width (a promise of several lines; the last row where
    lines follow it) is no row of it. The numbers' column is dropped: a row's label is its
    name."""
    cells: list[tuple[int, str]] = []
    n = len(work)
    p = pos
    while p <= n:
        end = _line_end(work, p)
        if not _BAR_CELL_RE.fullmatch(work, p, end):
            break
        bar = max(work.rfind("|", p, end), work.rfind("｜", p, end))
        cells.append((p, work[p:bar]))
        p = end + 1
    first = next((i for i, (_, text) in enumerate(cells) if text.strip() == "1"), None)
    if first is None:
        return None, p
    # the width: the rows' numbers stand that far apart (a result 2 in row 1 is no row's number)
    # (where the head names its numbers' column, 序号, the head's width is the table's)
    named = [i for i, (_, text) in enumerate(cells[:first]) if squash(text) in ("序号", "序號")]
    widths = [first - named[-1]] if named else range(3, _NUMBERED_WIDTH_MAX + 1)
    marks: list[int] = []
    width = 0
    for width in widths:
        marks = [first]
        while marks[-1] + width < len(cells) and cells[marks[-1] + width][1].strip() == str(
            len(marks) + 1
        ):
            marks.append(marks[-1] + width)
        if len(marks) >= _MIN_ROWS:
            break
    if len(marks) < _MIN_ROWS or first < width - 1:
        return None, p
    head = cells[marks[0] - width + 1 : marks[0]]
    if not plan_and_result(head):
        return None, p  # (a table of targets and results: others keep their usual reading)
    out: list[_Row] = [(a, a + len(t), []) for a, t in cells[: marks[0] - width + 1]]
    out.append((head[0][0], head[-1][0] + len(head[-1][1]), head))
    for j, m in enumerate(marks):
        nxt = marks[j + 1] if j + 1 < len(marks) else len(cells)
        if nxt - m == width:  # (the last row: only where the table ends with it)
            row = cells[m + 1 : nxt]
            out.append((row[0][0], row[-1][0] + len(row[-1][1]), row))
        else:  # (a row of another width, or a last row with more lines after it)
            out.extend((a, a + len(t), []) for a, t in cells[m:nxt])
    return out, p


def _spaced(work: str, pos: int, end: int) -> list[tuple[int, str]]:
    """The cells of a line of a table whose columns stand apart by spaces: a head that names
    units (指 标 年末数(万人) 比重(%)), or a label and its numbers (城 镇 2280.32 70.96); none
    for any other line."""
    if end - pos > _SPACED_MAX:
        return []
    line = squash(work[pos:end])
    if _CAPTION_RE.match(line) or _CAPTION_UNIT_RE.search(line):
        return []  # 表2 主要指标 单位:万元: a caption
    tokens = [(m.start(), m.group()) for m in _TOKEN_RE.finditer(work, pos, end)]
    if len(tokens) < _MIN_CELLS:
        return []
    k = len(tokens)
    while k and _NUMBER_CELL_RE.fullmatch(tokens[k - 1][1]):
        k -= 1
    if 0 < k < len(tokens):  # a label (which may hold spaces: 城 镇) and its numbers
        label = (tokens[0][0], work[tokens[0][0] : tokens[k - 1][0] + len(tokens[k - 1][1])])
        return [label, *tokens[k:]]
    if k == len(tokens) and (
        any(UNIT_IN_HEAD_RE.search(t) for _, t in tokens) or plan_and_result(tokens)
    ):
        return tokens  # a head: no numbers, a unit named, or columns of targets and results
    return []


def _vertical(work: str, pos: int) -> tuple[list[_Row], int]:
    """The rows of a table printed one cell per line, a line of a bar between cells (指 标 / | /
    绝对数 / | / 比上年增长% / | / 生产总值 / | / 295.4 / | / 7.7 …), starting at ``pos``, and
    where the text after it starts. Its width is a label and the numbers after it; its head the
    cells before the first label; a cell before the head is a caption (单位:亿元). Lines that
    make no such table are lines of no row (read once: not again from each of them)."""
    cells: list[tuple[int, int]] = []
    n = len(work)
    while pos <= n:
        end = _line_end(work, pos)
        cells.append((pos, end))
        bar_end = _line_end(work, end + 1) if end < n else n
        if end >= n or not _BAR_LINE_RE.fullmatch(work, end + 1, bar_end):
            pos = end + 1
            break
        pos = bar_end + 1
    none: list[_Row] = [(a, b, []) for a, b in cells]
    numeric = [_NUMBER_CELL_RE.fullmatch(work, a, b) is not None for a, b in cells]
    first = next((i for i, x in enumerate(numeric) if x), None)
    if first is None or first < 1:
        return none, pos
    width = 1 + next((j for j, x in enumerate(numeric[first:]) if not x), len(numeric) - first)
    label = first - 1
    head = label - width  # (the label's column may have no head: then one cell less)
    if head < 0 or numeric[head]:
        head += 1
    if head < 0 or width < _MIN_CELLS or (len(cells) - label) // width < 2:
        return none, pos
    out = none[:head]  # a caption: a line of its own
    out.append(
        (cells[head][0], cells[label - 1][1], [(a, work[a:b]) for a, b in cells[head:label]])
    )
    for i in range(label, len(cells) - width + 1, width):
        group = cells[i : i + width]
        out.append((group[0][0], group[-1][1], [(a, work[a:b]) for a, b in group]))
    return out, pos


_CELL_MAX: Final = 24  # a cell of a table printed one cell a paragraph is a short line
_CELLED_HEAD_MAX: Final = 8  # the columns such a table's head may name
_SENTENCE_MARK_RE: Final = re.compile("[。；;]")


def _paragraphs(work: str, pos: int) -> Iterator[tuple[int, str]]:
    """(start, text) of the non-blank lines from ``pos`` on, stripped, while they are short
    enough to be a table's cells."""
    n = len(work)
    while pos < n:
        end = _line_end(work, pos)
        text = work[pos:end].strip()
        if text:
            if len(text) > _CELL_MAX or _SENTENCE_MARK_RE.search(text):
                return
            yield pos + work[pos:end].index(text[0]), text
        pos = end + 1


def _celled(work: str, pos: int) -> tuple[list[_Row], int] | None:
    """The rows of a table of targets and results printed one cell a paragraph, as a web page's
    table is copied (指标名称 / 预期目标 / 完成情况 / 全省排名 / 地区生产总值增长(%) / 6%左右 /
    3.8% / 4 / …), starting at ``pos``, and where the text after it starts; None if none
    starts there. Its head names a column of targets and one of results, or units (绝对值(亿元)
    / 比上年增长(%): a communiqué's table); a row is a label and
    the cells after it up to the head's width (a statement right after the label, 保持正增长,
    is a cell; a row may end early: 城镇登记失业率(%) / 2.6%以内 / 2.5%以内)."""
    head: list[tuple[int, str]] = []
    rows: list[list[tuple[int, str]]] = []
    end = pos
    for start, text in _paragraphs(work, pos):
        value = _VALUE_CELL_RE.fullmatch(text) is not None
        if not rows:
            if not value and (not head or len(head) < _CELLED_HEAD_MAX):
                head.append((start, text))
                end = start + len(text)
                continue
            if not value or len(head) < 3:
                return None
            # the last cell read as the head's is the first row's label
            rows.append([head.pop()])
            texts = "".join(t for _, t in head)
            if not (TARGET_HEAD_RE.search(texts) and OUTCOME_HEAD_RE.search(texts)) and not any(
                UNIT_IN_HEAD_RE.search(squash(t)) for _, t in head
            ):
                return None  # (a head of targets and results, or one that names units)
        row = rows[-1]
        if len(row) < len(head) and (value or len(row) == 1):
            row.append((start, text))
        elif value:
            break  # a figure with no label: the table has ended
        else:
            rows.append([(start, text)])
        end = start + len(text)
    if len(rows) < 2:
        return None
    out: list[_Row] = [(head[0][0], head[-1][0] + len(head[-1][1]), head)]
    for row in rows:  # (a row that ends early has no cells of the last columns)
        padded = row + [(row[-1][0] + len(row[-1][1]), "")] * (len(head) - len(row))
        out.append((row[0][0], row[-1][0] + len(row[-1][1]), padded))
    return out, _line_end(work, end) + 1


def _is_head(cells: list[tuple[int, str]], values: re.Pattern[str] = _NUMBER_CELL_RE) -> bool:
    """Whether a row is a head: no cell after its label holds a figure, nor a statement in a
    figure's place (其中:食品烟酒 | 持平: a row of the table, not a new head)."""
    return not any(values.fullmatch(text) or _FLAT_CELL_RE.fullmatch(text) for _, text in cells[1:])


_FLAT_CELL_RE: Final = re.compile(r"\s*持平\s*")


def cells(work: str) -> dict[int, Cell]:
    """What the tables of a folded text say of each cell that holds a number, by the offset of
    the cell's first character that is not white space."""
    found: dict[int, Cell] = {}
    if (
        "|" not in work
        and "｜" not in work
        and _SPACED_ROW_RE.search(work) is None
        and _CELLED_LINE_RE.search(work) is None
    ):
        return found  # no bar, no line that ends with numbers apart, no head alone: no table
    heads: list[list[tuple[int, str]]] = []  # the head rows read since the last data row
    head: Head | None = None
    caption_unit: tuple[Decimal, str] | None = None
    indexed = False  # whether the caption names an index (2021年居民消费价格指数)
    celled: set[int] = set()  # the rows of tables one cell a paragraph (see ``_celled``)
    for line_start, line_end, row in _rows(work, celled):
        # (a cell of such a table may hold a rate and its comparator, 6%左右; elsewhere a
        # table's cell of a figure is a bare number, and the words of a sentence read the rest)
        values = _WORDED_CELL_RE if line_start in celled else _NUMBER_CELL_RE
        if not row:
            line = squash(work[line_start:line_end])
            if len(line) > _GROUP_MAX or "。" in line or _CAPTION_RE.match(line):
                heads, head = [], None  # a paragraph or a caption: the table has ended
            if line and not _GROUP_RE.fullmatch(line):
                # the unit a caption names holds for the table after it (单位:万元)
                caption = _CAPTION_UNIT_RE.search(line)
                caption_unit = unit_of(caption.group(1)) if caption else None
                # (a caption's, not a sentence's: 居民消费价格指数比上年上涨0.2%。)
                indexed = "指数" in line and "。" not in line and len(line) <= _CAPTION_MAX
            continue
        if _is_head(row, values):
            heads.append(row)
            continue
        if heads:
            head, heads = head_of(_fitting(heads, len(row))), []
        if head is not None:
            _read_row(row, head, (caption_unit, indexed), line_start, found, values)
    return found


def _fitting(heads: list[list[tuple[int, str]]], width: int) -> list[tuple[int, str]]:
    """The head of a table whose first row of figures has ``width`` cells: its last head row,
    or its head rows one after another where only together they are as wide (a head printed
    over two lines: 品名 | 播种面积(亩) / 同比增减(%) | 产量(吨) | 同比增减(%))."""
    last = heads[-1]
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
    label = squash(row[0][1]).lstrip("#＃")  # #女性: of which, 女性
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
    for j, (start, text) in enumerate(row[1:], start=1):
        if not values.fullmatch(text):
            continue
        column = columns[j + shift] if 0 <= j + shift < len(columns) else _NO_COLUMN
        # (a column of growth whose head names no unit is in %, whatever the caption's unit)
        unit = (
            column.unit
            or row_unit
            or (carried if column.role == "outcome" and "率" not in column.head else None)
            or (label_unit if label_unit and label_unit[1] != RANK else None)
            or (_PERCENT if column.growth else caption_unit)
        )
        growth = column.growth or growth_row
        if (indexed or "指数" in label) and _INDEX_RE.fullmatch(text):
            unit, growth = None, False
        factor, name = unit if unit is not None else (Decimal(1), "")
        at = start + len(text) - len(text.lstrip())
        year = (column.year or 0) if head.dated else None
        found[at] = Cell(label, factor, name, column.role, growth, line_start, column.head, year)


_NO_COLUMN: Final = Column("", None, None, False)
_INDEX_RE: Final = re.compile(r"\s*(?:[5-9][0-9]|1[0-9]{2})(?:\.[0-9]+)?\s*")  # 50 to 199.9
_PERCENT: Final = (Decimal(1), "percent")


__all__ = ["Cell", "cells"]
