"""Conflicts read right (issue 13): what both sides state and disagree on is a conflict; what
one side does not state (a prefix, a cut-off text, a missing bullet) is read for what it is."""

from __future__ import annotations

from datetime import date

import pytest
from builders import DIGITAL, FIREARMS, FORCE_HEADER, LEADERSHIP, MSHT_INTEL, SF

from reconcile import reconcile_files, write_workbook
from reconcile.diff import categorise

# Real public texts (Open Government Licence): Stolen freedom (2017), with its footnote "86"
# as the West Midlands committee paper printed it, and the fire values-and-culture report (2023).
SF_INTEL = ("Within six months, forces should have in place active information-sharing agreements "
            "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
            "safeguard victims better and to identify suspects as early as possible")
BACKGROUND = ("By 1 January 2024, chief fire officers should:\n• immediately review their current "
              "background checks arrangements, and make sure that suitable and sufficient "
              "background checks are in place to safeguard their staff and communities they serve; "
              "and\n• make sure that appropriate DBS check requests have been submitted for all "
              "existing, new staff, and volunteers, according to their roles as identified by the "
              "Fire Standards Board.")
VALUES = "Values and culture in fire and rescue services"


def reconcile_one(pair_files, h_text, f_text, f_ref=None, h_type="Recommendation", f_type=None,
                  h_status="Being progressed", f_status="Amber", report=SF,
                  published=date(2017, 10, 24)):
    h, f = pair_files(
        [(9341, report, published, h_type, h_text, h_status)],
        [["Tracker"], FORCE_HEADER, [report],
         [1, f_ref, f_text, f_type, "DCI Patel", f_status, None]])
    rec = reconcile_files(h, f)
    assert len(rec.items) == 1, rec.items[["category", "hmicfrs_row", "force_row", "flags"]]
    return rec, rec.items.iloc[0]


# ----------------------------------------------------------------- kind 2: prefixed references

@pytest.mark.parametrize("written", ["HMICFRS 9341", "#9341", "Ref: 9341", "9341 ",
                                     "HMIC-9341", "Ref no. 9341"])
def test_a_reference_written_with_a_prefix_pairs_on_it_without_a_conflict(pair_files, written):
    _, row = reconcile_one(pair_files, MSHT_INTEL, MSHT_INTEL, f_ref=written)
    assert row["category"] == "in_sync", row["flags"]
    assert "reference differs" not in row["flags"]
    assert row["method"] == "reference"


def test_a_different_reference_is_still_a_conflict(pair_files):
    _, row = reconcile_one(pair_files, MSHT_INTEL, MSHT_INTEL, f_ref="HMICFRS 9311")
    assert row["category"] == "conflict"
    assert "reference differs: HMICFRS 9341 vs force HMICFRS 9311" in row["flags"]


# ------------------------------------------------------ kind 3: texts cut off or silent on a point

@pytest.mark.parametrize("cut", [
    # Cut at the footnote: '8' is what is left of '86', not another figure.
    SF_INTEL[:SF_INTEL.index("86") + 1] + "...",
    # Cut before its second figure... and a figure the list does not have is not a conflict.
    SF_INTEL[:SF_INTEL.index(" 86")] + "…",
])
def test_a_text_cut_off_in_a_figure_is_not_a_figure_conflict(pair_files, cut):
    _, row = reconcile_one(pair_files, SF_INTEL, cut)
    assert "figure differs" not in row["flags"]
    assert row["category"] == "in_sync", row["flags"]


def test_a_text_silent_on_one_of_two_timescales_is_not_a_timescale_conflict(pair_files):
    # The force dropped "By 1 January 2024" and kept the bullets, "immediately" included.
    force = BACKGROUND[BACKGROUND.index("immediately"):].replace("immediately review",
                                                                "Chief fire officers should "
                                                                "immediately review")
    _, row = reconcile_one(pair_files, BACKGROUND, force, report=VALUES,
                           published=date(2023, 3, 31))
    assert "timescale differs" not in row["flags"]
    assert row["category"] == "in_sync", row["flags"]


def test_a_text_cut_before_its_trailing_timescale_is_not_a_conflict(pair_files):
    h_text = ("The force should review its leadership and governance arrangements for modern "
              "slavery and human trafficking, and should do so by the end of March 2019.")
    cut = "The force should review its leadership and governance arrangements for modern slavery"
    _, row = reconcile_one(pair_files, h_text, cut)
    assert "timescale differs" not in row["flags"] and row["category"] == "in_sync", row["flags"]


def test_both_texts_stating_different_timescales_is_still_a_conflict(pair_files):
    five = MSHT_INTEL.replace("Within six months", "Within five months")
    _, row = reconcile_one(pair_files, MSHT_INTEL, five)
    assert row["category"] == "conflict"
    assert "timescale differs: HMICFRS 'within 6 months' vs force 'within 5 months'" in row["flags"]


def test_one_deadline_said_in_other_words_is_not_a_conflict(pair_files):
    force = DIGITAL.replace("By September 2018", "By the end of September 2018")
    _, row = reconcile_one(pair_files, DIGITAL, force, report="PEEL: Police efficiency 2017")
    assert row["category"] == "in_sync", row["flags"]


# --------------------------------------------------- kind 9: timescales in words give a due date

@pytest.mark.parametrize("h_words, f_words", [
    ("Within five months", "Within ten weeks"),
    ("In the next financial year", "By the end of March 2018"),
])
def test_a_timescale_in_words_sets_an_overdue_flag_and_can_conflict(pair_files, h_words, f_words):
    h_text = MSHT_INTEL.replace("Within six months", h_words)
    f_text = MSHT_INTEL.replace("Within six months", f_words)
    _, row = reconcile_one(pair_files, h_text, f_text)
    assert "overdue: due" in row["flags"]
    assert row["category"] == "conflict"
    assert "timescale differs" in row["flags"]


def test_a_deadline_in_words_is_counted_from_publication(pair_files):
    h_text = FIREARMS.replace("Within three months", "Within ten weeks")
    _, row = reconcile_one(pair_files, h_text, h_text)
    assert row["hmicfrs_due_date"] == date(2018, 1, 2)
    assert "overdue: due 02 Jan 2018 (within 10 weeks)" in row["flags"]


# ------------------------------------------------ kind 6: a type given by the force's numbering

@pytest.mark.parametrize("prefix", ["AFI 3 – ", "AFI3: ", "AFI 3 ", "(AFI 3) "])
def test_an_afi_number_on_an_hmicfrs_recommendation_is_a_type_conflict(pair_files, prefix):
    _, row = reconcile_one(pair_files, MSHT_INTEL, prefix + MSHT_INTEL)
    assert row["category"] == "conflict"
    assert ("type differs: HMICFRS recommendation vs force area for improvement"
            in row["flags"])


def test_a_type_column_beats_the_text_prefix(pair_files):
    _, row = reconcile_one(pair_files, MSHT_INTEL, "AFI 3 – " + MSHT_INTEL,
                           f_type="Recommendation")
    assert row["category"] == "in_sync", row["flags"]


def test_the_forces_rec_number_on_a_recommendation_is_no_conflict(pair_files):
    _, row = reconcile_one(pair_files, MSHT_INTEL, "Rec 2 - " + MSHT_INTEL)
    assert row["category"] == "in_sync", row["flags"]


# ------------------------------------------- kind 4: a split with a part the force has no row for

def test_a_split_missing_a_bullet_is_a_conflict_and_never_closeable(pair_files):
    bullets = LEADERSHIP.split("\n•")
    head = bullets[0]
    rows = [[k, None, f"{head} {b.strip()}", None, "DCI Patel", "GREEN", None]
            for k, b in enumerate(bullets[1:4], start=1)]
    h, f = pair_files([(9338, SF, date(2017, 10, 24), "Recommendation", LEADERSHIP,
                        "Being progressed")],
                      [["Tracker"], FORCE_HEADER, [SF], *rows])
    rec = reconcile_files(h, f)
    pairs = rec.pairs.copy()
    # The contract with the matcher: a column naming what no force row holds.
    pairs["missing_parts"] = ["bullet 4: 'performance and quality assurance measures...'"] * len(
        pairs)
    items = categorise(rec.h, rec.f, pairs, rec.scores)
    paired = items[items["force_row"].notna() & items["hmicfrs_row"].notna()]
    assert len(paired) >= 1
    assert set(paired["category"]) <= {"conflict", "review"}
    assert "conflict" in set(paired["category"])
    assert all("the force has no row for bullet 4: 'performance and quality" in fl
               for fl in paired.loc[paired["category"] == "conflict", "flags"])
    # Without the column (a matcher that does not say), the same pairs are closeable.
    whole = categorise(rec.h, rec.f, pairs.drop(columns="missing_parts"), rec.scores)
    assert "closeable_submit" in set(whole["category"])
    # ... and an empty entry means nothing is missing.
    pairs["missing_parts"] = ""
    assert set(categorise(rec.h, rec.f, pairs, rec.scores)["category"]) == set(whole["category"])


# ---------------------------------------------------- status words outside the built-in list

@pytest.mark.parametrize("word", ["On Hold", "Deferred", "Paused"])
def test_an_unknown_status_word_is_asked_about_and_counted_open(pair_files, word):
    rec, row = reconcile_one(pair_files, MSHT_INTEL, MSHT_INTEL, h_status="Complete",
                             f_status=word)
    # Counted as open: HMICFRS has it closed, so the force closes its own entry...
    assert row["category"] == "closeable_local"
    assert f"force: {word} (status not recognised: counted as open" in row["flags"]
    # ... and the run asks what the word means, with the config line that settles it.
    assert len(rec.status_notes) == 1
    assert f"'{word}' (1 row)" in rec.status_notes[0]
    assert f'[force.status] open = ["{word}"]' in rec.status_notes[0]
    assert rec.status_notes[0] in rec.summary()


def test_the_status_question_is_in_run_info(pair_files, tmp_path):
    import openpyxl

    rec, _ = reconcile_one(pair_files, MSHT_INTEL, MSHT_INTEL, f_status="On Hold")
    out = write_workbook(rec, tmp_path / "out.xlsx")
    wb = openpyxl.load_workbook(out, read_only=True)
    try:
        values = [(r[0], r[1]) for r in
                  wb["Run info"].iter_rows(min_row=1, max_col=2, values_only=True)]
    finally:
        wb.close()
    assert ("status words to settle", rec.status_notes[0]) in values


def test_known_status_words_raise_no_question(pair_files):
    rec, _ = reconcile_one(pair_files, MSHT_INTEL, MSHT_INTEL, f_status="Amber")
    assert rec.status_notes == ()


# ------------------------------------- a cause of concern and its recommendations, one type family

# Real text: PEEL effectiveness (vulnerability), a cause of concern and its recommendation.
MISSING_COC = ("The force’s response to missing and absent children is a cause of concern to "
               "HMIC.")
MISSING_REC = ("Improve the supervision of investigations, so that investigation plans are set, "
               "reviewed and recorded and victims receive a consistently good service.")


def test_a_cause_of_concern_row_holding_its_recommendation_is_no_type_conflict(pair_files):
    combined = f"{MISSING_COC} / Rec 1: {MISSING_REC}"
    _, row = reconcile_one(pair_files, MISSING_REC, combined, f_type="Cause of concern")
    assert "type differs" not in row["flags"], row["flags"]


def test_a_cause_of_concern_row_with_no_recommendation_in_it_is_a_type_conflict(pair_files):
    _, row = reconcile_one(pair_files, MISSING_REC, MISSING_REC, f_type="Cause of concern")
    assert row["category"] == "conflict"
    assert "type differs: HMICFRS recommendation vs force cause of concern" in row["flags"]
