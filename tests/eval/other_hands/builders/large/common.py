"""Shared helpers for the independent cases: load the real texts as data (no import of the
tool's package), text-drift functions a force tracker applies, and truth writing."""
from __future__ import annotations

import csv
import re
import random

TEXT_DIR = "/work/main/reconcile/casegen/texts/"
REAL_CSV = "/work/shared/data/real_recommendations.csv"


def load_texts() -> dict:
    ns: dict = {}
    for name in ("national.py", "force.py", "tracker.py"):
        src = open(TEXT_DIR + name, encoding="utf-8").read()
        src = src.replace("from .national import AFI, REC", "")
        exec(compile(src, name, "exec"), ns)
    return ns


def load_real() -> list[dict]:
    with open(REAL_CSV, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def body_by(bodies: list[str], key: str) -> str:
    hits = [b for b in bodies if key in b]
    assert len(hits) == 1, (key, len(hits))
    return hits[0]


# ---------------------------------------------------------------- text drift (force side)
STEM_RE = re.compile(
    r"^(?:To address this cause of concern,? )?(?:HMICFRS|HMIC) recommends(?: that)? ", re.I)


def cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def drop_stem(t: str, rng: random.Random) -> str:
    """Drop "HMIC recommends that" style stems, or the subject "The force should"."""
    s = STEM_RE.sub("", t)
    if s != t:
        s = re.sub(r"^the force should immediately:\s*", "The force should immediately ", s)
        s = re.sub(r"^within six months the force should:\s*", "Within six months the force should ", s)
        return cap(s.strip())
    m = re.match(r"^(The force|The service|Northamptonshire Police|"
                 r"Northamptonshire Fire and Rescue Service) should ", t)
    if m:
        return cap(t[m.end():])
    return t


def straighten(t: str) -> str:
    return (t.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"'))


def retype(t: str, rng: random.Random, abbreviations, misspellings) -> str:
    s = straighten(t) if rng.random() < 0.7 else t
    abbr = [a for a in abbreviations if re.search(a[0], s, re.I)]
    rng.shuffle(abbr)
    for pat, rep in abbr[: rng.randint(1, 3)]:
        if rep == "&" and rng.random() < 0.5:
            continue
        s = re.sub(pat, rep, s, count=rng.choice([1, 0]), flags=re.I)
    words = [w for w in misspellings if w in s]
    if words and rng.random() < 0.6:
        w = rng.choice(words)
        s = s.replace(w, misspellings[w], 1)
    if rng.random() < 0.3:
        s = s.replace("The force", "The Force").replace("the force", "the Force")
    if rng.random() < 0.2:
        s = s.replace(", ", ",  ", 1)
    if rng.random() < 0.3:
        s = s.rstrip(".;")
    return s


def truncate(t: str, rng: random.Random, n: int | None = None) -> str:
    n = n or rng.randint(112, 126)
    if len(t) <= n + 15:
        return t
    cut = t[:n]
    if " " in cut:
        cut = cut[: cut.rfind(" ")]
    cut = cut.rstrip(",;: ")
    return cut + rng.choice(["…", "…", "...", " …"])


CLAUSE_BREAKS = [",", ";", " to ensure", " so that", " in order to", ". ", " and make sure",
                 " while ", " thus "]


def abridge(t: str, rng: random.Random, who: str = "Force") -> str:
    """Humberside-style abridgement: the ask after "should", to its first clause break."""
    s = straighten(t).replace("\n", " ")
    m = re.search(r"\bshould(?: immediately)?:?\s*", s)
    if not m:
        return truncate(s, rng, 90)
    rest = s[m.end():]
    words = rest.split()
    best = rest
    for br in CLAUSE_BREAKS:
        i = rest.find(br)
        if i > 0 and len(rest[:i].split()) >= 6:
            if len(rest[:i]) < len(best):
                best = rest[:i]
    words = best.split()
    if len(words) > 15:
        words = words[:15]
    stop = {"the", "a", "an", "of", "to", "and", "on", "in", "for", "with", "its", "their",
            "from", "by", "both", "that", "are", "is", "be", "all", "at", "or"}
    while words and words[-1].lower().strip(".,;:") in stop:
        words = words[:-1]
    out = " ".join(words).rstrip(".,;:")
    out = re.sub(r"\bits\b ", "", out, count=1) if rng.random() < 0.5 else out
    lead = rng.choice([f"{who} to ", f"{who} to ", "", f"{who} should "])
    return (lead + out) if lead else cap(out)


def write_truth(path: str, lines: list[tuple[str, str, str, str]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for ln in lines:
            w.writerow(ln)
