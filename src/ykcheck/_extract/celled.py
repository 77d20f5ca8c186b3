"""Tables printed one cell a paragraph, or one cell a line closed by a bar, as web pages'
tables are copied (指标名称 / 预期目标 / 完成情况 / 地区生产总值增长(%) / 6%左右 / 3.8% / …):
where their head ends, which cells are a row's, and the cells' syntax that ``rows`` and
``tables`` share."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from .._text import squash
from .heads import NAMES_HEAD_RE, OUTCOME_HEAD_RE, TARGET_HEAD_RE, UNIT_IN_HEAD_RE, leaves, unit_of

NUMBER_CELL_RE: Final = re.compile(r"\s*[-+−]?[0-9][0-9,.]*\s*")
# a cell of a figure: a number, with a rate's unit and a comparator word (6%左右, 2.6%以内),
# perhaps after a word that says what it is (预计7%左右, 达到50%, 增长8%), or before a remark
# (8.7(实际增长7.9))
VALUE_CELL_RE: Final = re.compile(
    r"\s*(?:预计|约|达到|实现|完成|增长|下降)?\s*[-+−]?[0-9][0-9,.]*\s*(?:[%％‰]\s*)?"
    r"(?:左右|以上|以内|以下|之内)?\s*(?:[(（][^()（）\n]{1,12}[)）]\s*)?"
    r"|\s*[—–\-/／…]+\s*"  # (or a figure's place kept empty: —, /)
)
# and of such a table's figure with its unit (1300人, 7699套)
WORDED_CELL_RE: Final = re.compile(
    rf"{VALUE_CELL_RE.pattern}|\s*[0-9][0-9,.]*\s*[万亿千]?[\u4e00-\u9fff]{{1,2}}\s*"
)
YEAR_HEAD: Final = r"(?:19|20)[0-9]{2}\s*年"
YEAR_HEAD_RE: Final = re.compile(rf"\s*{YEAR_HEAD}\s*")
# a heading of another year's plan or table after a table's rows (2024年主要预期目标); not a
# label that names a base year (单位GDP能耗较2020年累计下降)
_YEAR_HEADING_RE: Final = re.compile(rf"{YEAR_HEAD}[^，,。；]{{0,8}}(?:目标|计划|安排|情况|表)")
STACKED_CELL_RE: Final = re.compile(r"[^|｜\n]*[^|｜\s][^|｜\n]*[|｜][^\S\n]*")
Row = tuple[int, int, list[tuple[int, str]]]  # a row's start, end and cells (start, text)


def line_end(work: str, pos: int) -> int:
    end = work.find("\n", pos)
    return len(work) if end < 0 else end


_CELL_MAX: Final = 24  # a cell of a table printed one cell a paragraph is a short line
# the words a head's cells are made of
_HEAD_WORDS_RE: Final = re.compile(
    r"(?:(?:19|20)[0-9]{2}年|[全当本]年|年度|年初|预期|计划|目标|任务|实绩|实际|完成|情况|执行|进度"
    r"|指标|名称|类型|属性|类别|单位|绝对[值数]|总量|数值|增速|增幅|增长|比上年|同比|排名|位次|评价"
    r"|备注|项目|内容|[(（][^()（）]{1,6}[)）]|[%％])+"
)
_CELLED_HEAD_MAX: Final = 12  # the columns such a table's head may name (two rows of it)
_SENTENCE_MARK_RE: Final = re.compile("[。；;]")


def paragraphs(work: str, pos: int) -> Iterator[tuple[int, str]]:
    """(start, text) of the non-blank lines from ``pos`` on, stripped, while they are short
    enough to be a table's cells."""
    n = len(work)
    while pos < n:
        end = line_end(work, pos)
        text = work[pos:end].strip()
        if text:
            if len(text) > _CELL_MAX or _SENTENCE_MARK_RE.search(text):
                return
            yield pos + work[pos:end].index(text[0]), text
        pos = end + 1


def _bar_lines(work: str, pos: int) -> Iterator[tuple[int, str]]:
    """(start, text) of the cells one a line, each closed by a bar, from ``pos`` on, stripped,
    up to a bar alone (the line between rows of a table of another kind: see ``_stacked``)."""
    n = len(work)
    while pos < n:
        end = line_end(work, pos)
        if not STACKED_CELL_RE.fullmatch(work, pos, end):
            return
        text = work[pos : max(work.rfind("|", pos, end), work.rfind("｜", pos, end))].strip()
        yield pos + work[pos:end].index(text[0]), text
        pos = end + 1


def celled(
    work: str, pos: int, unnamed: bool = False, barred: bool = False
) -> tuple[list[Row], int] | None:
    """The rows of a table of targets and results printed one cell a paragraph, as a web page's
    table is copied (指标名称 / 预期目标 / 完成情况 / 全省排名 / 地区生产总值增长(%) / 6%左右 /
    3.8% / 4 / …), starting at ``pos``, and where the text after it starts; None if none
    starts there. Its head names a column of targets and one of results, or units (绝对值(亿元)
    / 比上年增长(%): a communiqué's table), perhaps over two rows (2015年目标 / 2015年实绩 /
    绝对值 / 增速(%) / 绝对值 / 增速(%)); a row is a label and the cells after it up to the
    head's width (see ``_celled_rows``). With ``unnamed`` the head starts at a year's column or
    a column of targets, its label column unnamed (2023年 / 较上年增长(%) / 粮食总产量 / 162817吨
    / 0.5), and a figure's cell may write its unit (162817吨). A head's cell broken over two
    lines (预计全年完成情况 / (增速%) is one cell. With ``barred`` each cell is a line closed by
    a bar (产品名称 | / 单位 | / 总量 | / 增长 (%) | / 粮食 | / 万吨 | / 14.03 | / 2.8 | …)."""
    # (the head and the first row first: a run of short lines that heads no table is given up
    # before it is read through)
    cells = _cells(work, pos, unnamed, barred, whole=False)
    first = next((i for i, (_, _, value) in enumerate(cells) if value), None)
    if first is None or first > _CELLED_HEAD_MAX or first < (2 if unnamed else 3):
        return None
    # the last cell before the first figure is the first row's label, or before its unit
    at = first - 1  # where the rows start
    if unit_of(cells[at][1]) is not None:
        at -= 1  # (全市生产总值 / 亿元 / 4620)
    label = at  # (the first row's label)
    head = [(a, t) for a, t, _ in cells[:at]]
    head = ([(pos, "")] if unnamed else []) + _joined(head)
    texts = "".join(t for _, t in head)
    if not (TARGET_HEAD_RE.search(texts) and OUTCOME_HEAD_RE.search(texts)) and not any(
        UNIT_IN_HEAD_RE.search(squash(t)) for _, t in head
    ):
        return None  # (a head of targets and results, or one that names units)
    # the head's columns before the column of names are of groups (指标类型 / 指标名称 / …:
    # 规模 / 地区生产总值 / …): their cells start rows, before the label
    named = [i for i, (_, t) in enumerate(head) if NAMES_HEAD_RE.search(t)]
    grouped = bool(named) and named[-1] > 0
    if grouped:
        while len(head) > named[-1] + 1 and not _HEAD_WORDS_RE.fullmatch(squash(head[-1][1])):
            head.pop()  # (a group's cell before the first label: 规模)
            at -= 1
        head = head[named[-1] :]
    fitted = _fitted(head, cells, label, unnamed)
    if fitted is None:
        return None  # (no reading of the head fits its first row: unsure, no table)
    head, cells = fitted, _cells(work, pos, unnamed, barred)
    unit_at = next((k for k, (_, t) in enumerate(head) if squash(t) == "单位"), None)
    rows = _celled_rows(cells, at, len(head), (grouped, unit_at))
    if unnamed and rows and len(rows[-1]) == 1:
        rows.pop()  # the caption of the next table (畜牧业生产情况 / 2023年 / …)
    if len(rows) < 2:
        return None
    out: list[Row] = [(head[0][0], head[-1][0] + len(head[-1][1]), head)]
    for row in rows:  # (a row that ends early has no cells of the last columns)
        padded = row + [(row[-1][0] + len(row[-1][1]), "")] * (len(head) - len(row))
        out.append((row[0][0], row[-1][0] + len(row[-1][1]), padded))
    last = rows[-1][-1]
    return out, line_end(work, last[0] + len(last[1])) + 1


def _fitted(
    head: list[tuple[int, str]], cells: list[tuple[int, str, bool]], at: int, unnamed: bool
) -> list[tuple[int, str]] | None:
    """The columns of a head as wide as its first row (the label at ``at``, then its figures
    and unit): as it is, or a head of two rows (2015年目标 / 2015年实绩 / 绝对值 / 增速(%) /
    绝对值 / 增速(%)), a year standing over it all left out (2023年 / 计划目标 / 完成情况 / 总量
    / …). A head wider than its first row that no reading fits is None."""
    end = at + 1
    while end < len(cells) and (cells[end][2] or unit_of(cells[end][1]) is not None):
        end += 1
    width = end - at
    over = [c for c in head if unnamed or not YEAR_HEAD_RE.fullmatch(c[1])]
    for h in (head, over) if len(over) < len(head) else (head,):
        found = [leaves(h, len(h) - k) for k in (0, 1, 2, 3)]
        fits = [f for f in found if f is not None and len(f) == width]
        if fits:
            return fits[0]
    return head if len(head) <= width else None  # (a first row wider: the head as it is)


def _cells(
    work: str, pos: int, unnamed: bool, barred: bool, whole: bool = True
) -> list[tuple[int, str, bool]]:
    """The cells of a table one cell a paragraph (or a barred line) from ``pos`` on: start,
    text and whether a figure's; not ``whole``, up to the first row's end and a cell after."""
    cell_re = WORDED_CELL_RE if unnamed else VALUE_CELL_RE
    cells: list[tuple[int, str, bool]] = []
    figures = False  # whether a row's figure has been read
    for start, text in _bar_lines(work, pos) if barred else paragraphs(work, pos):
        if figures and (YEAR_HEAD_RE.fullmatch(text) or _YEAR_HEADING_RE.search(text)):
            # the next table's head (畜牧业生产情况 / 2023年 / …), or a heading that ends the
            # table (2024年主要预期目标 / 地区生产总值 / 增长6%左右: the next year's plan)
            break
        if not figures and len(cells) > _CELLED_HEAD_MAX:
            break  # (no head is so long: a run of short lines, no table)
        value = cell_re.fullmatch(text) is not None and not YEAR_HEAD_RE.fullmatch(text)
        if value and not figures and not _headed(cells):
            break  # (the cells before its first figure head no table of targets or units)
        if figures and not whole and not value and not cells[-1][2]:
            break  # (the first row has ended: its figures, a unit or words, the next label)
        figures = figures or value
        cells.append((start, text, value))
    return cells


def _headed(cells: list[tuple[int, str, bool]]) -> bool:
    """Whether the cells before a table's first figure may head it: they name a column of
    targets and one of results, or a unit (the table's label column may be unnamed)."""
    texts = "".join(t for _, t, _ in cells)
    return bool(TARGET_HEAD_RE.search(texts) and OUTCOME_HEAD_RE.search(texts)) or any(
        UNIT_IN_HEAD_RE.search(squash(t)) for _, t, _ in cells
    )


def _joined(head: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The cells of a head, a cell broken before its bracket (预计全年完成情况 / (增速%) one."""
    out: list[tuple[int, str]] = []
    for start, text in head:
        if out and text.lstrip().startswith(("(", "（")):
            out[-1] = (out[-1][0], out[-1][1] + text.strip())
        else:
            out.append((start, text))
    return out


def _celled_rows(
    cells: list[tuple[int, str, bool]], i: int, width: int, kind: tuple[bool, int | None]
) -> list[list[tuple[int, str]]]:
    """The rows of a table one cell a paragraph from its ``i``-th cell on (``cells``: start,
    text, whether a figure's): a label and up to as many cells after it as the head has
    columns after its first. A statement right after the label is a cell (进出口总额增长(%) /
    保持正增长 / 1.8%), and so are words after a figure (12.5%左右 / 预计可以完成) up to a label,
    which a figure follows; a row may end early (城镇登记失业率(%) / 2.6%以内 / 2.5%以内 / 居民
    消费价格指数 / 3.5%以内). In a ``grouped`` table the cells before a row's label name its
    groups (动力 / 固定资产投资 / 交通投资 / 10%以上): its label is the last before a figure
    or a unit (亿元). A row whose 单位 column (``kind``: whether grouped, and where the unit
    column is) holds a figure has left its unit out (城镇常住居民人均可支配收入 / 43760 / …): the
    figure is the next column's."""
    grouped, unit_at = kind
    rows: list[list[tuple[int, str]]] = []
    n = len(cells)

    def labels(k: int) -> bool:  # whether the cell at k is a label: a figure or a unit follows
        return k + 1 < n and (cells[k + 1][2] or unit_of(cells[k + 1][1]) is not None)

    while i < n and not cells[i][2]:  # (a figure with no label: the table has ended)
        while grouped and not labels(i) and i + 1 < n and not cells[i + 1][2]:
            i += 1  # a group's cell
        row = [cells[i][:2]]
        i += 1
        while len(row) < width and i < n:
            text = cells[i][1]
            if not cells[i][2] and (len(row) > 1 or grouped) and labels(i) and not unit_of(text):
                break  # the next row's label
            if len(row) == unit_at and cells[i][2]:
                row.append((cells[i][0], ""))  # (no unit written: an empty cell)
            row.append(cells[i][:2])
            i += 1
        rows.append(row)
    return rows


__all__ = [
    "NUMBER_CELL_RE",
    "STACKED_CELL_RE",
    "VALUE_CELL_RE",
    "WORDED_CELL_RE",
    "YEAR_HEAD",
    "YEAR_HEAD_RE",
    "Row",
    "celled",
    "line_end",
    "paragraphs",
]
