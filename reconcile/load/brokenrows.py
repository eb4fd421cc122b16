"""A query's results pasted from SQL Server Management Studio ("Copy with Headers"): every
line break inside a field starts a new Excel row, the rest of the field in column A and the
fields after it on that row. A record is then a row that stops short of the header's last
column and the rows under it until its fields are all there (an empty line in a field a
blank row). Read back as one row each: its fields in their columns, the broken field's lines
joined again, the rows its pieces took left empty (and said so).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .grid import Grid, blank
from .sheetfacts import filled_columns

#: A record's first field as the query gives it: its own number.
_ID = re.compile(r"\s*\d{1,7}\s*")
#: Records broken so, at least, before the sheet is read this way.
_LEAST = 2


def _width(row: list[Any]) -> int:
    """Cells up to the last filled one."""
    filled = filled_columns(row)
    return filled[-1] + 1 if filled else 0


def _starts(row: list[Any]) -> bool:
    """A row that opens a record: its own number first, and two fields more at least."""
    v = row[0] if row else None
    return (isinstance(v, int) or (isinstance(v, str) and bool(_ID.fullmatch(v)))) and (
        sum(not blank(x) for x in row) >= _OPENING)


#: Filled cells a record's first row has at least.
_OPENING = 3


def _carries_on(row: list[Any]) -> bool:
    """A row that may be a record's next piece: the rest of a field first (words in column A),
    or blank (an empty line in the field); not a record's own first row, nor a row whose
    first cell is empty beside others (a row pasted a column to the right)."""
    if not any(not blank(v) for v in row):
        return True
    return isinstance(row[0], str) and not blank(row[0]) and not _starts(row)


def joined_records(grid: Grid, header_row: int, nonblank: list[int]
                   ) -> tuple[Grid, list[int]]:
    """The grid with each broken record on its first row, and the rows its pieces took
    (emptied); (grid, []) when no record is broken so."""
    width = _width(grid.rows[header_row - 1])
    rows = grid.rows            # copied on the first record joined: most sheets have none
    copied = False
    pieces: list[int] = []
    broken = 0
    r = header_row + 1
    last = max(nonblank, default=0)
    while r <= last:
        row = rows[r - 1]
        if not _starts(row) or _width(row) >= width:
            r += 1
            continue
        fields = list(row[:_width(row)])
        k = r + 1
        taken = []
        while len(fields) < width and k <= last and _carries_on(rows[k - 1]):
            more = rows[k - 1]
            first = more[0] if more else None
            fields[-1] = "\n".join(str(v) for v in (fields[-1], first) if not blank(v)) or None
            fields += list(more[1:_width(more)])
            taken.append(k)
            k += 1
        if taken and len(fields) == width:
            if not copied:
                rows, copied = [list(x) for x in rows], True
            rows[r - 1] = fields
            for t in taken:
                rows[t - 1] = []
            pieces += taken
            broken += 1
        r = k
    if broken < _LEAST:
        return grid, []
    return replace(grid, rows=rows), pieces
