"""A pivot table pasted as values: its row labels written once per block.

A pivot table in Tabular form with "Repeat item labels" off shows each outer row field (the
type, the status) only on the first row of its block, blank below, with "<label> Total" rows
between the blocks and "(blank)" for an empty value. Read as it stands, most items would have
no type and no status. Read as a person reads it: each label holds for the rows under it,
until the block ends.
"""

from __future__ import annotations

import re
from typing import Any

from .blocks import subtotal_label
from .grid import Grid, blank
from .sheetfacts import rows_named

#: A pivot's value field, as Excel heads it: "Count of Ref", "Sum of Days open".
_VALUE_FIELD = re.compile(r"\s*(?:count|sum|average|max|min|product)\s+of\s+\S", re.IGNORECASE)
#: The pivot's label for an empty value.
_EMPTY = re.compile(r"\s*\(blank\)\s*", re.IGNORECASE)
#: Rows searched for the pivot's header.
_LOOK = 30


def pivot_labels_down(grid: Grid) -> None:
    """Each outer row field's label written into the rows of its block (in place), where
    the sheet is a pivot table's values: a "Count of …" heading to the right of the row
    fields."""
    found = _header(grid)
    if found is None:
        return
    h, width = found
    outer = width - 1           # the innermost row field (the text) is on every item's row
    above: list[Any] = [None] * outer
    written: list[int] = []
    headings = [str(v).strip() for v in grid.rows[h][:outer]]
    for r in range(h + 1, len(grid.rows)):
        row = grid.rows[r]
        cells = [row[c] if c < len(row) else None for c in range(width)]
        if all(blank(v) for v in cells) or any(map(subtotal_label, cells)):
            above = [None] * outer        # a blank row, a subtotal: the block ends
            continue
        for c, v in enumerate(cells):
            if isinstance(v, str) and _EMPTY.fullmatch(v):
                row[c] = v = None
                above[c:] = [None] * (outer - c)
            elif c < outer and blank(v) and above[c] is not None and not blank(cells[-1]):
                row.extend([None] * (c + 1 - len(row)))
                row[c] = above[c]
                if not written or written[-1] != r + 1:
                    written.append(r + 1)
            elif c < outer and not blank(v):
                above[c] = v
                above[c + 1:] = [None] * (outer - c - 1)      # a new block of the inner fields
    if written:
        note = (f"a pivot table's labels ({', '.join(repr(x) for x in headings)}) shown once "
                f"per block: written into {rows_named(written)} under them")
        grid.note = "; ".join(n for n in (grid.note, note) if n)


def _header(grid: Grid) -> tuple[int, int] | None:
    """(the header's index, the number of row fields left of the first value field)."""
    for h, row in enumerate(grid.rows[:_LOOK]):
        value = next((c for c, v in enumerate(row)
                      if isinstance(v, str) and _VALUE_FIELD.match(v)), None)
        if value is not None and value >= 2 and all(
                isinstance(v, str) and v.strip() for v in row[:value]):
            return h, value
    return None
