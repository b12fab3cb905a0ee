"""Mathematical notation in Qt rich text, offline: italic variables, sub/superscripts, fractions.

Qt's rich-text engine renders a small HTML subset without any network or extra library. A
fraction is a two-row table whose numerator cell carries a bottom border (the fraction rule);
a formula line is a one-row table so that a fraction sits inline, vertically centred, between
the text around it. Numbers use the real minus sign and "× 10⁻⁵" rather than "e-05", because
students read the projected panel, not a programmer.
"""

from __future__ import annotations

import html
import math

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from emgui.gui import look
from emgui.gui.i18n import localized, translate

__all__ = [
    "ALIGN_TABLE",
    "MINUS",
    "NBSP",
    "NOWRAP",
    "FormulaView",
    "fmt",
    "fmt_count",
    "fmt_log",
    "fmt_plain",
    "fmt_tolerance",
    "fraction",
    "line",
    "phi",
    "sub",
    "swatch",
    "var",
]

MINUS = "\u2212"
#: A no-break space: "3.1 × 10⁻⁸" must never be split over two lines.
NBSP = "\u00a0"
LN10 = math.log(10.0)
#: Attributes of every layout table: no gaps, so fractions and text line up.
ALIGN_TABLE = 'cellspacing="0" cellpadding="0"'
_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def var(name: str, index: str | None = None) -> str:
    """An italic variable, optionally with an upright or italic subscript: var('x', 'i')."""
    base = f"<i>{html.escape(name)}</i>"
    return base + sub(index) if index is not None else base


def arg_sep() -> str:
    """', ' between a function's arguments; '; ' where numbers have a decimal comma."""
    return "; " if localized("0.5") != "0.5" else ", "


def sub(index: str) -> str:
    """A subscript; letters are italic (x<sub><i>i</i></sub>), digits upright (μ<sub>1</sub>)."""
    text = html.escape(index)
    return f"<sub><i>{text}</i></sub>" if index.isalpha() else f"<sub>{text}</sub>"


def phi(x: str, mu: str) -> str:
    """The unit-variance normal density φ(x; μ, 1) with already formatted arguments."""
    return f"<i>φ</i>({x}; {mu}{arg_sep()}1)"


#: A formula is never broken over two lines: a narrow panel scrolls sideways instead.
NOWRAP = "white-space: nowrap;"


def fraction(numerator: str, denominator: str) -> str:
    """A built-up fraction: numerator over a rule over denominator, centred, each unbroken."""
    return (
        f"<table {ALIGN_TABLE}>"
        f'<tr><td align="center" style="border-bottom: 2px solid; '
        f'padding: 0px 4px 2px 4px; {NOWRAP}">{numerator}</td></tr>'
        f'<tr><td align="center" style="padding: 2px 4px 0px 4px; {NOWRAP}">'
        f"{denominator}</td></tr>"
        f"</table>"
    )


def line(*parts: str) -> str:
    """Parts side by side on one baseline (text, fractions), vertically centred, unbroken."""
    cells = "".join(f'<td valign="middle" style="{NOWRAP}">{part}</td>' for part in parts)
    return f"<table {ALIGN_TABLE}><tr>{cells}</tr></table>"


def swatch(colour: str, size: str = "0.9em") -> str:
    """A small square in a component's colour, so a legend never relies on colour words alone."""
    return f'<span style="color:{colour}; font-size:{size};">■</span>'


def _decimals(value: float, significant: int) -> int:
    return max(significant - 1 - math.floor(math.log10(abs(value))), 0)


def _scientific(mantissa: float, exponent: int, significant: int) -> str:
    text = f"{mantissa:.{max(significant - 1, 0)}f}"
    return f"{text}{NBSP}×{NBSP}10{str(exponent).translate(_SUPERSCRIPT)}"


def _mantissa_exponent(size: float, significant: int) -> tuple[float, int]:
    """size = mantissa x 10^exponent with 1 <= mantissa < 10 after rounding.

    Read off Python's own scientific form: 10.0**exponent is 0 for the smallest doubles
    (pi can reach 5e-324), and dividing by it would fail.
    """
    head, _, tail = f"{size:.{max(significant - 1, 0)}e}".partition("e")
    return float(head), int(tail)


def fmt(value: float, significant: int = 4, *, decimals: int | None = None) -> str:
    """A number for people, in the chosen language's format (see emgui.gui.i18n)."""
    return localized(_fmt(value, significant, decimals=decimals))


def _fmt(value: float, significant: int = 4, *, decimals: int | None = None) -> str:
    """A number for people: real minus, thousands separators, "× 10ⁿ" when very small or large.

    ``decimals`` fixes the places after the point instead (as the seed's printout does with
    three); a value that would show as zero then switches to significant digits. Never 'nan'.
    """
    if not math.isfinite(value):
        if value < 0 or value > 0:
            return "∞" if value > 0 else f"{MINUS}∞"
        return translate("Formula", "undefined")
    if value == 0:
        return "0"
    sign = MINUS if value < 0 else ""
    size = abs(value)
    if decimals is not None and size >= 0.5 * 10.0 ** (-decimals) and size < 1e15:
        return sign + f"{size:,.{decimals}f}"
    if 1e-3 <= size < 1e9:
        return sign + f"{size:,.{_decimals(size, significant)}f}"
    mantissa, exponent = _mantissa_exponent(size, significant)
    return sign + _scientific(mantissa, exponent, significant)


def fmt_log(log_value: float, significant: int = 4) -> str:
    """Format exp(log_value) without computing it, so values below 10⁻³⁰⁸ still show (not 0)."""
    if log_value == -math.inf:
        return "0"
    if not math.isfinite(log_value):
        return translate("Formula", "undefined")
    if log_value > -600.0:
        return fmt(math.exp(log_value), significant)
    log10 = log_value / LN10
    exponent = math.floor(log10)
    mantissa = 10.0 ** (log10 - exponent)
    if round(mantissa, significant - 1) >= 10.0:
        mantissa, exponent = mantissa / 10.0, exponent + 1
    return localized(_scientific(mantissa, exponent, significant))


def fmt_plain(value: float) -> str:
    """A setting as typed, without padding zeros: 2.4, −0.5, 0.45 (real minus sign)."""
    if not math.isfinite(value):
        return fmt(value)
    return localized(f"{value:.6g}".replace("-", MINUS).replace("e+", "e"))


def fmt_count(n: int) -> str:
    """A whole number with thousands separators."""
    return localized(f"{n:,}")


def fmt_tolerance(value: float) -> str:
    """A tolerance the way people write it: 10⁻⁶, 5 × 10⁻⁴, 0.01."""
    if not (math.isfinite(value) and value > 0):
        return fmt(value)
    mantissa, exponent = _mantissa_exponent(value, 3)
    if -3 <= exponent <= 3:
        return localized(f"{value:.6g}".replace("-", MINUS))
    head = localized(f"{mantissa:g}")
    power = f"10{str(exponent).translate(_SUPERSCRIPT)}"
    return power if head == "1" else f"{head}{NBSP}×{NBSP}{power}"


#: How far a formula's text may shrink to fit a narrow panel before it scrolls sideways.
SHRINK_FLOOR = 0.85
SHRINK_STEPS = 5


class FormulaView(QTextBrowser):
    """A read-only rich-text page for worked formulas, scrolling itself when space is short.

    A QTextBrowser lays its document out once per change (a word-wrapped QLabel in a scroll
    area re-measures itself several times), which keeps a step under ~3 ms while EM plays. The
    scroll position is kept across updates, so a student reading the bottom stays there.
    """

    def __init__(self, name: str, scale: float = 1.15, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        font = self.font()
        self._full_pt = font.pointSizeF() * scale
        self._made_at = look.scale()  # the zoom _full_pt was measured at
        font.setPointSizeF(self._full_pt)
        self.setFont(font)
        self.document().setDocumentMargin(10)
        self._html = ""

    @property
    def html(self) -> str:
        """The rich text last set (as written, not as Qt re-serialises it)."""
        return self._html

    def set_html(self, text: str) -> None:
        """Show text, unless it is already shown; keeps the scroll position."""
        if text == self._html:
            return
        self._html = text
        bar = self.verticalScrollBar()
        keep = bar.value()
        self.setHtml(text)
        self._fit_width()
        bar.setValue(min(keep, bar.maximum()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_width()

    def refit(self) -> None:
        """The zoom changed: the full size follows it, and the text is fitted again."""
        self._fit_width()

    def _fit_width(self) -> None:
        """A formula never breaks, so on a narrow panel the text gets a little smaller first
        (down to SHRINK_FLOOR of its size at 100 % zoom) and only then scrolls sideways."""
        room = self.viewport().width()
        bar = self.verticalScrollBar()
        if not bar.isVisible():  # it may appear with the new text and take its width
            room -= bar.sizeHint().width()
        if room <= 0 or not self._html:
            return
        full = self._full_pt * look.scale() / self._made_at
        floor = SHRINK_FLOOR / max(look.scale(), 1.0)
        steps = round(SHRINK_STEPS * (1.0 - floor) / (1.0 - SHRINK_FLOOR))
        for step in range(steps + 1):
            size = full * (1.0 - (1.0 - floor) * step / steps)
            if abs(self.font().pointSizeF() - size) > 1e-6:
                font = self.font()
                font.setPointSizeF(size)
                self.setFont(font)
                self.document().setDefaultFont(font)
            if math.ceil(self.document().idealWidth()) + 2 <= room:  # (rounding: no 1-px scroll)
                return
