"""A row a wiki, a list or a drive copied and left: "Copy of S&S 2013 R2 – Monitoring …".

Confluence, SharePoint and Google Drive name a duplicated page or item "Copy of …"; one left
behind in a tracker holds the same wording as the row it copies, often without its status or
update. Read as an item it is a second row of that item (a split in two, or a rival for the
pair). Where a cell of the row opens "Copy of" and another row holds the same wording, the
copy is explained, the original read.
"""

from __future__ import annotations

import re
from typing import Any

from .grid import Grid, blank
from .sheetfacts import rows_named
from .walk import rows_set_aside

_COPY = re.compile(r"\s*copy\s+of\s+\S", re.IGNORECASE)


def _wording(text: Any) -> str:
    return " ".join(str(text).split()).casefold() if not blank(text) else ""


def copies_left(grid: Grid, items: list[dict[str, Any]], skipped: list[dict[str, Any]],
                notes: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The items less the copies left of other rows, those explained (a note if any)."""
    copies = [i for i in items if any(isinstance(v, str) and _COPY.match(v)
                                      for v in grid.rows[i["row"] - 1])]
    if not copies:
        return items, skipped
    first: dict[str, int] = {}
    for item in items:
        if item not in copies and (w := _wording(item.get("text"))):
            first.setdefault(w, item["row"])
    left = [(i["row"], first[w]) for i in copies
            if (w := _wording(i.get("text"))) and w in first]
    if not left:
        return items, skipped
    notes.append(f"{rows_named(sorted(r for r, _ in left))} a copy of another row ('Copy of "
                 "…', the same wording): left over, the original read")
    return rows_set_aside(grid, items, skipped, [
        (r, f"a copy of row {o} ('Copy of …', the same wording): left over, the original read")
        for r, o in left])
