"""Pair HMICFRS items with force rows, and say why each pair was made.

Stages, in order:
  0. a person's decisions (forced / forbidden pairs from a returned workbook);
  1. a shared HMICFRS reference (``refs``): certain, whatever the text says;
  2. candidates from the word index (``candidates``), scored in bulk (``score``, with the
     subject check in ``subjects``) into one table (``table``);
  3. splits and merges (``groups``): several force rows inside one HMICFRS text (one row per
     bullet), or one force row holding several HMICFRS items (a cause of concern and its
     recommendation); which bullets a split leaves out (``parts``);
  4. a global one-to-one assignment over the rest (``assign``: Jonker-Volgenant, optimal,
     not greedy first-come: `lap` for each group of linked rows, scipy's sparse LAPJV for a huge one;
     equal scores settled by report year, type, then wording); then rows placed by their
     neighbours in the list's order, and splits the word index did not offer (``place``);
  5. accepted when the score reaches `accept` and beats the runner-up for either row by
     `margin`; otherwise review when it reaches `review` (``margins``).

  6. an item carried forward ("Carried forward to 2023-24") also paired with the row it
     was carried to (``carried``).

A row holding a numbered list of items is read entry by entry before step 3 (``listed``).
``steps`` runs them in order (``match()``); ``rows`` holds the pairs made, each explained.
Every threshold is a field of ``reconcile.config.MatchSettings``.
"""

from .rows import PAIR_COLUMNS
from .score import FEATURES
from .steps import match
from .table import Scores

__all__ = ["FEATURES", "PAIR_COLUMNS", "Scores", "match"]
