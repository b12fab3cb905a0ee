"""Numbers that must not drift: data far from zero, symmetric starts, nearly empty components.

The reference is an independent evaluation in numpy's long double (64-bit mantissa on x86-64),
written as the textbook formula: log-sum-exp of the two weighted log densities per point.
"""

from __future__ import annotations

import math
from itertools import pairwise

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from emgui.core import em
from emgui.core.presets import builtin

LD = np.longdouble


def reference_loglik(x: np.ndarray, theta: em.Params) -> LD:
    xl = x.astype(LD)
    pi, m1, m2 = LD(theta.pi), LD(theta.mu1), LD(theta.mu2)
    l1 = np.log(pi) - (xl - m1) ** 2 / 2
    l2 = np.log1p(-pi) - (xl - m2) ** 2 / 2
    return np.sum(np.logaddexp(l1, l2)) - LD(x.size) * np.log(LD(2) * LD(math.pi)) / 2


@pytest.mark.skipif(np.finfo(LD).nmant < 60, reason="long double is no wider than double here")
@pytest.mark.parametrize("n", [500, 100_000])
@pytest.mark.parametrize("offset", [0.0, 1e4, 1e6, 1e8])
def test_data_far_from_zero_keep_twelve_digits_of_the_log_likelihood(n: int, offset: float):
    x, _ = em.simulate(n, 2.4, 0.45, 7)
    x = x + offset
    theta = em.Params(0.4, offset - 1.1, offset + 1.3)
    got = em.log_likelihood(x, theta)
    want = reference_loglik(x, theta)
    assert float(abs((LD(got) - want) / want)) <= 1e-12
    # The step's own log likelihood takes the same path.
    assert em.step(x, theta).loglik == got


@pytest.mark.parametrize("offset", [1e6, 1e8])
def test_no_false_decrease_far_from_zero(offset: float):
    x, _ = em.simulate(500, 2.4, 0.45, 3)
    x = x + offset
    rows = em.fit(x, em.Params(0.5, offset - 0.5, offset + 0.5), 2000)
    assert not any(em.decreased(a.loglik, b.loglik) for a, b in pairwise(rows))


def test_a_tolerance_does_not_stop_early_far_from_zero():
    x, _ = em.simulate(500, 2.4, 0.45, 3)
    near = em.fit(x, em.Params(0.5, -0.5, 0.5), 5000, tol=1e-10)
    far = em.fit(x + 1e6, em.Params(0.5, 1e6 - 0.5, 1e6 + 0.5), 5000, tol=1e-10)
    assert abs(len(far) - len(near)) <= 1


finite_data = arrays(
    np.float64, st.integers(2, 60),
    elements=st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False),
)


@settings(max_examples=150, deadline=None)
@given(x=finite_data, pi=st.floats(0.01, 0.99), mu=st.floats(-1e6, 1e6))
def test_equal_means_in_give_bitwise_equal_means_out(x: np.ndarray, pi: float, mu: float):
    for row in em.fit(x, em.Params(pi, mu, mu), 30):
        assert row.theta.mu1 == row.theta.mu2


def test_the_symmetric_start_preset_stays_on_the_saddle_for_ever():
    preset = builtin("symmetric-start")
    sim = preset.simulation
    x, _ = em.simulate(sim.n, sim.sep, sim.true_pi, sim.seed)
    rows = em.fit(x, preset.start, 3000)
    assert all(r.theta.mu1 == r.theta.mu2 for r in rows)


@pytest.mark.parametrize("seed", range(8))
def test_symmetric_starts_on_real_looking_data_stay_symmetric(seed: int):
    rng = np.random.default_rng(seed)
    x = np.concatenate([rng.normal(-1.5, 1, 40 + seed), rng.normal(1.7, 1, 50)])
    x = x * rng.uniform(0.5, 3) + rng.uniform(-50, 50)
    m = float(rng.choice(x))
    rows = em.fit(x, em.Params(float(rng.uniform(0.1, 0.9)), m, m), 300)
    assert all(r.theta.mu1 == r.theta.mu2 for r in rows)


@pytest.mark.skipif(np.finfo(LD).nmant < 60, reason="long double is no wider than double here")
def test_a_nearly_empty_component_keeps_its_precision():
    """Component 2 far from the data with a tiny weight: its weights are formed directly."""
    x, _ = em.simulate(200, 2.4, 0.45, 5)
    theta = em.Params(1 - 1e-12, 0.1, 40.0)
    result = em.step(x, theta)
    xl = x.astype(LD)
    a = (np.log(LD(theta.pi)) - np.log1p(-LD(theta.pi))
         - (xl - LD(theta.mu1)) ** 2 / 2 + (xl - LD(theta.mu2)) ** 2 / 2)
    s = 1 / (1 + np.exp(a))
    want_mu2 = np.sum(s * xl) / np.sum(s)
    assert float(abs((LD(result.sums.sum_s) - np.sum(s)) / np.sum(s))) < 1e-11
    assert float(abs((LD(result.next.mu2) - want_mu2) / want_mu2)) < 1e-14
