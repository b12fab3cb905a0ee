"""Write the session-file corpus next to this script (run it from the repository root).

Why a script: the good files pin the format (a later version must still open them, bit for
bit), and each damaged file is one way a real file goes wrong: cut short by a full USB stick,
edited by hand, written by a newer version, or something else renamed to ``.emgui``.
"""

from __future__ import annotations

import base64
import json
import pickle
from pathlib import Path

import numpy as np

from emgui.core import em, sessionfile

HERE = Path(__file__).resolve().parent


def _document(x: np.ndarray, z, simulation, source: str, steps: int, position: int,
              half_steps: bool = False) -> sessionfile.SessionDocument:
    start = em.Params(0.5, -0.5, 0.5)
    rows = em.fit(x, start, steps)
    return sessionfile.SessionDocument(
        x=x, z=z, simulation=simulation, source=source, start=start, tol=1e-6,
        max_iterations=200, half_steps=half_steps, position=position,
        last_position=2 * steps + 1, history=tuple(rows), speed=6.0, preset="seed",
    )


def main() -> None:
    sim = em.Simulation()
    x, z = em.simulate(sim.n, sim.sep, sim.true_pi, sim.seed)
    simulated = sessionfile.dump(_document(x, z, sim, "simulated: the seed scenario", 12, 7))
    (HERE / "seed_step3.emgui").write_text(simulated, encoding="utf-8")

    observed_x = np.array([-2.25, -1.5, -1.75, -0.125, 0.1, 1.0 / 3.0, 1.5, 2.0, 2.75, 3.125])
    observed = sessionfile.dump(
        _document(observed_x, None, None, "ten values, column \u201ccm\u201d", 6, 8, True)
    )
    (HERE / "observed_half_step.emgui").write_text(observed, encoding="utf-8")

    obj = json.loads(simulated)
    bad: dict[str, object] = {}
    bad["truncated.emgui"] = simulated[: len(simulated) // 2]
    bad["not_json.emgui"] = "These are my notes for Tuesday's lesson.\n"
    bad["foreign.emgui"] = json.dumps({"format": "spreadsheet", "cells": [[1, 2], [3, 4]]})
    bad["top_level_list.emgui"] = "[1, 2, 3]"
    bad["newer.emgui"] = json.dumps({**obj, "schema": 99})
    bad["bad_schema.emgui"] = json.dumps({**obj, "schema": "one"})
    bad["start_pi_out_of_range.emgui"] = json.dumps({**obj, "start": {**obj["start"], "pi": 1.5}})
    bad["nan_tolerance.emgui"] = json.dumps({**obj, "tol": float("nan")})
    bad["string_max_iterations.emgui"] = json.dumps({**obj, "max_iterations": "200"})
    bad["position_beyond_history.emgui"] = json.dumps({**obj, "position": 99})
    rows = [list(r) for r in obj["history"]]
    rows[4][1] = "0.4"
    bad["text_in_history.emgui"] = json.dumps({**obj, "history": rows})
    data = {k: v for k, v in obj["data"].items() if k not in ("x", "labels", "encoding")}
    data["hash"] = "sha256:" + "0" * 64
    bad["simulated_checksum_differs.emgui"] = json.dumps({**obj, "data": data})
    data = dict(obj["data"])
    data["hash"] = "sha256:" + "0" * 64
    bad["stored_data_checksum_differs.emgui"] = json.dumps({**obj, "data": data})
    # Stored values that the generator does not reproduce (as if numpy drew differently one
    # day): the file opens with the stored sample and a warning.
    other, other_z = em.simulate(sim.n, sim.sep, sim.true_pi, sim.seed + 1)
    drawn = sessionfile.dump(_document(other, other_z, sim, "simulated: drawn elsewhere", 4, 3))
    (HERE / "simulated_drawn_differently.emgui").write_text(drawn, encoding="utf-8")
    data = dict(obj["data"])
    data["simulation"] = {**data["simulation"], "n": 1_000_000_000}
    data["n"] = 1_000_000_000
    bad["too_many_values.emgui"] = json.dumps({**obj, "data": data})
    obs = json.loads(observed)
    data = dict(obs["data"])
    data["x"] = data["x"][:-8]
    bad["observed_cut_short.emgui"] = json.dumps({**obs, "data": data})
    data = dict(obs["data"])
    raw = bytearray(np.frombuffer(base64.b64decode(data["x"]), "<f8").tobytes())
    raw[0:8] = np.float64(np.nan).tobytes()
    data["x"] = base64.b64encode(bytes(raw)).decode()
    bad["observed_nan.emgui"] = json.dumps({**obs, "data": data})
    bad["deeply_nested.emgui"] = "[" * 100_000 + "]" * 100_000
    # A pickle renamed to .emgui: must be refused as text, never unpickled.
    bad["pickle.emgui"] = pickle.dumps({"format": "emgui-session", "schema": 1})
    bad["binary.emgui"] = bytes(range(256)) * 4
    for name, payload in bad.items():
        path = HERE / name
        if isinstance(payload, bytes):
            path.write_bytes(payload)
        else:
            path.write_text(payload, encoding="utf-8")


if __name__ == "__main__":
    main()
