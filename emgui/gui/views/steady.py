"""Labels whose text changes at every step without relayouting (and repainting) the window.

``QLabel.setText`` always calls ``updateGeometry()``, and Qt then recomputes every layout from
the label up to the window (each layout's ``activate`` tells its own widget's parent again),
unless the label's size is fixed. While EM plays, the status bar, the timeline and the plot
headers change their text at every step, so without care the whole window is laid out again
and most of it repainted 30 times a second. Two remedies, one per kind of label:

* :class:`SteadyLabel`, one line: a fixed size that grows to fit a longer text and shrinks
  only when told (:meth:`SteadyLabel.refit`, at a new data set or setting, not at a step);
* :class:`SteadyHeader`, word-wrapped rich text as wide as its view: the label sits in a host
  without a layout, which tells its own layout only when the text needs more height.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class SteadyLabel(QLabel):
    """A one-line plain-text label of fixed size: wide enough for its text and ``widest``.

    It grows when a text needs more room (one relayout), never shrinks by itself, so numbers
    that change length while EM plays move nothing around them.
    """

    def __init__(
        self, text: str = "", widest: Iterable[str] = (), name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._widest = tuple(widest)
        self.setObjectName(name)
        super().setText(text)
        self.refit()

    def setText(self, text: str) -> None:
        """Show text; grow (never shrink) when it does not fit."""
        if text == self.text():
            return
        super().setText(text)
        self._fit(shrink=False)

    def set_widest(self, widest: Iterable[str]) -> None:
        """Texts the label should always have room for (sized now, shrinking if they allow)."""
        self._widest = tuple(widest)
        self.refit()

    def refit(self) -> None:
        """Size for the current text and the widest samples only (may shrink)."""
        self._fit(shrink=True)

    def changeEvent(self, event: QEvent) -> None:
        """A new font (a style sheet that makes the text bold) needs another size."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit(shrink=False)

    def _fit(self, shrink: bool) -> None:
        # From the font, not sizeHint(): a QLabel's size hint includes its minimum size.
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        pad_w = margins.left() + margins.right() + 2 * self.margin() + 2  # 2: glyph overhang
        pad_h = margins.top() + margins.bottom() + 2 * self.margin()
        width = max(metrics.horizontalAdvance(t) for t in (self.text(), *self._widest)) + pad_w
        # At some zoomed sizes the painted line is a pixel taller than the font's height.
        drawn = metrics.boundingRect(QRect(0, 0, 100_000, 100_000), 0, self.text() or "Xg")
        line = max(metrics.height(), drawn.height())
        height = line + pad_h
        if not shrink:
            width = max(width, self.minimumWidth())
        if self.minimumSize() != self.maximumSize() or self.minimumSize() != QSize(width, height):
            self.setFixedSize(width, height)


class SteadyHeader(QWidget):
    """A word-wrapped rich-text label that asks for a relayout only when it needs more room.

    Use it like a QLabel for its text (``setText``, ``text``); ``label`` is the label inside,
    for styling. A text that needs fewer lines keeps the height (the text sits at the top), so
    a header whose values wrap differently from one step to the next does not make its plot
    jump; an unbreakable chunk wider than the header widens it (never clipped). :meth:`refit`
    (a new data set) or a new width gives the room back.
    """

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        label.setParent(self)
        label.move(0, 0)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._floor = (-1, 0)  # (width, height): the height kept at that width
        self._min_width = 0  # the widest unbreakable chunk so far: never clipped

    @property
    def label(self) -> QLabel:
        return self._label

    def text(self) -> str:
        return self._label.text()

    def setText(self, text: str) -> None:
        self._label.setText(text)
        if not self.isVisible():  # no layout request reaches a hidden host: ask now (cheap)
            self.updateGeometry()

    def refit(self) -> None:
        """Give back room kept for longer texts than the one shown now."""
        min_width = self._label.minimumSizeHint().width()
        if self._floor[1] != self._needed(self.width()) or min_width != self._min_width:
            self._floor = (-1, 0)
            self._min_width = min_width
            self.updateGeometry()

    # ---------------------------------------------------------------- size, from the label
    def sizeHint(self) -> QSize:
        return self._label.sizeHint()

    def minimumSizeHint(self) -> QSize:
        hint = self._label.minimumSizeHint()
        self._min_width = max(self._min_width, hint.width())
        return QSize(self._min_width, hint.height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        floor = self._floor[1] if self._floor[0] == width else 0
        return max(self._needed(width), floor)

    def _needed(self, width: int) -> int:
        height = self._label.heightForWidth(width)
        return height if height >= 0 else self._label.sizeHint().height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._label.resize(event.size())
        self._floor = (event.size().width(), event.size().height())

    def event(self, event: QEvent) -> bool:
        """The label's new text asked for a relayout: pass it on only if it needs more room."""
        if event.type() == QEvent.Type.LayoutRequest:
            width = self.width()
            needed = self._needed(width)
            wider = self._label.minimumSizeHint().width() > max(self._min_width, width)
            if self._floor[0] != width or needed > self._floor[1] or wider:
                self._floor = (width, needed)
                self.updateGeometry()  # the layout asks minimumSizeHint again
            return True
        return super().event(event)
