"""The Changes since last run sheet: the committee paragraph, then one line per change."""

from __future__ import annotations

from typing import Any

from ..result import Changes
from .cells import NAVY, WRAP, fit_heights, font, print_setup, put, table

HEADINGS = [("Change", "change", 24), ("HMICFRS row", "hmicfrs_row", 16),
            ("Force row", "force_row", 14), ("HMICFRS ref", "hmicfrs_ref", 9),
            ("Report", "report", 26), ("Text", "text", 60), ("Was", "was", 18),
            ("Now", "now", 18), ("Detail", "detail", 40)]


def changes_sheet(ws: Any, changes: Changes) -> None:
    put(ws, 1, 1, "Changes since the last run").font = font(bold=True, size=16, color=NAVY)
    cell = put(ws, 2, 1, changes.paragraph)
    cell.alignment = WRAP
    cell.font = font(size=12)
    ws.merge_cells("A2:I2")
    counts = ", ".join(f"{k}: {v}" for k, v in changes.counts().items())
    put(ws, 3, 1, counts).font = font(italic=True)
    rows = [[line.get(c) for _, c, _ in HEADINGS] for line in changes.lines.to_dict("records")]
    table(ws, 5, [h for h, _, _ in HEADINGS], rows, [w for _, _, w in HEADINGS])
    if not rows:
        put(ws, 6, 1, "No changes since the previous run.")
    fit_heights(ws, 2, len(rows) + 6)
    ws.sheet_properties.tabColor = NAVY
    print_setup(ws, title_rows="5:5")
