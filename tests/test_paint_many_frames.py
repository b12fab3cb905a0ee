"""Paint the views hundreds of times, as Play does.

PySide6 6.12.0 on Python 3.11 lowers None's reference count on every pyqtgraph paint and aborts
the process after ~65 repaints; this test paints far more, so such a regression shows here.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication, QGridLayout, QWidget

from emgui.gui.session import EMSession
from emgui.gui.views import DataView, HistoryTable, LikelihoodView, ParamsView

pytestmark = pytest.mark.gui

FRAMES = 300


@pytest.mark.parametrize("n", [80, 5000])
def test_hundreds_of_painted_frames(qtbot, n: int):
    session = EMSession()
    if n != 80:
        session.new_sample(n=n)
    window = QWidget()
    grid = QGridLayout(window)
    views = (DataView(), LikelihoodView(), ParamsView(), HistoryTable())
    grid.addWidget(views[0], 0, 0, 2, 1)
    grid.addWidget(views[1], 0, 1)
    grid.addWidget(views[2], 1, 1)
    grid.addWidget(views[3], 2, 0, 1, 2)
    qtbot.addWidget(window)
    for view in views:
        session.changed.connect(view.show_state)
        view.show_state(session.state)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    for frame in range(FRAMES):
        if frame % 60 == 59:
            session.seek_iteration(frame % 7)  # scrubbing back paints too
        else:
            session.step()
        window.repaint()
        QApplication.processEvents()
        if frame % 50 == 0:
            assert not window.grab().isNull()
    state = session.state
    _, y = views[1].curve.getData()
    np.testing.assert_array_equal(y, state.logliks)
    assert views[3].history_model.rowCount() == len(state.history)
