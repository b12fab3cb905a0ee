"""``python -m emgui.bench.why``: what the "Why EM climbs" area costs, and the binning's error.

Not part of the test run. Prints medians (milliseconds) of

* the 200 x 200 likelihood landscape with its critical points (weights held, and the best
  weights for each cell), at n = 80 (exact) and n = 10^6 (binned, binning included);
* the largest error of the binned map against the exact sum over every point, on a grid of
  cells spread over the map (the exact sum takes a few seconds);
* the lower bound along one step, and the restart gallery's EM runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence

import numpy as np

from emgui.core import bound, em, landscape, restarts
from emgui.core.mixture import Mixture, Model


def median_ms(call: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        call()
        times.append(time.perf_counter() - t0)
    return 1e3 * statistics.median(times)


def exact_two(x: np.ndarray, a: np.ndarray, b: np.ndarray, s: np.ndarray) -> np.ndarray:
    """log L of (s, a, b) with unit sigmas, summed over every point (per-point logaddexp)."""
    out = np.zeros(a.size)
    half_log_2pi = 0.5 * np.log(2 * np.pi)
    ls, l1s = np.log(s)[:, None], np.log1p(-s)[:, None]
    for start in range(0, x.size, 8192):
        xb = x[None, start:start + 8192]
        t1 = ls - 0.5 * (xb - a[:, None]) ** 2
        t2 = l1s - 0.5 * (xb - b[:, None]) ** 2
        out += np.logaddexp(t1, t2).sum(axis=1)
    return out - x.size * half_log_2pi


def binning_error(x: np.ndarray, theta: Mixture, weights: str, cells: int) -> tuple[float, float]:
    """Largest |binned - exact| over cells x cells grid cells, and that over |log L|."""
    sl = landscape.Slice(theta, (0, 1), weights)  # type: ignore[arg-type]
    axis = landscape.grid_axis(x, theta)
    points = landscape.weighted_points(x)
    z = landscape.surface_grid(points, sl, axis)
    pick = np.linspace(0, axis.size - 1, cells).round().astype(int)
    rows, cols = np.meshgrid(pick, pick, indexing="ij")
    a, b = axis[cols.ravel()], axis[rows.ravel()]
    if weights == "best":
        s = landscape.best_share(points, sl, a, b)
    else:
        s = np.full(a.size, theta.weights[0])
    s = np.clip(s, landscape.S_MIN, 1 - landscape.S_MIN)
    # Binned and exact at the same parameters: the binned value at the binned share.
    binned = z[rows.ravel(), cols.ravel()]
    exact = exact_two(x, a, b, s)
    err = np.abs(binned - exact)
    return float(err.max()), float((err / np.abs(exact)).max())


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m emgui.bench.why",
                                description=__doc__.splitlines()[0])
    p.add_argument("--repeats", type=int, default=5, help="timed runs per number")
    p.add_argument("--cells", type=int, default=15, help="cells per side for the error check")
    p.add_argument("--large", type=int, default=10**6, help="the large n (default 10^6)")
    args = p.parse_args(argv)
    r = args.repeats
    print(f"medians of {r} runs, Python {sys.version.split()[0]}, numpy {np.__version__}\n")
    print("| n | data as | weights | binning (once per data set) | map 200 x 200 | "
          "critical points | all three (ms) |")
    print("|---:|---|---|---:|---:|---:|---:|")
    for n in (80, args.large):
        x, _ = em.simulate(n, 2.4, 0.45, 531)
        fit = em.fit(x, em.Params(0.5, -0.5, 0.5), 500, tol=1e-10)[-1].theta
        theta = Mixture.from_params(fit)
        for weights in ("held", "best"):
            sl = landscape.Slice(theta, (0, 1), weights)  # type: ignore[arg-type]
            axis = landscape.grid_axis(x, theta)

            def whole(sl=sl, axis=axis, x=x) -> None:
                landscape.compute(x, sl, axis)  # binning included

            def binning(x=x) -> None:
                landscape.weighted_points(x)

            points = landscape.weighted_points(x)

            def alone(sl=sl, axis=axis, points=points) -> None:
                landscape.surface_grid(points, sl, axis)

            z = landscape.surface_grid(points, sl, axis)

            def critical(sl=sl, axis=axis, points=points, z=z) -> None:
                landscape._critical_points(points, sl, axis, z)

            how = f"{points.size} binned points" if points.binned else "every point"
            print(f"| {n:,} | {how} | {weights} | {median_ms(binning, r):.1f} | "
                  f"{median_ms(alone, r):.1f} | {median_ms(critical, r):.1f} | "
                  f"{median_ms(whole, r):.1f} |")
    x, _ = em.simulate(args.large, 2.4, 0.45, 531)
    fit = em.fit(x, em.Params(0.5, -0.5, 0.5), 500, tol=1e-8)[-1].theta
    theta = Mixture.from_params(fit)
    print(f"\nBinning error at n = {args.large:,}, {args.cells} x {args.cells} cells spread over "
          "the map, against the exact sum:")
    for weights in ("held", "best"):
        err, rel = binning_error(x, theta, weights, args.cells)
        print(f"  weights {weights}: largest error {err:.3g} in log L ({rel:.2g} relative)")

    print("\n| n | lower bound along one step (ms) |")
    print("|---:|---:|")
    for n in (80, args.large):
        x, _ = em.simulate(n, 2.4, 0.45, 531)
        t0 = em.Params(0.5, -0.5, 0.5)
        step = em.step(x, t0)
        r2 = np.vstack((step.r, 1 - step.r))
        th, nx = Mixture.from_params(t0), Mixture.from_params(step.next)

        def line(x=x, th=th, nx=nx, r2=r2) -> None:
            bound.compute(x, th, nx, r=r2)

        print(f"| {n:,} | {median_ms(line, r):.1f} |")

    x, _ = em.simulate(80, 2.4, 0.45, 531)
    print("\n| starts (n = 80) | EM runs to convergence (ms) |")
    print("|---:|---:|")
    for count in (20, 200):
        def runs(count=count) -> None:
            restarts.run_all(x, Model(), count, 1, 1e-6, 200)

        print(f"| {count} | {median_ms(runs, max(1, r // 2)):.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
