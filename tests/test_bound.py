"""The lower bound B_t along each EM step: it touches log L at theta_t, stays below it, is
highest at theta_t+1, and the gap there is the KL divergence (both ways of computing it)."""

from __future__ import annotations

import numpy as np
import pytest

from emgui.core import bound, em, presets
from emgui.core.mixture import (
    Mixture,
    MixtureSimulation,
    Model,
    as_mixture,
    e_step,
    fit,
    log_likelihood,
    simulate,
    step,
)


def preset_steps():
    """(preset key, t, x, model, theta_t, theta_t+1, log L's) for every recorded step of every
    preset, in the preset's own model (two unit-variance components, or K with sigmas)."""
    for preset in presets.BUILTIN_PRESETS:
        sim = preset.simulation
        if isinstance(sim, MixtureSimulation):
            x, _ = sim.draw()
        else:
            x, _ = em.simulate(sim.n, sim.sep, sim.true_pi, sim.seed)
        rows = fit(x, as_mixture(preset.start), preset.model, 300, tol=preset.tol)
        for t in range(len(rows) - 1):
            yield preset.key, t, x, preset.model, rows[t], rows[t + 1]


STEPS = list(preset_steps())


def check_line(line: bound.BoundLine, where: str) -> None:
    scale = abs(line.loglik_t)
    # B_t(theta_t) = log L(theta_t) to 1e-12 relative.
    assert abs(line.touch) <= 1e-12 * scale, where
    # B_t <= log L on the whole line (rounding slack only).
    ok = np.isfinite(line.bound)
    assert np.all(line.bound[ok] <= line.loglik[ok] + 1e-12 * scale), where
    # The chain log L(t+1) >= B_t(t+1) >= B_t(t) = log L(t).
    assert line.loglik_next >= line.bound_next - 1e-12 * scale, where
    assert line.bound_next >= line.bound_t - 1e-12 * scale, where
    # B_t is highest at s = 1 to the grid's resolution: no point of the line is above it
    # beyond rounding, and where the climb is resolvable the maximum is exactly there.
    at_one = line.bound[np.flatnonzero(line.s == 1.0)[0]]
    assert np.nanmax(line.bound[ok]) <= at_one + 1e-12 * scale, where
    if line.climb > 1e-9 * scale:
        assert line.best_s == 1.0, where
    # The gap is the KL divergence, computed point by point.
    assert line.gap == pytest.approx(line.kl, abs=1e-10 * scale), where
    assert line.kl >= -1e-12 * scale


@pytest.mark.parametrize("key", sorted({s[0] for s in STEPS}))
def test_every_recorded_step_of_every_preset(key) -> None:
    steps = [s for s in STEPS if s[0] == key]
    assert steps
    for _, t, x, model, row, nxt in steps:
        theta, theta_next = row[1], nxt[1]
        r = e_step(x, theta)  # the E-step at theta_t
        line = bound.compute(x, theta, theta_next, model, r=r, loglik_t=row[2],
                             loglik_next=nxt[2])
        check_line(line, f"{key} step {t}")


def test_the_e_step_responsibilities_can_be_computed_or_given() -> None:
    _, _, x, _, row, nxt = STEPS[0]
    theta, theta_next = row[1], nxt[1]
    given = bound.compute(x, theta, theta_next, r=e_step(x, theta))
    own = bound.compute(x, theta, theta_next)
    assert np.allclose(given.bound, own.bound, rtol=1e-13)
    assert given.kl == pytest.approx(own.kl, rel=1e-10, abs=1e-12)
    assert own.loglik_t == pytest.approx(row[2], rel=1e-13)


@pytest.mark.parametrize("variance", ["shared", "free"])
def test_estimated_sigmas_and_three_components_keep_every_property(variance) -> None:
    truth = Mixture((0.3, 0.45, 0.25), (-2.0, 0.5, 3.0), (0.7, 1.0, 0.8))
    x, _ = simulate(300, truth, 8)
    model = Model(3, variance)
    theta = Mixture((1 / 3, 1 / 3, 1 / 3), (-1.0, 0.0, 1.0), (1.5, 1.5, 1.5))
    for t in range(25):
        result = step(x, theta, model)
        line = bound.compute(x, theta, result.next, model, loglik_t=result.loglik)
        check_line(line, f"{variance} step {t}")
        theta = result.next


def test_weights_and_sigmas_on_the_line_stay_valid() -> None:
    a = Mixture((0.05, 0.95), (0.0, 1.0), (0.2, 3.0))
    b = Mixture((0.6, 0.4), (1.0, 2.0), (2.0, 0.1))
    w, m, d = bound.line_parameters(a, b, bound.s_grid())
    assert np.all(w >= 0) and np.allclose(w.sum(axis=1), 1.0)
    assert np.all(d > 0)
    s = bound.s_grid()
    assert 0.0 in s and 1.0 in s and s[0] == -0.5 and s[-1] == 1.5
    at0, at1 = np.flatnonzero(s == 0.0)[0], np.flatnonzero(s == 1.0)[0]
    assert tuple(w[at0]) == a.weights and tuple(d[at1]) == b.sds
    assert tuple(m[at0]) == a.means and tuple(m[at1]) == b.means


def test_a_large_sample_s_curve_is_binned_but_close_and_exact_at_the_ends() -> None:
    x, _ = em.simulate(50_000, 2.4, 0.45, 3)
    theta = Mixture((0.5, 0.5), (-0.5, 0.5), (1.0, 1.0))
    nxt = step(x, theta, Model()).next
    line = bound.compute(x, theta, nxt)
    assert line.binned
    exact = [log_likelihood(x, m) for m in bound.line(theta, nxt, line.s[::25])]
    assert np.allclose(line.loglik[::25], exact, rtol=1e-9)
    assert line.loglik[np.flatnonzero(line.s == 0.0)[0]] == line.loglik_t
    check_line(line, "n = 50,000")


def test_a_step_that_does_not_move_gives_flat_equal_curves() -> None:
    _, _, x, _, row, _ = STEPS[0]
    theta = row[1]
    line = bound.compute(x, theta, theta)
    assert not line.moved
    assert np.allclose(line.loglik, line.loglik_t) and np.allclose(line.bound, line.bound_t)
