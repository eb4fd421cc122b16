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
from typing import Any

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
    kept: list[dict[str, Any]] = []
    skipped: list[tuple[int, str]] = []
    heading: dict[str, dict[str, Any]] = {}
    actions = []
    for item, n in zip(items, numbers, strict=True):
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
