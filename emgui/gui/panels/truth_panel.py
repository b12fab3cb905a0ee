"""The truth beside the estimate, when the data were simulated and so the truth is known.

Shows the true π, μ₁, μ₂ next to the current estimates, and how many points the fit puts in
their true component (by the most probable component, with the labelling that matches best, so
that a fit with the labels exchanged is recognised and said to be one).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtWidgets import QVBoxLayout, QWidget

from emgui.core import mixture as mx
from emgui.core.em import Params
from emgui.core.mixture import Mixture
from emgui.core.truth import label_agreement, label_agreement_k, matched_truth
from emgui.gui import palette
from emgui.gui.i18n import translate
from emgui.gui.panels import StatePanel
from emgui.gui.panels.formula import ALIGN_TABLE, FormulaView, fmt, fmt_count, swatch, var
from emgui.gui.session import SessionState

if TYPE_CHECKING:  # pragma: no cover - typing only (kept off the start-up path)
    from emgui.core.standardize import DataScale

__all__ = ["TruthPanel", "TruthValues", "responsibilities_used"]

DECIMALS = 3
CELL = "padding: 3px 10px 3px 10px; white-space: nowrap;"
HEAD = "padding: 3px 10px 3px 10px; border-bottom: 1px solid #888888;"


@dataclass(frozen=True)
class TruthValues:
    """What the panel shows: the truth (None for observed data) and the label agreement."""

    estimate: Params | Mixture
    truth: Params | Mixture | None
    share: float | None  # None before the first E-step or without true labels
    matched: int | None  # points whose most probable component is their true one
    swapped: bool
    sample_share: float | None  # share of points drawn from component 1
    #: K components: the true component (0-based) matched to each fitted one.
    permutation: tuple[int, ...] | None = None


def model_scale(scale: DataScale) -> str:
    """'(x − 70.9) / 6' : how the values EM sees were made from the file's numbers."""
    x = var("x")
    sign = "−" if scale.shift > 0 else "+"
    centred = f"{x} {sign} {fmt(abs(scale.shift), 4)}" if scale.shift != 0.0 else x
    if scale.scale == 1.0:
        return centred
    if scale.shift != 0.0:
        centred = f"({centred})"
    return f"{centred} / {fmt(scale.scale, 4)}"


def responsibilities_used(state: SessionState) -> str:
    """Which responsibilities the count above is made of: after an M-step, the previous θ's."""
    t = state.r_iteration
    if t is None:
        return ""
    theta_t = var("θ", str(t))
    if state.phase == "M":
        return (
            translate("TruthPanel", "This count uses the responsibilities of the previous "
                      "{theta} (the E-step of iteration {n}): the M-step has since moved the "
                      "estimate to {now}, whose responsibilities come with the next E-step."
                      ).format(theta=theta_t, n=t, now=var("θ", str(state.iteration)))
        )
    return translate("TruthPanel", "This count uses the responsibilities of {theta}, the "
                     "estimate in the table.").format(theta=theta_t)


class TruthPanel(StatePanel):
    """True parameters beside the estimates, and the share of points labelled right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: TruthValues | None = None
        self._cache: tuple[tuple[int, int], tuple[float, bool]] | None = None
        self._labels_version: int | None = None
        self._is_one: np.ndarray | None = None  # true labels as booleans, once per data set
        self._sample_share: float | None = None
        self._body = FormulaView("truthTable")
        layout = QVBoxLayout(self)
        layout.addWidget(self._body)

    @property
    def values(self) -> TruthValues | None:
        return self._values

    def text(self) -> str:
        """The rich text shown (for tests and for copying)."""
        return self._body.html

    def _labels(self, state: SessionState) -> np.ndarray | None:
        """z == 1 as booleans and the sample's share of component 1, computed once per data."""
        if state.data_version != self._labels_version:
            self._labels_version = state.data_version
            z = state.data.z
            self._is_one = (np.asarray(z) == 1) if z is not None else None
            self._sample_share = (
                float(np.count_nonzero(self._is_one)) / self._is_one.size
                if self._is_one is not None and self._is_one.size else None
            )
        return self._is_one

    def draw(self, state: SessionState) -> None:
        truth = state.data.truth
        if not (state.model.k == 2 and (truth is None or isinstance(truth, Params))):
            self._draw_k(state)
            return
        is_one = self._labels(state)
        share = matched = None
        swapped = False
        r1 = state.r1
        if is_one is not None and r1 is not None and is_one.shape == r1.shape:
            key = (state.data_version, id(state.r))
            if self._cache is None or self._cache[0] != key:
                self._cache = (key, label_agreement(r1, is_one))
            share, swapped = self._cache[1]
            matched = round(share * is_one.size)
        self._values = TruthValues(state.theta, state.data.truth, share, matched, swapped,
                                   self._sample_share)
        self._body.set_html(self._html(state, self._values))

    def _draw_k(self, state: SessionState) -> None:
        """K components: the fit beside the truth, components matched by the best relabelling."""
        z = state.data.labels
        share = matched = perm = None
        if z is not None and state.r is not None and state.r.shape[1] == len(z):
            key = (state.data_version, id(state.r))
            if self._cache is None or self._cache[0] != key:
                try:
                    agreement = label_agreement_k(state.r, z)
                except ValueError:  # drawn from more components than the model fits
                    agreement = None
                self._cache = (key, agreement)
            if self._cache[1] is not None:
                share, perm = self._cache[1]
                perm = tuple(p - 1 for p in perm)
                matched = round(share * len(z))
        truth = state.data.true_mixture
        self._values = TruthValues(state.theta, truth, share, matched,
                                   perm is not None and perm != tuple(range(len(perm))), None,
                                   perm)
        self._body.set_html(self._html_k(state, self._values))

    def _html_k(self, state: SessionState, v: TruthValues) -> str:
        p = lambda value: fmt(value, decimals=DECIMALS)  # noqa: E731
        n = state.data.x.size
        est = mx.as_mixture(v.estimate)
        parts: list[str] = []
        if v.truth is None:
            source = html.escape(state.data.source) or translate("TruthPanel", "a file")
            parts.append(translate("TruthPanel", "<p>These data came from {source}, not from "
                                   "the simulator, so the true parameters are unknown.</p>"
                                   ).format(source=source))
            return "".join(parts)
        truth = mx.as_mixture(v.truth)
        perm = v.permutation or tuple(range(est.k))
        head = ["", translate("TruthPanel", "Estimate {theta}").format(
            theta=var("θ", str(state.iteration))), translate("TruthPanel", "Truth")]
        header = "".join(f'<td align="center" style="{HEAD}"><b>{h}</b></td>' for h in head)
        rows = [f"<tr>{header}</tr>"]
        for j in range(est.k):
            t = perm[j] if j < len(perm) else None
            mark = swatch(palette.component(j))
            for name, mine, theirs in (
                (var("w", str(j + 1)), est.weights[j], truth.weights[t] if t is not None
                 and t < truth.k else None),
                (var("μ", str(j + 1)), est.means[j], truth.means[t] if t is not None
                 and t < truth.k else None),
                (var("σ", str(j + 1)), est.sds[j], truth.sds[t] if t is not None
                 and t < truth.k else None),
            ):
                cells = [f"{mark} {name}", p(mine), "—" if theirs is None else p(theirs)]
                rows.append("<tr>" + f'<td style="{CELL}">{cells[0]}</td>' + "".join(
                    f'<td align="right" style="{CELL}">{c}</td>' for c in cells[1:]) + "</tr>")
        parts.append(f"<table {ALIGN_TABLE}>{''.join(rows)}</table>")
        if est.k != truth.k:
            parts.append(translate("TruthPanel", "<p>The data were drawn from {k} components; "
                                   "the model fits {fit}.</p>").format(k=truth.k, fit=est.k))
        if v.share is None or v.matched is None:
            parts.append(translate("TruthPanel", "<p>The agreement with the true labels "
                                   "appears after the first E-step.</p>"))
            return "".join(parts)
        percent = fmt(100 * v.share, decimals=1)
        parts.append(
            translate("TruthPanel", "<p>The most probable component is the true one for "
                      "<b>{matched} of {n}</b> points ({percent}%), with the components' names "
                      "matched in the best way: EM's numbers 1, 2, … carry no meaning, so any "
                      "relabelling of the fit is just as good.</p>").format(
                matched=fmt_count(v.matched), n=fmt_count(n), percent=percent)
        )
        parts.append(f"<p>{responsibilities_used(state)}</p>")
        return "".join(parts)

    def _html(self, state: SessionState, v: TruthValues) -> str:
        c1, c2 = palette.COMPONENT_1, palette.COMPONENT_2
        p = lambda value: fmt(value, decimals=DECIMALS)  # noqa: E731
        n = state.data.x.size
        parts: list[str] = []
        scale = state.data.scale
        if scale is not None:
            unit = f" ({html.escape(scale.name)})" if scale.name else ""
            est = v.estimate
            parts.append(
                translate("TruthPanel", "<p><b>In the file's units{unit}:</b> {mu1} = {v1}, "
                          "{mu2} = {v2}, and each component's spread is {spread} (the model "
                          "works on {model}).</p>").format(
                    unit=unit, mu1=f"{swatch(c1)} {var('μ', '1')}",
                    v1=fmt(scale.original(est.mu1), 4), mu2=f"{swatch(c2)} {var('μ', '2')}",
                    v2=fmt(scale.original(est.mu2), 4), spread=fmt(scale.scale, 4),
                    model=model_scale(scale))
            )
        if v.truth is None:
            source = html.escape(state.data.source) or translate("TruthPanel", "a file")
            parts.append(
                translate("TruthPanel", "<p>These data came from {source}, not from the "
                          "simulator, so the true parameters are unknown.</p>").format(
                    source=source)
            )
        else:
            names = [var("π"), f"{swatch(c1)} {var('μ', '1')}", f"{swatch(c2)} {var('μ', '2')}"]
            est = v.estimate.as_tuple()
            tru = v.truth.as_tuple()
            head = ["", translate("TruthPanel", "Estimate<br>{theta}").format(
                theta=var("θ", str(state.iteration))), translate("TruthPanel", "Truth<br>&nbsp;")]
            exchanged = matched_truth(v.truth, True).as_tuple() if v.swapped else None
            if exchanged is not None:
                head.append(translate("TruthPanel", "Truth with<br>1 and 2 exchanged"))
            header = "".join(
                f'<td align="center" valign="bottom" style="{HEAD}"><b>{h}</b></td>' for h in head
            )
            rows = [f"<tr>{header}</tr>"]
            for k, name in enumerate(names):
                cells = [name, p(est[k]), p(tru[k])]
                if exchanged is not None:
                    cells.append(p(exchanged[k]))
                rows.append(
                    "<tr>"
                    + f'<td style="{CELL}">{cells[0]}</td>'
                    + "".join(f'<td align="right" style="{CELL}">{c}</td>' for c in cells[1:])
                    + "</tr>"
                )
            parts.append(f"<table {ALIGN_TABLE}>{''.join(rows)}</table>")
            if v.sample_share is not None:
                drawn = round(v.sample_share * n)
                parts.append(
                    translate("TruthPanel", "<p>In this sample {drawn} of {n} points ({percent}%) "
                              "were drawn from component 1; the true {pi} is the share expected "
                              "in a very large sample.</p>").format(
                        drawn=fmt_count(drawn), n=fmt_count(n),
                        percent=fmt(100 * v.sample_share, decimals=1), pi=var("π"))
                )
        if state.data.z is None:
            return "".join(parts)
        if v.share is None or v.matched is None:
            parts.append(translate("TruthPanel", "<p>The agreement with the true labels "
                                   "appears after the first E-step.</p>"))
            return "".join(parts)
        percent = fmt(100 * v.share, decimals=1)
        parts.append(
            translate("TruthPanel", "<p>The most probable component is the true one for "
                      "<b>{matched} of {n}</b> points ({percent}%).</p>").format(
                matched=fmt_count(v.matched), n=fmt_count(n), percent=percent)
        )
        parts.append(f"<p>{responsibilities_used(state)}</p>")
        if v.swapped:
            parts.append(
                translate("TruthPanel", "<p><b>The labels are swapped:</b> the fit calls the true "
                          "component 1 “component 2” and the other way round. That is label "
                          "switching: the names 1 and 2 carry no information, so the fit is just "
                          "as good; compare with the last column.</p>")
            )
        return "".join(parts)
