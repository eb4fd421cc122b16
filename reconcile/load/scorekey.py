"""A force status kept as a score with a key on the sheet: "Assurance rating (0-4)" beside
"0 – not started … 3 – delivered, awaiting evidence; 4 – complete and evidenced". What the
key says each score means decides, over a RAG column often left as it was."""

from __future__ import annotations

import re
from typing import Any

from ..config import SideSettings
from ..normalise import norm_status, status_table
from .grid import Grid
from .sheetfacts import at_cell, ranges
from .table import Table

#: A score's heading: "Assurance rating (0-4)", "Progress score", "Delivery level".
_SCORE_HEADER = re.compile(r"\b(?:score|rating|level)\b", re.IGNORECASE)
#: ... not a risk's or a priority's.
_NOT_PROGRESS = re.compile(r"\b(?:risk|priority|impact|likelihood|severity|confidence)\b",
                           re.IGNORECASE)
#: A key's line in one cell: "4 – Complete and evidenced", "3 = delivered".
_LINE = re.compile(r"^\s*(\d{1,2})\s*[-\u2013\u2014=:.)]\s*(\S.*)$", re.DOTALL)
#: The fewest scores a key names (a run of them: 0-4, 1-5).
_LINES = 3
_HIGHEST = 10


def score_key(grid: Grid, item_rows: set[int] = frozenset(), mapped: set[int] = frozenset()
              ) -> dict[int, str]:
    """score -> what it means, from the sheet's key (below the table or beside it): a
    score then its meaning in the next cell, or both in one cell, a run of three or more.
    On an item's row only the cells beside the table count (its own number and text are
    no key)."""
    by_col: dict[int, dict[int, str]] = {}
    for r, row in enumerate(grid.rows, start=1):
        for c, v in enumerate(row):
            if r in item_rows and (c in mapped or c + 1 in mapped):
                continue
            found = _key_line(v, row[c + 1] if c + 1 < len(row) else None)
            if found is not None:
                by_col.setdefault(c, {}).setdefault(*found)
    best = max(by_col.values(), key=len, default={})
    numbers = sorted(best)
    if len(numbers) < _LINES or numbers[-1] - numbers[0] != len(numbers) - 1:
        return {}
    return best


def _score(value: Any) -> int | None:
    """A cell holding a whole number, typed as one or as text ("3")."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return int(value) if isinstance(value, str) and value.strip().isdigit() else None


def _key_line(value: Any, beside: Any) -> tuple[int, str] | None:
    if isinstance(value, str) and (m := _LINE.match(value)) and len(m.group(2).split()) >= 2:
        n = int(m.group(1))
        return (n, " ".join(m.group(2).split())) if n <= _HIGHEST else None
    number = _score(value)
    if number is not None and 0 <= number <= _HIGHEST and isinstance(beside, str) \
            and len(beside.split()) >= 2:
        return number, " ".join(beside.split())
    return None


def status_from_score(table: Table, items: list[dict[str, Any]], settings: SideSettings,
                      notes: list[str]) -> None:
    """Each item's status from its score, as the sheet's key reads it ("Complete (Assurance
    rating 4: Complete and evidenced)"), over the status cell: only for a key of progress
    (one score at least reads as done and one as open) and a column of scores it names."""
    col = next((c for c, h in enumerate(table.headers) if isinstance(h, str)
                and _SCORE_HEADER.search(h) and not _NOT_PROGRESS.search(h)), None)
    if col is None:
        return
    key = score_key(table.grid, {item["row"] for item in items}, set(table.mapping))
    words = status_table("force", settings)
    states = {n: norm_status(meaning, words, anywhere=False) for n, meaning in key.items()}
    if "done" not in states.values() or not {"open", "unknown"} & set(states.values()):
        return
    scored = []
    for item in items:
        v = at_cell(table.grid, item["row"], col)
        n = _score(v)
        if n is None or n not in key:
            continue
        word = "Complete" if states[n] == "done" else "Open"
        item["status"] = f"{word} ({str(table.headers[col]).strip()} {n}: {key[n]})"
        scored.append(item["row"])
    if scored:
        done = ", ".join(str(n) for n, s in sorted(states.items()) if s == "done")
        notes.append(f"status read from '{str(table.headers[col]).strip()}' by the sheet's key "
                     f"(score {done} is done, the others open), over the status cell: rows "
                     f"{ranges(scored)}")
