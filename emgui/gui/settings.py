"""Preferences that fail soft: typed QSettings reads with defaults, and one place to set them up.

Why every read is guarded: the settings file outlives the app and can be damaged in any way
(a FIFO in its place, random ``@Variant`` blobs, a 50 MB value, JSON nested 100,000 deep, paths
that can no longer be checked). Each of those gives the default with one line on stderr; the
app always starts. A settings file that is not a regular file, or far too large, is not read at
all: the app then keeps its preferences in memory for this run.

Tests point the settings at a temporary INI file (see tests/conftest.py), never at the user's.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

ORGANIZATION = "EM Explorer"
APPLICATION = "EM Explorer"
DOMAIN = "emexplorer.example"
SCHEMA_VERSION = 1
MAX_RECENT = 8
#: Longest text value read (recent files and user presets are far smaller).
MAX_VALUE_CHARS = 1_000_000
#: Largest settings file read; a bigger one is damaged, and reading it would stall the start.
MAX_FILE_BYTES = 8 * 2**20
#: Deepest JSON nesting accepted (user presets need three levels).
MAX_JSON_DEPTH = 20

log = logging.getLogger(__name__)
T = TypeVar("T", bool, int, float, str)


def set_application_identity() -> None:
    """Set the names QSettings uses; call once, before the first Settings()."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setOrganizationDomain(DOMAIN)
    QCoreApplication.setApplicationName(APPLICATION)


_FILE_PROBLEMS_TOLD: set[str] = set()


class MemorySettings:
    """The few QSettings calls the app makes, kept in memory (the file could not be used)."""

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}

    def value(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def setValue(self, key: str, value: Any) -> None:
        self._values[key] = value

    def remove(self, key: str) -> None:
        self._values.pop(key, None)

    def contains(self, key: str) -> bool:
        return key in self._values

    def sync(self) -> None:
        """Nothing to write: these preferences last for this run only."""

    def fileName(self) -> str:
        return ""


def _default_settings_files() -> list[Path]:
    """The files QSettings() would read for this application, found without reading them.

    Constructing QSettings() already reads its files (a FIFO there blocks for ever), so the
    names are worked out from a probe for an organisation and application that do not exist.
    """
    org = QCoreApplication.organizationName() or ORGANIZATION
    app = QCoreApplication.applicationName() or APPLICATION
    files: list[Path] = []
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        probe = QSettings(QSettings.defaultFormat(), scope, "emgui-probe-org", "emgui-probe-app")
        name = probe.fileName()
        if not name:
            continue
        probe_file = Path(name)
        base, ext = probe_file.parent.parent, probe_file.suffix
        files += [base / org / f"{app}{ext}", base / f"{org}{ext}"]
    return files


def unusable_settings_file(files: list[Path]) -> str:
    """A sentence if one of these files must not be read (not a regular file, too big)."""
    for path in files:
        try:
            info = os.stat(path)
        except FileNotFoundError:
            continue
        except (OSError, ValueError) as exc:
            return f"the settings file {path} cannot be checked ({_reason(exc)})"
        if not stat.S_ISREG(info.st_mode):
            return f"the settings file {path} is not a regular file"
        if info.st_size > MAX_FILE_BYTES:
            return f"the settings file {path} is too large ({info.st_size / 2**20:.0f} MB)"
    return ""


def _reason(exc: BaseException) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__


def _nesting_of_text(text: str) -> int:
    """The deepest bracket nesting in JSON text (strings skipped), in one pass."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def path_is_file(path: str) -> bool:
    """Path(path).is_file() that says False instead of raising (too long, no permission...)."""
    try:
        return Path(path).is_file()
    except (OSError, ValueError):
        return False


def path_is_dir(path: str) -> bool:
    """Path(path).is_dir() that says False instead of raising."""
    try:
        return Path(path).is_dir()
    except (OSError, ValueError):
        return False


class Settings:
    """Typed access to the user's preferences; corrupt or missing values give the default."""

    def __init__(self, qsettings: QSettings | MemorySettings | None = None) -> None:
        if qsettings is None:
            problem = unusable_settings_file(_default_settings_files())
            if problem:
                if problem not in _FILE_PROBLEMS_TOLD:  # once per run, however many windows
                    _FILE_PROBLEMS_TOLD.add(problem)
                    log.warning("settings: %s; starting on defaults (kept for this run only)",
                                problem)
                qsettings = MemorySettings()
            else:
                qsettings = QSettings()
        self._s = qsettings
        self._warned: set[str] = set()  # one line per damaged key, however often it is read
        if self._read("schema", 0, int) != SCHEMA_VERSION:
            self._s.setValue("schema", SCHEMA_VERSION)

    def _warn(self, key: str, message: str, *args: object) -> None:
        if key not in self._warned:
            self._warned.add(key)
            log.warning(message, *args)

    @property
    def qsettings(self) -> QSettings | MemorySettings:
        return self._s

    def _raw(self, key: str) -> Any:
        """The stored value, or None when it cannot be decoded (a damaged @Variant blob)."""
        try:
            return self._s.value(key, None)
        except Exception as exc:
            self._warn(
                key, "settings: %s cannot be read (%s); using the default", key, _reason(exc)
            )
            return None

    def _read(self, key: str, default: T, kind: type[T]) -> T:
        raw = self._raw(key)
        if raw is None:
            return default
        if isinstance(raw, (str, bytes, QByteArray)) and len(raw) > MAX_VALUE_CHARS:
            self._warn(key, "settings: %s is too long (%d characters); using the default",
                        key, len(raw))
            return default
        if kind is str and not isinstance(raw, str):
            self._warn(key, "settings: %s is not a text; using the default", key)
            return default
        try:
            if kind is bool:
                if isinstance(raw, str):
                    if raw.lower() in ("true", "1", "yes"):
                        return True  # type: ignore[return-value]
                    if raw.lower() in ("false", "0", "no"):
                        return False  # type: ignore[return-value]
                    raise ValueError(raw)
                return bool(raw)  # type: ignore[return-value]
            value = kind(raw)
            if kind is float and value != value:  # NaN
                raise ValueError(raw)
            return value
        except (TypeError, ValueError, OverflowError, RecursionError):
            self._warn(
                key, "settings: %s holds %.60r, not a %s; using %r",
                key, raw, kind.__name__, default,
            )
            return default

    def get_bool(self, key: str, default: bool) -> bool:
        return self._read(key, default, bool)

    def get_int(self, key: str, default: int, lo: int | None = None, hi: int | None = None) -> int:
        value = self._read(key, default, int)
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            return default
        return value

    def get_float(
        self, key: str, default: float, lo: float | None = None, hi: float | None = None
    ) -> float:
        value = self._read(key, default, float)
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            return default
        return value

    def get_str(self, key: str, default: str = "") -> str:
        return self._read(key, default, str)

    def get_bytes(self, key: str) -> QByteArray | None:
        raw = self._raw(key)
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def get_json(self, key: str, default: Any) -> Any:
        """A JSON value stored as text (lists of recent files, user presets)."""
        text = self.get_str(key, "")
        if not text:
            return default
        if _nesting_of_text(text) > MAX_JSON_DEPTH:
            self._warn(key, "settings: %s is nested too deeply; using the default", key)
            return default
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):
            self._warn(key, "settings: %s is not valid JSON; using the default", key)
            return default
        return value

    def set(self, key: str, value: Any) -> None:
        self._s.setValue(key, value)

    def set_json(self, key: str, value: Any) -> None:
        self._s.setValue(key, json.dumps(value))

    def recent_files(self) -> list[str]:
        files = self.get_json("recent_files", [])
        return (
            [f for f in files if isinstance(f, str) and 0 < len(f) < 10_000 and "\0" not in f][
                :MAX_RECENT
            ]
            if isinstance(files, list)
            else []
        )

    def add_recent_file(self, path: str) -> list[str]:
        files = [path, *(f for f in self.recent_files() if f != path)][:MAX_RECENT]
        self.set_json("recent_files", files)
        return files

    def sync(self) -> None:
        try:
            self._s.sync()
        except Exception as exc:
            log.warning("settings: could not be written (%s)", _reason(exc))
