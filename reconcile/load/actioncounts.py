"""A force status read from a count of the force's actions done: "Actions complete" holding
"3/5", "5 of 5", "All", "None yet" (beside "Number of actions"), the status column left
blank because the count is how the force records progress. All done is done; fewer, open."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from .grid import blank
from .sheetfacts import at_cell, rows_named
from .table import Table

#: "Actions complete", "No. of actions completed", "Actions done / delivered".
_DONE_HEADER = re.compile(r"\bactions?\b.*\b(?:complete|completed|done|delivered|closed)\b",
                          re.IGNORECASE)
#: "Number of actions", "No. of actions", "Total actions", "Actions (total)".
_TOTAL_HEADER = re.compile(r"\b(?:number|no|count|total)\b.*\bactions?\b|\bactions?\b.*\btotal\b",
                           re.IGNORECASE)
#: "3/5", "3 / 5", "5 of 5", "2 / 2 (evidence pending)".
_COUNT = re.compile(r"^\s*(\d{1,3})\s*(?:/|of|out\s+of)\s*(\d{1,3})\b", re.IGNORECASE)
_ALL = re.compile(r"^\s*all\b", re.IGNORECASE)
_NONE = re.compile(r"^\s*(?:none|nil|0)\b", re.IGNORECASE)
#: Cells of the column that must read as counts before it is trusted.
_COUNTS_SEEN = 3


def _count(value: Any, total: int | None) -> tuple[int, int] | None:
    """(done, of) a cell says, the total column's figure standing in where it gives none."""
    if isinstance(value, (datetime, date)):
        # "4/4" typed into a UK Excel becomes 4 April: the day and month are the count.
        return value.day, value.month
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (int(value), total) if total is not None and value == int(value) else None
    text = str(value)
    if m := _COUNT.match(text):
        done, of = int(m.group(1)), int(m.group(2))
        return done, max(of, total or 0)
    if _ALL.match(text):
        return 1, 1
    if _NONE.match(text):
        return 0, max(total or 1, 1)
    return None


def status_from_action_counts(table: Table, items: list[dict[str, Any]], notes: list[str]) -> None:
    """Items with no status, read from the count of their actions done: every action done
    is "Complete (Actions complete: 3/3)", fewer "In progress (Actions complete: 2/3)"."""
    headers, mapping = table.headers, table.mapping
    col = next((c for c, h in enumerate(headers) if c not in mapping and isinstance(h, str)
                and _DONE_HEADER.search(h)), None)
    if col is None:
        return
    total_col = next((c for c, h in enumerate(headers) if c not in mapping and c != col
                      and isinstance(h, str) and _TOTAL_HEADER.search(h)), None)
    read = []
    for item in items:
        cell = at_cell(table.grid, item["row"], col)
        if blank(cell):
            continue
        total = at_cell(table.grid, item["row"], total_col) if total_col is not None else None
        counted = _count(cell, int(total) if isinstance(total, (int, float))
                         and not isinstance(total, bool) else None)
        if counted is not None:
            read.append((item, cell, counted))
    if len(read) < _COUNTS_SEEN:
        return
    header = str(headers[col]).strip()
    filled = []
    for item, cell, (done, of) in read:
        if item.get("status") is None:
            shown = f"{cell:%d/%m}" if isinstance(cell, (datetime, date)) else str(cell).strip()
            word = "Complete" if done >= of else "In progress" if done else "Not started"
            item["status"] = f"{word} ({header}: {shown})"
            filled.append(item["row"])
    if filled:
        notes.append(f"no status given: read from '{header}' (every action done is complete, "
                     f"fewer is in progress): {rows_named(filled)}")
