"""A list loaded into a force's data warehouse and extracted as it is stored: a fact sheet of
keys (REPORT_SK, REC_TYPE_SK, STATUS_SK) whose meanings are on DIM_ sheets, dates as
warehouse date keys (20171024), and a record's history kept beside it (ROW_IS_CURRENT 0 on
the row its status change closed). Read as a person reads it with VLOOKUP.

Texts are real public HMICFRS texts (Open Government Licence); the extract is invented.
"""

from __future__ import annotations

from datetime import date

from builders import CONTROL_ROOM, DIGITAL, FIREARMS, MSHT_INTEL, MSHT_NRM, write_xlsx

from reconcile import reconcile_files
from reconcile.load import load_side
from reconcile.normalise import parse_date

FACT_HEAD = ["REC_SK", "HMICFRS_REC_ID", "REPORT_SK", "REC_TYPE_SK", "STATUS_SK",
             "STATUS_DATE_SK", "REC_TEXT", "ROW_IS_CURRENT"]
FACT = [[1001, 8411, 101, 4, 2, 20171024, MSHT_INTEL, 1],
        [1002, 8413, 101, 4, 2, 20180301, MSHT_NRM, 0],        # closed by the row below
        [1003, 9101, 102, 4, 1, 20171123, DIGITAL, 1],
        [1004, 9102, 102, 4, 5, 20190101, FIREARMS, 1],
        [1005, 9103, 102, 2, 3, 20190101, CONTROL_ROOM, 1],
        [1006, 8413, 101, 4, 3, 20190210, MSHT_NRM, 1]]
DIMS = {
    "DIM_STATUS": [["STATUS_SK", "STATUS_BK", "STATUS_DESC", "STATUS_GROUP"],
                   [-1, "N/A", "Unknown / not supplied", "Unknown"],
                   [1, "awaiting-review", "Awaiting review", "Open"],
                   [2, "being-progressed", "Being progressed", "Open"],
                   [3, "complete", "Complete", "Closed"],
                   [4, "superseded", "Superseded", "Closed"],
                   [5, "no-further-action", "No further action required", "Closed"]],
    "DIM_REC_TYPE": [["REC_TYPE_SK", "REC_TYPE_BK", "REC_TYPE_DESC"], [-1, "UNK", "Unknown"],
                     [1, "REC", "Recommendation"], [2, "AFI", "Area for improvement"],
                     [3, "COC", "Cause of concern"], [4, "NREC", "National recommendation"]],
    "DIM_REPORT": [["REPORT_SK", "REPORT_TITLE", "PUBLISHED_DATE_SK"],
                   [-1, "Unknown", 19000101],
                   [101, "Stolen freedom: the policing response to modern slavery and human "
                         "trafficking", 20171024],
                   [102, "PEEL: Police efficiency 2017", 20171109]]}


def _extract(path, dims=True):
    return write_xlsx(path, {"FACT_HMICFRS_REC": [FACT_HEAD, *FACT], **(DIMS if dims else {})})


def _tracker(path):
    return write_xlsx(path, {"Tracker": [
        ["HMICFRS ref", "Type", "Recommendation", "Status"],
        [8411, "National rec", MSHT_INTEL, "Open"], [8413, "National rec", MSHT_NRM, "Open"],
        [9101, "National rec", DIGITAL, "Open"], [9102, "National rec", FIREARMS, "Open"],
        [9103, "Recommendation", CONTROL_ROOM, "Open"]]})


def test_keys_are_read_through_the_dim_sheets_and_the_current_row_decides(tmp_path):
    rec = reconcile_files(_extract(tmp_path / "hmicfrs.xlsx"), _tracker(tmp_path / "tracker.xlsx"))
    cats = dict(zip(rec.items["hmicfrs_row"], rec.items["category"], strict=True))
    # 8413's old row said being progressed; its current row says complete: the force can close.
    # 9103 is an area for improvement on DIM_REC_TYPE, a recommendation on the tracker.
    assert cats == {"FACT_HMICFRS_REC!2": "in_sync", "FACT_HMICFRS_REC!7": "closeable_local",
                    "FACT_HMICFRS_REC!4": "in_sync", "FACT_HMICFRS_REC!5": "closeable_local",
                    "FACT_HMICFRS_REC!6": "conflict"}
    flags = rec.items.set_index("hmicfrs_row").loc["FACT_HMICFRS_REC!6", "flags"]
    assert "type differs: HMICFRS area for improvement vs force recommendation" in flags


def test_the_history_row_and_the_lookups_are_explained_not_items(tmp_path):
    side = load_side(_extract(tmp_path / "hmicfrs.xlsx"), "hmicfrs")
    assert len(side.items) == 5
    why = dict(zip(side.skipped["row_id"], side.skipped["reason"], strict=True))
    assert why["FACT_HMICFRS_REC!3"].startswith(
        "an earlier version of the item on FACT_HMICFRS_REC!7 ('ROW_IS_CURRENT' says it is not "
        "current)")
    assert {r.sheet for r in side.sheets if r.items} == {"FACT_HMICFRS_REC"}
    # Every row of the DIM sheets is explained: the run ties out.
    for name, rows in DIMS.items():
        assert sum(side.skipped["sheet"] == name) == len(rows)
    note = side.sheets[0].note
    assert "'STATUS_SK' through sheet 'DIM_STATUS' ('STATUS_DESC')" in note
    assert "'REPORT_SK' through sheet 'DIM_REPORT' ('REPORT_TITLE')" in note


def test_a_report_key_brings_its_title_and_publication_date(tmp_path):
    side = load_side(_extract(tmp_path / "hmicfrs.xlsx"), "hmicfrs")
    first = side.items.set_index("row_id").loc["FACT_HMICFRS_REC!2"]
    assert first["report"].startswith("Stolen freedom: the policing response")
    assert parse_date(first["published"]) == date(2017, 10, 24)
    assert first["status"] == "Being progressed"
    assert side.sheets[0].mapping["status"] == "STATUS_SK"


def test_with_no_lookup_the_status_key_not_the_date_key_is_the_status(tmp_path):
    # The codes' meanings sent some other way: the status column is still the codes, not
    # the dates their statuses were set (20171024 is no status).
    side = load_side(_extract(tmp_path / "hmicfrs.xlsx", dims=False), "hmicfrs")
    assert side.sheets[0].mapping["status"] == "STATUS_SK"


def test_a_copy_of_a_sheet_is_no_lookup_and_a_row_with_no_current_twin_stays(tmp_path):
    # Two sheets of the same items ("Open" and a copy sent for checking): each ref once, so
    # neither is the other's lookup; a row flagged not current with no current row of its
    # item is all there is of it, and is read.
    head = ["Ref", "Recommendation", "Status", "Is current"]
    rows = [[8411, MSHT_INTEL, "Being progressed", "Y"], [8413, MSHT_NRM, "Complete", "N"],
            [9101, DIGITAL, "Awaiting review", "Y"]]
    path = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Open": [head, *rows],
                                                  "Copy": [head, *rows]})
    side = load_side(path, "hmicfrs")
    assert list(side.items["text"][:3]) == [MSHT_INTEL, MSHT_NRM, DIGITAL]
    assert "lookup" not in side.sheets[0].note


def test_a_lookup_of_leads_or_of_status_meanings_replaces_nothing(tmp_path):
    # A tracker's "Lists" sheet of leads and their departments, and of what each status means:
    # the tracker's leads and statuses are words a person reads as they stand, no keys.
    rows = [["Ref", "Recommendation", "Lead", "Status"],
            *[[8541 + k, text, lead, status] for k, (text, lead, status) in enumerate([
                (FACT[0][6], "DCI Patel", "Complete"), (FACT[1][6], "DCI Patel", "Open"),
                (FACT[2][6], "Supt Hall", "Complete"), (FACT[3][6], "Supt Hall", "Open")])]]
    lists = [["Lead", "Department"], ["DCI Patel", "Public Protection"],
             ["Supt Hall", "Contact Management"], ["C/Insp Rees", "Local Policing"]]
    meanings = [["Status", "Meaning"], ["Open", "Work under way on the action"],
                ["Complete", "Action finished, evidence held"]]
    path = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": rows, "Lists": lists,
                                                  "Status key": meanings})
    side = load_side(path, "force")
    assert list(side.items["owner"]) == ["DCI Patel", "DCI Patel", "Supt Hall", "Supt Hall"]
    assert list(side.items["status"]) == ["Complete", "Open", "Complete", "Open"]
    assert "lookup" not in side.sheets[0].note
