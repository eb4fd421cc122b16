"""The Changes since last run sheet: the committee paragraph, then one line per change."""

from __future__ import annotations

from ..result import Changes
from .blocks import table
from .book import Book
from .cells import NAVY, WRAP, font
from .view import CHANGES

HEADINGS = [("Change", "change", 24), ("HMICFRS row", "hmicfrs_row", 16),
            ("Force row", "force_row", 14), ("HMICFRS ref", "hmicfrs_ref", 9),
            ("Report", "report", 26), ("Text", "text", 60), ("Was", "was", 18),
            ("Now", "now", 18), ("Detail", "detail", 40)]


def changes_sheet(book: Book, changes: Changes) -> None:
    sheet = book.sheet(CHANGES, NAVY)
    sheet.put(1, 1, "Changes since the last run", font(bold=True, size=16, color=NAVY))
    sheet.merge(2, 1, 9, changes.paragraph, {**WRAP, **font(size=12)})
    counts = ", ".join(f"{k}: {v}" for k, v in changes.counts().items())
    sheet.put(3, 1, counts, font(italic=True))
    rows = [[line.get(c) for _, c, _ in HEADINGS] for line in changes.lines.to_dict("records")]
    table(sheet, 5, [h for h, _, _ in HEADINGS], rows, [w for _, _, w in HEADINGS])
    if not rows:
        sheet.put(6, 1, "No changes since the previous run.")
    sheet.fit_heights(2, len(rows) + 6)
    sheet.print_setup(title_row=5)
