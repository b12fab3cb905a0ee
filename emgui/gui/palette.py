"""Colours and sizes shared by every view, chosen for projectors and colour-blind viewers.

Okabe-Ito blue and orange stay distinct under the common colour-vision deficiencies and on a
washed-out projector; the mixture is drawn in near-black and the truth dashed.
"""

from __future__ import annotations

COMPONENT_1 = "#0072B2"  # Okabe-Ito blue
COMPONENT_2 = "#E69F00"  # Okabe-Ito orange
#: One colour per component, up to six: Okabe-Ito without its yellow (unreadable on white),
#: ordered so that neighbours in the list stay far apart for every colour-vision deficiency.
COMPONENTS = (COMPONENT_1, COMPONENT_2, "#009E73", "#D55E00", "#56B4E9", "#CC79A7")
MIXTURE = "#222222"
TRUTH = "#666666"
HISTOGRAM_FILL = (170, 170, 170, 110)
HISTOGRAM_PEN = (120, 120, 120, 160)
NEUTRAL_POINT = "#9A9A9A"  # points before the first E-step
DECREASE = "#D00000"  # a fall of the log likelihood (should never show)
CURRENT = "#CC79A7"  # Okabe-Ito reddish purple: the current iteration marker
PI_COLOUR = "#009E73"  # Okabe-Ito bluish green: pi in the parameter traces
BACKGROUND = "w"
FOREGROUND = "k"

#: Pen widths and font sizes large enough to read on a projected wall.
CURVE_WIDTH = 3
AXIS_FONT_PT = 11
TITLE_SIZE = "13pt"


def mix_rgb(r: float) -> tuple[int, int, int]:
    """The colour between component 2 (r = 0) and component 1 (r = 1)."""
    c1 = _rgb(COMPONENT_1)
    c2 = _rgb(COMPONENT_2)
    return tuple(round(a * r + b * (1.0 - r)) for a, b in zip(c1, c2, strict=True))  # type: ignore[return-value]


def component(k: int) -> str:
    """The colour of component k (0-based)."""
    return COMPONENTS[k % len(COMPONENTS)]


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)
