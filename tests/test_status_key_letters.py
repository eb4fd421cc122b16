"""A tracker's status written as one letter, its key above the table spelling each out:
"R | Red – not started", "G | Green – actions complete, evidence with sign-off lead",
"C | Closed – closure confirmed by HMICFRS". "C" is read by no table without the key.

Texts are real public HMICFRS texts (Open Government Licence); leads and keys are invented.
"""

from __future__ import annotations

from builders import write_xlsx

from reconcile import load_side, reconcile_files

PEEL = "PEEL: Police effectiveness 2016 – West Mercia Police"
TEXTS = [
    "The force should immediately take steps to understand and address the reason behind why "
    "such a high proportion of victims of domestic abuse do not support the police "
    "investigation.",
    "In addition, the practice of conducting domestic abuse risk assessments over the "
    "telephone and dealing with domestic abuse in the resolution centre should cease.",
    "The force should immediately review its approach to reports of missing children and take "
    "steps to ensure that call takers understand and use the missing and absent category "
    "appropriately.",
]


def _tracker(tmp_path):
    rows = [["West Mercia Police – HMICFRS tracker"], [], ["RAG KEY"],
            ["R", "Red – not started / behind target date"],
            ["A", "Amber – in progress, on track"],
            ["G", "Green – actions complete, evidence with sign-off lead"],
            ["C", "Closed – closure confirmed by HMICFRS or signed off at OLB"], [],
            ["Ref", "HMIC ID", "Report", "Recommendation", "Lead", "RAG"],
            ["P1.01", 7023, "PEEL Effectiveness 2016", TEXTS[0], "DCI Price", "C"],
            ["P1.02", 7024, "PEEL Effectiveness 2016", TEXTS[1], "DCI Price", "A"],
            ["P1.03", 7026, "PEEL Effectiveness 2016", TEXTS[2], "Supt Ellis", "G"]]
    return write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": rows})


def test_a_letter_key_says_what_each_letter_means(tmp_path):
    side = load_side(_tracker(tmp_path), "force")
    assert ("C", "Closed – closure confirmed by HMICFRS or signed off at OLB") in side.legend
    assert ("R", "Red – not started / behind target date") in side.legend
    hmicfrs = write_xlsx(tmp_path / "list.xlsx", {"List": [
        ["Reference", "Report title", "Type", "Recommendation", "Status"],
        [7023, PEEL, "Recommendation", TEXTS[0], "Complete"],
        [7024, PEEL, "Recommendation", TEXTS[1], "Being progressed"],
        [7026, PEEL, "Recommendation", TEXTS[2], "Being progressed"]]})
    rec = reconcile_files(hmicfrs, _tracker(tmp_path))
    cat = dict(zip(rec.items["force_row"], rec.items["category"], strict=True))
    assert cat == {"Tracker!10": "in_sync", "Tracker!11": "in_sync",
                   "Tracker!12": "closeable_submit"}
    assert not any("'C'" in note for note in rec.status_notes)     # not asked about
