"""A status word the tool does not know, settled by the item's own latest dated note.

Outlook's task states ("Waiting on someone else", "Deferred") say nothing of an HMICFRS item
by themselves: one officer waits on HMICFRS's decision after sending the evidence, another on
a director's sign-off. The note the officer dated last says which: "02/09/2024 CG - Submitted
to HMICFRS for closure" is done; "Not the force's responsibility to deliver" is not the
force's to do. Where the note says neither, the word is left as it was, and the run asks
about it (`normalise.unknown_status_note`): nothing is closed on a guess.
"""

from __future__ import annotations

from typing import Any

from ..config import SideSettings
from ..normalise import norm_status, status_table
from .history import latest_note
from .sheetfacts import rows_named
from .statuses import update_says


def status_from_latest_note(items: list[dict[str, Any]], settings: SideSettings,
                            notes: list[str]) -> None:
    """Each force item whose status word no table knows, read by its latest dated note (in
    its progress, else in its text: a task's body holds both) where that says (in place)."""
    table = status_table("force", settings)
    known: dict[str, bool] = {}          # a tracker repeats a handful of words
    read = []
    for item in items:
        word = item.get("status")
        if not isinstance(word, str):
            continue
        if word not in known:
            known[word] = norm_status(word, table) != "unknown"
        if known[word]:
            continue
        for cell in (item.get("progress"), item.get("text")):
            if (latest := latest_note(cell, lines=1)) is not None:
                if (said := update_says(latest[1], responsibility=True)) is not None:
                    item["status"] = f"{said} (status '{' '.join(word.split())}')"
                    read.append(item["row"])
                break
    if read:
        notes.append(f"{rows_named(read)}: a status word the tool does not know, read by the "
                     "latest dated note, which says the item is finished or not the force's")
