"""A row holding a numbered list of items, each entry paired with the item it reads (step 3a;
a tracker kept one row per report, `normalise.entries`): the row is a line of each.

An entry is weighed on its own words against the row's candidates (IDF-weighted, as the word
index weighs them): the item it shares most of its telling words with, clearly ahead of the
next, under a report that does not contradict the row's (`list_dice`, `list_held`,
`list_ahead`, `list_sure` in MatchSettings). Two or more entries paired make the row a list;
fewer leave it to the steps after, as one text.
"""

from __future__ import annotations

import pandas as pd

from .run import Run


def pair_listed(run: Run, free: pd.DataFrame, entries: pd.DataFrame | None) -> pd.DataFrame:
    """Pairs of listed rows' entries (method 'listed', `entry` its number); the scored pairs
    left free."""
    if entries is None or entries.empty:
        return free
    idf = run.index.idf or {}
    s = run.settings
    cols = run.table.cols
    for j, mine in entries.groupby("list_row", sort=True):
        j = int(j)
        if j in run.taken_f:
            continue
        cands = [int(i) for i in free.loc[free["f"] == j, "h"] if int(i) not in run.taken_h]
        picks: dict[int, tuple[int, float, float]] = {}     # item -> (entry, dice, gap)
        for n, toks in zip(mine["entry"].tolist(), mine["tokens"].tolist(), strict=True):
            words = set(toks)
            weight = sum(idf.get(w, 0.0) for w in words)
            if not weight:
                continue
            fits = []
            for i in cands:
                shared = sum(idf.get(w, 0.0) for w in words & set(run.h["tokens"].iat[i]))
                dice = 2 * shared / (weight + run.index.weight_h[i])
                if shared / weight >= s.list_held:
                    fits.append((dice, i))
            fits.sort(reverse=True)
            if not fits or fits[0][0] < s.list_dice:
                continue
            gap = fits[0][0] - (fits[1][0] if len(fits) > 1 else 0.0)
            i = fits[0][1]
            if gap >= s.list_ahead and not cols["other_report"][run.table.row_of(i, j)] and (
                    i not in picks or picks[i][1] < fits[0][0]):
                picks[i] = (int(n), fits[0][0], gap)
        if len(picks) < 2:
            continue
        for i, (n, dice, gap) in sorted(picks.items(), key=lambda kv: kv[1][0]):
            sure = dice >= s.list_sure and gap >= 2 * s.list_ahead
            run.out.add(run.table, i, j, "accepted" if sure else "review", "listed",
                        margin=round(100 * gap, 1), entry=n,
                        note=f"; entry {n} of the row's list read on its own (shared words "
                             f"{100 * dice:.0f})")
            run.taken_h.add(i)
        run.taken_f.add(j)
    return free[~free["h"].isin(run.taken_h) & ~free["f"].isin(run.taken_f)]
