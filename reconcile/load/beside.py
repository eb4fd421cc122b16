"""Tables standing side by side on one sheet: "Recommendations" in A:H and "Areas for
improvement" in K:Q, each with its own title and its own header on the same row, a blank
column or two between them. A row then holds an item of each table.

Each table is read on its own, with its own columns, from a copy of the sheet holding only its
columns (the others emptied, so that column letters and cell styles stay where they are). The
rows of a table standing right of the first are named by the cell of its first column
('Tracker!K13'): the row number alone would name two items.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from openpyxl.utils import get_column_letter

from ..config import SideSettings
from .grid import Grid, blank
from .stacked import header_mapping, header_words

#: A header is looked for in the sheet's first rows.
_SCAN_ROWS = 30
#: The columns between two tables are empty on all but this share of the rows below the header
#: (a note written across them): a column with values under a blank heading is the table's own.
_GAP_FILLED = 0.05


def tables_beside(grid: Grid, side: str, settings: SideSettings) -> list[Grid]:
    """The sheet as its tables standing side by side (each a Grid holding only its columns),
    or [] when it holds one table across (or none)."""
    words = header_words(side)
    for r, row in enumerate(grid.rows[:_SCAN_ROWS], start=1):
        runs = _runs(row)
        if len(runs) < 2:
            continue
        starts = [lo for lo, hi in runs
                  if header_mapping(_only(row, lo, hi), side, settings, words) is not None]
        if len(starts) < 2 or not all(_gap_empty(grid, r, lo) for lo in starts[1:]):
            continue
        bounds = [0, *starts[1:]]
        ends = [b - 1 for b in bounds[1:]] + [None]
        return [_part(grid, lo, hi, k > 0) for k, (lo, hi) in enumerate(zip(bounds, ends,
                                                                             strict=True))]
    return []


def _runs(row: list[Any]) -> list[tuple[int, int]]:
    """(first, last) column of each run of filled cells in a row, runs parted by blank ones."""
    runs: list[tuple[int, int]] = []
    start = None
    for c, v in enumerate([*row, None]):
        if not blank(v) and start is None:
            start = c
        elif blank(v) and start is not None:
            runs.append((start, c - 1))
            start = None
    return runs


def _only(row: list[Any], lo: int, hi: int | None) -> list[Any]:
    return [v if lo <= c and (hi is None or c <= hi) else None for c, v in enumerate(row)]


def _gap_empty(grid: Grid, header: int, start: int) -> bool:
    """The blank column right before a table's header is empty under the header too."""
    below = [row for row in grid.rows[header:] if any(not blank(v) for v in row)]
    gap = start - 1
    filled = sum(1 for row in below if gap < len(row) and not blank(row[gap]))
    return bool(below) and filled <= _GAP_FILLED * len(below)


def _part(grid: Grid, lo: int, hi: int | None, named_by_cell: bool) -> Grid:
    """The sheet with only columns lo..hi (0-based; None: to the end) left."""
    def inside(c: int) -> bool:       # 1-based, as Excel and the grid's sets count
        return lo < c and (hi is None or c <= hi + 1)

    rows = [_only(row, lo, hi) for row in grid.rows]
    for row in rows:
        while row and row[-1] is None:
            row.pop()
    return dataclasses.replace(
        grid, rows=rows, wide_merges={rc for rc in grid.wide_merges if inside(rc[1])},
        uncalculated=frozenset(rc for rc in grid.uncalculated if inside(rc[1])),
        id_col=get_column_letter(lo + 1) if named_by_cell else "")


#: A table's title is in the rows right above its header, no further up than this.
_TITLE_ROWS = 3


def table_title(grid: Grid, header_row: int | None) -> str:
    """The words right above a table's header ("Areas for improvement"): what its rows are,
    as a sheet's name says it for a sheet of one table."""
    if not header_row:
        return ""
    for r in range(header_row - 1, max(0, header_row - 1 - _TITLE_ROWS), -1):
        cells = [v for v in grid.rows[r - 1] if not blank(v)] if r - 1 < len(grid.rows) else []
        if cells:
            return str(cells[0]).strip()
    return ""
