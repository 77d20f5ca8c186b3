"""Time grows in proportion to the text: `python benchmarks/bench_linear.py`.

Each input is a short pattern repeated k times, built to defeat a reader that goes back over
what it read (a regular expression retried at each digit of a long number, a check of the whole
line at each word of it). Each is read at k and 4k in one run; the ratio of the times is 4 for a
reader in linear time and 16 for a quadratic one. The goal is at most 6 (the machines are noisy
and small inputs have fixed costs): a quadratic path over these patterns fails it. Each time is
the least CPU time of the process over several runs (wall time counts the other tenants of a
shared machine too).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from ykcheck import compare, parse_target
from ykcheck._extract import extract
from ykcheck._ranks import quantities

GOAL = 6.0
K = 4000  # repeats of the pattern in the smaller input
REPEATS = 7  # the best of this many runs: a shared machine's pauses make single runs noisy

# name: (the text of k repeats)
INPUTS: dict[str, Callable[[int], str]] = {
    "digits": lambda k: "增长" + "9" * (k * 4) + "x个",
    "cells closed by bars": lambda k: "甲乙 |\n丙丁 |\n|\n" * (k // 4 + 1),
    "numerals": lambda k: "增长" + "一二三四五六七八九十" * k + "个",
    "place words": lambda k: "全省第" * k,
    "top words": lambda k: "进入前" * k + "十",
    "markers on a line": lambda k: "2025年" + "工作安排" * k,
    "targets on a line": lambda k: "地区生产总值增长6%左右" * k,
    "results on a line": lambda k: "实现地区生产总值1234.5亿元增长6.1%" * k,
    "rows": lambda k: "地区生产总值\n增长6%\n" * k,
    "short lines": lambda k: "二、2024年工作安排\n" * k,
    "spaces": lambda k: "增长" + " " * (k * 4) + "6%",
    "commas": lambda k: "，" * (k * 4) + "增长6%",
    "shared": lambda k: "、".join(["城镇居民收入"] * k) + "分别增长5%和6%",
    "ranges": lambda k: "5%-" * k + "6%",
    "brackets": lambda k: "（" * k + "增长6%" + "）" * k,
    "relative": lambda k: "与经济增长同步" * k,
    "tables": lambda k: "| 指标 |" + " 计划 |" * k + "\n" + "| 地区生产总值 | 5 |\n" * k,
    "pinyin": lambda k: "预(yù)期增长6%，" * k,
    "qualifiers": lambda k: "招引10亿元以上制造业项目8个，" * k,
    # many places named: the place a text is about is counted over its opening only
    "places": lambda k: "".join(chr(0x4E00 + 2 * i) + chr(0x4E01 + 2 * i) + "市" for i in range(k)),
    # a table of targets and results one cell a paragraph
    "cells": lambda k: (
        "指标名称\n\n预期目标\n\n完成情况\n\n" + "地区生产总值增长(%)\n\n6%左右\n\n3.8%\n\n" * k
    ),
    # targets beside results in one long sentence
    "plan beside done": lambda k: "投资年计划18亿元,完成20亿元," * k,
    # one line labelled by a district, and one sentence led by another place, with no end
    "labelled line": lambda k: "广州市广州市。\n黄埔区:" + "GDP增长7%以上;" * k,
    "sentence of a place": lambda k: "广州市广州市。\n" + "吉林省地区生产总值增长5%," * k,
    "places from the last": lambda k: "全国31省份倒数第二," * k,
    # a table's head one cell a paragraph, again and again, over short lines with figures
    "heads one cell a paragraph": lambda k: (
        "指标名称\n预期目标\n完成情况\n短句\n3\n" * (k // 8 + 1)
    ),
    "a year's head over short lines": lambda k: (
        "2023年\n较上年增长(%)\n甲乙\n丙丁\n" * (k // 8 + 1)
    ),
    # a run of spaces with no number after it (a table's row is looked for at line ends)
    "spaces, no number": lambda k: "增长6%" + " " * (k * 4) + "完",
}
# read as a review by compare: a sentence with no end, of figures of a part of the year
REVIEW_INPUTS: dict[str, Callable[[int], str]] = {
    "parts of the year": lambda k: "上半年地区生产总值增长5%,固定资产投资增长6%," * (k // 8 + 1),
}


def _seconds(read: Callable[[str], object], text: str) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        t0 = time.process_time()
        read(text)
        best = min(best, time.process_time() - t0)
    return best


def _target(text: str) -> object:
    try:
        return parse_target(text)
    except ValueError:
        return None


def _review(text: str) -> object:
    return compare("2023年地区生产总值增长6%左右。", text, year=2023)


READERS: dict[str, Callable[[str], object]] = {
    "extract": extract,
    "numbers": quantities,
    "target": _target,
}


def run(k: int = K) -> list[tuple[str, str, float, float]]:
    """(input, reader, seconds at k, ratio of the time at 4k to the time at k)."""
    rows = []
    runs = [(name, make, READERS) for name, make in INPUTS.items()]
    runs += [(name, make, {"review": _review}) for name, make in REVIEW_INPUTS.items()]
    for name, make, readers in runs:
        small, large = make(k), make(4 * k)
        for reader_name, read in readers.items():
            t1 = _seconds(read, small)
            t4 = _seconds(read, large)
            rows.append((name, reader_name, t1, t4 / t1 if t1 > 0 else 0.0))
    return rows


def main() -> int:
    rows = run()
    worst = max(rows, key=lambda r: r[3])
    for name, reader, t1, ratio in rows:
        flag = "" if ratio <= GOAL else "  <- not linear"
        print(f"linear     {name:18} {reader:8} {t1 * 1000:8.1f} ms  x4 input: {ratio:5.1f}{flag}")
    print(f"linear     worst ratio {worst[3]:.1f} ({worst[0]}, {worst[1]}) (goal <= {GOAL})")
    return 0 if worst[3] <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
