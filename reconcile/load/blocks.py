"""What sits between and above a tracker's blocks of items besides report titles: a block's
counts ("3 Recommendations | 3 Completed"), its details ("Published: 09 July 2013   Applicable
Forces: ..."), and the key to the colours and words its statuses use ("Green | On track")."""

from __future__ import annotations

import re
from typing import Any

from .. import vocab
from ..normalise import published_text
from .grid import Grid, blank

#: A row under a report's title giving its details, not another report's title.
_DETAILS = re.compile(r"\s*(published|publication date|date published|applicable forces)\b",
                      re.IGNORECASE)
#: "3 Recommendations | 3 Completed", "10 AFIs": a block's counts, every cell a number and a word.
_COUNT = re.compile(r"\s*\d{1,4}\s+[A-Za-z][A-Za-z ]{0,30}\s*")
#: "GREEN – The recommendation is implemented" in one cell.
_COLOURS = vocab.LEGEND_WORDS - {"key", "legend"}
_KEY_LINE = re.compile(rf"\s*({'|'.join(sorted(_COLOURS))})\s*[-:–=]\s*(.{{6,}})", re.IGNORECASE)


#: "– published June 2016" and all after it: what a report's own record adds to its name;
#: or a bare date after a dash ("HMICFRS/HMIP unannounced custody inspection – Aug 2018").
_PUBLISHED_TAIL = re.compile(r"\s*[-–—:,(]?\s*\(?\s*published\b.*$", re.IGNORECASE)
_DATE_TAIL = re.compile(r"\s+[-–—]\s*((?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                        r"nov|dec)[a-z]*\.?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})\s*$", re.IGNORECASE)


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
    if re.search(r"\bpublished\b", text, re.IGNORECASE) and (published := published_text(text)):
        name = _PUBLISHED_TAIL.sub("", text)
    elif m := _DATE_TAIL.search(text):
        name, published = text[:m.start()], m.group(1)
    else:
        return None
    names = [str(v) for c, v in enumerate(row) if c != text_col and isinstance(v, str)
             and " " in v.strip() and len(v.split()) <= 8]
    name = " – ".join(" ".join(n.split()) for n in [*names, name] if n.strip())
    return (name, published) if re.search(r"[A-Za-z]{3}", name) else None


#: How the rest of a text cut by a page break starts: in lower case, or with a bullet.
_REST = re.compile(r"\s*(?:[a-z]|[•●▪◦‣∙·\uf0b7-]\s*\S)")


def continues(rows: list[list[Any]], r: int, text_col: int, filled: list[int],
              above: tuple[int, int]) -> bool:
    """Row r holds only the rest of an item's text, cut by a page break where a Word table
    was pasted into Excel ("… the use of stop and search" / "many forces are unable to
    explain."): right under the item's row, the rest joined so far, or the next page's
    heading (`above`), starting in lower case or with a bullet, with no status of its own
    (the caller checks) and its other cells (if any) repeating the item's (merged down)."""
    text = rows[r - 1][text_col] if text_col < len(rows[r - 1]) else None
    if r - 1 not in above or not isinstance(text, str) or not _REST.match(text):
        return False
    item = rows[above[0] - 1]
    return all(c == text_col or (c < len(item) and item[c] == rows[r - 1][c]) for c in filled)


def joined_text(text: Any, rest: str) -> str:
    """An item's text with the rest of it from the row below: a bullet on a line of its own."""
    rest = rest.strip()
    sep = "\n" if rest[0] in "•●▪◦‣∙·\uf0b7-" else " "
    return f"{str(text or '').rstrip()}{sep}{rest}"


def is_details(value: str) -> bool:
    return bool(_DETAILS.match(value))


def is_counts(row: list[Any], filled: list[int]) -> bool:
    return len(filled) <= 3 and all(isinstance(row[c], str) and _COUNT.fullmatch(row[c])
                                    for c in filled)


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
        elif len(cells) == 1 and is_details(first):
            seen, published = True, published_text(first)
        else:
            title = len(cells) == 1 and re.search(r"[A-Za-z]{3}", first)
            return (" ".join(first.split()), published) if seen and title else (None, None)
        r -= 1
    return None, None


def legend_entries(grid: Grid, rows: list[int]) -> tuple[tuple[str, str], ...]:
    """(colour, what it means) for each line of a key on the sheet: "Green | On track –
    action in progress" in two cells, or "GREEN – The recommendation is implemented" in one.
    A tracker's own key says what its colours mean (in BRAG, Green is on track, not done)."""
    out = []
    for r in rows:                    # rows that are not items: a key never is one
        cells = [v for v in grid.rows[r - 1] if not blank(v)]
        if len(cells) == 2 and isinstance(cells[1], str) and vocab.key(cells[0]) in _COLOURS \
                and len(cells[1].split()) >= 2:
            out.append((str(cells[0]).strip(), cells[1].strip()))
        elif len(cells) == 1 and isinstance(cells[0], str) and (m := _KEY_LINE.match(cells[0])):
            out.append((m.group(1), m.group(2).strip()))
    return tuple(out)
