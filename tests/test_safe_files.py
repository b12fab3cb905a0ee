"""Reading only regular files, and atomic saves that survive SIGKILL, symlinks and long names."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from emgui.core import safe_files, sessionfile

SESSIONS = Path(__file__).parent / "data" / "sessions"


def _finishes(call, seconds: float = 10.0) -> BaseException | None:
    """Run call in a thread; fail if it is still blocked after ``seconds`` (it would hang)."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            call()
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        pytest.fail("the call blocked (it would hang the app)")
    return outcome[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_a_fifo_named_like_a_session_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "lesson.emgui"
    os.mkfifo(fifo)
    try:
        error = _finishes(lambda: sessionfile.read_session(fifo))
        assert isinstance(error, sessionfile.SessionFileError)
        assert str(error) == "“lesson.emgui” is a named pipe (FIFO), not a file, so it is not read."
        assert _finishes(lambda: sessionfile.looks_like_session(tmp_path / "lesson.emgui")) is None
    finally:
        # Let a blocked reader (before the change) go, so the suite does not hang.
        with contextlib.suppress(OSError):  # nobody is blocked on it
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


def test_a_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "zero.emgui"
    link.symlink_to("/dev/zero")
    error = _finishes(lambda: sessionfile.read_session(link))
    assert isinstance(error, sessionfile.SessionFileError) and "is a device" in str(error)


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.emgui"
    if len(os.fsencode(path)) > 100:
        pytest.skip("tmp_path too long for a socket address")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        error = _finishes(lambda: sessionfile.read_session(path))
        assert isinstance(error, sessionfile.SessionFileError) and "socket" in str(error)
    finally:
        server.close()


@pytest.mark.parametrize("length", [242, 250, 255])
def test_a_name_at_the_file_system_limit_saves(tmp_path: Path, length: int) -> None:
    name = "é" * ((length - 6) // 2) + "x" * ((length - 6) % 2) + ".emgui"
    assert len(name.encode()) == length
    target = tmp_path / name
    sessionfile.save_atomic(target, "first")
    sessionfile.save_atomic(target, "second")
    assert target.read_text(encoding="utf-8") == "second"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_saving_to_a_symlink_writes_through_it(tmp_path: Path) -> None:
    real = tmp_path / "real" / "lesson.emgui"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.emgui"
    link.symlink_to(real)
    sessionfile.save_atomic(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.emgui", "real"]


_CHILD = """
import sys, time
from emgui.core.safe_files import atomic_write
with atomic_write(sys.argv[1]) as handle:
    handle.write("half a new file " * 1000)
    handle.flush()
    print("writing", flush=True)
    time.sleep(600)
"""


def _killed_save(target: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(target)], stdout=subprocess.PIPE, text=True
    ) as child:
        try:
            assert child.stdout is not None and child.stdout.readline() == "writing\n"
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()


def _temporaries(folder: Path, target: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p != target]


@pytest.mark.parametrize("then", ["save", "open"])
def test_a_save_killed_with_sigkill_leaves_the_old_file_and_its_temporary_goes(
    tmp_path: Path, then: str
) -> None:
    target = tmp_path / "lesson.emgui"
    old = (SESSIONS / "seed_step3.emgui").read_text(encoding="utf-8")
    target.write_text(old, encoding="utf-8")
    _killed_save(target)
    assert target.read_text(encoding="utf-8") == old
    assert len(_temporaries(tmp_path, target)) == 1  # the killed save's temporary
    other = tmp_path / "other.emgui"
    other.write_text(old, encoding="utf-8")
    _killed_save(other)  # a temporary of another file stays until that file is saved
    if then == "save":
        sessionfile.save_atomic(target, old)
    else:
        sessionfile.read_session(target)
    left = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert len(left) == 1 and left[0].startswith(".other.emgui.")


def test_a_save_in_progress_keeps_its_temporary(tmp_path: Path) -> None:
    target = tmp_path / "lesson.emgui"
    with safe_files.atomic_write(target) as handle:
        handle.write("in progress")
        assert safe_files.remove_stale_temporaries(target) == 0
    assert target.read_text(encoding="utf-8") == "in progress"
    assert [p.name for p in tmp_path.iterdir()] == ["lesson.emgui"]
