"""Shared helpers for the two wales cases: texts, transforms, truth writing.

Texts come only from /work/shared/data/real_recommendations.csv and the lists in
/work/main/reconcile/casegen/texts (read as data)."""
from __future__ import annotations

import csv
import re
import sys

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import national as N  # noqa: E402
from reconcile.casegen.texts import force as F  # noqa: E402
from reconcile.casegen.texts import tracker as T  # noqa: E402

NAT = N.NATIONAL


def nat(key: str, i: int) -> str:
    """The i-th item text of national report `key` (verbatim)."""
    return NAT[key][2][i][1]


def nat_title(key: str) -> str:
    return NAT[key][0]


def nat_date(key: str):
    import datetime as dt
    y, m, d = NAT[key][1]
    return dt.datetime(y, m, d)


def body(start: str) -> str:
    """The force.BODIES entry beginning with `start` (exactly one)."""
    hits = [b for b in F.BODIES if b.startswith(start)]
    assert len(hits) == 1, (start, len(hits))
    return hits[0]


def topic_body(start: str, topic: str) -> str:
    hits = [b for b in T.TOPIC_BODIES if b.startswith(start)]
    assert len(hits) == 1, (start, len(hits))
    assert topic in T.TOPICS or topic in ("stop and search",), topic
    return hits[0].replace("{t}", topic)


def local_action(start: str, topic: str) -> str:
    hits = [b for b in T.LOCAL_ACTIONS if b.startswith(start)]
    assert len(hits) == 1, (start, len(hits))
    return hits[0].replace("{t}", topic)


def cause(start: str, force: str) -> str:
    hits = [c for c in F.CAUSES if c.startswith(start)]
    assert len(hits) == 1, (start, len(hits))
    return hits[0].replace("{force}", force)


def progress(start: str) -> str:
    hits = [p for p in T.PROGRESS if p and p.startswith(start)]
    assert len(hits) == 1, start
    return hits[0]


# ---------------------------------------------------------------- transforms (force side)

ABBR = {k: v for k, v in T.ABBREVIATIONS}


def abbr(s: str, *which: str) -> str:
    """Apply chosen tracker abbreviations (by their replacement, e.g. "MSHT", "S&S")."""
    for pat, rep in T.ABBREVIATIONS:
        if rep in which:
            s = re.sub(pat, rep, s, flags=re.IGNORECASE)
    return s


def typo(s: str, *words: str) -> str:
    for w in words:
        assert w in s, (w, s[:60])
        s = s.replace(w, T.MISSPELLINGS[w], 1)
    return s


def straight(s: str) -> str:
    return (s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"'))


def flat(s: str) -> str:
    """Bullets and line breaks run into one paragraph, as pasted into a single cell."""
    s = s.replace("\n", " ").replace("•", " - ")
    return re.sub(r"\s+", " ", s).strip()


def trunc(s: str, n: int) -> str:
    if len(s) <= n:
        return s
    cut = s[:n].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "..."


def first_sentence(s: str) -> str:
    m = re.match(r"(.+?\.)(\s|$)", s, flags=re.S)
    return m.group(1) if m else s


def drop_last_sentence(s: str) -> str:
    parts = re.split(r"(?<=\.)\s+", s.strip())
    assert len(parts) > 1, s
    return " ".join(parts[:-1])


# ---------------------------------------------------------------- truth

def write_truth(path: str, lines: list[tuple[str, str, str, str]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for ln in lines:
            w.writerow(ln)


H_OPEN = {"Being progressed", "Awaiting review"}
H_CLOSED = {"Complete", "Superseded", "No further action required"}


def rule_category(h_status: str, force_done: bool) -> str:
    h_open = h_status in H_OPEN
    assert h_open or h_status in H_CLOSED, h_status
    if h_open and force_done:
        return "closeable_submit"
    if (not h_open) and (not force_done):
        return "closeable_local"
    return "in_sync"
