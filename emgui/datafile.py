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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

import numpy as np

__all__ = ["MAX_BYTES", "MAX_VALUES", "DataFileError", "Table", "parse_table", "read_table",
           "read_values"]

#: More values than this is no longer a teaching data set (and would take minutes per EM run).
MAX_VALUES = 10_000_000
#: Files larger than this are refused before reading, so that a wrong pick cannot fill memory.
MAX_BYTES = 500 * 1024 * 1024
#: Data rows looked at to decide whether the first line is a header and which columns are text.
PROBE_ROWS = 1000
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
    values: tuple[np.ndarray, ...]
    skipped: int
    positions: tuple[int, ...] = ()

    @property
    def n_rows(self) -> int:
        """Number of data rows (every column has this many values)."""
        return len(self.values[0]) if self.values else 0

    def column(self, key: str | int) -> np.ndarray:
        """One column by header name or by 1-based position (an int or a string of digits)."""
        positions = self.positions or tuple(range(1, len(self.columns) + 1))
        if isinstance(key, str):
            if key in self.columns:
                return self.values[self.columns.index(key)]
            folded = [i for i, c in enumerate(self.columns) if c.casefold() == key.casefold()]
            if len(folded) == 1:
                return self.values[folded[0]]
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
            return self.values[positions.index(key)]
        raise DataFileError(
            f"{self.path} has no numeric column number {key}; "
            f"its numeric columns are {self.describe_columns()}",
            self.path,
        )

    def describe_columns(self) -> str:
        """The numeric columns as a user reads them: 1 ("x"), 2 ("y")."""
        positions = self.positions or tuple(range(1, len(self.columns) + 1))
        return ", ".join(f'{p} ("{c}")' for p, c in zip(positions, self.columns, strict=True))


def _show(text: str) -> str:
    """Quote a piece of the file for a message: shortened, control characters escaped."""
    if len(text) > _SHOW_CHARS:
        text = text[: _SHOW_CHARS - 3] + "..."
    if not text.isprintable():
        text = text.encode("unicode_escape").decode("ascii")
    return f'"{text}"'


def _plural(k: int, word: str) -> str:
    return f"{k} {word}" if k == 1 else f"{k} {word}s"


def read_table(path: str | os.PathLike[str]) -> Table:
    """Read a data file; every failure (missing, unreadable, binary, bad text): DataFileError."""
    name = os.fspath(path)
    try:
        info = os.stat(name)
        if Path(name).is_dir():
            raise DataFileError(f"{name} is a folder, not a data file", name)
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
    return parse_table(_decode(raw, name), name)


def _decode(raw: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), or UTF-16 with a BOM; anything else is called binary."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise DataFileError(f"{name} is not a text file (broken UTF-16)", name) from None
    nul = raw.find(b"\x00")
    if nul >= 0:
        line = raw.count(b"\n", 0, nul) + 1
        raise DataFileError(
            f"{name}, line {line}: contains NUL bytes, so it is a binary file, not text", name, line
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        byte = raw[e.start]
        raise DataFileError(
            f"{name}, line {line}: byte 0x{byte:02x} is not UTF-8 text, so this looks like a "
            "binary file (save data as UTF-8 text)",
            name,
            line,
        ) from None


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


def _number(text: str, decimal_comma: bool) -> float | None:
    """The float in text, or None when it is not a number (NaN and infinity are numbers here)."""
    if decimal_comma:
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


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
        stripped = [
            line.partition("#")[0].strip() if "#" in line else line.strip() for line in raw_lines
        ]
    else:
        stripped = [line.strip() for line in raw_lines]
    # 0-based indices of the content lines; a range when no line is blank (the common case).
    content: Sequence[int] = (
        [i for i, s in enumerate(stripped) if s] if "" in stripped else range(len(stripped))
    )
    skipped = len(stripped) - len(content)
    if not content:
        raise DataFileError(f"{name} holds no data, only blank lines and comments", name)

    first = stripped[content[0]]
    sep = _separator(first)
    decimal_comma = sep == ";"
    split = _splitter(sep)
    head = split(first)
    width = len(head)

    probe = [split(stripped[i]) for i in content[1 : 1 + PROBE_ROWS]]
    probe = [row for row in probe if len(row) == width]
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
    values = _fast_columns(rows, sep, width, numeric)
    if values is None:
        values = _careful_columns(rows, data_lines, split, width, numeric, decimal_comma, name,
                                  names)
    for v in values:
        v.setflags(write=False)
    return Table(
        path=name,
        columns=tuple(names),
        values=tuple(values),
        skipped=skipped,
        positions=tuple(j + 1 for j in numeric),
    )


def _to_floats(fields: Sequence[str]) -> np.ndarray:
    return np.fromiter(map(float, fields), dtype=np.float64, count=len(fields))


def _fast_columns(
    rows: list[str], sep: str | None, width: int, numeric: list[int]
) -> list[np.ndarray] | None:
    """Convert with whole-text string operations; None when anything needs a closer look.

    Whenever this returns arrays they equal what :func:`_careful_columns` would return; any
    doubt (a quote, a wrong field count, a non-number, NaN) hands over to the careful path.
    """
    n = len(rows)
    joined = "\n".join(rows)
    if '"' in joined:
        return None
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
) -> list[np.ndarray]:
    """Line by line: the values, or a DataFileError for the first line with a problem."""
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
                problem = (f"the value{where} is missing" if not text
                           else f"{_show(text)}{where} is not a number")
                raise DataFileError(f"{name}, line {line}: {problem}", name, line)
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


def read_values(path: str | os.PathLike[str], column: str | int | None = None) -> np.ndarray:
    """One numeric column of a data file as a 1-D, finite float64 array.

    With several numeric columns ``column`` must say which (header name or 1-based position).
    """
    table = read_table(path)
    if column is None:
        if len(table.columns) > 1:
            raise DataFileError(
                f"{table.path} has {len(table.columns)} numeric columns, "
                f"{table.describe_columns()}; choose one by name or number "
                f"(for example --column {_cli_word(table.columns[0])})",
                table.path,
            )
        x = table.values[0]
    else:
        x = table.column(column)
    x = np.ascontiguousarray(x, dtype=np.float64).reshape(-1)
    if not np.isfinite(x).all():  # cannot happen after parsing; a guard for the contract
        raise DataFileError(f"{table.path} holds values that are not finite numbers", table.path)
    return x


def _cli_word(label: str) -> str:
    return label if label and " " not in label else f'"{label}"'
