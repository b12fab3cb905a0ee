"""The teacher's language: translations, the language menu's choices and GUI number format.

English is the source language. The other languages are Qt ``.qm`` files in the resources'
``translations`` folder, compiled from the ``.ts`` sources beside them. :func:`install_language`
puts one translator on the application and makes that language's QLocale the default, so the
number boxes and every number the window formats (:func:`localized`) use its decimal separator.
The command line and the CSV exports never come here: they keep the seed's number format.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

__all__ = [
    "LANGUAGES",
    "SETTINGS_KEY",
    "current_language",
    "gui_locale",
    "install_language",
    "localized",
    "start_language",
    "system_language",
    "translate",
]

#: (code, the language's own name), in the order of View > Language.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("es", "Español"),
    ("pt_BR", "Português (Brasil)"),
)
CODES = tuple(code for code, _name in LANGUAGES)
SETTINGS_KEY = "ui/language"

_state: dict[str, Any] = {"code": "en", "translators": []}


def translate(context: str, text: str) -> str:
    """``text`` in the chosen language (Qt's tools find every ``translate("Ctx", "...")``)."""
    return QCoreApplication.translate(context, text)


def known_language(code: str) -> str | None:
    """One of :data:`CODES` for a locale name such as 'de_AT' or 'pt_BR', or None."""
    code = (code or "").replace("-", "_")
    if code in CODES:
        return code
    base = code.split("_")[0].lower()
    if base == "pt":
        return "pt_BR"
    return base if base in CODES else None


def system_language() -> str:
    """The system's language if EM Explorer speaks it, else English."""
    for name in [QLocale.system().name(), *QLocale.system().uiLanguages()]:
        code = known_language(name)
        if code is not None:
            return code
    return "en"


def qm_path(code: str):
    from emgui.gui.resources import resource_dir

    return resource_dir() / "translations" / f"emgui_{code}.qm"


def install_language(code: str) -> str:
    """Translate the application into ``code`` from now on; returns the language installed."""
    code = known_language(code) or "en"
    app = QCoreApplication.instance()
    for old in _state["translators"]:
        if app is not None:
            app.removeTranslator(old)
    _state["translators"] = []
    if code != "en" and app is not None:
        translator = QTranslator(app)
        if translator.load(str(qm_path(code))):
            app.installTranslator(translator)
            _state["translators"].append(translator)
            # Qt's own words (Yes, No, Cancel in standard dialogs), where Qt ships them.
            qt = QTranslator(app)
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{code}", folder):
                app.installTranslator(qt)
                _state["translators"].append(qt)
        else:  # a broken install still opens, in English
            code = "en"
    _state["code"] = code
    QLocale.setDefault(gui_locale())
    return code


def start_language(settings=None) -> str:
    """Install the language chosen last (in ``settings``), or else the system's."""
    if settings is None:
        from emgui.gui.settings import Settings

        settings = Settings()
    chosen = known_language(settings.get_str(SETTINGS_KEY, ""))
    return install_language(chosen or system_language())


def current_language() -> str:
    return str(_state["code"])


def gui_locale() -> QLocale:
    """The locale of the chosen language (English numbers as the seed writes them)."""
    code = current_language()
    if code == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(code)


def localized(number_text: str) -> str:
    """A number written the seed's way ('1,234.5') in the chosen language's way ('1.234,5')."""
    locale = gui_locale()
    point, group = locale.decimalPoint(), locale.groupSeparator()
    if point == "." and group == ",":
        return number_text
    return number_text.translate({ord("."): point, ord(","): group})
