"""The numerical core of EM Explorer: a two-component 1-D Gaussian mixture with unit variances.

Only numpy is used here (no Qt, no scipy at import), so notebooks, the command line and the tests
can use the core directly. Every function returns new values and never mutates its inputs.

Model: Z in {1, 2}, P(Z = 1) = pi, X | Z = k ~ N(mu_k, 1); theta = (pi, mu1, mu2).

Why the arithmetic looks the way it does: with equal variances the log-odds of component 1 is
linear in x, ``a = w*x + b`` with ``w = mu1 - mu2`` and ``b = logit(pi) + (mu2**2 - mu1**2)/2``.
Then with ``t = 1 + exp(-a)`` the responsibility is ``r = 1/t`` and
``log(pi*phi1 + (1-pi)*phi2) = log(pi) + log(phi1) + log(t)``, so one exp and one log per point
give both the E-step and the log likelihood, and the sum of ``log(phi1)`` comes from sufficient
statistics of x computed once. Where ``exp(-a)`` could overflow (known in advance from min and
max of x, since a is linear in x) a per-point ``logaddexp`` path is taken instead.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import ClassVar

import numpy as np

__all__ = [
    "DataSummary",
    "HistoryRow",
    "MStepSums",
    "Params",
    "Simulation",
    "StepResult",
    "e_step",
    "emptied_note",
    "fit",
    "log_likelihood",
    "m_step",
    "on_a_saddle",
    "saddle_kind",
    "simulate",
    "step",
    "summarize",
]

LOG_2PI = math.log(2.0 * math.pi)
#: Points per block in the fused pass: big enough for numpy's loops, small enough for the cache.
BLOCK = 65536
#: Largest exponent taken on the fast path; exp(709.78) is the largest finite double.
_EXP_SAFE = 700.0
#: Relative slack under which a fall of the log likelihood counts as rounding, not a bug.
MONOTONE_SLACK = 1e-10


@dataclass(frozen=True)
class Params:
    """theta = (pi, mu1, mu2): the weight of component 1 and the two means.

    pi may be 0 or 1 (EM can drive a weight there); a *start* value must lie strictly inside
    (0, 1), which :meth:`checked_start` enforces.
    """

    pi: float
    mu1: float
    mu2: float

    def __post_init__(self) -> None:
        for name in ("pi", "mu1", "mu2"):
            value = getattr(self, name)
            try:
                value = float(value)
            except (TypeError, ValueError):
                raise ValueError(f"{name} must be a number, not {value!r}") from None
            if not math.isfinite(value):
                raise ValueError(f"{name} must be a finite number, not {value!r}")
            object.__setattr__(self, name, value)
        if not 0.0 <= self.pi <= 1.0:
            raise ValueError(f"pi must lie between 0 and 1, not {self.pi!r}")

    def checked_start(self) -> Params:
        """Return self if it is a usable start value (0 < pi < 1), else raise ValueError."""
        if not 0.0 < self.pi < 1.0:
            raise ValueError(
                f"the start value of pi must lie strictly between 0 and 1, not {self.pi!r}"
            )
        return self

    def as_tuple(self) -> tuple[float, float, float]:
        return (self.pi, self.mu1, self.mu2)


@dataclass(frozen=True)
class DataSummary:
    """Sufficient statistics of x, computed once per data set and reused by every step."""

    n: int
    total: float
    mean: float
    centred_ss: float  # sum((x - mean)**2)
    minimum: float
    maximum: float
    #: A point inside the data: the steps work on x - centre, so that data far from zero
    #: (x + 10^6) lose no digits to the cancellation of large terms.
    centre: float = 0.0
    #: mean(x - centre), small: mean - centre without its rounding.
    centred_mean: float = 0.0


@dataclass(frozen=True)
class StepResult:
    """One EM iteration from ``theta``.

    ``r`` and ``loglik`` belong to ``theta`` (the E-step and the objective at theta); ``next`` is
    the M-step's new theta. ``kept`` names the components (1 and/or 2) whose total
    responsibility was zero, so that they kept their previous mean instead of becoming 0/0.
    ``sums`` are the M-step's sums (the divisions that gave ``next``).
    """

    theta: Params
    r: np.ndarray = field(repr=False)
    loglik: float
    next: Params
    kept: tuple[int, ...] = ()
    sums: MStepSums | None = None

    @property
    def note(self) -> str:
        """A plain sentence for a user when a component was emptied, else ''."""
        return emptied_note(self.kept)


def emptied_note(kept: Sequence[int]) -> str:
    """The sentence that tells a user why a component's mean stood still ('' if none did)."""
    if not kept:
        return ""
    if len(kept) == 1:
        return (
            f"Component {kept[0]} has no responsibility left on any point, "
            "so its mean stays where it was."
        )
    return "Both components lost all responsibility, so their means stay where they were."


@dataclass(frozen=True)
class HistoryRow:
    """One row of the seed's printout: the parameters at a step and the log likelihood there."""

    step: int
    theta: Params
    loglik: float

    def format(self) -> str:
        """The seed script's line, character for character."""
        return (
            f"{self.step:2d}: pi={self.theta.pi:.3f}, mu1={self.theta.mu1:.3f}, "
            f"mu2={self.theta.mu2:.3f}, loglik={self.loglik:.2f}"
        )


@dataclass(frozen=True)
class Simulation:
    """Settings that reproduce a simulated sample exactly (the seed's generator).

    Kept here, free of Qt, so that presets and the command line can describe a sample too.
    """

    n: int = 80
    sep: float = 2.4
    true_pi: float = 0.45
    seed: int = 531

    def truth(self) -> Params:
        return Params(self.true_pi, -self.sep / 2, self.sep / 2)

    #: Limits every front end shares (the inputs panel, the command line, session files).
    MAX_N: ClassVar[int] = 10_000_000
    MAX_SEP: ClassVar[float] = 100.0
    SEED_LIMIT: ClassVar[int] = 2**31  # what a spin box can show

    def validated(self) -> Simulation:
        """Return self, or raise ValueError with a sentence naming the impossible value."""
        if not 1 <= self.n <= self.MAX_N:
            raise ValueError(f"n must be between 1 and {self.MAX_N:,}, not {self.n}")
        if not (math.isfinite(self.sep) and 0 <= self.sep <= self.MAX_SEP):
            raise ValueError(
                f"the separation must be between 0 and {self.MAX_SEP:g}, not {self.sep}"
            )
        if not 0.0 <= self.true_pi <= 1.0:
            raise ValueError(f"the true pi must be between 0 and 1, not {self.true_pi}")
        if not 0 <= self.seed < self.SEED_LIMIT:
            raise ValueError(f"the seed must be a whole number from 0 up, not {self.seed}")
        return self


def simulate(n: int, sep: float, true_pi: float, seed: int | None) -> tuple[np.ndarray, np.ndarray]:
    """Draw the seed's sample, bit for bit: returns (x, z) with z == 1 meaning component 1.

    Component 1 is centred at -sep/2 and component 2 at +sep/2, both with unit variance.
    """
    n = int(n)
    if n < 1:
        raise ValueError(f"n must be at least 1, not {n}")
    if not 0.0 <= true_pi <= 1.0:
        raise ValueError(f"the true pi must lie between 0 and 1, not {true_pi!r}")
    if not math.isfinite(sep):
        raise ValueError(f"the separation must be a finite number, not {sep!r}")
    rng = np.random.default_rng(seed)
    z = rng.binomial(1, true_pi, size=n)
    mu_true = np.where(z == 1, -sep / 2, sep / 2)
    x = rng.normal(mu_true, 1.0)
    return x, z


def _as_data(x: Sequence[float] | np.ndarray) -> np.ndarray:
    """A read-only float64 view of x (no copy when x already is one), validated."""
    arr = np.asarray(x, dtype=np.float64)
    if arr.ndim != 1:
        raise ValueError(f"the data must be one-dimensional, not of shape {arr.shape}")
    if arr.size == 0:
        raise ValueError("the data hold no values")
    return arr


def summarize(x: Sequence[float] | np.ndarray) -> DataSummary:
    """Compute the sufficient statistics of x; raises ValueError on empty or non-finite data."""
    arr = _as_data(x)
    lo, hi = float(np.min(arr)), float(np.max(arr))
    if not (math.isfinite(lo) and math.isfinite(hi)):
        raise ValueError("the data contain NaN or infinity")
    n = arr.size
    # Huge data (|x| ~ 1e200) overflow the sum or the sum of squares to inf; the steps handle
    # an infinite statistic (the log likelihood becomes -inf), so numpy must not warn here.
    with np.errstate(over="ignore", invalid="ignore"):
        total = float(np.sum(arr))
        mean = total / n
        if not math.isfinite(mean):  # the sum overflowed: fall back to a scaled mean
            mean = float(np.mean(arr / n)) * n
        # Two passes about a centre: the second mean corrects the rounding of the first.
        # (Data near the double limit stay uncentred: x - centre could overflow there.)
        centre = mean if math.isfinite(mean) and max(-lo, hi) < 1e300 else 0.0
        centred = arr - centre
        centred_mean = float(np.sum(centred)) / n
        if not math.isfinite(centred_mean):
            centred_mean = 0.0
        centred -= centred_mean
        ss = float(np.sum(centred * centred))
    return DataSummary(n=n, total=total, mean=mean, centred_ss=ss, minimum=lo, maximum=hi,
                       centre=centre, centred_mean=centred_mean)


def _dot(a: np.ndarray, b: np.ndarray) -> float:
    """sum(a*b) without BLAS: numpy's dot wakes a BLAS thread pool whose workers fight the
    app (and any other busy core) for small blocks; einsum's own loop stays on this thread."""
    return float(np.einsum("i,i->", a, b))


@dataclass(frozen=True)
class _Line:
    """The log-odds of component 1 as a line in the centred data: a = w*(x - centre) + b.

    Means are taken relative to the data's centre first (mu - centre is exact for means near
    the data), so that w*xc + b never cancels two terms of the size of the data's offset.
    """

    w: float
    b: float
    half_w: float  # (mu1 - mu2)/2 and the midpoint, from halves: finite for huge means
    mid: float
    logit_pi: float


def _log_odds_line(theta: Params, centre: float) -> _Line:
    """The line of a = logit r in x - centre. Only valid for 0 < pi < 1."""
    with np.errstate(over="ignore", invalid="ignore"):
        m1, m2 = theta.mu1 - centre, theta.mu2 - centre
        w = m1 - m2
        logit_pi = math.log(theta.pi) - math.log1p(-theta.pi)
        b = logit_pi + (m2 - m1) * (m2 + m1) / 2
    half_w = m1 / 2 - m2 / 2
    mid = m1 / 2 + m2 / 2
    return _Line(w, b, half_w, mid, logit_pi)


@dataclass
class _Sums:
    sum_r: float = 0.0
    sum_rxc: float = 0.0  # sum r_i (x_i - centre)
    sum_log: float = 0.0  # sum log(pi*phi1 + (1-pi)*phi2) + n/2 log(2 pi), general path only
    sum_logt: float = 0.0  # sum log(1 + exp(-a)), fast path only


def _is_fast(line: _Line, s: DataSummary) -> bool:
    """Whether exp(-a) stays finite on every point (a is linear, so check the extremes)."""
    lo, hi = s.minimum - s.centre, s.maximum - s.centre
    neg_a_max = max(-(line.w * lo + line.b), -(line.w * hi + line.b))
    # (w and b overflow to inf or nan when the means are huge, like 1e200: take the safe path.)
    # (w * x itself must stay well inside the double range, with room for rounding.)
    reach = abs(line.w) * max(abs(lo), abs(hi))
    return (
        math.isfinite(line.w) and math.isfinite(line.b) and reach < 1e300
        and math.isfinite(neg_a_max) and neg_a_max < _EXP_SAFE
    )


def _minus_a(xc: np.ndarray, line: _Line, out: np.ndarray) -> np.ndarray:
    """out = -a on the safe path: 2h(m - xc) - logit(pi), never NaN (may be +-inf)."""
    if line.half_w == 0.0:
        out.fill(-line.logit_pi)  # equal means: r = pi everywhere
    else:
        np.subtract(line.mid, xc, out=out)
        out *= line.half_w
        out *= 2.0
        out -= line.logit_pi
    return out


def _pass(x: np.ndarray, theta: Params, s: DataSummary, r_out: np.ndarray) -> tuple[_Sums, bool]:
    """Fill r_out with responsibilities and return the sums an M-step and the likelihood need.

    Returns (sums, fast) where fast says whether the fused one-exp-one-log form was used.
    """
    sums = _Sums()
    line = _log_odds_line(theta, s.centre)
    fast = _is_fast(line, s)
    n = x.size
    log_pi, log_1mpi = math.log(theta.pi), math.log1p(-theta.pi)
    m1, m2 = theta.mu1 - s.centre, theta.mu2 - s.centre
    xc = np.empty(min(BLOCK, n))
    for start in range(0, n, BLOCK):
        xb = x[start:start + BLOCK]
        rb = r_out[start:start + BLOCK]
        xcb = xc[:xb.size]
        np.subtract(xb, s.centre, out=xcb)
        if fast:
            np.multiply(xcb, -line.w, out=rb)
            rb -= line.b                 # rb = -a
            np.exp(rb, out=rb)           # exp(-a)
            rb += 1.0                    # t
            sums.sum_logt += float(np.sum(np.log(rb)))
            np.reciprocal(rb, out=rb)    # r = 1/t
        else:
            with np.errstate(over="ignore", invalid="ignore"):
                l1 = log_pi - 0.5 * (xcb - m1) ** 2
                l2 = log_1mpi - 0.5 * (xcb - m2) ** 2
                sums.sum_log += float(np.sum(np.logaddexp(l1, l2)))
                # r from the log-odds line, which stays finite where the squares overflow.
                _minus_a(xcb, line, rb)
                np.logaddexp(0.0, rb, out=rb)
                np.negative(rb, out=rb)
                np.exp(rb, out=rb)
        with np.errstate(over="ignore", invalid="ignore"):
            sums.sum_r += float(np.sum(rb))
            xcb *= rb
            sums.sum_rxc += float(np.sum(xcb))
    return sums, fast


def _complement_sums(x: np.ndarray, theta: Params, s: DataSummary) -> tuple[float, float]:
    """sum(1 - r) and sum((1 - r)(x - centre)) with 1 - r formed directly, as 1/(1 + exp(a)).

    For a nearly empty component 2 every 1 - r_i is tiny: subtracting r from 1 would keep only
    the few digits of r's last bits, the direct form keeps them all.
    """
    line = _log_odds_line(theta, s.centre)
    total = total_x = 0.0
    for start in range(0, x.size, BLOCK):
        xcb = x[start:start + BLOCK] - s.centre
        with np.errstate(over="ignore", invalid="ignore"):
            weight = _minus_a(xcb, line, np.empty_like(xcb))
            np.negative(weight, out=weight)  # a
            np.logaddexp(0.0, weight, out=weight)
            np.negative(weight, out=weight)
            np.exp(weight, out=weight)  # 1 / (1 + exp(a))
            total += float(np.sum(weight))
            total_x += _dot(weight, xcb)
    return total, total_x


def _degenerate(x: np.ndarray, theta: Params, s: DataSummary, r_out: np.ndarray) -> _Sums:
    """pi is exactly 0 or 1: one component carries every point."""
    sums = _Sums()
    mu = theta.mu1 if theta.pi == 1.0 else theta.mu2
    r_out.fill(1.0 if theta.pi == 1.0 else 0.0)
    with np.errstate(over="ignore", invalid="ignore"):
        d = x - mu
        sums.sum_log = -0.5 * _dot(d, d)
    sums.sum_r = float(x.size) if theta.pi == 1.0 else 0.0
    sums.sum_rxc = s.n * s.centred_mean if theta.pi == 1.0 else 0.0
    return sums


def _loglik_general(x: np.ndarray, theta: Params) -> float:
    """Per-point logaddexp: slower, accurate whatever the scale of the terms."""
    if theta.pi in (0.0, 1.0):
        mu = theta.mu1 if theta.pi == 1.0 else theta.mu2
        with np.errstate(over="ignore", invalid="ignore"):
            d = x - mu
            return -0.5 * _dot(d, d) - 0.5 * x.size * LOG_2PI
    total = 0.0
    log_pi, log_1mpi = math.log(theta.pi), math.log1p(-theta.pi)
    for start in range(0, x.size, BLOCK):
        xb = x[start:start + BLOCK]
        with np.errstate(over="ignore"):
            total += float(np.sum(np.logaddexp(log_pi - 0.5 * (xb - theta.mu1) ** 2,
                                               log_1mpi - 0.5 * (xb - theta.mu2) ** 2)))
    return total - 0.5 * x.size * LOG_2PI


def _e_and_loglik(
    x: np.ndarray, theta: Params, s: DataSummary, out: np.ndarray | None = None
) -> tuple[np.ndarray, _Sums, float]:
    r = np.empty_like(x) if out is None else out
    if theta.pi in (0.0, 1.0):
        sums = _degenerate(x, theta, s, r)
        return r, sums, sums.sum_log - 0.5 * s.n * LOG_2PI
    sums, fast = _pass(x, theta, s, r)
    if not fast:
        return r, sums, sums.sum_log - 0.5 * s.n * LOG_2PI
    # sum (x - mu1)^2 = centred_ss + n (mean - mu1)^2, with mean - mu1 taken about the centre.
    d1 = s.centred_mean - (theta.mu1 - s.centre)
    quad1 = 0.5 * (s.centred_ss + s.n * (d1 * d1))  # d1 * d1 overflows to inf, ** 2 raises
    head = s.n * (math.log(theta.pi) - 0.5 * LOG_2PI)
    loglik = head - quad1 + sums.sum_logt
    # The fused form subtracts two large sums when component 1 sits far from the data; where
    # that could cost more than ~1e-12 relative, take the slower per-point form instead.
    if (quad1 + abs(sums.sum_logt)) > 1e3 * abs(loglik) or not math.isfinite(loglik):
        loglik = _loglik_general(x, theta)
    return r, sums, loglik


@dataclass(frozen=True)
class MStepSums:
    """The sums an M-step divides: shown to students as they are, never recomputed."""

    n: int
    sum_r: float  # sum r_i: points' worth of weight for component 1
    sum_rx: float  # sum r_i x_i
    sum_s: float  # sum (1 - r_i)
    sum_sx: float  # sum (1 - r_i) x_i


def _weighted_mean(weights: np.ndarray, x: np.ndarray, total: float, s: DataSummary) -> float:
    """sum(w*x)/total for data so large that sum(w*x) overflows: scaled, so it stays finite."""
    scale = max(abs(s.minimum), abs(s.maximum)) or 1.0
    return _dot(weights, x / scale) / total * scale


def _m_from_sums(
    x: np.ndarray,
    theta: Params,
    s: DataSummary,
    sum_r: float,
    sum_rxc: float,
    r: np.ndarray | None = None,
) -> tuple[Params, tuple[int, ...], MStepSums]:
    """The M-step from the E-step's sums about the centre: mu_k = centre + sum w(x - c)/sum w.

    ``r`` is given when only the responsibilities are known (m_step); otherwise the weights of
    a nearly empty component 2 are formed again from theta, directly.
    """
    n = s.n
    c = s.centre
    kept: list[int] = []
    pi = min(max(sum_r / n, 0.0), 1.0)
    sum_s = n - sum_r
    sum_sxc = s.n * s.centred_mean - sum_rxc
    if sum_s < 1e-3 * n:
        # n - sum(r) cancels when component 2 is nearly empty: sum its weights directly.
        if r is None and 0.0 < theta.pi < 1.0:
            sum_s, sum_sxc = _complement_sums(x, theta, s)
        else:
            one_minus = 1.0 - (r if r is not None else np.full(n, theta.pi))
            sum_s = float(np.sum(one_minus))
            with np.errstate(over="ignore", invalid="ignore"):
                sum_sxc = _dot(one_minus, x - c)
    with np.errstate(over="ignore", invalid="ignore"):
        sum_rx = c * sum_r + sum_rxc
        sum_sx = c * sum_s + sum_sxc
    if theta.mu1 == theta.mu2 and sum_r > 0.0 and sum_s > 0.0:
        # Equal means make r the same at every point, so both weighted means are the data's
        # mean: computed once, they stay equal to the bit (EM stays on the saddle mu1 = mu2).
        mu1 = mu2 = c + s.centred_mean
        return Params(pi, mu1, mu2), (), MStepSums(n, sum_r, sum_rx, sum_s, sum_sx)
    # A component keeps its mean only when no point gives it any weight (0/0); a mean that
    # overflows on huge data is taken again in scaled form instead.
    if sum_r > 0.0:
        mu1 = c + sum_rxc / sum_r
        if not math.isfinite(mu1):
            weights = r if r is not None else e_step(x, theta)
            mu1 = _weighted_mean(weights, x, sum_r, s)
    else:
        mu1 = theta.mu1
        kept.append(1)
    if sum_s > 0.0:
        mu2 = c + sum_sxc / sum_s
        if not math.isfinite(mu2):
            weights = 1.0 - (r if r is not None else e_step(x, theta))
            mu2 = _weighted_mean(weights, x, sum_s, s)
    else:
        mu2 = theta.mu2
        kept.append(2)
    sums = MStepSums(n, sum_r, sum_rx, sum_s, sum_sx)
    return Params(pi, mu1, mu2), tuple(kept), sums


def _readonly(a: np.ndarray) -> np.ndarray:
    a.setflags(write=False)
    return a


def step(
    x: Sequence[float] | np.ndarray,
    theta: Params,
    summary: DataSummary | None = None,
    out: np.ndarray | None = None,
) -> StepResult:
    """One EM iteration in one pass over x: r and the log likelihood at theta, and the new theta.

    Pass ``summary`` (from :func:`summarize`) to skip recomputing the statistics of x, and
    ``out`` (a writable float64 array shaped like x) to receive r without allocating: at
    n = 10^7 the page faults of a fresh 80 MB array cost as much as the arithmetic.
    """
    arr = _as_data(x)
    s = summary if summary is not None else summarize(arr)
    if out is not None and (out.shape != arr.shape or out.dtype != np.float64):
        raise ValueError(f"out must be a float64 array of shape {arr.shape}")
    r, sums, loglik = _e_and_loglik(arr, theta, s, out)
    new, kept, msums = _m_from_sums(arr, theta, s, sums.sum_r, sums.sum_rxc)
    r = r if out is not None else _readonly(r)
    return StepResult(theta=theta, r=r, loglik=loglik, next=new, kept=kept, sums=msums)


def e_step(x: Sequence[float] | np.ndarray, theta: Params) -> np.ndarray:
    """Responsibilities r_i = P(Z_i = 1 | x_i, theta), computed in the log domain."""
    arr = _as_data(x)
    r, _, _ = _e_and_loglik(arr, theta, summarize(arr))
    return r


def m_step(
    x: Sequence[float] | np.ndarray, r: Sequence[float] | np.ndarray, previous: Params
) -> Params:
    """Weighted-average update of theta from responsibilities r.

    A component whose total responsibility is zero keeps its mean from ``previous``.
    """
    arr = _as_data(x)
    rr = np.asarray(r, dtype=np.float64)
    if rr.shape != arr.shape:
        raise ValueError(f"r has shape {rr.shape} but x has shape {arr.shape}")
    if np.any((rr < 0) | (rr > 1)) or not np.all(np.isfinite(rr)):
        raise ValueError("responsibilities must lie between 0 and 1")
    s = summarize(arr)
    with np.errstate(over="ignore", invalid="ignore"):
        sum_rxc = _dot(rr, arr - s.centre)
    new, _, _ = _m_from_sums(arr, previous, s, float(np.sum(rr)), sum_rxc, r=rr)
    return new


def log_likelihood(x: Sequence[float] | np.ndarray, theta: Params) -> float:
    """Observed-data log likelihood sum_i log(pi*phi(x_i; mu1) + (1-pi)*phi(x_i; mu2))."""
    arr = _as_data(x)
    _, _, loglik = _e_and_loglik(arr, theta, summarize(arr))
    return loglik


#: Means this close (relative to their size) are the same component: rounding, not the data.
SAME_MEANS = 1e-9
#: A weight this small leaves its component with nothing to fit.
EMPTY_WEIGHT = 1e-12


def saddle_kind(theta: Params) -> str | None:
    """'equal' when mu1 = mu2, 'empty' when one weight is zero, None for a real two-part fit.

    Where EM stands still without having separated the two components: equal means (r is then
    the same at every point, a fixed point of EM on a saddle of the likelihood), or one
    component with no weight. Read from the parameters, not from how the run was started.
    """
    if not EMPTY_WEIGHT < theta.pi < 1.0 - EMPTY_WEIGHT:
        return "empty"
    if abs(theta.mu1 - theta.mu2) <= SAME_MEANS * max(1.0, abs(theta.mu1), abs(theta.mu2)):
        return "equal"
    return None


def on_a_saddle(theta: Params) -> bool:
    """True where EM stands still without having separated the two components."""
    return saddle_kind(theta) is not None


def converged(previous: float, current: float, tol: float) -> bool:
    """True when the log likelihood rose by less than tol (a fall is not convergence)."""
    if not (math.isfinite(previous) and math.isfinite(current)):
        return False
    increase = current - previous
    return -MONOTONE_SLACK * max(1.0, abs(previous)) <= increase < tol


def decreased(previous: float, current: float) -> bool:
    """True when the log likelihood fell by more than rounding can explain (a bug to report)."""
    if not (math.isfinite(previous) and math.isfinite(current)):
        return False
    return current - previous < -MONOTONE_SLACK * max(1.0, abs(previous))


def fit(
    x: Sequence[float] | np.ndarray,
    theta: Params,
    iterations: int,
    tol: float | None = None,
) -> list[HistoryRow]:
    """Run EM like the seed's script: rows 0..iterations of (step, theta, log likelihood).

    With ``tol`` the run stops after the first row whose increase over the previous row is below
    tol, so the last row is the converged one.
    """
    if iterations < 0:
        raise ValueError(f"iterations must be 0 or more, not {iterations}")
    arr = _as_data(x)
    s = summarize(arr)
    rows: list[HistoryRow] = []
    current = theta
    for k in range(iterations + 1):
        result = step(arr, current, s)
        rows.append(HistoryRow(k, current, result.loglik))
        if k == iterations:
            break
        if tol is not None and k > 0 and converged(rows[-2].loglik, rows[-1].loglik, tol):
            break
        current = result.next
    return rows
