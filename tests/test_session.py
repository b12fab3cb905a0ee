"""EMSession: the timeline, history, half steps and bad input, driven without any view."""

from __future__ import annotations

import numpy as np
import pytest

from emgui.core import em
from emgui.gui.session import DEFAULT_START, EMSession, Simulation, full_position


def _seed_rows() -> list[em.HistoryRow]:
    x, _ = em.simulate(80, 2.4, 0.45, 531)
    return em.fit(x, em.Params(0.5, -0.5, 0.5), 8)


def test_default_scenario_matches_the_seed_run(session: EMSession) -> None:
    for _ in range(8):
        session.step()
    state = session.state
    assert state.iteration == 8
    assert [row.format() for row in state.history] == [row.format() for row in _seed_rows()]
    assert state.loglik == pytest.approx(-139.74704153554035, rel=1e-13)


def test_each_step_emits_one_signal_with_the_new_state(qtbot, session: EMSession) -> None:
    with qtbot.waitSignal(session.changed) as blocker:
        session.step()
    state = blocker.args[0]
    assert state is session.state
    assert state.change == "step" and state.iteration == 1 and state.phase == "E"
    x = session.data.x
    np.testing.assert_allclose(state.r1, em.e_step(x, state.theta), rtol=1e-14)
    assert state.increase == pytest.approx(state.history[1].loglik - state.history[0].loglik)


def test_reset_restores_step_zero_exactly(session: EMSession) -> None:
    before = session.state
    for _ in range(5):
        session.step()
    session.reset()
    after = session.state
    assert after.iteration == 0 and len(after.history) == 1
    assert after.theta == before.theta == DEFAULT_START
    assert after.loglik == before.loglik
    np.testing.assert_array_equal(after.r1, before.r1)


def test_step_back_and_seek_show_recorded_states(session: EMSession) -> None:
    for _ in range(6):
        session.step()
    recorded = session.state.history
    session.step_back()
    assert session.state.iteration == 5 and session.state.change == "seek"
    session.seek_iteration(2)
    assert session.state.theta == recorded[2].theta
    assert session.state.loglik == recorded[2].loglik
    assert len(session.state.history) == 7  # seeking keeps the later history
    session.step()  # forward along the recorded history
    assert session.state.theta == recorded[3].theta


def test_half_steps_alternate_colours_and_curves(session: EMSession) -> None:
    session.set_half_steps(True)
    session.reset()
    assert session.state.phase == "start" and session.state.r is None
    session.step()  # E: colours appear, curves stay
    e_state = session.state
    assert e_state.phase == "E" and e_state.theta == DEFAULT_START and e_state.r is not None
    session.step()  # M: curves move, colours stay
    m_state = session.state
    assert m_state.phase == "M" and m_state.theta != e_state.theta
    np.testing.assert_array_equal(m_state.r1, e_state.r1)
    session.step()
    assert session.state.phase == "E" and session.state.theta == m_state.theta
    assert not np.array_equal(session.state.r1, m_state.r1)


def test_leaving_half_steps_lands_on_a_full_state(session: EMSession) -> None:
    session.set_half_steps(True)
    session.step()
    session.step()  # on an M state
    session.set_half_steps(False)
    assert session.state.phase == "E"
    assert session.state.position == full_position(session.state.iteration)


def test_convergence_is_found_and_recorded(session: EMSession) -> None:
    session.set_tolerance(1e-6)
    for _ in range(40):
        session.step()
    state = session.state
    k = state.converged_at
    assert k is not None and state.converged
    logliks = state.logliks
    assert 0 <= logliks[k] - logliks[k - 1] < 1e-6
    assert all(logliks[j] - logliks[j - 1] >= 1e-6 for j in range(1, k))
    assert state.decreased_at == ()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.set_start(em.Params(1.0, 0.0, 1.0)), "strictly between 0 and 1"),
        (lambda s: s.set_start(em.Params(0.5, float("nan"), 1.0)), "finite"),
        (lambda s: s.new_sample(n=0), "n must be between"),
        (lambda s: s.new_sample(true_pi=1.5), "true pi"),
        (lambda s: s.set_tolerance(-1.0), "tolerance"),
        (lambda s: s.set_max_iterations(0), "maximum number of iterations"),
        (lambda s: s.set_data(np.array([1.0, np.inf]), source="bad"), "NaN or infinity"),
        (lambda s: s.set_data(np.array([]), source="empty"), "no values"),
    ],
)
def test_impossible_input_raises_a_plain_message_and_changes_nothing(
    qtbot, session: EMSession, call, message: str
) -> None:
    session.step()
    before = session.state
    with qtbot.assertNotEmitted(session.changed), pytest.raises(ValueError, match=message):
        call(session)
    assert session.state is before


def test_new_sample_regenerates_data_and_resets(session: EMSession) -> None:
    session.step()
    version = session.state.data_version
    session.new_sample(seed=7)
    state = session.state
    assert state.change == "data" and state.data_version == version + 1
    x, z = em.simulate(80, 2.4, 0.45, 7)
    np.testing.assert_array_equal(state.data.x, x)
    np.testing.assert_array_equal(state.data.z, z)
    assert state.iteration == 0 and len(state.history) == 1


def test_observed_data_have_no_truth(session: EMSession) -> None:
    session.set_data(np.array([-1.0, -0.5, 0.2, 2.0, 2.5]), source="class.csv")
    state = session.state
    assert state.data.truth is None and state.data.z is None
    assert state.data.source == "class.csv"
    assert not state.data.x.flags.writeable


def test_data_far_from_the_means_show_no_nan(session: EMSession) -> None:
    session.set_data(np.array([39.0, 40.0, 41.0, 40.5]), source="far")
    session.set_start(em.Params(0.5, -40.0, -39.0))
    for _ in range(10):
        session.step()
    for row in session.state.history:
        assert np.isfinite(row.loglik) and np.all(np.isfinite(row.theta.as_tuple()))
    assert np.all(np.isfinite(session.state.r1))


def test_an_emptied_component_is_explained(session: EMSession) -> None:
    session.set_data(np.array([1e3, 1e3 + 1, 1e3 + 2]), source="far")
    session.set_start(em.Params(0.5, 0.0, 1e3))
    session.step()
    state = session.state
    assert state.theta.mu1 == 0.0  # kept, not 0/0
    assert "Component 1" in state.note and "stays" in state.note


def test_old_responsibilities_are_recomputed_when_memory_is_short(monkeypatch) -> None:
    from emgui.gui import session as session_module

    monkeypatch.setattr(session_module, "R_MEMORY_BUDGET", 0)
    s = EMSession(Simulation(n=500, seed=3))
    for _ in range(6):
        s.step()
    s.seek_iteration(3)
    np.testing.assert_allclose(s.state.r1, em.e_step(s.data.x, s.state.theta), rtol=1e-14)


# ---------------------------------------------------------------- reused responsibility arrays
def _record_out(monkeypatch) -> list[np.ndarray | None]:
    """Note the spare array the session hands each step (None: it allocates a fresh one)."""
    from emgui.gui import session as session_module

    given: list[np.ndarray | None] = []
    spare = session_module.EMSession._spare_buffer

    def noting(self):
        out = spare(self)
        given.append(out)
        return out

    monkeypatch.setattr(session_module.EMSession, "_spare_buffer", noting)
    return given


def test_a_reset_reuses_the_arrays_of_the_last_run(monkeypatch) -> None:
    import weakref

    s = EMSession(Simulation(n=500, seed=3))
    earlier = []
    for _ in range(6):
        s.step()
        earlier.append(weakref.ref(s.state.r))  # weak: holding them would block their reuse
    given = _record_out(monkeypatch)
    s.reset()
    for _ in range(4):
        s.step()
    assert len(given) == 5 and all(out is not None for out in given)
    assert all(any(ref() is out for ref in earlier) for out in given)
    assert not s.state.r.flags.writeable  # read-only again once shared


def test_an_array_held_elsewhere_is_never_overwritten(monkeypatch) -> None:
    from emgui.gui import session as session_module

    monkeypatch.setattr(session_module, "R_MEMORY_BUDGET", 2 * 500 * 8)  # two arrays kept
    s = EMSession(Simulation(n=500, seed=3))
    held = []
    for _ in range(5):
        s.step()
        held.append(s.state)  # like a view that still shows an old state
    copies = [state.r1.copy() for state in held]
    given = _record_out(monkeypatch)
    for _ in range(8):
        s.step()
    s.reset()
    for _ in range(8):
        s.step()
    assert any(out is not None for out in given)  # spares were reused...
    held_ids = {id(state.r) for state in held}
    assert all(id(out) not in held_ids for out in given if out is not None)  # ...never these
    for state, copy in zip(held, copies, strict=True):
        np.testing.assert_array_equal(state.r1, copy)
        np.testing.assert_array_equal(state.r1, em.e_step(s.data.x, state.theta))


@pytest.mark.parametrize("budget", [None, 3 * 500 * 8])
def test_reused_arrays_give_the_same_numbers(monkeypatch, budget) -> None:
    from emgui.gui import session as session_module

    if budget is not None:  # few arrays kept: old ones are dropped, recycled, recomputed
        monkeypatch.setattr(session_module, "R_MEMORY_BUDGET", budget)
    fresh = EMSession(Simulation(n=500, seed=3))
    for _ in range(12):
        fresh.step()
    reused = EMSession(Simulation(n=500, seed=3))
    for _ in range(7):
        reused.step()
    reused.reset()
    for _ in range(12):
        reused.step()
    assert reused.state.history == fresh.state.history
    for iteration in (12, 2, 7, 0):
        fresh.seek_iteration(iteration)
        reused.seek_iteration(iteration)
        np.testing.assert_array_equal(reused.state.r1, fresh.state.r1)


def test_new_data_of_another_size_get_arrays_of_their_size() -> None:
    s = EMSession(Simulation(n=500, seed=3))
    for _ in range(4):
        s.step()
    s.reset()
    s.new_sample(n=300)
    for _ in range(3):
        s.step()
    assert s.state.r.shape == (2, 300)
    np.testing.assert_array_equal(s.state.r1, em.e_step(s.data.x, s.state.theta))


def test_the_state_carries_the_m_step_sums_of_the_responsibilities_shown(session) -> None:
    session.set_half_steps(True)
    session.reset()  # position 0: no colours yet
    session.step()  # E of iteration 0
    session.step()  # M: theta_1, still coloured by r_0
    state = session.state
    assert state.r_iteration == 0 and state.r_theta == em.Params(0.5, -0.5, 0.5)
    x, r = state.data.x, state.r1
    assert state.mstep.iteration == 0 and state.mstep.result == state.theta
    sums = state.mstep.sums.seed  # the seed's model: its fast path's own sums
    assert sums.n == x.size
    assert sums.sum_r == pytest.approx(np.sum(r), rel=1e-13)
    assert sums.sum_rx == pytest.approx(np.dot(r, x), rel=1e-12)
    assert sums.sum_s == pytest.approx(np.sum(1 - r), rel=1e-12)
    assert sums.sum_sx == pytest.approx(np.dot(1 - r, x), rel=1e-10)
    assert sums.sum_r / sums.n == state.theta.pi  # the division that made the theta shown
    assert sums.sum_rx / sums.sum_r == state.theta.mu1
    session.set_half_steps(False)
    session.reset()
    assert session.state.r_iteration == 0
    session.set_half_steps(True)
    session.reset()
    assert session.state.r is None and session.state.mstep is None


def test_values_too_large_to_draw_are_refused_with_a_sentence(qtbot, session) -> None:
    before = session.state
    with qtbot.assertNotEmitted(session.changed), pytest.raises(ValueError, match="too large"):
        session.set_data(np.array([1.0, 2.0, 3e200]), source="huge.txt")
    assert session.state is before


def test_a_new_tolerance_finds_convergence_again_over_the_recorded_run(session) -> None:
    for _ in range(30):
        session.step()
    logliks = session.state.logliks
    for tol in (1e-2, 1e-9, 1e-4):
        session.set_tolerance(tol)
        expected = next(
            (k for k in range(1, len(logliks)) if 0 <= logliks[k] - logliks[k - 1] < tol), None
        )
        assert session.state.converged_at == expected


# ------------------------------------------------------------------------------ cost per step
class _CountingList(list):
    """A list that counts how often something walks it (iter) - a step must never."""

    walks = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        type(self).walks += 1
        return super().__iter__()


def test_a_step_never_walks_the_history() -> None:
    session = EMSession(em.Simulation(n=50))
    for _ in range(30):
        session.step()
    session._records = _CountingList(session._records)  # the cost under test
    session._rows = _CountingList(session._rows)
    _CountingList.walks = 0
    for _ in range(20):
        session.step()
    session.seek_iteration(2)  # an old step's responsibilities are recomputed, still no walk
    session.seek_iteration(45)
    assert _CountingList.walks == 0
    assert len(session.state.history) == 51


def test_a_state_keeps_its_history_when_the_session_goes_on() -> None:
    session = EMSession(em.Simulation(n=50))
    for _ in range(5):
        session.step()
    before = session.state
    rows = tuple(before.history)
    for _ in range(5):
        session.step()
    session.reset()
    assert tuple(before.history) == rows and len(before.history) == 6
    assert before.history[-1] == rows[-1] and before.history[1:3] == rows[1:3]
    with pytest.raises(IndexError):
        before.history[6]
