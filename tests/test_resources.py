"""The app icon and desktop entry load from a source checkout, and the containers are valid.

Why: a missing or corrupt icon does not crash the app, it silently shows a blank window icon, and
a malformed ``.ico``/``.icns`` only fails on the Windows/macOS build machines. These checks catch
both on Linux in well under a second.
"""

from __future__ import annotations

import configparser
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from emgui.gui import resources

REPO = Path(__file__).resolve().parent.parent
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    assert data[:8] == PNG_MAGIC
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_source_checkout_layout_is_found() -> None:
    assert resources.resource_dir() == REPO / "resources"
    assert resources.resource_path("emgui.svg").is_file()
    with pytest.raises(FileNotFoundError):
        resources.resource_path("no-such-file.png")


def test_import_does_not_load_qt() -> None:
    code = (
        "import sys, emgui.gui.resources; print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("size", resources.ICON_SIZES)
def test_png_sizes(size: int) -> None:
    data = resources.resource_path(f"icons/emgui-{size}.png").read_bytes()
    assert _png_size(data) == (size, size)


def test_app_icon_loads(qapp: object) -> None:
    icon = resources.app_icon()
    assert not icon.isNull()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (32, 32), (256, 256)} <= sizes
    pixmap = icon.pixmap(16, 16)
    assert not pixmap.isNull()
    assert resources.app_icon() is icon  # built once


def test_svg_renders_non_empty(qapp: object) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(resources.resource_path("emgui.svg")))
    assert renderer.isValid()
    image = QImage(48, 48, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    pixels = [image.pixelColor(x, y) for x in range(48) for y in range(48)]
    assert sum(p.alpha() > 0 for p in pixels) > len(pixels) // 2
    # both curve colours show: blue #0072B2 and orange #E69F00 strokes
    assert any(p.red() < 0x40 and p.blue() > 0x90 for p in pixels)
    assert any(p.red() > 0xC0 and p.blue() < 0x40 for p in pixels)


def test_desktop_entry_parses_and_names_existing_icon() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(resources.resource_path("emgui.desktop"), encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "EM Explorer"
    assert entry["Exec"].split()[0] == "emgui"
    assert entry["Comment"]
    categories = entry["Categories"].split(";")
    assert {"Education", "Science", "Math"} <= set(categories)
    assert entry["Categories"].endswith(";")
    icon = entry["Icon"]
    assert (resources.resource_dir() / f"{icon}.svg").is_file()
    assert (resources.resource_dir() / "icons" / f"{icon}-48.png").is_file()


def test_ico_container() -> None:
    data = resources.resource_path("emgui.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    assert count >= 5
    sizes = []
    for i in range(count):
        w, h, _colours, _res, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i
        )
        size = w or 256
        assert (w, planes, bits) == (h, 1, 32)
        payload = data[offset : offset + length]
        assert len(payload) == length
        assert _png_size(payload) == (size, size)
        sizes.append(size)
    assert {16, 32, 48, 256} <= set(sizes)


def test_icns_container() -> None:
    data = resources.resource_path("emgui.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    expected = {b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024}
    seen = {}
    pos = 8
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        assert length > 8
        seen[kind] = _png_size(data[pos + 8 : pos + length])[0]
        pos += length
    assert pos == len(data)
    assert seen == expected
