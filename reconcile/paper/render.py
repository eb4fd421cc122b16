"""`PaperFacts` → a Word document, in Word's own styles (Title, Heading 1-4, List Bullet,
Quote) so that a force's template restyles it, A4 portrait with page numbers in the footer.
Marked gaps (in square brackets, highlighted) are what only a person can write.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm

from ..errors import InputError
from . import texts as T
from .dates import long_date
from .facts import Item, NewReport, PaperFacts, RedItem, ReviewReport

#: A line of an HMICFRS text that is a bullet: the marker is dropped, the style says it.
_BULLET = re.compile(r"^\s*[•·▪◦●\-–*]\s+")
#: Lines of a text; bullets run into one line ("that: • a; • b") are lines too.
_LINES = re.compile(r"\s*\n\s*|\s+(?=•\s)")


def new_document(template: str | Path | None) -> Any:
    """A blank A4 document, or the force's own (letterhead, styles, page setup) to add to."""
    if template is None:
        doc = Document()
        section = doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(25))
    else:
        try:
            doc = Document(str(template))
        except Exception as exc:   # python-docx raises several kinds on a file that is not .docx
            raise InputError(f"{template}: cannot be read as a Word document ({exc}). Give a "
                             ".docx saved from Word (a .dotx template: open it in Word and save "
                             "it as .docx), e.g. --template letterhead.docx.") from exc
    _page_numbers(doc)
    return doc


def _page_numbers(doc: Any) -> None:
    """A centred PAGE field in each footer. python-docx has no API for fields, so the field
    is added as the WordprocessingML element it is (w:fldSimple)."""
    for section in doc.sections:
        para = section.footer.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        para._p.append(field)


class Writer:
    """Adds paragraphs in named styles, falling back where a template lacks one."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.styles = {s.name for s in doc.styles}

    def para(self, text: str = "", style: str | None = None, bold: bool = False) -> Any:
        usable = style if style in self.styles else None
        if style == "List Bullet" and usable is None:
            text = "• " + text
        p = self.doc.add_paragraph(style=usable)
        if text:
            p.add_run(text).bold = bold
        return p

    def heading(self, text: str, level: int) -> Any:
        name = "Title" if level == 0 else f"Heading {level}"
        if name in self.styles:
            return self.doc.add_heading(text, level)
        return self.para(text, bold=True)

    def blank(self, text: str, para: Any = None) -> Any:
        """A gap for the analyst: highlighted so that it cannot be missed."""
        p = para if para is not None else self.para()
        run = p.add_run(text)
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        return p

    def value_or_blank(self, label: str, value: str, blank: str, bold: bool = False) -> Any:
        p = self.para(label, bold=bold) if label else self.para()
        if value:
            p.add_run(value).bold = bold
        else:
            self.blank(blank, p)
        return p


def verbatim(w: Writer, item: Item) -> None:
    """An item's text word for word, its bullets as Word bullets, its reference after it."""
    lines = [ln for ln in _LINES.split(item.text) if ln.strip()]
    last = None
    for line in lines:
        bullet = _BULLET.match(line)
        last = w.para(line[bullet.end():], "List Bullet") if bullet else w.para(line)
    if last is not None and item.ref:
        last.add_run(f" (HMICFRS ref. {item.ref})").italic = True


def plural(n: int, one: str, many: str) -> str:
    return f"{'one' if n == 1 else n} {one if n == 1 else many}"


def heading_block(w: Writer, f: PaperFacts) -> None:
    w.value_or_blank(T.AGENDA, "", T.BLANK_AGENDA, bold=True)
    w.value_or_blank("", f.committee.upper(), T.BLANK_COMMITTEE, bold=True)
    w.value_or_blank("", long_date(f.meeting) if f.meeting else "", T.BLANK_MEETING, bold=True)
    w.heading(T.TITLE, 0)
    w.heading(T.HEADINGS["purpose"], 1)
    w.para(T.PURPOSE)


def background(w: Writer, f: PaperFacts) -> None:
    w.heading(T.HEADINGS["background"], 1)
    w.blank(T.BACKGROUND_TO_WRITE)
    w.heading(T.HEADINGS["position"], 2)
    w.para(position_text(f))
    if f.position.changes:
        w.para(f.position.changes)


def position_text(f: PaperFacts) -> str:
    """The reconciliation position in one paragraph: the Summary's numbers, in words."""
    p, c = f.position, f.position.counts
    return (
        f"The HMICFRS list holds {p.on_list} recommendations, areas for improvement and causes "
        f"of concern against the force: {p.open} open and {p.closed} closed. Reconciled with "
        f"the force tracker, {c['in_sync']} are in sync on both; {c['closeable_submit']} can be "
        f"submitted to HMICFRS for closure, as the force has done them; {c['closeable_local']} "
        f"can be closed locally, as HMICFRS has closed them; {c['conflict']} are in conflict, "
        f"the two records disagreeing on a fact; {c['missing_from_force']} are missing from the "
        f"force tracker; {c['not_on_hmicfrs_list']} entries in the force tracker are not on the "
        f"HMICFRS list; and {c['review']} possible matches are awaiting review.")


def new_reports(w: Writer, f: PaperFacts) -> None:
    w.heading(T.HEADINGS["new"], 2)
    for note in f.notes:
        w.blank(f"[{note}]")
    if f.new_reports is None:
        return
    if not f.new_reports:
        w.para(T.NO_NEW)
    for report in f.new_reports:
        new_report(w, report)


def new_report(w: Writer, report: NewReport) -> None:
    w.heading(report.name, 3)
    w.para(f"Published on {long_date(report.published)}.")
    w.blank(T.NEW_REPORT_TO_WRITE)
    for kind, title in T.TYPE_GROUPS:
        chosen = [i for i in report.items if (i.type if i.type in dict(T.TYPE_GROUPS) else "")
                  == kind]
        if chosen:
            w.heading(title, 4)
            for item in chosen:
                verbatim(w, item)
    if not report.items:
        w.para("There were no recommendations from this report.")


def red(w: Writer, f: PaperFacts) -> None:
    w.heading(T.HEADINGS["red"], 2)
    if not f.red:
        w.para(T.NO_RED)
        return
    if len(f.red) == 1:
        kind = T.TYPE_LABELS.get(f.red[0].item.type, "Item").lower()
        w.para(f"There is one {kind} currently graded Red:")
    else:
        w.para(f"There are {len(f.red)} items currently graded Red:")
    shown: set[tuple[str, str]] = set()
    report = None
    for r in f.red:
        if r.report != report:
            report = r.report
            w.heading(report, 3)
        red_item(w, r, shown)


def red_item(w: Writer, r: RedItem, shown: set[tuple[str, str]]) -> None:
    """Type, text (a recommendation under its cause of concern), owner, quoted update."""
    if r.cause is not None and (r.report, r.cause.text) not in shown:
        w.heading(T.TYPE_LABELS["cause of concern"], 4)
        verbatim(w, r.cause)
        shown.add((r.report, r.cause.text))
    w.heading(T.TYPE_LABELS.get(r.item.type, "Item"), 4)
    verbatim(w, r.item)
    shown.add((r.report, r.item.text))
    owner = " and ".join(r.owners)
    if not r.progress:
        w.para(f"Owner: {owner or 'the tracker names no owner'}. The tracker gives no progress "
               "update.")
        return
    w.para(f"Owner: {owner or 'the tracker names no owner'}. The latest progress update from "
           "the tracker is as follows:")
    for update in r.progress:
        w.para(f"“{update}”", "Quote")


def review(w: Writer, f: PaperFacts) -> None:
    w.heading(T.HEADINGS["review"], 2)
    if not f.review and not f.conflicts:
        w.para(T.NO_REVIEW)
    for r in f.review:
        review_report(w, r)
    if f.conflicts:
        w.heading("Conflicts to resolve", 3)
        w.para(f"The two records disagree on {plural(len(f.conflicts), 'item', 'items')}; "
               "each is to be corrected on whichever side is wrong:")
        for c in f.conflicts:
            ref = f"{c.ref}, " if c.ref else ""
            w.para(f"{ref}{c.report}: {c.facts}.", "List Bullet")


def review_report(w: Writer, r: ReviewReport) -> None:
    w.heading(r.report, 3)
    statuses = ", ".join(r.statuses)
    n = plural(len(r.items), "item", "items")
    them = "it" if len(r.items) == 1 else "them"
    if r.action == "close locally":
        w.para(f"The HMICFRS list now shows every item from this report as closed ({statuses}), "
               f"while the force tracker still holds {n} open. It is proposed that the force "
               f"closes {them} locally:")
    else:
        w.para(f"The force has done every item from this report, while HMICFRS still holds "
               f"{n} open ({statuses}). It is proposed that the force submits {them} to HMICFRS "
               "for closure:")
    for item in r.items:
        text = " ".join(item.text.split())
        w.para(f"{item.ref}: {text}" if item.ref else text, "List Bullet")


def closing(w: Writer, f: PaperFacts) -> None:
    w.heading(T.HEADINGS["recommendations"], 1)
    w.para(T.RECOMMENDATION)
    w.heading(T.HEADINGS["contact"], 1)
    w.value_or_blank("Name: ", f.contact_name, T.BLANK_NAME)
    w.value_or_blank("Title: ", f.contact_title, T.BLANK_CONTACT_TITLE)
    w.heading(T.HEADINGS["documents"], 1)
    for s in f.sources:
        saved = f", saved {long_date(s.saved)}" if s.saved else ""
        w.para(f"{s.label[0].upper()}{s.label[1:]}: {s.name}{saved}", "List Bullet")


def render(f: PaperFacts, template: str | Path | None = None) -> Any:
    """The whole paper, section by section in the order of the 2017 paper."""
    w = Writer(new_document(template))
    heading_block(w, f)
    background(w, f)
    new_reports(w, f)
    red(w, f)
    review(w, f)
    closing(w, f)
    return w.doc
