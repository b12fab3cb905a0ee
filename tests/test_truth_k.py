"""label_agreement_k: the share of points labelled right for K components, any permutation."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from emgui.core import mixture
from emgui.core.mixture import Mixture, Model
from emgui.core.truth import (
    label_agreement,
    label_agreement_k,
    matched_truth_k,
)


def one_hot(said: list[int], k: int) -> np.ndarray:
    r = np.full((k, len(said)), 0.1)
    for i, j in enumerate(said):
        r[j - 1, i] = 0.8
    return r


def test_perfect_agreement_is_the_identity() -> None:
    assert label_agreement_k(one_hot([1, 2, 3, 3], 3), [1, 2, 3, 3]) == (1.0, (1, 2, 3))


def test_permuted_labels_are_recognised() -> None:
    # Fitted 1 is true 3, fitted 2 is true 1, fitted 3 is true 2.
    share, perm = label_agreement_k(one_hot([1, 1, 2, 3, 3], 3), [3, 3, 1, 2, 2])
    assert (share, perm) == (1.0, (3, 1, 2))


def test_the_best_labelling_among_all_k_factorial() -> None:
    share, perm = label_agreement_k(one_hot([1, 1, 2, 2, 3, 4], 4), [2, 2, 1, 3, 4, 4])
    # Four labellings get 4 of 6 right; the first in lexicographic order wins.
    assert perm == (2, 1, 3, 4)
    assert share == pytest.approx(4 / 6)


def test_a_tie_counts_equally_for_each_tied_component() -> None:
    r = np.array([[0.4, 0.9], [0.4, 0.05], [0.2, 0.05]])
    share, perm = label_agreement_k(r, [2, 1])
    assert perm == (1, 2, 3)
    assert share == pytest.approx((0.5 + 1.0) / 2)
    flat = np.full((3, 6), 1 / 3)
    share, perm = label_agreement_k(flat, [1, 1, 1, 2, 2, 3])
    assert perm == (1, 2, 3)  # every labelling ties exactly: the identity stays
    assert share == pytest.approx(1 / 3)


def test_one_component() -> None:
    assert label_agreement_k(np.ones((1, 4)), [1, 1, 1, 1]) == (1.0, (1,))


def test_absent_labels_are_fine() -> None:
    assert label_agreement_k(one_hot([2, 2, 3], 3), [1, 1, 3]) == (1.0, (2, 1, 3))


@pytest.mark.parametrize(
    ("r", "z", "message"),
    [
        (np.ones((2, 0)), [], "no points"),
        (np.ones(3), [1, 1, 1], "K x n"),
        (np.ones((7, 2)), [1, 1], "K x n"),
        (np.ones((2, 3)), [1, 2], "differ in length"),
        (np.array([[np.nan, 1.0], [0.0, 0.0]]), [1, 2], "NaN"),
        (np.ones((2, 2)), [1, 3], "from 1 to 2"),
        (np.ones((2, 2)), [0, 1], "from 1 to 2"),
        (np.ones((2, 2)), [1.5, 1], "from 1 to 2"),
        (np.ones((2, 2)), ["a", "b"], "from 1 to 2"),
    ],
)
def test_bad_input(r: np.ndarray, z: list[object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        label_agreement_k(r, z)  # type: ignore[arg-type]


def per_point_loop(r: np.ndarray, z: np.ndarray) -> float:
    """The best share the slow way: every permutation, every point, ties shared out."""
    k, n = r.shape
    best = 0.0
    for perm in itertools.permutations(range(1, k + 1)):
        total = 0.0
        for i in range(n):
            col = r[:, i]
            tied = [j for j in range(k) if col[j] == col.max()]
            total += sum(1.0 / len(tied) for j in tied if perm[j] == z[i])
        best = max(best, total)
    return best / n


@st.composite
def responsibilities(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray]:
    k = draw(st.integers(1, 4))
    n = draw(st.integers(1, 30))
    # Few distinct values, so that ties happen often.
    r = draw(arrays(np.float64, (k, n), elements=st.sampled_from([0.0, 0.25, 0.5, 1.0])))
    z = draw(arrays(np.int64, n, elements=st.integers(1, k)))
    return r, z


@given(responsibilities())
def test_agrees_with_a_loop_over_points_and_permutations(
        case: tuple[np.ndarray, np.ndarray]) -> None:
    r, z = case
    share, perm = label_agreement_k(r, z)
    assert share == pytest.approx(per_point_loop(r, z), abs=1e-12)
    assert sorted(perm) == list(range(1, r.shape[0] + 1))
    # The permutation returned scores that share.
    relabelled = np.empty_like(z)
    inverse = {true: fitted for fitted, true in enumerate(perm, start=1)}
    for i, label in enumerate(z):
        relabelled[i] = inverse[int(label)]
    assert label_agreement_k(r, relabelled)[0] == pytest.approx(share, abs=1e-12)


@given(arrays(np.float64, st.integers(1, 40),
              elements=st.sampled_from([0.0, 0.2, 0.5, 0.7, 1.0])),
       st.data())
def test_two_components_agree_with_label_agreement(r: np.ndarray, data: st.DataObject) -> None:
    z = data.draw(arrays(np.int64, r.size, elements=st.integers(1, 2)))
    share, perm = label_agreement_k(np.vstack([r, 1.0 - r]), z)
    want_share, swapped = label_agreement(r, z)
    assert share == pytest.approx(want_share, abs=1e-12)
    assert perm == ((2, 1) if swapped else (1, 2))


def test_a_fit_of_six_components_at_a_million_points() -> None:
    truth = Mixture((0.1, 0.2, 0.1, 0.2, 0.2, 0.2), (-25.0, -15.0, -5.0, 5.0, 15.0, 25.0),
                    (1.0,) * 6)
    x, z = mixture.simulate(1_000_000, truth, 4)
    # The fit's components in another order: fitted k is true label order[k - 1].
    order = (4, 6, 1, 3, 5, 2)
    fitted = matched_truth_k(truth, order)
    r = mixture.e_step(x, fitted)
    share, perm = label_agreement_k(r, z)
    assert perm == order
    assert share > 0.999
    assert matched_truth_k(truth, perm) == fitted


def test_matched_truth_k_checks_the_permutation() -> None:
    truth = mixture.default_start([1.0, 2.0, 3.0], Model(3, "free"))
    assert matched_truth_k(truth, (1, 2, 3)) == truth
    with pytest.raises(ValueError, match="1 to 3"):
        matched_truth_k(truth, (1, 1, 2))
