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
from emgui.gui.i18n import localized, translate
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
    return localized(f"{value:.2f}") if math.isfinite(value) else "\u2014"


def format_increase(value: float | None) -> str:
    """+0.031, +3.2e−07 (as the log-likelihood header says it); a dash for none."""
    return localized(increase_text(value) or "\u2014")


def iteration_text(state: SessionState) -> str:
    if not state.half_steps:
        return translate("Status", "Iteration {n}").format(n=state.iteration)
    after = _after_texts()[state.phase]
    return translate("Status", "Iteration {n} ({after})").format(n=state.iteration, after=after)


def _after_texts() -> dict[str, str]:
    return {"start": translate("Status", "start values"),
            "E": translate("Status", "after E-step"), "M": translate("Status", "after M-step")}


def convergence_text(state: SessionState) -> str:
    if state.converged and state.converged_at is not None:
        if mx.saddle_kind(state.history[state.converged_at].theta) is not None:
            return translate("Status", "Stopped on a saddle at iteration {n}").format(
                n=state.converged_at)
        return translate("Status", "Converged at iteration {n}").format(n=state.converged_at)
    if state.iteration >= state.max_iterations:
        return translate("Status", "Not converged after {n} iterations").format(
            n=state.max_iterations)
    return translate("Status", "Not converged yet")


def stop_reason_text(reason: str, state: SessionState) -> str:
    """Why Play stopped by itself, in a few words (the iteration is shown beside it)."""
    if reason == "collapsed":
        return translate("Status", "Play stopped: a component collapsed onto a point.")
    if reason == "converged":
        converged_at = state.converged_at if state.converged_at is not None else state.iteration
        if mx.saddle_kind(state.history[converged_at].theta) is not None:
            return translate("Status", "Play stopped: EM stands still on a saddle.")
        return translate("Status", "Play stopped: converged.")
    return translate("Status", "Play stopped: limit of {n} iterations.").format(
        n=state.max_iterations)


def stop_reason_detail(reason: str, state: SessionState) -> str:
    """The same, with the rule behind it (the message's tooltip)."""
    if reason == "collapsed":
        return translate("Status", "Play stopped: a component collapsed onto a point.")
    if reason == "converged":
        return (
            translate("Status", "The log likelihood rose by less than the tolerance {tol} "
                      "in the last iteration.").format(tol=format_tolerance(state.tol))
        )
    return (
        translate("Status", "EM did not converge within the maximum of {n} iterations; "
                  "raise it under Stopping rule to go on.").format(n=state.max_iterations)
    )


def widest_texts(state: SessionState) -> tuple[tuple[str, ...], ...]:
    """Samples of the longest texts the four run labels may show in this run.

    The labels keep room for them from the start, so that numbers growing a digit while EM
    plays move nothing (see emgui.gui.views.steady); a longer text still fits, it just grows once.
    """
    zeros = "0" * max(3, len(str(state.max_iterations)))
    iteration = (translate("Status", "Iteration {n}").format(n=zeros),)
    if state.half_steps:
        iteration = tuple(translate("Status", "Iteration {n} ({after})").format(n=zeros, after=a)
                          for a in _after_texts().values())
    loglik = (re.sub(r"\d", "0", loglik_text(state.loglik)),)
    increase = (increase_label_text("+0.0e\u221200"), increase_label_text("+0000.000"))
    converged = (
        translate("Status", "Not converged yet"),
        translate("Status", "Converged at iteration {n}").format(n=zeros),
        translate("Status", "Stopped on a saddle at iteration {n}").format(n=zeros),
        translate("Status", "Not converged after {n} iterations").format(n=state.max_iterations),
    )
    return iteration, loglik, increase, converged


def loglik_text(value: float) -> str:
    return translate("Status", "log L = {value}").format(value=format_loglik(value))


def increase_label_text(rise: str) -> str:
    return translate("Status", "last increase {rise}").format(rise=rise)


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
        self.iteration_label.setToolTip(translate("Status",
                "The EM iteration shown (0 is the start values)."))
        self.loglik_label.setToolTip(translate("Status",
                "Observed-data log likelihood at the parameters shown."))
        self.increase_label.setToolTip(
            translate("Status", "How much the log likelihood rose in the last iteration "
                      "(EM never lowers it).")
        )
        self.converged_label.setToolTip(translate("Status",
                "Converged once a rise is smaller than the tolerance."))
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
        self.loglik_label.setText(loglik_text(state.loglik))
        self.increase_label.setText(increase_label_text(format_increase(state.increase)))
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
