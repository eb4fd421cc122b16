"""Build the evaluation case `status_per_force_columns` (round 35).

An alliance collaboration tracker (Bedfordshire, Cambridgeshire and Hertfordshire, "BCH")
with one status column and one lead column per force plus a "Collaboration status" column,
reconciled against the HMICFRS definitive list of ONE force: Cambridgeshire Constabulary.

Run:  /work/main/.venv/bin/python build_status_per_force_columns.py
Rebuilds status_per_force_columns/ byte for byte (fixed seed, fixed xlsx timestamps).

HMICFRS texts are real public (Open Government Licence) wording copied from the project's
text lists (national.py, force.py, tracker.py) and /work/shared/data/real_recommendations.csv.
Tracker rewordings, abridgements, local actions and progress notes are written here.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 20241204
CASE = "status_per_force_columns"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FIXED_TS = dt.datetime(2024, 11, 4, 9, 0, 0)

rng = random.Random(SEED)

FORCE = "Cambridgeshire Constabulary"

# --------------------------------------------------------------------------------------
# Reports on Cambridgeshire's definitive list: key -> (HMICFRS title, publication date)
# --------------------------------------------------------------------------------------
REPORTS = {
    "fl": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
           "licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "sf": ("Stolen freedom: the policing response to modern slavery and human trafficking",
           dt.date(2017, 10, 24)),
    "pe17": ("PEEL: Police effectiveness 2017 – Cambridgeshire Constabulary", dt.date(2018, 3, 22)),
    "ncpi": ("National child protection inspection – Cambridgeshire Constabulary",
             dt.date(2018, 6, 26)),
    "dup": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
            "of force", dt.date(2021, 2, 26)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Cambridgeshire "
               "Constabulary", dt.date(2022, 7, 28)),
}

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

# Real texts (copied verbatim from the casegen text lists / real_recommendations.csv) -----
SF_LEADERSHIP = (
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:\n"
    "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
    "• every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;\n"
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and\n"
    "• performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims."
)
BWV_2021 = (
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice."
)
DASH_CAUSE = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)
BEDS_8548 = (
    "Within six months Bedfordshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff comply with their statutory duties to complete detention "
    "certificates if a child is detained for any reason in police custody following charge;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested."
)

# HMICFRS items: key, report, type, text, status ---------------------------------------
H = [
    # Targeting the risk (all forces)
    ("F1", "fl", NAT, "Within three months, all chief constables should assess how well the governance "
     "of firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete"),
    ("F2", "fl", NAT, "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "Being progressed"),
    ("F3", "fl", NAT, "Immediately, all chief constables should satisfy themselves that all appropriate "
     "action is being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete"),
    ("F4", "fl", NAT, "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Being progressed"),
    ("F5", "fl", NAT, "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", "Complete"),
    # Stolen freedom (all forces)
    ("S1", "sf", NAT, SF_LEADERSHIP, "Being progressed"),
    ("S2", "sf", NAT, "Within six months, forces should have in place active information-sharing "
     "agreements with other agencies to facilitate speedy exchange of intelligence 86 and in "
     "order to safeguard victims better and to identify suspects as early as possible",
     "Awaiting review"),
    ("S3", "sf", NAT, "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.", "Complete"),
    ("S4", "sf", NAT, "Immediately, forces should take steps to ensure they are fully compliant with the "
     "NRM process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Superseded"),
    ("S5", "sf", NAT, "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and human "
     "trafficking and that sufficient audit capacity is available to the force crime registrar "
     "to provide reassurance that each force is identifying and managing any gaps in its "
     "crime-recording accuracy for these types of offences.", "Being progressed"),
    ("S6", "sf", NAT, "Immediately, forces should ensure that allegations or indications of modern slavery "
     "and human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).", "Being progressed"),
    ("S7", "sf", NAT, "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Being progressed"),
    # PEEL effectiveness 2017 - Cambridgeshire
    ("P1", "pe17", COC, DASH_CAUSE, "Being progressed"),
    ("P2", "pe17", REC, "To address this cause of concern, HMIC recommends the force should immediately "
     "take steps to ensure that there is effective supervision of the initial risk assessment "
     "process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases.", "Being progressed"),
    ("P3", "pe17", REC, "Within three months, the force should cease the practice of conducting domestic "
     "abuse risk assessments over the telephone and dealing with domestic abuse in the "
     "resolution centre.", "Complete"),
    ("P4", "pe17", AFI, "The force should improve its understanding of suspects released under "
     "investigation and the management of those released on bail.", "Complete"),
    ("P5", "pe17", AFI, "The force should improve its ability to retrieve digital evidence from mobile "
     "phones, computers and other electronic devices quickly enough to ensure investigations "
     "are not delayed.", "Being progressed"),
    ("P6", "pe17", AFI, "The force should ensure regular and active supervision of the quality and "
     "progress of investigations. This supervision should be properly recorded.", "Superseded"),
    ("P7", "pe17", AFI, "The force should take steps to understand and address the reason behind why such "
     "a high proportion of victims of domestic abuse do not support the police investigation.",
     "Being progressed"),
    ("P8", "pe17", AFI, "Cambridgeshire Constabulary should improve the supervision of investigations, so "
     "that investigation plans are set, reviewed and recorded and victims receive a "
     "consistently good service.", "Complete"),
    ("P9", "pe17", AFI, "The force should improve its use of its crime-recording and management system to "
     "better manage its case files and investigative processes.", "Being progressed"),
    ("P10", "pe17", AFI, "The force should make sure it has enough specialist capacity and capability to "
     "investigate serious and organised crime.", "Being progressed"),
    ("P11", "pe17", AFI, "The force should improve how it gathers, assesses and acts on intelligence about "
     "county lines drug dealing.", "Awaiting review"),
    # National child protection inspection - Cambridgeshire
    ("N1", "ncpi", REC, "Within six months Cambridgeshire Constabulary should, in conjunction with "
     "children’s social care services, review how it manages the detention of children. As a "
     "minimum it should:• ensure that all children are only detained when absolutely necessary "
     "and for the absolute minimum amount of time;• ensure that officers and staff in the "
     "custody suite assess at an early stage a child’s need for alternative accommodation "
     "(secure or otherwise) and work with children’s social care services to achieve the most "
     "appropriate option for the child;• ensure that custody staff make a record of all actions "
     "taken and decisions made on the relevant documentation; and• improve the timeliness of "
     "adequate appropriate adult support for children who are arrested.", "Being progressed"),
    ("N2", "ncpi", REC, "Within three months, the force should review its approach to reports of missing "
     "children and take steps to ensure that:\n"
     "• call takers understand and use the missing and absent category appropriately;\n"
     "• call takers and frontline staff have the necessary knowledge to identify risk factors "
     "associated with child sexual exploitation and how to respond to such cases; and\n"
     "• supervisors provide the correct oversight of missing person enquiries and direct "
     "appropriate and timely investigative and safeguarding action.", "Complete"),
    ("N3", "ncpi", REC, "Immediately, the force should improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.", "Being progressed"),
    ("N4", "ncpi", REC, "Within six months the force should make sure officers and staff have the training "
     "they need to identify and respond to online child sexual abuse.", "Complete"),
    ("N5", "ncpi", REC, "HMICFRS recommends that the force should immediately:make sure investigations of "
     "sexual offences against children are allocated to officers with the right skills and are "
     "effectively supervised; and", "Being progressed"),
    ("N6", "ncpi", REC, "Within twelve months, the force should improve the way it manages the risk posed by "
     "offenders involved in online child sexual abuse.", "Being progressed"),
    ("N7", "ncpi", REC, "Within six months the force should make sure it records reports of missing children "
     "accurately and without delay.", "No further action required"),
    ("N8", "ncpi", REC, "Immediately, the force should make sure victims of child sexual exploitation are "
     "kept informed about the progress of their case, in line with the Code of Practice for "
     "Victims of Crime.", "Being progressed"),
    # Disproportionate use of police powers (all forces)
    ("D1", "dup", NAT, "By July 2022, forces should ensure that officers and staff have effective "
     "communication skills, in line with the National Policing Guidelines on Conflict "
     "Management. This should be in addition to existing training on conflict management and "
     "de-escalation.", "Being progressed"),
    ("D2", "dup", NAT, "By July 2021, forces should ensure that communication skills are reinforced as part "
     "of the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Complete"),
    ("D3", "dup", NAT, BWV_2021, "Being progressed"),
    ("D4", "dup", NAT, "The Home Office and the NPCC should take steps to ensure that the quality of the "
     "data collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.", "Awaiting review"),
    ("D5", "dup", NAT, "By July 2021, forces should ensure they have effective internal monitoring processes "
     "on the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Being progressed"),
    # PEEL 2021/22 - Cambridgeshire
    ("E1", "peel21", AFI, "The force should improve its understanding of the nature and scale of violence "
     "against women and girls in its area.", "Being progressed"),
    ("E2", "peel21", AFI, "The force should make sure it has enough specialist capacity and capability to "
     "investigate fraud.", "Awaiting review"),
    ("E3", "peel21", AFI, "The force should improve the timeliness of its response to calls for service "
     "involving domestic abuse.", "Being progressed"),
    ("E4", "peel21", AFI, "The force should make sure victims of stalking and harassment are kept informed "
     "about the progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Complete"),
    ("E5", "peel21", AFI, "The force should make sure its analysis of serious and organised crime informs its "
     "strategic assessment and control strategy.", "Complete"),
    ("E6", "peel21", AFI, "Cambridgeshire Constabulary should make sure investigations of rape and serious "
     "sexual offences are allocated to officers with the right skills and are effectively "
     "supervised.", "Being progressed"),
    ("E7", "peel21", AFI, "The force should make sure it consistently uses ancillary orders and other powers "
     "to protect victims of stalking and harassment.", "Being progressed"),
    ("E8", "peel21", AFI, "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to hate crime.", "Being progressed"),
    ("E9", "peel21", AFI, "The force should develop a problem-solving approach to anti-social behaviour, "
     "working with local communities and partners.", "No further action required"),
    ("E10", "peel21", AFI, "The force should make sure it provides a confidential way for staff to raise "
     "concerns and that staff are aware of whistleblowing processes.", "Being progressed"),
    ("E11", "peel21", AFI, "The force should review how it gathers and uses equality and diversity data to "
     "improve its understanding of its workforce demographics.", "Being progressed"),
    ("E12", "peel21", AFI, "The force should ensure all staff have received at least the lowest level of "
     "vetting clearance for their roles as quickly as possible, working to clear both the "
     "vetting backlog and new vetting renewals when they become due so that it complies fully "
     "with the national vetting guidelines.", "Complete"),
    ("E13", "peel21", AFI, "The force should evaluate its work to prevent knife crime and share what works "
     "across the force.", "Being progressed"),
    ("E14", "peel21", AFI, "The force should make sure it has access to accurate data and analysis to "
     "support effective performance management.", "Being progressed"),
    ("E15", "peel21", AFI, "The force should improve how it gathers, assesses and acts on intelligence about "
     "counter-corruption.", "Being progressed"),
    ("E16", "peel21", AFI, "Cambridgeshire Constabulary should put plans in place to monitor, including "
     "through the gathering and analysis of staff feedback, team cultures and provide prompt "
     "remedial action for any issues it identifies.", "Complete"),
]

REPORT_IDS = {"fl": 3371, "sf": 8214, "pe17": 8702, "ncpi": 9105, "dup": 11408, "peel21": 12630}

COMMENTS = {
    "Awaiting review": ["New recommendation"],
    "Being progressed": [
        "The progress of the implementation of this recommendation is currently being monitored "
        "by HMICFRS and this record will, in due course, be updated.",
        "The status of this recommendation is currently being reviewed by HMICFRS and will be "
        "updated when this review is complete.",
    ],
    "Complete": [
        "This recommendation is complete",
        "Authorised for closure on the basis of the additional observations offered by members "
        "of the inspection team in recent inspection activity.",
    ],
    "Superseded": [
        "This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
        "inspections. Where a cause of concern still exists this will appear in the register "
        "against these subsequent inspections.",
    ],
    "No further action required": [
        "No further action required. Force update accepted at the monitoring engagement meeting.",
    ],
}

# --------------------------------------------------------------------------------------
# Tracker layout
# --------------------------------------------------------------------------------------
TRACKER_COLS = [
    "BCH Ref", "Report", "Published", "Type", "Recommendation / AFI (as published)",
    "Owning unit", "Beds lead", "Beds status", "Cambs lead", "Cambs status", "Herts lead",
    "Herts status", "Collaboration status", "Alliance update", "Last reviewed",
]
DONE_WORDS = {"green", "blue", "complete"}
NA = "N/A"

LEADS = {
    "beds": ["Supt J. Okafor", "DCI L. Marsh", "Ch Insp P. Dunne", "DCS K. Hollis",
             "T/Supt A. Greaves", "Ms R. Kaur (staff lead)"],
    "cambs": ["DCI S. Whitlock", "Supt R. Adeyemi", "Ch Insp M. Farrow", "DCS A. Lane",
              "T/DCI J. Prentice", "Mr G. Holt (staff lead)"],
    "herts": ["Supt C. Bryant", "DCI H. Moran", "Ch Insp D. Quayle", "DCS T. Ellery",
              "T/Supt N. Varga", "Mrs E. Dale (staff lead)"],
}

#: Alliance updates written for the all-force rows and the local actions (by BCH Ref).
UPDATES_BY_REF = {
    "BCH-001": "All three forces' governance self-assessments accepted by the BCH Firearms "
               "Licensing Board (Mar 2016).",
    "BCH-002": "Cambs: FELU demand and capacity review signed off, evidence held. Beds: two "
               "licensing posts still to be recruited.",
    "BCH-003": "Beds and Herts total-expired records cleared. Cambs: 37 legacy records still "
               "being worked through by FELU.",
    "BCH-003a": "Q2 dip-sample complete for Cambs; Beds and Herts samples due at the next Board.",
    "BCH-004": "NFLMS temporary permit recording audit in progress in Beds and Cambs; Herts "
               "complete.",
    "BCH-005": "Control-room markers for certificate holders live in all three forces.",
    "BCH-010(a)": "MSHT gold groups chaired at ACC level in each force.",
    "BCH-010(b)": "MSHT allocation policy adopted by all three forces; MCU review of "
                  "allocations complete.",
    "BCH-010(c)": "Cambs and Beds MSHT partnership panels in place; Herts panel being set up "
                  "with the county council.",
    "BCH-010(d)": "MSHT measures added to each force's monthly performance pack.",
    "BCH-011": "Beds and Herts ISAs signed. Cambs ISA with Peterborough City Council still in "
               "legal review.",
    "BCH-012": "Section 45 defence guidance issued to all investigators; CPS liaison confirmed.",
    "BCH-013": "Cambs: NRM duty-to-notify audit found gaps, re-audit due Q4. Herts action plan "
               "in place.",
    "BCH-013a": "Draft protocol circulated to the local authorities; awaiting sign-off.",
    "BCH-014": "Cambs FCR audit of MSHT crime recording submitted to HMICFRS for closure. Beds "
               "and Herts audits scheduled.",
    "BCH-015": "MCU review of MSHT investigations and supervision ongoing in all three forces.",
    "BCH-020": "Beds communication skills training complete. Cambs and Herts roll-out continues "
               "through the 2024/25 training plan.",
    "BCH-021": "BWV debriefs built into CPD days in Beds and Cambs; Herts supervisors' guidance "
               "pending.",
    "BCH-022.1": "BWV recording of all S&S encounters mandated by policy in all three forces.",
    "BCH-022.2": "Beds and Herts monthly BWV dip-sampling in place. Cambs sampling process "
                 "drafted, not yet live.",
    "BCH-022.3": "Scrutiny panels in all three force areas now view BWV samples.",
    "BCH-024": "Cambs use of force monitoring dashboard live (evidence held). Beds dashboard in "
               "test; Herts not started.",
    "BCH-C17-03a": "Measures in the Force Performance pack since June 2018.",
    "BCH-C17-09": "Cost and outcome analysis embedded in the 2018/19 budget process.",
}

UPDATES_OPEN = [
    "Work undertaken in area but still requires development to complete.",
    "Task & Finish group set up; implementation plan agreed at the Joint Chief Officer Board.",
    "Policy rewrite in consultation; communications plan to follow.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
]
UPDATES_DONE = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Signed off by the chief officer lead; evidence held.",
    "Evidence pack held by the Alliance Performance & Governance Team.",
    "Complete – closure evidence reviewed at the Force Improvement Board.",
]


def is_done(s: str | None) -> bool:
    return bool(s) and s.strip().lower() in DONE_WORDS


def collab(beds, cambs, herts) -> str:
    appl = [s for s in (beds, cambs, herts) if s and s.strip().upper() != NA]
    done = [s for s in appl if is_done(s)]
    if len(done) == len(appl):
        return "Closed"
    if done:
        return "Part complete"
    return "Open"


# Each tracker entry: ("section", text) or ("blank",) or ("item", spec)
# spec: key (HMICFRS key or None), ref, report, published, type, text, unit,
#       statuses (beds, cambs, herts), category, why
T = []


def sec(text):
    T.append(("section", text))


def item(key, ref, report, published, typ, text, unit, beds, cambs, herts, cat, why,
         update=None):
    T.append(("item", dict(key=key, ref=ref, report=report, published=published, type=typ,
                           text=text, unit=unit, beds=beds, cambs=cambs, herts=herts,
                           cat=cat, why=why, update=update)))


# 1. Firearms licensing (all forces) -- Report/Published merged over the block
sec("1.  TARGETING THE RISK – FIREARMS LICENSING (HMIC, published 15 September 2015) – ALL FORCES")
FL = ("Targeting the Risk (Firearms Licensing) 2015", "15/09/2015")
item("F1", "BCH-001", *FL, "Nat rec",
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.",
     "BCH Firearms & Explosives Licensing Unit", "GREEN", "GREEN", "GREEN", "in_sync",
     "HMICFRS Complete; Cambs status GREEN: closed on both sides")
item("F2", "BCH-002", *FL, "Nat rec",
     "Within 3 months, all CCs should assess the demand placed on their firearms licensing dept "
     "and ensure it has the capacity to meet this demand and provide an efficient and effective "
     "service at all times.",
     "BCH Firearms & Explosives Licensing Unit", "AMBER", "GREEN", "GREEN", "closeable_submit",
     "HMICFRS Being progressed; Cambs GREEN (Beds AMBER and Collaboration 'Part complete' are "
     "not Cambs' status)")
item("F3", "BCH-003", *FL, "Nat rec",
     "Immediately, all chief constables should satisfy themselves that all appropriate action is "
     "being taken by their force with regard to 'total expired' licensing records.",
     "BCH Firearms & Explosives Licensing Unit", "GREEN", "AMBER", "GREEN", "closeable_local",
     "HMICFRS Complete; Cambs still AMBER (Beds and Herts GREEN)")
item(None, "BCH-003a", *FL, "Alliance action",
     "Alliance action: dip-sample 50 firearms licensing files (grants and renewals) each quarter "
     "and report findings to the BCH Firearms Licensing Board",
     "BCH Firearms & Explosives Licensing Unit", "AMBER", "GREEN", "AMBER", "not_on_hmicfrs_list",
     "alliance's own action, not an HMICFRS item")
item("F4", "BCH-004", *FL, "Nat rec",
     "Within six months, all chief constables should ensure that their arrangements in respect "
     "of the use of temporary permits are in accordance with the Home Office guidance; that "
     "temporary permits are properly recorded without delay on the National Firearms Licensing "
     "Management System; and that effective systems exist to ensure certificate holders are not "
     "permitted, at any time, to remain in unlawful possession of a firearm.",
     "BCH Firearms & Explosives Licensing Unit", "AMBER", "AMBER", "GREEN", "conflict",
     "timescale differs: HMICFRS 'Within three months', tracker 'Within six months' (both open)")
item("F5", "BCH-005", *FL, "Nat rec",
     "Within three months, all chief constables should ensure that systems designed to identify, "
     "prior to police attendance, whether a reported incident involves or is at the address of a "
     "firearm certificate holder are in place and are always applied by staff dispatching "
     "officers to incidents; and that officers understand the risk assessment which they should "
     "be undertaking in such circumstances, and their power, when appropriate, to seize firearms "
     "and firearm certificates.",
     "BCH Firearms & Explosives Licensing Unit / force control rooms", "GREEN", "Complete",
     "Complete", "in_sync", "HMICFRS Complete; Cambs 'Complete': closed on both sides")

# 2. Stolen freedom (all forces); S1 split one row per bullet; S7 missing
sec("2.  STOLEN FREEDOM – MODERN SLAVERY & HUMAN TRAFFICKING (HMICFRS, 24 October 2017) – ALL FORCES")
SFR = ("Stolen Freedom (MSHT) 2017", "24/10/2017")
S1_STEM = ("Within twelve months, forces should review their leadership and governance "
           "arrangements for MSHT, to ensure that: ")
S1_WHY = ("split row ({}) of the leadership and governance recommendation; all four Cambs rows "
          "GREEN, HMICFRS Being progressed (Herts AMBER on (c) is not Cambs')")
item("S1", "BCH-010(a)", *SFR, "Nat rec",
     S1_STEM + "(a) senior leaders prioritise the response to modern slavery and human "
     "trafficking;", "BCH Major Crime Unit / force MSHT leads", "GREEN", "GREEN", "GREEN",
     "closeable_submit", S1_WHY.format("a"))
item("S1", "BCH-010(b)", *SFR, "Nat rec",
     S1_STEM + "(b) every incident of modern slavery identified to police is allocated "
     "appropriate resources with the skills, experience and capacity to investigate it "
     "effectively;", "BCH Major Crime Unit / force MSHT leads", "GREEN", "GREEN", "GREEN",
     "closeable_submit", S1_WHY.format("b"))
item("S1", "BCH-010(c)", *SFR, "Nat rec",
     S1_STEM + "(c) forces develop effective partnership arrangements to co-ordinate activity "
     "in order to share information and safeguard victims;",
     "BCH Major Crime Unit / force MSHT leads", "GREEN", "Green", "AMBER",
     "closeable_submit", S1_WHY.format("c"))
item("S1", "BCH-010(d)", *SFR, "Nat rec",
     S1_STEM + "(d) performance and quality assurance measures are in place to allow senior "
     "leaders to assess the nature and quality of the service provided to victims.",
     "BCH Major Crime Unit / force MSHT leads", "GREEN", "GREEN", "GREEN",
     "closeable_submit", S1_WHY.format("d"))
item("S2", "BCH-011", *SFR, "Nat rec",
     "Within 6 months, forces should have in place active ISAs with other agencies to facilitate "
     "speedy exchange of intelligence and in order to safeguard victims better and to identify "
     "suspects as early as possible.",
     "Force MSHT leads", "GREEN", "AMBER", "GREEN", "in_sync",
     "HMICFRS Awaiting review; Cambs AMBER: open on both (Beds and Herts GREEN)")
item("S3", "BCH-012", *SFR, "Nat rec",
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early and "
     "continuing consideration of the applicability of the section 45 defence.",
     "Force MSHT leads / CPS liaison", "GREEN", "GREEN", "GREEN", "in_sync",
     "HMICFRS Complete; Cambs GREEN: closed on both")
item("S4", "BCH-013", *SFR, "Nat rec",
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     "Force MSHT leads", "GREEN", "RED", "AMBER", "closeable_local",
     "HMICFRS Superseded (closed); Cambs RED")
item(None, "BCH-013a", *SFR, "Alliance action",
     "Alliance action: agree an information-sharing protocol on modern slavery with the local "
     "authorities in Bedfordshire, Cambridgeshire and Hertfordshire (via the BCH MSHT tactical "
     "group)", "BCH Major Crime Unit", "AMBER", "AMBER", "AMBER", "not_on_hmicfrs_list",
     "alliance's own action, not an HMICFRS item")
item("S5", "BCH-014", *SFR, "Nat rec",
     "Immediately, forces should take steps to ensure they fully comply with NCRS requirements "
     "for offences identified as MSHT and that sufficient audit capacity is available to the "
     "force crime registrar to provide reassurance that each force is identifying and managing "
     "any gaps in its crime-recording accuracy for these types of offences.",
     "Force Crime Registrars", "AMBER", "BLUE", "AMBER", "closeable_submit",
     "HMICFRS Being progressed; Cambs BLUE (submitted for closure)")
item("S6", "BCH-015", *SFR, "Nat rec",
     "Immediately, forces should ensure that allegations or indications of MSHT are thoroughly "
     "investigated and effectively supervised by teams and individuals with the skills and "
     "experience to undertake them (this should include the use where appropriate of joint "
     "intelligence teams and other means to obtain intelligence and evidence from agencies "
     "overseas).", "BCH Major Crime Unit", "AMBER", "AMBER", "AMBER", "in_sync",
     "HMICFRS Being progressed; Cambs AMBER: open on both")

# 3. Disproportionate use of police powers (all forces); D3 split; D4 not tracked
sec("3.  DISPROPORTIONATE USE OF POLICE POWERS – S&S AND USE OF FORCE (HMICFRS, Feb 2021) – ALL FORCES")
DUP = ("Police powers spotlight (Feb 21)", "26/02/2021")
item("D1", "BCH-020", *DUP, "Nat rec",
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Joint Learning & Development", "GREEN", "AMBER", "AMBER", "in_sync",
     "HMICFRS Being progressed; Cambs AMBER: open on both (Beds GREEN)")
item("D2", "BCH-021", *DUP, "Nat rec",
     "By July 2021, forces should ensure that communication skills are reinforced as part of the "
     "programme of CPD for officers & staff, and that supervisors are supported to routinely and "
     "frequently debrief officers on these skills using BWV footage.",
     "Joint Learning & Development", "GREEN", "GREEN", "AMBER", "in_sync",
     "HMICFRS Complete; Cambs GREEN: closed on both (Herts AMBER is not Cambs')")
D3_WHY = ("split row ({}) of the body-worn video recommendation; Cambs part (b) AMBER so the "
          "item is still open for Cambs; HMICFRS Being progressed: open on both, not submittable "
          "part by part")
item("D3", "BCH-022.1", *DUP, "Nat rec",
     "By September 2021, forces should: ensure that officers record on BWV (when this is "
     "available) the entirety of all S&S encounters, including traffic stops and use of force "
     "incidents.", "BCH Armed Policing Unit / force S&S leads", "GREEN", "GREEN", "GREEN",
     "in_sync", D3_WHY.format("a"))
item("D3", "BCH-022.2", *DUP, "Nat rec",
     "By September 2021, forces should: have a structured process for regularly reviewing and "
     "monitoring internally a sufficient sample of BWV footage to identify and disseminate "
     "learning and hold officers to account when behaviour falls below acceptable standards.",
     "BCH Armed Policing Unit / force S&S leads", "GREEN", "AMBER", "GREEN",
     "in_sync", D3_WHY.format("b"))
item("D3", "BCH-022.3", *DUP, "Nat rec",
     "By September 2021, forces should: provide external scrutiny panel members with access to "
     "samples of BWV footage showing S&S encounters and use of force incidents, taking account "
     "of the safeguards in the College of Policing's APP.",
     "Force S&S leads / OPCCs", "GREEN", "GREEN", "GREEN", "in_sync", D3_WHY.format("c"))
item("D5", "BCH-024", *DUP, "Nat rec",
     "By July 2021, forces should ensure they have effective internal monitoring processes on the "
     "use of force, to help them to identify and understand disproportionate use, explain the "
     "reasons and implement any necessary improvement action.",
     "BCH Armed Policing Unit / force S&S leads", "AMBER", "GREEN", "RED", "closeable_submit",
     "HMICFRS Being progressed; Cambs GREEN (Beds AMBER, Herts RED)")

# 4. PEEL 2017 (Cambs only) -- per-row Report; E15 misfiled here; an efficiency-2017 AFI
sec("4.  PEEL EFFECTIVENESS 2017 – CAMBRIDGESHIRE ONLY (published March 2018)")
PE = ("PEEL Eff 2017 (Cambs)", "Mar-18")
item("P1", "BCH-C17-01", *PE, "CoC",
     "Cause of concern: the force's response to domestic abuse. The policy allowing officers "
     "discretion to complete a DASH risk assessment in some crimes and incidents does not "
     "provide confidence that risk is always assessed appropriately; officers are not "
     "consistently completing a DASH where force policy requires it, so some DA victims at risk "
     "of harm are not being appropriately risk-assessed.",
     "Cambs Public Protection", NA, "AMBER", NA, "in_sync",
     "HMICFRS Being progressed; Cambs AMBER: open on both (tracker text abridged)")
item("P2", "BCH-C17-02", *PE, "Rec",
     "Immediately – take steps to ensure there is effective supervision of the initial risk "
     "assessment process, specifically completion of DASH risk assessment in appropriate cases.",
     "Cambs Public Protection", NA, "GREEN", NA, "closeable_submit",
     "HMICFRS Being progressed; Cambs GREEN")
item("P3", "BCH-C17-03", *PE, "Rec",
     "Within 3 months, cease the practice of conducting DA risk assessments over the telephone "
     "and dealing with DA in the resolution centre.",
     "Cambs Contact Centre", NA, "GREEN", NA, "in_sync",
     "HMICFRS Complete; Cambs GREEN: closed on both")
item(None, "BCH-C17-03a", *PE, "Local action",
     "Local action (Cambs): add DA arrest rate and DASH completion measures to the monthly Force "
     "Performance pack", "Cambs Corporate Development", NA, "GREEN", NA, "not_on_hmicfrs_list",
     "Cambs' own local action, not an HMICFRS item")
item("P4", "BCH-C17-04", *PE, "AFI",
     "Improve understanding of suspects released under investigation (RUI) and management of "
     "those released on bail.", "Cambs Criminal Justice", NA, "AMBER", NA, "closeable_local",
     "HMICFRS Complete; Cambs AMBER")
item("P5", "BCH-C17-05", *PE, "AFI",
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.", "BCH Scientific Services (digital forensics)", NA, "AMBER", NA, "in_sync",
     "HMICFRS Being progressed; Cambs AMBER: open on both")
item("P6", "BCH-C17-06", *PE, "AFI",
     "The force should ensure regular and active supervision of the quality and progress of "
     "investigations. This supervision should be properly recorded.",
     "Cambs Crime & Justice", NA, "AMBER", NA, "closeable_local",
     "HMICFRS Superseded (closed); Cambs AMBER")
item("P7", "BCH-C17-07", *PE, "Rec",
     "The force should take steps to understand and address the reason behind why such a high "
     "proportion of victims of domestic abuse do not support the police investigation.",
     "Cambs Public Protection", NA, "AMBER", NA, "conflict",
     "type differs: HMICFRS Area for improvement, tracker 'Rec' (both open)")
item("P8", "BCH-C17-08", *PE, "AFI",
     "Improve the supervision of investigations so that investigation plans are set, reviewed "
     "and recorded and victims receive a consistently good service.",
     "Cambs Crime & Justice", NA, "Complete", NA, "in_sync",
     "HMICFRS Complete; Cambs 'Complete': closed on both")
item(None, "BCH-C17-09", "PEEL Efficiency 2017 (Cambs)", "Nov-17", "AFI",
     "The force should develop its understanding of the links between its outcomes, outputs and "
     "costs.", "Cambs Finance", NA, "GREEN", NA, "not_on_hmicfrs_list",
     "Cambs item from PEEL Efficiency 2017, a report not on Cambs' definitive list: query with "
     "HMICFRS (probably closed earlier)")
item("E15", "BCH-C17-10", *PE, "AFI",
     "The force should improve how it gathers, assesses and acts on intelligence about "
     "counter-corruption.", "BCH Professional Standards (ACU)", NA, "AMBER", NA, "conflict",
     "report differs: HMICFRS PEEL 2021/22 (28 Jul 2022), tracker files it under PEEL Eff 2017 "
     "(Mar-18) (both open)")
item("P10", "BCH-C17-11", *PE, "AFI",
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate serious and organised crime.", "BCH Major Crime Unit / ERSOU liaison", NA,
     "GREEN", NA, "closeable_submit", "HMICFRS Being progressed; Cambs GREEN")
item("P11", "BCH-C17-12", *PE, "AFI",
     "The force should improve how it gathers, assesses and acts on intelligence about county "
     "lines drug dealing.", "Cambs Intelligence", NA, "Amber", NA, "in_sync",
     "HMICFRS Awaiting review; Cambs Amber: open on both")

# 5. NCPI: Beds 2017 (not Cambs') and Cambs 2018; N6 missing
sec("5.  NATIONAL CHILD PROTECTION INSPECTIONS – BEDS (2017) / CAMBS (2018)")
item(None, "BCH-B17-01", "NCPI 2017 (Beds)", "24/11/2017", "Rec", BEDS_8548,
     "Beds Custody / Joint Protective Services", "AMBER", NA, NA, "not_on_hmicfrs_list",
     "Bedfordshire's own NCPI recommendation (Cambs status N/A); never Cambs' item; look-alike "
     "of Cambs N1")
NC = ("NCPI 2018 (Cambs)", "26/06/2018")
item("N1", "BCH-C18-01", *NC, "Rec",
     "Within six months Cambridgeshire Constabulary should, in conjunction with children's social "
     "care services, review how it manages the detention of children. As a minimum it should:\n"
     "• ensure that all children are only detained when absolutely necessary and for the "
     "absolute minimum amount of time;\n"
     "• ensure that officers and staff in the custody suite assess at an early stage a child's "
     "need for alternative accommodation (secure or otherwise) and work with children's social "
     "care services to achieve the most appropriate option for the child; and\n"
     "• improve the timeliness of adequate appropriate adult support for children who are "
     "arrested.", "Cambs Custody", NA, "AMBER", NA, "conflict",
     "missing bullet: tracker omits 'custody staff make a record of all actions taken and "
     "decisions made' (both open)")
item("N2", "BCH-C18-02", *NC, "Rec",
     "Within 3 months review approach to reports of missing children: call takers understand "
     "and use the missing/absent category appropriately; call takers & frontline staff can "
     "identify CSE risk factors and respond; supervisors provide correct oversight of missing "
     "person enquiries and direct timely investigative and safeguarding action.",
     "Cambs Public Protection", NA, "GREEN", NA, "in_sync",
     "HMICFRS Complete; Cambs GREEN: closed on both (abridged, all three bullets present)")
item("N3", "BCH-C18-03", *NC, "Rec",
     "Immediately, the force should improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.",
     "Cambs Public Protection", NA, "BLUE", NA, "closeable_submit",
     "HMICFRS Being progressed; Cambs BLUE (submitted)")
item("N4", "BCH-C18-04", *NC, "Rec",
     "Within 6 months make sure officers & staff have the training they need to identify and "
     "respond to online child sexual abuse.", "Cambs Learning & Development", NA, "AMBER", NA,
     "closeable_local", "HMICFRS Complete; Cambs AMBER")
item("N5", "BCH-C18-05", *NC, "Rec",
     "Immediately: make sure investigations of sexual offences against children are allocated "
     "to officers with the right skills and are effectively supervised.",
     "Cambs Public Protection", NA, "RED", NA, "in_sync",
     "HMICFRS Being progressed; Cambs RED: open on both")
item("N7", "BCH-C18-07", *NC, "Rec",
     "Within six months the force should make sure it records reports of missing children "
     "accurately and without delay.", "Force Crime Registrar (Cambs)", NA, "GREEN", NA,
     "in_sync", "HMICFRS No further action required (closed); Cambs GREEN: closed on both")
item("N8", "BCH-C18-08", *NC, "Rec",
     "Immediately, the force should make sure victims of CSE are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Cambs Public Protection", NA, "Green", NA, "closeable_submit",
     "HMICFRS Being progressed; Cambs Green")

# 6. PEEL 2021/22: three forces' own reports interleaved; E8 missing for Cambs
sec("6.  PEEL 2021/22 – FORCE REPORTS (Beds / Cambs / Herts: areas for improvement)")
P21 = ("PEEL 21/22 (Cambs)", "28/07/2022")
item("E1", "BCH-C22-01", *P21, "AFI",
     "Improve understanding of the nature & scale of VAWG in Cambridgeshire.",
     "Cambs Public Protection", NA, "AMBER", NA, "in_sync",
     "HMICFRS Being progressed; Cambs AMBER: open on both (VAWG abbreviated)")
item("E2", "BCH-C22-02", *P21, "AFI",
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate fraud.", "Cambs Economic Crime", NA, "GREEN", NA, "closeable_submit",
     "HMICFRS Awaiting review; Cambs GREEN")
item(None, "BCH-B22-04", "PEEL 21/22 (Beds)", "02/09/2022", "AFI",
     "Bedfordshire Police should make sure investigations of youth violence are allocated to "
     "officers with the right skills and are effectively supervised.",
     "Beds Crime & Justice", "AMBER", NA, NA, "not_on_hmicfrs_list",
     "Bedfordshire's own PEEL AFI (Cambs status N/A); never Cambs' item")
item("E3", "BCH-C22-03", *P21, "AFI",
     "The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.", "Cambs Contact Centre", NA, "AMBER", NA, "in_sync",
     "HMICFRS Being progressed; Cambs AMBER: open on both")
item("E4", "BCH-C22-04", *P21, "AFI",
     "The force should make sure victims of stalking and harassment are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Cambs Public Protection", NA, "GREEN", NA, "in_sync",
     "HMICFRS Complete; Cambs GREEN: closed on both")
item("E5", "BCH-C22-05", *P21, "AFI",
     "The force should make sure its analysis of SOC informs its strategic assessment and "
     "control strategy.", "Cambs Intelligence / BCH MCU", NA, "AMBER", NA, "closeable_local",
     "HMICFRS Complete; Cambs AMBER")
item(None, "BCH-H22-03", "PEEL 21/22 (Herts)", "14/10/2022", "AFI",
     "The force should make sure its performance framework gives senior leaders a clear picture "
     "of its response to hate crime.", "Herts Performance & Analysis", NA, NA, "AMBER",
     "not_on_hmicfrs_list",
     "Hertfordshire's own PEEL AFI (Cambs status N/A), word for word the same as Cambs' E8, "
     "which the tracker lacks; never Cambs' item")
item("E6", "BCH-C22-06", *P21, "AFI",
     "Cambridgeshire Constabulary should make sure investigations of rape and serious sexual "
     "offences are allocated to officers with the right skills and are effectively supervised.",
     "Cambs Public Protection", NA, "AMBER", NA, "in_sync",
     "HMICFRS Being progressed; Cambs AMBER: open on both")
item("E7", "BCH-C22-07", *P21, "AFI",
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.", "Cambs Public Protection", NA, "GREEN", NA,
     "closeable_submit", "HMICFRS Being progressed; Cambs GREEN")
item("E9", "BCH-C22-09", *P21, "AFI",
     "Develop a problem-solving approach to ASB, working with local communities and partners.",
     "Cambs Local Policing", NA, "AMBER", NA, "closeable_local",
     "HMICFRS No further action required (closed); Cambs AMBER")
item(None, "BCH-H22-05", "PEEL 21/22 (Herts)", "14/10/2022", "AFI",
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from county lines drug dealing.", "Herts Safeguarding", NA, NA, "GREEN",
     "not_on_hmicfrs_list",
     "Hertfordshire's own PEEL AFI (Cambs status N/A); never Cambs' item")
item("E10", "BCH-C22-10", *P21, "AFI",
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.",
     "BCH Professional Standards", NA, "GREEN", NA, "closeable_submit",
     "HMICFRS Being progressed; Cambs GREEN")
item("E11", "BCH-C22-11", *P21, "AFI",
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", "Cambs People Services", NA, "AMBER", NA,
     "in_sync", "HMICFRS Being progressed; Cambs AMBER: open on both")
item("E12", "BCH-C22-12", *P21, "AFI",
     "Ensure all staff have at least the lowest level of vetting clearance for their roles as "
     "quickly as possible, clearing the vetting backlog and renewals so that the force complies "
     "fully with the national vetting guidelines.", "BCH Joint Vetting Unit", NA, "GREEN", NA,
     "in_sync", "HMICFRS Complete; Cambs GREEN: closed on both")
item("E13", "BCH-C22-13", *P21, "AFI",
     "The force should evaluate its work to prevent knife crime and share what works across the "
     "force.", "Cambs Local Policing", NA, "RED", NA, "in_sync",
     "HMICFRS Being progressed; Cambs RED: open on both")
item("E14", "BCH-C22-14", *P21, "AFI",
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.", "Cambs Corporate Development", NA, "GREEN", NA,
     "closeable_submit", "HMICFRS Being progressed; Cambs GREEN")
item("E16", "BCH-C22-16", *P21, "AFI",
     "Put plans in place to monitor team cultures, including through gathering and analysis of "
     "staff feedback, and provide prompt remedial action for any issues identified.",
     "Cambs People Services", NA, "Complete", NA, "in_sync",
     "HMICFRS Complete; Cambs 'Complete': closed on both")

FILLS = {
    "green": "C6EFCE", "complete": "C6EFCE", "amber": "FFEB9C", "red": "FFC7CE",
    "blue": "BDD7EE", "n/a": "D9D9D9",
}


def status_fill(cell):
    v = (cell.value or "").strip().lower()
    if v in FILLS:
        cell.fill = PatternFill("solid", fgColor=FILLS[v])


def normalise_xlsx(path: str) -> None:
    """Fix the zip timestamps and the core-properties dates so rebuilds are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    stamp = FIXED_TS.strftime("%Y-%m-%dT%H:%M:%SZ")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              lambda m: m.group(1) + stamp.encode() + m.group(2), data)
            info = zipfile.ZipInfo(name, date_time=FIXED_TS.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def build_hmicfrs():
    wb = Workbook()
    wb.properties.creator = "HMICFRS"
    wb.properties.created = FIXED_TS
    ws = wb.active
    ws.title = "Definitive list"
    ws["A1"] = "HMICFRS – Definitive list of recommendations and areas for improvement"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = f"Force: {FORCE}"
    ws["A3"] = "Produced: 4 November 2024. Includes items closed since the last list, with their closure status."
    header = ["Reference", "Force", "Report title", "Publication date", "Type",
              "Recommendation / area for improvement", "Status", "Status date",
              "HMICFRS comment"]
    hrow = 5
    for c, h in enumerate(header, 1):
        cell = ws.cell(hrow, c, h)
        cell.font = Font(bold=True)
    rows = {}
    next_id = dict(REPORT_IDS)
    order = ["fl", "sf", "pe17", "ncpi", "dup", "peel21"]
    r = hrow + 1
    for rep in order:
        for key, rk, typ, text, status in H:
            if rk != rep:
                continue
            title, pub = REPORTS[rk]
            ref = next_id[rk]
            next_id[rk] += rng.choice([1, 1, 2, 3])
            span = min(1600, (dt.date(2024, 10, 18) - pub).days)
            sdate = pub + dt.timedelta(days=rng.randint(90, span))
            comment = rng.choice(COMMENTS[status])
            vals = [ref, FORCE, title, pub, typ, text, status, sdate, comment]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                if isinstance(v, dt.date):
                    cell.number_format = "dd/mm/yyyy"
                if c in (3, 6, 9):
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
            rows[key] = f"Definitive list!{r}"
            r += 1
    for col, w in zip("ABCDEFGHI", (11, 26, 40, 14, 24, 80, 18, 12, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    path = os.path.join(OUT, "hmicfrs.xlsx")
    wb.save(path)
    normalise_xlsx(path)
    return rows


def build_tracker():
    wb = Workbook()
    wb.properties.creator = "BCH Alliance Performance & Governance Team"
    wb.properties.created = FIXED_TS
    ws = wb.active
    ws.title = "Collaboration tracker"
    ncol = len(TRACKER_COLS)
    ws["A1"] = ("Bedfordshire, Cambridgeshire & Hertfordshire (BCH) Strategic Alliance – HMICFRS "
                "Recommendations Collaboration Tracker")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Maintained by the BCH Alliance Performance & Governance Team for the Joint Chief "
                "Officer Board. Version 7.3 – last reviewed 04/11/2024.")
    ws["A3"] = ("One row per HMICFRS recommendation / AFI. All-force items are tracked once with "
                "a lead and status per force; single-force items show N/A for the other forces.")
    hrow = 5
    for c, h in enumerate(TRACKER_COLS, 1):
        cell = ws.cell(hrow, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r = hrow + 1
    out = []           # (row, spec)
    block_start = None
    block_merge = False

    def close_block(end_row):
        if block_merge and block_start is not None and end_row > block_start:
            ws.merge_cells(start_row=block_start, start_column=2, end_row=end_row, end_column=2)
            ws.merge_cells(start_row=block_start, start_column=3, end_row=end_row, end_column=3)

    prev_report = None
    for entry in T:
        if entry[0] == "section":
            close_block(r - 1)
            cell = ws.cell(r, 1, entry[1])
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            block_merge = "ALL FORCES" in entry[1]
            block_start = r + 1
            prev_report = None
            r += 1
            continue
        s = entry[1]
        beds, cambs, herts = s["beds"], s["cambs"], s["herts"]
        leads = []
        for f, st in (("beds", beds), ("cambs", cambs), ("herts", herts)):
            leads.append(NA if st == NA else rng.choice(LEADS[f]))
        done_c = is_done(cambs) if cambs != NA else any(is_done(x) for x in (beds, herts))
        update = s["update"] or UPDATES_BY_REF.get(s["ref"]) or rng.choice(UPDATES_DONE if done_c else UPDATES_OPEN)
        reviewed = dt.date(2024, rng.randint(6, 10), rng.randint(1, 28))
        vals = [s["ref"], s["report"], s["published"], s["type"], s["text"], s["unit"],
                leads[0], beds, leads[1], cambs, leads[2], herts, collab(beds, cambs, herts),
                update, reviewed]
        for c, v in enumerate(vals, 1):
            if block_merge and c in (2, 3) and prev_report is not None:
                continue          # merged: value only in the block's first row
            cell = ws.cell(r, c, v)
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
            cell.alignment = Alignment(wrap_text=c in (2, 5, 6, 14), vertical="top")
            if c in (8, 10, 12):
                status_fill(cell)
        prev_report = s["report"]
        out.append((r, s))
        r += 1
    close_block(r - 1)
    r += 1  # blank row
    ws.cell(r, 1, "Key: GREEN – complete, evidence held | AMBER – in progress, on track | RED – "
                  "off track / overdue | BLUE – submitted to HMICFRS for closure | N/A – not "
                  "that force's recommendation")
    r += 1
    ws.cell(r, 1, "Collaboration status is set by the Alliance team: Closed when every applicable "
                  "force is GREEN, BLUE or Complete; Part complete when some are.")
    r += 1
    ws.cell(r, 1, "Items closed by HMICFRS for all three forces are archived to the 'Closed' "
                  "workbook each quarter.")
    for col, w in zip("ABCDEFGHIJKLMNO",
                      (12, 22, 11, 12, 80, 28, 18, 10, 18, 10, 18, 10, 14, 45, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "F6"
    # validation lists sheet (not items)
    ls = wb.create_sheet("Lists")
    ls["A1"], ls["B1"], ls["C1"] = "RAG", "Collaboration status", "Type"
    for i, v in enumerate(["GREEN", "AMBER", "RED", "BLUE", "N/A"], 2):
        ls.cell(i, 1, v)
    for i, v in enumerate(["Open", "Part complete", "Closed"], 2):
        ls.cell(i, 2, v)
    for i, v in enumerate(["Nat rec", "Rec", "AFI", "CoC", "Alliance action", "Local action"], 2):
        ls.cell(i, 3, v)
    path = os.path.join(OUT, "tracker.xlsx")
    wb.save(path)
    normalise_xlsx(path)
    return [(f"Collaboration tracker!{row}", s) for row, s in out]


def main():
    os.makedirs(OUT, exist_ok=True)
    hrows = build_hmicfrs()
    trows = build_tracker()
    lines = []
    used = set()
    by_key = {}
    for fr, s in trows:
        if s["key"]:
            by_key.setdefault(s["key"], []).append((fr, s))
    for key, *_ in H:
        if key in by_key:
            for fr, s in by_key[key]:
                lines.append((hrows[key], fr, s["cat"], s["why"]))
                used.add(fr)
        else:
            status = next(h[4] for h in H if h[0] == key)
            lines.append((hrows[key], "", "missing_from_force",
                          MISSING_WHY[key].format(status=status)))
    for fr, s in trows:
        if not s["key"]:
            assert s["cat"] == "not_on_hmicfrs_list"
            lines.append(("", fr, s["cat"], s["why"]))
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README_TEXT)
    counts = {}
    for *_, cat, _w in lines:
        counts[cat] = counts.get(cat, 0) + 1
    print("truth lines:", len(lines), counts)


MISSING_WHY = {
    "S7": "Stolen Freedom preventative-powers recommendation ({status}) has no row in the tracker",
    "P9": "PEEL 2017 crime-recording/case-file AFI ({status}) has no Cambs row",
    "N6": "NCPI 2018 online CSA offender-management recommendation ({status}) has no Cambs row",
    "D4": "Home Office/NPCC data recommendation ({status}) on Cambs' list but not tracked by the "
          "alliance (addressed to other bodies)",
    "E8": "PEEL 2021/22 hate-crime performance AFI ({status}) has no Cambs row; the identical "
          "Herts row is Herts' own AFI, not Cambs'",
}

README_TEXT = """# Case `status_per_force_columns` (round 35)

Built by `../build_status_per_force_columns.py` (seed `20241204`, run with
`/work/main/.venv/bin/python`; it rebuilds every file byte for byte, because the xlsx zip and
core-properties timestamps are fixed). `../check_status_per_force_columns.py` re-checks the
files.

## The scenario

Bedfordshire Police, Cambridgeshire Constabulary and Hertfordshire Constabulary (the BCH
Strategic Alliance) share collaborated units: the Major Crime Unit, Armed Policing Unit,
Firearms & Explosives Licensing Unit, Professional Standards, Joint Vetting and Scientific
Services. The alliance's Performance & Governance Team keeps ONE tracker of HMICFRS items for
all three forces.

**The reconciliation is for Cambridgeshire Constabulary.** `hmicfrs.xlsx` is the definitive
list HMICFRS sent to Cambridgeshire. The tracker's title names the alliance, not the force.

## Files

- `hmicfrs.xlsx`, sheet `Definitive list`: rows 1–3 are title, force ("Force: Cambridgeshire
  Constabulary") and date; row 4 is blank; row 5 is the header (`Reference, Force, Report
  title, Publication date, Type, Recommendation / area for improvement, Status, Status date,
  HMICFRS comment`). There are **52 items in rows 6–57**, from 6 reports:
  - Targeting the risk (firearms licensing, 15 Sep 2015, all forces): 5
  - Stolen freedom (MSHT, 24 Oct 2017, all forces): 7
  - PEEL: Police effectiveness 2017 – Cambridgeshire (22 Mar 2018): 11 (1 cause of concern,
    2 recommendations, 8 AFIs)
  - National child protection inspection – Cambridgeshire (26 Jun 2018): 8
  - Disproportionate use of police powers (26 Feb 2021, all forces): 5
  - PEEL 2021/22 – Cambridgeshire (28 Jul 2022): 16 AFIs

  References are plain register integers. Statuses: Awaiting review and Being progressed
  (open); Complete, Superseded and No further action required (closed). The all-forces items
  use the published national wording, the same text every force has (the stray footnote "86"
  in Stolen freedom is kept as published). The force items are Cambridgeshire's only.
- `tracker.xlsx`, sheet `Collaboration tracker`: row 1 is the alliance title, rows 2–3 are
  notes, row 4 is blank, row 5 is the header:
  `BCH Ref | Report | Published | Type | Recommendation / AFI (as published) | Owning unit |
  Beds lead | Beds status | Cambs lead | Cambs status | Herts lead | Herts status |
  Collaboration status | Alliance update | Last reviewed`.
  Six section-heading rows, each merged A:O (rows 6, 13, 24, 31, 45, 54), divide the **60 item
  rows**. Rows 73–75 are the key and notes, and row 72 is blank. In the three all-forces blocks,
  `Report` and `Published` are merged down the block, so the value is only in the block's first
  row. Status cells are shaded by RAG and carry the RAG word too.
  `BCH Ref` is the alliance's own running number (BCH-001, BCH-C17-04, …). It is not an HMICFRS
  reference. A second sheet, `Lists`, holds data-validation values and no items.
- `truth.csv`: 65 lines.

## How the truth reads the tracker

- **Only the `Cambs status` column gives the force status.** GREEN, Green, BLUE and Complete
  mean done. AMBER, Amber and RED mean open. `Beds status`, `Herts status` and
  `Collaboration status` are ignored. The alliance sets the collaboration status to "Closed"
  only when every applicable force is done and to "Part complete" when some are, so it
  reflects the other forces as well as Cambs.
- HMICFRS Complete, Superseded and No further action required mean closed. Awaiting review
  and Being progressed mean open.
- **Rows for the other forces' own inspections are `not_on_hmicfrs_list`, not non-items.**
  These rows have `Cambs status` N/A: Beds NCPI 2017 (row 46), Beds PEEL 21/22 (row 57) and
  Herts PEEL 21/22 (rows 61 and 65). Each row holds a real HMICFRS recommendation with an
  owner, a status and a reference, so it is an item of the tracker file, not a title, legend
  or blank row. The design's `not_on_hmicfrs_list` category explicitly covers items that were
  "never theirs". A careful analyst would list these rows so they can be seen, not drop them
  silently. Their `why` says that no HMICFRS query is needed: they belong to Beds or Herts and
  come out of Cambridgeshire's JAC return. Treating them as non-items would also hide the
  look-alike trap below.

## Traps and how the truth decides them

1. **The status columns disagree.** Re-deriving the categories from a different column
   changes 10 matched lines if the Beds column is used, 12 if the Herts column is used and 8
   if the collaboration status is used. Examples:
   - Row 8 (F2): Cambs GREEN, Beds AMBER, Collaboration "Part complete" → closeable_submit.
   - Row 9 (F3): HMICFRS Complete, Cambs AMBER, Beds and Herts GREEN → closeable_local.
   - Row 18 (S2): Cambs AMBER, Beds and Herts GREEN → in_sync.
   - Row 26 (D2): HMICFRS Complete, Cambs GREEN, Herts AMBER → in_sync.
   - Row 30 (D5): Cambs GREEN, Beds AMBER, Herts RED → closeable_submit.
2. **Single-force rows** show N/A under the other two forces. Cambs items have N/A under Beds
   and Herts. Beds and Herts items have N/A under Cambs, so they are not Cambs items (see
   above).
3. **Split recommendation: Stolen freedom leadership and governance (HMICFRS row 11).** The
   recommendation is split into four rows, 14–17, one per bullet (a)–(d). All four Cambs
   statuses are GREEN, though row 16 uses "Green". HMICFRS has it Being progressed, so every
   row is **closeable_submit**. Herts is AMBER on (c), so the collaboration status is "Part
   complete". That belongs to Herts, not Cambs.
4. **Split recommendation: body-worn video (HMICFRS row 39).** It is split into rows 27–29.
   Cambs is GREEN, AMBER, GREEN. Taken as a whole, the recommendation is still open for Cambs.
   HMICFRS has it open too, so all three lines are **in_sync**: part of a recommendation cannot
   be submitted for closure. Beds and Herts are GREEN on all three rows.
5. **Items closed on one side only.** There are 12 closeable_submit items (15 lines) and 7
   closeable_local items, 19 of the 52 items in all. The closeable_local cases include
   Superseded (S4, P6) and No further action required (N7 is in_sync because Cambs is GREEN;
   E9 is AMBER, so closeable_local). BLUE means the force submitted the item for closure.
6. **Conflicts** (4). In each, both sides are open, so the facts are the only issue:
   - Row 11 (F4): the timescale changed from "Within three months" to "Within six months".
   - Row 39 (P7): HMICFRS types it Area for improvement; the tracker types it "Rec".
   - Row 47 (N1): the tracker text drops the bullet "custody staff make a record of all actions
     taken and decisions made…".
   - Row 42 (E15): a PEEL 2021/22 AFI sits in the PEEL Eff 2017 block (report "PEEL Eff 2017
     (Cambs)", "Mar-18"), so the report and date are wrong.
7. **Look-alikes from the other forces.**
   - Row 61 (Herts PEEL 21/22) is word for word Cambs' HMICFRS item E8 (row 49, the hate-crime
     performance framework). The tracker has no Cambs row for E8. E8 is therefore
     **missing_from_force**, and row 61 is **not_on_hmicfrs_list**.
   - Row 46 (Beds NCPI 2017, real register item 8548) is a fuller version of Cambs' N1 text,
     with five bullets where N1 has four. N1 pairs with Cambs' own row 47 (a conflict), not
     with the Beds row.
8. **Local actions** (3, all not_on_hmicfrs_list): alliance actions in rows 10 and 21, and a
   Cambs local action in row 35.
9. **A Cambs row from a report not on the list**: row 41 (PEEL Efficiency 2017 AFI) →
   not_on_hmicfrs_list. It should be queried with HMICFRS; it was probably closed earlier.
10. **Missing from the tracker** (5):
    - S7 (MSHT preventative powers).
    - P9 (crime-recording system).
    - N6 (online CSA offender management).
    - D4, the Home Office/NPCC data recommendation. It is on Cambs' list but addressed to
      other bodies, so the alliance never tracked it.
    - E8 (above).
11. **Messiness.** Tracker texts are abridged or abbreviated in places (MSHT, S&S, BWV, DA,
    VAWG, ASB, ISAs, CCs, "Within 3 months"), and N2 is abridged with all three bullets kept.
    Also: RAG words in mixed case, the "Complete" status word, merged Report and Published
    cells, section rows, "Published" dates as text ("Mar-18", "15/09/2015"), a Lists sheet, and
    key/note rows under the table.

## Counts (truth.csv lines)

| category | lines | notes |
|---|---|---|
| in_sync | 26 | 24 items; D3 has 3 split lines |
| closeable_submit | 15 | 12 items; S1 has 4 split lines |
| closeable_local | 7 | |
| conflict | 4 | |
| missing_from_force | 5 | |
| not_on_hmicfrs_list | 8 | 3 local or alliance actions, 4 other-force items, 1 report not on the list |
| **total** | **65** | 52 HMICFRS items, 60 tracker item rows |

Sources of the texts: the firearms, Stolen freedom and police-powers wording is the published
national text. The Cambs force-level items are real HMICFRS stems and bodies recombined, from
the casegen text lists. Beds row 46 is the real Bedfordshire register item 8548 from
`real_recommendations.csv`. The tracker rewordings, local actions and updates were written
for this case.
"""


if __name__ == "__main__":
    main()
