"""A tracker kept at report level: one row per report, its items a numbered list in one cell
("1. The force should … (complete)\\n2. Chief constables should … (ongoing)\\n3. …"), the
row's status one word for them all.

Each entry is read as an item the row holds: its own text, its own status when a note after
it gives one ("(complete)", "(ongoing)"), else the row's. Only a cell that is nothing but the
list: an item's own numbered points ("Within six months, forces should:\\n1. review …") have
words before the list and stay one text.
"""

from __future__ import annotations

import re

import pandas as pd

#: "1. …", "2) …" at the start of a line, numbered from 1 without a gap.
_ENTRY = re.compile(r"^\s*(\d{1,2})[.)]\s+(\S.*?)\s*$")
#: A note after an entry giving its own status: "(complete)", "(ongoing - annual)".
_NOTE = re.compile(r"\s*\((complete|completed|done|closed|ongoing|in progress|open|"
                   r"not started)\b[^)]*\)\s*\.?\s*$", re.IGNORECASE)
#: Each entry this long at least: shorter lines are a list of actions or headings.
MIN_WORDS = 6


def list_entries(text: object) -> list[tuple[str, str | None]]:
    """[(entry text, its own status or None)] when `text` is a numbered list of two or more
    items and nothing else, else []."""
    if not isinstance(text, str) or "\n" not in text:
        return []
    entries: list[str] = []
    for line in (ln for ln in text.splitlines() if ln.strip()):
        m = _ENTRY.match(line)
        if m and int(m.group(1)) == len(entries) + 1:
            entries.append(m.group(2))
        elif entries:
            entries[-1] += " " + line.strip()        # an entry wrapped onto a second line
        else:
            return []                                 # words before the list: one text
    if len(entries) < 2 or any(len(e.split()) < MIN_WORDS for e in entries):
        return []
    out = []
    for entry in entries:
        m = _NOTE.search(entry)
        out.append((entry[:m.start()].rstrip(" ;,") if m else entry,
                    m.group(1).capitalize() if m else None))
    return out


def entry_rows(items: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """One raw row per entry of each listed cell (`columns` copied from its row, the text and
    status its own), with `list_row` (the row's position) and `entry` (its number)."""
    rows = []
    for pos, (text, status) in enumerate(zip(items["text"].tolist(), items["status"].tolist(),
                                             strict=True)):
        for n, (entry, own) in enumerate(list_entries(text), start=1):
            row = {c: items[c].iat[pos] for c in columns}
            row.update(text=entry, status=own or status, list_row=pos, entry=n)
            rows.append(row)
    return pd.DataFrame(rows, columns=[*columns, "list_row", "entry"])
