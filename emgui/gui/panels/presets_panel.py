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
from emgui.gui.i18n import localized, translate
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
        sample = translate("PresetsPanel", "Sample: {n} = {count} from {k} components "
                           "(means {means}), seed {seed}.").format(
            n=var("n"), count=fmt_count(simulation.n), k=truth.k,
            means=LIST_SEP().join(f(v) for v in truth.means), seed=simulation.seed)
    else:
        sample = translate("PresetsPanel", "Sample: {n} = {count}, separation {sep}, "
                           "true {pi} = {true_pi}, seed {seed}.").format(
            n=var("n"), count=fmt_count(simulation.n), sep=f(simulation.sep), pi=var("π"),
            true_pi=f(simulation.true_pi), seed=simulation.seed)
    if model.is_seed and theta.sds == (1.0, 1.0):
        begin = translate("PresetsPanel", "Start: {values}").format(
            values=LIST_SEP().join((f"{var('π')} = {f(theta.pi)}", f"{var('μ', '1')} = "
                                    f"{f(theta.mu1)}", f"{var('μ', '2')} = {f(theta.mu2)}")))
    else:
        means = LIST_SEP().join(f(v) for v in theta.means)
        begin = translate("PresetsPanel", "Model: {model}.<br>Start: means {means}").format(
            model=model_text(model), means=means)
        if model.estimates_variance:
            begin += f"{LIST_SEP()}σ {LIST_SEP().join(f(v) for v in theta.sds)}"
        if model.estimates_variance and model.sd_floor == 0:
            begin += translate("PresetsPanel", " (no σ floor)")
    return translate("PresetsPanel", "{sample}<br>{start}; tolerance {tol}").format(
        sample=sample, start=begin, tol=fmt_tolerance(tol))


def LIST_SEP() -> str:
    """', ' between numbers; '; ' where the decimal separator is a comma."""
    return "; " if localized("0.5") != "0.5" else ", "


def model_text(model: Model) -> str:
    """'3 components, variances shared', in the chosen language."""
    form = translate("Mixture", mx.VARIANCE_NAMES[model.variance])
    if model.k == 1:
        return translate("PresetsPanel", "1 component, variances {form}").format(form=form)
    return translate("PresetsPanel", "{k} components, variances {form}").format(
        k=model.k, form=form)


class SavePresetDialog(QDialog):
    """Asks for a title and a short explanation for a teacher's own preset."""

    def __init__(self, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PresetsPanel", "Save current settings as a preset"))
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setPlaceholderText(translate("PresetsPanel",
                "e.g. Tuesday's demo: overlapping groups"))
        self.explanation_edit = QPlainTextEdit()
        self.explanation_edit.setPlaceholderText(translate("PresetsPanel",
                "What should students notice? (optional)"))
        self.explanation_edit.setTabChangesFocus(True)
        self.explanation_edit.setMinimumHeight(90)
        numbers = QLabel(summary)
        numbers.setTextFormat(Qt.TextFormat.RichText)
        numbers.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("PresetsPanel", "&Title:"), self.title_edit)
        form.addRow(translate("PresetsPanel", "&Explanation:"), self.explanation_edit)
        form.addRow(translate("PresetsPanel", "Settings:"), numbers)
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
        self._list.setAccessibleName(translate("PresetsPanel", "Presets"))
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

        self._load = QPushButton(translate("PresetsPanel", "&Load"))
        self._load.setDefault(True)
        self._load.setToolTip(
            translate("PresetsPanel", "Draw this sample and start EM from this preset's start "
                      "values (or double-click the preset, or press Enter in the list)")
        )
        self._load.clicked.connect(self.load_selected)
        self._save = QPushButton(translate("PresetsPanel",
                "&Save as preset…"))  # short: fits a narrow side column
        self._save.clicked.connect(self._ask_and_save)
        self._delete = QPushButton(translate("PresetsPanel", "&Delete"))
        self._delete.setToolTip(translate("PresetsPanel",
                "Delete this preset of your own (built-in presets stay)"))
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
            raise ValueError(translate("PresetsPanel", "Only simulated data can be saved as a "
                                       "preset; these data came from a file."))
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
                self, translate("PresetsPanel", "Delete preset"),
                translate("PresetsPanel", "Delete the preset “{title}”?").format(
                    title=preset.title),
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
            label = f"★ {preset.title}" if preset.is_user else translate("Presets", preset.title)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, preset)
            item.setToolTip(translate("PresetsPanel", "Your own preset") if preset.is_user
                            else translate("PresetsPanel", "Built-in preset"))
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
        title = preset.title if preset.is_user else translate("Presets", preset.title)
        explanation = (preset.explanation if preset.is_user
                       else translate("Presets", preset.explanation))
        text = html.escape(explanation) or translate("PresetsPanel",
                                                     "<i>No explanation was written.</i>")
        suggestion = ""
        if preset.iterations is not None:
            suggestion = translate("PresetsPanel", "; suggested: {n} steps").format(
                n=preset.iterations)
        origin = translate("PresetsPanel", " (your own preset)") if preset.is_user else ""
        numbers = describe_settings(preset.simulation, preset.start, preset.tol, preset.model)
        self._explanation.setText(
            f"<p><b>{html.escape(title)}</b>{origin}</p><p>{text}</p>"
            f'<p style="color:#555555;">{numbers}{suggestion}</p>'
        )

    def _update_save(self) -> None:
        simulated = self._state is not None and self._state.data.simulation is not None
        self._save.setEnabled(simulated)
        self._save.setToolTip(
            translate("PresetsPanel", "Keep the current sample settings, start values and "
                      "tolerance as a preset")
            if simulated
            else translate("PresetsPanel", "Only simulated data can be saved as a preset")
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
            QMessageBox.warning(self, translate("PresetsPanel",
                    "Cannot save the preset"), str(error))

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
