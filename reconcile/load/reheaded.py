"""Rows under a second header whose columns do not line up with the first: a block of rows
copied from another copy of the tracker (a OneDrive conflict copy, a colleague's version with
a column inserted) and pasted under the table with its own header row. Read each such row by
its own header, in place, before rows are read.

A row below the header is a header again when at least three of its cells are headings of
the first header (as keys: "RAG", "Last updated"), the first header's text column among them.
Where it holds every heading of the first and some stand in other columns, the rows under it,
down to the next header again (a screen or a page pasted below), are rewritten to the first
header's columns, heading by heading; a column only the second header has is left out (named
in the note). Their cells' fills and fonts move with them, so a RAG kept as colour still
reads. A header lacking some of the first's headings (a converted PDF page's, its rows slid a
cell: `slid`) is left to the repairs made for it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from .grid import Grid, Styles, blank
from .header import header_key
from .sheetfacts import rows_named

#: Headings a row must repeat from the first header to be a header of its own.
_LEAST_SHARED = 3


@dataclass(frozen=True)
class _Moved:
    """The sheet's cell styles, read through the rows that were moved: (row, col) in the
    rewritten grid -> the cell the value came from (1-based, as `Styles` takes them)."""

    styles: Styles
    source: dict[int, dict[int, int]]        # Excel row -> new 1-based col -> old 1-based col

    def _at(self, row: int, col: int) -> tuple[int, int]:
        cols = self.source.get(row)
        return (row, cols.get(col, 0)) if cols is not None else (row, col)

    def bold(self, row: int, col: int) -> bool:
        return self.styles.bold(*self._at(row, col))

    def fill(self, row: int, col: int) -> str | None:
        return self.styles.fill(*self._at(row, col))

    def fill_rgb(self, row: int, col: int) -> str | None:
        return self.styles.fill_rgb(*self._at(row, col))

    def strike(self, row: int, col: int) -> bool:
        return self.styles.strike(*self._at(row, col))

    def font_colour(self, row: int, col: int) -> str | None:
        return self.styles.font_colour(*self._at(row, col))

    def font_name(self, row: int, col: int) -> str | None:
        return self.styles.font_name(*self._at(row, col))


def _own_header(row: list[Any], first: dict[str, int], text_key: str, longest: int,
                keyed: dict[str, str]) -> dict[int, int] | None:
    """The first header's column -> this row's column for each heading they share, when the
    row is a header again (lined up with the first or not); else None. `longest`: no cell
    longer is a heading (an item's wording); `keyed`: headings' keys met so far."""
    keys = {}
    for c, v in enumerate(row):
        if isinstance(v, str) and 0 < len(v) <= longest and v.strip():
            if v not in keyed:
                keyed[v] = header_key(v)
            keys[c] = keyed[v]
    shared = {first[k]: c for c, k in keys.items() if k in first}
    if len(shared) < _LEAST_SHARED or first[text_key] not in shared:
        return None
    return shared


def _second_headers(grid: Grid, header_row: int, text_col: int, nonblank: list[int]
                    ) -> tuple[dict[str, int], list[tuple[int, dict[int, int]]]]:
    """The first header's headings by key, and each second header (Excel row, its columns)."""
    heads = grid.rows[header_row - 1]
    first: dict[str, int] = {}
    for c, v in enumerate(heads):
        if (k := header_key(v)) and k not in first:
            first[k] = c
    text_key = header_key(heads[text_col]) if text_col < len(heads) else ""
    if not text_key or first.get(text_key) != text_col:
        return first, []
    longest = 2 * max(len(str(h)) for h in heads if not blank(h)) + 10
    keyed: dict[str, str] = {}
    found = []
    for r in nonblank:
        if r > header_row and (cols := _own_header(grid.rows[r - 1], first, text_key, longest,
                                                   keyed)):
            found.append((r, cols))
    return first, found


def reheaded(grid: Grid, header_row: int, text_col: int, nonblank: list[int]
             ) -> tuple[Grid, str]:
    """The grid with the rows under each second header read by its columns, and a note."""
    first, found = _second_headers(grid, header_row, text_col, nonblank)
    whole = set(first.values())
    shifted = [r for r, cols in found
               if any(a != b for a, b in cols.items()) and set(cols) == whole]
    if not shifted:
        return grid, ""
    width = len(grid.rows[header_row - 1])
    rows = [list(row) for row in grid.rows]
    source: dict[int, dict[int, int]] = {}
    left_out: set[str] = set()
    bounds = [r for r, _ in found] + [len(rows) + 1]
    for (start, cols), end in zip(found, bounds[1:], strict=True):
        if start not in shifted:
            continue      # the header repeated in line, or in part: its rows read as they are
        own = grid.rows[start - 1]
        left_out |= {str(v).strip() for c, v in enumerate(own)
                     if not blank(v) and c not in cols.values()}
        for r in range(start, end):
            old = grid.rows[r - 1]
            rows[r - 1] = [old[cols[c]] if c in cols and cols[c] < len(old) else None
                           for c in range(width)]
            source[r] = {c + 1: cols[c] + 1 for c in cols}
    moved = replace(grid, rows=rows, styles=_Moved(grid.styles, source))
    named = rows_named(shifted)
    note = (f"{named} {'is a header' if len(shifted) == 1 else 'are headers'} again, its "
            "columns not lined up with the first header's (rows pasted from another copy of the "
            "sheet, or a screen pasted a column over): the rows under it read by its own "
            "headings")
    if left_out:
        note += " (" + ", ".join(f"'{h}'" for h in sorted(left_out)) + " only it has, left out)"
    return moved, note
