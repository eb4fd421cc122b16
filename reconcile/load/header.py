"""Find the header row of a sheet and map its headers onto the canonical fields.

The header is often not row 1: titles, form fields ("Force", "Date form completed") and
instructions ("PLEASE SHADE BOX APPROPRIATE COLOUR") sit above it. The header row is the one
near the top that maps the most fields, the recommendation text among them. Once it is found,
what each column holds is weighed with its heading (``columns``): the final say on each field.
"""

from __future__ import annotations

import re
from typing import Any

from .. import vocab
from ..config import SideSettings
from .across import item_pairs
from .columns import (
    FREE_TEXT_WORDS,
    Choice,
    Profile,
    assign,
    bilingual_halves,
    header_claims,
    looks_like_text,
    profile_columns,
)
from .copied import own_wording_column, with_own_wording
from .grid import Grid, blank
from .reweigh import reweighed

HEADER_SEARCH_ROWS = 50
#: Where an app's internal name ("RecommendationText", "RAGStatus") starts a word.
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
#: The prefix a web register's export gives every field: "field_status".
_INTERNAL = re.compile(r"^field (?=\w)")
#: A field's path in a feed flattened to a table: "fields.Rec_x0020_Text" (Graph through
#: pandas' json_normalize), "fields/Title" (a Logic App), "RAG.Value", "Lead.Title" (a Power
#: Query record expanded), "FieldValuesAsText.Lead" (SharePoint's REST); openpyxl reads an
#: xlsx's "_x0020_" as the space it stands for ("fields.Rec Text").
_PATH = re.compile(r"[A-Za-z_@][\w@]*(?: \w+)*(?:[./][A-Za-z_]\w*(?: \w+)*)+")
#: A path's parts that hold fields, and the parts an expanded record's value is read from.
_CONTAINERS = frozenset({"fields", "fieldvalues", "fieldvaluesastext", "properties"})
_ACCESSORS = frozenset({"value", "lookupvalue", "displayname", "title", "email", "label",
                        "user"})
#: Rows of long free text a column needs to be taken as the text by content alone.
CONTENT_TEXT_ROWS = 3


#: A note in brackets after a heading's name: "Wording (as per report)", "Recommendation /
#: AFI (HMICFRS note beneath, where held)".
_NOTE_AFTER = re.compile(r"\s*\([^)]*\)\s*$")


def without_note(heading: str) -> str:
    """A heading less the note in brackets after its name."""
    return _NOTE_AFTER.sub("", heading)


def label_key(label: str) -> str:
    """A form's label or a heading's comparison key, its bracketed note left out."""
    return header_key(without_note(label))


def _leaf(heading: str) -> str:
    """The field a path heading names: its parts less the containers ("fields.Title" is
    "Title") and, after the field's own name, the accessor of its value ("RAG.Value",
    "Lead_x0020_Officer.Title" is the officer, not the item's title)."""
    if not _PATH.fullmatch(heading.strip()):
        return heading
    parts = [p for p in re.split(r"[./]", heading.strip()) if p.lower() not in _CONTAINERS]
    while len(parts) > 1 and parts[-1].lower() in _ACCESSORS:
        parts.pop()
    return " ".join(parts) if parts else heading


def header_key(value: Any) -> str:
    """A heading's comparison key; of a heading in two languages ("Argymhelliad /
    Recommendation", "Dyddiad targed\nTarget date"), the half that names a field."""
    if blank(value):
        return ""
    if isinstance(value, str):
        value = _leaf(value)
    k = vocab.key(value)
    # A database's own names: "field_reference" (a web register's export), "Report_x0020_Name"
    # (a SharePoint list's internal name for "Report Name").
    if isinstance(value, str) and ("_" in value):      # ... and a warehouse's "HMICFRS_RecID"
        k = _INTERNAL.sub("", vocab.key(_CAMEL.sub(" ", value.replace("_x0020_", " "))))
    elif isinstance(value, str) and " " not in value.strip() and _CAMEL.search(value):
        k = vocab.key(_CAMEL.sub(" ", value))   # an app's "RAGStatus", "HMICFRSRef"
    if isinstance(value, str) and k not in _EXACT and (halves := bilingual_halves(value)):
        named = [h for h in halves if h in _EXACT]
        if len(named) == 1:
            return named[0]
    return k


#: Every heading some field is named by, on either side.
_EXACT = frozenset(w for side in vocab.HEADER_EXACT.values() for words in side.values()
                   for w in words)


def map_headers(headers: list[Any], side: str, settings: SideSettings) -> dict[int, str]:
    """Column index -> canonical field by the headings alone: config, synonyms, keywords.

    A field takes the first column that names it; a second column with the same name stays
    unused (and is reported), so a repeated "Status" never silently replaces the first.
    """
    keys = [header_key(h) for h in headers]
    return {c.col: fld for fld, c in assign(keys, side, settings).items()}


def sample_below(grid: Grid, header_row: int) -> list[list[Any]]:
    return grid.rows[header_row:header_row + 400]


def choose_columns(grid: Grid, header_row: int, side: str, settings: SideSettings
                   ) -> tuple[dict[str, Choice], list[Profile]]:
    """Field -> column for the header at `header_row`, weighing what each column holds."""
    headers = grid.rows[header_row - 1]
    keys = [header_key(h) for h in headers]
    sample = sample_below(grid, header_row)
    profiles = profile_columns(sample, len(headers))
    choices = assign(keys, side, settings, profiles)
    if (own := own_wording_column(sample, choices, profiles)) is not None:
        choices = with_own_wording(choices, own, headers)
    if side == "force":
        choices = reweighed(choices, profiles, sample, headers)
    elif (own_ids := _item_ids(choices, profiles, keys, sample, headers)) is not None:
        choices = {**choices, "ref": own_ids}
    if "text" not in choices and (pairs := item_pairs(headers)):
        choices["text"] = Choice(pairs[0][1], "the first of the 'Rec n' columns, each row's "
                                 "items across it in pairs (load/across.py)")
    return choices, profiles


#: A column of ids an item's own: as many different values as the wording, nearly.
_OWN_IDS = 0.9
#: A heading naming an id, numbered as a second one is: "id2", "Ref 2", "ID (register)".
_ID_HEADING = re.compile(r"^(?:id|ids|ref|reference|urn|register id)(?:\b|\d)")


def _item_ids(choices: dict[str, Choice], profiles: list[Profile], keys: list[str],
              sample: list[list[Any]], headers: list[Any]) -> Choice | None:
    """The list's own ids, when the column taken for the reference repeats (a report's
    number on each of its items: "id" beside "id2", as Excel names an XML's second "id") and
    a column no field took, headed as an id, holds a number of its own on nearly every item."""
    ref, text = choices.get("ref"), choices.get("text")
    if ref is None or text is None or ref.why == "config":
        return None
    wording = profiles[text.col].distinct
    if profiles[ref.col].distinct >= _OWN_IDS * wording:
        return None
    taken = {c.col for c in choices.values()}
    for col, k in enumerate(keys):
        p = profiles[col] if col < len(profiles) else None
        if col in taken or p is None or not _ID_HEADING.match(k) or p.distinct < _OWN_IDS * wording:
            continue
        values = [row[col] for row in sample if col < len(row) and not blank(row[col])]
        if values and all(str(v).strip().removesuffix(".0").isdigit() for v in values):
            return Choice(col, f"by content: an id of its own on each item ({p.distinct} "
                               f"different), where '{str(headers[ref.col]).strip()}' repeats "
                               f"({profiles[ref.col].distinct} different)", (ref.col, ref.why))
    return None


def find_header(grid: Grid, side: str, settings: SideSettings) -> tuple[int | None, dict[int, str]]:
    """(Excel row of the header, column -> field), or (None, {}) for a sheet with no table."""
    row, choices = find_table(grid, side, settings)
    return row, {c.col: fld for fld, c in choices.items()}


def find_table(grid: Grid, side: str, settings: SideSettings
               ) -> tuple[int | None, dict[str, Choice]]:
    """(Excel row of the header, field -> chosen column), or (None, {}) with no table.

    First the rows whose headings name the text; failing those, rows whose headings name
    other fields above a column of long free text ("Recommendation / AFI", "Title").
    """
    named: list[tuple[int, int]] = []      # (fields named, row) where a heading names the text
    others: list[tuple[int, int]] = []
    alone: list[int] = []                  # rows whose headings name the text and nothing else
    # From the first row with content: a part of a sheet (`stacked`) starts further down.
    first = next((k for k, row in enumerate(grid.rows) if row), 0)
    for r, row in enumerate(grid.rows[first:first + HEADER_SEARCH_ROWS], start=first + 1):
        if sum(not blank(v) for v in row) < 2 or any(_is_sentence(v) for v in row):
            continue
        mapping = map_headers(row, side, settings)
        keys = [header_key(h) for h in row]
        names_text = "text" in mapping.values() or any(
            f == "text" for k in keys for f, _, _ in header_claims(k, side)) or bool(
            item_pairs(row))
        # One named field is enough only where it is the config's own text header: a legend
        # sheet's "The recommendation is implemented" must not become a table by a config.
        configured = "text" in settings.columns and vocab.key(settings.columns["text"]) in keys
        if names_text and (len(mapping) >= 2 or configured):
            named.append((len(mapping), r))
        elif not names_text and mapping:
            others.append((len(mapping), r))
        elif any(why == "header word" for k in keys for f, _, why in header_claims(k, side)
                 if f == "text"):
            alone.append(r)          # "recommendation_text": a heading naming it outright
    for n, r in sorted(named, key=lambda t: (-t[0], t[1])):
        choices, _ = choose_columns(grid, r, side, settings)
        if "text" in choices:
            if above := _header_above(grid, r, n, others, side, settings):
                return above
            return _second_line(grid, r, side, settings, choices)
    for n, r in sorted(others, key=lambda t: (-t[0], t[1])):
        if found := _by_content(grid, r, n, side, settings):
            return found
    for r in alone:
        if found := _text_named_alone(grid, r, side, settings):
            return found
    return None, {}


def _text_named_alone(grid: Grid, r: int, side: str, settings: SideSettings
                      ) -> tuple[int, dict[str, Choice]] | None:
    """Row r as the header when its headings name only the text (a web scraper's columns:
    "recommendation", "recommendation_text", "history") but what its columns hold names
    another field too (reports by content), the text over many rows of free text: a key
    sheet's "Recommendation status | Meaning" has a few."""
    return _text_in(grid, r, side, settings, _ALONE_ROWS, fields=2)


#: Rows of free text under a header naming only the text.
_ALONE_ROWS = 8


def _is_sentence(value: object) -> bool:
    """A cell written as a sentence ("IM audit schedule and IMGB minutes seen; closure
    agreed."): a row holding one is a row of a table, never its header."""
    return isinstance(value, str) and value.rstrip().endswith(".") and len(value.split()) >= 5


def _by_content(grid: Grid, r: int, n: int, side: str, settings: SideSettings
                ) -> tuple[int, dict[str, Choice]] | None:
    """Row r as the header when its headings name other fields (`n` of them) above a
    column of long free text, which is then the text."""
    # Two named fields at least: a key sheet ("Status | Meaning") has one and sentences.
    return _text_in(grid, r, side, settings, CONTENT_TEXT_ROWS) if n >= 2 else None


def _text_in(grid: Grid, r: int, side: str, settings: SideSettings, rows: int,
             fields: int = 1) -> tuple[int, dict[str, Choice]] | None:
    """Row r as the header when the columns under it, read by what they hold, give the text
    (free text over `rows` rows at least) and `fields` fields in all."""
    choices, profiles = choose_columns(grid, r, side, settings)
    text = choices.get("text")
    if text is None or len(choices) < fields or profiles[text.col].filled < rows:
        return None
    return (r, choices) if looks_like_text(profiles[text.col]) else None


#: Rows of items between a header and a later row that only looks like one.
_ITEMS_BETWEEN = 2


def _header_above(grid: Grid, r: int, n: int, others: list[tuple[int, int]], side: str,
                  settings: SideSettings) -> tuple[int, dict[str, Choice]] | None:
    """A header above row r naming more fields, with rows of items between them: row r is
    an item whose cells read like headings ("AFI" in the type column, "In progress"), not
    the header ("No. | What we will do | Type | Lead | Due | Progress update | Status")."""
    for n_above, above in sorted(others, key=lambda t: (-t[0], t[1])):
        if above >= r or n_above <= n:
            continue
        found = _by_content(grid, above, n_above, side, settings)
        if found is None:
            continue
        col = found[1]["text"].col
        items = sum(_long_text(v) for row in grid.rows[above:r - 1] for v in row[col:col + 1])
        # Row r's own cell there a sentence no heading claims: row r is the first item.
        mine = grid.rows[r - 1][col] if col < len(grid.rows[r - 1]) else None
        first = _long_text(mine) and not header_claims(header_key(mine), side)
        if items >= _ITEMS_BETWEEN or first:
            return found
    return None


def _long_text(value: Any) -> bool:
    """A cell of free text (as `columns.Profile.free_text` counts it)."""
    return isinstance(value, str) and len(value.split()) >= FREE_TEXT_WORDS


#: A header's second line holds a word or two per heading ("ref" under "HMICFRS").
_SECOND_LINE_WORDS = 3


def _second_line(grid: Grid, r: int, side: str, settings: SideSettings,
                 choices: dict[str, Choice]) -> tuple[int, dict[str, Choice]]:
    """A header written on two lines, as a PDF converter leaves it ("HMICFRS" over "ref",
    "Date" over "published"): when the row under the header holds only a word or two under
    headings, and the headings read with them name more fields, the header is the two lines
    joined, on the second row (the rows of items start under it). Else (r, choices)."""
    if r >= len(grid.rows):
        return r, choices
    if (grouped := _grouped_line(grid, r)) is not None:
        grid.rows[r] = grouped     # the header as one line, on its second row
        return r + 1, choose_columns(grid, r + 1, side, settings)[0]
    top, below = grid.rows[r - 1], grid.rows[r]
    cells = [(c, v) for c, v in enumerate(below) if not blank(v)]
    if not cells or any(not isinstance(v, str) or len(v.split()) > _SECOND_LINE_WORDS
                        or c >= len(top) or blank(top[c]) for c, v in cells):
        return r, choices
    joined = [f"{h} {below[c]}".strip() if c < len(below) and not blank(below[c]) else h
              for c, h in enumerate(top)]
    if len(map_headers(joined, side, settings)) <= len(map_headers(top, side, settings)):
        return r, choices
    grid.rows[r] = list(joined)     # the header as one line, on its second row
    return r + 1, choose_columns(grid, r + 1, side, settings)[0]


#: Sub-headings a group heading may stand over.
_SUBHEADINGS = 2


def _grouped_line(grid: Grid, r: int) -> list[Any] | None:
    """A header on two rows, a heading merged across the columns of a group over their own
    headings under it ("HMICFRS status (tick one)" over "AR | BP | C | S | NFA"), each other
    heading merged down both rows: the header as one line, each column's lowest heading.
    None for any other pair of rows."""
    top, below = grid.rows[r - 1], grid.rows[r]
    line, group, subs = list(top) + [None] * max(0, len(below) - len(top)), None, 0
    for c in range(len(line)):
        v = below[c] if c < len(below) else None
        if c < len(top) and not blank(top[c]):
            group = c if (r, c + 1) in grid.wide_merges else None
            if (r + 1, c) in grid.merged_down or blank(v):
                continue          # a heading over both rows, or one with no sub-heading
        if blank(v):
            continue
        if group is None or not isinstance(v, str) or len(v.split()) > _SECOND_LINE_WORDS:
            return None           # a cell under no group: an item's, not a heading
        line[c], subs = v, subs + 1
    return line if subs >= _SUBHEADINGS else None


def likely_text_column(grid: Grid, header_row: int) -> int | None:
    """The column under a header holding the most free text: what to suggest mapping."""
    headers = grid.rows[header_row - 1]
    profiles = profile_columns(sample_below(grid, header_row), len(headers))
    named = [c for c in range(len(headers)) if not blank(headers[c]) and profiles[c].filled]
    if not named:
        return None
    best = max(named, key=lambda c: (profiles[c].free_text, profiles[c].mean_len))
    p = profiles[best]
    return best if p.free_text > 0 or p.mean_len >= 25 else None
