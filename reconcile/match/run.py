"""What one match's steps share: both sides, the word index, the pairs scored so far and
the pairs made (`Run`), and where the assignment and the rows' places leave each row
(`Placing`)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..config import MatchSettings
from .candidates import TokenIndex
from .rows import PairRows
from .score import score_pairs
from .table import Scored


@dataclass
class Run:
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
    forces: tuple[np.ndarray, np.ndarray]         # each side's force keys: candidates.block_keys
    taken_h: set[int] = field(default_factory=set)
    taken_f: set[int] = field(default_factory=set)

    def scored_with(self, t: pd.DataFrame, pairs: list[tuple[int, int]]) -> pd.DataFrame:
        """`t` with `pairs` scored and added, in (h, f) order."""
        return with_scored(self.h, self.f, self.index, self.settings, t, pairs)


def with_scored(h: pd.DataFrame, f: pd.DataFrame, index: TokenIndex, settings: MatchSettings,
                t: pd.DataFrame, pairs: list[tuple[int, int]]) -> pd.DataFrame:
    """`t` with `pairs` scored and added: steps that find pairs the word index did not offer."""
    ci, cj = (np.array(x, dtype=np.int64) for x in zip(*pairs, strict=True))
    return pd.concat([t, score_pairs(h, f, ci, cj, index, settings)]
                     ).sort_values(["h", "f"], kind="stable").reset_index(drop=True)


@dataclass
class Placing:
    """Where the assignment and the rows' places leave each force row."""

    made: dict[int, int]                         # force row -> its item so far
    fixed: set[int]                              # rows a person, reference or split paired
    known: set[int]                              # pairs scored (h * width + f)
    t: pd.DataFrame                              # the scored pairs, with those placing added
    spot_of: dict[int, tuple[int, int, int]] = field(default_factory=dict)
