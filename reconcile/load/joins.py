"""Keys looked up on the file's own lookup sheets, as a person would with VLOOKUP.

A warehouse's extract (a star schema: a fact sheet and its DIM_ sheets) or an Access table
exported beside its lookup tables keeps every meaning behind a key: the fact sheet's
STATUS_SK, REPORT_SK and REC_TYPE_SK are numbers whose words are on other sheets. Read as
they stand, a status is "3" and a report "104", so nothing can be told apart. Each such
column is read through its lookup: the cells take the lookup's words, a date the lookup gives
beside them (a report's PUBLISHED_DATE_SK) is added to the row, and the lookup sheets are set
aside as what they are.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from .. import vocab
from ..normalise import parse_date
from .columns import is_status_word, is_type_word
from .grid import Grid, blank

#: A lookup is short: a list of statuses, types, reports or forces.
_LOOKUP_ROWS = 300
#: A lookup's key is short ("3", "AFI", "-1"); its words are a few ("Being progressed").
_KEY_CHARS, _WORDS_MOST = 20, 30
#: Rows a key column must fill before it is read through a lookup (not a chance match).
_LEAST = 3
#: The lookup's column that says what a key means, by its heading.
_DESCRIBES = re.compile(r"\b(?:desc|descr|description|name|title|label|meaning|caption|"
                        r"text|value)\b")
#: Dates before this are a warehouse's "no date" (19000101); 99991231 is "open-ended".
_FIRST_YEAR, _LAST_YEAR = 1950, 2100


@dataclass(frozen=True)
class Lookup:
    """A lookup sheet: what its keys mean, and the dates it gives beside them."""

    sheet: str
    key_header: str
    words_header: str
    words: dict[str, str]
    dates: tuple[tuple[str, dict[str, Any]], ...]     # (header, key -> date)


def join_keys(grids: list[Grid]) -> set[str]:
    """Each sheet's key columns read through the lookup sheets they name (in place); the
    names of the lookup sheets used."""
    if len(grids) < 2:
        return set()
    lookups: dict[str, Lookup] = {}
    for grid in grids:
        if (found := _lookup(grid)) is not None:
            lookups.setdefault(vocab.key(found.key_header), found)
    if not lookups:
        return set()
    used: set[str] = set()
    for grid in grids:
        used |= _joined(grid, lookups)
    return used


def _cell_key(value: Any) -> str:
    """A key as compared: 3, 3.0 and "3 " are one key."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return vocab.key(value) if isinstance(value, str) else str(value).strip().lower()


#: A key as a system writes it: a number, or one short token ("CO", "RPT_101", "-1").
_KEY = re.compile(r"[A-Za-z0-9_\-/.]{1,12}")


def _coded(value: Any) -> bool:
    """Whether a cell is a key: a whole number, or a short token that is no status or type
    word."""
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return float(value).is_integer()
    text = str(value).strip()
    return bool(_KEY.fullmatch(text)) and not is_status_word(text) and not is_type_word(text)


def _first_row(grid: Grid) -> int | None:
    """The first row with anything in it (0-based), a table's header in an extract."""
    return next((r for r, row in enumerate(grid.rows[:5]) if any(not blank(v) for v in row)),
                None)


def _lookup(grid: Grid) -> Lookup | None:
    """A sheet that is a lookup: a header, a first column of short keys each once, and a
    column of words saying what each means."""
    at = _first_row(grid)
    if at is None:
        return None
    head = grid.rows[at]
    rows = [row for row in grid.rows[at + 1:] if row and any(not blank(v) for v in row)]
    if not 2 <= len(rows) <= _LOOKUP_ROWS or len(head) < 2 or blank(head[0]) or not all(
            isinstance(h, str) for h in head if not blank(h)):
        return None
    keys = [_cell_key(row[0]) if not blank(row[0]) else "" for row in rows]
    if "" in keys or len(set(keys)) != len(keys) or max(map(len, keys)) > _KEY_CHARS:
        return None
    col = _words_column(head, rows)
    if col is None:
        return None
    words = {k: " ".join(str(row[col]).split()) for k, row in zip(keys, rows, strict=True)
             if col < len(row) and not blank(row[col])}
    dates = tuple((str(head[c]).strip(), got) for c in range(1, len(head))
                  if c != col and (got := _dates(keys, rows, c)))
    return Lookup(grid.name, str(head[0]).strip(), str(head[col]).strip(), words, dates)


def _words_column(head: list[Any], rows: list[list[Any]]) -> int | None:
    """The column saying what each key means: one headed as a description or name, else the
    one of the longest words; words on nearly every row, none a paragraph."""
    def worded(c: int) -> float:
        cells = [row[c] if c < len(row) else None for row in rows]
        said = [v for v in cells if isinstance(v, str) and not blank(v) and not parse_date(v)]
        if len(said) < 0.8 * len(rows) or any(len(v.split()) > _WORDS_MOST for v in said):
            return 0.0
        return sum(map(len, said)) / len(said)
    lengths = {c: worded(c) for c in range(1, len(head))}
    named = [c for c, n in lengths.items() if n and isinstance(head[c], str)
             and _DESCRIBES.search(vocab.key(head[c]))]
    if named:
        return named[0]
    best = max(lengths, key=lengths.__getitem__, default=None)
    return best if best is not None and lengths[best] > 3 else None


def _dates(keys: list[str], rows: list[list[Any]], col: int) -> dict[str, Any]:
    """A lookup column of dates, by key ({} if it is not one): a warehouse's "no date" kept
    blank."""
    got: dict[str, Any] = {}
    for k, row in zip(keys, rows, strict=True):
        v = row[col] if col < len(row) else None
        if blank(v):
            continue
        when = parse_date(v)
        if when is None and not (isinstance(v, (int, str)) and str(v).strip() in ("19000101",
                                                                                 "99991231")):
            return {}
        if when is not None and _FIRST_YEAR <= when.year < _LAST_YEAR:
            got[k] = when
    return got


def _joined(grid: Grid, lookups: dict[str, Lookup]) -> set[str]:
    """The grid's key columns read through their lookups (in place); the lookups used."""
    at = _first_row(grid)
    if at is None:
        return set()
    head = grid.rows[at]
    body = grid.rows[at + 1:]
    used: list[tuple[str, Lookup]] = []
    for c, h in enumerate(list(head)):
        found = lookups.get(vocab.key(h)) if isinstance(h, str) else None
        if found is None or found.sheet == grid.name:
            continue
        values = [row[c] for row in body if c < len(row) and not blank(row[c])]
        cells = [_cell_key(v) for v in values]
        counts = Counter(cells)
        # A fact's key: every value found in the lookup, each used by several rows (a copy
        # of a sheet, keyed by its own ids, repeats none), and each a code, not words a
        # person reads as they stand (a lead's name, "Complete", "AFI": a lookup of leads'
        # departments or of what each status means is no key to replace them by).
        if len(cells) < _LEAST or len(counts) == len(cells) or any(
                k not in found.words for k in counts) or not all(map(_coded, set(values))):
            continue
        for row in body:
            if c < len(row) and not blank(row[c]):
                k = _cell_key(row[c])
                for header, when in found.dates:
                    _put(head, row, header, when.get(k))
                row[c] = found.words[k]
        used.append((str(h).strip(), found))
    if used:
        said = ", ".join(f"'{h}' through sheet '{lk.sheet}' ('{lk.words_header}')"
                         for h, lk in used)
        note = f"keys read through the file's lookup sheets: {said}"
        grid.note = "; ".join(n for n in (grid.note, note) if n)
    return {lk.sheet for _, lk in used}


def _put(head: list[Any], row: list[Any], header: str, value: Any) -> None:
    """A lookup's date set on the row, in a column of its own at the end of the table."""
    if header not in head:
        head.append(header)
    c = head.index(header)
    row.extend([None] * (c + 1 - len(row)))
    row[c] = value
