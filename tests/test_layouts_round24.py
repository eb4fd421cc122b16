"""Layouts met in rounds 24 and 25 of cases built by other hands (the tenth session). Each
test failed on the code before it (1932cf1).

Texts are real public HMICFRS texts (Stop and search powers, 2013 and 2015; PEEL 2021/22 and
2023-25 areas for improvement; Open Government Licence); trackers, statuses, owners and
register numbers are invented, the force's own wording written as a force would.
"""

from __future__ import annotations

from datetime import datetime

from builders import (
    BODIES,
    MSHT_INTEL,
    MSHT_NRM,
    PEEL_21,
    SF,
    SF_ITEMS,
    WORKLOAD,
    other_rows,
    others,
    register,
    write_xlsx,
)

from reconcile import reconcile_files

SUPERVISION = ("Within six months, the force should improve the supervision of investigations, "
               "so that investigation plans are set, reviewed and recorded and victims receive "
               "a consistently good service.")
CODE_OF_PRACTICE = ("Chief constables should, in consultation with police and crime "
                    "commissioners, ensure that they comply with the code of practice by "
                    "explaining to the public the way stop and search powers are used in their "
                    "areas and by making arrangements for stop and search records to be "
                    "scrutinised by community representatives.")
SAS13 = "Stop and search powers: are the police using them effectively and fairly?"
SAS15 = "Stop and search powers 2: are the police using them effectively and fairly?"
PEEL21 = "PEEL 2021/22: An inspection of Lincolnshire Police"
PEEL23 = "PEEL 2023-25: An inspection of Lincolnshire Police"


def test_a_plain_verb_for_another_is_the_same_subject(tmp_path):
    """"victims get a consistently good service" for "victims receive …", "re" for "with
    regard to", among a report's other items: the force's wording, not another
    recommendation's subject. Each row pairs with its item, scored as a paraphrase."""
    listed = register(tmp_path / "hmicfrs.xlsx", [
        (16210, PEEL23, datetime(2024, 3, 8), "Recommendation", SUPERVISION),
        (5530, "Targeting the risk", datetime(2015, 9, 15), "National recommendation",
         "Immediately, all chief constables should satisfy themselves that all appropriate "
         "action is being taken by their force with regard to ‘total expired’ licensing "
         "records."),
        *[item[:5] for item in others(PEEL_21, 100, BODIES)]], "Being progressed")
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Report", "Action", "Owner", "RAG"],
        [PEEL23, "Within six months improve supervision of investigations so that "
         "investigation plans are set, reviewed and recorded and victims get a consistently "
         "good service.", "D/Supt Crime", "Amber"],
        ["Targeting the risk", "Satisfy ourselves that all appropriate action is being "
         "taken re 'total expired' licensing records.", "Firearms Licensing Manager",
         "Amber"],
        *[[PEEL_21, row[2], "DCI Ross", "Amber"] for row in other_rows(100, BODIES)]]})
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert str(lines.at["Tracker!2", "hmicfrs_ref"]) == "16210"
    assert lines.at["Tracker!2", "score"] >= 95
    assert str(lines.at["Tracker!3", "hmicfrs_ref"]) == "5530"
    assert (lines.loc[["Tracker!2", "Tracker!3"], "category"] == "in_sync").all()
    assert not lines["flags"].str.contains("different subject").any()


def test_a_reports_number_in_its_series_tells_the_sequel_apart(tmp_path):
    """"Stop and search powers 2" (2015) repeated the 2013 report's recommendation: a row
    filed under "Stop and search powers" is the 2013 item's, one under "... 2" the 2015's,
    though the words fit both alike."""
    listed = register(tmp_path / "hmicfrs.xlsx", [
        (1188, SAS13, datetime(2013, 7, 9), "National recommendation", CODE_OF_PRACTICE),
        (5517, SAS15, datetime(2015, 3, 24), "National recommendation", CODE_OF_PRACTICE)],
        "Being progressed")
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Report", "Recommendation", "Lead", "RAG"],
        ["Stop and search powers 2", CODE_OF_PRACTICE, "Supt Neighbourhoods", "Amber"],
        ["Stop and search powers", CODE_OF_PRACTICE, "Supt Neighbourhoods", "Green"]]})
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert str(lines.at["Tracker!2", "hmicfrs_ref"]) == "5517"
    assert str(lines.at["Tracker!3", "hmicfrs_ref"]) == "1188"
    assert set(lines.loc[["Tracker!2", "Tracker!3"], "category"]) == {
        "in_sync", "closeable_submit"}


def test_one_text_on_adjacent_rows_under_two_reports_is_two_items(tmp_path):
    """The same area for improvement made in PEEL 2021/22 and again in 2023-25, tracked on
    two rows one after the other, the first with no report named: two items, the named row
    its report's and the other the other's, not one item split over a summary carried
    down."""
    afi = ("The force should make sure it has effective governance and scrutiny arrangements "
           "in place to understand how it uses its powers.")
    listed = register(tmp_path / "hmicfrs.xlsx", [
        (12851, PEEL21, datetime(2022, 4, 12), "Area for improvement", afi),
        (15109, PEEL23, datetime(2024, 3, 8), "Area for improvement", afi)], "Being progressed")
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Report", "Area for improvement", "Lead", "Status"],
        [None, afi, "Supt Professional Standards", "Complete"],
        ["PEEL 2023-25", afi, "Supt Professional Standards", "In progress"]]})
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert str(lines.at["Tracker!2", "hmicfrs_ref"]) == "12851"
    assert str(lines.at["Tracker!3", "hmicfrs_ref"]) == "15109"
    assert not lines["flags"].str.contains("split").any()
    assert lines.at["Tracker!2", "category"] == "closeable_submit"


def test_a_link_names_its_report_by_the_pages_path():
    """The address's path names the report, less the site's own sections and upload
    folders; a link to a section, or off the HMICFRS site, names none; a cell whose own
    words say more than "a link" keeps them."""
    from reconcile.load.links import read_link

    site = "https://hmicfrs.justiceinspectorates.gov.uk"
    assert read_link(f"{site}/peel-assessments/peel-2018/lincolnshire/", "View report") == (
        "peel assessments peel 2018 lincolnshire")
    assert read_link("https://www.justiceinspectorates.gov.uk/hmicfrs/wp-content/uploads/"
                     "2022/03/peel-assessment-2021-22-lincolnshire.pdf", "Report (PDF)") == (
        "peel assessment 2021-22 lincolnshire")
    assert read_link(f"{site}/publications/", "Link") is None
    assert read_link("http://intranet.lincs.police.uk/sites/OrgLearning/rural-crime.docx",
                     "Link") is None
    assert read_link(f"{site}/publications/peel-2018/", "PEEL 2018/19") is None
    assert read_link(f"{site}/recommendations/lincolnshire/8411/", "View on HMICFRS") == 8411


def _tables_side_by_side(tmp_path):
    """A list of two Stolen freedom recommendations and three PEEL 2021/22 areas for
    improvement; a tracker sheet with "Recommendations" in A:E and "Areas for improvement" in
    G:J, each with its own title and header on rows 3-4, the AFI table's report given by a
    heading row. One AFI was typed into the recommendations table."""
    afis = [item[:5] for item in others(PEEL_21, 100, BODIES[:3], kind="Area for improvement")]
    listed = register(tmp_path / "hmicfrs.xlsx", [*SF_ITEMS, *afis], "Being progressed")
    blank = [None] * 6
    rows = [
        ["West Mercia Police – HMICFRS recommendations and AFIs"], [],
        ["Recommendations", *[None] * 5, "Areas for improvement"],
        ["HMICFRS Ref", "Report", "Recommendation", "Lead", "RAG", None,
         "AFI No.", "Area for improvement", "Owner", "Status"],
        [8411, SF, MSHT_INTEL, "DI Ford", "Green", None, "PEEL 2021/22"],
        [8413, SF, MSHT_NRM, "DI Ford", "Amber", None,
         "AFI 1", afis[0][4], "Supt Response", "Complete"],
        [None, PEEL_21, afis[2][4], "Supt Crime", "Amber", None,
         "AFI 2", afis[1][4], "Supt Crime", "In progress"],
        [*blank, "Key: Complete = signed off by the Force Assurance Board"]]
    return listed, write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": rows})


def test_two_tables_side_by_side_are_each_read_with_their_own_columns(tmp_path):
    """Each table read on its own: the AFIs beside the recommendations are items, named by
    their cell ('Tracker!H6'), not columns of the row; the title above each table types its
    rows, so the AFI written in the recommendations table is a type conflict."""
    listed, tracker = _tables_side_by_side(tmp_path)
    result = reconcile_files(listed, tracker)
    lines = result.items.set_index("force_row")
    assert result.f["row_id"].is_unique
    assert [str(lines.at[r, "hmicfrs_ref"]) for r in ("Tracker!5", "Tracker!6")] == [
        "8411", "8413"]
    assert [str(lines.at[r, "hmicfrs_ref"]) for r in ("Tracker!G6", "Tracker!G7")] == [
        "100", "101"]
    assert lines.at["Tracker!G6", "category"] == "closeable_submit"
    assert str(lines.at["Tracker!7", "hmicfrs_ref"]) == "102"
    assert lines.at["Tracker!7", "category"] == "conflict"
    assert "type differs" in lines.at["Tracker!7", "flags"]
    skipped = set(result.force.skipped["row_id"])
    assert {"Tracker!G5", "Tracker!G8"} <= skipped          # its report heading, its key


def test_evaluate_names_a_cell_id_by_its_row_as_truth_files_do(tmp_path):
    """Truth files name rows 'Sheet!Row'; a row of a table beside another, named by its cell
    ('Tracker!G6'), is scored against 'Tracker!6'."""
    from reconcile.evaluate import evaluate_case

    _tables_side_by_side(tmp_path)
    (tmp_path / "truth.csv").write_text(
        "hmicfrs_row,force_row,category\n"
        "Recommendations!2,Tracker!5,closeable_submit\nRecommendations!3,Tracker!6,in_sync\n"
        "Recommendations!4,Tracker!6,closeable_submit\nRecommendations!5,Tracker!7,in_sync\n"
        "Recommendations!6,Tracker!7,conflict\n", encoding="utf-8")
    ours, _ = evaluate_case(tmp_path)
    assert (ours.precision, ours.recall) == (1.0, 1.0)
    assert ours.category_accuracy == 1.0


def test_an_action_logs_label_names_the_report_of_its_row(tmp_path):
    """A board's action log with no report column, its HMICFRS actions labelled ("HMICFRS
    PEEL 2021/22 AFI – …", "PEEL 2018/19 (HMICFRS) – Rec 2: …"): the label is the row's
    report, which tells one recommendation made in two years apart, and no part of the words
    compared; the board's other actions are rows of their own."""
    from builders import MSHT_INTEL, PEEL19

    listed = register(tmp_path / "hmicfrs.xlsx", [
        *SF_ITEMS,
        (10810, PEEL19, datetime(2019, 5, 2), "Recommendation", WORKLOAD),
        (12847, PEEL_21, datetime(2022, 4, 12), "Area for improvement", WORKLOAD)],
        "Being progressed")
    action = WORKLOAD.split("immediately: ", 1)[1]
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Action Log": [
        ["Action No.", "Date raised", "Meeting", "Action", "Owner", "Status"],
        ["2022/014", datetime(2022, 5, 10), "Force Assurance Board",
         f"HMICFRS PEEL 2021/22 AFI – {action}", "ACC Crime", "Open"],
        ["2019/031", datetime(2019, 6, 4), "Strategic Governance Board",
         f"PEEL 2018/19 (HMICFRS) – Rec 2: {action}", "ACC Crime", "Closed"],
        ["2017/052", datetime(2017, 11, 7), "Strategic Governance Board",
         f"Stolen freedom (HMICFRS, Oct 2017) – Rec 1: {MSHT_INTEL}", "DI Ford", "Open"],
        ["2022/015", datetime(2022, 5, 10), "Force Assurance Board",
         "Finance to present the revised medium-term financial plan to the next board",
         "Director of Finance", "Open"]]})
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert str(lines.at["Action Log!2", "hmicfrs_ref"]) == "12847"
    assert str(lines.at["Action Log!3", "hmicfrs_ref"]) == "10810"
    assert str(lines.at["Action Log!4", "hmicfrs_ref"]) == "8411"
    assert lines.at["Action Log!4", "force_report"] == "Stolen freedom Oct 2017"
    assert lines.loc[["Action Log!2", "Action Log!3", "Action Log!4"], "score"].min() >= 95
    assert lines.at["Action Log!5", "category"] == "not_on_hmicfrs_list"
    assert not lines["flags"].str.contains("report differs").any()


def test_a_reports_name_with_a_dash_keeps_its_series_and_year():
    """A label is taken off an item's words, never off a report's name: "PEEL 2021/22 –
    Police effectiveness, efficiency and legitimacy" is PEEL 2021's."""
    from reconcile.normalise import report_key

    assert report_key("PEEL 2021/22 – Police effectiveness, efficiency and legitimacy: An "
                      "inspection of Lincolnshire Police").startswith("peel 2021")


def _ticked_tracker(path, header, marks):
    """A tracker of four rows whose "Complete?" cells hold `marks`: (value, font) pairs."""
    from builders import FIREARMS, MSHT_INTEL, MSHT_NRM, PEEL19
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Force recs"
    ws.append(header)
    rows = [(8411, SF, MSHT_INTEL), (8413, SF, MSHT_NRM), (5531, "Targeting the risk", FIREARMS),
            (10810, PEEL19, WORKLOAD)]
    for r, ((ref, report, text), (mark, font)) in enumerate(zip(rows, marks, strict=True),
                                                             start=2):
        ws.append([ref, report, text, "Green", mark][:len(header)] if "RAG" in header
                  else [ref, report, text, mark])
        if font:
            ws.cell(r, len(header)).font = Font(name=font)
    wb.save(path)
    return path


def test_a_tick_column_beside_the_rag_says_what_is_signed_off(tmp_path):
    """"Complete?" holds ticks drawn in Wingdings ("ü"), Wingdings 2 ("P") or typed (✓), a
    cross ("û") or nothing, beside a RAG that is Green on every row: the tick decides (Green
    is on track, not signed off), the RAG's word kept beside it."""
    from builders import FIREARMS

    listed = register(tmp_path / "hmicfrs.xlsx", [
        *SF_ITEMS, (5531, "Targeting the risk", datetime(2015, 9, 15),
                    "National recommendation", FIREARMS),
        (10810, "PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
         datetime(2019, 5, 2), "Recommendation", WORKLOAD)], "Being progressed")
    tracker = _ticked_tracker(tmp_path / "tracker.xlsx",
                              ["HMICFRS ref", "Report", "Recommendation", "RAG", "Complete?"],
                              [("ü", "Wingdings"), ("P", "Wingdings 2"), ("û", "Wingdings"),
                               (None, None)])
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert list(lines.loc[[f"Force recs!{r}" for r in range(2, 6)], "category"]) == [
        "closeable_submit", "closeable_submit", "in_sync", "in_sync"]
    assert lines.at["Force recs!2", "force_status"] == "Closed (✓; Green)"
    assert lines.at["Force recs!5", "force_status"] == "Open (no tick; Green)"


def test_a_wingdings_tick_is_a_tick_where_no_status_column_is(tmp_path):
    """With no status column, "Complete?" decides as before; a Wingdings "ü" is its tick and
    "û" its cross, beside a tick typed as ✓."""
    from builders import FIREARMS

    listed = register(tmp_path / "hmicfrs.xlsx", [
        *SF_ITEMS, (5531, "Targeting the risk", datetime(2015, 9, 15),
                    "National recommendation", FIREARMS),
        (10810, "PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
         datetime(2019, 5, 2), "Recommendation", WORKLOAD)], "Being progressed")
    header = ["HMICFRS ref", "Report", "Recommendation", "Complete?"]
    tracker = _ticked_tracker(tmp_path / "tracker.xlsx", header,
                              [("ü", "Wingdings"), ("ü", "Wingdings"), ("û", "Wingdings"),
                               ("✓", None)])
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert list(lines.loc[[f"Force recs!{r}" for r in range(2, 6)], "category"]) == [
        "closeable_submit", "closeable_submit", "in_sync", "closeable_submit"]


SUCCESSION = ("By 1 June 2023, chief fire officers should, as a priority, specify in succession "
              "plans how they intend to improve diversity across all levels of the service. "
              "This should include offering increased direct-entry opportunities.")
CULTURES = ("By 1 October 2023, chief fire officers should put plans in place to monitor, "
            "including through the gathering and analysis of staff feedback, watch and team "
            "cultures and provide prompt remedial action for any issues they identify.")
RISK_INFO = ("The service should make sure its firefighters and fire control staff have good "
             "access to relevant and up-to-date risk information.")


def test_a_reports_initials_are_its_name(tmp_path):
    """A PFCC's tracker writes "V&C spotlight" for "Values and culture in fire and rescue
    services" and "EEP 21/22" for "Effectiveness, efficiency and people 2021/22": the
    initials of the list's words, not another report."""
    vc = "Values and culture in fire and rescue services"
    listed = register(tmp_path / "hmicfrs.xlsx", [
        (20101, vc, datetime(2023, 3, 30), "National recommendation", SUCCESSION),
        (20104, vc, datetime(2023, 3, 30), "National recommendation", CULTURES),
        (19012, "Effectiveness, efficiency and people 2021/22: Northamptonshire Fire and Rescue "
                "Service", datetime(2022, 7, 27), "Area for improvement", RISK_INFO)],
        "Being progressed")
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Joint tracker": [
        ["Service", "Report", "Recommendation / AFI", "Lead", "Status"],
        ["Fire", "V&C spotlight", SUCCESSION, "Head of HR", "Completed"],
        ["Fire", "V&C spotlight", CULTURES, "Head of HR", "Open - on track"],
        ["Fire", "EEP 21/22", RISK_INFO, "Head of Protection", "Completed"]]})
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert list(lines.loc[[f"Joint tracker!{r}" for r in (2, 3, 4)], "category"]) == [
        "closeable_submit", "in_sync", "closeable_submit"]
    assert not lines["flags"].str.contains("report differs").any()


def test_a_fire_inspection_of_the_same_year_is_not_peel(tmp_path):
    """One PFCC's list holds a PEEL 2021/22 area for improvement and the fire service's
    "Effectiveness, efficiency and people 2021/22" one in the same words but "force" /
    "service"; the tracker's fire section has the row (its stem dropped): the fire item's,
    PEEL's pillars not being the fire inspection's."""
    police = ("The force should review how it gathers and uses equality and diversity data "
              "to improve its understanding of its workforce.")
    fire = police.replace("The force", "The service")
    listed = register(tmp_path / "hmicfrs.xlsx", [
        (13270, "PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
         datetime(2022, 6, 9), "Area for improvement", police),
        (13550, "Effectiveness, efficiency and people 2021/22: Northamptonshire Fire and Rescue "
                "Service", datetime(2022, 7, 27), "Area for improvement", fire)],
        "Being progressed")
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Joint tracker": [
        ["No.", "Recommendation / AFI", "Lead", "Status"],
        ["Effectiveness, efficiency and people 2021/22"],
        ["F11", "Review how it gathers and uses equality and diversity data to improve its "
         "understanding of its workforce.", "Head of People (NFRS)", "Open - on track"]]})
    lines = reconcile_files(listed, tracker).items
    row = lines[lines["force_row"] == "Joint tracker!3"].iloc[0]
    assert str(row["hmicfrs_ref"]) == "13550"
    assert row["category"] == "in_sync"
    missing = lines[lines["hmicfrs_ref"].astype(str) == "13270"].iloc[0]
    assert missing["category"] == "missing_from_force"


def test_a_row_copying_all_bullets_but_one_is_a_conflict(tmp_path):
    """One row holding the recommendation's stem and three of its four bullets: the fourth
    is not done, whatever the row's status (a conflict naming it, never closeable); a row
    cut short ("… allocated appropriate resources…") lost its last bullets to the cut, and a
    row in the force's own words lists none."""
    from builders import LEADERSHIP, MSHT_INTEL

    listed = register(tmp_path / "hmicfrs.xlsx", [
        (8412, SF, datetime(2017, 10, 24), "National recommendation", LEADERSHIP),
        *SF_ITEMS], "Being progressed")
    three = LEADERSHIP.rsplit("\n", 1)[0].rstrip(" and;") + "."
    cut = LEADERSHIP.split("resources", 1)[0] + "resources…"
    own = "Review MSHT leadership and governance (Gold group, partnership board, QA)."

    def lines_with(text: str, name: str):
        tracker = write_xlsx(tmp_path / name, {"Tracker": [
            ["HMICFRS Ref", "Report", "Recommendation", "Lead", "RAG"],
            [8412, SF, text, "DCI Ross", "Green"],
            [8411, SF, MSHT_INTEL, "DI Ford", "Green"],
            [8413, SF, own, "DI Ford", "Green"]]})
        return reconcile_files(listed, tracker).items.set_index("force_row")

    dropped = lines_with(three, "three.xlsx")
    assert dropped.at["Tracker!2", "category"] == "conflict"
    assert "bullet (d): 'performance and quality assurance" in dropped.at["Tracker!2", "flags"]
    assert dropped.at["Tracker!4", "category"] == "closeable_submit"
    assert lines_with(cut, "cut.xlsx").at["Tracker!2", "category"] == "closeable_submit"


def test_a_lists_afi_sheet_names_its_reference_afi_id(tmp_path):
    """The definitive list's "Areas for improvement" sheet heads its reference "AFI ID": the
    force's action rows carrying it pair on it, in words of their own; "Submitted to
    HMICFRS" is the force's done."""
    afi = ("The force should make sure it has enough specialist capacity and capability to "
           "investigate online child sexual abuse.")
    listed = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Areas for improvement": [
        ["AFI ID", "Report title", "Date published", "Area for improvement", "Status"],
        [11208, PEEL_21, datetime(2022, 4, 12), afi, "Open – being progressed"],
        [11206, PEEL_21, datetime(2022, 4, 12), BODIES[0], "Open – being progressed"]]})
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMICFRS ref", "Action", "Lead", "Status"],
        [11208, "Action 1: Business case for two additional POLIT investigators approved",
         "D/Supt PVP", "Submitted to HMICFRS"],
        [11208, "Action 2: Review of POLIT backlog and triage of KIRAT referrals",
         "D/Supt PVP", "Submitted to HMICFRS"]]})
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert [str(lines.at[r, "hmicfrs_ref"]) for r in ("Tracker!2", "Tracker!3")] == [
        "11208", "11208"]
    assert set(lines.loc[["Tracker!2", "Tracker!3"], "category"]) == {"closeable_submit"}


def test_a_rows_fill_gives_its_type_as_the_key_says(tmp_path):
    """No type column: "Key: Blue rows – areas for improvement; white – recommendations; pink
    – causes of concern", each item's row shaded to match (an action row under a merged text
    shaded from its first cell). A white row holding an HMICFRS area for improvement is a
    type conflict; the closed sheet, with no key of its own, follows the live one's."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    blue = PatternFill("solid", fgColor="BDD7EE")
    afis = [item[:5] for item in others(PEEL_21, 100, BODIES[:3], kind="Area for improvement")]
    listed = register(tmp_path / "hmicfrs.xlsx", [*SF_ITEMS, *afis], "Being progressed")
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws.append(["Key: Blue rows – areas for improvement; white – recommendations; pink – causes "
               "of concern"])
    ws.append(["No.", "HMICFRS Ref", "Recommendation / AFI", "Lead", "RAG"])
    ws.append(["1", 8411, MSHT_INTEL, "DI Ford", "AMBER"])                 # 3: white
    ws.append(["2", 100, afis[0][4], "Supt Response", "AMBER"])             # 4: blue
    ws.append(["3", 101, afis[1][4], "Supt Crime", "AMBER"])                # 5: white: conflict
    for c in range(1, 5):
        ws.cell(4, c).fill = blue
    closed = wb.create_sheet("Closed")
    closed.append(["No.", "HMICFRS Ref", "Recommendation / AFI", "Lead", "RAG"])
    closed.append(["4", 102, afis[2][4], "Supt Crime", "GREEN"])           # 2: blue
    closed.append(["5", 8413, MSHT_NRM, "DI Ford", "GREEN"])               # 3: white
    for c in range(1, 5):
        closed.cell(2, c).fill = blue
    tracker = tmp_path / "tracker.xlsx"
    wb.save(tracker)
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert lines.at["Tracker!3", "category"] == "in_sync"
    assert lines.at["Tracker!4", "category"] == "in_sync"
    assert lines.at["Tracker!5", "category"] == "conflict"
    assert "type differs" in lines.at["Tracker!5", "flags"]
    assert lines.at["Closed!2", "category"] == "closeable_submit"
    assert lines.at["Closed!3", "category"] == "closeable_submit"
    assert lines.at["Closed!2", "force_type"] == "area for improvement"


def test_a_check_boxs_linked_cell_decides_beside_a_stale_rag(tmp_path):
    """Check boxes linked to a hidden "Complete" column: TRUE is done though the RAG is still
    Amber, FALSE open though it is Green; a row with no box (its linked cell empty) keeps
    its RAG."""
    from builders import FIREARMS
    from openpyxl import Workbook

    listed = register(tmp_path / "hmicfrs.xlsx", [
        *SF_ITEMS, (5531, "Targeting the risk", datetime(2015, 9, 15),
                    "National recommendation", FIREARMS),
        (10810, "PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
         datetime(2019, 5, 2), "Recommendation", WORKLOAD)], "Being progressed")
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws.append(["HMICFRS ref", "Recommendation", "RAG", "Complete"])
    ws.append([8411, MSHT_INTEL, "Amber", True])
    ws.append([8413, MSHT_NRM, "Green", False])
    ws.append([5531, FIREARMS, "Amber", True])
    ws.append([10810, WORKLOAD, "Green", None])
    ws.column_dimensions["D"].hidden = True
    tracker = tmp_path / "tracker.xlsx"
    wb.save(tracker)
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert list(lines.loc[[f"Tracker!{r}" for r in range(2, 6)], "category"]) == [
        "closeable_submit", "in_sync", "closeable_submit", "closeable_submit"]
    assert lines.at["Tracker!3", "force_status"] == "Open (no tick; Green)"


def test_a_text_linked_to_its_register_page_keeps_its_words(tmp_path):
    """The recommendation's own text hyperlinked to its page on the register: the words stay
    (the link gives a reference only to a cell that says no more than a reference)."""
    from openpyxl import Workbook

    listed = register(tmp_path / "hmicfrs.xlsx", SF_ITEMS, "Being progressed")
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws.append(["Report", "Recommendation", "Lead", "RAG"])
    ws.append([SF, MSHT_INTEL, "DI Ford", "Green"])
    ws.cell(2, 2).hyperlink = ("https://hmicfrs.justiceinspectorates.gov.uk/recommendations/"
                               "west-mercia/8411/")
    tracker = tmp_path / "tracker.xlsx"
    wb.save(tracker)
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert lines.at["Tracker!2", "force_text"] == MSHT_INTEL
    assert str(lines.at["Tracker!2", "hmicfrs_ref"]) == "8411"


def test_a_rag_key_naming_a_type_types_no_row():
    """"Red – recommendation overdue; Blue – area for improvement closed" grades rows, it does
    not type them: no key of types is read from it."""
    from reconcile.load.grid import Grid
    from reconcile.load.typefill import type_key

    grid = Grid("Tracker", [["Key: Red – recommendation overdue; Blue – area for improvement "
                             "closed; Green – on track"]])
    assert type_key({"Tracker": grid}, [{"sheet": "Tracker", "row": 1}]) == {}
    grid.rows[0][0] = "Key: Blue rows – areas for improvement; white – recommendations"
    assert type_key({"Tracker": grid}, [{"sheet": "Tracker", "row": 1}]) == {
        "blue": "area for improvement", "white": "recommendation"}
