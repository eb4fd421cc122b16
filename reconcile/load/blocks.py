"""What sits between and above a tracker's blocks of items: report titles and a report's own
record in an export, a block's counts ("3 Recommendations | 3 Completed") and details
("Published: 09 July 2013   Applicable Forces: ..."), the key to the colours and words its
statuses use ("Green | On track"), a converted document's page furniture, and the rest of
an item's text cut by a page break or wrapped onto rows of its own."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from .. import vocab
from ..normalise import published_tail, published_text
from ..normalise.types import reads_as_status, type_named
from .columns import status_words
from .grid import Grid, blank
from .sections import grade_section, section_state

#: A page's heading repeated over the rest of a pasted table: "… (continued)", "… cont'd".
_CONTINUED = re.compile(r"\((?:continued|cont'?d\.?)\)\s*$|\bcontinued\s*$", re.IGNORECASE)
#: A remark under a table: "Note:", "NB", "* closed items move to the archive sheet".
NOTE_START = re.compile(r"^\s*(\*|note\b|notes\b|nb\b|n\.b\.|source:|please note)", re.IGNORECASE)
#: "Key", "RAG key:", "Legend", "Key to RAG status" — the whole cell, so that a report title
#: such as "Key findings 2017" never starts a legend.
_LEGEND_HEADING = re.compile(r"\s*((rag|brag|colour|color|status|grading)\s+)?(key|legend)"
                             r"(\s+(to|for)\s+[\w /&-]{1,30})?\s*:?\s*", re.IGNORECASE)


#: A row under a report's title giving its details, not another report's title.
_DETAILS = re.compile(r"\s*(published|publication date|date published|applicable forces)\b",
                      re.IGNORECASE)
#: ... or the report's kind (a few words, no year: not a title) and date set apart by a dot,
#: as a report's web page shows them: "HMIC Thematic Inspection · Published 9 July 2013".
_KIND_PUBLISHED = re.compile(r"\s*(?:[A-Za-z()&'/-]+\s+){0,7}[A-Za-z()&'/-]+\s*[·•]\s*"
                             r"(?:published|publication date)\b", re.IGNORECASE)
#: "3 Recommendations | 3 Completed", "10 AFIs": a block's counts, every cell a number and a word.
_COUNT = re.compile(r"\s*\d{1,4}\s+[A-Za-z][A-Za-z ]{0,30}\s*")
#: ... or all in one cell: "4 Recommendations   1 Completed   2 Superseded".
_COUNTS_LINE = re.compile(r"(?:\s*\d{1,4}\s+[A-Za-z]+(?:\s+[a-z]+){0,2}){2,}\s*")
#: "GREEN – The recommendation is implemented" in one cell.
_COLOURS = vocab.LEGEND_WORDS - {"key", "legend"}
_KEY_LINE = re.compile(rf"\s*(?:(?:text|font|writing|rows?)\s+(?:in|coloured)\s+)?"
                       rf"({'|'.join(sorted(_COLOURS))})\s*[-:–=]\s*(.{{6,}})", re.IGNORECASE)


def heading_record(row: list[Any], text_col: int, own_cols: tuple[int | None, ...]
                   ) -> tuple[str, str] | None:
    """(report, published) for a report's own record in an export from a performance system
    ("HMI-2017-MSHT | Stolen Freedom (MSHT) 2017 | National thematic – published 24 October
    2017"): a short text saying when it was published, nothing in the item's own columns
    (`own_cols`: status, type). Its items follow it, as under a title row; the report is
    named by its other short cells and that text."""
    text = row[text_col] if text_col < len(row) else None
    if not isinstance(text, str) or len(text.split()) > 16:
        return None
    if any(c is not None and c < len(row) and not blank(row[c]) for c in own_cols):
        return None
    if (tail := published_tail(text)) is None:
        return None
    name, published = tail
    names = [str(v) for c, v in enumerate(row) if c != text_col and isinstance(v, str)
             and " " in v.strip() and len(v.split()) <= 8]
    name = " – ".join(" ".join(n.split()) for n in [*names, name] if n.strip())
    return (name, published) if re.search(r"[A-Za-z]{3}", name) else None


#: How the rest of a text cut by a page break starts: in lower case, or with a bullet.
_REST = re.compile(rf"\s*(?:[a-z]|[{vocab.BULLETS}-]\s*\S|\([a-z]{{1,4}}\)\s*\S)")
#: A point of a list: "• …", "- …", "(b) …".
_POINT = re.compile(rf"\s*(?:[{vocab.BULLETS}-]\s*\S|\([a-z]{{1,4}}\)\s*\S)")


def continues(rows: list[list[Any]], r: int, text_col: int, filled: list[int],
              above: tuple[int, int], so_far: str, free: frozenset[int] = frozenset()) -> bool:
    """Row r holds only the rest of an item's text (`so_far`), cut by a page break where a
    Word table was pasted into Excel ("… the use of stop and search" / "many forces are
    unable to explain."), or wrapped onto rows of its own by a PDF converter: right under the
    item's row, the rest joined so far, or the next page's heading (`above`), with no status
    of its own (the caller checks). It starts in lower case or with a bullet, its other cells
    repeating the item's (merged down) or holding the next lines of its other wrapped columns
    (`free`: progress, owner, report); or it is the text alone, under a line already joined,
    the item's text so far not ended ("This action plan should be developed:" under "… its
    approach to domestic")."""
    text = rows[r - 1][text_col] if text_col < len(rows[r - 1]) else None
    if r - 1 not in above or not isinstance(text, str) or not text.strip():
        return False
    item = rows[above[0] - 1]
    others = [c for c in filled if c != text_col]
    if _REST.match(text):
        # ... and the text above has not ended a sentence: an item of its own may be
        # written all in lower case. A point under a point goes on with the list.
        last_line = so_far.rstrip().rsplit("\n", 1)[-1]
        going_on = not so_far.rstrip().endswith((".", "!", "?")) or bool(
            _POINT.match(text) and _POINT.match(last_line))
        return going_on and all(
            c in free or (c < len(item) and item[c] == rows[r - 1][c]) for c in others)
    # A line starting a sentence, alone on its row, carries on only a text already seen
    # wrapping (the row above was its continuation): an item's own row is no rest of one.
    return not others and above[1] == r - 1 and bool(so_far)


def stands_out(item_row: list[Any], text_col: int) -> bool:
    """An item's own row holds more than its text (a status, a type, a lead...): only then
    is a row under it with no status of its own the rest of its text (a tracker may write
    whole items as a text alone)."""
    return any(not blank(v) for c, v in enumerate(item_row) if c != text_col)


def joined_text(text: Any, rest: str) -> str:
    """An item's text with the rest of it from the row below: a bullet on a line of its own;
    a word a PDF broke over two lines ("ac-" / "countability") whole again."""
    rest, text = rest.strip(), str(text or "").rstrip()
    if rest[0] in vocab.BULLETS + "-" or _POINT.match(rest):
        return f"{text}\n{rest}"
    if re.search(r"[a-z]-$", text) and rest[:1].islower():
        return text[:-1] + rest
    return f"{text} {rest}" if text else rest


#: A PDF page's header or footer, converted into cells: its protective marking, its number.
_MARKING = re.compile(r"\s*(official(?:[-\s]sensitive)?|not protectively marked|protect|"
                      r"restricted|page \d{1,3}(?: of \d{1,3})?|\d{1,3} of \d{1,3})\s*",
                      re.IGNORECASE)


def is_page_furniture(row: list[Any], filled: list[int]) -> bool:
    """A row holding a page's marking or number ("OFFICIAL", "Page 3 of 9"), and at most a
    short title beside it: a PDF converted to Excel repeats it on every page."""
    cells = [str(row[c]) for c in filled]
    return (1 <= len(cells) <= 4 and any(_MARKING.fullmatch(v) for v in cells)
            and all(len(v.split()) <= 14 for v in cells))


def is_details(value: str) -> bool:
    return bool(_DETAILS.match(value) or _KIND_PUBLISHED.match(value))


def is_counts(row: list[Any], filled: list[int]) -> bool:
    return len(filled) <= 3 and all(isinstance(row[c], str) and (
        _COUNT.fullmatch(row[c]) or _COUNTS_LINE.fullmatch(row[c])) for c in filled)


#: A field above the header naming the sheet's report, and a filter's "all of them".
_REPORT_FIELD = frozenset({"report", "report title", "report name", "inspection",
                           "inspection report", "inspection title"})
_ALL_ITEMS = re.compile(r"\s*\((?:all|multiple items)\)\s*", re.IGNORECASE)


def block_above(grid: Grid, header_row: int, filled_at: dict[int, list[int]]
                 ) -> tuple[str | None, Any]:
    """The first block's report, when its title sits above the header with its counts or
    details rows between them (inquirytracker: "Stop and search powers…", "3 Recommendations
    | 3 Completed", "Published: 09 July 2013 …", then the header): (title, date published)."""
    r, seen, published = header_row - 1, False, None
    while r >= 1:
        cells = [grid.rows[r - 1][c] for c in filled_at.get(r, [])]
        if not cells:
            r -= 1
            continue
        first = str(cells[0]).strip()
        if is_counts(grid.rows[r - 1], filled_at[r]):
            seen = True
        elif len(cells) == 2 and vocab.key(first) in _REPORT_FIELD and isinstance(
                cells[1], str) and not _ALL_ITEMS.fullmatch(cells[1]):
            # A pivot's report filter or a form's field: "Report | Stop and search powers…".
            return " ".join(cells[1].split()), published
        elif len(cells) == 1 and is_details(first):
            # "HMIC Thematic Inspection · Published 9 July 2013" under the title.
            seen, published = True, published or published_text(first)
        else:
            title = len(cells) == 1 and re.search(r"[A-Za-z]{3}", first)
            return (" ".join(first.split()), published) if seen and title else (None, None)
        r -= 1
    return None, None


def legend_entries(grid: Grid, rows: list[int]) -> tuple[tuple[str, str], ...]:
    """(colour, what it means) for each line of a key on the sheet: "Green | On track –
    action in progress" in two cells (more beside them on a lookups sheet), or "GREEN – The
    recommendation is implemented" in one.
    A tracker's own key says what its colours mean (in BRAG, Green is on track, not done)."""
    out, codes = [], []
    lists_from = None                 # the row of a "RAG | Status" heading over two lists
    for k, r in enumerate(rows):      # rows that are not items: a key never is one
        cells = [v for v in grid.rows[r - 1] if not blank(v)]
        if _lists_heading(cells):
            lists_from = r
        elif lists_from is not None and r != rows[k - 1] + 1:
            lists_from = None         # a gap: the lists end
        # Lists kept beside it on a lookups sheet (leads, teams) are cells after the key's two.
        spelt = _COLOUR_SPELT.match(cells[0]) if cells and isinstance(cells[0], str) else None
        if lists_from is not None:
            continue                  # "GREEN | Submitted for closure": two drop-downs' values
        if len(cells) >= 2 and isinstance(cells[1], str) and len(cells[1].split()) >= 2 and (
                vocab.key(cells[0]) in _COLOURS
                or (spelt and vocab.key(spelt.group(1)) in _COLOURS)):
            # "GREEN (G)": the colour and the letter it is written as, one meaning.
            names = [spelt.group(1), spelt.group(2)] if spelt else [str(cells[0]).strip()]
            out += [(name, cells[1].strip()) for name in names]
        elif len(cells) >= 2 and (pair := _initial_key(cells)) is not None:
            out.append(pair)           # "G | Green – actions complete", "C | Closed – …"
        elif len(cells) >= 2 and (pair := _coded_word(cells)) is not None:
            codes.append(pair)         # a code list's line: "STATUS_CD | CO | Complete"
        elif along := _key_along(cells):
            out.append(along)
        elif len(cells) == 1 and isinstance(cells[0], str):
            out += _key_in_one_cell(cells[0])
            codes += _code_lines(cells[0])
        elif all(isinstance(v, str) for v in cells):
            # A code a cell along the row: "KEY: | 1 = Red – not started | 2 = Amber – …".
            codes += [pair for v in cells for pair in _code_lines(v)]
    # A key of the sheet's own status codes, a line each ("C = Complete", "SFC = Submitted
    # to HMICFRS for closure"): two lines at least, or a line is only a note.
    return tuple(out + (codes if len(codes) >= 2 else []))


def _lists_heading(cells: list[Any]) -> bool:
    """A lookups sheet's headings over a list of RAG colours and a list of status words side
    by side ("RAG | Status"): the colour and the word on one line are two drop-downs' values,
    not a colour and its meaning."""
    return (len(cells) >= 2 and bool(_RAG_HEADING.match(vocab.key(cells[0])))
            and bool(_LIST_HEADING.match(vocab.key(cells[1]))))


_RAG_HEADING = re.compile(r"^(?:b?rag(?: (?:status|rating|colour))?|colou?r|rating)$")
_LIST_HEADING = re.compile(r"^(?:(?:force |closure |current )?status(?: options)?|stage|progress)$")


#: Words a key's meaning runs to: "On track", "Complete - signed off by OL Board".
_MEANING_WORDS = range(2, 13)


def _initial_key(cells: list[Any]) -> tuple[str, str] | None:
    """A key's line of a status written as one letter, the initial of the words that explain
    it: "R | Red – not started", "G | Green – actions complete", "C | Closed – confirmed by
    HMICFRS". The letter means what its line says (a lone "G" is read as Green elsewhere; a
    "C" is read by no table without it)."""
    letter, meaning = cells[0], cells[1]
    if not (isinstance(letter, str) and len(letter.strip()) == 1 and letter.strip().isalpha()
            and isinstance(meaning, str) and len(meaning.split()) >= 2):
        return None
    first = meaning.strip()[0]
    return (letter.strip(), meaning.strip()) if first.upper() == letter.strip().upper() else None


def _key_along(cells: list[Any]) -> tuple[str, str] | None:
    """A key's line after other lists on a lookups sheet ("Not started | Recommendation | ACC
    Crime | … | GREEN | On track"): a colour in a cell of its own, its meaning the next cell."""
    for k in range(1, len(cells) - 1):
        colour, meaning = cells[k], cells[k + 1]
        if (isinstance(colour, str) and vocab.key(colour) in _COLOURS and isinstance(meaning, str)
                and len(meaning.split()) in _MEANING_WORDS):
            return colour.strip(), meaning.strip()
    return None


def _code_lines(value: str) -> list[tuple[str, str]]:
    """(code, meaning) of each line of a key of codes in one cell: one code a line, or
    several in one line ("Key: AR = Awaiting review; BP = …", "1 = Red – not started")."""
    parts = _CODES_APART.split(_KEY_LABEL.sub("", _KEY_AFTER.split(value)[-1]))
    return [(m.group(1), m.group(2).strip()) for part in parts if (m := _CODE_LINE.match(part))]


#: A code in a code list: a short code in capitals ("CO", "NFA", "SFC") or a number ("3").
_CODE = re.compile(r"^(?:[A-Z][A-Z0-9_/]{0,5}|\d{1,2})$")


def _coded_word(cells: list[Any]) -> tuple[str, str] | None:
    """(code, status word) of a code list's line: a code and, in the next cell, a status
    word ("CO | Complete", "3 | Complete", "STATUS_CD | CO | Complete"); else None."""
    for raw, word in pairwise(cells):
        code = str(raw).strip() if isinstance(raw, (str, int)) and not isinstance(raw, bool) else ""
        # The meaning is words, not another code ("S | NFA" is a row of coded headings).
        if (_CODE.match(code) and isinstance(word, str) and not _CODE.match(word.strip())
                and not _said(code) and vocab.key(code) not in _COLOURS and _said(word)):
            return code, word.strip()
    return None


def _said(value: str) -> bool:
    """Whether a value is a status word of either side (a code list's "GREEN | Open" beside a
    lookups sheet's lists is two drop-downs, not a code and its meaning)."""
    return reads_as_status(value, status_words())


#: A colour and the letter a tracker writes it as: "GREEN (G)", "Blue (B)".
_COLOUR_SPELT = re.compile(r"^\s*([A-Za-z]+)\s*\(\s*([A-Za-z]{1,2})\s*\)\s*$")


#: A key's label after a line's guidance ("Tick one status column per row.  Key: AR = …"),
#: and what parts one line of codes.
_KEY_AFTER = re.compile(r"\bkey\s*:\s*", re.IGNORECASE)
_CODES_APART = re.compile(r"\s*[;|]\s*|\s+[·•]\s+")
#: A status code's line of a key: a short code in capitals, "=" or ":", what it means.
_CODE_LINE = re.compile(r"^\s*([A-Z][A-Z0-9/]{0,4}|\d{1,2})\s*[=:]\s*([A-Za-z].{2,})$")


#: "BRAG key: BLUE – Complete | GREEN – On track | …", "RAG: GREEN – the recommendation is
#: implemented; AMBER – …": a key's lines written in one cell.
_KEY_LABEL = re.compile(r"^\s*(?:(?:[a-z/]+\s+)?key|b?rag(?:\s+(?:key|status|rating))?)"
                        r"\s*[:\-–]\s*", re.IGNORECASE)
_KEY_SPLIT = re.compile(r"\s+\|\s+|;\s+|\n|\s+[·•]\s+")
#: A key's line naming one or more spellings of a status, then what they mean: "Complete /
#: C / Green = action complete", "W = for a national body", "Delivered – deliverables
#: complete, closure paper awaiting approval".
_SPELLED_LINE = re.compile(r"\s*([A-Za-z][\w ]{0,24}(?:\s*/\s*[A-Za-z][\w ]{0,24}){0,5}?)"
                           r"(?:\s*=\s*|\s+[-\u2013\u2014]\s+)([A-Za-z].{3,})$")


def _key_in_one_cell(value: str) -> list[tuple[str, str]]:
    """(colour, meaning) for each line of a key in one cell: one line ("GREEN – The
    recommendation is implemented"), or several split by " | ", "; " or line breaks."""
    parts = _KEY_SPLIT.split(_KEY_LABEL.sub("", _KEY_AFTER.split(value)[-1]))
    found = [(m.group(1), m.group(2).strip()) for p in parts if (m := _KEY_LINE.match(p))]
    if len(found) >= 2:
        return found
    # Each line naming the words that mean one thing: "Complete / C / Green = action
    # complete, evidence held; Amber / A / In progress = work ongoing; W = for a national
    # body": every spelling means what its line says.
    spelled = [(m.group(1), m.group(2).strip()) for p in parts if (m := _SPELLED_LINE.match(p))]
    if len(spelled) >= 2:
        return [(word.strip(), meaning) for words, meaning in spelled
                for word in words.split("/") if word.strip()]
    m = _KEY_LINE.match(value)
    return [(m.group(1), m.group(2).strip())] if m else []


def is_title_row(grid: Grid, r: int, filled: list[int], mapping: dict[int, str]) -> bool:
    """A row holding one piece of wording, set apart like a heading: a report title."""
    if len(filled) != 1:
        return False
    c = filled[0]
    if not re.search(r"[A-Za-z]{3}", str(grid.rows[r - 1][c])):
        return False
    # Where a heading sits, any lone wording is a title; in a column of item data such as the
    # owner, only one set apart by a merge or bold (asked last: styles are read on demand).
    if mapping.get(c) in (None, "report", "local_ref", "ref"):
        return True
    return (r, c + 1) in grid.wide_merges or grid.styles.bold(r, c + 1)


def legend_heading(value: str) -> bool:
    """"Key", "RAG key:", "Legend", "Key to RAG status": a cell that heads a key."""
    return bool(_LEGEND_HEADING.fullmatch(value))


def is_legend_row(row: list[Any], filled: list[int], mapping: dict[int, str]) -> bool:
    """'GREEN | The recommendation is implemented': a colour named where a heading or number
    sits (never in the status column), then at most one cell of explanation."""
    if not 1 <= len(filled) <= 2 or mapping.get(filled[0]) not in (None, "local_ref", "ref", "report"):
        return False
    return vocab.key(row[filled[0]]) in vocab.LEGEND_WORDS - {"key", "legend"}


#: A heading that groups a plan by theme, not by report: "PRIORITY 1 – Keeping people safe",
#: "Theme 2: Workforce and wellbeing", "Strategic objective 3 - ...".
_THEME = re.compile(r"\s*(?:strategic\s+)?(?:priority|priorities|theme|objective|outcome|"
                    r"workstream|work\s+stream|strand|pillar)\b\s*\d*\s*[:\-\u2013\u2014.]",
                    re.IGNORECASE)


#: A heading naming one of an inspection's pillars ("EFFICIENCY", "People", "Legitimacy
#: pillar"): a part of the report above, no report of its own.
_PILLAR = re.compile(r"\s*(?:the\s+)?(?:effectiveness|efficiency|people|legitimacy)"
                     r"(?:\s+pillar)?\s*:?\s*$", re.IGNORECASE)


#: A block's subtotal label: "Area for improvement Total", "CDI 2019 Count", "Grand Total".
_SUBTOTAL = re.compile(r"\s*(?:(?:grand\s+)?total|[^:\n]{1,80}?\s+(?:total|count))\s*",
                       re.IGNORECASE)
SUBTOTAL_REASON = ("subtotal row: a pivot table's or Excel's Subtotal line closing the block "
                   "above ('Area for improvement Total'), names no report")


def subtotal_label(value: Any) -> bool:
    """Whether a cell is a block's subtotal label (or the table's total)."""
    return isinstance(value, str) and bool(_SUBTOTAL.fullmatch(value))


def subtotal_row(row: list[Any], filled: list[int]) -> bool:
    """A row of a block's subtotal label and, at most, figures."""
    cells = [row[c] for c in filled]
    if not cells or not subtotal_label(cells[0]):
        return False
    return all(isinstance(v, (int, float)) or (isinstance(v, str) and v.strip().isdigit())
               for v in cells[1:])


def title_reason(walk: Any, r: int, value: str) -> str:
    """A row of one piece of wording: a legend heading, a legend or note, or a report title."""
    first = vocab.key(value).split(" ")[0] if vocab.key(value) else ""
    if subtotal_label(value):
        return SUBTOTAL_REASON
    if legend_heading(value):
        walk.legend_block = True
        return "legend heading: the rows under it explain the colours or words used"
    if walk.table.status_col is None and not walk.legend_block and (
            graded := grade_section(value)):
        # "AMBER – in progress, risks to delivery (15)" over items with no status column:
        # the tracker sorted by grade, each item's grade the heading it sits under.
        walk.graded = graded
        return "grade heading: the rows below it take its grade as their status"
    if first in vocab.LEGEND_WORDS - {"key", "legend"} or NOTE_START.match(value):
        return "legend or note row"
    if _COUNTS_LINE.fullmatch(value):
        return "counts row: how many items the block holds (\"3 Recommendations 2 Completed\")"
    if is_details(value) and walk.group:
        # "Published: 09 July 2013   Applicable Forces: All forces" under the report's title.
        walk.published = published_text(value)
        return "report details row: the publication date and forces of the report above"
    if _CONTINUED.search(value):
        # "Appendix A – HMICFRS recommendations (continued)": the next page's heading.
        walk.over_page(r)
        return "page heading repeated on the next page"
    if _THEME.match(value):
        # "PRIORITY 1 – Keeping people safe": a plan grouped by theme; the report, if any, is
        # each row's own.
        walk.group, walk.published = None, None
        return "theme heading: groups the rows below it by theme, names no report"
    if (state := section_state(value)) is not None:
        # "COMPLETED – AWAITING HMICFRS CLOSURE": the rows below are the tracker's done items.
        walk.section = " ".join(value.split()) if state == "done" else None
        return f"section heading: the rows below it are the tracker's {state} items"
    if _PILLAR.match(value):
        return ("pillar heading: groups the rows below it by the inspection's pillar, within "
                "the report above; names no report of its own")
    if (kind := type_named(value.strip(" :"))) and walk.group:
        # "Areas for improvement" under a report's title: the rows below are of that type.
        walk.kind = kind
        return f"type heading: the rows below it are the report's {kind}s (where they say no type)"
    walk.group = " ".join(value.split())
    walk.published, walk.kind = None, None
    return "report title row: sets the report for the rows below it"
