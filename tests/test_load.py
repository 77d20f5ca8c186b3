"""load and loads: the TOML format, and every problem in a file reported at once, located."""

from __future__ import annotations

import pytest

import ykcheck

from .conftest import ONE_COMMITMENT

GOOD = (
    '\ntitle = "测试"\n'
    + ONE_COMMITMENT
    + """
[[outcome]]
indicator = "新增海外仓"
year = 2025
value = "12个"
quote = "新增海外仓12个"
source = "s"
"""
)


def test_loads_reads_commitments_and_outcomes():
    """A valid text gives the model objects."""
    data = ykcheck.loads(GOOD)
    (c,) = data.commitments
    assert (c.id, c.target.comparator, c.target.value, c.target.unit) == ("c1", ">=", 10, "个")
    assert data.outcomes[0].value == 12
    assert ykcheck.evaluate(data).verdicts[0].status == "exceeded"


def test_dumps_round_trip():
    """dumps writes what loads reads back to equal data."""
    data = ykcheck.loads(GOOD)
    assert ykcheck.loads(ykcheck.dumps(data)) == data


def test_every_problem_at_once_with_line_and_path():
    """Several mistakes are all reported, each with its line and $.path."""
    bad = (
        GOOD.replace("year = 2025\narea", 'year = "2025"\narea')
        .replace('target = ">= 10个"', 'target = ">= 10栋楼"')
        .replace('value = "12个"', 'valu = "12个"')
    )
    with pytest.raises(ykcheck.DataError) as info:
        ykcheck.loads(bad, file="x.toml")
    paths = {p.path: p for p in info.value.problems}
    assert "$.commitment[0].year" in paths
    assert paths["$.commitment[0].year"].line == 10
    assert "$.outcome[0]" in paths or "$.outcome[0].valu" in paths
    text = str(info.value)
    assert "x.toml:10" in text and "expected an integer" in text
    assert "unknown field(s) valu" in text


def test_semantic_problems_are_gathered_after_structure():
    """Bad targets, units and sources are reported together with their lines."""
    bad = GOOD.replace('target = ">= 10个"', 'target = ">= 10栋楼"').replace(
        'source = "s"\n\n[[outcome]]', 'source = "nowhere"\n\n[[outcome]]'
    )
    with pytest.raises(ykcheck.DataError) as info:
        ykcheck.loads(bad, file="x.toml")
    messages = [p.message for p in info.value.problems]
    assert any("cannot read target" in m and "known units include" in m for m in messages)


def test_incompatible_units_are_an_error():
    """An outcome in 亩 for an indicator whose target counts 个 is rejected."""
    bad = GOOD.replace('value = "12个"', 'value = "12亩"')
    with pytest.raises(ykcheck.DataError, match="cannot be compared"):
        ykcheck.loads(bad)


def test_duplicate_ids():
    """Two commitments with one id are an error naming the first."""
    second = GOOD.split("[[outcome]]")[0].split("[[commitment]]")[1]
    with pytest.raises(ykcheck.DataError, match="duplicate commitment id 'c1'"):
        ykcheck.loads(GOOD + "\n[[commitment]]" + second)


@pytest.mark.parametrize("text", ["", "# only a comment\n"])
def test_empty_file(text):
    """An empty file is an error, not an empty report."""
    with pytest.raises(ykcheck.DataError, match="empty"):
        ykcheck.loads(text)


def test_malformed_toml_has_line_and_column():
    """A TOML syntax error says where."""
    with pytest.raises(ykcheck.DataError) as info:
        ykcheck.loads('title = "x"\n[[commitment]\n', file="bad.toml")
    (p,) = info.value.problems
    assert (p.file, p.line) == ("bad.toml", 2)
    assert p.column is not None


def test_missing_file():
    """A file that does not exist is a DataError naming it."""
    with pytest.raises(ykcheck.DataError, match=r"no-such\.toml"):
        ykcheck.load("no-such.toml")


def test_year_out_of_range():
    """Years outside 1949..2100 are rejected."""
    with pytest.raises(ykcheck.DataError, match="year 20250 is out of range"):
        ykcheck.loads(GOOD.replace("year = 2025\narea", "year = 20250\narea"))


@pytest.mark.parametrize("bad", [None, b"title = 'x'", 1])
@pytest.mark.parametrize(
    ("function", "expected"),
    [
        (lambda v: ykcheck.loads(v), "the TOML text as a str"),
        (lambda v: ykcheck.load(v), "a path"),
        (lambda v: ykcheck.dumps(v), "a Data"),
        (lambda v: ykcheck.evaluate(v), "a Data or a sequence of Commitment"),
        (lambda v: ykcheck.format_quantity(v), "a pint Quantity"),
        (lambda v: ykcheck.extract(v), "the report's text as a str"),
        (lambda v: ykcheck.compare(v, "2024年"), "text, a Document or Data for the plan"),
        (lambda v: ykcheck.compare("2024年", [v]), "text, a Document or Data for the plan"),
        (lambda v: ykcheck.match(v, []), "commitments as Commitment records"),
        (lambda v: ykcheck.match([], [v]), "outcomes as Outcome records"),
    ],
    ids=[
        "loads",
        "load",
        "dumps",
        "evaluate",
        "format_quantity",
        "extract",
        "compare-plan",
        "compare-review",
        "match-commitments",
        "match-outcomes",
    ],
)
def test_wrong_argument_types_say_what_was_expected(function, expected, bad):
    """None, bytes or an int where text, a path, data or a quantity is expected: a TypeError
    that says what was expected (not an AttributeError from inside, nor a silent [])."""
    with pytest.raises(TypeError, match=expected) as info:
        function(bad)
    assert type(bad).__name__ in str(info.value)
    if isinstance(bad, bytes):
        assert "decode" in str(info.value)


def test_strings_of_the_wrong_kind_are_wrong_types_too():
    """A str is a sequence, but not of commitments."""
    with pytest.raises(TypeError, match="a Data or a sequence of Commitment"):
        ykcheck.evaluate("abc")
    with pytest.raises(TypeError, match="pint Quantity"):
        ykcheck.format_quantity("5个")
    with pytest.raises(TypeError, match="max_bytes"):
        ykcheck.loads("", max_bytes="64")
    for outcomes in (1, "abc", [None]):
        with pytest.raises(TypeError, match="outcomes as a sequence of Outcome"):
            ykcheck.evaluate([], outcomes)
    with pytest.raises(TypeError, match="compare expects year as an int"):
        ykcheck.compare("x", "y", year="2024")
    with pytest.raises(TypeError, match="or a sequence of them"):
        ykcheck.compare("x", None, year=2024)
    with pytest.raises(TypeError, match="'text' must be"):
        ykcheck.Document("id", "title", None)


def test_a_long_value_is_shortened_in_messages():
    """A value of 100,000 digits is shown by its ends in the error, with the count left out."""
    bad = GOOD.replace('target = ">= 10个"', f'target = ">= {"9" * 100_000}x个"')
    with pytest.raises(ykcheck.DataError) as info:
        ykcheck.loads(bad, file="x.toml")
    assert len(str(info.value)) < 1000
    assert "characters left out" in str(info.value)
    with pytest.raises(ykcheck.ParseError) as parse:
        ykcheck.parse_target("增长" + "9" * 100_000 + "x个")
    assert len(str(parse.value)) < 1000
