"""A slider under the plots that scrubs through every recorded step (or half step).

EM is deterministic, so going back and forth only shows what the session recorded; nothing is
recomputed. In full mode the slider counts iterations (timeline positions 2k + 1), in half-step
mode every position, so that E and M can be told apart. Left/Right, Page Up/Down, Home and End
move it from the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

from emgui.gui.i18n import translate
from emgui.gui.session import SessionState, full_position
from emgui.gui.views.steady import SteadyLabel

__all__ = ["TimelineSlider", "step_label"]

#: Above this many stops the tick marks would merge into a grey bar, so none are drawn.
MAX_TICKS = 60


def step_label(state: SessionState) -> str:
    """ "Step k of T", with the half step ("E", "M" or "start") in half-step mode."""
    total = len(state.history) - 1
    text = translate("Timeline", "Step {n} of {total}").format(n=state.iteration, total=total)
    if state.half_steps:
        text += f" · {state.phase}"
    return text


class TimelineSlider(QWidget):
    """Scrubs the recorded history; asks for a timeline position through ``position_requested``."""

    #: A timeline position (0 .. state.last_position) the user asked to see: wire to session.seek.
    position_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Opaque, so that the moving handle and label repaint here, not the window under them.
        self.setAutoFillBackground(True)
        self._half = False
        self._slider = QSlider(Qt.Orientation.Horizontal)
        self._slider.setObjectName("timelineSlider")
        self._slider.setAccessibleName(translate("Timeline", "Timeline"))
        self._slider.setToolTip(translate("Timeline",
                "Drag, or use Left/Right, to show any recorded step"))
        self._slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._slider.setRange(0, 0)
        self._slider.setSingleStep(1)
        self._slider.setPageStep(5)
        self._slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self._slider.valueChanged.connect(self._value_changed)
        # A fixed size that only grows: the text changes at every step (emgui.gui.views.steady).
        self._label = SteadyLabel(
            translate("Timeline", "Step {n} of {total}").format(n=0, total=0),
            (translate("Timeline", "Step {n} of {total}").format(n="0000", total="0000")
             + " · start",), "timelineLabel")
        self._label.setContentsMargins(8, 0, 0, 0)
        self._label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        title = QLabel(translate("Timeline", "&Timeline"))
        title.setBuddy(self._slider)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(title)
        layout.addWidget(self._slider, 1)
        layout.addWidget(self._label)

    # ---------------------------------------------------------------- reading
    @property
    def slider(self) -> QSlider:
        return self._slider

    def label_text(self) -> str:
        return self._label.text()

    # ---------------------------------------------------------------- mapping
    def _value_of(self, state: SessionState) -> int:
        return state.position if state.half_steps else state.iteration

    def position_of(self, value: int) -> int:
        """The timeline position a slider value stands for."""
        return value if self._half else full_position(value)

    # ---------------------------------------------------------------- slots
    def show_state(self, state: SessionState) -> None:
        """Slot for ``EMSession.changed``: follow the session without echoing a request back."""
        self._half = state.half_steps
        maximum = state.last_position if state.half_steps else len(state.history) - 1
        # Before the first step, half steps show the same one moment as full steps (the start's
        # E-step): the slider has nothing to scrub yet, so ticking Half steps at step 0 leaves
        # the handle where it was. Once EM has stepped, the start (position 0) is on it too.
        first_moment_only = state.half_steps and state.last_position == 1 and state.position == 1
        minimum = 1 if first_moment_only else 0
        stops = maximum - minimum + 1
        slider = self._slider
        slider.blockSignals(True)
        slider.setRange(minimum, maximum)
        slider.setValue(self._value_of(state))
        interval = 2 if state.half_steps else 1
        if slider.tickInterval() != interval:
            slider.setTickInterval(interval)
        ticks = (QSlider.TickPosition.TicksBelow if stops <= MAX_TICKS
                 else QSlider.TickPosition.NoTicks)
        if slider.tickPosition() != ticks:  # setting it, even unchanged, relayouts the window
            slider.setTickPosition(ticks)
        slider.setEnabled(maximum > minimum)
        slider.blockSignals(False)
        self._label.setText(step_label(state))

    def _value_changed(self, value: int) -> None:
        self.position_requested.emit(self.position_of(value))
