"""Pack a built bundle folder into a ``.tar.gz`` or ``.zip`` that keeps symlinks as symlinks.

Why not ``zip -r``: it follows symlinks, so every Qt library that PyInstaller links into the
bundle's top level is stored twice (~133 MiB instead of ~90). ``tar`` keeps links by default;
for zip, links are written as Unix symlink entries (what ``zip -y`` does), which ``unzip`` and
macOS Finder restore. Usage::

    python build_spec/archive.py "dist/EM Explorer"              # tar.gz (Linux default)
    python build_spec/archive.py "dist/EM Explorer" --format zip # Windows/macOS
"""

from __future__ import annotations

import argparse
import os
import platform
import stat
import sys
import tarfile
import zipfile
from pathlib import Path


def default_name(folder: Path, version: str) -> str:
    """``EM-Explorer-<version>-<os>-<arch>``: says what is inside before it is unpacked."""
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(
        sys.platform, sys.platform
    )
    stem = folder.name.removesuffix(".app").replace(" ", "-")
    return f"{stem}-{version}-{system}-{platform.machine().lower()}"


def _entries(folder: Path) -> list[Path]:
    """Every file, link and directory under ``folder``, sorted so archives are reproducible."""
    found = []
    for root, dirs, files in os.walk(folder):  # does not descend into symlinked directories
        dirs.sort()
        for name in dirs + sorted(files):
            found.append(Path(root) / name)
    return found


def make_tar(folder: Path, out: Path) -> Path:
    """Write ``out`` (.tar.gz) with ``folder`` as its single top-level directory."""
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name, recursive=False)
        for path in _entries(folder):
            tar.add(
                path, arcname=str(Path(folder.name) / path.relative_to(folder)), recursive=False
            )
    return out


def make_zip(folder: Path, out: Path) -> Path:
    """Write ``out`` (.zip), storing symlinks as symlink entries instead of following them."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in _entries(folder):
            arcname = (Path(folder.name) / path.relative_to(folder)).as_posix()
            if path.is_symlink():
                info = zipfile.ZipInfo(arcname)
                info.create_system = 3  # Unix, so the mode bits below are honoured
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                archive.writestr(info, os.readlink(path))
            elif path.is_dir():
                archive.write(path, arcname + "/")
            else:
                archive.write(path, arcname)
    return out


def main(argv: list[str] | None = None) -> int:
    """Archive the bundle folder; print the archive's path and size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help='bundle folder, e.g. "dist/EM Explorer"')
    parser.add_argument("--format", choices=("tar.gz", "zip"), default=None)
    parser.add_argument("--version", default=None, help="version in the name (default: emgui's)")
    parser.add_argument("--out-dir", type=Path, default=None, help="default: the folder's parent")
    args = parser.parse_args(argv)
    folder: Path = args.folder
    if not folder.is_dir():
        parser.error(f"not a folder: {folder}")
    fmt = args.format or ("tar.gz" if sys.platform.startswith("linux") else "zip")
    version = args.version
    if version is None:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from emgui import __version__ as version
    out = (args.out_dir or folder.parent) / f"{default_name(folder, version)}.{fmt}"
    (make_tar if fmt == "tar.gz" else make_zip)(folder, out)
    print(f"{out} {out.stat().st_size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
