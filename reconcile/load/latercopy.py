"""One record in a tracker twice, each copy with its own status and its own "Last updated":
a block pasted from a OneDrive conflict copy under the table, a colleague's version merged
by hand. Read as two rows of the item they are a split whose parts disagree (one done, one
not); they are one record edited twice, and the copy updated last says where it stands.

Rows are one record when they hold the same wording (eight words or more), the same
references, report, publication date and action (a reference or the report given), and both
give a status. Where their statuses differ and each has a date under a heading of when it
was last changed, every copy takes the status of the latest. Both rows stay the item's, as
the analyst would list them.
"""

from __future__ import annotations

from typing import Any

from ..normalise import parse_date
from .grid import Grid, blank
from .sheetfacts import at_cell, rows_named
from .table import Table

#: Headings of the date a row was last changed.
CHANGED = frozenset({"last updated", "date updated", "updated", "updated on", "last update",
                      "date last updated", "modified", "last modified", "date modified",
                      "last changed", "date of last update"})


#: Fields two copies of a record hold alike (blank in both, or the same).
_ALIKE = ("ref", "local_ref", "report", "published", "action")
#: Words a record's wording has at least, where no reference or report tells it apart.
_LONG = 8


def _key(item: dict[str, Any]) -> tuple[str, ...] | None:
    said = tuple(" ".join(str(item.get(f) or "").split()).casefold() for f in _ALIKE)
    wording = " ".join(str(item.get("text") or "").split()).casefold()
    if (blank(item.get("status")) or len(wording.split()) < _LONG
            or not any(said[:3])):
        return None
    return (wording, *said)


def latest_copies(grid: Grid, table: Table, items: list[dict[str, Any]], notes: list[str]) -> None:
    """Give each copy of a record the status of the copy last changed (in place)."""
    col = next((c for c, k in enumerate(table.header_keys) if k in CHANGED
                and c not in table.mapping), None)
    if col is None:
        return
    copies: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for item in items:
        if (key := _key(item)) is not None:
            copies.setdefault(key, []).append(item)
    taken = []
    for group in copies.values():
        statuses = {" ".join(str(i["status"]).split()).casefold() for i in group}
        days = [parse_date(at_cell(grid, i["row"], col)) for i in group]
        if len(group) < 2 or len(statuses) < 2 or None in days or len(set(days)) < len(days):
            continue
        latest = group[days.index(max(days))]
        for item in group:
            if item is not latest and item["status"] != latest["status"]:
                item["status"] = latest["status"]
                taken.append((item["row"], latest["row"]))
    if taken:
        rows = sorted(r for r, _ in taken)
        notes.append(f"{rows_named(rows)} {'is a copy' if len(rows) == 1 else 'are copies'} of "
                     "another row of the same record (its wording and references) with a "
                     f"different status: each read with the status of the copy last changed "
                     f"('{table.name(col)}'): " + ", ".join(f"row {r} as row {o}"
                                                            for r, o in sorted(taken)))
