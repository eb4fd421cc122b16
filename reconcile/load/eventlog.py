"""The old HMICFRS register's event log, copied from its page source into one cell:
"[on]13th March 2017 [status]awaiting-review[/status][/on][on]14th March 2017
[comment]New recommendation[/comment][/on] … [on]1st June 2018 [status]complete[/status][/on]".
The last status event is the item's status, the last comment its latest comment, and the
status event's date when it changed."""

from __future__ import annotations

import re
from typing import Any

from .grid import Grid, blank
from .sheetfacts import at_cell, rows_named

_EVENT = re.compile(r"\[on\]\s*(?P<on>[^\[]*?)\s*\[(?P<kind>status|comment)\](?P<said>.*?)"
                    r"\[/(?P=kind)\]\s*\[/on\]", re.IGNORECASE | re.DOTALL)


def last_events(value: object) -> tuple[str, str, str] | None:
    """(last status, its date as written, last comment) of an event-log cell, or None."""
    if not isinstance(value, str) or "[status]" not in value.lower():
        return None
    status = when = comment = ""
    for m in _EVENT.finditer(value):
        said = " ".join(m.group("said").split())
        if m.group("kind").lower() == "status":
            status, when = said, m.group("on")
        else:
            comment = said
    return (status, when, comment) if status else None


def status_from_events(grid: Grid, headers: list[Any], mapping: dict[int, str],
                       items: list[dict[str, Any]], notes: list[str]) -> None:
    """Each item with no status takes its event log's last status, the date of that event
    and the log's last comment, from the first column whose cells hold such logs (the
    progress column too, where the log was read as the item's comment)."""
    cols = [c for c, h in enumerate(headers) if mapping.get(c) in (None, "progress")]
    col = next((c for c in cols if any(last_events(at_cell(grid, item["row"], c))
                                       for item in items[:50])), None)
    if col is None:
        return
    rows = []
    for item in items:
        events = last_events(at_cell(grid, item["row"], col))
        if events is None:
            continue
        status, when, comment = events
        if blank(item.get("status")):
            item["status"] = status
            if blank(item.get("closed_on")) and when:
                item["closed_on"] = when
            rows.append(item["row"])
        if mapping.get(col) == "progress" or blank(item.get("progress")):
            item["progress"] = comment or None
    if rows:
        notes.append(f"status read from the register's event log pasted in "
                     f"'{str(headers[col]).strip()}' (its last status, that event's date and "
                     f"the last comment): {rows_named(rows)}")
