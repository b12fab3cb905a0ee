"""``python -m emgui.bench``: how long one EM step takes, ours against the seed script's loop.

Not part of the test run. Prints a markdown table (ready for the README) of the median time of
one step at growing n: ``np.sum(x)`` as the memory-bandwidth floor, the seed's loop (scipy
``norm.pdf`` densities, their ratio, the log of their sum, the seed's M-step) and
:func:`emgui.core.em.step` with a precomputed :func:`emgui.core.em.summarize`, plus the speed-up.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence

import numpy as np

from emgui.core import em


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
from emgui.core import em
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


def fit_seconds(env_overrides: dict[str, str], busy_core: bool) -> float:
    """Median time of em.fit(10 iterations, n = 10^6) in a fresh process with these settings."""
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
        done = subprocess.run([sys.executable, "-c", _FIT_SNIPPET], env=env, check=True,
                              capture_output=True, text=True)
    finally:
        if spinner is not None:
            spinner.kill()
            spinner.wait()
    return float(done.stdout.strip())


def print_blas_table() -> None:
    """em.fit with numpy's default BLAS threads against one thread, quiet and loaded."""
    print("\nem.fit, 10 iterations at n = 10^6, seconds (fresh process each; median of 5 runs):\n")
    print("| other core | default BLAS threads | OPENBLAS_NUM_THREADS=1 | ratio |")
    print("|---|---:|---:|---:|")
    for busy in (False, True):
        default = fit_seconds({}, busy)
        single = fit_seconds({"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}, busy)
        print(f"| {'busy' if busy else 'idle'} | {default:.3f} | {single:.3f} | "
              f"{default / single:.2f} |")


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
        print_blas_table()
    return 0


if __name__ == "__main__":
    sys.exit(main())
