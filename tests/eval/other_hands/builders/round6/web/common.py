"""Shared helpers for the two 'web' cases: real texts, force-side text drift, truth writing."""
from __future__ import annotations

import csv
import re
import sys

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import force as F  # noqa: E402  (read as data only)
from reconcile.casegen.texts import national as N  # noqa: E402
from reconcile.casegen.texts import tracker as T  # noqa: E402

NAT = N.NATIONAL


def nat(key: str, i: int) -> str:
    return NAT[key][2][i][1]


def body(i: int, **kw) -> str:
    return F.BODIES[i].format(**kw) if kw else F.BODIES[i]


def topic(i: int, t: str) -> str:
    return T.TOPIC_BODIES[i].format(t=t)


HM_OPEN = {"being progressed", "awaiting review", "being-progressed", "awaiting-review"}
HM_CLOSED = {"complete", "superseded"}
F_DONE = {"green", "complete", "completed", "white", "grey", "pending sign off", "closed"}
F_OPEN = {"amber", "red", "in progress", "open - actions on going on track",
          "open - actions on going off track", "awaiting allocation"}


def h_is_open(status: str) -> bool:
    s = status.lower().strip()
    assert s in HM_OPEN | HM_CLOSED, status
    return s in HM_OPEN


def f_is_done(status: str) -> bool:
    s = status.lower().strip()
    assert s in F_DONE | F_OPEN, status
    return s in F_DONE


def category(h_status: str, f_statuses: list[str], conflict: str | None) -> str:
    if conflict:
        return "conflict"
    hopen = h_is_open(h_status)
    fdone = all(f_is_done(s) for s in f_statuses)
    if hopen and fdone:
        return "closeable_submit"
    if not hopen and not fdone:
        return "closeable_local"
    return "in_sync"


def status_why(h_status: str, f_statuses: list[str]) -> str:
    fs = " / ".join(dict.fromkeys(f_statuses))
    return f"HMICFRS '{h_status}', force '{fs}'"


# ---------------------------------------------------------------- force-side text drift
ABBR = [(re.compile(p, re.I), r) for p, r in T.ABBREVIATIONS if r != "&"]
STEMS = [
    r"^HMICFRS recommends that the force should immediately:\s*",
    r"^HMIC recommends that the force should immediately:\s*",
    r"^HMIC recommends that within six months the force should:\s*",
]


def abbreviate(text: str, n: int = 99) -> str:
    k = 0
    for pat, rep in ABBR:
        if k >= n:
            break
        def _r(m, rep=rep):
            out = rep
            if m.group(0)[:1].isupper() and out[:1].islower():
                out = out[:1].upper() + out[1:]
            return out
        new = pat.sub(_r, text)
        if new != text:
            k += 1
        text = new
    return text


def truncate(text: str, n: int) -> str:
    if len(text) <= n:
        return text
    cut = text[:n].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "..."


def misspell(text: str) -> str:
    for right, wrong in T.MISSPELLINGS.items():
        if right in text:
            return text.replace(right, wrong, 1)
    return text


def straight(text: str) -> str:
    return (text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"'))


def nat2force(text: str) -> str:
    reps = [
        ("all police forces across England and Wales should", "the force should"),
        ("every police force in England and Wales should", "the force should"),
        ("all chief constables should satisfy themselves", "the Chief Constable should satisfy himself"),
        ("all chief constables should", "the Chief Constable should"),
        ("All Chief Constables and PCCs should", "The Chief Constable and PCC should"),
        ("chief constables should", "the Chief Constable should"),
        ("Chief Constables should", "The Chief Constable should"),
        ("Chief constables should", "The Chief Constable should"),
        ("all forces should", "the force should"),
        ("forces should", "the force should"),
    ]
    for a, b in reps:
        if a in text:
            return text.replace(a, b, 1)
    return text


def drop_stem(text: str) -> str:
    for s in STEMS:
        text = re.sub(s, "", text)
    return text[:1].upper() + text[1:]


def drift(text: str, ops: str) -> str:
    """Apply comma-separated ops: abbr[:n], trunc:n, miss, straight, nat, nostem, amp,
    prefix:<s>, lower, nofinal, single (collapse line breaks)."""
    for op in [o for o in ops.split(",") if o]:
        name, _, arg = op.partition(":")
        if name == "abbr":
            text = abbreviate(text, int(arg) if arg else 99)
        elif name == "trunc":
            text = truncate(text, int(arg))
        elif name == "miss":
            text = misspell(text)
        elif name == "straight":
            text = straight(text)
        elif name == "nat":
            text = nat2force(text)
        elif name == "nostem":
            text = drop_stem(text)
        elif name == "amp":
            text = re.sub(r"\band\b", "&", text)
        elif name == "prefix":
            text = arg + text
        elif name == "lower":
            text = text.lower()
        elif name == "nofinal":
            text = text.rstrip(".;")
        elif name == "single":
            text = re.sub(r"\s*\n\s*", " ", text)
        elif name == "v":
            pass
        else:
            raise ValueError(op)
    return text


def write_truth(path: str, lines: list[tuple]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for ln in lines:
            w.writerow(ln)
