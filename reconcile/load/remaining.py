"""A tracker with no status column that says what is left to do instead: a committee
appendix's "Further action required", where a lead who has finished writes "None", "Nil" or
"N/A" ("Nil – submitted for closure 03/02/25") and anything else is the work still to do.
Read as the committee reads it: nothing left is done, something left is open.
"""

from __future__ import annotations

import re
from typing import Any

from .. import vocab
from .grid import Grid, blank
from .sheetfacts import at_cell, rows_named

#: A heading asking what is left to do.
_LEFT = re.compile(r"^(?:further|outstanding|remaining|next|future)\s+(?:actions?|steps?|work)"
                   r"(?:\s+(?:required|needed|outstanding|planned|to\s+be\s+taken))?$|"
                   r"^actions?\s+(?:still\s+)?(?:outstanding|remaining|required)$")
#: A cell saying nothing is left, alone or before a dash and a note.
_NOTHING = re.compile(r"\s*(?:none(?:\s+required)?|nil|n/?a|nothing(?:\s+further)?|"
                      r"no\s+further\s+action(?:\s+required)?)\b"
                      r"(?:\s+(?:by|from|for)\s+(?:the\s+)?(?:force|service|us))?"
                      r"\.?\s*(?:$|[-\u2013\u2014:;,(])", re.IGNORECASE)
#: ... unless the note says something is still to come: "None at this stage – awaiting …".
_NOT_YET = re.compile(r"\b(?:at\s+(?:this|present)|yet|awaiting|pending|until|once|when|will|"
                      r"expected|tbc|for\s+now)\b", re.IGNORECASE)
#: Cells saying nothing is left before the column is read so.
_LEAST = 3


def status_from_further_action(grid: Grid, headers: list[Any], mapping: dict[int, str],
                               items: list[dict[str, Any]], notes: list[str]) -> bool:
    """Statuses read from a column of what is left to do (in place), where the tracker has no
    status column: "None", "Nil", "N/A" (and a note after them that expects nothing more) is
    done, any other words open, a blank cell nothing. Whether such a column was read."""
    for col, h in enumerate(headers):
        if col in mapping or not isinstance(h, str) or not _LEFT.match(vocab.key(h)):
            continue
        cells = [(item, v) for item in items if not blank(v := at_cell(grid, item["row"], col))]
        done = [item for item, v in cells if _nothing_left(v)]
        if len(done) < _LEAST:
            continue
        for item, v in cells:
            if item.get("status") is None:
                word = "Complete" if _nothing_left(v) else "Open"
                item["status"] = f"{word} ({h.strip()}: {' '.join(str(v).split())[:60]})"
        notes.append(f"no status column: status read from '{h.strip()}' (nothing left to do, "
                     f"'None', 'Nil', 'N/A', is done; any other words open): "
                     f"{rows_named([item['row'] for item, _ in cells])}")
        return True
    return False


def _nothing_left(value: Any) -> bool:
    text = str(value)
    return bool(_NOTHING.match(text)) and not _NOT_YET.search(text)
