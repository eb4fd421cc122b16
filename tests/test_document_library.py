"""A force that keeps no tracker: a closure pack per recommendation in a SharePoint document
library, the status in the library's columns, exported with "Export to Excel" (a sheet and
table named "owssvr", "Item Type" and "Path" last). Evidence files, templates and board papers
sit among the packs; the stage column came in years after the first packs; content approval
("Approval Status") says whether a version is published, and a pack the signing officer
Rejected is open whatever its stage still says.

Texts are real public HMICFRS texts (Open Government Licence); names, stages and files are
invented.
"""

from __future__ import annotations

from datetime import datetime

from builders import write_xlsx

from reconcile import load_side, reconcile_files
from reconcile.normalise import builtin_statuses, norm_status

PEEL18 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Hampshire Constabulary"
EFC15 = "PEEL: Police efficiency 2015 – Hampshire Constabulary"
DEMAND = ("The force should undertake further work to gain a fuller understanding of current "
          "demand for its services, and likely future changes in demand. This is so it can make "
          "best use of its resources by matching them to demand to meet the needs of the public")
COSTS = "The force should develop its understanding of the links between its outcomes, outputs and costs"
WORKLOAD = ("HMIC recommends that the force should immediately: conduct a review of officers’ "
            "capabilities and capacity to manage their investigative workload, to better "
            "understand investigative demand and the pressures placed upon them; and")
SUPERVISION = ("HMIC recommends that within six months the force should: ensure regular and "
               "active supervision of the quality and progress of investigations. This "
               "supervision should be properly recorded;")
RUI = ("HMIC recommends that within six months the force should: improve its understanding of "
       "suspects released under investigation and the management of those released on bail;")
DIGITAL = ("HMIC recommends that within six months the force should: improve its ability to "
           "retrieve digital evidence from mobile phones, computers and other electronic devices "
           "quickly enough to ensure investigations are not delayed;")

LIST = [(10202, PEEL18, "Recommendation", WORKLOAD, "Complete"),
        (10206, PEEL18, "Recommendation", SUPERVISION, "Being progressed"),
        (10207, PEEL18, "Recommendation", DIGITAL, "Being progressed"),
        (10208, PEEL18, "Recommendation", RUI, "Being progressed"),
        (5370, EFC15, "Area for improvement", DEMAND, "Complete"),
        (5371, EFC15, "Area for improvement", COSTS, "Superseded")]

HEAD = ["Name", "Title", "Inspection Report", "Finding Type", "HMI Reference", "Finding Text",
        "Responsible Officer", "Progress Stage", "Approval Status", "Content Type", "Version",
        "Item Type", "Path"]
TEMPLATE = "HMICFRS Recommendation Closure Report"
PATH = "sites/OL/HMICFRS Recommendations"


def _doc(name, title, report, kind, ref, text, who, stage, approval, ctype, version):
    return [name, title, report, kind, ref, text, who, stage, approval, ctype, version, "Item",
            f"{PATH}/{report or 'General'}"]


def _library():
    pack, old = "HMICFRS Closure Pack", "Document"
    return [HEAD,
            # Older than the stage column: the approval decides.
            _doc("AFI1 - demand.docx", "HMIC Recommendation Update Form", "PEEL Efficiency 2015",
                 None, None, DEMAND, "R Kinsella", None, "Approved", old, "2.0"),
            _doc("AFI2 - outcomes outputs and costs.docx", None, "PEEL Efficiency 2015", None,
                 None, COSTS, "R Kinsella", None, "Draft", old, "0.3"),
            # Files kept beside the packs, one naming an item's reference: no item.
            _doc("Evidence - DFU turnaround times.pptx", "Digital Forensics Unit - performance",
                 "PEEL 2018/19", None, "10207", None, None, None, "Approved",
                 "HMICFRS Evidence", "1.0"),
            _doc("HMICFRS Recommendation Closure Report template v3.dotx", TEMPLATE, None, None,
                 None, None, None, None, "Approved", old, "1.0"),
            _doc("OLB minutes 14-11-2024.docx", "Organisational Learning Board", None, None,
                 None, None, None, None, "Approved", old, "1.0"),
            _doc("R1 investigative workload review.docx", TEMPLATE, "PEEL 2018-19",
                 "Recommendation", "10202", WORKLOAD, "N Faraday", "7 - HMICFRS confirmed closed",
                 "Approved", pack, "3.0"),
            # Put to the SRO for sign-off: the owner has finished.
            _doc("R5 supervision of investigations.docx", TEMPLATE, "PEEL 2018/19",
                 "Recommendation", "10206", SUPERVISION, "T Ashby", "4 - With SRO for sign-off",
                 "Pending", pack, "1.1"),
            _doc("R6 digital evidence retrieval.docx", TEMPLATE, "PEEL 2018/19", "Recommendation",
                 "10207", DIGITAL, "T Ashby", "2 - Action plan in progress", "Draft", pack, "1.6"),
            # Signed off, then sent back: open whatever the stage says.
            _doc("R7 RUI and bail.docx", TEMPLATE, "PEEL 2018/19", "Recommendation", "10208", RUI,
                 "T Ashby", "5 - Signed off at OLB", "Rejected", pack, "2.1"),
            ]


def _files(tmp_path):
    hmicfrs = write_xlsx(tmp_path / "definitive list.xlsx", {"Definitive list": [
        ["Recommendation ID", "Report Title", "Type", "Recommendation Text", "Status"],
        *map(list, LIST)]})
    return hmicfrs, write_xlsx(tmp_path / "owssvr.xlsx", {"owssvr": _library()})


def test_only_the_packs_are_items(tmp_path):
    side = load_side(_files(tmp_path)[1], "force")
    assert sorted(side.items["row"]) == [2, 3, 7, 8, 9, 10]
    why = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    for r in (4, 5, 6):
        assert why[r].startswith("a file of the document library with no 'Finding Text'"), why[r]
    assert "Evidence - DFU turnaround times.pptx" in why[4]
    rep = side.sheets[0]
    assert rep.mapping["status"] == "Progress Stage"
    assert rep.mapping["text"] == "Finding Text"


def test_approval_decides_a_rejected_pack_and_one_with_no_stage(tmp_path):
    side = load_side(_files(tmp_path)[1], "force")
    status = dict(zip(side.items["row"], side.items["status"], strict=True))
    assert status[2] == "Complete (approval: Approved)"
    assert status[3] == "Open (approval: Draft)"
    assert status[10] == "Open (approval: Rejected; 5 - Signed off at OLB)"
    assert status[8] == "4 - With SRO for sign-off"          # the stage decides
    rec = reconcile_files(*_files(tmp_path))
    cat = dict(zip(rec.items["force_row"], rec.items["category"], strict=True))
    assert cat == {"owssvr!2": "in_sync", "owssvr!3": "closeable_local",
                   "owssvr!7": "in_sync", "owssvr!8": "closeable_submit",
                   "owssvr!9": "in_sync", "owssvr!10": "in_sync"}


def test_put_to_an_officer_for_sign_off_is_done_for_the_force():
    table = builtin_statuses("force")
    for said in ("4 - With SRO for sign-off", "Ready for DCC sign-off", "Awaiting ACC Smith "
                 "sign off", "Pending ACC sign-off", "Sent for sign off"):
        assert norm_status(said, table) == "done", said
    assert norm_status("Not ready for sign off", table) == "unknown"


def test_a_stage_heading_gives_way_to_a_status_heading(tmp_path):
    rows = [["Ref", "Recommendation", "Stage", "Status"],
            [10202, WORKLOAD, "Plan", "Complete"], [10206, SUPERVISION, "Deliver", "Open"],
            [10207, DIGITAL, "Deliver", "Open"]]
    rep = load_side(write_xlsx(tmp_path / "t.xlsx", {"Plan": rows}), "force").sheets[0]
    assert rep.mapping["status"] == "Status"


def test_modified_dates_do_not_make_a_file_an_item(tmp_path):
    """Old documents' metadata (a modified date, an editor) is no wording of an item."""
    rows = [*_library()]
    rows[0] = [*rows[0], "Modified"]
    rows[1:] = [[*r, datetime(2024, 11, 14, 9, 30)] for r in rows[1:]]
    side = load_side(write_xlsx(tmp_path / "owssvr.xlsx", {"owssvr": rows}), "force")
    assert sorted(side.items["row"]) == [2, 3, 7, 8, 9, 10]
