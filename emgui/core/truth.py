"""Compare a fit with the truth of a simulated sample, allowing for label switching.

Qt-free. The names "component 1" and "component 2" are arbitrary to EM, so a fit that finds both
groups with the names exchanged is just as good; :func:`label_agreement` recognises that.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from emgui.core.em import Params

__all__ = ["label_agreement", "matched_truth"]


def label_agreement(
    r: Sequence[float] | np.ndarray, z: Sequence[int] | np.ndarray
) -> tuple[float, bool]:
    """Share of points whose most probable component matches the true label, best labelling.

    ``r`` holds P(Z_i = 1 | x_i) and ``z`` the true labels, ``z == 1`` meaning component 1 (as
    the simulator draws them) and any other value component 2; a boolean ``z`` is True for
    component 1. A point with r exactly 0.5 has no most probable component and counts as half
    a match either way. Returns ``(share, swapped)``; ``swapped`` is True when exchanging the
    labels 1 and 2 matches strictly more points. A few passes over r: fast at n = 10⁶.
    """
    rr = np.asarray(r, dtype=np.float64).ravel()
    zz = np.asarray(z).ravel()
    if rr.size == 0:
        raise ValueError("there are no points to compare")
    if rr.shape != zz.shape:
        raise ValueError("the responsibilities and the true labels differ in length")
    if not np.isfinite(np.sum(rr)):  # one pass; NaN or infinity anywhere shows in the sum
        raise ValueError("the responsibilities contain NaN or infinity")
    # A boolean z (True for component 1) is taken as it is, so callers can cache it.
    is_one = zz if zz.dtype == np.bool_ else zz == 1
    said_one = rr > 0.5
    matches = float(np.count_nonzero(said_one == is_one))
    ties = rr == 0.5
    if ties.any():
        # A tie was counted as "said 2" above: make it half a match whatever its label.
        tie_two = np.count_nonzero(ties & ~is_one)
        matches += 0.5 * np.count_nonzero(ties) - tie_two
    direct = matches / rr.size
    exchanged = 1.0 - direct  # every decided point that misses matches once the names swap
    if exchanged > direct:
        return float(exchanged), True
    return float(direct), False


def matched_truth(truth: Params, swapped: bool) -> Params:
    """The true parameters under the fit's labelling (exchanged when the labels are swapped)."""
    if not swapped:
        return truth
    return Params(1.0 - truth.pi, truth.mu2, truth.mu1)


def label_agreement_k(
    r: np.ndarray, z: Sequence[int] | np.ndarray
) -> tuple[float, tuple[int, ...]]:
    """Share of points whose most probable component is their true one, best relabelling.

    ``r`` is K x n (responsibilities), ``z`` the true components 1..K. Returns ``(share,
    permutation)``: ``permutation[k]`` is the true component (0-based) matched to fitted
    component k. One pass builds a K x K confusion matrix; the K! relabellings are read off
    it (720 at K = 6), never re-counted over the points.
    """
    from itertools import permutations

    rr = np.asarray(r, dtype=np.float64)
    zz = np.asarray(z).ravel().astype(np.int64) - 1
    if rr.ndim != 2 or rr.shape[1] != zz.size or zz.size == 0:
        raise ValueError("the responsibilities and the true labels differ in length")
    k = rr.shape[0]
    said = np.argmax(rr, axis=0)
    size = max(k, int(zz.max()) + 1 if zz.size else k)
    confusion = np.zeros((size, size), dtype=np.int64)
    np.add.at(confusion, (said, np.clip(zz, 0, size - 1)), 1)
    best, best_perm = -1, tuple(range(size))
    for perm in permutations(range(size)):
        hits = int(sum(confusion[i, perm[i]] for i in range(size)))
        if hits > best:
            best, best_perm = hits, perm
    return best / zz.size, tuple(best_perm[:k])
