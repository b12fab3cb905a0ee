"""EM for a K-component 1-D Gaussian mixture: variances fixed at 1, shared, or each its own.

The seed's model (K = 2, unit variances) is one case of this and keeps its own exact fast path
in :mod:`emgui.core.em`; :func:`step` hands it there, so the seed's table stays the same to the
last digit. Every other model goes through one general pass over the data:

- E-step in the log domain: ``L_k(x) = log w_k - log sigma_k - log(2 pi)/2 - (x - mu_k)^2 /
  (2 sigma_k^2)``, the log likelihood of a point ``m + log(sum_k exp(L_k - m))`` with ``m`` the
  largest ``L_k``: nothing underflows, whatever the distances.
- In blocks of :data:`BLOCK` points: temporaries of K x BLOCK numbers, never K x n copies.
- In exact units: x - centre (a point inside the data) divided by a power of two near the
  reach of the data and the means, so data offset by 10^6 lose no digits and neither data like
  1e200 or 1e-200 nor tiny sigmas overflow or underflow. A point so far from every component
  that each density underflows goes to its nearest one (log L is then -inf, as in the seed's
  model).
- The sums are ``sum r``, ``sum r (x - centre)`` (the new mean, as precise as the data) and
  ``sum r (x - mu_old)^2``; the new spread is that sum moved to the new mean, in one pass. Where
  the move cancels most of its digits (a start far from its points) the spread is summed again
  about the new mean, in a second pass with the same responsibilities.
- Components with equal parameters get bit-identical rows, so they stay exactly equal: a
  symmetric start is a fixed point here as in the seed's model. Components with equal means
  and sigmas but different weights pool their sums, so they too keep equal means and sigmas.
- No BLAS call: einsum's own loop, so the speed does not depend on BLAS threads.

With variances estimated the likelihood is unbounded: a component can shrink onto one point.
A floor on sigma (default :data:`DEFAULT_FLOOR_FRACTION` of the data's spread) prevents it;
with the floor off a component that shrinks below :data:`COLLAPSE_FRACTION` of the spread is
reported as collapsed and held there, so the numbers stay finite.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np

from emgui.core import em
from emgui.core.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "MAX_COMPONENTS",
    "VARIANCES",
    "Mixture",
    "MixtureRow",
    "MixtureStep",
    "Model",
    "ModelSums",
    "default_start",
    "e_step",
    "fit",
    "log_likelihood",
    "run",
    "simulate",
    "spread",
    "step",
]

MAX_COMPONENTS = 6
#: The variance forms: fixed at 1 (the seed's), one shared sigma, one sigma per component.
VARIANCES = ("fixed", "shared", "free")
VARIANCE_NAMES = {
    "fixed": QT_TRANSLATE_NOOP("Mixture", "fixed at 1"),
    "shared": QT_TRANSLATE_NOOP("Mixture", "shared"),
    "free": QT_TRANSLATE_NOOP("Mixture", "each its own"),
}
#: The sigma floor's default, as a share of the data's spread (its standard deviation).
DEFAULT_FLOOR_FRACTION = 1e-3
#: With the floor off, a sigma below this share of the spread has collapsed onto a point.
COLLAPSE_FRACTION = 1e-10
BLOCK = 65536
_HALF_LOG_2PI = 0.5 * math.log(2.0 * math.pi)
#: Weights must sum to 1 within this (start values typed by a person).
WEIGHT_SUM_SLACK = 1e-9


def _number(name: str, value: object) -> float:
    try:
        out = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number, not {value!r}") from None
    if not math.isfinite(out):
        raise ValueError(f"{name} must be a finite number, not {value!r}")
    return out


@dataclass(frozen=True)
class Model:
    """What is estimated: K components, the variance form and the floor on sigma.

    ``sd_floor`` is None for the default floor (:data:`DEFAULT_FLOOR_FRACTION` of the data's
    spread), 0 for no floor, or a sigma in the data's units.
    """

    k: int = 2
    variance: str = "fixed"
    sd_floor: float | None = None

    def __post_init__(self) -> None:
        if isinstance(self.k, bool) or not isinstance(self.k, (int, np.integer)):
            raise ValueError(f"the number of components must be a whole number, not {self.k!r}")
        if not 1 <= int(self.k) <= MAX_COMPONENTS:
            raise ValueError(
                f"the number of components must be between 1 and {MAX_COMPONENTS}, not {self.k}"
            )
        object.__setattr__(self, "k", int(self.k))
        if self.variance not in VARIANCES:
            raise ValueError(
                f"the variances must be one of {', '.join(VARIANCES)}, not {self.variance!r}"
            )
        if self.sd_floor is not None:
            floor = _number("the sigma floor", self.sd_floor)
            if floor < 0:
                raise ValueError(f"the sigma floor must be 0 or more, not {self.sd_floor!r}")
            object.__setattr__(self, "sd_floor", floor)

    @property
    def is_seed(self) -> bool:
        """The seed's model: two components with unit variances."""
        return self.k == 2 and self.variance == "fixed"

    @property
    def estimates_variance(self) -> bool:
        return self.variance != "fixed"

    def floor_for(self, data_spread: float) -> float:
        """The sigma floor in the data's units (0 when off or the variances are fixed)."""
        if not self.estimates_variance:
            return 0.0
        if self.sd_floor is None:
            return DEFAULT_FLOOR_FRACTION * _positive_spread(data_spread)
        return self.sd_floor

    def describe(self) -> str:
        """'3 components, variances each its own' (for titles and status lines)."""
        parts = "component" if self.k == 1 else "components"
        return f"{self.k} {parts}, variances {VARIANCE_NAMES[self.variance]}"


def _positive_spread(value: float) -> float:
    return value if math.isfinite(value) and value > 0 else 1.0


@dataclass(frozen=True)
class Mixture:
    """theta for K components: weights (summing to 1), means and standard deviations."""

    weights: tuple[float, ...]
    means: tuple[float, ...]
    sds: tuple[float, ...]

    def __post_init__(self) -> None:
        w = tuple(_number(f"weight {i + 1}", v) for i, v in enumerate(self.weights))
        m = tuple(_number(f"mean {i + 1}", v) for i, v in enumerate(self.means))
        s = tuple(_number(f"sigma {i + 1}", v) for i, v in enumerate(self.sds))
        if not 1 <= len(w) <= MAX_COMPONENTS:
            raise ValueError(
                f"a mixture has 1 to {MAX_COMPONENTS} components, not {len(w)}"
            )
        if len(m) != len(w) or len(s) != len(w):
            raise ValueError(
                f"{len(w)} weights need {len(w)} means and {len(w)} sigmas, "
                f"not {len(m)} and {len(s)}"
            )
        for i, v in enumerate(w):
            if not 0.0 <= v <= 1.0:
                raise ValueError(f"weight {i + 1} must lie between 0 and 1, not {v!r}")
        if abs(math.fsum(w) - 1.0) > WEIGHT_SUM_SLACK:
            raise ValueError(f"the weights must sum to 1, not {math.fsum(w)!r}")
        for i, v in enumerate(s):
            if not v > 0.0:
                raise ValueError(f"sigma {i + 1} must be greater than 0, not {v!r}")
        object.__setattr__(self, "weights", w)
        object.__setattr__(self, "means", m)
        object.__setattr__(self, "sds", s)

    @property
    def k(self) -> int:
        return len(self.weights)

    def __eq__(self, other: object) -> bool:
        """Equal parameters; the seed's (pi, mu1, mu2) equals its two unit-variance mixture."""
        if isinstance(other, em.Params):
            other = Mixture.from_params(other)
        if not isinstance(other, Mixture):
            return NotImplemented
        return (self.weights, self.means, self.sds) == (other.weights, other.means, other.sds)

    def __hash__(self) -> int:
        return hash((self.weights, self.means, self.sds))

    @classmethod
    def from_params(cls, theta: em.Params) -> Mixture:
        """The seed's theta (pi, mu1, mu2) as a two-component mixture with unit sigmas."""
        return cls((theta.pi, 1.0 - theta.pi), (theta.mu1, theta.mu2), (1.0, 1.0))

    def to_params(self) -> em.Params:
        """The seed's theta; only for two components with unit sigmas."""
        if self.k != 2 or self.sds != (1.0, 1.0):
            raise ValueError("only two components with unit variances have a seed theta")
        return em.Params(self.weights[0], self.means[0], self.means[1])

    # The seed's names for two components: pi = w1, mu1, mu2 (the two-component views,
    # formulas and files speak them).
    @property
    def pi(self) -> float:
        return self.weights[0]

    @property
    def mu1(self) -> float:
        return self.means[0]

    @property
    def mu2(self) -> float:
        if self.k < 2:
            raise ValueError("a one-component mixture has no second mean")
        return self.means[1]

    def as_tuple(self) -> tuple[float, float, float]:
        """(pi, mu1, mu2), the seed's theta, for two components."""
        return (self.pi, self.mu1, self.mu2)

    def checked_start(self, model: Model) -> Mixture:
        """Return self if it can start EM for ``model``, else raise ValueError naming why."""
        if self.k != model.k:
            raise ValueError(f"the start has {self.k} components but the model has {model.k}")
        if self.k == 2 and not 0.0 < self.weights[0] < 1.0:
            raise ValueError(
                f"the start value of pi must lie strictly between 0 and 1, not {self.weights[0]!r}"
            )
        for i, v in enumerate(self.weights):
            if not v > 0.0:
                raise ValueError(f"the start weight {i + 1} must be greater than 0, not {v!r}")
        if model.variance == "fixed" and any(s != 1.0 for s in self.sds):
            raise ValueError("with variances fixed at 1 every start sigma must be 1")
        if model.variance == "shared" and len(set(self.sds)) > 1:
            raise ValueError("with a shared variance every start sigma must be the same")
        return self

    def as_row(self) -> tuple[float, ...]:
        """w1..wK, mu1..muK, sigma1..sigmaK (the command line's CSV order)."""
        return (*self.weights, *self.means, *self.sds)


@dataclass(frozen=True)
class ModelSums:
    """The M-step's sums per component, about the component's old mean ``mu``.

    ``sum_r`` = sum r_ik; ``sum_rd`` = sum r_ik (x_i - mu_k); ``sum_rdd`` = sum r_ik (x_i - mu_k)^2
    (NaN where the variances are fixed; inf for data whose squares leave the double range).
    The new mean is ``mu + sum_rd / sum_r``; the spread about it is ``sum_rdd - sum_rd^2/sum_r``.
    """

    n: int
    sum_r: tuple[float, ...]
    sum_rd: tuple[float, ...]
    sum_rdd: tuple[float, ...]
    old_means: tuple[float, ...]
    #: The seed's model: the fast path's own sums, which gave its theta to the last bit.
    seed: em.MStepSums | None = None

    def sum_rx(self, k: int) -> float:
        """sum r_ik x_i (for showing the M-step's division with the numbers a student knows)."""
        return self.sum_rd[k] + self.old_means[k] * self.sum_r[k]

    def sum_r_sq(self, k: int, new_mean: float) -> float:
        """sum r_ik (x_i - new mean)^2, never below 0."""
        if self.sum_r[k] <= 0.0:
            return 0.0
        shift = self.old_means[k] - new_mean
        value = self.sum_rdd[k] + 2.0 * shift * self.sum_rd[k] + shift * shift * self.sum_r[k]
        return max(value, 0.0)


@dataclass(frozen=True)
class MixtureStep:
    """One EM iteration from ``theta``: the log likelihood there and the new theta ``next``.

    ``r`` (K x n) is filled only when asked for. ``kept``: components with no responsibility
    left (their mean and sigma stand still); ``floored``: components whose sigma was raised
    to the floor; ``collapsed``: with the floor off, components whose sigma fell onto a point.
    """

    theta: Mixture
    loglik: float
    next: Mixture
    sums: ModelSums
    r: np.ndarray | None = field(default=None, repr=False)
    kept: tuple[int, ...] = ()
    floored: tuple[int, ...] = ()
    collapsed: tuple[int, ...] = ()
    #: The model of the step (None: unknown, the note then speaks of the mean alone).
    model: Model | None = None

    @property
    def note(self) -> str:
        """Plain sentences for a user about emptied, floored or collapsed components."""
        own = self.model is not None and self.model.variance == "free"
        return step_note(self.kept, self.floored, self.collapsed, own_sigmas=own)


def _names(ks: Sequence[int]) -> str:
    labels = [str(k) for k in ks]
    if len(labels) == 1:
        return f"Component {labels[0]}"
    return "Components " + ", ".join(labels[:-1]) + " and " + labels[-1]


def step_note(
    kept: Sequence[int], floored: Sequence[int], collapsed: Sequence[int],
    own_sigmas: bool = False,
) -> str:
    """The sentences that say why a component stood still, was held, or collapsed.

    ``own_sigmas``: each component has its own sigma, which an emptied component keeps too.
    """
    parts = []
    if collapsed:
        one = len(collapsed) == 1
        parts.append(
            f"{_names(collapsed)} {'has' if one else 'have'} collapsed onto "
            f"{'a single point' if one else 'single points'}: "
            f"{'its sigma' if one else 'their sigmas'} went to 0 "
            "and the log likelihood grows without bound, so this is no maximum. "
            "Turn the sigma floor on to hold it."
        )
    if floored:
        one = len(floored) == 1
        parts.append(
            f"{_names(floored)} {'is' if one else 'are'} held at the sigma floor: without it "
            f"{'the component' if one else 'they'} would shrink onto a single point and the "
            "log likelihood would grow without bound."
        )
    if kept:
        one = len(kept) == 1
        what = ("its mean and sigma" if one else "their means and sigmas") if own_sigmas \
            else ("its mean" if one else "their means")
        plural = own_sigmas or not one
        parts.append(
            f"{_names(kept)} {'has' if one else 'have'} no responsibility left on any point, "
            f"so {what} {'stay' if plural else 'stays'} where "
            f"{'they were' if plural else 'it was'}."
        )
    return " ".join(parts)


def spread(x: Sequence[float] | np.ndarray, summary: em.DataSummary | None = None) -> float:
    """The data's standard deviation (1 when it is 0, so one point still has a scale)."""
    s = summary if summary is not None else em.summarize(x)
    value = math.sqrt(s.centred_ss / s.n) if s.n > 0 else 0.0
    e = _unit_exponent(s)
    if e != 0 and not 1e-150 < value < 1e150:  # squares beyond the double range (1e+-200)
        unit = math.ldexp(1.0, -e)
        scaled = (np.asarray(x, dtype=np.float64) - s.centre) * unit
        value = math.ldexp(float(np.std(scaled)), e)
    return _positive_spread(value)


def default_start(
    x: Sequence[float] | np.ndarray, model: Model, summary: em.DataSummary | None = None
) -> Mixture:
    """Means at the data's quantiles (k - 0.5)/K, equal weights, sigma 1 or spread / K."""
    arr = np.asarray(x, dtype=np.float64)
    k = model.k
    quantiles = [(i + 0.5) / k for i in range(k)]
    means = tuple(float(v) for v in np.quantile(arr, quantiles))
    if model.estimates_variance:
        sd = spread(arr, summary) / k
        sds = (sd,) * k
    else:
        sds = (1.0,) * k
    return Mixture(_equal_weights(k), means, sds)


def _equal_weights(k: int) -> tuple[float, ...]:
    return (1.0 / k,) * k


def _unit_exponent(s: em.DataSummary, theta: Mixture | None = None) -> int:
    """e such that the data and the means about the data's centre, divided by 2**e, reach ~1.

    Dividing by a power of two is exact, so the pass loses nothing by working in these units,
    and neither data of size 1e200 (whose squares overflow) nor of size 1e-200 (whose squares
    underflow) nor tiny sigmas nor means far from tightly packed data leave the double range.
    (Never so small a unit that a sigma would pass 2**1000 in it.)
    """
    # In halves: a mean and the centre of opposite signs near the double limit cannot overflow.
    half = 0.5 * s.centre
    means = theta.means if theta is not None else ()
    reach = max(abs(0.5 * s.minimum - half), abs(0.5 * s.maximum - half),
                *(abs(0.5 * m - half) for m in means))
    if not (math.isfinite(reach) and reach > 0.0):
        return 0
    e = math.frexp(reach)[1] + 1
    if theta is not None:
        e = max(e, math.frexp(max(theta.sds))[1] - 1000)
    return max(e, -1000)


@dataclass(frozen=True)
class _PassSums:
    """log L at theta and the M-step's sums, in the pass's units (2**e about the centre).

    ``sum_rx`` = sum r (x - centre) and ``sum_rdd`` = sum r (x - mu_k)^2, in those units;
    ``ms`` are the old means in them.
    """

    loglik: float
    exponent: int
    ms: np.ndarray
    sum_r: np.ndarray
    sum_rx: np.ndarray
    sum_rdd: np.ndarray

    @property
    def sum_rd(self) -> np.ndarray:
        """sum r (x - mu_k) in the pass's units."""
        return self.sum_rx - self.ms * self.sum_r

    def in_data_units(self) -> tuple[tuple[float, ...], tuple[float, ...]]:
        """sum r d and sum r d^2 in the data's units (inf where d^2 leaves the double range)."""
        e = self.exponent
        return (tuple(_ldexp(float(v), e) for v in self.sum_rd),
                tuple(_ldexp(float(v), 2 * e) for v in self.sum_rdd))


def _ldexp(value: float, e: int) -> float:
    try:
        return math.ldexp(value, e)
    except OverflowError:
        return math.copysign(math.inf, value)


def _beyond_range(
    lg: np.ndarray, xs: np.ndarray, dev: np.ndarray, ms: np.ndarray, scaled_sds: np.ndarray,
    live: np.ndarray, bad: np.ndarray,
) -> None:
    """Responsibilities of points so far from every component that each density is exp(-inf).

    There the log likelihood is -inf; each such point goes to the component nearest it in its
    own sigmas (log |d| - log sigma). Distances that tie in double precision (a point at 1e200
    from means -0.5 and 0.5) are told apart as the log-odds would: the mean furthest towards
    the point wins. Components equal in both share the point equally (so they stay equal).
    """
    cols = np.flatnonzero(bad)
    with np.errstate(divide="ignore", invalid="ignore"):
        dist = np.log(np.abs(dev[:, cols])) - np.log(scaled_sds)[:, None]
    dist[~live] = np.inf
    nearest = (dist == np.min(dist, axis=0)[None, :]) & live[:, None]
    pull = np.where(nearest, ms[:, None] * np.sign(xs[cols])[None, :], -np.inf)
    nearest &= pull == np.max(pull, axis=0)[None, :]
    lg[:, cols] = nearest / np.count_nonzero(nearest, axis=0)[None, :]


class _EPass:
    """The E-step over x in blocks, in the pass's units: theta's constants, reused buffers."""

    def __init__(
        self, x: np.ndarray, theta: Mixture, s: em.DataSummary, exponent: int | None = None
    ) -> None:
        self.x, self.centre = x, s.centre
        self.exponent = e = _unit_exponent(s, theta) if exponent is None else exponent
        self.unit = unit = math.ldexp(1.0, -e)  # exact: a power of two
        # The means about the centre in the pass's units (from halves: finite for any means;
        # the same bits as (mu - centre) * unit).
        self.ms = (0.5 * np.array(theta.means) - 0.5 * s.centre) * (2.0 * unit)
        sds = np.array(theta.sds)
        self.scaled_sds = sds * unit
        with np.errstate(divide="ignore", over="ignore"):
            logw = np.log(np.array(theta.weights))
            # L_k = const_k - (c_k d)^2 with c_k = 1 / (sqrt(2) sigma_k); a subnormal sigma in
            # the pass's units would make c_k infinite, so it is held at the largest double.
            self.c = np.minimum(math.sqrt(0.5) / self.scaled_sds, np.finfo(np.float64).max)
        self.const = logw - np.log(sds) - _HALF_LOG_2PI  # log w - log sigma - log(2 pi)/2
        self.live = np.isfinite(self.const)  # a zero weight contributes nothing
        k, size = theta.k, min(BLOCK, x.size)
        self.log = np.empty((k, size))
        self.dev = np.empty((k, size))
        self.xs = np.empty(size)
        self.top = np.empty(size)
        self.tot = np.empty(size)

    def blocks(self) -> Iterator[tuple[int, int, np.ndarray, np.ndarray, np.ndarray, float]]:
        """(start, stop, x - centre, d, r, log L of the block) per block, in the pass's units.

        The arrays are buffers reused by the next block.
        """
        x, n = self.x, self.x.size
        ms, c, const = self.ms, self.c, self.const
        for start in range(0, n, BLOCK):
            stop = min(start + BLOCK, n)
            b = stop - start
            xs = self.xs[:b]
            np.subtract(x[start:stop], self.centre, out=xs)
            xs *= self.unit
            dev, lg = self.dev[:, :b], self.log[:, :b]
            np.subtract(xs[None, :], ms[:, None], out=dev)  # d = x - mu_k, in the pass's units
            with np.errstate(over="ignore"):
                np.multiply(dev, c[:, None], out=lg)
                np.multiply(lg, lg, out=lg)
            np.subtract(const[:, None], lg, out=lg)  # L_k(x); -inf where (c d)^2 overflowed
            top = np.max(lg, axis=0, out=self.top[:b])
            bad = ~np.isfinite(top)
            any_bad = bool(bad.any())
            if any_bad:  # every density of these points underflows: no finite log to subtract
                top[bad] = 0.0
            lg -= top[None, :]
            np.exp(lg, out=lg)  # exp(L_k - max): in (0, 1], the largest exactly 1
            if any_bad:
                _beyond_range(lg, xs, dev, ms, self.scaled_sds, self.live, bad)
            tot = np.sum(lg, axis=0, out=self.tot[:b])
            part = -math.inf if any_bad else float(np.sum(top)) + float(np.sum(np.log(tot)))
            lg /= tot[None, :]  # responsibilities of this block
            yield start, stop, xs, dev, lg, part


def _full_pass(
    x: np.ndarray,
    theta: Mixture,
    s: em.DataSummary,
    r_out: np.ndarray | None,
    want_sq: bool,
) -> _PassSums:
    """log L at theta and the sums (sum r, sum r d, sum r d^2) with d = x - mu_k, per component.

    The pass works in units of 2**e about the data's centre (:func:`_unit_exponent`).
    """
    k = theta.k
    e_pass = _EPass(x, theta, s)
    sum_r = np.zeros(k)
    sum_rx = np.zeros(k)
    sum_rdd = np.zeros(k)
    loglik = 0.0
    for start, stop, xs, dev, lg, part in e_pass.blocks():
        loglik += part
        if r_out is not None:
            r_out[:, start:stop] = lg
        sum_r += np.einsum("kb->k", lg)
        sum_rx += np.einsum("kb,b->k", lg, xs)
        if want_sq:
            np.multiply(dev, dev, out=dev)
            sum_rdd += np.einsum("kb,kb->k", lg, dev)
    sum_r[~e_pass.live] = 0.0
    return _PassSums(loglik, e_pass.exponent, e_pass.ms, sum_r, sum_rx, sum_rdd)


#: Below this share of sum r d^2 (about the old mean), the spread about the new mean has lost
#: more than four of its sixteen digits to cancellation and is summed again about the new mean.
CANCELLATION = 1e-4


def _within_again(
    x: np.ndarray, theta: Mixture, s: em.DataSummary, new_means: Sequence[float],
    live: np.ndarray,
) -> tuple[np.ndarray, int]:
    """sum r (x - new mean)^2 per component in a second pass, and the exponent of its units.

    The units are those of the data and the new means (the old ones may lie far away, and in
    their units the spread of tightly packed data could underflow); the responsibilities are
    those of the first pass (the same theta and arithmetic, in other exact units).
    """
    # An emptied component (no responsibility anywhere) is measured at the centre instead.
    centred = tuple(m if ok else s.centre for m, ok in zip(new_means, live, strict=True))
    e = _unit_exponent(s, Mixture(theta.weights, centred, theta.sds))
    e_pass = _EPass(x, theta, s, e)
    new_ms = (0.5 * np.array(centred) - 0.5 * s.centre) * (2.0 * e_pass.unit)
    within = np.zeros(theta.k)
    for _, _, xs, dev, lg, _ in e_pass.blocks():
        np.subtract(xs[None, :], new_ms[:, None], out=dev)
        np.multiply(dev, dev, out=dev)
        within += np.einsum("kb,kb->k", lg, dev)
    return within, e


def _equal_groups(theta: Mixture, sum_r: np.ndarray) -> list[list[int]]:
    """For each component, the components with its mean and sigma (the same list for each).

    Equal means and sigmas are a fixed point of EM whatever the weights (the responsibilities
    are then proportional, so the weighted means and spreads are the same), but each
    component's own division rounds its own way; pooling the sums keeps them equal to the bit.
    """
    live = [i for i in range(theta.k) if sum_r[i] > 0.0]
    return [[j for j in live if theta.means[j] == theta.means[i] and theta.sds[j] == theta.sds[i]]
            for i in range(theta.k)]


def _m_step(
    x: np.ndarray, theta: Mixture, model: Model, s: em.DataSummary, sums: _PassSums,
    floor: float, collapse_at: float,
) -> tuple[Mixture, tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """New weights, means and sigmas from the sums; emptied components keep what they had.

    The arithmetic stays in the pass's units (2**e) until the new means and sigmas are formed.
    """
    k, n, e = theta.k, s.n, sums.exponent
    sum_r, sum_rx, sum_rdd = sums.sum_r, sums.sum_rx, sums.sum_rdd
    kept = tuple(i + 1 for i in range(k) if not sum_r[i] > 0.0)
    total = float(math.fsum(sum_r))
    weights = [float(v) / total if total > 0 else theta.weights[i] for i, v in enumerate(sum_r)]
    means = list(theta.means)
    groups = _equal_groups(theta, sum_r)
    new_ms = sums.ms.copy()  # the new means about the centre, in the pass's units
    for i in range(k):
        if sum_r[i] > 0.0:
            group = groups[i]
            new_ms[i] = math.fsum(sum_rx[group]) / math.fsum(sum_r[group])
            means[i] = s.centre + math.ldexp(float(new_ms[i]), e)
    within = np.zeros(k)  # sum r (x - new mean)^2, in the pass's units
    if model.estimates_variance:
        # About the old mean: sum r d^2 - 2 h sum r d + h^2 sum r, h the mean's move. This
        # cancels when the mean moved far for its spread (from a start far away): then the
        # spread is summed again about the new mean.
        shift = new_ms - sums.ms
        live = sum_r > 0.0
        within[live] = np.maximum(
            (sum_rdd - 2.0 * shift * sums.sum_rd + shift * shift * sum_r)[live], 0.0)
        lost = live & (within <= CANCELLATION * sum_rdd)  # (0 <= 0: squares underflowed)
        if lost.any():
            within, e = _within_again(x, theta, s, means, live)
    sds = list(theta.sds)
    if model.variance == "shared":
        shared = math.ldexp(math.sqrt(math.fsum(within) / n), e)
        sds = [shared] * k
    elif model.variance == "free":
        for i in range(k):
            if sum_r[i] > 0.0:
                group = groups[i]
                pooled = math.fsum(within[group]) / math.fsum(sum_r[group])
                sds[i] = math.ldexp(math.sqrt(pooled), e)
    floored: list[int] = []
    collapsed: list[int] = []
    if model.estimates_variance:
        for i in range(k):
            if model.variance == "free" and i + 1 in kept:
                continue  # an emptied component keeps its sigma, whatever it was
            if floor > 0.0 and sds[i] < floor:
                sds[i] = floor
                floored.append(i + 1)
            elif floor == 0.0 and not sds[i] >= collapse_at:
                sds[i] = collapse_at
                collapsed.append(i + 1)
    weights = _renormalised(weights)
    new = Mixture(tuple(weights), tuple(means), tuple(sds))
    return new, kept, tuple(floored), tuple(collapsed)


def _renormalised(weights: list[float]) -> list[float]:
    """Weights that sum to 1 within rounding (the exact shares can miss by an ulp or two)."""
    total = math.fsum(weights)
    if total > 0 and abs(total - 1.0) > 1e-15:
        return [w / total for w in weights]
    return weights


def _seed_sums(result: em.StepResult, n: int) -> ModelSums:
    sums = result.sums
    assert sums is not None
    r1, r2 = float(sums.sum_r), float(sums.sum_s)
    rx1, rx2 = float(sums.sum_rx), float(sums.sum_sx)
    mu = (result.theta.mu1, result.theta.mu2)
    return ModelSums(
        n=n,
        sum_r=(r1, r2),
        sum_rd=(rx1 - mu[0] * r1, rx2 - mu[1] * r2),
        sum_rdd=(float("nan"), float("nan")),
        old_means=mu,
        seed=sums,
    )


def _as_data(x: Sequence[float] | np.ndarray) -> np.ndarray:
    arr = np.asarray(x, dtype=np.float64)
    if arr.ndim != 1:
        raise ValueError(f"the data must be one-dimensional, not of shape {arr.shape}")
    if arr.size == 0:
        raise ValueError("the data hold no values")
    return arr


def step(
    x: Sequence[float] | np.ndarray,
    theta: Mixture,
    model: Model,
    summary: em.DataSummary | None = None,
    r_out: np.ndarray | None = None,
    general: bool = False,
) -> MixtureStep:
    """One EM iteration for ``model`` from ``theta``, in one pass over x.

    The seed's model with unit sigmas takes the seed's exact fast path unless ``general`` is
    set (the tests compare the two). ``r_out``, a writable float64 K x n array, receives the
    responsibilities.
    """
    arr = _as_data(x)
    s = summary if summary is not None else em.summarize(arr)
    if theta.k != model.k:
        raise ValueError(f"theta has {theta.k} components but the model has {model.k}")
    if r_out is not None and (r_out.shape != (model.k, arr.size) or r_out.dtype != np.float64):
        raise ValueError(f"r_out must be a float64 array of shape {(model.k, arr.size)}")
    seed_theta = theta.sds == (1.0, 1.0) and theta.weights[1] == 1.0 - theta.weights[0]
    if model.is_seed and seed_theta and not general:
        row = None if r_out is None else r_out[0]
        result = em.step(arr, theta.to_params(), s, out=row)
        if r_out is not None:
            np.subtract(1.0, r_out[0], out=r_out[1])
        out = MixtureStep(
            theta=theta, loglik=result.loglik, next=Mixture.from_params(result.next),
            sums=_seed_sums(result, s.n), r=r_out, kept=result.kept, model=model,
        )
        return out
    width = spread(arr, s)
    sums = _full_pass(arr, theta, s, r_out, model.estimates_variance)
    new, kept, floored, collapsed = _m_step(
        arr, theta, model, s, sums, model.floor_for(width), COLLAPSE_FRACTION * width,
    )
    sum_rd, sum_rdd = sums.in_data_units()
    out_sums = ModelSums(
        n=s.n,
        sum_r=tuple(float(v) for v in sums.sum_r),
        sum_rd=sum_rd,
        sum_rdd=sum_rdd if model.estimates_variance else (float("nan"),) * model.k,
        old_means=theta.means,
    )
    return MixtureStep(theta=theta, loglik=sums.loglik, next=new, sums=out_sums, r=r_out,
                       kept=kept, floored=floored, collapsed=collapsed, model=model)


def e_step(x: Sequence[float] | np.ndarray, theta: Mixture) -> np.ndarray:
    """Responsibilities r_ik = P(Z_i = k | x_i, theta), a K x n array, in the log domain."""
    arr = _as_data(x)
    out = np.empty((theta.k, arr.size))
    _full_pass(arr, theta, em.summarize(arr), out, False)
    return out


def log_likelihood(x: Sequence[float] | np.ndarray, theta: Mixture) -> float:
    """sum_i log sum_k w_k phi(x_i; mu_k, sigma_k), without underflow."""
    arr = _as_data(x)
    return _full_pass(arr, theta, em.summarize(arr), None, False).loglik


def run(
    x: Sequence[float] | np.ndarray,
    theta: Mixture,
    model: Model,
    iterations: int,
    tol: float | None = None,
) -> list[MixtureStep]:
    """The steps of a run from ``theta``: the first from theta, one more per iteration.

    Step i holds theta_i and the log likelihood there (a row of :func:`fit`); its ``next``,
    ``note``, ``floored`` and so on tell what happened on the way to theta_(i+1). The run
    stops after ``iterations``, at a collapse (the collapsed theta is that step's ``next``), or
    with ``tol`` after the first step whose log likelihood rose by less than tol.
    """
    if iterations < 0:
        raise ValueError(f"iterations must be 0 or more, not {iterations}")
    arr = _as_data(x)
    s = em.summarize(arr)
    steps: list[MixtureStep] = []
    current = theta
    for i in range(iterations + 1):
        result = step(arr, current, model, s)
        steps.append(result)
        if i == iterations or result.collapsed:
            break
        if tol is not None and i > 0 and em.converged(steps[-2].loglik, result.loglik, tol):
            break
        current = result.next
    return steps


def fit(
    x: Sequence[float] | np.ndarray,
    theta: Mixture,
    model: Model,
    iterations: int,
    tol: float | None = None,
) -> list[tuple[int, Mixture, float]]:
    """Rows 0..iterations of (step, theta, log likelihood), as :func:`emgui.core.em.fit`."""
    return [(i, r.theta, r.loglik) for i, r in enumerate(run(x, theta, model, iterations, tol))]


def simulate(
    n: int, truth: Mixture, seed: int | None
) -> tuple[np.ndarray, np.ndarray]:
    """Draw n points from ``truth``: returns (x, z) with z in 1..K the component of each point."""
    n = int(n)
    if n < 1:
        raise ValueError(f"n must be at least 1, not {n}")
    rng = np.random.default_rng(seed)
    z = rng.choice(truth.k, size=n, p=np.array(truth.weights) / math.fsum(truth.weights))
    x = rng.normal(np.array(truth.means)[z], np.array(truth.sds)[z])
    return x, z + 1


@dataclass(frozen=True)
class MixtureRow:
    """One recorded iteration: the parameters at a step and the log likelihood there."""

    step: int
    theta: Mixture
    loglik: float

    def format(self) -> str:
        """The seed script's line for two unit-variance components, else one like it."""
        t = self.theta
        if t.k == 2 and t.sds == (1.0, 1.0):
            return em.HistoryRow(self.step, t.to_params(), self.loglik).format()
        w = ", ".join(f"{v:.3f}" for v in t.weights)
        m = ", ".join(f"{v:.3f}" for v in t.means)
        s = ", ".join(f"{v:.3f}" for v in t.sds)
        return f"{self.step:2d}: w=({w}), mu=({m}), sigma=({s}), loglik={self.loglik:.2f}"


def as_mixture(theta: Mixture | em.Params) -> Mixture:
    """A Mixture, converting the seed's (pi, mu1, mu2) when given one."""
    return Mixture.from_params(theta) if isinstance(theta, em.Params) else theta


def same_components(theta: Mixture) -> tuple[tuple[int, int], ...]:
    """Pairs of components (1-based) with equal parameters: EM can never separate them."""
    pairs = []
    for i in range(theta.k):
        for j in range(i + 1, theta.k):
            scale = max(1.0, abs(theta.means[i]), abs(theta.means[j]))
            if (
                abs(theta.means[i] - theta.means[j]) <= em.SAME_MEANS * scale
                and abs(theta.sds[i] - theta.sds[j]) <= em.SAME_MEANS * max(theta.sds[i], 1.0)
                and theta.weights[i] > em.EMPTY_WEIGHT and theta.weights[j] > em.EMPTY_WEIGHT
            ):
                pairs.append((i + 1, j + 1))
    return tuple(pairs)


def empty_components(theta: Mixture) -> tuple[int, ...]:
    """Components (1-based) with no weight left."""
    return tuple(i + 1 for i, w in enumerate(theta.weights) if w <= em.EMPTY_WEIGHT)


@dataclass(frozen=True)
class MixtureSimulation:
    """Settings that reproduce a simulated sample of K components exactly.

    The seed's two-component sample keeps :class:`emgui.core.em.Simulation` (and its bits);
    this one draws the component of each point, then the point, with ``default_rng(seed)``.
    """

    n: int
    truth_mixture: Mixture
    seed: int = 0

    MAX_N = em.Simulation.MAX_N
    SEED_LIMIT = em.Simulation.SEED_LIMIT

    def truth(self) -> Mixture:
        return self.truth_mixture

    def validated(self) -> MixtureSimulation:
        if not 1 <= self.n <= self.MAX_N:
            raise ValueError(f"n must be between 1 and {self.MAX_N:,}, not {self.n}")
        if not 0 <= self.seed < self.SEED_LIMIT:
            raise ValueError(f"the seed must be a whole number from 0 up, not {self.seed}")
        return self

    def draw(self) -> tuple[np.ndarray, np.ndarray]:
        return simulate(self.n, self.truth_mixture, self.seed)

    def describe(self) -> str:
        k = self.truth_mixture.k
        return f"simulated: n = {self.n}, {k} components, seed {self.seed}"


def saddle_kind(theta: Mixture | em.Params) -> str | None:
    """Where EM stands still without a real fit: 'equal' (two components the same), 'empty'
    (the seed's model with a weight of 0), or None."""
    if isinstance(theta, em.Params):
        return em.saddle_kind(theta)
    if theta.k == 2 and theta.sds == (1.0, 1.0):
        return em.saddle_kind(theta.to_params())
    return "equal" if same_components(theta) else None
