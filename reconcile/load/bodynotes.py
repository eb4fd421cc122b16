"""A task's body holding the recommendation and the officer's dated notes, one cell for both.

An Outlook task's "Notes", a card's description, a work item's body: the wording pasted once,
each update added as a line opening with its date ("02/09/2024 CG - Submitted to HMICFRS for
closure", "*** JA 15/09/2014 - Allocated DoF"), above or below it. Matching on the wording
alone, the notes are the item's progress: the latest of them is what a person reads first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .history import dated_line
from .sheetfacts import rows_named

#: Words a title must have to stand for the wording.
_TITLE_WORDS = 4
#: Words the wording must keep for the notes to be set apart: less is a note, not the text.
_TEXT_WORDS = 8


def notes_from_body(items: list[dict[str, Any]], notes: list[str],
                    title: Callable[[int], Any] = lambda row: None) -> None:
    """Each force item's text less its dated notes, the notes added to its progress (in
    place), where the text holds both; where it holds notes only, its task's title (`title`
    of its row: the task's subject) is the text."""
    read, titled = [], []
    for item in items:
        text = item.get("text")
        if not isinstance(text, str) or "\n" not in text:
            continue
        lines = text.splitlines()
        marks = [dated_line(line) for line in lines]
        if not any(marks):
            continue
        dated = [line for line, mark in zip(lines, marks, strict=True) if mark]
        rest = "\n".join(line for line, mark in zip(lines, marks, strict=True)
                         if not mark).strip()
        if len(rest.split()) < _TEXT_WORDS:
            named = title(item["row"])
            if rest or not isinstance(named, str) or len(named.split()) < _TITLE_WORDS:
                continue
            rest = named.strip()                    # the wording only in the subject
            titled.append(item["row"])
        item["text"] = rest
        progress = item.get("progress")
        item["progress"] = "\n".join([*dated, *([str(progress)] if progress else [])])
        read.append(item["row"])
    if read:
        notes.append(f"{rows_named(read)}: the text cell also holds dated notes (a task's body): "
                     "the notes read as progress, the rest as the text")
    if titled:
        notes.append(f"{rows_named(titled)}: the text cell holds dated notes only: the task's "
                     "title read as the text")
