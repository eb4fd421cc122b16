"""Layouts of the twenty-second session's round 77 of cases built by other hands.

- A block of a register's rows sorted without its hand-typed id column (Excel's "Continue
  with the current selection"): each row keeps another row's id, so the ids the block names
  are one another's. The texts decide; the ids are conflicts to fix.
- A status column of a workflow's numbered stages ("1 - Allocated" … "6 - Closed (HMICFRS
  confirmed)"), picked from a drop-down whose lists sit on a "Lists" sheet, typed by hand
  where the drop-down only warns ("Stage 4", 4), beside an older tracker's status column
  kept on a few rows.
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
from reconcile.load import load_side
from reconcile.load.stages import ladder, stage_of

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
    assert _categories(rec) == {("Definitive list!2", "Register!2"): "in_sync",
                                ("Definitive list!3", "Register!3"): "in_sync"}
    assert "paired on the HMICFRS reference" in _flags(rec, "Register!3")


_STAGES = ["1 - Allocated", "2 - Action plan agreed", "3 - In progress",
           "4 - Evidence submitted", "5 - Closed (force)", "6 - Closed (HMICFRS confirmed)"]


def test_a_cell_of_a_numbered_stage_reads_its_number_and_words():
    assert stage_of("4 - Evidence submitted") == (4, "Evidence submitted")
    assert stage_of("4-Evidence submitted") == (4, "Evidence submitted")
    assert stage_of("5 Closed") == (5, "Closed")
    assert stage_of("Stage 4") == (4, "")
    assert stage_of(4) == (4, "")
    assert stage_of("2019/20") is None
    assert stage_of("Complete") is None
    column = [*_STAGES, "3 - In progress", "Stage 4", "Complete"]
    assert ladder(column) == {k: s.split(" - ", 1)[1] for k, s in enumerate(_STAGES, start=1)}
    assert ladder(["1 - High", "2 - Medium"]) == {}          # two numbers: no ladder
    assert ladder(["Open", "Closed", "Open", "1 - Allocated"]) == {}


def _stage_tracker(tmp_path):
    texts = [COUNTY, OCSA, RASSO, SOC]
    rows = [["West Mercia Police – HMICFRS recommendations"], [],
            ["No.", "HMICFRS Ref", "Report", "Recommendation / AFI (summary)", "Lead", "Stage",
             "Progress update", "Status (2019 tracker)"]]
    stages = ["1 - Allocated", "Stage 4", "6 - Closed (HMICFRS confirmed)", "3 - In progress"]
    older = ["Open", None, "Complete", None]
    for k, (text, stage, old) in enumerate(zip(texts, stages, older, strict=True)):
        rows.append([k + 1, 13401 + k, "PEEL 2021/22", text, "ACC Crime", stage,
                     "Update given at the board.", old])
    rows += [[5, None, "Local", "Refresh the force's volunteer strategy and publish it.",
              "Head of HR", "2 - Action plan agreed", "Draft with the DCC.", None],      # 8
             [6, None, "Local", "Review the force's use of outside legal advice.", "Head of Legal",
              "4 - Evidence submitted", "Evidence with the board.", None],                # 9
             [7, None, "Local", "Publish the force's annual equality report on time.",
              "Head of HR", "5 - Closed (force)", "Published.", None]]                    # 10
    meanings = ["Recommendation received and allocated to a chief officer and a lead.",
                "Lead's action plan agreed by the chief officer; actions and target date set.",
                "Actions under way; the lead gives the board a monthly update.",
                "Lead reports all actions complete and has uploaded the closure evidence.",
                "Signed off by the chief officer at the board; closure proposed to HMICFRS.",
                "HMICFRS has confirmed the closure on the monitoring portal."]
    types = ["Recommendation", "AFI", "Cause of Concern"]
    olds = ["Open", "Ongoing", "Complete", "Closed"]
    lists = [["Stage", "Meaning", None, "Type", None, "Status (2019 tracker)"]]
    for k, (stage, meaning) in enumerate(zip(_STAGES, meanings, strict=True)):
        lists.append([stage, meaning, None, types[k] if k < len(types) else None, None,
                      olds[k] if k < len(olds) else None])
    return write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": rows, "Lists": lists})


def test_a_column_of_numbered_stages_is_the_status_and_a_lists_sheet_no_items(tmp_path):
    """The stages fill every row, the older status a few: the stages are the status. "Stage 4"
    is stage 4's words; "Allocated" (before "In progress") is open; the Lists sheet, each
    value once in lists of different lengths, is no item."""
    f = _stage_tracker(tmp_path)
    side = load_side(f, "force")
    assert [s.sheet for s in side.sheets if s.items] == ["Tracker"]
    assert side.sheets[0].mapping["status"] == "Stage"
    status = dict(zip(side.items["row"], side.items["status"], strict=True))
    assert status[4] == "Open (stage 1 - Allocated)"
    assert status[5] == "4 - Evidence submitted (typed 'Stage 4')"
    lists = side.skipped[side.skipped["sheet"] == "Lists"].set_index("row_id")["reason"]
    assert len(lists) == 7 and lists.drop("Lists!1").str.contains("drop-down lists").all()
    h = _list(tmp_path,
              [13401, PEEL21, "Area for improvement", COUNTY, "Being progressed"],   # 2
              [13402, PEEL21, "Area for improvement", OCSA, "Being progressed"],     # 3
              [13403, PEEL21, "Area for improvement", RASSO, "Complete"],            # 4
              [13404, PEEL21, "Area for improvement", SOC, "Complete"])              # 5
    cats = _categories(reconcile_files(h, f))
    assert cats[("Definitive list!2", "Tracker!4")] == "in_sync"
    assert cats[("Definitive list!3", "Tracker!5")] == "closeable_submit"
    assert cats[("Definitive list!4", "Tracker!6")] == "in_sync"
    assert cats[("Definitive list!5", "Tracker!7")] == "closeable_local"
    assert not any(str(f).startswith("Lists") for _, f in cats)


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
