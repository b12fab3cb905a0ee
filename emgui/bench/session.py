"""``python -m emgui.bench.session``: a session step's cost against the length of its history.

Not part of the test run. A step of :class:`emgui.gui.session.EMSession` (one EM iteration and the
state the views receive) must cost the same at iteration 10 and at iteration 100,000: the
session keeps its bookkeeping per row and hands the views a view of its rows, never a copy.
Prints the median time of one step after the history has reached each length, and the time to
open (recompute) a long history with :meth:`EMSession.restore`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence

from emgui.core import em
from emgui.gui.session import EMSession


def step_us(session: EMSession, repeats: int) -> float:
    """Median wall time of one session step, in microseconds."""
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        session.step()
        times.append(time.perf_counter() - t0)
    return 1e6 * statistics.median(times)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m emgui.bench.session", description=__doc__.splitlines()[0]
    )
    p.add_argument("--n", type=int, default=80, help="sample size (default 80)")
    p.add_argument("--max-t", type=int, default=100_000, help="longest history (default 10^5)")
    p.add_argument("--repeats", type=int, default=200, help="timed steps per length")
    args = p.parse_args(argv)
    if args.n < 1 or args.max_t < 10 or args.repeats < 1:
        p.error("--n, --max-t and --repeats must be at least 1, 10 and 1")
    session = EMSession(em.Simulation(n=args.n))
    print(f"n = {args.n}, median of {args.repeats} steps, Python {sys.version.split()[0]}\n")
    print("| history length T | one step (us) |")
    print("|---:|---:|")
    t = 10
    while t <= args.max_t:
        while len(session.state.history) - 1 < t:
            session.step()
        print(f"| {t:,} | {step_us(session, args.repeats):.1f} |")
        t *= 10
    state = session.state
    fresh = EMSession(em.Simulation(n=args.n))
    t0 = time.perf_counter()
    fresh.restore(
        state.data.x,
        None,
        None,
        "bench",
        state.start,
        state.tol,
        100_000,
        False,
        state.last_position,
        state.last_position,
    )
    took = time.perf_counter() - t0
    per = 1e6 * took / len(state.history)
    print(
        f"\nRecomputing a history of {len(state.history) - 1:,} iterations (opening a "
        f"session): {took:.2f} s, {per:.1f} us per iteration."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
