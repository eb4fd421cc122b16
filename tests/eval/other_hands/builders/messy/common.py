"""Shared helpers for the messy-case builders (independent evaluation cases).

Texts come only from /work/shared/data/real_recommendations.csv and the text lists in
/work/main/reconcile/casegen/texts (read as data)."""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

sys.path.insert(0, "/work/main")
from reconcile.casegen import texts as T  # noqa: E402  (data lists only)

REAL = pd.read_csv("/work/shared/data/real_recommendations.csv")


def real(i: int) -> str:
    """Text of row i (0-based data row) of real_recommendations.csv."""
    return str(REAL.text[i])


@dataclass
class HItem:
    key: str
    ref: int
    report: str
    published: date
    type: str
    text: str
    status: str          # HMICFRS status word as written
    hopen: bool
    status_date: date | None = None
    comment: str = ""
    row: int = 0         # Excel row, filled when written
    sheet: str = ""


@dataclass
class FRow:
    sheet: str
    row: int
    key: str | None      # HMICFRS item key, None if not on the list
    done: bool
    note: str = ""       # what the row is (for the why column)


@dataclass
class Truth:
    lines: list = field(default_factory=list)

    def add(self, hrow, frow, cat, why):
        self.lines.append((hrow or "", frow or "", cat, why))

    def write(self, path):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["hmicfrs_row", "force_row", "category", "why"])
            for line in self.lines:
                w.writerow(line)


def build_truth(hitems: list[HItem], frows: list[FRow], conflicts: dict[str, str],
                notes: dict[str, str] | None = None) -> Truth:
    """One line per matched force row (split rows share the item's category), one per
    untracked HMICFRS item, one per force row not on the list. ``conflicts`` maps item key to
    the fact a person would see."""
    notes = notes or {}
    t = Truth()
    by_key: dict[str, list[FRow]] = {}
    for fr in frows:
        if fr.key is not None:
            by_key.setdefault(fr.key, []).append(fr)
    for h in hitems:
        hp = f"{h.sheet}!{h.row}"
        rows = by_key.get(h.key, [])
        if not rows:
            why = f"HMICFRS {h.type.lower()} ({h.status}) has no row in the force tracker"
            if h.key in notes:
                why += "; " + notes[h.key]
            t.add(hp, "", "missing_from_force", why)
            continue
        fdone = all(r.done for r in rows)
        if h.key in conflicts:
            cat, why = "conflict", conflicts[h.key]
        elif h.hopen and fdone:
            cat, why = "closeable_submit", f"HMICFRS '{h.status}' (open); force records it done"
        elif not h.hopen and not fdone:
            cat, why = "closeable_local", f"HMICFRS '{h.status}' (closed); force still open"
        elif h.hopen:
            cat, why = "in_sync", f"open on both sides (HMICFRS '{h.status}')"
        else:
            cat, why = "in_sync", f"closed on both sides (HMICFRS '{h.status}')"
        if len(rows) > 1 and h.key not in conflicts:
            why += f"; force split the item into {len(rows)} rows"
            if not fdone and any(r.done for r in rows):
                why += " (not all parts done)"
        if h.key in notes:
            why += "; " + notes[h.key]
        for r in rows:
            t.add(hp, f"{r.sheet}!{r.row}", cat, why + (f" [{r.note}]" if r.note else ""))
    for fr in frows:
        if fr.key is None:
            t.add("", f"{fr.sheet}!{fr.row}", "not_on_hmicfrs_list", fr.note)
    return t


# ---- force-side text habits ------------------------------------------------------------

def retype(s: str) -> str:
    """What retyping into a cell does: straight quotes, dashes for bullets, single spaces."""
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    s = re.sub(r"\s*•\s*", "\n- ", s)
    s = re.sub(r"[ \t]+", " ", s)
    return s.strip()


def truncate(s: str, n: int) -> str:
    if len(s) <= n:
        return s
    cut = s[:n].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def abbreviate(s: str, which: list[str]) -> str:
    """Apply the named abbreviations (keys are the regexes' plain-text heads)."""
    for pat, rep in T.ABBREVIATIONS:
        if any(pat.startswith(w) for w in which):
            s = re.sub(pat, rep, s, flags=re.I)
    return s


def misspell(s: str, words: list[str]) -> str:
    for w in words:
        s = s.replace(w, T.MISSPELLINGS[w])
    return s
