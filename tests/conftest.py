"""Fixtures shared by the tests; the builders they use are in builders.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import hmicfrs_rows, write_xlsx


@pytest.fixture
def pair_files(tmp_path: Path):
    """Factory: write an HMICFRS list and a force tracker, return both paths."""

    def make(h_items, f_rows, f_merges=None, f_bold=None):
        h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": hmicfrs_rows(h_items)})
        f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": f_rows},
                       merges={"Tracker": f_merges or []}, bold={"Tracker": f_bold or []})
        return h, f

    return make
