"""``python -m emgui.checks.why_pictures FOLDER``: the README's pictures of View > Why EM Climbs.

Three pictures of the real window, each after the steps a teacher would take:

* ``why-landscape.png``: the default scenario run to convergence, the map with pi at its best
  for each pair of means (the two maxima, one fit with its labels swapped, and the saddle);
* ``why-bound.png``: half steps, after the second E-step (the bound lifted to touch log L, the
  old one below it, the step about to climb the new one);
* ``why-restarts.png``: 20 starts (seed 1) on overlapping data (separation 1.5, seed 42),
  where only some reach the best fit.

On a display the pixels are read back from the screen (run it under
``xvfb-run -a -s "-screen 0 1280x800x24"``); offscreen the window is rendered.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSize
from PySide6.QtWidgets import QApplication


def settle(ms: int = 300) -> None:
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < ms:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m emgui.checks.why_pictures",
                                description=__doc__.splitlines()[0])
    p.add_argument("folder", help="where to write the PNG files")
    p.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    args = p.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    size = QSize(width, height)
    folder = Path(args.folder)
    folder.mkdir(parents=True, exist_ok=True)

    from emgui.gui.application import make_application

    make_application("emgui")  # the app's own fonts and identity
    from emgui.checks import screenshot
    from emgui.core import em
    from emgui.gui.main_window import MainWindow
    from emgui.gui.session import EMSession

    def picture(window: MainWindow, name: str) -> None:
        settle()
        path = folder / name
        if screenshot.on_a_real_screen():
            image = screenshot.grab_screen(window)
            if not image.save(str(path), "PNG"):
                raise OSError(f"cannot write {path}")
        else:
            screenshot.save(window, path, size)
        print(f"saved {path}")

    def window_for(session: EMSession | None = None) -> MainWindow:
        window = MainWindow(session=session, remember=False)
        screenshot.prepare(window, size)
        window.move(0, 0)
        return window

    window = window_for()
    screenshot.run_to_convergence(window)
    window.show_why(True)
    area = window.why_area
    area.landscape.weights_combo.setCurrentIndex(1)
    picture(window, "why-landscape.png")

    window.actions["reset"].trigger()
    window.controls.half_check.click()
    for _ in range(4):
        window.actions["step"].trigger()
    area.show_page(1)
    picture(window, "why-bound.png")
    window.close()

    window = window_for(EMSession(em.Simulation(n=80, sep=1.5, true_pi=0.45, seed=42)))
    window.show_why(True)
    area = window.why_area
    area.show_page(2)
    gallery = area.restarts
    gallery.count_box.setValue(20)
    gallery.seed_box.setValue(1)
    gallery.try_button.click()
    while gallery.running:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    picture(window, "why-restarts.png")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
