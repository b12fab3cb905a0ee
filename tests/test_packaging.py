"""Fast checks of the packaging files that need no PyInstaller build.

Why: a full bundle build takes a minute and runs only in CI's packaging step; these catch the
mistakes that break it (a spec that does not parse, an exclude that removes a module the app
needs at start, an entry script that no longer reaches ``emgui.app.main``) in milliseconds.
"""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "build_spec"
SPECS = ["emgui.spec", "bare.spec"]


def _load_trim() -> ModuleType:
    spec = importlib.util.spec_from_file_location("trim", SPEC_DIR / "trim.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


trim = _load_trim()


@pytest.mark.parametrize("name", SPECS)
def test_spec_compiles(name: str) -> None:
    source = (SPEC_DIR / name).read_text(encoding="utf-8")
    compile(source, name, "exec")


def test_app_spec_is_windowed_onedir_with_icons_and_resources() -> None:
    source = (SPEC_DIR / "emgui.spec").read_text(encoding="utf-8")
    tree = ast.parse(source)
    calls = {
        node.func.id: node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"Analysis", "EXE", "COLLECT", "BUNDLE"} <= set(calls)
    exe_kwargs = {kw.arg: kw.value for kw in calls["EXE"].keywords}
    assert isinstance(exe_kwargs["console"], ast.Constant) and exe_kwargs["console"].value is False
    assert exe_kwargs["exclude_binaries"].value is True  # type: ignore[attr-defined]  # onedir
    assert exe_kwargs["strip"].value is False  # type: ignore[attr-defined]  # OpenBLAS
    for needed in ('"EM Explorer"', "emgui.ico", "emgui.icns", '"resources"', "launch.py"):
        assert needed in source


@pytest.mark.parametrize("module", ["numpy.f2py", "PySide6.QtOpenGL", "PySide6.QtSvg"])
def test_modules_that_must_stay_are_not_excluded(module: str) -> None:
    for excluded in trim.EXCLUDES:
        assert not (module == excluded or module.startswith(excluded + ".")), excluded
    assert module in trim.MUST_KEEP
    trim.check_lists()


def test_unused_heavy_modules_are_excluded() -> None:
    for module in ("matplotlib", "PIL", "tkinter", "pytest", "hypothesis", "IPython"):
        assert module in trim.EXCLUDES
    assert "scipy.stats" in trim.EXCLUDES
    assert not any(m == "scipy" or m.startswith("scipy.special") for m in trim.EXCLUDES)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("libQt6EglFsKmsSupport.so.6", False),
        ("libQt6OpenGL.so.6", True),
        ("libQt6Svg.so.6", True),
        ("numpy.libs/libscipy_openblas64_-32a4b2a6.so", True),
    ],
)
def test_qt_pruning(dest: str, kept: bool) -> None:
    assert trim.keep_entry(dest) is kept


def test_only_python_binaries_are_stripped() -> None:
    assert trim._should_strip("libpython3.11.so.1.0")
    assert trim._should_strip("python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so")
    assert not trim._should_strip("numpy.libs/libscipy_openblas64_-32a4b2a6.so")
    assert not trim._should_strip("libQt6Core.so.6")


def test_launch_script_calls_emgui_app_main() -> None:
    tree = ast.parse((SPEC_DIR / "launch.py").read_text(encoding="utf-8"))
    imports = [n for n in tree.body if isinstance(n, ast.ImportFrom)]
    assert any(n.module == "emgui.app" and [a.name for a in n.names] == ["main"] for n in imports)
    last = tree.body[-1]
    assert isinstance(last, ast.Raise) and "SystemExit(main())" in ast.unparse(last)


def test_bench_parses_the_first_paint_line() -> None:
    spec = importlib.util.spec_from_file_location("launch_bench", SPEC_DIR / "launch_bench.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules["launch_bench"] = bench
    try:
        spec.loader.exec_module(bench)
    finally:
        del sys.modules["launch_bench"]
    match = bench.FIRST_PAINT.search("self-test ok\nfirst paint: 0.512 s\n")
    assert match is not None and float(match.group(1)) == pytest.approx(0.512)


def test_wheel_ships_the_resources_when_mapped() -> None:
    """If pyproject maps ``emgui._assets`` to ``resources/``, the runtime files are package data."""
    tomllib = pytest.importorskip("tomllib")  # Python >= 3.11
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config.get("tool", {}).get("setuptools", {})
    mapping = setuptools.get("package-dir", {})
    assert mapping.get("emgui._assets") == "resources", "the wheel must map resources/"
    packages = setuptools["packages"]
    assert "emgui._assets" in packages
    on_disk = {
        "emgui" + ("." + ".".join(p.parent.relative_to(ROOT / "emgui").parts)).rstrip(".")
        for p in (ROOT / "emgui").rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert on_disk <= set(packages), "list new emgui subpackages in [tool.setuptools] packages"
    patterns = setuptools["package-data"]["emgui._assets"]
    assert "*.svg" in patterns and "icons/*.png" in patterns
