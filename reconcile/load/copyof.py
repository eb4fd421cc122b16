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
    """The items less the copies left of other rows, those explained (a note if any): named
    "Copy of …", or duplicated and never filled in."""
    items, skipped = _named_copies(grid, items, skipped, notes)
    return _unfilled(grid, items, skipped, notes)


def _named_copies(grid: Grid, items: list[dict[str, Any]], skipped: list[dict[str, Any]],
                  notes: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
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


#: What a duplicated record copies from its original: a copy holds these as the original
#: does, or not at all. Its own status and update are what it lacks.
_COPIED = ("report", "published", "type", "owner", "due", "force", "action", "parent")


def _unfilled(grid: Grid, items: list[dict[str, Any]], skipped: list[dict[str, Any]],
              notes: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A record duplicated and never filled in (FileMaker's Duplicate Record, a list item
    copied): the wording and references of another row, no status or update of its own,
    nothing the original lacks. Read as an item it is a second row of the item with no status:
    a split in two, one part not started. Explained instead, the original read. Two copies
    each with a status are both the force's rows (a double submit both kept live)."""
    bare = [(i, key) for i in items if blank(i.get("status")) and blank(i.get("progress"))
            and (key := _record_key(i))]
    if not bare:
        return items, skipped        # most sheets: every row has a status or an update
    refs = {key[1:] for _, key in bare}
    first: dict[tuple, dict[str, Any]] = {}
    for item in items:
        if not blank(item.get("status")) and _refs(item) in refs and (key := _record_key(item)):
            first.setdefault(key, item)
    left = [(i["row"], o["row"]) for i, key in bare if (o := first.get(key)) is not None
            and all(blank(i.get(f)) or i.get(f) == o.get(f) for f in _COPIED)]
    if not left:
        return items, skipped
    notes.append(f"{rows_named(sorted(r for r, _ in left))} a duplicate of another record (its "
                 "wording and references) with no status or update of its own: the original read")
    return rows_set_aside(grid, items, skipped, [
        (r, f"a duplicate of row {o} (the same wording and references) with no status or update "
            "of its own: a copy never filled in, the original read") for r, o in left])


def _record_key(item: dict[str, Any]) -> tuple | None:
    """Wording and references: what a duplicated record keeps of its original."""
    refs = _refs(item)
    if not any(refs):
        return None
    wording = _wording(item.get("text"))
    return (wording, *refs) if wording else None


def _refs(item: dict[str, Any]) -> tuple[str, str]:
    return tuple("" if blank(item.get(f)) else str(item[f]).strip() for f in ("ref", "local_ref"))
