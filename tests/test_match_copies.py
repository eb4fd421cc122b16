"""The matcher decides on the right facts: recurring wording decided by report, date and
rivals (issue 13, kinds 7 and 8), one item's wording inside another's, and copies filed
under another report.

Each test is built from real public HMICFRS texts, laid out the way real trackers lay them out.
"""

from __future__ import annotations

import pytest
from builders import PEEL_21, other_rows, others, pair_of, tracker

from reconcile import reconcile_files
from reconcile.casegen import texts as T

# ---------------------------- kinds 7 and 8: recurring wording decided by report, date, rivals

DIGITAL = ("By September 2018, chief constables should produce an ambitious plan to improve "
           "digitally-enabled services within their force.")
EFF16, EFF17 = "PEEL: Police efficiency 2016", "PEEL: Police efficiency 2017"


def test_recurring_text_under_a_report_no_copy_has_is_no_pair(pair_files):
    """The same all-forces action in two efficiency reports; the row is filed under legitimacy."""
    h, f = pair_files(
        [(1, EFF16, None, "Recommendation", DIGITAL, "Superseded"),
         (2, EFF17, None, "Recommendation", DIGITAL, "Awaiting review")],
        tracker(("PEEL Legit 17", [(1, None, DIGITAL, None, "Head of IT", "Amber")])))
    rec = reconcile_files(h, f)
    line = rec.items[rec.items["force_row"] == "Tracker!5"].iloc[0]
    assert (line.category, line.hmicfrs_row) == ("not_on_hmicfrs_list", None)


@pytest.mark.parametrize("title, want", [("PEEL: Efficiency (Nov 16)", "Definitive list!5"),
                                         ("PEEL Efficiency 17", "Definitive list!6")])
def test_recurring_text_the_report_written_short_decides(pair_files, title, want):
    h, f = pair_files(
        [(1, EFF16, None, "Recommendation", DIGITAL, "Awaiting review"),
         (2, EFF17, None, "Recommendation", DIGITAL, "Awaiting review")],
        tracker((title, [(1, None, DIGITAL, None, "Head of IT", "Amber")])))
    rec = reconcile_files(h, f)
    line = rec.items[rec.items["force_row"] == "Tracker!5"].iloc[0]
    assert (line.category, line.hmicfrs_row) == ("in_sync", want)


# Custody, one report: the same action for four groups of victims (real wording, HMICFRS PEEL).
ANCILLARY = "The force should make sure it consistently uses ancillary orders and other powers " \
            "to protect victims of {}."
VICTIMS = ["modern slavery", "child sexual exploitation", "honour-based abuse", "stalking"]
CUSTODY = "Report on an unannounced inspection visit to police custody suites 2016"


def test_a_rival_that_has_its_own_row_does_not_hold_a_pair_back():
    """A truncated row fits all four items; three have full rows of their own: it is the fourth's,
    and the full rows are sure pairs although the truncated row reads their items as well."""
    import tempfile
    from pathlib import Path

    from builders import hmicfrs_rows, write_xlsx

    d = Path(tempfile.mkdtemp())
    items = [(k, CUSTODY, None, "Area for improvement", ANCILLARY.format(v), "Awaiting review")
             for k, v in enumerate(VICTIMS, 1)]
    rows = [(k, None, ANCILLARY.format(v), "AFI", "Custody lead", "Amber")
            for k, v in enumerate(VICTIMS[1:], 2)]
    rows.insert(0, (1, None, "AFI 1 - Make sure it consistently uses ancillary orders and other "
                             "powers to...", "AFI", "Custody lead", "Amber"))
    h = write_xlsx(d / "h.xlsx", {"Definitive list": hmicfrs_rows(items)})
    f = write_xlsx(d / "f.xlsx", {"Tracker": tracker(("Custody inspection 2016", rows))})
    rec = reconcile_files(h, f)
    got = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    assert got == {(f"Definitive list!{k}", f"Tracker!{k}"): "in_sync" for k in range(5, 9)}


# ------------------------------------- one item's wording inside another's, a row for each

VULNERABILITY = ("the force should conduct a review, involving its partners, of the approach to "
                 "vulnerability to better safeguard vulnerable people.")
PEEL_23 = "PEEL: Police effectiveness, efficiency and legitimacy 2023/24"


def test_two_items_one_inside_the_other_each_with_its_copy_are_sure_pairs(pair_files):
    """Real PEEL 2023/24 wording: item 2 is item 1's action with another timescale and one more
    sentence. Each shorter text sits wholly inside the longer whichever way they are paired, so
    both pairings score the same; only the pairs as made leave no sentence unexplained, and
    both are sure pairs, not a tie for a person to settle."""
    others = [(k, PEEL_23, None, "Recommendation", "The force should " + body, "Awaiting review")
              for k, body in enumerate([b for b in T.BODIES if "vulnerab" not in b][:20],
                                       start=3)]
    longer = ("Not later than July 2024 " + VULNERABILITY
              + " This should be a personal responsibility in each case.")
    h, f = pair_files(
        [(1, PEEL_23, None, "Recommendation", "Immediately, " + VULNERABILITY, "Awaiting review"),
         (2, PEEL_23, None, "Recommendation", longer, "Awaiting review"), *others],
        tracker((PEEL_23, [("1546", None, longer, None, "Supt Hale", "Amber"),
                           ("1558", None, "Rec 1410: Immediately, " + VULNERABILITY, None,
                            "Supt Hale", "Amber")])))
    rec = reconcile_files(h, f)
    got = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()
           if isinstance(r.force_row, str)}
    assert got == {("Definitive list!5", "Tracker!6"): "in_sync",
                   ("Definitive list!6", "Tracker!5"): "in_sync"}


# ------------------------------- an action tracked again under another report

def test_a_copy_of_a_paired_items_action_under_another_report_is_not_a_longer_items_pair(
        pair_files):
    """Real PEEL wording: a force tracks item 2's action ("...respond to online child sexual
    abuse") on its own row with the register reference, and again under Crime Data Integrity
    2019, a report of other years. Item 1, of a third report, says the same words and more
    ("... missing children; and improve how it gathers ... about online child sexual
    abuse"): every word of the copy is inside it. The copy is item 2's action again, not
    item 1's row: item 1 has no row."""
    training = ("make sure officers and staff have the training they need to identify and "
                "respond to ")
    items = [(1, "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Durham "
                 "Constabulary", None, "Area for improvement",
              "Within twelve months, the force should " + training + "missing children; and "
              "improve how it gathers, assesses and acts on intelligence about online child "
              "sexual abuse.", "Awaiting review"),
             (2, PEEL_21, None, "Area for improvement",
              "The force should " + training + "online child sexual abuse.", "Awaiting review"),
             (3, "Crime Data Integrity 2014 – Durham Constabulary", None, "Recommendation",
              "Within three months, the force should ensure that all officers and staff who "
              "make crime-recording decisions are trained in the Home Office Counting Rules.",
              "Complete")]
    h, f = pair_files(items, tracker(
        ("PEEL 2021/22", [("1", "2", training[0].upper() + training[1:]
                           + "online child sexual abuse.", None, "DCI Ross", "Amber")]),
        ("Crime Data Integrity 2019", [
            ("1", None, "Ensure all officers and staff who make crime-recording decisions are "
                        "trained in the Home Office Counting Rules", None, "Insp Cole", "Green"),
            ("2", None, training[0].upper() + training[1:] + "online child sexual abuse.",
             None, "Insp Cole", "Amber")])))
    rec = reconcile_files(h, f)
    copy = pair_of(rec, "Tracker!8")
    assert copy is None or (int(copy["h"]) != 0 or copy["decision"] == "review")
    lines = rec.items[rec.items["hmicfrs_row"] == "Definitive list!4"]
    assert "in_sync" not in lines["category"].tolist()


# ------------------------------- a copy filed under another report, its words in a longer item too

GWENT_CUSTODY = ("Report on an unannounced inspection visit to police custody suites 2014 – Gwent "
                 "Police")
GWENT_EFF = "PEEL: Police efficiency 2015 – Gwent Police"
PROBLEM = ("develop a problem-solving approach to {}, working with local communities and "
           "partners")


def test_a_copy_filed_under_another_report_is_its_items_though_a_longer_item_holds_its_words(
        pair_files):
    """Real Gwent wording: the force copies item 1 (a custody 2014 recommendation) word for
    word but files it under PEEL efficiency. Item 2, of another report, holds all of the
    copy's words and a clause more ('domestic abuse ... counter-corruption unit'), and has a
    row of its own. The copy explains item 1 whole and item 2 by little more than a third:
    it is item 1's row, with the report to put right, not a recurring text to leave unpaired."""
    items = [(1, GWENT_CUSTODY, None, "Recommendation",
              "HMICFRS recommends that the force should immediately: "
              + PROBLEM.format("counter-corruption") + ".", "Awaiting review"),
             (2, GWENT_EFF, None, "Recommendation",
              "HMIC recommends that within six months the force should: "
              + PROBLEM.format("domestic abuse") + "; and make sure its counter-corruption unit "
              "has enough specialist capacity and capability to identify and deal with those "
              "who abuse their position for a sexual purpose.", "Awaiting review"),
             *others(GWENT_EFF, 3)]
    h, f = pair_files(items, tracker(
        ("PEEL Efficiency 16", [
            ("1", None, "HMICFRS recommends that the force should immediately: "
                        + PROBLEM.format("counter-corruption") + ".", None, "Supt Hale", "Amber"),
            ("2", None, PROBLEM.format("domestic abuse")[0].upper()
             + PROBLEM.format("domestic abuse")[1:] + "; and make sure its counter-corruption "
             "unit has enough specialist capacity and capability to identify and deal with "
             "those who abuse their position for a sexual purpose.", None, "DCI Ross", "Amber"),
            *other_rows(3)])))
    rec = reconcile_files(h, f)
    copy = pair_of(rec, "Tracker!5")
    assert copy is not None and int(copy["h"]) == 0 and copy["decision"] == "accepted"
    line = rec.items[rec.items["force_row"] == "Tracker!5"].iloc[0]
    assert line["category"] == "conflict"


# ------------------------------- a copy filed under a later report leaves its item to its place

def test_an_item_paired_only_with_a_row_of_another_report_is_free_for_its_place():
    """Generated kind-8 case (seed 108 at 500 items): item 146's words are copied under a
    later report (a force-only row), and its own row, cut short ("Make sure officers and staff
    have…"), sits between the rows of items 145 and 147. Paired by words with the copy, the
    item still lies between its neighbours' items: the place is its own row's."""
    import numpy as np

    from reconcile.match.place import places

    report = np.array(["peel 2015"] * 6, dtype=object)
    sheets = np.array(["Tracker"] * 5, dtype=object)
    made = {1: 1, 2: 5, 3: 3, 4: 2}        # row 2, between items 1 and 3, read item 5; row 4
    assert places(made, set(), sheets, report, 3) == {}      # is item 2's copy, filed elsewhere
    assert places(made, set(), sheets, report, 3, {2}) == {2: (2, 1, 3)}


# ------------------------- a row cut short before its subject, under a report naming neither

TRAINING = ("Within twelve months, the force should make sure officers and staff have the "
            "training they need to identify and respond to {}.")


def test_a_row_cut_short_before_its_subject_under_neither_items_report_is_for_a_person(
        pair_files):
    """Fresh seed 163: one formula in two reports, about child sexual exploitation (PEEL
    2021/22) and about people with mental ill health (the 2016 child protection inspection,
    a clause more). The row stops at "identify and…", before the subject, and is filed under
    PEEL legitimacy 2014: its words are inside both items and its report names neither. The
    shorter item reads it better only because it leaves less out, which a row cut short says
    nothing about: a person decides (it had been accepted as the 2021 item's)."""
    peel21, ncpi = PEEL_21 + " – Northumbria Police", "National child protection inspection 2016"
    items = [(1, peel21, None, "Recommendation", TRAINING.format("child sexual exploitation"),
              "Awaiting review"),
             (2, ncpi, None, "Recommendation", TRAINING.format(
                 "people with mental ill health; and improve how it gathers, assesses and acts "
                 "on intelligence about firearms licensing")[:-1] + ".", "Superseded"),
             *others(peel21, 3)]
    h, f = pair_files(items, tracker(
        ("PEEL 2021/22", other_rows(3)),
        ("PEEL: Legitimacy (Dec 14)", [("690", None, TRAINING.split(" respond")[0] + "…", None,
                                        "DCI Ross", "Complete")])))
    rec = reconcile_files(h, f)
    row = rec.f["row_id"].tolist()[-1]
    line = rec.items[rec.items["force_row"] == row].iloc[0]
    assert line["decision"] == "review", line["score_parts"]
    assert "holds this row's words too" in line["runner_up"]


# ------------------------------- the force's own words filed under another report, no rival

SOC_ANALYSIS = ("The force should make sure its analysis of serious and organised crime "
                "informs its strategic assessment and control strategy.")
PEEL_23 = "PEEL 2023–25: An inspection of Cheshire Constabulary"


def test_own_words_filed_under_another_report_with_no_rival_are_its_items_row(pair_files):
    """The force's short wording of a PEEL 2023-25 item (its own abbreviation, no stop),
    filed under its PEEL 2018/19 block; no other item reads it within far_margin. The report
    is a conflict to put right, not a doubt for a person: the line is accepted, not sent to
    review."""
    items = [(1, PEEL_23, None, "Area for improvement", SOC_ANALYSIS, "Being progressed"),
             *others(PEEL_23, 2, kind="Area for improvement")]
    h, f = pair_files(items, tracker(
        ("PEEL 2018/19", [("1", None, "Analysis of SOC to inform our strategic assessment "
                                      "and the control strategy (STRA)", None, "DCI Ward",
                           "Amber")]),
        ("PEEL 2023-25", other_rows(2))))
    rec = reconcile_files(h, f)
    pair = pair_of(rec, "Tracker!5")
    assert pair is not None and int(pair["h"]) == 0 and pair["decision"] == "accepted"
    line = rec.items[rec.items["force_row"] == "Tracker!5"].iloc[0]
    assert line["category"] == "conflict" and "report differs" in line["flags"]


EVERYONE = ("By September 2014, every police force in England and Wales should establish and "
            "publish an action plan that specifies in detail what steps it will take to improve "
            "its approach to domestic abuse.\n\nThis action plan should be developed:\n\n"
            "  • in consultation with police and crime commissioners, domestic abuse support "
            "organisations and victims' representatives;\n"
            "  • after close consideration of all the recommendations in this report;\n"
            "  • with reference to all relevant domestic homicide reviews and IPCC findings; and\n"
            "  • drawing on relevant knowledge acquired or available from other sources such as "
            "CPS scrutiny panels and MARAC self-assessments.")


def test_an_item_copied_under_two_priorities_is_no_split_missing_bullets(tmp_path):
    """A tracker re-cut under a plan's priorities copies an item under two of them, each copy
    told its own way (one abridged with its bullets in brackets, one its first sentence):
    two tellings of the whole, not two parts, so no bullet is missing."""
    from builders import write_xlsx

    title = "Everyone's business: Improving the police response to domestic abuse"
    h = write_xlsx(tmp_path / "list.xlsx", {"List": [
        ["Reference", "Report title", "Type", "Recommendation", "Status"],
        [2321, title, "National recommendation", EVERYONE, "Being progressed"]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Ref", "HMIC ID", "Report", "Recommendation / AFI", "Also under", "Status"],
        ["P1.10", 2321, "Everyone's Business - DA (2014)",
         "By Sept 2014 every force to establish and publish an action plan specifying in detail "
         "what steps it will take to improve its approach to DA. (consult PCC, DA support orgs "
         "& victims reps; all recs in report; DHRs & IPCC findings; CPS scrutiny panels)",
         "See N.02", "Complete"],
        ["N.02", 2321, "Everyone's Business - DA (2014)",
         "By September 2014, every police force in England and Wales should establish and "
         "publish an action plan that specifies in detail what steps it will take to improve "
         "its approach to domestic abuse.", "See P1.10", "Complete"]]})
    rec = reconcile_files(h, f)
    lines = rec.items.set_index("force_row")
    for row in ("Tracker!2", "Tracker!3"):
        assert lines.loc[row, "hmicfrs_row"] == "List!2"
        assert lines.loc[row, "category"] == "closeable_submit", lines.loc[row, "flags"]
        assert "no row for bullet" not in lines.loc[row, "flags"]
