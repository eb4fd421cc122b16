"""The matcher decides on the right facts: an item of bullets, or a cause of concern and its
recommendations, tracked over several rows or merged in one (issue 13, kinds 4 and 5).

Each test is built from real public HMICFRS texts, laid out the way real trackers lay them out.
"""

from __future__ import annotations

import pytest
from builders import BODIES, LEADERSHIP, SF, other_rows, others, pair_of, tracker

from reconcile import reconcile_files
from reconcile.casegen import texts as T
from reconcile.match.parts import bullets, missing_parts

# -------------------------------------------------------------- kind 4: a bullet without a row

LEADERSHIP_BULLETS = [b.strip("•;. and\n") for b in LEADERSHIP.split("\n")[1:]]
# A real five-part recommendation (Crime data integrity, Devon and Cornwall, id 6989).
CDI = ("Within six months the force should put in place arrangements to ensure that:\n"
       "• at the point of report, victims are believed;\n"
       "• crimes are recorded at the first point of contact, or within 24 hours;\n"
       "• reports of rape are recorded as crimes unless there is additional verifiable "
       "information to determine that no crime was committed;\n"
       "• all staff who record crimes are trained in the Home Office Counting Rules; and\n"
       "• decisions to cancel recorded crimes are taken by the force crime registrar.")


def test_bullets_are_read_from_lines_inline_marks_and_letters():
    assert [lab for lab, _ in bullets(CDI)] == ["(a)", "(b)", "(c)", "(d)", "(e)"]
    inline = CDI.replace("\n", " ")
    assert len(bullets(inline)) == 5
    lettered = ("The force should: (a) review its leadership arrangements for modern slavery; "
                "(b) allocate appropriate resources to every incident; (c) develop partnership "
                "arrangements to share information")
    assert [lab for lab, _ in bullets(lettered)] == ["(a)", "(b)", "(c)"]
    assert bullets("Within six months, forces should have in place active "
                   "information-sharing agreements with other agencies.") == []


@pytest.mark.parametrize("drop", range(4))
def test_a_split_missing_one_bullet_names_it(pair_files, drop):
    kept = [b for k, b in enumerate(LEADERSHIP_BULLETS) if k != drop]
    h, f = pair_files(
        [(1, SF, None, "Recommendation", LEADERSHIP, "Being progressed")],
        tracker((SF, [(k, None, b, None, "DCI Patel", "GREEN") for k, b in enumerate(kept, 1)])))
    rec = reconcile_files(h, f)
    assert set(rec.pairs["method"]) == {"split"} and len(rec.pairs) == 3
    label = "(" + "abcd"[drop] + ")"
    first = " ".join(LEADERSHIP_BULLETS[drop].split()[:4])
    for note in rec.pairs["missing_parts"]:
        assert note.startswith(f"bullet {label}: '") and first in note
        assert note.count("bullet") == 1


def test_a_split_missing_one_bullet_is_a_conflict_never_closeable(pair_files):
    h, f = pair_files(
        [(1, SF, None, "Recommendation", LEADERSHIP, "Being progressed")],
        tracker((SF, [(k, None, b, None, "DCI Patel", "GREEN")
                      for k, b in enumerate(LEADERSHIP_BULLETS[:3], 1)])))
    rec = reconcile_files(h, f)
    assert set(rec.items["category"]) == {"conflict"}
    assert "(d)" in rec.items.iloc[0]["flags"]


def test_a_complete_split_has_nothing_missing(pair_files):
    h, f = pair_files(
        [(1, SF, None, "Recommendation", LEADERSHIP, "Being progressed")],
        tracker((SF, [(k, None, b, None, "DCI Patel", "GREEN")
                      for k, b in enumerate(LEADERSHIP_BULLETS, 1)])))
    rec = reconcile_files(h, f)
    assert len(rec.pairs) == 4 and set(rec.pairs["missing_parts"]) == {""}


def test_missing_parts_follows_the_rows_not_the_word_overlap():
    from reconcile.normalise import norm_text, tokens

    rows = [tokens(norm_text(t)) for t in (
        "Victims are believed at the point of report",
        "Crimes recorded at first point of contact or within 24 hours",
        "All staff who record crimes trained in HOCR (Home Office Counting Rules)",
        "Decisions to cancel crimes taken by the FCR (force crime registrar)")]
    note = missing_parts(CDI, rows)
    assert note.startswith("bullet (c): 'reports of rape are recorded as crimes")
    assert ";" not in note
    # A one-row summary is not a split: nothing is said to be missing from a text with no bullets.
    assert missing_parts("Within six months, forces should have in place active agreements",
                         rows[:1]) == ""


# --------------------------------------------- kind 5: a cause of concern split into its rows

# West Mercia, PEEL 2018/19: a cause of concern and the two recommendations that address it.
COC = ("The force does not have the capacity or capability to investigate crime effectively and "
       "this is affecting the service being provided to the public. There are failings in the way "
       "that crimes are being investigated.")
COC_R1 = ("HMIC recommends that within six months the force should: improve its ability to "
          "retrieve digital evidence from mobile phones, computers and other electronic devices "
          "quickly enough to ensure investigations are not delayed;")
COC_R2 = ("HMIC recommends that within six months the force should: improve its understanding of "
          "suspects released under investigation and the management of those released on bail;")
COC_ONE = (COC + "\nTo address this cause of concern, HMIC recommends that within six months the "
           "force should:\n• " + COC_R1.split(": ", 1)[1] + "\n• " + COC_R2.split(": ", 1)[1])
PEEL19 = "PEEL 2018/19"


def coc_rows(refs):
    """The force's rows: 'CoC 1 – ...' then one row per recommendation, with these references."""
    return tracker((PEEL19, [
        (1, refs[0], "CoC 1 – " + COC, "Cause of concern", "ACC Crime", "Amber"),
        (2, refs[1], "Rec 1.1 – Improve its ability to retrieve digital evidence from mobile "
         "phones, computers and other devices quickly", "Recommendation", "Head of DFU", "Amber"),
        (3, refs[2], "Rec 1.2 – Improve understanding of suspects released under investigation "
         "and management of those on bail", "Recommendation", "DCI Custody", "Green")]))


@pytest.mark.parametrize("refs", [(None, None, None), (9001, None, None), (9001, 9001, 9001)])
def test_a_cause_of_concern_held_as_one_item_pairs_with_every_row(pair_files, refs):
    h, f = pair_files([(9001, PEEL19, None, "Cause of concern", COC_ONE, "Being progressed")],
                      coc_rows(refs))
    rec = reconcile_files(h, f)
    assert set(rec.items["hmicfrs_row"]) == {"Definitive list!5"}
    assert sorted(rec.items["part"]) == ["1 of 3", "2 of 3", "3 of 3"]
    assert "not_on_hmicfrs_list" not in set(rec.items["category"])


@pytest.mark.parametrize("refs", [(None, None, None), (9001, 9001, 9001), (9001, 9002, 9003)])
def test_a_cause_of_concern_and_its_recommendations_listed_apart_pair_row_by_row(pair_files,
                                                                                 refs):
    """Some trackers write the cause of concern's reference on its recommendations' rows too."""
    h, f = pair_files([(9001, PEEL19, None, "Cause of concern", COC, "Being progressed"),
                       (9002, PEEL19, None, "Recommendation", COC_R1, "Being progressed"),
                       (9003, PEEL19, None, "Recommendation", COC_R2, "Being progressed")],
                      coc_rows(refs))
    rec = reconcile_files(h, f)
    got = {(r.hmicfrs_row, r.force_row) for r in rec.items.itertuples()}
    assert got == {("Definitive list!5", "Tracker!5"), ("Definitive list!6", "Tracker!6"),
                   ("Definitive list!7", "Tracker!7")}
    assert "review" not in set(rec.items["category"])


def test_a_cause_of_concern_s_heading_row_before_its_reference_rows_opens_its_split(pair_files):
    """Kind 5 as fresh seed 128 has it, in real PEEL wording: the cause of concern about
    domestic abuse is one item with its recommendations; the force writes them on rows with
    its register reference, and over them a heading row without one, "CoC 1 – " and the
    cause of concern's first sentence. Another cause of concern of the report, "The force's
    current approach to domestic abuse is unacceptable ...", has no row and reads the
    heading almost as well. Written right before the item's reference rows, and being the
    item's first words, the heading opens its split."""
    dash, approach = T.CAUSES[0], T.CAUSES[3]
    item = (dash + "\nTo address this cause of concern, HMIC recommends that within six months "
            "the force should:\n• " + COC_R1.split(": ", 1)[1] + "\n• "
            + COC_R2.split(": ", 1)[1] + "\n• " + BODIES[0])
    h, f = pair_files([(9001, PEEL19, None, "Cause of concern", item, "Being progressed"),
                       (9002, PEEL19, None, "Cause of concern", approach, "Being progressed"),
                       *others(PEEL19, 9003, BODIES[8:14])],
                      tracker((PEEL19, [
                          ("", None, "CoC 1 – " + dash.split(". ")[0] + ".", None, "ACC Crime",
                           "Amber"),
                          *[(9001, 9001, text, "Recommendation", "Head of DFU", "Amber")
                            for text in ("Improve its ability to retrieve digital evidence from "
                                         "mobile phones, computers and other devices quickly",
                                         "Improve understanding of suspects released under "
                                         "investigation and management of those on bail",
                                         BODIES[0][0].upper() + BODIES[0][1:])],
                          *other_rows(9003, BODIES[8:14])])))
    rec = reconcile_files(h, f)
    heading = pair_of(rec, "Tracker!5")
    assert heading is not None
    assert (int(heading["h"]), heading["part"]) == (0, "1 of 4")
    lines = rec.items[rec.items["hmicfrs_row"] == "Definitive list!6"]
    assert lines["category"].tolist() == ["missing_from_force"]


# ------------------------------- a merge is one report's cause of concern and recommendations

LINCS_21 = "PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Lincolnshire Police"
DASH = ("In cases where a DASH risk assessment is not completed the officer should record an "
        "assessment on the crime management system.")


def test_a_sentence_in_a_cause_of_concern_of_another_report_is_no_merge_with_it(pair_files):
    """Real Lincolnshire wording: a 2014 cause of concern about domestic abuse quotes the DASH
    sentence; two 2021/22 recommendations end with it too. The force splits the second 2021/22
    recommendation over two rows, the DASH sentence the second. That row is no merge of the
    2014 cause of concern (another report) with a 2021/22 recommendation: a merge is one
    report's cause of concern and its recommendations in one row."""
    items = [(1, "PEEL: Police efficiency 2014 – Lincolnshire Police", None, "Cause of concern",
              "The force's response to domestic abuse is a cause of concern to HMIC. The force "
              "policy which allows an officer discretion to complete a DASH risk assessment in "
              "some crimes and incidents does not provide confidence that risk is always "
              "assessed appropriately. " + DASH, "Awaiting review"),
             (2, LINCS_21, None, "Recommendation",
              "By January 2022, the force should improve its use of its crime-recording and "
              "management system to better manage its case files and investigative processes. "
              + DASH, "Awaiting review"),
             (3, LINCS_21, None, "Recommendation",
              "Not later than May 2022 the force should improve how it works with partner "
              "organisations to safeguard people at risk from repeat victims. " + DASH,
              "Awaiting review"),
             *others(LINCS_21, 4)]
    h, f = pair_files(items, tracker(("PEEL 2021/22", [
        ("1", None, "Improve how it works with partner organisations to safeguard people at "
                    "risk from repeat victims", None, "Supt Hale", "Amber"),
        ("", None, DASH, None, "Supt Hale", "Amber"),
        *other_rows(4)])))
    rec = reconcile_files(h, f)
    dash = rec.pairs[rec.pairs["f"] == 1]
    assert 0 not in dash["h"].tolist() and "merged" not in dash["method"].tolist()


# ------------------------------------ a force's own terse telling, in clauses with no stop

# Real public texts: PEEL effectiveness 2016's missing-children cause of concern, and the
# 2014 domestic abuse inspection's all-forces action plan (its footnote digit kept).
MISSING = ("To address this cause of concern the force should immediately review its approach to "
           "reports of missing children and take steps to ensure that:\n• call takers understand "
           "and use the missing and absent category appropriately; • call takers and frontline "
           "staff have the necessary knowledge to identify risk factors associated with child "
           "sexual exploitation and how to respond to such cases; and • supervisors provide the "
           "correct oversight of missing person enquiries and direct appropriate and timely "
           "investigative and safeguarding action")
DA_PLAN = ("By September 2014, every police force in England and Wales should establish and "
           "publish an action plan that specifies in detail what steps it will take to improve "
           "its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in "
           "consultation with police and crime commissioners, domestic abuse support "
           "organisations and victims' representatives;\n• after close consideration of all the "
           "recommendations in this report;\n• with reference to all relevant domestic homicide "
           "reviews and IPCC findings, whether in connection with the force in question or "
           "another force; and 20\n• drawing on relevant knowledge acquired or available from "
           "other sources such as CPS scrutiny panels and MARAC self-assessments.")
EB = "Everyone's business: Improving the police response to domestic abuse"


def test_own_clauses_with_no_stop_leave_out_the_bullet_they_do_not_tell(pair_files):
    """The force tells two of three bullets in its own words, a clause each after its
    telling of the opening words ("Review approach to missing children reports: …"), with
    no stop at the end. Its own words are no copy a cut could have shortened: the third
    bullet is missing, and the line is a conflict, never in sync."""
    h, f = pair_files(
        [(1, "PEEL: Police effectiveness 2016", None, "Cause of concern", MISSING, "Complete")],
        tracker(("PEEL Effectiveness 2016", [(
            "24", None, "Review approach to missing children reports: call takers understand & "
            "use the missing/absent category correctly; call takers & frontline staff can "
            "identify CSE risk factors & how to respond", None, "Ch Supt PP", "Green")])))
    rec = reconcile_files(h, f)
    line = rec.items.iloc[0]
    assert line["category"] == "conflict" and "bullet (c): 'supervisors provide" in line["flags"]


def test_own_bullets_with_no_stop_leave_out_the_bullet_they_do_not_tell(pair_files):
    """The force lists two of the three bullets with bullet marks of its own, in its own
    words ("• extent to which find rates differ between ethnicities and search types"), no
    stop at the end. Its own words are no copy a cut could have shortened: the third bullet
    (possession-only searches) is missing, and the line is a conflict."""
    h, f = pair_files(
        [(8542, "PEEL: Police legitimacy 2017", None, "National recommendation",
          T.SAS_MONITORING_2017, "Being progressed")],
        tracker(("PEEL Legit 17 S&S", [(
            "27", 8542, "By July 2018 regularly monitor S&S data to understand: • reasons for "
            "disproportionate representation of ethnic groups; • extent to which find rates "
            "differ between ethnicities and search types", None, "ACC Local Policing",
            "Amber")])))
    line = reconcile_files(h, f).items.iloc[0]
    assert line["category"] == "conflict" and "bullet (c): 'the prevalence of" in line["flags"]


def test_a_split_row_telling_each_bullet_in_a_terse_clause_leaves_none_out(pair_files):
    """The plan and how it was developed, over two rows: the second tells the four bullets
    in four short clauses ("after considering all recs in the report"), each its own
    bullet's. Every bullet has its row."""
    h, f = pair_files(
        [(1, EB, None, "National recommendation", DA_PLAN, "Complete")],
        tracker(("Everyone's Business (DA) 2014", [
            ("4a", None, "Establish & publish a DA action plan specifying in detail the steps the "
                         "force will take to improve its approach to DA (by Sept 2014)", None,
             "Ch Supt PP", "Blue"),
            ("4b", None, "Action plan developed in consultation with PCC, DA support orgs & "
                         "victims' reps; after considering all recs in the report; with ref to "
                         "DHRs & IPCC findings; drawing on CPS scrutiny panels & MARAC "
                         "self-assessments", None, "Ch Supt PP", "Blue")])))
    rec = reconcile_files(h, f)
    assert len(rec.pairs) == 2 and set(rec.pairs["missing_parts"]) == {""}
    assert set(rec.items["category"]) == {"in_sync"}
