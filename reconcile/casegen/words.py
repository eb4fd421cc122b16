"""What varies between real trackers and lists, as pools a case draws from.

Header words, status vocabularies, reference and date formats are the variants seen in public
trackers and committee papers (see the project's research notes) and those issue 13 names.
"""

from __future__ import annotations

import random
import re
from datetime import date

from .draw import MONTHS

#: Tracker header pools, per canonical field.
HEADERS: dict[str, list[str]] = {
    "text": ["Recommendation / AFI", "Rec / AFI text", "Action", "Recommendation",
             "Recommendations & Areas for Improvement", "HMICFRS recommendation",
             "Recommendation text"],
    "ref": ["HMICFRS ref", "URN", "HMICFRS Reference", "HMIC ref"],
    "owner": ["Lead", "Action owner", "Lead officer", "Owner", "Chief officer lead"],
    "status": ["RAG", "Status", "RAG status", "BRAG", "Grading R/A/G"],
    "progress": ["Update", "Position", "Progress update", "Latest update", "Comments"],
    "report": ["Report", "Inspection", "Report title", "HMICFRS report"],
    "published": ["Published", "Date published", "Publication date", "Report date"],
    "type": ["Type", "Rec / AFI", "Category", "Recommendation type"],
    "no": ["No.", "Item", "Ref", "Action no"],
}

#: Force status vocabularies: (done words, open words). "On Hold" is not a built-in word:
#: a run without config must treat it as open and flag it.
FORCE_VOCABS: list[tuple[list[str], list[str]]] = [
    (["GREEN", "BLUE"], ["RED", "AMBER"]),
    (["Green", "Blue"], ["Amber", "Red"]),
    (["Complete", "Completed", "Closed"], ["In progress", "Open", "Not started"]),
    (["Complete", "Pending sign off"],
     ["Open - Actions on going on track", "Open - Actions on going off track"]),
]
SHAREPOINT_VOCAB = (["Completed"], ["In Progress", "Not Started", "On Hold"])
#: Words a run without config does not know; truth reads them as open.
UNKNOWN_OPEN = {"On Hold"}

HMICFRS_VOCABS: list[tuple[list[str], list[str]]] = [
    (["Awaiting review", "Being progressed"], ["Complete", "Superseded", "No further action required"]),
    (["awaiting-review", "being-progressed"], ["complete"]),
]

#: Cell fills for RAG kept only as colour.
FILLS = {"GREEN": "92D050", "BLUE": "5B9BD5", "AMBER": "FFC000", "RED": "FF0000"}


def ref_cell(rng: random.Random, ref: int, prefixed: bool) -> object:
    """An HMICFRS reference as a tracker writes it: a number, or with a prefix (kind 2)."""
    if not prefixed:
        return ref
    return rng.choice([f"HMICFRS {ref}", f"Ref: {ref}", f"#{ref}", f"{ref} "])


def date_text(rng: random.Random, d: date) -> str:
    """A publication date as trackers write it: "Mar-17", "03/2018", "9 March 2017"."""
    style = rng.randrange(4)
    if style == 0:
        return f"{MONTHS[d.month - 1][:3]}-{d.year % 100:02d}"
    if style == 1:
        return f"{d.month:02d}/{d.year}"
    if style == 2:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


_PILLAR = re.compile(r"PEEL: Police (effectiveness|efficiency|legitimacy) (\d{4})")


def report_label(rng: random.Random, title: str, tracker_name: str, published: date) -> str:
    """The tracker's name for a report: its own short name, or "PEEL: Efficiency (Nov 16)"."""
    m = _PILLAR.match(title)
    if m and rng.random() < 0.5:
        pillar, year = m.group(1), int(m.group(2))
        return rng.choice([f"PEEL: {pillar.title()} ({MONTHS[published.month - 1][:3]} "
                           f"{published.year % 100:02d})",
                           f"PEEL {pillar[:5].title()} {year % 100:02d}"])
    return tracker_name


# Timescales: what HMICFRS writes, and what a tracker that changed it writes instead.
_NUMBER_SWAP = {"three": "six", "six": "twelve", "twelve": "six", "five": "eight",
                "ten": "six", "3": "6", "6": "12", "12": "6"}
TIMESCALE = re.compile(
    r"\b(?P<within>[Ww]ithin (?P<n>three|six|twelve|five|ten|\d+) (?:months|weeks))"
    r"|\b(?P<by>[Bb]y (?:the end of )?(?:" + "|".join(MONTHS) + r") (?P<y>\d{4}))"
    r"|\b(?P<fy>[Ii]n the next financial year)")

#: Stems with a timescale in words (kind 9), and stems that end on their timescale (kind 3).
WORD_TIMESCALE_STEMS = [
    "Within five months, the force should {b}.",
    "Within ten weeks, the force should {b}.",
    "By the end of March {y}, the force should {b}.",
    "In the next financial year, the force should {b}.",
]
TRAILING_TIMESCALE_STEMS = [
    "The force should {b}. This should be completed within six months.",
    "The force should {b}, and should do so by the end of March {y}.",
    "The force should {b} within ten weeks.",
    "The force should {b} in the next financial year.",
]


def has_timescale(text: str) -> bool:
    return TIMESCALE.search(text) is not None


def change_timescale(text: str) -> str | None:
    """The same text with its (first) timescale changed, or None if it states none."""
    m = TIMESCALE.search(text)
    if not m:
        return None
    if m.group("within"):
        n = m.group("n")
        new = m.group("within").replace(n, _NUMBER_SWAP.get(n, "twelve"), 1)
    elif m.group("by"):
        y = m.group("y")
        new = m.group("by").replace(y, str(int(y) + 1))
    else:
        new = "within three months"
    return text[:m.start()] + new + text[m.end():]
