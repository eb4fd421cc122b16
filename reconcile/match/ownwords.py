"""Rows in the force's own words (step 7): an item and a row left over under one report, each
the other's best among those left by a clear margin, put to a person.

A plan that rewrites every item in plain English ("Keep DA victims updated on their case in
line with the Victims' Code" for "The force should make sure victims of domestic abuse are
kept informed about the progress of their case, in line with the Code of Practice for Victims
of Crime") reads each item at 40-60, below `review`: both were left over, one missing and one
not on the list, though their report and the words a person reads pair them. Proposed for
review: its words alone rarely make it sure, and a row of the force's own and an item it lost
may sit in one report's block. Accepted only with no other candidate left on either side and
a score of `own_words_accept`. Not a row that reads another item at `accept` (that item's
copy), nor one labelled as the force's own action ("Local action: …").
"""

from __future__ import annotations

import re

from .. import vocab
from .margins import top_candidates
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
    best_h = top_candidates(left, "h", "f", 2)
    best_f = top_candidates(left, "f", "h", 2)
    for i, ((score, j), *second_h) in best_h.items():
        (_, mine), *second_f = best_f[j]
        if mine != i:
            continue
        # A row that reads another item surely is that item's copy (a second cycle's, an
        # archive's), not this one in other words.
        if (best := run.table.scores.best("f", j)) is not None and best[1] >= s.accept:
            continue
        rivals = [(v, f"force {run.out.f_ids[o]}") for v, o in second_h] + [
            (v, f"HMICFRS {run.out.h_ids[o]}") for v, o in second_f]
        rival = max(rivals, default=(0.0, ""))
        if score - rival[0] < s.margin:
            continue
        if not rivals and score >= s.own_words_accept:
            run.out.add(run.table, i, j, "accepted", "text", score, "",
                        note="; left over under the same report, each the other's only "
                             "candidate: the force's own words")
            continue
        run.out.add(run.table, i, j, "review", "text", score - rival[0],
                    f"{rival[1]} ({rival[0]:.0f})" if rival[1] else "",
                    note="; left over under the same report, each the other's best: the "
                         "force's own words, for a person to confirm")
