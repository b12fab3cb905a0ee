"""Smooth motion: the tween interpolates theta, ends exactly on the target and stops its timer."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from emgui.core.em import Params
from emgui.gui.session import EMSession
from emgui.gui.views import DataView, ThetaTween
from emgui.gui.views.motion import ease_in_out, interpolate

pytestmark = pytest.mark.gui

A = Params(0.5, -0.5, 0.5)
B = Params(0.3, -1.3, 1.2)


def test_interpolation_and_easing():
    assert interpolate(A, B, 0.0) == A
    assert interpolate(A, B, 1.0) == B
    mid = interpolate(A, B, 0.5)
    assert mid.pi == pytest.approx(0.4) and mid.mu1 == pytest.approx(-0.9)
    assert ease_in_out(0.0) == 0.0 and ease_in_out(1.0) == 1.0 and ease_in_out(0.5) == 0.5
    ts = np.linspace(0, 1, 50)
    eased = [ease_in_out(t) for t in ts]
    assert all(b >= a for a, b in itertools.pairwise(eased))
    # pi never leaves [0, 1], even when asked to overshoot
    assert interpolate(Params(0.0, 0, 1), Params(1.0, 0, 1), 2.0).pi == 1.0


def test_tween_moves_from_start_to_target_and_stops(qtbot):
    tween = ThetaTween(duration_ms=120)
    frames: list[Params] = []
    tween.frame.connect(frames.append)
    with qtbot.waitSignal(tween.finished, timeout=3000):
        tween.start(A, B)
        assert tween.running
    assert not tween.running
    assert frames[0] == A and frames[-1] == B
    assert len(frames) >= 3
    mu1 = [f.mu1 for f in frames]
    assert all(b <= a for a, b in itertools.pairwise(mu1))  # straight towards the target
    assert all(min(A.mu1, B.mu1) <= m <= max(A.mu1, B.mu1) for m in mu1)


def test_disabled_tween_jumps_with_one_frame(qtbot):
    tween = ThetaTween(duration_ms=200)
    tween.set_enabled(False)
    frames: list[Params] = []
    tween.frame.connect(frames.append)
    with qtbot.waitSignal(tween.finished, timeout=100):
        tween.start(A, B)
    assert frames == [B] and not tween.running


def test_stop_and_finish(qtbot):
    tween = ThetaTween(duration_ms=5000)
    frames: list[Params] = []
    tween.frame.connect(frames.append)
    tween.start(A, B)
    tween.stop()
    assert not tween.running and frames == [A]
    tween.start(A, B)
    with qtbot.waitSignal(tween.finished, timeout=100):
        tween.finish()
    assert frames[-1] == B and not tween.running
    tween.start(A, B)
    tween.set_enabled(False)  # switching motion off lands on the target at once
    assert frames[-1] == B and not tween.running


def _curves_of(view: DataView, theta: Params) -> bool:
    grid = view.grid()
    c1 = theta.pi * np.exp(-0.5 * (grid - theta.mu1) ** 2) / math.sqrt(2 * math.pi)
    _, y = view.component_curves[0].getData()
    return bool(np.allclose(y, c1, rtol=1e-12, atol=0)) and view.mean_lines[0].value() == theta.mu1


def test_data_view_moves_smoothly_to_the_new_theta(qtbot, session: EMSession):
    view = DataView()
    qtbot.addWidget(view)
    view.set_motion_enabled(True)
    view.set_motion_duration(150)
    session.changed.connect(view.show_state)
    view.show_state(session.state)
    before = session.state.theta
    seen: list[Params] = []
    view.tween.frame.connect(seen.append)
    with qtbot.waitSignal(view.tween.finished, timeout=3000):
        session.step()
        assert view.tween.running
        assert _curves_of(view, before)  # the motion starts where the curves were
    after = session.state.theta
    assert _curves_of(view, after) and view.drawn_theta == after
    assert any(min(before.mu1, after.mu1) < f.mu1 < max(before.mu1, after.mu1) for f in seen)


def test_data_change_or_motion_off_jumps(qtbot, session: EMSession):
    view = DataView()
    qtbot.addWidget(view)
    view.set_motion_enabled(True)
    view.set_motion_duration(5000)
    session.changed.connect(view.show_state)
    view.show_state(session.state)
    session.step()
    assert view.tween.running
    session.reset()  # a start change jumps
    assert not view.tween.running and _curves_of(view, session.state.theta)
    session.step()
    assert view.tween.running
    view.set_motion_enabled(False)
    assert not view.tween.running and _curves_of(view, session.state.theta)
    view.set_motion_enabled(True)
    session.step()
    session.new_sample(n=500)  # a data change jumps too
    assert not view.tween.running and _curves_of(view, session.state.theta)
