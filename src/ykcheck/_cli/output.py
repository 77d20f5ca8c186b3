"""Where the command line's text goes: stdout, or a file written whole or not at all; and how a
user's mistake ends (a located message on stderr, exit status 2).

``-o PATH`` replaces a regular file (a symbolic link is followed: its target is replaced and the
link kept) through a temporary file beside it and a rename, so a reader never sees half a
report. A character device or a FIFO is written to as a stream, and ``-`` is stdout: such an
output is never replaced by a regular file. A replaced file keeps its mode; a new one gets
0666 less the umask, as any program's new file does. The temporary file is removed on any
error, Ctrl-C or SIGTERM; it names the machine and the process, so that the next write into its
directory removes one that a killed run (SIGKILL, a power cut) left.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import signal
import socket
import stat
import sys
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Final, NoReturn

import click

EXIT_OK, EXIT_MISSED, EXIT_USAGE = 0, 1, 2
STDOUT = Path("-")  # `-o -`: the text goes to stdout


# control characters but tab and line feed: ESC, CSI and NUL must not reach a terminal
_CONTROL_RE: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def shown(text: object) -> str:
    """``text`` safe to print: every control character but tab and line feed becomes U+FFFD
    (a file's name, or an argument, may hold ESC)."""
    return _CONTROL_RE.sub("\ufffd", str(text))


def say(message: object) -> None:
    """A line on stderr for the user: what was written, what could not be read."""
    click.echo(shown(message), err=True)


def fail(message: object) -> NoReturn:
    """End with a user's mistake: ``ykcheck: message`` on stderr and exit status 2."""
    say(f"ykcheck: {message}")
    sys.exit(EXIT_USAGE)


class Unwritable(Exception):
    """An output path that cannot be written: a user's mistake, reported in one line."""


def _kind(mode: int) -> str:
    """What a file that is not a regular one is, for messages."""
    for test, name in (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def target(path: Path) -> tuple[Path, os.stat_result | None]:
    """The file that writing ``path`` changes (symbolic links followed) and its status, None if
    it does not exist yet. Raises Unwritable for a directory, a block device or a socket, a
    link that loops, and a path whose directory does not exist."""
    try:
        st: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise Unwritable(
                f"{path} is a symbolic link that loops (to itself, or through others): "
                "name a file, or point the link at one"
            ) from None
        raise Unwritable(f"cannot write {path}: {exc.strerror or exc}") from None
    real = Path(os.path.realpath(path))
    if st is None:
        if not real.parent.is_dir():
            if os.path.islink(path):
                raise Unwritable(
                    f"{path} is a symbolic link to {real}, whose directory does not exist: "
                    f"create {real.parent} first, or name another file"
                )
            raise Unwritable(f"cannot write {path}: the directory {path.parent} does not exist")
        return real, None
    mode = st.st_mode
    if not (stat.S_ISREG(mode) or stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        raise Unwritable(f"{path} is {_kind(mode)}: -o must name a file, a FIFO or -")
    return real, st


class _Terminated(BaseException):
    """SIGTERM arrived while a temporary file existed."""


@contextlib.contextmanager
def _terminating_cleanly() -> Iterator[None]:
    """Within this block SIGTERM raises, so that the temporary file is removed on the way out;
    then the signal is delivered again as it would have been, and ends the process."""
    previous = signal.getsignal(signal.SIGTERM)
    if threading.current_thread() is not threading.main_thread() or previous in (
        None,
        signal.SIG_IGN,
    ):
        yield
        return

    def terminated(signum: int, frame: object) -> None:
        raise _Terminated

    signal.signal(signal.SIGTERM, terminated)
    try:
        yield
    except _Terminated:
        signal.signal(signal.SIGTERM, previous)
        os.kill(os.getpid(), signal.SIGTERM)
        raise SystemExit(128 + signal.SIGTERM) from None
    finally:
        signal.signal(signal.SIGTERM, previous)


# .NAME.ykcheck-HOST-PID-RANDOM.tmp: whose it is, so that a later run can tell a dead one's
_TEMP_RE: Final = re.compile(r"\..+\.ykcheck-(?P<host>[A-Za-z0-9-]*)-(?P<pid>\d+)-[0-9a-f]{8}\.tmp")
_swept: set[Path] = set()


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9-]", "", socket.gethostname().split(".")[0])[:32]


def temp_name(path: Path, pid: int | None = None) -> Path:
    """The temporary file that writing ``path`` uses, beside it: it names this machine and the
    process (``pid``, default this one), so that a later run can remove it if it is left."""
    pid = os.getpid() if pid is None else pid
    return path.with_name(f".{path.name}.ykcheck-{_host()}-{pid}-{secrets.token_hex(4)}.tmp")


def _alive(pid: int) -> bool:
    if os.name != "posix" or pid == os.getpid():
        return True  # elsewhere signal 0 is no harmless probe
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True  # another user's process, or not a pid this system can have
    return True


def _sweep(directory: Path) -> None:
    """Remove the temporary files that killed ykcheck runs of this machine left in
    ``directory`` (their process is gone); each directory once a run."""
    if directory in _swept:
        return
    _swept.add(directory)
    try:
        names = os.listdir(directory)
    except OSError:
        return
    for name in names:
        m = _TEMP_RE.fullmatch(name)
        if m and m["host"] == _host() and not _alive(int(m["pid"])):
            with contextlib.suppress(OSError):
                os.unlink(directory / name)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _set_mode(fd: int, tmp: Path, existing: os.stat_result | None) -> None:
    """Give the temporary file the mode (and where allowed the owner) of the file it replaces,
    or for a new file the mode any new file gets: 0666 less the umask."""
    if existing is None:
        mode = 0o666 & ~_umask()
    else:
        mode = stat.S_IMODE(existing.st_mode)
        owner = (existing.st_uid, existing.st_gid)
        if hasattr(os, "fchown") and owner != (os.geteuid(), os.getegid()):
            with contextlib.suppress(OSError):
                os.fchown(fd, *owner)
    if hasattr(os, "fchmod"):
        os.fchmod(fd, mode)
    else:
        os.chmod(tmp, mode)


def write_atomic(path: Path, text: str, existing: os.stat_result | None = None) -> None:
    """Write ``text`` to the regular file ``path`` whole: a temporary file beside it, then a
    rename. ``path`` is the real path (no symbolic link), ``existing`` the status of the file
    it replaces (None for a new one), whose mode the new file keeps. The temporary file is
    removed on any error, on Ctrl-C and on SIGTERM; one a killed run left is removed later."""
    _sweep(path.parent)
    tmp = temp_name(path)
    with _terminating_cleanly():
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
                _set_mode(fd, tmp, existing)
                f.write(text)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise


def _write_stream(path: Path, text: str) -> None:
    """Write ``text`` into a character device or a FIFO as it is: never replace it."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def _is_stdout(st: os.stat_result) -> bool:
    """Whether ``st`` is the file stdout writes to (``-o /dev/stdout`` when the shell sent stdout
    to a file, with ``>>`` perhaps): written through stdout, never replaced."""
    try:
        out = os.fstat(sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):  # no file behind stdout (a test's buffer)
        return False
    return (out.st_dev, out.st_ino) == (st.st_dev, st.st_ino)


def write(path: Path, text: str) -> None:
    """Write ``text`` to ``path``: stdout for ``-``, a stream into a character device or a FIFO,
    else a regular file replaced whole; end with a user's mistake if it cannot be written."""
    if path == STDOUT:
        click.echo(text, nl=False)
        return
    try:
        real, st = target(path)
        if st is not None and _is_stdout(st):  # /dev/stdout with stdout sent to a file
            click.echo(text, nl=False)
        elif st is not None and not stat.S_ISREG(st.st_mode):
            _write_stream(path, text)
        else:
            write_atomic(real, text, st)
    except Unwritable as exc:
        fail(exc)
    except OSError as exc:
        fail(f"cannot write {path}: {exc.strerror or exc}")


def _identity(path: Path) -> tuple[int, int] | None:
    """The device and inode of a regular file (symbolic links followed), None for anything
    else: the same pair means the same file, whatever link or name led to it."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def refuse_inputs(outputs: Iterable[Path], inputs: Iterable[Path], option: str = "-o") -> None:
    """End with a user's mistake, before any work, if an output (given with ``option``) is one
    of the input files (by name, symbolic link or hard link): writing it would destroy the data
    it is made of."""
    given = {ino: path for path in inputs if (ino := _identity(path)) is not None}
    for output in outputs:
        ino = None if output == STDOUT else _identity(output)
        if ino in given:
            fail(
                f"{option} {output} is the input {given[ino]}: writing it would destroy the "
                "input; name another output file"
            )


def emit(text: str, output: Path | None) -> None:
    """``text`` on stdout (no ``output``, or ``-``), or into ``output`` (and a line on stderr
    that says so)."""
    if output is None or output == STDOUT:
        click.echo(text, nl=False)
        return
    write(output, text)
    say(f"wrote {output}")


__all__ = [
    "EXIT_MISSED",
    "EXIT_OK",
    "EXIT_USAGE",
    "STDOUT",
    "Unwritable",
    "emit",
    "fail",
    "refuse_inputs",
    "say",
    "shown",
    "target",
    "temp_name",
    "write",
    "write_atomic",
]
