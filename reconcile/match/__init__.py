"""Pair HMICFRS items with force rows, and say why each pair was made.

Stages, in order:
  0. a person's decisions (forced / forbidden pairs from a returned workbook);
  1. a shared HMICFRS reference: certain, whatever the text says;
  2. candidates from the word index (``candidates.py``), scored in bulk (``score.py``);
  3. splits and merges: several force rows inside one HMICFRS text (one row per bullet), or
     one force row holding several HMICFRS items (a cause of concern and its recommendation);
  4. a global one-to-one assignment over the rest (Jonker-Volgenant, optimal, not greedy
     first-come: `lap` for each group of linked rows, scipy's sparse LAPJV for a huge one;
     equal scores settled by report year, type, then wording);
  5. accepted when the score reaches `accept` and beats the runner-up for either row by
     `margin`; otherwise review when it reaches `review`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from ..config import MatchSettings
from .candidates import block_keys, build_index, candidate_pairs, unique_pairs
from .parts import missing_parts
from .score import FEATURES, explain, score_pairs

PAIR_COLUMNS = ["h", "f", "decision", "method", "score", "text_score", "report_score",
                "margin", "runner_up", "part", "score_parts", "other_report", "ref_differs",
                "contain", "dice", "ratio", "sort", "missing_parts"]

_COST = 200.0  # > any total, so every edge of the assignment graph has a positive weight


@dataclass(frozen=True)
class Scores:
    """Every candidate pair scored, with its signals: the explanation behind each decision."""

    table: pd.DataFrame     # columns score.FEATURES
    n_h: int
    n_f: int

    @property
    def pairs_scored(self) -> int:
        return len(self.table)

    @cached_property
    def _best(self) -> dict[str, dict[int, tuple[int, float]]]:
        ranked = self.table.sort_values("total", ascending=False, kind="stable")
        out: dict[str, dict[int, tuple[int, float]]] = {}
        for col, other in (("h", "f"), ("f", "h")):
            top = ranked.drop_duplicates(col)
            out[col] = {int(k): (int(o), float(v)) for k, o, v in
                        zip(top[col], top[other], top["total"], strict=True)}
        return out

    def best(self, side: str, index: int) -> tuple[int, float] | None:
        """The best-scoring candidate of one row: (other side's index, score)."""
        return self._best[side].get(index)


#: A group of rows linked by candidate pairs up to this size (both sides) is solved on a dense
#: matrix with `lap` (the Jonker-Volgenant solver in C++, importing only numpy); a larger one,
#: which few lists ever have, with scipy's sparse LAPJV, which never builds the full matrix.
DENSE_ASSIGN = 4_000


def _assign(t: pd.DataFrame, n_h: int, n_f: int, year: np.ndarray,
            types: tuple[np.ndarray, np.ndarray], floor: float = 0.0) -> list[tuple[int, int]]:
    """Maximum-score one-to-one matching over the candidate edges in `t` (columns h, f, total).

    Each row may also stay unmatched, so a pair is made only where it adds to the total.
    A pair is worth what it scores above `floor` (the review threshold), not its whole score:
    two doubtful pairs (62 + 88) must not outweigh one certain pair (106) that leaves a row
    alone, as they would if every pair made counted its full score.
    Between matchings of equal score, the one with later HMICFRS items wins: a tracker row
    that reads the same as a recommendation and its repeat a year later is the repeat (the
    earlier one is usually superseded); then the one where both sides name the same type (an
    "AFI" row is the area for improvement, not the recommendation worded like it); then the
    one whose wording is closer character for character (`ratio`). `year` is each HMICFRS
    item's report year (0 unknown); `types` each side's canonical type ('' unknown).

    These preferences are worth less than a tenth (the scores' step) in any matching, so they
    only ever decide between matchings of equal score, and make such ties rare enough that
    both solvers find the same matching. Rows linked by no chain of candidate pairs cannot
    affect each other, so each linked group is solved on its own: a national list is some
    thousands of small problems (60,000 rows at once took scipy 1.3 s).
    """
    t = t[t["total"] >= floor]
    if t.empty:
        return []
    h, f = t["h"].to_numpy(), t["f"].to_numpy()
    known = year[year > 0]
    rank = np.where(year > 0, year - (known.min() if len(known) else 0) + 1, 0)[h]
    agree = ((types[0][h] != "") & (types[0][h] == types[1][f])).astype(float)
    # Year first, then type, then wording: each step worth more than all that follow.
    prefer = rank + agree / 2 + t["ratio"].to_numpy(dtype=float) / 202
    top = rank.max() + 1
    edge = _COST - (t["total"].to_numpy(dtype=float) - floor + 1)   # < _COST above floor
    pairs: list[tuple[int, int]] = []
    for group in _linked(h, f, n_h):
        gh, gf, ge = h[group], f[group], edge[group]
        if len(group) == 1:   # one candidate pair, worth more than leaving both rows alone
            pairs.append((int(gh[0]), int(gf[0])))
            continue
        rows, ri = np.unique(gh, return_inverse=True)
        cols, ci = np.unique(gf, return_inverse=True)
        step = 0.05 / (min(len(rows), len(cols)) * top)   # all preferences in a matching < 0.05
        matched = (_solve_dense if len(rows) + len(cols) <= DENSE_ASSIGN else _solve_sparse)(
            ri, ci, ge - step * prefer[group], len(rows), len(cols))
        pairs += [(int(rows[i]), int(cols[j])) for i, j in matched]
    return sorted(pairs)


def _linked(h: np.ndarray, f: np.ndarray, n_h: int) -> list[np.ndarray]:
    """The candidate pairs in groups of rows linked by chains of pairs (union-find)."""
    parent = list(range(n_h + int(f.max()) + 1))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in zip(h.tolist(), (f + n_h).tolist(), strict=True):
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[rb] = ra
    roots = np.array([root(a) for a in h.tolist()])
    order = np.argsort(roots, kind="stable")
    cuts = np.flatnonzero(np.diff(roots[order])) + 1
    return np.split(order, cuts)


def _solve_dense(ri: np.ndarray, ci: np.ndarray, cost: np.ndarray, n_rows: int,
                 n_cols: int) -> list[tuple[int, int]]:
    import lap

    # Leaving a row unmatched costs _COST / 2 a side (cost_limit); a non-edge costs more than
    # leaving both, so is never used. (lap treats costs from 1e6 up as infinite.)
    full = np.full((n_rows, n_cols), 4 * _COST)
    full[ri, ci] = cost
    _, x, _ = lap.lapjv(full, extend_cost=True, cost_limit=_COST)
    return [(i, int(j)) for i, j in enumerate(x) if j >= 0]


def _solve_sparse(ri: np.ndarray, ci: np.ndarray, cost: np.ndarray, n_rows: int,
                  n_cols: int) -> list[tuple[int, int]]:
    from scipy import sparse
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching

    # Made square with a "leave unmatched" partner for every row, so that a full matching
    # always exists: both rows alone cost 2 x _COST, as in the dense solver.
    rows = np.concatenate([ri, np.arange(n_rows), n_rows + np.arange(n_cols), n_rows + ci])
    cols = np.concatenate([ci, n_cols + np.arange(n_rows), np.arange(n_cols), n_cols + ri])
    weights = np.concatenate([cost, np.full(n_rows + n_cols + len(ri), _COST)])
    graph = sparse.csr_matrix((weights, (rows, cols)), shape=(n_rows + n_cols,) * 2)
    r, c = min_weight_full_bipartite_matching(graph)
    return [(int(i), int(j)) for i, j in zip(r, c, strict=True) if i < n_rows and j < n_cols]


def _top(t: pd.DataFrame, key: str, other: str, n: int = 3
         ) -> dict[int, list[tuple[float, int]]]:
    """For each row on one side, its `n` best candidates: [(total, other side's index)]."""
    ranked = t.sort_values("total", ascending=False, kind="stable").groupby(key).head(n)
    out: dict[int, list[tuple[float, int]]] = {}
    for k, total, o in zip(ranked[key], ranked["total"], ranked[other], strict=True):
        out.setdefault(int(k), []).append((float(total), int(o)))
    return out


def _twins(t: pd.DataFrame) -> dict[int, list[tuple[int, float, bool, bool, bool]]]:
    """Per force row, the HMICFRS items it reads well (text >= 85):
    (h, text, same report, other report, reference differs)."""
    close = t[t["text"] >= 85.0]
    out: dict[int, list[tuple[int, float, bool, bool, bool]]] = {}
    for row in zip(close["f"], close["h"], close["text"], close["same_report"],
                   close["other_report"], close["ref_differs"], strict=True):
        out.setdefault(int(row[0]), []).append((int(row[1]), float(row[2]), bool(row[3]),
                                                bool(row[4]), bool(row[5])))
    return out


def _rivals(twins: dict, i: int, j: int) -> list[tuple[int, float, bool, bool, bool]]:
    """The other HMICFRS items force row j reads about as well as item i (a recurring text)."""
    rows = twins.get(j, [])
    mine = next((r for r in rows if r[0] == i), None)
    if mine is None:
        return []
    return [r for r in rows if r[0] != i and r[1] >= mine[1] - 10]


def _recurring(t: pd.DataFrame) -> np.ndarray:
    """Per pair, whether its force row reads another item about as well (`_rivals`, in bulk)."""
    text = t["text"].to_numpy(dtype=float)
    close = text >= 85.0
    f = t["f"].to_numpy()
    ranked = pd.DataFrame({"f": f[close], "text": text[close]}).sort_values(
        ["f", "text"], ascending=[True, False], kind="stable")
    first = ranked.groupby("f")["text"].first()
    second = ranked.groupby("f")["text"].nth(1)
    second = pd.Series(second.to_numpy(), index=ranked.loc[second.index, "f"].to_numpy())
    top1 = first.reindex(f).to_numpy()
    top2 = second.reindex(f).to_numpy()
    return close & ((text < top1) | (top2 >= text - 10))


#: A force row reading an item this well (text score) under another report, with no rival
#: near it, is that item's row filed under the wrong report.
_COPY = 90.0

#: A force row reading an item this well (text score) is its copy, not a loose paraphrase: a rival
#: with a row of its own may then be set aside.
_VERBATIM = 95.0


def _twin(twins: dict, i: int, j: int, held: dict[int, float] | None = None,
          summary: bool = False) -> int:
    """Another HMICFRS item the force row reads as well as item i, undecided by the facts.

    All-forces recommendations recur almost word for word across reports and years; between
    two such items only the report, year or reference can choose, so without them the pair is
    unsure. A rival already paired with a row that reads it at least as well (`held`: item ->
    its pair's text score) is no rival when row j copies item i or is a `summary` of it (its
    words inside item i, in the same report). Returns its index, or -1.
    """
    held = held or {}
    mine = next((r for r in twins.get(j, []) if r[0] == i), None)
    for hi, text, same, other, ref_differs in _rivals(twins, i, j):
        if (mine[1] >= _VERBATIM or summary) and held.get(hi, -1.0) >= text:
            continue          # the rival has a row of its own that reads it as well

        if mine[2] and not same:
            continue          # the report (and year) chooses item i
        if other and not mine[3]:
            continue          # the report rules the rival out
        if ref_differs and not mine[4]:
            continue          # the reference rules the rival out
        return hi
    return -1


#: Two matchings that score the same are told apart by how much of each pair's longer text
#: the shorter one accounts for (`cover`, 0-100, summed over the two pairs swapped): a swap
#: leaving this many more points of words unexplained is no rival.
EXPLAINED_GAP = 40.0


def _swap_margin(i: int, j: int, score: float, pair_total: dict[tuple[int, int], float],
                 best_h: dict, best_f: dict, mate_h: dict[int, int], mate_f: dict[int, int],
                 pair_cover: dict[tuple[int, int], float] | None = None
                 ) -> tuple[float, int, int]:
    """How much the best matching beats the best one without (i, j): (margin, rival h, rival f).

    A rival row already paired elsewhere is no rival unless swapping partners scores as well:
    a truncated row that fits four items of a report, three of which have rows of their own,
    leaves no doubt about the fourth. Nor is it when the swap explains clearly fewer words
    (`EXPLAINED_GAP`): two items, one the other's wording plus a sentence ("... This should
    be a personal responsibility in each case."), and two rows copying them; the shorter text
    sits wholly inside the longer either way, but only the pairs as made leave no sentence
    over. Rivals are each row's few best candidates.
    """
    cover = pair_cover or {}
    best, rival = 0.0, (-1, -1)
    for s_, o in best_h.get(i, []):
        if o == j:
            continue
        other = mate_f.get(o, -1)       # the item row o is paired with, if any
        alt = s_ + (pair_total.get((other, j), 0.0) - pair_total[(other, o)]
                    if other >= 0 else 0.0)
        if alt > best and not (other >= 0 and _explains_more(cover, (i, j), (other, o),
                                                             (i, o), (other, j))):
            best, rival = alt, (-1, o)
    for s_, o in best_f.get(j, []):
        if o == i:
            continue
        other = mate_h.get(o, -1)
        alt = s_ + (pair_total.get((i, other), 0.0) - pair_total[(o, other)]
                    if other >= 0 else 0.0)
        if alt > best and not (other >= 0 and _explains_more(cover, (i, j), (o, other),
                                                             (o, j), (i, other))):
            best, rival = alt, (o, -1)
    return score - best, rival[0], rival[1]


def _explains_more(cover: dict[tuple[int, int], float], *pairs: tuple[int, int]) -> bool:
    """Whether the two pairs made (first two) leave `EXPLAINED_GAP` fewer words unexplained
    than the two swapped (last two); an unscored swapped pair explains nothing."""
    made = cover.get(pairs[0], 0.0) + cover.get(pairs[1], 0.0)
    swapped = cover.get(pairs[2], 0.0) + cover.get(pairs[3], 0.0)
    return made - swapped >= EXPLAINED_GAP


def _unheld_margin(i: int, j: int, score: float, best_h: dict, best_f: dict,
                   mate_h: dict[int, int], mate_f: dict[int, int],
                   pair_total: dict[tuple[int, int], float]) -> float:
    """How far (i, j) beats every rival not paired elsewhere with a row that fits it as well.

    Elimination, as an analyst does it down a report's block: an item whose own row reads it
    at least as well as row j does is not what row j means.
    """
    rivals = [0.0]
    for s_, o in best_f.get(j, []):          # other items row j could mean
        mate = mate_h.get(o, -1)
        if o != i and not (mate >= 0 and mate != j and pair_total[(o, mate)] >= s_):
            rivals.append(s_)
    for s_, o in best_h.get(i, []):          # other rows that could mean item i
        mate = mate_f.get(o, -1)
        if o != j and not (mate >= 0 and mate != i and pair_total[(mate, o)] >= s_):
            rivals.append(s_)
    return score - max(rivals)


def _has_twins(parts: list[int], texts: pd.Series) -> bool:
    """Two of the items read almost the same: repeats across years, not parts of one row."""
    from rapidfuzz import fuzz

    return any(fuzz.token_sort_ratio(texts.iat[a], texts.iat[b]) >= 90
               for k, a in enumerate(parts) for b in parts[k + 1:])


def _groups(t: pd.DataFrame, part: str, whole: str, settings: MatchSettings,
            w_part: np.ndarray, w_whole: np.ndarray, part_tokens: pd.Series,
            whole_tokens: pd.Series, part_text: pd.Series, part_types: pd.Series,
            anchored: dict[int, list[int]] | None = None, sheets: np.ndarray | None = None
            ) -> dict[int, list[int]]:
    """Wholes that several `part` rows sit inside: {whole index: [part indices]}.

    A part belongs to the whole it scores best with, when the part is clearly the shorter
    text and most of its words are in the whole; together the parts must cover enough of it,
    or when it is written next to such a part (`_next_to_parts`; `sheets`: each force row's
    sheet, to tell rows written one after the other).
    `anchored` wholes already have parts (paired on the reference): one more row may join them.
    """
    anchored = anchored or {}
    # A part is shorter than its whole, or the same text repeated on each row of a block
    # (a summary cell merged down over its sub-actions).
    if part == "f":
        shorter = w_part[t[part].to_numpy()] < 0.95 * w_whole[t[whole].to_numpy()]
        same_text = t["text"].to_numpy() >= 99.5
        shape = (shorter | same_text) & (t["contain"] >= settings.part_containment)
    else:
        # A force row may summarise a long cause of concern: the HMICFRS parts need not be
        # shorter than it, only plausible pairs on their own.
        shape = (t["contain"] >= settings.part_containment) & (t["total"] >= settings.review)
    # Under a report that contradicts the whole's, only a true piece of it (not a copy of the
    # whole item tracked again under another report) that fits no other item nearly as well.
    piece = (t["cover"] < _PIECE_COVER) & _alone(t, part, settings.clear_margin)
    ok = t[shape & (~t["other_report"] | piece) & ~t["ref_differs"] & (t["topic"] == "")]
    if ok.empty:
        return {}
    # Each part goes only to the whole it scores best with, and clearly so. A rival under a
    # report that rules it out (the same national wording quoted in another report) is none.
    ranked = t.sort_values("total", ascending=False, kind="stable")
    best = ranked.drop_duplicates(part)
    second = ranked[~ranked.index.isin(best.index) & ~ranked["other_report"]
                    ].drop_duplicates(part)
    best_whole = dict(zip(best[part], best[whole], strict=True))
    gap = dict(zip(best[part], best["total"], strict=True))
    for p, s2 in zip(second[part], second["total"], strict=True):
        gap[p] -= s2
    fits = ok
    ok = ok[[best_whole.get(p) == w and gap.get(p, 0) >= settings.margin
             for p, w in zip(ok[part], ok[whole], strict=True)]]
    if part == "f" and sheets is not None:
        ok = _next_to_parts(t, fits, ok, sheets, settings)
    groups: dict[int, list[int]] = {}
    if ok.empty:
        return groups
    shared = _shared_parts(t, ok, part, whole) if part == "f" else set()
    elsewhere = set(ok.loc[ok["other_report"], part].tolist())
    wholes, parts_of, contain = (ok[c].to_numpy() for c in (whole, part, "contain"))
    fit: dict[int, dict[int, float]] = {}
    for w_, p_, x_ in zip(wholes.tolist(), parts_of.tolist(), ok["text"].tolist(), strict=True):
        fit.setdefault(int(w_), {})[int(p_)] = float(x_)
    # Rows by whole, in file order within each (what groupby gives), without a frame per group.
    order = np.argsort(wholes, kind="stable")
    sorted_w = wholes[order]
    starts = np.flatnonzero(np.r_[True, sorted_w[1:] != sorted_w[:-1]])
    ends = np.r_[starts[1:], len(order)]
    sizes = ends - starts
    big = (sizes >= 2) | np.isin(sorted_w[starts], list(anchored))
    for start, end in zip(starts[big], ends[big], strict=True):
        rows = order[start:end]
        w = int(sorted_w[start])
        parts = sorted(int(p) for p in parts_of[rows])
        target = set(whole_tokens.iat[w])
        covered = len(set().union(*(part_tokens.iat[p] for p in parts + anchored.get(w, [])))
                      & target)
        coverage = covered / len(target) if target else 0.0
        if part == "f":
            parts = _own_parts(parts, shared, anchored.get(w, []), target, part_tokens)
            parts = _beside(parts, elsewhere, anchored.get(w, []))
            parts = _adding(parts, anchored.get(w, []), target, part_tokens, fit[w])
            if len(parts) < 2 and w not in anchored:
                continue
            # A split: the force copied at least one bullet nearly word for word.
            if contain[rows].max() >= settings.split_containment and (
                    coverage >= settings.split_coverage):
                groups[w] = parts
        elif (coverage >= settings.merge_coverage and not _has_twins(parts, part_text)
              and any(part_types.iat[p] == "cause of concern" for p in parts)):
            # A merge: a cause of concern and its recommendations in one force row, which says
            # little beyond them put together. (Two recommendations sharing a row are left to
            # the assignment: formulaic all-forces wording makes such groups unreliable.)
            groups[w] = parts
    return groups


def _next_to_parts(t: pd.DataFrame, fits: pd.DataFrame, clear: pd.DataFrame,
                   sheets: np.ndarray, settings: MatchSettings) -> pd.DataFrame:
    """The clear parts of splits, with the rows written next to one that also fit its item.

    A force writes the rows of one split recommendation one after the other. The second half
    of a split ("clearly define its new operating model ...") may read another item as well
    as its own, or better (that item says just that); it is still the row after part 1 when
    its words sit inside part 1's item (`split_containment`: a piece copied, not one more
    sentence of the same formula), the report does not contradict it, and every item it
    reads as well (within `margin`) has another row that reads it at least as well: that item
    is not left without a row by it. `fits` are the (item, row) pairs shaped like a part.
    """
    out = clear
    for _ in range(_NEXT_STEPS):       # a third row after a second joins in the next step
        have = set(zip(out["h"].tolist(), out["f"].tolist(), strict=True))
        fits_ = fits[~fits["f"].isin(out["f"]) & ~fits["other_report"]
                     & (fits["contain"] >= settings.split_containment)]
        near = [any((w, q) in have and 0 <= q < len(sheets) and sheets[q] == sheets[p]
                    for q in (p - 1, p + 1))
                for w, p in zip(fits_["h"].tolist(), fits_["f"].tolist(), strict=True)]
        joining = fits_[near]
        if joining.empty:
            return out
        joining = joining[_rivals_held(t, joining, settings.margin)]
        joining = joining.sort_values("total", ascending=False, kind="stable"
                                      ).drop_duplicates("f")
        if joining.empty:
            return out
        out = pd.concat([out, joining])
    return out


#: How many rounds of placing rows by their neighbours (an item one row leaves is free for
#: the next).
_PLACE_STEPS = 3

#: How many rows in a row may join a split, one step from a clear part at a time.
_NEXT_STEPS = 3


def _rivals_held(t: pd.DataFrame, joining: pd.DataFrame, margin: float) -> np.ndarray:
    """Per (item, row) pair, whether every other item the row reads about as well (within
    `margin`) has another row that reads it at least as well (its own row)."""
    rows = set(joining["f"].tolist())
    near = t[t["f"].isin(rows)]
    mine = dict(zip(zip(joining["h"].tolist(), joining["f"].tolist(), strict=True),
                    joining["total"].tolist(), strict=True))
    rival_items = set(near["h"].tolist())
    ranked = t[t["h"].isin(rival_items)].sort_values("total", ascending=False, kind="stable")
    top2 = ranked.groupby("h").head(2)
    best_of: dict[int, list[tuple[int, float]]] = {}
    for h_, f_, s_ in zip(top2["h"].tolist(), top2["f"].tolist(), top2["total"].tolist(),
                          strict=True):
        best_of.setdefault(int(h_), []).append((int(f_), float(s_)))
    ok = []
    for (w, p), s in mine.items():
        rivals = near[(near["f"] == p) & (near["h"] != w) & (near["total"] >= s - margin)]
        ok.append(all(any(q != p and sq >= sp for q, sq in best_of.get(int(r), []))
                      for r, sp in zip(rivals["h"].tolist(), rivals["total"].tolist(),
                                       strict=True)))
    return np.array(ok, dtype=bool)


#: A row holding less than this share (0-100) of an item's words is a piece of it, not a copy.
_PIECE_COVER = 70.0


def _alone(t: pd.DataFrame, part: str, gap: float) -> np.ndarray:
    """Per pair, whether its text fits the part far better (by `gap`) than any other whole.

    A force row filed under the wrong report is still a part of the one item its words fit
    (a conflict of report); wording that recurs on the list is not, for then only the report
    could have chosen between its copies.
    """
    if t.empty:
        return np.zeros(0, dtype=bool)
    text = t["text"].to_numpy()
    order = np.lexsort((-text, t[part].to_numpy()))     # by part, best text first
    keys, ranked = t[part].to_numpy()[order], text[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    ends = np.r_[starts[1:], len(order)]
    runner_up = np.where(ends - starts >= 2, ranked[np.minimum(starts + 1, len(order) - 1)], 0.0)
    lead = np.zeros(len(t), dtype=bool)
    lead[order[starts]] = ranked[starts] - runner_up >= gap
    return lead


#: A part sits "as well" inside another item when its containment there is within this of its own.
_SHARED_FIT = 5.0


def _shared_parts(t: pd.DataFrame, ok: pd.DataFrame, part: str, whole: str) -> set[int]:
    """Parts that sit as well inside another item of a report that does not rule it out.

    A sentence several items end with ("This assessment should inform workforce plans.") or
    a one-line summary whose words fit two items of one report ("Enough specialist capacity
    and capability") says nothing of which item it belongs to on its own.
    """
    mine = dict(zip(ok[part], ok["contain"], strict=True))
    own_whole = dict(zip(ok[part], ok[whole], strict=True))
    rows = t[t[part].isin(mine) & ~t["other_report"] & ~t["ref_differs"]]
    if rows.empty:
        return set()
    others = rows[rows[whole].to_numpy() != rows[part].map(own_whole).to_numpy()]
    alt = others.groupby(part)["contain"].max()
    return {int(p) for p, c in alt.items() if c >= mine[p] - _SHARED_FIT}


def _own_parts(parts: list[int], shared: set[int], anchored: list[int], target: set[str],
               part_tokens: pd.Series) -> list[int]:
    """The parts of one split, less shared parts that add nothing of this item.

    A shared part stays only when it sits next to a part of its own in the tracker (a split is
    written on consecutive rows) and holds words of the item the other parts do not (the tail
    a bullet was cut into), not when it only repeats them (a summary above the item's row).
    """
    own = [p for p in parts if p not in shared]
    keep = list(own)
    known = set().union(*(part_tokens.iat[p] for p in own + anchored)) & target
    for p in parts:
        if p not in shared:
            continue
        near = any(abs(p - q) == 1 for q in own + anchored)
        mine = set(part_tokens.iat[p]) & target
        if near and mine and len(mine - known) >= 0.5 * len(mine):
            keep.append(p)
    return sorted(keep)


#: A part not written next to another adds to a split when at least this share of its words
#: of the item are in no other part that fits the item as well or better.
_NEW_WORDS = 0.25


def _adding(parts: list[int], anchored: list[int], target: set[str], part_tokens: pd.Series,
            fit: dict[int, float]) -> list[int]:
    """The parts of one split, less rows away from the others that only repeat what a
    better-fitting part holds.

    A split cuts an item into pieces on consecutive rows, each with words of its own. A row
    elsewhere whose words of the item are all in another part already (a copy of the item
    tracked again, a truncated "Improve how it gathers, assesses and...", a closing sentence
    other items end with too) is not a piece of it: it belongs to some other item, or to none.
    """
    rows = set(parts) | set(anchored)
    known = set().union(*(part_tokens.iat[a] for a in anchored)) & target
    keep: list[int] = []
    for p in sorted(parts, key=lambda q: (-fit.get(q, 0.0), q)):
        mine = set(part_tokens.iat[p]) & target
        if (p - 1) in rows or (p + 1) in rows or len(mine - known) >= _NEW_WORDS * len(mine):
            keep.append(p)
            known |= mine
    return sorted(keep)


def _beside(parts: list[int], elsewhere: set[int], anchored: list[int]) -> list[int]:
    """The parts of one split, less pieces filed under a contradicting report that are not
    written next to another part: a split is on consecutive rows, a copy of the item filed
    again under another report anywhere in the tracker."""
    if not elsewhere & set(parts):
        return parts
    rows = set(parts) | set(anchored)
    return [p for p in parts if p not in elsewhere or (p - 1) in rows or (p + 1) in rows]


def _release(ref_parts: dict[int, list[int]], scores: Scores, settings: MatchSettings) -> None:
    """Rows sharing one reference that read clearly as another item leave the reference group.

    Some trackers write a cause of concern's reference on the rows of its recommendations; a
    row whose text is a sure pair with another item, far better than with the referenced one,
    is that item's row. The row that fits the referenced item best always stays.
    """
    t = scores.table
    for i, js in ref_parts.items():
        if len(js) < 2:
            continue
        fit = {j: _total(t, i, j) for j in js}
        keep = max(js, key=lambda j: fit[j])
        stay = []
        for j in js:
            best = scores.best("f", j)
            if (j != keep and best is not None and best[0] != i and best[0] not in ref_parts
                    and best[1] >= settings.accept and best[1] >= fit[j] + settings.clear_margin):
                continue
            stay.append(j)
        ref_parts[i] = stay


def _total(t: pd.DataFrame, i: int, j: int) -> float:
    hit = t["total"].to_numpy()[(t["h"].to_numpy() == i) & (t["f"].to_numpy() == j)]
    return float(hit[0]) if len(hit) else 0.0


#: At most this many HMICFRS items apart, the items of a row's neighbours bracket its place.
PLACE_SPAN = 4


def _places(made: dict[int, int], fixed: set[int], sheets: np.ndarray, report_h: np.ndarray
            ) -> dict[int, tuple[int, int, int]]:
    """Force rows written between the rows of two items of one report, with exactly one item
    of that report between those two left without a row: {row: (that item, before, after)}.

    A force lists a report's recommendations in the list's order. A row cut short ("Improve
    how it gathers, assesses and") or a closing sentence fits several items of the report as
    well; written between the rows of items 92 and 94, it is item 93's. A row paired with
    item 93 already is confirmed by the same place. `made`: each force row's item so far;
    `fixed` rows (a reference, a split, a person) keep theirs.
    """
    paired = set(made.values())
    out: dict[int, tuple[int, int, int]] = {}
    for j in range(1, len(sheets) - 1):
        a, b = made.get(j - 1, -1), made.get(j + 1, -1)
        if (j in fixed or a < 0 or not 2 <= b - a <= PLACE_SPAN
                or not sheets[j - 1] == sheets[j] == sheets[j + 1]):
            continue
        now = made.get(j, -1)
        if a < now < b:                  # paired with an item in its place already:
            if b - a == 2 and report_h[a] and report_h[a] == report_h[now] == report_h[b]:
                out[j] = (now, a, b)     # the only one there, and its place confirms it
            continue
        between = [c for c in range(a + 1, b) if c not in paired]
        if len(between) == 1 and report_h[a] and report_h[a] == report_h[between[0]] == \
                report_h[b]:
            out[j] = (between[0], a, b)
    return out


def _placed(t: pd.DataFrame, spots: dict[int, tuple[int, int, int]], made: dict[int, int],
            settings: MatchSettings) -> dict[int, int]:
    """The rows whose place decides their item: {row: item}, from the pairs `t` scored.

    The row's words must sit inside the item (`split_containment`), with no report,
    reference or subject against it; a row paired already leaves its item only when that
    pair is no copy (text below `_VERBATIM`) and scores not clearly more (`clear_margin`).
    """
    if t.empty:
        return {}
    width = int(t["f"].max()) + 1
    codes = t["h"].to_numpy(dtype=np.int64) * width + t["f"].to_numpy(dtype=np.int64)

    def key(pair: tuple[int, int]) -> int | None:      # its row in `t`, in (h, f) order
        if pair[0] < 0:
            return None
        k = int(np.searchsorted(codes, pair[0] * width + pair[1]))
        return k if k < len(codes) and codes[k] == pair[0] * width + pair[1] else None

    total, text = t["total"].to_numpy(), t["text"].to_numpy()
    fits = ((t["contain"] >= settings.split_containment) & ~t["other_report"]
            & ~t["ref_differs"] & (t["topic"] == "") & (t["total"] >= settings.review)
            ).to_numpy()
    out: dict[int, int] = {}
    for j, (c, _, _) in spots.items():
        k = key((c, j))
        if k is None or not fits[k]:
            continue
        now = key((made.get(j, -1), j))
        if now is not None and now != k and (text[now] >= _VERBATIM
                                or total[now] > total[k] + settings.clear_margin):
            continue
        out[j] = c
    return out


def _late_splits(made: dict[int, int], fixed: set[int], sheets: np.ndarray, known: set[int],
                 width: int, banned: set[tuple[int, int]]
                 ) -> tuple[list[tuple[int, int, int]], list[tuple[int, int]]]:
    """Rows next to a row paired by text, on the same sheet: [(row, its neighbour's item,
    the neighbour)], and those pairs not scored yet."""
    out: list[tuple[int, int, int]] = []
    for q, c in sorted(made.items()):
        if q in fixed:
            continue
        for j in (q - 1, q + 1):
            if (0 <= j < len(sheets) and j not in fixed and made.get(j) != c
                    and sheets[j] == sheets[q] and (c, j) not in banned):
                out.append((j, c, q))
    extra = sorted({(c, j) for j, c, _ in out if c * width + j not in known})
    return out, extra


def _late_fit(t: pd.DataFrame, late: list[tuple[int, int, int]], made: dict[int, int],
              index, h_tokens: pd.Series, f_tokens: pd.Series, settings: MatchSettings
              ) -> dict[int, list[int]]:
    """The late splits that hold: {item: [its two rows]}.

    Both rows are pieces of the item (each shorter than it), the new row's words sit inside
    it (`split_containment`) with nothing against it, it holds words of the item its
    neighbour does not (half of its own), and it reads this item clearly better than the one
    it is paired with, if any (`clear_margin`).
    """
    if not late or t.empty:
        return {}
    width = int(t["f"].max()) + 1
    codes = t["h"].to_numpy(dtype=np.int64) * width + t["f"].to_numpy(dtype=np.int64)
    cols = {c: t[c].to_numpy() for c in ("total", "contain", "other_report", "ref_differs",
                                         "topic")}

    def at(i: int, j: int) -> int:
        k = int(np.searchsorted(codes, i * width + j))
        return k if i >= 0 and k < len(codes) and codes[k] == i * width + j else -1

    out: dict[int, list[int]] = {}
    used: set[int] = set()
    for j, c, q in late:
        k, kq, now = at(c, j), at(c, q), at(made.get(j, -1), j)
        if k < 0 or kq < 0 or c in out or j in used or q in used:
            continue
        short = 0.95 * index.weight_h[c]
        target = set(h_tokens.iat[c])
        mine = set(f_tokens.iat[j]) & target
        if not (cols["contain"][k] >= settings.split_containment
                and not cols["other_report"][k] and not cols["ref_differs"][k]
                and cols["topic"][k] == "" and index.weight_f[j] < short
                and index.weight_f[q] < short and cols["total"][k] >= settings.accept
                and mine and len(mine - set(f_tokens.iat[q])) >= 0.5 * len(mine)
                and (now < 0 or cols["total"][now] + settings.clear_margin <= cols["total"][k])):
            continue
        out[c] = sorted([q, j])
        used.update((q, j))
    return out


def _rowless_rival(i: int, j: int, score: float, cols: dict[str, np.ndarray], rowed: set[int],
                   margin: float) -> bool:
    """Whether row j reads another item, left without a row, within `margin` of item i."""
    at = np.flatnonzero(cols["f"] == j)
    return any(int(o) != i and int(o) not in rowed and s_ >= score - margin
               for o, s_ in zip(cols["h"][at].tolist(), cols["total"][at].tolist(), strict=True))


def _place_note(j: int, spot: tuple[int, int, int], h_ids: np.ndarray) -> str:
    """The place that chose the item, in words."""
    return (f"; in its place in the list's order: written between the rows of HMICFRS "
            f"{h_ids[spot[1]]} and {h_ids[spot[2]]}, and the one item between them")


def _next_note(i: int, j: int, js: list[int], cols: dict[str, np.ndarray],
               h_ids: np.ndarray) -> str:
    """Why a split's row that reads another item as well is this item's: where it is written."""
    k = next((js.index(q) + 1 for q in (j - 1, j + 1) if q in js), 0)
    if not k:
        return ""
    at = np.flatnonzero(cols["f"] == j)
    hs, totals = cols["h"][at], cols["total"][at]
    own = totals[hs == i]
    others = np.flatnonzero((hs != i) & (totals >= (own[0] if len(own) else 0.0)))
    if not len(others):
        return ""
    best = int(hs[others[np.argmax(totals[others])]])
    where = "after" if js[k - 1] == j - 1 else "before"
    return (f"; the row {where} part {k} of this split: its words are inside this item, and "
            f"HMICFRS {h_ids[best]}, which it reads as well, has a row of its own")


def match(h: pd.DataFrame, f: pd.DataFrame, settings: MatchSettings,
          forced: Iterable[tuple[str, str]] = (), forbidden: Iterable[tuple[str, str]] = ()
          ) -> tuple[pd.DataFrame, Scores]:
    """Pairs of (HMICFRS index, force index) with decision and explanation.

    `forced` and `forbidden` are (hmicfrs row_id, force row_id) pairs a person decided on
    (an accepted or rejected match from a returned workbook): forced pairs are made first,
    forbidden pairs are never made.
    """
    h = h.reset_index(drop=True)
    f = f.reset_index(drop=True)
    index = build_index(h["tokens"], f["tokens"])
    hi, fj = candidate_pairs(h, f, index, int(settings.candidates))
    h_pos = {r: i for i, r in enumerate(h["row_id"])}
    f_pos = {r: j for j, r in enumerate(f["row_id"])}
    forced_ix = [(h_pos[a], f_pos[b]) for a, b in forced if a in h_pos and b in f_pos]
    banned = {(h_pos[a], f_pos[b]) for a, b in forbidden if a in h_pos and b in f_pos}

    # Reference pairs and forced pairs are scored too, so they carry their explanation.
    href, fref = h["ref_key"].to_numpy(dtype=object), f["ref_key"].to_numpy(dtype=object)
    hk, fk = block_keys(h, f)
    if (hk != "").any() and (fk != "").any():   # national lists: a reference is per force
        href = np.where(href != "", hk + "|" + href, "")
        fref = np.where(fref != "", fk + "|" + fref, "")
    first_h: dict[str, int] = {}
    for i, k in enumerate(href):
        if k:
            first_h.setdefault(k, i)
    by_ref = [(first_h[k], j) for j, k in enumerate(fref) if k and k in first_h]
    extra = np.array(by_ref + forced_ix, dtype=np.int64).reshape(-1, 2)
    pi, pj = unique_pairs(np.concatenate([hi, extra[:, 0]]), np.concatenate([fj, extra[:, 1]]),
                          len(f))
    t = score_pairs(h, f, pi, pj, index, settings)
    if banned:
        t = t[[(a, b) not in banned for a, b in zip(t["h"], t["f"], strict=True)]]
    t = t.reset_index(drop=True)
    scores = Scores(t, len(h), len(f))
    # Scored pairs are in (h, f) order: a pair's row is found by bisection, not a dict of all.
    width = max(len(f), 1)
    codes = (t["h"].to_numpy(dtype=np.int64) * width + t["f"].to_numpy(dtype=np.int64)).tolist()

    def row_of(i: int, j: int) -> int:
        k = bisect_left(codes, i * width + j)
        if k >= len(codes) or codes[k] != i * width + j:
            raise KeyError((i, j))
        return k

    rows: list[dict] = []

    cols = {c: t[c].to_numpy() for c in FEATURES}
    total = cols["total"]
    h_ids, f_ids = h["row_id"].to_numpy(), f["row_id"].to_numpy()

    def add(i: int, j: int, decision: str, method: str, margin: float | None = None,
            runner: str = "", part: str = "", missing: str = "", note: str = "") -> None:
        k = row_of(i, j)
        report = cols["report"][k]
        rows.append({"h": i, "f": j, "decision": decision, "method": method,
                     "score": min(100.0, float(total[k])), "text_score": float(cols["text"][k]),
                     "report_score": None if np.isnan(report) else float(report),
                     "margin": None if margin is None else round(margin, 1),
                     "runner_up": runner, "part": part,
                     "score_parts": explain({c: cols[c][k] for c in FEATURES}, settings)
                     + note,
                     "other_report": bool(cols["other_report"][k]),
                     "ref_differs": bool(cols["ref_differs"][k]),
                     "contain": float(cols["contain"][k]), "dice": float(cols["dice"][k]),
                     "ratio": float(cols["ratio"][k]), "sort": float(cols["sort"][k]),
                     "missing_parts": missing})

    def add_parts(i: int, js: list[int], method: str | dict[int, str]) -> None:
        """A split: every force row paired with item i, each told which bullets none covers.

        `method` is one for all rows, or per row ({row: method}, 'split' for the others)."""
        missing = missing_parts(h["text"].iat[i], [f["tokens"].iat[j] for j in js])
        for k, j in enumerate(js, start=1):
            how = method if isinstance(method, str) else method.get(j, "split")
            add(i, j, "accepted", how, part=f"{k} of {len(js)}", missing=missing,
                note=_next_note(i, j, js, cols, h_ids))

    # 0. A person's decision stands. 1. So does a shared register reference.
    taken_h: set[int] = set()
    taken_f: set[int] = set()
    for i, j in forced_ix:
        if j not in taken_f:
            add(i, j, "accepted", "decision")
            taken_h.add(i)
            taken_f.add(j)
    ref_parts: dict[int, list[int]] = {}
    for i, j in by_ref:
        if j not in taken_f and i not in taken_h and (i, j) not in banned:
            ref_parts.setdefault(i, []).append(j)
    _release(ref_parts, scores, settings)
    ref_parts_by_ref = {i: set(js) for i, js in ref_parts.items()}
    for i, js in ref_parts.items():
        taken_h.add(i)
        taken_f.update(js)

    free = t[~t["h"].isin(taken_h) & ~t["f"].isin(taken_f)]
    # A row without the reference may still be a part of an item paired on it: a cause of
    # concern's reference written on its own row, not on the rows of its recommendations.
    if ref_parts:
        joining = t[t["h"].isin(ref_parts) & ~t["f"].isin(taken_f)]
        for i, js in _groups(pd.concat([free, joining]), "f", "h", settings, index.weight_f,
                             index.weight_h, f["tokens"], h["tokens"], f["text_norm"],
                             f["type_norm"], anchored=ref_parts).items():
            if i in ref_parts:
                ref_parts[i] = ref_parts[i] + js
                taken_f.update(js)
        free = free[~free["f"].isin(taken_f)]
    for i, js in ref_parts.items():
        if len(js) > 1:
            add_parts(i, sorted(js), {j: "reference" for j in ref_parts_by_ref[i]})
        else:
            add(i, js[0], "accepted", "reference")

    # 3. Splits (several force rows → one HMICFRS item) and merges (the reverse).
    sheets = f["sheet"].to_numpy(dtype=object) if "sheet" in f else np.zeros(len(f), dtype=object)
    sides = {"h": (h, index.weight_h, taken_h), "f": (f, index.weight_f, taken_f)}
    for part, whole, method in (("f", "h", "split"), ("h", "f", "merged")):
        (p_rows, p_weight, p_taken), (w_rows, w_weight, w_taken) = sides[part], sides[whole]
        for w, parts in _groups(free, part, whole, settings, p_weight, w_weight,
                                p_rows["tokens"], w_rows["tokens"], p_rows["text_norm"],
                                p_rows["type_norm"],
                                sheets=sheets if part == "f" else None).items():
            if part == "f":
                add_parts(w, parts, method)
            else:
                for k, p in enumerate(parts, start=1):
                    add(p, w, "accepted", method, part=f"{k} of {len(parts)}")
            w_taken.add(w)
            p_taken.update(parts)
        free = free[~free["h"].isin(taken_h) & ~free["f"].isin(taken_f)]

    # 4-5. Global one-to-one assignment, then accept / review.
    # The same action in several reports, and this pair's report is none of them: never a
    # pair. Left out of the assignment, not dropped after it, so its rows stay free for the
    # pairs their reports allow.
    eligible = free[(free["total"] >= settings.review)
                    & ~(free["other_report"].to_numpy() & _recurring(free))]
    best_h, best_f, twins = _top(free, "h", "f"), _top(free, "f", "h"), _twins(free)
    year = h["year"].to_numpy(dtype=float, na_value=0).astype(np.int64)
    types = (h["type_norm"].to_numpy(dtype=object), f["type_norm"].to_numpy(dtype=object))
    assigned = _assign(eligible, len(h), len(f), year, types, settings.review)
    # 4b. A row between the rows of two items of one report is the item between them.
    made = {r["f"]: r["h"] for r in rows} | {j: i for i, j in assigned}
    fixed = {r["f"] for r in rows}
    report_h = h["report_key"].fillna("").to_numpy(dtype=object)
    spot_of: dict[int, tuple[int, int, int]] = {}
    known = set(codes)
    for _ in range(_PLACE_STEPS):          # an item freed by one row may be the next row's
        spots = _places(made, fixed, sheets, report_h)
        if not spots:
            break
        # Only pairs not scored yet (most rows in order confirm a pair made already).
        unscored = [(c, j) for j, (c, _, _) in spots.items()
                    if (c, j) not in banned and c * width + j not in known]
        both = t
        if unscored:
            ci, cj = (np.array(x, dtype=np.int64) for x in zip(*unscored, strict=True))
            both = pd.concat([t, score_pairs(h, f, ci, cj, index, settings)]).sort_values(
                ["h", "f"], kind="stable").reset_index(drop=True)
            known.update(c * width + j for c, j in unscored)
        moved = _placed(both, spots, made, settings)
        changed = any(made.get(j) != c for j, c in moved.items())
        if moved:
            t = both
        made.update(moved)
        spot_of.update({j: spots[j] for j in moved})
        if not changed:
            break
    # 4c. The row next to a pair's row that holds the rest of its item: a split the word
    # index did not offer (its start fits many items, its item not among its candidates).
    late, extra = _late_splits(made, fixed | set(spot_of), sheets, known, width, banned)
    if extra:
        ci, cj = (np.array(x, dtype=np.int64) for x in zip(*extra, strict=True))
        t = pd.concat([t, score_pairs(h, f, ci, cj, index, settings)]).sort_values(
            ["h", "f"], kind="stable").reset_index(drop=True)
    splits = _late_fit(t, late, made, index, h["tokens"], f["tokens"], settings)
    for c, js in splits.items():
        made.update({j: c for j in js})
    if spot_of or extra:
        scores = Scores(t, len(h), len(f))
        codes = (t["h"].to_numpy(dtype=np.int64) * width
                 + t["f"].to_numpy(dtype=np.int64)).tolist()
        cols = {c: t[c].to_numpy() for c in FEATURES}
        total = cols["total"]
        placed = {(made[j], j) for j in spot_of}
        placed_h = {i for i, _ in placed}
        assigned = sorted({(i, j) for i, j in assigned if j not in spot_of
                           and i not in placed_h} | placed)
    split_rows = {j for js in splits.values() for j in js}
    assigned = [(i, j) for i, j in assigned if i not in splits and j not in split_rows]
    for c, js in splits.items():
        add_parts(c, js, "split")
    mate_h, mate_f = dict(assigned), {j: i for i, j in assigned}
    pair_total = dict(zip(zip(free["h"].tolist(), free["f"].tolist(), strict=True),
                          free["total"].tolist(), strict=True))
    pair_cover = dict(zip(zip(free["h"].tolist(), free["f"].tolist(), strict=True),
                          free["cover"].tolist(), strict=True))
    for i, j in ((made[q], q) for q in spot_of):     # placed pairs, scored after `free`
        pair_total[(i, j)] = float(total[row_of(i, j)])
        pair_cover[(i, j)] = float(cols["cover"][row_of(i, j)])
    held = {i: float(cols["text"][row_of(i, j)]) for i, j in assigned}
    rowed = set(mate_h) | {r["h"] for r in rows}      # items with a row, in the end
    for i, j in assigned:
        k = row_of(i, j)
        score = float(total[k])
        margin, rh, rf = _swap_margin(i, j, score, pair_total, best_h, best_f, mate_h, mate_f,
                                      pair_cover)
        runner = ""
        if rh >= 0 or rf >= 0:
            alt = score - margin
            runner = (f"force {f_ids[rf]} ({alt:.0f})" if rf >= 0
                      else f"HMICFRS {h_ids[rh]} ({alt:.0f})")
        summary = bool(cols["same_report"][k] and cols["contain"][k]
                       >= settings.summary_containment
                       and index.weight_f[j] < 0.95 * index.weight_h[i])   # a few words of it
        twin = _twin(twins, i, j, held, summary)
        # Sure enough: a high score clear of the runner-up; or a fair score with no other
        # candidate anywhere near it, when the report confirms it or the shorter text is a
        # summary (its telling words inside the other). Otherwise a person decides.
        # Below `accept` every rival counts, paired elsewhere or not: only the swap-proof
        # margin of a strong pair may overlook a rival that has a partner of its own.
        raw = score - max([s_ for s_, o in best_h.get(i, []) if o != j]
                          + [s_ for s_, o in best_f.get(j, []) if o != i] + [0.0])
        # A copy of the item filed under the wrong report, with no rival, is its row: the
        # report is then a conflict to show, not a reason for doubt.
        filed_elsewhere = cols["other_report"][k] and cols["text"][k] >= _COPY
        unrivalled = min(margin, raw) >= settings.clear_margin and (
            filed_elsewhere or (not cols["other_report"][k] and (
                cols["same_report"][k] or cols["contain"][k] >= settings.summary_containment)))
        # A one-line summary in its report's block, whose other candidates all have rows of
        # their own that read them at least as well: the one item left is its item.
        left = summary and min(margin, _unheld_margin(i, j, score, best_h, best_f, mate_h,
                                                      mate_f, pair_total)) >= settings.clear_margin
        ok = twin < 0 and ((score >= settings.accept and margin >= settings.margin)
                           or unrivalled or left)
        if twin >= 0:
            runner = f"HMICFRS {h_ids[twin]} reads almost the same"
        note = ""
        if j in spot_of and spot_of[j][0] == i:
            # Its place decides between the items its words fit as well, when they have rows
            # of their own; another one left without a row is for a person to weigh.
            note = _place_note(j, spot_of[j], h_ids)
            ok = ok or (score >= settings.accept
                        and not _rowless_rival(i, j, score, cols, rowed, settings.margin))
        add(i, j, "accepted" if ok else "review", "text", margin, runner, note=note)
    return pd.DataFrame(rows, columns=PAIR_COLUMNS), scores


__all__ = ["FEATURES", "PAIR_COLUMNS", "Scores", "match"]
