"""A status typed at the start of the item's text: "[COMPLETE] The force should …",
"COMPLETE - …", "(Open) …", "** DONE ** …". A list whose status column leads could not edit
is marked so; the mark is the newer word (a status column beside it is often left as it was),
and no part of the recommendation's wording."""

from __future__ import annotations

import re
from typing import Any

from ..config import SideSettings
from ..normalise import reads_as_status, status_table
from .sheetfacts import beside, ranges

#: A mark in brackets, parentheses or stars before the text, a dash or colon after it or none
#: ("[COMPLETE]Within six months", "[CLOSED – evidence sent 12/03/24] The force").
_BRACKETED = re.compile(r"^\s*(?:\[\s*([^\]\n]{2,60}?)\s*\]|\(\s*([^)\n]{2,40}?)\s*\)"
                        r"|\*{1,3}\s*([^*\n]{2,30}?)\s*\*{1,3})\s*[-\u2013\u2014:]?\s*(?=\S)")
#: ... or a status word before a dash or colon: "COMPLETE - The force", "Complete: …".
_WORD = re.compile(r"^\s*([A-Za-z][A-Za-z ]{1,24}?)\s*[-\u2013\u2014:]\s*(?=\S)")
#: A bracketed label that is no status: a number, a bullet's letter, a type ("(AFI 3)").
_LABEL = re.compile(r"\d|\b(?:afi|rec|recommendation|coc|cause|area|hmicfrs|hmic|action)\b",
                    re.IGNORECASE)
#: A mark's words: a status is a few.
_MARK_WORDS = 4
#: Items marked before the sheet is read so (not a stray "(Open)" in one text) ...
_LEAST, _SHARE = 3, 0.2


def _mark(text: str, table: dict[str, str]) -> tuple[str, int] | None:
    """(the status word, where the text proper begins), or None. A mark in brackets is a
    status word the table knows, or one in capitals ("[DELAYED]", asked about); a word before
    a dash only one the table knows."""
    m = _BRACKETED.match(text)
    if m is not None:
        word = next(g for g in m.groups() if g)
        head = re.split(r"\s[-\u2013\u2014]\s|[,;]", word)[0].strip()
        known = reads_as_status(head, table)
        if len(head.split()) <= _MARK_WORDS and not _LABEL.search(head) and (
                known or head.isupper()):
            return word.strip(), m.end()
    m = _WORD.match(text)
    if m is not None and reads_as_status(m.group(1), table):
        return m.group(1).strip(), m.end()
    return None


def status_from_text_prefix(items: list[dict[str, Any]], settings: SideSettings,
                            notes: list[str]) -> None:
    """Each marked item's status from the mark before its text, which is cut from the text;
    the status column's word kept after it. Only where three items at least, and a fifth of
    the sheet's, are marked so."""
    table = status_table("force", settings)
    marked = [(item, found) for item in items if isinstance(item.get("text"), str)
              and (found := _mark(item["text"], table)) is not None]
    if len(marked) < max(_LEAST, _SHARE * len(items)):
        return
    for item, (word, end) in marked:
        item["text"] = item["text"][end:].strip()
        # The status column's word is kept after a mark the table reads, never after one it
        # does not ("[PARKED]", asked about): read anywhere in the status, it would decide.
        kept = beside(item.get("status")) if reads_as_status(word, table) else ""
        item["status"] = f"{word} (marked in the text{kept})"
    notes.append(f"status read from the mark before the text ('[COMPLETE] …', 'DONE - …') on "
                 f"{len(marked)} items, over the status column: rows "
                 f"{ranges([item['row'] for item, _ in marked])}")
