"""A force cell holding a cause of concern and its recommendation ("Cause of concern: The
force's response to missing children… Recommendation: To address this cause of concern, the
force should…"), compared by its recommendation when the list holds no cause of concern of its
own to pair the first half with: inquirytracker-style copies write every sub-clause row so."""

from __future__ import annotations

import re

import pandas as pd

from .text import norm_item_text, tokens

_COMBINED = re.compile(r"^\s*cause\s+(?:of|for)\s+concern\s*[:\-–]\s*.+?\brecommendation(?:\s*\d+)?"
                       r"\s*[:\-–]\s*(?P<rec>.+)$", re.IGNORECASE | re.DOTALL)


def by_recommendation(h: pd.DataFrame, f: pd.DataFrame) -> pd.DataFrame:
    """`f` with such cells' comparison text (text_norm, tokens) their recommendation's, when
    no HMICFRS item is a cause of concern; otherwise `f` unchanged (the cell then holds two
    items of the list, a merge the matcher finds)."""
    if "cause of concern" in set(h["type_norm"].dropna()):
        return f
    rec = [m.group("rec") if isinstance(t, str) and (m := _COMBINED.match(t)) else None
           for t in f["text"].tolist()]
    at = [j for j, r in enumerate(rec) if r]
    if not at:
        return f
    out = f.copy()
    norm = out["text_norm"].tolist()
    toks = out["tokens"].tolist()
    for j in at:
        norm[j] = norm_item_text(rec[j])
        toks[j] = tokens(norm[j])
    out["text_norm"] = norm
    out["tokens"] = toks
    return out
