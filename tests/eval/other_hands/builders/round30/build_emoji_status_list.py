"""Build the `emoji_status_list` evaluation case, byte for byte, from a fixed seed.

HMICFRS side: a register export as CSV (hmicfrs.csv, UTF-8 with BOM, header on row 1).
Force side: a Microsoft Lists ("HMICFRS Recommendations" list on the force's Teams/SharePoint
site) exported to Excel and saved as xlsx (sheet `owssvr`, one Excel table, header on row 1),
whose Status column is a choice column with fill-in values, typed with emoji as people do in
Teams.

Texts are real public HMICFRS wording (Open Government Licence), copied from
/work/shared/data/real_recommendations.csv and the casegen text lists. Force rewordings,
titles, progress notes and local actions are written here.

Run: /work/main/.venv/bin/python build_emoji_status_list.py
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
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.table import Table, TableStyleInfo

SEED = 20261206
rng = random.Random(SEED)

HERE = Path(__file__).resolve().parent
CASE = HERE / "emoji_status_list"
FORCE = "Derbyshire Constabulary"
SHEET = "owssvr"
H_FILE = "hmicfrs.csv"

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

# --------------------------------------------------------------------------------------------
# Real texts (copied verbatim from the casegen text lists / real_recommendations.csv)
# --------------------------------------------------------------------------------------------
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
    "scrutiny panels and MARAC self-assessments."
)
EVERYONE_RUN_ON_TAIL = (
    "The action plan should be established on the basis of best practice, based on "
    "revised relevant guidance from the College of Policing. To ensure consistency, the "
    "College and the national policing lead on domestic abuse have agreed to provide "
    "advice on the areas that each plan should cover by the end of April 2014."
)
DIGITAL_FULL = (
    "By September 2018, chief constables should produce an ambitious plan to improve "
    "digitally-enabled services within their force. The Home Office, National Police "
    "Chiefs' Council and Association of Police and Crime Commissioners should "
    "support the development of these plans by establishing a national framework "
    "which allows for the provision of digitally enabled services across force "
    "boundaries."
)
CDI_VICTIMS_BODY = (
    "put in place arrangements to ensure that:\n"
    "• at the point of report, victims are believed;\n"
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;\n"
    "• multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;\n"
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and\n"
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed"
)
MISSING_CHILDREN_BODY = (
    "review its approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)
DETENTION_CHILDREN_BODY = (
    "in conjunction with children’s social care services, review how it manages the detention "
    "of children. As a minimum it should:• ensure that all children are only detained when "
    "absolutely necessary and for the absolute minimum amount of time;• ensure that officers "
    "and staff in the custody suite assess at an early stage a child’s need for alternative "
    "accommodation (secure or otherwise) and work with children’s social care services to "
    "achieve the most appropriate option for the child;• ensure that custody staff make a "
    "record of all actions taken and decisions made on the relevant documentation; and• "
    "improve the timeliness of adequate appropriate adult support for children who are "
    "arrested"
)
CAUSE_DA = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)
CAUSE_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm."
)
COC_SAS_2017 = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of "
    "stop and search powers is consistently reasonable and fair. In particular, "
    "there is over-representation of BAME people, and black people in particular, "
    "in stop and search data which many forces are unable to explain."
)


def afi(body: str) -> str:
    return f"The force should {body}."


# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published, force's own report name in the list)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Domestic abuse - Everyone's business"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", dt.date(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop & search powers 2"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "Firearms licensing 2015"),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Effectiveness 2016"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "eff17f": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9), "PEEL Efficiency 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "leg17f": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), "PEEL Legitimacy 2017"),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 14), "NCPI 2018"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
                 dt.date(2019, 5, 2), "PEEL 2018/19"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 19), "CDI 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
                 dt.date(2022, 5, 20), "PEEL 21-22"),
    "peel2324": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
                 dt.date(2024, 5, 10), "PEEL 2023/24"),
}
REPORT_ORDER = list(REPORTS)

# --------------------------------------------------------------------------------------------
# HMICFRS items.  Each: key, report, type, text, HMICFRS status, and the force's rows.
# A force row spec: dict(status=..., pct=..., text=<variant>, title=..., ...); None = missing.
# --------------------------------------------------------------------------------------------
H_OPEN = ("Awaiting review", "Being progressed")
H_CLOSED = ("Complete", "Superseded", "No further action required")

ITEMS: list[dict] = []


def item(key, report, typ, text, hstatus, rows, cat, why):
    ITEMS.append(dict(key=key, report=report, type=typ, text=text, hstatus=hstatus,
                      rows=rows, cat=cat, why=why))


def fr(status, **kw):
    d = dict(status=status)
    d.update(kw)
    return d


# ---- Stop and search 2013
item("N1", "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "Complete",
     [fr("✅", title="S&S - APP specification of effective & fair use", variant="verbatim")],
     "in_sync", "HMICFRS Complete; force '✅' = done")
item("N2", "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.", "Complete",
     [fr("🟢 Complete", title="S&S - monitoring of officers' use", variant="abbrev")],
     "in_sync", "HMICFRS Complete; force '🟢 Complete' = done")
item("N3", "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.", "Superseded",
     [fr("🟠 In progress", title="S&S - explain use to public / community scrutiny",
         variant="verbatim", update="open")],
     "closeable_local",
     "HMICFRS Superseded; force '🟠 In progress' = open. Near-twin of the 2015 S&S item "
     "(elected local policing bodies vs PCCs): told apart by report")
# ---- Everyone's business
item("EV", "everyone", NAT, EVERYONE_PLAN, "Complete",
     [fr("☑️ Closed", title="DA action plan (Everyone's Business)", variant="runon")],
     "in_sync", "HMICFRS Complete; force '☑️ Closed' = done; force text runs on into the next "
     "paragraph of the report")
# ---- Austerity
item("A1", "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews", "Complete",
     [fr("Complete", title="Review savings plans", variant="verbatim")],
     "in_sync", "HMICFRS Complete; force 'Complete' (word, no symbol) = done")
item("A2", "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", "Complete", None,
     "missing_from_force", "On the HMICFRS list (Complete) but no row in the force's list")
item("A3", "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     "No further action required",
     [fr("⏳", title="Front line workforce reduction - assess", variant="abbrev", update="open")],
     "closeable_local", "HMICFRS No further action required; force '⏳' alone = still waiting = open")
item("A4", "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through joint "
     "working with other forces, the public and/or the private sector.", "Complete",
     [fr("✅", title="Collaboration plans review", variant="verbatim")],
     "in_sync", "HMICFRS Complete; force '✅' = done")
# ---- Core business
item("C1", "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", "Complete",
     [fr("✔ Done", title="THR criteria for call handlers", variant="verbatim")],
     "in_sync", "HMICFRS Complete; force '✔ Done' (no emoji variation selector) = done. "
     "Near-twin of CDI 2019 call-handler item: told apart by report and deadline")
item("C2", "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Being progressed",
     [fr("✅", pct=0, title="Record & evaluate crime prevention activity", variant="verbatim",
         update="done")],
     "closeable_submit", "HMICFRS Being progressed; force '✅' = done (the % complete left at "
     "its default 0% does not undo the tick)")
# ---- Integrity
item("INT", "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
     "in place to ensure that investigations into misconduct by officers and staff resulting in "
     "“no further action” are fair and free of any form of discrimination.", "Being progressed",
     [fr("🟠 In progress", title="Misconduct NFA decisions - fairness", variant="straightquotes",
         update="open")],
     "in_sync", "HMICFRS Being progressed; force '🟠 In progress' = open")
# ---- Stop and search 2
item("SAS15", "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.", "Complete",
     [fr("🟢Complete", title="S&S - explain to public (2015)", variant="verbatim", noref=True)],
     "in_sync", "HMICFRS Complete; force '🟢Complete' (no space) = done. Near-twin of the 2013 "
     "item; the force row names the 2015 report")
# ---- Building the picture
item("PIC", "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.", "Awaiting review",
     [fr("🔵 Submitted to HMICFRS", title="Information management audits - scrutiny",
         variant="stemless", update="submitted")],
     "closeable_submit", "HMICFRS Awaiting review; force '🔵 Submitted to HMICFRS' = force says "
     "done and submitted")
# ---- Firearms licensing
item("F1", "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete",
     [fr("✔️ Done", title="Firearms licensing governance vs APP", variant="verbatim")],
     "in_sync", "HMICFRS Complete; force '✔️ Done' = done")
item("F2", "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "Being progressed",
     [fr("🟠 In progress", title="Firearms licensing demand & capacity", variant="verbatim",
         update="open")],
     "in_sync", "HMICFRS Being progressed; force '🟠 In progress' = open")
item("F3", "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action is "
     "being taken by their force with regard to ‘total expired’ licensing records.",
     "Being progressed",
     [fr("✅", title="Firearms - 'total expired' licence records", variant="blank", noref=True,
         update="done")],
     "closeable_submit", "HMICFRS Being progressed; force '✅' = done. Force row has only a "
     "Title (no text, no reference): matched by report + title")
item("F4", "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in respect "
     "of the use of temporary permits are in accordance with the Home Office guidance; that "
     "temporary permits are properly recorded without delay on the National Firearms Licensing "
     "Management System; and that effective systems exist to ensure certificate holders are not "
     "permitted, at any time, to remain in unlawful possession of a firearm.", "Complete",
     [fr("🔴 Off track", title="Temporary permits - HO guidance / NFLMS", variant="abbrev",
         update="open")],
     "closeable_local", "HMICFRS Complete; force '🔴 Off track' = open")
item("F5", "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", "Being progressed", None,
     "missing_from_force", "On the HMICFRS list (Being progressed), no row in the force's list")
# ---- PEEL effectiveness 2016 (force)
item("E0", "eff16", COC, CAUSE_DA, "Complete",
     [fr("☑️ Closed", title="⚠️ CoC - DA risk assessment (DASH)", variant="verbatim",
         category="Cause of concern")],
     "in_sync", "HMICFRS Complete; force '☑️ Closed' = done. Warning emoji in the Title is not "
     "a status")
item("E1", "eff16", REC,
     "Within three months, the force should take steps to ensure that there is effective "
     "supervision of the initial risk assessment process, specifically in relation to the "
     "completion of DASH risk assessment in appropriate cases.", "Complete",
     [fr("✅", title="DASH - supervision of initial risk assessment", variant="blank")],
     "in_sync", "HMICFRS Complete; force '✅' = done. Force row has Title only (no text) but "
     "carries the reference")
item("E2", "eff16", REC,
     "Immediately, the force should take steps to understand and address the reason behind why "
     "such a high proportion of victims of domestic abuse do not support the police "
     "investigation.", "Complete",
     [fr("⏳ Awaiting evidence", pct=0.9, title="DA victim attrition - understand reasons",
         variant="abbrev", update="evidence")],
     "closeable_local", "HMICFRS Complete; force '⏳ Awaiting evidence' (90%) = not yet done = open")
item("E3", "eff16", REC,
     "Within six months the force should consider ways of increasing the use of arrest, "
     "ancillary orders and other available powers, in order to improve the service it provides "
     "to victims of domestic abuse, offer the best possible protection and bring more "
     "perpetrators to justice.", "Superseded",
     [fr("✅ Complete", title="DA - arrest & ancillary orders", variant="verbatim")],
     "in_sync", "HMICFRS Superseded (closed); force '✅ Complete' = done")
# ---- Stolen freedom
item("S1", "stolen", NAT, SF_LEADERSHIP, "Being progressed", "SPLIT_SF",
     "in_sync", "")
item("S2", "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements with "
     "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
     "victims better and to identify suspects as early as possible", "Being progressed",
     [fr("🔴 Off track", title="MSHT - information sharing agreements", variant="twelve",
         update="open")],
     "conflict", "Timescale differs: HMICFRS 'Within six months', force text 'Within 12 months' "
     "(both open)")
item("S3", "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.", "Complete",
     [fr("☑️ Closed", title="MSHT - s45 defence", variant="verbatim")],
     "in_sync", "HMICFRS Complete; force '☑️ Closed' = done")
item("S4", "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Being progressed",
     [fr("✅", title="MSHT - NRM compliance / duty to notify", variant="abbrev", update="done")],
     "closeable_submit", "HMICFRS Being progressed; force '✅' alone = done")
item("S5", "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and human "
     "trafficking and that sufficient audit capacity is available to the force crime registrar "
     "to provide reassurance that each force is identifying and managing any gaps in its "
     "crime-recording accuracy for these types of offences.", "Awaiting review",
     [fr("⚪ Not started", title="MSHT - NCRS compliance & FCR audit", variant="verbatim",
         update="notstarted")],
     "in_sync", "HMICFRS Awaiting review; force '⚪ Not started' = open")
item("S6", "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).", "Being progressed",
     [fr("🟢 On track", pct=0.5, title="MSHT - investigation & supervision", variant="verbatim",
         update="open")],
     "in_sync", "HMICFRS Being progressed; force '🟢 On track' (50%): green circle but the word "
     "says still under way = open")
item("S7", "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Being progressed", None,
     "missing_from_force", "On the HMICFRS list (Being progressed), no row in the force's list")
# ---- PEEL efficiency 2017 national
item("DIG", "efc17", NAT, DIGITAL_FULL, "Superseded",
     [fr("🟠", title="Digital services plan", variant="firstsentence", update="open")],
     "closeable_local", "HMICFRS Superseded; force '🟠' alone = amber = open")
# ---- PEEL efficiency 2017 (force)
item("Y1", "eff17f", AFI, afi(
    "undertake further work to gain a fuller understanding of current demand for its services, "
    "and likely future changes in demand. This is so it can make best use of its resources by "
    "matching them to demand to meet the needs of the public"), "Complete",
     [fr("Complete", title="Demand - fuller understanding", variant="verbatim")],
     "in_sync", "HMICFRS Complete; force 'Complete' = done")
item("Y2", "eff17f", AFI, afi(
    "develop its understanding of the links between its outcomes, outputs and costs"),
     "Complete",
     [fr("🟠 In progress", pct=0.75, title="Outcomes, outputs & costs", variant="verbatim",
         update="ready")],
     "closeable_local", "HMICFRS Complete; force '🟠 In progress' with note 'Ready to move to "
     "GREEN status' = not yet done = open")
item("Y3", "eff17f", AFI,
     "Derbyshire Constabulary should develop a future workforce plan that is aligned with its "
     "overall demand and budget. The plan should include future resource allocations, the mix "
     "of skills required by the workforce and behaviours expected of them.", "Being progressed",
     [fr("🟢 Complete", title="Future workforce plan", variant="misspell", update="done")],
     "closeable_submit", "HMICFRS Being progressed; force '🟢 Complete' = done")
# ---- PEEL legitimacy 2017 national (S&S)
item("L0", "leg17", COC, COC_SAS_2017, "Being progressed",
     [fr("🟠 In progress", title="⚠️ CoC - S&S reasonable & fair", variant="verbatim",
         category="Cause of concern", update="open")],
     "in_sync", "HMICFRS Being progressed; force '🟠 In progress' = open")
item("L1", "leg17", NAT, SAS_MONITORING_2017, "Being progressed",
     [fr("🟠 In progress", title="S&S data monitoring (disproportionality, find rates)",
         variant="dropbullet", update="open")],
     "conflict", "Force text drops the third bullet (prevalence of possession-only drug "
     "searches); both open")
item("L2", "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where necessary;",
     "Being progressed",
     [fr("✅", title="S&S disparities - research & action", variant="bullets", update="done")],
     "closeable_submit", "HMICFRS Being progressed; force '✅' alone = done")
item("L3", "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Complete",
     [fr("Done", title="Publish S&S analysis annually", variant="verbatim")],
     "in_sync", "HMICFRS Complete; force 'Done' (word alone) = done")
item("L4", "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Being progressed",
     [fr("⏳ Awaiting evidence", pct=0.9, title="S&S - unconscious bias training",
         variant="abbrev", update="evidence")],
     "in_sync", "HMICFRS Being progressed; force '⏳ Awaiting evidence' (90%) = open")
# ---- PEEL legitimacy 2017 (force)
item("G1", "leg17f", AFI, afi(
    "make sure it provides a confidential way for staff to raise concerns and that staff are "
    "aware of whistleblowing processes"), "Complete",
     [fr("✅", title="Whistleblowing - confidential reporting", variant="verbatim",
         badref=True)],
     "conflict", "Same report, type and text, both closed/done, but the force's HMICFRS "
     "reference has two digits transposed (no such reference on the register)")
item("G2", "leg17f", AFI, afi(
    "ensure all staff have received at least the lowest level of vetting clearance for their "
    "roles as quickly as possible, working to clear both the vetting backlog and new vetting "
    "renewals when they become due so that it complies fully with the national vetting "
    "guidelines"), "Being progressed",
     [fr("🔴 Off track", pct=0.25, title="Vetting backlog & renewals", variant="verbatim",
         update="offtrack")],
     "in_sync", "HMICFRS Being progressed; force '🔴 Off track' = open")
# ---- NCPI 2018 (force)
item("K0", "ncpi18", COC, CAUSE_MISSING, "Complete",
     [fr("🟢 Completed", title="⚠️ CoC - missing & absent children", variant="straightquotes",
         category="Cause of concern")],
     "in_sync", "HMICFRS Complete; force '🟢 Completed' = done")
item("K1", "ncpi18", REC,
     "To address this cause of concern, HMIC recommends the force should immediately "
     + MISSING_CHILDREN_BODY + ".", "Being progressed",
     [fr("🟢 Complete", title="Missing children - call takers, CSE risk, supervision",
         variant="stemless", update="done")],
     "closeable_submit", "HMICFRS Being progressed; force '🟢 Complete' = done")
item("K2", "ncpi18", REC,
     "Within six months Derbyshire Constabulary should " + DETENTION_CHILDREN_BODY + ".",
     "Complete",
     [fr("☑ Closed", title="Detention of children in custody", variant="verbatim")],
     "in_sync", "HMICFRS Complete; force '☑ Closed' (no variation selector) = done")
# ---- PEEL 2018/19 (force)
item("Q1", "peel1819", AFI, afi(
    "improve its use of its crime-recording and management system to better manage its case "
    "files and investigative processes"), "Being progressed",
     [fr("🔴", title="Crime recording system - case file management", variant="verbatim",
         update="offtrack")],
     "in_sync", "HMICFRS Being progressed; force '🔴' alone = red = open")
item("Q2", "peel1819", AFI, afi(
    "improve the supervision of investigations, so that investigation plans are set, reviewed "
    "and recorded and victims receive a consistently good service"), "Being progressed",
     [fr("🔵 Submitted to HMICFRS", title="Supervision of investigations", variant="misspell",
         update="submitted")],
     "closeable_submit", "HMICFRS Being progressed; force '🔵 Submitted to HMICFRS' = done")
item("Q3", "peel1819", AFI, afi(
    "ensure that it has sufficient resources available in the control room to fulfil its "
    "resourcing model, and so to meet its demand, while also taking into account the wellbeing "
    "of its workforce"), "Being progressed",
     [fr("In progress", title="Control room resourcing & wellbeing", variant="verbatim",
         update="open")],
     "in_sync", "HMICFRS Being progressed; force 'In progress' (word alone) = open")
item("Q4", "peel1819", AFI, afi(
    "make sure it has access to accurate data and analysis to support effective performance "
    "management"), "Complete",
     [fr("⏳", title="Performance data & analysis", variant="verbatim", update="evidence")],
     "closeable_local", "HMICFRS Complete; force '⏳' alone = waiting = open")
# ---- CDI 2019 (force)
item("D1", "cdi19", REC,
     "Within six months the force should " + CDI_VICTIMS_BODY + ".", "Being progressed",
     [fr("⏳ Awaiting evidence", pct=0.8, title="CDI - victims believed, incident logs, "
         "multiple crimes", variant="bullets", update="evidence")],
     "in_sync", "HMICFRS Being progressed; force '⏳ Awaiting evidence' = open")
item("D2", "cdi19", REC,
     "Within three months, the force should revise its approach to cautions, cannabis warning "
     "and penalty notices for disorder to ensure that there is a clear and auditable explanation "
     "to the offender of the implications of receiving the warning and that, for victim-based "
     "crimes, there is a clear and auditable record that views of the victim are considered "
     "prior to their issue.", "Awaiting review",
     [fr("✔️ Done", title="Out of court disposals - auditable records", variant="verbatim",
         update="done")],
     "closeable_submit", "HMICFRS Awaiting review; force '✔️ Done' = done")
item("D3", "cdi19", REC,
     "Immediately, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Being progressed",
     [fr("🟠 In progress", title="Call handlers - THR criteria (CDI)", variant="verbatim",
         update="open")],
     "in_sync", "HMICFRS Being progressed; force '🟠 In progress' = open. Near-twin of the "
     "Core Business 2014 item")
# ---- Police powers spotlight 2021
item("P1", "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed",
     [fr("🟢 Complete", title="Communication skills (conflict management)", variant="verbatim",
         update="done")],
     "closeable_submit", "HMICFRS Being progressed; force '🟢 Complete' = done")
item("P2", "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Being progressed",
     [fr("🔴 Off track", pct=0.4, title="CPD - communication skills & BWV debriefs",
         variant="abbrev", update="offtrack")],
     "in_sync", "HMICFRS Being progressed; force '🔴 Off track' = open")
item("P3", "powers", NAT, BWV_2021, "Being progressed", "SPLIT_BWV", "closeable_submit", "")
item("P5", "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Complete",
     [fr("🟠 In progress", title="Use of force - internal monitoring", variant="verbatim",
         update="open")],
     "closeable_local", "HMICFRS Complete; force '🟠 In progress' = open")
# ---- PEEL 2021/22 (force)
item("T1", "peel2122", AFI, afi(
    "improve its understanding of the nature and scale of county lines drug dealing in its "
    "area"), "Being progressed",
     [fr("🟠 In progress", title="County lines - nature & scale", variant="verbatim",
         update="open")],
     "in_sync", "HMICFRS Being progressed; force '🟠 In progress' = open")
item("T2", "peel2122", AFI, afi(
    "make sure investigations of rape and serious sexual offences are allocated to officers "
    "with the right skills and are effectively supervised"), "Being progressed",
     [fr("⏳ Awaiting evidence", pct=0.6, title="RASSO investigations - allocation & "
         "supervision", variant="verbatim", category="Recommendation", update="evidence")],
     "conflict", "Type differs: HMICFRS Area for improvement, force Category 'Recommendation' "
     "(both open)")
item("T3", "peel2122", AFI, afi(
    "improve how it works with partner organisations to safeguard people at risk from child "
    "sexual exploitation"), "Complete",
     [fr("Complete ✅", title="CSE - partnership safeguarding", variant="abbrev")],
     "in_sync", "HMICFRS Complete; force 'Complete ✅' (emoji after the word) = done")
item("T4", "peel2122", AFI, afi(
    "make sure officers and staff have the training they need to identify and respond to "
    "stalking and harassment"), "Being progressed",
     [fr("✅", pct=0, title="Stalking & harassment training", variant="verbatim",
         update="done")],
     "closeable_submit", "HMICFRS Being progressed; force '✅' = done; % complete left at 0%")
item("T5", "peel2122", AFI, afi(
    "make sure victims of domestic abuse are kept informed about the progress of their case, "
    "in line with the Code of Practice for Victims of Crime"), "Being progressed", None,
     "missing_from_force", "On the HMICFRS list (Being progressed), no row in the force's list")
item("T6", "peel2122", AFI, afi(
    "improve the timeliness of its response to calls for service involving people with mental "
    "ill health"), "Awaiting review",
     [fr("⚪ Not started", title="Mental health calls - timeliness", variant="verbatim",
         update="notstarted")],
     "in_sync", "HMICFRS Awaiting review; force '⚪ Not started' = open")
item("T7", "peel2122", AFI, afi(
    "make sure it records reports of hate crime accurately and without delay"), "Complete",
     [fr("🟡 At risk", pct=0.5, title="Hate crime recording", variant="verbatim",
         update="open")],
     "closeable_local", "HMICFRS Complete; force '🟡 At risk' = open")
item("T8", "peel2122", AFI, afi(
    "improve the way it manages the risk posed by offenders involved in serious and organised "
    "crime"), "Being progressed",
     [fr("☐ Not started", title="SOC offender management", variant="verbatim",
         update="notstarted")],
     "in_sync", "HMICFRS Being progressed; force '☐ Not started' (empty box, not ☑) = open")
# ---- PEEL 2023/24 (force)
item("V1", "peel2324", AFI, afi(
    "make sure its analysis of violence against women and girls informs its strategic "
    "assessment and control strategy"), "Awaiting review",
     [fr("⚪ Not started", title="VAWG analysis -> strategic assessment", variant="verbatim",
         update="notstarted")],
     "in_sync", "HMICFRS Awaiting review; force '⚪ Not started' = open")
item("V2", "peel2324", AFI, afi(
    "make sure it has enough specialist capacity and capability to investigate online child "
    "sexual abuse"), "Awaiting review",
     [fr("🟠 In progress", title="OCSA specialist capacity", variant="verbatim", update="open")],
     "in_sync", "HMICFRS Awaiting review; force '🟠 In progress' = open")
item("V3", "peel2324", AFI, afi(
    "develop a problem-solving approach to anti-social behaviour, working with local "
    "communities and partners"), "Awaiting review",
     [fr("", pct=1.0, title="ASB problem solving", variant="verbatim", update="blankdone")],
     "closeable_submit", "HMICFRS Awaiting review; force Status left blank but 100% complete and "
     "the update says complete with evidence uploaded = done")
item("V4", "peel2324", AFI, afi(
    "make sure its performance framework gives senior leaders a clear picture of its response "
    "to knife crime"), "Awaiting review", None,
     "missing_from_force", "On the HMICFRS list (Awaiting review), no row in the force's list")
item("V5", "peel2324", AFI, afi(
    "improve how it gathers, assesses and acts on intelligence about economic crime"),
     "Awaiting review",
     [fr("🟡 At risk", pct=0.2, title="Economic crime intelligence", variant="verbatim",
         update="open")],
     "in_sync", "HMICFRS Awaiting review; force '🟡 At risk' = open")

# ---- Splits: one HMICFRS item, several force rows
SPLIT_SF = [
    ("MSHT leadership (1/4) - senior leaders prioritise",
     "Within 12 months review leadership & governance for MSHT to ensure senior leaders "
     "prioritise the response to modern slavery and human trafficking", "✅", 1.0),
    ("MSHT leadership (2/4) - resourcing of every incident",
     "Within 12 months review leadership & governance for MSHT to ensure every incident of "
     "modern slavery identified to police is allocated appropriate resources with the skills, "
     "experience and capacity to investigate it effectively", "🟠 In progress", 0.5),
    ("MSHT leadership (3/4) - partnership arrangements",
     "Within 12 months review leadership & governance for MSHT to ensure the force develops "
     "effective partnership arrangements to co-ordinate activity in order to share information "
     "and safeguard victims", "🟢 Complete", 1.0),
    ("MSHT leadership (4/4) - performance & QA",
     "Within 12 months review leadership & governance for MSHT to ensure performance and "
     "quality assurance measures are in place to allow senior leaders to assess the nature and "
     "quality of the service provided to victims", "⏳ Awaiting evidence", 0.8),
]
SPLIT_BWV = [
    ("BWV (a) - record entire S&S encounters",
     "By September 2021, forces should: ensure that officers record on body-worn video (when "
     "this is available) the entirety of all stop and search encounters, including traffic "
     "stops and use of force incidents.", "✅", 1.0),
    ("BWV (b) - internal review of footage",
     "have a structured process for regularly reviewing and monitoring internally a sufficient "
     "sample of body-worn video footage to identify and disseminate learning and hold officers "
     "to account when behaviour falls below acceptable standards.", "🟢 Complete", 1.0),
    ("BWV (c) - scrutiny panel access to footage",
     "provide external scrutiny panel members with access to samples of body-worn video footage "
     "showing stop and search encounters and use of force incidents, taking account of the "
     "safeguards in the College of Policing's Authorised Professional Practice.", "☑️ Closed",
     None),
]

# ---- Force-only rows (not on the HMICFRS list)
FORCE_ONLY = [
    dict(key="X_HO", report="powers", category="Recommendation",
         title="Use of force data quality (HO / NPCC)", status="🚫 N/A - Home Office / NPCC",
         text="The Home Office and the NPCC should take steps to ensure that the quality of the "
              "data collected on the number of incidents where force has been used to effect a "
              "stop and search is sufficient for publication. The Home Office should publish "
              "this data as soon as possible.", pct=None,
         update="Not the force's responsibility to deliver; dependent upon another organisation.",
         why="Real national recommendation but addressed to the Home Office and NPCC; not on "
             "the force's HMICFRS list. Force marks it N/A (done)"),
    dict(key="X_F15", report="PEEL Effectiveness 2015", category="AFI",
         title="Fraud - nature & scale", status="☑️ Closed",
         text="The force should improve its understanding of the nature and scale of fraud in "
              "its area.", pct=1.0,
         update="Closed at Organisational Learning Board, March 2017.",
         why="AFI from a 2015 report the register no longer lists; force has it closed"),
    dict(key="X_L1", report=None, category="Local action",
         title="Local action: burglary dip-sample",
         text="Dip-sample 50 residential burglary crime reports each quarter and report findings "
              "to the Crime Standards Board", status="🟠 In progress", pct=0.5,
         update="Q1 and Q2 dip-samples complete; Q3 due end of December.",
         why="Force's own local action; not an HMICFRS item"),
    dict(key="X_L2", report="peel2324", category="Local action",
         title="Rural crime problem profile refresh",
         text="Refresh the rural crime problem profile and add it to the control strategy",
         status="⚪ Not started", pct=0, update=None,
         why="Force's own local action filed under a real report; not an HMICFRS item"),
    dict(key="X_L3", report=None, category="Local action",
         title="JAC action: counter-corruption governance audit",
         text="Internal audit of the counter-corruption governance arrangements (audit plan "
              "2023/24)", status="✅", pct=1.0,
         update="Audit report received; substantial assurance.",
         why="Force's own (internal audit) action; not an HMICFRS item"),
    dict(key="X_L4", report="peel2122", category="Local action",
         title="Road harm measures in performance pack",
         text="Add road harm measures to the monthly Force Performance pack",
         status="🟢 Complete", pct=1.0, update=None,
         why="Force's own local action filed under a real report; not an HMICFRS item"),
    dict(key="X_L5", report=None, category="Local action",
         title="Force improvement plan: HBA SPOCs",
         text="Appoint a single point of contact for honour-based abuse in each local policing "
              "area", status="⏳", pct=0, update=None,
         why="Force's own local action; not an HMICFRS item"),
]

# --------------------------------------------------------------------------------------------
# Force furniture
# --------------------------------------------------------------------------------------------
PEOPLE = ["Mark Ellis", "Priya Shah", "Joanne Whitworth", "Gareth Pryce", "Sunita Kaur",
          "Tom Hadley", "Rachel Brennan", "Imran Qureshi", "Claire Ashworth", "Neil Fairbrother",
          "Kate Morley", "David Okafor"]
CREATORS_MIGRATION = "Hannah Clarke"          # moved the old Excel tracker into Lists, 2020
CREATORS_LATER = ["Hannah Clarke", "Liam Doyle", "Hannah Clarke", "Sophie Marsh"]
PATH = "sites/DerbyshireOrgLearning/Lists/HMICFRS Recommendations"

UPDATES = {
    "open": ["Work undertaken in area but still requires development to complete.",
             "Task & Finish group set up; terms of reference agreed.",
             "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
             "Policy rewrite in draft; consultation with staff associations under way.",
             None],
    "offtrack": ["Little work yet undertaken in this area. Unlikely to reach deadlines.",
                 "Lead officer changed; plan being re-baselined.",
                 "Dependent on new IT system go-live, now slipped."],
    "done": ["Completed. Evidence submitted to HMICFRS for closure.",
             "Signed off at Organisational Learning Board.",
             "Policy published and training delivered; evidence pack saved in the Evidence "
             "library.", None],
    "submitted": ["Evidence pack sent to HMICFRS force liaison lead for closure."],
    "evidence": ["Lead reports work complete; evidence not yet received by the OL team.",
                 "Chasing evidence from department before this can go to sign off."],
    "notstarted": ["Awaiting allocation.", None],
    "ready": ["Ready to move to GREEN status."],
    "blankdone": ["Complete - closure evidence uploaded to the Evidence library. Status to "
                  "be updated."],
}

ABBREV = [
    (r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"), (r"Chief Constables", "CCs"), (r"chief constables", "CCs"),
    (r"Home Office", "HO"), (r"Authorised Professional Practice", "APP"),
    (r"body-worn video", "BWV"), (r"continuing professional development", "CPD"),
    (r"officers and staff", "officers & staff"), (r"child sexual exploitation", "CSE"),
    (r"College of Policing", "CoP"),
]
MISSPELL = {"supervision": "supervison", "investigations": "investigatons",
            "required": "requried", "receive": "recieve", "workforce": "work force"}


def force_text(h_text: str, variant: str) -> str | None:
    t = h_text
    if variant == "blank":
        return None
    if variant == "verbatim":
        return t
    if variant == "straightquotes":
        return (t.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"'))
    if variant == "abbrev":
        for pat, rep in ABBREV:
            t = re.sub(pat, rep, t)
        return t
    if variant == "misspell":
        for a, b in MISSPELL.items():
            t = t.replace(a, b)
        return t
    if variant == "stemless":
        t = re.sub(r"^(To address this cause of concern, HMIC recommends the force should "
                   r"immediately |By 30 November 2015, chief constables should )", "", t)
        return t[0].upper() + t[1:]
    if variant == "runon":
        return t.replace("; and 20\n", "; and\n") + "\n\n" + EVERYONE_RUN_ON_TAIL
    if variant == "firstsentence":
        return t.split(". ")[0] + "."
    if variant == "bullets":
        return t.replace("•", "- ").replace("-  ", "- ")
    if variant == "twelve":
        t = t.replace("Within six months", "Within 12 months").replace(" 86 ", " ")
        return t.replace("information-sharing agreements", "ISAs") + "."
    if variant == "dropbullet":
        cut = t.index("; and •the prevalence")
        return t[:cut] + "."
    raise ValueError(variant)


def due_for(text: str, pub: dt.date) -> dt.date | None:
    m = re.search(r"\b(By|Not later than) (\d{1,2} )?(January|February|March|April|May|June|"
                  r"July|August|September|October|November|December) (\d{4})", text)
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    if m:
        mon = months.index(m.group(3)) + 1
        y = int(m.group(4))
        d = int(m.group(2)) if m.group(2) else 28
        return dt.date(y, mon, d)
    for word, n in (("three", 3), ("six", 6), ("twelve", 12), ("12", 12)):
        if re.search(rf"[Ww]ithin {word} months", text):
            mm = pub.month + n
            return dt.date(pub.year + (mm - 1) // 12, (mm - 1) % 12 + 1, 28)
    if text.startswith("Immediately"):
        mm = pub.month + 1
        return dt.date(pub.year + (mm - 1) // 12, (mm - 1) % 12 + 1, 28)
    return None


# --------------------------------------------------------------------------------------------
# Build HMICFRS register rows (sorted by publication then reference)
# --------------------------------------------------------------------------------------------
def build():
    CASE.mkdir(parents=True, exist_ok=True)
    by_report: dict[str, list[dict]] = {k: [] for k in REPORT_ORDER}
    for it in ITEMS:
        by_report[it["report"]].append(it)
    ref = 1180
    h_rows = []
    for rk in sorted(REPORT_ORDER, key=lambda k: (REPORTS[k][1], REPORT_ORDER.index(k))):
        ref += rng.randint(180, 700)
        for it in by_report[rk]:
            ref += rng.randint(1, 4)
            it["ref"] = ref
            h_rows.append(it)
    refs = {it["ref"] for it in ITEMS}
    # status dates
    today = dt.date(2024, 11, 18)
    for it in h_rows:
        pub = REPORTS[it["report"]][1]
        if it["hstatus"] in H_CLOSED:
            span = (today - pub).days
            it["hdate"] = pub + dt.timedelta(days=rng.randint(min(200, span - 1), span - 20))
        elif it["hstatus"] == "Awaiting review":
            it["hdate"] = pub + dt.timedelta(days=rng.randint(1, 20))
        else:
            it["hdate"] = pub + dt.timedelta(days=rng.randint(60, 400))
            if it["hdate"] > today:
                it["hdate"] = today - dt.timedelta(days=rng.randint(5, 60))
    # csv
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Reference", "Force", "Report", "Date published", "Type", "Recommendation",
                "Status", "Status date"])
    for i, it in enumerate(h_rows):
        it["hrow"] = f"{H_FILE}!{i + 2}"
        w.writerow([it["ref"], FORCE, REPORTS[it["report"]][0],
                    REPORTS[it["report"]][1].strftime("%d/%m/%Y"), it["type"], it["text"],
                    it["hstatus"], it["hdate"].strftime("%d/%m/%Y")])
    (CASE / H_FILE).write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))

    # ----------------------------------------------------------------------------------------
    # Force rows, in the order they were created in the list
    # ----------------------------------------------------------------------------------------
    frows: list[dict] = []
    late: list[dict] = []

    def person():
        r = rng.random()
        if r < 0.1:
            return None
        if r < 0.25:
            a, b = rng.sample(PEOPLE, 2)
            return f"{a}; {b}"
        return rng.choice(PEOPLE)

    def category_for(typ):
        return {NAT: "Recommendation", REC: "Recommendation", AFI: "AFI",
                COC: "Cause of concern"}[typ]

    def ref_text(r):
        return f"#{r}" if rng.random() < 0.08 else str(r)

    for it in h_rows:
        pub = REPORTS[it["report"]][1]
        fname = REPORTS[it["report"]][2]
        if it["rows"] is None:
            continue
        if it["rows"] == "SPLIT_SF":
            for j, (title, text, st, pct) in enumerate(SPLIT_SF):
                frows.append(dict(title=title, text=text, report=fname, category="Recommendation",
                                  ref=str(it["ref"]), status=st, pct=pct,
                                  due=dt.date(2018, 10, 31), update=None, pub=pub,
                                  h=it, cat="in_sync",
                                  why=f"Bullet {j + 1} of 4 split into its own row; force status "
                                      f"'{st}'. Bullets 2 and 4 still open, so the item is open "
                                      f"on both sides"))
            continue
        if it["rows"] == "SPLIT_BWV":
            for j, (title, text, st, pct) in enumerate(SPLIT_BWV):
                row = dict(title=title, text=text, report=fname, category="Recommendation",
                           ref=str(it["ref"]) if j < 2 else "", status=st, pct=pct,
                           due=dt.date(2021, 9, 30),
                           update="Completed. Evidence submitted to HMICFRS for closure."
                           if j == 0 else None, pub=pub, h=it, cat="closeable_submit",
                           why=f"Part ({'abc'[j]}) of 3 split into its own row; force status "
                               f"'{st}' = done. All three parts done, HMICFRS Being progressed")
                if j == 2:
                    row["why"] += "; this part added later (high ID, no reference)"
                    late.append(row)
                else:
                    frows.append(row)
            continue
        (spec,) = it["rows"]
        text = force_text(it["text"], spec["variant"])
        if spec.get("noref") or rng.random() < 0.3 and it["report"] not in ("eff16",):
            r = ""
        else:
            r = ref_text(it["ref"])
        if spec.get("badref"):
            s = str(it["ref"])
            bad = s[:-2] + s[-1] + s[-2]
            assert int(bad) not in refs and bad != s
            r = bad
        if it["report"] == "peel2324":
            r = ""  # references for the newest report not yet keyed in
        if it["key"] == "E1":
            r = str(it["ref"])
        st = spec["status"]
        pct = spec.get("pct", "auto")
        done_words = ("✅", "🟢 Complete", "🟢Complete", "🟢 Completed", "☑️ Closed", "☑ Closed",
                      "Complete", "Done", "✔ Done", "✔️ Done", "🔵 Submitted to HMICFRS",
                      "Complete ✅", "✅ Complete")
        if pct == "auto":
            if st in done_words:
                pct = rng.choice([1.0, 1.0, 1.0, None])
            elif "Not started" in st:
                pct = rng.choice([0, 0, None])
            else:
                pct = rng.choice([0, 0.25, 0.5, 0.6, 0.75])
        upd_key = spec.get("update")
        upd = rng.choice(UPDATES[upd_key]) if upd_key else None
        due = due_for(it["text"], pub)
        if due is None and rng.random() < 0.6:
            due = pub + dt.timedelta(days=rng.choice([183, 274, 365]))
        frows.append(dict(title=spec["title"], text=text, report=fname,
                          category=spec.get("category", category_for(it["type"])), ref=r,
                          status=st, pct=pct, due=due, update=upd, pub=pub, h=it, cat=it["cat"],
                          why=it["why"]))

    # force-only rows: placed by report where they have one, local actions late
    for fo in FORCE_ONLY:
        rep = fo["report"]
        fname = REPORTS[rep][2] if rep in REPORTS else rep
        pub = REPORTS[rep][1] if rep in REPORTS else dt.date(2023, 6, 1)
        row = dict(title=fo["title"], text=fo["text"], report=fname, category=fo["category"],
                   ref="", status=fo["status"], pct=fo["pct"], due=None, update=fo["update"],
                   pub=pub, h=None, cat="not_on_hmicfrs_list", why=fo["why"])
        if fo["key"] == "X_F15":
            row["pub"] = dt.date(2016, 2, 18)
            frows.insert(0, row)
        elif fo["key"] == "X_HO":
            idx = max(i for i, r in enumerate(frows) if r["report"] == fname)
            frows.insert(idx + 1, row)
        else:
            if fo["key"] in ("X_L3", "X_L5"):
                row["due"] = dt.date(2024, 3, 31)
            late.append(row)

    # creation order: migration (everything published before 2020, in report order), then the
    # rest by publication, then late additions
    frows.sort(key=lambda r: r["pub"])
    ordered = frows + late
    # assign IDs with gaps (deleted items), creation dates and Created By
    nid = 0
    migration = dt.datetime(2020, 6, 3, 9, 12)
    for r in ordered:
        nid += 1 + (1 if rng.random() < 0.12 else 0)
        r["id"] = nid
        if r["pub"] < dt.date(2020, 1, 1) and r not in late:
            created = migration + dt.timedelta(minutes=nid * 2 + rng.randint(0, 1))
            r["created_by"] = CREATORS_MIGRATION
        else:
            base = dt.datetime.combine(r["pub"], dt.time(10, 0)) + dt.timedelta(days=40)
            if r in late:
                base = dt.datetime(2024, 7, 1, 10) + dt.timedelta(days=rng.randint(0, 100))
            created = base + dt.timedelta(minutes=rng.randint(0, 420))
            r["created_by"] = rng.choice(CREATORS_LATER)
        r["created"] = created
        mday = created.date() + dt.timedelta(days=rng.randint(1, 1400))
        if mday > dt.date(2024, 11, 15):
            mday = dt.date(2024, 11, 15) - dt.timedelta(days=rng.randint(0, 90))
        if mday <= created.date():
            mday = created.date() + dt.timedelta(days=1)
        while mday.weekday() >= 5:          # edits made on working days
            mday -= dt.timedelta(days=1)
        if mday <= created.date():
            mday = created.date()
        mod = dt.datetime.combine(mday, dt.time(8, 0)) + dt.timedelta(
            minutes=rng.randint(0, 580))
        if mod < created:
            mod = created + dt.timedelta(minutes=rng.randint(3, 40))
        r["modified"] = mod.replace(second=0, microsecond=0)
        r["assigned"] = person()

    # ----------------------------------------------------------------------------------------
    # Workbook: sheet owssvr, one table, Lists export columns + Item Type + Path
    # ----------------------------------------------------------------------------------------
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    headers = ["ID", "Title", "Recommendation text", "Report", "Category", "HMICFRS reference",
               "Assigned to", "Status", "% complete", "Due date", "Latest update", "Modified",
               "Created By", "Item Type", "Path"]
    ws.append(headers)
    for c in ws[1]:
        c.font = Font(bold=True)
    for i, r in enumerate(ordered):
        excel_row = i + 2
        r["frow"] = f"{SHEET}!{excel_row}"
        ws.append([r["id"], r["title"], r["text"], r["report"], r["category"],
                   r["ref"] or None, r["assigned"], r["status"] or None, r["pct"], r["due"],
                   r["update"], r["modified"], r["created_by"], "Item", PATH])
        ws.cell(excel_row, 9).number_format = "0%"
        ws.cell(excel_row, 10).number_format = "dd/mm/yyyy"
        ws.cell(excel_row, 12).number_format = "dd/mm/yyyy hh:mm"
        for col in (2, 3, 11):
            ws.cell(excel_row, col).alignment = Alignment(wrap_text=True, vertical="top")
    last = len(ordered) + 1
    tab = Table(displayName="Table_owssvr", ref=f"A1:O{last}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(tab)
    widths = [6, 34, 70, 30, 16, 12, 26, 24, 10, 12, 40, 17, 16, 9, 50]
    for i, wdt in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = wdt
    ws.freeze_panes = "C2"
    fixed = dt.datetime(2024, 11, 18, 8, 30)
    wb.properties.creator = "Hannah Clarke"
    wb.properties.created = fixed
    out = io.BytesIO()
    wb.save(out)
    (CASE / "tracker.xlsx").write_bytes(deterministic_zip(out.getvalue(), fixed))

    # ----------------------------------------------------------------------------------------
    # truth.csv
    # ----------------------------------------------------------------------------------------
    lines = []
    for it in h_rows:
        mine = [r for r in ordered if r["h"] is it]
        if not mine:
            lines.append((it["hrow"], "", it["cat"], it["why"], 0))
        for r in mine:
            lines.append((it["hrow"], r["frow"], r["cat"], r["why"], 0))
    for r in ordered:
        if r["h"] is None:
            lines.append(("", r["frow"], r["cat"], r["why"], 1))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for a, b, c, d, _ in lines:
        w.writerow([a, b, c, d])
    (CASE / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
    return h_rows, ordered, lines


def deterministic_zip(data: bytes, fixed: dt.datetime) -> bytes:
    """Rewrite an xlsx with fixed timestamps so the build is byte for byte repeatable."""
    stamp = fixed.strftime("%Y-%m-%dT%H:%M:%SZ")
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(),
                              body)
                body = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(),
                              body)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 18, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            dst.writestr(zi, body)
    return out.getvalue()


if __name__ == "__main__":
    h_rows, ordered, lines = build()
    from collections import Counter
    print(len(h_rows), "HMICFRS items;", len(ordered), "force rows;", len(lines), "truth lines")
    print(Counter(l[2] for l in lines))
