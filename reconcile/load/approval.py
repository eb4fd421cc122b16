"""A document's content approval beside the item's stage: a SharePoint library with content
approval on gives every file an "Approval Status" (Draft, Pending, Approved, Rejected): whether
a version of the pack is published, not where the work is.

It decides only where the stage says nothing or is overruled: a pack Rejected by the officer
signing it off is open whatever its stage still says (nobody reset it); a pack with no stage
(older than that column) is done when Approved, open as a Draft or Pending.
"""

from __future__ import annotations

import re
from typing import Any

from .. import vocab
from .grid import Grid, blank
from .sheetfacts import at_cell, beside, rows_named

#: A content approval column's heading: "Approval Status", "Content approval status",
#: "_ModerationStatus" (its internal name).
_HEADER = re.compile(r"^\s*(?:content\s+)?approval(?:\s+status)?\s*$|moderation\s*status",
                     re.IGNORECASE)
#: SharePoint's approval states.
_STATES = frozenset({"approved", "rejected", "pending", "draft", "scheduled"})
#: Share of the filled cells that must be approval states; and the fewest.
_SHARE, _FEWEST = 0.8, 3


def approval_column(grid: Grid, headers: list[Any], mapping: dict[int, str],
                    items: list[dict[str, Any]]) -> int | None:
    """The unmapped column of content approval states, or None."""
    for c, h in enumerate(headers):
        if c in mapping or not isinstance(h, str) or not _HEADER.search(h):
            continue
        said = [vocab.key(v) for item in items if not blank(v := at_cell(grid, item["row"], c))]
        if len(said) >= _FEWEST and sum(k in _STATES for k in said) >= _SHARE * len(said):
            return c
    return None


def status_from_approval(grid: Grid, headers: list[Any], mapping: dict[int, str],
                         items: list[dict[str, Any]], notes: list[str]) -> None:
    """Rejected packs open, packs with no stage read from their approval (in place)."""
    col = approval_column(grid, headers, mapping, items)
    if col is None:
        return
    rejected, unstaged = [], []
    for item in items:
        said = at_cell(grid, item["row"], col)
        k = vocab.key(said) if not blank(said) else ""
        if k == "rejected":
            item["status"] = f"Open (approval: Rejected{beside(item.get('status'))})"
            rejected.append(item["row"])
        elif k in _STATES and blank(item.get("status")):
            item["status"] = f"{'Complete' if k == 'approved' else 'Open'} (approval: {said})"
            unstaged.append(item["row"])
    name = str(headers[col]).strip()
    if rejected:
        notes.append(f"'{name}' Rejected: the pack was sent back, so the item is open whatever "
                     f"its stage says: {rows_named(rejected)}")
    if unstaged:
        notes.append(f"no status: read from '{name}' (Approved is done; Draft or Pending open): "
                     f"{rows_named(unstaged)}")
