"""A key to the file's own status words, kept on a guidance sheet or under the items: "Status |
What it means | Complete for the force?" with Yes or No on each word's line. What the key
says a word means decides it, over the built-in words ("Awaiting sign-off": No)."""

from __future__ import annotations

import re

from .. import vocab
from .grid import Grid, blank
from .marks import FINISHED, yes_or_no

#: The key's column of status words: "Status", "Status word", "RAG", "Rating".
_WORD_HEADING = re.compile(r"^\s*(?:status|rag|brag|rating|grade|grading)(?:\s*(?:word|words|"
                           r"used|value|option|options|key))?\s*:?\s*$", re.IGNORECASE)
#: A status word is short: "Assurance pending", "BAU (Business as usual)".
_WORD_WORDS = 6
#: "BAU (Business as usual)": the word and its spelt-out form, each a way of writing it.
_SPELT = re.compile(r"^(.+?)\s*\((.+)\)\s*$")


def status_key_entries(grid: Grid, rows: list[int]) -> tuple[tuple[str, str], ...]:
    """(status word, what the key says: "Complete – 'Done?' Yes", "Open – 'Open or closed' Open")
    for each line
    of a key table among `rows` (rows that are not items), read as the file's legend."""
    out: list[tuple[str, str]] = []
    rows = sorted(rows)
    for k, r in enumerate(rows):
        heading = _heading(grid.rows[r - 1])
        if heading is None:
            continue
        word_col, ask_col, question = heading
        lines = []
        for nxt in rows[k + 1:]:
            if nxt != r + 1 + len(lines):
                break
            row = grid.rows[nxt - 1]
            word, answer = _cell(row, word_col), _cell(row, ask_col)
            said = _said(answer)
            if not isinstance(word, str) or len(word.split()) > _WORD_WORDS or said is None:
                break
            lines.append((word, said, " ".join(str(answer).split())))
        if len(lines) >= 2:
            for word, said, answer in lines:
                meaning = f"{'Complete' if said == 'yes' else 'Open'} – '{question}' {answer}"
                out += [(w, meaning) for w in _spellings(word)]
    return tuple(out)


def _heading(row: list) -> tuple[int, int, str] | None:
    """(status words' column, the question's column, the question) of a key's heading row."""
    words = [c for c, v in enumerate(row) if isinstance(v, str) and _WORD_HEADING.match(v)]
    asks = [c for c, v in enumerate(row) if isinstance(v, str) and c not in words
            and len(v.split()) <= 8 and FINISHED.search(v)]
    if len(words) != 1 or not asks:
        return None
    return words[0], asks[0], " ".join(str(row[asks[0]]).split())


#: A key answering "Open or closed?" in those words.
_STATES = {"closed": "yes", "open": "no"}


def _said(value: object) -> str | None:
    return yes_or_no(value) or _STATES.get(vocab.key(value)) if value is not None else None


def _cell(row: list, col: int) -> object:
    return row[col] if col < len(row) and not blank(row[col]) else None


def _spellings(word: str) -> list[str]:
    """'BAU (Business as usual)' -> ['BAU (Business as usual)', 'BAU', 'Business as usual']."""
    word = " ".join(word.split())
    m = _SPELT.match(word)
    return [word, m.group(1), m.group(2)] if m else [word]


__all__ = ["status_key_entries"]
