"""The "Why EM climbs" area in the real window: built on first use, following the run, the map
clicked at step 0, the bound in half steps, and the restart gallery's background thread."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt, QThread, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from test_widget_fit import SIZES, misfits, projector_font  # noqa: F401 (fixture)

from emgui.core import em, landscape
from emgui.core.mixture import Mixture, Model
from emgui.gui import settings
from emgui.gui.main_window import MainWindow
from emgui.gui.session import EMSession
from emgui.gui.why import run_view
from emgui.gui.why.restarts_view import RestartsView

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _identity(qapp):
    settings.set_application_identity()


def make_window(qtbot, session: EMSession | None = None) -> MainWindow:
    window = MainWindow(session=session)
    qtbot.addWidget(window)
    window.controls.smooth_check.setChecked(False)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot) -> MainWindow:
    return make_window(qtbot)


def open_why(window: MainWindow, page: int = 0):
    action = window.findChild(QAction, "why")
    assert action is not None
    if not action.isChecked():
        action.trigger()
    area = window.why_area
    area.show_page(page)
    QApplication.processEvents()
    return area


def no_nan_text(widget: QWidget) -> None:
    from PySide6.QtWidgets import QLabel

    for label in widget.findChildren(QLabel):
        text = label.text().lower()
        assert "nan" not in text.replace("nanc", "") and "inf" not in text.replace("info", "")


# ---------------------------------------------------------------- the area
def test_the_area_is_built_on_first_use_and_swaps_with_the_run(qtbot, window) -> None:
    assert window.findChild(QWidget, "why_area") is None
    assert window.main_splitter.widget(1) is window.centre_splitter
    action = window.findChild(QAction, "why")
    assert action.shortcut().toString() == "F2" and action in window.menus["view"].actions()
    action.trigger()
    area = window.findChild(QWidget, "why_area")
    assert area is not None and area.isVisible() and action.isChecked()
    assert not window.data_view.isVisible()
    assert [area.tabs.tabText(i) for i in range(3)] == ["Landscape", "Lower bound",
                                                        "Many starts"]
    back = area.findChild(QToolButton, "why_back")
    back.click()
    assert window.data_view.isVisible() and not area.isVisible() and not action.isChecked()
    action.trigger()
    assert area.isVisible()
    window.actions["step"].trigger()  # the toolbar still drives the run
    assert window.session.state.iteration == 1
    area.landscape.flush()


def test_pages_are_built_when_their_tab_opens(window) -> None:
    area = open_why(window)
    assert area._lazy[0].is_built and not area._lazy[1].is_built
    area.show_page(2)
    assert area._lazy[2].is_built and not area._lazy[1].is_built


# ---------------------------------------------------------------- the landscape
def path_points(view) -> tuple[np.ndarray, np.ndarray]:
    return view.path_item.getData()


def test_the_map_follows_step_back_and_seek(qtbot, window) -> None:
    view = open_why(window).landscape
    session = window.session
    for _ in range(5):
        window.actions["step"].trigger()
    view.flush()
    theta = session.state.theta
    assert view.current_item.data["x"][0] == theta.mu1
    assert view.current_item.data["y"][0] == theta.mu2
    xs, ys = path_points(view)
    assert xs.size == 6 and (xs[0], ys[0]) == (session.start.mu1, session.start.mu2)
    window.actions["step_back"].trigger()
    view.flush()
    assert view.current_item.data["x"][0] == session.state.theta.mu1
    assert path_points(view)[0].size == 5
    session.seek_iteration(2)
    view.flush()
    assert view.current_item.data["x"][0] == session.state.history[2].theta.mu1
    image = view.image_item.image
    assert image is not None and np.isfinite(image).all()
    no_nan_text(view)


def test_with_the_best_pi_the_map_is_computed_once_for_the_run(window) -> None:
    view = open_why(window).landscape
    view.weights_combo.setCurrentIndex(1)
    first = view.landscape
    assert first is not None and first.slice.weights == "best"
    for _ in range(4):
        window.actions["step"].trigger()
    view.flush()
    assert view.landscape is first  # nothing it depends on changed
    view.weights_combo.setCurrentIndex(0)
    held = view.landscape
    window.actions["step"].trigger()
    view.flush()
    assert view.landscape is not held  # pi changed: the map with pi held follows it
    assert view.landscape.slice.theta.weights[0] == window.session.state.theta.pi


def test_steps_faster_than_the_map_are_caught_up_with_the_last_one(qtbot, window) -> None:
    view = open_why(window).landscape  # pi held: every step needs a new map
    view._last_cost = 0.4  # as if a map took 0.4 s: the next ones wait their turn
    for _ in range(3):
        window.actions["step"].trigger()
    assert view.busy
    # The path and the current point do not wait.
    assert view.current_item.data["x"][0] == window.session.state.theta.mu1
    qtbot.waitUntil(lambda: not view.busy, timeout=30_000)
    assert view.landscape.slice.theta == Mixture.from_params(window.session.state.theta)


def test_the_maxima_and_the_saddle_are_found_and_labelled(window) -> None:
    view = open_why(window).landscape
    view.weights_combo.setCurrentIndex(1)
    land = view.landscape
    assert land.mirrored and land.saddle is not None and land.saddle.kind == "saddle"
    xs, ys = view.maxima_item.getData()
    assert sorted(zip(xs, ys, strict=True)) == sorted((m.a, m.b) for m in land.maxima[:2])
    assert set(view.label_texts) == {"best fit", "same fit, labels swapped", "saddle"}
    assert view.saddle_item.getData()[0][0] == pytest.approx(float(window.session.data.x.mean()),
                                                            abs=1e-6)
    assert "✕ at μ₁ = μ₂ = 0.42" in view.key_text


def click_map(qtbot, view, a: float, b: float) -> None:
    vb = view.plot_item.getViewBox()
    scene = vb.mapViewToScene(QPointF(a, b))
    widget = view._widget
    point = widget.mapFromScene(scene)
    QTest.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_clicking_the_map_at_step_0_sets_the_start_means(qtbot, window) -> None:
    view = open_why(window).landscape
    window.activateWindow()
    qtbot.waitUntil(lambda: view.isVisible())
    assert window.session.state.iteration == 0
    with qtbot.waitSignal(window.session.changed, timeout=3000):
        click_map(qtbot, view, -1.0, 1.5)
    start = window.session.start
    pixel = (view.landscape.axis[-1] - view.landscape.axis[0]) / 100
    assert start.mu1 == pytest.approx(-1.0, abs=pixel)
    assert start.mu2 == pytest.approx(1.5, abs=pixel)
    assert start.pi == 0.5 and window.session.state.iteration == 0
    window.actions["step"].trigger()
    before = window.session.start
    click_map(qtbot, view, 2.0, -2.0)
    QApplication.processEvents()
    assert window.session.start == before  # only at step 0


@dataclass
class ThreeComponents:
    """A snapshot of a K = 3 run, as the adapter will give it once the session has K."""

    theta: Mixture
    x: np.ndarray
    iteration: int = 4
    change: str = "step"
    data_key: int = 99

    @property
    def model(self) -> Model:
        return Model(3)

    @property
    def k(self) -> int:
        return 3

    @property
    def start(self) -> Mixture:
        return Mixture((1 / 3, 1 / 3, 1 / 3), (-2.0, 0.0, 2.0), (1.0, 1.0, 1.0))

    @property
    def means_path(self) -> np.ndarray:
        return np.array([self.start.means, self.theta.means])


def test_three_components_show_a_slice_over_two_chosen_means(window, monkeypatch) -> None:
    x, _ = em.simulate(120, 3.0, 0.5, 2)  # exact (not binned) up to 128 points
    theta = Mixture((0.3, 0.4, 0.3), (-2.5, 0.2, 2.4), (1.0, 1.0, 1.0))
    fake = ThreeComponents(theta, x)
    monkeypatch.setattr(run_view, "snapshot", lambda state: fake)
    view = open_why(window).landscape
    view.refresh()
    view.flush()
    across, up = view.pair_combos
    assert across.isVisible() and up.isVisible() and across.count() == 3
    assert "A slice" in view.header_text and "held" in view.header_text
    up.setCurrentIndex(2)
    view.flush()
    land = view.landscape
    assert land.slice.pair == (0, 2)
    axis = land.axis
    means = list(theta.means)
    means[0], means[2] = axis[10], axis[150]
    from emgui.core.mixture import log_likelihood

    exact = log_likelihood(x, Mixture(theta.weights, tuple(means), theta.sds))
    assert land.loglik[150, 10] == pytest.approx(exact, rel=1e-12)
    assert view.path_item.getData()[1][-1] == theta.means[2]


def test_a_large_sample_s_map_is_binned_and_says_so(qtbot) -> None:
    session = EMSession(em.Simulation(n=200_000))
    window = make_window(qtbot, session)
    view = open_why(window).landscape
    land = view.landscape
    assert land.binned and land.points <= 2 * landscape.BINS + 8
    assert "per bin" in view.key_text and "200,000" in view.key_text


# ---------------------------------------------------------------- the lower bound
def test_the_bound_before_the_first_e_step_and_after_it(window) -> None:
    window.controls.half_check.click()  # half steps: position 0 shows no responsibilities
    window.actions["reset"].trigger()
    view = open_why(window, 1).bound
    assert view.line is None and "Step once" in view.header_text
    window.actions["step"].trigger()  # E: B_0 touches log L at theta_0
    line = view.line
    assert line is not None and line.theta_t == Mixture.from_params(window.session.start)
    assert tuple(view.current_item.data[["x", "y"]][0]) == (0.0, 0.0)
    assert abs(line.touch) <= 1e-12 * abs(line.loglik_t)
    assert line.gap == pytest.approx(line.kl, abs=1e-10)
    assert f"{line.gap:.3f}" in view.numbers_text.replace("−", "-")
    window.actions["step"].trigger()  # M: the top of B_0, at s = 1
    assert view.line is line
    x_now, y_now = view.current_item.data[["x", "y"]][0]
    assert x_now == 1.0 and y_now == pytest.approx(line.rise, rel=1e-12)
    assert "climbed" in view.header_text
    window.actions["step"].trigger()  # E again: the bound lifted, the old one drawn below
    old = view.old_bound
    assert old is not None and view.line.theta_t != line.theta_t
    at0 = np.flatnonzero(view.line.s == 0.0)[0]
    assert old[at0] < view.line.loglik_t  # B_0 at theta_1 lies below log L there
    assert old[at0] == pytest.approx(view.line.loglik_t - line.gap, abs=1e-9)
    assert "lifted" in view.numbers_text
    no_nan_text(view)


def test_the_bound_follows_full_steps(window) -> None:
    view = open_why(window, 1).bound
    for _ in range(3):
        window.actions["step"].trigger()
        line = view.line
        state = window.session.state
        assert line.theta_t == Mixture.from_params(state.theta)
        assert line.loglik_t == state.loglik and view.old_bound is None
        xs, ys = view.bound_item.getData()
        assert np.isfinite(ys).all() and xs[0] == -0.5 and xs[-1] == 1.5


# ---------------------------------------------------------------- many starts
def gallery(qtbot, n: int = 80) -> tuple[EMSession, RestartsView]:
    session = EMSession(em.Simulation(n=n))
    view = RestartsView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    session.changed.connect(view.show_state)
    view.show_state(session.state)
    return session, view


def test_the_worker_never_blocks_the_event_loop(qtbot) -> None:
    _, view = gallery(qtbot, n=4000)
    view.count_box.setValue(60)
    ticks: list[int] = []
    progress: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: (ticks.append(1), progress.append(len(view.runs))))
    timer.start()
    view.try_button.click()
    assert view.running and not view.try_button.isEnabled()
    qtbot.waitUntil(lambda: not view.running, timeout=60_000)
    timer.stop()
    assert len(view.runs) == 60
    assert len(ticks) >= 10  # the timer kept firing while the worker ran
    assert len(set(progress)) >= 3  # and results came in while it did
    assert view.progress.value() == 60 and view.try_button.isEnabled()
    assert "reached the best fit" in view.summary_text


def test_cancel_stops_the_worker_between_iterations(qtbot) -> None:
    _, view = gallery(qtbot, n=20_000)
    view.count_box.setValue(200)
    view.try_button.click()
    qtbot.waitUntil(lambda: len(view.runs) >= 1, timeout=30_000)
    assert view.thread is not None
    view.cancel_button.click()
    qtbot.waitUntil(lambda: not view.running, timeout=10_000)  # the thread has finished
    assert not any(t.isRunning() for t in view.findChildren(QThread))
    assert 1 <= len(view.runs) < 200
    assert "Cancelled" in view.summary_text


def test_closing_the_window_stops_the_thread(qtbot) -> None:
    session = EMSession(em.Simulation(n=20_000))
    window = make_window(qtbot, session)
    view = open_why(window, 2).restarts
    view.count_box.setValue(200)
    view.try_button.click()
    thread = view.thread
    assert thread is not None and thread.isRunning()
    window.close()
    assert not thread.isRunning() and view.thread is None


def fits(view) -> list[Mixture]:
    return [run.fit for run in sorted(view.runs, key=lambda r: r.index)]


def test_results_are_reproducible_for_a_seed(qtbot) -> None:
    _, view = gallery(qtbot)
    view.count_box.setValue(15)
    view.seed_box.setValue(5)
    view.try_button.click()
    qtbot.waitUntil(lambda: not view.running, timeout=30_000)
    first = fits(view)
    starts = [r.start for r in sorted(view.runs, key=lambda r: r.index)]
    view.try_button.click()
    qtbot.waitUntil(lambda: not view.running, timeout=30_000)
    assert fits(view) == first
    view.seed_box.setValue(6)
    view.try_button.click()
    qtbot.waitUntil(lambda: not view.running, timeout=30_000)
    assert [r.start for r in sorted(view.runs, key=lambda r: r.index)] != starts
    tiles = view.tiles
    assert len(tiles) == 15 and all(t.isVisible() for t in tiles)
    ranked = [t.run.loglik for t in tiles]
    assert ranked[0] == max(ranked)


def test_clicking_a_run_loads_its_whole_history(qtbot, window) -> None:
    view = open_why(window, 2).restarts
    view.count_box.setValue(8)
    view.try_button.click()
    qtbot.waitUntil(lambda: not view.running, timeout=30_000)
    run = view.tiles[-1].run
    QTest.mouseClick(view.tiles[-1], Qt.MouseButton.LeftButton)
    state = window.session.state
    assert Mixture.from_params(state.start) == run.start
    assert state.iteration == run.iterations and state.converged == run.converged
    assert Mixture.from_params(state.theta) == run.fit  # the same run, to the last bit
    assert len(state.history) == run.iterations + 1
    assert window.data_view.isVisible()  # back to the run, which is scrubbable
    window.session.seek_iteration(1)
    assert window.session.state.iteration == 1
    assert len(view.runs) == 8  # the same numbers: the gallery keeps its results


def test_a_run_longer_than_the_iteration_limit_raises_it(qtbot) -> None:
    session = EMSession(em.Simulation(n=80, sep=1.5, true_pi=0.45, seed=42))
    window = make_window(qtbot, session)
    view = open_why(window, 2).restarts
    view.count_box.setValue(12)
    view.try_button.click()
    qtbot.waitUntil(lambda: not view.running, timeout=30_000)
    long = next(t for t in view.tiles if t.run.iterations > session.state.max_iterations)
    long.clicked.emit(long.run)
    state = session.state
    assert state.max_iterations == long.run.iterations == state.iteration
    assert Mixture.from_params(state.theta) == long.run.fit
    assert "raised to" in window.status.message_label.toolTip()


def test_new_data_clear_the_gallery(qtbot) -> None:
    session, view = gallery(qtbot)
    view.count_box.setValue(5)
    view.try_button.click()
    qtbot.waitUntil(lambda: not view.running, timeout=30_000)
    assert view.tiles
    session.new_sample(seed=7)
    assert not view.runs and "data changed" in view.summary_text


# ---------------------------------------------------------------- on a classroom screen
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_text_of_the_area_fits(qtbot, projector_font, size) -> None:  # noqa: F811
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    for _ in range(3):
        window.actions["step"].trigger()
    area = open_why(window)
    found = {}
    for page in range(3):
        area.show_page(page)
        if page == 2:
            area.restarts.count_box.setValue(6)
            area.restarts.try_button.click()
            qtbot.waitUntil(lambda: not area.restarts.running, timeout=30_000)
        for _ in range(3):
            QApplication.processEvents()
        problems = misfits(window)
        if problems:
            found[area.tabs.tabText(page)] = problems
    area.landscape.weights_combo.setCurrentIndex(1)
    area.show_page(0)
    QApplication.processEvents()
    if misfits(window):
        found["best pi"] = misfits(window)
    assert not found, found


# ---------------------------------------------------------------- a random walk through it
@pytest.mark.parametrize("seed", [0, 1])
def test_a_random_walk_through_the_area_shows_no_nan_and_raises_nothing(qtbot, seed) -> None:
    import random

    rng = random.Random(seed)
    window = make_window(qtbot)
    area = open_why(window)
    session = window.session
    samples = [dict(n=80), dict(n=3), dict(n=5000, sep=0.5), dict(n=300, sep=6.0),
               dict(n=80, true_pi=0.05)]
    for _ in range(60):
        what = rng.choice(["step", "step", "step", "back", "seek", "reset", "half", "page",
                           "weights", "sample", "click", "start"])
        if what == "step":
            window.actions["step"].trigger()
        elif what == "back":
            window.actions["step_back"].trigger()
        elif what == "seek":
            session.seek(rng.randint(0, session.state.last_position))
        elif what == "reset":
            window.actions["reset"].trigger()
        elif what == "half":
            window.controls.half_check.click()
        elif what == "page":
            area.show_page(rng.randint(0, 2))
        elif what == "weights":
            area.landscape.weights_combo.setCurrentIndex(rng.randint(0, 1))
        elif what == "sample":
            session.new_sample(seed=rng.randint(0, 999), **rng.choice(samples))
        elif what == "click" and area.tabs.currentIndex() == 0:
            land = area.landscape.landscape
            if land is not None:
                lo, hi = land.axis[0], land.axis[-1]
                area.landscape.start_at(rng.uniform(lo, hi), rng.uniform(lo, hi))
        elif what == "start":
            area.landscape.start_requested.emit(
                run_view.start_with_means(session.state, {0: rng.uniform(-3, 3)}))
        area.landscape.flush()
        QApplication.processEvents()
        if area.tabs.currentIndex() == 0 and area.landscape.landscape is not None:
            assert np.isfinite(area.landscape.image_item.image).all()
        no_nan_text(area)
    area.landscape.flush()
