"""The bundled data: every record's quote is in its source and says the recorded number."""

from __future__ import annotations

import re
import tomllib

import pytest

import ykcheck
from ykcheck._phrases import read
from ykcheck._ranks import quantities

from .conftest import DATA, gold

BUNDLED = ykcheck.load(DATA / "commitments.toml")
THRESHOLDS = [c for c in BUNDLED.commitments if c.target.kind == "threshold"]
OTHERS = [c for c in BUNDLED.commitments if c.target.kind != "threshold"]
VALUES = [o for o in BUNDLED.outcomes if o.value is not None]


def test_bundled_data_is_complete():
    """Three plan years of commitments and two reviews of outcomes are bundled."""
    years = {c.year for c in BUNDLED.commitments}
    assert years == {2023, 2024, 2025}
    assert len([c for c in BUNDLED.commitments if c.year == 2025]) >= 100
    assert {o.year for o in BUNDLED.outcomes} == {2022, 2024}
    assert len(VALUES) >= 200
    assert BUNDLED.reviews == {2022, 2024}


def _phrase(quote: str) -> str:
    return quote.replace("…", "")


@pytest.mark.parametrize("c", THRESHOLDS, ids=lambda c: c.id)
def test_commitment_quote_parses_to_its_target(c):
    """Parsing the quote gives the recorded number, unit, comparator, measure and strength."""
    assert ykcheck.parse_target(_phrase(c.quote)) == c.target


@pytest.mark.parametrize("c", OTHERS, ids=lambda c: c.id)
def test_milestone_and_relative_quotes_parse(c):
    """Milestones and relative targets read as such from their quotes."""
    t = ykcheck.parse_target(_phrase(c.quote))
    assert (t.kind, t.strength, t.relation) == (c.target.kind, c.target.strength, c.target.relation)


@pytest.mark.parametrize("o", VALUES, ids=lambda o: f"{o.year}-{o.indicator}-{o.value}")
def test_outcome_quote_states_its_value(o):
    """The recorded value, measure and hedge are what the quote says of one of its numbers.

    A quote may leave the unit to the context (标箱数突破3万); then the value must agree and the
    record carries no other unit.
    """
    phrase = _phrase(o.quote)
    readings = [read(phrase, tok) for tok in quantities(phrase)]
    said = {(r.value, r.number.unit, r.measure, r.hedge) for r in readings}
    implied = {(r.value, o.unit, r.measure, r.hedge) for r in readings if r.number.unit == ""}
    assert (o.value, o.unit, o.measure, o.hedge) in said | implied, sorted(said, key=str)
    if (o.value, o.unit, o.measure, o.hedge) not in said:
        assert o.note, "a unit the quote leaves implied is explained in a note"


def test_every_quote_is_in_its_source():
    """The loader checks each quote against its source; a broken quote is a load error."""
    text = (DATA / "commitments.toml").read_text(encoding="utf-8")
    broken = text.replace('quote = "新增海外仓10个"', 'quote = "新增海外仓12个"', 1)
    assert broken != text
    with pytest.raises(ykcheck.DataError, match="is not in the source"):
        ykcheck.loads(broken, file=str(DATA / "commitments.toml"))


def _spans(quote: str, text: str) -> list[tuple[int, int]]:
    """Where the pieces of a quote stand in a whitespace-free source."""
    pos, out = 0, []
    for piece in re.sub(r"\s+", "", quote).split("…"):
        if piece:
            found = text.find(piece, pos)
            assert found >= 0, quote
            out.append((found, found + len(piece)))
            pos = found + len(piece)
    return out


@pytest.mark.parametrize("year", ["2025", "2023"])
def test_every_number_is_modelled_or_listed(year):
    """Each quantity of the plan and review sections (the gold annotation's targets and
    outcomes) stands inside some record's quote, or is listed with its reason in
    tests/data/unmodelled.toml. Numbers that are not quantities (years, 十四五, “8+4”) are
    annotated as role none, each with its reason, in tests/data/gold."""
    source = {"2025": "yk2025", "2023": "yk2023"}[year]
    text = re.sub(r"\s+", "", (DATA / "sources" / f"{year}.txt").read_text(encoding="utf-8"))
    covered = [
        span
        for r in (*BUNDLED.commitments, *BUNDLED.outcomes)
        if r.source == source
        for span in _spans(r.quote, text)
    ]
    with open(DATA.parent / "tests" / "data" / "unmodelled.toml", "rb") as f:
        allowed = set(tomllib.load(f)[year])
    missing, pos = [], 0
    for q in gold(year):
        pos = text.find(q["context"], pos)
        start = pos + q["context"].index(q["text"])
        end = start + len(q["text"])
        if q["role"] == "none" or q["context"] in allowed:
            continue
        if not any(a <= start and end <= b for a, b in covered):
            missing.append(q["context"])
    assert missing == []
