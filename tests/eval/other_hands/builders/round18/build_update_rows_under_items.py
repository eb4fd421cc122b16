"""Build the evaluation case `update_rows_under_items` (round 18).

Staffordshire Police HMICFRS tracker as it came out of a Word document: each item is a block of
rows (the item's own row, then zero or more update rows carrying the lead and the RAG). The
HMICFRS side is a register export in CSV (UTF-8 with BOM, as Excel's "CSV UTF-8" writes it).

Run:  /work/main/.venv/bin/python build_update_rows_under_items.py
Rebuilds update_rows_under_items/ byte for byte (fixed seed, fixed zip timestamps).
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

SEED = 18_2025
rng = random.Random(SEED)

HERE = Path(__file__).resolve().parent
CASE = HERE / "update_rows_under_items"
FORCE = "Staffordshire Police"
SHEET = "Tracker"

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

# --------------------------------------------------------------------------------------------
# Real HMICFRS texts (Open Government Licence), copied from the casegen text lists and the
# project's real_recommendations.csv.
# --------------------------------------------------------------------------------------------
SF_LEADERSHIP_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.",
]
SF_LEADERSHIP = ("Within twelve months, forces should review their leadership and governance "
                 "arrangements for modern slavery and human trafficking, to ensure that:\n"
                 + "\n".join("• " + b for b in SF_LEADERSHIP_BULLETS))
SAS_MONITORING_2017 = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities.")
BWV_PARTS = [
    "ensure that officers record on body-worn video (when this is available) the entirety of "
    "all stop and search encounters, including traffic stops and use of force incidents.",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.",
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.",
]
BWV_2021 = "By September 2021, forces should: " + "\n".join(BWV_PARTS)
EVERYONE_PLAN = (
    "By September 2014, every police force in England and Wales should establish and publish "
    "an action plan that specifies in detail what steps it will take to improve its approach "
    "to domestic abuse.\n\n"
    "This action plan should be developed:\n\n"
    "• in consultation with police and crime commissioners, domestic abuse support "
    "organisations and victims' representatives;\n"
    "• after close consideration of all the recommendations in this report;\n"
    "• with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
    "connection with the force in question or another force; and 20\n"
    "• drawing on relevant knowledge acquired or available from other sources such as CPS "
    "scrutiny panels and MARAC self-assessments.")
EVERYONE_RUN_ON = (
    "By September 2014, every police force in England and Wales should establish and publish "
    "an action plan that specifies in detail what steps it will take to improve its approach "
    "to domestic abuse. This action plan should be developed:\n"
    "• in consultation with police and crime commissioners, domestic abuse support "
    "organisations and victims' representatives;\n"
    "• after close consideration of all the recommendations in this report;\n"
    "• with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
    "connection with the force in question or another force; and\n"
    "• drawing on relevant knowledge acquired or available from other sources such as CPS "
    "scrutiny panels and MARAC self-assessments.\n"
    "The action plan should be established on the basis of best practice, based on revised "
    "relevant guidance from the College of Policing.")
CDI_BULLETS = [
    "at the point of report, victims are believed;",
    "conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;",
    "multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;",
    "the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed",
]
MISSING_BULLETS = [
    "call takers understand and use the missing and absent category appropriately;",
    "call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and",
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action",
]
CUSTODY_CHILDREN = (
    "The force should, in conjunction with children’s social care services, review how it "
    "manages the detention of children. As a minimum it should:• ensure that all children are "
    "only detained when absolutely necessary and for the absolute minimum amount of time;• "
    "ensure that officers and staff in the custody suite assess at an early stage a child’s "
    "need for alternative accommodation (secure or otherwise) and work with children’s social "
    "care services to achieve the most appropriate option for the child;• ensure that custody "
    "staff make a record of all actions taken and decisions made on the relevant "
    "documentation; and• improve the timeliness of adequate appropriate adult support for "
    "children who are arrested.")
CAUSE_DA = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed.")
CAUSE_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")
COC_SAS = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
    "search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain.")

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, tracker name, tracker heading or None)
# A tracker heading (a report title row above the block) replaces the Report cell.
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)", None),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014", None),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014", None),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core Business 2014", None),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), "Integrity Matters 2015", None),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop and Search 2 (2015)", None),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "Firearms licensing 2015",
                 "Targeting the Risk (Firearms Licensing) – HMIC, published 15 September 2015"),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Effectiveness 2016",
              None),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017",
               "Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
               "published 24 October 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)", None),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S",
              "PEEL Legitimacy 2017 – national (stop and search) – published 12 December 2017"),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 26), "NCPI 2018",
               None),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 20), "CDI 2019", None),
    "custody20": ("Report on an unannounced inspection visit to police custody suites 2020",
                  dt.date(2020, 8, 18), "HMICFRS/HMIP custody 2020", None),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)",
               "Disproportionate use of police powers – spotlight on stop and search and use "
               "of force (HMICFRS, February 2021)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 4, 8), "PEEL 2021/22",
               "PEEL Assessment 2021/22 – Staffordshire Police – published April 2022. "
               "This report made 10 areas for improvement."),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023–25",
               dt.date(2024, 5, 14), "PEEL 2023-25",
               "PEEL Assessment 2023–25 – Staffordshire Police – published 14 May 2024. "
               "This report made 7 areas for improvement."),
}

COMMENT = {
    "Awaiting review": ["New area for improvement", "New recommendation"],
    "Being progressed": [
        "The progress of the implementation of this recommendation is currently being "
        "monitored by HMICFRS and this record will, in due course, be updated.", ""],
    "Complete": ["This recommendation is complete",
                 "Authorised for closure on the basis of the additional observations offered "
                 "by members of the inspection team in recent inspection activity."],
    "Superseded": [
        "This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
        "inspections. Where a cause of concern still exists this will appear in the register "
        "against these subsequent inspections."],
    "No further action required": ["No further action required."],
}

# --------------------------------------------------------------------------------------------
# Items.  Each: key, report, HMICFRS id, type, text, HMICFRS status, status date, force block
# (or None when missing from the force tracker), category, why.
# Force block: dict(text, type, updates=[U(...)], report=override tracker report key).
# Update: (date, text, rag, lead) ; rag None = a note with no status.
# --------------------------------------------------------------------------------------------


def U(y, m, d, text, rag, lead=None):
    return (dt.date(y, m, d), text, rag, lead)


ITEMS: list[dict] = []


def item(key, rep, hid, typ, text, hstat, hdate, force, cat, why, hcomment=None):
    ITEMS.append(dict(key=key, rep=rep, hid=hid, typ=typ, text=text, hstat=hstat,
                      hdate=hdate, force=force, cat=cat, why=why, hcomment=hcomment))


def F(text, typ, updates, **kw):
    d = dict(text=text, typ=typ, updates=updates)
    d.update(kw)
    return d


# ---------------- PEEL 2023-25 (force) ---------------------------------------------------------
item("p23_1", "peel23", 14105, AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "people with mental ill health.", "Awaiting review", dt.date(2024, 5, 14),
     F("The force should improve the timeliness of its response to calls for service involving "
       "people with mental ill health.", "AFI", []),
     "in_sync", "No update rows yet (not started) = force open; HMICFRS Awaiting review = open.")
item("p23_2", "peel23", 14106, AFI,
     "The force should make sure victims of domestic abuse are kept informed about the progress "
     "of their case, in line with the Code of Practice for Victims of Crime.",
     "Being progressed", dt.date(2024, 11, 4),
     F("The force should make sure victims of domestic abuse are kept informed about the "
       "progress of their case, in line with the Code of Practice for Victims of Crime.", "AFI",
       [U(2024, 9, 12, "Victims' Code compliance audit commissioned from the Crime Standards "
         "team; baseline of 120 DA investigations to be reviewed by November.", "AMBER",
         "Ch Supt Public Protection"),
        U(2025, 1, 17, "Baseline audit found 61% of victims updated within Code timescales. "
          "Automated victim update letters go live on Niche in March 2025.", "AMBER",
          "Ch Supt Public Protection")]),
     "in_sync", "Last update row AMBER = force open; HMICFRS Being progressed = open.")
item("p23_3", "peel23", 14107, AFI,
     "The force should make sure it records reports of anti-social behaviour accurately and "
     "without delay.", "Awaiting review", dt.date(2024, 5, 14),
     F("The force should make sure it records reports of anti-social behaviour accurately and "
       "without delay.", "AFI", []),
     "in_sync", "No update rows yet = force open (not started); HMICFRS Awaiting review = open.")
item("p23_4", "peel23", 14108, AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about county "
     "lines drug dealing.", "Being progressed", dt.date(2024, 10, 1),
     F("The force should improve how it gathers, assesses and acts on intelligence about county "
       "lines drug dealing.", "AFI",
       [U(2024, 8, 30, "County lines intelligence requirement refreshed and shared with LPAs. "
         "Dedicated county lines analyst post advertised.", "AMBER", "Head of Intelligence"),
        U(2025, 1, 10, "Analyst in post since October; monthly county lines tasking now part "
          "of the Force Tasking and Co-ordination Group. Action complete - evidence pack with "
          "Strategic Planning for submission to HMICFRS.", "GREEN", "Head of Intelligence")]),
     "closeable_submit",
     "Earlier update AMBER, last update GREEN = force done; HMICFRS Being progressed = open.")
item("p23_5", "peel23", 14109, AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", "Awaiting review", dt.date(2024, 5, 14), None,
     "missing_from_force",
     "Not in the tracker. The local action on a single point of contact for online child "
     "sexual abuse (same section) is the force's own action, not this AFI.")
item("p23_6", "peel23", 14110, AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to violence against women and girls.", "Being progressed",
     dt.date(2024, 11, 4),
     F("The force should make sure its performance framework gives senior leaders a clear "
       "picture of its response to violence against women and girls.", "AFI",
       [U(2024, 7, 22, "VAWG delivery plan measures drafted with the OPCC.", "AMBER",
          "Head of Corporate Development"),
        U(2024, 12, 2, "VAWG section added to the draft Force Performance pack; first "
          "quarterly report to Force Performance Board due April 2025.", "Amber",
          "Head of Corporate Development")]),
     "in_sync", "Both update rows Amber = force open; HMICFRS Being progressed = open.")
item("p23_7", "peel23", 14111, AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.",
     "Being progressed", dt.date(2024, 11, 4),
     F("The force should make sure investigations of rape and serious sexual offences are "
       "allocated to officers with the right skills and are effectively supervised.", "AFI",
       [U(2024, 10, 3, "Operation Soteria roll-out delayed; 14 of 22 RASSO investigator posts "
          "filled. Supervisory review compliance 48% in September dip sample.", "RED",
          "Det Ch Supt Force CID")]),
     "in_sync", "Only update row RED = force open; HMICFRS Being progressed = open.")

# ---------------- PEEL 2021/22 (force) ---------------------------------------------------------
item("p21_1", "peel21", 12410, AFI,
     "The force should improve its understanding of the nature and scale of fraud in its "
     "area.", "Complete", dt.date(2024, 5, 14),
     F("The force should improve its understanding of the nature and scale of fraud in its "
       "area.", "AFI",
       [U(2022, 9, 5, "Fraud problem profile commissioned; Action Fraud data sharing "
          "agreement requested from NFIB.", "AMBER", "Head of Intelligence"),
        U(2023, 6, 19, "Problem profile delayed by analyst vacancies; now due Q3 2023/24.",
          "AMBER", "Head of Intelligence")]),
     "closeable_local",
     "HMICFRS Complete (closed after PEEL 2023-25 fieldwork); last force update AMBER = open.",
     hcomment="Authorised for closure on the basis of the additional observations offered by "
              "members of the inspection team in recent inspection activity.")
item("p21_2", "peel21", 12411, AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to stalking and harassment.", "Being progressed", dt.date(2023, 3, 1),
     F("The force should make sure officers & staff have the training they need to identify and "
       "respond to stalking and harassment.", "AFI",
       [U(2022, 10, 14, "Stalking & harassment e-learning procured from the College of "
          "Policing; completion being tracked through L&D.", "AMBER",
          "Head of Learning & Development"),
        U(2023, 11, 20, "94% of frontline officers have completed the e-learning; stalking "
          "champions trained in each LPA. Complete.", "GREEN",
          "Head of Learning & Development")]),
     "closeable_submit",
     "Last update GREEN (earlier AMBER) = force done; HMICFRS Being progressed = open.")
item("p21_3", "peel21", 12412, AFI,
     "The force should ensure regular and active supervision of the quality and progress of "
     "investigations. This supervision should be properly recorded.", "Being progressed",
     dt.date(2024, 5, 14),
     F("The force should ensure regular and active supervision of the quality and progress of "
       "investigations. This supervision should be properly recorded.", "AFI",
       [U(2022, 11, 1, "Investigation supervision template added to Niche; supervisors briefed "
          "at LPA leadership days.", "AMBER", "Det Ch Supt Force CID"),
        U(2023, 5, 9, "Supervision template mandatory from April 2023. Proposed for closure.",
          "GREEN", "Det Ch Supt Force CID"),
        U(2024, 2, 26, "Re-opened: Crime Standards dip sample (Jan 2024) found recorded "
          "supervision in only 57% of investigations. Improvement plan agreed at Crime "
          "Performance Board.", "AMBER", "Det Ch Supt Force CID")]),
     "in_sync",
     "Middle update GREEN but the LAST update with a status is AMBER (re-opened) = force open; "
     "HMICFRS Being progressed = open.")
item("p21_4", "peel21", 12413, AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of domestic abuse.", "Complete", dt.date(2024, 5, 14),
     F("The force should make sure it consistently uses ancillary orders and other powers to "
       "protect victims of domestic abuse.", "AFI",
       [U(2022, 8, 8, "DVPN/DVPO guidance refreshed; DA Protection Order pilot with the "
          "courts agreed.", "AMBER", "Ch Supt Public Protection"),
        U(2023, 9, 28, "DVPO applications up 38% year on year; ancillary order checklist "
          "embedded in the DA investigation template. Complete.", "GREEN",
          "Ch Supt Public Protection")]),
     "in_sync", "Last update GREEN = force done; HMICFRS Complete = closed.")
item("p21_5", "peel21", 12414, AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", "Superseded", dt.date(2024, 5, 14),
     F("The force should improve its understanding of suspects released under investigation "
       "and the management of those released on bail.", "AFI",
       [U(2022, 7, 4, "RUI/bail performance dashboard commissioned.", "AMBER",
          "Head of Criminal Justice"),
        U(2024, 1, 15, "Bail Act changes (PCSC Act 2022) implemented; RUI volumes reduced by "
          "41%. Bail management unit review ongoing.", "AMBER", "Head of Criminal Justice")]),
     "closeable_local", "HMICFRS Superseded = closed; last force update AMBER = open.",
     hcomment="Superseded by the PEEL 2023–25 inspection of Staffordshire Police.")
item("p21_6", "peel21", 12415, AFI,
     "The force should make sure there are appropriate strategic oversight arrangements in "
     "place to manage risks, performance and improvement plans effectively.", "Being progressed",
     dt.date(2023, 3, 1),
     F("The force should make sure there are appropriate strategic oversight arrangements in "
       "place to manage risks, performance and improvement plans effectively.", "Recommendation",
       [U(2022, 9, 5, "Force Performance Board terms of reference rewritten; improvement plan "
          "register created.", "AMBER", "DCC"),
        U(2024, 3, 11, "Strategic Planning & Performance restructure agreed; new governance "
          "goes live June 2024.", "AMBER", "DCC")]),
     "conflict",
     "Type differs: HMICFRS Area for improvement, tracker Type 'Recommendation'. (Both sides "
     "open.)")
item("p21_7", "peel21", 12416, AFI,
     "The force should develop a problem-solving approach to neighbourhood crime, working with "
     "local communities and partners.", "Being progressed", dt.date(2023, 3, 1),
     F("The force should develop a problem-solving approach to neighbourhood crime, working "
       "with local communities and partners.", "AFI",
       [U(2024, 8, 5, "Problem-solving hub established; SARA training for all neighbourhood "
          "sergeants booked.", "AMBER", "ACC Local Policing")], report="peel23"),
     "conflict",
     "Report differs: HMICFRS PEEL 2021/22 (published 08/04/2022), tracker files it under the "
     "PEEL 2023-25 heading. (Both sides open.)")
item("p21_8", "peel21", 12417, AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns "
     "and that staff are aware of whistleblowing processes.", "Being progressed",
     dt.date(2023, 3, 1),
     F("The force should make sure it provides a confidential way for staff to raise concerns "
       "and that staff are aware of whistleblowing processes.", "AFI",
       [U(2022, 10, 3, "Options for an external confidential reporting line being "
          "scoped.", "AMBER", "Head of Professional Standards"),
        U(2024, 6, 24, "Confidential reporting line (Safecall) live since February 2024; "
          "intranet campaign and staff survey show 82% awareness. Complete.", "GREEN",
          "Head of Professional Standards"),
        U(2024, 12, 9, "Evidence pack with Strategic Planning; to go to the next HMICFRS "
          "liaison meeting.", None, "Head of Professional Standards")]),
     "closeable_submit",
     "Last update row has no status; the last one WITH a status is GREEN = force done; "
     "HMICFRS Being progressed = open.")
item("p21_9", "peel21", 12418, AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", "Complete", dt.date(2024, 5, 14),
     F("The force should review how it gathers and uses equality and diversity data to improve "
       "its understanding of its workforce demographics.", "AFI",
       [U(2023, 2, 13, "Self-declaration campaign ran Jan-Feb 2023; HR system fields "
          "updated. Workforce diversity data now reported quarterly to People Board. "
          "Complete.", "GREEN", "Director of People")]),
     "in_sync", "Update GREEN = force done; HMICFRS Complete = closed.")
item("p21_10", "peel21", 12419, AFI,
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.", "Being progressed", dt.date(2023, 3, 1),
     F("The force should make sure it has access to accurate data and analysis to support "
       "effective performance management.", "AFI",
       [U(2023, 1, 23, "Power BI performance dashboards in development.", "AMBER",
          "Head of Corporate Development"),
        U(2024, 11, 18, "Dashboards complete for response and neighbourhood policing; "
          "investigations and public protection dashboards not yet built.", "AMBER",
          "Head of Corporate Development")]),
     "in_sync",
     "Update prose says 'complete' for part of the work but the RAG is AMBER = force open; "
     "HMICFRS Being progressed = open.")

# ---------------- Custody 2020 -----------------------------------------------------------------
item("cus_1", "custody20", 11240, REC, CUSTODY_CHILDREN, "Being progressed",
     dt.date(2022, 6, 1),
     F(CUSTODY_CHILDREN.replace("children’s", "children's").replace("child’s", "child's"),
       "Rec",
       [U(2021, 2, 1, "Joint protocol with Stoke-on-Trent and Staffordshire children's "
          "services drafted.", "AMBER", "Ch Insp Custody"),
        U(2022, 3, 7, "Protocol signed. Appropriate adult provider contract re-tendered.",
          "AMBER", "Ch Insp Custody"),
        U(2024, 7, 1, "Awaiting custody data on PACE beds for children from the local "
          "authorities.", None, "Ch Insp Custody")]),
     "in_sync",
     "Last update row has no status; the last one with a status is AMBER = force open; "
     "HMICFRS Being progressed = open.")

# ---------------- CDI 2019 ---------------------------------------------------------------------
CDI_H = ("HMIC recommends that the force should immediately: put in place arrangements to "
         "ensure that:\n" + "\n".join("• " + b for b in CDI_BULLETS) + ";")
CDI_F = ("The force should immediately put in place arrangements to ensure that:\n"
         + "\n".join("- " + b for b in CDI_BULLETS) + ".")
item("cdi_1", "cdi19", 10233, REC, CDI_H, "Complete", dt.date(2021, 10, 12),
     F(CDI_F, "Recommendation",
       [U(2019, 12, 2, "Crime recording improvement plan agreed; THRIVE+ call handling "
          "training for all Contact Centre staff.", "AMBER", "Force Crime Registrar"),
        U(2021, 6, 14, "CDI re-audit by the Force Crime Registrar: 94.1% compliance. All "
          "five strands implemented. Complete.", "GREEN", "Force Crime Registrar")]),
     "in_sync",
     "Last update GREEN = force done; HMICFRS Complete = closed. Tracker drops the stem and "
     "uses '-' bullets.")
item("cdi_2", "cdi19", 10234, REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Being progressed", dt.date(2020, 3, 2),
     F("Within three months, the force should provide call-handlers with specific, sound and "
       "comprehensible criteria against which they can assess threat, harm and risk.", "Rec",
       [U(2020, 1, 6, "THRIVE+ criteria issued to all call handlers; QA of 20 calls per "
          "handler per month in place. Complete.", "GREEN", "Supt Contact Centre")]),
     "closeable_submit", "Update GREEN = force done; HMICFRS Being progressed = open.")
item("cdi_3", "cdi19", 10235, AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", "No further action required",
     dt.date(2022, 2, 1),
     F("The force should improve its use of its crime-recording and management system to "
       "better manage its case files and investigative processes.", "AFI",
       [U(2020, 2, 10, "Niche case file module upgrade scheduled.", "AMBER",
          "Head of Criminal Justice"),
        U(2021, 9, 6, "Upgrade delayed by the regional Niche consolidation.", "RED",
          "Head of Criminal Justice"),
        U(2023, 1, 9, "To be revisited once the regional Niche programme reports.", None,
          "Head of Criminal Justice")]),
     "closeable_local",
     "HMICFRS No further action required = closed; last update row has no status, the last "
     "with a status is RED = force open.")

# ---------------- NCPI 2018 --------------------------------------------------------------------
NCPI_REC_H = ("To address this cause of concern, HMIC recommends the force should immediately "
              "review its approach to reports of missing children and take steps to ensure "
              "that:\n" + "\n".join("• " + b for b in MISSING_BULLETS) + ".")
NCPI_REC_F = ("HMIC recommends the force should immediately review its approach to reports of "
              "missing children and take steps to ensure that: "
              + " ".join("• " + b for b in MISSING_BULLETS) + ".")
item("ncpi_1", "ncpi18", 9120, COC, CAUSE_MISSING, "Complete", dt.date(2020, 1, 20),
     F(CAUSE_MISSING.replace("’", "'").replace("‘", "'"), "Cause for Concern",
       [U(2019, 11, 25, "See recommendation below. Missing persons audit (Oct 2019): absent "
          "category no longer used for children.", "GREEN", "Ch Supt Public Protection")]),
     "in_sync", "Response row GREEN = force done; HMICFRS Complete = closed.")
item("ncpi_2", "ncpi18", 9121, REC, NCPI_REC_H, "Being progressed", dt.date(2020, 1, 20),
     F(NCPI_REC_F, "Recommendation",
       [U(2018, 9, 3, "Missing from home policy rewritten; CSE risk indicators added to the "
          "call-taker script.", "AMBER", "Ch Supt Public Protection"),
        U(2019, 11, 25, "Missing person co-ordinator reviews all missing child reports "
          "within 24 hours; supervisors' oversight audited monthly. Complete.", "GREEN",
          "Ch Supt Public Protection")]),
     "closeable_submit",
     "Last update GREEN = force done; HMICFRS Being progressed = open (the cause of concern "
     "above was closed, the recommendation was not).")
item("ncpi_3", "ncpi18", 9122, AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.", "Being progressed", dt.date(2020, 1, 20), None,
     "missing_from_force", "Not in the tracker (the NCPI 2018 block holds only the cause of "
     "concern and its recommendation).")

# ---------------- PEEL effectiveness 2016 ------------------------------------------------------
E16_R1 = ("To address this cause of concern, HMIC recommends the force should immediately take "
          "steps to ensure that there is effective supervision of the initial risk assessment "
          "process, specifically in relation to the completion of DASH risk assessment in "
          "appropriate cases.")
E16_R2 = ("To address this cause of concern, HMIC recommends the force should immediately "
          "consider ways of increasing the use of arrest, ancillary orders and other available "
          "powers, in order to improve the service it provides to victims of domestic abuse, "
          "offer the best possible protection and bring more perpetrators to justice.")
item("e16_1", "eff16", 6720, COC, CAUSE_DA, "Superseded", dt.date(2018, 3, 22),
     F(CAUSE_DA, "Cause of concern",
       [U(2018, 1, 15, "Addressed through the two recommendations below and the DA Delivery "
          "Plan.", "GREEN", "Ch Supt Public Protection")]),
     "in_sync", "Response GREEN = force done; HMICFRS Superseded = closed.")
item("e16_2", "eff16", 6721, REC, E16_R1, "Superseded", dt.date(2018, 3, 22),
     F(E16_R1.replace("To address this cause of concern, HMIC recommends the force should "
                      "immediately take", "Immediately take"), "Recommendation",
       [U(2017, 5, 8, "DASH supervision check added to the PND/Niche DA occurrence.", "AMBER",
          "Ch Supt Public Protection"),
        U(2017, 12, 4, "Supervisory DASH review compliance at 92%. Complete.", "GREEN",
          "Ch Supt Public Protection"),
        U(2019, 4, 1, "Re-opened following the 2018 DA audit: supervisory review of standard "
          "risk DASH dropped to 71%. DA Delivery Plan action 3.2.", "AMBER",
          "Ch Supt Public Protection")]),
     "closeable_local",
     "Middle update GREEN but last with a status AMBER (re-opened) = force open; HMICFRS "
     "Superseded = closed.")
item("e16_3", "eff16", 6722, REC, E16_R2, "Complete", dt.date(2018, 3, 22),
     F(E16_R2, "Recommendation",
       [U(2017, 12, 4, "Positive action policy relaunched; DA arrest rate up from 31% to 44%. "
          "Complete.", "GREEN", "Ch Supt Public Protection")]),
     "in_sync", "Update GREEN = force done; HMICFRS Complete = closed.")
item("e16_4", "eff16", 6723, AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.", "Being progressed", dt.date(2022, 4, 8),
     F("The force should improve its ability to retrieve digital evidence from mobile phones, "
       "computers and other electronic devices quickly enough to ensure investigations are "
       "not delayed.", "AFI",
       [U(2017, 6, 5, "Digital forensics backlog 1,140 devices; kiosk roll-out planned.",
          "RED", "Det Ch Supt Force CID"),
        U(2019, 3, 4, "Kiosks in all hubs; backlog 620 devices.", "AMBER",
          "Det Ch Supt Force CID"),
        U(2023, 10, 16, "Backlog under 30 days for priority devices for 12 consecutive "
          "months; ISO 17025 accreditation achieved. Complete.", "GREEN",
          "Det Ch Supt Force CID")]),
     "closeable_submit", "Last update GREEN = force done; HMICFRS Being progressed = open.")

# ---------------- Disproportionate use of police powers 2021 -----------------------------------
PW1 = ("By July 2022, forces should ensure that officers and staff have effective "
       "communication skills, in line with the National Policing Guidelines on Conflict "
       "Management. This should be in addition to existing training on conflict management "
       "and de-escalation.")
PW2 = ("By July 2021, forces should ensure that communication skills are reinforced as part of "
       "the programme of continuing professional development for officers and staff, and that "
       "supervisors are supported to routinely and frequently debrief officers on these skills "
       "using body-worn video footage.")
PW4 = ("By July 2021, forces should ensure they have effective internal monitoring processes "
       "on the use of force, to help them to identify and understand disproportionate use, "
       "explain the reasons and implement any necessary improvement action.")
item("pw_1", "powers", 11020, NAT, PW1, "Being progressed", dt.date(2022, 9, 1),
     F(PW1, "National rec",
       [U(2021, 6, 7, "Conflict management module added to Personal Safety Training.",
          "AMBER", "Head of Learning & Development"),
        U(2023, 4, 17, "Communication skills input delivered to 71% of officers; staff roles "
          "still to be scoped.", "AMBER", "Head of Learning & Development")]),
     "in_sync", "Last update AMBER = force open; HMICFRS Being progressed = open.")
item("pw_2", "powers", 11021, NAT, PW2, "Being progressed", dt.date(2022, 9, 1),
     F(PW2.replace("By July 2021", "By July 2022").replace(
         "continuing professional development", "CPD"), "National rec",
       [U(2021, 9, 13, "BWV debrief guidance for sergeants drafted.", "AMBER",
          "Head of Learning & Development"),
        U(2023, 4, 17, "Debrief guidance published; take-up being monitored through the "
          "Stop Search and Use of Force Board.", "AMBER", "ACC Local Policing")]),
     "conflict",
     "Deadline differs: HMICFRS 'By July 2021', tracker 'By July 2022' (tracker also "
     "abbreviates CPD). Both sides open.")
item("pw_3", "powers", 11022, NAT, BWV_2021, "Being progressed", dt.date(2022, 9, 1),
     F(None, "National rec", None, split=[
         ("By September 2021, forces should " + BWV_PARTS[0],
          [U(2021, 8, 2, "BWV policy amended: mandatory activation for all stop and search "
             "encounters and use of force.", "AMBER", "ACC Local Policing"),
           U(2022, 2, 7, "Compliance 96% in Q3 audit. Complete.", "GREEN",
             "ACC Local Policing")]),
         ("By September 2021, forces should " + BWV_PARTS[1],
          [U(2022, 2, 7, "Monthly BWV dip sample by the Stop Search and Use of Force Board; "
             "learning published in the 'Lessons Learned' bulletin. Complete.", "GREEN",
             "ACC Local Policing")]),
         ("By September 2021, forces should " + BWV_PARTS[2].replace("’", "'"),
          [U(2021, 11, 8, "Information sharing agreement with the Independent Scrutiny Panel "
             "drafted.", "AMBER", "ACC Local Policing"),
           U(2022, 5, 23, "Panel members review BWV footage at each quarterly meeting since "
             "March 2022. Complete.", "GREEN", "ACC Local Policing")]),
     ]),
     "closeable_submit",
     "Force split the recommendation into three items (one per paragraph), each last update "
     "GREEN = force done; HMICFRS Being progressed = open. One truth line per force item.")
item("pw_4", "powers", 11023, NAT, PW4, "Complete", dt.date(2023, 6, 30),
     F(PW4, "National rec",
       [U(2021, 7, 5, "Use of force data now reported to the Stop Search and Use of Force "
          "Board.", "AMBER", "ACC Local Policing"),
        U(2022, 11, 14, "Disproportionality analysis for use of force still in development "
          "with the analysis team.", "AMBER", "ACC Local Policing"),
        U(2023, 3, 6, "Analyst secondment ended; to be picked up by the new Performance "
          "team.", None, "ACC Local Policing")]),
     "closeable_local",
     "HMICFRS Complete = closed; last update row has no status, last with a status AMBER = "
     "force open.")

# ---------------- PEEL legitimacy 2017 (national) ----------------------------------------------
L17_3 = ("Where forces identify disparities through monitoring, they should demonstrate to the "
         "public that they have:\n•carried out research and analysis in an attempt to "
         "understand the reasons for the disparity, and •taken action to reduce the "
         "disparity, where necessary;")
L17_4 = ("We expect forces to publish this analysis and any actions taken at least on an annual "
         "basis, from July 2018.")
L17_5 = ("By July 2018, and ongoing following that date, forces should ensure that all officers "
         "who use stop and search powers have been provided with, and understand, training on "
         "unconscious bias and College of Policing APP on stop and search.")
item("l17_1", "leg17", 8540, COC, COC_SAS, "Complete", dt.date(2019, 7, 1),
     F(COC_SAS, "Cause of concern",
       [U(2019, 5, 13, "See recommendations below; stop and search scrutiny arrangements "
          "assessed as good in PEEL Legitimacy 2018.", "GREEN", "ACC Local Policing")]),
     "in_sync", "Response GREEN = force done; HMICFRS Complete = closed.")
item("l17_2", "leg17", 8541, NAT, SAS_MONITORING_2017, "Being progressed",
     dt.date(2019, 7, 1),
     F(SAS_MONITORING_2017.replace("stop and search", "S&S"), "National rec",
       [U(2018, 3, 5, "S&S monitoring dashboard specified.", "AMBER", "ACC Local Policing"),
        U(2019, 2, 11, "Monthly S&S dashboard covers disproportionality, find rates by "
          "ethnicity and search type, and possession-only drug searches. Complete.", "GREEN",
          "ACC Local Policing")]),
     "closeable_submit", "Last update GREEN = force done; HMICFRS Being progressed = open.")
item("l17_3", "leg17", 8542, NAT, L17_3, "Being progressed", dt.date(2019, 7, 1),
     F(L17_3, "National rec",
       [U(2019, 2, 11, "Research with Keele University into drivers of disparity agreed; "
          "report due 2020.", "AMBER", "ACC Local Policing"),
        U(2021, 3, 1, "Keele report received; action plan to reduce disparity in drug "
          "searches drafted.", "AMBER", "ACC Local Policing")]),
     "in_sync", "Last update AMBER = force open; HMICFRS Being progressed = open.")
item("l17_4", "leg17", 8543, NAT, L17_4, "Complete", dt.date(2019, 7, 1),
     F(L17_4, "National rec",
       [U(2018, 7, 2, "First annual S&S disproportionality report drafted for publication.",
          "AMBER", "Head of Corporate Development")]),
     "closeable_local", "HMICFRS Complete = closed; only force update AMBER = open.")
item("l17_5", "leg17", 8544, NAT, L17_5, "Being progressed", dt.date(2019, 7, 1),
     F(L17_5, "National rec",
       [U(2018, 6, 25, "Unconscious bias and S&S APP e-learning mandatory for all officers "
          "who search; 98% completion. Complete.", "GREEN",
          "Head of Learning & Development")]),
     "closeable_submit", "Update GREEN = force done; HMICFRS Being progressed = open.")

# ---------------- PEEL efficiency 2017 (national) ----------------------------------------------
EFC = ("By September 2018, chief constables should produce an ambitious plan to improve "
       "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
       "Council and Association of Police and Crime Commissioners should support the "
       "development of these plans by establishing a national framework which allows for the "
       "provision of digitally enabled services across force boundaries.")
item("efc_1", "efc17", 8515, NAT, EFC, "Superseded", dt.date(2019, 5, 2),
     F("By September 2018, chief constables should produce an ambitious plan to improve "
       "digitally-enabled services within their force.", "National rec",
       [U(2018, 9, 10, "Digital Policing Strategy 2018-21 approved by Chief Officer Group. "
          "Complete.", "GREEN", "Head of Corporate Development")]),
     "in_sync",
     "Update GREEN = force done; HMICFRS Superseded = closed. Tracker keeps only the part "
     "addressed to chief constables.")

# ---------------- Stolen freedom 2017 (national) -----------------------------------------------
SF2 = ("Within six months, forces should have in place active information-sharing agreements "
       "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
       "safeguard victims better and to identify suspects as early as possible")
SF3 = ("Immediately, forces should ensure that all victims carrying out criminal acts under "
       "compulsion attributable to slavery or exploitation are afforded the protection of "
       "early and continuing consideration of the applicability of the section 45 defence.")
SF4 = ("Immediately, forces should take steps to ensure they are fully compliant with the NRM "
       "process as it evolves and are implementing the requirement placed upon them under the "
       "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
       "adult victim of modern slavery or human trafficking.")
SF5 = ("Immediately, forces should take steps to ensure they fully comply with national crime "
       "recording standard (NCRS) requirements for offences identified as modern slavery and "
       "human trafficking and that sufficient audit capacity is available to the force crime "
       "registrar to provide reassurance that each force is identifying and managing any gaps "
       "in its crime-recording accuracy for these types of offences.")
SF6 = ("Immediately, forces should ensure that allegations or indications of modern slavery and "
       "human trafficking are thoroughly investigated and effectively supervised by teams and "
       "individuals with the skills and experience to undertake them (this should include the "
       "use where appropriate of joint intelligence teams and other means to obtain "
       "intelligence and evidence from agencies overseas).")
SF7 = ("Immediately, forces should review their use of preventative powers under the Modern "
       "Slavery Act 2015 to ensure that opportunities to restrict the activities of those "
       "deemed to pose a clear threat to others in respect of modern slavery and human "
       "trafficking offences are exploited.")
SF1_F = ("Within twelve months, forces should review their leadership and governance "
         "arrangements for modern slavery and human trafficking, to ensure that:\n"
         "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
         "• every incident of modern slavery identified to police is allocated appropriate "
         "resources with the skills, experience and capacity to investigate it effectively; "
         "and\n"
         "• forces develop effective partnership arrangements to co-ordinate activity in order "
         "to share information and safeguard victims.")
item("sf_1", "stolen", 8402, NAT, SF_LEADERSHIP, "Being progressed", dt.date(2019, 4, 1),
     F(SF1_F, "National rec",
       [U(2018, 4, 9, "MSHT strategic lead appointed (Det Supt); MSHT Partnership Board "
          "established with the local authorities.", "AMBER", "Det Ch Supt Force CID"),
        U(2019, 10, 7, "Partnership Board meets quarterly; MSHT SPOC in each LPA.", "AMBER",
          "Det Ch Supt Force CID")]),
     "conflict",
     "Missing bullet: tracker text lacks the fourth bullet (performance and quality assurance "
     "measures). Both sides open.")
item("sf_2", "stolen", 8403, NAT, SF2, "Being progressed", dt.date(2019, 4, 1),
     F("Within twelve months, forces should have in place active information-sharing "
       "agreements with other agencies to facilitate speedy exchange of intelligence and in "
       "order to safeguard victims better and to identify suspects as early as possible.",
       "National rec",
       [U(2018, 11, 5, "MSHT information-sharing agreement signed with Staffordshire County "
          "Council, Stoke-on-Trent City Council, Border Force and the GLAA. Complete.",
          "GREEN", "Head of Intelligence")]),
     "conflict",
     "Timescale differs: HMICFRS 'Within six months', tracker 'Within twelve months' "
     "(HMICFRS open, force done: the timescale conflict must be settled before anything is "
     "submitted).")
item("sf_3", "stolen", 8404, NAT, SF3, "Complete", dt.date(2019, 4, 1),
     F(SF3, "National rec",
       [U(2018, 2, 12, "Section 45 defence guidance issued to investigators and CPS liaison "
          "agreed. Complete.", "GREEN", "Det Ch Supt Force CID")]),
     "in_sync", "Update GREEN = force done; HMICFRS Complete = closed.")
item("sf_4", "stolen", 8405, NAT, SF4, "Being progressed", dt.date(2019, 4, 1),
     F(SF4.replace("modern slavery or human trafficking", "MSHT"), "National rec",
       [U(2018, 2, 12, "NRM first responder training delivered; Duty to Notify process "
          "through the MSHT SPOCs.", "AMBER", "Det Ch Supt Force CID"),
        U(2019, 1, 14, "NRM referrals audited quarterly; Duty to Notify compliance 100% in "
          "the last two quarters. Complete.", "GREEN", "Det Ch Supt Force CID")]),
     "closeable_submit", "Last update GREEN = force done; HMICFRS Being progressed = open.")
item("sf_5", "stolen", 8406, NAT, SF5, "Complete", dt.date(2019, 4, 1),
     F(SF5, "National rec",
       [U(2018, 5, 21, "MSHT crime recording audit added to the Force Crime Registrar's "
          "audit plan; audit capacity bid submitted.", "AMBER", "Force Crime Registrar")]),
     "closeable_local", "HMICFRS Complete = closed; only force update AMBER = open.")
item("sf_6", "stolen", 8407, NAT, SF6, "Being progressed", dt.date(2019, 4, 1),
     F(SF6.replace("modern slavery and human trafficking", "MSHT"), "National rec",
       [U(2018, 6, 4, "MSHT investigations allocated to the Complex Investigations Team; "
          "supervision audit due.", "AMBER", "Det Ch Supt Force CID")]),
     "in_sync", "Update AMBER = force open; HMICFRS Being progressed = open.")
item("sf_7", "stolen", 8408, NAT, SF7, "No further action required", dt.date(2021, 2, 1),
     F(SF7, "National rec", []),
     "closeable_local",
     "No update rows at all = force open (never started); HMICFRS No further action required "
     "= closed.")

# ---------------- Firearms licensing 2015 (national) -------------------------------------------
FA1 = ("Within three months, all chief constables should assess how well the governance of "
       "firearms licensing in his or her force meets the standards set out in Authorised "
       "Professional Practice. Chief constables of forces where the governance standards are "
       "not being complied with should put in place immediately the correct arrangements and "
       "procedures in order to meet the standards in full.")
FA2 = ("Within three months, all chief constables should assess the demand placed on their "
       "firearms licensing department and ensure it has the capacity to meet this demand and "
       "provide an efficient and effective service at all times.")
FA3 = ("Immediately, all chief constables should satisfy themselves that all appropriate action "
       "is being taken by their force with regard to ‘total expired’ licensing records.")
FA4 = ("Within three months, all chief constables should ensure that their arrangements in "
       "respect of the use of temporary permits are in accordance with the Home Office "
       "guidance; that temporary permits are properly recorded without delay on the National "
       "Firearms Licensing Management System; and that effective systems exist to ensure "
       "certificate holders are not permitted, at any time, to remain in unlawful possession "
       "of a firearm.")
FA5 = ("Within three months, all chief constables should ensure that systems designed to "
       "identify, prior to police attendance, whether a reported incident involves or is at "
       "the address of a firearm certificate holder are in place and are always applied by "
       "staff dispatching officers to incidents; and that officers understand the risk "
       "assessment which they should be undertaking in such circumstances, and their power, "
       "when appropriate, to seize firearms and firearm certificates.")
item("fa_1", "firearms", 5310, NAT, FA1, "Complete", dt.date(2017, 2, 6),
     F(FA1.replace("Authorised Professional Practice", "APP"), "National rec",
       [U(2016, 1, 11, "Governance self-assessment against APP completed; Firearms Licensing "
          "Board chaired by the ACC. Complete.", "GREEN", "Supt Firearms Licensing")]),
     "in_sync", "Update GREEN = force done; HMICFRS Complete = closed.")
item("fa_2", "firearms", 5311, NAT, FA2, "Being progressed", dt.date(2017, 2, 6),
     F(FA2, "National rec",
       [U(2016, 1, 11, "Demand assessment completed; business case for 4 additional "
          "enquiry officers.", "AMBER", "Supt Firearms Licensing"),
        U(2024, 9, 2, "Renewals backlog 1,320 (Aug 2024); temporary staff funded to March "
          "2025.", "RED", "Supt Firearms Licensing")]),
     "in_sync", "Last update RED = force open; HMICFRS Being progressed = open.")
item("fa_3", "firearms", 5312, NAT, FA3, "Being progressed", dt.date(2017, 2, 6), None,
     "missing_from_force", "Not in the tracker's firearms block (four of the five items only).")
item("fa_4", "firearms", 5313, NAT, FA4, "Complete", dt.date(2017, 2, 6),
     F(FA4, "National rec",
       [U(2016, 2, 8, "Temporary permit process being mapped against Home Office guidance.",
          "AMBER", "Supt Firearms Licensing")]),
     "closeable_local", "HMICFRS Complete = closed; only force update AMBER = open.")
item("fa_5", "firearms", 5314, NAT, FA5, "Being progressed", dt.date(2017, 2, 6),
     F(FA5, "National rec",
       [U(2016, 2, 8, "PNC/STORM firearms marker check built into the dispatch script; "
          "officer briefing on seizure powers delivered. Complete.", "GREEN",
          "Supt Contact Centre")]),
     "closeable_submit", "Update GREEN = force done; HMICFRS Being progressed = open.")

# ---------------- Integrity matters 2015 (national) --------------------------------------------
item("int_1", "integrity", 902, NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Being progressed", dt.date(2016, 3, 1), None, "missing_from_force",
     "Not in the tracker.")

# ---------------- Core business 2014 (national) ------------------------------------------------
CORE1 = ("Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
         "have not yet done so, should provide call-handlers with specific, sound and "
         "comprehensible criteria against which they can assess threat, harm and risk.")
CORE2 = ("By 31 March 2015 all forces should ensure that crime prevention or disruption "
         "activity carried out is systematically recorded and subsequently evaluated to "
         "determine the effectiveness of tactics being employed.")
item("core_1", "core", 4822, NAT, CORE1, "Complete", dt.date(2016, 5, 9),
     F(CORE1, "National rec",
       [U(2015, 3, 23, "THRIVE call grading criteria in place in the Contact Centre. "
          "Complete.", "Complete", "Supt Contact Centre")]),
     "in_sync", "Update 'Complete' = force done; HMICFRS Complete = closed.")
item("core_2", "core", 4823, NAT, CORE2, "Being progressed", dt.date(2016, 5, 9),
     F(CORE2, "National rec",
       [U(2015, 3, 23, "Crime prevention activity recording on STORM being piloted.",
          "AMBER", "ACC Local Policing"),
        U(2016, 9, 12, "Prevention activity recorded on the neighbourhood tasking system and "
          "evaluated through the problem-solving hub. Complete.", "Complete",
          "ACC Local Policing")]),
     "closeable_submit", "Last update 'Complete' = force done; HMICFRS Being progressed = open.")

# ---------------- Everyone's business 2014 (national) ------------------------------------------
item("eve_1", "everyone", 2321, NAT, EVERYONE_PLAN, "Complete", dt.date(2015, 11, 2),
     F(EVERYONE_RUN_ON, "National rec",
       [U(2014, 9, 29, "Domestic Abuse Action Plan published on the force website, "
          "developed with the PCC and the Staffordshire DA Forum. Complete.", "GREEN",
          "Ch Supt Public Protection")]),
     "in_sync",
     "Update GREEN = force done; HMICFRS Complete = closed. Tracker text runs on into the "
     "report's next paragraph and lacks the stray footnote '20': same item, not a conflict.")

# ---------------- Stop and search 2013 (national) ----------------------------------------------
S13_1 = ("Chief Constables and the College of Policing should establish in the Stop and Search "
         "Authorised Professional Practice document a clear specification of what constitutes "
         "the effective and fair exercise of stop and search powers, and guidance in this "
         "respect. This should be compliant with the Code of Practice.")
S13_2 = ("Chief Constables should establish or improve monitoring of the way officers stop and "
         "search people, so that they can be satisfied their officers are acting in accordance "
         "with the law (including equality legislation and the Code of Practice), and that the "
         "power is used effectively to prevent crime, catch criminals and maintain public "
         "trust.")
S13_3 = ("Chief Constables should, in consultation with elected local policing bodies, ensure "
         "that they comply with the code of practice by explaining to the public the way stop "
         "and search powers are used in their areas and by making arrangements for stop and "
         "search records to be scrutinised by community representatives. This should be done "
         "in a way that involves those people who are stopped and searched, for example, young "
         "people.")
item("s13_1", "sas13", 1190, NAT, S13_1, "No further action required", dt.date(2015, 2, 2),
     F(S13_1, "National rec",
       [U(2013, 10, 7, "For the College of Policing; the force will adopt the revised APP "
          "when published.", "WHITE", "ACC Local Policing")]),
     "in_sync",
     "Update WHITE (not the force's to deliver) = force done; HMICFRS No further action "
     "required = closed.",
     hcomment="No further action required – recommendation directed at the College of "
              "Policing.")
item("s13_2", "sas13", 1191, NAT, S13_2, "Complete", dt.date(2015, 2, 2),
     F(S13_2, "National rec",
       [U(2013, 10, 7, "Stop and search form redesigned; supervisors to review all "
          "searches.", "AMBER", "ACC Local Policing"),
        U(2014, 6, 2, "Supervisory review in place for 60% of searches; IT change needed for "
          "the rest.", "AMBER", "ACC Local Policing")]),
     "closeable_local", "HMICFRS Complete = closed; last force update AMBER = open.")
item("s13_3", "sas13", 1192, NAT, S13_3, "Complete", dt.date(2015, 2, 2),
     F(S13_3, "National rec",
       [U(2014, 6, 2, "Independent Stop and Search Scrutiny Panel set up with the PCC, "
          "including a youth panel. Complete.", "GREEN", "ACC Local Policing")]),
     "in_sync",
     "Update GREEN = force done; HMICFRS Complete = closed. Near-duplicate of the 2015 'Stop "
     "and search powers 2' item in the tracker: report name decides.")

# --------------------------------------------------------------------------------------------
# Force-only items (not on the HMICFRS list).  (anchor key after which block, report, No.
# style, type, text, updates, why)
# --------------------------------------------------------------------------------------------
LOCAL = [
    dict(after="p23_7", rep="peel23", typ="Local action",
         text="Local action: Appoint a single point of contact for online child sexual abuse "
              "in each local policing area",
         updates=[U(2024, 10, 21, "SPOCs identified in 3 of 4 LPAs; training through the "
                    "regional POLIT team in December.", "AMBER", "Det Ch Supt Force CID")],
         why="The force's own action; not on the HMICFRS list (it is not the missing PEEL "
             "2023-25 AFI on specialist capacity for online child sexual abuse)."),
    dict(after="p21_2", rep="peel21", typ="Local action",
         text="Force action - Task & Finish group to review the stalking and harassment policy "
              "and report to the Force Executive Team",
         updates=[U(2023, 3, 6, "Task & Finish group met four times; revised policy to FET "
                    "in May.", "AMBER", "Ch Supt Public Protection"),
                  U(2023, 7, 10, "Policy approved by FET 27 June 2023 and published. "
                    "Complete.", "GREEN", "Ch Supt Public Protection")],
         why="The force's own action under PEEL 2021/22; not an HMICFRS item."),
    dict(after="l17_5", rep="leg17", typ="Local action",
         text="Internal audit action: Add stop and search measures to the monthly Force "
              "Performance pack",
         updates=[U(2019, 9, 16, "Measures agreed with the Performance team.", "AMBER",
                    "Head of Corporate Development")],
         why="Internal audit action filed under the PEEL Legitimacy 2017 heading; not an "
             "HMICFRS item."),
    dict(after="sas15", rep="sas15", typ="National rec",
         text="Chief constables should, in consultation with police and crime commissioners, "
              "ensure that they comply with the Code of Practice by explaining to the public "
              "the way stop and search powers are used in their areas and by making "
              "arrangements for stop and search records to be scrutinised by community "
              "representatives. This should be done in a way that involves those people who "
              "are stopped and searched, for example young people.",
         updates=[U(2015, 6, 1, "As Stop and Search 2013 recommendation 3: Scrutiny Panel in "
                    "place. Complete.", "GREEN", "ACC Local Policing")],
         why="Stop and search powers 2 (2015) is not on the HMICFRS list; near-duplicate of "
             "the 2013 item, which is matched to its own tracker row."),
    dict(after="austerity", rep="austerity", typ="National rec",
         text="All Chief Constables and PCCs should review their plans to deliver savings to "
              "ensure they are doing all they can to continue to reduce crime and protect the "
              "front line while balancing their budgets. They should use the data and "
              "information contained in this report, and in HMIC's Value for Money profiles, "
              "when conducting their reviews",
         updates=[U(2014, 10, 6, "Medium term financial plan reviewed against the VfM "
                    "profiles; reported to the Police and Crime Panel. Complete.", "GREEN",
                    "Director of Finance")],
         why="Policing in austerity 2014 is not on the HMICFRS list for the force."),
]

# Tracker order: report sections, each with the item keys (force blocks) in order.
TRACKER_ORDER = [
    ("PART A – FORCE INSPECTIONS", None),
    ("peel23", ["p23_1", "p23_2", "p23_3", "p23_4", "p21_7", "p23_6", "p23_7"]),
    ("peel21", ["p21_1", "p21_2", "p21_3", "p21_4", "p21_5", "p21_6", "p21_8", "p21_9",
                "p21_10"]),
    ("custody20", ["cus_1"]),
    ("cdi19", ["cdi_1", "cdi_2", "cdi_3"]),
    ("ncpi18", ["ncpi_1", "ncpi_2"]),
    ("eff16", ["e16_1", "e16_2", "e16_3", "e16_4"]),
    ("PART B – NATIONAL AND THEMATIC REPORTS", None),
    ("powers", ["pw_1", "pw_2", "pw_3", "pw_4"]),
    ("leg17", ["l17_1", "l17_2", "l17_3", "l17_4", "l17_5"]),
    ("efc17", ["efc_1"]),
    ("stolen", ["sf_1", "sf_2", "sf_3", "sf_4", "sf_5", "sf_6", "sf_7"]),
    ("firearms", ["fa_1", "fa_2", "fa_4", "fa_5"]),
    ("sas15", ["sas15"]),
    ("core", ["core_1", "core_2"]),
    ("austerity", ["austerity"]),
    ("everyone", ["eve_1"]),
    ("sas13", ["s13_1", "s13_2", "s13_3"]),
]

LABELS = [
    lambda d: "Update:",
    lambda d: f"Update ({d.strftime('%b %Y')}):",
    lambda d: f"Force update ({d.strftime('%b %Y')}):",
    lambda d: "Progress:",
    lambda d: "Response –",
    lambda d: f"Progress update {d.strftime('%d/%m/%Y')}:",
    lambda d: "UPDATE -",
]
STYLES = ["inline", "split", "column"]

RAG_FILL = {"RED": "FF0000", "AMBER": "FFC000", "GREEN": "00B050", "WHITE": "FFFFFF",
            "COMPLETE": "00B050"}


def build():
    CASE.mkdir(parents=True, exist_ok=True)
    by_key = {it["key"]: it for it in ITEMS}
    local_by_rep = {lc["rep"]: lc for lc in LOCAL if lc["after"] in ("sas15", "austerity")}
    local_after = {lc["after"]: lc for lc in LOCAL if lc["after"] not in ("sas15", "austerity")}

    # ---------------- HMICFRS CSV ----------------
    hitems = sorted(ITEMS, key=lambda it: it["hid"])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Recommendation ID", "Force", "Report title", "Publication date", "Type",
                "Recommendation text", "Status", "Status date", "Comment"])
    hrow = {}
    for i, it in enumerate(hitems):
        title, pub, _, _ = REPORTS[it["rep"]]
        comment = it["hcomment"] if it["hcomment"] is not None else rng.choice(
            COMMENT[it["hstat"]])
        w.writerow([it["hid"], FORCE, title, pub.strftime("%d/%m/%Y"), it["typ"], it["text"],
                    it["hstat"], it["hdate"].strftime("%d/%m/%Y"), comment])
        hrow[it["key"]] = f"hmicfrs.csv!{i + 2}"
    (CASE / "hmicfrs.csv").write_bytes(buf.getvalue().encode("utf-8-sig"))

    # ---------------- Tracker XLSX ----------------
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ncol = 8
    ws["A1"] = "Staffordshire Police"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("HMICFRS Recommendations and Areas for Improvement – Force Action Plan and "
                "Progress Update")
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Position as at 31 January 2025. Prepared by Strategic Planning and Performance "
                "for the Ethics, Transparency and Audit Panel. OFFICIAL")
    headers = ["No.", "Report", "Type", "HMICFRS Recommendation / AFI", "Force Update", "Lead",
               "RAG Status", "Date"]
    HR = 5
    for c, h in enumerate(headers, 1):
        cell = ws.cell(HR, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = border
    r = HR + 1
    no = 0
    truth = []  # (hmicfrs_row, force_row, category, why)
    force_rows_seen = []
    block_idx = 0

    def write_block(num, rep_key, typ, text, updates, merged, style_seed):
        nonlocal r
        heading = REPORTS[rep_key][3]
        top = r
        ws.cell(r, 1, int(num) if num.isdigit() else num)
        if heading is None:
            ws.cell(r, 2, REPORTS[rep_key][2])
        ws.cell(r, 3, typ)
        ws.cell(r, 4, text)
        for c in range(1, ncol + 1):
            ws.cell(r, c).alignment = wrap
            ws.cell(r, c).border = border
        r += 1
        brng = random.Random(style_seed)
        style = brng.choice(STYLES)
        lab = brng.randrange(len(LABELS))
        for k, (d, utext, rag, lead) in enumerate(updates):
            # later updates in a long-running block sometimes switch label / style
            if k and brng.random() < 0.3:
                style = brng.choice(STYLES)
                lab = brng.randrange(len(LABELS))
            label = LABELS[lab](d)
            if style == "inline":
                ws.cell(r, 4, f"{label} {utext}")
            elif style == "split":
                ws.cell(r, 4, label)
                ws.cell(r, 5, utext)
            else:
                ws.cell(r, 5, utext)
            ws.cell(r, 6, lead)
            if rag is not None:
                cell = ws.cell(r, 7, rag)
                fill = RAG_FILL.get(rag.upper())
                if fill:
                    cell.fill = PatternFill("solid", fgColor=fill)
            dc = ws.cell(r, 8, dt.datetime(d.year, d.month, d.day))
            dc.number_format = "dd/mm/yyyy"
            for c in range(1, ncol + 1):
                ws.cell(r, c).alignment = wrap
                ws.cell(r, c).border = border
            r += 1
        bottom = r - 1
        if merged and bottom > top:
            for c in (1, 2, 3):
                ws.merge_cells(start_row=top, start_column=c, end_row=bottom, end_column=c)
        return top

    for sect, keys in TRACKER_ORDER:
        if keys is None:
            ws.cell(r, 1, sect).font = Font(bold=True, size=12)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
            continue
        heading = REPORTS[sect][3]
        if heading is not None:
            cell = ws.cell(r, 1, heading)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="D9E1F2")
            cell.alignment = Alignment(wrap_text=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
        for key in keys:
            block_idx += 1
            merged = rng.random() < 0.55
            if key in ("sas15", "austerity"):
                lc = local_by_rep[key]
                no += 1
                top = write_block(str(no), sect, lc["typ"], lc["text"], lc["updates"], merged,
                                  SEED + block_idx)
                truth.append(("", f"{SHEET}!{top}", "not_on_hmicfrs_list", lc["why"]))
                force_rows_seen.append(top)
                continue
            it = by_key[key]
            f = it["force"]
            no += 1
            if f.get("split"):
                for j, (stext, supd) in enumerate(f["split"]):
                    block_idx += 1
                    top = write_block(f"{no}{'abc'[j]}", sect, f["typ"], stext, supd,
                                      rng.random() < 0.55, SEED + block_idx)
                    truth.append((hrow[key], f"{SHEET}!{top}", it["cat"],
                                  it["why"] + f" (part {'abc'[j]})"))
                    force_rows_seen.append(top)
            else:
                top = write_block(str(no), sect, f["typ"], f["text"], f["updates"], merged,
                                  SEED + block_idx)
                truth.append((hrow[key], f"{SHEET}!{top}", it["cat"], it["why"]))
                force_rows_seen.append(top)
            if key in local_after:
                lc = local_after[key]
                block_idx += 1
                top = write_block(f"{no}.1", sect, lc["typ"], lc["text"], lc["updates"],
                                  rng.random() < 0.55, SEED + block_idx)
                truth.append(("", f"{SHEET}!{top}", "not_on_hmicfrs_list", lc["why"]))
                force_rows_seen.append(top)

    # legend / notes
    r += 1
    notes = [
        "RAG key: GREEN – implemented / complete; AMBER – in progress, on track; RED – off "
        "track or past deadline; WHITE – not the force's responsibility to deliver.",
        "Items with no update have been logged but not yet allocated to a lead.",
        "The current status is the latest dated update. Updates are not deleted; superseded "
        "updates are kept for the audit trail.",
    ]
    for n in notes:
        ws.cell(r, 1, n).font = Font(italic=True, size=9)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1

    for col, wdt in zip("ABCDEFGH", [6, 18, 14, 70, 45, 22, 11, 12]):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = f"A{HR + 1}"
    ws.print_title_rows = f"{HR}:{HR}"
    fixed = dt.datetime(2025, 1, 31, 9, 0, 0)
    wb.properties.creator = "Strategic Planning and Performance"
    wb.properties.created = fixed
    wb.properties.lastModifiedBy = "Strategic Planning and Performance"
    out = CASE / "tracker.xlsx"
    wb.save(out)
    _normalise_zip(out, fixed)

    # missing items
    for it in hitems:
        if it["force"] is None:
            truth.append((hrow[it["key"]], "", it["cat"], it["why"]))

    def sort_key(t):
        h = int(t[0].split("!")[1]) if t[0] else 10 ** 6
        f_ = int(t[1].split("!")[1]) if t[1] else 0
        return (h, f_)

    truth.sort(key=sort_key)
    tb = io.StringIO()
    tw = csv.writer(tb, lineterminator="\n")
    tw.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for t in truth:
        tw.writerow(t)
    (CASE / "truth.csv").write_text(tb.getvalue(), encoding="utf-8")
    return truth


def _normalise_zip(path: Path, fixed: dt.datetime):
    """Fixed timestamps inside the xlsx so the file rebuilds byte for byte."""
    src = zipfile.ZipFile(path)
    entries = [(zi.filename, src.read(zi.filename)) for zi in src.infolist()]
    src.close()
    stamp = fixed.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=fixed.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)


if __name__ == "__main__":
    t = build()
    from collections import Counter
    print(len(ITEMS), "HMICFRS items;", len(t), "truth lines")
    print(Counter(x[2] for x in t))
