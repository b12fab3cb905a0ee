"""The inputs panel: data, start values, stopping rule and playback preferences.

The panel is a view like the plots: :meth:`ControlsPanel.show_state` copies the session's values
into the widgets (with the widgets' own signals blocked, so nothing loops back), and every user
gesture leaves as a signal carrying a complete request (a Simulation, a Params, a number). The
main window hands the requests to the session; if the session refuses one, the panel shows the
sentence in its message line and :meth:`show_state` puts the widgets back.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from emgui.core import em
from emgui.core import mixture as mx
from emgui.core.mixture import Mixture, Model
from emgui.gui.i18n import localized, translate
from emgui.gui.session import DEFAULT_SIMULATION, SessionState, Simulation
from emgui.gui.status import as_sentence, format_tolerance

# The boxes take every value the session accepts, so they never show a clamped number.
MAX_N = em.Simulation.MAX_N
MAX_SEED = em.Simulation.SEED_LIMIT - 1
MAX_SEPARATION = em.Simulation.MAX_SEP
MEAN_LIMIT = 1e6
MIN_TOL = 1e-12
MAX_TOL = 1.0
MAX_ITERATIONS = 100_000  # the session's own limit
MIN_SPEED = 1
MAX_SPEED = 30


@contextlib.contextmanager
def signals_blocked(*objects: QObject) -> Iterator[None]:
    """Block the objects' signals for the block (model-to-widget updates must not echo back)."""
    previous = [obj.blockSignals(True) for obj in objects]
    try:
        yield
    finally:
        for obj, was in zip(objects, previous, strict=True):
            obj.blockSignals(was)


def next_seed(seed: int) -> int:
    """The seed 'New sample' uses: the next one, so a class can reproduce the sequence."""
    return 0 if seed >= MAX_SEED else seed + 1


def parse_tolerance(text: str) -> float:
    """The tolerance typed by a user; raises ValueError with a sentence if it is impossible."""
    try:
        if "_" in text:  # Python's float takes 1_0e-7; a person did not mean 10e-7
            raise ValueError(text)
        value = float(text.strip().replace("\u2212", "-"))
    except ValueError:
        raise ValueError(
            translate("Controls",
                    "The tolerance must be a number such as 1e-6, not \u201c{text}\u201d.")
            .format(text=text.strip())
        ) from None
    if not (math.isfinite(value) and MIN_TOL <= value <= MAX_TOL):
        raise ValueError(
            translate("Controls",
                    "The tolerance must lie between {low} and {high}, not \u201c{text}\u201d.")
            .format(low=format_tolerance(MIN_TOL), high=format_tolerance(MAX_TOL),
                    text=text.strip())
        )
    return value


class LogSpinBox(QAbstractSpinBox):
    """A number box whose arrows multiply or divide by 10 and that accepts typed 1e-6 notation.

    It never corrects the text by itself: :attr:`value_entered` carries the typed value and
    :attr:`rejected` a sentence for anything impossible, so the panel can say what was wrong.
    """

    value_entered = Signal(float)
    rejected = Signal(str)

    def __init__(self, value: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = value
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setKeyboardTracking(False)
        self.lineEdit().setText(format_tolerance(value))
        self.editingFinished.connect(self._commit)

    def value(self) -> float:
        return self._value

    def set_value(self, value: float) -> None:
        """Show value (no signal)."""
        self._value = value
        self.lineEdit().setText(format_tolerance(value))

    def validate(self, text: str, pos: int) -> object:
        # Anything may be typed; the check happens once, when editing finishes.
        return QValidator.State.Acceptable, text, pos

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self._value < MAX_TOL * (1 - 1e-9):
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if self._value > MIN_TOL * (1 + 1e-9):
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags

    def stepBy(self, steps: int) -> None:
        exponent = round(math.log10(self._value)) + steps
        value = min(MAX_TOL, max(MIN_TOL, 10.0**exponent))
        self.set_value(float(f"{value:.0e}"))
        self.value_entered.emit(self._value)

    def _commit(self) -> None:
        text = self.lineEdit().text()
        if text == format_tolerance(self._value):
            return
        try:
            value = parse_tolerance(text)
        except ValueError as exc:
            self.lineEdit().setText(format_tolerance(self._value))
            self.rejected.emit(str(exc))
            return
        self.set_value(value)
        self.value_entered.emit(value)


class _WheelGuard(QObject):
    """Lets a number box take the mouse wheel only once it has the keyboard focus: scrolling
    the Setup panel must never change a value the pointer happens to pass over."""

    def eventFilter(self, watched: QObject, event) -> bool:
        if event.type() == QEvent.Type.Wheel and not watched.hasFocus():
            event.ignore()
            return True
        return False


WHEEL_GUARD = _WheelGuard()


def guard_wheel(box: QAbstractSpinBox) -> None:
    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    box.installEventFilter(WHEEL_GUARD)


def _spin(lo: int, hi: int, tip: str, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    guard_wheel(box)
    box.setRange(lo, hi)
    box.setSuffix(suffix)
    box.setToolTip(tip)
    box.setKeyboardTracking(False)  # one request when typing ends, not one per digit
    box.setGroupSeparatorShown(True)
    box.setAccelerated(True)
    return box


class MinusSignSpinBox(QDoubleSpinBox):
    """A number box that takes the typographic minus sign (U+2212, pasted from the course
    notes or typed on some keyboards) as a minus, instead of silently dropping it."""

    def validate(self, text: str, pos: int):
        return super().validate(text.replace("\u2212", "-"), pos)

    def valueFromText(self, text: str) -> float:
        return super().valueFromText(text.replace("\u2212", "-"))

    def fixup(self, text: str) -> str:
        return super().fixup(text.replace("\u2212", "-"))


def _dspin(
    lo: float, hi: float, step: float, decimals: int, tip: str, suffix: str = ""
) -> QDoubleSpinBox:
    box = MinusSignSpinBox()
    guard_wheel(box)
    box.setRange(lo, hi)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    box.setSuffix(suffix)
    box.setToolTip(tip)
    box.setKeyboardTracking(False)
    return box


class _FreshCombo(QComboBox):
    """A combo box whose smallest size follows its font: QComboBox keeps the minimum size it
    measured at a larger zoom, and the side column would stay wide after zooming back."""

    def minimumSizeHint(self):
        return self.sizeHint()


SUBSCRIPT = "\u2080\u2081\u2082\u2083\u2084\u2085\u2086"


class ControlsPanel(QWidget):
    """Spin boxes, slider and check boxes for everything a student may change."""

    #: A new simulated sample was asked for (a validated-looking Simulation; the session checks).
    simulation_requested = Signal(object)
    #: New start parameters (a Mixture) were asked for.
    start_requested = Signal(object)
    #: Another model (a mixture.Model: K, the variance form, the sigma floor) was asked for.
    model_requested = Signal(object)
    tolerance_requested = Signal(float)
    max_iterations_requested = Signal(int)
    new_sample_requested = Signal()
    speed_changed = Signal(float)
    smooth_motion_toggled = Signal(bool)
    half_steps_toggled = Signal(bool)
    show_truth_toggled = Signal(bool)
    #: A sentence describing an impossible value the user typed (nothing was changed).
    invalid_input = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("controls")
        self._simulation: Simulation = DEFAULT_SIMULATION
        self._start = Mixture((0.5, 0.5), (-0.5, 0.5), (1.0, 1.0))
        self._model = Model()
        self._shown: tuple | None = None

        # Data ------------------------------------------------------------------------------
        self.n_box = _spin(1, MAX_N, translate("Controls",
                "Number of points to simulate (1 to {max}).")
                           .format(max=localized(f"{MAX_N:,}")), translate("Controls", " points"))
        self.n_box.setObjectName("n_box")
        self.sep_box = _dspin(
            0.0, MAX_SEPARATION, 0.1, 1,
            translate("Controls",
                    "Distance between the true means: component 1 sits at \u2212sep/2, "
                      "component 2 at +sep/2 (both with variance 1)."),
        )
        self.sep_box.setObjectName("sep_box")
        self.true_pi_box = _dspin(
            0.0, 1.0, 0.05, 2, translate("Controls",
                    "True share of points drawn from component 1 (blue).")
        )
        self.true_pi_box.setObjectName("true_pi_box")
        self.seed_box = _spin(
            0, MAX_SEED, translate("Controls",
                    "Random seed: the same seed always draws the same sample.")
        )
        self.seed_box.setObjectName("seed_box")
        self.seed_box.setGroupSeparatorShown(False)
        self.new_sample_button = QPushButton(translate("Controls", "New sample"))
        self.new_sample_button.setObjectName("new_sample_button")
        self.new_sample_button.setToolTip(translate("Controls",
                "Draw a new sample with the next seed and start over."))
        self.file_note = QLabel()
        # A file name is shown as written, never read as markup ("<b>x</b>.csv").
        self.file_note.setTextFormat(Qt.TextFormat.PlainText)
        self.file_note.setObjectName("file_note")
        self.file_note.setWordWrap(True)
        self.file_note.setTextFormat(Qt.TextFormat.PlainText)  # a file's name, shown as named
        self.file_note.hide()

        data_box = QGroupBox(translate("Controls", "Data"))
        # The note under the form, in a box layout: a form's spanning row may get the height
        # of its text at another width (the note was cut off once the panel scrolled).
        data_column = QVBoxLayout(data_box)
        data_column.setContentsMargins(0, 0, 0, 4)
        data_column.setSpacing(0)
        data_form = self._form(None)
        data_column.addLayout(data_form)
        data_form.addRow("n", self.n_box)
        data_form.addRow(translate("Controls", "Separation"), self.sep_box)
        data_form.addRow(translate("Controls", "True \u03c0"), self.true_pi_box)
        data_form.addRow(translate("Controls", "Seed"), self.seed_box)
        note_row = QHBoxLayout()
        note_row.setContentsMargins(8, 0, 8, 0)
        note_row.addWidget(self.file_note)
        data_column.addLayout(note_row)
        button_row = QHBoxLayout()
        button_row.setContentsMargins(8, 0, 8, 0)
        button_row.addWidget(self.new_sample_button)
        data_column.addLayout(button_row)

        # Model -----------------------------------------------------------------------------
        self.components_box = _spin(
            1, mx.MAX_COMPONENTS,
            translate("Controls", "Number of components K (1 to {max}). Changing it starts over "
                      "with the means at the data's quantiles.").format(max=mx.MAX_COMPONENTS),
        )
        self.components_box.setObjectName("components_box")
        self.components_box.setValue(2)
        self.variance_combo = _FreshCombo()
        self.variance_combo.setObjectName("variance_combo")
        for form in mx.VARIANCES:
            self.variance_combo.addItem(translate("Mixture", mx.VARIANCE_NAMES[form]), form)
        self.variance_combo.setToolTip(
            translate("Controls",
                    "Fixed at 1: the course's model. Shared: one σ for every component, "
                      "estimated. Each its own: one σ per component, estimated (the likelihood "
                      "then has no maximum: a component can shrink onto one point).")
        )
        self.floor_check = QCheckBox(translate("Controls", "Floor on σ (1/1000 of spread)"))
        self.floor_check.setObjectName("sd_floor_check")
        self.floor_check.setChecked(True)
        self.floor_check.setToolTip(
            translate("Controls",
                    "A floor on σ. Off, a component can collapse onto a single point: σ goes "
                      "to 0 and the log likelihood grows without bound. Turn it off to show that.")
        )
        model_box = QGroupBox(translate("Controls", "Model"))
        model_form = self._form(model_box)
        model_form.addRow(translate("Controls", "Components"), self.components_box)
        model_form.addRow(translate("Controls", "Variances"), self.variance_combo)
        model_form.addRow(self.floor_check)
        self._model_form = model_form

        # Start -----------------------------------------------------------------------------
        self.pi_box = _dspin(
            0.001, 0.999, 0.05, 3, translate("Controls",
                    "Start value of \u03c0 = P(Z = 1), the weight of component 1.")
        )
        self.pi_box.setObjectName("start_pi_box")
        self.mu1_box = _dspin(
            -MEAN_LIMIT, MEAN_LIMIT, 0.1, 3,
            translate("Controls",
                    "Start value of \u03bc\u2081 (blue). You can also drag the blue marker at "
                    "step 0."),
        )
        self.mu1_box.setObjectName("start_mu1_box")
        self.mu2_box = _dspin(
            -MEAN_LIMIT, MEAN_LIMIT, 0.1, 3,
            translate("Controls",
                    "Start value of \u03bc\u2082 (orange). You can also drag the orange marker "
                    "at step 0."),
        )
        self.mu2_box.setObjectName("start_mu2_box")
        # Means of components 3..6 (shown when the model has them).
        self.more_mean_boxes = []
        for k in range(3, mx.MAX_COMPONENTS + 1):
            box = _dspin(-MEAN_LIMIT, MEAN_LIMIT, 0.1, 3,
                         translate("Controls",
                                 "Start value of \u03bc{k}. You can also drag its marker "
                                   "at step 0.").format(k=SUBSCRIPT[k]))
            box.setObjectName(f"start_mu{k}_box")
            self.more_mean_boxes.append(box)
        self.sd_box = _dspin(
            1e-6, MEAN_LIMIT, 0.1, 3,
            translate("Controls",
                    "Start value of \u03c3 for every component. At step 0 you can also "
                      "drag a component's dotted \u03c3 handle."),
        )
        self.sd_box.setObjectName("start_sd_box")
        self.weights_note = QLabel(translate("Controls", "Weights start equal, 1/K each."))
        self.weights_note.setObjectName("weights_note")
        self.weights_note.setWordWrap(True)
        start_box = QGroupBox(translate("Controls", "Start values"))
        start_form = self._form(start_box)
        self._start_form = start_form
        start_form.addRow("\u03c0", self.pi_box)
        start_form.addRow("\u03bc\u2081", self.mu1_box)
        start_form.addRow("\u03bc\u2082", self.mu2_box)
        for k, box in enumerate(self.more_mean_boxes, start=3):
            start_form.addRow(f"\u03bc{SUBSCRIPT[k]}", box)
        start_form.addRow("\u03c3", self.sd_box)
        start_form.addRow(self.weights_note)

        # Stopping --------------------------------------------------------------------------
        self.tol_box = LogSpinBox(1e-6)
        guard_wheel(self.tol_box)
        self.tol_box.setObjectName("tolerance_box")
        self.tol_box.setToolTip(
            translate("Controls", "Converged when the log likelihood rises by less than this. "
                      "Type a number such as 1e-6; the arrows multiply or divide by 10.")
        )
        self.max_iter_box = _spin(
            1, MAX_ITERATIONS, translate("Controls",
                    "Play stops after this many iterations even if not converged.")
        )
        self.max_iter_box.setObjectName("max_iterations_box")
        stop_box = QGroupBox(translate("Controls", "Stopping rule"))
        stop_form = self._form(stop_box)
        stop_form.addRow(translate("Controls", "Tolerance"), self.tol_box)
        stop_form.addRow(translate("Controls", "Max iterations"), self.max_iter_box)

        # Playback --------------------------------------------------------------------------
        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setObjectName("speed_slider")
        self.speed_slider.setRange(MIN_SPEED, MAX_SPEED)
        self.speed_slider.setPageStep(5)
        self.speed_slider.setToolTip(translate("Controls",
                "Play speed, in EM iterations a second (1 to 30)."))
        self.speed_label = QLabel()
        self.speed_label.setObjectName("speed_label")
        metrics = self.speed_label.fontMetrics()
        self.speed_label.setMinimumWidth(metrics.horizontalAdvance(translate("Controls",
                "{value} it/s").format(value=30) + " "))
        speed_row = QHBoxLayout()
        speed_row.setContentsMargins(0, 0, 0, 0)
        speed_row.addWidget(self.speed_slider, 1)
        speed_row.addWidget(self.speed_label)
        self.smooth_check = QCheckBox(translate("Controls", "Smooth motion"))
        self.smooth_check.setObjectName("smooth_check")
        self.smooth_check.setToolTip(
            translate("Controls", "Glide the curves from one step to the next instead of jumping.")
        )
        self.half_check = QCheckBox(translate("Controls", "Half steps (E and M separately)"))
        self.half_check.setObjectName("half_steps_check")
        self.half_check.setToolTip(
            translate("Controls",
                    "Step shows the E-step (new colours) and the M-step (new curves) one at a "
                    "time.")
        )
        self.truth_check = QCheckBox(translate("Controls", "Show the truth"))
        self.truth_check.setObjectName("truth_check")
        self.truth_check.setToolTip(
            translate("Controls",
                    "For simulated data: draw the true mixture (dashed) and sort the marks "
                      "into two rows, circles for points drawn from component 1 and triangles "
                      "for component 2.")
        )
        play_box = QGroupBox(translate("Controls", "Playback"))
        play_form = self._form(play_box)
        play_form.addRow(translate("Controls", "Speed"), speed_row)
        play_form.addRow(self.smooth_check)
        play_form.addRow(self.half_check)
        play_form.addRow(self.truth_check)

        # Message line ----------------------------------------------------------------------
        self.message = QLabel()
        self.message.setObjectName("controls_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B00020;")
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        for box in (data_box, model_box, start_box, stop_box, play_box):
            layout.addWidget(box)
        layout.addWidget(self.message)
        layout.addStretch(1)

        self.set_speed(4)
        self.max_iter_box.setValue(200)
        self._connect()
        self._show_model_rows(self._model)

    @staticmethod
    def _form(box: QGroupBox | None) -> QFormLayout:
        form = QFormLayout(box) if box is not None else QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(8, 6, 8, 6)
        form.setVerticalSpacing(4)
        return form

    def _connect(self) -> None:
        self.n_box.valueChanged.connect(lambda v: self._ask_simulation(n=int(v)))
        self.sep_box.valueChanged.connect(lambda v: self._ask_simulation(sep=float(v)))
        self.true_pi_box.valueChanged.connect(lambda v: self._ask_simulation(true_pi=float(v)))
        self.seed_box.valueChanged.connect(lambda v: self._ask_simulation(seed=int(v)))
        self.new_sample_button.clicked.connect(self.new_sample_requested)
        self.pi_box.valueChanged.connect(lambda v: self._ask_start(pi=float(v)))
        self.mu1_box.valueChanged.connect(lambda v: self._ask_start(mu1=float(v)))
        self.mu2_box.valueChanged.connect(lambda v: self._ask_start(mu2=float(v)))
        for k, box in enumerate(self.more_mean_boxes, start=3):
            box.valueChanged.connect(lambda v, k=k: self._ask_start(**{f"mu{k}": float(v)}))
        self.sd_box.valueChanged.connect(lambda v: self._ask_start(sd=float(v)))
        self.components_box.valueChanged.connect(lambda v: self._ask_model(k=int(v)))
        self.variance_combo.currentIndexChanged.connect(
            lambda _i: self._ask_model(variance=str(self.variance_combo.currentData()))
        )
        self.floor_check.toggled.connect(lambda on: self._ask_model(floor=bool(on)))
        self.tol_box.value_entered.connect(self._ask_tolerance)
        self.tol_box.rejected.connect(self.show_error)
        self.max_iter_box.valueChanged.connect(self._ask_max_iterations)
        self.speed_slider.valueChanged.connect(self._speed_moved)
        self.smooth_check.toggled.connect(self.smooth_motion_toggled)
        self.half_check.toggled.connect(self.half_steps_toggled)
        self.truth_check.toggled.connect(self.show_truth_toggled)

    # ---------------------------------------------------------------- model -> widgets
    def show_state(self, state: SessionState) -> None:
        """Copy the session's values into the widgets without emitting anything.

        Steps change none of the inputs, so a state that differs only in its position returns
        at once: the panel is not repainted on every frame of a run.
        """
        key = (state.data_version, state.model, state.start, state.tol, state.max_iterations,
               state.half_steps)
        if key == self._shown:
            return
        self._shown = key
        if state.change in ("data", "start", "settings"):
            self.clear_error()
        sim = state.data.simulation
        mixed = isinstance(sim, mx.MixtureSimulation)
        if sim is not None:
            self._simulation = sim
        self._start = state.start
        self._model = state.model
        widgets = (
            self.n_box, self.sep_box, self.true_pi_box, self.seed_box, self.pi_box,
            self.mu1_box, self.mu2_box, self.tol_box, self.max_iter_box, self.half_check,
            self.components_box, self.variance_combo, self.floor_check, self.sd_box,
            *self.more_mean_boxes,
        )
        with signals_blocked(*widgets):
            self.n_box.setValue(self._simulation.n)
            if not isinstance(self._simulation, mx.MixtureSimulation):
                self.sep_box.setValue(self._simulation.sep)
                self.true_pi_box.setValue(self._simulation.true_pi)
            self.seed_box.setValue(min(self._simulation.seed, MAX_SEED))
            start = state.start
            self.pi_box.setValue(start.weights[0])
            means = (*start.means, *([0.0] * mx.MAX_COMPONENTS))
            self.mu1_box.setValue(means[0])
            self.mu2_box.setValue(means[1])
            for box, value in zip(self.more_mean_boxes, means[2:], strict=False):
                box.setValue(value)
            self.sd_box.setValue(start.sds[0])
            self.components_box.setValue(state.model.k)
            self.variance_combo.setCurrentIndex(mx.VARIANCES.index(state.model.variance))
            self.floor_check.setChecked(state.model.sd_floor is None or state.model.sd_floor > 0)
            self.tol_box.set_value(state.tol)
            self.max_iter_box.setValue(min(state.max_iterations, MAX_ITERATIONS))
            self.half_check.setChecked(state.half_steps)
        self._show_model_rows(state.model)
        from_file = sim is None
        for box in (self.n_box, self.seed_box):
            box.setEnabled(not from_file)
        for box in (self.sep_box, self.true_pi_box):  # two-component settings only
            box.setEnabled(not from_file and not mixed)
        self.truth_check.setEnabled(state.data.z is not None)
        if from_file:
            self.file_note.setText(
                translate("Controls",
                        "Data from {source}. Press New sample to simulate data instead.")
                .format(source=state.data.source)
            )
        self.file_note.setVisible(from_file)

    def refresh(self, state: SessionState) -> None:
        """Show state again even if it looks unchanged (after a refused request)."""
        self._shown = None
        self.show_state(state)

    def set_speed(self, per_second: float) -> None:
        """Show a speed preference (no signal)."""
        value = min(MAX_SPEED, max(MIN_SPEED, round(per_second)))
        with signals_blocked(self.speed_slider):
            self.speed_slider.setValue(value)
        self.speed_label.setText(translate("Controls", "{value} it/s").format(value=value))

    def set_smooth_motion(self, on: bool) -> None:
        with signals_blocked(self.smooth_check):
            self.smooth_check.setChecked(on)

    def set_show_truth(self, on: bool) -> None:
        with signals_blocked(self.truth_check):
            self.truth_check.setChecked(on)

    def show_error(self, sentence: str) -> None:
        """Show why a request was refused (it changed nothing)."""
        self.message.setText(sentence)
        self.message.show()
        self.invalid_input.emit(sentence)

    def clear_error(self) -> None:
        self.message.clear()
        self.message.hide()

    @property
    def simulation(self) -> Simulation:
        """The simulation settings shown (those of the last simulated sample)."""
        return self._simulation

    # ---------------------------------------------------------------- widgets -> requests
    def _ask_simulation(self, **changes: float) -> None:
        base = self._simulation
        if isinstance(base, mx.MixtureSimulation) and not set(changes) <= {"n", "seed"}:
            base = DEFAULT_SIMULATION  # a two-component setting: back to the seed's sample
        self.simulation_requested.emit(replace(base, **changes))

    def _show_model_rows(self, model: Model) -> None:
        """Start-value rows for the model: pi for two components, a mean per component, and
        one sigma when variances are estimated."""
        form = self._start_form
        k = model.k
        form.setRowVisible(self.pi_box, k == 2)
        form.setRowVisible(self.mu2_box, k >= 2)
        for j, box in enumerate(self.more_mean_boxes, start=3):
            form.setRowVisible(box, j <= k)
        form.setRowVisible(self.sd_box, model.estimates_variance)
        form.setRowVisible(self.weights_note, k >= 3)
        self._model_form.setRowVisible(self.floor_check, model.estimates_variance)

    def _ask_start(self, **changes: float) -> None:
        start = self._start
        k = start.k
        weights = list(start.weights)
        if "pi" in changes and k == 2:
            weights = [changes["pi"], 1.0 - changes["pi"]]
        means = list(start.means)
        for j in range(k):
            if f"mu{j + 1}" in changes:
                means[j] = changes[f"mu{j + 1}"]
        sds = list(start.sds)
        if "sd" in changes:
            sds = [changes["sd"]] * k
        try:
            new = Mixture(tuple(weights), tuple(means), tuple(sds)).checked_start(self._model)
        except ValueError as exc:
            self.show_error(as_sentence(str(exc)))
            return
        self.start_requested.emit(new)

    def _ask_model(self, k: int | None = None, variance: str | None = None,
                   floor: bool | None = None) -> None:
        model = self._model
        on = (model.sd_floor is None or model.sd_floor > 0) if floor is None else floor
        try:
            new = Model(
                k=model.k if k is None else k,
                variance=model.variance if variance is None else variance,
                sd_floor=None if on else 0.0,
            )
        except ValueError as exc:
            self.show_error(as_sentence(str(exc)))
            return
        self.model_requested.emit(new)

    def _ask_tolerance(self, value: float) -> None:
        self.tolerance_requested.emit(value)

    def _ask_max_iterations(self, value: int) -> None:
        self.max_iterations_requested.emit(int(value))

    def _speed_moved(self, value: int) -> None:
        self.speed_label.setText(translate("Controls", "{value} it/s").format(value=value))
        self.speed_changed.emit(float(value))

