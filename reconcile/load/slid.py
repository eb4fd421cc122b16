"""Rows a PDF-to-Excel conversion slid one cell to the right: a phantom empty column before
the text on one page, or the cells from the RAG on under the next heading on another, the
last of them in a column with no heading past the table's last. Read back in place before
rows are read.

A row is moved when its cell past the last heading is filled: the first empty cell from the
text column on is taken out (the cells between it and the slid ones are empty, so which one
does not matter). Only when such rows are a minority of the sheet's, and moving them fills a
status or text cell they left empty: a tracker that keeps notes in an unheaded column keeps
them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .columns import is_status_word
from .grid import Grid, blank

#: Rows using the column past the last heading, at most this share of the rows below it.
_MINORITY = 0.5


def _filled(row: list[Any], c: int) -> bool:
    return c < len(row) and not blank(row[c])


def unslid(grid: Grid, header_row: int, text_col: int, status_col: int | None,
           nonblank: list[int]) -> tuple[Grid, list[int]]:
    """The grid with slid rows moved back one cell, and the rows moved (Excel numbers).
    `nonblank`: the sheet's rows with content (Excel numbers)."""
    headers = grid.rows[header_row - 1]
    past = max((c for c, h in enumerate(headers) if not blank(h)), default=-1) + 1
    rows = grid.rows
    below = [r - 1 for r in nonblank if r > header_row]
    using = [r for r in below if _filled(rows[r], past)]
    if not using or len(using) > _MINORITY * len(below):
        return grid, []
    new = [list(row) for row in rows]
    moved, gained = [], False
    for r in using:
        row = new[r]
        gap = next((c for c in range(text_col, past) if not _filled(row, c)), None)
        if gap is None:
            continue
        new[r] = row[:gap] + row[gap + 1:]
        moved.append(r + 1)
        gained = gained or (not _filled(row, text_col) and _filled(new[r], text_col)) or (
            status_col is not None and not _filled(row, status_col)
            and isinstance(new[r][status_col], str) and is_status_word(new[r][status_col]))
    if not gained:
        return grid, []
    return replace(grid, rows=new), moved
