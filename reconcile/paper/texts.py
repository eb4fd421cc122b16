"""The paper's fixed wording, copied from the West Midlands Joint Audit Committee's "HMICFRS
update" of 30 November 2017 (the paper this one imitates), and the marked gaps a person fills.
"""

from __future__ import annotations

TITLE = "HMICFRS UPDATE"
AGENDA = "Agenda Item "
PURPOSE = "To provide members of the Committee with oversight of HMICFRS recommendations."
RECOMMENDATION = "The Committee to note the contents of the report."

HEADINGS = {
    "purpose": "1. PURPOSE OF REPORT",
    "background": "2. BACKGROUND",
    "position": "Reconciliation with the HMICFRS list",
    "new": "Inspection reports received since the last meeting",
    "red": "Outstanding recommendations currently graded Red",
    "review": "Overview of reports for review",
    "recommendations": "3. RECOMMENDATIONS",
    "contact": "CONTACT OFFICER",
    "documents": "BACKGROUND DOCUMENTS",
}

#: Gaps shown highlighted, in square brackets, for the analyst to fill or delete in Word.
BLANK_AGENDA = "[number]"
BLANK_COMMITTEE = "[Committee name: set committee in the [paper] section of the config]"
BLANK_MEETING = "[Meeting date: give --meeting]"
BLANK_NAME = "[Name: set contact_name in the [paper] section of the config]"
BLANK_CONTACT_TITLE = "[Title: set contact_title in the [paper] section of the config]"
BACKGROUND_TO_WRITE = (
    "[To write: what only a person knows. HMICFRS consultations since the last meeting, "
    "inspections in force and their fieldwork dates, hot debriefs, and reports expected. "
    "Delete this note when done.]")
NEW_REPORT_TO_WRITE = (
    "[To write: what the report found and what it means for the force. Its recommendations "
    "and areas for improvement, word for word from the HMICFRS list, follow.]")

NO_RED = "There are no recommendations currently graded Red."
NO_NEW = "No inspection reports on the HMICFRS list were published since the last meeting."
NO_REVIEW = ("No report is wholly closed on one list while open on the other, and no conflicts "
             "remain to resolve.")

#: Item types in the order a report sets them out, with their group headings.
TYPE_GROUPS = (("cause of concern", "Causes of concern"), ("recommendation", "Recommendations"),
               ("area for improvement", "Areas for improvement"), ("", "Other items"))
TYPE_LABELS = {"cause of concern": "Cause of concern", "recommendation": "Recommendation",
               "area for improvement": "Area for improvement", "": "Item"}
