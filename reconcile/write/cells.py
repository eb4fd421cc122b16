"""The look every sheet shares, as XlsxWriter format properties, and values made fit for a cell.

A look is a plain dict of XlsxWriter format properties (``{"bold": True}``); looks combine
with ``{**A, **B}`` and become one Format per workbook in ``book.Book.fmt``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pandas as pd

from ..vocab import RAG_WORDS, STATE_RAG

# Characters Excel refuses in a cell: control characters only.
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")

NAVY = "1F3864"
DATE_FORMAT = "dd mmm yyyy"


def colour(rgb: str) -> str:
    return "#" + rgb


def font(bold: bool = False, size: float = 11, color: str | None = None, italic: bool = False,
         underline: bool = False) -> dict[str, Any]:
    """A font look: Calibri (XlsxWriter's default face) at `size` points."""
    out: dict[str, Any] = {"font_size": size}
    if bold:
        out["bold"] = True
    if italic:
        out["italic"] = True
    if underline:
        out["underline"] = 1
    if color:
        out["font_color"] = colour(color)
    return out


def fill(rgb: str) -> dict[str, Any]:
    """A solid fill (XlsxWriter writes a solid pattern's bg_color as its foreground colour)."""
    return {"pattern": 1, "bg_color": colour(rgb)}


WRAP = {"text_wrap": True, "valign": "top"}
TOP = {"valign": "top"}
CENTRE_TOP = {"align": "center", "valign": "top"}
GRID = {"border": 1, "border_color": "#BFBFBF"}
HEAD = {**font(bold=True, color="FFFFFF"), **fill(NAVY), "text_wrap": True, "valign": "vcenter"}
#: Where a person writes: an orange heading over pale yellow cells.
INPUT_HEAD = {**HEAD, **fill("C65911")}
INPUT_FILL = fill("FFF2CC")
STALE_FILL = fill("F8CBAD")

#: RAG colours as (fill, font): a status cell shows the grade a person would recognise.
RAG = {
    "red": ("FFC7CE", "9C0006"), "amber": ("FFEB9C", "9C5700"), "green": ("C6EFCE", "006100"),
    "blue": ("BDD7EE", "1F4E78"), "grey": ("E7E6E6", "3A3838"),
}

#: The looks of the item sheets' cells.
TEXT = {**WRAP, **GRID}
NUMBER = {**TOP, **GRID, "num_format": "0"}
DECISION = {**TEXT, **INPUT_FILL}
STALE = {**TEXT, **STALE_FILL}


def rag_look(family: str) -> dict[str, Any]:
    """A status cell painted in its RAG colour."""
    background, ink = RAG[family]
    return {**TEXT, **fill(background), **font(bold=True, color=ink)}


#: The fonts of the marked words inside a cell (``richtext``), by name.
RUN_FONTS = {"deleted": {"font_color": "#C00000", "font_strikeout": True},
             "inserted": {"font_color": "#0070C0", "bold": True}}


@dataclass(frozen=True)
class Rich:
    """Text with some runs in another font: (piece, font name in RUN_FONTS or None) each."""

    runs: tuple[tuple[str, str | None], ...]

    @property
    def text(self) -> str:
        return "".join(piece for piece, _ in self.runs)


def rag_of(status: Any, state: Any) -> str | None:
    """The RAG family a status cell is painted in, or None for a blank status."""
    from .. import vocab

    if status is None or (isinstance(status, float) and pd.isna(status)) or not str(status).strip():
        return None
    word = vocab.key(status)
    return RAG_WORDS.get(word) or STATE_RAG.get(str(state or ""), "grey")


def clean(text: str) -> str:
    """Text as a cell can hold it: no control characters, within Excel's length limit."""
    text = _ILLEGAL.sub("", text)
    return text if len(text) <= 32000 else text[:31990] + " [cut]"


def cell_value(value: Any) -> Any:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if value is pd.NaT:
        return None
    if isinstance(value, tuple):
        return clean(", ".join(map(str, value)))
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, (int, float, date, Rich)):
        return value
    return clean(str(value))


_PLAIN_TEXT = {str, type(None)}
_PLAIN_NUMBER = {int, float, type(None)}


def cell_values(values: list[Any]) -> list[Any]:
    """``cell_value`` of each value of a column, a whole column at a time where it can be.

    A million cells pass through here on a national list; nearly every column is plain text
    (or plain numbers) that needs no change, which one search over the column shows.
    """
    kinds = set(map(type, values))
    if kinds <= _PLAIN_TEXT:
        texts = [v for v in values if v is not None]
        if max(map(len, texts), default=0) <= 32000 and not _ILLEGAL.search("".join(texts)):
            return list(values)
    elif kinds <= _PLAIN_NUMBER:
        return [None if v is None or v != v else v for v in values]   # NaN: blank
    return [cell_value(v) for v in values]


def shown_text(value: Any) -> str:
    """The text a cell shows, to estimate how many lines it wraps to."""
    if isinstance(value, Rich):
        return value.text
    return "" if value is None else str(value)


def line_count(text: str, per_line: int) -> int:
    """Lines a wrapped text takes in a column of `per_line` characters (each break a line)."""
    if "\n" not in text:
        return max(1, -(-len(text) // per_line))
    return sum(max(1, -(-len(p) // per_line)) for p in text.split("\n"))


def row_height(lines: float, line: float = 15.0) -> float:
    """Points for `lines` lines of text, a little generous rather than cut a line off."""
    return min(409, round(line * lines + 3))
