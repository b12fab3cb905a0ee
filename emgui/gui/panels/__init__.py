"""Panels that make the hidden-label calculation visible: point, M-step, presets, truth, timeline.

Every panel is a view: it has a slot ``show_state(state)`` and draws what the state carries, and
user gestures leave it as Qt signals. :class:`StatePanel` defers drawing while a panel is hidden
(for example in a tab nobody is looking at), so a panel costs nothing while EM plays on a
million points, and catches up in one go when it is shown.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from emgui.gui.session import SessionState

__all__ = ["StatePanel"]


class StatePanel(QWidget):
    """A QWidget that draws the latest SessionState when visible, and catches up when shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state: SessionState | None = None
        self._stale = False

    @property
    def state(self) -> SessionState | None:
        """The last state received (drawn or waiting to be drawn)."""
        return self._state

    def show_state(self, state: SessionState) -> None:
        """Slot for ``EMSession.changed``: remember the state and draw it if anyone can see it."""
        previous = self._state
        self._state = state
        self.state_received(previous, state)
        if self.isVisible():
            self._draw()
        else:
            self._stale = True

    def refresh(self) -> None:
        """Redraw the last state after a setting of the panel changed (at once if visible)."""
        if self.isVisible():
            self._draw()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._draw()

    def _draw(self) -> None:
        self._stale = False
        if self._state is not None:
            self.draw(self._state)

    # ---------------------------------------------------------------- for subclasses
    def state_received(self, previous: SessionState | None, state: SessionState) -> None:
        """Cheap bookkeeping on every state, drawn or not (e.g. forget a point on new data)."""

    def draw(self, state: SessionState) -> None:
        """Draw state; only called when the panel is visible or asked to refresh."""
        raise NotImplementedError
