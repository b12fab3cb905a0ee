"""``emgui-cli``: run EM on the seed's simulated sample, or on a data file, and print the history.

With no arguments it prints the seed script's table exactly. Every mistake in the input ends in
exit status 2 and one line on stderr naming the problem, never a traceback.

A log likelihood below the double range (data like 1e200, whose squares overflow) is printed as
``-inf``, in the table and in ``--csv`` alike; the core never returns NaN.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

import numpy as np

from emgui import __version__
from emgui.core import em
from emgui.core.datafile import DataFileError, choose_values, read_table
from emgui.core.exports import history_csv

PROG = "emgui-cli"
#: What argparse should treat as a negative number rather than an option.
_NEGATIVE_NUMBER = re.compile(
    r"^-(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$|^-(inf|infinity|nan)$", re.IGNORECASE
)
#: The simulation's own limits (shared with the app); a file is limited by the datafile module.
MAX_N = em.Simulation.MAX_N
#: More iterations than this is a typing mistake rather than a lesson.
MAX_ITERATIONS = 1_000_000
#: Exit status for a bad command line or bad data (the argparse convention).
EXIT_USAGE = 2

DESCRIPTION = """\
Fit a two-component Gaussian mixture with EM and print one line per iteration.

Model: Z is 1 with probability pi and 2 otherwise; X given Z = k is normal with mean mu_k
and variance 1; EM estimates theta = (pi, mu1, mu2). Without --data the sample is simulated:
n points, component 1 centred at -sep/2 and component 2 at +sep/2, P(Z = 1) = true pi.
"""

EPILOG = """\
examples:
  emgui-cli                                  the seed's 9-line table
  emgui-cli --sep 1.0 --iterations 50 --tol 1e-6
  emgui-cli --data heights.csv --column cm --csv > history.csv

A log likelihood too small for a double (data like 1e200) is printed as -inf.
"""


class _Parser(argparse.ArgumentParser):
    """argparse, but its errors are a single line (no usage block) and exit with status 2.

    It also takes ``--init-mu1 -1e-3`` and ``--init-mu2 -inf`` as values: stock argparse reads
    a dash followed by anything but plain digits as an option and says "expected one argument".
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._negative_number_matcher = _NEGATIVE_NUMBER

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {_one_line(message)} (see --help)\n")


def _one_line(message: str) -> str:
    return " ".join(str(message).split())


def _number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"{text!r} is not a finite number")
    return value


def _integer(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None


def _checked(convert: Callable[[str], float], ok: Callable[[float], bool], why: str
             ) -> Callable[[str], float]:
    """An argparse type that converts, then rejects values for which ``ok`` is false."""

    def parse(text: str) -> float:
        value = convert(text)
        if not ok(value):
            raise argparse.ArgumentTypeError(f"{text} is impossible: {why}")
        return value

    parse.__name__ = convert.__name__.strip("_")  # argparse names the type in some messages
    return parse


def build_parser() -> argparse.ArgumentParser:
    """The command line; defaults reproduce the seed script."""
    p = _Parser(
        prog=PROG,
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sim = p.add_argument_group("simulated data (the default; not with --data)")
    sim.add_argument("--n", type=_checked(_integer, lambda v: 1 <= v <= MAX_N,
                                          f"n must be between 1 and {MAX_N:,}"),
                     help="sample size (default 80)")
    sim.add_argument("--sep", type=_checked(_number, lambda v: 0 <= v <= em.Simulation.MAX_SEP,
                                            "the separation must be between 0 and "
                                            f"{em.Simulation.MAX_SEP:g}"),
                     help="distance between the true means (default 2.4)")
    sim.add_argument("--true-pi", type=_checked(_number, lambda v: 0.0 <= v <= 1.0,
                                                "the true pi must lie between 0 and 1"),
                     help="P(Z = 1) in the simulation, 0 to 1 (default 0.45)")
    sim.add_argument("--seed", type=_checked(_integer,
                                             lambda v: 0 <= v < em.Simulation.SEED_LIMIT,
                                             "a seed must be 0 or more, below 2**31"),
                     help="random seed, 0 or more (default 531)")
    data = p.add_argument_group("data from a file")
    data.add_argument("--data", metavar="FILE",
                      help="a text file of numbers: one a line, CSV, TSV, ';' or whitespace "
                      "separated, optional header, '#' comments")
    data.add_argument("--column", metavar="NAME|INDEX",
                      help="which column of a file with several (header name or 1-based number)")
    run = p.add_argument_group("EM")
    run.add_argument("--iterations", type=_checked(_integer, lambda v: 0 <= v <= MAX_ITERATIONS,
                                                   f"iterations must be 0 to {MAX_ITERATIONS:,}"),
                     default=8, help="EM iterations after the start (default 8)")
    run.add_argument("--init-pi", type=_checked(_number, lambda v: 0.0 < v < 1.0,
                                                "the start pi must lie strictly between 0 and 1"),
                     default=0.5, help="start value of pi, strictly between 0 and 1 (default 0.5)")
    run.add_argument("--init-mu1", type=_number, default=-0.5,
                     help="start value of mu1 (default -0.5)")
    run.add_argument("--init-mu2", type=_number, default=0.5,
                     help="start value of mu2 (default 0.5)")
    run.add_argument("--tol", type=_checked(_number, lambda v: v > 0.0, "tol must be above 0"),
                     help="stop once the log likelihood rises by less than this")
    out = p.add_argument_group("output")
    out.add_argument("--csv", action="store_true",
                     help="print CSV (step,pi,mu1,mu2,loglik) at full precision instead")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return p


class _UsageError(Exception):
    """A problem with the input, reported as one line and exit status 2."""


def _data(args: argparse.Namespace) -> np.ndarray:
    """The sample: read from --data, or simulated like the seed script."""
    simulation = {"--n": args.n, "--sep": args.sep, "--true-pi": args.true_pi,
                  "--seed": args.seed}
    if args.data is not None:
        given = [name for name, value in simulation.items() if value is not None]
        if given:
            verb = "is" if len(given) == 1 else "are"
            raise _UsageError(f"{', '.join(given)} {verb} for simulated data and cannot be "
                              "combined with --data")
        table = read_table(args.data)
        for note in table.notes:  # missing values skipped, a line read as a column
            print(f"{args.data}: {note}", file=sys.stderr)
        return choose_values(table, args.column)
    if args.column is not None:
        raise _UsageError("--column chooses a column of a --data file, but no --data was given")
    given = {key: value for key, value in (("n", args.n), ("sep", args.sep),
                                            ("true_pi", args.true_pi), ("seed", args.seed))
             if value is not None}
    sim = em.Simulation(**given).validated()  # the seed script's settings where not given
    x, _ = em.simulate(sim.n, sim.sep, sim.true_pi, sim.seed)
    return x


def render(rows: Sequence[em.HistoryRow], as_csv: bool) -> str:
    """The printed history: the seed's table, or CSV with every float as repr (round-trips)."""
    if as_csv:
        return history_csv(rows)
    return "".join(row.format() + "\n" for row in rows)


def _fail(message: str) -> int:
    if sys.stderr is not None:  # closed too (`2>&-`): the exit status still tells
        with contextlib.suppress(OSError):
            sys.stderr.write(f"{PROG}: error: {_one_line(message)}\n")
            sys.stderr.flush()
    return EXIT_USAGE


def _silence_stdout() -> None:
    """Point stdout at the null device, so Python's own final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _output_failed(exc: OSError) -> int:
    _silence_stdout()
    reason = exc.strerror or type(exc).__name__
    return _fail(f"could not write the history to standard output ({reason.lower()})")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status instead of raising SystemExit."""
    if sys.stdout is None:  # started with `>&-`
        return _fail("standard output is closed, so nothing can be printed")
    try:
        status = _run(argv)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (e.g. `| head -1`) has gone: stop quietly, and keep Python's own final
        # flush from raising again by pointing stdout at the null device.
        _silence_stdout()
        return 141  # 128 + SIGPIPE: what a shell shows for a program stopped by a closed pipe
    except OSError as exc:  # a full disk (`> /dev/full`), a closed descriptor
        return _output_failed(exc)
    except KeyboardInterrupt:
        return 130
    return status


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version, or a one-line usage error
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    try:
        x = _data(args)
        start = em.Params(args.init_pi, args.init_mu1, args.init_mu2).checked_start()
        rows = em.fit(x, start, args.iterations, tol=args.tol)
    except (DataFileError, _UsageError) as e:
        return _fail(str(e))
    except ValueError as e:  # the core's own checks, already worded for users
        return _fail(str(e))
    except MemoryError:
        return _fail("not enough memory for this sample size; try a smaller --n")
    sys.stdout.write(render(rows, args.csv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
