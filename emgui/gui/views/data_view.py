"""The data view: histogram of x, one mark per observation coloured by r, and the fitted curves.

What a student should see at a glance: where the data are (histogram), how each point is
currently shared between the components (the marks under the axis, blue for component 1 and
orange for component 2), and the two weighted component densities with their sum.

Drawing costs are kept flat in n: the histogram and the sample of marks are built once per data
set; a step only recolours at most ``SAMPLE_MAX`` marks, a strip of ``STRIP_BINS`` pixels and
three curves on a fixed grid.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGraphicsItem, QVBoxLayout, QWidget

# isort: split
# PySide6 is imported before pyqtgraph so that pyqtgraph binds to it.
import pyqtgraph as pg

from emgui.core.em import Params
from emgui.gui import palette
from emgui.gui.session import SessionState
from emgui.gui.views.motion import ThetaTween
from emgui.gui.views.plotting import (
    LABEL_PT,
    DensityAxis,
    coloured,
    curve_pen,
    font,
    header_label,
    make_plot_widget,
    pen,
    swatch,
    white_background,
)

if TYPE_CHECKING:  # pragma: no cover - typing only (kept off the start-up path)
    from emgui.core.standardize import DataScale

#: At most this many observations get their own mark; larger samples show a fixed random subset.
SAMPLE_MAX = 2000
#: Seed of that subset, so the same data always show the same marks.
SAMPLE_SEED = 20240531
#: Bins of the responsibility strip shown when n > SAMPLE_MAX.
STRIP_BINS = 1000
#: Colour steps of the marks: enough to look continuous, few enough to cache the symbols.
R_LEVELS = 128
#: Index of the neutral grey brush (marks before the first E-step).
NEUTRAL_STEP = R_LEVELS + 1
#: Points of the x grid on which the curves are evaluated (it spans the visible x range):
#: about one every 4 pixels on a 1280-wide window, where a chord of a density curve strays
#: from it by well under a pixel; more would only cost drawing time at every frame.
GRID_POINTS = 200
#: A click or hover finds the nearest mark within this many pixels.
HIT_PIXELS = 10.0
MARK_SIZE = 10
MIN_BINS, MAX_BINS = 10, 80
INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)


def histogram_edges(x: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """Bin edges by the Freedman-Diaconis rule, clamped to 10..80 equal bins over [lo, hi]."""
    if not hi > lo:
        lo, hi = lo - 0.5, hi + 0.5
    n = x.size
    q75, q25 = np.percentile(x, [75.0, 25.0]) if n >= 4 else (hi, lo)
    iqr = float(q75 - q25)
    if iqr > 0 and n > 1:
        width = 2.0 * iqr / n ** (1.0 / 3.0)
        bins = math.ceil((hi - lo) / width) if width > 0 else MIN_BINS
    else:
        bins = math.ceil(math.log2(max(n, 1)) + 1)  # Sturges when the IQR says nothing
    bins = int(min(max(bins, MIN_BINS), MAX_BINS))
    return np.linspace(lo, hi, bins + 1)


def density(grid: np.ndarray, mu: float) -> np.ndarray:
    """phi(x; mu, 1); underflows quietly to 0 far from mu, never NaN for finite input."""
    d = grid - mu
    return INV_SQRT_2PI * np.exp(-0.5 * d * d)


def responsibility_at(x: np.ndarray, theta: Params) -> np.ndarray:
    """r(x) = P(Z = 1 | x, theta), exact: the log-odds are linear in x with unit variances.

    This is drawing (the colour of the strip at each bin centre), not a recomputed E-step.
    """
    if theta.pi >= 1.0:
        return np.ones_like(x)
    if theta.pi <= 0.0:
        return np.zeros_like(x)
    b = math.log(theta.pi) - math.log1p(-theta.pi) - (theta.mu1**2 - theta.mu2**2) / 2.0
    with np.errstate(over="ignore", invalid="ignore"):
        logit = (theta.mu1 - theta.mu2) * x + b
        r = 0.5 * (1.0 + np.tanh(0.5 * logit))
    return np.nan_to_num(r, nan=0.5, posinf=1.0, neginf=0.0)


def _rgb_array(hex_colour: str) -> np.ndarray:
    h = hex_colour.lstrip("#")
    return np.array([int(h[i:i + 2], 16) for i in (0, 2, 4)], dtype=float)


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


class MeanLabel:
    """A mean line's text: 'μ₁ = −1.35', and on standardised data also the file's units.

    pyqtgraph formats a line's label with ``format.format(value=...)``; this object stands in
    for the format string, so the label follows the line while it moves, glides or is dragged.
    """

    def __init__(self, name: str, scale: DataScale | None = None) -> None:
        self.name = name
        self.scale = scale

    def format(self, value: float) -> str:
        text = f"{self.name} = {value:.2f}".replace("-", "−")
        if self.scale is not None:
            original = f"{self.scale.original(value):.4g}".replace("-", "\u2212")
            unit = f" {self.scale.name}" if self.scale.name else ""
            text += f"  ({original}{unit})"
        return text


class _Layout:
    """Where things sit under the axis, in data units (fixed per data set and truth toggle)."""

    def __init__(self, top: float, strip: bool, rows: int) -> None:
        self.top = top
        self.strip = (-0.058 * top, -0.012 * top) if strip else None
        first = -0.105 if strip else -0.065
        gap = 0.07
        if rows == 2:
            self.rows = (first * top, (first - gap) * top)
        else:
            self.rows = ((first - gap / 2) * top,)
        self.jitter = 0.02 * top
        self.bottom = (min(self.rows) - 0.045 * top)


class MarksItem(pg.ScatterPlotItem):
    """The per-observation marks: a ScatterPlotItem recoloured from a fixed palette, fast.

    ``setBrush`` with one brush per point looks every point's symbol up in the symbol atlas
    (several ms for 2,000 points). Here the brushes come from a fixed table, so the atlas
    position of every (symbol, colour step) pair is looked up once and a recolour is one numpy
    gather. Should pyqtgraph's internals ever differ, the public setBrush is used instead.
    """

    def __init__(self, brushes: np.ndarray, **kwargs) -> None:
        super().__init__(**kwargs)
        self._palette = brushes  # object array of QBrush, indexed by colour step
        self._codes = np.zeros(0, dtype=np.intp)  # symbol number of each point
        self._symbols: list[str] = []
        self._table: np.ndarray | None = None  # (symbol, step) -> atlas source rectangle
        self._atlas_key: object = None

    def set_marks(self, x: np.ndarray, y: np.ndarray, symbols: np.ndarray, steps: np.ndarray):
        """New positions and symbols (per data set or truth toggle), coloured by steps."""
        names, codes = np.unique(symbols.astype(str), return_inverse=True)
        self._symbols = [str(v) for v in names]
        self._codes = codes.astype(np.intp).ravel()
        self._table = None
        self.setData(x=x, y=y, symbol=symbols, brush=self._palette[steps])

    def set_steps(self, steps: np.ndarray) -> None:
        """Recolour every mark: steps[i] indexes the brush table."""
        brushes = self._palette[steps]
        if steps.size != len(self.data):
            self.setBrush(brushes)
            return
        try:
            table = self._source_table()
            self.data["brush"] = brushes
            self.data["sourceRect"] = table[self._codes, steps]
        except (AttributeError, KeyError, TypeError, ValueError, IndexError):
            self.setBrush(brushes)
            return
        self.invalidate()

    def _source_table(self) -> np.ndarray:
        """Atlas rectangles of every (symbol, colour step); rebuilt if the atlas was cleared."""
        atlas = self.fragmentAtlas
        key = (id(atlas._coords), atlas.devicePixelRatio())
        if self._table is None or key != self._atlas_key:
            pen, size = self.opts["pen"], self.opts["size"]
            styles = [(sym, size, pen, b) for sym in self._symbols for b in self._palette]
            coords = atlas[styles]  # renders the styles not yet in the atlas
            table = np.array([tuple(c) for c in coords], dtype=self.data.dtype["sourceRect"])
            self._table = table.reshape(len(self._symbols), len(self._palette))
            self._atlas_key = (id(atlas._coords), atlas.devicePixelRatio())
        return self._table


class DataView(QWidget):
    """Histogram, per-observation marks coloured by r, component and mixture curves, mean markers.

    Signals: ``means_dragged(mu1, mu2)`` when the user lets go of a dragged mean marker (the
    window decides whether to use it); ``point_clicked(i)`` and ``point_hovered(i)`` (-1 for
    none) with the index of an observation in ``state.data.x``.
    """

    means_dragged = Signal(float, float)
    point_clicked = Signal(int)
    point_hovered = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        white_background(self)
        self._axis = DensityAxis("left")
        self._widget = make_plot_widget("Data and fitted densities", "x", "density", self._axis)
        self._plot = self._widget.getPlotItem()
        self._vb = self._plot.getViewBox()
        self._vb.disableAutoRange()
        self._key = header_label(self, LABEL_PT - 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._widget, 1)
        layout.addWidget(self._key)

        # Items are created once; each state only feeds them new data.
        self._hist = pg.PlotDataItem(
            stepMode="center", fillLevel=0.0, fillOutline=True,
            brush=pg.mkBrush(palette.HISTOGRAM_FILL), pen=pen(palette.HISTOGRAM_PEN, 1.5),
        )
        self._hist.setZValue(-10)
        self._strip = pg.ImageItem(axisOrder="row-major")
        self._strip.setZValue(-5)
        self._strip.setVisible(False)
        # Brushes of the marks: R_LEVELS + 1 steps from component 2 to 1, then neutral grey.
        self._brush_lut = np.empty(R_LEVELS + 2, dtype=object)
        for k in range(R_LEVELS + 1):
            self._brush_lut[k] = QBrush(QColor(*palette.mix_rgb(k / R_LEVELS), 235))
        self._brush_lut[NEUTRAL_STEP] = QBrush(QColor(palette.NEUTRAL_POINT))
        self._points = MarksItem(
            self._brush_lut, size=MARK_SIZE, pen=pg.mkPen(255, 255, 255, 190, width=1),
            pxMode=True,
        )
        self._points.setZValue(5)
        self._ring = pg.ScatterPlotItem(
            size=2 * MARK_SIZE + 4, symbol="o", pen=pen(palette.MIXTURE, 2.5), brush=None
        )
        self._ring.setZValue(6)
        self._ring.setVisible(False)
        self._comp = (
            pg.PlotDataItem(pen=curve_pen(palette.COMPONENT_1), antialias=True),
            pg.PlotDataItem(pen=curve_pen(palette.COMPONENT_2), antialias=True),
        )
        self._mixture = pg.PlotDataItem(pen=curve_pen(palette.MIXTURE), antialias=True)
        self._truth = pg.PlotDataItem(
            pen=curve_pen(palette.TRUTH, 2.5, Qt.PenStyle.DashLine), antialias=True
        )
        for z, item in enumerate((self._truth, *self._comp, self._mixture)):
            item.setZValue(10 + z)
        self._lines = (
            self._mean_line(palette.COMPONENT_1, "μ₁", 0.94),
            self._mean_line(palette.COMPONENT_2, "μ₂", 0.84),
        )
        # What changes only with the data is painted from a cached pixmap while EM plays (so
        # are the marks while motion is on: see set_motion_enabled).
        for static in (self._hist.curve, self._truth.curve):
            static.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._plot.addItem(self._hist)
        self._plot.addItem(self._strip)
        self._plot.addItem(self._points)
        self._plot.addItem(self._ring)
        for item in (self._truth, *self._comp, self._mixture, *self._lines):
            self._plot.addItem(item, ignoreBounds=True)

        self._c1 = _rgb_array(palette.COMPONENT_1)
        self._c2 = _rgb_array(palette.COMPONENT_2)
        self._neutral = _rgb_array(palette.NEUTRAL_POINT)

        self._tween = ThetaTween(parent=self)
        self._tween.set_enabled(False)
        self._tween.frame.connect(self._draw_theta)

        # Per data set.
        self._data_version: int | None = None
        self._x = np.zeros(0)
        self._z1: np.ndarray | None = None  # True where the true label is component 1
        self._sample = np.zeros(0, dtype=np.intp)
        self._jitter = np.zeros(0)
        self._sample_y = np.zeros(0)
        self._steps = np.zeros(0, dtype=np.intp)  # colour step of each mark
        self._grid = np.linspace(-1.0, 1.0, GRID_POINTS)
        self._layout = _Layout(1.0, False, 1)
        self._hist_max = 0.0
        self._strip_extent = (0.0, 1.0)
        self._strip_centres = np.zeros(0)
        self._strip_alpha = np.zeros(0, dtype=np.uint8)
        self._strip_rgba = np.zeros((1, 0, 4), dtype=np.uint8)
        # Per state.
        self._show_truth = True
        self._state: SessionState | None = None
        self._drawn: Params | None = None
        self._target: Params | None = None
        self._coloured_r: object = None
        self._highlight: int | None = None
        self._hovered = -1

        self._vb.sigXRangeChanged.connect(self._on_x_range_changed)
        scene = self._widget.scene()
        scene.sigMouseMoved.connect(self._on_mouse_moved)
        scene.sigMouseClicked.connect(self._on_mouse_clicked)
        self._update_key()

    def _mean_line(self, colour: str, name: str, position: float) -> pg.InfiniteLine:
        line = pg.InfiniteLine(
            angle=90, movable=False,
            pen=pen(colour, 2, Qt.PenStyle.DashLine), hoverPen=pen(colour, 4),
            label=name,
            labelOpts={
                "position": position, "color": colour, "fill": (255, 255, 255, 220),
                "anchors": [(0, 0.5), (0, 0.5)],
            },
        )
        line.label.setFont(font(LABEL_PT, bold=True))
        line.label.format = MeanLabel(name)  # type: ignore[assignment]
        line.label.valueChanged()
        line.sigPositionChanged.connect(self._on_line_moved)
        line.sigPositionChangeFinished.connect(self._on_line_released)
        return line

    # ---------------------------------------------------------------- accessors (tests)
    @property
    def plot_item(self) -> pg.PlotItem:
        return self._plot

    @property
    def plot_widget(self) -> pg.PlotWidget:
        return self._widget

    @property
    def histogram_item(self) -> pg.PlotDataItem:
        return self._hist

    @property
    def component_curves(self) -> tuple[pg.PlotDataItem, pg.PlotDataItem]:
        return self._comp

    @property
    def mixture_curve(self) -> pg.PlotDataItem:
        return self._mixture

    @property
    def truth_curve(self) -> pg.PlotDataItem:
        return self._truth

    @property
    def mean_lines(self) -> tuple[pg.InfiniteLine, pg.InfiniteLine]:
        return self._lines

    @property
    def points_item(self) -> MarksItem:
        return self._points

    @property
    def strip_item(self) -> pg.ImageItem | None:
        """The responsibility strip, or None when every observation has its own mark."""
        return self._strip if self._strip.isVisible() else None

    @property
    def sample_indices(self) -> np.ndarray:
        """Indices into state.data.x of the observations that have a mark, in mark order."""
        return self._sample

    @property
    def strip_centres(self) -> np.ndarray:
        return self._strip_centres

    @property
    def key_text(self) -> str:
        return self._key.text()

    @property
    def row_labels(self) -> dict[float, str]:
        return self._axis.row_labels

    @property
    def tween(self) -> ThetaTween:
        return self._tween

    @property
    def drawn_theta(self) -> Params | None:
        """The parameters the curves show right now (mid-motion included)."""
        return self._drawn

    def grid(self) -> np.ndarray:
        """The x values at which the curves are evaluated."""
        return self._grid

    # ---------------------------------------------------------------- options
    def set_motion_enabled(self, on: bool) -> None:
        """Smooth motion of curves and markers between steps (off: jump).

        With motion the marks are painted from a cached pixmap: they change once a step but
        stay put through the several frames of each glide (0.8 ms a frame at n >= 2,000).
        Without it every frame is a step, and filling the cache would only add work.
        """
        self._tween.set_enabled(on)
        mode = QGraphicsItem.CacheMode
        self._points.setCacheMode(mode.DeviceCoordinateCache if on else mode.NoCache)

    def set_motion_duration(self, ms: int) -> None:
        self._tween.set_duration(ms)

    def set_markers_movable(self, on: bool) -> None:
        """Let the user drag the mean markers to choose start values."""
        for line in self._lines:
            line.setMovable(bool(on))
            if on:
                line.setCursor(Qt.CursorShape.SizeHorCursor)
            else:
                line.unsetCursor()

    def set_show_truth(self, on: bool) -> None:
        """Show the true labels (two rows, circles and triangles) and the true mixture."""
        self._show_truth = bool(on)
        if self._state is not None:
            self._place_marks(self._state)
            # One row or two: the space under the axis changes, the rest of the plot does not.
            self._vb.setYRange(self._layout.bottom, self._layout.top, padding=0)
            self._truth.setVisible(self._show_truth and self._state.data.truth is not None)
            self._update_key()
            self._redraw_highlight()

    @property
    def show_truth(self) -> bool:
        return self._show_truth

    def highlight_point(self, index: int | None) -> None:
        """Draw a ring around observation ``index`` (None removes it)."""
        self._highlight = None if index is None or index < 0 else int(index)
        self._redraw_highlight()

    # ---------------------------------------------------------------- the slot
    def show_state(self, state: SessionState) -> None:
        """Draw a state; only the colours and curves change unless the data changed."""
        new_data = state.data_version != self._data_version
        self._state = state
        if new_data:
            self._tween.stop()
            self._build_data(state)
        elif state.change == "start":
            self._tween.stop()
            self._fit_ranges(state)
        self._colour_marks(state)
        target = state.theta
        moving = state.change in ("step", "seek") and self._drawn is not None
        self._target = target
        if moving and self._tween.enabled:
            if target != self._tween.target or not self._tween.running:
                # From what is drawn already: no first frame to draw again.
                self._tween.start(self._drawn, target, show_start=False)  # type: ignore[arg-type]
        else:
            self._tween.stop()
            self._draw_theta(target)

    # ---------------------------------------------------------------- data set
    def _build_data(self, state: SessionState) -> None:
        data = state.data
        x = data.x
        n = x.size
        self._data_version = state.data_version
        self._x = x
        for line in self._lines:  # the means in the file's units too, when standardised
            line.label.format.scale = data.scale
            line.label.valueChanged()
        self._z1 = (np.asarray(data.z) == 1) if data.z is not None else None
        lo, hi = data.summary.minimum, data.summary.maximum
        edges = histogram_edges(x, lo, hi)
        counts, _ = np.histogram(x, bins=edges.size - 1, range=(edges[0], edges[-1]))
        heights = counts / (n * (edges[1] - edges[0]))
        self._hist.setData(edges, heights)
        self._hist_max = float(heights.max()) if heights.size else 0.0

        rng = np.random.default_rng(SAMPLE_SEED)
        if n > SAMPLE_MAX:
            self._sample = np.sort(rng.choice(n, SAMPLE_MAX, replace=False)).astype(np.intp)
        else:
            self._sample = np.arange(n, dtype=np.intp)
        self._jitter = rng.uniform(-1.0, 1.0, self._sample.size)
        self._coloured_r = None
        self._highlight = None
        self._ring.setVisible(False)

        use_strip = n > SAMPLE_MAX
        self._strip.setVisible(use_strip)
        if use_strip:
            s_lo, s_hi = (lo, hi) if hi > lo else (lo - 0.5, hi + 0.5)
            s_edges = np.linspace(s_lo, s_hi, STRIP_BINS + 1)
            s_counts, _ = np.histogram(x, bins=STRIP_BINS, range=(s_lo, s_hi))
            self._strip_centres = 0.5 * (s_edges[:-1] + s_edges[1:])
            share = np.sqrt(s_counts / max(int(s_counts.max()), 1))
            self._strip_alpha = np.where(s_counts > 0, 60 + 195 * share, 0).astype(np.uint8)
            self._strip_rgba = np.zeros((1, STRIP_BINS, 4), dtype=np.uint8)
            self._strip_rgba[0, :, 3] = self._strip_alpha
            self._strip_extent = (s_lo, s_hi)
            # The image must exist before its rectangle is set (the scale is taken from it).
            self._strip.setImage(self._strip_rgba, autoLevels=False)
        else:
            self._strip_centres = np.zeros(0)
        self._fit_ranges(state)
        truth = data.truth
        self._truth.setVisible(self._show_truth and truth is not None)
        self._update_key()

    def _fit_ranges(self, state: SessionState) -> None:
        """Choose the x range, the curve grid and the y range (data and start changes only)."""
        s = state.data.summary
        theta = state.theta
        xs = [s.minimum, s.maximum, theta.mu1, theta.mu2]
        truth = state.data.truth
        if truth is not None:
            xs += [truth.mu1, truth.mu2]
        lo, hi = min(xs), max(xs)
        span = max(hi - lo, 2.0)
        mid = 0.5 * (lo + hi)
        lo, hi = min(lo, mid - span / 2), max(hi, mid + span / 2)
        pad = 0.06 * span
        x_lo, x_hi = lo - pad, hi + pad
        self._set_grid(x_lo, x_hi)

        peak = max(self._hist_max, float(self._mixture_values(theta).max()))
        if truth is not None:
            peak = max(peak, float(self._mixture_values(truth).max()))
        top = max(1.12 * peak, 0.05)
        self._layout = _Layout(top, self._strip.isVisible(), 2 if self._two_rows() else 1)
        self._place_marks(state)
        self._vb.setRange(xRange=(x_lo, x_hi), yRange=(self._layout.bottom, top), padding=0)

    def _set_grid(self, x_lo: float, x_hi: float) -> None:
        """Evaluate the curves across the visible x range (a little beyond its edges)."""
        margin = 0.02 * (x_hi - x_lo)
        self._grid = np.linspace(x_lo - margin, x_hi + margin, GRID_POINTS)
        truth = self._state.data.truth if self._state is not None else None
        if truth is not None:
            self._truth.setData(self._grid, self._mixture_values(truth))

    def _on_x_range_changed(self, _vb: pg.ViewBox, x_range: tuple[float, float]) -> None:
        """The user panned or zoomed: follow with the curves' grid (not done per step)."""
        lo, hi = float(x_range[0]), float(x_range[1])
        if not (math.isfinite(lo) and math.isfinite(hi) and hi > lo):
            return
        margin = 0.02 * (hi - lo)
        if np.isclose(self._grid[0], lo - margin) and np.isclose(self._grid[-1], hi + margin):
            return
        self._set_grid(lo, hi)
        if self._drawn is not None:
            self._draw_curves(self._drawn)

    def _two_rows(self) -> bool:
        return self._show_truth and self._z1 is not None

    def _place_marks(self, state: SessionState) -> None:
        """Put the sampled marks in their rows (by true label when shown) with a little jitter."""
        lay = _Layout(self._layout.top, self._strip.isVisible(), 2 if self._two_rows() else 1)
        self._layout = lay
        xs = self._x[self._sample]
        if self._two_rows():
            assert self._z1 is not None
            z1 = self._z1[self._sample]
            base = np.where(z1, lay.rows[0], lay.rows[1])
            symbols = np.where(z1, "o", "t1")  # t1: a triangle pointing up
            names = {lay.rows[0]: "Z = 1", lay.rows[1]: "Z = 2"}
        else:
            base = np.full(self._sample.size, lay.rows[0])
            symbols = np.full(self._sample.size, "o", dtype=object)
            names = {lay.rows[0]: "data"}
        self._sample_y = base + lay.jitter * self._jitter
        self._steps = np.full(self._sample.size, NEUTRAL_STEP, dtype=np.intp)
        self._points.set_marks(xs, self._sample_y, symbols, self._steps)
        self._coloured_r = None
        if lay.strip is not None:
            s_lo, s_hi = self._strip_extent
            y0, y1 = lay.strip
            self._strip.setRect(QRectF(s_lo, y0, s_hi - s_lo, y1 - y0))
            names[0.5 * (y0 + y1)] = "r(x)"
        self._axis.set_row_labels(names)
        self._colour_marks(state)
        self._redraw_highlight()  # the marks moved with the new scale: the ring goes with them

    # ---------------------------------------------------------------- per state
    def _colour_marks(self, state: SessionState) -> None:
        """Colour marks (and the strip) by the responsibilities the state shows."""
        r = state.r
        if r is self._coloured_r and r is not None:
            return
        self._coloured_r = r
        if r is None:
            self._steps = np.full(self._sample.size, NEUTRAL_STEP, dtype=np.intp)
        else:
            self._steps = np.rint(np.clip(r[self._sample], 0.0, 1.0) * R_LEVELS).astype(np.intp)
        self._points.set_steps(self._steps)
        if self._strip.isVisible():
            if r is None:
                rgb = np.broadcast_to(self._neutral, (self._strip_centres.size, 3))
            else:
                rr = responsibility_at(self._strip_centres, self._theta_of_r(state))
                rgb = self._c2 + rr[:, None] * (self._c1 - self._c2)
            self._strip_rgba[0, :, :3] = np.rint(rgb).astype(np.uint8)
            self._strip.setImage(self._strip_rgba, autoLevels=False)

    @staticmethod
    def _theta_of_r(state: SessionState) -> Params:
        """The theta whose E-step gave the r shown (the session says which)."""
        return state.r_theta if state.r_theta is not None else state.theta

    def _mixture_values(self, theta: Params) -> np.ndarray:
        return theta.pi * density(self._grid, theta.mu1) + (1.0 - theta.pi) * density(
            self._grid, theta.mu2
        )

    def _draw_theta(self, theta: Params) -> None:
        """Curves and mean markers for theta (a state's, or a frame of motion)."""
        self._drawn = theta
        self._draw_curves(theta)
        (x_lo, x_hi), _ = self._vb.viewRange()
        for line, mu in zip(self._lines, (theta.mu1, theta.mu2), strict=True):
            if not line.moving:
                line.setValue(mu)
            # Labels sit right of their line, or left of it near the right edge (never cut).
            side = (1, 0.5) if mu > x_lo + 0.8 * (x_hi - x_lo) else (0, 0.5)
            if line.label.anchors[0] != side:
                line.label.anchors = [side, side]
                line.label.updatePosition()

    def _draw_curves(self, theta: Params) -> None:
        c1 = theta.pi * density(self._grid, theta.mu1)
        c2 = (1.0 - theta.pi) * density(self._grid, theta.mu2)
        mix = c1 + c2
        self._comp[0].setData(self._grid, c1)
        self._comp[1].setData(self._grid, c2)
        self._mixture.setData(self._grid, mix)
        peak = float(mix.max())
        if peak > 0.98 * self._layout.top:  # a curve outgrew the plot: make room once
            self._layout.top = 1.12 * peak
            self._vb.setRange(yRange=(self._layout.bottom, self._layout.top), padding=0)

    # ---------------------------------------------------------------- highlighting
    def _mark_y(self, index: int) -> float:
        pos = int(np.searchsorted(self._sample, index))
        if pos < self._sample.size and self._sample[pos] == index:
            return float(self._sample_y[pos])
        if self._two_rows():
            assert self._z1 is not None
            return self._layout.rows[0] if self._z1[index] else self._layout.rows[1]
        return self._layout.rows[0]

    def _redraw_highlight(self) -> None:
        index = self._highlight
        if index is None or not 0 <= index < self._x.size:
            self._ring.setVisible(False)
            return
        self._ring.setData([float(self._x[index])], [self._mark_y(index)])
        self._ring.setVisible(True)

    # ---------------------------------------------------------------- mouse
    def index_at(self, scene_pos: QPointF) -> int:
        """Index of the observation whose mark is nearest scene_pos within a few pixels, or -1."""
        if self._sample.size == 0 or not self._vb.sceneBoundingRect().contains(scene_pos):
            return -1
        p = self._vb.mapSceneToView(scene_pos)
        px, py = self._vb.viewPixelSize()
        if not (px > 0 and py > 0):
            return -1
        dx = (self._x[self._sample] - p.x()) / px
        dy = (self._sample_y - p.y()) / py
        d2 = dx * dx + dy * dy
        k = int(np.argmin(d2))
        return int(self._sample[k]) if d2[k] <= HIT_PIXELS**2 else -1

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        index = self.index_at(scene_pos)
        if index != self._hovered:
            self._hovered = index
            self.point_hovered.emit(index)

    def _on_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        index = self.index_at(event.scenePos())
        if index >= 0:
            self.point_clicked.emit(index)

    def _on_line_moved(self, _line: pg.InfiniteLine) -> None:
        """While the user drags a mean, preview the curves it would give."""
        if not any(line.moving for line in self._lines) or self._drawn is None:
            return
        preview = Params(self._drawn.pi, self._lines[0].value(), self._lines[1].value())
        self._draw_curves(preview)

    def _on_line_released(self, _line: pg.InfiniteLine) -> None:
        mu1, mu2 = float(self._lines[0].value()), float(self._lines[1].value())
        self.means_dragged.emit(mu1, mu2)
        # If the window took the new means, the session has redrawn us already; if not, the
        # markers go back to what the state says.
        if not self._tween.running and self._target is not None:
            self._draw_theta(self._target)

    # ---------------------------------------------------------------- key
    def _update_key(self) -> None:
        ramp = "".join(
            coloured("■", _hex(palette.mix_rgb(k / 4)), bold=False) for k in range(5)
        )
        curves = (
            f"{swatch(palette.COMPONENT_1)} π·φ(x; μ₁)&nbsp;&nbsp; "
            f"{swatch(palette.COMPONENT_2)} (1−π)·φ(x; μ₂)&nbsp;&nbsp; "
            f"{swatch(palette.MIXTURE)} mixture"
        )
        has_truth = self._state is not None and self._state.data.truth is not None
        if has_truth and self._show_truth:
            curves += f"&nbsp;&nbsp; {swatch(palette.TRUTH, dashed=True)} true mixture"
        marks = f"marks: r = P(Z=1 | x) from 0 {ramp} 1"
        if self._two_rows():
            marks += ", ● true Z = 1, ▲ true Z = 2"
        if self._sample.size < self._x.size:
            marks += f" (a random {self._sample.size:,} of {self._x.size:,} points)"
        self._key.setText(f"{curves}<br>{marks}")
