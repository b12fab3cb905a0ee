"""label_agreement: the share of points labelled right, recognising swapped labels."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from emgui.core import em
from emgui.core.truth import label_agreement, matched_truth


def test_perfect_agreement() -> None:
    assert label_agreement([0.9, 0.8, 0.1, 0.2], [1, 1, 0, 0]) == (1.0, False)


def test_swapped_labels_are_recognised() -> None:
    share, swapped = label_agreement([0.1, 0.2, 0.9, 0.7], [1, 1, 0, 0])
    assert share == 1.0
    assert swapped


def test_partial_agreement_picks_the_better_labelling() -> None:
    # Three of four right as labelled; exchanging would get only one right.
    assert label_agreement([0.9, 0.4, 0.1, 0.2], [1, 1, 0, 0]) == (0.75, False)
    assert label_agreement([0.1, 0.6, 0.9, 0.8], [1, 1, 0, 0]) == (0.75, True)


def test_labels_coded_one_and_two() -> None:
    # z == 1 is component 1 and anything else component 2, so 1/2 coding works as well as 1/0.
    assert label_agreement([0.9, 0.2], [1, 2]) == (1.0, False)


def test_a_tie_counts_half_either_way() -> None:
    share, swapped = label_agreement([0.5, 0.5], [1, 0])
    assert share == 0.5
    assert not swapped


def test_all_points_given_to_one_component() -> None:
    # A symmetric start gives every point the same r: the best labelling is the larger group.
    share, _ = label_agreement(np.full(10, 0.7), [1, 1, 1, 0, 0, 0, 0, 0, 0, 0])
    assert share == pytest.approx(0.7)


@pytest.mark.parametrize(
    ("r", "z", "message"),
    [
        ([], [], "no points"),
        ([0.5, 0.5], [1], "differ in length"),
        ([np.nan], [1], "NaN"),
    ],
)
def test_bad_input_is_named(r: list[float], z: list[int], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        label_agreement(r, z)


def test_matched_truth_exchanges_the_components() -> None:
    truth = em.Params(0.45, -1.2, 1.2)
    assert matched_truth(truth, False) == truth
    assert matched_truth(truth, True) == em.Params(0.55, 1.2, -1.2)


def test_the_seed_run_agrees_with_its_labels() -> None:
    x, z = em.simulate(80, 2.4, 0.45, 531)
    rows = em.fit(x, em.Params(0.5, -0.5, 0.5), 8)
    share, swapped = label_agreement(em.e_step(x, rows[-1].theta), z)
    assert not swapped
    assert 0.8 < share <= 1.0
    mirrored = em.fit(x, em.Params(0.5, 0.5, -0.5), 30)
    share_m, swapped_m = label_agreement(em.e_step(x, mirrored[-1].theta), z)
    assert swapped_m
    assert share_m > 0.8


probabilities = st.lists(st.floats(0.0, 1.0), min_size=1, max_size=50)


@given(probabilities, st.data())
def test_share_is_at_least_one_half_and_symmetric_under_exchange(r: list[float], data) -> None:
    z = data.draw(st.lists(st.sampled_from([0, 1]), min_size=len(r), max_size=len(r)))
    share, swapped = label_agreement(r, z)
    assert 0.5 <= share <= 1.0
    share_ex, swapped_ex = label_agreement([1.0 - v for v in r], z)
    assert share_ex == pytest.approx(share)
    if share > 0.5 + 1e-12:
        assert swapped_ex != swapped


def _naive(r: list[float], z: list[int]) -> tuple[float, bool]:
    """The definition, point by point."""
    pairs = list(zip(r, z, strict=True))
    direct = sum(0.5 if v == 0.5 else float((v > 0.5) == (k == 1)) for v, k in pairs)
    swapped = sum(0.5 if v == 0.5 else float((v < 0.5) == (k == 1)) for v, k in pairs)
    n = len(r)
    return (swapped / n, True) if swapped > direct else (direct / n, False)


@given(st.lists(st.sampled_from([0.0, 0.2, 0.5, 0.7, 1.0]) | st.floats(0, 1), min_size=1,
                max_size=40), st.data())
def test_agreement_matches_the_definition(r: list[float], data) -> None:
    z = data.draw(st.lists(st.sampled_from([0, 1, 2]), min_size=len(r), max_size=len(r)))
    share, swapped = label_agreement(r, z)
    expected_share, expected_swapped = _naive(r, z)
    assert share == pytest.approx(expected_share, abs=1e-12)
    if abs(share - 0.5) > 1e-12:
        assert swapped == expected_swapped
    bool_share, _ = label_agreement(r, np.array(z) == 1)
    assert bool_share == pytest.approx(share, abs=1e-12)
