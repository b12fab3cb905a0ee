"""The "Why it works" area: three tabs, each built the first time it is opened.

Shown by View > Why EM Climbs in place of the run's plots (the side column and the toolbar
stay, so Step, Back and Play still drive the run). It follows the session like any view and
passes on what its pages ask for: a start chosen on the map, a run chosen in the gallery.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabWidget, QToolButton, QVBoxLayout, QWidget

from emgui.gui.lazy_tab import LazyTab
from emgui.gui.session import SessionState
from emgui.gui.why.bound_view import BoundView
from emgui.gui.why.landscape_view import LandscapeView
from emgui.gui.why.restarts_view import RestartsView

TABS = (
    ("Landscape", "log L over the two means, with the EM path, the maxima and the saddle"),
    ("Lower bound", "The bound each E-step builds and each M-step climbs, along one step"),
    ("Many starts", "EM from many random starts: which fits they reach, and how often"),
)


class WhyArea(QWidget):
    """Landscape, Lower bound, Many starts; a corner button goes back to the run."""

    #: A start (in the session's terms) chosen by clicking the map at step 0.
    start_requested = Signal(object)
    #: A run chosen in the gallery: its start (a Mixture) and how many iterations it took.
    run_requested = Signal(object, int)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("why_area")
        self.tabs = QTabWidget(objectName="why_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        back = QToolButton(objectName="why_back")
        back.setText("Back to the run")
        back.setToolTip("Show the data, the log likelihood and the history again (F2)")
        back.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        back.clicked.connect(self.back_requested)
        self.tabs.setCornerWidget(back, Qt.Corner.TopRightCorner)
        self._state: SessionState | None = None
        self._lazy: list[LazyTab] = []
        factories = (LandscapeView, BoundView, RestartsView)
        for (title, tip), factory in zip(TABS, factories, strict=True):
            page = QWidget(objectName=f"why_{title.lower().replace(' ', '_')}_page")
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            index = self.tabs.addTab(page, title)
            self.tabs.setTabToolTip(index, tip)
            lazy: LazyTab = LazyTab(self.tabs, page, factory, _placer(layout))
            lazy.built.connect(self._page_built)
            self._lazy.append(lazy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._lazy[0].widget()  # the first tab is the one shown on opening

    # ---------------------------------------------------------------- pages
    @property
    def landscape(self) -> LandscapeView:
        return self._lazy[0].widget()

    @property
    def bound(self) -> BoundView:
        return self._lazy[1].widget()

    @property
    def restarts(self) -> RestartsView:
        return self._lazy[2].widget()

    def show_page(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def _page_built(self, page: QWidget) -> None:
        if isinstance(page, LandscapeView):
            page.start_requested.connect(self.start_requested)
        elif isinstance(page, RestartsView):
            page.run_requested.connect(self.run_requested)
        if self._state is not None:
            page.show_state(self._state)  # type: ignore[attr-defined]

    # ---------------------------------------------------------------- following the session
    def show_state(self, state: SessionState) -> None:
        """Pass the state to every page built so far (each draws only while shown)."""
        self._state = state
        for lazy in self._lazy:
            if lazy.is_built:
                lazy.widget().show_state(state)  # type: ignore[attr-defined]

    def may_close(self) -> bool:
        """A close guard: the gallery's thread ends with the window."""
        if self._lazy[2].is_built:
            return self.restarts.may_close()
        return True

    def shutdown(self) -> None:
        self.may_close()


def _placer(layout: QVBoxLayout):
    def place(widget: QWidget) -> None:
        layout.addWidget(widget)
        widget.show()

    return place
