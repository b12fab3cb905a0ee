"""The history table: one row per recorded EM iteration, like the seed script's printout.

Rows show the numbers rounded as the seed printed them (3 decimals for the parameters, 2 for
the log likelihood); the tooltip carries the full value. While EM plays, rows are appended with
beginInsertRows, never by resetting the model, so a long run stays cheap to show.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFocusEvent, QFontMetrics, QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from emgui.core.i18n import QT_TRANSLATE_NOOP
from emgui.core.mixture import MixtureRow as HistoryRow
from emgui.core.mixture import Model
from emgui.gui import look, palette
from emgui.gui.i18n import localized, translate
from emgui.gui.session import SessionState
from emgui.gui.views.plotting import LABEL_PT, font

#: Column titles on screen, and the plain names used when copying as text.
HEADERS = (QT_TRANSLATE_NOOP("HistoryTable", "step"), "π", "μ₁", "μ₂",
           QT_TRANSLATE_NOOP("HistoryTable", "log L"))
HEADER_TIPS = (
    QT_TRANSLATE_NOOP("HistoryTable", "EM iteration"),
    QT_TRANSLATE_NOOP("HistoryTable", "π: the weight of component 1"),
    QT_TRANSLATE_NOOP("HistoryTable", "μ₁: the mean of component 1"),
    QT_TRANSLATE_NOOP("HistoryTable", "μ₂: the mean of component 2"),
    QT_TRANSLATE_NOOP("HistoryTable",
            "log L: the observed-data log likelihood at these parameters (never decreases)"),
)
PLAIN_HEADERS = ("step", "pi", "mu1", "mu2", "loglik")
DIGITS = (0, 3, 3, 3, 2)
#: From this magnitude on a value is shown in scientific notation (its fixed form is too wide).
HUGE = 1e9
#: Widest texts expected in the fixed-width columns (a step, a parameter in bold); the log
#: likelihood takes the rest, so on a narrow screen it is the column that gives way.
WIDEST = {0: "00000", 1: "−00.000", 2: "−00.000", 3: "−00.000"}
#: The log likelihood's column, and the widest text it must show whole (see cell_text).
LOGLIK_COLUMN = 4
LOGLIK_WIDEST = "−99999.99"
#: A light tint of the current-iteration colour, dark text on it stays readable.
CURRENT_ROW = "#F2D7E6"

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Columns:
    """The table's columns for one model: titles, tips, plain names and how to read a row.

    The seed's model keeps the seed's five columns. Other models show step and log L first
    (they stay in view when the parameters need sideways scrolling), then the weights, the
    means and the sigmas.
    """

    headers: tuple[str, ...]
    tips: tuple[str, ...]
    plain: tuple[str, ...]
    digits: tuple[int, ...]
    loglik: int  # the log likelihood's column
    #: (what, component) per column: what is "step", "loglik", "w", "mu" or "sd".
    fields: tuple[tuple[str, int], ...]

    def value(self, row: HistoryRow, column: int) -> float:
        what, k = self.fields[column]
        if what == "step":
            return row.step
        if what == "loglik":
            return row.loglik
        theta = row.theta
        if what == "w":
            return theta.weights[k]
        if what == "mu":
            return theta.means[k]
        return theta.sds[k]


_SUB = "₀₁₂₃₄₅₆₇₈₉"


def columns_for(model: Model) -> Columns:
    """The columns that show a run of ``model``."""
    if model.is_seed:
        return SEED_COLUMNS
    k = model.k
    headers, tips, plain, digits = ["step", "log L"], [HEADER_TIPS[0], HEADER_TIPS[4]], [
        "step", "loglik"], [0, 2]
    fields: list[tuple[str, int]] = [("step", 0), ("loglik", 0)]
    for j in range(k):
        headers.append(f"w{_SUB[j + 1]}")
        tips.append(translate("HistoryTable", "{w}: the weight of component {k}").format(
            w=f"w{_SUB[j + 1]}", k=j + 1))
        plain.append(f"w{j + 1}")
        digits.append(3)
        fields.append(("w", j))
    for j in range(k):
        headers.append(f"μ{_SUB[j + 1]}")
        tips.append(translate("HistoryTable", "{mu}: the mean of component {k}").format(
            mu=f"μ{_SUB[j + 1]}", k=j + 1))
        plain.append(f"mu{j + 1}")
        digits.append(3)
        fields.append(("mu", j))
    if model.variance == "shared":
        headers.append("σ")
        tips.append(translate("HistoryTable", "σ: the standard deviation every component shares"))
        plain.append("sigma")
        digits.append(3)
        fields.append(("sd", 0))
    elif model.variance == "free":
        for j in range(k):
            headers.append(f"σ{_SUB[j + 1]}")
            tips.append(translate("HistoryTable", "{sd}: the standard deviation of component {k}"
                                  ).format(sd=f"σ{_SUB[j + 1]}", k=j + 1))
            plain.append(f"sigma{j + 1}")
            digits.append(3)
            fields.append(("sd", j))
    return Columns(tuple(headers), tuple(tips), tuple(plain), tuple(digits), 1, tuple(fields))


SEED_COLUMNS = Columns(
    HEADERS, HEADER_TIPS, PLAIN_HEADERS, DIGITS, LOGLIK_COLUMN,
    (("step", 0), ("w", 0), ("mu", 0), ("mu", 1), ("loglik", 0)),
)


def row_values(row: HistoryRow, columns: Columns = SEED_COLUMNS) -> tuple[float, ...]:
    return tuple(columns.value(row, c) for c in range(len(columns.headers)))


def cell_text(row: HistoryRow, column: int, columns: Columns = SEED_COLUMNS) -> str:
    """The text of one cell, rounded as HistoryRow.format() rounds it."""
    value = columns.value(row, column)
    if column == 0:
        return str(int(value))
    if not math.isfinite(value):
        return "—"
    if abs(value) >= HUGE:  # extreme data: keep the cell readable, the tooltip is exact
        return f"{value:.4e}"
    digits = columns.digits[column]
    if column == columns.loglik:  # fewer decimals as it grows: -1999492.4 fits, not "-19994…"
        digits = 2 if abs(value) < 1e5 else 1 if abs(value) < 1e6 else 0
    elif 0 < abs(value) < 10.0 ** -digits:  # a collapsing sigma: 0.000 would say nothing
        return f"{value:.1e}"
    return f"{value:.{digits}f}"


class HistoryModel(QAbstractTableModel):
    """Rows of the recorded history plus which row is shown; grows by inserting rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[HistoryRow, ...] = ()
        self._columns = SEED_COLUMNS
        self._current = -1
        self._converged: int | None = None
        self._bold = font(LABEL_PT, bold=True)
        self._bold_at = look.scale()  # the zoom it was made at

    # ---------------------------------------------------------------- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._columns.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("HistoryTable", self._columns.headers[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("HistoryTable", self._columns.tips[section])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return localized(cell_text(row, column, self._columns))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return row.format()
            return repr(float(self._columns.value(row, column)))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() == self._current:
            if self._bold_at != look.scale():
                self._bold, self._bold_at = font(LABEL_PT, bold=True), look.scale()
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and index.row() == self._current:
            return QColor(CURRENT_ROW)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == 0
            and self._converged is not None
            and index.row() == self._converged
        ):
            return QColor(palette.PI_COLOUR)
        return None

    # ---------------------------------------------------------------- updates
    @property
    def rows(self) -> tuple[HistoryRow, ...]:
        return self._rows

    @property
    def current(self) -> int:
        return self._current

    @property
    def columns(self) -> Columns:
        return self._columns

    def set_columns(self, columns: Columns) -> bool:
        """Other columns (the model changed); True when they did."""
        if columns == self._columns:
            return False
        self.beginResetModel()
        self._columns = columns
        self._rows = ()
        self._current = -1
        self.endResetModel()
        return True

    def set_history(self, rows: tuple[HistoryRow, ...]) -> None:
        """Show these rows: append when the history only grew, reset when it restarted."""
        old = self._rows
        if rows is old:
            return
        grew = (
            len(rows) >= len(old)
            and (not old or (rows[0] is old[0] and rows[len(old) - 1] is old[-1]))
        )
        if grew:
            if len(rows) > len(old):
                self.beginInsertRows(QModelIndex(), len(old), len(rows) - 1)
                self._rows = rows
                self.endInsertRows()
            else:
                self._rows = rows
        else:
            self.beginResetModel()
            self._rows = rows
            self._current = -1
            self.endResetModel()

    def set_current(self, row: int, converged_at: int | None = None) -> None:
        """Mark the row of the iteration shown (and the converged one).

        dataChanged is emitted cell by cell: a range of cells makes the view repaint its whole
        viewport (every visible cell asked for every role), one cell only that cell.
        """
        changed = {self._current, row}
        if converged_at != self._converged:
            changed |= {self._converged if self._converged is not None else -1,
                        converged_at if converged_at is not None else -1}
            self._converged = converged_at
        if row == self._current and len(changed) == 1:
            return
        self._current = row
        for r in changed:
            if 0 <= r < len(self._rows):
                for c in range(len(self._columns.headers)):
                    cell = self.index(r, c)
                    self.dataChanged.emit(cell, cell)

    def as_text(self) -> str:
        """Tab-separated rows with a header line, rounded as on screen."""
        cols = self._columns
        lines = ["\t".join(cols.plain)]
        lines += ["\t".join(cell_text(row, c, cols) for c in range(len(cols.headers)))
                  for row in self._rows]
        return "\n".join(lines) + "\n"


class HistoryTable(QTableView):
    """The recorded iterations; clicking a row asks to show that iteration.

    ``iteration_selected(t)`` is emitted only for the user's own choice of a row (mouse or
    keyboard), never when the table follows the session.
    """

    iteration_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = HistoryModel(self)
        self.setModel(self._model)
        self._updating = False
        self.setFont(font(LABEL_PT - 1))
        self.horizontalHeader().setFont(font(LABEL_PT - 1, bold=True))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        self.refit()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        pal = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            pal.setColor(group, QPalette.ColorRole.Highlight, QColor(CURRENT_ROW))
            pal.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#000000"))
        self.setPalette(pal)
        self.setToolTip("")
        # Opaque: its range changes at every step of a long run; the window under it need not.
        self.verticalScrollBar().setAutoFillBackground(True)
        self.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def refit(self) -> None:
        """Row height and column widths for the font (at start, and after a zoom)."""
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self._size_columns()
        bold = QFontMetrics(font(LABEL_PT - 1, bold=True))
        loglik = max(bold.horizontalAdvance(LOGLIK_WIDEST), bold.horizontalAdvance("−9999999"))
        # The seed's five columns, whatever model is shown: other models scroll sideways, so
        # the least width never depends on which model came first.
        seed = sum(self._column_width(bold, c, SEED_COLUMNS) for c in WIDEST)
        self.setMinimumWidth(seed + loglik + 14 + self.verticalScrollBar().sizeHint().width())

    @property
    def history_model(self) -> HistoryModel:
        return self._model

    def _size_columns(self) -> None:
        """Widths from the widest text each column shows (never measured per step).

        The seed's table: step and the parameters fixed, the log likelihood takes the rest.
        Other models: every column fixed, scrolling sideways when they do not fit.
        """
        header = self.horizontalHeader()
        cols = self._model.columns
        bold = QFontMetrics(font(LABEL_PT - 1, bold=True))
        seed = cols is SEED_COLUMNS
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch if seed
                                    else QHeaderView.ResizeMode.Fixed)
        for column in range(len(cols.headers)):
            if seed and column == cols.loglik:
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, self._column_width(bold, column, cols))

    @staticmethod
    def _column_width(bold: QFontMetrics, column: int, cols: Columns) -> int:
        """The width a column's widest text (and its title) needs, with the cell's margins."""
        widest = "00000" if column == 0 else (
            LOGLIK_WIDEST if column == cols.loglik else "−00.000")
        title = translate("HistoryTable", cols.headers[column])
        return max(bold.horizontalAdvance(widest), bold.horizontalAdvance(title)) + 16

    def show_state(self, state: SessionState) -> None:
        """Follow the session: new rows appended, the shown iteration highlighted and in view.

        The shown row is marked by the model (tint and bold), not by a selection: a row
        selection spans every column, so moving it repaints the header too. The current index
        (where the arrow keys start) follows it while the table has the keyboard, and catches
        up when it gets it: moving it costs more than the rest of a step's table update.
        """
        self._updating = True
        try:
            if self._model.set_columns(columns_for(state.model)):
                self._size_columns()
            self._model.set_history(state.history)
            row = state.iteration
            self._model.set_current(row, state.converged_at)
            index = self._model.index(row, 0)
            if not index.isValid():
                return
            selection = self.selectionModel()
            if selection.hasSelection():  # a row the user clicked: the tint shows it now
                selection.clearSelection()
            if self.hasFocus():
                self._sync_current()
            if row == self._model.rowCount() - 1:  # playing: follow the newest row
                self.scrollToBottom()
            elif not self.viewport().rect().contains(self.visualRect(index)):
                self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._updating = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._sync_current()  # first: Qt would make the first row current otherwise
        updating, self._updating = self._updating, True
        try:  # and should Qt choose a row all the same, that is not the user asking for it
            super().focusInEvent(event)
        finally:
            self._updating = updating

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._sync_current()  # arrows move from the row shown
        super().keyPressEvent(event)

    def _sync_current(self) -> None:
        """Make the shown row the current index, without asking the session for it."""
        row = self._model.current
        index = self._model.index(row, 0)
        if not index.isValid() or self.currentIndex().row() == row:
            return
        updating, self._updating = self._updating, True
        try:
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.NoUpdate
            )
        finally:
            self._updating = updating

    def copy_as_text(self) -> str:
        """The whole table as tab-separated text with a header (for the clipboard)."""
        return self._model.as_text()

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.copy_as_text())

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._updating and current.isValid():
            self.iteration_selected.emit(current.row())
