"""A board drawn on a sheet, the way a team moves notes about on a wall: a row of stage
headings ("TO DO", "IN PROGRESS", "AWAITING SIGN-OFF", "DONE"), each item a card in one cell
of its stage's column (the report and its number on the first line, the ask, "Lead: … | Due:
…"), several unrelated cards on one row, lanes under banner rows naming the owning department.

Read as a table, a row of four cards is one item of four texts and the stage is nowhere. Read
as a board, each card is an item named by its cell ('Board!C7': a row holds several), its
status the heading of its column, its owner its own "Lead:" line else its lane's banner; every
row holding no card (title, headings, banners, a key) is explained.
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl.utils import get_column_letter

from .. import vocab
from ..normalise import builtin_statuses, norm_status, reads_as_status
from ..normalise.refs import item_number
from .columns import field_named
from .grid import Grid, blank
from .typefill import OWN_CELL, TEXT_COL

#: The stage headings are in the sheet's first rows with content.
_LOOK = 15
#: Headings a board has at least (known stages, one open and one done among them).
_STAGES = 3
#: A heading is a few words.
_HEADING_WORDS = 6
#: A card: lines of its own, or a sentence of this many words at least.
_CARD_WORDS = 5
#: Cards a board holds at least, and rows holding two cards or more.
_MIN_CARDS, _SHARED_ROWS = 5, 2
#: Share of the cells under the headings that are cards (a table's cells are short values).
_CARD_SHARE = 0.7
#: A card's first line names its report when it is this short and asks nothing.
_TITLE_WORDS = 12

#: A register id in a card's heading: "#1234", "Ref 1234", "HMICFRS 10234", "(1234)".
_ID = re.compile(r"(?:#|\b(?:hmi(?:c(?:frs)?)?|ref(?:erence)?|urn|id)\b\.?\s*(?:no\.?\s*)?[:#]?)"
                 r"\s*(\d{3,6})\b|[(\[]\s*(?!(?:19|20)\d\d\b)(\d{3,6})\s*[)\]]|(?<![\d/.])\b(?!(?:19|20)\d\d\b)"
                 r"(\d{4,6})\b(?![/.]\d)", re.IGNORECASE)
#: The report's own number for the item: "Rec 3", "AFI 2", "CoC 1", "R4".
_NUMBER = re.compile(r"\b(?:afi|aoi|rec(?:ommendation)?|coc|cause\s+of\s+concern|area\s+for\s+"
                     r"improvement|r)\s*[-.#]?\s*\d{1,2}\b(?:\s*\(?[a-h]\)?)?", re.IGNORECASE)
#: What parts a card's heading or its lead line: "PEEL 2021 – Rec 3", "Lead: X | Due: Y".
_PARTS = re.compile(r"\s+[|\u00b7\u2022]\s+|\s*;\s*")
_LABELLED = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z /&.]{0,24}?)\s*(?::|\s[-\u2013\u2014]\s)"
                       r"\s*(?P<value>\S.*)$")
#: Fields a card's labelled line may give.
_CARD_FIELDS = ("owner", "due", "progress", "ref", "local_ref", "type", "report")
_EDGES = " -\u2013\u2014:|,.\u00b7\u2022;"


def _stage_row(row: list[Any], side: str) -> dict[int, str] | None:
    """Column -> stage heading, when a row reads as a board's headings: a few words each, three
    of them stages a status table knows, open and done among them, and no other naming a
    field ("In progress" names one too, as a heading of progress notes)."""
    # A heading's first line is the stage: "IN PROGRESS\n(WIP limit 12 per lane)".
    cells = {c: str(v).strip().splitlines()[0].strip() for c, v in enumerate(row)
             if not blank(v)}
    if len(cells) < _STAGES or any(not isinstance(row[c], str) or len(v.split()) > _HEADING_WORDS
                                   for c, v in cells.items()):
        return None
    table = builtin_statuses(side)
    known = {c: v for c, v in cells.items() if reads_as_status(v, table)}
    if (len(known) < _STAGES or len({norm_status(v, table) for v in known.values()}) < 2
            or any(field_named(vocab.key(v), side) for c, v in cells.items() if c not in known)):
        return None
    return cells


#: A board's key or a note on it, not a card: "Key: blue card – area for improvement".
_KEY = re.compile(r"^\s*(?:colou?r\s+)?(?:key|legend|notes?|nb)\b\s*[:\-\u2013\u2014]",
                  re.IGNORECASE)


def _is_card(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    lines = [ln for ln in value.splitlines() if ln.strip()]
    if len(lines) >= 2:
        return True
    # One line: a sentence, not a labelled field ("Board owner: S. Cartwright, ext. 4417").
    return len(value.split()) >= _CARD_WORDS and not _fields(value, {}, [])


def _shape(grid: Grid, nonblank: list[int], side: str
           ) -> tuple[int, dict[int, str], dict[int, list[int]]] | None:
    """(heading row, column -> stage, row -> the columns of its cards), or None."""
    for r in nonblank[:_LOOK]:
        stages = _stage_row(grid.rows[r - 1], side)
        if stages is None:
            continue
        cards: dict[int, list[int]] = {}
        others = 0
        for below in (x for x in nonblank if x > r):
            row = grid.rows[below - 1]
            cols = [c for c in stages if c < len(row) and not blank(row[c])]
            if len(cols) == 1 and _banner(grid, below, row):
                continue
            # A key's row ("KEY – card colour = type" beside its swatches) holds no card.
            if any(isinstance(v, str) and _KEY.match(v) for v in row):
                continue
            got = [c for c in cols if _is_card(row[c])]
            others += len(cols) - len(got)
            if got:
                cards[below] = got
        n = sum(len(v) for v in cards.values())
        if (n >= _MIN_CARDS and sum(len(v) >= 2 for v in cards.values()) >= _SHARED_ROWS
                and n >= _CARD_SHARE * (n + others)):
            return r, stages, cards
        return None
    return None


def _banner(grid: Grid, r: int, row: list[Any]) -> bool:
    """A lane's banner: one cell alone on its row, merged across the board, or short and
    opening in capitals ("PUBLIC PROTECTION – D/Supt Jones"; "Board owner: …" is a note)."""
    cells = [(c, v) for c, v in enumerate(row) if not blank(v)]
    if len(cells) != 1 or not isinstance(cells[0][1], str) or "\n" in cells[0][1].strip():
        return False
    words = cells[0][1].split()
    return (r, cells[0][0] + 1) in grid.wide_merges or (
        len(words) < 2 * _CARD_WORDS and len(words[0]) > 2 and words[0].isupper())


def read_board(grid: Grid, nonblank: list[int], side: str
               ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], str] | None:
    """(items, explained rows, how the sheet was read), or None when the sheet is no board."""
    if side != "force" or (shape := _shape(grid, nonblank, side)) is None:
        return None
    head, stages, cards = shape
    items: list[dict[str, Any]] = []
    explained: list[tuple[int, str]] = []
    lane = ""
    for r in nonblank:
        row = grid.rows[r - 1]
        if r in cards:
            for c in cards[r]:
                item = _card(str(row[c]))
                item.setdefault("owner", lane or None)
                item.update(row_id=f"{grid.name}!{get_column_letter(c + 1)}{r}",
                            sheet=grid.name, row=r, status=stages[c], **{TEXT_COL: c, OWN_CELL: True})
                items.append(item)
        elif r == head:
            explained.append((r, "the board's stage headings: each card's status is the "
                                 "heading of its column"))
        elif r > head and _banner(grid, r, row):
            lane = str(next(v for v in row if not blank(v))).strip()
            explained.append((r, "a lane of the board: the owner of the cards below it"))
        elif any(isinstance(v, str) and _KEY.match(v) for v in row):
            explained.append((r, "the board's key or a note on it, not a card"))
        else:
            explained.append((r, "a title or note of the board, not a card" if r < head
                              else "a note on the board too short for a card"))
    skipped = [{"row_id": grid.row_id(r), "sheet": grid.name, "row": r, "reason": why,
                "content": " | ".join(str(v) for v in grid.rows[r - 1] if not blank(v))[:200]}
               for r, why in explained]
    named = ", ".join(f"{get_column_letter(c + 1)} '{s}'" for c, s in stages.items())
    how = (f"read as a board: {len(items)} cards on {len(cards)} rows, each card an item named "
           f"by its cell, its status the heading of its column ({named}); the cards are "
           "counted as rows")
    return items, skipped, how


def _card(value: str) -> dict[str, Any]:
    """A card's fields from its lines: labelled lines ("Lead: … | Due: …") and a lead's line
    ("DI Marsh – due 31/03/2027") their fields, the line naming the report and the item's
    number (first, or wherever it is) the report, the rest the ask; lines after a lead line
    that follows the ask are notes on progress ("Evidence pack with ACC Crime 21/10")."""
    item: dict[str, Any] = {}
    body: list[str] = []
    notes: list[str] = []
    after = False
    for line in (ln.strip() for ln in value.splitlines() if ln.strip()):
        if _fields(line, item, notes) or _lead_line(line, item):
            after = after or bool(body)
        else:
            (notes if after else body).append(line)
    if len(body) > 1:
        names = [_names_report(line) for line in body]
        k = max(range(len(body)), key=lambda i: (names[i], -i))
        if names[k] or _heading(body[0]):
            _title(body.pop(k if names[k] else 0), item)
    item["text"] = " ".join(body) if body else value.strip()
    if notes:
        item.setdefault("progress", " ".join(notes))
    return item


def _heading(line: str) -> bool:
    return (len(line.split()) <= _TITLE_WORDS and not line.endswith(".")
            and not re.search(r"\bshould\b", line, re.IGNORECASE))


#: A year or a PEEL round in a line: "CDI 2019", "PEEL 21/22".
_DATED = re.compile(r"\b(?:19|20)\d\d\b|\b\d\d/\d\d\b|\bpeel\b", re.IGNORECASE)


def _names_report(line: str) -> int:
    """How surely a short line names the card's report: 2 with an id or the item's number
    ("Stolen Freedom · Rec 4", "HMICFRS 8544"), 1 with a year alone, else 0."""
    if not _heading(line):
        return 0
    if _ID.search(line) or _NUMBER.search(line):
        return 2
    return 1 if _DATED.search(line) else 0


#: A lead's line with a date and no label: "DI R. Marsh – due 31/03/2027", "DI Nowak;
#: 30/06/27", "DI Cole – closed 19/08/26".
_LEAD_LINE = re.compile(r"^(?P<owner>[^\d|;\u2013\u2014]{2,50}?)\s*(?:[|;\u00b7,\u2013\u2014]|\s-)\s*"
                        r"(?:(?P<word>due|closed|target|by|deadline)\b\s*:?\s*)?"
                        r"(?P<date>\d{1,2}/\d{1,2}/\d{2,4})\s*$", re.IGNORECASE)


def _lead_line(line: str, item: dict[str, Any]) -> bool:
    """Whether a line is a lead's name and a date, each put in its field (in place)."""
    m = _LEAD_LINE.match(line)
    if m is None:
        return False
    item.setdefault("owner", m.group("owner").strip())
    fld = "closed_on" if (m.group("word") or "").lower() == "closed" else "due"
    item.setdefault(fld, m.group("date"))
    return True


def _title(line: str, item: dict[str, Any]) -> None:
    """The report's name and the item's reference or number, from a card's first line."""
    rest = line
    if m := _ID.search(rest):
        item["ref"] = next(g for g in m.groups() if g)
        rest = rest[:m.start()] + " " + rest[m.end():]
    if m := _NUMBER.search(rest):
        if item_number(m.group(0)):
            item["local_ref"] = m.group(0).strip()
        rest = rest[:m.start()] + " " + rest[m.end():]

    rest = re.sub(r"\s+", " ", re.sub(r"[(\[]\s*[)\]]", "", rest)).strip(_EDGES)
    if rest:
        item["report"] = rest


def _fields(line: str, item: dict[str, Any], notes: list[str]) -> bool:
    """Whether a line opens with a labelled field ("Lead: DCI Smith | Due: 31/03/2024"), each
    put in its field and any part no label names ("Closed at OL board 05/09/24") in the
    notes (in place)."""
    found: dict[str, str] = {}
    rest: list[str] = []
    for k, part in enumerate(_PARTS.split(line)):
        m = _LABELLED.match(part)
        fld = field_named(vocab.key(m.group("label")), "force") if m else None
        if m and fld in _CARD_FIELDS:
            found.setdefault(fld, m.group("value").strip())
        elif k == 0:
            return False
        else:
            rest.append(part.strip())
    for fld, value in found.items():
        if fld == "local_ref" and (m := _ID.search(value)):
            fld, value = "ref", next(g for g in m.groups() if g)
        item.setdefault(fld, value)
    notes += rest
    return True
