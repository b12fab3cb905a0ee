"""What the GUI fuzz found and is not fixed yet, each as its shortest reproduction.

Why: a finding written down as a failing test cannot be forgotten, and says exactly what to
fix. Each is a strict xfail: when the fix lands the test passes, the suite fails, and the fixer
removes the xfail mark here and the matching KNOWN_* entry in tests/test_gui_fuzz.py, which
lets the random walks step over the finding until then.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_gui_fuzz import _non_finite, no_modal_dialogs, replay  # noqa: F401 (fixture)


@pytest.mark.xfail(
    strict=True,
    reason="emgui/controls.py parse_tolerance (the range message, about line 77) echoes the "
    "typed text unquoted, so 'inf' or 'nan' typed by the user shows as the app's own "
    "'not inf.'; the other message of the same function quotes it (\u201cabc\u201d)",
)
@pytest.mark.parametrize("typed", ["inf", "nan", "-inf"])
def test_a_non_finite_tolerance_is_quoted_as_typed(
    qtbot, tmp_path: Path, no_modal_dialogs, typed: str  # noqa: F811 (fixture)
) -> None:
    walk = replay(qtbot, tmp_path, [("type", "tolerance_box", typed, "enter")])
    window = walk.window
    assert window.session.state.tol == 1e-6  # refused: nothing changed
    for text in (window.status.message, window.controls.message.text()):
        assert text.startswith("The tolerance must")
        assert not _non_finite(text), text


@pytest.mark.xfail(
    strict=True,
    reason="emgui/controls.py _dspin (about line 150): a QDoubleSpinBox's validator drops the "
    "minus sign U+2212 (as typed on some layouts or pasted from the course notes' PDF), so "
    "\u201c\u22122\u201d starts \u03bc\u2081 at +2 with no word; the tolerance box "
    "(parse_tolerance) accepts the same sign",
)
@pytest.mark.parametrize("box", ["start_mu1_box", "start_mu2_box"])
def test_a_real_minus_sign_typed_into_a_mean_is_not_dropped(
    qtbot, tmp_path: Path, no_modal_dialogs, box: str  # noqa: F811 (fixture)
) -> None:
    walk = replay(qtbot, tmp_path, [("type", box, "\u22122", "enter")])
    start = walk.window.session.state.start
    typed = start.mu1 if box == "start_mu1_box" else start.mu2
    refused = walk.window.controls.message.text() != ""
    assert typed == -2.0 or (refused and typed != 2.0), f"\u22122 was taken as {typed}"
