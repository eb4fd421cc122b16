"""A tracker kept at report level: one row per report, its items a numbered list in one cell
("1. The force should … (complete)\\n2. Chief constables should … (ongoing)\\n3. …"), the
row's status one word for them all.

Each entry is read as an item the row holds: its own text, its own status when a note after
it gives one ("(complete)", "(ongoing)"), else the row's. Only a cell that is nothing but the
list, or whose words before it ask nothing ("4 national recs:") while each entry asks on its
own: an item's own numbered points ("Within six months, forces should:\\n1. review …") stay
one text.
"""

from __future__ import annotations

import re

import pandas as pd

#: "1. …", "2) …" at the start of a line, numbered from 1 without a gap; or labelled by
#: type, "Rec 1 – …", "AFI 3: …", numbered as the report numbers them (gaps allowed).
_ENTRY = re.compile(r"^\s*(?:(rec(?:ommendation)?|afi|area for improvement)\s*)?(\d{1,2})"
                    r"(?:[.)]|\s*[–—:-])\s+(\S.*?)\s*$", re.IGNORECASE)
#: A note after an entry giving its own status: "(complete)", "(ongoing - annual)".
_NOTE = re.compile(r"\s*\((complete|completed|done|closed|ongoing|in progress|open|"
                   r"not started)\b[^)]*\)\s*\.?\s*$", re.IGNORECASE)
#: What a recommendation asks of someone; a heading, key, note or report's title asks nothing
#: (one test for the loader and the normaliser both).
ASKS = re.compile(r"\b(?:should|must)\b", re.IGNORECASE)
#: Each entry this long at least: shorter lines are a list of actions or headings.
MIN_WORDS = 6


def numbered_entries(text: object) -> list[tuple[int, str, str | None]]:
    """[(its number, entry text, its own status or None)] when `text` is a numbered list of
    two or more items and nothing else, else []."""
    if not isinstance(text, str) or "\n" not in text:
        return []
    entries: list[list] = []
    lead: list[str] = []
    for line in (ln for ln in text.splitlines() if ln.strip()):
        m = _ENTRY.match(line)
        n = int(m.group(2)) if m else 0
        labelled = bool(m and m.group(1))
        if m and (not m.group(1)) and not re.match(r"^\s*\d{1,2}[.)]", line):
            m = None                                  # "3 – …" unlabelled: not a list's point
        if m and (n == len(entries) + 1 or (labelled and entries and n > entries[-1][0])
                  or (labelled and not entries)):
            entries.append([n, m.group(3)])
        elif entries:
            entries[-1][1] += " " + line.strip()     # an entry wrapped onto a second line
        else:
            lead.append(line)
    if len(entries) < 2 or any(len(e.split()) < MIN_WORDS for _, e in entries):
        return []
    # Words before the list: one text ("Within six months, forces should:\n1. review …"),
    # unless they ask nothing and each entry asks on its own ("4 national recs:\n1. Chief
    # Constables should …\n2. …").
    if lead and (any(ASKS.search(x) for x in lead)
                 or not all(ASKS.search(e) for _, e in entries)):
        return []
    out = []
    for n, entry in entries:
        m = _NOTE.search(entry)
        out.append((n, entry[:m.start()].rstrip(" ;,") if m else entry,
                    m.group(1).capitalize() if m else None))
    return out


#: Words before a row's summaries naming the items it holds: "Recs 1-4 (all forces): ",
#: "Policing in Austerity recs 1, 2 & 4 – ".
_NAMES_ITEMS = re.compile(
    r"^[^;:\u2013\u2014]{0,80}?\b(?:recs?|recommendations|afis?|areas\s+for\s+improvement)\s*"
    r"\d{1,2}(?:\s*(?:-|\u2013|to|,|&|and)\s*\d{1,2})+\b[^;:\u2013\u2014]{0,30}?\s*[:\u2013\u2014-]\s+",
    re.IGNORECASE)
#: Where a force's clauses part: a semicolon ("review savings plans; assess the scope …").
SEMICOLON = r"\s*;\s*(?:and\s+|or\s+)?"
#: Where a row's summaries part: a semicolon, or a line or bullet of their own.
_CLAUSE = re.compile(SEMICOLON + r"|\s*\n\s*(?:[•·▪●■\-–*]\s*)?|\s*[•·▪●■]\s*")
#: A clause this long at least is a summary of an item (shorter: a list of actions).
CLAUSE_WORDS = 4


def clause_entries(text: object) -> list[str]:
    """The summaries of a force row holding several items in its own words, one clause each
    ("Recs 1-4 (all forces): review savings plans using VfM profiles; assess scope where
    <10% of savings via collaboration; …"), or [] for a row in one piece. Not a copy of a
    recommendation (it asks something of someone: its clauses are one item's). A row of
    one item's bullets gives entries too: the matcher pairs a row as a list only where its
    clauses read two items or more, each clearly."""
    if not isinstance(text, str) or ASKS.search(text):
        return []
    body = _NAMES_ITEMS.sub("", text.strip(), count=1)
    parts = [p.strip(" .") for p in _CLAUSE.split(body) if p.strip(" .")]
    if len(parts) < 2 or any(len(p.split()) < CLAUSE_WORDS for p in parts):
        return []
    return parts


def list_entries(text: object) -> list[tuple[str, str | None]]:
    """[(entry text, its own status or None)] of `numbered_entries`."""
    return [(entry, own) for _, entry, own in numbered_entries(text)]


#: A line of a status cell that numbers its items like the list beside it: "2. Ongoing",
#: "1-2 Complete", "Rec 3 – In progress".
_STATUS_LINE = re.compile(r"^\s*(?:(?:rec(?:ommendation)?|afi|item)\s*)?(\d{1,2})"
                          r"(?:\s*[-–]\s*(\d{1,2}))?\s*[.):]?\s*[-–:]?\s*(\S.*?)\s*$",
                          re.IGNORECASE)


def status_lines(status: object) -> dict[int, str]:
    """{item number: its status} when a status cell gives one line per numbered item ("1.
    Complete\n2. Ongoing", "1-2 Complete\n3 Ongoing"); {} for a status of the whole row."""
    if not isinstance(status, str) or "\n" not in status.strip():
        return {}
    out: dict[int, str] = {}
    for line in (ln for ln in status.splitlines() if ln.strip()):
        m = _STATUS_LINE.match(line)
        if m is None:
            continue
        first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        for n in range(first, min(last, first + 20) + 1):
            out[n] = m.group(3)
    return out if len(out) >= 2 else {}


def entry_rows(items: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """One raw row per entry of each listed cell (`columns` copied from its row, the text and
    status its own: a note after it, else its line of a status cell numbered like the list,
    else the row's), with `list_row` (the row's position), `entry` (its number) and `clause`
    (a summary of a row's clauses, `clause_entries`, not a numbered list's entry)."""
    rows = []
    values = {c: items[c].tolist() for c in columns}     # a pandas look-up per cell costs more
    for pos, (text, status) in enumerate(zip(items["text"].tolist(), items["status"].tolist(),
                                             strict=True)):
        entries = numbered_entries(text)
        lines = status_lines(status) if entries else {}
        clauses = [] if entries else clause_entries(text)
        for n, (number, entry, own) in enumerate(entries, start=1):
            row = {c: values[c][pos] for c in columns}
            row.update(text=entry, status=own or lines.get(number) or status, list_row=pos,
                       entry=n, clause=False)
            rows.append(row)
        for n, clause in enumerate(clauses, start=1):
            row = {c: values[c][pos] for c in columns}
            row.update(text=clause, status=status, list_row=pos, entry=n, clause=True)
            rows.append(row)
    return pd.DataFrame(rows, columns=[*columns, "list_row", "entry", "clause"])
