"""The old HMICFRS register's event log, copied from its page source into one cell:
"[on]13th March 2017 [status]awaiting-review[/status][/on][on]14th March 2017
[comment]New recommendation[/comment][/on] … [on]1st June 2018 [status]complete[/status][/on]".
The last status event is the item's status, the last comment its latest comment, and the
status event's date when it changed."""

from __future__ import annotations

import re
from typing import Any

from ..normalise import parse_date
from .grid import Grid, blank
from .sheetfacts import at_cell, rows_named

_EVENT = re.compile(r"\[on\]\s*(?P<on>[^\[]*?)\s*\[(?P<kind>status|comment)\](?P<said>.*?)"
                    r"\[/(?P=kind)\]\s*\[/on\]", re.IGNORECASE | re.DOTALL)


def last_events(value: object) -> tuple[str, str, str] | None:
    """(last status, its date as written, last comment) of an event-log cell, or None.

    Last by date: a log pasted newest first ("[on]1st June 2018 [status]complete …" before
    the item's first events) is read by its dates, the reading order only breaking ties. A
    comment after the last status saying the area was inspected again ("This area of
    activity has subsequently been inspected …") closes the item: the register's word for
    a superseded recommendation."""
    if not isinstance(value, str) or "[status]" not in value.lower():
        return None
    events = [(parse_date(m.group("on")), k, m.group("kind").lower(), m.group("on"),
               " ".join(m.group("said").split())) for k, m in enumerate(_EVENT.finditer(value))]
    # An undated event: all as written.
    ordered = events if any(on is None for on, *_ in events) else sorted(
        events, key=lambda e: (e[0], e[1]))
    status = when = comment = ""
    for _on, _k, kind, written, said in ordered:
        if kind == "status":
            status, when = said, written
        else:
            comment = said
            if SUPERSEDED.search(said):
                status, when = f"Superseded (the register's comment: '{said}')", written
    return (status, when, comment) if status else None


#: The register's comment closing an item inspected again since.
SUPERSEDED = re.compile(r"\bsubsequently\s+been\s+(?:re-?)?inspected\b|\bhas\s+been\s+"
                         r"superseded\b", re.IGNORECASE)


def status_from_events(grid: Grid, headers: list[Any], mapping: dict[int, str],
                       items: list[dict[str, Any]], notes: list[str]) -> None:
    """Each item with no status takes its event log's last status, the date of that event
    and the log's last comment, from the first column whose cells hold such logs (the
    progress column too, where the log was read as the item's comment)."""
    cols = [c for c, h in enumerate(headers) if mapping.get(c) in (None, "progress", "text")]
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
        if mapping.get(col) == "text" and isinstance(item.get("text"), str):
            # A page's body: its words, then its log; the words are the recommendation.
            item["text"] = _EVENT.sub(" ", item["text"]).strip() or item["text"]
    if rows:
        notes.append(f"status read from the register's event log pasted in "
                     f"'{str(headers[col]).strip()}' (its last status, that event's date and "
                     f"the last comment): {rows_named(rows)}")
