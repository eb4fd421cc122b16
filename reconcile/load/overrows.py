"""Rows that stand over other rows, read once every row was walked: headings of an outline, a
guide's status key, rows pointing at rows, parents over their actions, a log of updates.

Each turns rows first read as items into what they are (a heading, a key, one more action of an
item, an update) and explains the rows it sets aside, so rows in = items + rows explained still
holds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import vocab
from ..normalise.entries import ASKS
from .drilldown import drill_down_rows
from .grid import Grid
from .history_export import read_history
from .outline import grouped_headings, read_outline
from .parents import parent_actions, records_by_key
from .pointers import pointer_rows
from .sheetfacts import one, rows_named
from .statuskey import status_key_entries
from .table import Table
from .tree import Tree, headings, read_tree, report_of
from .updates import read_log
from .walk import explained_rows, rows_set_aside

#: Why a row a tracker files items under is not one.
_HEADING_OVER_ITEMS = "heading over items (other rows are filed under it)"
_STATUS_KEY = ("a guide to the file's words (each status word once, what it means, open or "
               "closed): read as the file's legend, not items")


def rows_over_rows(grid: Grid, header_row: int, table: Table, side: str,
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
    elif listed := _drop_down_lists(items):
        why = _LISTS.format(", ".join(listed))
        items, skipped = _set_aside(grid, items, skipped, [i["row"] for i in items], why)
        notes.append(why)
    if side == "force" and (note := pointer_rows(items, grid.rows, table.text_col)):
        notes.append(note)
    if side == "force" and ("parent" in table.mapping.values()
                            or any(item.get("parent") for item in items)):
        parent_cols = [c for c, f in table.mapping.items() if f == "parent"]
        cells = _cells_but(grid, parent_cols)
        named = records_by_key(items, cells)
        items, skipped = _tree_read(grid, table, items, skipped, notes, named)
        # The records by key once: less the headings a tree set aside.
        kept = {id(i) for i in items}
        note, headings = parent_actions(items, cells, {k: v for k, v in named.items()
                                                       if id(v) in kept})
        if note:
            notes.append(note)
        if headings:
            items, skipped = _set_aside(grid, items, skipped, headings, _HEADING_OVER_ITEMS)
            notes.append(f"{rows_named(headings)} {one(headings, 'is', 'are')} a level above "
                         "the items (an epic or report other rows are filed under, asking for "
                         "nothing itself): a heading, not an item")
    return items, skipped


def _tree_read(grid: Grid, table: Table, items: list[dict[str, Any]],
               skipped: list[dict[str, Any]], notes: list[str],
               named: dict[str, dict[str, Any]]
               ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The items less the rows above their level in a plan exported as a tree (`tree`), each
    item's report its heading's title where it gives none. `named`: each record by its key."""
    type_col = next((c for c, f in table.mapping.items() if f == "type"), None)
    skip = {c for c, f in table.mapping.items() if f != "type"}
    found = read_tree(items, lambda r: grid.rows[r - 1], named, type_col, skip)
    if found is None:
        return items, skipped
    reports = report_of(found, items, named, lambda r: table.heading_name(r, grid))
    for item in items:
        if item["row"] in reports and not item.get("report"):
            item["report"] = reports[item["row"]]
    header = str(table.headers[found.column]).strip() if found.column is not None else ""
    gone = headings(found, header)
    notes.append(f"a plan exported as a tree ({_levels_said(found, header)}): "
                 f"{rows_named([r for r, _ in gone])} {one([r for r, _ in gone], 'is', 'are')} "
                 "a level above the items, headings not items; each item's report the title "
                 "of its heading a level up")
    return rows_set_aside(grid, items, skipped, gone)


def _levels_said(tree: Tree, header: str) -> str:
    """"'Hierarchy' Theme > Initiative > Epic > Story, the items each 'Epic'"."""
    by_level: dict[int, str] = {}
    for r, w in tree.words.items():
        by_level.setdefault(tree.level[r], str(w))
    said = " > ".join(by_level[lv] for lv in sorted(by_level))
    return f"'{header}' {said}, the items each '{by_level[tree.item_level]}'"


def _status_key_table(grid: Grid, header_row: int, items: list[dict[str, Any]]) -> bool:
    """Whether the rows read as items are a guide's ("StatusValue | Meaning | Open / Closed",
    perhaps a key to the type codes under it): a key naming three or more of the rows'
    statuses, each once, or every row a RAG colour, each once ("RAG | Meaning"); and no row
    asking anything of anyone."""
    if not _guide_shaped(items):
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


def _guide_shaped(items: list[dict[str, Any]]) -> bool:
    """Rows read as items that may be a guide's (a key, a sheet of lists): a few, none asking
    anything of anyone."""
    return 0 < len(items) <= _KEY_LINES and not any(
        ASKS.search(str(i.get("text") or "")) for i in items)
#: A drop-down's list holds this many values at least.
_LIST_VALUES = 3
_LISTS = ("a sheet of drop-down lists ({}: each value once, the lists side by side and of "
          "different lengths): the values the tracker's cells are picked from, not items")


def _drop_down_lists(items: list[dict[str, Any]]) -> list[str]:
    """The fields whose columns are lists of values a drop-down offers ("Lists" sheet: Stage |
    Meaning | Type | Status): two at least, each of three values or more, each value once,
    one at least ending before the rows do; a short sheet, no row asking anything. [] for
    a sheet of items, whose statuses and types repeat and whose columns run to its end."""
    if not _guide_shaped(items):
        return []
    listed, shorter = [], False
    for field in ("type", "status", "owner", "report"):
        values = [vocab.key(i[field]) for i in items if i.get(field) not in (None, "")]
        if len(values) >= _LIST_VALUES and len(set(values)) == len(values):
            listed.append(field)
            shorter = shorter or len(values) < len(items)
    return [f"{f}s" for f in listed] if len(listed) >= 2 and shorter else []


def _set_aside(grid: Grid, items: list[dict[str, Any]], skipped: list[dict[str, Any]],
               rows: list[int], reason: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The items less `rows`, and the rows explained with them, each with `reason`."""
    return rows_set_aside(grid, items, skipped, [(r, reason) for r in rows])


def regrouped(table: Table, side: str, items: list[dict[str, Any]],
               skipped: list[dict[str, Any]], notes: list[str]
               ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A force's rows that are not items as they stand: a plan numbered as an outline ("1",
    "1.1", "1.1.1": report headings, items, their actions; `outline.read_outline`), or a log
    of updates, one row each under the item's id (`updates.read_log`)."""
    if side != "force":
        details, note = drill_down_rows(table, items)
        if details:
            items, skipped = rows_set_aside(table.grid, items, skipped, details)
            notes.append(note)
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
    return items, explained_rows(table.grid, skipped, [*heads, *updates])


def _cells_but(grid: Grid, cols: list[int]) -> Callable[[int], list[Any]]:
    """An Excel row's cells, less those of `cols`."""
    return lambda r: [v for c, v in enumerate(grid.rows[r - 1]) if c not in cols]
