"""Evaluation throughput: verdicts per second on generated commitment-outcome pairs, beside a
naive loop that compares pint quantities on the same pairs, measured in the same run."""

from __future__ import annotations

import random
import statistics
import time
from decimal import Decimal

from ykcheck import Commitment, Outcome, Target
from ykcheck._evaluate import evaluate_all

UNITS = ("个", "亩", "亿元", "万元", "percent", "千瓦", "平方米")
COMPARATORS = (">=", ">=", ">=", ">", "<=", "~")  # 以上 is the most common word


def pairs(n: int, seed: int = 1) -> tuple[list[Commitment], list[Outcome]]:
    """n commitments of plan year 2024, each with one outcome; some with a 2023 baseline, some
    in another unit of the same dimension, some hedged."""
    rnd = random.Random(seed)
    commitments, outcomes = [], []
    for i in range(n):
        unit = rnd.choice(UNITS)
        target = Target(
            "threshold", rnd.choice(COMPARATORS), Decimal(rnd.randint(1, 100000)) / 10, unit
        )
        commitments.append(Commitment(f"c{i}", 2024, "area", f"指标{i}", "q", "s", target))
        value = Decimal(rnd.randint(1, 100000)) / 10
        other = {"万元": "亿元", "千瓦": "兆瓦"}.get(unit) if rnd.random() < 0.1 else None
        if other:
            value = value / 10000 if other == "亿元" else value / 1000
        hedge = "over" if rnd.random() < 0.05 else "exact"
        outcomes.append(Outcome(f"指标{i}", 2024, "q", "s", value, other or unit, hedge=hedge))
        if rnd.random() < 0.3:
            outcomes.append(Outcome(f"指标{i}", 2023, "q", "s", value * Decimal("0.9"), unit))
    return commitments, outcomes


def naive(commitments: list[Commitment], outcomes: list[Outcome]) -> int:
    """The obvious loop: look the outcome up, build pint quantities, compare."""
    by_key = {(o.indicator, o.year): o for o in outcomes}
    met = 0
    for c in commitments:
        o = by_key.get((c.indicator, c.year))
        if o is None:
            continue
        actual, target = o.quantity, c.target.quantity
        if actual.to(target.units) >= target:
            met += 1
    return met


def run(n: int = 100_000, repeat: int = 3) -> dict[str, float]:
    commitments, outcomes = pairs(n)
    ours = []
    for _ in range(repeat):
        start = time.perf_counter()
        evaluate_all(commitments, outcomes, {2023, 2024})
        ours.append(time.perf_counter() - start)
    sample = n // 10  # pint is slow: a tenth of the pairs, scaled
    theirs = []
    for _ in range(repeat):
        start = time.perf_counter()
        naive(commitments[:sample], outcomes)
        theirs.append((time.perf_counter() - start) * n / sample)
    rate, naive_rate = n / statistics.median(ours), n / statistics.median(theirs)
    return {
        "pairs": n,
        "pairs_per_s": rate,
        "naive_pairs_per_s": naive_rate,
        "ratio": rate / naive_rate,
    }


if __name__ == "__main__":
    r = run()
    print(
        f"evaluation: {r['pairs_per_s']:,.0f} pairs/s (goal >= 300,000); naive pint loop "
        f"{r['naive_pairs_per_s']:,.0f} pairs/s; ratio {r['ratio']:.1f}x (goal >= 10x)"
    )
