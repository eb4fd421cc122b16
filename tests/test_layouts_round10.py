"""Layouts met in the tenth round of cases built by other hands: a SharePoint list exported
to Excel with its rich-text column as HTML and its lookup and person columns as "text;#id".
(The round's log of updates is in test_layouts_round9.py, with the other regrouped rows.)
Each test failed on the code before it.

Texts are real public HMICFRS texts (Stolen freedom, 2017; Open Government Licence); the list,
statuses, people and ids are invented.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from builders import LEADERSHIP, MSHT_INTEL, MSHT_NRM, SF, write_xlsx

from reconcile import reconcile_files
from reconcile.load import load_side
from reconcile.load.richtext import plain


def test_a_sharepoint_rich_text_export_is_read_as_its_words(tmp_path):
    """"Recommendation Text" holds HTML (`<div class="ExternalClass…"><p>…&#160;</p></div>`,
    `<ul><li>` bullets), "Inspection" a lookup ("Stolen Freedom (MSHT) 2017;#12"), "Assigned
    To" a person ("Ford, Jane;#123"): each is read as what Excel shows a person, so texts pair
    and the report is the one named."""
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Register": [
        ["Reference", "Report", "Date published", "Type", "Recommendation", "Status"],
        [7001, SF, datetime(2017, 10, 24), "National recommendation", MSHT_INTEL,
         "Being progressed"],
        [7002, SF, datetime(2017, 10, 24), "National recommendation", MSHT_NRM, "Complete"],
        [7003, SF, datetime(2017, 10, 24), "National recommendation", LEADERSHIP,
         "Being progressed"]]})
    bullets = LEADERSHIP.split("\n")
    html = ('<div class="ExternalClassA28B286E"><p>' + bullets[0].replace("&", "&amp;")
            + "&#160;</p><ul>" + "".join(f"<li>{b.lstrip('• ')}</li>" for b in bullets[1:])
            + "</ul></div>")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"owssvr": [
        ["Title", "Recommendation Text", "Inspection", "Status", "Assigned To", "Item Type"],
        ["SF rec 3", f'<div class="ExternalClass9B21"><p>{MSHT_INTEL}</p></div>',
         "Stolen Freedom (MSHT) 2017;#12", "Completed", "Ford, Jane;#123", "Item"],      # 2
        ["SF rec 4", MSHT_NRM, "Stolen Freedom (MSHT) 2017;#12", "In Progress",
         "Ford, Jane;#123;#Shah, Ravi;#45", "Item"],                                        # 3
        ["SF rec 1", html, "Stolen Freedom (MSHT) 2017;#12", "In Progress", "Bell, Sam;#9",
         "Item"]]})                                                                         # 4
    items = load_side(f, "force").items.set_index("row_id")
    assert items.loc["owssvr!2", "text"] == MSHT_INTEL
    assert items.loc["owssvr!2", "report"] == "Stolen Freedom (MSHT) 2017"
    assert items.loc["owssvr!3", "owner"] == "Ford, Jane; Shah, Ravi"
    assert items.loc["owssvr!4", "text"].count("\n• ") == 4
    lines = reconcile_files(h, f).items.set_index("force_row")
    assert lines.loc["owssvr!2", "category"] == "closeable_submit"
    assert lines.loc["owssvr!3", "category"] == "closeable_local"
    assert lines.loc["owssvr!4", "hmicfrs_row"] == "Register!4"
    assert lines.loc["owssvr!4", "category"] == "in_sync"


@pytest.mark.parametrize("cell", ["S&S powers: stop & search", "x < y and z > w", "Ref;#",
                                  "Rec 3 - review; # of cases", "AT&T", "PEEL 2021/22"])
def test_text_that_only_looks_like_markup_is_left_as_typed(cell):
    assert plain(cell) == cell


def test_a_regional_tracker_names_its_forces_the_regions_way(tmp_path):
    """One tracker for five forces: "Force(s)" says "Leics/Notts", "Derbys & Lincs", "All 5"
    (the usual short forms: "Notts" is Nottinghamshire, "Northants" Northamptonshire). A row
    for two forces is the row of those two forces' copies of a national recommendation, not of
    the other three, which stay missing; "All 5" is every force's."""
    from reconcile.normalise import aligned_force_keys, force_key

    names = ["Derbyshire Constabulary", "Leicestershire Police", "Lincolnshire Police",
             "Northamptonshire Police", "Nottinghamshire Police"]
    listed = {force_key(n) for n in names}
    written = ["Notts", "Northants", "Leics/Notts", "Derbys & Lincs", "All 5", "Regional"]
    assert aligned_force_keys(listed, [force_key(w) for w in written]) == [
        "nottinghamshire", "northamptonshire", "leicestershire|nottinghamshire",
        "derbyshire|lincolnshire", "", ""]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": [
        ["Reference", "Force", "Report", "Date published", "Type", "Recommendation", "Status"],
        *[[7100 + k, name, SF, datetime(2017, 10, 24), "National recommendation", MSHT_INTEL,
           "Being progressed"] for k, name in enumerate(names)],                  # rows 2-6
        *[[7200 + k, name, SF, datetime(2017, 10, 24), "National recommendation", MSHT_NRM,
           "Being progressed"] for k, name in enumerate(names)]]})                # rows 7-11
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Ref", "Force(s)", "Report", "Recommendation", "Lead", "RAG"],
        ["EM/001", "Leics/Notts", "Stolen Freedom", MSHT_INTEL, "DI Ford", "GREEN"],        # 2
        ["EM/002", "All 5", "Stolen Freedom", MSHT_NRM, "DI Shah", "AMBER"]]})            # 3
    lines = reconcile_files(h, f).items
    by_item = lines.set_index("hmicfrs_row")
    assert set(lines.loc[lines["force_row"] == "Tracker!2", "hmicfrs_row"]) == {
        "Definitive list!3", "Definitive list!6"}
    assert by_item.loc["Definitive list!2", "category"] == "missing_from_force"
    assert set(lines.loc[lines["force_row"] == "Tracker!3", "hmicfrs_row"]) == {
        f"Definitive list!{r}" for r in range(7, 12)}


def test_a_header_written_on_two_lines_is_read_as_one(tmp_path):
    """A list converted from PDF wraps its headings: "HMICFRS" over "ref", "Date" over
    "published". Read as one header on its second row, the reference and the date are the
    list's, and the force's rows pair on the reference."""
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Table 1": [
        ["HMICFRS – Recommendations and areas for improvement – West Mercia Police"],
        [],
        ["HMICFRS", "Report", "Date", "Type", "Recommendation / area for improvement",
         "Status"],
        ["ref", None, "published"],
        [7001, SF, "24/10/2017", "National recommendation", MSHT_INTEL, "Being progressed"],
        [7002, SF, "24/10/2017", "National recommendation", MSHT_NRM, "Complete"]]})
    side = load_side(h, "hmicfrs")
    assert side.sheets[0].header_row == 4
    assert side.sheets[0].mapping["ref"] == "HMICFRS ref"
    assert side.sheets[0].mapping["published"] == "Date published"
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["No.", "HMICFRS Ref", "Recommendation", "RAG"],
        [1, 7002, "NRM training for all officers", "GREEN"]]})
    line = reconcile_files(h, f).items.set_index("force_row").loc["Tracker!2"]
    assert (line["hmicfrs_row"], line["method"]) == ("Table 1!6", "reference")


def test_rows_of_one_text_one_per_force_are_each_their_forces(tmp_path):
    """A regional tracker writes one national recommendation on five adjacent rows, one per
    force ("Derbys", "Leics", …), the same words on each: each row is its own force's copy,
    sure, not a tie between forces (rows of another force are no rivals)."""
    names = ["Derbyshire Constabulary", "Leicestershire Police", "Lincolnshire Police",
             "Northamptonshire Police", "Nottinghamshire Police"]
    short = ["Derbys", "Leics", "Lincs", "Northants", "Notts"]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": [
        ["Reference", "Force", "Report", "Date published", "Type", "Recommendation", "Status"],
        *[[7100 + k, name, SF, datetime(2017, 10, 24), "National recommendation", MSHT_INTEL,
           "Being progressed"] for k, name in enumerate(names)],
        *[[7200 + k, name, SF, datetime(2017, 10, 24), "National recommendation", MSHT_NRM,
           "Being progressed"] for k, name in enumerate(names)]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Ref", "Force(s)", "Report", "Recommendation", "Lead", "RAG"],
        *[[f"EM/{k:03}", s, "Stolen Freedom", MSHT_INTEL, "DI Ford", "AMBER"]
          for k, s in enumerate(short, start=1)],
        ["EM/006", "All 5", "Stolen Freedom", MSHT_NRM, "DI Shah", "GREEN"]]})
    lines = reconcile_files(h, f).items
    mine = lines[lines["force_row"].isin([f"Tracker!{r}" for r in range(2, 7)])]
    assert list(mine.sort_values("force_row")["hmicfrs_row"]) == [
        f"Definitive list!{r}" for r in range(2, 7)]
    assert set(mine["decision"]) == {"accepted"}
