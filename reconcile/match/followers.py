"""A row entered twice (step 6): a register's duplicate entry, pointing at its master
("Duplicate of OL-0121", `load.pointers`) and read as one more row of the master's item, is
paired with the item its master is paired with. Only a row following that one row alone,
with the master's text, reading the item at `review` or better, and left without a pair.
"""

from __future__ import annotations

from .run import Run


def duplicate_rows(run: Run) -> None:
    """Pair each duplicate left without a pair with its master's item (method 'duplicate')."""
    if "follows" not in run.f:
        return
    follows = run.f["follows"].tolist()
    if not any(isinstance(x, tuple) and len(x) == 1 for x in follows):
        return
    at = {r: k for k, r in enumerate(run.f["row_id"].tolist())}
    made = {r["f"]: r["h"] for r in run.out.rows}
    texts = run.f["text_norm"].tolist()
    t = run.table.t
    for j, targets in enumerate(follows):
        if not isinstance(targets, tuple) or len(targets) != 1 or j in made:
            continue
        m = at.get(targets[0])
        i = made.get(m) if m is not None else None
        if i is None or texts[j] != texts[m]:
            continue
        scored = t[(t["h"] == i) & (t["f"] == j)]
        if scored.empty or scored["total"].iat[0] < run.settings.review:
            continue
        run.out.add(run.table, i, j, "accepted", "duplicate",
                    note=f"; a duplicate of {run.out.f_ids[m]}, which is paired with this item")
        made[j] = i
