"""Word-level differences drawn inside a text cell, so a reader sees at once why a pair differs.

In the HMICFRS text, words the force's text lacks are red and struck through; in the force's
text, words HMICFRS's lacks are blue and bold. Spacing and line breaks are kept as written.
"""

from __future__ import annotations

import difflib
import functools
import re
from typing import Any

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from .cells import clean

_WORD = re.compile(r"\S+")  # the same tokens as textdiff.word_opcodes
_SPACE = re.compile(r"(\S+)")   # split on words, keeping them: gaps at even places
_EDGE = re.compile(r"^\W+|\W+$")

PLAIN = InlineFont(rFont="Calibri", sz=11)
DELETED = InlineFont(rFont="Calibri", sz=11, color="C00000", strike=True)
INSERTED = InlineFont(rFont="Calibri", sz=11, color="0070C0", b=True)

#: Below this share of words in common the texts are worded differently throughout, and
#: marking nearly every word would hide more than it shows.
MIN_SIMILARITY = 0.4


def _segments(text: str, differs: list[bool]) -> list[tuple[str, bool]]:
    """The text cut into (piece, differs) runs; a space between two changed words is changed."""
    parts = _SPACE.split(text)          # gap, word, gap, word, ..., gap (gaps may be empty)
    out: list[tuple[str, bool]] = []
    piece, flag = parts[0], False       # leading space: unchanged
    for k, d in enumerate(differs):
        gap, word = parts[2 * k], parts[2 * k + 1]
        if k:
            gap_flag = differs[k - 1] and d
            if gap_flag == flag:
                piece += gap
            else:
                out.append((piece, flag))
                piece, flag = gap, gap_flag
        if d == flag:
            piece += word
        else:
            if piece:
                out.append((piece, flag))
            piece, flag = word, d
    tail = parts[-1] if differs else ""
    if tail and flag:
        out.append((piece, flag))
        piece, flag = tail, False
    else:
        piece += tail
    if piece or not out:
        out.append((piece, flag))
    return out


@functools.lru_cache(maxsize=1 << 16)
def _key(word: str) -> str:
    """As ``textdiff.word_opcodes`` compares words: lower case, no punctuation around them."""
    return _EDGE.sub("", word.lower())


@functools.lru_cache(maxsize=4096)
def word_runs(a: str, b: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]], float]:
    """Each text as runs marking the words the other lacks, and the share of words in common.

    The same comparison as ``textdiff.word_opcodes`` (difflib over the same word keys), with
    each word's key worked out once: most words recur across a large list.
    """
    wa, wb = _WORD.findall(a), _WORD.findall(b)
    sm = difflib.SequenceMatcher(None, [_key(w) for w in wa], [_key(w) for w in wb],
                                 autojunk=False)
    da, db = [True] * len(wa), [True] * len(wb)
    same = 0
    for i, j, n in sm.get_matching_blocks():
        da[i:i + n] = [False] * n
        db[j:j + n] = [False] * n
        same += n
    return _segments(a, da), _segments(b, db), 2 * same / max(len(wa) + len(wb), 1)


def rich(runs: list[tuple[str, bool]], font: InlineFont) -> CellRichText | str:
    """A rich-text value, or plain text when nothing differs (runs of text already clean)."""
    if not any(flag for _, flag in runs):
        return "".join(p for p, _ in runs)
    return CellRichText([TextBlock(font if flag else PLAIN, piece) for piece, flag in runs])


def pair_texts(hmicfrs: Any, force: Any, split: bool = False) -> tuple[Any, Any]:
    """The two texts of a pair as cell values with their differences marked.

    For one part of a split recommendation only the force's words are marked: its part is
    meant to cover only some of the HMICFRS text.
    """
    if not isinstance(hmicfrs, str) or not isinstance(force, str):
        return hmicfrs, force
    a, b = clean(hmicfrs), clean(force)
    if a == b:                      # nothing to mark
        return a, b
    runs_a, runs_b, similarity = word_runs(a, b)
    if similarity < MIN_SIMILARITY:
        return a, b
    return (a if split else rich(runs_a, DELETED)), rich(runs_b, INSERTED)
