"""How big and how contrasted the interface is drawn: the zoom level and the high-contrast choice.

One :class:`Look` holds for the whole process (every window and dialog shares the application's
font). Code that makes a font asks :func:`points` for the size at the current zoom, so whatever
is built after a zoom change comes out at the right size; what exists already is restyled by
:mod:`emgui.gui.appearance`. Lengths drawn by the plots (pen widths, symbol sizes, tick lengths)
are made at 100 % and scaled there, by :func:`line_scale` and :func:`size_scale`.

This module knows no Qt: colours are ``(r, g, b, a)`` tuples.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

#: The zoom levels View > Zoom In and Zoom Out step through, in percent.
ZOOM_STEPS: tuple[int, ...] = (100, 110, 125, 150, 175, 200)
DEFAULT_ZOOM = 100
#: Presentation mode's own zoom, in percent (it starts here, and Ctrl+0 comes back here).
PRESENTATION_ZOOM = 160
MIN_ZOOM, MAX_ZOOM = ZOOM_STEPS[0], ZOOM_STEPS[-1]
#: High contrast draws every line this much thicker (on top of the zoom).
HIGH_CONTRAST_LINES = 1.5
#: High contrast: greys that would wash out become these (lines and marks, filled areas).
HIGH_CONTRAST_LINE_GREY = (35, 35, 35)
HIGH_CONTRAST_MARK_GREY = (85, 85, 85)
HIGH_CONTRAST_FILL_GREY = (140, 140, 140)
#: Grid lines' opacity (0..255) in high contrast, instead of pyqtgraph's faint default.
HIGH_CONTRAST_GRID = 70
#: The keyboard focus ring: width at 100 % in pixels, and its colours.
FOCUS_RING_PX = 3
FOCUS_RING = "#1565C0"
FOCUS_RING_HIGH_CONTRAST = "#000000"

RGBA = tuple[int, int, int, int]


@dataclass(frozen=True)
class Look:
    """A zoom level in percent and the high-contrast choice."""

    zoom: int = DEFAULT_ZOOM
    high_contrast: bool = False

    @property
    def scale(self) -> float:
        """Text and sizes relative to 100 %."""
        return self.zoom / 100.0

    @property
    def line_scale(self) -> float:
        """Pen widths relative to 100 % (thicker still in high contrast)."""
        return self.scale * (HIGH_CONTRAST_LINES if self.high_contrast else 1.0)

    @property
    def is_default(self) -> bool:
        return self.zoom == DEFAULT_ZOOM and not self.high_contrast

    def with_zoom(self, zoom: int) -> Look:
        return replace(self, zoom=clamp_zoom(zoom))

    def with_high_contrast(self, on: bool) -> Look:
        return replace(self, high_contrast=bool(on))


_current = Look()


def current() -> Look:
    """The look everything is drawn with now."""
    return _current


def set_current(look: Look) -> Look:
    """Make look the current one; returns the previous look (appearance.py restyles)."""
    global _current
    previous, _current = _current, look
    return previous


def scale() -> float:
    return _current.scale


def points(size: float) -> float:
    """A font size given at 100 %, at the current zoom."""
    return size * _current.scale


def pixels(length: float) -> int:
    """A length in pixels given at 100 %, at the current zoom (at least 1)."""
    return max(1, round(length * _current.scale))


def line_scale() -> float:
    return _current.line_scale


def size_scale() -> float:
    return _current.scale


# ---------------------------------------------------------------- zoom steps
def clamp_zoom(zoom: int) -> int:
    return int(min(max(int(zoom), MIN_ZOOM), MAX_ZOOM))


def zoom_in(zoom: int) -> int:
    """The next level up (the largest stays)."""
    bigger = [z for z in ZOOM_STEPS if z > zoom]
    return bigger[0] if bigger else MAX_ZOOM


def zoom_out(zoom: int) -> int:
    """The next level down (100 % stays)."""
    smaller = [z for z in ZOOM_STEPS if z < zoom]
    return smaller[-1] if smaller else MIN_ZOOM


def zoom_text(zoom: int) -> str:
    return f"{zoom} %"


# ---------------------------------------------------------------- colours
def is_grey(rgb: tuple[int, ...]) -> bool:
    """A colour without hue that is neither white nor near-black (it washes out)."""
    r, g, b = rgb[:3]
    return max(r, g, b) - min(r, g, b) <= 24 and 64 < max(r, g, b) < 240


def contrast_rgba(rgba: RGBA, role: str = "line") -> RGBA:
    """The colour a line, mark or filled area gets in high contrast: greys darkened, made
    nearly opaque; every other colour (the components', black, white) stays as it is.

    ``role`` is "line" (curves, axes, outlines), "mark" (symbols) or "fill" (the histogram).
    """
    if not is_grey(rgba):
        return rgba
    if role == "fill":
        grey, alpha = HIGH_CONTRAST_FILL_GREY, max(rgba[3], 150)
    elif role == "mark":
        grey, alpha = HIGH_CONTRAST_MARK_GREY, 255
    else:
        grey, alpha = HIGH_CONTRAST_LINE_GREY, max(rgba[3], 230)
    return (*grey, alpha)


def focus_ring_colour() -> str:
    return FOCUS_RING_HIGH_CONTRAST if _current.high_contrast else FOCUS_RING
