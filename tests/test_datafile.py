"""Data files: every accepted format, and a one-sentence DataFileError for every bad one."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from emgui.core import datafile
from emgui.core.datafile import DataFileError, Table, parse_table, read_table, read_values

DATA = Path(__file__).parent / "data"
GOOD = DATA / "good"
BAD = DATA / "bad"

X = [1.0, 2.0, 3.0]
Y = [10.0, 20.0, 30.0]
PLAIN = [1.5, -2.0, 0.3, 0.0]

# file -> (numeric column names, their values, lines skipped as blank or comment)
GOOD_FILES: dict[str, tuple[tuple[str, ...], list[list[float]], int]] = {
    "plain.txt": (("column 1",), [PLAIN], 0),
    "no_final_newline.txt": (("column 1",), [PLAIN], 0),
    "comments.txt": (("value",), [PLAIN], 4),
    "header.csv": (("x", "y"), [X, Y], 0),
    "noheader.csv": (("column 1", "column 2"), [X, Y], 0),
    "tabs.tsv": (("x", "y"), [X, Y], 0),
    "decimal_comma.csv": (("x", "y"), [[1.5, 2.0, 3.0], [10.0, 20.25, 30.0]], 0),
    "whitespace.txt": (("column 1", "column 2"), [X, Y], 0),
    "bom_crlf.csv": (("x", "y"), [X, Y], 0),
    "label_column.csv": (("height",), [PLAIN], 0),
    "quoted.csv": (("x", "y"), [X, Y], 0),
    "trailing_comma.csv": (("x", "y"), [X, Y], 0),
}

# file -> pieces the message must contain (besides the file name), and the line if one applies
BAD_FILES: dict[str, tuple[tuple[str, ...], int | None]] = {
    "empty.txt": (("is empty",), None),
    "only_comments.txt": (("no data", "comments"), None),
    "header_only.csv": (("header", '"x,y"', "no data"), None),
    "no_numbers.csv": (("no column of numbers",), None),
    "not_a_number.txt": (('"abc"', "not a number"), 7),
    "text_in_column.csv": (('"twenty"', 'column "y"', "not a number"), 3),
    "nan.txt": (('"nan"', "NaN", "finite"), 4),
    "inf.csv": (('"inf"', 'column "y"', "infinite"), 3),
    "overflow.txt": (('"1e999"', "infinite"), 3),
    "ragged.csv": (("1 field", '"3"', "expected 2"), 4),
    "two_on_a_line.txt": (("2 fields", '"3 4"', "expected 1"), 3),
}


def test_the_corpus_is_complete() -> None:
    assert sorted(p.name for p in GOOD.iterdir()) == sorted(GOOD_FILES)
    # missing_value.csv is read now: its empty cell is skipped with a sentence (test below).
    assert sorted(p.name for p in BAD.iterdir()) == sorted([*BAD_FILES, "missing_value.csv"])


def test_an_empty_cell_skips_its_row_and_says_so() -> None:
    table = read_table(BAD / "missing_value.csv")
    assert table.column("x").tolist() == [1.0]
    assert table.column("y").tolist() == [10.0]
    assert table.notes == (
        "1 missing value (#N/A, NA or an empty cell) skipped, with their rows: line 3",
    )


@pytest.mark.parametrize("name", sorted(GOOD_FILES))
def test_good_files(name: str) -> None:
    columns, values, skipped = GOOD_FILES[name]
    path = GOOD / name
    table = read_table(path)
    assert table.path == str(path)
    assert table.columns == columns
    assert table.skipped == skipped
    assert len(table.values) == len(columns)
    for got, want in zip(table.values, values, strict=True):
        assert got.dtype == np.float64
        assert got.ndim == 1
        assert got.tolist() == want
    assert table.n_rows == len(values[0])


@pytest.mark.parametrize("name", sorted(GOOD_FILES))
def test_read_values_from_good_files(name: str) -> None:
    columns, values, _ = GOOD_FILES[name]
    path = GOOD / name
    for i, column in enumerate(columns):
        x = read_values(path, column)
        assert x.dtype == np.float64 and x.ndim == 1
        assert np.isfinite(x).all()
        assert x.tolist() == values[i]
    if len(columns) == 1:
        assert read_values(path).tolist() == values[0]
    else:
        with pytest.raises(DataFileError) as info:
            read_values(path)
        message = str(info.value)
        assert str(path) in message
        assert all(f'"{c}"' in message for c in columns)
        assert "--column" in message


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files(name: str) -> None:
    pieces, line = BAD_FILES[name]
    path = BAD / name
    with pytest.raises(DataFileError) as info:
        read_table(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(str(path))
    for piece in pieces:
        assert piece in message
    if line is not None:
        assert f"line {line}" in message
        assert info.value.line == line
    assert isinstance(info.value, ValueError)


# --- problems with the file itself ----------------------------------------------------------


def message_for(path: Path | str) -> str:
    with pytest.raises(DataFileError) as info:
        read_values(path)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.csv"
    assert message_for(path) == f"{path} does not exist"


def test_a_directory(tmp_path: Path) -> None:
    assert message_for(tmp_path) == f"{tmp_path} is a folder, not a data file"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root reads a file whatever its permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("1\n2\n")
    path.chmod(0)
    try:
        assert message_for(path) == f"{path} cannot be read: permission denied"
    finally:
        path.chmod(0o600)


def test_binary_with_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "picture.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    message = message_for(path)
    assert message.startswith(f"{path}, line 3:")  # the NUL follows two line ends
    assert "binary" in message


def test_text_that_is_not_utf8_is_read_as_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"1\n2\n\xe9t\xe9\n")
    message = message_for(path)
    assert message == f'{path}, line 3: "\u00e9t\u00e9" is not a number'
    path.write_bytes(b"Dur\xe9e\n1\n2\n")
    table = read_table(path)
    assert table.columns == ("Dur\u00e9e",) and table.encoding == "Windows-1252"
    assert table.column(1).tolist() == [1.0, 2.0]


def test_utf16_with_bom_is_text(tmp_path: Path) -> None:
    path = tmp_path / "excel.txt"
    path.write_bytes("x\n1\n2\n".encode("utf-16"))
    assert read_values(path).tolist() == [1.0, 2.0]


def test_file_too_large_is_refused_before_reading(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_text("1\n" * 100)
    monkeypatch.setattr(datafile, "MAX_BYTES", 50)
    message = message_for(path)
    assert "too large" in message


def test_too_many_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(datafile, "MAX_VALUES", 10)
    with pytest.raises(DataFileError, match="too large to be useful"):
        parse_table("x,y\n" + "1,2\n" * 6, "many.csv")
    assert parse_table("1\n" * 10, "ten.txt").n_rows == 10


def test_ten_million_values_is_the_limit() -> None:
    assert datafile.MAX_VALUES == 10_000_000
    assert datafile.MAX_BYTES == 500 * 1024 * 1024


# --- parsing details --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("1\r2\r3\r", [1.0, 2.0, 3.0]),  # old Mac line ends
        ("\ufeff1\n2\n", [1.0, 2.0]),
        ("  1.5  \n\t2\n", [1.5, 2.0]),
        ("1e3\n-1E-3\n+4\n.5\n", [1000.0, -0.001, 4.0, 0.5]),
        ("# all\n# comments\n7\n", [7.0]),
        ("7 # trailing\n", [7.0]),
    ],
)
def test_parse_single_columns(text: str, values: list[float]) -> None:
    assert parse_table(text, "t.txt").values[0].tolist() == values


def test_first_line_with_text_in_a_label_column_is_data() -> None:
    table = parse_table("ann,1\nbob,2\n", "t.csv")
    assert table.columns == ("column 2",)
    assert table.positions == (2,)
    assert table.column(2).tolist() == [1.0, 2.0]
    assert table.column("2").tolist() == [1.0, 2.0]


def test_column_lookup() -> None:
    table = parse_table("id,Height,Weight\na,1,2\nb,3,4\n", "t.csv")
    assert table.columns == ("Height", "Weight")
    assert table.column("Weight").tolist() == [2.0, 4.0]
    assert table.column("height").tolist() == [1.0, 3.0]  # case does not matter
    assert table.column(3).tolist() == [2.0, 4.0]
    with pytest.raises(DataFileError, match=r'no column named "age"; .*2 \("Height"\)'):
        table.column("age")
    with pytest.raises(DataFileError, match="no numeric column number 1"):
        table.column(1)
    assert isinstance(table, Table)


def test_values_are_read_only() -> None:
    table = parse_table("1\n2\n", "t.txt")
    with pytest.raises(ValueError):
        table.values[0][0] = 5.0


def test_offending_text_is_shortened_and_escaped() -> None:
    with pytest.raises(DataFileError) as info:
        parse_table("1\n" + "z" * 200 + "\n", "t.txt")
    assert "z" * 37 + '..."' in str(info.value)
    with pytest.raises(DataFileError) as info:
        parse_table("1\n\x07bell\n", "t.txt")
    assert '"(U+0007)bell"' in str(info.value)
    with pytest.raises(DataFileError) as info:
        parse_table("x\tDur\u00e9e\n1\t2\n3\tTemp\u00e9rature\tDur\u00e9e\n", "t.txt")
    assert '"3\u21e5Temp\u00e9rature\u21e5Dur\u00e9e"' in str(info.value)
    assert "\\x" not in str(info.value) and "\\t" not in str(info.value)


def test_the_first_bad_line_is_reported() -> None:
    text = "x,y\n1,2\n3,oops\n4\n"
    with pytest.raises(DataFileError, match="line 3"):
        parse_table(text, "t.csv")
    text = "x,y\n1,2\n3\n4,oops\n"
    with pytest.raises(DataFileError, match="line 3"):
        parse_table(text, "t.csv")


def test_an_error_late_in_a_long_file_names_its_line() -> None:
    text = "\n".join(["1.0"] * 5000 + ["nope"] + ["2.0"] * 10)
    with pytest.raises(DataFileError, match=r'line 5001: "nope" is not a number'):
        parse_table(text, "long.txt")


@pytest.mark.parametrize("sep", [",", "\t", ";", " "])
def test_fast_and_careful_paths_agree(sep: str) -> None:
    rng = np.random.default_rng(0)
    x, y = rng.normal(size=300), rng.normal(size=300) * 1e5
    rows = [f"{a!r}{sep}{b!r}" for a, b in zip(x.tolist(), y.tolist(), strict=True)]
    fast = parse_table("a" + sep + "b\n" + "\n".join(rows), "f")
    # A quote anywhere sends the file down the line-by-line path.
    careful = parse_table('"a"' + sep + "b\n" + "\n".join(rows), "c")
    for v_fast, v_careful, want in zip(fast.values, careful.values, (x, y), strict=True):
        assert np.array_equal(v_fast, want)
        assert np.array_equal(v_careful, want)


def test_a_million_lines_load_exactly(tmp_path: Path) -> None:
    """The bulk path reads every value back bit for bit (its speed is measured, not tested:
    ~0.6 s for 10^6 lines here)."""
    path = tmp_path / "million.txt"
    values = np.random.default_rng(1).normal(size=1_000_000)
    path.write_text("\n".join(map(repr, values.tolist())) + "\n")
    x = read_values(path)
    assert np.array_equal(x, values)
