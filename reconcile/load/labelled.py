"""Labelled lines under an item: "Evidence requested: missing persons policy …", "Note: …".

An inspectorate's evidence schedule lists, under each item, the evidence it wants to see, a
row each ("A-01/E1 | Evidence requested: …"), the item's other cells empty; a register keeps
a note under an item the same way. Such a row has words but none of what makes an item on
this sheet (no status, type or reference where the items have them), and its words open
with a label and a colon that names no type, on two such rows at least (or "Note:"). Read
as a line of the item above it, not an item.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .columns import is_type_word
from .grid import Grid, blank
from .sheetfacts import rows_named
from .walk import rows_set_aside

#: "Evidence requested:", "HMICFRS note:": a label of a few words, a colon, the line's words.
_LABEL = re.compile(r"\s*([A-Za-z][A-Za-z ()/&']{1,40}?)\s*:\s*\S")
_LABEL_WORDS = 4
#: Labels a note of an item needs no second row to be read as ("Note:", "Update:").
_NOTE_LABELS = frozenset({"note", "notes", "nb", "comment", "comments", "update", "evidence"})
#: What an item of the sheet has that a labelled line lacks; most items have a status.
_ITEM_FIELDS = ("status", "type", "ref", "local_ref", "owner", "due", "progress")
_MOST = 0.8


def _label(text: Any) -> str | None:
    if not isinstance(text, str) or not (m := _LABEL.match(text)):
        return None
    label = m.group(1).strip()
    if len(label.split()) > _LABEL_WORDS or is_type_word(label):
        return None
    return label


def lines_under_items(grid: Grid, items: list[dict[str, Any]], skipped: list[dict[str, Any]],
                      notes: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The items less the labelled lines under them, those explained (a note if any)."""
    bare = {i["row"]: label for i in items if (label := _label(i.get("text"))) is not None
            and all(blank(i.get(f)) for f in _ITEM_FIELDS)}
    # A label on two such rows at least, or a note's own word: an item of the force's own
    # may open with its topic ("Vetting: clear the backlog"), once.
    said = Counter(label.casefold() for label in bare.values())
    bare = {r: label for r, label in bare.items()
            if said[label.casefold()] >= 2 or label.casefold() in _NOTE_LABELS}
    others = [i for i in items if i["row"] not in bare]
    if not bare or len(others) < 3 or sum(
            not blank(i.get("status")) for i in others) < _MOST * len(others):
        return items, skipped
    rows = {i["row"] for i in items}
    explained = {s["row"] for s in skipped}
    lines: list[tuple[int, str]] = []
    owner: dict[int, int] = {}
    for r, label in sorted(bare.items()):
        above = r - 1
        if above in owner:
            above = owner[above]
        elif above not in rows and above not in explained:
            continue
        owner[r] = above
        lines.append((r, f"'{label}' line under the row {above} above it: read with it, not "
                         "an item"))
    if not lines:
        return items, skipped
    notes.append(f"{rows_named([r for r, _ in lines])} labelled lines under an item (no "
                 "status, type or reference of their own): read with the item above, not items")
    return rows_set_aside(grid, items, skipped, lines)
