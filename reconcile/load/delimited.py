"""A table pasted as one column of delimited text: an email's table pasted into Excel keeps
each row in one cell ("8803 | PEEL 2021/22 – Cleveland Police | Area for improvement | The
force should …", the header likewise "Ref | Report | Type | Recommendation / AFI"). Split into
its fields before the header is looked for.

The fields go into new columns after the last one, so that every other cell keeps its place
(and its fill colour, read by position). A line of the column that does not split (the rest
of a long text wrapped onto a row of its own, a note) goes to the last field, the text's, to
be read as the text's rest or a note as any such row is.
"""

from __future__ import annotations

from collections import Counter

from .grid import Grid, blank
from .sheetfacts import column_letter

#: What a pasted table puts between its fields.
_SEPARATORS = (" | ", "\t", " ¦ ")
#: Rows that must split alike to call the column a table ...
_MIN_ROWS = 5
#: ... and at least this share of the column's text (a greeting and a signature are not).
_MIN_SHARE = 0.3


#: Cells a row of a table laid out in columns fills (ref, text, status at least).
_LAID_OUT = 3
#: Rows with content looked at to find such a column (a pasted table is at the top).
_SAMPLE = 400


def split_pasted(grid: Grid) -> str:
    """Split a column of delimited rows into its fields, in place; a note of it, or ''."""
    sample = [row for row in grid.rows[:4 * _SAMPLE] if row][:_SAMPLE]
    # Only columns where some text holds a separator twice: most sheets have none.
    maybe = sorted({c for row in sample for c, v in enumerate(row)
                    if isinstance(v, str) and any(v.count(sep) >= 2 for sep in _SEPARATORS)})
    if not maybe:
        return ""
    width = max((len(row) for row in grid.rows), default=0)
    # Rows of a table laid out in columns: where they outnumber the delimited rows, those
    # are the sheet's banners ("Stop and search powers | Published 9th July 2013 | 3 items").
    laid_out = sum(1 for row in sample if sum(not blank(v) for v in row) >= _LAID_OUT)
    for c in maybe:
        cells = [row[c] for row in sample if c < len(row) and isinstance(row[c], str)]
        for sep in _SEPARATORS:
            counts = Counter(n for v in cells if (n := v.count(sep)) >= 2)
            if not counts:
                continue
            k, n = counts.most_common(1)[0]
            if n < _MIN_ROWS or n < _MIN_SHARE * len(cells) or laid_out > n:
                continue
            _split(grid, c, sep, k, width)
            return (f"column {column_letter(c + 1)} held a table pasted as one column ('"
                    f"{sep.strip() or 'tab'}' between its fields): read as {k + 1} columns")
    return ""


def _split(grid: Grid, c: int, sep: str, k: int, width: int) -> None:
    for r, row in enumerate(grid.rows):
        value = row[c] if c < len(row) else None
        if blank(value) or not isinstance(value, str):
            continue
        parts = ([p.strip() or None for p in value.split(sep)] if value.count(sep) == k
                 else [None] * k + [value])
        grid.rows[r] = [*row[:c], None, *row[c + 1:], *[None] * (width - len(row)), *parts]

