"""Each line's report, named as the HMICFRS list names it.

A tracker spells a report its own way ("PEEL Legit 16", "PEEL Effectiveness 2015 – published
15 December 2015"), so a table by report would list one report twice: once under the list's
name for the paired lines, once under the tracker's for the lines only the force has. Two
things say what a spelling means: the tracker's own pairs (the list report most of the paired
rows under that spelling belong to), else the report key normalise gave it (the same key as
one list report). A spelling neither settles is a report the list does not hold: as written.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from ..result import Reconciliation

NO_REPORT = "(no report named)"


def _name(value: object) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _tidied(values: pd.Series) -> list[str | None]:
    """`_name` of each value, once per distinct value (pandas' factorize): a report's name
    recurs down a list."""
    codes, distinct = pd.factorize(values)
    names = [_name(v) for v in distinct]
    return [names[c] if c >= 0 else None for c in codes]


def _names(items: pd.DataFrame) -> zip:
    """(the list's report, the tracker's report) of each line, tidied; None where blank."""
    return zip(_tidied(items["hmicfrs_report"]), _tidied(items["force_report"]), strict=True)


def _by_pairs(items: pd.DataFrame) -> dict[str, str]:
    """The tracker's spelling -> the list's, where most rows under it pair with one report."""
    seen: dict[str, Counter] = {}
    for h, f in _names(items):
        if h and f:
            seen.setdefault(f, Counter())[h] += 1
    out = {}
    for spelling, names in seen.items():
        (name, n), = names.most_common(1)
        if 2 * n > sum(names.values()):     # most of its paired rows: a spelling, not a mix
            out[spelling] = name
    return out


def _by_key(h: pd.DataFrame, f: pd.DataFrame) -> dict[str, str]:
    """The tracker's spelling -> the list's, where both have one report key (and one name)."""
    names_of_key: dict[str, set[str]] = {}
    for key, name in zip(h["report_key"], _tidied(h["report"]), strict=True):
        if key and name:
            names_of_key.setdefault(key, set()).add(name)
    out = {}
    for key, spelling in zip(f["report_key"], _tidied(f["report"]), strict=True):
        names = names_of_key.get(key, set())
        if spelling and len(names) == 1:
            out[spelling] = next(iter(names))
    return out


def list_spelling(items: pd.DataFrame, h: pd.DataFrame | None = None,
                  f: pd.DataFrame | None = None) -> dict[str, str]:
    """The tracker's spelling of a report -> the list's name for it (pairs first, then keys)."""
    keyed = _by_key(h, f) if h is not None and f is not None else {}
    return keyed | _by_pairs(items)


def report_names(items: pd.DataFrame, rec: Reconciliation) -> pd.Series:
    """The report of each of `items` (all the run's lines, or one owner's), in the list's
    spelling wherever the whole run shows the tracker's spelling to mean a list report."""
    spelling = list_spelling(rec.items, rec.h, rec.f)
    names = [h_name or (spelling.get(f_name, f_name) if f_name else NO_REPORT)
             for h_name, f_name in _names(items)]
    return pd.Series(names, index=items.index, dtype=object)
