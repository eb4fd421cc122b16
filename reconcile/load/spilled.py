"""A CSV written by a tool that never quotes (a database's command-line client, `sqlcmd
-s","`; a hand-rolled export): every comma inside a title or a text spills the rest of the
line into more fields, so a record has 9 to 15 fields under a header of 9, its date under the
type's heading and its text cut at the first comma.

Put back as a person would: the columns' shapes are learnt from the records that have as many
fields as the header (ids, dates, codes, "NULL", words); each longer record's fields are
shared out so that every column of one shape gets one field of that shape, the columns of
free words taking the rest, joined again by the commas they lost. A record that cannot be
shared out so is left as it is.
"""

from __future__ import annotations

import re
from statistics import median

from .grid import blank
from .notitem import ruled

#: The header is in the first rows; a record longer than it on this share of the rows at least.
_LOOK, _SHARE, _LEAST = 10, 0.2, 3
#: A column of free words: most of its values this many words or more.
_FREE_WORDS = 3
#: A column of so few distinct values is a code's (a type, a status, "NULL").
_CODES = 12
_NUMBER = re.compile(r"\d{1,7}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T][\d:.]+)?|\d{1,2}/\d{1,2}/\d{2,4}(?: [\d:]+)?")
_NONE = frozenset({"", "null", "none", "n/a", "na"})


def _trimmed(row: list) -> list:
    end = len(row)
    while end and blank(row[end - 1]):
        end -= 1
    return row[:end]


def _header(rows: list[list]) -> int | None:
    for k, row in enumerate(rows[:_LOOK]):
        cells = _trimmed(row)
        if len(cells) >= _LEAST and all(isinstance(v, str) and v.strip() and len(v) <= 40
                                        and not v.strip().isdigit() for v in cells):
            return k
    return None


def _shape(values: list[str]):
    """What a column's values look like, as a test of one field; None for free words."""
    words = [len(v.split()) for v in values if v.strip().lower() not in _NONE]
    if words and median(words) >= _FREE_WORDS:
        return None
    distinct = {v.strip().lower() for v in values}
    real = [v.strip() for v in values if v.strip().lower() not in _NONE]
    if not real:          # "NULL" on every record seen: some other short value elsewhere
        return lambda v: len(v.split()) <= 1 and len(v) <= 30
    if real and all(_NUMBER.fullmatch(v) for v in real):
        return lambda v: v.strip().lower() in _NONE or bool(_NUMBER.fullmatch(v.strip()))
    if real and all(_DATE.fullmatch(v) for v in real):
        return lambda v: v.strip().lower() in _NONE or bool(_DATE.fullmatch(v.strip()))
    if len(distinct) <= _CODES:
        # Codes of one word ("NREC", "being-progressed"): another such word is one too.
        if all(len(d.split()) <= 1 for d in distinct):
            return lambda v: v.strip().lower() in _NONE or (
                len(v.split()) == 1 and len(v) <= 30 and not _NUMBER.fullmatch(v.strip()))
        return lambda v: v.strip().lower() in distinct or v.strip().lower() in _NONE
    return lambda v: "," not in v and len(v.split()) < _FREE_WORDS


def rejoined(rows: list[list], delimiter: str) -> tuple[list[list], list[int]]:
    """The records with spilled fields put back, and the (Excel) rows that were. A file of
    tables one under another (a report server's CSV: a block of counts, a blank line, the
    items under their own header) is put back table by table."""
    h = _header(rows)
    if h is None:
        return rows, []
    end = _next_table(rows, h)
    head, fixed = _rejoined(rows[:end], h, delimiter)
    if end == len(rows):
        return head, fixed
    tail, more = rejoined(rows[end:], delimiter)
    return head + tail, fixed + [end + r for r in more]


def _next_table(rows: list[list], h: int) -> int:
    """Where the next table starts below the header at `h`: a header of another width after
    a blank line; the end of the rows if none."""
    n = len(_trimmed(rows[h]))
    for k in range(h + 2, len(rows)):
        cells = _trimmed(rows[k])
        if (not _trimmed(rows[k - 1]) and len(cells) != n and _header([rows[k]]) == 0):
            return k
    return len(rows)


def _rejoined(rows: list[list], h: int, delimiter: str) -> tuple[list[list], list[int]]:
    n = len(_trimmed(rows[h]))
    body = [k for k in range(h + 1, len(rows)) if len(_trimmed(rows[k])) >= _LEAST]
    long = [k for k in body if len(_trimmed(rows[k])) > n]
    # The rule a query tool draws under its header ("-----,-----") fits it too: no record.
    well = [r for k in body if len(_trimmed(r := rows[k])) == n
            and not ruled(r, [c for c, v in enumerate(r) if not blank(v)])]
    if len(long) < max(_LEAST, _SHARE * len(body)) or len(well) < _LEAST:
        return rows, []
    shapes = [_shape([str(r[c]) if not blank(r[c]) else "" for r in well]) for c in range(n)]
    if all(s is not None for s in shapes):
        return rows, []
    out = [list(r) for r in rows]
    fixed = []
    for k in long:
        fields = ["" if blank(v) else str(v) for v in _trimmed(rows[k])]
        if (shared := _share(fields, shapes, delimiter)) is not None:
            out[k] = shared
            fixed.append(k + 1)
    return out, fixed


def _share(fields: list[str], shapes: list, delimiter: str) -> list | None:
    """The fields shared out over the columns, every shaped column's field of its shape, or
    None when they cannot be (the free columns take one field or more)."""
    n, m = len(shapes), len(fields)
    # best[c][i]: the way to fill columns c.. from field i on, shaped columns all matched.
    best: dict[tuple[int, int], list[int] | None] = {}

    def fill(c: int, i: int) -> list[int] | None:
        if c == n:
            return [] if i == m else None
        if (c, i) in best:
            return best[c, i]
        left = n - c - 1
        found = None
        if shapes[c] is not None:
            if i < m and shapes[c](fields[i]) and (rest := fill(c + 1, i + 1)) is not None:
                found = [1, *rest]
        else:
            for take in range(1, m - i - left + 1):
                if (rest := fill(c + 1, i + take)) is not None:
                    found = [take, *rest]
                    break
        best[c, i] = found
        return found

    spans = fill(0, 0)
    if spans is None:
        return None
    out, i = [], 0
    for take in spans:
        out.append(delimiter.join(fields[i:i + take]))
        i += take
    return out
