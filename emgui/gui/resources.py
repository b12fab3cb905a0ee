"""Find the app's runtime files (icons, .desktop entry) however EM Explorer was started.

The files live once, in the repository's top-level ``resources/``; three layouts reach them:

* a source checkout or editable install: ``<repo>/resources`` next to the ``emgui`` package;
* an installed wheel: the same files shipped as the data-only package ``emgui._assets``
  (``pyproject.toml`` maps ``emgui._assets`` to ``resources/``);
* the PyInstaller bundle: ``resources/`` inside the bundle, under ``sys._MEIPASS``.

Importing this module is cheap (no Qt): :func:`app_icon` imports QtGui only when called, so
the numerical core and command-line tools can import it without a display.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - typing only
    from PySide6.QtGui import QIcon

__all__ = ["ICON_SIZES", "WINDOW_ICON_SIZES", "app_icon", "resource_dir", "resource_path"]

#: PNG sizes rendered by ``resources/make_icons.py`` (``icons/emgui-<size>.png``).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: The sizes the window icon carries: no title bar, task bar or switcher draws more than 256 px.
WINDOW_ICON_SIZES = tuple(size for size in ICON_SIZES if size <= 256)
_MARKER = "emgui.svg"


def _candidates() -> list[Path]:
    """Directories that may hold the resources, most specific layout first."""
    package = Path(__file__).resolve().parent.parent  # emgui/, above this gui/ folder
    found = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        found.append(Path(frozen_root) / "resources")
    found.append(package / "_assets")
    found.append(package.parent / "resources")
    return found


@functools.lru_cache(maxsize=1)
def resource_dir() -> Path:
    """The directory holding ``emgui.svg`` and ``icons/``; raise if no layout has it."""
    candidates = _candidates()
    for directory in candidates:
        if (directory / _MARKER).is_file():
            return directory
    tried = ", ".join(str(d) for d in candidates)
    raise FileNotFoundError(f"EM Explorer resources not found (looked in {tried})")


def resource_path(name: str) -> Path:
    """Absolute path of the resource ``name`` (e.g. ``"emgui.svg"``, ``"icons/emgui-32.png"``).

    Raises :class:`FileNotFoundError` when the file is missing, so a broken package fails
    loudly at the call instead of showing a blank icon.
    """
    path = resource_dir() / name
    if not path.exists():
        raise FileNotFoundError(f"EM Explorer resource missing: {path}")
    return path


_icon_cache: list[QIcon] = []


def app_icon() -> QIcon:
    """The window icon: the pre-rendered PNGs of :data:`WINDOW_ICON_SIZES`, crisp at each size.

    Built once, on first call, after a ``QGuiApplication`` exists; the files are decoded only
    when a size is drawn. It is set before the first window, so it must be cheap: the SVG is
    left out because Qt rasterises an SVG as soon as it is added (loading the SVG plugin and
    QtSvg), and the 512 px PNG because an X11 window sends every size it has to the window
    manager when it is shown. Launchers take the large icon from the .desktop entry (Linux),
    the .ico (Windows) or the .icns (macOS); ``emgui.svg`` stays the source of every size.
    """
    if _icon_cache:
        return _icon_cache[0]
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in WINDOW_ICON_SIZES:
        png = resource_dir() / "icons" / f"emgui-{size}.png"
        if png.is_file():
            icon.addFile(str(png), QSize(size, size))
    if icon.isNull():  # a package without its PNGs: the SVG still gives an icon
        icon.addFile(str(resource_path(_MARKER)))
    _icon_cache.append(icon)
    return icon
