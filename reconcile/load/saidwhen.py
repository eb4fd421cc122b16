"""A tracker's own column for when each item is due, in the recommendation's words.

Planners cut the deadline out of each wording into a column of its own ("By when, as
written": "Within six months", "By July 2021") and keep the verb onwards as the text. The
wording then states no timescale, and a deadline the force copied wrongly shows only in that
column: each item keeps the cell (`said_when`), read where its text states none
(`normalise.normalise_items`), so that a timescale that differs is still seen.
"""

from __future__ import annotations

from typing import Any

from ..normalise import timescales
from .grid import blank
from .sheetfacts import at_cell, rows_named
from .table import Table

#: Share of the items with a cell in the column...
_FILLED = 0.5
#: ... of which this share states a deadline ("Within six months", "By Sept 2018") ...
_STATED = 0.6
#: ... in cells this short on average (more words: a progress note, which may name dates).
_WORDS = 8


def said_when(table: Table, items: list[dict[str, Any]], notes: list[str]) -> None:
    """Each item given its cell of the sheet's column of deadlines in words, if it has one
    (in place)."""
    if len(items) < 3:
        return
    best: tuple[float, int] | None = None
    for col in table.named:
        if col in table.mapping:
            continue
        cells = [v.strip() for item in items
                 if isinstance(v := at_cell(table.grid, item["row"], col), str) and v.strip()]
        if len(cells) < _FILLED * len(items) or not cells:
            continue
        if sum(len(c.split()) for c in cells) > _WORDS * len(cells):
            continue
        share = sum(bool(timescales(c)) for c in cells) / len(cells)
        if share >= _STATED and (best is None or share > best[0]):
            best = (share, col)
    if best is None:
        return
    col = best[1]
    rows = []
    for item in items:
        value = at_cell(table.grid, item["row"], col)
        if not blank(value):
            item["said_when"] = str(value).strip()
            rows.append(item["row"])
    notes.append(f"deadlines read from '{' '.join(str(table.headers[col]).split())}' where the "
                 f"text states none ({rows_named(rows)}): the force's own column of when each "
                 "item is due")
