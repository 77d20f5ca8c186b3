"""Outputs that never harm: ``-o`` writes a stream into a device or a FIFO, replaces only regular
files (a symbolic link's target, keeping the link), and ends with a message, exit 2, where it
cannot write.

Every device, FIFO and link here is made inside a temporary directory: no test touches a real
system file or device.
"""

from __future__ import annotations

import os
import shutil
import stat
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from ykcheck._cli import main

from .conftest import DATA, ONE_COMMITMENT

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


# -- an output that names an input is refused before any work -----------------------------------

GOOD = ONE_COMMITMENT


def linked(original: Path, how: str) -> Path:
    """``original`` itself, or a symbolic or hard link to it beside it."""
    if how == "same":
        return original
    link = original.with_name("link-" + original.name)
    if how == "symlink":
        link.symlink_to(original.name)
    else:
        os.link(original, link)
    return link


@pytest.mark.parametrize("how", ["same", "symlink", "hardlink"])
@pytest.mark.parametrize("command", ["report", "history", "extract"])
def test_an_output_that_is_an_input_is_refused(tmp_path, command, how):
    """`report in.toml -o in.toml`, `history --data x.toml -o x.toml`, `extract r.txt -o r.txt`,
    by the same name or through a link: exit 2 and a message, the input untouched."""
    if command == "extract":
        given = tmp_path / "r.txt"
        given.write_text("2025年政府工作报告\n新增海外仓10个。\n", encoding="utf-8")
        args = ["extract", str(given)]
    else:
        given = tmp_path / "in.toml"
        given.write_text(GOOD, encoding="utf-8")
        args = ["report", str(given)] if command == "report" else ["history", "--data", str(given)]
    before = given.read_bytes()
    result = run(*args, "-o", str(linked(given, how)))
    assert result.exit_code == 2, result.output
    assert "would destroy the input" in result.stderr
    assert given.read_bytes() == before


def test_the_bundled_data_is_an_input_too(tmp_path, monkeypatch):
    """With no FILES the bundled data is read: -o cannot name it either (a copy of it here, so
    that a failure destroys nothing)."""
    shutil.copytree(DATA, tmp_path / "data")
    monkeypatch.setattr("ykcheck.bundled_data", lambda: tmp_path / "data" / "commitments.toml")
    link = tmp_path / "bundled.toml"
    link.symlink_to(tmp_path / "data" / "commitments.toml")
    result = run("report", "-o", str(link))
    assert result.exit_code == 2
    assert "would destroy the input" in result.stderr


def test_a_draft_that_is_a_report_of_the_directory_is_refused(tmp_path):
    """extract DIR -o OUT where a draft's path is a hard link to one of the reports."""
    reports, drafts = tmp_path / "reports", tmp_path / "drafts"
    reports.mkdir()
    drafts.mkdir()
    for name in ("a", "b"):
        (reports / f"{name}.txt").write_text("2025年\n新增海外仓10个。\n", encoding="utf-8")
    os.link(reports / "b.txt", drafts / "b.toml")
    result = run("extract", str(reports), "-o", str(drafts))
    assert result.exit_code == 2
    assert "would destroy the input" in result.stderr
    assert sorted(p.name for p in drafts.iterdir()) == ["b.toml"]
    assert (reports / "b.txt").read_text(encoding="utf-8") == "2025年\n新增海外仓10个。\n"


# -- permissions, and temporary files that never stay --------------------------------------------


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_gets_the_mode_the_umask_gives(tmp_path, umask, mode):
    """A new output is 0666 less the umask, as any program's new file is."""
    old = os.umask(umask)
    try:
        assert run("report", "-o", str(tmp_path / "r.md")).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "r.md").st_mode) == mode


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604])
def test_a_replaced_file_keeps_its_mode(tmp_path, mode):
    out = tmp_path / "r.md"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(mode)
    old = os.umask(0o077)
    try:
        assert run("report", "-o", str(out)).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(out).st_mode) == mode
    assert out.read_text(encoding="utf-8") != "old\n"


KILLED_WHILE_WRITING = """
import os, signal, sys
from pathlib import Path
from ykcheck._cli import output

def killed(src, dst):  # SIGTERM arrives between the write and the rename
    os.kill(os.getpid(), signal.SIGTERM)
    signal.pause()

output.os.replace = killed
output.write(Path(sys.argv[1]), "the new report\\n")
"""


def test_sigterm_while_writing_removes_the_temporary_file(tmp_path):
    """A run killed by SIGTERM between writing and renaming removes its temporary file, keeps
    the old output, and dies by the signal as before."""
    import signal
    import subprocess
    import sys

    out = tmp_path / "r.md"
    out.write_text("the old report\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", KILLED_WHILE_WRITING, str(out)], timeout=60, capture_output=True
    )
    assert done.returncode == -signal.SIGTERM, done.stderr
    assert list(tmp_path.iterdir()) == [out]
    assert out.read_text(encoding="utf-8") == "the old report\n"


def test_temporary_files_of_dead_runs_are_removed(tmp_path):
    """A temporary file that a killed run left (its process is gone) is removed by the next
    write into that directory; one of a live process, and files not ykcheck's, are kept."""
    import subprocess
    import sys

    from ykcheck._cli.output import temp_name

    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    out = tmp_path / "r.md"
    stale = temp_name(out, int(gone.stdout))
    live = temp_name(out, os.getppid())
    other = tmp_path / ".r.md.abc123.tmp"
    for path in (stale, live, other):
        path.write_text("half a report", encoding="utf-8")
    assert run("report", "-o", str(out)).exit_code == 0
    assert sorted(tmp_path.iterdir()) == sorted([out, live, other])


def test_stdout_as_a_file_is_written_through_stdout(tmp_path):
    """`-o /dev/stdout` when the shell sent stdout to a file (here `>>`, through a link of our
    own to /proc/self/fd/1, as /dev/stdout is one): the text goes through stdout, after what
    the file held, and the file is not replaced."""
    import subprocess
    import sys

    out = tmp_path / "out.md"
    out.write_text("before\n", encoding="utf-8")
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    with open(out, "a", encoding="utf-8") as appended:
        done = subprocess.run(
            [sys.executable, "-m", "ykcheck", "check", "新增海外仓10个", "新增海外仓12个"],
            stdout=appended,
            timeout=60,
        )
        assert done.returncode == 0
        done = subprocess.run(
            [sys.executable, "-m", "ykcheck", "report", "-o", str(link)],
            stdout=appended,
            stderr=subprocess.PIPE,
            timeout=60,
        )
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("before\n超额完成 exceeded") and text.endswith(run("report").stdout)
    assert link.is_symlink()


def test_a_link_to_stdout_that_is_a_pipe_streams(tmp_path):
    """The same link when stdout is a pipe: the report comes out of the pipe."""
    import subprocess
    import sys

    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    done = subprocess.run(
        [sys.executable, "-m", "ykcheck", "report", "-o", str(link)],
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8") == run("report").stdout
