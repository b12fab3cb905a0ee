"""Half steps: after an E half step only the colours change, after an M half step only the curves.

The session is checked against the core, then the data view: its marks' brushes must change
only on E and its curves and mean markers only on M.
"""

from __future__ import annotations

import numpy as np
import pytest

from emgui.core import em
from emgui.gui.session import EMSession


def _half_session(session: EMSession) -> EMSession:
    session.set_half_steps(True)
    session.seek(0)
    assert session.state.position == 0 and session.state.phase == "start"
    return session


def test_e_changes_r_and_keeps_theta_m_changes_theta_and_keeps_r(session: EMSession) -> None:
    s = _half_session(session)
    x = s.data.x
    theta = s.state.theta
    r = s.state.r1
    assert r is None
    for t in range(6):
        assert s.state.next_half == "E"
        s.step()  # E of iteration t
        state = s.state
        assert (state.phase, state.iteration, state.position) == ("E", t, 2 * t + 1)
        assert state.theta == theta  # the curves stay
        expected = em.step(x, theta, s.data.summary)
        assert state.r is not None
        np.testing.assert_array_equal(state.r1, expected.r)  # the colours change
        if r is not None:
            assert not np.array_equal(state.r1, r)
        r, shared = state.r1, state.r
        assert state.next_half == "M"
        s.step()  # M of iteration t
        state = s.state
        assert (state.phase, state.iteration, state.position) == ("M", t + 1, 2 * t + 2)
        assert state.theta == expected.next  # the curves move
        assert state.theta != theta
        assert state.r is shared  # the colours stay
        theta = state.theta


def test_half_steps_land_on_the_full_iterations_of_a_full_run(session: EMSession) -> None:
    s = _half_session(session)
    for _ in range(2 * 8 + 1):
        s.step()
    half = s.state
    full = EMSession()
    for _ in range(8):
        full.step()
    assert half.iteration == full.state.iteration == 8
    assert half.theta == full.state.theta
    np.testing.assert_array_equal(half.r1, full.state.r1)
    assert half.logliks.tolist() == full.state.logliks.tolist()


def test_stepping_back_and_forward_replays_the_record(session: EMSession) -> None:
    s = _half_session(session)
    for _ in range(7):
        s.step()
    seen = [(s.state.position, s.state.theta, s.state.r1)]
    for _ in range(3):
        s.step_back()
        seen.append((s.state.position, s.state.theta, s.state.r1))
    for position, theta, r in reversed(seen[:-1]):
        s.step()
        assert s.state.position == position
        assert s.state.theta == theta
        assert np.array_equal(s.state.r1, r)


# ------------------------------------------------------------------- the data view
def _view(qtbot, session: EMSession):
    data_view = pytest.importorskip("emgui.gui.views.data_view")
    view = data_view.DataView()
    qtbot.addWidget(view)
    view.set_motion_enabled(False)  # jump, so that curves are final at once
    session.changed.connect(view.show_state)
    view.show_state(session.state)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def _brushes(view) -> list[int]:
    return [brush.color().rgba() for brush in view.points_item.data["brush"]]


def _curves(view) -> list[np.ndarray]:
    return [item.getData()[1].copy() for item in (*view.component_curves, view.mixture_curve)]


def _curves_equal(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return all(np.array_equal(p, q) for p, q in zip(a, b, strict=True))


def test_data_view_recolours_on_e_and_moves_curves_on_m(qtbot, session: EMSession) -> None:
    s = _half_session(session)
    view = _view(qtbot, s)
    grid = view.grid()
    for _ in range(5):
        brushes, curves = _brushes(view), _curves(view)
        lines = [line.value() for line in view.mean_lines]
        s.step()  # E
        assert s.state.phase == "E"
        assert _brushes(view) != brushes, "the marks must recolour after an E half step"
        assert _curves_equal(_curves(view), curves), "the curves must stay after an E half step"
        assert [line.value() for line in view.mean_lines] == lines
        brushes, curves = _brushes(view), _curves(view)
        s.step()  # M
        assert s.state.phase == "M"
        assert _brushes(view) == brushes, "the colours must stay after an M half step"
        assert not _curves_equal(_curves(view), curves), "the curves must move after an M"
        theta = s.state.theta
        c1 = view.component_curves[0].getData()
        np.testing.assert_allclose(c1[0], grid)
        np.testing.assert_allclose(
            c1[1], theta.pi * np.exp(-0.5 * (grid - theta.mu1) ** 2) / np.sqrt(2 * np.pi),
            rtol=1e-12, atol=1e-300,
        )
        assert [line.value() for line in view.mean_lines] == pytest.approx([theta.mu1, theta.mu2])


def test_data_view_marks_carry_the_states_responsibilities(qtbot, session: EMSession) -> None:
    s = _half_session(session)
    view = _view(qtbot, s)
    neutral = set(_brushes(view))
    assert len(neutral) == 1, "before the first E-step every mark has the neutral colour"
    s.step()  # E: r_0
    r = s.state.r1
    colours = _brushes(view)
    order = np.argsort(r[view.sample_indices])
    # A larger r is nearer to component 1's blue: the blue channel never falls along r.
    blue = np.array([c & 0xFF for c in colours])[order]
    assert np.all(np.diff(blue) >= 0)
