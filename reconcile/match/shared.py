"""One tracker row for an alliance's or a region's forces: forces keep one joint tracker, and
a national recommendation each of them was given (one text, a reference per force) is tracked
once, its Force cell "Both", "Joint", "All 5" or "Leics/Notts". That row is the row of each
copy of the forces it names."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ..config import MatchSettings
from ..normalise import forces_of


def shared_rows(t: pd.DataFrame, hk: np.ndarray, fk: np.ndarray, f_force: np.ndarray,
                settings: MatchSettings) -> dict[int, list[int]]:
    """{force row: [item per force]} for rows held for every force of the list ("Both":
    a force cell that names no one force) whose best item in each of two or more forces'
    blocks is accepted on its own, the same text force by force, and has no better row."""
    if not len(t) or not (hk != "").any():
        return {}
    shared = np.array([(fk[j] == "" and isinstance(f_force[j], str) and f_force[j].strip() != "")
                       or "|" in fk[j] for j in range(len(fk))], dtype=bool)
    if not shared.any():
        return {}
    ok = t[~t["other_report"].to_numpy() & ~t["ref_differs"].to_numpy()]
    best_row = ok.sort_values("total", ascending=False, kind="stable").drop_duplicates("h")
    best_of_item = dict(zip(best_row["h"].tolist(), best_row["f"].tolist(), strict=True))
    out: dict[int, list[int]] = {}
    mine = ok[shared[ok["f"].to_numpy()]]
    for j, rows in mine.groupby("f", sort=True):
        rows = rows[rows["total"] >= settings.accept]
        forces = hk[rows["h"].to_numpy()]
        picked = []
        held = forces_of(fk[int(j)]) or set(forces)          # "Leics/Notts": those two only
        for force in sorted(set(forces) - {""} & held):
            in_force = rows[forces == force].sort_values("total", ascending=False, kind="stable")
            i = int(in_force["h"].iat[0])
            second = in_force["total"].iat[1] if len(in_force) > 1 else -1.0
            if in_force["total"].iat[0] - second >= settings.margin and best_of_item.get(i) == j:
                picked.append(i)
        if len(picked) >= 2:
            out[int(j)] = picked
    return out


def pair_shared(run: Any, free: pd.DataFrame) -> pd.DataFrame:
    """2b. Pair each alliance row with every force's copy it holds (`shared_rows`); the
    scored pairs left free. `run`: the match's state (run.Run)."""
    hk, fk = run.forces
    found = shared_rows(free, hk, fk, run.f["force"].to_numpy(dtype=object), run.settings)
    for j, items in found.items():
        for k, i in enumerate(items, start=1):
            run.out.add(run.table, i, j, "accepted", "merged", part=f"{k} of {len(items)}")
        run.taken_h.update(items)
        run.taken_f.add(j)
    if not found:
        return free
    return free[~free["h"].isin(run.taken_h) & ~free["f"].isin(run.taken_f)]
