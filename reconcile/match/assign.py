"""The one-to-one assignment: the best set of pairs, each row in at most one.

Jonker-Volgenant, optimal rather than greedy first-come: `lap` on a dense matrix for each
group of linked rows, scipy's sparse LAPJV for a huge one; equal scores settled by report
year, type, then wording.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

_COST = 200.0  # > any total, so every edge of the assignment graph has a positive weight


#: A group of rows linked by candidate pairs up to this size (both sides) is solved on a dense
#: matrix with `lap` (the Jonker-Volgenant solver in C++, importing only numpy); a larger one,
#: which few lists ever have, with scipy's sparse LAPJV, which never builds the full matrix.
DENSE_ASSIGN = 4_000


def assign_pairs(t: pd.DataFrame, n_h: int, n_f: int, year: np.ndarray,
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
