"""An improvement plan kept as one worksheet per item: each tab a small form of labels and
their values ("Report: | PEEL 2021/22", "Recommendation / AFI (verbatim) | The force should
…", "BRAG status | BLUE"), perhaps two to a row, the force's action table under it and a key
to the tab's status words at its foot.

The tab is one item, at the row holding its wording; its fields are read by what the labels
name, as a header's cells would be. The status is read by the tab's own key where it has one:
a workbook kept for years changes its forms, and Green that meant "discharged" on a 2015 tab
means "on track" on a 2021 one. Every other row is explained: the form's labels, its title,
the action table (the item's plan, not items), the key.
"""

from __future__ import annotations

import re
from typing import Any

from ..config import SideSettings
from ..normalise import meaning_state
from ..normalise.entries import ASKS
from ..normalise.types import builtin_statuses, type_named
from .blocks import legend_entries
from .columns import assign, field_named, header_claims
from .grid import Grid, blank
from .header import header_key, label_key, without_note
from .sheetfacts import filled_columns
from .table import TITLE_HEADERS

#: A label: a few words, perhaps ending in ":", perhaps with a note in brackets.
_LABEL_WORDS, _LABEL_CHARS = 6, 45
#: Rows from the top in which a form's labels sit; fields a form names besides its wording.
_FORM_ROWS, _MIN_FIELDS = 30, 2
#: Rows with content a tab of one item's form holds at most (its form, actions and key): a
#: longer sheet is a table, and is not scanned for labels.
_FORM_MAX_ROWS = 300
#: Columns a form's labels stand in (two to a row at most).
_LABEL_COLUMNS = 2
#: Cells a form's row holds at most: two labels and their values, and a note.
_FORM_CELLS = 5
#: A wording is free text.
_TEXT_WORDS = 8
#: A RAG of delivery confidence, beside a form's overall status; a sign-off's date.
_RAG = re.compile(r"\bb?rag\b")
_SIGNED = re.compile(r"\bsigned\s+off\b|\bdate\s+closed\b|\bclosure\s+agreed\b")
#: A key's heading: "RAG key:", "BRAG key", "Status key".
_KEY = re.compile(r"\s*(?:b?rag|status|colour)?\s*key\b", re.IGNORECASE)


def read_form(grid: Grid, nonblank: list[int], side: str
              ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], str] | None:
    """(the tab's items, its other rows explained, how it was read), or None for a sheet that
    is not an item's form. A form with a cause of concern and its recommendation, each under
    its own label, is two items."""
    if side != "force" or len(nonblank) > _FORM_MAX_ROWS:
        return None
    # A form's rows hold a label and its value, or two of each: a table's rows hold more.
    every = [(r, label, value) for r in nonblank
             if len(filled_columns(grid.rows[r - 1])) <= _FORM_CELLS
             for label, value in _pairs(grid.rows[r - 1])]
    pairs = [p for p in every if p[0] <= _FORM_ROWS]
    if len({r for r, _, _ in pairs}) < _MIN_FIELDS + 1 or not _one_form(every, side):
        return None
    # A form's labels stand in a column or two down the tab; a table's cells across a row.
    columns = set().union(*(_label_columns(grid.rows[r - 1], side) for r in {p[0] for p in pairs}))
    if len(columns) > _LABEL_COLUMNS:
        return None
    keys = [label_key(label) for _, label, _ in pairs]
    choices = assign(keys, side, SideSettings())
    text = choices.get("text")
    if text is None or len(choices) < _MIN_FIELDS + 1:
        return None
    # More wordings under labels naming the text or a type ("Cause of concern | HMICFRS is
    # concerned …" above "Recommendation | By July 2018 …"): an item each.
    texts = [k for k, (_, label, v) in enumerate(pairs) if isinstance(v, str) and (
        k == text.col or (len(v.split()) >= _TEXT_WORDS and (
            field_named(keys[k], side) == "text" or type_named(without_note(label)))))]
    if len({pairs[k][0] for k in texts}) < len(texts):
        return None            # two wordings on a row: a table's row, not a form's
    # The wording asks something of someone, or its label names it outright: a sheet's
    # notes ("Title | HMICFRS recommendations – progress") and a key's lines do neither.
    if not any(len(str(pairs[k][2]).split()) >= _TEXT_WORDS and (
            ASKS.search(str(pairs[k][2])) or (keys[k] not in TITLE_HEADERS and any(
                f == "text" and why == "header word" for f, _, why in header_claims(keys[k], side))))
               for k in texts):
        return None
    shared: dict[str, Any] = {fld: pairs[c.col][2] for fld, c in choices.items() if fld != "text"}
    _status_of_form(shared, choices, pairs, keys)
    items = []
    for k in texts:
        row, label, wording = pairs[k]
        item = {"row_id": grid.row_id(row), "sheet": grid.name, "row": row, **shared,
                "text": wording}
        if len(texts) > 1:
            # "Cause of concern | HMICFRS is concerned …": the label types its wording; the
            # form's one type is the other wording's only where no label types it so.
            item["type"] = type_named(without_note(label)) or None
        items.append(item)
    if len(items) > 1:
        typed = {i["type"] for i in items if i["type"]}
        own = type_named(str(shared.get("type") or "")) or None
        for i in items:
            if i["type"] is None:
                i["type"] = shared.get("type") if own not in typed else None
    labelled = {r for r, _, _ in pairs}
    at = {item["row"] for item in items}
    explained = _explained(grid, nonblank, at, labelled)
    key = legend_entries(grid, [r for r, why in explained if why == _KEY_LINE])
    for item in items:
        if key and isinstance(item.get("status"), str):
            item["status"] = _by_key(item["status"], key)
    skipped = [{"row_id": grid.row_id(r), "sheet": grid.name, "row": r, "reason": why,
                "content": " | ".join(str(v) for v in grid.rows[r - 1] if not blank(v))[:200]}
               for r, why in explained]
    return items, skipped, (f"{FORM_NOTE} (a label beside each value, the item at "
                            "its wording's row)" + (", its status by the tab's own key" if key
                                                    else ""))


#: How read_form says it read a sheet (the start of its note).
FORM_NOTE = "read as an item's form"
#: Forms in a workbook before its other sheets are weighed as an index of them.
_FORMS = 3


def index_sheets(grids: list[Grid], items: list[dict[str, Any]], forms: set[str]) -> set[str]:
    """Sheets of a workbook of item forms that list the forms' tabs (a contents page, a
    summary): most of their rows name a form's tab. Their rows are the forms' items again."""
    if len(forms) < _FORMS:
        return set()
    names = {" ".join(f.split()).casefold() for f in forms}
    by_sheet: dict[str, list[bool]] = {}
    rows = {g.name: g.rows for g in grids}
    for item in items:
        if item["sheet"] in forms or item["sheet"] not in rows:
            continue
        cells = rows[item["sheet"]][item["row"] - 1]
        by_sheet.setdefault(item["sheet"], []).append(any(
            isinstance(v, str) and " ".join(v.split()).casefold() in names for v in cells))
    return {sheet for sheet, hits in by_sheet.items() if sum(hits) >= 0.5 * len(hits)}


def _status_of_form(shared: dict[str, Any], choices: dict, pairs: list, keys: list[str]) -> None:
    """A form's status: its overall status before a RAG of delivery confidence; where that is
    blank, signed off on a date is done (in place)."""
    status = choices.get("status")
    overall = next((k for k, key in enumerate(keys) if "status" in key.split()
                    and not _RAG.search(key) and field_named(key, "force") == "status"), None)
    if status is not None and overall is not None and overall != status.col and _RAG.search(
            keys[status.col]):
        shared["status"] = pairs[overall][2]
    if blank(shared.get("status")):
        signed = next((pairs[k][2] for k, key in enumerate(keys) if _SIGNED.search(key)
                       and not blank(pairs[k][2])), None)
        if signed is not None:
            when = signed.strftime("%d/%m/%Y") if hasattr(signed, "strftime") else signed
            shared["status"] = f"Complete (signed off {when})"


def _one_form(pairs: list[tuple[int, str, Any]], side: str) -> bool:
    """Whether the sheet's labels are one form's: no label naming a field twice (a sheet of
    items one under another, each in a block of labels, repeats them all)."""
    named = [k for _, label, _ in pairs
             if field_named(k := label_key(label), side)]
    return len(named) == len(set(named))


def _label_columns(row: list[Any], side: str) -> set[int]:
    """Columns of a row's labels that name a field."""
    return {c for c, v in enumerate(row[:-1]) if _is_label(v) and not blank(row[c + 1])
            and field_named(label_key(v), side)}


def _pairs(row: list[Any]) -> list[tuple[str, Any]]:
    """(label, value) pairs of a form's row, left to right, the value in the cell right of its
    label: "Plan ref | IP-006 | | HMICFRS ref | Rec 2" is two; "Overall status | | RAG | G"
    one (the overall status blank)."""
    out, values = [], set()
    for c, v in enumerate(row):
        if c in values or not _is_label(v):
            continue
        value = row[c + 1] if c + 1 < len(row) else None
        if not blank(value):
            out.append((v.strip().rstrip(":").strip(), value))
            values.add(c + 1)
        elif field_named(label_key(v), "force") == "status" and not _KEY.match(v):
            out.append((v.strip().rstrip(":").strip(), None))    # left blank: said so
    return out


def _is_label(v: Any) -> bool:
    return (isinstance(v, str) and len(v) <= _LABEL_CHARS
            and len(without_note(v).split()) <= _LABEL_WORDS and not _is_value(v))


def _is_value(v: str) -> bool:
    """A cell that reads as a value, not a label: a number or a date written out."""
    return bool(re.fullmatch(r"[\d\s./:-]+", v))


_LABEL_LINE = "a label of the item's form and its value: read with the item"
_TITLE = "the form's title"
_ACTION = "an action of the item (the form's action table): its plan, not an item"
_KEY_LINE = "the tab's key to its status words"


def _explained(grid: Grid, nonblank: list[int], at: set[int], labelled: set[int]
               ) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    state = "title"
    for r in nonblank:
        if r in at:
            continue
        cells = [v for v in grid.rows[r - 1] if not blank(v)]
        if r in labelled:
            out.append((r, _LABEL_LINE))
            state = "form"
        elif cells and isinstance(cells[0], str) and _KEY.match(cells[0]):
            out.append((r, _KEY_LINE))
            state = "key"
        elif state == "title":
            out.append((r, _TITLE))
        elif state == "key":
            out.append((r, _KEY_LINE))
        elif len(cells) == 1 and isinstance(cells[0], str) and ("=" in cells[0] or ":" in cells[0]):
            out.append((r, _KEY_LINE))      # "RAG = delivery confidence only: G on track, …"
        else:
            out.append((r, _ACTION))
            state = "actions"
    return out


def _by_key(status: str, key: tuple[tuple[str, str], ...]) -> str:
    """The status as the tab's key says: "Complete (the key: GREEN – recommendation
    discharged)" or "In progress (the key: GREEN – on track)"; as written where the key does
    not name it or says nothing of it."""
    said = {header_key(word): (word, meaning) for word, meaning in key}
    hit = said.get(header_key(status))
    if hit is None:
        return status
    state = meaning_state(hit[1], builtin_statuses("force"))
    word = {"done": "Complete", "open": "In progress"}.get(state)
    return f"{word} (the tab's key: {hit[0]} – {hit[1]})" if word else status
