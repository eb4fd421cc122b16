"""Word-level differences drawn inside a text cell, so a reader sees at once why a pair differs.

In the HMICFRS text, words the force's text lacks are red and struck through; in the force's
text, words HMICFRS's lacks are blue and bold. Spacing and line breaks are kept as written.
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from ..textdiff import word_opcodes
from .cells import clean

_WORD = re.compile(r"\S+")  # the same tokens as textdiff.word_opcodes

PLAIN = InlineFont(rFont="Calibri", sz=11)
DELETED = InlineFont(rFont="Calibri", sz=11, color="C00000", strike=True)
INSERTED = InlineFont(rFont="Calibri", sz=11, color="0070C0", b=True)

#: Below this share of words in common the texts are worded differently throughout, and
#: marking nearly every word would hide more than it shows.
MIN_SIMILARITY = 0.4


def _segments(text: str, differs: list[bool]) -> list[tuple[str, bool]]:
    """The text cut into (piece, differs) runs; a space between two changed words is changed."""
    out: list[tuple[str, bool]] = []
    end = 0
    words = list(_WORD.finditer(text))
    for k, m in enumerate(words):
        gap = text[end:m.start()]
        if gap:
            out.append((gap, k > 0 and differs[k - 1] and differs[k]))
        out.append((m.group(), differs[k]))
        end = m.end()
    if text[end:]:
        out.append((text[end:], False))
    merged: list[tuple[str, bool]] = []
    for piece, flag in out:
        if merged and merged[-1][1] == flag:
            merged[-1] = (merged[-1][0] + piece, flag)
        else:
            merged.append((piece, flag))
    return merged


def word_runs(a: str, b: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]], float]:
    """Each text as runs marking the words the other lacks, and the share of words in common."""
    ops = word_opcodes(a, b)
    da: list[bool] = []
    db: list[bool] = []
    for tag, wa, wb in ops:
        da += [tag != "equal"] * len(wa)
        db += [tag != "equal"] * len(wb)
    na, nb = len(_WORD.findall(a)), len(_WORD.findall(b))
    if (len(da), len(db)) != (na, nb):  # pragma: no cover - tokenisers out of step: a bug
        raise AssertionError("word_opcodes and richtext split words differently")
    same = sum(len(wa) for tag, wa, _ in ops if tag == "equal")
    return _segments(a, da), _segments(b, db), 2 * same / max(na + nb, 1)


def rich(runs: list[tuple[str, bool]], font: InlineFont) -> CellRichText | str:
    """A rich-text value, or plain text when nothing differs."""
    if not any(flag for _, flag in runs):
        return clean("".join(p for p, _ in runs))
    return CellRichText([TextBlock(font if flag else PLAIN, clean(piece)) for piece, flag in runs])


def pair_texts(hmicfrs: Any, force: Any, split: bool = False) -> tuple[Any, Any]:
    """The two texts of a pair as cell values with their differences marked.

    For one part of a split recommendation only the force's words are marked: its part is
    meant to cover only some of the HMICFRS text.
    """
    if not isinstance(hmicfrs, str) or not isinstance(force, str):
        return hmicfrs, force
    a, b = clean(hmicfrs), clean(force)
    runs_a, runs_b, similarity = word_runs(a, b)
    if similarity < MIN_SIMILARITY:
        return a, b
    return (a if split else rich(runs_a, DELETED)), rich(runs_b, INSERTED)
