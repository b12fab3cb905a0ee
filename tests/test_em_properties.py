"""Properties EM must have for any data and start: monotone, bounded, finite, no side effects."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from emgui import em

ITERATIONS = 30

data = arrays(
    np.float64,
    st.integers(1, 500),
    elements=st.floats(-50.0, 50.0, allow_nan=False, allow_infinity=False),
)
starts = st.builds(
    em.Params,
    st.floats(0.01, 0.99),
    st.floats(-20.0, 20.0),
    st.floats(-20.0, 20.0),
)
simulated = st.builds(
    lambda n, sep, pi, seed: em.simulate(n, sep, pi, seed)[0],
    st.integers(1, 500),
    st.floats(0.0, 10.0),
    st.floats(0.0, 1.0),
    st.integers(0, 2**32),
)


def check_run(x: np.ndarray, theta: em.Params) -> None:
    before = x.copy()
    writeable = x.flags.writeable
    summary = em.summarize(x)
    previous = -math.inf
    for _ in range(ITERATIONS):
        result = em.step(x, theta, summary)
        r = result.r
        assert not np.isnan(r).any()
        assert np.all((r >= 0.0) & (r <= 1.0))
        assert math.isfinite(result.loglik)
        assert all(math.isfinite(v) for v in result.next.as_tuple())
        assert 0.0 <= result.next.pi <= 1.0
        if math.isfinite(previous):
            fall = previous - result.loglik
            assert fall <= 1e-10 * max(1.0, abs(previous)), (previous, result.loglik, theta)
        previous = result.loglik
        theta = result.next
    assert np.array_equal(x, before)
    assert x.flags.writeable == writeable


@settings(max_examples=150, deadline=None)
@given(x=data, theta=starts)
def test_em_is_monotone_bounded_and_finite_on_any_data(x: np.ndarray, theta: em.Params) -> None:
    check_run(x, theta)


@settings(max_examples=100, deadline=None)
@given(x=simulated, theta=starts)
def test_em_is_monotone_bounded_and_finite_on_mixtures(x: np.ndarray, theta: em.Params) -> None:
    check_run(x, theta)


@settings(max_examples=100, deadline=None)
@given(x=data, theta=starts)
def test_parts_never_mutate_their_inputs(x: np.ndarray, theta: em.Params) -> None:
    x.setflags(write=False)
    r = em.e_step(x, theta)
    r_before = r.copy()
    assert np.all((r >= 0.0) & (r <= 1.0))
    new = em.m_step(x, r, theta)
    assert 0.0 <= new.pi <= 1.0
    assert math.isfinite(em.log_likelihood(x, theta))
    assert np.array_equal(r, r_before)
    assert not x.flags.writeable
