"""`match()`: the steps in order, each a function over one run's shared state (`Run`)."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from ..config import MatchSettings
from .assign import assign_pairs
from .candidates import block_keys, build_index, candidate_pairs, same_force, unique_pairs
from .carried import carried_copies
from .decide import Sureness, decide
from .elsewhere import copies_elsewhere
from .families import families, sibling_pairs
from .followers import duplicate_rows
from .groups import find_groups
from .listed import pair_listed
from .margins import (
    close_items,
    copies_held,
    recurring,
    top_candidates,
)
from .ownwords import own_words
from .place import (
    closes_above,
    filed_elsewhere,
    late_fit,
    late_splits,
    placed,
    places,
    uncrossed,
)
from .refs import beside_refs, ref_pairs, release
from .rows import PairRows
from .run import Placing, Run, with_scored
from .score import score_pairs
from .shared import pair_shared
from .table import Scored, Scores


def match(h: pd.DataFrame, f: pd.DataFrame, settings: MatchSettings,
          forced: Iterable[tuple[str, str]] = (), forbidden: Iterable[tuple[str, str]] = (),
          entries: pd.DataFrame | None = None) -> tuple[pd.DataFrame, Scores]:
    """Pairs of (HMICFRS index, force index) with decision and explanation.

    `forced` and `forbidden` are (hmicfrs row_id, force row_id) pairs a person decided on
    (an accepted or rejected match from a returned workbook): forced pairs are made first,
    forbidden pairs are never made. `entries`: the items of rows that hold a numbered list
    of them (`normalise.entries`), normalised, `list_row` naming each one's row.
    """
    run, forced_ix, by_ref = _scored(h.reset_index(drop=True), f.reset_index(drop=True),
                                     settings, forced, forbidden)
    _decided(run, forced_ix)
    free = _by_reference(run, by_ref)
    free = _splits_and_merges(run, pair_listed(run, pair_shared(run, free), entries))
    _assigned(run, free)
    carried_copies(run)
    duplicate_rows(run)
    copies_elsewhere(run)
    own_words(run)
    return run.out.frame(), run.table.scores


def _scored(h: pd.DataFrame, f: pd.DataFrame, settings: MatchSettings,
            forced: Iterable[tuple[str, str]], forbidden: Iterable[tuple[str, str]]
            ) -> tuple[Run, list[tuple[int, int]], list[tuple[int, int]]]:
    """Candidates from the word index, scored in bulk, with the reference and forced pairs
    (scored too, so they carry their explanation) and without the forbidden ones."""
    index = build_index(h["tokens"], f["tokens"])
    forces = block_keys(h, f)          # each side's force keys: blocking, references, alliances
    hi, fj = candidate_pairs(h, f, index, settings, forces)
    h_pos = {r: i for i, r in enumerate(h["row_id"])}
    f_pos = {r: j for j, r in enumerate(f["row_id"])}
    forced_ix = [(h_pos[a], f_pos[b]) for a, b in forced if a in h_pos and b in f_pos]
    banned = {(h_pos[a], f_pos[b]) for a, b in forbidden if a in h_pos and b in f_pos}
    by_ref = ref_pairs(h, f, forces)
    sheets = f["sheet"].to_numpy(dtype=object) if "sheet" in f else np.zeros(len(f), dtype=object)
    numbered = families(f)
    extra = np.array(by_ref + forced_ix + beside_refs(by_ref, sheets, numbered),
                     dtype=np.int64).reshape(-1, 2)
    pi, pj = unique_pairs(np.concatenate([hi, extra[:, 0]]), np.concatenate([fj, extra[:, 1]]),
                          len(f))
    t = score_pairs(h, f, pi, pj, index, settings)
    hk, fk = forces
    more = [(i, j) for i, j in sibling_pairs(t, numbered) if same_force(hk[i], fk[j])]
    if more:
        t = with_scored(h, f, index, settings, t, more)
    if banned:
        t = t[[(a, b) not in banned for a, b in zip(t["h"], t["f"], strict=True)]]
    t = t.reset_index(drop=True)
    run = Run(h, f, settings, index, banned, Scored(t, len(h), len(f)),
              PairRows(h, f, settings, numbered), sheets, numbered, forces)
    return run, forced_ix, by_ref


def _decided(run: Run, forced_ix: list[tuple[int, int]]) -> None:
    """0. A person's decision stands."""
    for i, j in forced_ix:
        if j not in run.taken_f:
            run.out.add(run.table, i, j, "accepted", "decision")
            run.taken_h.add(i)
            run.taken_f.add(j)


def _by_reference(run: Run, by_ref: list[tuple[int, int]]) -> pd.DataFrame:
    """1. So does a shared register reference. Returns the scored pairs left free.

    A row without the reference may still be a part of an item paired on it: a cause of
    concern's reference written on its own row, not on the rows of its recommendations.
    """
    ref_parts: dict[int, list[int]] = {}
    for i, j in by_ref:
        if j not in run.taken_f and i not in run.taken_h and (i, j) not in run.banned:
            ref_parts.setdefault(i, []).append(j)
    named = {j for js in ref_parts.values() for j in js}
    release(ref_parts, run.table.scores, run.settings, run.f["text_norm"].tolist())
    # A reference released as mistyped no longer bars its row from a split
    # (`groups._shaped`): its words decide.
    released = named - {j for js in ref_parts.values() for j in js}
    on_ref = {i: set(js) for i, js in ref_parts.items()}
    for i, js in ref_parts.items():
        run.taken_h.add(i)
        run.taken_f.update(js)
    t, h, f, index = run.table.t, run.h, run.f, run.index
    free = t[~t["h"].isin(run.taken_h) & ~t["f"].isin(run.taken_f)]
    if ref_parts:
        joining = t[t["h"].isin(ref_parts) & ~t["f"].isin(run.taken_f)]
        near = pd.concat([free, joining])
        if released:
            near = near.assign(ref_differs=near["ref_differs"] & ~near["f"].isin(released))
        for i, js in find_groups(near, "f", "h", run.settings,
                                 index.weight_f, index.weight_h, f["tokens"], h["tokens"],
                                 f["text_norm"], f["type_norm"], anchored=ref_parts,
                                 sheets=run.sheets, whole_text=h["text_norm"],
                                 numbered=run.numbered, part_reports=_row_reports(f),
                                 timescales=_timescales(f, h)).items():
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


def _row_reports(f: pd.DataFrame) -> np.ndarray:
    """Each force row's report key, '' where it names none."""
    return f["report_key"].fillna("").to_numpy(dtype=object)


def _timescales(f: pd.DataFrame, h: pd.DataFrame) -> tuple[list, list]:
    """Each force row's and each item's stated timescales."""
    return f["timescales"].tolist(), h["timescales"].tolist()


def _splits_and_merges(run: Run, free: pd.DataFrame) -> pd.DataFrame:
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
                                    numbered=run.numbered,
                                    part_reports=_row_reports(f) if part == "f" else None,
                                    timescales=_timescales(f, h) if part == "f" else None,
                                    whole_raw=w_rows["text"] if part == "h" else None
                                    ).items():
            if part == "f":
                run.out.add_parts(run.table, w, parts, method)
            else:
                for k, p in enumerate(parts, start=1):
                    run.out.add(run.table, p, w, "accepted", method, part=f"{k} of {len(parts)}")
            w_taken.add(w)
            p_taken.update(parts)
        free = free[~free["h"].isin(run.taken_h) & ~free["f"].isin(run.taken_f)]
    return free


def _assigned(run: Run, free: pd.DataFrame) -> None:
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
    sure = Sureness.of(run, free, assigned, at, near, crossed)
    for i, j in assigned:
        decide(run, sure, i, j)


def _assign_free(run: Run, free: pd.DataFrame) -> list[tuple[int, int]]:
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


def _placing(run: Run, assigned: list[tuple[int, int]]) -> Placing:
    """4b. A row between the rows of two items of one report is the item between them."""
    rows = run.out.rows
    at = Placing(made={r["f"]: r["h"] for r in rows} | {j: i for i, j in assigned},
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


def _late_split_rows(run: Run, at: Placing) -> tuple[dict[int, list[int]], list]:
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
