"""What a sheet holds beyond its items: cell names, the notes of its report, statuses read
from cell colour, and force columns of numbers that may be HMICFRS references.

Kept apart from ``items`` (the row by row walk) so each stays readable on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..normalise import parse_date, ref_key
from ..vocab import RAG_FAMILIES as COLOUR_STATUSES
from ..vocab import RAG_GRADES as RAG_COLOURS
from .grid import Grid, blank

#: Excel's own limit on a cell's length; only a CSV can hold longer.
EXCEL_CELL_LIMIT = 32767


@dataclass(frozen=True)
class RefColumn:
    """A force column of numbers, and its value on each item of the sheet (by row_id)."""

    header: str
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


def some(cells: list[str], limit: int = 6) -> str:
    return ", ".join(cells[:limit]) + (f" and {len(cells) - limit} more" if len(cells) > limit else "")


def content(row: list[Any]) -> str:
    text = " | ".join(str(v).strip() for v in row if not blank(v))
    return text if len(text) <= 200 else text[:197] + "..."


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


def _at(grid: Grid, row: int, col: int) -> Any:
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
        if blank(h) or mapping.get(c) not in (None, "local_ref") or _PERCENT.search(str(h)):
            continue
        # A sample says whether the column is numbers at all, before every item is read.
        sample = [v for it in items[:400] if not blank(v := _at(grid, it["row"], c))]
        if len(sample) < 3 or sum(ref_key(v).isdigit() for v in sample) < 0.5 * len(sample):
            continue
        out.append(RefColumn(str(h).strip(), {it["row_id"]: _at(grid, it["row"], c)
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


#: Fills a whole row is often banded with for its layout, not its grade.
_BANDS = frozenset({"blue", "grey", "white"})


def status_from_colour(grid: Grid, side: str, status_col: int | None, text_col: int,
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
        # Blue, grey or white on the text cell too is the row's band (an outline level, a
        # heading style), not a grade; a row shaded red, amber or green whole is graded.
        if f in COLOUR_STATUSES and not (f in _BANDS and f == grid.styles.fill(r, text_col + 1)):
            items[i]["status"] = f"{f.title()} (cell colour)"
            rows.append(r)
            counts[f] = counts.get(f, 0) + 1
    if not rows:
        return []
    shades = ", ".join(f"{f.title()} {n}" for f, n in counts.items())
    notes.append(f"status read from cell colour on {len(rows)} rows ({shades}): rows "
                 f"{ranges(rows)}")
    return rows


def status_from_second_column(grid: Grid, second: tuple[int, str] | None, headers: list[Any],
                              blank_status: list[tuple[int, int]], items: list[dict[str, Any]],
                              notes: list[str]) -> list[tuple[int, int]]:
    """Blank statuses read from a second column headed as a status ("Status" beside "RAG", the
    RAG left blank once an item is completed); returns the rows still blank."""
    if second is None or not second[1].startswith("header") or not blank_status:
        return blank_status
    col, left, rows = second[0], [], []
    for i, r in blank_status:
        row = grid.rows[r - 1]
        v = row[col] if col < len(row) else None
        if blank(v) or not isinstance(v, str) or parse_date(v) is not None:   # a date: no status
            left.append((i, r))
        else:
            items[i]["status"] = str(v).strip()
            rows.append(r)
    if rows:
        notes.append(f"status read from '{str(headers[col]).strip()}' where the status column "
                     f"is blank: rows {ranges(rows)}")
    return left


#: A column of how far each item has got: "% Complete", "Progress %", "Percent complete".
_PERCENT = re.compile(r"%|\bpercent|\bpct\b", re.IGNORECASE)
_PERCENT_CELL = re.compile(r"\s*(\d{1,3}(?:\.\d+)?)\s*(%?)\s*")


def percent_done(value: Any) -> float | None:
    """0.75 (a cell formatted as a percentage), 75, '75%' and '75' are 75; None if no figure."""
    if isinstance(value, bool) or blank(value):
        return None
    if isinstance(value, (int, float)):
        return float(value) * 100 if value <= 1 else float(value)
    m = _PERCENT_CELL.fullmatch(str(value))
    if m is None:
        return None
    n = float(m.group(1))
    return n if m.group(2) or n > 1 else n * 100


#: A column asking whether an item is finished: "Closed? (Y/N)", "Complete?", "Implemented".
_FINISHED = re.compile(r"\b(closed|complete|completed|done|implemented|discharged)\b",
                       re.IGNORECASE)
_YES, _NO = frozenset({"y", "yes", "true"}), frozenset({"n", "no", "false"})


def status_from_yes_no(grid: Grid, headers: list[Any], mapping: dict[int, str],
                       items: list[dict[str, Any]], notes: list[str]) -> bool:
    """A tracker with no status column but one asking whether each item is closed
    ("Closed? (Y/N)": Y, Yes, N, No): yes is done, no is open, blank says nothing. The
    status says both: "Closed (Y)", "Open (N)". Whether one was found."""
    for col, h in enumerate(headers):
        if col in mapping or not isinstance(h, str) or not _FINISHED.search(h):
            continue
        cells = [(item, _at(grid, item["row"], col)) for item in items]
        said = [(item, str(v).strip()) for item, v in cells if not blank(v)]
        if len(said) < 3 or not all(v.lower() in _YES | _NO for _, v in said):
            continue
        for item, v in said:
            if item.get("status") is None:
                item["status"] = f"{'Closed' if v.lower() in _YES else 'Open'} ({v})"
        notes.append(f"no status column: status read from '{h.strip()}' (yes is closed, no is "
                     f"open): rows {ranges([item['row'] for item, _ in said])}")
        return True
    return False


def status_from_percent(grid: Grid, headers: list[Any], mapping: dict[int, str],
                        items: list[dict[str, Any]], notes: list[str]) -> None:
    """A tracker with no status column but one of how far each item has got ("% Complete":
    a council or OPCC tracker, its RAG worked out from the figure): 100% is complete, less
    is in progress, 0% not started. The status says both: "In progress (75%)"."""
    col = next((c for c, h in enumerate(headers) if c not in mapping and isinstance(h, str)
                and _PERCENT.search(h)), None)
    if col is None:
        return
    read = []
    for item in items:
        pct = percent_done(_at(grid, item["row"], col))
        if pct is None or item.get("status") is not None:
            continue
        word = "Complete" if pct >= 100 else "Not started" if pct <= 0 else "In progress"
        item["status"] = f"{word} ({pct:.0f}%)"
        read.append(item["row"])
    if read:
        notes.append(f"no status column: status read from '{str(headers[col]).strip()}' (100% "
                     f"is complete, less is in progress): rows {ranges(read)}")


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


#: A progress update that says the item is finished, in so many words: "This action is now
#: complete.", "Action complete – evidence pack with the DCC for sign off", "Evidence submitted
#: to HMICFRS for closure". The word must end its sentence ("Closed meeting held with
#: partners" says nothing); a sentence that doubts it ("not yet complete", "will be closed
#: once …") says nothing either.
_SAYS_DONE = re.compile(
    r"^(?:(?:this|the)\s+)?(?:action|recommendation|afi|item|work)?\s*(?:is\s+|has\s+been\s+|"
    r"was\s+|now\s+)*(?:now\s+)?(?:complete|completed|closed|implemented|discharged)\W*$"
    r"|\bsubmitted\s+(?:to\s+hmicfrs\s+)?for\s+(?:closure|sign[- ]off)\b", re.IGNORECASE)
_DOUBT = re.compile(r"\b(not|yet|once|when|until|will|expected|partially|part)\b", re.IGNORECASE)
#: ... or that it is not the force's to do: "This recommendation is not for the force", "For
#: the College of Policing" (City of London's WHITE: another body's to deliver).
_NOT_OURS = re.compile(r"^(?:this\s+(?:recommendation|action|item)\s+is\s+)?not\s+for\s+"
                       r"(?:the|this)\s+(?:force|service)\b|^for\s+the\s+(?:college\s+of\s+"
                       r"policing|home\s+office|npcc|nfcc|national\s+police\s+chiefs)",
                       re.IGNORECASE)


def status_from_update(items: list[dict[str, Any]], notes: list[str]) -> None:
    """A force item with no status whose latest update ends by saying it is finished, or opens
    by saying it is not the force's to do, is done, as the analyst reading the row would take
    it (City of London's WHITE); the status says where it came from."""
    read = []
    for item in items:
        progress = item.get("progress")
        if item.get("status") is not None or not isinstance(progress, str):
            continue
        last = progress.strip().splitlines()[-1] if progress.strip() else ""
        sentences = [s.strip() for s in re.split(r"(?<=[.!;])\s+|\s[-\u2013\u2014]\s", last)
                     if s.strip()]
        said = next((s for s in sentences[-2:] if _SAYS_DONE.search(s) and not _DOUBT.search(s)),
                    None)
        other = next((s for s in sentences[:2] if _NOT_OURS.search(s)), None)
        if said or other:
            item["status"] = (f"Complete (the update says: '{said.rstrip('.')}')" if said else
                              f"Not for the force (the update says: '{other.rstrip('.')}')")
            read.append(item["row"])
    if read:
        notes.append(f"no status given: read as done where the latest update says it is "
                     f"complete or not the force's: rows {ranges(read)}")


def status_from_strikethrough(grid: Grid, text_col: int, items: list[dict[str, Any]],
                              notes: list[str]) -> None:
    """A force item whose text is struck through is done: a force strikes out an item it has
    closed (or superseded) rather than delete its row, often leaving the RAG as it was. The
    status says so and keeps what the cell said."""
    read = []
    for item in items:
        if grid.styles.strike(item["row"], text_col + 1):
            said = item.get("status")
            item["status"] = ("Done (struck through" + (f"; the status says '{said}')"
                                                        if said is not None else ")"))
            read.append(item["row"])
    if read:
        notes.append(f"rows {ranges(read)} are struck through: read as done (closed or "
                     "superseded by the force), whatever their status cell says")
