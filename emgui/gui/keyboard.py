"""Keyboard and screen-reader access: names for every control, a tab order, a visible focus.

* :func:`describe` gives every control and view an accessible name and description, from what a
  sighted user reads beside it: its form label or buddy label, its own text, its tooltip, or a
  name this module knows for the views (the plots have no text of their own).
* :class:`KeyboardAccess` keeps the window's tab order in reading order (area by area: the
  side column, the data plot and its timeline, the traces and the table), draws a thick focus
  ring round whatever was reached with Tab, plots included, and lets a control reached with
  Tab have the keys it is made for: Space for a button or check box, the arrows, Home and End
  for a slider, a tab bar or a table, and whatever a view asks for (the data plot: the
  previous and next point). Reached with the mouse, the same keys keep driving the run
  (Right steps, Space plays), as they always did.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Callable, Iterable
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from emgui.gui import look

K = Qt.Key
#: Names for widgets that have no text of their own to be named by, by objectName.
NAMES: dict[str, tuple[str, str]] = {
    "n_box": ("Number of points, n", ""),
    "sep_box": ("Separation of the true means", ""),
    "true_pi_box": ("True \u03c0", ""),
    "seed_box": ("Random seed", ""),
    "start_pi_box": ("Start value of \u03c0", ""),
    "start_mu1_box": ("Start value of \u03bc\u2081", ""),
    "start_mu2_box": ("Start value of \u03bc\u2082", ""),
    "tolerance_box": ("Tolerance", ""),
    "max_iterations_box": ("Maximum iterations", ""),
    "speed_slider": ("Play speed", ""),
    "inspector_tabs": ("Side panels", "Setup, Point, M-step, Truth and Presets"),
    "trace_tabs": ("Trace plots", "The log likelihood or the parameters against the iteration"),
    "controls_scroll": ("Setup", "Data, start values, stopping rule and playback"),
    "presetList": ("Presets", "The notes' scenarios; Enter or Load starts one"),
    "pointFormula": ("E-step of the chosen point", ""),
    "mstepFormula": ("M-step sums", ""),
    "truthTable": ("Estimates beside the truth", ""),
}
#: Names of the views, by the class of the widget that holds the plot.
VIEW_NAMES: dict[str, tuple[str, str]] = {
    "DataView": (
        "Data and fitted densities",
        "Histogram of x, one mark per observation coloured by its responsibility, the two "
        "weighted components and their mixture. Reached with Tab, Left and Right (or Up and "
        "Down) choose the previous or next point, Home and End the first or last.",
    ),
    "LikelihoodView": ("Log-likelihood trace", "The log likelihood against the EM iteration."),
    "ParamsView": ("Parameter traces", "\u03c0, \u03bc\u2081 and \u03bc\u2082 against the EM "
                   "iteration, the true values dashed."),
    "HistoryTable": ("History table", "One row per iteration; Up and Down show another."),
}
#: Focus reasons that mean the user came by keyboard, and those that keep what was before.
KEYBOARD_REASONS = (
    Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)
KEEP_REASONS = (
    Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason,
    Qt.FocusReason.MenuBarFocusReason,
)
#: The keys a control reached with Tab keeps for itself instead of the run's shortcuts.
NATIVE_KEYS: tuple[tuple[type, frozenset[int]], ...] = (
    (QAbstractButton, frozenset({K.Key_Space})),
    (QAbstractSlider, frozenset({K.Key_Left, K.Key_Right, K.Key_Up, K.Key_Down, K.Key_Home,
                                 K.Key_End, K.Key_PageUp, K.Key_PageDown})),
    (QTabBar, frozenset({K.Key_Left, K.Key_Right, K.Key_Home, K.Key_End})),
    (QAbstractItemView, frozenset({K.Key_Left, K.Key_Right, K.Key_Home, K.Key_End,
                                   K.Key_Space})),
)
_TAG = re.compile(r"<[^>]+>")


# ---------------------------------------------------------------- names
def is_tab_stop(widget: QWidget) -> bool:
    """A widget Tab stops at (when visible and enabled), as Qt decides it."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def plain(text: str) -> str:
    """Rich or mnemonic text as read aloud: no tags, no '&', entities decoded."""
    text = html.unescape(_TAG.sub(" ", text or ""))
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":")


def first_sentence(text: str) -> str:
    text = plain(text)
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    return (match.group(1) if match else text).rstrip(".")


def _form_label(widget: QWidget) -> str:
    """The label of widget's row in a QFormLayout (widget or a layout holding it)."""
    parent = widget.parentWidget()
    form = parent.layout() if parent is not None else None
    if not isinstance(form, QFormLayout):
        return ""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if item is None:
            continue
        if item.widget() is widget or (item.layout() is not None and _holds(item.layout(),
                                                                             widget)):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and isinstance(label.widget(), QLabel):
                return plain(label.widget().text())
    return ""


def _holds(layout: QLayout, widget: QWidget) -> bool:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is widget or (item.layout() is not None and _holds(item.layout(),
                                                                             widget)):
            return True
    return False


def _buddy_label(widget: QWidget, labels: list[QLabel]) -> str:
    for label in labels:
        if label.buddy() is widget:
            return plain(label.text())
    return ""


def _view_name(widget: QWidget) -> tuple[str, str]:
    chain = [widget]
    parent = widget.parentWidget()
    for _ in range(2):
        if parent is None:
            break
        chain.append(parent)
        parent = parent.parentWidget()
    for candidate in chain:
        found = VIEW_NAMES.get(type(candidate).__name__)
        if found is not None:
            return found
    return ("", "")


def name_for(widget: QWidget, labels: list[QLabel]) -> tuple[str, str]:
    """The accessible name and description widget should have (either may be '')."""
    tip = widget.toolTip()
    description = plain(tip)
    holder = widget.parentWidget()
    if isinstance(widget, QTabBar) and holder is not None and holder.objectName() in NAMES:
        return NAMES[holder.objectName()]
    if widget.objectName() in NAMES:
        name, text = NAMES[widget.objectName()]
        return name, text or description
    view, text = _view_name(widget)
    if view and not isinstance(widget, QAbstractButton | QAbstractSpinBox | QAbstractSlider):
        return view, text
    name = _form_label(widget) or _buddy_label(widget, labels)
    if not name and isinstance(widget, QAbstractButton):
        name = plain(widget.text())
    if not name and isinstance(widget, QGroupBox):
        name = plain(widget.title())
    if not name and isinstance(widget, QLineEdit):
        name = plain(widget.placeholderText())
    if not name and isinstance(widget, QComboBox):
        name = plain(widget.currentText())
    if not name and tip:
        name = first_sentence(tip)
    if not name:
        name = " ".join(re.sub(r"([a-z])([A-Z])", r"\1 \2", widget.objectName())
                        .replace("_", " ").split()).capitalize()
    return name, description


def describe(root: QWidget) -> int:
    """Give every control and view under root an accessible name (and description, from its
    tooltip) that it lacks; returns how many were named."""
    widgets = [root, *root.findChildren(QWidget)]
    labels = [w for w in widgets if isinstance(w, QLabel) and w.buddy() is not None]
    named = 0
    for widget in widgets:
        if not (is_tab_stop(widget) or _is_view(widget)):
            continue
        if widget.accessibleName() and widget.accessibleDescription():
            continue
        name, description = name_for(widget, labels)
        if not widget.accessibleName() and name:
            widget.setAccessibleName(name)
            named += 1
        if not widget.accessibleDescription() and description and description != name:
            widget.setAccessibleDescription(description)
    return named


def _is_view(widget: QWidget) -> bool:
    return type(widget).__name__ in VIEW_NAMES or isinstance(widget, QTextEdit)


# ---------------------------------------------------------------- tab order
def tab_stops(root: QWidget) -> list[QWidget]:
    """root's tab stops under it, in the order of the window's focus chain."""
    window = root.window()
    found: list[QWidget] = []
    seen: set[int] = set()
    widget = window.nextInFocusChain()
    while widget is not window and id(widget) not in seen:
        seen.add(id(widget))
        if is_tab_stop(widget) and (widget is root or root.isAncestorOf(widget)):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def order_tabs(areas: Iterable[QWidget]) -> list[QWidget]:
    """Chain the tab stops area after area (within one, as they are); returns the order."""
    order: list[QWidget] = []
    for area in areas:
        order += [w for w in tab_stops(area) if w not in order]
    for before, after in itertools.pairwise(order):
        QWidget.setTabOrder(before, after)
    return order


# ---------------------------------------------------------------- focus ring
class FocusRing(QObject):
    """Four opaque strips just inside the edges of the widget that has keyboard focus.

    Opaque strips, not a transparent overlay: nothing is painted again when the plot under
    them redraws, and they move and clip with the widget they belong to.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._target: QWidget | None = None
        self._strips: list[QWidget] = []

    @property
    def target(self) -> QWidget | None:
        return self._target

    def width(self) -> int:
        return look.pixels(look.FOCUS_RING_PX)

    def show_on(self, widget: QWidget | None) -> None:
        if widget is None:
            self.hide()
            return
        if widget is not self._target or not self._strips:
            self.hide()
            self._target = widget
            self._strips = [_strip(widget) for _ in range(4)]
        self.follow()

    def hide(self) -> None:
        for strip in self._strips:
            strip.hide()
            strip.deleteLater()
        self._strips = []
        self._target = None

    def follow(self) -> None:
        """Fit the strips to the target's size and colour (after a resize or a new look)."""
        target = self._target
        if target is None or not self._strips:
            return
        w, h, t = target.width(), target.height(), min(self.width(), 12)
        rects = ((0, 0, w, t), (0, h - t, w, t), (0, 0, t, h), (w - t, 0, t, h))
        colour = QColor(look.focus_ring_colour())
        for strip, rect in zip(self._strips, rects, strict=True):
            pal = strip.palette()
            pal.setColor(QPalette.ColorRole.Window, colour)
            strip.setPalette(pal)
            strip.setGeometry(*rect)
            strip.show()
            strip.raise_()

    def rects(self) -> list[tuple[int, int, int, int]]:
        """The strips' geometries in the target's coordinates (tests)."""
        return [(s.x(), s.y(), s.width(), s.height()) for s in self._strips if s.isVisible()]


def _strip(parent: QWidget) -> QWidget:
    strip = QWidget(parent)
    strip.setObjectName("focus_ring")
    strip.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    strip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    strip.setAutoFillBackground(True)
    return strip


# ---------------------------------------------------------------- the window's keyboard
class KeyboardAccess(QObject):
    """Tab order, names, focus ring and native keys for one window (see the module)."""

    def __init__(self, window: QWidget, areas: Callable[[], list[QWidget]]) -> None:
        super().__init__(window)
        self._window = window
        self._areas = areas
        self.ring = FocusRing(self)
        self._keyboard: QWidget | None = None  # the widget reached by keyboard, if focused
        self._watched: set[int] = set()
        self._handlers: dict[int, tuple[frozenset[int], Callable[[int], None]]] = {}

    def refresh(self) -> list[QWidget]:
        """Name what is new, watch its focus, put the tab order in reading order again."""
        describe(self._window)
        for widget in [self._window, *self._window.findChildren(QWidget)]:
            if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
                widget.setTabKeyNavigation(False)  # Tab leaves a table, never walks its cells
            if isinstance(widget, QTabWidget) and widget.focusPolicy():
                # Its tab bar is the stop: the tab widget in the chain too makes Tab loop.
                widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # (Qt passes it to the bar)
                widget.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
            if is_tab_stop(widget) and id(widget) not in self._watched:
                self._watched.add(id(widget))
                widget.installEventFilter(self)
                widget.destroyed.connect(partial(self._forget, id(widget)))
        return order_tabs(self._areas())

    def _forget(self, key: int, *_args: object) -> None:
        self._watched.discard(key)
        self._handlers.pop(key, None)

    def on_keys(self, widget: QWidget, keys: Iterable[int], handler: Callable[[int], None]):
        """While widget has keyboard focus, keys go to handler(key) instead of the run."""
        self._handlers[id(widget)] = (frozenset(int(k) for k in keys), handler)

    @property
    def keyboard_focus(self) -> QWidget | None:
        """The widget that has the focus and was reached by keyboard (None otherwise)."""
        return self._keyboard

    def restyle(self) -> None:
        """A new look: the ring's width and colour follow."""
        self.ring.follow()

    def _claims(self, widget: QObject, key: int) -> bool:
        handler = self._handlers.get(id(widget))
        if handler is not None and key in handler[0]:
            return True
        return any(isinstance(widget, kind) and key in keys for kind, keys in NATIVE_KEYS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
            reason = event.reason()
            if reason in KEYBOARD_REASONS:
                self._keyboard = watched  # type: ignore[assignment]
            elif reason not in KEEP_REASONS or self._keyboard is not watched:
                self._keyboard = None
            self.ring.show_on(self._keyboard)
        elif kind == QEvent.Type.FocusOut and isinstance(event, QFocusEvent):
            if event.reason() not in KEEP_REASONS and self.ring.target is watched:
                self.ring.hide()
        elif kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            plain_key = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == (
                Qt.KeyboardModifier.NoModifier)
            if watched is self._keyboard and plain_key and self._claims(watched, event.key()):
                event.accept()
                return True
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            handler = self._handlers.get(id(watched))
            if watched is self._keyboard and handler is not None and event.key() in handler[0]:
                handler[1](event.key())
                return True
        elif kind == QEvent.Type.Resize and watched is self.ring.target:
            self.ring.follow()
        return False


# ---------------------------------------------------------------- choosing a point by key
def neighbour_point(
    xs: Iterable[float], indices: Iterable[int], current: int | None, key: int
) -> int | None:
    """The point a key chooses among marks at xs (observation numbers indices), left to right:
    Left/Up the previous, Right/Down the next, Home the first, End the last. With no point
    chosen yet, Right starts at the first and Left at the last."""
    order = sorted(zip(xs, indices, strict=True))
    if not order:
        return None
    ranked = [index for _x, index in order]
    if key == K.Key_Home:
        return ranked[0]
    if key == K.Key_End:
        return ranked[-1]
    step = -1 if key in (K.Key_Left, K.Key_Up) else 1
    if current is None or current not in ranked:
        return ranked[0] if step > 0 else ranked[-1]
    position = ranked.index(current) + step
    return ranked[min(max(position, 0), len(ranked) - 1)]
