"""A list kept as record cards, one under another: each item's page on the old register
pasted into a sheet ("https://…/recommendation/lincolnshire/5107/", "Integrity matters …
(5107)", then "Type | National recommendation", "Status | complete", "Recommendation |
By 31 August 2015 …", "History | 30th January 2015 | Status: awaiting-review" and the
history's lines). A label in the first column, its value beside it; each card one item at
the row holding its text, every other row explained."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .. import vocab
from .columns import field_named
from .grid import Grid, blank
from .links import register_page_id
from .sources import split_ref_in

#: A label: a few words in the first cell, its value in a later one.
_LABEL_WORDS, _LABEL_CHARS = 4, 30
#: Cards, and fields each labelled on that many of them, before a sheet is read as cards.
_MIN_CARDS, _MIN_FIELDS = 3, 3
#: Distinct labels a sheet of cards uses (a column of a table's values has many more).
_MAX_LABELS = 15
#: Rows with content in which a sheet of cards shows its first text label.
_LOOK = 60


def _label(row: list[Any], side: str) -> tuple[str, str | None, Any] | None:
    """(label key, the field it names or None, its value) of a label row, else None."""
    cells = [(c, v) for c, v in enumerate(row) if not blank(v)]
    if len(cells) < 2 or cells[0][0] != 0 or not isinstance(cells[0][1], str):
        return None
    label = cells[0][1].strip().rstrip(":")
    if len(label) > _LABEL_CHARS or len(label.split()) > _LABEL_WORDS:
        return None
    k = vocab.key(label)
    return k, field_named(k, side), cells[1][1]


def read_cards(grid: Grid, nonblank: list[int], side: str
               ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], str] | None:
    """(items, explained rows, how the sheet was read), or None when the sheet is not a
    run of record cards."""
    # Cards start at the top: a sheet with no text label in its first rows is none.
    if not any((lab := _label(grid.rows[r - 1], side)) and lab[1] == "text"
               for r in nonblank[:_LOOK]):
        return None
    labels = {r: lab for r in nonblank if (lab := _label(grid.rows[r - 1], side))}
    keys = Counter(k for k, _, _ in labels.values())
    fields = Counter(f for _, f, _ in labels.values() if f)
    if (fields.get("text", 0) < _MIN_CARDS or len(keys) > _MAX_LABELS
            or sum(n >= _MIN_CARDS for n in fields.values()) < _MIN_FIELDS):
        return None
    first = next(k for k, _, _ in labels.values())        # the label each card opens with
    items: list[dict[str, Any]] = []
    explained: list[tuple[int, str]] = []
    card: dict[str, Any] | None = None
    heads: list[int] = []
    for r in nonblank:
        lab = labels.get(r)
        if lab is None:
            row = grid.rows[r - 1]
            if card is not None and blank(row[0] if row else None):
                explained.append((r, f"a line of the history of the item on row {card['row']}"
                                     if card.get("row") else "a line of a card"))
            else:
                heads.append(r)
            continue
        k, fld, value = lab
        # A new card: its first label again, or headings or a second text after a card's text
        # (a card missing the label the others open with).
        if card is None or k == first or (card.get("row") is not None and (
                heads or fld == "text")):
            card = _open(grid, heads, explained)
            heads = []
            items.append(card)
        if fld == "text" and card.get("row") is None:
            card["row"], card["text"] = r, value
        elif fld and fld != "text" and card.get(fld) is None:
            card[fld] = value
        explained.append((r, f"'{k}' of a card: read with its item"))
    explained += [(r, "note or title after the last card") for r in heads]
    items = [it for it in items if it.get("row") is not None]
    at_item = {it["row"] for it in items}
    explained = [(r, why) for r, why in explained if r not in at_item]
    for it in items:
        it["sheet"], it["row_id"] = grid.name, grid.row_id(it["row"])
    skipped = [{"row_id": grid.row_id(r), "sheet": grid.name, "row": r, "reason": why,
                "content": " | ".join(str(v) for v in grid.rows[r - 1] if not blank(v))[:200]}
               for r, why in sorted(explained)]
    how = (f"no header row: read as record cards, one under another ({len(items)} cards: a "
           f"label in the first column, its value beside it; each item at its text's row)")
    return items, skipped, how


def _open(grid: Grid, heads: list[int], explained: list[tuple[int, str]]) -> dict[str, Any]:
    """A card, with what its heading rows say: the register page's id, the report's name."""
    card: dict[str, Any] = {}
    for r in heads:
        value = next((v for v in grid.rows[r - 1] if not blank(v)), None)
        text = str(value).strip()
        if (ref := register_page_id(text)) is not None:
            card.setdefault("ref", ref)
            explained.append((r, "the card's link to the item's register page: its id"))
        elif re.search(r"[A-Za-z]{3}", text):
            name, ref = split_ref_in(text)
            card["report"] = name
            if ref:
                card.setdefault("ref", ref)
            explained.append((r, "the card's heading: the report (and the item's id)"))
        else:
            explained.append((r, "a row above a card"))
    return card
