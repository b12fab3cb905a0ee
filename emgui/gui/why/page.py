"""A page of the "Why" area that draws only while it is on screen.

The pages follow every state of the session, but a page nobody sees does no work: it keeps the
latest state and draws it when it is shown again (so Play costs nothing extra while the area
is closed or another page is open).
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from emgui.gui.session import SessionState
from emgui.gui.views.plotting import white_background


class WhyPage(QWidget):
    """Keeps the latest state; draws it now if visible, else when next shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        white_background(self)
        self._state: SessionState | None = None
        self._stale = False

    @property
    def state(self) -> SessionState | None:
        return self._state

    def show_state(self, state: SessionState) -> None:
        """Follow the session: draw now when on screen, else remember to."""
        self._state = state
        if self.isVisible():
            self._stale = False
            self.draw(state)
        else:
            self._stale = True

    def refresh(self) -> None:
        """Draw the latest state now, seen or not (tests, pictures)."""
        if self._state is not None:
            self._stale = False
            self.draw(self._state)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self._state is not None:
            self._stale = False
            self.draw(self._state)

    def draw(self, state: SessionState) -> None:  # pragma: no cover - every page has one
        raise NotImplementedError
