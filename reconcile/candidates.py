"""Which pairs are worth scoring: a sparse word index, blocked by force, top-k per row.

Scoring every pair of two long lists costs minutes (1,500 × 1,650 real texts with
rapidfuzz partial_ratio: ~200 s on two cores). Pairs that share no telling word are never the
same recommendation, so candidates come from an inverted index: an IDF-weighted word-by-item
sparse matrix per side, multiplied (scipy.sparse), keeping each row's best few. Small lists
keep every pair that shares a word; larger ones the top `candidates` per row on each side.
Items are compared only within their force when both sides name one.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

#: Below this many possible pairs (about 140 x 140), keep every pair that shares a word;
#: above it, the top `candidates` per row on each side (no change in outcome on the
#: evaluation set or the benchmark's 300 x 400 lists; 66,583 pairs scored -> 4,833).
ALL_PAIRS_LIMIT = 20_000
#: Above it, pairs whose weighted word overlap (cosine) is below this are not candidates.
MIN_OVERLAP = 0.1


@dataclass(frozen=True)
class TokenIndex:
    """IDF-weighted word incidence for both sides over one vocabulary."""

    a: object               # scipy.sparse CSR, n_h × V, idf weights
    b: object               # scipy.sparse CSR, n_f × V, idf weights
    weight_h: np.ndarray    # total idf weight of each HMICFRS item's words
    weight_f: np.ndarray


def build_index(h_tokens: pd.Series, f_tokens: pd.Series) -> TokenIndex:
    from scipy import sparse

    vocab: dict[str, int] = {}
    for toks in (*h_tokens, *f_tokens):
        for t in toks:
            vocab.setdefault(t, len(vocab))

    def incidence(series: pd.Series):
        indptr, indices = [0], []
        for toks in series:
            indices.extend(vocab[t] for t in toks)
            indptr.append(len(indices))
        data = np.ones(len(indices), dtype=np.float32)
        return sparse.csr_matrix((data, np.array(indices, dtype=np.int64), np.array(indptr)),
                                 shape=(len(series), max(len(vocab), 1)))

    a, b = incidence(h_tokens), incidence(f_tokens)
    n = a.shape[0] + b.shape[0]
    df = np.asarray((a > 0).sum(axis=0)).ravel() + np.asarray((b > 0).sum(axis=0)).ravel()
    idf = (np.log((n + 1) / (df + 1)) + 1).astype(np.float32)
    a = sparse.csr_matrix(a.multiply(idf[None, :]))
    b = sparse.csr_matrix(b.multiply(idf[None, :]))
    return TokenIndex(a, b, np.asarray(a.sum(axis=1)).ravel(), np.asarray(b.sum(axis=1)).ravel())


def shared_weight(index: TokenIndex, hi: np.ndarray, fj: np.ndarray) -> np.ndarray:
    """IDF weight of the words each (hi, fj) pair shares, for many pairs at once."""
    if len(hi) == 0:
        return np.zeros(0, dtype=np.float32)
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
    """Each row's force, as a key ('' where none): 'West Midlands Police' = 'west midlands'."""
    from .vocab import key as vkey

    seen: dict[object, str] = {}

    def key(v: object) -> str:
        if v is None or (isinstance(v, float) and np.isnan(v)):
            return ""
        if v not in seen:
            seen[v] = vkey(v).replace(" police", "").replace(" constabulary", "")
        return seen[v]

    return (np.array([key(v) for v in h["force"]], dtype=object),
            np.array([key(v) for v in f["force"]], dtype=object))


def candidate_pairs(h: pd.DataFrame, f: pd.DataFrame, index: TokenIndex, k: int
                    ) -> tuple[np.ndarray, np.ndarray]:
    """(hmicfrs indices, force indices) of the pairs worth scoring."""
    hk, fk = block_keys(h, f)
    blocked = bool((hk != "").any() and (fk != "").any())
    blocks = sorted(set(hk) | set(fk)) if blocked else [""]
    out_h, out_f = [], []
    for block in blocks:
        if blocked:
            # A row that names no force is compared with every block.
            hi = np.flatnonzero((hk == block) | (hk == "")) if block else np.flatnonzero(hk == "")
            fj = np.flatnonzero((fk == block) | (fk == "")) if block else np.flatnonzero(fk == "")
        else:
            hi, fj = np.arange(len(h)), np.arange(len(f))
        if len(hi) == 0 or len(fj) == 0:
            continue
        shared = (index.a[hi] @ (index.b[fj] > 0).astype(np.float32).T).tocoo()
        rows, cols, vals = shared.row, shared.col, shared.data
        if len(hi) * len(fj) > ALL_PAIRS_LIMIT:
            norm = vals / np.sqrt(index.weight_h[hi][rows] * index.weight_f[fj][cols])
            # Pairs sharing a sliver of weighted vocabulary never reach review; drop them
            # before ranking, which is the costly step.
            live = norm >= MIN_OVERLAP
            rows, cols, norm = rows[live], cols[live], norm[live]
            keep = np.union1d(_top_k(rows, norm, k), _top_k(cols, norm, k))
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
