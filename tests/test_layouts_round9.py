"""Layouts met in the ninth round of cases built by other hands: a risk system's CSV export
(an "Action Title" beside a description often left blank) and an improvement plan written as
a numbered outline ("1" a report, "1.1" an item, "1.1.1" an action, item rows shaded as a
band). Each test failed on the code before it.

Texts are real public HMICFRS texts (Stolen freedom, 2017; Targeting the risk, 2015; PEEL
2021/22; Open Government Licence); plans, statuses, owners and numbers are invented.
"""

from __future__ import annotations

from datetime import datetime

from builders import FIREARMS, LEADERSHIP, MSHT_INTEL, MSHT_NRM, SF, write_xlsx

from reconcile import reconcile_files
from reconcile.load import load_side

FRAUD = "The force should improve its understanding of the nature and scale of fraud in its area."
PEEL21 = "PEEL: Police effectiveness, efficiency and legitimacy 2021/22"
TTR = "Targeting the risk"


def _list(path):
    return write_xlsx(path, {"Definitive list": [
        ["Reference", "Report title", "Publication date", "Type", "Recommendation", "Status"],
        [7001, SF, datetime(2017, 10, 24), "National recommendation", MSHT_INTEL,
         "Being progressed"],
        [7002, SF, datetime(2017, 10, 24), "National recommendation", MSHT_NRM, "Complete"],
        [7003, SF, datetime(2017, 10, 24), "National recommendation", LEADERSHIP,
         "Being progressed"],
        [5531, TTR, datetime(2015, 9, 15), "National recommendation", FIREARMS,
         "Being progressed"],
        [14620, PEEL21, datetime(2022, 5, 20), "Area for improvement", FRAUD,
         "Being progressed"],
    ]})


def test_a_risk_system_action_with_a_title_and_no_description(tmp_path):
    """An action-management export: "Action Title" is a short title, "Action Description" the
    text, sometimes left blank. A blank description takes the title, not the text of the
    action above (the export's rows are not an item's actions)."""
    h = _list(tmp_path / "hmicfrs.xlsx")
    f = tmp_path / "tracker.csv"
    f.write_text(
        "\ufeffAction Ref,Action Title,Action Description,Source,Action Status,% Complete,"
        "Responsible Officer\r\n"
        f'ACT-004512,SF rec 3 - information sharing,"{MSHT_INTEL}",HMICFRS - Stolen freedom,'
        "Completed,100,DI Ford\r\n"
        f'ACT-004517,"HMICFRS 5531 - {FIREARMS}",,HMICFRS - Targeting the risk,In Progress,'
        "40,Supt Firearms\r\n"
        f'ACT-004520,PEEL21 AFI1 - fraud,"{FRAUD}",HMICFRS - PEEL 2021/22,In Progress,20,'
        "DCI Shah\r\n", encoding="utf-8")
    items = load_side(f, "force").items.set_index("row_id")
    assert items.loc["tracker.csv!3", "text"].endswith(FIREARMS)
    lines = reconcile_files(h, f).items.set_index("force_row")
    assert lines.loc["tracker.csv!3", "hmicfrs_row"] == "Definitive list!5"
    assert lines.loc["tracker.csv!3", "category"] == "in_sync"
    assert lines.loc["tracker.csv!2", "category"] == "closeable_submit"


def _outline(path, band: str | None = "DCE6F1"):
    """A plan numbered as an outline, item rows shaded as a band (light blue)."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    rows = [
        ["Cumbria Constabulary – HMICFRS improvement plan"], [],
        ["No.", "Recommendation / Action", "Lead", "Due date", "Status"],
        ["1", "Stolen Freedom (October 2017)"],                                            # 4
        ["1.1", MSHT_INTEL, "DCI Shah"],                                                   # 5
        ["1.1.1", "Information-sharing agreement with the county council", "DI Ford",
         "31/03/2018", "Complete"],                                                        # 6
        ["1.1.2", "Information-sharing agreement with the NHS trust", "DI Ford",
         "30/06/2018", "In progress"],                                                     # 7
        ["1.2", MSHT_NRM, "DI Ford", "31/12/2018", "Complete"],                            # 8
        ["2", "Targeting the Risk (Firearms Licensing) 2015"],                             # 9
        ["2.1", FIREARMS, "Supt Firearms"],                                                # 10
        ["2.1.1", "Review of temporary permits against Home Office guidance", "FLM",
         "31/12/2015", "Complete"],                                                        # 11
        ["2.1.2", "NFLMS records updated", "FLM", "31/03/2016", "Complete"],               # 12
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    for row in rows:
        ws.append(row)
    if band:
        for r in (5, 10):
            for c in range(1, 6):
                ws.cell(r, c).fill = PatternFill("solid", fgColor=band)
    wb.save(path)
    return path


def test_a_plan_numbered_as_an_outline(tmp_path):
    """"1" over "1.1" is a report heading (its words name the report, whatever they are); an
    action "1.1.2" is one more action of item "1.1", the item done only when every action
    is; the item row's blue band is its style, not a grade."""
    h = _list(tmp_path / "hmicfrs.xlsx")
    f = _outline(tmp_path / "tracker.xlsx")
    side = load_side(f, "force")
    assert "numbered as an outline" in side.sheets[0].note
    assert "cell colour" not in " ".join(side.items["status"].dropna())
    heads = side.skipped[side.skipped["reason"].str.contains("outline")]
    assert set(heads["row"]) == {4, 9}
    lines = reconcile_files(h, f).items
    by_row = lines.set_index("force_row")
    assert set(lines.loc[lines["hmicfrs_row"] == "Definitive list!2", "force_row"]) == {
        "Improvement Plan!5", "Improvement Plan!6", "Improvement Plan!7"}
    assert by_row.loc["Improvement Plan!6", "category"] == "in_sync"     # one action open
    assert by_row.loc["Improvement Plan!8", "category"] == "in_sync"     # both closed
    assert by_row.loc["Improvement Plan!11", "hmicfrs_row"] == "Definitive list!5"
    assert by_row.loc["Improvement Plan!11", "category"] == "closeable_submit"
    assert "report differs" not in " ".join(lines["flags"].dropna())


def test_an_items_actions_carrying_its_text_miss_no_bullet_a_summary_leaves_out(tmp_path):
    """Rows that all hold one text are one item's actions: a missing bullet is read from that
    text only when it lists bullets and is not cut short; "Within twelve months, review
    leadership and governance of MSHT…" over three actions is the item, not three bullets
    of it."""
    h = _list(tmp_path / "hmicfrs.xlsx")
    summary = ("Within twelve months, forces should review their leadership and governance "
               "arrangements for modern slavery and human trafficking, to ensure that: • senior "
               "leaders prioritise the response to modern slavery and human trafficking; • every "
               "incident of modern slavery identified to police is allocated…")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Plan": [
        ["Ref", "Recommendation", "Action", "Owner", "Status"],
        ["SF1.1", summary, "MSHT governance board set up", "ACC Crime", "Complete"],
        ["SF1.2", summary, "MSHT crimes allocated to CID", "ACC Crime", "Complete"],
        ["SF1.3", summary, "Partnership and QA framework", "ACC Crime", "Complete"],
        ["SF3", MSHT_INTEL, "ISAs signed", "DI Ford", "Complete"],
    ]})
    lines = reconcile_files(h, f).items
    mine = lines[lines["hmicfrs_row"] == "Definitive list!4"]
    assert set(mine["category"]) == {"closeable_submit"}
    assert "no row for bullet" not in " ".join(mine["flags"].dropna())


def test_a_tracker_kept_one_row_per_report_its_items_a_numbered_list(tmp_path):
    """One row per report, its items a numbered list in one cell: each entry is paired with
    its item (the row a line of each), its own "(complete)" / "(ongoing)" note its status
    (else the row's), its own timescale compared; an item of the report the cell leaves out
    is missing."""
    h = _list(tmp_path / "hmicfrs.xlsx")
    twelve = MSHT_INTEL.replace("Within six months", "Within twelve months")
    cell = ("1. " + twelve + " (complete)\n2. " + MSHT_NRM + " (ongoing)")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["No.", "Inspection", "Published", "Recommendations / AFIs", "Lead", "Status"],
        [1, "Stolen Freedom", "Oct 2017", cell, "DI Ford", "Partially complete"],        # 2
        [2, "PEEL 2021/22", "May 2022", "1. " + FRAUD + "\n2. The force should improve "
         "how it supervises investigations of rape and serious sexual offences.",
         "DCI Shah", "Complete"],                                                          # 3
    ]})
    lines = reconcile_files(h, f).items
    row2 = lines[lines["force_row"] == "Tracker!2"].set_index("hmicfrs_row")
    assert set(row2.index) == {"Definitive list!2", "Definitive list!3"}
    assert row2.loc["Definitive list!2", "category"] == "conflict"       # six vs twelve months
    assert "timescale" in row2.loc["Definitive list!2", "flags"]
    assert row2.loc["Definitive list!3", "category"] == "closeable_local"  # its own "(ongoing)"
    assert (lines.set_index("hmicfrs_row").loc["Definitive list!4", "category"]
            == "missing_from_force")
    fraud = lines.set_index("hmicfrs_row").loc["Definitive list!6"]
    assert fraud["force_row"] == "Tracker!3"
    assert fraud["category"] == "closeable_submit"


def test_an_items_own_numbered_points_stay_one_text():
    """Words before the list make it one item's points, not a list of items."""
    from reconcile.normalise.entries import list_entries

    assert list_entries("Within six months, forces should:\n1. review their use of "
                        "preventative powers under the Act;\n2. make sure every victim is "
                        "referred to the NRM without delay.") == []
    assert list_entries("1. Review the policy now\n2. Publish it") == []       # too short
    assert [note for _, note in list_entries(
        "1. The force should improve how it supervises investigations (complete)\n"
        "2. The force should improve its understanding of fraud in its area (ongoing - "
        "annual)")] == ["Complete", "Ongoing"]


def _pdf_rows(slide_from: int | None) -> list[list]:
    """A committee appendix converted from PDF: a header, two items each wrapped over two
    rows; with `slide_from` every data cell from that column on sits one cell right."""
    head = ["HMICFRS Ref", "Report", "Type", "Recommendation", "Lead", "RAG", "Progress update"]
    data = [
        [7001, "Stolen freedom", "Nat Rec", MSHT_INTEL[:60], "DI Ford", "AMBER",
         "ISAs with two of three"],
        [None, "2017", None, MSHT_INTEL[60:], None, None, "councils signed."],
        [7002, "Stolen freedom", "Nat Rec", MSHT_NRM[:60], "DI Ford", "GREEN",
         "Training delivered;"],
        [None, "2017", None, MSHT_NRM[60:], None, None, "evidence submitted."],
    ]
    if slide_from is not None:
        data = [[*row[:slide_from], None, *row[slide_from:]] for row in data]
    return [head, *data]


def test_a_pdf_page_slid_a_cell_to_the_right_is_read_back(tmp_path):
    """A PDF conversion slid a page's data cells one cell right (a phantom column before the
    text, or the RAG under "Progress update" and the update past the last heading): the rows
    are read one cell to the left, so their wrapped lines join their items."""
    h = _list(tmp_path / "hmicfrs.xlsx")
    for slide in (3, 5):
        rows = _pdf_rows(None) + _pdf_rows(slide)[1:]
        rows[5][0], rows[7][0] = 7003, 14620            # the second page: two other items
        rows[7][1], rows[8][1] = "PEEL 2021/22", None
        rows[7][2] = "AFI"                   # PEEL 2021/22's fraud AFI ("Nat Rec" conflicts)
        rows[5][3 + (slide <= 3)] = LEADERSHIP[:60]
        rows[6][3 + (slide <= 3)] = LEADERSHIP[60:120]
        rows[7][3 + (slide <= 3)] = FRAUD[:40]
        rows[8][3 + (slide <= 3)] = FRAUD[40:]
        f = write_xlsx(tmp_path / f"tracker{slide}.xlsx", {"Table 1": rows})
        side = load_side(f, "force")
        assert "read one cell to the left" in side.sheets[0].note, slide
        assert len(side.items) == 4, slide
        status = side.items.set_index("row")["status"]
        assert status[6] == "AMBER" and status[8] == "GREEN", slide
        lines = reconcile_files(h, f).items.set_index("force_row")
        assert lines.loc["Table 1!6", "hmicfrs_row"] == "Definitive list!4", slide
        assert lines.loc["Table 1!8", "category"] == "closeable_submit", slide


def test_notes_kept_in_a_column_with_no_heading_stay_where_they_are(tmp_path):
    """A tracker that writes notes past its last heading on most rows was not slid."""
    rows = _pdf_rows(None)
    for row in rows[1:]:
        row.append("see minutes")
    rows[1][5] = None                                  # a blank RAG: nothing to fill from
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Table 1": rows})
    side = load_side(f, "force")
    assert "read one cell to the left" not in side.sheets[0].note


def _log(path, dated: bool = True):
    """A tracker kept as a log: one row per update under the item's id, "As above" for the
    text after the first; with `dated` False the rows are an item's actions instead."""
    rows = [["Item ID", "HMICFRS ref", "Report", "Recommendation", "Update date", "Update",
             "RAG at this update"],
            ["REC-001", 7001, SF, MSHT_INTEL, "21/08/2018", "ISAs drafted", "AMBER"],      # 2
            ["REC-001", None, SF, "As above", "12/11/2018", "ISAs signed", "GREEN"],       # 3
            ["REC-002", 7002, SF, MSHT_NRM, "14/08/2018", "Training planned", "RED"],      # 4
            ["REC-002", None, SF, "as above", "29/11/2019", "Training under way", "AMBER"],
            ["REC-002", None, SF, None, "08/07/2020", "Training delivered", "GREEN"],       # 6
            ["REC-003", 14620, "PEEL 2021/22", FRAUD, "01/06/2022", "Profile commissioned",
             "AMBER"]]                                                                     # 7
    if not dated:
        for row in rows[1:]:
            row[4] = "31/03/2025"
    return write_xlsx(path, {"Update log": rows})


def test_a_tracker_kept_as_a_log_of_updates(tmp_path):
    """One row per update under the item's id, dated one after another: the first row is the
    item, its latest row's RAG its status (REC-001 GREEN, REC-002 GREEN after RED and AMBER);
    the other rows are its history, explained."""
    h = _list(tmp_path / "hmicfrs.xlsx")
    f = _log(tmp_path / "tracker.xlsx")
    side = load_side(f, "force")
    assert list(side.items["row"]) == [2, 4, 7]
    assert "kept as a log" in side.sheets[0].note
    assert set(side.skipped["row"]) >= {3, 5, 6}
    lines = reconcile_files(h, f).items.set_index("force_row")
    assert lines.loc["Update log!2", "category"] == "closeable_submit"
    assert lines.loc["Update log!4", "category"] == "in_sync"        # HMICFRS complete, GREEN


def test_an_items_actions_under_one_id_are_not_a_log(tmp_path):
    """The same id on rows that are not dated one after another: its actions, each with a
    status of its own, not updates."""
    f = _log(tmp_path / "tracker.xlsx", dated=False)
    side = load_side(f, "force")
    assert "kept as a log" not in side.sheets[0].note
    assert len(side.items) == 6
