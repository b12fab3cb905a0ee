"""EMSession: the one source of truth of the app (data, parameters, history), as a QObject.

The session owns the data, the start parameters and every recorded EM step, and emits
``changed(SessionState)`` once after each change. It knows nothing of widgets or of time (the
Player owns the timer). Views read the immutable :class:`SessionState` and only draw.

The timeline is counted in *half steps* so that E and M can be shown separately::

    position 0        start: theta_0, no responsibilities yet
    position 2t + 1   after the E-step of iteration t: theta_t with r_t (a "full" state)
    position 2t + 2   after the M-step of iteration t: theta_{t+1}, still coloured by r_t

Without half steps only the odd (full) positions are visited, which is the seed's loop.
"""

from __future__ import annotations

import math
import sys
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal, overload

import numpy as np
from PySide6.QtCore import QObject, Signal

from emgui.core import em
from emgui.core import mixture as mx
from emgui.core.em import Simulation  # defined Qt-free in the core; re-exported here
from emgui.core.mixture import Mixture, MixtureRow, Model

if TYPE_CHECKING:  # pragma: no cover - typing only (kept off the start-up path)
    from emgui.core.standardize import DataScale

Phase = Literal["start", "E", "M"]
Change = Literal["data", "start", "step", "seek", "settings"]

#: Largest |x| the app draws: beyond it a histogram's span or a density's square overflows.
#: (The core itself computes with any finite data.)
MAX_ABS_VALUE = 1e15
#: The longest run Play and session files may ask for.
MAX_ITERATIONS_LIMIT = 100_000

#: Responsibilities kept in memory for scrubbing; older ones are recomputed on demand. 64 MiB
#: is 8 arrays at n = 10^6: touching fresh memory costs more than a step there, while
#: recomputing an older step's r when scrubbing back costs ~4 ms.
R_MEMORY_BUDGET = 64 * 2**20


DEFAULT_SIMULATION = Simulation()
DEFAULT_START = Mixture((0.5, 0.5), (-0.5, 0.5), (1.0, 1.0))
#: The seed's model: two components, variances fixed at 1.
DEFAULT_MODEL = Model()
DEFAULT_TOL = 1e-6
DEFAULT_MAX_ITERATIONS = 200


@dataclass(frozen=True, eq=False)
class Dataset:
    """The observations, with the true labels and parameters when they were simulated."""

    x: np.ndarray
    z: np.ndarray | None
    summary: em.DataSummary
    simulation: Simulation | mx.MixtureSimulation | None
    source: str  # a short description for titles and the status bar
    #: How x relates to the file's numbers when they were standardised (None: they are x).
    scale: DataScale | None = None

    @property
    def truth(self) -> em.Params | Mixture | None:
        """The true parameters: the seed's (pi, mu1, mu2), a mixture, or None (observed)."""
        return self.simulation.truth() if self.simulation is not None else None

    @property
    def labels(self) -> np.ndarray | None:
        """The true component of each point, 1..K (the seed's simulator codes component 2 as
        0; a K-component sample as 1..K; labels read from a file as they are)."""
        if self.z is None:
            return None
        if isinstance(self.simulation, mx.MixtureSimulation):
            return self.z
        return np.where(np.asarray(self.z) == 1, 1, 2)

    @property
    def true_mixture(self) -> Mixture | None:
        """The simulated truth as a mixture (None for observed data)."""
        truth = self.truth
        return mx.as_mixture(truth) if truth is not None else None


@dataclass(frozen=True)
class MStep:
    """The M-step made of the responsibilities shown: its sums and what they divide into."""

    iteration: int  # t: the E-step of theta_t gave r; the M-step gives theta_{t+1}
    previous: Mixture  # theta_t
    sums: mx.ModelSums
    result: Mixture  # theta_{t+1}
    kept: tuple[int, ...]  # components with no weight at all, whose parameters stood still
    model: Model = DEFAULT_MODEL
    floored: tuple[int, ...] = ()  # components held at the sigma floor
    collapsed: tuple[int, ...] = ()  # components that shrank onto a point (floor off)

    @property
    def note(self) -> str:
        return mx.step_note(self.kept, self.floored, self.collapsed,
                            self.model.variance == "free")


class HistoryView(Sequence[MixtureRow]):
    """The first ``length`` rows of the session's append-only list of rows, as a read-only tuple.

    Why not a tuple: copying every row into a new tuple made each step cost O(T). The session
    only ever appends to the list (a restart starts a new one), so these rows never change.
    """

    __slots__ = ("_length", "_rows")

    def __init__(self, rows: list[MixtureRow], length: int | None = None) -> None:
        self._rows = rows
        self._length = len(rows) if length is None else length

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> MixtureRow: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[MixtureRow, ...]: ...
    def __getitem__(self, index: int | slice) -> MixtureRow | tuple[MixtureRow, ...]:
        if isinstance(index, slice):
            return tuple(self._rows[i] for i in range(*index.indices(self._length)))
        k = index + self._length if index < 0 else index
        if not 0 <= k < self._length:
            raise IndexError("history index out of range")
        return self._rows[k]

    def __iter__(self) -> Iterator[MixtureRow]:
        rows = self._rows
        return (rows[k] for k in range(self._length))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(other) == self._length and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"HistoryView({self._length} rows)"


@dataclass(frozen=True, eq=False)
class SessionState:
    """Everything a view needs to draw one moment of the run; immutable."""

    change: Change
    data: Dataset
    data_version: int  # increases whenever the data change (views rebuild their bins then)
    model: Model  # K components and the variance form
    start: Mixture
    tol: float
    max_iterations: int
    half_steps: bool
    position: int  # on the half-step timeline (see module docstring)
    last_position: int  # the furthest recorded position
    phase: Phase
    iteration: int  # t of the theta shown
    theta: Mixture
    r: np.ndarray | None  # K x n responsibilities shown (None before the first E-step)
    r_iteration: int | None  # the iteration whose theta gave r (iteration - 1 after an M-step)
    mstep: MStep | None  # the M-step these responsibilities make (None with r)
    loglik: float  # at theta
    increase: float | None  # loglik - loglik of the previous iteration
    history: Sequence[MixtureRow]  # every recorded iteration 0..T (a HistoryView)
    converged_at: int | None  # first iteration whose increase fell below tol
    collapsed_at: int | None  # first iteration with a component collapsed onto a point
    decreased_at: tuple[int, ...]  # iterations whose log likelihood fell (should be empty)
    note: str  # a plain sentence for the user ('' when there is nothing to say)

    @property
    def converged(self) -> bool:
        """True once the theta shown is at or after the converged iteration.

        A collapsed component is never convergence: the likelihood has no maximum there.
        """
        if self.collapsed:
            return False
        return self.converged_at is not None and self.iteration >= self.converged_at

    @property
    def r1(self) -> np.ndarray | None:
        """P(Z = 1 | x) for every point: the seed's r (the first row of ``r``)."""
        return None if self.r is None else self.r[0]

    @property
    def collapsed(self) -> bool:
        """True once the theta shown has a component collapsed onto a point (floor off)."""
        return self.collapsed_at is not None and self.iteration >= self.collapsed_at

    @property
    def r_theta(self) -> Mixture | None:
        """The parameters whose E-step gave the responsibilities shown."""
        return None if self.r_iteration is None else self.history[self.r_iteration].theta

    @property
    def at_end(self) -> bool:
        return self.position >= self.last_position

    @property
    def next_half(self) -> Literal["E", "M"]:
        """Which half step a Step makes next in half-step mode."""
        return "M" if self.phase == "E" else "E"

    @property
    def logliks(self) -> np.ndarray:
        return np.fromiter((row.loglik for row in self.history), float, len(self.history))

    @property
    def params(self) -> np.ndarray:
        """(T + 1, 3K) array of w1..wK, mu1..muK, sigma1..sigmaK per recorded iteration."""
        width = 3 * self.model.k
        rows = [row.theta.as_row() for row in self.history]
        return np.array(rows, dtype=float).reshape(-1, width)


@dataclass
class _Record:
    """One recorded iteration: the EM step at theta_t; r may be dropped to save memory."""

    theta: Mixture
    loglik: float
    next: Mixture
    kept: tuple[int, ...]
    floored: tuple[int, ...]
    collapsed: tuple[int, ...]
    sums: mx.ModelSums
    r: np.ndarray | None


def check_tolerance(tol: float) -> float:
    """tol as a float, or ValueError with a sentence when it cannot stop a run."""
    if not (math.isfinite(tol) and tol > 0):
        raise ValueError(f"the tolerance must be a positive number, not {tol}")
    return float(tol)


def check_max_iterations(count: int) -> int:
    """count as an int, or ValueError with a sentence when it is out of range."""
    if not 1 <= int(count) <= MAX_ITERATIONS_LIMIT:
        raise ValueError(
            f"the maximum number of iterations must be 1 to {MAX_ITERATIONS_LIMIT:,}, not {count}"
        )
    return int(count)


def observed_dataset(
    x: np.ndarray, z: np.ndarray | None, simulation: Simulation | mx.MixtureSimulation | None,
    source: str,
    scale: DataScale | None = None,
) -> Dataset:
    """A read-only copy of data the app can fit and draw; ValueError with a sentence if not."""
    arr = np.array(x, dtype=np.float64, copy=True).ravel()
    summary = em.summarize(arr)  # raises on empty or non-finite data
    biggest = max(abs(summary.minimum), abs(summary.maximum))
    if biggest > MAX_ABS_VALUE:
        raise ValueError(
            f"a value of {biggest:.3g} is too large to draw: with each component's variance "
            f"fixed at 1, the data must lie within \u00b110^15; divide them by a scale first"
        )
    arr.setflags(write=False)
    labels = None
    if z is not None:
        labels = np.array(z, copy=True).ravel()
        if labels.shape != arr.shape:
            raise ValueError("the true labels do not match the data in length")
        labels.setflags(write=False)
    sim = simulation.validated() if simulation is not None else None
    kept = scale if scale is not None and not scale.is_identity else None
    return Dataset(arr, labels, summary, sim, source, kept)



class RestoreCancelled(Exception):
    """The user cancelled the recomputation of a session's history; nothing was changed."""


#: Told (iterations done, iterations to do) now and then while a history is recomputed;
#: returns False to cancel.
Progress = Callable[[int, int], bool]
#: How often a long recomputation reports its progress (seconds).
PROGRESS_INTERVAL = 0.05


def full_position(iteration: int) -> int:
    """Timeline position of the full state (after the E-step) of an iteration."""
    return 2 * iteration + 1


class EMSession(QObject):
    """Holds data, start parameters and history; emits ``changed`` once per change."""

    changed = Signal(object)  # SessionState

    def __init__(
        self,
        simulation: Simulation = DEFAULT_SIMULATION,
        start: Mixture | em.Params = DEFAULT_START,
        parent: QObject | None = None,
        model: Model = DEFAULT_MODEL,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._tol = DEFAULT_TOL
        self._max_iterations = DEFAULT_MAX_ITERATIONS
        self._half_steps = False
        self._data_version = 0
        self._start = mx.as_mixture(start).checked_start(model)
        self._data = self._simulate(simulation.validated())
        self._records: list[_Record] = []
        self._rows: list[MixtureRow] = []
        # Kept up to date row by row, so a step costs the same however long the run is.
        self._converged_at: int | None = None
        self._collapsed_at: int | None = None
        self._decreased: list[int] = []
        self._decreased_tuple: tuple[int, ...] = ()  # rebuilt only when a decrease is added
        # Indices (> 0) of the records that hold responsibilities, oldest first: dropping the
        # oldest must not walk the history.
        self._stored: OrderedDict[int, None] = OrderedDict()
        self._position = 0
        self._state: SessionState | None = None
        # Responsibility arrays of dropped or discarded records, reused by later steps: the
        # first touch of a fresh array costs more than the step itself at n = 10^6 (page
        # faults). Together with the stored ones they stay within R_MEMORY_BUDGET.
        self._spare: list[np.ndarray] = []
        self._restart()
        self._state = self._build("data")

    # ---------------------------------------------------------------- reading
    @property
    def state(self) -> SessionState:
        assert self._state is not None
        return self._state

    @property
    def data(self) -> Dataset:
        return self._data

    @property
    def start(self) -> Mixture:
        return self._start

    @property
    def model(self) -> Model:
        return self._model

    @property
    def simulation(self) -> Simulation | None:
        return self._data.simulation

    # ---------------------------------------------------------------- data and start
    def new_sample(
        self,
        n: int | None = None,
        sep: float | None = None,
        true_pi: float | None = None,
        seed: int | None = None,
    ) -> None:
        """Draw a new simulated sample (unchanged settings keep their values) and reset."""
        base = self._data.simulation or DEFAULT_SIMULATION
        if isinstance(base, mx.MixtureSimulation) and sep is None and true_pi is None:
            again = replace(base, n=int(base.n if n is None else n),
                            seed=int(base.seed if seed is None else seed))
            self._set_data(self._simulate(again.validated()))
            return
        if isinstance(base, mx.MixtureSimulation):
            base = DEFAULT_SIMULATION
        sim = Simulation(
            n=int(base.n if n is None else n),
            sep=float(base.sep if sep is None else sep),
            true_pi=float(base.true_pi if true_pi is None else true_pi),
            seed=int(base.seed if seed is None else seed),
        ).validated()
        self._set_data(self._simulate(sim))

    def set_data(
        self, x: np.ndarray, source: str, z: np.ndarray | None = None,
        scale: DataScale | None = None,
    ) -> None:
        """Use observed data (for example from a file) and reset; raises ValueError if unusable.

        ``scale`` says how x was made from the file's numbers, so views can show those too.
        """
        self._set_data(observed_dataset(x, z, None, source, scale))

    def set_start(self, start: Mixture | em.Params) -> None:
        """Use new start parameters and reset to step 0; raises ValueError if impossible."""
        start = mx.as_mixture(start).checked_start(self._model)
        if start == self._start:
            return
        self._start = start
        self._restart()
        self._emit("start")

    def set_model(self, model: Model, start: Mixture | em.Params | None = None) -> None:
        """Fit another model (K, variance form, sigma floor) and reset to step 0.

        Without ``start``: the same start when it suits the model; the same weights and means
        with the model's default sigmas when only the variance form changed; otherwise the
        default start for K components (means at the data's quantiles, equal weights).
        """
        if start is not None:
            begin = mx.as_mixture(start).checked_start(model)
        else:
            begin = self._start_for(model)
        if model == self._model and begin == self._start:
            return
        self._model, self._start = model, begin
        self._spare.clear()  # arrays shaped for another K are no use
        self._restart()
        self._emit("start")

    def _start_for(self, model: Model) -> Mixture:
        current = self._start
        default = mx.default_start(self._data.x, model, self._data.summary)
        newly_estimated = model.estimates_variance and not self._model.estimates_variance
        if newly_estimated and current.k == model.k:
            # Sigmas of 1 were the fixed model's, not a choice: start from the data's spread.
            return Mixture(current.weights, current.means, default.sds)
        try:
            return current.checked_start(model)
        except ValueError:
            pass
        if current.k == model.k:
            kept = Mixture(current.weights, current.means, default.sds)
            try:
                return kept.checked_start(model)
            except ValueError:
                pass
        if model.is_seed:
            return DEFAULT_START
        return default

    def simulate_from(
        self, simulation: Simulation | mx.MixtureSimulation, start: Mixture | em.Params,
        model: Model | None = None,
    ) -> None:
        """Draw a sample with these settings and use this start, with one signal (presets)."""
        model = self._model if model is None else model
        start = mx.as_mixture(start).checked_start(model)
        dataset = self._simulate(simulation.validated())
        self._model, self._start = model, start
        self._spare.clear()
        self._set_data(dataset)

    def restore(
        self,
        x: np.ndarray,
        z: np.ndarray | None,
        simulation: Simulation | None,
        source: str,
        start: Mixture | em.Params,
        tol: float,
        max_iterations: int,
        half_steps: bool,
        position: int,
        last_position: int,
        scale: DataScale | None = None,
        progress: Progress | None = None,
        model: Model | None = None,
    ) -> None:
        """Put the session at a saved moment (opening a session file), with one 'data' signal.

        The history is recomputed from data and start up to ``last_position``: it is
        deterministic, so the caller can compare it with the saved one. Raises ValueError and
        changes nothing when any value is unusable. ``progress`` is told how far a long
        recomputation has got; when it returns False, RestoreCancelled is raised and the
        session stays exactly as it was.
        """
        model = self._model if model is None else model
        start = mx.as_mixture(start).checked_start(model)
        tol = check_tolerance(tol)
        max_iterations = check_max_iterations(max_iterations)
        if last_position < 1 or last_position % 2 == 0 or not 0 <= position <= last_position:
            raise ValueError(f"position {position} is not on a timeline ending at {last_position}")
        if not half_steps and position % 2 == 0:
            raise ValueError("a half-step position needs half steps switched on")
        dataset = observed_dataset(x, z, simulation, source, scale)
        saved = (self._model, self._data, self._data_version, self._start, self._tol,
                 self._max_iterations,
                 self._half_steps, self._records, self._rows, self._position,
                 self._converged_at, self._collapsed_at, self._decreased,
                 self._decreased_tuple, self._stored)
        self._spare.clear()  # a data change: arrays of the old size are no use
        try:
            self._model = model
            self._data = dataset
            self._data_version += 1
            self._start, self._tol = start, tol
            self._max_iterations, self._half_steps = max_iterations, bool(half_steps)
            self._restart()
            self._ensure(last_position, progress)
            self._position = int(position)
        except BaseException:
            (self._model, self._data, self._data_version, self._start, self._tol,
             self._max_iterations,
             self._half_steps, self._records, self._rows, self._position,
             self._converged_at, self._collapsed_at, self._decreased,
             self._decreased_tuple, self._stored) = saved
            self._spare.clear()  # it may hold arrays of the records just put back
            raise
        self._emit("data")

    # ---------------------------------------------------------------- settings
    def set_tolerance(self, tol: float) -> None:
        tol = check_tolerance(tol)
        if tol != self._tol:
            self._tol = tol
            self._converged_at = self._first_converged()
            self._emit("settings")

    def set_max_iterations(self, count: int) -> None:
        count = check_max_iterations(count)
        if count != self._max_iterations:
            self._max_iterations = count
            self._emit("settings")

    def set_half_steps(self, on: bool) -> None:
        """Switch between full EM iterations and separate E and M half steps."""
        if bool(on) == self._half_steps:
            return
        self._half_steps = bool(on)
        if not on and self._position % 2 == 0:
            # Full mode shows only full states: finish the current iteration's E-step.
            self._position = self._position + 1
            self._ensure(self._position)
        self._emit("settings")

    # ---------------------------------------------------------------- moving
    def step(self) -> None:
        """One EM iteration, or one half step in half-step mode (along recorded history first)."""
        if self._half_steps:
            target = self._position + 1
        else:
            target = self._position + 2 if self._position % 2 == 1 else self._position + 1
        self._ensure(target)
        self._position = target
        self._emit("step")

    def step_back(self) -> None:
        """Back one iteration (or half step) through the recorded history."""
        lowest = 0 if self._half_steps else 1
        if self._position <= lowest:
            return
        if self._half_steps:
            target = self._position - 1
        else:
            target = self._position - 2 if self._position % 2 == 1 else self._position - 1
        self._position = max(target, lowest)
        self._emit("seek")

    def seek(self, position: int) -> None:
        """Show a recorded position of the timeline (clamped to what is recorded)."""
        last = self._last_position()
        position = max(0, min(int(position), last))
        if not self._half_steps and position % 2 == 0:
            position = max(1, position - 1) if position > 0 else 1
        if position == self._position:
            return
        self._position = position
        self._emit("seek")

    def seek_iteration(self, iteration: int) -> None:
        """Show the full state of a recorded iteration (a history table row)."""
        self.seek(full_position(iteration))

    def reset(self) -> None:
        """Back to the start parameters with the same data; the history is cleared."""
        self._restart()
        self._emit("start")

    # ---------------------------------------------------------------- internals
    def _simulate(self, sim: Simulation | mx.MixtureSimulation) -> Dataset:
        if isinstance(sim, mx.MixtureSimulation):
            x, z = sim.draw()
            x.setflags(write=False)
            z.setflags(write=False)
            return Dataset(x, z, em.summarize(x), sim, sim.describe())
        x, z = em.simulate(sim.n, sim.sep, sim.true_pi, sim.seed)
        x.setflags(write=False)
        z.setflags(write=False)
        source = (
            f"simulated: n = {sim.n}, separation {sim.sep:g}, "
            f"true pi {sim.true_pi:g}, seed {sim.seed}"
        )
        return Dataset(x, z, em.summarize(x), sim, source)

    def _set_data(self, dataset: Dataset) -> None:
        self._spare.clear()
        self._data = dataset
        self._data_version += 1
        self._restart()
        self._emit("data")

    def _restart(self) -> None:
        old, self._records = self._records, []
        self._stored = OrderedDict()
        self._recycle([rec.r for rec in old])
        del old  # its records would hold the spares and keep them from being reused
        self._rows = []
        self._converged_at = None
        self._collapsed_at = None
        self._decreased = []
        self._decreased_tuple = ()
        self._record(self._start)
        self._position = 0 if self._half_steps else 1

    def _step(self, theta: Mixture) -> mx.MixtureStep:
        buffer = self._spare_buffer()
        if buffer is None:
            buffer = np.empty((self._model.k, self._data.x.size))
        result = mx.step(self._data.x, theta, self._model, self._data.summary, r_out=buffer)
        buffer.setflags(write=False)  # shared with every view through the states
        return result

    def _record(self, theta: Mixture) -> None:
        result = self._step(theta)
        self._records.append(
            _Record(theta, result.loglik, result.next, result.kept, result.floored,
                    result.collapsed, result.sums, result.r)
        )
        self._rows.append(MixtureRow(len(self._rows), theta, result.loglik))
        if result.collapsed and self._collapsed_at is None:
            self._collapsed_at = len(self._rows)  # the iteration whose theta has collapsed
        k = len(self._rows) - 1
        if k > 0:
            before, now = self._rows[k - 1].loglik, result.loglik
            if (self._converged_at is None and self._collapsed_at is None
                    and em.converged(before, now, self._tol)):
                self._converged_at = k
            if em.decreased(before, now):
                self._decreased.append(k)
                self._decreased_tuple = tuple(self._decreased)
            self._stored[k] = None
        self._drop_old_responsibilities()

    def _keep(self) -> int:
        """How many responsibility arrays of the current n fit in R_MEMORY_BUDGET."""
        return max(2, R_MEMORY_BUDGET // max(self._data.x.nbytes * self._model.k, 1))

    def _stored_count(self) -> int:
        """How many records hold responsibilities (record 0 always keeps its own)."""
        first = self._records[0].r is not None if self._records else False
        return len(self._stored) + int(first)

    def _drop_old_responsibilities(self) -> None:
        """Let go of the oldest stored arrays beyond the budget: O(1) per step."""
        dropped: list[np.ndarray | None] = []
        excess = self._stored_count() - self._keep()
        while excess > 0 and self._stored:
            k, _ = self._stored.popitem(last=False)
            rec = self._records[k]
            dropped.append(rec.r)
            rec.r = None
            excess -= 1
        self._recycle(dropped)

    def _recycle(self, arrays: list[np.ndarray | None]) -> None:
        """Keep arrays no record needs any more as spares, as far as the budget allows."""
        room = self._keep() - self._stored_count() - len(self._spare)
        shape = (self._model.k, self._data.x.size)
        for r in arrays:
            if room <= 0:
                return
            if r is not None and r.shape == shape and r.dtype == np.float64:
                self._spare.append(r)
                room -= 1

    def _spare_buffer(self) -> np.ndarray | None:
        """A spare array nobody else holds (None: allocate a new one).

        A view may still hold an older state and with it one of these arrays: such an array
        is let go (its holder keeps it alive), never overwritten.
        """
        while self._spare:
            buffer = self._spare.pop()
            if sys.getrefcount(buffer) <= 2:  # this name and getrefcount's own argument
                buffer.setflags(write=True)
                return buffer
        return None

    def _responsibilities(self, iteration: int) -> np.ndarray:
        rec = self._records[iteration]
        if rec.r is None:
            rec.r = self._step(rec.theta).r
            if iteration > 0:
                self._stored[iteration] = None
                self._drop_old_responsibilities()
        return rec.r

    def _last_position(self) -> int:
        # The M-step of the last recorded iteration is known (its next theta), but showing it
        # needs the log likelihood there, i.e. one more record: positions stop at 2T + 1.
        return full_position(len(self._records) - 1)

    def _ensure(self, position: int, progress: Progress | None = None) -> None:
        """Record iterations until the timeline reaches position (telling progress, if asked)."""
        needed = position // 2  # iteration whose record the position needs
        told = time.monotonic()
        while len(self._records) <= needed:
            self._record(self._records[-1].next)
            if progress is not None and time.monotonic() - told >= PROGRESS_INTERVAL:
                if not progress(len(self._records), needed + 1):
                    raise RestoreCancelled("the recomputation was cancelled")
                told = time.monotonic()

    def _emit(self, change: Change) -> None:
        self._state = self._build(change)
        self.changed.emit(self._state)

    def _first_converged(self) -> int | None:
        """Scan the whole history for convergence (only when the tolerance changes)."""
        rows = self._rows
        return next(
            (k for k in range(1, len(rows))
             if em.converged(rows[k - 1].loglik, rows[k].loglik, self._tol)),
            None,
        )

    def _build(self, change: Change) -> SessionState:
        pos = self._position
        if pos == 0:
            phase: Phase = "start"
            iteration, r_iter = 0, None
        elif pos % 2 == 1:
            phase, iteration = "E", pos // 2
            r_iter = iteration
        else:
            phase, iteration = "M", pos // 2
            r_iter = iteration - 1
        rec = self._records[iteration]
        history = HistoryView(self._rows)
        increase = (
            history[iteration].loglik - history[iteration - 1].loglik if iteration > 0 else None
        )
        mstep = None
        if r_iter is not None:
            made = self._records[r_iter]
            mstep = MStep(r_iter, made.theta, made.sums, made.next, made.kept, self._model,
                          made.floored, made.collapsed)
        if increase is not None and not math.isfinite(increase):
            increase = None
        note = ""
        if iteration > 0:
            before = self._records[iteration - 1]
            note = mx.step_note(before.kept, before.floored, before.collapsed,
                                self._model.variance == "free")
        return SessionState(
            change=change,
            data=self._data,
            data_version=self._data_version,
            model=self._model,
            start=self._start,
            tol=self._tol,
            max_iterations=self._max_iterations,
            half_steps=self._half_steps,
            position=pos,
            last_position=self._last_position(),
            phase=phase,
            iteration=iteration,
            theta=rec.theta,
            r=self._responsibilities(r_iter) if r_iter is not None else None,
            r_iteration=r_iter,
            mstep=mstep,
            loglik=rec.loglik,
            increase=increase,
            history=history,
            converged_at=self._converged_at,
            collapsed_at=self._collapsed_at,
            decreased_at=self._decreased_tuple,
            note=note,
        )


def with_change(state: SessionState, change: Change) -> SessionState:
    """A copy of state with another change tag (for views that replay a state)."""
    return replace(state, change=change)
