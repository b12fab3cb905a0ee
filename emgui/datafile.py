"""Reading a column of numbers from a text file, with error messages a student can act on.

Used by ``emgui-cli --data`` and by the GUI's File > Open data, so it depends on numpy only.

Accepted: one number a line; CSV (``,``), TSV (tab), ``;``-separated with a decimal comma
(``1,5;2,25``) or point, and whitespace-separated columns; an optional header row; blank lines
and ``#`` comments (whole lines and trailing); CRLF or CR line ends; a UTF-8 byte-order mark
(a UTF-16 file with its byte-order mark is decoded too). Columns of text, such as labels, are
dropped. Every problem is a :class:`DataFileError` whose message is one sentence naming the file
and, where it applies, the line and the offending text.

How the layout is read: the first content line fixes the separator (tab, else ``;``, else ``,``,
else whitespace) and the number of fields every other line must have. The first line is a header
when one of its fields is not a number in a column that holds numbers further down. A column is
numeric when any of its first :data:`PROBE_ROWS` data values is a number; after that every value
in it must be a finite number.

Speed: the common case is converted column by column with C-level string operations; only a
file with a problem (or with quoted fields) is walked line by line, to find the exact line to
report.
"""

from __future__ import annotations

import csv
import math
import os
import re
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import repeat

import numpy as np

__all__ = ["MAX_BYTES", "MAX_VALUES", "DataFileError", "Table", "parse_table", "read_table",
           "read_values"]

#: More values than this is no longer a teaching data set (and would take minutes per EM run).
MAX_VALUES = 10_000_000
#: Files larger than this are refused before reading, so that a wrong pick cannot fill memory.
MAX_BYTES = 500 * 1024 * 1024
#: Data rows looked at to decide whether the first line is a header and which columns are text.
PROBE_ROWS = 1000
#: More fields on a line than this is not a table of data (a single line may hold more values).
MAX_COLUMNS = 10_000
#: Offending text is quoted up to this many characters.
_SHOW_CHARS = 40
_BLANKS = re.compile(r"[ \t\f\v]+")


class DataFileError(ValueError):
    """A data file that cannot be used; ``str()`` is one sentence meant for the user.

    ``path`` is the file's name as given and ``line`` the 1-based line number, when known.
    """

    def __init__(self, message: str, path: str = "", line: int | None = None) -> None:
        # One line whatever a file name holds, so a caller can print it as one line.
        super().__init__(message.replace("\r", " ").replace("\n", " ").strip())
        self.path = path
        self.line = line


@dataclass(frozen=True)
class Table:
    """The numeric columns of a data file.

    ``positions`` holds each numeric column's 1-based position among all the file's columns
    (text columns included), so that "column 3" means the same thing as in a spreadsheet.
    """

    path: str
    columns: tuple[str, ...]
    values: tuple[np.ndarray, ...]  # NaN marks a missing value (#N/A, NA, an empty cell)
    skipped: int
    positions: tuple[int, ...] = ()
    #: The text encoding the file was read in ("UTF-8", "Windows-1252", "UTF-16").
    encoding: str = "UTF-8"
    #: Sentences for the user about what was read in a way they should know (rules applied).
    notes: tuple[str, ...] = ()
    #: Per column, the 1-based lines whose value was missing and is left out.
    missing: tuple[tuple[int, ...], ...] = ()

    @property
    def n_rows(self) -> int:
        """Number of data rows (every column has this many values)."""
        return len(self.values[0]) if self.values else 0

    def column(self, key: str | int) -> np.ndarray:
        """One column by header name or by 1-based position (an int or a string of digits)."""
        positions = self.positions or tuple(range(1, len(self.columns) + 1))
        if isinstance(key, str):
            if key in self.columns:
                return self._present(self.columns.index(key))
            folded = [i for i, c in enumerate(self.columns) if c.casefold() == key.casefold()]
            if len(folded) == 1:
                return self._present(folded[0])
            if not key.strip().isdigit():
                raise DataFileError(
                    f"{self.path} has no column named {_show(key)}; "
                    f"its numeric columns are {self.describe_columns()}",
                    self.path,
                )
            key = int(key.strip())
        if isinstance(key, bool) or not isinstance(key, int):
            raise TypeError(f"a column is chosen by name or number, not by {key!r}")
        if key in positions:
            return self._present(positions.index(key))
        raise DataFileError(
            f"{self.path} has no numeric column number {key}; "
            f"its numeric columns are {self.describe_columns()}",
            self.path,
        )

    def _present(self, index: int) -> np.ndarray:
        """A column without its missing values."""
        values = self.values[index]
        if self.missing and self.missing[index]:
            kept = values[~np.isnan(values)]
            kept.setflags(write=False)
            return kept
        return values

    def missing_note(self, key: str | int) -> str:
        """'3 missing values (#N/A, NA or empty) on lines 4, 9 and 12 were left out.', or ''."""
        if not self.missing:
            return ""
        if isinstance(key, str) and key in self.columns:
            index = self.columns.index(key)
        else:
            positions = self.positions or tuple(range(1, len(self.columns) + 1))
            index = positions.index(int(key)) if int(key) in positions else 0
        lines = self.missing[index]
        if not lines:
            return ""
        numbers = [str(k) for k in lines[:8]]
        if len(lines) > 8:
            shown = ", ".join(numbers) + " and later"
        else:
            head, last = numbers[:-1], numbers[-1]
            shown = f"{', '.join(head)} and {last}" if head else last
        count = len(lines)
        where = "line" if count == 1 else "lines"
        what = "missing value" if count == 1 else "missing values"
        verb = "was" if count == 1 else "were"
        return f"{count} {what} (#N/A, NA or an empty cell) on {where} {shown} {verb} left out."

    def describe_columns(self) -> str:
        """The numeric columns as a user reads them: 1 ("x"), 2 ("y")."""
        positions = self.positions or tuple(range(1, len(self.columns) + 1))
        return ", ".join(f'{p} ("{c}")' for p, c in zip(positions, self.columns, strict=True))


def _show(text: str) -> str:
    """Quote a piece of the file for a message as a person wrote it: shortened, accents kept,
    a tab shown as "⇥" and any other control character as "�" (never a Python escape)."""
    if len(text) > _SHOW_CHARS:
        text = text[: _SHOW_CHARS - 3] + "..."
    if not text.isprintable():
        text = "".join(
            " ⇥ " if c == "\t" else c if c.isprintable() or c == " " else "\ufffd" for c in text
        )
    return f'"{text}"'


def _plural(k: int, word: str) -> str:
    return f"{k} {word}" if k == 1 else f"{k} {word}s"


def read_table(path: str | os.PathLike[str]) -> Table:
    """Read a data file; every failure (missing, unreadable, binary, bad text): DataFileError."""
    name = os.fspath(path)
    try:
        info = os.stat(name)
        if stat.S_ISDIR(info.st_mode):
            raise DataFileError(f"{name} is a folder, not a data file", name)
        if not stat.S_ISREG(info.st_mode):  # a FIFO would wait for ever, a device never ends
            raise DataFileError(f"{name} is {_special_kind(info.st_mode)}, not a data file",
                                name)
        if info.st_size > MAX_BYTES:
            raise DataFileError(
                f"{name} is {info.st_size / 2**20:.0f} MB, too large to be useful "
                f"(the limit is {MAX_BYTES // 2**20} MB)",
                name,
            )
        with open(name, "rb") as f:
            raw = f.read(MAX_BYTES + 1)
    except DataFileError:
        raise
    except FileNotFoundError:
        raise DataFileError(f"{name} does not exist", name) from None
    except IsADirectoryError:
        raise DataFileError(f"{name} is a folder, not a data file", name) from None
    except PermissionError:
        raise DataFileError(f"{name} cannot be read: permission denied", name) from None
    except OSError as e:
        raise DataFileError(f"{name} cannot be read: {e.strerror or e}", name) from None
    if len(raw) > MAX_BYTES:
        raise DataFileError(f"{name} is over {MAX_BYTES // 2**20} MB, too large to be useful", name)
    text, encoding = _decode(raw, name)
    table = parse_table(text, name)
    if encoding != table.encoding:
        table = replace(table, encoding=encoding)
    return table


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


#: What a file that is not text is, by its first bytes, and what to do instead.
_SAVE_AS_CSV = (
    "open it in the spreadsheet program and save it as CSV (comma- or semicolon-separated)"
)


def _not_text(raw: bytes, name: str) -> str | None:
    """A sentence naming a spreadsheet, archive or web page by its first bytes, or None."""
    head = raw[:4096]
    if head.startswith(b"PK\x03\x04"):
        if b"xl/" in raw[:65536] or b"[Content_Types].xml" in head:
            what = "an Excel workbook (.xlsx)"
        elif b"opendocument.spreadsheet" in raw[:4096]:
            what = "a LibreOffice / OpenDocument spreadsheet (.ods)"
        else:
            what = "a zip archive"
        return f"{name} is {what}, not a text file: {_SAVE_AS_CSV}"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return f"{name} is an old Excel workbook (.xls), not a text file: {_SAVE_AS_CSV}"
    if head.startswith(b"\x1f\x8b"):
        return f"{name} is compressed (gzip), not a text file: unpack it first (gunzip)"
    probe = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if probe.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml")):
        kind = "a web page (HTML)" if not probe.startswith(b"<?xml") else "an XML file"
        return (f"{name} is {kind}, as some programs save a '.xls' file, not a table of "
                f"text: {_SAVE_AS_CSV}")
    return None


def _looks_like_utf16le(raw: bytes) -> bool:
    """UTF-16LE without a byte-order mark: text of ASCII digits has a NUL after every byte."""
    sample = raw[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return False
    odd = sample[1::2]
    return odd.count(0) >= 0.9 * len(odd) and sample[0::2].count(0) == 0


def _decode(raw: bytes, name: str) -> tuple[str, str]:
    """(text, encoding): UTF-8 (with or without BOM), UTF-16 (with a BOM, or LE without one),
    else Windows-1252 (what Excel writes on a Western Windows; Latin-1 where it has no
    character). Spreadsheets, archives and web pages get a sentence saying what they are."""
    problem = _not_text(raw, name)
    if problem:
        raise DataFileError(problem, name)
    if raw.endswith(b"\x1a"):  # DOS end-of-file mark
        raw = raw.rstrip(b"\x1a")
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff") or _looks_like_utf16le(raw):
        try:
            text = raw.decode("utf-16" if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-16-le")
        except UnicodeDecodeError:
            raise DataFileError(f"{name} is not a text file (broken UTF-16)", name) from None
        return text.rstrip("\x1a"), "UTF-16"
    nul = raw.find(b"\x00")
    if nul >= 0:
        line = raw.count(b"\n", 0, nul) + 1
        raise DataFileError(
            f"{name}, line {line}: contains NUL bytes, so it is a binary file, not text", name, line
        )
    try:
        return raw.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    control = sum(raw.count(bytes([c])) for c in range(1, 32) if c not in (9, 10, 12, 13))
    if control > max(8, len(raw) // 100):
        raise DataFileError(
            f"{name} holds many control bytes, so it is a binary file, not text", name
        )
    try:
        return raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return raw.decode("latin-1"), "Latin-1"


def _separator(line: str) -> str | None:
    """The field separator a content line suggests; None means runs of whitespace."""
    for sep in ("\t", ";", ","):
        if sep in line:
            return sep
    return None


def _splitter(sep: str | None) -> Callable[[str], list[str]]:
    """A function splitting one stripped content line into stripped, unquoted fields."""
    if sep is None:
        def split_space(line: str) -> list[str]:
            if '"' in line:  # R's write.table quotes names: "velocity"
                fields = next(csv.reader([line], delimiter=" ", skipinitialspace=True))
                return [f.strip() for f in fields if f.strip()]
            return line.split()

        return split_space

    def split(line: str) -> list[str]:
        if '"' in line:
            fields = next(csv.reader([line], delimiter=sep, skipinitialspace=True))
        else:
            fields = line.split(sep)
        return [f.strip() for f in fields]

    return split


#: Cells that mean "no value here" in spreadsheets and R: left out, and the user is told.
MISSING_MARKERS = frozenset({"", "na", "n/a", "#n/a"})
#: Excel's error values: a formula that failed, not a number and not a comment.
_EXCEL_ERROR = re.compile(r"#(N/A|NA|VALUE!|DIV/0!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)",
                          re.IGNORECASE)
#: A comment: '#' starting a line, or '#' after a value and a space, followed by a space.
_TRAILING_COMMENT = re.compile(r"\s#(?:\s|$)")
_DECIMAL_COMMA = re.compile(r"[+\-\u2212]?\d*,\d+")
_DECIMAL_POINT = re.compile(r"[+\-\u2212]?\d*\.\d+(?:[eE][+\-]?\d+)?")
_THOUSANDS = re.compile(r"[+\-\u2212]?\d{1,3}(?:([,.\u2019 \u00a0])\d{3})+(?:[.,]\d+)?")


def _number(text: str, decimal_comma: bool) -> float | None:
    """The float in text, or None when it is not a number (NaN and infinity are numbers here).

    A file is not Python: '1_5' is not 15. A minus sign pasted from a PDF (U+2212) is a minus.
    """
    if "_" in text:
        return None
    if "\u2212" in text:
        text = text.replace("\u2212", "-")
    if decimal_comma:
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def _why_not_a_number(text: str, where: str) -> str:
    """The sentence for a cell that is not a number: the rule it breaks, when there is one."""
    shown = f"{_show(text)}{where}"
    t = text.strip()
    if _EXCEL_ERROR.fullmatch(t):
        return f"{shown} is an error value of the spreadsheet, not a number"
    if t.startswith("(") and t.endswith(")") and _number(t[1:-1], True) is not None:
        return f"{shown} looks like an accountant's negative number: write it as −{t[1:-1]}"
    if t.endswith("%") and _number(t[:-1], True) is not None:
        return f"{shown} is a percentage: write it as a plain number, without %"
    if t.startswith("'"):
        return f"{shown} starts with the spreadsheet's text mark ': remove it"
    if "_" in t and _number(t.replace("_", ""), False) is not None:
        return f"{shown} is not a number (an underscore is not part of a number)"
    if _THOUSANDS.fullmatch(t):
        return (f"{shown} has a thousands separator: write the number without it "
                "(1234.5, or 1234,5 with a decimal comma)")
    return f"{shown} is not a number"


def _strip_comment(line: str) -> str:
    """A line without its comment: '#' at the start (unless it is a cell like #N/A), or
    ' # ...' after a value. A '#' inside a cell never starts a comment."""
    text = line.strip()
    if text.startswith("#"):
        return text if _EXCEL_ERROR.match(text) else ""
    found = _TRAILING_COMMENT.search(text)
    return text[: found.start()].rstrip() if found else text


def parse_table(text: str, name: str) -> Table:
    """Parse the text of a data file; ``name`` is used in messages and as ``Table.path``."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DataFileError(f"{name} is empty", name)
    raw_lines = text.split("\n")
    if raw_lines[-1] == "":
        raw_lines.pop()  # the newline ending the last line does not start another line
    if "#" in text:
        stripped = [_strip_comment(line) if "#" in line else line.strip() for line in raw_lines]
    else:
        stripped = [line.strip() for line in raw_lines]
    # 0-based indices of the content lines; a range when no line is blank (the common case).
    content: Sequence[int] = (
        [i for i, s in enumerate(stripped) if s] if "" in stripped else range(len(stripped))
    )
    skipped = len(stripped) - len(content)
    if not content:
        raise DataFileError(f"{name} holds no data, only blank lines and comments", name)

    notes: list[str] = []
    first = stripped[content[0]]
    declared = re.fullmatch(r"sep=(.)", first, re.IGNORECASE)  # Excel's first line "sep=;"
    if declared:
        content = list(content)[1:]
        skipped += 1
        if not content:
            raise DataFileError(f"{name} holds no data, only its separator line", name)
        first = stripped[content[0]]
        sep: str | None = declared.group(1)
        if sep == " ":
            sep = None
    else:
        sep = _separator(first)
    split = _splitter(sep)
    head = split(first)
    width = len(head)
    if width > MAX_COLUMNS and len(content) > 1:
        raise DataFileError(
            f"{name}, line {content[0] + 1} has {width:,} fields, more than the {MAX_COLUMNS:,} "
            "columns EM Explorer reads: save the data as one column",
            name, content[0] + 1,
        )

    probe = [split(stripped[i]) for i in content[1 : 1 + PROBE_ROWS]]
    probe = [row for row in probe if len(row) == width]
    decimal_comma = _decimal_comma(sep, [head, *probe])
    if decimal_comma and sep != ";":
        notes.append("Numbers like 1,5 were read with a decimal comma (1,5 is one and a half).")
    if len(content) == 1 and width > 1:
        row_values = [_number(f, decimal_comma) for f in head]
        if all(v is not None for v in row_values):  # a "horizontal" export: one row of numbers
            values = np.array(row_values, dtype=np.float64)
            if not np.isfinite(values).all():
                raise DataFileError(f"{name}, line {content[0] + 1}: every value must be a "
                                    "finite number", name, content[0] + 1)
            values.setflags(write=False)
            return Table(
                path=name, columns=(f"line {content[0] + 1}",), values=(values,),
                skipped=skipped, positions=(1,),
                notes=(f"The {width:,} numbers on its only line were read as the values.",),
            )
    _refuse_ambiguous_commas(name, sep, [stripped[i] for i in content[:PROBE_ROWS]],
                             content[0] + 1)
    head_numbers = [_number(f, decimal_comma) is not None for f in head]
    col_has_number = [
        any(_number(row[j], decimal_comma) is not None for row in probe) for j in range(width)
    ]
    if probe:
        has_header = any(not head_numbers[j] and col_has_number[j] for j in range(width))
    else:  # a single content line, or the next lines are ragged (reported below)
        has_header = not all(head_numbers)
        col_has_number = [has_header or head_numbers[j] for j in range(width)]
    if has_header:
        data_lines = content[1:]
        if not data_lines:
            raise DataFileError(
                f"{name} has a header line ({_show(first)}) but no data below it", name
            )
        numeric = [j for j in range(width) if col_has_number[j]]
        names = [head[j] or f"column {j + 1}" for j in numeric]
    else:
        data_lines = content
        numeric = [j for j in range(width) if head_numbers[j] or col_has_number[j]]
        names = [f"column {j + 1}" for j in numeric]
    if not numeric:
        raise DataFileError(
            f"{name} has no column of numbers (its first lines hold only text, "
            f"like {_show(first)})",
            name,
        )
    n_values = len(data_lines) * len(numeric)
    if n_values > MAX_VALUES:
        raise DataFileError(
            f"{name} holds {n_values:,} values, more than {MAX_VALUES:,}, "
            "which is too large to be useful here",
            name,
        )

    rows = (
        stripped[data_lines.start :]
        if isinstance(data_lines, range)
        else [stripped[i] for i in data_lines]
    )
    values = _fast_columns(rows, sep, width, numeric, decimal_comma)
    missing: list[list[int]] = [[] for _ in numeric]
    if values is None:
        values = _careful_columns(rows, data_lines, split, width, numeric, decimal_comma, name,
                                  names, missing)
    for v in values:
        v.setflags(write=False)
    for col, lines in enumerate(missing):
        if len(lines) == len(rows):
            raise DataFileError(
                f"{name}: every value of {_show(names[col])} is missing (#N/A, NA or empty)",
                name,
            )
    return Table(
        path=name,
        columns=tuple(names),
        values=tuple(values),
        skipped=skipped,
        positions=tuple(j + 1 for j in numeric),
        notes=tuple(notes),
        missing=tuple(tuple(lines) for lines in missing) if any(missing) else (),
    )


def _decimal_comma(sep: str | None, rows: Sequence[Sequence[str]]) -> bool:
    """Whether '1,5' means one and a half: always with ';' (Excel in a comma locale), and with
    tabs or spaces when numbers have commas and none has a decimal point."""
    if sep == ";":
        return True
    if sep == ",":
        return False
    cells = [f for row in rows for f in row]
    return any(_DECIMAL_COMMA.fullmatch(f) for f in cells) and not any(
        _DECIMAL_POINT.fullmatch(f) for f in cells
    )


def _refuse_ambiguous_commas(name: str, sep: str | None, lines: Sequence[str], first: int) -> None:
    """'1,234' on every line, with no header: a thousands separator, a decimal comma or two
    columns? Guessing could give a wrong number without a word, so say it instead."""
    if sep != "," or not lines:
        return
    shape = re.compile(r"[+\-]?\d{1,3},\d{3}")
    if all(shape.fullmatch(line) for line in lines):
        raise DataFileError(
            f"{name}, line {first}: {_show(lines[0])} could be one number with a thousands "
            "separator, a number with a decimal comma, or two columns; write one number a line "
            "with a decimal point (1234 or 1.234), or separate columns with ';' or a tab",
            name, first,
        )


def _to_floats(fields: Sequence[str]) -> np.ndarray:
    return np.fromiter(map(float, fields), dtype=np.float64, count=len(fields))


def _fast_columns(
    rows: list[str], sep: str | None, width: int, numeric: list[int], decimal_comma: bool
) -> list[np.ndarray] | None:
    """Convert with whole-text string operations; None when anything needs a closer look.

    Whenever this returns arrays they equal what :func:`_careful_columns` would return; any
    doubt (a quote, a wrong field count, a non-number, NaN) hands over to the careful path.
    """
    n = len(rows)
    joined = "\n".join(rows)
    if '"' in joined or "_" in joined:  # quotes, and '1_5' (Python's float would take it)
        return None
    if decimal_comma and sep != ";":
        joined = joined.replace(",", ".")
    if sep is None:
        if width == 1:
            flat = joined.split()
            if len(flat) != n:  # every row holds at least one token, so each holds exactly one
                return None
        else:
            if "\f" in joined or "\v" in joined:
                norm = _BLANKS.sub(" ", joined)
            else:  # plain replaces run at C speed, several times faster than the regex
                norm = joined.replace("\t", " ")
                while "  " in norm:
                    norm = norm.replace("  ", " ")
            if set(map(str.count, norm.split("\n"), repeat(" "))) != {width - 1}:
                return None
            flat = norm.replace("\n", " ").split(" ")
    else:
        if set(map(str.count, rows, repeat(sep))) != {width - 1}:
            return None
        if sep == ";":
            joined = joined.replace(",", ".")
        flat = joined.replace("\n", sep).split(sep) if width > 1 else joined.split("\n")
    if len(flat) != n * width:
        return None
    try:
        values = [_to_floats(flat[j::width]) for j in numeric]
    except ValueError:
        return None
    if not all(np.isfinite(v).all() for v in values):
        return None
    return values


def _careful_columns(
    rows: list[str],
    line_index: Sequence[int],
    split: Callable[[str], list[str]],
    width: int,
    numeric: list[int],
    decimal_comma: bool,
    name: str,
    names: list[str],
    missing: list[list[int]],
) -> list[np.ndarray]:
    """Line by line: the values, or a DataFileError for the first line with a problem.

    A missing-value marker (#N/A, NA, an empty cell) becomes NaN and its line is noted in
    ``missing``, per column: the caller tells the user how many were left out, and where.
    """
    out = [np.empty(len(rows)) for _ in numeric]
    for k, (row, i) in enumerate(zip(rows, line_index, strict=True)):
        fields = split(row)
        line = i + 1
        if len(fields) != width:
            raise DataFileError(
                f"{name}, line {line} has {_plural(len(fields), 'field')} ({_show(row)}), "
                f"expected {width} like the first line",
                name,
                line,
            )
        for col, (j, label) in enumerate(zip(numeric, names, strict=True)):
            text = fields[j]
            value = _number(text, decimal_comma)
            if width == 1:
                where = ""
            elif label == f"column {j + 1}":
                where = f" in column {j + 1}"
            else:
                where = f' in column "{label}"'
            if value is None:
                if text.strip().casefold() in MISSING_MARKERS:
                    out[col][k] = math.nan
                    missing[col].append(line)
                    continue
                raise DataFileError(f"{name}, line {line}: {_why_not_a_number(text, where)}",
                                    name, line)
            if not math.isfinite(value):
                kind = "NaN (not a number)" if math.isnan(value) else "infinite"
                raise DataFileError(
                    f"{name}, line {line}: {_show(text)}{where} is {kind}, "
                    "but every value must be a finite number",
                    name,
                    line,
                )
            out[col][k] = value
    return out


def read_values(
    path: str | os.PathLike[str], column: str | int | None = None, table: Table | None = None
) -> np.ndarray:
    """One numeric column of a data file as a 1-D, finite float64 array (missing values left
    out: ``Table.missing_note`` says which).

    With several numeric columns ``column`` must say which (header name or 1-based position).
    ``table`` is the file already read, if it was.
    """
    table = read_table(path) if table is None else table
    if column is None:
        if len(table.columns) > 1:
            raise DataFileError(
                f"{table.path} has {len(table.columns)} numeric columns, "
                f"{table.describe_columns()}; choose one by name or number "
                f"(for example --column {_cli_word(table.columns[0])})",
                table.path,
            )
        x = table.column(table.columns[0])
    else:
        x = table.column(column)
    x = np.ascontiguousarray(x, dtype=np.float64).reshape(-1)
    if not np.isfinite(x).all():  # cannot happen after parsing; a guard for the contract
        raise DataFileError(f"{table.path} holds values that are not finite numbers", table.path)
    return x


def _cli_word(label: str) -> str:
    return label if label and " " not in label else f'"{label}"'
