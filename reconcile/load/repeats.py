"""A list's row that repeats an earlier row whole, or only points to the row of its item:
one item, listed twice.

A database query joining an item to two portfolios (or two owners, two themes) lists it
once per match: the same register reference, wording, report, type, force and status on
two rows, only the joined column differing. Read as two items, the second is either paired
with another item's force row or reported missing from the force; it is read once, the
repeat explained ("the same item as row 41"). So is a stub a pack leaves where an item was
("Closed since last pack – see …", its id, no status): it points to the item's own row.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .. import vocab
from ..normalise.forces import force_key
from .grid import blank
from .items import set_aside_rows
from .sheetfacts import rows_named, shortened

#: What two rows of the list must share, beside reference and wording, to be one item
#: listed twice. Not the type's wording: a log keyed twice may call one item "Recommendation
#: (national)" on its first entry and "Recommendation" on the second. Not the sheet, unless
#: sheets are named for forces (a list kept one sheet per force may list a national item on
#: each): a monitoring pack prints an item linked to two causes of concern on each's tab.
_SAME = ("report", "force", "status")


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
        key = (str(ref).strip(), str(text), *(item.get(f) for f in _SAME),
               item["sheet"] if _for_a_force(item["sheet"]) else "")
        if key in first:
            repeats.append((item, first[key]))
        else:
            first[key] = item
    why = {i["row_id"]: f"the same item as {o['row_id']} (its reference, wording, report and "
                        "status again): listed twice, read once" for i, o in repeats}
    pointers = _pointers(items, {i["row_id"] for i, _ in repeats})
    why |= {i["row_id"]: f"points to {o['row_id']}, the item's own row ('{shortened(i['text'])}')"
            for i, o in pointers}
    found = repeats + pointers
    notes = {sheet: _note(found, sheet) for sheet in {i["sheet"] for i, _ in found}}
    return set_aside_rows(reports, items, skipped, why, notes)


@lru_cache(maxsize=256)
def _for_a_force(sheet: str) -> bool:
    return force_key(sheet) in vocab.FORCE_NAMES


#: A row's wording that only sends the reader to another row: "Closed since last pack – see
#: 'Closed since Aug 21' tab", "Moved to the closed items sheet", "See row 41", "Now tracked
#: under CoC 2".
_POINTS = re.compile(r"^\W*(?:.{0,40}?\b(?:see|moved\s+to|now\s+(?:on|under|tracked)|"
                     r"transferred\s+to|listed\s+(?:on|under))\b)", re.IGNORECASE)
#: The longest such wording: a sentence, not a recommendation's.
_POINTER_WORDS = 14


def _pointers(items: list[dict[str, Any]], gone: set[str]
              ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Rows of the list whose wording sends the reader to another row of the same
    reference and whose status is blank: a pack's stub left where an item was ("Closed since
    last pack – see the closed tab"). The item is the row it points to, read once."""
    by_ref: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        if item["row_id"] not in gone and not blank(item.get("ref")):
            by_ref.setdefault(str(item["ref"]).strip(), []).append(item)
    out = []
    for rows in by_ref.values():
        stubs = [i for i in rows if _stub(i)]
        full = [i for i in rows if not _stub(i)]
        if stubs and full:
            out += [(i, full[0]) for i in stubs]
    return out


def _stub(item: dict[str, Any]) -> bool:
    text = item.get("text")
    return (blank(item.get("status")) and isinstance(text, str)
            and len(text.split()) <= _POINTER_WORDS and bool(_POINTS.match(text)))


def _note(repeats: list[tuple[dict[str, Any], dict[str, Any]]], sheet: str) -> str:
    rows = [i["row"] for i, _ in repeats if i["sheet"] == sheet]
    return f"{rows_named(rows)}: an item listed on another row (again, or a pointer to it), read once"
