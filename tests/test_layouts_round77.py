"""Layouts of the twenty-second session's round 77 of cases built by other hands.

- A block of a register's rows sorted without its hand-typed id column (Excel's "Continue
  with the current selection"): each row keeps another row's id, so the ids the block names
  are one another's. The texts decide; the ids are conflicts to fix.
- A split's row telling two bullets in semicolon clauses; a row opening with the item's
  stem, its clauses telling fewer bullets than the item has.
- "VCOP" for the Code of Practice for Victims of Crime.

Each test fails on a981139 but the second, a guard: an id naming an item another row
holds by id and text is not released. Texts are real public HMICFRS texts (Open Government Licence);
trackers, owners, stages and statuses are invented.
"""

from __future__ import annotations

from builders import COUNTY, OCSA, RASSO, SOC, write_xlsx

from reconcile import reconcile_files
from reconcile.casegen.texts import SAS_MONITORING_2017
from reconcile.casegen.texts.force import CDI_VICTIMS_BODY

PEEL21 = "PEEL: Police effectiveness, efficiency and legitimacy 2021/22"
_LIST_HEAD = ["ID", "Report", "Type", "Recommendation", "Status"]
FRAUD = ("The force should make sure victims of fraud are kept informed about the progress of "
         "their case, in line with the Code of Practice for Victims of Crime.")


def _list(tmp_path, *rows):
    return write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": [_LIST_HEAD, *rows]})


def _categories(rec):
    return {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}


def _flags(rec, force_row):
    return " ".join(rec.items.loc[rec.items["force_row"] == force_row, "flags"].astype(str))


def test_a_block_sorted_without_its_id_column_pairs_on_its_texts(tmp_path):
    """Four PEEL rows sorted by lead without column A: each keeps the id of the row that was
    there. Paired on the text, each id a conflict; not on the ids, whose texts differ."""
    h = _list(tmp_path,
              [13401, PEEL21, "Area for improvement", COUNTY, "Being progressed"],   # 2
              [13402, PEEL21, "Area for improvement", OCSA, "Being progressed"],     # 3
              [13403, PEEL21, "Area for improvement", RASSO, "Being progressed"],    # 4
              [13404, PEEL21, "Area for improvement", SOC, "Being progressed"])      # 5
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Register": [
        ["HMICFRS ID", "Report", "Type", "Recommendation / AFI", "Lead", "Status"],
        [13401, "PEEL 2021/22", "AFI", "The force should make sure victims of rape and "
         "serious sexual offences are kept informed about the progress of their case, in "
         "line with the VCOP.", "ACC Crime", "Ongoing"],                                 # 2
        [13402, "PEEL 2021/22", "AFI", SOC, "ACC Intelligence", "Ongoing"],              # 3
        [13403, "PEEL 2021/22", "AFI", COUNTY, "Supt Local Policing", "Ongoing"],        # 4
        [13404, "PEEL 2021/22", "AFI", OCSA, "Supt Public Protection", "Ongoing"]]})     # 5
    rec = reconcile_files(h, f)
    assert _categories(rec) == {
        ("Definitive list!4", "Register!2"): "conflict",
        ("Definitive list!5", "Register!3"): "conflict",
        ("Definitive list!2", "Register!4"): "conflict",
        ("Definitive list!3", "Register!5"): "conflict"}
    assert "reference" in _flags(rec, "Register!3")


def test_a_mistyped_id_naming_an_item_with_its_own_row_still_pairs_on_the_id(tmp_path):
    """One row whose id names an item that another row holds by id and by text: the id is
    not released (only ids the block's rows name among themselves are)."""
    h = _list(tmp_path,
              [13401, PEEL21, "Area for improvement", COUNTY, "Being progressed"],   # 2
              [13402, PEEL21, "Area for improvement", OCSA, "Being progressed"])     # 3
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Register": [
        ["HMICFRS ID", "Report", "Type", "Recommendation / AFI", "Lead", "Status"],
        [13401, "PEEL 2021/22", "AFI", COUNTY, "Supt Local Policing", "Ongoing"],        # 2
        [13402, "PEEL 2021/22", "AFI", "Review of the county lines intelligence "
         "collection plan: second phase", "Supt Local Policing", "Ongoing"]]})           # 3
    rec = reconcile_files(h, f)
    assert _categories(rec)[("Definitive list!2", "Register!2")] == "in_sync"
    assert ("Definitive list!3", "Register!3") in _categories(rec)


CDI = "Within six months the force should " + CDI_VICTIMS_BODY + "."
CDI_REPORT = "Crime data integrity inspection 2016"


def test_a_split_row_telling_two_bullets_in_clauses_leaves_none_out(tmp_path):
    """Three rows of the five-bullet CDI recommendation, the second telling bullets (c) and
    (d) in two semicolon clauses: no bullet is missing; the third still open."""
    h = _list(tmp_path, [7215, CDI_REPORT, "Recommendation", CDI, "Being progressed"])
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["No.", "HMICFRS Ref", "Report", "Recommendation / AFI (summary)", "Status"],
        ["24", 7215, "CDI 2016", "CDI - at point of report victims are believed; call handler / "
         "caller conversations summarised accurately on incident log", "Complete"],
        ["24a", None, "CDI 2016", "CDI - multiple crimes always recorded; stop waiting for "
         "medical exam / video interview results before crime recording decision", "Complete"],
        ["24b", None, "CDI 2016", "CDI - online crime reports triaged on receipt so ongoing "
         "risk to victim / public is identified & managed", "In progress"]]})
    rec = reconcile_files(h, f)
    assert set(_categories(rec).values()) == {"in_sync"}
    assert "no row for bullet" not in _flags(rec, "Tracker!3")


def test_a_row_opening_with_the_stem_and_two_clauses_leaves_the_third_bullet_out(tmp_path):
    """"By July 2018 regularly monitor … to understand: reasons …; how find rates differ …":
    two of the three things to understand, the third (possession-only searches) left out."""
    h = _list(tmp_path, [8542, "PEEL: Police legitimacy 2017", "National recommendation",
                         SAS_MONITORING_2017, "Being progressed"])
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["No.", "HMICFRS Ref", "Report", "Recommendation / AFI (summary)", "Status"],
        ["53", 8542, "PEEL Legit 17 S&S", "By July 2018 regularly monitor comprehensive S&S "
         "data to understand: reasons for disproportionate representation of ethnic groups; "
         "how find rates differ by ethnicity & type of search (incl. drug possession / supply)",
         "Evidence submitted"]]})
    rec = reconcile_files(h, f)
    assert _categories(rec) == {("Definitive list!2", "Tracker!2"): "conflict"}
    assert "bullet (c): 'the prevalence of possession-only drug searches" in _flags(rec, "Tracker!2")


_PAIRS_OF_ROW_30 = """
import sys
from pathlib import Path
from reconcile import reconcile_files
case = Path(sys.argv[1])
rec = reconcile_files(case / "hmicfrs.xlsx", case / "tracker.xlsx")
print(sorted(str(r.hmicfrs_row) for r in rec.items.itertuples()
             if r.force_row == "HMICFRS Tracker!30"))
"""


def test_a_row_naming_two_ids_is_each_items_whatever_the_hash_seed():
    """A row naming a cause of concern's id and its recommendation's (its text the
    recommendation's) pairs with both, in every process: the order a set of ids is read in
    once decided which of the two a stale-id check looked at."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    case = Path(__file__).parent / "eval" / "other_hands" / "access_query_export_leszynski"
    seen = set()
    for seed in ("1", "2", "5", "7"):
        out = subprocess.run([sys.executable, "-c", _PAIRS_OF_ROW_30, str(case)],
                             env={**os.environ, "PYTHONHASHSEED": seed}, check=True,
                             capture_output=True, text=True).stdout.strip()
        seen.add(out)
    assert seen == {"['qryDefList_Jun22_Current!16', 'qryDefList_Jun22_Current!21']"}
