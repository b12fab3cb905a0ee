"""Compare a fit with the truth of a simulated sample, allowing for label switching.

Qt-free. The names "component 1" and "component 2" are arbitrary to EM, so a fit that finds both
groups with the names exchanged is just as good; :func:`label_agreement` recognises that, and
:func:`label_agreement_k` does the same for K components under any permutation of the labels.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import cache

import numpy as np

from emgui.core.em import Params
from emgui.core.mixture import MAX_COMPONENTS, Mixture

__all__ = ["label_agreement", "label_agreement_k", "matched_truth", "matched_truth_k"]

#: A point tied between m components counts 1/m for each; in units of 1/60 (60 is a multiple
#: of every m up to 6) the confusion matrix stays in whole numbers, so equal labellings tie
#: exactly and the first of them (the identity where it is among the best) wins.
_TIE_UNITS = 60


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


@cache
def _permutations(k: int) -> np.ndarray:
    """All k! orders of 0..k-1 as rows, the identity first."""
    return np.array(list(itertools.permutations(range(k))), dtype=np.intp)


def label_agreement_k(
    r: Sequence[Sequence[float]] | np.ndarray, z: Sequence[int] | np.ndarray
) -> tuple[float, tuple[int, ...]]:
    """Share of points whose most probable component is their true one, best labelling.

    ``r`` is the K x n array of responsibilities (row k - 1 for component k) and ``z`` the true
    labels 1..K (as :func:`emgui.core.mixture.simulate` draws them; a label may be absent). A
    point tied between m components counts 1/m for each. Returns ``(share, permutation)``:
    ``permutation[k - 1]`` is the true label matched to fitted component k, chosen among all
    K! labellings from the K x K confusion matrix; of equally good ones the first in
    lexicographic order (so the identity whenever it is among the best).
    """
    rr = np.asarray(r, dtype=np.float64)
    zz = np.asarray(z).ravel()
    if rr.ndim != 2 or not 1 <= rr.shape[0] <= MAX_COMPONENTS:
        raise ValueError(
            f"the responsibilities must be a K x n array with K from 1 to {MAX_COMPONENTS}"
        )
    k, n = rr.shape
    if n == 0:
        raise ValueError("there are no points to compare")
    if zz.size != n:
        raise ValueError("the responsibilities and the true labels differ in length")
    if not np.isfinite(np.sum(rr)):
        raise ValueError("the responsibilities contain NaN or infinity")
    wrong = f"the true labels must be whole numbers from 1 to {k}"
    if not np.issubdtype(zz.dtype, np.integer):
        try:
            values = zz.astype(np.float64)
        except (TypeError, ValueError):
            raise ValueError(wrong) from None
        if not np.all(np.isfinite(values) & (np.mod(values, 1) == 0)):
            raise ValueError(wrong)
        zz = values
    labels = zz.astype(np.intp) - 1
    if labels.min() < 0 or labels.max() >= k:
        raise ValueError(wrong)
    confusion = _confusion(rr, labels)
    perms = _permutations(k)
    scores = confusion[np.arange(k)[None, :], perms].sum(axis=1)
    best = int(np.argmax(scores))
    share = float(scores[best]) / (_TIE_UNITS * n)
    return share, tuple(int(v) + 1 for v in perms[best])


def _confusion(r: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """C[j, l]: points (in 1/60ths) whose most probable component is j and true label l."""
    k = r.shape[0]
    top = np.max(r, axis=0)
    said = np.argmax(r, axis=0)
    is_top = r == top[None, :]
    ties = np.count_nonzero(is_top, axis=0)
    clear = ties == 1
    cells = said[clear] * k + labels[clear]
    confusion = np.bincount(cells, minlength=k * k).reshape(k, k) * _TIE_UNITS
    if not clear.all():
        tied = ~clear
        share = _TIE_UNITS // ties[tied]  # each tied component gets 60/m
        tied_labels = labels[tied]
        for j in range(k):
            mine = is_top[j, tied]
            # Whole numbers of 1/60ths, summed as floats: exact far beyond any n here.
            confusion[j] += np.rint(np.bincount(tied_labels[mine], weights=share[mine],
                                                minlength=k)).astype(confusion.dtype)
    return confusion


def matched_truth_k(truth: Mixture, permutation: Sequence[int]) -> Mixture:
    """The true mixture under the fit's labelling: component k is the true ``permutation[k-1]``."""
    if sorted(permutation) != list(range(1, truth.k + 1)):
        raise ValueError(f"the permutation must order the labels 1 to {truth.k}")
    order = [p - 1 for p in permutation]
    return Mixture(tuple(truth.weights[i] for i in order), tuple(truth.means[i] for i in order),
                   tuple(truth.sds[i] for i in order))
