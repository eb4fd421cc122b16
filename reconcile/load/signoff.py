"""A force status read from a sign-off column written in words: "Approved for closure by ACC
Smith 12/03/2024", "Signed off – DCC, Strategic Board 5 Feb 2024", "Awaiting ACC sign-off",
"Returned – more evidence needed", beside a RAG that grades delivery ("Green = on track").
What the sign-off says decides where it says something; a blank keeps the status."""

from __future__ import annotations

import re
from typing import Any

from .. import vocab
from .grid import Grid, blank
from .sheetfacts import at_cell, beside, ranges, rows_named

#: A column recording sign-off or closure approval: "Sign-off", "Closure approved",
#: "Approved for closure (by / date)".
_HEADER = re.compile(r"\bsign(?:ed)?[\s-]*off\b|\bclosure\s+(?:approv|agree|sign)|"
                     r"\bapproved\s+for\s+closure\b|"
                     # An assurance panel's outcome beside the lead's self-assessment: "Returned
                     # for more evidence" reopens a "Met"; "Accepted" (the grade) keeps it.
                     # ... or a command group's ("Gold decision").
                     r"\b(?:panel|assurance|board|committee|gold|silver)\s+(?:outcome|decision|"
                     r"position)\b|"
                     # A learning team's check of the owner's return: "OL validation",
                     # "Validated by OL" ("Agreed – evidence seen" / "Not agreed – …").
                     r"\bvalidat(?:ion|ed)\b", re.IGNORECASE)
#: A board known by its letters: "OLAB decision", "FAB outcome" (not the inspectorate's own
#: decision on a submission: "HMICFRS decision" Returned leaves the force's Complete done).
_BOARD_LETTERS = re.compile(r"^\s*(?!HMI)[A-Z][A-Z&]{1,6}\s+(?:decision|outcome)s?\b")
#: Words that say it was not, or not yet, or no longer signed off.
_REFUSED = re.compile(r"\b(?:returned|declined|refused|rejected|re-?opened|partially|deferred|"
                      r"retain(?:ed)?|keep\s+open|remains?\s+open|"
                      # a sub-board's closure that waits for the main board's
                      r"for\s+(?:\w+\s+){0,2}ratification|awaiting\s+ratification|to\s+be\s+ratified|"
                      r"more\s+evidence|awaiting\s+evidence|not\s+(?:yet\s+)?(?:submitted|approved|signed|"
                      r"agreed|validated|reviewed|closed)|tbc|to\s+be\s+confirmed)\b", re.IGNORECASE)
#: ... that it was: approved, signed off, agreed; or put for sign-off (proposed for closure,
#: which counts as done for the force).
_SIGNED = re.compile(r"\b(?:approved|signed[\s-]*off|agreed|closed|closure\s+confirmed|validated|"
                     r"ratified|discharged|"
                     r"(?:recommended|proposed|submitted)\s+for\s+closure|"
                     # WHITE in words: another body's to deliver, noted as such.
                     r"not\s+(?:a\s+|the\s+)?force(?:'s)?\s+responsibility)\b|"
                     r"\b(?:awaiting|pending|with|submitted\s+for)\b.*\bsign[\s-]*off\b",
                     re.IGNORECASE)
#: RAG families that would say done by themselves.
_DONE_COLOURS = frozenset({"green", "blue"})
#: Cells that must say something before the column is trusted.
_SAID = 3


def _reads(value: Any) -> str | None:
    text = str(value)
    if _REFUSED.search(text):
        return "open"
    if _SIGNED.search(text):
        return "done"
    return None


def status_from_signoff(grid: Grid, headers: list[Any], mapping: dict[int, str],
                        items: list[dict[str, Any]], notes: list[str]) -> None:
    """Each item whose sign-off cell says signed off (or put for sign-off) is done, one
    saying it was returned or not yet submitted open, whatever the status column's grade:
    "Closed (sign-off: 'Approved for closure by ACC Smith'; Green)". Where a sheet records
    several stages (the learning team's validation, then the board's sign-off), the last
    one, left to right, that says something decides."""
    cols = [c for c, h in enumerate(headers) if c not in mapping and isinstance(h, str)
            and (_HEADER.search(h) or _BOARD_LETTERS.search(h))]
    if not cols:
        return
    read = []
    for item in items:
        for col in reversed(cols):
            cell = at_cell(grid, item["row"], col)
            if not blank(cell) and (state := _reads(cell)) is not None:
                read.append((item, " ".join(str(cell).split()), state, col))
                break
    if len(read) < _SAID:
        return
    for item, said, state, _ in read:
        item["status"] = (f"{'Closed' if state == 'done' else 'Open'} (sign-off: '{said}'"
                          f"{beside(item.get('status'))})")
    # Beside a sign-off, a Green or Blue RAG grades delivery: with nothing signed, open.
    signed = {id(item) for item, *_ in read}
    unsigned = [item for item in items if id(item) not in signed
                and vocab.RAG_WORDS.get(vocab.key(item.get("status"))) in _DONE_COLOURS]
    for item in unsigned:
        item["status"] = f"Open (not signed off{beside(item.get('status'))})"
    named = " / ".join(f"'{str(headers[c]).strip()}'" for c in cols
                       if any(col == c for *_, col in read))
    notes.append(f"status read from {named} where it records a sign-off "
                 f"(signed off or put for sign-off is done, returned or not yet submitted "
                 f"open; of several, the last saying something), the status column's word "
                 f"kept beside it: {rows_named([item['row'] for item, *_ in read])}")
    if unsigned:
        notes.append(f"a Green or Blue RAG with no sign-off is open (beside a sign-off "
                     f"column the RAG grades delivery): rows "
                     f"{ranges([item['row'] for item in unsigned])}")
