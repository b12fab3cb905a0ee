"""``emgui --screenshot FILE``: the converged default scenario as a 1280x800 PNG.

On a real display (X, a desktop) the picture is what the screen shows: Play is pressed and the
run plays with its real timer and glide to convergence, and the window's pixels are read back
from the screen (``QScreen.grabWindow``), so a stale repaint would show in it. Offscreen there
is no screen to read: the run goes through the window's own Step action (so every view draws
every step), Play is pressed once at convergence (it stops at once and says why in the status
bar), and the window is rendered. Nothing sleeps: the event loop runs until the run is done.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSize, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # pragma: no cover - typing only
    from emgui.gui.main_window import MainWindow

SIZE = QSize(1280, 800)
#: Longest wait for the first painted frame, in milliseconds.
PAINT_TIMEOUT_MS = 20_000
#: Longest a real Play of the default scenario may take, and the wait for its last frame.
PLAY_TIMEOUT_MS = 60_000
SETTLE_MS = 300


def prepare(window: MainWindow, size: QSize = SIZE) -> None:
    """Fixed size, no glide (the picture shows each state itself), shown and painted.

    The glide is switched off in the view only, so the Smooth motion box keeps showing the
    default a user would see.
    """
    window.data_view.set_motion_enabled(False)
    window.resize(size)
    window.show()
    wait_first_paint(window)


def wait_first_paint(window: MainWindow, timeout_ms: int = PAINT_TIMEOUT_MS) -> None:
    """Spin the event loop until the window has painted once; raise if it never does."""
    if window.painted:
        return
    loop = QEventLoop()
    window.first_painted.connect(loop.quit)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    guard.start(timeout_ms)
    if not window.painted:
        loop.exec()
    guard.stop()
    window.first_painted.disconnect(loop.quit)
    QApplication.processEvents()  # let the rest of the first frame finish
    if not window.painted:
        raise RuntimeError(f"the window did not paint within {timeout_ms / 1000:g} s")


def run_to_convergence(window: MainWindow, steps: int | None = None) -> int:
    """Press Step until the run converges (or the limit), or a given number of times.

    Returns how many steps were taken. Events are processed after each step, so the views
    paint every state like they do for a student.
    """
    step = window.actions["step"]
    taken = 0
    clock = QElapsedTimer()
    clock.start()
    while True:
        state = window.session.state
        if steps is None:
            full = not state.half_steps or state.phase == "E"
            if (state.converged or state.iteration >= state.max_iterations) and full:
                break
        elif taken >= steps:
            break
        step.trigger()
        taken += 1
        QApplication.processEvents()
    if steps is None:
        window.actions["play"].trigger()  # at the end Play stops at once and says why
        QApplication.processEvents()
    return taken


def on_a_real_screen() -> bool:
    """True on a display whose pixels can be read back (not the offscreen platform)."""
    return QApplication.platformName() not in ("offscreen", "minimal")


def play_to_convergence(window: MainWindow, timeout_ms: int = PLAY_TIMEOUT_MS) -> None:
    """Press Play as a student would and let the real timer run until Play stops by itself."""
    window.data_view.set_motion_enabled(True)  # the glide a student sees
    window.actions["play"].trigger()
    clock = QElapsedTimer()
    clock.start()
    while window.player.playing or window.data_view.tween.running:
        if clock.elapsed() > timeout_ms:
            window.player.pause()
            raise RuntimeError(f"the run did not converge within {timeout_ms / 1000:g} s")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    settle = QElapsedTimer()
    settle.start()
    while settle.elapsed() < SETTLE_MS:  # the last frames reach the screen
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def grab_screen(window: MainWindow) -> QImage:
    """The window's pixels as the screen shows them."""
    from PySide6.QtCore import QPoint

    origin = window.mapToGlobal(QPoint(0, 0))
    screen = window.screen()
    return screen.grabWindow(0, origin.x(), origin.y(), window.width(), window.height()).toImage()


def render(window: MainWindow, size: QSize = SIZE) -> QImage:
    """The window drawn into an image of exactly size (whatever the screen's pixel ratio)."""
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    window.render(image)
    return image


def save(window: MainWindow, path: str | Path, size: QSize = SIZE) -> None:
    """Render and save as PNG; raise OSError with a sentence if it cannot be written."""
    if window.size() != size:
        raise RuntimeError(
            f"the window is {window.width()}x{window.height()}, not {size.width()}x{size.height()}"
        )
    image = render(window, size)
    target = Path(path)
    if not image.save(str(target), "PNG"):
        raise OSError(f"cannot write the screenshot to {target}")


def run(window: MainWindow, app: QApplication, path: str) -> int:
    """The --screenshot mode: returns the exit status (0 when the PNG was written)."""
    try:
        prepare(window)
        if on_a_real_screen():
            window.move(0, 0)
            play_to_convergence(window)
            image = grab_screen(window)
            if image.size() != SIZE or not image.save(str(path), "PNG"):
                raise OSError(f"cannot write the screenshot to {path}")
        else:
            run_to_convergence(window)
            save(window, path)
    except Exception as exc:  # any failure is one line and status 1, not a traceback
        print(f"emgui: screenshot failed: {exc or type(exc).__name__}", file=sys.stderr)
        return 1
    finally:
        window.player.pause()
        window.close()
    print(f"screenshot saved: {path} ({SIZE.width()}x{SIZE.height()})")
    return 0
