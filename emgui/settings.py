"""Preferences that fail soft: typed QSettings reads with defaults, and one place to set them up.

Tests point the settings at a temporary INI file (see tests/conftest.py), never at the user's.
"""

from __future__ import annotations

import json
import logging
from typing import Any, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

ORGANIZATION = "EM Explorer"
APPLICATION = "EM Explorer"
DOMAIN = "emexplorer.example"
SCHEMA_VERSION = 1
MAX_RECENT = 8

log = logging.getLogger(__name__)
T = TypeVar("T", bool, int, float, str)


def set_application_identity() -> None:
    """Set the names QSettings uses; call once, before the first Settings()."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setOrganizationDomain(DOMAIN)
    QCoreApplication.setApplicationName(APPLICATION)


class Settings:
    """Typed access to the user's preferences; corrupt or missing values give the default."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings if qsettings is not None else QSettings()
        if self._read("schema", 0, int) != SCHEMA_VERSION:
            self._s.setValue("schema", SCHEMA_VERSION)

    @property
    def qsettings(self) -> QSettings:
        return self._s

    def _read(self, key: str, default: T, kind: type[T]) -> T:
        raw = self._s.value(key, None)
        if raw is None:
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
        except (TypeError, ValueError):
            log.warning(
                "settings: %s holds %r, not a %s; using %r", key, raw, kind.__name__, default
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
        raw = self._s.value(key, None)
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def get_json(self, key: str, default: Any) -> Any:
        """A JSON value stored as text (lists of recent files, user presets)."""
        text = self.get_str(key, "")
        if not text:
            return default
        try:
            return json.loads(text)
        except ValueError:
            log.warning("settings: %s is not valid JSON; using the default", key)
            return default

    def set(self, key: str, value: Any) -> None:
        self._s.setValue(key, value)

    def set_json(self, key: str, value: Any) -> None:
        self._s.setValue(key, json.dumps(value))

    def recent_files(self) -> list[str]:
        files = self.get_json("recent_files", [])
        return (
            [f for f in files if isinstance(f, str)][:MAX_RECENT] if isinstance(files, list) else []
        )

    def add_recent_file(self, path: str) -> list[str]:
        files = [path, *(f for f in self.recent_files() if f != path)][:MAX_RECENT]
        self.set_json("recent_files", files)
        return files

    def sync(self) -> None:
        self._s.sync()
