#!/usr/bin/env bash
# Build the EM Explorer desktop bundle from a clean venv and archive it (Linux and macOS).
#
#   bash build_spec/build.sh            -> dist/EM Explorer/ and dist/EM-Explorer-<v>-<os>-<arch>.*
#                                          (macOS also dist/EM Explorer.app, zipped)
#
# A clean venv matters: a development venv (pytest, hypothesis, ...) adds ~47 MiB to the bundle
# through scipy's lazy imports. PYTHON picks the interpreter (default python3).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
VENV="build/build-venv"

rm -rf "$VENV" build/emgui "dist/EM Explorer" "dist/EM Explorer.app"
"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q ".[build]"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN build_spec/emgui.spec

if [[ "$(uname)" == "Darwin" ]]; then
    # Finder's own format keeps the .app's symlinks and extended attributes. The name says the
    # version and the processor (arm64 or x86_64), as archive.py's names do.
    NAME="$("$VENV/bin/python" -c 'import pathlib, sys; sys.path.insert(0, "build_spec")
import archive, emgui; print(archive.default_name(pathlib.Path("dist/EM Explorer.app"), emgui.__version__))')"
    ditto -c -k --keepParent "dist/EM Explorer.app" "dist/$NAME.zip"
    echo "dist/$NAME.zip"
else
    "$VENV/bin/python" build_spec/archive.py "dist/EM Explorer" --format tar.gz
fi
du -sh "dist/EM Explorer"
