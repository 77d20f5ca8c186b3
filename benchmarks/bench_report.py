"""Start-up to finish: `ykcheck report` on the bundled data against building pint's default
registry (`python -c "import pint; pint.UnitRegistry()"`), interleaved runs, same machine."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

REPORT = [sys.executable, "-m", "ykcheck", "report"]
PINT = [sys.executable, "-c", "import pint; pint.UnitRegistry()"]


def _time(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def run(repeat: int = 7) -> dict[str, float]:
    _time(REPORT), _time(PINT)  # warm the file cache for both
    ours, theirs = [], []
    for _ in range(repeat):
        ours.append(_time(REPORT))
        theirs.append(_time(PINT))
    a, b = statistics.median(ours), statistics.median(theirs)
    return {"report_s": a, "pint_s": b, "ratio": a / b}


if __name__ == "__main__":
    r = run()
    print(
        f"report: ykcheck report {r['report_s']:.3f} s; pint.UnitRegistry() {r['pint_s']:.3f} s; "
        f"ratio {r['ratio']:.2f} (goal <= 1.0)"
    )
