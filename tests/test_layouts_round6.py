"""Layouts met in the sixth round of cases built by other hands: one text column per type
("Recommendation", "Area for Improvement", "Cause of Concern" side by side), an item's
summary row left with no status over its actions' own. Each test failed on the code before
it.

Texts are real public HMICFRS texts (Stolen freedom, 2017; PEEL 2021/22 areas for
improvement; Open Government Licence); trackers, statuses and owners are invented.
"""

from __future__ import annotations

from datetime import datetime

from builders import MSHT_INTEL, SF, write_xlsx

from reconcile import reconcile_files
from reconcile.load import load_side

PEEL22 = "PEEL 2021/22 – An inspection of Lincolnshire Police"
VICTIMS = ("The force should make sure victims of crime are given the right advice and support "
           "when they report a crime.")
SUCCESSION = ("The force should specify in succession plans how it will improve diversity in "
              "its leadership and senior roles.")
COC = ("The force isn't doing enough to make sure that it consistently provides an effective "
       "response to domestic abuse. This is a cause of concern.")


def _list(path):
    return write_xlsx(path, {"Register": [
        ["Reference", "Report", "Date published", "Type", "Recommendation", "Status"],
        [7001, SF, datetime(2017, 10, 24), "National recommendation", MSHT_INTEL,
         "Being progressed"],
        [13801, PEEL22, datetime(2022, 5, 20), "Area for improvement", VICTIMS,
         "Being progressed"],
        [13802, PEEL22, datetime(2022, 5, 20), "Area for improvement", SUCCESSION, "Complete"],
        [13803, PEEL22, datetime(2022, 5, 20), "Cause of concern", COC, "Being progressed"],
    ]})


def _tracker(path):
    return write_xlsx(path, {"Action Tracker": [
        ["Lincolnshire Police – HMICFRS action tracker"],
        ["No.", "Report", "Recommendation", "Area for Improvement", "Cause of Concern", "Action",
         "Lead", "RAG"],
        ["1", "Stolen freedom", MSHT_INTEL, None, None, None, "Det Supt", None],        # 3
        ["Action 1", None, None, None, None, "Information-sharing agreement with the "
         "county council signed", "Det Supt", "BLUE"],                                 # 4
        ["Action 2", None, None, None, None, "Regional MSHT intelligence desk in place",
         "DI Ford", "BLUE"],                                                            # 5
        ["2", "PEEL 21-22", None, VICTIMS, None, None, "ACC Local Policing", "GREEN"],  # 6
        ["3", "PEEL 21-22", None, SUCCESSION, None, None, "Director of People", "AMBER"],  # 7
        ["4", "PEEL 21-22", None, None, COC, None, "ACC Crime", "AMBER"],               # 8
        [],
        ["Key"],
        ["BLUE", "Complete – evidence submitted to HMICFRS"],
        ["GREEN", "On track – work progressing within target date"],
    ]})


def test_one_text_column_per_type_gives_the_text_and_its_type(tmp_path):
    """Each row fills one of three text columns: the text is the one filled, the type that
    column's. The rows with an area for improvement are items, not actions of the row above."""
    side = load_side(_tracker(tmp_path / "tracker.xlsx"), "force")
    items = side.items.set_index("row")
    assert items.loc[6, "text"] == VICTIMS and items.loc[6, "type"] == "area for improvement"
    assert items.loc[8, "text"] == COC and items.loc[8, "type"] == "cause of concern"
    assert items.loc[3, "type"] == "recommendation"
    assert "whichever of 'Recommendation', 'Area for Improvement', 'Cause of Concern'" in (
        side.sheets[0].note)
    rec = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), _tracker(tmp_path / "tracker.xlsx"))
    lines = rec.items.set_index("force_row")
    assert lines.loc["Action Tracker!6", "hmicfrs_row"] == "Register!3"
    assert lines.loc["Action Tracker!7", "hmicfrs_row"] == "Register!4"
    assert lines.loc["Action Tracker!7", "category"] == "closeable_local"
    assert lines.loc["Action Tracker!8", "hmicfrs_row"] == "Register!5"


def test_a_summary_row_with_no_status_over_done_actions_is_done(tmp_path):
    """The item's own row has no RAG; its two actions are both BLUE: the force has done it,
    so it is ready to submit for closure (a blank on the summary row is not 'open')."""
    rec = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), _tracker(tmp_path / "tracker.xlsx"))
    lines = rec.items.set_index("force_row")
    for row in ("Action Tracker!3", "Action Tracker!4", "Action Tracker!5"):
        assert lines.loc[row, "hmicfrs_row"] == "Register!2", row
        assert lines.loc[row, "category"] == "closeable_submit", row
    assert "2 of 2 done (1 with no status of its own)" in lines.loc["Action Tracker!3", "flags"]


def test_a_welsh_and_english_tracker(tmp_path):
    """A Welsh force's tracker, every heading, type and report name in both languages
    ("Argymhelliad / Recommendation", "Arolygiad PEEL 2021/22 / PEEL inspection 2021/22"),
    a reference not yet known written "TBC", a split's parts numbered "7001 (1)", "7001 (2)".
    The headings name their fields, the English half names the report, "TBC" is no
    reference and "7001 (2)" is a part of 7001: nothing differs."""
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Traciwr - Tracker": [
        ["Heddlu Gwent – Traciwr argymhellion AEF"],
        ["Gwent Police – HMICFRS recommendations tracker"],
        ["Rhif / No.", "Cyfeirnod / Reference", "Adroddiad / Report", "Math / Type",
         "Argymhelliad / Recommendation", "Perchennog / Owner", "Statws / Status",
         "Diweddariad / Update"],
        [1, "7001 (1)", "Rhyddid wedi'i ddwyn 2017 / Stolen freedom 2017",
         "Argymhelliad cenedlaethol / National recommendation", MSHT_INTEL[:120],
         "Det Supt", "Cwblhawyd / Complete", "Cytundebau wedi'u llofnodi / Agreements signed"],
        [2, "7001 (2)", "Rhyddid wedi'i ddwyn 2017 / Stolen freedom 2017",
         "Argymhelliad cenedlaethol / National recommendation", MSHT_INTEL[120:],
         "Det Supt", "Cwblhawyd / Complete", "Desg cudd-wybodaeth / Intelligence desk"],
        [3, "TBC", "Arolygiad PEEL 2021/22 / PEEL inspection 2021/22",
         "Maes i'w wella / Area for improvement", VICTIMS, "ACC", "Ar y gweill / In progress",
         "Adolygiad ar y gweill / Review under way"],
    ]})
    side = load_side(f, "force")
    mapping = side.sheets[0].mapping
    assert mapping["text"] == "Argymhelliad / Recommendation"
    assert mapping["type"] == "Math / Type" and mapping["status"] == "Statws / Status"
    rec = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), f)
    lines = rec.items.set_index("force_row")
    for row in ("Traciwr - Tracker!4", "Traciwr - Tracker!5"):
        assert lines.loc[row, "hmicfrs_row"] == "Register!2", row
        assert lines.loc[row, "category"] == "closeable_submit", row
    assert lines.loc["Traciwr - Tracker!6", "hmicfrs_row"] == "Register!3"
    assert lines.loc["Traciwr - Tracker!6", "category"] == "in_sync"
    assert not rec.items["flags"].astype(str).str.contains("differs").any()


def test_a_closed_yes_no_column_is_the_status_when_there_is_none(tmp_path):
    """No status column, but "Closed? (Y/N)": Y and Yes are closed, N and No open, a blank
    says nothing. Items are grouped by theme; the report is only in the Source cell."""
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["No.", "Source", "Recommendation / AFI", "Lead", "Closed? (Y/N)", "Date closed"],
        ["Vulnerability"],
        [1, "HMICFRS – Stolen freedom (2017), rec 3", MSHT_INTEL, "Det Supt", "Yes",
         datetime(2023, 3, 1)],                                                         # 3
        ["Workforce"],
        [2, "PEEL 2021/22 AFI 2", VICTIMS, "ACC", "N", None],                             # 5
        [3, "PEEL 2021/22 AFI 3", SUCCESSION, "Director of People", "Y",
         datetime(2023, 9, 30)],                                                        # 6
        [4, "PEEL 2021/22 CoC 1", COC, "ACC Crime", None, None],                        # 7
    ]})
    side = load_side(f, "force")
    status = side.items.set_index("row")["status"]
    assert status[3] == "Closed (Yes)" and status[5] == "Open (N)" and status[6] == "Closed (Y)"
    assert status.isna()[7]
    rec = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), f)
    lines = rec.items.set_index("force_row")
    assert lines.loc["Tracker!3", "category"] == "closeable_submit"
    assert lines.loc["Tracker!5", "category"] == "in_sync"
    assert lines.loc["Tracker!6", "category"] == "in_sync"        # complete on both
    assert lines.loc["Tracker!7", "category"] == "in_sync"


def test_bullets_whose_marks_were_lost_are_still_parts(tmp_path):
    """The list's text lost its bullet marks in a copy ("forces should: ensure that …" then
    one line per part, in lower case); the force tracks two of its three parts: the item
    is a conflict naming the part with no row, not done."""
    text = ("By September 2021, forces should: ensure that officers record on body-worn video "
            "(when this is available) the entirety of all stop and search encounters.\n"
            "have a structured process for regularly reviewing and monitoring internally a "
            "sufficient sample of body-worn video footage to identify and disseminate learning.\n"
            "provide external scrutiny panel members with access to samples of body-worn video "
            "footage showing stop and search encounters and use of force incidents.")
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Register": [
        ["Reference", "Report", "Type", "Recommendation", "Status"],
        [12142, "Disproportionate use of police powers", "Recommendation", text,
         "Being progressed"],
    ]})
    parts = text.split("\n")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["No", "HMICFRS Ref", "Report", "Recommendation", "Status"],
        ["45a", 12142, "Police powers spotlight (Feb 21)", parts[0], "GREEN"],
        ["45b", 12142, "Police powers spotlight (Feb 21)", parts[1], "GREEN"],
    ]})
    rec = reconcile_files(h, f)
    assert set(rec.items["category"]) == {"conflict"}
    assert "the force has no row for bullet (c): 'provide external scrutiny panel" in (
        rec.items["flags"].iloc[0])
