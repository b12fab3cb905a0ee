"""The M-step as arithmetic: five sums over the points and three divisions give the next θ.

π = Σ r_i / n, μ₁ = Σ r_i·x_i / Σ r_i, μ₂ = Σ (1 − r_i)·x_i / Σ (1 − r_i): weighted averages in
which every point counts for each component in proportion to its responsibility. The sums are
the core's own (the session carries them with the responsibilities shown), so the result is the
θ the session records next, to the last bit.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from emgui.gui import palette
from emgui.gui.i18n import translate
from emgui.gui.panels import StatePanel
from emgui.gui.panels.formula import (
    ALIGN_TABLE,
    FormulaView,
    fmt,
    fmt_count,
    fraction,
    line,
    swatch,
    var,
)
from emgui.gui.session import MStep, SessionState

__all__ = ["MStepPanel"]

SUM_DIGITS = 6
PARAM_DECIMALS = 3
ROW_PAD = "padding-bottom: 10px; white-space: nowrap;"
NOWRAP = "white-space: nowrap;"


class MStepPanel(StatePanel):
    """Shows Σ r_i, Σ r_i·x_i, Σ (1 − r_i), Σ (1 − r_i)·x_i and n, and the divisions they feed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: MStep | None = None
        self._body = FormulaView("mstepFormula")
        layout = QVBoxLayout(self)
        layout.addWidget(self._body)

    @property
    def values(self) -> MStep | None:
        """The sums drawn last (None before the first E-step)."""
        return self._values

    def text(self) -> str:
        """The rich text shown (for tests and for copying)."""
        return self._body.html

    def draw(self, state: SessionState) -> None:
        if state.mstep is None:
            self._values = None
            self._body.set_html(
                translate("MStepPanel", "<p>No responsibilities yet. The M-step averages the "
                          "points weighted by their responsibilities, so it needs an E-step "
                          "first: press Step.</p>")
            )
            return
        self._values = state.mstep
        if state.mstep.sums.seed is not None:
            self._body.set_html(self._html(state, state.mstep))
        else:
            self._body.set_html(self._html_k(state, state.mstep))

    @staticmethod
    def _context(state: SessionState, v: MStep) -> str:
        nxt = var("θ", str(v.iteration + 1))
        if state.phase == "M":
            return translate("MStepPanel", "The M-step of iteration {n} used the "
                             "responsibilities of its E-step and gave the {theta} now shown:"
                             ).format(n=v.iteration, theta=nxt)
        return translate("MStepPanel", "Responsibilities of iteration {n}. The next M-step "
                         "turns them into {theta}:").format(n=v.iteration, theta=nxt)

    def _html_k(self, state: SessionState, v: MStep) -> str:
        """Sums per component and the divisions that give w_k, mu_k (and sigma_k)."""
        m = v.sums
        k = v.result.k
        model = state.model
        r, x = var("r", "ik"), var("x", "i")
        mu = var("μ", "k")
        p = lambda value: fmt(value, decimals=PARAM_DECIMALS)  # noqa: E731

        def num(value: float) -> str:
            return fmt(value, SUM_DIGITS)

        heads = [f"Σ {r}", f"Σ {r}·{x}"]
        if model.estimates_variance:
            heads.append(f"Σ {r}·({x} − {mu})²")
        head_row = "".join(
            f'<td align="right" style="{NOWRAP} padding-left: 14px;"><b>{h}</b></td>'
            for h in heads
        )
        body_rows = []
        squares = []
        for j in range(k):
            new_mean = v.result.means[j]
            sq = m.sum_r_sq(j, new_mean) if model.estimates_variance else 0.0
            squares.append(sq)
            cells = [num(m.sum_r[j]), num(m.sum_rx(j))]
            if model.estimates_variance:
                cells.append(num(sq))
            body_rows.append(
                f'<tr><td style="{NOWRAP}">{swatch(palette.component(j))} {j + 1}</td>'
                + "".join(f'<td align="right" style="{NOWRAP} padding-left: 14px;">{c}</td>'
                          for c in cells)
                + "</tr>"
            )
        table = (
            f"<table {ALIGN_TABLE}><tr><td><i>k</i></td>{head_row}</tr>{''.join(body_rows)}"
            f"</table><p>{var('n')} = {fmt_count(m.n)}"
            + (translate("MStepPanel", "; the squares are about the new means {mu}.").format(
                mu=mu) if model.estimates_variance else ".")
            + "</p>"
        )
        rows = []
        for j in range(k):
            js = str(j + 1)
            mark = swatch(palette.component(j)) + " "
            kept = (j + 1) in v.kept
            rows.append((mark + var("w", js), fraction(num(m.sum_r[j]), fmt_count(m.n)),
                         p(v.result.weights[j])))
            if kept:
                rows.append((mark + var("μ", js), translate("MStepPanel", "no weight at all, so"),
                             translate("MStepPanel", "{value} (unchanged)").format(
                                 value=p(v.previous.means[j]))))
            else:
                rows.append((mark + var("μ", js), fraction(num(m.sum_rx(j)), num(m.sum_r[j])),
                             p(v.result.means[j])))
            if model.variance == "free":
                if kept:
                    value = translate("MStepPanel", "{value} (unchanged)").format(
                        value=p(v.previous.sds[j]))
                    rows.append((mark + var("σ", js), translate("MStepPanel",
                                                                "no weight at all, so"), value))
                else:
                    root = line("√", fraction(num(squares[j]), num(m.sum_r[j])))
                    rows.append((mark + var("σ", js), root, _sd_text(v, j)))
        if model.variance == "shared":
            total = sum(squares)
            root = line("√", fraction(num(total), fmt_count(m.n)))
            rows.append((var("σ"), root, _sd_text(v, 0)))
        html_rows = "".join(
            f'<tr><td valign="middle" align="right" style="{NOWRAP}">{name}</td>'
            f'<td valign="middle" style="{NOWRAP}">&nbsp;=&nbsp;</td>'
            f'<td valign="middle" style="{NOWRAP}">{division}</td>'
            f'<td valign="middle" style="{ROW_PAD}">&nbsp;=&nbsp;</td>'
            f'<td valign="middle" style="{ROW_PAD}"><b>{result}</b></td></tr>'
            for name, division, result in rows
        )
        divisions = f"<table {ALIGN_TABLE}>{html_rows}</table>"
        note = f'<p style="color:#555555;">{v.note}</p>' if v.note else ""
        shared = (translate("MStepPanel", "One σ for all components: the squared distances of "
                            "every component are pooled and divided by n.")
                  if model.variance == "shared" else "")
        return (
            f"<p>{self._context(state, v)}</p>{table}"
            f"<p>{division_note()}</p>{divisions}"
            + (f'<p style="color:#555555;">{shared}</p>' if shared else "")
            + note
            + '<p style="color:#555555;">'
            + translate("MStepPanel", "Every point counts for each component in proportion to "
                        "its responsibility {r}; a point's responsibilities add up to 1.").format(
                r=var("r", "ik"))
            + "</p>"
        )

    def _html(self, state: SessionState, v: MStep) -> str:
        i = "i"
        r, x = var("r", i), var("x", i)
        s1 = f"Σ {r}"
        s1x = f"Σ {r}·{x}"
        s2 = f"Σ (1 − {r})"
        s2x = f"Σ (1 − {r})·{x}"
        c1, c2 = palette.COMPONENT_1, palette.COMPONENT_2
        nxt = var("θ", str(v.iteration + 1))
        if state.phase == "M":
            context = translate("MStepPanel", "The M-step of iteration {n} used the "
                                "responsibilities of its E-step and gave the {theta} now shown:"
                                ).format(n=v.iteration, theta=nxt)
        else:
            context = translate("MStepPanel", "Responsibilities of iteration {n}. The next "
                                "M-step turns them into {theta}:").format(n=v.iteration,
                                                                          theta=nxt)

        def num(value: float) -> str:
            return fmt(value, SUM_DIGITS)

        m = v.sums.seed
        assert m is not None
        sums = [
            (var("n"), fmt_count(m.n)),
            (s1, num(m.sum_r)),
            (s1x, num(m.sum_rx)),
            (s2, num(m.sum_s)),
            (s2x, num(m.sum_sx)),
        ]
        sum_rows = "".join(
            f'<tr><td align="right" style="{NOWRAP}">{name}</td><td>&nbsp;=&nbsp;</td>'
            f'<td align="right" style="{NOWRAP}">{value}</td></tr>'
            for name, value in sums
        )
        table = f"<table {ALIGN_TABLE}>{sum_rows}</table>"
        weights = (
            translate("MStepPanel", "{s1} is how many points' worth of weight {swatch1} "
                      "component 1 gets, and {s2} is {swatch2} component 2's share; together "
                      "they make {n}.").format(s1=s1, swatch1=swatch(c1), s2=s2,
                                               swatch2=swatch(c2), n=var("n"))
        )

        p = lambda value: fmt(value, decimals=PARAM_DECIMALS)  # noqa: E731
        res = v.result.to_params()
        previous = v.previous.to_params()
        lines = [
            (var("π"), fraction(s1, var("n")), fraction(num(m.sum_r), fmt_count(m.n)),
             p(res.pi), None),
            (var("μ", "1"), fraction(s1x, s1), fraction(num(m.sum_rx), num(m.sum_r)),
             p(res.mu1), 1),
            (var("μ", "2"), fraction(s2x, s2), fraction(num(m.sum_sx), num(m.sum_s)),
             p(res.mu2), 2),
        ]
        rows = []
        for name, symbolic, numeric, result, component in lines:
            if component in v.kept:
                numeric = translate("MStepPanel", "no weight at all, so")
                result = translate("MStepPanel", "{value} (unchanged)").format(
                    value=p(getattr(previous, f"mu{component}")))
            mark = swatch(c1 if component == 1 else c2) + " " if component else ""
            cells = [f"{mark}{name}", symbolic, numeric]
            rows.append(
                "<tr>"
                + f'<td valign="middle" align="right" style="{NOWRAP}">{cells[0]}</td>'
                + "".join(
                    f'<td valign="middle" style="{NOWRAP}">&nbsp;=&nbsp;</td>'
                    f'<td valign="middle" style="{NOWRAP}">{cell}</td>'
                    for cell in cells[1:]
                )
                + "</tr>"
            )
            # The result on a line of its own, under the numbers: the side column is narrow.
            rows.append(
                '<tr><td></td><td></td><td></td>'
                f'<td valign="middle" style="{ROW_PAD}">&nbsp;=&nbsp;</td>'
                f'<td valign="middle" style="{ROW_PAD}"><b>{result}</b></td></tr>'
            )
        divisions = f"<table {ALIGN_TABLE}>{''.join(rows)}</table>"
        note = ""
        if v.kept:
            note = f'<p style="color:#555555;">{v.note}</p>'
        return (
            f"<p>{context}</p>{table}<p>{weights}</p>"
            f"<p>{translate('MStepPanel', 'Each new parameter is a division of these sums:')}"
            f"</p>{divisions}{note}"
            '<p style="color:#555555;">'
            + translate("MStepPanel", "A point with {r} = 0.8 counts as 0.8 of a point for "
                        "component 1 and 0.2 of a point for component 2.").format(r=r)
            + "</p>"
        )


def division_note() -> str:
    return translate("MStepPanel", "Each new parameter is a division of these sums:")


def _sd_text(v: MStep, k: int) -> str:
    """The new sigma, and why when the floor held it or it collapsed."""
    value = fmt(v.result.sds[k], decimals=PARAM_DECIMALS)
    if v.result.sds[k] < 10.0 ** -PARAM_DECIMALS:
        value = fmt(v.result.sds[k], 3)
    if (k + 1) in v.floored:
        return translate("MStepPanel", "{value} (held at the floor)").format(value=value)
    if (k + 1) in v.collapsed:
        return translate("MStepPanel", "{value} (collapsed onto a point)").format(value=value)
    return value
