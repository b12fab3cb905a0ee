"""Every command of the window, declared once: text, icon, shortcuts, tooltip and handler.

The table drives the menus, the toolbar and the tooltips. Every QAction of a window, these and
the File menu's alike, is made by :func:`declare_action`, which records it in the window's
:class:`ActionRegistry`; Help > Keyboard Shortcuts lists what that registry holds, read from
the actions themselves, so a shortcut cannot be documented in one place and different in
another, nor missing from the list. The id doubles as the QAction's objectName, so tests find
an action with ``window.findChild(QAction, "step")``. Handlers are names of methods on the
object passed to :class:`ActionSet` (the main window).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QMessageBox, QStyle, QToolBar, QWidget

import emgui
from emgui.gui.session import SessionState

SP = QStyle.StandardPixmap


@dataclass(frozen=True)
class ActionSpec:
    """One command: where it shows and what it calls."""

    id: str
    text: str
    icon: QStyle.StandardPixmap | None
    shortcuts: tuple[str, ...]
    tooltip: str
    handler: str  # method name on the window
    menu: str  # "file", "run", "edit", "view", "help"
    toolbar: bool = False
    role: QAction.MenuRole = QAction.MenuRole.NoRole
    checkable: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("step", "Step", SP.SP_MediaSeekForward, ("Right", "N"),
               "One EM iteration: E-step, then M-step", "step", "run", toolbar=True),
    ActionSpec("play", "Play", SP.SP_MediaPlay, ("Space",),
               "Run EM until it converges or reaches the maximum iterations", "toggle_play",
               "run", toolbar=True),
    ActionSpec("step_back", "Back", SP.SP_MediaSeekBackward, ("Left",),
               "Go back one step through the history", "step_back", "run", toolbar=True),
    ActionSpec("reset", "Reset", SP.SP_MediaSkipBackward, ("Home", "R"),
               "Back to the start values, same data", "reset", "run", toolbar=True),
    ActionSpec("new_sample", "New sample", SP.SP_BrowserReload, ("Ctrl+Shift+N",),
               "Draw a new sample with the next seed and start over", "new_sample", "run",
               toolbar=True),
    ActionSpec("copy_history", "Copy History as Text", None, ("Ctrl+Shift+C",),
               "Copy the history table as tab-separated text, rounded as shown (it pastes into a "
               "spreadsheet); File > Export > History as CSV keeps every digit",
               "copy_history", "edit"),
    ActionSpec("why", "Why EM Climbs", None, ("F2",),
               "The likelihood landscape, the lower bound and many starts, in place of the "
               "run's plots", "toggle_why", "view", checkable=True),
    ActionSpec("quit", "Quit", SP.SP_DialogCloseButton, ("Ctrl+Q",),
               "Close EM Explorer", "close", "file", role=QAction.MenuRole.QuitRole),
    ActionSpec("shortcuts", "Keyboard Shortcuts", SP.SP_DialogHelpButton, ("F1",),
               "List the keyboard shortcuts", "show_shortcuts", "help"),
    ActionSpec("about", "About EM Explorer", SP.SP_MessageBoxInformation, (),
               "Version and licence", "show_about", "help", role=QAction.MenuRole.AboutRole),
)

MENUS: tuple[tuple[str, str], ...] = (
    ("file", "&File"), ("edit", "&Edit"), ("run", "&Run"), ("view", "&View"), ("help", "&Help"),
)


def keys_text(sequences: Iterable[QKeySequence]) -> str:
    """'Right or N' as a user reads it (in the platform's native spelling)."""
    names = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences]
    return " or ".join(name for name in names if name)


def shortcut_text(spec: ActionSpec) -> str:
    """The keys of one command of the table, as :func:`keys_text` writes them."""
    return keys_text(QKeySequence(s) for s in spec.shortcuts)


class ActionRegistry(QObject):
    """Every QAction declared for one window, in the order declared: the shortcuts' one source."""

    NAME = "action_registry"

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(self.NAME)
        self._actions: list[QAction] = []

    @classmethod
    def of(cls, window: QWidget) -> ActionRegistry:
        """The window's registry, made on first use."""
        found = window.findChild(ActionRegistry, cls.NAME)
        return found if found is not None else cls(window)

    def add(self, action: QAction) -> QAction:
        self._actions.append(action)
        return action

    def actions(self) -> list[QAction]:
        return list(self._actions)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(command, keys) for every declared action that has a shortcut now."""
        rows = []
        for action in self._actions:
            keys = keys_text(action.shortcuts())
            if keys:
                rows.append((action.text().replace("&", "").rstrip("\u2026."), keys))
        return rows


def declare_action(
    owner: QWidget,
    action_id: str,
    text: str,
    shortcuts: Sequence[str] = (),
    call: Callable[[], object] | None = None,
) -> QAction:
    """A QAction of ``owner``'s window, shortcut live everywhere in it, and registered for F1."""
    action = QAction(text, owner)
    action.setObjectName(action_id)
    if shortcuts:
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    if call is not None:
        action.triggered.connect(lambda _=False: call())
    owner.addAction(action)  # shortcuts work even when no menu or toolbar shows the action
    ActionRegistry.of(owner.window()).add(action)
    return action


def tooltip_text(spec: ActionSpec) -> str:
    keys = shortcut_text(spec)
    return f"{spec.tooltip} ({keys})" if keys else spec.tooltip


class ActionSet(QObject):
    """The QActions of one window, built from :data:`ACTIONS` and connected to its handlers."""

    def __init__(self, window: QWidget, specs: Iterable[ActionSpec] = ACTIONS) -> None:
        super().__init__(window)
        self.specs = tuple(specs)
        self._window = window
        self._actions: dict[str, QAction] = {}
        style = window.style()
        self.registry = ActionRegistry.of(window)
        for spec in self.specs:
            action = declare_action(window, spec.id, spec.text, spec.shortcuts)
            if spec.icon is not None:
                action.setIcon(style.standardIcon(spec.icon))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(tooltip_text(spec))
            action.setStatusTip("")
            action.setMenuRole(spec.role)
            action.setCheckable(spec.checkable)
            action.triggered.connect(getattr(window, spec.handler))
            self._actions[spec.id] = action
        self._play_icon = style.standardIcon(SP.SP_MediaPlay)
        self._pause_icon = style.standardIcon(SP.SP_MediaPause)

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def __iter__(self):
        return iter(self._actions.values())

    def spec(self, action_id: str) -> ActionSpec:
        return next(s for s in self.specs if s.id == action_id)

    def in_menu(self, menu: str) -> list[QAction]:
        return [self._actions[s.id] for s in self.specs if s.menu == menu]

    def on_toolbar(self) -> list[QAction]:
        return [self._actions[s.id] for s in self.specs if s.toolbar]

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(command, keys) for every action of the window with a shortcut (the File menu's too)."""
        return self.registry.shortcut_rows()

    # ---------------------------------------------------------------- following the run
    def show_state(self, state: SessionState) -> None:
        """Step says which half comes next in half-step mode; Back only when there is a back."""
        step = self._actions["step"]
        step.setText(f"Step ({state.next_half})" if state.half_steps else "Step")
        if state.half_steps:
            what = "the E-step: new responsibilities" if state.next_half == "E" else (
                "the M-step: new \u03c0, \u03bc\u2081, \u03bc\u2082"
            )
            step.setToolTip(f"Next half step, {what} ({shortcut_text(self.spec('step'))})")
        else:
            step.setToolTip(tooltip_text(self.spec("step")))
        lowest = 0 if state.half_steps else 1
        self._actions["step_back"].setEnabled(state.position > lowest)

    def set_playing(self, playing: bool) -> None:
        play = self._actions["play"]
        play.setText("Pause" if playing else "Play")
        play.setIcon(self._pause_icon if playing else self._play_icon)
        play.setToolTip(
            f"Pause the run ({shortcut_text(self.spec('play'))})"
            if playing
            else tooltip_text(self.spec("play"))
        )


def build_menus(menubar: QMenuBar, actions: ActionSet) -> dict[str, object]:
    """One menu per entry of :data:`MENUS`, filled from the table; returns them by key."""
    menus: dict[str, object] = {}
    for key, title in MENUS:
        menu = menubar.addMenu(title)
        menu.setObjectName(f"{key}_menu")
        items = actions.in_menu(key)
        if key == "file":
            # Quit goes last behind a separator; File actions added later go in front of it.
            menus["file_separator"] = menu.addSeparator()
        if key == "run":
            for action in items:
                menu.addAction(action)
                if action.objectName() == "reset":
                    menu.addSeparator()
        else:
            menu.addActions(items)
        menus[key] = menu
    return menus


def build_toolbar(toolbar: QToolBar, actions: ActionSet) -> None:
    """Icons with their text beside them, big enough to hit on a touch screen or from afar."""
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in actions.on_toolbar():
        if action.objectName() == "new_sample":
            toolbar.addSeparator()
        toolbar.addAction(action)


def shortcuts_dialog(parent: QWidget, actions: ActionSet) -> QMessageBox:
    """Help > Keyboard Shortcuts: every shortcut of every action the window declared."""
    rows = "".join(
        f"<tr><td style='padding-right:18px'>{html.escape(command)}</td>"
        f"<td><b>{html.escape(keys)}</b></td></tr>"
        for command, keys in actions.shortcut_rows()
    )
    box = QMessageBox(parent)
    box.setObjectName("shortcuts_box")
    box.setWindowTitle("Keyboard Shortcuts")
    box.setIcon(QMessageBox.Icon.NoIcon)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<p><b>Keyboard shortcuts</b></p><table>{rows}</table>")
    box.setInformativeText(
        "While you type in a number box, the arrow keys and letters edit the number; "
        "click the plot to use them for the run again."
    )
    return box


def show_about(parent: QWidget) -> None:
    """Help > About: version, what the app shows, colours and licence."""
    QMessageBox.about(
        parent,
        "About EM Explorer",
        f"<h3>EM Explorer {emgui.__version__}</h3>"
        "<p>Watch the Expectation-Maximization algorithm fit a mixture of two normal "
        "distributions with variance 1, one E-step and one M-step at a time. "
        "The log likelihood never decreases.</p>"
        "<p>Colours: Okabe-Ito blue (component 1) and orange (component 2), "
        "distinguishable with common colour-vision deficiencies.</p>"
        "<p>MIT licence. Works offline.</p>",
    )
