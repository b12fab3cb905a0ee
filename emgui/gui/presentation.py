"""Presentation mode: the window full screen with only what a presenter needs, and back exactly.

Entering remembers the window as it is (its geometry and state, whether it was maximised, the
splitters, which parts were shown, the side tab open) and hides the parts a class does not need
to see; leaving puts every one of them back. What to hide and how large to draw is the window's
choice (see ``MainWindow.toggle_presentation``): this class only keeps the promise that leaving
restores what entering found.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QObject, QRect, Qt, Signal
from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget


@dataclass
class _Before:
    """The window as presentation mode found it."""

    geometry: QByteArray
    rect: QRect  # where the window's contents were, for a display without a window manager
    state: Qt.WindowState
    splits: list[tuple[QSplitter, QByteArray]]
    hidden: list[tuple[QWidget, bool]]  # (widget, was it hidden by its own choice)
    tabs: list[tuple[QTabWidget, int, list[bool]]] = field(default_factory=list)


class Presentation(QObject):
    """Enter and leave presentation mode for one window; ``toggled(on)`` after each change."""

    toggled = Signal(bool)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._before: _Before | None = None

    @property
    def active(self) -> bool:
        return self._before is not None

    def enter(
        self,
        hide: Iterable[QWidget],
        splitters: Iterable[QSplitter],
        tabs: Iterable[tuple[QTabWidget, int]] = (),
        full_screen: bool = True,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Remember the window, hide ``hide``, keep only tab ``index`` of each of ``tabs``,
        call ``then()`` (the window draws larger) and go full screen."""
        if self._before is not None:
            return
        window = self._window
        hide = list(hide)
        self._before = _Before(
            geometry=window.saveGeometry(),
            rect=window.geometry(),
            state=window.windowState(),
            splits=[(s, s.saveState()) for s in splitters],
            hidden=[(w, w.isHidden()) for w in hide],
            tabs=[
                (t, t.currentIndex(), [t.isTabVisible(i) for i in range(t.count())])
                for t, _keep in tabs
            ],
        )
        for widget in hide:
            widget.hide()
        for tab_widget, keep in tabs:
            tab_widget.setCurrentIndex(keep)
            for i in range(tab_widget.count()):
                tab_widget.setTabVisible(i, i == keep)
        if then is not None:
            then()
        if full_screen:
            screen = window.screen()
            if screen is not None:  # without a window manager the state alone moves nothing
                window.setGeometry(screen.geometry())
            window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)
        self.toggled.emit(True)

    def leave(self, then: Callable[[], None] | None = None) -> None:
        """Put the window back as it was: state, parts shown, ``then()`` (the window's own
        size of drawing), splitters and geometry last (they depend on the rest)."""
        before, self._before = self._before, None
        if before is None:
            return
        window = self._window
        window.setWindowState(before.state)
        for widget, was_hidden in before.hidden:
            widget.setHidden(was_hidden)
        for tab_widget, current, visible in before.tabs:
            for i, shown in enumerate(visible[: tab_widget.count()]):
                tab_widget.setTabVisible(i, shown)
            tab_widget.setCurrentIndex(current)
        if then is not None:
            then()
        window.restoreGeometry(before.geometry)
        full = Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
        if not before.state & full and window.geometry() != before.rect:
            window.setGeometry(before.rect)  # restoreGeometry's frame guess can be off by one
        for splitter, state in before.splits:
            splitter.restoreState(state)
        self.toggled.emit(False)

    def geometry_before(self) -> QByteArray | None:
        """The window's geometry before presentation mode (what closing should remember)."""
        return self._before.geometry if self._before is not None else None

    def splits_before(self) -> dict[str, QByteArray]:
        if self._before is None:
            return {}
        return {s.objectName(): state for s, state in self._before.splits}
