"""A tracker kept like a Word document: one cell holds the report on its first line, the item
with its own label below ("AFI 2: The force should …", "Rec 4 – …"), and the latest
"Update (Jan 2023): …" after it.

Read as it is meant: the first line is the item's report (when no column gives one), the
update paragraphs are its progress, and only the lines between are the text compared with
HMICFRS's. Left whole, the report line reads as words the list's text lacks and the update
as words of a longer item, and a report heading above the rows ("NATIONAL / THEMATIC
REPORTS") is taken for the report.
"""

from __future__ import annotations

import re
from typing import Any

from ..normalise import report_published, type_prefix

#: A paragraph that reports progress, not the recommendation: "Update (Jan 2023):",
#: "Latest update 12/03/2019 –", "Position at Dec 2024:", "Progress:".
_UPDATE = re.compile(r"^\s*(?:latest\s+|progress\s+)?(?:update|progress|position|comment)s?\b"
                     r"[^:\n\u2013\u2014]{0,30}(?::|\s[-\u2013\u2014]\s)", re.IGNORECASE)
#: A report heading is short, names a year or a date, and asks nothing.
_YEAR = re.compile(r"\b(19|20)\d\d\b|\b\d\d/\d\d\b")
_HEADING_WORDS = 20


def _heading(line: str, next_line: str) -> bool:
    """`line` names the report of the labelled item on `next_line` ("PEEL: Police efficiency
    2017 – published November 2017" over "AFI 2: Develop a future workforce plan …")."""
    if (len(line.split()) > _HEADING_WORDS or line.rstrip().endswith(".")
            or re.search(r"\bshould\b", line, re.IGNORECASE)):
        return False
    dated = bool(_YEAR.search(line)) or report_published(line) is not None
    published = bool(re.search(r"\bpublished\b", line, re.IGNORECASE))
    return (dated and bool(type_prefix(next_line))) or (published and len(next_line.split()) >= 5)


#: A heading line that points up: "Stolen Freedom – as above", "Ditto".
_AS_ABOVE = re.compile(r"\b(as above|ditto|see above)\W*$", re.IGNORECASE)


def read_cell(item: dict[str, Any], above: dict[str, Any] | None = None) -> None:
    """Split a text cell of several lines into its report, text and progress (in place); a
    heading "… – as above" takes the report of the item `above`."""
    text = item.get("text")
    if not isinstance(text, str) or "\n" not in text:
        return
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return
    as_above = (len(lines[0].split()) <= 8 and bool(_AS_ABOVE.search(lines[0]))
                and bool(type_prefix(lines[1])))
    start = 1 if as_above or _heading(lines[0], lines[1]) else 0
    end = next((k for k in range(start + 1, len(lines)) if _UPDATE.match(lines[k])), len(lines))
    if start == 0 and end == len(lines):
        return
    if start and not item.get("report"):
        item["report"] = (above or {}).get("report") if as_above else lines[0]
    if end < len(lines):
        update = "\n".join(lines[end:])
        item["progress"] = f"{item['progress']}\n{update}" if item.get("progress") else update
    item["text"] = "\n".join(lines[start:end])
