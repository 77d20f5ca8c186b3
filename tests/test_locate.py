"""Locating paths in TOML text: the index agrees with the real parser about where keys stand,
whatever the strings in between hold (quotes of another kind, escapes, line breaks, #)."""

from __future__ import annotations

import re
import tomllib

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ykcheck._io.locate import Lines

# characters strings are made of: the ones that confuse a scanner, and ordinary text
_CHARS = st.sampled_from([*list("ab 中文=#[]{},.\"'\\"), "\u2028", "\t"])


@st.composite
def _string_value(draw: st.DrawFn) -> str:
    """A TOML string value of any of the four kinds, valid by construction."""
    kind = draw(st.sampled_from(["basic", "literal", "ml_basic", "ml_literal"]))
    body = "".join(draw(st.lists(_CHARS, max_size=12)))
    if kind == "basic":
        return '"' + body.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if kind == "literal":
        return "'" + body.replace("'", "") + "'"
    lines = [body, *draw(st.lists(st.text(_CHARS, max_size=8), max_size=3))]
    text = "\n".join(lines)
    if kind == "ml_basic":
        text = text.replace("\\", "\\\\").replace('"""', '""\\"')
        return '"""' + text + '"""'
    return "'''" + text.replace("'''", "''") + "'''"


_KEYS = ["id", "quote", "note", "title", "value"]


@st.composite
def _document(draw: st.DrawFn) -> tuple[str, dict[str, int]]:
    """A TOML text of arrays of tables, and the line each ``$.path`` was written on."""
    rows: list[str] = []
    at: dict[str, int] = {}
    counts: dict[str, int] = {}
    for table in draw(st.lists(st.sampled_from(["commitment", "outcome"]), min_size=1, max_size=4)):
        index = counts[table] = counts.get(table, -1) + 1
        rows.append(f"[[{table}]]")
        for key in draw(st.lists(st.sampled_from(_KEYS), unique=True, min_size=1, max_size=4)):
            value = draw(_string_value())
            comment = draw(st.sampled_from(["", "  # a 'comment' with \"quotes\""]))
            at[f"$.{table}[{index}].{key}"] = len(rows) + 1
            rows.extend(f"{key} = {value}{comment}".split("\n"))
    return "\n".join(rows) + "\n", at


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=300)
@given(_document(), st.data())
def test_lines_agree_with_the_parser(doc, data):
    """Every key is found on the line it stands on; and where the parser is made to fail at a
    key's value, it reports the line and column the index gives."""
    text, at = doc
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        assume(False)
    lines = Lines(text)
    for path, line in at.items():
        assert lines.line(path) == line, path
    path = data.draw(st.sampled_from(sorted(at)))
    rows = text.split("\n")
    row = rows[at[path] - 1]
    column = lines.column(path)
    assert column is not None
    # the value's first character replaced by one no TOML value starts with
    rows[at[path] - 1] = row[: column - 1] + "@" + row[column:]
    try:
        tomllib.loads("\n".join(rows))
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line = getattr(exc, "lineno", None) or int(m.group(1)) if m else None
        col = getattr(exc, "colno", None) or int(m.group(2)) if m else None
        assert (line, col) == (at[path], column)
    else:
        raise AssertionError("the parser read a value that starts with @")


def test_quotes_of_another_kind_open_nothing():
    """``note = '''x \"\"\" y'''`` closes on its own line: the key after it is found (the index
    once took the \"\"\" for an open string and lost every key below it)."""
    text = "[[commitment]]\nnote = '''x \"\"\" y'''\nquote = \"q\"\n"
    assert Lines(text).line("$.commitment[0].quote") == 3


def test_a_line_separator_inside_a_string_is_no_line_break():
    """U+2028 inside a string does not end a line for TOML, nor for the index."""
    text = '[[commitment]]\nnote = "a\u2028b"\nquote = "q"\n'
    assert Lines(text).line("$.commitment[0].quote") == 3
