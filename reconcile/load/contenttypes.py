"""A SharePoint library holding two kinds of form: one per recommendation, and closure
requests (or evidence returns) filed beside them, exported together ("Export to Excel": a
"Content Type" column names each row's form). A request carries its item's report, id and
summary, so read as an item it is a second row of it; it is no item. What it decided counts:
a request approved after the item's form was last changed means the force has the item done
though the form was never updated; one returned after it means the item is open again,
whatever the form says; one pending changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import datetime
from typing import Any

from .grid import Grid, blank
from .latercopy import CHANGED
from .sheetfacts import at_cell, rows_named
from .table import Table
from .walk import rows_set_aside

#: A content type that is a request about an item, not its form: "Closure Request",
#: "Evidence Return", "Approval" (a library's "Document" or "Folder" may be anything).
_REQUEST = re.compile(r"\b(?:request|return|approval|submission)s?\b", re.IGNORECASE)
#: A request's decision: approved, returned (or rejected), else pending.
_APPROVED = re.compile(r"^\s*(?:approved|accepted|agreed|signed\s+off)\b", re.IGNORECASE)
_RETURNED = re.compile(r"^\s*(?:returned|rejected|declined|refused|sent\s+back)\b", re.IGNORECASE)
#: Headings of the request's decision and its date (the form's last change: `CHANGED`).
_DECISION = ("request status", "decision", "outcome", "approval status", "request outcome")
_DECIDED_ON = ("decision date", "date decided", "approved on", "outcome date")


def requests_apart(grid: Grid, table: Table, items: list[dict[str, Any]],
                   skipped: list[dict[str, Any]], notes: list[str]
                   ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The items less the rows of a request's content type, each explained; an item whose
    request was decided after its form was last changed takes that decision as its status."""
    col = _column(table, ("content type",))
    if col is None:
        return items, skipped
    kinds = {str(at_cell(grid, i["row"], col)).strip() for i in items
             if not blank(_cell(grid, i["row"], col))}
    requests = {k for k in kinds if _REQUEST.search(k)}
    if not requests or requests == kinds:
        return items, skipped
    asked = [i for i in items if str(_cell(grid, i["row"], col) or "").strip() in requests]
    decision, decided_on, modified = (_column(table, names)
                                      for names in (_DECISION, _DECIDED_ON, CHANGED))
    asking = {id(i) for i in asked}
    forms: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        if id(item) not in asking and not blank(item.get("ref")):
            forms.setdefault(str(item["ref"]).strip(), []).append(item)
    taken = []
    for request in asked:
        said = str(_cell(grid, request["row"], decision) or "") if decision is not None else ""
        verdict = "done" if _APPROVED.match(said) else "open" if _RETURNED.match(said) else ""
        when = _cell(grid, request["row"], decided_on if decided_on is not None else modified)
        if not verdict or blank(request.get("ref")):
            continue
        for item in forms.get(str(request["ref"]).strip(), []):
            changed = _cell(grid, item["row"], modified) if modified is not None else None
            if isinstance(when, datetime) and isinstance(changed, datetime) and when < changed:
                continue          # the form was changed since: it says what is current
            day = when.strftime("%d/%m/%Y") if isinstance(when, datetime) else "undated"
            item["status"] = (f"{'Complete' if verdict == 'done' else 'Open'} (closure request "
                              f"{said.strip().lower()} {day}, row {request['row']}; the form "
                              f"said '{item.get('status') or ''}')")
            taken.append(item["row"])
    kind = ", ".join(f"'{k}'" for k in sorted(requests))
    notes.append(f"{rows_named([i['row'] for i in asked])} another form of the library ({kind}), "
                 "not an item" + (f"; {rows_named(taken)} take the decision of a request "
                                  "made after the form was last changed" if taken else ""))
    return rows_set_aside(grid, items, skipped, [
        (i["row"], f"a {str(_cell(grid, i['row'], col)).strip()} filed beside the items' forms "
                   "(its Content Type): not an item, its decision read into its item's status")
        for i in asked])


def _column(table: Table, names: Collection[str]) -> int | None:
    return next((c for c, k in enumerate(table.header_keys) if k in names), None)


def _cell(grid: Grid, row: int, col: int | None) -> Any:
    """`sheetfacts.at_cell`, for a column the sheet may not have."""
    return None if col is None else at_cell(grid, row, col)


__all__ = ["requests_apart"]
