"""The committee paper: the "HMICFRS update" agenda item, drafted as a Word document from a
finished reconciliation, for the analyst to finish in Word.

Modules: ``facts`` (what the paper states, gathered from a `Reconciliation` as frozen
dataclasses; its counts are the Summary sheet's), ``render`` (the .docx, in Word's own
styles), ``texts`` (the fixed wording of the 2017 paper it imitates) and ``dates``.

Above ``write`` in the layers: it takes the result and writes atomically as the workbook
does; ``write`` never imports it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import InputError, OutputError
from ..result import Reconciliation
from ..write.atomic import atomic_path, refuse_inputs
from .dates import parse_date
from .facts import PaperFacts, gather

__all__ = ["Paper", "PaperFacts", "check_paper_path", "gather", "parse_date", "write_paper"]


def check_paper_path(path: str | Path, template: str | Path | None = None) -> Path:
    """The paper's file name and template, checked before any work is done."""
    path = Path(path)
    if path.suffix.lower() != ".docx":
        raise OutputError(f"{path}: the paper must be a Word file ending in .docx. Give e.g. "
                          "--paper hmicfrs-update.docx.")
    if template is not None:
        template = Path(template)
        if not template.is_file():
            raise InputError(f"{template}: template not found. Check the path given to "
                             "--template, or leave it out.")
        if template.resolve() == path.resolve():
            raise OutputError(f"{path}: is also the template and would be overwritten. Give "
                              "the paper another name with --paper.")
        from .render import new_document

        new_document(template)   # opened now: a bad template stops the run before it starts
    return path


@dataclass(frozen=True)
class Paper:
    """What was written, and what the paper could not use (said to the analyst)."""

    path: Path
    facts: PaperFacts

    @property
    def notes(self) -> tuple[str, ...]:
        return self.facts.notes


def write_paper(rec: Reconciliation, path: str | Path, *, meeting: date | str | None = None,
                since: date | str | None = None, template: str | Path | None = None) -> Paper:
    """Write the draft "HMICFRS update" paper for `rec` to `path` (.docx), whole or not at all.

    `meeting`: the meeting's date; `since`: the last meeting's (default: the previous run's
    date, when the run had one). Dates as date objects or text such as "2017-11-30".
    `template`: a .docx (the force's letterhead) to start from. Committee name and contact
    officer come from the config's [paper] section.
    """
    from .render import render

    path = check_paper_path(path, template)
    meeting_date = parse_date(meeting, "--meeting")
    since_date = parse_date(since, "--since")
    refuse_inputs(rec, path)
    facts = gather(rec, meeting_date, since_date)
    doc = render(facts, template)
    with atomic_path(path) as tmp:
        doc.save(str(tmp))
    return Paper(path, facts)
