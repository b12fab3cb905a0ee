"""Test setup: headless Qt, and settings in a temporary place, never the user's."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pytest
from hypothesis import settings as hypothesis_settings

# Properties are checked for truth, not speed: a busy 2-core machine must not fail one by a
# per-example deadline (speed is measured by the benchmarks instead).
hypothesis_settings.register_profile("emgui", deadline=None)
hypothesis_settings.load_profile("emgui")


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point QSettings at a fresh temporary folder for every test (only once Qt is imported)."""
    folder = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.setenv("HOME", str(folder))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # the Qt-free tests run without PySide6 too
        yield
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder))
    yield


@pytest.fixture
def session(qapp):
    """A fresh EMSession on the seed's default scenario."""
    from emgui.gui.session import EMSession

    return EMSession()


@pytest.fixture(autouse=True)
def _default_look(request: pytest.FixtureRequest):
    """Every test starts and ends at 100 % without high contrast (the look is process-wide)."""
    yield
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        return
    from emgui.gui import look

    if not look.current().is_default:
        from emgui.gui.appearance import reset_look

        reset_look()
        pytest.fail("the test left the application zoomed or in high contrast")


@pytest.fixture(autouse=True)
def _no_running_timers(request: pytest.FixtureRequest):
    """Fail a Qt test that leaves a QTimer running (a Player not paused, an animation)."""
    yield
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    running = [t for t in app.findChildren(QTimer) if t.isActive()]
    for widget in QApplication.topLevelWidgets():
        running += [t for t in widget.findChildren(QTimer) if t.isActive() and t not in running]
    assert not running, f"{len(running)} QTimer(s) left running after the test"
