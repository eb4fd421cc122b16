"""Layouts of the nineteenth session's rounds 68 and 69 of cases built by other hands: the
list as three of HMICFRS's CSV downloads joined end to end by Windows' "copy *.csv". Each
test fails on 6ad23b5.

Texts are real public HMICFRS texts (Stolen freedom 2017, PEEL 2023-25; Open Government
Licence); the tracker is invented.
"""

from __future__ import annotations

from builders import LEADERSHIP, MSHT_INTEL, MSHT_NRM, MSHT_PREVENT, OCSA, PEEL23, RASSO, SF, write_xlsx

from reconcile import reconcile_files


def _got(rec):
    return {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}


def _csv(cells):
    return ",".join('"' + str(v).replace('"', '""') + '"' for v in cells)


def test_csv_files_joined_end_to_end_read_each_block_by_its_own_header(tmp_path):
    """Two downloads joined by "copy *.csv": the first has no line break at its end, so its
    last item runs on into the second file's header (its byte-order mark between), and the
    second block's columns come in another order. The item is the first block's; the rows
    under it are read by the header glued to it. (Before: the second block was read by the
    first block's columns, its report as the type and its dates as statuses.)"""
    first = "Reference,Report,Type,Recommendation,Status,Status date"
    second = "Reference,Type,Report,Recommendation,Status,Published"
    lines = [first,
             _csv([8411, SF, "Recommendation", MSHT_INTEL, "Being progressed"]) + ",09/01/2024",
             _csv([8413, SF, "Recommendation", MSHT_NRM, "Complete"]) + ",10/01/2024",
             _csv([8415, SF, "Recommendation", MSHT_PREVENT, "Being progressed"])
             + ",12/01/2024\ufeff" + second,
             _csv([14510, "Area for improvement", PEEL23, RASSO, "Awaiting review",
                   "14/05/2024"]),
             _csv([14511, "Area for improvement", PEEL23, OCSA, "Being progressed",
                   "14/05/2024"]),
             _csv([8417, "Recommendation", SF, LEADERSHIP, "Being progressed", "24/10/2017"])]
    h = tmp_path / "hmicfrs.csv"
    h.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n\x1a").encode("utf-8"))
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMIC Ref", "Report", "Type", "Recommendation", "Lead", "RAG"],
        [8411, "Stolen Freedom 2017", "Rec", MSHT_INTEL, "DI MSHT", "Amber"],
        [8413, "Stolen Freedom 2017", "Rec", MSHT_NRM, "Head of L&D", "Complete"],
        [8415, "Stolen Freedom 2017", "Rec", MSHT_PREVENT, "DCI Shah", "Complete"],
        [14510, "PEEL 2023-25", "AFI", RASSO, "Supt PPU", "Amber"],
        [14511, "PEEL 2023-25", "Rec", OCSA, "Supt PPU", "Amber"],
        [8417, "PEEL 2023-25", "Rec", LEADERSHIP, "ACC Crime", "Amber"]]})
    rec = reconcile_files(h, f)
    got = _got(rec)
    assert got == {("hmicfrs.csv!2", "Tracker!2"): "in_sync",
                   ("hmicfrs.csv!3", "Tracker!3"): "in_sync",
                   ("hmicfrs.csv!4", "Tracker!4"): "closeable_submit",
                   ("hmicfrs.csv!5", "Tracker!5"): "in_sync",
                   ("hmicfrs.csv!6", "Tracker!6"): "conflict",     # an AFI tracked as a Rec
                   ("hmicfrs.csv!7", "Tracker!7"): "conflict"}     # filed under PEEL 2023-25
