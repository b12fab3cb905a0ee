"""``--install-desktop-entry`` / ``--uninstall-desktop-entry``: the Linux menu entry and icons.

Why: the entry is written into the user's own folders, where a wrong ``Exec=`` gives a menu item
that does nothing and a sloppy uninstall deletes files that are not ours. Every test here works
in a temporary ``XDG_DATA_HOME`` (and a temporary ``HOME``), never the real home. The ``Exec=``
value is read back with an unquoting written from the Desktop Entry Specification, separately
from the code that quotes it. The last test runs the real built bundle when one exists.
"""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

import pytest

from emgui import desktop_entry
from emgui.desktop_entry import EntryError, Layout, exec_quote

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = sorted(int(p.stem.split("-")[1]) for p in ICONS.glob("emgui-*.png"))
BUNDLE = ROOT / "dist" / "EM Explorer" / "EM Explorer"
pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="freedesktop only")


def _env(tmp_path: Path, data_home: str | None) -> dict[str, str]:
    # no display either: the flags must work without one
    gone = ("XDG_DATA_HOME", "HOME", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    env = {k: v for k, v in os.environ.items() if k not in gone}
    env["HOME"] = str(tmp_path / "home")
    if data_home is not None:
        env["XDG_DATA_HOME"] = data_home
    return env


def _run(command: list[str], tmp_path: Path, data_home: str | None) -> subprocess.CompletedProcess:
    return subprocess.run(
        command, capture_output=True, text=True, cwd=tmp_path, env=_env(tmp_path, data_home),
        timeout=120,
    )


def _emgui(args: list[str], tmp_path: Path, data_home: Path | str | None):
    return _run(
        [sys.executable, "-m", "emgui", *args], tmp_path,
        None if data_home is None else str(data_home),
    )


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) + ("/" if p.is_dir() else "") for p in root.rglob("*")}


def _one_sentence(text: str) -> str:
    assert text.count("\n") == 1 and text.endswith(".\n"), text
    assert "Traceback" not in text
    return text


def _unquote_exec(value: str) -> list[str]:
    """The argument vector of an Exec= value (string unescaping, then the quoting rules)."""
    plain, i = [], 0
    while i < len(value):  # string level: \s \n \t \r \\
        if value[i] == "\\" and i + 1 < len(value):
            plain.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[value[i + 1]])
            i += 2
        else:
            plain.append(value[i])
            i += 1
    text, args, current, quoted, started, i = "".join(plain), [], [], False, False, 0
    while i < len(text):
        c = text[i]
        if quoted:
            if c == "\\":
                assert text[i + 1] in '"`$\\', "only these may be escaped inside quotes"
                current.append(text[i + 1])
                i += 1
            elif c == '"':
                quoted = False
            else:
                current.append(c)
        elif c == '"':
            quoted = started = True
        elif c == " ":
            if started:
                args.append("".join(current))
            current, started = [], False
        else:
            assert c not in "\t\n\"'\\><~|&;$*?#()`", f"reserved {c!r} outside quotes"
            current.append(c)
            started = True
        i += 1
    assert not quoted
    if started:
        args.append("".join(current))
    return [a.replace("%%", "%") for a in args]


def _entry(data_home: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(data_home / "applications" / "emgui.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def _check_installed(data_home: Path, program: list[str], tmp_path: Path) -> None:
    """The entry names the icons, and its Exec= starts EM Explorer (asked for its version)."""
    entry = _entry(data_home)
    assert entry["Name"] == "EM Explorer" and entry["Type"] == "Application"
    assert _unquote_exec(entry["Exec"]) == [*program, "%f"]
    assert entry["TryExec"] == program[0]
    assert os.path.isabs(program[0]) and os.access(program[0], os.X_OK)
    assert entry["Icon"] == "emgui"
    for size in SIZES:
        icon = data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "emgui.png"
        assert icon.read_bytes() == (ICONS / f"emgui-{size}.png").read_bytes()
    version = _run([*_unquote_exec(entry["Exec"])[:-1], "--version"], tmp_path, None)
    assert version.returncode == 0 and version.stdout.startswith("EM Explorer "), version.stderr


def test_install_twice_then_uninstall_leaves_the_folder_as_it_was(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    for _ in range(2):  # twice: harmless, same result
        done = _emgui(["--install-desktop-entry"], tmp_path, data)
        assert done.returncode == 0, done.stderr
        assert "emgui.desktop" in _one_sentence(done.stdout) and done.stderr == ""
    script = Path(sys.executable).parent / "emgui"
    program = [str(script)] if script.is_file() else [sys.executable, "-m", "emgui"]
    _check_installed(data, program, tmp_path)
    assert len(list(data.rglob("*.png"))) == len(SIZES) >= 8
    assert not list(data.rglob("*.tmp")), "no temporary file is left"
    done = _emgui(["--uninstall-desktop-entry"], tmp_path, data)
    assert done.returncode == 0, done.stderr
    _one_sentence(done.stdout)
    assert _tree(data) == set()
    again = _emgui(["--uninstall-desktop-entry"], tmp_path, data)  # nothing left to remove
    assert again.returncode == 0 and "no EM Explorer menu entry" in _one_sentence(again.stdout)


def test_uninstall_spares_what_was_there_before(tmp_path: Path) -> None:
    data = tmp_path / "data"
    others = [
        data / "applications" / "other.desktop",
        data / "icons" / "hicolor" / "48x48" / "apps" / "other.png",
    ]
    for path in others:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("someone else's", encoding="utf-8")
    (data / "icons" / "hicolor" / "16x16" / "apps").mkdir(parents=True)  # empty, but not ours
    before = _tree(data)
    assert _emgui(["--install-desktop-entry"], tmp_path, data).returncode == 0
    assert _emgui(["--install-desktop-entry"], tmp_path, data).returncode == 0
    assert _emgui(["--uninstall-desktop-entry"], tmp_path, data).returncode == 0
    assert _tree(data) == before
    assert all(p.read_text(encoding="utf-8") == "someone else's" for p in others)


def test_default_is_home_local_share_and_a_relative_xdg_data_home_is_ignored(tmp_path):
    home_data = tmp_path / "home" / ".local" / "share"
    for data_home in (None, "", "relative/share"):
        done = _emgui(["--install-desktop-entry"], tmp_path, data_home)
        assert done.returncode == 0, done.stderr
        assert (home_data / "applications" / "emgui.desktop").is_file()
        assert not (tmp_path / "relative").exists()
        assert _emgui(["--uninstall-desktop-entry"], tmp_path, data_home).returncode == 0
        assert not (home_data / "applications").exists()


def test_a_folder_that_cannot_be_written_is_one_sentence_and_status_1(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    done = _emgui(["--install-desktop-entry"], tmp_path, blocker)
    assert done.returncode == 1
    assert done.stdout == "" and _one_sentence(done.stderr).startswith("emgui: ")


def test_an_entry_written_by_hand_is_not_removed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    hand = data / "applications" / "emgui.desktop"
    hand.parent.mkdir(parents=True)
    hand.write_text("[Desktop Entry]\nName=EM Explorer\nExec=emgui\n", encoding="utf-8")
    done = _emgui(["--uninstall-desktop-entry"], tmp_path, data)
    assert done.returncode == 1 and "left as it is" in _one_sentence(done.stderr)
    assert hand.is_file()
    # install replaces it (it is the same entry), and then uninstall may remove it
    assert _emgui(["--install-desktop-entry"], tmp_path, data).returncode == 0
    assert _emgui(["--uninstall-desktop-entry"], tmp_path, data).returncode == 0
    assert not hand.exists()


def test_a_damaged_record_cannot_remove_other_files(tmp_path: Path) -> None:
    data = tmp_path / "data"
    victim = tmp_path / "precious.txt"
    victim.write_text("keep", encoding="utf-8")
    entry = data / "applications" / "emgui.desktop"
    entry.parent.mkdir(parents=True)
    entry.write_text(
        desktop_entry._MARK + "\n# installed file: ../../precious.txt\n"
        "# created folder: ..\n[Desktop Entry]\nName=EM Explorer\n",
        encoding="utf-8",
    )
    assert desktop_entry.uninstall(Layout(data))
    assert victim.read_text(encoding="utf-8") == "keep" and data.is_dir()


def test_an_install_that_fails_half_way_takes_back_what_it_wrote(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    real_write, calls = desktop_entry._write, []

    def failing_write(path: Path, payload: bytes) -> None:
        calls.append(path)
        if len(calls) == 3:
            raise OSError(28, "No space left on device", str(path))
        real_write(path, payload)

    monkeypatch.setattr(desktop_entry, "_write", failing_write)
    with pytest.raises(OSError):
        desktop_entry.install(Layout(data), ["/opt/EM Explorer/EM Explorer"])
    assert _tree(data) == set()


def test_no_qt_and_no_numpy_are_loaded(tmp_path: Path) -> None:
    code = (
        "import sys; from emgui.app import main; rc = main(['--install-desktop-entry']);"
        "print(rc, sorted(m for m in ('PySide6', 'numpy', 'pyqtgraph') if m in sys.modules))"
    )
    done = _run([sys.executable, "-c", code], tmp_path, str(tmp_path / "data"))
    assert done.stdout.splitlines()[-1] == "0 []", done.stdout + done.stderr


@pytest.mark.parametrize("system", ["win32", "darwin"])
@pytest.mark.parametrize("action", ["install", "uninstall"])
def test_windows_and_macos_are_refused_with_status_2(system, action, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "platform", system)
    assert desktop_entry.run(action) == 2
    out, err = capsys.readouterr()
    assert out == "" and _one_sentence(err).startswith(f"emgui: --{action}-desktop-entry is for")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "path",
    [
        "/opt/emgui/bin/emgui",
        "/home/a b/EM Explorer/EM Explorer",
        '/odd/"quoted"/$HOME/`x`/back\\slash/100%/semi;colon/EM Explorer',
        "/tmp/it's (here) & there #1",
    ],
)
def test_exec_quoting_round_trips(path: str) -> None:
    value = " ".join(exec_quote(a) for a in [path, "-m", "emgui"]) + " %f"
    assert _unquote_exec(value) == [path, "-m", "emgui", "%f"]


def test_a_path_with_a_newline_cannot_become_an_entry() -> None:
    with pytest.raises(EntryError, match="control character"):
        exec_quote("/tmp/two\nlines/emgui")


def test_launch_command_when_frozen_is_the_executable(monkeypatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/EM Explorer/EM Explorer")
    assert desktop_entry.launch_command() == ["/opt/EM Explorer/EM Explorer"]


@pytest.mark.skipif(not BUNDLE.is_file(), reason="no built bundle (bash build_spec/build.sh)")
def test_the_built_bundle_installs_and_removes_its_entry(tmp_path: Path) -> None:
    data = tmp_path / "data"
    install = _run([str(BUNDLE), "--install-desktop-entry"], tmp_path, str(data))
    assert install.returncode == 0, install.stderr
    _one_sentence(install.stdout)
    _check_installed(data, [str(BUNDLE)], tmp_path)
    remove = _run([str(BUNDLE), "--uninstall-desktop-entry"], tmp_path, str(data))
    assert remove.returncode == 0, remove.stderr
    assert _tree(data) == set()
