"""Markers for the core's own sentences that the window shows in the teacher's language.

The core never imports Qt. A sentence the window translates (a preset's title and explanation)
is written as ``QT_TRANSLATE_NOOP("Presets", "...")``: the marker returns the text unchanged, so
the core and the command line keep English, and Qt's translation tools find the sentence. The
window translates it where it shows it, with ``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations

__all__ = ["QT_TRANSLATE_NOOP"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """The text as written; marks it for translation in ``context``."""
    return text
