"""Layouts of the fifteenth session: a list exported from a portal that numbers its items by
code ("PEEL-2023-CAM-AFI-04") and a tracker copying those codes with its slips, and a row
whose reference names an item its paraphrase is nothing like. Each test failed on eb32f48,
the session's start, but the guards (a force's own codes against a list of numbers; a code
the list does not use).

Texts are real public HMICFRS texts (PEEL 2023-25 areas for improvement, the 2017 modern
slavery inspection; Open Government Licence); trackers, statuses and owners are invented,
the force's own wording written as a force would.
"""

from __future__ import annotations

from datetime import datetime

import pandas as pd
from builders import MSHT_INTEL, MSHT_NRM, SF, register, write_xlsx

from reconcile import reconcile_files
from reconcile.normalise.codes import code_key, register_codes

PEEL23 = "PEEL 2023–25: An inspection of Cambridgeshire Constabulary"
RASSO = ("The force should make sure victims of rape and serious sexual offences are kept "
         "informed about the progress of their case, in line with the Code of Practice for "
         "Victims of Crime.")
OCSA = ("The force should make sure it has enough specialist capacity and capability to "
        "investigate online child sexual abuse.")
SOC = ("The force should make sure its analysis of serious and organised crime informs its "
       "strategic assessment and control strategy.")
COUNTY = ("The force should improve how it gathers, assesses and acts on intelligence about "
          "county lines drug dealing.")


# ------------------------------------------------------------ register ids written as codes

def test_a_code_is_read_whatever_the_tracker_does_to_it():
    assert code_key("PEEL-2023-CAM-AFI-04") == "peel-2023-cam-afi-4"
    for slip in ("peel-2023-cam-afi-04", "PEEL 2023 CAM AFI 04", "PEEL2023-CAM-AFI-04",
                 "PEEL-2023-CAM-AFI-4", "PEEL-2023-CAM-AFI-04 (see also R03)",
                 "PEEL-2023-CAM-AFI-04 – closed 2024"):
        assert code_key(slip) == "peel-2023-cam-afi-4", slip
    # Not codes: a number, a word, a report's name, a sentence.
    for value in ("8411", "AFI 4", "Stolen freedom", "Complete",
                  "The force should make sure it has enough specialist capacity"):
        assert code_key(value) == "", value


def _portal(tmp_path):
    header = ["ID", "Report title", "Published", "Type", "Text", "Status"]
    rows = [["PEEL-2023-CAM-AFI-01", PEEL23, datetime(2024, 3, 12), "Area for improvement",
             RASSO, "Being progressed"],
            ["PEEL-2023-CAM-AFI-02", PEEL23, datetime(2024, 3, 12), "Area for improvement",
             OCSA, "Being progressed"],
            ["PEEL-2023-CAM-AFI-03", PEEL23, datetime(2024, 3, 12), "Area for improvement",
             SOC, "Completed"],
            ["PEEL-2023-CAM-AFI-04", PEEL23, datetime(2024, 3, 12), "Area for improvement",
             COUNTY, "Being progressed"],
            ["NAT-2017-MSHT-R01", SF, datetime(2017, 10, 24), "National recommendation",
             MSHT_INTEL, "Being progressed"],
            ["NAT-2017-MSHT-R02", SF, datetime(2017, 10, 24), "National recommendation",
             MSHT_NRM, "Being progressed"]]
    return write_xlsx(tmp_path / "hmicfrs.xlsx", {"Portal export": [header, *rows]})


def test_a_tracker_copying_a_portals_codes_pairs_on_them(tmp_path):
    """The force's own short wording reads its items too poorly to pair on words alone; the
    codes it copied (lower case, spaces for hyphens, a zero dropped, a note after) pair them.
    A row quoting a code of the scheme that no item has is a reference conflict; a row of
    the force's own bullet split ("R02a", "R02b") is its item's."""
    h = _portal(tmp_path)
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Cambridgeshire Constabulary – HMICFRS tracker"], [],
        ["Portal ID", "Report", "Recommendation", "Owner", "Status"],
        ["peel 2023 cam afi 01", "PEEL 23-25", "Keep RASSO victims updated (VCOP)",
         "DI Shaw", "Complete"],
        ["PEEL-2023-CAM-AFI-2", "PEEL 23-25", "OCSA team resourcing", "DCI Webb", "On track"],
        ["PEEL-2023-CAM-AFI-03 (see also AFI-04)", "PEEL 23-25", "SOC analysis into STRA",
         "Head of Intelligence", "On track"],
        ["PEEL-2022-CAM-AFI-04", "PEEL 23-25", COUNTY, "Head of Intelligence", "On track"],
        ["NAT-2017-MSHT-R01", "Stolen freedom", MSHT_INTEL, "DCI Ross", "Complete"],
        ["NAT-2017-MSHT-R02a", "Stolen freedom", "NRM referrals: first responder training",
         "DCI Ross", "On track"],
        ["NAT-2017-MSHT-R02b", "Stolen freedom", "NRM referrals: quality checks by the MSU",
         "DCI Ross", "On track"]]})
    rec = reconcile_files(h, f)
    got = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    assert got[("Portal export!2", "Tracker!4")] == "closeable_submit"
    assert got[("Portal export!3", "Tracker!5")] == "in_sync"
    assert got[("Portal export!4", "Tracker!6")] == "closeable_local"
    # The one code of the scheme no item has, on a copy of AFI-04's text: a conflict.
    assert got[("Portal export!5", "Tracker!7")] == "conflict"
    line = rec.items[rec.items["force_row"] == "Tracker!7"].iloc[0]
    assert "reference differs" in line["flags"]
    assert got[("Portal export!6", "Tracker!8")] == "closeable_submit"
    assert got[("Portal export!7", "Tracker!9")] == "in_sync"
    assert got[("Portal export!7", "Tracker!10")] == "in_sync"
    assert "review" not in got.values()


def test_a_forces_own_codes_are_no_register_ids_against_a_list_of_numbers(tmp_path):
    """The register's ids are numbers: the force's own codes ("PEEL23-AFI1") are not read as
    references, so none differs from an item's (each pairs on its words, in sync)."""
    h = register(tmp_path / "hmicfrs.xlsx",
                 [(20101, PEEL23, datetime(2024, 3, 12), "Area for improvement", RASSO),
                  (20102, PEEL23, datetime(2024, 3, 12), "Area for improvement", OCSA)],
                 "Being progressed")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Ref", "Report", "Recommendation", "Owner", "Status"],
        ["PEEL-2023-CAM-AFI-01", "PEEL 23-25", RASSO, "DI Shaw", "On track"],
        ["PEEL-2023-CAM-AFI-02", "PEEL 23-25", OCSA, "DCI Webb", "On track"]]})
    rec = reconcile_files(h, f)
    assert sorted(rec.items["category"]) == ["in_sync", "in_sync"]
    assert not rec.items["flags"].str.contains("reference differs").any()


def test_codes_are_keys_only_when_most_of_the_lists_ids_are_codes():
    """A list of numbers with one stray code keeps its numbers; the force's running numbers
    against a list of codes are the tracker's own, not references that differ."""
    h = pd.DataFrame({"ref": [8411, 8413, "NAT-2017-MSHT-R03"],
                      "ref_key": ["8411", "8413", ""]})
    f = pd.DataFrame({"ref": ["NAT-2017-MSHT-R03", 8411], "ref_key": ["", "8411"]})
    h2, f2 = register_codes(h, f)
    assert h2 is h and f2 is f
    h = pd.DataFrame({"ref": ["NAT-2017-MSHT-R01", "NAT-2017-MSHT-R02"], "ref_key": ["", ""]})
    f = pd.DataFrame({"ref": [1, 2, "nat 2017 msht r02", "PEEL21-AFI3"],
                      "ref_key": ["1", "2", "", ""]})
    h2, f2 = register_codes(h, f)
    assert h2["ref_key"].tolist() == ["nat-2017-msht-r-1", "nat-2017-msht-r-2"]
    assert f2["ref_key"].tolist() == ["", "", "nat-2017-msht-r-2", ""]


# -------------------------------- a reference naming an item its paraphrase is nothing like

def test_a_paraphrase_of_one_item_under_anothers_reference_is_that_items_conflict(tmp_path):
    """The row quotes 8413 (the NRM item) but its words paraphrase 8411 (intelligence on
    modern slavery), nothing like 8413's: the reference was mistyped. The row is 8411's, its
    reference a conflict to show; 8413 has no row. (Paired on the reference, it had been
    accepted as 8413's, in sync.)"""
    h = register(tmp_path / "hmicfrs.xlsx",
                 [(8411, SF, datetime(2017, 10, 24), "National recommendation", MSHT_INTEL),
                  (8413, SF, datetime(2017, 10, 24), "National recommendation", MSHT_NRM),
                  (20101, PEEL23, datetime(2024, 3, 12), "Area for improvement", RASSO),
                  (20102, PEEL23, datetime(2024, 3, 12), "Area for improvement", OCSA)],
                 "Open")
    paraphrase = ("Within 6 months have active information sharing agreements in place "
                  "with other agencies so intelligence is exchanged quickly, to safeguard "
                  "victims better and identify suspects as early as possible.")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Ref", "Report", "Recommendation", "Owner", "Status"],
        [8413, "Stolen freedom", paraphrase, "DCI Ross", "Open"],
        [20101, "PEEL 23-25", RASSO, "DI Shaw", "Open"],
        [20102, "PEEL 23-25", OCSA, "DCI Webb", "Open"]]})
    rec = reconcile_files(h, f)
    got = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    assert got == {("Recommendations!2", "Tracker!2"): "conflict",
                   ("Recommendations!3", None): "missing_from_force",
                   ("Recommendations!4", "Tracker!3"): "in_sync",
                   ("Recommendations!5", "Tracker!4"): "in_sync"}
    line = rec.items[rec.items["force_row"] == "Tracker!2"].iloc[0]
    assert "reference differs" in line["flags"]
