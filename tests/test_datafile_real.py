"""Files as spreadsheets, R and other programs write them: the exact values, or one sentence."""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest

from emgui.core.datafile import DataFileError, preview_lines, read_table, read_values

REAL = Path(__file__).parent / "data" / "real"

DC_NOTE = "commas were read as decimal commas (1,5 is 1.5), as no value has a point"
NA_NOTE = "1 missing value (#N/A, NA or an empty cell) skipped, with their rows: line 4"

# file -> (column names, values, encoding, notes)
READ: dict[str, tuple[tuple[str, ...], list[list[float]], str, tuple[str, ...]]] = {
    "r_write_csv.csv": (("eruptions", "waiting"), [[3.6, 1.8], [79, 54]], "UTF-8", (NA_NOTE,)),
    "r_write_csv2.csv": (("eruptions", "waiting"), [[3.6, 1.8], [79, 54]], "UTF-8", (NA_NOTE,)),
    "r_write_table.txt": (
        ("eruptions", "waiting"),
        [[3.6, 1.8], [79, 54]],
        "UTF-8",
        (DC_NOTE, NA_NOTE),
    ),
    "excel_fr_cp1252.csv": (
        ("Durée", "Température"),
        [[3.6, 1.8], [12.5, -0.5]],
        "Windows-1252",
        (),
    ),
    "excel_unicode_text.txt": (("Durée", "Attente"), [[3.6, 1.8], [79, 54]], "UTF-16", (DC_NOTE,)),
    "utf16le_no_bom.txt": (("x",), [[1.5, -2.0]], "UTF-16", ()),
    "tsv_decimal_comma.tsv": (("a", "b"), [[1.5, -0.25], [2.0, 3.75]], "UTF-8", (DC_NOTE,)),
    "mac_cr.txt": (("x",), [[1.5, 2.5]], "UTF-8", ()),
    "ctrl_z.csv": (("x",), [[1.0, 2.0]], "UTF-8", ()),
    "excel_sep_line.csv": (("x", "y"), [[1.5, 3.0], [2.0, 4.25]], "UTF-8", ()),
    "quoted_numbers.csv": (("x", "y"), [[1.5, 3.0], [2.0, -4.0]], "UTF-8", ()),
    "unicode_minus.txt": (("x",), [[-1.5, 2.0]], "UTF-8", ()),
    "na_first_cell.csv": (
        ("x", "y"),
        [[1.0, 4.0], [2.0, 5.0]],
        "UTF-8",
        ("1 missing value (#N/A, NA or an empty cell) skipped, with their rows: line 3",),
    ),
    "horizontal.csv": (
        ("line 1",),
        [[1.5, 2.0, 3.25, -4.0]],
        "UTF-8",
        ("line 1 holds 4 numbers side by side; they were read as one column of values",),
    ),
}

# file -> (pieces of the one-sentence message, line)
REFUSED: dict[str, tuple[tuple[str, ...], int | None]] = {
    "underscore.txt": (('"1_5" is not a number', "underscore"), 3),
    "thousands_no_header.csv": (('"1,234"', "thousands separator", "header"), 1),
    "accounting.csv": (('"(1.5)" is not a number', "accounting", "-1.5"), 3),
    "percent.csv": (('"10%" is not a number', "percentage"), 2),
    "thousands_header.csv": (('"1,234.5" is not a number', "thousands separators"), 2),
    "gzip.csv.gz": (("gzip", "uncompress"), None),
    "html_saved_as.xls": (("web page (HTML)", ".xls", "save it as CSV"), None),
    "workbook.xlsx": (("Excel workbook (.xlsx)", "save it as CSV"), None),
    "sheet.ods": (("LibreOffice spreadsheet (.ods)", "save it as CSV"), None),
}


def test_the_corpus_is_complete() -> None:
    """Every file here is tested: by this module, or (those make_corpus.py writes) by
    test_datafile_programs.py."""
    from test_datafile_programs import READ as MORE_READ
    from test_datafile_programs import REFUSED as MORE_REFUSED

    more = {*MORE_READ, *MORE_REFUSED, "horizontal_row.csv", "missing_values.csv",
            "make_corpus.py"}
    assert sorted(p.name for p in REAL.iterdir()) == sorted({*READ, *REFUSED, *more})


@pytest.mark.parametrize("name", sorted(READ))
def test_real_files_read_exactly(name: str) -> None:
    columns, values, encoding, notes = READ[name]
    table = read_table(REAL / name)
    assert table.columns == columns
    assert [v.tolist() for v in table.values] == values
    assert table.encoding == encoding
    assert table.notes == notes


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_ambiguous_or_foreign_files_are_refused_in_one_sentence(name: str) -> None:
    pieces, line = REFUSED[name]
    with pytest.raises(DataFileError) as info:
        read_table(REAL / name)
    message = str(info.value)
    assert message.startswith(str(REAL / name))
    for piece in pieces:
        assert piece in message
    assert info.value.line == line
    assert "\n" not in message and "\\x" not in message


def test_a_hash_starts_a_comment_only_at_a_line_start_or_after_a_blank(tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_text("# made by hand\nx\n1 # first\n#N/A\n2\n#NV\n3\n", encoding="utf-8")
    table = read_table(path)
    assert table.column("x").tolist() == [1.0, 2.0, 3.0]
    assert table.notes == (
        "2 missing values (#N/A, NA or an empty cell) skipped, with their rows: lines 4, 6",
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "data.csv"
    os.mkfifo(fifo)  # opening it for reading would block for ever
    for read in (read_table, read_values, preview_lines):
        with pytest.raises(DataFileError) as info:
            read(fifo)
        assert str(info.value) == (
            f"{fifo} is a named pipe (FIFO), not a regular file, so it is not read")


def test_a_device_and_a_socket_are_refused(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="is a device, not a regular file"):
        read_table("/dev/zero" if stat.S_ISCHR(os.stat("/dev/zero").st_mode) else "")
    sock_path = tmp_path / "s.csv"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(sock_path))
        with pytest.raises(DataFileError, match="is a socket, not a regular file"):
            read_table(sock_path)


def test_the_preview_reads_a_bounded_part_of_a_huge_line(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_bytes(b",".join([b"1.5"] * 3_000_000) + b"\n2\n")  # one line of 12 MB
    lines = preview_lines(path, max_bytes=4096, max_chars=80)
    assert lines == ["1.5," * 19 + "1..."]


def test_the_preview_decodes_like_the_reader() -> None:
    assert preview_lines(REAL / "excel_unicode_text.txt")[:2] == ["Durée\tAttente", "3,6\t79"]
    assert preview_lines(REAL / "excel_fr_cp1252.csv")[0] == "Durée;Température"


def test_a_line_with_too_many_fields_is_refused_before_it_is_split(tmp_path: Path) -> None:
    path = tmp_path / "one_line.csv"
    path.write_bytes(b",".join([b"1"] * 200_001))
    with pytest.raises(DataFileError, match=r"line 1 has more than 100,000 fields"):
        read_table(path)


def test_block_by_block_reading_keeps_lines_counts_and_messages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from functools import partial

    from emgui.core import datafile

    text = "# notes\nx\n" + "".join(f"{i}\n\n" if i % 7 else f"{i} # c\n" for i in range(300))
    whole = datafile.parse_table(text, "t.txt")
    monkeypatch.setattr(datafile, "_blocks", partial(datafile._blocks, size=16))
    small = datafile.parse_table(text, "t.txt")
    assert small.column("x").tolist() == whole.column("x").tolist() == list(range(300))
    assert small.skipped == whole.skipped
    bad = text + "NA\n1_5\n"
    with pytest.raises(DataFileError) as info:
        datafile.parse_table(bad, "t.txt")
    line = text.count("\n") + 2
    assert str(info.value).startswith(f't.txt, line {line}: "1_5" is not a number')


def test_overflowing_data_are_refused_without_a_warning() -> None:
    import numpy as np

    from emgui.gui.session import observed_dataset

    with pytest.raises(ValueError, match="too large to draw"):  # filterwarnings=error
        observed_dataset(np.array([1e200, 2e200, -1e200]), None, None, "f")


_PEAK_SCRIPT = """
import sys
from emgui.core import datafile
def high_water():  # this process's peak resident memory (not inherited across exec)
    with open("/proc/self/status") as f:
        return next(int(t.split()[1]) * 1024 for t in f if t.startswith("VmHWM"))
base = high_water()
try:
    n = datafile.read_table(sys.argv[1]).n_rows
except datafile.DataFileError:
    n = -1
print(n, high_water() - base)
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
@pytest.mark.parametrize("kind", ["column", "one_line"])
def test_reading_needs_a_few_times_the_values_in_memory(tmp_path: Path, kind: str) -> None:
    """Peak memory of reading (a child process's maximum resident size); prints the numbers."""
    import subprocess
    import sys

    import numpy as np

    n = 2_000_000
    path = tmp_path / "big.txt"
    if kind == "column":
        x = np.random.default_rng(3).normal(size=n)
        path.write_text("\n".join(map(repr, x.tolist())) + "\n", encoding="ascii")
    else:
        path.write_text(",".join(["1.2345"] * n), encoding="ascii")
    out = subprocess.run(
        [sys.executable, "-c", _PEAK_SCRIPT, str(path)], capture_output=True, text=True, check=True
    ).stdout.split()
    rows, peak = int(out[0]), int(out[1])
    size = path.stat().st_size
    print(f"\n{kind}: file {size / 2**20:.0f} MB, {rows} rows, peak +{peak / 2**20:.0f} MB")
    if kind == "column":
        assert rows == n
        assert peak < 4 * size  # the bytes, the text, one block's lines, the values twice
    else:
        assert rows == -1  # refused: more than MAX_FIELDS on one line
        assert peak < 3 * size


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_the_command_line_refuses_a_fifo_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from emgui import cli

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert cli.main(["--data", str(fifo)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"emgui-cli: error: {fifo} is a named pipe (FIFO), not a regular file, so it is not read\n"
    )


def test_the_command_line_says_which_missing_values_it_skipped(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from emgui import cli

    path = REAL / "r_write_csv.csv"
    assert cli.main(["--data", str(path), "--column", "waiting", "--iterations", "1"]) == 0
    err = capsys.readouterr().err
    assert err == f"{path}: {NA_NOTE}\n"
