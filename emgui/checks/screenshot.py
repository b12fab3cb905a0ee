"""``emgui --screenshot FILE``: the converged default scenario as a 1280x800 PNG.

On a real display (X, a desktop) the picture is what the screen shows: Play is pressed and the
run plays with its real timer and glide to convergence, and the window's pixels are read back
from the screen (``QScreen.grabWindow``), so a stale repaint would show in it. Offscreen there
is no screen to read: the run goes through the window's own Step action (so every view draws
every step), Play is pressed once at convergence (it stops at once and says why in the status
bar), and the window is rendered. Nothing sleeps: the event loop runs until the run is done.

With ``--preset KEY`` (and ``--steps``, ``--tab``, ``--point``, ``--size``: see
:mod:`emgui.checks.shots`) the picture is of a built-in preset instead: it is chosen in the
Presets tab and loaded as a teacher loads it, Step is pressed as often as asked (every state
painted), the tab is opened, and the window's pixels are read back from the screen, or rendered
offscreen. The teacher's guide is made of such pictures (:mod:`emgui.checks.guide_pictures`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSize, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # pragma: no cover - typing only
    from emgui.checks.shots import Shot
    from emgui.core.presets import Preset
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
            done = state.converged or state.collapsed or state.iteration >= state.max_iterations
            if done and full:  # where Play stops by itself
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


class BadShot(ValueError):
    """A shot this window cannot take (a point beyond the data, a size below the minimum)."""


def load_preset(window: MainWindow, preset: Preset) -> None:
    """Choose the preset in the Presets tab's list and press Load, as a teacher does."""
    panel = window.presets_panel
    if not panel.select(preset.key):
        raise RuntimeError(f"the Presets tab has no preset {preset.key!r}")
    panel.load_selected()
    QApplication.processEvents()


def open_tab(window: MainWindow, title: str) -> None:
    """Show the side column's tab with this title (a lazy panel is built now)."""
    tabs = window.inspector_tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    if title not in titles:
        raise RuntimeError(f"the window has no tab {title!r}")
    tabs.setCurrentIndex(titles.index(title))
    QApplication.processEvents()


def inspect_point(window: MainWindow, point: int | str) -> None:
    """Open the Point tab on observation ``point`` (1-based) or on the most uncertain one."""
    from emgui.checks.shots import UNCERTAIN

    panel = window.point_panel
    if point == UNCERTAIN:
        panel.select_most_uncertain()  # the "Most uncertain" button
    else:
        n = window.session.state.data.x.size
        if not 1 <= int(point) <= n:
            raise BadShot(f"--point {point} is not an observation: the data have {n:,} points")
        panel.set_point(int(point) - 1)
    open_tab(window, "Point")


def settle(window: MainWindow, ms: int = SETTLE_MS) -> None:
    """Let the last frames be painted (and, on a screen, reach it)."""
    clock = QElapsedTimer()
    clock.start()
    QApplication.processEvents()
    while on_a_real_screen() and clock.elapsed() < ms:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def take_shot(window: MainWindow, shot: Shot) -> QImage:
    """Set the window out as the shot says and return its picture."""
    from emgui.checks.shots import check_preset

    size = QSize(*shot.size)
    smallest = window.minimumSize()
    if size.width() < smallest.width() or size.height() < smallest.height():
        raise BadShot(
            f"--size {size.width()}x{size.height()} is smaller than the window can be "
            f"({smallest.width()}x{smallest.height()})"
        )
    real_screen = on_a_real_screen()
    if real_screen:
        screen = window.screen().geometry()
        if screen.width() < size.width() or screen.height() < size.height():
            raise BadShot(
                f"--size {size.width()}x{size.height()} does not fit on the "
                f"{screen.width()}x{screen.height()} screen"
            )
    prepare(window, size)
    if real_screen:
        window.move(0, 0)
    preset = check_preset(shot.preset) if shot.preset is not None else None
    if preset is not None:
        load_preset(window, preset)
    run_to_convergence(window, shot.steps_for(preset))
    if shot.point is not None:
        inspect_point(window, shot.point)
    if shot.tab is not None:
        open_tab(window, shot.tab)
    settle(window)
    if window.size() != size:
        raise RuntimeError(
            f"the window is {window.width()}x{window.height()}, not {size.width()}x{size.height()}"
        )
    return grab_screen(window) if real_screen else render(window, size)


def run_shot(window: MainWindow, path: str, shot: Shot) -> int:
    """``--screenshot FILE --preset ...``: 0 when written, 2 for a shot that cannot be, else 1."""
    width, height = shot.size
    try:
        image = take_shot(window, shot)
        if image.width() != width or image.height() != height:
            raise RuntimeError(f"the picture is {image.width()}x{image.height()}")
        if not image.save(str(path), "PNG"):
            raise OSError(f"cannot write the screenshot to {path}")
    except BadShot as exc:
        print(f"emgui: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # any failure is one line and status 1, not a traceback
        print(f"emgui: screenshot failed: {exc or type(exc).__name__}", file=sys.stderr)
        return 1
    finally:
        window.player.pause()
        window.close()
    print(f"screenshot saved: {path} ({width}x{height})")
    return 0
