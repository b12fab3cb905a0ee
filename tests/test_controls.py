"""The inputs panel: it shows the session without echoing, and turns gestures into requests."""

from __future__ import annotations

import numpy as np
import pytest

from emgui.core import em
from emgui.gui.controls import (
    MAX_SEED,
    ControlsPanel,
    format_tolerance,
    next_seed,
    parse_tolerance,
    signals_blocked,
)
from emgui.gui.session import Simulation

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot, session):
    widget = ControlsPanel()
    qtbot.addWidget(widget)
    widget.show_state(session.state)
    return widget


def test_shows_the_session_without_emitting(qtbot, session):
    widget = ControlsPanel()
    qtbot.addWidget(widget)
    signals = [
        widget.simulation_requested, widget.start_requested, widget.tolerance_requested,
        widget.max_iterations_requested, widget.half_steps_toggled,
    ]
    for signal in signals:
        with qtbot.assertNotEmitted(signal):
            widget.show_state(session.state)
    assert widget.n_box.value() == 80
    assert widget.sep_box.value() == pytest.approx(2.4)
    assert widget.true_pi_box.value() == pytest.approx(0.45)
    assert widget.seed_box.value() == 531
    assert (widget.pi_box.value(), widget.mu1_box.value(), widget.mu2_box.value()) == (
        0.5, -0.5, 0.5
    )
    assert widget.tol_box.value() == 1e-6
    assert widget.max_iter_box.value() == session.state.max_iterations
    assert not widget.half_check.isChecked()


def test_a_data_input_asks_for_a_sample_keeping_the_other_settings(qtbot, panel):
    with qtbot.waitSignal(panel.simulation_requested) as blocker:
        panel.sep_box.setValue(3.0)
    assert blocker.args[0] == Simulation(n=80, sep=3.0, true_pi=0.45, seed=531)
    with qtbot.waitSignal(panel.simulation_requested) as blocker:
        panel.n_box.setValue(500)
    # The panel keeps showing the session's values until the session answers.
    assert blocker.args[0].n == 500 and blocker.args[0].sep == 2.4


def test_a_start_input_keeps_the_exact_other_values(qtbot, session):
    session.set_start(em.Params(0.5, -0.123456789, 0.5))
    widget = ControlsPanel()
    qtbot.addWidget(widget)
    widget.show_state(session.state)
    with qtbot.waitSignal(widget.start_requested) as blocker:
        widget.pi_box.setValue(0.3)
    # mu1 is passed on exactly, not as the three decimals the box shows.
    assert blocker.args[0] == em.Params(0.3, -0.123456789, 0.5)


def test_tolerance_accepts_scientific_notation_and_steps_by_tens(qtbot, panel):
    with qtbot.waitSignal(panel.tolerance_requested) as blocker:
        panel.tol_box.lineEdit().setText("1e-8")
        panel.tol_box.editingFinished.emit()
    assert blocker.args == [1e-8]
    with qtbot.waitSignal(panel.tolerance_requested) as blocker:
        panel.tol_box.stepBy(1)
    assert blocker.args == [1e-7]
    assert panel.tol_box.text() == "1e-7"


@pytest.mark.parametrize("typed", ["abc", "0", "-1", "5", "nan", "inf"])
def test_an_impossible_tolerance_is_one_sentence_and_no_request(qtbot, panel, typed):
    with qtbot.assertNotEmitted(panel.tolerance_requested), \
            qtbot.waitSignal(panel.invalid_input) as blocker:
        panel.tol_box.lineEdit().setText(typed)
        panel.tol_box.editingFinished.emit()
    sentence = blocker.args[0]
    assert sentence.startswith("The tolerance must") and sentence.endswith(".")
    assert "\n" not in sentence
    assert panel.message.text() == sentence
    assert panel.tol_box.text() == "1e-6"  # the box shows the value still in force


def test_file_data_disable_the_data_inputs_with_a_note(qtbot, panel, session):
    session.set_data(np.array([1.0, 2.0, 3.5]), source="heights.csv")
    panel.show_state(session.state)
    for box in (panel.n_box, panel.sep_box, panel.true_pi_box, panel.seed_box):
        assert not box.isEnabled()
    assert not panel.file_note.isHidden()
    assert "heights.csv" in panel.file_note.text()
    assert not panel.truth_check.isEnabled()  # no true labels in a file
    assert panel.new_sample_button.isEnabled()
    session.new_sample(seed=7)
    panel.show_state(session.state)
    assert panel.n_box.isEnabled() and panel.file_note.isHidden()


def test_speed_slider_says_its_value(qtbot, panel):
    with qtbot.waitSignal(panel.speed_changed) as blocker:
        panel.speed_slider.setValue(12)
    assert blocker.args == [12.0]
    assert panel.speed_label.text() == "12 it/s"
    with qtbot.assertNotEmitted(panel.speed_changed):
        panel.set_speed(99)
    assert panel.speed_slider.value() == 30


def test_ranges_and_tooltips(panel):
    assert (panel.n_box.minimum(), panel.n_box.maximum()) == (1, 10_000_000)
    assert (panel.seed_box.minimum(), panel.seed_box.maximum()) == (0, 2**31 - 1)
    assert (panel.sep_box.minimum(), panel.sep_box.maximum()) == (0.0, 100.0)
    assert panel.sep_box.singleStep() == pytest.approx(0.1)
    assert (panel.pi_box.minimum(), panel.pi_box.maximum()) == (0.001, 0.999)
    assert (panel.mu1_box.minimum(), panel.mu1_box.maximum()) == (-1e6, 1e6)
    assert (panel.max_iter_box.minimum(), panel.max_iter_box.maximum()) == (1, 100_000)
    for box in (panel.n_box, panel.sep_box, panel.true_pi_box, panel.seed_box, panel.pi_box,
                panel.mu1_box, panel.mu2_box, panel.tol_box, panel.max_iter_box,
                panel.speed_slider, panel.smooth_check, panel.half_check, panel.truth_check):
        assert box.toolTip(), box.objectName()


def test_signals_blocked_restores_the_previous_blocking(qtbot, panel):
    panel.n_box.blockSignals(True)
    with signals_blocked(panel.n_box, panel.sep_box):
        assert panel.sep_box.signalsBlocked()
    assert panel.n_box.signalsBlocked() and not panel.sep_box.signalsBlocked()
    panel.n_box.blockSignals(False)


def test_helpers():
    assert next_seed(531) == 532
    assert next_seed(MAX_SEED) == 0
    assert format_tolerance(1e-6) == "1e-6"
    assert format_tolerance(0.001) == "0.001"
    assert format_tolerance(2.5e-10) == "2.5e-10"
    assert parse_tolerance(" 1E-9 ") == 1e-9


def test_the_boxes_show_what_the_session_holds_even_at_its_limits(qtbot, panel, session):
    """No silent clamping: every value the session accepts is shown as it is."""
    from emgui.core import em

    session.simulate_from(em.Simulation(n=2_000, sep=50.0, true_pi=0.0, seed=2**31 - 1),
                          em.Params(0.999, 25.0, 30.0))
    session.set_max_iterations(50_000)
    panel.show_state(session.state)
    assert panel.n_box.value() == 2_000
    assert panel.sep_box.value() == 50.0 and panel.true_pi_box.value() == 0.0
    assert panel.seed_box.value() == 2**31 - 1
    assert (panel.pi_box.value(), panel.mu1_box.value(), panel.mu2_box.value()) == (
        0.999, 25.0, 30.0)
    assert panel.max_iter_box.value() == 50_000


def test_a_tolerance_with_an_underscore_is_refused_not_read_as_python() -> None:
    from emgui.gui.controls import parse_tolerance

    with pytest.raises(ValueError, match="1_0e-7"):
        parse_tolerance("1_0e-7")  # Python's float would read 1e-6
