"""Exports: CSV files read back to the same numbers; PNG and SVG files are real pictures.

Why: a teacher pastes the history into a spreadsheet or a worksheet and prints the plots; a CSV
that rounds, or a picture file that is empty, is found out in front of a class.
"""

from __future__ import annotations

import csv
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest

from emgui.core import em, exports

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_MAGIC and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def _svg_root(path: Path) -> ET.Element:
    root = ET.fromstring(path.read_bytes())
    assert root.tag.endswith("svg")
    return root


def _history(steps: int = 15) -> list[em.HistoryRow]:
    x, _ = em.simulate(80, 2.4, 0.45, 531)
    return em.fit(x, em.Params(0.5, -0.5, 0.5), steps)


# ------------------------------------------------------------------------------ CSV
def test_history_csv_reads_back_to_the_same_numbers(tmp_path: Path) -> None:
    rows = _history()
    path = tmp_path / "history.csv"
    exports.write_history_csv(path, rows)
    with path.open(newline="", encoding="utf-8") as handle:
        table = list(csv.reader(handle))
    assert table[0] == ["step", "pi", "mu1", "mu2", "loglik"]
    assert len(table) == len(rows) + 1
    for row, line in zip(rows, table[1:], strict=True):
        assert int(line[0]) == row.step
        assert [float(v) for v in line[1:]] == [*row.theta.as_tuple(), row.loglik]


def test_history_csv_matches_the_command_line() -> None:
    """One script reads both: ``emgui-cli --csv`` and File > Export > History as CSV."""
    cli = pytest.importorskip("emgui.cli")
    rows = _history(8)
    assert exports.history_csv(rows) == cli.render(rows, as_csv=True)


def test_responsibilities_csv_with_true_labels(tmp_path: Path) -> None:
    x, z = em.simulate(250, 2.4, 0.45, 531)
    r = em.e_step(x, em.Params(0.4, -1.0, 1.2))
    path = tmp_path / "r.csv"
    exports.write_responsibilities_csv(path, x, r, z)
    with path.open(newline="", encoding="utf-8") as handle:
        table = list(csv.reader(handle))
    assert table[0] == ["point", "x", "r", "z"]
    assert [int(row[0]) for row in table[1:]] == list(range(1, x.size + 1))
    back = np.array([[float(a), float(b)] for _, a, b, _ in table[1:]])
    assert np.array_equal(back[:, 0], x) and np.array_equal(back[:, 1], r)
    labels = np.array([int(c) for _, _, _, c in table[1:]])
    assert set(labels) <= {1, 2}
    assert np.array_equal(labels == 1, z == 1)  # z == 1 is component 1 in the simulator


def test_responsibilities_csv_without_labels_and_in_chunks(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(exports, "CHUNK", 7)  # several chunks, and a short last one
    x = np.linspace(-3, 3, 50) + 1e-9
    r = em.e_step(x, em.Params(0.5, -1.0, 1.0))
    path = tmp_path / "r.csv"
    exports.write_responsibilities_csv(path, x, r)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "point,x,r" and len(lines) == 51
    back = np.array([[float(v) for v in line.split(",")] for line in lines[1:]])
    assert np.array_equal(back[:, 0], np.arange(1, 51))
    assert np.array_equal(back[:, 1], x) and np.array_equal(back[:, 2], r)


def test_responsibilities_of_the_wrong_length_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="do not match"):
        exports.write_responsibilities_csv(tmp_path / "r.csv", np.zeros(3), np.zeros(2))
    assert not (tmp_path / "r.csv").exists()


# ------------------------------------------------------------------------------ pictures
def _make_views(qtbot, session, own: bool = True) -> dict:
    from emgui.gui.views.data_view import DataView
    from emgui.gui.views.trace_views import LikelihoodView, ParamsView

    made = {"data": DataView(), "likelihood": LikelihoodView(), "params": ParamsView()}
    for view in made.values():
        if own:
            qtbot.addWidget(view)
        view.resize(800, 450)
        session.changed.connect(view.show_state)
        view.show_state(session.state)
    for _ in range(5):
        session.step()
    return made


@pytest.fixture
def views(qtbot, session):
    """The app's three plot views following a session that has taken a few steps."""
    return _make_views(qtbot, session)


@pytest.mark.parametrize("name", ["data", "likelihood", "params"])
def test_each_view_exports_as_png_and_svg(views, name: str, tmp_path: Path) -> None:
    from emgui.gui import image_export

    view = views[name]
    png, svg = tmp_path / f"{name}.png", tmp_path / f"{name}.svg"
    image_export.export_view(view, png)
    image_export.export_view(view, svg)
    width, height = _png_size(png)
    assert width == image_export.PRINT_WIDTH and height > 200
    root = _svg_root(svg)
    assert len(list(root.iter())) > 20  # lines, text, paths: not an empty canvas
    assert any(e.tag.endswith("text") for e in root.iter())  # real text, not pixels
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([png.name, svg.name])


def test_the_data_plot_svg_holds_the_curves_in_the_palette(views, tmp_path: Path) -> None:
    from emgui.gui import image_export, palette

    path = tmp_path / "data.svg"
    image_export.export_view(views["data"], path)
    text = path.read_text(encoding="utf-8").lower()
    assert palette.COMPONENT_1.lower() in text and palette.COMPONENT_2.lower() in text


def test_the_window_exports_at_twice_its_size(qtbot, session, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    from emgui.gui import image_export

    window = QWidget()
    qtbot.addWidget(window)
    layout = QHBoxLayout(window)
    for view in _make_views(qtbot, session, own=False).values():
        layout.addWidget(view)
    window.resize(900, 500)
    window.show()
    qtbot.waitExposed(window)
    png, svg = tmp_path / "window.png", tmp_path / "window.svg"
    image_export.export_widget(window, png)
    image_export.export_widget(window, svg)
    assert _png_size(png) == (1800, 1000)
    assert _svg_root(svg).get("viewBox") == "0 0 900 500"


def test_a_picture_needs_png_or_svg(views, tmp_path: Path) -> None:
    from emgui.gui import image_export

    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        image_export.export_view(views["data"], tmp_path / "plot.jpg")
    assert list(tmp_path.iterdir()) == []


def test_a_bare_plot_item_exports_through_its_widget(views, tmp_path: Path) -> None:
    from emgui.gui import image_export

    item = views["data"].plot_item
    assert image_export.widget_of(item) is views["data"].plot_widget
    image_export.export_view(item, tmp_path / "plot.png")
    assert _png_size(tmp_path / "plot.png")[0] == image_export.PRINT_WIDTH
    with pytest.raises(TypeError):
        image_export.widget_of(object())


def test_a_plain_widget_exports_through_qt(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    from emgui.gui import image_export

    label = QLabel("Hello, class")
    qtbot.addWidget(label)
    label.resize(400, 100)
    image_export.export_view(label, tmp_path / "label.png")
    image_export.export_view(label, tmp_path / "label.svg")
    assert _png_size(tmp_path / "label.png") == (1600, 400)
    assert "Hello, class" in (tmp_path / "label.svg").read_text(encoding="utf-8")


def test_curves_keep_their_on_screen_thickness_and_pens_come_back(views, tmp_path: Path) -> None:
    """Cosmetic pens are device pixels: on a 2x picture they are widened, then restored."""
    from PySide6.QtGui import QColor

    from emgui.gui import image_export, palette

    view = views["data"]
    curve = view.component_curves[0].curve
    before = curve.opts["pen"].widthF()
    line = next(i for i in view.plot_item.items if hasattr(i, "currentPen"))
    line_before = line.currentPen.widthF()
    view.resize(800, 450)
    path = tmp_path / "data.png"
    image_export.export_view(view, path)  # 1600 px: scale 2
    assert curve.opts["pen"].widthF() == before and line.currentPen.widthF() == line_before

    from PySide6.QtGui import QImage

    image = QImage(str(path))
    blue = QColor(palette.COMPONENT_1)
    # Vertical runs of component-1 blue: along the flat parts of the curve, its thickness.
    runs: list[int] = []
    for x in range(0, image.width(), 5):
        run = 0
        for y in range(image.height()):
            c = image.pixelColor(x, y)
            close = abs(c.red() - blue.red()) + abs(c.green() - blue.green()) + abs(
                c.blue() - blue.blue()) < 90
            if close:
                run += 1
            elif run:
                runs.append(run)
                run = 0
    assert float(np.median(runs)) >= 2 * before - 1
