"""A corpus of damaged settings: each starts the app on defaults with one line, never a crash.

The settings file is written the way a damaged disk, another program or a long-gone folder
leaves it, in the temporary settings folder of each test (tests/conftest.py).
"""

from __future__ import annotations

import logging
import os
import random
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from emgui.gui import settings as settings_module
from emgui.gui.main_window import MainWindow
from emgui.gui.panels.presets_panel import PresetsPanel
from emgui.gui.settings import Settings

TOO_LONG = "/" + "a" * 300 + "/lesson.emgui"  # ENAMETOOLONG: Path.is_file() raises


@pytest.fixture(autouse=True)
def _identity(qapp):
    settings_module.set_application_identity()


def _settings_file() -> Path:
    path = settings_module._default_settings_files()[0]
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _store(**values: object) -> None:
    """Write values as QSettings itself writes them (the file's own format)."""
    qs = QSettings(str(_settings_file()), QSettings.Format.IniFormat)
    for key, value in values.items():
        qs.setValue(key.replace("__", "/"), value)
    qs.sync()


def _append_raw(line: str) -> None:
    with open(_settings_file(), "a", encoding="latin-1", newline="\n") as handle:
        handle.write(line + "\n")


def _random_variants() -> None:
    rng = random.Random(10)
    _append_raw("[window]")
    for key in ("geometry", "state", "splitter"):
        blob = "".join(f"\\x{rng.randrange(256):02x}" for _ in range(200))
        _append_raw(f"{key}=@Variant(\\0\\0\\0\\x7f{blob})")
    _append_raw("[playback]")
    _append_raw(
        "speed=@Variant(" + "".join(f"\\x{rng.randrange(256):02x}" for _ in range(64)) + ")"
    )


def _fifo() -> None:
    os.mkfifo(_settings_file())


CASES: dict[str, Callable[[], None]] = {
    "recent file with a name too long": lambda: _store(recent_files=f'["{TOO_LONG}"]'),
    "recent file through a regular file": lambda: _store(
        recent_files=f'["{Path(__file__).resolve()}/inside.emgui"]'
    ),
    "recent files nested 100,000 deep": lambda: _store(recent_files="[" * 100_000 + "]" * 100_000),
    "user presets nested 100,000 deep": lambda: _store(user_presets="[" * 100_000 + "]" * 100_000),
    "user presets nested as objects": lambda: _store(
        user_presets='{"a":' * 50_000 + "1" + "}" * 50_000
    ),
    "last folder that cannot be checked": lambda: _store(files__last_folder=TOO_LONG[:-13]),
    "settings file is a FIFO": _fifo,
    "random @Variant blobs": _random_variants,
    "a 50 MB value": lambda: _store(recent_files="x" * 50 * 2**20),
    "a 2 MB value": lambda: _store(user_presets="[" + '"x",' * 500_000 + '"x"]'),
}


def _start_the_app(qtbot) -> MainWindow:
    window = MainWindow(file_commands=True)
    qtbot.addWidget(window)
    window.files.last_folder()
    menu = window.files.recent_menu(window)
    window.files.populate_recent_menu(menu)
    PresetsPanel(window.settings)
    return window


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
@pytest.mark.parametrize("case", list(CASES))
def test_damaged_settings_start_on_defaults_with_one_line(qtbot, caplog, case: str) -> None:
    CASES[case]()
    caplog.set_level(logging.WARNING, logger="emgui.gui.settings")
    done: list[MainWindow] = []
    error: list[BaseException] = []

    def probe() -> None:  # the FIFO case would block QSettings for ever
        try:
            settings_module.unusable_settings_file(settings_module._default_settings_files())
        except BaseException as exc:
            error.append(exc)

    thread = threading.Thread(target=probe, daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive() and not error
    done.append(_start_the_app(qtbot))
    window = done[0]
    lines = [r.getMessage() for r in caplog.records if r.name == "emgui.gui.settings"]
    assert len(lines) <= 1, lines
    assert all("\n" not in line for line in lines)
    assert window.files.last_folder() == str(Path.home())
    assert window.settings.recent_files() in (
        [],
        [TOO_LONG],
        [f"{Path(__file__).resolve()}/inside.emgui"],
    )
    recent = window.files.recent_menu(window)
    window.files.populate_recent_menu(recent)
    assert all(not a.isEnabled() for a in recent.actions()[:-2])  # "(not found)", not a crash


def test_each_case_leaves_a_line_when_it_changes_something(qtbot, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="emgui.gui.settings")
    _store(recent_files="[" * 100_000 + "]" * 100_000)
    assert Settings().recent_files() == []
    assert [r.getMessage() for r in caplog.records] == [
        "settings: recent_files is nested too deeply; using the default"
    ]


def test_a_fifo_settings_file_is_not_read_and_preferences_last_for_the_run(caplog) -> None:
    caplog.set_level(logging.WARNING, logger="emgui.gui.settings")
    _fifo()
    s = Settings()
    s.set("playback/speed", 7.0)
    s.sync()
    assert s.get_float("playback/speed", 4.0) == 7.0
    assert len(caplog.records) == 1 and "is not a regular file" in caplog.records[0].getMessage()
