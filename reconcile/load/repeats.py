"""A list's row that repeats an earlier row whole: one item, listed twice.

A database query joining an item to two portfolios (or two owners, two themes) lists it
once per match: the same register reference, wording, report, type, force and status on
two rows, only the joined column differing. Read as two items, the second is either paired
with another item's force row or reported missing from the force; it is read once, the
repeat explained ("the same item as row 41").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from .grid import blank
from .sheetfacts import rows_named

#: What two rows of the list must share, beside reference and wording, to be one item
#: listed twice (a list kept one sheet per force may list a national item on each).
_SAME = ("sheet", "report", "type", "force", "status")


def repeated_items(reports: list, items: list[dict[str, Any]], skipped: list[dict[str, Any]]
                   ) -> tuple[list, list[dict[str, Any]], list[dict[str, Any]]]:
    """(reports, items, skipped) with each repeat of an earlier item explained instead."""
    first: dict[tuple, dict[str, Any]] = {}
    kept, repeats = [], []
    for item in items:
        # The cells as written: a join repeats them exactly (a national list's 30,000 rows
        # are keyed once each, cheaply).
        ref, text = item.get("ref"), item.get("text")
        if blank(ref) or blank(text):
            kept.append(item)
            continue
        key = (str(ref).strip(), str(text), *(item.get(f) for f in _SAME))
        if key in first:
            repeats.append((item, first[key]))
        else:
            first[key] = item
            kept.append(item)
    if not repeats:
        return reports, items, skipped
    skipped = skipped + [
        {"row_id": i["row_id"], "sheet": i["sheet"], "row": i["row"],
         "reason": f"the same item as {o['row_id']} (its reference, wording, report and "
                   "status again): listed twice, read once",
         "content": str(i.get("text") or "")[:120]} for i, o in repeats]
    per_sheet = Counter(i["sheet"] for i, _ in repeats)
    reports = [replace(r, items=r.items - per_sheet[r.sheet],
                       explained=r.explained + per_sheet[r.sheet],
                       note="; ".join(n for n in (r.note, _note(repeats, r.sheet)) if n))
               if per_sheet[r.sheet] else r for r in reports]
    return reports, kept, skipped


def _note(repeats: list[tuple[dict[str, Any], dict[str, Any]]], sheet: str) -> str:
    rows = [i["row"] for i, _ in repeats if i["sheet"] == sheet]
    return f"{rows_named(rows)} repeat the item above them whole: read once"
