"""Frames per second of the main window while EM plays: ``python -m emgui.bench.views``.

Three measures per sample size, on the real main window (1280x800, one BLAS thread as the app):

* forced: back-to-back frames, each one session step (every view follows its signal) and a
  forced repaint of the whole window, then the events;
* painted: the same, but Qt paints only what the step invalidated (events only);
* play: the Player at its top speed (30 iterations a second) with smooth motion on, for a few
  seconds from step 0: paints of the data plot per second and the 95th percentile of the gap
  between two (the tolerance is set tiny, so that a run goes on for a while; when it converges
  all the same, Play starts over from step 0).

Each sample size is first run once (150 steps, not timed): the session then reuses that run's
responsibility arrays, as it does for every run after the first at this n. The first run at a
new n touches fresh memory instead (see emgui.gui.session).

Not part of the tests: numbers depend on the machine and the Qt platform (run it on a real
display or under a virtual X server; the offscreen platform paints differently).
"""

from __future__ import annotations

import argparse
import sys
import time

from emgui.core.blas_threads import use_one_blas_thread

use_one_blas_thread()  # as the app does, before numpy loads

import numpy as np  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from emgui.gui.player import MAX_SPEED  # noqa: E402

DEFAULT_SIZES = (1_000, 10_000, 100_000, 1_000_000)
#: Start again from step 0 after this many iterations, so the traces stay a realistic length.
RESTART_AFTER = 150


class PaintClock(QObject):
    """Notes the time of every paint event of the widget it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.times: list[float] = []

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.times.append(time.perf_counter())
        return False


def back_to_back(window, app: QApplication, seconds: float, forced: bool) -> tuple[float, float]:
    """(frames a second, ms of session step per frame) of steps drawn one after the other."""
    session = window.session

    def frame() -> float:
        t0 = time.perf_counter()
        if session.state.iteration >= RESTART_AFTER:
            session.reset()
        else:
            session.step()
        spent = time.perf_counter() - t0
        if forced:
            window.repaint()
        app.processEvents()
        return spent

    for _ in range(10):  # warm up caches and the symbol atlas
        frame()
    frames, step = 0, 0.0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        step += frame()
        frames += 1
    elapsed = time.perf_counter() - start
    return frames / elapsed, 1e3 * step / max(frames, 1)


def play(window, seconds: float) -> tuple[float, float, float]:
    """(data-plot paints a second, 95th-percentile gap in ms, steps a second) of a real Play."""
    session, player = window.session, window.player
    window.controls.smooth_check.setChecked(True)
    window.controls.speed_slider.setValue(int(MAX_SPEED))
    session.reset()
    clock = PaintClock()
    viewport = window.data_view.plot_widget.viewport()
    viewport.installEventFilter(clock)
    steps = [0]

    def count(state) -> None:
        steps[0] += state.change == "step"

    def again(_reason: str) -> None:  # it converged after all: start over and play on
        session.reset()
        player.play()

    session.changed.connect(count)
    player.stopped.connect(again)
    loop = QEventLoop()
    QTimer.singleShot(round(1e3 * seconds), loop.quit)
    start = time.perf_counter()
    player.play()
    loop.exec()
    elapsed = time.perf_counter() - start
    player.stopped.disconnect(again)
    session.changed.disconnect(count)
    player.pause()
    window.data_view.tween.finish()
    viewport.removeEventFilter(clock)
    gaps = np.diff(clock.times) * 1e3
    p95 = float(np.percentile(gaps, 95)) if gaps.size else float("inf")
    return len(clock.times) / elapsed, p95, steps[0] / elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="time per measure")
    parser.add_argument("--n", type=int, nargs="*", default=list(DEFAULT_SIZES),
                        help="sample sizes to measure")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from emgui.gui.main_window import MainWindow

    window = MainWindow(remember=False)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    print(f"platform {app.platformName()}, main window {window.width()}x{window.height()}\n")
    print("| n | (a) forced fps | (b) painted fps | step + views ms | (c) play paints/s "
          "| (c) p95 gap ms | (c) steps/s |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    session = window.session
    session.set_max_iterations(100_000)
    session.set_tolerance(sys.float_info.min)  # Play goes on for the whole measure
    for n in args.n:
        session.new_sample(n=n)
        for _ in range(RESTART_AFTER):  # the first run at this n (see the module docstring)
            session.step()
        session.reset()
        window.controls.smooth_check.setChecked(False)  # (a), (b): each frame shows its step
        forced, _ = back_to_back(window, app, args.seconds, forced=True)
        painted, step_ms = back_to_back(window, app, args.seconds, forced=False)
        paints, p95, steps = play(window, args.seconds)
        print(f"| {n:,} | {forced:.1f} | {painted:.1f} | {step_ms:.2f} | {paints:.1f} "
              f"| {p95:.1f} | {steps:.1f} |", flush=True)
    window.close()
    print("\ngoal: 60 frames a second (a gap of 16.7 ms) at every n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
