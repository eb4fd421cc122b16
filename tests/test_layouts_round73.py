"""Layouts of the twentieth session's round 73 of cases built by other hands: an improvement
plan kept as one worksheet per item, each tab a label/value form in one of several templates
(one or two labels to a row, a status key at the tab's foot), an action table under the form,
closed items' tabs hidden, and a contents sheet naming the tabs. The test fails on 646ace4
(every tab's labels and actions were read as a table's rows, none as its item).

Texts are real public HMICFRS texts (Stolen freedom 2017, PEEL 2023-25; Open Government
Licence); the plan is invented.
"""

from __future__ import annotations

from datetime import datetime

import openpyxl
from builders import MSHT_INTEL, MSHT_NRM, OCSA, PEEL23, RASSO, SF, write_xlsx

from reconcile import load_side, reconcile_files

_ACTIONS = [["No.", "Action", "Owner", "Target date", "Update", "RAG"],
            ["1", "Review current arrangements against the report", "Ch Insp Okafor",
             datetime(2018, 6, 1), "Completed. Findings reported to the Force Executive Team.",
             "Green"],
            ["2", "Evidence pack to the Organisational Learning Board", "DCI Patel",
             datetime(2018, 9, 1), "Completed. Evidence submitted to HMICFRS for closure.",
             "Green"]]


def _v1(report, wording, rag):
    """The 2015-17 form: a label in column A, its value beside it; Green is discharged."""
    return [["NORTHAMPTONSHIRE POLICE"], ["HMIC Recommendation – Action Plan"], [],
            ["Report:", report], ["Date published:", datetime(2017, 10, 24)],
            ["Recommendation No.:", "1"], ["Recommendation:", wording],
            ["Lead Officer:", "ACC Operations"], ["RAG status:", rag], [], *_ACTIONS, [],
            ["RAG key:"], ["GREEN – recommendation discharged / actions complete"],
            ["AMBER – work in progress"], ["RED – not started or off track"]]


def _v2(report, ref, kind, coc, wording, overall, rag, signed):
    """The 2018-20 form: two labels to a row, an overall status beside a RAG of confidence."""
    rows = [[None, "Northamptonshire Police – HMICFRS Improvement Plan"],
            [None, "Recommendation / AFI record (form v2, April 2018)"], [],
            [None, "Plan ref", "IP-016", None, "HMICFRS ref", ref],
            [None, "Inspection / report", report],
            [None, "Published", datetime(2017, 10, 24), None, "Type", kind],
            [None, "Chief officer lead", "ACC Crime", None, "Delivery lead", "Head of Intel"]]
    if coc:
        rows.append([None, "Cause of concern", coc])
    rows += [[None, "Wording (as per report)", wording],
             [None, "Overall status", overall, None, "RAG", rag],
             [None, "Date signed off", signed, None, "Signed off by", "ACC Crime"], [],
             [None, *_ACTIONS[0]], [None, *_ACTIONS[1]], [],
             [None, "RAG = delivery confidence only: G on track, A at risk, R off track"]]
    return rows


def _v3(ref, wording, brag):
    """The 2021 form: BRAG, where Blue is done and Green only on track."""
    return [["Northamptonshire Police"], ["HMICFRS Recommendations & AFIs – Improvement Plan"],
            [], ["HMICFRS Portal ID", ref], ["Report", "PEEL 2023–25"], ["Type", "AFI"],
            ["Recommendation / AFI (verbatim)", wording], ["Chief officer lead", "ACC Crime"],
            ["BRAG status", brag], [], *_ACTIONS, [], ["BRAG key:"],
            ["BLUE – complete: evidence accepted by Gold and closure submitted to HMICFRS"],
            ["GREEN – on track"], ["AMBER – some slippage"], ["RED – off track"]]


def test_an_improvement_plan_of_one_form_per_tab_reads_each_tab_as_its_item(tmp_path):
    """Each tab is its item at its wording's row, read by what its labels name; a tab's own
    key says what its colours mean (Green discharged on a 2015 form, only on track on a 2021
    one); an overall status blank but signed off on a date is done; a form holding a cause of
    concern and its recommendation is two items; the hidden tabs are read; the contents
    sheet naming the tabs is set aside, its rows explained."""
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Recommendations": [
        ["Recommendation ID", "Report title", "Type", "Recommendation", "Status"],
        [8411, SF, "Recommendation", MSHT_INTEL, "Being progressed"],
        [8410, SF, "Cause of concern", "HMICFRS is concerned that forces are not able to "
         "demonstrate that modern slavery is a priority.", "Being progressed"],
        [8413, SF, "Recommendation", MSHT_NRM, "Complete"],
        [14510, PEEL23, "Area for improvement", RASSO, "Awaiting review"],
        [14511, PEEL23, "Area for improvement", OCSA, "Being progressed"]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {
        "Contents": [["Contents – click a tab name to go to the tab"], [],
                     ["Tab", "Report", "Ref", "Short title", "Lead"],
                     *[[tab, report, ref, text[:60], "ACC"] for tab, report, ref, text in (
                         ("MSHT R1", "Stolen Freedom 2017", "Rec 1", MSHT_INTEL),
                         ("MSHT R2", "Stolen Freedom 2017", "Rec 2", MSHT_NRM),
                         ("AFI-24-01", "PEEL 2023-25", "AFI 1", RASSO),
                         ("AFI-24-02", "PEEL 2023-25", "AFI 2", OCSA))]],
        "MSHT R1": _v1("Stolen Freedom (MSHT) 2017", MSHT_INTEL, "Green"),
        "MSHT R2": _v2("Stolen Freedom (MSHT) 2017", "CoC / Rec 2", "Cause of Concern",
                       "HMICFRS is concerned that forces are not able to demonstrate that "
                       "modern slavery is a priority.", MSHT_NRM, None, "G",
                       datetime(2019, 3, 12)),
        "AFI-24-01": _v3("14510", RASSO, "GREEN"),
        "AFI-24-02": _v3("14511", OCSA, "BLUE")})
    wb = openpyxl.load_workbook(f)
    wb["MSHT R1"].sheet_state = "hidden"
    wb.save(f)
    side = load_side(f, "force")
    items = side.items.set_index("row_id")
    assert sorted(items.index) == ["AFI-24-01!7", "AFI-24-02!7", "MSHT R1!7", "MSHT R2!8",
                                   "MSHT R2!9"]
    assert items.loc["MSHT R1!7", "status"].startswith("Complete (the tab's key: GREEN")
    assert items.loc["AFI-24-01!7", "status"].startswith("In progress (the tab's key: GREEN")
    assert items.loc["MSHT R2!9", "status"] == "Complete (signed off 12/03/2019)"
    contents = side.skipped[side.skipped["sheet"] == "Contents"].set_index("row")["reason"]
    assert [r for r in contents.index if "contents or summary sheet" in contents[r]] == [4, 5, 6, 7]
    got = {(r.hmicfrs_row, r.force_row): r.category
           for r in reconcile_files(h, f).items.itertuples()}
    assert got == {("Recommendations!2", "MSHT R1!7"): "closeable_submit",
                   ("Recommendations!3", "MSHT R2!8"): "closeable_submit",
                   ("Recommendations!4", "MSHT R2!9"): "in_sync",
                   ("Recommendations!5", "AFI-24-01!7"): "in_sync",
                   ("Recommendations!6", "AFI-24-02!7"): "closeable_submit"}
