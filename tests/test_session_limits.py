"""Sessions too big to open are refused before any work; long ones show progress and cancel."""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QWidget

from emgui.core import em, sessionfile
from emgui.gui import session as session_module
from emgui.gui.file_controller import RecomputeProgress
from emgui.gui.session import EMSession, RestoreCancelled
from emgui.gui.settings import Settings

START = em.Params(0.5, -0.5, 0.5)


def _session_text(n: int, rows: int) -> str:
    """A simulated session of n values with ``rows`` history rows (all at the start)."""
    row = [0, START.pi, START.mu1, START.mu2, -1.0]
    obj = {
        "format": "emgui-session",
        "schema": 1,
        "app_version": "test",
        "start": {"pi": START.pi, "mu1": START.mu1, "mu2": START.mu2},
        "tol": 1e-6,
        "max_iterations": 100_000,
        "half_steps": False,
        "position": 1,
        "last_position": 2 * (rows - 1) + 1,
        "speed": None,
        "preset": None,
        "history": [[k, *row[1:]] for k in range(rows)],
        "data": {
            "kind": "simulated",
            "n": n,
            "hash": "sha256:0",
            "source": "s",
            "simulation": {"n": n, "sep": 2.4, "true_pi": 0.45, "seed": 1},
        },
    }
    return json.dumps(obj)


def test_ten_million_rows_are_refused_before_parsing() -> None:
    text = _session_text(80, 3).replace(
        '"history": [', '"history": [' + "[1, 0.5, 0, 0, 0], " * 2_000_000, 1
    )
    t0 = time.perf_counter()
    with pytest.raises(sessionfile.SessionFileError, match="holds more than 1,000,000 iterations"):
        sessionfile.load(text, "long.emgui")
    assert time.perf_counter() - t0 < 5  # the parse alone would take far longer


def test_a_history_longer_than_the_limit_is_refused() -> None:
    text = _session_text(80, 3)
    obj = json.loads(text)
    obj["history"] = [[0, 0.5, 0, 0, 0]] * (sessionfile.MAX_HISTORY + 1)
    with pytest.raises(sessionfile.SessionFileError, match="limit is 1,000,000"):
        sessionfile.load(json.dumps(obj), "long.emgui")


def test_too_much_recomputation_is_refused_before_drawing_the_sample(monkeypatch) -> None:
    drawn: list[int] = []
    monkeypatch.setattr(
        em,
        "simulate",
        lambda n, *a: drawn.append(n) or (_ for _ in ()).throw(AssertionError("drew the sample")),
    )
    with pytest.raises(sessionfile.SessionFileError, match="too large to open"):
        sessionfile.load(_session_text(10_000_000, 2_000), "big.emgui")
    assert drawn == []


def test_a_cancelled_recomputation_leaves_the_session_as_it_was(monkeypatch) -> None:
    monkeypatch.setattr(session_module, "PROGRESS_INTERVAL", 0.0)
    session = EMSession(em.Simulation(n=200))
    for _ in range(4):
        session.step()
    before = session.state
    x = np.linspace(-2, 2, 300)
    told: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        told.append((done, total))
        return len(told) < 5

    with pytest.raises(RestoreCancelled):
        session.restore(
            x, None, None, "other", START, 1e-6, 100_000, False, 1, 2 * 999 + 1, progress=progress
        )
    assert told[0][1] == 1000 and len(told) == 5
    assert session.state is before and session.data is before.data
    assert len(session.state.history) == 5
    session.step()  # and it still works
    assert len(session.state.history) == 6


def test_open_session_cancelled_from_the_progress_dialog(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from emgui.gui.file_controller import FileController

    monkeypatch.setattr(session_module, "PROGRESS_INTERVAL", 0.0)
    window = QWidget()
    qtbot.addWidget(window)
    session = EMSession(parent=window)
    files = FileController(window, session, Settings())
    made: list[RecomputeProgress] = []

    def ask_progress(title: str, text: str) -> RecomputeProgress:
        made.append(RecomputeProgress(window, title, text))
        return made[-1]

    files.ask_progress = ask_progress  # type: ignore[method-assign]
    messages: list[str] = []
    files.message.connect(messages.append)
    other = EMSession(em.Simulation(n=500))
    for _ in range(300):
        other.step()
    path = tmp_path / "long.emgui"
    files_other = FileController(QWidget(), other, Settings())
    sessionfile.save_atomic(path, sessionfile.dump(files_other.document()))
    before = session.state
    real_call = RecomputeProgress.__call__

    def press_cancel(self: RecomputeProgress, done: int, total: int) -> bool:
        answer = real_call(self, done, total)
        assert self.dialog is not None and self.dialog.maximum() == total
        if done > 50:
            self.dialog.cancel()  # what the Cancel button does
            return real_call(self, done, total)
        return answer

    monkeypatch.setattr(RecomputeProgress, "__call__", press_cancel)
    assert files.open_session(str(path)) is False
    assert session.state is before
    assert messages == ["Opening long.emgui was cancelled; nothing was changed."]
    assert made and made[0].dialog is None  # closed
