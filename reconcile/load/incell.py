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

from ..normalise import builtin_statuses, reads_as_status, report_published, type_prefix

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


#: A labelled line a lead keeps up to date inside the text cell: "Status: Complete",
#: "STATUS - In progress", "Current status: Open", "RAG: Amber", "Position: Awaiting
#: sign-off", "Lead: DCI Smith".
_FIELD_LINE = re.compile(
    r"^(?:(?P<status>(?:current\s+)?(?:rag\s+)?status|rag)|(?P<position>(?:current\s+)?position)"
    r"|(?P<owner>lead(?:\s+officer)?|owner|action\s+owner))\s*(?::|[-\u2013\u2014])\s*"
    r"(?P<value>\S.*)$", re.IGNORECASE)
#: Such a line is short: a status or a name, not a paragraph of progress.
_FIELD_WORDS = 8


def _field_lines(item: dict[str, Any], lines: list[str]) -> list[str]:
    """The cell's lines less its labelled status and lead lines, each put in its field where
    the row has none (in place). A "Position:" line is a status only when it reads as one
    ("Awaiting sign-off"); otherwise it is progress, as an update line is."""
    kept = []
    for line in lines:
        m = _FIELD_LINE.match(line)
        value = m.group("value").strip() if m else ""
        if not m or len(value.split()) > _FIELD_WORDS or (
                m.group("position") and not reads_as_status(value, builtin_statuses("force"))):
            kept.append(line)
            continue
        fld = "owner" if m.group("owner") else "status"
        if item.get(fld) in (None, ""):
            item[fld] = value
    return kept


def read_cell(item: dict[str, Any], above: dict[str, Any] | None = None) -> None:
    """Split a text cell of several lines into its report, text and progress (in place); a
    heading "… – as above" takes the report of the item `above`; a "Status: …" or "Lead: …"
    line is the item's status or lead."""
    text = item.get("text")
    if not isinstance(text, str) or "\n" not in text:
        return
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    fields = _field_lines(item, lines)
    if len(fields) < len(lines):
        lines = fields
        item["text"] = "\n".join(lines)
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


#: A list's one-line entry: "Ref 8212 - Stolen freedom: … (published 24/10/2017) - National
#: recommendation - Immediately, forces should …": reference, report, type, then the text.
_REF_LINE = re.compile(
    r"^\s*(?:hmicfrs\s+)?ref(?:erence)?\.?\s*(?:no\.?\s*)?[:#]?\s*(\d{3,6})\s+[-\u2013\u2014]\s+"
    r"(.+?)\s+[-\u2013\u2014]\s+((?:national\s+)?recommendation|area for improvement|afi|"
    r"cause (?:of|for) concern)\s+[-\u2013\u2014]\s+(\S.*)$",
    re.IGNORECASE | re.DOTALL)


def read_ref_line(item: dict[str, Any]) -> None:
    """An item whose text cell is a one-line entry of a list pasted from an email (reference,
    report, type and text joined by dashes): each part in its field (in place), where the
    row has no column of its own for it."""
    text = item.get("text")
    if not isinstance(text, str) or not text[:12].lower().lstrip().startswith(("ref", "hmic")):
        return
    m = _REF_LINE.match(text)
    if m is None:
        return
    ref, report, kind, rest = m.groups()
    item["text"] = rest.strip()
    for fld, value in (("ref", ref), ("report", report.strip()), ("type", kind)):
        if item.get(fld) in (None, ""):
            item[fld] = value
