"""A FileMaker export's own marks inside a field. FileMaker writes a line break inside a field
as a vertical tab (0x0B), where Excel writes a line feed; and a repeating field (a RAG per
review quarter, an update per meeting) as its repetitions in one cell, split by the group
separator (0x1D), empty ones kept. Read as they are, "Open<GS>Open<GS>Closed" is one status
saying three things, and an update's lines run together."""

from __future__ import annotations

from typing import Any

from ..normalise import builtin_statuses, norm_status

#: FileMaker's line break inside a field, and the separator of a repeating field's values.
_LINE_BREAK, _REPEAT = "\x0b", "\x1d"
#: Share of a column's filled repetitions that must read as statuses for its last filled one
#: to stand for the record (a status's history); else the repetitions are lines of one value.
_STATUSES = 0.8


def read_repetitions(rows: list[list[Any]]) -> tuple[list[list[Any]], str]:
    """The rows with FileMaker's marks read: its line breaks as line breaks; a repeating field
    of statuses ("G - On track<GS>A - At risk<GS><GS>B - Complete", one per review) as its last
    filled repetition, the current one, as FileMaker lists them in the order filled; any other
    repeating field as its filled repetitions one per line. A note says which columns held
    repetitions; '' when none did."""
    if not any(isinstance(v, str) and (_LINE_BREAK in v or _REPEAT in v) for r in rows for v in r):
        return rows, ""
    rows = [[v.replace(_LINE_BREAK, "\n") if isinstance(v, str) else v for v in r] for r in rows]
    width = max((len(r) for r in rows), default=0)
    table = builtin_statuses("force")
    current: list[int] = []
    for c in range(width):
        cells = [r[c] for r in rows if c < len(r) and isinstance(r[c], str) and _REPEAT in r[c]]
        if not cells:
            continue
        filled = [p.strip() for v in cells for p in v.split(_REPEAT) if p.strip()]
        last = (sum(norm_status(p, table) not in ("", "unknown") for p in filled) >= _STATUSES * len(filled)
                if filled else False)
        if last:
            current.append(c)
        for r in rows:
            if c < len(r) and isinstance(r[c], str) and _REPEAT in r[c]:
                parts = [p.strip() for p in r[c].split(_REPEAT) if p.strip()]
                r[c] = (parts[-1] if last else "\n".join(parts)) if parts else ""
    if not current:
        return rows, ""
    heads = ", ".join(f"'{rows[0][c]}'" if rows and c < len(rows[0]) and rows[0][c] else
                      f"column {c + 1}" for c in current)
    return rows, (f"{heads} held a repeating field's values (one per review, split by FileMaker's "
                  "separator): the last filled one is read as the record's current status")
