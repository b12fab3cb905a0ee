"""The K-component core against independent arithmetic: a plain Python loop and R's mclust.

Also the seed's model on the general path, emptied, floored and collapsed components, data far
from zero or beyond the double range of their squares, and the checks on models and starts.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import pytest

from emgui.core import em, mixture
from emgui.core.mixture import Mixture, Model

DATA = Path(__file__).parent / "data"
SEED_START = Mixture((0.5, 0.5), (-0.5, 0.5), (1.0, 1.0))
#: Relative agreement asked of two correct implementations of the same step.
AGREE = 1e-10


def seed_x() -> np.ndarray:
    return em.simulate(80, 2.4, 0.45, 531)[0]


# --- an independent implementation: one point at a time, in plain Python ---------------------


def loop_step(
    x: list[float] | np.ndarray, theta: Mixture, variance: str
) -> tuple[float, Mixture]:
    """(log L at theta, next theta) the way a textbook writes it: no numpy, no blocks, fsum.

    An emptied component keeps its mean and sigma; there is no floor (the callers use data and
    starts that never shrink a sigma to one).
    """
    xs = [float(v) for v in x]
    k, n = theta.k, len(xs)
    loglik_terms = []
    r = [[0.0] * n for _ in range(k)]
    for i, xi in enumerate(xs):
        logs = []
        for j in range(k):
            w, mu, sd = theta.weights[j], theta.means[j], theta.sds[j]
            if w == 0.0:
                logs.append(-math.inf)
            else:
                logs.append(math.log(w) - math.log(sd) - 0.5 * math.log(2 * math.pi)
                            - (xi - mu) ** 2 / (2 * sd * sd))
        top = max(logs)
        terms = [math.exp(v - top) for v in logs]
        total = math.fsum(terms)
        loglik_terms.append(top + math.log(total))
        for j in range(k):
            r[j][i] = terms[j] / total
    sum_r = [math.fsum(row) for row in r]
    weights = [s / n for s in sum_r]
    means = [math.fsum(rj * xi for rj, xi in zip(r[j], xs, strict=True)) / sum_r[j]
             if sum_r[j] > 0 else theta.means[j] for j in range(k)]
    within = [math.fsum(rj * (xi - means[j]) ** 2 for rj, xi in zip(r[j], xs, strict=True))
              for j in range(k)]
    if variance == "fixed":
        sds = [1.0] * k
    elif variance == "shared":
        sds = [math.sqrt(math.fsum(within) / n)] * k
    else:
        sds = [math.sqrt(within[j] / sum_r[j]) if sum_r[j] > 0 else theta.sds[j]
               for j in range(k)]
    total_w = math.fsum(weights)
    weights = [w / total_w for w in weights]
    return math.fsum(loglik_terms), Mixture(tuple(weights), tuple(means), tuple(sds))


def close(got: float, want: float, rel: float = AGREE) -> bool:
    return abs(got - want) <= rel * max(1.0, abs(want))


def assert_same_theta(got: Mixture, want: Mixture, rel: float = AGREE) -> None:
    for g, w in zip(got.as_row(), want.as_row(), strict=True):
        assert close(g, w, rel), (got, want)


def start_for(k: int, variance: str) -> Mixture:
    """A start away from the data's symmetry, with sigma 1 or distinct sigmas."""
    raw = [1.0 + 0.3 * i for i in range(k)]
    weights = tuple(v / math.fsum(raw) for v in raw)
    means = tuple(-3.0 + 6.0 * (i + 0.3) / k for i in range(k))
    if variance == "fixed":
        sds = (1.0,) * k
    elif variance == "shared":
        sds = (1.3,) * k
    else:
        sds = tuple(0.7 + 0.25 * i for i in range(k))
    return Mixture(weights, means, sds)


def three_groups(n: int = 300, seed: int = 5) -> np.ndarray:
    truth = Mixture((0.3, 0.4, 0.3), (-2.5, 0.0, 2.5), (0.7, 1.0, 0.5))
    return mixture.simulate(n, truth, seed)[0]


@pytest.mark.parametrize("variance", mixture.VARIANCES)
@pytest.mark.parametrize("k", range(1, mixture.MAX_COMPONENTS + 1))
def test_steps_agree_with_a_plain_python_loop(k: int, variance: str) -> None:
    x = three_groups()
    model = Model(k, variance, sd_floor=0)
    theta = start_for(k, variance)
    for _ in range(6):
        result = mixture.step(x, theta, model)
        want_loglik, want_next = loop_step(x, theta, variance)
        assert close(result.loglik, want_loglik), (result.loglik, want_loglik)
        assert_same_theta(result.next, want_next)
        assert (result.kept, result.floored, result.collapsed) == ((), (), ())
        theta = result.next


def test_log_likelihood_and_e_step_agree_with_the_loop() -> None:
    x = three_groups(120)
    theta = start_for(4, "free")
    want, _ = loop_step(x, theta, "free")
    assert close(mixture.log_likelihood(x, theta), want)
    r = mixture.e_step(x, theta)
    assert r.shape == (4, x.size)
    np.testing.assert_allclose(r.sum(axis=0), 1.0, rtol=0, atol=1e-15)
    out = np.empty_like(r)
    result = mixture.step(x, theta, Model(4, "free"), r_out=out)
    assert result.r is out
    assert np.array_equal(out, r)


# --- R's mclust (reference steps stored by tests/data/make_mclust_reference.py) ---------------


def mclust_rows() -> dict[str, list[dict[str, str]]]:
    with (DATA / "mclust_reference.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    out: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        out.setdefault(row["model"], []).append(row)
    return out


def row_theta(row: dict[str, str]) -> Mixture:
    def part(prefix: str) -> tuple[float, ...]:
        return tuple(float(row[f"{prefix}{i}"]) for i in (1, 2, 3))

    return Mixture(part("w"), part("mu"), part("sigma"))


@pytest.mark.parametrize(("name", "variance"), [("E", "shared"), ("V", "free")])
@pytest.mark.parametrize("floor", [None, 0.0])
def test_fit_agrees_with_mclust(name: str, variance: str, floor: float | None) -> None:
    x = np.loadtxt(DATA / "mclust_data.txt")
    reference = mclust_rows()[name]
    assert len(reference) == 9
    rows = mixture.fit(x, row_theta(reference[0]), Model(3, variance, floor), len(reference) - 1)
    assert len(rows) == len(reference)
    for (i, theta, loglik), want in zip(rows, reference, strict=True):
        assert i == int(want["step"])
        assert close(loglik, float(want["loglik"])), (i, loglik, want["loglik"])
        assert_same_theta(theta, row_theta(want))


# --- the seed's model on the general path -------------------------------------------------------


def seed_history() -> list[tuple[Mixture, float]]:
    with (DATA / "seed_history.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return [(Mixture.from_params(em.Params(float(r["pi"]), float(r["mu1"]), float(r["mu2"]))),
             float(r["loglik"])) for r in rows]


def test_the_general_path_follows_the_seed_run_to_1e_12() -> None:
    x = seed_x()
    model = Model(2, "fixed")
    fast = general = SEED_START
    history = seed_history()
    assert len(history) == 9
    for want_theta, want_loglik in history:
        a = mixture.step(x, fast, model)
        b = mixture.step(x, general, model, general=True)
        assert close(a.loglik, want_loglik, 1e-12)
        assert_same_theta(fast, want_theta, rel=1e-12)
        assert close(b.loglik, want_loglik, 1e-12)
        assert_same_theta(general, want_theta, rel=1e-12)
        fast, general = a.next, b.next


def test_the_fast_path_fills_r_and_the_sums() -> None:
    x = seed_x()
    out = np.empty((2, x.size))
    a = mixture.step(x, SEED_START, Model(), r_out=out)
    b = mixture.step(x, SEED_START, Model(), general=True)
    assert np.array_equal(out[0], em.step(x, SEED_START.to_params()).r)
    np.testing.assert_allclose(out, mixture.e_step(x, SEED_START), rtol=0, atol=1e-14)
    for got, want in zip(a.sums.sum_r + a.sums.sum_rd, b.sums.sum_r + b.sums.sum_rd,
                         strict=True):
        assert close(got, want, 1e-12)
    assert a.sums.sum_rx(0) == pytest.approx(float(np.sum(out[0] * x)), rel=1e-12)


def test_fit_of_the_seed_model_is_the_seed_table() -> None:
    x = seed_x()
    rows = mixture.fit(x, SEED_START, Model(), 8)
    want = em.fit(x, SEED_START.to_params(), 8)
    assert [(i, t.to_params(), ll) for i, t, ll in rows] == [
        (r.step, r.theta, r.loglik) for r in want]


def test_fit_stops_at_tol_like_the_seed_fit() -> None:
    x = seed_x()
    rows = mixture.fit(x, SEED_START, Model(2, "fixed"), 1000, tol=1e-4)
    want = em.fit(x, SEED_START.to_params(), 1000, tol=1e-4)
    assert len(rows) == len(want) < 1001


# --- emptied, floored and collapsed components -----------------------------------------------


@pytest.mark.parametrize("variance", mixture.VARIANCES)
def test_a_component_with_weight_zero_keeps_its_mean_and_sigma(variance: str) -> None:
    x = three_groups(100)
    sds = {"fixed": (1.0, 1.0, 1.0), "shared": (0.8, 0.8, 0.8), "free": (0.8, 1.1, 2.0)}
    theta = Mixture((0.6, 0.4, 0.0), (-1.0, 1.0, 7.0), sds[variance])
    result = mixture.step(x, theta, Model(3, variance))
    assert result.kept == (3,)
    assert result.next.weights[2] == 0.0
    assert result.next.means[2] == 7.0
    if variance == "shared":
        assert result.next.sds[2] == result.next.sds[0]
        assert "its mean stays where it was" in result.note
    else:
        assert result.next.sds[2] == theta.sds[2]
    if variance == "free":
        assert "Component 3 has no responsibility left on any point, so its mean and sigma " \
               "stay where they were." in result.note
    # The other two fit as if the third were not there.
    _, want = loop_step(x, Mixture((0.6, 0.4), (-1.0, 1.0), sds[variance][:2]), variance)
    assert_same_theta(Mixture(result.next.weights[:2], result.next.means[:2],
                              result.next.sds[:2]), want)


@pytest.mark.parametrize("variance", mixture.VARIANCES)
def test_a_component_far_from_the_data_is_emptied_and_says_so(variance: str) -> None:
    x = three_groups(100)
    theta = Mixture((0.4, 0.3, 0.3), (-1.0, 1.0, 1e6), (1.0, 1.0, 1.0))
    result = mixture.step(x, theta, Model(3, variance))
    assert result.kept == (3,)
    assert result.next.weights[2] == 0.0
    assert result.next.means[2] == 1e6
    assert math.isfinite(result.loglik)
    if variance != "shared":
        assert result.next.sds[2] == 1.0
    assert result.note.startswith("Component 3 has no responsibility left on any point")
    # Once emptied it stays so, and fit() runs on.
    rows = mixture.fit(x, theta, Model(3, variance), 5)
    assert len(rows) == 6
    assert all(t.means[2] == 1e6 for _, t, _ in rows)


def test_two_emptied_components_read_as_plural() -> None:
    x = three_groups(50)
    theta = Mixture((0.5, 0.2, 0.3), (0.0, -1e6, 1e6), (1.0, 2.0, 3.0))
    result = mixture.step(x, theta, Model(3, "free"))
    assert result.kept == (2, 3)
    assert result.next.sds[1:] == (2.0, 3.0)
    assert result.note == ("Components 2 and 3 have no responsibility left on any point, so "
                           "their means and sigmas stay where they were.")


def test_the_seed_paths_emptied_note_is_the_seed_sentence() -> None:
    x = np.array([0.0, 0.1, 0.2])
    theta = Mixture((0.5, 0.5), (0.0, 1e4), (1.0, 1.0))
    fast = mixture.step(x, theta, Model())
    general = mixture.step(x, theta, Model(), general=True)
    assert fast.kept == general.kept == (2,)
    assert fast.note == general.note == em.emptied_note((2,))


@pytest.mark.parametrize("variance", ["shared", "free"])
def test_the_floor_holds_a_sigma_that_would_shrink_onto_a_point(variance: str) -> None:
    x = np.array([0.0, 0.0, 0.0, 10.0, 11.0, 12.0])
    theta = Mixture((0.5, 0.5), (0.0, 11.0), (0.5, 1.0) if variance == "free" else (0.5, 0.5))
    model = Model(2, variance)
    floor = model.floor_for(mixture.spread(x))
    assert floor == pytest.approx(1e-3 * float(np.std(x)), rel=1e-14)
    result = mixture.step(x, theta, model)
    if variance == "free":
        assert result.floored == (1,)
        assert result.next.sds[0] == floor
        assert result.note.startswith("Component 1 is held at the sigma floor")
    else:
        assert result.floored == ()  # the shared sigma is held up by the other group
    absolute = mixture.step(x, theta, Model(2, variance, sd_floor=0.25))
    if variance == "free":
        assert absolute.next.sds[0] == 0.25


def test_the_shared_sigma_is_floored_for_every_component() -> None:
    x = np.array([0.0, 0.0, 5.0, 5.0])
    theta = Mixture((0.5, 0.5), (0.0, 5.0), (0.5, 0.5))
    result = mixture.step(x, theta, Model(2, "shared"))
    assert result.floored == (1, 2)
    assert result.next.sds == (2.5e-3, 2.5e-3)
    assert "Components 1 and 2 are held at the sigma floor: without it they" in result.note


def test_with_the_floor_off_a_collapse_is_reported_and_stays_finite() -> None:
    x = np.array([0.0, 0.0, 0.0, 10.0, 11.0, 12.0])
    theta = Mixture((0.5, 0.5), (0.0, 11.0), (0.5, 1.0))
    model = Model(2, "free", sd_floor=0)
    result = mixture.step(x, theta, model)
    assert result.collapsed == (1,)
    assert result.next.sds[0] == mixture.COLLAPSE_FRACTION * mixture.spread(x)
    assert all(math.isfinite(v) for v in result.next.as_row())
    assert math.isfinite(mixture.step(x, result.next, model).loglik)
    assert result.note.startswith("Component 1 has collapsed onto a single point: its sigma")
    assert "Turn the sigma floor on" in result.note
    rows = mixture.fit(x, theta, model, 50)
    assert len(rows) == 1  # fit stops at the collapse


def test_collapsed_components_read_as_plural() -> None:
    note = mixture.step_note((), (), (1, 3))
    assert note.startswith("Components 1 and 3 have collapsed onto single points: their sigmas")


def test_no_note_when_nothing_happened() -> None:
    result = mixture.step(three_groups(50), start_for(3, "free"), Model(3, "free"))
    assert result.note == ""


# --- scale: far from zero, beyond the squares' range, tiny ----------------------------------


@pytest.mark.parametrize("variance", mixture.VARIANCES)
def test_data_offset_by_a_million_give_the_same_fit(variance: str) -> None:
    x = three_groups(200)
    offset = 1e6
    far = x + offset
    near = far - offset  # exact: the same points as `far`, about zero
    theta = start_for(3, variance)
    shifted = Mixture(theta.weights, tuple(m + offset for m in theta.means), theta.sds)
    model = Model(3, variance)
    a = mixture.fit(near, theta, model, 10)
    b = mixture.fit(far, shifted, model, 10)
    for (_, ta, la), (_, tb, lb) in zip(a, b, strict=True):
        assert close(lb, la, 1e-9)
        for ma, mb in zip(ta.means, tb.means, strict=True):
            assert abs((mb - offset) - ma) < 1e-8
        assert_same_theta(Mixture(tb.weights, ta.means, tb.sds), ta, 1e-8)


@pytest.mark.parametrize("variance", mixture.VARIANCES)
@pytest.mark.parametrize("k", [1, 2, 3])
def test_huge_data_give_finite_parameters_and_never_nan(k: int, variance: str) -> None:
    # Regression: the general pass squared distances like 1e200 and overflowed (NaN, then a
    # ValueError from Mixture); with variances fixed at 1 the log likelihood is -inf there
    # (unless every point has a component of its own); estimated variances scale with the data.
    x = np.array([1e200, -1e200, 1.0])
    model = Model(k, variance)
    theta = mixture.default_start(x, model)
    for _ in range(5):
        result = mixture.step(x, theta, model, general=True)
        assert not math.isnan(result.loglik)
        assert all(math.isfinite(v) for v in result.next.as_row())
        if variance == "fixed" and k < 3:
            assert result.loglik == -math.inf
        elif variance != "fixed":
            assert math.isfinite(result.loglik)
        theta = result.next


def test_huge_data_on_the_general_path_agree_with_the_seed_path() -> None:
    x = np.array([1e200, -1e200, 1.0])
    a = mixture.step(x, SEED_START, Model())
    b = mixture.step(x, SEED_START, Model(), general=True)
    assert a.loglik == b.loglik == -math.inf
    assert_same_theta(b.next, a.next, 1e-12)


def test_estimated_variances_are_scale_free_down_to_1e_minus_200() -> None:
    # Regression: sigma^2 underflowed to 0 for data of size 1e-200 (division by zero).
    x = three_groups(150)
    scale = 2.0**-700  # a power of two: the scaled data are exactly the same numbers
    theta = start_for(3, "free")
    small = Mixture(theta.weights, tuple(m * scale for m in theta.means),
                    tuple(s * scale for s in theta.sds))
    a = mixture.fit(x, theta, Model(3, "free"), 6)
    b = mixture.fit(x * scale, small, Model(3, "free"), 6)
    for (_, ta, la), (_, tb, lb) in zip(a, b, strict=True):
        assert close(lb, la - x.size * math.log(scale), 1e-12)
        assert_same_theta(Mixture(tb.weights, tuple(m / scale for m in tb.means),
                                  tuple(s / scale for s in tb.sds)), ta, 1e-12)


def test_a_tiny_sigma_far_from_a_point_gives_minus_inf_not_a_warning() -> None:
    x = np.array([0.0, 1.0])
    theta = Mixture((0.5, 0.5), (0.0, 1e5), (1e-200, 1e-200))
    result = mixture.step(x, theta, Model(2, "free", sd_floor=0))
    assert result.loglik == -math.inf
    assert result.kept == (2,)
    assert result.next.sds[1] == 1e-200  # an emptied component keeps even a sub-floor sigma
    assert all(math.isfinite(v) for v in result.next.as_row())


def test_spread_of_data_whose_squares_overflow() -> None:
    x = np.array([3e200, -3e200])
    assert mixture.spread(x) == pytest.approx(3e200, rel=1e-15)
    assert mixture.spread([5.0]) == 1.0  # one point still has a scale
    assert mixture.spread([1.0, 3.0]) == 1.0
    assert mixture.spread([1e-200, 3e-200]) == pytest.approx(1e-200, rel=1e-15)


# --- starts, models and mixtures --------------------------------------------------------------


@pytest.mark.parametrize("variance", mixture.VARIANCES)
@pytest.mark.parametrize("k", range(1, 7))
def test_default_start(k: int, variance: str) -> None:
    x = three_groups(301)
    theta = mixture.default_start(x, Model(k, variance))
    assert theta.weights == (1.0 / k,) * k
    want = [float(np.quantile(x, (i + 0.5) / k)) for i in range(k)]
    assert list(theta.means) == want
    sd = 1.0 if variance == "fixed" else float(np.std(x)) / k
    assert theta.sds == pytest.approx((sd,) * k, rel=1e-14)
    assert theta.checked_start(Model(k, variance)) is theta


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"k": 0}, "between 1 and 6"),
    ({"k": 7}, "between 1 and 6"),
    ({"k": 2.0}, "whole number"),
    ({"k": True}, "whole number"),
    ({"variance": "equal"}, "fixed, shared, free"),
    ({"sd_floor": -1.0}, "0 or more"),
    ({"sd_floor": "x"}, "must be a number"),
    ({"sd_floor": math.inf}, "finite"),
])
def test_model_checks(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Model(**kwargs)  # type: ignore[arg-type]


def test_model_floor_and_description() -> None:
    assert Model(3, "fixed").floor_for(10.0) == 0.0
    assert Model(3, "free").floor_for(10.0) == pytest.approx(0.01)
    assert Model(3, "free", 0).floor_for(10.0) == 0.0
    assert Model(3, "shared", 0.5).floor_for(10.0) == 0.5
    assert Model(1, "free").describe() == "1 component, variances each its own"
    assert Model(3, "shared").describe() == "3 components, variances shared"
    assert Model().is_seed and not Model(2, "shared").is_seed


@pytest.mark.parametrize(("args", "message"), [
    (((0.5, 0.6), (0.0, 1.0), (1.0, 1.0)), "sum to 1"),
    (((1.5, -0.5), (0.0, 1.0), (1.0, 1.0)), "between 0 and 1"),
    (((0.5, 0.5), (0.0,), (1.0, 1.0)), "need 2 means"),
    (((0.5, 0.5), (0.0, 1.0), (1.0, 0.0)), "sigma 2 must be greater than 0"),
    (((0.5, 0.5), (0.0, math.nan), (1.0, 1.0)), "finite"),
    (((), (), ()), "1 to 6"),
    (((1 / 7,) * 7, (0.0,) * 7, (1.0,) * 7), "1 to 6"),
])
def test_mixture_checks(args: tuple[tuple[float, ...], ...], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Mixture(*args)


def test_checked_start() -> None:
    with pytest.raises(ValueError, match="2 components but the model has 3"):
        SEED_START.checked_start(Model(3))
    # Two components name their weight as the seed's pi does.
    with pytest.raises(ValueError, match="pi must lie strictly between 0 and 1"):
        Mixture((1.0, 0.0), (0.0, 1.0), (1.0, 1.0)).checked_start(Model())
    with pytest.raises(ValueError, match="weight 3 must be greater than 0"):
        Mixture((0.5, 0.5, 0.0), (0.0, 1.0, 2.0), (1.0, 1.0, 1.0)).checked_start(Model(3))
    with pytest.raises(ValueError, match="must be 1"):
        Mixture((0.5, 0.5), (0.0, 1.0), (2.0, 2.0)).checked_start(Model())
    with pytest.raises(ValueError, match="the same"):
        Mixture((0.5, 0.5), (0.0, 1.0), (1.0, 2.0)).checked_start(Model(2, "shared"))


def test_step_checks_its_arguments() -> None:
    x = seed_x()
    with pytest.raises(ValueError, match="2 components but the model has 3"):
        mixture.step(x, SEED_START, Model(3))
    with pytest.raises(ValueError, match="r_out"):
        mixture.step(x, SEED_START, Model(), r_out=np.empty((2, 3)))
    with pytest.raises(ValueError, match="no values"):
        mixture.step([], SEED_START, Model())
    with pytest.raises(ValueError, match="iterations"):
        mixture.fit(x, SEED_START, Model(), -1)


def test_simulate_draws_labels_1_to_k() -> None:
    truth = Mixture((0.2, 0.3, 0.5), (-5.0, 0.0, 5.0), (0.1, 0.1, 0.1))
    x, z = mixture.simulate(2000, truth, 3)
    assert set(np.unique(z)) == {1, 2, 3}
    for k in (1, 2, 3):
        assert np.all(np.abs(x[z == k] - truth.means[k - 1]) < 1.0)
    again, _ = mixture.simulate(2000, truth, 3)
    assert np.array_equal(x, again)


def test_a_point_beyond_every_density_never_goes_to_an_emptied_component() -> None:
    # Sigmas of 1e-300 against data of 1e200: every density underflows and every distance in
    # sigmas is infinite; the emptied third component must still get nothing.
    x = np.array([1e200, -1e200, 1.0])
    theta = Mixture((0.5, 0.5, 0.0), (-1e200, 0.0, 5.0), (1e-300, 1e-300, 1e-300))
    out = np.empty((3, 3))
    result = mixture.step(x, theta, Model(3, "free", sd_floor=0), r_out=out)
    assert result.loglik == -math.inf
    assert np.all(out[2] == 0.0) and result.kept == (3,)
    np.testing.assert_allclose(out.sum(axis=0), 1.0, rtol=0, atol=1e-15)
    assert all(math.isfinite(v) for v in result.next.as_row())
