"""``emgui-cli``: run EM on the seed's simulated sample, or on a data file, and print the history.

With no arguments it prints the seed script's table exactly. ``--k``, ``--variance`` and the
other model options fit K components with variances fixed at 1, shared or each its own
(:mod:`emgui.core.mixture`); the seed's model without them prints exactly what it always did.
Every mistake in the input ends in exit status 2 and one line on stderr naming the problem,
never a traceback.

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
from emgui.core import em, mixture
from emgui.core.datafile import DataFileError, choose_values, read_table
from emgui.core.exports import history_csv

PROG = "emgui-cli"
_NUMBER = r"((\d+\.?\d*|\.\d+)([eE][-+]?\d+)?|inf|infinity|nan)"
#: What argparse should treat as a negative number (or a list of numbers such as ``-1,0,1``
#: for --init-means) rather than an option.
_NEGATIVE_NUMBER = re.compile(rf"^-{_NUMBER}(\s*,\s*[-+]?{_NUMBER})*$", re.IGNORECASE)
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

With --k K (1 to 6) and --variance the mixture has K components with weights w_k, means mu_k
and standard deviations sigma_k: fixed at 1, one shared sigma, or each its own (free).
"""

EPILOG = """\
examples:
  emgui-cli                                  the seed's 9-line table
  emgui-cli --sep 1.0 --iterations 50 --tol 1e-6
  emgui-cli --data heights.csv --column cm --csv > history.csv
  emgui-cli --data waits.txt --k 3 --variance free --init-means 50,70,85 --tol 1e-8

Estimated variances make the likelihood unbounded (a component can shrink onto one point):
sigma is held at a floor, by default 1e-3 of the data's standard deviation; --sd-floor 0
turns it off, and EM then stops where a component collapses (said on stderr).

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


def _number_list(ok: Callable[[float], bool] | None = None, why: str = ""
                 ) -> Callable[[str], tuple[float, ...]]:
    """An argparse type for comma-separated finite numbers, each of which must pass ``ok``."""

    def parse(text: str) -> tuple[float, ...]:
        values = []
        for item in text.split(","):
            value = _number(item.strip())
            if ok is not None and not ok(value):
                raise argparse.ArgumentTypeError(f"{item.strip()} is impossible: {why}")
            values.append(value)
        return tuple(values)

    parse.__name__ = "list of numbers"
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
                     help="start value of pi, strictly between 0 and 1 (default 0.5)")
    run.add_argument("--init-mu1", type=_number, help="start value of mu1 (default -0.5)")
    run.add_argument("--init-mu2", type=_number, help="start value of mu2 (default 0.5)")
    run.add_argument("--tol", type=_checked(_number, lambda v: v > 0.0, "tol must be above 0"),
                     help="stop once the log likelihood rises by less than this")
    model = p.add_argument_group(
        "K components (the defaults are the seed's model: --k 2 --variance fixed)")
    model.add_argument("--k", type=_checked(_integer,
                                            lambda v: 1 <= v <= mixture.MAX_COMPONENTS,
                                            "the number of components must be between 1 and "
                                            f"{mixture.MAX_COMPONENTS}"),
                       help=f"number of components, 1 to {mixture.MAX_COMPONENTS} (default 2)")
    model.add_argument("--variance", choices=mixture.VARIANCES,
                       help="the components' variances: fixed at 1, one shared, or each its "
                       "own (default fixed)")
    model.add_argument("--init-weights", metavar="W1,...,WK",
                       type=_number_list(lambda v: 0.0 < v <= 1.0,
                                         "a start weight must lie above 0 and at most 1"),
                       help="start weights, summing to 1 (default equal weights)")
    model.add_argument("--init-means", metavar="M1,...,MK", type=_number_list(),
                       help="start means (default the data's quantiles (k - 0.5)/K)")
    model.add_argument("--init-sds", metavar="S1,...,SK",
                       type=_number_list(lambda v: v > 0.0, "a sigma must be greater than 0"),
                       help="start sigmas, one value for --variance shared (default the "
                       "data's standard deviation / K)")
    model.add_argument("--sd-floor", metavar="F",
                       type=_checked(_number, lambda v: v >= 0.0,
                                     "the sigma floor must be 0 or more"),
                       help="smallest sigma, in the data's units; 0 turns the floor off "
                       f"(default {mixture.DEFAULT_FLOOR_FRACTION:g} of the data's standard "
                       "deviation)")
    out = p.add_argument_group("output")
    out.add_argument("--csv", action="store_true",
                     help="print CSV at full precision instead: step,pi,mu1,mu2,loglik for "
                     "the seed's model, else step,w1..wK,mu1..muK,sigma1..sigmaK,loglik")
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


#: Start values for the seed's model where the command line gives none (the seed script's).
SEED_START = em.Params(0.5, -0.5, 0.5)
_MODEL_OPTIONS = ("k", "variance", "init_weights", "init_means", "init_sds", "sd_floor")


def _is_seed_run(args: argparse.Namespace) -> bool:
    """The seed's model with none of the K-component start or floor options: the old output."""
    return (args.k in (None, 2) and args.variance in (None, "fixed")
            and all(getattr(args, name) is None
                    for name in ("init_weights", "init_means", "init_sds", "sd_floor")))


def _seed_start(args: argparse.Namespace) -> em.Params:
    return em.Params(
        SEED_START.pi if args.init_pi is None else args.init_pi,
        SEED_START.mu1 if args.init_mu1 is None else args.init_mu1,
        SEED_START.mu2 if args.init_mu2 is None else args.init_mu2,
    ).checked_start()


def _model(args: argparse.Namespace) -> mixture.Model:
    k = 2 if args.k is None else args.k
    variance = "fixed" if args.variance is None else args.variance
    if variance == "fixed":
        for option, value in (("--sd-floor", args.sd_floor), ("--init-sds", args.init_sds)):
            if value is not None:
                raise _UsageError(f"{option} is for estimated variances (--variance shared or "
                                  "free): with variances fixed at 1 every sigma is 1")
    return mixture.Model(k, variance, args.sd_floor)


def _two_component_options(args: argparse.Namespace, k: int) -> None:
    """--init-pi/--init-mu1/--init-mu2 name two components; refuse them where they cannot."""
    given = [name for name, value in (("--init-pi", args.init_pi), ("--init-mu1", args.init_mu1),
                                      ("--init-mu2", args.init_mu2)) if value is not None]
    if not given:
        return
    if k != 2:
        verb = "is" if len(given) == 1 else "are"
        raise _UsageError(f"{', '.join(given)} {verb} for two components; with --k {k} give "
                          "the start as --init-weights and --init-means")
    if args.init_pi is not None and args.init_weights is not None:
        raise _UsageError("--init-pi and --init-weights both give the start weights: use one")
    mus = [name for name in ("--init-mu1", "--init-mu2") if name in given]
    if mus and args.init_means is not None:
        raise _UsageError(f"{' and '.join(mus)} and --init-means both give the start means: "
                          "use one")


def _mixture_start(args: argparse.Namespace, x: np.ndarray, model: mixture.Model
                   ) -> mixture.Mixture:
    """The start: what the command line gives, the rest from :func:`mixture.default_start`."""
    k = model.k
    _two_component_options(args, k)
    default = mixture.default_start(x, model)
    weights, means, sds = default.weights, default.means, default.sds
    if args.init_weights is not None:
        weights = _length("--init-weights", args.init_weights, k)
        total = math.fsum(weights)
        if abs(total - 1.0) > mixture.WEIGHT_SUM_SLACK:
            raise _UsageError(f"--init-weights must sum to 1 (within "
                              f"{mixture.WEIGHT_SUM_SLACK:g}), not {total!r}")
    elif args.init_pi is not None:
        weights = (args.init_pi, 1.0 - args.init_pi)
    if args.init_means is not None:
        means = _length("--init-means", args.init_means, k)
    elif args.init_mu1 is not None or args.init_mu2 is not None:
        means = (means[0] if args.init_mu1 is None else args.init_mu1,
                 means[1] if args.init_mu2 is None else args.init_mu2)
    if args.init_sds is not None:
        if model.variance == "shared":
            if len(args.init_sds) != 1:
                raise _UsageError(f"--init-sds takes one value with --variance shared (the "
                                  f"shared sigma), not {len(args.init_sds)}")
            sds = args.init_sds * k
        else:
            sds = _length("--init-sds", args.init_sds, k)
    return mixture.Mixture(weights, means, sds).checked_start(model)


def _length(option: str, values: tuple[float, ...], k: int) -> tuple[float, ...]:
    if len(values) != k:
        per = "one value" if k == 1 else f"{k} values, one per component,"
        raise _UsageError(f"{option} needs {per} for --k {k}, not {len(values)}")
    return values


def _fmt_list(values: Sequence[float], decimals: int) -> str:
    """Numbers with a fixed number of decimals, in exponent form beyond a billion (1e200)."""
    return " ".join(f"{v:.{decimals}f}" if abs(v) < 1e9 else f"{v:.{decimals}e}"
                    for v in values)


def mixture_table_row(i: int, theta: mixture.Mixture, loglik: float, variance: str) -> str:
    """One line of the K-component table, like the seed's:
    `` 3: w=0.300 0.700, mu=-1.015 1.316, sigma=0.912 1.140, loglik=-140.55``.

    Sigma is left out when it is fixed at 1 and shown once when it is shared.
    """
    parts = [f"{i:2d}: w={_fmt_list(theta.weights, 3)}", f"mu={_fmt_list(theta.means, 3)}"]
    if variance == "shared":
        parts.append(f"sigma={_fmt_list(theta.sds[:1], 3)}")
    elif variance == "free":
        parts.append(f"sigma={_fmt_list(theta.sds, 3)}")
    parts.append(f"loglik={_fmt_list((loglik,), 2)}")
    return ", ".join(parts)


def mixture_csv(steps: Sequence[mixture.MixtureStep]) -> str:
    """step,w1..wK,mu1..muK,sigma1..sigmaK,loglik with every number as repr (round-trips)."""
    k = steps[0].theta.k
    header = ["step", *(f"w{i}" for i in range(1, k + 1)), *(f"mu{i}" for i in range(1, k + 1)),
              *(f"sigma{i}" for i in range(1, k + 1)), "loglik"]
    lines = [",".join(header)]
    for i, result in enumerate(steps):
        numbers = (*result.theta.as_row(), result.loglik)
        lines.append(",".join((str(i), *(repr(float(v)) for v in numbers))))
    return "\n".join(lines) + "\n"


def render_mixture(steps: Sequence[mixture.MixtureStep], model: mixture.Model,
                   as_csv: bool) -> str:
    """The printed history of a K-component run: the table, or CSV."""
    if as_csv:
        return mixture_csv(steps)
    return "".join(mixture_table_row(i, r.theta, r.loglik, model.variance) + "\n"
                   for i, r in enumerate(steps))


def mixture_notes(steps: Sequence[mixture.MixtureStep]) -> list[str]:
    """What happened to components on the way, once per new sentence: for stderr.

    A note of step i is about the move from row i to row i + 1 (a collapse ends the run, so
    its theta is not a row).
    """
    lines: list[str] = []
    previous = ""
    for i, result in enumerate(steps):
        note = result.note
        if i == len(steps) - 1 and not result.collapsed:
            break  # about a theta after the last row
        if note and note != previous:
            where = "after row" if result.collapsed else "row"
            lines.append(f"{where} {i if result.collapsed else i + 1}: {note}")
        previous = note
    if steps and steps[-1].collapsed:
        lines.append("EM stopped at the collapse.")
    return lines


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
        if _is_seed_run(args):
            x = _data(args)
            rows = em.fit(x, _seed_start(args), args.iterations, tol=args.tol)
            text, notes = render(rows, args.csv), []
        else:
            model = _model(args)
            x = _data(args)
            start = _mixture_start(args, x, model)
            steps = mixture.run(x, start, model, args.iterations, tol=args.tol)
            text, notes = render_mixture(steps, model, args.csv), mixture_notes(steps)
    except (DataFileError, _UsageError) as e:
        return _fail(str(e))
    except ValueError as e:  # the core's own checks, already worded for users
        return _fail(str(e))
    except MemoryError:
        return _fail("not enough memory for this sample size; try a smaller --n")
    sys.stdout.write(text)
    if notes and sys.stderr is not None:
        with contextlib.suppress(OSError):
            sys.stderr.write("".join(f"{PROG}: {line}\n" for line in notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
