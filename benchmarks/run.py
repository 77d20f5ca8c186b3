"""All benchmarks in one run: `python benchmarks/run.py` (after `pip install -e '.[bench]'`).

Each figure is the median of several runs, beside its reference measured in the same run on
the same machine; the goals are those of docs/performance.md.
"""

from __future__ import annotations

import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_eval  # noqa: E402
import bench_linear  # noqa: E402
import bench_memory  # noqa: E402
import bench_report  # noqa: E402


def main() -> int:
    print(
        f"machine: {platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.system()}"
    )
    r = bench_report.run()
    print(
        f"report     ykcheck report {r['report_s']:.3f} s / pint.UnitRegistry() "
        f"{r['pint_s']:.3f} s = ratio {r['ratio']:.2f} (goal <= 1.0)"
    )
    e = bench_eval.run()
    print(
        f"evaluate   {e['pairs_per_s']:,.0f} pairs/s (goal >= 300,000); naive pint loop "
        f"{e['naive_pairs_per_s']:,.0f} pairs/s; ratio {e['ratio']:.1f}x (goal >= 10x)"
    )
    sys.stdout.flush()
    extract = subprocess.run([sys.executable, str(HERE / "bench_extract.py")], check=False)
    rows = bench_memory.run()
    for m in rows:
        print(
            f"memory     extract over {m['mb']} MB ({m['files']} files): peak {m['peak_mb']:.0f} MB"
            f" resident, {m['seconds']:.1f} s"
        )
    print(
        f"memory     peak ratio {rows[-1]['mb']} MB / {rows[0]['mb']} MB corpus: "
        f"{rows[-1]['peak_mb'] / rows[0]['peak_mb']:.2f} (flat is 1.0)"
    )
    linear = bench_linear.main()
    return extract.returncode or linear


if __name__ == "__main__":
    sys.exit(main())
