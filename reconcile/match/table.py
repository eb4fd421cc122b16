"""The scored candidate pairs: every signal of each, and a pair's row found fast."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

import pandas as pd

from .score import FEATURES


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


class Scored:
    """The pairs scored so far, in (h, f) order, with each signal as an array.

    A pair's row is found by bisection on one code per pair (h * width + f), not a dict of all.
    """

    def __init__(self, table: pd.DataFrame, n_h: int, n_f: int):
        self.t = table
        self.scores = Scores(table, n_h, n_f)
        self.width = max(n_f, 1)
        self.codes: list[int] = (table["h"].to_numpy(dtype="int64") * self.width
                                 + table["f"].to_numpy(dtype="int64")).tolist()
        self.cols = {c: table[c].to_numpy() for c in FEATURES}

    def row_of(self, i: int, j: int) -> int:
        """The row of pair (i, j); KeyError if it was never scored."""
        k = bisect_left(self.codes, i * self.width + j)
        if k >= len(self.codes) or self.codes[k] != i * self.width + j:
            raise KeyError((i, j))
        return k
