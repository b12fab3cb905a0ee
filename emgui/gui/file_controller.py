"""Everything the File menu does: open data, open and save sessions, export, recent files.

Why one controller: every path into the app (a menu, a drop, the command line, a recent file)
must behave the same way, and every failure must end the same way: ONE message box with one
sentence that names the file, and the session exactly as it was. The controller never computes
or draws; it reads files (through :mod:`emgui.core.datafile` and
:mod:`emgui.core.sessionfile`), asks the session to change, and writes files atomically.

Testing: every dialog goes through an overridable method (``ask_open_path``,
``ask_save_path``, ``ask_open_choice``, ``ask_save_changes``, ``show_message``), and every
command takes its path as an argument, so tests run without a single modal dialog.
Start-up: the window builds this controller before its first paint, but nothing here reads,
writes or draws until the user picks a command. So the readers, writers and dialogs (and what
they pull in: QtSvg, csv, hashlib, the open-data dialog) are imported by the command that uses
them, never at import time.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from emgui.core.i18n import QT_TRANSLATE_NOOP
from emgui.gui.i18n import localized, translate
from emgui.gui.session import EMSession, RestoreCancelled, SessionState
from emgui.gui.settings import Settings, path_is_dir, path_is_file

if TYPE_CHECKING:  # pragma: no cover - typing only; imported by the commands that use them
    from emgui.core import sessionfile
    from emgui.core.datafile import Table
    from emgui.core.standardize import DataScale
    from emgui.gui.dialogs.open_data import OpenDataChoice
    from emgui.gui.player import Player

__all__ = [
    "DATA_FILTER",
    "EXPORT_COMMANDS",
    "FILE_COMMANDS",
    "SESSION_FILTER",
    "FileCommand",
    "FileController",
]

SESSION_FILTER = "EM Explorer sessions (*.emgui)"
DATA_FILTER = QT_TRANSLATE_NOOP("FileController",
                                "Data files (*.txt *.csv *.tsv *.dat);;All files (*)")
CSV_FILTER = "CSV files (*.csv)"
PICTURE_FILTER = "PNG image (*.png);;SVG image (*.svg)"
LAST_FOLDER_KEY = "files/last_folder"
#: The column chosen last for each data file with several (file path -> column name).
COLUMNS_KEY = "files/columns"
MAX_REMEMBERED_COLUMNS = 50
UNTITLED = QT_TRANSLATE_NOOP("FileController", "Untitled")

Answer = Literal["save", "discard", "cancel"]
MessageKind = Literal["error", "warning", "information"]


@dataclass(frozen=True)
class FileCommand:
    """One File-menu command: the window turns it into a QAction calling ``method``."""

    id: str
    text: str
    shortcut: str  # a QKeySequence string ('' for none); standard keys are named as such
    method: str  # a FileController method taking no argument


#: The File menu, in order; None is a separator. Shortcuts follow each platform's conventions.
FILE_COMMANDS: tuple[FileCommand | None, ...] = (
    FileCommand("open_data", QT_TRANSLATE_NOOP("FileController",
            "&Open Data\u2026"), "Ctrl+O", "open_data"),
    FileCommand("open_session", QT_TRANSLATE_NOOP("FileController",
            "Open &Session\u2026"), "Ctrl+Shift+O", "open_session"),
    None,
    FileCommand("save_session", QT_TRANSLATE_NOOP("FileController",
            "&Save Session"), "Ctrl+S", "save_session"),
    FileCommand("save_session_as", QT_TRANSLATE_NOOP("FileController",
            "Save Session &As\u2026"), "Ctrl+Shift+S", "save_session_as"),
)
#: File > Export, in order (the views' pictures go between the CSV files and the window).
EXPORT_COMMANDS: tuple[FileCommand, ...] = (
    FileCommand("export_history_csv", QT_TRANSLATE_NOOP("FileController",
            "&History as CSV\u2026"), "Ctrl+E", "export_history_csv"),
    FileCommand("export_responsibilities_csv", QT_TRANSLATE_NOOP("FileController",
            "&Responsibilities as CSV\u2026"), "",
                "export_responsibilities_csv"),
    FileCommand("export_window", QT_TRANSLATE_NOOP("FileController",
            "Whole &Window as Picture\u2026"), "Ctrl+Shift+E",
                "export_window"),
)


def choice_scale(choice: OpenDataChoice) -> DataScale | None:
    """How the chosen values relate to the file's numbers (None when they are those)."""
    from emgui.core.standardize import DataScale

    if choice.scale == 1.0 and choice.shift == 0.0:
        return None
    return DataScale(choice.shift, choice.scale, choice.column)


def _file_key(path: str) -> str:
    """A file's name in the remembered-columns table (its full path, where it can be had)."""
    try:
        return str(Path(path).resolve())
    except (OSError, RuntimeError):
        return path


def _sentence(text: str) -> str:
    """One line ending in a full stop (a file name that begins it keeps its case)."""
    text = " ".join(str(text).split())
    return text if not text or text[-1] in ".!?" else text + "."


def _with_suffix(path: str, suffix: str) -> str:
    return path if Path(path).suffix.lower() == suffix else path + suffix


class FileController(QObject):
    """The File menu's commands for one window and its session."""

    #: A short sentence for the status bar after a command succeeded.
    message = Signal(str)
    #: Unsaved changes appeared (True) or were saved or opened (False).
    dirty_changed = Signal(bool)
    #: The session file changed (its path, or '' for an untitled session).
    document_changed = Signal(str)
    #: A session was opened with this speed (iterations a second) and preset key ('' for none).
    speed_restored = Signal(float)
    preset_restored = Signal(str)
    #: What a reopened session had on screen besides the run (see SessionDocument.view).
    view_restored = Signal(object)

    def __init__(
        self,
        window: QWidget,
        session: EMSession,
        settings: Settings,
        player: Player | None = None,
        history_table: QObject | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._settings = settings
        self._player = player
        self._history_table = history_table
        self._path: str | None = None
        self._preset: str | None = None
        #: Says what is on screen besides the run, for a session file (set by the window).
        self.view_state: Callable[[], dict[str, object]] = dict
        self._clean = self._fingerprint(session.state)
        self._origin = self._settings_of(session.state)  # the start-up scenario
        self._dirty = False
        session.changed.connect(self._session_changed)

    # ---------------------------------------------------------------- state
    @property
    def dirty(self) -> bool:
        """True when the session differs from the last saved or opened one."""
        return self._dirty

    @property
    def path(self) -> str | None:
        """The session file being edited, or None for an untitled session."""
        return self._path

    def document_title(self) -> str:
        """The name for the window title: the session file's name, or 'Untitled'."""
        return Path(self._path).name if self._path else translate("FileController", UNTITLED)

    def take_over(self, old: FileController) -> None:
        """Carry on editing the document of ``old`` (the window was rebuilt in another language)."""
        self._path, self._preset = old._path, old._preset
        self._clean, self._origin = old._clean, old._origin
        self._set_dirty(old._dirty)
        self.document_changed.emit(self._path or "")

    def set_preset_key(self, key: str | None) -> None:
        """Remember which preset is chosen (saved with the session)."""
        self._preset = key or None

    @staticmethod
    def _fingerprint(state: SessionState) -> tuple[object, ...]:
        """What a session file records of a state; equal fingerprints need no saving."""
        return (state.data_version, state.start, state.tol, state.max_iterations,
                state.half_steps, state.position, state.last_position)

    def _session_changed(self, state: SessionState) -> None:
        self._set_dirty(self._fingerprint(state) != self._clean)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _mark_clean(self) -> None:
        self._clean = self._fingerprint(self._session.state)
        self._origin = self._settings_of(self._session.state)
        self._set_dirty(False)

    def _set_path(self, path: str | None) -> None:
        if path != self._path:
            self._path = path
            self.document_changed.emit(path or "")

    # ---------------------------------------------------------------- dialogs (overridable)
    def ask_open_path(self, title: str, filters: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self._window, title, self.last_folder(), filters)
        return path or None

    def ask_save_path(self, title: str, filters: str, suggested: str) -> str | None:
        """A path to write; the suffix of the chosen filter is added when the name has none."""
        start = str(Path(self.last_folder()) / suggested)
        path, chosen = QFileDialog.getSaveFileName(self._window, title, start, filters)
        if not path:
            return None
        if not Path(path).suffix and "*." in chosen:
            path += "." + chosen.split("*.", 1)[1].split(")")[0].split()[0]
        return path

    def ask_open_choice(self, table: Table) -> OpenDataChoice | None:
        """Show the column / scale dialog; None when the user cancels."""
        from emgui.gui.dialogs.open_data import OpenDataDialog

        dialog = OpenDataDialog(table, self._session.start, self._window,
                                column=self.last_column(table.path))
        try:
            if dialog.exec() != OpenDataDialog.DialogCode.Accepted:
                return None
            return dialog.choice()
        finally:
            dialog.deleteLater()

    def last_column(self, path: str) -> str | None:
        """The column the user chose the last time this file was opened."""
        columns = self._settings.get_json(COLUMNS_KEY, {})
        column = columns.get(_file_key(path)) if isinstance(columns, dict) else None
        return column if isinstance(column, str) else None

    def _remember_column(self, path: str, column: str) -> None:
        columns = self._settings.get_json(COLUMNS_KEY, {})
        columns = dict(columns) if isinstance(columns, dict) else {}
        key = _file_key(path)
        columns.pop(key, None)
        columns[key] = column
        while len(columns) > MAX_REMEMBERED_COLUMNS:  # the oldest go first
            columns.pop(next(iter(columns)))
        self._settings.set_json(COLUMNS_KEY, columns)

    def ask_save_changes(self, doing: str) -> Answer:
        """Save, discard or cancel before ``doing`` ('closing', 'opening a session'...)."""
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("FileController", "Unsaved Changes"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # a file's name, shown as named
        box.setText(translate("FileController", "Save the changes to \u201c{name}\u201d before "
                              "{doing}?").format(name=self.document_title(),
                                                 doing=translate("FileController", doing)))
        box.setInformativeText(translate("FileController",
                                         "Without saving, the run and its history are lost."))
        # Each answer has its own key (Alt+S, Alt+D, Alt+C; Esc cancels too).
        save = box.addButton(translate("FileController",
                "&Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(translate("FileController",
                "&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(translate("FileController",
                "&Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return "save"
        if clicked is discard:
            return "discard"
        return "cancel"

    def show_message(self, kind: MessageKind, title: str, text: str) -> None:
        """The one message box of a command (tests override this)."""
        box = QMessageBox(self._window)
        box.setIcon({
            "error": QMessageBox.Icon.Critical,
            "warning": QMessageBox.Icon.Warning,
            "information": QMessageBox.Icon.Information,
        }[kind])
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)  # names a file as written, never as markup
        box.setText(text)
        if kind == "error":
            box.setInformativeText(translate("FileController", "Nothing was changed."))
        box.exec()

    def ask_progress(self, title: str, text: str) -> RecomputeProgress:
        """Progress of a long recomputation, shown in a dialog that can cancel it."""
        return RecomputeProgress(self._window, title, text)

    def _error(self, title: str, text: str) -> bool:
        self.show_message("error", title, _sentence(text))
        return False

    # ---------------------------------------------------------------- preferences
    def last_folder(self) -> str:
        """The folder of the last file opened or saved (the home folder at first)."""
        folder = self._settings.get_str(LAST_FOLDER_KEY, "")
        # A folder that cannot be checked any more (gone, too long a name) counts as gone.
        return folder if folder and path_is_dir(folder) else str(Path.home())

    def _remember(self, path: str, recent: bool = True) -> None:
        self._settings.set(LAST_FOLDER_KEY, str(Path(path).resolve().parent))
        if recent:
            # The menu refills itself when it next opens; refilling it now could delete the
            # very action that is running this command.
            self._settings.add_recent_file(str(Path(path).resolve()))

    # ---------------------------------------------------------------- unsaved changes
    @staticmethod
    def _settings_of(state: SessionState) -> tuple[object, ...]:
        """What a run is made from: the data and its settings. Its steps are not in it, since
        pressing Step (or Play) makes them again."""
        return (state.data_version, state.start, state.tol, state.max_iterations)

    def _regenerable(self) -> bool:
        """True when nothing would be lost: the run is made from settings that a preset, the
        start-up scenario, the data file just opened or the session file still give back."""
        return self._settings_of(self._session.state) == self._origin

    def mark_regenerable(self) -> None:
        """The current data and settings can be had again (a preset just loaded, say)."""
        self._origin = self._settings_of(self._session.state)

    def _may_discard(self, doing: str) -> bool:
        """True when the current session may be replaced (saved first if the user wants).

        Asked only when something would be lost that cannot be made again: not after Reset of
        a preset, nor after a few steps of a scenario whose settings are unchanged.
        """
        if not self._dirty or self._regenerable():
            return True
        answer = self.ask_save_changes(doing)
        if answer == "save":
            return self.save_session()
        return answer == "discard"

    def confirm_close(self) -> bool:
        """Ask about unsaved changes; True when the window may close (wire it to closeEvent)."""
        return self._may_discard(QT_TRANSLATE_NOOP("FileController", "closing"))

    # ---------------------------------------------------------------- opening
    def _pause(self) -> None:
        if self._player is not None:
            self._player.pause()

    def _settle(self) -> None:
        """Pause and let any glide reach the state shown, so a picture matches the table."""
        self._pause()
        finish = getattr(self._window, "finish_motion", None)
        if callable(finish):
            finish()

    def open_path(self, path: str) -> bool:
        """Open a file of either kind (the command line, a drop, a recent file)."""
        from emgui.core import sessionfile

        if sessionfile.looks_like_session(path):
            return self.open_session(path)
        return self.open_data(path)

    def open_data(self, path: str | None = None) -> bool:
        """Read a data file, let the user pick a column and scale, and use it as the data."""
        from emgui.core.datafile import DataFileError, read_table

        title = translate("FileController", "Open Data")
        self._pause()  # nothing runs on behind the dialogs, nor after the data arrive
        if not self._may_discard(QT_TRANSLATE_NOOP("FileController", "opening other data")):
            return False
        if path is None:
            path = self.ask_open_path(title, translate("FileController", DATA_FILTER))
            if path is None:
                return False
        try:
            with _busy():
                table = read_table(path)
        except DataFileError as exc:
            return self._error(title, str(exc))
        except (OSError, ValueError, MemoryError) as exc:  # a guard: the reader should say why
            return self._error(title, f"{Path(path).name} could not be read: {exc}")
        try:
            choice = self._choose(table)
        except (DataFileError, ValueError) as exc:
            return self._error(title, str(exc))
        if choice is None:
            return False
        try:
            with _busy():
                self._session.set_data(choice.values, choice.source,
                                       scale=choice_scale(choice))
        except ValueError as exc:
            return self._error(title, f"{Path(path).name}: {exc}")
        self._remember(path)
        if len(table.columns) > 1:
            self._remember_column(path, choice.column)
        # New data make a new, untitled session. Nothing in it needs saving yet: the file
        # itself reproduces it, so the user is asked only once EM has run on it.
        self._set_path(None)
        self._mark_clean()
        read_as = "" if table.encoding == "UTF-8" else translate(
            "FileController", " (read as {encoding} text)").format(encoding=table.encoding)
        notes = "".join(f" {note[0].upper()}{note[1:]}." for note in table.notes)
        self.message.emit(translate("FileController",
                "Opened {source}: {n} values{read_as}.").format(
            source=choice.source, n=localized(f"{choice.values.size:,}"), read_as=read_as) + notes)
        return True

    def _choose(self, table: Table) -> OpenDataChoice | None:
        """Ask only when there is something to decide: several columns, or a scale far from 1."""
        from emgui.core.standardize import centre_needed, spread
        from emgui.gui.dialogs.open_data import choice_for

        if len(table.columns) == 1:
            s = spread(table.column(table.columns[0]))
            start = self._session.start
            if not s.divide_by_default and not centre_needed(s.minimum, s.maximum, start):
                return choice_for(table, table.columns[0])
        return self.ask_open_choice(table)

    def open_session(self, path: str | None = None) -> bool:
        """Open a .emgui file and show exactly what was on screen when it was saved."""
        from emgui.core import sessionfile

        title = translate("FileController", "Open Session")
        self._pause()  # the session opens at its saved step and stays there
        if not self._may_discard(QT_TRANSLATE_NOOP("FileController", "opening another session")):
            return False
        if path is None:
            path = self.ask_open_path(title, SESSION_FILTER + ";;All files (*)")
            if path is None:
                return False
        try:
            with _busy():
                doc = sessionfile.read_session(path)
        except sessionfile.SessionFileError as exc:
            return self._error(title, str(exc))
        except MemoryError:
            return self._error(title, f"“{Path(path).name}” is too large to open here")
        progress = self.ask_progress(title, translate(
            "FileController", "Recomputing the run of {name}\u2026").format(name=Path(path).name))
        try:
            with _busy():
                self._session.restore(
                    doc.x, doc.z, doc.simulation, doc.source, doc.start, doc.tol,
                    doc.max_iterations, doc.half_steps, doc.position, doc.last_position,
                    doc.scale, progress=progress, model=doc.model,
                )
        except RestoreCancelled:
            self.message.emit(translate("FileController", "Opening {name} was cancelled; nothing "
                                        "was changed.").format(name=Path(path).name))
            return False
        except ValueError as exc:
            return self._error(title, f"“{Path(path).name}” cannot be shown: {exc}")
        finally:
            progress.close()
        self._set_path(str(Path(path).resolve()))
        self._mark_clean()
        self._remember(path)
        self._preset = doc.preset
        if doc.speed is not None:
            if self._player is not None:
                self._player.set_speed(doc.speed)
            self.speed_restored.emit(self._player.speed if self._player else doc.speed)
        self.preset_restored.emit(doc.preset or "")
        self.view_restored.emit(dict(doc.view))
        notes = [doc.warning] if doc.warning else []
        differs = sessionfile.rows_agree(doc.history, self._session.state.history)
        if differs is not None:
            notes.append(
                f"The history recomputed on this computer differs from the one saved in "
                f"\u201c{Path(path).name}\u201d from step {differs} on, by more than rounding (the "
                "file was edited, or written by a different version); the recomputed run is shown."
            )
        if notes:
            self.show_message("warning", title, " ".join(notes))
        self.message.emit(translate("FileController", "Opened the session {name}.").format(
            name=Path(path).name))
        return True

    # ---------------------------------------------------------------- saving
    def document(self) -> sessionfile.SessionDocument:
        """The current session as a document to save."""
        from emgui.core import sessionfile

        state = self._session.state
        data = state.data
        return sessionfile.SessionDocument(
            x=data.x, z=data.z, simulation=data.simulation, source=data.source,
            start=state.start, tol=state.tol, max_iterations=state.max_iterations,
            half_steps=state.half_steps, position=state.position,
            last_position=state.last_position, history=state.history,
            speed=self._player.speed if self._player is not None else None,
            preset=self._preset, scale=data.scale, view=self.view_state(), model=state.model,
        )

    def save_session(self) -> bool:
        """Save to the current session file, or ask for one (Ctrl+S)."""
        if self._path is None:
            return self.save_session_as()
        return self._save_to(self._path)

    def save_session_as(self, path: str | None = None) -> bool:
        """Save to a new session file."""
        from emgui.core import sessionfile

        if path is None:
            suggested = Path(self._path).name if self._path else "session.emgui"
            path = self.ask_save_path(translate("FileController", "Save Session As"),
                                      SESSION_FILTER, suggested)
            if path is None:
                return False
            path = _with_suffix(path, sessionfile.SUFFIX)
        return self._save_to(path)

    def _save_to(self, path: str) -> bool:
        from emgui.core import sessionfile

        try:
            with _busy():
                text = sessionfile.dump(self.document())
                sessionfile.save_atomic(path, text)
        except OSError as exc:
            return self._error(
                "Save Session",
                f"“{Path(path).name}” could not be saved ({exc.strerror or exc}); "
                "any earlier copy of it is unchanged",
            )
        self._set_path(str(Path(path).resolve()))
        self._mark_clean()
        self._remember(path)
        self.message.emit(translate("FileController", "Saved the session as {name}.").format(
            name=Path(path).name))
        return True

    # ---------------------------------------------------------------- exports
    def _suggest(self, tail: str) -> str:
        stem = Path(self._path).stem if self._path else "em"
        return f"{stem}-{tail}"

    def _export(self, title: str, path: str | None, filters: str, suggested: str,
                write, done: str) -> bool:
        if path is None:
            path = self.ask_save_path(title, filters, suggested)
            if path is None:
                return False
        try:
            with _busy():
                write(path)
        except (OSError, ValueError, TypeError, MemoryError) as exc:
            reason = getattr(exc, "strerror", None) or exc
            return self._error(title, f"“{Path(path).name}” could not be written ({reason})")
        self._remember(path, recent=False)
        self.message.emit(translate("FileController", done) + f" {Path(path).name}.")
        return True

    def export_history_csv(self, path: str | None = None) -> bool:
        """The history as CSV (the columns of ``emgui-cli --csv``)."""
        from emgui.core import exports

        rows = self._session.state.history
        return self._export(
            translate("FileController",
                    "Export History"), path, CSV_FILTER, self._suggest("history.csv"),
            lambda p: exports.write_history_csv(_with_suffix(p, ".csv"), rows),
            QT_TRANSLATE_NOOP("FileController", "History saved to"),
        )

    def export_responsibilities_csv(self, path: str | None = None) -> bool:
        """x, the current responsibility r and the true component when known."""
        from emgui.core import exports

        state = self._session.state
        if state.r is None:
            return self._error(
                translate("FileController", "Export Responsibilities"),
                translate("FileController", "There are no responsibilities yet: take the first "
                          "E-step, then export"),
            )
        data = state.data
        return self._export(
            translate("FileController", "Export Responsibilities"), path, CSV_FILTER,
            self._suggest(f"responsibilities-step{state.iteration}.csv"),
            lambda p: exports.write_responsibilities_csv(
                _with_suffix(p, ".csv"), data.x, state.r, data.labels
            ),
            QT_TRANSLATE_NOOP("FileController", "Responsibilities saved to"),
        )

    def export_view(self, view: object, path: str | None = None, name: str = "plot") -> bool:
        """One view as PNG (1600 px wide) or SVG, by the file's suffix."""
        from emgui.gui import image_export

        self._settle()
        return self._export(
            translate("FileController", "Export Picture"), path, PICTURE_FILTER,
            self._suggest(f"{name}.png"), lambda p: image_export.export_view(view, p),
            QT_TRANSLATE_NOOP("FileController", "Picture saved to"),
        )

    def export_window(self, path: str | None = None) -> bool:
        """The whole window as PNG (twice its size on screen) or SVG."""
        from emgui.gui import image_export

        self._settle()
        return self._export(
            translate("FileController", "Export Window"), path, PICTURE_FILTER,
            self._suggest("window.png"),
            lambda p: image_export.export_widget(self._window.window(), p),
            QT_TRANSLATE_NOOP("FileController", "Picture saved to"),
        )

    # ---------------------------------------------------------------- recent files
    def recent_menu(self, parent: QWidget | None = None) -> QMenu:
        """An 'Open Recent' menu that refills itself each time it opens."""
        menu = QMenu(translate("FileController", "Open &Recent"), parent or self._window)
        menu.setObjectName("recent_menu")
        menu.aboutToShow.connect(lambda: self.populate_recent_menu(menu))
        self.populate_recent_menu(menu)
        return menu

    def populate_recent_menu(self, menu: QMenu) -> None:
        """Fill menu with the recent files (missing ones greyed out) and 'Clear Menu'."""
        menu.clear()
        files = self._settings.recent_files()
        for k, path in enumerate(files, start=1):
            label = f"&{k} {Path(path).name}" if k < 10 else Path(path).name
            action = menu.addAction(label.replace("&&", "&"))
            action.setToolTip(path)
            action.setStatusTip(path)
            action.setData(path)
            exists = path_is_file(path)
            action.setEnabled(exists)
            if not exists:
                action.setText(action.text() + translate("FileController", " (not found)"))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if files:
            menu.addSeparator()
        clear = menu.addAction(translate("FileController", "Clear Menu"))
        clear.setObjectName("clear_recent")
        clear.setEnabled(bool(files))
        clear.triggered.connect(self.clear_recent_files)
        menu.setToolTipsVisible(True)

    def clear_recent_files(self) -> None:
        """Forget the recent files (the menu shows it when it next opens)."""
        self._settings.set_json("recent_files", [])

    # ---------------------------------------------------------------- drag and drop
    @staticmethod
    def _dropped_file(mime: QMimeData | None) -> str | None:
        if mime is None or not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and Path(url.toLocalFile()).is_file():
                return url.toLocalFile()
        return None

    def accepts_drop(self, mime: QMimeData | None) -> bool:
        """True when the drag carries a local file (call from dragEnterEvent/dragMoveEvent)."""
        return self._dropped_file(mime) is not None

    def handle_drop(self, mime: QMimeData | None) -> bool:
        """Open the first dropped file once the drop has finished (call from dropEvent).

        Opening waits for the event loop so that the file manager the file came from is not
        left frozen behind the open dialog.
        """
        path = self._dropped_file(mime)
        if path is None:
            return False
        QTimer.singleShot(0, self, lambda: self.open_path(path))
        return True

    # ---------------------------------------------------------------- menu actions
    def build_actions(
        self,
        parent: QWidget | None = None,
        views: Sequence[tuple[str, str, object]] = (),
    ) -> list[QAction | QMenu | None]:
        """The File menu's entries: :data:`FILE_COMMANDS`, a separator and an Export submenu.

        ``views`` adds one picture export per view to the submenu, each given as
        ``(id, label, view)``, e.g. ``("data_plot", "Data Plot", window.data_view)``. Every
        action is also added to ``parent`` so that its shortcut works from anywhere.
        """
        owner = parent or self._window
        out: list[QAction | QMenu | None] = [
            None if command is None else self._action(owner, command.id,
                                                      translate("FileController", command.text),
                                                      command.shortcut,
                                                      getattr(self, command.method))
            for command in FILE_COMMANDS
        ]
        menu = QMenu(translate("FileController", "&Export"), owner)
        menu.setObjectName("export_menu")
        history, responsibilities, window = (
            self._action(owner, c.id, translate("FileController", c.text), c.shortcut,
                         getattr(self, c.method))
            for c in EXPORT_COMMANDS
        )
        menu.addActions([history, responsibilities])
        menu.addSeparator()
        for view_id, label, view in views:
            # A view may be given as a function that returns it (a tab built on first use).
            menu.addAction(self._action(
                owner, f"export_{view_id}",
                translate("FileController", "{view} as Picture\u2026").format(view=label), "",
                lambda view=view, name=view_id: self.export_view(
                    view() if callable(view) else view, name=name),
            ))
        menu.addAction(window)
        out += [None, menu]
        return out

    @staticmethod
    def _action(owner: QWidget, action_id: str, text: str, shortcut: str, call) -> QAction:
        from emgui.gui.actions import declare_action  # one registry of shortcuts for Help > F1

        return declare_action(owner, action_id, text, (shortcut,) if shortcut else (), call)


class RecomputeProgress:
    """A QProgressDialog made only when a recomputation reports progress (it is long).

    Called as ``progress(done, total)``; returns False once the user pressed Cancel.
    """

    def __init__(self, parent: QWidget, title: str, text: str) -> None:
        self._parent, self._title, self._text = parent, title, text
        self.dialog: QProgressDialog | None = None

    def __call__(self, done: int, total: int) -> bool:
        if self.dialog is None:
            dialog = QProgressDialog(self._text, "Cancel", 0, total, self._parent)
            dialog.setWindowTitle(self._title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            self.dialog = dialog
        self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total))  # a modal dialog processes events here
        QApplication.processEvents()
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None


@contextlib.contextmanager
def _busy() -> Iterator[None]:
    """A wait cursor while reading or writing (large files take a moment)."""
    app = QApplication.instance()
    if app is None:
        yield
        return
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
