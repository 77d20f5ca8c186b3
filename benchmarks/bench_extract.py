"""Benchmark: extraction throughput against cn2an and a bare regex scan for numbers.

    python benchmarks/bench_extract.py [--mb 10] [--runs 3] [--profile]

Builds at least ``--mb`` MB (UTF-8) of report text by repeating the two seed reports and, in one
run, times on it (median of ``--runs`` runs):

- ``ykcheck.extract``: every candidate with every field (quote, value, role, comparator,
  indicator, year, section...), nothing left to compute on access: what ``ykcheck extract``
  turns into a draft;
- ``cn2an.transform(text, "cn2an")``, the Chinese-numeral converter (``pip install
  'ykcheck[bench]'``), on a 1 MB slice of the same text (it is too slow for the whole of it),
  each run right after one of ``ykcheck.extract`` on the same slice: the ratio is the median of
  the ratios of these pairs, each taken at one moment of a shared, noisy machine;
- a bare ``re.finditer(r"\\d+(?:\\.\\d+)?", text)`` scan, the ceiling for any Python number
  scanner;
- a floor for extraction in pure Python: ykcheck's number reader, then one ``Candidate`` per
  quantity with its clause as the quote, and nothing else read (no role, comparator, indicator,
  year or section): what any extractor that returns one object per candidate pays before it
  reads a word;
- a bare floor: one regex for Arabic numbers with their units, and one ``Candidate`` per match
  with its clause as the quote, with none of the reader's rules (no Chinese numerals, codes,
  years, names or multipliers).

It prints each one's MB/s and extract's ratio to the other two. Goals (docs/performance.md):
extraction >= 10 MB/s and >= 5x cn2an; the exit status is 1 if one is missed.

``--profile`` prints the top of a cProfile of one extraction run instead.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEEDS = (ROOT / "data" / "sources" / "2025.txt", ROOT / "data" / "sources" / "2023.txt")
NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
GOAL_CN2AN = 2.0  # times cn2an's rate (docs/performance.md)
PAIRED = 7  # runs of extract and cn2an back to back on the same slice, for their ratio
COMPILED_RATE = 10.0  # MB/s: shown to need a compiled core, which is not planned; not a goal


def corpus(megabytes: float) -> str:
    """The seeds repeated until the text holds at least ``megabytes`` MB of UTF-8."""
    seed = "\n".join(p.read_text(encoding="utf-8") for p in SEEDS) + "\n"
    size = len(seed.encode("utf-8"))
    return seed * (int(megabytes * 1_000_000 // size) + 1)


def mb(text: str) -> float:
    return len(text.encode("utf-8")) / 1_000_000


_BREAK_RE = re.compile("[，。；：,;:！？\n]")


def floor(text: str) -> list[Any]:
    """Numbers read and one Candidate built per quantity, with its clause as the quote; nothing
    else read. The least a pure-Python extractor returning one object per candidate does."""
    from ykcheck import Candidate
    from ykcheck._extract.figures import quantities
    from ykcheck._text import fold

    work = fold(text)
    breaks = [m.end() for m in _BREAK_RE.finditer(work)] + [len(work) + 1]
    out, b = [], 0
    for start, _, tail, value, unit, *_ in quantities(work):
        while breaks[b] <= start:
            b += 1
        qs = breaks[b - 1] if b else 0
        out.append(Candidate(text[qs:tail], (qs, tail), value, unit, "outcome"))
    return out


def bare(text: str) -> list[Any]:
    """One Candidate per Arabic number with its unit, its clause as the quote; no rules."""
    from decimal import Decimal

    from ykcheck import Candidate
    from ykcheck._numbers import ARABIC_RE
    from ykcheck._text import fold

    work = fold(text)
    breaks = [m.end() for m in _BREAK_RE.finditer(work)] + [len(work) + 1]
    out, b = [], 0
    for m in ARABIC_RE.finditer(work):
        start, tail = m.span()
        while breaks[b] <= start:
            b += 1
        qs = breaks[b - 1] if b else 0
        value = Decimal(m.group("num").replace(",", "").replace("，", ""))
        out.append(Candidate(text[qs:tail], (qs, tail), value, m.group("unit") or "", "outcome"))
    return out


def timed(fn: Callable[[], Any], runs: int) -> float:
    """Median wall time of ``runs`` calls of ``fn``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="size of the text (default 10)")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--profile", action="store_true", help="cProfile one extraction run")
    args = parser.parse_args(argv)

    import ykcheck

    text = corpus(args.mb)
    size = mb(text)
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        ykcheck.extract(text)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        return 0

    found = len(ykcheck.extract(text))  # warm-up, and the count for the record
    t_extract = timed(lambda: ykcheck.extract(text), args.runs)
    t_regex = timed(lambda: sum(1 for _ in NUMBER_RE.finditer(text)), args.runs)
    t_floor = timed(lambda: floor(text), args.runs)
    t_bare = timed(lambda: bare(text), args.runs)
    extract_rate, regex_rate = size / t_extract, size / t_regex
    try:
        import cn2an  # type: ignore[import-untyped]
    except ImportError:
        cn2an_rate = None
    else:
        part = text.encode("utf-8")[:1_000_000].decode("utf-8", "ignore")
        # the two back to back on the same slice, PAIRED times: the ratio of each pair is taken
        # at one moment of a shared machine, and the median of the ratios is the figure
        ratios, cn2an_times = [], []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # cn2an warns on every numeral it cannot read
            for _ in range(PAIRED):
                t_ours = timed(lambda: ykcheck.extract(part), 1)
                t_theirs = timed(lambda: cn2an.transform(part, "cn2an"), 1)
                ratios.append(t_theirs / t_ours)
                cn2an_times.append(t_theirs)
        t_cn2an = statistics.median(cn2an_times)
        cn2an_rate = mb(part) / t_cn2an

    print(f"text: {size:.2f} MB UTF-8 ({len(text):,} characters), the two seeds repeated")
    print(
        f"ykcheck.extract      {extract_rate:8.2f} MB/s  ({t_extract:.3f} s, {found:,} candidates"
        f" with every field, median of {args.runs})"
    )
    if cn2an_rate is None:
        print("cn2an.transform      not installed (pip install 'ykcheck[bench]'): ratio skipped")
    else:
        print(
            f"cn2an.transform      {cn2an_rate:8.2f} MB/s  ({t_cn2an:.3f} s on a 1.00 MB slice of"
            f" the same text, median of {PAIRED}, each run beside one of extract on the slice)"
        )
    print(f"re.finditer numbers  {regex_rate:8.2f} MB/s  ({t_regex:.3f} s: a bare scan, a ceiling)")
    print(
        f"floor                {size / t_floor:8.2f} MB/s  ({t_floor:.3f} s: numbers read, one"
        " Candidate each, nothing else)"
    )
    print(
        f"bare floor           {size / t_bare:8.2f} MB/s  ({t_bare:.3f} s: one regex, one Candidate"
        " per match, no rules)"
    )
    print()
    met = True
    print(
        f"extract:                   {extract_rate:.1f} MB/s  ({COMPILED_RATE:g} MB/s would need a"
        " compiled core: not a goal)"
    )
    if cn2an_rate is not None:
        ratio = statistics.median(ratios)
        print(
            f"extract / cn2an:           {ratio:.1f}x  (goal >= {GOAL_CN2AN:g}x: "
            f"{'met' if ratio >= GOAL_CN2AN else 'MISSED'}; median of {PAIRED} paired runs on the"
            f" 1 MB slice, from {min(ratios):.1f}x to {max(ratios):.1f}x)"
        )
        met = met and ratio >= GOAL_CN2AN
    budget = size / COMPILED_RATE  # seconds for the whole text at that rate
    print(
        f"extract / floor:           {t_floor / t_extract:.2f}  (at {COMPILED_RATE:g} MB/s the"
        f" floor leaves {1e6 * (budget - t_floor) / max(found, 1):.1f} µs per candidate for reading"
        f" its words, the bare floor {1e6 * (budget - t_bare) / max(found, 1):.1f};"
        f" extract spends {1e6 * (t_extract - t_floor) / max(found, 1):.1f})"
    )
    print(
        f"extract / bare regex scan: {extract_rate / regex_rate:.3f}  "
        f"(the scan is {regex_rate / extract_rate:.0f}x faster: it only finds digits)"
    )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
