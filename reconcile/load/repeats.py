"""A list's row that repeats an earlier row whole: one item, listed twice.

A database query joining an item to two portfolios (or two owners, two themes) lists it
once per match: the same register reference, wording, report, type, force and status on
two rows, only the joined column differing. Read as two items, the second is either paired
with another item's force row or reported missing from the force; it is read once, the
repeat explained ("the same item as row 41").
"""

from __future__ import annotations

from typing import Any

from .grid import blank
from .items import set_aside_rows
from .sheetfacts import rows_named

#: What two rows of the list must share, beside reference and wording, to be one item
#: listed twice (a list kept one sheet per force may list a national item on each). Not the
#: type's wording: a log keyed twice may call one item "Recommendation (national)" on its
#: first entry and "Recommendation" on the second.
_SAME = ("sheet", "report", "force", "status")


def repeated_items(reports: list, items: list[dict[str, Any]], skipped: list[dict[str, Any]]
                   ) -> tuple[list, list[dict[str, Any]], list[dict[str, Any]]]:
    """(reports, items, skipped) with each repeat of an earlier item explained instead."""
    first: dict[tuple, dict[str, Any]] = {}
    repeats = []
    for item in items:
        # The cells as written: a join repeats them exactly (a national list's 30,000 rows
        # are keyed once each, cheaply).
        ref, text = item.get("ref"), item.get("text")
        if blank(ref) or blank(text):
            continue
        key = (str(ref).strip(), str(text), *(item.get(f) for f in _SAME))
        if key in first:
            repeats.append((item, first[key]))
        else:
            first[key] = item
    why = {i["row_id"]: f"the same item as {o['row_id']} (its reference, wording, report and "
                        "status again): listed twice, read once" for i, o in repeats}
    notes = {sheet: _note(repeats, sheet) for sheet in {i["sheet"] for i, _ in repeats}}
    return set_aside_rows(reports, items, skipped, why, notes)


def _note(repeats: list[tuple[dict[str, Any], dict[str, Any]]], sheet: str) -> str:
    rows = [i["row"] for i, _ in repeats if i["sheet"] == sheet]
    return f"{rows_named(rows)} repeat the item above them whole: read once"
