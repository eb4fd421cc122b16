"""Build the evaluation case `contents_sheet_tab_names` (round 37).

Layout: a force tracker workbook with a first "Contents" sheet (tab abbreviation, full report
title, publication date, hyperlink to the tab) and one sheet per HMICFRS report named only by a
short abbreviation. Report sheets have a small title row, then the header
Rec no. | Type | Recommendation | Owner | RAG | Update, and no report column.
HMICFRS side: a register export (CSV) for Staffordshire Police.

Run:  /work/main/.venv/bin/python build_contents_sheet_tab_names.py
Rebuilds the case byte for byte (fixed seed, fixed zip timestamps, fixed document dates).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.hyperlink import Hyperlink

SEED = 37_2026_1206
HERE = Path(__file__).resolve().parent
OUT = HERE / "contents_sheet_tab_names"
FORCE = "Staffordshire Police"

# --------------------------------------------------------------------------------------------
# Real HMICFRS wording (Open Government Licence), copied from
# /work/main/reconcile/casegen/texts (national.py, force.py, tracker.py).
# --------------------------------------------------------------------------------------------
NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

SAS13_1 = ("Chief Constables and the College of Policing should establish in the Stop and Search "
           "Authorised Professional Practice document a clear specification of what constitutes "
           "the effective and fair exercise of stop and search powers, and guidance in this "
           "respect. This should be compliant with the Code of Practice.")
SAS13_2 = ("Chief Constables should establish or improve monitoring of the way officers stop and "
           "search people, so that they can be satisfied their officers are acting in accordance "
           "with the law (including equality legislation and the Code of Practice), and that the "
           "power is used effectively to prevent crime, catch criminals and maintain public "
           "trust.")
SAS13_3 = ("Chief Constables should, in consultation with elected local policing bodies, ensure "
           "that they comply with the code of practice by explaining to the public the way stop "
           "and search powers are used in their areas and by making arrangements for stop and "
           "search records to be scrutinised by community representatives. This should be done "
           "in a way that involves those people who are stopped and searched, for example, young "
           "people.")
SAS15_1 = ("Chief constables should, in consultation with police and crime commissioners, ensure "
           "that they comply with the Code of Practice by explaining to the public the way stop "
           "and search powers are used in their areas and by making arrangements for stop and "
           "search records to be scrutinised by community representatives. This should be done "
           "in a way that involves those people who are stopped and searched, for example young "
           "people.")
SF_LEADERSHIP = (
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:\n"
    "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
    "• every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;\n"
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and\n"
    "• performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.")
SF_INTEL = ("Within six months, forces should have in place active information-sharing agreements "
            "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
            "safeguard victims better and to identify suspects as early as possible")
SF_S45 = ("Immediately, forces should ensure that all victims carrying out criminal acts under "
          "compulsion attributable to slavery or exploitation are afforded the protection of early "
          "and continuing consideration of the applicability of the section 45 defence.")
SF_NRM = ("Immediately, forces should take steps to ensure they are fully compliant with the NRM "
          "process as it evolves and are implementing the requirement placed upon them under the "
          "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
          "adult victim of modern slavery or human trafficking.")
SF_NCRS = ("Immediately, forces should take steps to ensure they fully comply with national crime "
           "recording standard (NCRS) requirements for offences identified as modern slavery and "
           "human trafficking and that sufficient audit capacity is available to the force crime "
           "registrar to provide reassurance that each force is identifying and managing any gaps "
           "in its crime-recording accuracy for these types of offences.")
SF_INVEST = ("Immediately, forces should ensure that allegations or indications of modern slavery "
             "and human trafficking are thoroughly investigated and effectively supervised by "
             "teams and individuals with the skills and experience to undertake them (this should "
             "include the use where appropriate of joint intelligence teams and other means to "
             "obtain intelligence and evidence from agencies overseas).")
SF_PREVENT = ("Immediately, forces should review their use of preventative powers under the Modern "
              "Slavery Act 2015 to ensure that opportunities to restrict the activities of those "
              "deemed to pose a clear threat to others in respect of modern slavery and human "
              "trafficking offences are exploited.")
CDI_VICTIMS = (
    "Within three months, the force should put in place arrangements to ensure that:\n"
    "• at the point of report, victims are believed;\n"
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;\n"
    "• multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;\n"
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and\n"
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed.")
CAUSE_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")
CAUSE_INVEST = (
    "The force does not have the capacity or capability to investigate crime effectively and "
    "this is affecting the service being provided to the public. There are failings in the "
    "way that crimes are being investigated.")
NCPI_MISSING_REC = (
    "To address this cause of concern, HMICFRS recommends that the force should immediately "
    "review its approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.")
NCPI_DETENTION = (
    "Within six months the force should, in conjunction with children’s social care services, "
    "review how it manages the detention of children. As a minimum it should:• ensure that all "
    "children are only detained when absolutely necessary and for the absolute minimum amount "
    "of time;• ensure that officers and staff in the custody suite assess at an early stage a "
    "child’s need for alternative accommodation (secure or otherwise) and work with children’s "
    "social care services to achieve the most appropriate option for the child;• ensure that "
    "custody staff make a record of all actions taken and decisions made on the relevant "
    "documentation; and• improve the timeliness of adequate appropriate adult support for "
    "children who are arrested.")
CONTROL_ROOM = ("The force should ensure that it has sufficient resources available in the control "
                "room to fulfil its resourcing model, and so to meet its demand, while also taking "
                "into account the wellbeing of its workforce.")

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre", "Head of Learning & Development",
         "Ch Insp Custody", "Head of Information Management", "DCC", "Director of Finance"]

# --------------------------------------------------------------------------------------------
# Reports: key -> (register title, publication date, tracker tab, contents title, contents date)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "S&S",
              "Stop and Search powers: are the police using them effectively and fairly? (HMIC)",
              "Jul 2013"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "S&S2",
              "Stop and Search powers 2: are the police using them effectively and fairly? (HMIC)",
              dt.date(2015, 3, 24)),
    "sf17": ("Stolen freedom: the policing response to modern slavery and human trafficking",
             dt.date(2017, 10, 24), "SF17",
             "Stolen Freedom – the policing response to modern slavery & human trafficking",
             dt.date(2017, 10, 24)),
    "ncpi18": ("National child protection inspection 2018: Staffordshire Police",
               dt.date(2018, 6, 21), "NCPI18",
               "National Child Protection Inspection 2018 – Staffordshire Police",
               dt.date(2018, 6, 21)),
    "cdi19": ("Crime data integrity inspection 2019: Staffordshire Police",
              dt.date(2019, 9, 12), "CDI19",
              "Crime Data Integrity inspection 2019 – Staffordshire Police",
              dt.date(2019, 9, 12)),
    "peel22": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Staffordshire Police",
               dt.date(2022, 5, 13), "PEEL22",
               "PEEL 2021/22 – Police effectiveness, efficiency and legitimacy: an inspection of "
               "Staffordshire Police", dt.date(2022, 5, 13)),
}

OPEN_HM = {"Awaiting review", "Being progressed"}
CLOSED_HM = {"Complete", "Superseded", "No further action required"}
DONE_F = {"GREEN", "Green", "Complete", "WHITE"}
OPEN_F = {"AMBER", "Amber", "RED", "Red"}

# --------------------------------------------------------------------------------------------
# HMICFRS register items: (key, report, id, type, text, status, last updated)
# --------------------------------------------------------------------------------------------
T = "The force should "
HM = [
    ("S1", "sas13", 1107, NAT, SAS13_1, "Complete", dt.date(2016, 2, 11)),
    ("S2", "sas13", 1108, NAT, SAS13_2, "Superseded", dt.date(2016, 2, 11)),
    ("S3", "sas13", 1109, NAT, SAS13_3, "Superseded", dt.date(2016, 2, 11)),
    ("S4", "sas15", 3392, NAT, SAS15_1, "Being progressed", dt.date(2022, 6, 30)),
    ("F1", "sf17", 8633, NAT, SF_LEADERSHIP, "Being progressed", dt.date(2022, 3, 2)),
    ("F2", "sf17", 8634, NAT, SF_INTEL, "Being progressed", dt.date(2021, 11, 18)),
    ("F3", "sf17", 8635, NAT, SF_S45, "Complete", dt.date(2019, 7, 4)),
    ("F4", "sf17", 8636, NAT, SF_NRM, "Being progressed", dt.date(2020, 1, 9)),
    ("F5", "sf17", 8637, NAT, SF_NCRS, "Complete", dt.date(2021, 5, 27)),
    ("F6", "sf17", 8638, NAT, SF_INVEST, "Awaiting review", dt.date(2022, 8, 15)),
    ("F7", "sf17", 8639, NAT, SF_PREVENT, "Being progressed", dt.date(2020, 1, 9)),
    ("N1", "ncpi18", 9121, COC, CAUSE_MISSING, "Being progressed", dt.date(2022, 4, 6)),
    ("N2", "ncpi18", 9122, REC, NCPI_MISSING_REC, "Being progressed", dt.date(2022, 4, 6)),
    ("N3", "ncpi18", 9123, REC, NCPI_DETENTION, "Being progressed", dt.date(2021, 10, 12)),
    ("N4", "ncpi18", 9124, AFI, T + "improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.", "Complete", dt.date(2020, 2, 3)),
    ("N5", "ncpi18", 9125, AFI, T + "make sure investigations of online child sexual abuse are "
     "allocated to officers with the right skills and are effectively supervised.", "Complete",
     dt.date(2021, 10, 12)),
    ("N6", "ncpi18", 9126, AFI, T + "improve the way it manages the risk posed by offenders "
     "involved in sexual offences against children.", "Being progressed", dt.date(2021, 10, 12)),
    ("N7", "ncpi18", 9127, AFI, T + "make sure officers and staff have the training they need to "
     "identify and respond to female genital mutilation.", "Awaiting review",
     dt.date(2022, 9, 1)),
    ("N8", "ncpi18", 9128, AFI, T + "improve its understanding of the nature and scale of child "
     "sexual exploitation in its area.", "Complete", dt.date(2020, 2, 3)),
    ("N9", "ncpi18", 9129, AFI, T + "make sure it records reports of missing children accurately "
     "and without delay.", "Being progressed", dt.date(2021, 10, 12)),
    ("C1", "cdi19", 10481, REC, CDI_VICTIMS, "Being progressed", dt.date(2022, 7, 21)),
    ("C2", "cdi19", 10482, REC, "Immediately, the force should provide call-handlers with "
     "specific, sound and comprehensible criteria against which they can assess threat, harm "
     "and risk.", "Complete", dt.date(2020, 6, 25)),
    ("C3", "cdi19", 10483, REC, "Within six months the force should improve its use of its "
     "crime-recording and management system to better manage its case files and investigative "
     "processes.", "Being progressed", dt.date(2022, 7, 21)),
    ("C4", "cdi19", 10484, AFI, T + "make sure it records reports of domestic abuse accurately "
     "and without delay.", "Being progressed", dt.date(2022, 7, 21)),
    ("C5", "cdi19", 10485, AFI, T + "make sure it records reports of rape and serious sexual "
     "offences accurately and without delay.", "Complete", dt.date(2021, 3, 30)),
    ("C6", "cdi19", 10486, AFI, T + "make sure it records reports of modern slavery and human "
     "trafficking accurately and without delay.", "Complete", dt.date(2022, 7, 21)),
    ("C7", "cdi19", 10487, AFI, T + "make sure it records reports of hate crime accurately and "
     "without delay.", "Awaiting review", dt.date(2022, 7, 21)),
    ("C8", "cdi19", 10488, AFI, T + "make sure officers and staff have the training they need to "
     "identify and respond to stalking and harassment.", "Being progressed",
     dt.date(2021, 3, 30)),
    ("C9", "cdi19", 10489, AFI, T + "ensure regular and active supervision of the quality and "
     "progress of investigations. This supervision should be properly recorded.",
     "No further action required", dt.date(2021, 3, 30)),
    ("P1", "peel22", 13251, COC, CAUSE_INVEST, "Being progressed", dt.date(2022, 10, 4)),
    ("P2", "peel22", 13252, REC, "Within six months the force should improve the supervision of "
     "investigations, so that investigation plans are set, reviewed and recorded and victims "
     "receive a consistently good service.", "Being progressed", dt.date(2022, 10, 4)),
    ("P3", "peel22", 13253, REC, "Within six months the force should improve its ability to "
     "retrieve digital evidence from mobile phones, computers and other electronic devices "
     "quickly enough to ensure investigations are not delayed.", "Being progressed",
     dt.date(2022, 10, 4)),
    ("P4", "peel22", 13254, REC, "Within three months, the force should improve its understanding "
     "of suspects released under investigation and the management of those released on bail.",
     "Being progressed", dt.date(2022, 10, 4)),
    ("P5", "peel22", 13255, AFI, T + "improve its understanding of the nature and scale of child "
     "sexual exploitation in its area.", "Being progressed", dt.date(2022, 10, 4)),
    ("P6", "peel22", 13256, AFI, T + "make sure officers and staff have the training they need to "
     "identify and respond to domestic abuse.", "Complete", dt.date(2022, 10, 4)),
    ("P7", "peel22", 13257, AFI, T + "improve the timeliness of its response to calls for service "
     "involving people with mental ill health.", "Being progressed", dt.date(2022, 10, 4)),
    ("P8", "peel22", 13258, AFI, T + "make sure victims of stalking and harassment are kept "
     "informed about the progress of their case, in line with the Code of Practice for Victims "
     "of Crime.", "Being progressed", dt.date(2022, 10, 4)),
    ("P9", "peel22", 13259, AFI, T + "develop a problem-solving approach to anti-social behaviour, "
     "working with local communities and partners.", "Complete", dt.date(2022, 10, 4)),
    ("P10", "peel22", 13260, AFI, T + "make sure it has enough specialist capacity and capability "
     "to investigate online child sexual abuse.", "Awaiting review", dt.date(2022, 5, 13)),
    ("P11", "peel22", 13261, AFI, T + "develop a future workforce plan that is aligned with its "
     "overall demand and budget. The plan should include future resource allocations, the mix "
     "of skills required by the workforce and behaviours expected of them.", "Being progressed",
     dt.date(2022, 10, 4)),
    ("P12", "peel22", 13262, AFI, T + "make sure it provides a confidential way for staff to raise "
     "concerns and that staff are aware of whistleblowing processes.", "Complete",
     dt.date(2022, 10, 4)),
    ("P13", "peel22", 13263, AFI, T + "review how it gathers and uses equality and diversity data "
     "to improve its understanding of its workforce demographics.",
     "No further action required", dt.date(2022, 10, 4)),
    ("P14", "peel22", 13264, AFI, T + "ensure all staff have received at least the lowest level of "
     "vetting clearance for their roles as quickly as possible, working to clear both the "
     "vetting backlog and new vetting renewals when they become due so that it complies fully "
     "with the national vetting guidelines.", "Being progressed", dt.date(2022, 10, 4)),
    ("P15", "peel22", 13265, AFI, "Staffordshire Police should make sure its performance "
     "framework gives senior leaders a clear picture of its response to violence against women "
     "and girls.", "Being progressed", dt.date(2022, 10, 4)),
    ("P16", "peel22", 13266, AFI, T + "improve how it gathers, assesses and acts on intelligence "
     "about county lines drug dealing.", "Complete", dt.date(2022, 10, 4)),
    ("P17", "peel22", 13267, AFI, T + "evaluate its work to prevent knife crime and share what "
     "works across the force.", "Being progressed", dt.date(2022, 10, 4)),
    ("P18", "peel22", 13268, AFI, T + "make sure it consistently uses ancillary orders and other "
     "powers to protect victims of domestic abuse.", "Being progressed", dt.date(2022, 10, 4)),
    ("P19", "peel22", 13269, AFI, CONTROL_ROOM, "Being progressed", dt.date(2022, 10, 4)),
    ("P20", "peel22", 13270, AFI, T + "develop a clear prevention strategy targeting people most at "
     "risk and make sure activity undertaken prioritises people most at risk.", "Complete",
     dt.date(2022, 10, 4)),
    ("P21", "peel22", 13271, AFI, T + "make sure the corporate risk register is actively used to "
     "mitigate and manage known risks.", "Awaiting review", dt.date(2022, 5, 13)),
    ("P22", "peel22", 13272, AFI, T + "put plans in place to monitor, including through the "
     "gathering and analysis of staff feedback, team cultures and provide prompt remedial action "
     "for any issues it identifies.", "Being progressed", dt.date(2022, 10, 4)),
    ("P23", "peel22", 13273, AFI, T + "improve how it works with partner organisations to "
     "safeguard people at risk from honour-based abuse.", "Being progressed",
     dt.date(2022, 10, 4)),
    ("P24", "peel22", 13274, AFI, T + "make sure it records reports of rape and serious sexual "
     "offences accurately and without delay.", "Being progressed", dt.date(2022, 10, 4)),
    ("P25", "peel22", 13275, AFI, T + "review its approach to hate crime to make sure victims "
     "receive a consistently good service.", "Being progressed", dt.date(2022, 10, 4)),
]

COMMENT = {
    "Awaiting review": "New recommendation",
    "Being progressed": ("The progress of the implementation of this recommendation is currently "
                         "being monitored by HMICFRS and this record will, in due course, be "
                         "updated."),
    "Complete": "This recommendation is complete",
    "Superseded": ("This area of activity has subsequently been inspected in HMIC's PEEL "
                   "Legitimacy inspections. Where a cause of concern still exists this will "
                   "appear in the register against these subsequent inspections."),
    "No further action required": ("Authorised for closure on the basis of the additional "
                                   "observations offered by the inspection team in recent "
                                   "inspection activity."),
}

# --------------------------------------------------------------------------------------------
# Force tracker rows per tab: (hm key or None, rec no., type, text, RAG, update, category, why)
# Category "" = derive from statuses (asserted against the stated one below).
# --------------------------------------------------------------------------------------------
S_AND_S_PUBLIC = ("CCs should, in consultation with PCCs, ensure that they comply with the Code of "
                  "Practice by explaining to the public the way S&S powers are used in their areas "
                  "and by making arrangements for S&S records to be scrutinised by community "
                  "representatives. This should be done in a way that involves those people who "
                  "are stopped & searched, e.g. young people.")

TABS: dict[str, list[tuple]] = {
    "peel22": [
        ("P1", "CoC 1", "Cause of Concern", CAUSE_INVEST, "AMBER",
         "Investigation Standards Improvement Plan agreed at FET 12/07/22. Reported monthly to "
         "the Crime Standards Board.", "in_sync",
         "CoC matched by text on tab PEEL22 (Contents: PEEL 2021/22); open on both"),
        ("P2", "R1", "Recommendation", "Within 6 months the force should improve the supervison of "
         "investigations, so that investigation plans are set, reviewed & recorded and victims "
         "receive a consistently good service.", "GREEN",
         "Supervisory review template mandated on Niche from 01/09/22. Dip-sample shows 91% "
         "compliance. Evidence pack submitted to HMICFRS for closure.", "closeable_submit",
         "HMICFRS Being progressed, force GREEN: submit for closure"),
        ("P3", "R2", "Recommendation", "Within six months the force should improve its ability to "
         "retrieve digital evidence from mobile phones, computers and other electronic devices "
         "quickly enough to ensure investigations are not delayed.", "AMBER",
         "Kiosk roll-out to 4 of 6 LPAs complete. Backlog down from 1,140 to 610 devices.",
         "in_sync", "open on both"),
        ("P4", "R3", "Recommendation", "Within 3 months, improve understanding of suspects RUI and "
         "the management of those released on bail.", "GREEN",
         "RUI/bail review completed; new bail management unit live since Aug 22. Pending sign off "
         "by the chief officer lead.", "closeable_submit",
         "abridged text with RUI; HMICFRS Being progressed, force GREEN: submit"),
        None,  # blank row between recommendations and AFIs
        ("P5", "AFI 1", "AFI", "Improve its understanding of the nature and scale of child sexual "
         "exploitation in its area.", "AMBER",
         "CSE problem profile being refreshed with the local authorities. Repeat of the 2018 "
         "NCPI AFI.", "in_sync",
         "same wording as NCPI18 AFI 9128 (closed); this row is on tab PEEL22 so pairs with "
         "13255 (open); open on both"),
        ("P6", "AFI 2", "AFI", "The force should make sure officers & staff have the training they "
         "need to identify and respond to DA.", "AMBER",
         "DA Matters training: 78% of response officers trained; remainder booked by March 23.",
         "closeable_local", "HMICFRS Complete, force still AMBER: close the force entry"),
        ("P7", "AFI 3", "AFI", "Improve the timeliness of its response to calls for service "
         "involving people with mental ill health.", "RED",
         "Right Care Right Person pilot delayed; no start date agreed with the ICB.", "in_sync",
         "open on both"),
        ("P8", "AFI 4", "AFI", "The force should make sure victims of stalking & harassment are "
         "kept informed about the progress of their case, in line with the Victims' Code.",
         "GREEN", "Victim contact contract added to Niche workflow; VCOP compliance 94% (Oct 22).",
         "closeable_submit", "HMICFRS Being progressed, force GREEN: submit"),
        ("P9", "AFI 5", "AFI", "Develop a problem-solving approach to ASB, working with local "
         "communities and partners.", "GREEN",
         "OSARA problem-solving adopted by all neighbourhood teams. Completed.", "in_sync",
         "closed on both (HMICFRS Complete, force GREEN)"),
        ("P11", "AFI 6", "AFI", "Develop a future workforce plan that is aligned with its overall "
         "demand and budget. The plan should include future resource allocations, the mix of "
         "skills required by the workforce and behaviours expected of them.", "AMBER",
         "Draft Strategic Workforce Plan with Director of People; due to FET in January.",
         "in_sync", "open on both"),
        ("P12", "AFI 7", "AFI", "Make sure it provides a confidential way for staff to raise "
         "concerns and that staff are aware of whistleblowing processes.", "Complete",
         "Confidential reporting line relaunched (Bad Apple). Intranet comms completed.",
         "in_sync", "closed on both"),
        ("P13", "AFI 8", "AFI", "Review how it gathers and uses equality & diversity data to improve "
         "its understanding of its workforce demographics.", "AMBER",
         "HR system data-cleanse ongoing; self-declaration campaign planned for spring.",
         "closeable_local", "HMICFRS No further action required, force AMBER: close locally"),
        ("P14", "AFI 9", "AFI", "Ensure all staff have received at least the lowest level of vetting "
         "clearance for their roles as quickly as possible, working to clear both the vetting "
         "backlog and new vetting renewals when they become due so that it complies fully with "
         "the national vetting guidelines.", "GREEN",
         "Backlog cleared 30/09/22; renewals tracked on Core-Vet. Ready for submission.",
         "closeable_submit", "HMICFRS Being progressed, force GREEN: submit"),
        ("P15", "AFI 10", "AFI", "Make sure its performance framework gives senior leaders a clear "
         "picture of its response to violence against women & girls.", "AMBER",
         "VAWG measures being built into the performance pack (see L1).", "in_sync",
         "open on both"),
        (None, "L1", "Local", "JAC action: Add violence against women and girls measures to the "
         "monthly Force Performance pack", "AMBER",
         "Power BI page in development; first version to Performance Board in December.",
         "not_on_hmicfrs_list", "force's own JAC action supporting AFI 10; not an HMICFRS item"),
        ("P16", "AFI 11", "AFI", "Improve how it gathers, assesses & acts on intelligence about "
         "county lines drug dealing.", "GREEN",
         "Intelligence collection plan refreshed; completed.", "in_sync", "closed on both"),
        (None, "L2", "Local", "Force improvement plan: Refresh the county lines drug dealing "
         "problem profile and add it to the control strategy", "GREEN",
         "Problem profile refreshed July 22 and adopted in the control strategy.",
         "not_on_hmicfrs_list", "force's own improvement-plan action; not on the register"),
        ("P17", "AFI 12", "AFI", "Evaluate its work to prevent knife crime and share what works "
         "across the force.", "Complete",
         "Evaluation of Op Sceptre weeks of action completed by the university partner; "
         "findings shared at Tasking. Completed. Evidence submitted to HMICFRS for closure.",
         "closeable_submit", "HMICFRS Being progressed, force Complete: submit"),
        ("P18", "AFI 13", "AFI", "Make sure it consistently uses ancillary orders & other powers to "
         "protect victims of DA.", "AMBER",
         "DVPN/DVPO usage up 22%; DAPO pilot starts 2023.", "in_sync", "open on both"),
        (None, "AFI 14", "AFI", "Make sure it consistently uses ancillary orders and other powers to "
         "protect victims of stalking and harassment.", "AMBER",
         "Taken from the inspection hot debrief (March 22). Stalking Protection Order SPOC "
         "appointed.", "not_on_hmicfrs_list",
         "not on the register (the published report has the DA version, 13268, matched to AFI "
         "13); query with HMICFRS"),
        ("P19", "AFI 15", "AFI", "Ensure that it has sufficient resources available in the control "
         "room to fulfil its resourcing model, and so to meet its demand, while also taking into "
         "account the wellbeing of its workforce.", "GREEN",
         "Uplift of 24 call handlers complete; 999 answer times within target since August.",
         "closeable_submit", "HMICFRS Being progressed, force GREEN: submit"),
        ("P20", "AFI 16", "AFI", "Develop a clear prevention strategy targeting people most at "
         "risk and make sure activity undertaken prioritises people most at risk.", "AMBER",
         "Prevention strategy drafted; consultation with partners until end of year.",
         "closeable_local", "HMICFRS Complete, force AMBER: close locally"),
        ("P22", "AFI 17", "AFI", "Put plans in place to monitor, including through the gathering "
         "and analysis of staff feedback, team cultures and provide prompt remedial action for "
         "any issues it identifies.", "AMBER",
         "Staff survey results due November; culture dashboard being scoped.", "in_sync",
         "open on both"),
        ("P23", "AFI 18", "AFI", "Improve how it works with partner organisations to safeguard "
         "people at risk from honour-based abuse.", "GREEN",
         "HBA protocol signed with the local authorities and Karma Nirvana. Completed.",
         "closeable_submit", "HMICFRS Being progressed, force GREEN: submit"),
        ("P24", "AFI 19", "AFI", "Make sure it records reports of rape and serious sexual offences "
         "accurately and without delay.", "AMBER",
         "Allocated to the Force Crime Registrar. RASSO audit scheduled Q4. Repeat of CDI 2019 "
         "AFI.", "in_sync",
         "same wording as CDI19 AFI 10485 (closed); this row is on tab PEEL22 so pairs with "
         "13274 (open); open on both"),
        ("P25", "AFI 20", "AFI", "Review its approach to hate crime to make sure victims receive a "
         "consistently good service.", "AMBER",
         "Hate crime scrutiny panel re-established; action plan in draft.", "in_sync",
         "open on both"),
    ],
    "cdi19": [
        ("C1", "1", "Rec", "Within 3 months put in place arrangements to ensure that: •at the point "
         "of report, victims are believed; •conversations between call handlers & callers are "
         "summarised accurately in the incident log; •multiple crimes are always recorded when "
         "described within incident records; •the practice of awaiting the results of medical "
         "examinations or video interviews before making crime-recording decisions is stopped.",
         "GREEN", "All four strands delivered through the Crime Recording Improvement Plan. "
         "Completed.", "conflict",
         "missing bullet: the force row omits the fifth bullet (online reports triaged at the "
         "point of receipt) yet is GREEN; HMICFRS Being progressed"),
        ("C2", "2", "Rec", "Immediately, provide call-handlers with specific, sound and "
         "comprehensible criteria against which they can assess threat, harm and risk.", "GREEN",
         "THRIVE+ embedded in the contact centre; completed.", "in_sync", "closed on both"),
        ("C3", "3", "Rec", "Within six months the force should improve its use of its crime-recording "
         "and management system to better manage its case files and investigative processes.",
         "AMBER", "Niche case file module upgrade slipped to Q1 2023.", "in_sync",
         "open on both"),
        ("C4", "4", "Rec", "The force should make sure it records reports of DA accurately and "
         "without delay.", "AMBER", "DA crime recording audit: 89% compliance (target 95%).",
         "conflict", "type: force records it as a Rec, HMICFRS as an Area for improvement"),
        ("C5", "5", "AFI", "Make sure it records reports of rape and serious sexual offences "
         "accurately and without delay.", "GREEN", "RASSO audit 96% compliant. Complete.",
         "in_sync", "same wording as PEEL22 AFI 13274 (open); this row is on tab CDI19 so pairs "
         "with 10485 (Complete); closed on both"),
        ("C6", "6", "AFI", "Make sure it records reports of MSHT accurately and without delay.",
         "AMBER", "Awaiting the next FCR audit.", "closeable_local",
         "HMICFRS Complete, force AMBER: close locally"),
        ("C7", "7", "AFI", "Make sure it records reports of hate crime accurately and without "
         "delay.", "RED", "Little work yet undertaken in this area. Unlikely to reach deadlines.",
         "in_sync", "open on both"),
        ("C9", "8", "AFI", "Ensure regular and active supervison of the quality and progress of "
         "investigations. This supervision should be properly recorded.", "GREEN",
         "Addressed holistically as part of the Investigation Standards plan.", "in_sync",
         "closed on both (HMICFRS No further action required, force GREEN)"),
        ("N6", "9", "AFI", "Improve the way it manages the risk posed by offenders involved in "
         "sexual offences against children.", "AMBER",
         "MOSOVO caseload review under way with Public Protection.", "conflict",
         "report: filed on tab CDI19 (Crime Data Integrity 2019) but it is NCPI 2018 item 9126"),
        (None, "L1", "Force action", "Force action - Dip-sample 50 domestic abuse crime reports each "
         "quarter and report findings to the Crime Standards Board", "AMBER",
         "Q2 dip-sample complete; Q3 in progress.", "not_on_hmicfrs_list",
         "force's own local action; not an HMICFRS item"),
    ],
    "ncpi18": [
        ("N1", "CoC", "Cause of Concern", "The force’s response to missing and absent children is a "
         "cause of concern to HMIC. HMIC found that the assessment of risk for children who go "
         "missing from home was inappropriate in some cases. We found some instances where "
         "children were classed as ‘absent’ when they should have been recorded as ‘missing’, and "
         "risk levels for missing children were sometimes incorrectly assessed at a lower grade.",
         "AMBER", "Overseen by the Missing Persons Board. Revisit expected 2023.", "in_sync",
         "open on both"),
        ("N2", "1a", "Rec", "Immediately review approach to reports of missing children: call takers "
         "understand and use the missing and absent category appropriately", "GREEN",
         "Absent category withdrawn from STORM; call takers briefed. Complete.",
         "closeable_submit", "split row 1 of 3 of 9122; all three bullets GREEN, HMICFRS Being "
         "progressed: submit"),
        ("N2", "1b", "Rec", "… call takers and frontline staff have the necessary knowledge to "
         "identify risk factors associated with CSE and how to respond to such cases", "GREEN",
         "CSE risk indicators training delivered to contact centre and response. Complete.",
         "closeable_submit", "split row 2 of 3 of 9122; submit"),
        ("N2", "1c", "Rec", "… supervisors provide the correct oversight of missing person "
         "enquiries and direct appropriate and timely investigative and safeguarding action",
         "GREEN", "Missing person supervisory review embedded in COMPACT. Complete.",
         "closeable_submit", "split row 3 of 3 of 9122; submit"),
        ("N3", "2", "Rec", "Within six months, in conjunction with children's social care services, "
         "review how it manages the detention of children. As a minimum it should: ensure that "
         "all children are only detained when absolutely necessary and for the absolute minimum "
         "amount of time; ensure that officers and staff in the custody suite assess at an early "
         "stage a child's need for alternative accomodation (secure or otherwise) and work with "
         "children's social care services to achieve the most appropriate option for the child; "
         "ensure that custody staff make a record of all actions taken and decisions made on the "
         "relevant documentation; and improve the timeliness of adequate appropriate adult "
         "support for children who are arrested.", "GREEN",
         "Concordat on children in custody signed with both local authorities; AA contract "
         "re-let. Ready to move to GREEN status – moved Oct 22.", "closeable_submit",
         "HMICFRS Being progressed, force GREEN: submit"),
        ("N4", "3", "AFI", "Improve how it works with partner organisations to safeguard people at "
         "risk from child sexual exploitation.", "GREEN", "Joint CSE hub operational. Complete.",
         "in_sync", "closed on both"),
        ("N5", "4", "AFI", "Make sure investigations of online child sexual abuse are allocated to "
         "officers with the right skills and are effectively supervised.", "AMBER",
         "POLIT team uplift awaiting recruitment.", "closeable_local",
         "HMICFRS Complete, force AMBER: close locally"),
        ("N7", "5", "AFI", "Make sure officers & staff have the training they need to identify and "
         "respond to female genital mutilation.", "AMBER",
         "FGM e-learning module with L&D; launch date tbc.", "in_sync", "open on both"),
        ("N8", "6", "AFI", "Improve its understanding of the nature and scale of child sexual "
         "exploitation in its area.", "GREEN",
         "CSE problem profile completed 2019. (Repeated as a PEEL 2021/22 AFI – see PEEL22 tab.)",
         "in_sync", "same wording as PEEL22 AFI 13255 (open); this row is on tab NCPI18 so pairs "
         "with 9128 (Complete); closed on both"),
        (None, "L1", "Local", "Appoint a single point of contact for missing children in each local "
         "policing area", "GREEN", "SPOCs in place in all LPAs.", "not_on_hmicfrs_list",
         "force's own local action; not an HMICFRS item"),
    ],
    "sf17": [
        ("F1", "1a", "Nat Rec", "Within 12 months, review MSHT leadership and governance "
         "arrangements to ensure that: senior leaders prioritise the response to MSHT", "GREEN",
         "MSHT gold group chaired by ACC Crime.", "in_sync",
         "split row 1 of 4 of 8633; bullet 1d is AMBER so the force item is open; HMICFRS Being "
         "progressed: open on both"),
        ("F1", "1b", "Nat Rec", "every incident of modern slavery identified to police is allocated "
         "appropriate resources with the skills, experience and capacity to investigate it "
         "effectively", "GREEN", "All MSHT crimes allocated to the Complex Investigation Team.",
         "in_sync", "split row 2 of 4 of 8633; item open (1d AMBER): open on both"),
        ("F1", "1c", "Nat Rec", "develop effective partnership arrangements to co-ordinate activity "
         "in order to share information and safeguard victims", "GREEN",
         "Anti-slavery partnership in place with both councils.", "in_sync",
         "split row 3 of 4 of 8633; item open (1d AMBER): open on both"),
        ("F1", "1d", "Nat Rec", "performance and QA measures are in place to allow senior leaders to "
         "assess the nature and quality of the service provided to victims", "AMBER",
         "MSHT performance measures not yet in the Force Performance pack.", "in_sync",
         "split row 4 of 4 of 8633; open; HMICFRS Being progressed: open on both"),
        ("F2", "2", "Nat Rec", "Within 12 months, forces should have in place active ISAs with other "
         "agencies to facilitate speedy exchange of intelligence & in order to safeguard victims "
         "better and to identify suspects as early as possible.", "AMBER",
         "ISA with Border Force and GLAA signed; local authority ISAs outstanding.", "conflict",
         "timescale: HMICFRS 'Within six months', force 'Within 12 months'"),
        ("F3", "3", "Nat Rec", "Immediately, forces should ensure that all victims carrying out "
         "criminal acts under compulsion attributable to slavery or exploitation are afforded the "
         "protection of early and continuing consideration of the applicability of the section 45 "
         "defence.", "GREEN", "s45 guidance issued to CID and custody. Complete.", "in_sync",
         "closed on both"),
        ("F4", "4", "Nat Rec", "Immediately, take steps to ensure fully compliant with the NRM "
         "process as it evolves and implementing the requirement under the Modern Slavery Act "
         "2015 to notify the HO of any individual suspected to be an adult victim of MSHT.",
         "Complete", "Duty to Notify process live; NRM SPOC in the Hub. Completed. Evidence "
         "submitted to HMICFRS for closure.", "closeable_submit",
         "HMICFRS Being progressed, force Complete: submit"),
        ("F5", "5", "Nat Rec", "Immediately, forces should take steps to ensure they fully comply "
         "with NCRS requirements for offences identified as MSHT and that sufficient audit "
         "capacity is available to the force crime registrar to provide reassurance that each "
         "force is identifying and managing any gaps in its crime-recording accuracy for these "
         "types of offences.", "AMBER", "FCR audit capacity bid in the 2023/24 budget.",
         "closeable_local", "HMICFRS Complete, force AMBER: close locally"),
        ("F6", "6", "Nat Rec", "Immediately, forces should ensure that allegations or indications of "
         "MSHT are thoroughly investigated and effectively supervised by teams and individuals "
         "with the skills and experience to undertake them.", "AMBER",
         "Work undertaken in area but still requires development to complete.", "in_sync",
         "open on both (Awaiting review / AMBER)"),
    ],
    "sas15": [
        ("S4", "1", "Nat Rec", S_AND_S_PUBLIC, "GREEN",
         "S&S data published monthly on the force website; Independent Scrutiny Panel (incl. youth "
         "members) reviews BWV and records quarterly. Completed.", "closeable_submit",
         "identical force text to S&S row 3; only the tab S&S2 (Contents: Stop and Search powers 2, "
         "Mar 2015) ties it to 3392; HMICFRS Being progressed, force GREEN: submit"),
    ],
    "sas13": [
        ("S1", "1", "Nat Rec", "Chief Constables and the College of Policing should establish in the "
         "S&S APP document a clear specification of what constitutes the effective and fair "
         "exercise of S&S powers, and guidance in this respect.", "WHITE",
         "Not the force's responsibility to deliver; dependent upon another organisation "
         "(College of Policing APP published 2013).", "in_sync",
         "HMICFRS Complete; force WHITE (per the Contents legend: not the force's to deliver, "
         "treated as closed): closed on both"),
        ("S2", "2", "Nat Rec", "Chief Constables should establish or improve monitoring of the way "
         "officers stop and search people, so that they can be satisfied their officers are "
         "acting in accordance with the law (including equality legislation and the Code of "
         "Practice), and that the power is used effectively to prevent crime, catch criminals and "
         "maintain public trust.", "GREEN", "S&S monitoring board in place since 2014.",
         "in_sync", "closed on both (HMICFRS Superseded, force GREEN)"),
        ("S3", "3", "Nat Rec", S_AND_S_PUBLIC, "AMBER",
         "See S&S2 – same recommendation repeated in 2015.", "closeable_local",
         "identical force text to S&S2 row 1; the ambiguous tab 'S&S' is the 2013 report per "
         "Contents, so it pairs with 1109 (Superseded); force AMBER: close locally"),
    ],
}

MISSING_WHY = {
    "F7": "on the register (Being progressed), no row on tab SF17 or elsewhere",
    "N9": "on the register (Being progressed), no row on tab NCPI18 or elsewhere",
    "C8": "on the register (Being progressed), no row on tab CDI19 or elsewhere",
    "P10": "on the register (Awaiting review), no row on tab PEEL22 or elsewhere",
    "P21": "on the register (Awaiting review), no row on tab PEEL22 or elsewhere",
}

SHEET_ORDER = ["peel22", "cdi19", "ncpi18", "sf17", "sas15", "sas13"]
UPDATED = dt.datetime(2022, 11, 14, 9, 30, 0)


README_TEXT = """# Case `contents_sheet_tab_names` (round 37)

Built by `../build_contents_sheet_tab_names.py` with `random.Random(SEED)`, `SEED = 37_2026_1206` (used only to pick
owners). Rebuilds byte for byte: the zip entry timestamps and `dcterms:modified` are fixed.
Run with `/work/main/.venv/bin/python build_contents_sheet_tab_names.py`.

Force: Staffordshire Police. All recommendation texts are real HMICFRS wording (from
`/work/main/reconcile/casegen/texts`: national reports verbatim, force-level stems + bodies,
causes of concern, PEEL topic bodies). The progress notes, abridgements and local actions are
my own, written as a force analyst would.

## Files
- `hmicfrs.csv`: the HMICFRS register export (UTF-8 with BOM, CRLF), header on row 1, 54 items
  on rows 2-55 (`hmicfrs.csv!N`). Columns: ID (plain integer), Force, Report title,
  Publication date ("24th October 2017"), Type (National recommendation / Recommendation /
  Area for improvement / Cause of concern), Recommendation (some cells multi-line with `•`
  bullets; one record is still a single Excel row), Status (Awaiting review, Being progressed
  = open; Complete, Superseded, No further action required = closed), Status date, Latest
  comment. Six reports: Stop and search powers 2013 (3), Stop and search powers 2 2015 (1),
  Stolen freedom 2017 (7), NCPI 2018 (9), CDI 2019 (9), PEEL 2021/22 (25).
- `tracker.xlsx`: sheets `Contents`, `PEEL22`, `CDI19`, `NCPI18`, `SF17`, `S&S2`, `S&S`.
  - `Contents`: title rows 1-2, header row 4 (Tab | Report | Published | Items on tab |
    Chief officer lead), one row per tab on rows 5-10 with an internal hyperlink to the tab,
    then a RAG key (GREEN/Complete = implemented; AMBER; RED; WHITE = not the force's to
    deliver, treated as closed) and an "Archived" note. Published is a date cell except
    `S&S`, which is the text "Jul 2013" (compatible with 9th July 2013: not a conflict).
  - Report sheets: row 1 = small title "<TAB> – recommendations, AFIs and causes of concern"
    (hyperlink back to Contents), row 2 = header `Rec no. | Type | Recommendation | Owner |
    RAG | Update`, items from row 3. No report column: the report is known only from the tab
    name + Contents. RAG is text plus a matching fill. `PEEL22` row 7 is blank (between the
    recommendations and the AFIs). Rec no. is the force's own running number, not an HMICFRS
    reference; the tracker holds no HMICFRS IDs.
  - 59 item rows. Force status: GREEN / Complete / WHITE = done; AMBER / RED = open.
- `truth.csv`: 64 lines (`hmicfrs_row,force_row,category,why`).

## Counts per category (truth lines)
| category | lines | items |
|---|---|---|
| in_sync | 30 | 27 (incl. the 4 split rows of 8633) |
| closeable_submit | 13 | 11 (incl. the 3 split rows of 9122) |
| closeable_local | 7 | 7 |
| conflict | 4 | 4 |
| missing_from_force | 5 | 5 |
| not_on_hmicfrs_list | 5 | 5 |

Closed on one side only: 18 of 54 register items (a third).

## Traps and how the truth decides them
1. **Report only via tab name + Contents.** No report column anywhere on the force side.
   Every pair's report is the tab's Contents row; all tabs agree with the register except the
   misfiled row in trap 6.
2. **Ambiguous tab `S&S`** (could be any stop-and-search report: 2013, 2015, PEEL legitimacy
   2017, 2021 spotlight). Contents row 10 says it is the 2013 report. `S&S!5` and `S&S2!3` carry
   the *identical* force wording (the force's modernised "CCs should, in consultation with
   PCCs … Code of Practice …"), which is textually closer to the 2015 register text (3392).
   Truth pairs by tab: `S&S!5` ↔ 1109 (2013, Superseded; force AMBER → closeable_local) and
   `S&S2!3` ↔ 3392 (2015, Being progressed; force GREEN → closeable_submit). Swapping them flips
   both categories.
3. **Recurring wording in two reports.** Besides the 2013/2015 stop-and-search pair, HMICFRS
   repeated two AFIs verbatim in later reports and the force copied them into both tabs:
   "improve its understanding of the nature and scale of child sexual exploitation" (NCPI 2018
   9128 Complete ↔ `NCPI18!11` GREEN: in_sync; PEEL 2021/22 13255 Being progressed ↔
   `PEEL22!8` AMBER: in_sync) and "records reports of rape and serious sexual offences
   accurately" (CDI 2019 10485 Complete ↔ `CDI19!7` GREEN; PEEL 13274 open ↔ `PEEL22!28`
   AMBER; both in_sync). Cross-pairing would give false closeable_submit/closeable_local.
4. **Split recommendations.** Stolen freedom 8633 (four bullets) is split into `SF17!3-6`
   (1a-1d): three GREEN, one AMBER → the item is still open, HMICFRS Being progressed →
   in_sync on all four lines. NCPI 9122 (three bullets) is split into `NCPI18!4-6` (1a-1c), all
   GREEN → closeable_submit on all three lines.
5. **Conflicts** (status ignored once the facts disagree):
   - timescale: `SF17!7` says "Within 12 months", register 8634 "Within six months" (the
     register text also carries the report's stray footnote digit "intelligence 86").
   - type: `CDI19!6` typed "Rec", register 10484 is an Area for improvement.
   - missing bullet: `CDI19!3` (GREEN) abridges 10481 to four bullets and drops "online reports
     of crime are triaged at the point of receipt…".
   - report: `CDI19!11` sits on the CDI 2019 tab but is NCPI 2018 item 9126 (its text exists
     only in NCPI).
6. **Closed on one side only**: 11 closeable_submit items (GREEN/Complete vs Being progressed;
   one GREEN row's note says "Pending sign off by the chief officer lead") and 7
   closeable_local (AMBER vs Complete / Superseded / No further action required).
7. **WHITE**: `S&S!3` is WHITE (the ask was for Chief Constables *and the College of
   Policing*); the Contents legend defines WHITE as closed for the force; the register has it
   Complete → in_sync.
8. **Local actions** (not_on_hmicfrs_list): `PEEL22!18` "JAC action: …", `PEEL22!20` "Force
   improvement plan: …", `CDI19!12` "Force action - …", `NCPI18!12` (unprefixed, typed
   "Local"). `PEEL22!18` supports AFI 10 (VAWG performance framework) but is not that item.
9. **Near-duplicate not on the register**: `PEEL22!23` "ancillary orders … stalking and
   harassment", taken from the hot debrief; the published report (13268) has the domestic
   abuse version, which pairs with `PEEL22!22` (AFI 13). not_on_hmicfrs_list.
10. **Missing from the force** (all open on the register): 8639 (SF preventative powers), 9129
    (NCPI missing children recording), 10488 (CDI stalking training), 13260 and 13271 (PEEL).
11. Messiness that is not a trap: abbreviations (MSHT, DA, S&S, RUI, ISAs, HO, QA, PCCs),
    misspellings ("supervison", "accomodation"), stems dropped ("The force should"), inline
    `•` bullets, the NCPI cause of concern with its last sentence trimmed (still in_sync),
    "…" leading the continuation bullets of a split, a blank row, Contents date as text.
"""


def ordinal(d: dt.date) -> str:
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suf} {d.strftime('%B %Y')}"


def derive(hm_status: str, rag: str) -> str:
    h = "open" if hm_status in OPEN_HM else "closed"
    f = "done" if rag in DONE_F else "open"
    return {("open", "done"): "closeable_submit", ("closed", "open"): "closeable_local"}.get(
        (h, f), "in_sync")


def build_register() -> tuple[bytes, dict[str, int]]:
    hm_sorted = sorted(HM, key=lambda r: (REPORTS[r[1]][1], r[2]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["ID", "Force", "Report title", "Publication date", "Type", "Recommendation",
                "Status", "Status date", "Latest comment"])
    rows = {}
    for i, (key, rep, rid, typ, text, status, upd) in enumerate(hm_sorted):
        rows[key] = i + 2
        w.writerow([rid, FORCE, REPORTS[rep][0], ordinal(REPORTS[rep][1]), typ, text, status,
                    ordinal(upd), COMMENT[status]])
    return buf.getvalue().encode("utf-8-sig"), rows


FILL = {
    "GREEN": "FF92D050", "Green": "FF92D050", "Complete": "FF92D050",
    "AMBER": "FFFFC000", "Amber": "FFFFC000", "RED": "FFFF0000", "Red": "FFFF0000",
    "WHITE": None,
}


def build_tracker(rng: random.Random):
    wb = Workbook()
    wb.properties.creator = "Corporate Development – Strategic Planning"
    wb.properties.title = "HMICFRS Recommendations Tracker"
    wb.properties.created = dt.datetime(2017, 11, 2, 10, 0, 0)
    thin = Side(style="thin", color="FFBFBFBF")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hdr_fill = PatternFill("solid", fgColor="FF1F3864")
    hdr_font = Font(bold=True, color="FFFFFFFF")

    # ---- Contents sheet -------------------------------------------------------------------
    cs = wb.active
    cs.title = "Contents"
    cs["A1"] = "Staffordshire Police – HMICFRS Recommendations Tracker"
    cs["A1"].font = Font(bold=True, size=14)
    cs["A2"] = "Owner: Strategic Planning & Organisational Learning. Last updated 14/11/2022 for JAC."
    cs["A2"].font = Font(italic=True)
    heads = ["Tab", "Report", "Published", "Items on tab", "Chief officer lead"]
    for j, h in enumerate(heads, 1):
        c = cs.cell(row=4, column=j, value=h)
        c.fill, c.font, c.border = hdr_fill, hdr_font, box
    leads = {"peel22": "DCC", "cdi19": "ACC Crime", "ncpi18": "ACC Crime", "sf17": "ACC Crime",
             "sas15": "ACC Local Policing", "sas13": "ACC Local Policing"}
    r = 5
    for rep in SHEET_ORDER:
        _, _, tab, ctitle, cdate = REPORTS[rep]
        n = sum(1 for x in TABS[rep] if x is not None)
        c = cs.cell(row=r, column=1, value=tab)
        c.hyperlink = Hyperlink(ref=c.coordinate, location=f"'{tab}'!A1", display=tab)
        c.font = Font(color="FF0563C1", underline="single", bold=True)
        cs.cell(row=r, column=2, value=ctitle)
        d = cs.cell(row=r, column=3, value=cdate)
        if isinstance(cdate, dt.date):
            d.number_format = "dd mmm yyyy"
        cs.cell(row=r, column=4, value=n)
        cs.cell(row=r, column=5, value=leads[rep])
        for j in range(1, 6):
            cs.cell(row=r, column=j).border = box
            cs.cell(row=r, column=j).alignment = Alignment(vertical="top", wrap_text=(j == 2))
        r += 1
    r += 1
    cs.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    legend = [
        ("GREEN / Complete", "The recommendation is implemented (evidence held; submit to HMICFRS "
         "for closure if still open on the portal)", "FF92D050"),
        ("AMBER", "Subject to ongoing work and monitoring but is anticipated will be implemented",
         "FFFFC000"),
        ("RED", "Beyond designated deadline or cannot / will not be implemented (rationale "
         "required)", "FFFF0000"),
        ("WHITE", "Not Staffordshire Police's responsibility to deliver or dependent upon another "
         "organisation – treated as closed for the force", None),
    ]
    for word, meaning, col in legend:
        r += 1
        c = cs.cell(row=r, column=1, value=word)
        if col:
            c.fill = PatternFill("solid", fgColor=col)
        c.border = box
        cs.cell(row=r, column=2, value=meaning).alignment = Alignment(wrap_text=True)
    r += 2
    cs.cell(row=r, column=1, value="Archived: Targeting the Risk (firearms licensing, 2015) and "
            "Core Business (2014) – all items closed by HMICFRS; tabs removed March 2019.").font = \
        Font(italic=True, color="FF7F7F7F")
    cs.column_dimensions["A"].width = 18
    cs.column_dimensions["B"].width = 80
    cs.column_dimensions["C"].width = 14
    cs.column_dimensions["D"].width = 12
    cs.column_dimensions["E"].width = 20
    cs.freeze_panes = "A5"

    # ---- Report sheets --------------------------------------------------------------------
    force_rows: list[tuple[str, int, tuple]] = []
    for rep in SHEET_ORDER:
        tab = REPORTS[rep][2]
        ws = wb.create_sheet(tab)
        ws["A1"] = f"{tab} – recommendations, AFIs and causes of concern"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A1"].hyperlink = Hyperlink(ref="A1", location="'Contents'!A1",
                                       tooltip="Back to Contents")
        for j, h in enumerate(["Rec no.", "Type", "Recommendation", "Owner", "RAG", "Update"], 1):
            c = ws.cell(row=2, column=j, value=h)
            c.fill, c.font, c.border = hdr_fill, hdr_font, box
            c.alignment = Alignment(vertical="center")
        row = 3
        for spec in TABS[rep]:
            if spec is None:
                row += 1
                continue
            hmkey, recno, typ, text, rag, update, cat, why = spec
            owner = rng.choice(LEADS)
            vals = [recno, typ, text, owner, rag, update]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=j, value=v)
                c.border = box
                c.alignment = Alignment(vertical="top", wrap_text=(j in (3, 6)))
            col = FILL.get(rag)
            if col:
                ws.cell(row=row, column=5).fill = PatternFill("solid", fgColor=col)
            force_rows.append((tab, row, spec))
            row += 1
        ws.column_dimensions["A"].width = 9
        ws.column_dimensions["B"].width = 16
        ws.column_dimensions["C"].width = 90
        ws.column_dimensions["D"].width = 24
        ws.column_dimensions["E"].width = 10
        ws.column_dimensions["F"].width = 60
        ws.freeze_panes = "A3"
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_zip(buf.getvalue()), force_rows


def normalise_zip(data: bytes) -> bytes:
    """Fixed entry timestamps and a fixed dcterms:modified, so rebuilds are byte-identical."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            payload = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                payload = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                                 rb"\g<1>" + UPDATED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                                 + rb"\g<2>", payload)
            zi = zipfile.ZipInfo(info.filename, date_time=(2022, 11, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, payload)
    return out.getvalue()


def main() -> None:
    rng = random.Random(SEED)
    OUT.mkdir(parents=True, exist_ok=True)
    reg_bytes, hm_rows = build_register()
    (OUT / "hmicfrs.csv").write_bytes(reg_bytes)
    trk_bytes, force_rows = build_tracker(rng)
    (OUT / "tracker.xlsx").write_bytes(trk_bytes)

    hm_status = {k: s for k, _, _, _, _, s, _ in HM}
    # item-level force status: a split item is done only when every one of its rows is done
    item_rag: dict[str, str] = {}
    for _, _, spec in force_rows:
        if spec[0] is not None:
            prev = item_rag.get(spec[0])
            item_rag[spec[0]] = spec[4] if prev in (None, *DONE_F) else prev
    truth = []
    seen = set()
    for tab, row, spec in force_rows:
        hmkey, recno, typ, text, rag, update, cat, why = spec
        if hmkey is None:
            assert cat == "not_on_hmicfrs_list", spec
            truth.append((hm_rows.get(hmkey), f"{tab}!{row}", cat, why))
            continue
        seen.add(hmkey)
        if cat != "conflict":
            want = derive(hm_status[hmkey], item_rag[hmkey])
            assert cat == want, (spec, want)
        truth.append((hm_rows[hmkey], f"{tab}!{row}", cat, why))
    for k in HM:
        if k[0] not in seen:
            assert k[0] in MISSING_WHY, k[0]
            truth.append((hm_rows[k[0]], "", "missing_from_force", MISSING_WHY[k[0]]))
    truth.sort(key=lambda t: (t[0] is None, t[0] or 0, t[1]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for h, f, c, why in truth:
        w.writerow([f"hmicfrs.csv!{h}" if h else "", f, c, why])
    (OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
    (OUT / "README.md").write_text(README_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main()
