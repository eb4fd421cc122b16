"""Labelled cases drawn from seeds: the evaluation that cannot be fitted (issue 13).

``generate_case(seed, folder)`` writes a list, a tracker, the truth a careful analyst would
write, and ``meta.json`` (what was drawn). ``TRAIN_SEEDS`` / ``TEST_SEEDS`` split the seeds:
tune only on train; the test seeds are reported, never used for a tuning decision.
"""

from .case import CASEGEN_VERSION, FAMILIES, KINDS, generate_case
from .seeds import TEST_SEEDS, TRAIN_SEEDS, split_seeds

__all__ = ["CASEGEN_VERSION", "FAMILIES", "KINDS", "TEST_SEEDS", "TRAIN_SEEDS", "generate_case",
           "split_seeds"]
