"""What force trackers do to HMICFRS wording, as functions of a seeded random generator.

Seen in real trackers (see the project's research notes): stems dropped ("HMIC recommends that
the force should:"), "AFI 1 - " prefixes, abbreviations ("MSHT"), typos, truncation, clauses
reordered, and one recommendation split into a row per bullet.
"""

from __future__ import annotations

import random
import re

from . import texts as T

P_STEM_DROPPED = 0.5
P_ID_PREFIX = 0.2
P_ABBREVIATED = 0.35
P_TYPO = 0.15
P_TRUNCATED = 0.08
P_REORDERED = 0.08
ID_PREFIX = {T.REC: ["Rec {k}: ", "R{k} ", "Recommendation {k} - "],
             T.NAT: ["Rec {k}: ", "R{k} ", "Recommendation {k} - "],
             T.AFI: ["AFI {k} - ", "AFI{k}: ", "Area for improvement {k} - "],
             T.COC: ["CoC {k}: ", "Cause of concern {k} - "]}

_STEM_RE = re.compile(r"^(?:.{0,140}?)\bshould\b(?: immediately)?:?\s*", re.DOTALL)


def drop_stem(text: str) -> str:
    """'Within six months, the force should: ensure …' → 'Ensure …' (as trackers write it)."""
    m = _STEM_RE.match(text)
    if not m or len(text) - m.end() < 20:
        return text
    rest = text[m.end():].lstrip(" ,;:")
    return rest[:1].upper() + rest[1:]


def abbreviate(rng: random.Random, text: str) -> str:
    for pattern, short in T.ABBREVIATIONS:
        if rng.random() < (0.3 if short == "&" else 0.7):
            text = re.sub(pattern, short, text, flags=re.IGNORECASE)
    return text


def typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    for _ in range(rng.randint(1, 2)):
        k = rng.randrange(len(words))
        w = words[k]
        low = w.lower().strip(".,;:")
        if low in T.MISSPELLINGS:
            words[k] = w.replace(low, T.MISSPELLINGS[low])
        elif len(w) > 4 and w.isalpha():
            j = rng.randrange(1, len(w) - 2)
            op = rng.randrange(3)
            if op == 0:
                w = w[:j] + w[j + 1] + w[j] + w[j + 2:]   # swapped letters
            elif op == 1:
                w = w[:j] + w[j + 1:]                       # dropped letter
            else:
                w = w[:j] + w[j] + w[j:]                    # doubled letter
            words[k] = w
    return " ".join(words)


def truncate(rng: random.Random, text: str) -> str:
    words = text.split()
    keep = max(6, int(len(words) * rng.uniform(0.4, 0.8)))
    if keep >= len(words):
        return text
    return " ".join(words[:keep]).rstrip(",;:") + rng.choice(["...", "…", ""])


def clauses(text: str) -> list[str]:
    """Bullets, then '; ', then sentences: the pieces a tracker splits a recommendation into."""
    for sep in (r"\s*•\s*", r"\n+", r";\s+(?:and\s+)?", r"(?<=[a-z])\.\s+(?=[A-Z])"):
        parts = [p.strip(" ;") for p in re.split(sep, text) if len(p.split()) >= 4]
        if len(parts) >= 2:
            return parts
    return [text]


def reorder(rng: random.Random, text: str) -> str:
    parts = clauses(text)
    if len(parts) < 2:
        return text
    k = rng.randrange(1, len(parts))
    parts = parts[k:] + parts[:k]
    return "; ".join(p.rstrip(".") for p in parts) + "."


def perturb(rng: random.Random, text: str, kind: str, number: int) -> tuple[str, list[str]]:
    """The force's version of an HMICFRS text, and what was done to it."""
    changes = []
    steps = [(P_REORDERED, reorder, "reordered"), (P_ABBREVIATED, abbreviate, "abbreviated"),
             (P_TRUNCATED, truncate, "truncated")]
    if kind != T.COC:   # a cause of concern keeps its stem (and draws no number for it)
        steps.insert(0, (P_STEM_DROPPED, lambda _rng, t: drop_stem(t), "stem dropped"))
    for rate, change, name in steps:
        if rng.random() < rate:
            new = change(rng, text)
            if new != text:
                text = new
                changes.append(name)
    if rng.random() < P_TYPO:
        text, changes = typo(rng, text), [*changes, "typo"]
    if rng.random() < P_ID_PREFIX:
        text = rng.choice(ID_PREFIX[kind]).format(k=number) + text
        changes.append("id prefix")
    return text, changes


def split_parts(rng: random.Random, text: str) -> list[str]:
    """One row per bullet or clause (at most four rows), as trackers split recommendations."""
    parts = clauses(drop_stem(text) if rng.random() < 0.7 else text)
    if len(parts) < 2:
        return []
    while len(parts) > 4:
        k = rng.randrange(len(parts) - 1)
        parts[k:k + 2] = [f"{parts[k]}; {parts[k + 1]}"]
    if rng.random() < 0.4:
        lead = " ".join(drop_stem(text).split()[:4]).rstrip(",;:")
        parts = [f"{lead} ({k} of {len(parts)}): {p}" for k, p in enumerate(parts, start=1)]
    return parts
