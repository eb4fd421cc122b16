"""An improvement plan written as an outline, numbered like a document: "1" a report, "1.1"
an HMICFRS item, "1.1.1" one of the force's actions for it (each with its own owner, date and
status; Excel's row grouping folds them away).

Read as the analyst reads it: a top-level row over numbered children is the report heading
of its branch (whatever words it uses), and an action numbered under an item is one more
action of that item (`parents.parent_actions`): paired by the item's text, its own words
shown as its progress, the item done only when every action is.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from .grid import Grid, blank
from .sheetfacts import rows_named

#: "1", "1.1", "1.1.2", "12.10" (Excel keeps "1.10" apart from "1.1" as text).
_NUMBER = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3}){0,3})\.?\s*$")
#: At least this many rows numbered below the top level before the numbers are an outline.
_ENOUGH = 5


def _number(value: Any) -> str:
    """The outline number a cell holds ('' when none): a float 1.1 is read as written."""
    if isinstance(value, float) and value == value:
        value = repr(value)
    m = _NUMBER.match(str(value)) if isinstance(value, (str, int, float)) else None
    return m.group(1) if m else ""


def read_outline(items: list[dict[str, Any]], has_report_column: bool
                 ) -> tuple[list[dict[str, Any]], list[tuple[int, str]], str]:
    """(items left, [(row, why) of rows that are report headings], a note or '').

    Top-level rows with children become headings; their report goes to the branch's rows when
    the sheet has no report column. Actions numbered under an item name it as their parent."""
    numbers = [_number(item.get("local_ref")) for item in items]
    nested = sum(1 for n in numbers if "." in n)
    if nested < _ENOUGH:
        return items, [], ""
    present = set(numbers) - {""}
    heads = {n for n in present if "." not in n and any(m.startswith(n + ".") for m in present)}
    if heads and "0" in present:
        heads.add("0")       # Microsoft Project's project summary task, over the whole plan
    kept: list[dict[str, Any]] = []
    skipped: list[tuple[int, str]] = []
    heading: dict[str, dict[str, Any]] = {}
    actions = []
    for item, n in zip(items, numbers, strict=True):
        if n == "0" and n in heads:
            skipped.append((item["row"], "the plan's own summary row (numbered 0 in its outline,"
                                         " over every report): a heading, not an item"))
            continue
        if n in heads:
            heading[n] = item
            skipped.append((item["row"], f"report heading of the plan's outline: '{n}' over "
                                         f"its items '{n}.1', '{n}.2'…; sets their report"))
            continue
        top = n.split(".")[0] if n else ""
        if top in heading and not has_report_column:
            # Its heading's words name the report and its date; a date carried down from a
            # heading row further up the sheet is not this branch's.
            item["report"] = heading[top].get("text")
            if item.get("published") == heading[top].get("published"):
                item["published"] = None
        parent = n.rsplit(".", 1)[0] if n.count(".") >= 2 else ""
        if parent in present and not item.get("parent"):
            item["parent"] = parent
            actions.append(item["row"])
        kept.append(item)
    note = (f"numbered as an outline ('1' a report, '1.1' an item, '1.1.1' an action): "
            f"{len(heading)} report heading(s), {len(actions)} action row(s) read as their "
            "item's actions")
    return kept, skipped, note


def grouped_headings(grid: Grid, text_col: int, items: list[dict[str, Any]],
                     others: list[int]) -> tuple[list[tuple[int, str]], str]:
    """Rows a project export groups others under in Excel's outline (Smartsheet, Project:
    a section, then a report, then its items) that are no item themselves: no text of their
    own (the task's name stands in), no reference, no type; their status and dates roll up
    their children's. [(row, why)] of those read as items, and a note ('' if none). The
    nearest such row above an item, one level up or more, is the item's report when it gives
    none; so is a row already explained (`others`: set aside for having no text) that groups
    rows under it."""
    if not grid.outline:
        return [], ""
    level = grid.outline.get
    by_row = {item["row"]: item for item in items}
    heads: dict[int, str] = {}
    rows = sorted({*by_row, *others})
    for r, nxt in pairwise(rows):
        if level(nxt, 0) <= level(r, 0):
            continue
        item = by_row.get(r)
        if item is None:
            words = next((v for v in grid.rows[r - 1] if isinstance(v, str) and v.strip()), "")
            if words:
                heads[r] = " ".join(words.split())
            continue
        cell = grid.rows[r - 1][text_col] if text_col < len(grid.rows[r - 1]) else None
        if blank(cell) and blank(item.get("ref")) and blank(item.get("type")):
            heads[r] = " ".join(str(item.get("text") or "").split())
    if not heads:
        return [], ""
    above: list[tuple[int, str]] = []        # (level, heading's words), outermost first
    for r in rows:
        at = level(r, 0)
        while above and above[-1][0] >= at:
            above.pop()
        if r in heads:
            above.append((at, heads[r]))
        elif r in by_row and above and blank(by_row[r].get("report")):
            by_row[r]["report"] = above[-1][1]
    why = ("a heading in the sheet's outline (rows grouped under it; no text, reference or "
           "type of its own, its status rolled up from theirs): the report of the rows under it")
    return ([(r, why) for r in sorted(heads) if r in by_row],
            f"{rows_named(sorted(heads))} group the rows under them in Excel's outline, with no "
            "text of their own: headings, their words the report of the rows under them")
