"""A field kept in two columns, each row filling one: two versions of a form merged.

Form data merged from two versions of a form (Acrobat's "merge data files" over a 2022 and
a 2024 template), or a register whose export added a column when its form changed, gives
each field two columns: the old rows fill "Text3", the new "RecommendationText", never both.
Read by the one column its heading or content chose, the other version's rows have no
text, no reference or no type. Where an unnamed-by-field column is filled on just the rows
the chosen one leaves blank, and holds the same kind of value, its cells are read into the
chosen column.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from ..config import SideSettings
from ..normalise.types import type_word
from .grid import Grid, blank
from .header import map_headers
from .sheetfacts import at_cell
from .table import Table

#: The fields read so, and what their other column must hold on most of its cells.
_FIELDS = ("text", "ref", "type")
#: Share of its cells that must be of the field's kind ...
_KIND = 0.8
#: ... the two columns together filling this share of the rows at least ...
_COVER = 0.8
#: ... each filling this share of them at least ...
_SOME = 0.1
#: ... and both on this share of them at most (a few rows filled twice: a form re-keyed).
_BOTH = 0.05
#: A register's id as a cell holds it: "8411", 8411, "8411.0".
_ID = re.compile(r"\d{3,6}(?:\.0)?")
#: Words a text cell holds on average at least.
_TEXT_WORDS = 8


def alternate_columns(grid: Grid, header_row: int, table: Table, nonblank: list[int]
                      ) -> tuple[Grid, str]:
    """The grid with each field's other column read into its own; a note naming them."""
    rows = [r for r in nonblank if r > header_row]
    if len(rows) < 4:
        return grid, ""
    col_of = {fld: c for c, fld in table.mapping.items()}
    moves: list[tuple[int, int]] = []
    for fld in _FIELDS:
        c = col_of.get(fld)
        if c is None:
            continue
        mine = {r for r in rows if not blank(at_cell(grid, r, c))}
        if len(mine) >= _COVER * len(rows):
            continue
        # Each version fills some rows: a column blank on all is unused, not one version's.
        some = len(mine) >= max(2, _SOME * len(rows))
        best = None
        headers = grid.rows[header_row - 1]
        for d in range(len(headers)):
            if d in table.mapping or d in (m for _, m in moves):
                continue
            theirs = {r for r in rows if not blank(at_cell(grid, r, d))}
            if len(theirs) < 2 or len(mine & theirs) > _BOTH * len(rows):
                continue
            # A column its heading names for the reference ("HMIC Ref", then "HMICFRS ID" on
            # the newer form) is its other version however few rows either fills (old forms
            # may give none); another column only where the two fill most rows between them.
            if not (fld == "ref" and _named_for(headers[d], fld)) and not (
                    some and len(mine | theirs) >= _COVER * len(rows)):
                continue
            if _of_kind(fld, [at_cell(grid, r, d) for r in sorted(theirs)]) and (
                    best is None or len(theirs) > best[0]):
                best = (len(theirs), d)
        if best is not None:
            moves.append((c, best[1]))
    if not moves:
        return grid, ""
    out = [list(row) for row in grid.rows]
    for c, d in moves:
        for r in rows:
            row = out[r - 1]
            if blank(at_cell(grid, r, c)) and not blank(v := at_cell(grid, r, d)):
                # Moved, not copied: the row then holds it once, where its field is read (a
                # bullet wrapped onto a row of its own is that row's text alone).
                row.extend([None] * (c + 1 - len(row)))
                row[c], row[d] = v, None
    said = ", ".join(f"'{headers[d]}' into '{headers[c]}'" for c, d in moves)
    return dataclasses.replace(grid, rows=out), (
        f"each row fills one of two columns for the same field (two versions of a form "
        f"merged): read {said} where the first is blank")


def _named_for(heading: Any, fld: str) -> bool:
    """Whether a heading alone names the field for the force's side."""
    return blank(heading) is False and fld in map_headers([heading], "force", SideSettings()).values()


def _of_kind(fld: str, cells: list[Any]) -> bool:
    """Whether most of a column's cells hold the field's kind of value."""
    if fld == "text":
        words = [len(str(v).split()) for v in cells]
        return sum(words) >= _TEXT_WORDS * len(words)
    if fld == "ref":    # a register's plain ids, not a system's own keys ("HMIC-20")
        return sum(bool(_ID.fullmatch(str(v).strip())) for v in cells) >= _KIND * len(cells)
    return sum(bool(type_word(v)) for v in cells) >= _KIND * len(cells)
