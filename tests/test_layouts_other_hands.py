"""Layouts met in evaluation cases built by other hands than the matcher's (an action plan
with one summary row over its actions, an inquirytracker-style register copy, report names
that say when they were published). Each test failed on the code before it.

Texts are real public HMICFRS texts (Open Government Licence); layouts follow the trackers
named in the project's research notes (Derbyshire FRS, inquirytracker.uk, City of London).
"""

from __future__ import annotations

from datetime import date, datetime

from builders import MSHT_INTEL, write_xlsx

from reconcile import reconcile_files
from reconcile.load import load_side

RISK_INFO = ("The service should make sure its firefighters and fire control staff have good "
             "access to relevant and up-to-date risk information.")
DEMAND = ("The service should undertake further work to gain a fuller understanding of current "
          "demand for its services, and likely future changes in demand.")
PERFORMANCE = ("The service should make sure all processes in place to support performance "
               "management are effective.")
FRS_19 = "Derbyshire Fire and Rescue Service: Effectiveness, efficiency and people 2018/19"
FRS_22 = "Derbyshire Fire and Rescue Service: Effectiveness, efficiency and people 2021/22"
LIST_HEADER = ["Recommendation ID", "Report", "Date published", "Type", "Recommendation",
               "Status"]


def rec_rows(rec) -> list[tuple[str, str]]:
    """Run info's (setting, value) rows, as the workbook writes them."""
    from reconcile.write.runinfo import settings_rows
    from reconcile.write.view import View

    return [tuple(r[:2]) for r in settings_rows(rec, View(rec.items, rec.decisions))]


def _by_row(rec) -> dict[str, list[tuple[str, str]]]:
    """Force row -> [(HMICFRS row, category)] as the flat result has them."""
    out: dict[str, list[tuple[str, str]]] = {}
    for r in rec.items.itertuples():
        if isinstance(r.force_row, str):
            out.setdefault(r.force_row, []).append((r.hmicfrs_row, r.category))
    return out


def test_an_action_plan_with_one_summary_row_over_its_actions(tmp_path):
    """Derbyshire FRS's action plan: "Summary" written once, then a row per "Sub action" with
    its own status and the summary cell left blank; block headings name only the inspection
    year ("HMICFRS Inspection 2018/19 - outstanding AFIs carried forward"). Two AFIs recur word
    for word in the 2018/19 and 2021/22 inspections. Each action row is a part of its AFI (an
    AFI with an action still open is open, not done); each copy is told apart by the year in
    its block heading; nothing is "report differs"."""
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Register": [
        LIST_HEADER,
        [4521, FRS_19, datetime(2019, 6, 20), "Area for improvement", RISK_INFO, "being-progressed"],
        [4522, FRS_19, datetime(2019, 6, 20), "Area for improvement", DEMAND, "being-progressed"],
        [9101, FRS_22, datetime(2022, 7, 27), "Area for improvement", RISK_INFO, "being-progressed"],
        [9102, FRS_22, datetime(2022, 7, 27), "Area for improvement", PERFORMANCE, "complete"],
    ]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Summary Report": [
        ["Derbyshire Fire & Rescue Service"],
        ["HMICFRS Action Plan Summary Report as of 1 November 2023"],
        [],
        ["Summary", "Sub actions", "Deadline date", "Status", "Overall %"],
        ["HMICFRS Inspection 2021/22 - Areas for Improvement (report published July 2022)"],
        ["AFI 1 - " + RISK_INFO, "Site-specific risk information review for all very high risk "
         "premises", "31 Mar 2023", "Closed - Complete", 0.5],                          # row 6
        [None, "Mobile data terminal refresh - risk information on all appliances",
         "30 Jun 2024", "Open - Actions on going on track"],                             # row 7
        ["AFI 2 - " + PERFORMANCE, "Performance management framework agreed", "31 Mar 2023",
         "Closed - Complete", 1],                                                        # row 8
        ["HMICFRS Inspection 2018/19 - outstanding AFIs carried forward"],
        ["AFI 2 (2018/19) - " + RISK_INFO, "Superseded by AFI 1 (2021/22) - see above", None,
         "Closed - Complete", 1],                                                        # row 10
        ["AFI 3 (2018/19) - " + DEMAND, "Demand analysis for CRMP 2023-26", "31 Mar 2023",
         "Open - Actions on going on track", 0.5],                                       # row 11
        [None, "Future demand modelling (on-call availability)", "31 Mar 2024",
         "Open - Actions on going on track"],                                            # row 12
    ]}, bold={"Summary Report": ["A5", "A9"]})
    rec = reconcile_files(h, f)
    got = _by_row(rec)
    assert got["Summary Report!6"] == [("Register!4", "in_sync")]
    assert got["Summary Report!7"] == [("Register!4", "in_sync")]
    assert got["Summary Report!8"] == [("Register!5", "in_sync")]
    assert got["Summary Report!10"] == [("Register!2", "closeable_submit")]
    assert got["Summary Report!11"] == [("Register!3", "in_sync")]
    assert got["Summary Report!12"] == [("Register!3", "in_sync")]
    assert not rec.items["flags"].fillna("").str.contains("report differs").any()
    sheet = rec.force.sheets[0]
    assert ("rows 7, 12 have no recommendation text of their own (blank, or 'As above') but an "
            "action and a status") in sheet.note


def test_an_inquirytracker_copy_with_counts_and_details_under_each_title(tmp_path):
    """inquirytracker.uk's layout, copied into a workbook: per report a title row, a counts row
    ("3 Recommendations | 3 Completed"), a details row ("Published: 09 July 2013   Applicable
    Forces: ...") and the header repeated. The rows keep the title as their report and take
    the details row's date; counts and details rows are explained, never items."""
    f = write_xlsx(tmp_path / "tracker.xlsx", {"HMICFRS recs": [
        ["West Mercia Police – HMICFRS recommendations (copied from inquirytracker.uk)"],
        [],
        ["Stop and search powers: Are the police using them effectively and fairly?"],
        ["2 Recommendations", "1 Completed"],
        ["Published: 09 July 2013   Applicable Forces: All forces in England and Wales"],
        ["#", "Recommendation", "Directed at", "Status"],
        ["T1", "Chief Constables should establish or improve monitoring of the use of stop and "
               "search powers.", "Chief Constables", "Completed"],
        ["T2", "Chief Constables should, in consultation with elected local policing bodies, "
               "ensure that they comply with the code of practice.", "Chief Constables",
         "In progress"],
        [],
        ["Core Business: an inspection into crime prevention, police attendance and the use of "
         "police time"],
        ["1 Recommendations", "1 Completed"],
        ["Published: 04 September 2014   Applicable Forces: All forces in England and Wales"],
        ["#", "Recommendation", "Directed at", "Status"],
        ["T1", "Not later than 31 March 2015 those forces using a threat, harm and risk model "
               "should review it.", "Forces", "Completed"],
    ]})
    side = load_side(f, "force")
    items = side.items
    assert items["row"].tolist() == [7, 8, 14]
    assert items["report"].tolist() == [
        "Stop and search powers: Are the police using them effectively and fairly?"] * 2 + [
        "Core Business: an inspection into crime prevention, police attendance and the use of "
        "police time"]
    assert items["published"].tolist() == ["09 July 2013"] * 2 + ["04 September 2014"]
    why = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert why[11].startswith("counts row")
    assert why[12].startswith("report details row")
    assert why[13] == "header row repeated"


EFF16, EFF17 = "PEEL: Police effectiveness 2016", "PEEL: Police effectiveness 2017"
ASB = ("The force should improve its understanding of the nature and scale of anti-social "
       "behaviour in its area.")


def test_a_report_named_by_when_it_was_published_is_that_years_copy(tmp_path):
    """A force writes "PEEL: Effectiveness (Mar 18)" for the 2017 effectiveness report (published
    March 2018) and "PEEL Eff 16 (Mar-17)" for the 2016 one; the same AFI is in both. Each row
    is its own year's copy, and neither is a report that differs."""
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"List": [
        LIST_HEADER,
        [7301, EFF16, datetime(2017, 3, 2), "Area for improvement", ASB, "complete"],
        [8450, EFF17, datetime(2018, 3, 22), "Area for improvement", ASB, "being-progressed"],
    ]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["No.", "Report", "Recommendation", "RAG"],
        [1, "PEEL Eff 16 (Mar-17)", ASB, "GREEN"],
        [2, "PEEL: Effectiveness (Mar 18)", ASB, "AMBER"],
    ]})
    rec = reconcile_files(h, f)
    assert _by_row(rec) == {"Tracker!2": [("List!2", "in_sync")],
                            "Tracker!3": [("List!3", "in_sync")]}
    assert rec.f["published_date"].tolist() == [date(2017, 3, 1), date(2018, 3, 1)]


MISSING_CHILDREN = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")
MISSING_REC = ("To address this cause of concern, the force should immediately review its "
               "approach to reports of missing children and take steps to ensure that: call "
               "takers understand and use the missing and absent category appropriately; call "
               "takers and frontline staff have the necessary knowledge to identify risk factors "
               "associated with child sexual exploitation and how to respond to such cases; and "
               "supervisors provide the correct oversight of missing person enquiries and direct "
               "appropriate and timely investigative and safeguarding action")
CLAUSES = ("call takers understand and use the missing and absent category appropriately;",
           "call takers and frontline staff have the necessary knowledge to identify risk "
           "factors associated with child sexual exploitation and how to respond to such cases; "
           "and",
           "supervisors provide the correct oversight of missing person enquiries and direct "
           "appropriate and timely investigative and safeguarding action")


def test_sub_clause_rows_that_each_repeat_the_cause_of_concern(tmp_path):
    """inquirytracker.uk writes a cause of concern and its recommendation in one cell
    ("Cause of concern: … Recommendation: …"), one row per sub-clause, the ids sorted as text
    (T1, T10, T2, T3: the clauses are not on adjacent rows). The register keeps the cause of
    concern in a column of its own and lists no cause of concern as an item, so each row is
    compared by its recommendation: the three rows are the recommendation's split."""
    others = [("The force should improve how it gathers, assesses and acts on intelligence "
               f"about {topic}.") for topic in ("county lines", "fraud", "knife crime",
                                                 "modern slavery", "stalking")]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Register": [
        ["Recommendation ID", "Report", "Date published", "Type", "Cause of concern",
         "Recommendation", "Status"],
        [7240, EFF16, datetime(2017, 3, 2), "Recommendation", MISSING_CHILDREN, MISSING_REC,
         "complete"],
        *[[7241 + k, EFF16, datetime(2017, 3, 2), "Area for improvement", None, text,
           "being-progressed"] for k, text in enumerate(others)],
    ]})
    cell = f"Cause of concern: {MISSING_CHILDREN} Recommendation: "
    stem = ("To address this cause of concern, the force should immediately review its approach "
            "to reports of missing children and take steps to ensure that: ")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"HMICFRS recs": [
        ["#", "Recommendation", "Directed at", "Status"],
        ["T1", cell + stem + CLAUSES[0], "West Mercia Police", "Superseded"],
        *[[f"T1{k}", text, "West Mercia Police", "In progress"] for k, text in enumerate(others)],
        ["T2", cell + CLAUSES[1], "West Mercia Police", "Superseded"],
        ["T3", cell + stem + CLAUSES[2], "West Mercia Police", "Superseded"],
    ]})
    rec = reconcile_files(h, f)
    got = _by_row(rec)
    for row in ("HMICFRS recs!2", "HMICFRS recs!8", "HMICFRS recs!9"):
        assert got[row] == [("Register!2", "in_sync")], row


CORPORATE_RISK = ("The service should make sure the corporate risk register is actively used to "
                  "mitigate and manage known risks.")
FRS_24 = "Fire and rescue service inspection 2023-25 – Leicestershire Fire and Rescue Service"


def test_an_improvement_plan_by_inspection_round_with_an_action_column(tmp_path):
    """Leicestershire FRS's improvement plan (research notes: 24 AFIs -> 88 actions): one sheet
    per inspection round ("Round 2 2021-22", "Round 3 2023-25"), the AFI in a column headed
    "Area for Improvement (AFI)" repeated on each of its actions, the force's own action in a
    column headed "Action", pillar headings ("Leadership and governance") between blocks. The
    AFI column is the text (not "Action"); the same AFI in both rounds is told apart by the
    round's year in the sheet's name, and each round's rows are one split of its own copy."""
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Register": [
        LIST_HEADER,
        [12330, FRS_22, datetime(2022, 7, 27), "Area for improvement", CORPORATE_RISK,
         "Complete"],
        [15616, FRS_24, datetime(2024, 9, 12), "Area for improvement", CORPORATE_RISK,
         "Awaiting review"],
    ]})
    head = ["Area for Improvement (AFI)", "Action ref", "Action", "Owner", "Target date",
            "Status"]
    f = write_xlsx(tmp_path / "tracker.xlsx", {
        "Round 2 2021-22": [
            ["HMICFRS Improvement Plan – Inspection Round 2"], [], head,
            ["Leadership and governance"],
            ["AFI 3 - " + CORPORATE_RISK, "R2-AFI3.1", "Refresh the corporate risk register",
             "Head of Service Assurance", "Sep-22", "Complete"],
            ["AFI 3 - " + CORPORATE_RISK, "R2-AFI3.2", "Quarterly review of the register at SMT",
             "Head of Service Assurance", "Dec-22", "Complete"]],
        "Round 3 2023-25": [
            ["HMICFRS Improvement Plan – Inspection Round 3"], [], head,
            ["Leadership and governance"],
            ["AFI 2 - " + CORPORATE_RISK, "R3-AFI2.1", "Risk owners trained in the new policy",
             "Head of Service Assurance", "Sep-25", "On track"],
            ["AFI 2 - " + CORPORATE_RISK, "R3-AFI2.2", "Risk appetite statement to the CFA",
             "Head of Service Assurance", "TBC", "Not started"]],
    }, bold={"Round 2 2021-22": ["A4"], "Round 3 2023-25": ["A4"]})
    rec = reconcile_files(h, f)
    assert rec.force.sheets[0].mapping["text"] == "Area for Improvement (AFI)"
    assert _by_row(rec) == {"Round 2 2021-22!5": [("Register!2", "in_sync")],
                            "Round 2 2021-22!6": [("Register!2", "in_sync")],
                            "Round 3 2023-25!5": [("Register!3", "in_sync")],
                            "Round 3 2023-25!6": [("Register!3", "in_sync")]}


def test_a_brag_key_that_says_green_is_on_track(tmp_path):
    """A committee appendix graded BRAG, its Key sheet saying "Blue | Complete – evidence held"
    and "Green | On track – action in progress": Green is open there, so a Green row against an
    item HMICFRS holds open is in sync, not one to submit for closure; Blue is done. inspect
    says where the meaning came from."""
    from click.testing import CliRunner

    from reconcile.cli import main

    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": [
        LIST_HEADER,
        [8521, EFF17, datetime(2018, 3, 22), "Area for improvement", ASB, "being-progressed"],
        [8522, EFF17, datetime(2018, 3, 22), "Area for improvement", PERFORMANCE.replace(
            "service", "force"), "being-progressed"],
    ]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {
        "Crime & Justice": [
            ["Appendix B – HMICFRS recommendations position statement"], [],
            ["HMICFRS Ref", "Report", "Recommendation", "Lead", "BRAG", "Narrative"],
            [8521, "PEEL Eff 2017", ASB, "ACC Crime", "Green", "ASB problem profile drafted."],
            [8522, "PEEL Eff 2017", PERFORMANCE.replace("service", "force"), "ACC Crime",
             "Blue", "Signed off at Force Executive."]],
        "Key": [["BRAG key"], [],
                ["Blue", "Complete – evidence held; proposed to HMICFRS for closure"],
                ["Green", "On track – action in progress and expected to be delivered on time"],
                ["Amber", "Some slippage – action in hand but at risk against the target date"]],
    })
    rec = reconcile_files(h, f)
    assert _by_row(rec) == {"Crime & Justice!4": [("Definitive list!2", "in_sync")],
                            "Crime & Justice!5": [("Definitive list!3", "closeable_submit")]}
    shown = CliRunner().invoke(main, ["inspect", str(f)])
    assert shown.exit_code == 0, shown.output
    assert "'Green'" in shown.output and "-> open  (the file's key: 'On track" in shown.output
    # ... and the workbook's Run info says how the key was read.
    assert ("force tracker key", "Blue = Complete – evidence held; proposed to HMICFRS for "
            "closure (read as done); Green = On track – action in progress and expected to be "
            "delivered on time (read as open); Amber = Some slippage – action in hand but at "
            "risk against the target date (read as open)") in rec_rows(rec)


def test_a_mixed_audit_tracker_with_a_source_column_and_two_status_columns(tmp_path):
    """A PCC office's tracker (Leicestershire OPCC/force JARAP style) mixing HMICFRS items with
    internal audit actions: "Source" holds HMICFRS / Internal Audit, "Report / Audit" the
    report; "RAG" is left blank once "Status" says Completed. The report is "Report / Audit",
    a blank RAG takes the Status column's word, and the audit row is not on the list."""
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Leicestershire": [
        LIST_HEADER,
        [8450, EFF17, datetime(2018, 3, 22), "Area for improvement", ASB, "Being progressed"],
        [7301, EFF16, datetime(2017, 3, 2), "Area for improvement", ASB, "Being progressed"],
    ]})
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(
        "No.,Source,Source Ref,Report / Audit,Recommendation,RAG,Status\n"
        f"1,HMICFRS,,PEEL: Police effectiveness 2017,{ASB},,Completed\n"
        f"2,HMICFRS,,PEEL: Police effectiveness 2016,{ASB},AMBER,Outstanding\n"
        "3,Internal Audit,IA 19/20-07,Risk management,Management should ensure that the "
        "corporate risk register is reviewed quarterly.,GREEN,Completed\n", encoding="utf-8")
    rec = reconcile_files(h, tracker)
    assert rec.force.sheets[0].mapping["report"] == "Report / Audit"
    assert _by_row(rec) == {"tracker.csv!2": [("Leicestershire!2", "closeable_submit")],
                            "tracker.csv!3": [("Leicestershire!3", "in_sync")],
                            "tracker.csv!4": [(None, "not_on_hmicfrs_list")]}
    assert "status read from 'Status' where the status column is blank: row 2" in (
        rec.force.sheets[0].note)


SS13 = "Stop and search powers: Are the police using them effectively and fairly?"
SS_2013 = ("Chief Constables should, in consultation with elected local policing bodies, ensure "
           "that they comply with the code of practice by explaining to the public the way stop "
           "and search powers are used in their areas.")


def test_a_national_list_against_one_forces_tracker(tmp_path):
    """An HMICFRS export holding several forces' items (a "Force" column; each national
    recommendation listed once per force, under its own URN) against West Mercia's tracker,
    whose title names the force. Only West Mercia's items are reconciled: a tracker row is
    never paired with Warwickshire's copy, and Warwickshire's items are not "missing from
    the force" but accounted for, with the reason, like rows that are not items."""
    header = ["URN", "Force", "Report", "Published", "Type", "Recommendation", "Status"]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Recommendations": [
        header,
        [9101, "Warwickshire Police", SS13, datetime(2013, 7, 9), "Recommendation", SS_2013,
         "complete"],
        [9102, "West Mercia Police", SS13, datetime(2013, 7, 9), "Recommendation", SS_2013,
         "being-progressed"],
        [9201, "Warwickshire Police", EFF17, datetime(2018, 3, 22), "Area for improvement", ASB,
         "being-progressed"],
        [9202, "West Mercia Police", EFF17, datetime(2018, 3, 22), "Area for improvement", ASB,
         "complete"],
        [9301, "All forces", "Stolen freedom", datetime(2017, 10, 24), "Recommendation",
         MSHT_INTEL, "being-progressed"],
    ]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Master": [
        ["West Mercia Police – HMICFRS Recommendations & AFIs – Tracker (as at 29/02/2024)"],
        ["Report", "Recommendation / AFI", "Action owner", "RAG"],
        [SS13, SS_2013, "Supt Hale", "GREEN"],
        ["PEEL: Effectiveness 2017", ASB, "DCI Ross", "AMBER"],
        ["Stolen freedom", MSHT_INTEL, "DI Shah", "AMBER"],
    ]})
    rec = reconcile_files(h, f)
    assert _by_row(rec) == {"Master!3": [("Recommendations!3", "closeable_submit")],
                            "Master!4": [("Recommendations!5", "closeable_local")],
                            "Master!5": [("Recommendations!6", "in_sync")]}   # "All forces"
    assert set(rec.items["hmicfrs_row"].dropna()) == {"Recommendations!3", "Recommendations!5",
                                                      "Recommendations!6"}
    why = dict(zip(rec.hmicfrs.skipped["row_id"], rec.hmicfrs.skipped["reason"], strict=True))
    assert why["Recommendations!2"].startswith("held against Warwickshire Police, not West "
                                               "Mercia Police")
    assert "2 items of other forces left out" in rec.hmicfrs.sheets[0].note


def test_a_web_page_copied_into_excel_one_block_of_rows_per_item(tmp_path):
    """Shropshire FRS's page of HMICFRS findings pasted into a sheet (research notes: heading
    "Cause for Concern", per item its text, "Action Taken:", "Status:"): no header row, one
    block of rows per item. Each block is an item whose provenance is its text row; its
    status is read from "Status: In Progress" or "Status:" | "Complete"; headings, labels and
    titles are explained."""
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Recommendations": [
        LIST_HEADER,
        [15616, FRS_24, datetime(2024, 9, 12), "Area for improvement", CORPORATE_RISK,
         "Being progressed"],
        [15617, FRS_24, datetime(2024, 9, 12), "Area for improvement", RISK_INFO,
         "Being progressed"],
        [15618, FRS_24, datetime(2024, 9, 12), "Area for improvement", DEMAND, "Complete"],
    ]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Sheet1": [
        ["HMICFRS Inspection"],
        ["HMICFRS Inspection 2023-25 – Report published September 2024"],
        [],
        ["Area for Improvement 1"],
        [CORPORATE_RISK.replace("The service should", "The Service Should")],      # row 5
        ["Action Taken:", "Corporate risk register reviewed monthly at Service Leadership Team."],
        ["Status: Complete"],
        [],
        ["Area for Improvement 2"],
        [RISK_INFO],                                                                 # row 10
        ["Action Taken:", "xxx"],
        ["Status:", "In Progress"],
        [],
        ["Area for Improvement\xa03"],
        [DEMAND],                                                                    # row 15
        ["Action Taken:", "Demand modelling built into the CRMP."],
        ["Status: In Progress"],
        [],
        ["Page last updated 14/10/2024"],
    ]})
    rec = reconcile_files(h, f)
    assert _by_row(rec) == {"Sheet1!5": [("Recommendations!2", "closeable_submit")],
                            "Sheet1!10": [("Recommendations!3", "in_sync")],
                            "Sheet1!15": [("Recommendations!4", "closeable_local")]}
    assert rec.force.items["status"].tolist() == ["Complete", "In Progress", "In Progress"]
    why = dict(zip(rec.force.skipped["row"], rec.force.skipped["reason"], strict=True))
    assert sorted(why) == [1, 2, 4, 6, 7, 9, 11, 12, 14, 16, 17, 19]
    assert why[4] == "heading of the item on row 5 (its type and number)"
    assert why[12] == "'status' of the item on row 10: read with it"


def test_a_national_list_is_scoped_by_the_references_a_tracker_quotes(tmp_path):
    """The same national list against a tracker whose title names no force: three of the
    three references it quotes are West Mercia's items, so West Mercia's it is; an "All
    forces" item stays, Warwickshire's are explained."""
    header = ["URN", "Force", "Report", "Published", "Type", "Recommendation", "Status"]
    texts = [SS_2013, ASB, MSHT_INTEL]
    rows = [header]
    for k, text in enumerate(texts):
        rows.append([9100 + k, "Warwickshire Police", EFF17, datetime(2018, 3, 22),
                     "Recommendation", text, "being-progressed"])
        rows.append([9200 + k, "West Mercia Police", EFF17, datetime(2018, 3, 22),
                     "Recommendation", text, "being-progressed"])
    rows.append([9300, "All forces", EFF17, datetime(2018, 3, 22), "Recommendation",
                 CORPORATE_RISK.replace("service", "force"), "being-progressed"])
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Recommendations": rows})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMICFRS tracker"],
        ["HMICFRS ref", "Recommendation", "RAG"],
        *[[f"HMICFRS {9200 + k}", text, "AMBER"] for k, text in enumerate(texts)],
    ]})
    rec = reconcile_files(h, f)
    kept = set(rec.hmicfrs.items["ref"].astype(str))
    assert kept == {"9200", "9201", "9202", "9300"}
    assert "3 of the 3 references it quotes are that force's" in rec.hmicfrs.sheets[0].note


def test_a_word_appendix_pasted_with_texts_cut_over_page_breaks(tmp_path):
    """A committee paper's Word table pasted into Excel: a cell cut by a page break leaves
    the rest of its text on the next row (the report cell merged down beside it), sometimes
    after the repeated title and header of the next page; a bullet may be that rest. The
    rest is the item's text, not an item of its own, and the row says so."""
    stop_search = ("HMICFRS is concerned that forces are not able to demonstrate that the use of "
                   "stop and search powers is reasonable and fair, and are unable to explain "
                   "the disproportionate use of the powers on black and minority ethnic people, "
                   "which many forces are unable to explain.")
    children = ("The force should, in conjunction with children's social care services, review "
                "how it manages the detention of children. As a minimum it should:\n• ensure "
                "that all children are only detained when absolutely necessary;\n• ensure that "
                "custody staff make a record of all actions taken and decisions made on the "
                "relevant documentation.")
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": [
        ["Reference", "Report", "Type", "Recommendation", "Status"],
        [8420, "PEEL: Police legitimacy 2017", "Cause of concern", stop_search, "Being progressed"],
        [9950, "Custody inspection 2020", "Recommendation", children, "Being progressed"],
        [9951, "Custody inspection 2020", "Area for improvement", PERFORMANCE, "Complete"],
    ]})
    cut = stop_search.index("which many")
    bullet = children.index("\n• ensure that custody")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Sheet1": [
        ["Appendix A – HMICFRS recommendations"],
        ["Ref", "Report", "Recommendation / Area for Improvement", "Lead", "RAG", "Update"],
        ["11.1", "PEEL Legitimacy 2017", "Cause of concern: " + stop_search[:cut], "ACC",
         "AMBER", "Quarterly report to the Legitimacy Board"],                          # row 3
        [None, "PEEL Legitimacy 2017", stop_search[cut:]],                             # row 4
        ["16.1", "Custody inspection 2020", children[:bullet], "Ch Insp Custody", "AMBER",
         "Concordat signed with 2 of 3 local authorities"],                             # row 5
        ["Appendix A – HMICFRS recommendations (continued)"],
        ["Ref", "Report", "Recommendation / Area for Improvement", "Lead", "RAG", "Update"],
        [None, "Custody inspection 2020", children[bullet:].strip()],                   # row 8
        ["16.2", "Custody inspection 2020", PERFORMANCE, "Ch Insp Custody", "GREEN",
         "Performance framework in place"],                                             # row 9
    ]})
    side = load_side(f, "force")
    reasons = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert "the rest of the text of the item above, cut by a page break" in reasons[4]
    assert "the rest of the text of the item above" in reasons[8]   # over the next page's header
    texts = side.items.set_index("row")["text"]
    assert texts[3].endswith("which many forces are unable to explain.")
    rec = reconcile_files(h, f)
    got = _by_row(rec)
    assert got["Sheet1!3"] == [("Definitive list!2", "in_sync")]
    assert got["Sheet1!5"] == [("Definitive list!3", "in_sync")]
    assert got["Sheet1!9"] == [("Definitive list!4", "in_sync")]
    assert "Sheet1!4" not in got
