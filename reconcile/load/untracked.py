"""Rows of a list that the inspectorate does not track, logged among its items.

A register kept for more than the inspectorate's items (a force's learning log exported from
its risk system, a regional findings register) holds beside them good practice, another
body's recommendations, a report received for information: each with "n/a" where the items
give the inspectorate's status. Where most of the list's rows give a status, a row whose
status says it has none is not one of the list's items.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .grid import blank
from .items import SheetReport, set_aside_rows

#: A status cell saying there is none: "n/a", "N/A", "NA", "not applicable" (not a dash: a
#: hand-kept copy may dash a status not yet given).
_NONE = re.compile(r"\s*(?:n\s*/\s*a|na|not\s+applicable)\s*\.?\s*$", re.IGNORECASE)
#: The share of a sheet's rows that must give a status, at least, and the few that may not.
_GIVEN, _FEWEST = 0.6, 3


def untracked_rows(reports: list[SheetReport], items: list[dict[str, Any]],
                   skipped: list[dict[str, Any]]
                   ) -> tuple[list[SheetReport], list[dict[str, Any]], list[dict[str, Any]]]:
    """(reports, items, skipped) with the list's rows of no status explained."""
    per_sheet = Counter(i["sheet"] for i in items)
    given = Counter(i["sheet"] for i in items
                    if isinstance(i.get("status"), str) and not _NONE.match(i["status"])
                    and not blank(i["status"]))
    why: dict[str, str] = {}
    notes: dict[str, str] = {}
    for item in items:
        status, sheet = item.get("status"), item["sheet"]
        if (isinstance(status, str) and _NONE.match(status)
                and given[sheet] >= max(_FEWEST, _GIVEN * per_sheet[sheet])):
            why[item["row_id"]] = (f"status '{status.strip()}' where the list's items give the "
                                   "inspectorate's: logged beside them (good practice, another "
                                   "body's recommendation, a report noted), not one of them")
    for sheet, n in Counter(i["sheet"] for i in items if i["row_id"] in why).items():
        notes[sheet] = (f"{n} row{'s' if n != 1 else ''} with no status of the inspectorate's "
                        "('n/a') among its items: read as logged beside them, not items")
    added = _added_rows(items, per_sheet)
    why |= added
    for sheet, n in Counter(i["sheet"] for i in items if i["row_id"] in added).items():
        notes[sheet] = "; ".join(filter(None, [notes.get(sheet), (
            f"{n} row{'s' if n != 1 else ''} with neither the register's reference nor a status, "
            "where every other row gives both: rows added to the list (a query), not its items")]))
    return set_aside_rows(reports, items, skipped, why, notes)


#: Rows of a sheet that must give both reference and status, at least, for one giving neither
#: to be a row someone added (a register's export gives every item both); and how many such
#: rows there may be, at most (a few queries, not a part of the list left unfilled).
_FEWEST_EXPORTED, _ADDED, _ADDED_SHARE = 10, 3, 0.05


def _added_rows(items: list[dict[str, Any]], per_sheet: Counter) -> dict[str, str]:
    """Rows with neither reference nor status on a sheet whose other rows all give both: a
    force's query typed under the list it was sent ("open on our tracker but not on the list
    above"), not the register's. Were it the register's, it would have its reference."""
    both = Counter(i["sheet"] for i in items if not blank(i.get("ref")) and not blank(i.get("status")))
    bare = [i for i in items if blank(i.get("ref")) and blank(i.get("status"))]
    bare_on = Counter(i["sheet"] for i in bare)
    return {i["row_id"]: "neither the register's reference nor a status, where the list's other "
                         "rows give both: a row added to the list (a query or note), not its item"
            for i in bare
            if both[i["sheet"]] >= _FEWEST_EXPORTED
            and bare_on[i["sheet"]] <= max(_ADDED, _ADDED_SHARE * per_sheet[i["sheet"]])
            and both[i["sheet"]] + bare_on[i["sheet"]] == per_sheet[i["sheet"]]}
