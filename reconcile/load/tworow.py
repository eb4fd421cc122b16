"""A printed report exported to Excel: each item a record over two or three rows.

The monitoring portal's print report ("Recommendations by report"), exported from its report
viewer, keeps the printed page's shape: a header over two lines ("Ref | Type | Status |
Status date", then the wording's heading alone under them), each item a fields line, its
wording on the line under it (merged across), sometimes a third line ("HMICFRS note: …"), and
each report a band row giving its title and "Published: 9 July 2013" over its records.

Read as one row per item: the fields line, with the wording, the note, the report and the
publication date added as columns of their own. The lines taken (the wording's and the
note's, the header's second line, the report bands) are explained, each with its reason.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from ..config import SideSettings
from .blocks import is_page_furniture
from .columns import header_claims
from .grid import Grid, blank, cell
from .header import HEADER_SEARCH_ROWS, label_key, map_headers, without_note
from .sheetfacts import filled_columns

#: A record's third line: a comment of HMICFRS's, labelled.
_NOTE = re.compile(r"\s*(?:hmicfrs|hmic|inspectorate)?\s*(?:note|comment|update)s?\s*:\s*",
                   re.IGNORECASE)
#: A report band's date: "Published: 9 July 2013", "Publication date 24/10/2017".
_PUBLISHED = re.compile(r"(?:^|\s)(?:published|publication\s+date|date\s+published)\s*:?\s*"
                        r"(\d.*|[A-Z][a-z]+\s+\d{4}.*)$", re.IGNORECASE)
#: A band repeated over a page break: "Stolen freedom … (continued)".
_CONTINUED = re.compile(r"\s*\((?:continued|cont\.?)\)\s*$", re.IGNORECASE)
#: A record's id: "1412", "10,022", "HMI-2017-001".
_ID = re.compile(r"\s*(?:[A-Z]{1,8}[-/ ]?)*\d[\d,./-]*[A-Za-z]?\s*$")
#: A header's second line: the wording's heading, and at most a few second words of others.
_SECOND_LINE_CELLS, _SECOND_WORDS = 6, 3
#: Records with a wording line under them, at the least, for a sheet to be read so.
_RECORDS = 3
_NOTE_HEADER = "HMICFRS comment (the record's note line)"
_ADDED = ("Report (the band over the records)", "Published (the band over the records)")

_WORDING = "the wording of the record above (a printed report's second line): read with it"
_NOTE_LINE = "the note of the record above (a printed report's third line): read with it"
_SECOND = ("the second line of a header printed over two lines (the wording's heading under "
           "the fields'): read with the first")
_BAND = "report band: names the report and its publication date for the records under it"


@dataclasses.dataclass
class _Record:
    row: int
    wording: list[str] = dataclasses.field(default_factory=list)
    note: list[str] = dataclasses.field(default_factory=list)
    report: str | None = None
    published: str | None = None


def records_over_rows(grid: Grid, side: str) -> tuple[Grid, list[tuple[int, str]], str] | None:
    """(the sheet read one row per record, the rows explained, a note), or None for a sheet
    that is not such a report."""
    found = _two_line_header(grid, side)
    if found is None:
        return None
    head, text_col = found
    second = grid.rows[head]
    keys = sorted({*filled_columns(grid.rows[head - 1]),
                   *(c for c in filled_columns(second) if c != text_col)})
    records, explained = _records(grid, head, text_col, keys, second)
    if sum(bool(rec.wording) for rec in records) < _RECORDS:
        return None
    return _rewritten(grid, head, text_col, records, explained)


def printed_report(grid: Grid, side: str) -> bool:
    """Whether the sheet is such a report (`records_over_rows`)."""
    return records_over_rows(grid, side) is not None


def _two_line_header(grid: Grid, side: str) -> tuple[int, int] | None:
    """(Excel row of the fields' header, the wording's column) where the row under a header
    of two named fields or more holds the wording's heading (and perhaps the second words of
    other headings: "Status" over "date")."""
    for r in range(1, min(len(grid.rows) - 1, HEADER_SEARCH_ROWS) + 1):
        under = grid.rows[r]
        cols = filled_columns(under)
        if not cols or len(cols) > _SECOND_LINE_CELLS:
            continue
        text_col = next((c for c in cols if isinstance(under[c], str) and any(
            f == "text" for f, _, _ in header_claims(label_key(under[c]),
                                                     side))), None)
        if text_col is None or any(len(str(under[c]).split()) > _SECOND_WORDS
                                   for c in cols if c != text_col):
            continue
        fields = map_headers(grid.rows[r - 1], side, SideSettings())
        if len(fields) >= 2 and "text" not in fields.values():
            return r, text_col
    return None


def _records(grid: Grid, head: int, text_col: int, keys: list[int], second: list[Any]
             ) -> tuple[list[_Record], list[tuple[int, str]]]:
    """The records under the header, and the rows their lines, bands and the header's
    repeated second line took. A page's furniture (its footer, the title and header it
    repeats) and a report's band repeated over a page break leave a record open: its wording
    may follow them."""
    first_key = keys[0]
    # The title and header a page repeats.
    furniture = {_signature(row) for row in grid.rows[:head] if row}
    records: list[_Record] = []
    explained = [(head + 1, _SECOND)]
    current: _Record | None = None
    report: tuple[str | None, str | None] = (None, None)
    for r in range(head + 2, len(grid.rows) + 1):
        row = grid.rows[r - 1]
        cols = [c for c in filled_columns(row) if (r, c) not in grid.merged_down]
        if not cols:
            current = None
            continue
        if _signature(row) == _signature(second):
            explained.append((r, _SECOND))
            continue
        if (band := _band(row)) is not None:
            report = band
            explained.append((r, _BAND))
            continue
        if _signature(row) in furniture or is_page_furniture(row, cols):
            continue          # left to the walk, which explains them
        if _ID.match(str(cell(row, first_key) or "")) and len(set(cols) & set(keys)) >= 2:
            current = _Record(r, report=report[0], published=report[1])
            records.append(current)
            continue
        if current is not None and cols == [text_col] and isinstance(row[text_col], str):
            line = row[text_col].strip()
            if current.note or (current.wording and _NOTE.match(line)):
                current.note.append(_NOTE.sub("", line, count=1) if not current.note else line)
                explained.append((r, _NOTE_LINE))
            else:
                current.wording.append(line)
                explained.append((r, _WORDING))
            continue
        current = None
    return records, explained


def _signature(row: list[Any]) -> tuple[str, ...]:
    return tuple(" ".join(str(v).split()) for v in row if not blank(v))


def _band(row: list[Any]) -> tuple[str, str] | None:
    """(report, published) of a band row: a title, and its publication date labelled, in a
    cell of its own or after the title ("Stolen freedom … – Published: 24/10/2017")."""
    for v in row:
        if isinstance(v, str) and (m := _PUBLISHED.search(v)):
            before = v[:m.start()].strip(" \t-\u2013\u2014|,;")
            titles = [w.strip() for w in row if isinstance(w, str) and w is not v
                      and len(w.split()) >= 2]
            title = max(titles, key=len) if titles else before
            if len(title.split()) >= 2:
                return _CONTINUED.sub("", title), m.group(1).strip()
    return None


def _signature(row: list[Any]) -> tuple[str, ...]:
    return tuple(" ".join(str(v).split()) for v in row if not blank(v))


def _rewritten(grid: Grid, head: int, text_col: int, records: list[_Record],
               explained: list[tuple[int, str]]) -> tuple[Grid, list[tuple[int, str]], str]:
    width = max(len(row) for row in grid.rows)
    banded = any(rec.report for rec in records)
    noted = any(rec.note for rec in records)
    added = [without_note(str(grid.rows[head][text_col])).strip(),
             *([_NOTE_HEADER] if noted else []),
             *(_ADDED if banded else ())]
    rows = [list(row) + [None] * (width - len(row)) for row in grid.rows]
    top = rows[head - 1]
    for c in filled_columns(grid.rows[head]):
        if c != text_col:        # "Status" over "date": one heading, "Status date"
            top[c] = " ".join(str(v).strip() for v in (top[c], grid.rows[head][c]) if not blank(v))
    top += added
    for rec in records:
        cells = ["\n".join(rec.wording) or None, *(["\n".join(rec.note) or None] if noted else []),
                 *([rec.report, rec.published] if banded else [])]
        rows[rec.row - 1] += cells
    for r, _ in explained:
        rows[r - 1] = [None] * len(rows[r - 1])
    note = (f"a printed report exported to Excel: {len(records)} records over two or three rows "
            f"each, read one row per record (the wording under the fields line"
            + (", the note under it" if noted else "") + (", the report from the band over them"
                                                          if banded else "") + ")")
    return dataclasses.replace(grid, rows=rows), explained, note

