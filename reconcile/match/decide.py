"""Accept each assigned pair, or put it up for review with its runner-up (step 5): what deciding
needs (`Sureness`), and the rules a pair must pass to be sure enough."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .. import vocab
from .margins import rowless_candidates, rowless_rival, swap_margin, twin_of, unheld_margin
from .place import order_note, out_of_place, place_note
from .run import Placing, Run


@dataclass(frozen=True)
class Sureness:
    """What deciding accept or review needs: each row's rivals, who is paired with whom, and
    what each pair scores and explains."""

    best_h: dict
    best_f: dict
    twins: dict
    mate_h: dict[int, int]
    mate_f: dict[int, int]
    pair_total: dict[tuple[int, int], float]
    pair_cover: dict[tuple[int, int], float]
    held: dict[int, float]                       # item -> its pair's text score
    rowed: set[int]                              # items with a row, in the end
    spot_of: dict[int, tuple[int, int, int]]
    crossed: dict[tuple[int, int], tuple[int, int]]   # pair made in the list's order -> other
    made: dict[int, int]                         # force row -> its item, every pair so far
    report_h: np.ndarray                         # each item's report key ('' where none)

    @classmethod
    def of(cls, run: Run, free: pd.DataFrame, assigned: list[tuple[int, int]], at: Placing,
           near: tuple[dict, dict, dict], crossed: dict) -> Sureness:
        mate_h, mate_f = dict(assigned), {j: i for i, j in assigned}
        keys = list(zip(free["h"].tolist(), free["f"].tolist(), strict=True))
        pair_total = dict(zip(keys, free["total"].tolist(), strict=True))
        pair_cover = dict(zip(keys, free["cover"].tolist(), strict=True))
        cols, row_of = run.table.cols, run.table.row_of
        for i, j in ((at.made[q], q) for q in at.spot_of):   # placed pairs, scored after `free`
            pair_total[(i, j)] = float(cols["total"][row_of(i, j)])
            pair_cover[(i, j)] = float(cols["cover"][row_of(i, j)])
        held = {i: float(cols["text"][row_of(i, j)]) for i, j in assigned}
        rowed = set(mate_h) | {r["h"] for r in run.out.rows}
        crossed = {p: q for p, q in crossed.items()
                   if mate_h.get(p[0]) == p[1] and mate_h.get(q[0]) == q[1]}
        return cls(*near, mate_h, mate_f, pair_total, pair_cover, held, rowed, at.spot_of,
                   crossed, at.made, run.h["report_key"].fillna("").to_numpy(dtype=object))


def decide(run: Run, sure: Sureness, i: int, j: int) -> None:
    """5. Accept the assigned pair (i, j), or put it up for review, with its runner-up."""
    s, cols, k = run.settings, run.table.cols, run.table.row_of(i, j)
    h_ids, f_ids = run.out.h_ids, run.out.f_ids
    score = float(cols["total"][k])
    margin, rh, rf = swap_margin(i, j, score, sure.pair_total, sure.best_h, sure.best_f,
                                 sure.mate_h, sure.mate_f, sure.pair_cover,
                                 s.explained_gap)
    runner = ""
    if rh >= 0 or rf >= 0:
        alt = score - margin
        runner = (f"force {f_ids[rf]} ({alt:.0f})" if rf >= 0
                  else f"HMICFRS {h_ids[rh]} ({alt:.0f})")
    summary = bool(cols["same_report"][k] and cols["contain"][k] >= s.summary_containment
                   and run.index.weight_f[j] < s.shorter_weight * run.index.weight_h[i])   # a few words
    twin = twin_of(sure.twins, i, j, s, sure.held, summary)
    # Sure enough: a high score clear of the runner-up; or a fair score with no other
    # candidate anywhere near it, when the report confirms it or the shorter text is a
    # summary (its telling words inside the other). Otherwise a person decides.
    # Below `accept` every rival counts, paired elsewhere or not: only the swap-proof
    # margin of a strong pair may overlook a rival that has a partner of its own.
    raw = score - max([s_ for s_, o in sure.best_h.get(i, []) if o != j]
                      + [s_ for s_, o in sure.best_f.get(j, []) if o != i] + [0.0])
    # A copy of the item filed under the wrong report, with no rival, is its row: the
    # report is then a conflict to show, not a reason for doubt.
    filed_elsewhere = cols["other_report"][k] and (cols["text"][k] >= s.copy_text or (
        cols["text"][k] >= s.accept and min(margin, raw) >= s.far_margin))
    # A subject swapped leaves only the formula in common: no rival, and no other item left
    # in the block, is then no reason to pair.
    swapped = bool(cols["topic"][k])
    unrivalled = min(margin, raw) >= s.clear_margin and not swapped and (
        filed_elsewhere or (not cols["other_report"][k] and (
            cols["same_report"][k] or cols["contain"][k] >= s.summary_containment)))
    # A one-line summary in its report's block, whose other candidates all have rows of
    # their own that read them at least as well: the one item left is its item.
    left = summary and not swapped and min(margin, unheld_margin(i, j, score, sure.best_h, sure.best_f,
                                                 sure.mate_h, sure.mate_f, sure.pair_total)
                           ) >= s.clear_margin
    ok = twin < 0 and ((score >= s.accept and margin >= s.margin) or unrivalled or left)
    if twin >= 0:
        runner = f"HMICFRS {h_ids[twin]} reads almost the same"
    note = ""
    if j in sure.spot_of and sure.spot_of[j][0] == i:
        # Its place decides between the items its words fit as well, when they have rows
        # of their own; another one left without a row is for a person to weigh.
        note = place_note(j, sure.spot_of[j], h_ids)
        ok = ok or (score >= s.accept
                    and not rowless_rival(i, j, score, cols, sure.rowed, s.margin))
    if (i, j) in sure.crossed:
        ok, note, margin, runner = _in_order(run, sure, i, j, score, ok, note)
    if ok and not note and not left and (outside := out_of_place(
            i, j, sure.made, run.sheets, sure.report_h, cols, s, h_ids)):
        ok, runner = False, outside     # its place says no, its words cannot say which
    if ok and (doubt := _named_elsewhere(run, sure, i, j, k) or _held_too(run, sure, i, j, k)
               or _says_only_when(run, j)):
        ok, runner = False, doubt
    run.out.add(run.table, i, j, "accepted" if ok else "review", "text", margin, runner,
                note=note)


def _in_order(run: Run, sure: Sureness, i: int, j: int, score: float, ok: bool,
              note: str) -> tuple[bool, str, float, str]:
    """5b. A pair made in the list's order (`uncrossed`): the crosswise pairing, and the
    other item read as well, are no rivals, since the order decided against them; any other
    rival still counts. Returns (sure, note, margin, runner-up) in its light."""
    s = run.settings
    oi, oj = sure.crossed[(i, j)]
    best_h = {i: [r for r in sure.best_h.get(i, []) if r[1] != oj]}
    best_f = {j: [r for r in sure.best_f.get(j, []) if r[1] != oi]}
    margin, rh, rf = swap_margin(i, j, score, sure.pair_total, best_h, best_f, sure.mate_h,
                                 sure.mate_f, sure.pair_cover, s.explained_gap)
    h_ids, f_ids = run.out.h_ids, run.out.f_ids
    runner = (f"force {f_ids[rf]} ({score - margin:.0f})" if rf >= 0 else
              f"HMICFRS {h_ids[rh]} ({score - margin:.0f})" if rh >= 0 else "")
    twins = {j: [r for r in sure.twins.get(j, []) if r[0] != oi]}
    twin = twin_of(twins, i, j, s, sure.held)
    total = sure.pair_total
    gap = total.get((i, oj), 0.0) + total.get((oi, j), 0.0) - score - total[(oi, oj)]
    if twin >= 0:
        runner = f"HMICFRS {h_ids[twin]} reads almost the same"
    sure_enough = twin < 0 and score >= s.accept and margin >= s.margin
    return (ok or sure_enough, note + order_note((oi, oj), max(gap, 0.0), h_ids, f_ids),
            margin, runner)


def _named_elsewhere(run: Run, sure: Sureness, i: int, j: int, k: int) -> str:
    """Why a pair whose report name and year both say another report is unsure: another row
    filed under the item's own report reads it too. An all-forces action recurs across reports
    and years; the row naming another is that report's copy (which the list may no longer
    hold), the item's own row perhaps cut short. Returns that row as the runner-up, or ""."""
    s, cols = run.settings, run.table.cols
    if not (cols["other_report"][k] and cols["years_differ"][k]
            and cols["report"][k] < s.different_report):
        return ""
    for total, o in sure.best_h.get(i, []):
        mate = sure.mate_f.get(o, -1)        # a row paired with an item it reads better is
        if mate not in (-1, i) and sure.pair_total.get((mate, o), 0.0) > total:   # no rival
            continue
        if o != j and total >= s.review and not cols["other_report"][run.table.row_of(i, o)]:
            return (f"force {run.out.f_ids[o]} ({total:.0f}) is filed under this item's report; "
                    "this row names another report and year")
    return ""


def _held_too(run: Run, sure: Sureness, i: int, j: int, k: int) -> str:
    """Why a pair whose report name and year both say another report is unsure: another item
    left without a row holds the row's words as wholly. A row cut short before its subject
    ("... the training they need to identify and…") is inside every item of its formula;
    with its report naming neither, its words cannot say which. Returns that item, or ""."""
    s, cols = run.settings, run.table.cols
    if not (cols["other_report"][k] and cols["years_differ"][k]):
        return ""
    inside = min(float(cols["contain"][k]), s.verbatim_text)
    if inside < s.summary_containment:
        return ""
    for at in rowless_candidates(i, j, cols, sure.rowed):
        if cols["contain"][at] >= inside:
            return (f"HMICFRS {run.out.h_ids[cols['h'][at]]} holds this row's words too, and "
                    "the row's report names neither")
    return ""


def _says_only_when(run: Run, j: int) -> str:
    """Why a row whose words say only when ("HMIC recommends that within six months the force
    should") cannot be paired on them: nothing in it says what is to be done."""
    if set(run.f["tokens"].iat[j]) - vocab.WHEN_STEMS:
        return ""
    return "the force's text says only when, not what: nothing to tell the items apart"
