"""A tracker kept as a board drawn on a worksheet: stage headings across one row, each item a
card in one cell of its stage's column (report and number, the ask, "Lead: … | Due: …"),
several unrelated cards on one row, lanes under merged banner rows, the type by the card's
fill with a key. Each card is an item named by its cell; its status is its column's heading.

Texts are real public HMICFRS texts (Open Government Licence); the board, owners and stages
are invented.
"""

from __future__ import annotations

import openpyxl
from builders import COUNTY, OCSA, PEEL23, RASSO, SF, SOC, write_xlsx
from openpyxl.styles import PatternFill

from reconcile import reconcile_files
from reconcile.casegen.texts import CONTROL_ROOM, MSHT_INTEL, MSHT_NRM
from reconcile.load import load_side

BLUE = PatternFill("solid", fgColor="FF9BC2E6")
YELLOW = PatternFill("solid", fgColor="FFFFFF99")
HEADINGS = ["TO DO", "IN PROGRESS", "AWAITING SIGN-OFF", "DONE", "ON HOLD"]


def _card(head: str, ask: str, lead: str | None = "DI Kaur", due: str = "31/03/2025") -> str:
    lines = [head, " ".join(ask.split()[:22]) + "…"]
    if lead:
        lines.append(f"Lead: {lead} | Due: {due}")
    return "\n".join(lines)


def _board(path):
    """Two lanes; rows 5-6 and 8-9 hold cards of several stages side by side."""
    rows = [["Public protection & crime – HMICFRS board (move your card when it moves)"],
            [],
            HEADINGS,
            ["PUBLIC PROTECTION – D/Supt Jones"],
            [_card("PEEL 23-25 – AFI 3 #13403", RASSO), _card("PEEL 23-25 – AFI 2 #13402", OCSA),
             None, _card("Stolen freedom 2017 (8413)", MSHT_NRM, lead=None)],
            [None, _card("PEEL 23-25 AFI 1 – #13401", COUNTY), None, None,
             _card("Control room 2019 #11001", CONTROL_ROOM, lead=None)],
            ["CRIME – Det Ch Supt Ahmed"],
            [_card("Stolen freedom 2017 – Rec 1 #8411", MSHT_INTEL, lead="DCI Shaw"), None,
             _card("PEEL 23-25 – AFI 4 #13404", SOC)],
            [None, None, None,
             _card("Op Hydrant learning", "Refresh the force's guidance on recording "
                   "historic child abuse referrals and brief all PPU staff")],
            [],
            # A key of swatches, each cell filled as the cards of its type are.
            ["KEY – card colour = type", "Recommendation", "Area for improvement", None,
             "no colour = own action / not typed"],
            ["Board owner: S. Cartwright, OL team ext. 4417"]]
    write_xlsx(path, {"Board": rows}, merges={"Board": ["A4:E4", "A7:E7"]})
    wb = openpyxl.load_workbook(path)
    ws = wb["Board"]
    for ref in ("A5", "B5", "B6", "C8", "C11"):
        ws[ref].fill = BLUE
    for ref in ("A8", "D5", "B11"):
        ws[ref].fill = YELLOW
    # Lines as people write them: the lead first; a note after the lead line.
    ws["A8"] = ("Lead: DCI Shaw | Due: 31/12/2024\nStolen freedom 2017 – Rec 1 #8411\n"
                + " ".join(MSHT_INTEL.split()[:22]))
    ws["D5"] = ("Stolen freedom (2017)\n" + " ".join(MSHT_NRM.split()[:22])
                + "\nLead: DS Ali | Closed at OL board 05/09/24\nEvidence pack with ACC Crime")
    wb.save(path)
    return path


def _list(path):
    items = [(13401, PEEL23, "Area for improvement", COUNTY, "Being progressed"),
             (13402, PEEL23, "Area for improvement", OCSA, "Being progressed"),
             (13403, PEEL23, "Area for improvement", RASSO, "Being progressed"),
             (13404, PEEL23, "Area for improvement", SOC, "Awaiting review"),
             (8411, SF, "National recommendation", MSHT_INTEL, "Being progressed"),
             (8413, SF, "National recommendation", MSHT_NRM, "Complete")]
    return write_xlsx(path, {"Definitive list": [
        ["Reference", "Report title", "Type", "Recommendation", "Status"], *map(list, items)]})


def test_each_card_is_an_item_named_by_its_cell(tmp_path):
    side = load_side(_board(tmp_path / "tracker.xlsx"), "force")
    items = side.items.set_index("row_id")
    assert sorted(items.index) == ["Board!A5", "Board!A8", "Board!B5", "Board!B6", "Board!C8",
                                   "Board!D5", "Board!D9", "Board!E6"]
    assert items.loc["Board!B5", "status"] == "IN PROGRESS"
    assert items.loc["Board!D5", "status"] == "DONE"
    assert items.loc["Board!A5", "ref"] == "13403"
    # "(2017)" is the report's year, not a reference.
    assert items.loc["Board!D5", "ref"] != items.loc["Board!D5", "ref"]
    assert items.loc["Board!D5", "report"] == "Stolen freedom (2017)"
    assert items.loc["Board!D5", "progress"] == "Closed at OL board 05/09/24 Evidence pack with ACC Crime"
    assert items.loc["Board!A8", "ref"] == "8411"
    assert items.loc["Board!A8", "text"].startswith("Within six months")
    assert items.loc["Board!A8", "local_ref"] == "Rec 1"
    assert items.loc["Board!A5", "report"] == "PEEL 23-25"
    assert items.loc["Board!A5", "text"].startswith("The force should make sure victims")
    # Its own lead line first, else the lane's banner.
    assert items.loc["Board!A8", "owner"] == "DCI Shaw"
    assert items.loc["Board!D5", "owner"] == "DS Ali"
    assert items.loc["Board!E6", "owner"] == "PUBLIC PROTECTION – D/Supt Jones"
    assert items.loc["Board!A5", "due"] == "31/03/2025"
    # The card's fill, as the key says.
    assert items.loc["Board!B6", "type"] == "area for improvement"
    assert items.loc["Board!A8", "type"] == "recommendation"
    reasons = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert set(reasons) == {1, 3, 4, 7, 11, 12}
    assert reasons[3].startswith("the board's stage headings")
    assert reasons[7].startswith("a lane of the board")
    assert reasons[11].startswith("the board's key")
    assert reasons[12].startswith("a note on the board")
    rep = side.sheets[0]
    assert rep.rows == rep.items + rep.explained


def test_a_board_reconciled_card_by_card(tmp_path):
    rec = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), _board(tmp_path / "tracker.xlsx"))
    cats = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    assert cats == {
        ("Definitive list!2", "Board!B6"): "in_sync",
        ("Definitive list!3", "Board!B5"): "in_sync",
        ("Definitive list!4", "Board!A5"): "in_sync",
        ("Definitive list!5", "Board!C8"): "closeable_submit",
        ("Definitive list!6", "Board!A8"): "in_sync",
        ("Definitive list!7", "Board!D5"): "in_sync",
        (None, "Board!E6"): "not_on_hmicfrs_list",
        (None, "Board!D9"): "not_on_hmicfrs_list"}


def test_a_table_of_stage_columns_holding_dates_is_no_board(tmp_path):
    """Columns headed by stages, but holding the date each stage was reached: a table."""
    rows = [["Ref", "Recommendation", "Not started", "In progress", "Complete"],
            *[[13401 + k, t, "01/04/2024", "01/06/2024" if k % 2 else None,
               "01/09/2024" if k % 3 == 0 else None]
              for k, t in enumerate([COUNTY, OCSA, RASSO, SOC, CONTROL_ROOM, MSHT_INTEL])]]
    side = load_side(write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": rows}), "force")
    assert "board" not in side.sheets[0].note
    assert sorted(side.items["row_id"]) == [f"Tracker!{r}" for r in range(2, 8)]


def test_cards_written_in_any_order_with_an_unlabelled_lead_line(tmp_path):
    """The ask first and the report's line after it; "DI Nowak; 30/06/27" with no labels; a
    key in words opening "Card colour:"; "SENT TO HMI" a done stage."""
    rows = [["HMICFRS BOARD"],
            ["Card colour: yellow = recommendation (ours or national), blue = AFI, red = cause "
             "of concern"],
            [],
            ["BACKLOG", "ALLOCATED", "IN PROGRESS", "SENT TO HMI", "CLOSED"],
            ["CRIME & INTELLIGENCE – ACC J. Farrow"],
            ["PEEL 2023-25 AFI 6\nCounty lines intel – gather, assess & act on it\n"
             "DI R. Marsh – due 31/03/2027",
             "Online CSA – enough specialist capacity & capability\nPEEL 2023-25 AFI 7\n"
             "DI Nowak; 30/06/27", None,
             "NRM compliance + notify HO of suspected adult victims (MS Act 2015)\n"
             "Stolen Freedom · Rec 4\nDI Cole – closed 19/08/26"],
            [None, "Victims of RASSO kept informed (VCOP)\nPEEL 2023-25 AFI 8\nDCI Oduya | 31/12/26",
             None, "Info sharing agreements with partners\nHMI 8411\nDI Cole – due 31/12/26"]]
    path = write_xlsx(tmp_path / "tracker.xlsx", {"Board": rows},
                      merges={"Board": ["A5:E5"]})
    wb = openpyxl.load_workbook(path)
    for ref in ("A6", "B6", "B7"):
        wb["Board"][ref].fill = BLUE
    for ref in ("D6", "D7"):
        wb["Board"][ref].fill = YELLOW
    wb.save(path)
    items = load_side(path, "force").items.set_index("row_id")
    assert items.loc["Board!B6", "report"] == "PEEL 2023-25"
    assert items.loc["Board!B6", "local_ref"] == "AFI 7"
    assert items.loc["Board!B6", "text"] == "Online CSA – enough specialist capacity & capability"
    assert items.loc["Board!B6", "owner"] == "DI Nowak"
    assert items.loc["Board!B6", "due"] == "30/06/27"
    assert items.loc["Board!D6", "report"] == "Stolen Freedom"
    assert items.loc["Board!D6", "closed_on"] == "19/08/26"
    assert items.loc["Board!D7", "ref"] == "8411"
    assert items.loc["Board!A6", "type"] == "area for improvement"
    assert items.loc["Board!D7", "type"] == "recommendation"
    rec = reconcile_files(write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": [
        ["Reference", "Report title", "Type", "Recommendation", "Status"],
        [8411, SF, "National recommendation", MSHT_INTEL, "Being progressed"]]}), path)
    line = rec.items[rec.items["force_row"] == "Board!D7"].iloc[0]
    assert (line["hmicfrs_row"], line["category"]) == ("Definitive list!2", "closeable_submit")
