"""A sheet with no header row, one block of rows per item, as a web page copied into Excel
(Shropshire FRS: a heading "Area for Improvement 3", the item's text, "Action Taken: ...",
"Status: In Progress", a blank row). Each block is one item, its provenance the row holding
its text; every other row is explained."""

from __future__ import annotations

import re
from typing import Any

from .grid import Grid, blank

#: "Status: In Progress", "Action Taken:" | "...": a label, then its value in the cell or the next.
_LABEL = re.compile(r"\s*(status|rag|rag status|action taken|actions taken|action|update|"
                    r"progress|progress update|owner|lead|lead officer|target date|due date|"
                    r"deadline)\s*:\s*(.*)", re.IGNORECASE | re.DOTALL)
_FIELD = {"status": "status", "rag": "status", "rag status": "status", "owner": "owner",
          "lead": "owner", "lead officer": "owner", "target date": "due", "due date": "due",
          "deadline": "due"}
#: "Cause for Concern", "Area for Improvement 3", "Recommendation 2a", "AFI 4": an item's heading.
_HEADING = re.compile(r"\s*(cause (?:of|for) concern|area for improvement|afi|recommendation|rec|"
                      r"national recommendation)\b\s*[\w.()]{0,6}\s*$", re.IGNORECASE)
_MIN_BLOCKS = 3
_TEXT_WORDS = 8


def _cells(row: list[Any]) -> list[Any]:
    return [v for v in row if not blank(v)]


def _label(cells: list[Any]) -> tuple[str, str] | None:
    """(field-ish label, value) for a label row, else None."""
    if not cells or not isinstance(cells[0], str):
        return None
    m = _LABEL.fullmatch(cells[0].replace("\xa0", " "))
    if not m:
        return None
    value = m.group(2).strip() or (str(cells[1]).strip() if len(cells) > 1 else "")
    return m.group(1).lower(), value


def is_label_row(row: list[Any]) -> bool:
    """'Status: In Progress', 'Action Taken:' | '...': a block's label, not a header row."""
    return _label(_cells(row)) is not None


def read_blocks(grid: Grid, nonblank: list[int]
                ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], str] | None:
    """(items, explained rows, how the sheet was read), or None when the sheet is not laid out
    one block per item (fewer than three "Status:" rows)."""
    labels = {r: _label(_cells(grid.rows[r - 1])) for r in nonblank}
    if sum(1 for v in labels.values() if v and _FIELD.get(v[0]) == "status") < _MIN_BLOCKS:
        return None
    items: list[dict[str, Any]] = []
    explained: list[tuple[int, str]] = []
    report: str | None = None
    pending: list[int] = []              # rows since the last block ended
    block: dict[str, Any] | None = None
    for r in nonblank:
        lab = labels[r]
        if lab is None:
            if block is not None and block.get("status") is not None:
                block = None             # a new block starts after the last one's status
            pending.append(r)
            continue
        if block is None:
            block, report = _open_block(grid, pending, report, explained)
            pending = []
            if block is None:
                explained.append((r, "a label with no item text above it"))
                continue
            items.append(block)
        fld = _FIELD.get(lab[0], "progress")
        if block.get(fld) is None and lab[1]:
            block[fld] = lab[1]
        explained.append((r, f"'{lab[0]}' of the item on row {block['row']}: read with it"))
    explained += [(r, "note or title after the last item") for r in pending]
    for it in items:
        it["sheet"] = grid.name
        it["row_id"] = grid.row_id(it["row"])
    skipped = [{"row_id": grid.row_id(r), "sheet": grid.name, "row": r, "reason": why,
                "content": " | ".join(str(v) for v in _cells(grid.rows[r - 1]))[:200]}
               for r, why in sorted(explained)]
    how = (f"no header row: read as one block of rows per item ({len(items)} blocks: a heading, "
           "the item's text, then 'Action Taken:' / 'Status:' rows)")
    return items, skipped, how


def _open_block(grid: Grid, rows: list[int], report: str | None,
                explained: list[tuple[int, str]]) -> tuple[dict[str, Any] | None, str | None]:
    """The item the rows before a block's first label make: its text (the long rows, read as
    one), its heading (type and number), the report title rows above it."""
    texts = [r for r in rows if _is_text(grid.rows[r - 1])]
    if not texts:
        explained += [(r, "title or heading row") for r in rows]
        return None, report
    run = [texts[-1]]                # the text is right above the labels; a paragraph before
    for r in reversed(texts[:-1]):   # its heading is the page's narrative
        if r != run[0] - 1:
            break
        run.insert(0, r)
    first = run[0]
    item: dict[str, Any] = {"row": first, "text": " ".join(
        str(_cells(grid.rows[r - 1])[0]).strip() for r in run)}
    for r in rows:
        if r in run:
            if r != first:
                explained.append((r, f"the rest of the text of the item on row {first}: read "
                                     "with it"))
            continue
        value = str(_cells(grid.rows[r - 1])[0]).strip()
        if r < first and _HEADING.fullmatch(value.replace("\xa0", " ")):
            item["local_ref"] = " ".join(value.split())
            # "Cause for Concern", "Area for Improvement 3" name a type; "Recommendation 4"
            # may not: such pages call every finding a recommendation.
            if not item["local_ref"].lower().startswith(("recommendation", "rec")):
                item["type"] = item["local_ref"]
            explained.append((r, f"heading of the item on row {first} (its type and number)"))
        elif r < first and not _is_text(grid.rows[r - 1]):
            report = " ".join(value.split())
            explained.append((r, "report title row: sets the report for the rows below it"))
        elif r < first:
            explained.append((r, "title or narrative row"))
        else:
            explained.append((r, f"note under the item on row {first}"))
    item["report"] = report
    return item, report


def _is_text(row: list[Any]) -> bool:
    cells = _cells(row)
    return (len(cells) == 1 and isinstance(cells[0], str)
            and len(cells[0].split()) >= _TEXT_WORDS)
