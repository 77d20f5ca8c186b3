"""The documentation is tested: every example runs, and every output shown is the one printed.

The rules for code blocks in ``docs/**/*.md`` and ``README.md``:

- ```` ```python ```` blocks run in order, one namespace per page; what they print is captured.
- ```` ```pycon ```` blocks (``>>>`` sessions) run as doctests in the same namespace.
- ```` ```sh ```` blocks whose first command starts with ``ykcheck`` run with click's CliRunner on
  ``ykcheck._cli.main``, one command a line (``#`` comments allowed); each must exit 0.
- A ```` ```text ```` block right after a runnable block (only blank lines between) is its
  expected output, compared exactly; a line holding only ``...`` stands for any lines.
- An HTML comment on the line before a block (blank lines allowed) changes it:
  ``<!-- test: skip -->`` leaves it out, ``<!-- test: exit=2 -->`` expects that exit status from
  each command of a sh block, ``<!-- test: file=NAME -->`` writes the block's text to NAME in the
  page's working directory instead of running it (a data file the next blocks read).

Each page runs in a fresh temporary directory that holds a copy of ``data/``, so examples read
``data/commitments.toml`` as they would from the repository root and what they write is thrown
away. The example report and history pages are checked to be current.
"""

from __future__ import annotations

import contextlib
import doctest
import importlib.util
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
import traceback
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner

from ykcheck._cli import main

from .conftest import DATA, ROOT

DOCS = ROOT / "docs"
README = ROOT / "README.md"
PAGES = sorted([README, *DOCS.rglob("*.md")])
RUNNABLE = {"python", "pycon", "sh", "bash"}
# generated pages: `ykcheck report -o docs/example-report.md` and the history below
GENERATED = {
    "example-report.md": ["report"],
    "example-history.md": ["history", "整治低效工业用地"],
}
# translated pages: docs/X.md (English) beside docs/X.zh.md (Chinese); the rest (API, CLI,
# generated examples) is the same page in both languages
SHARED = {"api.md", "cli.md", "performance.md", *GENERATED}

_FENCE_RE = re.compile(r"^(?P<indent>[ ]*)(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`\s]*)[^`]*$")
_DIRECTIVE_RE = re.compile(r"^\s*<!--\s*test:\s*(?P<args>.*?)\s*-->\s*$")


@attrs.frozen
class Block:
    """A fenced code block: its language, text, first line (1-based) and test directives."""

    lang: str
    text: str
    line: int
    options: dict[str, str]
    after_blank: bool  # only blank lines stand between the block before it and this one


def blocks(text: str) -> list[Block]:
    """The fenced code blocks of a markdown text, in order."""
    lines = text.splitlines()
    found: list[Block] = []
    options: dict[str, str] = {}
    gap_only_blank = False
    i = 0
    while i < len(lines):
        line = lines[i]
        d = _DIRECTIVE_RE.match(line)
        m = _FENCE_RE.match(line)
        if d:
            for arg in d.group("args").split():
                key, _, value = arg.partition("=")
                options[key] = value
            gap_only_blank = False
            i += 1
            continue
        if not m:
            if line.strip():
                options, gap_only_blank = {}, False
            i += 1
            continue
        indent, fence = m.group("indent"), m.group("fence")
        body: list[str] = []
        j = i + 1
        while j < len(lines):
            close = lines[j].strip()
            if close.startswith(fence[0] * len(fence)) and not close.strip(fence[0]):
                break
            body.append(lines[j].removeprefix(indent))
            j += 1
        code = "\n".join(body) + "\n" if body else ""
        found.append(Block(m.group("info").lower(), code, i + 1, options, gap_only_blank))
        options, gap_only_blank = {}, True
        i = j + 1
    return found


def _is_runnable(b: Block) -> bool:
    if "skip" in b.options or "file" in b.options or b.lang not in RUNNABLE:
        return False
    if b.lang in ("sh", "bash"):
        commands = _commands(b.text)
        return bool(commands) and commands[0][0] == "ykcheck"
    return True


def _commands(text: str) -> list[list[str]]:
    return [words for line in text.splitlines() if (words := shlex.split(line, comments=True))]


def matches(expected: str, actual: str) -> bool:
    """Whether ``actual`` is ``expected``, where a line ``...`` in ``expected`` is any lines.

    Trailing white space of lines and of the whole text is not compared."""
    actual = "\n".join(line.rstrip() for line in actual.rstrip().splitlines()) + "\n"
    parts = []
    for line in expected.rstrip().splitlines():
        parts.append(
            r"(?:[^\n]*\n)*?" if line.strip() == "..." else re.escape(line.rstrip()) + r"\n"
        )
    return re.fullmatch("".join(parts), actual) is not None


def _run_python(b: Block, namespace: dict[str, object], where: str) -> str:
    out = io.StringIO()
    try:
        code = compile(b.text, where, "exec")
        with contextlib.redirect_stdout(out):
            exec(code, namespace)
    except Exception:
        pytest.fail(f"{where}: the example raised\n{traceback.format_exc()}\n{b.text}")
    return out.getvalue()


def _run_pycon(b: Block, namespace: dict[str, object], where: str) -> str:
    test = doctest.DocTestParser().get_doctest(b.text, namespace, where, where, b.line)
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test, out=report.write, clear_globs=False)
    namespace.update(test.globs)  # a DocTest works on a copy: keep what the session defined
    if runner.failures:
        pytest.fail(f"{where}: the session does not print what the page shows\n{report.getvalue()}")
    return ""


def _run_sh(b: Block, where: str) -> str:
    expected_status = int(b.options.get("exit", "0"))
    output = []
    for words in _commands(b.text):
        if words[0] != "ykcheck":
            pytest.fail(f"{where}: only ykcheck commands run in a tested sh block: {words}")
        result = CliRunner().invoke(main, words[1:], prog_name="ykcheck", terminal_width=78)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            tb = "".join(traceback.format_exception(result.exception))
            pytest.fail(f"{where}: {shlex.join(words)} raised\n{tb}")
        if result.exit_code != expected_status:
            pytest.fail(f"{where}: {shlex.join(words)} exited {result.exit_code}, "
                        f"not {expected_status}:\n{result.output}")  # fmt: skip
        output.append(result.output)
    return "".join(output)


def _pages_with_examples() -> list[Path]:
    return [p for p in PAGES if any(_is_runnable(b) for b in blocks(p.read_text("utf-8")))]


def _id(page: Path) -> str:
    return str(page.relative_to(ROOT))


@pytest.mark.parametrize("page", _pages_with_examples(), ids=_id)
def test_examples_run_and_print_what_the_page_shows(page, tmp_path, monkeypatch):
    """Every runnable block of the page runs; every output shown is the output printed."""
    shutil.copytree(DATA, tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "__docs__"}
    found = blocks(page.read_text("utf-8"))
    last: tuple[Block, str] | None = None
    for b in found:
        where = f"{_id(page)}:{b.line}"
        if "file" in b.options:
            (tmp_path / b.options["file"]).write_text(b.text, encoding="utf-8")
            last = None
            continue
        if b.lang == "text" and last is not None and b.after_blank and not b.options:
            shown, printed = b.text, last[1]
            assert matches(shown, printed), (
                f"{where}: the page shows\n{shown}\nbut the example at line {last[0].line} "
                f"prints\n{printed}")  # fmt: skip
            last = None
            continue
        last = None
        if not _is_runnable(b):
            continue
        if b.lang == "python":
            last = (b, _run_python(b, namespace, where))
        elif b.lang == "pycon":
            last = (b, _run_pycon(b, namespace, where))
        else:
            last = (b, _run_sh(b, where))


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_generated_example_is_current(name):
    """docs/example-report.md is `ykcheck report` and docs/example-history.md is
    `ykcheck history 整治低效工业用地` on the bundled data, byte for byte. Regenerate with
    `ykcheck report -o docs/example-report.md` (and the history command) when they differ."""
    args = GENERATED[name]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    page = DOCS / name
    assert page.read_bytes() == result.stdout.encode("utf-8"), (
        f"{_id(page)} is out of date: run `ykcheck {' '.join(args)} -o docs/{name}`"
    )


def test_every_page_is_in_the_nav_and_translated():
    """Each page is in mkdocs.yml's nav, and each English page has its Chinese twin."""
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    english = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")
                     if not p.name.endswith(".zh.md"))  # fmt: skip
    assert english
    for name in english:
        assert re.search(rf":\s*{re.escape(name)}\s*$", config, re.M), f"{name} is not in the nav"
        if Path(name).name not in SHARED:
            assert (DOCS / name.replace(".md", ".zh.md")).is_file(), f"{name} has no .zh.md"
    for zh in DOCS.rglob("*.zh.md"):
        assert (zh.parent / zh.name.replace(".zh.md", ".md")).is_file(), f"{zh} has no English"


def test_readme_starts_with_the_two_commands():
    """The README's first code block is the install-and-report and the test command."""
    first = blocks(README.read_text("utf-8"))[0]
    assert first.lang == "sh"
    assert first.text == (
        "python3 -m venv .venv && . .venv/bin/activate && pip install . && ykcheck report\n"
        "python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[test]' "
        "&& python -m pytest\n"
    )


def test_readme_excerpt_is_from_the_example_report():
    """The report rows the README shows are rows of the real report."""
    report = set((DOCS / "example-report.md").read_text("utf-8").splitlines())
    rows = [line for line in README.read_text("utf-8").splitlines() if line.startswith("|")]
    assert rows
    for row in rows:
        assert row in report, f"the README shows a row the report does not have:\n{row}"


def test_readme_links_resolve():
    """Every relative link of the README names a file of the repository."""
    text = README.read_text("utf-8")
    links = re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text)
    local = [link for link in links if "://" not in link]
    assert local
    for link in local:
        assert (ROOT / link).exists(), f"README links to {link}, which does not exist"


def test_the_harness_reads_blocks_and_compares_outputs():
    """The block reader and the output comparison do what the docs rely on."""
    page = ("<!-- test: exit=2 -->\n\n```sh\nykcheck report x\n```\n\n```text\nout\n```\n"
            "para\n\n```text\nnot output\n```\n")  # fmt: skip
    found = blocks(page)
    assert [(b.lang, b.line, b.options, b.after_blank) for b in found] == [
        ("sh", 3, {"exit": "2"}, False),
        ("text", 7, {}, True),
        ("text", 12, {}, False),
    ]
    assert matches("a\n...\nd\n", "a\nb\nc\nd\n")
    assert matches("a\n...\nb\n", "a\nb\n")
    assert not matches("a\nb\n", "a\nc\n")
    assert not matches("a\n", "a\nb\n")


@pytest.mark.skipif(importlib.util.find_spec("mkdocs") is None,
                    reason="mkdocs is not installed (pip install -e '.[docs]')")  # fmt: skip
def test_site_builds_strictly(tmp_path):
    """`mkdocs build --strict`: no broken link, no page outside the nav, no warning."""
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "zh" / "index.html").is_file()
