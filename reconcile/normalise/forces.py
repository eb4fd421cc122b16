"""A force's name as a key, the same wherever forces are compared (blocking candidates by
force, scoping a national list to the tracker's force): 'West Midlands Police' and 'West
Midlands' are one; 'All forces' and 'National' name no one force."""

from __future__ import annotations

import re

import pandas as pd

from .. import vocab

_GENERIC = re.compile(r"\b(police|constabulary|service|force|fire and rescue|fire & rescue)\b")
#: A "Force" value held against every force: a national recommendation listed once ("All
#: forces (national)", "National - all forces", "England and Wales", "N/A"): words of these only,
#: one of them naming everyone.
_EVERY_WORDS = frozenset(["all", "every", "forces", "national", "nationally", "thematic",
                          "england", "and", "wales", "in", "the", "of", "uk", "n", "a", "na",
                          "applicable"])
_EVERYONE = frozenset("all every national nationally england wales n na".split())  # noqa: SIM905


#: ... or every force of a region or an alliance: "All EM forces", "All five forces".
_ALL_OF = re.compile(r"^all (?:\w+ )?forces$")


def _every_force(k: str) -> bool:
    words = set(k.split())
    return bool(_ALL_OF.match(k)) or (bool(words) and words <= _EVERY_WORDS
                                       and bool(words & _EVERYONE))


def force_key(value: object) -> str:
    """'west midlands' for 'West Midlands Police', 'northamptonshire' for 'NORTHANTS'; '' for
    none, or for every force."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    k = " ".join(_GENERIC.sub(" ", vocab.key(value)).split())
    if _every_force(k):
        return ""
    # A short form people write ("Northants", "Leics", "GMP") is the force it stands for.
    return vocab.FORCE_SHORT.get(k, vocab.FORCE_RENAMED.get(k, k))


#: A tracker row held for every force of an alliance or region: "Both", "Joint", "All 5",
#: "Regional" (or "WMP & Warks", every force named).
_SHARED = re.compile(r"^(both|joint|alliance|collaboration|regional|region|shared|all|all \d+|"
                     r"all (two|three|four|five|six)|all forces)$")


def aligned_force_keys(listed: set[str], keys: list[str]) -> list[str]:
    """The tracker's force keys as the list's: "WMP" is west mercia (its initials), "Warks"
    warwickshire (its letters in order), "Both" / "Joint" / "All 5" / "WMP & Warks" every
    force (''), "Leics/Notts" those two ('leicestershire|nottinghamshire', `forces_of`); a
    key that names none of the list's forces is kept as it is."""
    memo: dict[str, str] = {}
    for k in dict.fromkeys(keys):
        memo[k] = k if not k or k in listed else _align(k, listed)
    return [memo[k] for k in keys]


def _align(k: str, listed: set[str]) -> str:
    if _SHARED.match(k):
        return ""
    if named := _one(k, listed):
        return named
    parts = k.split(" and ")
    if len(parts) > 1 and all(_one(p, listed) for p in parts):
        named = {_one(p, listed) for p in parts}
    else:
        named = _several(k.replace(" and ", " ").split(), listed)
    if len(named) < 2:
        return k
    # "WMP & Warks": each a force of the list, every one of them ''; some of them, their set.
    return "" if named >= listed else "|".join(sorted(named))


def _several(words: list[str], listed: set[str]) -> set[str]:
    """The listed forces a run of words names one after another ("leics notts", "derbys lincs
    northants"), or an empty set when some word names none."""
    found: set[str] = set()
    start = 0
    while start < len(words):
        end = next((e for e in range(len(words), start, -1)
                    if _one(" ".join(words[start:e]), listed)), None)
        if end is None:
            return set()
        found.add(_one(" ".join(words[start:end]), listed))
        start = end
    return found


def forces_of(key: str) -> set[str]:
    """The forces a tracker's aligned key holds: one, or several ('a|b')."""
    return set(key.split("|")) if key else set()


def _one(k: str, listed: set[str]) -> str:
    """The one listed force `k` names: itself, its initials ("D&C" is 'd and c': 'dac'), or
    its letters in order ("Warks")."""
    if k in listed:
        return k
    if vocab.FORCE_SHORT.get(k) in listed:
        return vocab.FORCE_SHORT[k]
    squeezed = k.replace(" ", "")
    written = {squeezed} | ({"".join(w[0] for w in k.split())} if " " in k else set())
    found = [f for f in listed if written & set(_initials(f))] or [
        f for f in listed if f[:1] == squeezed[:1] and _in_order(squeezed, f)]
    return found[0] if len(found) == 1 else ""


def _initials(name: str) -> tuple[str, ...]:
    """'west mercia' -> ('wm', 'wmp', 'wmc'): its initials, with police or constabulary
    ('devon and cornwall': 'dc' and 'dac' too)."""
    out: list[str] = []
    for words in ([w for w in name.split() if w != "and"], name.split()):
        letters = "".join(w[0] for w in words)
        out += [letters, letters + "p", letters + "c"]
    return tuple(dict.fromkeys(out))


def _in_order(short: str, name: str) -> bool:
    """Every letter of `short` in `name`, in order: 'warks' in 'warwickshire'."""
    rest = iter(name.replace(" ", ""))
    return len(short) >= 3 and all(ch in rest for ch in short)
