"""A system's export of records at several levels in one list, a column naming each row's
kind: an audit-management system's "Item Type" of Audit, Finding and Action (Pentana's
"Findings and Actions by Audit"), in tree order. The kind whose rows hold the recommendation
text is the item; a kind coming before the first item is a heading over items (the audit:
its report); a kind first coming after an item is that item's agreed action, its status
the action's own ("Implemented", "Partially Implemented"). An item is done when every action
under it is, and open with none recorded; its actions are no items of their own. An action
straight under a heading, with no item above it, is an item itself.
"""

from __future__ import annotations

from typing import Any

from .. import vocab
from ..normalise import norm_status
from ..normalise.types import builtin_statuses
from .grid import blank
from .sheetfacts import at_cell, beside, rows_named
from .table import Table
from .walk import skipped_row

#: Kinds a column names at most; rows of items, and of actions, at least.
_KINDS, _KIND_ROWS = 4, 2
#: Share of the item kind's rows holding the text, at least; of another kind's, at most.
_TEXT_HELD, _TEXT_NOT = 0.8, 0.1
#: Share of the actions with a value whose value is a status word, at least; and of the
#: items leaving that column blank.
_SAID, _ITEMS_BLANK = 0.6, 0.8


def _kind(value: Any) -> str:
    return vocab.key(value) if isinstance(value, str) and len(value.split()) <= 2 else ""


def _levels(table: Table) -> tuple[int, str, set[str], set[str]] | None:
    """(the kind column, the item kind, heading kinds, action kinds), or None."""
    grid, rows = table.grid, range(table.header_row + 1, len(table.grid.rows) + 1)
    for col in range(len(table.headers)):
        if col in table.mapping:
            continue
        kinds = {r: k for r in rows if (k := _kind(at_cell(grid, r, col)))}
        counts: dict[str, int] = {}
        for k in kinds.values():
            counts[k] = counts.get(k, 0) + 1
        # A line under the list ("163 record(s)") names no kind.
        counts = {k: n for k, n in counts.items() if not any(ch.isdigit() for ch in k)}
        kinds = {r: k for r, k in kinds.items() if k in counts}
        if not 2 <= len(counts) <= _KINDS:
            continue
        held = {k: sum(not blank(at_cell(grid, r, table.text_col)) for r, kk in kinds.items()
                       if kk == k) / n for k, n in counts.items()}
        items = [k for k, share in held.items() if share >= _TEXT_HELD]
        if len(items) != 1 or any(s > _TEXT_NOT for k, s in held.items() if k != items[0]):
            continue
        first = min(r for r, k in kinds.items() if k == items[0])
        heads = {k for k in counts if k != items[0]
                 and min(r for r, kk in kinds.items() if kk == k) < first}
        actions = set(counts) - heads - {items[0]}
        if counts[items[0]] >= _KIND_ROWS and sum(counts[a] for a in actions) >= _KIND_ROWS:
            return col, items[0], heads, actions
    return None


def _action_status(table: Table, kinds: dict[int, str], item: str, actions: set[str]
                   ) -> int | None:
    """The column giving an action's own status: status words on the actions, blank on the
    items (not the status copied down from the heading's record)."""
    grid, known = table.grid, builtin_statuses("force")
    acts = [r for r, k in kinds.items() if k in actions]
    its = [r for r, k in kinds.items() if k == item]
    for col in range(len(table.headers)):
        if col == table.text_col:
            continue
        said = [v for r in acts if not blank(v := at_cell(grid, r, col))]
        if (len(said) >= _KIND_ROWS
                and sum(norm_status(v, known) in ("open", "done") for v in said) >= _SAID * len(said)
                and sum(blank(at_cell(grid, r, col)) for r in its) >= _ITEMS_BLANK * len(its)):
            return col
    return None


def _below(table: Table, item_row: int, r: int) -> bool:
    """Whether row r's record is the item's action by their own codes where both have one:
    "F03.A1" under "F03"; "A01" is under no finding (a standalone action)."""
    col = next((c for c, f in table.mapping.items() if f == "local_ref"), None)
    if col is None:
        return True
    mine, theirs = at_cell(table.grid, r, col), at_cell(table.grid, item_row, col)
    if blank(mine) or blank(theirs):
        return True
    mine, theirs = str(mine).strip(), str(theirs).strip()
    return mine.startswith(theirs) and mine[len(theirs):len(theirs) + 1] in (".", "-", "/", " ")


def read_levels(table: Table, items: list[dict[str, Any]], skipped: list[dict[str, Any]],
                notes: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The items less the headings' and the actions' records (explained), each item's status
    its actions' (see the module)."""
    found = _levels(table)
    if found is None:
        return items, skipped
    col, item_kind, heads, actions = found
    grid = table.grid
    kinds = {r: k for r in range(table.header_row + 1, len(grid.rows) + 1)
             if (k := _kind(at_cell(grid, r, col))) in (item_kind, *heads, *actions)}
    status_col = _action_status(table, kinds, item_kind, actions)
    known = builtin_statuses("force")
    by_row = {it["row"]: it for it in items}
    explained = {s["row"] for s in skipped}
    gone, under, alone = [], {}, []
    current: dict[str, Any] | None = None
    header = str(table.headers[col]).strip()
    heading: str | None = None
    for r in sorted(kinds):
        k = kinds[r]
        if k in heads:
            current, heading = None, table.heading_name(r)
            gone.append((r, f"a record of the kind '{k}' ('{header}'): a heading over the items, "
                            "the report they are filed under"))
        elif k == item_kind:
            current = by_row.get(r)
            if current is not None:
                under.setdefault(r, [])
                if heading and blank(current.get("report")):
                    current["report"] = heading
        elif current is not None and _below(table, current["row"], r):
            said = at_cell(grid, r, status_col) if status_col is not None else None
            under[current["row"]].append(said)
            gone.append((r, f"an action ('{k}') of the item on row {current['row']}: its status "
                            "counts in that item's, not as an item of its own"))
        elif r in by_row:
            alone.append(r)           # an action under a heading or of none: an item
            if status_col is not None and not blank(own := at_cell(grid, r, status_col)):
                by_row[r]["status"] = f"{own}{beside(by_row[r].get('status'))}"
    drop = {r for r, _ in gone}
    kept = [it for it in items if it["row"] not in drop]
    skipped = sorted([*skipped, *(skipped_row(grid, r, why) for r, why in gone
                                  if r not in explained)], key=lambda s: s["row"])
    how = "their own status"
    if status_col is not None:
        for it in kept:
            if it["row"] not in under:
                continue
            said = under[it["row"]]
            done = sum(not blank(v) and norm_status(v, known) == "done" for v in said)
            word = "Closed" if said and done == len(said) else "Open"
            it["status"] = (f"{word} ({done} of {len(said)} actions done{beside(it.get('status'))})"
                            if said else f"Open (no action recorded{beside(it.get('status'))})")
        how = (f"the status their actions' '{str(table.headers[status_col]).strip()}' (done "
               "when every action is)")
    notes.append(f"rows of kinds ('{header}'): '{item_kind}' the items, "
                 f"{', '.join(repr(h) for h in sorted(heads)) or 'none'} headings, "
                 f"{', '.join(repr(a) for a in sorted(actions))} their actions, {how}"
                 + (f"; actions under no item read as items: {rows_named(alone)}"
                    if alone else ""))
    return kept, skipped
