"""What the list's own comments say of an item's status, where its status cell does not.

A list item with no status whose comment is the register's own closing line ("This
recommendation is complete", "This area of activity has subsequently been inspected …"): the
register writes these words only when it closes an item, and a list whose status was left
blank on old rows (items carried over from a previous register, a migration that filled only
the comment) still says by them that the item is closed. And an item the inspectorate's reply
column says was "closed on the register" (a liaison lead's answer in the list he sends back)
is closed, though its status cell was not yet updated."""

from __future__ import annotations

import re
from collections.abc import Callable
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
    read = _said(grid, bare, cols, _closing)
    if read:
        notes.append(f"{rows_named(read)} {'has' if len(read) == 1 else 'have'} no status but "
                     "a comment in the register's closing words ('This recommendation is "
                     "complete'): read as closed")


#: A reply saying the item was closed on the register: "Agreed – closed on the register today".
_CLOSED_THERE = re.compile(r"\bclosed\s+(?:it\s+|this\s+)?on\s+the\s+(?:register|portal|"
                           r"monitoring\s+portal)\b", re.IGNORECASE)
#: ... not a closure promised or refused: "will be closed on the register once …".
_NOT_YET = re.compile(r"\b(?:not|will|once|until|when|if|cannot|can't|won't)\b", re.IGNORECASE)
#: A column of the inspectorate's replies: "HMICFRS response (ME 09/04)", "FLL comment".
_REPLIES = re.compile(r"\b(?:hmicfrs|hmic|fll|liaison|inspectorate)\b.*\b(?:response|reply|"
                      r"replies|comments?|answer)\b")


def status_from_reply(grid: Grid, table: Table, items: list[dict[str, Any]],
                      notes: list[str]) -> None:
    """Items the inspectorate's reply column says were closed on the register take
    'Complete', whatever their status cell still says (in place): the liaison lead closes an
    item and writes so in the list he sends before its status is updated."""
    cols = [c for c, k in enumerate(table.header_keys)
            if table.mapping.get(c) in (None, "progress") and _REPLIES.search(k)]
    read = _said(grid, items, cols, _closed_there)
    if read:
        notes.append(f"{rows_named(read)}: the inspectorate's reply says closed on the register "
                     "(its status not yet updated): read as closed")


def _closing(value: str) -> str | None:
    """The status a comment in the register's closing words gives, or None."""
    if (m := _CLOSED.match(value)) is None:
        return None
    how = "Superseded" if m["later"] or m["how"].lower() == "superseded" else "Complete"
    return f"{how} (its comment: '{value.strip()[:60]}')"


def _closed_there(value: str) -> str | None:
    """'Complete' for a reply saying the item was closed on the register, or None."""
    m = _CLOSED_THERE.search(value)
    if m is None or _NOT_YET.search(value[:m.start()]):
        return None
    return f"Complete (the reply: '{value.strip()[:60]}')"


def _said(grid: Grid, items: list[dict[str, Any]], cols: list[int],
          read: Callable[[str], str | None]) -> list[int]:
    """Give each item the status the first of its cells in `cols` says (`read`), in place;
    the rows given one."""
    rows = []
    for item in items:
        for c in cols:
            value = at_cell(grid, item["row"], c)
            if isinstance(value, str) and (status := read(value)) is not None:
                item["status"] = status
                rows.append(item["row"])
                break
    return rows
