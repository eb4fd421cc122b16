"""A row holding a numbered list of items, or summing several up in clauses, each entry paired
with the item it reads (step 3a; a tracker kept one row per report, or one row answering a
report's four recommendations, `normalise.entries`): the row is a line of each.

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
    s = run.settings
    listing = set(entries["list_row"].tolist())
    left = free[free["f"].isin(listing) & ~free["h"].isin(run.taken_h)]
    cands_of: dict[int, list[int]] = {}
    for i, j in zip(left["h"].tolist(), left["f"].tolist(), strict=True):
        cands_of.setdefault(int(j), []).append(int(i))
    # A row summing several items up, paired already with one on the reference it gives
    # ("3120" beside "Recs 1-4: …"): its other clauses may still name the others.
    h_words = run.h["tokens"].tolist()      # a pandas look-up per candidate costs more
    summing = set(entries.loc[entries["clause"], "list_row"].tolist())
    held = _held(run, summing)
    # A row that reads one item whole at `accept` is that item's: its clauses are the item's
    # own facets ("Cause of concern - current approach to domestic abuse; victims not
    # supporting investigations; …"), however like its recommendations they read.
    whole = {j for j in summing if (best := run.table.scores.best("f", j)) is not None
             and best[1] >= s.accept}
    open_rows = {j for j in listing if j not in whole
                 and (j not in run.taken_f or (j in summing and j in held))}
    entries = entries[entries["list_row"].isin(open_rows)]
    for j, mine in entries.groupby("list_row", sort=True):
        j = int(j)
        summed = j in summing
        cands = [i for i in cands_of.get(j, ()) if i not in run.taken_h]
        if j in run.taken_f:
            cands = [*held[j][0], *(i for i in held[j][1] if i not in run.taken_h)]
        picks = _picks(run, j, mine, cands, summed, h_words)
        paired = held[j][0] if j in run.taken_f else set()
        if len(picks) < 2 or not paired <= set(picks):
            continue
        for i, (n, fit, gap) in sorted(picks.items(), key=lambda kv: kv[1][0]):
            if i in paired:
                continue
            # A clause, a few words, is sure on the share held and twice the lead.
            sure = fit >= (s.list_held if summed else s.list_sure) and gap >= 2 * s.list_ahead
            how = (f"clause {n} of the row's summaries read on its own ({100 * fit:.0f}% of its "
                   "words the item's)" if summed else
                   f"entry {n} of the row's list read on its own (shared words {100 * fit:.0f})")
            run.out.add(run.table, i, j, "accepted" if sure else "review", "listed",
                        margin=round(100 * gap, 1), entry=n, note=f"; {how}")
            run.taken_h.add(i)
        run.taken_f.add(j)
    return free[~free["h"].isin(run.taken_h) & ~free["f"].isin(run.taken_f)]


def _picks(run: Run, j: int, mine: pd.DataFrame, cands: list[int], summed: bool,
           h_words: list) -> dict[int, tuple[int, float, float]]:
    """{item: (entry, fit, lead)}: the item each of row j's entries reads clearly, under a
    report that does not contradict the row's. A numbered list's entries each copy an item:
    weighed by the words both hold (dice); a row's clauses each sum one up in a few words:
    by the share of the clause's words the item holds."""
    idf, s, cols = run.index.idf or {}, run.settings, run.table.cols
    picks: dict[int, tuple[int, float, float]] = {}
    for n, toks in zip(mine["entry"].tolist(), mine["tokens"].tolist(), strict=True):
        words = set(toks)
        weight = sum(idf.get(w, 0.0) for w in words)
        if not weight:
            continue
        fits = []
        for i in cands:
            shared = sum(idf.get(w, 0.0) for w in words & set(h_words[i]))
            if shared / weight >= s.list_held:
                fits.append((shared / weight if summed
                             else 2 * shared / (weight + run.index.weight_h[i]), i))
        fits.sort(reverse=True)
        if not fits or fits[0][0] < (s.list_held if summed else s.list_dice):
            continue
        gap = fits[0][0] - (fits[1][0] if len(fits) > 1 else 0.0)
        i = fits[0][1]
        if gap >= s.list_ahead and not cols["other_report"][run.table.row_of(i, j)] and (
                i not in picks or picks[i][1] < fits[0][0]):
            picks[i] = (int(n), fits[0][0], gap)
    return picks


def _held(run: Run, rows: set[int]) -> dict[int, tuple[set[int], list[int]]]:
    """Of the rows given that are paired already: {row: (its items, every item scored with
    it)}."""
    paired: dict[int, set[int]] = {}
    for made in run.out.rows:
        if made["f"] in rows:
            paired.setdefault(int(made["f"]), set()).add(int(made["h"]))
    if not paired:
        return {}
    t = run.table.t
    scored = t[t["f"].isin(list(paired))]
    out: dict[int, tuple[set[int], list[int]]] = {}
    for i, j in zip(scored["h"].tolist(), scored["f"].tolist(), strict=True):
        out.setdefault(int(j), (paired[int(j)], []))[1].append(int(i))
    return out
