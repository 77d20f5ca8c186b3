"""Outputs that never harm: ``-o`` writes a stream into a device or a FIFO, replaces only regular
files (a symbolic link's target, keeping the link), and ends with a message, exit 2, where it
cannot write.

Every device, FIFO and link here is made inside a temporary directory: no test touches a real
system file or device.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from ykcheck._cli import main

from .conftest import DATA

REPORT = DATA / "sources" / "2025.txt"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def null_device(directory: Path) -> Path:
    """A character device like /dev/null (major 1, minor 3), made inside ``directory``."""
    path = directory / "null"
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs root")
    return path


# the commands that write -o, each with the arguments before it
WRITERS = {
    "report": ["report"],
    "history": ["history", "整治低效工业用地"],
    "extract": ["extract", str(REPORT)],
}


@pytest.mark.parametrize("command", WRITERS)
def test_a_character_device_is_written_to_not_replaced(tmp_path, command):
    """`-o` a null device writes into it: it is still a character device afterwards."""
    device = null_device(tmp_path)
    result = run(*WRITERS[command], "-o", str(device))
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.lstat(device).st_mode)
    assert os.listdir(tmp_path) == ["null"]


def test_a_fifo_is_written_to_not_replaced(tmp_path):
    """`-o FIFO` streams the report into the FIFO for the reader at its other end."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run("report", "-o", str(fifo))
    reader.join(timeout=20)
    assert not reader.is_alive(), "the reader got no end of file"
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert got == [run("report").stdout.encode("utf-8")]


@pytest.mark.parametrize("command", WRITERS)
def test_dash_is_stdout(tmp_path, monkeypatch, command):
    """`-o -` prints to stdout, as no -o does, and makes no file named -."""
    monkeypatch.chdir(tmp_path)
    result = run(*WRITERS[command], "-o", "-")
    assert result.exit_code == 0, result.output
    assert result.stdout == run(*WRITERS[command]).stdout
    assert list(tmp_path.iterdir()) == []


def test_a_symbolic_link_is_followed_and_kept(tmp_path):
    """`-o LINK` replaces the file the link points at (in another directory) and keeps the
    link, with no temporary file left in either directory."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    real = elsewhere / "report.md"
    real.write_text("old\n", encoding="utf-8")
    here = tmp_path / "here"
    here.mkdir()
    link = here / "report.md"
    link.symlink_to(real)
    result = run("report", "-o", str(link))
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and link.resolve() == real
    assert real.read_text(encoding="utf-8") == run("report").stdout
    assert list(here.iterdir()) == [link] and list(elsewhere.iterdir()) == [real]


def test_a_dangling_link_makes_its_target(tmp_path):
    """A link to a file not made yet, in a directory that exists: the file is made."""
    link = tmp_path / "report.md"
    link.symlink_to(tmp_path / "made.md")
    assert run("report", "-o", str(link)).exit_code == 0
    assert link.is_symlink()
    assert (tmp_path / "made.md").read_text(encoding="utf-8").startswith("# ")


def test_a_dangling_link_into_a_missing_directory_says_so(tmp_path):
    """A link into a directory that does not exist: exit 2 and a message that says so."""
    link = tmp_path / "report.md"
    link.symlink_to(tmp_path / "missing" / "report.md")
    result = run("report", "-o", str(link))
    assert result.exit_code == 2
    assert "whose directory does not exist" in result.stderr
    assert "Traceback" not in result.output


def test_a_missing_directory_says_so(tmp_path):
    result = run("report", "-o", str(tmp_path / "missing" / "report.md"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


@pytest.mark.parametrize("command", ["report", "history"])
def test_a_directory_is_refused(tmp_path, command):
    result = run(*WRITERS[command], "-o", str(tmp_path))
    assert result.exit_code == 2
    assert "is a directory" in result.stderr


def test_a_directory_as_a_drafts_file_is_used_as_their_directory(tmp_path):
    """extract -o DIR puts the draft into DIR (its documented meaning), named as the report."""
    assert run("extract", str(REPORT), "-o", str(tmp_path)).exit_code == 0
    assert [p.name for p in tmp_path.iterdir()] == ["2025.toml"]


@pytest.mark.parametrize("command", WRITERS)
def test_a_symbolic_link_loop_is_a_message(tmp_path, command):
    """`-o` a link that points at itself: exit 2 and a message, no traceback."""
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    result = run(*WRITERS[command], "-o", str(loop))
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)
    assert "loops" in result.stderr
