"""One sheet → its items and, for every other non-blank row, the reason it is not an item.

Rows in = items + rows explained, per sheet, always: nothing is dropped without a reason.
Beyond the rows, the sheet's report says what a person should know about how it was read:
hidden rows and sheets (read like the others), statuses taken from cell colour, formulas with
no saved result, Excel error values, dates that could not be read, repeated or missing headers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .. import vocab
from ..config import SideSettings
from ..normalise import parse_date, ref_key
from .grid import EXCEL_ERRORS, Grid, blank
from .header import find_table, header_key

ITEM_COLUMNS = ["row_id", "sheet", "row", *vocab.FIELDS]
SKIPPED_COLUMNS = ["row_id", "sheet", "row", "reason", "content"]
DATE_FIELDS = ("published", "due", "closed_on")
#: Fill families a status can be read from, and those that show a column is colour-coded
#: (a sheet shaded only white or grey is decoration, not a grading).
COLOUR_STATUSES = vocab.RAG_FAMILIES
RAG_COLOURS = vocab.RAG_GRADES
#: Excel's own limit on a cell's length; only a CSV can hold longer.
EXCEL_CELL_LIMIT = 32767

_NOTE_START = re.compile(r"^\s*(\*|note\b|notes\b|nb\b|n\.b\.|source:|please note)", re.IGNORECASE)
#: "Key", "RAG key:", "Legend", "Key to RAG status" — the whole cell, so that a report title
#: such as "Key findings 2017" never starts a legend.
_LEGEND_HEADING = re.compile(r"\s*((rag|brag|colour|color|status|grading)\s+)?(key|legend)"
                             r"(\s+(to|for)\s+[\w /&-]{1,30})?\s*:?\s*", re.IGNORECASE)


@dataclass(frozen=True)
class SheetReport:
    """What the loader decided about one sheet: shown by `reconcile inspect` and in Run info."""

    sheet: str
    header_row: int | None
    mapping: dict[str, str]          # canonical field -> header as written
    unmapped: tuple[str, ...]
    rows: int                        # rows with anything in them, header and titles included
    items: int
    explained: int
    blank: int
    note: str = ""                   # how the sheet was read, in words: Run info and inspect
    hidden: str = ""                 # "", "hidden" or "very hidden"
    hidden_rows: tuple[int, ...] = ()          # hidden rows with content (read like the others)
    colour_status: tuple[int, ...] = ()        # rows whose status came from the fill colour
    uncalculated: tuple[str, ...] = ()         # cells: formulas with no saved result
    excel_errors: tuple[str, ...] = ()         # cells holding #REF!, #N/A, ...
    bad_dates: tuple[str, ...] = ()            # cells whose date could not be read (kept as text)
    why: dict[str, str] = field(default_factory=dict)      # field -> why its column was chosen
    #: field -> (header, why) of the column that came next: what else could have been it
    runner_up: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: force side: unmapped columns of numbers that may be HMICFRS references, kept until the
    #: list's ids can say (``refs.adopt_refs``)
    ref_columns: tuple[RefColumn, ...] = ()


@dataclass(frozen=True)
class RefColumn:
    """A force column of numbers, and its value on each item of the sheet (by row_id)."""

    header: str
    values: dict[str, Any]


def column_letter(col: int) -> str:
    """1 → 'A', 28 → 'AB': columns as a person finds them."""
    letters = ""
    while col > 0:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _cell(row: int, col0: int) -> str:
    return f"{column_letter(col0 + 1)}{row}"


def _ranges(rows: list[int] | tuple[int, ...], limit: int = 8) -> str:
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


def _some(cells: list[str], limit: int = 6) -> str:
    return ", ".join(cells[:limit]) + (f" and {len(cells) - limit} more" if len(cells) > limit else "")


def _content(row: list[Any]) -> str:
    text = " | ".join(str(v).strip() for v in row if not blank(v))
    return text if len(text) <= 200 else text[:197] + "..."


def _filled(row: list[Any]) -> list[int]:
    """Columns (0-based) of the cells that are not blank: `blank`, inlined for speed."""
    return [c for c, v in enumerate(row)
            if v is not None and not (v.isspace() or not v if isinstance(v, str)
                                      else isinstance(v, float) and v != v)]


def _is_title_row(grid: Grid, r: int, filled: list[int], mapping: dict[int, str]) -> bool:
    """A row holding one piece of wording, set apart like a heading: a report title."""
    if len(filled) != 1:
        return False
    c = filled[0]
    if not re.search(r"[A-Za-z]{3}", str(grid.rows[r - 1][c])):
        return False
    # Where a heading sits, any lone wording is a title; in a column of item data such as the
    # owner, only one set apart by a merge or bold (asked last: styles are read on demand).
    if mapping.get(c) in (None, "report", "local_ref", "ref"):
        return True
    return (r, c + 1) in grid.wide_merges or grid.styles.bold(r, c + 1)


def _is_legend_row(row: list[Any], filled: list[int], mapping: dict[int, str]) -> bool:
    """'GREEN | The recommendation is implemented': a colour named where a heading or number
    sits (never in the status column), then at most one cell of explanation."""
    if not 1 <= len(filled) <= 2 or mapping.get(filled[0]) not in (None, "local_ref", "ref", "report"):
        return False
    return vocab.key(row[filled[0]]) in vocab.LEGEND_WORDS - {"key", "legend"}


def read_items(grid: Grid, side: str, settings: SideSettings
               ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], SheetReport]:
    """Items and explained rows of one sheet, and the report on how it was read."""
    items: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    formula_rows = {r for r, _ in grid.uncalculated}
    filled_at = {r: _filled(row) for r, row in enumerate(grid.rows, start=1) if row}
    nonblank = [r for r in range(1, len(grid.rows) + 1) if filled_at.get(r) or r in formula_rows]
    header_row, choices = find_table(grid, side, settings)
    mapping = {c.col: fld for fld, c in choices.items()}
    content = set(nonblank)
    hidden_content = tuple(r for r in grid.hidden_rows if r in content)
    notes = [grid.note] if grid.note else []
    if grid.hidden:
        notes.append(f"{grid.hidden} sheet: read like the others")
    if hidden_content:
        notes.append(f"hidden rows {_ranges(hidden_content)}: read like the others")

    def skip(r: int, reason: str) -> None:
        skipped.append({"row_id": f"{grid.name}!{r}", "sheet": grid.name, "row": r,
                        "reason": reason, "content": _content(grid.rows[r - 1])})

    if header_row is None:
        for r in nonblank:
            skip(r, "sheet has no table of items (no header naming a recommendation-text "
                    "column), e.g. a notes or key sheet")
        notes.insert(0, "no item table found")
        report = SheetReport(grid.name, None, {}, (), len(nonblank), 0, len(nonblank),
                             len(grid.rows) - len(nonblank), "; ".join(notes), grid.hidden,
                             hidden_content)
        return items, skipped, report

    headers = grid.rows[header_row - 1]
    header_keys = [header_key(h) for h in headers]
    longest = max(len(str(h)) for h in headers if not blank(h)) + 10

    keys_seen: dict[str, str] = {}   # statuses, types and owners repeat: key each once
    header_cols = [c for c in mapping if header_keys[c]]

    def _repeats_header(row: list[Any]) -> bool:
        """Two or more mapped cells that read as their column's header."""
        hits = 0
        for c in header_cols:
            # Cheap tests first: most cells are long texts or short statuses, not headers.
            v = row[c] if c < len(row) else None
            if isinstance(v, str) and len(v) <= longest:
                k = keys_seen.get(v)
                if k is None:
                    k = keys_seen[v] = header_key(v)
                if k == header_keys[c]:
                    hits += 1
        return hits >= 2

    text_col = next(c for c, f in mapping.items() if f == "text")
    text_header = str(headers[text_col]).strip()
    status_col = next((c for c, f in mapping.items() if f == "status"), None)
    date_cols = {c: f for c, f in mapping.items() if f in DATE_FIELDS}
    hidden_cols = set(grid.hidden_cols)
    named = {c for c, h in enumerate(headers) if not blank(h)}
    formulas = grid.uncalculated

    uncalculated: list[str] = []
    errors: list[str] = []
    bad_dates: list[tuple[str, str, Any]] = []   # (cell, header, value)
    long_cells: list[str] = []
    unnamed: set[int] = set()
    blank_status: list[tuple[int, int]] = []     # (item index, row)
    group: str | None = None
    legend_block = False
    previous = header_row

    for r in nonblank:
        row = grid.rows[r - 1]
        if r < header_row:
            skip(r, "title or form field above the header row")
            continue
        if r == header_row:
            skip(r, "header row")
            continue
        legend_block = legend_block and r == previous + 1   # a blank row ends a legend
        previous = r
        filled = filled_at.get(r, [])
        if _repeats_header(row):
            skip(r, "header row repeated")
            continue
        if legend_block:
            skip(r, "legend row: under a key or legend heading")
            continue
        if _is_title_row(grid, r, filled, mapping):
            value = str(row[filled[0]]).strip()
            first = vocab.key(value).split(" ")[0] if vocab.key(value) else ""
            if _LEGEND_HEADING.fullmatch(value):
                legend_block = True
                skip(r, "legend heading: the rows under it explain the colours or words used")
            elif first in vocab.LEGEND_WORDS - {"key", "legend"} or _NOTE_START.match(value):
                skip(r, "legend or note row")
            else:
                group = " ".join(value.split())
                skip(r, "report title row: sets the report for the rows below it")
            continue
        if _is_legend_row(row, filled, mapping):
            skip(r, "legend row: names a colour and what it means")
            continue
        text = row[text_col] if text_col < len(row) else None
        if formulas and (r, text_col + 1) in formulas:
            skip(r, f"the recommendation text (cell {_cell(r, text_col)}, column '{text_header}') "
                    "is a formula with no saved result: open the file in Excel and save it, then "
                    "run again")
            continue
        if blank(text):
            skip(r, f"no recommendation text in column '{text_header}'")
            continue
        if isinstance(text, str) and text.strip() in EXCEL_ERRORS:
            skip(r, f"the recommendation text (cell {_cell(r, text_col)}, column "
                    f"'{text_header}') is the Excel error {text.strip()}: fix the formula in "
                    "that cell")
            continue
        if len(filled) == 1 and isinstance(text, str) and _NOTE_START.match(text):
            skip(r, "note row: a remark, not a recommendation")
            continue

        item: dict[str, Any] = {"row_id": f"{grid.name}!{r}", "sheet": grid.name, "row": r}
        for c, fld in mapping.items():
            v = row[c] if c < len(row) else None
            if formulas and (r, c + 1) in formulas:
                uncalculated.append(_cell(r, c))
            if isinstance(v, str):
                v = v.strip()
                if v in EXCEL_ERRORS:
                    errors.append(f"{_cell(r, c)} {v}")
                elif len(v) > EXCEL_CELL_LIMIT:
                    long_cells.append(_cell(r, c))
                item[fld] = v or None
            else:   # `blank` for a value that is not text, inlined: most cells take this way
                item[fld] = None if v is None or (isinstance(v, float) and v != v) else v
        for c, fld in date_cols.items():
            v = item[fld]
            if v is not None and parse_date(v) is None:
                bad_dates.append((_cell(r, c), str(headers[c]).strip(), v))
        if not item.get("report") and group:
            item["report"] = group
        if status_col is not None and item.get("status") is None:
            blank_status.append((len(items), r))
        if not named.issuperset(filled):
            unnamed.update(c for c in filled if c not in named)
        items.append(item)

    colour_rows = _status_from_colour(grid, side, status_col, blank_status, items, notes)
    why = {f: c.why for f, c in choices.items()}
    ref_columns = _ref_columns(grid, items, headers, mapping) if side == "force" else ()
    named_ref = next((col for col in ref_columns if _names_the_register(col)), None)
    if named_ref is not None:
        c = next(c for c, h in enumerate(headers) if not blank(h) and str(h).strip() == named_ref.header)
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
        ref_columns = ()

    unmapped, repeated = _header_notes(headers, header_keys, mapping, unnamed)
    notes += repeated
    if hidden_cols & set(mapping):
        cols = sorted(hidden_cols & set(mapping))
        notes.append("hidden columns " + ", ".join(column_letter(c + 1) for c in cols)
                     + ": read like the others")
    if unnamed:
        notes.append("values in columns with no header, not read: "
                     + ", ".join(column_letter(c + 1) for c in sorted(unnamed)))
    if uncalculated:
        notes.append(f"formulas with no saved result, read as blank: {_some(uncalculated)} "
                     "(open the file in Excel and save it to store their results)")
    if errors:
        notes.append(f"Excel error values, kept as written: {_some(errors)}")
    if bad_dates:
        shown = [f"{cell} '{str(v)[:40]}'" for cell, _, v in bad_dates]
        columns = sorted({h for _, h, _ in bad_dates})
        notes.append(f"dates not understood in {', '.join(repr(h) for h in columns)}, kept as "
                     f"written: {_some(shown, 4)}")
    if long_cells:
        notes.append(f"cells longer than Excel's {EXCEL_CELL_LIMIT:,} characters: "
                     f"{_some(long_cells)} (read whole; the workbook shows the start)")

    def name(col: int) -> str:
        h = headers[col] if col < len(headers) else None
        return f"(no header, column {column_letter(col + 1)})" if blank(h) else str(h).strip()

    report = SheetReport(
        grid.name, header_row, {f: str(headers[c]).strip() for c, f in mapping.items()},
        tuple(unmapped), len(nonblank), len(items), len(skipped),
        len(grid.rows) - len(nonblank), "; ".join(notes), grid.hidden, hidden_content,
        tuple(colour_rows), tuple(uncalculated), tuple(errors),
        tuple(cell for cell, _, _ in bad_dates),
        why=why,
        runner_up={f: (name(c.runner_up[0]), c.runner_up[1]) for f, c in choices.items()
                   if c.runner_up},
        ref_columns=ref_columns)
    return items, skipped, report


_REGISTER_PREFIX = re.compile(r"\s*hmic(frs)?\b\W*(ref\w*\W*)?(no\W*)?\d+\s*$", re.IGNORECASE)


def _names_the_register(col: RefColumn) -> bool:
    """Values written 'HMICFRS 1234' name the register: the column is its reference.

    A few are enough (most cells hold the bare number); a running number never has them.
    """
    named = sum(isinstance(v, str) and bool(_REGISTER_PREFIX.match(v)) for v in col.values.values())
    return named >= 2


def _at(grid: Grid, row: int, col: int) -> Any:
    cells = grid.rows[row - 1]
    return cells[col] if col < len(cells) else None


def _ref_columns(grid: Grid, items: list[dict[str, Any]], headers: list[Any],
                 mapping: dict[int, str]) -> tuple[RefColumn, ...]:
    """Force columns, other than a mapped reference, that hold mostly whole numbers.

    Whether they are HMICFRS references is for the list's ids to say, not their look: a
    tracker's running number 1..N looks the same.
    """
    if not items or "ref" in mapping.values():
        return ()
    out = []
    for c, h in enumerate(headers):
        if blank(h) or mapping.get(c) not in (None, "local_ref"):
            continue
        # A sample says whether the column is numbers at all, before every item is read.
        sample = [v for it in items[:400] if not blank(v := _at(grid, it["row"], c))]
        if len(sample) < 3 or sum(ref_key(v).isdigit() for v in sample) < 0.5 * len(sample):
            continue
        out.append(RefColumn(str(h).strip(), {it["row_id"]: _at(grid, it["row"], c)
                                              for it in items}))
    return tuple(out)


def _status_from_colour(grid: Grid, side: str, status_col: int | None,
                        blank_status: list[tuple[int, int]], items: list[dict[str, Any]],
                        notes: list[str]) -> list[int]:
    """Blank force statuses read from the cell's fill, where the column is colour-coded.

    Only when some blank status cell is shaded red, amber, green or blue: a column shaded
    white or grey throughout is decoration (white hides gridlines), and nothing is closed on
    a guess.
    """
    if side != "force" or status_col is None or not blank_status:
        return []
    fills = [(i, r, grid.styles.fill(r, status_col + 1)) for i, r in blank_status]
    if not any(f in RAG_COLOURS for _, _, f in fills):
        if any(f in COLOUR_STATUSES for _, _, f in fills):
            notes.append("blank status cells are shaded only white or grey: not read as a status")
        return []
    rows = []
    counts: dict[str, int] = {}
    for i, r, f in fills:
        if f in COLOUR_STATUSES:
            items[i]["status"] = f"{f.title()} (cell colour)"
            rows.append(r)
            counts[f] = counts.get(f, 0) + 1
    shades = ", ".join(f"{f.title()} {n}" for f, n in counts.items())
    notes.append(f"status read from cell colour on {len(rows)} rows ({shades}): rows "
                 f"{_ranges(rows)}")
    return rows


def _header_notes(headers: list[Any], keys: list[str], mapping: dict[int, str],
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
