"""``python -m emgui.checks.screen_check``: is what the X server shows what the window would draw?

A fresh render (``QWidget.grab()``) repaints everything, so it never shows the stale pixels that
partial repaints can leave on a real screen. This tool drives the real main window on a real X
display through a lesson's actions (Step, Back, Play, Pause, seeks, half steps, row clicks,
Reset) with the event loop running between them, and after each action compares the screen's
pixels (``QScreen.grabWindow``) with a fresh render of the same window, region by region. It
prints one JSON report and exits 1 when a region is stale. ``tests/test_screen_pixels.py`` runs
it under Xvfb at the window sizes a classroom has.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # pragma: no cover - typing only
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QWidget

    from emgui.gui.main_window import MainWindow

#: A pixel differs when a colour channel differs by more than this (antialiasing noise is less).
CHANNEL_SLACK = 40
#: A region is stale when more than this share of its pixels differ.
STALE_SHARE = 0.002
#: Longest wait for Play to reach a step, in milliseconds.
PLAY_TIMEOUT_MS = 20_000


@dataclass(frozen=True)
class RegionResult:
    checkpoint: str
    region: str
    differing: float  # share of the region's pixels that differ

    @property
    def stale(self) -> bool:
        return self.differing > STALE_SHARE


def as_array(image: QImage) -> np.ndarray:
    """An image's pixels as an (h, w, 3) uint8 array (alpha dropped)."""
    from PySide6.QtGui import QImage

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    buffer = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=stride * h)
    return buffer.reshape(h, stride)[:, : w * 3].reshape(h, w, 3).copy()


def differing_share(screen: np.ndarray, fresh: np.ndarray) -> float:
    """Share of pixels whose colour differs beyond antialiasing noise."""
    if screen.shape != fresh.shape or screen.size == 0:
        return 1.0
    delta = np.abs(screen.astype(np.int16) - fresh.astype(np.int16)).max(axis=2)
    return float(np.mean(delta > CHANNEL_SLACK))


def regions(window: MainWindow) -> dict[str, QWidget]:
    """The parts of the window a teacher reads, by name."""
    found: dict[str, QWidget] = {
        "history table": window.history_table.viewport(),
        "history header": window.history_table.horizontalHeader(),
        "data view": window.data_view,
        "likelihood view": window.likelihood_view,
        "trace tabs": window.trace_tabs.tabBar(),
        "side panel": window.inspector_tabs,
        "toolbar": window.toolbar,
        "status bar": window.statusBar(),
    }
    timeline = getattr(window, "timeline", None)
    if timeline is not None:
        found["timeline"] = timeline
    banner = getattr(window, "banner", None)
    if banner is not None:
        found["banner"] = banner
    return found


def compare(window: MainWindow, checkpoint: str) -> list[RegionResult]:
    """Screen pixels against a fresh render, for each visible region."""
    from PySide6.QtCore import QPoint, QRect

    from emgui.checks.screenshot import grab_screen

    shot = as_array(grab_screen(window))
    fresh = as_array(window.grab().toImage())
    results = []
    for name, widget in regions(window).items():
        if not widget.isVisible() or widget.width() < 2 or widget.height() < 2:
            continue
        top_left = widget.mapTo(window, QPoint(0, 0))
        rect = QRect(top_left, widget.size()).intersected(window.rect())
        rows = slice(rect.top(), rect.bottom() + 1)
        cols = slice(rect.left(), rect.right() + 1)
        share = differing_share(shot[rows, cols], fresh[rows, cols])
        results.append(RegionResult(checkpoint, name, share))
    return results


def settle(ms: int = 120) -> None:
    """Let the event loop run (timers, repaints, the X server's copy) for ms milliseconds."""
    from PySide6.QtTest import QTest

    QTest.qWait(ms)


def settle_motion(window: MainWindow) -> None:
    """Wait until the curves' glide has ended, then for the last frame to reach the screen.

    A glide in progress is a moving picture: the screen and a fresh render taken a frame apart
    differ for good reasons, so pixels are compared only once it is still.
    """
    wait_for(lambda: not window.data_view.tween.running)
    settle()


def wait_for(condition: Callable[[], bool], timeout_ms: int = PLAY_TIMEOUT_MS) -> None:
    from PySide6.QtCore import QElapsedTimer

    clock = QElapsedTimer()
    clock.start()
    while not condition():
        if clock.elapsed() > timeout_ms:
            raise TimeoutError("the run did not get there in time")
        settle(20)


def click_row(window: MainWindow, visible_row: int) -> tuple[int, int]:
    """Click the visible_row-th row from the top of the table as a user would.

    Returns (the step the clicked row shows, the iteration the session went to).
    """
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    table = window.history_table
    height = table.rowHeight(0) or 20
    point = QPoint(table.viewport().width() // 2, visible_row * height + height // 2)
    index = table.indexAt(point)
    shown = int(table.model().data(index.siblingAtColumn(0))) if index.isValid() else -1
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    settle()
    return shown, window.session.state.iteration


def lesson(window: MainWindow) -> Iterator[str]:
    """The actions of a first lesson; yields a checkpoint name after each one."""
    actions = window.actions
    session = window.session
    for _ in range(3):
        actions["step"].trigger()
        settle(40)
    yield "three steps"
    actions["step_back"].trigger()
    yield "back"
    actions["play"].trigger()
    wait_for(lambda: session.state.iteration >= 14)
    actions["play"].trigger()  # pause
    yield "play to step 14, pause"
    for _ in range(5):
        actions["step_back"].trigger()
        settle(40)
    yield "five steps back"
    slider = window.timeline.slider
    slider.setValue(slider.maximum() // 3)
    yield "timeline seek"
    window.controls.half_check.setChecked(True)
    settle()
    for _ in range(3):
        actions["step"].trigger()
        settle(40)
    yield "half steps"
    window.controls.half_check.setChecked(False)
    yield "half steps off"
    actions["play"].trigger()
    wait_for(lambda: session.state.converged or not window.player.playing)
    yield "play to convergence"
    actions["reset"].trigger()
    yield "reset"
    actions["play"].trigger()
    wait_for(lambda: session.state.iteration >= 20)
    actions["play"].trigger()
    yield "second play, pause"


def run(window: MainWindow, size: tuple[int, int]) -> dict[str, object]:
    """Show the window at size, play the lesson, and compare after every action."""
    from emgui.checks.screenshot import wait_first_paint

    window.resize(*size)
    window.move(0, 0)
    window.show()
    window.raise_()
    wait_first_paint(window)
    settle(300)
    results: list[RegionResult] = compare(window, "start")
    clicks: list[tuple[int, int]] = []
    for checkpoint in lesson(window):
        settle_motion(window)
        results += compare(window, checkpoint)
        if checkpoint in ("five steps back", "play to convergence"):
            for row in (1, 4):
                clicks.append(click_row(window, row))
            settle_motion(window)
            results += compare(window, checkpoint + ", row clicks")
    stale = [asdict(r) | {"stale": True} for r in results if r.stale]
    worst = max(results, key=lambda r: r.differing)
    return {
        "size": f"{size[0]}x{size[1]}",
        "window": f"{window.width()}x{window.height()}",
        "checks": len(results),
        "stale": stale,
        "worst": asdict(worst),
        "row_clicks": clicks,
        "wrong_clicks": [c for c in clicks if c[0] != c[1]],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m emgui.checks.screen_check", description=__doc__
    )
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    if os.environ.get("QT_QPA_PLATFORM", "xcb") == "offscreen":
        print("emgui.checks.screen_check needs a real X display (unset QT_QPA_PLATFORM=offscreen)",
              file=sys.stderr)
        return 2
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from emgui.gui.application import make_application
    from emgui.gui.main_window import MainWindow
    from emgui.gui.session import EMSession

    app = make_application("emgui")
    session = EMSession()
    window = MainWindow(session=session, remember=False, file_commands=False)
    session.setParent(window)
    try:
        report = run(window, (width, height))
    finally:
        window.player.pause()
        window.close()
    del app
    print(json.dumps(report))
    return 1 if report["stale"] or report["wrong_clicks"] else 0


if __name__ == "__main__":
    sys.exit(main())
