"""Tables stacked one under another on one sheet, each with its own title and header, their
columns in another order or named otherwise ("Ref | Recommendation | Owner | RAG", then
"Recommendation / AFI | HMICFRS ID | Type | Lead | Status", then "No. | Area for
improvement | Responsible officer | BRAG"): added by different people over the years.

Read as one table each: the sheet is cut at each header that maps the columns otherwise than
the one above (a header repeated over a page break maps them alike and cuts nothing), the
title rows right above a header going with its table. Each part keeps the sheet's row
numbers.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import vocab
from ..config import SideSettings
from .columns import header_claims
from .grid import Grid, blank
from .header import header_key, map_headers

#: A header names at least this many fields by their usual headings, the text among them.
_FIELDS = 3


def header_words(side: str) -> frozenset[str]:
    return frozenset(w for words in vocab.HEADER_EXACT[side].values() for w in words)


def header_mapping(row: list[Any], side: str, settings: SideSettings,
             words: frozenset[str]) -> dict[int, str] | None:
    """The row's columns -> fields when it reads as a header naming the text, else None."""
    cells = [v for v in row if not blank(v)]
    if len(cells) < _FIELDS or any(not isinstance(v, str) or len(v) > 60 for v in cells):
        return None
    if sum(header_key(v) in words for v in cells) < _FIELDS:
        return None
    mapping = map_headers(row, side, settings)
    # "Recommendation / AFI" may name the type by its heading alone: what it holds decides.
    names_text = "text" in mapping.values() or any(
        f == "text" for v in cells for f, _, _ in header_claims(header_key(v), side))
    return mapping if len(mapping) >= _FIELDS and names_text else None


def stacked_tables(grid: Grid, side: str, settings: SideSettings) -> list[Grid]:
    """The sheet cut into its stacked tables (each a Grid holding only its rows), or [] when
    it holds one table (or none)."""
    words = header_words(side)
    headers: list[tuple[int, dict[int, str]]] = []      # (Excel row, mapping)
    seen: set[tuple[str, ...]] = set()
    glued = _glued(grid, side, settings, words)
    if glued:
        rows = [list(row) for row in grid.rows]
        for r, (item, _, _) in glued.items():
            rows[r - 1] = item
        grid = dataclasses.replace(grid, rows=rows)
    for r, row in enumerate(grid.rows, start=1):
        if row and (mapping := header_mapping(row, side, settings, words)) is not None:
            # The fields in column order: a header repeated over a page (a PDF's page slid a
            # cell right, too) names them in the same order, and cuts nothing.
            order = tuple(mapping[c] for c in sorted(mapping))
            if order in seen or (headers and r == headers[-1][0] + 1):
                continue            # a header repeated, or its second line
            seen.add(order)
            headers.append((r, mapping))
    headers = sorted([*headers, *((r, m) for r, (_, _, m) in glued.items())])
    if len(headers) < 2:
        return []
    floors = [1] + [r + 1 for r, _ in headers[:-1]]
    starts = [r if r in glued else _title_start(grid, r, floor, len(m))
              for (r, m), floor in zip(headers, floors, strict=True)]
    # A header glued to an item's row: the item ends the table above on that row.
    ends = [s if s in glued else s - 1 for s in starts[1:]] + [len(grid.rows)]
    parts = [_part(grid, s, e) for s, e in zip(starts, ends, strict=True)]
    for k, s in enumerate(starts):
        if s in glued:
            rows = list(parts[k].rows)
            rows[s - 1] = glued[s][1]
            parts[k] = dataclasses.replace(parts[k], rows=rows)
    return parts


def _glued(grid: Grid, side: str, settings: SideSettings, words: frozenset[str]
           ) -> dict[int, tuple[list[Any], list[Any], dict[int, str]]]:
    """Rows carrying the next file's header after their own cells, where CSV files were
    joined end to end (Windows' "copy *.csv all.csv": a file with no line break at its end
    runs on into the next one's header, its byte-order mark between): by Excel row, (the
    item's cells, the header's cells, the header's fields)."""
    out = {}
    for r, row in enumerate(grid.rows, start=1):
        for c, v in enumerate(row):
            if isinstance(v, str) and (at := v.find("\ufeff")) > 0:
                head = [v[at + 1:], *row[c + 1:]]
                if (mapping := header_mapping(head, side, settings, words)) is not None:
                    out[r] = ([*row[:c], v[:at] or None], head, mapping)
                break
    return out


#: Title rows a table may have right above its header.
_TITLE_ROWS = 3


def _title_start(grid: Grid, header_row: int, floor: int, fields: int) -> int:
    """The first of the rows with content right above the header (its title), no higher
    than `floor` nor more than a few. A row filling half the header's fields or more is the
    table above's last item, not this one's title (a Power Query table's source column
    fills every row)."""
    r = header_row
    while r > max(floor, header_row - _TITLE_ROWS) and 0 < sum(
            not blank(v) for v in grid.rows[r - 2]) <= max(2, fields // 2):
        r -= 1
    return r


def _part(grid: Grid, first: int, last: int) -> Grid:
    """The sheet with only rows first..last (Excel rows) left; the others empty."""
    rows = [list(row) if first <= r <= last else [] for r, row in
            enumerate(grid.rows[:last], start=1)]
    # What the reader found outside the part (formulas with no result, hidden rows) is the
    # other parts' to explain, once.
    return dataclasses.replace(
        grid, rows=rows,
        uncalculated=frozenset(rc for rc in grid.uncalculated if first <= rc[0] <= last),
        hidden_rows=tuple(r for r in grid.hidden_rows if first <= r <= last))
