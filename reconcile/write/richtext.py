"""Word-level differences drawn inside a text cell, so a reader sees at once why a pair differs.

In the HMICFRS text, words the force's text lacks are red and struck through; in the force's
text, words HMICFRS's lacks are blue and bold. Spacing and line breaks are kept as written.
"""

from __future__ import annotations

import difflib
import functools
import re
from typing import Any

from ..textdiff import word_key
from .cells import Rich, clean

#: Split on words, keeping them (gaps at even places): the same words as textdiff.word_opcodes.
_SPACE = re.compile(r"(\S+)")

#: The fonts of marked words, by their name in ``cells.RUN_FONTS``.
DELETED, INSERTED = "deleted", "inserted"

#: Below this share of words in common the texts are worded differently throughout, and
#: marking nearly every word would hide more than it shows.
MIN_SIMILARITY = 0.4


def _segments(parts: list[str], changed: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The text cut into (piece, differs) runs; a space between two changed words is changed.

    `parts` is the text split as ``_SPACE`` splits it (gap, word, gap, ..., gap: word k at
    2k + 1), `changed` the runs of changed words as [start, end) word indexes, in order. Each
    run is joined from slices of `parts`, not word by word: most words are unchanged.
    """
    out: list[tuple[str, bool]] = []
    pos = 0
    for start, end in changed:
        piece = "".join(parts[pos:2 * start + 1])   # unchanged, up to the gap before the run
        if piece:
            out.append((piece, False))
        out.append(("".join(parts[2 * start + 1:2 * end]), True))
        pos = 2 * end
    tail = "".join(parts[pos:])
    if tail or not out:
        out.append((tail, False))
    return out


@functools.lru_cache(maxsize=4096)
def word_runs(a: str, b: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]], float]:
    """Each text as runs marking the words the other lacks, and the share of words in common.

    The same comparison as ``textdiff.word_opcodes``: difflib over the same word keys.
    """
    pa, pb = _SPACE.split(a), _SPACE.split(b)   # words at odd places: see _segments
    sm = difflib.SequenceMatcher(None, [word_key(w) for w in pa[1::2]],
                                 [word_key(w) for w in pb[1::2]], autojunk=False)
    blocks = sm.get_matching_blocks()             # ends with (len(a words), len(b words), 0)
    changed_a, changed_b = [], []
    i0 = j0 = same = 0
    for i, j, n in blocks:
        if i > i0:
            changed_a.append((i0, i))
        if j > j0:
            changed_b.append((j0, j))
        i0, j0, same = i + n, j + n, same + n
    n_words = len(pa) // 2 + len(pb) // 2
    return _segments(pa, changed_a), _segments(pb, changed_b), 2 * same / max(n_words, 1)


def rich(runs: list[tuple[str, bool]], font: str) -> Rich | str:
    """A rich-text value, or plain text when nothing differs (runs of text already clean)."""
    if not any(flag for _, flag in runs):
        return "".join(p for p, _ in runs)
    return Rich(tuple((piece, font if flag else None) for piece, flag in runs))


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
