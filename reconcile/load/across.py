"""A tracker kept one row per report, its items across the columns in pairs: "Rec 1" | "Rec 1
status" | "Rec 2" | "Rec 2 status" | … (blank where a report has fewer).

Read as a report's row holding a numbered list: its items joined into the first pair's text
cell ("Rec 1 – …\\nRec 2 – …") and their statuses into its status cell, line by line, so each
item is paired and categorised on its own (`normalise.entries`), the row keeping its number.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from .. import vocab
from .grid import Grid, blank, cell

_ITEM = re.compile(r"^(?:rec(?:ommendation)?|afi|item|area for improvement)\s*(\d{1,2})$")
_STATUS = re.compile(r"^(?:rec(?:ommendation)?|afi|item|area for improvement)\s*(\d{1,2})\s+"
                     r"(?:status|rag|position|progress)$")
#: Pairs a header needs before its row is read this way.
_PAIRS = 2


def item_pairs(headers: list[Any]) -> list[tuple[int, int, int]]:
    """[(number, text column, status column)] of the header's "Rec n" / "Rec n status"."""
    texts, statuses = {}, {}
    for c, h in enumerate(headers):
        k = vocab.key(h) if not blank(h) else ""
        if m := _ITEM.match(k):
            texts[int(m.group(1))] = c
        elif m := _STATUS.match(k):
            statuses[int(m.group(1))] = c
    pairs = [(n, c, statuses[n]) for n, c in sorted(texts.items()) if n in statuses]
    return pairs if len(pairs) >= _PAIRS else []


def joined(grid: Grid, header_row: int, pairs: list[tuple[int, int, int]]
           ) -> tuple[Grid, int, int]:
    """The sheet with each row's items in the first pair's cells (see the module), and the
    text and status columns."""
    _, text_col, status_col = pairs[0]
    rows = [list(row) for row in grid.rows]
    header = rows[header_row - 1]
    header[text_col], header[status_col] = "Recommendations", "Status"
    for row in rows[header_row:]:
        filled = [(n, str(cell(row, t)).strip(), cell(row, s)) for n, t, s in pairs
                  if not blank(cell(row, t))]
        for _, t, s in pairs:
            if t < len(row):
                row[t] = None
            if s < len(row):
                row[s] = None
        if not filled:
            continue
        row.extend([None] * (max(text_col, status_col) + 1 - len(row)))
        if len(filled) == 1:
            row[text_col], row[status_col] = filled[0][1], filled[0][2]
            continue
        row[text_col] = "\n".join(f"Rec {n} – {text}" for n, text, _ in filled)
        row[status_col] = "\n".join(f"Rec {n} – {status}" for n, _, status in filled
                                    if not blank(status)) or None
    return dataclasses.replace(grid, rows=rows), text_col, status_col
