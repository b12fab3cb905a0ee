"""What the exports, the banner and the panels say, checked on the real window.

The SVG is rendered by another program (librsvg's rsvg-convert), as a person opening the file
would see it, and compared with the PNG export of the same view.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QImage

from emgui.core import em
from emgui.core.presets import builtin
from emgui.gui import settings
from emgui.gui.main_window import MainWindow
from emgui.gui.panels.formula import fmt

pytestmark = pytest.mark.gui

COMPONENT_1 = (0x00, 0x72, 0xB2)


@pytest.fixture(autouse=True)
def _identity(qapp):
    settings.set_application_identity()


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.controls.smooth_check.setChecked(False)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def pixels(path) -> np.ndarray:
    """An image file as an (h, w, 3) array of 8-bit RGB."""
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    assert not image.isNull(), path
    h, w, line = image.height(), image.width(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=h * line).reshape(h, line)
    return raw[:, : w * 3].reshape(h, w, 3).copy()


def near(rgb: np.ndarray, colour: tuple[int, int, int], slack: int = 40) -> np.ndarray:
    return np.all(np.abs(rgb.astype(int) - np.array(colour)) <= slack, axis=2)


def dilate(mask: np.ndarray, by: int) -> np.ndarray:
    out = mask.copy()
    for dy in range(-by, by + 1):
        for dx in range(-by, by + 1):
            out |= np.roll(np.roll(mask, dy, axis=0), dx, axis=1)
    return out


# ------------------------------------------------------------------- SVG in another renderer
def test_the_svg_export_looks_like_the_png_export_in_librsvg(window, qtbot, tmp_path) -> None:
    if shutil.which("rsvg-convert") is None:
        if os.environ.get("CI"):
            pytest.fail("rsvg-convert (Debian librsvg2-bin) is needed on CI")
        pytest.skip("rsvg-convert (librsvg2-bin) is not installed")
    from emgui.gui.image_export import export_view

    for _ in range(3):
        window.session.step()
    qtbot.wait(0)
    png, svg, rendered = tmp_path / "v.png", tmp_path / "v.svg", tmp_path / "r.png"
    export_view(window.data_view, png)
    export_view(window.data_view, svg)
    text = svg.read_text(encoding="utf-8")
    assert "vector-effect" not in text
    assert 'font-family="sans-serif"' in text
    want = pixels(png)
    subprocess.run(
        ["rsvg-convert", "-w", str(want.shape[1]), "-o", str(rendered), str(svg)], check=True
    )
    got = pixels(rendered)
    assert abs(got.shape[0] - want.shape[0]) <= 2
    h = min(got.shape[0], want.shape[0])
    got, want = got[:h], want[:h]
    # The blue curve's pixels in the PNG are blue in librsvg's picture too (within 3 pixels).
    blue_png, blue_svg = near(want, COMPONENT_1), near(got, COMPONENT_1)
    assert blue_png.sum() > 2000
    found = (blue_png & dilate(blue_svg, 3)).sum() / blue_png.sum()
    assert found > 0.9, f"only {found:.0%} of the blue curve's pixels appear in librsvg"
    # No dark slab: librsvg paints no more dark pixels than the PNG has (curves, text).
    dark_png = (want.sum(axis=2) < 200).mean()
    dark_svg = (got.sum(axis=2) < 200).mean()
    assert dark_svg < dark_png + 0.02, (dark_png, dark_svg)


# ------------------------------------------------------------------- responsibilities CSV
def test_the_responsibilities_csv_numbers_points_as_the_point_tab_does(window, tmp_path) -> None:
    from emgui.core.exports import write_responsibilities_csv

    window.session.step()
    state = window.session.state
    path = tmp_path / "r.csv"
    write_responsibilities_csv(path, state.data.x, state.r1, state.data.z)
    rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines()))
    assert rows[0][0] == "point"
    panel = window.point_panel
    window.data_view.point_clicked.emit(7)
    assert panel.point == 7
    number = panel.text().split("</b>")[0]  # "<b>Point <i>i</i> = 8"
    shown = int(number.rsplit("=", 1)[1])
    row = next(r for r in rows[1:] if int(r[0]) == shown)
    assert float(row[1]) == state.data.x[panel.point] == panel.values.x
    assert float(row[2]) == state.r1[panel.point] == panel.values.r


# ------------------------------------------------------------------- a saddle is no convergence
def _run_to_the_end(window, qtbot) -> None:
    with qtbot.waitSignal(window.player.stopped, timeout=10000):
        window.actions["play"].trigger()


def test_a_symmetric_start_is_not_called_converged(window, qtbot) -> None:
    window.controls.set_speed(200) if hasattr(window.controls, "set_speed") else None
    preset = builtin("symmetric-start")
    window.presets_panel.preset_chosen.emit(preset)
    assert window.session.state.start.mu1 == window.session.state.start.mu2
    _run_to_the_end(window, qtbot)
    messages = window.banner.messages()
    assert "converged" not in messages, messages
    saddle = messages["saddle"]
    assert "the two components are the same" in saddle
    assert "saddle" in saddle and "fixed point of EM" in saddle and "Try" in saddle
    assert window.banner.isVisible()
    # The preset keeps its own explanation.
    window.presets_panel.select("symmetric-start")
    assert "saddle point" in window.presets_panel.explanation_text()


def test_an_ordinary_run_is_still_converged(window, qtbot) -> None:
    window.presets_panel.preset_chosen.emit(builtin("well-separated"))
    _run_to_the_end(window, qtbot)
    messages = window.banner.messages()
    assert "Converged after" in messages["converged"] and "saddle" not in messages


def test_a_run_that_empties_a_component_is_not_called_converged(window, qtbot) -> None:
    window.session.set_data(np.array([0.0, 0.1, 0.2, 0.3]), "four points")
    window.session.set_start(em.Params(0.5, 1000.0, 0.1))
    _run_to_the_end(window, qtbot)
    state = window.session.state
    assert state.converged and state.theta.pi == 0.0
    messages = window.banner.messages()
    assert "converged" not in messages and "component 1 has weight 0" in messages["saddle"]


# ------------------------------------------------------------------- numbers that never fail
SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def scientific(value: float) -> str:
    """fmt's "m.mmm × 10ⁿ", from Python's exact decimal rounding (a second implementation)."""
    head, power = f"{abs(value):.3e}".split("e")
    sign = "\u2212" if value < 0 else ""
    return f"{sign}{head}\u00a0×\u00a010" + str(int(power)).translate(SUPERSCRIPT)


@given(
    st.floats(allow_nan=False, allow_infinity=False, allow_subnormal=True)
    | st.floats(min_value=-1e-300, max_value=1e-300, allow_subnormal=True)
    | st.sampled_from(
        [
            5e-324,
            -5e-324,
            1e-323,
            2.2250738585072014e-308,
            1.7976931348623157e308,
            9.9996e-4,
            9.99996e8,
        ]
    )
)
def test_fmt_writes_tiny_huge_and_subnormal_values_exactly(value: float) -> None:
    text = fmt(value, 4)
    assert text and "nan" not in text.lower() and "e" not in text
    if value == 0:
        assert text == "0"
    elif abs(value) < 1e-3 or abs(value) >= 1e9:
        assert text == scientific(value)


def test_panels_keep_updating_when_pi_is_subnormal(window, qtbot) -> None:
    window.session.set_start(em.Params(5e-324, -0.5, 0.5))
    tabs = window.inspector_tabs
    for title, panel in (
        ("Point", lambda: window.point_panel),
        ("Truth", lambda: window.truth_panel),
    ):
        tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == title))
        if title == "Point":
            window.data_view.point_clicked.emit(0)
        qtbot.waitUntil(lambda panel=panel: "10⁻³²⁴" in panel().text())


# ------------------------------------------------------------------- the Truth tab's count
def _open_tab(window, title: str) -> None:
    tabs = window.inspector_tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == title))


def test_the_truth_tab_says_whose_responsibilities_it_counts(window, qtbot) -> None:
    window.controls.half_check.setChecked(True)
    _open_tab(window, "Truth")
    panel = window.truth_panel
    assert window.session.state.position == 1  # the start's E-step
    for _ in range(2):
        window.actions["step"].trigger()  # M of 0, then E of 1
    state = window.session.state
    assert state.phase == "E" and state.r_iteration == 1
    qtbot.waitUntil(lambda: "responsibilities of <i>θ</i><sub>1</sub>" in panel.text())
    window.actions["step"].trigger()  # M-step: theta_2 shown, r still of theta_1
    state = window.session.state
    assert state.phase == "M" and state.iteration == 2 and state.r_iteration == 1
    qtbot.waitUntil(lambda: "previous <i>θ</i><sub>1</sub>" in panel.text())
    assert "moved the estimate to <i>θ</i><sub>2</sub>" in panel.text()


# ------------------------------------------------------------------- F1 lists every shortcut
def test_f1_lists_every_shortcut_of_every_action(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    from emgui.gui.settings import Settings

    window = MainWindow(settings=Settings(), remember=False, file_commands=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    QTest.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "shortcuts_box") is not None)
    box = window.findChild(QMessageBox, "shortcuts_box")
    qtbot.waitUntil(box.isVisible)
    text = box.text()
    box.close()
    native = QKeySequence.SequenceFormat.NativeText
    keyed = [a for a in window.findChildren(QAction) if a.shortcuts()]
    assert len(keyed) >= 12
    for found in keyed:
        for sequence in found.shortcuts():
            assert sequence.toString(native) in text, found.objectName()
    for keys in ("Ctrl+O", "Ctrl+Shift+O", "Ctrl+S", "Ctrl+Shift+S", "Ctrl+E", "Ctrl+Shift+E"):
        assert QKeySequence(keys).toString(native) in text
    assert "Open Data" in text and "Save Session As" in text and "Whole Window as Picture" in text


# ------------------------------------------------------------------- presets load on activation
@pytest.mark.parametrize("how", ["double-click", "enter", "return"])
def test_a_preset_loads_on_double_click_or_enter(window, qtbot, how) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QListWidget

    _open_tab(window, "Presets")
    panel = window.presets_panel
    listing = panel.findChild(QListWidget, "presetList")
    qtbot.waitUntil(listing.isVisible)
    preset = builtin("well-separated")
    assert panel.select(preset.key)
    before = window.session.state.data.simulation
    assert before != preset.simulation
    if how == "double-click":
        rect = listing.visualItemRect(listing.currentItem())
        QTest.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    else:
        listing.setFocus()
        key = Qt.Key.Key_Enter if how == "enter" else Qt.Key.Key_Return
        QTest.keyClick(listing, key)
    qtbot.waitUntil(lambda: window.session.state.data.simulation == preset.simulation)
    assert window.session.state.start == preset.start


# ------------------------------------------------------------------- formulas stay whole
def _table_lines(document) -> list[tuple[str, int]]:
    """(text, 1 + breaks inside a term) for every block of text inside a formula's tables: a
    line that goes on with "= ..." is a whole equality, not a formula broken in the middle."""
    from PySide6.QtGui import QTextCursor

    out = []
    layout = document.documentLayout()
    layout.documentSize()  # lays the whole document out now
    block = document.begin()
    while block.isValid():
        layout.blockBoundingRect(block)
        if QTextCursor(block).currentTable() is not None and block.text().strip():
            lines = block.layout()
            # a line may begin only where a whole equality ends: with "=" and what it equals
            starts = [block.text()[lines.lineAt(k).textStart():].lstrip()
                      for k in range(1, lines.lineCount())]
            inside = sum(1 for rest in starts if not rest.startswith("="))
            out.append((block.text(), 1 + inside))
        block = block.next()
    return out


def test_the_point_tab_never_breaks_a_formula(window, qtbot) -> None:
    from emgui.gui.panels.formula import FormulaView

    window.presets_panel.preset_chosen.emit(builtin("well-separated"))
    _open_tab(window, "Point")
    window.data_view.point_clicked.emit(42)
    panel = window.point_panel
    qtbot.waitUntil(lambda: "Point <i>i</i> = 43" in panel.text())
    view = panel.findChild(FormulaView, "pointFormula")
    window.resize(1024, 768)  # a classroom projector: the side column is narrow
    view.setFixedWidth(300)  # and narrower still, as a teacher may drag it
    qtbot.waitUntil(lambda: view.viewport().width() <= 300)
    lines = _table_lines(view.document())
    assert any("×" in text for text, _ in lines)
    broken = [text for text, count in lines if count > 1]
    assert broken == [], broken


# ------------------------------------------------------------------- names are text, not markup
def test_a_file_name_with_markup_is_shown_literally(window, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from emgui.gui.panels.formula import FormulaView

    name = "<b>x</b>.csv"
    window.session.set_data(np.array([-1.0, -0.5, 0.8, 1.2, 2.0]), name)
    note = window.controls.file_note
    qtbot.waitUntil(lambda: name in note.text())
    assert note.textFormat() == Qt.TextFormat.PlainText
    window.status.show_message(f"Opened {name}: 5 values.")
    message = window.findChild(QLabel, "status_message")
    assert name in message.text() and message.textFormat() == Qt.TextFormat.PlainText
    _open_tab(window, "Truth")
    view = window.truth_panel.findChild(FormulaView, "truthTable")
    qtbot.waitUntil(lambda: name in view.toPlainText())
    assert name in window.windowTitle()


# ------------------------------------------------------------------- the data view's margins
def test_the_ring_follows_its_mark_when_the_axis_rescales(window, qtbot) -> None:
    view = window.data_view
    view.highlight_point(11)
    ring = view._ring  # the ring is drawn by the view only; read what it holds
    mark = int(np.searchsorted(view.sample_indices, 11))

    def ring_on_mark() -> bool:
        xs, ys = view.points_item.getData()
        rx, ry = ring.getData()
        return ring.isVisible() and rx[0] == xs[mark] and ry[0] == ys[mark]

    assert ring_on_mark()
    _, (bottom, top) = view.plot_item.vb.viewRange()
    window.session.set_start(em.Params(0.95, -0.5, 0.5))  # a taller curve: the y axis rescales
    _, (new_bottom, new_top) = view.plot_item.vb.viewRange()
    assert (new_bottom, new_top) != (bottom, top)
    assert ring_on_mark()


def test_the_strip_label_never_overlaps_a_tick_label(window, qtbot) -> None:
    from PySide6.QtGui import QFontMetricsF

    rng = np.random.default_rng(4)
    x = np.concatenate([rng.normal(-1.2, 1, 3000), rng.normal(1.2, 1, 3000)])
    window.session.set_data(x, "six thousand points")
    view = window.data_view
    assert view.strip_item is not None and "r(x)" in view.row_labels.values()
    axis = view.plot_item.getAxis("left")
    qtbot.waitUntil(lambda: axis.geometry().height() > 100)
    for height in (800, 600, 480):
        window.resize(1280, height)
        qtbot.wait(0)
        lo, hi = view.plot_item.vb.viewRange()[1]
        size = axis.geometry().height()
        levels = axis.tickValues(lo, hi, size)
        rows = [v for spacing, values in levels if spacing == -1.0 for v in values]
        numbers = [v for spacing, values in levels if spacing != -1.0 for v in values]
        room = QFontMetricsF(axis.style["tickFont"]).height()
        per_unit = size / (hi - lo)
        close = [(v, r) for v in numbers for r in rows if abs(v - r) * per_unit < room]
        assert close == [], (height, close)


# ------------------------------------------------------------------- no change reads 0
def test_a_zero_increase_reads_0_not_plus_0_000(window, qtbot) -> None:
    window.presets_panel.preset_chosen.emit(builtin("symmetric-start"))
    for _ in range(3):
        window.actions["step"].trigger()
    state = window.session.state
    assert state.increase == 0.0
    status = window.status.increase_label.text()
    header = window.likelihood_view.header_text
    assert "+0.000" not in status and "+0.000" not in header
    assert status.endswith(" 0") or status == "0", status
    assert "(0)" in header, header


# ------------------------------------------------------------------- half steps at step 0
def test_ticking_half_steps_at_step_0_does_not_move_the_run(window, qtbot) -> None:
    before = window.session.state
    curves = [c.getData()[1].copy() for c in window.data_view.component_curves]
    marks = window.data_view.points_item.data["brush"].copy()
    window.controls.half_check.click()
    state = window.session.state
    assert state.half_steps
    assert (state.iteration, state.theta, state.position) == (
        before.iteration,
        before.theta,
        before.position,
    )
    assert state.r is not None and np.array_equal(state.r, before.r)
    for curve, old in zip(window.data_view.component_curves, curves, strict=True):
        assert np.array_equal(curve.getData()[1], old)
    assert all(
        a == b for a, b in zip(window.data_view.points_item.data["brush"], marks, strict=True)
    )
    assert "Iteration 0" in window.status.iteration_label.text()
