"""An item tracked on two sheets (step 6): a tracker kept as one tab per department puts an
item two departments share on both tabs, each copy with its own status. The copy left
without a pair is the item's row too, and the item is done only when every copy says so.

Only a row on another sheet than all the item's rows (a sheet kept one per year has its own
rule, `carried`), under the item's own report (a row naming none may be a recurring text of
a report the list no longer holds), reading the item at `accept` or better, better than any
other item by `clear_margin`.
"""

from __future__ import annotations

from .run import Run


def copies_elsewhere(run: Run) -> None:
    """Pair each item's sure copy on another sheet with it (method 'copy')."""
    rows = [r for r in run.out.rows if r["decision"] == "accepted"]
    if not rows or len(set(run.sheets.tolist())) < 2:
        return
    # Each item's sheets in the order its rows were paired: the first names it in the note.
    item_sheets: dict[int, dict] = {}
    for r in rows:
        item_sheets.setdefault(r["h"], {})[run.sheets[r["f"]]] = True
    paired_f = {r["f"] for r in run.out.rows}
    period = (run.f["sheet_is_period"].to_numpy(dtype=bool) if "sheet_is_period" in run.f
              else None)
    t, s = run.table.t, run.settings
    sure = t[(t["total"] >= s.accept) & t["same_report"] & t["h"].isin(list(item_sheets))
             & ~t["f"].isin(paired_f)]
    if sure.empty:
        return
    # Every item each candidate row reads, once: its rivals.
    read = t[t["f"].isin(set(sure["f"]))]
    totals: dict[int, list[tuple[int, float]]] = {}
    for i, k, total in zip(read["h"].tolist(), read["f"].tolist(), read["total"].tolist(),
                           strict=True):
        totals.setdefault(k, []).append((i, total))
    for i, k, total in zip(sure["h"].tolist(), sure["f"].tolist(), sure["total"].tolist(),
                           strict=True):
        if k in paired_f or run.sheets[k] in item_sheets[i] or (period is not None and period[k]):
            continue
        best = run.table.scores.best("f", k)
        rival = max((x for h, x in totals[k] if h != i), default=None)
        if best is None or best[0] != i or (rival is not None and rival > total - s.clear_margin):
            continue
        run.out.add(run.table, i, k, "accepted", "copy",
                    note=f"; the item is tracked on sheet '{next(iter(item_sheets[i]))}' too")
        paired_f.add(k)
