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
from emgui.core.i18n import QT_TRANSLATE_NOOP
from emgui.gui.i18n import translate
from emgui.gui.session import SessionState

SP = QStyle.StandardPixmap


def _t(text: str) -> str:
    return translate("Actions", text)


@dataclass(frozen=True)
class ActionSpec:
    """One command: where it shows and what it calls."""

    id: str
    text: str
    icon: QStyle.StandardPixmap | None
    shortcuts: tuple[str, ...]
    tooltip: str
    handler: str  # method name on the window
    menu: str  # "file", "edit", "view", "run", "help"
    toolbar: bool = False
    role: QAction.MenuRole = QAction.MenuRole.NoRole
    checkable: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("step", QT_TRANSLATE_NOOP("Actions", "Step"), SP.SP_MediaSeekForward,
               ("Right", "N"),
               QT_TRANSLATE_NOOP("Actions", "One EM iteration: E-step, then M-step"),
               "step", "run", toolbar=True),
    ActionSpec("play", QT_TRANSLATE_NOOP("Actions", "Play"), SP.SP_MediaPlay, ("Space",),
               QT_TRANSLATE_NOOP("Actions", "Run EM until it converges or reaches the maximum "
                                 "iterations"), "toggle_play",
               "run", toolbar=True),
    ActionSpec("step_back", QT_TRANSLATE_NOOP("Actions", "Back"), SP.SP_MediaSeekBackward,
               ("Left",),
               QT_TRANSLATE_NOOP("Actions", "Go back one step through the history"),
               "step_back", "run", toolbar=True),
    ActionSpec("reset", QT_TRANSLATE_NOOP("Actions", "Reset"), SP.SP_MediaSkipBackward,
               ("Home", "R"),
               QT_TRANSLATE_NOOP("Actions", "Back to the start values, same data"),
               "reset", "run", toolbar=True),
    ActionSpec("new_sample", QT_TRANSLATE_NOOP("Actions", "New sample"), SP.SP_BrowserReload,
               ("Ctrl+Shift+N",),
               QT_TRANSLATE_NOOP("Actions", "Draw a new sample with the next seed and start "
                                 "over"), "new_sample", "run",
               toolbar=True),
    ActionSpec("simulate_mixture", QT_TRANSLATE_NOOP("Actions", "Simulate K Components…"), None,
               ("Ctrl+Shift+K",),
               QT_TRANSLATE_NOOP("Actions", "Draw a sample from up to six components: a weight, "
                                 "a mean and a σ for each"), "simulate_mixture", "run"),
    ActionSpec("copy_history", QT_TRANSLATE_NOOP("Actions", "Copy History as Text"), None,
               ("Ctrl+Shift+C",),
               QT_TRANSLATE_NOOP("Actions", "Copy the history table as tab-separated text, "
                                 "rounded as shown (it pastes into a spreadsheet); File > "
                                 "Export > History as CSV keeps every digit"),
               "copy_history", "edit"),
    ActionSpec(
        "presentation", QT_TRANSLATE_NOOP("Actions", "Presentation Mode"), None, ("F5",),
        QT_TRANSLATE_NOOP("Actions", "Full screen for a projector: everything larger, only the run and its plots (Esc leaves)"),  # noqa: E501
        "toggle_presentation", "view", checkable=True,
    ),
    ActionSpec(
        "leave_presentation", QT_TRANSLATE_NOOP("Actions", "Leave Presentation Mode"),
        SP.SP_TitleBarNormalButton, ("Esc",),
        QT_TRANSLATE_NOOP("Actions", "Back to the window as it was before"),
        "leave_presentation", "view",
    ),
    ActionSpec(
        "zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom In"), None, ("Ctrl+=", "Ctrl++"),
        QT_TRANSLATE_NOOP("Actions", "Larger text, lines, marks and handles everywhere"),
        "zoom_in", "view",
    ),
    ActionSpec(
        "zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom Out"), None, ("Ctrl+-",),
        QT_TRANSLATE_NOOP("Actions", "Smaller text, lines, marks and handles everywhere"),
        "zoom_out", "view",
    ),
    ActionSpec(
        "reset_zoom", QT_TRANSLATE_NOOP("Actions", "Reset Zoom"), None, ("Ctrl+0",),
        QT_TRANSLATE_NOOP("Actions", "Back to the normal size (100 %; 160 % in presentation mode)"),
        "reset_zoom", "view",
    ),
    ActionSpec(
        "high_contrast", QT_TRANSLATE_NOOP("Actions", "High Contrast"), None, ("Ctrl+Shift+H",),
        QT_TRANSLATE_NOOP("Actions", "Black on white, thicker curves, no light greys: for a washed-out projector"),  # noqa: E501
        "toggle_high_contrast", "view", checkable=True,
    ),
    ActionSpec(
        "why", QT_TRANSLATE_NOOP("Actions", "Why EM Climbs"), None, ("F2",),
        QT_TRANSLATE_NOOP("Actions", "The likelihood landscape, the lower bound and many starts, in place of the run's plots"),  # noqa: E501
        "toggle_why", "view", checkable=True,
    ),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "Quit"), SP.SP_DialogCloseButton,
               ("Ctrl+Q",),
               QT_TRANSLATE_NOOP("Actions", "Close EM Explorer"), "close", "file",
               role=QAction.MenuRole.QuitRole),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("Actions", "Keyboard Shortcuts"),
               SP.SP_DialogHelpButton, ("F1",),
               QT_TRANSLATE_NOOP("Actions", "List the keyboard shortcuts"), "show_shortcuts",
               "help"),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "About EM Explorer"),
               SP.SP_MessageBoxInformation, (),
               QT_TRANSLATE_NOOP("Actions", "Version and licence"), "show_about", "help",
               role=QAction.MenuRole.AboutRole),
)

MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&File")),
    ("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&View")),
    ("run", QT_TRANSLATE_NOOP("Actions", "&Run")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)


def keys_text(sequences: Iterable[QKeySequence]) -> str:
    """'Right or N' as a user reads it (in the platform's native spelling)."""
    names = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences]
    return translate("Actions", " or ").join(name for name in names if name)


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
    tip = _t(spec.tooltip)
    return translate("Actions", "{tip} ({keys})").format(tip=tip, keys=keys) if keys else tip


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
            action = declare_action(window, spec.id, _t(spec.text), spec.shortcuts)
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
        half = translate("Actions", "Step ({half})").format(half=state.next_half)
        step.setText(half if state.half_steps else translate("Actions", "Step"))
        if state.half_steps:
            what = (translate("Actions", "the E-step: new responsibilities")
                    if state.next_half == "E" else
                    translate("Actions", "the M-step: new \u03c0, \u03bc\u2081, \u03bc\u2082"))
            step.setToolTip(translate("Actions", "Next half step, {what} ({keys})").format(
                what=what, keys=shortcut_text(self.spec("step"))))
        else:
            step.setToolTip(tooltip_text(self.spec("step")))
        lowest = 0 if state.half_steps else 1
        self._actions["step_back"].setEnabled(state.position > lowest)

    def set_playing(self, playing: bool) -> None:
        play = self._actions["play"]
        play.setText(translate("Actions", "Pause") if playing else translate("Actions", "Play"))
        play.setIcon(self._pause_icon if playing else self._play_icon)
        play.setToolTip(
            translate("Actions", "Pause the run ({keys})").format(
                keys=shortcut_text(self.spec("play")))
            if playing
            else tooltip_text(self.spec("play"))
        )


def build_menus(menubar: QMenuBar, actions: ActionSet) -> dict[str, object]:
    """One menu per entry of :data:`MENUS`, filled from the table; returns them by key."""
    menus: dict[str, object] = {}
    for key, title in MENUS:
        menu = menubar.addMenu(_t(title))
        menu.setObjectName(f"{key}_menu")
        items = actions.in_menu(key)
        if key == "file":
            # Quit goes last behind a separator; File actions added later go in front of it.
            menus["file_separator"] = menu.addSeparator()
        if key in ("run", "view"):
            for action in items:
                menu.addAction(action)
                if action.objectName() in ("reset", "leave_presentation", "reset_zoom"):
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
    box.setWindowTitle(translate("Actions", "Keyboard Shortcuts"))
    box.setIcon(QMessageBox.Icon.NoIcon)
    box.setTextFormat(Qt.TextFormat.RichText)
    title = translate("Actions", "Keyboard shortcuts")
    box.setText(f"<p><b>{title}</b></p><table>{rows}</table>")
    box.setInformativeText(translate("Actions",
        "While you type in a number box, the arrow keys and letters edit the number; "
        "click the plot to use them for the run again. Tab moves from control to control "
        "(a thick frame shows where): on the data plot the arrows, Home and End choose a "
        "point, on the timeline they move through the run, and Space ticks a check box."
    ))
    return box


def show_about(parent: QWidget) -> None:
    """Help > About: version, what the app shows, colours and licence."""
    QMessageBox.about(
        parent,
        translate("Actions", "About EM Explorer"),
        f"<h3>EM Explorer {emgui.__version__}</h3>"
        + translate("Actions",
                "<p>Watch the Expectation-Maximization algorithm fit a mixture of two normal "
             "distributions with variance 1, one E-step and one M-step at a time. "
             "The log likelihood never decreases.</p>"
             "<p>Colours: Okabe-Ito blue (component 1) and orange (component 2), "
             "distinguishable with common colour-vision deficiencies.</p>"
             "<p>MIT licence. Works offline.</p>"),
    )
