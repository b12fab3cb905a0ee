"""Many starts: reproducible, run as the session runs, grouped up to relabelling, ranked."""

from __future__ import annotations

import numpy as np
import pytest

from emgui.core import em, restarts
from emgui.core.mixture import Mixture, Model

X, _ = em.simulate(80, 2.4, 0.45, 531)


def test_starts_are_reproducible_for_a_seed_and_drawn_from_the_data() -> None:
    a = restarts.draw_starts(X, Model(), 50, 7)
    b = restarts.draw_starts(X, Model(), 50, 7)
    c = restarts.draw_starts(X, Model(), 50, 8)
    assert a == b and a != c
    data = set(X.tolist())
    for start in a:
        assert set(start.means) <= data and start.means[0] != start.means[1]
        assert 0.1 < start.weights[0] < 0.9 and sum(start.weights) == pytest.approx(1.0)
        assert start.sds == (1.0, 1.0)


def test_starts_for_more_components_and_estimated_sigmas() -> None:
    starts = restarts.draw_starts(X, Model(4, "free"), 10, 1)
    for start in starts:
        assert start.k == 4 and sum(start.weights) == pytest.approx(1.0)
        assert all(w > 0 for w in start.weights) and len(set(start.sds)) == 1


@pytest.mark.parametrize("count", [0, restarts.MAX_STARTS + 1])
def test_the_number_of_starts_is_bounded(count) -> None:
    with pytest.raises(ValueError):
        restarts.draw_starts(X, Model(), count, 1)


def test_a_run_ends_where_the_seed_s_loop_with_the_same_rule_ends() -> None:
    start = restarts.draw_starts(X, Model(), 1, 3)[0]
    run = restarts.run_start(X, start, Model(), 1e-6, 200)
    rows = em.fit(X, start.to_params(), 200, tol=1e-6)
    assert run.iterations == rows[-1].step and run.converged
    assert run.fit == Mixture.from_params(rows[-1].theta)  # to the last bit
    assert run.loglik == rows[-1].loglik


def test_the_iteration_limit_stops_a_run() -> None:
    start = Mixture((0.5, 0.5), (-0.5, 0.5), (1.0, 1.0))
    run = restarts.run_start(X, start, Model(), 1e-12, 3)
    assert run.iterations == 3 and not run.converged


def test_stopping_on_the_way_returns_nothing() -> None:
    calls = []

    def stop() -> bool:
        calls.append(1)
        return len(calls) > 2

    start = Mixture((0.5, 0.5), (-0.5, 0.5), (1.0, 1.0))
    assert restarts.run_start(X, start, Model(), 1e-12, 200, should_stop=stop) is None


def test_a_fit_and_its_mirror_image_are_one_group() -> None:
    fit = Mixture((0.3, 0.7), (-1.35, 1.2), (1.0, 1.0))
    mirror = Mixture((0.7, 0.3), (1.2, -1.35), (1.0, 1.0))
    other = Mixture((0.5, 0.5), (0.42, 0.42), (1.0, 1.0))
    assert restarts.same_fit(fit, mirror, 1.5)
    assert not restarts.same_fit(fit, other, 1.5)
    runs = [
        restarts.Run(0, fit, fit, -139.72, 20, True, -150.0),
        restarts.Run(1, mirror, mirror, -139.72, 18, True, -150.0),
        restarts.Run(2, other, other, -161.46, 2, True, -170.0),
    ]
    summary = restarts.summarize(runs, X)
    assert [g.size for g in summary.groups] == [2, 1]
    assert summary.best_share == pytest.approx(2 / 3)
    assert summary.groups[1].kind == "saddle"
    assert summary.groups[0].runs[0].index == 1  # equal log L: the faster run first
    assert summary.rank_of(runs[2]) == 1


def test_the_seed_data_have_one_fit_up_to_labels() -> None:
    runs = restarts.run_all(X, Model(), 30, 1, 1e-6, 200)
    summary = restarts.summarize(runs, X)
    assert summary.total == 30
    assert summary.best is not None and summary.best.loglik == pytest.approx(-139.7169, abs=1e-3)
    assert summary.best_share == 1.0
    means = {tuple(np.round(r.fit.means, 1)) for r in runs}
    assert len(means) == 2  # both labellings were reached
    assert restarts.run_all(X, Model(), 30, 1, 1e-6, 200) == runs


def test_fits_on_a_flat_ridge_with_the_same_log_likelihood_are_one() -> None:
    a = Mixture((0.30, 0.70), (-1.00, 1.00), (1.0, 1.0))
    b = Mixture((0.33, 0.67), (-0.90, 1.05), (1.0, 1.0))  # beyond same_fit's tolerance
    assert not restarts.same_fit(a, b, 1.5)
    near = restarts.Run(0, a, a, -120.000, 300, True, -130.0)
    far_in_log_l = restarts.Run(1, b, b, -120.5, 300, True, -130.0)
    same_log_l = restarts.Run(2, b, b, -120.004, 300, True, -130.0)
    assert restarts.same_hill(near, same_log_l, 1.5)
    assert not restarts.same_hill(near, far_in_log_l, 1.5)


def test_the_three_component_preset_gives_at_least_two_different_fits() -> None:
    """Issue: with K > 2 the gallery is where "sensitive to initialization" shows."""
    from emgui.core.presets import builtin

    preset = builtin("three-found")
    x, _ = preset.simulation.draw()
    runs = restarts.run_all(x, preset.model, 20, 7, 1e-6, 2000)
    summary = restarts.summarize(runs, x)
    assert len(summary.groups) >= 2
    logliks = sorted({round(g.runs[0].loglik, 3) for g in summary.groups}, reverse=True)
    assert len(logliks) >= 2 and logliks[0] == pytest.approx(-303.58, abs=0.01)
