"""The command line: reports, one-pair checks, and errors without tracebacks."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from ykcheck._cli import main

from .conftest import DATA


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_report_on_bundled_data():
    """`ykcheck report` with no arguments prints the bundled report."""
    result = run("report")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# 永康市")
    assert "超额完成 exceeded" in result.output
    assert "“完成绿电认购1.2亿千瓦时”" in result.output


def test_report_is_deterministic():
    """Two runs give byte-identical output."""
    assert run("report").output == run("report").output


def test_report_json_and_csv():
    """--format json gives parseable JSON; --format csv one row per commitment."""
    doc = json.loads(run("report", "--format", "json").output)
    assert doc["summary"]["2024"]["exceeded"] == 1
    csv = run("report", "--format", "csv", "--year", "2024").output.splitlines()
    assert len(csv) == 1 + 3
    assert csv[0].startswith("id,year,area")


def test_report_year_filter_and_unknown_year():
    """--year keeps one plan year; a year with no commitments is a usage error."""
    assert "## 2025 plan" not in run("report", "--year", "2024").output
    result = run("report", "--year", "1999")
    assert result.exit_code == 2
    assert "no commitments of plan year 1999" in result.output


def test_output_file_written_whole(tmp_path):
    """-o writes the file; a failing run leaves an existing file untouched."""
    out = tmp_path / "r.md"
    assert run("report", "-o", str(out)).exit_code == 0
    good = out.read_text(encoding="utf-8")
    assert good.startswith("# ")
    bad = tmp_path / "bad.toml"
    bad.write_text("[[commitment]\n", encoding="utf-8")
    result = run("report", str(bad), "-o", str(out))
    assert result.exit_code == 2
    assert out.read_text(encoding="utf-8") == good
    assert list(tmp_path.iterdir()) == sorted([bad, out]) or set(tmp_path.iterdir()) == {bad, out}


def test_bad_file_gives_located_message_not_traceback(tmp_path):
    """A user's mistake ends with exit 2 and a message naming file and line."""
    bad = tmp_path / "bad.toml"
    bad.write_text('title = "x"\n[[commitment]]\nid = 1\n', encoding="utf-8")
    result = run("report", str(bad))
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert f"{bad}:3" in result.output


def test_fail_on_missed(tmp_path):
    """--fail-on missed exits 1 when a commitment was missed."""
    data = tmp_path / "d.toml"
    data.write_text(
        '[[source]]\nid = "s"\ntitle = "t"\n'
        '[[commitment]]\nid = "c"\nyear = 2025\narea = "a"\nindicator = "i"\nquote = "q"\n'
        'source = "s"\ntarget = ">= 10个"\n'
        '[[outcome]]\nindicator = "i"\nyear = 2025\nvalue = "2个"\nquote = "q"\nsource = "s"\n',
        encoding="utf-8",
    )
    assert run("report", str(data)).exit_code == 0
    assert run("report", str(data), "--fail-on", "missed").exit_code == 1


def test_check_command():
    """`ykcheck check TARGET OUTCOME` prints the verdict with target, actual and margin."""
    result = run("check", "固定资产投资增长15%以上", "固定资产投资增长19.7%")
    assert result.exit_code == 0
    assert "超额完成 exceeded" in result.output
    assert "+4.7个百分点" in result.output


@pytest.mark.parametrize(
    ("outcome", "actual"),
    [
        ("单位能耗下降超过4%", "实际 actual < -4%"),
        ("单位能耗下降5%以上", "实际 actual ≤ -5%"),
        ("单位能耗下降约4%", "实际 actual 约-4%"),
    ],
)
def test_check_writes_a_hedged_fall_as_a_bound(outcome, actual):
    """A hedged fall is written as a bound in plain text: not 超-4% or -5%以内, and no &lt;."""
    result = run("check", "单位能耗下降3%", outcome)
    assert actual + "，" in result.output
    assert "&" not in result.output


def test_check_bad_phrase():
    """An unreadable target is exit 2 with a message."""
    result = run("check", "大力发展夜间经济", "x")
    assert result.exit_code == 2
    assert "no target here" in result.output


def test_bundled_path_exists():
    """The bundled data file is where the CLI looks."""
    from ykcheck import bundled_data

    assert bundled_data().resolve() == (DATA / "commitments.toml").resolve()


@pytest.mark.parametrize(
    "env",
    [
        {"PYTHONIOENCODING": "latin-1"},
        {"PYTHONIOENCODING": "ascii"},
        {"PYTHONIOENCODING": "cp437"},
        {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
    ],
    ids=lambda env: "-".join(f"{k}={v}" for k, v in env.items() if k != "LANG"),
)
def test_output_is_utf8_whatever_the_locale(env, tmp_path):
    """A stdout or stderr that is not UTF-8 (a pipe under LANG=C, PYTHONIOENCODING=ascii) gets
    UTF-8 all the same: no UnicodeEncodeError, the same bytes as under a UTF-8 locale."""
    import os
    import subprocess
    import sys

    def ykcheck(*args, **extra):
        plain = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHON"))}
        return subprocess.run(
            [sys.executable, "-m", "ykcheck", *args],
            env={**plain, "PYTHONUTF8": "1", **extra},
            capture_output=True,
            timeout=120,
        )

    expected = ykcheck("report")
    got = ykcheck("report", **env)
    assert got.returncode == 0, got.stderr.decode("utf-8", "replace")
    assert got.stdout == expected.stdout
    wrote = ykcheck("report", "-o", str(tmp_path / "报告.md"), **env)
    assert wrote.stderr.decode("utf-8") == f"wrote {tmp_path / '报告.md'}\n"
    assert (tmp_path / "报告.md").read_bytes() == expected.stdout
    if "LC_ALL" not in env:  # under LANG=C Python cannot read the argument as Chinese
        missing = ykcheck("history", "低效工业用地", **env)
        assert missing.returncode == 2
        assert "整治低效工业用地" in missing.stderr.decode("utf-8")
