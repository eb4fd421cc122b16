"""A list exported as its update history: the monitoring portal writes an item's row again at
each status change ("Item ID | Update date | Status at that date | Comment"), the text often
only on the row that opened it. The item is its most recent row: its status and comment are
the item's now; its text, report and type come from whichever of its rows gives them. The
earlier rows are its history, explained, not items.

Only on the HMICFRS side, by its reference column: ids repeated on a quarter of the rows at
least, each id's rows dated apart by one date column (in either order: a portal may list the
newest first); not where a column flags the current row (a warehouse's history: `versions`).
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from ..normalise import parse_date, ref_key
from .grid import blank
from .longform import CURRENT, says_current
from .sheetfacts import at_cell
from .table import Table
from .walk import skipped_row

#: Share of ids that must have several rows for the sheet to be a history.
_REPEATED = 0.25
#: Share of those ids whose rows one date column tells apart.
_DATED = 0.8
#: Fields the most recent row gives the item, where it has them.
_NOW = ("status", "progress", "closed_on")


def read_history(table: Table, items: list[dict[str, Any]], skipped: list[dict[str, Any]]
                 ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], str]:
    """(items, skipped rows, a note) with each id's rows folded into its latest one."""
    grid = table.grid
    ref_col = next((c for c, f in table.mapping.items() if f == "ref"), None)
    if ref_col is None or len(items) < 4 or _current_flag(table, items):
        return items, skipped, ""     # ... a flag says which row is current: `versions`
    if len({str(item.get("force") or "") for item in items} - {""}) > 1:
        return items, skipped, ""     # a national list: an id once per force, no history
    groups, ids = _groups(table, items, skipped, ref_col)
    if not groups or len(groups) < _REPEATED * ids:
        return items, skipped, ""
    date_col = _date_column(table, groups, ref_col)
    if date_col is None:
        return items, skipped, ""
    by_row = {item["row"]: item for item in items}
    folded: dict[int, dict[str, Any]] = {}      # an item's first row -> the item, moved
    history: list[tuple[int, str]] = []
    absorbed: set[int] = set()                  # its other rows
    for key, rs in groups.items():
        first = next((by_row[r] for r in rs if r in by_row), None)
        if first is None:
            continue
        latest = max(rs, key=lambda r: (_when(grid.value(r, date_col)), r))
        folded[first["row"]] = _folded(table, [by_row[r] for r in rs if r in by_row], latest)
        absorbed.update(r for r in rs if r != first["row"])
        history += [(r, f"an earlier update of {key} (its latest row is {latest})")
                    for r in rs if r != latest]
    if not folded:
        return items, skipped, ""
    kept = [folded.get(item["row"], item) for item in items if item["row"] not in absorbed]
    rest = [s for s in skipped if s["row"] not in absorbed and s["row"] not in folded]
    rest += [skipped_row(grid, r, why) for r, why in history]
    heading = str(table.headers[ref_col]).strip()
    note = (f"kept as an update history, a row per update: {len(folded)} items read from "
            f"their rows by the id in '{heading}', each its latest row ({len(history)} "
            "earlier rows explained)")
    return (sorted(kept, key=lambda item: item["row"]), sorted(rest, key=lambda s: s["row"]),
            note)


def _groups(table: Table, items: list[dict[str, Any]], skipped: list[dict[str, Any]],
            ref_col: int) -> tuple[dict[str, list[int]], int]:
    """(id -> its rows, of the ids on several rows; how many ids in all), over the item rows
    and the rows left out for having no text (an update's rows often have none)."""
    grid = table.grid
    textless = [s["row"] for s in skipped if s["reason"].startswith("no recommendation text")]
    # A list naming its force per row: rows of another force are another item's.
    force_col = next((c for c, f in table.mapping.items() if f == "force"), None)
    rows_of: dict[str, list[int]] = {}
    named: dict[str, set[str]] = {}             # an id's forces, where its rows name one
    for r in [item["row"] for item in items] + textless:
        if key := ref_key(grid.value(r, ref_col)):
            force = str(grid.value(r, force_col) or "").strip() if force_col is not None else ""
            rows_of.setdefault(key, []).append(r)
            named.setdefault(key, set()).update({force} - {""})
    # An id named for several forces is one item per force; a row naming none (a later
    # template left the force out) is the one force's its other rows name.
    split: dict[str, list[int]] = {}
    for key, rs in rows_of.items():
        if len(named[key]) <= 1:
            split[key] = rs
            continue
        for r in rs:
            split.setdefault(f"{key} ({str(grid.value(r, force_col) or '').strip()})", []).append(r)
    return {k: sorted(rs) for k, rs in split.items() if len(rs) > 1}, len(split)


def _folded(table: Table, rows: list[dict[str, Any]], latest: int) -> dict[str, Any]:
    """An id's item at its latest row: that row's status and comment, the rest from the
    first of its rows that gives each."""
    grid = table.grid
    item = dict(rows[0], row=latest, row_id=grid.row_id(latest))
    for fld in _NOW:
        col = next((c for c, f in table.mapping.items() if f == fld), None)
        if col is not None and not blank(v := grid.value(latest, col)):
            item[fld] = v.strip() if isinstance(v, str) else v
    for other in rows[1:]:
        for fld, v in other.items():          # a field only a later row gives
            if blank(item.get(fld)) and not blank(v):
                item[fld] = v
    # The wording its fullest row gives: a later notice may carry only a summary cut short.
    texts = [r["text"] for r in rows if isinstance(r.get("text"), str) and r["text"].strip()]
    if texts:
        item["text"] = max(texts, key=len)
    return item


def _when(value: Any) -> datetime:
    """A history row's moment: a cell's own date and time (two updates of one day), else the
    day its text names; an undated row before every dated one."""
    if isinstance(value, datetime):
        return value
    day = parse_date(value)
    return datetime.combine(day, time.min) if day else datetime.min


def _date_column(table: Table, groups: dict[str, list[int]], ref_col: int) -> int | None:
    """The column whose dates tell each id's rows apart, for most ids."""
    grid = table.grid
    best, most = None, 0
    for c in range(len(table.headers)):
        if c == ref_col or table.mapping.get(c) in ("published", "due", "text"):
            continue
        apart = 0
        for rs in groups.values():
            dates = [_when(grid.value(r, c)) for r in rs]
            apart += datetime.min not in dates and len(set(dates)) == len(dates)
        if apart >= _DATED * len(groups) and apart > most:
            best, most = c, apart
    return best


def _current_flag(table: Table, items: list[dict[str, Any]]) -> bool:
    """Whether a column headed as a current flag ("IsCurrent", "Is latest") says on every item
    row which row is current, both answers given: a warehouse's history (`versions`)."""
    for c, k in enumerate(table.header_keys):
        if CURRENT.match(k):
            flags = {says_current(at_cell(table.grid, item["row"], c)) for item in items}
            if flags == {True, False}:
                return True
    return False
