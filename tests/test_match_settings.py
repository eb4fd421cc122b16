"""Every number the matcher decides by is a MatchSettings field that the config's [match]
section can set, with the strict refusal of unknown keys and of a fraction where a count is
meant. (The README table of them is checked by tests/test_readme.py.)"""

from __future__ import annotations

import dataclasses

import pytest

from reconcile.config import MatchSettings, load_config
from reconcile.errors import ConfigError

FIELDS = dataclasses.fields(MatchSettings)
COUNTS = [f.name for f in FIELDS if f.type == "int"]


def test_every_match_setting_can_be_set_from_the_config(tmp_path):
    # Each value moved off its default, so a field the reader skipped keeps the default and fails.
    wanted = {f.name: (f.default + 1 if f.type == "int" else float(f.default) * 0.9 + 0.013)
              for f in FIELDS}
    wanted["review"] = wanted["accept"] - 10      # review may not be above accept
    lines = "\n".join(f"{k} = {v!r}" for k, v in wanted.items())
    path = tmp_path / "reconcile.toml"
    path.write_text(f"[match]\n{lines}\n", encoding="utf-8")
    got = load_config(path).match
    for name, value in wanted.items():
        assert getattr(got, name) == value, name
        assert getattr(got, name) != getattr(MatchSettings(), name), name
    for name in COUNTS:
        assert isinstance(getattr(got, name), int), name


@pytest.mark.parametrize("name", COUNTS)
def test_a_count_setting_refuses_a_fraction(tmp_path, name):
    path = tmp_path / "reconcile.toml"
    path.write_text(f"[match]\n{name} = 2.5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"{name} counts rows or steps.*whole number.*2\.5"):
        load_config(path)
    path.write_text(f"[match]\n{name} = 2.0\n", encoding="utf-8")
    assert getattr(load_config(path).match, name) == 2


def test_an_unknown_match_key_is_still_refused_with_the_valid_ones(tmp_path):
    path = tmp_path / "reconcile.toml"
    path.write_text("[match]\nplace_spann = 5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"unknown key 'place_spann'.*place_span"):
        load_config(path)


def test_the_settings_table_covers_the_numbers_the_matcher_once_hid_in_its_modules():
    # The module constants issue 15 named (EXPLAINED_GAP, PLACE_SPAN, _PLACE_STEPS, ...) are
    # settings now, not constants someone must find in the code.
    import reconcile.match.candidates as candidates
    import reconcile.match.groups as groups
    import reconcile.match.margins as margins
    import reconcile.match.place as place
    import reconcile.match.subjects as subjects

    gone = {margins: ["EXPLAINED_GAP", "COPY", "VERBATIM", "_COPY", "_VERBATIM"],
            candidates: ["ALL_PAIRS_LIMIT", "MIN_OVERLAP"],
            place: ["PLACE_SPAN", "PLACE_STEPS", "_PLACE_STEPS"],
            groups: ["_NEXT_STEPS", "_PIECE_COVER", "_SHARED_FIT", "_NEW_WORDS"],
            subjects: ["_COMMON_IDF", "_SUBJECT_SHARE"]}
    for module, names in gone.items():
        assert not [n for n in names if hasattr(module, n)], module.__name__
    names = {f.name for f in FIELDS}
    assert {"explained_gap", "place_span", "place_steps", "next_steps", "copy_text",
            "verbatim_text", "piece_cover", "shared_fit", "new_words", "subject_common_share",
            "subject_share", "all_pairs_limit", "min_overlap"} <= names
