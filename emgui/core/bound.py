"""The lower bound that EM climbs: B_t built from the E-step at theta_t, along one EM step.

For responsibilities r_ik (the E-step at theta_t) every theta has

    log L(theta) = B_t(theta) + sum_i KL(r_i || p_i(theta)),
    B_t(theta)   = sum_i sum_k r_ik log(w_k phi(x_i; mu_k, sigma_k) / r_ik),

with p_i(theta) the posterior of point i's label under theta. KL >= 0, so B_t <= log L
everywhere, with equality at theta_t (where r_i = p_i(theta_t)): the E-step makes the bound
touch. The M-step maximises B_t over theta (that is what its weighted averages are), so
log L(theta_t+1) >= B_t(theta_t+1) >= B_t(theta_t) = log L(theta_t).

Here both are evaluated along the straight line theta(s) = theta_t + s (theta_t+1 - theta_t),
s from -0.5 to 1.5. The parameterisation: weights, means and sigmas are interpolated linearly;
a weight that would go below 0 (only possible outside [0, 1]) is set to 0 and the weights are
renormalised; a sigma is kept at or above the model's floor (or above 5% of the smaller of its
two end values when there is none). Every theta(s) is therefore a valid parameter, and since
theta_t+1 maximises B_t over all valid parameters, B_t along the line is highest at s = 1
(tests check it on every recorded step of the presets). Where a weight is 0 but its component
still has responsibility, B_t is -infinity: the curve stops there.

B_t costs O(K) per point of the line: it depends on the data only through the sums
N_k = sum_i r_ik, S1_k = sum_i r_ik (x_i - mu_tk), S2_k = sum_i r_ik (x_i - mu_tk)^2 (taken
about theta_t's means, so no digits are lost) and the entropy -sum r log r (0 log 0 = 0).
log L along the line is summed over every point up to :data:`EXACT_UP_TO` points; above, over
the binned data (:func:`emgui.core.landscape.weighted_points`, :data:`BINS` bins), with the
binning error at s = 0 and s = 1 removed by the exact values there (a line through both ends).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from emgui.core.landscape import Points, weighted_points
from emgui.core.mixture import Mixture, Model, log_likelihood, spread

__all__ = [
    "BINS",
    "EXACT_UP_TO",
    "BoundLine",
    "BoundSums",
    "bound_sums",
    "bound_values",
    "compute",
    "kl_sum",
    "line",
    "line_parameters",
    "log_responsibilities",
    "logliks",
    "s_grid",
]

EXACT_UP_TO = 1024
BINS = 512
_HALF_LOG_2PI = 0.5 * math.log(2.0 * math.pi)
#: With no sigma floor, sigmas on the line stay above this share of the smaller end value.
SD_KEEP = 0.05
_BLOCK = 65536


def s_grid(points: int = 201, lo: float = -0.5, hi: float = 1.5) -> np.ndarray:
    """Positions on the line, with 0 and 1 exactly among them."""
    s = np.linspace(lo, hi, points)
    for target in (0.0, 1.0):
        k = int(np.argmin(np.abs(s - target)))
        s[k] = target
    return s


def line_parameters(
    theta_t: Mixture, theta_next: Mixture, s: np.ndarray, sd_min: float | np.ndarray = 0.0
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Weights, means and sigmas of theta(s), each (S, K): the parameterisation above."""
    s = np.asarray(s, dtype=float)[:, None]
    w0, w1 = np.array(theta_t.weights), np.array(theta_next.weights)
    m0, m1 = np.array(theta_t.means), np.array(theta_next.means)
    d0, d1 = np.array(theta_t.sds), np.array(theta_next.sds)
    w = w0 + s * (w1 - w0)
    if not np.all(w >= 0.0):  # only outside [0, 1]: off the simplex, back onto its edge
        w = np.maximum(w, 0.0)
        w /= w.sum(axis=1, keepdims=True)
    means = m0 + s * (m1 - m0)
    keep = np.maximum(sd_min, SD_KEEP * np.minimum(d0, d1)) if np.any(d0 != d1) else 0.0
    sds = np.maximum(d0 + s * (d1 - d0), keep)
    # The ends are theta_t and theta_t+1 exactly (no rounding of w0 + 0 * (w1 - w0)).
    for value, ends in ((0.0, (w0, m0, d0)), (1.0, (w1, m1, d1))):
        hit = s[:, 0] == value
        w[hit], means[hit], sds[hit] = ends
    return w, means, sds


def line(theta_t: Mixture, theta_next: Mixture, s: Sequence[float], sd_min: float = 0.0):
    """theta(s) as Mixtures (for showing a point of the line)."""
    w, m, d = line_parameters(theta_t, theta_next, np.asarray(s, float), sd_min)
    return [Mixture(tuple(wi), tuple(mi), tuple(di)) for wi, mi, di in zip(w, m, d, strict=True)]


def _log_terms(xb: np.ndarray, theta: Mixture) -> np.ndarray:
    """log w_k + log phi(x; mu_k, sigma_k) for a block of points, K x b."""
    mu = np.array(theta.means)[:, None]
    sd = np.array(theta.sds)[:, None]
    with np.errstate(divide="ignore"):
        lw = np.log(np.array(theta.weights))[:, None]
    d = (xb[None, :] - mu) / sd
    d *= d
    d *= -0.5
    d += lw - np.log(sd) - _HALF_LOG_2PI
    return d


def _log_normalise(lg: np.ndarray) -> np.ndarray:
    """Log responsibilities from log terms (in place), without underflow."""
    top = lg.max(axis=0)
    top = np.where(np.isfinite(top), top, 0.0)
    lf = top + np.log(np.exp(lg - top).sum(axis=0))
    lg -= lf
    return lg


def log_responsibilities(x: np.ndarray, theta: Mixture) -> np.ndarray:
    """The E-step's K x n log responsibilities, in the log domain."""
    arr = np.asarray(x, dtype=float)
    out = np.empty((theta.k, arr.size))
    for start in range(0, arr.size, _BLOCK):
        out[:, start:start + _BLOCK] = _log_normalise(_log_terms(arr[start:start + _BLOCK],
                                                                 theta))
    return out


@dataclass(frozen=True)
class BoundSums:
    """What B_t needs of the data: per component N, S1, S2 about theta_t's means; the entropy."""

    theta: Mixture
    n: np.ndarray  # N_k
    s1: np.ndarray  # sum r (x - mu_tk)
    s2: np.ndarray  # sum r (x - mu_tk)^2
    entropy: float  # -sum r log r
    kl: float | None = None  # sum_i KL(r_i || p_i(theta')) when asked for


def bound_sums(
    x: np.ndarray, theta: Mixture, r: np.ndarray | None = None, kl_at: Mixture | None = None
) -> BoundSums:
    """The sums of B_t for the E-step at theta (r: its K x n responsibilities, if known).

    With ``kl_at``, also sum_i KL(r_i || p_i(kl_at)) in the same pass over the data.
    """
    arr = np.asarray(x, dtype=float)
    k = theta.k
    if r is not None:
        r = np.asarray(r, dtype=float)
        if r.shape != (k, arr.size):
            raise ValueError(f"r must have shape {(k, arr.size)}, not {r.shape}")
    mu = np.array(theta.means)[:, None]
    n_k, s1, s2 = np.zeros(k), np.zeros(k), np.zeros(k)
    rlogr = 0.0
    kl = 0.0
    for start in range(0, arr.size, _BLOCK):
        xb = arr[start:start + _BLOCK]
        if r is None:
            log_r = _log_normalise(_log_terms(xb, theta))
            rb = np.exp(log_r)
        else:
            rb = r[:, start:start + _BLOCK]
            with np.errstate(divide="ignore"):
                log_r = np.log(rb)
        positive = rb > 0
        safe_log_r = np.where(positive, log_r, 0.0)  # 0 log 0 = 0
        rlogr += float(np.einsum("kb,kb->", rb, safe_log_r))
        d = xb[None, :] - mu
        n_k += rb.sum(axis=1)
        rd = rb * d
        s1 += rd.sum(axis=1)
        s2 += np.einsum("kb,kb->k", rd, d)
        if kl_at is not None:
            log_p = _log_normalise(_log_terms(xb, kl_at))
            safe_log_r -= np.where(positive, log_p, 0.0)
            kl += float(np.einsum("kb,kb->", rb, safe_log_r))
    return BoundSums(theta, n_k, s1, s2, -rlogr, kl if kl_at is not None else None)


def bound_values(
    sums: BoundSums, weights: np.ndarray, means: np.ndarray, sds: np.ndarray
) -> np.ndarray:
    """B_t at each row of (weights, means, sds), each (S, K)."""
    n_k, s1, s2 = sums.n[None, :], sums.s1[None, :], sums.s2[None, :]
    shift = means - np.array(sums.theta.means)[None, :]
    quad = s2 - 2.0 * shift * s1 + shift * shift * n_k  # sum r (x - mu)^2
    with np.errstate(divide="ignore", invalid="ignore"):
        logw = np.where(n_k > 0, n_k * np.log(weights), 0.0)  # 0 log 0 = 0
        terms = logw - n_k * (np.log(sds) + _HALF_LOG_2PI) - quad / (2.0 * sds * sds)
    terms = np.where(n_k > 0, terms, 0.0)
    return terms.sum(axis=1) + sums.entropy


def logliks(
    points: Points, weights: np.ndarray, means: np.ndarray, sds: np.ndarray
) -> np.ndarray:
    """log L at each row of (weights, means, sds) over the weighted points."""
    v = points.values
    out = np.zeros(weights.shape[0])
    with np.errstate(divide="ignore"):
        lw = np.log(weights)[:, :, None]
    for start in range(0, v.size, _BLOCK // 16):
        vb = v[None, None, start:start + _BLOCK // 16]
        d = (vb - means[:, :, None]) / sds[:, :, None]
        lg = lw - np.log(sds)[:, :, None] - _HALF_LOG_2PI - 0.5 * d * d
        top = lg.max(axis=1)
        top = np.where(np.isfinite(top), top, 0.0)
        lf = top + np.log(np.exp(lg - top[:, None, :]).sum(axis=1))
        out += lf @ points.counts[start:start + _BLOCK // 16]
    return out


def kl_sum(x: np.ndarray, r: np.ndarray | None, theta_t: Mixture, theta: Mixture) -> float:
    """sum_i KL(r_i || p_i(theta)) = sum_i sum_k r_ik log(r_ik / p_ik(theta)), 0 log 0 = 0.

    r are the responsibilities of the E-step at theta_t (computed when None).
    """
    kl = bound_sums(x, theta_t, r, kl_at=theta).kl
    assert kl is not None
    return kl


@dataclass(frozen=True)
class BoundLine:
    """log L and B_t along theta(s) for one EM step, with the numbers at both ends."""

    theta_t: Mixture
    theta_next: Mixture
    s: np.ndarray = field(repr=False)
    loglik: np.ndarray = field(repr=False)  # log L(theta(s))
    bound: np.ndarray = field(repr=False)  # B_t(theta(s))
    loglik_t: float  # exact
    loglik_next: float  # exact
    bound_t: float  # B_t(theta_t)
    bound_next: float  # B_t(theta_t+1)
    kl: float  # sum_i KL(r_i || p_i(theta_t+1)), summed directly
    n: int
    binned: bool

    @property
    def gap(self) -> float:
        """log L(theta_t+1) - B_t(theta_t+1): the KL divergence, as the gap between curves."""
        return self.loglik_next - self.bound_next

    @property
    def touch(self) -> float:
        """log L(theta_t) - B_t(theta_t): zero up to rounding (the E-step makes them touch)."""
        return self.loglik_t - self.bound_t

    @property
    def rise(self) -> float:
        return self.loglik_next - self.loglik_t

    @property
    def climb(self) -> float:
        """How far the M-step climbed the bound: B_t(theta_t+1) - B_t(theta_t)."""
        return self.bound_next - self.bound_t

    @property
    def best_s(self) -> float:
        """Where B_t is highest on the grid of s."""
        finite = np.where(np.isfinite(self.bound), self.bound, -np.inf)
        return float(self.s[int(np.argmax(finite))])

    @property
    def moved(self) -> bool:
        return self.theta_t != self.theta_next


def compute(
    x: Sequence[float] | np.ndarray,
    theta_t: Mixture,
    theta_next: Mixture,
    model: Model | None = None,
    r: np.ndarray | None = None,
    s: np.ndarray | None = None,
    loglik_t: float | None = None,
    loglik_next: float | None = None,
    points: Points | None = None,
) -> BoundLine:
    """log L and B_t along the step theta_t -> theta_next (r: the E-step at theta_t, K x n)."""
    arr = np.asarray(x, dtype=float)
    model = model if model is not None else Model(k=theta_t.k)
    ss = s_grid() if s is None else np.asarray(s, dtype=float)
    floor = model.floor_for(spread(arr)) if model.estimates_variance else 0.0
    w, m, d = line_parameters(theta_t, theta_next, ss, floor)
    sums = bound_sums(arr, theta_t, r, kl_at=theta_next)
    bound = bound_values(sums, w, m, d)
    ends = line_parameters(theta_t, theta_next, np.array([0.0, 1.0]), floor)
    b_t, b_next = bound_values(sums, *ends)
    lt = log_likelihood(arr, theta_t) if loglik_t is None else float(loglik_t)
    ln = log_likelihood(arr, theta_next) if loglik_next is None else float(loglik_next)
    pts = points if points is not None else weighted_points(arr, BINS, EXACT_UP_TO)
    curve = logliks(pts, w, m, d)
    if pts.binned:  # the binning's error at both ends, removed along a straight line
        e_t, e_next = logliks(pts, *ends)
        with np.errstate(invalid="ignore"):
            curve = curve + (lt - e_t) + ss * ((ln - e_next) - (lt - e_t))
    at = np.flatnonzero(ss == 0.0)
    curve[at] = lt
    curve[np.flatnonzero(ss == 1.0)] = ln
    assert sums.kl is not None
    kl = sums.kl
    return BoundLine(
        theta_t=theta_t, theta_next=theta_next, s=ss, loglik=curve, bound=bound,
        loglik_t=lt, loglik_next=ln, bound_t=float(b_t), bound_next=float(b_next), kl=kl,
        n=int(arr.size), binned=pts.binned,
    )
