"""Number texts shown in more than one place, written once so every view says the same thing."""

from __future__ import annotations

import math

MINUS = "\u2212"


def increase_text(value: float | None) -> str:
    """'+0.032', or '+2.1e−07' for a rise too small for three decimals; '' for none.

    The status bar and the log-likelihood header both show the last increase: one rule keeps
    them from disagreeing on screen ('+6.55e-07' beside '+6.6e−07').
    """
    if value is None or not math.isfinite(value):
        return ""
    if value == 0:  # not "+0.000": nothing moved at all
        return "0"
    if abs(value) >= 1e-3:
        return f"{value:+.3f}".replace("-", MINUS)
    return f"{value:+.1e}".replace("-", MINUS)
