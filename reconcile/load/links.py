"""What a hyperlink in a tracker's cell tells: the item's reference, or its report.

Some trackers keep no reference column: each row's "View on HMICFRS" links to the item's page on
HMICFRS's register (".../recommendations/west-mercia/8411/"). Others name no report: the cell
says "View report" and links to the report's page (".../publications/peel-assessment-2021-22-
west-mercia/") or its PDF. What a person would read on following the link, the reference or the
report's title, stands in for the link's own words, which say nothing.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from ..normalise.reports import file_title
from .grid import Grid

#: An item's page on HMICFRS's register: ".../recommendations/west-mercia/8411/".
_REGISTER_PAGE = re.compile(r"(?:justiceinspectorates|hmicfrs)[^?#\s\"']*/(\d{3,6})/?$",
                            re.IGNORECASE)
#: A link's caption has at most this many words; an item's text has more.
_CAPTION = 5
#: A cell naming a reference and little else: "8411", "HMICFRS 8411", "Ref 8411 (link)".
_REF_ONLY = re.compile(r"[^\d]{0,24}\d{3,6}[^\d]{0,12}")
#: A page or file on HMICFRS's site: its path names what it is.
_SITE = re.compile(r"(?:justiceinspectorates\.gov\.uk|hmicfrs)", re.IGNORECASE)
#: A site's own sections, which name no report.
_SECTIONS = frozenset({"publications", "publication-html", "our-work", "hmicfrs", "uploads",
                       "wp-content", "recommendations", "recommendation", "glossary", "about-us",
                       "what-we-do", "article", "news", "news-feed", "index", "media"})
#: Words that only say "here is a link" ("View report", "Click here", "HMICFRS page (PDF)").
_LINK_WORDS = frozenset({
    "click", "here", "view", "open", "see", "read", "go", "to", "link", "links", "the", "full",
    "report", "reports", "page", "web", "webpage", "site", "website", "document", "publication",
    "pdf", "online", "on", "at", "hmicfrs", "hmic", "inspection", "download", "more", "info",
    "details", "this", "item", "register", "record", "entry", "portal", "follow", "visit"})


def register_page_id(address: str) -> int | None:
    """The id of an item's page on HMICFRS's register an address names, or None."""
    m = _REGISTER_PAGE.search(address)
    return int(m.group(1)) if m else None


def says_only_link(shown: object) -> bool:
    """Whether a cell's own words say nothing but that it is a link (or it has none)."""
    if shown is None:
        return True
    if not isinstance(shown, str):
        return False
    words = re.findall(r"[a-z]+|\d+", shown.lower())
    return all(w in _LINK_WORDS for w in words)


def read_link(address: str, shown: object) -> object | None:
    """The value a linked cell stands for (a register id, a report's title), or None when the
    cell's own value says more than its link."""
    if isinstance(shown, int | float):
        return None
    if (ref := register_page_id(address)) is not None:
        # A caption ("Open record", "HMICFRS 8411") gives way to the reference; a
        # recommendation's text linked to its page keeps its words, and so does an entry's
        # label already giving the id with its report ("PEEL: police legitimacy 2017 (8541)").
        said = str(shown).strip() if shown is not None else ""
        if _REF_ONLY.fullmatch(said) or says_only_link(shown):
            return ref
        if str(ref) in re.findall(r"\d{3,6}", said):
            return None
        return ref if len(said.split()) <= _CAPTION else None
    if not says_only_link(shown) or not _SITE.search(address):
        return None
    # ".../peel-assessments/peel-2018/lincolnshire/", ".../uploads/2022/03/peel-...pdf"
    path = unquote(urlsplit(address.strip()).path)
    named = [part for part in path.split("/")
             if part and part.lower() not in _SECTIONS and not part.isdigit()]
    if not any("-" in part or "_" in part for part in named):
        return None
    return file_title(" ".join(named)) or None


#: A cell holding a web address typed out as text (not a link), a remark in brackets at most
#: beside it: "https://www.justiceinspectorates.gov.uk/…/12345/ (page archived)".
_URL_CELL = re.compile(r"^\s*((?:https?://|www\.)\S+|\S*justiceinspectorates\.gov\.uk\S*)\s*"
                       r"(?:\([^)]*\))?\s*$", re.IGNORECASE)


def read_url_cells(grid: Grid) -> None:
    """Each cell holding only a web address on HMICFRS's site, typed out as text, read as
    its link is (`read_link`): a register page gives the reference, a report's page its
    title. An analyst pasting addresses keeps the reference nowhere else."""
    for row in grid.rows:
        for c, v in enumerate(row):
            if isinstance(v, str) and "." in v and (m := _URL_CELL.match(v)) \
                    and (read := read_link(m.group(1), None)) is not None:
                row[c] = read
