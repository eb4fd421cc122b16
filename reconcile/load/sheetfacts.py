"""What a sheet holds beyond its items: cell names, the notes of its report, and force columns
of numbers that may be HMICFRS references (the statuses read from elsewhere: ``statuses``).

Kept apart from ``items`` (the row by row walk) so each stays readable on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..normalise import ref_key
from .grid import Grid, blank

#: A column of how far each item has got: "% Complete", "Progress %", "Percent complete" (a
#: status read from it, never a reference).
PERCENT_HEADER = re.compile(r"%|\bpercent|\bpct\b", re.IGNORECASE)
#: Excel's own limit on a cell's length; only a CSV can hold longer.
EXCEL_CELL_LIMIT = 32767


@dataclass(frozen=True)
class RefColumn:
    """A force column of numbers, and its value on each item of the sheet (by row_id)."""

    header: str
    values: dict[str, Any]


@dataclass(frozen=True)
class ForceColumn:
    """A status or lead column naming something besides its field ("Cambs status": 'cambs'),
    and its cell on each item of the sheet (by row_id)."""

    field: str
    header: str
    named: str
    values: dict[str, Any]


@dataclass
class Found:
    """What the walk over a sheet's rows noticed besides the items, for the sheet's notes."""

    uncalculated: list[str]                      # cells: formulas with no saved result
    errors: list[str]                            # "A7 #REF!"
    bad_dates: list[tuple[str, str, Any]]        # (cell, header, value)
    long_cells: list[str]
    unnamed: set[int]                            # columns with values but no header
    blank_status: list[tuple[int, int]]          # (item index, row)

    @classmethod
    def empty(cls) -> Found:
        return cls([], [], [], [], set(), [])


def column_letter(col: int) -> str:
    """1 → 'A', 28 → 'AB': columns as a person finds them."""
    letters = ""
    while col > 0:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell_name(row: int, col0: int) -> str:
    return f"{column_letter(col0 + 1)}{row}"


def ranges(rows: list[int] | tuple[int, ...], limit: int = 8) -> str:
    """[5, 6, 7, 9] → '5-7, 9' (the first `limit` runs, then how many more rows)."""
    runs: list[list[int]] = []
    for r in sorted(rows):
        if runs and r == runs[-1][1] + 1:
            runs[-1][1] = r
        else:
            runs.append([r, r])
    text = ", ".join(f"{a}" if a == b else f"{a}-{b}" for a, b in runs[:limit])
    if len(runs) > limit:
        text += f" and {sum(b - a + 1 for a, b in runs[limit:])} more"
    return text


def rows_named(rows: list[int] | tuple[int, ...]) -> str:
    """'row 5' or 'rows 5-7, 9': the rows a note is about, one or several."""
    return one(rows, "row ", "rows ") + ranges(rows)


def one(rows: list[int] | tuple[int, ...], singular: str, plural: str) -> str:
    """The verb a note's rows take: 'row 5 has', 'rows 5-7 have'."""
    return singular if len(set(rows)) == 1 else plural


def some(cells: list[str], limit: int = 6) -> str:
    return ", ".join(cells[:limit]) + (f" and {len(cells) - limit} more" if len(cells) > limit else "")


def shortened(value: Any, n: int = 60) -> str:
    """A cell's words on one line, cut to `n` characters with "..." where longer: as a note
    or a message quotes a cell."""
    text = " ".join(str(value).split())
    return text if len(text) <= n else text[:n - 3] + "..."


def content(row: list[Any]) -> str:
    return shortened(" | ".join(str(v).strip() for v in row if not blank(v)), 200)


def filled_columns(row: list[Any]) -> list[int]:
    """Columns (0-based) of the cells that are not blank: `blank`, inlined for speed."""
    return [c for c, v in enumerate(row)
            if v is not None and not (v.isspace() or not v if isinstance(v, str)
                                      else isinstance(v, float) and v != v)]


_REGISTER_PREFIX = re.compile(r"\s*hmic(frs)?\b\W*(ref\w*\W*)?(no\W*)?\d+\s*$", re.IGNORECASE)


def names_the_register(col: RefColumn) -> bool:
    """Values written 'HMICFRS 1234' name the register: the column is its reference.

    A few are enough (most cells hold the bare number); a running number never has them.
    """
    named = sum(isinstance(v, str) and bool(_REGISTER_PREFIX.match(v)) for v in col.values.values())
    return named >= 2


def at_cell(grid: Grid, row: int, col: int) -> Any:
    """The value at Excel row `row`, 0-based column `col` (None past the row's end)."""
    cells = grid.rows[row - 1]
    return cells[col] if col < len(cells) else None


def ref_columns(grid: Grid, items: list[dict[str, Any]], headers: list[Any],
                 mapping: dict[int, str]) -> tuple[RefColumn, ...]:
    """Force columns, other than a mapped reference, that hold mostly whole numbers.

    Whether they are HMICFRS references is for the list's ids to say, not their look: a
    tracker's running number 1..N looks the same.
    """
    if not items or "ref" in mapping.values():
        return ()
    out = []
    for c, h in enumerate(headers):
        if blank(h) or mapping.get(c) not in (None, "local_ref") or PERCENT_HEADER.search(str(h)):
            continue
        # A sample says whether the column is numbers at all, before every item is read.
        sample = [v for it in items[:400] if not blank(v := at_cell(grid, it["row"], c))]
        if len(sample) < 3 or sum(ref_key(v).isdigit() for v in sample) < 0.5 * len(sample):
            continue
        out.append(RefColumn(str(h).strip(), {it["row_id"]: at_cell(grid, it["row"], c)
                                              for it in items}))
    return tuple(out)


def force_refs(grid: Grid, headers: list[Any], mapping: dict[int, str],
               items: list[dict[str, Any]], why: dict[str, str]
               ) -> tuple[dict[int, str], tuple[RefColumn, ...]]:
    """The force's columns of numbers that may be HMICFRS references; one whose values are
    written 'HMICFRS 1234' becomes the reference at once (items and `why` updated)."""
    refs = ref_columns(grid, items, headers, mapping)
    named_ref = next((col for col in refs if names_the_register(col)), None)
    if named_ref is None:
        return mapping, refs
    c = next(c for c, h in enumerate(headers)
             if not blank(h) and str(h).strip() == named_ref.header)
    mapping = {k: f for k, f in mapping.items() if k != c} | {c: "ref"}
    lost_local = "local_ref" not in mapping.values()
    if lost_local:
        why.pop("local_ref", None)
    why["ref"] = "by content: some values are written 'HMICFRS <number>'"
    for item in items:
        v = named_ref.values.get(item["row_id"])
        item["ref"] = None if blank(v) else (v.strip() if isinstance(v, str) else v)
        if lost_local:
            item["local_ref"] = None
    return mapping, ()


def header_notes(headers: list[Any], keys: list[str], mapping: dict[int, str],
                  unnamed: set[int]) -> tuple[list[str], list[str]]:
    """Headers not used (repeats marked), and a note for each header name used twice."""
    unmapped = []
    by_key: dict[str, list[int]] = {}
    for c, k in enumerate(keys):
        if k:
            by_key.setdefault(k, []).append(c)
    for c, h in enumerate(headers):
        if blank(h) or c in mapping:
            continue
        name = str(h).strip()
        first = by_key[keys[c]][0] if keys[c] in by_key else c
        unmapped.append(name if first == c else f"{name} (again, column {column_letter(c + 1)})")
    unmapped += [f"(no header, column {column_letter(c + 1)})" for c in sorted(unnamed)]
    repeated = []
    for cols in by_key.values():
        if len(cols) > 1:
            used = next((c for c in cols if c in mapping), None)
            letters = " and ".join(column_letter(c + 1) for c in cols)
            repeated.append(f"header '{str(headers[cols[0]]).strip()}' appears in columns {letters}"
                            + (f": column {column_letter(used + 1)} used" if used is not None
                               else ": none used"))
    return unmapped, repeated


def found_notes(found: Found, hidden_mapped: list[int]) -> list[str]:
    """The sheet's notes on what the walk found, each saying what it means or what to do."""
    notes = []
    if hidden_mapped:
        notes.append("hidden columns " + ", ".join(column_letter(c + 1) for c in hidden_mapped)
                     + ": read like the others")
    if found.unnamed:
        notes.append("values in columns with no header, not read: "
                     + ", ".join(column_letter(c + 1) for c in sorted(found.unnamed)))
    if found.uncalculated:
        notes.append(f"formulas with no saved result, read as blank: {some(found.uncalculated)} "
                     "(open the file in Excel and save it to store their results)")
    if found.errors:
        notes.append(f"Excel error values, kept as written: {some(found.errors)}")
    if found.bad_dates:
        shown = [f"{cell} '{str(v)[:40]}'" for cell, _, v in found.bad_dates]
        columns = sorted({h for _, h, _ in found.bad_dates})
        notes.append(f"dates not understood in {', '.join(repr(h) for h in columns)}, kept as "
                     f"written: {some(shown, 4)}")
    if found.long_cells:
        notes.append(f"cells longer than Excel's {EXCEL_CELL_LIMIT:,} characters: "
                     f"{some(found.long_cells)} (read whole; the workbook shows the start)")
    return notes


def beside(was: Any) -> str:
    """The status column's word kept after a status read from elsewhere: "; Green", or ''."""
    return f"; {was}" if isinstance(was, str) and was.strip() else ""
