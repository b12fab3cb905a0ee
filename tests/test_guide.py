"""The teacher's guide and its pictures: ``emgui --screenshot FILE --preset KEY ...`` takes a
picture of a preset, bad options are one sentence and status 2, and the guide, its pictures and
the list that makes them agree with each other and with the app.
"""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from emgui.app import build_parser, main
from emgui.checks import guide_pictures
from emgui.checks.guide_pictures import PICTURES
from emgui.checks.shots import END, TABS, UNCERTAIN, Shot, check_preset, check_size
from emgui.core.presets import BUILTIN_PRESETS

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "teachers-guide.md"
PICTURE_DIR = ROOT / "docs" / "guide"
TIMEOUT = 180
#: A committed picture larger than this should be compressed harder.
MAX_PICTURE_BYTES = 400 * 1024


def run_emgui(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    """``python -m emgui ARGS`` offscreen, in a fresh process with its own settings folder."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        HOME=str(tmp_path / "home"),
        PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
    )
    env.pop("DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "emgui", *args], capture_output=True,
                          text=True, env=env, cwd=tmp_path, timeout=TIMEOUT)


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def guide_links() -> list[str]:
    """The picture links of the guide, as written (relative to docs/)."""
    text = GUIDE.read_text(encoding="utf-8")
    return re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", text)


# ---------------------------------------------------------------- the command line
def test_a_preset_picture_is_written_offscreen_at_the_size_asked(tmp_path: Path) -> None:
    target = tmp_path / "shot.png"
    done = run_emgui(["--screenshot", str(target), "--preset", "well-separated", "--tab", "Truth",
                      "--size", "1024x700"], tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == f"screenshot saved: {target} (1024x700)"
    assert png_size(target) == (1024, 700)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--preset", "nope"], "no built-in preset 'nope'"),
        (["--tab", "Sideways"], "no tab 'Sideways'"),
        (["--steps", "many"], "a number of steps or 'end'"),
        (["--point", "0"], "an observation number"),
        (["--size", "12"], "WIDTHxHEIGHT"),
        (["--size", "9000x800"], "each side must be 1 to"),
    ],
)
def test_bad_shot_options_are_one_sentence_and_status_2(
    args: list[str], words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "shot.png"
    assert main(["--screenshot", str(target), *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("emgui: ") and words in err
    assert not target.exists()


@pytest.mark.parametrize(
    "args", [["--preset", "reference"], ["--tab", "Truth"], ["--size", "1280x800"]]
)
def test_shot_options_need_screenshot(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    assert capsys.readouterr().err == (
        "emgui: --preset, --steps, --tab, --point and --size go with --screenshot\n"
    )


def test_a_file_and_a_preset_are_refused_together(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["data.csv", "--screenshot", str(tmp_path / "s.png"), "--preset", "reference"]) == 2
    assert capsys.readouterr().err == "emgui: choose a FILE or --preset, not both\n"


@pytest.mark.parametrize(
    ("args", "words"),
    [(["--size", "800x600"], "smaller than the window can be"),
     (["--preset", "reference", "--point", "81"], "the data have 80 points")],
)
def test_a_shot_the_window_cannot_take_is_status_2(
    args: list[str], words: str, tmp_path: Path
) -> None:
    target = tmp_path / "shot.png"
    done = run_emgui(["--screenshot", str(target), *args], tmp_path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("emgui: ")
    assert words in done.stderr and "Traceback" not in done.stderr
    assert not target.exists()


def test_size_and_case_of_tab_names_are_read_as_a_person_writes_them() -> None:
    assert check_size("1280x800") == (1280, 800)
    assert check_size(" 1024 × 768 ") == (1024, 768)
    args = build_parser().parse_args(["--screenshot", "s.png", "--tab", "m-step", "--steps", "END"])
    assert (args.tab, args.steps) == ("M-step", END)


# ---------------------------------------------------------------- in the window
@pytest.fixture
def window(qtbot):
    from emgui.gui.main_window import MainWindow

    win = MainWindow(remember=False)
    qtbot.addWidget(win)
    yield win
    win.player.pause()
    win.close()


def test_a_shot_loads_the_preset_from_the_presets_tab_and_opens_the_tab(window) -> None:
    from emgui.checks.screenshot import take_shot

    image = take_shot(window, Shot("reference", steps=0, tab="Presets", size=(1024, 700)))
    assert (image.width(), image.height()) == (1024, 700)
    assert window.presets_panel.selected().key == "reference"
    assert window.session.state.iteration == 0
    tabs = window.inspector_tabs
    assert tabs.tabText(tabs.currentIndex()) == "Presets"


def test_a_shot_takes_the_suggested_steps_and_inspects_the_most_uncertain_point(window) -> None:
    from emgui.checks.screenshot import take_shot

    take_shot(window, Shot("reference", point=UNCERTAIN, size=(1024, 700)))
    state = window.session.state
    assert state.iteration == 8  # the preset's suggested steps
    assert window.point_panel.point == 58  # point i = 59, r = 0.5648
    tabs = window.inspector_tabs
    assert tabs.tabText(tabs.currentIndex()) == "Point"


def test_a_shot_to_the_end_stops_where_play_does_at_a_collapse(window) -> None:
    from emgui.checks.screenshot import take_shot

    take_shot(window, Shot("collapse", steps=END, size=(1024, 700)))
    state = window.session.state
    assert state.collapsed and state.iteration == 7
    assert not window.player.playing


def test_the_tabs_a_shot_may_open_are_the_windows_tabs(window) -> None:
    tabs = window.inspector_tabs
    assert tuple(tabs.tabText(i) for i in range(tabs.count())) == TABS


# ---------------------------------------------------------------- the guide and its pictures
def test_the_pictures_list_names_only_presets_and_tabs_of_the_app() -> None:
    keys = {p.key for p in BUILTIN_PRESETS}
    names = [p.name for p in PICTURES]
    assert len(set(names)) == len(names)
    for picture in PICTURES:
        assert re.fullmatch(r"\d\d[a-z]?-[a-z0-9-]+", picture.name), picture.name
        assert picture.shot.preset in keys, picture.name
        check_preset(picture.shot.preset)
        assert picture.shot.tab is None or picture.shot.tab in TABS, picture.name
        assert picture.shot.size == (1280, 800), picture.name
    # Every built-in preset but the spare one is in the lesson.
    assert keys - {p.shot.preset for p in PICTURES} == {"unbalanced"}


def test_every_pictures_command_is_one_the_app_accepts(tmp_path: Path) -> None:
    for picture in PICTURES:
        command = guide_pictures.command(picture, tmp_path)
        assert command[:3] == [sys.executable, "-m", "emgui"]
        args = build_parser().parse_args(command[3:])
        assert args.screenshot == str(tmp_path / f"{picture.name}.png")
        assert (args.preset, args.tab) == (picture.shot.preset, picture.shot.tab)


def test_an_unknown_picture_name_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert guide_pictures.main(["--only", "99-nothing", "--out", "unused"]) == 2
    assert "no picture named 99-nothing" in capsys.readouterr().err


def test_the_guide_shows_every_picture_and_only_pictures_that_exist() -> None:
    links = guide_links()
    assert len(links) == len(set(links)), "a picture is shown twice"
    for link in links:
        assert link.startswith("guide/") and link.endswith(".png"), link
        assert (GUIDE.parent / link).is_file(), f"the guide shows a missing picture: {link}"
    shown = {Path(link).name for link in links}
    on_disk = {p.name for p in PICTURE_DIR.glob("*.png")}
    assert on_disk == shown, f"pictures not in the guide: {sorted(on_disk - shown)}"
    assert on_disk == {f"{p.name}.png" for p in PICTURES}


def test_the_guide_says_how_to_remake_its_pictures_and_that_it_is_english_only() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    head = text[: text.index("## 1.")]
    assert "python -m emgui.checks.guide_pictures --out docs/guide" in head
    assert "English only" in head
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/teachers-guide.md" in readme
    assert "python -m emgui.checks.guide_pictures" in readme


def test_the_guide_names_presets_as_the_app_titles_them() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    for picture in PICTURES:
        title = check_preset(picture.shot.preset).title
        assert f"**{title}**" in text, title


@pytest.mark.parametrize("picture", PICTURES, ids=lambda p: p.name)
def test_each_picture_is_a_small_1280x800_png(picture) -> None:
    path = PICTURE_DIR / f"{picture.name}.png"
    assert png_size(path) == (1280, 800)
    assert path.stat().st_size <= MAX_PICTURE_BYTES


def test_the_one_command_takes_a_picture_on_a_private_x_server(tmp_path: Path) -> None:
    import shutil

    if shutil.which("Xvfb") is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is missing on CI: the guide's pictures cannot be taken on a screen")
        pytest.skip("Xvfb is not installed")
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-m", "emgui.checks.guide_pictures", "--out", str(tmp_path / "guide"),
         "--only", "09a-symmetric-start"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=TIMEOUT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "on a private X server" in done.stdout.splitlines()[0]
    assert png_size(tmp_path / "guide" / "09a-symmetric-start.png") == (1280, 800)
    assert [p.name for p in (tmp_path / "guide").iterdir()] == ["09a-symmetric-start.png"]
