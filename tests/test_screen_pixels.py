"""The screen is the truth: on a real X server, what is shown equals a fresh render.

Each size runs ``python -m emgui.checks.screen_check`` on its own Xvfb: the real window plays a
lesson (Step, Back, Play, Pause, seeks, half steps, row clicks, Reset) with the event loop
running, and after each action the X server's pixels are compared with ``QWidget.grab()``
region by region.
Partial repaints that leave stale pixels (the history table once did) fail here, never in a
fresh render. CI installs Xvfb; elsewhere the test is skipped when Xvfb is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
import pytest

from emgui.checks.screen_check import STALE_SHARE, differing_share

SIZES = ("1024x768", "1280x800", "1920x1080")


@contextmanager
def xvfb(size: str) -> Iterator[str]:
    """A private X server of this size; yields its DISPLAY."""
    server = shutil.which("Xvfb")
    if server is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is missing on CI: the real-screen check cannot run")
        pytest.skip("Xvfb is not installed")
    read, write = os.pipe()
    proc = subprocess.Popen(
        [server, "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            pytest.fail(f"Xvfb did not start (exit status {proc.poll()})")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize("size", SIZES)
def test_the_screen_shows_what_a_fresh_render_shows(size: str) -> None:
    with xvfb(size) as display:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        done = subprocess.run(
            [sys.executable, "-m", "emgui.checks.screen_check", "--size", size],
            env=env, capture_output=True, text=True, timeout=240,
        )
    assert done.stdout.strip(), f"no report (status {done.returncode}): {done.stderr[-2000:]}"
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["window"] == size
    assert report["checks"] >= 100
    assert report["stale"] == [], f"stale regions on screen at {size}: {report['stale']}"
    assert report["wrong_clicks"] == [], "a row click went to another iteration than it shows"
    assert len(report["row_clicks"]) == 4
    assert done.returncode == 0, done.stderr[-2000:]


def test_a_stale_region_is_told_from_antialiasing_noise() -> None:
    fresh = np.full((40, 100, 3), 255, dtype=np.uint8)
    noisy = fresh.copy()
    noisy[::7, ::9] -= 20  # slight shade differences: not stale
    assert differing_share(noisy, fresh) == 0.0
    stale = fresh.copy()
    stale[10:14, 20:80] = 0  # a line of old text left behind
    assert differing_share(stale, fresh) > STALE_SHARE
    assert differing_share(fresh[:, :50], fresh) == 1.0


def test_the_readme_picture_comes_from_the_real_screen_after_play(tmp_path) -> None:
    """`emgui --screenshot` on a display: a real Play, then the screen's own pixels."""
    target = tmp_path / "shot.png"
    with xvfb("1280x800") as display:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                   XDG_CONFIG_HOME=str(tmp_path / "config"))
        done = subprocess.run(
            [sys.executable, "-m", "emgui", "--screenshot", str(target)],
            env=env, capture_output=True, text=True, timeout=240,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    from PySide6.QtGui import QImage

    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)
    assert image.pixelColor(640, 400).isValid() and target.stat().st_size > 20_000
