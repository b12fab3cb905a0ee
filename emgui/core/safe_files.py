"""Files read and written safely: only regular files are read, and every save is atomic.

Why refuse what is not a regular file before reading: a FIFO, a device or a socket named like a
session or a settings file would block a read for ever (or never end), so the app would hang.
:func:`open_regular` opens without blocking and checks the kind of file on the open descriptor,
so nothing can swap the file in between.

Why saving is atomic: :func:`atomic_write` writes a temporary file next to the target, flushes
and fsyncs it, then renames it over the target, so a crash or a full disk leaves the old file
intact. The temporary is locked while it is written; a save killed on the way (SIGKILL, power)
leaves an unlocked one, which the next save or open of the same file removes. A target that is
a symbolic link is written through the link (the link stays a link), and the temporary's name
is kept short enough for a target whose name is at the file system's limit.

Qt-free: the command line, the exports and the tests use it without a display.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

try:  # POSIX: a lock tells a save in progress from one that was killed
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "NotARegularFile",
    "atomic_write",
    "kind_of",
    "open_regular",
    "remove_stale_temporaries",
    "save_atomic",
]

#: Bytes of the target's name kept in the temporary's name (a readable hint, never too long).
_NAME_HINT_BYTES = 40
_SUFFIX = ".tmp"


class NotARegularFile(OSError):
    """The path names a FIFO, device, socket or folder; str() is one sentence naming it."""


def kind_of(mode: int) -> str:
    """What a path that is not a regular file is, in a few words (from its stat mode)."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def open_regular(path: str | os.PathLike[str]) -> IO[bytes]:
    """Open path for binary reading, refusing anything that is not a regular file.

    The open never blocks (O_NONBLOCK), and the check is made on the descriptor itself.
    Raises NotARegularFile (one sentence) or the usual OSError.
    """
    name = Path(path).name or str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError:
        raise NotARegularFile(f"“{name}” is a folder, not a file.") from None
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a socket
            raise NotARegularFile(f"“{name}” is a socket, not a file.") from None
        raise
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotARegularFile(f"“{name}” is {kind_of(mode)}, not a file, so it is not read.")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def check_regular(path: str | os.PathLike[str]) -> None:
    """Raise NotARegularFile if path exists and is not a regular file (nothing is opened)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if not stat.S_ISREG(mode):
        name = Path(path).name or str(path)
        raise NotARegularFile(f"“{name}” is {kind_of(mode)}, not a file, so it is not read.")


def _temp_prefix(name: str) -> str:
    """'.<start of name>.<hash of name>.': unique to the target, short whatever its length."""
    hint = name.encode("utf-8", "surrogateescape")[:_NAME_HINT_BYTES]
    readable = hint.decode("utf-8", "ignore").replace(os.sep, "_")
    digest = hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    return f".{readable}.{digest}."


def _write_target(path: str | os.PathLike[str]) -> Path:
    """The file a save really replaces: a symbolic link's target, so the link stays a link."""
    target = Path(path)
    if target.is_symlink():
        return Path(os.path.realpath(target))
    return target


def remove_stale_temporaries(path: str | os.PathLike[str]) -> int:
    """Remove temporaries of path left by a save that was killed; return how many.

    A temporary is stale when nobody holds its lock (the lock goes with the process that
    wrote it). Without file locks (Windows) nothing is removed. Never raises.
    """
    if fcntl is None:
        return 0
    try:
        target = _write_target(path)
        folder = target.parent if str(target.parent) else Path(".")
        prefix = _temp_prefix(target.name)
        names = [n for n in os.listdir(folder) if n.startswith(prefix) and n.endswith(_SUFFIX)]
    except (OSError, ValueError, RuntimeError):
        return 0
    removed = 0
    for entry in names:
        candidate = folder / entry
        try:
            fd = os.open(candidate, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                continue  # a save in progress holds it
            with contextlib.suppress(OSError):
                os.unlink(candidate)
                removed += 1
        finally:
            os.close(fd)
    return removed


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], binary: bool = False) -> Iterator[IO[Any]]:
    """Yield a file to write; on success it replaces ``path`` in one rename, else nothing changes.

    The temporary file lives in the target's folder (a rename across file systems is not
    atomic); it is locked while written, flushed and fsynced before the rename, and removed if
    anything goes wrong. Stale temporaries of the same target are removed first.
    """
    target = _write_target(path)
    folder = target.parent if str(target.parent) else Path(".")
    remove_stale_temporaries(target)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=_temp_prefix(target.name), suffix=_SUFFIX)
    try:
        if fcntl is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with os.fdopen(
            fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})
        ) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            _copy_mode(target, tmp)
            os.replace(tmp, target)  # while still locked: nobody takes it for stale
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _sync_folder(folder)


def _copy_mode(target: Path, tmp: str) -> None:
    """Give the new file the old file's permissions, or the usual ones for a new file."""
    try:
        mode = target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        os.chmod(tmp, mode)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (POSIX)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def save_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write text (UTF-8) to path atomically: the old file survives any failure intact."""
    with atomic_write(path) as handle:
        handle.write(text)
