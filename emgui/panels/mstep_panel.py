"""The M-step as arithmetic: five sums over the points and three divisions give the next θ.

π = Σ r_i / n, μ₁ = Σ r_i·x_i / Σ r_i, μ₂ = Σ (1 − r_i)·x_i / Σ (1 − r_i): weighted averages in
which every point counts for each component in proportion to its responsibility. The sums are
taken over the responsibilities the state shows, in the same order as the core takes them, so
the result equals the θ the session records next.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtWidgets import QVBoxLayout, QWidget

from emgui import palette
from emgui.em import Params
from emgui.panels import StatePanel
from emgui.panels.formula import ALIGN_TABLE, FormulaView, fmt, fmt_count, fraction, swatch, var
from emgui.panels.point_panel import e_step_theta
from emgui.session import SessionState

__all__ = ["MStepPanel", "MStepValues", "m_step_values"]

SUM_DIGITS = 6
PARAM_DECIMALS = 3
#: Below this share of n, n − Σ r_i loses digits, so Σ (1 − r_i) is summed directly (as the core).
DIRECT_SUM_SHARE = 1e-3
ROW_PAD = "padding-bottom: 10px; white-space: nowrap;"
NOWRAP = "white-space: nowrap;"


@dataclass(frozen=True)
class MStepValues:
    """The sums and the parameters they give; ``kept`` names components whose mean stood still."""

    n: int
    sum_r: float
    sum_rx: float
    sum_s: float  # Σ (1 − r_i)
    sum_sx: float  # Σ (1 − r_i)·x_i
    result: Params
    previous: Params  # the θ whose E-step gave r (a component with no weight keeps its mean)
    iteration: int  # t of that θ: the result is θ_{t+1}
    kept: tuple[int, ...]


def m_step_values(
    x: np.ndarray, r: np.ndarray, previous: Params, iteration: int, total: float | None = None
) -> MStepValues:
    """The M-step's sums for responsibilities r on data x (weighted averages; no NaN ever).

    ``total`` is Σ x_i when already known (the data summary has it), saving a pass over x.
    """
    n = int(x.size)
    sum_r = float(np.sum(r))
    sum_rx = float(np.dot(r, x))
    sum_s = n - sum_r
    if sum_s < DIRECT_SUM_SHARE * n:
        one_minus = 1.0 - r
        sum_s = float(np.sum(one_minus))
        sum_sx = float(np.dot(one_minus, x))
    else:
        sum_sx = (float(np.sum(x)) if total is None else total) - sum_rx
    kept: list[int] = []
    mu1 = sum_rx / sum_r if sum_r > 0.0 else math.nan
    mu2 = sum_sx / sum_s if sum_s > 0.0 else math.nan
    if not math.isfinite(mu1):
        mu1 = previous.mu1
        kept.append(1)
    if not math.isfinite(mu2):
        mu2 = previous.mu2
        kept.append(2)
    pi = min(max(sum_r / n, 0.0), 1.0)
    return MStepValues(n, sum_r, sum_rx, sum_s, sum_sx, Params(pi, mu1, mu2), previous,
                       iteration, tuple(kept))


class MStepPanel(StatePanel):
    """Shows Σ r_i, Σ r_i·x_i, Σ (1 − r_i), Σ (1 − r_i)·x_i and n, and the divisions they feed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: MStepValues | None = None
        self._cache_key: tuple[int, int] | None = None
        self._body = FormulaView("mstepFormula")
        layout = QVBoxLayout(self)
        layout.addWidget(self._body)

    @property
    def values(self) -> MStepValues | None:
        """The sums drawn last (None before the first E-step)."""
        return self._values

    def text(self) -> str:
        """The rich text shown (for tests and for copying)."""
        return self._body.html

    def draw(self, state: SessionState) -> None:
        if state.r is None:
            self._values = None
            self._cache_key = None
            self._body.set_html(
                "<p>No responsibilities yet. The M-step averages the points weighted by their "
                "responsibilities, so it needs an E-step first: press Step.</p>"
            )
            return
        previous, t = e_step_theta(state)
        key = (state.data_version, id(state.r))
        if key != self._cache_key or self._values is None or self._values.iteration != t:
            # Sums over a million points cost a few milliseconds: only redo them for a new r.
            self._values = m_step_values(state.data.x, state.r, previous, t,
                                         state.data.summary.total)
            self._cache_key = key
        self._body.set_html(self._html(state, self._values))

    def _html(self, state: SessionState, v: MStepValues) -> str:
        i = "i"
        r, x = var("r", i), var("x", i)
        s1 = f"Σ {r}"
        s1x = f"Σ {r}·{x}"
        s2 = f"Σ (1 − {r})"
        s2x = f"Σ (1 − {r})·{x}"
        c1, c2 = palette.COMPONENT_1, palette.COMPONENT_2
        nxt = var("θ", str(v.iteration + 1))
        if state.phase == "M":
            context = (f"The M-step of iteration {v.iteration} used the responsibilities of its "
                       f"E-step and gave the {nxt} now shown:")
        else:
            context = (f"Responsibilities of iteration {v.iteration}. The next M-step turns "
                       f"them into {nxt}:")

        def num(value: float) -> str:
            return fmt(value, SUM_DIGITS)

        sums = [
            (var("n"), fmt_count(v.n)),
            (s1, num(v.sum_r)),
            (s1x, num(v.sum_rx)),
            (s2, num(v.sum_s)),
            (s2x, num(v.sum_sx)),
        ]
        sum_rows = "".join(
            f'<tr><td align="right" style="{NOWRAP}">{name}</td><td>&nbsp;=&nbsp;</td>'
            f'<td align="right" style="{NOWRAP}">{value}</td></tr>'
            for name, value in sums
        )
        table = f"<table {ALIGN_TABLE}>{sum_rows}</table>"
        weights = (
            f"{s1} is how many points' worth of weight {swatch(c1)} component 1 gets, and {s2} "
            f"is {swatch(c2)} component 2's share; together they make {var('n')}."
        )

        p = lambda value: fmt(value, decimals=PARAM_DECIMALS)  # noqa: E731
        res = v.result
        lines = [
            (var("π"), fraction(s1, var("n")), fraction(num(v.sum_r), fmt_count(v.n)),
             p(res.pi), None),
            (var("μ", "1"), fraction(s1x, s1), fraction(num(v.sum_rx), num(v.sum_r)),
             p(res.mu1), 1),
            (var("μ", "2"), fraction(s2x, s2), fraction(num(v.sum_sx), num(v.sum_s)),
             p(res.mu2), 2),
        ]
        rows = []
        for name, symbolic, numeric, result, component in lines:
            if component in v.kept:
                numeric = "no weight at all, so"
                result = f"{p(getattr(v.previous, f'mu{component}'))} (unchanged)"
            mark = swatch(c1 if component == 1 else c2) + " " if component else ""
            cells = [f"{mark}{name}", symbolic, numeric, f"<b>{result}</b>"]
            rows.append(
                "<tr>"
                + f'<td valign="middle" align="right" style="{ROW_PAD}">{cells[0]}</td>'
                + "".join(
                    f'<td valign="middle" style="{ROW_PAD}">&nbsp;=&nbsp;</td>'
                    f'<td valign="middle" style="{ROW_PAD}">{cell}</td>'
                    for cell in cells[1:]
                )
                + "</tr>"
            )
        divisions = f"<table {ALIGN_TABLE}>{''.join(rows)}</table>"
        note = ""
        if v.kept:
            note = f'<p style="color:#555555;">{self._kept_sentence(v.kept)}</p>'
        return (
            f"<p>{context}</p>{table}<p>{weights}</p>"
            f"<p>Each new parameter is a division of these sums:</p>{divisions}{note}"
            f'<p style="color:#555555;">A point with {r} = 0.8 counts as 0.8 of a point for '
            f"component 1 and 0.2 of a point for component 2.</p>"
        )

    @staticmethod
    def _kept_sentence(kept: tuple[int, ...]) -> str:
        if len(kept) == 2:
            return "Neither component has any weight, so both means stay where they were."
        return (f"Component {kept[0]} has no weight on any point, so its mean stays where it "
                "was instead of becoming 0/0.")
