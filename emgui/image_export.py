"""Pictures of a view or of the whole window, as PNG and SVG, at a size that prints well.

Why Qt renders the view widget rather than pyqtgraph's exporters drawing its PlotItem:

* a view is more than its plot: the data view's key (which colour is which component, what the
  marks mean) and the trace views' headers (the current values) live in labels around the plot,
  and a printed figure without them cannot be read;
* pyqtgraph 0.14's SVGExporter fails on the closed paths Qt 6.11 writes ("Z" in path data).

``QWidget.render`` redraws the scene through the given painter, so a PNG rendered at twice the
size is sharp (not an enlarged screenshot) and the SVG holds vector lines and real text. Files
are written atomically, like every other file the app writes.

This module is imported when the user first exports a picture, not at start-up; QtSvg (a
library of its own) is loaded only for an SVG.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QWidget

# isort: split
# PySide6 is imported before pyqtgraph so that pyqtgraph binds to it.
import pyqtgraph as pg

__all__ = ["FORMATS", "PRINT_WIDTH", "WINDOW_SCALE", "export_view", "export_widget", "widget_of"]

FORMATS = (".png", ".svg")
#: Width in pixels of an exported view: sharp on a printed A4 page and on a projector.
PRINT_WIDTH = 1600
#: The window is rendered at twice its size on screen.
WINDOW_SCALE = 2.0


def _suffix(path: str | os.PathLike[str]) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"a picture is saved as .png or .svg, not as “{Path(path).name}”")
    return suffix


def widget_of(view: object) -> QWidget:
    """The widget that shows a view: the view itself, or the plot widget of a bare PlotItem."""
    if isinstance(view, QWidget):
        return view
    if isinstance(view, pg.GraphicsObject | pg.GraphicsWidget):
        scene = view.scene()
        if scene is not None and scene.views():
            return scene.views()[0]
    raise TypeError(f"cannot draw {type(view).__name__} as a picture")


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("the picture could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())


def _write(path: str | os.PathLike[str], payload: bytes) -> None:
    from emgui.sessionfile import atomic_write

    with atomic_write(path, binary=True) as handle:
        handle.write(payload)


def export_view(view: object, path: str | os.PathLike[str], width: int = PRINT_WIDTH) -> None:
    """Save one view as PNG (``width`` pixels wide) or SVG, chosen by the file's suffix."""
    widget = widget_of(view)
    export_widget(widget, path, scale=max(1.0, width / max(1, widget.width())))


def export_widget(
    widget: QWidget, path: str | os.PathLike[str], scale: float = WINDOW_SCALE
) -> None:
    """Save a widget (a view, the whole window) as PNG at ``scale`` times its size, or as SVG."""
    suffix = _suffix(path)
    size = widget.size()
    if size.isEmpty():
        raise ValueError("there is nothing on screen to draw yet")
    if suffix == ".png":
        _write(path, _png_bytes(_render_image(widget, size, scale)))
    else:
        _write(path, _render_svg(widget, size))


def _render(widget: QWidget, painter: QPainter, scale: float = 1.0) -> None:
    """Draw widget through painter with its plots in pyqtgraph's export mode.

    Export mode is what pyqtgraph's own exporters switch on: scatter marks are drawn one by one
    as vector shapes instead of being copied from a screen-resolution pixmap atlas (which an SVG
    cannot hold and a 2x image would blur), and plot buttons are hidden. QWidget.render is
    called as such because a QGraphicsView's own render() would draw only its scene.
    """
    views = widget.findChildren(pg.GraphicsView)
    if isinstance(widget, pg.GraphicsView):
        views.append(widget)
    items = [
        item
        for view in views
        for item in view.scene().items()
        if isinstance(item, pg.GraphicsItem)
    ]
    opts = {"antialias": True, "background": QColor(Qt.GlobalColor.white), "painter": painter,
            "resolutionScale": 1.0}
    restore = _thicken(items, scale)
    try:
        for item in items:
            item.setExportMode(True, opts)
        QWidget.render(widget, painter, QPoint(0, 0))
    finally:
        for item in items:
            item.setExportMode(False)
        for undo in restore:
            undo()


def _thicken(items: list[QGraphicsItem], scale: float) -> list[Callable[[], None]]:
    """Widen the curves' cosmetic pens by ``scale`` for a picture drawn at ``scale`` times.

    A cosmetic pen is as wide in *device* pixels whatever the painter's scale, so on a 2x image
    the curves would come out half as thick as on screen. Returns the undo steps.
    """
    if scale == 1.0:
        return []
    undo: list[Callable[[], None]] = []

    def wider(pen: QPen | None) -> QPen | None:
        if pen is None or not pen.isCosmetic():
            return pen
        out = QPen(pen)
        out.setWidthF(max(pen.widthF(), 1.0) * scale)
        return out

    for item in items:
        if isinstance(item, pg.PlotCurveItem):
            saved = dict(item.opts)
            for key in ("pen", "shadowPen"):
                item.opts[key] = wider(item.opts.get(key))
            undo.append(lambda item=item, saved=saved: item.opts.update(saved))
        elif isinstance(item, pg.InfiniteLine):
            pen = item.currentPen
            item.currentPen = wider(pen)
            undo.append(lambda item=item, pen=pen: setattr(item, "currentPen", pen))
    return undo


def _render_image(widget: QWidget, size: QSize, scale: float) -> QImage:
    image = QImage(
        round(size.width() * scale), round(size.height() * scale),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    if image.isNull():
        raise MemoryError("the picture is too large to draw")
    image.setDevicePixelRatio(scale)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        _render(widget, painter, scale)
    finally:
        painter.end()
    return image


def _render_svg(widget: QWidget, size: QSize) -> bytes:
    from PySide6.QtSvg import QSvgGenerator

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(widget.window().windowTitle() or "EM Explorer")
    generator.setDescription("Exported from EM Explorer")
    painter = QPainter(generator)
    try:
        painter.fillRect(QRect(0, 0, size.width(), size.height()), QColor(Qt.GlobalColor.white))
        _render(widget, painter)
    finally:
        painter.end()
    buffer.close()
    payload = bytes(data.data())
    if not payload:
        raise OSError("the picture could not be drawn as SVG")
    return payload
