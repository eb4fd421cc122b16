"""A report server's drill-down: a report rendered to Excel (Reporting Services, a paginated
Power BI report) keeps each item's detail rows (its status history, the portal's comments)
as rows collapsed under the item's in Excel's outline: hidden, a level deeper, repeating
the item's id and carrying a status of their own. In a flat read they are items; they are
the item's history, and the item is its own visible row."""

from __future__ import annotations

from typing import Any

from ..normalise import ref_key
from .sheetfacts import rows_named
from .table import Table


def drill_down_rows(table: Table, items: list[dict[str, Any]]) -> tuple[list[tuple[int, str]], str]:
    """[(row, why)] of the items that are detail rows collapsed under another item's row (a
    hidden row a level deeper in the outline than the nearest visible item above it, with
    that item's id or none), and a note ('' when none)."""
    grid = table.grid
    if not grid.outline or not grid.hidden_rows:
        return [], ""
    hidden, level = set(grid.hidden_rows), grid.outline.get
    out: list[tuple[int, str]] = []
    summary: dict[str, Any] | None = None
    for item in items:
        r = item["row"]
        if r not in hidden or level(r, 0) == 0:
            summary = item if r not in hidden else summary
            continue
        if summary is None or level(r, 0) <= level(summary["row"], 0):
            continue
        own, theirs = ref_key(item.get("ref")), ref_key(summary.get("ref"))
        if own and own != theirs:
            continue
        out.append((r, f"a detail row collapsed under the item on row {summary['row']} (hidden "
                       "a level deeper in the sheet's outline: its history or a comment), not an "
                       "item"))
    if not out:
        return [], ""
    return out, (f"{rows_named([r for r, _ in out])}: a report's drill-down, collapsed under "
                 "each item's row in the sheet's outline: the items' history, not items")
