"""The status bar's content: where the run is, how the likelihood moved, and plain messages.

A view like the others (slot :meth:`StatusPanel.show_state`). Messages (why Play stopped, why
an input was refused) stay until the next change of the run replaces them, so they need no
timer and a class that looked away still finds them.
"""

from __future__ import annotations

import math
import re

from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from emgui.core import mixture as mx
from emgui.core.numbers import increase_text
from emgui.gui.session import SessionState
from emgui.gui.views.elided import ElidedLabel
from emgui.gui.views.steady import SteadyLabel

ERROR_STYLE = "color: #B00020; font-weight: bold;"
INFO_STYLE = "font-weight: bold;"


def as_sentence(text: str) -> str:
    """'n must be ...' -> 'N must be ....': the core's and session's messages as a sentence."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def format_tolerance(value: float) -> str:
    """1e-06 -> '1e-6': short, and exact for the powers of ten the arrows step through."""
    text = f"{value:.3g}"
    if "e" not in text:
        return text
    mantissa, exponent = text.split("e")
    return f"{mantissa}e{int(exponent)}"


def format_loglik(value: float) -> str:
    return f"{value:.2f}" if math.isfinite(value) else "\u2014"


def format_increase(value: float | None) -> str:
    """+0.031, +3.2e−07 (as the log-likelihood header says it); a dash for none."""
    return increase_text(value) or "\u2014"


def iteration_text(state: SessionState) -> str:
    if not state.half_steps:
        return f"Iteration {state.iteration}"
    after = {"start": "start values", "E": "after E-step", "M": "after M-step"}[state.phase]
    return f"Iteration {state.iteration} ({after})"


def convergence_text(state: SessionState) -> str:
    if state.converged and state.converged_at is not None:
        if mx.saddle_kind(state.history[state.converged_at].theta) is not None:
            return f"Stopped on a saddle at iteration {state.converged_at}"
        return f"Converged at iteration {state.converged_at}"
    if state.iteration >= state.max_iterations:
        return f"Not converged after {state.max_iterations} iterations"
    return "Not converged yet"


def stop_reason_text(reason: str, state: SessionState) -> str:
    """Why Play stopped by itself, in a few words (the iteration is shown beside it)."""
    if reason == "collapsed":
        return "Play stopped: a component collapsed onto a point."
    if reason == "converged":
        converged_at = state.converged_at if state.converged_at is not None else state.iteration
        if mx.saddle_kind(state.history[converged_at].theta) is not None:
            return "Play stopped: EM stands still on a saddle."
        return "Play stopped: converged."
    return f"Play stopped: limit of {state.max_iterations} iterations."


def stop_reason_detail(reason: str, state: SessionState) -> str:
    """The same, with the rule behind it (the message's tooltip)."""
    if reason == "collapsed":
        return "Play stopped: a component collapsed onto a point."
    if reason == "converged":
        return (
            f"The log likelihood rose by less than the tolerance {format_tolerance(state.tol)} "
            "in the last iteration."
        )
    return (
        f"EM did not converge within the maximum of {state.max_iterations} iterations; "
        "raise it under Stopping rule to go on."
    )


def widest_texts(state: SessionState) -> tuple[tuple[str, ...], ...]:
    """Samples of the longest texts the four run labels may show in this run.

    The labels keep room for them from the start, so that numbers growing a digit while EM
    plays move nothing (see emgui.gui.views.steady); a longer text still fits, it just grows once.
    """
    zeros = "0" * max(3, len(str(state.max_iterations)))
    iteration = (f"Iteration {zeros}",)
    if state.half_steps:
        iteration = tuple(f"Iteration {zeros} ({after})"
                          for after in ("start values", "after E-step", "after M-step"))
    loglik = (re.sub(r"\d", "0", f"log L = {format_loglik(state.loglik)}"),)
    increase = ("last increase +0.0e\u221200", "last increase +0000.000")
    converged = (
        "Not converged yet",
        f"Converged at iteration {zeros}",
        f"Stopped on a saddle at iteration {zeros}",
        f"Not converged after {state.max_iterations} iterations",
    )
    return iteration, loglik, increase, converged


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class StatusPanel(QWidget):
    """Iteration, log likelihood, last increase, convergence, and one message line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_panel")
        # Opaque, so that a label changing at every step repaints here, not the window under it.
        self.setAutoFillBackground(True)
        # Fixed sizes that only grow: their texts change at every step (emgui.gui.views.steady).
        self.iteration_label = SteadyLabel(name="status_iteration")
        self.loglik_label = SteadyLabel(name="status_loglik")
        self.increase_label = SteadyLabel(name="status_increase")
        self.converged_label = SteadyLabel(name="status_converged")
        # The rest of the bar: a message too long for it ends in "…", whole in its tooltip.
        self.message_label = ElidedLabel(name="status_message")
        self.iteration_label.setToolTip("The EM iteration shown (0 is the start values).")
        self.loglik_label.setToolTip("Observed-data log likelihood at the parameters shown.")
        self.increase_label.setToolTip(
            "How much the log likelihood rose in the last iteration (EM never lowers it)."
        )
        self.converged_label.setToolTip("Converged once a rise is smaller than the tolerance.")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(10)
        for i, label in enumerate(
            (self.iteration_label, self.loglik_label, self.increase_label, self.converged_label)
        ):
            if i:
                layout.addWidget(_separator())
            layout.addWidget(label)
        layout.addWidget(_separator())
        layout.addWidget(self.message_label, 1)
        self._message_kind = "info"
        self._message: tuple[str, str] = ("", "")  # (text, detail) shown
        self._bold_converged = False
        self.message_label.setStyleSheet(INFO_STYLE)

    def show_state(self, state: SessionState) -> None:
        if state.change not in ("step", "seek"):  # room for this run's texts, not more
            labels = (self.iteration_label, self.loglik_label, self.increase_label,
                      self.converged_label)
            for label, widest in zip(labels, widest_texts(state), strict=True):
                label.set_widest(widest)
        self.iteration_label.setText(iteration_text(state))
        self.loglik_label.setText(f"log L = {format_loglik(state.loglik)}")
        self.increase_label.setText(f"last increase {format_increase(state.increase)}")
        self.converged_label.setText(convergence_text(state))
        if state.converged != self._bold_converged:  # a style sheet re-polishes: only on change
            self._bold_converged = state.converged
            self.converged_label.setStyleSheet(INFO_STYLE if state.converged else "")
        if state.note:
            self.show_message(state.note)
        else:
            self.clear_message()

    def show_message(self, text: str, error: bool = False, detail: str = "") -> None:
        """Show a sentence until the next change of the run (detail goes in its tooltip)."""
        kind = "error" if error else "info"
        if (kind, (text, detail)) == (self._message_kind, self._message):
            return  # the same note at every step of a run: nothing to lay out again
        if kind != self._message_kind:
            self.message_label.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
        self._message_kind = kind
        self._message = (text, detail)
        self.message_label.setText(text)
        self.message_label.setToolTip(detail or text)

    def clear_message(self) -> None:
        if not self.message_label.text():
            return
        self._message = ("", "")
        self.message_label.clear()
        self.message_label.setToolTip("")

    @property
    def message(self) -> str:
        return self.message_label.text()
