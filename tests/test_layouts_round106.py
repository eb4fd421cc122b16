"""Layouts met in round 106 of other hands' cases (tests/eval/other_hands): a force's tracker
kept in FileMaker Pro and exported as Merge (a repeating RAG field, FileMaker's line breaks, a
duplicated record never filled in, a test record, a note record, a wording abridged on
purpose), a tracker whose own key calls Green done beside a Status that follows the closure
(with a lookups sheet listing the two drop-downs side by side), and a definitive list sent in
an email with the force's queries typed under it. Each test fails on 926f562.

Texts are real public HMICFRS texts (Open Government Licence); trackers and owners are invented.
"""

from __future__ import annotations

from datetime import datetime

from builders import write_xlsx

from reconcile import reconcile_files
from reconcile.casegen.texts.national import NATIONAL
from reconcile.load import load_side
from reconcile.load.blocks import legend_entries
from reconcile.load.grid import Grid

SAS13, SAS13_DATE, SAS13_ITEMS = NATIONAL["sas13"]
DA, DA_DATE, DA_ITEMS = NATIONAL["everyone"]
SF, SF_DATE, SF_ITEMS = NATIONAL["stolen"]
FA, FA_DATE, FA_ITEMS = NATIONAL["firearms"]
DUP, DUP_DATE, DUP_ITEMS = NATIONAL["powers"]
LEG, LEG_DATE, LEG_ITEMS = NATIONAL["leg17"]


def _got(rec):
    return {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}


def _list(path, items, status_of):
    rows = [["ID", "Report title", "Publication date", "Type", "Recommendation", "Status"]]
    for ref, (report, date, (kind, text)) in items.items():
        rows.append([ref, report, datetime(*date), kind, text, status_of[ref]])
    return write_xlsx(path, {"Definitive list": rows})


# --- FileMaker Pro: a Merge export --------------------------------------------------------

GS, VT = "\x1d", "\x0b"      # FileMaker's repetition separator and its line break in a field
DA_CUT = (DA_ITEMS[0][1].split("• drawing")[0].replace("\n\n", VT).replace("\n", VT)
          .rsplit(",", 2)[0] + VT + "(see report for full text)")
FM_HEADER = ["Rec ID", "HMIC Ref", "Reports::Report Title", "Reports::Published", "Type",
             "Rec Text", "Owner", "RAG", "Updates::Latest Update", "Created"]


def _merge_export(path):
    """Windows-1252, every value quoted, CRLF records: FileMaker's .mer as the analyst saved it."""
    sf_share = SF_ITEMS[1][1]
    records = [
        FM_HEADER,
        ["1006", "1187", "Stop & Search Powers (HMIC 2013)", "09/07/2013", "Recommendation",
         SAS13_ITEMS[0][1], "Supt D Readman", f"Open{GS}Open{GS}Closed",
         f"APP published by College Oct 2014.{VT}Closed at Force Management Board 11/03/2015.",
         "14/10/2014 09:12:03"],
        ["1008", "2321", "Everyones Business - Domestic Abuse", "27/03/2014", "Recommendation",
         DA_CUT, "D/Supt M Gowland (PVP)", "B - Complete",
         "DA action plan published on force website 29/09/2014.", "14/10/2014 09:20:47"],
        ["1050", "", "DA Progress Report 2017", "14/11/2017", "",
         f"NOTE - report logged, no recommendations for forces.{VT}Record kept for audit trail.",
         "Corporate Development", "", "", "20/11/2017 10:21:09"],
        ["1065", "TEST", "", "", "Rec",
         "test record - checking new export script, please ignore (DW)",
         "Corporate Development", "G - On track", "", "04/06/2019 15:22:10"],
        ["1073", "8412", "Stolen Freedom (MSHT)", "24/10/2017", "Rec", sf_share,
         "DCI Khan (PPU)", f"A - At risk{GS}{GS}G - On track",
         "ISA with LA and health signed; DtN referrals monthly.", "07/10/2019 09:16:05"],
        ["1073", "8412", "Stolen Freedom (MSHT)", "24/10/2017", "Rec", sf_share,
         "DCI Khan (PPU)", "", "", "07/10/2019 09:16:11"],
    ]
    lines = [",".join('"' + v.replace('"', '""') + '"' for v in r) for r in records]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def _fm_list(path):
    return _list(path, {1187: (SAS13, SAS13_DATE, SAS13_ITEMS[0]),
                        2321: (DA, DA_DATE, DA_ITEMS[0]),
                        8412: (SF, SF_DATE, SF_ITEMS[1])},
                 {1187: "Being progressed", 2321: "Complete", 8412: "Being progressed"})


def test_a_repeating_rag_field_is_read_by_its_last_filled_repetition(tmp_path):
    """FileMaker exports a repeating field (a RAG per review) as its repetitions in one cell,
    split by 0x1D, empty ones kept: the last filled is the record's current status. (Before:
    "Open Open Closed" read as Open, "A - At risk  G - On track" as one phrase.)"""
    side = load_side(_merge_export(tmp_path / "tracker.csv"), "force")
    status = dict(zip(side.items["row"], side.items["status"], strict=True))
    assert status[2] == "Closed"
    assert status[6] == "G - On track"
    progress = dict(zip(side.items["row"], side.items["progress"], strict=True))
    assert progress[2] == ("APP published by College Oct 2014.\n"
                           "Closed at Force Management Board 11/03/2015.")
    assert "repeating field" in side.sheets[0].note


def test_a_filemaker_exports_test_note_and_unfilled_copy_are_no_items(tmp_path):
    """A test record ("… please ignore (DW)"), a record kept as a note ("NOTE - report logged,
    no recommendations"), and a record duplicated seconds after its original and never filled
    in (no RAG, no update) are no items; the original is read. (Before: all three were force
    rows, the copy a second part of its item "with no status of its own".)"""
    side = load_side(_merge_export(tmp_path / "tracker.csv"), "force")
    assert list(side.items["row"]) == [2, 3, 6]
    why = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert "test entry" in why[5]
    assert why[4].startswith("a note kept among the records")
    assert why[7].startswith("a duplicate of row 6")


def test_a_filemaker_export_reconciles_as_an_analyst_reads_it(tmp_path):
    """The last filled RAG decides (1187 closed by the force, open on the list: closeable);
    a wording cut on purpose, "(see report for full text)", leaves no bullet out (Everyone's
    business: in sync, not a conflict); a duplicated record does not split its item."""
    rec = reconcile_files(_fm_list(tmp_path / "hmicfrs.xlsx"), _merge_export(tmp_path / "tracker.csv"))
    assert _got(rec) == {
        ("Definitive list!2", "tracker.csv!2"): "closeable_submit",
        ("Definitive list!3", "tracker.csv!3"): "in_sync",
        ("Definitive list!4", "tracker.csv!6"): "in_sync",
    }


# --- A key that calls Green done --------------------------------------------------------

GREEN_KEY = "GREEN – recommendation implemented (submit evidence to HMICFRS for closure)"


def _keyed_tracker(path, lists=True):
    rows = [["West Mercia Police – HMICFRS Recommendations & AFIs"], [],
            ["No.", "HMICFRS Ref", "Report", "Recommendation / AFI", "Owner", "RAG", "Status"]]
    plan = [(1, FA, FA_ITEMS[0], "GREEN", "Open"), (2, FA, FA_ITEMS[1], "AMBER", "Open"),
            (3, FA, FA_ITEMS[2], "GREEN", "Submitted for closure"),
            (4, FA, FA_ITEMS[3], "AMBER", "Open"), (5, FA, FA_ITEMS[4], "GREEN", "Closed")]
    rows += [[n, 9000 + n, report, text, "Firearms Licensing Manager", rag, status]
             for n, report, (_, text), rag, status in plan]
    rows += [[], ["RAG key:"], [GREEN_KEY], ["AMBER – work ongoing, expected to be implemented"],
             ["RED – beyond deadline or cannot be implemented (rationale required)"]]
    sheets = {"HMICFRS Tracker": rows}
    if lists:
        sheets["Lists"] = [["RAG", "Status"], ["GREEN", "Open"],
                           ["AMBER", "Submitted for closure"], ["RED", "Closed"], ["WHITE", "N/A"]]
    return write_xlsx(path, sheets)


def test_a_green_the_sheets_key_calls_done_is_done_beside_a_status_of_the_closure(tmp_path):
    """The tracker's key says GREEN is "recommendation implemented (submit evidence …)"; its
    Status column follows the closure (Open, Submitted for closure, Closed). A GREEN row still
    "Open" is done for the force, not submitted yet: the RAG is the status. (Before: beside
    status words a plain RAG was read as grading delivery, and "Open" decided.)"""
    h = _list(tmp_path / "hmicfrs.xlsx", {9000 + n: (FA, FA_DATE, FA_ITEMS[n - 1]) for n in range(1, 6)},
              dict.fromkeys(range(9001, 9006), "Being progressed"))
    rec = reconcile_files(h, _keyed_tracker(tmp_path / "tracker.xlsx"))
    got = {f: c for (_, f), c in _got(rec).items()}
    assert got == {"HMICFRS Tracker!4": "closeable_submit", "HMICFRS Tracker!5": "in_sync",
                   "HMICFRS Tracker!6": "closeable_submit", "HMICFRS Tracker!7": "in_sync",
                   "HMICFRS Tracker!8": "closeable_submit"}


def test_two_drop_down_lists_side_by_side_are_not_a_key():
    """A lookups sheet listing the RAG colours and the status words under "RAG | Status": the
    two on a line are two lists' values, not a colour and its meaning (AMBER is not "Submitted
    for closure"). A key's lines in one cell under the table are read as before."""
    lists = Grid("Lists", [["RAG", "Status"], ["GREEN", "Open"], ["AMBER", "Submitted for closure"],
                           ["RED", "Closed"]])
    assert legend_entries(lists, [1, 2, 3, 4]) == ()
    key = Grid("Tracker", [["RAG key:"], [GREEN_KEY]])
    assert legend_entries(key, [1, 2]) == (("GREEN", GREEN_KEY.split(" – ", 1)[1]),)


# --- A list sent in an email, the force's queries typed under it ------------------------

def test_rows_the_force_typed_under_an_emailed_list_are_not_its_items(tmp_path):
    """Every row of the list the liaison lead sent has its register reference and status; two
    rows typed under it by the force ("not on your list?") have neither: they are queries, not
    the register's items, and the force's row for the Home Office's recommendation is not on
    the list. (Before: both were list items with no status, one paired with the force's row.)"""
    items = [(8400 + k, LEG, LEG_DATE, LEG_ITEMS[k]) for k in range(1, 5)]
    items += [(8500 + k, FA, FA_DATE, FA_ITEMS[k]) for k in range(5)]
    items += [(10400 + k, DUP, DUP_DATE, DUP_ITEMS[k]) for k in (0, 1, 2, 4)]
    rows = [["From: Force Liaison Lead"], ["Subject: HMICFRS recommendations held"], [],
            ["Ref", "Report", "Published", "Type", "Recommendation", "Status", "Force comment"]]
    rows += [[ref, report, datetime(*date), kind, text, "Being progressed", None]
             for ref, report, date, (kind, text) in items]
    rows += [["Open on our tracker but not on the list above – can you check?"],
             [None, DUP, None, "National rec", DUP_ITEMS[3][1], None, "Is this held against us?"],
             [None, LEG, None, "National rec", LEG_ITEMS[2][1].split(",")[0], None,
              "Amber on our tracker – not on your list?"]]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Sheet1": rows})
    side = load_side(h, "hmicfrs")
    assert len(side.items) == len(items)
    why = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert "a row added to the list" in why[len(rows) - 1]
    assert "a row added to the list" in why[len(rows)]
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Ref", "Report", "Recommendation", "Owner", "Status"],
        *[[ref, report, text, "Supt Hale", "Open"] for ref, report, _, (_, text) in items],
        [None, DUP, DUP_ITEMS[3][1], "n/a", "Open"]]})
    got = _got(reconcile_files(h, f))
    assert got[(None, f"Tracker!{len(items) + 2}")] == "not_on_hmicfrs_list"
    assert not any(r.startswith("Sheet1!") and int(r.split("!")[1]) > len(items) + 4
                   for r, _ in got if r)


# --- A register pointing to an improvement plan's actions ---------------------------------

def _plan_workbook(path, see=("See plan", "See FIP", "Per IP")):
    """A register whose rows say "See plan" and point to the plan sheet's actions."""
    register = [["Wiltshire Police – HMICFRS Recommendations Register"], [],
                ["No.", "HMICFRS Ref", "Report", "Recommendation / AFI (summary)", "Lead", "Status",
                 "FIP action(s)", "Update / comments"]]
    pointers = ["A-01, 03, 04", "A-01 to A-03", "A-02/05", "A-06 (part)", "A-05 - A-07", "TBC"]
    for k, pointer in enumerate(pointers):
        register.append([k + 1, 9001 + k, FA, FA_ITEMS[k % 5][1][:90], "Supt Ops Support",
                         see[k % len(see)], pointer, "See also A-08 (closed 12/05/23)"])
    register.append([7, 9007, FA, "Firearms licensing – own review", "Supt Ops Support", "Complete",
                     None, None])
    plan = [["Force Improvement Plan (FIP)"], [],
            ["Action ID", "Workstream", "Action", "Action owner", "Status", "RAG"],
            ["A-01", "Firearms", "Governance review of the licensing unit", "Supt Ops", "Complete", "B"],
            ["A-02", "Firearms", "Demand and capacity model for renewals", "Head of Planning",
             "Complete", "B"],
            ["A-03", "Firearms", "Temporary permits process rewritten", "Licensing Manager",
             "Merged with A-07", ""],
            ["A-04", "Firearms", "Domestic abuse markers checked on every grant", "Licensing Manager",
             "Complete", "B"],
            ["A-05", "Firearms", "Medical information sharing with GPs", "Licensing Manager",
             "In progress", "A"],
            ["A-06", "Firearms", "Training for enquiry officers", "Head of L&D", "Complete", "B"],
            ["A-07", "Firearms", "Renewals backlog cleared", "Licensing Manager", "Complete", "B"],
            ["A-08", "Firearms", "NFLMS data cleanse", "Licensing Manager", "Re-opened", "A"]]
    return write_xlsx(path, {"Register": register, "FIP Actions": plan})


def test_a_row_saying_see_plan_takes_the_status_of_the_actions_it_points_to(tmp_path):
    """A register under an improvement plan: "See plan" (or "See FIP", "Per IP") as the status
    and the actions delivering the item in a column, typed as people type them. The item is
    done when every action is complete (a merged action followed to the one it joined; "TBC"
    is open); the plan's actions are not items. (Before: "See plan" was a status no table
    knows, and the plan's rows were force rows not on the list.)"""
    side = load_side(_plan_workbook(tmp_path / "tracker.xlsx"), "force")
    status = dict(zip(side.items["row"], side.items["status"], strict=True))
    assert status == {
        4: "Closed (plan action A-01: Complete; A-03 merged into A-07: Complete; A-04: Complete)",
        5: "Closed (plan action A-01: Complete; A-02: Complete; A-03 merged into A-07: Complete)",
        6: "Open (plan action A-02: Complete; A-05: In progress)",
        7: "Closed (plan action A-06: Complete)",
        8: "Open (plan action A-05: In progress; A-06: Complete; A-07: Complete)",
        9: "Open (no plan action yet: 'TBC')",
        10: "Complete",
    }
    assert set(side.items["sheet"]) == {"Register"}
    assert (side.skipped["sheet"] == "FIP Actions").sum() == 10     # title, header, 8 actions


def test_a_sheet_of_numbered_actions_nothing_points_to_is_read_as_it_is(tmp_path):
    """Guard: without three rows saying "See plan" beside its ids, a sheet of actions coded
    "A-01" is no plan, and the register's rows keep their own statuses. (Passes on 926f562: a
    guard, kept so the plan's reading never takes a sheet nobody points into.)"""
    side = load_side(_plan_workbook(tmp_path / "tracker.xlsx", see=("Open",)), "force")
    assert set(side.items[side.items["sheet"] == "Register"]["status"]) == {"Open", "Complete"}


# --- A PivotTable in compact form, pasted as values ----------------------------------------

def _compact_pivot(path):
    """The list as a liaison lead's pivot over the portal's extract ("Sum of Rec ID", status
    across), pasted as values: report, type and text in one "Row Labels" column."""
    n = [11087, 11088, 11089]
    rows = [["West Mercia Police - HMICFRS definitive list as at 28/05/2021"], [],
            ["Force", "(Multiple Items)"], [],
            ["Sum of Rec ID", "Column Labels"],
            ["Row Labels", "Awaiting review", "Being progressed", "Complete", "Grand Total"],
            [FA, None, 5530, 5531, 11061],
            ["National recommendation", None, 5530, 5531, 11061],
            [FA_ITEMS[0][1], None, 5530, None, 5530],
            [FA_ITEMS[1][1], None, None, 5531, 5531],
            [DUP, sum(n) + 11090, None, None, sum(n) + 11090],
            ["National recommendation", sum(n), None, None, sum(n)],
            *[[DUP_ITEMS[k][1][:255], n[k], None, None, n[k]] for k in range(3)],
            ["(blank)", 11090, None, None, 11090],
            [DUP_ITEMS[3][1], 11090, None, None, 11090],
            ["Grand Total", sum(n) + 11090, 5530, 5531, sum(n) + 11090 + 5530 + 5531]]
    return write_xlsx(path, {"Sheet1": rows})


def test_a_compact_pivot_pasted_as_values_is_read_as_the_table_it_pictures(tmp_path):
    """Each item's id is the number under its status column; its report and type are the
    labels above it (a report's title may be long: it is the row over a type's label whose
    total is not that type's last item's); the report and type rows, whose sums look like
    ids, are no items. (Before: stopped with exit 2, no column looked like the text.)"""
    side = load_side(_compact_pivot(tmp_path / "hmicfrs.xlsx"), "hmicfrs")
    got = [(r.row, int(r.ref), r.status, r.report, r.type) for r in side.items.itertuples()]
    assert got == [
        (9, 5530, "Being progressed", FA, "National recommendation"),
        (10, 5531, "Complete", FA, "National recommendation"),
        (13, 11087, "Awaiting review", DUP, "National recommendation"),
        (14, 11088, "Awaiting review", DUP, "National recommendation"),
        (15, 11089, "Awaiting review", DUP, "National recommendation"),
        (17, 11090, "Awaiting review", DUP, None),
    ]
    assert "PivotTable in compact form" in side.sheets[0].note


# --- A SharePoint form library exported to Excel (InfoPath forms) --------------------------

LIB = "sites/OrgLearning/HMICFRS Recommendations"


def _form_library(path):
    """One form per recommendation over ten years, two templates (the old: a RAG whose Green
    said "implemented", no id, the report only as the folder; the new: a Status that governs,
    a stale RAG, "HMICFRS ID"), closure requests filed beside the forms, a test form."""
    head = ["Name", "Report", "HMIC Ref", "HMICFRS ID", "Summary", "Lead Officer", "RAG", "Status",
            "Request Status", "Decision Date", "Content Type", "Modified", "Item Type", "Path"]
    old, new, req = "Recommendation Form", "Recommendation Form v2", "Closure Request"
    d = datetime
    rows = [head,
            ["FL governance.xml", None, 5371, None, "FL governance – assess how well it works",
             "Mrs Tyson", "Green (implemented)", None, None, None, old, d(2016, 12, 14), "Item",
             f"{LIB}/Targeting the Risk 2015"],
            ["FL demand.xml", None, None, None, "FL dept – demand & capacity assessment",
             "Mrs Tyson", "Amber", None, None, None, old, d(2018, 2, 6), "Item",
             f"{LIB}/Targeting the Risk 2015"],
            ["CR-5373-01.xml", FA, None, 5373, "FL – DV markers on every grant", None, None, None,
             "Approved", d(2023, 1, 19), req, d(2023, 1, 19), "Item", LIB],
            ["CR-5374-01.xml", FA, None, 5374, "FL – GP medical info sharing", None, None, None,
             "Returned", d(2023, 3, 22), req, d(2023, 3, 22), "Item", LIB],
            ["CR-5372-01.xml", FA, None, 5372, "FL dept – demand & capacity", None, None, None,
             "Pending", None, req, d(2024, 8, 12), "Item", LIB],
            ["HMICFRS-5373.xml", FA, None, 5373, "FL – DV markers on every grant", "Mrs Tyson",
             "Amber", "In progress", None, None, new, d(2022, 11, 3), "Item", LIB],
            ["HMICFRS-5374.xml", FA, None, 5374, "FL – GP medical info sharing", "Mrs Tyson",
             "Green", "Complete", None, None, new, d(2023, 2, 10), "Item", LIB],
            ["Test form v2 - DO NOT USE.xml", FA, None, 5375, "test test – public contact",
             "Bell (ICT)", "Red", "Not started", None, None, new, d(2019, 5, 29), "Item", LIB]]
    rows += [[f"HMICFRS-{ref}.xml", DUP, None, ref, f"Spotlight 2021 – {what}", "Insp Graham",
              rag, status, None, None, new, d(2022, 4, 20), "Item", LIB]
             for ref, what, rag, status in [
                 (13450, "comms skills in line with APP", "Amber", "In progress"),
                 (13451, "CPD on comms skills and S&S", "Green", "Complete"),
                 (13452, "BWV to record whole S&S encounter", "Green", "In progress"),
                 (13453, "internal monitoring of use of force", "Amber", "On going")]]
    return write_xlsx(path, {"owssvr": rows})


def test_a_form_librarys_closure_requests_decide_and_are_no_items(tmp_path):
    """A closure request approved after its item's form was last changed makes the item done
    (the form still "In progress"); one returned after it makes it open (the form said
    "Complete"); a pending one changes nothing. The requests and the test form are no items.
    (Before: the requests were items, second rows of their forms.)"""
    side = load_side(_form_library(tmp_path / "tracker.xlsx"), "force")
    assert list(side.items["row"]) == [2, 3, 7, 8, 10, 11, 12, 13]
    status = dict(zip(side.items["row"], side.items["status"], strict=True))
    assert status[7].startswith("Complete (closure request approved 19/01/2023, row 4")
    assert status[8].startswith("Open (closure request returned 22/03/2023, row 5")
    why = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert all(why[r].startswith("a Closure Request filed beside the items' forms") for r in (4, 5, 6))
    assert "test entry" in why[9]


def test_a_form_librarys_two_templates_are_read_as_one_table(tmp_path):
    """The old template's RAG ("Green (implemented)": a grade and its meaning) stands where the
    new template's Status is blank; the new "HMICFRS ID" fills the old "HMIC Ref" where it is
    blank; an old form naming no report is filed in its report's folder. (Before: the RAG was
    the status throughout, the new forms had no reference, the old none of their report.)"""
    side = load_side(_form_library(tmp_path / "tracker.xlsx"), "force")
    items = side.items.set_index("row")
    assert items.at[2, "status"] == "Green (implemented)"
    assert int(items.at[7, "ref"]) == 5373 and int(items.at[2, "ref"]) == 5371
    assert items.at[2, "report"] == items.at[3, "report"] == "Targeting the Risk 2015"
    assert side.sheets[0].mapping["status"] == "Status"
