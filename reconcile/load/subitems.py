"""A board's subitems exported under their item: monday.com writes each item's subitems as a
small table of their own right under it, with a header of their own shifted a column right
("Subitems | Name | Owner | Status | Date | Item ID"), the subitem's name under the item's
"Subitems" column.

Each subitem row is put under the board's own headings (its owner under "Owner", its status
under "Status"), so it reads as one more action of the item above, with its own status (a
recommendation split into parts); the subitems' header rows are explained.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .grid import Grid
from .header import header_key
from .sheetfacts import filled_columns

#: Headings a subitems' header shares with the board's at the least, besides the first.
_SHARED = 2


def placed_subitems(grid: Grid, header_row: int, nonblank: list[int]
                    ) -> tuple[Grid, list[tuple[int, str]]]:
    """The sheet with each subitem under the board's headings, and the subitems' header
    rows, explained; unchanged where the sheet has none."""
    keys = [header_key(h) for h in grid.rows[header_row - 1]]
    where = {k: c for c, k in enumerate(keys) if k}
    rows = [list(row) for row in grid.rows]
    explained: list[tuple[int, str]] = []
    moves: dict[int, int] | None = None
    for r in nonblank:
        if r <= header_row:
            continue
        row = grid.rows[r - 1]
        cols = filled_columns(row)
        if (place := _subheader(row, cols, where)) is not None:
            moves = place
            explained.append((r, "the header of an item's subitems (a board's export): each "
                                 "subitem below read as a part of the item above"))
            rows[r - 1] = [None] * len(row)
            continue
        if moves is None or not cols or cols[0] == 0:
            moves = None              # the subitems end at the next item, or a blank row
            continue
        new = [None] * max(len(row), len(keys))
        for c in cols:
            if c in moves:
                new[moves[c]] = row[c]
        rows[r - 1] = new
    if not explained:
        return grid, []
    return dataclasses.replace(grid, rows=rows), explained


def _subheader(row: list[Any], cols: list[int], where: dict[str, int]) -> dict[int, int] | None:
    """Column -> the board's column, for a subitems' header: its first cell names a board
    column ("Subitems") and a couple more are the board's own headings; else None."""
    if len(cols) < _SHARED + 2 or not all(isinstance(row[c], str) for c in cols):
        return None
    first = header_key(row[cols[0]])
    if first not in where or where[first] == cols[0]:
        return None               # the board's header again (a page's, a group's): not shifted
    # The subitem's name, right after the first cell, goes under the item's "Subitems".
    moves = {cols[1]: where[first]}
    moves |= {c: where[k] for c in cols[2:] if (k := header_key(row[c])) in where}
    return moves if len(moves) > _SHARED else None
