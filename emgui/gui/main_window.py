"""The main window: composes the views, controls and actions, and wires them to the session.

Nothing here computes or draws. The session owns the run and tells every view through one
signal; the Player owns time; views turn gestures into signals, which the handlers below pass
to the session. The explanation panels, timeline, banner and File menu are plugged in through
the same places any later addition uses, one each:

* ``add_panel(widget, title)``: a tab of the side column ``inspector_tabs`` (point inspector,
  M-step sums, presets, truth...), next to the inputs ("Setup", the first tab, shown at start);
  one side column rather than two keeps the plots and the table wide enough on a projector;
  ``add_lazy_panel(factory, title)`` does the same for a panel built when its tab first opens;
* ``timeline_slot``: a layout under the data plot (a timeline slider);
* ``banner_slot``: a layout above the data plot (a convergence banner);
* ``add_file_actions(actions)``: File menu entries (actions, submenus, separators) before Quit;
* ``add_close_guard(ask)``: a question before the window closes (unsaved changes);
* ``set_drop_handler(accepts, handle)``: files dropped on the window;
* ``add_view(view)``: anything else with a ``show_state(state)`` slot.

Start-up: only what the first frame shows is built before it. The tabs nobody sees yet (the
explanation panels, the Parameters trace) are :class:`LazyTab` pages, built and wired when
first opened, or when code asks for them (``window.point_panel`` builds the Point panel); the
File menu's controller is built at start, cheaply, and imports its readers, writers and dialogs
when a command runs.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QMimeData, QSettings, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLayout,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from emgui.core import em
from emgui.core.mixture import MixtureSimulation
from emgui.gui import look
from emgui.gui.actions import ActionSet, build_menus, build_toolbar, shortcuts_dialog, show_about
from emgui.gui.appearance import Appearance, reset_look
from emgui.gui.controls import ControlsPanel, next_seed
from emgui.gui.i18n import LANGUAGES, SETTINGS_KEY, current_language, install_language, translate
from emgui.gui.keyboard import VIEW_NAMES, KeyboardAccess, neighbour_point
from emgui.gui.lazy_tab import LazyTab
from emgui.gui.look import Look
from emgui.gui.panels.banner import ConvergenceBanner
from emgui.gui.panels.timeline import TimelineSlider
from emgui.gui.player import Player
from emgui.gui.presentation import Presentation
from emgui.gui.session import EMSession, SessionState
from emgui.gui.settings import Settings
from emgui.gui.status import StatusPanel, as_sentence, stop_reason_detail, stop_reason_text
from emgui.gui.views.data_view import DataView
from emgui.gui.views.history_table import HistoryTable
from emgui.gui.views.trace_views import LikelihoodView

if TYPE_CHECKING:  # pragma: no cover - typing only; the lazy tabs import their modules
    from emgui.core.presets import Preset
    from emgui.gui.file_controller import FileController
    from emgui.gui.panels.mstep_panel import MStepPanel
    from emgui.gui.panels.point_panel import PointPanel
    from emgui.gui.panels.presets_panel import PresetsPanel
    from emgui.gui.panels.truth_panel import TruthPanel
    from emgui.gui.views.trace_views import ParamsView
    from emgui.gui.why.area import WhyArea

W = TypeVar("W", bound=QWidget)

DEFAULT_SIZE = (1280, 800)
#: On a screen larger than DEFAULT_SIZE the first window takes this share of it (a projector
#: at 1920x1080 gets a window of 1728x972, not a 1280x800 one in a corner).
LARGE_SCREEN_SHARE = 0.9
MINIMUM_SIZE = (960, 620)
#: Glide time as a share of the time between two steps, and its ceiling, in milliseconds.
MOTION_SHARE = 0.8
MOTION_MAX_MS = 350
#: Width of the side column once explanation panels share it with the inputs (formulas need
#: it), and the largest share of the window it may take.
PANEL_WIDTH = 440
PANEL_SHARE = 0.345
#: Width the history table needs for its five columns at the projector font size, and the most
#: it gets at first (wider, its last column only stretches; the rest goes to the trace plots).
TABLE_MIN_WIDTH = 440
TABLE_MAX_WIDTH = 560
#: Keys that choose another point while the data plot has the keyboard focus.
POINT_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
              Qt.Key.Key_Home, Qt.Key.Key_End)
#: The one group of inputs presentation mode keeps in the side column.
PRESENTER_GROUP = "Playback"


class StateView(Protocol):
    def show_state(self, state: SessionState) -> None: ...


class MainWindow(QMainWindow):
    """EM Explorer's one window."""

    #: Emitted once, when the window first paints (start-up time is measured to it).
    first_painted = Signal()
    #: Emitted when another language rebuilt the window: the new window (see set_language).
    replaced = Signal(object)

    def __init__(
        self,
        session: EMSession | None = None,
        settings: Settings | None = None,
        remember: bool = True,
        file_commands: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle("EM Explorer[*]")
        self.session = session if session is not None else EMSession(parent=self)
        self.player = Player(self.session, self)
        # Batch runs (self-test, screenshot) neither read nor write the user's preferences.
        self._remember = remember
        self.settings = settings if settings is not None or not remember else Settings()
        self._painted = False
        self._built = False
        self._show_truth = False
        self._close_guards: list[Callable[[], bool]] = []
        self._drop_handler: tuple[Callable[[QMimeData], bool], Callable[[QMimeData], bool]]
        self._drop_handler = (lambda _mime: False, lambda _mime: False)

        self.data_view = DataView()
        self.likelihood_view = LikelihoodView()
        self.history_table = HistoryTable()
        self.controls = ControlsPanel()
        self.status = StatusPanel()
        self.actions = ActionSet(self)
        self.appearance = Appearance(self)
        self.presentation = Presentation(self)
        self._zoom = look.DEFAULT_ZOOM
        self._presentation_zoom = look.PRESENTATION_ZOOM
        self._high_contrast = False
        self.keyboard = KeyboardAccess(self, self._focus_areas)
        self._compose()
        self.views: list[StateView] = [
            self.data_view, self.likelihood_view, self.history_table,
            self.controls, self.status, self.actions,
        ]
        self._wire()
        self._add_explanations()
        self._why: WhyArea | None = None  # View > Why EM Climbs, built on first use
        self._keep_tab_titles_in_view()
        self.files: FileController | None = None
        if file_commands and self.settings is not None:
            self._add_file_commands(self.settings)
        self.keyboard.on_keys(self.data_view.plot_widget, POINT_KEYS, self._point_key)
        self._restore()
        for view in self.views:
            view.show_state(self.session.state)
        self._follow(self.session.state)
        self._built = True
        self._place_history()
        self.keyboard.refresh()

    # ---------------------------------------------------------------- composition
    def _compose(self) -> None:
        self.setMinimumSize(*MINIMUM_SIZE)
        self.toolbar = QToolBar(translate("MainWindow", "Run"), self)
        self.toolbar.setObjectName("run_toolbar")
        self.toolbar.setMovable(False)
        build_toolbar(self.toolbar, self.actions)
        self._toolbar_icon = self.toolbar.iconSize()
        # Only in presentation mode, where the menu bar is hidden: a way out with the mouse.
        self._leave_separator = self.toolbar.addSeparator()
        self.toolbar.addAction(self.actions["leave_presentation"])
        for item in (self._leave_separator, self.actions["leave_presentation"]):
            item.setVisible(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.menus = build_menus(self.menuBar(), self.actions)
        self._add_language_menu()
        self.file_menu: QMenu = self.menus["file"]  # type: ignore[assignment]
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().setSizeGripEnabled(True)

        self.inspector_tabs = QTabWidget(objectName="inspector_tabs")
        self.inspector_tabs.setTabBarAutoHide(True)  # just the inputs until panels arrive
        self.inspector_tabs.setDocumentMode(True)
        controls_scroll = _scrolling(self.controls, "controls_scroll")
        scrollbar = controls_scroll.verticalScrollBar().sizeHint().width()
        controls_scroll.setMinimumWidth(self.controls.sizeHint().width() + scrollbar)
        self.inspector_tabs.addTab(controls_scroll, translate("MainWindow", "Setup"))
        self.inspector_tabs.setTabToolTip(
            0, translate("MainWindow", "Data, start values, stopping rule and playback"))

        plot_area = QWidget(objectName="plot_area")
        plot_layout = QVBoxLayout(plot_area)
        plot_layout.setContentsMargins(0, 0, 0, 0)
        plot_layout.setSpacing(2)
        self.banner_slot = QVBoxLayout()
        self.banner_slot.setObjectName("banner_slot")
        self.timeline_slot = QVBoxLayout()
        self.timeline_slot.setObjectName("timeline_slot")
        plot_layout.addLayout(self.banner_slot)
        plot_layout.addWidget(self.data_view, 1)
        plot_layout.addLayout(self.timeline_slot)

        self.trace_tabs = QTabWidget(objectName="trace_tabs")
        # "log L", as the table and the status bar call it (the plot's own title says it in
        # full): both tab titles then fit beside the table on a 1024-pixel projector.
        self.trace_tabs.addTab(self.likelihood_view, translate("MainWindow", "Log L"))
        self.trace_tabs.setTabToolTip(
            0, translate("MainWindow", "The log likelihood against the EM iteration"))
        params_page = QWidget(objectName="params_page")
        params_layout = QVBoxLayout(params_page)
        params_layout.setContentsMargins(0, 0, 0, 0)
        self.trace_tabs.addTab(params_page, translate("MainWindow", "Parameters"))
        self._params_tab = LazyTab(self.trace_tabs, params_page, _params_view,
                                   lambda view: _add_shown(params_layout, view))
        self._params_tab.built.connect(self.add_view)
        self._params_tab.built.connect(self._new_part)
        self.trace_tabs.setDocumentMode(True)

        self.bottom_splitter = QSplitter(Qt.Orientation.Horizontal, objectName="bottom_splitter")
        self.bottom_splitter.addWidget(self.trace_tabs)
        self.bottom_splitter.addWidget(self.history_table)
        self.bottom_splitter.setStretchFactor(0, 1)
        self.bottom_splitter.setStretchFactor(1, 0)  # a wider window widens the plots

        self.centre_splitter = QSplitter(Qt.Orientation.Vertical, objectName="centre_splitter")
        self.centre_splitter.addWidget(plot_area)
        self.centre_splitter.addWidget(self.bottom_splitter)
        self.centre_splitter.setStretchFactor(0, 3)
        self.centre_splitter.setStretchFactor(1, 2)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, objectName="main_splitter")
        self.main_splitter.addWidget(self.inspector_tabs)
        self.main_splitter.addWidget(self.centre_splitter)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 1)
        for splitter in (self.main_splitter, self.centre_splitter, self.bottom_splitter):
            splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)

    def _keep_tab_titles_in_view(self) -> None:
        """The splitters never make a tab bar scroll its titles out of sight.

        Without scroll buttons a tab bar's minimum width is all its titles, so the splitters
        give way elsewhere (the plots and the table have minimum widths of their own).
        """
        for tabs in (self.inspector_tabs, self.trace_tabs):
            tabs.setUsesScrollButtons(False)
            tabs.setElideMode(Qt.TextElideMode.ElideNone)

    def _add_language_menu(self) -> None:
        """View > Language: the languages EM Explorer speaks, each in its own name."""
        view = self.menuBar().findChild(QMenu, "view_menu")
        if view is None:
            view = QMenu(translate("MainWindow", "&View"), self.menuBar())
            view.setObjectName("view_menu")
            help_menu = self.menus.get("help")
            before = help_menu.menuAction() if isinstance(help_menu, QMenu) else None
            self.menuBar().insertMenu(before, view)
            self.menus["view"] = view
        self.language_menu = view.addMenu(translate("MainWindow", "&Language"))
        self.language_menu.setObjectName("language_menu")
        group = QActionGroup(self.language_menu)
        for code, name in LANGUAGES:
            action = self.language_menu.addAction(name)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == current_language())
            group.addAction(action)
            action.triggered.connect(lambda _=False, code=code: self.set_language(code))

    def set_language(self, code: str) -> MainWindow:
        """Speak ``code`` from now on: the window is rebuilt in place around the same session.

        The run, its position and the data stay (the session is handed over), and so do the
        window's size, splits, side tab, speed and the session file being edited. Returns the
        window that now shows the session (``self`` when nothing changed).
        """
        if self._remember and self.settings is not None:
            self.settings.set(SETTINGS_KEY, code)
            self.settings.sync()
        if code == current_language():
            return self
        install_language(code)
        self.player.pause()
        self.data_view.tween.finish()
        self.save_preferences()
        session = self.session
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            session.changed.disconnect()  # the old views let go of the run
        session.setParent(None)
        new = MainWindow(session=session, settings=self.settings, remember=self._remember,
                         file_commands=self.files is not None)
        session.setParent(new)
        new._take_over_from(self)
        if self.isVisible():
            new.show()
        self._close_guards = []
        self.hide()
        self.replaced.emit(new)
        self.deleteLater()
        return new

    def _take_over_from(self, old: MainWindow) -> None:
        """What the old window showed besides the run: size, splits, tab, speed, document."""
        self.restoreGeometry(old.saveGeometry())
        for mine, theirs in zip(
            (self.main_splitter, self.centre_splitter, self.bottom_splitter),
            (old.main_splitter, old.centre_splitter, old.bottom_splitter), strict=True,
        ):
            mine.restoreState(theirs.saveState())
        self._splits_restored = old._splits_restored
        self.inspector_tabs.setCurrentIndex(old.inspector_tabs.currentIndex())
        self.trace_tabs.setCurrentIndex(old.trace_tabs.currentIndex())
        self._restore_speed(old.player.speed)
        self._smooth = old._smooth
        self.controls.set_smooth_motion(old._smooth)
        self._apply_motion()
        if old._show_truth:
            self._set_show_truth(True)
            self.controls.set_show_truth(True)
        if self.files is not None and old.files is not None:
            self.files.take_over(old.files)
        self._update_title()
        self.setWindowModified(old.isWindowModified())

    # ---------------------------------------------------------------- plug-in points
    def add_panel(self, widget: QWidget, title: str) -> int:
        """Add a side panel as a tab beside the inputs; returns its tab index.

        The panel scrolls when it is taller than the window, and follows the session if it has
        a ``show_state`` slot.
        """
        area = self._panel_page(title)
        area.setWidget(widget)
        index = self.inspector_tabs.indexOf(area)
        self._follow_if_view(widget)
        return index

    def add_lazy_panel(self, factory: Callable[[], W], title: str) -> LazyTab[W]:
        """Add a side panel whose widget ``factory()`` builds when its tab is first opened.

        Like :meth:`add_panel` once built; connect to the returned tab's ``built`` signal for
        anything else the panel needs, and call its ``widget()`` to have the panel now.
        """
        area = self._panel_page(title)
        tab: LazyTab[W] = LazyTab(self.inspector_tabs, area, factory, area.setWidget)
        tab.built.connect(self._follow_if_view)
        tab.built.connect(self._new_part)
        return tab

    def _panel_page(self, title: str) -> QScrollArea:
        """A new tab of the side column: a scroll area, for panels taller than the window."""
        area = _scrolling(None, f"{title} scroll")
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.inspector_tabs.addTab(area, title)
        sizes = self.main_splitter.sizes()
        want = self._side_width()
        if self.isVisible() and sizes[0] < want:  # room for the panels, taken from the plots
            sizes[1] = max(1, sizes[1] - (want - sizes[0]))
            sizes[0] = want
            self.main_splitter.setSizes(sizes)
        return area

    def _follow_if_view(self, widget: QWidget) -> None:
        if callable(getattr(widget, "show_state", None)):
            self.add_view(widget)  # type: ignore[arg-type]

    def _side_width(self) -> int:
        """The side column's width: the inputs' own, or more once panels share it."""
        inputs = self.inspector_tabs.widget(0).minimumWidth()
        if self.inspector_tabs.count() < 2 or self.presentation.active:
            return inputs  # presentation mode: only the Playback inputs
        tabs = self.inspector_tabs.tabBar().sizeHint().width()  # every tab title in view
        panel = look.pixels(PANEL_WIDTH)
        return max(inputs, tabs, min(panel, round(PANEL_SHARE * self.width())))

    def add_view(self, view: StateView) -> None:
        """Have another view follow the session (it is shown the current state at once)."""
        if view not in self.views:
            self.views.append(view)
            self.session.changed.connect(view.show_state)
            view.show_state(self.session.state)

    def add_file_actions(self, actions: Iterable[QAction | QMenu | None]) -> None:
        """Put actions or submenus in the File menu in front of Quit; None is a separator.

        The actions are added to the window too, so their shortcuts work from anywhere.
        """
        before: QAction = self.menus["file_separator"]  # type: ignore[assignment]
        for item in actions:
            if item is None:
                self.file_menu.insertSeparator(before)
            elif isinstance(item, QMenu):
                self.file_menu.insertMenu(before, item)
            else:
                self.file_menu.insertAction(before, item)
                if item not in QMainWindow.actions(self):
                    self.addAction(item)

    def add_close_guard(self, may_close: Callable[[], bool]) -> None:
        """Ask may_close() before the window closes; False keeps it open (unsaved changes)."""
        self._close_guards.append(may_close)

    def set_drop_handler(
        self, accepts: Callable[[QMimeData], bool], handle: Callable[[QMimeData], bool]
    ) -> None:
        """Accept files dropped on the window: accepts(mime) on entering, handle(mime) on drop."""
        self._drop_handler = (accepts, handle)
        self.setAcceptDrops(True)

    # ---------------------------------------------------------------- wiring
    def _wire(self) -> None:
        for view in self.views:
            self.session.changed.connect(view.show_state)
        self.session.changed.connect(self._follow)
        self.player.playing_changed.connect(self.actions.set_playing)
        self.player.playing_changed.connect(lambda _: self._follow(self.session.state))
        self.player.stopped.connect(self._play_stopped)

        c = self.controls
        c.simulation_requested.connect(self._ask_simulation)
        c.start_requested.connect(lambda start: self._attempt(self.session.set_start, start))
        c.model_requested.connect(self._ask_model)
        c.tolerance_requested.connect(lambda tol: self._attempt(self.session.set_tolerance, tol))
        c.max_iterations_requested.connect(
            lambda count: self._attempt(self.session.set_max_iterations, count)
        )
        c.new_sample_requested.connect(self.new_sample)
        c.speed_changed.connect(self._set_speed)
        c.smooth_motion_toggled.connect(self._set_smooth_motion)
        c.half_steps_toggled.connect(lambda on: self._attempt(self.session.set_half_steps, on))
        c.show_truth_toggled.connect(self._set_show_truth)
        c.invalid_input.connect(lambda sentence: self.status.show_message(sentence, error=True))

        self.data_view.start_dragged.connect(self._drag_start)
        self.history_table.iteration_selected.connect(self._seek_iteration)

    def _add_explanations(self) -> None:
        """Panels that open up the E-step and M-step, the truth, presets; timeline and banner.

        The four panels are built when their tab first opens (see :class:`LazyTab`).
        """
        self._point_tab = self.add_lazy_panel(_point_panel, translate("MainWindow", "Point"))
        self._mstep_tab = self.add_lazy_panel(_mstep_panel, translate("MainWindow", "M-step"))
        self._truth_tab = self.add_lazy_panel(_truth_panel, translate("MainWindow", "Truth"))
        self._presets_tab = self.add_lazy_panel(self._make_presets_panel,
                                                translate("MainWindow", "Presets"))
        self._point_tab.built.connect(self._wire_point_panel)
        self._presets_tab.built.connect(self._wire_presets_panel)
        self.timeline = TimelineSlider()
        self.timeline_slot.addWidget(self.timeline)
        self.add_view(self.timeline)
        self.banner = ConvergenceBanner()
        self.banner_slot.addWidget(self.banner)
        self.add_view(self.banner)

        self.data_view.point_clicked.connect(self._inspect_point)
        self.data_view.point_hovered.connect(self._hover_point)
        self.timeline.position_requested.connect(self._seek_position)

    # The explanation panels, built on first use.
    @property
    def point_panel(self) -> PointPanel:
        """The Point tab's panel (built now if its tab was never opened)."""
        return self._point_tab.widget()

    @property
    def mstep_panel(self) -> MStepPanel:
        return self._mstep_tab.widget()

    @property
    def truth_panel(self) -> TruthPanel:
        return self._truth_tab.widget()

    @property
    def presets_panel(self) -> PresetsPanel:
        return self._presets_tab.widget()

    @property
    def params_view(self) -> ParamsView:
        """The Parameters trace (built now if its tab was never opened)."""
        return self._params_tab.widget()

    def _wire_point_panel(self, panel: PointPanel) -> None:
        panel.point_changed.connect(self.data_view.highlight_point)

    def _make_presets_panel(self) -> PresetsPanel:
        from emgui.gui.panels.presets_panel import PresetsPanel

        return PresetsPanel(self._panel_settings())

    def _wire_presets_panel(self, panel: PresetsPanel) -> None:
        panel.preset_chosen.connect(self._load_preset)
        panel.preset_chosen.connect(self._remember_preset)

    def _panel_settings(self) -> Settings:
        """The user's settings, or for a batch run a throwaway file that nobody reads again."""
        if self.settings is not None:
            return self.settings
        import shutil
        import tempfile

        folder = tempfile.mkdtemp(prefix="emgui-")
        # Removed with the window (a finaliser left to the garbage collector warns instead).
        self.destroyed.connect(lambda *_: shutil.rmtree(folder, ignore_errors=True))
        ini = str(Path(folder) / "settings.ini")
        return Settings(QSettings(ini, QSettings.Format.IniFormat))

    def _add_file_commands(self, settings: Settings) -> None:
        """The File menu: open data and sessions, save, export, recent files; drops; close."""
        from emgui.gui.file_controller import FileController

        files = FileController(self, self.session, settings, self.player, self.history_table)
        self.files = files
        views = (
            ("data_plot", translate("MainWindow", "Data Plot"), self.data_view),
            ("likelihood_plot", translate("MainWindow", "Log-likelihood Plot"),
             self.likelihood_view),
            ("parameter_plot", translate("MainWindow", "Parameter Plot"),
             lambda: self.params_view),  # built on use
        )
        entries: list[QAction | QMenu | None] = list(files.build_actions(self, views))
        entries.insert(2, files.recent_menu(self))  # after Open Data and Open Session
        self.add_file_actions(entries)
        self.add_close_guard(files.confirm_close)
        self.set_drop_handler(files.accepts_drop, files.handle_drop)
        files.message.connect(self.status.show_message)
        files.speed_restored.connect(self._restore_speed)
        files.preset_restored.connect(lambda key: self.presets_panel.select(key))
        files.view_state = self.view_state
        files.view_restored.connect(self.restore_view)
        files.dirty_changed.connect(self.setWindowModified)
        files.document_changed.connect(lambda _path: self._update_title())

    def view_state(self) -> dict[str, object]:
        """What is on screen besides the run, for a session file: reopening it shows the same."""
        view: dict[str, object] = {
            "show_truth": self._show_truth,
            "side_tab": self.inspector_tabs.tabText(self.inspector_tabs.currentIndex()),
        }
        if self._point_tab.is_built and self.point_panel.point is not None:
            view["point"] = self.point_panel.point
        return view

    def restore_view(self, view: dict[str, object]) -> None:
        """Put back what a reopened session had on screen (parts it lacks stay as they are)."""
        if "show_truth" in view and self.session.state.data.z is not None:
            on = bool(view["show_truth"])
            self._set_show_truth(on)
            self.controls.set_show_truth(on)
        point = view.get("point")
        if isinstance(point, int):
            self.point_panel.set_point(point)
        tab = view.get("side_tab")
        titles = [self.inspector_tabs.tabText(i) for i in range(self.inspector_tabs.count())]
        if isinstance(tab, str) and tab in titles:
            self.inspector_tabs.setCurrentIndex(titles.index(tab))

    def _follow(self, state: SessionState) -> None:
        """Markers draggable only at step 0 while nothing plays; the title names the data."""
        self.data_view.set_markers_movable(not self.player.playing and state.iteration == 0)
        if state.change == "data":
            self._update_title()
        if state.change in ("data", "settings"):
            self.appearance.catch_up()  # plot items a view made anew, at the current look
        if state.change == "data":
            self.data_view.plot_widget.setAccessibleDescription(_data_plot_description())

    def _update_title(self) -> None:
        """'name — EM Explorer' for a session file or file data; '*' marks unsaved changes."""
        state = self.session.state
        if self.files is not None and self.files.path:
            name = self.files.document_title()
        elif state.data.simulation is None:
            name = state.data.source
        else:
            name = ""
        self.setWindowTitle(f"{name}[*] \u2014 EM Explorer" if name else "EM Explorer[*]")

    def _attempt(self, call, *args) -> bool:
        """Pass a request to the session; a refusal is one sentence and changes nothing."""
        try:
            call(*args)
        except ValueError as exc:
            self.controls.refresh(self.session.state)  # put the widgets back
            self.controls.show_error(as_sentence(str(exc)))
            return False
        return True

    # ---------------------------------------------------------------- handlers (actions)
    def step(self) -> None:
        self.player.pause()
        self.session.step()

    def step_back(self) -> None:
        self.player.pause()
        self.session.step_back()

    def toggle_play(self) -> None:
        self.player.toggle()

    def reset(self) -> None:
        self.player.pause()
        self.session.reset()

    def new_sample(self) -> None:
        """Draw a new sample with the next seed (a simulated sample after file data)."""
        self.player.pause()
        sim = self.controls.simulation
        if isinstance(sim, MixtureSimulation):  # the same K-component truth, the next seed
            self._attempt(self.session.new_sample, sim.n, None, None, next_seed(sim.seed))
            return
        self._attempt(self.session.new_sample, sim.n, sim.sep, sim.true_pi, next_seed(sim.seed))

    def copy_history(self) -> None:
        self.history_table.copy_to_clipboard()
        self.status.show_message(
            translate("MainWindow", "History copied to the clipboard as text."))

    def finish_motion(self) -> None:
        """Jump any glide to its end (before a picture is taken of the window)."""
        self.data_view.tween.finish()

    def toggle_why(self) -> None:
        """View > Why EM Climbs (F2): the "Why it works" area in place of the run's plots."""
        self.show_why(self.actions["why"].isChecked())

    def show_why(self, on: bool = True) -> None:
        """Show the "Why it works" area (built and wired the first time) or the run again."""
        if on and self._why is None:
            self._build_why()
        if self._why is not None:
            stack = self._why_stack
            stack.setCurrentWidget(self._why if on else self.centre_splitter)
        action = self.actions["why"]
        if action.isChecked() != on:
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)

    @property
    def why_area(self) -> WhyArea:
        """The "Why it works" area (built now, not shown, if it was never opened)."""
        if self._why is None:
            self._build_why()
        assert self._why is not None
        return self._why

    def _build_why(self) -> None:
        """The area goes in a stack with the run's plots, where the plots were."""
        from PySide6.QtWidgets import QStackedWidget

        from emgui.gui.why import run_view
        from emgui.gui.why.area import WhyArea

        area = WhyArea()
        stack = QStackedWidget(objectName="centre_stack")
        sizes = self.main_splitter.sizes()
        self.main_splitter.replaceWidget(self.main_splitter.indexOf(self.centre_splitter), stack)
        stack.addWidget(self.centre_splitter)
        stack.addWidget(area)
        self.main_splitter.setSizes(sizes)
        self._why, self._why_stack = area, stack

        def start(value: object) -> None:
            if not self.player.playing and self.session.state.iteration == 0:
                self._attempt(self.session.set_start, value)

        def load(start: object, iterations: int) -> None:
            self.player.pause()
            try:
                raised = run_view.load_run(self.session, start, iterations)  # type: ignore[arg-type]
            except ValueError as exc:
                self.controls.show_error(as_sentence(str(exc)))
                return
            self.finish_motion()  # the plots show the run's end, not a glide towards it
            self.show_why(False)
            note = (f" The maximum number of iterations was raised to {iterations:,} for it."
                    if raised else "")
            self.status.show_message(
                f"The run is loaded: its whole history is in the table and on the timeline.{note}")

        area.start_requested.connect(start)
        area.run_requested.connect(load)
        area.back_requested.connect(lambda: self.show_why(False))
        self.add_view(area)
        self.add_close_guard(area.may_close)

    def show_shortcuts(self) -> None:
        shortcuts_dialog(self, self.actions).open()

    def show_about(self) -> None:
        show_about(self)

    # ---------------------------------------------------------------- handlers (view menu)
    @property
    def zoom(self) -> int:
        """The zoom in percent the window is drawn at now (presentation mode's own there)."""
        return self._presentation_zoom if self.presentation.active else self._zoom

    @property
    def high_contrast(self) -> bool:
        return self._high_contrast

    def zoom_in(self) -> None:
        self._set_zoom(look.zoom_in(self.zoom))

    def zoom_out(self) -> None:
        self._set_zoom(look.zoom_out(self.zoom))

    def reset_zoom(self) -> None:
        self._set_zoom(look.PRESENTATION_ZOOM if self.presentation.active else look.DEFAULT_ZOOM)

    def set_zoom(self, zoom: int) -> None:
        """Draw everything at zoom percent (of the mode shown: normal or presentation)."""
        self._set_zoom(zoom)

    def _set_zoom(self, zoom: int) -> None:
        zoom = look.clamp_zoom(zoom)
        if self.presentation.active:
            self._presentation_zoom = zoom
        else:
            self._zoom = zoom
        self._apply_look()
        self._remember_look()
        self.status.show_message(f"Zoom {look.zoom_text(zoom)}.")

    def toggle_high_contrast(self, on: bool | None = None) -> None:
        """View > High Contrast: black on white, thicker lines, no light greys."""
        self.set_high_contrast(not self._high_contrast if on is None else bool(on))

    def set_high_contrast(self, on: bool) -> None:
        self._high_contrast = bool(on)
        self._apply_look()
        self._remember_look()

    def toggle_presentation(self, on: bool | None = None) -> None:
        """View > Presentation Mode (F5): in or out."""
        on = not self.presentation.active if on is None else bool(on)
        if on:
            self.enter_presentation()
        else:
            self.leave_presentation()

    def enter_presentation(self) -> None:
        """Full screen, everything larger, only the run: the data plot with its timeline, the
        traces, the toolbar's Step, Play, Back and Reset and the Playback inputs."""
        if self.presentation.active:
            return
        self._place_history(beside=True)  # then hidden, from where it sits normally
        groups = [g for g in self.controls.findChildren(QGroupBox)
                  if g.title() != PRESENTER_GROUP]
        hide = [self.menuBar(), self.history_table, self.inspector_tabs.tabBar(), *groups]
        self.presentation.enter(
            hide, (self.main_splitter, self.centre_splitter, self.bottom_splitter),
            tabs=[(self.inspector_tabs, 0)], then=self._apply_look,
        )
        self._show_presenting(True)

    def leave_presentation(self) -> None:
        """Esc, F5 or the toolbar's Leave: the window exactly as it was before."""
        if not self.presentation.active:
            return
        self.presentation.leave(then=self._apply_look)
        self._show_presenting(False)
        self._place_history()
        QCoreApplication.sendPostedEvents()
        self.history_table.show_state(self.session.state)  # its current row in view again

    def _show_presenting(self, on: bool) -> None:
        for item in (self._leave_separator, self.actions["leave_presentation"]):
            item.setVisible(on)
        presentation = self.actions["presentation"]
        presentation.blockSignals(True)
        presentation.setChecked(on)
        presentation.blockSignals(False)
        self._fit_side_column()
        if on:
            self._initial_splits()
        self.keyboard.refresh()

    def _apply_look(self) -> None:
        """Draw the window at the zoom and contrast chosen, and lay it out for them."""
        self.appearance.set_look(Look(self.zoom, self._high_contrast))
        self.actions["zoom_in"].setEnabled(self.zoom < look.MAX_ZOOM)
        self.actions["zoom_out"].setEnabled(self.zoom > look.MIN_ZOOM)
        high = self.actions["high_contrast"]
        high.blockSignals(True)
        high.setChecked(self._high_contrast)
        high.blockSignals(False)
        size = self._toolbar_icon
        self.toolbar.setIconSize(size * look.scale())
        self._fit_side_column()
        self._place_history()
        if self.isVisible():
            self._initial_splits()
        QCoreApplication.sendPostedEvents()  # the new sizes laid out, then shown again:
        for view in (self.likelihood_view, self.history_table,  # (headers carry sizes in
                     self.params_view if self._params_tab.is_built else None):  # their text)
            if view is not None:
                view.show_state(self.session.state)
        self.keyboard.restyle()

    @property
    def history_in_tabs(self) -> bool:
        """True when the history table is a tab of the traces (the window is too narrow for
        it beside them at this zoom)."""
        return self.trace_tabs.indexOf(self.history_table) >= 0

    def _place_history(self, beside: bool = False) -> None:
        """The history table beside the traces when both fit the window's width, otherwise
        a third tab beside Log L and Parameters (a large zoom on a laptop): never cut off."""
        table, tabs = self.history_table, self.trace_tabs
        in_tabs = self.history_in_tabs
        if not beside:
            if self.presentation.active:
                return
            bar = tabs.tabBar()
            titles = bar.sizeHint().width() - (bar.tabRect(tabs.indexOf(table)).width()
                                              if in_tabs else 0)
            traces = max(self.likelihood_view.minimumSizeHint().width(), titles)
            handle = self.main_splitter.handleWidth() + self.bottom_splitter.handleWidth()
            need = self._side_width() + traces + table.minimumWidth() + handle + 8
            beside = self.width() >= need
        if beside != in_tabs:
            return
        if beside:
            current = tabs.currentWidget() is table
            tabs.removeTab(tabs.indexOf(table))
            self.bottom_splitter.addWidget(table)
            self.bottom_splitter.setStretchFactor(1, 0)
            table.show()
            if current:
                tabs.setCurrentIndex(0)
        else:
            index = tabs.addTab(table, "History")
            tabs.setTabToolTip(index, "One row per iteration; click a row to go back to it")
        if self.isVisible():
            self._initial_splits()
        self.keyboard.refresh()

    def _fit_side_column(self) -> None:
        """The side column as wide as its pages need at this size of text: the inputs'
        natural width, and each panel's least width (wider, it would scroll sideways)."""
        # Fonts, style and shown parts changed: let the layouts measure again first.
        QCoreApplication.sendPostedEvents()
        for i in range(self.inspector_tabs.count()):
            scroll = self.inspector_tabs.widget(i)
            if not isinstance(scroll, QScrollArea) or scroll.widget() is None:
                continue
            inner = scroll.widget()
            if inner.layout() is not None:  # measured anew, never from a size cached at zoom
                for layout in (inner.layout(), *inner.findChildren(QLayout)):
                    layout.invalidate()
                inner.layout().activate()
            need = inner.sizeHint() if inner is self.controls else inner.minimumSizeHint()
            scroll.setMinimumWidth(need.width() + scroll.verticalScrollBar().sizeHint().width())

    def _remember_look(self) -> None:
        s = self.settings
        if not self._remember or s is None:
            return
        s.set("view/zoom", self._zoom)
        s.set("view/presentation_zoom", self._presentation_zoom)
        s.set("view/high_contrast", self._high_contrast)

    def _new_part(self, widget: QWidget) -> None:
        """A panel or view built on first use: at the current look, named, in the tab order."""
        self.appearance.catch_up([widget, *widget.findChildren(QWidget)])
        self._fit_side_column()
        self.keyboard.refresh()

    def _focus_areas(self) -> list[QWidget]:
        """The window's parts in reading order, for Tab: side column, data plot, traces."""
        return [self.inspector_tabs, self.centre_splitter.widget(0), self.bottom_splitter]

    # ---------------------------------------------------------------- handlers (views)
    def _ask_simulation(self, simulation: em.Simulation) -> None:
        self.player.pause()
        if isinstance(simulation, MixtureSimulation):
            self._attempt(self.session.simulate_from, simulation, self.session.start)
            return
        self._attempt(
            self.session.new_sample,
            simulation.n, simulation.sep, simulation.true_pi, simulation.seed,
        )

    def simulate_mixture(self) -> None:
        """Ask for K components to draw a sample from; fit K components to it."""

        from emgui.gui.dialogs.simulate_mixture import SimulateMixtureDialog

        self.player.pause()
        current = self.session.state.data.simulation
        dialog = SimulateMixtureDialog(
            current if isinstance(current, MixtureSimulation) else None, self
        )
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        self.apply_mixture_simulation(dialog.simulation())

    def apply_mixture_simulation(self, simulation: MixtureSimulation) -> None:
        """Draw the sample, and fit as many components as it was drawn from."""
        from dataclasses import replace

        from emgui.core.mixture import default_start

        model = replace(self.session.model, k=simulation.truth_mixture.k)
        x, _ = simulation.draw()
        start = default_start(x, model)  # means at the new sample's quantiles
        done = self._attempt(self.session.simulate_from, simulation, start, model)
        if done and self.files is not None:  # no preset describes this sample any more
            self.files.set_preset_key(None)

    def _ask_model(self, model) -> None:
        """Components, variance form or sigma floor changed: a new run, like a start value."""
        self.player.pause()
        self._attempt(self.session.set_model, model)

    def _drag_start(self, start) -> None:
        """The user let go of a mean marker or sigma handle at step 0."""
        state = self.session.state
        if self.player.playing or state.iteration != 0:
            return
        self._attempt(self.session.set_start, start)

    def _seek_iteration(self, iteration: int) -> None:
        self.player.pause()
        self.session.seek_iteration(iteration)

    def _seek_position(self, position: int) -> None:
        self.player.pause()
        self.session.seek(position)

    def _inspect_point(self, index: int) -> None:
        """A clicked point: show its E-step in the Point tab (hidden in presentation mode)."""
        self.point_panel.set_point(index)
        if not self.presentation.active:
            self.inspector_tabs.setCurrentWidget(self._point_tab.page)

    def _point_key(self, key: int) -> None:
        """An arrow, Home or End on the data plot reached by keyboard: the next point."""
        indices = self.data_view.sample_indices
        state = self.session.state
        current = self.point_panel.point if self._point_tab.is_built else None
        index = neighbour_point(state.data.x[indices], indices, current, key)
        if index is None:
            return
        self._inspect_point(index)
        x = float(state.data.x[index])
        text = f"Point {index + 1} of {state.data.x.size}: x = {x:.3f}"
        if state.r is not None and state.r.shape[0] == 2:
            text += f", responsibility r = {float(state.r[0, index]):.3f}"
        elif state.r is not None:
            best = int(state.r[:, index].argmax())
            text += (f", most likely component {best + 1} "
                     f"(r = {float(state.r[best, index]):.3f})")
        self.data_view.plot_widget.setAccessibleDescription(
            f"{text}. {_data_plot_description()}"
        )
        self.status.show_message(f"{text}.")

    def _hover_point(self, index: int) -> None:
        """The point under the mouse, for a Point panel that follows it (once it exists)."""
        if self._point_tab.is_built:
            self.point_panel.set_hover_point(index if index >= 0 else None)

    def _remember_preset(self, preset: Preset) -> None:
        """The chosen preset is saved with the session."""
        if self.files is not None:
            self.files.set_preset_key(preset.key)

    def _load_preset(self, preset: Preset) -> None:
        self.player.pause()
        if self._attempt(self.session.simulate_from, preset.simulation, preset.start,
                         preset.model):
            self._attempt(self.session.set_tolerance, preset.tol)
            if self.files is not None:  # the preset gives this run back: nothing to lose
                self.files.mark_regenerable()

    def _restore_speed(self, per_second: float) -> None:
        self.controls.set_speed(per_second)
        self._set_speed(per_second)

    def _play_stopped(self, reason: str) -> None:
        state = self.session.state
        self.status.show_message(
            stop_reason_text(reason, state), detail=stop_reason_detail(reason, state)
        )

    def _set_speed(self, per_second: float) -> None:
        self.player.set_speed(per_second)
        self._apply_motion()

    def _set_smooth_motion(self, on: bool) -> None:
        self._smooth = on
        self._apply_motion()

    def _set_show_truth(self, on: bool) -> None:
        self._show_truth = on
        self.data_view.set_show_truth(on)

    def _apply_motion(self) -> None:
        """Glide for most of the time between two steps, so motion never lags the run."""
        duration = min(MOTION_MAX_MS, round(MOTION_SHARE * self.player.interval_ms))
        self.data_view.set_motion_duration(duration)
        self.data_view.set_motion_enabled(self._smooth)

    # ---------------------------------------------------------------- preferences
    def _restore(self) -> None:
        s = self.settings
        remember = self._remember and s is not None
        speed = s.get_float("playback/speed", 4.0, 1.0, 30.0) if remember else 4.0
        self._smooth = s.get_bool("playback/smooth_motion", True) if remember else True
        self.controls.set_speed(speed)
        self.controls.set_smooth_motion(self._smooth)
        self.controls.set_show_truth(self._show_truth)
        self.data_view.set_show_truth(self._show_truth)
        self.player.set_speed(speed)
        self._apply_motion()
        geometry = s.get_bytes("window/geometry") if remember else None
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*self._default_size())
        state = s.get_bytes("window/state") if remember else None
        if state is not None:
            self.restoreState(state)
        self._splits_restored = False
        for splitter in (self.main_splitter, self.centre_splitter, self.bottom_splitter):
            saved = s.get_bytes(f"window/{splitter.objectName()}") if remember else None
            if saved is not None:
                self._splits_restored |= splitter.restoreState(saved)
        if remember:
            self._zoom = look.clamp_zoom(s.get_int("view/zoom", look.DEFAULT_ZOOM))
            self._presentation_zoom = look.clamp_zoom(
                s.get_int("view/presentation_zoom", look.PRESENTATION_ZOOM))
            self._high_contrast = s.get_bool("view/high_contrast", False)
        if self._zoom != look.current().zoom or self._high_contrast != (
            look.current().high_contrast
        ):
            self._apply_look()

    def _default_size(self) -> tuple[int, int]:
        width, height = DEFAULT_SIZE
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(max(width, round(LARGE_SCREEN_SHARE * available.width())),
                        available.width())
            height = min(max(height, round(LARGE_SCREEN_SHARE * available.height())),
                         available.height())
        return max(width, MINIMUM_SIZE[0]), max(height, MINIMUM_SIZE[1])

    def _initial_splits(self) -> None:
        """First-run proportions, for the size the window is first shown at."""
        width, height = self.width(), self.height()
        side = self._side_width()
        centre = max(1, width - side)
        self.main_splitter.setSizes([side, centre])
        self.centre_splitter.setSizes([round(height * 0.58), round(height * 0.42)])
        # Two fifths, but never less than the table needs for its five columns on a small
        # screen (nor more than 62%), and not wider than its columns can use on a large one.
        table = min(max(round(centre * 0.4), look.pixels(TABLE_MIN_WIDTH)),
                    look.pixels(TABLE_MAX_WIDTH), round(centre * 0.62))
        # ... and never less than its columns need, nor so much that the trace tabs scroll.
        table = max(table, self.history_table.minimumWidth())
        table = min(table, max(0, centre - self.trace_tabs.minimumSizeHint().width()))
        self.bottom_splitter.setSizes([centre - table, table])

    def save_preferences(self) -> None:
        s = self.settings
        if not self._remember or s is None:
            return
        s.set("playback/speed", self.player.speed)
        s.set("playback/smooth_motion", self._smooth)
        s.set("window/geometry", self.saveGeometry())
        s.set("window/state", self.saveState())
        for splitter in (self.main_splitter, self.centre_splitter, self.bottom_splitter):
            s.set(f"window/{splitter.objectName()}", splitter.saveState())
        s.sync()

    # ---------------------------------------------------------------- Qt events
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._built:  # (Qt may resize the window while it is being built)
            self._place_history()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._splits_restored and not event.spontaneous():
            self._splits_restored = True  # split once, at the size first shown; then the user's
            self._initial_splits()
        self.data_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    @property
    def painted(self) -> bool:
        """True once the window has painted its first frame."""
        return self._painted

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._drop_handler[0](event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self._drop_handler[1](event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.player.pause()
        if not all(may_close() for may_close in self._close_guards):
            event.ignore()
            return
        self.data_view.tween.finish()  # no glide left running behind a closed window
        self.leave_presentation()  # the window's own geometry is the one remembered
        self.save_preferences()
        super().closeEvent(event)
        reset_look()  # the application's own font and palette for whatever comes next


def _scrolling(widget: QWidget | None, name: str) -> QScrollArea:
    """widget in a frameless vertical scroll area (tall panels on a short screen)."""
    area = QScrollArea()
    area.setObjectName(name)
    if widget is not None:
        area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Not a stop of its own for Tab: its controls are, and it scrolls to the one focused.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


def _data_plot_description() -> str:
    return VIEW_NAMES["DataView"][1]


def _add_shown(layout: QVBoxLayout, widget: QWidget) -> None:
    """Add widget to the layout of a page that may be on screen already, visible at once."""
    layout.addWidget(widget)
    widget.show()


def _point_panel() -> PointPanel:
    from emgui.gui.panels.point_panel import PointPanel

    return PointPanel()


def _mstep_panel() -> MStepPanel:
    from emgui.gui.panels.mstep_panel import MStepPanel

    return MStepPanel()


def _truth_panel() -> TruthPanel:
    from emgui.gui.panels.truth_panel import TruthPanel

    return TruthPanel()


def _params_view() -> ParamsView:
    from emgui.gui.views.trace_views import ParamsView

    return ParamsView()


def open_window(session: EMSession | None = None, remember: bool = True) -> MainWindow:
    """Build and show the window (the app's entry point calls this once)."""
    window = MainWindow(session=session, remember=remember)
    window.show()
    return window

