"""The launch benchmark's bookkeeping: targets take turns, failures stay with their target."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "build_spec" / "launch_bench.py"


@pytest.fixture
def bench():
    spec = importlib.util.spec_from_file_location("launch_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["launch_bench"] = module  # dataclasses look their module up
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules["launch_bench"]


def test_targets_take_turns_after_a_warm_up(bench, monkeypatch):
    order: list[str] = []
    times = {"bare": 0.4, "app": 0.5}

    def fake_run(target, timeout, env):
        order.append(target.name)
        return times[target.kind], 1.0

    monkeypatch.setattr(bench, "run_once", fake_run)
    monkeypatch.setattr(bench, "drop_caches", lambda: True)
    targets = [bench.Target("bare, source", "bare", "source", ["b"]),
               bench.Target("app, source", "app", "source", ["a"])]
    bench.measure(targets, runs=2, can_drop=True, timeout=1.0, env={})
    assert order == ["bare, source", "app, source"] * 5  # warm-up, 2 cold, 2 warm rounds
    bare, app = targets
    assert bare.cold == bare.warm == [0.4, 0.4] and app.cold == app.warm == [0.5, 0.5]
    assert "| app, source | - | - | - | 0.50 | 0.50 | 1.00 | 1.25 | 1.25 |" in bench.table(targets)
    assert "app/bare warm (source) 1.25 (target <= 1.3): ok" in bench.verdicts(targets)


def test_a_failing_target_is_reported_and_the_others_still_run(bench, monkeypatch):
    def fake_run(target, timeout, env):
        if target.kind == "app":
            raise RuntimeError("exit 2, no 'first paint' line: emgui: unrecognized arguments")
        return 0.4, 1.0

    monkeypatch.setattr(bench, "run_once", fake_run)
    targets = [bench.Target("bare, source", "bare", "source", ["b"]),
               bench.Target("app, source", "app", "source", ["a"])]
    bench.measure(targets, runs=3, can_drop=False, timeout=1.0, env={})
    bare, app = targets
    assert bare.cold == [0.4] and bare.warm == [0.4] * 3  # one cold run: the first after a build
    assert "unrecognized arguments" in app.error
    assert "FAILED" in bench.table(targets)


def test_source_runs_keep_their_bytecode(bench, monkeypatch):
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    env = bench.child_env(bytecode_cache=True)
    assert "PYTHONDONTWRITEBYTECODE" not in env
    assert env["PYTHONPYCACHEPREFIX"] == str(bench.PYCACHE)
    assert str(bench.REPO) in env["PYTHONPATH"].split(os.pathsep)
    assert bench.child_env(bytecode_cache=False)["PYTHONDONTWRITEBYTECODE"] == "1"
