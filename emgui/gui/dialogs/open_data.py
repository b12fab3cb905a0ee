"""Open data: pick a column, see how spread out it is, and put it on the model's scale.

Why a dialog at all: the model fixes each component's variance at 1, so a teacher's heights in
centimetres would give one component per point or one component for everything. The dialog
shows the spread, estimates the spread *within* a component, and offers to divide by it (on by
default when that scale is far from 1), saying in one sentence what dividing does. It also
offers to subtract the mean when the data lie nowhere near the start means. Nothing here reads
files or touches the session: it is given a parsed table and returns an :class:`OpenDataChoice`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# isort: split
# PySide6 is imported before pyqtgraph so that pyqtgraph binds to it.
import pyqtgraph as pg

from emgui.core import em
from emgui.core.datafile import Table, suggested_column
from emgui.core.standardize import (
    Spread,
    centre_needed,
    describe_transform,
    spread,
    transform,
)
from emgui.gui import look, palette
from emgui.gui.i18n import localized, translate
from emgui.gui.keyboard import describe

__all__ = ["PREVIEW_ROWS", "OpenDataChoice", "OpenDataDialog", "choice_for", "source_text"]

#: Columns of the file shown in the preview table (a wide file's first ones).
PREVIEW_COLUMNS = 40
#: Rows of the file shown in the preview table.
PREVIEW_ROWS = 5
#: The largest share of the screen's height the dialog takes; a taller body scrolls.
SCREEN_SHARE = 0.9
#: Bins of the small histogram of the values on the new scale (Rice's rule, within these bounds).
HISTOGRAM_BINS = (10, 60)


@dataclass(frozen=True, eq=False)
class OpenDataChoice:
    """What the user chose: a column and the transformation (x - shift) / scale applied to it."""

    column: str
    values: np.ndarray = field(repr=False)
    scale: float
    shift: float
    source: str


def _g(value: float) -> str:
    """A number for a label: 4 significant digits, a real minus sign."""
    return f"{value:.4g}".replace("-", "\u2212")


def _gl(value: float) -> str:
    """The same, in the chosen language's number format (the dialog's labels, not the source)."""
    return localized(_g(value))


def source_text(path: str, column: str, n_columns: int, scale: float, shift: float) -> str:
    """A short description of the data for titles and the status bar."""
    text = Path(path).name
    if n_columns > 1:
        text += f", column \u201c{column}\u201d"
    if shift != 0.0:
        text += f", minus {shift:.4g}"
    if scale != 1.0:
        text += f", divided by {scale:g}"
    return text


def choice_for(table: Table, column: str, scale: float = 1.0, shift: float = 0.0) -> OpenDataChoice:
    """The choice for a column without asking (one column already on the model's scale)."""
    values = transform(table.column(column), scale, shift)
    return OpenDataChoice(
        column, values, scale, shift,
        source_text(table.path, column, len(table.columns), scale, shift),
    )


def _decimals(value: float) -> int:
    """Decimals that show ``value`` to at least 2 significant digits."""
    if value <= 0 or not math.isfinite(value):
        return 2
    return max(2, min(10, 1 - math.floor(math.log10(value))))


class OpenDataDialog(QDialog):
    """Column picker with a preview, the data's spread, and the offer to standardise."""

    def __init__(
        self, table: Table, start: em.Params | None = None, parent: QWidget | None = None,
        column: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("open_data_dialog")
        self.setWindowTitle(translate("OpenData", "Open Data"))
        self.setModal(True)
        self._table = table
        self._start = start
        self._spreads: dict[str, Spread] = {}
        self._build()
        # The column chosen last time for this file, if it still has it; else the first one
        # that holds measurements rather than the rows' running numbers.
        first = (table.columns.index(column) if column in table.columns
                 else suggested_column(table))
        if first:
            self.column_combo.setCurrentIndex(first)  # its signal shows that column
        else:
            self._column_changed(0)
        describe(self)  # names for screen readers, from the labels beside the controls

    # ---------------------------------------------------------------- building
    def _build(self) -> None:
        table = self._table
        # The body scrolls when the screen is too short for it (a large zoom, a small
        # projector); the buttons stay in view below it.
        body = QWidget(objectName="open_data_body")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.body_scroll = _BodyScroll(body, self)
        outer = QVBoxLayout(self)
        outer.setSpacing(10)
        outer.addWidget(self.body_scroll, 1)

        title = QLabel(Path(table.path).name, objectName="file_label")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        title.setToolTip(table.path)
        layout.addWidget(title)
        rows = (translate("OpenData", "1 row") if table.n_rows == 1
                else translate("OpenData", "{n} rows").format(n=localized(f"{table.n_rows:,}")))
        cols = len(table.columns)
        info = (translate("OpenData", "{rows}, 1 numeric column") if cols == 1
                else translate("OpenData", "{rows}, {k} numeric columns")).format(rows=rows, k=cols)
        if table.skipped:
            one = table.skipped == 1
            info += (translate("OpenData", "; 1 blank or comment line skipped") if one
                     else translate("OpenData", "; {n} blank or comment lines skipped").format(
                         n=localized(f"{table.skipped:,}")))
        layout.addWidget(QLabel(info + ".", objectName="info_label"))

        picker = QHBoxLayout()
        self.column_label = QLabel(translate("OpenData", "&Column:"))
        self.column_combo = QComboBox(objectName="column_combo")
        self.column_combo.addItems(list(table.columns))
        self.column_label.setBuddy(self.column_combo)
        picker.addWidget(self.column_label)
        picker.addWidget(self.column_combo, 1)
        layout.addLayout(picker)
        several = cols > 1
        self.column_label.setVisible(several)
        self.column_combo.setVisible(several)

        self.preview = QTableWidget(objectName="preview")
        self._fill_preview()
        layout.addWidget(self.preview)

        # Below the preview: what the numbers are and what to do with them on the left, the
        # picture of the result on the right (wide rather than tall: it fits a 16:10 screen).
        lower = QHBoxLayout()
        lower.setSpacing(12)
        left = QVBoxLayout()
        self.spread_box = spread_box = QGroupBox(translate("OpenData", "Spread"),
                                                 objectName="spread_box")
        spread_layout = QVBoxLayout(spread_box)
        self.spread_label = QLabel(objectName="spread_label")
        self.within_label = QLabel(objectName="within_label")
        self.within_label.setWordWrap(True)
        spread_layout.addWidget(self.spread_label)
        spread_layout.addWidget(self.within_label)
        left.addWidget(spread_box)

        scale_box = QGroupBox(translate("OpenData", "Put the data on the model\u2019s scale"),
                              objectName="scale_box")
        scale_layout = QVBoxLayout(scale_box)
        why = QLabel(
            translate("OpenData", "The model fixes the variance of each component at 1, so one "
                      "unit should be the spread within a component.")
        )
        why.setWordWrap(True)
        scale_layout.addWidget(why)
        divide_row = QHBoxLayout()
        self.divide_check = QCheckBox(translate("OpenData", "&Divide every value by"),
                                      objectName="divide_check")
        self.scale_spin = QDoubleSpinBox(objectName="scale_spin")
        self.scale_spin.setKeyboardTracking(False)
        self.scale_spin.setMinimumWidth(110)
        self.estimate_button = QPushButton(translate("OpenData", "Use &estimate"),
                                           objectName="estimate_button")
        self.estimate_button.setAutoDefault(False)
        divide_row.addWidget(self.divide_check)
        divide_row.addWidget(self.scale_spin)
        divide_row.addWidget(self.estimate_button)
        divide_row.addStretch(1)
        scale_layout.addLayout(divide_row)
        self.centre_check = QCheckBox(objectName="centre_check")
        scale_layout.addWidget(self.centre_check)
        self.explanation = QLabel(objectName="explanation")
        self.explanation.setWordWrap(True)
        # Room for the longest explanation at the narrowest width (a 1024-pixel projector).
        self.explanation.setMinimumHeight(6 * self.explanation.fontMetrics().lineSpacing())
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        scale_layout.addWidget(self.explanation)
        left.addWidget(scale_box)
        left.addStretch(1)
        lower.addLayout(left, 1)

        picture_box = QGroupBox(translate("OpenData", "On the new scale"), objectName="picture_box")
        picture_layout = QVBoxLayout(picture_box)
        self.after_label = QLabel(objectName="after_label")
        self.after_label.setWordWrap(True)
        picture_layout.addWidget(self.after_label)
        self.histogram = self._make_histogram()
        picture_layout.addWidget(self.histogram, 1)
        lower.addWidget(picture_box, 1)
        layout.addLayout(lower, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.open_button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        self.column_combo.currentIndexChanged.connect(self._column_changed)
        self.preview.horizontalHeader().sectionClicked.connect(self.column_combo.setCurrentIndex)
        self.divide_check.toggled.connect(self._update)
        self.centre_check.toggled.connect(self._update)
        self.scale_spin.valueChanged.connect(self._update)
        self.estimate_button.clicked.connect(self._use_estimate)
        self.setMinimumWidth(880)

    def _column_shown(self) -> None:
        """The texts changed: at least as wide as they need (wider at a large zoom)."""
        width = self.body_scroll.minimumSizeHint().width()
        margins = self.layout().contentsMargins()
        self.setMinimumWidth(max(880, width + margins.left() + margins.right()))

    def _fill_preview(self) -> None:
        table = self._table
        shown = min(PREVIEW_ROWS, table.n_rows)
        self.preview.setRowCount(shown)
        # A bounded part of a wide file: the picker still lists every column.
        columns = table.columns[:PREVIEW_COLUMNS]
        self.preview.setColumnCount(len(columns))
        self.preview.setHorizontalHeaderLabels(list(columns))
        for j, values in enumerate(table.values[:PREVIEW_COLUMNS]):
            for i in range(shown):
                value = float(values[i])
                item = QTableWidgetItem(_gl(value) if math.isfinite(value)
                                        else translate("OpenData", "missing"))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.preview.setItem(i, j, item)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionsClickable(True)
        self.preview.verticalHeader().setDefaultSectionSize(
            self.preview.fontMetrics().height() + 6
        )
        height = (
            header.sizeHint().height()
            + shown * self.preview.verticalHeader().defaultSectionSize()
            + 2 * self.preview.frameWidth()
            + 2
        )
        self.preview.setFixedHeight(height)
        self.preview.setToolTip(
            translate("OpenData", "The first {n} rows of the file").format(n=shown)
            if shown < table.n_rows else translate("OpenData", "Every row")
        )

    def _make_histogram(self) -> pg.PlotWidget:
        plot = pg.PlotWidget(background=palette.BACKGROUND)
        plot.setObjectName("histogram")
        plot.setMinimumSize(320, 220)
        plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        item = plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.hideAxis("left")
        item.setLabel("bottom", translate("OpenData", "value on the new scale"))
        for name in ("bottom",):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(palette.FOREGROUND))
            axis.setTextPen(pg.mkPen(palette.FOREGROUND))
        self.bars = pg.PlotDataItem(
            [0.0, 1.0], [0.0], stepMode="center", fillLevel=0.0,
            brush=pg.mkBrush(*palette.HISTOGRAM_FILL), pen=pg.mkPen(palette.HISTOGRAM_PEN),
        )
        item.addItem(self.bars)
        # One unit of the new scale, the spread the model gives each component.
        self.unit_bar = pg.PlotDataItem(
            [0.0, 1.0], [0.0, 0.0], pen=pg.mkPen(palette.MIXTURE, width=3)
        )
        item.addItem(self.unit_bar)
        self.unit_text = pg.TextItem(translate("OpenData", "1 unit"), color=palette.MIXTURE,
                                    anchor=(0.5, 1.0))
        item.addItem(self.unit_text)
        return plot

    # ---------------------------------------------------------------- reacting
    @property
    def column(self) -> str:
        return self._table.columns[self.column_combo.currentIndex()]

    @property
    def current_spread(self) -> Spread:
        name = self.column
        if name not in self._spreads:
            self._spreads[name] = spread(self._table.column(name))
        return self._spreads[name]

    def _column_changed(self, index: int) -> None:
        if index < 0:
            return
        self.preview.selectColumn(index)
        s = self.current_spread
        self.spread_box.setTitle(translate("OpenData", "Spread of \u201c{column}\u201d").format(
            column=self.column))
        self.spread_label.setText(
            f"n = {localized(f'{s.n:,}')}    "
            + translate("OpenData", "mean {mean}    sd {sd}    range {low} to {high}").format(
                mean=_gl(s.mean), sd=_gl(s.sd), low=_gl(s.minimum), high=_gl(s.maximum))
        )
        blockers = [self.divide_check, self.centre_check, self.scale_spin]
        for w in blockers:
            w.blockSignals(True)
        if s.within is None:
            self.within_label.setText(translate("OpenData", "Every value is the same, so there is "
                                                "no spread to scale."))
            self.divide_check.setChecked(False)
            self.divide_check.setEnabled(False)
            self.scale_spin.setEnabled(False)
            self.estimate_button.setEnabled(False)
            self.scale_spin.setValue(1.0)
        else:
            est = s.suggested_scale
            self.within_label.setText(
                translate("OpenData", "Estimated spread within a component: {value} (a fit of two "
                          "groups that share one spread).").format(value=localized(f"{est:g}"))
            )
            self.divide_check.setEnabled(True)
            self.estimate_button.setEnabled(True)
            decimals = _decimals(est)
            self.scale_spin.setDecimals(decimals)
            self.scale_spin.setRange(10.0**-decimals, 1e12)
            self.scale_spin.setSingleStep(10.0 ** (math.floor(math.log10(est)) - 1))
            self.scale_spin.setValue(est)
            self.divide_check.setChecked(s.divide_by_default)
        scale = self.scale_spin.value() if self.divide_check.isChecked() else 1.0
        self.centre_check.setText(translate("OpenData", "&Subtract the mean ({mean})").format(
            mean=_gl(s.mean)))
        self.centre_check.setChecked(
            centre_needed(s.minimum / scale, s.maximum / scale, self._start) and s.mean != 0.0
        )
        for w in blockers:
            w.blockSignals(False)
        self._update()
        self._column_shown()

    def _use_estimate(self) -> None:
        self.scale_spin.setValue(self.current_spread.suggested_scale)
        self.divide_check.setChecked(True)

    def transformation(self) -> tuple[float, float]:
        """(scale, shift) as chosen now."""
        s = self.current_spread
        scale = self.scale_spin.value() if self.divide_check.isChecked() else 1.0
        shift = s.mean if self.centre_check.isChecked() else 0.0
        return scale, shift

    def _update(self, *_: object) -> None:
        s = self.current_spread
        self.scale_spin.setEnabled(self.divide_check.isChecked())
        scale, shift = self.transformation()
        estimate = s.within if s.within is not None else None
        self.explanation.setText(describe_transform(scale, shift, estimate))
        lo, hi = (s.minimum - shift) / scale, (s.maximum - shift) / scale
        ok = math.isfinite(lo) and math.isfinite(hi) and math.isfinite(s.sd / scale)
        palette_colour = "" if ok else f"color: {palette.DECREASE};"
        self.after_label.setStyleSheet(palette_colour)
        if ok:
            self.after_label.setText(
                translate("OpenData", "mean {mean}    sd {sd}    range {low} to {high}").format(
                    mean=_gl((s.mean - shift) / scale), sd=_gl(s.sd / scale), low=_gl(lo),
                    high=_gl(hi))
            )
        else:
            self.after_label.setText(translate("OpenData", "Dividing by so small a number makes "
                                               "values infinite."))
        self.open_button.setEnabled(ok)
        self._draw_histogram(scale, shift, ok)

    def _draw_histogram(self, scale: float, shift: float, ok: bool) -> None:
        s = self.current_spread
        if not ok:
            return
        lo, hi = (s.minimum - shift) / scale, (s.maximum - shift) / scale
        if hi <= lo:
            lo, hi = lo - 0.5, hi + 0.5
        values = self._table.column(self.column)
        # Counts of the original values in bins whose edges map onto the new scale exactly.
        low, high = HISTOGRAM_BINS
        bins = min(high, max(low, round(2 * s.n ** (1 / 3))))
        edges_old = np.linspace(s.minimum, s.maximum if s.maximum > s.minimum else s.minimum + 1,
                                bins + 1)
        counts, _ = np.histogram(values, bins=edges_old)
        edges = np.linspace(lo, hi, bins + 1)
        self.bars.setData(edges, counts.astype(float))
        top = float(counts.max()) if counts.size else 1.0
        mid = (lo + hi) / 2
        self.unit_bar.setData([mid - 0.5, mid + 0.5], [top * 1.12, top * 1.12])
        self.unit_text.setPos(mid, top * 1.12)
        width = hi - lo
        item = self.histogram.getPlotItem()
        item.setXRange(min(lo, mid - 0.5) - 0.02 * width, max(hi, mid + 0.5) + 0.02 * width,
                       padding=0)
        item.setYRange(0, top * 1.35, padding=0)
        self.unit_bar.setVisible(True)
        self.unit_text.setColor(QColor(palette.MIXTURE))

    # ---------------------------------------------------------------- result
    def choice(self) -> OpenDataChoice:
        """The chosen column and transformation; raises ValueError if it is unusable."""
        scale, shift = self.transformation()
        return choice_for(self._table, self.column, scale, shift)


class _BodyScroll(QScrollArea):
    """The dialog's body, scrolling only when the screen cannot hold it: as large as the body
    wants, and at least as large as it needs unless the screen is shorter."""

    def __init__(self, body: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("open_data_scroll")
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def sizeHint(self) -> QSize:
        hint = self.widget().sizeHint()
        return QSize(hint.width() + self._bar(), hint.height())

    def minimumSizeHint(self) -> QSize:
        body = self.widget()
        least = body.minimumSizeHint()
        layout = body.layout()
        height = least.height()
        if layout is not None and layout.hasHeightForWidth():
            height = max(height, layout.totalHeightForWidth(least.width()))
        screen = self.screen()
        if screen is not None:  # what the screen leaves beside the buttons and margins
            room = round(SCREEN_SHARE * screen.availableGeometry().height()) - look.pixels(80)
            height = min(height, max(room, 120))
        return QSize(least.width() + self._bar(), height)
