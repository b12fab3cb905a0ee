"""Every text of the window fits its widget at the window sizes a classroom has.

A projector at 1024x768, a laptop at 1280x800 and a full-HD screen: the real MainWindow is built
at each size with the app's projector font, driven through the states a lesson meets (step 0,
Play to convergence, every side tab, half steps, the Open Data dialog with a file of several
columns), and every visible widget is measured with the font metrics and style geometry Qt
paints with. A text that needs more room than its widget has, or a widget cut off by the one it
sits in, is named in the failure. A label that shortens its text on purpose must end it with an
ellipsis and carry the whole text in its tooltip.

The history table's cells are left out (their numbers have rules of their own); its header is in.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenuBar,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QStyleOptionHeader,
    QStyleOptionTab,
    QTabBar,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

from emgui.gui import settings
from emgui.gui.application import PROJECTOR_FONT_PT
from emgui.gui.main_window import MainWindow

pytestmark = pytest.mark.gui

SIZES = [(1024, 768), (1280, 800), (1920, 1080)]
ELLIPSIS = "\u2026"


# ---------------------------------------------------------------- naming a widget
def _own_name(widget: QWidget) -> str:
    name = widget.objectName()
    if name and not name.startswith("qt_"):
        return name
    text = _text_of(widget)
    kind = type(widget).__name__
    return f"{kind} \u201c{text[:30]}\u201d" if text else kind


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def widget_path(widget: QWidget) -> str:
    """'controls > Playback > Half steps...': the widget and its named ancestors."""
    parts = [_own_name(widget)]
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        name = parent.objectName()
        if isinstance(parent, QGroupBox):
            parts.append(f"\u201c{parent.title()}\u201d")
        elif name and not name.startswith("qt_"):
            parts.append(name)
        parent = parent.parentWidget()
    return " > ".join(reversed(parts[:4] if len(parts) > 4 else parts))


def _plain(text: str) -> str:
    """A button's or tab's text as painted: '&&' is '&', a lone '&' marks the mnemonic."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


# ---------------------------------------------------------------- measuring
def _label_problems(label: QLabel) -> Iterator[str]:
    shown = getattr(label, "shown_text", None)
    if callable(shown):  # a label that shortens its text by design
        painted = shown()
        full = label.text()
        width = QFontMetrics(label.font()).horizontalAdvance(painted)
        room = label.contentsRect().width() - 2 * label.margin()
        if width > room:
            yield f"shows \u201c{painted}\u201d in {width} px but has {room} px"
        if painted != full and (not painted.endswith(ELLIPSIS) or full not in label.toolTip()):
            yield (
                f"shortens \u201c{full}\u201d to \u201c{painted}\u201d without an ellipsis "
                "and the full text in its tooltip"
            )
        return
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return
    if label.wordWrap():
        need_h = _wrapped_height(label)
        need_w = label.minimumSizeHint().width()  # the longest word
        if need_w > label.width():
            yield f"needs {need_w} px wide for its longest word, has {label.width()}"
        if need_h > label.height():
            yield f"needs {need_h} px high at width {label.width()}, has {label.height()}"
        return
    need = _label_text_size(label)
    if need.width() > label.width() or need.height() > label.height():
        yield (f"needs {need.width()}x{need.height()} px, has {label.width()}x{label.height()}")


def _wrapped_height(label: QLabel) -> int:
    """The height a word-wrapped label's lines take at its width (not its minimum height)."""
    margins = label.contentsMargins()
    extra_w = margins.left() + margins.right() + 2 * label.margin()
    extra_h = margins.top() + margins.bottom() + 2 * label.margin()
    width = max(1, label.width() - extra_w)
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())
    ):
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(label.text())
        doc.setTextWidth(width)
        return round(doc.size().height()) + extra_h
    metrics = QFontMetrics(label.font())
    flags = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic
    return (
        metrics.boundingRect(QRect(0, 0, width, 100_000), int(flags), label.text()).height()
        + extra_h
    )


def _label_text_size(label: QLabel):
    """The size a one-line label's text takes with its margins (not its minimum size)."""
    margins = label.contentsMargins()
    extra_w = margins.left() + margins.right() + 2 * label.margin()
    extra_h = margins.top() + margins.bottom() + 2 * label.margin()
    indent = max(label.indent(), 0)
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())
    ):
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(label.text())
        size = doc.size().toSize()
        return size.grownBy(type(margins)(0, 0, extra_w + indent, extra_h))
    metrics = QFontMetrics(label.font())
    flags = Qt.TextFlag.TextShowMnemonic if label.buddy() is not None else 0
    rect = metrics.boundingRect(QRect(0, 0, 100_000, 100_000), int(flags), label.text())
    return rect.size().grownBy(type(margins)(0, 0, extra_w + indent, extra_h))


def _button_problems(button: QAbstractButton) -> Iterator[str]:
    text = _plain(button.text())
    if not text:
        return
    metrics = QFontMetrics(button.font())
    need = metrics.horizontalAdvance(text)
    style = button.style()
    if isinstance(button, QToolButton):
        hint = button.sizeHint()
        if hint.width() > button.width():
            yield f"needs {hint.width()} px, has {button.width()}"
        return
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    if isinstance(button, QCheckBox | QRadioButton):
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(button, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        room = style.subElementRect(element, option, button).width()
    elif isinstance(button, QPushButton):
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width()
    else:
        room = button.contentsRect().width()
    if need > room:
        yield f"text needs {need} px, has {room}"


def _tab_problems(bar: QTabBar) -> Iterator[str]:
    style = bar.style()
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        rect = bar.tabRect(i)
        text = _plain(bar.tabText(i))
        if not bar.rect().contains(rect):
            yield f"tab \u201c{text}\u201d lies outside the tab bar (scrolled away)"
            continue
        option = QStyleOptionTab()
        option.initFrom(bar)
        option.rect = rect
        option.text = bar.tabText(i)
        option.shape = bar.shape()
        option.documentMode = bar.documentMode()
        option.icon = bar.tabIcon(i)
        option.iconSize = bar.iconSize()
        room = style.subElementRect(QStyle.SubElement.SE_TabBarTabText, option, bar).width()
        need = QFontMetrics(bar.font()).horizontalAdvance(text)
        if need > room:
            yield f"tab \u201c{text}\u201d needs {need} px, has {room}"


def _group_box_problems(box: QGroupBox) -> Iterator[str]:
    if not box.title():
        return
    option = QStyleOptionGroupBox()
    option.initFrom(box)
    option.text = box.title()
    option.lineWidth = 1
    option.midLineWidth = 0
    option.textAlignment = box.alignment()
    option.subControls = QStyle.SubControl.SC_GroupBoxFrame | QStyle.SubControl.SC_GroupBoxLabel
    label = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    need = QFontMetrics(box.font()).horizontalAdvance(_plain(box.title()))
    if label.right() > box.rect().right() or label.left() < 0 or need > label.width():
        yield f"title needs {need} px, the box is {box.width()} px wide"


def _combo_problems(combo: QComboBox) -> Iterator[str]:
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    option.frame = combo.hasFrame()
    option.subControls = QStyle.SubControl.SC_All
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    metrics = QFontMetrics(combo.font())
    for i in range(combo.count()):
        text = combo.itemText(i)
        need = metrics.horizontalAdvance(text)
        if need > field.width():
            yield f"item \u201c{text}\u201d needs {need} px, has {field.width()}"


def _line_edit_problems(edit: QLineEdit) -> Iterator[str]:
    text = edit.text() or edit.placeholderText()
    if not text or edit.echoMode() != QLineEdit.EchoMode.Normal:
        return
    metric = QStyle.PixelMetric.PM_DefaultFrameWidth
    frame = edit.style().pixelMetric(metric) if edit.hasFrame() else 0
    margins = edit.textMargins()
    room = (
        edit.contentsRect().width() - 2 * frame - margins.left() - margins.right() - 2 * 2
    )  # QLineEdit keeps 2 px either side of its text
    need = QFontMetrics(edit.font()).horizontalAdvance(text)
    if need > room:
        yield f"value \u201c{text}\u201d needs {need} px, has {room}"


def _header_problems(header: QHeaderView) -> Iterator[str]:
    model = header.model()
    if model is None:
        return
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    count = model.columnCount() if horizontal else model.rowCount()
    extent = header.viewport().width() if horizontal else header.viewport().height()
    for logical in range(count):
        if header.isSectionHidden(logical):
            continue
        text = model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if text is None or str(text) == "":
            continue
        text = str(text)
        font = model.headerData(logical, header.orientation(), Qt.ItemDataRole.FontRole)
        font = font if isinstance(font, QFont) else header.font()
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.fontMetrics = QFontMetrics(font)
        option.text = text
        option.section = logical
        option.orientation = header.orientation()
        need = header.style().sizeFromContents(
            QStyle.ContentsType.CT_HeaderSection, option, header.size(), header
        )
        have = header.sectionSize(logical)
        need_along = need.width() if horizontal else need.height()
        if horizontal and need_along > have:
            yield f"section \u201c{text}\u201d needs {need_along} px, has {have}"
        start = header.sectionViewportPosition(logical)
        if horizontal and (start < 0 or start + have > extent):
            yield f"section \u201c{text}\u201d is not in view without scrolling sideways"


def _list_problems(view: QListView) -> Iterator[str]:
    model = view.model()
    metrics = QFontMetrics(view.font())
    room = view.viewport().width()
    for row in range(model.rowCount() if model is not None else 0):
        index = model.index(row, 0)
        rect = view.visualRect(index)
        text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
        need = metrics.horizontalAdvance(text)
        if text and (need > rect.width() - 8 or rect.width() > room + 1):
            yield f"item \u201c{text}\u201d needs {need} px, has {rect.width() - 8}"


def _text_edit_problems(edit: QTextEdit) -> Iterator[str]:
    bar = edit.horizontalScrollBar()
    if bar.maximum() > 0:
        yield f"needs scrolling sideways ({bar.maximum()} px more than its {edit.width()} px)"


def _inked(widget: QWidget) -> QRect:
    """The part of widget its text needs: a label's lines where its alignment puts them."""
    rect = widget.rect()
    if isinstance(widget, QLabel) and not callable(getattr(widget, "shown_text", None)):
        height = _wrapped_height(widget) if widget.wordWrap() else -1
        height = height if height > 0 else _label_text_size(widget).height()
        if height < rect.height():
            align = widget.alignment()
            if align & Qt.AlignmentFlag.AlignBottom:
                rect.setTop(rect.bottom() - height + 1)
            elif align & Qt.AlignmentFlag.AlignTop:
                rect.setHeight(height)
            else:
                rect = QRect(0, (rect.height() - height) // 2, rect.width(), height)
    return rect


def _clipped_by(widget: QWidget, window: QWidget) -> str:
    """The ancestor that cuts off part of widget's text ('' if none): a scroll area only
    sideways (blank room below a label's last line may be cut)."""
    rect = _inked(widget).translated(widget.mapTo(window, QPoint(0, 0)))
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
        grand = parent.parentWidget()
        scrolls = isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent
        if scrolls:  # a reader scrolls up and down, not sideways
            visible_top, visible_bottom = area.top(), area.bottom()
            area.setTop(min(area.top(), rect.top()))
            area.setBottom(max(area.bottom(), rect.bottom()))
        if not area.contains(rect):
            return _own_name(grand if scrolls else parent)
        if scrolls:  # the outer widgets hold what is scrolled into view
            rect.setTop(max(rect.top(), visible_top))
            rect.setBottom(min(rect.bottom(), visible_bottom))
            if rect.height() <= 0:
                return ""
        parent = grand if scrolls else parent.parentWidget()
    if parent is window and not window.rect().contains(rect):
        return "the window"
    return ""


def _checked(widget: QWidget) -> bool:
    """Widgets with a text of their own (the history table's cells are not widgets)."""
    return isinstance(
        widget,
        QLabel
        | QAbstractButton
        | QTabBar
        | QGroupBox
        | QComboBox
        | QLineEdit
        | QHeaderView
        | QListView
        | QTextEdit,
    )


def misfits(window: QWidget) -> list[str]:
    """Every visible widget of window whose text does not fit it, as 'path: problem'."""
    found: list[str] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not window or not _checked(widget):
            continue
        if isinstance(widget, QLabel):
            problems = list(_label_problems(widget))
        elif isinstance(widget, QAbstractButton):
            problems = list(_button_problems(widget))
        elif isinstance(widget, QTabBar):
            problems = list(_tab_problems(widget))
        elif isinstance(widget, QGroupBox):
            problems = list(_group_box_problems(widget))
        elif isinstance(widget, QComboBox):
            problems = list(_combo_problems(widget))
        elif isinstance(widget, QLineEdit):
            problems = list(_line_edit_problems(widget))
        elif isinstance(widget, QHeaderView):
            problems = list(_header_problems(widget))
        elif isinstance(widget, QListView):
            problems = list(_list_problems(widget))
        else:
            problems = list(_text_edit_problems(widget))
        if (
            isinstance(widget, QAbstractItemView | QTextEdit)
            or _text_of(widget)
            or isinstance(widget, QTabBar | QComboBox)
        ):
            cut = _clipped_by(widget, window)
            if cut:
                problems.append(f"is cut off by {cut}")
        found += [f"{widget_path(widget)}: {problem}" for problem in problems]
    found += _bar_problems(window)
    return found


def _bar_problems(window: QWidget) -> list[str]:
    """Menu titles and toolbar buttons pushed into an overflow menu."""
    found = []
    for bar in window.findChildren(QMenuBar):
        if not bar.isVisible():
            continue
        for action in bar.actions():
            geometry = bar.actionGeometry(action)
            if action.isVisible() and not bar.rect().contains(geometry):
                found.append(f"menu bar: \u201c{_plain(action.text())}\u201d is not in view")
    for bar in window.findChildren(QToolBar):
        extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if bar.isVisible() and extension is not None and extension.isVisible():
            found.append(f"{bar.objectName()}: buttons pushed into the overflow menu")
    return found


# ---------------------------------------------------------------- the window in its states
@pytest.fixture
def projector_font(qapp) -> Iterator[None]:
    """The font the app sets (11 pt at least), for this test only."""
    before = QApplication.font()
    font = QFont(before)
    if font.pointSizeF() < PROJECTOR_FONT_PT:
        font.setPointSizeF(PROJECTOR_FONT_PT)
    QApplication.setFont(font)
    settings.set_application_identity()
    yield
    QApplication.setFont(before)


def faithful_like_file(folder: Path) -> Path:
    """A file like Old Faithful's: two numeric columns in their own units, and a label."""
    rng = np.random.default_rng(9)
    short = rng.random(272) < 0.36
    eruptions = np.where(short, rng.normal(2.0, 0.28, 272), rng.normal(4.3, 0.43, 272))
    waiting = np.where(short, rng.normal(54.6, 5.9, 272), rng.normal(80.1, 5.9, 272))
    lines = ["eruptions,waiting"] + [
        f"{e:.3f},{w:.0f}" for e, w in zip(eruptions, waiting, strict=True)
    ]
    path = folder / "faithful.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class Lesson:
    """The window at one size (and zoom), walked through a lesson; collects what does not fit."""

    def __init__(self, qtbot, size: tuple[int, int], zoom: int = 100) -> None:
        self.qtbot = qtbot
        self.size = size
        self.zoom = zoom
        # Settings in the test's own folder (conftest); no File commands, whose close guard
        # would ask to save the run at teardown.
        self.window = MainWindow()
        qtbot.addWidget(self.window)
        self.window.data_view.set_motion_enabled(False)
        if zoom != 100:
            self.window.set_zoom(zoom)
        self.window.resize(*size)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.found: dict[str, list[str]] = {}

    def look(self, moment: str, window: QWidget | None = None) -> None:
        for _ in range(3):  # a new text's relayout can take more than one pass of the loop
            QApplication.processEvents()
        problems = misfits(window or self.window)
        if problems:
            self.found[moment] = problems

    def report(self) -> str:
        lines = [f"at {self.size[0]}x{self.size[1]}, zoom {self.zoom} %:"]
        for moment, problems in self.found.items():
            lines += [f"  {moment}:"] + [f"    {p}" for p in problems]
        return "\n".join(lines)


def run_lesson(qtbot, size: tuple[int, int], folder: Path, zoom: int = 100) -> Lesson:
    lesson = Lesson(qtbot, size, zoom)
    window = lesson.window
    lesson.look("step 0")

    window.controls.speed_slider.setValue(30)
    with qtbot.waitSignal(window.player.stopped, timeout=30_000):
        window.actions["play"].trigger()
    lesson.look("after Play to convergence")

    tabs = window.inspector_tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        lesson.look(f"{tabs.tabText(i)} tab open")
    window.data_view.point_clicked.emit(0)  # a point chosen: its E-step in the Point tab
    lesson.look("Point tab with a point")
    window.trace_tabs.setCurrentIndex(1)
    lesson.look("Parameters trace open")
    window.trace_tabs.setCurrentIndex(0)
    tabs.setCurrentIndex(0)

    window.actions["reset"].trigger()
    window.controls.half_check.click()
    lesson.look("half steps on, at the start")
    window.actions["step"].trigger()
    lesson.look("half steps on, after an E-step")
    window.actions["step"].trigger()
    lesson.look("half steps on, after an M-step")

    dialog = open_data_dialog(qtbot, window, folder, size)
    lesson.look("Open Data dialog", dialog)
    dialog.column_combo.setCurrentIndex(1)
    lesson.look("Open Data dialog, second column", dialog)
    choice = dialog.choice()
    dialog.close()
    window.session.set_data(choice.values, choice.source)  # what Open does with the choice
    lesson.look(f"data from the file ({choice.source})")
    return lesson


def shown_as_on_a_screen(window: QWidget, screen: tuple[int, int]) -> None:
    """Show a window at the size Qt gives it on a screen of that size (the tests' screen is
    another): QWidget::adjustSize takes the size hint (its height for that width), at most two
    thirds of the screen each way, and at least the window's minimum size. A window that sizes
    itself (resize() before show()) keeps its size.
    """
    if not window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        layout = window.layout()
        layout.activate()
        hint = window.sizeHint()
        height = layout.totalHeightForWidth(hint.width()) if layout.hasHeightForWidth() else -1
        height = height if height > 0 else hint.height()
        width = min(hint.width(), screen[0] * 2 // 3)
        height = min(height, screen[1] * 2 // 3)
        window.resize(QSize(width, height).expandedTo(window.minimumSize()))
    window.show()


def open_data_dialog(qtbot, window: MainWindow, folder: Path, size: tuple[int, int]) -> QWidget:
    """The Open Data dialog on a file of two columns, as big as it opens on that screen."""
    from emgui.core.datafile import read_table
    from emgui.gui.dialogs.open_data import OpenDataDialog

    table = read_table(str(faithful_like_file(folder)))
    dialog = OpenDataDialog(table, window.session.start, window)
    qtbot.addWidget(dialog)
    shown_as_on_a_screen(dialog, size)
    qtbot.waitExposed(dialog)
    if dialog.width() > size[0] or dialog.height() > size[1]:
        pytest.fail(f"the Open Data dialog needs {dialog.size()}, more than the screen {size}")
    return dialog


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_text_fits_at_classroom_sizes(qtbot, projector_font, tmp_path, size) -> None:
    lesson = run_lesson(qtbot, size, tmp_path)
    assert not lesson.found, lesson.report()


def test_every_text_fits_at_150_percent_zoom_on_a_laptop(qtbot, projector_font, tmp_path) -> None:
    """View > Zoom In to 150 %: every font, pen and mark half as large again, nothing cut."""
    lesson = run_lesson(qtbot, (1280, 800), tmp_path, zoom=150)
    assert QApplication.font().pointSizeF() >= 1.5 * PROJECTOR_FONT_PT - 0.01
    assert not lesson.found, lesson.report()


#: Every language besides English: German words are the longest, French punctuation takes room.
LONG_LANGUAGES = ["de", "fr", "es", "pt_BR"]


@pytest.mark.parametrize("language", LONG_LANGUAGES)
@pytest.mark.parametrize("size", SIZES[:2], ids=[f"{w}x{h}" for w, h in SIZES[:2]])
def test_every_text_fits_in_the_longer_languages(
    qtbot, projector_font, tmp_path, size, language
) -> None:
    from emgui.gui.i18n import install_language

    assert install_language(language) == language
    try:
        lesson = run_lesson(qtbot, size, tmp_path)
    finally:
        install_language("en")
    assert not lesson.found, lesson.report()


# ---------------------------------------------------------------- the measuring itself
def test_the_walk_names_each_widget_whose_text_is_cut(qtbot, projector_font) -> None:
    """The checks above can fail: widgets made too small for their texts are each named."""
    from PySide6.QtWidgets import QSpinBox, QTabWidget

    page = QWidget()
    qtbot.addWidget(page)
    page.resize(400, 300)
    label = QLabel("a label much wider than its box", page, objectName="short_label")
    label.setGeometry(0, 0, 60, 30)
    wrapped = QLabel(
        "words that wrap onto more lines than fit " * 3, page, objectName="wrapped_label"
    )
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 40, 120, 20)
    button = QPushButton("A button with a long text", page, objectName="narrow_button")
    button.setGeometry(0, 70, 60, 30)
    check = QCheckBox("A check box with a long text", page, objectName="narrow_check")
    check.setGeometry(0, 100, 60, 30)
    box = QGroupBox("A group box title that is long", page, objectName="narrow_box")
    box.setGeometry(0, 130, 60, 40)
    combo = QComboBox(page, objectName="narrow_combo")
    combo.addItems(["short", "an item much wider than the box"])
    combo.setGeometry(0, 175, 80, 30)
    spin = QSpinBox(page, objectName="narrow_spin")
    spin.setRange(0, 10**9)
    spin.setValue(123456789)
    spin.setGeometry(0, 210, 50, 30)
    tabs = QTabWidget(page, objectName="narrow_tabs")
    tabs.setUsesScrollButtons(True)
    for title in ("First tab", "Second tab", "Third tab"):
        tabs.addTab(QWidget(), title)
    tabs.setGeometry(150, 0, 120, 80)
    outside = QLabel("beyond its parent", box, objectName="outside_label")
    outside.setGeometry(20, 10, 200, 20)
    page.show()
    qtbot.waitExposed(page)
    report = "\n".join(misfits(page))
    for name in (
        "short_label",
        "wrapped_label",
        "narrow_button",
        "narrow_check",
        "narrow_box",
        "narrow_combo",
        "narrow_spin",
        "narrow_tabs",
        "outside_label",
    ):
        assert name in report, f"{name} not named in:\n{report}"
    assert "outside_label: is cut off by narrow_box" in report


def test_the_status_message_ends_in_an_ellipsis_with_the_whole_text_in_its_tooltip(
    qtbot, projector_font
) -> None:
    from emgui.gui.status import StatusPanel
    from emgui.gui.views.elided import ElidedLabel

    label = ElidedLabel("Play stopped: limit of 200 iterations.", "message")
    qtbot.addWidget(label)
    label.setToolTip("EM did not converge within the maximum of 200 iterations.")
    label.resize(120, 24)
    label.show()
    qtbot.waitExposed(label)
    assert label.text() == "Play stopped: limit of 200 iterations."
    assert label.shown_text().endswith(ELLIPSIS) and label.is_elided()
    assert label.shown_text()[:-1] in label.text()
    assert label.text() in label.toolTip() and "did not converge" in label.toolTip()
    assert not misfits(label)
    label.resize(label.sizeHint().width() + 4, 24)
    assert label.shown_text() == label.text()
    assert label.toolTip() == "EM did not converge within the maximum of 200 iterations."

    status = StatusPanel()
    qtbot.addWidget(status)
    status.show_message("Opened a_file_with_a_rather_long_name.csv: 272 values.")
    assert isinstance(status.message_label, ElidedLabel)
    assert status.message == "Opened a_file_with_a_rather_long_name.csv: 272 values."
