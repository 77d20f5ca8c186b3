"""Where the rows and cells of a page's tables are: rows of cells between | (or ｜), a table
on one line; one cell a line with a bar's line between cells, or between rows; numbered rows
one cell a line or a paragraph, under a head of one row or two; columns that stand apart by
spaces. Tables one cell a paragraph, or a line closed by a bar, are ``celled``'s; what the
cells mean is for ``tables`` to read."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from .._text import squash
from .celled import (
    NUMBER_CELL_RE,
    STACKED_CELL_RE,
    VALUE_CELL_RE,
    WORDED_CELL_RE,
    YEAR_HEAD,
    YEAR_HEAD_RE,
    Row,
    line_end,
)
from .celled import celled as one_a_paragraph
from .celled import paragraphs as short_lines
from .heads import UNIT_IN_HEAD_RE, leaves, plan_and_result

_SEPARATOR_RE: Final = re.compile("[|｜]")
# a table's caption (表1), and the unit it names (单位:万元)
CAPTION_RE: Final = re.compile(r"(?:附?表|图)\s*[0-9一二三四五六七八九十]")
CAPTION_UNIT_RE: Final = re.compile(r"单位\s*[:：]\s*([^\s|｜,，。;；]{1,6})\s*$")
_MIN_CELLS: Final = 2
_MIN_ROWS: Final = 2
_RATE_MAX: Final = 100  # a rate's figure in a table read a column at a time
_NUMBERED_WIDTH_MAX: Final = 12  # the columns of a table of promises one cell a line
_GROUP_SLACK: Final = 2  # cells between a row and the next: a group's name, an empty cell
_BAR_LINE_RE: Final = re.compile(r"\s*[|｜]\s*")
_TOKEN_RE: Final = re.compile(r"[^\s|｜]+")
_SPACED_MAX: Final = 80  # a row of a table of spaced columns is a short line
# a line that ends with two numbers standing apart (城 镇 2280.32 70.96): a spaced table's row
# (or one number, far apart: 居民消费价格(CPI)      0.1); a run of spaces is tried from its
# first only, and never given back (a long run with no number after it is read once)
_SPACED_ROW_RE: Final = re.compile(
    r"(?<![ \t])[ \t](?:-?[0-9][0-9.,]*+[ \t]++|[ \t]++)-?[0-9][0-9.,]*+[ \t]*$", re.M
)
_RUN_ON: Final = 2  # lines a row's cells may run on to
# the first cell of a table's head printed one cell a paragraph (指标名称, 指 标, 项目), and a
# line of it in a text (a cheap test whether to look for such tables at all)
_CELLED_HEAD: Final = r"(?:指\s*标|项\s*目)(?:[^\S\n]*[^\s|｜0-9]){0,6}"
_CELLED_START_RE: Final = re.compile(rf"\s*{_CELLED_HEAD}\s*")
_NUMBERS_HEAD: Final = r"序\s*[号號]"  # the head of a table's column of row numbers
NUMBERS_HEAD_RE: Final = re.compile(rf"\s*{_NUMBERS_HEAD}\s*")
# or a year's: a communiqué's table whose label column has no head (主要产品产量 / 2023年 /
# 较上年增长(%) / 粮食总产量 / 162817吨 / 0.5 / …)
# or a column of targets' (全年预期目标(增速% / 预计全年完成情况 / …: 明光 2023); each with the
# next column's head on the next line that is not blank (较上年增长(%); 完成情况)
_TARGETS_HEAD: Final = r"[^\s。；;，,|｜]{0,8}(?:预期|计划)?目标[^\s。；;，,|｜]{0,8}"
_UNNAMED: Final = (
    rf"(?:{YEAR_HEAD}[ \t]*(?=\n\s*[^\n]{{0,16}}(?:增长|增速|增幅|比上年|同比|较上年|[(（%％]))"
    rf"|{_TARGETS_HEAD}[ \t]*(?=\n\s*[^\n]{{0,16}}(?:完成|实际|实绩|执行)))"
)
_UNNAMED_START_RE: Final = re.compile(rf"[ \t]*{_UNNAMED}[ \t]*(?=\n|$)")
_CELLED_LINE_RE: Final = re.compile(
    rf"^[ \t]*(?:{_CELLED_HEAD}|{_NUMBERS_HEAD}|{_UNNAMED})[ \t]*$", re.M
)


def _closed(work: str, start: int, end: int) -> bool:
    """Whether the line [start, end) ends with a bar (the bar that closes a row)."""
    text = work[start:end].rstrip()
    return bool(text) and text[-1] in "|｜"


def rows(work: str, celled: set[int]) -> Iterator[Row]:
    """(start, end, cells) of every row of ``work``: cells as (start, text), none for a line
    that is not a table's row. A row is a line; in a table whose rows end with a bar, a line
    that does not runs on to the next lines up to one that does (播种面积 / (亩) |: a cell's
    text broken over lines). Adds to ``celled`` the starts of the rows of tables printed one
    cell a paragraph."""
    pos = run_end = 0
    n = len(work)
    while pos <= n:
        end = line_end(work, pos)
        if pos >= run_end and NUMBERS_HEAD_RE.fullmatch(work, pos, end):
            numbered, run_end = _numbered(work, pos, paragraphs=True)
            if numbered is not None:
                celled.update(start for start, _, cells in numbered if cells)
                yield from numbered
                pos = run_end
                continue
        unnamed = _UNNAMED_START_RE.match(work, pos) is not None
        if unnamed or _CELLED_START_RE.fullmatch(work, pos, end):
            table = one_a_paragraph(work, pos, unnamed)
            if table is not None:
                celled.update(start for start, _, _ in table[0])
                yield from table[0]
                pos = table[1]
                continue
        if end < n and _BAR_LINE_RE.fullmatch(work, end + 1, line_end(work, end + 1)):
            rows, pos = _vertical(work, pos)
            yield from rows
            continue
        if _SEPARATOR_RE.search(work, pos, end) is not None and not _closed(work, pos, end):
            more, nxt = 0, end
            while more < _RUN_ON and nxt < n:
                nxt = line_end(work, nxt + 1)
                more += 1
                if _closed(work, pos, nxt):
                    end = nxt
                    break
        if STACKED_CELL_RE.fullmatch(work, pos, end):
            if pos >= run_end:  # (a run of cells is looked at once, not again from each row)
                numbered, run_end = _numbered(work, pos)
                if numbered is None:  # (or a head that names units, and rows under it)
                    table = one_a_paragraph(work, pos, barred=True)
                    numbered, run_end = table if table is not None else (None, run_end)
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
        found, pos = _line(work, pos, end)
        yield from found


def _line(work: str, pos: int, end: int) -> tuple[list[Row], int]:
    """The rows of the line [pos, end): its cells (a row, or a table on one line), or the rows
    of a table under it printed a column at a time; and where the text after them starts."""
    spaced = _SEPARATOR_RE.search(work, pos, end) is None
    cells = _spaced(work, pos, end) if spaced else _barred(work, pos, end)
    columns = _columnwise(work, end + 1, cells) if spaced and cells else None
    if columns is not None:  # (a head of units, its table printed a column at a time)
        return [(pos, end, cells), *columns[0]], columns[1]
    return _inline(cells) or [(pos, end, cells if len(cells) >= _MIN_CELLS else [])], end + 1


def _columnwise(work: str, pos: int, head: list[tuple[int, str]]) -> tuple[list[Row], int] | None:
    """The rows of a table under a ``head`` of spaced columns, its cells printed one a
    paragraph a column at a time (指标 2023年(亿元) 比上年增长(%) / 地区生产总值 / 第一产业 /
    684.10 / 16.81 / 5.4 / 3.2: the labels, then each column's figures), from ``pos`` on, and
    where the text after it starts; None where the paragraphs are not so many labels and as
    many figures for each column after the first."""
    if len(head) < _MIN_CELLS or NUMBER_CELL_RE.fullmatch(head[0][1]):
        return None
    cells = list(short_lines(work, pos))
    m = next((i for i, (_, t) in enumerate(cells) if NUMBER_CELL_RE.fullmatch(t)), 0)
    want = m * (len(head) - 1)
    figures = cells[m : m + want]
    if m < _MIN_ROWS or len(figures) < want:
        return None
    if not all(NUMBER_CELL_RE.fullmatch(t) for _, t in figures):
        return None
    for j, (_, text) in enumerate(head[1:]):  # (a column of % holds rates: else the figures
        # stand row after row, not column after column)
        column = figures[j * m : j * m + m]
        if "%" in text and any(_beyond_rate(t) for _, t in column):
            return None
    rows: list[Row] = []
    for i, label in enumerate(cells[:m]):
        row = [label, *(figures[j * m + i] for j in range(len(head) - 1))]
        rows.append((label[0], row[-1][0] + len(row[-1][1]), row))
    last = figures[-1]
    return rows, line_end(work, last[0]) + 1


def _beyond_rate(cell: str) -> bool:
    """Whether a cell's number (−5.4, 1,234.5) is more than a rate's figure can be."""
    digits = _MAGNITUDE_RE.search(cell)
    return digits is not None and float(digits.group().replace(",", "")) > _RATE_MAX


_MAGNITUDE_RE: Final = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")


def _inline(cells: list[tuple[int, str]]) -> list[Row]:
    """The rows of a table printed on one line, its head then its rows one after another (表1
    2020年主要农产品产量 产品名称 | 产量(吨) | 比上年增长(%) | 粮食 | 124735 | 3.2 | 其中:小麦 |
    15669 | -3.0 | …): the head's cells are those before the first row's label, which the first
    figure follows; every row is a label and as many figures; none where they are not so."""
    first = next((i for i, (_, t) in enumerate(cells) if NUMBER_CELL_RE.fullmatch(t)), 0)
    width = first - 1
    if width < 2 or len(cells) < width * (_MIN_ROWS + 1):
        return []
    rows = [cells[i : i + width] for i in range(width, len(cells), width)]
    for row in rows:
        if (
            len(row) != width
            or NUMBER_CELL_RE.fullmatch(row[0][1])
            or not all(VALUE_CELL_RE.fullmatch(t) for _, t in row[1:])
        ):
            return []
    return [(row[0][0], row[-1][0] + len(row[-1][1]), row) for row in [cells[:width], *rows]]


def _barred(work: str, pos: int, end: int) -> list[tuple[int, str]]:
    """The cells of the line [pos, end) between its bars."""
    cells = []
    start = pos
    for bar in _SEPARATOR_RE.finditer(work, pos, end):
        cells.append((start, work[start : bar.start()]))
        start = bar.end()
    cells.append((start, work[start:end]))
    if not cells[-1][1].strip():
        cells.pop()  # the bar that closes the row
    if cells and not cells[0][1].strip():
        cells.pop(0)  # and the one that opens it
    return cells


def _stacked(work: str, pos: int) -> tuple[Row, int] | None:
    """The row of a table that prints each cell on a line of its own, closed by a bar, and a
    line of a bar between rows (指標 | / 單位 | / 2016年 | / 同比增長% | / | / 社會從業人員 | /
    人 | / 21675 | …), starting at ``pos``, and where the text after it starts; None if there
    is none."""
    cells = []
    n = len(work)
    while pos <= n:
        end = line_end(work, pos)
        if not STACKED_CELL_RE.fullmatch(work, pos, end):
            break
        bar = work.rindex("|" if "|" in work[pos:end] else "｜", pos, end)
        cells.append((pos, work[pos:bar]))
        pos = end + 1
    if len(cells) < _MIN_CELLS:
        return None
    end = line_end(work, pos) if pos <= n else n
    if pos <= n and _BAR_LINE_RE.fullmatch(work, pos, end):
        pos = end + 1  # the bar line between rows
    return (cells[0][0], cells[-1][0] + len(cells[-1][1]), cells), pos


# a line of a table printed one cell a line: a cell closed by a bar, or a bar alone (an empty
# cell)
_BAR_CELL_RE: Final = re.compile(r"[^|｜\n]*[|｜][^\S\n]*")


def _numbered(work: str, pos: int, paragraphs: bool = False) -> tuple[list[Row] | None, int]:
    """The rows of a table printed one cell a line, each closed by a bar, an empty cell a bar
    alone (or, with ``paragraphs``, one cell a paragraph under a head that starts with 序号),
    whose rows are numbered from 1 (序号 | / 项目名称 | / 责任单位 | / 目标任务 | / 实际完成 | /
    1 | / 精准扶贫… | / 农林水务局 | / 1300人 | / 700 | …), starting at ``pos``, and where the
    run of cells starting there ends (None for the rows if it is no such table). The numbers
    give its width; its head is the cells before row 1 (a head of two rows, whose columns of
    the first row stand over several of the second, is read as its columns: see ``_leaves``);
    a row of another width (a promise of several lines; the last row where lines follow it) is
    no row of it. The numbers' column is dropped: a row's label is its name."""
    cells, p = _run_cells(work, pos, paragraphs)
    first = next((i for i, (_, text) in enumerate(cells) if text.strip() == "1"), None)
    if first is None:
        return None, p
    # the width: the rows' numbers stand that far apart (a result 2 in row 1 is no row's number)
    # (where the head names its numbers' column, 序号, the head's width is tried first)
    named = [i for i, (_, text) in enumerate(cells[:first]) if NUMBERS_HEAD_RE.fullmatch(text)]
    widths = [first - named[-1]] if named else []
    widths += [w for w in range(3, _NUMBERED_WIDTH_MAX + 1) if w not in widths]
    slack = 0
    marks, width = _marks(cells, first, widths, slack)
    if named and named[-1] > 0:
        # a column of groups before the numbers' (指标分类 | 序号 | …): a group's name, or its
        # cell left empty, may stand between a row and the next (经济 发展 实力 | / 1 | / … / | /
        # 3 |): so read where that numbers more rows
        grouped = _marks(cells, first, widths, _GROUP_SLACK)
        if len(grouped[0]) > len(marks):
            slack, (marks, width) = _GROUP_SLACK, grouped
    if len(marks) < _MIN_ROWS or first < width - 1:
        return None, p
    top = named[-1] + 1 if named else marks[0] - width + 1
    # (the first row's group name before its number, with slack: no column of the head)
    head = leaves(cells[top : min(marks[0], top + width - 1) if slack else marks[0]], width - 1)
    if head is None or not plan_and_result(head):
        return None, p  # (a table of targets and results: others keep their usual reading)
    out: list[Row] = [(a, a + len(t), []) for a, t in cells[:top]]
    out.append((head[0][0], head[-1][0] + len(head[-1][1]), head))
    out.extend((a, a + len(t), []) for a, t in cells[top + len(head) : marks[0]])
    for j, m in enumerate(marks):
        nxt = marks[j + 1] if j + 1 < len(marks) else len(cells)
        row, rest = cells[m + 1 : m + width], cells[m + width : nxt]
        # (the last row: only where the table ends with it; a row with a note in it has lost a
        # cell, 注：带△的为可比价增速 taken for its last)
        full = len(row) == width - 1 and len(rest) <= slack  # (a last row a cell short: none)
        if full and not any(_NOTE_CELL_RE.search(t) for _, t in row + rest):
            out.append((row[0][0], row[-1][0] + len(row[-1][1]), row))
            out.extend((a, a + len(t), []) for a, t in rest)
        else:  # (a row of another width, or a last row with more lines after it)
            out.extend((a, a + len(t), []) for a, t in cells[m:nxt])
    return out, p


def _run_cells(work: str, pos: int, paragraphs: bool) -> tuple[list[tuple[int, str]], int]:
    """The cells (start, text) of a run of lines closed by a bar from ``pos`` on (or, with
    ``paragraphs``, of short lines), and where the run ends."""
    cells: list[tuple[int, str]] = []
    n = len(work)
    p = pos
    if paragraphs:
        for start, text in short_lines(work, pos):
            cells.append((start, text))
            p = line_end(work, start) + 1
    while not paragraphs and p <= n:
        end = line_end(work, p)
        if not _BAR_CELL_RE.fullmatch(work, p, end):
            break
        bar = max(work.rfind("|", p, end), work.rfind("｜", p, end))
        cells.append((p, work[p:bar]))
        p = end + 1
    return cells, p


def _marks(
    cells: list[tuple[int, str]], first: int, widths: list[int], slack: int
) -> tuple[list[int], int]:
    """Where the rows numbered 1, 2, … of a table one cell a line start (the first at
    ``first``), and the rows' width: the first of ``widths`` whose numbers stand that far
    apart, or up to ``slack`` cells further, cells of no figure after a row."""
    marks: list[int] = []
    width = 0
    for width in widths:
        marks = [first]
        while True:
            start, number = marks[-1] + width, str(len(marks) + 1)
            gap = cells[start : start + slack + 1]
            at = next((k for k, (_, t) in enumerate(gap) if t.strip() == number), None)
            if at is None or any(VALUE_CELL_RE.fullmatch(t) and t.strip() for _, t in gap[:at]):
                break
            marks.append(start + at)
        if len(marks) >= _MIN_ROWS:
            break
    return marks, width


_NOTE_CELL_RE: Final = re.compile(r"\s*(?:注|说明|备注)\s*[0-9]?\s*[:：]")  # a note, no cell


def _spaced(work: str, pos: int, end: int) -> list[tuple[int, str]]:
    """The cells of a line of a table whose columns stand apart by spaces: a head that names
    units (指 标 年末数(万人) 比重(%)), or a label and its numbers (城 镇 2280.32 70.96); none
    for any other line."""
    if end - pos > _SPACED_MAX:
        return []
    line = squash(work[pos:end])
    if CAPTION_RE.match(line) or CAPTION_UNIT_RE.search(line):
        return []  # 表2 主要指标 单位:万元: a caption
    tokens = [(m.start(), m.group()) for m in _TOKEN_RE.finditer(work, pos, end)]
    if len(tokens) < _MIN_CELLS:
        return []
    k = len(tokens)
    while k and NUMBER_CELL_RE.fullmatch(tokens[k - 1][1]):
        k -= 1
    if 0 < k < len(tokens):  # a label (which may hold spaces: 城 镇) and its numbers
        label = (tokens[0][0], work[tokens[0][0] : tokens[k - 1][0] + len(tokens[k - 1][1])])
        return [label, *tokens[k:]]
    if k == len(tokens) and (
        any(UNIT_IN_HEAD_RE.search(t) for _, t in tokens) or plan_and_result(tokens)
    ):
        return tokens  # a head: no numbers, a unit named, or columns of targets and results
    return []


def _vertical(work: str, pos: int) -> tuple[list[Row], int]:
    """The rows of a table printed one cell per line, a line of a bar between cells (指 标 / | /
    绝对数 / | / 比上年增长% / | / 生产总值 / | / 295.4 / | / 7.7 …), starting at ``pos``, and
    where the text after it starts. Its width is a label and the numbers after it; its head the
    cells before the first label; a cell before the head is a caption (单位:亿元). Lines that
    make no such table are lines of no row (read once: not again from each of them)."""
    cells: list[tuple[int, int]] = []
    n = len(work)
    while pos <= n:
        end = line_end(work, pos)
        cells.append((pos, end))
        bar_end = line_end(work, end + 1) if end < n else n
        if end >= n or not _BAR_LINE_RE.fullmatch(work, end + 1, bar_end):
            pos = end + 1
            break
        pos = bar_end + 1
    none: list[Row] = [(a, b, []) for a, b in cells]
    numeric = [NUMBER_CELL_RE.fullmatch(work, a, b) is not None for a, b in cells]
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


def may_hold_table(work: str) -> bool:
    """Whether a folded text may hold a table at all: a bar, a line that ends with numbers
    apart, or a head's first cell alone on its line (a cheap test before ``rows``)."""
    return (
        "|" in work
        or "｜" in work
        or _SPACED_ROW_RE.search(work) is not None
        or _CELLED_LINE_RE.search(work) is not None
        or _SPACED_HEAD_RE.search(work) is not None
    )


# a head of spaced columns that names a unit (指标 2023年(亿元) 比上年增长(%))
_SPACED_HEAD_RE: Final = re.compile(
    rf"^[ \t]*{_CELLED_HEAD}[ \t][^\n]*[(（][^()（）\n]{{1,6}}[)）][ \t]*$", re.M
)


__all__ = [
    "CAPTION_RE",
    "CAPTION_UNIT_RE",
    "NUMBERS_HEAD_RE",
    "NUMBER_CELL_RE",
    "VALUE_CELL_RE",
    "WORDED_CELL_RE",
    "YEAR_HEAD_RE",
    "Row",
    "may_hold_table",
    "rows",
]
