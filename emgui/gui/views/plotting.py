"""Shared pyqtgraph setup for the views: white plots, projector-sized fonts, one pen helper.

Nothing here touches pyqtgraph's global configuration, so styling one view never changes
another engineer's widgets; every plot is styled explicitly when it is made.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem, QLabel, QWidget

# isort: split
# PySide6 is imported before pyqtgraph so that pyqtgraph binds to it.
import pyqtgraph as pg

from emgui.gui import look, palette
from emgui.gui.i18n import localized

#: Point sizes for a projected wall: tick labels, axis titles, plot titles.
TICK_PT = 11
LABEL_PT = 12
TITLE_PT = 13
#: Text colour of labels outside the plots (near-black, like the axes).
TEXT = "#111111"


def font(points: float, bold: bool = False) -> QFont:
    """The application font at a size given at 100 % (keeps the platform family), zoomed."""
    f = QFont()
    f.setPointSizeF(look.points(points))
    f.setBold(bold)
    return f


def pen(
    colour: str | tuple[int, ...],
    width: float = palette.CURVE_WIDTH,
    style: Qt.PenStyle = Qt.PenStyle.SolidLine,
) -> QPen:
    """A cosmetic pen (width in pixels whatever the zoom), round caps for smooth curves."""
    p = pg.mkPen(colour, width=width, style=style)
    p.setCosmetic(True)
    p.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return p


def curve_pen(
    colour: str | tuple[int, ...],
    width: float = palette.CURVE_WIDTH,
    style: Qt.PenStyle = Qt.PenStyle.SolidLine,
) -> QPen:
    """A cosmetic pen for a long smooth curve (a density): bevel joins and flat caps.

    Between the short, nearly straight segments of a smooth curve they look just like round
    ones, and an antialiased stroke of a 200-point curve takes about half the time (the data
    plot draws three such curves at every frame of a run).
    """
    p = pen(colour, width, style)
    p.setCapStyle(Qt.PenCapStyle.FlatCap)
    p.setJoinStyle(Qt.PenJoinStyle.BevelJoin)
    return p


#: Marks the extra tick level that carries row names instead of numbers.
_ROW_LEVEL = -1.0


class DensityAxis(pg.AxisItem):
    """A left axis that labels only values >= 0 and names the rows of marks under the axis.

    The marks below y = 0 are not densities, so negative numbers would mislead; instead each
    row is named ("Z = 1", "r(x)") in the axis margin, where no label can cover data.
    """

    def __init__(self, orientation: str = "left", **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self._rows: dict[float, str] = {}

    def set_row_labels(self, rows: dict[float, str]) -> None:
        """Name positions under the axis; an empty dict removes the names."""
        self._rows = dict(rows)
        self.picture = None
        self.update()

    @property
    def row_labels(self) -> dict[float, str]:
        return dict(self._rows)

    def tickValues(self, minVal: float, maxVal: float, size: float):
        levels = super().tickValues(minVal, maxVal, size)
        levels = [(spacing, [v for v in values if v >= -1e-12]) for spacing, values in levels]
        rows = sorted(v for v in self._rows if minVal <= v <= maxVal)
        if rows:
            # A row's name and a number closer than one line of text would be drawn over each
            # other ("r(x)" on "0"): the name wins, the number is left out.
            per_unit = size / (maxVal - minVal) if maxVal > minVal else 0.0
            room = self._text_height()
            levels = [
                (spacing, [v for v in values
                           if all(abs(v - row) * per_unit >= room for row in rows)])
                for spacing, values in levels
            ]
            levels.insert(0, (_ROW_LEVEL, rows))
        return levels

    def _text_height(self) -> float:
        tick_font = self.style.get("tickFont") or self.font()
        return float(QFontMetricsF(tick_font).height())

    def tickStrings(self, values, scale, spacing):
        if spacing == _ROW_LEVEL:
            return [self._rows.get(v, "") for v in values]
        return super().tickStrings(values, scale, spacing)


def style_axis(axis: pg.AxisItem, title: str) -> None:
    """Black ticks and a readable title on one axis."""
    axis.setPen(pg.mkPen(palette.FOREGROUND, width=1))
    axis.setTextPen(pg.mkPen(palette.FOREGROUND))
    axis.setStyle(tickFont=font(TICK_PT), tickTextOffset=6)
    axis.enableAutoSIPrefix(False)
    axis.setLabel(title, color=palette.FOREGROUND, **{"font-size": css_points(LABEL_PT)})
    # Ticks, labels and grid change only when the range does: paint them from a cached pixmap
    # instead of replaying every line and glyph at each frame of a run.
    axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def fit_axis_title(axis: pg.AxisItem, titles: tuple[str, ...]) -> None:
    """Keep an axis title whole when its plot gets short: smaller type, then a shorter title.

    The first title that fits along the axis at 12, 11 or 10 pt is used; a clipped title
    ("observed-data log likeliho") reads as a bug on a projected wall.
    """

    axis.fit_titles = titles  # type: ignore[attr-defined]  # a view may change them later

    def refit() -> None:
        length = axis.geometry().height() if axis.orientation in ("left", "right") else (
            axis.geometry().width())
        if length <= 0:
            return
        titles = axis.fit_titles  # type: ignore[attr-defined]
        for title in titles:
            for points in (LABEL_PT, LABEL_PT - 1, LABEL_PT - 2):
                if QFontMetricsF(font(points)).horizontalAdvance(title) + 8 <= length:
                    _set_title(axis, title, points)
                    return
        _set_title(axis, titles[-1], LABEL_PT - 2)

    axis.refit_title = refit  # type: ignore[attr-defined]
    axis.geometryChanged.connect(refit)
    refit()


def css_points(points: float) -> str:
    """A font size given at 100 %, zoomed, for pyqtgraph's rich-text labels ('12pt')."""
    return f"{look.points(points):g}pt"


def _set_title(axis: pg.AxisItem, title: str, points: float) -> None:
    size = css_points(points)
    if axis.labelText != title or axis.labelStyle.get("font-size") != size:
        axis.setLabel(title, color=palette.FOREGROUND, **{"font-size": size})
        axis.resizeEvent()  # re-centres the new title along the axis


def axis_titles(plot: pg.PlotItem, x_title: str, y_title: str) -> None:
    """Give a plot its two axis titles in the shared style."""
    style_axis(plot.getAxis("bottom"), x_title)
    style_axis(plot.getAxis("left"), y_title)


def style_plot(plot: pg.PlotItem, title: str | None, x_title: str, y_title: str) -> None:
    """Title, axis titles, light horizontal grid lines and no context-menu clutter."""
    if title:
        plot.setTitle(title, color=palette.FOREGROUND, size=css_points(TITLE_PT))
    axis_titles(plot, x_title, y_title)
    for name in ("left", "bottom"):
        localize_ticks(plot.getAxis(name))
    # Horizontal grid lines only: they help read values off the y axis; vertical ones cost a
    # second plot-sized layer per frame and say little (the markers carry the x values).
    plot.showGrid(x=False, y=True, alpha=0.15)
    plot.setMenuEnabled(False)
    plot.hideButtons()


def localize_ticks(axis: pg.AxisItem) -> None:
    """Tick numbers with the chosen language's decimal separator (0,5 in German)."""
    if getattr(axis, "_localized_ticks", False):
        return
    plain = axis.tickStrings

    def tick_strings(values, scale, spacing):
        return [localized(text) for text in plain(values, scale, spacing)]

    axis.tickStrings = tick_strings
    axis._localized_ticks = True


def make_plot_widget(
    title: str | None, x_title: str, y_title: str, left_axis: pg.AxisItem | None = None
) -> pg.PlotWidget:
    """A white PlotWidget styled for projection."""
    axis_items = {"left": left_axis} if left_axis is not None else None
    widget = pg.PlotWidget(background=palette.BACKGROUND, axisItems=axis_items)
    style_plot(widget.getPlotItem(), title, x_title, y_title)
    return widget


def header_label(parent: QWidget | None = None, points: float = TITLE_PT) -> QLabel:
    """A rich-text label on white, used for titles with live values and for colour keys."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setFont(font(points))
    label.setContentsMargins(8, 2, 8, 2)
    label.setWordWrap(True)
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    label.setPalette(pal)
    return label


def white_background(widget: QWidget) -> None:
    """Paint a container white so labels and plots read as one panel."""
    pal = widget.palette()
    pal.setColor(QPalette.ColorRole.Window, QColor("white"))
    widget.setPalette(pal)
    widget.setAutoFillBackground(True)


def swatch(colour: str, dashed: bool = False) -> str:
    """Rich text for a short line in a colour, as used in the keys above the plots."""
    glyph = "╍╍" if dashed else "━━"
    return f'<span style="color:{colour}; font-weight:bold">{glyph}</span>'


def coloured(text: str, colour: str, bold: bool = True) -> str:
    weight = "bold" if bold else "normal"
    return f'<span style="color:{colour}; font-weight:{weight}">{text}</span>'


def signed(value: float, digits: int) -> str:
    """'+0.032' or '−0.032' with a real minus sign; '' for a value that is not finite."""
    if not math.isfinite(value):
        return ""
    text = f"{value:+.{digits}f}"
    return text.replace("-", "−")


def number(value: float, digits: int) -> str:
    """A fixed-point number with a typographic minus sign (reads better on a wall)."""
    if not math.isfinite(value):
        return "—"
    return localized(f"{value:.{digits}f}".replace("-", "−"))


def finite_range(
    lo: float, hi: float, pad: float = 0.05, min_span: float = 1e-9
) -> tuple[float, float]:
    """A padded range that is never empty, never NaN."""
    if not (math.isfinite(lo) and math.isfinite(hi)):
        return (0.0, 1.0)
    if hi < lo:
        lo, hi = hi, lo
    span = max(hi - lo, min_span, 1e-12 * max(abs(lo), abs(hi)))
    if hi - lo < span:
        mid = 0.5 * (lo + hi)
        lo, hi = mid - span / 2, mid + span / 2
    return (lo - pad * span, hi + pad * span)
