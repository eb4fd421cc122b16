"""Weights learnt from labelled pairs (m / u): the arithmetic, the words, and a real run."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from reconcile.evaluate import learn_weights
from reconcile.weights import SMOOTHING, Labelled, in_words, learn


def test_m_and_u_are_shares_of_true_and_other_pairs():
    levels = pd.DataFrame({"report": ["same report"] * 3 + ["different report"] * 1
                           + ["same report"] * 1 + ["different report"] * 5})
    is_pair = np.array([True] * 4 + [False] * 6)
    w = learn([Labelled(levels, is_pair)]).set_index("level")
    # same report: 3 of 4 true pairs, 1 of 6 others (with the smoothing both sides get).
    m = (3 + SMOOTHING) / (4 + 2 * SMOOTHING)
    u = (1 + SMOOTHING) / (6 + 2 * SMOOTHING)
    assert w.loc["same report", "m"] == pytest.approx(m)
    assert w.loc["same report", "u"] == pytest.approx(u)
    assert w.loc["same report", "bayes_factor"] == pytest.approx(m / u)
    assert w.loc["different report", "weight_bits"] < 0 < w.loc["same report", "weight_bits"]


def test_weights_read_as_words():
    assert in_words("same report", 40.2) == "same report: x40 more likely a pair"
    assert in_words("different type", 0.08) == "different type: x12 less likely a pair"
    assert in_words("year agrees", 2.5) == "year agrees: x2.5 more likely a pair"


def test_learnt_on_generated_train_cases_the_evidence_points_the_right_way(tmp_path):
    w = learn_weights("train", n=2, workdir=tmp_path).set_index(["comparison", "level"])
    factor = w["bayes_factor"]
    assert factor["report", "same report"] > 1 > factor["report", "different report"]
    assert factor["text", "text 95 or more"] > factor["text", "text below 50"]
    assert factor["year", "different year"] < 1 < factor["year", "year agrees or unknown"]
