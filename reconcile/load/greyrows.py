"""Rows shaded grey when finished: "Greyed-out rows = closed / complete (kept for audit
trail)", "the whole row is shaded grey when an item is signed off". The sheet's own note says
so, and the status cell is often left as it was (Amber, "In progress") or cleared. A band's
light grey (Excel's "White, Darker 5%", F2F2F2) on open rows is banding, not closure."""

from __future__ import annotations

import re
from typing import Any

from .colour import lightness
from .grid import Grid, blank
from .sheetfacts import beside, rows_named

#: The sheet's note: grey, then a word of done ("Greyed-out rows = closed"), or the other
#: way about ("Signed off items are shaded grey").
_NOTE = re.compile(r"\b(?:gr[ae]y(?:ed)?(?:[- ]out)?|shaded)\b.{0,60}?\b(?:closed|complete|"
                   r"completed|done|signed[- ]off|finished|discharged)\b|\b(?:closed|complete|"
                   r"completed|done|signed[- ]off|finished)\b.{0,60}?\bgr[ae]y", re.IGNORECASE)
#: Lighter than this a grey is a band's (F2F2F2 is 0.95); a row shaded as done is darker
#: (D9D9D9 0.85, BFBFBF 0.75, silver C0C0C0).
_BAND = 0.9
#: Of an item's filled cells, at least this share shaded so: the row, not one cell.
_ROW_SHARE = 0.5


def status_from_grey_rows(grid: Grid, text_col: int, items: list[dict[str, Any]],
                          notes: list[str]) -> None:
    """An item whose row is shaded grey is done, where the sheet's note says grey rows are;
    the status cell's word kept after it."""
    rows = {item["row"] for item in items}
    said = next((v.strip() for r, row in enumerate(grid.rows, start=1) if r not in rows
                 for v in row if isinstance(v, str) and len(v) <= 1000 and _NOTE.search(v)), None)
    if said is None:
        return
    read = []
    for item in items:
        if _shaded(grid, item["row"], text_col):
            item["status"] = f"Done (row shaded grey{beside(item.get('status'))})"
            read.append(item["row"])
    if read:
        notes.append(f"rows shaded grey read as done, as the sheet's note says ('{said[:80]}'), "
                     f"whatever their status cell says: {rows_named(read)}")


def _shaded(grid: Grid, r: int, text_col: int) -> bool:
    """The row's text cell and most of its filled cells are a grey darker than a band's."""
    def grey(c: int) -> bool:
        if grid.styles.fill(r, c + 1) != "grey":
            return False
        light = lightness(grid.styles.fill_rgb(r, c + 1))
        return light is not None and light <= _BAND

    if not grey(text_col):
        return False
    filled = [c for c, v in enumerate(grid.rows[r - 1]) if not blank(v)]
    return sum(grey(c) for c in filled) >= _ROW_SHARE * len(filled)
