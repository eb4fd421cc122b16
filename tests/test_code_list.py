"""A list extracted raw from a reporting system: its status a code (AR, BP, CO, SU, NFA), the
codes spelt out only on a second sheet, a code list of "CODE_TYPE | CODE | DESCRIPTION" (the
type codes beside the status codes); and a type cut short by the system's field length ("Area
for impro", SAS's $14).

Texts are real public HMICFRS texts (Open Government Licence); the extract is invented.
"""

from __future__ import annotations

from builders import CONTROL_ROOM, DIGITAL, FIREARMS, MSHT_INTEL, MSHT_NRM, SF, write_xlsx

from reconcile import reconcile_files
from reconcile.load import load_side

EFF = "PEEL: Police efficiency 2017"


def _extract(path):
    return write_xlsx(path, {
        "FORCE_REC_STATUS": [
            ["REC_UID", "RPT_TITLE", "ITEM_TYPE", "ITEM_TXT", "STATUS_CD"],
            [8411, SF, "National recom", MSHT_INTEL, "CO"],
            [8413, SF, "National recom", MSHT_NRM, "BP"],
            [9101, EFF, "National recom", DIGITAL, "AR"],
            [9102, EFF, "National recom", FIREARMS, "NFA"],
            [9103, EFF, "Area for impro", CONTROL_ROOM, "SU"]],
        "CODE_LIST": [
            ["CODE_TYPE", "CODE", "DESCRIPTION"],
            ["STATUS_CD", "AR", "Awaiting review"], ["STATUS_CD", "BP", "Being progressed"],
            ["STATUS_CD", "CO", "Complete"], ["STATUS_CD", "SU", "Superseded"],
            ["STATUS_CD", "NFA", "No further action required"],
            ["ITEM_TYPE_CD", "NREC", "National recommendation"],
            ["ITEM_TYPE_CD", "AFI", "Area for improvement"]]})


def _tracker(path):
    return write_xlsx(path, {"Tracker": [
        ["HMICFRS ref", "Type", "Recommendation", "Status"],
        [8411, "National rec", MSHT_INTEL, "Open"], [8413, "National rec", MSHT_NRM, "Open"],
        [9101, "National rec", DIGITAL, "Open"], [9102, "National rec", FIREARMS, "Open"],
        [9103, "Recommendation", CONTROL_ROOM, "Open"]]})


def test_the_code_list_on_another_sheet_says_what_each_status_code_means(tmp_path):
    rec = reconcile_files(_extract(tmp_path / "hmicfrs.xlsx"), _tracker(tmp_path / "tracker.xlsx"))
    cats = dict(zip(rec.items["hmicfrs_row"], rec.items["category"], strict=True))
    assert cats == {"FORCE_REC_STATUS!2": "closeable_local", "FORCE_REC_STATUS!3": "in_sync",
                    "FORCE_REC_STATUS!4": "in_sync", "FORCE_REC_STATUS!5": "closeable_local",
                    "FORCE_REC_STATUS!6": "conflict"}


def test_a_type_cut_short_is_the_type_column(tmp_path):
    side = load_side(_extract(tmp_path / "hmicfrs.xlsx"), "hmicfrs")
    assert side.sheets[0].mapping["type"] == "ITEM_TYPE"
    rec = reconcile_files(_extract(tmp_path / "hmicfrs.xlsx"), _tracker(tmp_path / "tracker.xlsx"))
    flags = rec.items.set_index("hmicfrs_row").loc["FORCE_REC_STATUS!6", "flags"]
    assert "type differs: HMICFRS area for improvement vs force recommendation" in flags
