"""A list pulled by a program and flattened to a table names each column by its field's path:
"fields.Rec_x0020_Text" (Microsoft Graph through pandas' json_normalize), "fields/Title" (a
Logic App), "RAG.Value" or "Lead_x0020_Officer.Title" (a Power Query record expanded). The
heading is the field the path ends in, less the record's accessor: "Lead_x0020_Officer.Title"
is the officer's name, not the item's title.

Texts are real public HMICFRS texts (Open Government Licence); the list, ids and owners are
invented.
"""

from __future__ import annotations

import pytest
from builders import COUNTY, OCSA, PEEL23, RASSO, SF, SOC, write_xlsx

from reconcile import reconcile_files
from reconcile.casegen.texts import CONTROL_ROOM, MSHT_INTEL, MSHT_NRM
from reconcile.load import load_side
from reconcile.load.header import header_key
from reconcile.normalise import ref_key

GRAPH = ["report", "item_type", "id", "fields.Title", "fields.Rec_x0020_Text",
         "fields.HMICFRS_x0020_Ref", "Lead_x0020_Officer.Title", "fields.Status",
         "fields.Latest_x0020_Update", "lastModifiedBy.user.displayName", "webUrl", "@odata.etag"]
#: (id, report, the force's short title, the wording, the force's status).
ITEMS = [
    (8411, SF, "MSHT Rec 1 – information-sharing agreements with other agencies in place",
     MSHT_INTEL, "Submitted to HMICFRS"),
    (8413, SF, "MSHT Rec 3 – fully compliant with the NRM and duty to notify", MSHT_NRM,
     "Closed"),
    (13401, PEEL23, "PEEL AFI 1 – gather, assess & act on county lines intelligence", COUNTY,
     "In Progress"),
    (13402, PEEL23, "PEEL AFI 2 – specialist capacity to investigate online CSA", OCSA,
     "In Progress"),
    (13403, PEEL23, "PEEL AFI – RASSO victims kept updated", RASSO, "Closed"),
    (13404, PEEL23, "PEEL AFI 4 – SOC analysis to inform the strategic assessment", SOC,
     "Not Started"),
    (11001, "Control room 2019", "Control room AFI – resources to meet demand and staff wellbeing",
     CONTROL_ROOM, "In Progress")]
#: The force's names of the reports, as its lookup list spells them.
SHORT = {SF: "Stolen Freedom (MSHT) 2017", PEEL23: "PEEL 2023-25"}


@pytest.mark.parametrize(("heading", "key"), [
    ("fields.Rec_x0020_Text", "rec text"), ("fields.Rec Text", "rec text"),
    ("fields/Title", "title"), ("RAG.Value", "rag"), ("Lead Officer.Title", "lead officer"),
    ("FieldValuesAsText.Lead", "lead"), ("Lead_x0020_Officer.Title", "lead officer"),
    ("fields.LeadOfficer", "lead officer"), ("Rec/AFI", "rec afi"), ("No.", "no"),
    ("Report.Id", "report id")])
def test_a_paths_heading_is_the_field_it_ends_in(heading, key):
    assert header_key(heading) == key


def _graph_extract(path):
    """The list as a notebook wrote it: the report and type as a MultiIndex (merged cells, the
    value in the first), Graph's field paths as headings, the title short, the wording in its
    own field, the lead an expanded person record."""
    index = [(SHORT[SF], "Recommendation"), (None, None), (SHORT[PEEL23], "AFI"), (None, None),
             (None, None), (None, None), ("Control room", "AFI")]
    rows = [GRAPH]
    for k, ((ref, _report, title, text, status), (name, kind)) in enumerate(
            zip(ITEMS, index, strict=True), start=1):
        # A title-only row, as owners leave them: its title reads like a heading.
        text = None if ref == 13403 else text
        rows.append([name, kind, str(40 + k), title, text, f"{ref}.0", f"DCI Officer {k}", status,
                     "Update to Gold group in May." if k % 2 else None, "SharePoint App",
                     f"https://force.sharepoint.com/sites/OL/Lists/HMICFRS/{40 + k}_.000",
                     f'"8ab72aa9-5119-773a-2535-8567990c24e{k},2"'])
    merges = ["A2:A3", "B2:B3", "A4:A7", "B4:B7"]
    return write_xlsx(path, {"Sheet1": rows}, merges={"Sheet1": merges})


def _list(path):
    done = {8413: "Complete"}
    return write_xlsx(path, {"Definitive list": [
        ["Reference", "Report title", "Recommendation", "Status"],
        *[[ref, report, text, done.get(ref, "Being progressed")]
          for ref, report, _title, text, _status in ITEMS]]})


def test_a_graph_extract_is_read_by_its_fields_paths(tmp_path):
    side = load_side(_graph_extract(tmp_path / "tracker.xlsx"), "force")
    items = side.items.set_index("row_id")
    assert sorted(items.index) == [f"Sheet1!{r}" for r in range(2, 9)]
    # "Rec Text" (as openpyxl reads "Rec_x0020_Text") names the text, not the short titles.
    assert side.sheets[0].mapping["text"] == "fields.Rec Text"
    # The reference as the notebook's astype(str) left it; read as the id.
    assert ref_key(items.loc["Sheet1!4", "ref"]) == "13401"
    assert items.loc["Sheet1!2", "status"] == "Submitted to HMICFRS"
    assert items.loc["Sheet1!4", "owner"] == "DCI Officer 3"
    assert items.loc["Sheet1!5", "report"] == "PEEL 2023-25"
    # The wording, not the short title; the officer, not the item's title.
    assert items.loc["Sheet1!4", "text"] == COUNTY
    # A title-only row is read by its title (the list's Title field), not by the row above's
    # wording carried down.
    assert items.loc["Sheet1!6", "text"] == "PEEL AFI – RASSO victims kept updated"


def test_a_graph_extract_reconciled(tmp_path):
    rec = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), _graph_extract(tmp_path / "tracker.xlsx"))
    cats = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    assert cats == {
        ("Definitive list!2", "Sheet1!2"): "closeable_submit",
        ("Definitive list!3", "Sheet1!3"): "in_sync",
        ("Definitive list!4", "Sheet1!4"): "in_sync",
        ("Definitive list!5", "Sheet1!5"): "in_sync",
        ("Definitive list!6", "Sheet1!6"): "closeable_submit",
        ("Definitive list!7", "Sheet1!7"): "in_sync",
        ("Definitive list!8", "Sheet1!8"): "in_sync"}
