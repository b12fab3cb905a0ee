"""The views draw exactly what the core computes for the state the session emits.

Each test drives a real EMSession and compares the items' data (getData, brushes, values)
with values computed independently here or by emgui.core.em, never with the view's own helpers.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from emgui.core import em
from emgui.gui import palette
from emgui.gui.session import EMSession, SessionState
from emgui.gui.views import DataView, HistoryTable, LikelihoodView, ParamsView
from emgui.gui.views.data_view import SAMPLE_MAX, STRIP_BINS
from emgui.gui.views.steady import SteadyHeader

pytestmark = pytest.mark.gui

SQRT_2PI = math.sqrt(2.0 * math.pi)


def phi(x: np.ndarray, mu: float) -> np.ndarray:
    return np.exp(-0.5 * (x - mu) ** 2) / SQRT_2PI


def listen(session: EMSession, *views) -> None:
    for view in views:
        session.changed.connect(view.show_state)
        view.show_state(session.state)


@pytest.fixture
def data_view(qtbot, session: EMSession) -> DataView:
    view = DataView()
    qtbot.addWidget(view)
    view.resize(900, 520)
    listen(session, view)
    return view


def assert_curves(view: DataView, theta: em.Params) -> None:
    """Component and mixture curves and mean markers are exactly those of theta."""
    grid = view.grid()

    def c1(x):
        return theta.pi * phi(x, theta.mu1)

    def c2(x):
        return (1.0 - theta.pi) * phi(x, theta.mu2)

    for item, expected in ((view.component_curves[0], c1), (view.component_curves[1], c2),
                           (view.mixture_curve, lambda x: c1(x) + c2(x))):
        x, y = item.getData()
        # The view's grid, plus points across a peak narrower than its spacing.
        assert np.all(np.diff(x) > 0) and np.all(np.isin(grid, x))
        np.testing.assert_allclose(y, expected(x), rtol=1e-12, atol=1e-300)
    assert view.mean_lines[0].value() == pytest.approx(theta.mu1, abs=0, rel=0)
    assert view.mean_lines[1].value() == pytest.approx(theta.mu2, abs=0, rel=0)


def brush_rgb(item) -> np.ndarray:
    return np.array([b.color().getRgb()[:3] for b in item.data["brush"]], dtype=float)


def expected_rgb(r: np.ndarray) -> np.ndarray:
    c1 = np.array(palette.mix_rgb(1.0), dtype=float)
    c2 = np.array(palette.mix_rgb(0.0), dtype=float)
    return c2 + r[:, None] * (c1 - c2)


def all_finite(*arrays) -> bool:
    return all(np.all(np.isfinite(np.asarray(a, dtype=float))) for a in arrays)


# ------------------------------------------------------------------------ data view
def test_step_draws_the_curves_of_the_new_theta(data_view: DataView, session: EMSession):
    for _ in range(3):
        session.step()
        assert_curves(data_view, session.state.theta)
    assert session.state.iteration == 3


def test_marks_are_coloured_by_the_core_responsibilities(data_view, session):
    session.step()
    state = session.state
    x_marks, _ = data_view.points_item.getData()
    np.testing.assert_array_equal(x_marks, state.data.x)  # n = 80: every point has a mark
    r = em.e_step(state.data.x, state.theta)
    np.testing.assert_allclose(state.r1, r, rtol=1e-12)
    rgb = brush_rgb(data_view.points_item)
    # 128 colour steps: within 2 units of the exact blend on every channel, for every point.
    assert np.max(np.abs(rgb - expected_rgb(r))) <= 2.0
    strongest_1, strongest_2 = int(np.argmax(r)), int(np.argmin(r))
    assert np.allclose(rgb[strongest_1], palette.mix_rgb(float(r[strongest_1])), atol=2)
    assert np.allclose(rgb[strongest_2], palette.mix_rgb(float(r[strongest_2])), atol=2)


def test_fast_recolour_matches_pyqtgraphs_own(data_view, session):
    """The marks' quick recolouring points at the same atlas symbols as setBrush would."""
    session.new_sample(n=3000, seed=11)
    for _ in range(2):
        session.step()
    item = data_view.points_item
    assert item._table is not None  # the quick path was taken
    quick = item.data["sourceRect"].copy()
    item.setBrush(list(item.data["brush"]))
    np.testing.assert_array_equal(item.data["sourceRect"], quick)
    assert not data_view.grab().isNull()


def test_marks_are_grey_before_the_first_e_step(data_view, session):
    session.set_half_steps(True)
    session.reset()
    assert session.state.r is None
    rgb = brush_rgb(data_view.points_item)
    grey = np.array([int(palette.NEUTRAL_POINT[i:i + 2], 16) for i in (1, 3, 5)], dtype=float)
    assert np.all(rgb == grey)
    session.step()  # the E-step colours them
    assert session.state.phase == "E"
    assert not np.all(brush_rgb(data_view.points_item) == grey)


def test_reset_draws_step_zero_exactly(data_view, session):
    for _ in range(4):
        session.step()
    session.reset()
    state = session.state
    assert state.iteration == 0 and state.theta == state.start
    assert_curves(data_view, state.start)
    rgb = brush_rgb(data_view.points_item)
    assert np.max(np.abs(rgb - expected_rgb(em.e_step(state.data.x, state.start)))) <= 2.0


def test_seeking_back_shows_that_step(data_view, session):
    for _ in range(6):
        session.step()
    session.seek_iteration(2)
    assert session.state.iteration == 2
    assert_curves(data_view, session.state.history[2].theta)


def test_truth_curve_and_rows(data_view, session):
    truth = session.state.data.truth
    assert truth is not None
    grid = data_view.grid()
    x, y = data_view.truth_curve.getData()
    np.testing.assert_array_equal(x, grid)
    np.testing.assert_allclose(
        y, truth.pi * phi(grid, truth.mu1) + (1 - truth.pi) * phi(grid, truth.mu2), rtol=1e-12
    )
    assert data_view.truth_curve.isVisible()
    z = session.state.data.z
    symbols = data_view.points_item.data["symbol"]
    assert set(symbols[z == 1]) == {"o"} and set(symbols[z != 1]) == {"t1"}
    _, ys = data_view.points_item.getData()
    assert ys[z == 1].min() > ys[z != 1].max()  # true component 1 on the upper row
    assert set(data_view.row_labels.values()) == {"Z = 1", "Z = 2"}
    assert "true Z = 1" in data_view.key_text

    def marks_inside() -> bool:
        _, (y_lo, _) = data_view.plot_item.getViewBox().viewRange()
        _, marks_y = data_view.points_item.getData()
        return bool(marks_y.min() > y_lo)

    assert marks_inside()
    data_view.set_show_truth(False)
    assert marks_inside()
    assert not data_view.truth_curve.isVisible()
    assert set(data_view.points_item.data["symbol"]) == {"o"}
    assert set(data_view.row_labels.values()) == {"data"}
    assert "true Z" not in data_view.key_text
    session.new_sample(seed=99)  # ranges fitted for one row of marks ...
    data_view.set_show_truth(True)  # ... then two rows must still fit
    assert data_view.truth_curve.isVisible() and marks_inside()


def test_observed_data_have_no_truth(data_view, session):
    session.set_data(np.array([0.1, 0.5, -1.0, 2.0, 2.5, -0.3]), "six numbers")
    assert not data_view.truth_curve.isVisible()
    assert set(data_view.points_item.data["symbol"]) == {"o"}
    session.step()
    assert_curves(data_view, session.state.theta)


def test_new_sample_rebuilds_histogram_and_fits_ranges(data_view, session):
    old_edges, _ = data_view.histogram_item.getData()
    session.new_sample(n=5000, seed=7)
    state = session.state
    edges, heights = data_view.histogram_item.getData()
    assert not np.array_equal(edges, old_edges)
    assert 10 <= heights.size <= 80 and edges.size == heights.size + 1
    assert edges[0] == state.data.summary.minimum and edges[-1] == state.data.summary.maximum
    counts, _ = np.histogram(state.data.x, bins=edges)
    np.testing.assert_allclose(heights, counts / (state.data.x.size * np.diff(edges)), rtol=1e-12)
    assert np.sum(heights * np.diff(edges)) == pytest.approx(1.0)
    (x_lo, x_hi), (y_lo, y_hi) = data_view.plot_item.getViewBox().viewRange()
    assert x_lo < state.data.summary.minimum and x_hi > state.data.summary.maximum
    assert x_lo < state.theta.mu1 < x_hi and x_lo < state.theta.mu2 < x_hi
    _, mix = data_view.mixture_curve.getData()
    assert y_hi >= max(heights.max(), mix.max()) and y_hi < 1.5 * max(heights.max(), mix.max())
    assert y_lo < 0  # room for the marks under the axis
    _, marks_y = data_view.points_item.getData()
    assert y_lo < marks_y.min() and marks_y.max() < 0


def test_large_n_shows_a_fixed_sample_and_an_exact_strip(data_view, session):
    session.new_sample(n=20_000, seed=3)
    sample = data_view.sample_indices.copy()
    assert sample.size == SAMPLE_MAX and np.unique(sample).size == SAMPLE_MAX
    x_marks, _ = data_view.points_item.getData()
    np.testing.assert_array_equal(x_marks, session.state.data.x[sample])
    strip = data_view.strip_item
    assert strip is not None and strip.image.shape == (1, STRIP_BINS, 4)
    for _ in range(3):
        session.step()
    state = session.state
    np.testing.assert_array_equal(data_view.sample_indices, sample)  # same marks every step
    r = em.e_step(state.data.x, state.theta)
    rgb = brush_rgb(data_view.points_item)
    assert np.max(np.abs(rgb - expected_rgb(r[sample]))) <= 2.0
    # The strip is coloured by the exact r at each bin centre ...
    centres = data_view.strip_centres
    r_centres = em.e_step(centres, state.theta)
    image = strip.image[0].astype(float)
    assert np.max(np.abs(image[:, :3] - expected_rgb(r_centres))) <= 1.0
    # ... and shaded by how many observations fall in the bin (empty bins are clear).
    counts, _ = np.histogram(state.data.x, bins=STRIP_BINS,
                             range=(state.data.summary.minimum, state.data.summary.maximum))
    alpha = image[:, 3]
    assert np.all(alpha[counts == 0] == 0) and np.all(alpha[counts > 0] > 0)
    assert alpha[np.argmax(counts)] == alpha.max()
    # Back to a small sample: no strip, every point marked.
    session.new_sample(n=300)
    assert data_view.strip_item is None
    assert data_view.points_item.getData()[0].size == 300


def test_strip_after_an_m_step_uses_the_previous_theta(data_view, session):
    session.new_sample(n=10_000, seed=4)
    session.set_half_steps(True)
    session.step()  # E of iteration 0 (already shown) -> M: theta_1 coloured by r_0
    state = session.state
    assert state.phase == "M"
    r0 = em.e_step(data_view.strip_centres, state.history[0].theta)
    image = data_view.strip_item.image[0].astype(float)
    assert np.max(np.abs(image[:, :3] - expected_rgb(r0))) <= 1.0
    assert_curves(data_view, state.theta)


def _viewport_pos(view: DataView, x: float, y: float) -> QPoint:
    scene = view.plot_item.getViewBox().mapViewToScene(QPointF(x, y))
    return view.plot_widget.mapFromScene(scene)


@pytest.fixture
def every_mouse_move():
    """pyqtgraph drops mouse moves closer than 10 ms apart; synthetic ones come faster."""
    import pyqtgraph as pg

    old = pg.getConfigOption("mouseRateLimit")
    pg.setConfigOption("mouseRateLimit", -1)
    yield
    pg.setConfigOption("mouseRateLimit", old)


def _send(widget, kind: QEvent.Type, pos: QPoint, button=Qt.MouseButton.NoButton,
          held=Qt.MouseButton.NoButton) -> None:
    """Deliver one mouse event to a graphics view's viewport, as the window system would."""
    viewport = widget.viewport()
    event = QMouseEvent(kind, QPointF(pos), viewport.mapToGlobal(QPointF(pos)), button, held,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def _click(widget, pos: QPoint) -> None:
    left = Qt.MouseButton.LeftButton
    _send(widget, QEvent.Type.MouseMove, pos)
    _send(widget, QEvent.Type.MouseButtonPress, pos, left, left)
    _send(widget, QEvent.Type.MouseButtonRelease, pos, left)


def _drag(widget, start: QPoint, end: QPoint) -> None:
    """A left-button drag in small moves, with a hover first (pyqtgraph picks the item then)."""
    left = Qt.MouseButton.LeftButton
    _send(widget, QEvent.Type.MouseMove, start)
    _send(widget, QEvent.Type.MouseButtonPress, start, left, left)
    for t in np.linspace(0.1, 1.0, 10):
        p = QPoint(round(start.x() + t * (end.x() - start.x())),
                   round(start.y() + t * (end.y() - start.y())))
        _send(widget, QEvent.Type.MouseMove, p, Qt.MouseButton.NoButton, left)
    _send(widget, QEvent.Type.MouseButtonRelease, end, left)


def test_clicking_and_hovering_a_mark_names_the_observation(
    qtbot, data_view, session, every_mouse_move
):
    data_view.show()
    qtbot.waitExposed(data_view)
    xs, ys = data_view.points_item.getData()
    k = int(np.argmax(xs))  # the rightmost mark, nobody overlaps it
    index = int(data_view.sample_indices[k])
    pos = _viewport_pos(data_view, xs[k], ys[k])
    widget = data_view.plot_widget
    with qtbot.waitSignal(data_view.point_hovered) as hovered:
        _send(widget, QEvent.Type.MouseMove, pos + QPoint(3, -2))
    assert hovered.args == [index]
    with qtbot.waitSignal(data_view.point_clicked) as clicked:
        _click(widget, pos)
    assert clicked.args == [index]
    far = _viewport_pos(data_view, xs[k], 0.8 * data_view.plot_item.getViewBox().viewRange()[1][1])
    with qtbot.waitSignal(data_view.point_hovered) as left:
        _send(widget, QEvent.Type.MouseMove, far)
    assert left.args == [-1]
    with qtbot.assertNotEmitted(data_view.point_clicked):
        _click(widget, far)


def test_highlight_draws_a_ring_on_the_mark(data_view, session):
    x = session.state.data.x
    data_view.highlight_point(5)
    ring = data_view._ring
    rx, ry = ring.getData()
    _, ys = data_view.points_item.getData()
    assert ring.isVisible() and rx[0] == x[5] and ry[0] == ys[5]
    data_view.highlight_point(None)
    assert not ring.isVisible()


def test_dragging_a_mean_marker_proposes_new_means(qtbot, data_view, session, every_mouse_move):
    data_view.show()
    qtbot.waitExposed(data_view)
    data_view.set_markers_movable(True)
    theta = session.state.theta
    y_mid = 0.5 * data_view.plot_item.getViewBox().viewRange()[1][1]
    start = _viewport_pos(data_view, theta.mu1, y_mid)
    end = _viewport_pos(data_view, theta.mu1 - 1.0, y_mid)
    with qtbot.waitSignal(data_view.means_dragged) as dragged:
        _drag(data_view.plot_widget, start, end)
    mu1, mu2 = dragged.args
    assert mu1 == pytest.approx(theta.mu1 - 1.0, abs=0.05) and mu2 == theta.mu2
    # Nobody took the proposal: the markers go back to the state's means.
    assert_curves(data_view, session.state.theta)

    def accept(m1: float, m2: float) -> None:
        session.set_start(em.Params(session.state.start.pi, m1, m2))

    data_view.means_dragged.connect(accept)
    with qtbot.waitSignal(data_view.means_dragged):
        _drag(data_view.plot_widget, start, end)
    assert session.state.start.mu1 == pytest.approx(theta.mu1 - 1.0, abs=0.05)
    assert_curves(data_view, session.state.theta)


def test_mean_labels_stay_inside_the_plot(data_view, session):
    right = session.state.data.summary.maximum
    session.set_start(em.Params(0.5, -0.5, right))  # mu2 at the right edge of the data
    label1, label2 = (line.label for line in data_view.mean_lines)
    assert label2.anchors[0] == (1, 0.5)  # text to the left of the marker
    assert label1.anchors[0] == (0, 0.5)  # text to the right
    assert label1.textItem.toPlainText().startswith("μ₁")
    assert label2.textItem.toPlainText() == f"μ₂ = {right:.2f}"


def test_markers_are_fixed_unless_allowed(data_view):
    assert not any(line.movable for line in data_view.mean_lines)
    data_view.set_markers_movable(True)
    assert all(line.movable for line in data_view.mean_lines)


def _check_no_nan(dv: DataView, lv: LikelihoodView, pv: ParamsView, table: HistoryTable) -> None:
    items = [dv.histogram_item, *dv.component_curves, dv.mixture_curve, dv.truth_curve,
             dv.points_item, lv.curve, lv.decrease_item, pv.pi_curve, pv.mu1_curve,
             pv.mu2_curve]
    for item in items:
        x, y = item.getData()
        if x is not None:
            assert all_finite(x, y), item
    assert all_finite([line.value() for line in dv.mean_lines])
    assert all_finite(*dv.plot_item.getViewBox().viewRange())
    assert all_finite(*lv.plot_item.getViewBox().viewRange())
    model = table.history_model
    texts = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(5)]
    assert not any("nan" in t.lower() or "inf" in t.lower() for t in texts)
    assert "nan" not in lv.header_text.lower() and "nan" not in pv.header_text.lower()


@pytest.mark.parametrize("means", [(-40.0, -39.0), (-1000.0, -999.0)])
def test_extreme_data_never_draw_nan(qtbot, session, means):
    views = (DataView(), LikelihoodView(), ParamsView(), HistoryTable())
    for view in views:
        qtbot.addWidget(view)
    listen(session, *views)
    x = np.random.default_rng(1).normal(40.0, 1.0, 300)
    session.set_data(x, "far away")
    session.set_start(em.Params(0.5, *means))
    notes = []
    for _ in range(6):
        session.step()
        notes.append(session.state.note)
        _check_no_nan(*views)
        assert_curves(views[0], session.state.theta)
    if means[0] == -1000.0:  # component 1 got no responsibility at all
        assert any("Component 1" in note for note in notes)
    for view in views:
        view.grab()


def test_marks_are_cached_only_while_motion_is_on(data_view, session):
    """With a glide the marks stay put for several frames: painted from a cached pixmap."""
    from PySide6.QtWidgets import QGraphicsItem

    cache = QGraphicsItem.CacheMode
    assert data_view.points_item.cacheMode() == cache.NoCache
    data_view.set_motion_enabled(True)
    assert data_view.points_item.cacheMode() == cache.DeviceCoordinateCache
    data_view.set_motion_enabled(False)
    assert data_view.points_item.cacheMode() == cache.NoCache


def test_a_glide_ends_exactly_on_the_state_without_redrawing_its_start(qtbot, data_view, session):
    from emgui.gui.views.motion import FRAME_MS

    data_view.set_motion_enabled(True)
    data_view.set_motion_duration(26)  # Play at 30 iterations a second
    before = data_view.drawn_theta
    frames: list[em.Params] = []
    data_view.tween.frame.connect(frames.append)
    with qtbot.waitSignal(data_view.tween.finished, timeout=2000):
        session.step()
    assert before not in frames  # the start was on screen already
    assert frames[-1] == session.state.theta == data_view.drawn_theta
    assert 1 <= len(frames) <= max(1, round(26 / FRAME_MS))  # evenly: no extra late frame
    assert_curves(data_view, session.state.theta)


# ------------------------------------------------------------------------ traces
@pytest.fixture
def traces(qtbot, session):
    lv, pv = LikelihoodView(), ParamsView()
    for view in (lv, pv):
        qtbot.addWidget(view)
        view.resize(600, 320)
    listen(session, lv, pv)
    return lv, pv


def test_likelihood_curve_is_the_history(traces, session):
    lv, _ = traces
    for _ in range(8):
        session.step()
    state = session.state
    x, y = lv.curve.getData()
    np.testing.assert_array_equal(x, np.arange(len(state.history)))
    np.testing.assert_array_equal(y, state.logliks)
    rows = em.fit(state.data.x, state.start, 8)
    np.testing.assert_allclose(y, [row.loglik for row in rows], rtol=1e-12)
    mx, my = lv.current_marker.getData()
    assert (mx[0], my[0]) == (8, state.loglik)
    assert lv.current_line.value() == 8
    loglik = f"{state.loglik:.2f}".replace("-", "−")
    assert f"log L = {loglik}" in lv.header_text.replace("&nbsp;", " ")
    assert f"({state.increase:+.3f})" in lv.header_text.replace("&nbsp;", " ")
    assert lv.decrease_item.getData()[0] is None or lv.decrease_item.getData()[0].size == 0
    assert lv.warning_text == ""
    # Seeking moves only the marker.
    session.seek_iteration(3)
    np.testing.assert_array_equal(lv.curve.getData()[1], state.logliks)
    assert lv.current_marker.getData()[0][0] == 3


def test_likelihood_axes_do_not_autorange_every_step(traces, session):
    lv, _ = traces
    vb = lv.plot_item.getViewBox()
    for _ in range(4):
        session.step()
    x_range, y_range = vb.viewRange()
    for _ in range(5):
        session.step()
        assert vb.viewRange() == [x_range, y_range]  # the new points fit: nothing moves
    for _ in range(10):
        session.step()
    assert vb.viewRange()[1] == y_range
    (_, x_hi), (y_lo, y_hi) = lv.plot_item.getViewBox().viewRange()
    logliks = session.state.logliks
    assert x_hi >= len(logliks) - 1 and y_lo < logliks.min() and y_hi > logliks.max()


def test_likelihood_axis_keeps_the_climb_tall_and_below_what_a_run_can_reach(traces, session):
    lv, _ = traces
    vb = lv.plot_item.getViewBox()
    session.step()  # the first, largest rise
    _, (y_lo, y_hi) = vb.viewRange()
    logliks = session.state.logliks
    assert (logliks[1] - logliks[0]) >= 0.6 * (y_hi - y_lo)  # the climb fills the axis
    ceiling = -0.5 * session.data.x.size * math.log(2 * math.pi)
    ranges = {tuple(vb.viewRange()[1])}
    for _ in range(25):
        session.step()
        _, (lo, hi) = vb.viewRange()
        logliks = session.state.logliks
        assert lo < logliks.min() and logliks.max() < hi <= max(ceiling, logliks.max())
        ranges.add((lo, hi))
    assert len(ranges) <= 5  # it settles: the axis is not drawn anew at every step


def test_a_flat_run_far_from_zero_shows_distinct_tick_labels(qtbot, traces, session):
    lv, _ = traces
    x = np.linspace(-1.0, 1.0, 400_000) * 0.5
    session.set_data(x + 3.0, source="flat")
    for _ in range(3):
        session.step()
    axis = lv.plot_item.getAxis("left")
    lo, hi = lv.plot_item.getViewBox().viewRange()[1]
    assert hi < 0
    for spacing, values in axis.tickValues(lo, hi, axis.height() or 200):
        labels = axis.tickStrings(values, 1.0, spacing)
        assert max(labels.count(label) for label in labels) < 3, labels


def test_headers_wrap_between_values_on_a_narrow_panel(qtbot, traces, session):
    lv, _ = traces
    lv.resize(240, 320)
    lv.show()
    qtbot.waitExposed(lv)
    session.new_sample(n=100_000)  # a long log likelihood
    session.step()
    text = lv.header_text
    assert "(+" in text and "&nbsp;&nbsp; (+" in text  # the rise may go to the next line
    label = lv.findChild(SteadyHeader).label
    qtbot.waitUntil(lambda: label.width() >= label.minimumSizeHint().width())


def test_a_decrease_is_drawn_in_red_with_a_warning(traces, session):
    lv, _ = traces
    for _ in range(5):
        session.step()
    state = session.state
    bad = replace(state, change="step", decreased_at=(3,))
    lv.show_state(bad)
    x, y = lv.decrease_item.getData()
    np.testing.assert_array_equal(x, [2, 3])
    np.testing.assert_array_equal(y, state.logliks[[2, 3]])
    assert "fell at iteration 3" in lv.warning_text
    lv.show_state(replace(state, history=state.history[:4] + state.history[4:]))
    assert lv.warning_text == ""


def test_half_steps_mark_where_iterations_end(traces, session):
    lv, pv = traces
    session.set_half_steps(True)
    session.reset()
    assert not lv.iteration_marks.isVisible()
    for _ in range(5):
        session.step()
    state = session.state  # position 5: E-step of iteration 2
    assert (state.position, state.phase, state.iteration) == (5, "E", 2)
    assert lv.current_line.value() == 2.0  # an E-step changes neither theta nor log L
    assert pv.current_lines[0].value() == 2.0
    assert lv.iteration_marks.isVisible()
    x, _ = lv.iteration_marks.getData()
    assert set(x) == {1.0, 2.0}
    assert "after the E-step" in lv.header_text.replace("&nbsp;", " ")
    session.step()
    assert lv.current_line.value() == 3.0
    assert "after the M-step" in lv.header_text.replace("&nbsp;", " ")


def test_parameter_traces_are_the_history(traces, session):
    _, pv = traces
    for _ in range(6):
        session.step()
    state = session.state
    rows = em.fit(state.data.x, state.start, 6)
    expected = np.array([row.theta.as_tuple() for row in rows])
    for item, column in ((pv.pi_curve, 0), (pv.mu1_curve, 1), (pv.mu2_curve, 2)):
        x, y = item.getData()
        np.testing.assert_array_equal(x, np.arange(7))
        np.testing.assert_allclose(y, expected[:, column], rtol=1e-12)
    truth = state.data.truth
    assert [line.value() for line in pv.truth_lines] == list(truth.as_tuple())
    assert all(line.isVisible() for line in pv.truth_lines)
    assert pv.current_lines[0].value() == 6
    assert pv.pi_plot.getViewBox().viewRange()[1][0] <= 0.0
    assert pv.pi_plot.getViewBox().viewRange()[1][1] >= 1.0
    session.set_data(np.array([0.0, 1.0, 3.0, 4.0]), "four numbers")
    assert not any(line.isVisible() for line in pv.truth_lines)


def test_long_runs_append_only_new_rows(traces, session):
    lv, pv = traces
    from emgui.gui.views.trace_views import DOTS_UP_TO, HistoryArrays

    arrays = HistoryArrays()
    assert arrays.update(session.state.history) == (True, True)
    for _ in range(DOTS_UP_TO + 10):
        session.step()
        changed, restarted = arrays.update(session.state.history)
        assert changed and not restarted
    state = session.state
    np.testing.assert_array_equal(arrays.values[:, 0], state.logliks)
    np.testing.assert_array_equal(arrays.values[:, 1:], state.params)
    assert arrays.update(state.history) == (False, False)
    # The views agree, and past DOTS_UP_TO iterations the traces lose their dots.
    np.testing.assert_array_equal(lv.curve.getData()[1], state.logliks)
    np.testing.assert_array_equal(pv.mu2_curve.getData()[1], state.params[:, 3])
    assert lv.curve.opts["symbol"] is None and pv.pi_curve.opts["symbol"] is None
    session.reset()
    assert arrays.update(session.state.history) == (True, True)
    assert lv.curve.opts["symbol"] == "o"
    np.testing.assert_array_equal(lv.curve.getData()[1], session.state.logliks)


# ------------------------------------------------------------------------ history table
SEED_LINE = re.compile(r"\s*(\d+): pi=(\S+), mu1=(\S+), mu2=(\S+), loglik=(\S+)")


@pytest.fixture
def table(qtbot, session) -> HistoryTable:
    view = HistoryTable()
    qtbot.addWidget(view)
    view.resize(600, 300)
    listen(session, view)
    return view


def cells(table: HistoryTable, row: int) -> list[str]:
    model = table.history_model
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_table_rows_match_the_seed_printout(table, session):
    for _ in range(8):
        session.step()
    state = session.state
    model = table.history_model
    assert model.rowCount() == len(state.history) == 9
    for row in state.history:
        expected = list(SEED_LINE.fullmatch(row.format()).groups())
        assert cells(table, row.step) == expected
        tip = model.index(row.step, 4).data(Qt.ItemDataRole.ToolTipRole)
        assert float(tip) == row.loglik
    assert model.current == 8
    assert model.index(8, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(7, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_table_appends_rows_without_a_reset(table, session):
    model = table.history_model
    inserted, resets = [], []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.modelReset.connect(lambda: resets.append(True))
    session.step()
    session.step()
    assert inserted == [(1, 1), (2, 2)] and resets == []
    session.seek_iteration(0)  # moving through history adds nothing
    assert inserted == [(1, 1), (2, 2)] and resets == []
    assert model.current == 0
    session.reset()
    assert resets == [True] and model.rowCount() == 1


def test_clicking_a_row_selects_that_iteration(qtbot, table, session):
    table.iteration_selected.connect(session.seek_iteration)
    table.show()
    qtbot.waitExposed(table)
    with qtbot.assertNotEmitted(table.iteration_selected):
        for _ in range(5):
            session.step()
    rect = table.visualRect(table.history_model.index(2, 1))
    with qtbot.waitSignal(table.iteration_selected) as selected:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected.args == [2]
    assert session.state.iteration == 2 and table.currentIndex().row() == 2
    with qtbot.assertNotEmitted(table.iteration_selected):
        session.step()
    assert table.history_model.current == 3


def test_keyboard_moves_through_the_history(qtbot, table, session):
    table.iteration_selected.connect(session.seek_iteration)
    for _ in range(4):
        session.step()
    table.show()
    qtbot.waitExposed(table)
    table.setFocus()
    with qtbot.waitSignal(table.iteration_selected) as selected:
        qtbot.keyClick(table, Qt.Key.Key_Up)
    assert selected.args == [3] and session.state.iteration == 3


def test_the_current_index_catches_up_when_the_table_gets_the_keyboard(qtbot, table, session):
    """While EM plays the current index stays put (moving it is costly); focus brings it."""
    table.iteration_selected.connect(session.seek_iteration)
    table.show()
    qtbot.waitExposed(table)
    with qtbot.assertNotEmitted(table.iteration_selected):
        for _ in range(5):
            session.step()
        table.activateWindow()
        table.setFocus()
        qtbot.waitUntil(table.hasFocus)
        assert table.currentIndex().row() == 5  # the row shown, and no seek asked for
        session.step()  # with the keyboard, it follows at once
        assert table.currentIndex().row() == 6


def test_copy_as_text(table, session):
    for _ in range(3):
        session.step()
    lines = table.copy_as_text().splitlines()
    assert lines[0].split("\t") == ["step", "pi", "mu1", "mu2", "loglik"]
    assert len(lines) == 5
    for row in session.state.history:
        assert lines[row.step + 1].split("\t") == list(SEED_LINE.fullmatch(row.format()).groups())


def test_views_accept_a_state_directly(qtbot, session):
    """show_state is a plain slot: any SessionState works, in any order."""
    state: SessionState = session.state
    for cls in (DataView, LikelihoodView, ParamsView, HistoryTable):
        view = cls()
        qtbot.addWidget(view)
        view.show_state(state)
        view.show_state(replace(state, change="settings"))


@pytest.mark.parametrize(
    ("loglik", "text"),
    [(-139.7470415, "-139.75"), (-188571.123, "-188571.1"), (-1999492.37, "-1999492"),
     (-99999.994, "-99999.99")],
)
def test_a_large_log_likelihood_fits_its_column_whole(qtbot, loglik: float, text: str):
    from PySide6.QtGui import QFontMetrics

    from emgui.gui.views.history_table import LOGLIK_COLUMN, cell_text
    from emgui.gui.views.plotting import LABEL_PT, font

    row = em.HistoryRow(12, em.Params(0.3, -1.2, 1.3), loglik)
    assert cell_text(row, LOGLIK_COLUMN) == text
    table = HistoryTable()
    qtbot.addWidget(table)
    table.resize(table.minimumWidth(), 300)
    table.show()
    qtbot.waitExposed(table)
    metrics = QFontMetrics(font(LABEL_PT - 1, bold=True))  # the current row is bold
    width = table.columnWidth(LOGLIK_COLUMN)
    assert metrics.horizontalAdvance(text.replace("-", "−")) + 8 <= width
    assert table.horizontalScrollBar().maximum() == 0  # every column visible


def test_ticking_half_steps_at_step_0_moves_nothing_on_screen(qtbot, traces, session):
    from emgui.gui.panels.timeline import TimelineSlider

    lv, _ = traces
    timeline = TimelineSlider()
    qtbot.addWidget(timeline)
    timeline.show_state(session.state)
    def seen():  # what a person sees: the cursor, and where the handle sits on its groove
        slider = timeline.slider
        span = slider.maximum() - slider.minimum()
        share = (slider.value() - slider.minimum()) / span if span else 0.0
        return lv.current_line.value(), share, slider.isEnabled()

    before = seen()
    session.set_half_steps(True)
    lv.show_state(session.state)
    timeline.show_state(session.state)
    assert seen() == before
