"""Layouts of the twentieth session's round 74 of cases built by other hands: a monday.com
board exported to Excel, each group under its own title and header, an item's subitems as a
small table of their own right under it (their header shifted a column right, the subitem's
name under the item's "Subitems" column). The test fails on 682e78b (the subitems were rows
with no text, the item's parts lost; "Working on it" an unknown word).

Texts are real public HMICFRS texts (Stolen freedom 2017, PEEL 2023-25; Open Government
Licence); the board is invented.
"""

from __future__ import annotations

from builders import LEADERSHIP, MSHT_INTEL, OCSA, PEEL23, RASSO, SF, write_xlsx

from reconcile import reconcile_files

_HEAD = ["Name", "Subitems", "Owner", "Status", "HMICFRS Ref", "Report", "Type",
         "HMICFRS wording", "Item ID (auto generated)"]
_SUB = ["Subitems", "Name", "Owner", "Status", "Date", "Item ID (auto generated)"]


def test_a_monday_boards_subitems_are_the_parts_of_the_item_above(tmp_path):
    """Each subitem is a part of its item, with its own status: an item marked Done whose
    third subitem is still "Working on it" is not done; one whose subitems are all Done is.
    The subitems' header rows are explained, not items."""
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Recommendations": [
        ["Recommendation ID", "Report title", "Type", "Recommendation", "Status"],
        [8411, SF, "Recommendation", MSHT_INTEL, "Being progressed"],
        [8417, SF, "Recommendation", LEADERSHIP, "Being progressed"],
        [14510, PEEL23, "Area for improvement", RASSO, "Awaiting review"],
        [14511, PEEL23, "Area for improvement", OCSA, "Awaiting review"]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"HMICFRS Recs & AFIs": [
        ["HMICFRS Recs & AFIs – Lincolnshire Police"], [],
        ["Working on it"], _HEAD,                                                        # 3-4
        ["MSHT leadership (4 strands)", "Senior leaders prioritise MSHT", "DCI Shah", "Done",
         "8417", "Stolen Freedom 2017", "National rec", LEADERSHIP, "1623516318"],       # 5
        _SUB,                                                                            # 6
        [None, "Senior leaders prioritise MSHT", "DCI Shah", "Done", None, "1623517741"],
        [None, "Resources with the skills to investigate", "DI Ford", "Done", None,
         "1623519456"],
        [None, "Partnership arrangements to share information", "Supt Lee", "Working on it",
         None, "1623523371"],                                                            # 9
        ["MSHT intelligence sharing", "ISAs with the council", "DI Ford", "Done", "8411",
         "Stolen Freedom 2017", "National rec", MSHT_INTEL, "1623527375"],               # 10
        _SUB,
        [None, "ISAs with the council", "DI Ford", "Done", None, "1623529367"],          # 12
        [None, "ISAs with the health trust", "DI Ford", "Done", None, "1623531500"],
        [],
        ["PEEL 2023-25"], _HEAD,                                                         # 15-16
        ["RASSO – victims kept informed", None, "Supt PPU", "Working on it", "14510",
         "PEEL 2023-25", "AFI", RASSO, "1623535136"],
        ["CSA specialist capacity", None, "Supt PPU", "Stuck", "14511", "PEEL 2023-25", "AFI",
         OCSA, "1623537935"]]})
    rec = reconcile_files(h, f)
    got = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    assert got == {**{("Recommendations!3", f"HMICFRS Recs & AFIs!{r}"): "in_sync"
                      for r in (5, 7, 8, 9)},
                   **{("Recommendations!2", f"HMICFRS Recs & AFIs!{r}"): "closeable_submit"
                      for r in (10, 12, 13)},
                   ("Recommendations!4", "HMICFRS Recs & AFIs!17"): "in_sync",
                   ("Recommendations!5", "HMICFRS Recs & AFIs!18"): "in_sync"}
    skipped = rec.force.skipped.set_index("row")["reason"]
    assert skipped[6].startswith("the header of an item's subitems")
    assert skipped[11].startswith("the header of an item's subitems")
    assert set(rec.f["state"]) == {"open", "done"}          # "Working on it", "Stuck" known
