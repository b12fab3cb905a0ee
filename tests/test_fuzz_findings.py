"""What the GUI fuzz found, each as its shortest reproduction: regression tests now.

A finding not fixed yet is kept here as a strict xfail (with a matching KNOWN_* entry in
tests/test_gui_fuzz.py, so the random walks step over it); when its fix lands, both go.
Fixed: a non-finite tolerance echoed unquoted, and a typographic minus dropped by a mean's box.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_gui_fuzz import _non_finite, no_modal_dialogs, replay  # noqa: F401 (fixture)


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


@pytest.mark.parametrize("box", ["start_mu1_box", "start_mu2_box"])
def test_a_real_minus_sign_typed_into_a_mean_is_not_dropped(
    qtbot, tmp_path: Path, no_modal_dialogs, box: str  # noqa: F811 (fixture)
) -> None:
    walk = replay(qtbot, tmp_path, [("type", box, "\u22122", "enter")])
    start = walk.window.session.state.start
    typed = start.mu1 if box == "start_mu1_box" else start.mu2
    refused = walk.window.controls.message.text() != ""
    assert typed == -2.0 or (refused and typed != 2.0), f"\u22122 was taken as {typed}"
