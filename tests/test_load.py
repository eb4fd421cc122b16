"""Loading: the table is found, not assumed, and every row is either an item or explained."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import CONTROL_ROOM, DIGITAL, FORCE_HEADER, MSHT_INTEL, MSHT_NRM, write_xlsx

from reconcile import InputError, SideSettings, load_side


def tracker_with_groups(tmp_path: Path) -> Path:
    """Title rows, a merged report-title row per block, a Key sheet and a Notes sheet."""
    rows = [
        ["West Midlands Police – HMICFRS Recommendations Tracker"],          # 1
        ["Last updated: 14 November 2017"],                                  # 2
        [],                                                                  # 3
        FORCE_HEADER,                                                        # 4
        ["Stolen freedom – published 24 October 2017"],                     # 5 group
        [1, None, MSHT_INTEL, "Recommendation", "DCI Patel", "GREEN", "ISA signed"],  # 6
        [2, None, MSHT_NRM, "Recommendation", "DCI Patel", "Amber", None],    # 7
        [],                                                                  # 8
        ["PEEL: Police efficiency 2017"],                                    # 9 group
        [1, 8803, "AFI 1 - " + CONTROL_ROOM, "AFI", "Head of Contact", "RED", None],  # 10
        [None, None, None, None, "ACC Operations", None, None],              # 11 no text
    ]
    return write_xlsx(
        tmp_path / "tracker.xlsx",
        {"Tracker": rows,
         "Key": [["Colour", "Meaning"], ["GREEN", "The recommendation is implemented"],
                 ["AMBER", "Subject to ongoing work"]],
         "Notes": [["Tracker reviewed at JAC, September 2017."]]},
        merges={"Tracker": ["A5:G5", "A9:G9"]}, bold={"Tracker": ["A5", "A9"]})


def test_header_below_title_rows_and_group_rows_set_the_report(tmp_path):
    side = load_side(tracker_with_groups(tmp_path), "force")
    items = side.items
    assert list(items["row_id"]) == ["Tracker!6", "Tracker!7", "Tracker!10"]
    assert list(items["report"]) == ["Stolen freedom – published 24 October 2017"] * 2 + [
        "PEEL: Police efficiency 2017"]
    assert items.loc[2, "ref"] == 8803          # 'HMICFRS Ref' is a register reference
    assert items.loc[0, "local_ref"] == 1       # 'No.' is the tracker's running number
    assert items.loc[0, "ref"] is None
    tracker = next(s for s in side.sheets if s.sheet == "Tracker")
    assert tracker.header_row == 4
    assert tracker.mapping["text"] == "Recommendations & Areas for Improvement"
    assert tracker.mapping["status"] == "RAG"


def test_every_non_item_row_is_explained(tmp_path):
    side = load_side(tracker_with_groups(tmp_path), "force")
    reasons = dict(zip(side.skipped["row_id"], side.skipped["reason"], strict=True))
    assert reasons["Tracker!1"].startswith("title")
    assert reasons["Tracker!4"] == "header row"
    assert reasons["Tracker!5"].startswith("report title row")
    assert reasons["Tracker!11"] == ("no recommendation text in column "
                                     "'Recommendations & Areas for Improvement'")
    assert "Key!2" in reasons and "no table of items" in reasons["Notes!1"]
    for rep in side.sheets:
        assert rep.rows == rep.items + rep.explained, rep


def test_vertically_merged_report_cells_fill_their_group(tmp_path):
    rows = [["National reports"],
            ["Report", "Ref", "Action", "Owner", "Status"],
            ["Stolen freedom (2017)", "Rec 1", MSHT_INTEL, "DCI Patel", "Open"],
            [None, "Rec 2", MSHT_NRM, "DCI Patel", "Closed"],
            ["PEEL: Police efficiency 2017", "Rec 1", DIGITAL, "Head of IT", "In Progress"]]
    path = write_xlsx(tmp_path / "t.xlsx", {"National reports": rows},
                      merges={"National reports": ["A3:A4"]})
    items = load_side(path, "force").items
    assert list(items["report"]) == ["Stolen freedom (2017)", "Stolen freedom (2017)",
                                     "PEEL: Police efficiency 2017"]
    assert list(items["row_id"]) == ["National reports!3", "National reports!4",
                                     "National reports!5"]
    # "Ref" holding "Rec 1" is the tracker's own numbering, never an HMICFRS reference.
    assert items["ref"].isna().all()
    assert list(items["local_ref"]) == ["Rec 1", "Rec 2", "Rec 1"]


def test_items_are_read_from_every_item_sheet(tmp_path):
    head = ["Recommendation", "Status"]
    path = write_xlsx(tmp_path / "t.xlsx", {
        "2016": [head, [MSHT_INTEL, "Green"]],
        "2017": [["Tracker 2017"], [], head, [DIGITAL, "Amber"], [CONTROL_ROOM, "Red"]]})
    side = load_side(path, "force")
    assert list(side.items["row_id"]) == ["2016!2", "2017!4", "2017!5"]


def test_cp1252_csv_is_read_and_the_encoding_reported(tmp_path):
    text = ("Reference,Report title,Recommendation,Status\r\n"
            "6989,Crime data integrity 2017,\"Within six months the force should ensure that "
            "victims’ reports are believed – and recorded\",Being progressed\r\n")
    path = tmp_path / "definitive list.csv"
    path.write_bytes(text.encode("cp1252"))
    side = load_side(path, "hmicfrs")
    assert side.encoding == "Windows-1252"
    assert side.items.loc[0, "row_id"] == "definitive list.csv!2"
    assert "victims’ reports" in side.items.loc[0, "text"]


def test_utf8_csv_with_bom_and_a_multiline_cell_keeps_excel_row_numbers(tmp_path):
    text = ("\ufeffRecommendation,Status\n"
            "\"Line one\nline two of the same cell\",Open\n"
            f"\"{DIGITAL}\",Complete\n")
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8")
    side = load_side(path, "hmicfrs")
    assert side.encoding == "UTF-8"
    # Excel shows record numbers, not physical lines: header 1, then 2 and 3.
    assert list(side.items["row_id"]) == ["list.csv!2", "list.csv!3"]
    assert side.sheets[0].mapping["text"] == "Recommendation"


@pytest.mark.parametrize("hint", ["sep=;", '"sep=;"'])
def test_excels_separator_hint_is_not_a_row(tmp_path, hint):
    """A portal's extract opens with "sep=;" so Excel splits it right; Excel uses the line
    and does not show it. Rows are numbered as Excel shows them: the title is row 1."""
    text = (f"{hint}\r\nOFFICIAL\r\nHMICFRS recommendations – extract\r\n\r\n"
            "Reference;Report title;Recommendation;Status\r\n"
            f'="008413";Stolen freedom;"{MSHT_NRM}";Being progressed\r\n')
    path = tmp_path / "extract.csv"
    path.write_bytes(text.encode("cp1252"))
    side = load_side(path, "hmicfrs")
    assert list(side.items["row_id"]) == ["extract.csv!5"]
    assert side.sheets[0].header_row == 4
    assert side.items.loc[0, "text"] == MSHT_NRM
    assert "Excel's hint of the separator" in side.sheets[0].note


def test_config_maps_a_header_the_synonyms_cannot_guess(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", {"Sheet1": [
        ["Item", "What HMICFRS asked", "Colour"], [1, MSHT_INTEL, "GREEN"]]})
    with pytest.raises(InputError) as err:
        load_side(path, "force")
    message = str(err.value)
    assert "'What HMICFRS asked'" in message and "[force.columns] text =" in message
    settings = SideSettings(columns={"text": "What HMICFRS asked", "status": "Colour"})
    side = load_side(path, "force", settings)
    assert side.items.loc[0, "status"] == "GREEN"


def test_header_with_no_rows_under_it_says_so(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", {"Sheet1": [["Recommendation", "Status"]]})
    with pytest.raises(InputError, match="header is on row 1 but no row below it"):
        load_side(path, "hmicfrs")
