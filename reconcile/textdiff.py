"""Word-level differences between two texts: what changed, not just that it changed.

Used for the CSV's `text_diff` (compact, with a few words of context) and by the workbook's
rich-text cells. difflib's SequenceMatcher over word tokens: the standard library does this well.
"""

from __future__ import annotations

import difflib
import functools
import re

_WORD = re.compile(r"\S+")
_EDGE = re.compile(r"^\W+|\W+$")


@functools.lru_cache(maxsize=1 << 16)
def word_key(word: str) -> str:
    """A word as words are compared: lower case, no punctuation around it.

    Kept once per word: most words recur across a large list.
    """
    return _EDGE.sub("", word.lower())


def word_opcodes(a: str, b: str) -> list[tuple[str, list[str], list[str]]]:
    """[(tag, words of a, words of b)] with tag 'equal', 'replace', 'delete' or 'insert'.

    Words are compared case-insensitively and without punctuation around them, but the
    returned words are as written.
    """
    wa, wb = _WORD.findall(a or ""), _WORD.findall(b or "")
    sm = difflib.SequenceMatcher(None, [word_key(w) for w in wa], [word_key(w) for w in wb],
                                 autojunk=False)
    return [(tag, wa[i1:i2], wb[j1:j2]) for tag, i1, i2, j1, j2 in sm.get_opcodes()]


def word_diff_text(a: object, b: object, context: int = 3) -> str:
    """'… within [-six-] {+twelve+} months …': HMICFRS words removed in [- -], force added in {+ +}."""
    ops = word_opcodes(str(a or ""), str(b or ""))
    out: list[str] = []
    for k, (tag, wa, wb) in enumerate(ops):
        if tag == "equal":
            first, last = k == 0, k == len(ops) - 1
            if len(wa) <= 2 * context or (first and last):
                out.extend(wa)
                continue
            head = [] if first else wa[:context]
            tail = [] if last else wa[-context:]
            out.extend([*head, "…", *tail])
            continue
        if wa:
            out.append("[-" + " ".join(wa) + "-]")
        if wb:
            out.append("{+" + " ".join(wb) + "+}")
    return " ".join(out)


def word_diff_html(a: object, b: object) -> str:
    """The two texts as HTML, words only in HMICFRS struck out in red, force-only in blue."""
    from html import escape

    left, right = [], []
    for tag, wa, wb in word_opcodes(str(a or ""), str(b or "")):
        if tag == "equal":
            left.append(escape(" ".join(wa)))
            right.append(escape(" ".join(wb)))
            continue
        if wa:
            left.append(f'<del style="color:#c00000">{escape(" ".join(wa))}</del>')
        if wb:
            right.append(f'<b style="color:#1f4e9c">{escape(" ".join(wb))}</b>')
    return (f"<p><b>HMICFRS:</b> {' '.join(left)}</p>"
            f"<p><b>Force:</b> {' '.join(right)}</p>")


_ELLIPSIS = re.compile(r"\s*(?:\.\.\.+|…)\s*$")
_SENTENCE_END = re.compile(r"[.;:!?)\]\"'”’]\s*$")


def _looks_cut(text: str, words: int, other_words: int) -> bool:
    """Cut off: ends with '...', or mid-sentence and much shorter than the other text
    (a tracker cell cut at 255 characters, a pasted first line)."""
    if _ELLIPSIS.search(text):
        return True
    return not _SENTENCE_END.search(text) and words < 0.85 * other_words


def _covered(full: list[str], cut: list[str]) -> tuple[list[str], list[str]]:
    """The words of `full` that `cut` covers, and `cut` without a last word left
    half-written ('within 9' of 'within 90 days')."""
    ka, kb = [word_key(w) for w in full], [word_key(w) for w in cut]
    blocks = [m for m in difflib.SequenceMatcher(None, ka, kb, autojunk=False)
              .get_matching_blocks() if m.size]
    if not blocks:
        return full, cut
    last = blocks[-1]
    tail = len(cut) - (last.b + last.size)   # words of the cut text after the last shared run
    end = min(len(full), last.a + last.size + tail)
    if tail and ka[end - 1] != kb[-1] and ka[end - 1].startswith(kb[-1]):
        cut = cut[:-1]
    return full[:end], cut


def covered_texts(h_text: object, f_text: object) -> tuple[str, str] | None:
    """(HMICFRS text, force text), each cut to what both cover, when one of them is cut off;
    None when neither is. A timescale or figure in the part one side lost is not a
    disagreement: that side is silent on it."""
    a, b = str(h_text or ""), str(f_text or "")
    wa, wb = _WORD.findall(_ELLIPSIS.sub("", a)), _WORD.findall(_ELLIPSIS.sub("", b))
    if _looks_cut(b, len(wb), len(wa)):
        full, cut = _covered(wa, wb)
        return " ".join(full), " ".join(cut)
    if _looks_cut(a, len(wa), len(wb)):
        full, cut = _covered(wb, wa)
        return " ".join(cut), " ".join(full)
    return None
