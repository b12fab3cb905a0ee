"""The likelihood landscape: a heat map of log L over two means, with the EM path on it.

The map (:mod:`emgui.core.landscape`) is computed only when the data, the start or the held
parameters change, never per frame; while EM plays with the weights held (they change at
every step) it is recomputed at most every other step or so, and the path and the current
point follow every step at once. Items are made once and fed with ``setData``.
"""

from __future__ import annotations

import math
import time

import numpy as np
from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

# isort: split
# PySide6 is imported before pyqtgraph so that pyqtgraph binds to it.
import pyqtgraph as pg

from emgui.core import landscape as core
from emgui.gui import palette
from emgui.gui.session import SessionState
from emgui.gui.views.plotting import (
    LABEL_PT,
    font,
    header_label,
    make_plot_widget,
    number,
    pen,
)
from emgui.gui.why import run_view
from emgui.gui.why.page import WhyPage

#: Heat map colours from the top of the landscape (light) down to its low ground.
MAP_COLOURS = ((255, 250, 214), (253, 214, 140), (214, 219, 210), (150, 180, 210), (97, 128, 180))
CONTOURS = 10
#: The colour scale reaches down to log L's 15% quantile over this range of the data.
FOCUS = (0.05, 0.95)
#: Width of the key beside the map (when the view is wide enough for it there).
SIDE_WIDTH = 250
#: Recompute the map at most once per this many times the last computation took (Play).
THROTTLE = 2.0
SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
NO_PEN = pg.mkPen(None)
PATH = "#1a1a1a"


def mu_name(k: int) -> str:
    """'μ₁' for component index 0."""
    return "μ" + str(k + 1).translate(SUBSCRIPTS)


class LandscapeView(WhyPage):
    """log L over (mu_i, mu_j), the EM path, the two maxima and the saddle, labelled.

    ``start_requested(start)`` when the map is clicked at step 0 (a start in the session's
    terms, made by :func:`run_view.start_with_means`; the window decides whether to use it).
    """

    start_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("landscape_view")
        self._header = header_label(self)
        self._header.setObjectName("landscape_header")
        self._weights = QComboBox(objectName="landscape_weights")
        self._weights.setToolTip(
            "Which weights the map uses: held at the current values (the map changes with "
            "them), or the best ones for each pair of means (a map that stays still)"
        )
        self._pair = (QComboBox(objectName="landscape_x_mean"),
                      QComboBox(objectName="landscape_y_mean"))
        self._pair_labels = (QLabel("across:"), QLabel("up:"))
        controls = QHBoxLayout()
        controls.setContentsMargins(8, 0, 8, 0)
        weights_label = QLabel("Weights:")
        controls.addWidget(weights_label)
        controls.addWidget(self._weights, 1)
        for label, combo in zip(self._pair_labels, self._pair, strict=True):
            controls.addWidget(label)
            controls.addWidget(combo)
        self._widget = make_plot_widget(None, "μ₁", "μ₂")
        self._plot = self._widget.getPlotItem()
        self._plot.showGrid(x=False, y=False)
        self._vb = self._plot.getViewBox()
        self._vb.disableAutoRange()
        self._vb.setAspectLocked(True)
        self._vb.setMouseEnabled(False, False)
        self._readout = QLabel(self, objectName="landscape_readout")
        self._readout.setFont(font(LABEL_PT - 1))
        self._readout.setContentsMargins(8, 0, 8, 0)
        self._key = header_label(self, LABEL_PT - 1)
        self._key.setObjectName("landscape_key")
        self._readout.setWordWrap(True)
        side = QWidget(objectName="landscape_side")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self._readout)
        side_layout.addWidget(self._key)
        side_layout.addStretch(1)
        self._side = side
        # The key goes beside the square map when there is room for it there, else below.
        self._body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._body.setSpacing(2)
        self._body.addWidget(self._widget, 1)
        self._body.addWidget(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._header)
        layout.addLayout(controls)
        layout.addLayout(self._body, 1)

        # Items, made once.
        self._image = pg.ImageItem(axisOrder="row-major")
        cmap = pg.ColorMap(np.linspace(0.0, 1.0, len(MAP_COLOURS)), np.array(MAP_COLOURS))
        self._image.setLookupTable(cmap.getLookupTable(0.0, 1.0, 256))
        self._image.setZValue(-20)
        self._contours = pg.PlotDataItem(connect="pairs", pen=pen((70, 70, 70, 120), 1))
        self._ridge = pg.PlotDataItem(
            connect="pairs", pen=pen((40, 40, 40, 230), 2, Qt.PenStyle.DashLine))
        self._diagonal = pg.InfiniteLine(
            angle=45, pen=pen((90, 90, 90, 150), 1.5, Qt.PenStyle.DotLine))
        self._future = pg.PlotDataItem(pen=pen((60, 60, 60, 90), 2), antialias=True)
        self._path = pg.PlotDataItem(
            pen=pen(PATH, 2.5), symbol="o", symbolSize=7, symbolBrush=pg.mkBrush(PATH),
            symbolPen=pg.mkPen("w", width=1), antialias=True,
        )
        self._start = pg.ScatterPlotItem(
            size=14, symbol="o", brush=pg.mkBrush(255, 255, 255, 230), pen=pen(PATH, 2.5))
        # A ring, so that a maximum's star stays visible inside it once EM gets there.
        self._current = pg.ScatterPlotItem(
            size=30, symbol="o", brush=None, pen=pen(palette.CURRENT, 5))
        self._maxima = pg.ScatterPlotItem(
            size=26, symbol="star", brush=pg.mkBrush(255, 215, 0), pen=pen(PATH, 1.5))
        self._saddle = pg.ScatterPlotItem(
            size=22, symbol="x", brush=pg.mkBrush(PATH), pen=pen("w", 1))
        self._labels = [self._text() for _ in range(3)]
        for z, item in enumerate((self._image, self._contours, self._ridge, self._diagonal,
                                  self._future, self._path, self._start, self._current,
                                  self._maxima, self._saddle)):
            item.setZValue(z - 20 if item is self._image else z)
            self._plot.addItem(item)
        for label in self._labels:
            label.setZValue(30)
            self._plot.addItem(label, ignoreBounds=True)

        self._snap: run_view.Snapshot | None = None
        self._model_key: tuple | None = None
        self._points_key: object = None
        self._points: core.Points | None = None
        self._land: core.Landscape | None = None
        self._map_key: tuple | None = None
        self._pending: tuple | None = None
        self._last_done = -math.inf
        self._last_cost = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._compute_pending)
        self._weights.currentIndexChanged.connect(lambda _i: self.refresh())
        for combo in self._pair:
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        scene = self._widget.scene()
        scene.sigMouseClicked.connect(self._clicked)
        scene.sigMouseMoved.connect(self._moved)
        self._set_readout_hint()

    @staticmethod
    def _text() -> pg.TextItem:
        item = pg.TextItem(color=palette.FOREGROUND, fill=pg.mkBrush(255, 255, 255, 215))
        item.setFont(font(LABEL_PT, bold=True))
        item.setVisible(False)
        return item

    # ---------------------------------------------------------------- accessors (tests)
    @property
    def landscape(self) -> core.Landscape | None:
        """The map on screen (None before the first one)."""
        return self._land

    @property
    def plot_item(self) -> pg.PlotItem:
        return self._plot

    @property
    def image_item(self) -> pg.ImageItem:
        return self._image

    @property
    def path_item(self) -> pg.PlotDataItem:
        return self._path

    @property
    def current_item(self) -> pg.ScatterPlotItem:
        return self._current

    @property
    def maxima_item(self) -> pg.ScatterPlotItem:
        return self._maxima

    @property
    def saddle_item(self) -> pg.ScatterPlotItem:
        return self._saddle

    @property
    def contour_item(self) -> pg.PlotDataItem:
        return self._contours

    @property
    def weights_combo(self) -> QComboBox:
        return self._weights

    @property
    def pair_combos(self) -> tuple[QComboBox, QComboBox]:
        return self._pair

    @property
    def header_text(self) -> str:
        return self._header.text()

    @property
    def key_text(self) -> str:
        return self._key.text()

    @property
    def label_texts(self) -> list[str]:
        return [label.textItem.toPlainText() for label in self._labels if label.isVisible()]

    @property
    def pair(self) -> tuple[int, int]:
        i, j = self._pair[0].currentIndex(), self._pair[1].currentIndex()
        if i < 0 or j < 0 or i == j:
            return (0, 1)
        return (i, j)

    @property
    def weights_mode(self) -> core.Weights:
        return "best" if self._weights.currentIndex() == 1 else "held"

    @property
    def busy(self) -> bool:
        """True while a map waits to be computed (Play outran it)."""
        return self._timer.isActive()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The map is square: beside it the key costs width, below it height. Take the side
        # that leaves the larger square.
        top = self._header.height() + self._weights.height() + 8
        below = max(self._key.heightForWidth(self.width()), 0) + self._readout.height() + 8
        beside = min(self.width() - SIDE_WIDTH, self.height() - top)
        under = min(self.width(), self.height() - top - below)
        wide = beside >= under
        direction = (QBoxLayout.Direction.LeftToRight if wide
                     else QBoxLayout.Direction.TopToBottom)
        if self._body.direction() != direction:
            self._body.setDirection(direction)
            if wide:
                self._side.setFixedWidth(SIDE_WIDTH)
            else:
                self._side.setMinimumWidth(0)
                self._side.setMaximumWidth(16777215)

    def hideEvent(self, event) -> None:
        """A map nobody sees waits: it is computed when the view is shown again."""
        super().hideEvent(event)
        if self._timer.isActive():
            self._timer.stop()
            self._pending = None
            self._map_key = None  # the next draw computes the map for the state then
            self._stale = True

    def flush(self) -> None:
        """Compute a waiting map now."""
        if self._timer.isActive():
            self._timer.stop()
            self._compute_pending()

    # ---------------------------------------------------------------- drawing
    def draw(self, state: SessionState) -> None:
        """The path and the current point at once; the map when what it depends on changed."""
        snap = run_view.snapshot(state)
        self._snap = snap
        self._fit_controls(snap)
        i, j = self.pair
        sl = core.Slice(snap.theta, (i, j), self.weights_mode)
        axis_key = (snap.data_key, snap.start.means[i], snap.start.means[j],
                    snap.start.sds[i], snap.start.sds[j])
        key = (axis_key, sl.key())
        if key != self._map_key:
            self._want(snap, sl, axis_key, key)
        self._draw_path(snap)
        self._set_readout_hint()
        self._header.setText(self._header_html(snap))
        self._key.setText(self._key_html(snap))

    def _fit_controls(self, snap: run_view.Snapshot) -> None:
        model_key = (snap.k, snap.model.variance)
        if model_key == self._model_key:
            return
        self._model_key = model_key
        seed_like = snap.k == 2
        pi = "π" if seed_like else "the weights"
        items = (
            [f"{pi} held at {'its' if seed_like else 'their'} current value"
             f"{'' if seed_like else 's'}",
             f"{pi} at {'its' if seed_like else 'their'} best for each point"]
        )
        for widget in (self._weights, *self._pair):
            widget.blockSignals(True)
        self._weights.clear()
        self._weights.addItems(items)
        for k, combo in enumerate(self._pair):
            combo.clear()
            combo.addItems([mu_name(m) for m in range(snap.k)])
            combo.setCurrentIndex(k)
        for widget in (self._weights, *self._pair):
            widget.blockSignals(False)
        for widget in (*self._pair, *self._pair_labels):
            widget.setVisible(snap.k > 2)

    def _want(self, snap: run_view.Snapshot, sl: core.Slice, axis_key: tuple, key: tuple):
        """Compute the map now, or shortly when the last one was computed a moment ago."""
        self._pending = (snap, sl, axis_key, key)
        since = time.perf_counter() - self._last_done
        wait = THROTTLE * self._last_cost - since
        if self._land is None or snap.change not in ("step", "seek") or wait <= 0:
            self._timer.stop()
            self._compute_pending()
        elif not self._timer.isActive():
            self._timer.start(max(1, round(1000 * wait)))

    def _compute_pending(self) -> None:
        if self._pending is None:
            return
        snap, sl, _axis, key = self._pending
        self._pending = None
        t0 = time.perf_counter()
        if self._points_key != snap.data_key or self._points is None:
            self._points = core.weighted_points(snap.x)
            self._points_key = snap.data_key
        axis = core.grid_axis(snap.x, snap.start)
        land = core.compute(snap.x, sl, axis, self._points)
        self._land = land
        self._map_key = key
        self._draw_map(land, snap.x)
        self._draw_marks(land, snap)
        self._key.setText(self._key_html(snap))
        self._last_done = time.perf_counter()
        self._last_cost = self._last_done - t0

    def _draw_map(self, land: core.Landscape, x: np.ndarray) -> None:
        z = land.loglik
        top = land.highest
        # The colours and contours span the square where the bulk of the data lies, so a
        # start far away does not wash out the hills.
        sample = x[:: max(1, x.size // 4096)]
        lo, hi = np.quantile(sample, FOCUS)
        ax = land.axis
        inside = (ax >= lo) & (ax <= hi)
        focus = inside[:, None] & inside[None, :] if inside.sum() >= 4 else None
        levels = core.contour_levels(z, top, CONTOURS, focus=focus)
        depth = top - levels[-1] if levels.size else 1.0
        with np.errstate(invalid="ignore"):
            v = np.sqrt(np.clip((top - z) / depth, 0.0, 1.0))
        v = np.where(np.isfinite(v), v, 1.0)
        self._image.setImage(v, autoLevels=False, levels=(0.0, 1.0))
        step = ax[1] - ax[0]
        span = ax[-1] - ax[0] + step
        self._image.setRect(QRectF(ax[0] - step / 2, ax[0] - step / 2, span, span))
        segments = [core.contour_segments(z, level, ax) for level in levels]
        self._set_segments(self._contours, segments)
        if land.saddle is not None and land.saddle.kind == "saddle":
            self._set_segments(self._ridge, [core.contour_segments(z, land.saddle.loglik, ax)])
            self._ridge.setVisible(True)
        else:
            self._ridge.setVisible(False)
        self._diagonal.setPos((0.0, 0.0))
        self._vb.setRange(xRange=(ax[0], ax[-1]), yRange=(ax[0], ax[-1]), padding=0.0)

    @staticmethod
    def _set_segments(item: pg.PlotDataItem, segments: list[np.ndarray]) -> None:
        pieces = [s for s in segments if s.size]
        if not pieces:
            item.setData([], [])
            return
        both = np.concatenate(pieces)
        item.setData(both[:, :, 0].ravel(), both[:, :, 1].ravel(), connect="pairs")

    def _draw_marks(self, land: core.Landscape, snap: run_view.Snapshot) -> None:
        maxima = list(land.maxima[:2])
        if land.mirrored:  # one fit twice: "best fit" is the copy EM's path is nearer to
            i, j = self.pair
            now = (snap.theta.means[i], snap.theta.means[j])
            maxima.sort(key=lambda m: math.hypot(m.a - now[0], m.b - now[1]))
        self._maxima.setData([m.a for m in maxima], [m.b for m in maxima])
        names = self._maxima_names(land)
        saddle = land.saddle
        # A maximum that is the diagonal's own point gets one label saying both, not two
        # labels on top of each other.
        ax = land.axis
        near = 0.03 * (ax[-1] - ax[0])
        shared = None
        if saddle is not None and saddle.kind != "saddle":
            shared = next((k for k, m in enumerate(maxima)
                           if math.hypot(m.a - saddle.a, m.b - saddle.b) <= near), None)
        for k, (label, m, name) in enumerate(zip(self._labels, maxima, names, strict=False)):
            text = f"{name}, on μ₁ = μ₂" if k == shared else name
            self._place(label, m.a, m.b, text, above=True)
        for label in self._labels[len(maxima):2]:
            label.setVisible(False)
        if saddle is not None:
            self._saddle.setData([saddle.a], [saddle.b])
            text = "saddle" if saddle.kind == "saddle" else "maximum on μ₁ = μ₂"
            self._place_on_diagonal(self._labels[2], saddle.a, text)
            if shared is not None:
                self._labels[2].setVisible(False)
        else:
            self._saddle.setData([], [])
            self._labels[2].setVisible(False)

    def _maxima_names(self, land: core.Landscape) -> list[str]:
        if not land.maxima:
            return []
        if land.slice.weights == "held":  # the best for the weights held, not the best fit
            if len(land.maxima) == 1:
                return ["highest point"]
            return ["highest point",
                    "the same, labels swapped" if land.mirrored else "another maximum"]
        if len(land.maxima) == 1:
            return ["best fit"]
        if land.mirrored:
            return ["best fit", "same fit, labels swapped"]
        return ["best fit", "another maximum"]

    def _place(self, label: pg.TextItem, a: float, b: float, text: str, above: bool) -> None:
        """A label beside a marker, on the side of it that keeps the label in the map."""
        ax = self._land.axis if self._land is not None else np.array([0.0, 1.0])
        lo, hi = ax[0], ax[-1]
        horizontal = 0.0 if a < lo + 0.6 * (hi - lo) else 1.0
        if above and b > lo + 0.85 * (hi - lo):
            above = False
        if not above and b < lo + 0.15 * (hi - lo):
            above = True
        label.setText(text)
        label.setAnchor((horizontal, 1.35 if above else -0.35))
        label.setPos(a, b)
        label.setVisible(True)

    def _place_on_diagonal(self, label: pg.TextItem, m: float, text: str) -> None:
        """A label for a point of the diagonal, along it (the maxima lie off to either side)."""
        ax = self._land.axis if self._land is not None else np.array([0.0, 1.0])
        upper = m < ax[0] + 0.7 * (ax[-1] - ax[0])
        label.setText(text)
        # Up and to the right of the point, or down and to the left near the top corner.
        label.setAnchor((-0.12, 1.1) if upper else (1.12, -0.1))
        label.setPos(m, m)
        label.setVisible(True)

    def _draw_path(self, snap: run_view.Snapshot) -> None:
        i, j = self.pair
        means = snap.means_path
        t = min(snap.iteration, len(means) - 1)
        done = means[: t + 1]
        rest = means[t:]
        self._path.setData(done[:, i], done[:, j])
        self._future.setData(rest[:, i], rest[:, j])
        self._start.setData([means[0, i]], [means[0, j]])
        self._current.setData([snap.theta.means[i]], [snap.theta.means[j]])
        self._widget.setCursor(
            Qt.CursorShape.CrossCursor if snap.iteration == 0 else Qt.CursorShape.ArrowCursor)

    # ---------------------------------------------------------------- texts
    def _header_html(self, snap: run_view.Snapshot) -> str:
        i, j = self.pair
        a, b = mu_name(i), mu_name(j)
        title = f"<b>The likelihood landscape</b>: log L over ({a}, {b})"
        held = self._held_sentence(snap)
        return f'{title}<br><span style="font-size:{LABEL_PT - 1}pt">{held}</span>'

    def _held_sentence(self, snap: run_view.Snapshot) -> str:
        i, j = self.pair
        t = snap.iteration
        seed_like = snap.k == 2 and not snap.model.estimates_variance
        if seed_like:
            if self.weights_mode == "best":
                return ("π at its best for each (μ₁, μ₂), so the map stays still while EM "
                        "runs; EM's own π is on its path.")
            return (f"π held at {number(snap.theta.weights[0], 3)}, its value at iteration {t}: "
                    "the map changes as π does.")
        parts = []
        if snap.k > 2:
            parts.append("the other means")
        parts.append("the sigmas" if snap.model.estimates_variance else "")
        if self.weights_mode == "best":
            parts.append("the two weights' sum")
            weights = f"the weights of {mu_name(i)[1:]} and {mu_name(j)[1:]} at their best"
        else:
            parts.append("the weights")
            weights = ""
        held = ", ".join(p for p in parts if p)
        sentence = f"A slice: {held} held at their values at iteration {t}"
        if weights:
            sentence += f"; {weights} for each point"
        return sentence + "."

    def _key_html(self, snap: run_view.Snapshot) -> str:
        land = self._land
        i, j = self.pair
        a, b = mu_name(i), mu_name(j)
        parts = ["<b>★</b> maxima&nbsp;&nbsp; <b>✕</b> saddle", "○ start, ● EM path, "
                 f'<span style="color:{palette.CURRENT}"><b>◯</b></span> now']
        if land is not None and land.saddle is not None and land.saddle.kind == "saddle":
            parts.append("╍ log L at the saddle's height")
        lines = ["<br>".join(parts)]
        if land is not None and land.maxima:
            held = " with the weights held" if land.slice.weights == "held" else ""
            lines.append(f"highest log L{held} = {number(land.maxima[0].loglik, 2)}")
            if land.mirrored:
                lines.append("The two ★ are one fit: the same log L, with the labels 1 and 2 "
                             "swapped.")
        saddle = land.saddle if land is not None else None
        if saddle is not None and saddle.kind == "saddle":
            lines.append(f"✕ at {a} = {b} = {number(saddle.a, 2)}, log L = "
                         f"{number(saddle.loglik, 2)}: EM started with {a} = {b} stays on "
                         "the diagonal and stops here.")
        elif saddle is not None:
            lines.append(f"The highest point of the diagonal ({a} = {b} = "
                         f"{number(saddle.a, 2)}) is a maximum: one bell curve fits best.")
        if land is not None and land.binned:
            lines.append(f"n = {land.n:,}: the sums run over {land.points} weighted points "
                         "(two per bin of the data).")
        return "<br><br>".join(lines)

    def _set_readout_hint(self) -> None:
        snap = self._snap
        if snap is not None and snap.iteration == 0:
            self._readout.setText("Click the map to start EM there.")
        else:
            self._readout.setText("Point at the map to read log L there.")

    # ---------------------------------------------------------------- mouse
    def _view_point(self, scene_pos) -> tuple[float, float] | None:
        if not self._vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = self._vb.mapSceneToView(scene_pos)
        a, b = float(p.x()), float(p.y())
        if not (math.isfinite(a) and math.isfinite(b)):
            return None
        return a, b

    def _moved(self, scene_pos) -> None:
        """Read the map under the mouse (the nearest grid cell)."""
        land = self._land
        where = self._view_point(scene_pos)
        if land is None or where is None:
            self._set_readout_hint()
            return
        a, b = where
        ax = land.axis
        if not (ax[0] <= a <= ax[-1] and ax[0] <= b <= ax[-1]):
            self._set_readout_hint()
            return
        col = int(np.clip(np.rint((a - ax[0]) / (ax[1] - ax[0])), 0, ax.size - 1))
        row = int(np.clip(np.rint((b - ax[0]) / (ax[1] - ax[0])), 0, ax.size - 1))
        value = float(land.loglik[row, col])
        i, j = self.pair
        text = (f"{mu_name(i)} = {number(a, 2)}, {mu_name(j)} = {number(b, 2)}: "
                f"log L = {number(value, 2)}")
        if self._snap is not None and self._snap.iteration == 0:
            text += "  (click to start EM here)"
        self._readout.setText(text)

    def _clicked(self, event) -> None:
        """At step 0 a click asks for a start with the pair's means where the click was."""
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        snap, state = self._snap, self.state
        where = self._view_point(event.scenePos())
        if snap is None or state is None or where is None or snap.iteration != 0:
            return
        i, j = self.pair
        try:
            start = run_view.start_with_means(state, {i: where[0], j: where[1]})
        except ValueError:
            return
        self.start_requested.emit(start)

    def start_at(self, a: float, b: float) -> None:
        """What a click at (a, b) does (tests, keyboard-free use)."""
        state = self.state
        if state is None or self._snap is None or self._snap.iteration != 0:
            return
        i, j = self.pair
        self.start_requested.emit(run_view.start_with_means(state, {i: a, j: b}))

