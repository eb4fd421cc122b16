"""The list as the monitoring portal's notification emails: the liaison mailbox's folder
exported from Outlook to CSV ("Subject", "Body", "From: (Name)" … "Categories"), every fact of
an item in the body as labelled lines, two templates (2021: "Item:", "Date of change:",
"Item text:" and the wording wrapped below; 2023: tab-separated "Ref", "Status date",
"Summary" cut short), several notifications per item (the latest by its date stands), and
mailbox noise among them (a covering note, an out-of-office reply).

Texts are real public HMICFRS texts (Open Government Licence); ids, dates and people are
invented.
"""

from __future__ import annotations

import csv
import textwrap

from reconcile import load_side

OUTLOOK = ["Subject", "Body", "From: (Name)", "From: (Address)", "To: (Name)", "Categories"]
VETTING = ("The force should ensure all staff have received at least the lowest level of vetting "
           "clearance for their roles as quickly as possible, working to clear both the vetting "
           "backlog and new vetting renewals when they become due so that it complies fully with "
           "the national vetting guidelines.")
BACKLOG = "The size of the vetting backlog within West Midlands Police is a cause of concern."
COMMS = ("By July 2021, forces should ensure that communication skills are reinforced as part of "
         "the programme of continuing professional development for officers and staff.")
PEEL = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 - West Midlands Police"


def _notice_2021(ref, kind, report, status, when, text):
    wrapped = "\n".join(textwrap.wrap(text, 76))
    return (f"Monitoring portal: item {ref} ({status})",
            "HMICFRS Monitoring Portal\nAutomated notification - please do not reply\n\n"
            f"Force:           West Midlands Police\nItem:            {ref}\n"
            f"Type:            {kind}\nReport:          {report}\n"
            f"Published:       2nd May 2019\nStatus:          {status}\n"
            f"Date of change:  {when}\n\nItem text:\n{wrapped}\n\nComment:\n"
            "The progress of this recommendation is being monitored by HMICFRS.\n")


def _notice_2023(ref, kind, status, when, text):
    return (f"Monitoring portal update – Ref {ref} – {status}",
            f"[HMICFRS]\n\nMonitoring portal update\n\nRef\t{ref}\nItem type\t{kind}\n"
            f"Report\tPEEL 2018/19 – West Midlands Police\nPublished\t02/05/2019\n"
            f"Status\t{status}\nStatus date\t{when}\nSummary\t{text[:140]} …\n"
            "HMICFRS comment\tThis recommendation is complete\n")


#: A wording wrapped so that a line opens with words and a colon, as a label would.
CDI = ("Within six months the force should put in place arrangements to\nensure that: at the "
       "point of report, victims are believed;")


def _mailbox(tmp_path):
    cdi = _notice_2021(10925, "Recommendation", "Crime data integrity 2019", "Being progressed",
                       "15th March 2021", "PLACEHOLDER")
    mails = [
        (cdi[0], cdi[1].replace("PLACEHOLDER", CDI)),
        ("West Midlands – definitive position for JAC", "Hi Joanne,\n\nThe notifications you "
         "have received since go-live are the definitive position.\n\nKind regards\n\nSarah"),
        _notice_2023(10213, "Recommendation", "Closed – complete", "05/02/2024", VETTING),
        ("Automatic reply: HMICFRS monitoring", "I am on leave until 4 March.\n\nFor urgent "
         "matters contact the Organisational Learning team.\n"),
        _notice_2021(10212, "Cause of concern", PEEL, "Being progressed", "15th March 2021",
                     BACKLOG),
        _notice_2021(10213, "Recommendation", PEEL, "Being progressed", "15th March 2021",
                     VETTING),
        _notice_2021(11874, "Recommendation (national)", "Disproportionate use of police "
                     "powers", "Complete", "18th August 2022", COMMS),
        _notice_2021(11874, "Recommendation (national)", "Disproportionate use of police "
                     "powers", "Awaiting review", "15th March 2021", COMMS),
    ]
    path = tmp_path / "HMICFRS Liaison folder.csv"
    with path.open("w", encoding="cp1252", newline="") as out:
        writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(OUTLOOK)
        for subject, body in mails:
            writer.writerow([subject, body.replace("\n", "\r\n"), "HMICFRS Monitoring Portal",
                             "noreply@hmicfrs.gov.uk", "HMICFRS Liaison", "Logged"])
    return path


def test_each_email_read_by_its_labelled_lines_the_latest_per_item(tmp_path):
    side = load_side(_mailbox(tmp_path), "hmicfrs")
    items = side.items.set_index(side.items["ref"].astype(str))
    assert sorted(items.index) == ["10212", "10213", "10925", "11874"]
    # The latest notice stands (the file is in no order); its summary is cut short, so the
    # wording is the fullest an earlier notice gave.
    assert items.loc["10213", "status"] == "Closed – complete"
    assert items.loc["10213", "text"] == VETTING
    assert items.loc["11874", "status"] == "Complete"
    assert items.loc["10212", "report"] == PEEL
    assert items.loc["10212", "type"] == "Cause of concern"
    # A wrapped line opening "ensure that:" is more of the wording, not a field of its own.
    assert items.loc["10925", "text"] == " ".join(CDI.split())
    why = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert why[3].startswith("no recommendation text")         # the covering note
    assert why[5].startswith("no recommendation text")         # the out-of-office reply
    assert "an earlier update of 10213" in why[7]
    assert "fields as labelled lines" in side.sheets[0].note
