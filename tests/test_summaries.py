"""One-line summaries (issue 13 kind 11): a committee appendix names a recommendation in a few
words ("Succession plans to improve diversity"). Paired when its report block leaves one item
it can mean; a person decides when two items remain. Real texts: HMICFRS, Values and culture
in fire and rescue services (2023).
"""

from __future__ import annotations

from builders import FORCE_HEADER

from reconcile import reconcile_files

VC = "Values and culture in fire and rescue services"
SUCCESSION = ("By 1 June 2023, chief fire officers should, as a priority, specify in succession "
              "plans how they intend to improve diversity across all levels of the service. This "
              "should include offering increased direct-entry opportunities.")
UPDATES = ("By 1 June 2023, chief fire officers should assure themselves that updates on how "
           "concerns are being handled are shared with those who have raised them.")
CONFIDENTIAL = ("By 1 October 2023, chief fire officers should make sure their services provide "
                "a confidential way for staff to raise concerns and that staff are aware of "
                "whistleblowing processes.")
SUPPORT = ("By 1 June 2023, chief fire officers should review the support available for those "
           "who have raised concerns and take any action needed to make sure these provisions "
           "are suitable.")
CULTURES = ("By 1 October 2023, chief fire officers should put plans in place to monitor, "
            "including through the gathering and analysis of staff feedback, watch and team "
            "cultures and provide prompt remedial action for any issues they identify.")
ITEMS = [SUCCESSION, UPDATES, CONFIDENTIAL, SUPPORT, CULTURES]


def _files(pair_files, force_texts):
    h_items = [(k, VC, "30/03/2023", "Recommendation", t, "Being progressed")
               for k, t in enumerate(ITEMS, 1)]
    rows = [["Fire and rescue service – HMICFRS tracker"], [], FORCE_HEADER, [VC]]
    rows += [[k, None, t, None, "Head of People", "AMBER"] for k, t in enumerate(force_texts, 1)]
    return pair_files(h_items, rows)


def _pair(rec, text):
    """(HMICFRS text, decision) of the force row holding `text`, or None when unpaired."""
    j = rec.f["text"].tolist().index(text)
    got = rec.pairs[rec.pairs["f"] == j]
    if got.empty:
        return None
    return rec.h["text"].iat[int(got.iloc[0]["h"])], got.iloc[0]["decision"]


def test_a_summary_is_paired_with_the_one_item_of_its_block_without_a_row(pair_files):
    summary = "Succession plans to improve diversity"
    rec = reconcile_files(*_files(pair_files, [summary, UPDATES, CONFIDENTIAL, SUPPORT,
                                               CULTURES]))
    assert _pair(rec, summary) == (SUCCESSION, "accepted")
    assert "missing_from_force" not in set(rec.items["category"])
    assert "not_on_hmicfrs_list" not in set(rec.items["category"])


def test_a_summary_fitting_items_with_rows_of_their_own_goes_to_the_one_left(pair_files):
    # "Concerns raised" reads UPDATES best, then CONFIDENTIAL, then SUPPORT; the first two
    # have rows of their own, so the summary is SUPPORT's (elimination down the block).
    summary = "Concerns raised"
    rec = reconcile_files(*_files(pair_files, [SUCCESSION, UPDATES, CONFIDENTIAL, summary,
                                               CULTURES]))
    assert _pair(rec, summary) == (SUPPORT, "accepted")
    assert _pair(rec, UPDATES) == (UPDATES, "accepted")


def test_a_summary_two_rowless_items_fit_is_never_accepted(pair_files):
    # Both items it could mean have no row: only a person can tell which.
    summary = "Concerns raised"
    rec = reconcile_files(*_files(pair_files, [SUCCESSION, summary, CONFIDENTIAL, CULTURES]))
    got = _pair(rec, summary)
    assert got is None or got[1] == "review"


def test_a_summary_is_not_taken_as_a_part_of_its_neighbours_split(pair_files):
    # The rows above the summary copy SUPPORT in two parts; the summary is UPDATES'.
    first, second = SUPPORT.split(" and take ")
    summary = "Concerns raised"
    rec = reconcile_files(*_files(pair_files, [SUCCESSION, CONFIDENTIAL, first,
                                               "Take " + second, summary, CULTURES]))
    assert _pair(rec, summary) == (UPDATES, "accepted")
    assert _pair(rec, first) == (SUPPORT, "accepted")
