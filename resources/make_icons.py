"""Render the app icon (``emgui.svg``) to PNGs, a Windows ``.ico`` and a macOS ``.icns``.

Run it after editing the SVG and commit its output::

    python resources/make_icons.py

Why a script of our own: the platforms want different containers (Windows ``.ico``, macOS
``.icns``, Linux PNGs by size) and Pillow is not a dependency, so both containers are written here
with :mod:`struct`, holding PNG-compressed images, which every supported Windows and macOS reads.
Qt's own SVG renderer draws the pixels, so the icon looks the same as in the running app.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE / "emgui.svg"
ICON_DIR = HERE / "icons"
#: Sizes written as ``icons/emgui-<size>.png`` (Linux hicolor sizes plus what QIcon picks from).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Sizes inside the ``.ico`` (256 is the largest an ICO entry can declare).
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS entry types holding PNG data: ic07 128 px, ic08 256, ic09 512, ic10 1024 (512@2x).
ICNS_TYPES = ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024))
_KEEP: list[object] = []  # keeps the QGuiApplication alive for the whole run


def render_png(svg: Path, size: int) -> bytes:
    """Render ``svg`` to a square transparent PNG of ``size`` pixels; return the PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        _KEEP.append(QGuiApplication([]))  # Qt's SVG rendering needs an application object
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"cannot parse SVG {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):
        raise RuntimeError(f"PNG encoding failed at {size} px")
    buf.close()
    return bytes(data.data())


def build_ico(pngs: dict[int, bytes]) -> bytes:
    """Pack PNG images into an ICO container (ICONDIR + ICONDIRENTRY[] + PNG payloads)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, payload = [], []
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO entry
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset))
        payload.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(payload)


def build_icns(entries: list[tuple[bytes, bytes]]) -> bytes:
    """Pack ``(type, png_bytes)`` pairs into an ICNS container (big-endian lengths)."""
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in entries)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    """Write ``icons/emgui-<size>.png``, ``emgui.ico`` and ``emgui.icns`` next to this script."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ICON_DIR.mkdir(exist_ok=True)
    cache: dict[int, bytes] = {}

    def png(size: int) -> bytes:
        if size not in cache:
            cache[size] = render_png(SVG, size)
        return cache[size]

    for size in PNG_SIZES:
        (ICON_DIR / f"emgui-{size}.png").write_bytes(png(size))
    (HERE / "emgui.ico").write_bytes(build_ico({s: png(s) for s in ICO_SIZES}))
    (HERE / "emgui.icns").write_bytes(build_icns([(k, png(s)) for k, s in ICNS_TYPES]))
    print(f"wrote {len(PNG_SIZES)} PNGs, emgui.ico, emgui.icns in {HERE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
