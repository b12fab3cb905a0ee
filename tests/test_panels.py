"""The inspection panels, each driven by a real EMSession and checked against the core."""

from __future__ import annotations

import html
import math
import re
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QVBoxLayout, QWidget

from emgui.core import em
from emgui.core.presets import BUILTIN_PRESETS, USER_PREFIX, builtin, preset_to_json
from emgui.core.truth import label_agreement
from emgui.gui.panels.banner import ConvergenceBanner
from emgui.gui.panels.formula import fmt, fmt_log, fmt_tolerance
from emgui.gui.panels.mstep_panel import MStepPanel
from emgui.gui.panels.point_panel import PLACEHOLDER, PointPanel, fmt_probability
from emgui.gui.panels.presets_panel import SETTINGS_KEY, PresetsPanel, SavePresetDialog
from emgui.gui.panels.timeline import TimelineSlider
from emgui.gui.panels.truth_panel import TruthPanel
from emgui.gui.session import EMSession
from emgui.gui.settings import Settings

pytestmark = pytest.mark.gui


def _shown(qtbot, widget, session: EMSession):
    qtbot.addWidget(widget)
    session.changed.connect(widget.show_state)
    widget.show_state(session.state)
    widget.resize(520, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _core_r(session: EMSession, theta: em.Params) -> np.ndarray:
    return em.step(session.data.x, theta, session.data.summary).r


def _no_nan(text: str) -> None:
    words = set(re.findall(r"[a-z]+", text.lower().replace("&nbsp;", " ")))
    assert not words & {"nan", "inf", "infinity", "undefined"}
    assert "∞" not in text


# ------------------------------------------------------------------- formula helpers
def test_numbers_are_written_for_people() -> None:
    assert fmt(-1.5) == "−1.500"
    assert fmt(0.000123) == "1.230\u00a0×\u00a010⁻⁴"  # no-break spaces: never split
    assert fmt(1234567.0, 6) == "1,234,567"
    assert fmt(0.0) == "0"
    assert fmt(float("nan")) == "undefined"
    assert fmt(-0.5, decimals=3) == "−0.500"
    assert fmt_log(-2000.0).replace("\u00a0", " ") == "2.577 × 10⁻⁸⁶⁹"  # below any double
    assert fmt_log(-math.inf) == "0"
    assert fmt_tolerance(1e-6) == "10⁻⁶"
    assert fmt_tolerance(5e-4).replace("\u00a0", " ") == "5 × 10⁻⁴"
    assert fmt_probability(0.25, math.log(0.25), math.log(0.75)) == "0.2500"
    assert fmt_probability(1.0, 0.0, -40.0).replace("\u00a0", " ") == "1 − 4.25 × 10⁻¹⁸"


# ------------------------------------------------------------------- point panel
def test_point_panel_shows_the_cores_responsibility_at_every_step(qtbot, session) -> None:
    panel = _shown(qtbot, PointPanel(), session)
    assert panel.values is None and PLACEHOLDER in panel.text()
    index = 17
    with qtbot.waitSignal(panel.point_changed) as blocker:
        panel.set_point(index)
    assert blocker.args == [index]
    for _ in range(6):
        state = session.state
        v = panel.values
        assert v is not None and v.index == index and v.from_session
        assert v.theta == state.theta and v.iteration == state.iteration
        core = _core_r(session, state.theta)[index]
        assert v.r == core
        assert v.r_formula == pytest.approx(core, rel=1e-12)
        x, th = float(session.data.x[index]), state.theta
        phi1 = math.exp(-0.5 * (x - th.mu1) ** 2) / math.sqrt(2 * math.pi)
        phi2 = math.exp(-0.5 * (x - th.mu2) ** 2) / math.sqrt(2 * math.pi)
        assert v.phi1 == pytest.approx(phi1, rel=1e-12)
        assert v.phi2 == pytest.approx(phi2, rel=1e-12)
        assert v.numerator == pytest.approx(th.pi * phi1, rel=1e-12)
        assert v.denominator == pytest.approx(th.pi * phi1 + (1 - th.pi) * phi2, rel=1e-12)
        text = panel.text()
        assert fmt(core, decimals=4) in text
        assert f"E-step of iteration {state.iteration}" in text
        assert fmt(th.pi, decimals=3) in text and fmt(th.mu1, decimals=3) in text
        _no_nan(text)
        session.step()


def test_point_panel_follows_seeking(qtbot, session) -> None:
    panel = _shown(qtbot, PointPanel(), session)
    for _ in range(8):
        session.step()
    panel.set_point(3)
    session.seek_iteration(2)
    theta = session.state.history[2].theta
    assert panel.values.theta == theta
    assert panel.values.r == _core_r(session, theta)[3]


def test_point_panel_in_half_steps_uses_the_theta_of_the_e_step(qtbot, session) -> None:
    panel = _shown(qtbot, PointPanel(), session)
    session.set_half_steps(True)
    session.seek(0)
    panel.set_point(5)
    v = panel.values
    assert not v.from_session  # a preview of the first E-step
    assert v.r == pytest.approx(_core_r(session, session.state.theta)[5], rel=1e-12)
    assert "No E-step yet" in panel.text()
    session.step()  # E
    theta0 = session.state.theta
    r_after_e = panel.values.r
    assert r_after_e == _core_r(session, theta0)[5]
    session.step()  # M: the curves moved, the colours (and this panel's numbers) did not
    assert session.state.theta != theta0
    assert panel.values.theta == theta0
    assert panel.values.r == r_after_e
    assert "the M-step has since moved the curves" in panel.text()


def test_point_panel_forgets_the_point_when_the_data_change(qtbot, session) -> None:
    panel = _shown(qtbot, PointPanel(), session)
    panel.set_point(10)
    with qtbot.waitSignal(panel.point_changed) as blocker:
        session.new_sample(seed=7)
    assert blocker.args == [None]
    assert panel.point is None and panel.values is None


def test_point_panel_ignores_points_that_do_not_exist(qtbot, session) -> None:
    panel = _shown(qtbot, PointPanel(), session)
    panel.set_point(4)
    panel.set_point(10_000)
    panel.set_point(-1)
    assert panel.point == 4


def test_point_panel_hover_only_when_following(qtbot, session) -> None:
    panel = _shown(qtbot, PointPanel(), session)
    panel.set_point(1)
    panel.set_hover_point(2)
    assert panel.point == 1
    with qtbot.waitSignal(panel.follow_hover_changed) as blocker:
        panel.set_follow_hover(True)
    assert blocker.args == [True]
    panel.set_hover_point(2)
    assert panel.point == 2
    panel.set_hover_point(-1)  # the mouse left every mark: keep the last point
    panel.set_hover_point(None)
    assert panel.point == 2


def test_point_panel_spin_box_and_most_uncertain(qtbot, session) -> None:
    panel = _shown(qtbot, PointPanel(), session)
    spin = panel.findChild(type(panel._spin))
    spin.setValue(12)  # the box counts from 1, like x₁ … xₙ
    assert panel.point == 11
    panel.select_most_uncertain()
    r = session.state.r1
    assert panel.point == int(np.argmin(np.abs(r - 0.5)))
    assert spin.value() == panel.point + 1


def test_point_panel_draws_only_when_visible(qtbot, session) -> None:
    panel = PointPanel()
    qtbot.addWidget(panel)
    session.changed.connect(panel.show_state)
    panel.show_state(session.state)
    panel.set_point(0)
    session.step()
    assert panel.values is None  # hidden: nothing drawn yet
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.values is not None and panel.values.iteration == session.state.iteration


def test_point_panel_far_from_everything_shows_tiny_numbers_not_nan(qtbot, session) -> None:
    panel = _shown(qtbot, PointPanel(), session)
    session.set_data(np.array([-1.0, 0.0, 1.0, 60.0]), "an outlier")
    session.set_start(em.Params(0.5, -1.0, 1.0))
    session.step()
    panel.set_point(3)
    v = panel.values
    assert v.phi1 == 0.0  # underflows as a double ...
    assert math.isfinite(v.log_phi1)  # ... but its log is exact, so the panel can show it
    text = panel.text()
    assert "10⁻" in text
    _no_nan(text)


# ------------------------------------------------------------------- M-step panel
def test_mstep_panel_result_is_the_next_recorded_theta(qtbot, session) -> None:
    panel = _shown(qtbot, MStepPanel(), session)
    x = session.data.x
    for _ in range(6):
        state = session.state
        v = panel.values
        assert v is not None and v.iteration == state.iteration
        r, m = state.r1, v.sums.seed
        assert m.n == x.size
        assert m.sum_r == pytest.approx(float(np.sum(r)), rel=1e-12)
        assert m.sum_rx == pytest.approx(float(np.dot(r, x)), rel=1e-12)
        assert m.sum_s == pytest.approx(float(np.sum(1 - r)), rel=1e-12)
        assert m.sum_sx == pytest.approx(float(np.dot(1 - r, x)), rel=1e-12)
        text = panel.text()
        for value in (m.sum_r, m.sum_rx, m.sum_s, m.sum_sx):
            assert fmt(value, 6) in text
        _no_nan(text)
        predicted = v.result
        session.step()
        recorded = session.state.history[v.iteration + 1].theta
        assert predicted == recorded  # the core's own division: equal to the last bit
        assert fmt(recorded.mu1, decimals=3) in text


def test_mstep_panel_after_an_m_half_step_explains_the_theta_shown(qtbot, session) -> None:
    panel = _shown(qtbot, MStepPanel(), session)
    session.set_half_steps(True)
    session.seek(0)
    assert panel.values is None and "E-step first" in panel.text()
    session.step()  # E
    session.step()  # M
    assert panel.values.result.as_tuple() == pytest.approx(session.state.theta.as_tuple(),
                                                           rel=1e-13)
    assert "now shown" in panel.text()


def test_mstep_panel_with_an_emptied_component_says_so(qtbot, session) -> None:
    panel = _shown(qtbot, MStepPanel(), session)
    session.set_data(np.array([0.0, 0.1, 0.2]), "three points")
    session.set_start(em.Params(0.5, 1000.0, 0.0))  # component 1 is hopelessly far away
    v = panel.values
    assert v.sums.seed.sum_r == 0.0 and v.kept == (1,)
    assert "unchanged" in panel.text() and "no responsibility left on any point" in panel.text()
    _no_nan(panel.text())


# ------------------------------------------------------------------- truth panel
def test_truth_panel_shows_truth_and_agreement(qtbot, session) -> None:
    panel = _shown(qtbot, TruthPanel(), session)
    for _ in range(8):
        session.step()
    state = session.state
    v = panel.values
    assert v.truth == state.data.simulation.truth()
    assert v.estimate == state.theta
    share, swapped = label_agreement(state.r1, state.data.z)
    assert (v.share, v.swapped) == (share, swapped)
    assert not swapped
    text = panel.text()
    assert fmt(100 * share, decimals=1) + "%" in text
    assert "swapped" not in text
    assert fmt(state.theta.mu1, decimals=3) in text and fmt(-1.2, decimals=3) in text


def test_truth_panel_recognises_swapped_labels(qtbot, session) -> None:
    panel = _shown(qtbot, TruthPanel(), session)
    preset = builtin("swapped-start")
    session.simulate_from(preset.simulation, preset.start)
    for _ in range(25):
        session.step()
    assert panel.values.swapped
    assert panel.values.share > 0.8
    assert "labels are swapped" in panel.text()
    assert "exchanged" in panel.text()


def test_truth_panel_before_the_first_e_step_and_for_file_data(qtbot, session) -> None:
    panel = _shown(qtbot, TruthPanel(), session)
    session.set_half_steps(True)
    session.seek(0)
    assert panel.values.share is None
    assert "after the first E-step" in panel.text()
    session.set_data(np.array([0.0, 1.0, 3.0]), "class.csv")
    assert panel.values.truth is None
    assert "unknown" in panel.text()


# ------------------------------------------------------------------- timeline
def test_timeline_scrubs_the_recorded_full_steps(qtbot, session) -> None:
    timeline = _shown(qtbot, TimelineSlider(), session)
    timeline.position_requested.connect(session.seek)
    for _ in range(8):
        session.step()
    slider = timeline.slider
    assert (slider.minimum(), slider.maximum(), slider.value()) == (0, 8, 8)
    assert timeline.label_text() == "Step 8 of 8"
    with qtbot.waitSignal(timeline.position_requested) as blocker:
        slider.setValue(3)
    assert blocker.args == [7]  # full state of iteration 3: position 2·3 + 1
    state = session.state
    assert state.iteration == 3 and state.change == "seek"
    assert state.theta == state.history[3].theta
    np.testing.assert_array_equal(state.r1, _core_r(session, state.history[3].theta))
    assert timeline.label_text() == "Step 3 of 8"


def test_timeline_keys_step_through_it(qtbot, session) -> None:
    timeline = _shown(qtbot, TimelineSlider(), session)
    timeline.position_requested.connect(session.seek)
    for _ in range(5):
        session.step()
    timeline.slider.setFocus()
    qtbot.keyClick(timeline.slider, Qt.Key.Key_Left)
    assert session.state.iteration == 4
    qtbot.keyClick(timeline.slider, Qt.Key.Key_Left)
    assert session.state.iteration == 3
    qtbot.keyClick(timeline.slider, Qt.Key.Key_Right)
    assert session.state.iteration == 4
    qtbot.keyClick(timeline.slider, Qt.Key.Key_Home)
    assert session.state.iteration == 0
    # Stepping forward from an earlier step walks along the recorded history.
    history = session.state.history
    session.step()
    assert session.state.iteration == 1 and session.state.history == history
    assert timeline.slider.value() == 1


def test_timeline_in_half_steps_counts_every_half(qtbot, session) -> None:
    timeline = _shown(qtbot, TimelineSlider(), session)
    timeline.position_requested.connect(session.seek)
    session.set_half_steps(True)
    for _ in range(5):
        session.step()
    state = session.state
    assert timeline.slider.maximum() == state.last_position
    assert timeline.slider.value() == state.position
    assert timeline.label_text() == f"Step {state.iteration} of {len(state.history) - 1} · " \
        f"{state.phase}"
    timeline.slider.setValue(2)
    assert session.state.phase == "M" and session.state.position == 2
    assert timeline.label_text().endswith("· M")
    timeline.slider.setValue(0)
    assert timeline.label_text() == f"Step 0 of {len(state.history) - 1} · start"


def test_timeline_does_not_echo_the_sessions_changes(qtbot, session) -> None:
    timeline = _shown(qtbot, TimelineSlider(), session)
    requested: list[int] = []
    timeline.position_requested.connect(requested.append)
    for _ in range(4):
        session.step()
    session.seek_iteration(1)
    assert requested == []


# ------------------------------------------------------------------- banner
def _banner(qtbot, session: EMSession) -> tuple[QWidget, ConvergenceBanner]:
    """A banner inside a shown window, as above the plots: it hides and shows itself there."""
    window = QWidget()
    qtbot.addWidget(window)
    banner = ConvergenceBanner()
    layout = QVBoxLayout(window)
    layout.addWidget(banner)
    layout.addStretch(1)
    session.changed.connect(banner.show_state)
    banner.show_state(session.state)
    window.resize(800, 200)
    window.show()
    qtbot.waitExposed(window)
    return window, banner  # the caller keeps the window alive


def test_banner_appears_at_convergence_and_hides_when_seeking_back(qtbot, session) -> None:
    _window, banner = _banner(qtbot, session)
    assert banner.isHidden() and banner.messages() == {}
    while not session.state.converged:
        session.step()
    k = session.state.converged_at
    assert banner.isVisible()
    text = banner.messages()["converged"]
    assert f"Converged after {k} iterations" in text
    assert "increase below tol = 10⁻⁶" in text
    session.step()  # Step still works after convergence
    assert session.state.iteration == k + 1 and banner.isVisible()
    session.seek_iteration(k - 1)
    assert not banner.isVisible()


def test_banner_shows_an_emptied_component_and_a_decrease(qtbot, session) -> None:
    _window, banner = _banner(qtbot, session)
    session.set_data(np.array([0.0, 0.1, 0.2]), "three points")
    session.set_start(em.Params(0.5, 1000.0, 0.0))
    session.step()
    assert session.state.note
    assert banner.messages()["note"] == session.state.note
    banner.show_state(replace(session.state, decreased_at=(3, 5)))
    assert "fell</b> at iterations 3, 5" in banner.messages()["decrease"]


def test_played_run_stops_under_the_banner(qtbot, session) -> None:
    from emgui.gui.player import Player

    _window, banner = _banner(qtbot, session)
    player = Player(session)
    player.set_speed(30)
    preset = builtin("well-separated")
    session.simulate_from(preset.simulation, preset.start)
    with qtbot.waitSignal(player.stopped, timeout=5000):
        player.play()
    assert "converged" in banner.messages()
    assert not player.playing


# ------------------------------------------------------------------- presets panel
def _presets_panel(qtbot, session, settings: Settings | None = None) -> PresetsPanel:
    return _shown(qtbot, PresetsPanel(settings or Settings()), session)


def test_presets_panel_lists_builtins_with_their_explanation(qtbot, session) -> None:
    panel = _presets_panel(qtbot, session)
    assert [p.key for p in panel.presets()] == [p.key for p in BUILTIN_PRESETS]
    for preset in BUILTIN_PRESETS:
        assert panel.select(preset.key)
        text = panel.explanation_text()
        assert html.escape(preset.explanation) in text
        assert html.escape(preset.title) in text


def test_loading_every_preset_through_the_panel(qtbot, session) -> None:
    panel = _presets_panel(qtbot, session)

    def load(preset) -> None:
        session.simulate_from(preset.simulation, preset.start, preset.model)
        session.set_tolerance(preset.tol)

    panel.preset_chosen.connect(load)
    for preset in BUILTIN_PRESETS:
        panel.select(preset.key)
        with qtbot.waitSignal(panel.preset_chosen) as blocker:
            panel.load_selected()
        assert blocker.args == [preset]
        state = session.state
        assert state.data.simulation == preset.simulation and state.start == preset.start
        while not (session.state.converged or session.state.collapsed) and (
                session.state.iteration < 200):
            session.step()
        assert session.state.converged or (preset.key == "collapse" and session.state.collapsed)


def test_saving_a_preset_keeps_it_between_runs(qtbot, session) -> None:
    panel = _presets_panel(qtbot, session)
    session.new_sample(n=120, sep=3.0, seed=99)
    session.set_start(em.Params(0.3, -2.0, 2.0))
    session.set_tolerance(1e-8)
    with qtbot.waitSignal(panel.user_presets_changed):
        saved = panel.save_current("  Tuesday demo ", "Watch the means.")
    assert saved.key == USER_PREFIX + "tuesday-demo" and saved.title == "Tuesday demo"
    assert saved.simulation == session.data.simulation
    assert saved.start == em.Params(0.3, -2.0, 2.0) and saved.tol == 1e-8
    assert panel.selected() == saved
    assert "your own preset" in panel.explanation_text()
    again = _presets_panel(qtbot, session)  # a new run reads the settings afresh
    assert again.user_presets == [saved]
    assert again.select(saved.key)


def test_deleting_only_user_presets(qtbot, session, monkeypatch) -> None:
    panel = _presets_panel(qtbot, session)
    panel.save_current("Mine")
    panel.select("reference")
    assert not panel.delete_selected()
    panel.select(USER_PREFIX + "mine")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not panel.delete_selected(confirm=True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert panel.delete_selected(confirm=True)
    assert panel.user_presets == []
    assert Settings().get_json(SETTINGS_KEY, None) == []


def test_corrupt_stored_presets_are_skipped(qtbot, session) -> None:
    settings = Settings()
    good = preset_to_json(builtin("reference"))
    good.update(key=USER_PREFIX + "good", title="Good one")
    settings.set_json(SETTINGS_KEY, [good, {"key": "user-bad"}, 42, "junk"])
    panel = _presets_panel(qtbot, session, settings)
    assert [p.key for p in panel.user_presets] == [USER_PREFIX + "good"]
    settings.set(SETTINGS_KEY, "{not json")
    assert _presets_panel(qtbot, session, settings).user_presets == []


def test_saving_is_refused_for_file_data(qtbot, session) -> None:
    panel = _presets_panel(qtbot, session)
    session.set_data(np.array([0.0, 1.0, 2.0]), "class.csv")
    save = next(b for b in panel.findChildren(type(panel._save)) if "Save" in b.text())
    assert not save.isEnabled()
    with pytest.raises(ValueError, match="Only simulated data"):
        panel.save_current("From a file")


def test_save_dialog_needs_a_title(qtbot, session, monkeypatch) -> None:
    dialog = SavePresetDialog("n = 80")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.title_edit.setText("Demo")
    assert ok.isEnabled()

    panel = _presets_panel(qtbot, session)

    def accept(self) -> int:
        self.title_edit.setText("From the dialog")
        self.explanation_edit.setPlainText("Why it matters.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SavePresetDialog, "exec", accept)
    panel._ask_and_save()
    assert [p.title for p in panel.user_presets] == ["From the dialog"]
    assert panel.user_presets[0].explanation == "Why it matters."


# ------------------------------------------------------------------- many frames
def test_panels_paint_a_long_run_and_hidden_tabs_wait(qtbot, session) -> None:
    """Every step repainted (PySide6 6.12.0 crashed pyqtgraph after ~65 paints; keep this)."""
    from PySide6.QtWidgets import QTabWidget

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    point, mstep, truth = PointPanel(), MStepPanel(), TruthPanel()
    for panel, title in ((point, "Point"), (mstep, "M-step"), (truth, "Truth")):
        tabs.addTab(panel, title)
        session.changed.connect(panel.show_state)
        panel.show_state(session.state)
    timeline = TimelineSlider()
    qtbot.addWidget(timeline)
    session.changed.connect(timeline.show_state)
    tabs.resize(520, 640)
    tabs.show()
    timeline.show()
    qtbot.waitExposed(tabs)
    point.set_point(0)
    session.set_half_steps(True)
    for _ in range(120):
        session.step()
        point.repaint()
        timeline.repaint()
    state = session.state
    assert state.position == 121 and state.phase == "E"
    assert point.values.iteration == state.iteration == 60
    assert mstep.values is None and truth.values is None  # hidden tabs drew nothing
    tabs.setCurrentWidget(mstep)
    assert mstep.values is not None
    tabs.setCurrentWidget(truth)
    assert truth.values is not None and truth.values.estimate == state.theta


def test_a_symmetric_start_is_not_called_converged(qtbot) -> None:
    """Equal means are a fixed point of EM on a saddle: the banner says so, not 'Converged'."""
    session = EMSession()
    session.set_start(em.Params(0.5, 0.0, 0.0))
    _window, banner = _banner(qtbot, session)
    for _ in range(5):
        session.step()
    assert session.state.converged
    shown = banner.messages()
    assert "converged" not in shown
    assert "saddle" in shown["saddle"] and "fixed point" in shown["saddle"]
    assert "μ₁ ≠ μ₂" in shown["saddle"]
    from emgui.gui.status import convergence_text

    assert convergence_text(session.state).startswith("Stopped on a saddle")


def test_an_ordinary_run_still_converges_in_green(qtbot, session) -> None:
    _window, banner = _banner(qtbot, session)
    while not session.state.converged:
        session.step()
    assert "Converged after" in banner.messages()["converged"]
    assert "saddle" not in banner.messages()


@settings(max_examples=400, deadline=None)
@given(value=st.floats(allow_nan=True, allow_infinity=True, allow_subnormal=True),
       significant=st.integers(1, 6), decimals=st.none() | st.integers(0, 6))
def test_fmt_shows_every_double_in_words_people_read(value: float, significant: int,
                                                      decimals: int | None) -> None:
    """pi can reach 5e-324: no value may stop a panel from updating (it once raised there)."""
    from emgui.gui.panels.formula import fmt, fmt_tolerance

    text = fmt(value, significant, decimals=decimals)
    assert text and "nan" not in text.lower() and "inf" not in text.lower()
    if math.isfinite(value) and value > 0:
        assert fmt_tolerance(value)


def test_no_change_reads_zero_not_plus_zero_point_zero_zero_zero(qtbot) -> None:
    from emgui.core.numbers import increase_text
    from emgui.gui.status import StatusPanel
    from emgui.gui.views.trace_views import format_increase

    assert increase_text(0.0) == "0" and format_increase(0.0) == "(0)"
    assert increase_text(-0.0) == "0"
    session = EMSession()
    session.set_start(em.Params(0.5, 0.0, 0.0))  # a fixed point: nothing moves after step 1
    for _ in range(3):
        session.step()
    assert session.state.increase == 0.0
    status = StatusPanel()
    qtbot.addWidget(status)
    status.show_state(session.state)
    assert status.increase_label.text() == "last increase 0"


def test_a_file_name_is_shown_as_written_not_as_markup(qtbot, session) -> None:
    panel = _shown(qtbot, TruthPanel(), session)
    session.set_data(np.array([-1.0, 0.5, 2.0, 3.0]), source="<b>x</b>.csv")
    assert "&lt;b&gt;x&lt;/b&gt;.csv" in panel.text()
