"""An item's second register id on the list's side. A portal that moved the register to new
references keeps each carried-over item's old number in a column of its own ("Monitoring
Ref" | "Register ID", "Reference" | "Legacy ref"), and a force's tracker, started years
before, quotes either, both or neither. Both are the item's: its reference reads "20787 /
8466", and a force row quoting either names it (`normalise.ref_key`, several ids)."""

from __future__ import annotations

import re
from typing import Any

from .. import vocab
from ..normalise import ref_key
from .grid import Grid, blank
from .sheetfacts import at_cell

#: A heading naming an id: "Legacy ID", "Register ID", "Monitoring Ref", "Old register
#: number" (not a bare "No.": the list's own running number).
_ID_WORDS = re.compile(r"\b(?:ref|refs|reference|id|ids|urn)\b|"
                       r"\b(?:register|legacy|old|previous|former|original)\b.*\b(?:number|no)\b")
#: A cell saying the item has no such id: "n/a", "-", "none".
_NONE = frozenset({"n a", "na", "none", "nil", "not applicable", "new", "tbc"})


def _none(value: Any) -> bool:
    return blank(value) or vocab.key(value) in _NONE or not vocab.key(value)


#: A register id: three to six digits (a row's number, 23, is none).
_REGISTER_ID = re.compile(r"\d{3,6}")
#: Share of the items that must give the second id, each its own.
_GIVEN = 0.3


def second_ids(grid: Grid, headers: list[Any], mapping: dict[int, str],
               items: list[dict[str, Any]]) -> str | None:
    """Join each further column of register ids into each item's reference (in place); a
    note, or None. Only columns no field took, headed as an id, whose cells read as register
    ids (plain numbers, or several: "5127; 5128"), on enough rows, no two rows the same."""
    if not items:
        return None
    found: list[tuple[str, list[str]]] = []
    for col, h in enumerate(headers):
        if col in mapping or not isinstance(h, str) or not _ID_WORDS.search(vocab.key(h)):
            continue
        cells = [at_cell(grid, item["row"], col) for item in items]
        keys = [ref_key(v) if not _none(v) else "" for v in cells]
        keys = [k if all(_REGISTER_ID.fullmatch(x) for x in k.split()) else "" for k in keys]
        given = [k for k in keys if k]
        if (len(given) >= _GIVEN * len(items) and len(set(given)) == len(given)
                and all(_none(v) or k for v, k in zip(cells, keys, strict=True))):
            found.append((h.strip(), keys))
    if not found:
        return None
    joined = 0
    for k, item in enumerate(items):
        ref = item.get("ref")
        own = ref_key(ref) if not blank(ref) else ""
        if not blank(ref) and not own:
            continue           # "MP-03101": the portal's own code stays the reference
        ids = list(dict.fromkeys(x for key in (own, *(keys[k] for _, keys in found))
                                 for x in key.split()))
        if len(ids) > len(own.split()):
            item["ref"] = " / ".join(ids)
            joined += 1
    named = " and ".join(f"'{h}'" for h, _ in found)
    return (f"register ids also in {named} (an older numbering kept beside the reference, or "
            f"the reference itself): {joined} items' references read from them, and a force "
            "row quoting any of an item's ids names it") if joined else None


#: A list's own row counter (SharePoint's ID): small numbers, counting up the rows.
_COUNTER_SPAN = 3


def counter_ref(grid: Grid, headers: list[Any], mapping: dict[int, str],
                items: list[dict[str, Any]]) -> str | None:
    """A list whose reference column is its own row counter (a SharePoint list's "ID": 1, 2,
    4, 5 … with gaps where items were deleted) and whose register ids sit in another column
    (the list's "Title", never renamed): the ids are the reference (in place). A note, or
    None."""
    ref_col = next((c for c, f in mapping.items() if f == "ref"), None)
    if ref_col is None or len(items) < _LEAST:
        return None
    counts = [at_cell(grid, item["row"], ref_col) for item in items]
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in counts) or not (
            counts == sorted(counts) and counts[-1] <= _COUNTER_SPAN * len(counts) + 20):
        return None
    for col, h in enumerate(headers):
        if col in mapping:
            continue
        keys = [ref_key(at_cell(grid, item["row"], col)) for item in items]
        ids = [k for k in keys if k and all(_REGISTER_ID.fullmatch(x) for x in k.split())]
        if len(ids) >= _MOST * len(items) and len(set(ids)) == len(ids):
            for item, k in zip(items, keys, strict=True):
                item["ref"] = " / ".join(k.split()) if k else None
            return (f"'{str(headers[ref_col]).strip()}' counts the list's rows (1, 2, 3 …): the "
                    f"register ids in '{str(h).strip()}' are the references")
    return None


#: Rows that must hold a register id in a column before it is the reference.
_MOST = 0.8
_LEAST = 3
