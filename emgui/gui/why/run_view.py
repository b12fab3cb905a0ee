"""The one place where the "Why it works" area reads the session and asks things of it.

Everything else in :mod:`emgui.gui.why` sees a run only as a :class:`Snapshot` in the core's
general terms (:class:`~emgui.core.mixture.Model`, :class:`~emgui.core.mixture.Mixture`, K x n
responsibilities), and changes the session only with starts made here
(:func:`start_with_means`, :func:`session_start`) and through :func:`load_run`. The session
speaks these terms itself (its theta is a Mixture, r is K x n); the seed's (pi, mu1, mu2) of an
older caller is converted here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property

import numpy as np

from emgui.core import em
from emgui.core.mixture import Mixture, Model, as_mixture
from emgui.gui.session import EMSession, SessionState, full_position

__all__ = [
    "Snapshot",
    "load_run",
    "model_of",
    "path_of",
    "session_start",
    "snapshot",
    "start_with_means",
    "theta_of",
    "x_of",
]


def model_of(state: SessionState) -> Model:
    """The model the session fits."""
    return state.model


def theta_of(state: SessionState) -> Mixture:
    """The parameters shown."""
    return as_mixture(state.theta)


def start_of(state: SessionState) -> Mixture:
    return as_mixture(state.start)


def x_of(state: SessionState) -> np.ndarray:
    return state.data.x


class _PathCache:
    """The history as Mixtures and as an array of means, converted once per new row.

    The session's history only grows (a restart starts a new list of rows), so a history
    whose first row is the cached one and which is at least as long extends the cache.
    """

    def __init__(self) -> None:
        self._first: object = None
        self._path: list[Mixture] = []
        self._means = np.zeros((0, 2))
        self._logliks = np.zeros(0)

    def update(self, history: Sequence[em.HistoryRow]) -> None:
        first = history[0] if len(history) else None
        if first is not self._first or len(history) < len(self._path):
            self._first = first
            self._path = []
        new = [history[k] for k in range(len(self._path), len(history))]
        if new or len(self._means) != len(self._path):
            self._path.extend(as_mixture(row.theta) for row in new)
            self._means = np.array([m.means for m in self._path], dtype=float).reshape(
                len(self._path), -1)
            self._logliks = np.array([row.loglik for row in history], dtype=float)

    def path(self, length: int) -> list[Mixture]:
        return self._path[:length]


_CACHE = _PathCache()


def path_of(state: SessionState) -> list[Mixture]:
    """theta_0, theta_1, ... of every recorded iteration."""
    _CACHE.update(state.history)
    return _CACHE.path(len(state.history))


class Snapshot:
    """One moment of the run as the "Why" views need it, in the core's general terms."""

    def __init__(self, state: SessionState) -> None:
        self._state = state
        _CACHE.update(state.history)
        self.model: Model = model_of(state)
        self.theta: Mixture = theta_of(state)
        self.start: Mixture = start_of(state)
        self.x: np.ndarray = x_of(state)
        self.data_key: int = state.data_version
        self.iteration: int = state.iteration
        self.phase: str = state.phase
        self.half_steps: bool = state.half_steps
        self.loglik: float = state.loglik
        self.tol: float = state.tol
        self.max_iterations: int = state.max_iterations
        self.converged: bool = state.converged
        #: The iteration whose E-step gave the responsibilities shown (None at the start).
        self.r_iteration: int | None = state.r_iteration
        self.change: str = state.change
        self.source: str = state.data.source
        self.truth: Mixture | None = state.data.true_mixture

    @property
    def n(self) -> int:
        return int(self.x.size)

    @property
    def k(self) -> int:
        return self.model.k

    @property
    def path(self) -> list[Mixture]:
        """theta of every recorded iteration, 0..T."""
        return _CACHE.path(len(self._state.history))

    @property
    def means_path(self) -> np.ndarray:
        """(T + 1, K) means of every recorded iteration."""
        return _CACHE._means[: len(self._state.history)]

    @property
    def logliks(self) -> np.ndarray:
        return _CACHE._logliks[: len(self._state.history)]

    @cached_property
    def r(self) -> np.ndarray | None:
        """The responsibilities shown, K x n (None before the first E-step)."""
        return self._state.r

    @property
    def step_next(self) -> Mixture | None:
        """theta_{j+1}, the M-step made of the responsibilities shown (j = r_iteration)."""
        mstep = self._state.mstep
        return as_mixture(mstep.result) if mstep is not None else None

    def loglik_at(self, iteration: int) -> float | None:
        """log L of a recorded iteration (None beyond the record)."""
        history = self._state.history
        return history[iteration].loglik if 0 <= iteration < len(history) else None


def snapshot(state: SessionState) -> Snapshot:
    return Snapshot(state)


# ---------------------------------------------------------------- asking the session
def session_start(start: Mixture) -> Mixture:
    """A start in the session's own terms (the session checks it against its model)."""
    return start


def start_with_means(state: SessionState, means: Mapping[int, float]) -> Mixture:
    """The session's start with some means replaced ({component index: mean})."""
    current = start_of(state)
    new = list(current.means)
    for k, value in means.items():
        new[k] = float(value)
    return session_start(Mixture(current.weights, tuple(new), current.sds))


def load_run(session: EMSession, start: Mixture, iterations: int) -> bool:
    """Put the session at the end of the run from ``start`` that took ``iterations`` steps.

    The whole history is recomputed at once (one signal, as opening a session file does: the
    data stay the same numbers), so the timeline and the table can scrub through it. The
    iteration limit is raised when the run needed more; returns True when it was. Raises
    ValueError (and changes nothing) when the session refuses the start.
    """
    state = session.state
    data = state.data
    limit = max(state.max_iterations, int(iterations))
    position = full_position(int(iterations))
    session.restore(
        data.x, data.z, data.simulation, data.source, session_start(start), state.tol, limit,
        state.half_steps, position, position, data.scale, model=state.model,
    )
    return limit != state.max_iterations
