"""The seeds of the train and test splits: the one place they are set.

Tune only on TRAIN_SEEDS. TEST_SEEDS are reported beside them (``reconcile evaluate
--generated``) and held by tests/test_generalisation.py, and are never used to decide a
weight, a threshold or a rule: a change judged on them is fitted to them.

Each seed draws its own family and size (50 to 2,000 items), so both splits hold every
family and every size band; the seeds are disjoint ranges so no case is in both.

Once the train cases are all but solved, look for new failures on fresh seeds below 1001
(FRESH_SEEDS: 41-1000), never on the test seeds; report TRAIN and TEST as they are.
"""

from __future__ import annotations

TRAIN_SEEDS: tuple[int, ...] = tuple(range(1, 41))
TEST_SEEDS: tuple[int, ...] = tuple(range(1001, 1041))
FRESH_SEEDS: tuple[int, ...] = tuple(range(41, 1001))


def split_seeds(split: str) -> tuple[int, ...]:
    """'train', 'test', 'both' or 'fresh' -> seeds."""
    if split == "train":
        return TRAIN_SEEDS
    if split == "test":
        return TEST_SEEDS
    if split == "both":
        return TRAIN_SEEDS + TEST_SEEDS
    if split == "fresh":
        return FRESH_SEEDS
    raise ValueError(f"split must be train, test, both or fresh, not {split!r}")
