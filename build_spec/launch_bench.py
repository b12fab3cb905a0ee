"""Launch-to-first-paint benchmark: the app against a bare PySide6 + pyqtgraph window.

Why: start-up time is what a pupil notices first, and an absolute number means little on an
unknown classroom machine. The ratio to the least any window on this stack costs (the bare
window, started the same way) is what the target is set on: app / bare <= 1.3.

The app is run with ``--startup-time`` (the window a double-click opens, with the user's
preferences and File menu, closed right after its first frame; ``--app-args=--self-test`` measures
the self-test's window instead, e.g. for a build older than that option), the bare window with
``--self-test``; each prints ``first paint: <seconds> s``, from the process's start to the end of
its first frame, measured the same way (see ``bare_window.py``). Medians of ``--runs`` runs.

Fair comparisons on a busy machine: the targets take turns, run by run (a load that comes and goes
hits all of them alike). A warm-up round comes first and is not counted. *Cold* runs each follow
``echo 3 > /proc/sys/vm/drop_caches`` when that is permitted (root on Linux); otherwise the cold
column is the first run after the build, once. Source runs keep compiled bytecode (under
``build/pycache``) even where the environment sets PYTHONDONTWRITEBYTECODE, as an installed copy
does; otherwise the app would recompile its own modules at every launch and the one-file bare
window would not (``--no-bytecode-cache`` measures that case).

    python build_spec/launch_bench.py                 # offscreen if there is no display
    xvfb-run -a -s "-screen 0 1600x1000x24" python build_spec/launch_bench.py   # a real X server

(xvfb-run's default screen is 640 x 480 at 8 bits: too small for the 1280 x 800 windows.)

Build the frozen targets first: ``build_spec/build.sh``, then the baseline with the same clean
venv, ``build/build-venv/bin/pyinstaller --noconfirm build_spec/bare.spec`` (and
``build_spec/archive.py dist/bare-window`` for its archive size).
Targets: bundle <= 210 MiB, archive <= 80 MiB, app/bare <= 1.3, warm and cold.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DIST = REPO / "dist"
PYCACHE = REPO / "build" / "pycache"
FIRST_PAINT = re.compile(r"first paint:\s*([0-9]+(?:\.[0-9]+)?)\s*s")
TARGET_SIZE_MIB, TARGET_ARCHIVE_MIB, TARGET_RATIO = 210.0, 80.0, 1.3


@dataclass
class Target:
    """One way of starting a window: its command line and, if frozen, its bundle folder."""

    name: str
    kind: str  # "bare" or "app"
    mode: str  # "source" or "frozen"
    argv: list[str]
    folder: Path | None = None
    warm: list[float] = field(default_factory=list)
    cold: list[float] = field(default_factory=list)
    wall: list[float] = field(default_factory=list)
    error: str = ""


def drop_caches() -> bool:
    """Empty the page cache (needs root); False if not permitted."""
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as knob:
            knob.write("3\n")
        return True
    except OSError:
        return False


def child_env(bytecode_cache: bool) -> dict[str, str]:
    """The targets' environment: emgui from this checkout (frozen runs ignore it)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    if bytecode_cache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env


def run_once(target: Target, timeout: float, env: dict[str, str]) -> tuple[float, float]:
    """Run the target once; return (reported first paint, wall seconds to exit)."""
    start = time.perf_counter()
    done = subprocess.run(
        target.argv, capture_output=True, text=True, timeout=timeout, cwd=REPO, env=env, check=False
    )
    wall = time.perf_counter() - start
    match = FIRST_PAINT.search(done.stdout + done.stderr)
    if done.returncode != 0 or match is None:
        tail = (done.stdout + done.stderr).strip().splitlines()[-5:]
        raise RuntimeError(f"exit {done.returncode}, no 'first paint' line: {' | '.join(tail)}")
    return float(match.group(1)), wall


def folder_stats(folder: Path) -> tuple[float, int]:
    """(MiB of regular files, number of regular files) under ``folder``; symlinks not followed."""
    total, count = 0, 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            if not path.is_symlink():
                total += path.stat().st_size
                count += 1
    return total / 2**20, count


def archive_mib(folder: Path) -> float | None:
    """Size of the newest archive built from ``folder`` by archive.py, if any."""
    stem = folder.name.removesuffix(".app").replace(" ", "-")
    found = sorted(folder.parent.glob(f"{stem}-*.tar.gz"), key=lambda p: p.stat().st_mtime)
    found = found or sorted(folder.parent.glob(f"{stem}-*.zip"), key=lambda p: p.stat().st_mtime)
    return found[-1].stat().st_size / 2**20 if found else None


def targets(app_args: list[str]) -> list[Target]:
    """The four ways of starting: bare and app, from source and frozen (missing ones skipped)."""
    exe = ".exe" if sys.platform == "win32" else ""
    py = sys.executable
    found = [
        Target("bare, source", "bare", "source", [py, str(REPO / "build_spec" / "bare_window.py")]),
        Target("app, source", "app", "source", [py, str(REPO / "build_spec" / "launch.py")]),
    ]
    bare_dir, app_dir = DIST / "bare-window", DIST / "EM Explorer"
    found.append(
        Target("bare, frozen", "bare", "frozen", [str(bare_dir / f"bare-window{exe}")], bare_dir)
    )
    found.append(
        Target("app, frozen", "app", "frozen", [str(app_dir / f"EM Explorer{exe}")], app_dir)
    )
    usable = []
    for target in found:
        if target.folder is not None and not Path(target.argv[0]).exists():
            print(f"skip {target.name}: {target.argv[0]} not built", file=sys.stderr)
            continue
        if (
            target.kind == "app"
            and target.mode == "source"
            and not (REPO / "emgui/app.py").exists()
        ):
            print("skip app, source: emgui/app.py does not exist yet", file=sys.stderr)
            continue
        target.argv.extend(app_args if target.kind == "app" else ["--self-test"])
        usable.append(target)
    return usable


def _run_into(target: Target, timeout: float, env: dict[str, str], into: list[float] | None,
              wall: list[float] | None = None) -> None:
    """One run of a target that has not failed yet; a failure is recorded, not raised."""
    if target.error:
        return
    try:
        paint, seconds = run_once(target, timeout, env)
    except (RuntimeError, subprocess.TimeoutExpired, OSError) as exc:
        target.error = str(exc)
        return
    if into is not None:
        into.append(paint)
    if wall is not None:
        wall.append(seconds)


def measure(results: list[Target], runs: int, can_drop: bool, timeout: float,
            env: dict[str, str]) -> None:
    """Fill every target's ``cold``, ``warm`` and ``wall`` (or ``error``), taking turns."""
    if not can_drop:  # the first run after the build is the only cold run there is
        for target in results:
            _run_into(target, timeout, env, target.cold)
    for target in results:  # warm-up (and the bytecode cache filled), not counted
        _run_into(target, timeout, env, None)
    if can_drop:
        for k in range(runs):
            print(f"cold round {k + 1}/{runs}", file=sys.stderr, flush=True)
            for target in results:
                drop_caches()
                _run_into(target, timeout, env, target.cold)
    for k in range(runs):
        print(f"warm round {k + 1}/{runs}", file=sys.stderr, flush=True)
        for target in results:
            _run_into(target, timeout, env, target.warm, target.wall)


def _fmt(value: float | None, spec: str = ".2f") -> str:
    return "-" if value is None else format(value, spec)


def table(results: list[Target]) -> str:
    """Markdown table: size, files, archive, warm/cold first paint and ratio to bare."""
    med = {
        t.name: (statistics.median(t.warm), statistics.median(t.cold))
        for t in results
        if t.warm and t.cold and not t.error
    }
    lines = [
        "| build | size (MiB) | files | archive (MiB) | warm first paint (s) | cold first paint (s)"
        " | warm exit (s) | app/bare warm | app/bare cold |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for t in results:
        size, files = folder_stats(t.folder) if t.folder else (None, None)
        archive = archive_mib(t.folder) if t.folder else None
        if t.error:
            lines.append(
                f"| {t.name} | {_fmt(size, '.0f')} | {files or '-'} | {_fmt(archive, '.0f')}"
                f" | FAILED: {t.error} | | | | |"
            )
            continue
        warm, cold = med[t.name]
        bare = med.get(f"bare, {t.mode}")
        ratio_w = warm / bare[0] if t.kind == "app" and bare else None
        ratio_c = cold / bare[1] if t.kind == "app" and bare else None
        lines.append(
            f"| {t.name} | {_fmt(size, '.0f')} | {files or '-'} | {_fmt(archive, '.0f')}"
            f" | {warm:.2f} | {cold:.2f} | {statistics.median(t.wall):.2f}"
            f" | {_fmt(ratio_w)} | {_fmt(ratio_c)} |"
        )
    return "\n".join(lines)


def verdicts(results: list[Target]) -> list[str]:
    """Targets met or missed, one line each (for the frozen app, and the ratio in both modes)."""
    out = []
    med = {t.name: t for t in results if t.warm and t.cold and not t.error}
    app = med.get("app, frozen")
    if app and app.folder:
        size = folder_stats(app.folder)[0]
        out.append(
            f"bundle {size:.0f} MiB (target <= {TARGET_SIZE_MIB:.0f}): "
            + ("ok" if size <= TARGET_SIZE_MIB else "MISSED")
        )
        archive = archive_mib(app.folder)
        if archive is not None:
            out.append(
                f"archive {archive:.0f} MiB (target <= {TARGET_ARCHIVE_MIB:.0f}): "
                + ("ok" if archive <= TARGET_ARCHIVE_MIB else "MISSED")
            )
    for mode in ("source", "frozen"):
        a, b = med.get(f"app, {mode}"), med.get(f"bare, {mode}")
        if not (a and b):
            continue
        for kind in ("warm", "cold"):
            ratio = statistics.median(getattr(a, kind)) / statistics.median(getattr(b, kind))
            out.append(
                f"app/bare {kind} ({mode}) {ratio:.2f} (target <= {TARGET_RATIO}): "
                + ("ok" if ratio <= TARGET_RATIO else "MISSED")
            )
    return out


def main(argv: list[str] | None = None) -> int:
    """Measure every available target and print the table; exit 1 if any target failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per median (default 5)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per run")
    parser.add_argument("--only", default="", help="substring filter on target names")
    parser.add_argument("--app-args", default="--startup-time",
                        help="the app's arguments (default --startup-time; --self-test for the "
                        "self-test's window or a build without --startup-time)")
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="keep the environment's PYTHONDONTWRITEBYTECODE for source runs")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    platform_name = os.environ.get("QT_QPA_PLATFORM") or "default (display present)"
    can_drop = drop_caches()
    cold_note = "page cache dropped before each run" if can_drop else "first run after build"
    bytecode = not args.no_bytecode_cache
    print(
        f"platform: {platform_name}; runs: {args.runs}, interleaved; cold: {cold_note}; "
        f"app: {args.app_args}; source bytecode cached: {'yes' if bytecode else 'no'}",
        flush=True,
    )
    results = [t for t in targets(args.app_args.split()) if args.only in t.name]
    measure(results, args.runs, can_drop, args.timeout, child_env(bytecode))
    print(table(results))
    for line in verdicts(results):
        print(line)
    return 1 if any(t.error for t in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
