"""What each agreement between two rows is worth, learnt from labelled cases (m / u).

The matcher's bonuses and penalties (same report +6, other report -12, a differing reference
-25) were set by eye. This measures them the way record linkage does (Fellegi-Sunter, as in
Splink): among the candidate pairs the matcher scored, `m` is how often a level (say "same
report") occurs in true pairs and `u` how often in the others; `m / u` is how many times more
likely a pair is when that level is seen, and its log2 the weight in bits. Learnt on the TRAIN
seeds only, it says which hand-set numbers the data supports and which it does not, in words a
person can check ("same report: x40 more likely a pair").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .normalise import refs_differ

#: A level seen in no true pair (or no other pair) still gets this share, so m / u stays finite.
SMOOTHING = 0.5

#: Text score bands: the text signal is learnt as levels too, like any other comparison.
TEXT_BANDS = ((95.0, "text 95 or more"), (85.0, "text 85-95"), (70.0, "text 70-85"),
              (50.0, "text 50-70"), (0.0, "text below 50"))


@dataclass(frozen=True)
class Labelled:
    """The candidate pairs of one run, each with its comparison levels and whether it is a pair."""

    levels: pd.DataFrame      # one column per comparison, one row per candidate pair
    is_pair: np.ndarray       # bool, same length


def _text_band(text: np.ndarray) -> np.ndarray:
    out = np.full(len(text), TEXT_BANDS[-1][1], dtype=object)
    for floor, name in reversed(TEXT_BANDS[:-1]):
        out[text >= floor] = name
    return out


def comparison_levels(h: pd.DataFrame, f: pd.DataFrame, table: pd.DataFrame) -> pd.DataFrame:
    """Each scored pair's level on each comparison: text, report, year, reference, type."""
    hi, fj = table["h"].to_numpy(), table["f"].to_numpy()
    report = np.where(table["same_report"], "same report",
                      np.where(table["other_report"], "different report", "report not decisive"))
    year = np.where(table["years_differ"], "different year", "year agrees or unknown")
    href = h["ref_key"].to_numpy(dtype=object)[hi]
    fref = f["ref_key"].to_numpy(dtype=object)[fj]
    both = (href != "") & (fref != "")
    ref = np.where(both & ~refs_differ(href, fref), "same reference",
                   np.where(both, "different reference", "reference on one side or none"))
    ht = h["type_norm"].to_numpy(dtype=object)[hi]
    ft = f["type_norm"].to_numpy(dtype=object)[fj]
    known = (ht != "") & (ft != "")
    typ = np.where(known & (ht == ft), "same type",
                   np.where(known, "different type", "type on one side or none"))
    return pd.DataFrame({"text": _text_band(table["text"].to_numpy(dtype=float)),
                         "report": report, "year": year, "reference": ref, "type": typ})


def label(rec, truth: pd.DataFrame) -> Labelled:
    """The candidate pairs of a run (a Reconciliation), marked true where the truth pairs them."""
    table = rec.scores.table
    h_ids = rec.h["row_id"].to_numpy(dtype=object)
    f_ids = rec.f["row_id"].to_numpy(dtype=object)
    both = truth.dropna(subset=["hmicfrs_row", "force_row"])
    true = set(zip(both["hmicfrs_row"], both["force_row"], strict=True))
    keys = zip(h_ids[table["h"].to_numpy()], f_ids[table["f"].to_numpy()], strict=True)
    is_pair = np.fromiter((k in true for k in keys), dtype=bool, count=len(table))
    return Labelled(comparison_levels(rec.h, rec.f, table), is_pair)


def learn(runs: Iterable[Labelled]) -> pd.DataFrame:
    """m, u, m/u and the weight in bits of every level, with the weight in words."""
    runs = list(runs)
    levels = pd.concat([r.levels for r in runs], ignore_index=True)
    is_pair = np.concatenate([r.is_pair for r in runs]) if runs else np.array([], dtype=bool)
    n_true, n_false = int(is_pair.sum()), int((~is_pair).sum())
    rows = []
    for comparison in levels.columns:
        values = levels[comparison].to_numpy(dtype=object)
        names = sorted(set(values), key=str)
        for name in names:
            seen = values == name
            t, o = int((seen & is_pair).sum()), int((seen & ~is_pair).sum())
            m = (t + SMOOTHING) / (n_true + SMOOTHING * len(names))
            u = (o + SMOOTHING) / (n_false + SMOOTHING * len(names))
            rows.append({"comparison": comparison, "level": name, "true_pairs": t,
                         "other_pairs": o, "m": m, "u": u, "bayes_factor": m / u,
                         "weight_bits": float(np.log2(m / u)), "in_words": in_words(name, m / u)})
    return pd.DataFrame(rows)


def in_words(level: str, factor: float) -> str:
    """'same report: x40 more likely a pair' / 'different report: x25 less likely a pair'."""
    if factor >= 1:
        return f"{level}: x{factor:,.{0 if factor >= 10 else 1}f} more likely a pair"
    inverse = 1 / factor
    return f"{level}: x{inverse:,.{0 if inverse >= 10 else 1}f} less likely a pair"


def report(weights: pd.DataFrame) -> str:
    """The learnt weights as a table a person reads, strongest evidence first in each comparison."""
    lines = [f"{'comparison':<10} {'level':<32} {'pairs':>7} {'others':>8} {'m/u':>9} "
             f"{'bits':>6}"]
    for comparison, rows in weights.groupby("comparison", sort=False):
        for r in rows.sort_values("weight_bits", ascending=False).itertuples():
            lines.append(f"{comparison:<10} {r.level:<32} {r.true_pairs:>7} {r.other_pairs:>8} "
                         f"{r.bayes_factor:>9.3g} {r.weight_bits:>+6.1f}")
    return "\n".join(lines)


__all__ = ["Labelled", "comparison_levels", "in_words", "label", "learn", "report"]
