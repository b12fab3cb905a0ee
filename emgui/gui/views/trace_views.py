"""Traces of the run: the log likelihood and the parameters against the EM iteration.

Both views draw the whole recorded history and mark the iteration shown, so scrubbing back
through history moves only a marker. Axis ranges grow in steps when the history outgrows
them (and shrink back on a reset), instead of auto-ranging on every step: the axes stay still
while EM plays, which is calmer on a projector and cheaper.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

# isort: split
# PySide6 is imported before pyqtgraph so that pyqtgraph binds to it.
import pyqtgraph as pg

from emgui.core import mixture as mx
from emgui.core.mixture import MixtureRow as HistoryRow
from emgui.core.numbers import increase_text
from emgui.gui import palette
from emgui.gui.i18n import localized, translate
from emgui.gui.session import SessionState
from emgui.gui.views.plotting import (
    LABEL_PT,
    coloured,
    css_points,
    finite_range,
    fit_axis_title,
    header_label,
    make_plot_widget,
    number,
    pen,
    style_plot,
    swatch,
    white_background,
)
from emgui.gui.views.steady import SteadyHeader

#: The x axis first shows this many iterations and then grows by about a quarter at a time.
MIN_ITERATIONS_SHOWN = 10
#: Symbol pens and brushes are made once: pyqtgraph caches a symbol's picture under the
#: identity of its pen and brush, so a colour given by name would render it anew every step.
NO_PEN = pg.mkPen(None)
#: Traces show a dot per iteration up to this many iterations (then the dots merge anyway).
DOTS_UP_TO = 150
#: Width of the left axes, fixed so that stacked plots line up.
LEFT_AXIS_WIDTH = 78


def iterations_shown(last: int, current: float) -> float:
    """Right end of the x axis for a history whose last iteration is ``last``."""
    need = max(last, MIN_ITERATIONS_SHOWN)
    if need <= current:
        return current
    return float(5 * math.ceil(need * 1.25 / 5))


def loglik_ceiling(n: int) -> float:
    """No run can reach above this: with unit variances every density is below 1/sqrt(2 pi)."""
    return -0.5 * n * math.log(2.0 * math.pi)


def format_increase(increase: float | None) -> str:
    """'(+0.032)', or '(+2.1e−07)' for a rise too small for three decimals; '' for none."""
    text = increase_text(increase)
    return f"({localized(text)})" if text else ""


def timeline_x(state: SessionState) -> float:
    """Where the current moment sits on the iteration axis: at the iteration of the theta shown.

    An E-step changes neither theta nor the log likelihood, so in half-step mode the marker
    stays where it is for the E half and moves with the M-step (which makes theta_t+1); ticking
    Half steps never moves it.
    """
    return float(state.iteration)


class HistoryArrays:
    """The history as numpy columns (loglik, w1..wK, mu1..muK, sigma1..sigmaK), extended by
    new rows only.

    SessionState.logliks and .params rebuild arrays from every row, a cost that grows with
    the run; while EM plays the history only grows, so only the new rows are converted here.
    """

    def __init__(self) -> None:
        self._rows: tuple[HistoryRow, ...] = ()
        self._buffer = np.zeros((16, 7))

    @property
    def values(self) -> np.ndarray:
        """(T + 1, 1 + 3K) view: columns loglik, w1..wK, mu1..muK, sigma1..sigmaK."""
        return self._buffer[: len(self._rows)]

    @property
    def k(self) -> int:
        return (self._buffer.shape[1] - 1) // 3

    def update(self, history: tuple[HistoryRow, ...]) -> tuple[bool, bool]:
        """Take in a history; returns (changed, restarted)."""
        old = self._rows
        if history is old:
            return False, False
        grew = len(history) >= len(old) and (
            not old or (history[0] is old[0] and history[len(old) - 1] is old[-1])
        )
        width = 1 + 3 * history[0].theta.k if history else self._buffer.shape[1]
        if width != self._buffer.shape[1]:  # another number of components: start again
            grew, old = False, ()
            self._buffer = np.zeros((max(16, len(history)), width))
        start = len(old) if grew else 0
        if grew and len(history) == len(old):
            self._rows = history
            return False, False
        if len(history) > self._buffer.shape[0]:
            bigger = np.zeros((max(2 * self._buffer.shape[0], len(history)), width))
            bigger[:start] = self._buffer[:start]
            self._buffer = bigger
        new = history[start:]
        self._buffer[start:len(history)] = np.array(
            [(r.loglik, *r.theta.as_row()) for r in new], dtype=float
        ).reshape(-1, width)
        self._rows = history
        return True, not (grew and old)


#: Share of an axis's span kept clear above and below the values (the markers' room).
MARKER_CLEARANCE = 0.03


class _Ranges:
    """Axis ranges that only change when the data outgrow them or the history restarts."""

    def __init__(self) -> None:
        self.x_hi = float(MIN_ITERATIONS_SHOWN)
        self.y: tuple[float, float] | None = None

    def update_x(self, last: int, fresh: bool) -> bool:
        start = float(MIN_ITERATIONS_SHOWN) if fresh else self.x_hi
        new = iterations_shown(last, start)
        changed = new != self.x_hi or fresh
        self.x_hi = new
        return changed

    def update_y(
        self, lo: float, hi: float, fresh: bool, pad: float = 0.08, headroom: float = 0.0,
        ahead: float = 0.0, ceiling: float = math.inf,
    ) -> bool:
        """Refit y when a value falls outside; room above for what comes: ``ahead`` (in data
        units), at most ``headroom`` (a share of the span), never above ``ceiling``.

        The log likelihood only rises, by less and less: a little room means the axis settles
        after a few steps instead of moving (and being drawn anew) at every step, while the
        climb stays tall on the axis (the first rise, the largest, would squash it) and the axis
        never offers values the run cannot have.
        """
        if not fresh and self.y is not None:
            # Inside means clear of the edges by a marker's radius or so: a value right at
            # the top would have its current-point dot cut in half by the plot's edge.
            edge = MARKER_CLEARANCE * (self.y[1] - self.y[0])
            if self.y[0] + edge <= lo and hi <= self.y[1] - edge:
                return False
        # A span that is tiny beside the values would print the same tick label thrice.
        min_span = max(1e-6, 1e-9 * max(abs(lo), abs(hi)))
        y_lo, y_hi = finite_range(lo, hi, pad, min_span=min_span)
        room = min(headroom * (y_hi - y_lo), ahead if math.isfinite(ahead) else 0.0)
        top = y_hi + max(room, 0.0)
        if math.isfinite(ceiling) and hi <= ceiling < top:
            # The headroom stops at the ceiling; the padding above the highest value stays, so
            # the current marker is never cut in half by the plot's edge (tiny data sets).
            top = max(ceiling, y_hi)
        self.y = (y_lo, top)
        return True


def _unbreakable(html: str) -> str:
    """Spaces outside tags become non-breaking, so a chunk of a header never wraps inside."""
    out, in_tag = [], False
    for ch in html:
        if ch == "<":
            in_tag = True
        elif ch == ">":
            in_tag = False
        out.append("&nbsp;" if ch == " " and not in_tag else ch)
    return "".join(out)


def _two_lines(first: list[str], second: list[str]) -> str:
    """A header: the title and values, then a smaller line saying where we are."""
    top = "&nbsp;&nbsp; ".join(_unbreakable(c) for c in first)
    bottom = "&nbsp;&nbsp; ".join(_unbreakable(c) for c in second)
    return f'{top}<br><span style="font-size:{css_points(LABEL_PT - 1)}">{bottom}</span>'


def _set_trace(item: pg.PlotDataItem, x: np.ndarray, y: np.ndarray) -> None:
    """New data for a trace; dots on the points only while there are few enough to see."""
    dots = x.size <= DOTS_UP_TO
    if dots != (item.opts["symbol"] is not None):
        item.setSymbol("o" if dots else None)
    item.setData(x, y)


def _finite_xy(y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Iterations and values with any non-finite value left out (nothing NaN is drawn)."""
    x = np.arange(y.size, dtype=float)
    ok = np.isfinite(y)
    return (x, y) if ok.all() else (x[ok], y[ok])


class LikelihoodView(QWidget):
    """The observed-data log likelihood against the EM iteration, current iteration marked.

    A fall of the log likelihood (which EM never makes) is drawn in red with a warning.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        white_background(self)
        self._header = SteadyHeader(header_label(), self)
        self._warning = header_label(self, LABEL_PT)
        self._warning.setStyleSheet(f"color: {palette.DECREASE}; font-weight: bold;")
        self._warning.setVisible(False)
        self._widget = make_plot_widget(None, translate("TraceViews", "EM iteration"),
                                        translate("TraceViews", "observed-data log likelihood"))
        self._plot = self._widget.getPlotItem()
        self._plot.getAxis("left").setWidth(LEFT_AXIS_WIDTH + 22)
        # "log L" (the table's name for it) when even the short title does not fit.
        fit_axis_title(
            self._plot.getAxis("left"),
            (translate("TraceViews", "observed-data log likelihood"),
             translate("TraceViews", "log likelihood"), translate("TraceViews", "log L")),
        )
        self._vb = self._plot.getViewBox()
        self._vb.disableAutoRange()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._header)
        layout.addWidget(self._warning)
        layout.addWidget(self._widget, 1)

        self._marks = pg.PlotDataItem(
            connect="pairs", pen=pen((120, 120, 120, 110), 1, Qt.PenStyle.DotLine)
        )
        self._marks.setVisible(False)
        self._curve = pg.PlotDataItem(
            pen=pen(palette.MIXTURE, 2.5), symbol="o", symbolSize=7,
            symbolBrush=pg.mkBrush(palette.MIXTURE), symbolPen=NO_PEN, antialias=True,
            clipToView=True, autoDownsample=True, downsampleMethod="peak",
        )
        self._decrease = pg.PlotDataItem(
            connect="pairs", pen=pen(palette.DECREASE, 4), symbol="x", symbolSize=14,
            symbolBrush=pg.mkBrush(palette.DECREASE), symbolPen=pen(palette.DECREASE, 2),
        )
        self._line = pg.InfiniteLine(angle=90, pen=pen(palette.CURRENT, 2))
        self._marker = pg.ScatterPlotItem(
            size=16, symbol="o", brush=pg.mkBrush(palette.CURRENT), pen=pen("w", 2)
        )
        for z, item in enumerate((self._marks, self._line, self._curve, self._decrease,
                                  self._marker)):
            item.setZValue(z)
            self._plot.addItem(item)
        self._ranges = _Ranges()
        self._arrays = HistoryArrays()
        self._decreased_at: tuple[int, ...] = ()
        self._half_steps: bool | None = None

    # ---------------------------------------------------------------- accessors (tests)
    @property
    def curve(self) -> pg.PlotDataItem:
        return self._curve

    @property
    def current_marker(self) -> pg.ScatterPlotItem:
        return self._marker

    @property
    def current_line(self) -> pg.InfiniteLine:
        return self._line

    @property
    def decrease_item(self) -> pg.PlotDataItem:
        return self._decrease

    @property
    def iteration_marks(self) -> pg.PlotDataItem:
        """Dotted lines where each full iteration ends (shown in half-step mode)."""
        return self._marks

    @property
    def plot_item(self) -> pg.PlotItem:
        return self._plot

    @property
    def header_text(self) -> str:
        return self._header.text()

    @property
    def warning_text(self) -> str:
        return self._warning.text() if self._warning.isVisibleTo(self) else ""

    # ---------------------------------------------------------------- the slot
    def show_state(self, state: SessionState) -> None:
        """Redraw the trace when the history changed; otherwise move the marker only."""
        history = state.history
        grew, fresh = self._arrays.update(history)
        logliks = self._arrays.values[:, 0]
        if grew:
            x, y = _finite_xy(logliks)
            _set_trace(self._curve, x, y)
            ranged = self._ranges.update_x(len(history) - 1, fresh)
            if y.size:
                # Room for one more rise like the last: EM's rises shrink, so the axis
                # rarely moves (the first rise is the largest).
                rise = float(y[-1] - y[-2]) if y.size > 1 else 0.0
                ranged |= self._ranges.update_y(
                    float(y.min()), float(y.max()), fresh, headroom=0.3, ahead=rise,
                    ceiling=loglik_ceiling(state.data.x.size),
                )
            if ranged:
                self._apply_ranges()
        if grew or state.decreased_at != self._decreased_at:
            self._decreased_at = state.decreased_at
            self._draw_decreases(state, logliks)
        if grew or state.half_steps != self._half_steps:
            self._half_steps = state.half_steps
            self._draw_iteration_marks(len(history) - 1)
        self._line.setValue(timeline_x(state))
        if math.isfinite(state.loglik):
            self._marker.setData([float(state.iteration)], [state.loglik])
        else:
            self._marker.setData([], [])
        self._header.setText(self._header_html(state))
        if state.change == "data":  # the space kept for longer headers of the last data set
            self._header.refit()

    def _apply_ranges(self) -> None:
        y = self._ranges.y or (0.0, 1.0)
        self._vb.setRange(xRange=(-0.5, self._ranges.x_hi + 0.5), yRange=y, padding=0)

    def _draw_decreases(self, state: SessionState, logliks: np.ndarray) -> None:
        ks = [k for k in state.decreased_at if 1 <= k < logliks.size]
        pairs = [(k - 1, k) for k in ks if math.isfinite(logliks[k - 1] + logliks[k])]
        if pairs:
            xs = np.array(pairs, dtype=float).ravel()
            self._decrease.setData(xs, logliks[xs.astype(int)])
        else:
            self._decrease.setData([], [])
        if ks:
            where = ", ".join(str(k) for k in ks[:6]) + (" …" if len(ks) > 6 else "")
            one = len(ks) == 1
            self._warning.setText(
                (translate("TraceViews", "⚠ The log likelihood fell at iteration {where}. EM never "
                           "lowers it, so this points to a bug or to lost precision.") if one
                 else translate("TraceViews", "⚠ The log likelihood fell at iterations {where}. "
                                "EM never lowers it, so this points to a bug or to lost "
                                "precision.")).format(where=where)
            )
            self._warning.setVisible(True)
        else:
            self._warning.setVisible(False)

    def _draw_iteration_marks(self, last: int) -> None:
        if not self._half_steps or last < 1 or self._ranges.y is None:
            self._marks.setVisible(False)
            return
        lo, hi = self._ranges.y
        xs = np.repeat(np.arange(1, last + 1, dtype=float), 2)
        ys = np.tile([lo, hi], last)
        self._marks.setData(xs, ys)
        self._marks.setVisible(True)

    def _header_html(self, state: SessionState) -> str:
        # Two lines (values, then where we are), more only on a narrow panel; non-breaking
        # spaces inside each chunk, so that it wraps between chunks only. The value keeps its
        # rise beside it unless the two are wider than the panel: then the rise may wrap.
        value = translate("TraceViews", "log L = {value}").format(value=number(state.loglik, 2))
        values = [translate("TraceViews", "<b>Log likelihood</b>"), value]
        rise = format_increase(state.increase)
        if rise:
            label = self._header.label
            margins = label.contentsMargins()
            room = label.width() - margins.left() - margins.right()
            together = f"{value}   {rise}"
            if label.fontMetrics().horizontalAdvance(together) < room:
                values[1] = together
            else:
                values.append(rise)
        where = translate("TraceViews", "iteration {n}").format(n=state.iteration)
        if state.half_steps and state.phase != "start":
            where += (translate("TraceViews", ", after the E-step") if state.phase == "E"
                      else translate("TraceViews", ", after the M-step"))
        status = [where]
        if state.converged:
            # A zero-width space: the line may break there beside a narrow plot (1024x768).
            status.append(
                coloured(translate("TraceViews", "✓ converged \u200bat iteration {n}").format(
                    n=state.converged_at), palette.PI_COLOUR)
            )
        return _two_lines(values, status)


class ParamsView(QWidget):
    """pi, mu1 and mu2 against the EM iteration; pi on its own 0..1 plot below the means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        white_background(self)
        self._header = SteadyHeader(header_label(), self)
        self._widget = pg.GraphicsLayoutWidget()
        self._widget.setBackground(palette.BACKGROUND)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._header)
        layout.addWidget(self._widget, 1)

        self._means = self._widget.addPlot(row=0, col=0)
        self._pi = self._widget.addPlot(row=1, col=0)
        self._sds = self._widget.addPlot(row=2, col=0)
        style_plot(self._sds, None, translate("TraceViews", "EM iteration"), "σ")
        self._sds.setXLink(self._means)
        self._sds.getAxis("left").setWidth(LEFT_AXIS_WIDTH)
        self._sds.getViewBox().disableAutoRange()
        self._sds.setVisible(False)
        style_plot(self._means, None, "", translate("TraceViews", "means μ₁, μ₂"))
        style_plot(self._pi, None, translate("TraceViews", "EM iteration"), "π")
        self._means.getAxis("bottom").showLabel(False)
        self._means.getAxis("bottom").setStyle(showValues=False)  # the pi plot below has them
        # A short plot: its three labels 0, 0.5, 1 may fill the axis and overflow its ends a
        # little rather than vanish (pyqtgraph clips labels to the grid when a grid is shown).
        self._pi.getAxis("left").setStyle(textFillLimits=[(0, 0.98)])
        self._pi.showGrid(x=False, y=False)
        self._pi.setXLink(self._means)
        grid = self._widget.ci.layout
        grid.setRowStretchFactor(0, 3)
        grid.setRowStretchFactor(1, 2)
        grid.setVerticalSpacing(2)
        fit_axis_title(self._means.getAxis("left"),
                       (translate("TraceViews", "means μ₁, μ₂"), "μ₁, μ₂"))
        fit_axis_title(self._pi.getAxis("left"), ("π",))
        for plot in (self._means, self._pi):
            plot.getAxis("left").setWidth(LEFT_AXIS_WIDTH)
            plot.getViewBox().disableAutoRange()
        self._pi.getViewBox().setRange(yRange=(-0.1, 1.1), padding=0)
        self._pi.getAxis("left").setTicks([[(v, localized(f"{v:g}")) for v in (0.0, 0.5, 1.0)],
                                            [(v, "") for v in (0.25, 0.75)]])

        def trace(colour: str) -> pg.PlotDataItem:
            return pg.PlotDataItem(
                pen=pen(colour), symbol="o", symbolSize=6, symbolBrush=pg.mkBrush(colour),
                symbolPen=NO_PEN, antialias=True, clipToView=True, autoDownsample=True,
                downsampleMethod="peak",
            )

        self._mu_curves = tuple(trace(palette.component(k)) for k in range(mx.MAX_COMPONENTS))
        self._w_curves = tuple(trace(palette.component(k)) for k in range(mx.MAX_COMPONENTS))
        self._sd_curves = tuple(trace(palette.component(k)) for k in range(mx.MAX_COMPONENTS))
        self._mu1, self._mu2 = self._mu_curves[0], self._mu_curves[1]
        self._pi_curve = trace(palette.PI_COLOUR)
        dashed = Qt.PenStyle.DashLine
        self._truth = (
            pg.InfiniteLine(angle=0, pen=pen(palette.PI_COLOUR, 2, dashed)),
            pg.InfiniteLine(angle=0, pen=pen(palette.COMPONENT_1, 2, dashed)),
            pg.InfiniteLine(angle=0, pen=pen(palette.COMPONENT_2, 2, dashed)),
        )
        self._lines = (
            pg.InfiniteLine(angle=90, pen=pen(palette.CURRENT, 2)),
            pg.InfiniteLine(angle=90, pen=pen(palette.CURRENT, 2)),
            pg.InfiniteLine(angle=90, pen=pen(palette.CURRENT, 2)),
        )
        for item in (self._truth[1], self._truth[2], self._lines[0], *self._mu_curves):
            self._means.addItem(item)
        for item in (self._truth[0], self._lines[1], self._pi_curve, *self._w_curves):
            self._pi.addItem(item)
        for item in (self._lines[2], *self._sd_curves):
            self._sds.addItem(item)
        self._model = mx.Model()
        self._sd_range: tuple[float, float] | None = None
        self._use_model(self._model)
        self._ranges = _Ranges()
        self._arrays = HistoryArrays()

    # ---------------------------------------------------------------- accessors (tests)
    @property
    def pi_curve(self) -> pg.PlotDataItem:
        return self._pi_curve

    @property
    def mu1_curve(self) -> pg.PlotDataItem:
        return self._mu1

    @property
    def mu2_curve(self) -> pg.PlotDataItem:
        return self._mu2

    @property
    def truth_lines(self) -> tuple[pg.InfiniteLine, pg.InfiniteLine, pg.InfiniteLine]:
        """Dashed true values (pi, mu1, mu2); hidden when the data carry no truth."""
        return self._truth

    @property
    def current_lines(self) -> tuple[pg.InfiniteLine, ...]:
        return self._lines

    @property
    def mean_curves(self) -> tuple[pg.PlotDataItem, ...]:
        """The traces of mu_1..mu_K."""
        return self._mu_curves[: self._model.k]

    @property
    def weight_curves(self) -> tuple[pg.PlotDataItem, ...]:
        """The traces of w_1..w_K (for the seed's model pi_curve shows w_1 instead)."""
        return () if self._model.is_seed else self._w_curves[: self._model.k]

    @property
    def sd_curves(self) -> tuple[pg.PlotDataItem, ...]:
        """The traces of the sigmas (none when they are fixed; one when shared)."""
        if not self._model.estimates_variance:
            return ()
        return self._sd_curves[: 1 if self._model.variance == "shared" else self._model.k]

    @property
    def sd_plot(self) -> pg.PlotItem:
        return self._sds

    def _use_model(self, model: mx.Model) -> None:
        """Show the traces the model has: pi alone for the seed's, w_k, and sigmas if estimated."""
        self._model = model
        k = model.k
        for j, curve in enumerate(self._mu_curves):
            curve.setVisible(j < k)
            curve.setData([], [])
        for j, curve in enumerate(self._w_curves):
            curve.setVisible(j < k and not model.is_seed)
            curve.setData([], [])
        self._pi_curve.setVisible(model.is_seed)
        self._pi_curve.setData([], [])
        shown = len(self.sd_curves)
        for j, curve in enumerate(self._sd_curves):
            curve.setVisible(j < shown)
            curve.setData([], [])
        self._sds.setVisible(model.estimates_variance)
        self._sd_range = None
        for axis, titles in (
            (self._pi.getAxis("left"),
             ("π",) if model.is_seed else (translate("TraceViews", "weights"), "w")),
            (self._means.getAxis("left"),
             (translate("TraceViews", "means μ₁, μ₂"), "μ₁, μ₂") if k == 2
             else (translate("TraceViews", "means"), "μ")),
        ):
            axis.fit_titles = titles
            axis.refit_title()
        # With a sigma plot below, the weights plot leaves the iteration axis to it.
        bottom = self._pi.getAxis("bottom")
        bottom.setStyle(showValues=not model.estimates_variance)
        bottom.showLabel(not model.estimates_variance)
        grid = self._widget.ci.layout
        grid.setRowStretchFactor(0, 3)
        grid.setRowStretchFactor(1, 2)
        grid.setRowStretchFactor(2, 2 if model.estimates_variance else 0)

    @property
    def means_plot(self) -> pg.PlotItem:
        return self._means

    @property
    def pi_plot(self) -> pg.PlotItem:
        return self._pi

    @property
    def header_text(self) -> str:
        return self._header.text()

    # ---------------------------------------------------------------- the slot
    def show_state(self, state: SessionState) -> None:
        """Redraw the traces when the history changed; otherwise move the markers only."""
        history = state.history
        if state.model != self._model:
            self._use_model(state.model)
            self._arrays = HistoryArrays()
        grew, fresh = self._arrays.update(history)
        truth = state.data.truth if state.model.is_seed else None
        if grew:
            values = self._arrays.values
            k = state.model.k
            x = np.arange(len(history), dtype=float)
            if state.model.is_seed:
                _set_trace(self._pi_curve, x, values[:, 1])
            else:
                for j, curve in enumerate(self.weight_curves):
                    _set_trace(curve, x, values[:, 1 + j])
            for j, curve in enumerate(self.mean_curves):
                _set_trace(curve, x, values[:, 1 + k + j])
            sds = values[:, 1 + 2 * k:]
            for j, curve in enumerate(self.sd_curves):
                _set_trace(curve, x, sds[:, j])
            if self.sd_curves:
                top = float(sds.max()) if sds.size else 1.0
                if self._sd_range is None or fresh or top > self._sd_range[1]:
                    self._sd_range = (0.0, 1.15 * max(top, 1e-9))
                    self._sds.getViewBox().setRange(yRange=self._sd_range, padding=0)
            means = values[:, 1 + k:1 + 2 * k]
            lo, hi = float(means.min()), float(means.max())
            if truth is not None:
                lo, hi = min(lo, truth.mu1, truth.mu2), max(hi, truth.mu1, truth.mu2)
            ranged = self._ranges.update_x(len(history) - 1, fresh)
            ranged |= self._ranges.update_y(lo, hi, fresh, pad=0.1)
            if ranged:
                assert self._ranges.y is not None
                self._means.getViewBox().setRange(
                    xRange=(-0.5, self._ranges.x_hi + 0.5), yRange=self._ranges.y, padding=0
                )
        if fresh:
            for line, value in zip(self._truth, truth.as_tuple() if truth else (0, 0, 0),
                                   strict=True):
                line.setValue(value)
                line.setVisible(truth is not None)
        x_now = timeline_x(state)
        for line in self._lines:
            line.setValue(x_now)
        self._header.setText(self._header_html(state))
        if state.change == "data":  # the space kept for longer headers of the last data set
            self._header.refit()

    @staticmethod
    def _header_html(state: SessionState) -> str:
        t = state.theta
        if state.model.is_seed:
            values = [
                translate("TraceViews", "<b>Parameters</b>"),
                coloured("π", palette.PI_COLOUR) + f" = {number(t.weights[0], 3)}",
                coloured("μ₁", palette.COMPONENT_1) + f" = {number(t.means[0], 3)}",
                coloured("μ₂", palette.COMPONENT_2) + f" = {number(t.means[1], 3)}",
            ]
        else:
            # One line per kind of parameter, each number in its component's colour.
            def row(name: str, numbers: tuple[float, ...]) -> str:
                cells = " ".join(
                    coloured(number(v, 2), palette.component(j)) for j, v in enumerate(numbers)
                )
                return f"{name}: {cells}"

            values = [translate("TraceViews", "<b>Parameters</b>"), row("μ", t.means)]
            if state.model.variance == "shared":
                values.append(f"σ = {number(t.sds[0], 2)}")
            elif state.model.estimates_variance:
                values.append(row("σ", t.sds))
        key = [translate("TraceViews", "iteration {n}").format(n=state.iteration)]
        if state.data.truth is not None and state.model.is_seed:
            key.append(translate("TraceViews", "{swatch} true values").format(
                swatch=swatch(palette.TRUTH, dashed=True)))
        return _two_lines(values, key)
