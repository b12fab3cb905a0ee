"""The ``.emgui`` session file: JSON with a schema version, read field by field, written atomically.

Why JSON and nothing else: a session file comes from a colleague's USB stick or an e-mail, so
opening one must never run code (no pickle, no eval). Every field is checked for type, range and
size before anything is used, and a damaged, cut-short, foreign or newer file is refused with one
sentence that names it.

Why the data are stored the way they are: observed data are kept bit for bit as base64 of
little-endian float64 bytes; simulated data are kept as the generator settings that reproduce
them plus a SHA-256 of those bytes, and :func:`load` draws the sample again and checks the hash,
so a numpy that draws differently is caught instead of silently showing other data.

Why saving is atomic: :func:`save_atomic` writes a temporary file next to the target, flushes and
fsyncs it, then renames it over the target, so a crash or a full disk leaves the old file intact.

Qt-free: the command line and the tests use it without a display.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from emgui import __version__
from emgui.core import em
from emgui.core import mixture as mx
from emgui.core.mixture import Mixture, MixtureRow, Model
from emgui.core.safe_files import (
    NotARegularFile,
    atomic_write,
    open_regular,
    remove_stale_temporaries,
    save_atomic,
)
from emgui.core.standardize import DataScale

__all__ = [
    "FORMAT",
    "MAX_FILE_BYTES",
    "SCHEMA",
    "SUFFIX",
    "SessionDocument",
    "SessionFileError",
    "atomic_write",
    "data_hash",
    "dump",
    "load",
    "looks_like_session",
    "read_session",
    "rows_agree",
    "rows_equal",
    "save_atomic",
]

FORMAT = "emgui-session"
SCHEMA = 2
#: Format 1 holds the seed's model (pi, mu1, mu2); format 2 any mixture (K components and
#: sigmas). A run of the seed's model is still written as format 1, so older versions open it.
SEED_SCHEMA = 1
SUFFIX = ".emgui"
#: Largest number of observations a session may hold (the same limit as a simulated sample).
MAX_VALUES = 10_000_000
#: Largest history a session may hold (rows 0..T).
MAX_HISTORY = 1_000_001
#: Largest recomputation a session may ask for on opening, in point-iterations (each row costs
#: its n points plus a fixed overhead worth ROW_OVERHEAD points): 30 to 60 s, with progress.
MAX_RECOMPUTE = 4_000_000_000
ROW_OVERHEAD = 4_000
#: Largest session file read: 10^7 values in base64 plus a long history, with room to spare.
MAX_FILE_BYTES = 256 * 2**20
MAX_TEXT = 2000  # characters in a description (source, preset key)
#: Simulated samples up to this size are stored too, in case numpy one day draws differently.
EMBED_LIMIT = 100_000


class SessionFileError(ValueError):
    """A session file that cannot be used; str() is one sentence that names the file."""


@dataclass(frozen=True, eq=False)
class SessionDocument:
    """Everything needed to put the app back where it was when the session was saved.

    ``x`` (and ``z`` when the true labels are known) are always filled in: for a simulated sample
    :func:`load` draws it again from ``simulation`` and checks it against the stored hash (and
    falls back to the stored values, with a ``warning``, when it draws differently).
    ``history`` holds rows 0..T; ``position`` and ``last_position`` are on the session's
    half-step timeline (``last_position == 2*T + 1``).
    """

    x: np.ndarray = field(repr=False)
    z: np.ndarray | None = field(repr=False)
    simulation: em.Simulation | mx.MixtureSimulation | None
    source: str
    start: Mixture
    tol: float
    max_iterations: int
    half_steps: bool
    position: int
    last_position: int
    history: tuple[MixtureRow, ...] = field(repr=False)
    speed: float | None = None
    preset: str | None = None
    app_version: str = __version__
    #: A sentence for the user when the file opened but not exactly as saved ('' otherwise).
    warning: str = ""
    #: How x was made from a data file's numbers (standardised data), None when it is them.
    scale: DataScale | None = None
    #: What was on screen besides the run: show_truth (bool), point (0-based index or None),
    #: side_tab (its title). Optional: older files have none, and a bad entry is ignored.
    view: dict[str, Any] = field(default_factory=dict)
    #: The model fitted (format 2); format 1 files hold the seed's model.
    model: Model = field(default_factory=Model)

    def __post_init__(self) -> None:
        object.__setattr__(self, "start", mx.as_mixture(self.start))
        object.__setattr__(self, "history", tuple(
            row if isinstance(row, MixtureRow)
            else MixtureRow(row.step, mx.as_mixture(row.theta), row.loglik)
            for row in self.history
        ))

    @property
    def is_seed_model(self) -> bool:
        """True when format 1 can hold this run (two unit-variance components)."""
        return (self.model.is_seed and self.start.sds == (1.0, 1.0)
                and not isinstance(self.simulation, mx.MixtureSimulation))


# ------------------------------------------------------------------------------------ writing
def data_hash(x: np.ndarray) -> str:
    """SHA-256 of the little-endian float64 bytes of x, as 'sha256:<hex>'."""
    raw = np.ascontiguousarray(x, dtype="<f8").tobytes()
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def _float(value: float) -> float | str:
    """A JSON-safe float: finite numbers as numbers (repr round-trips), others as text."""
    value = float(value)
    return value if math.isfinite(value) else repr(value)


def _data_block(doc: SessionDocument) -> dict[str, Any]:
    """The data: generator settings and/or the values' bits, always with their checksum.

    A simulated sample of up to :data:`EMBED_LIMIT` values is stored as well, so that a
    numpy which draws differently one day still shows the saved run.
    """
    x = np.ascontiguousarray(doc.x, dtype="<f8")
    block: dict[str, Any] = {"n": int(x.size), "hash": data_hash(x), "source": doc.source}
    if doc.scale is not None:  # optional: files without it (all older ones) read as before
        block["scale"] = {"shift": float(doc.scale.shift), "scale": float(doc.scale.scale),
                          "name": doc.scale.name}
    if isinstance(doc.simulation, mx.MixtureSimulation):
        sim = doc.simulation
        truth = sim.truth_mixture
        block["kind"] = "simulated"
        block["simulation"] = {
            "n": int(sim.n), "seed": int(sim.seed), "weights": list(truth.weights),
            "means": list(truth.means), "sds": list(truth.sds),
        }
        if x.size > EMBED_LIMIT:
            return block
    elif doc.simulation is not None:
        sim = doc.simulation
        block["kind"] = "simulated"
        block["simulation"] = {
            "n": int(sim.n), "sep": float(sim.sep), "true_pi": float(sim.true_pi),
            "seed": int(sim.seed),
        }
        if x.size > EMBED_LIMIT:
            return block
    else:
        block["kind"] = "observed"
    block["encoding"] = "base64 float64 little-endian"
    block["x"] = base64.b64encode(x.tobytes()).decode("ascii")
    if doc.z is not None:
        labels = np.asarray(doc.z).ravel()
        if labels.dtype.kind in "biu" and labels.size == x.size and (
            labels.size == 0 or (labels.min() >= -128 and labels.max() <= 127)
        ):
            raw = np.ascontiguousarray(labels, dtype="i1").tobytes()
            block["labels"] = base64.b64encode(raw).decode("ascii")
    return block


def clean_view(view: Any, n: int) -> dict[str, Any]:
    """The usable part of a view block: a preference of the screen, never a reason to refuse a
    file, so anything of the wrong kind is simply left out."""
    if not isinstance(view, dict):
        return {}
    out: dict[str, Any] = {}
    if isinstance(view.get("show_truth"), bool):
        out["show_truth"] = view["show_truth"]
    point = view.get("point")
    if type(point) is int and 0 <= point < n:
        out["point"] = point
    tab = view.get("side_tab")
    if isinstance(tab, str) and 0 < len(tab) <= 40:
        out["side_tab"] = tab
    return out


def dump(doc: SessionDocument) -> str:
    """The session as JSON text: readable header, one history row a line, data at the end."""
    seed = doc.is_seed_model
    if seed:
        start: dict[str, Any] = {"pi": doc.start.pi, "mu1": doc.start.mu1, "mu2": doc.start.mu2}
    else:
        start = {"weights": list(doc.start.weights), "means": list(doc.start.means),
                 "sds": list(doc.start.sds)}
    head: dict[str, Any] = {
        "format": FORMAT,
        "schema": SEED_SCHEMA if seed else SCHEMA,
        "app_version": doc.app_version,
        "start": start,
        "tol": float(doc.tol),
        "max_iterations": int(doc.max_iterations),
        "half_steps": bool(doc.half_steps),
        "position": int(doc.position),
        "last_position": int(doc.last_position),
        "speed": None if doc.speed is None else float(doc.speed),
        "preset": doc.preset,
    }
    if not seed:
        floor = doc.model.sd_floor
        head["model"] = {"k": doc.model.k, "variance": doc.model.variance,
                         "sd_floor": None if floor is None else float(floor)}
    if doc.view:
        head["view"] = clean_view(doc.view, len(doc.x))
    text = json.dumps(head, indent=2, allow_nan=False, ensure_ascii=False)
    if seed:
        columns = ["step", "pi", "mu1", "mu2", "loglik"]
        values = [[row.step, row.theta.pi, row.theta.mu1, row.theta.mu2, _float(row.loglik)]
                  for row in doc.history]
    else:
        columns = history_columns(doc.model.k)
        values = [[row.step, *row.theta.as_row(), _float(row.loglik)] for row in doc.history]
    rows = ",\n".join("    " + json.dumps(v, allow_nan=False) for v in values)
    data = json.dumps(_data_block(doc), indent=2, allow_nan=False, ensure_ascii=False)
    data = data.replace("\n", "\n  ")
    return (
        text[:-2]
        + ',\n  "history_columns": ' + json.dumps(columns) + ","
        + '\n  "history": [\n'
        + rows
        + '\n  ],\n  "data": '
        + data
        + "\n}\n"
    )


def history_columns(k: int) -> list[str]:
    """Format 2's history columns: step, w1..wK, mu1..muK, sigma1..sigmaK, loglik."""
    return (["step"] + [f"w{j}" for j in range(1, k + 1)] + [f"mu{j}" for j in range(1, k + 1)]
            + [f"sigma{j}" for j in range(1, k + 1)] + ["loglik"])


# ------------------------------------------------------------------------------------ reading
def looks_like_session(path: str | os.PathLike[str]) -> bool:
    """True for a ``.emgui`` file, or a file whose first bytes say it is a session.

    Lets the command line, drops and recent files send a file to the right reader; a session
    renamed to ``.json`` or ``.txt`` still opens as a session.
    """
    if Path(path).suffix.lower() == SUFFIX:
        return True
    try:
        with open_regular(path) as handle:  # a FIFO would block an ordinary open for ever
            head = handle.read(200)
    except OSError:
        return False
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") and FORMAT.encode() in head


def read_session(path: str | os.PathLike[str]) -> SessionDocument:
    """Read and check a session file; raise SessionFileError with one sentence if unusable."""
    name = Path(path).name
    remove_stale_temporaries(path)
    try:
        with open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise SessionFileError(
                    f"“{name}” is too large to be an EM Explorer session "
                    f"({size / 2**20:.0f} MB; the limit is {MAX_FILE_BYTES // 2**20} MB)."
                )
            raw = handle.read(MAX_FILE_BYTES + 1)
    except SessionFileError:
        raise
    except NotARegularFile as exc:
        raise SessionFileError(str(exc)) from None
    except IsADirectoryError:
        raise SessionFileError(f"“{name}” is a folder, not a session file.") from None
    except FileNotFoundError:
        raise SessionFileError(f"“{name}” does not exist (it may have been moved).") from None
    except OSError as exc:
        raise SessionFileError(f"“{name}” could not be read: {exc.strerror or exc}.") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SessionFileError(
            f"“{name}” is not an EM Explorer session (it is not a text file)."
        ) from None
    return load(text, name)


def _reject_constant(token: str) -> float:
    raise ValueError(f"{token} is not allowed")


def load(text: str, name: str) -> SessionDocument:
    """Parse and check session text; raise SessionFileError naming ``name`` if it is unusable."""
    if len(text) > MAX_FILE_BYTES:
        raise SessionFileError(f"“{name}” is too large to be an EM Explorer session.")
    _check_row_count(text, name)
    try:
        obj = json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        stripped = text.lstrip()
        if stripped.startswith("{") and FORMAT in text[:200]:
            raise SessionFileError(
                f"“{name}” is damaged or cut short and cannot be opened."
            ) from None
        raise SessionFileError(f"“{name}” is not an EM Explorer session file.") from None
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        raise SessionFileError(f"“{name}” is not an EM Explorer session file.")
    schema = obj.get("schema")
    if type(schema) is not int or schema < 1:
        raise SessionFileError(f"“{name}” is damaged: its schema version is missing or wrong.")
    if schema > SCHEMA:
        raise SessionFileError(
            f"“{name}” was saved by a newer version of EM Explorer (file format {schema}; this "
            f"version reads format {SCHEMA}), so it cannot be opened here."
        )
    _check_recompute_limit(obj, name)
    return _Reader(obj, name).document()


def _check_row_count(text: str, name: str) -> None:
    """Refuse a text with far more lists than a history may have, before parsing it.

    Each history row is one JSON list, so the count of '[' bounds the rows from above; parsing
    ten million rows would take minutes and gigabytes only to refuse them afterwards.
    """
    if text.count("[") > MAX_HISTORY + 1_000:
        raise SessionFileError(
            f"“{name}” is damaged or too long: it holds more than {MAX_HISTORY - 1:,} "
            "iterations of history, the most a session may have."
        )


def recompute_cost(n: int, rows: int) -> int:
    """Point-iterations needed to recompute ``rows`` history rows on n values."""
    return rows * (n + ROW_OVERHEAD)


def _check_recompute_limit(obj: dict[str, Any], name: str) -> None:
    """Refuse, before any work, a history too long to recompute or too long for its data.

    Opening recomputes every row on every point; an n = 10^7 session with 10^7 rows would take
    days. The fields are checked properly later; here only their sizes are looked at.
    """
    rows = obj.get("history")
    block = obj.get("data")
    if not isinstance(rows, list):
        return
    if len(rows) > MAX_HISTORY:
        raise SessionFileError(
            f"“{name}” is damaged or too long: its history has {len(rows) - 1:,} iterations "
            f"(the limit is {MAX_HISTORY - 1:,})."
        )
    n = block.get("n") if isinstance(block, dict) else None
    if type(n) is not int or not 1 <= n <= MAX_VALUES:
        return
    if recompute_cost(n, len(rows)) > MAX_RECOMPUTE:
        raise SessionFileError(
            f"“{name}” is too large to open: recomputing its {len(rows) - 1:,} iterations on "
            f"{n:,} values is more than EM Explorer does on opening (at most "
            f"{MAX_RECOMPUTE // (n + ROW_OVERHEAD):,} iterations at this n)."
        )


class _Reader:
    """Field-by-field checks; each failure is one sentence naming the file and the field."""

    def __init__(self, obj: dict[str, Any], name: str) -> None:
        self.obj = obj
        self.name = name

    def fail(self, what: str) -> SessionFileError:
        return SessionFileError(f"“{self.name}” is damaged: {what}.")

    def get(self, table: dict[str, Any], key: str, label: str) -> Any:
        if key not in table:
            raise self.fail(f"the {label} is missing")
        return table[key]

    def number(self, table: dict[str, Any], key: str, label: str,
               lo: float | None = None, hi: float | None = None) -> float:
        value = self.get(table, key, label)
        if type(value) not in (int, float) or not math.isfinite(value):
            raise self.fail(f"the {label} is not a number ({_short(value)})")
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            raise self.fail(f"the {label} is out of range ({_short(value)})")
        return float(value)

    def integer(self, table: dict[str, Any], key: str, label: str, lo: int, hi: int) -> int:
        value = self.get(table, key, label)
        if type(value) is not int:
            raise self.fail(f"the {label} is not a whole number ({_short(value)})")
        if not lo <= value <= hi:
            raise self.fail(f"the {label} is out of range ({_short(value)})")
        return value

    def text(
        self, table: dict[str, Any], key: str, label: str, optional: bool = False
    ) -> str | None:
        value = table.get(key) if optional else self.get(table, key, label)
        if value is None and optional:
            return None
        if not isinstance(value, str) or len(value) > MAX_TEXT:
            raise self.fail(f"the {label} is not a short text")
        return value

    def table(self, table: dict[str, Any], key: str, label: str) -> dict[str, Any]:
        value = self.get(table, key, label)
        if not isinstance(value, dict):
            raise self.fail(f"the {label} is not a record")
        return value

    # -------------------------------------------------------------------------------- pieces
    def params(self, table: dict[str, Any], label: str) -> em.Params:
        pi = self.number(table, "pi", f"{label} pi", 0.0, 1.0)
        mu1 = self.number(table, "mu1", f"{label} mu1")
        mu2 = self.number(table, "mu2", f"{label} mu2")
        return em.Params(pi, mu1, mu2)

    def mixture(self, table: dict[str, Any], label: str, k: int) -> Mixture:
        lists = []
        for key, what in (("weights", "weights"), ("means", "means"), ("sds", "sigmas")):
            value = self.get(table, key, f"{label} {what}")
            if not isinstance(value, list) or len(value) != k or not all(
                type(v) in (int, float) and math.isfinite(v) for v in value
            ):
                raise self.fail(f"the {label} {what} are not {k} numbers")
            lists.append(tuple(float(v) for v in value))
        try:
            return Mixture(*lists)
        except ValueError as exc:
            raise self.fail(f"the {label} values are impossible ({exc})") from None

    def model(self) -> Model:
        if self.obj.get("schema", 1) < 2:
            return Model()
        table = self.table(self.obj, "model", "model")
        k = self.integer(table, "k", "number of components", 1, mx.MAX_COMPONENTS)
        variance = self.get(table, "variance", "variance form")
        if variance not in mx.VARIANCES:
            raise self.fail(f"the variance form is {_short(variance)}")
        floor = table.get("sd_floor")
        if floor is not None and (type(floor) not in (int, float) or not math.isfinite(floor)
                                  or floor < 0):
            raise self.fail(f"the sigma floor is {_short(floor)}")
        return Model(k, variance, None if floor is None else float(floor))

    def history_k(self, k: int) -> tuple[MixtureRow, ...]:
        """Format 2 rows: [step, w1..wK, mu1..muK, sigma1..sigmaK, loglik]."""
        rows = self.get(self.obj, "history", "history")
        if not isinstance(rows, list) or not rows:
            raise self.fail("the history is not a list of rows")
        if len(rows) > MAX_HISTORY:
            raise self.fail(f"the history has more than {MAX_HISTORY - 1:,} iterations")
        width = 3 * k + 2
        out = []
        for step, row in enumerate(rows):
            if (not isinstance(row, list) or len(row) != width or type(row[0]) is not int
                    or row[0] != step):
                raise self.fail(f"row {step} of the history does not hold {width} values")
            values = []
            for item in row[1:]:
                finite = type(item) in (int, float) and math.isfinite(item)
                if finite or item in ("-inf", "inf"):
                    values.append(float(item))
                else:
                    raise self.fail(f"row {step} of the history holds {_short(item)}")
            try:
                theta = Mixture(tuple(values[:k]), tuple(values[k:2 * k]),
                                tuple(values[2 * k:3 * k]))
            except ValueError:
                raise self.fail(f"row {step} of the history has impossible parameters") from None
            out.append(MixtureRow(step, theta, values[-1]))
        return tuple(out)

    def history(self) -> tuple[em.HistoryRow, ...]:
        rows = self.get(self.obj, "history", "history")
        if not isinstance(rows, list) or not rows:
            raise self.fail("the history is not a list of rows")
        if len(rows) > MAX_HISTORY:
            raise self.fail(f"the history has more than {MAX_HISTORY - 1:,} iterations")
        out = []
        for k, row in enumerate(rows):
            if not isinstance(row, list) or len(row) != 5 or row[0] != k or type(row[0]) is not int:
                raise self.fail(f"row {k} of the history is not [step, pi, mu1, mu2, loglik]")
            values = []
            for item in row[1:]:
                finite = type(item) in (int, float) and math.isfinite(item)
                if finite or item in ("-inf", "inf"):
                    values.append(float(item))
                else:
                    raise self.fail(f"row {k} of the history holds {_short(item)}")
            pi, mu1, mu2, loglik = values
            try:
                theta = em.Params(pi, mu1, mu2)
            except ValueError:
                raise self.fail(f"row {k} of the history has impossible parameters") from None
            out.append(em.HistoryRow(k, theta, loglik))
        return tuple(out)

    def data(self) -> tuple[np.ndarray, np.ndarray | None, em.Simulation | None, str, str]:
        """(x, z, simulation, source, warning): the data, checked against their checksum."""
        block = self.table(self.obj, "data", "data")
        kind = self.get(block, "kind", "kind of data")
        if kind not in ("simulated", "observed"):
            raise self.fail(f"the kind of data is {_short(kind)}")
        n = self.integer(block, "n", "number of values", 1, MAX_VALUES)
        stored_hash = self.text(block, "hash", "data checksum")
        source = self.text(block, "source", "data description")
        assert stored_hash is not None and source is not None
        stored = labels = None
        if "x" in block or kind == "observed":
            if block.get("encoding") != "base64 float64 little-endian":
                raise self.fail("the data are stored in an unknown encoding")
            stored = self.array(block, "x", "data", n, "<f8", 8).astype(np.float64)
            if not np.all(np.isfinite(stored)):
                raise self.fail("the data contain NaN or infinity")
            if data_hash(stored) != stored_hash:
                raise self.fail("the data do not match their checksum")
            if "labels" in block:
                labels = self.array(block, "labels", "true labels", n, "i1", 1).astype(np.int64)
        if kind == "observed":
            assert stored is not None
            return stored, labels, None, source, ""
        sim_block = self.table(block, "simulation", "simulation settings")
        if "weights" in sim_block:
            return self._mixture_data(sim_block, n, stored_hash, source, stored, labels)
        try:
            sim = em.Simulation(
                n=self.integer(sim_block, "n", "simulated n", 1, MAX_VALUES),
                sep=self.number(sim_block, "sep", "separation", 0.0, 100.0),
                true_pi=self.number(sim_block, "true_pi", "true pi", 0.0, 1.0),
                seed=self.integer(sim_block, "seed", "seed", 0, em.Simulation.SEED_LIMIT - 1),
            ).validated()
        except SessionFileError:
            raise
        except ValueError as exc:
            raise self.fail(str(exc)) from None
        if sim.n != n:
            raise self.fail("the number of values does not match the simulation settings")
        x, z = em.simulate(sim.n, sim.sep, sim.true_pi, sim.seed)
        return self._redrawn(x, z, sim, stored_hash, source, stored, labels)

    def _mixture_data(self, sim_block: dict[str, Any], n: int, stored_hash: str, source: str,
                      stored: np.ndarray | None, labels: np.ndarray | None):
        """A sample drawn from K components: redrawn from its settings, checked by checksum."""
        k = len(sim_block.get("weights") or [])
        if not 1 <= k <= mx.MAX_COMPONENTS:
            raise self.fail("the simulated components are not 1 to 6 weights")
        truth = self.mixture(sim_block, "simulated", k)
        try:
            sim = mx.MixtureSimulation(
                self.integer(sim_block, "n", "simulated n", 1, MAX_VALUES), truth,
                self.integer(sim_block, "seed", "seed", 0, em.Simulation.SEED_LIMIT - 1),
            ).validated()
        except ValueError as exc:
            raise self.fail(str(exc)) from None
        if sim.n != n:
            raise self.fail("the number of values does not match the simulation settings")
        x, z = sim.draw()
        return self._redrawn(x, z, sim, stored_hash, source, stored, labels)

    def _redrawn(self, x: np.ndarray, z: np.ndarray, sim: Any, stored_hash: str, source: str,
                 stored: np.ndarray | None, labels: np.ndarray | None):
        """The sample drawn again when it matches its checksum, else the stored one, else no."""
        if data_hash(x) == stored_hash:
            return x, z, sim, source, ""
        if stored is not None:
            return stored, labels, sim, source, (
                f"This computer draws the simulated sample of \u201c{self.name}\u201d "
                "differently, so the sample stored in the file is shown."
            )
        raise SessionFileError(
            f"\u201c{self.name}\u201d holds a simulated sample that this computer draws "
            "differently (its checksum does not match), so it cannot be shown as saved."
        )

    def array(self, block: dict[str, Any], key: str, label: str, n: int, dtype: str,
              width: int) -> np.ndarray:
        encoded = block.get(key)
        if not isinstance(encoded, str) or len(encoded) != 4 * ((width * n + 2) // 3):
            raise self.fail(f"the {label} are missing or cut short")
        try:
            raw = base64.b64decode(encoded.encode("ascii"), validate=True)
        except (ValueError, UnicodeEncodeError):
            raise self.fail(f"the {label} are not valid base64") from None
        if len(raw) != width * n:
            raise self.fail(f"the {label} are cut short")
        return np.frombuffer(raw, dtype=dtype).copy()

    def data_scale(self) -> DataScale | None:
        """The optional standardisation of the data block (absent in older files)."""
        block = self.table(self.obj, "data", "data")
        if "scale" not in block:
            return None
        table = self.table(block, "scale", "data scale")
        shift = self.number(table, "shift", "data shift")
        scale = self.number(table, "scale", "data scale")
        name = self.text(table, "name", "column name", optional=True) or ""
        try:
            return DataScale(shift, scale, name)
        except ValueError:
            raise self.fail(f"the data scale {_short(scale)} is not a positive number") from None

    def document(self) -> SessionDocument:
        obj = self.obj
        model = self.model()
        start_table = self.table(obj, "start", "start parameters")
        if obj.get("schema", 1) < 2:
            seed_start = self.params(start_table, "start")
            if not 0.0 < seed_start.pi < 1.0:
                raise self.fail("the start value of pi is not strictly between 0 and 1")
            start = Mixture.from_params(seed_start)
        else:
            start = self.mixture(start_table, "start", model.k)
            try:
                start.checked_start(model)
            except ValueError as exc:
                raise self.fail(f"the start values do not suit the model ({exc})") from None
        tol = self.number(obj, "tol", "tolerance", 0.0, None)
        if tol <= 0:
            raise self.fail("the tolerance is not positive")
        max_iterations = self.integer(
            obj, "max_iterations", "maximum number of iterations", 1, 100_000
        )
        half_steps = self.get(obj, "half_steps", "half-step setting")
        if type(half_steps) is not bool:
            raise self.fail("the half-step setting is not true or false")
        if obj.get("schema", 1) < 2:
            history = tuple(MixtureRow(row.step, Mixture.from_params(row.theta), row.loglik)
                            for row in self.history())
        else:
            history = self.history_k(model.k)
        last_position = self.integer(obj, "last_position", "last position", 1, 2 * MAX_HISTORY)
        if last_position != 2 * (len(history) - 1) + 1:
            raise self.fail("the last position does not match the length of the history")
        position = self.integer(obj, "position", "current step", 0, last_position)
        if not half_steps and position % 2 == 0:
            raise self.fail("the current step is a half step but half steps are off")
        if history[0].theta != start:
            raise self.fail("the history does not begin at the start parameters")
        speed = obj.get("speed")
        if speed is not None and (type(speed) not in (int, float) or not 0 < speed < 1e6):
            speed = None  # a preference, not part of the run: fall back to the current one
        preset = self.text(obj, "preset", "preset", optional=True)
        version = obj.get("app_version")
        x, z, sim, source, warning = self.data()
        scale = self.data_scale()
        view = clean_view(obj.get("view"), len(x))
        return SessionDocument(
            x=x, z=z, simulation=sim, source=source, start=start, tol=tol,
            max_iterations=max_iterations, half_steps=half_steps, position=position,
            last_position=last_position, history=history,
            speed=None if speed is None else float(speed), preset=preset,
            app_version=version if isinstance(version, str) and len(version) < 50 else "",
            warning=warning, scale=scale, view=view, model=model,
        )


def _short(value: Any) -> str:
    """A value as a short text for a message (never the whole of a huge field)."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def rows_equal(a: Sequence[MixtureRow], b: Sequence[MixtureRow]) -> int | None:
    """The first step at which two histories differ in any bit, or None if they are equal."""
    for k, (ra, rb) in enumerate(zip(a, b, strict=False)):
        if ra.step != rb.step or not (_same(ra.loglik, rb.loglik) and all(
            _same(p, q) for p, q in zip(_row(ra), _row(rb), strict=True)
        )):
            return k
    if len(a) != len(b):
        return min(len(a), len(b))
    return None


def _row(row: Any) -> tuple[float, ...]:
    """A row's parameters as numbers (seed rows and mixture rows alike)."""
    theta = mx.as_mixture(row.theta)
    return theta.as_row()


def _same(p: float, q: float) -> bool:
    return np.float64(p).tobytes() == np.float64(q).tobytes()


#: Two recomputations of one run that agree to this relative precision are the same run: the
#: last bits move with the numerical library and with the core's order of operations.
AGREE_REL = 1e-12


def rows_agree(
    a: Sequence[MixtureRow], b: Sequence[MixtureRow], rel: float = AGREE_REL
) -> int | None:
    """The first step at which two histories differ by more than rounding, or None.

    Opening a session recomputes its history; a numpy that rounds differently in the last bit
    must open silently, while a real difference (another run) is worth a warning.
    """
    for k, (ra, rb) in enumerate(zip(a, b, strict=False)):
        if ra.step != rb.step or not (_close(ra.loglik, rb.loglik, rel) and all(
            _close(p, q, rel) for p, q in zip(_row(ra), _row(rb), strict=True)
        )):
            return k
    if len(a) != len(b):
        return min(len(a), len(b))
    return None


def _close(p: float, q: float, rel: float) -> bool:
    """Equal to rounding: relative to the size of the values, absolute near zero."""
    if p == q:  # also equal infinities
        return True
    return math.isclose(p, q, rel_tol=rel, abs_tol=rel)
