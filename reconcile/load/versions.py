"""Earlier versions of a record, kept beside the current one.

A warehouse that keeps history (a "type 2" dimension) closes a record's old row when its
status changes and adds a new one: both are in the extract, told apart only by a flag
("ROW_IS_CURRENT" 0 / 1, "Is latest" N / Y). Read as two items, the old row's status would
decide the pairing half the time. A row flagged not current whose item has a current row
(the same reference, or the same wording) is that item's history: explained, not read. In a
table so kept, a record none of whose rows is current was ended at source (deleted, or
replaced by a new record): its rows are no items either.
"""

from __future__ import annotations

from typing import Any

from .grid import Grid, blank
from .header import header_key
from .items import SheetReport, set_aside_rows
from .longform import CURRENT, says_current
from .sheetfacts import rows_named


def earlier_versions(grids: list[Grid], reports: list[SheetReport],
                     items: list[dict[str, Any]], skipped: list[dict[str, Any]]
                     ) -> tuple[list[SheetReport], list[dict[str, Any]], list[dict[str, Any]]]:
    """(reports, items, skipped) with each earlier version of a current item explained."""
    by_name = {g.name: g for g in grids}
    why: dict[str, str] = {}
    notes: dict[str, str] = {}
    for report in reports:
        grid = by_name.get(report.sheet)
        if grid is None or not report.items or not report.header_row:
            continue
        head = grid.rows[report.header_row - 1]
        col = next((c for c, h in enumerate(head)
                    if isinstance(h, str) and CURRENT.match(header_key(h))), None)
        if col is None:
            continue
        mine = [i for i in items if i["sheet"] == report.sheet]
        flags = {i["row_id"]: _flag(grid, i["row"], col) for i in mine}
        if any(f is None for f in flags.values()) or set(flags.values()) != {True, False}:
            continue          # a flag on every row, both answers given
        current = {}
        for item in mine:
            if flags[item["row_id"]]:
                for k in _keys(item):
                    current.setdefault(k, item)
        old, histories = [], set()
        for item in mine:
            now = next((current[k] for k in _keys(item) if k in current), None)
            if not flags[item["row_id"]] and now is not None:
                why[item["row_id"]] = (f"an earlier version of the item on {now['row_id']} "
                                       f"('{str(head[col]).strip()}' says it is not current): "
                                       "the current row says what stands now")
                old.append(item["row"])
                histories.add(now["row_id"])
        # A history table (items with earlier versions): a record no version of which is
        # current was ended at source (deleted, or replaced by another record).
        ended = [i for i in mine if not flags[i["row_id"]] and i["row_id"] not in why
                 ] if len(histories) >= _HISTORY else []
        for item in ended:
            why[item["row_id"]] = (f"a version of a record with no current version "
                                   f"('{str(head[col]).strip()}' is not current on any of its "
                                   "rows): ended at source, deleted or replaced; not on the list")
        if old:
            notes[report.sheet] = (f"{rows_named(old)} earlier versions of items listed again "
                                   f"below ('{str(head[col]).strip()}'): the current rows read")
        if ended:
            notes[report.sheet] += (f"; {rows_named([i['row'] for i in ended])} versions of "
                                    "records with no current version: not on the list")
    return set_aside_rows(reports, items, skipped, why, notes)


#: Items with an earlier version that make a sheet a history table.
_HISTORY = 2


def _flag(grid: Grid, row: int, col: int) -> bool | None:
    values = grid.rows[row - 1] if 0 < row <= len(grid.rows) else []
    return says_current(values[col] if col < len(values) else None)


def _keys(item: dict[str, Any]) -> list[tuple[str, str]]:
    """What makes two rows one record: its reference, else (none given) its wording."""
    ref, text = item.get("ref"), item.get("text")
    if not blank(ref):
        return [("ref", str(ref).strip())]
    return [("text", " ".join(str(text).split()))] if not blank(text) else []
