"""A list item with no status whose comment is the register's own closing line: "This
recommendation is complete", "This area of activity has subsequently been inspected …". The register
writes these words only when it closes an item; a list whose status was left blank on old
rows (items carried over from a previous register, or a migration that filled only the
comment) still says by them that the item is closed."""

from __future__ import annotations

import re
from typing import Any

from .grid import Grid, blank
from .sheetfacts import at_cell, rows_named
from .table import Table

#: The register's closing words, at the start of a comment.
_CLOSED = re.compile(
    r"^\s*this\s+(?:recommendation|area\s+(?:for|of)\s+(?:improvement|activity)|cause\s+of\s+"
    r"concern|afi|item)\s+(?:is|has\s+been|was)\s+(?:now\s+)?(?P<how>complete[d]?|closed|"
    r"superseded|discharged)\b"
    # "This area of activity has subsequently been inspected in HMIC's PEEL inspections":
    # the register's words for an item superseded by a later inspection.
    r"|^\s*this\s+area\s+of\s+activity\s+has\s+(?:subsequently\s+)?been\s+"
    r"(?P<later>inspected|superseded|covered)\b", re.IGNORECASE)
#: Headings of a comment column: "HMICFRS comment", "Closure note", "Comments".
_COMMENT = re.compile(r"\b(?:comments?|notes?|closure)\b")


def status_from_comment(grid: Grid, table: Table, items: list[dict[str, Any]],
                        notes: list[str]) -> None:
    """Items with no status take 'Complete' or 'Superseded' from a comment in the register's
    closing words (in place)."""
    bare = [item for item in items if blank(item.get("status"))]
    if not bare:
        return
    cols = [c for c, k in enumerate(table.header_keys)
            if _COMMENT.search(k) and table.mapping.get(c) in (None, "progress")]
    read = []
    for item in bare:
        for c in cols:
            value = at_cell(grid, item["row"], c)
            if isinstance(value, str) and (m := _CLOSED.match(value)):
                how = ("Superseded" if m["later"] or m["how"].lower() == "superseded"
                       else "Complete")
                item["status"] = f"{how} (its comment: '{value.strip()[:60]}')"
                read.append(item["row"])
                break
    if read:
        notes.append(f"{rows_named(read)} {'has' if len(read) == 1 else 'have'} no status but "
                     "a comment in the register's closing words ('This recommendation is "
                     "complete'): read as closed")
