"""Rows in the force's own words (step 7): an item and a row left over under one report, each
the other's best among those left by a clear margin, put to a person.

A plan that rewrites every item in plain English ("Keep DA victims updated on their case in
line with the Victims' Code" for "The force should make sure victims of domestic abuse are
kept informed about the progress of their case, in line with the Code of Practice for Victims
of Crime") reads each item at 40-60, below `review`: both were left over, one missing and one
not on the list, though their report and the words a person reads pair them. Never accepted
here: its words alone cannot make it sure, and a row of the force's own and an item it lost
may sit in one report's block. Not a row that reads another item at `accept` (that item's
copy), nor one labelled as the force's own action ("Local action: …").
"""

from __future__ import annotations

import re

from .. import vocab
from .run import Run

_OWN_ACTION = re.compile(vocab.OWN_ACTION_LABEL, re.IGNORECASE)


def own_words(run: Run) -> None:
    """Propose each leftover item and row of one report that read each other best."""
    s = run.settings
    paired_h = {r["h"] for r in run.out.rows}
    paired_f = {r["f"] for r in run.out.rows}
    t = run.table.t
    # A row labelled as the force's own action ("Internal audit action: …") is no item's.
    own = {j for j, text in enumerate(run.f["text"].tolist())
           if isinstance(text, str) and _OWN_ACTION.match(text)}
    # The scored pairs hold none a person rejected (`steps._scored` leaves them out).
    left = t[~t["h"].isin(paired_h) & ~t["f"].isin(paired_f | own) & t["same_report"]
             & ~t["ref_differs"] & (t["topic"] == "") & (t["total"] >= s.own_words)]
    if left.empty:
        return
    ranked = left.sort_values("total", ascending=False, kind="stable")
    best_h = _best_two(ranked, "h", "f")
    best_f = _best_two(ranked, "f", "h")
    for i, ((j, score), second_h) in best_h.items():
        (mine, _), second_f = best_f[j]
        if mine != i:
            continue
        # A row that reads another item surely is that item's copy (a second cycle's, an
        # archive's), not this one in other words.
        if (best := run.table.scores.best("f", j)) is not None and best[1] >= s.accept:
            continue
        margin = score - max(second_h[1], second_f[1])
        if margin < s.margin:
            continue
        rival = second_h if second_h[1] >= second_f[1] else second_f
        runner = ("" if rival[0] < 0 else f"force {run.out.f_ids[rival[0]]} ({rival[1]:.0f})"
                  if rival is second_h else f"HMICFRS {run.out.h_ids[rival[0]]} ({rival[1]:.0f})")
        run.out.add(run.table, i, j, "review", "text", margin, runner,
                    note="; left over under the same report, each the other's best: the "
                         "force's own words, for a person to confirm")


def _best_two(ranked, side: str, other: str) -> dict[int, tuple[tuple[int, float],
                                                            tuple[int, float]]]:
    """side index -> ((best other, score), (second other or -1, its score or 0))."""
    out: dict[int, list[tuple[int, float]]] = {}
    for a, b, v in zip(ranked[side].tolist(), ranked[other].tolist(), ranked["total"].tolist(),
                       strict=True):
        got = out.setdefault(int(a), [])
        if len(got) < 2:
            got.append((int(b), float(v)))
    return {a: (got[0], got[1] if len(got) > 1 else (-1, 0.0)) for a, got in out.items()}
