"""The likelihood landscape: log L over two means on a grid, its maxima and its saddle.

What is drawn: ``f(a, b) = log L(theta with mu_i = a, mu_j = b)`` for a pair (i, j) of components,
every other parameter of theta held, on a square grid (the same values for both means, so the
diagonal ``mu_i = mu_j`` is the grid's diagonal). Two ways to treat the weights of the pair:

* ``"held"``: every weight stays at theta's (for the seed's model: pi held at its current value);
* ``"best"``: the pair's weights ``s W`` and ``(1 - s) W`` (``W = w_i + w_j`` held, for the seed's
  model ``W = 1`` and ``s = pi``) are chosen for each cell to maximise log L. The log likelihood is
  concave in ``s`` (a sum of logs of functions affine in ``s``), so this is a 1-D maximisation
  with one answer: safeguarded Newton steps on ``s`` (the derivative and second derivative are
  exact sums over the data; a step that would leave the bracket of the answer bisects it in
  logit s instead), run on a coarse grid, carried to the full grid by interpolation and
  polished cell by cell until the Newton decrement says log L could gain less than 10^-7 per
  point (a pixel's worth of colour is far more). A symmetric surface (equal sigmas) is computed
  on one side of the diagonal and mirrored. :func:`best_share` does it for any cells.

How it is computed: for each data point ``x_p`` and each grid value the two component terms
``w phi(x_p; a, sigma)`` are tabulated once (``G x P`` numbers), scaled by the largest term of
that point so that nothing underflows; a cell then costs one addition, one logarithm and one
multiply-add per point. When the grid is so wide beside the sigmas that a scaled term could
still underflow, every cell is computed in the log domain instead (slower, same numbers).

Large data sets are binned: above :data:`EXACT_UP_TO` points the data become about
:data:`BINS` bins, narrow where the data are dense and never wider than 1/32 of the range,
each replaced by two weighted points with the bin's count, mean and variance
(:func:`weighted_points`), so the map costs the same at any n. The error left is of fourth
order in the bins' widths, a smooth tilt of the whole surface far below its contour spacing
(``python -m emgui.bench.why`` measures it against the exact sum).

Critical points are found numerically, not assumed: the grid's highest local maxima are
refined by Newton ascent (finite differences, backtracking), and the saddle is found by
maximising along the diagonal and then checking the curvature across it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from emgui.core.mixture import Mixture

__all__ = [
    "BINS",
    "EXACT_UP_TO",
    "GRID_SIZE",
    "CriticalPoint",
    "Landscape",
    "Points",
    "Slice",
    "best_share",
    "compute",
    "contour_levels",
    "contour_segments",
    "grid_axis",
    "surface_at",
    "surface_grid",
    "weighted_points",
]

Weights = Literal["held", "best"]

GRID_SIZE = 200
#: Data sets up to this size are used point by point; larger ones are binned into BINS bins
#: (two weighted points each: at most about 2 BINS points whatever n).
EXACT_UP_TO = 128
BINS = 64
#: Fine bins per final bin when binning (the final bins are unions of fine ones).
FINE_PER_BIN = 16
_HALF_LOG_2PI = 0.5 * math.log(2.0 * math.pi)
#: A scaled term below this could lose its digits: the log-domain path is taken instead.
_SAFE_FLOOR = 1e-250
#: The pair's share s stays inside [S_MIN, 1 - S_MIN] (log L there differs from the end by ~S_MIN).
S_MIN = 1e-12
#: Numbers in a block of cells x points (bounds the temporaries to a few MiB).
_BLOCK = 1 << 18
#: Newton steps on the share: on the coarse grid (to convergence), then polishing the full grid.
COARSE_STEPS = 8
#: On the full grid: one Newton step everywhere, then more (up to POLISH_STEPS) on the cells
#: where log L could still gain more than POLISH_DONE per point (at least POLISH_FLOOR; the
#: Newton decrement says how much): 10^-7 n is 0.1 at n = 10^6, where the map's contours
#: lie thousands apart, and 10^-5 at n = 80, where they lie about one apart.
POLISH_STEPS = 30
POLISH_DONE = 1e-7
POLISH_FLOOR = 1e-6
#: Below this share of a block's cells still moving, the steps gather those cells only.
GATHER_BELOW = 0.4
#: The coarse grid stops once no cell could gain more than this per point.
COARSE_DONE = 1e-6
#: The coarse grid for the share has every COARSE_EVERY-th value of the full grid's axis.
COARSE_EVERY = 5


# ---------------------------------------------------------------- the data as weighted points
@dataclass(frozen=True)
class Points:
    """The data as values with counts: the points themselves, or their bins' means."""

    values: np.ndarray
    counts: np.ndarray
    n: int
    binned: bool

    @property
    def size(self) -> int:
        return int(self.values.size)


def weighted_points(
    x: Sequence[float] | np.ndarray, bins: int = BINS, exact_up_to: int | None = None
) -> Points:
    """x itself (n <= exact_up_to, default :data:`EXACT_UP_TO`), or two points per bin.

    The bins are unions of ``FINE_PER_BIN * bins`` equal fine bins over [min, max]: a new bin
    starts when the running count passes a multiple of ``2 n / bins`` or the fine index a
    multiple of ``2 FINE_PER_BIN``, so bins are narrow where the data are dense and never
    wider than 2/bins of the range (one outlier cannot widen the bins of the bulk). Each bin
    becomes two points, its mean plus and minus its standard deviation, with half its count
    each: they have the bin's count, mean and variance, so the error of a smooth sum over them
    is of fourth order in the bin's width (one point at the mean would leave a second-order
    error, about 60 times larger here).
    """
    arr = np.asarray(x, dtype=np.float64).ravel()
    n = int(arr.size)
    if n == 0:
        raise ValueError("the data hold no values")
    limit = EXACT_UP_TO if exact_up_to is None else exact_up_to
    if n <= limit:
        return Points(arr.copy(), np.ones(n), n, False)
    values, counts = _binned(arr, bins, 0)
    return Points(values, counts, n, True)


#: Quantiles that bound the bulk of the data (estimated on a sample of about SAMPLE points).
BULK = (0.001, 0.999)
SAMPLE = 8192


def _binned(arr: np.ndarray, bins: int, depth: int) -> tuple[np.ndarray, np.ndarray]:
    """Two points per bin; the few points far outside the bulk are binned on their own.

    Without that, one outlier a million sigmas away would put the whole bulk in one bin.
    """
    n = arr.size
    if n <= 2 * bins:
        return np.sort(arr), np.ones(n)
    lo, hi = float(arr.min()), float(arr.max())
    if not hi > lo:
        return np.array([lo]), np.array([float(n)])
    sample = arr[:: max(1, n // SAMPLE)]
    q_lo, q_hi = (float(v) for v in np.quantile(sample, BULK))
    pad = 0.1 * (q_hi - q_lo)
    q_lo, q_hi = max(lo, q_lo - pad), min(hi, q_hi + pad)
    if depth < 3 and q_hi > q_lo and (hi - lo) > 2.0 * (q_hi - q_lo):
        inside = (arr >= q_lo) & (arr <= q_hi)
        parts = [_fine_bins(arr[inside], q_lo, q_hi, bins)]
        tail_bins = max(4, bins // 8)
        for tail in (arr[arr < q_lo], arr[arr > q_hi]):
            if tail.size:
                parts.append(_binned(tail, tail_bins, depth + 1))
        values = np.concatenate([v for v, _ in parts])
        counts = np.concatenate([c for _, c in parts])
        order = np.argsort(values, kind="stable")
        return values[order], counts[order]
    return _fine_bins(arr, lo, hi, bins)


def _fine_bins(
    arr: np.ndarray, lo: float, hi: float, bins: int
) -> tuple[np.ndarray, np.ndarray]:
    n = arr.size
    if not hi > lo:
        return np.array([lo]), np.array([float(n)])
    fine = FINE_PER_BIN * bins
    scale = fine / (hi - lo)
    idx = ((arr - lo) * scale).astype(np.intp)
    np.clip(idx, 0, fine - 1, out=idx)
    counts = np.bincount(idx, minlength=fine).astype(np.float64)
    # Sums about each fine bin's left edge: small numbers, no lost digits.
    d = arr - lo
    d -= idx / scale
    s1 = np.bincount(idx, weights=d, minlength=fine)
    s2 = np.bincount(idx, weights=d * d, minlength=fine)
    keep = counts > 0
    counts, s1, s2, where = counts[keep], s1[keep], s2[keep], np.flatnonzero(keep)
    edge = where / scale  # each fine bin's left edge, about lo
    before = np.cumsum(counts) - counts  # points in the fine bins before each one
    group = 2 * FINE_PER_BIN
    key_count = np.floor(before / (2.0 * n / bins))
    key_width = where // group
    starts = np.flatnonzero(
        np.r_[True, (key_count[1:] != key_count[:-1]) | (key_width[1:] != key_width[:-1])]
    )
    # About each bin's first fine edge: shift every fine bin's sums there, then add them up.
    base = edge[starts]
    offset = edge - np.repeat(base, np.diff(np.r_[starts, edge.size]))
    t1 = s1 + offset * counts
    t2 = s2 + 2.0 * offset * s1 + offset * offset * counts
    c = np.add.reduceat(counts, starts)
    m = np.add.reduceat(t1, starts) / c
    var = np.maximum(np.add.reduceat(t2, starts) / c - m * m, 0.0)
    sd = np.sqrt(var)
    centre = lo + base + m
    spread_out = sd > 0
    values = np.concatenate([centre[~spread_out], centre[spread_out] - sd[spread_out],
                             centre[spread_out] + sd[spread_out]])
    weights = np.concatenate([c[~spread_out], c[spread_out] / 2, c[spread_out] / 2])
    order = np.argsort(values, kind="stable")
    return values[order], weights[order]


# ---------------------------------------------------------------- which surface
@dataclass(frozen=True)
class Slice:
    """The surface: log L over (mu_i, mu_j) for ``pair``, the rest of ``theta`` held."""

    theta: Mixture
    pair: tuple[int, int] = (0, 1)
    weights: Weights = "held"

    def __post_init__(self) -> None:
        i, j = self.pair
        if not (0 <= i < self.theta.k and 0 <= j < self.theta.k and i != j):
            raise ValueError(f"the pair {self.pair} does not name two components of theta")
        if self.weights not in ("held", "best"):
            raise ValueError(f"weights must be 'held' or 'best', not {self.weights!r}")

    @property
    def total(self) -> float:
        """W = w_i + w_j: the weight the pair shares."""
        i, j = self.pair
        return self.theta.weights[i] + self.theta.weights[j]

    @property
    def share(self) -> float:
        """s = w_i / W at theta (0.5 when the pair has no weight)."""
        total = self.total
        return self.theta.weights[self.pair[0]] / total if total > 0 else 0.5

    @property
    def symmetric(self) -> bool:
        """True when f(a, b) = f(b, a): equal sigmas, and weights equal or chosen per cell."""
        i, j = self.pair
        t = self.theta
        if t.sds[i] != t.sds[j]:
            return False
        return self.weights == "best" or t.weights[i] == t.weights[j]

    def key(self) -> tuple:
        """What the surface depends on (the pair's means excepted), for caching a grid."""
        i, j = self.pair
        t = self.theta
        rest = tuple(
            (t.weights[k], t.means[k], t.sds[k]) for k in range(t.k) if k not in self.pair
        )
        if self.weights == "best":
            held: tuple = (self.total,)
        else:
            held = (t.weights[i], t.weights[j])
        return (self.pair, self.weights, held, t.sds[i], t.sds[j], rest)


# ---------------------------------------------------------------- the kernels
@dataclass
class _Tables:
    """Scaled component terms: U[a, p] = w phi(x_p; a) / e^m_p, V likewise, R the rest."""

    u: np.ndarray  # (A, P)
    v: np.ndarray  # (B, P)
    r: np.ndarray  # (P,)
    m: np.ndarray  # (P,)
    lu: np.ndarray  # (A, P) logs before scaling (for the log-domain path)
    lv: np.ndarray  # (B, P)
    lr: np.ndarray  # (P,)
    safe: bool
    rest: bool  # other components contribute (R is not all zero)

    def cells(self, rows: np.ndarray | slice, cols: np.ndarray | slice) -> _Tables:
        """The tables of a block of the grid: rows index b (mu_j), cols index a (mu_i)."""
        return _Tables(self.u[cols], self.v[rows], self.r, self.m, self.lu[cols],
                       self.lv[rows], self.lr, self.safe, self.rest)


def _log_phi(values: np.ndarray, means: np.ndarray, sd: float) -> np.ndarray:
    d = (values[None, :] - means[:, None]) / sd
    out = d * d
    out *= -0.5
    out -= math.log(sd) + _HALF_LOG_2PI
    return out


def _log_weight(w: float) -> float:
    return math.log(w) if w > 0 else -math.inf


def _tables(points: Points, sl: Slice, a: np.ndarray, b: np.ndarray) -> _Tables:
    theta = sl.theta
    i, j = sl.pair
    v = points.values
    if sl.weights == "best":
        lw_i = lw_j = _log_weight(sl.total)
    else:
        lw_i, lw_j = _log_weight(theta.weights[i]), _log_weight(theta.weights[j])
    lu = _log_phi(v, np.asarray(a, float), theta.sds[i]) + lw_i
    lv = _log_phi(v, np.asarray(b, float), theta.sds[j]) + lw_j
    others = [k for k in range(theta.k) if k not in sl.pair and theta.weights[k] > 0]
    if others:
        terms = np.stack([
            _log_phi(v, np.array([theta.means[k]]), theta.sds[k])[0] + math.log(theta.weights[k])
            for k in others
        ])
        top = terms.max(axis=0)
        lr = top + np.log(np.exp(terms - top).sum(axis=0))
    else:
        lr = np.full(v.size, -math.inf)
    m = np.maximum(np.maximum(lu.max(axis=0), lv.max(axis=0)), lr)
    m = np.where(np.isfinite(m), m, 0.0)
    with np.errstate(under="ignore"):
        u = np.exp(lu - m)
        vv = np.exp(lv - m)
        r = np.exp(lr - m)
    if sl.weights == "best":
        floor = np.minimum(u.min(axis=0), vv.min(axis=0)) + r
    else:
        floor = np.maximum(u.min(axis=0), vv.min(axis=0)) + r
    safe = bool(floor.min() > _SAFE_FLOOR)
    return _Tables(u, vv, r, m, lu, lv, lr, safe, bool(others))


def _blocks(
    t: _Tables, counts: np.ndarray, grid: bool
) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, slice]]:
    """(counts, U, V, R, point slice) per block of points, shaped to broadcast over the cells.

    Grid: cells are (rows = b, cols = a), the block is (k, B, A). Points: cells are a list of
    (a, b) pairs, the block is (k, C).
    """
    cells = t.u.shape[0] * t.v.shape[0] if grid else t.u.shape[0]
    step = max(1, _BLOCK // max(cells, 1))
    for start in range(0, counts.size, step):
        sl = slice(start, min(start + step, counts.size))
        if grid:
            u = t.u[:, sl].T[:, None, :]
            v = t.v[:, sl].T[:, :, None]
            r = t.r[sl][:, None, None]
        else:
            u = t.u[:, sl].T
            v = t.v[:, sl].T
            r = t.r[sl][:, None]
        yield counts[sl], u, v, r, sl


def _contract(c: np.ndarray, block: np.ndarray) -> np.ndarray:
    return np.tensordot(c, block, axes=(0, 0))


def _shape(t: _Tables, grid: bool) -> tuple[int, ...]:
    return (t.v.shape[0], t.u.shape[0]) if grid else (t.u.shape[0],)


def _held(t: _Tables, c: np.ndarray, grid: bool) -> np.ndarray:
    """sum_p c_p log(U + V + R) + sum_p c_p m_p for every cell."""
    if not t.safe:
        return _held_logs(t, c, grid)
    acc = np.zeros(_shape(t, grid))
    for cb, u, v, r, _ in _blocks(t, c, grid):
        block = u + v
        if t.rest:
            block += r
        np.log(block, out=block)
        acc += _contract(cb, block)
    return acc + float(c @ t.m)


def _held_logs(t: _Tables, c: np.ndarray, grid: bool) -> np.ndarray:
    acc = np.zeros(_shape(t, grid))
    for cb, lu, lv, lr in _log_blocks(t, c, grid):
        block = np.logaddexp(np.logaddexp(lu, lv), lr)
        acc += _contract(cb, block)
    return acc


def _log_blocks(t: _Tables, c: np.ndarray, grid: bool):
    for cb, _u, _v, _r, sl in _blocks(t, c, grid):
        if grid:
            yield cb, t.lu[:, sl].T[:, None, :], t.lv[:, sl].T[:, :, None], t.lr[sl][:, None, None]
        else:
            yield cb, t.lu[:, sl].T, t.lv[:, sl].T, t.lr[sl][:, None]


def _share_terms(
    t: _Tables, c: np.ndarray, grid: bool, s: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """g = d log L / ds and h = d2 log L / ds2 at s, for every cell."""
    g = np.zeros(_shape(t, grid))
    h = np.zeros(_shape(t, grid))
    if t.safe:
        for cb, u, v, r, _ in _blocks(t, c, grid):
            diff = u - v
            d = diff * s
            d += v
            if t.rest:
                d += r
            diff /= d  # (U - V) / D
            g += _contract(cb, diff)
            diff *= diff
            h -= _contract(cb, diff)
        return g, h
    log_s, log_1s = np.log(s), np.log1p(-s)
    for cb, lu, lv, lr in _log_blocks(t, c, grid):
        l1 = lu + log_s
        l2 = lv + log_1s
        top = np.maximum(np.maximum(l1, l2), lr)
        top = np.where(np.isfinite(top), top, 0.0)
        e1, e2, e3 = np.exp(l1 - top), np.exp(l2 - top), np.exp(lr - top)
        total = e1 + e2 + e3
        q = (e1 / total) / s - (e2 / total) / (1.0 - s)
        g += _contract(cb, q)
        h -= _contract(cb, q * q)
    return g, h


def _share_step(
    g: np.ndarray, h: np.ndarray, s: np.ndarray, lo: np.ndarray, hi: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One safeguarded Newton step: the bracket [lo, hi] shrinks by the sign of g, and a
    Newton step that would leave it becomes a bisection."""
    rising = g > 0
    lo = np.where(rising, s, lo)
    hi = np.where(rising, hi, s)
    with np.errstate(divide="ignore", invalid="ignore"):
        cand = s - g / h
    cand = np.where(np.isfinite(cand), cand, s)
    cand = np.clip(cand, S_MIN, 1.0 - S_MIN)
    inside = (cand >= lo) & (cand <= hi)
    # Bisection halves the bracket in logit(s): a share of 1e-7 is found in a few steps,
    # where halving [0, 1] would take twenty.
    l_lo, l_hi = np.log(lo) - np.log1p(-lo), np.log(hi) - np.log1p(-hi)
    middle = 1.0 / (1.0 + np.exp(-0.5 * (l_lo + l_hi)))
    new = np.where(inside, cand, middle)
    new = np.where(g == 0, s, new)  # flat in s (equal means): nothing to choose
    return new, lo, hi


def _decrement(g: np.ndarray, h: np.ndarray, s: np.ndarray) -> np.ndarray:
    """g^2 / |h|: about twice what log L still gains in s (the Newton decrement); 0 at an
    end of [S_MIN, 1 - S_MIN] where log L still rises beyond it (the best share is there)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        dec = g * g / np.abs(h)
    dec = np.where(np.isfinite(dec), dec, np.where(g == 0, 0.0, np.inf))
    at_end = ((s <= S_MIN) & (g <= 0)) | ((s >= 1.0 - S_MIN) & (g >= 0))
    return np.where(at_end, 0.0, dec)


def _newton_share(
    t: _Tables, c: np.ndarray, grid: bool, s: np.ndarray, steps: int, tol: float = 0.0
) -> np.ndarray:
    """Safeguarded Newton steps towards the maximising share, from s, for every cell.

    Stops early once every cell's Newton decrement is at most ``tol`` (in units of log L).
    """
    s = np.clip(np.array(s, dtype=float), S_MIN, 1.0 - S_MIN)
    lo = np.full(s.shape, S_MIN)
    hi = np.full(s.shape, 1.0 - S_MIN)
    for _ in range(steps):
        g, h = _share_terms(t, c, grid, s)
        if s.size == 0 or float(_decrement(g, h, s).max()) <= tol:
            break
        s, lo, hi = _share_step(g, h, s, lo, hi)
    return s


def _polished_share(
    t: _Tables, sub: _Tables, c: np.ndarray, start: np.ndarray, done: float
) -> np.ndarray:
    """The share on a block of the grid: one Newton step everywhere, then more steps on the
    cells whose decrement says log L could still gain more than :data:`POLISH_DONE`."""
    s = np.clip(start, S_MIN, 1.0 - S_MIN)
    lo = np.full(s.shape, S_MIN)
    hi = np.full(s.shape, 1.0 - S_MIN)
    g, h = _share_terms(sub, c, True, s)
    active = _decrement(g, h, s) > done
    s, lo, hi = _share_step(g, h, s, lo, hi)
    for _ in range(POLISH_STEPS):
        # While most cells still move, a step over the whole block is cheaper than gathering.
        if active.sum() < GATHER_BELOW * active.size:
            break
        g, h = _share_terms(sub, c, True, s)
        keep = active & (_decrement(g, h, s) > done)
        new, lo_k, hi_k = _share_step(g, h, s, lo, hi)
        s = np.where(keep, new, s)
        lo, hi = np.where(keep, lo_k, lo), np.where(keep, hi_k, hi)
        active = keep
    rr, cc = np.nonzero(active)
    for _ in range(POLISH_STEPS):
        if rr.size == 0:
            break
        few = _Tables(sub.u[cc], sub.v[rr], t.r, t.m, sub.lu[cc], sub.lv[rr], t.lr,
                      t.safe, t.rest)
        here = s[rr, cc]
        g, h = _share_terms(few, c, False, here)
        keep = _decrement(g, h, here) > done
        new, lo_k, hi_k = _share_step(g, h, here, lo[rr, cc], hi[rr, cc])
        s[rr, cc] = np.where(keep, new, here)
        lo[rr, cc], hi[rr, cc] = lo_k, hi_k
        rr, cc = rr[keep], cc[keep]
    return s


def _at_share(t: _Tables, c: np.ndarray, grid: bool, s: np.ndarray) -> np.ndarray:
    """sum_p c_p log(s U + (1 - s) V + R) + sum_p c_p m_p for every cell."""
    if not t.safe:
        acc = np.zeros(_shape(t, grid))
        log_s, log_1s = np.log(s), np.log1p(-s)
        for cb, lu, lv, lr in _log_blocks(t, c, grid):
            block = np.logaddexp(np.logaddexp(lu + log_s, lv + log_1s), lr)
            acc += _contract(cb, block)
        return acc
    acc = np.zeros(_shape(t, grid))
    for cb, u, v, r, _ in _blocks(t, c, grid):
        block = u - v
        block *= s
        block += v
        if t.rest:
            block += r
        np.log(block, out=block)
        acc += _contract(cb, block)
    return acc + float(c @ t.m)


# ---------------------------------------------------------------- public evaluation
def surface_at(points: Points, sl: Slice, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """f at the cells (a[k], b[k]) (any matching shapes); the share converged for 'best'."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    shape = np.broadcast_shapes(a.shape, b.shape)
    aa, bb = np.broadcast_to(a, shape).ravel(), np.broadcast_to(b, shape).ravel()
    t = _tables(points, sl, aa, bb)
    if sl.weights == "held":
        out = _held(t, points.counts, False)
    else:
        s = _newton_share(t, points.counts, False, np.full(aa.size, sl.share), 80,
                          _exact_done(points))
        out = _at_share(t, points.counts, False, s)
    return out.reshape(shape)


def _exact_done(points: Points) -> float:
    """How close to converged the share must be for single cells: 10^-14 n in log L, near
    the rounding of a sum of n terms (the critical points' finite differences need it)."""
    return 1e-14 * max(points.n, 1)


def best_share(points: Points, sl: Slice, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The share s = w_i / (w_i + w_j) that maximises log L at each cell (a[k], b[k])."""
    aa, bb = np.broadcast_arrays(np.asarray(a, float), np.asarray(b, float))
    t = _tables(points, sl, aa.ravel(), bb.ravel())
    s = _newton_share(t, points.counts, False, np.full(aa.size, sl.share), 80,
                      _exact_done(points))
    return s.reshape(aa.shape)


def surface_grid(points: Points, sl: Slice, axis: np.ndarray) -> np.ndarray:
    """f on the grid axis x axis: rows are mu_j (the y axis), columns mu_i (the x axis).

    With the share chosen per cell ('best') the share is solved on a coarse grid, carried
    to the full grid by interpolation and polished by Newton steps (one everywhere, more only
    where the first one still moved it). A symmetric surface (equal sigmas) is computed on
    and below the diagonal only and mirrored.
    """
    axis = np.asarray(axis, dtype=float)
    t = _tables(points, sl, axis, axis)
    c = points.counts
    if sl.weights == "held":
        return _held(t, c, True)
    coarse = axis[::COARSE_EVERY]
    if coarse[-1] != axis[-1]:
        coarse = np.r_[coarse, axis[-1]]
    tc = _tables(points, sl, coarse, coarse)
    s0 = np.full((coarse.size, coarse.size), sl.share)
    sc = _newton_share(tc, c, True, s0, COARSE_STEPS, COARSE_DONE * points.n)
    done = max(POLISH_FLOOR, POLISH_DONE * points.n)
    s_all = _interpolate(coarse, sc, axis)
    size = axis.size
    symmetric = sl.symmetric
    blocks = _lower_blocks(0, size) if symmetric else [(slice(0, size), slice(0, size))]
    z = np.zeros((size, size))
    for rows, cols in blocks:
        sub = t.cells(rows, cols)
        s = _polished_share(t, sub, c, s_all[rows, cols], done)
        z[rows, cols] = _at_share(sub, c, True, s)
    if symmetric:
        z = np.tril(z) + np.tril(z, -1).T
    return z


def _lower_blocks(lo: int, hi: int, smallest: int = 25) -> list[tuple[slice, slice]]:
    """Rectangles (rows, cols) of [lo, hi)^2 covering every cell with row >= col, few others."""
    if hi - lo <= smallest:
        return [(slice(lo, hi), slice(lo, hi))]
    mid = (lo + hi) // 2
    return [(slice(mid, hi), slice(lo, mid)), *_lower_blocks(lo, mid, smallest),
            *_lower_blocks(mid, hi, smallest)]


def _interpolate(coarse: np.ndarray, values: np.ndarray, axis: np.ndarray) -> np.ndarray:
    """Bilinear interpolation of a coarse (rows, cols) grid onto the full axis x axis."""
    cols = np.array([np.interp(axis, coarse, row) for row in values])  # (coarse rows, full)
    return np.array([np.interp(axis, coarse, col) for col in cols.T]).T


def grid_axis(
    x: Sequence[float] | np.ndarray, theta: Mixture, extra: Sequence[float] = (),
    size: int = GRID_SIZE,
) -> np.ndarray:
    """The grid's values for both means: the data's range, theta's means and ``extra``, padded."""
    arr = np.asarray(x, dtype=float)
    values = [float(arr.min()), float(arr.max()), *theta.means, *extra]
    values = [v for v in values if math.isfinite(v)]
    lo, hi = min(values), max(values)
    scale = min(theta.sds)
    span = max(hi - lo, 2.0 * scale)
    pad = 0.08 * span
    mid = 0.5 * (lo + hi)
    lo, hi = min(lo, mid - span / 2) - pad, max(hi, mid + span / 2) + pad
    return np.linspace(lo, hi, int(size))


# ---------------------------------------------------------------- critical points
@dataclass(frozen=True)
class CriticalPoint:
    """A point where the surface's gradient vanishes: a maximum or the diagonal's saddle.

    ``kind``: 'maximum', 'saddle' (a maximum along the diagonal, a minimum across it) or
    'diagonal maximum' (a maximum both ways: the best fit has equal means). ``share`` is the
    pair's weight share there (the held one, or the best one). ``curvatures``: second
    derivatives along the diagonal and across it (saddle) or the Hessian's eigenvalues.
    """

    kind: str
    a: float
    b: float
    loglik: float
    share: float
    curvatures: tuple[float, float]
    gradient: float  # the size of the gradient found there (finite differences)


def _fd(f: Callable[[np.ndarray, np.ndarray], np.ndarray], p: np.ndarray, h: float):
    """Gradient and Hessian of f at p by central differences (one call of 9 points)."""
    offsets = np.array([
        (0, 0), (1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (1, -1), (-1, 1), (-1, -1)
    ], dtype=float) * h
    pts = p[None, :] + offsets
    v = f(pts[:, 0], pts[:, 1])
    g = np.array([(v[1] - v[2]) / (2 * h), (v[3] - v[4]) / (2 * h)])
    haa = (v[1] - 2 * v[0] + v[2]) / (h * h)
    hbb = (v[3] - 2 * v[0] + v[4]) / (h * h)
    hab = (v[5] - v[6] - v[7] + v[8]) / (4 * h * h)
    return float(v[0]), g, np.array([[haa, hab], [hab, hbb]])


def _ascend(
    f: Callable[[np.ndarray, np.ndarray], np.ndarray], p0: np.ndarray, scale: float,
    bounds: tuple[float, float], iterations: int = 40,
) -> tuple[np.ndarray, float, np.ndarray, np.ndarray] | None:
    """Newton ascent with backtracking from p0; None if it leaves the bounds."""
    p = np.array(p0, dtype=float)
    h = 1e-4 * scale
    value, g, hess = _fd(f, p, h)
    lo, hi = bounds
    for _ in range(iterations):
        eig = np.linalg.eigvalsh(hess)
        if eig.max() < 0:
            step = -np.linalg.solve(hess, g)
        else:
            norm = float(np.hypot(*g))
            step = g * (0.1 * scale / norm) if norm > 0 else np.zeros(2)
        length = float(np.hypot(*step))
        if length > scale:
            step *= scale / length
            length = scale
        if length <= 1e-10 * scale:
            break
        t = 1.0
        while t > 1e-8:
            trial = p + t * step
            new = float(f(trial[:1], trial[1:])[0])
            if new >= value:
                break
            t *= 0.5
        else:
            break
        p = trial
        if not (lo <= p[0] <= hi and lo <= p[1] <= hi):
            return None
        value, g, hess = _fd(f, p, h)
        if t * length <= 1e-9 * scale:
            break
    return p, value, g, hess


def _diagonal_max(
    f: Callable[[np.ndarray, np.ndarray], np.ndarray], m0: float, scale: float,
    bounds: tuple[float, float],
) -> tuple[float, float]:
    """The maximum of f(m, m) near m0: Newton steps on finite differences, backtracking."""
    lo, hi = bounds
    m = float(m0)
    h = 1e-4 * scale

    def along(ms: np.ndarray) -> np.ndarray:
        return f(ms, ms)

    for _ in range(60):
        v = along(np.array([m - h, m, m + h]))
        d1 = (v[2] - v[0]) / (2 * h)
        d2 = (v[2] - 2 * v[1] + v[0]) / (h * h)
        step = -d1 / d2 if d2 < 0 else math.copysign(0.1 * scale, d1)
        step = max(-scale, min(scale, step))
        t = 1.0
        while t > 1e-8:
            trial = min(hi, max(lo, m + t * step))
            if along(np.array([trial]))[0] >= v[1]:
                break
            t *= 0.5
        else:
            break
        moved = abs(trial - m)
        m = trial
        if moved <= 1e-10 * scale:
            break
    return m, float(along(np.array([m]))[0])


def _local_maxima(z: np.ndarray, count: int) -> list[tuple[int, int]]:
    """Up to ``count`` cells at least as high as their 8 neighbours, highest first."""
    padded = np.pad(z, 1, constant_values=-np.inf)
    rows, cols = z.shape
    peak = np.ones(z.shape, dtype=bool)
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                peak &= z >= padded[1 + dr: 1 + dr + rows, 1 + dc: 1 + dc + cols]
    found = np.argwhere(peak & np.isfinite(z))
    order = np.argsort(-z[found[:, 0], found[:, 1]], kind="stable")
    return [(int(r), int(c)) for r, c in found[order[: 4 * count]]]


def _critical_points(
    points: Points, sl: Slice, axis: np.ndarray, z: np.ndarray
) -> tuple[tuple[CriticalPoint, ...], CriticalPoint | None]:
    i, j = sl.pair
    scale = min(sl.theta.sds[i], sl.theta.sds[j])
    span = axis[-1] - axis[0]
    bounds = (axis[0] - 0.1 * span, axis[-1] + 0.1 * span)

    def f(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        return surface_at(points, sl, a, b)

    def share_at(a: float, b: float) -> float:
        if sl.weights == "held":
            return sl.share
        return float(best_share(points, sl, np.array([a]), np.array([b]))[0])

    maxima: list[CriticalPoint] = []
    for r, c in _local_maxima(z, 3):
        if len(maxima) >= 3:
            break
        if r == c:  # the diagonal: the saddle's business
            continue
        done = _ascend(f, np.array([axis[c], axis[r]]), scale, bounds)
        if done is None:
            continue
        p, value, g, hess = done
        eig = np.linalg.eigvalsh(hess)
        if not eig.max() < 0:
            continue
        if any(math.hypot(p[0] - m.a, p[1] - m.b) < 1e-4 * scale for m in maxima):
            continue
        maxima.append(CriticalPoint(
            "maximum", float(p[0]), float(p[1]), value, share_at(p[0], p[1]),
            (float(eig[0]), float(eig[1])), float(np.hypot(*g)),
        ))
    maxima.sort(key=lambda m: -m.loglik)

    diag = np.diagonal(z)
    k = int(np.argmax(np.where(np.isfinite(diag), diag, -np.inf)))
    m, value = _diagonal_max(f, float(axis[k]), scale, (float(axis[0]), float(axis[-1])))
    saddle = _classify_diagonal(f, sl, m, value, scale, share_at(m, m))
    return tuple(maxima), saddle


def _classify_diagonal(
    f: Callable[[np.ndarray, np.ndarray], np.ndarray], sl: Slice, m: float, value: float,
    scale: float, share: float,
) -> CriticalPoint | None:
    """Check what the diagonal's maximum is: a saddle, a maximum, or no critical point."""
    h = 1e-3 * scale
    d = h / math.sqrt(2.0)
    pts = np.array([(m + d, m + d), (m - d, m - d), (m + d, m - d), (m - d, m + d)])
    v = f(pts[:, 0], pts[:, 1])
    along = (v[0] - 2 * value + v[1]) / (h * h)
    across = (v[2] - 2 * value + v[3]) / (h * h)
    gradient = abs(v[2] - v[3]) / (2 * h)
    curvature_scale = max(abs(along), abs(across), 1e-300)
    if gradient > 1e-5 * max(curvature_scale * scale, 1.0):
        return None  # not stationary across the diagonal (unequal sigmas): no saddle there
    if sl.weights == "held":
        _, g, hess = _fd(f, np.array([m, m]), 1e-4 * scale)
        eig = np.linalg.eigvalsh(hess)
        low, high = float(eig[0]), float(eig[1])
        gradient = float(np.hypot(*g))
    else:
        low, high = min(along, across), max(along, across)
    if along < 0 < across or low < 0 < high:
        kind = "saddle"
    elif high < 0:
        kind = "diagonal maximum"
    else:
        return None
    return CriticalPoint(kind, m, m, value, share, (float(along), float(across)), gradient)


# ---------------------------------------------------------------- the whole picture
@dataclass(frozen=True)
class Landscape:
    """A computed map: the grid, its values, the critical points and how it was made."""

    slice: Slice
    axis: np.ndarray = field(repr=False)
    loglik: np.ndarray = field(repr=False)  # rows mu_j, columns mu_i
    maxima: tuple[CriticalPoint, ...]
    saddle: CriticalPoint | None
    n: int
    binned: bool
    points: int  # weighted points summed per cell (n when exact)
    seconds: float

    @property
    def mirrored(self) -> bool:
        """The two highest maxima are one fit with its labels swapped (checked, not assumed)."""
        if len(self.maxima) < 2 or not self.slice.symmetric:
            return False
        first, second = self.maxima[0], self.maxima[1]
        scale = min(self.slice.theta.sds[k] for k in self.slice.pair)
        close = math.hypot(first.a - second.b, first.b - second.a) < 1e-3 * scale
        same = abs(first.loglik - second.loglik) <= 1e-8 * max(1.0, abs(first.loglik))
        return close and same

    @property
    def highest(self) -> float:
        finite = self.loglik[np.isfinite(self.loglik)]
        grid_top = float(finite.max()) if finite.size else -math.inf
        return max([grid_top, *(m.loglik for m in self.maxima)])


def compute(
    x: Sequence[float] | np.ndarray,
    sl: Slice,
    axis: np.ndarray | None = None,
    points: Points | None = None,
    critical: bool = True,
) -> Landscape:
    """The map for the slice over ``axis`` (default :func:`grid_axis`), with critical points."""
    t0 = time.perf_counter()
    pts = points if points is not None else weighted_points(x)
    ax = np.asarray(axis, dtype=float) if axis is not None else grid_axis(x, sl.theta)
    z = surface_grid(pts, sl, ax)
    if critical:
        maxima, saddle = _critical_points(pts, sl, ax, z)
    else:
        maxima, saddle = (), None
    return Landscape(
        slice=sl, axis=ax, loglik=z, maxima=maxima, saddle=saddle, n=pts.n,
        binned=pts.binned, points=pts.size, seconds=time.perf_counter() - t0,
    )


# ---------------------------------------------------------------- contours
def contour_levels(
    z: np.ndarray, top: float, count: int = 12, low_quantile: float = 0.15,
    focus: np.ndarray | None = None,
) -> np.ndarray:
    """Levels ``top - d k^2`` (k = 1..count) reaching down to z's low quantile.

    Near a maximum log L falls like the square of the distance, so these rings are about
    evenly spaced there, like the height lines of a hill. ``focus``, a boolean mask like z,
    takes the quantile over those cells only (where the data are, not a far start's corner).
    """
    finite = z[np.isfinite(z) & (focus if focus is not None else True)]
    if finite.size == 0:
        finite = z[np.isfinite(z)]
    if finite.size == 0 or not math.isfinite(top):
        return np.zeros(0)
    depth = top - float(np.quantile(finite, low_quantile))
    if not depth > 0:
        return np.zeros(0)
    d = depth / count**2
    return top - d * np.arange(1, count + 1, dtype=float) ** 2


# The 16 marching-squares cases: edges crossed, as pairs (0 bottom, 1 right, 2 top, 3 left).
_CASES: dict[int, tuple[tuple[int, int], ...]] = {
    0: (), 15: (),
    1: ((3, 0),), 14: ((3, 0),),
    2: ((0, 1),), 13: ((0, 1),),
    3: ((3, 1),), 12: ((3, 1),),
    4: ((1, 2),), 11: ((1, 2),),
    6: ((0, 2),), 9: ((0, 2),),
    7: ((3, 2),), 8: ((3, 2),),
    5: ((3, 0), (1, 2)), 10: ((0, 1), (2, 3)),
}


def contour_segments(z: np.ndarray, level: float, axis: np.ndarray) -> np.ndarray:
    """Line segments of the contour z = level, as an (N, 2, 2) array of (x, y) end points.

    Marching squares, vectorised over cells: z[row, col] is at (axis[col], axis[row]).
    Cells touching a non-finite value are skipped.
    """
    z = np.asarray(z, dtype=float)
    if z.shape[0] < 2 or z.shape[1] < 2:
        return np.zeros((0, 2, 2))
    above = z > level
    case = (above[:-1, :-1] * 1 + above[:-1, 1:] * 2 + above[1:, 1:] * 4
            + above[1:, :-1] * 8)
    rows, cols = np.nonzero((case != 0) & (case != 15))
    if rows.size == 0:
        return np.zeros((0, 2, 2))
    bl, br = z[rows, cols], z[rows, cols + 1]
    tl, tr = z[rows + 1, cols], z[rows + 1, cols + 1]
    ok = np.isfinite(bl) & np.isfinite(br) & np.isfinite(tl) & np.isfinite(tr)
    rows, cols, bl, br, tl, tr = rows[ok], cols[ok], bl[ok], br[ok], tl[ok], tr[ok]
    code = case[rows, cols]
    x0, x1 = axis[cols], axis[cols + 1]
    y0, y1 = axis[rows], axis[rows + 1]

    def frac(p: np.ndarray, q: np.ndarray) -> np.ndarray:
        with np.errstate(divide="ignore", invalid="ignore"):
            t = (level - p) / (q - p)
        return np.clip(np.nan_to_num(t, nan=0.5), 0.0, 1.0)

    edges = (
        (x0 + frac(bl, br) * (x1 - x0), y0),  # bottom
        (x1, y0 + frac(br, tr) * (y1 - y0)),  # right
        (x0 + frac(tl, tr) * (x1 - x0), y1),  # top
        (x0, y0 + frac(bl, tl) * (y1 - y0)),  # left
    )
    out = []
    for number, pairs in _CASES.items():
        mask = code == number
        if not pairs or not mask.any():
            continue
        for e1, e2 in pairs:
            p1 = np.stack([edges[e1][0][mask], edges[e1][1][mask]], -1)
            p2 = np.stack([edges[e2][0][mask], edges[e2][1][mask]], -1)
            out.append(np.stack([p1, p2], 1))
    return np.concatenate(out) if out else np.zeros((0, 2, 2))
