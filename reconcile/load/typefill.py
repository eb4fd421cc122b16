"""A type shown by a row's fill: no type column, but a key ("Blue rows – areas for
improvement; white – recommendations; pink – causes of concern", or swatches: a cell filled
blue reading "AFI") and each item's row shaded to match.

The key is read from the rows that are not items on any sheet of the file (a closed sheet
kept without a key of its own follows the live sheet's); each item with no type of its own
takes the type its text cell's fill names, an unfilled row the key's white. Only when the key
names two types or more: one coloured line alone may say something else.
"""

from __future__ import annotations

import re
from typing import Any

from ..normalise.types import TYPE_PREFIX as _TYPE_START
from ..normalise.types import type_prefix, type_word
from .grid import Grid, blank

#: Colour words a key uses -> the family `Styles.fill` gives (a pale pink is red there).
_COLOUR_WORDS = {"red": "red", "pink": "red", "amber": "amber", "orange": "amber",
                 "yellow": "amber", "gold": "amber", "green": "green", "blue": "blue",
                 "grey": "grey", "gray": "grey", "white": "white", "unshaded": "white",
                 "no fill": "white", "unfilled": "white"}
_KEY_PART = re.compile(
    r"^\s*(?:(?:(?:card|row|cell|fill)\s+)?(?:colou?rs?|key)(?:\s+key)?\s*[:\-–]\s*)?"
    rf"(?P<colour>{'|'.join(sorted(_COLOUR_WORDS, key=len, reverse=True))})"
    r"(?:\s+(?:rows?|fill|shading|shaded|cells?|cards?|background|highlight(?:ed|ing)?))?\s*"
    r"[-–—:=]\s*(?P<what>.+?)\s*$", re.IGNORECASE)
_PARTS = re.compile(r";\s*|\s+\|\s+|\n|,\s+(?=(?:" + "|".join(_COLOUR_WORDS) + r")\b)",
                    re.IGNORECASE)
#: A row of a key: a swatch beside these words is one.
_KEY_WORDS = re.compile(r"\b(?:key|legend|colou?rs?|shad(?:ed|ing)|fill)\b", re.IGNORECASE)
#: An item's key holding its text's column, where its table has no type column: the cell
#: whose fill is read, only when the file has a key of types.
TEXT_COL = "text_col"
#: ... and set where only that cell's fill is the item's (a board's card: the cells beside it
#: are other cards).
OWN_CELL = "own_cell"


#: Words of a status: "Red – recommendation overdue" is a RAG key's line, not a type's.
_STATUS_WORDS = re.compile(r"\b(?:implemented|complete|completed|progress|overdue|started|"
                           r"closed|open|track|done|deadline|achieved|ongoing|delayed)\b",
                           re.IGNORECASE)


def _names_a_type(what: str) -> bool:
    """A key line's meaning is a type's name ("areas for improvement", "recommendations
    (incl. national recommendations)"), not a grade that mentions one."""
    return len(what.split()) <= 6 and not _STATUS_WORDS.search(what)


def mark_untyped(items: list[dict[str, Any]], side: str, mapping: dict[int, str],
                 text_col: int) -> None:
    """With no type column a key may type a tracker's rows by their fill: each item keeps its
    text's column, whose fill is read only if the file has such a key."""
    if side == "force" and "type" not in mapping.values():
        for item in items:
            item[TEXT_COL] = text_col


def _row_fill(grid: Grid, row: int, text_col: int, own_cell: bool = False) -> str | None:
    """The fill of an item's row: its text cell's, else (the text merged down from the row
    above) the first shaded cell left of it."""
    for col in (text_col + 1, *([] if own_cell else range(1, text_col + 1))):
        if fill := grid.styles.fill(row, col):
            return fill
    return None


def type_key(grids: dict[str, Grid], skipped: list[dict[str, Any]]) -> dict[str, str]:
    """Fill family -> type, from the key lines and swatches among the rows that are not
    items."""
    key: dict[str, str] = {}
    swatches: list[tuple[Grid, int, int, str]] = []
    for row in skipped:
        grid = grids.get(row["sheet"])
        if grid is None or row["row"] - 1 >= len(grid.rows):
            continue
        cells = grid.rows[row["row"] - 1]
        keyed = any(isinstance(v, str) and _KEY_WORDS.search(v) for v in cells)
        for c, value in enumerate(cells):
            if blank(value) or not isinstance(value, str):
                continue
            for part in _PARTS.split(value):
                m = _KEY_PART.match(part)
                if m and _names_a_type(m.group("what")) and (kind := type_word(m.group("what"))):
                    key.setdefault(_COLOUR_WORDS[m.group("colour").lower()], kind)
            if keyed and len(value) <= 40 and (kind := type_word(value)):
                swatches.append((grid, row["row"], c, kind))
    # A swatch: a cell of a key's row ("Row colour: | AFI | …"), shaded in the colour it names
    # the type of. Fills are read only for those: reading a sheet's styles costs its XML again.
    for grid, r, c, kind in swatches:
        fill = grid.styles.fill(r, c + 1)
        if fill and fill != "white":
            key.setdefault(fill, kind)
    return key


def types_from_fill(items: list[dict[str, Any]], key: dict[str, str],
                    grids: dict[str, Grid]) -> str:
    """Each item with no type of its own (nor one its text starts with) given the type its
    text cell's fill names (in place); a note of it, or ''."""
    if len(set(key.values())) < 2:
        return ""
    typed = 0
    for item in items:
        if (TEXT_COL not in item or item.get("type") or type_prefix(item.get("text"))
                or item["sheet"] not in grids):
            continue
        fill = _row_fill(grids[item["sheet"]], item["row"], item[TEXT_COL],
                         item.get(OWN_CELL, False))
        if kind := key.get(fill or "white"):
            item["type"] = kind
            typed += 1
    if not typed:
        return ""
    said = "; ".join(f"{colour} = {kind}" for colour, kind in sorted(key.items()))
    return f"no type column: {typed} rows typed by their fill, as the key says ({said})"


def typed_by_fill(grids: dict[str, Grid], skipped: list[dict[str, Any]],
                  items: list[dict[str, Any]]) -> str:
    """The file's items typed by their fill where its key says so (`type_key`,
    `types_from_fill`); a note of it, or ''."""
    key = type_key(grids, skipped)
    return types_from_fill(items, key, grids) if key else ""


#: A report's short name and year before a title's type word: "PEEL 2016 AFI – missing
#: children", "PEEL 17 Rec – …", "HMICFRS CDI 2019 AFI: …".
_REPORT_FIRST = re.compile(r"\s*(?:hmic(?:frs)?\s+)?[a-z&]{2,12}\s*(?:19|20)?\d\d"
                           r"(?:\s*[/\-]\s*\d\d(?:\d\d)?)?\s+", re.IGNORECASE)


#: A second code after the type's ("CoC1 R1 – …": the first recommendation under the first
#: cause of concern), naming a part of what the type names.
_PART_CODE = re.compile(r"\s*(?:[a-z]{1,4}\s?\d+[a-z]?|\(?[a-z]\))(?:\s*[-:.)\u2013\u2014]|\s)",
                        re.IGNORECASE)


def _title_type(title: object) -> str:
    """The type a title opens with, after the report's short name and year if it gives them;
    '' where a second code follows the type's (a part of the item the type names)."""
    if not isinstance(title, str):
        return ""
    rest = _REPORT_FIRST.sub("", title, count=1) if _REPORT_FIRST.match(title) else title
    for text in dict.fromkeys((title, rest)):
        if m := _TYPE_START.match(text):
            return "" if _PART_CODE.match(text, m.end()) else type_prefix(text)
    return ""


def type_from_titles(grid: Grid, title_col: int | None, items: list[dict[str, Any]],
                     notes: list[str]) -> None:
    """A tracker with no type column whose short titles open with the item's type ("REC – DA
    arrest", "AFI 3 – workforce plan", "CoC – vetting backlog"): each item with no type of its
    own takes its title's. Only where two titles at least say one (in place)."""
    if title_col is None:
        return
    found = {item["row"]: said for item in items if blank(item.get("type"))
             and (said := _title_type(grid.value(item["row"], title_col)))}
    if len(found) < 2:
        return
    for item in items:
        if item["row"] in found:
            item["type"] = found[item["row"]]
    notes.append(f"type read from the title's first word ('REC –', 'AFI 3 –') on {len(found)} "
                 "rows")

