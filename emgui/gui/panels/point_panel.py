"""The E-step for one observation: Bayes' rule written out, then with the current numbers in it.

r_i = π·φ(x_i; μ₁, 1) / (π·φ(x_i; μ₁, 1) + (1 − π)·φ(x_i; μ₂, 1)) is the whole E-step; showing
it for the point a student clicked turns the colours into arithmetic they can check. The result
shown is the responsibility the session carries; the factors are evaluated here in the log
domain (drawing, like a density curve), so even a point 40 standard deviations away shows its
tiny factors instead of 0/0.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from emgui.core.em import Params
from emgui.gui import palette
from emgui.gui.panels import StatePanel
from emgui.gui.panels.formula import (
    ALIGN_TABLE,
    NBSP,
    NOWRAP,
    FormulaView,
    fmt,
    fmt_log,
    fraction,
    line,
    phi,
    swatch,
    var,
)
from emgui.gui.session import SessionState

__all__ = ["PointPanel", "PointValues", "e_step_theta"]

HALF_LOG_2PI = 0.5 * math.log(2.0 * math.pi)
PARAM_DECIMALS = 3
FACTOR_DIGITS = 4
R_DECIMALS = 4
#: Space under each line of the worked formula, so stacked fractions never touch.
ROW_PAD = "padding-bottom: 10px;"

PLACEHOLDER = (
    "Click a point in the data plot, or choose its number above, to see how the E-step "
    "computes its responsibility."
)


def _log(value: float) -> float:
    return math.log(value) if value > 0.0 else -math.inf


def _logaddexp(a: float, b: float) -> float:
    if a == -math.inf:
        return b
    if b == -math.inf:
        return a
    top = max(a, b)
    return top + math.log1p(math.exp(-abs(a - b)))


def _log_phi(x: float, mu: float) -> float:
    d = x - mu
    return -HALF_LOG_2PI - 0.5 * (d * d)  # d * d overflows to inf, never raises


@dataclass(frozen=True)
class PointValues:
    """Every number the panel shows for one point; logs keep factors below 10⁻³⁰⁸ exact."""

    index: int  # 0-based; the panel shows i = index + 1
    x: float
    theta: Params  # the θ the E-step used
    iteration: int  # t of that θ
    log_phi1: float
    log_phi2: float
    log_num: float  # log π·φ(x; μ₁, 1)
    log_other: float  # log (1 − π)·φ(x; μ₂, 1)
    log_den: float
    r: float  # the responsibility shown: the session's r_i (or the formula's before any E-step)
    from_session: bool  # False before the first E-step, when r is a preview by the formula

    @property
    def phi1(self) -> float:
        return math.exp(self.log_phi1)

    @property
    def phi2(self) -> float:
        return math.exp(self.log_phi2)

    @property
    def numerator(self) -> float:
        return math.exp(self.log_num)

    @property
    def other(self) -> float:
        return math.exp(self.log_other)

    @property
    def denominator(self) -> float:
        return math.exp(self.log_den)

    @property
    def r_formula(self) -> float:
        """The fraction evaluated (equal to r up to rounding)."""
        if not math.isfinite(self.log_den):
            return self.r
        return math.exp(self.log_num - self.log_den)

    @property
    def log_r(self) -> float:
        """log r from the formula, exact even when r rounds to 0."""
        if not math.isfinite(self.log_den):
            return _log(self.r)
        return self.log_num - self.log_den

    @property
    def log_one_minus_r(self) -> float:
        """log(1 − r) from the formula, exact even when r rounds to 1."""
        if not math.isfinite(self.log_den):
            return math.log1p(-self.r) if self.r < 1.0 else -math.inf
        return self.log_other - self.log_den


def e_step_theta(state: SessionState) -> tuple[Params, int]:
    """The θ (and its iteration t) whose E-step gave the responsibilities the state shows.

    After an M half step the state shows θ_{t+1} still coloured by r_t, so the E-step used θ_t
    (the session says which: ``state.r_iteration``). Before any E-step: θ_0 itself.
    """
    if state.r_iteration is None:
        return state.theta, state.iteration
    return state.history[state.r_iteration].theta, state.r_iteration


def point_values(state: SessionState, index: int) -> PointValues:
    """The E-step for point ``index`` at the state's responsibilities."""
    theta, t = e_step_theta(state)
    x = float(state.data.x[index])
    log_phi1 = _log_phi(x, theta.mu1)
    log_phi2 = _log_phi(x, theta.mu2)
    log_num = _log(theta.pi) + log_phi1
    log_other = _log(1.0 - theta.pi) + log_phi2
    log_den = _logaddexp(log_num, log_other)
    if state.r is not None:
        r, from_session = float(state.r[index]), True
    else:
        r = math.exp(log_num - log_den) if math.isfinite(log_den) else 0.5
        from_session = False
    return PointValues(index, x, theta, t, log_phi1, log_phi2, log_num, log_other, log_den,
                       r, from_session)


def fmt_probability(p: float, log_p: float, log_q: float) -> str:
    """A probability p (complement q = 1 − p) with four decimals, never rounded to a false 0 or 1.

    Near the ends the text is "3.1 × 10⁻⁸" or "1 − 3.1 × 10⁻⁸", from the logs, which stay exact
    where p itself has rounded to 0 or 1.
    """
    edge = 0.5 * 10.0**-R_DECIMALS
    if edge <= p <= 1.0 - edge:
        return fmt(p, decimals=R_DECIMALS)
    if p < 0.5:
        return fmt_log(log_p, 3)
    return "1" if log_q == -math.inf else f"1{NBSP}−{NBSP}{fmt_log(log_q, 3)}"


class PointPanel(StatePanel):
    """Shows the E-step of one observation; follows clicks, or the mouse when asked to."""

    #: The selected point changed (0-based index, or None): the data view may highlight it.
    point_changed = Signal(object)
    #: The "follow the mouse" box was toggled: the data view may start or stop reporting hovers.
    follow_hover_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index: int | None = None
        self._values: PointValues | None = None
        self._data_version: int | None = None

        self._spin = QSpinBox()
        self._spin.setRange(0, 0)
        self._spin.setSpecialValueText("none")
        self._spin.setAccessibleName("Point number")
        self._spin.setToolTip("The number i of the observation to inspect (1 to n)")
        self._spin.valueChanged.connect(self._spin_changed)
        self._uncertain = QPushButton("Most uncertain")
        self._uncertain.setToolTip("Pick the point whose responsibility is closest to ½")
        self._uncertain.clicked.connect(self.select_most_uncertain)
        self._follow = QCheckBox("Follow the mouse")
        self._follow.setToolTip("Inspect the point under the mouse instead of the clicked one")
        self._follow.toggled.connect(self._follow_toggled)

        controls = QHBoxLayout()
        point_label = QLabel("Point &i:")
        point_label.setBuddy(self._spin)
        controls.addWidget(point_label)
        controls.addWidget(self._spin)
        controls.addWidget(self._uncertain)
        controls.addStretch(1)

        self._body = FormulaView("pointFormula")
        self._body.set_html(PLACEHOLDER)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self._follow)  # its own row: the side column is narrow on a projector
        layout.addWidget(self._body, 1)

    # ---------------------------------------------------------------- reading
    @property
    def point(self) -> int | None:
        """The 0-based index of the inspected point, or None."""
        return self._index

    @property
    def values(self) -> PointValues | None:
        """The numbers drawn last (None when no point is inspected)."""
        return self._values

    @property
    def follows_hover(self) -> bool:
        return self._follow.isChecked()

    def text(self) -> str:
        """The rich text shown (for tests and for copying)."""
        return self._body.html

    # ---------------------------------------------------------------- slots
    def set_point(self, index: int | None) -> None:
        """Inspect observation ``index`` (0-based), e.g. the one clicked; None clears."""
        state = self.state
        if index is not None:
            index = int(index)
            if state is None or not 0 <= index < state.data.x.size:
                return  # not a point of these data: keep what is shown
        if index == self._index:
            return
        self._index = index
        self._spin.blockSignals(True)
        self._spin.setValue(0 if index is None else index + 1)
        self._spin.blockSignals(False)
        self.point_changed.emit(index)
        self.refresh()

    def set_hover_point(self, index: int | None) -> None:
        """The point under the mouse; followed only while "Follow the mouse" is ticked."""
        if self.follows_hover and index is not None:
            self.set_point(index)

    def set_follow_hover(self, on: bool) -> None:
        self._follow.setChecked(bool(on))

    def select_most_uncertain(self) -> None:
        """Inspect the point whose responsibility is nearest ½ (where the E-step is most torn)."""
        state = self.state
        if state is None or state.r is None:
            return
        self.set_point(int(np.argmin(np.abs(state.r - 0.5))))

    # ---------------------------------------------------------------- internals
    def _spin_changed(self, value: int) -> None:
        self.set_point(None if value == 0 else value - 1)

    def _follow_toggled(self, on: bool) -> None:
        self.follow_hover_changed.emit(on)

    def state_received(self, previous: SessionState | None, state: SessionState) -> None:
        n = state.data.x.size
        if self._spin.maximum() != n:
            self._spin.blockSignals(True)
            self._spin.setMaximum(n)
            self._spin.blockSignals(False)
        self._uncertain.setEnabled(state.r is not None)
        if self._data_version is not None and state.data_version != self._data_version:
            # Other data: the old index would name a different observation.
            self._data_version = state.data_version
            self.set_point(None)
        self._data_version = state.data_version

    def draw(self, state: SessionState) -> None:
        if self._index is None or self._index >= state.data.x.size:
            self._values = None
            self._body.set_html(PLACEHOLDER)
            return
        self._values = point_values(state, self._index)
        self._body.set_html(self._html(state, self._values))

    def _html(self, state: SessionState, v: PointValues) -> str:
        i = str(v.index + 1)
        th = v.theta
        p = lambda value: fmt(value, decimals=PARAM_DECIMALS)  # noqa: E731
        xi, mu1, mu2, pi = var("x", i), var("μ", "1"), var("μ", "2"), var("π")
        generic = var("x", "i")
        c1, c2 = palette.COMPONENT_1, palette.COMPONENT_2

        head = f"<b>Point {var('i')} = {i}</b>, {xi} = {p(v.x)}"
        scale = state.data.scale
        if scale is not None:  # the same point in the file's own numbers
            unit = html.escape(scale.name) if scale.name else "the file's units"
            head += f" &nbsp;({fmt(scale.original(v.x), 6)} in {unit})"
        z = state.data.z
        if z is not None:
            true = 1 if z[v.index] == 1 else 2
            colour = c1 if true == 1 else c2
            head += f" &nbsp;(drawn from {swatch(colour)} component {true})"
        theta_t = f"{var('θ', str(v.iteration))}"
        if not v.from_session:
            context = (f"No E-step yet. The first E-step, at {theta_t}, will compute:")
        elif state.phase == "M":
            context = (f"The colours still come from the E-step of iteration {v.iteration}, "
                       f"at {theta_t}; the M-step has since moved the curves.")
        else:
            context = f"E-step of iteration {v.iteration}, at {theta_t}:"

        def term1(x: str, m: str, w: str = pi) -> str:
            return f"{w}·{phi(x, m)}"

        def term2(x: str, m: str, w: str = f"(1 − {pi})") -> str:
            return f"{w}·{phi(x, m)}"

        symbolic = fraction(term1(generic, mu1), f"{term1(generic, mu1)} + {term2(generic, mu2)}")
        pi_s, q_s = p(th.pi), p(1.0 - th.pi)
        f1, f2 = fmt_log(v.log_phi1, FACTOR_DIGITS), fmt_log(v.log_phi2, FACTOR_DIGITS)
        substituted = fraction(f"{pi_s} × {f1}", f"{pi_s} × {f1} + {q_s} × {f2}")
        n_s, o_s = fmt_log(v.log_num, FACTOR_DIGITS), fmt_log(v.log_other, FACTOR_DIGITS)
        evaluated = fraction(n_s, f"{n_s} + {o_s}")
        log_r, log_s = v.log_r, v.log_one_minus_r
        r_s = fmt_probability(v.r, log_r, log_s)
        s_s = fmt_probability(1.0 - v.r, log_s, log_r)
        ri = var("r", i)

        rows = [
            (f"{var('r', 'i')}", symbolic),
            (ri, substituted),
            ("", evaluated),
            ("", f"<b>{r_s}</b>"),
        ]
        eq = "".join(
            f'<tr><td valign="middle" align="right" style="{ROW_PAD} {NOWRAP}">{left}</td>'
            f'<td valign="middle" style="{ROW_PAD} {NOWRAP}">&nbsp;=&nbsp;</td>'
            f'<td valign="middle" style="{ROW_PAD} {NOWRAP}">{right}</td></tr>'
            for left, right in rows
        )
        formula = f'<table {ALIGN_TABLE} style="margin-top: 6px; margin-bottom: 6px;">{eq}</table>'

        # A line of "where" may break only before an "=", never inside a term: a narrow side
        # column then shows "= 0.03515" on the next line instead of scrolling sideways.
        def unbroken(term: str) -> str:
            return term.replace(" ", NBSP)

        cell = "<tr><td>"
        eq_ = f" ={NBSP}"  # a break may come before "=", never after it
        where = (
            f"<table {ALIGN_TABLE}>"
            f"{cell}{unbroken(f'{pi} = {pi_s},')} &nbsp; {unbroken(f'1 − {pi} = {q_s}')}</td></tr>"
            f"{cell}{swatch(c1)}{NBSP}{unbroken(phi(xi, mu1))}"
            f"{eq_}{unbroken(phi(p(v.x), p(th.mu1)))}{eq_}{f1}</td></tr>"
            f"{cell}{swatch(c2)}{NBSP}{unbroken(phi(xi, mu2))}"
            f"{eq_}{unbroken(phi(p(v.x), p(th.mu2)))}{eq_}{f2}</td></tr>"
            "</table>"
        )
        density = line(
            f"{phi(var('x'), var('μ'))} = ",
            fraction("1", "√(2π)"),
            f"&nbsp;{var('e')}<sup>−({var('x')} − {var('μ')})²/2</sup>",
        )
        verdict = (
            f"So point {i} belongs to {swatch(c1)} component 1 with probability <b>{r_s}</b> "
            f"and to {swatch(c2)} component 2 with probability <b>{s_s}</b>."
        )
        return (
            f"<p>{head}</p><p>{context}</p>{formula}"
            f"<p>where</p>{where}<p>{verdict}</p>"
            f'<p style="color:#555555;">φ is the normal density with variance 1:</p>'
            f'<div style="color:#555555;">{density}</div>'
        )
