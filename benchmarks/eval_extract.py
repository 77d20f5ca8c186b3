"""Extraction measured on other places' reports: recall, precision, values and roles.

    python benchmarks/eval_extract.py [--part tune|heldout|both|DIR] [--show]

Reads the hand-annotated excerpts of ``benchmarks/eval/extract/`` (see its README), runs
``ykcheck.extract`` on each text and pairs the candidates with the gold figures: a candidate
stands for a figure when its quote ends where the figure's ``at`` ends (within 3 characters,
and after the ``at`` starts; the pinyin some sites print after a character, 千分點(diǎn), is that
character's, whether the quote or the ``at`` ends before it or after it). Each gold figure and
each candidate is used once; where one number serves several indicators (均增长12%), as many
candidates as gold entries are wanted.

- recall: gold figures with a candidate / gold figures;
- precision: candidates that stand for a gold figure / candidates;
- values: of the paired, those whose value is the gold value (in the gold's unit);
- roles: of the paired, those whose role (target or outcome) is the gold role.

``--show`` lists what was missed, what is false, and each wrong value or role.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path

import ykcheck

HERE = Path(__file__).resolve().parent / "eval" / "extract"
REACH = 3  # characters a candidate's end may stand from the end of the gold's ``at``
# the pinyin a site prints after a character
_GLOSS_RE = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]$")


@dataclass
class Gold:
    start: int
    end: int
    value: str
    unit: str
    role: str
    note: str = ""
    at: str = ""
    gloss: int = 0  # the length of the pinyin the ``at`` ends with (see _GLOSS_RE)

    def near(self, end: int) -> bool:
        """Whether a candidate's quote that ends at ``end`` ends where the ``at`` does."""
        ends = (self.end, self.end - self.gloss)
        return self.start < end and any(e - REACH <= end <= e + REACH for e in ends)


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    candidates: int = 0
    true: int = 0
    values: int = 0
    roles: int = 0
    lines: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("gold", "found", "candidates", "true", "values", "roles"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.lines += other.lines


def _golds(doc: dict) -> Iterator[Gold]:
    text = doc["text"]
    for f in doc.get("figure", []):
        at, nth = f["at"], f.get("nth", 1)
        pos = -1
        for _ in range(nth):
            pos = text.find(at, pos + 1)
            if pos < 0:
                raise SystemExit(f"{doc['_file']}: {at!r} is not in the text {nth} times")
        gloss = _GLOSS_RE.search(at)  # (千分點(diǎn): the quote may end at 點)
        yield Gold(
            pos, pos + len(at), f["value"], f["unit"], f["role"], f.get("note", ""), at,
            len(gloss.group()) if gloss else 0,
        )  # fmt: skip


def _in_gold_unit(c: ykcheck.Candidate, g: Gold) -> Decimal | None:
    """The candidate's value in the gold's unit, or None if the units cannot meet."""
    from ykcheck._units import FACTORS, SPELLINGS

    unit = g.unit
    if unit == "rank":
        return c.value if c.unit in ("rank", "名次", "位次") else None
    try:
        value, name = ykcheck._quantity.parse_amount("1" + unit) if unit else (Decimal(1), "")
    except ykcheck.YkcheckError:
        name = SPELLINGS.get(unit, unit)
        value = Decimal(1)
    if c.unit == name:
        return c.value / value
    if c.unit in FACTORS and name in FACTORS and FACTORS[c.unit][0] == FACTORS[name][0]:
        x = Fraction(c.value) * FACTORS[c.unit][1] / FACTORS[name][1] / Fraction(value)
        return Decimal(x.numerator) / Decimal(x.denominator)
    return None


def _same_value(c: ykcheck.Candidate, g: Gold) -> bool:
    try:
        want = Decimal(g.value)
    except InvalidOperation:
        return False
    got = _in_gold_unit(c, g)
    return got is not None and abs(got - want) <= abs(want) * Decimal("1e-9")


def measure(path: Path) -> Tally:
    doc = tomllib.loads(path.read_text(encoding="utf-8"))
    doc["_file"] = path.name
    text = doc["text"]
    golds = list(_golds(doc))
    found = ykcheck.extract(text)
    t = Tally(gold=len(golds), candidates=len(found))
    free = list(range(len(found)))
    for g in sorted(golds, key=lambda g: (g.end, g.start)):
        near = [i for i in free if g.near(found[i].span[1])]
        if not near:
            t.lines.append(f"  missed  {path.stem}: {g.at!r} = {g.value} {g.unit} ({g.role})")
            continue
        # the nearest, a right value first
        near.sort(key=lambda i: (not _same_value(found[i], g), abs(found[i].span[1] - g.end)))
        i = near[0]
        free.remove(i)
        c = found[i]
        t.found += 1
        t.true += 1
        if _same_value(c, g):
            t.values += 1
        else:
            t.lines.append(
                f"  value   {path.stem}: {g.at!r}: got {c.value} {c.unit}, gold {g.value} {g.unit}"
            )
        if c.role == g.role:
            t.roles += 1
        else:
            t.lines.append(f"  role    {path.stem}: {g.at!r}: got {c.role}, gold {g.role}")
    for i in free:
        c = found[i]
        t.lines.append(f"  false   {path.stem}: {c.quote[-30:]!r} = {c.value} {c.unit}")
    return t


def report(part: str, show: bool) -> Tally:
    total = Tally()
    for path in sorted((HERE / part).glob("*.toml")):
        total.add(measure(path))
    recall = total.found / max(total.gold, 1)
    precision = total.true / max(total.candidates, 1)
    values = total.values / max(total.found, 1)
    roles = total.roles / max(total.found, 1)
    print(
        f"{part:8s} gold {total.gold:4d}  candidates {total.candidates:4d}  recall {recall:.3f}  "
        f"precision {precision:.3f}  values {values:.3f} ({total.values}/{total.found})  "
        f"roles {roles:.3f} ({total.roles}/{total.found})"
    )
    if show:
        print("\n".join(total.lines))
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--part", default="both", help="tune, heldout, both, or the path of another set's directory"
    )
    parser.add_argument("--show", action="store_true", help="list misses and errors")
    args = parser.parse_args(argv)
    parts = ["tune", "heldout"] if args.part == "both" else [args.part]
    for part in parts:
        report(part, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
