"""Build the case `foi_release_gss_tables`.

HMICFRS side: the definitive list as it reaches the analyst through a Freedom of Information
release, laid out the way government bodies publish spreadsheets under the Analysis Function's
"Releasing statistics in spreadsheets" guidance: a Cover sheet, a Contents sheet, a Notes sheet,
then one table per worksheet (title in A1, "This worksheet contains one table." underneath, the
header row, no blank rows), "[note N]" markers in headers and cells, and the shorthand "[x]" (not
held) and "[z]" (not applicable) in cells that would otherwise be blank. Force-level items are in
Table_1, national recommendations in Table_2 (different columns: no type column, an "Addressed
to" column), and Table_3 is a count of items by type and status (not items).

Force side: a plain RAG tracker, one sheet.

Run with /work/main/.venv/bin/python; rebuilds the case byte for byte (fixed seed, fixed
workbook timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.table import Table, TableStyleInfo

SEED = 51_0707
CASE = "foi_release_gss_tables"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FORCE = "Lincolnshire Police"
FIXED_TS = dt.datetime(2024, 10, 17, 9, 0, 0)

# ---------------------------------------------------------------------------------------------
# Real texts (Open Government Licence), copied from /work/main/reconcile/casegen/texts and
# /work/shared/data/real_recommendations.csv.
# ---------------------------------------------------------------------------------------------
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
CAUSE_VETTING = "The size of the vetting backlog within Lincolnshire Police is a cause of concern."

CDI_VICTIMS_BULLETS = [
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
    "in conjunction with children’s social care services, review how it manages the detention "
    "of children. As a minimum it should:• ensure that all children are only detained when "
    "absolutely necessary and for the absolute minimum amount of time;• ensure that officers "
    "and staff in the custody suite assess at an early stage a child’s need for alternative "
    "accommodation (secure or otherwise) and work with children’s social care services to "
    "achieve the most appropriate option for the child;• ensure that custody staff make a "
    "record of all actions taken and decisions made on the relevant documentation; and• "
    "improve the timeliness of adequate appropriate adult support for children who are "
    "arrested")
SF_LEADERSHIP_STEM = (
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:")
SF_LEADERSHIP_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.",
]
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
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.",
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.",
]
EVERYONE_PLAN = (
    "By September 2014, every police force in England and Wales should establish and publish "
    "an action plan that specifies in detail what steps it will take to improve its approach "
    "to domestic abuse.\n\n"
    "This action plan should be developed:\n\n"
    "• in consultation with police and crime commissioners, domestic abuse support "
    "organisations and victims' representatives;\n"
    "• after close consideration of all the recommendations in this report;\n"
    "• with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
    "connection with the force in question or another force; and\n"
    "• drawing on relevant knowledge acquired or available from other sources such as CPS "
    "scrutiny panels and MARAC self-assessments.")

LEADS = [
    "ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
    "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
    "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
    "Head of Corporate Development", "Supt Contact Centre", "Head of Learning & Development",
    "Ch Insp Custody", "Head of Information Management", "DCC", "Director of Finance",
    "Supt Firearms Licensing",
]


def flat(text: str) -> str:
    """HMICFRS release: bullets removed, parts run on in one cell (note 4)."""
    t = text.replace("\r", "")
    t = re.sub(r"\s*•\s*", " ", t)
    t = re.sub(r"\s*\n+\s*", " ", t)
    return re.sub(r"\s{2,}", " ", t).strip()


def d(y: int, m: int, day: int) -> dt.datetime:
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------------------------
# Reports
# ---------------------------------------------------------------------------------------------
# key: (HMICFRS title, published, force tracker name)
REPORTS = {
    "eff16": ("PEEL: Police effectiveness 2016 – Lincolnshire Police", d(2017, 3, 2),
              "PEEL Effectiveness 2016"),
    "leg17": ("PEEL: Police legitimacy 2017 – Lincolnshire Police", d(2017, 12, 12),
              "PEEL Legitimacy 2017"),
    "ncpi18": ("National child protection inspection: Lincolnshire Police", d(2018, 6, 14),
               "NCPI 2018"),
    "cdi19": ("Lincolnshire Police: Crime data integrity inspection 2019", d(2019, 9, 12),
              "CDI 2019"),
    "cust20": ("Report on an unannounced inspection visit to police custody suites in "
               "Lincolnshire [note 9]", d(2020, 3, 10), "Custody 2020"),
    "peel21": ("PEEL 2021/22 – Police effectiveness, efficiency and legitimacy: An inspection "
               "of Lincolnshire Police", d(2022, 3, 25), "PEEL 21/22"),
    "peel23": ("PEEL 2023–25 – Police effectiveness, efficiency and legitimacy: An inspection "
               "of Lincolnshire Police", d(2023, 11, 8), "PEEL 2023-25"),
    # national
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              d(2013, 7, 9), "Stop & Search 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 d(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", d(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", d(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", d(2015, 1, 30),
                  "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              d(2015, 3, 24), "Stop & search powers 2 (2015)"),
    "picture": ("Building the picture: an inspection of police information management",
                d(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", d(2015, 9, 15),
                 "Firearms licensing 2015"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               d(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", d(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "legn17": ("PEEL: Police legitimacy 2017 (national overview)", d(2017, 12, 12),
               "PEEL Legit 17 S&S"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
               "of force", d(2021, 2, 26), "Police powers spotlight (Feb 21)"),
}

CLOSED_WORDS = {"Complete", "Superseded", "No further action required"}
X = "[x]"  # closed before 1 April 2021: date not held (note 3)

# ---------------------------------------------------------------------------------------------
# HMICFRS items. Each: dict(table, ref, rep, type, text, status, closed, addressed, force=...)
# force: None (missing_from_force) or a dict / list of dicts (split) with the force's row.
#   f: force text, rag, type, report (override), ref (shown in tracker or None), upd, sub
# cat, why: the truth.
# ---------------------------------------------------------------------------------------------
REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"
BP, AR = "Being progressed", "Awaiting review"
NAT = "National recommendation"

ITEMS: list[dict] = []


def item(table, ref, rep, typ, text, status, closed, cat, why, force, addressed=None):
    ITEMS.append(dict(table=table, ref=ref, rep=rep, type=typ, text=text, status=status,
                      closed=closed, cat=cat, why=why, force=force, addressed=addressed))


def F(text, rag, ftype=None, report=None, ref=True, upd=None, sub=None, published=None):
    return dict(text=text, rag=rag, ftype=ftype, report=report, ref=ref, upd=upd, sub=sub,
                published=published)


# ---- Table 1: force-level items ------------------------------------------------------------
item(1, 7141, "eff16", COC, CAUSE_DA, "Superseded", X, "in_sync",
     "CoC closed (superseded) by HMICFRS, force Complete; date closed [x]",
     F("Cause of concern – force response to domestic abuse: officers not consistently "
       "completing DASH where policy requires; some DA victims at risk of harm not being "
       "appropriately risk-assessed.", "Complete", "CoC", ref=False,
       upd="DA Improvement Plan delivered. Superseded by PEEL 2021/22."))
item(1, 7142, "eff16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately take steps "
     "to ensure that there is effective supervision of the initial risk assessment process, "
     "specifically in relation to the completion of DASH risk assessment in appropriate cases.",
     "Complete", X, "in_sync", "closed on both sides",
     F("Take steps to ensure effective supervision of the initial risk assessment process, "
       "specifically completion of DASH risk assessment in appropriate cases.", "Complete",
       "Rec", ref=False, upd="Supervisor DASH review built into Niche workflow."))
item(1, 7143, "eff16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately cease the "
     "practice of conducting domestic abuse risk assessments over the telephone and dealing with "
     "domestic abuse in the resolution centre.",
     "Complete", X, "closeable_local", "HMICFRS Complete ([x] date), force still Amber",
     F("Cease the practice of conducting DA risk assessments over the telephone and dealing with "
       "DA in the resolution centre.", "Amber", "Rec", ref=False,
       upd="Telephone risk assessment stopped Oct 2017. Resolution centre DA review still to "
           "report to FET."))
item(1, 7144, "eff16", AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.",
     "Superseded", X, "closeable_local", "HMICFRS Superseded ([x] date), force Amber",
     F("The force should improve its understanding of suspects released under investigation and "
       "the management of those released on bail.", "Amber", "AFI", ref=False,
       upd="RUI/bail dashboard in development with Criminal Justice."))
item(1, 7145, "eff16", AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.",
     BP, "[z]", "closeable_submit", "HMICFRS Being progressed, force Green with submission date",
     F("Improve ability to retrieve digital evidence from mobile phones, computers and other "
       "electronic devices quickly enough to ensure investigations are not delayed.", "Green",
       "AFI", ref=False, upd="Digital Forensics Unit backlog cleared; kiosks in all hubs. "
       "Evidence pack sent to sign-off lead.", sub=d(2024, 8, 19)))

item(1, 8562, "leg17", COC, CAUSE_VETTING, "Complete", d(2021, 6, 15), "in_sync",
     "closed on both sides",
     F("Cause of concern: the size of the vetting backlog within the force.", "Complete", "CoC",
       upd="Backlog cleared March 2021."))
item(1, 8563, "leg17", REC,
     "Within six months the force should ensure all staff have received at least the lowest "
     "level of vetting clearance for their roles as quickly as possible, working to clear both "
     "the vetting backlog and new vetting renewals when they become due so that it complies "
     "fully with the national vetting guidelines.",
     "Complete", d(2021, 6, 15), "conflict",
     "timescale differs: HMICFRS 'Within six months', force 'Within twelve months' "
     "(both closed)",
     F("Within twelve months, the force should ensure all staff have received at least the "
       "lowest level of vetting clearance for their roles as quickly as possible, working to "
       "clear both the vetting backlog and new vetting renewals when they become due so that it "
       "complies fully with the national vetting guidelines.", "Complete", "Rec",
       upd="All staff vetted to minimum level; renewals diarised."))
item(1, 8564, "leg17", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.",
     BP, "[z]", "in_sync", "open on both sides",
     F("The force should make sure it provides a confidential way for staff to raise concerns "
       "and that staff are aware of whistleblowing processes.", "Amber", "AFI",
       upd="Confidential reporting line relaunched; awareness survey due Q4."))
item(1, 8565, "leg17", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.",
     "Complete", X, "in_sync", "closed on both sides",
     F("Review how the force gathers and uses E&D data to improve understanding of workforce "
       "demographics.", "Complete", "AFI", ref=False))
item(1, 8566, "leg17", REC,
     "HMIC recommends that within six months the force should: establish or improve monitoring "
     "of the way officers stop and search people, so that it can be satisfied its officers are "
     "acting in accordance with the law (including equality legislation and the Code of "
     "Practice), and that the power is used effectively to prevent crime, catch criminals and "
     "maintain public trust;",
     BP, "[z]", "in_sync",
     "open on both sides; near-copy of national Table_2 1187 (2013) - pair by report",
     F("Within 6 months establish or improve monitoring of the way officers S&S people, so the "
       "force can be satisfied officers act in accordance with the law (incl. equality "
       "legislation & the Code of Practice) and the power is used effectively.", "Amber", "Rec",
       upd="S&S scrutiny panel reviews BWV monthly; disproportionality analysis outstanding."))

item(1, 8931, "ncpi18", COC, CAUSE_MISSING, "Complete", d(2022, 1, 20), "in_sync",
     "closed on both sides",
     F("CoC – missing and absent children: risk assessment inappropriate in some cases; "
       "children classed as absent who should have been missing.", "Complete", "CoC",
       upd="Absent category withdrawn Jan 2019."))
item(1, 8932, "ncpi18", REC,
     "Within three months, the force should review its approach to reports of missing children "
     "and take steps to ensure that: " + " ".join(MISSING_BULLETS) + ".",
     "Complete", d(2022, 1, 20), "in_sync", "HMICFRS closed, force Green (done)",
     F("Within three months, the force should review its approach to reports of missing "
       "children and take steps to ensure that:\n• " + "\n• ".join(MISSING_BULLETS) + ".",
       "Green", "Rec", upd="Submitted for closure.", sub=d(2021, 11, 4)))
item(1, 8933, "ncpi18", REC,
     "Within six months the force should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence and in order to "
     "safeguard victims better and to identify suspects as early as possible.",
     BP, "[z]", "in_sync",
     "open on both sides; near-copy of national Stolen freedom 8378 (closed) - pair by report",
     F("Within 6 months have in place active ISAs with other agencies to facilitate speedy "
       "exchange of intelligence, safeguard victims better and identify suspects early.",
       "Amber", "Rec", upd="ISA with county council signed; district councils outstanding."))
item(1, 8934, "ncpi18", REC,
     "Within six months the force should improve the supervision of investigations, so that "
     "investigation plans are set, reviewed and recorded and victims receive a consistently "
     "good service.",
     "Superseded", d(2022, 3, 25), "closeable_local", "HMICFRS Superseded, force Amber",
     F("Improve the supervision of investigations so that investigation plans are set, reviewed "
       "and recorded and victims receive a consistently good service.", "Amber", "Rec",
       ref=False, upd="Investigation standards audit Q3; see PEEL 21/22 actions."))

item(1, 9711, "cdi19", REC,
     "Immediately, the force should put in place arrangements to ensure that: "
     + " ".join(CDI_VICTIMS_BULLETS) + ".",
     BP, "[z]", "in_sync", "open on both sides; force split the five parts into five rows",
     [F(f"CDI rec 1({letter}) – {b[0].upper()}{b[1:].rstrip(';').replace('; and', '')}",
        "Amber", "Rec", upd=u)
      for letter, b, u in zip("abcde", CDI_VICTIMS_BULLETS, [
          "Believe the victim in STORM call scripts; CDI audit due.",
          "Call handling QA dip-sample monthly.",
          "Multiple crime recording guidance reissued.",
          "Awaiting FCR audit results.",
          "Online reports triage pilot in contact centre."])])
item(1, 9712, "cdi19", REC,
     "Within three months, the force should take steps to ensure it fully complies with "
     "national crime recording standard (NCRS) requirements for offences identified as modern "
     "slavery and human trafficking.",
     "Complete", d(2023, 2, 2), "in_sync",
     "closed on both sides; near-copy of national Stolen freedom 8381 - pair by report",
     F("Within 3 months, take steps to ensure full compliance with NCRS for offences identified "
       "as MSHT.", "Green", "Rec", upd="FCR audit 100% compliant Dec 2022.",
       sub=d(2022, 12, 20)))
item(1, 9713, "cdi19", AFI,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.",
     BP, "[z]", "closeable_submit", "HMICFRS Being progressed, force Complete (submitted)",
     F("The force should make sure it records reports of stalking & harassment accurately and "
       "without delay.", "Complete", "AFI", upd="Audit shows 94% compliance. Submitted.",
       sub=d(2024, 7, 30)))
item(1, 9714, "cdi19", AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.",
     BP, "[z]", "in_sync",
     "open on both sides; differs from 9713 only in the topic",
     F("The force should make sure it records reports of rape and serious sexual offences "
       "accurately and without delay.", "Amber", "AFI", upd="RASSO recording audit Q3."))

item(1, 10102, "cust20", REC,
     "The force should, " + flat(CUSTODY_CHILDREN),
     BP, "[z]", "missing_from_force",
     "joint custody inspection recommendation; not in the tracker (custody kept its own plan)",
     None)

# ---- PEEL 2021/22 ------------------------------------------------------------------------
item(1, 11201, "peel21", AFI,
     "The force should improve its understanding of the nature and scale of county lines drug "
     "dealing in its area.", BP, "[z]", "in_sync", "open on both sides",
     F("Improve understanding of the nature and scale of county lines drug dealing in the "
       "force area.", "Amber", "AFI", upd="Problem profile refresh commissioned."))
item(1, 11202, "peel21", AFI,
     "The force should make sure investigations of domestic abuse are allocated to officers "
     "with the right skills and are effectively supervised.",
     "Superseded [note 5]", d(2023, 11, 8), "closeable_local",
     "HMICFRS Superseded (status carries a note marker), force Amber; re-issued as 12907",
     F("The force should make sure investigations of DA are allocated to officers with the "
       "right skills and are effectively supervised.", "Amber", "AFI",
       upd="DA investigation allocation policy under review."))
item(1, 11203, "peel21", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.", "Complete", d(2024, 2, 12), "in_sync",
     "closed on both sides",
     F("The force should improve how it works with partner organisations to safeguard people "
       "at risk from CSE.", "Complete", "AFI", upd="Closed by HMICFRS Feb 24."))
item(1, 11204, "peel21", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to vulnerable adults.", BP, "[z]", "closeable_submit",
     "HMICFRS Being progressed, force Green",
     F("Make sure officers & staff have the training they need to identify and respond to "
       "vulnerable adults.", "Green", "AFI", upd="Vulnerability training delivered to 96% of "
       "frontline.", sub=d(2024, 6, 3)))
item(1, 11205, "peel21", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "people with mental ill health.", "Superseded [note 5]", d(2023, 11, 8), "closeable_local",
     "HMICFRS Superseded, force Amber (force has no row for the re-issued 12908)",
     F("Improve the timeliness of response to calls for service involving people with mental "
       "ill health.", "Amber", "AFI", upd="Right Care Right Person implementation ongoing."))
item(1, 11206, "peel21", AFI,
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce.", BP, "[z]", "conflict",
     "type differs: HMICFRS area for improvement, force Recommendation",
     F("The force should ensure that it has sufficient resources available in the control room "
       "to fulfil its resourcing model, and so to meet its demand, while also taking into "
       "account the wellbeing of its workforce.", "Amber", "Rec",
       upd="Control room uplift of 12 call handlers approved."))
item(1, 11207, "peel21", AFI,
     "The force should make sure victims of hate crime are kept informed about the progress of "
     "their case, in line with the Code of Practice for Victims of Crime.", "Complete",
     d(2023, 7, 19), "closeable_local", "HMICFRS Complete, force Amber",
     F("Make sure victims of hate crime are kept informed about the progress of their case, in "
       "line with the VCOP.", "Amber", "AFI", upd="VCOP compliance 78%; target 90%."))
item(1, 11208, "peel21", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs.", BP, "[z]", "in_sync", "open on both sides",
     F("Develop understanding of the links between outcomes, outputs and costs.", "Amber", "AFI",
       upd="Activity-based costing model in build with Finance."))
item(1, 11209, "peel21", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", BP, "[z]",
     "closeable_submit", "HMICFRS Being progressed, force Green",
     F("The force should develop a future workforce plan that is aligned with its overall "
       "demand and budget. The plan should include future resource allocations, the mix of "
       "skills required by the workforce and behaviours expected of them.", "Green", "AFI",
       upd="Workforce plan 2024-27 signed off at FET 12/09/24."))
item(1, 11210, "peel21", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", "Complete", d(2023, 7, 19), "in_sync", "closed on both sides",
     F("Put plans in place to monitor team cultures (incl. gathering and analysis of staff "
       "feedback) and provide prompt remedial action for any issues identified.", "Complete",
       "AFI"))
item(1, 11211, "peel21", AFI,
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.", BP, "[z]", "in_sync", "open on both sides",
     F("Make sure the force has access to accurate data and analysis to support effective "
       "performance management.", "Amber", "AFI", upd="Power BI performance pack live Q1."))
item(1, 11212, "peel21", AFI,
     "The force should make sure its analysis of serious and organised crime informs its "
     "strategic assessment and control strategy.", BP, "[z]", "conflict",
     "report differs: HMICFRS PEEL 2021/22, force filed it under PEEL 2023-25 (Nov 2023)",
     F("The force should make sure its analysis of serious and organised crime informs its "
       "strategic assessment and control strategy.", "Amber", "AFI", report="peel23",
       ref=False, upd="SOC strategic assessment due January."))
item(1, 11213, "peel21", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.", "Complete", d(2024, 2, 12),
     "closeable_local", "HMICFRS Complete, force Amber",
     F("Make sure the force consistently uses ancillary orders and other powers to protect "
       "victims of stalking & harassment.", "Amber", "AFI",
       upd="SPO applications up 40%; awaiting audit."))
item(1, 11214, "peel21", AFI,
     "The force should make sure the corporate risk register is actively used to mitigate and "
     "manage known risks.", BP, "[z]", "closeable_submit",
     "HMICFRS Being progressed, force Complete",
     F("Make sure the corporate risk register is actively used to mitigate and manage known "
       "risks.", "Complete", "AFI", upd="Risk register reviewed monthly at FET.",
       sub=d(2024, 5, 14)))
item(1, 11215, "peel21", AFI,
     "The force should evaluate its work to prevent neighbourhood crime and share what works "
     "across the force.", AR, "[z]", "closeable_submit",
     "HMICFRS Awaiting review (open, evidence with HMICFRS), force Green/submitted",
     F("Evaluate work to prevent neighbourhood crime and share what works across the force.",
       "Green", "AFI", upd="Evaluation report submitted to HMICFRS 28/08/24.",
       sub=d(2024, 8, 28)))
item(1, 11216, "peel21", AFI,
     "The force should review its approach to anti-social behaviour to make sure victims "
     "receive a consistently good service.", BP, "[z]", "in_sync", "open on both sides",
     F("Review the approach to ASB to make sure victims receive a consistently good service.",
       "Amber", "AFI", upd="ASB case review process being refreshed."))

# ---- PEEL 2023-25 ------------------------------------------------------------------------
item(1, 12901, "peel23", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.", BP, "[z]", "in_sync", "open on both sides",
     F("Improve timeliness of response to calls for service involving DA.", "Amber", "AFI",
       upd="Grade 2 attendance 71% in 60 mins."))
item(1, 12902, "peel23", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", BP, "[z]", "in_sync",
     "open on both sides (force Red)",
     F("Make sure the force has enough specialist capacity and capability to investigate "
       "online child sexual abuse.", "Red", "AFI", upd="POLIT backlog 140 referrals."))
item(1, 12903, "peel23", AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "county lines drug dealing.", BP, "[z]", "in_sync", "open on both sides",
     F("Improve the way the force manages the risk posed by offenders involved in county lines "
       "drug dealing.", "Amber", "AFI"))
item(1, 12904, "peel23", AFI,
     "The force should make sure it provides accessible information for all staff and members "
     "of the public on how they can raise concerns and access confidential support (including "
     "through external agencies).", BP, "[z]", "closeable_submit",
     "HMICFRS Being progressed, force Green",
     F("Provide accessible information for all staff and the public on how to raise concerns "
       "and access confidential support (including external agencies).", "Green", "AFI",
       upd="Intranet and website pages published.", sub=d(2024, 9, 2)))
item(1, 12905, "peel23", AFI,
     "The force should immediately review its current background checks arrangements, and make "
     "sure that suitable and sufficient background checks are in place to safeguard its staff "
     "and the communities it serves.", "Complete", d(2024, 5, 21), "closeable_local",
     "HMICFRS Complete, force Amber",
     F("Review current background checks arrangements and make sure suitable and sufficient "
       "checks are in place to safeguard staff and communities.", "Amber", "AFI",
       upd="Vetting re-checks of legacy staff 80% complete."))
item(1, 12906, "peel23", AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to violence against women and girls.", BP, "[z]", "in_sync",
     "open on both sides",
     F("Make sure the performance framework gives senior leaders a clear picture of the "
       "response to VAWG.", "Amber", "AFI"))
item(1, 12907, "peel23", AFI,
     "The force should make sure investigations of domestic abuse are allocated to officers "
     "with the right skills and are effectively supervised. [note 6]", BP, "[z]", "in_sync",
     "open on both sides; text carries a note marker; same words as 11202 (older report)",
     F("The force should make sure investigations of DA are allocated to officers with the "
       "right skills and are effectively supervised (carried forward from PEEL 21/22).",
       "Amber", "AFI", upd="See 21/22 entry."))
item(1, 12908, "peel23", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "people with mental ill health. [note 6]", BP, "[z]", "missing_from_force",
     "re-issued AFI not added to the tracker; its only look-alike force row is the 2021/22 "
     "one (11205)", None)
item(1, 12909, "peel23", AFI,
     "The force should develop a problem-solving approach to anti-social behaviour, working "
     "with local communities and partners.", BP, "[z]", "in_sync", "open on both sides",
     F("Develop a problem-solving approach to ASB, working with local communities & partners.",
       "Amber", "AFI"))
item(1, 12910, "peel23", AFI,
     "The force should make sure victims of rape and serious sexual offences are kept informed "
     "about the progress of their case, in line with the Code of Practice for Victims of "
     "Crime.", BP, "[z]", "closeable_submit", "HMICFRS Being progressed, force Green",
     F("Make sure victims of RASSO are kept informed about the progress of their case, in line "
       "with the VCOP.", "Green", "AFI", upd="Victim contact contracts in place; audit 92%.",
       sub=d(2024, 9, 16)))
item(1, 12911, "peel23", AFI,
     "The force should review its plans to deliver savings to ensure it is doing all it can to "
     "continue to reduce crime and protect the front line while balancing its budget.", BP,
     "[z]", "in_sync", "open on both sides; near-copy of austerity 2014 force row (not listed)",
     F("Review plans to deliver savings to ensure the force is doing all it can to reduce "
       "crime and protect the front line while balancing its budget.", "Amber", "AFI",
       upd="MTFP refresh to PCC in January."))
item(1, 12912, "peel23", AFI,
     "The force should produce an ambitious plan to improve digitally-enabled services within "
     "the force.", BP, "[z]", "in_sync",
     "open on both sides; near-copy of national 8470 (2017) - pair by report",
     F("Produce an ambitious plan to improve digitally-enabled services within the force.",
       "Amber", "AFI", upd="Digital strategy draft at FET."))
item(1, 12913, "peel23", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to honour-based abuse.", BP, "[z]", "missing_from_force",
     "not in the tracker; the look-alike force row is 11204 (vulnerable adults)", None)
item(1, 12914, "peel23", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about serious "
     "and organised crime.", BP, "[z]", "in_sync", "open on both sides",
     F("Improve how the force gathers, assesses and acts on intelligence about SOC.", "Amber",
       "AFI"))
item(1, 12915, "peel23", AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", BP, "[z]", "in_sync",
     "open on both sides",
     F("Improve use of the crime-recording and management system (Niche) to better manage case "
       "files and investigative processes.", "Amber", "AFI"))

# ---- Table 2: national recommendations -------------------------------------------------------
CC = "Chief constables"
ALLF = "All forces"
CCP = "Chief constables and police and crime commissioners"
item(2, 1187, "sas13",
     NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     "Complete", X, "in_sync",
     "closed on both sides; near-copy of force-level 8566 (open) - pair by report",
     F("Chief Constables should establish or improve monitoring of the way officers stop and "
       "search people, so that they can be satisfied their officers are acting in accordance "
       "with the law (including equality legislation and the Code of Practice), and that the "
       "power is used effectively to prevent crime, catch criminals and maintain public trust.",
       "Complete", "National rec", ref=False), addressed=CC)
item(2, 1188, "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     "Superseded [note 8]", X, "in_sync",
     "closed (superseded) on both sides; near-copy of 2716 (2015) - pair by report",
     F("CCs should, in consultation with elected local policing bodies, comply with the code of "
       "practice by explaining to the public the way S&S powers are used and by making "
       "arrangements for S&S records to be scrutinised by community representatives.",
       "Complete", "National rec", ref=False, upd="Superseded by 2015 report."), addressed=CC)
item(2, 2321, "everyone", NAT, flat(EVERYONE_PLAN), "Complete", X, "closeable_local",
     "HMICFRS Complete ([x]), force Amber; bullets flattened on HMICFRS side",
     F(EVERYONE_PLAN, "Amber", "National rec",
       upd="DA action plan refreshed annually; 2024 refresh with PCC."), addressed=ALLF)
item(2, 2716, "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.",
     "Complete", X, "closeable_local",
     "HMICFRS Complete ([x]), force Amber; near-copy of 1188 (2013)",
     F("CCs should, in consultation with PCCs, comply with the Code of Practice by explaining to "
       "the public the way S&S powers are used in their areas and by making arrangements for "
       "S&S records to be scrutinised by community representatives, involving those stopped "
       "and searched, e.g. young people.", "Amber", "National rec", ref=False,
       upd="Youth scrutiny panel being recruited."), addressed=CCP)
item(2, 902, "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Complete", X, "in_sync", "closed on both sides",
     F("By 31 August 2015, all chief constables should satisfy themselves that they have "
       "processes in place to ensure that investigations into misconduct by officers and staff "
       "resulting in \"no further action\" are fair and free of any form of discrimination.",
       "Complete", "National rec", ref=False), addressed=CC)
item(2, 5310, "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.", BP, "[z]", "missing_from_force",
     "open national recommendation the force never added", None, addressed=CC)
item(2, 5712, "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete", X, "in_sync",
     "closed on both sides",
     F("Assess how well the governance of firearms licensing meets the standards in APP; put "
       "correct arrangements in place immediately where not.", "Complete", "National rec",
       ref=False), addressed=CC)
item(2, 5713, "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     "No further action required", d(2022, 9, 30), "closeable_local",
     "HMICFRS No further action required (closed), force Amber",
     F("Within 3 months, all CCs should assess the demand placed on their firearms licensing "
       "department and ensure it has the capacity to meet this demand and provide an efficient "
       "and effective service at all times.", "Amber", "National rec",
       upd="Renewals backlog 310; temporary staff extended."), addressed=CC)
item(2, 5715, "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     BP, "[z]", "closeable_submit", "HMICFRS Being progressed, force Complete",
     F("Ensure temporary permit arrangements accord with HO guidance; permits recorded without "
       "delay on NFLMS; certificate holders never in unlawful possession of a firearm.",
       "Complete", "National rec", ref=False, upd="Procedure rewritten; audit clean.",
       sub=d(2024, 3, 11)), addressed=CC)
item(2, 5716, "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", BP, "[z]", "in_sync", "open on both sides",
     F("Ensure systems to identify, before attendance, whether an incident involves or is at "
       "the address of a firearm certificate holder are in place and always applied by "
       "dispatchers; officers understand the risk assessment and their power to seize firearms "
       "and certificates.", "Amber", "National rec", ref=False,
       upd="STORM flag for certificate holders live; dispatcher training ongoing."),
     addressed=CC)
item(2, 8377, "stolen", NAT,
     flat(SF_LEADERSHIP_STEM + "\n• " + "\n• ".join(SF_LEADERSHIP_BULLETS)), BP, "[z]",
     "closeable_submit",
     "HMICFRS Being progressed, force split the four parts into four rows, all Complete",
     [F(f"MSHT leadership & governance review ({letter}): {b}", "Complete", "National rec",
        ref=False, upd="Complete – evidence with DCI MSHT.", sub=d(2024, 4, 22))
      for letter, b in zip("abcd", SF_LEADERSHIP_BULLETS)], addressed=ALLF)
item(2, 8378, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence and in order to "
     "safeguard victims better and to identify suspects as early as possible.",
     "Complete", d(2021, 9, 14), "closeable_local",
     "HMICFRS Complete, force Amber; near-copy of force-level NCPI 8933 (open) - pair by report",
     F("Within 6 months, forces should have in place active ISAs with other agencies to "
       "facilitate speedy exchange of intelligence and to safeguard victims better and identify "
       "suspects as early as possible.", "Amber", "National rec",
       upd="MSHT partnership ISA awaiting signature by Border Force."), addressed=ALLF)
item(2, 8379, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.", BP, "[z]",
     "closeable_submit", "HMICFRS Being progressed, force Green",
     F("Ensure all victims carrying out criminal acts under compulsion attributable to slavery "
       "or exploitation get early and continuing consideration of the s45 defence.", "Green",
       "National rec", upd="s45 prompt added to custody and CPS file checklist.",
       sub=d(2024, 2, 5)), addressed=ALLF)
item(2, 8380, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Complete", d(2021, 9, 14),
     "in_sync", "closed on both sides",
     F("Ensure full compliance with the NRM process and the duty to notify the HO of any "
       "individual suspected to be an adult victim of MSHT.", "Complete", "National rec"),
     addressed=ALLF)
item(2, 8381, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and human "
     "trafficking and that sufficient audit capacity is available to the force crime registrar "
     "to provide reassurance that each force is identifying and managing any gaps in its "
     "crime-recording accuracy for these types of offences.", "Complete", d(2021, 9, 14),
     "closeable_local",
     "HMICFRS Complete, force Amber; near-copy of CDI 9712 (closed/Green) - pair by report",
     F("Immediately, forces should take steps to ensure they fully comply with NCRS for "
       "offences identified as MSHT and that sufficient audit capacity is available to the FCR "
       "to identify and manage gaps in crime-recording accuracy for these offences.", "Amber",
       "National rec", upd="FCR audit team recruitment."), addressed=ALLF)
item(2, 8382, "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", BP, "[z]", "in_sync", "open on both sides",
     F("Review use of preventative powers under the Modern Slavery Act 2015 (STPOs/SROs).",
       "Amber", "National rec", upd="2 STPOs obtained this year."), addressed=ALLF)
item(2, 8470, "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", "Complete", X, "conflict",
     "deadline differs: HMICFRS 'By September 2018', force 'By September 2019' (both closed)",
     F("By September 2019, CCs should produce an ambitious plan to improve digitally-enabled "
       "services within their force.", "Complete", "National rec", ref=False,
       upd="Digital Policing Plan 2019 published."), addressed=CC)
item(2, 8542, "legn17", NAT, flat(SAS_MONITORING_2017), BP, "[z]", "in_sync",
     "open on both sides",
     F(SAS_MONITORING_2017, "Amber", "National rec",
       upd="Quarterly disproportionality report to S&S board."), addressed=ALLF)
item(2, 8543, "legn17", NAT,
     flat("Where forces identify disparities through monitoring, they should demonstrate to the "
          "public that they have:\n•carried out research and analysis in an attempt to "
          "understand the reasons for the disparity, and •taken action to reduce the "
          "disparity, where necessary;"), BP, "[z]", "closeable_submit",
     "HMICFRS Being progressed, force Green",
     F("Where disparities are identified, demonstrate to the public research/analysis of the "
       "reasons and action taken to reduce the disparity.", "Green", "National rec",
       upd="Published on force website Aug 24.", sub=d(2024, 8, 30)), addressed=ALLF)
item(2, 8544, "legn17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", BP, "[z]", "in_sync", "open on both sides",
     F("Publish the S&S analysis and actions taken at least annually (from July 2018).",
       "Amber", "National rec"), addressed=ALLF)
item(2, 8545, "legn17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Complete",
     d(2022, 5, 10), "in_sync", "closed on both sides",
     F("By July 2018 and ongoing, ensure all officers who use S&S powers have had and understand "
       "training on unconscious bias and CoP APP on S&S.", "Complete", "National rec"),
     addressed=ALLF)
item(2, 10624, "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.", BP,
     "[z]", "in_sync", "open on both sides",
     F("By July 2022, ensure officers & staff have effective communication skills in line with "
       "the National Policing Guidelines on Conflict Management.", "Amber", "National rec"),
     addressed=ALLF)
item(2, 10625, "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Complete", d(2023, 3, 1), "closeable_local",
     "HMICFRS Complete, force Amber",
     F("By July 2021, ensure communication skills are reinforced through CPD for officers & "
       "staff, and supervisors debrief officers on these skills using BWV footage.", "Amber",
       "National rec", upd="CPD day content agreed; supervisor debrief guidance drafted."),
     addressed=ALLF)
item(2, 10626, "powers", NAT, flat("\n".join(BWV_PARTS)), BP, "[z]", "conflict",
     "missing part: force text has the first two of the three parts (no external scrutiny "
     "panel access to BWV footage); both open",
     F(BWV_PARTS[0] + "\n" + BWV_PARTS[1], "Amber", "National rec",
       upd="BWV compliance 88%; monthly dip-sample by S&S lead."), addressed=ALLF)
item(2, 10627, "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", BP, "[z]", "conflict",
     "reference differs: force records HMICFRS ref 10672, list has 10627 (same text, both open)",
     F("By July 2021, forces should ensure they have effective internal monitoring processes on "
       "the use of force, to help them to identify and understand disproportionate use, explain "
       "the reasons and implement any necessary improvement action.", "Amber", "National rec",
       ref="10672", upd="Use of force panel meets quarterly."), addressed=ALLF)

# ---- Force rows with no HMICFRS item ------------------------------------------------------
EXTRA = [
    # (report key or None, published or None, type, text, rag, ref, upd, why, position key)
    ("sas13", "National rec",
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "Complete", None, None,
     "2013 national recommendation closed by HMICFRS before the release's scope (not listed)"),
    ("austerity", "National rec",
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets.", "Complete", None, None,
     "2014 national recommendation, closed before scope; look-alike of PEEL 2023-25 12911"),
    ("core", "National rec",
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Amber", None,
     "Crime prevention tactics evaluation framework not yet in place.",
     "2014 national recommendation not on the release (closed before scope); force still Amber"),
    ("powers", "National rec",
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.", "N/A", None, "Not for the force – Home Office/NPCC.",
     "addressed to the Home Office and NPCC only; the release excludes such items (Cover)"),
    ("local", "Local action",
     "Local action: Dip-sample 50 domestic abuse crime reports each quarter and report findings "
     "to the Crime Standards Board", "Amber", None, "Q2 dip-sample complete; Q3 in progress.",
     "force's own local action"),
    ("local", "Local action",
     "Force improvement plan: Rewrite the stalking and harassment policy and publish it on the "
     "intranet with a communications plan", "Green", None, "Policy published 01/07/24.",
     "force's own local action"),
    ("local", "Local action",
     "JAC action: Add violence against women and girls measures to the monthly Force "
     "Performance pack", "Amber", None, "Measures agreed; first pack November.",
     "force's own local action (JAC)"),
    ("local", "Local action",
     "Internal audit action: Internal audit of the firearms licensing governance arrangements "
     "(audit plan 2023/24)", "Complete", None, "Reasonable assurance opinion.",
     "internal audit action, not an HMICFRS item"),
]

# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------
# The tracker only started recording the HMICFRS reference with the 2019 CDI inspection; it
# holds it for CDI 2019, the 2021 police powers spotlight and PEEL 2021/22 rows only.
REF_REPORTS = {"cdi19", "powers", "peel21"}

FORCE_TYPE = {COC: "CoC", REC: "Rec", AFI: "AFI", "National recommendation": "National rec"}

PROGRESS_OPEN = [
    "Work undertaken in area but still requires development to complete.",
    "Task & Finish group set up; action plan agreed.",
    "Owner update awaited.",
]
PROGRESS_DONE = ["Completed. Evidence submitted to HMICFRS for closure.",
                 "Ready to move to GREEN status."]


def build() -> None:
    rng = random.Random(SEED)
    OUT.mkdir(parents=True, exist_ok=True)

    # ---------------- HMICFRS workbook ----------------
    wb = Workbook()
    wb.properties.creator = "HMICFRS"
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS
    cover = wb.active
    cover.title = "Cover"
    bold = Font(bold=True)
    big = Font(bold=True, size=14)
    wrap = Alignment(wrap_text=True, vertical="top")
    cover_lines = [
        ("Causes of concern, recommendations and areas for improvement: Lincolnshire Police", big),
        ("Information released under the Freedom of Information Act 2000 (our reference "
         "FOI 2024/0412)", None),
        ("About this release", bold),
        ("This workbook lists the causes of concern, recommendations and areas for improvement "
         "that HMICFRS monitors against Lincolnshire Police, and their status on 30 September "
         "2024. It includes every item that was open at any time on or after 1 April 2020.", None),
        ("Recommendations made in national (thematic) reports and addressed to all forces or to "
         "chief constables are in Table 2. Recommendations addressed only to other bodies, such "
         "as the Home Office, the College of Policing or the National Police Chiefs' Council, "
         "are not included.", None),
        ("Shorthand", bold),
        ("[x] = information not held", None),
        ("[z] = not applicable", None),
        ("Release date", bold),
        ("17 October 2024", None),
        ("Source", bold),
        ("HMICFRS monitoring portal", None),
        ("Contact", bold),
        ("Freedom of Information team, HMICFRS", None),
    ]
    for i, (txt, font) in enumerate(cover_lines, start=1):
        c = cover.cell(row=i, column=1, value=txt)
        if font:
            c.font = font
    cover.column_dimensions["A"].width = 110

    contents = wb.create_sheet("Contents")
    contents["A1"] = "Contents"
    contents["A1"].font = big
    contents["A2"] = "This worksheet contains one table."
    contents.append(["Worksheet name", "Worksheet title"])
    contents_rows = [
        ("Notes", "Notes used in this workbook"),
        ("Table_1", "Table 1: Causes of concern, recommendations and areas for improvement made "
                    "to Lincolnshire Police in force inspection reports, status at 30 September "
                    "2024"),
        ("Table_2", "Table 2: Recommendations made to all forces in national reports, monitored "
                    "against Lincolnshire Police, status at 30 September 2024"),
        ("Table_3", "Table 3: Number of items by type and status, 30 September 2024"),
    ]
    for r in contents_rows:
        contents.append(list(r))
    for c in contents[3]:
        c.font = bold
    contents.column_dimensions["A"].width = 18
    contents.column_dimensions["B"].width = 120

    notes = wb.create_sheet("Notes")
    notes["A1"] = "Notes"
    notes["A1"].font = big
    notes["A2"] = "This worksheet contains one table."
    notes.append(["Note number", "Note text"])
    note_rows = [
        ("note 1", "Status as recorded on the HMICFRS monitoring portal on 30 September 2024."),
        ("note 2", "Awaiting review and Being progressed are open statuses. Complete, Superseded "
                   "and No further action required are closed statuses. Awaiting review means "
                   "the force has provided evidence that HMICFRS has not yet assessed."),
        ("note 3", "Dates of closure before 1 April 2021 were not recorded in a reportable form "
                   "and are shown as [x]."),
        ("note 4", "Where a recommendation has several parts, all parts are shown in one cell. "
                   "Bullet points and line breaks have been removed. HMICFRS monitors each "
                   "recommendation as one item."),
        ("note 5", "Superseded by an area for improvement in the PEEL 2023–25 inspection of "
                   "Lincolnshire Police."),
        ("note 6", "This area for improvement repeats one made in PEEL 2021/22, which was closed "
                   "as superseded."),
        ("note 7", "Recommendations are addressed to forces or chief constables as written in "
                   "the national report."),
        ("note 8", "Superseded by the recommendation on the same subject in Stop and search "
                   "powers 2 (2015)."),
        ("note 9", "Joint inspection with HM Inspectorate of Prisons."),
    ]
    for r in note_rows:
        notes.append(list(r))
    for c in notes[3]:
        c.font = bold
    notes.column_dimensions["A"].width = 14
    notes.column_dimensions["B"].width = 120

    date_fmt = "d mmmm yyyy"

    # Table 1 ----------------------------------------------------------------------------------
    t1 = wb.create_sheet("Table_1")
    t1["A1"] = ("Table 1: Causes of concern, recommendations and areas for improvement made to "
                "Lincolnshire Police in force inspection reports, status at 30 September 2024 "
                "[note 1]")
    t1["A1"].font = big
    t1["A2"] = ("This worksheet contains one table. Some cells refer to notes which can be found "
                "in the Notes worksheet.")
    t1["A3"] = "Source: HMICFRS monitoring portal"
    h1 = ["Reference", "Inspection report", "Publication date", "Type", "Text [note 4]",
          "Status [note 2]", "Date closed [note 3]"]
    t1.append(h1)
    for c in t1[4]:
        c.font = bold
    hrow = {}
    t1_items = sorted([it for it in ITEMS if it["table"] == 1], key=lambda it: it["ref"])
    for it in t1_items:
        title, pub, _ = REPORTS[it["rep"]]
        t1.append([it["ref"], title, pub, it["type"], it["text"], it["status"], it["closed"]])
        r = t1.max_row
        hrow[it["ref"]] = f"Table_1!{r}"
        t1.cell(row=r, column=3).number_format = date_fmt
        if isinstance(it["closed"], dt.datetime):
            t1.cell(row=r, column=7).number_format = date_fmt
        for col in (2, 5):
            t1.cell(row=r, column=col).alignment = wrap
    tab = Table(displayName="Table_1_items", ref=f"A4:G{t1.max_row}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleLight1", showRowStripes=False)
    t1.add_table(tab)
    for col, w in zip("ABCDEFG", (12, 45, 18, 22, 90, 26, 20)):
        t1.column_dimensions[col].width = w

    # Table 2 ----------------------------------------------------------------------------------
    t2 = wb.create_sheet("Table_2")
    t2["A1"] = ("Table 2: Recommendations made to all forces in national reports, monitored "
                "against Lincolnshire Police, status at 30 September 2024 [note 1]")
    t2["A1"].font = big
    t2["A2"] = ("This worksheet contains one table. Some cells refer to notes which can be found "
                "in the Notes worksheet.")
    t2["A3"] = ("Recommendations addressed only to bodies other than forces are not included.")
    t2["A4"] = "Source: HMICFRS monitoring portal"
    h2 = ["Reference", "Recommendation [note 4]", "Addressed to [note 7]", "National report",
          "Published", "Status [note 2]", "Date closed [note 3]"]
    t2.append(h2)
    for c in t2[5]:
        c.font = bold
    t2_items = sorted([it for it in ITEMS if it["table"] == 2],
                      key=lambda it: (REPORTS[it["rep"]][1], it["ref"]))
    for it in t2_items:
        title, pub, _ = REPORTS[it["rep"]]
        t2.append([it["ref"], it["text"], it["addressed"], title, pub, it["status"],
                   it["closed"]])
        r = t2.max_row
        hrow[it["ref"]] = f"Table_2!{r}"
        t2.cell(row=r, column=5).number_format = date_fmt
        if isinstance(it["closed"], dt.datetime):
            t2.cell(row=r, column=7).number_format = date_fmt
        for col in (2, 4):
            t2.cell(row=r, column=col).alignment = wrap
    tab2 = Table(displayName="Table_2_national", ref=f"A5:G{t2.max_row}")
    tab2.tableStyleInfo = TableStyleInfo(name="TableStyleLight1", showRowStripes=False)
    t2.add_table(tab2)
    for col, w in zip("ABCDEFG", (12, 90, 26, 50, 18, 26, 20)):
        t2.column_dimensions[col].width = w

    # Table 3 ----------------------------------------------------------------------------------
    t3 = wb.create_sheet("Table_3")
    t3["A1"] = "Table 3: Number of items by type and status, 30 September 2024 [note 2]"
    t3["A1"].font = big
    t3["A2"] = "This worksheet contains one table."
    t3.append(["Type", "Open", "Closed", "Total"])
    for c in t3[3]:
        c.font = bold

    def is_closed(s: str) -> bool:
        return re.sub(r"\s*\[note \d+\]", "", s) in CLOSED_WORDS

    tot_o = tot_c = 0
    for typ in (COC, REC, AFI, "National recommendation"):
        o = sum(1 for it in ITEMS if it["type"] == typ and not is_closed(it["status"]))
        c_ = sum(1 for it in ITEMS if it["type"] == typ and is_closed(it["status"]))
        tot_o += o
        tot_c += c_
        t3.append([typ, o, c_, o + c_])
    t3.append(["All items", tot_o, tot_c, tot_o + tot_c])
    tab3 = Table(displayName="Table_3_counts", ref=f"A3:D{t3.max_row}")
    tab3.tableStyleInfo = TableStyleInfo(name="TableStyleLight1", showRowStripes=False)
    t3.add_table(tab3)
    t3.column_dimensions["A"].width = 28

    save_fixed(wb, OUT / "hmicfrs.xlsx")

    # ---------------- Force tracker ----------------
    fwb = Workbook()
    fwb.properties.creator = "Strategic Planning & Performance"
    fwb.properties.created = FIXED_TS
    fwb.properties.modified = FIXED_TS
    ws = fwb.active
    ws.title = "Tracker"
    ws["A1"] = "Lincolnshire Police – HMICFRS Recommendations Tracker"
    ws["A1"].font = big
    ws["A2"] = "Owner: Strategic Planning & Performance. Last updated 14/10/2024"
    fh = ["No.", "HMICFRS ref", "Report", "Published", "Type", "Recommendation / AFI", "Lead",
          "RAG", "Progress update", "Date submitted for closure"]
    ws.append([])
    ws.append(fh)
    for c in ws[4]:
        c.font = bold

    # assemble force rows: (sort key, row dict, truth line)
    frows = []
    seq = 0
    for it in ITEMS:
        fs = it["force"]
        if fs is None:
            continue
        fs_list = fs if isinstance(fs, list) else [fs]
        for k, f in enumerate(fs_list):
            seq += 1
            rep_key = f["report"] or it["rep"]
            rep_name = REPORTS[rep_key][2]
            pub = f["published"] or REPORTS[rep_key][1]
            if f["ref"] is True and rep_key in REF_REPORTS:
                ref = str(it["ref"])
            elif f["ref"]:
                ref = f["ref"]
            else:
                ref = None
            ftype = f["ftype"] or FORCE_TYPE[it["type"]]
            upd = f["upd"]
            if upd is None:
                upd = rng.choice(PROGRESS_DONE if f["rag"] in ("Green", "Complete")
                                 else PROGRESS_OPEN + [None])
            frows.append(dict(
                key=(REPORTS[rep_key][1], 0 if it["table"] == 1 else 1, it["ref"], k),
                ref=ref, report=rep_name, pub=pub, type=ftype, text=f["text"],
                lead=rng.choice(LEADS), rag=f["rag"], upd=upd, sub=f["sub"],
                hrow=hrow[it["ref"]], cat=it["cat"], why=it["why"]))
    for n, (rk, ftype, text, rag, ref, upd, why) in enumerate(EXTRA):
        if rk == "local":
            pub = None
            rep_name = "Force improvement plan"
            key = (dt.datetime(2099, 1, 1), 2, n, 0)
        else:
            rep_name = REPORTS[rk][2]
            pub = REPORTS[rk][1]
            key = (pub, 1, -1000 + n, 0)
        frows.append(dict(key=key, ref=ref, report=rep_name, pub=pub, type=ftype, text=text,
                          lead=rng.choice(LEADS), rag=rag, upd=upd, sub=None, hrow="",
                          cat="not_on_hmicfrs_list", why=why))
    frows.sort(key=lambda r: r["key"])

    truth = []
    for i, fr in enumerate(frows, start=1):
        ws.append([i, fr["ref"], fr["report"], fr["pub"], fr["type"], fr["text"], fr["lead"],
                   fr["rag"], fr["upd"], fr["sub"]])
        r = ws.max_row
        if fr["pub"] is not None:
            ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
        if fr["sub"] is not None:
            ws.cell(row=r, column=10).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=6).alignment = wrap
        ws.cell(row=r, column=9).alignment = wrap
        truth.append((fr["hrow"], f"Tracker!{r}", fr["cat"], fr["why"]))
    ws.append([])
    ws.append(["Key:"])
    ws.append(["RED – off track / beyond deadline; AMBER – in progress; GREEN – action complete, "
               "evidence with sign-off lead; COMPLETE – closed by the force; N/A – not for the "
               "force to deliver"])
    for col, w in zip("ABCDEFGHIJ", (6, 12, 26, 12, 12, 80, 26, 10, 50, 16)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    save_fixed(fwb, OUT / "tracker.xlsx")

    for it in ITEMS:
        if it["force"] is None:
            truth.append((hrow[it["ref"]], "", it["cat"], it["why"]))

    def sort_key(t):
        h, f = t[0], t[1]
        if h:
            s, r = h.split("!")
            return (0, s, int(r), int(f.split("!")[1]) if f else 0)
        return (1, "", int(f.split("!")[1]), 0)

    truth.sort(key=sort_key)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh_:
        w = csv.writer(fh_, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)


def save_fixed(wb: Workbook, path: Path) -> None:
    """Save, then rewrite the zip with fixed member timestamps so rebuilds are byte-identical."""
    tmp = path.with_suffix(".tmp")
    wb.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-10-17T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 10, 17, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)
    tmp.unlink()


if __name__ == "__main__":
    build()
