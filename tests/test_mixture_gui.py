"""K components and estimated variances in the window: what a student sees, checked against
numbers computed here independently (plain numpy densities, a plain loop for the sums)."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from emgui.core import em
from emgui.core import mixture as mx
from emgui.core.exports import history_csv, write_responsibilities_csv
from emgui.core.presets import builtin
from emgui.core.sessionfile import SessionDocument, dump, load
from emgui.gui.main_window import MainWindow
from emgui.gui.session import EMSession

pytestmark = pytest.mark.gui


def normal(x: np.ndarray, mu: float, sd: float) -> np.ndarray:
    return np.exp(-0.5 * ((x - mu) / sd) ** 2) / (sd * math.sqrt(2 * math.pi))


def plain_responsibilities(x: np.ndarray, theta: mx.Mixture) -> np.ndarray:
    """K x n by a plain loop over points (no log domain: fine for these tame data)."""
    out = np.empty((theta.k, x.size))
    for i, xi in enumerate(x):
        terms = [w * normal(np.array([xi]), m, s)[0]
                 for w, m, s in zip(theta.weights, theta.means, theta.sds, strict=True)]
        total = sum(terms)
        out[:, i] = [t / total for t in terms]
    return out


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.controls.smooth_check.setChecked(False)
    w.resize(1280, 800)
    w.show()
    return w


def _finite_items(window: MainWindow) -> None:
    dv = window.data_view
    for item in (*dv.component_curves, dv.mixture_curve):
        x, y = item.getData()
        assert x is not None and np.all(np.isfinite(x)) and np.all(np.isfinite(y))
    for line in dv.mean_lines:
        assert math.isfinite(line.value())
    model = window.history_table.history_model
    texts = [model.index(r, c).data() for r in range(model.rowCount())
             for c in range(model.columnCount())]
    assert not any(t is None or "nan" in t.lower() or "inf" in t.lower() for t in texts)


@pytest.mark.parametrize("k", [1, 2, 3, 4, 5, 6])
@pytest.mark.parametrize("variance", mx.VARIANCES)
def test_every_model_draws_its_components_from_the_setup_panel(window, k, variance) -> None:
    c = window.controls
    c.components_box.setValue(k)
    c.variance_combo.setCurrentIndex(mx.VARIANCES.index(variance))
    state = window.session.state
    assert state.model.k == k and state.model.variance == variance
    assert state.iteration == 0  # a new model is a new run
    for _ in range(4):
        window.session.step()
    state = window.session.state
    theta = state.theta
    dv = window.data_view
    assert len(dv.component_curves) == k
    grid = dv.grid()
    total = np.zeros_like(grid)
    for j, curve in enumerate(dv.component_curves):
        x, y = curve.getData()
        assert curve.isVisible()
        np.testing.assert_allclose(y, theta.weights[j] * normal(x, theta.means[j], theta.sds[j]),
                                   rtol=1e-10, atol=1e-300)
        total += theta.weights[j] * normal(grid, theta.means[j], theta.sds[j])
    x, y = dv.mixture_curve.getData()
    np.testing.assert_allclose(np.interp(grid, x, y), total, rtol=1e-9, atol=1e-12)
    assert [line.value() for line in dv.mean_lines] == list(theta.means)
    # The table has a column per parameter of the model, and the last row is theta.
    model = window.history_table.history_model
    sds = {"fixed": 0, "shared": 1, "free": k}[variance]
    columns = 5 if (k == 2 and variance == "fixed") else 2 + 2 * k + sds
    assert model.columnCount() == columns and model.rowCount() == 5
    tip = model.index(4, columns - 1).data(3)  # ToolTipRole: the full value
    assert tip is not None
    _finite_items(window)
    # The responsibilities the session shows agree with a plain loop.
    np.testing.assert_allclose(state.r, plain_responsibilities(state.data.x, state.r_theta),
                               rtol=1e-10, atol=1e-14)


def test_sigma_handles_at_step_zero_set_the_start_sigma(window) -> None:
    c = window.controls
    c.components_box.setValue(3)
    c.variance_combo.setCurrentIndex(mx.VARIANCES.index("free"))
    dv = window.data_view
    handles = dv.sd_handles
    assert len(handles) == 3 and all(h.isVisible() and h.movable for h in handles)
    start = window.session.state.start
    for j, h in enumerate(handles):
        assert h.value() == pytest.approx(start.means[j] + start.sds[j])
    chosen = mx.Mixture(start.weights, start.means, (0.4, start.sds[1], start.sds[2]))
    dv.start_dragged.emit(chosen)  # what letting go of handle 1 at mu_1 + 0.4 reports
    assert window.session.state.start == chosen
    window.session.step()
    assert not any(h.isVisible() for h in handles)  # handles are for choosing a start


def test_point_panel_shows_bayes_rule_for_three_components(window, qtbot) -> None:
    window.presets_panel.preset_chosen.emit(builtin("three-found"))
    window.session.step()
    state = window.session.state
    from emgui.gui.panels.point_panel import PointPanel

    panel = PointPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_state(state)
    panel.set_point(10)
    v = panel.values
    assert v is not None and len(v.r) == 3
    expected = plain_responsibilities(state.data.x[10:11], state.r_theta)[:, 0]
    np.testing.assert_allclose(v.r, expected, rtol=1e-10)
    assert sum(v.r) == pytest.approx(1.0, abs=1e-12)
    text = panel.text()
    assert "nan" not in text.lower() and "add up to 1" in text


def test_mstep_panel_sums_are_the_divisions_that_give_the_next_theta(window, qtbot) -> None:
    from emgui.gui.panels.mstep_panel import MStepPanel

    window.presets_panel.preset_chosen.emit(builtin("faithful-shared"))
    window.session.step()
    state = window.session.state
    panel = MStepPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_state(state)
    m = panel.values
    assert m is not None
    x = state.data.x
    r = plain_responsibilities(x, m.previous)
    for j in range(2):
        assert m.sums.sum_r[j] == pytest.approx(r[j].sum(), rel=1e-10)
        assert m.sums.sum_rx(j) == pytest.approx(float(r[j] @ x), rel=1e-10)
        assert m.result.means[j] == pytest.approx(float(r[j] @ x) / r[j].sum(), rel=1e-10)
    pooled = sum(float(r[j] @ (x - m.result.means[j]) ** 2) for j in range(2))
    assert m.result.sds[0] == m.result.sds[1] == pytest.approx(math.sqrt(pooled / x.size),
                                                               rel=1e-10)
    text = panel.text()
    assert "One σ for all components" in text and "nan" not in text.lower()


def test_the_collapse_preset_on_screen_says_why_and_shows_no_nan(window, qtbot) -> None:
    window.presets_panel.preset_chosen.emit(builtin("collapse"))
    stopped = []
    window.player.stopped.connect(stopped.append)
    window.player.set_speed(30)
    window.player.play()
    qtbot.waitUntil(lambda: bool(stopped), timeout=10_000)
    state = window.session.state
    assert stopped == ["collapsed"] and state.collapsed
    assert "collapsed onto a single point" in window.banner.messages().get("note", "")
    _finite_items(window)


def test_a_k_component_session_file_round_trips_and_old_files_still_open(tmp_path) -> None:
    s = EMSession()
    preset = builtin("three-merged")
    s.simulate_from(preset.simulation, preset.start, preset.model)
    for _ in range(5):
        s.step()
    st = s.state
    doc = SessionDocument(
        x=st.data.x, z=st.data.z, simulation=None, source="three", start=st.start, tol=st.tol,
        max_iterations=st.max_iterations, half_steps=False, position=st.position,
        last_position=st.last_position, history=tuple(st.history), model=st.model,
    )
    text = dump(doc)
    head = json.loads(text)
    assert head["schema"] == 2 and head["model"] == {"k": 3, "variance": "shared",
                                                    "sd_floor": None}
    assert head["history_columns"][:4] == ["step", "w1", "w2", "w3"]
    back = load(text, "three.emgui")
    assert back.model == st.model and back.start == st.start
    assert [row.theta for row in back.history] == [row.theta for row in st.history]
    again = EMSession()
    again.restore(back.x, back.z, None, back.source, back.start, back.tol, back.max_iterations,
                  back.half_steps, back.position, back.last_position, model=back.model)
    assert again.state.theta == st.theta and again.state.loglik == st.loglik
    # The seed's model still writes format 1, which every version reads.
    seed = EMSession()
    seed.step()
    sd = seed.state
    old = SessionDocument(
        x=sd.data.x, z=sd.data.z, simulation=sd.data.simulation, source=sd.data.source,
        start=sd.start, tol=sd.tol, max_iterations=sd.max_iterations, half_steps=False,
        position=sd.position, last_position=sd.last_position, history=tuple(sd.history),
    )
    assert json.loads(dump(old))["schema"] == 1


def test_exports_of_a_k_component_run(tmp_path) -> None:
    s = EMSession()
    preset = builtin("three-found")
    s.simulate_from(preset.simulation, preset.start, preset.model)
    s.step()
    st = s.state
    lines = history_csv(st.history).splitlines()
    assert lines[0] == "step,w1,w2,w3,mu1,mu2,mu3,sigma1,sigma2,sigma3,loglik"
    assert [float(v) for v in lines[1].split(",")[1:-1]] == list(st.history[0].theta.as_row())
    path = tmp_path / "r.csv"
    write_responsibilities_csv(path, st.data.x, st.r, st.data.z)
    rows = path.read_text().splitlines()
    assert rows[0] == "point,x,r1,r2,r3,z"
    first = rows[1].split(",")
    assert [float(v) for v in first[2:5]] == list(st.r[:, 0])
    assert int(first[5]) == int(st.data.z[0])


def test_truth_panel_matches_components_up_to_relabelling(window, qtbot) -> None:
    from emgui.gui.panels.truth_panel import TruthPanel

    window.presets_panel.preset_chosen.emit(builtin("three-found"))
    for _ in range(40):
        window.session.step()
    panel = TruthPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_state(window.session.state)
    v = panel.values
    assert v is not None and v.share is not None and v.share > 0.9
    assert sorted(v.permutation) == [0, 1, 2]


def test_general_step_for_the_seed_model_agrees_with_the_fast_path() -> None:
    x, _ = em.simulate(80, 2.4, 0.45, 531)
    fast = general = mx.Mixture((0.5, 0.5), (-0.5, 0.5), (1.0, 1.0))
    for _ in range(8):
        a = mx.step(x, fast, mx.Model())
        b = mx.step(x, general, mx.Model(), general=True)
        assert a.loglik == pytest.approx(b.loglik, rel=1e-12)
        for p, q in zip(a.next.as_row(), b.next.as_row(), strict=True):
            assert p == pytest.approx(q, rel=1e-12, abs=1e-12)
        fast, general = a.next, b.next


def test_simulating_k_components_draws_their_truth_and_fits_as_many(window, qtbot) -> None:
    from emgui.gui.dialogs.simulate_mixture import SimulateMixtureDialog

    dialog = SimulateMixtureDialog()
    qtbot.addWidget(dialog)
    dialog.k_box.setValue(4)
    chosen = ((0.8, -6, 1), (0.4, 0, 0.5), (0.4, 3, 0.5), (0.4, 8, 2))
    for row, (w, m, s) in zip(dialog.rows, chosen, strict=False):
        row[1].setValue(w)
        row[2].setValue(m)
        row[3].setValue(s)
    dialog.n_box.setValue(400)
    sim = dialog.simulation()
    assert sim.truth_mixture.weights == pytest.approx((0.4, 0.2, 0.2, 0.2))
    window.apply_mixture_simulation(sim)
    state = window.session.state
    assert state.model.k == 4 and state.data.simulation == sim
    x, _ = sim.draw()
    assert np.array_equal(state.data.x, x) and set(np.unique(state.data.z)) <= {1, 2, 3, 4}
    truth_x, truth_y = window.data_view.truth_curve.getData()
    expected = sum(w * normal(truth_x, m, s) for w, m, s in zip(
        sim.truth_mixture.weights, sim.truth_mixture.means, sim.truth_mixture.sds, strict=True))
    np.testing.assert_allclose(truth_y, expected, rtol=1e-10)
    dialog.rows[0][1].setValue(0)
    for row in dialog.rows[:4]:
        row[1].setValue(0)
    with pytest.raises(ValueError, match="weight above 0"):
        dialog.simulation()


def test_the_seed_sample_fitted_with_more_components_names_true_components_1_and_2(window, qtbot):
    from emgui.gui.panels.point_panel import PointPanel
    from emgui.gui.panels.truth_panel import TruthPanel

    window.controls.components_box.setValue(3)
    for _ in range(3):
        window.session.step()
    state = window.session.state
    assert set(np.unique(state.data.labels)) == {1, 2}
    point = PointPanel()
    qtbot.addWidget(point)
    point.show()
    point.show_state(state)
    index = int(np.flatnonzero(state.data.z == 0)[0])  # the simulator's code for component 2
    point.set_point(index)
    assert "component 2)" in point.text() and "component 0" not in point.text()
    truth = TruthPanel()
    qtbot.addWidget(truth)
    truth.show()
    truth.show_state(state)
    assert truth.values.share is not None and truth.values.share > 0.5
