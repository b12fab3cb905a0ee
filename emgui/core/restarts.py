"""Many starts: run EM from random starts, group the fits that are one fit, rank them.

EM climbs to the top of whichever hill it starts on. Running it from many starts shows how
often it reaches the best fit, how often a lesser one, and that a fit and its mirror image (the
same components with the labels swapped) are one fit.

* Starts (:func:`draw_starts`), seeded and reproducible: the means at K different data points
  drawn at random, the weights uniform in (0.1, 0.9) for two components (pi, 1 - pi), for more
  components K such numbers divided by their sum; sigmas as in
  :func:`emgui.core.mixture.default_start` (1, or the data's spread / K).
* Each start runs as the session would run it (:func:`run_start`): the same step, stopped at
  the first iteration whose increase falls below the tolerance, or at the iteration limit
  (the gallery allows at least :data:`RUN_LIMIT`: slow runs on overlapping data need
  hundreds); so the session, given this start and limit, reproduces the run to the last digit.
* Fits are compared with their components sorted by mean (:func:`canonical`) and are one fit
  when every weight agrees within :data:`WEIGHT_TOL` and every mean and sigma within
  :data:`SCALE_TOL` of the data's spread (:func:`same_fit`), or, where EM stops on a flat
  ridge while still creeping, when their log L agree to 0.01 and their parameters within
  :data:`RIDGE_TOL` (:func:`same_hill`); groups are ranked by their best log likelihood.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from emgui.core import em
from emgui.core.mixture import Mixture, Model, default_start, spread, step

__all__ = [
    "MAX_STARTS",
    "Group",
    "Run",
    "Summary",
    "canonical",
    "draw_starts",
    "group_runs",
    "run_all",
    "run_start",
    "same_fit",
    "summarize",
]

MAX_STARTS = 200
DEFAULT_STARTS = 20
WEIGHT_LOW, WEIGHT_HIGH = 0.1, 0.9
WEIGHT_TOL = 1e-2
SCALE_TOL = 1e-2
#: Runs whose log L agree this closely (relative, at least LOGLIK_FLOOR) are one fit when
#: their parameters agree within RIDGE_TOL (weights; of the spread for means and sigmas).
LOGLIK_TOL = 1e-7
LOGLIK_FLOOR = 1e-2
RIDGE_TOL = 0.25
#: The gallery runs each start to convergence, allowing at least this many iterations.
RUN_LIMIT = 5000
#: Means this close (relative to their size) are on top of each other.
SAME_MEANS = em.SAME_MEANS
EMPTY_WEIGHT = em.EMPTY_WEIGHT


@dataclass(frozen=True)
class Run:
    """One start run to its end: the fit reached, its log likelihood and how long it took."""

    index: int  # which start (0-based, in the order drawn)
    start: Mixture
    fit: Mixture
    loglik: float
    iterations: int
    converged: bool  # False: stopped by the iteration limit (or a collapse)
    start_loglik: float

    @property
    def kind(self) -> str | None:
        """'saddle' (two components on top of each other), 'empty' (a weight of 0) or None."""
        return fit_kind(self.fit)


def fit_kind(theta: Mixture) -> str | None:
    """Where EM may stand still without separating the components (see em.saddle_kind)."""
    if any(w <= EMPTY_WEIGHT for w in theta.weights):
        return "empty"
    for i in range(theta.k):
        for j in range(i + 1, theta.k):
            a, b = theta.means[i], theta.means[j]
            if abs(a - b) <= SAME_MEANS * max(1.0, abs(a), abs(b)) and (
                theta.sds[i] == theta.sds[j]
            ):
                return "saddle"
    return None


def draw_starts(
    x: Sequence[float] | np.ndarray, model: Model, count: int, seed: int
) -> list[Mixture]:
    """``count`` random starts for ``model`` from the data, the same for the same seed."""
    count = int(count)
    if not 1 <= count <= MAX_STARTS:
        raise ValueError(f"the number of starts must be 1 to {MAX_STARTS}, not {count}")
    arr = np.asarray(x, dtype=np.float64)
    rng = np.random.default_rng(int(seed))
    k = model.k
    sds = default_start(arr, model).sds
    starts = []
    for _ in range(count):
        picks = rng.choice(arr.size, size=k, replace=arr.size < k)
        means = tuple(float(arr[i]) for i in picks)
        if k == 2:
            pi = float(rng.uniform(WEIGHT_LOW, WEIGHT_HIGH))
            weights: tuple[float, ...] = (pi, 1.0 - pi)
        else:
            raw = rng.uniform(WEIGHT_LOW, WEIGHT_HIGH, size=k)
            weights = tuple(float(w) for w in raw / raw.sum())
        starts.append(Mixture(weights, means, sds))
    return starts


def run_start(
    x: np.ndarray,
    start: Mixture,
    model: Model,
    tol: float,
    max_iterations: int,
    index: int = 0,
    summary: em.DataSummary | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Run | None:
    """Run EM from start as the session runs it; None if should_stop() said so on the way."""
    arr = np.asarray(x, dtype=np.float64)
    s = summary if summary is not None else em.summarize(arr)
    current = start
    previous: float | None = None
    first = math.nan
    converged = False
    iteration = 0
    while True:
        if should_stop is not None and should_stop():
            return None
        result = step(arr, current, model, s)
        loglik = result.loglik
        if iteration == 0:
            first = loglik
        elif previous is not None and em.converged(previous, loglik, tol):
            converged = True
            break
        if iteration >= max_iterations or result.collapsed:
            break
        previous = loglik
        current = result.next
        iteration += 1
    return Run(index, start, current, loglik, iteration, converged, first)


def canonical(theta: Mixture) -> Mixture:
    """theta with its components sorted by mean (then sigma, then weight): labels forgotten."""
    order = sorted(range(theta.k), key=lambda k: (theta.means[k], theta.sds[k], theta.weights[k]))
    return Mixture(
        tuple(theta.weights[k] for k in order),
        tuple(theta.means[k] for k in order),
        tuple(theta.sds[k] for k in order),
    )


def same_fit(
    a: Mixture, b: Mixture, scale: float, weight_tol: float = 0.0, scale_tol: float = 0.0
) -> bool:
    """True when a and b are one fit up to relabelling (within the tolerances above)."""
    if a.k != b.k:
        return False
    ca, cb = canonical(a), canonical(b)
    weight_tol = weight_tol or WEIGHT_TOL
    tol = (scale_tol or SCALE_TOL) * scale
    return (
        all(abs(p - q) <= weight_tol for p, q in zip(ca.weights, cb.weights, strict=True))
        and all(abs(p - q) <= tol for p, q in zip(ca.means, cb.means, strict=True))
        and all(abs(p - q) <= tol for p, q in zip(ca.sds, cb.sds, strict=True))
    )


@dataclass(frozen=True)
class Group:
    """Runs that reached one fit, best first; ``fit`` is the best run's, labels sorted."""

    runs: tuple[Run, ...]
    fit: Mixture
    loglik: float
    kind: str | None

    @property
    def size(self) -> int:
        return len(self.runs)

    @property
    def iterations(self) -> tuple[int, int]:
        its = [r.iterations for r in self.runs]
        return min(its), max(its)


def same_hill(a: Run, b: Run, scale: float) -> bool:
    """True when two runs ended on one fit: the same parameters up to relabelling, or, on a
    flat ridge where EM stops while still creeping, log L within :data:`LOGLIK_TOL` (of
    |log L|, at least 0.01) and parameters within :data:`RIDGE_TOL` of the spread."""
    if same_fit(a.fit, b.fit, scale):
        return True
    tol = max(LOGLIK_FLOOR, LOGLIK_TOL * abs(a.loglik))
    if not abs(a.loglik - b.loglik) <= tol:
        return False
    return same_fit(a.fit, b.fit, scale, RIDGE_TOL, RIDGE_TOL)


def group_runs(runs: Sequence[Run], scale: float) -> list[Group]:
    """Runs grouped by fit, groups ranked by best log likelihood, runs by log L then speed."""
    ordered = sorted(runs, key=lambda r: (-_finite(r.loglik), r.iterations, r.index))
    members: list[list[Run]] = []
    for run in ordered:
        for group in members:
            if same_hill(group[0], run, scale):
                group.append(run)
                break
        else:
            members.append([run])
    groups = [
        Group(tuple(g), canonical(g[0].fit), g[0].loglik, g[0].kind) for g in members
    ]
    groups.sort(key=lambda g: -_finite(g.loglik))
    return groups


def _finite(value: float) -> float:
    return value if math.isfinite(value) else -math.inf


@dataclass(frozen=True)
class Summary:
    """The gallery's numbers: groups ranked, how many starts ran, the share at the best fit."""

    groups: tuple[Group, ...]
    total: int

    @property
    def best(self) -> Group | None:
        return self.groups[0] if self.groups else None

    @property
    def best_share(self) -> float:
        """The share of the runs that reached the best fit (0 with no runs)."""
        return self.groups[0].size / self.total if self.groups and self.total else 0.0

    def rank_of(self, run: Run) -> int:
        """The 0-based rank of the group a run belongs to."""
        for k, group in enumerate(self.groups):
            if run in group.runs:
                return k
        raise ValueError("the run is not in this summary")


def summarize(runs: Sequence[Run], x: Sequence[float] | np.ndarray) -> Summary:
    """Group and rank runs on the data x (their spread sets the tolerance)."""
    groups = group_runs(runs, spread(np.asarray(x, dtype=np.float64)))
    return Summary(tuple(groups), len(runs))


def run_all(
    x: Sequence[float] | np.ndarray,
    model: Model,
    count: int,
    seed: int,
    tol: float,
    max_iterations: int,
    should_stop: Callable[[], bool] | None = None,
) -> list[Run]:
    """Draw the starts and run each (the worker does the same, one signal per run)."""
    arr = np.asarray(x, dtype=np.float64)
    s = em.summarize(arr)
    runs = []
    for index, start in enumerate(draw_starts(arr, model, count, seed)):
        run = run_start(arr, start, model, tol, max_iterations, index, s, should_stop)
        if run is None:
            break
        runs.append(run)
    return runs
