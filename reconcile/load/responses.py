"""A tracker copied from a Word document, each item a block of rows: the item's own row (its
number, report, type and the HMICFRS text, no status) and under it the force's updates, one
row each ("Response –", "Update (Aug 2024): …", "Progress: …", or the text cell blank), each
with its lead, RAG and date. The updates are the item's status, not items or actions of
their own: the last one giving a status is the item's.

Told by the sheet: a few rows whose text cell starts with such a label. An item whose own
row has a status of its own keeps its rows as they are (an action plan's actions).
"""

from __future__ import annotations

import re
from typing import Any

from .grid import Grid, blank, cell
from .table import Table

#: The label an update row starts with: "Response –", "Force update (Jan 2024):", "Further
#: update Mar 2024:", "Progress:", "Position at 31/03/2024 –".
UPDATE_LABEL = re.compile(
    r"^\s*(?:(?:force|further|latest|progress|hmicfrs)\s+)?"
    r"(?:update|response|progress|position|commentary)\b[^:–—\-\n]{0,30}\s*[:–—\-]\s*",
    re.IGNORECASE)
#: Rows labelled so, at least, make the sheet one kept this way.
_LABELLED_ROWS = 3


def kept_with_updates(grid: Grid, table: Table) -> bool:
    """Whether the sheet's items carry their status on update rows under them."""
    c = table.text_col
    labelled = sum(1 for row in grid.rows[table.header_row:]
                   if c < len(row) and isinstance(row[c], str) and UPDATE_LABEL.match(row[c]))
    return labelled >= _LABELLED_ROWS



def is_update(table: Table, item: dict[str, Any], row: list[Any]) -> bool:
    """Row `row` is an update of `item` (the item's block runs on to it): its text blank or
    labelled, a status, lead or note of its own, no number of its own, and the item's own
    row with no status."""
    grid, c = table.grid, table.text_col
    if table.status_col is not None and not blank(grid.value(item["row"], table.status_col)):
        return False
    text = cell(row, c)
    if not (blank(text) or (isinstance(text, str) and UPDATE_LABEL.match(text))):
        return False
    local = next((col for col, f in table.mapping.items() if f == "local_ref"), None)
    number = cell(row, local)
    if not blank(number) and number != grid.value(item["row"], local):
        return False
    return any(not blank(cell(row, col)) for col, f in table.mapping.items()
               if f in ("status", "owner", "progress")) or (
        isinstance(text, str) and bool(UPDATE_LABEL.sub("", text).strip()))


def read_update(table: Table, item: dict[str, Any], row: list[Any]) -> None:
    """The update's status (when it gives one), lead and words, into its item (in place)."""
    said = {f: cell(row, col) for col, f in table.mapping.items()}
    if not blank(said.get("status")):
        item["status"] = str(said["status"]).strip()
    if not blank(said.get("owner")):
        item["owner"] = str(said["owner"]).strip()
    text = cell(row, table.text_col)
    words = [UPDATE_LABEL.sub("", text).strip() if isinstance(text, str) else "",
             str(said["progress"]).strip() if not blank(said.get("progress")) else ""]
    if note := " ".join(w for w in words if w):
        item["progress"] = note


#: A web page's link under an excerpt, copied where the text goes: "Read more", "Read more »",
#: "View full recommendation", "Continue reading".
_LINK_WORDS = re.compile(r"\s*(?:(?:read|view|see|show)\s+(?:more|full|the\s+full)\b|"
                         r"continue\s+reading\b)", re.IGNORECASE)
_LINK_CHARS = 60


def link_words(text: Any) -> bool:
    """A web page's link, or its pager, copied where a text goes: "Read more »"."""
    return isinstance(text, str) and len(text) <= _LINK_CHARS and bool(_LINK_WORDS.match(text))


def is_link_row(table: Table, item: dict[str, Any], row: list[Any], filled: list[int]) -> bool:
    """Row `row`, right under `item`, is the rest of it where a web listing was copied into
    Excel: the block wrapped, the item's text on its row and the link's words ("Read more")
    on the next, beside the item's status, date and link, in cells the item's own row left
    blank. A row whose cells repeat or contradict the item's is no such rest."""
    if not link_words(cell(row, table.text_col)):
        return False
    above = table.grid.rows[item["row"] - 1]
    others = [c for c in filled if c != table.text_col]
    return bool(others) and all(blank(cell(above, c)) for c in others)


def read_link_row(table: Table, item: dict[str, Any], row: list[Any], filled: list[int]) -> None:
    """The link row's cells, into its item's blank fields (in place)."""
    for c in filled:
        fld = table.mapping.get(c)
        if c != table.text_col and fld is not None and blank(item.get(fld)):
            v = row[c]
            item[fld] = " ".join(v.split()) if isinstance(v, str) else v
