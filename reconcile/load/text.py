"""Read delimited text: CSV from Excel in UTF-8 (with or without BOM), Windows-1252 or UTF-16.

Excel's "CSV UTF-8" writes a BOM, plain "CSV" writes Windows-1252, and "Unicode Text" writes
tab-separated UTF-16. Anything else is refused with the line of the first unreadable byte,
because guessing an encoding silently changes the text that is compared and signed off.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from pathlib import Path

from ..errors import InputError
from ..vocab import FORMULA_START
from .grid import Grid
from .repetitions import read_repetitions
from .sheetfacts import rows_named
from .spilled import rejoined

#: Longest cell read from text (Excel's own limit is 32,767 characters).
MAX_CELL = 16 * 1024 * 1024
_FIX = "In Excel use 'Save As' > 'CSV UTF-8 (Comma delimited)' and run again with that file."


def unescape_formula(value: object) -> object:
    """A cell of our own flat CSV as it was before the ' went in front of a formula start."""
    if isinstance(value, str) and value[:1] == "'" and value[1:2] and value[1] in FORMULA_START:
        return value[1:]
    return value


def decode(path: Path, raw: bytes) -> tuple[str, str]:
    """(text, encoding name as shown to people)."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: starts as UTF-16 text but is damaged at byte {exc.start:,}. "
                             f"{_FIX}") from exc
    try:
        return raw.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    if _mac_roman(raw):
        return raw.decode("mac_roman"), "Mac Roman (Excel for Mac's plain CSV)"
    try:
        return raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise InputError(f"{path}, line {line}: byte 0x{raw[exc.start]:02X} is not text in UTF-8 "
                         f"or Windows-1252, so the file's encoding is unknown. {_FIX}") from exc


#: Excel for Mac's plain "Comma Separated Values" writes Mac Roman: its ’ ‘ “ ” – — • are
#: bytes that Windows-1252 reads as Õ Ô Ò Ó Ð Ñ ¥ ("OPCCÕs"); Windows-1252's own are others.
_MAC_PUNCTUATION = frozenset(b"\xd0\xd1\xd2\xd3\xd4\xd5\xa5")
_WINDOWS_PUNCTUATION = frozenset(range(0x91, 0x98))
_MAC_LEAST = 3


def _mac_roman(raw: bytes) -> bool:
    """Whether text that is not UTF-8 reads as Mac Roman: its typographic marks at Mac
    Roman's places, none at Windows-1252's, a few at least. Counted by the bytes' own
    methods: a large export is megabytes."""
    if any(bytes((b,)) in raw for b in _WINDOWS_PUNCTUATION):
        return False
    mac = sum(raw.count(bytes((b,))) for b in _MAC_PUNCTUATION)
    high = len(raw) - len(raw.translate(None, _HIGH))
    return mac >= _MAC_LEAST and mac * 2 >= high


_HIGH = bytes(range(0x80, 0x100))


def read_csv(path: Path) -> tuple[list[Grid], str]:
    """The one 'sheet' of a CSV, named after the file; rows numbered as Excel shows records."""
    text, encoding = decode(path, path.read_bytes())
    if "\x00" in text:
        raise InputError(f"{path}: holds binary data, not comma-separated text. Give the "
                         "spreadsheet as .xlsx or a CSV saved from Excel.")
    # "sep=," on the first line tells Excel the separator; Excel uses it and does not show
    # the line, so the rows are numbered from the line after it, as Excel shows them.
    hint = _SEP_HINT.match(text)
    if hint:
        text = text[hint.end():]
    # Only the delimiter is sniffed: the sniffer's guesses about quoting are unreliable, and
    # Excel always quotes the same way (doubled quotes inside quoted cells).
    try:
        delimiter = hint.group(1) if hint else csv.Sniffer().sniff(
            text[:20000], delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    rows, fixed = rejoined(_records(path, text, delimiter), delimiter)
    notes = [f"the first line ('sep={delimiter}') is Excel's hint of the separator, which Excel "
             "does not show: rows are numbered from the line after it"] if hint else []
    if fixed:
        notes.append(f"{rows_named(fixed)} had more fields than the header (written by a tool "
                     "that does not quote: commas inside titles and texts split them): read "
                     "with each field put back under its column by the columns' shapes")
    rows, repeated = read_repetitions(rows)
    notes += [repeated] if repeated else []
    return [Grid(name=path.name, rows=rows, note="; ".join(notes))], encoding


#: Excel's separator hint, the file's first line: "sep=,", "sep=;" (quoted by some writers).
_SEP_HINT = re.compile(r'"?sep=([,;\t|])"?[ \t]*(?:\r\n|\n|\r)')


def _records(path: Path, text: str, delimiter: str) -> list[list]:
    """Strict parsing: a quote that is never closed or closes early is refused with its line,
    never read as shifted cells.

    The csv module's cell limit (128 KB) is raised for the duration: a long cell is data.
    """
    previous = csv.field_size_limit(MAX_CELL)
    try:
        return _parse(path, text, delimiter)
    finally:
        csv.field_size_limit(previous)


def _parse(path: Path, text: str, delimiter: str) -> list[list]:
    reader = csv.reader(io.StringIO(text, newline=""), csv.excel, delimiter=delimiter, strict=True)
    rows: list[list] = []
    line = 0
    try:
        for record in reader:
            rows.append(record)
            line = reader.line_num
    except csv.Error as exc:
        start = line + 1
        if "field larger than field limit" in str(exc):
            raise InputError(f"{path}, line {start}: a cell is over {MAX_CELL // 2**20} MB long, "
                             "which no spreadsheet writes. Check this is the right file.") from exc
        if "unexpected end of data" in str(exc):
            raise InputError(
                f"{path}, line {start} (record {len(rows) + 1}): a quote (\") opens a cell "
                "that is never closed, so the rest of the file would read as one cell. Fix the "
                "quotes on that line in a text editor, or save the file again from Excel.") from exc
        # Text straight after a closing quote: a quote opened on this line closes too early
        # or too late. Read leniently, the cells would shift silently; say where instead.
        raise InputError(
            f"{path}, line {start} (record {len(rows) + 1}): the quotes do not pair up (found "
            f"on line {reader.line_num}: {exc}), so cells would be split in the wrong places. "
            "Fix the quotes in a text editor (a quote inside a cell is written twice: \"\"), "
            "or save the file again from Excel.") from exc
    return rows
