"""The lower bound: log L and B_t along one EM step, and the numbers that prove the climb.

The step shown is the one the responsibilities on screen make (the data view's colours): after
an E-step at theta_t it is theta_t -> theta_t+1 with the current point at s = 0, where B_t
touches log L; after an M-step (half steps) it is the step just made, the current point at
s = 1, the top of B_t. After an E-step in half-step mode the bound before it (B_t-1, from the
previous responsibilities) is drawn too, dashed: the E-step lifted it to touch log L.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

# isort: split
# PySide6 is imported before pyqtgraph so that pyqtgraph binds to it.
import pyqtgraph as pg

from emgui.core import bound as core
from emgui.core.landscape import Points, weighted_points
from emgui.core.mixture import spread
from emgui.gui import palette
from emgui.gui.session import SessionState
from emgui.gui.views.plotting import (
    LABEL_PT,
    coloured,
    finite_range,
    font,
    header_label,
    make_plot_widget,
    number,
    pen,
    swatch,
)
from emgui.gui.why import run_view
from emgui.gui.why.page import WhyPage

LOGLIK_COLOUR = palette.MIXTURE
BOUND_COLOUR = palette.PI_COLOUR
OLD_BOUND_COLOUR = (0, 158, 115, 120)
KL_COLOUR = palette.DECREASE
SUBSCRIPTS = str.maketrans("0123456789+", "₀₁₂₃₄₅₆₇₈₉₊")
NO_PEN = pg.mkPen(None)
#: A step whose rise is below this share of |log L| is not drawn (only rounding would show).
TINY = 1e-12
Y_TITLE = "log L − log L at s = 0"


def sub(text: object) -> str:
    return str(text).translate(SUBSCRIPTS)


def amount(value: float) -> str:
    """A difference of log likelihoods: '+7.891', '+2.6e−07', '0'."""
    if not math.isfinite(value):
        return "—"
    if value == 0:
        return "0"
    if abs(value) >= 1e-3:
        return f"{value:+.3f}".replace("-", "−")
    return f"{value:+.2e}".replace("-", "−")


def size(value: float) -> str:
    """A non-negative amount: '6.052', '2.64e−07'."""
    return amount(value).lstrip("+")


def scale_of(span: float) -> int:
    """The power of ten that brings a span of values to between 1 and 1000."""
    if not (math.isfinite(span) and span > 0):
        return 0
    k = math.floor(math.log10(span))
    return 0 if -1 <= k <= 3 else 3 * math.floor(k / 3)


class BoundView(WhyPage):
    """log L(theta(s)) and B_t(theta(s)) for s from -0.5 to 1.5, and the inequalities."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bound_view")
        self._header = header_label(self)
        self._header.setObjectName("bound_header")
        self._widget = make_plot_widget(
            None, "s, along the step (0: before the M-step, 1: after it)", Y_TITLE)
        self._plot = self._widget.getPlotItem()
        self._plot.showGrid(x=False, y=True, alpha=0.15)
        self._vb = self._plot.getViewBox()
        self._vb.disableAutoRange()
        self._vb.setMouseEnabled(False, False)
        self._numbers = header_label(self, LABEL_PT)
        self._numbers.setObjectName("bound_numbers")
        self._numbers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._header)
        layout.addWidget(self._widget, 1)
        layout.addWidget(self._numbers)

        self._old = pg.PlotDataItem(pen=pen(OLD_BOUND_COLOUR, 2.5, Qt.PenStyle.DashLine),
                                    antialias=True)
        self._bound = pg.PlotDataItem(pen=pen(BOUND_COLOUR, 3.5), antialias=True)
        self._loglik = pg.PlotDataItem(pen=pen(LOGLIK_COLOUR, 3.5), antialias=True)
        self._kl = pg.PlotDataItem(connect="pairs", pen=pen(KL_COLOUR, 3))
        self._lift = pg.PlotDataItem(connect="pairs", pen=pen(BOUND_COLOUR, 3))
        self._lift_head = pg.ArrowItem(angle=-90, headLen=16, tipAngle=40, tailLen=0,
                                       brush=pg.mkBrush(BOUND_COLOUR), pen=NO_PEN)
        self._ends = (pg.InfiniteLine(angle=90, pen=pen((90, 90, 90, 140), 1.5,
                                                        Qt.PenStyle.DotLine)),
                      pg.InfiniteLine(angle=90, pen=pen((90, 90, 90, 140), 1.5,
                                                        Qt.PenStyle.DotLine)))
        self._dots = pg.ScatterPlotItem(size=11, symbol="o", pen=pen("w", 1.5))
        self._current = pg.ScatterPlotItem(size=26, symbol="o", brush=None,
                                           pen=pen(palette.CURRENT, 4.5))
        self._texts = {
            "t": self._text("θ"), "next": self._text("θ"),
            "kl": self._text("KL", KL_COLOUR), "lift": self._text("E-step", BOUND_COLOUR),
        }
        for z, item in enumerate((*self._ends, self._old, self._lift, self._bound, self._loglik,
                                  self._kl, self._dots, self._current)):
            item.setZValue(z)
            self._plot.addItem(item)
        self._lift_head.setZValue(20)
        self._plot.addItem(self._lift_head)
        for text in self._texts.values():
            text.setZValue(40)
            self._plot.addItem(text, ignoreBounds=True)
        self._ends[0].setValue(0.0)
        self._ends[1].setValue(1.0)
        self._points: tuple[object, Points] | None = None
        self._line_key: tuple | None = None
        self._line: core.BoundLine | None = None
        self._old_key: tuple | None = None
        self._old_values: np.ndarray | None = None

    @staticmethod
    def _text(text: str, colour: str | tuple = palette.FOREGROUND) -> pg.TextItem:
        item = pg.TextItem(text, color=colour, fill=pg.mkBrush(255, 255, 255, 200))
        item.setFont(font(LABEL_PT, bold=True))
        item.setVisible(False)
        return item

    # ---------------------------------------------------------------- accessors (tests)
    @property
    def line(self) -> core.BoundLine | None:
        """The step on screen (None before the first E-step)."""
        return self._line

    @property
    def old_bound(self) -> np.ndarray | None:
        """B_t-1 along the line, when shown (after an E-step in half-step mode)."""
        return self._old_values if self._old.isVisible() else None

    @property
    def loglik_item(self) -> pg.PlotDataItem:
        return self._loglik

    @property
    def bound_item(self) -> pg.PlotDataItem:
        return self._bound

    @property
    def old_bound_item(self) -> pg.PlotDataItem:
        return self._old

    @property
    def current_item(self) -> pg.ScatterPlotItem:
        return self._current

    @property
    def plot_item(self) -> pg.PlotItem:
        return self._plot

    @property
    def header_text(self) -> str:
        return self._header.text()

    @property
    def numbers_text(self) -> str:
        return self._numbers.text()

    # ---------------------------------------------------------------- drawing
    def draw(self, state: SessionState) -> None:
        snap = run_view.snapshot(state)
        j = snap.r_iteration
        theta_next = snap.step_next
        if j is None or theta_next is None or snap.r is None:
            self._line = None
            self._clear()
            self._header.setText(
                "<b>The lower bound</b><br>"
                f'<span style="font-size:{LABEL_PT - 1}pt">Step once: the E-step at θ₀ gives '
                "each point its responsibilities, and with them the lower bound B₀ that the "
                "M-step will climb.</span>")
            self._numbers.setText("")
            return
        path = snap.path
        theta_j = path[j]
        key = (snap.data_key, j, theta_j, theta_next)
        if key != self._line_key:
            if self._points is None or self._points[0] != snap.data_key:
                self._points = (snap.data_key, weighted_points(snap.x, core.BINS,
                                                               core.EXACT_UP_TO))
            self._line = core.compute(
                snap.x, theta_j, theta_next, snap.model, r=snap.r,
                loglik_t=snap.loglik_at(j), loglik_next=snap.loglik_at(j + 1),
                points=self._points[1],
            )
            self._line_key = key
        line = self._line
        assert line is not None
        lifted = snap.half_steps and snap.phase == "E" and j >= 1
        old = self._old_bound(snap, j, line) if lifted else None
        s_now = float(snap.iteration - j)
        if self._below_rounding(line):
            self._clear()
        else:
            self._draw_line(line, old, s_now, j)
        self._header.setText(self._header_html(snap, j, s_now, old is not None))
        self._numbers.setText(self._numbers_html(line, j, old))

    @staticmethod
    def _below_rounding(line: core.BoundLine) -> bool:
        """True when the step is so small that the curves would only draw rounding noise."""
        return abs(line.rise) <= TINY * max(1.0, abs(line.loglik_t))

    def _old_bound(self, snap: run_view.Snapshot, j: int, line: core.BoundLine) -> np.ndarray:
        """B_j-1 (the bound before this E-step) along the line of step j."""
        key = (self._line_key, "old")
        if key != self._old_key:
            floor = (snap.model.floor_for(spread(snap.x))
                     if snap.model.estimates_variance else 0.0)
            params = core.line_parameters(line.theta_t, line.theta_next, line.s, floor)
            sums = core.bound_sums(snap.x, snap.path[j - 1])
            self._old_values = core.bound_values(sums, *params)
            self._old_key = key
        assert self._old_values is not None
        return self._old_values

    def _clear(self) -> None:
        for item in (self._old, self._bound, self._loglik, self._kl, self._lift):
            item.setData([], [])
        self._dots.setData([], [])
        self._current.setData([], [])
        self._lift_head.setVisible(False)
        for text in self._texts.values():
            text.setVisible(False)

    def _draw_line(
        self, line: core.BoundLine, old: np.ndarray | None, s_now: float, j: int
    ) -> None:
        base = line.loglik_t
        curves = [line.loglik - base, line.bound - base]
        if old is not None:
            curves.append(old - base)
        finite = np.concatenate([c[np.isfinite(c)] for c in curves])
        lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (-1.0, 1.0)
        power = scale_of(max(hi - lo, abs(line.rise)))
        unit = 10.0 ** power
        title = Y_TITLE + (f"  (× 10{_sup(power)})" if power else "")
        self._plot.getAxis("left").setLabel(title, color=palette.FOREGROUND,
                                            **{"font-size": f"{LABEL_PT}pt"})

        def show(item: pg.PlotDataItem, values: np.ndarray) -> None:
            ok = np.isfinite(values)
            item.setData(line.s[ok], values[ok] / unit)

        show(self._loglik, curves[0])
        show(self._bound, curves[1])
        if old is not None:
            show(self._old, curves[2])
            self._old.setVisible(True)
            b_old = float(old[np.flatnonzero(line.s == 0.0)[0]] - base) / unit
            self._lift.setData([0.0, 0.0], [b_old, 0.0])
            self._lift.setVisible(True)
            self._lift_head.setPos(0.0, 0.0)
            self._lift_head.setVisible(True)
        else:
            self._old.setVisible(False)
            self._lift.setVisible(False)
            self._lift_head.setVisible(False)
        top_l = (line.loglik_next - base) / unit
        top_b = (line.bound_next - base) / unit
        self._kl.setData([1.0, 1.0], [top_b, top_l])
        self._dots.setData(
            [0.0, 1.0, 1.0], [0.0, top_b, top_l],
            brush=[pg.mkBrush(LOGLIK_COLOUR), pg.mkBrush(BOUND_COLOUR),
                   pg.mkBrush(LOGLIK_COLOUR)],
        )
        y_now = 0.0 if s_now == 0.0 else top_l
        self._current.setData([s_now], [y_now])
        y_lo, y_hi = finite_range(lo / unit, hi / unit, pad=0.08)
        self._vb.setRange(xRange=(line.s[0], line.s[-1]), yRange=(y_lo, y_hi), padding=0.02)
        span = y_hi - y_lo
        self._label("t", f"θ{sub(j)}", 0.0, y_lo + 0.02 * span, (0.5, 1.0))
        self._label("next", f"θ{sub(j + 1)}", 1.0, y_lo + 0.02 * span, (0.5, 1.0))
        gap_px = abs(top_l - top_b) / span if span > 0 else 0.0
        self._label("kl", "KL", 1.0, 0.5 * (top_l + top_b), (-0.15, 0.5),
                    visible=gap_px > 0.02)
        if old is not None:
            self._label("lift", "E-step", 0.0, 0.5 * b_old, (1.1, 0.5))
        else:
            self._texts["lift"].setVisible(False)

    def _label(self, key: str, text: str, x: float, y: float, anchor: tuple[float, float],
               visible: bool = True) -> None:
        item = self._texts[key]
        item.setText(text)
        item.setAnchor(anchor)
        item.setPos(x, y)
        item.setVisible(visible)

    # ---------------------------------------------------------------- texts
    def _header_html(self, snap: run_view.Snapshot, j: int, s_now: float, lifted: bool) -> str:
        t, t1 = sub(j), sub(j + 1)
        key = (f"{swatch(LOGLIK_COLOUR)} log L&nbsp;&nbsp; {swatch(BOUND_COLOUR)} B{t}, the "
               f"bound made of the responsibilities at θ{t}")
        if lifted:
            key += f"&nbsp;&nbsp; {swatch('#7fcdb5', dashed=True)} B{sub(j - 1)}, before"
        if not snap.half_steps:
            what = (f"After the E-step at θ{t} the bound B{t} touches log L at s = 0; the "
                    f"M-step goes to the top of B{t}, θ{t1} at s = 1.")
        elif s_now == 0.0:
            what = (f"The E-step lifted the bound to touch log L at θ{t}"
                    + (f" (B{sub(j - 1)} lay below it there)" if lifted else "")
                    + f"; the M-step will climb B{t} to s = 1.")
        else:
            what = (f"The M-step climbed B{t} to its top, θ{t1} at s = 1; log L rose at "
                    f"least as much. The next E-step lifts the bound again.")
        title = f"<b>The lower bound</b> for the step θ{t} → θ{t1}"
        return (f"{title}<br><span style=\"font-size:{LABEL_PT - 1}pt\">{what}<br>"
                f"{key}</span>")

    def _numbers_html(self, line: core.BoundLine, j: int, old: np.ndarray | None) -> str:
        t, t1 = sub(j), sub(j + 1)
        if not line.moved or self._below_rounding(line):
            return (f"θ{t1} = θ{t} up to rounding: EM no longer moves (log L rose by "
                    f"{amount(line.rise)}), so there is no climb left to draw; log L(θ{t}) = "
                    f"{number(line.loglik_t, 4)} = B{t}(θ{t}).")
        gap = line.gap
        rows = [
            (f"log L(θ{t}) = B{t}(θ{t}) = {number(line.loglik_t, 4)}",
             f"they touch (difference {size(abs(line.touch))})"),
            (f"B{t}(θ{t1}) = {number(line.bound_next, 4)}",
             f"the M-step climbed B{t} by {amount(line.climb)}; on the line B{t} is highest "
             f"at s = {line.best_s:.2f}"),
            (f"log L(θ{t1}) = {number(line.loglik_next, 4)}",
             f"log L rose by {amount(line.rise)} ≥ {amount(line.climb)}"),
            (coloured("KL", KL_COLOUR) + f" = log L(θ{t1}) − B{t}(θ{t1}) = {size(gap)}",
             f"= Σᵢ KL(rᵢ ‖ p(z | xᵢ, θ{t1})) = {size(line.kl)}, summed point by point"),
        ]
        if old is not None:
            b_old = float(old[np.flatnonzero(line.s == 0.0)[0]])
            rows.append((f"E-step lift = {size(line.loglik_t - b_old)}",
                         f"it lifted the bound at θ{t} by the last step's KL, to touch log L"))
        if line.binned:
            rows.append(("", f"log L on the line: the {line.n:,} points in {core.BINS} bins "
                             "(two weighted points each), exact at s = 0 and 1; B and KL: "
                             "every point"))
        cells = "".join(
            f'<tr><td style="padding-right:14px; white-space:nowrap">{a}</td>'
            f'<td style="font-size:{LABEL_PT - 1}pt">{b}</td></tr>' for a, b in rows
        )
        return f"<table cellspacing=0 cellpadding=1>{cells}</table>"


def _sup(power: int) -> str:
    return str(power).translate(str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"))
