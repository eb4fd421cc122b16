"""A tracker kept in sections by status on one sheet: banner rows "OPEN RECOMMENDATIONS",
"COMPLETED – AWAITING HMICFRS CLOSURE", "CLOSED BY HMICFRS". The analyst cuts a finished row
and pastes it under the right banner, often leaving its status cell as it was: the section
is how the force records that the item is done."""

from __future__ import annotations

import re
from typing import Any

from .. import vocab
from ..config import SideSettings
from ..normalise import builtin_statuses, norm_status, reads_as_status, status_table
from .sheetfacts import one, rows_named

#: Words a section's banner may open with before its state: "Actions completed".
_WHAT = r"(?:(?:recommendations?|actions?|items?|afis?|areas?\s+for\s+improvement|and|&|/|,|-)\s*)*"
_DONE = re.compile(rf"\s*{_WHAT}(?:completed?|closed|archived?|done|implemented|discharged|"
                   r"finished|signed\s+off)\b", re.IGNORECASE)
_OPEN = re.compile(rf"\s*{_WHAT}(?:open|live|current|outstanding|ongoing|in\s+progress)\b",
                   re.IGNORECASE)


#: A banner is a few words; a key's line says what a state means at more length.
_BANNER_WORDS = 7


def section_state(value: str) -> str | None:
    """'done' or 'open' for a banner naming a section by its items' state, else None."""
    if len(value.split()) > _BANNER_WORDS:
        return None
    if _DONE.match(value):
        return "done"
    if _OPEN.match(value):
        return "open"
    return None


#: A section heading by grade in a tracker sorted for a committee: "RED – off track (7)",
#: "BLUE - complete, awaiting HMICFRS closure", "GREEN".
_GRADE = re.compile(r"^\s*(red|amber|green|blue)\b\s*(?:(?:[-\u2013\u2014:]|\()\s*\S.*)?$",
                    re.IGNORECASE)
_GRADE_WORDS = 12


def grade_section(value: str) -> str | None:
    """The status a heading naming its rows' grade gives them, or None for no such heading:
    what it says the grade means, where the status words know it ("GREEN – on track": on
    track, in progress, as BRAG has it), else the heading itself."""
    m = _GRADE.match(value) if len(value.split()) <= _GRADE_WORDS else None
    if m is None:
        return None
    heading = " ".join(value.split())
    meaning = re.sub(r"\(\d+\)\s*$", "", heading[m.end(1):]).strip(" -\u2013\u2014:()")
    if meaning and reads_as_status(meaning, builtin_statuses("force")):
        return f"{meaning} ({m.group(1)}, the heading it sits under)"
    return f"{heading} (the heading it sits under)"


def status_from_sections(sectioned: list[tuple[dict[str, Any], str]], settings: SideSettings,
                         notes: list[str]) -> None:
    """Each item under a section of done items whose own status does not say done (left
    "In progress", blank) is done: "Complete (under 'COMPLETED – …'; status cell: Amber)"."""
    table = status_table("force", settings)
    moved = []
    for item, banner in sectioned:
        status = item.get("status")
        if norm_status(status, table) == vocab.DONE_STATE["force"]:
            continue
        said = " ".join(str(status).split()) if status is not None else "blank"
        item["status"] = f"Complete (under '{banner}'; status cell: {said})"
        moved.append(item["row"])
    if moved:
        notes.append(f"{rows_named(moved)} {one(moved, 'sits', 'sit')} under a section of done "
                     "items but their status cells do not say so: read as done (the section is "
                     "where the force moves an item when it is finished)")


#: A banner of the list in parts by the register's status: one cell, a handful of words
#: before any note in brackets ("Part 2 – Open: being progressed").
_LIST_BANNER_WORDS = 12


def _register_status(value: str) -> str | None:
    """The register's status a banner names ("Part 3 – Closed: complete (closed since …)" ->
    "complete"): its longest status phrase before any note in brackets, else None."""
    head = value.split("(", 1)[0]
    if len(head.split()) > _LIST_BANNER_WORDS:
        return None
    key = f" {vocab.key(head)} "
    found = [w for w in builtin_statuses("hmicfrs") if f" {w} " in key]
    return max(found, key=len) if found else None


def status_from_parts(items: list[dict[str, Any]], skipped: list[dict[str, Any]],
                      notes: list[str]) -> None:
    """A list with no status column sent in parts by status (a liaison letter's annex: "Part 1
    – Open: awaiting review", "Part 3 – Closed: complete"), the report headings within each:
    each item takes the status of the part it sits under (in place). Only where two parts at
    least name a status."""
    banners = sorted((s["row"], said, s["content"]) for s in skipped
                     if " | " not in (s.get("content") or "")
                     and (said := _register_status(str(s.get("content") or ""))))
    if len({said for _, said, _ in banners}) < 2:
        return
    read = []
    for item in items:
        above = [b for b in banners if b[0] < item["row"]]
        if not above or item.get("status") is not None:
            continue
        _, said, banner = above[-1]
        item["status"] = f"{said.capitalize()} (the part it sits under: '{banner[:60]}')"
        read.append(item["row"])
    if read:
        notes.append(f"status read from the part each item sits under ('{banners[0][2][:40]}' "
                     f"…): {rows_named(read)}")
