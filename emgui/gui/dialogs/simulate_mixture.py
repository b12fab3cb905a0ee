"""Simulate a sample from K components: a weight, a mean and a sigma per component, n and a seed.

The seed's two-component sample keeps its own settings in the Setup panel (separation, true pi);
this dialog is for the general mixtures, whose truth the data view then draws dashed and the
Truth tab compares with the fit, matching components up to relabelling.
"""

from __future__ import annotations

import math

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from emgui.core import mixture as mx
from emgui.core.em import Simulation

__all__ = ["SimulateMixtureDialog"]

#: Where the rows start: a big group and two smaller ones, as in the three-component presets.
DEFAULT_ROWS = ((0.5, 0.0, 1.0), (0.25, 4.0, 0.5), (0.25, 6.0, 0.5), (0.2, -4.0, 1.0),
                (0.2, 9.0, 1.0), (0.2, 12.0, 1.0))
SUB = "₀₁₂₃₄₅₆"


class SimulateMixtureDialog(QDialog):
    """Asks for K rows of (weight, mean, sigma), n and a seed; ``simulation()`` gives them."""

    def __init__(self, start: mx.MixtureSimulation | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Simulate from K components")
        self.setObjectName("simulate_mixture_dialog")
        self.k_box = QSpinBox(objectName="simulate_k_box")
        self.k_box.setRange(1, mx.MAX_COMPONENTS)
        self.k_box.setAccessibleName("Number of components to draw from")
        self.n_box = QSpinBox(objectName="simulate_n_box")
        self.n_box.setRange(1, Simulation.MAX_N)
        self.n_box.setGroupSeparatorShown(True)
        self.n_box.setAccessibleName("Number of points")
        self.seed_box = QSpinBox(objectName="simulate_seed_box")
        self.seed_box.setRange(0, Simulation.SEED_LIMIT - 1)
        self.seed_box.setAccessibleName("Random seed")
        top = QFormLayout()
        top.addRow("Components", self.k_box)
        top.addRow("n", self.n_box)
        top.addRow("Seed", self.seed_box)

        grid = QGridLayout()
        for column, title in enumerate(("", "weight", "mean μ", "σ")):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        self.rows: list[tuple[QLabel, QDoubleSpinBox, QDoubleSpinBox, QDoubleSpinBox]] = []
        for k in range(mx.MAX_COMPONENTS):
            name = QLabel(f"component {k + 1}")
            weight = _box(0.0, 1.0, 0.05, 3, f"weight of component {k + 1}")
            mean = _box(-1e6, 1e6, 0.5, 3, f"mean of component {k + 1}")
            sd = _box(1e-3, 1e6, 0.1, 3, f"sigma of component {k + 1}")
            for column, widget in enumerate((name, weight, mean, sd)):
                grid.addWidget(widget, k + 1, column)
            self.rows.append((name, weight, mean, sd))
        self.note = QLabel("The weights are divided by their sum, so they need not add to 1.")
        self.note.setWordWrap(True)
        self.message = QLabel(objectName="simulate_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B00020;")
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.k_box.valueChanged.connect(self._show_rows)
        self._fill(start)

    def _fill(self, start: mx.MixtureSimulation | None) -> None:
        rows = list(DEFAULT_ROWS)
        k, n, seed = 3, 150, 11
        if start is not None:
            t = start.truth_mixture
            rows[: t.k] = list(zip(t.weights, t.means, t.sds, strict=True))
            k, n, seed = t.k, start.n, start.seed
        for (_, weight, mean, sd), (w, m, s) in zip(self.rows, rows, strict=True):
            weight.setValue(w)
            mean.setValue(m)
            sd.setValue(s)
        self.k_box.setValue(k)
        self.n_box.setValue(n)
        self.seed_box.setValue(seed)
        self._show_rows(k)

    def _show_rows(self, k: int) -> None:
        for j, row in enumerate(self.rows):
            for widget in row:
                widget.setVisible(j < k)
        self.adjustSize()

    def simulation(self) -> mx.MixtureSimulation:
        """The settings shown; ValueError with one sentence when they cannot draw a sample."""
        k = self.k_box.value()
        weights = [row[1].value() for row in self.rows[:k]]
        total = math.fsum(weights)
        if not total > 0:
            raise ValueError("at least one component needs a weight above 0")
        truth = mx.Mixture(
            tuple(w / total for w in weights),
            tuple(row[2].value() for row in self.rows[:k]),
            tuple(row[3].value() for row in self.rows[:k]),
        )
        return mx.MixtureSimulation(self.n_box.value(), truth, self.seed_box.value()).validated()

    def _accept(self) -> None:
        try:
            self.simulation()
        except ValueError as exc:
            text = str(exc)
            self.message.setText(text[:1].upper() + text[1:] + ".")
            self.message.show()
            return
        self.accept()


def _box(lo: float, hi: float, step: float, decimals: int, name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(lo, hi)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    box.setAccessibleName(name)
    box.setKeyboardTracking(False)
    return box
