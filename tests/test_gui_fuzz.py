"""Random walks through the real main window: whatever a user does, nothing breaks.

Why: the unit tests check each feature alone; a class meets them all mixed, in any order,
with any value typed into any box. Each walk starts a fresh window and does random user
actions (Step, Back, Play and Pause with real timer steps, Reset, timeline seeks, half steps,
history row clicks, typing valid, extreme and invalid values into every input, presets, new
samples, opening good and bad files with the dialogs answered). After every action it checks
what a user would notice:

* no exception, not even inside a slot, and no Qt warning;
* no "nan" or "inf" as a word in any visible text (labels, buttons, tabs, table cells and
  headers, tooltips, plot text, the status bar, the window title); a file's or the user's own
  text quoted in a message is theirs, not the app's;
* the recorded log likelihood never falls by more than 1e-10 relative (EM never decreases);
* a refused file leaves the data and the history exactly as they were, and a saved session
  opens to the very same run;
* the table, timeline, status bar, curves and inputs all show the session's current moment,
  and Play says Pause exactly while the player's timer runs;
* and at the end, after Pause, no timer is left running.

Walks are seeded: a failure names its seed and prints the actions that led to it, which
:func:`replay` runs again in a fresh window (tests/test_fuzz_findings.py keeps such
reproductions). ``EMGUI_FUZZ_ACTIONS=20000`` runs that many actions instead of the suite's
short run (see the README).
"""

from __future__ import annotations

import html
import math
import os
import random
import re
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QSlider,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from emgui.gui import settings
from emgui.gui.file_controller import FileController
from emgui.gui.main_window import MainWindow
from emgui.gui.settings import Settings

DATA = Path(__file__).resolve().parent / "data"
#: Files the walks open: (folder, name) under tests/data.
FILES = sorted(
    (p.parent.name, p.name)
    for folder in ("good", "bad", "open", "sessions")
    for p in (DATA / folder).iterdir()
    if p.is_file() and p.suffix != ".py"
)

FUZZ_ENV = "EMGUI_FUZZ_ACTIONS"
#: Actions in the suite's run (about 30 s on a 2-core machine), in walks of WALK_LENGTH.
DEFAULT_ACTIONS = 600
WALK_LENGTH = 150
#: EM never lowers the log likelihood; rounding may, by this much relative.
SLACK = 1e-10
#: Longest wait for the player's timer steps (it runs at up to 30 a second).
TICK_TIMEOUT_MS = 10_000

Action = tuple

# "nan" or "inf" standing alone (not inside "info", "infinite" or "finance").
NON_FINITE = re.compile(r"(?<![A-Za-z])(nan|inf)(?![A-Za-z])", re.IGNORECASE)
# A file's or the user's own text, quoted in a message ("nan" on line 3 is not a number).
QUOTED = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"]*\"|\u2018[^\u2019]*\u2019|'[^']*'")
TAG = re.compile(r"<[^>]*>")

INPUT_BOXES = (
    "n_box", "sep_box", "true_pi_box", "seed_box",
    "start_pi_box", "start_mu1_box", "start_mu2_box",
    "tolerance_box", "max_iterations_box", "components_box", "start_mu3_box", "start_sd_box",
)
#: What a user might type into any box: ordinary, extreme and impossible values.
TYPED_ANYWHERE = (
    "0", "1", "-1", "0.5", "2", "10", "-0", "00", "1e-6", "1e-12", "1e-13", "1e300", "1e400",
    "-1e400", "1e-400", "5e-324", "nan", "NaN", "inf", "-inf", "infinity", "abc", "", " ",
    "-", "+", ".", ",", "1,5", "1.5.5", "0x10", "1_000", "\u22121", "\u00bd", "99999999999",
    "2147483647", "2147483648", "-2147483648", "1e6", "-1e6", "1000001", "0.999", "0.001",
    "0.0001", "0.9999", "1e-7", "3", "7", "100", "100.1",
)
TYPED_FOR = {
    "n_box": ("1", "2", "5", "80", "500", "2000", "0", "-5", "10000001"),
    "sep_box": ("0", "0.1", "2.4", "5", "100", "100.5", "-1", "50"),
    "true_pi_box": ("0", "1", "0.01", "0.99", "0.45", "1.5"),
    "seed_box": ("0", "531", "2147483646", "2147483647", "-1"),
    "start_pi_box": ("0.001", "0.999", "0.5", "0", "1", "0.0005"),
    "start_mu1_box": ("-1000000", "1000000", "-60", "60", "0.5", "-0.5", "1e7", "0"),
    "start_mu2_box": ("-1000000", "1000000", "-60", "60", "0.5", "-0.5", "1e7", "0"),
    "tolerance_box": ("1e-12", "1", "1e-3", "0.5", "1e-13", "2", "1e-100", "0", "-1e-6"),
    "max_iterations_box": ("1", "2", "3", "5", "10", "100000", "100001", "0"),
    "components_box": ("1", "2", "3", "5", "6", "7", "0"),
    "start_mu3_box": ("-60", "60", "0.5", "1e7", "0"),
    "start_sd_box": ("0", "0.000001", "0.01", "1", "5", "1e7", "-1"),
}
ARROW_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
SLIDER_KEYS = (
    Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End,
    Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
)
RUN_KEYS = {
    "step": Qt.Key.Key_Right, "step_back": Qt.Key.Key_Left, "play": Qt.Key.Key_Space,
    "reset": Qt.Key.Key_Home,
}
ANSWERS = ("discard", "discard", "cancel", "save")
TABLE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
              Qt.Key.Key_Home, Qt.Key.Key_End)
EXPORTS = ("export_history_csv", "export_responsibilities_csv", "export_data_plot",
           "export_likelihood_plot", "export_parameter_plot", "export_window")


#: Findings already reported, each kept as a strict-xfail test in tests/test_fuzz_findings.py,
#: which the walks step over so that they find the next one. When a fix lands, its xfail test
#: passes and fails the suite: remove the test and the entry here together.
KNOWN_TEXT: tuple[re.Pattern[str], ...] = ()
#: (exception type, file, function) of exceptions with a fix under way elsewhere.
KNOWN_EXCEPTIONS: tuple[tuple[type[BaseException], str, str], ...] = ()


def _known_text(text: str) -> bool:
    return any(pattern.search(text) for pattern in KNOWN_TEXT)


def _known_exception(error: BaseException) -> bool:
    frames = traceback.extract_tb(error.__traceback__)
    return any(
        isinstance(error, kind) and any(
            Path(frame.filename).name == file and frame.name == function for frame in frames
        )
        for kind, file, function in KNOWN_EXCEPTIONS
    )


# ------------------------------------------------------------------------------ the window
class ModalDialogOpened(AssertionError):
    """A command opened a modal dialog the walk did not answer (it would wait for ever)."""


def _no_modal(*_args, **_kwargs):
    raise ModalDialogOpened("a modal dialog opened that no test answers")


@dataclass
class Walk:
    """One window, the scripted answers to its dialogs, and the record of what was done."""

    window: MainWindow
    qtbot: object
    folder: Path
    answers: list[str] = field(default_factory=list)
    choices: list[tuple] = field(default_factory=list)
    boxes: list[tuple[str, str, str]] = field(default_factory=list)
    done: list[Action] = field(default_factory=list)
    saved: int = 0

    # ---------------------------------------------------------------- dialogs, answered
    def script_dialogs(self) -> None:
        files = self.window.files
        assert files is not None
        files.ask_open_path = lambda title, filters: self.next_open_path
        files.ask_save_path = lambda title, filters, suggested: self._save_path(suggested)
        files.ask_save_changes = lambda doing: self.answers.pop(0) if self.answers else "discard"
        files.ask_open_choice = self._open_choice
        files.show_message = lambda kind, title, text: self.boxes.append((kind, title, text))
        self.next_open_path: str | None = None

    def copy_of(self, folder: str, name: str) -> Path:
        """A copy of tests/data/folder/name to open: saving an opened session writes to it."""
        copy = self.folder / "data" / folder / name
        if not copy.exists():
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes((DATA / folder / name).read_bytes())
        return copy

    def _save_path(self, suggested: str) -> str:
        self.saved += 1
        suffix = Path(suggested).suffix or ".emgui"
        return str(self.folder / f"walk-{self.saved}{suffix}")

    def _open_choice(self, table):
        """The Open Data dialog, built as the user sees it, set as the walk says, never shown."""
        from emgui.gui.dialogs.open_data import OpenDataDialog

        how = self.choices.pop(0) if self.choices else ("ok",)
        dialog = OpenDataDialog(table, self.window.session.start, self.window)
        try:
            if how[0] == "cancel":
                return None
            if how[0] == "column" and dialog.column_combo.count():
                dialog.column_combo.setCurrentIndex(how[1] % dialog.column_combo.count())
            elif how[0] == "divide":
                dialog.divide_check.setChecked(not dialog.divide_check.isChecked())
            elif how[0] == "centre" and dialog.centre_check.isEnabled():
                dialog.centre_check.setChecked(not dialog.centre_check.isChecked())
            elif how[0] == "scale":
                _type_into(self.qtbot, dialog.scale_spin, how[1], "enter")
            bad = [(where, text) for where, text in _widget_texts(dialog, visible_only=False)
                   if _non_finite(text)]
            assert not bad, f"the Open Data dialog shows a non-finite number: {bad}"
            return dialog.choice()
        finally:
            dialog.deleteLater()


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type text key by key; characters beyond Latin-1 (a minus sign, a star) arrive as a
    keyboard layout or an input method delivers them, as text with no key of their own
    (QTest's key clicks stop the program on them)."""
    for char in text:
        if ord(char) < 256:
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _type_into(qtbot, box: QAbstractSpinBox, text: str, finish: str) -> None:
    """Select what the box shows, type text as keys, then Enter or move the focus away."""
    box.setFocus(Qt.FocusReason.MouseFocusReason)
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    type_text(qtbot, box, text)
    if finish == "enter":
        qtbot.keyClick(box, Qt.Key.Key_Return)
    else:
        box.clearFocus()  # focus out finishes the edit as Tab or a click elsewhere does


def make_window(qtbot, folder: Path) -> Walk:
    """A fresh window with the File menu, shown offscreen, at a size a projector has."""
    settings.set_application_identity()
    window = MainWindow(settings=Settings(), remember=False, file_commands=True)
    qtbot.addWidget(window)
    walk = Walk(window, qtbot, folder)
    walk.script_dialogs()
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)  # else setFocus, so typing, is lost
    window.controls.speed_slider.setValue(30)  # real timer steps, but quick ones
    return walk


# ------------------------------------------------------------------------------ actions
def random_action(rng: random.Random, walk: Walk) -> Action:
    """A random user action, with every choice it needs made now (so it can be replayed)."""
    window = walk.window
    state = window.session.state
    kind = rng.choices(
        ["step", "step_back", "play", "wait", "reset", "new_sample", "seek", "seek_key",
         "half", "truth", "smooth", "row", "type", "arrow", "speed", "preset", "save_preset",
         "delete_preset", "open", "save", "tab", "point", "point_spin", "drag", "copy",
         "table_key", "uncertain", "hover", "export", "drop"],
        weights=[14, 5, 6, 8, 3, 2, 5, 3, 4, 2, 2, 5, 16, 4, 1, 3, 1, 1, 6, 1, 3, 2, 1, 1, 1,
                 2, 1, 1, 1, 1],
    )[0]
    if kind == "table_key":
        return ("table_key", int(rng.choice(TABLE_KEYS).value), rng.randint(1, 3))
    if kind == "hover":
        return ("hover", rng.randint(-1, max(0, state.data.x.size - 1)))
    if kind == "export":
        return ("export", rng.choice(EXPORTS))
    if kind == "drop":
        folder, name = rng.choice(FILES)
        return ("drop", folder, name, rng.choice(ANSWERS))
    if kind in RUN_KEYS or kind == "new_sample":
        return (kind, rng.choice(("action", "button", "button", "key")))
    if kind == "wait":
        return ("wait", rng.randint(1, 6))
    if kind == "seek":
        return ("seek", rng.randint(0, max(0, window.timeline.slider.maximum())))
    if kind == "seek_key":
        return ("seek_key", int(rng.choice(SLIDER_KEYS).value))
    if kind == "row":
        return ("row", rng.randint(0, max(0, len(state.history) - 1)))
    if kind == "type":
        name = rng.choice(INPUT_BOXES)
        dice = rng.random()
        if dice < 0.4:
            text = rng.choice(TYPED_FOR[name])
        elif dice < 0.7:
            text = random_number_text(rng, name)
        else:
            text = rng.choice(TYPED_ANYWHERE)
        if name == "n_box" and _too_slow(text):
            text = "10000001"  # refused at once; a 10^7 sample would spend the whole budget
        return ("type", name, text, rng.choice(("enter", "focus")))
    if kind == "arrow":
        return ("arrow", rng.choice(INPUT_BOXES), int(rng.choice(ARROW_KEYS).value),
                rng.randint(1, 3))
    if kind == "speed":
        return ("speed", rng.randint(1, 30))
    if kind == "preset":
        return ("preset", rng.randint(0, 20), rng.choice(("button", "enter")))
    if kind == "save_preset":
        return ("save_preset", rng.choice(("Mine", "  ", "Ä ★ <b>x</b> &amp;", "x" * 80)))
    if kind == "open":
        folder, name = rng.choice(FILES)
        choice = rng.choice((("ok",), ("ok",), ("cancel",), ("column", rng.randint(0, 3)),
                             ("divide",), ("centre",),
                             ("scale", rng.choice(("0", "1e-9", "1000", "abc", "2.5")))))
        return ("open", folder, name, rng.choice(ANSWERS), choice)
    if kind == "save":
        return ("save",)
    if kind == "tab":
        return ("tab", rng.choice(("inspector", "trace")), rng.randint(0, 5))
    if kind == "point":
        return ("point", rng.randint(0, max(0, state.data.x.size - 1)))
    if kind == "point_spin":
        return ("point_spin", rng.choice(("1", "0", "80", "81", "99999", "abc")))
    if kind == "drag":
        return ("drag", rng.choice((-3.0, -0.5, 0.0, 1.0, 4.0, 1e6, -2e6)),
                rng.choice((-1.0, 0.5, 2.0, 1e6, 3e6)))
    return (kind,)  # half, truth, smooth, delete_preset, copy


def random_number_text(rng: random.Random, name: str) -> str:
    """A number in (or just beyond) the range a box takes, as a user would type it."""
    if name == "n_box":
        return str(rng.randint(1, 3000))
    if name == "seed_box":
        return str(rng.randint(0, 2**31))
    if name == "max_iterations_box":
        return str(rng.randint(1, 300))
    if name == "tolerance_box":
        return f"{10 ** rng.uniform(-13, 0.3):.2g}"
    if name in ("start_mu1_box", "start_mu2_box"):
        return f"{rng.uniform(-70, 70):.3f}"
    if name == "sep_box":
        return f"{rng.uniform(0, 101):.1f}"
    if name == "components_box":
        return str(rng.randint(0, 7))
    if name == "start_mu3_box":
        return f"{rng.uniform(-70, 70):.3f}"
    if name == "start_sd_box":
        return f"{10 ** rng.uniform(-6, 2):.3g}"
    return f"{rng.uniform(-0.01, 1.01):.3f}"  # the two probabilities


def _too_slow(text: str) -> bool:
    try:
        return 10_000 < int(float(text)) <= 10_000_000
    except (ValueError, OverflowError):
        return False


def _action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def _press_command(walk: Walk, name: str, how: str) -> None:
    window, qtbot = walk.window, walk.qtbot
    action = _action(window, name)
    if how == "action":
        action.trigger()
    elif how == "button":
        button = window.toolbar.widgetForAction(action)
        assert button is not None, name
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    else:  # the shortcut, typed wherever the keyboard is (a box may take the key itself)
        target = QApplication.focusWidget() or window
        qtbot.keyClick(target, RUN_KEYS[name])


def run_action(walk: Walk, action: Action) -> None:
    """Do one action as a user would."""
    window, qtbot = walk.window, walk.qtbot
    kind = action[0]
    if kind in RUN_KEYS:
        _press_command(walk, kind, action[1])
    elif kind == "new_sample":
        if action[1] == "button":
            qtbot.mouseClick(window.controls.new_sample_button, Qt.MouseButton.LeftButton)
        else:
            _action(window, "new_sample").trigger()
    elif kind == "wait":
        _wait_ticks(walk, action[1])
    elif kind == "seek":
        slider = window.timeline.slider
        slider.setValue(min(action[1], slider.maximum()))  # as dragging the handle there does
    elif kind == "seek_key":
        qtbot.keyClick(window.timeline.slider, Qt.Key(action[1]))
    elif kind == "half":
        qtbot.mouseClick(window.controls.half_check, Qt.MouseButton.LeftButton,
                         pos=QPoint(8, window.controls.half_check.height() // 2))
    elif kind == "truth":
        window.controls.truth_check.click()
    elif kind == "smooth":
        window.controls.smooth_check.click()
    elif kind == "row":
        _click_row(walk, action[1])
    elif kind == "type":
        box = window.findChild(QAbstractSpinBox, action[1])
        assert box is not None, action[1]
        if box.isEnabled() and box.isVisibleTo(window):  # a hidden row cannot be typed into
            _type_into(qtbot, box, action[2], action[3])
    elif kind == "arrow":
        box = window.findChild(QAbstractSpinBox, action[1])
        assert box is not None, action[1]
        if box.isEnabled() and box.isVisibleTo(window):
            box.setFocus(Qt.FocusReason.MouseFocusReason)
            for _ in range(action[3]):
                qtbot.keyClick(box, Qt.Key(action[2]))
    elif kind == "speed":
        window.controls.speed_slider.setValue(action[1])
    elif kind == "preset":
        _load_preset(walk, action[1], action[2])
    elif kind == "save_preset":
        _save_preset(walk, action[1])
    elif kind == "delete_preset":
        window.presets_panel.delete_selected(confirm=False)
    elif kind == "open":
        _open(walk, *action[1:])
    elif kind == "save":
        _save_and_reopen(walk)
    elif kind == "tab":
        tabs = window.inspector_tabs if action[1] == "inspector" else window.trace_tabs
        tabs.setCurrentIndex(action[2] % tabs.count())
    elif kind == "point":
        if action[1] < window.session.state.data.x.size:
            window.data_view.point_clicked.emit(action[1])  # what a click on the mark sends
    elif kind == "point_spin":
        panel = window.point_panel
        spin = panel.findChild(QAbstractSpinBox)
        window.inspector_tabs.setCurrentWidget(window._point_tab.page)
        _type_into(qtbot, spin, action[1], "enter")
    elif kind == "drag":
        _drag_means(walk, action[1], action[2])
    elif kind == "copy":
        _action(window, "copy_history").trigger()
    elif kind == "table_key":
        table = window.history_table
        table.setFocus(Qt.FocusReason.MouseFocusReason)
        for _ in range(action[2]):
            qtbot.keyClick(table, Qt.Key(action[1]))
    elif kind == "uncertain":
        window.inspector_tabs.setCurrentWidget(window._point_tab.page)
        button = next(b for b in window.point_panel.findChildren(QAbstractButton)
                      if b.text() == "Most uncertain")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    elif kind == "hover":
        if action[1] < window.session.state.data.x.size:
            window.data_view.point_hovered.emit(action[1])  # what the mouse over a mark sends
    elif kind == "export":
        walk.boxes.clear()
        _action(window, action[1]).trigger()
        nothing_yet = action[1] == "export_responsibilities_csv" and window.session.state.r is None
        errors = [box for box in walk.boxes if box[0] == "error" and not nothing_yet]
        assert not errors, f"{action[1]} failed: {errors}"
    elif kind == "drop":
        _drop(walk, *action[1:])
    else:  # pragma: no cover - random_action makes only the kinds above
        raise AssertionError(f"unknown action {action}")


def _wait_ticks(walk: Walk, ticks: int) -> None:
    """While playing, let the real timer make `ticks` steps (or stop by itself)."""
    player, session = walk.window.player, walk.window.session
    if not player.playing:
        return
    seen = [0]

    def count(_state) -> None:
        seen[0] += 1

    session.changed.connect(count)
    try:
        walk.qtbot.waitUntil(lambda: seen[0] >= ticks or not player.playing,
                             timeout=TICK_TIMEOUT_MS)
    finally:
        session.changed.disconnect(count)


def _click_row(walk: Walk, row: int) -> None:
    table = walk.window.history_table
    model = table.model()
    if row >= model.rowCount():
        return
    index = model.index(row, 1)
    table.scrollTo(index)
    rect = table.visualRect(index)
    if rect.isEmpty():
        return
    walk.qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _load_preset(walk: Walk, row: int, how: str) -> None:
    window = walk.window
    panel = window.presets_panel
    window.inspector_tabs.setCurrentWidget(window._presets_tab.page)
    presets = panel.findChild(QListWidget, "presetList")
    presets.setCurrentRow(row % presets.count())
    if how == "enter":
        walk.qtbot.keyClick(presets, Qt.Key.Key_Return)
    else:
        load = next(b for b in panel.findChildren(QAbstractButton) if b.text() == "&Load")
        walk.qtbot.mouseClick(load, Qt.MouseButton.LeftButton)


def _save_preset(walk: Walk, title: str) -> None:
    """Presets > Save current as preset, the title typed into its dialog, then Save."""
    from emgui.gui.panels import presets_panel

    window, qtbot = walk.window, walk.qtbot
    panel = window.presets_panel
    window.inspector_tabs.setCurrentWidget(window._presets_tab.page)
    button = next(b for b in panel.findChildren(QAbstractButton) if b.text().startswith("&Save"))
    if not button.isEnabled():
        return

    def answer(dialog: presets_panel.SavePresetDialog) -> int:
        type_text(qtbot, dialog.title_edit, title)
        shown = [(where, text) for where, text in _widget_texts(dialog, visible_only=False)
                 if _non_finite(text)]
        assert not shown, f"the Save Preset dialog shows a non-finite number: {shown}"
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        return QDialog.DialogCode.Accepted if save.isEnabled() else QDialog.DialogCode.Rejected

    original = presets_panel.SavePresetDialog.exec
    presets_panel.SavePresetDialog.exec = answer
    try:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        presets_panel.SavePresetDialog.exec = original


def _open(walk: Walk, folder: str, name: str, answer: str, choice: tuple) -> None:
    """File > Open Data (or Open Session), the dialog answered with this file."""
    window = walk.window
    path = walk.copy_of(folder, name)
    walk.next_open_path = str(path)
    walk.answers[:] = [answer]
    walk.choices[:] = [choice]
    before = _snapshot(window)
    walk.boxes.clear()
    command = "open_session" if path.suffix == ".emgui" else "open_data"
    _action(window, command).trigger()
    opened = window.session.state.change == "data" and _snapshot(window) != before
    if not opened:
        assert _snapshot(window) == before, f"refusing {folder}/{name} changed the session"
    for _kind, _title, text in walk.boxes:
        assert "Traceback" not in text and "\\x" not in text, text


def _drop(walk: Walk, folder: str, name: str, answer: str) -> None:
    """A file dragged from the file manager and dropped on the window (it opens just after)."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    window = walk.window
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(walk.copy_of(folder, name)))])
    walk.answers[:] = [answer]
    walk.choices[:] = [("ok",)]
    files = window.files
    opened: list[tuple[tuple, bool]] = []

    def open_path(path: str) -> bool:  # the session just before the file opens (Play may run)
        before = _snapshot(window)
        opened.append((before, FileController.open_path(files, path)))
        return opened[-1][1]

    files.open_path = open_path
    try:
        # Qt delivers a drop only inside a real drag, which offscreen has none of: the window's
        # handlers get the events a drag from a file manager brings.
        where, buttons = QPoint(200, 200), Qt.MouseButton.LeftButton
        enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, buttons,
                                Qt.KeyboardModifier.NoModifier)
        window.dragEnterEvent(enter)
        assert enter.isAccepted(), f"a drag of {folder}/{name} is not taken"
        window.dropEvent(QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime, buttons,
                                    Qt.KeyboardModifier.NoModifier))
        walk.qtbot.waitUntil(lambda: bool(opened), timeout=5000)  # it opens from the event loop
    finally:
        del files.open_path
    before, ok = opened[0]
    if not ok:
        assert _snapshot(window) == before, f"refusing the dropped {folder}/{name} changed it"


def _save_and_reopen(walk: Walk) -> None:
    """File > Save Session As, then File > Open Session of it: the very same run comes back."""
    window = walk.window
    walk.boxes.clear()
    before = (*_snapshot(window), window.session.state.position)
    if not window.files.save_session_as(None):
        return
    walk.next_open_path = str(walk.folder / f"walk-{walk.saved}.emgui")
    walk.answers[:] = ["discard"]
    _action(window, "open_session").trigger()
    after = (*_snapshot(window), window.session.state.position)
    assert after == before, "the saved session opened to another run"
    # A sample this computer draws differently (from a session made elsewhere) is said again.
    said = [box for box in walk.boxes if "draws the simulated sample" not in box[2]]
    assert said == [], said


def _drag_means(walk: Walk, mu1: float, mu2: float) -> None:
    """Let go of the mean markers at mu1 and mu2, as the end of a drag does (step 0 only)."""
    view = walk.window.data_view
    lines = view.mean_lines
    if not lines[0].movable:
        return
    lines[0].setValue(mu1)
    if len(lines) > 1:
        lines[1].setValue(mu2)
    lines[-1].sigPositionChangeFinished.emit(lines[-1])


def _snapshot(window: MainWindow) -> tuple:
    state = window.session.state
    return (state.data.x.tobytes(), state.data.source, state.start, state.tol,
            tuple((row.theta, row.loglik) for row in state.history))


# ------------------------------------------------------------------------------ checks
def _plain(text: str) -> str:
    return html.unescape(TAG.sub(" ", text))


def _non_finite(text: str) -> bool:
    return NON_FINITE.search(QUOTED.sub(" ", _plain(text))) is not None


def _item_view_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    rows = model.rowCount(QModelIndex())
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list's model hides it: one column
        columns = 1
    top = view.indexAt(QPoint(1, 1)).row()
    bottom = view.indexAt(QPoint(1, view.viewport().height() - 2)).row()
    top = 0 if top < 0 else top
    bottom = rows - 1 if bottom < 0 else bottom
    name = view.objectName() or type(view).__name__
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
        for column in range(columns):
            yield f"{name} header {column}", str(model.headerData(column, Qt.Orientation.Horizontal,
                                                                 role) or "")
        for row in range(top, min(bottom, rows - 1) + 1):
            for column in range(columns):
                value = model.data(model.index(row, column), role)
                if value is not None:
                    yield f"{name} cell ({row}, {column})", str(value)


def _scene_texts(view: QGraphicsView) -> Iterator[tuple[str, str]]:
    scene = view.scene()
    if scene is None:
        return
    name = view.objectName() or type(view).__name__
    for item in scene.items():
        if not item.isVisible():
            continue
        if isinstance(item, QGraphicsTextItem):
            yield f"{name} plot text", item.toPlainText()
        elif isinstance(item, QGraphicsSimpleTextItem):
            yield f"{name} plot text", item.text()
        tip = item.toolTip()
        if tip:
            yield f"{name} plot tooltip", tip


def _widget_texts(root: QWidget, visible_only: bool = True) -> Iterator[tuple[str, str]]:
    """Every text a user can see in root: (where, text)."""
    yield "window title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if visible_only and not widget.isVisible():
            continue
        where = widget.objectName() or type(widget).__name__
        if widget.toolTip():
            yield f"{where} tooltip", widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            yield where, widget.text()
        elif isinstance(widget, QTextEdit):
            yield where, widget.toPlainText()
        elif isinstance(widget, QStatusBar):
            yield where, widget.currentMessage()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield f"{where} tab {i}", widget.tabText(i)
                yield f"{where} tab {i} tooltip", widget.tabToolTip(i)
        elif isinstance(widget, QAbstractItemView):
            yield from _item_view_texts(widget)
        elif isinstance(widget, QGraphicsView):
            yield from _scene_texts(widget)
        elif isinstance(widget, QSlider):
            yield f"{where} accessible", widget.accessibleName()


def check_window(walk: Walk) -> None:
    """What a user would notice after an action: non-finite text, a falling likelihood."""
    window = walk.window
    shown = [(where, text) for where, text in _widget_texts(window)
             if _non_finite(text) and not _known_text(text)]
    assert not shown, f"non-finite text on screen: {shown[:5]}"
    state = window.session.state
    logliks = [row.loglik for row in state.history]
    assert all(math.isfinite(value) for value in logliks), logliks
    for t in range(1, len(logliks)):
        fall = logliks[t - 1] - logliks[t]
        assert fall <= SLACK * abs(logliks[t - 1]), (
            f"the log likelihood fell by {fall:.3g} at iteration {t} "
            f"({logliks[t - 1]!r} -> {logliks[t]!r})"
        )
    check_views_agree(window)


def check_views_agree(window: MainWindow) -> None:
    """Every view shows the session's current moment, and Play says what the player does."""
    from emgui.gui.panels.timeline import step_label
    from emgui.gui.status import convergence_text, format_loglik, iteration_text

    state = window.session.state
    playing = window.player.playing
    assert playing == _player_timer(window).isActive()
    assert _action(window, "play").text() == ("Pause" if playing else "Play")
    table = window.history_table.history_model
    assert table.rowCount() == len(state.history)
    assert table.current == state.iteration
    assert window.timeline.label_text() == step_label(state)
    assert window.timeline.slider.value() == (
        state.position if state.half_steps else state.iteration
    )
    assert window.status.iteration_label.text() == iteration_text(state)
    assert window.status.loglik_label.text() == f"log L = {format_loglik(state.loglik)}"
    assert window.status.converged_label.text() == convergence_text(state)
    if not window.data_view.tween.running:
        assert window.data_view.drawn_theta == state.theta, "the curves show another step"
    check_controls_agree(window)


def check_controls_agree(window: MainWindow) -> None:
    """The inputs show the session's settings (a refused value was put back)."""
    from emgui.gui.status import format_tolerance

    state, c = window.session.state, window.controls
    start = state.start
    shown = {"start μ₁": (c.mu1_box, start.means[0]), "components": (c.components_box,
                                                                    state.model.k)}
    if start.k == 2:
        shown["start π"] = (c.pi_box, start.weights[0])
    if start.k >= 2:
        shown["start μ₂"] = (c.mu2_box, start.means[1])
    for j, box in enumerate(c.more_mean_boxes[: max(start.k - 2, 0)], start=2):
        shown[f"start μ{j + 1}"] = (box, start.means[j])
    if state.model.estimates_variance:
        shown["start σ"] = (c.sd_box, start.sds[0])
    sim = state.data.simulation
    if sim is not None:
        shown.update({"n": (c.n_box, sim.n), "seed": (c.seed_box, sim.seed)})
        if hasattr(sim, "sep"):
            shown.update({"separation": (c.sep_box, sim.sep),
                          "true π": (c.true_pi_box, sim.true_pi)})
    for name, (box, value) in shown.items():
        if box.hasFocus():  # being edited: the typed text counts once editing ends
            continue
        places = box.decimals() if hasattr(box, "decimals") else 0
        value = min(max(value, box.minimum()), box.maximum())
        assert abs(box.value() - value) <= 0.5 * 10.0**-places + 1e-9 * abs(value), (
            f"the {name} box shows {box.text()!r}, the session has {value!r}"
        )
    assert c.tol_box.hasFocus() or c.tol_box.text() == format_tolerance(state.tol)
    assert c.max_iter_box.value() == min(state.max_iterations, c.max_iter_box.maximum())
    assert c.half_check.isChecked() == state.half_steps


def _player_timer(window: MainWindow) -> QTimer:
    timers = window.player.findChildren(QTimer)
    assert len(timers) == 1
    return timers[0]


def _qt_problems(qtlog, seen: int) -> list[str]:
    from PySide6.QtCore import QtMsgType

    bad = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
    return [record.message for record in qtlog.records[seen:] if record.type in bad]


class WalkFailed(AssertionError):
    """A walk's check failed; the message carries the actions that led there."""


def _describe(seed: int, done: list[Action], error: BaseException) -> str:
    tail = done[-40:]
    return (
        f"walk seed {seed}, action {len(done)}: {type(error).__name__}: {error}\n"
        f"last {len(tail)} actions (replay(qtbot, tmp_path, ACTIONS) runs them again):\n"
        f"ACTIONS = {tail!r}"
    )


def do_checked(walk: Walk, action: Action, qtlog) -> None:
    """Run one action and check everything a user would notice after it."""
    seen = len(qtlog.records)
    with walk.qtbot.captureExceptions() as exceptions:
        try:
            run_action(walk, action)
        except Exception as error:
            if not _known_exception(error):
                raise
        QApplication.processEvents()
    for kind, value, _tb in exceptions:
        if not _known_exception(value):
            raise WalkFailed(f"{kind.__name__} in a slot: {value}") from value
    problems = _qt_problems(qtlog, seen)
    assert not problems, f"Qt warned: {problems}"
    check_window(walk)


def finish(walk: Walk) -> None:
    """Pause (as a user does before closing) and check that no timer is left running."""
    window = walk.window
    if window.player.playing:
        _action(window, "play").trigger()
    window.data_view.tween.finish()
    assert not window.player.playing
    running = [t for t in window.findChildren(QTimer) if t.isActive()]
    assert not running, f"{len(running)} QTimer(s) still running after Pause"
    walk.answers[:] = ["discard"]
    window.close()


def replay(qtbot, tmp_path: Path, actions: list[Action], qtlog=None) -> Walk:
    """Run recorded actions in a fresh window, checking after each one (for reproductions)."""
    walk = make_window(qtbot, tmp_path)
    try:
        for action in actions:
            walk.done.append(action)
            if qtlog is None:
                run_action(walk, action)
                QApplication.processEvents()
                check_window(walk)
            else:
                do_checked(walk, action, qtlog)
        finish(walk)
    finally:
        walk.window.player.pause()
    return walk


def walk_once(qtbot, qtlog, folder: Path, seed: int, length: int) -> int:
    """One seeded walk of `length` actions in a fresh window; returns the actions run."""
    rng = random.Random(seed)
    walk = make_window(qtbot, folder)
    try:
        for _ in range(length):
            action = random_action(rng, walk)
            walk.done.append(action)
            try:
                do_checked(walk, action, qtlog)
            except Exception as error:
                raise WalkFailed(_describe(seed, walk.done, error)) from error
        finish(walk)
    finally:
        walk.window.player.pause()
    return len(walk.done)


@pytest.fixture
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody answers would hang the walk: make it a failure instead."""
    monkeypatch.setattr(QDialog, "exec", _no_modal)
    monkeypatch.setattr(QMessageBox, "exec", _no_modal)
    for name in ("question", "warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, _no_modal)


def planned_actions() -> int:
    value = os.environ.get(FUZZ_ENV, "").strip()
    return int(value) if value else DEFAULT_ACTIONS


def test_random_walks_through_the_window_break_nothing(
    qtbot, qtlog, tmp_path: Path, capsys: pytest.CaptureFixture, no_modal_dialogs
) -> None:
    total = planned_actions()
    base = int(os.environ.get("EMGUI_FUZZ_SEED", "0"))
    done, walks = 0, 0
    while done < total:
        folder = tmp_path / f"walk{walks}"
        folder.mkdir()
        done += walk_once(qtbot, qtlog, folder, base + walks, min(WALK_LENGTH, total - done))
        walks += 1
    with capsys.disabled():
        print(f"\nGUI fuzz: {done} actions in {walks} walks (seeds {base}..{base + walks - 1})")
    assert done == total
