"""Session files: a lossless round trip, refusal of every damaged file, and atomic saving.

Why these tests: a teacher's prepared lesson lives in these files. A round trip that loses one
bit would show a different run; a damaged file that half-opens would lose the lesson on screen;
a save that dies half-way must leave yesterday's copy readable.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import numpy as np
import pytest

from emgui.core import em, sessionfile
from emgui.core.sessionfile import SessionDocument, SessionFileError

CORPUS = Path(__file__).resolve().parent / "data" / "sessions"


START = em.Params(0.5, -0.5, 0.5)


def _doc(x: np.ndarray, z=None, simulation=None, steps: int = 5, position: int | None = None,
         half_steps: bool = False, start: em.Params = START) -> SessionDocument:
    rows = tuple(em.fit(x, start, steps))
    return SessionDocument(
        x=x, z=z, simulation=simulation, source="test data", start=start, tol=1e-6,
        max_iterations=200, half_steps=half_steps,
        position=2 * steps + 1 if position is None else position,
        last_position=2 * steps + 1, history=rows, speed=5.5, preset="seed",
    )


def _bits(a: np.ndarray) -> bytes:
    return np.ascontiguousarray(a, dtype="<f8").tobytes()


# ------------------------------------------------------------------------------ round trip
def test_observed_data_round_trip_is_bit_exact() -> None:
    rng = np.random.default_rng(7)
    x = np.concatenate([rng.normal(-1, 1, 500), rng.normal(2, 1, 300), [0.1, 1 / 3, -0.0, 5e-324,
                                                                       1e300]])
    doc = _doc(x, steps=9, position=6, half_steps=True)
    back = sessionfile.load(sessionfile.dump(doc), "lesson.emgui")
    assert _bits(back.x) == _bits(x)
    assert back.z is None and back.simulation is None
    assert sessionfile.rows_equal(back.history, doc.history) is None
    assert (back.start, back.tol, back.max_iterations, back.half_steps) == (
        doc.start, doc.tol, doc.max_iterations, doc.half_steps)
    assert (back.position, back.last_position, back.speed, back.preset) == (6, 19, 5.5, "seed")
    assert back.source == "test data"


@pytest.mark.parametrize("n", [5000, sessionfile.EMBED_LIMIT + 1])
def test_simulated_data_are_stored_as_settings_and_checked(n: int) -> None:
    sim = em.Simulation(n=n, sep=3.0, true_pi=0.3, seed=42)
    x, z = em.simulate(sim.n, sim.sep, sim.true_pi, sim.seed)
    text = sessionfile.dump(_doc(x, z, sim, steps=2))
    block = json.loads(text)["data"]
    assert block["hash"] == sessionfile.data_hash(x)
    assert block["simulation"]["seed"] == 42
    # Small samples are stored as well (a safety net); large ones only as settings.
    assert ("x" in block) == (n <= sessionfile.EMBED_LIMIT)
    assert len(text) < (13 * n if n <= sessionfile.EMBED_LIMIT else 5000)
    back = sessionfile.load(text, "sim.emgui")
    assert back.simulation == sim and back.warning == ""
    assert _bits(back.x) == _bits(x)
    assert np.array_equal(back.z, z)


def test_observed_labels_round_trip() -> None:
    x = np.array([0.5, -1.0, 2.0])
    z = np.array([1, 0, 0])
    back = sessionfile.load(sessionfile.dump(_doc(x, z)), "labels.emgui")
    assert np.array_equal(back.z, z)
    # Labels that are not small whole numbers are only a display aid: they are left out.
    back = sessionfile.load(sessionfile.dump(_doc(x, np.array([1000, 0, 1]))), "big.emgui")
    assert back.z is None


def test_minus_infinity_in_the_history_survives() -> None:
    """The core may report a log likelihood of -inf for absurd data; JSON has no -inf."""
    doc = _doc(np.array([0.0, 1.0]), steps=1)
    rows = (doc.history[0], em.HistoryRow(1, doc.history[1].theta, float("-inf")))
    doc = SessionDocument(**{**doc.__dict__, "history": rows})
    text = sessionfile.dump(doc)
    assert "Infinity" not in text and "NaN" not in text
    assert sessionfile.load(text, "x").history[1].loglik == float("-inf")


def test_rows_equal_finds_the_first_differing_bit() -> None:
    rows = tuple(em.fit(np.array([-1.0, 0.0, 2.0]), em.Params(0.5, -0.5, 0.5), 4))
    other = list(rows)
    r = other[3]
    other[3] = em.HistoryRow(3, r.theta, float(np.nextafter(r.loglik, 0.0)))
    assert sessionfile.rows_equal(rows, rows) is None
    assert sessionfile.rows_equal(rows, tuple(other)) == 3
    assert sessionfile.rows_equal(rows, rows[:3]) == 3


def test_rows_agree_ignores_rounding_but_not_a_real_difference() -> None:
    rows = tuple(em.fit(np.array([-1.0, 0.0, 2.0]), em.Params(0.5, -0.5, 0.5), 4))
    last_bit = list(rows)
    r = last_bit[3]
    last_bit[3] = em.HistoryRow(3, r.theta, float(np.nextafter(r.loglik, 0.0)))
    assert sessionfile.rows_agree(rows, tuple(last_bit)) is None
    real = list(rows)
    real[2] = em.HistoryRow(2, em.Params(r.theta.pi, r.theta.mu1 + 1e-6, r.theta.mu2), r.loglik)
    assert sessionfile.rows_agree(rows, tuple(real)) == 2
    assert sessionfile.rows_agree(rows, rows[:3]) == 3


# ------------------------------------------------------------------------------ the corpus
def test_the_stored_seed_session_still_opens_with_the_same_run() -> None:
    """A file written by this version must open in every later one with the same run.

    The same run means equal to rounding: numpy versions and the core's order of operations
    move the last bits of a recomputed history.
    """
    doc = sessionfile.read_session(CORPUS / "seed_step3.emgui")
    sim = em.Simulation()
    x, _ = em.simulate(sim.n, sim.sep, sim.true_pi, sim.seed)
    assert doc.simulation == sim and _bits(doc.x) == _bits(x)
    assert (doc.position, doc.last_position, doc.speed, doc.preset) == (7, 25, 6.0, "seed")
    assert sessionfile.rows_agree(doc.history, tuple(em.fit(x, doc.start, 12))) is None


def test_a_sample_drawn_differently_falls_back_to_the_stored_values() -> None:
    doc = sessionfile.read_session(CORPUS / "simulated_drawn_differently.emgui")
    sim = em.Simulation()
    other, other_z = em.simulate(sim.n, sim.sep, sim.true_pi, sim.seed + 1)
    assert doc.simulation == sim
    assert _bits(doc.x) == _bits(other) and np.array_equal(doc.z, other_z)
    assert "draws the simulated sample" in doc.warning and "stored in the file" in doc.warning


def test_the_stored_observed_session_opens() -> None:
    doc = sessionfile.read_session(CORPUS / "observed_half_step.emgui")
    assert doc.half_steps and doc.position == 8 and doc.x.size == 10
    assert doc.x[5] == 1.0 / 3.0


BAD = [
    ("truncated.emgui", "is damaged or cut short"),
    ("not_json.emgui", "is not an EM Explorer session file"),
    ("foreign.emgui", "is not an EM Explorer session file"),
    ("top_level_list.emgui", "is not an EM Explorer session file"),
    ("newer.emgui", "saved by a newer version of EM Explorer (file format 99"),
    ("bad_schema.emgui", "its schema version is missing or wrong"),
    ("start_pi_out_of_range.emgui", "the start pi is out of range (1.5)"),
    ("nan_tolerance.emgui", "is damaged or cut short"),
    ("string_max_iterations.emgui",
     "the maximum number of iterations is not a whole number ('200')"),
    ("position_beyond_history.emgui", "the current step is out of range (99)"),
    ("text_in_history.emgui", "row 4 of the history holds '0.4'"),
    ("simulated_checksum_differs.emgui", "this computer draws differently"),
    ("stored_data_checksum_differs.emgui", "the data do not match their checksum"),
    ("too_many_values.emgui", "the number of values is out of range (1000000000)"),
    ("observed_cut_short.emgui", "the data are missing or cut short"),
    ("observed_nan.emgui", "the data contain NaN or infinity"),
    ("deeply_nested.emgui", "is not an EM Explorer session file"),
    ("pickle.emgui", "is not an EM Explorer session (it is not a text file)"),
    ("binary.emgui", "is not an EM Explorer session (it is not a text file)"),
]


@pytest.mark.parametrize(("name", "expected"), BAD)
def test_every_damaged_file_is_refused_with_one_sentence(name: str, expected: str) -> None:
    with pytest.raises(SessionFileError) as info:
        sessionfile.read_session(CORPUS / name)
    message = str(info.value)
    assert expected in message
    assert f"\u201c{name}\u201d" in message  # names the file
    assert "\n" not in message and message.endswith(".")


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SessionFileError, match="does not exist"):
        sessionfile.read_session(tmp_path / "gone.emgui")
    with pytest.raises(SessionFileError, match="is a folder"):
        sessionfile.read_session(tmp_path)


def test_oversized_file_is_refused_before_reading(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "big.emgui"
    path.write_text("{}", encoding="utf-8")
    monkeypatch.setattr(sessionfile, "MAX_FILE_BYTES", 1)
    with pytest.raises(SessionFileError, match="too large"):
        sessionfile.read_session(path)


def test_nothing_in_a_file_is_executed(tmp_path: Path) -> None:
    """Strings that look like code stay strings: the source is shown, never evaluated."""
    doc = _doc(np.array([0.0, 1.0, 2.0]))
    obj = json.loads(sessionfile.dump(doc))
    obj["data"]["source"] = "__import__('os').system('echo hacked')"
    back = sessionfile.load(json.dumps(obj), "evil.emgui")
    assert back.source == "__import__('os').system('echo hacked')"


# ------------------------------------------------------------------------------ atomic saving
def test_save_atomic_writes_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "lesson.emgui"
    sessionfile.save_atomic(path, "first")
    sessionfile.save_atomic(path, "second \u03bc")
    assert path.read_text(encoding="utf-8") == "second \u03bc"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lesson.emgui"]


def test_a_failed_rename_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "lesson.emgui"
    good = sessionfile.dump(_doc(np.array([0.0, 1.0, 3.0])))
    sessionfile.save_atomic(path, good)

    def no_rename(src, dst):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(sessionfile.os, "replace", no_rename)
    with pytest.raises(OSError):
        sessionfile.save_atomic(path, "garbage")
    assert path.read_text(encoding="utf-8") == good
    assert sessionfile.read_session(path).x.size == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lesson.emgui"]


def test_a_disk_that_fills_mid_write_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "lesson.emgui"
    good = sessionfile.dump(_doc(np.array([0.0, 1.0, 3.0])))
    sessionfile.save_atomic(path, good)
    real_fdopen = os.fdopen

    class FillsUp:
        """Writes the first 100 characters, then the disk is full."""

        def __init__(self, handle) -> None:
            self.handle = handle

        def write(self, text: str) -> int:
            self.handle.write(text[:100])
            self.handle.flush()
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            self.handle.close()

    monkeypatch.setattr(sessionfile.os, "fdopen", lambda *a, **k: FillsUp(real_fdopen(*a, **k)))
    with pytest.raises(OSError, match="No space"):
        sessionfile.save_atomic(path, sessionfile.dump(_doc(np.arange(50.0))))
    assert path.read_text(encoding="utf-8") == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lesson.emgui"]


def test_a_failed_fsync_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "lesson.emgui"
    sessionfile.save_atomic(path, "old")

    def fails(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sessionfile.os, "fsync", fails)
    with pytest.raises(OSError):
        sessionfile.save_atomic(path, "new")
    assert path.read_text(encoding="utf-8") == "old"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_saving_keeps_the_files_permissions(tmp_path: Path) -> None:
    path = tmp_path / "shared.emgui"
    path.write_text("x", encoding="utf-8")
    path.chmod(0o644)
    sessionfile.save_atomic(path, "y")
    assert path.stat().st_mode & 0o777 == 0o644


def test_a_session_is_recognised_by_name_or_content(tmp_path: Path) -> None:
    renamed = tmp_path / "lesson.json"
    renamed.write_bytes((CORPUS / "seed_step3.emgui").read_bytes())
    data = tmp_path / "data.csv"
    data.write_text("x\n1\n2\n", encoding="utf-8")
    assert sessionfile.looks_like_session(CORPUS / "truncated.emgui")
    assert sessionfile.looks_like_session(renamed)
    assert not sessionfile.looks_like_session(data)
    assert not sessionfile.looks_like_session(tmp_path / "missing.txt")
