"""The File menu end to end: open data, sessions, saving, exports, recent files, drops, closing.

Why: every path into the app must end the same way. A good file shows its data; a bad file
shows ONE message naming the file, the line and the text, and leaves the session exactly as it
was (same data bits, same history, no signal); a save that fails leaves the old file readable;
a saved session opens to the very same run. Dialogs are scripted, never shown.
"""

from __future__ import annotations

import errno
import json
import struct
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QWidget

from emgui.core import em, sessionfile
from emgui.core.datafile import read_table
from emgui.gui.dialogs.open_data import OpenDataDialog
from emgui.gui.file_controller import EXPORT_COMMANDS, FILE_COMMANDS, FileController
from emgui.gui.player import Player
from emgui.gui.session import EMSession
from emgui.gui.settings import Settings

DATA = Path(__file__).resolve().parent / "data"
OPEN = DATA / "open"
SESSIONS = DATA / "sessions"


class Scripted(FileController):
    """A FileController whose dialogs answer from scripts and whose message boxes are recorded."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.boxes: list[tuple[str, str, str]] = []
        self.answers: list[str] = []
        self.asked: list[str] = []
        self.open_paths: list[str | None] = []
        self.save_paths: list[str | None] = []
        self.tables: list = []
        self.choose = lambda table: OpenDataDialog(table, self._session.start).choice()

    def show_message(self, kind, title, text) -> None:
        self.boxes.append((kind, title, text))

    def ask_save_changes(self, doing):
        self.asked.append(doing)
        return self.answers.pop(0)

    def ask_open_path(self, title, filters):
        return self.open_paths.pop(0) if self.open_paths else None

    def ask_save_path(self, title, filters, suggested):
        return self.save_paths.pop(0) if self.save_paths else None

    def ask_open_choice(self, table):
        self.tables.append(table)
        return self.choose(table)


class App:
    """A window, session, player and controller, as the main window composes them."""

    def __init__(self, qtbot) -> None:
        self.window = QWidget()
        qtbot.addWidget(self.window)
        self.window.resize(600, 400)
        self.session = EMSession(parent=self.window)
        self.player = Player(self.session, self.window)
        self.settings = Settings()
        self.files = Scripted(self.window, self.session, self.settings, self.player)
        self.signals: list = []
        self.messages: list[str] = []
        self.session.changed.connect(self.signals.append)
        self.files.message.connect(self.messages.append)


@pytest.fixture
def app(qtbot) -> App:
    return App(qtbot)


def snapshot(session: EMSession) -> tuple:
    """Everything a session file records, bit for bit (not the data version)."""
    st = session.state
    return (
        st.data.x.tobytes(), None if st.data.z is None else st.data.z.tobytes(),
        st.data.simulation, st.data.source, st.start, st.tol, st.max_iterations, st.half_steps,
        st.position, st.last_position,
        tuple((r.step, struct.pack("<4d", *r.theta.as_tuple(), r.loglik)) for r in st.history),
    )


# ------------------------------------------------------------------------------ open data
GOOD = [
    # name, column used, asks (several columns or far from the model's scale)
    ("one_per_line.txt", "column 1", False),
    ("header_bom_crlf.csv", "score", False),
    ("comments_blanks.txt", "column 1", False),
    ("decimal_comma.csv", "l\u00e4nge", True),
    ("tabs.tsv", "left", True),
    ("heights_cm.csv", "height_cm", True),
]


@pytest.mark.parametrize(("name", "column", "asks"), GOOD)
def test_every_good_format_opens(app: App, name: str, column: str, asks: bool) -> None:
    path = OPEN / name
    assert app.files.open_data(str(path))
    table = read_table(path)
    state = app.session.state
    assert len(app.files.tables) == int(asks)
    assert app.files.boxes == []
    assert len(app.signals) == 1 and state.change == "data"
    assert state.data.simulation is None and name in state.data.source
    if name == "heights_cm.csv":  # in centimetres: standardised by default
        assert "divided by" in state.data.source and "minus" in state.data.source
        assert 0.5 < float(np.std(state.data.x)) < 2.5
    else:
        assert state.data.x.tobytes() == table.column(column).tobytes()
    assert app.settings.recent_files()[0] == str(path.resolve())
    assert app.files.last_folder() == str(OPEN.resolve())
    # An untitled session with nothing to save yet (the data file reproduces it).
    assert not app.files.dirty and app.files.path is None
    app.session.step()
    assert app.files.dirty
    assert app.messages and app.messages[-1].startswith("Opened ")


def test_the_decimal_comma_file_reads_as_numbers(app: App) -> None:
    assert app.files.open_data(str(OPEN / "decimal_comma.csv"))
    first = (OPEN / "decimal_comma.csv").read_text(encoding="utf-8").splitlines()[1]
    assert app.session.state.data.x[0] == float(first.split(";")[0].replace(",", "."))


BAD = [
    ("empty.txt", ["empty.txt", "is empty"]),
    ("only_comments.txt", ["only_comments.txt", "only blank lines and comments"]),
    ("text_value.csv", ["text_value.csv", "line 5", '"abc" is not a number']),
    ("nan.txt", ["nan.txt", "line 3", '"nan"', "NaN"]),
    ("inf.csv", ["inf.csv", "line 3", '"-inf" is infinite']),
    ("binary.dat", ["binary.dat", "binary file"]),
    ("only_text.csv", ["only_text.csv", "no column of numbers", '"name,city"']),
    ("header_only.csv", ["header_only.csv", "no data below it"]),
    ("ragged.csv", ["ragged.csv", "line 3", '("3")']),
]


def _assert_refused(app: App, before: tuple, fragments: list[str], title: str) -> None:
    assert len(app.files.boxes) == 1, app.files.boxes
    kind, box_title, text = app.files.boxes[0]
    assert (kind, box_title) == ("error", title)
    for fragment in fragments:
        assert fragment in text
    assert "\n" not in text and text.endswith(".")
    assert snapshot(app.session) == before
    assert app.signals == []
    assert not app.files.dirty


@pytest.mark.parametrize(("name", "fragments"), BAD)
def test_every_bad_file_is_one_message_and_no_change(
    app: App, name: str, fragments, tmp_path: Path
) -> None:
    for _ in range(3):
        app.session.step()
    assert app.files.save_session_as(str(tmp_path / "s.emgui"))
    before, version = snapshot(app.session), app.session.state.data_version
    app.signals.clear()
    assert not app.files.open_data(str(OPEN / name))
    _assert_refused(app, before, fragments, "Open Data")
    assert app.session.state.data_version == version
    assert app.settings.recent_files() == [str(Path(app.files.path))]  # not the bad file


def test_more_than_ten_million_values_are_refused(app: App, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("0.5\n" * 10_000_001, encoding="utf-8")
    before = snapshot(app.session)
    assert not app.files.open_data(str(path))
    _assert_refused(app, before, ["huge.txt", "10,000,001 values", "10,000,000"], "Open Data")


@pytest.mark.parametrize("where", ["missing", "folder"])
def test_unreadable_paths_are_refused(app: App, tmp_path: Path, where: str) -> None:
    path = tmp_path / "gone.csv" if where == "missing" else tmp_path
    before = snapshot(app.session)
    assert not app.files.open_data(str(path))
    words = ["does not exist"] if where == "missing" else ["is a folder"]
    _assert_refused(app, before, [str(path.name), *words], "Open Data")


def test_cancelling_the_column_dialog_changes_nothing(app: App) -> None:
    app.files.choose = lambda table: None
    before = snapshot(app.session)
    assert not app.files.open_data(str(OPEN / "tabs.tsv"))
    assert snapshot(app.session) == before and app.signals == [] and app.files.boxes == []
    assert app.settings.recent_files() == []


def test_cancelling_the_file_dialog_changes_nothing(app: App) -> None:
    assert not app.files.open_data()
    assert app.signals == [] and app.files.boxes == []


def test_the_file_dialog_path_is_used(app: App) -> None:
    app.files.open_paths = [str(OPEN / "one_per_line.txt")]
    assert app.files.open_data()
    assert "one_per_line.txt" in app.session.state.data.source


# ------------------------------------------------------------------------------ sessions
def _prepare_observed_run(app: App) -> None:
    assert app.files.open_data(str(OPEN / "one_per_line.txt"))
    app.session.set_tolerance(1e-8)
    app.session.set_max_iterations(50)
    app.session.set_half_steps(True)
    for _ in range(9):
        app.session.step()
    app.session.step_back()
    app.session.step_back()
    app.player.set_speed(7.0)
    app.files.set_preset_key("seed")


def test_a_saved_session_opens_to_the_same_run(qtbot, app: App, tmp_path: Path) -> None:
    _prepare_observed_run(app)
    path = tmp_path / "lesson.emgui"
    assert app.files.save_session_as(str(path))
    assert not app.files.dirty and app.files.path == str(path.resolve())
    assert app.files.document_title() == "lesson.emgui"
    saved = snapshot(app.session)
    assert app.session.state.position % 2 == 0  # a half step: the hardest case

    other = App(qtbot)
    speeds, presets = [], []
    other.files.speed_restored.connect(speeds.append)
    other.files.preset_restored.connect(presets.append)
    assert other.files.open_session(str(path))
    assert snapshot(other.session) == saved
    assert len(other.signals) == 1 and other.signals[0].change == "data"
    assert other.files.boxes == []
    assert speeds == [7.0] and other.player.speed == 7.0 and presets == ["seed"]
    assert not other.files.dirty and other.files.path == str(path.resolve())
    assert other.settings.recent_files()[0] == str(path.resolve())


def test_a_simulated_session_round_trip(qtbot, app: App, tmp_path: Path) -> None:
    app.session.new_sample(n=500, sep=3.0, seed=99)
    for _ in range(12):
        app.session.step()
    app.session.seek_iteration(4)
    path = tmp_path / "sim.emgui"
    assert app.files.save_session_as(str(path))
    other = App(qtbot)
    assert other.files.open_session(str(path))
    assert snapshot(other.session) == snapshot(app.session)
    assert other.session.state.data.truth == app.session.state.data.truth


def test_the_restored_session_draws_the_same_picture(qtbot, app: App, tmp_path: Path) -> None:
    """What was on screen: a data view following each session shows the same curves."""
    from emgui.gui.views.data_view import DataView

    for _ in range(4):
        app.session.step()
    path = tmp_path / "view.emgui"
    assert app.files.save_session_as(str(path))
    other = App(qtbot)
    assert other.files.open_session(str(path))
    views = []
    for each in (app, other):
        view = DataView()
        qtbot.addWidget(view)
        view.show_state(each.session.state)
        views.append(view)
    for a, b in zip(views[0].component_curves, views[1].component_curves, strict=True):
        assert np.array_equal(a.getData()[1], b.getData()[1])
    assert np.array_equal(views[0].mixture_curve.getData()[1], views[1].mixture_curve.getData()[1])


def test_save_uses_the_current_file_and_save_as_asks(app: App, tmp_path: Path) -> None:
    first = tmp_path / "a.emgui"
    app.files.save_paths = [str(tmp_path / "a")]  # no suffix: .emgui is added
    assert app.files.save_session()
    assert first.exists() and app.files.path == str(first.resolve())
    app.session.step()
    assert app.files.dirty
    assert app.files.save_session()  # no question: same file
    assert sessionfile.read_session(first).last_position == 3
    assert not app.files.save_session_as()  # cancelled
    assert app.files.path == str(first.resolve())


def test_an_interrupted_save_keeps_the_old_file(app: App, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "lesson.emgui"
    for _ in range(2):
        app.session.step()
    assert app.files.save_session_as(str(path))
    old_text = path.read_text(encoding="utf-8")
    old = snapshot(app.session)
    for _ in range(3):
        app.session.step()
    app.session.set_tolerance(1e-8)  # the user's own setting: lost without saving

    def full_disk(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sessionfile.os, "replace", full_disk)
    assert not app.files.save_session()
    assert len(app.files.boxes) == 1
    kind, _, text = app.files.boxes[0]
    assert kind == "error" and "lesson.emgui" in text and "No space left on device" in text
    assert "unchanged" in text
    assert app.files.dirty  # still unsaved
    assert path.read_text(encoding="utf-8") == old_text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lesson.emgui"]
    monkeypatch.undo()
    app.files.answers = ["cancel"]
    assert not app.files.open_session(str(path))  # unsaved changes: asks first
    app.files.answers = ["discard"]
    assert app.files.open_session(str(path))
    assert snapshot(app.session) == old


def test_quit_does_not_ask_after_reset_of_a_preset_or_a_few_steps(qtbot) -> None:
    """Only what cannot be made again is worth a question: a preset and its steps can."""
    from emgui.core.presets import builtin
    from emgui.gui.main_window import MainWindow

    window = MainWindow(remember=True, file_commands=True)
    qtbot.addWidget(window)
    asked: list[str] = []
    window.files.ask_save_changes = lambda doing: asked.append(doing) or "cancel"
    window.presets_panel.preset_chosen.emit(builtin("well-separated"))
    for _ in range(4):
        window.session.step()
    window.session.reset()
    window.session.step()
    assert window.files.confirm_close() and asked == []
    window.session.set_start(em.Params(0.3, -2.0, 2.0))  # typed by the teacher: ask
    assert not window.files.confirm_close() and asked == ["closing"]


def test_the_save_question_has_a_key_for_every_answer(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    seen: list[list[str]] = []

    def exec_(box) -> int:
        seen.append([b.text() for b in box.buttons()])
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    window = QWidget()
    qtbot.addWidget(window)
    session = EMSession(parent=window)
    files = FileController(window, session, Settings(), Player(session, window))
    assert files.ask_save_changes("closing") == "cancel"
    assert seen and all("&" in text for text in seen[0]) and len(seen[0]) == 3


DAMAGED = [
    "truncated.emgui", "not_json.emgui", "foreign.emgui", "newer.emgui", "pickle.emgui",
    "start_pi_out_of_range.emgui", "observed_cut_short.emgui", "simulated_checksum_differs.emgui",
    "deeply_nested.emgui", "binary.emgui",
]


@pytest.mark.parametrize("name", DAMAGED)
def test_a_damaged_session_changes_nothing(app: App, name: str, tmp_path: Path) -> None:
    app.session.step()
    assert app.files.save_session_as(str(tmp_path / "ok.emgui"))
    before = snapshot(app.session)
    app.signals.clear()
    assert not app.files.open_session(str(SESSIONS / name))
    _assert_refused(app, before, [name], "Open Session")
    assert app.files.path is not None and app.files.path.endswith("ok.emgui")


def _saved_then_edited(app: App, path: Path, edit) -> None:
    """Six steps saved to path, then the file's JSON changed by edit(obj) as a person might."""
    for _ in range(6):
        app.session.step()
    assert app.files.save_session_as(str(path))
    obj = json.loads(path.read_text(encoding="utf-8"))
    edit(obj)
    path.write_text(json.dumps(obj), encoding="utf-8")


def test_a_history_that_recomputes_differently_is_shown_with_a_warning(
    app: App, tmp_path: Path
) -> None:
    def edit(obj) -> None:
        obj["history"][3][4] = obj["history"][3][4] * (1 + 1e-9)

    path = tmp_path / "edited.emgui"
    _saved_then_edited(app, path, edit)
    assert app.files.open_session(str(path))
    assert len(app.files.boxes) == 1
    kind, _, text = app.files.boxes[0]
    assert kind == "warning" and "from step 3 on" in text and "recomputed run is shown" in text


def test_a_history_that_differs_only_in_the_last_bit_opens_silently(
    app: App, tmp_path: Path
) -> None:
    def edit(obj) -> None:
        for row in obj["history"][1:]:
            row[2] = float(np.nextafter(row[2], np.inf))
            row[4] = float(np.nextafter(row[4], 0.0))

    path = tmp_path / "rounded.emgui"
    _saved_then_edited(app, path, edit)
    assert app.files.open_session(str(path))
    assert app.files.boxes == []


def test_a_sample_drawn_differently_opens_from_the_stored_values(app: App) -> None:
    assert app.files.open_session(str(SESSIONS / "simulated_drawn_differently.emgui"))
    assert len(app.files.boxes) == 1 and app.files.boxes[0][0] == "warning"
    sim = em.Simulation()
    other, _ = em.simulate(sim.n, sim.sep, sim.true_pi, sim.seed + 1)
    assert app.session.state.data.x.tobytes() == other.tobytes()


def test_the_stored_corpus_sessions_open(app: App) -> None:
    assert app.files.open_session(str(SESSIONS / "seed_step3.emgui"))
    assert app.session.state.iteration == 3 and app.session.state.last_position == 25
    assert app.files.boxes == []
    app.files.answers = []
    assert app.files.open_session(str(SESSIONS / "observed_half_step.emgui"))
    assert app.session.state.half_steps and app.session.state.position == 8


def test_open_path_recognises_a_session_by_its_content(app: App, tmp_path: Path) -> None:
    path = tmp_path / "lesson.json"
    path.write_bytes((SESSIONS / "seed_step3.emgui").read_bytes())
    assert app.files.open_path(str(path))
    assert app.session.state.iteration == 3
    assert app.files.open_path(str(OPEN / "one_per_line.txt"))
    assert "one_per_line.txt" in app.session.state.data.source


# ------------------------------------------------------------------------------ unsaved changes
def test_dirty_follows_the_session(app: App, tmp_path: Path) -> None:
    flags: list[bool] = []
    app.files.dirty_changed.connect(flags.append)
    assert not app.files.dirty
    app.session.step()
    assert app.files.dirty and flags == [True]
    assert app.files.save_session_as(str(tmp_path / "d.emgui"))
    assert not app.files.dirty and flags == [True, False]
    app.session.step_back()
    assert app.files.dirty
    app.session.step()  # back where it was saved
    assert not app.files.dirty


def test_confirm_close(app: App, tmp_path: Path) -> None:
    assert app.files.confirm_close()  # nothing to save: no question
    assert app.files.asked == []
    app.session.step()
    assert app.files.confirm_close()  # a step of the start-up scenario: Step makes it again
    assert app.files.asked == []
    app.session.set_tolerance(1e-8)  # the user's own setting: lost without saving
    app.files.answers = ["cancel"]
    assert not app.files.confirm_close()
    app.files.answers = ["discard"]
    assert app.files.confirm_close()
    app.files.answers = ["save"]  # untitled: asks for a name, which the user cancels
    assert not app.files.confirm_close()
    app.files.answers = ["save"]
    app.files.save_paths = [str(tmp_path / "closing.emgui")]
    assert app.files.confirm_close()
    assert (tmp_path / "closing.emgui").exists() and not app.files.dirty
    assert app.files.asked == ["closing"] * 4


def test_opening_over_unsaved_changes_asks_first(app: App) -> None:
    app.session.set_tolerance(1e-8)  # the user's own setting: lost without saving
    before = snapshot(app.session)
    app.files.answers = ["cancel"]
    assert not app.files.open_data(str(OPEN / "one_per_line.txt"))
    assert snapshot(app.session) == before
    app.files.answers = ["cancel"]
    assert not app.files.open_session(str(SESSIONS / "seed_step3.emgui"))
    assert snapshot(app.session) == before
    assert app.files.asked == ["opening other data", "opening another session"]


# ------------------------------------------------------------------------------ exports
def test_export_history_and_responsibilities(app: App, tmp_path: Path) -> None:
    for _ in range(4):
        app.session.step()
    state = app.session.state
    assert app.files.export_history_csv(str(tmp_path / "h.csv"))
    lines = (tmp_path / "h.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "step,pi,mu1,mu2,loglik" and len(lines) == len(state.history) + 1
    assert float(lines[-1].split(",")[4]) == state.history[-1].loglik
    assert app.files.export_responsibilities_csv(str(tmp_path / "r.csv"))
    rows = (tmp_path / "r.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "point,x,r,z" and len(rows) == state.data.x.size + 1
    assert np.array_equal([float(r.split(",")[2]) for r in rows[1:]], state.r1)
    assert app.files.boxes == [] and app.messages[-1].startswith("Responsibilities saved")


def test_no_responsibilities_before_the_first_e_step(app: App, tmp_path: Path) -> None:
    app.session.set_half_steps(True)
    app.session.reset()
    assert app.session.state.r is None
    assert not app.files.export_responsibilities_csv(str(tmp_path / "r.csv"))
    assert len(app.files.boxes) == 1 and "no responsibilities yet" in app.files.boxes[0][2]
    assert not (tmp_path / "r.csv").exists()


def test_export_pictures(qtbot, app: App, tmp_path: Path) -> None:
    from emgui.gui.views.data_view import DataView

    view = DataView(app.window)
    view.resize(500, 300)
    view.show_state(app.session.state)
    app.window.show()
    qtbot.waitExposed(app.window)
    assert app.files.export_view(view, str(tmp_path / "data.svg"))
    assert app.files.export_window(str(tmp_path / "window.png"))
    assert (tmp_path / "data.svg").read_bytes().lstrip().startswith(b"<?xml")
    header = (tmp_path / "window.png").read_bytes()[:24]
    assert struct.unpack(">II", header[16:24]) == (1200, 800)
    assert app.files.boxes == []


def test_a_failed_export_is_one_message(app: App, tmp_path: Path) -> None:
    assert not app.files.export_history_csv(str(tmp_path / "no such folder" / "h.csv"))
    assert len(app.files.boxes) == 1 and "h.csv" in app.files.boxes[0][2]
    assert not app.files.export_view(QWidget(), str(tmp_path / "x.gif"))
    assert len(app.files.boxes) == 2 and ".png or .svg" in app.files.boxes[1][2]


# ------------------------------------------------------------------------------ recent, drops
def test_recent_files_menu(app: App, tmp_path: Path) -> None:
    gone = tmp_path / "gone.txt"
    gone.write_text("1\n2\n3\n", encoding="utf-8")
    assert app.files.open_data(str(gone))
    gone.unlink()
    assert app.files.open_data(str(OPEN / "one_per_line.txt"))
    menu = app.files.recent_menu()
    actions = [a for a in menu.actions() if not a.isSeparator()]
    assert [a.text() for a in actions] == [
        "&1 one_per_line.txt", "&2 gone.txt (not found)", "Clear Menu"]
    assert [a.isEnabled() for a in actions] == [True, False, True]
    assert actions[0].toolTip() == str((OPEN / "one_per_line.txt").resolve())
    app.files.answers = ["discard"]
    app.session.set_tolerance(1e-8)  # the user's own setting: lost without saving
    actions[0].trigger()
    assert app.files.asked == ["opening other data"]
    assert app.session.state.last_position == 1  # reopened: a new run from the start
    menu.aboutToShow.emit()  # the menu refills itself each time it opens
    actions = [a for a in menu.actions() if not a.isSeparator()]
    assert actions[0].text() == "&1 one_per_line.txt"
    actions[-1].trigger()
    assert app.settings.recent_files() == []
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == ["Clear Menu"]


def test_a_corrupt_recent_files_setting_gives_an_empty_menu(app: App) -> None:
    app.settings.set("recent_files", "{not json")
    menu = app.files.recent_menu()
    assert [a.text() for a in menu.actions()] == ["Clear Menu"]
    assert not menu.actions()[0].isEnabled()
    app.settings.set_json("recent_files", [3, None, {"a": 1}])
    app.files.populate_recent_menu(menu)
    assert [a.text() for a in menu.actions()] == ["Clear Menu"]


def test_a_corrupt_last_folder_falls_back_to_home(app: App) -> None:
    app.settings.set("files/last_folder", "/no/such/folder")
    assert app.files.last_folder() == str(Path.home())


def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_drops(qtbot, app: App, tmp_path: Path) -> None:
    assert app.files.accepts_drop(_mime(OPEN / "one_per_line.txt"))
    assert not app.files.accepts_drop(_mime(tmp_path))  # a folder
    assert not app.files.accepts_drop(QMimeData())
    text = QMimeData()
    text.setText("1 2 3")
    assert not app.files.accepts_drop(text)
    assert app.files.handle_drop(_mime(tmp_path, OPEN / "one_per_line.txt"))
    assert app.signals == []  # opened after the drop has finished, not inside it
    qtbot.waitUntil(lambda: len(app.signals) == 1)
    assert "one_per_line.txt" in app.session.state.data.source
    assert not app.files.handle_drop(QMimeData())


def test_file_commands_name_real_methods(app: App) -> None:
    commands = [c for c in (*FILE_COMMANDS, *EXPORT_COMMANDS) if c is not None]
    ids = [c.id for c in commands]
    assert len(ids) == len(set(ids))
    shortcuts = [c.shortcut for c in commands if c.shortcut]
    assert len(shortcuts) == len(set(shortcuts))
    for command in commands:
        assert callable(getattr(app.files, command.method))


def test_build_actions_makes_the_menu_and_an_export_submenu(app: App, tmp_path: Path) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from emgui.gui.views.data_view import DataView

    view = DataView(app.window)
    view.resize(400, 250)
    entries = app.files.build_actions(app.window, views=[("data_plot", "Data Plot", view)])
    names = [None if e is None else e.objectName() for e in entries]
    assert names == ["open_data", "open_session", None, "save_session", "save_session_as",
                     None, "export_menu"]
    menu = entries[-1]
    assert isinstance(menu, QMenu)
    inside = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert inside == ["export_history_csv", "export_responsibilities_csv", "export_data_plot",
                      "export_window"]
    shortcut_owner = {a.objectName() for a in app.window.actions()}
    assert {"open_data", "export_history_csv", "export_window"} <= shortcut_owner
    app.files.save_paths = [str(tmp_path / "plot.png")]
    app.window.findChild(QAction, "export_data_plot").trigger()
    assert (tmp_path / "plot.png").read_bytes()[:4] == b"\x89PNG"


# ------------------------------------------------------------------------------ while playing
def test_opening_a_file_pauses_a_running_play(app: App) -> None:
    """A file opens on a still run: nothing plays on behind the dialogs or after loading."""
    app.player.set_speed(30)
    app.player.play()
    assert app.player.playing
    assert app.files.open_data(str(OPEN / "one_per_line.txt"))
    assert not app.player.playing
    app.player.play()
    assert not app.files.open_session(str(OPEN / "no such session.emgui"))
    assert not app.player.playing


def test_the_export_menu_offers_every_plot_and_finishes_a_glide_first(
    qtbot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMenu

    from emgui.gui.main_window import MainWindow

    window = MainWindow(settings=Settings(), remember=False, file_commands=True)
    qtbot.addWidget(window)
    window.files.show_message = lambda *args: None  # no modal box in a test
    window.files.ask_save_changes = lambda doing: "discard"  # closing at teardown
    names = {a.objectName() for a in window.findChild(QMenu, "export_menu").actions()}
    assert {"export_data_plot", "export_likelihood_plot", "export_parameter_plot"} <= names
    view = window.data_view
    view.set_motion_enabled(True)
    view.set_motion_duration(5_000)
    window.session.step()
    assert view.tween.running
    assert window.files.export_view(view, str(tmp_path / "data.png"))
    assert not view.tween.running and view.drawn_theta == window.session.state.theta
    assert (tmp_path / "data.png").stat().st_size > 0


def test_the_dialog_starts_on_the_column_chosen_last_for_that_file(qtbot, monkeypatch) -> None:
    app = App(qtbot)
    files = FileController(app.window, app.session, app.settings, app.player)
    monkeypatch.setattr(files, "show_message", lambda *a: pytest.fail(f"message {a}"))
    shown: list[str] = []
    wanted = ["waiting", None]

    def exec_(dialog) -> int:
        shown.append(dialog.column)
        pick = wanted.pop(0)
        if pick is not None:
            dialog.column_combo.setCurrentIndex(dialog._table.columns.index(pick))
        return OpenDataDialog.DialogCode.Accepted

    monkeypatch.setattr(OpenDataDialog, "exec", exec_)
    path = str(OPEN / "faithful.csv")
    assert files.open_data(path)
    assert app.session.data.x.size == 272
    assert files.open_data(path)  # the second time it starts where the user left it
    assert shown == ["eruptions", "waiting"]


def test_an_unusable_last_folder_falls_back_to_home(app: App, tmp_path: Path) -> None:
    from emgui.gui.file_controller import LAST_FOLDER_KEY

    app.settings.set(LAST_FOLDER_KEY, str(tmp_path / ("x" * 300)))  # a name too long to check
    assert app.files.last_folder() == str(Path.home())
    blocker = tmp_path / "a_file"
    blocker.write_text("", encoding="utf-8")
    app.settings.set(LAST_FOLDER_KEY, str(blocker / "inside"))  # a path through a file
    assert app.files.last_folder() == str(Path.home())


def _faithful_waiting(app: App):
    """The Open Data answer a teacher gives for Old Faithful: its waiting times, standardised."""
    def choose(table):
        dialog = OpenDataDialog(table, app.session.start)
        dialog.column_combo.setCurrentIndex(table.columns.index("waiting"))
        return dialog.choice()

    return choose


def test_standardised_old_faithful_shows_its_means_in_minutes_too(qtbot, app: App) -> None:
    """R's faithful waiting times, divided by the estimated spread within a component."""
    from emgui.gui.panels.point_panel import PointPanel
    from emgui.gui.panels.truth_panel import TruthPanel
    from emgui.gui.views import DataView

    app.files.choose = _faithful_waiting(app)
    assert app.files.open_data(str(OPEN / "faithful.csv"))
    scale = app.session.data.scale
    assert scale is not None and scale.name == "waiting" and scale.scale != 1.0
    while not app.session.state.converged:
        app.session.step()
    theta = app.session.state.theta
    low, high = sorted((scale.original(theta.mu1), scale.original(theta.mu2)))
    assert low == pytest.approx(54.6, abs=0.3) and high == pytest.approx(80.1, abs=0.3)
    view = DataView()
    qtbot.addWidget(view)
    view.show_state(app.session.state)
    labels = [line.label.toPlainText() for line in view.mean_lines]
    assert any(f"{low:.4g} waiting" in text for text in labels), labels
    assert any(f"{high:.4g} waiting" in text for text in labels), labels
    truth = TruthPanel()
    qtbot.addWidget(truth)
    truth.show_state(app.session.state)
    truth.draw(app.session.state)
    assert "In the file's units (waiting)" in truth.text()
    point = PointPanel()
    qtbot.addWidget(point)
    point.show_state(app.session.state)
    point.set_point(0)
    point.draw(app.session.state)
    assert "in waiting" in point.text() and "79" in point.text()  # R's first waiting time


def test_a_saved_session_keeps_the_standardisation(app: App, tmp_path: Path) -> None:
    app.files.choose = _faithful_waiting(app)
    assert app.files.open_data(str(OPEN / "faithful.csv"))
    scale = app.session.data.scale
    for _ in range(4):
        app.session.step()
    path = tmp_path / "faithful.emgui"
    assert app.files.save_session_as(str(path))
    app.session.new_sample()
    assert app.session.data.scale is None
    app.files.answers = ["discard"]
    assert app.files.open_session(str(path))
    assert app.session.data.scale == scale and app.files.boxes == []


def test_the_status_bar_says_the_encoding_and_what_was_left_out(app: App) -> None:
    real = DATA / "real"
    app.files.choose = lambda table: OpenDataDialog(table, app.session.start).choice()
    assert app.files.open_data(str(real / "excel_fr_semicolon_cp1252.csv"))
    assert "(read as Windows-1252 text)" in app.messages[-1]
    assert app.files.open_data(str(real / "missing_values.csv"))
    assert "missing" in app.messages[-1] and "line" in app.messages[-1]
    assert app.session.data.x.size == 1
