"""A definitive list exported a record per field: a feed pulled into Excel with Power Query
and left as "Record.id | Name | Value" rows, a regional hub's entity-attribute-value extract.
Each item is the rows sharing its key; read as one row per record at its first row.

Texts are real public HMICFRS texts (Open Government Licence); ids, statuses and the exports'
shapes are invented.
"""

from __future__ import annotations

from pathlib import Path

from builders import tracker_rows, write_xlsx

from reconcile import reconcile_files
from reconcile.casegen.texts.national import NATIONAL
from reconcile.load import load_side
from reconcile.load.longform import records_per_field
from reconcile.load.text import read_csv
from reconcile.load.xlsx import read_xlsx

TITLE, _, ITEMS = NATIONAL["stolen"]
STATUSES = ["being-progressed", "complete", "awaiting-review", "complete", "being-progressed"]


def _power_query(path):
    """Five records of Name/Value rows, a page's metadata rows between them, the third
    record given again by the paging (a repeat), the old records' fields in another order."""
    rows = [["Record.id", "Name", "Value"],
            [None, "meta.page", "1"], [None, "meta.totalRecords", "5"]]
    for k, ((kind, text), status) in enumerate(zip(ITEMS, STATUSES, strict=False)):
        rid = 8311 + 3 * k
        fields = [("id", rid), ("report.title", TITLE), ("report.published", "2017-10-24T00:00:00"),
                  ("type", kind.lower().replace(" ", "-")), ("status", status),
                  ("text", text), ("lastComment", None), ("statusHistory", "[List]")]
        if k < 2:              # migrated from the old register: another order
            fields = [fields[0], fields[5], fields[4], fields[3], fields[1], fields[2],
                      ("legacyRef", f"HMIC/2017/{k + 1:02}")]
        block = [[rid, name, value] for name, value in fields]
        rows += block
        if k == 2:
            rows += [[None, "meta.page", "2"], [None, "meta.totalRecords", "5"], *block]
    return write_xlsx(path, {"Query1": rows})


def test_each_record_is_one_item_at_its_first_row(tmp_path):
    side = load_side(_power_query(tmp_path / "hmicfrs.xlsx"), "hmicfrs")
    items = side.items
    assert list(items["row_id"]) == ["Query1!4", "Query1!11", "Query1!18", "Query1!36",
                                     "Query1!44"]
    assert list(items["ref"].astype(str)) == ["8311", "8314", "8317", "8320", "8323"]
    assert [t[:40] for t in items["text"]] == [text[:40] for _, text in ITEMS[:5]]
    assert list(items["status"]) == STATUSES
    assert set(items["report"]) == {TITLE}
    assert "a list exported a record per field" in side.sheets[0].note


def test_every_other_row_is_explained_with_its_reason(tmp_path):
    side = load_side(_power_query(tmp_path / "hmicfrs.xlsx"), "hmicfrs")
    why = dict(zip(side.skipped["row_id"], side.skipped["reason"], strict=True))
    assert why["Query1!2"].startswith("no record key")              # the page's metadata
    assert why["Query1!26"].startswith("no record key")
    assert why["Query1!23"] == "'text' of record 8317 (row 18): read with it"
    # The paging's repeat of record 8317: every row of it the same record's field again.
    assert all("of record 8317 again" in why[f"Query1!{r}"] for r in range(28, 36))
    written = 1 + 2 + 7 + 7 + 8 + 2 + 8 + 8 + 8
    assert len(side.items) + len(side.skipped) == written          # the header explained too


def test_a_long_list_reconciles_against_a_plain_tracker(tmp_path):
    h = _power_query(tmp_path / "hmicfrs.xlsx")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": tracker_rows(
        (TITLE, [[1, 8311, ITEMS[0][1], "National recommendation", "DCI Patel", "Green", "Done"],
                 [2, 8314, ITEMS[1][1], "National recommendation", "DCI Patel", "Green", "Done"],
                 [3, 8317, ITEMS[2][1], "National recommendation", "DCI Patel", "Amber", "Plan"]]))})
    rec = reconcile_files(h, f)
    cats = dict(zip(rec.items["hmicfrs_row"], rec.items["category"], strict=True))
    assert cats["Query1!4"] == "closeable_submit"       # being progressed, force Green
    assert cats["Query1!11"] == "in_sync"               # complete, force Green
    assert cats["Query1!18"] == "in_sync"               # awaiting review, force Amber
    assert cats["Query1!36"] == "missing_from_force"
    assert cats["Query1!44"] == "missing_from_force"


def _hub(path):
    """A hub's extract: items and their report as entities, attributes in alphabetical order,
    a status history with a current flag, a long text in two pieces."""
    head = ["extract_id", "entity_type", "entity_key", "attribute", "value_seq", "value",
            "is_current", "valid_from"]
    rows = [head]
    rows += [["X7", "REPORT", "RPT-12", a, 1, v, 1, "2017-10-24"]
             for a, v in (("PublishedDate", "2017-10-24"), ("Title", TITLE))]
    for k, (kind, text) in enumerate(ITEMS[:4]):
        key = f"HUB{5101 + k:06}"
        pieces = [text[:200], text[200:]] if len(text) > 200 else [text]
        attrs = [("RecType", 1, kind, 1, "2017-10-24"), ("ReportKey", 1, "RPT-12", 1, "2017-10-24"),
                 ("Status", 1, "awaiting-review", 0, "2017-10-24"),
                 ("Status", 1, "complete" if k % 2 else "being-progressed", 1, "2018-05-01"),
                 *(("Text", s + 1, piece, 1, "2017-10-24") for s, piece in enumerate(pieces))]
        rows += [["X7", "RECOMMENDATION", key, *a] for a in attrs]
    return write_xlsx(path, {"extract": rows})


def test_a_hub_extract_reads_current_values_joined_texts_and_the_report_record(tmp_path):
    side = load_side(_hub(tmp_path / "hub.xlsx"), "hmicfrs")
    items = side.items
    assert list(items["ref"]) == ["HUB005101", "HUB005102", "HUB005103", "HUB005104"]
    assert list(items["text"]) == [text for _, text in ITEMS[:4]]       # pieces joined whole
    assert list(items["status"]) == ["being-progressed", "complete"] * 2
    assert set(items["report"]) == {TITLE}
    why = dict(zip(side.skipped["row_id"], side.skipped["reason"], strict=True))
    assert why["extract!2"].startswith("the report record RPT-12 (named by 'ReportKey'")
    assert why["extract!6"] == ("an earlier value of 'Status' of record HUB005101 (not current):"
                                " the current one read")
    assert "a further piece of 'Text' of record HUB005101" in why["extract!9"]


def test_a_tracker_of_actions_under_their_owners_is_no_long_list(tmp_path):
    """A tracker with a reference repeated per action and a few owners is a table: every
    owner's rows hold long texts, no field of short words."""
    owners = ["DCI Patel", "Supt Rowe", "Ch Insp Khan"]
    rows = [["Rec ref", "Owner", "Action", "Progress"]]
    for k, (_, text) in enumerate(ITEMS):
        for j, owner in enumerate(owners):
            rows.append([f"SF{k + 1}", owner, text, f"Action {j + 1} of the plan agreed at the "
                                                    "board meeting in March and reported since"])
    grid = read_xlsx(write_xlsx(tmp_path / "t.xlsx", {"Actions": rows}))[0]
    assert records_per_field(grid, "force") is None


def test_a_log_of_updates_beside_each_items_text_is_a_table(tmp_path):
    """A register's history: a row per update under the item's own columns. "Updated by"
    repeats a few names and "Comment" holds long notes (or "Noted"), but the item's text is in
    its own column, on the item's first row."""
    head = ["Item ID", "Report", "Recommendation", "Update date", "Status", "Updated by",
            "Comment"]
    people = ["J Smith (HMICFRS)", "A Khan (force liaison)", "R Patel (HMICFRS)"]
    rows = [head]
    for k, (_, text) in enumerate(ITEMS):
        for j, who in enumerate(people):
            rows.append([8311 + 3 * k, "Stolen freedom", None if j else text, f"0{j + 1}/03/2018",
                         STATUSES[k % 5], who,
                         "Evidence reviewed at the quarterly meeting; further detail on the "
                         "partnership arrangements requested" if j else "Noted"])
    grid = read_xlsx(write_xlsx(tmp_path / "h.xlsx", {"Recommendation history": rows}))[0]
    assert records_per_field(grid, "hmicfrs") is None



def test_a_tree_exported_with_its_level_and_parent_key_is_a_table():
    """Jira Plans' CSV (round 101's case): "Hierarchy" repeats four level names, "Parent" a
    few dozen keys, "Status" four words, the title long on the items' rows: a tree, one row
    per work item, not fields of records (read so, it stopped the run with exit 2)."""
    case = Path(__file__).parent / "eval" / "other_hands" / "jira_plans_hierarchy_csv"
    grid = read_csv(case / "tracker.csv")[0][0]
    assert records_per_field(grid, "force") is None
