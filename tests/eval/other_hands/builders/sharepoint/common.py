"""Shared helpers for the two independent cases (SharePoint list export; register vs plan CSV).

Texts come only from /work/shared/data/real_recommendations.csv and the text lists in
/work/main/reconcile/casegen/texts (read as data)."""
from __future__ import annotations

import datetime as dt
import re
import sys

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402
    ABBREVIATIONS, BODIES, BWV_2021, CAUSES, CDI_VICTIMS_BODY, EVERYONE_PLAN, FIREARMS,
    LEADS, LOCAL_ACTIONS, LOCAL_PREFIXES, MISSPELLINGS, MSHT_INTEL, MSHT_NRM, NATIONAL,
    NATIONAL_TRACKER_NAMES, PROGRESS, SAS_MONITORING_2017, SF_LEADERSHIP, TOPIC_BODIES,
)

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

HM_OPEN = ("awaiting-review", "being-progressed")
HM_CLOSED = ("complete",)


def body(sub: str) -> str:
    hits = [b for b in BODIES if sub in b]
    assert len(hits) == 1, (sub, len(hits))
    return hits[0]


def topic(idx_sub: str, t: str) -> str:
    hits = [b for b in TOPIC_BODIES if idx_sub in b]
    assert len(hits) == 1, idx_sub
    return hits[0].replace("{t}", t)


def afi(b: str) -> str:
    return "The force should " + b.rstrip(".") + "."


def national(key: str) -> tuple[str, dt.date, list[tuple[str, str]]]:
    title, (y, m, d), items = NATIONAL[key]
    return title, dt.date(y, m, d), items


def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B')} {d.year}"


STEM_RES = [
    r"^HMIC(?:FRS)? recommends that within six months the force should:\s*",
    r"^HMIC(?:FRS)? recommends that the force should immediately:\s*",
    r"^To address this cause of concern,? HMIC recommends the force should immediately\s*",
    r"^The force should\s+",
]


def strip_stem(t: str) -> str:
    for pat in STEM_RES:
        new = re.sub(pat, "", t)
        if new != t:
            t = new
            break
    t = re.sub(r";\s*(and)?\s*$", "", t.strip())
    return t[:1].upper() + t[1:]


def abbreviate(t: str, rng, k: int = 3, amp: bool = False) -> str:
    pool = [a for a in ABBREVIATIONS if a[0] != r"\band\b"]
    rng.shuffle(pool)
    n = 0
    for pat, rep in pool:
        if re.search(pat, t, flags=re.I) and n < k:
            # keep timescales: only the digits form of the same period
            t = re.sub(pat, rep, t, flags=re.I)
            n += 1
    if amp:
        t = re.sub(r"\band\b", "&", t, count=2)
    return t


def misspell(t: str, rng) -> str:
    keys = [w for w in MISSPELLINGS if w in t]
    if not keys:
        return t
    w = rng.choice(keys)
    return t.replace(w, MISSPELLINGS[w], 1)


def retype(t: str) -> str:
    """What a person retyping into a tracker does to quotes and bullets."""
    t = t.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    t = re.sub(r"\s*•\s*", "\n- ", t).strip()
    return t


PEOPLE = [
    "Holt, Sarah", "Okafor, James", "Brennan, Claire", "Whitworth, Dean", "Patel, Anita",
    "Kowalski, Mark", "Fairbairn, Louise", "Ashworth, Gary", "McCready, Joanne",
    "Iqbal, Tariq", "Sutcliffe, Helen", "Rowe, Matthew", "Dobson, Kelly", "Hargreaves, Neil",
]
