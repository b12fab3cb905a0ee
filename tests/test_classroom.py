"""The classroom: zoom, high contrast, presentation mode, and the window from the keyboard.

Zoom and high contrast restyle what exists (fonts, palette, every plot item's pens and sizes)
and come back exactly; presentation mode hides what a class need not see and leaving it gives
the window back as it was; Tab walks every control in reading order, each with a name a screen
reader can say, and a control reached with Tab gets the keys it is made for.
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGroupBox, QWidget

from emgui.gui import look, settings
from emgui.gui.keyboard import is_tab_stop, neighbour_point
from emgui.gui.look import Look
from emgui.gui.main_window import MainWindow
from emgui.gui.palette import mix_rgb
from emgui.gui.settings import Settings
from emgui.gui.views.data_view import NEUTRAL_STEP

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _identity(qapp):
    settings.set_application_identity()


def ini_settings(folder) -> Settings:
    return Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))


def make_window(qtbot, prefs: Settings | None = None) -> MainWindow:
    window = MainWindow(settings=prefs)
    qtbot.addWidget(window)
    window.data_view.set_motion_enabled(False)
    return window


def show(qtbot, window: MainWindow, size: tuple[int, int] = (1280, 800)) -> MainWindow:
    window.resize(*size)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.isActiveWindow())
    return window


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def look_colour(r: float) -> str:
    return "#{:02x}{:02x}{:02x}".format(*mix_rgb(r))


def sizes_of(window: MainWindow) -> dict[str, float]:
    """Lengths and font sizes drawn now, across the widgets and the plots."""
    data = window.data_view
    axis = data.plot_item.getAxis("bottom")
    return {
        "app font": QApplication.font().pointSizeF(),
        "table font": window.history_table.font().pointSizeF(),
        "mixture pen": data.mixture_curve.opts["pen"].widthF(),
        "component pen": data.component_curves[0].opts["pen"].widthF(),
        "marks": data.points_item.opts["size"],
        "mean line": data.mean_lines[0].pen.widthF(),
        "mean label": data.mean_lines[0].label.textItem.font().pointSizeF(),
        "tick font": axis.style["tickFont"].pointSizeF(),
        "tick length": axis.style["tickLength"],
        "loglik dots": window.likelihood_view.curve.opts["symbolSize"],
        "loglik axis": window.likelihood_view.plot_item.getAxis("left").fixedWidth,
        "marker": window.likelihood_view.current_marker.opts["size"],
    }


# ---------------------------------------------------------------- the look, without Qt
def test_zoom_steps_go_up_and_down_the_ladder_and_stop_at_its_ends() -> None:
    assert look.ZOOM_STEPS == (100, 110, 125, 150, 175, 200)
    assert look.zoom_in(100) == 110 and look.zoom_in(150) == 175 and look.zoom_in(200) == 200
    assert look.zoom_out(110) == 100 and look.zoom_out(100) == 100
    assert look.zoom_in(160) == 175 and look.zoom_out(160) == 150  # presentation's own
    assert look.clamp_zoom(10) == 100 and look.clamp_zoom(999) == 200
    assert Look(150, True).line_scale == pytest.approx(1.5 * look.HIGH_CONTRAST_LINES)


def test_high_contrast_darkens_greys_and_keeps_colours() -> None:
    blue, white, black = (0, 114, 178, 255), (255, 255, 255, 190), (34, 34, 34, 255)
    for colour in (blue, white, black):
        assert look.contrast_rgba(colour) == colour
    line = look.contrast_rgba((120, 120, 120, 160))
    fill = look.contrast_rgba((170, 170, 170, 110), "fill")
    mark = look.contrast_rgba((154, 154, 154, 255), "mark")
    assert max(line[:3]) < 60 and line[3] >= 230
    assert max(fill[:3]) <= 145 and fill[3] >= 150
    assert max(mark[:3]) < 100


# ---------------------------------------------------------------- zoom
def test_zoom_scales_fonts_pens_marks_and_axes_and_comes_back_exactly(qtbot) -> None:
    window = show(qtbot, make_window(qtbot))
    before = sizes_of(window)
    QTest.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 110
    for _ in range(2):
        action(window, "zoom_in").trigger()
    assert window.zoom == 150 and look.current().zoom == 150
    zoomed = sizes_of(window)
    for key, value in before.items():
        assert zoomed[key] == pytest.approx(1.5 * value, rel=0.1, abs=1), key
    assert window.status.message == "Zoom 150 %."
    for _ in range(6):
        action(window, "zoom_in").trigger()
    assert window.zoom == 200 and not action(window, "zoom_in").isEnabled()
    QTest.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 100 and look.current().is_default
    assert sizes_of(window) == before  # no drift, however often it was scaled
    assert not action(window, "zoom_out").isEnabled()


def test_a_panel_built_while_zoomed_is_drawn_at_the_zoom(qtbot) -> None:
    window = show(qtbot, make_window(qtbot))
    window.set_zoom(150)
    params = window.params_view  # built now, after the zoom
    assert params.mu1_curve.opts["symbolSize"] == 9  # 6 at 100 %
    assert params.mu1_curve.opts["pen"].widthF() == pytest.approx(4.5)
    formula = window.point_panel.findChild(QWidget, "pointFormula")
    assert formula.font().pointSizeF() > 1.4 * QApplication.font().pointSizeF() / 1.5
    window.reset_zoom()
    assert params.mu1_curve.opts["symbolSize"] == 6


def test_zoom_and_contrast_are_remembered(qtbot, tmp_path) -> None:
    prefs = ini_settings(tmp_path)
    window = make_window(qtbot, prefs)
    window.set_zoom(125)
    window.set_high_contrast(True)
    window.close()
    assert look.current().is_default  # a closed window gives the application back
    again = make_window(qtbot, ini_settings(tmp_path))
    assert (again.zoom, again.high_contrast) == (125, True)
    assert look.current() == Look(125, True)
    assert action(again, "high_contrast").isChecked()
    again.set_zoom(100)
    again.set_high_contrast(False)


# ---------------------------------------------------------------- high contrast
def test_high_contrast_is_black_on_white_with_thicker_curves_and_no_light_greys(qtbot) -> None:
    window = show(qtbot, make_window(qtbot))
    data = window.data_view
    width = data.mixture_curve.opts["pen"].widthF()
    QTest.keyClick(window, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.high_contrast and action(window, "high_contrast").isChecked()
    pal = QApplication.palette()
    assert pal.color(QPalette.ColorRole.WindowText).name() == "#000000"
    assert pal.color(QPalette.ColorRole.Window).name() == "#ffffff"
    assert pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).lightness() < 100
    assert data.mixture_curve.opts["pen"].widthF() == pytest.approx(width * 1.5)
    outline = data.histogram_item.opts["pen"].color()
    assert outline.lightness() < 60
    fill = data.histogram_item.opts["fillBrush"].color()
    assert fill.lightness() <= 145 and fill.alpha() >= 150
    # The grey of marks before any E-step (a file's data) darkens; coloured marks stay.
    table = data.points_item._palette
    assert table[NEUTRAL_STEP].color().lightness() < 100
    assert table[0].color().name() == look_colour(0)
    action(window, "high_contrast").trigger()
    assert not window.high_contrast and look.current().is_default
    assert data.mixture_curve.opts["pen"].widthF() == pytest.approx(width)
    assert data.histogram_item.opts["pen"].color().lightness() > 100


# ---------------------------------------------------------------- presentation mode
def test_presentation_mode_shows_only_the_run_larger_and_esc_gives_the_window_back(
    qtbot,
) -> None:
    window = show(qtbot, make_window(qtbot), (1200, 760))
    window.main_splitter.setSizes([380, 820])
    window.inspector_tabs.setCurrentIndex(3)
    QApplication.processEvents()
    geometry, state = window.geometry(), window.windowState()
    splits = [s.sizes() for s in (window.main_splitter, window.centre_splitter,
                                  window.bottom_splitter)]
    tab = window.inspector_tabs.currentIndex()

    QTest.keyClick(window, Qt.Key.Key_F5)
    assert window.presentation.active and action(window, "presentation").isChecked()
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert look.current().zoom == look.PRESENTATION_ZOOM == window.zoom
    assert window.menuBar().isHidden() and window.history_table.isHidden()
    tabs = window.inspector_tabs
    assert [tabs.isTabVisible(i) for i in range(tabs.count())] == [True] + [False] * 4
    assert tabs.tabBar().isHidden() and tabs.currentIndex() == 0
    shown = [g.title() for g in window.controls.findChildren(QGroupBox) if not g.isHidden()]
    assert shown == ["Playback"]
    assert action(window, "leave_presentation").isVisible()
    for name in ("step", "play", "reset"):
        assert action(window, name).isVisible() and action(window, name).isEnabled()
    assert window.data_view.isVisible() and window.likelihood_view.isVisible()
    QTest.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 175  # presentation's own zoom steps on from 160

    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not window.presentation.active and not action(window, "presentation").isChecked()
    qtbot.waitUntil(lambda: window.geometry() == geometry)
    assert window.windowState() == state
    assert look.current().is_default and window.zoom == 100
    assert [s.sizes() for s in (window.main_splitter, window.centre_splitter,
                                window.bottom_splitter)] == splits
    assert not window.menuBar().isHidden() and not window.history_table.isHidden()
    assert all(tabs.isTabVisible(i) for i in range(tabs.count()))
    assert tabs.currentIndex() == tab and not tabs.tabBar().isHidden()
    assert all(not g.isHidden() for g in window.controls.findChildren(QGroupBox))
    assert not action(window, "leave_presentation").isVisible()
    QTest.keyClick(window, Qt.Key.Key_Escape)  # outside presentation Esc does nothing
    assert not window.presentation.active
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert window.zoom == 175  # remembered for the next presentation
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert not window.presentation.active


def test_closing_in_presentation_mode_remembers_the_window_as_it_was(qtbot, tmp_path) -> None:
    prefs = ini_settings(tmp_path)
    window = show(qtbot, make_window(qtbot, prefs), (1100, 700))
    geometry = window.saveGeometry()
    window.enter_presentation()
    assert window.saveGeometry() != geometry
    window.close()
    assert look.current().is_default
    assert ini_settings(tmp_path).get_bytes("window/geometry") == geometry
    again = make_window(qtbot, ini_settings(tmp_path))
    assert not again.presentation.active and again.zoom == 100


def test_f1_lists_the_view_menu_shortcuts(qtbot) -> None:
    window = make_window(qtbot)
    rows = dict(window.actions.shortcut_rows())
    assert rows["Presentation Mode"] == "F5"
    assert rows["Leave Presentation Mode"] == "Esc"
    assert rows["Zoom In"].startswith("Ctrl+=")
    assert rows["Zoom Out"] == "Ctrl+-" and rows["Reset Zoom"] == "Ctrl+0"
    view = [a.objectName() for a in window.menus["view"].actions() if a.objectName()]
    assert view == ["presentation", "leave_presentation", "zoom_in", "zoom_out", "reset_zoom",
                    "high_contrast", "why"]
    assert QKeySequence("F5") in action(window, "presentation").shortcuts()


# ---------------------------------------------------------------- keyboard and screen reader
def focus_chain(window: QWidget) -> list[QWidget]:
    """The tab stops Tab visits, from the window round the focus chain until it cycles."""
    stops: list[QWidget] = []
    seen: set[int] = set()
    widget = window.nextInFocusChain()
    while widget is not window and id(widget) not in seen:
        seen.add(id(widget))
        if is_tab_stop(widget) and widget.isVisible() and widget.isEnabled():
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def area_of(window: MainWindow, widget: QWidget) -> int:
    areas = (window.inspector_tabs, window.centre_splitter.widget(0), window.bottom_splitter)
    for number, area in enumerate(areas):
        if area is widget or area.isAncestorOf(widget):
            return number
    return len(areas)


def check_tab_order(window: MainWindow) -> list[QWidget]:
    stops = focus_chain(window)
    assert len(stops) >= 6
    nameless = [f"{type(w).__name__} {w.objectName()}" for w in stops if not w.accessibleName()]
    assert not nameless, f"no accessible name: {nameless}"
    areas = [area_of(window, w) for w in stops]
    assert areas == sorted(areas), "Tab leaves an area and comes back to it"
    for before, after in itertools.pairwise(stops):
        if area_of(window, before) != area_of(window, after):
            continue
        a = before.mapTo(window, QPoint(0, 0))
        b = after.mapTo(window, QPoint(0, 0))
        # Reading order: the next stop is lower, or on the same band further right.
        assert not (b.y() < a.y() - 8 and b.x() < a.x() + 8), (
            f"{after.accessibleName()} at {b.toTuple()} comes after "
            f"{before.accessibleName()} at {a.toTuple()}"
        )
    return stops


def test_tab_walks_every_control_in_reading_order_and_each_has_a_name(qtbot) -> None:
    window = show(qtbot, make_window(qtbot))
    window.step()  # the timeline has somewhere to go
    names = [w.accessibleName() for w in check_tab_order(window)]
    assert names[:3] == ["Side panels", "Number of points, n", "Separation of the true means"]
    for name in ("Play speed", "Show the truth", "Data and fitted densities", "Timeline",
                 "Trace plots", "Log-likelihood trace", "History table"):
        assert name in names
    assert names.index("Data and fitted densities") < names.index("Timeline") < names.index(
        "Log-likelihood trace")
    plot = window.data_view.plot_widget
    assert "Left and Right" in plot.accessibleDescription()
    for i in range(1, window.inspector_tabs.count()):  # every panel, built when opened
        window.inspector_tabs.setCurrentIndex(i)
        check_tab_order(window)
    window.trace_tabs.setCurrentIndex(1)
    check_tab_order(window)


def test_tab_stops_everywhere_and_never_loops_in_one_place(qtbot) -> None:
    window = show(qtbot, make_window(qtbot))
    stops = focus_chain(window)
    visited = []
    for _ in range(len(stops) + 2):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert {id(w) for w in stops} <= {id(w) for w in visited}
    assert window.session.state.iteration == 0  # Tab moved the focus, nothing else


def test_arrows_choose_points_on_the_data_plot_reached_with_tab(qtbot) -> None:
    window = show(qtbot, make_window(qtbot))
    window.step()
    plot = window.data_view.plot_widget
    plot.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(plot.hasFocus)
    assert window.keyboard.keyboard_focus is plot
    x = window.session.state.data.x
    order = sorted(range(x.size), key=lambda i: (x[i], i))
    QTest.keyClick(plot, Qt.Key.Key_Right)
    assert window.point_panel.point == order[0]
    QTest.keyClick(plot, Qt.Key.Key_Right)
    assert window.point_panel.point == order[1]
    QTest.keyClick(plot, Qt.Key.Key_Left)
    assert window.point_panel.point == order[0]
    QTest.keyClick(plot, Qt.Key.Key_End)
    assert window.point_panel.point == order[-1]
    QTest.keyClick(plot, Qt.Key.Key_Home)
    assert window.point_panel.point == order[0]
    assert window.session.state.iteration == 1  # no step was taken
    assert f"Point {order[0] + 1} of {x.size}" in plot.accessibleDescription()
    assert window.inspector_tabs.tabText(window.inspector_tabs.currentIndex()) == "Point"
    # Reached with the mouse, Right steps as it always did.
    window.history_table.setFocus(Qt.FocusReason.TabFocusReason)
    plot.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(plot.hasFocus)
    QTest.keyClick(plot, Qt.Key.Key_Right)
    assert window.session.state.iteration == 2


def test_the_point_keys_pick_neighbours_left_to_right() -> None:
    xs, ids = [0.5, -1.0, 2.0, 0.5], [10, 11, 12, 13]
    right, left = int(Qt.Key.Key_Right), int(Qt.Key.Key_Left)
    assert neighbour_point(xs, ids, None, right) == 11
    assert neighbour_point(xs, ids, None, left) == 12
    assert neighbour_point(xs, ids, 11, right) == 10
    assert neighbour_point(xs, ids, 10, right) == 13  # a tie: by number
    assert neighbour_point(xs, ids, 12, right) == 12  # the last stays
    assert neighbour_point(xs, ids, 11, int(Qt.Key.Key_End)) == 12
    assert neighbour_point([], [], None, right) is None


def test_the_timeline_reached_with_tab_moves_with_its_keys(qtbot) -> None:
    window = show(qtbot, make_window(qtbot))
    for _ in range(5):
        window.step()
    slider = window.timeline.slider
    slider.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(slider.hasFocus)
    QTest.keyClick(slider, Qt.Key.Key_Left)
    assert window.session.state.iteration == 4
    QTest.keyClick(slider, Qt.Key.Key_Home)
    assert window.session.state.iteration == 0
    QTest.keyClick(slider, Qt.Key.Key_Right)
    assert window.session.state.iteration == 1
    QTest.keyClick(slider, Qt.Key.Key_End)
    assert window.session.state.iteration == 5
    QTest.keyClick(slider, Qt.Key.Key_Right)  # the end of the timeline: no new step
    assert window.session.state.iteration == 5 and len(window.session.state.history) == 6


def test_space_toggles_a_check_box_reached_with_tab_and_plays_otherwise(qtbot) -> None:
    window = show(qtbot, make_window(qtbot))
    box = window.controls.truth_check
    box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(box.hasFocus)
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked() and not window.player.playing
    window.history_table.setFocus(Qt.FocusReason.TabFocusReason)
    box.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(box.hasFocus)
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert window.player.playing
    window.player.pause()


def test_a_thick_focus_ring_shows_what_tab_reached_plots_included(qtbot) -> None:
    window = show(qtbot, make_window(qtbot))
    ring = window.keyboard.ring
    plot = window.data_view.plot_widget
    plot.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(plot.hasFocus)
    assert ring.target is plot
    rects = ring.rects()
    width = look.pixels(look.FOCUS_RING_PX)
    assert len(rects) == 4 and rects[0] == (0, 0, plot.width(), width)
    assert rects[1][1] == plot.height() - width
    window.set_zoom(200)
    assert ring.rects()[0][3] == 2 * width  # the ring grows with the zoom
    window.reset_zoom()
    window.history_table.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(window.history_table.hasFocus)
    assert ring.target is None and not ring.rects()


def test_the_open_data_dialog_names_its_controls(qtbot, tmp_path) -> None:
    from emgui.core.datafile import read_table
    from emgui.gui.dialogs.open_data import OpenDataDialog

    path = tmp_path / "two.csv"
    path.write_text("a,b\n" + "".join(f"{i},{i * i}\n" for i in range(30)), encoding="utf-8")
    dialog = OpenDataDialog(read_table(str(path)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    stops = focus_chain(dialog)
    assert len(stops) >= 5
    assert all(w.accessibleName() for w in stops), [type(w).__name__ for w in stops
                                                    if not w.accessibleName()]
    assert dialog.column_combo.accessibleName() == "Column"
