"""Which pairs are worth scoring: a word index, blocked by force, top-k per row.

Scoring every pair of two long lists costs minutes (1,500 × 1,650 real texts with
rapidfuzz partial_ratio: ~200 s on two cores). Pairs that share no telling word are never the
same recommendation, so candidates come from an inverted index: an IDF-weighted word-by-item
matrix per side, multiplied, keeping each row's best few. A force's own lists use plain numpy
matrices; national ones scipy.sparse. Small lists keep every pair that shares a word; larger
ones the top `candidates` per row on each side, and every item that holds most of a force
row's words (`held_candidates`). Items are compared only within their force when both sides
name one.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain

import numpy as np
import pandas as pd

from ..config import MatchSettings
from ..normalise import aligned_force_keys, each_distinct, force_key, forces_of

#: Up to this many possible pairs (a force's own lists: 300 x 400 is 120,000), and a small
#: enough vocabulary, the index is a plain numpy matrix: a typical run then never imports
#: scipy (about 0.4 s of a 1.5 s run). National lists use scipy.sparse.
DENSE_PAIRS = 1_000_000
DENSE_CELLS = 20_000_000


@dataclass(frozen=True)
class TokenIndex:
    """IDF-weighted word incidence for both sides over one vocabulary."""

    a: object               # n_h × V idf weights: numpy array, or scipy.sparse CSR when large
    b: object               # n_f × V
    weight_h: np.ndarray    # total idf weight of each HMICFRS item's words
    weight_f: np.ndarray
    shared: np.ndarray | None = None   # dense only: n_h × n_f idf weight of shared words
    idf: dict[str, float] | None = None    # each word's weight, to weigh words two texts differ by

    def overlap(self, hi: np.ndarray, fj: np.ndarray) -> np.ndarray:
        """IDF weight each row of `hi` shares with each row of `fj`: a len(hi) × len(fj) array
        (dense) or sparse matrix."""
        if self.shared is not None:
            return self.shared[np.ix_(hi, fj)]
        return self.a[hi] @ (self.b[fj] > 0).astype(np.float32).T


def build_index(h_tokens: pd.Series, f_tokens: pd.Series) -> TokenIndex:
    # Every word of every item numbered in order of first appearance, in one C pass
    # (pd.factorize) rather than a dict lookup per word: a national list has a million words.
    lengths = [np.fromiter(map(len, side), dtype=np.int64, count=len(side))
               for side in (h_tokens, f_tokens)]
    words = list(chain.from_iterable(h_tokens)) + list(chain.from_iterable(f_tokens))
    codes, vocab = pd.factorize(pd.Series(words, dtype=object)) if words else (
        np.zeros(0, dtype=np.int64), [])
    codes = codes.astype(np.int64)
    ix_a, ix_b = codes[:lengths[0].sum()], codes[lengths[0].sum():]
    ptr_a, ptr_b = (np.r_[0, np.cumsum(n)] for n in lengths)
    n_h, n_f, width = len(h_tokens), len(f_tokens), max(len(vocab), 1)
    # Tokens are distinct within an item, so a word's document frequency is its count.
    df = np.bincount(np.concatenate([ix_a, ix_b]), minlength=width)
    idf = (np.log((n_h + n_f + 1) / (df + 1)) + 1).astype(np.float32)
    if n_h * n_f <= DENSE_PAIRS and (n_h + n_f) * width <= DENSE_CELLS:
        a = np.zeros((n_h, width), dtype=np.float32)
        b = np.zeros((n_f, width), dtype=np.float32)
        a[np.repeat(np.arange(n_h), np.diff(ptr_a)), ix_a] = idf[ix_a]
        b[np.repeat(np.arange(n_f), np.diff(ptr_b)), ix_b] = idf[ix_b]
        return TokenIndex(a, b, a.sum(axis=1), b.sum(axis=1), a @ (b > 0).astype(np.float32).T,
                          dict(zip(vocab, idf.tolist(), strict=False)))
    from scipy import sparse

    def weighted(ptr: np.ndarray, ix: np.ndarray, n: int):
        ones = sparse.csr_matrix((np.ones(len(ix), dtype=np.float32), ix, ptr), shape=(n, width))
        return sparse.csr_matrix(ones.multiply(idf[None, :]))

    a, b = weighted(ptr_a, ix_a, n_h), weighted(ptr_b, ix_b, n_f)
    return TokenIndex(a, b, np.asarray(a.sum(axis=1)).ravel(), np.asarray(b.sum(axis=1)).ravel(),
                      idf=dict(zip(vocab, idf.tolist(), strict=False)))


def shared_weight(index: TokenIndex, hi: np.ndarray, fj: np.ndarray) -> np.ndarray:
    """IDF weight of the words each (hi, fj) pair shares, for many pairs at once."""
    if len(hi) == 0:
        return np.zeros(0, dtype=np.float32)
    if index.shared is not None:
        return index.shared[hi, fj].astype(np.float32)
    prod = index.a[hi].multiply(index.b[fj] > 0)
    return np.asarray(prod.sum(axis=1)).ravel().astype(np.float32)


def _top_k(keys: np.ndarray, vals: np.ndarray, k: int) -> np.ndarray:
    """Positions of the k largest `vals` (0-1) within each group of equal `keys`."""
    if len(keys) == 0:
        return np.zeros(0, dtype=np.int64)
    order = np.argsort(keys.astype(np.float64) * 2.0 - np.clip(vals, 0, 1), kind="stable")
    sorted_keys = keys[order]
    starts = np.r_[0, np.flatnonzero(np.diff(sorted_keys)) + 1]
    lengths = np.diff(np.r_[starts, len(sorted_keys)])
    rank = np.arange(len(sorted_keys)) - np.repeat(starts, lengths)
    return order[rank < k]


def block_keys(h: pd.DataFrame, f: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Each row's force, as a key ('' where none, or every force: `normalise.force_key`);
    the tracker's written as the list's ("WMP" is west mercia, "Both" every force)."""
    hk = each_distinct(h["force"], force_key)
    fk = aligned_force_keys(set(hk) - {""}, each_distinct(f["force"], force_key))
    return np.array(hk, dtype=object), np.array(fk, dtype=object)


def same_force(h_key: str, f_key: str) -> bool:
    """An item and a row a pair may be by their forces: either names none (or every one), or
    the row names the item's, alone or among others ('leicestershire|nottinghamshire')."""
    return not h_key or not f_key or h_key == f_key or h_key in forces_of(f_key)


def candidate_pairs(h: pd.DataFrame, f: pd.DataFrame, index: TokenIndex,
                    settings: MatchSettings,
                    keys: tuple[np.ndarray, np.ndarray] | None = None
                    ) -> tuple[np.ndarray, np.ndarray]:
    """(hmicfrs indices, force indices) of the pairs worth scoring: every pair sharing a
    word on a short list, each row's `candidates` best on a long one. `keys`: both sides'
    force keys (`block_keys`), when the caller has them."""
    k = int(settings.candidates)
    hk, fk = keys if keys is not None else block_keys(h, f)
    blocked = bool((hk != "").any() and (fk != "").any())
    # A row held for some forces ("Leics/Notts": 'leicestershire|nottinghamshire') is in each
    # of their blocks.
    several = {key: forces_of(key) for key in set(fk) if "|" in key}
    blocks = sorted(set(hk) | (set(fk) - set(several))) if blocked else [""]
    out_h, out_f = [], []
    for block in blocks:
        if blocked:
            # A row that names no force is compared with every block.
            hi = np.flatnonzero((hk == block) | (hk == "")) if block else np.flatnonzero(hk == "")
            mine = [key for key, forces in several.items() if block in forces]
            fj = (np.flatnonzero((fk == block) | (fk == "") | np.isin(fk, mine)) if block
                  else np.flatnonzero(fk == ""))
        else:
            hi, fj = np.arange(len(h)), np.arange(len(f))
        if len(hi) == 0 or len(fj) == 0:
            continue
        shared = index.overlap(hi, fj)
        if isinstance(shared, np.ndarray):
            rows, cols = np.nonzero(shared)
            vals = shared[rows, cols]
        else:
            shared = shared.tocoo()
            rows, cols, vals = shared.row, shared.col, shared.data
        if len(hi) * len(fj) > settings.all_pairs_limit:
            norm = vals / np.sqrt(index.weight_h[hi][rows] * index.weight_f[fj][cols])
            # Pairs sharing a sliver of weighted vocabulary never reach review; drop them
            # before ranking, which is the costly step.
            live = norm >= settings.min_overlap
            rows, cols, norm = rows[live], cols[live], norm[live]
            keep = np.union1d(_top_k(rows, norm, k), _top_k(cols, norm, k))
            # A row cut short lies inside many items: its own may rank below the best few.
            held = vals[live] / np.maximum(index.weight_f[fj][cols], 1e-9)
            best = np.zeros(len(fj), dtype=np.float64)
            np.maximum.at(best, cols, held)
            # ... or as much of it as any item does, less a typo's weight ("safegurd").
            enough = np.minimum(settings.held_candidates, np.maximum(best[cols] - 0.02, 0.5))
            keep = np.union1d(keep, np.flatnonzero(held >= enough))
            rows, cols = rows[keep], cols[keep]
        out_h.append(hi[rows])
        out_f.append(fj[cols])
    if not out_h:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return unique_pairs(np.concatenate(out_h), np.concatenate(out_f), len(f))


def unique_pairs(hi: np.ndarray, fj: np.ndarray, n_f: int) -> tuple[np.ndarray, np.ndarray]:
    """Distinct (h, f) pairs in (h, f) order, via one integer code per pair."""
    codes = np.unique(hi.astype(np.int64) * max(n_f, 1) + fj.astype(np.int64))
    return codes // max(n_f, 1), codes % max(n_f, 1)
