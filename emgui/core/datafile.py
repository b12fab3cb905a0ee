"""Reading a column of numbers from a text file, with error messages a student can act on.

Used by ``emgui-cli --data`` and by the GUI's File > Open data, so it depends on numpy only.

Accepted: one number a line; CSV (``,``), TSV (tab), ``;``-separated with a decimal comma
(``1,5;2,25``) or point, tab- or whitespace-separated with decimal commas, and
whitespace-separated columns; an optional header row (quoted or not); Excel's ``sep=;`` first
line; blank lines and ``#`` comments (a line whose first character is ``#``, unless the line is
a value such as ``#N/A``); CRLF, LF or CR line ends; a trailing Ctrl-Z; UTF-8 (with or without
byte-order mark), UTF-16 (with a byte-order mark, or little-endian without one, as Excel's
"Unicode Text" writes it), and anything else as Windows-1252 (which covers Latin-1); U+2212
minus signs. Missing values (``#N/A``, ``NA``, an empty cell) skip their row, and the table says
how many on which lines. Text that could be read two ways (``1_5``, ``1,234`` with no header,
thousands separators, ``(1.5)``, ``50%``) is refused naming the line. Columns of text, such as
labels, are dropped. Every problem is a :class:`DataFileError` whose message is one sentence
naming the file and, where it applies, the line and the offending text.

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
import dataclasses
import itertools
import math
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import repeat

import numpy as np

from emgui.core.safe_files import kind_of

__all__ = [
    "MAX_BYTES",
    "MAX_FIELDS",
    "MAX_VALUES",
    "DataFileError",
    "Table",
    "choose_values",
    "parse_table",
    "preview_lines",
    "read_table",
    "read_values",
]

#: More values than this is no longer a teaching data set (and would take minutes per EM run).
MAX_VALUES = 10_000_000
#: Files larger than this are refused before reading, so that a wrong pick cannot fill memory.
MAX_BYTES = 500 * 1024 * 1024
#: More fields than this on one line is not a table of observations (and would fill memory).
MAX_FIELDS = 100_000
#: Data rows looked at to decide whether the first line is a header and which columns are text.
PROBE_ROWS = 1000
#: Offending text is quoted up to this many characters.
_SHOW_CHARS = 40
_BLANKS = re.compile(r"[ \t\f\v]+")
#: Cells that spreadsheets and R write for a missing value.
MISSING = frozenset({"", "#N/A", "#NV", "#NA", "NA", "N/A", "n/a", "#N/D", "#NOMBRE!"})
_THOUSANDS = re.compile(r"^[-+]?\d{1,3}([,.' \u00a0]\d{3})+([.,]\d+)?$")


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
    #: The text encoding the file was read with ("UTF-8", "UTF-16", "Windows-1252"), for the UI.
    encoding: str = "UTF-8"
    #: Sentences saying what was read in a way the user should know (missing values skipped,
    #: a horizontal line read as a column); empty when the file was read as it stands.
    notes: tuple[str, ...] = ()

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


def _visible(ch: str) -> str:
    if ch == "\t":
        return "\u21e5"  # ⇥, the tab key's symbol
    if ch.isprintable() or ch == " ":
        return ch
    return f"(U+{ord(ch):04X})"


def _show(text: str) -> str:
    """Quote a piece of the file as a person wrote it: shortened, a tab shown as ⇥."""
    if len(text) > _SHOW_CHARS:
        text = text[: _SHOW_CHARS - 3] + "..."
    if not text.isprintable():
        text = "".join(map(_visible, text))
    return f'"{text}"'


def _plural(k: int, word: str) -> str:
    return f"{k} {word}" if k == 1 else f"{k} {word}s"


def _open_regular(name: str) -> tuple[int, object]:
    """Stat, refuse anything but a regular file, and open it: (size, binary file object)."""
    try:
        info = os.stat(name)
        if stat.S_ISDIR(info.st_mode):
            raise DataFileError(f"{name} is a folder, not a data file", name)
        if not stat.S_ISREG(info.st_mode):
            raise DataFileError(
                f"{name} is {kind_of(info.st_mode)}, not a regular file, so it is not read", name
            )
        return info.st_size, open(name, "rb")  # the caller closes it
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


def read_table(path: str | os.PathLike[str]) -> Table:
    """Read a data file; every failure (missing, unreadable, binary, bad text): DataFileError."""
    name = os.fspath(path)
    size, f = _open_regular(name)
    with f:  # type: ignore[attr-defined]
        if size > MAX_BYTES:
            raise DataFileError(
                f"{name} is {size / 2**20:.0f} MB, too large to be useful "
                f"(the limit is {MAX_BYTES // 2**20} MB)",
                name,
            )
        try:
            raw = f.read(MAX_BYTES + 1)  # type: ignore[attr-defined]
        except OSError as e:
            raise DataFileError(f"{name} cannot be read: {e.strerror or e}", name) from None
    if len(raw) > MAX_BYTES:
        raise DataFileError(f"{name} is over {MAX_BYTES // 2**20} MB, too large to be useful", name)
    _refuse_other_formats(raw, name)
    # A line count beyond the limit is refused before the text is decoded and split.
    lines = raw.count(b"\n") or raw.count(b"\r")
    if lines > 2 * MAX_VALUES + 1000:
        raise DataFileError(
            f"{name} holds about {lines:,} lines, more than {MAX_VALUES:,} values, "
            "which is too large to be useful here",
            name,
        )
    decoded = [_decode(raw, name)]
    del raw
    text, encoding = decoded.pop()
    parts = [text]
    del text
    table = parse_table(parts.pop(), name)  # parse_table frees the text as it goes
    return dataclasses.replace(table, encoding=encoding)


def preview_lines(
    path: str | os.PathLike[str], max_lines: int = 50, max_bytes: int = 64 * 1024,
    max_chars: int = 200,
) -> list[str]:
    """The first lines of a data file as text, reading at most ``max_bytes`` of it.

    For a preview that never hangs: a file with one 100 MB line or thousands of columns costs
    ``max_bytes`` to look at; each line is cut at ``max_chars`` characters (ending in "...").
    Decoded the way :func:`read_table` decodes; failures are DataFileError.
    """
    name = os.fspath(path)
    _size, f = _open_regular(name)
    with f:  # type: ignore[attr-defined]
        try:
            raw = f.read(max_bytes)  # type: ignore[attr-defined]
        except OSError as e:
            raise DataFileError(f"{name} cannot be read: {e.strerror or e}", name) from None
    _refuse_other_formats(raw, name)
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff") or _utf16le_without_bom(raw):
        raw = raw[: len(raw) // 2 * 2]
    try:
        text, _encoding = _decode(raw, name)
    except DataFileError:
        # The bound may cut a UTF-8 character in two: drop the incomplete end and retry.
        text, _encoding = _decode(raw[:-3], name)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n", max_lines)[:max_lines]
    return [line if len(line) <= max_chars else line[: max_chars - 3] + "..." for line in lines]


def _refuse_other_formats(raw: bytes, name: str) -> None:
    """Spreadsheets, web pages and compressed files: say what the file is and what to do."""
    head = raw[:4096]
    what = None
    if head.startswith(b"PK\x03\x04"):
        if b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet" in head:
            what = "a LibreOffice spreadsheet (.ods)"
        elif b"xl/" in raw[:1_000_000] or b"[Content_Types].xml" in head:
            what = "an Excel workbook (.xlsx)"
        else:
            what = "a ZIP archive"
    elif head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        what = "an Excel 97-2003 workbook (.xls)"
    elif head.startswith(b"\x1f\x8b"):
        what = "a gzip-compressed file, or"
    else:
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        if start.startswith((b"<html", b"<!doctype html", b"<table", b"<?xml")) and (
            b"<table" in raw[:1_000_000].lower() or b"<html" in start[:200]
        ):
            what = "a web page (HTML), as some programs save under a .xls name"
    if what is None:
        return
    if what.endswith(", or"):
        raise DataFileError(
            f"{name} is {what[:-4]}; uncompress it first (and save it as CSV if it is a "
            "spreadsheet)",
            name,
        )
    raise DataFileError(
        f"{name} is {what}, not a text file of numbers; open it in a spreadsheet and save "
        "it as CSV",
        name,
    )


def _utf16le_without_bom(raw: bytes) -> bool:
    """Little-endian UTF-16 text of mostly ASCII characters: every odd byte is 0."""
    sample = raw[:4096]
    if len(sample) < 4:
        return False
    odd = sample[1::2]
    return odd.count(0) >= 0.9 * len(odd) and sample[0::2].count(0) == 0


def _decode(raw: bytes, name: str) -> tuple[str, str]:
    """(text, encoding): UTF-16 with a BOM or little-endian without, UTF-8, else Windows-1252."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff") or _utf16le_without_bom(raw):
        codec = "utf-16" if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-16-le"
        try:
            return raw.decode(codec), "UTF-16"
        except UnicodeDecodeError:
            raise DataFileError(f"{name} is not a text file (broken UTF-16)", name) from None
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
    # Not UTF-8: a spreadsheet's "CSV" on Windows. Five bytes are undefined in Windows-1252;
    # Latin-1 reads those (they are control characters there and are then refused as text).
    try:
        return raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "Windows-1252"


def _separator(line: str) -> str | None:
    """The field separator a content line suggests; None means runs of whitespace."""
    for sep in ("\t", ";", ","):
        if sep in line:
            return sep
    return None


def _split_blanks(line: str) -> list[str]:
    fields = line.split()
    if '"' in line:
        fields = [f[1:-1] if len(f) >= 2 and f[0] == f[-1] == '"' else f for f in fields]
    return fields


def _splitter(sep: str | None) -> Callable[[str], list[str]]:
    """A function splitting one stripped content line into stripped, unquoted fields."""
    if sep is None:
        return _split_blanks

    def split(line: str) -> list[str]:
        if '"' in line:
            fields = next(csv.reader([line], delimiter=sep, skipinitialspace=True))
        else:
            fields = line.split(sep)
        return [f.strip() for f in fields]

    return split


def _number(text: str, decimal_comma: bool) -> float | None:
    """The float in text, or None when it is not a number (NaN and infinity are numbers here)."""
    if "_" in text:  # Python's float accepts 1_5; a data file does not mean 15
        return None
    if decimal_comma:
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def _blocks(text: str, size: int = 1 << 20) -> Iterator[tuple[int, list[str]]]:
    """The text's lines in blocks of about ``size`` characters: (index of the first, lines).

    Converting block by block (about 50,000 lines) keeps the per-line Python objects to one
    block's worth.
    """
    pos, line0, end_of_text = 0, 0, len(text)
    while pos < end_of_text:
        end = text.find("\n", min(pos + size, end_of_text - 1))
        if end < 0:
            end = end_of_text
        lines = text[pos:end].split("\n")
        yield line0, lines
        line0 += len(lines)
        pos = end + 1


def _strip_lines(lines: list[str]) -> list[str]:
    return [_uncomment(line) if "#" in line else line.strip() for line in lines]


def _uncomment(line: str) -> str:
    """A line without its comment: ``#`` opens one at the line's start (unless the line starts
    with a value such as ``#N/A``) or after a blank when a blank or the line's end follows."""
    s = line.strip()
    if s.startswith("#"):
        first = re.split(r"[\s,;]", s, maxsplit=1)[0].strip('"')
        # a cell such as #N/A (missing) or #DIV/0! (a failed formula) is data, not a comment
        return s if first.upper() in MISSING or _SPREADSHEET_ERROR.fullmatch(first) else ""
    m = _TRAILING_COMMENT.search(s)
    return s[: m.start()].rstrip() if m else s


_TRAILING_COMMENT = re.compile(r"\s#(\s|$)")
#: A spreadsheet's error value (#DIV/0!, #VALUE!, #REF!, #NAME?, #NUM!, #NULL!, ...).
_SPREADSHEET_ERROR = re.compile(r"#[A-Z0-9/]+[!?]", re.IGNORECASE)


def _describe_lines(lines: list[int]) -> str:
    shown = ", ".join(map(str, lines[:10]))
    more = f" and {len(lines) - 10:,} more" if len(lines) > 10 else ""
    word = "line" if len(lines) == 1 else "lines"
    return f"{word} {shown}{more}"


def parse_table(text: str, name: str) -> Table:
    """Parse the text of a data file; ``name`` is used in messages and as ``Table.path``."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\x1a") or text.endswith("\x1a\n"):
        text = text.rstrip("\n").rstrip("\x1a")  # DOS end-of-file mark
    if "\u2212" in text:
        text = text.replace("\u2212", "-")  # the minus sign a PDF or word processor gives
    if not text.strip():
        raise DataFileError(f"{name} is empty", name)
    blocks = _blocks(text)
    del text  # the blocks hold it; each block's lines are freed once converted
    forced_sep: str | None = None
    stripped: list[str] = []
    pending: tuple[int, list[str]] | None = None
    for line0, lines in blocks:
        if line0 == 0 and re.fullmatch(r'"?sep=(.)"?', lines[0].strip(), re.IGNORECASE):
            forced_sep = lines[0].strip().strip('"')[4]  # Excel's "sep=;" first line
            lines[0] = ""
        stripped.extend(_strip_lines(lines))
        if any(stripped):
            break
    pending = next(blocks, None)
    # 0-based indices of the content lines; a range when no line is blank (the common case).
    content: Sequence[int] = (
        [i for i, s in enumerate(stripped) if s] if "" in stripped else range(len(stripped))
    )
    skipped = len(stripped) - len(content)
    if not content:
        raise DataFileError(f"{name} holds no data, only blank lines and comments", name)

    first = stripped[content[0]]
    sep = forced_sep if forced_sep is not None else _separator(first)
    n_fields = first.count(sep) + 1 if sep else len(first) // 2 + 1
    if n_fields > MAX_FIELDS and (sep or len(first.split(None, MAX_FIELDS)) > MAX_FIELDS):
        raise DataFileError(
            f"{name}, line {content[0] + 1} has more than {MAX_FIELDS:,} fields, which is not "
            "a table of observations (put one value on each line)",
            name,
            content[0] + 1,
        )
    probe_text = [stripped[i] for i in content[: 1 + PROBE_ROWS]]
    decimal_comma = sep == ";" or (
        sep != "," and any(re.search(r"\d,\d", t) for t in probe_text)
        and not any(re.search(r"\d\.\d", t) for t in probe_text)
    )
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
        has_header = any(
            not head_numbers[j] and head[j] not in MISSING and col_has_number[j]
            for j in range(width)
        )
    else:  # a single content line, or the next lines are ragged (reported below)
        has_header = not all(head_numbers)
        col_has_number = [has_header or head_numbers[j] for j in range(width)]
    notes: list[str] = []
    if decimal_comma and sep != ";":
        notes.append("commas were read as decimal commas (1,5 is 1.5), as no value has a point")
    if has_header:
        data_lines = content[1:]
        if not data_lines and pending is None:
            raise DataFileError(
                f"{name} has a header line ({_show(first)}) but no data below it", name
            )
        numeric = [j for j in range(width) if col_has_number[j]]
        names = [head[j] or f"column {j + 1}" for j in numeric]
    else:
        data_lines = content
        numeric = [j for j in range(width) if head_numbers[j] or col_has_number[j]]
        names = [f"column {j + 1}" for j in numeric]
        if sep == "," and width == 2 and all(
            re.fullmatch(r"[-+]?\d{1,3}", row[0]) and re.fullmatch(r"\d{3}", row[1])
            for row in [head, *probe]
        ):
            raise DataFileError(
                f"{name}, line {content[0] + 1}: {_show(first)} could be one number with a "
                "thousands separator or two numbers; save the file without thousands "
                "separators, or add a header line naming the columns",
                name,
                content[0] + 1,
            )
        if len(content) == 1 and pending is None and width > 1 and all(head_numbers):
            line = content[0] + 1
            notes.append(
                f"line {line} holds {width:,} numbers side by side; they were read as one "
                "column of values"
            )
            values = _careful_columns(
                head, repeat(content[0], width), lambda f: [f], 1, [0], decimal_comma, name,
                ["column 1"],
            )
            values[0].setflags(write=False)
            return Table(name, (f"line {line}",), (values[0],), skipped, (1,), notes=tuple(notes))
    if not numeric:
        for i in content[1 : 1 + PROBE_ROWS]:
            row = split(stripped[i])
            hints = [(f, _hint(f)) for f in row if _hint(f)]
            if hints:
                text, hint = hints[0]
                raise DataFileError(
                    f"{name}, line {i + 1}: {_show(text)} is not a number{hint}", name, i + 1
                )
        raise DataFileError(
            f"{name} has no column of numbers (its first lines hold only text, "
            f"like {_show(first)})",
            name,
        )
    missing: list[int] = []
    pieces: list[list[np.ndarray]] = []
    n_rows = 0

    over = False  # past the limit: the rest is only counted, for the message

    def convert(rows: list[str], line_index: Sequence[int]) -> None:
        nonlocal n_rows, over
        if over or (n_rows + len(rows)) * len(numeric) > MAX_VALUES:
            over = True
            n_rows += len(rows)
            return
        got = _fast_columns(rows, sep, width, numeric, decimal_comma)
        if got is None:
            got = _careful_columns(
                rows, line_index, split, width, numeric, decimal_comma, name, names, missing
            )
        pieces.append(got)
        n_rows += len(got[0])

    if isinstance(data_lines, range):
        convert(stripped[data_lines.start :], data_lines)
    else:
        convert([stripped[i] for i in data_lines], data_lines)
    del stripped
    rest = blocks if pending is None else itertools.chain([pending], blocks)
    for line0, lines in rest:
        block = _strip_lines(lines)
        del lines
        index = [line0 + i for i, t in enumerate(block) if t]
        skipped += len(block) - len(index)
        if len(index) < len(block):
            block = [t for t in block if t]
        if block:
            convert(block, index)
    if over:
        raise DataFileError(
            f"{name} holds {n_rows * len(numeric):,} values, more than {MAX_VALUES:,}, "
            "which is too large to be useful here",
            name,
        )
    columns = zip(*pieces, strict=True)
    values = [np.concatenate(cols) if len(pieces) > 1 else cols[0] for cols in columns]
    pieces.clear()
    if missing:
        cells = "value" if len(missing) == 1 else "values"
        notes.append(
            f"{len(missing):,} missing {cells} (#N/A, NA or an empty cell) skipped, "
            f"with their rows: {_describe_lines(missing)}"
        )
        if not len(values[0]):
            raise DataFileError(f"{name} holds no values, only missing ones", name)
    elif not len(values[0]):
        raise DataFileError(f"{name} has a header line ({_show(first)}) but no data below it", name)
    for v in values:
        v.setflags(write=False)
    return Table(
        path=name,
        columns=tuple(names),
        values=tuple(values),
        skipped=skipped,
        positions=tuple(j + 1 for j in numeric),
        notes=tuple(notes),
    )


def _to_floats(fields: Sequence[str]) -> np.ndarray:
    return np.fromiter(map(float, fields), dtype=np.float64, count=len(fields))


def _fast_columns(
    rows: list[str], sep: str | None, width: int, numeric: list[int], decimal_comma: bool = False
) -> list[np.ndarray] | None:
    """Convert with whole-text string operations; None when anything needs a closer look.

    Whenever this returns arrays they equal what :func:`_careful_columns` would return; any
    doubt (a quote, a wrong field count, a non-number, NaN) hands over to the careful path.
    """
    n = len(rows)
    joined = "\n".join(rows)
    if '"' in joined or "_" in joined:
        return None
    if decimal_comma and sep != ",":
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
        if sep == ";" or (decimal_comma and sep != ","):
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
    rows: Sequence[str],
    line_index: Iterable[int],
    split: Callable[[str], list[str]],
    width: int,
    numeric: list[int],
    decimal_comma: bool,
    name: str,
    names: list[str],
    missing: list[int] | None = None,
) -> list[np.ndarray]:
    """Line by line: the values, or a DataFileError for the first line with a problem.

    A row with a missing-value marker in a numeric column is skipped and its line appended to
    ``missing`` (when None, such a marker is an error like any other text).
    """
    out = [np.empty(len(rows)) for _ in numeric]
    k = 0
    for row, i in zip(rows, line_index, strict=False):
        fields = split(row)
        line = i + 1
        if len(fields) != width:
            raise DataFileError(
                f"{name}, line {line} has {_plural(len(fields), 'field')} ({_show(row)}), "
                f"expected {width} like the first line",
                name,
                line,
            )
        if missing is not None and any(fields[j] in MISSING for j in numeric):
            missing.append(line)
            continue
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
                           else f"{_show(text)}{where} is not a number{_hint(text)}")
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
        k += 1
    return [v[:k].copy() if k < len(rows) else v for v in out]


def _hint(text: str) -> str:
    """Why a number-like text is refused rather than guessed at."""
    t = text.strip()
    if "_" in t and _number(t.replace("_", ""), False) is not None:
        return " (an underscore inside a number is not read as a digit separator)"
    if t.startswith("'"):
        return " (the ' in front is a spreadsheet's mark for text; save the cells as numbers)"
    if t.endswith("%"):
        return " (a percentage; save the cells as plain numbers, for example 0.5 for 50%)"
    if re.fullmatch(r"\(\s*[-+]?[\d.,]+\s*\)", t):
        return " (an accounting negative; write it as -" + t.strip("() ") + ")"
    if _THOUSANDS.match(t):
        return " (it looks like a number with thousands separators; save it without them)"
    return ""


def read_values(path: str | os.PathLike[str], column: str | int | None = None) -> np.ndarray:
    """One numeric column of a data file as a 1-D, finite float64 array.

    With several numeric columns ``column`` must say which (header name or 1-based position).
    """
    return choose_values(read_table(path), column)


def is_running_number(values: np.ndarray) -> bool:
    """True for a column that only numbers the rows (1, 2, 3, ... or 0, 1, 2, ...): a
    spreadsheet's ID column, never the measurement a student means to fit."""
    v = np.asarray(values, dtype=np.float64).reshape(-1)
    if v.size < 3:
        return False
    return bool(v[0] in (0.0, 1.0) and np.all(np.diff(v) == 1.0))


def suggested_column(table: Table) -> int:
    """The column to offer first: the first one that is not just a running number."""
    for index, values in enumerate(table.values):
        if not is_running_number(values):
            return index
    return 0


def choose_values(table: Table, column: str | int | None = None) -> np.ndarray:
    """One numeric column of a table read already, chosen as :func:`read_values` does."""
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
