"""A categorised view exported as it is drawn (a Lotus Notes view "By Report \\ Status", a
list grouped by report then status): the report and the status are written once, each on a
row of its own above the documents in that category, and never on a document's own row.

Read as the view is read: a row holding nothing but a report (and the category's count) sets
the report of the rows under it until the next report; a row holding nothing but a status
sets their status until the next status or report; "(Not Categorized)" is no report.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from .grid import blank
from .sheetfacts import rows_named
from .table import Table, table_of
from .walk import skipped_row

#: Category rows before a sheet is read as a categorised view.
_LEAST = 3
#: Share of the rows with a text that leave the category's column blank.
_BLANK_SHARE = 0.8
#: The view's word for documents with no value in the field.
_NONE = re.compile(r"^\s*\((?:not\s+categori[sz]ed|blank|none|no\s+\w+)\)\s*$", re.IGNORECASE)


def _count(v: Any) -> bool:
    """A category's count of its documents: a small whole number."""
    if isinstance(v, bool):
        return False
    if isinstance(v, (int, float)):
        return v == v and float(v).is_integer() and 0 <= v < 10000
    return isinstance(v, str) and v.strip().isdigit()


def categories_down(table: Table, side: str, nonblank: list[int], notes: list[str]
                    ) -> tuple[Table, list[int], list[dict[str, Any]]]:
    """The table with each category's report and status written into the rows under it, the
    rows left with content, and the category rows, explained."""
    fields = {f: c for c, f in table.mapping.items() if f in ("report", "status")}
    if not fields:
        return table, nonblank, []
    grid = table.grid
    cols = {c: f for f, c in fields.items()}
    kinds: dict[int, str] = {}
    texts = blanks = 0
    for r in nonblank:
        if r <= table.header_row:
            continue
        row = grid.rows[r - 1]
        if table.text_col < len(row) and not blank(row[table.text_col]):
            texts += 1
            blanks += all(c >= len(row) or blank(row[c]) for c in cols)
            continue
        own = [c for c, v in enumerate(row) if not blank(v) and not _count(v)]
        if len(own) == 1 and own[0] in cols:
            kinds[r] = cols[own[0]]
    if len(kinds) < _LEAST or not texts or blanks < _BLANK_SHARE * texts:
        return table, nonblank, []
    rows = [list(v) for v in grid.rows]
    now: dict[str, Any] = {}
    for r in nonblank:
        if r <= table.header_row:
            continue
        if (kind := kinds.get(r)) is not None:
            value = rows[r - 1][fields[kind]]
            now[kind] = None if isinstance(value, str) and _NONE.match(value) else value
            if kind == "report":
                now.pop("status", None)
            continue
        row = rows[r - 1]
        if table.text_col >= len(row) or blank(row[table.text_col]):
            continue
        for kind, value in now.items():
            c = fields[kind]
            if value is not None and (c >= len(row) or blank(row[c])):
                row.extend([None] * (c + 1 - len(row)))
                row[c] = value
    gone = sorted(kinds)
    notes.append(f"a categorised view: {rows_named(gone)} hold only a report or a status, each "
                 "given to the rows under it (a status until the next status or report)")
    done = dataclasses.replace(grid, rows=rows)
    return (dataclasses.replace(table_of(done, table.header_row, table.mapping, side),
                                gaps=frozenset(gone)),
            [r for r in nonblank if r not in kinds],
            [skipped_row(grid, r, f"a category row of the view: its {kinds[r]} given to the "
                                  "rows under it") for r in gone])
