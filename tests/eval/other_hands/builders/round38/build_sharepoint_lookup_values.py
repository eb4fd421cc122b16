"""Build the evaluation case `sharepoint_lookup_values` (round 38).

HMICFRS side: a register export for Lincolnshire Police (xlsx, title rows above the header).
Force side: a SharePoint list exported to CSV by a Power Automate flow, with lookup, person,
choice and multi-choice columns in SharePoint's raw ";#" form and ISO UTC dates.

Run:  /work/main/.venv/bin/python build_sharepoint_lookup_values.py
Rebuilds sharepoint_lookup_values/ byte for byte (fixed seed, fixed timestamps in the xlsx).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import re
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Font

SEED = 38061
HERE = os.path.dirname(os.path.abspath(__file__))
CASE = os.path.join(HERE, "sharepoint_lookup_values")
FORCE = "Lincolnshire Police"
DOMAIN = "lincs.police.uk"
HM_SHEET = "Register"
HM_HEADER_ROW = 4          # rows 1-2 title, 3 blank, 4 header, 5.. items
TRACKER = "tracker.csv"

# ---------------------------------------------------------------------------------------
# Real public HMICFRS texts (Open Government Licence), copied from the casegen text lists
# (national.py, force.py, tracker.py) and /work/shared/data/real_recommendations.csv.
# ---------------------------------------------------------------------------------------
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

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
SAS_MONITORING_2017 = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities."
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
CDI_VICTIMS = (
    "Within six months the force should put in place arrangements to ensure that:\n"
    "• at the point of report, victims are believed;\n"
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;\n"
    "• multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;\n"
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and\n"
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed."
)

# report key -> (HMICFRS title, publication date)
REPORTS = {
    "fla": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
            "licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "sf": ("Stolen freedom: the policing response to modern slavery and human trafficking",
           dt.date(2017, 10, 24)),
    "pow": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
            "of force", dt.date(2021, 2, 26)),
    "cdi": ("Crime data integrity inspection 2021 – Lincolnshire Police", dt.date(2021, 9, 16)),
    "p21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Lincolnshire Police",
            dt.date(2022, 5, 27)),
    "p23": ("PEEL 2023–25: Police effectiveness, efficiency and legitimacy – An inspection of "
            "Lincolnshire Police", dt.date(2023, 11, 24)),
}

# The force's "Reports" list, target of the Report lookup column: id -> value.
LOOKUP = {
    "fla": "3;#Targeting the Risk (Firearms Licensing) 2015",
    "leg17": "5;#PEEL Legit 17 S&S",
    "sf": "6;#Stolen Freedom (MSHT) 2017",
    "pow": "9;#Police powers spotlight (Feb 21)",
    "cdi": "11;#CDI 2021",
    "p21": "12;#PEEL 2021/22",
    "p21b": "14;#PEEL 21-22",          # duplicate entry in the Reports list, same report
    "p23": "15;#PEEL 2023-25",
    "fip": "18;#Force Improvement Plan",
}

# HMICFRS items: key -> (report, id, type, text)
HM: dict[str, tuple[str, int, str, str]] = {}


def hm(key, report, ident, typ, text):
    HM[key] = (report, ident, typ, text)


# Targeting the risk (2015), national
hm("F1", "fla", 6051, NAT,
   "Within three months, all chief constables should assess how well the governance of "
   "firearms licensing in his or her force meets the standards set out in Authorised "
   "Professional Practice. Chief constables of forces where the governance standards are not "
   "being complied with should put in place immediately the correct arrangements and "
   "procedures in order to meet the standards in full.")
hm("F2", "fla", 6052, NAT,
   "Within three months, all chief constables should assess the demand placed on their "
   "firearms licensing department and ensure it has the capacity to meet this demand and "
   "provide an efficient and effective service at all times.")
hm("F3", "fla", 6053, NAT,
   "Immediately, all chief constables should satisfy themselves that all appropriate action "
   "is being taken by their force with regard to ‘total expired’ licensing records.")
hm("F4", "fla", 6054, NAT,
   "Within three months, all chief constables should ensure that their arrangements in "
   "respect of the use of temporary permits are in accordance with the Home Office guidance; "
   "that temporary permits are properly recorded without delay on the National Firearms "
   "Licensing Management System; and that effective systems exist to ensure certificate "
   "holders are not permitted, at any time, to remain in unlawful possession of a firearm.")
hm("F5", "fla", 6055, NAT,
   "Within three months, all chief constables should ensure that systems designed to "
   "identify, prior to police attendance, whether a reported incident involves or is at the "
   "address of a firearm certificate holder are in place and are always applied by staff "
   "dispatching officers to incidents; and that officers understand the risk assessment which "
   "they should be undertaking in such circumstances, and their power, when appropriate, to "
   "seize firearms and firearm certificates.")
# Stolen freedom (2017), national
hm("S1", "sf", 8612, NAT, SF_LEADERSHIP)
hm("S2", "sf", 8613, NAT,
   "Within six months, forces should have in place active information-sharing agreements "
   "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
   "safeguard victims better and to identify suspects as early as possible")
hm("S3", "sf", 8614, NAT,
   "Immediately, forces should ensure that all victims carrying out criminal acts under "
   "compulsion attributable to slavery or exploitation are afforded the protection of early "
   "and continuing consideration of the applicability of the section 45 defence.")
hm("S4", "sf", 8615, NAT,
   "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
   "process as it evolves and are implementing the requirement placed upon them under the "
   "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
   "adult victim of modern slavery or human trafficking.")
hm("S5", "sf", 8616, NAT,
   "Immediately, forces should take steps to ensure they fully comply with national crime "
   "recording standard (NCRS) requirements for offences identified as modern slavery and "
   "human trafficking and that sufficient audit capacity is available to the force crime "
   "registrar to provide reassurance that each force is identifying and managing any gaps in "
   "its crime-recording accuracy for these types of offences.")
hm("S6", "sf", 8617, NAT,
   "Immediately, forces should ensure that allegations or indications of modern slavery and "
   "human trafficking are thoroughly investigated and effectively supervised by teams and "
   "individuals with the skills and experience to undertake them (this should include the use "
   "where appropriate of joint intelligence teams and other means to obtain intelligence and "
   "evidence from agencies overseas).")
hm("S7", "sf", 8618, NAT,
   "Immediately, forces should review their use of preventative powers under the Modern "
   "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
   "to pose a clear threat to others in respect of modern slavery and human trafficking "
   "offences are exploited.")
# Disproportionate use of police powers (2021), national (12210 is for the HO and NPCC)
hm("P1", "pow", 12207, NAT,
   "By July 2022, forces should ensure that officers and staff have effective communication "
   "skills, in line with the National Policing Guidelines on Conflict Management. This should "
   "be in addition to existing training on conflict management and de-escalation.")
hm("P2", "pow", 12208, NAT,
   "By July 2021, forces should ensure that communication skills are reinforced as part of "
   "the programme of continuing professional development for officers and staff, and that "
   "supervisors are supported to routinely and frequently debrief officers on these skills "
   "using body-worn video footage.")
hm("P3", "pow", 12209, NAT, BWV_2021)
hm("P4", "pow", 12211, NAT,
   "By July 2021, forces should ensure they have effective internal monitoring processes on "
   "the use of force, to help them to identify and understand disproportionate use, explain "
   "the reasons and implement any necessary improvement action.")
# Crime data integrity 2021, force
hm("C1", "cdi", 12944, REC, CDI_VICTIMS)
hm("C2", "cdi", 12945, REC,
   "Within three months, the force should provide call-handlers with specific, sound and "
   "comprehensible criteria against which they can assess threat, harm and risk.")
hm("C3", "cdi", 12946, REC,
   "By March 2022, the force should put in place arrangements to scrutinise audits of "
   "compliance with the APP on information management through the force information "
   "management governance structure.")
hm("C4", "cdi", 12947, AFI,
   "The force should improve its use of its crime-recording and management system to better "
   "manage its case files and investigative processes.")
hm("C5", "cdi", 12948, AFI,
   "The force should make sure it records reports of hate crime accurately and without delay.")
hm("C6", "cdi", 12949, AFI,
   "The force should make sure it records reports of rape and serious sexual offences "
   "accurately and without delay.")
hm("C7", "cdi", 12950, AFI,
   "The force should make sure it records reports of stalking and harassment accurately and "
   "without delay.")
# PEEL 2021/22, force
hm("Q0", "p21", 13402, COC,
   "The force does not have the capacity or capability to investigate crime effectively and "
   "this is affecting the service being provided to the public. There are failings in the way "
   "that crimes are being investigated.")
hm("Q1", "p21", 13403, REC,
   "Within six months, the force should improve its ability to retrieve digital evidence from "
   "mobile phones, computers and other electronic devices quickly enough to ensure "
   "investigations are not delayed.")
hm("Q2", "p21", 13404, REC,
   "Within six months, the force should improve its understanding of suspects released under "
   "investigation and the management of those released on bail.")
_A = [
    "improve its understanding of the nature and scale of fraud in its area",
    "make sure investigations of domestic abuse are allocated to officers with the right "
    "skills and are effectively supervised",
    "improve how it works with partner organisations to safeguard people at risk from child "
    "sexual exploitation",
    "make sure officers and staff have the training they need to identify and respond to "
    "honour-based abuse",
    "improve the timeliness of its response to calls for service involving vulnerable adults",
    "make sure its analysis of serious and organised crime informs its strategic assessment "
    "and control strategy",
    "improve the way it manages the risk posed by offenders involved in online child sexual "
    "abuse",
    "make sure it consistently uses ancillary orders and other powers to protect victims of "
    "stalking and harassment",
    "improve how it gathers, assesses and acts on intelligence about county lines drug dealing",
    "make sure victims of residential burglary are kept informed about the progress of their "
    "case, in line with the Code of Practice for Victims of Crime",
    "develop a problem-solving approach to anti-social behaviour, working with local "
    "communities and partners",
    "ensure that it has sufficient resources available in the control room to fulfil its "
    "resourcing model, and so to meet its demand, while also taking into account the "
    "wellbeing of its workforce",
    "make sure it has enough specialist capacity and capability to investigate rape and "
    "serious sexual offences",
    "review how it gathers and uses equality and diversity data to improve its understanding "
    "of its workforce demographics",
]
for i, body in enumerate(_A, 1):
    hm(f"A{i}", "p21", 13404 + i, AFI, f"The force should {body}.")
# PEEL 2023-25, force
_B = [
    "make sure its performance framework gives senior leaders a clear picture of its response "
    "to violence against women and girls",
    "improve the timeliness of its response to calls for service involving repeat victims",
    "take steps to ensure that there is effective supervision of the initial risk assessment "
    "process, specifically in relation to the completion of DASH risk assessment in "
    "appropriate cases",
    "make sure it provides a confidential way for staff to raise concerns and that staff are "
    "aware of whistleblowing processes",
    "review the support available for those who have raised concerns and take any action "
    "needed to make sure these provisions are suitable",
    "put plans in place to monitor, including through the gathering and analysis of staff "
    "feedback, team cultures and provide prompt remedial action for any issues it identifies",
    "specify in succession plans how it intends to improve diversity across all levels of the "
    "force. This should include offering increased direct-entry opportunities",
    "improve its understanding of the nature and scale of modern slavery and human trafficking "
    "in its area",
    "make sure officers and staff have the training they need to identify and respond to "
    "people with mental ill health",
    "evaluate its work to prevent knife crime and share what works across the force",
    "undertake further work to gain a fuller understanding of current demand for its "
    "services, and likely future changes in demand. This is so it can make best use of its "
    "resources by matching them to demand to meet the needs of the public",
    "develop a future workforce plan that is aligned with its overall demand and budget. The "
    "plan should include future resource allocations, the mix of skills required by the "
    "workforce and behaviours expected of them",
    "make sure it has access to accurate data and analysis to support effective performance "
    "management",
    "improve how it works with partner organisations to safeguard people at risk from county "
    "lines drug dealing",
    "make sure it consistently uses ancillary orders and other powers to protect victims of "
    "domestic abuse",
    "review its approach to rape and serious sexual offences to make sure victims receive a "
    "consistently good service",
    "produce an ambitious plan to improve digitally-enabled services within the force",
]
for i, body in enumerate(_B, 1):
    hm(f"B{i}", "p23", 15119 + i, AFI, f"The force should {body}.")

# Texts for the force-only rows (real texts HMICFRS does not hold against this force)
HO_NPCC = ("The Home Office and the NPCC should take steps to ensure that the quality of the "
           "data collected on the number of incidents where force has been used to effect a "
           "stop and search is sufficient for publication. The Home Office should publish this "
           "data as soon as possible.")

# ---------------------------------------------------------------------------------------
# HMICFRS statuses and comments
# ---------------------------------------------------------------------------------------
HM_COMMENT = {
    "Awaiting review": ["New recommendation", ""],
    "Being progressed": [
        "The progress of the implementation of this recommendation is currently being "
        "monitored by HMICFRS and this record will, in due course, be updated.", ""],
    "Complete": [
        "This recommendation is complete",
        "Authorised for closure on the basis of the additional observations offered by members "
        "of the inspection team in recent inspection activity."],
    "Superseded": [
        "This area of activity has subsequently been inspected in HMICFRS's PEEL inspections. "
        "Where a cause of concern still exists this will appear in the register against these "
        "subsequent inspections."],
}
HM_CLOSED = {"Complete", "Superseded", "No further action required"}
FORCE_DONE = {"Complete", "Evidence submitted", "Closed by HMICFRS", "Not applicable"}
FORCE_OPEN = {"Not started", "In progress", "On hold", "Overdue"}

# ---------------------------------------------------------------------------------------
# The plan: one entry per HMICFRS item.
# (key, HMICFRS status, force status values or None if missing, title spec, ref spec,
#  lead theme, category, why)
# title spec: "full" | "trunc" | "nostem" | "abbr" | explicit string
# ref spec: "ref" | "none" | int (a wrong reference)
# force status: tuple of choice values; "old:" prefix marks a value stored before the
# column became multi-choice (written plain, no ;# delimiters).
# ---------------------------------------------------------------------------------------
PLAN = [
    # Targeting the risk 2015
    ("F1", "Complete", ("Closed by HMICFRS",), "trunc", "ref", "fla", "in_sync",
     "closed on both: HMICFRS Complete, force Closed by HMICFRS; Title cut at SharePoint's 255-character limit"),
    ("F2", "Complete", ("Complete", "Evidence submitted"), "full", "ref", "fla", "in_sync",
     "closed on both: HMICFRS Complete, force multi-choice Complete;Evidence submitted = done"),
    ("F3", "Complete", ("old:In progress",), "full", "ref", "fla", "closeable_local",
     "HMICFRS Complete, force still In progress (plain pre-multi-choice value)"),
    ("F4", "Being progressed", ("Complete",),
     "Temporary permits - arrangements in line with HO guidance, permits recorded without delay on NFLMS, no certificate holder left in unlawful possession (3 months)",
     "ref", "fla", "closeable_submit",
     "HMICFRS Being progressed, force Complete; force short wording, same ref"),
    ("F5", "Complete", ("old:Complete",), "trunc", "none", "fla", "in_sync",
     "closed on both; no ref, Title truncated at 255 characters, matched by text"),
    # Stolen freedom 2017 (S1 is split below)
    ("S2", "Complete", ("In progress",), "abbr", "ref", "msht", "closeable_local",
     "HMICFRS Complete, force In progress; force text abbreviated (ISAs, 6 months) and without the stray footnote digit 86"),
    ("S3", "Complete", ("Complete", "Closed by HMICFRS"), "full", "ref", "msht", "in_sync",
     "closed on both; two-value multi-choice status, both done"),
    ("S4", "Being progressed", ("In progress",), "trunc", "none", "msht", "in_sync",
     "open on both; no ref, Title truncated at 255 characters, matched by text"),
    ("S5", "Superseded", ("On hold",),
     "Full compliance with NCRS for MSHT offences + sufficient audit capacity for the FCR to give reassurance on crime-recording accuracy",
     "ref", "cdi", "closeable_local",
     "HMICFRS Superseded (closed), force On hold (open); short wording, same ref"),
    ("S6", "Complete", ("Closed by HMICFRS",), "trunc", "ref", "msht", "in_sync",
     "closed on both; Title truncated at 255 characters"),
    ("S7", "Awaiting review", None, None, None, None, "missing_from_force",
     "HMICFRS item (preventative powers under the Modern Slavery Act) with no row in the tracker"),
    # Police powers 2021
    ("P1", "Being progressed", ("In progress", "Overdue"), "abbr", "ref", "sas", "in_sync",
     "open on both; two-value multi-choice In progress;Overdue, both open"),
    ("P2", "Being progressed", ("In progress",),
     "By July 2022, forces should ensure that communication skills are reinforced as part of the programme of CPD for officers & staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using BWV footage.",
     "ref", "sas", "conflict",
     "same item by ref and text but the deadline differs: HMICFRS By July 2021, force By July 2022 (copied from 12207)"),
    ("P3", "Awaiting review", ("Complete", "Evidence submitted"),
     "BWV in S&S - record whole encounter incl. traffic stops & use of force; structured internal review of BWV footage; scrutiny panel access to BWV samples (Sept 2021)",
     "ref", "sas", "closeable_submit",
     "HMICFRS Awaiting review, force Complete;Evidence submitted; short wording of all three parts, same ref"),
    ("P4", "Complete", ("In progress",), "full", "ref", "sas", "closeable_local",
     "HMICFRS Complete, force In progress"),
    # CDI 2021
    ("C1", "Being progressed", ("old:In progress",), "trunc", "ref", "cdi", "in_sync",
     "open on both; Title cut at 255 characters mid-bullet (SharePoint limit, not a missing bullet)"),
    ("C2", "Complete", ("Complete", "Closed by HMICFRS"), "full", "ref", "cdi", "in_sync",
     "closed on both"),
    ("C3", "Being progressed", ("Complete",), "full", "ref", "info", "closeable_submit",
     "HMICFRS Being progressed, force Complete"),
    ("C4", "Being progressed", ("In progress",), "full", "ref", "cdi", "conflict",
     "same ref and text but force files it under the PEEL 2021/22 lookup (and its date); HMICFRS has it under CDI 2021"),
    ("C5", "Awaiting review", ("Not started",), "nostem", "none", "cdi", "in_sync",
     "open on both; no ref, stem dropped, matched by text (hate crime)"),
    ("C6", "Complete", ("Not started",), "abbr", "ref", "cdi", "closeable_local",
     "HMICFRS Complete, force Not started"),
    ("C7", "Being progressed", None, None, None, None, "missing_from_force",
     "HMICFRS AFI (stalking and harassment recording) with no row in the tracker"),
    # PEEL 2021/22
    ("Q0", "Being progressed", None, None, None, None, "missing_from_force",
     "cause of concern itself is not tracked (the force tracks only its two recommendations)"),
    ("Q1", "Being progressed", ("Complete", "Evidence submitted"), "full", "ref", "inv",
     "closeable_submit", "HMICFRS Being progressed, force Complete;Evidence submitted"),
    ("Q2", "Complete", ("old:Complete",), "abbr", "ref", "inv", "in_sync",
     "closed on both; RUI abbreviation"),
    ("A1", "Being progressed", ("In progress",), "full", "ref", "econ", "in_sync", "open on both"),
    ("A2", "Awaiting review", ("In progress",), "abbr", "ref", "pp", "in_sync",
     "open on both; DA abbreviation"),
    ("A3", "Complete", ("Closed by HMICFRS",), "abbr", "ref", "pp", "in_sync",
     "closed on both; CSE abbreviation"),
    ("A4", "Being progressed", ("Complete",), "full", "ref", "pp", "closeable_submit",
     "HMICFRS Being progressed, force Complete"),
    ("A5", "Awaiting review", ("Complete", "Evidence submitted"), "nostem", "ref", "ctrl",
     "closeable_submit", "HMICFRS Awaiting review, force Complete;Evidence submitted"),
    ("A6", "Superseded", ("In progress",), "full", "ref", "intel", "closeable_local",
     "HMICFRS Superseded (closed), force In progress"),
    ("A7", "Complete", ("old:In progress",), "full", "ref", "pp", "closeable_local",
     "HMICFRS Complete, force In progress (plain pre-multi-choice value)"),
    ("A8", "Being progressed", ("In progress",), "full", "ref", "pp", "conflict",
     "type differs: HMICFRS Area for improvement, force Type Recommendation"),
    ("A9", "Being progressed", ("In progress",), "full", 13431, "intel", "conflict",
     "reference differs: force HMICFRS Ref 13431 (no such item) vs register 13413, same report and text"),
    ("A10", "Being progressed", ("In progress",),
     "Keep burglary victims updated on progress of their case (VCOP)", "none", "nbh", "in_sync",
     "open on both; no ref, force short wording, matched by meaning within PEEL 2021/22"),
    ("A11", "Awaiting review", ("Complete",),
     "Problem-solving approach to ASB with local communities & partners", "ref", "nbh",
     "closeable_submit", "HMICFRS Awaiting review, force Complete; short wording, same ref"),
    ("A12", "Complete", ("Closed by HMICFRS",), "full", "ref", "ctrl", "in_sync",
     "closed on both"),
    ("A13", "Being progressed", ("On hold",), "nostem", "none", "pp", "in_sync",
     "open on both (On hold is open); no ref, matched by text"),
    ("A14", "Complete", ("In progress",), "full", "ref", "people", "closeable_local",
     "HMICFRS Complete, force In progress"),
    # PEEL 2023-25
    ("B1", "Awaiting review", ("In progress",), "full", "ref", "pp", "in_sync", "open on both"),
    ("B2", "Awaiting review", ("Not started",), "full", "ref", "ctrl", "in_sync", "open on both"),
    ("B3", "Being progressed", ("Complete", "Evidence submitted"), "abbr", "ref", "pp",
     "closeable_submit", "HMICFRS Being progressed, force Complete;Evidence submitted"),
    ("B4", "Awaiting review", ("In progress",), "full", "ref", "psd", "in_sync", "open on both"),
    ("B5", "Awaiting review", ("In progress",), "nostem", "ref", "psd", "in_sync", "open on both"),
    ("B6", "Awaiting review", ("Evidence submitted",), "full", "ref", "people", "closeable_submit",
     "HMICFRS Awaiting review, force Evidence submitted (done)"),
    ("B7", "Awaiting review", ("In progress",), "full", "ref", "people", "conflict",
     "publication date differs: force Published 24 April 2023, HMICFRS 24 November 2023 (same lookup, ref and text)"),
    ("B8", "Awaiting review", ("In progress",), "abbr", "ref", "msht", "in_sync",
     "open on both; MSHT abbreviation"),
    ("B9", "Awaiting review", None, None, None, None, "missing_from_force",
     "HMICFRS AFI (mental ill health training) with no row in the tracker"),
    ("B10", "Awaiting review", ("Not started",), "full", "ref", "nbh", "in_sync", "open on both"),
    ("B11", "Being progressed", ("In progress", "Overdue"), "full", "ref", "perf", "in_sync",
     "open on both; two-value status, both open"),
    ("B12", "Being progressed", ("Complete",), "full", "ref", "people", "closeable_submit",
     "HMICFRS Being progressed, force Complete"),
    ("B13", "Complete", ("Complete", "Closed by HMICFRS"), "full", "ref", "perf", "in_sync",
     "closed on both"),
    ("B14", "Complete", ("In progress",), "full", "ref", "intel", "closeable_local",
     "HMICFRS Complete, force In progress"),
    ("B15", "Being progressed", ("In progress",), "abbr", "ref", "pp", "in_sync",
     "open on both; same wording as A8 but domestic abuse, PEEL 2023-25"),
    ("B16", "Awaiting review", ("Not started",), "nostem", "none", "pp", "in_sync",
     "open on both; no ref, matched by text"),
    ("B17", "Awaiting review", ("In progress",), "Digital services plan - ambitious plan to improve digitally-enabled services",
     "none", "digital", "in_sync", "open on both; no ref, short wording"),
]

# The split: Stolen freedom leadership recommendation, one force row per bullet.
SPLIT_TITLES = [
    "MSHT leadership & governance review (1 of 4) - senior leaders prioritise the response to MSHT",
    "MSHT leadership & governance review (2 of 4) - every MSHT incident allocated resources with the skills, experience & capacity to investigate it effectively",
    "MSHT leadership & governance review (3 of 4) - partnership arrangements to co-ordinate activity, share information & safeguard victims",
    "MSHT leadership & governance review (4 of 4) - performance & QA measures so senior leaders can assess the service to victims",
]

# Which report lookup each row shows; p21 rows sometimes use the duplicate lookup entry.
P21_DUP = {"A3", "A10", "Q2"}

LEADS = {  # theme -> list of (person id, display name, account)
    "fla": [(46, "Supt Dan Kowalski", "dan.kowalski")],
    "msht": [(14, "Det Ch Supt Gareth Lloyd", "gareth.lloyd"), (27, "DCI Sarah Jones", "sarah.jones")],
    "sas": [(19, "Ch Supt Paul Whitaker", "paul.whitaker")],
    "cdi": [(35, "Tom Riley", "tom.riley")],
    "info": [(31, "Priya Shah", "priya.shah")],
    "inv": [(27, "DCI Sarah Jones", "sarah.jones"), (14, "Det Ch Supt Gareth Lloyd", "gareth.lloyd")],
    "econ": [(58, "DI Rob Hanley", "rob.hanley")],
    "pp": [(61, "Ch Supt Amanda Cole", "amanda.cole"), (27, "DCI Sarah Jones", "sarah.jones")],
    "ctrl": [(40, "Ch Insp Lucy Brennan", "lucy.brennan")],
    "intel": [(63, "Head of Intelligence", "intel.head")],
    "nbh": [(22, "Supt Mark Ellis", "mark.ellis")],
    "people": [(52, "Claire Fenwick", "claire.fenwick")],
    "psd": [(67, "Supt Jo Marsden", "jo.marsden")],
    "perf": [(70, "Neil Ashworth", "neil.ashworth")],
    "digital": [(72, "Head of Digital Services", "digital.head")],
    "local": [(22, "Supt Mark Ellis", "mark.ellis"), (61, "Ch Supt Amanda Cole", "amanda.cole")],
}
ANALYST = "44;#Kate Osborne"
FLOW = f"i:0#.f|membership|svc-orglearning-flow@{DOMAIN}"

PROGRESS = {
    "open": [
        "Work undertaken in area but still requires development to complete.",
        "A Task & Finish group has been set up and a full implementation/project plan, policy "
        "rewrite and communications plan is now completed.",
        "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
        "Allocated to lead. Update due at next Organisational Learning Board.",
        "Little work yet undertaken in this area. Unlikely to reach deadlines.",
        "xxx",
        "",
    ],
    "done": [
        "Completed. Evidence submitted to HMICFRS for closure.",
        "Ready to move to GREEN status.",
        "Policy signed off and in place. Evidence pack held on the OL site.",
        "Complete - see closure report to Strategic Delivery Board.",
    ],
    "closed": [
        "Closed by HMICFRS following review of evidence.",
        "HMICFRS confirmed closure on the register.",
    ],
}


# ---------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------
def last_sunday(year, month):
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def is_bst(d: dt.date) -> bool:
    return last_sunday(d.year, 3) <= d < last_sunday(d.year, 10)


def sp_date(d: dt.date, via_ui=True) -> str:
    """A SharePoint date-only value as the flow writes it: UTC; UK midnight in BST is
    23:00 the previous day. Rows written by the flow itself carry midnight UTC."""
    if via_ui and is_bst(d):
        return (d - dt.timedelta(days=1)).isoformat() + "T23:00:00Z"
    return d.isoformat() + "T00:00:00Z"


def multichoice(values):
    vals = list(values)
    if len(vals) == 1 and vals[0].startswith("old:"):
        return vals[0][4:]
    return ";#" + ";#".join(vals) + ";#"


def status_values(values):
    return [v[4:] if v.startswith("old:") else v for v in values]


def force_state(values):
    vals = set(status_values(values))
    done, opn = vals & FORCE_DONE, vals & FORCE_OPEN
    assert vals <= FORCE_DONE | FORCE_OPEN, vals
    assert not (done and opn), vals  # no mixed-state cells in this case
    return "done" if done else "open"


def single_line(text):
    return " ".join(text.replace("\n", " ").split())


def title_for(spec, text):
    if spec in ("full", "trunc"):
        t = single_line(text)
        return t[:255]
    if spec == "nostem":
        t = single_line(text)
        assert t.startswith("The force should ")
        t = t[len("The force should "):]
        return (t[0].upper() + t[1:]).rstrip(".")[:255]
    if spec == "abbr":
        t = single_line(text)
        for a, b in [("modern slavery and human trafficking", "MSHT"),
                     ("domestic abuse", "DA"), ("child sexual exploitation", "CSE"),
                     ("information-sharing agreements", "ISAs"),
                     ("released under investigation", "RUI"),
                     ("rape and serious sexual offences", "RASSO"),
                     ("Within six months", "Within 6 months"),
                     ("officers and staff", "officers & staff"),
                     ("intelligence 86 and", "intelligence and"),
                     ("National Policing Guidelines", "national policing guidelines")]:
            t = t.replace(a, b)
        return t[:255]
    assert len(spec) <= 255, (len(spec), spec)
    return spec


def person(rng, theme, fmt=None):
    pool = LEADS[theme]
    pid, name, acct = pool[0] if len(pool) == 1 else rng.choice(pool)
    fmt = fmt or rng.choices(["lookup", "claims"], weights=[4, 1])[0]
    if fmt == "claims":
        return f"i:0#.f|membership|{acct}@{DOMAIN}"
    return f"{pid};#{name}"


def rich(rng, text):
    if text and rng.random() < 0.25:
        tag = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
        return f'<div class="ExternalClass{tag}"><p>{text}</p></div>'
    return text


# ---------------------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------------------
def build():
    rng = random.Random(SEED)
    os.makedirs(CASE, exist_ok=True)
    status_of = {p[0]: p[1] for p in PLAN}
    status_of["S1"] = "Being progressed"

    # ---- HMICFRS register (xlsx) ----
    order = ["fla", "sf", "pow", "cdi", "p21", "p23"]
    keys = sorted(HM, key=lambda k: (order.index(HM[k][0]), HM[k][1]))
    hm_row = {}
    hm_rows = []
    extracted = dt.datetime(2024, 3, 4, 10, 12)
    for n, k in enumerate(keys):
        rep, ident, typ, text = HM[k]
        title, pub = REPORTS[rep]
        st = status_of[k]
        comment = rng.choice(HM_COMMENT[st])
        upd = pub + dt.timedelta(days=rng.randint(40, 900))
        upd = min(upd, dt.date(2024, 2, 28))
        if st == "Awaiting review":       # new item, or evidence received and awaiting review
            if rep == "p23":
                upd = pub + dt.timedelta(days=rng.randint(1, 20))
            else:
                upd = dt.date(2023, 10, 2) + dt.timedelta(days=rng.randint(0, 140))
                comment = ""
        hm_rows.append([ident, FORCE, title, pub, typ, text, st, upd, comment])
        hm_row[k] = f"{HM_SHEET}!{HM_HEADER_ROW + 1 + n}"

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = HM_SHEET
    ws["A1"] = f"HMICFRS recommendations and areas for improvement – {FORCE}"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = f"Extracted {extracted:%d/%m/%Y %H:%M}. Open and closed items."
    header = ["ID", "Force", "Report title", "Publication date", "Type",
              "Recommendation / area for improvement", "Status", "Status date", "Comment"]
    for c, h in enumerate(header, 1):
        cell = ws.cell(row=HM_HEADER_ROW, column=c, value=h)
        cell.font = Font(bold=True)
    for r, vals in enumerate(hm_rows, HM_HEADER_ROW + 1):
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
            if c in (3, 6, 9):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGHI", [8, 20, 45, 14, 22, 80, 16, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = ws.cell(row=HM_HEADER_ROW + 1, column=1)
    fixed = dt.datetime(2024, 3, 4, 10, 12, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "HMICFRS"
    buf = io.BytesIO()
    wb.save(buf)
    # normalise zip timestamps so the file rebuilds byte for byte
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":   # openpyxl stamps 'now' on save
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                              rb"\g<1>2024-03-04T10:12:00Z\g<2>", data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(<)",
                              rb"\g<1>2024-03-04T10:12:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 4, 10, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(os.path.join(CASE, "hmicfrs.xlsx"), "wb") as f:
        f.write(out.getvalue())

    # ---- force tracker rows ----
    rows = []   # dicts; "_key" hm key or None, "_cat", "_why"

    def add(key, title, ref, report, typ, pub, status, theme, cat, why, created=None,
            target=None, lead_fmt=None, pub_via_ui=True, progress=None, modified=None,
            earliest=None):
        st_vals = list(status)
        state = force_state(st_vals)
        old = any(v.startswith("old:") for v in st_vals)
        if modified is None:
            if old:   # plain value: row last edited before the column became multi-choice
                base = dt.datetime(2023, 3, 1) + dt.timedelta(minutes=rng.randint(0, 180 * 24 * 60))
            else:
                start = earliest or dt.datetime(2023, 9, 12)
                span = int((dt.datetime(2024, 3, 11, 17) - start).total_seconds() // 60)
                base = start + dt.timedelta(minutes=rng.randint(0, span))
            modified = base.replace(second=rng.randint(0, 59))
        assert (modified < dt.datetime(2023, 9, 1)) == old, (key, modified)
        vals = status_values(st_vals)
        if progress is None:
            if "Closed by HMICFRS" in vals:
                progress = rng.choice(PROGRESS["closed"])
            elif "Evidence submitted" in vals:
                progress = PROGRESS["done"][0]
            elif state == "done":
                progress = rng.choice(PROGRESS["done"][1:])
            else:
                progress = rng.choice(PROGRESS["open"])
        progress = rich(rng, progress)
        lead = "" if theme is None else person(rng, theme, lead_fmt)
        rows.append({
            "Title": title,
            "HMICFRS Ref": "" if ref is None else str(ref),
            "Report": report,
            "Type": typ,
            "Published": "" if pub is None else sp_date(pub, pub_via_ui),
            "Status": multichoice(st_vals),
            "Closure Requested": "Yes" if {"Evidence submitted", "Closed by HMICFRS"} & set(vals) else "No",
            "Lead": lead,
            "Target Date": "" if target is None else sp_date(target),
            "Progress Update": progress,
            "Modified": modified.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "Created By": created or ANALYST,
            "_key": key, "_cat": cat, "_why": why, "_state": state,
        })

    force_type = {REC: "Recommendation", AFI: "AFI", COC: "Cause of Concern",
                  NAT: "National Recommendation"}

    def target_for(rep, typ, text):
        pub = REPORTS[rep][1]
        if rng.random() < 0.2:
            return None
        t = single_line(text)
        if t.startswith("Within three months"):
            d = pub + dt.timedelta(days=91)
        elif t.startswith("Within six months"):
            d = pub + dt.timedelta(days=182)
        elif t.startswith("Within twelve months"):
            d = pub + dt.timedelta(days=365)
        else:
            d = pub + dt.timedelta(days=rng.choice([183, 274, 365]))
        # force targets are month ends
        nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)

    split_done = False
    for key, hst, fst, tspec, rspec, theme, cat, why in PLAN:
        rep, ident, typ, text = HM[key]
        if fst is None:
            continue
        # the split (S1) goes in front of S2, in the order the force entered it
        if key == "S2" and not split_done:
            for i, t in enumerate(SPLIT_TITLES, 1):
                add("S1", t, 8612, LOOKUP["sf"], "National Recommendation",
                    REPORTS["sf"][1], ("Complete",) if i != 2 else ("Complete", "Evidence submitted"),
                    "msht", "closeable_submit",
                    f"split row {i} of 4 (one per bullet), all four done; HMICFRS 8612 Being progressed",
                    target=dt.date(2018, 10, 31))
            split_done = True
        title = title_for(tspec, text)
        ref = ident if rspec == "ref" else (None if rspec == "none" else rspec)
        report = LOOKUP["p21b" if key in P21_DUP else rep]
        ftyp = force_type[typ]
        pub = REPORTS[rep][1]
        if key == "C4":                       # filed under the wrong report
            report, pub = LOOKUP["p21"], REPORTS["p21"][1]
        if key == "A8":
            ftyp = "Recommendation"
        if key == "B7":
            pub = dt.date(2023, 4, 24)
        created = FLOW if rep == "p23" else ANALYST
        via_ui = rep != "p23"                 # PEEL 2023-25 rows were bulk-loaded by the flow
        if key == "B7":
            via_ui = True                     # date re-keyed by hand in the list form
        add(key, title, ref, report, ftyp, pub, fst, theme, cat, why, created=created,
            target=target_for(rep, typ, text), pub_via_ui=via_ui,
            earliest=dt.datetime(2023, 12, 4, 9) if rep == "p23" else None)
        if key == "P4":                       # HO/NPCC item the force tracks anyway
            add(None, title_for("trunc", HO_NPCC), None, LOOKUP["pow"],
                "National Recommendation", REPORTS["pow"][1], ("Not applicable",), "sas",
                "not_on_hmicfrs_list",
                "addressed to the Home Office and NPCC; HMICFRS does not hold it against the force",
                progress="Not the force's responsibility to deliver; dependent upon another organisation.")

    # force-only rows: an item HMICFRS has dropped, and local actions
    add(None, title_for("trunc", SAS_MONITORING_2017), 8545, LOOKUP["leg17"],
        "National Recommendation", dt.date(2017, 12, 12), ("old:In progress",), "sas",
        "not_on_hmicfrs_list",
        "PEEL legitimacy 2017 item (ref 8545) not on the current HMICFRS list; query with HMICFRS",
        target=dt.date(2018, 7, 31))
    local = [
        ("Local action: Task & Finish group to review the stalking and harassment policy and report to the Force Executive Team",
         LOOKUP["fip"], ("In progress",), "T&F group met 14/02. Draft policy to FET in April."),
        ("Force action - Dip-sample 50 domestic abuse crime reports each quarter and report findings to the Crime Standards Board",
         LOOKUP["p23"], ("In progress", "Overdue"), "Q3 dip sample not yet done - resourcing."),
        ("JAC action: Internal audit of the firearms licensing governance arrangements (audit plan 2023/24)",
         "", ("Complete",), "Audit report received Jan 2024, substantial assurance. No further action."),
        ("Add fraud measures to the monthly Force Performance pack", LOOKUP["p21"], ("Not started",), ""),
    ]
    for t, rep_lookup, st, prog in local:
        add(None, t, None, rep_lookup, "Local action", None, st, "local", "not_on_hmicfrs_list",
            "force's own local action, Type Local action, no HMICFRS ref",
            target=dt.date(2024, 6, 30), progress=prog)

    # a few rows with a multi-person lead and a few with none
    rows_idx = list(range(len(rows)))
    rng.shuffle(rows_idx)
    for i in rows_idx[:2]:
        if rows[i]["Lead"] and ";#" in rows[i]["Lead"]:
            rows[i]["Lead"] += ";#22;#Supt Mark Ellis" if "Mark Ellis" not in rows[i]["Lead"] else ";#61;#Ch Supt Amanda Cole"
    for i in rows_idx[2:4]:
        rows[i]["Lead"] = ""

    # SharePoint item IDs: ascending, with gaps (deleted items)
    sp_id = 2
    ids = []
    for _ in rows:
        sp_id += rng.choice([1, 1, 1, 1, 2, 3])
        ids.append(sp_id)
    # the 2017 item and the local actions were added later; keep the export in ID order
    # except that the export is by ID: leave rows in entry order (IDs ascend with it)

    cols = ["ID", "Title", "HMICFRS Ref", "Report", "Type", "Published", "Status",
            "Closure Requested", "Lead", "Target Date", "Progress Update", "Modified",
            "Created By"]
    with open(os.path.join(CASE, TRACKER), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(cols)
        for i, r in zip(ids, rows):
            w.writerow([i] + [r[c] for c in cols[1:]])

    # ---- truth ----
    truth = []
    seen = set()
    for n, r in enumerate(rows):
        frow = f"{TRACKER}!{n + 2}"
        k = r["_key"]
        truth.append((hm_row[k] if k else "", frow, r["_cat"], r["_why"]))
        if k:
            seen.add(k)
    for key, hst, fst, *_rest in PLAN:
        if fst is None:
            cat, why = _rest[-2], _rest[-1]
            truth.append((hm_row[key], "", cat, why))
            seen.add(key)
    assert seen == set(HM), set(HM) - seen

    # consistency: non-conflict categories follow from the statuses
    hst_of = dict(status_of)
    for r in rows:
        k = r["_key"]
        if k is None or r["_cat"] == "conflict":
            continue
        h_closed = hst_of[k] in HM_CLOSED
        exp = {(False, "open"): "in_sync", (True, "done"): "in_sync",
               (False, "done"): "closeable_submit", (True, "open"): "closeable_local"}[(h_closed, r["_state"])]
        assert exp == r["_cat"], (k, exp, r["_cat"])

    def sort_key(t):
        h, f = t[0], t[1]
        hn = int(h.split("!")[1]) if h else 10**6
        fn = int(f.split("!")[1]) if f else 10**6
        return (hn, fn)
    truth.sort(key=sort_key)
    with open(os.path.join(CASE, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)
    return truth


if __name__ == "__main__":
    t = build()
    from collections import Counter
    print(Counter(x[2] for x in t), len(t))
