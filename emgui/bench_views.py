"""Frames per second of the views while playing: ``python -m emgui.bench_views``.

Each frame is what Play does at full speed: one session step, every view shown the new state,
and a forced repaint of a 1280x800 window. The time is split into the step (the core), the
views' show_state (drawing preparation) and the paint. Not part of the tests: numbers depend on
the machine and the Qt platform (compare a real display with QT_QPA_PLATFORM=offscreen).

By default the whole main window is measured (every panel, the status bar, the table), with
one BLAS thread as the app itself runs; ``--views-only`` measures the three plot views and the
table alone.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass

from emgui.blas_threads import use_one_blas_thread

use_one_blas_thread()  # as the app does, before numpy loads

from PySide6.QtWidgets import QApplication, QGridLayout, QWidget  # noqa: E402

from emgui.session import EMSession  # noqa: E402
from emgui.views import DataView, HistoryTable, LikelihoodView, ParamsView  # noqa: E402

DEFAULT_SIZES = (1_000, 10_000, 100_000, 1_000_000)
#: Start again from step 0 after this many iterations, so the traces stay a realistic length.
RESTART_AFTER = 150


@dataclass
class Result:
    n: int
    frames: int
    seconds: float
    step_ms: float
    views_ms: float
    paint_ms: float
    cpu_ms: float  # process CPU time per frame: what the frame costs on an idle machine

    @property
    def fps(self) -> float:
        return self.frames / self.seconds if self.seconds > 0 else 0.0

    @property
    def cpu_fps(self) -> float:
        """Frames a second if the process had a core to itself (shared machines vary)."""
        return 1e3 / self.cpu_ms if self.cpu_ms > 0 else 0.0


def build_window() -> tuple[QWidget, tuple]:
    """The three plot views and the table in a window like the main one."""
    window = QWidget()
    window.setWindowTitle("EM Explorer view benchmark")
    grid = QGridLayout(window)
    views = (DataView(), LikelihoodView(), ParamsView(), HistoryTable())
    grid.addWidget(views[0], 0, 0, 2, 1)
    grid.addWidget(views[1], 0, 1)
    grid.addWidget(views[2], 1, 1)
    grid.addWidget(views[3], 2, 0, 1, 2)
    grid.setColumnStretch(0, 3)
    grid.setColumnStretch(1, 2)
    grid.setRowStretch(0, 1)
    grid.setRowStretch(1, 1)
    views[3].setMinimumHeight(150)
    window.resize(1280, 800)
    return window, views


def build_main_window() -> tuple[QWidget, EMSession]:
    """The real main window (all panels), its views fed by the session's own signal."""
    from emgui.main_window import MainWindow

    window = MainWindow(remember=False)
    window.resize(1280, 800)
    return window, window.session


def run(
    n: int, seconds: float, app: QApplication, window: QWidget, views: tuple,
    session: EMSession | None = None,
) -> Result:
    wired = session is not None  # the real window: views follow session.changed themselves
    session = session if session is not None else EMSession()
    session.set_max_iterations(100_000)
    session.new_sample(n=n)
    for view in views:
        view.show_state(session.state)
    app.processEvents()

    def frame() -> tuple[float, float, float]:
        t0 = time.perf_counter()
        if session.state.iteration >= RESTART_AFTER:
            session.reset()
        else:
            session.step()
        t1 = time.perf_counter()
        state = session.state
        if not wired:
            for view in views:
                view.show_state(state)
        t2 = time.perf_counter()
        window.repaint()
        app.processEvents()
        t3 = time.perf_counter()
        return t1 - t0, t2 - t1, t3 - t2

    for _ in range(10):  # warm up caches and the symbol atlas
        frame()
    frames, step, show, paint = 0, 0.0, 0.0, 0.0
    start, cpu_start = time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds:
        a, b, c = frame()
        frames += 1
        step, show, paint = step + a, show + b, paint + c
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    k = max(frames, 1)
    return Result(
        n, frames, elapsed, 1e3 * step / k, 1e3 * show / k, 1e3 * paint / k, 1e3 * cpu / k
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="time per sample size")
    parser.add_argument("--n", type=int, nargs="*", default=list(DEFAULT_SIZES),
                        help="sample sizes to measure")
    parser.add_argument("--views-only", action="store_true",
                        help="the plot views and table alone, not the whole main window")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    session: EMSession | None = None
    if args.views_only:
        window, views = build_window()
    else:
        window, session = build_main_window()
        views = ()
    window.show()
    app.processEvents()
    what = "plot views and table" if args.views_only else "main window"
    print(f"platform: {app.platformName()}, {what} {window.width()}x{window.height()}")
    print(f"{'n':>10} {'fps':>7} {'step ms':>8} {'views ms':>9} {'paint ms':>9} "
          f"{'cpu ms':>7} {'cpu fps':>8} {'frames':>7}")
    worst = float("inf")
    for n in args.n:
        r = run(n, args.seconds, app, window, views, session)
        worst = min(worst, r.fps)
        print(f"{r.n:>10,} {r.fps:>7.1f} {r.step_ms:>8.2f} {r.views_ms:>9.2f} {r.paint_ms:>9.2f} "
              f"{r.cpu_ms:>7.2f} {r.cpu_fps:>8.1f} {r.frames:>7}", flush=True)
    window.close()
    print(f"slowest: {worst:.1f} fps by the clock (goal: 60); cpu fps = 1000 / cpu ms per frame")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
