"""The entry point, run as a user runs it: in a fresh process, without a display.

Each run is a subprocess with ``QT_QPA_PLATFORM=offscreen`` and its own settings folder, so
the test process's QApplication stays clean and no real preferences are touched.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

import emgui

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 180


def run(args: list[str], tmp_path: Path, code: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        HOME=str(tmp_path / "home"),
        PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
    )
    env.pop("DISPLAY", None)
    head = [sys.executable, "-c", code] if code else [sys.executable, "-m", "emgui"]
    command = [*head, *args]
    return subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=TIMEOUT
    )


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def test_version(tmp_path):
    done = run(["--version"], tmp_path)
    assert done.returncode == 0
    assert done.stdout == f"EM Explorer {emgui.__version__}\n"


@pytest.mark.parametrize("args", [["--bogus"], ["a.csv", "b.csv"], ["--screenshot"]])
def test_bad_arguments_are_one_line_and_status_2(tmp_path, args):
    done = run(args, tmp_path)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("emgui: ")
    assert "Traceback" not in done.stderr


def test_self_test_passes_offscreen(tmp_path):
    code = "import sys; from emgui.app import main; sys.exit(main(sys.argv[1:]))"
    done = run(["--self-test"], tmp_path, code=code)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("self-test passed: 22 iterations, log L -139.72, first paint: ")
    assert lines[0].endswith(" s")
    # Preferences are neither read nor written by a batch run.
    assert not (tmp_path / "config").exists() or not any((tmp_path / "config").rglob("*.ini"))


def test_screenshot_is_a_1280x800_png_and_no_scipy_was_imported(tmp_path):
    target = tmp_path / "shot.png"
    code = (
        "import sys; from emgui.app import main; rc = main(sys.argv[1:]); "
        "print('scipy' in sys.modules); sys.exit(rc)"
    )
    done = run(["--screenshot", str(target)], tmp_path, code=code)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "False"  # no scipy on the start path
    assert png_size(target) == (1280, 800)
    assert target.stat().st_size > 20_000  # a real picture, not a blank image


def test_a_bad_file_at_start_keeps_the_default_scenario(tmp_path):
    bad = tmp_path / "two_columns.csv"
    bad.write_text("a,b\n1,2\n3,4\n", encoding="utf-8")
    done = run([str(bad), "--self-test"], tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("self-test passed: 22 iterations")
    assert done.stderr.count("\n") == 1 and "two_columns.csv" in done.stderr


def test_a_data_file_at_start_is_used(tmp_path):
    data = tmp_path / "values.txt"
    data.write_text("\n".join(str(v) for v in [-2.1, -1.7, -2.4, 1.9, 2.2, 2.6, 1.8, -2.0]))
    done = run([str(data), "--self-test"], tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr == ""
    assert "22 iterations" not in done.stdout


def test_no_display_and_no_batch_mode_says_so(tmp_path):
    env_code = (
        "import os, sys; os.environ.pop('QT_QPA_PLATFORM', None); os.environ.pop('DISPLAY', None);"
        " os.environ.pop('WAYLAND_DISPLAY', None); from emgui.app import main; sys.exit(main([]))"
    )
    done = run([], tmp_path, code=env_code)
    if sys.platform == "linux":
        assert done.returncode == 1
        assert "needs a display" in done.stderr and done.stderr.count("\n") == 1


def test_self_test_failure_is_one_line_and_status_1(tmp_path):
    # A core that disagrees with what the window shows: the self-test must say so and fail.
    code = (
        "import sys, dataclasses; from emgui.core import em; from emgui.checks import selftest\n"
        "real = em.fit\n"
        "def wrong(*a, **k):\n"
        "    rows = real(*a, **k)\n"
        "    return [dataclasses.replace(rows[0], loglik=rows[0].loglik - 1), *rows[1:]]\n"
        "selftest.em = type('E', (), {'fit': staticmethod(wrong), 'MONOTONE_SLACK': 1e-10,\n"
        "                            'Params': em.Params, 'HistoryRow': em.HistoryRow})\n"
        "from emgui.app import main; sys.exit(main(['--self-test']))\n"
    )
    done = run([], tmp_path, code=code)
    assert done.returncode == 1
    assert done.stdout == "self-test FAILED: iteration 0 differs from em.fit\n"


# ---------------------------------------------------------------- start-up
#: Modules the first window does not need; each is imported by the command that uses it.
NOT_AT_START = (
    "scipy", "pyqtgraph.exporters", "emgui.gui.image_export", "emgui.core.sessionfile",
    "emgui.core.exports", "emgui.core.datafile", "emgui.gui.dialogs", "emgui.core.standardize",
    "emgui.core.presets", "emgui.checks.selftest",
    "emgui.checks.screenshot", "emgui.gui.panels.point_panel", "emgui.gui.panels.mstep_panel",
    "emgui.gui.panels.truth_panel", "emgui.gui.panels.presets_panel", "csv",
    "emgui.gui.why", "emgui.core.landscape", "emgui.core.bound", "emgui.core.restarts",
)


def test_startup_time_opens_the_users_window_prints_one_line_and_saves_nothing(tmp_path):
    done = run(["--startup-time"], tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr == ""
    seconds = float(done.stdout.removeprefix("first paint: ").removesuffix(" s\n"))
    assert 0 < seconds < TIMEOUT
    saved = "".join(p.read_text(errors="replace") for p in (tmp_path / "config").rglob("*.conf"))
    assert "geometry" not in saved and "speed" not in saved  # closing was not a user's close


def test_modules_the_first_window_does_not_need_are_not_imported(tmp_path):
    code = (
        "import sys; from emgui.app import main; rc = main(['--startup-time'])\n"
        f"print(sorted(m for m in {NOT_AT_START!r} if m in sys.modules))\n"
        "names = list(sys.modules); print(names.index('numpy') < names.index('PySide6'))\n"
        "import gc; print(gc.isenabled(), gc.get_freeze_count() > 0)\n"
        "sys.exit(rc)\n"
    )
    done = run([], tmp_path, code=code)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("first paint: ")
    assert lines[1] == "[]"  # none of them
    assert lines[2] == "True"  # numpy before PySide6, whose import hook reads every module after
    assert lines[3] == "True True"  # collecting again after the first frame, start-up frozen


def test_the_garbage_collector_is_back_on_when_main_returns_early(capsys):
    import gc

    from emgui.app import main

    assert gc.isenabled()
    assert main(["--version"]) == 0
    assert main(["--bogus"]) == 2
    assert gc.isenabled()
    capsys.readouterr()


@pytest.mark.parametrize("args", [["--self-test", "--startup-time"],
                                  ["--startup-time", "--screenshot", "x.png"]])
def test_one_batch_mode_at_a_time(tmp_path, args):
    done = run(args, tmp_path)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("emgui: ")


def test_collection_resumes_even_if_the_window_never_paints(tmp_path):
    code = (
        "import gc, sys\n"
        "import emgui.app as a\n"
        "a.GC_PAUSE_LIMIT_MS = 0\n"
        "a.FirstPaintClock.when_done = lambda self, then: None  # as if it never painted\n"
        "from emgui.checks import screenshot\n"
        "def run(window, app, path):\n"
        "    app.processEvents()\n"
        "    print(gc.isenabled(), gc.get_freeze_count() > 0)\n"
        "    window.close()\n"
        "    return 0\n"
        "screenshot.run = run\n"
        "sys.exit(a.main(['--screenshot', 'never.png']))\n"
    )
    done = run([], tmp_path, code=code)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == "True True\n"


# A data file named on the command line opens the way File > Open does: the answers the dialogs
# would get are scripted here, and what each dialog was shown is printed.
_SCRIPTED_OPEN = """
import sys
from PySide6.QtWidgets import QApplication
from emgui import app
from emgui.gui import file_controller

def leave():
    QApplication.instance().exit(0)

def ask_open_choice(self, table):
    from emgui.core.standardize import spread
    s = spread(table.values[0])
    print("CHOOSER", ",".join(table.columns), "divide" if s.divide_by_default else "keep")
    leave()
    return None

def show_message(self, kind, title, text):
    print("BOX", kind, text)
    leave()

file_controller.FileController.ask_open_choice = ask_open_choice
file_controller.FileController.show_message = show_message
sys.exit(app.main(sys.argv[1:]))
"""

OPEN = ROOT / "tests" / "data" / "open"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("faithful.csv", "CHOOSER eruptions,waiting"), ("galaxies.csv", "CHOOSER velocity divide")],
)
def test_a_file_on_the_command_line_gets_the_open_data_dialog(tmp_path, name, expected):
    """R's own faithful and galaxies files: the column picker and the standardise offer."""
    done = run([str(OPEN / name)], tmp_path, code=_SCRIPTED_OPEN)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith(expected), done.stdout + done.stderr
    assert "--column" not in done.stdout + done.stderr


def test_a_bad_file_on_the_command_line_gets_the_same_message_as_file_open(tmp_path):
    bad = tmp_path / "broken.csv"
    bad.write_text("x\n1\nnot a number\n", encoding="utf-8")
    done = run([str(bad)], tmp_path, code=_SCRIPTED_OPEN)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("BOX error") and "broken.csv" in done.stdout
