"""Bad input: every file of tests/data/invalid/ fails with exactly the message beside it.

Each ``X.toml`` there has an ``X.expected`` holding the str() of the DataError that loading it
raises, with paths relative to tests/data/invalid. To rewrite the .expected files after a
deliberate change of wording, run ``YKCHECK_REGEN=1 python -m pytest tests/test_invalid.py`` and
read every changed file before committing it: each message must say where and what to do.
"""

from __future__ import annotations

import contextlib
import os
import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import ykcheck
from ykcheck._cli import main

from .conftest import TESTDATA

INVALID = TESTDATA / "invalid"
CORPUS = sorted(INVALID.glob("*.toml"))
REGEN = os.environ.get("YKCHECK_REGEN") == "1"


def test_corpus_is_there():
    """The corpus is found (an empty glob would make the tests below pass vacuously)."""
    assert len(CORPUS) >= 30


def message(name: str) -> str:
    """The str() of the DataError that loading ``name`` (in tests/data/invalid) raises."""
    with pytest.raises(ykcheck.DataError) as info:
        ykcheck.load(name)
    return str(info.value)


def expected(path: Path, actual: str) -> str:
    """The text of ``path``'s .expected file; rewritten with ``actual`` when YKCHECK_REGEN=1."""
    file = path.with_suffix(".expected")
    if REGEN:
        file.write_text(actual + "\n", encoding="utf-8")
    return file.read_text(encoding="utf-8").removesuffix("\n")


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_message(path, monkeypatch):
    """Loading the file raises a DataError whose text is exactly the expected one."""
    monkeypatch.chdir(INVALID)
    actual = message(path.name)
    assert actual == expected(path, actual)


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_every_problem_is_located_and_says_what_to_do(path, monkeypatch):
    """Each problem names its file, a line where the file has lines, a $.path, and a hint."""
    monkeypatch.chdir(INVALID)
    with pytest.raises(ykcheck.DataError) as info:
        ykcheck.load(path.name)
    for p in info.value.problems:
        assert p.file is not None and p.hint, p
        if p.path is not None and p.path != "$":
            assert p.line is not None, p


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_cli_exits_2_with_the_message(path, monkeypatch):
    """`ykcheck report X.toml` prints the same message on stderr, exit 2, no traceback."""
    monkeypatch.chdir(INVALID)
    result = CliRunner().invoke(main, ["report", path.name])
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert result.stderr == f"ykcheck: {expected(path, message(path.name))}\n"
    assert result.stdout == ""


def test_problems_are_gathered_not_one_at_a_time(monkeypatch):
    """A file with many kinds of mistakes reports every one of them in one error."""
    monkeypatch.chdir(INVALID)
    with pytest.raises(ykcheck.DataError) as info:
        ykcheck.load("many-problems-at-once.toml")
    messages = " | ".join(p.message for p in info.value.problems)
    for part in (
        "unknown field(s) strenght",
        "unknown comparator '=>'",
        "expected an integer",
        "cannot be compared",
        "unknown source 'yk2024'",
        "a value or done, not both",
        "duplicate commitment id",
        "is not in the source",
        "is not a decimal",
    ):
        assert part in messages


def test_directory_instead_of_a_file(tmp_path):
    """A directory given as the data file is a DataError that says so."""
    with pytest.raises(ykcheck.DataError, match="it is a directory, not a file"):
        ykcheck.load(tmp_path)


def test_missing_file_names_it(tmp_path):
    """A file that does not exist is a DataError naming the path."""
    with pytest.raises(ykcheck.DataError) as info:
        ykcheck.load(tmp_path / "nothing.toml")
    (p,) = info.value.problems
    assert p.file == str(tmp_path / "nothing.toml")
    assert "No such file" in p.message


def test_byte_order_mark_is_accepted(tmp_path):
    """A UTF-8 file saved with a byte-order mark (Windows Notepad) reads like any other."""
    good = (INVALID / "unknown-source.toml").read_text(encoding="utf-8").replace("yk205", "yk2025")
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + good.encode("utf-8"))
    assert ykcheck.load(path).commitments[0].id == "2025-overseas-warehouses"
    assert ykcheck.loads("\ufeff" + good).commitments[0].id == "2025-overseas-warehouses"


def test_outcome_of_an_unused_indicator_is_not_an_error():
    """An outcome that no commitment uses loads; the report lists it as unmatched."""
    good = (INVALID / "unknown-source.toml").read_text(encoding="utf-8").replace("yk205", "yk2025")
    extra = (
        '\n[[outcome]]\nindicator = "外贸出口"\nyear = 2025\nvalue = "9.4万个"\n'
        'quote = "外贸出口9.4万个"\nsource = "yk2025"\n'
    )
    report = ykcheck.evaluate(ykcheck.loads(good + extra))
    assert [o.indicator for o in report.unmatched] == ["外贸出口"]
    assert "外贸出口" in report.to_markdown()


def test_line_of_a_key_not_its_table(monkeypatch):
    """A problem of a key points at that key's line and column, a missing key at the header."""
    monkeypatch.chdir(INVALID)
    with pytest.raises(ykcheck.DataError) as info:
        ykcheck.load("comparator-reversed.toml")
    (p,) = info.value.problems
    lines = (INVALID / "comparator-reversed.toml").read_text(encoding="utf-8").splitlines()
    assert lines[p.line - 1] == 'target = "=> 10个"'
    assert lines[p.line - 1][p.column - 1 :].startswith("=>")
    with pytest.raises(ykcheck.DataError) as info:
        ykcheck.load("missing-field.toml")
    (p,) = info.value.problems
    assert lines[p.line - 1] == "[[commitment]]"


def test_lines_skip_multiline_strings(monkeypatch):
    """Lines inside a multi-line string are not taken for tables or keys."""
    monkeypatch.chdir(INVALID)
    with pytest.raises(ykcheck.DataError) as info:
        ykcheck.load("multiline-note.toml")
    (p,) = info.value.problems
    lines = (INVALID / "multiline-note.toml").read_text(encoding="utf-8").splitlines()
    assert lines[p.line - 1] == 'target = ">= 10颗"'


@pytest.mark.parametrize(
    "error",
    [
        ykcheck.DataError([ykcheck.Problem("m", "f.toml", 3, 4, "$.x", "do this")]),
        ykcheck.ParseError("no number here", "abc", 0),
        ykcheck.UnitError("unknown unit", "5公理", 1),
    ],
)
def test_errors_pickle(error):
    """Errors survive pickling (multiprocessing sends them between processes) unchanged."""
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error)
    assert str(back) == str(error)
    assert back.__dict__ == error.__dict__


def test_error_hierarchy():
    """One root; each error is also the fitting built-in."""
    for cls in (ykcheck.DataError, ykcheck.ParseError, ykcheck.UnitError):
        assert issubclass(cls, ykcheck.YkcheckError)
        assert issubclass(cls, ValueError)


# -- output files are written whole or not at all ------------------------------------------------


def test_failed_run_leaves_the_report_file_untouched(tmp_path, monkeypatch):
    """`report BAD -o OUT` over an existing report leaves it byte for byte, and no temp file."""
    out = tmp_path / "report.md"
    out.write_bytes(b"# the good report\n")
    before = sorted(tmp_path.iterdir())
    monkeypatch.chdir(INVALID)
    for path in CORPUS:
        result = CliRunner().invoke(main, ["report", path.name, "-o", str(out)])
        assert result.exit_code == 2, path.name
        assert out.read_bytes() == b"# the good report\n"
        assert sorted(tmp_path.iterdir()) == before


def test_failed_write_leaves_the_report_file_untouched(tmp_path, monkeypatch):
    """A write that fails at the last step (the rename) keeps the old file, removes the
    temporary one, and ends with exit 2 and a message, no traceback."""
    out = tmp_path / "report.md"
    out.write_bytes(b"# the good report\n")

    def refuse(*args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("ykcheck._cli.output.os.replace", refuse)
    result = CliRunner().invoke(main, ["report", "-o", str(out)])
    assert result.exit_code == 2
    assert "Permission denied" in result.stderr and "Traceback" not in result.output
    assert out.read_bytes() == b"# the good report\n"
    assert list(tmp_path.iterdir()) == [out]


def test_good_run_replaces_the_report_and_leaves_no_temp_file(tmp_path):
    """The same command on good data replaces the file whole."""
    out = tmp_path / "report.md"
    out.write_bytes(b"# the old report\n")
    result = CliRunner().invoke(main, ["report", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("# ")
    assert out.read_bytes() != b"# the old report\n"
    assert list(tmp_path.iterdir()) == [out]


def test_cli_directory_instead_of_a_file(tmp_path):
    """A directory given to `ykcheck report` is a usage error, exit 2, no traceback."""
    result = CliRunner().invoke(main, ["report", str(tmp_path)])
    assert result.exit_code == 2
    assert "is a directory" in result.stderr and "Traceback" not in result.output


# -- whatever the input, a DataError or data, never another exception ----------------------------

FIELDS = sorted(
    {"id", "year", "area", "indicator", "quote", "source", "kind", "target", "measure"}
    | {"strength", "relation", "reference", "baseline", "note", "value", "hedge", "done"}
    | {"title", "file", "url", "plan", "reviews", "include", "near_miss_points", "indicatr"}
)
SCALARS = (
    st.text(max_size=8)
    | st.sampled_from([">= 10个", "=> 10个", "12亩", "2025", "threshold", "growth", "sync"])
    | st.integers(-5, 3000)
    | st.booleans()
    | st.floats(allow_nan=False)
)
TABLES = st.dictionaries(st.sampled_from(FIELDS), SCALARS, max_size=8)
DOCUMENTS = st.fixed_dictionaries(
    {},
    optional={
        "title": SCALARS,
        "include": st.lists(st.text(max_size=5), max_size=2) | SCALARS,
        "source": st.lists(TABLES, max_size=2) | TABLES,
        "commitment": st.lists(TABLES, max_size=3) | TABLES | SCALARS,
        "outcome": st.lists(TABLES | SCALARS, max_size=3),
        "method": TABLES | SCALARS,
        "comitment": st.lists(TABLES, max_size=1),
    },
)


@settings(max_examples=300, deadline=None)
@given(DOCUMENTS)
def test_any_document_gives_data_or_a_located_data_error(tmp_path_factory, doc):
    """Arbitrary documents of the right vocabulary load or raise DataError, each problem located."""
    import tomli_w

    text = tomli_w.dumps(doc)
    base = tmp_path_factory.mktemp("fuzz")
    try:
        ykcheck.loads(text, file=str(base / "d.toml"))
    except ykcheck.DataError as exc:
        for p in exc.problems:
            assert p.path is not None and p.hint
            assert p.line is not None or p.path == "$" or p.path.startswith("$.include"), p


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_data_or_a_data_error(text):
    """Arbitrary text never raises anything but DataError."""
    with contextlib.suppress(ykcheck.DataError):
        ykcheck.loads(text)
