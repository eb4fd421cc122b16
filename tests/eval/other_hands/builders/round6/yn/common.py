"""Shared helpers for the two yn cases: real texts, truth writing."""
from __future__ import annotations

import csv
import sys

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import BODIES, NATIONAL, LEADS, LOCAL_ACTIONS  # noqa: E402,F401
from reconcile.casegen.texts.force import CDI_VICTIMS_BODY  # noqa: E402,F401

import pandas as pd  # noqa: E402

REAL = pd.read_csv("/work/shared/data/real_recommendations.csv").fillna("")


def real(i: int) -> str:
    """Text of row i of real_recommendations.csv (0-based data row)."""
    return REAL.text[i]


def nat(key: str, n: int) -> str:
    """n-th (1-based) item text of a national report."""
    return NATIONAL[key][2][n - 1][1]


def nat_title(key: str) -> str:
    return NATIONAL[key][0]


def nat_date(key: str):
    return NATIONAL[key][1]


def body(i: int, **fmt) -> str:
    b = BODIES[i]
    return b.format(**fmt) if fmt else b


def force_should(i: int, **fmt) -> str:
    return "The force should " + body(i, **fmt) + "."


def write_truth(path: str, lines: list[tuple[str, str, str, str]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for ln in lines:
            w.writerow(ln)


def category(h_open: bool, f_done: bool) -> str:
    if h_open and f_done:
        return "closeable_submit"
    if (not h_open) and (not f_done):
        return "closeable_local"
    return "in_sync"


def why_for(cat: str, hword: str, fword: str) -> str:
    fw = fword if fword.strip() else "(blank)"
    if cat == "closeable_submit":
        return f"HMICFRS status '{hword}' (open); force records it done ({fw})"
    if cat == "closeable_local":
        return f"HMICFRS status '{hword}' (closed); force still open ({fw})"
    return f"HMICFRS '{hword}' and force '{fw}' agree"
