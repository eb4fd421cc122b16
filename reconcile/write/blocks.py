"""Pieces the small sheets are built of: a heading, a table's heading row, a plain table."""

from __future__ import annotations

from typing import Any

from .book import Sheet
from .cells import HEAD, INPUT_HEAD, NAVY, WRAP, font


def heading(sheet: Sheet, row: int, col: int, text: str, size: int = 12,
            look: dict[str, Any] | None = None) -> None:
    sheet.put(row, col, text, {**font(bold=True, size=size, color=NAVY), **(look or {})})


def header_row(sheet: Sheet, top: int, headings: list[str], inputs: set[int] | None = None,
               merge_last: int | None = None) -> None:
    """A table's heading row; the columns a person fills in stand out in orange.

    `merge_last`: the last heading runs on over the columns up to this one.
    """
    for c, h in enumerate(headings, start=1):
        look = INPUT_HEAD if inputs and c in inputs else HEAD
        if merge_last and c == len(headings):
            sheet.merge(top, c, merge_last, h, look)
        else:
            sheet.put(top, c, h, look)


def table(sheet: Sheet, top: int, headings: list[str], rows: list[list[Any]],
          widths: list[int] | None = None, looks: list[list[dict | None]] | None = None) -> None:
    """Headings and rows from `top`, wrapped, with a filter and a frozen heading row.

    `looks`: a look per cell to add to the wrap (a shaded cell), row by row.
    """
    header_row(sheet, top, headings)
    for r, values in enumerate(rows, start=top + 1):
        extra = looks[r - top - 1] if looks else [None] * len(values)
        for c, (v, more) in enumerate(zip(values, extra, strict=True), start=1):
            sheet.put(r, c, v, {**WRAP, **(more or {})})
    sheet.ws.autofilter(top - 1, 0, top - 1 + max(len(rows), 1), max(len(headings), 1) - 1)
    sheet.freeze(top + 1)
    if widths:
        sheet.set_widths(widths)
