"""A tab whose widget is built the first time the tab is shown (or the widget is asked for).

Why: at start the window shows only its first tabs; the explanation panels and the Parameters
trace sit behind tabs nobody has opened yet. Building them, and importing their modules, before
the first paint only delays the window. The tab and its title exist from the start, so the tab
bar, the side column's width and the layout do not change when the widget arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

__all__ = ["LazyTab"]

W = TypeVar("W", bound=QWidget)


class LazyTab(QObject, Generic[W]):
    """One page of ``tabs`` whose content ``factory()`` makes on first need.

    ``page`` is the tab's page, added by the caller; ``place(widget)`` puts the new widget in
    it (``QScrollArea.setWidget``, a layout's ``addWidget``). ``built`` is emitted once, with
    the widget, after it is placed and before it is shown: connect what the widget needs there.
    """

    built = Signal(QWidget)

    def __init__(
        self,
        tabs: QTabWidget,
        page: QWidget,
        factory: Callable[[], W],
        place: Callable[[W], object],
    ) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self.page = page
        self._factory = factory
        self._place = place
        self._widget: W | None = None
        tabs.currentChanged.connect(self._current_changed)

    @property
    def is_built(self) -> bool:
        """True once the widget exists."""
        return self._widget is not None

    def widget(self) -> W:
        """The tab's widget, built now if it does not exist yet."""
        if self._widget is None:
            widget = self._factory()
            self._widget = widget
            self._place(widget)
            self._tabs.currentChanged.disconnect(self._current_changed)
            self.built.emit(widget)
        return self._widget

    def _current_changed(self, index: int) -> None:
        if self._tabs.widget(index) is self.page:
            self.widget()
