"""Shared helpers for the two cases in /tmp/indep5/arch: real texts and force-side retyping.

Texts come only from /work/main/reconcile/casegen/texts (read as data) and
/work/shared/data/real_recommendations.csv. Nothing here invents recommendation wording; the
force-side functions only abridge, abbreviate, misspell or re-punctuate real wording the way
trackers do.
"""
from __future__ import annotations

import re
import sys

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (read as data only)
    ABBREVIATIONS, BODIES, CAUSES, CDI_VICTIMS_BODY, LEADS, LOCAL_ACTIONS, MISSPELLINGS,
    NATIONAL, PROGRESS, STEMS, TAILS, TOPIC_BODIES, TOPICS, BWV_2021, SAS_MONITORING_2017,
    SF_LEADERSHIP, EVERYONE_PLAN, FIREARMS,
)

__all__ = [
    "ABBREVIATIONS", "BODIES", "CAUSES", "CDI_VICTIMS_BODY", "LEADS", "LOCAL_ACTIONS",
    "MISSPELLINGS", "NATIONAL", "PROGRESS", "STEMS", "TAILS", "TOPIC_BODIES", "TOPICS",
    "BWV_2021", "SAS_MONITORING_2017", "SF_LEADERSHIP", "EVERYONE_PLAN", "FIREARMS",
    "stem", "topic", "strip_stem", "abbreviate", "misspell", "truncate", "first_sentence",
    "plain_punct", "lower_first",
]


def stem(i: int, b: str, force: str = "", deadline: str = "", tail: str | None = None) -> str:
    """A real stem (STEMS[i]) filled with a real body; optional real tail sentence."""
    t = STEMS[i][1].format(b=b, force=force, deadline=deadline)
    if tail:
        t = t.rstrip() + " " + tail
    return t


def topic(i: int, t: str) -> str:
    return TOPIC_BODIES[i].format(t=t)


_STEM_RES = [
    r"^HMICFRS recommends that the force should immediately:\s*",
    r"^HMIC recommends that the force should immediately:\s*",
    r"^To address this cause of concern, HMIC recommends the force should immediately\s*",
]


def strip_stem(t: str) -> str:
    """Drop the 'HMIC recommends that ...:' stem and the '; and' tail, as trackers do."""
    for r in _STEM_RES:
        if re.match(r, t):
            t = re.sub(r, "", t)
            t = t[0].upper() + t[1:]
            break
    t = re.sub(r";\s*(and)?\s*$", ".", t)
    return t


def abbreviate(t: str, which: tuple[str, ...] | None = None, amp: bool = False) -> str:
    for pat, rep in ABBREVIATIONS:
        if pat == r"\band\b" and not amp:
            continue
        if which is not None and rep not in which:
            continue
        t = re.sub(pat, rep, t, flags=re.IGNORECASE)
    return t


def misspell(t: str, n: int = 2) -> str:
    done = 0
    for right, wrong in MISSPELLINGS.items():
        if done >= n:
            break
        if right in t:
            t = t.replace(right, wrong, 1)
            done += 1
    return t


def truncate(t: str, n: int) -> str:
    if len(t) <= n:
        return t
    cut = t[:n].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "..."


def first_sentence(t: str) -> str:
    m = re.match(r"(.+?\.)(\s|$)", t, flags=re.S)
    return m.group(1) if m else t


def plain_punct(t: str) -> str:
    """Curly quotes to straight, bullets to hyphens on new lines (retyped in Excel)."""
    t = t.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    t = re.sub(r"\s*•\s*", "\n- ", t)
    return t


def lower_first(t: str) -> str:
    return t[0].lower() + t[1:]
