"""A mind map's (or an outline's) Excel export: one row per topic, in map order, each topic's
words in the column of its depth ("Level 1" … "Level 6", a staircase), the task columns
(notes, owner, dates, % complete, tags) to the right.

Read as the map is read. The level columns are one column, the topic. A row at the depth
most topics with task info sit at is an item; a topic over others with no task info of its
own is a heading, the one at the depth items' headings sit at naming their report, a heading
reading as a status ("✔ Submitted to HMICFRS for closure") giving its items theirs where
they have none; a topic under an item is one of the force's actions for it (no item) unless
it reads as an item of its own ("Rec 1 [14811] …" under its cause of concern); a topic off
the items' depth with no task info (a to-do list beside the map) is no item either.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from itertools import pairwise
from typing import Any

from .. import vocab
from ..config import SideSettings
from ..normalise import builtin_statuses, reads_as_status, type_prefix
from ..normalise.refs import item_number, text_ref
from .columns import field_named
from .grid import Grid, blank
from .table import Table
from .tree import Tree, headings, tree_of

#: A level column's heading: "Level 1", "Outline level 2", "L3"; "Title 1" (Azure Boards'
#: tree query).
_LEVEL = re.compile(r"^\s*(?:outline\s+)?(?:level|lvl|l|title)\s*[-_.]?\s*(\d{1,2})\s*$", re.IGNORECASE)
#: The header is in the sheet's first rows; it has this many level columns at least (a tree
#: query of Epics over Features is two deep).
_LOOK, _LEVELS = 30, 2
#: Share of the rows below with words in one level column only.
_ONE_LEVEL = 0.8
#: A register id in brackets in a topic: "AFI 1 [12604] county lines".
_BRACKET_ID = re.compile(r"[\[(]\s*#?\d{3,6}\s*[\])]")
#: Fields that are an item's own task info, not a roll-up: a heading carries none of them.
_TASK = ("owner", "type", "due", "ref")


@dataclasses.dataclass(frozen=True)
class Staircase:
    """The sheet with its level columns folded into the first, and each topic row's depth."""

    grid: Grid
    settings: SideSettings
    depth: dict[int, int]
    note: str


def fold(grid: Grid, nonblank: list[int], settings: SideSettings) -> Staircase | None:
    """The sheet with its level columns folded into one, or None when it has none."""
    for r in nonblank[:_LOOK]:
        row = grid.rows[r - 1]
        cols = [(c, int(m.group(1))) for c, v in enumerate(row)
                if isinstance(v, str) and (m := _LEVEL.match(v))]
        run = _run(cols)
        if len(run) < _LEVELS:
            continue
        below = [x for x in nonblank if x > r]
        depth: dict[int, int] = {}
        for x in below:
            filled = [k for k, c in enumerate(run) if c < len(grid.rows[x - 1])
                      and not blank(grid.rows[x - 1][c])]
            if len(filled) == 1:
                depth[x] = filled[0] + 1
        if not below or len(depth) < _ONE_LEVEL * len(below) or len(set(depth.values())) < 2:
            return None
        rows = [list(v) for v in grid.rows]
        first = run[0]
        for x, d in depth.items():
            rows[x - 1][first] = rows[x - 1][run[d - 1]]
            for c in run[1:]:
                if c < len(rows[x - 1]):
                    rows[x - 1][c] = None
        for c in run[1:]:
            rows[r - 1][c] = None
        columns = dict(settings.columns)
        note = (f"a mind map's or outline's export: columns {str(row[first]).strip()!r} to "
                f"{str(row[run[-1]]).strip()!r} hold each topic's words at its depth, read as "
                "one column (the topic)")
        if (described := _description(grid, r, below, run)) is not None and "text" not in columns:
            # A work item's title over its description (Azure Boards): the description is
            # the text, the title the topic (and the text where there is no description).
            rows[r - 1][first] = "Title"
            note += f", the text '{str(row[described]).strip()}' where a topic has one"
        else:
            columns.setdefault("text", str(row[first]).strip())
        return Staircase(dataclasses.replace(grid, rows=rows),
                         dataclasses.replace(settings, columns=columns), depth, note)
    return None


#: A description's cells: as long as a recommendation's words, on average.
_DESCRIBED = 80


def _description(grid: Grid, header_row: int, below: list[int], run: list[int]) -> int | None:
    """The column holding each work item's description, headed as a text column is
    ("Description"), its cells long: or None."""
    for c, h in enumerate(grid.rows[header_row - 1]):
        if c in run or not isinstance(h, str) or field_named(vocab.key(h), "force") != "text":
            continue
        said = [str(v) for x in below if c < len(grid.rows[x - 1]) and not blank(v := grid.rows[x - 1][c])]
        if said and sum(map(len, said)) >= _DESCRIBED * len(said):
            return c
    return None


def _run(cols: list[tuple[int, int]]) -> list[int]:
    """The columns of levels 1, 2, 3 … side by side in order (the longest such run)."""
    best: list[int] = []
    for k, (c, level) in enumerate(cols):
        if level != 1:
            continue
        run = [c]
        for c2, level2 in cols[k + 1:]:
            if c2 == run[-1] + 1 and level2 == len(run) + 1:
                run.append(c2)
            else:
                break
        best = max(best, run, key=len)
    return best


def sort_topics(items: list[dict[str, Any]], skipped: list[dict[str, Any]],
                depth: dict[int, int], grid: Grid, table: Table
                ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], str]:
    """(items, rows explained, a note): each topic read as an item, a heading (its report or
    status given to the items under it), an action of the item above it, or none."""
    by_row = {item["row"]: item for item in items}
    rows = sorted(depth)
    has_child = {r: depth[nxt] > depth[r] for r, nxt in pairwise(rows)}
    tasked = {r for r, item in by_row.items() if any(not blank(item.get(f)) for f in _TASK)}
    item_depth = Counter(depth[r] for r in tasked).most_common(1)
    if not item_depth:
        return items, skipped, ""
    level = item_depth[0][0]
    heads = {r for r in rows if has_child.get(r) and r not in tasked}
    above: dict[int, list[int]] = {}
    stack: list[int] = []
    for r in rows:
        while stack and depth[stack[-1]] >= depth[r]:
            stack.pop()
        above[r] = list(stack)
        stack.append(r)
    # A work tracker's tree (Azure Boards' "Title 1", "Title 2" …): every row has task info,
    # and a column names each row's kind (Epic, Feature, Task), or the wording tells the
    # items' level (`tree`).
    kinds = _kinds(by_row, above, depth, grid, table, all_tasked=len(tasked) == len(by_row))
    said: dict[int, str] = {}
    if kinds is not None:
        said = dict(headings(kinds, table.name(kinds.column) if kinds.column is not None else ""))
        level = Counter(depth[r] for r, lv in kinds.level.items() if lv == kinds.item_level
                        ).most_common(1)[0][0]
        heads = {r for r in rows if depth[r] < level and has_child.get(r)}
    # The depth the report headings sit at: that of most items' nearest heading.
    nearest = {r: up[-1] for r in rows
               if r in by_row and (up := [a for a in above[r] if a in heads])}
    report_depth = Counter(depth[nearest[r]] for r in nearest if depth[r] == level).most_common(1)
    known = builtin_statuses("force")
    kept: list[dict[str, Any]] = []
    out: list[tuple[int, str]] = []
    actions = 0
    for r, item in sorted(by_row.items()):
        ups = above[r]
        owner = next((a for a in reversed(ups) if a in by_row and a not in heads), None)
        if r in heads:
            out.append((r, said.get(r) or f"a heading of the map (level {depth[r]}, over the "
                           "topics under it; its figures roll theirs up): not an item"))
        elif owner is not None and depth[r] > depth[owner] and not _own_item(item):
            out.append((r, f"one of the force's actions for the item on row {owner} (a topic "
                           "under it in the map): not an item"))
            actions += 1
        elif depth[r] != level and r not in tasked:
            out.append((r, f"a topic of the map off the items' level (level {depth[r]}), with "
                           "no owner, type, date or reference: not an item"))
        else:
            for a in reversed(ups):
                if a not in heads:
                    continue
                words = table.heading_name(a, grid)
                if report_depth and depth[a] == report_depth[0][0]:
                    item["report"] = words
                elif (words and blank(item.get("status"))
                      and reads_as_status(words, known)):
                    item["status"] = words
            kept.append(item)
    explained = skipped + [{"row_id": grid.row_id(r), "sheet": grid.name, "row": r,
                            "reason": why, "content": str(by_row[r].get("text") or "")[:200]}
                           for r, why in out]
    note = (f"topics at level {level} are the items; {len(heads)} topics over others are "
            f"headings (those at level {report_depth[0][0] if report_depth else '-'} the "
            f"report of the items under them); {actions} topics under an item are its actions")
    return kept, sorted(explained, key=lambda x: x["row"]), note


def _kinds(by_row: dict[int, dict[str, Any]], above: dict[int, list[int]],
           depth: dict[int, int], grid: Grid, table: Table, all_tasked: bool) -> Tree | None:
    """The map read as a work tracker's tree, where a column names each row's kind or no
    task info tells the items' level (every row has an owner and a state); else None."""
    parent_row = {r: ups[-1] for r, ups in above.items() if ups and r in by_row and ups[-1] in by_row}
    type_col = next((c for c, f in table.mapping.items() if f == "type"), None)
    skip = {c for c, f in table.mapping.items() if f != "type"}
    found = tree_of(list(by_row.values()), parent_row, lambda r: grid.rows[r - 1], type_col, skip,
                    depth)
    return found if found is not None and (found.column is not None or all_tasked) else None


def _own_item(item: dict[str, Any]) -> bool:
    """A topic under an item that is an item of its own: typed, or numbered or referenced as
    the report numbers its items ("Rec 1 [14811] …", "R1 – …")."""
    text = str(item.get("text") or "")
    return bool(not blank(item.get("type")) or not blank(item.get("ref"))
                or type_prefix(text) or item_number(text, True) or text_ref(text)
                or _BRACKET_ID.search(text))
