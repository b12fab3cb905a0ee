"""The teacher's language: complete translations, View > Language, numbers and what stays English.

* every ``.ts`` file is complete (no empty or unfinished message), names its language, and is in
  step with the source: Qt's own ``lupdate`` run over the package into a temporary folder finds
  exactly the same messages;
* every shipped ``.qm`` says what its ``.ts`` says (loaded by a QTranslator, message by message),
  and every translation keeps its source's placeholders, so ``.format()`` never fails;
* View > Language switches at once (the Step button, a menu title, a preset title, a number's
  decimal separator) and keeps the run where it was, and the choice is remembered;
* the command line's and the CSV exports' numbers do not change with the language.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES", "pt_BR": "pt_BR"}
PLACEHOLDER = re.compile(r"\{\w*\}")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <message> of a .ts file."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


def lupdate() -> str | None:
    """Qt's lupdate as PySide6 ships it (a console script, or inside the PySide6 folder)."""
    here = Path(sys.executable).parent
    for candidate in (here / "pyside6-lupdate", here / "pyside6-lupdate.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lupdate")
    if found:
        return found
    import PySide6

    for name in ("lupdate", "lupdate.exe"):
        inside = Path(PySide6.__file__).parent / name
        if inside.exists():
            return str(inside)
    return None


def package_sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in (REPO / "emgui").rglob("*.py"))


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_is_translated(code: str) -> None:
    ts = TRANSLATIONS / f"emgui_{code}.ts"
    root = ET.parse(ts).getroot()
    assert root.get("language") == LANGUAGES[code]
    found = messages(ts)
    assert len(found) > 250
    missing = [
        key for key, message in found.items()
        if message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
        or not (message.findtext("translation") or "").strip()
    ]
    assert not missing, f"{ts.name}: {len(missing)} untranslated, e.g. {missing[:5]}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_placeholders_mnemonics_and_markup(code: str) -> None:
    for (context, source), message in messages(TRANSLATIONS / f"emgui_{code}.ts").items():
        text = message.findtext("translation")
        where = f"{code} {context}: {source!r} -> {text!r}"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), where
        amps = lambda s: s.count("&") - s.count("&nbsp;")  # noqa: E731
        assert amps(source) == amps(text), where
        for tag in ("<b>", "</b>", "<p>", "<br>", "<i>"):
            assert source.count(tag) == text.count(tag), where
        assert source.startswith(" ") == text.startswith(" "), where


def test_the_ts_files_are_in_step_with_the_source(tmp_path: Path) -> None:
    """lupdate over the package finds the same messages as every .ts file holds."""
    tool = lupdate()
    if tool is None:  # pragma: no cover - PySide6-Essentials ships it
        pytest.skip("Qt's lupdate is not installed")
    fresh = tmp_path / "emgui_xx.ts"
    subprocess.run([tool, *package_sources(), "-locations", "none", "-ts", str(fresh)],
                   cwd=REPO, check=True, capture_output=True, timeout=120)
    wanted = set(messages(fresh))
    for code in LANGUAGES:
        have = set(messages(TRANSLATIONS / f"emgui_{code}.ts"))
        assert have == wanted, (
            f"emgui_{code}.ts is out of step with the source: new {sorted(wanted - have)[:5]}, "
            f"gone {sorted(have - wanted)[:5]} (run lupdate and translate)"
        )


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_shipped_qm_says_what_the_ts_says(qapp, code: str) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"emgui_{code}.qm"))
    stale = [
        (context, source)
        for (context, source), message in messages(TRANSLATIONS / f"emgui_{code}.ts").items()
        if translator.translate(context, source) != message.findtext("translation")
    ]
    assert not stale, f"emgui_{code}.qm is stale (run lrelease): {stale[:5]}"


def test_the_wheel_and_the_bundle_ship_the_translations() -> None:
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert '"translations/*.qm"' in pyproject
    spec = (REPO / "build_spec" / "emgui.spec").read_text(encoding="utf-8")
    assert '"resources/translations"' in spec
    from emgui.gui import i18n

    for code in LANGUAGES:
        assert i18n.qm_path(code).is_file()


def test_locale_names_map_to_the_languages_spoken() -> None:
    from emgui.gui.i18n import CODES, known_language, system_language

    assert known_language("de_AT") == "de"
    assert known_language("fr-CA") == "fr"
    assert known_language("es_MX") == "es"
    assert known_language("pt_PT") == "pt_BR"
    assert known_language("pt_BR") == "pt_BR"
    assert known_language("en_GB") == "en"
    assert known_language("ja_JP") is None
    assert system_language() in CODES


@pytest.fixture
def english(qapp):
    """Every test starts and ends in English."""
    from emgui.gui.i18n import install_language

    install_language("en")
    yield
    install_language("en")


@pytest.mark.gui
def test_view_language_switches_at_once_and_keeps_the_run(qtbot, english) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QListWidget

    from emgui.gui.main_window import MainWindow
    from emgui.gui.settings import Settings

    settings = Settings()
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    for _ in range(5):
        window.session.step()
    session, position = window.session, window.session.state.position
    assert window.actions["step"].text() == "Step"
    assert window.menus["file"].title() == "&File"
    assert "." in window.status.loglik_label.text()

    replaced = []
    window.replaced.connect(replaced.append)
    window.findChild(QAction, "language_de").trigger()
    assert len(replaced) == 1
    new = replaced[0]
    qtbot.addWidget(new)
    assert new.session is session and new.session.state.position == position
    assert new.actions["step"].text() == "Schritt"
    assert new.menus["file"].title() == "&Datei"
    assert new.findChild(QAction, "language_de").isChecked()
    loglik = new.status.loglik_label.text()
    assert "," in loglik and "." not in loglik, loglik
    assert new.status.iteration_label.text() == "Iteration 5"
    titles = [new.inspector_tabs.tabText(i) for i in range(new.inspector_tabs.count())]
    assert titles[0] == "Daten" and "Fälle" in titles
    first_preset = new.presets_panel.findChild(QListWidget, "presetList").item(0).text()
    assert first_preset == "Der Referenzlauf des Ausgangsskripts"
    assert "0,5" in new.presets_panel.explanation_text()
    assert new.controls.sep_box.text() == "2,4"
    # The choice is remembered.
    assert settings.get_str("ui/language") == "de"

    # And on to French, from the new window.
    new.replaced.connect(replaced.append)
    new.findChild(QAction, "language_fr").trigger()
    assert len(replaced) == 2
    french = replaced[1]
    qtbot.addWidget(french)
    assert french.actions["step"].text() == "Pas"
    assert french.session is session and french.session.state.position == position
    assert settings.get_str("ui/language") == "fr"


@pytest.mark.gui
def test_the_remembered_language_is_the_one_started_with(qapp, english) -> None:
    from PySide6.QtCore import QCoreApplication

    from emgui.gui.i18n import current_language, start_language
    from emgui.gui.settings import Settings

    settings = Settings()
    settings.set("ui/language", "es")
    assert start_language(settings) == "es" and current_language() == "es"
    assert QCoreApplication.translate("Actions", "Step") == "Paso"
    settings.set("ui/language", "klingon")  # damaged: the system's language instead
    assert start_language(settings) in ("en", "de", "fr", "es", "pt_BR")


@pytest.mark.gui
def test_gui_numbers_follow_the_language_but_exports_do_not(qapp, english, tmp_path) -> None:
    from emgui.core import exports
    from emgui.gui.i18n import install_language
    from emgui.gui.panels.formula import fmt, fmt_count
    from emgui.gui.session import EMSession

    session = EMSession()
    for _ in range(4):
        session.step()
    rows = session.state.history
    exports.write_history_csv(str(tmp_path / "en.csv"), rows)
    assert fmt(0.4567, decimals=3) == "0.457" and fmt_count(12345) == "12,345"

    install_language("de")
    assert fmt(0.4567, decimals=3) == "0,457" and fmt_count(12345) == "12.345"
    exports.write_history_csv(str(tmp_path / "de.csv"), rows)
    assert (tmp_path / "de.csv").read_bytes() == (tmp_path / "en.csv").read_bytes()
    assert b"," in (tmp_path / "de.csv").read_bytes().splitlines()[1]
    install_language("fr")
    assert fmt(0.4567, decimals=3) == "0,457"


def test_the_core_stays_english_and_qt_free() -> None:
    from emgui.core import presets

    assert presets.builtin("reference").title == "The seed's reference run"
    source = (REPO / "emgui" / "core" / "i18n.py").read_text(encoding="utf-8")
    assert "PySide6" not in source.split('"""', 2)[2]


@pytest.mark.gui
def test_switching_keeps_the_document_and_asks_nothing(qtbot, english, tmp_path) -> None:
    from emgui.gui.main_window import MainWindow
    from emgui.gui.settings import Settings

    window = MainWindow(settings=Settings(), file_commands=True)
    qtbot.addWidget(window)
    window.show()
    path = tmp_path / "lesson.emgui"
    assert window.files.save_session_as(str(path))
    window.session.set_tolerance(1e-3)  # an unsaved change
    assert window.files.dirty
    new = window.set_language("pt_BR")
    qtbot.addWidget(new)
    assert new is not window and new.isVisible() and not window.isVisible()
    assert new.files.path == str(path.resolve()) and new.files.dirty
    assert new.isWindowModified() and "lesson.emgui" in new.windowTitle()
    assert new.actions["step"].text() == "Passo"
    new.files.confirm_close = lambda: True  # no question at teardown
    new._close_guards = [lambda: True]
