"""Properties EM must have for any data and start: monotone, bounded, finite, no side effects."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from emgui.core import em

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


huge_data = arrays(
    np.float64,
    st.integers(1, 50),
    elements=st.floats(-1e300, 1e300, allow_nan=False, allow_infinity=False),
)
huge_starts = st.builds(
    em.Params,
    st.floats(0.01, 0.99),
    st.floats(-1e300, 1e300, allow_nan=False),
    st.floats(-1e300, 1e300, allow_nan=False),
)


@settings(max_examples=150, deadline=None)
@given(x=huge_data, theta=huge_starts)
def test_huge_values_never_give_nan_or_an_exception(x: np.ndarray, theta: em.Params) -> None:
    """Any finite data and start: no NaN, no exception; the log likelihood may be -inf only
    where the true value lies below the double range (squares of distances over ~1e154)."""
    summary = em.summarize(x)
    for _ in range(5):
        result = em.step(x, theta, summary)
        assert np.all((result.r >= 0.0) & (result.r <= 1.0))
        assert not math.isnan(result.loglik) and result.loglik < math.inf
        if not math.isfinite(result.loglik):
            far = max(abs(float(x.max()) - theta.mu1), abs(float(x.min()) - theta.mu1),
                      abs(float(x.max()) - theta.mu2), abs(float(x.min()) - theta.mu2))
            assert far > 1e150
        assert all(math.isfinite(v) for v in result.next.as_tuple())
        if result.kept:  # only a component that no point gives any weight keeps its mean
            for k in result.kept:
                weight = result.sums.sum_r if k == 1 else result.sums.sum_s
                assert weight == 0.0
        theta = result.next
