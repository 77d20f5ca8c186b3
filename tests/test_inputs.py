"""Inputs that never hang: only regular files are read (or stdin when the command line is given
-), each up to a size limit, and whatever the input, the answer is data or a located message.

Devices and FIFOs are made inside temporary directories. What could hang or eat the memory on a
regression runs in a child process with a time limit and a memory limit.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

import ykcheck
from ykcheck._cli import main

from .conftest import ONE_COMMITMENT

GOOD = ONE_COMMITMENT


def zero_device(directory: Path, name: str = "zero") -> Path:
    """A character device like /dev/zero (major 1, minor 5): endless NUL bytes."""
    path = directory / name
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 5))
    except PermissionError:
        pytest.skip("making a device node needs root")
    return path


def isolated(code: str, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run Python ``code`` in a child process with 1 GiB of memory and 60 seconds at most: a
    read that never ends fails there, not here."""

    def limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=limit,
    )


LOAD = """
import sys, ykcheck
try:
    ykcheck.load(sys.argv[1])
except ykcheck.DataError as exc:
    print(exc)
"""


def test_a_device_as_the_data_file_is_not_read(tmp_path):
    zero = zero_device(tmp_path)
    done = isolated(LOAD, tmp_path, str(zero))
    assert done.returncode == 0, done.stderr[-2000:]
    assert "it is a character device, not a regular file" in done.stdout


@pytest.mark.parametrize("make", ["device", "fifo"])
@pytest.mark.parametrize("where", ["include", "source"])
def test_a_device_or_fifo_named_by_the_data_is_not_read(tmp_path, make, where):
    """A source `file` or an `include` that is a device or a FIFO: a located problem, no read
    that never ends and no wait for a writer."""
    if make == "device":
        zero_device(tmp_path, "other")
    else:
        os.mkfifo(tmp_path / "other")
    named = 'include = ["other"]\n' if where == "include" else ""
    data = named + GOOD.replace('title = "a source"', 'title = "a source"\nfile = "other"')
    (tmp_path / "d.toml").write_text(data, encoding="utf-8")
    done = isolated(LOAD, tmp_path, "d.toml")
    assert done.returncode == 0, done.stderr[-2000:]
    kind = "character device" if make == "device" else "FIFO"
    assert f"it is a {kind}" in done.stdout
    path = "$.include[0]" if where == "include" else "$.source[0].file"
    assert f"d.toml:{1 if where == 'include' else 5}" in done.stdout and path in done.stdout


def test_the_command_line_does_not_read_a_device(tmp_path):
    """`ykcheck extract DEVICE` and `ykcheck report DEVICE`: exit 2 and a message."""
    zero = zero_device(tmp_path)
    for command in ("extract", "report"):
        done = isolated("from ykcheck._cli import main; main()", tmp_path, command, str(zero))
        assert done.returncode == 2, done.stderr[-2000:]
        assert "character device" in done.stderr and "Traceback" not in done.stderr


def test_a_file_over_the_limit_is_not_read(tmp_path):
    """A data file (or an include, or a source) larger than max_bytes is a DataError that says
    the limit and how to raise it."""
    data = tmp_path / "d.toml"
    data.write_text(GOOD, encoding="utf-8")
    with pytest.raises(ykcheck.DataError) as info:
        ykcheck.load(data, max_bytes=100)
    (p,) = info.value.problems
    assert "larger than the limit of 100 bytes" in p.message
    assert p.hint is not None and "--max-bytes" in p.hint and "max_bytes=" in p.hint
    assert ykcheck.load(data, max_bytes=len(GOOD.encode())).commitments
    (tmp_path / "inc.toml").write_text(GOOD, encoding="utf-8")
    with pytest.raises(ykcheck.DataError, match="larger than the limit of 100 bytes") as info:
        ykcheck.loads('include = ["inc.toml"]', file=str(tmp_path / "top.toml"), max_bytes=100)
    assert info.value.problems[0].path == "$.include[0]"


def test_the_default_limit_is_64_mib(tmp_path):
    """A (sparse) file of 64 MiB and a byte is refused without reading it."""
    big = tmp_path / "big.toml"
    with open(big, "wb") as f:
        f.truncate(64 * 1024 * 1024 + 1)
    with pytest.raises(ykcheck.DataError, match="limit of 67,108,864 bytes"):
        ykcheck.load(big)


@pytest.mark.parametrize("command", ["report", "history", "lint", "extract"])
def test_max_bytes_on_the_command_line(tmp_path, command):
    """--max-bytes lowers (or raises) the limit; over it, exit 2 and a message that says how to
    raise it."""
    data = tmp_path / "d.toml"
    data.write_text(GOOD, encoding="utf-8")
    args = {"report": [str(data)], "history": ["--data", str(data)], "lint": ["--data", str(data)]}
    args["extract"] = [str(data)]
    result = CliRunner().invoke(main, [command, *args[command], "--max-bytes", "100"])
    assert result.exit_code == 2, result.output
    assert "limit of 100 bytes" in result.stderr and "--max-bytes" in result.stderr
    result = CliRunner().invoke(main, [command, *args[command], "--max-bytes", "100000"])
    assert result.exit_code in (0, 1), result.output


def test_dash_reads_stdin():
    """`report -` reads the data from stdin, `extract -` the report's text."""
    result = CliRunner().invoke(main, ["report", "-", "--format", "json"], input=GOOD)
    assert result.exit_code == 0, result.output
    assert '"id": "c1"' in result.stdout
    text = "2025年政府工作报告\n新增海外仓10个。\n"
    result = CliRunner().invoke(main, ["extract", "-"], input=text)
    assert result.exit_code == 0, result.output
    assert 'value = "10个"' in result.stdout
    result = CliRunner().invoke(main, ["report", "-", "--max-bytes", "10"], input=GOOD)
    assert result.exit_code == 2
    assert "stdin: larger than the limit of 10 bytes" in result.stderr


# -- no traceback: deep chains, deep nesting, loops -----------------------------------------------


def test_an_include_chain_of_any_length_reads(tmp_path):
    """340 files each including the next (a recursion would overflow Python's stack) load, in
    the order a file and then what it includes."""
    for i in range(340):
        text = f'include = ["c{i + 1}.toml"]\n' if i < 339 else GOOD
        (tmp_path / f"c{i}.toml").write_text(text, encoding="utf-8")
    assert [c.id for c in ykcheck.load(tmp_path / "c0.toml").commitments] == ["c1"]
    (tmp_path / "c339.toml").write_text("title = 1\n", encoding="utf-8")
    with pytest.raises(ykcheck.DataError) as info:
        ykcheck.load(tmp_path / "c0.toml")
    assert info.value.problems[0].file == str(tmp_path / "c339.toml")


def test_includes_are_read_depth_first(tmp_path):
    """a includes b and c, b includes d: records come a, b, d, c."""

    def data(id_: str, *includes: str) -> str:
        named = f"include = {list(includes)!r}\n".replace("'", '"') if includes else ""
        return named + GOOD.replace('"c1"', f'"{id_}"').replace(
            'id = "s"', f'id = "s{id_}"'
        ).replace('source = "s"', f'source = "s{id_}"')

    (tmp_path / "a.toml").write_text(data("a", "b.toml", "c.toml"), encoding="utf-8")
    (tmp_path / "b.toml").write_text(data("b", "d.toml"), encoding="utf-8")
    (tmp_path / "c.toml").write_text(data("c", "d.toml"), encoding="utf-8")
    (tmp_path / "d.toml").write_text(data("d"), encoding="utf-8")
    loaded = ykcheck.load(tmp_path / "a.toml")
    assert [c.id for c in loaded.commitments] == ["a", "b", "d", "c"]


@pytest.mark.parametrize("where", ["data file", "include", "source"])
def test_a_symbolic_link_loop_is_a_located_problem(tmp_path, where):
    """A link that points at itself, as the data file, an include or a source: a DataError
    that says so (no RuntimeError from resolving it)."""
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    data = tmp_path / "d.toml"
    named = {"include": 'include = ["loop"]\n', "source": ""}.get(where, "")
    text = named + GOOD
    if where == "source":
        text = text.replace('title = "a source"', 'title = "a source"\nfile = "loop"')
    data.write_text(text, encoding="utf-8")
    with pytest.raises(ykcheck.DataError, match="symbolic link that loops"):
        ykcheck.load(loop if where == "data file" else data)
    result = CliRunner().invoke(main, ["report", str(loop if where == "data file" else data)])
    assert result.exit_code == 2 and "symbolic link that loops" in result.stderr
    assert ykcheck.loads(GOOD, file=str(loop)).commitments  # a name only: nothing to resolve


# -- a data file reads nothing outside its own directory, unless allowed -------------------------

SECRET = 'password = "hunter2"\n'


def secret_elsewhere(tmp_path: Path) -> tuple[Path, Path]:
    """A directory for the data, and a file outside it that holds a secret."""
    data_dir, other = tmp_path / "data", tmp_path / "other"
    data_dir.mkdir()
    other.mkdir()
    (other / "secret.toml").write_text(SECRET, encoding="utf-8")
    return data_dir, other / "secret.toml"


@pytest.mark.parametrize("how", ["absolute", "relative", "symlink"])
@pytest.mark.parametrize("where", ["include", "source"])
def test_nothing_outside_the_data_directory_is_read(tmp_path, how, where):
    """An include or a source file outside the data file's directory (absolute, ../, or a
    link inside it that points out) is a located problem; the file is not read, so neither its
    content (a key, a quote found or not) reaches a message."""
    data_dir, secret = secret_elsewhere(tmp_path)
    name = {"absolute": str(secret), "relative": "../other/secret.toml", "symlink": "inner.toml"}
    if how == "symlink":
        (data_dir / "inner.toml").symlink_to(secret)
    named = f'include = ["{name[how]}"]\n' if where == "include" else ""
    text = named + GOOD.replace(
        'title = "a source"',
        'title = "a source"' + (f'\nfile = "{name[how]}"' if where == "source" else ""),
    ).replace('quote = "新增海外仓10个"', 'quote = "hunter2"')
    (data_dir / "d.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ykcheck.DataError) as info:
        ykcheck.load(data_dir / "d.toml")
    (p,) = info.value.problems
    assert "outside the data file's directory" in p.message
    assert p.path == ("$.include[0]" if where == "include" else "$.source[0].file")
    assert "password" not in str(info.value) and "is not in the source" not in str(info.value)
    # allowed, the file is read: the include's key is reported, the quote is found
    if where == "include":
        with pytest.raises(ykcheck.DataError, match=r"unknown field\(s\) password"):
            ykcheck.load(data_dir / "d.toml", allow_outside=True)
    else:
        assert ykcheck.load(data_dir / "d.toml", allow_outside=True).commitments
        cli = CliRunner().invoke(main, ["report", str(data_dir / "d.toml")])
        assert cli.exit_code == 2 and "--allow-outside" in cli.stderr
        for command in (["report"], ["history", "--data"], ["lint", "--data"]):
            args = [*command, str(data_dir / "d.toml"), "--allow-outside"]
            assert CliRunner().invoke(main, args).exit_code in (0, 1)


def test_files_below_the_data_directory_are_read(tmp_path):
    """Subdirectories, and ../ that comes back inside, are the data's own tree."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "inc.toml").write_text('title = "t"\n', encoding="utf-8")
    text = 'include = ["sub/../sub/inc.toml"]\n' + GOOD
    (tmp_path / "d.toml").write_text(text, encoding="utf-8")
    assert ykcheck.load(tmp_path / "d.toml").title == "t"


def test_the_bundled_data_reads_its_own_files(bundled):
    """The bundled data's includes and sources are all inside data/."""
    assert bundled.commitments and all(s.file is None or s.file for s in bundled.sources)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_a_wide_report_text_gets_the_right_conversion(tmp_path, encoding):
    """A report saved as UTF-16 or UTF-32 with a byte-order mark (Notepad's "Unicode"): the
    message names that encoding and its iconv line, not GB18030's."""
    report = tmp_path / "r.txt"
    text = "2025年\n新增海外仓10个。\n"
    raw = text.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    report.write_bytes(raw)
    result = CliRunner().invoke(main, ["extract", str(report)])
    assert result.exit_code == 2
    wide = "UTF-32" if "32" in encoding else "UTF-16"
    assert f"iconv -f {wide} -t UTF-8" in result.stderr and "GB18030" not in result.stderr
