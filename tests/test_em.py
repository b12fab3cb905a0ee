"""The numerical core against the seed script: same table, same numbers, and sane at the edges."""

from __future__ import annotations

import csv
import itertools
import math
from pathlib import Path

import numpy as np
import pytest
from scipy import stats

from emgui.core import em
from emgui.core.em import Params

DATA = Path(__file__).parent / "data"
SEED_START = Params(0.5, -0.5, 0.5)


def seed_sample(n: int = 80, sep: float = 2.4, true_pi: float = 0.45, seed: int = 531
                ) -> np.ndarray:
    """The seed script's generator, written out as it stands there."""
    rng = np.random.default_rng(seed)
    z = rng.binomial(1, true_pi, size=n)
    mu_true = np.where(z == 1, -sep / 2, sep / 2)
    return rng.normal(mu_true, 1.0)


def seed_step(x: np.ndarray, pi: float, mu1: float, mu2: float
              ) -> tuple[np.ndarray, float, tuple[float, float, float]]:
    """The seed script's loop body: (r, loglik, next theta)."""
    dens1 = pi * stats.norm.pdf(x, mu1, 1.0)
    dens2 = (1 - pi) * stats.norm.pdf(x, mu2, 1.0)
    r = dens1 / (dens1 + dens2)
    loglik = np.sum(np.log(dens1 + dens2))
    new = (r.mean(), np.sum(r * x) / np.sum(r), np.sum((1 - r) * x) / np.sum(1 - r))
    return r, float(loglik), tuple(float(v) for v in new)


def no_nan(result: em.StepResult) -> None:
    assert not np.isnan(result.r).any()
    assert np.all((result.r >= 0) & (result.r <= 1))
    assert not math.isnan(result.loglik)
    assert result.loglik < math.inf
    assert all(math.isfinite(v) for v in result.next.as_tuple())
    assert 0.0 <= result.next.pi <= 1.0


# --- the seed's run -----------------------------------------------------------------------


def test_seed_table_reproduced_character_for_character() -> None:
    x, _ = em.simulate(80, 2.4, 0.45, 531)
    rows = em.fit(x, SEED_START, 8)
    expected = (DATA / "seed_output.txt").read_text(encoding="utf-8").splitlines()
    assert [row.format() for row in rows] == expected
    assert len(expected) == 9


def test_seed_history_full_precision() -> None:
    with (DATA / "seed_history.csv").open(encoding="utf-8", newline="") as f:
        reference = list(csv.DictReader(f))
    x, _ = em.simulate(80, 2.4, 0.45, 531)
    rows = em.fit(x, SEED_START, 8)
    assert len(rows) == len(reference) == 9
    for row, ref in zip(rows, reference, strict=True):
        assert row.step == int(ref["step"])
        got = (*row.theta.as_tuple(), row.loglik)
        want = tuple(float(ref[k]) for k in ("pi", "mu1", "mu2", "loglik"))
        for g, w in zip(got, want, strict=True):
            assert g == pytest.approx(w, rel=1e-12, abs=1e-15)


@pytest.mark.parametrize(
    ("n", "sep", "true_pi", "seed"),
    [(80, 2.4, 0.45, 531), (1, 0.0, 0.5, 0), (1000, 5.0, 0.0, 7), (333, -1.5, 1.0, 2**40)],
)
def test_simulate_is_the_seed_generator_bit_for_bit(n: int, sep: float, true_pi: float,
                                                    seed: int) -> None:
    x, z = em.simulate(n, sep, true_pi, seed)
    expected = seed_sample(n, sep, true_pi, seed)
    assert x.dtype == np.float64
    assert x.tobytes() == expected.tobytes()
    rng = np.random.default_rng(seed)
    assert np.array_equal(z, rng.binomial(1, true_pi, size=n))


def test_fit_with_tol_stops_at_the_first_small_increase() -> None:
    x, _ = em.simulate(80, 2.4, 0.45, 531)
    rows = em.fit(x, SEED_START, 500, tol=1e-6)
    assert 1 < len(rows) < 501
    assert rows[-1].loglik - rows[-2].loglik < 1e-6
    for a, b in itertools.pairwise(rows[:-1]):
        assert b.loglik - a.loglik >= 1e-6


# --- Params ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("a", 0.0, 0.0), "pi must be a number, not 'a'"),
        ((None, 0.0, 0.0), "pi must be a number, not None"),
        ((math.nan, 0.0, 0.0), "pi must be a finite number, not nan"),
        ((0.5, math.inf, 0.0), "mu1 must be a finite number, not inf"),
        ((0.5, 0.0, -math.inf), "mu2 must be a finite number, not -inf"),
        ((1.5, 0.0, 0.0), "pi must lie between 0 and 1, not 1.5"),
        ((-0.1, 0.0, 0.0), "pi must lie between 0 and 1, not -0.1"),
    ],
)
def test_params_validation_messages(args: tuple[object, ...], message: str) -> None:
    with pytest.raises(ValueError) as info:
        Params(*args)  # type: ignore[arg-type]
    assert str(info.value) == message


@pytest.mark.parametrize("pi", [0.0, 1.0])
def test_a_start_needs_pi_strictly_inside(pi: float) -> None:
    assert Params(pi, 0.0, 1.0).pi == pi  # allowed as a value EM can reach
    with pytest.raises(ValueError, match="strictly between 0 and 1"):
        Params(pi, 0.0, 1.0).checked_start()


def test_params_converts_numbers_to_float() -> None:
    p = Params(np.float32(0.25), 1, np.int64(-2))  # type: ignore[arg-type]
    assert p.as_tuple() == (0.25, 1.0, -2.0)
    assert all(type(v) is float for v in p.as_tuple())


# --- agreement with the seed's straightforward loop -----------------------------------------

SCENARIOS = [
    ("seed", seed_sample(), SEED_START),
    ("close components", seed_sample(500, 0.5, 0.3, 1), Params(0.4, -0.2, 0.3)),
    ("far apart", seed_sample(300, 8.0, 0.6, 2), Params(0.5, -1.0, 1.0)),
    ("one point", np.array([0.7]), Params(0.3, -1.0, 2.0)),
    ("skewed start", seed_sample(200, 3.0, 0.2, 3), Params(0.95, 3.0, -3.0)),
    ("equal means", seed_sample(100, 2.0, 0.5, 4), Params(0.3, 0.5, 0.5)),
    ("nearly equal means", seed_sample(100, 2.0, 0.5, 5), Params(0.5, 0.0, 1e-3)),
    ("small pi", seed_sample(400, 4.0, 0.05, 6), Params(0.02, -2.0, 2.0)),
    ("shifted data", seed_sample(150, 2.4, 0.45, 7) + 30.0, Params(0.5, 29.0, 31.0)),
    ("large n", seed_sample(20_000, 1.2, 0.7, 8), Params(0.5, -1.0, 1.0)),
    ("many blocks", seed_sample(200_000, 2.4, 0.45, 9), Params(0.5, -0.5, 0.5)),
]


@pytest.mark.parametrize(("x", "theta"), [s[1:] for s in SCENARIOS], ids=[s[0] for s in SCENARIOS])
def test_step_matches_the_seed_loop(x: np.ndarray, theta: Params) -> None:
    for _ in range(6):
        r_ref, ll_ref, next_ref = seed_step(x, *theta.as_tuple())
        assert np.isfinite(ll_ref) and np.all(np.isfinite(r_ref))  # the scenario is fair
        result = em.step(x, theta)
        assert result.loglik == pytest.approx(ll_ref, rel=1e-9)
        np.testing.assert_allclose(result.r, r_ref, rtol=1e-9, atol=1e-14)
        np.testing.assert_allclose(result.next.as_tuple(), next_ref, rtol=1e-9, atol=1e-12)
        theta = result.next


@pytest.mark.parametrize(("x", "theta"), [s[1:] for s in SCENARIOS], ids=[s[0] for s in SCENARIOS])
def test_parts_agree_with_step(x: np.ndarray, theta: Params) -> None:
    result = em.step(x, theta)
    assert np.array_equal(em.e_step(x, theta), result.r)
    assert em.log_likelihood(x, theta) == result.loglik
    np.testing.assert_allclose(em.m_step(x, result.r, theta).as_tuple(),
                               result.next.as_tuple(), rtol=1e-12, atol=1e-14)
    summary = em.summarize(x)
    again = em.step(x, theta, summary)
    assert np.array_equal(again.r, result.r)
    assert again.loglik == result.loglik
    assert again.next == result.next


# --- extreme cases: always finite, never NaN --------------------------------------------------


def run(x: np.ndarray, theta: Params, steps: int = 10) -> list[em.StepResult]:
    results = []
    for _ in range(steps):
        result = em.step(x, theta)
        no_nan(result)
        results.append(result)
        theta = result.next
    return results


def test_a_point_far_from_both_means() -> None:
    # The seed's loop gives 0/0 = NaN here: both densities underflow at x = 40.
    x = np.array([40.0])
    first = run(x, Params(0.5, -0.1, 0.1))[0]
    assert math.isfinite(first.loglik)
    expected = np.logaddexp(np.log(0.5) - 0.5 * 40.1**2, np.log(0.5) - 0.5 * 39.9**2)
    assert first.loglik == pytest.approx(float(expected) - 0.5 * math.log(2 * math.pi), rel=1e-12)
    results = run(np.append(seed_sample(), 40.0), Params(0.5, -0.1, 0.1), 30)
    assert all(math.isfinite(r.loglik) for r in results)


def test_means_started_far_away() -> None:
    results = run(seed_sample(), Params(0.5, -40.0, -39.0), 30)
    lls = [r.loglik for r in results]
    assert all(math.isfinite(v) for v in lls)
    for a, b in itertools.pairwise(lls):
        assert not em.decreased(a, b)


@pytest.mark.parametrize(
    "x",
    [
        np.array([1e200, -1e200, 1.0]),
        np.array([1e200, 1e200, 1e200]),
        np.append(seed_sample(), 1e200),
        np.array([1.7e308, 1.7e308, -1.7e308]),
        np.array([1e154, -1e154]),
    ],
    ids=["mixed signs", "all huge", "one outlier", "near the double limit", "squares at limit"],
)
def test_huge_data_give_minus_inf_never_nan(x: np.ndarray) -> None:
    results = run(x, Params(0.5, -1.0, 1.0), 8)
    # The true log likelihood at the start is below -1e308: -inf is the honest double.
    assert results[0].loglik == -math.inf or results[0].loglik < -1e307
    rows = em.fit(x, Params(0.5, -1.0, 1.0), 8)
    assert not any(math.isnan(row.loglik) for row in rows)


def test_huge_means_never_give_nan() -> None:
    results = run(seed_sample(), Params(0.5, -1e308, 1.7e308), 4)
    assert math.isfinite(results[-1].loglik)


@pytest.mark.parametrize("pi", [0.0, 1.0])
def test_pi_at_the_boundary(pi: float) -> None:
    x = seed_sample()
    result = em.step(x, Params(pi, -1.0, 1.0))
    no_nan(result)
    assert np.all(result.r == pi)
    assert result.next.pi == pi
    empty = 1 if pi == 0.0 else 2
    assert result.kept == (empty,)
    assert getattr(result.next, f"mu{empty}") == 1.0 * (-1 if empty == 1 else 1)
    full = 3 - empty
    assert getattr(result.next, f"mu{full}") == pytest.approx(float(np.mean(x)), rel=1e-12)
    assert result.loglik == pytest.approx(
        float(np.sum(stats.norm.logpdf(x, -1.0 if pi == 1.0 else 1.0))), rel=1e-12)


def test_pi_reaches_zero_and_the_empty_component_keeps_its_mean() -> None:
    x = 5.0 + np.linspace(0.0, 1.0, 10)
    results = run(x, Params(0.5, -50.0, 5.0), 5)
    first = results[0]
    assert first.next.pi == 0.0
    assert first.kept == (1,)
    assert first.next.mu1 == -50.0
    assert first.next.mu2 == pytest.approx(5.5)
    assert "Component 1" in first.note
    assert "mean stays" in first.note
    assert all(r.kept == (1,) and r.next.mu1 == -50.0 for r in results)
    assert results[-1].loglik == pytest.approx(
        float(np.sum(stats.norm.logpdf(x, 5.5))), rel=1e-12)


def test_pi_driven_towards_one() -> None:
    results = run(seed_sample(), Params(1 - 1e-16, -1.0, 1.0), 20)
    assert all(0.0 <= r.next.pi <= 1.0 for r in results)
    results = run(seed_sample(), Params(1e-300, -1.0, 1.0), 20)
    assert all(math.isfinite(r.loglik) for r in results)


def test_note_is_empty_when_nothing_was_kept() -> None:
    result = em.step(seed_sample(), SEED_START)
    assert result.kept == ()
    assert result.note == ""


def test_both_components_kept_reads_as_plural() -> None:
    result = em.StepResult(SEED_START, np.zeros(1), 0.0, SEED_START, kept=(1, 2))
    assert "means stay" in result.note


# --- inputs are never changed ----------------------------------------------------------------


@pytest.mark.parametrize("writeable", [True, False])
def test_inputs_never_mutated(writeable: bool) -> None:
    x = seed_sample(200_000, 2.4, 0.45, 11)  # more than one block
    x.setflags(write=writeable)
    before = x.copy()
    theta = Params(0.4, -1.0, 1.0)
    result = em.step(x, theta, em.summarize(x))
    em.e_step(x, theta)
    em.log_likelihood(x, theta)
    r = np.array(result.r)
    r_before = r.copy()
    r.setflags(write=writeable)
    em.m_step(x, r, theta)
    em.fit(x, theta, 3)
    assert np.array_equal(x, before)
    assert np.array_equal(r, r_before)
    assert x.flags.writeable is writeable
    assert r.flags.writeable is writeable
    assert theta == Params(0.4, -1.0, 1.0)


def test_lists_are_accepted_and_left_alone() -> None:
    data = [float(v) for v in seed_sample(30)]
    copy = list(data)
    assert em.step(data, SEED_START).loglik == em.step(np.array(copy), SEED_START).loglik
    assert data == copy


# --- errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "message"),
    [
        ([], "the data hold no values"),
        ([[1.0, 2.0]], "one-dimensional"),
        ([1.0, math.nan], "NaN or infinity"),
        ([1.0, math.inf], "NaN or infinity"),
    ],
)
def test_bad_data_is_a_value_error(x: list[object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        em.step(x, SEED_START)  # type: ignore[arg-type]


def test_m_step_rejects_bad_responsibilities() -> None:
    x = seed_sample(5)
    with pytest.raises(ValueError, match="shape"):
        em.m_step(x, np.zeros(4), SEED_START)
    with pytest.raises(ValueError, match="between 0 and 1"):
        em.m_step(x, np.full(5, 1.5), SEED_START)
    with pytest.raises(ValueError, match="between 0 and 1"):
        em.m_step(x, np.full(5, math.nan), SEED_START)


def test_fit_rejects_negative_iterations() -> None:
    with pytest.raises(ValueError, match="0 or more"):
        em.fit(seed_sample(), SEED_START, -1)


@pytest.mark.parametrize(
    ("args", "message"),
    [((0, 2.4, 0.45, 1), "at least 1"), ((5, 2.4, 1.5, 1), "between 0 and 1"),
     ((5, math.nan, 0.5, 1), "finite")],
)
def test_simulate_rejects_impossible_settings(args: tuple[float, ...], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        em.simulate(*args)  # type: ignore[arg-type]


def test_converged_and_decreased() -> None:
    assert em.converged(-100.0, -100.0 + 1e-9, 1e-6)
    assert not em.converged(-100.0, -99.0, 1e-6)
    assert not em.converged(-100.0, -101.0, 1e-6)
    assert not em.converged(-math.inf, -100.0, 1e-6)
    assert em.decreased(-100.0, -100.1)
    assert not em.decreased(-100.0, -100.0 - 1e-13)
    assert not em.decreased(-math.inf, -100.0)
