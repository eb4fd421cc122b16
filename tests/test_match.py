"""Matching: reference first, global one-to-one, report-aware, split rows, unsure → review."""

from __future__ import annotations

import pytest
from builders import (
    CONTROL_ROOM,
    DIGITAL,
    EFF,
    FIREARMS,
    LEADERSHIP,
    MSHT_INTEL,
    MSHT_NRM,
    MSHT_PREVENT,
    SF,
    tracker_rows,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import reconcile_files


def lines(rec):
    """(hmicfrs_row, force_row) -> category, for compact assertions."""
    return {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}


def tracker(*blocks):
    return tracker_rows(*blocks)


def test_one_to_one_assignment_is_global_not_first_come(pair_files):
    """f1 (a blend of both) comes first; first-come pairing would take h1 and strand f2."""
    blend = ("Immediately, forces should review their use of preventative powers under the Modern "
             "Slavery Act 2015 and take steps to ensure they are fully compliant with the NRM process.")
    h, f = pair_files(
        [(1, SF, None, "Recommendation", MSHT_PREVENT, "Being progressed"),
         (2, SF, None, "Recommendation", MSHT_NRM, "Being progressed")],
        tracker((SF, [(1, None, blend, None, "A", "Amber"),
                      (2, None, MSHT_PREVENT, None, "B", "Amber")])))
    got = lines(reconcile_files(h, f))
    assert got[("Definitive list!5", "Tracker!6")] == "in_sync"       # verbatim pair kept
    assert ("Definitive list!5", "Tracker!5") not in got
    # The blend is left to pair with the other item or stand alone; it appears once either way.
    assert [k for k in got if k[1] == "Tracker!5"] in (
        [("Definitive list!6", "Tracker!5")], [(None, "Tracker!5")])


def test_shared_reference_pairs_whatever_the_wording(pair_files):
    h, f = pair_files(
        [(8803, EFF, None, "Area for improvement", CONTROL_ROOM, "Awaiting review")],
        tracker((EFF, [(1, 8803, "Control room resourcing – see CR review", "AFI", "Head of "
                       "Contact", "GREEN")])))
    rec = reconcile_files(h, f)
    row = rec.items.iloc[0]
    assert (row.category, row.method) == ("closeable_submit", "reference")
    assert "paired on the HMICFRS reference" in row["flags"]


def test_same_text_in_two_reports_pairs_by_report_and_year(pair_files):
    """All-forces recommendations recur almost word for word: report and year decide."""
    h, f = pair_files(
        [(1, "PEEL: Police efficiency 2016", None, "Recommendation", DIGITAL, "Superseded"),
         (2, "PEEL: Police efficiency 2017", None, "Recommendation", DIGITAL, "Awaiting review")],
        tracker(("PEEL Efficiency 2017 (published 9 November 2017)",
                 [(1, None, DIGITAL, None, "Head of IT", "Amber")])))
    rec = reconcile_files(h, f)
    got = lines(rec)
    assert got[("Definitive list!6", "Tracker!5")] == "in_sync"
    assert got[("Definitive list!5", None)] == "missing_from_force"
    pair = rec.items[rec.items["force_row"] == "Tracker!5"].iloc[0]
    assert pair.margin >= 10 and "Definitive list!5" in pair.runner_up


def test_item_filed_under_the_wrong_report_still_pairs_as_a_conflict(pair_files):
    h, f = pair_files(
        [(1, EFF, None, "Recommendation", DIGITAL, "Awaiting review"),
         (2, "Targeting the risk", None, "Recommendation", FIREARMS, "Awaiting review")],
        tracker(("Targeting the risk (firearms licensing)",
                 [(1, None, FIREARMS, None, "Firearms Licensing Manager", "Amber"),
                  (2, None, DIGITAL, None, "Head of IT", "Amber")])))
    got = {k: v for k, v in lines(reconcile_files(h, f)).items()}
    assert got[("Definitive list!5", "Tracker!6")] == "conflict"
    assert got[("Definitive list!6", "Tracker!5")] == "in_sync"
    rec = reconcile_files(h, f)
    flags = rec.items.set_index("force_row").loc["Tracker!6", "flags"]
    assert "report differs" in flags


def test_split_recommendation_pairs_every_part_and_is_done_only_when_all_are(pair_files):
    bullets = [b.strip("•;. and\n") for b in LEADERSHIP.split("\n")[1:]]
    h, f = pair_files(
        [(1, SF, None, "Recommendation", LEADERSHIP, "Being progressed")],
        tracker((SF, [(k, None, b, None, "DCI Patel", rag)
                      for k, (b, rag) in enumerate(zip(bullets, ["GREEN", "GREEN", "AMBER",
                                                                 "GREEN"], strict=True), 1)])))
    rec = reconcile_files(h, f)
    assert len(rec.items) == 4
    assert set(rec.items["hmicfrs_row"]) == {"Definitive list!5"}
    assert list(rec.items["part"]) == ["1 of 4", "2 of 4", "3 of 4", "4 of 4"]
    assert set(rec.items["category"]) == {"in_sync"}        # one part still AMBER
    assert "3 of 4 done" in rec.items.iloc[0]["flags"]


def test_two_near_identical_candidates_go_to_review_not_a_guess(pair_files):
    h, f = pair_files(
        [(1, "PEEL: Police efficiency 2016", None, "Recommendation", DIGITAL, "Awaiting review"),
         (2, "PEEL: Police efficiency 2017", None, "Recommendation", DIGITAL, "Awaiting review")],
        tracker(("Digital – various", [(1, None, DIGITAL, None, "Head of IT", "Amber")])))
    rec = reconcile_files(h, f)
    pair = rec.items[rec.items["force_row"] == "Tracker!5"].iloc[0]
    assert pair.category == "review"
    assert "unsure match" in pair["flags"] and "runner-up" in pair["flags"]


@pytest.mark.parametrize("solver", ["dense (lap)", "sparse (scipy)"])
@pytest.mark.parametrize("later_first", [False, True])
def test_a_tie_between_an_item_and_its_repeat_goes_to_the_later_one(pair_files, monkeypatch,
                                                                     solver, later_first):
    """Equal scores: the later report's item is put up for review, whatever the file order
    and whichever solver runs (small lists use lap, national ones scipy)."""
    import reconcile.match.assign

    if solver.startswith("sparse"):
        monkeypatch.setattr(reconcile.match.assign, "DENSE_ASSIGN", 0)
    items = [(1, "PEEL: Police efficiency 2016", None, "Recommendation", DIGITAL, "Superseded"),
             (2, "PEEL: Police efficiency 2017", None, "Recommendation", DIGITAL,
              "Awaiting review")]
    h, f = pair_files(items[::-1] if later_first else items,
                      tracker(("PEEL Efficiency", [(1, None, DIGITAL, None, "Head of IT",
                                                    "Amber")])))
    rec = reconcile_files(h, f)
    pair = rec.items[rec.items["force_row"] == "Tracker!5"].iloc[0]
    assert pair.category == "review"
    assert pair.hmicfrs_report == "PEEL: Police efficiency 2017"
    assert "reads almost the same" in pair.runner_up


@pytest.mark.parametrize("force_type, want", [("AFI", "Definitive list!6"),
                                               ("Recommendation", "Definitive list!5")])
def test_a_tie_between_two_items_of_one_report_goes_to_the_one_of_the_same_type(
        pair_files, force_type, want):
    """A recommendation and an area for improvement worded alike in one report: the row's own
    type chooses which one is put up for review."""
    h, f = pair_files(
        [(1, EFF, None, "Recommendation", DIGITAL, "Awaiting review"),
         (2, EFF, None, "Area for improvement", DIGITAL, "Awaiting review")],
        tracker((EFF, [(1, None, DIGITAL, force_type, "Head of IT", "Amber")])))
    rec = reconcile_files(h, f)
    pair = rec.items[rec.items["force_row"] == "Tracker!5"].iloc[0]
    assert (pair.category, pair.hmicfrs_row) == ("review", want)


def test_unrelated_rows_are_not_paired(pair_files):
    h, f = pair_files(
        [(1, SF, None, "Recommendation", MSHT_INTEL, "Being progressed")],
        tracker(("Local actions", [(1, None, "Review of overtime spend in the Finance department",
                                    None, "Finance", "Red")])))
    got = lines(reconcile_files(h, f))
    assert got == {("Definitive list!5", None): "missing_from_force",
                   (None, "Tracker!5"): "not_on_hmicfrs_list"}


@pytest.mark.parametrize("force_text", [
    "HMIC recommends that within six months forces should have in place active "
    "information-sharing agreements with other agencies",                     # truncated + stem
    "Rec 2: within six months forces should have active information sharing agreements with "
    "other agencies to facilitate the speedy exchange of intelligence, safeguard victims and "
    "identify suspects early",                                                 # reworded
])
def test_shortened_and_reworded_force_texts_still_pair(pair_files, force_text):
    h, f = pair_files(
        [(1, SF, None, "Recommendation", MSHT_INTEL, "Being progressed"),
         (2, SF, None, "Recommendation", MSHT_NRM, "Being progressed")],
        tracker((SF, [(1, None, force_text, None, "DCI Patel", "Amber")])))
    got = lines(reconcile_files(h, f))
    assert got[("Definitive list!5", "Tracker!5")] == "in_sync"


_WORDS = st.lists(st.from_regex(r"[0-9a-z]{1,6}", fullmatch=True) | st.sampled_from(
    ["force", "should", "victims", "within", "six", "months", "custody", "the"]), max_size=25)


@settings(max_examples=300, deadline=None)
@given(_WORDS, _WORDS)
def test_words_sorted_once_give_rapidfuzz_own_token_scores(a, b):
    """match/score.py sorts each text's words once instead of rapidfuzz sorting them per pair."""
    import numpy as np
    from rapidfuzz import fuzz

    from reconcile.match.score import _sorted_words

    texts = np.array([" ".join(a), " ".join(b)], dtype=object)   # normalised: one space
    every, distinct = _sorted_words(texts)
    assert fuzz.ratio(every[0], every[1]) == fuzz.token_sort_ratio(texts[0], texts[1])
    assert fuzz.token_set_ratio(distinct[0], distinct[1]) == fuzz.token_set_ratio(texts[0],
                                                                                  texts[1])


NCPI = "National child protection inspection 2017"
ADULTS = ("Immediately, the force should make sure officers and staff have the training they "
          "need to identify and respond to vulnerable adults.")
MISSING = ("Immediately, the force should make sure officers and staff have the training they "
           "need to identify and respond to children who go missing from home.")


def test_a_row_naming_another_report_and_year_is_not_sure_when_the_items_own_row_reads_it(
        pair_files):
    """The same action tracked under a later report ("PEEL 2021/22") reads the 2017 item word
    for word, while the item's own row under its report is cut short (it reads two items
    alike). Neither report nor year fits: the later row is that report's copy, so a person
    decides; it is never accepted as the item's row with a report conflict."""
    h, f = pair_files(
        [(8101, NCPI, None, "Recommendation", ADULTS, "Being progressed"),
         (8102, NCPI, None, "Recommendation", MISSING, "Being progressed")],
        tracker(("NCPI 2017", [(1, None, "Make sure officers and staff have the training they…",
                                None, "DCI Shah", "Amber")]),
                ("PEEL 2021/22", [(2, None, ADULTS[len("Immediately, the force should "):]
                                   .capitalize(), None, "DCI Shah", "Green")])))
    items = reconcile_files(h, f).items
    later = items[items["force_row"] == "Tracker!7"].iloc[0]
    assert later["decision"] != "accepted"


def test_a_row_that_says_only_when_is_never_paired_on_its_words(pair_files):
    """"HMIC recommends that within six months the force should…" is all that is left of a
    row: it fits every item with that timescale, so a person decides."""
    h, f = pair_files(
        [(8101, NCPI, None, "Recommendation",
          "HMIC recommends that within six months the force should make sure it consistently "
          "uses ancillary orders and other powers to protect victims.", "Being progressed"),
         (8102, EFF, None, "Recommendation", DIGITAL, "Being progressed")],
        tracker(("NCPI 2017", [(1, None, "HMIC recommends that within six months the force "
                                "should…", None, "DCI Shah", "Amber")]),
                ("PEEL efficiency 2017", [(2, None, DIGITAL, None, "Head of IT", "Amber")])))
    items = reconcile_files(h, f).items.set_index("force_row")
    assert items.loc["Tracker!5", "decision"] != "accepted"
    assert "says only when" in items.loc["Tracker!5", "runner_up"]



def test_a_row_cut_short_meets_every_item_it_lies_inside_on_a_long_list():
    """On a long list only each row's best few candidates are scored, and a row cut short
    ("… to safeguard people at risk…") ranks short items first; the long item it lies inside
    wholly is still its candidate (`held_candidates`), so the items it fits alike can be
    weighed against each other."""
    import pandas as pd

    from reconcile.config import MatchSettings
    from reconcile.match.candidates import build_index, candidate_pairs
    from reconcile.normalise import norm_text, tokens

    partner = "improve how it works with partner organisations to safeguard people at risk from "
    items = [f"The force should {partner}missing children.",
             f"Within six months the force should {partner}serious and organised crime, and make "
             "sure its analysis of that threat informs its strategic assessment, control "
             "strategy and tasking.",
             "The force should improve how it shares information with partner organisations.",
             "The force should improve how it works with schools to safeguard children."]
    rows = ["Improve how it works with partner organisations to safeguard people at risk…",
            "Make sure analysis of serious and organised crime informs the strategic assessment.",
            "Analysis of serious and organised crime to inform control strategy and tasking."]

    def side(texts):
        return pd.DataFrame({"force": [None] * len(texts),
                             "tokens": [tokens(norm_text(t)) for t in texts]})

    h, f = side(items), side(rows)
    index = build_index(h["tokens"], f["tokens"])
    few = MatchSettings(candidates=1, all_pairs_limit=0)
    hi, fj = candidate_pairs(h, f, index, few)
    assert (1, 0) in set(zip(hi.tolist(), fj.tolist(), strict=True))
