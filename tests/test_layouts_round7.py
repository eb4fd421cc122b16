"""Layouts met in the seventh round of cases built by other hands: a Microsoft Planner
export (its "Progress" column holds the status, "Bucket Name" the report) and one tracker
kept by two forces in an alliance ("WMP", "Warks", "Both") against both forces' definitive
lists in one file. Each test failed on the code before it.

Texts are real public HMICFRS texts (Stolen freedom, 2017; West Mercia's PEEL 2018/19
recommendations; Open Government Licence); trackers, statuses, owners and the register
numbers of the second force are invented.
"""

from __future__ import annotations

from datetime import datetime

from builders import MSHT_INTEL, MSHT_NRM, PEEL19, SF, WORKLOAD, write_xlsx

from reconcile import reconcile_files
from reconcile.load import load_side


def _list(path, sheet: str):
    """Two Stolen freedom recommendations (one open, one complete) and a PEEL 2018/19 one."""
    return write_xlsx(path, {sheet: [
        ["Reference", "Report", "Date published", "Type", "Recommendation", "Status"],
        [7001, SF, datetime(2017, 10, 24), "National recommendation", MSHT_INTEL,
         "Being progressed"],
        [7002, SF, datetime(2017, 10, 24), "National recommendation", MSHT_NRM, "Complete"],
        [10810, PEEL19, datetime(2019, 5, 2), "Recommendation", WORKLOAD, "Being progressed"],
    ]})


def test_a_planner_export_progress_is_the_status_and_the_bucket_the_report(tmp_path):
    """Planner's "Progress" holds Not started / In progress / Completed: a column of status
    words is the status, whatever its heading; "Bucket Name" is the report."""
    h = _list(tmp_path / "hmicfrs.xlsx", "Register")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"HMICFRS Recommendations": [
        ["Plan name", "HMICFRS recommendations"],
        ["Exported on", "11/6/2023"],
        [],
        ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To",
         "Due date", "Description"],
        ["a1", "SF rec 3 – information sharing", "Stolen freedom", "Completed", "Important",
         "DI Ford", "3/31/2023", MSHT_INTEL],                                           # 5
        ["a2", "SF rec 4 – NRM", "Stolen freedom", "In progress", "Medium", "DI Ford",
         "6/30/2024", MSHT_NRM],                                                        # 6
        ["a3", "PEEL 19 rec 1 – workload", "PEEL 2018/19", "Not started", "Urgent",
         "Det Ch Supt", "9/30/2024", WORKLOAD],                                         # 7
    ]})
    side = load_side(f, "force")
    assert side.sheets[0].mapping["status"] == "Progress"
    assert side.sheets[0].mapping["report"] == "Bucket Name"
    lines = reconcile_files(h, f).items.set_index("force_row")
    assert lines.loc["HMICFRS Recommendations!5", "category"] == "closeable_submit"
    assert lines.loc["HMICFRS Recommendations!6", "category"] == "closeable_local"
    assert lines.loc["HMICFRS Recommendations!7", "category"] == "in_sync"


def test_an_alliance_tracker_against_both_forces_lists(tmp_path):
    """West Mercia and Warwickshire keep one tracker: "WMP" and "Warks" are the two forces,
    "Both" each of them. A national recommendation both were given (a reference each) and
    tracked once for "Both" is that row for each force's copy; one tracked for "WMP" only
    leaves Warwickshire's copy missing; the force's name in the tracker's report heading
    ("PEEL 2018/19 – West Mercia") names no other report."""
    wm, wk = "West Mercia Police", "Warwickshire Police"
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": [
        ["Reference", "Force", "Report", "Date published", "Type", "Recommendation", "Status"],
        [7001, wm, SF, datetime(2017, 10, 24), "National recommendation", MSHT_INTEL,
         "Being progressed"],                                                           # 2
        [7101, wk, SF, datetime(2017, 10, 24), "National recommendation", MSHT_INTEL,
         "Complete"],                                                                   # 3
        [7002, wm, SF, datetime(2017, 10, 24), "National recommendation", MSHT_NRM,
         "Being progressed"],                                                           # 4
        [7102, wk, SF, datetime(2017, 10, 24), "National recommendation", MSHT_NRM,
         "Being progressed"],                                                           # 5
        [10810, wm, f"{PEEL19} – {wm}", datetime(2019, 5, 2), "Recommendation", WORKLOAD,
         "Being progressed"],                                                           # 6
    ]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Alliance tracker": [
        ["No.", "Force", "Report", "Recommendation", "RAG"],
        [1, "Both", "Stolen freedom", MSHT_INTEL, "GREEN"],                            # 2
        [2, "WMP", "Stolen freedom", MSHT_NRM, "AMBER"],                               # 3
        [3, "WMP", "PEEL 2018/19 – West Mercia (CoC recommendations)", WORKLOAD, "AMBER"],  # 4
    ]})
    rec = reconcile_files(h, f)
    got: dict[str, list[tuple[str, str]]] = {}
    for r in rec.items.itertuples():
        got.setdefault(str(r.force_row), []).append((r.hmicfrs_row, r.category))
    assert sorted(got["Alliance tracker!2"]) == [("Definitive list!2", "closeable_submit"),
                                                 ("Definitive list!3", "in_sync")]
    assert got["Alliance tracker!3"] == [("Definitive list!4", "in_sync")]
    assert got["Alliance tracker!4"] == [("Definitive list!6", "in_sync")]
    assert ("Definitive list!5", "missing_from_force") in got["None"]


def test_a_committee_appendix_converted_from_pdf(tmp_path):
    """A PDF appendix converted to Excel: each wrapped line of a cell is a row of its own
    (the item's first row holds its report, type and RAG; the next rows only the next line
    of its text, and of its lead and progress), a word broken over two lines ("in-" /
    "telligence"), the page's marking and number in cells, the header repeated on the next
    page with the rest of a text under it. One item per first row; the other rows joined."""
    h = _list(tmp_path / "hmicfrs.xlsx", "Definitive list")
    head = ["HMICFRS Ref", "Report", "Type", "Recommendation / Area for Improvement", "Lead",
            "RAG", "Progress update"]
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Table 1": [
        [None, None, None, "OFFICIAL"],
        ["Joint Audit Committee – Appendix A"],
        head,
        [None, "Stolen freedom", "Nat Rec", "Within six months, forces should have in place",
         "Det Supt", "GREEN", "Agreements signed with"],                                # 4
        [None, None, None, "active information-sharing agreements with other agencies to",
         "Public Protection", None, "all three councils."],                             # 5
        [None, None, None, "facilitate speedy exchange of in-"],                        # 6
        [None, None, None, "telligence and information, to protect"],                  # 7
        ["JAC – HMICFRS recommendations", None, None, "OFFICIAL", None, None,
         "Page 1 of 3"],                                                                # 8
        [None, None, None, "OFFICIAL"],
        head,                                                                           # 10
        [None, None, None, "victims and the public from those who exploit them, working with the"],
        [None, None, None, "National Crime Agency."],                                   # 12
        [None, "PEEL 2018/19", "Rec", "Immediately: conduct a review of officers' capabilities",
         "Det Ch Supt", "AMBER", "Review under way."],                                  # 13
        [None, None, None, "and capacity to manage their investigative workload, to better"],
        [None, None, None, "understand investigative demand and the skills needed."],  # 15
    ]})
    side = load_side(f, "force")
    items = side.items.set_index("row")
    assert list(items.index) == [4, 13]
    assert "exchange of intelligence and information" in items.loc[4, "text"]
    # The last line starts with a capital: the text above it had not ended ("with the").
    assert items.loc[4, "text"].endswith("working with the National Crime Agency.")
    assert items.loc[4, "owner"] == "Det Supt Public Protection"
    assert items.loc[4, "progress"] == "Agreements signed with all three councils."
    reasons = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert reasons[8].startswith("page header or footer")
    lines = reconcile_files(h, f).items.set_index("force_row")
    assert lines.loc["Table 1!4", "hmicfrs_row"] == "Definitive list!2"
    assert lines.loc["Table 1!13", "hmicfrs_row"] == "Definitive list!4"
    assert set(lines.index.dropna()) == {"Table 1!4", "Table 1!13"}


def test_a_trackers_force_names_are_read_as_the_lists():
    """Initials ("WMP", "DCP", "D&C"), letters in order ("Warks"), every force for "Both",
    "Joint" or two of the list's forces joined ("WMP & Warks"); a force the list does not
    hold ("Avon and Somerset", "Northants": its full name's key) stays itself, and is no
    alliance row."""
    from reconcile.normalise import aligned_force_keys, force_key

    def aligned(listed, written):
        return aligned_force_keys({force_key(x) for x in listed}, [force_key(x) for x in written])

    assert aligned(["West Mercia Police", "Warwickshire Police"],
                   ["WMP", "Warks", "Both", "WMP & Warks", "Northants", "Avon and Somerset"]) == [
        "west mercia", "warwickshire", "", "", "northamptonshire", "avon and somerset"]
    assert aligned(["Devon and Cornwall Police", "Dorset Police"], ["D&C", "DCP", "Joint"]) == [
        "devon and cornwall", "devon and cornwall", ""]


def test_a_tracker_of_texts_alone_in_lower_case_is_items_not_one_wrapped_text(tmp_path):
    """Rows with no status under an item with none, or under an item whose sentence has
    ended, are items of their own, whatever their case: only a text cut mid-sentence under
    an item's fuller row carries on. (Found by the property test of every row.)"""
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Recommendation", "RAG"],
        [MSHT_INTEL, None],                                                             # 2
        [MSHT_NRM.lower(), None],                                                       # 3
        [WORKLOAD, "AMBER"],                                                            # 4
        [MSHT_INTEL.lower(), None],                                                     # 5
    ]})
    assert list(load_side(f, "force").items["row"]) == [2, 3, 4, 5]
