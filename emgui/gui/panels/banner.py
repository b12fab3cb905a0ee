"""A banner above the plots: converged, stuck at a saddle, a component emptied, or a decrease.

Each message is a sentence with a symbol and a coloured edge, so it reads without colour too.
The banner hides itself when it has nothing to say, e.g. after seeking back before convergence.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from emgui.core import mixture as mx
from emgui.core.em import Params
from emgui.core.mixture import Mixture
from emgui.gui import palette
from emgui.gui.i18n import translate
from emgui.gui.panels.formula import fmt, fmt_tolerance
from emgui.gui.session import SessionState

__all__ = ["ConvergenceBanner", "degenerate_kind", "saddle_text"]

_STYLES = {
    "converged": ("✓", "#E6F4EE", palette.PI_COLOUR),
    "saddle": ("⚠", "#FFF4DC", "#B07A00"),
    "note": ("ℹ", "#E8F1F8", palette.COMPONENT_1),
    "decrease": ("⚠", "#FBE9E9", palette.DECREASE),
}


class _Message(QWidget):
    """One line of the banner: a symbol and a sentence on a tinted background."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        symbol, background, edge = _STYLES[kind]
        self.setObjectName(f"banner_{kind}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            f"#banner_{kind} {{ background: {background}; border: 1px solid {edge}; "
            f"border-left: 6px solid {edge}; border-radius: 4px; }}"
            f"#banner_{kind} QLabel {{ color: #1A1A1A; background: transparent; border: none; }}"
        )
        icon = QLabel(symbol)
        font = icon.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        icon.setFont(font)
        icon.setStyleSheet(f"color: {edge};")
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        body = self.label.font()
        body.setPointSizeF(body.pointSizeF() * 1.15)
        self.label.setFont(body)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)


#: The kind of point EM cannot leave (the core decides; the banner only words it).
degenerate_kind = mx.saddle_kind


def _saddle_text_k(theta: Mixture, iteration: int) -> str:
    pairs = mx.same_components(theta)
    i, j = pairs[0] if pairs else (1, 2)
    same = (
        translate("Banner", "components {i} and {j} both have mean {mean} and σ {sd}").format(
            i=i, j=j, mean=fmt(theta.means[i - 1], decimals=3),
            sd=fmt(theta.sds[i - 1], decimals=3))
    )
    return (
        translate("Banner", "<b>EM stopped at iteration {n} with two components the same</b> "
                  "({same}). EM can never separate components with equal parameters: every "
                  "point gives them the same responsibility, so they move as one. Start their "
                  "means apart, then Reset.").format(n=iteration, same=same)
    )


def saddle_text(kind: str, theta: Params | Mixture, iteration: int) -> str:
    """Why a run that stopped at a degenerate point has not found the best fit, and what to do."""
    if isinstance(theta, Mixture):
        if theta.k != 2 or theta.sds != (1.0, 1.0):
            return _saddle_text_k(theta, iteration)
        theta = theta.to_params()
    if kind == "equal":
        same = translate("Banner", "both means are {mean}").format(
            mean=fmt(theta.mu1, decimals=3))
    else:
        component = 2 if theta.pi >= 0.5 else 1
        same = translate("Banner", "component {k} has weight 0, so the fit is a single normal "
                         "curve").format(k=component)
    return (
        translate("Banner", "<b>EM stopped at iteration {n} where the two components are the "
                  "same</b> ({same}). This is a saddle of the likelihood, not the best fit: it is "
                  "a fixed point of EM, so every further step gives the same values. Try start "
                  "values with μ₁ ≠ μ₂, e.g. one mean on each side of the data, then Reset."
                  ).format(n=iteration, same=same)
    )


class ConvergenceBanner(QWidget):
    """Shows "Converged after k iterations", the emptied-component note and any decrease."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._converged = _Message("converged")
        self._saddle = _Message("saddle")
        self._note = _Message("note")
        self._decrease = _Message("decrease")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for message in (self._converged, self._saddle, self._note, self._decrease):
            layout.addWidget(message)
            message.hide()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()

    def messages(self) -> dict[str, str]:
        """The sentences shown now, by kind ('converged', 'saddle', 'note', 'decrease')."""
        shown = {"converged": self._converged, "saddle": self._saddle, "note": self._note,
                 "decrease": self._decrease}
        return {kind: m.label.text() for kind, m in shown.items() if not m.isHidden()}

    def show_state(self, state: SessionState) -> None:
        """Slot for ``EMSession.changed``."""
        stuck = degenerate_kind(state.theta) if state.converged else None
        if state.converged and state.converged_at is not None:
            k = state.converged_at
            if stuck is not None:
                self._saddle.label.setText(saddle_text(stuck, state.theta, k))
            else:
                self._converged.label.setText(
                    (translate("Banner", "<b>Converged after 1 iteration</b> (increase below "
                               "tol = {tol}). Play stops here; Step still goes on.") if k == 1
                     else translate("Banner", "<b>Converged after {k} iterations</b> (increase "
                                    "below tol = {tol}). Play stops here; Step still goes on."))
                    .format(k=k, tol=fmt_tolerance(state.tol))
                )
        self._converged.setHidden(not state.converged or stuck is not None)
        self._saddle.setHidden(stuck is None)
        self._note.label.setText(state.note)
        self._note.setHidden(not state.note)
        if state.decreased_at:
            where = ", ".join(str(k) for k in state.decreased_at[:5])
            more = translate("Banner", " and later") if len(state.decreased_at) > 5 else ""
            self._decrease.label.setText(
                (translate("Banner", "<b>The log likelihood fell</b> at iterations {where}. EM "
                           "never lowers it, so this points to a numerical problem, not to the "
                           "data.") if len(state.decreased_at) > 1
                 else translate("Banner", "<b>The log likelihood fell</b> at iteration {where}. "
                                "EM never lowers it, so this points to a numerical problem, not "
                                "to the data.")).format(where=where + more)
            )
        self._decrease.setHidden(not state.decreased_at)
        self.setHidden(state.note == "" and not state.converged and not state.decreased_at)
