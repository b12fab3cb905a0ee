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

from emgui.core import mixture as mx
from emgui.core.mixture import Mixture
from emgui.gui import palette
from emgui.gui.i18n import localized, translate
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
#: Index of the neutral grey brush (marks before the first E-step) for two components.
NEUTRAL_STEP = R_LEVELS + 1
#: Opacity steps of a mark for three or more components (colour: its most likely component).
SURE_LEVELS = 16
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


def density(grid: np.ndarray, mu: float, sd: float = 1.0) -> np.ndarray:
    """phi(x; mu, sd); underflows quietly to 0 far from mu, never NaN for finite input."""
    d = (grid - mu) / sd
    return (INV_SQRT_2PI / sd) * np.exp(-0.5 * d * d)


def responsibilities_at(x: np.ndarray, theta: Mixture) -> np.ndarray:
    """K x m responsibilities at the points x (the colour of the strip at each bin centre).

    This is drawing, not a recomputed E-step of the data.
    """
    r = mx.e_step(np.asarray(x, dtype=float), theta)
    return np.nan_to_num(r, nan=1.0 / theta.k, posinf=1.0, neginf=0.0)


def responsibility_at(x: np.ndarray, theta: Mixture) -> np.ndarray:
    """r(x) = P(Z = 1 | x, theta)."""
    return responsibilities_at(x, theta)[0]


def curve_grid(grid: np.ndarray, theta: Mixture, k: int) -> np.ndarray:
    """The view's grid plus points across component k's peak, so a narrow one is never missed.

    A component shrinking onto a point (estimated variances) is narrower than the grid's
    spacing; without its own points the curve would show nothing where the lesson is.
    """
    mu, sd = theta.means[k], theta.sds[k]
    spacing = (grid[-1] - grid[0]) / max(grid.size - 1, 1)
    if 4.0 * sd >= spacing * 8:
        return grid
    near = mu + sd * PEAK_OFFSETS
    inside = near[(near > grid[0]) & (near < grid[-1])]
    return np.union1d(grid, inside)


#: Where a narrow component gets its own points, in sigmas from its mean.
PEAK_OFFSETS = np.linspace(-4.0, 4.0, 33)


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
        text = f"{self.name} = {localized(f'{value:.2f}')}".replace("-", "−")
        if self.scale is not None:
            original = localized(f"{self.scale.original(value):.4g}").replace("-", "\u2212")
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

    def set_palette(self, brushes: np.ndarray) -> None:
        """Another brush table (the number of components changed)."""
        self._palette = brushes
        self._table = None

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


#: Subscript digits for component names.
SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉"
#: The y range grows for a tall curve up to this many times the histogram's peak.
TALLEST_CURVE = 3.0


def _brush_table(k: int) -> np.ndarray:
    """Brushes of the marks, the neutral grey last.

    Two components: a blend from orange (r = 0) to blue (r = 1) in R_LEVELS + 1 steps, which a
    projector keeps readable. Three or more: each component's colour at SURE_LEVELS opacities
    (a blend of three or more colours turns to brown on a projector).
    """
    if k == 2:
        table = np.empty(R_LEVELS + 2, dtype=object)
        for j in range(R_LEVELS + 1):
            table[j] = QBrush(QColor(*palette.mix_rgb(j / R_LEVELS), 235))
    else:
        table = np.empty(k * SURE_LEVELS + 1, dtype=object)
        for c in range(k):
            rgb = _rgb_array(palette.component(c)).astype(int)
            for a in range(SURE_LEVELS):
                alpha = 70 + round(185 * a / (SURE_LEVELS - 1))
                table[c * SURE_LEVELS + a] = QBrush(QColor(*rgb.tolist(), alpha))
    table[-1] = QBrush(QColor(palette.NEUTRAL_POINT))
    return table


def mark_steps(r: np.ndarray) -> np.ndarray:
    """Brush-table index of each mark from its K responsibilities (see _brush_table)."""
    k = r.shape[0]
    if k == 2:
        return np.rint(np.clip(r[0], 0.0, 1.0) * R_LEVELS).astype(np.intp)
    best = np.argmax(r, axis=0)
    top = r[best, np.arange(r.shape[1])]
    floor = 1.0 / k
    sure = np.clip((top - floor) / (1.0 - floor), 0.0, 1.0) if k > 1 else np.ones_like(top)
    return (best * SURE_LEVELS + np.rint(sure * (SURE_LEVELS - 1))).astype(np.intp)


def strip_colours(r: np.ndarray) -> np.ndarray:
    """RGB of each strip bin from its K responsibilities: the blend of component colours."""
    colours = np.array([_rgb_array(palette.component(c)) for c in range(r.shape[0])])
    return np.clip(r.T @ colours, 0, 255)


class DataView(QWidget):
    """Histogram, per-observation marks coloured by r, component and mixture curves, mean markers.

    Signals: ``start_dragged(Mixture)`` when the user lets go of a dragged mean marker or
    sigma handle, and for two unit-variance components also ``means_dragged(mu1, mu2)`` (the
    window decides whether to use it); ``point_clicked(i)`` and ``point_hovered(i)`` (-1 for
    none) with the index of an observation in ``state.data.x``.
    """

    means_dragged = Signal(float, float)
    #: The start the user chose by dragging means or sigma handles (a Mixture).
    start_dragged = Signal(object)
    point_clicked = Signal(int)
    point_hovered = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        white_background(self)
        self._axis = DensityAxis("left")
        self._widget = make_plot_widget(translate("DataView", "Data and fitted densities"), "x",
                                        translate("DataView", "density"), self._axis)
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
        self._brush_lut = _brush_table(2)
        self._neutral_step = NEUTRAL_STEP
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
        # One curve, mean marker and sigma handle per possible component, made once; a
        # model with fewer components hides the rest.
        self._all_comp = tuple(
            pg.PlotDataItem(pen=curve_pen(palette.component(k)), antialias=True)
            for k in range(mx.MAX_COMPONENTS)
        )
        self._k = 2
        self._comp = self._all_comp[:2]
        self._mixture = pg.PlotDataItem(pen=curve_pen(palette.MIXTURE), antialias=True)
        self._truth = pg.PlotDataItem(
            pen=curve_pen(palette.TRUTH, 2.5, Qt.PenStyle.DashLine), antialias=True
        )
        for z, item in enumerate((self._truth, *self._all_comp, self._mixture)):
            item.setZValue(10 + z)
        self._all_lines = tuple(
            self._mean_line(palette.component(k), f"μ{SUBSCRIPTS[k + 1]}", 0.95 - 0.12 * k)
            for k in range(mx.MAX_COMPONENTS)
        )
        self._lines = self._all_lines[:2]
        self._all_sd_handles = tuple(
            self._sd_handle(palette.component(k), k) for k in range(mx.MAX_COMPONENTS)
        )
        self._sd_handles: tuple[pg.InfiniteLine, ...] = ()
        self._markers_movable = False
        # What changes only with the data is painted from a cached pixmap while EM plays (so
        # are the marks while motion is on: see set_motion_enabled).
        for static in (self._hist.curve, self._truth.curve):
            static.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._plot.addItem(self._hist)
        self._plot.addItem(self._strip)
        self._plot.addItem(self._points)
        self._plot.addItem(self._ring)
        for item in (self._truth, *self._all_comp, self._mixture, *self._all_lines,
                     *self._all_sd_handles):
            self._plot.addItem(item, ignoreBounds=True)
        for item in (*self._all_comp[2:], *self._all_lines[2:], *self._all_sd_handles):
            item.setVisible(False)

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
        self._drawn: Mixture | None = None
        self._target: Mixture | None = None
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

    def _sd_handle(self, colour: str, k: int) -> pg.InfiniteLine:
        """A dotted line at mu_k + sigma_k: dragged at step 0 it sets the start's sigma."""
        line = pg.InfiniteLine(
            angle=90, movable=False,
            pen=pen(colour, 1.5, Qt.PenStyle.DotLine), hoverPen=pen(colour, 3.5),
            label=f"σ{SUBSCRIPTS[k + 1]}",
            labelOpts={
                "position": 0.06, "color": colour, "fill": (255, 255, 255, 220),
                "anchors": [(0, 0.5), (0, 0.5)],
            },
        )
        line.label.setFont(font(LABEL_PT - 1, bold=True))
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
    def component_curves(self) -> tuple[pg.PlotDataItem, ...]:
        """The curves of the model's K weighted components."""
        return self._comp

    @property
    def mixture_curve(self) -> pg.PlotDataItem:
        return self._mixture

    @property
    def truth_curve(self) -> pg.PlotDataItem:
        return self._truth

    @property
    def mean_lines(self) -> tuple[pg.InfiniteLine, ...]:
        return self._lines

    @property
    def sd_handles(self) -> tuple[pg.InfiniteLine, ...]:
        """The sigma handles (shown when variances are estimated), one per component."""
        return self._sd_handles

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
    def drawn_theta(self) -> Mixture | None:
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
        """Let the user drag the mean markers (and sigma handles) to choose start values."""
        self._markers_movable = bool(on)
        for handle in self._all_sd_handles:
            handle.setMovable(bool(on))
        for line in self._sd_handles:
            line.setVisible(bool(on))
        for line in (*self._lines, *self._sd_handles):
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
        if state.model.k != self._k or (
            state.model.estimates_variance != bool(self._sd_handles)
        ):
            self._model_shown = None
        if state.model != getattr(self, "_model_shown", None):
            self._model_shown = state.model
            self._tween.stop()
            self._use_components(state.model)
            self._drawn = None
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

    def _use_components(self, model: mx.Model) -> None:
        """Show the curves, markers and handles of K components; recolour marks for K."""
        k = model.k
        self._k = k
        self._comp = self._all_comp[:k]
        self._lines = self._all_lines[:k]
        self._sd_handles = self._all_sd_handles[:k] if model.estimates_variance else ()
        for i, item in enumerate(self._all_comp):
            item.setVisible(i < k)
            if i >= k:
                item.setData([], [])
        for i, line in enumerate(self._all_lines):
            line.setVisible(i < k)
            line.setMovable(self._markers_movable and i < k)
        for handle in self._all_sd_handles:
            handle.setVisible(handle in self._sd_handles and self._markers_movable)
        self._brush_lut = _brush_table(k)
        self._neutral_step = len(self._brush_lut) - 1
        self._points.set_palette(self._brush_lut)
        self._coloured_r = None
        self._update_key()

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
        xs = [s.minimum, s.maximum, *theta.means]
        truth = state.data.true_mixture
        if truth is not None:
            xs += list(truth.means)
        lo, hi = min(xs), max(xs)
        span = max(hi - lo, 2.0)
        mid = 0.5 * (lo + hi)
        lo, hi = min(lo, mid - span / 2), max(hi, mid + span / 2)
        pad = 0.06 * span
        x_lo, x_hi = lo - pad, hi + pad
        self._set_grid(x_lo, x_hi)

        peak = max(self._hist_max, min(float(self._mixture_values(theta).max()),
                                       TALLEST_CURVE * max(self._hist_max, 0.05)))
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
        truth = self._state.data.true_mixture if self._state is not None else None
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
            names = {lay.rows[0]: translate("DataView", "data")}
        self._sample_y = base + lay.jitter * self._jitter
        self._steps = np.full(self._sample.size, self._neutral_step, dtype=np.intp)
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
        if r is None or r.shape[0] != self._k:
            self._steps = np.full(self._sample.size, self._neutral_step, dtype=np.intp)
        else:
            self._steps = mark_steps(r[:, self._sample])
        self._points.set_steps(self._steps)
        if self._strip.isVisible():
            if r is None or r.shape[0] != self._k:
                rgb = np.broadcast_to(self._neutral, (self._strip_centres.size, 3))
            else:
                rr = responsibilities_at(self._strip_centres, self._theta_of_r(state))
                rgb = strip_colours(rr)
            self._strip_rgba[0, :, :3] = np.rint(rgb).astype(np.uint8)
            self._strip.setImage(self._strip_rgba, autoLevels=False)

    @staticmethod
    def _theta_of_r(state: SessionState) -> Mixture:
        """The theta whose E-step gave the r shown (the session says which)."""
        return state.r_theta if state.r_theta is not None else state.theta

    def _mixture_values(self, theta: Mixture, grid: np.ndarray | None = None) -> np.ndarray:
        grid = self._grid if grid is None else grid
        total = np.zeros_like(grid)
        for w, mu, sd in zip(theta.weights, theta.means, theta.sds, strict=True):
            total += w * density(grid, mu, sd)
        return total

    def _draw_theta(self, theta: Mixture) -> None:
        """Curves and mean markers for theta (a state's, or a frame of motion)."""
        self._drawn = theta
        self._draw_curves(theta)
        (_, x_hi), _ = self._vb.viewRange()
        if theta.k != len(self._lines):
            return
        handles = self._sd_handles if len(self._sd_handles) == theta.k else ()
        for k, (line, mu) in enumerate(zip(self._lines, theta.means, strict=True)):
            if not line.moving:
                line.setValue(mu)
            # Labels sit right of their line, or left of it near the right edge (never cut).
            side = (1, 0.5) if self._label_runs_off(line, mu, x_hi) else (0, 0.5)
            if line.label.anchors[0] != side:
                line.label.anchors = [side, side]
                line.label.updatePosition()
            if handles and not handles[k].moving:
                handles[k].setValue(mu + theta.sds[k])

    def _label_runs_off(self, line: pg.InfiniteLine, mu: float, x_hi: float) -> bool:
        """True when a mean's label, right of its line, would not fit before the plot's edge
        (labels in the file's units are long: "μ₂ = 4.40  (189.3 minutes)")."""
        px = self._vb.viewPixelSize()[0]
        width = line.label.boundingRect().width()
        if not (px > 0 and width > 0):
            return False
        return mu + (width + 6) * px > x_hi

    def _draw_curves(self, theta: Mixture) -> None:
        if theta.k != len(self._comp):
            return
        grids = [curve_grid(self._grid, theta, k) for k in range(theta.k)]
        same = all(g is self._grid for g in grids)
        every = self._grid if same else np.unique(np.concatenate(grids))
        mix = np.zeros_like(every) if same else self._mixture_values(theta, every)
        for k, (curve, grid) in enumerate(zip(self._comp, grids, strict=True)):
            values = theta.weights[k] * density(grid, theta.means[k], theta.sds[k])
            curve.setData(grid, values)
            if same:  # on one grid the mixture is the sum of the curves just drawn
                mix += values
        self._mixture.setData(every, mix)
        # A curve outgrew the plot: make room once, but never so much that the histogram
        # flattens (a component collapsing onto a point runs off the top instead).
        peak = min(float(mix.max()), TALLEST_CURVE * max(self._hist_max, 0.05))
        if peak > 0.98 * self._layout.top:
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
        moving = any(line.moving for line in (*self._lines, *self._sd_handles))
        if not moving or self._drawn is None:
            return
        preview = self._dragged_theta()
        if preview is not None:
            self._draw_curves(preview)

    def _dragged_theta(self) -> Mixture | None:
        """The start the markers and handles show now (None when a handle crossed its mean)."""
        base = self._drawn
        if base is None or base.k != len(self._lines):
            return None
        means = tuple(float(line.value()) for line in self._lines)
        sds = list(base.sds)
        if len(self._sd_handles) == base.k:
            for k, handle in enumerate(self._sd_handles):
                if handle.moving or handle.value() != base.means[k] + base.sds[k]:
                    sds[k] = abs(float(handle.value()) - means[k])
            if self._state is not None and self._state.model.variance == "shared":
                moved = [k for k, h in enumerate(self._sd_handles)
                         if h.moving or h.value() != base.means[k] + base.sds[k]]
                if moved:  # one sigma for all: the handle the user moved sets it
                    sds = [sds[moved[0]]] * base.k
        if not all(math.isfinite(v) and v > 0 for v in sds):
            return None
        return Mixture(base.weights, means, tuple(sds))

    def _on_line_released(self, line: pg.InfiniteLine) -> None:
        if line in self._lines and len(self._lines) == 2 and not self._sd_handles:
            mu1, mu2 = float(self._lines[0].value()), float(self._lines[1].value())
            self.means_dragged.emit(mu1, mu2)
        dragged = self._dragged_theta()
        if dragged is not None:
            self.start_dragged.emit(dragged)
        # If the window took the new means, the session has redrawn us already; if not, the
        # markers go back to what the state says.
        if not self._tween.running and self._target is not None:
            self._draw_theta(self._target)

    # ---------------------------------------------------------------- key
    def _update_key(self) -> None:
        mixture = translate("DataView", "mixture")
        k = self._k
        sigma = self._state is not None and self._state.model.estimates_variance
        ramp = ""
        if k == 2:  # two components: the marks are the blend of r (see _brush_table)
            ramp = "".join(
                coloured("■", _hex(palette.mix_rgb(j / 4)), bold=False) for j in range(5)
            )
        if k == 2 and not sigma:
            curves = (
                f"{swatch(palette.COMPONENT_1)} π·φ(x; μ₁)&nbsp;&nbsp; "
                f"{swatch(palette.COMPONENT_2)} (1−π)·φ(x; μ₂)&nbsp;&nbsp; "
                f"{swatch(palette.MIXTURE)} {mixture}"
            )
        else:
            parts = []
            for j in range(k):
                s = SUBSCRIPTS[j + 1]
                shared = self._state is not None and self._state.model.variance == "shared"
                sd = (", σ" if shared else f", σ{s}") if sigma else ""
                parts.append(f"{swatch(palette.component(j))} w{s}·φ(x; μ{s}{sd})")
            curves = ("&nbsp; ".join(parts)
                      + f"&nbsp; {swatch(palette.MIXTURE)} {mixture}")
        has_truth = self._state is not None and self._state.data.truth is not None
        if has_truth and self._show_truth:
            curves += (f"&nbsp;&nbsp; {swatch(palette.TRUTH, dashed=True)} "
                       + translate("DataView", "true mixture"))
        if ramp:
            marks = translate("DataView", "marks: r = P(Z=1 | x) from 0 {ramp} 1").format(
                ramp=ramp)
        else:
            marks = translate("DataView", "marks: colour of the most likely component, faint "
                              "where it is unsure")
        if self._two_rows():
            marks += translate("DataView", ", ● true Z = 1, ▲ true Z = 2")
        if self._sample.size < self._x.size:
            marks += translate("DataView", " (a random {shown} of {n} points)").format(
                shown=localized(f"{self._sample.size:,}"), n=localized(f"{self._x.size:,}"))
        self._key.setText(f"{curves}<br>{marks}")
