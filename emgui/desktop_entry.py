"""``emgui --install-desktop-entry`` / ``--uninstall-desktop-entry``: the Linux menu entry.

Install writes, under ``$XDG_DATA_HOME`` (``~/.local/share`` when unset, empty or relative, as
the XDG Base Directory specification says):

* ``icons/hicolor/<size>x<size>/apps/emgui.png``, one for every PNG in the resources'
  ``icons/`` folder (the desktop's icon theme picks the size it needs);
* ``applications/emgui.desktop``, last, so the menu never shows an entry whose icon is missing.
  Its ``Exec=`` is the absolute path of what is running: the bundle's executable when frozen,
  else the ``emgui`` script of this installation, else ``<python> -m emgui``. The file name
  matches the desktop file name the application announces, so the window and its menu entry
  are one application to the desktop.

Every file is written atomically (a temporary file renamed over the target), so an interrupted
install never leaves half a file. The ``.desktop`` file lists, in comment lines, the icons it
came with and the folders install had to create; uninstall removes exactly those files, then
those folders if they are empty, and nothing else (a data folder that did not exist at all is
created and left: it is the desktop's own). Installing again rewrites the same files and
keeps the record of the folders the first install created. An install that fails half-way
removes what it had written so far.

Each command prints one sentence and returns an exit status: 0 done, 1 failed (the sentence
says why; never a traceback), 2 not available here (Windows and macOS have their own ways to
add an application). Qt is never imported: the commands need no display.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "DESKTOP_FILE",
    "ICON_NAME",
    "EntryError",
    "Layout",
    "desktop_text",
    "exec_quote",
    "install",
    "launch_command",
    "run",
    "uninstall",
]

#: The file name of the entry: the name ``QGuiApplication.setDesktopFileName`` announces.
DESKTOP_FILE = "emgui.desktop"
#: The icon's name in the icon theme (``Icon=`` in the entry).
ICON_NAME = "emgui"

_MARK = "# Written by EM Explorer's --install-desktop-entry; --uninstall-desktop-entry removes it."
_FILE_LINE = "# installed file: "
_FOLDER_LINE = "# created folder: "
#: The only relative paths an entry's record may name (a damaged record cannot remove more).
_RECORDED_FILE = re.compile(rf"icons/hicolor/([0-9]{{1,4}})x\1/apps/{ICON_NAME}\.png")
_RECORDED_FOLDER = re.compile(r"(applications|icons(/hicolor(/[0-9]{1,4}x[0-9]{1,4}(/apps)?)?)?)")
_ICON_FILE = re.compile(r"emgui-([0-9]{1,4})\.png")
#: Characters that make an Exec argument need quotes (Desktop Entry Specification, "Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
#: Systems with their own way to put an application in reach (and no freedesktop menu).
_OTHER_SYSTEMS = {
    "win32": "on Windows, right-click EM Explorer.exe and pin it to Start instead.",
    "darwin": "on macOS, drag EM Explorer.app into Applications instead.",
}


class EntryError(Exception):
    """Install or uninstall cannot go on; str() is one sentence for the user."""


def data_home() -> Path:
    """``$XDG_DATA_HOME`` if it is an absolute path, else ``~/.local/share``."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    try:
        return Path.home() / ".local" / "share"
    except (RuntimeError, KeyError) as exc:  # no HOME and no password-file entry
        raise EntryError(f"Your home folder is unknown ({exc}); set XDG_DATA_HOME.") from None


@dataclass(frozen=True)
class Layout:
    """Where the entry and its icons go under one data folder."""

    root: Path

    @property
    def desktop_file(self) -> Path:
        return self.root / "applications" / DESKTOP_FILE

    def icon_rel(self, size: int) -> str:
        return f"icons/hicolor/{size}x{size}/apps/{ICON_NAME}.png"


def _icon_sources() -> dict[int, Path]:
    """The PNGs shipped with the app, by size (``icons/emgui-<size>.png`` in the resources)."""
    from emgui.gui.resources import resource_dir  # Qt-free

    try:
        folder = resource_dir() / "icons"
        found = {}
        for png in folder.iterdir():
            match = _ICON_FILE.fullmatch(png.name)
            if match and png.is_file():
                found[int(match.group(1))] = png
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise EntryError(f"The app's icons are missing ({exc}).") from None
    if not found:
        raise EntryError(f"The app's icons are missing (no emgui-<size>.png in {folder}).")
    return dict(sorted(found.items()))


def launch_command() -> list[str]:
    """The command the menu entry runs: absolute paths, the way this process was started."""
    if getattr(sys, "frozen", False):
        return [os.path.abspath(sys.executable)]
    argv0 = sys.argv[0] if sys.argv else ""
    if argv0 and Path(argv0).name == "emgui" and os.path.isfile(argv0):
        return [os.path.abspath(argv0)]
    scripts = sysconfig.get_path("scripts")
    script = Path(scripts, "emgui") if scripts else None
    if script is not None and script.is_file() and os.access(script, os.X_OK):
        return [os.path.abspath(script)]
    # abspath, not resolve: a virtual environment's python is a link that must stay a link
    return [os.path.abspath(sys.executable), "-m", "emgui"]


def exec_quote(argument: str) -> str:
    """One argument of an ``Exec=`` value, quoted and escaped as the specification asks.

    Inside double quotes a backslash escapes ``"``, `````, ``$`` and ``\\``; the value as a whole
    is then a desktop-file string, where a backslash is written ``\\\\``; a literal ``%`` is
    ``%%``. Control characters (a newline in a folder name) cannot be written: EntryError.
    """
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in argument):
        raise EntryError(
            f"The path {argument!r} contains a control character, which a menu entry cannot hold."
        )
    if argument and not _RESERVED.intersection(argument):
        quoted = argument
    else:
        quoted = '"' + re.sub(r'(["`$\\])', r"\\\1", argument) + '"'
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def _string_value(value: str) -> str:
    """A plain desktop-file string value (TryExec=): only the backslash needs escaping."""
    return value.replace("\\", "\\\\")


def desktop_text(command: list[str], icons: list[str], created: list[str]) -> str:
    """The entry: the shipped ``emgui.desktop`` with this Exec=, TryExec= and the install record.

    ``icons`` and ``created`` are paths relative to the data folder; they go into comment lines,
    which desktops ignore and uninstall reads.
    """
    from emgui.gui.resources import resource_path  # Qt-free

    try:
        template = resource_path("emgui.desktop").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EntryError(f"The app's desktop entry template cannot be read ({exc}).") from None
    exec_value = " ".join(exec_quote(arg) for arg in command) + " %f"
    lines = [_MARK]
    lines += [_FILE_LINE + rel for rel in icons]
    lines += [_FOLDER_LINE + rel for rel in created]
    for line in template.splitlines():
        key = line.split("=", 1)[0].strip()
        if key in ("Exec", "TryExec"):
            if key == "Exec":
                lines.append(f"TryExec={_string_value(command[0])}")
                lines.append(f"Exec={exec_value}")
            continue
        if key == "Icon":
            line = f"Icon={ICON_NAME}"
        lines.append(line)
    return "\n".join(lines) + "\n"


@dataclass
class _Record:
    """What an installed entry says it came with."""

    ours: bool = False
    files: list[str] = field(default_factory=list)
    folders: list[str] = field(default_factory=list)


def _read_record(path: Path) -> _Record | None:
    """The record in an existing entry, or None when there is no entry file."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return None
    record = _Record(ours=text.startswith(_MARK))
    for line in text.splitlines():
        if line.startswith(_FILE_LINE) and _RECORDED_FILE.fullmatch(line[len(_FILE_LINE) :]):
            record.files.append(line[len(_FILE_LINE) :])
        elif line.startswith(_FOLDER_LINE):
            rel = line[len(_FOLDER_LINE) :]
            if _RECORDED_FOLDER.fullmatch(rel):
                record.folders.append(rel)
    return record


def _write(path: Path, data: bytes) -> None:
    from emgui.core.safe_files import atomic_write  # Qt-free

    with atomic_write(path, binary=True) as handle:
        handle.write(data)


def _make_folders(root: Path, rel: str, created: list[str]) -> None:
    """Create root/rel and any missing parents below root; note each one made in created."""
    parts = Path(rel).parts
    for depth in range(1, len(parts) + 1):
        sub = "/".join(parts[:depth])
        folder = root / sub
        if not folder.is_dir():
            folder.mkdir()
            created.append(sub)


def _touch_theme(root: Path) -> None:
    """Tell icon caches the theme changed (they watch the theme folder's time)."""
    with contextlib.suppress(OSError):
        os.utime(root / "icons" / "hicolor")


def install(layout: Layout | None = None, command: list[str] | None = None) -> str:
    """Write the entry and icons; return the sentence to print. Raises EntryError or OSError."""
    layout = layout or Layout(data_home())
    command = command or launch_command()
    sources = _icon_sources()
    previous = _read_record(layout.desktop_file)
    created: list[str] = list(previous.folders) if previous and previous.ours else []
    made_now: list[str] = []
    written_now: list[Path] = []
    icons = [layout.icon_rel(size) for size in sources]
    try:
        text = desktop_text(command, icons, [])  # fails early on a path no entry can hold
        if not layout.root.is_dir():
            layout.root.mkdir(parents=True)
        for size, source in sources.items():
            rel = layout.icon_rel(size)
            _make_folders(layout.root, str(Path(rel).parent), made_now)
            target = layout.root / rel
            existed = target.exists()
            _write(target, source.read_bytes())
            if not existed:
                written_now.append(target)
        _make_folders(layout.root, "applications", made_now)
        created += [rel for rel in made_now if rel not in created]
        text = desktop_text(command, icons, created)
        _write(layout.desktop_file, text.encode("utf-8"))
    except BaseException:
        for path in written_now:  # undo this run: no icons without their record
            with contextlib.suppress(OSError):
                path.unlink()
        for rel in sorted(made_now, key=lambda r: -r.count("/")):
            with contextlib.suppress(OSError):
                (layout.root / rel).rmdir()
        raise
    _touch_theme(layout.root)
    return (
        f"EM Explorer is in the applications menu now: {layout.desktop_file} runs "
        f"{' '.join(command)}, with its icons in {layout.root / 'icons' / 'hicolor'}."
    )


def uninstall(layout: Layout | None = None) -> str:
    """Remove what install wrote; return the sentence to print. Raises EntryError or OSError."""
    layout = layout or Layout(data_home())
    record = _read_record(layout.desktop_file)
    if record is None:
        return f"There is no EM Explorer menu entry to remove ({layout.desktop_file} is absent)."
    if not record.ours:
        raise EntryError(
            f"{layout.desktop_file} was not written by --install-desktop-entry, so it is left as "
            "it is (remove it by hand if it is an old copy)."
        )
    layout.desktop_file.unlink()  # first: the menu entry goes even if an icon cannot
    for rel in record.files:
        with contextlib.suppress(FileNotFoundError):
            (layout.root / rel).unlink()
    for rel in sorted(record.folders, key=lambda r: -r.count("/")):
        with contextlib.suppress(OSError):  # not empty: something else lives there now
            (layout.root / rel).rmdir()
    _touch_theme(layout.root)
    return f"EM Explorer's menu entry and icons were removed from {layout.root}."


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror}{where}"
    return str(exc) or type(exc).__name__


def run(action: str) -> int:
    """``install`` or ``uninstall``: print one sentence, return the exit status (0, 1 or 2)."""
    advice = _OTHER_SYSTEMS.get(sys.platform)
    if advice:
        print(f"emgui: --{action}-desktop-entry is for Linux desktops; {advice}", file=sys.stderr)
        return 2
    try:
        message = install() if action == "install" else uninstall()
    except EntryError as exc:
        print(f"emgui: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # one sentence, never a traceback
        verb = "installed" if action == "install" else "removed"
        print(f"emgui: the menu entry could not be {verb}: {_describe(exc)}.", file=sys.stderr)
        return 1
    print(message)
    return 0
