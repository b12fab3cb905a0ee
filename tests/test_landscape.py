"""The likelihood landscape: exact values, the maxima and the saddle found, binning, contours."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from emgui.core import em, landscape
from emgui.core.landscape import Points, Slice, weighted_points
from emgui.core.mixture import Mixture, Model, fit, log_likelihood

X, _ = em.simulate(80, 2.4, 0.45, 531)
FIT_ROWS = em.fit(X, em.Params(0.5, -0.5, 0.5), 1000, tol=1e-13)
FIT = Mixture.from_params(FIT_ROWS[-1].theta)


def with_means(theta: Mixture, pair: tuple[int, int], a: float, b: float,
               weights: tuple[float, ...] | None = None) -> Mixture:
    means = list(theta.means)
    means[pair[0]], means[pair[1]] = a, b
    return Mixture(weights or theta.weights, tuple(means), theta.sds)


def test_the_grid_at_n_80_is_the_exact_log_likelihood_cell_by_cell() -> None:
    points = weighted_points(X)
    assert not points.binned and points.size == 80
    sl = Slice(FIT, (0, 1), "held")
    axis = landscape.grid_axis(X, FIT)
    z = landscape.surface_grid(points, sl, axis)
    assert z.shape == (200, 200) and np.isfinite(z).all()
    for row, col in [(0, 0), (17, 150), (120, 33), (199, 199), (100, 100)]:
        exact = log_likelihood(X, with_means(FIT, (0, 1), axis[col], axis[row]))
        assert z[row, col] == pytest.approx(exact, rel=1e-12, abs=1e-9)


def test_best_weights_are_the_maximum_over_pi_of_each_cell() -> None:
    points = weighted_points(X)
    sl = Slice(FIT, (0, 1), "best")
    axis = landscape.grid_axis(X, FIT)
    z = landscape.surface_grid(points, sl, axis)
    pis = np.linspace(1e-6, 1 - 1e-6, 4001)
    for row, col in [(30, 160), (150, 20), (90, 110), (199, 0)]:
        a, b = axis[col], axis[row]
        brute = max(em.log_likelihood(X, em.Params(p, a, b)) for p in pis)
        assert brute - 1e-3 <= z[row, col] <= brute + 1e-3  # the grid of pi is coarse
        share = landscape.best_share(points, sl, np.array([a]), np.array([b]))[0]
        best = em.log_likelihood(X, em.Params(share, a, b))
        assert z[row, col] == pytest.approx(best, abs=1e-6)
        assert best >= brute - 1e-9


def test_the_two_maxima_are_one_fit_with_labels_swapped_and_match_em() -> None:
    land = landscape.compute(X, Slice(FIT, (0, 1), "best"))
    assert land.mirrored
    first, second = land.maxima[:2]
    assert first.loglik == pytest.approx(FIT_ROWS[-1].loglik, abs=1e-9)
    assert second.loglik == pytest.approx(first.loglik, abs=1e-9)
    found = sorted([(first.a, first.b), (second.a, second.b)])
    em_fit = sorted([(FIT.means[0], FIT.means[1]), (FIT.means[1], FIT.means[0])])
    for got, want in zip(found, em_fit, strict=True):
        assert got == pytest.approx(want, abs=1e-5)
    shares = sorted([first.share, second.share])
    assert shares == pytest.approx(sorted([FIT.weights[0], FIT.weights[1]]), abs=1e-5)


def test_held_weights_give_em_s_fit_and_a_lower_swapped_peak() -> None:
    land = landscape.compute(X, Slice(FIT, (0, 1), "held"))
    assert not land.mirrored  # pi = 0.31 held: the swapped fit would need 0.69
    top = land.maxima[0]
    assert (top.a, top.b) == pytest.approx(FIT.means, abs=1e-5)
    assert top.loglik == pytest.approx(FIT_ROWS[-1].loglik, abs=1e-9)
    assert len(land.maxima) >= 2 and land.maxima[1].loglik < top.loglik - 1


@pytest.mark.parametrize("weights", ["held", "best"])
def test_the_saddle_is_found_on_the_diagonal_at_the_one_component_fit(weights) -> None:
    land = landscape.compute(X, Slice(FIT, (0, 1), weights))
    saddle = land.saddle
    assert saddle is not None and saddle.kind == "saddle"
    assert saddle.a == saddle.b == pytest.approx(float(X.mean()), abs=1e-6)
    one = em.log_likelihood(X, em.Params(0.5, X.mean(), X.mean()))
    assert saddle.loglik == pytest.approx(one, abs=1e-9)
    along, across = saddle.curvatures
    assert along < 0 < across
    assert all(saddle.loglik < m.loglik for m in land.maxima)


def test_unimodal_data_have_their_best_fit_on_the_diagonal_not_a_saddle() -> None:
    x = np.random.default_rng(4).normal(0.0, 0.6, 300)
    theta = Mixture((0.5, 0.5), (-0.2, 0.2), (1.0, 1.0))
    land = landscape.compute(x, Slice(theta, (0, 1), "held"))
    assert land.saddle is not None and land.saddle.kind == "diagonal maximum"
    assert land.saddle.a == pytest.approx(float(x.mean()), abs=1e-4)


def test_a_slice_through_three_components_is_log_l_with_the_rest_held() -> None:
    x, _ = em.simulate(120, 3.0, 0.4, 7)
    theta = Mixture((0.2, 0.5, 0.3), (-1.5, 0.1, 1.9), (0.8, 1.1, 0.9))
    points = weighted_points(x)
    axis = landscape.grid_axis(x, theta, size=30)
    z = landscape.surface_grid(points, Slice(theta, (0, 2), "held"), axis)
    for row, col in [(0, 29), (15, 3), (29, 29)]:
        exact = log_likelihood(x, with_means(theta, (0, 2), axis[col], axis[row]))
        assert z[row, col] == pytest.approx(exact, rel=1e-12)
    best = landscape.surface_grid(points, Slice(theta, (0, 2), "best"), axis)
    assert np.all(best >= z - 1e-9)  # the best share is at least the held one
    total = theta.weights[0] + theta.weights[2]
    for row, col in [(4, 20), (25, 10)]:
        a, b = axis[col], axis[row]
        shares = np.linspace(1e-6, 1 - 1e-6, 2001)
        brute = max(
            log_likelihood(x, with_means(theta, (0, 2), a, b,
                                         (s * total, theta.weights[1], (1 - s) * total)))
            for s in shares
        )
        assert best[row, col] == pytest.approx(brute, abs=1e-3)


def test_the_log_domain_path_gives_the_same_map(monkeypatch) -> None:
    points = weighted_points(X)
    axis = landscape.grid_axis(X, FIT, size=40)
    for weights in ("held", "best"):
        sl = Slice(FIT, (0, 1), weights)  # type: ignore[arg-type]
        fast = landscape.surface_grid(points, sl, axis)
        monkeypatch.setattr(landscape, "_SAFE_FLOOR", 2.0)  # nothing counts as safe
        slow = landscape.surface_grid(points, sl, axis)
        monkeypatch.undo()
        # The best share is solved to within what a picture needs (1e-7 per point).
        tol = 1e-8 if weights == "held" else 1e-7 * X.size
        assert np.max(np.abs(fast - slow)) < tol


def test_data_far_apart_beside_the_sigmas_stay_finite() -> None:
    rng = np.random.default_rng(2)
    x = np.r_[rng.normal(-40, 1, 50), rng.normal(40, 1, 50)]
    theta = Mixture((0.5, 0.5), (-40.0, 40.0), (1.0, 1.0))
    axis = landscape.grid_axis(x, theta, size=60)
    land = landscape.compute(x, Slice(theta, (0, 1), "best"), axis)
    assert np.isfinite(land.loglik).all()
    assert land.maxima and land.maxima[0].loglik == pytest.approx(
        log_likelihood(x, theta), abs=5.0)


# ---------------------------------------------------------------- binning
def test_binned_points_keep_the_count_mean_and_variance() -> None:
    x, _ = em.simulate(100_000, 2.4, 0.45, 5)
    points = weighted_points(x)
    assert points.binned and points.size <= 2 * landscape.BINS + 8
    assert points.counts.sum() == x.size
    mean = points.counts @ points.values / x.size
    assert mean == pytest.approx(x.mean(), abs=1e-12)
    second = points.counts @ (points.values - x.mean()) ** 2 / x.size
    assert second == pytest.approx(x.var(), rel=1e-12)


def test_an_outlier_does_not_swallow_the_bulk_into_one_bin() -> None:
    x, _ = em.simulate(20_000, 2.4, 0.45, 5)
    x = np.r_[x, 1e6]
    points = weighted_points(x)
    bulk = points.values[points.values < 100]
    assert bulk.size > landscape.BINS  # the bulk still has its own bins
    assert points.counts.sum() == x.size


def test_the_binned_map_is_close_to_the_exact_one() -> None:
    x, _ = em.simulate(20_000, 2.4, 0.45, 11)
    theta = Mixture((0.4, 0.6), (-1.0, 1.3), (1.0, 1.0))
    axis = landscape.grid_axis(x, theta, size=25)
    sl = Slice(theta, (0, 1), "held")
    binned = landscape.surface_grid(weighted_points(x), sl, axis)
    exact = landscape.surface_grid(Points(x, np.ones(x.size), x.size, False), sl, axis)
    assert np.max(np.abs(binned - exact) / np.abs(exact)) < 1e-5


@settings(max_examples=40)
@given(
    data=st.lists(st.floats(-6, 6), min_size=2, max_size=40),
    pi=st.floats(0.05, 0.95),
    a=st.floats(-5, 5), b=st.floats(-5, 5),
)
def test_any_cell_is_the_log_likelihood_there(data, pi, a, b) -> None:
    x = np.array(data)
    theta = Mixture((pi, 1 - pi), (0.0, 0.0), (1.0, 1.0))
    value = landscape.surface_at(weighted_points(x), Slice(theta, (0, 1), "held"),
                                 np.array([a]), np.array([b]))[0]
    assert value == pytest.approx(em.log_likelihood(x, em.Params(pi, a, b)), rel=1e-12,
                                  abs=1e-9)


# ---------------------------------------------------------------- contours
def test_contours_of_a_cone_are_circles() -> None:
    axis = np.linspace(-2, 2, 101)
    xx, yy = np.meshgrid(axis, axis)
    z = -(xx**2 + yy**2)
    seg = landscape.contour_segments(z, -1.0, axis)
    assert len(seg) > 50
    radius = np.hypot(seg[..., 0], seg[..., 1])
    assert np.allclose(radius, 1.0, atol=2e-3)
    assert landscape.contour_segments(z, 5.0, axis).shape == (0, 2, 2)


def test_contour_levels_fall_like_squares_below_the_top() -> None:
    land = landscape.compute(X, Slice(FIT, (0, 1), "best"), critical=False)
    top = float(land.loglik.max())
    levels = landscape.contour_levels(land.loglik, top, 5)
    depth = top - levels
    assert np.allclose(depth / depth[0], [1, 4, 9, 16, 25])


def test_em_from_the_grid_reaches_the_maxima_marked() -> None:
    """EM started anywhere off the diagonal ends on one of the two marked maxima."""
    land = landscape.compute(X, Slice(FIT, (0, 1), "best"))
    marks = [(m.a, m.b) for m in land.maxima[:2]]
    for start in [(-2.0, 2.5), (2.0, -1.0), (0.0, 1.0), (3.0, 2.0)]:
        rows = fit(X, Mixture((0.5, 0.5), start, (1.0, 1.0)), Model(), 2000, tol=1e-13)
        end = rows[-1][1].means
        assert min(math.hypot(end[0] - a, end[1] - b) for a, b in marks) < 1e-3
