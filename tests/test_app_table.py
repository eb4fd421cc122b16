"""A Power Apps app saving to an Excel table in OneDrive: the app's own columns
("__PowerAppsId__", a soft-delete flag "Deleted"), dates saved as UTC text, and rows carried
over from the old tracker still holding its RAG words, whose key sits on the "Lookups" sheet
after the app's choice lists ("… | GREEN | On track").

Texts are real public HMICFRS texts (Open Government Licence); ids, people and keys are
invented.
"""

from __future__ import annotations

from builders import write_xlsx

from reconcile import load_side, reconcile_files

DUPP = "Disproportionate use of police powers: A spotlight on stop and search and the use of force"
BWV = ("By September 2021, forces should: ensure that officers record on body-worn video (when "
       "this is available) the entirety of all stop and search encounters, including traffic "
       "stops and use of force incidents.")
REVIEW = ("By September 2021, forces should: have a structured process for regularly reviewing "
          "and monitoring internally a sufficient sample of body-worn video footage to identify "
          "and disseminate learning and hold officers to account when behaviour falls below the "
          "expected standard.")
PANEL = ("By September 2021, forces should: provide external scrutiny panel members with access "
         "to samples of body-worn video footage showing stop and search encounters and use of "
         "force incidents.")
COMMS = ("By July 2022, forces should ensure that officers and staff have effective communication "
         "skills, in line with the National Policing Guidelines on Conflict Management.")

HEAD = ["RecTitle", "HMICFRSRef", "ReportName", "RecType", "RecText", "Owner", "Status",
        "UpdatedOn", "__PowerAppsId__", "Deleted"]


def _recs():
    def rec(title, ref, text, status, app_id, deleted=False):
        return [title, str(ref), "Disproportionate Use of Powers 2021", "National Recommendation",
                text, "ACC Local Policing", status, "2022-02-24T16:51:27.331Z", app_id, deleted]
    return [HEAD,
            rec("BWV - record entire S&S / UoF encounters", 10454, BWV, "Ready for closure",
                "465b4e1d53e88f6509063d0aad0c8f03"),
            # A double tap on Submit saved the record twice; the copy was deleted in the app.
            rec("BWV - record entire S&S / UoF encounters", 10454, BWV, "In progress",
                "3b63bc7ed9565ed0a5f8af42af5bf4fb", deleted=True),
            # Carried over from the old tracker, never edited in the app: its RAG word.
            rec(REVIEW[:60], 10455, REVIEW, "GREEN", "9c1f0e2a7b3d4c5e8f9a0b1c2d3e4f50"),
            rec(PANEL[:60], 10456, PANEL, "BLUE", "0a1b2c3d4e5f60718293a4b5c6d7e8f9"),
            rec("Comms skills - NPG conflict management", 10457, COMMS, "In progress",
                "5e6f708192a3b4c5d6e7f8091a2b3c4d")]


def _lookups():
    return [["Status", None, "RecType", None, "Legacy RAG (2019 tracker)", None],
            ["Not started", None, "Recommendation", None, "BLUE",
             "Complete - signed off by OL Board"],
            ["In progress", None, "AFI", None, "GREEN", "On track"],
            ["Ready for closure", None, "Cause of Concern", None, "AMBER",
             "Some slippage - at risk"],
            ["Closed", None, "National Recommendation", None, "RED", "Off track / overdue"]]


def _files(tmp_path):
    hmicfrs = write_xlsx(tmp_path / "definitive list.xlsx", {"Definitive list": [
        ["Reference", "Report title", "Type", "Recommendation", "Status"],
        [10454, DUPP, "National recommendation", BWV, "Being progressed"],
        [10455, DUPP, "National recommendation", REVIEW, "Complete"],
        [10456, DUPP, "National recommendation", PANEL, "Being progressed"],
        [10457, DUPP, "National recommendation", COMMS, "Being progressed"]]})
    tracker = write_xlsx(tmp_path / "HMICFRS recs app.xlsx",
                         {"Recs": _recs(), "Lookups": _lookups()})
    return hmicfrs, tracker


def test_a_record_deleted_in_the_app_is_no_item(tmp_path):
    side = load_side(_files(tmp_path)[1], "force")
    assert sorted(side.items["row"]) == [2, 4, 5, 6]
    why = dict(zip(side.skipped["row_id"], side.skipped["reason"], strict=True))
    assert why["Recs!3"] == ("a record deleted in the app ('Deleted' is TRUE): kept in the "
                             "sheet, not an item")


def test_a_key_after_the_choice_lists_says_what_the_old_rag_means(tmp_path):
    side = load_side(_files(tmp_path)[1], "force")
    assert ("GREEN", "On track") in side.legend
    assert ("BLUE", "Complete - signed off by OL Board") in side.legend
    rec = reconcile_files(*_files(tmp_path))
    cat = dict(zip(rec.items["force_row"], rec.items["category"], strict=True))
    # GREEN is on track, so open: HMICFRS closed it, the force may close it too.
    assert cat["Recs!4"] == "closeable_local"
    assert cat["Recs!5"] == "closeable_submit"          # BLUE: complete
    assert cat["Recs!2"] == "closeable_submit"          # the live record, not its deleted copy
    assert "Recs!3" not in cat
