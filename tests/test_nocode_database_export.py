"""A tracker kept in a no-code database (Baserow) and its grid view exported to CSV as the
product writes it: the database's own row id first, a linked report whose row lost its name
("unnamed row 14"), links to two reports joined by a comma and no space, a "Parent rec" link
from each sub-action to its recommendation's row, checkboxes as True / False, a record's
first state "New".

Texts are real public HMICFRS texts (Open Government Licence); the tracker is invented.
"""

from __future__ import annotations

import csv
from datetime import datetime

from builders import LEADERSHIP, MSHT_INTEL, SF, register

from reconcile import reconcile_files
from reconcile.casegen.texts.national import NATIONAL
from reconcile.load import load_side
from reconcile.normalise.reports import report_key
from reconcile.normalise.types import type_word

FA, _, FA_ITEMS = NATIONAL["firearms"]
GOVERNANCE, DEMAND = FA_ITEMS[0][1], FA_ITEMS[1][1]
SF_DATE, FA_DATE = datetime(2017, 10, 24), datetime(2015, 9, 15)
HEADER = ["id", "Name", "Report", "Type", "HMICFRS ID", "Recommendation", "Status", "Closed",
          "Lead", "Parent rec"]


def _register(path):
    items = [(8402, SF, SF_DATE, "National recommendation", LEADERSHIP),
             (8411, SF, SF_DATE, "National recommendation", MSHT_INTEL),
             (5630, FA, FA_DATE, "National recommendation", GOVERNANCE),
             (5631, FA, FA_DATE, "National recommendation", DEMAND)]
    return register(path, items, "Being progressed")


def _baserow(path):
    rows = [
        [30, "MSHT leadership & governance", "Stolen Freedom (MSHT) 2017", "National rec", 8402,
         "Review MSHT leadership & governance arrangements (4 parts)", "In progress", "False",
         "Michelle Varty", ""],
        [31, "MSHT (a) senior leaders prioritise", "Stolen Freedom (MSHT) 2017", "National rec",
         "", "Senior leaders prioritise the response to modern slavery & human trafficking.",
         "Signed off", "True", "Michelle Varty", "MSHT leadership & governance"],
        [32, "MSHT (b) resourcing of incidents", "Stolen Freedom (MSHT) 2017", "National rec",
         "", "Every MSHT incident allocated resources with the skills & capacity to investigate.",
         "Signed off", "True", "Sam Rees", "MSHT leadership & governance"],
        [34, "MSHT (d) performance & QA", "Stolen Freedom (MSHT) 2017", "National rec", "",
         "Performance & QA measures so senior leaders can assess service to victims.",
         "Signed off", "True", "Sam Rees", "MSHT leadership & governance"],
        [33, "MSHT (c) partnership arrangements", "Stolen Freedom (MSHT) 2017", "National rec",
         "", "Effective partnership arrangements to co-ordinate activity & safeguard victims.",
         "In progress", "False", "Sam Rees", "MSHT leadership & governance"],
        [40, "MSHT info sharing", "Stolen Freedom (MSHT) 2017,PEEL 2021/22", "National rec",
         8411, MSHT_INTEL, "New", "False", "Sam Rees", ""],
        [41, "FEL governance v APP", "unnamed row 14", "National rec", 5630, GOVERNANCE,
         "In progress", "False", "Jo Hart", ""],
        [42, "FEL demand & capacity", "unnamed row 14", "National rec", 5631, DEMAND,
         "In progress", "False", "Jo Hart", ""],
    ]
    return _write(path, rows)


def _write(path, rows):
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows([HEADER, *rows])
    return path


def test_sub_actions_linked_to_their_parent_row_are_parts_of_its_item(tmp_path):
    rec = reconcile_files(_register(tmp_path / "hmicfrs.xlsx"),
                          _baserow(tmp_path / "tracker.csv"))
    items = rec.items
    leadership = items[items["hmicfrs_row"] == "Recommendations!2"]
    assert sorted(leadership["force_row"]) == [f"tracker.csv!{r}" for r in range(2, 7)]
    assert set(leadership["category"]) == {"in_sync"}      # part (c) still in progress
    assert not (items["category"] == "not_on_hmicfrs_list").any()


def test_a_nameless_linked_report_and_two_linked_reports_are_no_report_conflict(tmp_path):
    rec = reconcile_files(_register(tmp_path / "hmicfrs.xlsx"),
                          _baserow(tmp_path / "tracker.csv"))
    got = rec.items.set_index("force_row")
    for row in ("tracker.csv!7", "tracker.csv!8", "tracker.csv!9"):
        assert got.loc[row, "category"] == "in_sync", row
        assert "report differs" not in got.loc[row, "flags"], row


def test_new_is_open_and_a_checkbox_is_no_date(tmp_path):
    side = load_side(_baserow(tmp_path / "tracker.csv"), "force")
    report = side.sheets[0]
    assert "closed_on" not in report.mapping         # "Closed" True / False: whether, not when
    assert report.mapping["parent"] == "Parent rec"
    assert "dates not understood" not in report.note
    rec = reconcile_files(_register(tmp_path / "hmicfrs.xlsx"), tmp_path / "tracker.csv")
    assert not any("'New'" in note for note in rec.status_notes)    # not asked about: open
    assert rec.items.set_index("force_row").loc["tracker.csv!7", "category"] == "in_sync"


def test_a_linked_record_with_no_name_names_no_report_and_a_comma_join_names_each():
    assert report_key("unnamed row 14") == ""
    assert report_key("Untitled") == ""
    assert report_key("PEEL Eff 17,PEEL 2021/22") == "peel effectiveness efficiency 2017 | peel 2021"
    # A title's own comma has a space after it: one report.
    assert " | " not in report_key("Policing in austerity: One year on, 2013")


def test_the_right_skills_is_a_wording_not_another_subject(tmp_path):
    # "teams and individuals with the skills" / "teams with right skills" swap no subject: a
    # word of judgement names no thing. And "Nat Rec" is a national recommendation.
    title, published, stolen = NATIONAL["stolen"]
    h = register(tmp_path / "hmicfrs.xlsx", [(3250 + k, title, datetime(*published), kind, text)
                                             for k, (kind, text) in enumerate(stolen)],
                 "Being progressed")
    f = _write(tmp_path / "tracker.csv", [
        [16, "MSHT investigation", "Stolen Freedom (MSHT) 2017", "Nat Rec", "",
         "MSHT allegations thoroughly investigated & supervised by teams with right skills",
         "In progress", "False", "Karen Walsh", ""]])
    rec = reconcile_files(h, f)
    line = rec.items.set_index("force_row").loc["tracker.csv!2"]
    assert (line["hmicfrs_row"], line["category"]) == ("Recommendations!7", "in_sync")
    assert type_word("Nat Rec") == "recommendation"
