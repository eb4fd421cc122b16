"""Type and status words reduced to the few values the matcher and the diff compare."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pandas as pd
from rapidfuzz.distance import OSA

from .. import vocab
from ..config import SideSettings


def _lookup(table: dict[str, list[str]]) -> dict[str, str]:
    return {vocab.key(word): canonical for canonical, words in table.items() for word in words}


_TYPES = _lookup(vocab.TYPE_WORDS)
#: The force's own numbering names a type: "AFI 3 – …", "AFI3:", "(Rec 2)", "CoC 1 – …",
#: "Recommendation: …", "National recommendation – …"; a number followed by a space will do
#: ("AFI 3 The force should").
TYPE_PREFIX = re.compile(
    r"^\s*[(\[]?\s*(afis?|areas? (?:for|of) improvement|causes? (?:of|for) concern|coc|cfc|"
    r"(?:national )?rec(?:ommendation)?)\s*(?:\d+[a-z]?(?:\.\d+)?\s*(?:[-:.)\]\u2013\u2014]|(?=\s))"
    r"|[-:.\u2013\u2014])", re.IGNORECASE)


def norm_type(value: object, text: object = "") -> str:
    """Canonical type from the type column, else from a prefix on the text, else ''."""
    return type_word(value) or type_prefix(text)


def type_named(value: object) -> str:
    """The type a value names whole ("AFI", "Area for improvement"), or ''."""
    return _TYPES.get(vocab.key(value), "") if value is not None and not pd.isna(value) else ""


def type_word(value: object) -> str:
    """The type a type cell names, or ''. A column of a few values: worked out once each."""
    if named := type_named(value):
        return named
    k = vocab.key(value) if value is not None and not pd.isna(value) else ""
    found = {canonical for word, canonical in _TYPES.items() if len(word) > 3 and word in k}
    # "Cause of Concern / Recommendation": a row holding both is neither.
    return found.pop() if len(found) == 1 else type_cut_short(k) if not found else ""


#: The fewest characters a type word cut short keeps and is still read.
_CUT_TYPE = 8


def type_cut_short(k: str) -> str:
    """The type a key names when a system's field length cut it ("area for impro", "cause of
    conce": SAS's $14), or '' (too short to tell, or the start of two types' words)."""
    if len(k) < _CUT_TYPE:
        return ""
    found = {canonical for word, canonical in _TYPES.items() if word.startswith(k)}
    return found.pop() if len(found) == 1 else ""


def type_prefix(text: object) -> str:
    m = TYPE_PREFIX.match(str(text or ""))
    if m:
        found = _TYPES.get(vocab.key(m.group(1)), "")
        # "Cause of concern: … Recommendation: …" (or "CoC – … Rec: …") in one cell is both;
        # claim neither.
        if found == "cause of concern" and re.search(r"\b(?:recommend|recs?\b)", str(text), re.I):
            return ""
        return found
    return ""


#: A key's meaning opening by naming what it grades: "the recommendation is implemented".
_GRADED = re.compile(r"^\s*(?:the\s+)?(?:recommendation|action|item|afi|work|deliverable)s?\s+"
                     r"(?:(?:is|are|has\s+been|have\s+been|was)\s+)?", re.IGNORECASE)
#: Where a key's meaning parts: "for a national body, not the force's to deliver".
_MEANING_PARTS = re.compile(r"\s*[,;(]\s*|\s+[-\u2013\u2014]\s+")


def meaning_state(meaning: str, table: dict[str, str]) -> str:
    """The state a key's line says, by its leading words ("On track – action in progress"
    is open, whatever its last word), "the recommendation is", "action" passed over; where
    they say nothing, by the leading words of its next part ("for a national body, not the
    force's to deliver")."""
    state = "unknown"
    for part in _MEANING_PARTS.split(str(meaning)):
        state = norm_status(_GRADED.sub("", part, count=1), table, anywhere=False)
        if state not in ("", "unknown"):
            return state
    return state


def status_table(side: str, settings: SideSettings,
                 legend: tuple[tuple[str, str], ...] = ()) -> dict[str, str]:
    """word key -> state: built-in words, then what the file's own key says a colour means
    ("Green | On track – action in progress": open, as in BRAG), then config (config wins)."""
    table = _lookup(vocab.STATUS_WORDS[side])
    # By the meaning's leading words only: "Work undertaken but still requires development to
    # complete" (BTP's Amber) says nothing by its last word.
    said = {vocab.key(word): meaning_state(meaning, table) for word, meaning in legend}
    table.update({k: state for k, state in said.items() if state in vocab.STATUS_WORDS[side]})
    for state, words in settings.status.items():
        table.update({vocab.key(w): state for w in words})
    return table


#: Status symbols as people type them in Teams, Lists and Excel, and the word each reads as:
#: the words beside a symbol decide first ("🟢 On track" is on track, not green's done). A
#: white circle alone is an item not started (as a Lists column's default), not "White".
_SYMBOLS = {"✅": "done", "✔": "done", "☑": "done", "🟢": "green", "🟠": "amber",
            "🟡": "amber", "🔴": "red", "🔵": "blue", "⚪": "not started", "⏳": "in progress",
            "⌛": "in progress", "☐": "not started", "❌": "open", "✖": "open", "✗": "open",
            "✘": "open", "🚫": "not applicable"}


@lru_cache(maxsize=2)
def builtin_statuses(side: str) -> dict[str, str]:
    """The built-in status words of one side, no config and no file's key: for a reader that
    asks whether a cell is a status at all, where no settings reach it."""
    return status_table(side, SideSettings())


def reads_as_status(value: object, table: dict[str, str]) -> bool:
    """Whether a value, whole or by its leading words, is a status the table knows ("on
    track", "Complete – evidence sent"); a word found only somewhere inside it is not."""
    return norm_status(value, table, anywhere=False) not in ("", "unknown")


#: "Not for GC (national bodies)", "Not for us", "Not for Cumbria – national bodies": the
#: force's initials or name (or another body's, "Not for HO") after "not for" say what "not
#: for the force" says.
_NOT_FOR_INITIALS = re.compile(
    r"\s*(?i:not\s+for)\s+(?:(?i:us)|[A-Z]{2,5}|(?i:"
    + "|".join(n.replace(" ", r"\s+") for n in sorted(vocab.FORCE_NAMES, key=len, reverse=True))
    + r"))\b")
_NOT_OURS_WORD = "not for force"


def norm_status(value: object, table: dict[str, str], anywhere: bool = True) -> str:
    """'open', 'closed'/'done', '' (blank) or 'unknown'.

    Whole phrase first, then its leading words ("Open - actions on going on track"), then
    the longest known phrase found anywhere in it ("Status: in progress"); words saying
    nothing, a status symbol in it ("✅", "⏳ Awaiting evidence").
    """
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, str) and _NOT_FOR_INITIALS.match(value) and _NOT_OURS_WORD in table:
        return table[_NOT_OURS_WORD]
    k = vocab.key(value)
    state = _by_words(k, table, anywhere)
    if k not in table and _FOR_SIGN_OFF.match(k):
        state = table.get(_SIGN_OFF_DUE, state)
    if state in ("", "unknown") and isinstance(value, str):
        symbol = next((word for mark, word in _SYMBOLS.items() if mark in value), None)
        if symbol is not None:
            return table.get(symbol, "unknown")
        if not state and any(unicodedata.category(c) == "So" for c in value):
            return "unknown"          # a symbol no table knows: asked about, never blank
        if state == "unknown" and anywhere:
            state = _misspelt(vocab.key(value), table) or state
    return state


#: A status typed with one slip ("Compelte", "In Progess", "Superceded"): read as the word
#: when it is this long; a shorter one only with two letters swapped ("Opne").
_SLIP_CHARS = 6


def _misspelt(k: str, table: dict[str, str]) -> str:
    """The state of the one status word `k` is a slip of the keyboard away from, or ''
    (none, or words of two states that near)."""
    if len(k) < 4 or not k.replace(" ", "").isalpha():
        return ""
    near = {state for word, state in table.items() if abs(len(word) - len(k)) <= 1
            and len(word) >= 4 and OSA.distance(k, word, score_cutoff=1) <= 1
            and (len(k) >= _SLIP_CHARS or sorted(word) == sorted(k))}
    return near.pop() if len(near) == 1 else ""


def _by_words(k: str, table: dict[str, str], anywhere: bool) -> str:
    if not k:
        return ""
    if k in table:
        return table[k]
    words = k.split()
    for n in range(len(words) - 1, 0, -1):
        head = " ".join(words[:n])
        if head in table and len(head) > 1:
            return table[head]
    if not anywhere:
        return "unknown"
    padded = f" {k} "
    for word in sorted(table, key=len, reverse=True):
        if len(word) > 2 and f" {word} " in padded:
            return table[word]
    return "unknown"


#: Put to an officer or a board for sign-off, whoever: "With SRO for sign-off", "4 - Ready
#: for DCC sign-off", "Awaiting ACC Smith sign off" (a key: lower case, no punctuation). Read
#: as "awaiting sign off" is.
_FOR_SIGN_OFF = re.compile(r"^(?:\d{1,2} )?(?:awaiting|pending|with|ready for|sent for|"
                           r"submitted for|put for)(?: [a-z&]+){0,4}? (?:for )?sign(?:ed)? ?off\b")
_SIGN_OFF_DUE = "awaiting sign off"


_STATUS_VALUES = {"hmicfrs": ("open", "closed"), "force": ("open", "done")}
_SIDE_NAMES = {"hmicfrs": "The HMICFRS list", "force": "The force tracker"}


def key_reading(side: str, settings: SideSettings,
                legend: tuple[tuple[str, str], ...]) -> str:
    """A file's key as read, for Run info: each colour, what the key says, and the state it
    was taken as ("Green = On track – in progress (read as open)"); '' with no key."""
    table = status_table(side, settings, legend)
    return "; ".join(f"{colour} = {meaning} (read as {norm_status(colour, table) or 'unknown'})"
                     for colour, meaning in legend)


def unknown_status_note(items: pd.DataFrame, side: str, shown: int = 8) -> str:
    """One paragraph naming the status words no table knows, with the config line that
    settles them; '' when there are none. They were counted as open: asked, not guessed."""
    unknown = items.loc[items["state"] == "unknown", "status"]
    if unknown.empty:
        return ""
    words = unknown.map(lambda v: " ".join(str(v).split())).value_counts(sort=True)
    listed = ", ".join(f"'{w}' ({n} row{'s' if n != 1 else ''})"
                       for w, n in words.head(shown).items())
    if len(words) > shown:
        listed += f" and {len(words) - shown} more"
    example = ", ".join(f'"{w}"' for w in words.head(3).index)
    still, gone = _STATUS_VALUES[side]
    return (f"{_SIDE_NAMES[side]} uses status words the tool does not know: {listed}. They "
            f"were counted as {still}, so nothing was closed on a guess. Say what they mean in "
            f"a config file and run again with --config: [{side}.status] {still} = [{example}]"
            f" (or {gone} = [...] for words that mean {gone}).")
