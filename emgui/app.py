"""The entry point: ``emgui [FILE] [--screenshot PNG] [--self-test] [--startup-time] [--version]``
(and, on Linux, ``--install-desktop-entry`` / ``--uninstall-desktop-entry``: see
:mod:`emgui.desktop_entry`). ``--screenshot`` also takes ``--preset KEY --steps N --tab NAME
--point I --size WxH``: see :mod:`emgui.checks.shots`.

Messages go through print(), which does nothing where a GUI launcher gives no console
(sys.stdout and sys.stderr are None there), instead of failing.

:func:`main` sets the application up in one place, in the order Qt needs: the platform (an
externally set ``QT_QPA_PLATFORM`` is respected; without any display ``--self-test`` and
``--screenshot`` fall back to offscreen), PySide6 before pyqtgraph, the names QSettings uses,
the version and the icon; then the window; then the event loop. Heavy modules (pyqtgraph, the
views, the data-file reader) are imported only once they are needed, and scipy never.

Start-up time is measured from the process's start (the kernel's record, so the interpreter's
and a bundle's own start-up count) to the end of the window's first frame, exactly as the bare
PySide6 + pyqtgraph window that ``build_spec/launch_bench.py`` compares against measures
itself. ``--startup-time`` starts the window as a double-click does (preferences read, File
menu, recent files), prints ``first paint: <seconds> s`` and exits without saving anything;
``--self-test`` prints the same time for its own window.

Python's cyclic garbage collector is paused while the window is made and until its first frame
is on screen: start-up creates a few hundred thousand long-lived objects (modules, classes, Qt
wrappers, enums) and next to nothing to collect, yet the collector would walk them again and
again, ~30 ms in all. Once the window has painted, those objects are frozen (``gc.freeze``:
later collections skip them) and collection resumes.
"""

from __future__ import annotations

import time

_T0 = time.perf_counter()  # first thing: start-up time is measured from here at the latest

import argparse  # noqa: E402
import gc  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING, NoReturn  # noqa: E402

import emgui  # noqa: E402
from emgui.core.blas_threads import use_one_blas_thread  # noqa: E402

use_one_blas_thread()  # before anything imports numpy

#: Garbage collection resumes after this long even if the window has not painted yet (a window
#: opened on another workspace is not drawn until it is looked at).
GC_PAUSE_LIMIT_MS = 10_000

if TYPE_CHECKING:  # pragma: no cover - typing only
    from collections.abc import Callable

    from emgui.gui.main_window import MainWindow
    from emgui.gui.session import EMSession


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
    shot = parser.add_argument_group(
        "pictures of a preset (with --screenshot; any of these takes the picture this way)"
    )
    shot.add_argument("--preset", metavar="KEY", type=_shot_option("check_preset"),
                      help="load this built-in preset first (reference, well-separated, ...)")
    shot.add_argument("--steps", metavar="N", type=_shot_option("check_steps"),
                      help="press Step N times, or 'end' to step until Play would stop "
                      "(default: the preset's suggested steps, else 'end')")
    shot.add_argument("--tab", metavar="NAME", type=_shot_option("check_tab"),
                      help="open this tab of the side column: Setup, Point, M-step, Truth or "
                      "Presets")
    shot.add_argument("--point", metavar="I", type=_shot_option("check_point"),
                      help="inspect observation I (1 to n) in the Point tab, or 'uncertain' "
                      "for the most uncertain one")
    shot.add_argument("--size", metavar="WxH", type=_shot_option("check_size"),
                      help="the window's size in pixels (default 1280x800)")
    parser.add_argument("--self-test", action="store_true",
                        help="run the scenario through the real window, check what it shows "
                        "against the numerical core, print one line and exit (0 if passed)")
    parser.add_argument("--startup-time", action="store_true",
                        help="open the window as usual, print the seconds from launch to its "
                        "first paint and exit (nothing is saved)")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    entry = parser.add_mutually_exclusive_group()
    entry.add_argument("--install-desktop-entry", action="store_true",
                       help="Linux: add EM Explorer and its icon to the applications menu "
                       "(under $XDG_DATA_HOME) and exit")
    entry.add_argument("--uninstall-desktop-entry", action="store_true",
                       help="Linux: remove what --install-desktop-entry added and exit")
    return parser


def _shot_option(name: str) -> Callable[[str], object]:
    """An argparse type from :mod:`emgui.checks.shots` (imported only when the option is given)."""

    def convert(text: str) -> object:
        from emgui.checks import shots

        try:
            value = getattr(shots, name)(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
        return value.key if name == "check_preset" else value

    convert.__name__ = name.removeprefix("check_")
    return convert


_SHOT_OPTIONS = ("preset", "steps", "tab", "point", "size")


def _shot(args: argparse.Namespace) -> object | None:
    """The picture the shot options ask for (an ``emgui.checks.shots.Shot``), or None."""
    given = {name: getattr(args, name) for name in _SHOT_OPTIONS}
    if all(value is None for value in given.values()):
        return None
    from emgui.checks.shots import Shot

    if given["size"] is None:
        del given["size"]
    return Shot(**given)


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


def _import_numerics_first() -> None:
    """Import numpy and the EM core before PySide6.

    PySide6 installs an import hook that reads the source of every module imported after it
    (looking for its ``__feature__`` switches); numpy's ~150 modules cost 15-30 ms that way
    when it comes after PySide6 and nothing when it comes first. The first window needs both.
    """
    import numpy  # noqa: F401

    import emgui.core.em  # noqa: F401


def load_data_file(session: EMSession, path: str) -> str:
    """Use the numbers in path; returns '' or one sentence saying why the file cannot be used."""
    from emgui.core.datafile import read_values
    from emgui.gui.status import as_sentence

    try:
        x = read_values(path)
        session.set_data(x, source=Path(path).name)
    except (ValueError, OSError) as exc:  # DataFileError is a ValueError
        return as_sentence(str(exc) or f"{path} cannot be read")
    return ""


def main(argv: list[str] | None = None) -> int:
    """Run EM Explorer; returns the process exit status."""
    gc_was_on = gc.isenabled()
    gc.disable()  # until the first frame (see the module's docstring)
    try:
        return _main(argv)
    finally:
        if gc_was_on:
            gc.enable()


def _resume_gc(_seconds: float = 0.0) -> None:
    """After the first frame: skip the start-up objects from now on, and collect again."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _main(argv: list[str] | None) -> int:
    args_list = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as stop:  # --help (0) or a bad argument (2)
        return int(stop.code or 0)
    if args.version:
        print(f"EM Explorer {emgui.__version__}")
        return 0
    if args.install_desktop_entry or args.uninstall_desktop_entry:  # no Qt, no display
        from emgui import desktop_entry

        return desktop_entry.run("install" if args.install_desktop_entry else "uninstall")
    if sum(map(bool, (args.self_test, args.screenshot, args.startup_time))) > 1:
        print("emgui: choose one of --self-test, --screenshot and --startup-time",
              file=sys.stderr)
        return 2
    shot = _shot(args)
    if shot is not None and not args.screenshot:
        print("emgui: --preset, --steps, --tab, --point and --size go with --screenshot",
              file=sys.stderr)
        return 2
    if shot is not None and args.file and args.preset:
        print("emgui: choose a FILE or --preset, not both", file=sys.stderr)
        return 2
    batch = bool(args.self_test or args.screenshot)
    problem = _choose_platform(headless_ok=batch)
    if problem:
        print(f"emgui: {problem}", file=sys.stderr)
        return 1

    _import_numerics_first()
    from emgui.gui.application import make_application

    app = make_application(sys.argv[0] if sys.argv and sys.argv[0] else "emgui")
    if not batch:  # the teacher's language: the one chosen last, else the system's
        from emgui.gui.i18n import start_language

        start_language()
    from emgui.gui.main_window import MainWindow
    from emgui.gui.session import EMSession

    # A file named on the command line opens the way File > Open and a drop open it (the
    # column picker, the standardise offer, a session's restore), once the window is up.
    # Batch runs have no one to answer a dialog: their data go straight into the session.
    session = EMSession()
    interactive_file = args.file if args.file and not batch and not args.startup_time else None
    load_problem = (
        load_data_file(session, args.file) if args.file and interactive_file is None else ""
    )
    window = MainWindow(session=session, remember=not batch, file_commands=not batch)
    session.setParent(window)
    first_paint = FirstPaintClock(window)
    first_paint.when_done(_resume_gc)
    from PySide6.QtCore import QTimer

    QTimer.singleShot(GC_PAUSE_LIMIT_MS, _resume_gc)
    if interactive_file is not None and window.files is not None:
        files = window.files
        QTimer.singleShot(0, window, lambda: files.open_path(interactive_file))

    if args.self_test:
        from emgui.checks import selftest

        if load_problem:
            print(f"emgui: {load_problem}", file=sys.stderr)
        return selftest.run(window, app, first_paint)
    if args.screenshot:
        from emgui.checks import screenshot

        if load_problem:
            print(f"emgui: {load_problem}", file=sys.stderr)
        if shot is not None:
            return screenshot.run_shot(window, args.screenshot, shot)  # type: ignore[arg-type]
        return screenshot.run(window, app, args.screenshot)
    if args.startup_time:
        return _run_startup_time(window, app, first_paint, load_problem)
    return _run_interactive(window, app, load_problem)


class FirstPaintClock:
    """Seconds from the process's start to the end of the window's first frame.

    The window emits ``first_painted`` from its first paint event, while the frame is being
    drawn; a zero timer started there fires once the frame is finished and on screen, and that
    moment is recorded (the bare baseline window does the same) and passed to the functions
    given to :meth:`when_done`. Calling the clock returns the recorded time, or the time now if
    the window has not painted yet.
    """

    def __init__(self, window: MainWindow) -> None:
        self.seconds: float | None = None
        self._then: list[Callable[[float], object]] = []
        window.first_painted.connect(self._painted)

    def when_done(self, then: Callable[[float], object]) -> None:
        """Call then(seconds) once the first frame is done (in the order given)."""
        self._then.append(then)

    def _painted(self) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self._record)

    def _record(self) -> None:
        if self.seconds is None:
            self.seconds = since_start()
            for then in self._then:
                then(self.seconds)

    def __call__(self) -> float:
        return self.seconds if self.seconds is not None else since_start()


def _run_interactive(window: MainWindow, app, load_problem: str) -> int:
    from PySide6.QtWidgets import QMessageBox

    window.show()
    if load_problem:
        window.status.show_message(load_problem, error=True)
        QMessageBox.warning(window, "Cannot open the data file", load_problem)
    return int(app.exec())


def _run_startup_time(window: MainWindow, app, clock: FirstPaintClock, load_problem: str) -> int:
    """The window as a double-click opens it; print the first-paint time and leave at once.

    ``app.exit`` ends the event loop without closing the window, so no preferences are saved
    and no unsaved-changes question is asked.
    """
    from PySide6.QtCore import QTimer

    def painted(seconds: float) -> None:
        print(f"first paint: {seconds:.3f} s", flush=True)
        app.exit(0)

    def never_painted() -> None:
        print("emgui: the window did not paint within 60 s", file=sys.stderr)
        app.exit(1)

    clock.when_done(painted)
    if load_problem:
        print(f"emgui: {load_problem}", file=sys.stderr)
    guard = QTimer(window)
    guard.setSingleShot(True)
    guard.timeout.connect(never_painted)
    guard.start(60_000)
    window.show()
    code = int(app.exec())
    guard.stop()
    return code


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
