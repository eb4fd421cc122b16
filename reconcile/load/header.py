"""Find the header row of a sheet and map its headers onto the canonical fields.

The header is often not row 1: titles, form fields ("Force", "Date form completed") and
instructions ("PLEASE SHADE BOX APPROPRIATE COLOUR") sit above it. The header row is the one
near the top that maps the most fields, the recommendation text among them.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
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
    return _map_keys([header_key(h) for h in headers], side, settings)


def _map_keys(keys: list[str], side: str, settings: SideSettings) -> dict[int, str]:
    found: dict[int, str] = {}

    def take(col: int, fld: str) -> None:
        if col not in found and fld not in found.values():
            found[col] = fld

    for fld, header in settings.columns.items():
        for col, k in enumerate(keys):
            if k and k == vocab.key(header):
                take(col, fld)
                break
    # find_header maps up to 50 rows of each sheet, most of them items: each cell's key is
    # looked up once in an index of the synonyms, and each key is searched for keywords once.
    exact = [(col, fields) for col, fields in enumerate(map(_exact_index(side).get, keys))
             if fields]
    for fld in vocab.FIELDS:
        for col, fields in exact:
            if fld in fields:
                take(col, fld)
    # Keywords only in header-like cells, not in sentences of a legend or a title.
    short = [(col, _keyword_hits(k)) for col, k in enumerate(keys) if k and len(k) <= 60]
    for i, (fld, _) in enumerate(vocab.HEADER_PATTERNS if short else ()):
        if fld == "ref" and side == "force" and "ref" in settings.columns:
            continue
        for col, hits in short:
            if i in hits:
                take(col, fld)
    return found


@cache
def _exact_index(side: str) -> dict[str, frozenset[str]]:
    """Header key -> the fields it is an exact synonym of, on one side."""
    index: dict[str, set[str]] = {}
    for fld, words in vocab.HEADER_EXACT[side].items():
        for word in words:
            index.setdefault(word, set()).add(fld)
    return {word: frozenset(fields) for word, fields in index.items()}


@lru_cache(maxsize=4096)
def _keyword_hits(k: str) -> frozenset[int]:
    """Positions in vocab.HEADER_PATTERNS of the patterns found in header key `k`."""
    return frozenset(i for i, (_, pattern) in enumerate(vocab.HEADER_PATTERNS)
                     if re.search(pattern, k))


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
