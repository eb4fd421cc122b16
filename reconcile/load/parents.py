"""Rows a tracker files under another one as its actions: a performance system's export
gives each action a "Parent Code" naming its item's own code (HMI-2022-PEEL-02.1 under
HMI-2022-PEEL-02). Such a row is one more action of its parent's item, as an action plan's
rows under a merged summary cell are: it is matched by the item's text, and its own words
(the action) become its progress, shown beside the item's text. A database's export names
the parent record instead (a work item's key, an Airtable record's name). Not actions: a
cause of concern's children (HMICFRS lists its recommendations as items of their own), the
rows of a parent whose rows have rows of their own (an epic, a programme: a level above
the items), and a row quoting a register reference of its own."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .. import vocab
from ..normalise.types import norm_type
from .sheetfacts import one, rows_named

#: What an action takes from its parent's row when it has none of its own.
_INHERITED = ("report", "published", "ref")


def record_key(value: Any) -> str:
    """The key a record is named by and a child row names its parent by."""
    return vocab.key(value) if isinstance(value, (str, int)) and str(value).strip() else ""


#: A cell long enough to be a record's name, short enough not to be its text.
_NAME_CHARS = 120


def _own_ref(item: dict[str, Any]) -> str:
    return record_key(item.get("ref"))


#: What an item asks for; a heading over items (an epic: "HMICFRS report: PEEL 2018/19")
#: asks nothing.
_ASKS = re.compile(r"\b(?:should|must|recommend\w*)\b", re.IGNORECASE)


def _heading(item: dict[str, Any]) -> bool:
    """Whether a row a level above the items is a heading, not an item itself: typed as
    none of HMICFRS's kinds (a cause of concern over its recommendations is an item), and
    its text asking for nothing."""
    return not norm_type(item.get("type"), item.get("text")) and not _ASKS.search(
        str(item.get("text") or ""))


def records_by_name(items: list[dict[str, Any]], cells: Callable[[int], list[Any]]
           ) -> dict[str, dict[str, Any]]:
    """Each record by a name of its own: a short cell of its row no other row holds."""
    named: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        for v in dict.fromkeys(cells(item["row"])):
            if isinstance(v, str) and 0 < len(v.strip()) <= _NAME_CHARS and (c := record_key(v)):
                named.setdefault(c, []).append(item)
    return {c: rows[0] for c, rows in named.items() if len(rows) == 1}


def records_by_key(items: list[dict[str, Any]], cells: Callable[[int], list[Any]] | None = None
                   ) -> dict[str, dict[str, Any]]:
    """Each record by the key a child row names it by: its own number, or else (`cells` given)
    a name of its own."""
    by_code = {c: item for item in items if (c := record_key(item.get("local_ref")))}
    if cells is not None:
        by_code |= {c: item for c, item in records_by_name(items, cells).items() if c not in by_code}
    return by_code


def _same_level(grouping: set[int], parents: set[int], parent_of: dict[int, Any],
                items: list[dict[str, Any]], cells: Callable[[int], list[Any]]) -> set[int]:
    """Parents of the same level as those known to be a level above the items: a work
    tracker's export files some tasks under an epic with sub-tasks of their own and others
    under an epic without any, and the level is written in a column ("Issue Type" Epic,
    "Work Item Type" Feature). A cell every known level-above parent holds alike and no row
    filed under anything holds names that level; the other parents holding it are of it."""
    if len(grouping) < 2:
        return set()
    by_id = {id(item): item for item in items}
    filed = [cells(item["row"]) for item in items if parent_of.get(id(item)) is not None]
    known = [cells(by_id[g]["row"]) for g in grouping]
    others = {p: cells(by_id[p]["row"]) for p in parents - grouping}
    found: set[int] = set()
    for col in range(min(len(row) for row in known)):
        marks = {row[col] for row in known}
        mark = next(iter(marks))
        if (len(marks) != 1 or not isinstance(mark, str) or not mark.strip()
                or any(col < len(row) and row[col] == mark for row in filed)):
            continue
        found |= {p for p, row in others.items() if col < len(row) and row[col] == mark}
    return found


def parent_actions(items: list[dict[str, Any]],
                   cells: Callable[[int], list[Any]] | None = None,
                   by_code: dict[str, dict[str, Any]] | None = None
                   ) -> tuple[str | None, list[int]]:
    """Rewrite each action row filed under a parent item's code as that item's action (in
    place); a note for the sheet's report, or None when no row names a parent; and the rows
    that are headings over items, not items (`_heading`).

    A parent is named by its own number or, in a database's export ("Parent item" a linked
    record), by its name: any cell of its row (`cells`: Excel row -> its cells) no other
    row has."""
    if by_code is None:
        by_code = records_by_key(items, cells)
    parent_of = {id(item): by_code.get(record_key(item.get("parent"))) for item in items}
    # A parent whose rows have rows of their own is a level above the items (an epic, a
    # programme, a report): its rows are items, not its actions.
    parents = {id(p) for p in parent_of.values() if p is not None}
    grouping = {id(p) for item in items if id(item) in parents
                and (p := parent_of.get(id(item))) is not None}
    if cells is not None:
        grouping |= _same_level(grouping, parents, parent_of, items, cells)
    headings = sorted(item["row"] for item in items if id(item) in grouping and _heading(item))
    parent_of = {k: (None if p is not None and id(p) in grouping else p)
                 for k, p in parent_of.items()}
    done: set[int] = set()
    actions: list[int] = []
    own: list[int] = []

    def settle(item: dict[str, Any], seen: frozenset[int]) -> None:
        parent = parent_of.get(id(item))
        if id(item) in done or parent is None or parent is item or id(parent) in seen:
            return
        if _own_ref(item) and _own_ref(item) != _own_ref(parent):
            return          # a row quoting a register reference of its own is that item's
        done.add(id(item))
        settle(parent, seen | {id(item)})          # a parent that is itself an action first
        if norm_type(parent.get("type"), parent.get("text")) == "cause of concern":
            own.append(item["row"])
            return
        mine = item.get("text")
        note = item.get("progress")
        item["progress"] = " — ".join(str(v) for v in (mine, note) if v)
        item["action"] = mine       # the bullet it may name: `match.rows.add_parts`
        item["text"] = parent.get("text")
        item["type"] = parent.get("type") or item.get("type")
        for fld in _INHERITED:
            if item.get(fld) is None:
                item[fld] = parent.get(fld)
        actions.append(item["row"])

    for item in items:
        settle(item, frozenset())
    if not actions and not own:
        return None, headings
    out = []
    if actions:
        out.append(f"{rows_named(actions)} {one(actions, 'names', 'name')} their item's code "
                   "in the parent column: read as more actions of that item (matched by its "
                   "text; their own words shown as their progress)")
    if own:
        out.append(f"{rows_named(own)} {one(own, 'is', 'are')} filed under a cause of concern: "
                   "read as items of their own (HMICFRS lists a cause of concern's "
                   "recommendations separately)")
    return "; ".join(out), headings
