"""An item's wording kept in the note (comment) on its text cell, the cell showing only a
short title the force wrote ("Rec 3 – online crime reports"): a tracker made to print a page
per report. The note is what the analyst reads when hovering, so it is the item's text."""

from __future__ import annotations

import re
from typing import Any

from ..normalise import type_prefix
from .columns import FREE_TEXT_WORDS
from .sheetfacts import rows_named
from .table import Table

#: "Kerry Dunn:" on a line of its own: the author Excel writes at the top of a note.
_AUTHOR = re.compile(r"^[^\n:]{2,60}:[ \t]*\n")


def text_from_notes(table: Table, items: list[dict[str, Any]], notes: list[str]) -> None:
    """Each item whose text cell carries a note of wording (FREE_TEXT_WORDS words or more,
    more than the cell shows) takes the note as its text; a short note ("Full text: see the
    report, p.41") or one on another column (a remark on the RAG) changes nothing."""
    cells = table.grid.notes
    if not cells:
        return
    read = []
    for item in items:
        note = cells.get((item["row"], table.text_col))
        if not note:
            continue
        note = _AUTHOR.sub("", note.strip(), count=1).strip()
        shown = str(item["text"]) if item.get("text") is not None else ""
        if len(note.split()) >= max(FREE_TEXT_WORDS, len(shown.split()) + 1):
            item["text"] = note
            # "AFI 1 – VAWG: nature & scale": the title's numbering still names the type.
            if not item.get("type") and (kind := type_prefix(shown)):
                item["type"] = kind
            read.append(item["row"])
    if read:
        notes.append(f"the text of {rows_named(read)} read from the note on its "
                     f"'{table.text_header}' cell (the cell shows a short title)")
