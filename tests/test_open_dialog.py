"""The Open Data dialog and the scale estimate behind it.

Why: the model fixes each component's variance at 1, so a teacher's data in centimetres must be
divided by the spread within a component before EM means anything. The estimate must find that
spread (not the overall sd, which includes the gap between the groups), the dialog must offer
it by default only when it matters, say in one sentence what it does, and hand back exactly
(x - shift) / scale.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from emgui.core import em, standardize
from emgui.core.datafile import parse_table

START = em.Params(0.5, -0.5, 0.5)


# ------------------------------------------------------------------------------ the estimate
def test_nice_rounds_to_two_significant_digits() -> None:
    assert [standardize.nice(v) for v in (3.2149, 0.004751, 152.0, 1.0)] == [
        3.2, 0.0048, 150.0, 1.0]


@pytest.mark.parametrize(("sep", "scale"), [(2.4, 1.0), (3.0, 7.0), (4.0, 0.02), (0.0, 150.0)])
def test_the_within_component_spread_is_found(sep: float, scale: float) -> None:
    x, _ = em.simulate(20_000, sep, 0.4, 11)
    estimate = standardize.within_component_scale(x * scale + 1000.0 * scale)
    assert estimate is not None
    # Two groups: the spread within one (1 * scale), not the overall sd, which is larger.
    low = 0.85 if sep == 0.0 else 0.95  # one group only: the fit may split it a little
    assert low * scale < estimate < 1.05 * scale
    if sep >= 3:
        assert estimate < 0.8 * float(np.std(x * scale))


def test_the_estimate_follows_the_unit_of_measurement() -> None:
    x, _ = em.simulate(3000, 3.0, 0.3, 5)
    base = standardize.within_component_scale(x)
    assert base is not None
    scaled = standardize.within_component_scale(x * 12.5 - 40.0)
    assert scaled == pytest.approx(12.5 * base, rel=1e-9)


def test_no_spread_and_coarse_values() -> None:
    assert standardize.within_component_scale(np.full(10, 5.0)) is None
    assert standardize.within_component_scale(np.array([1.0])) is None
    two_values = np.array([0.0, 1.0] * 50)
    estimate = standardize.within_component_scale(two_values)
    assert estimate == pytest.approx(standardize.FLOOR * float(np.std(two_values)))


def test_large_data_use_an_even_sample() -> None:
    x, _ = em.simulate(10 * standardize.SAMPLE + 3, 3.0, 0.5, 1)
    estimate = standardize.within_component_scale(x)
    assert estimate is not None and 0.95 < estimate < 1.05


@pytest.mark.parametrize(("scale", "expected"), [(1.0, False), (1.9, False), (0.55, False),
                                                 (2.5, True), (0.3, True), (6.5, True)])
def test_standardising_is_the_default_only_far_from_one(scale: float, expected: bool) -> None:
    x, _ = em.simulate(5000, 3.0, 0.5, 2)
    assert standardize.spread(x * scale).divide_by_default is expected


def test_centring_is_needed_when_no_start_mean_is_in_the_data() -> None:
    assert not standardize.centre_needed(-2.0, 3.0, START)
    assert standardize.centre_needed(20.0, 30.0, START)
    assert standardize.centre_needed(0.6, 3.0, START)  # both start means below the data
    assert not standardize.centre_needed(-3.0, 3.0, None)


def test_transform_is_exact_and_refuses_bad_scales() -> None:
    x = np.array([150.5, 160.25, 171.0])
    assert np.array_equal(standardize.transform(x, 6.5, 160.0), (x - 160.0) / 6.5)
    same = standardize.transform(x)
    assert np.array_equal(same, x) and same is not x
    for bad in (0.0, -1.0, math.nan, math.inf):
        with pytest.raises(ValueError, match="scale"):
            standardize.transform(x, bad)
    with pytest.raises(ValueError, match="infinite"):
        standardize.transform(np.array([1e300]), 1e-10)


def test_the_sentence_says_what_dividing_does() -> None:
    assert standardize.describe_transform(3.2, 0.0, 3.2149) == (
        "Dividing by 3.2 makes one unit on the new scale equal to the estimated spread within "
        "a component, which the model fixes at 1."
    )
    assert standardize.describe_transform(5.0, 0.0, 3.2) == (
        "Dividing by 5 makes one unit on the new scale equal to 5 of the file\u2019s units."
    )
    assert standardize.describe_transform(1.0, 172.5, None) == (
        "Subtracting 172.5 puts the data around 0, where the start means are."
    )
    assert standardize.describe_transform(1.0, 0.0, 1.0) == "The values are used as they are."


# ------------------------------------------------------------------------------ the dialog
def _heights_table():
    rng = np.random.default_rng(3)
    h = np.concatenate([rng.normal(163, 6.5, 120), rng.normal(178, 6.5, 180)])
    w = h * 0.45 - 10 + rng.normal(0, 5, h.size)
    lines = ["name,height_cm,weight_kg"] + [
        f"s{i},{a!r},{b!r}" for i, (a, b) in enumerate(zip(h.tolist(), w.tolist(), strict=True))
    ]
    return parse_table("\n".join(lines) + "\n", "class heights.csv"), h, w


@pytest.fixture
def dialog(qtbot):
    from emgui.gui.dialogs.open_data import OpenDataDialog

    table, _, _ = _heights_table()
    made = OpenDataDialog(table, START)
    qtbot.addWidget(made)
    return made


def test_centimetres_are_standardised_and_centred_by_default(dialog) -> None:
    _, h, _ = _heights_table()
    spread = standardize.spread(h)
    assert dialog.column == "height_cm"
    assert dialog.divide_check.isChecked() and dialog.centre_check.isChecked()
    assert dialog.scale_spin.value() == spread.suggested_scale
    assert 5.5 < spread.suggested_scale < 7.5  # near the 6.5 cm within each group
    text = dialog.explanation.text()
    assert f"dividing by {spread.suggested_scale:g} makes one unit on the new scale equal to " \
           "the estimated spread within a component" in text
    choice = dialog.choice()
    assert choice.scale == spread.suggested_scale and choice.shift == spread.mean
    assert np.array_equal(choice.values, (h - spread.mean) / spread.suggested_scale)
    assert choice.source == (
        f"class heights.csv, column \u201cheight_cm\u201d, minus {spread.mean:.4g}, "
        f"divided by {spread.suggested_scale:g}"
    )


def test_the_spread_is_shown_for_the_chosen_column(qtbot, dialog) -> None:
    _, _, w = _heights_table()
    assert dialog.column_combo.isVisibleTo(dialog)
    assert [dialog.column_combo.itemText(i) for i in range(2)] == ["height_cm", "weight_kg"]
    dialog.column_combo.setCurrentIndex(1)
    spread = standardize.spread(w)
    assert dialog.column == "weight_kg"
    assert dialog.spread_label.text().startswith(f"n = {w.size:,}")
    assert f"mean {spread.mean:.4g}" in dialog.spread_label.text()
    assert dialog.spread_box.title() == "Spread of \u201cweight_kg\u201d"
    assert dialog.preview.selectionModel().isColumnSelected(1)
    assert np.array_equal(dialog.choice().values,
                          standardize.transform(w, *dialog.transformation()))


def test_clicking_a_preview_column_chooses_it(dialog) -> None:
    dialog.preview.horizontalHeader().sectionClicked.emit(1)
    assert dialog.column == "weight_kg"


def test_the_preview_shows_the_first_rows(dialog) -> None:
    from emgui.gui.dialogs.open_data import PREVIEW_ROWS

    _, h, w = _heights_table()
    assert dialog.preview.rowCount() == PREVIEW_ROWS and dialog.preview.columnCount() == 2
    assert dialog.preview.item(0, 0).text() == f"{h[0]:.4g}"
    assert dialog.preview.item(PREVIEW_ROWS - 1, 1).text() == f"{w[PREVIEW_ROWS - 1]:.4g}"


def test_switching_standardising_off_uses_the_values_as_they_are(dialog) -> None:
    _, h, _ = _heights_table()
    dialog.divide_check.setChecked(False)
    dialog.centre_check.setChecked(False)
    assert not dialog.scale_spin.isEnabled()
    assert dialog.explanation.text() == "The values are used as they are."
    choice = dialog.choice()
    assert (choice.scale, choice.shift) == (1.0, 0.0)
    assert choice.values.tobytes() == h.tobytes()
    dialog.estimate_button.click()
    assert dialog.divide_check.isChecked()


def test_a_scale_of_ones_own(dialog) -> None:
    dialog.scale_spin.setValue(10.0)
    assert "dividing by 10 makes one unit on the new scale equal to 10 of the file" in \
        dialog.explanation.text()
    assert dialog.choice().scale == 10.0


def test_the_histogram_shows_the_values_on_the_new_scale(dialog) -> None:
    _, h, _ = _heights_table()
    scale, shift = dialog.transformation()
    edges, counts = dialog.bars.getData()
    assert counts.sum() == h.size and len(edges) == len(counts) + 1
    assert edges[0] == pytest.approx((h.min() - shift) / scale)
    assert edges[-1] == pytest.approx((h.max() - shift) / scale)
    expected, _ = np.histogram(h, bins=np.linspace(h.min(), h.max(), len(counts) + 1))
    assert np.array_equal(counts, expected)
    unit_x, _ = dialog.unit_bar.getData()
    assert unit_x[1] - unit_x[0] == pytest.approx(1.0)
    assert "range" in dialog.after_label.text() and dialog.open_button.isEnabled()


def test_data_on_the_model_scale_stay_as_they_are(qtbot) -> None:
    from emgui.gui.dialogs.open_data import OpenDataDialog

    x, _ = em.simulate(400, 3.0, 0.5, 8)
    table = parse_table("\n".join(repr(v) for v in x.tolist()) + "\n", "unit.txt")
    made = OpenDataDialog(table, START)
    qtbot.addWidget(made)
    assert not made.column_combo.isVisibleTo(made)
    assert not made.divide_check.isChecked() and not made.centre_check.isChecked()
    assert made.choice().values.tobytes() == x.tobytes()
    assert made.choice().source == "unit.txt"


def test_constant_data_cannot_be_scaled(qtbot) -> None:
    from emgui.gui.dialogs.open_data import OpenDataDialog

    made = OpenDataDialog(parse_table("7\n7\n7\n", "same.txt"), START)
    qtbot.addWidget(made)
    assert not made.divide_check.isEnabled()
    assert "no spread" in made.within_label.text()
    assert made.centre_check.isChecked()  # 7 is far from the start means
    assert np.array_equal(made.choice().values, [0.0, 0.0, 0.0])
