"""A work tracker's plan exported as a tree: each row names its parent's key ("Parent"), and a
column names its level ("Hierarchy" Theme / Initiative / Epic / Story in Jira Plans, "Work
Item Type" Epic / Feature / Task in Azure Boards).

Read as its owner reads the plan. The level holding the items is the one carrying the
register's facts (a reference, a type) or, where no level does, the longest wording: a
recommendation is written out, a report and a theme are named. A row of a level above the
items is a heading, not an item; the one right above names the report its items are filed
under (the Initiative "PEEL Legit 17 S&S"), whatever its own status (a heading closed while
work under it is open says nothing of the items). Rows of a level below are the items' parts,
left to `parents.parent_actions` to read as more actions of their item.

The level is the column's word where every word's rows have parents of one other word; in
an outline with no such column (a map's "Level 1", "Level 2" …), the row's depth.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from statistics import mean
from typing import Any

from .. import vocab
from ..normalise.types import norm_type
from .grid import blank
from .parents import record_key

#: A level's word: one or two words, no digits (a count under the list names no level).
_WORDS = 2
#: Levels a column names at most; the share of rows naming one, at least.
_LEVELS, _NAMED = 6, 0.9
#: Share of a word's rows filed under rows of one other word, at least; a word whose rows
#: are filed under anything this rarely is a top level.
_ONE_PARENT, _LOOSE = 0.8, 0.2
#: A level is the items' when its rows carry the register's facts this often, and no level
#: above does nearly as often (this share of its figure).
_FACTS, _NEARLY = 0.25, 0.8


@dataclasses.dataclass(frozen=True)
class Tree:
    """Each row's level (0 the top), the items' level, and the column naming levels (None
    where the depth in the tree gave them)."""

    level: dict[int, int]
    item_level: int
    words: dict[int, str]
    column: int | None


def _word(value: Any) -> str:
    """A level's word as written ('' when the cell names none)."""
    if not isinstance(value, str) or any(ch.isdigit() for ch in value):
        return ""
    return " ".join(value.split()) if 0 < len(value.split()) <= _WORDS else ""


def _level_column(rows: list[int], parent_row: dict[int, int], cells: Callable[[int], list[Any]],
                  skip: set[int]) -> tuple[int, dict[int, str], dict[str, int]] | None:
    """The column naming each row's level, each row's word (as written) and each word's
    level; None when no column's words follow the tree (every word's rows under rows of one
    other word)."""
    width = max((len(cells(r)) for r in rows), default=0)
    for col in range(width):
        if col in skip:
            continue
        said = {r: w for r in rows if (w := _word(_at(cells(r), col)))}
        words = {r: vocab.key(w) for r, w in said.items()}
        counts = Counter(words.values())
        if len(words) < _NAMED * len(rows) or not 2 <= len(counts) <= _LEVELS:
            continue
        above: dict[str, str] = {}
        for w, many in counts.items():
            over = Counter(words.get(parent_row[r], "") for r, ww in words.items()
                           if ww == w and r in parent_row)
            if sum(over.values()) < _LOOSE * many:
                continue            # a top level (its few filed rows left loose)
            top, n = over.most_common(1)[0]
            # Nearly every row of a level sits under a row of the one above it.
            if not top or top == w or n < _ONE_PARENT * many:
                break
            above[w] = top
        else:
            level = _word_levels(list(counts), above)
            if level is not None and max(level.values()) >= 1:
                return col, said, {w: level[vocab.key(w)] for w in said.values()}
    return None


def _word_levels(words: list[str], above: dict[str, str]) -> dict[str, int] | None:
    """Each word's depth under the words above it; None for a circle."""
    level: dict[str, int] = {}
    for w in words:
        chain, at = [w], w
        while at in above:
            at = above[at]
            if at in chain:
                return None
            chain.append(at)
        level[w] = len(chain) - 1
    return level


def _at(row: list[Any], col: int) -> Any:
    return row[col] if col < len(row) else None


def _item_level(level: dict[int, int], by_row: dict[int, dict[str, Any]], typed: bool) -> int:
    """The level holding the items: the top one of those carrying the register's facts (a
    reference; a type, unless the type column is the level column), else the longest wording."""
    levels = sorted(set(level.values()))
    facts = {}
    for lv in levels:
        its = [by_row[r] for r, v in level.items() if v == lv]
        facts[lv] = mean((not blank(i.get("ref"))) + (typed and bool(norm_type(i.get("type"))))
                         for i in its)
    best = max(facts.values())
    if best >= _FACTS:
        return min(lv for lv in levels if facts[lv] >= _NEARLY * best)
    length = {lv: mean(len(str(by_row[r].get("text") or "")) for r, v in level.items() if v == lv)
              for lv in levels}
    return max(levels, key=lambda lv: (length[lv], -lv))


def read_tree(items: list[dict[str, Any]], cells: Callable[[int], list[Any]],
              named: dict[str, dict[str, Any]], type_col: int | None, skip: set[int]
              ) -> Tree | None:
    """The plan's tree, or None when the rows are no tree of three levels or more, or when its
    items are its top level (a parent over its actions: `parents.parent_actions`).

    `named`: each record by its own key; `cells`: an Excel row's cells; `skip`: columns that
    cannot name a level (the text, the status, the parent)."""
    parent_row = {i["row"]: p["row"] for i in items
                  if (p := named.get(record_key(i.get("parent")))) is not None and p is not i}
    return tree_of(items, parent_row, cells, type_col, skip)


def tree_of(items: list[dict[str, Any]], parent_row: dict[int, int],
            cells: Callable[[int], list[Any]], type_col: int | None, skip: set[int],
            depth: dict[int, int] | None = None) -> Tree | None:
    """`read_tree` given each row's parent row. An outline gives its rows' `depth` (its
    level columns): its levels where no column names them, if three or more."""
    if not parent_row:
        return None
    by_row = {i["row"]: i for i in items}
    found = _level_column(list(by_row), parent_row, cells, skip)
    if found is not None:
        col, words, word_level = found
        level = {r: word_level[w] for r, w in words.items()}
    elif depth is not None and len(set(depth.values())) >= 3:
        top = min(depth.values())
        col, words, level = None, {}, {r: d - top for r, d in depth.items() if r in by_row}
    else:
        return None
    item_level = _item_level(level, by_row, typed=type_col is None or type_col != col)
    if item_level == 0:
        return None
    return Tree(level, item_level, words, col)


def report_of(tree: Tree, items: list[dict[str, Any]], named: dict[str, dict[str, Any]],
              name_of: Callable[[int], str | None]) -> dict[int, str]:
    """Each item row's report: the name of its ancestor a level above the items
    (`Table.heading_name`: an epic's summary, not its description)."""
    by_row = {i["row"]: i for i in items}
    out = {}
    for item in items:
        if tree.level.get(item["row"]) != tree.item_level:
            continue
        at, seen = item, {item["row"]}
        while (p := named.get(record_key(at.get("parent")))) is not None and p["row"] not in seen:
            seen.add(p["row"])
            at = by_row[p["row"]]
            if tree.level.get(at["row"]) == tree.item_level - 1:
                if name := name_of(at["row"]):
                    out[item["row"]] = name
                break
    return out


def headings(tree: Tree, header: str) -> list[tuple[int, str]]:
    """The rows above the items' level, each with why it is no item."""
    out = []
    for r, lv in sorted(tree.level.items()):
        if lv >= tree.item_level:
            continue
        kind = (f"a record of the kind '{tree.words[r]}' ('{header}')" if tree.column is not None
                else f"a topic {tree.item_level - lv} level{'s' if tree.item_level - lv > 1 else ''}"
                     " above the items in the outline")
        what = ("the report the items under it are filed under" if lv == tree.item_level - 1
                else "a heading over the reports")
        out.append((r, f"{kind}: {what}, not an item (its status is not theirs)"))
    return out
