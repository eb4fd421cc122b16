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
