"""A step repaints what changed, not the window: no relayout, no repaint of the frame around.

While EM plays, every step changes the plots, the table's new row, and a few labels. If any
widget asks for a new layout (a label whose text changes length), Qt lays out and repaints the
whole window at every step, which alone costs several milliseconds a frame. These tests count
the paint and layout events that one step causes in the real main window.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from emgui.gui.main_window import MainWindow
from emgui.gui.views.steady import SteadyHeader, SteadyLabel

pytestmark = pytest.mark.gui

STEPS = 6


class EventLog(QObject):
    """Counts paint and layout-request events per widget, and the rectangles painted."""

    def __init__(self) -> None:
        super().__init__()
        self.paints: Counter[QWidget] = Counter()
        self.layouts: Counter[QWidget] = Counter()
        self.rects: dict[QWidget, list[QRect]] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget):
            if event.type() == QEvent.Type.Paint:
                self.paints[watched] += 1
                self.rects.setdefault(watched, []).append(event.rect())
            elif event.type() == QEvent.Type.LayoutRequest:
                self.layouts[watched] += 1
        return False


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    window.controls.smooth_check.setChecked(False)  # every step drawn at once
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.session.new_sample(n=5_000)  # a responsibility strip and a sample of marks too
    for _ in range(14):  # past the first rows: the table scrolls, the axes have settled
        window.session.step()
        QApplication.processEvents()
    return window


def logged_steps(qtbot, window: MainWindow, steps: int = STEPS) -> EventLog:
    log = EventLog()
    app = QApplication.instance()
    app.installEventFilter(log)
    try:
        for _ in range(steps):
            before = log.paints[window.data_view.plot_widget.viewport()]
            window.session.step()
            qtbot.waitUntil(
                lambda before=before: log.paints[window.data_view.plot_widget.viewport()] > before
            )
            QApplication.processEvents()
    finally:
        app.removeEventFilter(log)
    return log


def test_a_step_lays_out_nothing_above_the_views(qtbot, window: MainWindow):
    log = logged_steps(qtbot, window)
    assert log.layouts[window] == 0
    for name in ("main_splitter", "centre_splitter", "bottom_splitter", "plot_area"):
        widget = window.findChild(QWidget, name)
        assert log.layouts[widget] == 0, name
    assert log.layouts[window.statusBar()] == 0
    assert log.layouts[window.status] == 0
    assert log.layouts[window.timeline] == 0


def test_a_step_repaints_the_views_not_the_window(qtbot, window: MainWindow):
    log = logged_steps(qtbot, window)
    assert log.paints[window.data_view.plot_widget.viewport()] >= STEPS
    assert log.paints[window.likelihood_view.plot_item.getViewBox().scene().views()[0]
                      .viewport()] >= STEPS
    # Nothing around the views: the window, its splitters, the side column, the tool bar.
    untouched = [window, window.statusBar(), window.controls, window.toolbar,
                 window.inspector_tabs, window.trace_tabs]
    untouched += [window.findChild(QWidget, name)
                  for name in ("main_splitter", "centre_splitter", "bottom_splitter")]
    for widget in untouched:
        assert log.paints[widget] == 0, widget.objectName() or type(widget).__name__


def test_the_table_follows_the_run(qtbot, window: MainWindow):
    """The table repaints as Qt lays it out (the pixels on screen are checked on a real X
    server in test_screen_pixels.py); here only that it painted and marks the shown row."""
    table = window.history_table
    log = logged_steps(qtbot, window)
    assert log.paints[table.viewport()] >= 1
    assert table.history_model.current == window.session.state.iteration


def test_status_labels_keep_their_size_while_the_numbers_change(qtbot, window: MainWindow):
    labels = (window.status.iteration_label, window.status.loglik_label,
              window.status.increase_label, window.status.converged_label)
    sizes = [label.size() for label in labels]
    logged_steps(qtbot, window)
    assert [label.size() for label in labels] == sizes
    for label in labels:
        assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())


# ---------------------------------------------------------------- the two kinds of label
def test_steady_label_grows_for_longer_text_and_shrinks_only_when_refitted(qtbot):
    label = SteadyLabel("Iteration 7", widest=("Iteration 000",))
    qtbot.addWidget(label)
    metrics = label.fontMetrics()
    base = label.width()
    assert base >= metrics.horizontalAdvance("Iteration 000")
    assert label.minimumSize() == label.maximumSize()  # fixed: setText relayouts nothing
    label.setText("Iteration 12")
    assert label.width() == base  # within the widest sample
    label.setText("Iteration 1234567")
    wide = label.width()
    assert wide >= metrics.horizontalAdvance("Iteration 1234567")
    label.setText("Iteration 8")
    assert label.width() == wide  # never shrinks by itself
    label.refit()
    assert label.width() == base


def test_steady_header_keeps_its_height_and_never_clips(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    label = QLabel()
    label.setWordWrap(True)
    header = SteadyHeader(label)
    layout.addWidget(header)
    layout.addStretch(1)
    holder.resize(300, 400)
    holder.show()
    qtbot.waitExposed(holder)
    header.setText("one line")
    qtbot.waitUntil(lambda: header.height() >= label.heightForWidth(header.width()))
    one = header.height()
    header.setText("<br>".join(["three", "short", "lines"]))
    qtbot.waitUntil(lambda: header.height() > one)
    three = header.height()
    header.setText("one line again")
    QApplication.processEvents()
    assert header.height() == three  # fewer lines keep the room: the plot below stays put
    header.setText("a&nbsp;chunk&nbsp;that&nbsp;cannot&nbsp;wrap&nbsp;" * 3)
    qtbot.waitUntil(lambda: header.minimumSizeHint().width() >= label.minimumSizeHint().width())
    header.refit()
    header.setText("one line")
    qtbot.waitUntil(lambda: header.height() == one)
