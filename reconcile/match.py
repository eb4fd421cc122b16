"""Pair HMICFRS items with force rows: reference first, then scored text, one-to-one.

Stages, each visible below: exact reference pairs → score matrices (rapidfuzz ``cdist``, in
bulk) → split recommendations (several force rows inside one HMICFRS text) → global one-to-one
assignment (``scipy.optimize.linear_sum_assignment``, not greedy) → accept / review by
threshold and by the gap to the runner-up. Every pair keeps its score parts, so the workbook
can say why it was made.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .config import MatchSettings

PAIR_COLUMNS = ["h", "f", "decision", "method", "score", "text_score", "report_score",
                "margin", "runner_up", "part"]


@dataclass(frozen=True)
class Scores:
    """Score matrices, HMICFRS rows × force rows, all 0-100 (float32)."""

    text: np.ndarray
    contain: np.ndarray       # how much of the shorter text sits inside the longer one
    report: np.ndarray        # similarity of the report names, years aside
    same_report: np.ndarray   # bool: both name the same report (name alike, years agree)
    other_report: np.ndarray  # bool: both name a report and they differ
    total: np.ndarray


def _ref_key(value: object) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    text = str(value).strip().lower()
    text = re.sub(r"\.0$", "", text)
    text = re.sub(r"[^0-9a-z]", "", text)
    return text.lstrip("0")


def score_matrices(h: pd.DataFrame, f: pd.DataFrame, settings: MatchSettings) -> Scores:
    """Text and report similarity for every pair, computed in bulk."""
    from rapidfuzz import fuzz, process

    a, b = list(h["text_norm"]), list(f["text_norm"])
    kw = {"dtype": np.float32, "workers": -1}
    ratio = process.cdist(a, b, scorer=fuzz.ratio, **kw)
    tsort = process.cdist(a, b, scorer=fuzz.token_sort_ratio, **kw)
    tset = process.cdist(a, b, scorer=fuzz.token_set_ratio, **kw)
    la = np.array([max(len(x), 1) for x in a], dtype=np.float32)[:, None]
    lb = np.array([max(len(x), 1) for x in b], dtype=np.float32)[None, :]
    len_ratio = np.minimum(la, lb) / np.maximum(la, lb)
    # token_set_ratio reaches 100 whenever one text's words are a subset of the other's, so
    # a short text inside a long one is discounted by how much of it is missing.
    subset = tset * (0.7 + 0.3 * np.minimum(1.0, len_ratio / 0.5))
    text = np.maximum(np.maximum(ratio, tsort), subset)

    ra = [_report_name(x) for x in h["report_key"]]
    rb = [_report_name(x) for x in f["report_key"]]
    report = process.cdist(ra, rb, scorer=fuzz.token_set_ratio, **kw)
    has_a = np.array([bool(x) for x in ra])[:, None]
    has_b = np.array([bool(x) for x in rb])[None, :]
    ya = np.array([y if isinstance(y, (int, np.integer)) else -1 for y in h["year"]])[:, None]
    yb = np.array([y if isinstance(y, (int, np.integer)) else -1 for y in f["year"]])[None, :]
    years_agree = (ya < 0) | (yb < 0) | (ya == yb)
    both = has_a & has_b
    same = both & (report >= settings.same_report) & years_agree
    other = both & ~same
    total = text + settings.same_report_bonus * same - settings.other_report_penalty * other
    return Scores(text=text, contain=tset, report=np.where(both, report, np.nan),
                  same_report=same, other_report=other, total=np.clip(total, 0, 100))


def _report_name(key: str) -> str:
    return " ".join(w for w in str(key).split() if not re.fullmatch(r"(19|20)\d\d", w))


def _words(text: str) -> set[str]:
    return {w for w in text.split() if len(w) > 3}


def _ref_pairs(h: pd.DataFrame, f: pd.DataFrame) -> list[tuple[int, int]]:
    href = {}
    for i, v in enumerate(h["ref"]):
        k = _ref_key(v)
        if k:
            href.setdefault(k, i)
    return [(href[k], j) for j, v in enumerate(f["ref"]) if (k := _ref_key(v)) and k in href]


def _splits(h: pd.DataFrame, f: pd.DataFrame, s: Scores, settings: MatchSettings,
            free_h: set[int], free_f: set[int]) -> dict[int, list[int]]:
    """HMICFRS items the force split into several rows (one per bullet or action)."""
    la = h["text_norm"].str.len().to_numpy()
    lb = f["text_norm"].str.len().to_numpy()
    candidates: dict[int, list[int]] = {}
    for j in free_f:
        col = np.where([i in free_h for i in range(len(h))], s.total[:, j], -1)
        i = int(np.argmax(col))
        if (col[i] > 0 and s.contain[i, j] >= settings.split_containment
                and lb[j] < 0.8 * la[i] and not s.other_report[i, j]):
            candidates.setdefault(i, []).append(j)
    groups = {}
    for i, parts in candidates.items():
        if len(parts) < 2:
            continue
        target = _words(h["text_norm"].iat[i])
        covered = set().union(*(_words(f["text_norm"].iat[j]) for j in parts)) & target
        if target and len(covered) / len(target) >= settings.split_coverage:
            groups[i] = sorted(parts, key=lambda j: f["row"].iat[j])
    return groups


def _runner_up(sub: np.ndarray, r: int, c: int, h_ids: np.ndarray, f_ids: np.ndarray
               ) -> tuple[str, float]:
    """The best alternative for either row of a pair, and its score."""
    row = sub[r, :].copy()
    row[c] = -1
    col = sub[:, c].copy()
    col[r] = -1
    jr, ic = int(np.argmax(row)), int(np.argmax(col))
    if max(row[jr], col[ic]) <= 0:
        return "", 0.0
    if row[jr] >= col[ic]:
        return f"force {f_ids[jr]} ({row[jr]:.0f})", float(row[jr])
    return f"HMICFRS {h_ids[ic]} ({col[ic]:.0f})", float(col[ic])


def match(h: pd.DataFrame, f: pd.DataFrame, settings: MatchSettings,
          forced: Iterable[tuple[str, str]] = (), forbidden: Iterable[tuple[str, str]] = ()
          ) -> tuple[pd.DataFrame, Scores]:
    """Pairs of (HMICFRS index, force index) with decision and explanation.

    `forced` and `forbidden` are (hmicfrs row_id, force row_id) pairs a person decided on
    (an accepted or rejected match from a returned workbook): forced pairs are made first,
    forbidden pairs are never made.
    """
    from scipy.optimize import linear_sum_assignment

    h = h.reset_index(drop=True)
    f = f.reset_index(drop=True)
    s = score_matrices(h, f, settings)
    h_pos = {r: i for i, r in enumerate(h["row_id"])}
    f_pos = {r: j for j, r in enumerate(f["row_id"])}
    banned = {(h_pos[hr], f_pos[fr]) for hr, fr in forbidden if hr in h_pos and fr in f_pos}
    for i, j in banned:
        s.total[i, j] = 0.0
    rows: list[dict] = []

    def add(i: int, j: int, decision: str, method: str, margin: float, runner: str,
            part: str = "") -> None:
        rows.append({"h": i, "f": j, "decision": decision, "method": method,
                     "score": round(float(s.total[i, j]), 1),
                     "text_score": round(float(s.text[i, j]), 1),
                     "report_score": (None if np.isnan(s.report[i, j])
                                      else round(float(s.report[i, j]), 1)),
                     "margin": None if margin is None else round(float(margin), 1),
                     "runner_up": runner, "part": part})

    # 0. A person's decision stands.
    taken_h: set[int] = set()
    taken_f: set[int] = set()
    for hr, fr in forced:
        if hr in h_pos and fr in f_pos and f_pos[fr] not in taken_f:
            add(h_pos[hr], f_pos[fr], "accepted", "decision", None, "")
            taken_h.add(h_pos[hr])
            taken_f.add(f_pos[fr])

    # 1. Shared register reference: certain, whatever the text says.
    by_ref = [(i, j) for i, j in _ref_pairs(h, f)
              if i not in taken_h and j not in taken_f and (i, j) not in banned]
    ref_count: dict[int, int] = {}
    for i, _ in by_ref:
        ref_count[i] = ref_count.get(i, 0) + 1
    seen: dict[int, int] = {}
    for i, j in by_ref:
        seen[i] = seen.get(i, 0) + 1
        part = f"{seen[i]} of {ref_count[i]}" if ref_count[i] > 1 else ""
        add(i, j, "accepted", "reference", None, "", part)
    free_h = set(range(len(h))) - {i for i, _ in by_ref} - taken_h
    free_f = set(range(len(f))) - {j for _, j in by_ref} - taken_f

    # 2. One recommendation split by the force into several rows.
    for i, parts in _splits(h, f, s, settings, free_h, free_f).items():
        for k, j in enumerate(parts, start=1):
            add(i, j, "accepted", "split", None, "", f"{k} of {len(parts)}")
        free_h.discard(i)
        free_f.difference_update(parts)

    # 3. Global one-to-one assignment over what is left.
    hi, fj = sorted(free_h), sorted(free_f)
    if hi and fj:
        sub = s.total[np.ix_(hi, fj)]
        r_idx, c_idx = linear_sum_assignment(sub, maximize=True)
        for r, c in zip(r_idx, c_idx, strict=True):
            score = sub[r, c]
            if score < settings.review:
                continue
            runner, alt = _runner_up(sub, r, c, h["row_id"].to_numpy()[hi],
                                     f["row_id"].to_numpy()[fj])
            margin = score - alt
            ok = score >= settings.accept and margin >= settings.margin
            add(hi[r], fj[c], "accepted" if ok else "review", "text", margin, runner)
    pairs = pd.DataFrame(rows, columns=PAIR_COLUMNS)
    return pairs, s
