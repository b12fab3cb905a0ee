"""The QApplication EM Explorer runs in: identity, icon and a font readable from the back row.

Shared by the app's front door and the tools that start the real window (the screen check).
"""

from __future__ import annotations

import os
import sys

from emgui import __version__
from emgui.gui import settings

#: Smallest point size of the widgets' text (menus, controls, status bar, table).
PROJECTOR_FONT_PT = 11.0


def make_application(argv0: str):
    """The QApplication, set up before any window exists (PySide6 before pyqtgraph)."""
    from PySide6.QtWidgets import QApplication

    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

    app = QApplication.instance() or QApplication([argv0])
    readable_font(app)
    settings.set_application_identity()
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("emgui")
    try:
        from emgui.gui.resources import app_icon

        app.setWindowIcon(app_icon())
    except (ImportError, FileNotFoundError) as exc:  # a broken install still opens
        print(f"emgui: no window icon ({exc})", file=sys.stderr)
    return app


def readable_font(app) -> None:
    """Text big enough to read from the back of a classroom (never smaller than the system's)."""
    font = app.font()
    if 0 < font.pointSizeF() < PROJECTOR_FONT_PT:
        font.setPointSizeF(PROJECTOR_FONT_PT)
        app.setFont(font)
