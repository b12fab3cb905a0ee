"""A one-line label that shortens its text with an ellipsis instead of cutting it off.

Why: a QLabel narrower than its text simply loses the end of it ("Play stopped: converge"),
and a reader cannot tell that anything is missing. :class:`ElidedLabel` paints as much of the
text as fits followed by "…", and then puts the whole text in its tooltip, so the end of a
sentence is always one hover away. It takes whatever width its layout gives it (it never widens
a window), so it suits the last, stretching slot of a status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

__all__ = ["ELLIPSIS", "ElidedLabel"]

ELLIPSIS = "\u2026"


class ElidedLabel(QLabel):
    """Plain text on one line, ending in "…" when it is shortened; the whole text in the tooltip.

    ``text()`` is the whole text, :meth:`shown_text` what is painted. ``setToolTip`` sets a
    detail shown on hover; while the text is shortened the tooltip is the whole text followed
    by that detail.
    """

    def __init__(self, text: str = "", name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""
        self._detail = ""
        self.setText(text)

    # ---------------------------------------------------------------- text
    def text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def clear(self) -> None:
        self.setText("")

    def shown_text(self) -> str:
        """The text as painted: the whole text, or its start and an ellipsis."""
        return super().text()

    def is_elided(self) -> bool:
        return self.shown_text() != self._full

    def setToolTip(self, detail: str) -> None:
        self._detail = detail
        self._update_tooltip()

    # ---------------------------------------------------------------- size
    def sizeHint(self) -> QSize:
        """Room for the whole text (a layout that can give it shows it unshortened)."""
        return self._size_for(self._full)

    def minimumSizeHint(self) -> QSize:
        return self._size_for(ELLIPSIS if self._full else "")

    def _size_for(self, text: str) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(text) + 2 * self.margin()
        height = self.fontMetrics().height() + 2 * self.margin()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    # ---------------------------------------------------------------- events
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        """A bolder font (a style sheet) needs another cut."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()

    # ---------------------------------------------------------------- shortening
    def _elide(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        metrics = self.fontMetrics()
        shown = self._full
        if metrics.horizontalAdvance(shown) > room:
            shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, max(room, 0))
            if not shown.endswith(ELLIPSIS):  # too narrow for even one letter and "…"
                shown = ELLIPSIS if self._full else ""
        if shown != super().text():
            super().setText(shown)
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        tip = self._detail
        if self.is_elided() and self._full not in tip:
            tip = f"{self._full}\n{tip}" if tip else self._full
        if tip != super().toolTip():
            super().setToolTip(tip)
