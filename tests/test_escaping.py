"""Text from the data renders inert: markdown tables stay whole, no tag, link or code opens, and
JSON gives back the exact strings.

The structural checks need nothing but the standard library. Where markdown-it-py is installed,
the report is also rendered, and the text a reader sees must be the data's text itself.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ykcheck
from ykcheck import Commitment, Outcome, Source, Target
from ykcheck import strategies as yks

NASTY = [
    "a|b|c",
    "`code`",
    "``",
    "<script>alert(1)</script>",
    "<br>",
    "line\nbreak",
    "cr\r\nlf",
    "*bold*",
    "**strong**",
    "_it_",
    "[x](y)",
    "![img](http://e.vil/x.png)",
    "# heading",
    "&lt;",
    "&amp;",
    "&#60;",
    "R&D",
    "~~gone~~",
    "back\\",
    "\\|",
    "| --- |",
    "1. item",
    "- item",
    "> quote",
    "<!-- c -->",
    "<http://e.vil>",
    "   ",
    "",
    "\u2028sep",
    "tab\there",
    "x\\*y",
]
FENCE = "```"


def unescaped(line: str, char: str) -> int:
    """How many times ``char`` stands in ``line`` without a backslash escaping it."""
    count, backslashes = 0, 0
    for ch in line:
        if ch == char and backslashes % 2 == 0:
            count += 1
        backslashes = backslashes + 1 if ch == "\\" else 0
    return count


def tables(markdown: str) -> list[list[str]]:
    """The tables of a markdown text, each as its lines (header, delimiter, rows).

    Asserts that each table ends at a blank line: a row broken by a line break would leave a
    piece of it as a line that is neither a row nor blank.
    """
    lines = markdown.split("\n")
    found, i = [], 0
    while i < len(lines):
        if i + 1 < len(lines) and re.fullmatch(r"(\|---)+\|", lines[i + 1]):
            j = i + 2
            while j < len(lines) and lines[j].startswith("|"):
                j += 1
            assert lines[j] == "", f"table ends without a blank line: {lines[j]!r}"
            found.append(lines[i:j])
            i = j
        else:
            i += 1
    return found


def assert_inert(markdown: str) -> None:
    """Tables well formed; no tag but our <br>, no link, no code span outside the fences."""
    found = tables(markdown)
    assert found
    in_table = {line for table in found for line in table}
    for table in found:
        pipes = unescaped(table[0], "|")
        for row in table:
            assert unescaped(row, "|") == pipes, row
    fenced = False
    for line in markdown.split("\n"):
        if line.startswith(FENCE):
            fenced = not fenced
            continue
        if fenced:
            continue
        assert line in in_table or not line.startswith("|"), f"a stray row: {line!r}"
        assert not re.search(r"<(?!br>)[A-Za-z/!?]", line), f"a raw tag: {line!r}"
        assert unescaped(line, "[") == 0, f"a link may open: {line!r}"
        assert unescaped(line.replace("(`", "").replace("`)", ""), "`") == 0, line


def data_with(
    quote: str, indicator: str, area: str, note: str | None, target: Target | None = None
) -> ykcheck.Data:
    """A data set whose user-written text is the given strings: one commitment with an outcome,
    one pending commitment, one unmatched outcome."""
    target = target or Target("threshold", ">=", Decimal(10), "个")
    source = Source("s", "source", reviews=2024)
    c = Commitment("c1", 2024, area, indicator, quote, "s", target, note=note)
    pending = Commitment("c2", 2025, area, indicator, quote, "s", target, note=note)
    hit = Outcome(indicator, 2024, quote, "s", Decimal(12), target.unit, target.measure)
    stray = Outcome(indicator + "·", 2024, quote, "s", Decimal(3), "个")
    return ykcheck.Data((c, pending), (hit, stray), (source,), title=area)


def seen(text: str) -> str:
    """The data's text as a reader sees it in a cell: white space runs become one space, and a
    control character (but tab, line feed and carriage return, which are white space) U+FFFD."""
    return " ".join(re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", "\ufffd", text).split())


def rendered_text(markdown: str) -> str:
    """The text a reader sees, rendered by markdown-it (CommonMark with tables), one line per
    block; asserts that no link, image, code or tag other than <br> was rendered."""
    markdown_it = pytest.importorskip("markdown_it")
    parser = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"])
    out = []
    for token in parser.parse(markdown):
        if token.type != "inline" or token.children is None:
            continue
        kinds = {t.type for t in token.children}
        assert not kinds & {"link_open", "image", "code_inline", "s_open"}, token.content
        assert all(t.content == "<br>" for t in token.children if t.type == "html_inline")
        out.append("".join(t.content for t in token.children if t.type == "text"))
    return "\n".join(out)


@pytest.mark.parametrize("text", NASTY)
def test_nasty_text_is_inert_in_markdown(text):
    """Each nasty string, as quote, indicator, area and note, leaves the markdown well formed."""
    report = ykcheck.evaluate(data_with(text, text or "i", text, text or None))
    assert_inert(report.to_markdown())


@pytest.mark.parametrize("text", NASTY)
def test_nasty_text_reads_as_written(text):
    """Rendered, the reader sees the text as written: nothing became markup."""
    markdown = ykcheck.evaluate(data_with(text, text or "i", text, text or None)).to_markdown()
    shown = rendered_text(markdown)
    if seen(text):
        assert seen(text) in shown


@pytest.mark.parametrize("text", NASTY)
def test_nasty_text_round_trips_in_json(text):
    """json.loads gives back the exact strings."""
    doc = json.loads(ykcheck.evaluate(data_with(text, text or "i", text, text)).to_json())
    first = doc["verdicts"][0]
    assert (first["quote"], first["area"], first["outcome_quote"]) == (text, text, text)
    assert doc["title"] == text
    assert [o["indicator"] for o in doc["unmatched_outcomes"]] == [(text or "i") + "·"]


@settings(max_examples=200, deadline=None)
@given(st.text(), st.text(min_size=1), st.text(), st.one_of(st.none(), st.text()), yks.targets())
def test_any_text_keeps_tables_whole_and_json_exact(quote, indicator, area, note, target):
    """For arbitrary text the markdown stays well formed and the JSON round-trips."""
    report = ykcheck.evaluate(data_with(quote, indicator, area, note, target))
    assert_inert(report.to_markdown())
    doc = json.loads(report.to_json())
    verdict = next(v for v in doc["verdicts"] if v["id"] == "c1")
    assert (verdict["quote"], verdict["indicator"], verdict["area"]) == (quote, indicator, area)


@settings(max_examples=100, deadline=None)
@given(st.text(), st.text(min_size=1), st.text())
def test_any_text_reads_as_written(quote, indicator, area):
    """Rendered with markdown-it, the reader sees arbitrary text as written."""
    shown = rendered_text(ykcheck.evaluate(data_with(quote, indicator, area, None)).to_markdown())
    for text in (quote, indicator, area):
        assert seen(text) in shown


def test_source_url_is_inert():
    """A source's url cannot open a tag in the list of sources."""
    data = data_with("q", "i", "a", None)
    source = Source("s", "source", url="https://x.cn/><script>alert(1)</script>", reviews=2024)
    data = ykcheck.Data(data.commitments, data.outcomes, (source,))
    markdown = ykcheck.evaluate(data).to_markdown()
    assert "<script>" not in markdown


def test_source_file_reads_as_written():
    """A source's file name shows as written (``\\_`` is literal inside a code span)."""
    markdown_it = pytest.importorskip("markdown_it")
    data = data_with("q", "i", "a", None)
    source = Source("s", "source", file="sources/2025_plan.txt", reviews=2024)
    data = ykcheck.Data(data.commitments, data.outcomes, (source,))
    markdown = ykcheck.evaluate(data).to_markdown()
    html = markdown_it.MarkdownIt("commonmark").render(markdown)
    assert "sources/2025_plan.txt" in html


# -- CSV: no cell a spreadsheet would run as a formula -------------------------------------------

FORMULAS = ['=HYPERLINK("http://e.vil","x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\r=1"]


@pytest.mark.parametrize("text", FORMULAS)
def test_csv_text_cells_never_start_a_formula(text):
    """A text cell that begins with =, +, -, @, a tab or a carriage return gets a quote before
    it (OWASP); the JSON keeps the exact text."""
    import csv
    import io

    report = ykcheck.evaluate(data_with(text, text, text, None))
    rows = list(csv.DictReader(io.StringIO(report.to_csv())))
    for row in rows:
        for field in ("quote", "indicator", "area", "outcome_quote"):
            if row[field]:
                assert row[field][0] not in "=+-@\t\r", (field, row[field])
                assert row[field] in ("'" + text, text.replace("\r", "\ufffd")), row[field]
    doc = json.loads(report.to_json())
    assert doc["verdicts"][0]["quote"] == text


def test_csv_numbers_stay_numbers():
    """A negative margin or value is a number, not text: no quote before it."""
    import csv
    import io

    target = Target("threshold", ">=", Decimal(10), "个")
    data = data_with("q", "i", "a", None, target)
    missed = Outcome("i", 2024, "q", "s", Decimal(-2), "个")
    data = ykcheck.Data(data.commitments, (missed,), data.sources)
    row = next(csv.DictReader(io.StringIO(ykcheck.evaluate(data).to_csv())))
    assert (row["margin"], row["outcome_value"], row["actual"]) == ("-12", "-2", "-2")


# -- charts and headings; control characters nowhere ---------------------------------------------

ESCAPE = 'x\n```\n<script>alert(1)</script>\n```\n# heading\n"quoted"'


def history_of(indicator: str) -> str:
    """The history markdown of ``indicator`` with figures in two years (a chart is drawn)."""
    target = Target("threshold", ">=", Decimal(10), "个")
    source = Source("s", "source", reviews=2025)
    c = Commitment("c1", 2025, "a", indicator, "q", "s", target)
    outcomes = (
        Outcome(indicator, 2024, "q", "s", Decimal(8), "个"),
        Outcome(indicator, 2025, "q", "s", Decimal(12), "个"),
    )
    report = ykcheck.evaluate(ykcheck.Data((c,), outcomes, (source,)))
    return ykcheck.history_markdown(ykcheck.histories(report), "both")


def test_a_name_cannot_close_the_chart_or_open_a_tag():
    """An indicator with line breaks, a fence and a tag stays inside its heading and its chart's
    title: the fences pair up, the chart is one block, and no tag reaches the markdown."""
    markdown = history_of(ESCAPE)
    assert "<script" not in markdown
    fences = [line for line in markdown.split("\n") if line.startswith(FENCE)]
    assert fences == ["```mermaid", "```"]
    lines = markdown.split("\n")
    chart = lines[lines.index("```mermaid") : lines.index("```")]
    title = next(line for line in chart if line.startswith("  title "))
    assert title.count('"') == 2
    headings = [line for line in markdown.split("\n") if line.startswith("#")]
    assert len(headings) == 2 and "script" in headings[1]


CONTROLS = "a\x00b\x1b[31mred\x1b]0;title\x07\x9b2J\x7f\x08\rz"
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def test_no_control_character_reaches_any_output():
    """NUL, ESC, CSI and the other controls (but tab and line feed) in the data reach no
    output: markdown, CSV, JSON text, histories, verdict lines, errors and lint findings."""
    data = data_with(CONTROLS, "i" + CONTROLS, CONTROLS, CONTROLS)
    report = ykcheck.evaluate(data)
    outputs = {
        "markdown": report.to_markdown(),
        "csv": report.to_csv(),
        "json": report.to_json(),
        "history": history_of(CONTROLS),
        "describe": "\n".join(ykcheck.describe(v) for v in report.verdicts),
        "lint": "\n".join(str(f) for f in ykcheck.lint(data)),
    }
    with pytest.raises(ykcheck.DataError) as info:
        ykcheck.loads(
            f'title = "{CONTROLS.encode("unicode_escape").decode()}"\nx = 1\n', file="a\x1b[2J.toml"
        )
    outputs["data error"] = str(info.value)
    with pytest.raises(ykcheck.ParseError) as parse:
        ykcheck.parse_target("大力\x1b[2J发展")
    outputs["parse error"] = str(parse.value)
    for name, text in outputs.items():
        assert not _CONTROL_RE.search(text), (name, _CONTROL_RE.findall(text))
    assert json.loads(outputs["json"])["title"] == CONTROLS


def test_no_control_character_reaches_the_terminal(tmp_path):
    """`ykcheck check` and the messages of a mistake print no control character."""
    from click.testing import CliRunner

    from ykcheck._cli import main

    runner = CliRunner()
    # click strips ESC [ … sequences from what it prints to a pipe, not these
    checked = runner.invoke(main, ["check", "新增海外仓10个\x9b2J", "新增海外仓12个\x1b]0;x\x07"])
    bad = tmp_path / "bad\x1b]0;x\x07\x9b2J.toml"
    bad.write_text("[[commitment]\n", encoding="utf-8")
    failed = runner.invoke(main, ["report", str(bad)])
    missing = runner.invoke(main, ["history", "\x1b[2J"])
    for result in (checked, failed, missing):
        assert not _CONTROL_RE.search(result.output), result.output
    assert failed.exit_code == 2 and missing.exit_code == 2


@pytest.mark.parametrize(
    "render",
    [
        lambda r, lang: r.to_markdown(lang),
        lambda r, lang: ykcheck.history_markdown([], lang),
        lambda r, lang: ykcheck.describe(r.verdicts[0], lang),
    ],
    ids=["to_markdown", "history_markdown", "describe"],
)
def test_an_unknown_language_is_an_error(render):
    """lang="fr" is not silently "both": a ValueError naming the choices."""
    report = ykcheck.evaluate(data_with("q", "i", "a", None))
    with pytest.raises(ValueError, match=r"'both', 'zh', 'en'.*'fr'"):
        render(report, "fr")
    assert render(report, "zh")
