"""The entry point: ``emgui [FILE] [--screenshot PNG] [--self-test] [--version]``.

Messages go through print(), which does nothing where a GUI launcher gives no console
(sys.stdout and sys.stderr are None there), instead of failing.

:func:`main` sets the application up in one place, in the order Qt needs: the platform (an
externally set ``QT_QPA_PLATFORM`` is respected; without any display ``--self-test`` and
``--screenshot`` fall back to offscreen), PySide6 before pyqtgraph, the names QSettings uses,
the version and the icon; then the window; then the event loop. Heavy modules (pyqtgraph, the
views, the data-file reader) are imported only once they are needed, and scipy never.
"""

from __future__ import annotations

import time

_T0 = time.perf_counter()  # first thing: start-up time is measured from here at the latest

import argparse  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING, NoReturn  # noqa: E402

import emgui  # noqa: E402
from emgui.blas_threads import use_one_blas_thread  # noqa: E402

use_one_blas_thread()  # before anything imports numpy

#: Smallest point size of the widgets' text (menus, controls, status bar, table).
PROJECTOR_FONT_PT = 11.0

if TYPE_CHECKING:  # pragma: no cover - typing only
    from emgui.main_window import MainWindow
    from emgui.session import EMSession


def _process_age() -> float | None:
    """Seconds since this process started (Linux: /proc), or None where that is unknown."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            stat = f.read()
        start_ticks = int(stat[stat.rindex(")") + 2 :].split()[19])  # field 22: starttime
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        age = uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return age if 0.0 <= age < 3600.0 else None


_AGE_NOW = _process_age()
#: How old the process was at _T0 (None where /proc is missing).
_AGE_AT_T0 = None if _AGE_NOW is None else _AGE_NOW - (time.perf_counter() - _T0)


def since_start() -> float:
    """Seconds since the process started (or, failing that, since this module was imported)."""
    elapsed = time.perf_counter() - _T0
    return elapsed + (_AGE_AT_T0 or 0.0)


class _ArgumentParser(argparse.ArgumentParser):
    """Bad arguments give one line on stderr and exit status 2, not a usage block."""

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: {message} (see {self.prog} --help)", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _ArgumentParser(
        prog="emgui",
        description="EM Explorer: watch the EM algorithm fit a mixture of two normal "
        "distributions.",
    )
    parser.add_argument("file", nargs="?", metavar="FILE",
                        help="a text or CSV file with one column of numbers to fit, or a saved "
                        "session (.emgui)")
    parser.add_argument("--screenshot", metavar="PNG",
                        help="run the scenario to convergence, save the window (1280x800) "
                        "as a PNG and exit")
    parser.add_argument("--self-test", action="store_true",
                        help="run the scenario through the real window, check what it shows "
                        "against the numerical core, print one line and exit (0 if passed)")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    return parser


def _has_display() -> bool:
    if sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _choose_platform(headless_ok: bool) -> str | None:
    """Respect QT_QPA_PLATFORM; go offscreen for the batch modes when there is no display.

    Returns a sentence when the interactive window cannot open for lack of a display.
    """
    if os.environ.get("QT_QPA_PLATFORM") or _has_display():
        return None
    if headless_ok:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return None
    return (
        "EM Explorer needs a display to open its window; "
        "use --self-test or --screenshot to run without one."
    )


def _application(argv0: str):
    """The QApplication, set up before any window exists (PySide6 before pyqtgraph)."""
    from PySide6.QtWidgets import QApplication

    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from emgui import settings

    app = QApplication.instance() or QApplication([argv0])
    _readable_font(app)
    settings.set_application_identity()
    app.setApplicationVersion(emgui.__version__)
    app.setDesktopFileName("emgui")
    try:
        from emgui.resources import app_icon

        app.setWindowIcon(app_icon())
    except (ImportError, FileNotFoundError) as exc:  # a broken install still opens
        print(f"emgui: no window icon ({exc})", file=sys.stderr)
    return app


def _readable_font(app) -> None:
    """Text big enough to read from the back of a classroom (never smaller than the system's)."""
    font = app.font()
    if 0 < font.pointSizeF() < PROJECTOR_FONT_PT:
        font.setPointSizeF(PROJECTOR_FONT_PT)
        app.setFont(font)


def load_data_file(session: EMSession, path: str) -> str:
    """Use the numbers in path; returns '' or one sentence saying why the file cannot be used."""
    from emgui.datafile import read_values
    from emgui.status import as_sentence

    try:
        x = read_values(path)
        session.set_data(x, source=Path(path).name)
    except (ValueError, OSError) as exc:  # DataFileError is a ValueError
        return as_sentence(str(exc) or f"{path} cannot be read")
    return ""


def main(argv: list[str] | None = None) -> int:
    """Run EM Explorer; returns the process exit status."""
    args_list = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as stop:  # --help (0) or a bad argument (2)
        return int(stop.code or 0)
    if args.version:
        print(f"EM Explorer {emgui.__version__}")
        return 0
    if args.self_test and args.screenshot:
        print("emgui: choose either --self-test or --screenshot, not both", file=sys.stderr)
        return 2
    batch = bool(args.self_test or args.screenshot)
    problem = _choose_platform(headless_ok=batch)
    if problem:
        print(f"emgui: {problem}", file=sys.stderr)
        return 1

    app = _application(sys.argv[0] if sys.argv and sys.argv[0] else "emgui")
    from emgui.main_window import MainWindow
    from emgui.session import EMSession

    # The data file goes into the session before the window exists: it is where the user
    # starts, not an unsaved change.
    session = EMSession()
    session_file = bool(args.file) and not batch and Path(args.file).suffix.lower() == ".emgui"
    load_problem = load_data_file(session, args.file) if args.file and not session_file else ""
    window = MainWindow(session=session, remember=not batch, file_commands=not batch)
    session.setParent(window)
    if session_file and window.files is not None:  # a saved session: the File menu's opener
        window.show()
        window.files.open_session(args.file)

    if args.self_test:
        from emgui import selftest

        if load_problem:
            print(f"emgui: {load_problem}", file=sys.stderr)
        return selftest.run(window, app, since_start)
    if args.screenshot:
        from emgui import screenshot

        if load_problem:
            print(f"emgui: {load_problem}", file=sys.stderr)
        return screenshot.run(window, app, args.screenshot)
    return _run_interactive(window, app, load_problem)


def _run_interactive(window: MainWindow, app, load_problem: str) -> int:
    from PySide6.QtWidgets import QMessageBox

    window.show()
    if load_problem:
        window.status.show_message(load_problem, error=True)
        QMessageBox.warning(window, "Cannot open the data file", load_problem)
    return int(app.exec())


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
