"""More files as Excel, LibreOffice and R write them (tests/data/real, the ones make_corpus.py
writes), beside the corpus of test_datafile_real.py: each read exactly, or refused in one
sentence naming the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from emgui.core.datafile import DataFileError, read_table

REAL = Path(__file__).parent / "data" / "real"

# file -> (column names, {column: values}, encoding)
READ = {
    "excel_fr_semicolon_cp1252.csv": (
        ("Durée", "Température"), {"Durée": [1.5, 2.25, 3.0], "Température": [20.3, 19.8, 21.0]},
        "Windows-1252"),
    "excel_comma_cp1252.csv": (("Höhe",), {"Höhe": [1.5, 2.75]}, "Windows-1252"),
    "excel_de_unicode_text.txt": (
        ("Größe", "Gewicht"), {"Größe": [1.5, 1.75, 1.8], "Gewicht": [60.25, 72.0, 80.5]},
        "UTF-16"),
    "libreoffice_tab_decimal_comma.tsv": (
        ("Zeit", "Wert"), {"Zeit": [0.5, 1.0], "Wert": [1.25, -0.75]}, "UTF-8"),
    "mac_cr_only.txt": (("value",), {"value": [1.5, 2.5, -3.0]}, "UTF-8"),
    "dos_ctrl_z.txt": (("column 1",), {"column 1": [1.5, 2.5, -3.0]}, "UTF-8"),
    "pdf_minus_signs.txt": (("column 1",), {"column 1": [-1.25, 2.5, -0.5]}, "UTF-8"),
}


@pytest.mark.parametrize("name", sorted(READ))
def test_files_other_programs_write_read_exactly(name: str) -> None:
    columns, values, encoding = READ[name]
    table = read_table(REAL / name)
    assert table.columns == columns
    for column, want in values.items():
        assert table.column(column).tolist() == want
    assert table.encoding == encoding


def test_a_horizontal_row_is_read_as_one_column_with_a_word() -> None:
    table = read_table(REAL / "horizontal_row.csv")
    assert table.column(table.columns[0]).tolist() == [1.5, 2.5, -3.0, 4.0]
    assert any("side by side" in note for note in table.notes)


def test_missing_values_skip_their_rows_with_a_sentence_naming_the_lines() -> None:
    """'#N/A' starts line 3: a cell, not a comment."""
    table = read_table(REAL / "missing_values.csv")
    assert table.column("x").tolist() == [3.5]
    assert any("missing" in note and "2" in note and "3" in note and "4" in note
               for note in table.notes)


REFUSED = {
    "accounting_negative.csv": ("line 3", '"(2.25)"', "accounting negative"),
    "excel_text_mark.csv": ("line 3", "\"'3.2\"", "mark for text"),
    "excel_error_cell.csv": ("line 3", '"#DIV/0!"', "not a number"),
    "values.csv.gz": ("gzip-compressed", "uncompress it first"),
    "web_page_saved_as.xls": ("web page (HTML)", "save it as CSV"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_what_must_not_be_read_silently_is_refused_in_one_sentence(name: str) -> None:
    with pytest.raises(DataFileError) as info:
        read_table(REAL / name)
    message = str(info.value)
    assert "\n" not in message and "\\x" not in message
    assert message.count("uncompress it first") <= 1
    for piece in REFUSED[name]:
        assert piece in message, message


def test_a_spreadsheet_id_column_is_not_offered_first(tmp_path) -> None:
    """Excel writes an ID column first: the dialog starts on the measurements instead."""
    from emgui.core.datafile import is_running_number, read_table, suggested_column

    path = tmp_path / "excel.csv"
    rows = ["Messung;Wartezeit (min)"] + [f"{i + 1};{50 + (i * 7) % 30},5" for i in range(40)]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))
    table = read_table(path)
    assert table.columns == ("Messung", "Wartezeit (min)")
    assert is_running_number(table.values[0]) and not is_running_number(table.values[1])
    assert suggested_column(table) == 1
