"""Find the header row of a sheet and map its headers onto the canonical fields.

The header is often not row 1: titles, form fields ("Force", "Date form completed") and
instructions ("PLEASE SHADE BOX APPROPRIATE COLOUR") sit above it. The header row is the one
near the top that maps the most fields, the recommendation text among them.
"""

from __future__ import annotations

import re
from typing import Any

from .. import vocab
from ..config import SideSettings
from .grid import Grid, blank

HEADER_SEARCH_ROWS = 50


def header_key(value: Any) -> str:
    return vocab.key(value) if not blank(value) else ""


def map_headers(headers: list[Any], side: str, settings: SideSettings) -> dict[int, str]:
    """Column index -> canonical field: config first, then exact synonyms, then keywords.

    A field takes the first column that names it; a second column with the same name stays
    unused (and is reported), so a repeated "Status" never silently replaces the first.
    """
    keys = [header_key(h) for h in headers]
    found: dict[int, str] = {}

    def take(col: int, fld: str) -> None:
        if col not in found and fld not in found.values():
            found[col] = fld

    for fld, header in settings.columns.items():
        for col, k in enumerate(keys):
            if k and k == vocab.key(header):
                take(col, fld)
                break
    exact = vocab.HEADER_EXACT[side]
    for fld in vocab.FIELDS:
        for col, k in enumerate(keys):
            if k and k in exact.get(fld, ()):
                take(col, fld)
    # Keywords only in header-like cells, not in sentences of a legend or a title.
    short = [(col, k) for col, k in enumerate(keys) if k and len(k) <= 60]
    for fld, pattern in vocab.HEADER_PATTERNS if short else ():
        if fld == "ref" and side == "force" and "ref" in settings.columns:
            continue
        rx = re.compile(pattern)   # from re's cache: once per pattern, not once per cell
        for col, k in short:
            if rx.search(k):
                take(col, fld)
    return found


def find_header(grid: Grid, side: str, settings: SideSettings) -> tuple[int | None, dict[int, str]]:
    """(Excel row of the header, column -> field), or (None, {}) for a sheet with no table."""
    best: tuple[int, int | None, dict[int, str]] = (0, None, {})
    for r, row in enumerate(grid.rows[:HEADER_SEARCH_ROWS], start=1):
        if sum(not blank(v) for v in row) < 2:
            continue
        mapping = map_headers(row, side, settings)
        # The text column and at least one other, unless the config named the text header.
        if "text" not in mapping.values() or (len(mapping) < 2 and "text" not in settings.columns):
            continue
        if len(mapping) > best[0]:
            best = (len(mapping), r, mapping)
    return best[1], best[2]
