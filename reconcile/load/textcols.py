"""A tracker that gives each type its own text column: "Recommendation", "Area for
Improvement" and "Cause of Concern" side by side, each row filling one of them. The text is
whichever is filled, and its type the column's: no type column is needed to tell them."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import vocab
from .grid import Grid, blank

#: Header key -> the type it names, exactly ("Area for Improvement", "AFIs", "CoC").
_TYPE_HEADERS = {w: t for t, words in vocab.TYPE_WORDS.items() for w in words if len(w) > 1}
#: At most this share of the rows filling a sibling column may fill the text column too.
_OVERLAP = 0.2


def type_columns(grid: Grid, header_row: int, headers: list[Any], mapping: dict[int, str],
                 text_col: int) -> dict[int, str]:
    """{column: type} for the text column and its siblings, when the text column is headed by
    a type ("Recommendation") and unmapped columns beside it are headed by other types and
    hold the texts of other rows; {} otherwise."""
    own = _TYPE_HEADERS.get(vocab.key(headers[text_col]))
    if own is None:
        return {}
    siblings = {c: t for c, h in enumerate(headers) if c != text_col and c not in mapping
                and not blank(h) and (t := _TYPE_HEADERS.get(vocab.key(h))) and t != own}
    body = grid.rows[header_row:]
    out = {}
    for c, t in siblings.items():
        filled = [row for row in body if c < len(row) and isinstance(row[c], str)
                  and len(row[c].split()) >= 4]
        both = sum(1 for row in filled if text_col < len(row) and not blank(row[text_col]))
        if filled and both <= _OVERLAP * len(filled):
            out[c] = t
    return {text_col: own, **out} if out else {}


def merged_text(grid: Grid, header_row: int, text_col: int, types: dict[int, str]
                ) -> tuple[Grid, dict[int, str]]:
    """The sheet with each row's text in the text column (taken from the sibling that holds
    it), and each row's type by the column it came from: {Excel row: type}."""
    rows = [list(row) for row in grid.rows]
    typed: dict[int, str] = {}
    for r in range(header_row + 1, len(rows) + 1):
        row = rows[r - 1]
        for c, t in types.items():
            if c < len(row) and not blank(row[c]):
                if c != text_col and (text_col >= len(row) or blank(row[text_col])):
                    row.extend([None] * (text_col + 1 - len(row)))
                    row[text_col], row[c] = row[c], None
                typed.setdefault(r, t)
                break
    return dataclasses.replace(grid, rows=rows), typed
