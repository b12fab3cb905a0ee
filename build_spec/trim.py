"""Trimming rules shared by ``emgui.spec`` and ``bare.spec`` (imported by the spec files).

Why a module of its own: the app bundle and the bare-window baseline bundle must be trimmed the
same way, or the launch-time ratio between them measures the trimming instead of the app; and
``tests/test_packaging.py`` checks these lists without running PyInstaller.

What may go and what must stay follows measurements on this stack:

* excluded: tools and libraries the app never uses but that lazy imports drag in (matplotlib,
  PIL, tkinter, test frameworks, IPython) and every scipy subpackage but ``scipy.special``;
* kept: ``numpy.f2py`` (scipy imports it at start), ``PySide6.QtOpenGL`` and ``QtOpenGLWidgets``
  (pyqtgraph imports them unconditionally), ``QtTest`` (pyqtgraph imports it), ``QtSvg`` with the
  svg imageformats and iconengines plugins (pyqtgraph's icons and SVG export need them);
* Qt translations and plugins for platforms a classroom desktop does not use are pruned, with the
  Qt libraries only those plugins needed;
* only libpython and the stdlib's lib-dynload extensions are stripped: stripping every binary
  corrupts numpy's bundled OpenBLAS.
"""

from __future__ import annotations

import fnmatch
import shutil
import subprocess
import sys
from pathlib import Path

#: scipy subpackages the app does not use (pyqtgraph imports some lazily, which would otherwise
#: pull all of scipy into the bundle). ``scipy.special`` and ``scipy._lib`` stay.
SCIPY_UNUSED = [
    "scipy.cluster",
    "scipy.constants",
    "scipy.datasets",
    "scipy.differentiate",
    "scipy.fft",
    "scipy.fftpack",
    "scipy.integrate",
    "scipy.interpolate",
    "scipy.io",
    "scipy.linalg",
    "scipy.misc",
    "scipy.ndimage",
    "scipy.odr",
    "scipy.optimize",
    "scipy.signal",
    "scipy.sparse",
    "scipy.spatial",
    "scipy.stats",
]

#: Modules never needed at run time.
EXCLUDES = [
    "matplotlib",
    "PIL",
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "IPython",
    "ipykernel",
    "jupyter_client",
    "notebook",
    "pandas",
    "h5py",
    "cupy",
    "numba",
    "OpenGL",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "pyqtgraph.examples",
    "pyqtgraph.opengl",
    "pyqtgraph.jupyter",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtSql",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
    "PySide6.QtPdf",
    *SCIPY_UNUSED,
]

#: Modules that must never be excluded (see the module docstring for why).
MUST_KEEP = [
    "numpy.f2py",
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSvg",
    "PySide6.QtTest",
    "scipy.special",
]

#: Qt plugins kept, as ``<plugin dir>/<file glob>``; every other plugin is dropped.
#: Linux desktops get xcb (Wayland sessions run it through XWayland); offscreen/minimal serve CI.
#: The GTK3 theme plugin is dropped: it drags a partial GTK stack (cairo, pango, atk...) into the
#: bundle that can clash with the desktop's own GTK; the portal theme gives native file dialogs.
QT_PLUGINS_KEEP = [
    "platforms/*qxcb*",
    "platforms/*qoffscreen*",
    "platforms/*qminimal.*",
    "platforms/*qwindows*",
    "platforms/*qcocoa*",
    "platformthemes/*xdgdesktopportal*",
    "platforminputcontexts/*",
    "xcbglintegrations/*",
    "imageformats/*qsvg*",
    "imageformats/*qjpeg*",
    "imageformats/*qico*",
    "imageformats/*qgif*",
    "iconengines/*qsvgicon*",
    "styles/*",
]

#: Qt libraries only the dropped plugins (or excluded modules) need; left behind they are orphans.
QT_ORPHAN_LIBS = [
    "libQt6Wayland*",
    "libQt6WlShellIntegration*",
    "libQt6EglFS*",
    "libQt6Pdf*",
    "libQt6Network*",
    "libQt6Qml*",
    "libQt6Quick*",
    "libQt6VirtualKeyboard*",
    "Qt6Pdf*.dll",
    "Qt6Network*.dll",
    "Qt6Qml*.dll",
    "Qt6Quick*.dll",
    "Qt6VirtualKeyboard*.dll",
]


def check_lists() -> None:
    """Fail the build early if someone adds a module that must stay to the excludes."""
    clash = [m for m in EXCLUDES if any(m == k or k.startswith(m + ".") for k in MUST_KEEP)]
    if clash:
        raise SystemExit(f"trim.py: these must not be excluded: {clash}")


def _qt_rel(dest: str) -> str | None:
    """The part of a bundle path after ``PySide6/Qt/`` (or ``PySide6/``), or None."""
    dest = dest.replace("\\", "/")
    for prefix in ("PySide6/Qt/", "PySide6/"):
        if dest.startswith(prefix):
            return dest[len(prefix) :]
    return None


def keep_entry(dest: str) -> bool:
    """Whether a TOC entry (its destination path in the bundle) survives the Qt pruning."""
    rel = _qt_rel(dest)
    name = dest.replace("\\", "/").rsplit("/", 1)[-1].lower()
    if any(fnmatch.fnmatchcase(name, pattern.lower()) for pattern in QT_ORPHAN_LIBS):
        return False
    if rel is None:
        return True
    if rel.startswith("translations/"):
        return False
    if rel.startswith("plugins/"):
        plugin = rel[len("plugins/") :]
        return any(fnmatch.fnmatchcase(plugin, pattern) for pattern in QT_PLUGINS_KEEP)
    return True


def prune(toc: list) -> list:
    """Drop pruned Qt plugins, translations and orphan libraries from a PyInstaller TOC."""
    return [entry for entry in toc if keep_entry(entry[0])]


def _is_root(dest: str, kind: str) -> bool:
    """Binaries loaded by Python or Qt themselves (not as a library's link-time dependency)."""
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    return kind == "EXTENSION" or "/plugins/" in dest or name.startswith("libpython")


def drop_orphans(binaries: list) -> list:
    """Drop shared libraries that no kept extension module or Qt plugin links to (Linux only).

    PyInstaller resolves the libraries of every plugin before the spec can prune the plugin, so
    pruning ``platformthemes/libqgtk3.so`` alone would leave cairo, pango and atk behind. On
    Windows and macOS (framework paths) only the explicit ``QT_ORPHAN_LIBS`` list applies.
    """
    if not sys.platform.startswith("linux"):
        return binaries
    from PyInstaller.depend.bindepend import get_imports

    by_name: dict[str, list[int]] = {}
    by_path: dict[str, int] = {}
    for index, (dest, src, _kind) in enumerate(binaries):
        by_name.setdefault(dest.replace("\\", "/").rsplit("/", 1)[-1], []).append(index)
        by_path[str(Path(src).resolve())] = index
    todo = [i for i, (dest, _src, kind) in enumerate(binaries) if _is_root(dest, kind)]
    reached = set(todo)
    while todo:
        _dest, src, _kind = binaries[todo.pop()]
        for name, path in get_imports(src):
            hits = list(by_name.get(Path(name).name, []))
            if path and str(Path(path).resolve()) in by_path:
                hits.append(by_path[str(Path(path).resolve())])
            for hit in hits:
                if hit not in reached:
                    reached.add(hit)
                    todo.append(hit)
    dropped = [binaries[i][0] for i in range(len(binaries)) if i not in reached]
    if dropped:
        print(f"trim: dropping {len(dropped)} orphan libraries: {sorted(dropped)}", file=sys.stderr)
    return [entry for i, entry in enumerate(binaries) if i in reached]


def _should_strip(dest: str) -> bool:
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    return name.startswith("libpython") or "lib-dynload/" in dest


def strip_python(binaries: list, workdir: str) -> list:
    """Replace libpython and lib-dynload extensions by stripped copies (Linux only).

    Never strip other binaries: ``strip`` on numpy's bundled OpenBLAS makes the bundle fail to
    start. Everything else is returned unchanged.
    """
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return binaries
    out_dir = Path(workdir) / "stripped"
    result = []
    for dest, src, kind in binaries:
        if _should_strip(dest):
            target = out_dir / dest
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)
            subprocess.run([strip, "--strip-unneeded", str(target)], check=True)
            src = str(target)
        result.append((dest, src, kind))
    return result
