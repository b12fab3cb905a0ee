"""Many starts: EM from N random starts in a background thread, the fits as small multiples.

The numbers are :mod:`emgui.core.restarts`; here a :class:`RestartWorker` (a QObject moved to
a QThread) runs one start after another and sends each result back by a signal, checking
between iterations whether it was cancelled, so the window never waits on it. Each result
becomes a tile: a small pyqtgraph picture of the data's histogram and the fitted curves (drawn
once by one hidden plot and kept as a picture, so two hundred tiles cost what one plot does),
the final log L and the number of iterations. Tiles are grouped by the fit they reached (up to
relabelling: a fit and its mirror image are one group, their colours swapped) and the groups
ranked by log L. Clicking a tile asks for that run in the main views.
"""

from __future__ import annotations

import threading
import time

import numpy as np
from PySide6.QtCore import QObject, QSize, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QMouseEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

# isort: split
# PySide6 is imported before pyqtgraph so that pyqtgraph binds to it.
import pyqtgraph as pg

from emgui.core import em
from emgui.core import restarts as core
from emgui.core.mixture import Mixture, Model
from emgui.gui import palette
from emgui.gui.session import SessionState
from emgui.gui.views.data_view import histogram_edges
from emgui.gui.views.plotting import LABEL_PT, font, header_label, number, pen
from emgui.gui.why import run_view
from emgui.gui.why.page import WhyPage

TILE = QSize(168, 96)
GRID_POINTS = 160
#: Component colours beyond the first two (Okabe-Ito).
COLOURS = (palette.COMPONENT_1, palette.COMPONENT_2, "#009E73", "#CC79A7", "#56B4E9", "#D55E00")
SEED_MAX = 2**31 - 1
#: While results arrive, the tiles are regrouped at most this often (milliseconds).
REGROUP_MS = 150


class RestartWorker(QObject):
    """Runs EM from each start in turn (in its own thread); one signal per finished run."""

    run_done = Signal(object)  # core.Run
    finished = Signal(bool)  # True when cancelled

    def __init__(
        self, x: np.ndarray, model: Model, starts: list[Mixture], tol: float,
        max_iterations: int,
    ) -> None:
        super().__init__()
        self._x = x
        self._model = model
        self._starts = starts
        self._tol = tol
        self._max_iterations = max_iterations
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Stop at the next iteration (safe from any thread)."""
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def _between_iterations(self) -> bool:
        """True to stop; first hands the interpreter to the window's thread for a moment.

        A step on small data is mostly Python, which holds the interpreter lock: without the
        hand-over the window's thread would wait for it at every event (~5 ms each).
        """
        time.sleep(0)
        return self._stop.is_set()

    @Slot()
    def work(self) -> None:
        summary = em.summarize(self._x)
        cancelled = False
        for index, start in enumerate(self._starts):
            if self._stop.is_set():
                cancelled = True
                break
            run = core.run_start(self._x, start, self._model, self._tol, self._max_iterations,
                                 index, summary, self._between_iterations)
            if run is None:
                cancelled = True
                break
            self.run_done.emit(run)
        self.finished.emit(cancelled)


class MiniRenderer:
    """One hidden plot that draws every tile's picture: histogram, components, mixture."""

    def __init__(self) -> None:
        self._widget = pg.PlotWidget(background=palette.BACKGROUND)
        self._widget.resize(TILE)
        plot = self._widget.getPlotItem()
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.getViewBox().disableAutoRange()
        plot.setContentsMargins(0, 0, 0, 0)
        self._plot = plot
        self._hist = pg.PlotDataItem(
            stepMode="center", fillLevel=0.0, fillOutline=True,
            brush=pg.mkBrush(palette.HISTOGRAM_FILL), pen=pen(palette.HISTOGRAM_PEN, 1),
        )
        plot.addItem(self._hist)
        self._curves: list[pg.PlotDataItem] = []
        self._mixture = pg.PlotDataItem(pen=pen(palette.MIXTURE, 2), antialias=True)
        plot.addItem(self._mixture)
        self._grid = np.linspace(-1.0, 1.0, GRID_POINTS)
        self._top = 1.0

    def set_data(self, x: np.ndarray) -> None:
        lo, hi = float(x.min()), float(x.max())
        edges = histogram_edges(x, lo, hi)
        counts, _ = np.histogram(x, bins=edges.size - 1, range=(edges[0], edges[-1]))
        heights = counts / (x.size * (edges[1] - edges[0]))
        self._hist.setData(edges, heights)
        pad = 0.08 * max(hi - lo, 1.0)
        self._grid = np.linspace(lo - pad, hi + pad, GRID_POINTS)
        self._top = float(heights.max()) if heights.size else 1.0
        self._x_range = (lo - pad, hi + pad)

    def render(self, fit: Mixture) -> QPixmap:
        while len(self._curves) < fit.k:
            curve = pg.PlotDataItem(
                pen=pen(COLOURS[len(self._curves) % len(COLOURS)], 2), antialias=True)
            self._plot.addItem(curve)
            self._curves.append(curve)
        g = self._grid
        total = np.zeros_like(g)
        for k, curve in enumerate(self._curves):
            if k < fit.k:
                sd = fit.sds[k]
                y = fit.weights[k] * np.exp(-0.5 * ((g - fit.means[k]) / sd) ** 2) / (
                    sd * np.sqrt(2 * np.pi))
                total += y
                curve.setData(g, y)
                curve.setVisible(True)
            else:
                curve.setVisible(False)
        self._mixture.setData(g, total)
        top = max(self._top, float(total.max())) * 1.08
        self._plot.getViewBox().setRange(xRange=self._x_range, yRange=(0.0, top), padding=0)
        return self._widget.grab()


class RunTile(QFrame):
    """One run's picture and numbers; a click asks for the run."""

    clicked = Signal(object)  # core.Run

    def __init__(self, run: core.Run, picture: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self.setObjectName(f"run_tile_{run.index}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(0)
        image = QLabel()
        image.setPixmap(picture)
        layout.addWidget(image)
        text = QLabel(self._text(run))
        text.setFont(font(LABEL_PT - 2))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        self.text_label = text
        self.setFixedWidth(TILE.width() + 8)
        self.setToolTip(
            f"Start {run.index + 1}: {_describe(run.start)}\nFit: {_describe(run.fit)}\n"
            f"log L = {number(run.loglik, 4)} after {run.iterations} iterations"
            + ("" if run.converged else " (stopped by the iteration limit)")
            + "\nClick to load this run into the main views."
        )
        self.set_chosen(False)

    @staticmethod
    def _text(run: core.Run) -> str:
        its = f"{run.iterations:,} iterations" + ("" if run.converged else " (limit)")
        return f"start {run.index + 1}: {its}\nlog L = {number(run.loglik, 2)}"

    def set_chosen(self, on: bool) -> None:
        colour = palette.CURRENT if on else "#c8c8c8"
        width = 3 if on else 1
        self.setStyleSheet(
            f"RunTile {{ border: {width}px solid {colour}; border-radius: 4px; "
            "background: white; }")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.run)
        super().mousePressEvent(event)


class RestartsView(WhyPage):
    """Try N starts (seeded), see which fits they reach, click one to load it.

    ``run_requested(start, iterations)``: a run's start (a Mixture) and its length, to put
    into the session.
    """

    run_requested = Signal(object, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restarts_view")
        self._header = header_label(self)
        self._header.setText(
            "<b>Many starts</b><br>"
            f'<span style="font-size:{LABEL_PT - 1}pt">EM climbs the hill it starts on. '
            "From random starts (means at random data points, random weights): which fits "
            "do they reach, and how often the best one? In each picture "
            f'<span style="color:{palette.COMPONENT_1}"><b>blue</b></span> is component 1 and '
            f'<span style="color:{palette.COMPONENT_2}"><b>orange</b></span> component 2: '
            "a fit reached with its labels swapped has its colours swapped.</span>")
        self._count = QSpinBox(objectName="restarts_count")
        self._count.setRange(1, core.MAX_STARTS)
        self._count.setValue(core.DEFAULT_STARTS)
        self._count.setToolTip(f"How many random starts (1 to {core.MAX_STARTS})")
        self._seed = QSpinBox(objectName="restarts_seed")
        self._seed.setRange(0, SEED_MAX)
        self._seed.setValue(1)
        self._seed.setToolTip("The random seed: the same seed draws the same starts")
        self._try = QPushButton("Try starts", objectName="restarts_try")
        self._try.setToolTip("Run EM from each start in the background")
        self._cancel = QPushButton("Cancel", objectName="restarts_cancel")
        self._cancel.setEnabled(False)
        self._progress = QProgressBar(objectName="restarts_progress")
        self._progress.setTextVisible(True)
        self._progress.setFormat("%v of %m")
        self._progress.setValue(0)
        row = QHBoxLayout()
        row.setContentsMargins(8, 0, 8, 0)
        row.addWidget(QLabel("Starts:"))
        row.addWidget(self._count)
        row.addWidget(QLabel("seed:"))
        row.addWidget(self._seed)
        row.addWidget(self._try)
        row.addWidget(self._cancel)
        row.addWidget(self._progress, 1)
        self._summary = header_label(self, LABEL_PT)
        self._summary.setObjectName("restarts_summary")
        self._content = QWidget(objectName="restarts_content")
        self._sections = QVBoxLayout(self._content)
        self._sections.setContentsMargins(6, 6, 6, 6)
        self._sections.setSpacing(6)
        self._sections.addStretch(1)
        self._scroll = QScrollArea(objectName="restarts_scroll")
        self._scroll.setWidget(self._content)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._header)
        layout.addLayout(row)
        layout.addWidget(self._summary)
        layout.addWidget(self._scroll, 1)

        self._renderer = MiniRenderer()
        self._thread: QThread | None = None
        self._worker: RestartWorker | None = None
        self._runs: list[core.Run] = []
        self._tiles: dict[int, RunTile] = {}
        self._chosen: int | None = None
        self._data_key: object = None  # the data the results belong to
        self._x: np.ndarray | None = None
        self._expected = 0
        self._seed_used = 1
        self._columns = 0
        self._summary_obj: core.Summary | None = None
        self._regroup = QTimer(self)
        self._regroup.setSingleShot(True)
        self._regroup.setInterval(REGROUP_MS)
        self._regroup.timeout.connect(self._arrange)
        self._try.clicked.connect(self.try_starts)
        self._cancel.clicked.connect(self.cancel)
        self._count.valueChanged.connect(self._name_button)
        self._name_button()
        self._summary.setText("Press Try to run EM from random starts.")

    # ---------------------------------------------------------------- accessors (tests)
    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def runs(self) -> list[core.Run]:
        return list(self._runs)

    @property
    def summary(self) -> core.Summary | None:
        return self._summary_obj

    @property
    def summary_text(self) -> str:
        return self._summary.text()

    @property
    def tiles(self) -> list[RunTile]:
        """The tiles in the order shown (best group first)."""
        return [self._tiles[r.index] for g in self._groups() for r in g.runs]

    @property
    def thread(self) -> QThread | None:
        return self._thread

    @property
    def count_box(self) -> QSpinBox:
        return self._count

    @property
    def seed_box(self) -> QSpinBox:
        return self._seed

    @property
    def try_button(self) -> QPushButton:
        return self._try

    @property
    def cancel_button(self) -> QPushButton:
        return self._cancel

    @property
    def progress(self) -> QProgressBar:
        return self._progress

    def _name_button(self) -> None:
        self._try.setText(f"Try {self._count.value()} starts")

    # ---------------------------------------------------------------- following the session
    def draw(self, state: SessionState) -> None:
        """Results belong to one data set: new data clear them (and stop a run for the old).

        The same numbers again (a run loaded from here, a session reopened) are not new data.
        """
        if self._data_key is not None and state.data_version != self._data_key:
            x = run_view.x_of(state)
            if self._x is not None and x.shape == self._x.shape and np.array_equal(x, self._x):
                self._data_key = state.data_version
                return
            self.stop()
            self._clear()
            self._summary.setText("The data changed: press Try for starts on these data.")
            self._data_key = None

    # ---------------------------------------------------------------- running
    def try_starts(self) -> None:
        """Draw the starts for the seed shown and run them in a background thread."""
        state = self.state
        if state is None or self.running:
            return
        snap = run_view.snapshot(state)
        count, seed = self._count.value(), self._seed.value()
        starts = core.draw_starts(snap.x, snap.model, count, seed)
        self._clear()
        self._data_key = snap.data_key
        self._x = snap.x
        self._expected = count
        self._seed_used = seed
        self._renderer.set_data(snap.x)
        self._progress.setRange(0, count)
        self._progress.setValue(0)
        limit = max(snap.max_iterations, core.RUN_LIMIT)
        worker = RestartWorker(snap.x, snap.model, starts, snap.tol, limit)
        thread = QThread(self)
        thread.setObjectName("restarts_thread")
        worker.moveToThread(thread)
        thread.started.connect(worker.work)
        worker.run_done.connect(self._run_done)
        worker.finished.connect(self._worker_finished)
        worker.finished.connect(thread.quit)
        thread.finished.connect(self._thread_finished)
        self._worker, self._thread = worker, thread
        self._set_running(True)
        self._summary.setText(f"Running {count} starts (seed {seed})…")
        thread.start()

    def cancel(self) -> None:
        """Stop after the iteration the worker is in (the results so far stay)."""
        if self._worker is not None:
            self._worker.cancel()

    def stop(self) -> None:
        """Cancel and wait for the thread to end (closing the window, new data)."""
        worker, thread = self._worker, self._thread
        if worker is not None:
            worker.cancel()
        if thread is not None:
            thread.quit()
            thread.wait()
            self._thread_finished()

    def may_close(self) -> bool:
        """A close guard: no thread outlives the window."""
        self.stop()
        return True

    def _set_running(self, on: bool) -> None:
        self._try.setEnabled(not on)
        self._count.setEnabled(not on)
        self._seed.setEnabled(not on)
        self._cancel.setEnabled(on)

    def _run_done(self, run: core.Run) -> None:
        if self._worker is None or self.sender() is not self._worker:
            return  # a late result of a run that was stopped
        picture = self._renderer.render(run.fit)
        tile = RunTile(run, picture, self._content)
        tile.clicked.connect(self._tile_clicked)
        tile.hide()  # until it has its place in a group
        self._tiles[run.index] = tile
        self._runs.append(run)
        self._progress.setValue(len(self._runs))
        if not self._regroup.isActive():
            self._regroup.start()

    def _worker_finished(self, cancelled: bool) -> None:
        if self._worker is None or self.sender() is not self._worker:
            return
        self._regroup.stop()
        self._arrange()
        self._summary.setText(self._summary_html(cancelled))

    def _thread_finished(self) -> None:
        thread, worker = self._thread, self._worker
        self._thread, self._worker = None, None
        if worker is not None:
            worker.deleteLater()
        if thread is not None:
            thread.deleteLater()
        self._set_running(False)

    def _tile_clicked(self, run: core.Run) -> None:
        if self._chosen is not None and self._chosen in self._tiles:
            self._tiles[self._chosen].set_chosen(False)
        self._chosen = run.index
        self._tiles[run.index].set_chosen(True)
        self.run_requested.emit(run.start, run.iterations)

    def choose(self, index: int) -> None:
        """Load run ``index`` as a click on its tile would (tests)."""
        self._tile_clicked(self._tiles[index].run)

    # ---------------------------------------------------------------- arranging
    def _groups(self) -> list[core.Group]:
        return list(self._summary_obj.groups) if self._summary_obj is not None else []

    def _clear(self) -> None:
        self._regroup.stop()
        for tile in self._tiles.values():
            tile.deleteLater()
        self._tiles.clear()
        self._runs.clear()
        self._chosen = None
        self._summary_obj = None
        self._progress.setValue(0)
        self._clear_sections()

    def _clear_sections(self) -> None:
        while self._sections.count() > 1:  # the stretch at the end stays
            item = self._sections.takeAt(0)
            widget = item.widget()
            if widget is not None:
                for tile in widget.findChildren(RunTile):
                    tile.setParent(self._content)
                widget.deleteLater()

    def _arrange(self) -> None:
        """Regroup the tiles: best group first, each with a header line and a grid."""
        if self._x is None:
            return
        self._summary_obj = core.summarize(self._runs, self._x)
        self._clear_sections()
        columns = self._fit_columns()
        best = self._summary_obj.best
        for rank, group in enumerate(self._summary_obj.groups):
            section = QWidget()
            box = QVBoxLayout(section)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            title = header_label(section, LABEL_PT)
            title.setText(self._group_html(rank, group, best))
            box.addWidget(title)
            grid = QGridLayout()
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setHorizontalSpacing(4)
            grid.setVerticalSpacing(4)
            for k, run in enumerate(group.runs):
                tile = self._tiles[run.index]
                grid.addWidget(tile, k // columns, k % columns)
                tile.show()
            grid.setColumnStretch(columns, 1)
            box.addLayout(grid)
            self._sections.insertWidget(self._sections.count() - 1, section)
        if self.running:
            done = len(self._runs)
            self._summary.setText(
                f"Running: {done} of {self._expected} starts done (seed {self._seed_used})…")

    def _fit_columns(self) -> int:
        width = self._scroll.viewport().width() - 12
        self._columns = max(1, width // (TILE.width() + 12))
        return self._columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._summary_obj is not None and self._fit_columns_changed():
            self._arrange()

    def _fit_columns_changed(self) -> bool:
        before = self._columns
        width = self._scroll.viewport().width() - 12
        return max(1, width // (TILE.width() + 12)) != before

    # ---------------------------------------------------------------- texts
    def _group_html(self, rank: int, group: core.Group, best: core.Group | None) -> str:
        total = len(self._runs)
        share = f"{group.size} of {total} start{'s' if total != 1 else ''} " \
                f"({100 * group.size / total:.0f}%)" if total else ""
        low, high = group.iterations
        its = f"{low}" if low == high else f"{low}–{high}"
        what = "Best fit" if rank == 0 else f"Fit {rank + 1}"
        kind = {"saddle": " — stuck with two means equal (the saddle)",
                "empty": " — a component emptied"}.get(group.kind or "", "")
        if not all(r.converged for r in group.runs):
            kind += " — stopped by the iteration limit"
        below = ""
        if best is not None and rank > 0:
            below = f", {number(best.loglik - group.loglik, 2)} below the best"
        return (f"<b>{what}</b>{kind}: log L = {number(group.loglik, 2)}{below}; "
                f"{share}; {its} iterations<br>"
                f'<span style="font-size:{LABEL_PT - 1}pt">{_describe(group.fit)}</span>')

    def _summary_html(self, cancelled: bool) -> str:
        summary = self._summary_obj
        done = len(self._runs)
        if summary is None or summary.best is None:
            return "Cancelled before any start finished." if cancelled else "No results."
        best = summary.best
        line = (f"<b>{best.size} of {done} starts ({100 * summary.best_share:.0f}%) reached "
                f"the best fit</b> (log L = {number(best.loglik, 2)})")
        others = len(summary.groups) - 1
        if others:
            line += f"; {others} other fit{'s' if others != 1 else ''}"
        line += f". Seed {self._seed_used}."
        if cancelled:
            line += f" Cancelled after {done} of {self._expected} starts."
        return line + " Click a run to load it into the main views."


def _describe(theta: Mixture) -> str:
    if theta.k == 2:
        return (f"π = {number(theta.weights[0], 2)}, μ₁ = {number(theta.means[0], 2)}, "
                f"μ₂ = {number(theta.means[1], 2)}")
    sub = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
    return ", ".join(
        f"w{str(k + 1).translate(sub)} = {number(w, 2)}, μ{str(k + 1).translate(sub)} = "
        f"{number(m, 2)}" for k, (w, m) in enumerate(zip(theta.weights, theta.means, strict=True))
    )
