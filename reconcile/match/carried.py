"""An item carried forward to another row, paired with that row too (step 6): a force row
whose status points elsewhere ("Carried forward to 2023-24") is the item's older copy; the row
it was carried to, written again (often shorter) on a later sheet, holds its status.

Only a row left without a pair, on another sheet, under a report that does not contradict
the item's, reading the item at `review` or better and no other item as well. The older copy,
held back for review only because the row it was carried to reads the item better, is then
accepted too.
"""

from __future__ import annotations

from ..normalise import points_elsewhere
from .run import Run


def carried_copies(run: Run) -> None:
    """Pair each carried-forward item with the row it was carried to (method 'carried')."""
    if "status" not in run.f:
        return
    statuses = run.f["status"].tolist()
    paired_f = {r["f"] for r in run.out.rows}
    carried = [r for r in run.out.rows if points_elsewhere(statuses[r["f"]])]
    if not carried:
        return
    t, sheets, s = run.table.t, run.sheets, run.settings
    for older in carried:
        i, j = older["h"], older["f"]
        rows = t[(t["h"] == i) & ~t["f"].isin(paired_f) & ~t["other_report"]
                 & (t["total"] >= s.review)].sort_values("total", ascending=False)
        for k in rows["f"].tolist():
            if sheets[k] == sheets[j]:
                continue
            best = run.table.scores.best("f", k)
            if best is not None and best[0] == i:
                run.out.add(run.table, i, k, "accepted", "carried",
                            note=f"; the row {run.out.f_ids[j]} was carried forward to")
                paired_f.add(k)
                # The older copy was held back only for the row it was carried to, which
                # reads the item better (written again, shorter): both are the item's.
                if older["decision"] == "review" and older["runner_up"].startswith(
                        f"force {run.out.f_ids[k]} "):
                    older["decision"] = "accepted"
                break
