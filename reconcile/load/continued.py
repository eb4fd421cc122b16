"""A text kept across columns. A list whose text field holds 255 characters (a SharePoint
list's "single line of text", a database export) carries each recommendation on in further
columns: "Recommendation text" | "(cont.)" | "(cont. 2)" | "(cont. 3)". The parts are one
text: a part cut at exactly 255 characters was cut mid-word and joins the next with no
space; one cut by hand at a space joins it with one."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from .grid import Grid, blank
from .sheetfacts import at_cell

#: A heading carrying the text on: "(cont.)", "(cont. 2)", "Text (continued)", "cont'd 3".
_CONTINUED = re.compile(r"\(?\s*(?:cont(?:inued|['’]d|\.)?|continuation)\s*\.?\s*\d*\s*\)?\s*$",
                        re.IGNORECASE)
#: A field's length limit: a part this long was cut there, mid-word.
_CUT_AT = (255, 256)


def continued_columns(headers: list[Any], text_col: int, mapping: dict[int, str]) -> list[int]:
    """The columns after the text's that carry it on, in order."""
    out = []
    for col in range(text_col + 1, len(headers)):
        h = headers[col]
        if col in mapping or not isinstance(h, str) or not _CONTINUED.search(h.strip()):
            if out:
                break
            continue
        out.append(col)
    return out


def joined_texts(grid: Grid, headers: list[Any], text_col: int, mapping: dict[int, str],
                 items: list[dict[str, Any]]) -> str | None:
    """Each item's text with its continuation columns joined on (in place); a note, or None."""
    cols = continued_columns(headers, text_col, mapping)
    if not cols:
        return None
    joined = 0
    for item in items:
        text = item.get("text")
        if not isinstance(text, str):
            continue
        parts = [text]
        for col in cols:
            v = at_cell(grid, item["row"], col)
            if blank(v):
                break
            parts.append(str(v))
        if len(parts) == 1:
            continue
        out = parts[0]
        for prev, part in pairwise(parts):
            out += part if len(prev) in _CUT_AT else " " + part.lstrip()
        item["text"] = out
        joined += 1
    named = ", ".join(f"'{str(headers[c]).strip()}'" for c in cols)
    return (f"the text carried on in {named} (a field of 255 characters): joined into one "
            f"text on {joined} rows") if joined else None
