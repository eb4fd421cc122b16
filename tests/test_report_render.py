"""The list as the portal's report rendered to Excel by a report server (Reporting Services'
Excel export): page header rows, a spacer column, the text merged across columns, and under
each item its drill-down (status history, the portal's comments) as rows collapsed in Excel's
outline: hidden, a level deeper, repeating the item's id with a status of their own.

Texts are real public HMICFRS texts (Open Government Licence); ids and history are invented.
"""

from __future__ import annotations

from datetime import datetime

import openpyxl

from reconcile import load_side

DUPP = "Disproportionate use of police powers: A spotlight on stop and search and the use of force"
ITEMS = [
    (11236, "By July 2022, forces should ensure that officers and staff have effective "
            "communication skills, in line with the National Policing Guidelines on Conflict "
            "Management.", "Awaiting review"),
    (11237, "By July 2021, forces should ensure that communication skills are reinforced as part "
            "of the programme of continuing professional development for officers and staff.",
     "Being progressed"),
    # Closed, then reopened: the history says Complete, the item's own row Being progressed.
    (11238, "By September 2021, forces should: ensure that officers record on body-worn video "
            "(when this is available) the entirety of all stop and search encounters, including "
            "traffic stops and use of force incidents.", "Being progressed"),
]


def _render(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Disproportionate use of police "
    sheet.sheet_properties.outlinePr.summaryBelow = False
    sheet.append([None, "Force recommendations by report"])
    sheet.append([None, "West Mercia Police", None, None, None, None, None, "Page 1 of 1"])
    sheet.append([None, "Run 14/03/2024 09:12 by FLL\\westmercia"])
    sheet.append([None, "Exclude items closed before: 01/04/2020"])
    sheet.append([])
    sheet.append([None, DUPP])
    sheet.append([None, "Rec ID", "Type", "Recommendation", None, None, None, "Current status",
                  None, "Status date"])
    history = {11236: [("Status change", "Status set to Awaiting review", "Awaiting review")],
               11237: [("Status change", "Status set to Awaiting review", "Awaiting review"),
                       ("Comment", "New recommendation", None)],
               11238: [("Status change", "Status set to Complete", "Complete"),
                       ("Status change", "Reopened: evidence did not cover traffic stops",
                        "Being progressed")]}
    for ref, text, status in ITEMS:
        sheet.append([None, ref, "National recommendation", text, None, None, None, status, None,
                      datetime(2021, 9, 30)])
        sheet.merge_cells(start_row=sheet.max_row, start_column=4, end_row=sheet.max_row,
                          end_column=7)
        for kind, said, state in history[ref]:
            sheet.append([None, ref, kind, said, None, None, None, state, None,
                          datetime(2021, 2, 26)])
            sheet.row_dimensions[sheet.max_row].outline_level = 1
            sheet.row_dimensions[sheet.max_row].hidden = True
    sheet.append([None, "Items: 3", None, "Open: 3    Closed: 0"])
    book.save(path)
    return path


def test_drill_down_rows_are_the_items_history(tmp_path):
    side = load_side(_render(tmp_path / "Force recommendations by report.xlsx"), "hmicfrs")
    assert list(side.items["ref"].astype(str)) == ["11236", "11237", "11238"]
    assert list(side.items["status"]) == ["Awaiting review", "Being progressed",
                                          "Being progressed"]
    why = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert why[14].startswith("a detail row collapsed under the item on row 13")
    assert why[15].startswith("a detail row collapsed under the item on row 13")
