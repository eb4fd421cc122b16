"""Shared helpers for the two appendix-style cases (text transforms, truth writing)."""
from __future__ import annotations

import csv
import random
import re
import sys

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (read as data only)
    ABBREVIATIONS, BODIES, CAUSES, CDI_VICTIMS_BODY, EVERYONE_PLAN, LOCAL_ACTIONS, LOCAL_PREFIXES,
    MISSPELLINGS, MSHT_INTEL, NATIONAL, PROGRESS, SAS_MONITORING_2017, SF_LEADERSHIP, BWV_2021,
    TOPIC_BODIES, FIREARMS, LEADS,
)

RNG = random.Random(20240611)

_ABBR = {rep: pat for pat, rep in ABBREVIATIONS}


def nat(key, i):
    """Text i of national report `key`, verbatim."""
    return NATIONAL[key][2][i][1]


def body(i, **kw):
    b = BODIES[i]
    return b.format(**kw) if kw else b


def topic(i, t):
    return TOPIC_BODIES[i].format(t=t)


def abbr(t, *reps):
    """Apply the tracker abbreviations named by their replacement (e.g. 'S&S', 'DA')."""
    for rep in reps:
        t = re.sub(_ABBR[rep], rep, t, flags=re.I)
    return t


def flat(t, sep=" - "):
    """Bullets and line breaks run together the way a pasted cell ends up."""
    t = re.sub(r"\s*\n+\s*•\s*|\s*•\s*", sep, t)
    t = re.sub(r"\s*\n+\s*", " ", t)
    return re.sub(r"[ \t]+", " ", t).strip()


def trunc(t, n):
    w = t.split()
    return " ".join(w[:n]).rstrip(",;:") + "…"


def strip_stem(t):
    t = re.sub(r"^(HMIC|HMICFRS) recommends that\s*", "", t)
    return t[0].upper() + t[1:]


def missp(t, word):
    return t.replace(word, MISSPELLINGS[word], 1)


def excel_row_ref(sheet, row):
    return f"{sheet}!{row}"


def write_truth(path, lines):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for ln in lines:
            w.writerow(ln)


def category(h_closed: bool, force_done: bool) -> str:
    if not h_closed and force_done:
        return "closeable_submit"
    if h_closed and not force_done:
        return "closeable_local"
    return "in_sync"
