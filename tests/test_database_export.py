"""A force's in-house application's records, exported raw by a database tool (Oracle SQL
Developer's "Export Worksheet"): column names in the database's style, the status as a code
(STATUS_CD "C", "X", "P") beside its description from a lookup (STATUS_DESC "Complete"), and
the force's short wording ("NLT 31/03/15 - THR criteria for call handlers").

Texts are real public HMICFRS texts (Open Government Licence); the records are invented.
"""

from __future__ import annotations

from datetime import datetime

from builders import register, write_xlsx

from reconcile import reconcile_files
from reconcile.casegen.texts.national import NATIONAL
from reconcile.load import load_side

CORE, _, CORE_ITEMS = NATIONAL["core"]
SAS13, _, SAS_ITEMS = NATIONAL["sas13"]
HEADER = ["REC_ID", "HMIC_REF", "RPT_TITLE", "ITEM_TYPE", "REC_TEXT", "OWNER_NAME", "STATUS_CD",
          "STATUS_DESC", "CLOSURE_SUBMITTED", "LAST_UPDATE", "UPDATED_TS"]


def _export(path):
    return write_xlsx(path, {"Export Worksheet": [
        HEADER,
        [1008, None, "Core business", "NREC", "NLT 31/03/15 - THR criteria for call handlers",
         "BELL, Andrew (C/Supt)", "C", "Complete", "Y",
         "16/08/2021 - Already complete within the deadline.", "16-AUG-21 09.54.03.000000000 AM"],
        [1009, 1163, "Core business", "NREC",
         "By 31/03/15 record crime prevention/disruption activity & evaluate tactics",
         "TURNER, Jo (Head of Corp Dev)", "P", "In progress", "N",
         "19/06/2018 - Awaiting allocation.", "19-JUN-18 04.23.44.000000000 PM"],
        [1010, 1203, "S&S Powers 2013", "NREC",
         "Monitor S&S so satisfied officers act lawfully & power used effectively",
         "DAVIES, Rob (Ch Insp)", "X", "Closed - no further action", "N",
         "National body's to deliver: APP published.", "06-DEC-16 01.06.50.000000000 PM"],
        [1011, 1204, "S&S Powers 2013", "NREC",
         "With elected local policing bodies explain use of S&S to public & arrange "
         "scrutiny of records by community reps", "DAVIES, Rob (Ch Insp)", "P", "In progress",
         "N", "Youth panel pilot in two NPUs.", "03-AUG-21 05.10.42.000000000 PM"]]})


def _list(path):
    return register(path, [
        (1162, CORE, datetime(2014, 9, 4), "National recommendation", CORE_ITEMS[0][1]),
        (1163, CORE, datetime(2014, 9, 4), "National recommendation", CORE_ITEMS[1][1]),
        (1203, SAS13, datetime(2013, 7, 9), "National recommendation", SAS_ITEMS[1][1]),
        (1204, SAS13, datetime(2013, 7, 9), "National recommendation", SAS_ITEMS[2][1])],
        "Being progressed")


def test_the_description_beside_a_status_code_is_the_status(tmp_path):
    side = load_side(_export(tmp_path / "tracker.xlsx"), "force")
    assert side.sheets[0].mapping["status"] == "STATUS_DESC"
    assert list(side.items["status"]) == ["Complete", "In progress", "Closed - no further action",
                                          "In progress"]


def test_the_forces_short_forms_pair_the_record(tmp_path):
    rec = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), _export(tmp_path / "tracker.xlsx"))
    cats = dict(zip(rec.items["force_row"], rec.items["category"], strict=True))
    pair = rec.items.set_index("force_row").loc["Export Worksheet!2", "hmicfrs_row"]
    assert pair == "Recommendations!2"
    assert cats == {"Export Worksheet!2": "closeable_submit", "Export Worksheet!3": "in_sync",
                    "Export Worksheet!4": "closeable_submit", "Export Worksheet!5": "in_sync"}
