"""One sheet → its items and, for every other non-blank row, the reason it is not an item.

Rows in = items + rows explained, per sheet, always: nothing is dropped without a reason.
Beyond the rows, the sheet's report says what a person should know about how it was read:
hidden rows and sheets (read like the others), statuses taken from cell colour, formulas with
no saved result, Excel error values, dates that could not be read, repeated or missing headers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from .. import vocab
from ..config import SideSettings
from .blocks import block_above, legend_entries
from .board import read_board
from .bodynotes import notes_from_body
from .cards import read_cards
from .categorised import categories_down
from .cellfields import fields_in_cells
from .cellnotes import text_from_notes
from .contenttypes import requests_apart
from .continued import joined_texts
from .copied import copies_in_progress
from .copyof import copies_left
from .crosstab import reports_by_subtotals
from .delimited import split_pasted
from .formsheet import read_form
from .grid import Grid
from .header import find_table
from .headerless import with_header
from .labelled import lines_under_items
from .latercopy import latest_copies
from .legacyids import counter_ref, second_ids
from .levels import read_levels
from .longform import records_per_field
from .overrows import regrouped, rows_over_rows
from .paired import split_pairs
from .perforce import force_columns
from .projects import Project, status_from_projects
from .repairs import columns_read_as_one, records_joined, subitems_placed, without_source
from .saidwhen import said_when
from .scorekey import status_from_score
from .sections import status_from_parts, status_from_sections
from .sheetfacts import (
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
from .staircase import Staircase, fold, sort_topics
from .statuses import fill_missing
from .statuskey import status_key_entries
from .table import Table
from .tags import type_from_tags
from .textprefix import status_from_text_prefix
from .tworow import records_over_rows
from .typefill import mark_untyped, type_from_titles
from .unknownstatus import status_from_latest_note
from .vertical import is_label_row, read_blocks
from .walk import Walk, item_row, skip_reason, skipped_row, without_text

#: `follows`: the row ids whose status a row's is (`pointers.pointer_rows`).
#: Beside the fields: the rows a row's status follows (`pointers`), and an action's own
#: words where it was read as one more action of its item (`parents`), and the deadline a
#: tracker wrote in a column of its own (`saidwhen`).
ITEM_COLUMNS = ["row_id", "sheet", "row", *vocab.FIELDS, "follows", "action", "said_when"]
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


def set_aside_rows(reports: list[SheetReport], items: list[dict[str, Any]],
                   skipped: list[dict[str, Any]], why: dict[str, str], notes: dict[str, str]
                   ) -> tuple[list[SheetReport], list[dict[str, Any]], list[dict[str, Any]]]:
    """The items named in `why` (by row id) explained instead, each with its reason, after
    every sheet was read; each sheet's report counts them and says `notes[sheet]`."""
    moved = [i for i in items if i["row_id"] in why]
    if not moved:
        return reports, items, skipped
    skipped = skipped + [
        {"row_id": i["row_id"], "sheet": i["sheet"], "row": i["row"], "reason": why[i["row_id"]],
         "content": str(i.get("text") or "")[:120]} for i in moved]
    per_sheet = Counter(i["sheet"] for i in moved)
    reports = [replace(r, items=r.items - per_sheet[r.sheet],
                       explained=r.explained + per_sheet[r.sheet],
                       note="; ".join(n for n in (r.note, notes.get(r.sheet, "")) if n))
               if per_sheet[r.sheet] else r for r in reports]
    return reports, [i for i in items if i["row_id"] not in why], skipped


def read_items(grid: Grid, side: str, settings: SideSettings,
               projects: dict[str, Project] | None = None
               ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], SheetReport]:
    """Items and explained rows of one sheet, and the report on how it was read."""
    pasted = "; ".join(x for x in (split_pasted(grid), split_pairs(grid, side)) if x)
    formula_rows = {r for r, _ in grid.uncalculated}
    filled_at = {r: filled_columns(row) for r, row in enumerate(grid.rows, start=1) if row}
    nonblank = [r for r in range(1, len(grid.rows) + 1) if filled_at.get(r) or r in formula_rows]
    rows_with_content = set(nonblank)
    hidden_content = tuple(r for r in grid.hidden_rows if r in rows_with_content)
    notes = _sheet_notes(grid, pasted, hidden_content)
    if (cards := read_cards(grid, nonblank, side)) is not None:
        return _without_header(grid, cards, "(a label on each card)", ("text", "status"),
                               nonblank, notes, hidden_content)
    if (board := read_board(grid, nonblank, side)) is not None:   # several cards on a row
        return _without_header(grid, board, "(a card's lines; its column's heading)",
                               ("text", "status"), nonblank, notes, hidden_content, per_item=True)
    before: list[dict[str, Any]] = []
    if (made := records_over_rows(grid, side) or records_per_field(grid, side)
            or fields_in_cells(grid, side)) is not None:
        # A printed report (records over rows), a list a record per field: a row per item.
        printed, (grid, taken, how) = grid, made
        notes.append(how)
        gone = {r for r, _ in taken}
        nonblank = [r for r in nonblank if r not in gone]
        filled_at = {r: filled_columns(row) for r, row in enumerate(grid.rows, start=1) if row}
        before = [skipped_row(printed, r, why) for r, why in taken]
    if (form := read_form(grid, nonblank, side)) is not None:
        return _without_header(grid, form, "(a label on the item's form)",
                               [f for f in form[0][0] if f in vocab.FIELDS], nonblank, notes,
                               hidden_content)
    stairs = fold(grid, nonblank, settings) if side == "force" else None
    if stairs is not None:          # a mind map's export: its level columns are one
        grid, settings = stairs.grid, stairs.settings
        notes.append(stairs.note)
        filled_at = {r: filled_columns(row) for r, row in enumerate(grid.rows, start=1) if row}
    header_row, choices = find_table(grid, side, settings)
    # No header, or a "Status: | In Progress" row taken for one: one block of rows per item?
    if side == "force" and (header_row is None or is_label_row(grid.rows[header_row - 1])):
        blocks = read_blocks(grid, nonblank)
        if blocks is not None:
            return _without_header(grid, blocks, "(one block per item)", ("text", "status"),
                                   nonblank, notes, hidden_content)
    if header_row is None and (made := with_header(grid)) is not None:
        grid, at, how = made          # no header row: the columns told by what they hold
        notes.append(how)
        filled_at[at] = filled_columns(grid.rows[at - 1])
        nonblank = sorted({*nonblank, at})
        header_row, choices = find_table(grid, side, settings)
    if header_row is None:
        return _notable_of(grid, nonblank, notes, hidden_content)
    return _from_table(grid, header_row, choices, side, settings, projects,
                       _Rows(nonblank, filled_at, formula_rows, hidden_content, before), notes,
                       stairs)


def _without_header(grid: Grid, read: tuple[list[dict[str, Any]], list[dict[str, Any]], str],
                    label: str, fields: Iterable[str], nonblank: list[int], notes: list[str],
                    hidden_content: tuple[int, ...], per_item: bool = False
                    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], SheetReport]:
    """A sheet read with no header (record cards, a board, forms, blocks): its items, rows
    explained, and a report naming where each field was read (`label`). `per_item`: items
    share rows (a board's cards), so the rows counted are the items and rows explained."""
    items, skipped, how = read
    rows = len(items) + len(skipped) if per_item else len(nonblank)
    return items, skipped, SheetReport(
        grid.name, None, dict.fromkeys(fields, label), (), rows, len(items), len(skipped),
        len(grid.rows) - len(nonblank), "; ".join([how, *notes]), grid.hidden, hidden_content)


@dataclass(frozen=True)
class _Rows:
    """The sheet's rows with content as first read: which, their filled cells, which hold a
    formula with no saved result, which are hidden."""

    nonblank: list[int]
    filled_at: dict[int, list[int]]
    formula_rows: set[int]
    hidden_content: tuple[int, ...]
    explained: list[dict[str, Any]]          # rows a repair before the header took


def _from_table(grid: Grid, header_row: int, choices: dict, side: str, settings: SideSettings,
                projects: dict[str, Project] | None, rows: _Rows, notes: list[str],
                stairs: Staircase | None = None
                ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], SheetReport]:
    """The items of a sheet whose header was found: the grid repaired (`repairs`), its rows
    walked, then read again for what stands over what (`overrows`) and what fills a gap."""
    nonblank, filled_at, formula_rows = rows.nonblank, rows.filled_at, rows.formula_rows
    hidden_content = rows.hidden_content
    read = grid
    grid, nonblank, pasted = records_joined(grid, header_row, nonblank, notes)
    table, typed = columns_read_as_one(grid, header_row, choices, side, nonblank, notes)
    table, nonblank, subheads = subitems_placed(table, side, nonblank, notes)
    table, nonblank, categories = categories_down(table, side, nonblank, notes)
    pasted += subheads + categories
    if table.grid is not read:
        grid = table.grid
        filled_at = {r: filled_columns(row) for r, row in enumerate(grid.rows, start=1) if row}
    if side == "force" and (note := table.grid.status_without_struck(table.status_col)):
        notes.append(note)
    found = Found.empty()
    nonblank, filled_at = without_source(table, nonblank, filled_at, formula_rows)
    items, skipped, sectioned = _walked(table, side, nonblank, filled_at, typed, found, notes)
    if pasted or rows.explained:
        skipped = sorted([*rows.explained, *pasted, *skipped], key=lambda x: x["row"])
    reports_by_subtotals(grid, header_row, table.mapping, items, notes)
    if note := joined_texts(grid, table.headers, table.text_col, table.mapping, items):
        notes.append(note)
    if side == "force" and projects:       # before rows pointing at rows: "See project"
        status_from_projects(grid, table.text_col, items, projects, notes)
    if side == "force":        # before actions take their item's text
        copies_in_progress(items, notes)
    items, skipped = rows_over_rows(grid, header_row, table, side, items, skipped, notes)
    items, skipped = lines_under_items(grid, items, skipped, notes)
    items, skipped = _repeating_rows(grid, table, items, skipped, notes)
    text_from_notes(table, items, notes)
    if side == "force":
        status_from_text_prefix(items, settings, notes)
        said_when(table, items, notes)
    type_from_tags(table, items, notes)
    if "type" not in table.mapping.values():
        type_from_titles(grid, table.title_col, items, notes)
    if stairs is not None:
        items, skipped, note = sort_topics(items, skipped, stairs.depth, grid, table)
        notes.append(note)
    mark_untyped(items, side, table.mapping, table.text_col)
    second = choices["status"].runner_up if "status" in choices and side == "force" else None
    colour_rows = fill_missing(table, side, second, found, items, notes)
    if side == "force":
        status_from_score(table, items, settings, notes)
    status_from_sections(sectioned, settings, notes)
    if side == "hmicfrs" and table.status_col is None:
        status_from_parts(items, skipped, notes)
    _last_said(table, side, items, settings, notes)
    items, skipped = regrouped(table, side, items, skipped, notes)
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
    if side == "force":           # a system's records at several levels: its items' rows
        items, skipped = read_levels(table, items, skipped, notes)
        kept = {item["row"] for item in items}
        carried, titled = [r for r in carried if r in kept], [r for r in titled if r in kept]
    notes += _textless(table, carried, titled)
    return items, skipped, sectioned


def _repeating_rows(grid: Grid, table: Table, items: list[dict[str, Any]],
                    skipped: list[dict[str, Any]], notes: list[str]
                    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The items less the rows repeating another's wording and id: a request filed beside its
    item's form (first: it is no copy), a copy left of a row."""
    items, skipped = requests_apart(grid, table, items, skipped, notes)
    return copies_left(grid, items, skipped, notes)


def _last_said(table: Table, side: str, items: list[dict[str, Any]], settings: SideSettings,
               notes: list[str]) -> None:
    """Statuses read last, once every row has its own: a tracker's notes in the body and its
    latest dated note; a record kept twice read as the copy last changed (`latercopy`)."""
    grid = table.grid
    if side == "force":
        notes_from_body(items, notes, lambda r: (
            grid.value(r, table.title_col) if table.title_col is not None else None))
        status_from_latest_note(items, settings, notes)
    latest_copies(grid, table, items, notes)


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


