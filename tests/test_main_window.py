"""The main window, driven like a student drives it: actions, keys, inputs, clicks.

Every check compares what the views hold (``getData()``, table cells) with what the numerical
core computes for the same step.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox, QScrollArea, QWidget

from emgui.core import em
from emgui.core.numbers import increase_text
from emgui.gui import settings
from emgui.gui.main_window import MainWindow
from emgui.gui.session import DEFAULT_START

pytestmark = pytest.mark.gui

INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)
X, _ = em.simulate(80, 2.4, 0.45, 531)


def mixture(grid: np.ndarray, theta: em.Params) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    c1 = theta.pi * INV_SQRT_2PI * np.exp(-0.5 * (grid - theta.mu1) ** 2)
    c2 = (1 - theta.pi) * INV_SQRT_2PI * np.exp(-0.5 * (grid - theta.mu2) ** 2)
    return c1, c2, c1 + c2


def assert_curves_show(window: MainWindow, theta: em.Params) -> None:
    view = window.data_view
    expected = mixture(view.grid(), theta)
    for item, want in zip((*view.component_curves, view.mixture_curve), expected, strict=True):
        xs, ys = item.getData()
        np.testing.assert_array_equal(xs, view.grid())
        np.testing.assert_allclose(ys, want, rtol=1e-12, atol=0)
    assert [line.value() for line in view.mean_lines] == [theta.mu1, theta.mu2]


def core_theta(iteration: int, start: em.Params = DEFAULT_START, x: np.ndarray = X) -> em.Params:
    return em.fit(x, start, iteration)[iteration].theta


@pytest.fixture(autouse=True)
def _identity(qapp):
    settings.set_application_identity()


def make_window(qtbot, smooth: bool = False) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.controls.smooth_check.setChecked(smooth)
    return window


@pytest.fixture
def window(qtbot) -> MainWindow:
    return make_window(qtbot)


@pytest.fixture
def shown(qtbot, window) -> MainWindow:
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.painted)
    return window


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


# ---------------------------------------------------------------- stepping and the views
def test_opens_on_the_seed_scenario(window):
    state = window.session.state
    np.testing.assert_array_equal(state.data.x, X)
    assert state.start == em.Params(0.5, -0.5, 0.5)
    assert state.iteration == 0
    assert_curves_show(window, DEFAULT_START)
    assert window.windowTitle() == "EM Explorer[*]"  # '*' where there are unsaved changes


def test_step_advances_and_the_views_follow(window):
    for k in (1, 2, 3):
        action(window, "step").trigger()
        state = window.session.state
        assert state.iteration == k
        assert state.theta == core_theta(k)
        assert_curves_show(window, core_theta(k))
        rows = em.fit(X, DEFAULT_START, k)
        _, ys = window.likelihood_view.curve.getData()
        np.testing.assert_array_equal(ys, [row.loglik for row in rows])
        assert window.history_table.model().rowCount() == k + 1
    assert window.status.iteration_label.text() == "Iteration 3"
    loglik = em.fit(X, DEFAULT_START, 3)[3].loglik
    assert window.status.loglik_label.text() == f"log L = {loglik:.2f}"


def test_smooth_motion_ends_on_the_cores_numbers(qtbot):
    window = make_window(qtbot, smooth=True)
    assert window.data_view.tween.enabled
    action(window, "step").trigger()
    qtbot.waitUntil(lambda: not window.data_view.tween.running, timeout=3000)
    assert_curves_show(window, core_theta(1))


def test_play_runs_to_convergence_and_stops_its_timer(qtbot, window):
    window.controls.speed_slider.setValue(30)
    assert window.player.speed == 30
    with qtbot.waitSignal(window.player.stopped, timeout=15_000) as blocker:
        action(window, "play").trigger()
        assert window.player.playing
        assert action(window, "play").text() == "Pause"
    assert blocker.args == ["converged"]
    assert not window.player.playing
    assert action(window, "play").text() == "Play"
    state = window.session.state
    rows = em.fit(X, DEFAULT_START, 200, tol=state.tol)
    assert state.converged and state.iteration == rows[-1].step
    assert_curves_show(window, rows[-1].theta)
    assert window.status.message == "Play stopped: converged."
    assert "tolerance 1e-6" in window.status.message_label.toolTip()
    assert window.status.converged_label.text() == f"Converged at iteration {rows[-1].step}"


def test_play_stops_at_the_maximum_iterations_and_says_so(qtbot, window):
    window.controls.speed_slider.setValue(30)
    window.controls.max_iter_box.setValue(3)
    assert window.session.state.max_iterations == 3
    with qtbot.waitSignal(window.player.stopped, timeout=10_000) as blocker:
        action(window, "play").trigger()
    assert blocker.args == ["limit"]
    assert window.session.state.iteration == 3
    assert window.status.message == "Play stopped: limit of 3 iterations."


def test_pause_stops_the_timer(qtbot, window):
    window.controls.speed_slider.setValue(30)
    action(window, "play").trigger()
    with qtbot.waitSignal(window.session.changed, timeout=5000):
        pass
    action(window, "play").trigger()
    assert not window.player.playing
    assert action(window, "play").text() == "Play"
    reached = window.session.state.iteration
    assert reached >= 1
    assert window.data_view.mean_lines[0].value() == core_theta(reached).mu1


def test_reset_restores_step_zero_exactly(window):
    for _ in range(4):
        action(window, "step").trigger()
    action(window, "reset").trigger()
    state = window.session.state
    assert state.iteration == 0
    assert state.theta == DEFAULT_START
    assert len(state.history) == 1
    assert state.loglik == em.log_likelihood(X, DEFAULT_START)
    assert_curves_show(window, DEFAULT_START)
    assert window.history_table.model().rowCount() == 1


def test_back_steps_through_the_history(window):
    assert not action(window, "step_back").isEnabled()
    for _ in range(3):
        action(window, "step").trigger()
    action(window, "step_back").trigger()
    assert window.session.state.iteration == 2
    assert_curves_show(window, core_theta(2))
    assert action(window, "step_back").isEnabled()


# ---------------------------------------------------------------- inputs
def test_data_inputs_draw_a_new_sample(window):
    action(window, "step").trigger()
    window.controls.n_box.setValue(200)
    state = window.session.state
    np.testing.assert_array_equal(state.data.x, em.simulate(200, 2.4, 0.45, 531)[0])
    assert state.iteration == 0
    window.controls.sep_box.setValue(4.0)
    np.testing.assert_array_equal(
        window.session.state.data.x, em.simulate(200, 4.0, 0.45, 531)[0]
    )
    window.controls.seed_box.setValue(7)
    np.testing.assert_array_equal(window.session.state.data.x, em.simulate(200, 4.0, 0.45, 7)[0])
    window.controls.true_pi_box.setValue(0.7)
    np.testing.assert_array_equal(window.session.state.data.x, em.simulate(200, 4.0, 0.7, 7)[0])
    assert_curves_show(window, DEFAULT_START)


def test_new_sample_uses_the_next_seed(window):
    action(window, "new_sample").trigger()
    assert window.session.state.data.simulation.seed == 532
    assert window.controls.seed_box.value() == 532
    window.controls.new_sample_button.click()
    assert window.session.state.data.simulation.seed == 533


def test_a_start_input_resets_to_step_zero(window):
    for _ in range(3):
        action(window, "step").trigger()
    window.controls.mu1_box.setValue(-2.0)
    state = window.session.state
    assert state.start == em.Params(0.5, -2.0, 0.5)
    assert state.iteration == 0 and len(state.history) == 1
    assert_curves_show(window, em.Params(0.5, -2.0, 0.5))
    action(window, "step").trigger()
    assert_curves_show(window, core_theta(1, em.Params(0.5, -2.0, 0.5)))


def test_tolerance_and_limit_inputs_reach_the_session(window):
    window.controls.tol_box.lineEdit().setText("1e-3")
    window.controls.tol_box.editingFinished.emit()
    assert window.session.state.tol == 1e-3
    window.controls.max_iter_box.setValue(50)
    assert window.session.state.max_iterations == 50


def test_an_impossible_value_changes_nothing_and_says_why(qtbot, window):
    action(window, "step").trigger()
    before = window.session.state
    window.controls.tol_box.lineEdit().setText("-3")
    window.controls.tol_box.editingFinished.emit()
    assert window.session.state is before
    assert window.status.message.startswith("The tolerance must")
    assert window.controls.message.text() == window.status.message
    # A request the session refuses: one sentence, widgets put back, state unchanged.
    window.controls.simulation_requested.emit(em.Simulation(n=0))
    assert window.session.state is before
    assert window.status.message == "N must be between 1 and 10,000,000, not 0."
    assert window.controls.n_box.value() == 80


def test_half_steps_change_the_step_text(window):
    step = action(window, "step")
    assert step.text() == "Step"
    window.controls.half_check.setChecked(True)
    assert window.session.state.half_steps
    assert step.text() == "Step (M)"  # the E-step of iteration 0 is shown: the M-step is next
    step.trigger()
    assert window.session.state.phase == "M"
    assert step.text() == "Step (E)"
    assert window.status.iteration_label.text() == "Iteration 1 (after M-step)"
    assert_curves_show(window, core_theta(1))
    step.trigger()
    assert step.text() == "Step (M)"
    window.controls.half_check.setChecked(False)
    assert step.text() == "Step"


def test_show_true_labels_reaches_the_data_view(window):
    assert not window.data_view.show_truth
    window.controls.truth_check.setChecked(True)
    assert window.data_view.show_truth


# ---------------------------------------------------------------- history and markers
def test_choosing_a_history_row_shows_that_step(window):
    for _ in range(5):
        action(window, "step").trigger()
    window.history_table.iteration_selected.emit(2)
    assert window.session.state.iteration == 2
    assert_curves_show(window, core_theta(2))


def test_clicking_a_history_row_shows_that_step(qtbot, shown):
    for _ in range(5):
        action(shown, "step").trigger()
    table = shown.history_table
    rect = table.visualRect(table.model().index(3, 1))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shown.session.state.iteration == 3
    assert_curves_show(shown, core_theta(3))


def test_dragging_the_means_sets_the_start_only_at_step_zero(window):
    lines = window.data_view.mean_lines
    assert all(line.movable for line in lines)
    window.data_view.start_dragged.emit(em.Params(0.5, -1.5, 2.0))
    assert window.session.state.start == em.Params(0.5, -1.5, 2.0)
    assert window.controls.mu1_box.value() == -1.5
    action(window, "step").trigger()
    assert not any(line.movable for line in lines)
    window.data_view.start_dragged.emit(em.Params(0.5, 0.0, 0.1))
    assert window.session.state.start == em.Params(0.5, -1.5, 2.0)
    action(window, "reset").trigger()
    assert all(line.movable for line in lines)


def test_markers_are_fixed_while_playing(qtbot, window):
    action(window, "play").trigger()
    assert not any(line.movable for line in window.data_view.mean_lines)
    window.data_view.start_dragged.emit(em.Params(0.5, -3.0, 3.0))
    assert window.session.state.start == DEFAULT_START
    action(window, "play").trigger()


# ---------------------------------------------------------------- keyboard
def test_keyboard_shortcuts(qtbot, shown):
    def key(k: Qt.Key) -> None:
        QTest.keyClick(shown, k)

    key(Qt.Key.Key_Right)
    assert shown.session.state.iteration == 1
    key(Qt.Key.Key_N)
    assert shown.session.state.iteration == 2
    key(Qt.Key.Key_Left)
    assert shown.session.state.iteration == 1
    key(Qt.Key.Key_Right)
    key(Qt.Key.Key_R)
    assert shown.session.state.iteration == 0 and len(shown.session.state.history) == 1
    key(Qt.Key.Key_Right)
    key(Qt.Key.Key_Home)
    assert shown.session.state.iteration == 0
    key(Qt.Key.Key_Space)
    assert shown.player.playing
    key(Qt.Key.Key_Space)
    assert not shown.player.playing


def test_shortcuts_are_in_the_tooltips_and_the_help(qtbot, window):
    assert "(Right or N)" in action(window, "step").toolTip()
    assert "Space" in action(window, "play").toolTip()
    rows = dict(window.actions.shortcut_rows())
    assert rows["Step"] == "Right or N"
    assert rows["Reset"] == "Home or R"
    assert rows["Back"] == "Left"
    assert rows["Quit"] == "Ctrl+Q"
    window.show_shortcuts()
    box = window.findChild(QMessageBox, "shortcuts_box")
    assert box is not None and "Right or N" in box.text()
    box.close()
    help_menu = window.menus["help"]
    assert [a.objectName() for a in help_menu.actions()] == ["shortcuts", "about"]


def test_ctrl_q_closes_the_window(qtbot, shown):
    QTest.keyClick(shown, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not shown.isVisible())


def test_toolbar_shows_icons_and_text(window):
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    names = [a.objectName() for a in window.toolbar.actions()
             if a.objectName() and a.isVisible()]  # Leave shows in presentation mode only
    assert names == ["step", "play", "step_back", "reset", "new_sample"]
    for a in window.toolbar.actions():
        if a.objectName():
            assert not a.icon().isNull()


# ---------------------------------------------------------------- status bar
def test_status_shows_the_run_and_never_nan(window):
    for _ in range(2):
        action(window, "step").trigger()
    rows = em.fit(X, DEFAULT_START, 2)
    texts = [lab.text() for lab in window.status.findChildren(QLabel)]
    assert f"last increase {increase_text(rows[2].loglik - rows[1].loglik)}" in texts
    assert "Not converged yet" in texts
    assert not any("nan" in t.lower() for t in texts)


# ---------------------------------------------------------------- plug-in points
def test_panels_and_file_actions_plug_in(qtbot, shown):
    window = shown
    tabs = window.inspector_tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == ["Setup", "Point", "M-step", "Truth", "Presets"]
    assert tabs.currentIndex() == 0  # the inputs are in front
    seen = []

    class Panel(QLabel):
        def show_state(self, state):
            seen.append(state.iteration)

    assert window.add_panel(Panel("inspector"), "Extra") == 5
    assert tabs.currentIndex() == 0
    # Wide enough for the panels' formulas: 440 px, or about a third of a small window.
    assert window.main_splitter.sizes()[0] >= min(440, 0.345 * window.width()) - 1
    action(window, "step").trigger()
    assert seen == [0, 1]
    opener = QAction("Open Data…", window)
    window.add_file_actions([opener, None])
    names = [a.text() for a in window.file_menu.actions()]
    assert names[0] == "Open Data…" and names[-1] == "Quit"
    assert window.timeline_slot.itemAt(0).widget() is window.timeline
    assert window.banner_slot.itemAt(0).widget() is window.banner
    recent = window.file_menu.addMenu("Open Recent")  # any QMenu goes in front of Quit too
    window.file_menu.removeAction(recent.menuAction())
    window.add_file_actions([recent])
    assert [a.text() for a in window.file_menu.actions()][-3:] == ["Open Recent", "", "Quit"]


def test_a_close_guard_can_keep_the_window_open(qtbot, shown):
    answers = [False, True]
    shown.add_close_guard(lambda: answers.pop(0))
    shown.close()
    assert shown.isVisible()
    shown.close()
    assert not shown.isVisible()


def test_dropped_files_go_to_the_drop_handler(qtbot, window):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    dropped = []
    window.set_drop_handler(lambda mime: mime.hasUrls(), lambda mime: dropped.append(mime.urls()))
    assert window.acceptDrops()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile("/data/heights.csv")])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert dropped == [[QUrl.fromLocalFile("/data/heights.csv")]]


def test_file_data_at_start_and_bad_files(qtbot, window, tmp_path):
    from emgui.app import load_data_file

    good = tmp_path / "heights.csv"
    good.write_text("x\n1.5\n2.5\n3.0\n-1.0\n", encoding="utf-8")
    bad = tmp_path / "two.csv"
    bad.write_text("a,b\n1,2\n3,4\n", encoding="utf-8")
    before = window.session.state
    problem = load_data_file(window.session, str(bad))
    assert problem and "\n" not in problem and problem.endswith(".")
    assert window.session.state is before
    assert load_data_file(window.session, str(tmp_path / "missing.csv"))
    assert window.session.state is before
    assert load_data_file(window.session, str(good)) == ""
    state = window.session.state
    np.testing.assert_array_equal(state.data.x, [1.5, 2.5, 3.0, -1.0])
    assert state.data.source == "heights.csv"
    assert not window.controls.n_box.isEnabled()
    assert "heights.csv" in window.controls.file_note.text()
    assert window.windowTitle() == "heights.csv[*] \u2014 EM Explorer"
    action(window, "new_sample").trigger()
    assert window.session.state.data.simulation is not None
    assert window.windowTitle() == "EM Explorer[*]"  # '*' where there are unsaved changes


def test_a_bad_file_at_start_is_shown_in_a_dialog(qtbot, window, monkeypatch):
    from emgui import app

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))

    class FakeApp:
        def exec(self) -> int:
            return 0

    assert app._run_interactive(window, FakeApp(), "Two columns.") == 0
    assert shown == ["Two columns."]
    assert window.status.message == "Two columns."
    assert window.isVisible()


def test_about_names_the_version(qtbot, window, monkeypatch):
    import emgui

    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    action(window, "about").trigger()
    assert len(shown) == 1 and emgui.__version__ in shown[0]


# ---------------------------------------------------------------- size and preferences
def test_fits_small_screens(window):
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700
    assert window.size().width() >= 960


def test_preferences_survive_a_restart(qtbot):
    first = make_window(qtbot, smooth=True)
    first.controls.speed_slider.setValue(12)
    first.controls.smooth_check.setChecked(False)
    first.close()
    stored = settings.Settings()
    assert stored.get_bytes("window/geometry") is not None
    assert stored.get_bytes("window/main_splitter") is not None
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.player.speed == 12
    assert second.controls.speed_slider.value() == 12
    assert not second.controls.smooth_check.isChecked()
    assert not second.data_view.tween.enabled


def test_closing_stops_the_player(qtbot, window):
    action(window, "play").trigger()
    assert window.player.playing
    window.close()
    assert not window.player.playing


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_everything_is_visible_at_projector_sizes(qtbot, size):
    window = make_window(qtbot)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == size
    parts = {
        "data": window.data_view, "traces": window.trace_tabs, "table": window.history_table,
        "controls": window.controls, "status": window.status, "toolbar": window.toolbar,
    }
    for name, widget in parts.items():
        assert widget.isVisible() and widget.width() > 0 and widget.height() > 0, name
    area = {name: w.width() * w.height() for name, w in parts.items()}
    assert max(area, key=area.get) == "data"  # the data plot is the biggest thing on screen
    assert window.history_table.width() >= 400  # room for its five columns
    scroll = window.findChild(QWidget, "controls_scroll")
    if size == (1280, 800):  # every input visible without scrolling
        assert window.controls.height() <= scroll.viewport().height()


def test_closing_mid_glide_leaves_no_timer_and_the_target_drawn(qtbot):
    window = make_window(qtbot, smooth=True)
    action(window, "step").trigger()
    assert window.data_view.tween.running
    window.close()
    assert not window.data_view.tween.running
    assert_curves_show(window, core_theta(1))


# ---------------------------------------------------------------- explanation panels
LAZY_PANELS = ("Point", "M-step", "Truth", "Presets")


def panel_in_tab(window: MainWindow, title: str) -> QWidget | None:
    """The widget of a side tab (None while the tab has not been built)."""
    return window.findChild(QScrollArea, f"{title} scroll").widget()


def params_page(window: MainWindow) -> QWidget:
    return window.findChild(QWidget, "params_page")


def test_hidden_tabs_are_built_when_first_opened(qtbot, shown):
    """Start-up builds only what the first frame shows; a tab's content arrives when opened."""
    assert [panel_in_tab(shown, title) for title in LAZY_PANELS] == [None] * 4
    assert params_page(shown).layout().count() == 0
    titles = [shown.inspector_tabs.tabText(k) for k in range(shown.inspector_tabs.count())]
    assert titles == ["Setup", *LAZY_PANELS]  # every title is there from the start
    for _ in range(2):
        action(shown, "step").trigger()
    shown.inspector_tabs.setCurrentIndex(titles.index("M-step"))
    mstep = panel_in_tab(shown, "M-step")
    assert mstep is not None and mstep.isVisible()
    assert mstep.state is shown.session.state  # shown the current state at once...
    action(shown, "step").trigger()
    assert mstep.state is shown.session.state  # ...and following the session from then on
    assert [panel_in_tab(shown, t) for t in ("Point", "Truth", "Presets")] == [None] * 3

    shown.trace_tabs.setCurrentIndex(1)  # Parameters
    assert params_page(shown).layout().count() == 1
    pv = shown.params_view
    assert pv.isVisible()
    want = [row.theta for row in em.fit(X, DEFAULT_START, 3)]
    _, pis = pv.pi_curve.getData()
    _, mu1s = pv.mu1_curve.getData()
    np.testing.assert_array_equal(pis, [t.pi for t in want])
    np.testing.assert_array_equal(mu1s, [t.mu1 for t in want])


def test_hovering_before_the_point_tab_exists_builds_nothing(qtbot, shown):
    action(shown, "step").trigger()
    shown.data_view.point_hovered.emit(3)
    shown.data_view.point_hovered.emit(-1)
    assert panel_in_tab(shown, "Point") is None


def test_clicking_a_point_opens_its_e_step(qtbot, shown):
    action(shown, "step").trigger()
    assert panel_in_tab(shown, "Point") is None
    shown.data_view.point_clicked.emit(5)
    assert panel_in_tab(shown, "Point") is shown.point_panel
    assert shown.point_panel.point == 5
    assert shown.inspector_tabs.tabText(shown.inspector_tabs.currentIndex()) == "Point"
    assert shown.point_panel.values is not None
    xs, _ = shown.data_view._ring.getData()
    assert list(xs) == [X[5]]  # the point is ringed in the data view


def test_panels_follow_the_session(window):
    for _ in range(2):
        action(window, "step").trigger()
    state = window.session.state
    for panel in (window.point_panel, window.mstep_panel, window.truth_panel):
        assert panel.state is state
    assert window.timeline.label_text() == "Step 2 of 2"


def test_the_timeline_seeks_and_pauses(qtbot, window):
    for _ in range(4):
        action(window, "step").trigger()
    action(window, "play").trigger()
    window.timeline.slider.setValue(1)
    assert not window.player.playing
    assert window.session.state.iteration == 1
    assert_curves_show(window, core_theta(1))


def test_a_restored_preset_is_selected_in_the_presets_tab(qtbot):
    window = MainWindow(file_commands=True)
    qtbot.addWidget(window)
    window.files.preset_restored.emit("well-separated")  # what opening a session does
    assert window.presets_panel.selected().key == "well-separated"


def test_choosing_a_preset_is_remembered_for_the_session_file(qtbot):
    from emgui.core.presets import BUILTIN_PRESETS

    window = MainWindow(file_commands=True)
    qtbot.addWidget(window)
    window.files.ask_save_changes = lambda doing: "discard"  # no dialog when the test closes it
    window.controls.smooth_check.setChecked(False)
    window.presets_panel.preset_chosen.emit(BUILTIN_PRESETS[1])
    assert window.files.document().preset == BUILTIN_PRESETS[1].key


def test_a_preset_draws_its_sample_and_start(window):
    from emgui.core.presets import builtin

    preset = builtin("far-start")
    window.presets_panel.preset_chosen.emit(preset)
    state = window.session.state
    assert state.data.simulation == preset.simulation
    assert state.start == preset.start and state.tol == preset.tol
    assert window.controls.n_box.value() == preset.simulation.n
    assert_curves_show(window, preset.start)


def test_file_commands_fill_the_file_menu_and_guard_closing(qtbot):
    window = MainWindow(file_commands=True)
    qtbot.addWidget(window)
    window.controls.smooth_check.setChecked(False)
    answers = []
    window.files.ask_save_changes = lambda doing: answers.pop(0)
    items = [a.objectName() or a.text() for a in window.file_menu.actions() if a.text()]
    assert items[:3] == ["open_data", "open_session", "Open &Recent"]
    assert items[-1] == "quit"
    assert window.findChild(QAction, "export_window") is not None
    window.show()
    qtbot.waitExposed(window)
    action(window, "step").trigger()
    assert window.isWindowModified()
    window.session.set_tolerance(1e-8)  # a setting of the user's own: closing asks
    answers[:] = ["cancel", "discard"]
    window.close()
    assert window.isVisible()  # "Cancel" keeps the window and the run
    window.close()
    assert not window.isVisible()


def test_data_loaded_before_the_window_is_not_an_unsaved_change(qtbot, tmp_path):
    from emgui.app import load_data_file
    from emgui.gui.session import EMSession

    data = tmp_path / "heights.csv"
    data.write_text("1.5\n2.5\n3.0\n-1.0\n", encoding="utf-8")
    session = EMSession()
    assert load_data_file(session, str(data)) == ""
    window = MainWindow(session=session, file_commands=True)
    qtbot.addWidget(window)
    assert not window.isWindowModified()
    assert window.windowTitle() == "heights.csv[*] \u2014 EM Explorer"


def test_an_emptied_component_is_explained_in_the_status_bar(window):
    # Far from every point, component 1 gets no responsibility at all: its mean stays put.
    window.session.set_start(em.Params(0.5, -60.0, 0.5))
    action(window, "step").trigger()
    state = window.session.state
    assert state.note
    assert window.status.message == state.note
    assert window.status.loglik_label.text() == f"log L = {state.loglik:.2f}"
    assert "nan" not in window.status.increase_label.text().lower()


def test_f1_lists_every_shortcut_the_window_has(qtbot):
    """Read off the window's actions: the File commands' Ctrl+O, Ctrl+S, ... are listed too."""
    window = MainWindow(remember=True, file_commands=True)
    qtbot.addWidget(window)
    rows = window.actions.shortcut_rows()
    listed = {keys for _command, keys in rows}
    declared = set()
    for act in window.findChildren(QAction):
        for key in act.shortcuts():
            declared.add(key.toString(QKeySequence.SequenceFormat.NativeText))
    assert declared, "the window declares shortcuts"
    for key in declared:
        assert any(key in keys.split(" or ") for keys in listed), f"{key} missing from F1"
    for key in ("Ctrl+O", "Ctrl+S", "Ctrl+Shift+S", "Ctrl+E"):
        assert key in declared
    window.show_shortcuts()
    box = window.findChild(QMessageBox, "shortcuts_box")
    assert box is not None and "Ctrl+O" in box.text() and "Ctrl+Shift+S" in box.text()
    box.close()


def test_a_file_name_that_looks_like_markup_is_shown_as_written(qtbot, shown):
    name = "<b>x</b>.csv"
    shown.session.set_data(np.array([-1.0, 0.5, 2.0, 3.0]), source=name)
    note = shown.controls.file_note
    assert note.textFormat() == Qt.TextFormat.PlainText and name in note.text()
    assert name in shown.windowTitle()
    message = shown.status.message_label
    assert message.textFormat() == Qt.TextFormat.PlainText


def test_a_reopened_session_shows_what_was_on_screen(qtbot, tmp_path):
    """Show the truth, the selected point, the open side tab, half steps and the step shown."""
    first = MainWindow(remember=True, file_commands=True)
    qtbot.addWidget(first)
    first.controls.truth_check.setChecked(True)
    first.session.set_half_steps(True)
    for _ in range(5):
        first.session.step()
    first.data_view.point_clicked.emit(7)
    tabs = first.inspector_tabs
    tabs.setCurrentIndex([tabs.tabText(i) for i in range(tabs.count())].index("Truth"))
    path = tmp_path / "lesson.emgui"
    assert first.files.save_session_as(str(path))
    position = first.session.state.position

    second = MainWindow(remember=True, file_commands=True)
    qtbot.addWidget(second)
    assert second.files.open_session(str(path))
    assert second.session.state.half_steps and second.session.state.position == position
    assert second.controls.truth_check.isChecked()
    assert second.data_view.show_truth
    assert second.point_panel.point == 7
    tabs = second.inspector_tabs
    assert tabs.tabText(tabs.currentIndex()) == "Truth"


def test_a_session_without_a_view_block_still_opens(qtbot):
    from pathlib import Path

    window = MainWindow(remember=True, file_commands=True)
    qtbot.addWidget(window)
    corpus = Path(__file__).parent / "data" / "sessions" / "seed_step3.emgui"
    assert window.files.open_session(str(corpus))
    assert window.session.state.iteration == 3
