"""``python -m emgui.bench``: how long one EM step takes, ours against the seed script's loop.

Not part of the test run. Prints a markdown table (ready for the README) of the median time of
one step at growing n: ``np.sum(x)`` as the memory-bandwidth floor, the seed's loop (scipy
``norm.pdf`` densities, their ratio, the log of their sum, the seed's M-step) and
:func:`emgui.core.em.step` with a precomputed :func:`emgui.core.em.summarize`, plus the speed-up.

A second table times one iteration of :func:`emgui.core.mixture.step` for K components beside
scikit-learn's ``GaussianMixture`` doing one iteration of the same model from the same start
(the optional ``bench`` extra; without it a line says so). Last, both steps are timed in fresh
processes with numpy's default BLAS threads and with one, the other core idle and busy.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence

import numpy as np

from emgui.core import em, mixture


def seed_step(x: np.ndarray, pi: float, mu1: float, mu2: float
              ) -> tuple[float, float, float, float]:
    """One iteration of the seed script's loop, verbatim: (loglik, new pi, new mu1, new mu2)."""
    from scipy import stats

    dens1 = pi * stats.norm.pdf(x, mu1, 1.0)
    dens2 = (1 - pi) * stats.norm.pdf(x, mu2, 1.0)
    r = dens1 / (dens1 + dens2)
    loglik = np.sum(np.log(dens1 + dens2))
    return (float(loglik), float(r.mean()), float(np.sum(r * x) / np.sum(r)),
            float(np.sum((1 - r) * x) / np.sum(1 - r)))


def median_ms(fn: Callable[[], object], repeats: int) -> float:
    """Median wall time of fn in milliseconds, after one warm-up call."""
    fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return 1e3 * statistics.median(times)


def peak_mib(fn: Callable[[], object]) -> float:
    """Peak memory allocated while fn runs, in MiB (numpy reports its buffers to tracemalloc)."""
    tracemalloc.start()
    try:
        fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 2**20


#: What each BLAS-setting subprocess runs: 10 EM iterations at n = 10^6, the median of 5 runs.
_FIT_SNIPPET = """
import statistics, time
from emgui.core import em, mixture
x, _ = em.simulate(1_000_000, 2.4, 0.45, 531)
start = em.Params(0.45, -1.0, 1.2)
em.fit(x, start, 2)
times = []
for _ in range(5):
    t0 = time.perf_counter()
    em.fit(x, start, 10)
    times.append(time.perf_counter() - t0)
print(statistics.median(times))
"""

#: The same for the general step: K = 5, variances each estimated, 10 iterations at n = 10^6.
_MIXTURE_FIT_SNIPPET = """
import statistics, time
from emgui.core import mixture
truth = mixture.Mixture((0.2,) * 5, (-8.0, -4.0, 0.0, 4.0, 8.0), (1.0,) * 5)
x, _ = mixture.simulate(1_000_000, truth, 531)
model = mixture.Model(5, "free")
start = mixture.default_start(x, model)
mixture.fit(x, start, model, 2)
times = []
for _ in range(5):
    t0 = time.perf_counter()
    mixture.fit(x, start, model, 10)
    times.append(time.perf_counter() - t0)
print(statistics.median(times))
"""


def fit_seconds(env_overrides: dict[str, str], busy_core: bool,
                snippet: str = _FIT_SNIPPET) -> float:
    """Median time of a snippet's fit (10 iterations, n = 10^6) in a fresh process."""
    import os
    import subprocess

    env = {**os.environ, **env_overrides}
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        if name not in env_overrides:
            env.pop(name, None)
    spinner = None
    if busy_core:  # the other core busy, as in a classroom machine running anything else
        spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        done = subprocess.run([sys.executable, "-c", snippet], env=env, check=True,
                              capture_output=True, text=True)
    finally:
        if spinner is not None:
            spinner.kill()
            spinner.wait()
    return float(done.stdout.strip())


def print_blas_table() -> None:
    """Both steps with numpy's default BLAS threads against one thread, quiet and loaded."""
    print("\n10 EM iterations at n = 10^6, seconds (fresh process each; median of 5 runs):\n")
    print("| step | other core | default BLAS threads | OPENBLAS_NUM_THREADS=1 | ratio |")
    print("|---|---|---:|---:|---:|")
    for name, snippet in (("em.fit (seed's model)", _FIT_SNIPPET),
                          ("mixture.fit, K = 5, variances estimated", _MIXTURE_FIT_SNIPPET)):
        for busy in (False, True):
            default = fit_seconds({}, busy, snippet)
            single = fit_seconds({"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}, busy,
                                 snippet)
            print(f"| {name} | {'busy' if busy else 'idle'} | {default:.3f} | {single:.3f} | "
                  f"{default / single:.2f} |")
    print("\nA ratio near 1 says the speed does not depend on BLAS threads: neither step "
          "calls BLAS.")


#: The models of the K-component table: (label, model, general path).
MIXTURE_CASES = (
    ("K = 2, variances fixed at 1 (the seed's fast path)", mixture.Model(2, "fixed"), False),
    ("K = 2, variances fixed at 1 (general path)", mixture.Model(2, "fixed"), True),
    ("K = 2, variances each estimated", mixture.Model(2, "free"), False),
    ("K = 3, variances each estimated", mixture.Model(3, "free"), False),
    ("K = 5, variances each estimated", mixture.Model(5, "free"), False),
)


def _sample(k: int, n: int) -> np.ndarray:
    """n points from K unit-variance groups 4 apart, equal weights."""
    truth = mixture.Mixture((1.0 / k,) * k, tuple(4.0 * (i - (k - 1) / 2) for i in range(k)),
                            (1.0,) * k)
    return mixture.simulate(n, truth, 531)[0]


class SklearnIteration:
    """One scikit-learn GaussianMixture iteration from ``start`` per call.

    ``covariance_type="spherical"`` is a variance per component (in 1-D the model "free"),
    ``max_iter=1`` one iteration, ``reg_covar=0`` no variance added; ``warm_start`` makes each
    fit continue from the parameters the estimator holds, which are set to ``start`` before
    every call, so that every timed call is the same iteration from the same start.
    """

    def __init__(self, x: np.ndarray, start: mixture.Mixture) -> None:
        from sklearn.mixture import GaussianMixture

        k = start.k
        self.weights = np.array(start.weights)
        self.means = np.array(start.means).reshape(k, 1)
        self.variances = np.array(start.sds) ** 2
        self.estimator = GaussianMixture(
            k, covariance_type="spherical", max_iter=1, tol=0.0, reg_covar=0.0,
            warm_start=True, weights_init=self.weights, means_init=self.means,
            precisions_init=1.0 / self.variances)
        self.data = x.reshape(-1, 1)

    def __call__(self) -> object:
        import warnings

        from sklearn.exceptions import ConvergenceWarning

        gm = self.estimator
        gm.weights_ = self.weights.copy()
        gm.means_ = self.means.copy()
        gm.covariances_ = self.variances.copy()
        gm.precisions_cholesky_ = 1.0 / np.sqrt(self.variances)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            return gm.fit(self.data)

    def difference(self, ours: mixture.Mixture) -> float:
        """Largest difference between the last call's new parameters and ``ours``."""
        gm = self.estimator
        return max(float(np.max(np.abs(gm.weights_ - np.array(ours.weights)))),
                   float(np.max(np.abs(gm.means_.ravel() - np.array(ours.means)))),
                   float(np.max(np.abs(np.sqrt(gm.covariances_) - np.array(ours.sds)))))


def sklearn_version() -> str | None:
    try:
        import sklearn
    except ImportError:
        return None
    return str(sklearn.__version__)


def print_mixture_table(n: int, repeats: int) -> None:
    """One EM iteration for K components, ours beside scikit-learn's, same run, same start."""
    version = sklearn_version()
    print(f"\nOne EM iteration for K components at n = {n:,} from the default start, median of "
          f"{repeats} runs, ms; scikit-learn's GaussianMixture (spherical, max_iter=1, warm "
          "start from the same parameters) in the same run:\n")
    if version is None:
        print('scikit-learn is not installed (pip install -e ".[bench]"), so its column is '
              "empty.\n")
    print(f"| model | emgui.core.mixture.step | scikit-learn {version or '-'} | speed-up "
          "| largest difference |")
    print("|---|---:|---:|---:|---:|")
    for label, model, general in MIXTURE_CASES:
        x = _sample(model.k, n)
        s = em.summarize(x)
        start = mixture.default_start(x, model)
        ours = median_ms(lambda x=x, s=s, st=start, m=model, g=general:
                         mixture.step(x, st, m, s, general=g), repeats)
        if version is None:
            print(f"| {label} | {ours:.2f} | - | - | - |")
            continue
        theirs = SklearnIteration(x, start)
        their_ms = median_ms(theirs, repeats)
        if model.estimates_variance:
            diff = f"{theirs.difference(mixture.step(x, start, model, s).next):.1e}"
        else:
            diff = "- (sigma estimated)"
        print(f"| {label} | {ours:.2f} | {their_ms:.2f} | {their_ms / ours:.1f}x | {diff} |")
    if version is not None:
        print("\nscikit-learn cannot hold variances at 1: beside the K = 2 unit-variance rows it "
              "estimates them (the same work and one sum more). Its fit also checks the input "
              "and ends with one more E-step for the labels.")


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m emgui.bench", description=__doc__.splitlines()[0]
    )
    p.add_argument("--max-n", type=int, default=10_000_000, help="largest n (default 10^7)")
    p.add_argument("--repeats", type=int, default=5, help="timed repeats per cell (default 5)")
    args = p.parse_args(argv)
    if args.max_n < 1 or args.repeats < 1:
        p.error("--max-n and --repeats must be at least 1")

    theta = em.Params(0.45, -1.0, 1.2)
    print(f"numpy {np.__version__}, Python {sys.version.split()[0]}, "
          f"median of {args.repeats} repeats, one EM step, times in ms\n")
    print("| n | np.sum(x) | seed loop (scipy) | emgui.core.em.step | speed-up "
          "| em.step, r into a reused buffer | speed-up |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    n = 1000
    while n <= args.max_n:
        x, _ = em.simulate(n, 2.4, 0.45, 531)
        s = em.summarize(x)
        floor = median_ms(lambda x=x: np.sum(x), args.repeats)
        seed = median_ms(lambda x=x: seed_step(x, *theta.as_tuple()), args.repeats)
        ours = median_ms(lambda x=x, s=s: em.step(x, theta, s), args.repeats)
        buffer = np.empty_like(x)
        reused = median_ms(lambda x=x, s=s, b=buffer: em.step(x, theta, s, out=b), args.repeats)
        print(f"| 10^{len(str(n)) - 1} | {floor:.3f} | {seed:.2f} | {ours:.2f} | "
              f"{seed / ours:.1f}x | {reused:.2f} | {seed / reused:.1f}x |")
        n *= 10
    if args.max_n >= 1_000_000:
        x, _ = em.simulate(1_000_000, 2.4, 0.45, 531)
        s = em.summarize(x)
        ours_mem = peak_mib(lambda: em.step(x, theta, s))
        seed_mem = peak_mib(lambda: seed_step(x, *theta.as_tuple()))
        print(f"\nPeak extra memory of one step at n = 10^6 (x itself is "
              f"{x.nbytes / 2**20:.1f} MiB): emgui.core.em.step {ours_mem:.1f} MiB, "
              f"seed loop {seed_mem:.1f} MiB.")
    print_mixture_table(min(args.max_n, 1_000_000), args.repeats)
    if args.max_n >= 1_000_000:
        print_blas_table()
    return 0


if __name__ == "__main__":
    sys.exit(main())
