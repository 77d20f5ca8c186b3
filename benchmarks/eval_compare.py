"""compare measured on plans and reviews of other places: classes, pairs, invented results.

    python benchmarks/eval_compare.py [--part tune|heldout|both|DIR] [--show]

Each case of ``benchmarks/eval/compare/`` (see its README) is run as a user would run it,
``ykcheck compare PLAN REVIEW... --year N --format json``, and its verdicts are set beside the
hand-made gold:

- classes right: gold verdicts whose class the tool gives (kept = exceeded or met, short =
  nearly met or missed, unreported = unreported or pending, incomparable);
- results paired right: of the gold verdicts that have a result, those the tool pairs with it
  (the tool's outcome quote and the gold's overlap, one inside the other; or, in a review's
  text, the figure the tool's quote ends with is the gold quote's first: a table's cell quoted
  from its row's label, 交通投资|12%|492.3%, against the gold's 492.3%|完成);
- invented: of the gold verdicts with no result in the review, those the tool pairs with one.

A gold target is found among the tool's verdicts by its words: the tool's quote holds the
target's words or stands inside them (white space ignored). A gold target the tool does not
find counts as a wrong class (and, with a result, as a wrong pair).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent / "eval" / "compare"
CLASS = {
    "exceeded": "kept",
    "met": "kept",
    "nearly_met": "short",
    "missed": "short",
    "unreported": "unreported",
    "pending": "unreported",
    "incomparable": "incomparable",
}


def squash(s: str | None) -> str:
    return "".join((s or "").split())


@dataclass
class Tally:
    gold: int = 0
    right: int = 0
    with_result: int = 0
    paired: int = 0
    without_result: int = 0
    invented: int = 0
    lines: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("gold", "right", "with_result", "paired", "without_result", "invented"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.lines += other.lines


def run(case: Path) -> tuple[dict, dict]:
    meta = tomllib.loads((case / "case.toml").read_text(encoding="utf-8"))
    plan = next(d["file"] for d in meta["doc"] if d["role"] == "plan")
    reviews = [d["file"] for d in meta["doc"] if d["role"] == "review"]
    cmd = ["ykcheck", "compare", plan, *reviews, "--year", str(meta["year"]), "--format", "json"]
    done = subprocess.run(cmd, cwd=case, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1) or not done.stdout.startswith("{"):
        raise SystemExit(f"{case.name}: ykcheck compare failed:\n{done.stderr}")
    return meta, json.loads(done.stdout)


def _find(target: str, indicator: str, verdicts: list[dict], used: set[int]) -> dict | None:
    """The tool's verdict on a gold target: of those whose quote holds the target's words or
    stands inside them, one that names the gold's indicator first (several targets of one
    sentence share its words: 社零、固投、税收分别增长7.5%、12%、10%), then the closest in
    length."""
    want = squash(target)
    best = None
    for i, v in enumerate(verdicts):
        quote = squash(v["quote"])
        if i in used or not quote or not (want in quote or quote in want):
            continue
        key = (v["indicator"] != indicator, abs(len(quote) - len(want)))
        if best is None or key < best[0]:
            best = (key, i, v)
    if best is None:
        return None
    used.add(best[1])
    return best[2]


_NUMBER_RE = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def _same_figure(want: str, found: str, texts: list[str]) -> bool:
    """Whether, in one of the (squashed) review ``texts``, the last number of the tool's quote
    ``found`` is the first number of the gold's quote ``want``, at the same place."""
    first = _NUMBER_RE.search(want)
    last = list(_NUMBER_RE.finditer(found))
    if first is None or not last or first.group() != last[-1].group():
        return False
    for text in texts:
        places = {m.start() + first.start() for m in re.finditer(re.escape(want), text)}
        for m in re.finditer(re.escape(found), text):
            if m.start() + last[-1].start() in places:
                return True
    return False


def measure(case: Path) -> Tally:
    meta, report = run(case)
    texts = [
        squash((case / d["file"]).read_text(encoding="utf-8"))
        for d in meta["doc"]
        if d["role"] == "review"
    ]
    verdicts = report["verdicts"]
    t = Tally()
    used: set[int] = set()
    for g in meta.get("verdict", []):
        t.gold += 1
        v = _find(g["target"], g.get("indicator", ""), verdicts, used)
        got = CLASS[v["status"]] if v else "(not found)"
        if got == g["class"]:
            t.right += 1
        else:
            t.lines.append(f"  class  {case.name}: {g['target']!r}: got {got}, gold {g['class']}")
        found = squash(v["outcome_quote"]) if v else ""
        if "outcome" in g:
            t.with_result += 1
            want = squash(g["outcome"])
            if found and (found in want or want in found or _same_figure(want, found, texts)):
                t.paired += 1
            else:
                t.lines.append(
                    f"  pair   {case.name}: {g['target']!r}: got {found or None!r}, gold {want!r}"
                )
        else:
            t.without_result += 1
            if found:
                t.invented += 1
                t.lines.append(f"  invent {case.name}: {g['target']!r}: got {found!r}")
    return t


def report(part: str, show: bool) -> Tally:
    total = Tally()
    for case in sorted(p for p in (HERE / part).iterdir() if (p / "case.toml").is_file()):
        total.add(measure(case))
    print(
        f"{part:8s} gold {total.gold:3d}  classes right {total.right / max(total.gold, 1):.3f} "
        f"({total.right}/{total.gold})  results paired right "
        f"{total.paired / max(total.with_result, 1):.3f} ({total.paired}/{total.with_result})  "
        f"invented {total.invented / max(total.without_result, 1):.3f} "
        f"({total.invented}/{total.without_result})"
    )
    if show:
        print("\n".join(total.lines))
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--part", default="both", help="tune, heldout, both, or the path of another set's directory"
    )
    parser.add_argument("--show", action="store_true", help="list what is wrong")
    args = parser.parse_args(argv)
    for part in ["tune", "heldout"] if args.part == "both" else [args.part]:
        report(part, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
