"""Peak memory of `ykcheck extract DIR` over generated corpora of two sizes: bounded memory
means the peak stays flat as the corpus grows (files are streamed one at a time)."""

from __future__ import annotations

import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = (ROOT / "data" / "sources" / "2025.txt", ROOT / "data" / "sources" / "2023.txt")
FILE_KB = 60  # a county report is 30 to 100 KB of text


def make_corpus(directory: Path, megabytes: int, seed: int = 7) -> int:
    """Report-like files (the seeds with their numbers changed) adding up to ``megabytes``."""
    rnd = random.Random(seed)
    base = "\n".join(p.read_text(encoding="utf-8") for p in SEEDS)
    unit = base * max(1, FILE_KB * 1000 // len(base.encode("utf-8")))
    written, n = 0, 0
    while written < megabytes * 1_000_000:
        text = re.sub(r"\d+", lambda m: str(rnd.randint(1, 9999)), unit)
        path = directory / f"report-{n:05d}.txt"
        path.write_text(text, encoding="utf-8")
        written += len(text.encode("utf-8"))
        n += 1
    return n


_PEAK = (
    "import resource, subprocess, sys; "
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, "
    "stderr=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def peak_kb(cmd: list[str]) -> tuple[int, float]:
    """Peak resident memory (KB) of ``cmd`` and its wall time."""
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", _PEAK, *cmd], check=True, capture_output=True, text=True
    )
    return int(out.stdout.strip()), time.perf_counter() - start


def run(sizes: tuple[int, ...] = (20, 100)) -> list[dict[str, float]]:
    rows = []
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            corpus, out = Path(tmp) / "in", Path(tmp) / "out"
            corpus.mkdir()
            files = make_corpus(corpus, size)
            kb, seconds = peak_kb(
                [
                    sys.executable,
                    "-m",
                    "ykcheck",
                    "extract",
                    str(corpus),
                    "-o",
                    str(out),
                    "--year",
                    "2025",
                ]
            )
            rows.append({"mb": size, "files": files, "peak_mb": kb / 1024, "seconds": seconds})
    return rows


if __name__ == "__main__":
    rows = run()
    for r in rows:
        print(
            f"memory: extract over {r['mb']} MB ({r['files']} files): peak {r['peak_mb']:.0f} MB "
            f"resident, {r['seconds']:.1f} s"
        )
    print(
        f"memory ratio {rows[-1]['mb']} MB / {rows[0]['mb']} MB corpus: "
        f"{rows[-1]['peak_mb'] / rows[0]['peak_mb']:.2f} (flat is 1.0)"
    )
