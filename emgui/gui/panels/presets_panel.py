"""The "What to try" list: one click loads a scenario, with a sentence on what to watch.

Built-in presets come from :mod:`emgui.core.presets`; a teacher's own presets are made from the
current settings and kept between runs in the settings under ``user_presets`` (entries that
cannot be read are skipped). The panel never touches the session: it emits ``preset_chosen``.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from emgui.core import mixture as mx
from emgui.core.em import Params, Simulation
from emgui.core.mixture import Mixture, MixtureSimulation, Model
from emgui.core.presets import (
    BUILTIN_PRESETS,
    MAX_EXPLANATION,
    MAX_TITLE,
    Preset,
    load_user_presets,
    new_user_key,
    preset_to_json,
)
from emgui.gui import look
from emgui.gui.panels.formula import fmt_count, fmt_plain, fmt_tolerance, var
from emgui.gui.session import SessionState
from emgui.gui.settings import Settings

__all__ = ["SETTINGS_KEY", "PresetsPanel", "SavePresetDialog", "describe_settings"]

log = logging.getLogger(__name__)
SETTINGS_KEY = "user_presets"
#: Wider than this, the explanation sits beside the list instead of under it.
SIDE_BY_SIDE_WIDTH = 720
#: The widest the list asks to be for its titles, at 100 % (a long title of one's own scrolls).
LIST_WIDTH_CAP = 400


def describe_settings(
    simulation: Simulation | MixtureSimulation, start: Params | Mixture, tol: float,
    model: Model | None = None,
) -> str:
    """One rich-text line with the numbers behind a preset, for the explanation box."""
    f = fmt_plain
    model = Model() if model is None else model
    theta = mx.as_mixture(start)
    if isinstance(simulation, MixtureSimulation):
        truth = simulation.truth_mixture
        sample = (f"Sample: {var('n')} = {fmt_count(simulation.n)} from {truth.k} components "
                  f"(means {', '.join(f(v) for v in truth.means)}), seed {simulation.seed}.")
    else:
        sample = (f"Sample: {var('n')} = {fmt_count(simulation.n)}, separation "
                  f"{f(simulation.sep)}, true {var('π')} = {f(simulation.true_pi)}, seed "
                  f"{simulation.seed}.")
    if model.is_seed and theta.sds == (1.0, 1.0):
        begin = (f"Start: {var('π')} = {f(theta.pi)}, {var('μ', '1')} = {f(theta.mu1)}, "
                 f"{var('μ', '2')} = {f(theta.mu2)}")
    else:
        means = ", ".join(f(v) for v in theta.means)
        begin = f"Model: {model.describe()}.<br>Start: means {means}"
        if model.estimates_variance:
            begin += f", σ {', '.join(f(v) for v in theta.sds)}"
        if model.estimates_variance and model.sd_floor == 0:
            begin += " (no σ floor)"
    return f"{sample}<br>{begin}; tolerance {fmt_tolerance(tol)}"


class SavePresetDialog(QDialog):
    """Asks for a title and a short explanation for a teacher's own preset."""

    def __init__(self, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Save current settings as a preset")
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setPlaceholderText("e.g. Tuesday's demo: overlapping groups")
        self.explanation_edit = QPlainTextEdit()
        self.explanation_edit.setPlaceholderText("What should students notice? (optional)")
        self.explanation_edit.setTabChangesFocus(True)
        self.explanation_edit.setMinimumHeight(90)
        numbers = QLabel(summary)
        numbers.setTextFormat(Qt.TextFormat.RichText)
        numbers.setWordWrap(True)
        form = QFormLayout()
        form.addRow("&Title:", self.title_edit)
        form.addRow("&Explanation:", self.explanation_edit)
        form.addRow("Settings:", numbers)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(520, self.sizeHint().height())

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        ok.setEnabled(bool(self.title_edit.text().strip()))

    def title(self) -> str:
        return self.title_edit.text().strip()

    def explanation(self) -> str:
        return self.explanation_edit.toPlainText().strip()[:MAX_EXPLANATION]


class PresetsPanel(QWidget):
    """Built-in and saved presets with their explanation; Load, Save current, Delete."""

    #: A Preset to load: the window calls session.simulate_from(p.simulation, p.start) and
    #: session.set_tolerance(p.tol).
    preset_chosen = Signal(object)
    #: The teacher's presets changed (saved or deleted); carries the new list of Presets.
    user_presets_changed = Signal(object)

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else Settings()
        self._state: SessionState | None = None
        self._user: list[Preset] = load_user_presets(self._settings.get_json(SETTINGS_KEY, []))

        self._list = QListWidget()
        self._list.setObjectName("presetList")
        self._list.setAccessibleName("Presets")
        self._list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._list.setStyleSheet("QListWidget#presetList::item { padding: 4px 2px; }")
        list_font = self._list.font()
        list_font.setPointSizeF(list_font.pointSizeF() * 1.1)
        self._list.setFont(list_font)
        self._list.currentItemChanged.connect(self._current_changed)
        self._list.itemActivated.connect(lambda _item: self.load_selected())
        self._explanation = QLabel()
        self._explanation.setObjectName("presetExplanation")
        self._explanation.setTextFormat(Qt.TextFormat.RichText)
        self._explanation.setWordWrap(True)
        self._explanation.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._explanation.setMinimumWidth(260)
        self._explanation.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._explanation.setContentsMargins(6, 4, 6, 4)
        font = self._explanation.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self._explanation.setFont(font)

        self._load = QPushButton("&Load")
        self._load.setDefault(True)
        self._load.setToolTip(
            "Draw this sample and start EM from this preset's start values (or double-click "
            "the preset, or press Enter in the list)"
        )
        self._load.clicked.connect(self.load_selected)
        self._save = QPushButton("&Save as preset…")  # short: fits a narrow side column
        self._save.clicked.connect(self._ask_and_save)
        self._delete = QPushButton("&Delete")
        self._delete.setToolTip("Delete this preset of your own (built-in presets stay)")
        self._delete.clicked.connect(lambda: self.delete_selected(confirm=True))

        buttons = QHBoxLayout()
        buttons.addWidget(self._load)
        buttons.addStretch(1)
        buttons.addWidget(self._save)
        buttons.addWidget(self._delete)

        self._split = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._split.addWidget(self._list, 1)
        self._split.addWidget(self._explanation, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(self._split, 1)
        layout.addLayout(buttons)

        self._fill(select=BUILTIN_PRESETS[0].key)
        self._update_save()

    # ---------------------------------------------------------------- reading
    def presets(self) -> list[Preset]:
        """Every preset in the list, built-in first."""
        return [*BUILTIN_PRESETS, *self._user]

    @property
    def user_presets(self) -> list[Preset]:
        return list(self._user)

    def selected(self) -> Preset | None:
        item = self._list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def explanation_text(self) -> str:
        return self._explanation.text()

    # ---------------------------------------------------------------- slots
    def show_state(self, state: SessionState) -> None:
        """Slot for ``EMSession.changed``: remembers what "Save current" would save."""
        self._state = state
        self._update_save()

    def select(self, key: str) -> bool:
        """Select the preset with this key; False if there is none."""
        for row in range(self._list.count()):
            preset = self._list.item(row).data(Qt.ItemDataRole.UserRole)
            if preset.key == key:
                self._list.setCurrentRow(row)
                return True
        return False

    def load_selected(self) -> None:
        preset = self.selected()
        if preset is not None:
            self.preset_chosen.emit(preset)

    def save_current(self, title: str, explanation: str = "") -> Preset:
        """Store the current sample settings, start and tolerance as a preset of one's own.

        Raises ValueError with a plain sentence when there is nothing that could be saved.
        """
        state = self._state
        if state is None or state.data.simulation is None:
            raise ValueError("Only simulated data can be saved as a preset; these data came "
                             "from a file.")
        title = title.strip()
        existing = [p.key for p in self.presets()]
        preset = Preset(
            key=new_user_key(title, existing),
            title=title,
            explanation=explanation.strip(),
            simulation=state.data.simulation,
            start=state.start,
            iterations=None,
            tol=state.tol,
            model=state.model,
        )
        self._user.append(preset)
        self._store()
        self._fill(select=preset.key)
        return preset

    def delete_selected(self, confirm: bool = False) -> bool:
        """Delete the selected preset if it is one of the teacher's own; True if deleted."""
        preset = self.selected()
        if preset is None or not preset.is_user:
            return False
        if confirm:
            answer = QMessageBox.question(
                self, "Delete preset", f"Delete the preset “{preset.title}”?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        row = self._list.currentRow()
        self._user = [p for p in self._user if p.key != preset.key]
        self._store()
        self._fill()
        self._list.setCurrentRow(min(row, self._list.count() - 1))
        return True

    # ---------------------------------------------------------------- internals
    def _store(self) -> None:
        self._settings.set_json(SETTINGS_KEY, [preset_to_json(p) for p in self._user])
        self.user_presets_changed.emit(list(self._user))

    def _fill(self, select: str | None = None) -> None:
        current = select or (self.selected().key if self.selected() is not None else None)
        self._list.blockSignals(True)
        self._list.clear()
        for preset in self.presets():
            label = f"★ {preset.title}" if preset.is_user else preset.title
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, preset)
            item.setToolTip("Your own preset" if preset.is_user else "Built-in preset")
            self._list.addItem(item)
        self._list.blockSignals(False)
        if current is None or not self.select(current):
            self._list.setCurrentRow(0)
        self._current_changed()
        self.refit()

    def refit(self) -> None:
        """Room for the titles (within reason): the side column widens rather than the list
        scrolling sideways, also at a larger zoom (called again after one)."""
        need = (self._list.sizeHintForColumn(0) + 2 * self._list.frameWidth()
                + self._list.verticalScrollBar().sizeHint().width())
        self._list.setMinimumWidth(min(need, look.pixels(LIST_WIDTH_CAP)))

    def _current_changed(self, *_args: object) -> None:
        preset = self.selected()
        self._load.setEnabled(preset is not None)
        self._delete.setEnabled(preset is not None and preset.is_user)
        if preset is None:
            self._explanation.setText("")
            return
        text = html.escape(preset.explanation) or "<i>No explanation was written.</i>"
        suggestion = ""
        if preset.iterations is not None:
            suggestion = f"; suggested: {preset.iterations} steps"
        origin = " (your own preset)" if preset.is_user else ""
        numbers = describe_settings(preset.simulation, preset.start, preset.tol, preset.model)
        self._explanation.setText(
            f"<p><b>{html.escape(preset.title)}</b>{origin}</p><p>{text}</p>"
            f'<p style="color:#555555;">{numbers}{suggestion}</p>'
        )

    def _update_save(self) -> None:
        simulated = self._state is not None and self._state.data.simulation is not None
        self._save.setEnabled(simulated)
        self._save.setToolTip(
            "Keep the current sample settings, start values and tolerance as a preset"
            if simulated
            else "Only simulated data can be saved as a preset"
        )

    def _ask_and_save(self) -> None:
        state = self._state
        if state is None or state.data.simulation is None:
            return
        summary = describe_settings(state.data.simulation, state.start, state.tol, state.model)
        dialog = SavePresetDialog(summary, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.save_current(dialog.title(), dialog.explanation())
        except ValueError as error:
            QMessageBox.warning(self, "Cannot save the preset", str(error))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Explanation beside the list when there is room, under it in a narrow side panel."""
        super().resizeEvent(event)
        wide = event.size().width() >= SIDE_BY_SIDE_WIDTH
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._split.direction() != direction:
            self._split.setDirection(direction)
            # Under the list the explanation takes only its own height; beside it, 3/5 of it.
            self._split.setStretch(0, 2 if wide else 1)
            self._split.setStretch(1, 3 if wide else 0)
