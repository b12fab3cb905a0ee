"""Restyle what is on screen for a new :class:`~emgui.gui.look.Look`: zoom and high contrast.

Qt widgets follow the application's font and palette by themselves; the few with a font of
their own (headers, the table, the banner) are scaled here. pyqtgraph draws with pens, symbol
sizes and tick lengths that Qt knows nothing of: every plot item is visited and given its
widths and sizes at the new zoom. A plot item remembers, in ``_look_book``, the value it was
made with at 100 % and the value it was given, so zooming in and out never drifts, and a value
that code changed since (a new pen) is taken as the new 100 % one.

Fonts are made at the current zoom (:func:`emgui.gui.look.points`), so a font is scaled by
the ratio of the new zoom to the old; lengths are made at 100 % and scaled from there. Views
need not know any of this; a widget that sizes itself from its font may offer ``refit()``,
called after every change.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOptionGroupBox,
    QWidget,
)

# isort: split
# PySide6 is imported before pyqtgraph so that pyqtgraph binds to it.
import pyqtgraph as pg

from emgui.gui import look
from emgui.gui.look import Look

#: QFont's resolve-mask bit for an explicitly set size.
_SIZE_RESOLVED = 0x0002
#: Text colour of the high-contrast palette, and the colour of what is disabled in it (dark
#: enough to read, still unlike enabled text).
HC_TEXT = "#000000"
HC_DISABLED = "#4A4A4A"
HC_HIGHLIGHT = "#0B3D91"

# The application's own font and palette at 100 %, kept while another look is shown.
_base_font: QFont | None = None
_base_palette: QPalette | None = None


class Appearance(QObject):
    """Changes the look of the whole application; ``changed(look)`` once it is drawn."""

    changed = Signal(object)

    def set_look(self, new: Look) -> None:
        """Draw everything with new (fonts, palette, every plot's pens and sizes)."""
        old = look.current()
        if new == old:
            return
        apply_look(new, old)
        self.changed.emit(new)

    def catch_up(self, widgets: Iterable[QWidget] | None = None) -> None:
        """Scale plot items made since the last change (they were made at 100 %)."""
        if not look.current().is_default:
            restyle_plots(look.current(), 1.0, widgets)


#: Pixel metrics of the style that grow with the zoom: the handles, boxes and icons one aims
#: at and reads (layout margins, spacings and scroll bars stay, so a zoomed window keeps its
#: room for what it shows).
SCALED_METRICS = frozenset({
    QStyle.PixelMetric.PM_SliderLength, QStyle.PixelMetric.PM_SliderThickness,
    QStyle.PixelMetric.PM_SliderControlThickness, QStyle.PixelMetric.PM_SliderTickmarkOffset,
    QStyle.PixelMetric.PM_IndicatorWidth, QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
    QStyle.PixelMetric.PM_SmallIconSize, QStyle.PixelMetric.PM_ButtonIconSize,
    QStyle.PixelMetric.PM_TabBarIconSize, QStyle.PixelMetric.PM_ListViewIconSize,
    QStyle.PixelMetric.PM_MenuButtonIndicator, QStyle.PixelMetric.PM_SplitterWidth,
    QStyle.PixelMetric.PM_ToolBarIconSize, QStyle.PixelMetric.PM_FocusFrameHMargin,
})


class ZoomStyle(QProxyStyle):
    """The application's style at a zoom: handles, check boxes, scroll bars and icons scaled.

    Also gives a group box's title room for its last letter: Fusion sizes the title by its
    ink and draws it from the left bearing on, so the last glyph of a short title ("Data")
    loses a pixel or more once the text is large. Installed only while the look is not the
    default one, so the 100 % window is drawn by the plain style.
    """

    def __init__(self, base: QStyle, zoom: float) -> None:
        super().__init__(base)
        self.zoom = zoom

    def pixelMetric(self, metric, option=None, widget=None):  # type: ignore[override]
        value = super().pixelMetric(metric, option, widget)
        if metric in SCALED_METRICS and value > 0:
            return max(1, round(value * self.zoom))
        return value

    def subControlRect(self, control, option, sub, widget=None):  # type: ignore[override]
        rect = super().subControlRect(control, option, sub, widget)
        if (control == QStyle.ComplexControl.CC_GroupBox
                and sub == QStyle.SubControl.SC_GroupBoxLabel
                and isinstance(option, QStyleOptionGroupBox) and option.text):
            text = option.text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            need = option.fontMetrics.horizontalAdvance(text) + 1
            if rect.width() < need:
                rect.setWidth(need)
        return rect


_base_style: str | None = None


def _set_style(new: Look) -> None:
    """The zoom style for a look other than the default, the application's own for it."""
    global _base_style
    current = QApplication.style()
    if new.is_default:
        if _base_style is not None and isinstance(current, ZoomStyle):
            QApplication.setStyle(QStyleFactory.create(_base_style))
        _base_style = None
        return
    if isinstance(current, ZoomStyle):
        if current.zoom != new.scale:
            current.zoom = new.scale
            _repolish()
        return
    _base_style = current.name()
    QApplication.setStyle(ZoomStyle(QStyleFactory.create(_base_style), new.scale))


def _repolish() -> None:
    """Every widget measured again with the style's new metrics."""
    style = QApplication.style()
    for widget in QApplication.allWidgets():
        style.unpolish(widget)
        style.polish(widget)
        widget.updateGeometry()
        widget.update()


def apply_look(new: Look, old: Look | None = None) -> None:
    """Make new the current look and restyle every widget and plot of the application."""
    global _base_font, _base_palette
    old = look.current() if old is None else old
    app = QApplication.instance()
    ratio = new.scale / old.scale
    # Sizes of widgets with their own font, read before anything changes (a child that takes
    # its parent's size is given its own, the same: no widget is scaled twice).
    own = [(w, w.font()) for w in QApplication.allWidgets() if _has_own_size(w)]
    look.set_current(new)
    if app is not None:
        if _base_font is None:
            _base_font = QFont(QApplication.font())
            _base_palette = QPalette(QApplication.palette())
        _set_style(new)  # first: a new style puts the palette back to its own
        font = QFont(_base_font)
        if _base_font.pointSizeF() > 0:
            font.setPointSizeF(_base_font.pointSizeF() * new.scale)
        QApplication.setFont(font)
        assert _base_palette is not None
        QApplication.setPalette(
            high_contrast_palette(_base_palette) if new.high_contrast else _base_palette
        )
        for widget in QApplication.allWidgets():  # a style sheet keeps the font it had
            if widget.styleSheet():
                widget.setStyleSheet(widget.styleSheet())
    if ratio != 1.0:
        for widget, font in own:
            scaled = QFont(font)
            scaled.setPointSizeF(font.pointSizeF() * ratio)
            widget.setFont(scaled)
    restyle_plots(new, ratio)
    for widget in QApplication.allWidgets():
        refit = getattr(widget, "refit", None)
        if callable(refit):
            refit()
    if new.is_default and app is not None:
        _base_font = _base_palette = None  # back to the application's own: nothing kept


def reset_look() -> None:
    """Back to 100 % without high contrast (a closing window, a finished test)."""
    if not look.current().is_default:
        apply_look(Look(), look.current())


def _has_own_size(widget: QWidget) -> bool:
    return bool(
        widget.testAttribute(Qt.WidgetAttribute.WA_SetFont)
        and widget.font().resolveMask() & _SIZE_RESOLVED
        and widget.font().pointSizeF() > 0
    )


def high_contrast_palette(base: QPalette) -> QPalette:
    """Black text on white, dark frames, no light grey text (washed-out projectors)."""
    pal = QPalette(base)
    white, black = QColor("#FFFFFF"), QColor(HC_TEXT)
    R = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role in (R.Window, R.Base, R.Button, R.ToolTipBase, R.Light, R.Midlight):
            pal.setColor(group, role, white)
        for role in (R.WindowText, R.Text, R.ButtonText, R.ToolTipText, R.BrightText):
            pal.setColor(group, role, black)
        pal.setColor(group, R.AlternateBase, QColor("#EEF2F7"))
        pal.setColor(group, R.Mid, QColor("#555555"))
        pal.setColor(group, R.Dark, QColor("#333333"))
        pal.setColor(group, R.Shadow, black)
        pal.setColor(group, R.PlaceholderText, QColor(HC_DISABLED))
        pal.setColor(group, R.Highlight, QColor(HC_HIGHLIGHT))
        pal.setColor(group, R.HighlightedText, white)
        pal.setColor(group, R.Link, QColor(HC_HIGHLIGHT))
    disabled = QPalette.ColorGroup.Disabled
    for role in (R.WindowText, R.Text, R.ButtonText):
        pal.setColor(disabled, role, QColor(HC_DISABLED))
    for role in (R.Window, R.Base, R.Button):
        pal.setColor(disabled, role, white)
    return pal


# ---------------------------------------------------------------- plots
def plot_views(widgets: Iterable[QWidget] | None = None) -> list[pg.GraphicsView]:
    pool = QApplication.allWidgets() if widgets is None else widgets
    return [w for w in pool if isinstance(w, pg.GraphicsView)]


def restyle_plots(new: Look, ratio: float, widgets: Iterable[QWidget] | None = None) -> None:
    """Every item of every pyqtgraph view: lengths at the new look, fonts times ratio."""
    for view in plot_views(widgets):
        scene = view.scene()
        if scene is None:
            continue
        for item in scene.items():
            restyle_item(item, new, ratio)


def restyle_item(item: Any, new: Look, ratio: float) -> None:
    """One plot item (the parts of a PlotDataItem are styled through it)."""
    if isinstance(item, pg.PlotDataItem):
        _restyle_data_item(item, new)
    elif isinstance(item, pg.ScatterPlotItem | pg.PlotCurveItem):
        if isinstance(item.parentItem(), pg.PlotDataItem):
            return
        if isinstance(item, pg.ScatterPlotItem):
            _restyle_scatter(item, new)
        else:
            pen = _pen(item, "pen", item.opts["pen"], new)
            if pen is not None:
                item.setPen(pen)
    elif isinstance(item, pg.InfiniteLine):
        _restyle_line(item, new)
    elif isinstance(item, pg.AxisItem):
        _restyle_axis(item, new, ratio)
    elif isinstance(item, pg.TextItem):
        if ratio != 1.0:
            font = item.textItem.font()
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * ratio)
                item.setFont(font)
    elif isinstance(item, pg.LabelItem):
        size = item.opts.get("size")
        if ratio != 1.0 and isinstance(size, str) and size.endswith("pt"):
            item.setText(item.text, size=f"{float(size[:-2]) * ratio:g}pt")


# ---------------------------------------------------------------- bookkeeping
def _book(item: Any) -> dict[str, tuple[Any, Any]]:
    book = getattr(item, "_look_book", None)
    if book is None:
        book = {}
        item._look_book = book
    return book


def _base(item: Any, key: str, current: Any) -> Any:
    """The value at 100 %: the one recorded, unless code set another value since."""
    entry = _book(item).get(key)
    if entry is None or not _same(entry[1], current):
        return _copy(current)
    return entry[0]


def _record(item: Any, key: str, base: Any, applied: Any) -> Any:
    _book(item)[key] = (base, _copy(applied))
    return applied


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, QPen) and isinstance(b, QPen):
        return a == b and a.color() == b.color() and a.widthF() == b.widthF()
    if isinstance(a, QBrush) and isinstance(b, QBrush):
        return a.color() == b.color() and a.style() == b.style()
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return list(a) == list(b)
    return a == b


def _copy(value: Any) -> Any:
    if isinstance(value, QPen):
        return QPen(value)
    if isinstance(value, QBrush):
        return QBrush(value)
    if isinstance(value, list):
        return list(value)
    return value


def _rgba(colour: QColor) -> tuple[int, int, int, int]:
    return colour.red(), colour.green(), colour.blue(), colour.alpha()


def _contrast(colour: QColor, new: Look, role: str) -> QColor:
    if not new.high_contrast:
        return QColor(colour)
    return QColor(*look.contrast_rgba(_rgba(colour), role))


def _pen(item: Any, key: str, current: Any, new: Look, role: str = "line") -> QPen | None:
    """The pen for new, from the item's pen at 100 % (None: nothing to change)."""
    if not isinstance(current, QPen):
        return None
    base = _base(item, key, current)
    if base.style() == Qt.PenStyle.NoPen:
        return None
    pen = QPen(base)
    width = base.widthF() if base.widthF() > 0 else 1.0
    pen.setWidthF(width * new.line_scale)
    pen.setColor(_contrast(base.color(), new, role))
    return _record(item, key, base, pen)


def _brush(item: Any, key: str, current: Any, new: Look, role: str) -> QBrush | None:
    if not isinstance(current, QBrush) or current.style() == Qt.BrushStyle.NoBrush:
        return None
    base = _base(item, key, current)
    brush = QBrush(base)
    brush.setColor(_contrast(base.color(), new, role))
    return _record(item, key, base, brush)


def _size(item: Any, key: str, current: Any, new: Look) -> float | None:
    if not isinstance(current, int | float) or isinstance(current, bool) or current <= 0:
        return None
    base = _base(item, key, current)
    return _record(item, key, base, max(1, round(base * new.scale)))


# ---------------------------------------------------------------- item kinds
def _restyle_data_item(item: pg.PlotDataItem, new: Look) -> None:
    opts = item.opts
    pen = _pen(item, "pen", opts.get("pen"), new)
    if pen is not None:
        item.setPen(pen)
    symbol_pen = _pen(item, "symbolPen", opts.get("symbolPen"), new)
    if symbol_pen is not None:
        item.setSymbolPen(symbol_pen)
    symbol_brush = _brush(item, "symbolBrush", opts.get("symbolBrush"), new, "mark")
    if symbol_brush is not None:
        item.setSymbolBrush(symbol_brush)
    size = _size(item, "symbolSize", opts.get("symbolSize"), new)
    if size is not None and size != opts.get("symbolSize"):
        item.setSymbolSize(size)
    fill = _brush(item, "fillBrush", opts.get("fillBrush"), new, "fill")
    if fill is not None:
        item.setFillBrush(fill)


def _restyle_scatter(item: pg.ScatterPlotItem, new: Look) -> None:
    opts = item.opts
    size = _size(item, "size", opts.get("size"), new)
    pen = _pen(item, "pen", opts.get("pen"), new)
    brush = _brush(item, "brush", opts.get("brush"), new, "mark")
    # Brushes of single points (the marks' colour table): greys darkened in place, so the
    # view's own table gives the new colour at its next recolouring too.
    shared = [b for b in getattr(item, "_palette", ()) if isinstance(b, QBrush)]
    data = getattr(item, "data", None)
    if data is not None and len(data) and "brush" in data.dtype.names:
        shared += [b for b in data["brush"] if isinstance(b, QBrush)]
    for point_brush in {id(b): b for b in shared}.values():
        base = getattr(point_brush, "_look_base_colour", None)
        if base is None:
            base = QColor(point_brush.color())
            point_brush._look_base_colour = base
        colour = _contrast(base, new, "mark")
        if colour != point_brush.color():
            point_brush.setColor(colour)
    # The symbol atlas keys its pictures by pen and brush objects: start it afresh.
    item.fragmentAtlas.clear()
    if pen is not None:
        item.setPen(pen, update=False)
    if brush is not None:
        item.setBrush(brush, update=False)
    item.setSize(size if size is not None else opts.get("size"), update=False)
    if data is not None and len(data):
        data["sourceRect"] = 0
    item.updateSpots()
    item.invalidate()


def _restyle_line(item: pg.InfiniteLine, new: Look) -> None:
    hovering = item.currentPen is item.hoverPen
    pen = _pen(item, "pen", item.pen, new)
    if pen is not None:
        item.setPen(pen)
    hover = _pen(item, "hoverPen", item.hoverPen, new)
    if hover is not None:
        item.setHoverPen(hover)
    item.currentPen = item.hoverPen if hovering else item.pen
    item.update()


def _restyle_axis(axis: pg.AxisItem, new: Look, ratio: float) -> None:
    pen = _pen(axis, "pen", axis.pen(), new)
    if pen is not None:
        axis.setPen(pen)
    style = axis.style
    tick = _base(axis, "tickLength", style["tickLength"])
    style["tickLength"] = _record(axis, "tickLength", tick, round(tick * new.scale))
    offset = _base(axis, "tickTextOffset", list(style["tickTextOffset"]))
    style["tickTextOffset"] = _record(
        axis, "tickTextOffset", offset, [round(v * new.scale) for v in offset]
    )
    for key in ("tickTextWidth", "tickTextHeight"):
        base = _base(axis, key, style[key])
        style[key] = _record(axis, key, base, round(base * new.scale))
    if ratio != 1.0 and isinstance(style.get("tickFont"), QFont):
        tick_font = QFont(style["tickFont"])
        if tick_font.pointSizeF() > 0:
            tick_font.setPointSizeF(tick_font.pointSizeF() * ratio)
            style["tickFont"] = tick_font
    if axis.grid is not False:
        grid = _base(axis, "grid", axis.grid)
        shown = max(grid, look.HIGH_CONTRAST_GRID) if new.high_contrast else grid
        axis.grid = _record(axis, "grid", grid, shown)
    if axis.fixedWidth is not None:
        width = _base(axis, "fixedWidth", axis.fixedWidth)
        axis.setWidth(_record(axis, "fixedWidth", width, round(width * new.scale)))
    if axis.fixedHeight is not None:
        height = _base(axis, "fixedHeight", axis.fixedHeight)
        axis.setHeight(_record(axis, "fixedHeight", height, round(height * new.scale)))
    size = axis.labelStyle.get("font-size")
    if ratio != 1.0 and isinstance(size, str) and size.endswith("pt"):
        style_args = dict(axis.labelStyle)
        style_args["font-size"] = f"{float(size[:-2]) * ratio:g}pt"
        axis.setLabel(axis.labelText, axis.labelUnits, axis.labelUnitPrefix, **style_args)
        axis.resizeEvent()
    axis._adjustSize()
    axis.picture = None
    axis.update()
