"""Properties of the K-component core for any data, start and model.

For K = 1..6, each variance form and the sigma floor on or off: the log likelihood never falls
beyond rounding, nothing becomes NaN or infinite, inputs are never changed, equal components stay
equal to the bit, data offset by 10^6 give the same fit, and the general path agrees with the
seed's fast path on the seed's model and with a plain Python loop everywhere.
"""

from __future__ import annotations

import math

import numpy as np
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from test_mixture import close, loop_step

from emgui.core import em, mixture
from emgui.core.mixture import Mixture, Model

ITERATIONS = 15

data = arrays(
    np.float64,
    st.integers(1, 300),
    elements=st.floats(-50.0, 50.0, allow_nan=False, allow_infinity=False),
)


@st.composite
def simulated(draw: st.DrawFn) -> np.ndarray:
    """Samples of a random K-component mixture: groups that EM can actually find."""
    k = draw(st.integers(1, 6))
    raw = draw(st.lists(st.floats(0.05, 1.0), min_size=k, max_size=k))
    truth = Mixture(
        tuple(v / math.fsum(raw) for v in raw),
        tuple(draw(st.lists(st.floats(-20.0, 20.0), min_size=k, max_size=k))),
        tuple(draw(st.lists(st.floats(0.2, 5.0), min_size=k, max_size=k))),
    )
    return mixture.simulate(draw(st.integers(1, 400)), truth, draw(st.integers(0, 2**32)))[0]


models = st.builds(
    Model,
    st.integers(1, mixture.MAX_COMPONENTS),
    st.sampled_from(mixture.VARIANCES),
    st.sampled_from([None, 0.0]),
)


@st.composite
def starts(draw: st.DrawFn, model: Model, means: st.SearchStrategy[float] | None = None
           ) -> Mixture:
    """A start for ``model``: positive weights, any means, sigmas of the model's form.

    Start sigmas are 0.1 or more, above any default floor of data within +-50 (a start below
    the floor would be raised to it, which may lower the likelihood: that is the floor, not EM).
    """
    k = model.k
    raw = draw(st.lists(st.floats(0.01, 1.0), min_size=k, max_size=k))
    weights = tuple(v / math.fsum(raw) for v in raw)
    mean_values = means if means is not None else st.floats(-20.0, 20.0)
    centres = tuple(draw(st.lists(mean_values, min_size=k, max_size=k)))
    sigma = st.floats(0.1, 10.0)
    if model.variance == "fixed":
        sds = (1.0,) * k
    elif model.variance == "shared":
        sds = (draw(sigma),) * k
    else:
        sds = tuple(draw(st.lists(sigma, min_size=k, max_size=k)))
    return Mixture(weights, centres, sds)


def check_run(x: np.ndarray, model: Model, theta: Mixture, general: bool = False) -> None:
    """ITERATIONS steps: monotone, finite, inputs untouched, r a distribution per point."""
    before = x.copy()
    writeable = x.flags.writeable
    summary = em.summarize(x)
    start = theta
    previous = -math.inf
    out = np.empty((model.k, x.size))
    for _ in range(ITERATIONS):
        result = mixture.step(x, theta, model, summary, r_out=out, general=general)
        assert result.theta is theta
        assert math.isfinite(result.loglik), (result.loglik, theta)
        assert all(math.isfinite(v) for v in result.next.as_row()), result.next
        assert all(s > 0 for s in result.next.sds)
        assert abs(math.fsum(result.next.weights) - 1.0) <= 1e-12
        assert not np.isnan(out).any()
        assert np.all((out >= 0.0) & (out <= 1.0))
        np.testing.assert_allclose(out.sum(axis=0), 1.0, rtol=0, atol=1e-12)
        assert not em.decreased(previous, result.loglik), (previous, result.loglik, theta)
        if model.sd_floor == 0.0 or not model.estimates_variance:
            assert result.floored == ()
        else:
            assert result.collapsed == ()
            floor = model.floor_for(mixture.spread(x))
            assert all(s >= floor for i, s in enumerate(result.next.sds)
                       if i + 1 not in result.kept or model.variance == "shared")
        if model.variance == "fixed":
            assert result.next.sds == (1.0,) * model.k
        elif model.variance == "shared":
            assert len(set(result.next.sds)) == 1
        previous = result.loglik
        theta = result.next
    assert np.array_equal(x, before)
    assert x.flags.writeable == writeable
    assert summary == em.summarize(x)
    assert start == result.theta or ITERATIONS > 1  # Mixture is frozen; nothing to mutate


@settings(max_examples=200)
@given(x=data, model=models, seed=st.data())
def test_monotone_finite_and_inputs_untouched_on_any_data(
    x: np.ndarray, model: Model, seed: st.DataObject
) -> None:
    check_run(x, model, seed.draw(starts(model)))


@settings(max_examples=150)
@given(x=simulated(), model=models, seed=st.data())
def test_monotone_finite_and_inputs_untouched_on_mixtures(
    x: np.ndarray, model: Model, seed: st.DataObject
) -> None:
    x.setflags(write=False)
    check_run(x, model, seed.draw(starts(model)))


@settings(max_examples=100)
@given(x=simulated(), model=models)
def test_from_the_default_start(x: np.ndarray, model: Model) -> None:
    check_run(x, model, mixture.default_start(x, model))


@settings(max_examples=100)
@given(x=data, model=models, seed=st.data())
def test_the_parts_leave_their_inputs_alone(
    x: np.ndarray, model: Model, seed: st.DataObject
) -> None:
    x.setflags(write=False)
    theta = seed.draw(starts(model))
    r = mixture.e_step(x, theta)
    assert r.shape == (model.k, x.size)
    loglik = mixture.log_likelihood(x, theta)
    result = mixture.step(x, theta, model, general=True)
    assert result.loglik == loglik
    rows = mixture.fit(list(x), theta, model, 3)
    assert rows[0][:2] == (0, theta)
    assert close(rows[0][2], loglik, 1e-12)  # the seed's model: its fast path


@settings(max_examples=150)
@given(x=data, model=models, seed=st.data())
def test_equal_components_stay_equal_to_the_bit(
    x: np.ndarray, model: Model, seed: st.DataObject
) -> None:
    assume(model.k >= 2)
    theta = seed.draw(starts(model))
    i, j = seed.draw(st.sampled_from([(a, b) for a in range(model.k)
                                      for b in range(model.k) if a < b]))
    w = list(theta.weights)
    w[i] = w[j] = (w[i] + w[j]) / 2
    means, sds = list(theta.means), list(theta.sds)
    means[i], sds[i] = means[j], sds[j]
    theta = Mixture(tuple(w), tuple(means), tuple(sds))
    out = np.empty((model.k, x.size))
    for _ in range(10):
        result = mixture.step(x, theta, model, r_out=out, general=seed.draw(st.booleans()))
        assert np.array_equal(out[i], out[j])
        theta = result.next
        assert theta.weights[i] == theta.weights[j]
        assert theta.means[i] == theta.means[j]
        assert theta.sds[i] == theta.sds[j]


#: Means on a grid of 1/64: offset by 10^6 they stay exact, so both runs start at the same place.
grid_means = st.integers(-20 * 64, 20 * 64).map(lambda v: v / 64)


@settings(max_examples=100)
@given(x=simulated(), k=st.integers(1, 6), variance=st.sampled_from(mixture.VARIANCES),
       seed=st.data())
def test_data_offset_by_a_million_give_the_same_fit(
    x: np.ndarray, k: int, variance: str, seed: st.DataObject
) -> None:
    offset = 1e6
    far = x + offset
    near = far - offset  # exact: the very points of `far`, about zero
    model = Model(k, variance)
    theta = seed.draw(starts(model, grid_means))
    shifted = Mixture(theta.weights, tuple(m + offset for m in theta.means), theta.sds)
    a = mixture.fit(near, theta, model, 5)
    b = mixture.fit(far, shifted, model, 5)
    assert len(a) == len(b)
    for (_, ta, la), (_, tb, lb) in zip(a, b, strict=True):
        assert close(lb, la, 1e-9), (la, lb)
        for ma, mb in zip(ta.means, tb.means, strict=True):
            assert abs((mb - offset) - ma) <= 1e-6 * max(1.0, abs(ma))


seed_starts = st.builds(
    lambda pi, m1, m2: Mixture((pi, 1.0 - pi), (m1, m2), (1.0, 1.0)),
    st.floats(0.01, 0.99), st.floats(-20.0, 20.0), st.floats(-20.0, 20.0),
)


@settings(max_examples=200)
@given(x=st.one_of(data, simulated()), theta=seed_starts)
def test_general_path_agrees_with_the_seed_path(x: np.ndarray, theta: Mixture) -> None:
    """Each of 8 steps from the same theta: log L and the next theta to 1e-12."""
    model = Model()
    check_run(x, model, theta, general=True)
    # Means to 1e-12 of the data's scale: a mean near 0 fitted to data at -15 carries the
    # rounding of numbers of size 15 (there the general path is the closer of the two).
    scale = max(1.0, float(np.max(np.abs(x))))
    for _ in range(8):
        fast = mixture.step(x, theta, model)
        general = mixture.step(x, theta, model, general=True)
        assert close(general.loglik, fast.loglik, 1e-12), (fast.loglik, general.loglik)
        for g, f in zip(general.next.weights, fast.next.weights, strict=True):
            assert abs(g - f) <= 1e-12, (fast.next, general.next)
        for g, f in zip(general.next.means, fast.next.means, strict=True):
            assert abs(g - f) <= 1e-12 * max(scale, abs(f)), (fast.next, general.next)
        assert general.next.sds == fast.next.sds == (1.0, 1.0)
        assert general.kept == fast.kept
        theta = fast.next


@settings(max_examples=60)
@given(x=simulated(), model=models, seed=st.data())
def test_steps_agree_with_the_plain_python_loop(
    x: np.ndarray, model: Model, seed: st.DataObject
) -> None:
    assume(x.size <= 150)
    theta = seed.draw(starts(model))
    for _ in range(3):
        result = mixture.step(x, theta, model)
        # The loop has no floor: compare only steps the floor and collapse left alone.
        assume(not (result.floored or result.collapsed))
        want_loglik, want = loop_step(x, theta, model.variance)
        assert close(result.loglik, want_loglik, 1e-9), (result.loglik, want_loglik)
        for g, w in zip(result.next.as_row(), want.as_row(), strict=True):
            assert abs(g - w) <= 1e-8 * max(1.0, abs(w)), (result.next, want)
        theta = result.next


@settings(max_examples=100)
@given(x=data, model=models, seed=st.data())
def test_equal_means_and_sigmas_stay_equal_whatever_the_weights(
    x: np.ndarray, model: Model, seed: st.DataObject
) -> None:
    """A fixed point of EM (the responsibilities are proportional): pooled sums keep it."""
    assume(model.k >= 2)
    theta = seed.draw(starts(model))
    means, sds = list(theta.means), list(theta.sds)
    means[1], sds[1] = means[0], sds[0]
    theta = Mixture(theta.weights, tuple(means), tuple(sds))
    for _ in range(10):
        theta = mixture.step(x, theta, model, general=True).next
        assert theta.means[0] == theta.means[1]
        assert theta.sds[0] == theta.sds[1]
