"""`match()`: the steps in order, each a function over one run's shared state (`_Run`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..config import MatchSettings
from .assign import assign_pairs
from .candidates import TokenIndex, build_index, candidate_pairs, unique_pairs
from .families import families, sibling_pairs
from .groups import find_groups
from .margins import (
    close_items,
    copies_held,
    recurring,
    rowless_rival,
    swap_margin,
    top_candidates,
    twin_of,
    unheld_margin,
)
from .place import (
    closes_above,
    filed_elsewhere,
    late_fit,
    late_splits,
    order_note,
    out_of_place,
    place_note,
    placed,
    places,
    uncrossed,
)
from .refs import beside_refs, ref_pairs, release
from .rows import PairRows
from .score import score_pairs
from .shared import pair_shared
from .table import Scored, Scores


@dataclass
class _Run:
    """What the steps of one match share: both sides, the word index, the pairs scored so
    far, the pairs made, and the rows and items they took."""

    h: pd.DataFrame
    f: pd.DataFrame
    settings: MatchSettings
    index: TokenIndex
    banned: set[tuple[int, int]]
    table: Scored
    out: PairRows
    sheets: np.ndarray
    numbered: dict[int, tuple[int, ...]]          # the force's sub-numbered rows: families.families
    taken_h: set[int] = field(default_factory=set)
    taken_f: set[int] = field(default_factory=set)

    def scored_with(self, t: pd.DataFrame, pairs: list[tuple[int, int]]) -> pd.DataFrame:
        """`t` with `pairs` scored and added, in (h, f) order."""
        return _with_scored(self.h, self.f, self.index, self.settings, t, pairs)


def _with_scored(h: pd.DataFrame, f: pd.DataFrame, index: TokenIndex, settings: MatchSettings,
                 t: pd.DataFrame, pairs: list[tuple[int, int]]) -> pd.DataFrame:
    ci, cj = (np.array(x, dtype=np.int64) for x in zip(*pairs, strict=True))
    return pd.concat([t, score_pairs(h, f, ci, cj, index, settings)]
                     ).sort_values(["h", "f"], kind="stable").reset_index(drop=True)


def match(h: pd.DataFrame, f: pd.DataFrame, settings: MatchSettings,
          forced: Iterable[tuple[str, str]] = (), forbidden: Iterable[tuple[str, str]] = ()
          ) -> tuple[pd.DataFrame, Scores]:
    """Pairs of (HMICFRS index, force index) with decision and explanation.

    `forced` and `forbidden` are (hmicfrs row_id, force row_id) pairs a person decided on
    (an accepted or rejected match from a returned workbook): forced pairs are made first,
    forbidden pairs are never made.
    """
    run, forced_ix, by_ref = _scored(h.reset_index(drop=True), f.reset_index(drop=True),
                                     settings, forced, forbidden)
    _decided(run, forced_ix)
    free = _by_reference(run, by_ref)
    free = _splits_and_merges(run, pair_shared(run, free))
    _assigned(run, free)
    return run.out.frame(), run.table.scores


def _scored(h: pd.DataFrame, f: pd.DataFrame, settings: MatchSettings,
            forced: Iterable[tuple[str, str]], forbidden: Iterable[tuple[str, str]]
            ) -> tuple[_Run, list[tuple[int, int]], list[tuple[int, int]]]:
    """Candidates from the word index, scored in bulk, with the reference and forced pairs
    (scored too, so they carry their explanation) and without the forbidden ones."""
    index = build_index(h["tokens"], f["tokens"])
    hi, fj = candidate_pairs(h, f, index, settings)
    h_pos = {r: i for i, r in enumerate(h["row_id"])}
    f_pos = {r: j for j, r in enumerate(f["row_id"])}
    forced_ix = [(h_pos[a], f_pos[b]) for a, b in forced if a in h_pos and b in f_pos]
    banned = {(h_pos[a], f_pos[b]) for a, b in forbidden if a in h_pos and b in f_pos}
    by_ref = ref_pairs(h, f)
    sheets = f["sheet"].to_numpy(dtype=object) if "sheet" in f else np.zeros(len(f), dtype=object)
    numbered = families(f)
    extra = np.array(by_ref + forced_ix + beside_refs(by_ref, sheets, numbered),
                     dtype=np.int64).reshape(-1, 2)
    pi, pj = unique_pairs(np.concatenate([hi, extra[:, 0]]), np.concatenate([fj, extra[:, 1]]),
                          len(f))
    t = score_pairs(h, f, pi, pj, index, settings)
    more = sibling_pairs(t, numbered)
    if more:
        t = _with_scored(h, f, index, settings, t, more)
    if banned:
        t = t[[(a, b) not in banned for a, b in zip(t["h"], t["f"], strict=True)]]
    t = t.reset_index(drop=True)
    run = _Run(h, f, settings, index, banned, Scored(t, len(h), len(f)),
               PairRows(h, f, settings, numbered), sheets, numbered)
    return run, forced_ix, by_ref


def _decided(run: _Run, forced_ix: list[tuple[int, int]]) -> None:
    """0. A person's decision stands."""
    for i, j in forced_ix:
        if j not in run.taken_f:
            run.out.add(run.table, i, j, "accepted", "decision")
            run.taken_h.add(i)
            run.taken_f.add(j)


def _by_reference(run: _Run, by_ref: list[tuple[int, int]]) -> pd.DataFrame:
    """1. So does a shared register reference. Returns the scored pairs left free.

    A row without the reference may still be a part of an item paired on it: a cause of
    concern's reference written on its own row, not on the rows of its recommendations.
    """
    ref_parts: dict[int, list[int]] = {}
    for i, j in by_ref:
        if j not in run.taken_f and i not in run.taken_h and (i, j) not in run.banned:
            ref_parts.setdefault(i, []).append(j)
    release(ref_parts, run.table.scores, run.settings)
    on_ref = {i: set(js) for i, js in ref_parts.items()}
    for i, js in ref_parts.items():
        run.taken_h.add(i)
        run.taken_f.update(js)
    t, h, f, index = run.table.t, run.h, run.f, run.index
    free = t[~t["h"].isin(run.taken_h) & ~t["f"].isin(run.taken_f)]
    if ref_parts:
        joining = t[t["h"].isin(ref_parts) & ~t["f"].isin(run.taken_f)]
        for i, js in find_groups(pd.concat([free, joining]), "f", "h", run.settings,
                                 index.weight_f, index.weight_h, f["tokens"], h["tokens"],
                                 f["text_norm"], f["type_norm"], anchored=ref_parts,
                                 sheets=run.sheets, whole_text=h["text_norm"],
                                 numbered=run.numbered).items():
            if i in ref_parts:
                ref_parts[i] = ref_parts[i] + js
                run.taken_f.update(js)
        free = free[~free["f"].isin(run.taken_f)]
    for i, js in ref_parts.items():
        if len(js) > 1:
            run.out.add_parts(run.table, i, sorted(js), {j: "reference" for j in on_ref[i]})
        else:
            run.out.add(run.table, i, js[0], "accepted", "reference")
    return free


def _splits_and_merges(run: _Run, free: pd.DataFrame) -> pd.DataFrame:
    """3. Splits (several force rows -> one HMICFRS item) and merges (the reverse)."""
    h, f, index = run.h, run.f, run.index
    sides = {"h": (h, index.weight_h, run.taken_h), "f": (f, index.weight_f, run.taken_f)}
    for part, whole, method in (("f", "h", "split"), ("h", "f", "merged")):
        (p_rows, p_weight, p_taken), (w_rows, w_weight, w_taken) = sides[part], sides[whole]
        for w, parts in find_groups(free, part, whole, run.settings, p_weight, w_weight,
                                    p_rows["tokens"], w_rows["tokens"], p_rows["text_norm"],
                                    p_rows["type_norm"],
                                    sheets=run.sheets if part == "f" else None,
                                    whole_text=w_rows["text_norm"],
                                    numbered=run.numbered).items():
            if part == "f":
                run.out.add_parts(run.table, w, parts, method)
            else:
                for k, p in enumerate(parts, start=1):
                    run.out.add(run.table, p, w, "accepted", method, part=f"{k} of {len(parts)}")
            w_taken.add(w)
            p_taken.update(parts)
        free = free[~free["h"].isin(run.taken_h) & ~free["f"].isin(run.taken_f)]
    return free


@dataclass
class _Placing:
    """Where the assignment and the rows' places leave each force row."""

    made: dict[int, int]                         # force row -> its item so far
    fixed: set[int]                              # rows a person, reference or split paired
    known: set[int]                              # pairs scored (h * width + f)
    t: pd.DataFrame                              # the scored pairs, with those placing added
    spot_of: dict[int, tuple[int, int, int]] = field(default_factory=dict)


def _assigned(run: _Run, free: pd.DataFrame) -> None:
    """4-5. Global one-to-one assignment, rows placed by their neighbours, then accept /
    review."""
    assigned = _assign_free(run, free)
    assigned, crossed = uncrossed(assigned, free, run.h["report_key"].fillna("").to_numpy(
        dtype=object), run.sheets, run.settings)
    near = (top_candidates(free, "h", "f"), top_candidates(free, "f", "h"),
            close_items(free, run.settings))
    at = _placing(run, assigned)
    splits, extra = _late_split_rows(run, at)
    if at.spot_of or extra:
        run.table = Scored(at.t, len(run.h), len(run.f))
        moved = {(at.made[j], j) for j in at.spot_of}
        moved_h = {i for i, _ in moved}
        assigned = sorted({(i, j) for i, j in assigned if j not in at.spot_of
                           and i not in moved_h} | moved)
    split_rows = {j for js in splits.values() for j in js}
    assigned = [(i, j) for i, j in assigned if i not in splits and j not in split_rows]
    for c, js in splits.items():
        run.out.add_parts(run.table, c, js, "split")
    sure = _Sureness.of(run, free, assigned, at, near, crossed)
    for i, j in assigned:
        _decide(run, sure, i, j)


def _assign_free(run: _Run, free: pd.DataFrame) -> list[tuple[int, int]]:
    """4. The one-to-one assignment over the pairs left free.

    The same action in several reports, and this pair's report is none of them: never a
    pair; nor is a row that copies an item paired already more closely than it reads this
    one (that item's action tracked again under another report). Left out of the
    assignment, not dropped after it, so its rows stay free for the pairs their reports
    allow.
    """
    again = recurring(free, run.settings) | copies_held(run.table.t, free, run.taken_h,
                                                        run.settings)
    eligible = free[(free["total"] >= run.settings.review)
                    & ~(free["other_report"].to_numpy() & again)]
    year = run.h["year"].to_numpy(dtype=float, na_value=0).astype(np.int64)
    types = (run.h["type_norm"].to_numpy(dtype=object), run.f["type_norm"].to_numpy(dtype=object))
    return assign_pairs(eligible, len(run.h), len(run.f), year, types, run.settings.review)


def _placing(run: _Run, assigned: list[tuple[int, int]]) -> _Placing:
    """4b. A row between the rows of two items of one report is the item between them."""
    rows = run.out.rows
    at = _Placing(made={r["f"]: r["h"] for r in rows} | {j: i for i, j in assigned},
                  fixed={r["f"] for r in rows}, known=set(run.table.codes), t=run.table.t)
    report_h = run.h["report_key"].fillna("").to_numpy(dtype=object)
    width = run.table.width
    for _ in range(run.settings.place_steps):          # an item freed by one row may be the next row's
        spots = closes_above(places(at.made, at.fixed, run.sheets, report_h,
                                    run.settings.place_span, filed_elsewhere(at.made, at.fixed, run.table)),
                             run.h["text_norm"], run.f["text_norm"])
        if not spots:
            break
        # Only pairs not scored yet (most rows in order confirm a pair made already).
        unscored = [(c, j) for j, (c, _, _) in spots.items()
                    if (c, j) not in run.banned and c * width + j not in at.known]
        both = at.t
        if unscored:
            both = run.scored_with(at.t, unscored)
            at.known.update(c * width + j for c, j in unscored)
        moved = placed(both, spots, at.made, run.settings)
        changed = any(at.made.get(j) != c for j, c in moved.items())
        if moved:
            at.t = both
        at.made.update(moved)
        at.spot_of.update({j: spots[j] for j in moved})
        if not changed:
            break
    return at


def _late_split_rows(run: _Run, at: _Placing) -> tuple[dict[int, list[int]], list]:
    """4c. The row next to a pair's row that holds the rest of its item: a split the word
    index did not offer (its start fits many items, its item not among its candidates).
    Returns {item: its rows}, and the pairs scored for it."""
    late, extra = late_splits(at.made, at.fixed, set(at.spot_of), run.sheets, at.known,
                              run.table.width, run.banned)
    if extra:
        at.t = run.scored_with(at.t, extra)
    splits = late_fit(at.t, late, at.made, run.index, run.h["tokens"], run.f["tokens"],
                      run.settings)
    for c, js in splits.items():
        at.made.update({j: c for j in js})
    return splits, extra


@dataclass(frozen=True)
class _Sureness:
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
    def of(cls, run: _Run, free: pd.DataFrame, assigned: list[tuple[int, int]], at: _Placing,
           near: tuple[dict, dict, dict], crossed: dict) -> _Sureness:
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


def _decide(run: _Run, sure: _Sureness, i: int, j: int) -> None:
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
    filed_elsewhere = cols["other_report"][k] and cols["text"][k] >= s.copy_text
    unrivalled = min(margin, raw) >= s.clear_margin and (
        filed_elsewhere or (not cols["other_report"][k] and (
            cols["same_report"][k] or cols["contain"][k] >= s.summary_containment)))
    # A one-line summary in its report's block, whose other candidates all have rows of
    # their own that read them at least as well: the one item left is its item.
    left = summary and min(margin, unheld_margin(i, j, score, sure.best_h, sure.best_f,
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
    run.out.add(run.table, i, j, "accepted" if ok else "review", "text", margin, runner,
                note=note)


def _in_order(run: _Run, sure: _Sureness, i: int, j: int, score: float, ok: bool,
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
