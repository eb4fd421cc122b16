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
