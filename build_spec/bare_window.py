"""Baseline for launch-time measurements: a bare PySide6 + pyqtgraph + numpy window.

Why: "is the app slow to start" only has an answer relative to the least any window on this
stack costs. This script shows one PlotWidget with two curves, started the same way as the app
(from source, or frozen with ``bare.spec``), and prints ``first paint: <seconds> s`` measured from
process start, the line ``launch_bench.py`` also reads from ``emgui --startup-time`` and
``emgui --self-test``.

Both measure the same thing the same way: the clock is the kernel's start time of the process
(/proc), so the interpreter's and a bundle's own start-up count; the moment is the end of the
window's first frame (a zero timer started from the first paint event fires once that frame is
drawn); the window has the app's default size, 1280 x 800, so both paint as many pixels.

``--self-test`` quits right after the first paint, and also checks that the SVG image and icon
plugins load (a trimmed bundle that lost them draws blank icons without any error).
"""

from __future__ import annotations

import os
import sys
import time

_T_SCRIPT = time.monotonic()


def process_age() -> float:
    """Seconds since this process started (Linux: from /proc; elsewhere since script start).

    The kernel's start time has a resolution of one clock tick (10 ms), good enough for launches
    of several hundred milliseconds; it includes the interpreter's and the bootloader's start-up.
    """
    try:
        with open("/proc/self/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of stat(5): starttime, counted after "(comm)"
        with open("/proc/uptime", "rb") as uptime:
            now = float(uptime.read().split()[0])
        return max(0.0, now - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _T_SCRIPT


def main(argv: list[str] | None = None) -> int:
    """Show the window; ``--self-test`` prints the first-paint time, exits 0 if all is well."""
    argv = sys.argv if argv is None else argv
    self_test = "--self-test" in argv

    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(argv)
    app.setApplicationName("bare-window")
    window = pg.PlotWidget(title="bare PySide6 + pyqtgraph window")
    x = np.linspace(-4.0, 6.0, 400)
    window.plot(x, 0.4 * np.exp(-0.5 * x**2), pen=pg.mkPen("#0072B2", width=2))
    window.plot(x, 0.6 * np.exp(-0.5 * (x - 2.0) ** 2), pen=pg.mkPen("#E69F00", width=2))
    window.resize(1280, 800)  # the app's default size
    status = {"code": 1}

    def painted() -> None:
        print(f"first paint: {process_age():.3f} s", flush=True)
        if self_test:
            status["code"] = 0 if _plugins_ok() else 2
            app.quit()

    class FirstPaint(QObject):
        """Schedules ``painted`` once, after the frame of the first paint event is finished.

        The plot's viewport covers the window, so it is painted in the window's first frame.
        """

        seen = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                QTimer.singleShot(0, painted)
            return False

    watcher = FirstPaint()
    window.viewport().installEventFilter(watcher)
    window.show()
    if self_test:
        QTimer.singleShot(30_000, app.quit)  # never hang a CI run
    code = app.exec()
    return status["code"] if self_test else code


def _plugins_ok() -> bool:
    """True when Qt can read SVG images and build SVG icons (plugins present in the bundle)."""
    import tempfile

    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon, QImage, QImageReader

    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16">'
        b'<rect width="16" height="16" fill="#0072B2"/></svg>'
    )
    formats = {bytes(f.data()) for f in QImageReader.supportedImageFormats()}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "probe.svg")
        with open(path, "wb") as out:
            out.write(svg)
        image = QImage(path)
        icon_ok = not QIcon(path).pixmap(QSize(16, 16)).isNull()
    ok = b"svg" in formats and not image.isNull() and icon_ok
    if not ok:
        print(f"self-test: SVG support missing (formats: {sorted(formats)})", file=sys.stderr)
    return ok


if __name__ == "__main__":
    raise SystemExit(main())
