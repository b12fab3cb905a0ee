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
from emgui.core.i18n import QT_TRANSLATE_NOOP
from emgui.core.mixture import Mixture
from emgui.gui import palette
from emgui.gui.i18n import translate
from emgui.gui.panels import StatePanel
from emgui.gui.panels.formula import (
    ALIGN_TABLE,
    NBSP,
    NOWRAP,
    FormulaView,
    arg_sep,
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

PLACEHOLDER = QT_TRANSLATE_NOOP(
    "PointPanel",
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


def e_step_theta(state: SessionState) -> tuple[Mixture, int]:
    """The θ (and its iteration t) whose E-step gave the responsibilities the state shows.

    After an M half step the state shows θ_{t+1} still coloured by r_t, so the E-step used θ_t
    (the session says which: ``state.r_iteration``). Before any E-step: θ_0 itself.
    """
    if state.r_iteration is None:
        return state.theta, state.iteration
    return state.history[state.r_iteration].theta, state.r_iteration


def point_values(state: SessionState, index: int) -> PointValues:
    """The E-step for point ``index`` at the state's responsibilities."""
    mixture, t = e_step_theta(state)
    theta = mixture.to_params()
    x = float(state.data.x[index])
    log_phi1 = _log_phi(x, theta.mu1)
    log_phi2 = _log_phi(x, theta.mu2)
    log_num = _log(theta.pi) + log_phi1
    log_other = _log(1.0 - theta.pi) + log_phi2
    log_den = _logaddexp(log_num, log_other)
    if state.r is not None:
        r, from_session = float(state.r[0, index]), True
    else:
        r = math.exp(log_num - log_den) if math.isfinite(log_den) else 0.5
        from_session = False
    return PointValues(index, x, theta, t, log_phi1, log_phi2, log_num, log_other, log_den,
                       r, from_session)


@dataclass(frozen=True)
class MixturePointValues:
    """The E-step of one point for K components: every factor as a log, and the r_ik shown."""

    index: int
    x: float
    theta: Mixture
    iteration: int
    log_phi: tuple[float, ...]  # log phi(x; mu_k, sigma_k)
    log_terms: tuple[float, ...]  # log w_k phi(x; mu_k, sigma_k)
    log_den: float
    r: tuple[float, ...]  # the session's r_ik (or the formula's before any E-step)
    from_session: bool

    def log_r(self, k: int) -> float:
        if not math.isfinite(self.log_den):
            return _log(self.r[k])
        return self.log_terms[k] - self.log_den

    def log_not_r(self, k: int) -> float:
        """log(1 - r_k) from the other terms, exact when r_k rounds to 1."""
        others = [v for j, v in enumerate(self.log_terms) if j != k]
        if not others or not math.isfinite(self.log_den):
            return math.log1p(-self.r[k]) if self.r[k] < 1.0 else -math.inf
        top = max(others)
        if top == -math.inf:
            return -math.inf
        return top + math.log(sum(math.exp(v - top) for v in others)) - self.log_den


def mixture_point_values(state: SessionState, index: int) -> MixturePointValues:
    """The E-step for point ``index`` at the state's responsibilities, K components."""
    theta, t = e_step_theta(state)
    x = float(state.data.x[index])
    log_phi = []
    log_terms = []
    for w, mu, sd in zip(theta.weights, theta.means, theta.sds, strict=True):
        d = (x - mu) / sd
        lp = -HALF_LOG_2PI - math.log(sd) - 0.5 * d * d
        log_phi.append(lp)
        log_terms.append(_log(w) + lp)
    top = max(log_terms)
    if top == -math.inf or not math.isfinite(top):
        log_den = -math.inf
    else:
        log_den = top + math.log(sum(math.exp(v - top) for v in log_terms))
    if state.r is not None:
        r = tuple(float(v) for v in state.r[:, index])
        from_session = True
    elif math.isfinite(log_den):
        r = tuple(math.exp(v - log_den) for v in log_terms)
        from_session = False
    else:
        r = (1.0 / theta.k,) * theta.k
        from_session = False
    return MixturePointValues(index, x, theta, t, tuple(log_phi), tuple(log_terms), log_den,
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
        self._values: PointValues | MixturePointValues | None = None
        self._data_version: int | None = None

        self._spin = QSpinBox()
        self._spin.setRange(0, 0)
        self._spin.setSpecialValueText(translate("PointPanel", "none"))
        self._spin.setAccessibleName(translate("PointPanel", "Point number"))
        self._spin.setToolTip(translate("PointPanel",
                "The number i of the observation to inspect (1 to n)"))
        self._spin.valueChanged.connect(self._spin_changed)
        self._uncertain = QPushButton(translate("PointPanel", "Most uncertain"))
        self._uncertain.setToolTip(translate("PointPanel",
                "Pick the point whose responsibility is closest to ½"))
        self._uncertain.clicked.connect(self.select_most_uncertain)
        self._follow = QCheckBox(translate("PointPanel", "Follow the mouse"))
        self._follow.setToolTip(translate("PointPanel",
                "Inspect the point under the mouse instead of the clicked one"))
        self._follow.toggled.connect(self._follow_toggled)

        controls = QHBoxLayout()
        point_label = QLabel(translate("PointPanel", "Point &i:"))
        point_label.setBuddy(self._spin)
        controls.addWidget(point_label)
        controls.addWidget(self._spin)
        controls.addWidget(self._uncertain)
        controls.addStretch(1)

        self._body = FormulaView("pointFormula")
        self._body.set_html(translate("PointPanel", PLACEHOLDER))

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
    def values(self) -> PointValues | MixturePointValues | None:
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
        self.set_point(int(np.argmin(np.max(state.r, axis=0))))

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
            self._body.set_html(translate("PointPanel", PLACEHOLDER))
            return
        if state.model.is_seed and state.theta.sds == (1.0, 1.0):
            self._values = point_values(state, self._index)
            self._body.set_html(self._html(state, self._values))
        else:
            values = mixture_point_values(state, self._index)
            self._values = values
            self._body.set_html(self._html_k(state, values))

    @staticmethod
    def _head(state: SessionState, i: str, x: float, index: int) -> str:
        head = translate("PointPanel", "<b>Point {i} = {n}</b>, {x} = {value}").format(
            i=var("i"), n=i, x=var("x", i), value=fmt(x, decimals=PARAM_DECIMALS))
        scale = state.data.scale
        if scale is not None:  # the same point in the file's own numbers
            unit = html.escape(scale.name) if scale.name else translate("PointPanel",
                                                                        "the file's units")
            head += translate("PointPanel", " &nbsp;({value} in {unit})").format(
                value=fmt(scale.original(x), 6), unit=unit)
        z = state.data.labels
        if z is not None:
            true = int(z[index])
            head += translate("PointPanel", " &nbsp;(drawn from {swatch} component {k})").format(
                swatch=swatch(palette.component(true - 1)), k=true)
        return head

    @staticmethod
    def _context(state: SessionState, iteration: int, from_session: bool) -> str:
        theta_t = f"{var('θ', str(iteration))}"
        if not from_session:
            return translate("PointPanel", "No E-step yet. The first E-step, at {theta}, will "
                             "compute:").format(theta=theta_t)
        if state.phase == "M":
            return translate("PointPanel", "The colours still come from the E-step of iteration "
                             "{n}, at {theta}; the M-step has since moved the curves.").format(
                n=iteration, theta=theta_t)
        return translate("PointPanel", "E-step of iteration {n}, at {theta}:").format(
            n=iteration, theta=theta_t)

    def _html_k(self, state: SessionState, v: MixturePointValues) -> str:
        """Bayes' rule for K components, with the numbers of this point."""
        i = str(v.index + 1)
        th = v.theta
        k = th.k
        p = lambda value: fmt(value, decimals=PARAM_DECIMALS)  # noqa: E731
        xi = var("x", i)
        free = state.model.variance == "free"
        shared = state.model.variance == "shared"

        def sd_name(j: str) -> str:
            if free:
                return var("σ", j)
            return var("σ") if shared else "1"

        def phi_k(x: str, j: str) -> str:
            return f"<i>φ</i>({x}; {var('μ', j)}, {sd_name(j)})"

        head = self._head(state, i, v.x, v.index)
        context = self._context(state, v.iteration, v.from_session)
        generic = var("x", "i")
        symbolic = fraction(
            f"{var('w', 'k')}·{phi_k(generic, 'k')}",
            f"Σ<sub><i>j</i></sub> {var('w', 'j')}·{phi_k(generic, 'j')}",
        )
        # The denominator once, as a sum that may wrap between its terms; each r_ik is then a
        # short fraction, so six components still fit a narrow side column.
        den = fmt_log(v.log_den, FACTOR_DIGITS)
        terms = " + ".join(fmt_log(v.log_terms[j], FACTOR_DIGITS).replace(" ", NBSP)
                           for j in range(k))
        template = translate("PointPanel", "The denominator, {sum} = {terms} = {total}")
        total = "<p>" + template.format(
            sum=f"Σ<sub><i>j</i></sub> {var('w', 'j')}·{phi_k(xi, 'j')}", terms=terms,
            total=f"<b>{den}</b>") + "</p>"
        rows = [(var("r", "ik"), symbolic)]
        for j in range(k):
            js = str(j + 1)
            r_s = fmt_probability(v.r[j], v.log_r(j), v.log_not_r(j))
            rows.append((
                f"{swatch(palette.component(j))}{NBSP}{var('r', i + ',' + js)}",
                line(fraction(fmt_log(v.log_terms[j], FACTOR_DIGITS), den),
                     f"&nbsp;=&nbsp;<b>{r_s}</b>"),
            ))
        eq = "".join(
            f'<tr><td valign="middle" align="right" style="{ROW_PAD} {NOWRAP}">{left}</td>'
            f'<td valign="middle" style="{ROW_PAD} {NOWRAP}">&nbsp;=&nbsp;</td>'
            f'<td valign="middle" style="{ROW_PAD} {NOWRAP}">{right}</td></tr>'
            for left, right in rows
        )
        formula = f'<table {ALIGN_TABLE} style="margin-top: 6px; margin-bottom: 6px;">{eq}</table>'
        where_rows = []
        for j in range(k):
            js = str(j + 1)
            sd_value = p(th.sds[j]) if state.model.estimates_variance else "1"
            term = (f"{var('w', js)}·{phi_k(xi, js)} = {p(th.weights[j])} × "
                    f"<i>φ</i>({p(v.x)}; {p(th.means[j])}{arg_sep()}{sd_value})"
                    f" = {fmt_log(v.log_terms[j], FACTOR_DIGITS)}")
            parts = term.split(" = ")
            text = f"{NBSP}={NBSP}".join(part.replace(" ", NBSP) for part in parts)
            where_rows.append(f"<tr><td>{swatch(palette.component(j))}{NBSP}{text}</td></tr>")
        where = f"<table {ALIGN_TABLE}>{''.join(where_rows)}</table>"
        best = max(range(k), key=lambda j: v.r[j])
        sure = fmt_probability(v.r[best], v.log_r(best), v.log_not_r(best))
        verdict = (
            translate("PointPanel", "So point {i} most likely belongs to {swatch} component {k}, "
                      "with probability <b>{p}</b>; the responsibilities of a point always add "
                      "up to 1.").format(i=i, swatch=swatch(palette.component(best)), k=best + 1,
                                         p=sure)
        )
        density = line(
            f"<i>φ</i>({var('x')}; {var('μ')}, {var('σ')}) = ",
            fraction("1", f"{var('σ')}√(2π)"),
            f"&nbsp;{var('e')}<sup>−({var('x')} − {var('μ')})²/(2{var('σ')}²)</sup>",
        )
        where_word = translate("PointPanel", "where")
        density_note = translate("PointPanel", "φ is the normal density:")
        return (
            f"<p>{head}</p><p>{context}</p>{total}{formula}"
            f"<p>{where_word}</p>{where}<p>{verdict}</p>"
            f'<p style="color:#555555;">{density_note}</p>'
            f'<div style="color:#555555;">{density}</div>'
        )

    def _html(self, state: SessionState, v: PointValues) -> str:
        i = str(v.index + 1)
        th = v.theta
        p = lambda value: fmt(value, decimals=PARAM_DECIMALS)  # noqa: E731
        xi, mu1, mu2, pi = var("x", i), var("μ", "1"), var("μ", "2"), var("π")
        generic = var("x", "i")
        c1, c2 = palette.COMPONENT_1, palette.COMPONENT_2

        head = translate("PointPanel", "<b>Point {i} = {n}</b>, {x} = {value}").format(
            i=var("i"), n=i, x=xi, value=p(v.x))
        scale = state.data.scale
        if scale is not None:  # the same point in the file's own numbers
            unit = html.escape(scale.name) if scale.name else translate("PointPanel",
                                                                        "the file's units")
            head += translate("PointPanel", " &nbsp;({value} in {unit})").format(
                value=fmt(scale.original(v.x), 6), unit=unit)
        z = state.data.z
        if z is not None:
            true = 1 if z[v.index] == 1 else 2
            colour = c1 if true == 1 else c2
            head += translate("PointPanel", " &nbsp;(drawn from {swatch} component {k})").format(
                swatch=swatch(colour), k=true)
        theta_t = f"{var('θ', str(v.iteration))}"
        if not v.from_session:
            context = translate("PointPanel", "No E-step yet. The first E-step, at {theta}, will "
                                "compute:").format(theta=theta_t)
        elif state.phase == "M":
            context = translate("PointPanel", "The colours still come from the E-step of "
                                "iteration {n}, at {theta}; the M-step has since moved the "
                                "curves.").format(n=v.iteration, theta=theta_t)
        else:
            context = translate("PointPanel", "E-step of iteration {n}, at {theta}:").format(
                n=v.iteration, theta=theta_t)

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
            translate("PointPanel", "So point {i} belongs to {swatch1} component 1 with "
                      "probability <b>{r}</b> and to {swatch2} component 2 with probability "
                      "<b>{s}</b>.").format(i=i, swatch1=swatch(c1), r=r_s, swatch2=swatch(c2),
                                            s=s_s)
        )
        where_word = translate("PointPanel", "where")
        density_note = translate("PointPanel", "φ is the normal density with variance 1:")
        return (
            f"<p>{head}</p><p>{context}</p>{formula}"
            f"<p>{where_word}</p>{where}<p>{verdict}</p>"
            f'<p style="color:#555555;">'
            f'{density_note}</p>'
            f'<div style="color:#555555;">{density}</div>'
        )
