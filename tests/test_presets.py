"""Presets: valid built-ins, a JSON round trip that rejects bad entries, and runs that converge."""

from __future__ import annotations

import csv
import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from emgui.core import em
from emgui.core.presets import (
    BUILTIN_PRESETS,
    USER_PREFIX,
    Preset,
    builtin,
    load_user_presets,
    new_user_key,
    preset_from_json,
    preset_to_json,
)
from emgui.core.truth import label_agreement

DATA = Path(__file__).parent / "data"


def test_builtins_have_unique_keys_and_readable_explanations() -> None:
    keys = [p.key for p in BUILTIN_PRESETS]
    assert len(set(keys)) == len(keys) == 12
    for preset in BUILTIN_PRESETS:
        assert not preset.is_user
        sentences = [s for s in preset.explanation.replace("?", ".").split(". ") if s.strip()]
        assert 2 <= len(sentences) <= 5, preset.key
        assert "nan" not in preset.explanation.lower()


def test_reference_preset_is_the_seed_run() -> None:
    ref = builtin("reference")
    assert ref.simulation == em.Simulation(n=80, sep=2.4, true_pi=0.45, seed=531)
    assert ref.start == em.Params(0.5, -0.5, 0.5)
    assert ref.iterations == 8
    with pytest.raises(KeyError):
        builtin("no such preset")


@pytest.mark.parametrize("preset", BUILTIN_PRESETS, ids=lambda p: p.key)
def test_json_round_trip(preset: Preset) -> None:
    assert preset_from_json(preset_to_json(preset)) == preset


def _user(**changes) -> dict:
    data = preset_to_json(builtin("reference"))
    data["key"] = USER_PREFIX + "mine"
    for name, value in changes.items():
        section, _, field = name.partition("__")
        if field:
            data[section][field] = value
        else:
            data[section] = value
    return data


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": ""}, "title"),
        ({"title": 3}, "text"),
        ({"simulation": "big"}, "JSON objects"),
        ({"simulation__n": 0}, "n must be between"),
        ({"simulation__n": 2.5}, "whole number"),
        ({"simulation__sep": "wide"}, "finite number"),
        ({"simulation__true_pi": 1.5}, "true pi"),
        ({"start__pi": 1.0}, "strictly between 0 and 1"),
        ({"start__mu1": float("nan")}, "finite number"),
        ({"start__mu2": True}, "finite number"),
        ({"iterations": -1}, "suggested iterations"),
        ({"tol": 0}, "tolerance"),
    ],
)
def test_bad_entries_are_rejected_with_a_plain_message(changes: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        preset_from_json(_user(**changes))


def test_missing_fields_and_wrong_types_are_named() -> None:
    with pytest.raises(ValueError, match="JSON object"):
        preset_from_json([1, 2])
    data = _user()
    del data["start"]
    with pytest.raises(ValueError, match="no start"):
        preset_from_json(data)


def test_loading_skips_corrupt_entries_and_builtin_keys() -> None:
    good = _user()
    other = _user(title="Second")
    other["key"] = USER_PREFIX + "second"
    raw = [good, "garbage", None, _user(simulation__n=-5), preset_to_json(builtin("reference")),
           dict(good), other]
    loaded = load_user_presets(raw)
    assert [p.key for p in loaded] == [USER_PREFIX + "mine", USER_PREFIX + "second"]
    assert load_user_presets({"not": "a list"}) == []
    assert load_user_presets(None) == []


def test_new_user_keys_are_unique() -> None:
    assert new_user_key("My Class: Demo!", []) == "user-my-class-demo"
    assert new_user_key("My class demo", ["user-my-class-demo"]) == "user-my-class-demo-2"
    assert new_user_key("!!!", []) == "user-preset"


@given(
    n=st.integers(1, 10_000_000),
    sep=st.floats(0, 100),
    true_pi=st.floats(0, 1),
    seed=st.integers(0, 2**31 - 1),
    pi=st.floats(0.001, 0.999),
    mu1=st.floats(-1e6, 1e6),
    mu2=st.floats(-1e6, 1e6),
    iterations=st.none() | st.integers(1, 100_000),
    tol=st.floats(1e-15, 10),
    title=st.text(min_size=1, max_size=80).filter(lambda t: t.strip() == t and t),
)
def test_any_valid_preset_survives_json(
    n, sep, true_pi, seed, pi, mu1, mu2, iterations, tol, title
) -> None:
    import json

    preset = Preset(USER_PREFIX + "x", title, "Why.", em.Simulation(n, sep, true_pi, seed),
                    em.Params(pi, mu1, mu2), iterations, tol)
    assert preset_from_json(json.loads(json.dumps(preset_to_json(preset)))) == preset


# ------------------------------------------------------------------- presets run in a session
def _load(session, preset: Preset) -> None:
    session.simulate_from(preset.simulation, preset.start, preset.model)
    session.set_tolerance(preset.tol)


def _run_to_convergence(session) -> None:
    state = session.state
    while not (state.converged or state.collapsed) and state.iteration < state.max_iterations:
        session.step()
        state = session.state


@pytest.mark.parametrize("preset", BUILTIN_PRESETS, ids=lambda p: p.key)
def test_every_preset_loads_and_converges(session, preset: Preset) -> None:
    _load(session, preset)
    state = session.state
    assert state.data.simulation == preset.simulation
    assert state.start == preset.start
    assert state.tol == preset.tol
    _run_to_convergence(session)
    state = session.state
    if preset.key == "collapse":  # the lesson: no maximum, EM stops where sigma hit 0
        assert state.collapsed and not state.converged
    else:
        assert state.converged, f"{preset.key} did not converge in {state.max_iterations} its"
    assert state.decreased_at == ()
    assert np.all(np.isfinite(state.logliks))
    assert np.all(np.isfinite(state.params))
    assert state.r is not None and np.all(np.isfinite(state.r))


def test_reference_preset_reproduces_the_seed_table(session) -> None:
    _load(session, builtin("reference"))
    for _ in range(builtin("reference").iterations):
        session.step()
    with (DATA / "seed_history.csv").open() as f:
        rows = list(csv.DictReader(f))
    params = session.state.params[:, [0, 2, 3]]  # pi = w1, mu1, mu2
    for k, row in enumerate(rows):
        assert params[k] == pytest.approx([float(row["pi"]), float(row["mu1"]), float(row["mu2"])],
                                          rel=1e-12)


def test_well_separated_responsibilities_are_nearly_hard_after_five_iterations(session) -> None:
    _load(session, builtin("well-separated"))
    session.seek(0)
    for _ in range(5):
        session.step()
    state = session.state
    assert state.iteration == 5
    near = np.mean((state.r1 < 0.05) | (state.r1 > 0.95))
    assert near >= 0.9


def test_symmetric_start_never_separates_the_means(session) -> None:
    _load(session, builtin("symmetric-start"))
    for _ in range(20):
        session.step()
    params = session.state.params
    assert len(params) == 21
    assert np.all(params[:, 2] == params[:, 3])  # mu1 and mu2 stay exactly equal


def test_swapped_start_finds_the_reference_fit_with_labels_exchanged(session) -> None:
    _load(session, builtin("reference"))
    _run_to_convergence(session)
    reference = session.state
    _load(session, builtin("swapped-start"))
    _run_to_convergence(session)
    swapped = session.state
    assert swapped.theta.mu1 > swapped.theta.mu2
    assert swapped.theta.pi == pytest.approx(1 - reference.theta.pi, abs=1e-3)
    assert swapped.theta.mu1 == pytest.approx(reference.theta.mu2, abs=1e-3)
    assert swapped.theta.mu2 == pytest.approx(reference.theta.mu1, abs=1e-3)
    assert swapped.loglik == pytest.approx(reference.loglik, abs=1e-6)
    _, labels_swapped = label_agreement(swapped.r1, swapped.data.z)
    assert labels_swapped


def test_unbalanced_preset_finds_a_small_weight(session) -> None:
    _load(session, builtin("unbalanced"))
    _run_to_convergence(session)
    assert abs(session.state.theta.pi - 0.1) < 0.05


def test_far_start_empties_component_2_first_then_recovers(session) -> None:
    _load(session, builtin("far-start"))
    session.step()
    assert session.state.theta.pi > 0.99
    _run_to_convergence(session)
    theta = session.state.theta
    assert math.isclose(theta.pi, 0.307, abs_tol=0.01)
    assert theta.mu1 < 0 < theta.mu2


def test_a_preset_played_by_the_player_stops_at_convergence(qtbot, session) -> None:
    from emgui.gui.player import Player

    player = Player(session)
    player.set_speed(30)
    _load(session, builtin("well-separated"))
    with qtbot.waitSignal(player.stopped, timeout=5000) as blocker:
        player.play()
    assert blocker.args == ["converged"]
    assert session.state.converged
    assert not player.playing


def _converged(session, key: str):
    _load(session, builtin(key))
    _run_to_convergence(session)
    return session.state


def test_the_numbers_the_explanations_quote_are_true(session) -> None:
    """Each explanation quotes what a student will see; keep the text honest."""
    assert round(_converged(session, "reference").theta.pi, 2) == 0.31
    assert round(_converged(session, "new-seed").theta.pi, 2) == 0.39
    assert _converged(session, "reduced-separation").converged_at > 100
    assert 40 <= _converged(session, "far-start").converged_at <= 60
    assert _converged(session, "well-separated").converged_at <= 6
    assert _converged(session, "symmetric-start").converged_at <= 3


def _presets_tab(qtbot):
    from emgui.gui.main_window import MainWindow
    from emgui.gui.panels.presets_panel import PresetsPanel

    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tabs = window.inspector_tabs
    tabs.setCurrentIndex([tabs.tabText(i) for i in range(tabs.count())].index("Presets"))
    panel = window.findChild(PresetsPanel)
    assert panel is not None
    return window, panel


def test_a_double_click_on_a_preset_loads_it(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window, panel = _presets_tab(qtbot)
    presets_list = panel._list
    row = next(i for i, p in enumerate(panel.presets()) if p.key == "new-seed")
    rect = presets_list.visualItemRect(presets_list.item(row))
    # A person's double click: a click, then the second press that makes it double.
    QTest.mouseClick(presets_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(presets_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.session.simulation is not None
                    and window.session.simulation.seed == 2024)


def test_enter_on_a_preset_loads_it(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window, panel = _presets_tab(qtbot)
    presets_list = panel._list
    presets_list.setFocus()
    presets_list.setCurrentRow(next(i for i, p in enumerate(panel.presets())
                                    if p.key == "well-separated"))
    QTest.keyClick(presets_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.simulation is not None
                    and window.session.simulation.sep == builtin("well-separated").simulation.sep)


# ------------------------------------------------------------------- the general-mixture presets
def _final(session, preset: Preset):
    _load(session, preset)
    _run_to_convergence(session)
    return session.state


def test_three_components_two_starts_two_different_fits(session) -> None:
    found = _final(session, builtin("three-found"))
    found_loglik, found_means = found.loglik, sorted(found.theta.means)
    merged = _final(session, builtin("three-merged"))
    assert found.data.x.tobytes() == merged.data.x.tobytes()  # the same sample
    assert found_loglik == pytest.approx(-303.58, abs=0.01)
    assert merged.loglik == pytest.approx(-313.66, abs=0.01)
    # The good start gives each small cluster (near 4 and 6) a component of its own ...
    assert found_means[1] == pytest.approx(3.9, abs=0.2)
    assert found_means[2] == pytest.approx(6.0, abs=0.2)
    # ... the other ends with two equal components and one spanning both small clusters.
    means = sorted(merged.theta.means)
    assert means[0] == pytest.approx(means[1], abs=0.01)
    assert means[2] == pytest.approx(5.0, abs=0.1)


def test_the_collapse_preset_collapses_without_the_floor_and_is_held_with_it(session) -> None:
    preset = builtin("collapse")
    state = _final(session, preset)
    assert state.collapsed and state.collapsed_at is not None and state.collapsed_at <= 8
    assert "collapsed onto a single point" in state.note
    assert min(state.theta.sds) < 1e-6
    assert np.all(np.isfinite(state.logliks)) and state.loglik > state.history[0].loglik + 25
    floored = replace(preset.model, sd_floor=None)
    session.set_model(floored, preset.start)
    state = session.state
    for _ in range(10):
        session.step()
    state = session.state
    assert not state.collapsed
    spread = float(np.std(state.data.x))
    assert min(state.theta.sds) >= 1e-3 * spread * (1 - 1e-12)


def test_the_geyser_preset_finds_a_shared_sigma(session) -> None:
    state = _final(session, builtin("faithful-shared"))
    assert state.theta.sds[0] == state.theta.sds[1] == pytest.approx(0.35, abs=0.02)
    assert sorted(state.theta.means) == pytest.approx([2.03, 4.29], abs=0.02)
