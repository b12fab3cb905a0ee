"""Pictures of a view or of the whole window, as PNG and SVG, at a size that prints well.

Why Qt renders the view widget rather than pyqtgraph's exporters drawing its PlotItem:

* a view is more than its plot: the data view's key (which colour is which component, what the
  marks mean) and the trace views' headers (the current values) live in labels around the plot,
  and a printed figure without them cannot be read;
* pyqtgraph 0.14's SVGExporter fails on the closed paths Qt 6.11 writes ("Z" in path data).

Qt's SVG draws a curve in data coordinates under a huge, unequal transform (x scaled by ~100,
y by ~600) and keeps its stroke thin only with ``vector-effect="non-scaling-stroke"``, which
librsvg and ImageMagick ignore: the 3-pixel pen became a 1800-pixel dark slab. So the exported
SVG is rewritten in screen coordinates (:func:`portable_svg`): every stroked shape's points are
multiplied through its transform, and text names the generic family ``sans-serif``, so that the
file looks the same in every SVG renderer.

``QWidget.render`` redraws the scene through the given painter, so a PNG rendered at twice the
size is sharp (not an enlarged screenshot) and the SVG holds vector lines and real text. Files
are written atomically, like every other file the app writes.

This module is imported when the user first exports a picture, not at start-up; QtSvg (a
library of its own) is loaded only for an SVG.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QWidget

# isort: split
# PySide6 is imported before pyqtgraph so that pyqtgraph binds to it.
import pyqtgraph as pg

__all__ = [
    "FORMATS",
    "PRINT_WIDTH",
    "WINDOW_SCALE",
    "export_view",
    "export_widget",
    "portable_svg",
    "widget_of",
]

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
    from emgui.core.sessionfile import atomic_write

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
    # Fonts in points are written as pixels at the generator's resolution: the screen's, so
    # that text is as large beside the plots as on screen (the default 72 dpi shrinks it).
    generator.setResolution(max(1, round(widget.logicalDpiY())))
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    title = widget.window().windowTitle().replace("[*]", "").strip()
    generator.setTitle(title or "EM Explorer")
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
    return portable_svg(payload)


SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_PAIR = re.compile(rf"({_NUMBER})\s*,\s*({_NUMBER})")
_MATRIX = re.compile(r"matrix\(([^)]*)\)")
Matrix = tuple[float, float, float, float, float, float]


def _matrix(text: str | None) -> Matrix | None:
    found = _MATRIX.fullmatch((text or "").strip())
    if found is None:
        return None
    values = [float(v) for v in re.split(r"[\s,]+", found.group(1).strip())]
    return tuple(values) if len(values) == 6 else None  # type: ignore[return-value]


def _pairs(text: str, m: Matrix) -> str:
    """Every "x,y" of a path or points list, multiplied through the matrix (a b c d e f)."""
    a, b, c, d, e, f = m

    def moved(found: re.Match[str]) -> str:
        x, y = float(found.group(1)), float(found.group(2))
        return f"{a * x + c * y + e:.3f},{b * x + d * y + f:.3f}"

    return _PAIR.sub(moved, text)


def _bake(element: ET.Element, m: Matrix) -> bool:
    """Rewrite a shape in screen coordinates; False for what cannot be (text, images)."""
    tag = element.tag.rpartition("}")[2]
    if tag == "path" and "d" in element.attrib:
        # Qt writes only absolute M, L, C and Z, every number a member of an "x,y" pair.
        element.set("d", _pairs(element.get("d", ""), m))
    elif tag in ("polyline", "polygon") and "points" in element.attrib:
        element.set("points", _pairs(element.get("points", ""), m))
    elif tag == "rect":
        x, y = float(element.get("x", 0)), float(element.get("y", 0))
        w, h = float(element.get("width", 0)), float(element.get("height", 0))
        corners = f"{x},{y} {x + w},{y} {x + w},{y + h} {x},{y + h}"
        element.tag = f"{{{SVG_NS}}}polygon"
        for key in ("x", "y", "width", "height"):
            element.attrib.pop(key, None)
        element.set("points", _pairs(corners, m))
    else:
        return False
    return True


def portable_svg(payload: bytes) -> bytes:
    """Qt's SVG rewritten so that no stroke depends on ``vector-effect`` (see module doc).

    A group whose shapes carry ``non-scaling-stroke`` under a transform gets its shapes'
    coordinates transformed instead (the stroke width, in screen pixels, then means what it
    says everywhere); shapes that cannot be rewritten keep the transform on themselves.
    """
    ET.register_namespace("", SVG_NS)
    ET.register_namespace("xlink", XLINK_NS)
    root = ET.fromstring(payload)
    for element in root.iter():
        if element.get("vector-effect") == "none":  # the default: say nothing
            del element.attrib["vector-effect"]
        if "font-family" in element.attrib:
            family = element.get("font-family", "").lower()
            element.set("font-family", "monospace" if "mono" in family else "sans-serif")
    for group in root.iter(f"{{{SVG_NS}}}g"):
        children = list(group)
        if not any("vector-effect" in child.attrib for child in children):
            continue
        m = _matrix(group.get("transform"))
        if m is None:
            for child in children:
                child.attrib.pop("vector-effect", None)
            continue
        transform = group.attrib.pop("transform")
        for child in children:
            cosmetic = child.attrib.pop("vector-effect", None) is not None
            if not (cosmetic and _bake(child, m)):
                inner = child.get("transform")
                child.set("transform", f"{transform} {inner}" if inner else transform)
    return b'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' + ET.tostring(
        root, encoding="utf-8", xml_declaration=False
    )
