"""The list as a force's learning log exported from its risk system: the inspectorate's items
among another body's recommendations and good practice (each "n/a" where the items give
HMICFRS's status), the register's number under "Source Ref", one item keyed twice; and a
tracker kept in an issue-tracker template ("REC – …" in the title, "By design").

Texts are real public HMICFRS texts (Open Government Licence); the log is invented.
"""

from __future__ import annotations

from datetime import datetime

from builders import write_xlsx

from reconcile import reconcile_files
from reconcile.casegen.texts.national import NATIONAL
from reconcile.load import load_side

STOLEN, PUBLISHED, ITEMS = NATIONAL["stolen"]
HEAD = ["Learning ID", "Source", "Source Ref", "Source Document", "Published", "Category",
        "Description", "External Status", "Log Status"]


def _log(path):
    rows = [["JCAD CORE – Organisational Learning Log"], [], HEAD]
    for k, (kind, text) in enumerate(ITEMS[:4]):
        rows.append([f"OLL-00{30 + k}", "HMICFRS", str(8211 + k), STOLEN, datetime(*PUBLISHED),
                     kind, text, "Complete" if k % 2 else "Being progressed", "Open"])
    rows += [
        ["OLL-0034", "HMICFRS", "8212", STOLEN, datetime(*PUBLISHED), "Recommendation",
         ITEMS[1][1], "Complete", "Duplicate - see OLL-0031"],
        ["OLL-0041", "IOPC", "IOPC 2017/089310", "IOPC investigation: call handling",
         datetime(2018, 1, 22), "Learning recommendation", "The force should remind call "
         "handlers of the importance of recording the caller's stated concerns in full.",
         "n/a", "Closed"],
        ["OLL-0050", "HMICFRS", None, STOLEN, datetime(*PUBLISHED), "Good practice (other "
         "force)", "Good practice noted by HMICFRS in another force: a daily modern slavery "
         "triage meeting with partners.", "n/a", "Noted - no action"]]
    return write_xlsx(path, {"Learning Log Export": rows})


def test_rows_with_no_status_of_the_inspectorates_are_logged_beside_its_items(tmp_path):
    side = load_side(_log(tmp_path / "hmicfrs.xlsx"), "hmicfrs")
    assert list(side.items["row"]) == [4, 5, 6, 7]
    assert list(side.items["ref"]) == ["8211", "8212", "8213", "8214"]       # "Source Ref"
    why = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert why[9].startswith("status 'n/a' where the list's items give the inspectorate's")
    assert why[10].startswith("status 'n/a'")
    # The item keyed a second time, its type worded otherwise: one item, read once.
    assert why[8].startswith("the same item as Learning Log Export!5")


def test_a_reference_with_two_digits_swapped_is_a_slip_of_the_item_it_names(tmp_path):
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMICFRS Ref", "Report", "Recommendation", "RAG"],
        ["8211", "Stolen Freedom 2017", ITEMS[0][1][:120], "Amber"],
        ["8213", "Stolen Freedom 2017", ITEMS[2][1][:120], "Green"],
        ["8221", "Stolen Freedom 2017", "Information sharing agreements with other agencies "
         "to share intelligence quickly", "Amber"]]})
    rec = reconcile_files(_log(tmp_path / "hmicfrs.xlsx"), f)
    got = rec.items.set_index("force_row")
    # 8221 is 8212 with two digits swapped, and the words are 8212's: a reference conflict,
    # paired all the same (the slip says little against the item it names).
    assert got.loc["Tracker!4", "hmicfrs_row"] == "Learning Log Export!5"
    assert got.loc["Tracker!4", "category"] == "conflict"


def test_an_issue_trackers_title_gives_the_type_and_by_design_is_done(tmp_path):
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": [
        ["Reference", "Report title", "Publication date", "Type", "Recommendation", "Status"],
        *[[8211 + k, STOLEN, datetime(*PUBLISHED), "Area for improvement" if k == 0 else kind,
           text, "Being progressed"] for k, (kind, text) in enumerate(ITEMS[:3])]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Issues": [
        ["Issue", "Issue description", "Priority", "Status", "Assigned to"],
        ["REC – MSHT leadership", ITEMS[0][1], "Critical", "In progress", "DCI Patel"],
        ["AFI 2 – MSHT training", ITEMS[1][1], "Normal", "In progress", "DCI Patel"],
        ["REC – NRM compliance", ITEMS[2][1], "Low", "By design", "DCI Patel"]]})
    rec = reconcile_files(h, f)
    got = rec.items.set_index("force_row")
    assert got.loc["Issues!2", "category"] == "conflict"           # REC where HMICFRS has AFI
    assert got.loc["Issues!3", "category"] == "conflict"           # AFI where HMICFRS has Rec
    assert got.loc["Issues!4", "category"] == "closeable_submit"   # "By design": already so
