"""How a run's flat CSV compares with the generator's ground truth (``truth.csv``).

Speed work must not cost accuracy, so the benchmark scores every run it times. Scoring is
strict: a pair is right only with its own HMICFRS row. All-forces items carry the same text in
every force's register (the same ``twin`` key); a pair with another force's copy is wrong (both
files name the force) and is also counted as a twin confusion, to tell that mistake apart.
Standard library only: the benchmark's parent process stays light.
"""

from __future__ import annotations

import csv
from pathlib import Path


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def score(output_csv: Path, truth_csv: Path) -> dict[str, float | int]:
    """Pair precision and recall, and how well missing / not-on-list rows were found."""
    truth = _rows(truth_csv)
    partner = {t["force_row"]: t["hmicfrs_row"] for t in truth if t["force_row"] and t["hmicfrs_row"]}
    twin = {t["hmicfrs_row"]: t["twin"] for t in truth if t["hmicfrs_row"] and t["twin"]}
    true_missing = {t["hmicfrs_row"] for t in truth if t["relation"] == "missing_from_force"}
    true_extra = {t["force_row"] for t in truth if t["relation"] == "not_on_hmicfrs_list"}

    def twins(h_out: str, h_true: str) -> bool:
        return h_out != h_true and h_out in twin and twin.get(h_out) == twin.get(h_true)

    made = right = review = review_right = twin_confusions = 0
    said_missing: set[str] = set()
    said_extra: set[str] = set()
    for line in _rows(output_csv):
        h, f, category = line.get("hmicfrs_row", ""), line.get("force_row", ""), line["category"]
        if h and f:
            ok = f in partner and h == partner[f]
            twin_confusions += f in partner and twins(h, partner[f])
            if category == "review":
                review += 1
                review_right += ok
            else:
                made += 1
                right += ok
        elif category == "missing_from_force":
            said_missing.add(h)
        elif category == "not_on_hmicfrs_list":
            said_extra.add(f)

    def ratio(a: int, b: int) -> float:
        return round(a / b, 4) if b else float("nan")

    return {
        "pairs_made": made, "pairs_right": right,
        "pair_precision": ratio(right, made),
        "pair_recall": ratio(right, len(partner)),
        "review_pairs": review, "review_right": review_right,
        "twin_confusions": twin_confusions,
        "missing_found": ratio(len(said_missing & true_missing), len(true_missing)),
        "missing_precision": ratio(len(said_missing & true_missing), len(said_missing)),
        "extra_found": ratio(len(said_extra & true_extra), len(true_extra)),
        "extra_precision": ratio(len(said_extra & true_extra), len(said_extra)),
    }


def describe(s: dict[str, float | int]) -> str:
    """One line for the benchmark's report."""
    def pct(x: float | int) -> str:
        return "n/a" if x != x else f"{100 * x:.1f}%"

    return (f"pairs {s['pairs_made']} (precision {pct(s['pair_precision'])}, recall "
            f"{pct(s['pair_recall'])}), review {s['review_pairs']} "
            f"({s['review_right']} right), {s['twin_confusions']} paired with another force's "
            f"copy of an all-forces item; missing_from_force found {pct(s['missing_found'])} "
            f"(precision {pct(s['missing_precision'])}); not_on_hmicfrs_list found "
            f"{pct(s['extra_found'])} (precision {pct(s['extra_precision'])})")
