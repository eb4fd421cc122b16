"""One sheet → its items and, for every other non-blank row, the reason it is not an item.

Rows in = items + rows explained, per sheet, always: nothing is dropped without a reason.
Beyond the rows, the sheet's report says what a person should know about how it was read:
hidden rows and sheets (read like the others), statuses taken from cell colour, formulas with
no saved result, Excel error values, dates that could not be read, repeated or missing headers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from .. import vocab
from ..config import SideSettings
from .across import item_pairs, joined
from .blocks import (
    block_above,
    legend_entries,
)
from .brokenrows import joined_records
from .cards import read_cards
from .cellnotes import text_from_notes
from .continued import joined_texts
from .copied import copies_in_progress, with_copies
from .crosstab import reports_by_subtotals
from .delimited import split_pasted
from .ditto import read_dittos
from .grid import Grid
from .header import find_table
from .headerless import with_header
from .history_export import read_history
from .legacyids import counter_ref, second_ids
from .outline import grouped_headings, read_outline
from .parents import parent_actions
from .perforce import force_columns
from .periods import read_latest
from .pointers import pointer_rows
from .projects import Project, status_from_projects
from .scorekey import status_from_score
from .sections import status_from_sections
from .sheetfacts import (
    ASKS,
    ForceColumn,
    Found,
    RefColumn,
    filled_columns,
    force_refs,
    found_notes,
    header_notes,
    one,
    rows_named,
)
from .slid import pasted_right, unslid
from .statuses import fill_missing
from .statuskey import status_key_entries
from .table import Table, table_of
from .tags import type_from_tags
from .textcols import merged_text, type_columns
from .textprefix import status_from_text_prefix
from .typefill import mark_untyped
from .updates import read_log
from .vertical import is_label_row, read_blocks
from .walk import Walk, item_row, skip_reason, skipped_row, without_text

#: `follows`: the row ids whose status a row's is (`pointers.pointer_rows`).
#: Beside the fields: the rows a row's status follows (`pointers`), and an action's own
#: words where it was read as one more action of its item (`parents`).
ITEM_COLUMNS = ["row_id", "sheet", "row", *vocab.FIELDS, "follows", "action"]
SKIPPED_COLUMNS = ["row_id", "sheet", "row", "reason", "content"]


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
    #: the sheet's key: (colour, what it means), e.g. ("Green", "On track – in progress")
    legend: tuple[tuple[str, str], ...] = ()
    #: force side: a status (or lead) column per force of an alliance, kept until the list's
    #: force can say which is this reconciliation's (``ourforce.adopt_force_columns``)
    force_columns: tuple[ForceColumn, ...] = ()


def set_aside_sheets(reports: list[SheetReport], items: list[dict[str, Any]],
                     skipped: list[dict[str, Any]], sheets: set[str], why: str
                     ) -> tuple[list[SheetReport], list[dict[str, Any]], list[dict[str, Any]]]:
    """The items of `sheets` explained instead (`why`), after every sheet was read: a copy of
    the list kept for look-ups, a lookup of report codes."""
    skipped = skipped + [
        {"row_id": i["row_id"], "sheet": i["sheet"], "row": i["row"], "reason": why,
         "content": str(i.get("text") or "")[:120]} for i in items if i["sheet"] in sheets]
    items = [i for i in items if i["sheet"] not in sheets]
    reports = [replace(r, explained=r.explained + r.items, items=0,
                       note="; ".join(n for n in (r.note, "read as " + why) if n))
               if r.sheet in sheets and r.items else r for r in reports]
    return reports, items, skipped


def read_items(grid: Grid, side: str, settings: SideSettings,
               projects: dict[str, Project] | None = None
               ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], SheetReport]:
    """Items and explained rows of one sheet, and the report on how it was read."""
    pasted = split_pasted(grid)
    formula_rows = {r for r, _ in grid.uncalculated}
    filled_at = {r: filled_columns(row) for r, row in enumerate(grid.rows, start=1) if row}
    nonblank = [r for r in range(1, len(grid.rows) + 1) if filled_at.get(r) or r in formula_rows]
    rows_with_content = set(nonblank)
    hidden_content = tuple(r for r in grid.hidden_rows if r in rows_with_content)
    notes = _sheet_notes(grid, pasted, hidden_content)
    if (cards := read_cards(grid, nonblank, side)) is not None:
        items, skipped, how = cards
        return items, skipped, SheetReport(
            grid.name, None, {f: "(a label on each card)" for f in ("text", "status")}, (),
            len(nonblank), len(items), len(skipped), len(grid.rows) - len(nonblank),
            "; ".join([how, *notes]), grid.hidden, hidden_content)
    header_row, choices = find_table(grid, side, settings)
    # No header, or a "Status: | In Progress" row taken for one: one block of rows per item?
    if side == "force" and (header_row is None or is_label_row(grid.rows[header_row - 1])):
        blocks = read_blocks(grid, nonblank)
        if blocks is not None:
            items, skipped, how = blocks
            return items, skipped, SheetReport(
                grid.name, None, {f: "(one block per item)" for f in ("text", "status")}, (),
                len(nonblank), len(items), len(skipped), len(grid.rows) - len(nonblank),
                "; ".join([how, *notes]), grid.hidden, hidden_content)
    if header_row is None and (made := with_header(grid)) is not None:
        grid, at, how = made          # no header row: the columns told by what they hold
        notes.append(how)
        filled_at[at] = filled_columns(grid.rows[at - 1])
        nonblank = sorted({*nonblank, at})
        header_row, choices = find_table(grid, side, settings)
    if header_row is None:
        return _notable_of(grid, nonblank, notes, hidden_content)

    read = grid
    grid, nonblank, pasted = _records_joined(grid, header_row, nonblank, notes)
    table, typed = _columns_read_as_one(grid, header_row, choices, side, nonblank, notes)
    if table.grid is not read:
        grid = table.grid
        filled_at = {r: filled_columns(row) for r, row in enumerate(grid.rows, start=1) if row}
    found = Found.empty()
    nonblank, filled_at = _without_source(table, nonblank, filled_at, formula_rows)
    items, skipped, sectioned = _walked(table, side, nonblank, filled_at, typed, found, notes)
    skipped = sorted([*pasted, *skipped], key=lambda x: x["row"]) if pasted else skipped
    reports_by_subtotals(grid, header_row, table.mapping, items, notes)
    if note := joined_texts(grid, table.headers, table.text_col, table.mapping, items):
        notes.append(note)
    if side == "force" and projects:       # before rows pointing at rows: "See project"
        status_from_projects(grid, table.text_col, items, projects, notes)
    if side == "force":        # before actions take their item's text
        copies_in_progress(items, notes)
    items, skipped = _rows_over_rows(grid, header_row, table, side, items, skipped, notes)
    text_from_notes(table, items, notes)
    if side == "force":
        status_from_text_prefix(items, settings, notes)
    type_from_tags(table, items, notes)
    mark_untyped(items, side, table.mapping, table.text_col)
    second = choices["status"].runner_up if "status" in choices and side == "force" else None
    colour_rows = fill_missing(table, side, second, found, items, notes)
    if side == "force":
        status_from_score(table, items, settings, notes)
    status_from_sections(sectioned, settings, notes)
    items, skipped = _regrouped(table, side, items, skipped, notes)
    why = {f: c.why for f, c in choices.items()}
    if side == "hmicfrs" and (note := counter_ref(grid, table.headers, table.mapping, items)):
        notes.append(note)
    if side == "hmicfrs" and (note := second_ids(grid, table.headers, table.mapping, items)):
        notes.append(note)
    mapping, refs = (force_refs(grid, table.headers, table.mapping, items, why) if side == "force"
                     else (table.mapping, ()))
    unmapped, repeated = header_notes(table.headers, table.header_keys, mapping, found.unnamed)
    notes += [*repeated, *found_notes(found, sorted(set(grid.hidden_cols) & set(mapping)))]
    report = SheetReport(
        grid.name, header_row, {f: str(table.headers[c]).strip() for c, f in mapping.items()},
        tuple(unmapped), len(nonblank), len(items), len(skipped),
        len(grid.rows) - len(nonblank), "; ".join(notes), grid.hidden, hidden_content,
        tuple(colour_rows), tuple(found.uncalculated), tuple(found.errors),
        tuple(cell for cell, _, _ in found.bad_dates),
        why=why,
        runner_up={f: (table.name(c.runner_up[0]), c.runner_up[1]) for f, c in choices.items()
                   if c.runner_up},
        ref_columns=refs, legend=_key(grid, [x["row"] for x in skipped]),
        force_columns=force_columns(table, items) if side == "force" else ())
    return items, skipped, report


def _walked(table: Table, side: str, nonblank: list[int], filled_at: dict[int, list[int]],
            typed: dict[int, str], found: Found, notes: list[str]
            ) -> tuple[list[dict[str, Any]], list[dict[str, Any]],
                       list[tuple[dict[str, Any], str]]]:
    """Each row with content under the header, as an item or a row explained; and the items
    under a section of done items, with its banner."""
    grid = table.grid
    items: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    walk = Walk(table, carry=side == "force")
    # The first block's title above the header, with its counts or details between.
    walk.group, walk.published = block_above(grid, table.header_row, filled_at)
    carried: list[int] = []
    titled: list[int] = []
    sectioned: list[tuple[dict[str, Any], str]] = []
    for r in nonblank:
        filled = filled_at.get(r, [])
        reason = skip_reason(walk, r, filled)
        if reason is not None:
            skipped.append(skipped_row(grid, r, reason))
            walk.last = walk.last if r in (walk.joined, walk.updated) else None
            continue
        item = item_row(walk, r, filled, found, len(items))
        if walk.section and side == "force":
            sectioned.append((item, walk.section))
        if walk.graded and side == "force" and item.get("status") is None:
            item["status"] = walk.graded
        if typed and not item.get("type"):
            item["type"] = typed.get(r)
        if item.get("text") is None and (how := without_text(walk, item, r)):
            (carried if how == "carried" else titled).append(r)
        items.append(item)
        walk.last = item
    notes += _textless(table, carried, titled)
    return items, skipped, sectioned


#: The column Excel's Power Query adds naming the file each row came from ("Source.Name").
_SOURCE_FILE = frozenset({"source name", "source file", "source file name"})
_FILE_NAME = re.compile(r".+\.(?:xlsx|xlsm|xls|csv|ods)\s*$", re.IGNORECASE)


def _source_columns(table: Table, nonblank: list[int]) -> list[int]:
    """Columns naming the file each row came from, in a table Power Query combined from a
    folder of returns: headed "Source.Name", or a file name on every row under the header."""
    out = []
    for c, k in enumerate(table.header_keys):
        if c in table.mapping:
            continue
        if k in _SOURCE_FILE:
            out.append(c)
            continue
        cells = [table.grid.value(r, c) for r in nonblank if r > table.header_row]
        if _FILE_NAME.match(str(table.headers[c] or "")) and cells and all(
                isinstance(v, str) and _FILE_NAME.match(v) for v in cells):
            out.append(c)
    return out

#: Why a row a tracker files items under is not one.
_HEADING_OVER_ITEMS = "heading over items (other rows are filed under it)"
_STATUS_KEY = ("a guide to the file's words (each status word once, what it means, open or "
               "closed): read as the file's legend, not items")


def _rows_over_rows(grid: Grid, header_row: int, table: Table, side: str,
                    items: list[dict[str, Any]], skipped: list[dict[str, Any]], notes: list[str]
                    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The items once rows that stand over others are read: outline headings, a guide's
    status key, rows pointing at other rows, parents and their actions."""
    heads, note = grouped_headings(grid, table.text_col, items,
                                   [s["row"] for s in skipped if s["row"] > header_row])
    if heads:
        items, skipped = _set_aside(grid, items, skipped, [r for r, _ in heads], heads[0][1])
    if note:
        notes.append(note)
    if _status_key_table(grid, header_row, items):
        items, skipped = _set_aside(grid, items, skipped, [i["row"] for i in items], _STATUS_KEY)
        notes.append(_STATUS_KEY)
    if side == "force" and (note := pointer_rows(items, grid.rows, table.text_col)):
        notes.append(note)
    if side == "force" and ("parent" in table.mapping.values()
                            or any(item.get("parent") for item in items)):
        note, headings = parent_actions(
            items, _cells_but(grid, [c for c, f in table.mapping.items() if f == "parent"]))
        if note:
            notes.append(note)
        if headings:
            items, skipped = _set_aside(grid, items, skipped, headings, _HEADING_OVER_ITEMS)
            notes.append(f"{rows_named(headings)} {one(headings, 'is', 'are')} a level above "
                         "the items (an epic or report other rows are filed under, asking for "
                         "nothing itself): a heading, not an item")
    return items, skipped


def _status_key_table(grid: Grid, header_row: int, items: list[dict[str, Any]]) -> bool:
    """Whether the rows read as items are a guide's ("StatusValue | Meaning | Open / Closed",
    perhaps a key to the type codes under it): a key naming three or more of the rows'
    statuses, each once, or every row a RAG colour, each once ("RAG | Meaning"); and no row
    asking anything of anyone."""
    if not items or len(items) > _KEY_LINES:
        return False
    if any(ASKS.search(str(i.get("text") or "")) for i in items):
        return False
    words = {vocab.key(w) for w, _ in status_key_entries(grid, [header_row, *(i["row"] for i in items)])}
    said = [k for i in items if (k := vocab.key(i.get("status"))) in words]
    if len(said) >= 3 and len(set(said)) == len(said):
        return True
    # A lookups sheet's "RAG | Meaning": every row a colour, each once, and what it means.
    colours = [vocab.key(i.get("status")) for i in items]
    return (len(colours) >= 3 and len(set(colours)) == len(colours)
            and all(c in vocab.LEGEND_WORDS - {"key", "legend"} for c in colours))


#: A guide is short.
_KEY_LINES = 30


def _set_aside(grid: Grid, items: list[dict[str, Any]], skipped: list[dict[str, Any]],
               rows: list[int], reason: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The items less `rows`, and the rows explained with them, each with `reason`."""
    gone = set(rows)
    return ([item for item in items if item["row"] not in gone],
            _explained(grid, skipped, [(r, reason) for r in rows]))


def _explained(grid: Grid, skipped: list[dict[str, Any]], why: list[tuple[int, str]]
               ) -> list[dict[str, Any]]:
    """The rows explained so far with more, each (row, reason), in row order."""
    return sorted([*skipped, *(skipped_row(grid, r, reason) for r, reason in why)],
                  key=lambda s: s["row"])


def _textless(table: Table, carried: list[int], titled: list[int]) -> list[str]:
    """What was done with rows that had no text of their own."""
    out = []
    if carried:
        out.append(f"{rows_named(carried)} {one(carried, 'has', 'have')} no recommendation text of their own "
                   "(blank, or 'As above') but an action and a status of their own, right "
                   "under an item's row: read as more actions of that item (its text carried "
                   "down), as if the cell were merged")
    if titled:
        out.append(f"{rows_named(titled)} {one(titled, 'has', 'have')} no '{table.text_header}': "
                   f"{one(titled, 'its', 'their')} "
                   f"'{table.name(table.title_col)}' is read as the text")
    return out


def _key(grid: Grid, rows: list[int]) -> tuple[tuple[str, str], ...]:
    """What the sheet's own key says its colours and status words mean."""
    return legend_entries(grid, rows) + status_key_entries(grid, rows)


def _sheet_notes(grid: Grid, pasted: str, hidden_content: tuple[int, ...]) -> list[str]:
    """What the reader and the sheet's state say, before its rows are read."""
    notes = [n for n in (grid.note, pasted) if n]
    if grid.hidden:
        notes.append(f"{grid.hidden} sheet: read like the others")
    if hidden_content:
        notes.append(f"hidden {rows_named(hidden_content)}: read like the others")
    return notes


def _without_source(table: Table, nonblank: list[int], filled_at: dict[int, list[int]],
                    formula_rows: set[int]) -> tuple[list[int], dict[int, list[int]]]:
    """The rows with content and their filled cells, Power Query's column naming each row's
    file (`_source_columns`) no cell of a row's own."""
    if not (source := _source_columns(table, nonblank)):
        return nonblank, filled_at
    filled_at = {r: [c for c in cols if c not in source] for r, cols in filled_at.items()}
    return [r for r in nonblank if filled_at.get(r) or r in formula_rows], filled_at


def _records_joined(grid: Grid, header_row: int, nonblank: list[int], notes: list[str]
                    ) -> tuple[Grid, list[int], list[dict[str, Any]]]:
    """The sheet with each record a query's paste broke over rows on its first row
    (`brokenrows`), the rows left with content, and the rows its pieces took, explained."""
    joined, pieces = joined_records(grid, header_row, nonblank)
    if not pieces:
        return grid, nonblank, []
    why = ("the rest of the record above (a query's results pasted with line breaks inside "
           "its fields, each starting a new row): joined to it, read as one row")
    notes.append(f"{rows_named(pieces)} carry on the record above them: {why}")
    taken = set(pieces)
    return (joined, [r for r in nonblank if r not in taken],
            [skipped_row(grid, r, why) for r in pieces])


def _columns_read_as_one(grid: Grid, header_row: int, choices: dict, side: str,
                         nonblank: list[int], notes: list[str]) -> tuple[Table, dict[int, str]]:
    """The table, with columns that are one field read as one: a PDF page's rows slid a cell
    right read back, a status and an update per committee ("RAG Mar 2022" … "RAG Dec 2022"),
    a text column per type ("Recommendation" | "Area for Improvement"), a copy of the HMICFRS
    wording beside the force's own. Returns it and the type of each row its text column gave."""
    if "text" in choices and (copy := choices["text"].copy) is not None:
        grid = with_copies(grid, header_row, choices["text"])
        notes.append(f"'{grid.rows[header_row - 1][copy]}' copies the HMICFRS wording beside "
                     "some rows: read under each row's own wording")
    mapping = {c.col: fld for fld, c in choices.items()}
    if pairs := item_pairs(grid.rows[header_row - 1]):
        # "Rec 1 | Rec 1 status | Rec 2 | …": a report's items across its row, one list.
        grid, text_col, status_col = joined(grid, header_row, pairs)
        mapping = {c: f for c, f in mapping.items() if f not in ("text", "status")
                   and c not in (text_col, status_col)} | {text_col: "text", status_col: "status"}
        notes.append(f"items across the columns in {len(pairs)} pairs ('Rec 1' and its status "
                     "...): each row's read as a list of them")
    table = table_of(grid, header_row, mapping, side)
    if side == "force":
        for fix in (_slid_back, _dittos_read, _pasted_back):
            grid, note = fix(grid, header_row, table, nonblank)
            if note:
                table = table_of(grid, header_row, table.mapping, side)
                notes.append(note)
    # A status per list or review date ("Status at 4 January 2024" | "Status at 2 April
    # 2024"): the latest each row fills, on either side.
    grid, mapping, latest = read_latest(grid, header_row, table.mapping)
    if latest:
        table = table_of(grid, header_row, mapping, side)
        notes += latest
    typed: dict[int, str] = {}
    if types := type_columns(grid, header_row, table.headers, table.mapping, table.text_col):
        grid, typed = merged_text(grid, header_row, table.text_col, types)
        table = table_of(grid, header_row, table.mapping, side)
        notes.append("the text is in whichever of " + ", ".join(
            f"'{table.name(c)}'" for c in types) + " a row fills; its type is that column's")
    return table, typed


def _slid_back(grid: Grid, header_row: int, table: Table, nonblank: list[int]
               ) -> tuple[Grid, str]:
    """A PDF page converted a cell to the right from the status on (`slid.unslid`)."""
    grid, moved = unslid(grid, header_row, table.text_col, table.status_col, nonblank)
    return grid, (f"{rows_named(moved)} sat one cell right of their headings, the last past "
                  "the table's last heading (a converted PDF page): read one cell to the left"
                  if moved else "")


def _dittos_read(grid: Grid, header_row: int, table: Table, nonblank: list[int]
                 ) -> tuple[Grid, str]:
    """Ditto marks for the value above (`ditto`)."""
    grid, n = read_dittos(grid, header_row, table.mapping, nonblank)
    return grid, (f"{n} ditto mark{'s' if n != 1 else ''} ('\"', 'Ditto', 'As above', 'As No. "
                  "23') read as the value of the row above, or of the row so numbered"
                  if n else "")


def _pasted_back(grid: Grid, header_row: int, table: Table, nonblank: list[int]
                 ) -> tuple[Grid, str]:
    """Rows pasted one column to the right (`slid.pasted_right`)."""
    grid, moved = pasted_right(grid, header_row, table.mapping, nonblank)
    return grid, (f"{rows_named(moved)} {one(moved, 'was', 'were')} pasted one column to the "
                  "right (the first column empty, the text under the next heading): read one "
                  "cell to the left" if moved else "")


def _regrouped(table: Table, side: str, items: list[dict[str, Any]],
               skipped: list[dict[str, Any]], notes: list[str]
               ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A force's rows that are not items as they stand: a plan numbered as an outline ("1",
    "1.1", "1.1.1": report headings, items, their actions; `outline.read_outline`), or a log
    of updates, one row each under the item's id (`updates.read_log`)."""
    if side != "force":
        items, skipped, note = read_history(table, items, skipped)
        if note:
            notes.append(note)
        return items, skipped
    items, heads, note = read_outline(items, "report" in table.mapping.values())
    if note:
        notes.append(note)
        if actions := parent_actions(items)[0]:
            notes.append(actions)
    items, updates, logged = read_log(table.grid, items, len(table.headers), table.header_row)
    if logged:
        notes.append(logged)
    if not heads and not updates:
        return items, skipped
    return items, _explained(table.grid, skipped, [*heads, *updates])


def _cells_but(grid: Grid, cols: list[int]) -> Callable[[int], list[Any]]:
    """An Excel row's cells, less those of `cols`."""
    return lambda r: [v for c, v in enumerate(grid.rows[r - 1]) if c not in cols]


def _notable_of(grid: Grid, nonblank: list[int], notes: list[str], hidden_content: tuple[int, ...]
              ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], SheetReport]:
    """Every row of a sheet with no item table, explained: a notes or key sheet."""
    skipped = [skipped_row(grid, r, "sheet has no table of items (no header naming a "
                                 "recommendation-text column), e.g. a notes or key sheet")
               for r in nonblank]
    report = SheetReport(grid.name, None, {}, (), len(nonblank), 0, len(nonblank),
                         len(grid.rows) - len(nonblank), "; ".join(["no item table found", *notes]),
                         grid.hidden, hidden_content, legend=_key(grid, nonblank))
    return [], skipped, report


