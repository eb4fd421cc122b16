"""Shared helpers for the two cases: real texts, force-side retyping, dates."""
from __future__ import annotations

import datetime as dt
import re

from textsrc import T

NAT = T.NATIONAL


def nat(key: str, i: int) -> tuple[str, dt.date, str, str]:
    """(report title, publication date, type, text) of national item i of report key."""
    title, (y, m, d), items = NAT[key]
    typ, text = items[i]
    return title, dt.date(y, m, d), typ, text


def body(i: int, area: str = "", neighbour: str = "") -> str:
    return T.BODIES[i].replace("{area}", area).replace("{neighbour}", neighbour)


def tb(i: int, topic: str) -> str:
    return T.TOPIC_BODIES[i].replace("{t}", topic)


def la(i: int, topic: str) -> str:
    return T.LOCAL_ACTIONS[i].replace("{t}", topic)


def stem(i: int, b: str, force: str = "", deadline: str = "") -> tuple[str, str]:
    typ, tpl = T.STEMS[i]
    return typ, tpl.replace("{b}", b).replace("{force}", force).replace("{deadline}", deadline)


def ordinal_date(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B')} {d.year}"


# ---- force-side retyping -------------------------------------------------------------------

ABBR = {a: b for a, b in T.ABBREVIATIONS}


def strip_stem(t: str) -> str:
    t2 = re.sub(r"^(HMIC|HMICFRS) recommends that\s*", "", t)
    t2 = re.sub(r"^To address this cause of concern, HMIC recommends (that )?", "", t2)
    return t2[:1].upper() + t2[1:]


def abbreviate(t: str, amp: bool = False) -> str:
    for pat, rep in T.ABBREVIATIONS:
        if pat == r"\band\b" and not amp:
            continue
        t = re.sub(pat, rep, t)
        # capitalised sentence-start forms ("Within six months" -> "Within 6 months")
        if pat.startswith("within"):
            t = re.sub(pat.capitalize(), rep.capitalize(), t)
    return t


def truncate(t: str, n: int = 150) -> str:
    if len(t) <= n:
        return t
    cut = t[:n].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "..."


def first_sentence(t: str) -> str:
    m = re.match(r"(.+?\.)\s+[A-Z]", t, re.S)
    return m.group(1) if m else t


def misspell(t: str) -> str:
    for right, wrong in T.MISSPELLINGS.items():
        if right in t:
            return t.replace(right, wrong, 1)
    return t


def dash_bullets(t: str) -> str:
    t = re.sub(r"\s*•\s*", "\n- ", t)
    return t.strip()


def straight_quotes(t: str) -> str:
    return t.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


def retype(t: str, codes: str) -> str:
    """Apply the force's retyping habits in order: s strip stem, a abbreviate, A abbreviate with
    '&', f first sentence, t truncate, m misspell, d dash bullets, q straight quotes,
    n line breaks flattened, u upper-case first words (odd capitals)."""
    for c in codes:
        if c == "s":
            t = strip_stem(t)
        elif c == "a":
            t = abbreviate(t)
        elif c == "A":
            t = abbreviate(t, amp=True)
        elif c == "f":
            t = first_sentence(t)
        elif c == "t":
            t = truncate(t)
        elif c == "m":
            t = misspell(t)
        elif c == "d":
            t = dash_bullets(t)
        elif c == "q":
            t = straight_quotes(t)
        elif c == "n":
            t = re.sub(r"\s*\n+\s*", " ", t)
        elif c == "u":
            t = re.sub(r"^The force should", "The Force Should", t)
        elif c == "v":
            pass
        else:
            raise ValueError(c)
    return t


def bullets(t: str) -> tuple[str, list[str]]:
    """Split a bulleted text into its lead-in and bullets."""
    parts = re.split(r"\s*•\s*", t)
    return parts[0].strip(), [p.strip() for p in parts[1:]]
