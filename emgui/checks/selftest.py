"""``emgui --self-test``: the real window runs the scenario; what it shows must match the core.

Meant for a classroom machine or a packaged build: it starts the same window a student gets
(offscreen when there is no display), presses Step until EM converges, and then checks that

* the data view's curves are the densities of the core's parameters (``em.fit``),
* the likelihood trace is ``em.fit``'s log likelihoods, and it never fell,
* the history table's rows are ``HistoryRow.format()`` character for character,
* the SVG icon renders, and pyqtgraph can export the data plot to a PNG (so a missing Qt
  plugin fails here, loudly, not in front of a class).

It prints one line, ``self-test passed: ...`` or ``self-test FAILED: <reason>``.
"""

from __future__ import annotations

import math
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication

from emgui.checks.screenshot import prepare, run_to_convergence
from emgui.core import em

if TYPE_CHECKING:  # pragma: no cover - typing only
    from emgui.gui.main_window import MainWindow
    from emgui.gui.session import SessionState

INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)
#: Curves are drawn from the same floats the core returns, so they must agree this closely.
RTOL = 1e-12


class SelfTestFailure(Exception):
    """A check failed; the message is the reason printed after 'self-test FAILED:'."""


def _check(condition: bool, reason: str) -> None:
    if not condition:
        raise SelfTestFailure(reason)


def _mixture(grid: np.ndarray, theta: em.Params) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """pi*phi(x; mu1), (1 - pi)*phi(x; mu2) and their sum, written out independently here."""
    c1 = theta.pi * INV_SQRT_2PI * np.exp(-0.5 * (grid - theta.mu1) ** 2)
    c2 = (1.0 - theta.pi) * INV_SQRT_2PI * np.exp(-0.5 * (grid - theta.mu2) ** 2)
    return c1, c2, c1 + c2


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return a.shape == b.shape and bool(np.all(np.isfinite(a))) and np.allclose(
        a, b, rtol=RTOL, atol=1e-300
    )


def check_core(state: SessionState) -> list[em.HistoryRow]:
    """The run the window recorded is the core's own fit, and it converged without a fall."""
    rows = em.fit(state.data.x, state.start, state.max_iterations, tol=state.tol)
    _check(state.converged, f"the run did not converge in {state.max_iterations} iterations")
    _check(len(state.history) == len(rows),
           f"the window recorded {len(state.history) - 1} iterations, em.fit {len(rows) - 1}")
    for shown, core in zip(state.history, rows, strict=True):
        _check(shown.theta == core.theta and shown.loglik == core.loglik,
               f"iteration {core.step} differs from em.fit")
    _check(not state.decreased_at, f"the log likelihood fell at iterations {state.decreased_at}")
    rises = np.diff([row.loglik for row in rows])
    slack = em.MONOTONE_SLACK * max(1.0, abs(rows[0].loglik))
    _check(bool(np.all(rises >= -slack)), "the log likelihood fell during the run")
    return rows


def check_data_view(window: MainWindow, state: SessionState) -> None:
    """Component and mixture curves equal the densities at the core's final theta."""
    view = window.data_view
    theta = state.theta
    expected = _mixture(view.grid(), theta)
    items = (*view.component_curves, view.mixture_curve)
    for name, item, want in zip(("component 1", "component 2", "mixture"), items, expected,
                                strict=True):
        xs, ys = item.getData()
        _check(xs is not None and _same(xs, view.grid()), f"the {name} curve has another grid")
        _check(_same(ys, want), f"the {name} curve is not the density at the final theta")
    for line, mu in zip(view.mean_lines, (theta.mu1, theta.mu2), strict=True):
        _check(line.value() == mu, "a mean marker is not at the final mean")


def check_likelihood_view(window: MainWindow, rows: list[em.HistoryRow]) -> None:
    xs, ys = window.likelihood_view.curve.getData()
    _check(ys is not None and _same(ys, [row.loglik for row in rows]),
           "the likelihood trace is not em.fit's log likelihoods")
    _check(_same(xs, [row.step for row in rows]), "the likelihood trace has the wrong steps")


def table_lines(window: MainWindow) -> list[str]:
    """The table's cells as shown, put back into the seed script's line format."""
    from PySide6.QtCore import Qt

    model = window.history_table.model()
    lines = []
    for r in range(model.rowCount()):
        cells = [model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) for c in range(5)]
        lines.append(
            f"{int(cells[0]):2d}: pi={cells[1]}, mu1={cells[2]}, mu2={cells[3]}, "
            f"loglik={cells[4]}"
        )
    return lines


def check_history_table(window: MainWindow, rows: list[em.HistoryRow]) -> None:
    shown = table_lines(window)
    want = [row.format() for row in rows]
    _check(len(shown) == len(want), f"the table has {len(shown)} rows, em.fit {len(want)}")
    for k, (a, b) in enumerate(zip(shown, want, strict=True)):
        _check(a == b, f"table row {k} reads {a!r}, not {b!r}")


def check_icon() -> None:
    """Render the SVG icon (needs Qt's SVG icon engine or image format plugin)."""
    from emgui.gui.resources import resource_path

    icon = QIcon(str(resource_path("emgui.svg")))
    image = icon.pixmap(64, 64).toImage()
    _check(not image.isNull(), "the SVG icon does not render (is Qt's SVG plugin missing?)")
    alpha = [image.pixelColor(x, y).alpha() for x in range(0, 64, 4) for y in range(0, 64, 4)]
    _check(max(alpha) > 0, "the SVG icon renders blank")


def check_export(window: MainWindow, folder: Path) -> None:
    """Export the data plot through pyqtgraph to a PNG and read it back."""
    from pyqtgraph.exporters import ImageExporter

    target = folder / "data_plot.png"
    exporter = ImageExporter(window.data_view.plot_item)
    exporter.parameters()["width"] = 800
    exporter.export(str(target))
    _check(target.is_file() and target.stat().st_size > 0, "the plot export wrote nothing")
    image = QImage(str(target))
    _check(not image.isNull() and image.width() == 800, "the exported plot cannot be read back")


class _QtMessages:
    """Collects Qt's critical messages during the test (a warning alone is not a failure)."""

    def __init__(self) -> None:
        self.critical: list[str] = []
        self._previous = None

    def __enter__(self) -> _QtMessages:
        def handler(kind: QtMsgType, _context: object, message: str) -> None:
            if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
                self.critical.append(message)

        self._previous = qInstallMessageHandler(handler)
        return self

    def __exit__(self, *exc: object) -> None:
        qInstallMessageHandler(self._previous)


def run_checks(window: MainWindow, clock: Callable[[], float]) -> str:
    """Run everything; returns the summary, raises SelfTestFailure (or anything) if not OK."""
    with _QtMessages() as messages:
        prepare(window)
        first_paint = clock()
        run_to_convergence(window)
        QApplication.processEvents()
        state = window.session.state
        rows = check_core(state)
        check_data_view(window, state)
        check_likelihood_view(window, rows)
        check_history_table(window, rows)
        check_icon()
        with tempfile.TemporaryDirectory(prefix="emgui-selftest-") as folder:
            check_export(window, Path(folder))
    if messages.critical:
        raise SelfTestFailure(f"Qt reported: {messages.critical[0]}")
    return (
        f"{state.iteration} iterations, log L {state.loglik:.2f}, "
        f"first paint: {first_paint:.2f} s"
    )


def run(window: MainWindow, app: QApplication, clock: Callable[[], float]) -> int:
    """The --self-test mode: one line on stdout, exit status 0 (passed) or 1."""
    try:
        summary = run_checks(window, clock)
    except Exception as exc:  # every failure, expected or not, is one line and status 1
        reason = str(exc) or type(exc).__name__
        print(f"self-test FAILED: {reason}", flush=True)
        return 1
    finally:
        window.player.pause()
        window.close()
        app.processEvents()
    print(f"self-test passed: {summary}", flush=True)
    return 0
