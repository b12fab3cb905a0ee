"""Files as Excel, LibreOffice and R write them (tests/data/real, made by make_corpus.py).

Each file is read as a person who made it expects, with the exact values; each one that must
not be read silently gets one sentence naming the line and the rule.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from emgui.datafile import DataFileError, read_table, read_values

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
    "utf16le_no_bom.txt": (("x",), {"x": [1.5, -2.0]}, "UTF-16"),
    "libreoffice_tab_decimal_comma.tsv": (
        ("Zeit", "Wert"), {"Zeit": [0.5, 1.0], "Wert": [1.25, -0.75]}, "UTF-8"),
    "mac_cr_only.txt": (("value",), {"value": [1.5, 2.5, -3.0]}, "UTF-8"),
    "dos_ctrl_z.txt": (("column 1",), {"column 1": [1.5, 2.5, -3.0]}, "UTF-8"),
    "excel_sep_line.csv": (("x", "y"), {"x": [1.5, 3.0], "y": [2.0, 4.25]}, "UTF-8"),
    "pdf_minus_signs.txt": (("column 1",), {"column 1": [-1.25, 2.5, -0.5]}, "UTF-8"),
    "horizontal_row.csv": (("line 1",), {"line 1": [1.5, 2.5, -3.0, 4.0]}, "UTF-8"),
    "r_write_csv2.csv": (
        ("eruptions", "waiting"),
        {"eruptions": [3.6, 1.8, 3.333, 2.283, 4.533], "waiting": [79.0, 54.0, 74.0, 62.0, 85.0]},
        "UTF-8"),
}


@pytest.mark.parametrize("name", sorted(READ))
def test_files_other_programs_write_read_exactly(name: str) -> None:
    columns, values, encoding = READ[name]
    table = read_table(REAL / name)
    assert table.columns == columns
    for column, want in values.items():
        assert table.column(column).tolist() == want
    assert table.encoding == encoding


def test_the_decimal_comma_of_a_tab_file_is_said_aloud() -> None:
    table = read_table(REAL / "libreoffice_tab_decimal_comma.tsv")
    assert any("decimal comma" in note for note in table.notes)


def test_a_horizontal_row_is_read_with_a_word() -> None:
    table = read_table(REAL / "horizontal_row.csv")
    assert table.notes == ("The 4 numbers on its only line were read as the values.",)


def test_missing_values_are_left_out_with_a_sentence_naming_the_lines() -> None:
    """'#N/A' starts line 3: a cell, not a comment; the row is not dropped whole."""
    table = read_table(REAL / "missing_values.csv")
    assert table.columns == ("x", "y")
    assert table.column("x").tolist() == [1.5, 2.5, 3.5]
    assert table.column("y").tolist() == [3.0, 4.0]
    assert table.missing_note("x") == (
        "1 missing value (#N/A, NA or an empty cell) on line 3 was left out.")
    assert table.missing_note("y") == (
        "2 missing values (#N/A, NA or an empty cell) on lines 2 and 4 were left out.")
    assert table.n_rows == 4


REFUSED = {
    "underscore.txt": ("line 2", '"1_5"', "underscore"),
    "thousands_no_header.csv": ("line 1", '"1,234"', "thousands separator", "two columns"),
    "accounting_negative.csv": ("line 3", '"(2.25)"', "negative", "−2.25"),
    "percent.csv": ("line 3", '"12%"', "percentage"),
    "excel_text_mark.csv": ("line 3", "\"'3.2\"", "text mark"),
    "excel_error_cell.csv": ("line 3", '"#DIV/0!"', "error value"),
    "workbook.xlsx": ("Excel workbook (.xlsx)", "save it as CSV"),
    "sheet.ods": ("OpenDocument spreadsheet (.ods)", "save it as CSV"),
    "web_page_saved_as.xls": ("web page (HTML)", "save it as CSV"),
    "values.csv.gz": ("compressed (gzip)", "unpack it"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_what_must_not_be_read_silently_is_refused_in_one_sentence(name: str) -> None:
    with pytest.raises(DataFileError) as info:
        read_table(REAL / name)
    message = str(info.value)
    assert "\n" not in message and "\\x" not in message
    for piece in REFUSED[name]:
        assert piece in message, message


def test_a_tab_in_a_message_is_shown_as_a_visible_symbol(tmp_path: Path) -> None:
    path = tmp_path / "tabbed.txt"
    path.write_text("x\n1.5\nTempérature\tDurée\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        read_values(path)
    assert "Température ⇥ Durée" in str(info.value) and "\\t" not in str(info.value)


def test_a_fifo_is_refused_before_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "data.csv"
    os.mkfifo(fifo)
    with pytest.raises(DataFileError, match="named pipe"):
        read_table(fifo)  # a read would wait for ever


def test_a_socket_and_a_device_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        with pytest.raises(DataFileError, match="socket"):
            read_table(path)
    finally:
        server.close()
    with pytest.raises(DataFileError, match="device"):
        read_table("/dev/zero")


def test_a_very_wide_file_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("\n".join(",".join(["1"] * 20_000) for _ in range(3)), encoding="utf-8")
    with pytest.raises(DataFileError, match="20,000 fields"):
        read_table(path)
