"""Build the `print_report_export` evaluation case (round 28).

Force side: a report "exported to Excel" from a risk/action management system (JCAD-style):
title block, column headings repeated at the top of each printed page, a footer line per page,
merged group-heading rows per inspection with an action count, a description field spanning two
merged grid columns, wrapped long texts, dates as text ("14-Mar-2023"), one description that
overflows across a page break onto a fragment row.

HMICFRS side: a register export (xlsx, one sheet, header in row 1).

Run:  /work/main/.venv/bin/python build_print_report_export.py
Rebuilds the case byte for byte (fixed seed, fixed workbook timestamps, fixed zip entry times).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import random
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

SEED = 20261206
CASE = "print_report_export"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE

FORCE = "Lincolnshire Police"
RUN_DT = dt.datetime(2024, 11, 14, 8, 42)
RUN_TXT = "14-Nov-2024 08:42"
RUN_BY = "SMITHJ2"

rng = random.Random(SEED)


def dtxt(d: dt.date | None) -> str | None:
    """Date as the report engine prints it: 14-Mar-2023."""
    return None if d is None else d.strftime("%d-%b-%Y")


# --------------------------------------------------------------------------------------------
# Real HMICFRS texts (Open Government Licence), copied from the casegen text lists and
# /work/shared/data/real_recommendations.csv.
# --------------------------------------------------------------------------------------------
NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

SF_LEADERSHIP_STEM = ("Within twelve months, forces should review their leadership and governance "
                      "arrangements for modern slavery and human trafficking, to ensure that:")
SF_LEADERSHIP_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to assess "
    "the nature and quality of the service provided to victims.",
]
SF_LEADERSHIP = SF_LEADERSHIP_STEM + "\n" + "\n".join("• " + b for b in SF_LEADERSHIP_BULLETS)

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
BWV_2021 = "\n".join(BWV_PARTS)
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
EVERYONE_PLAN_RUN_ON = EVERYONE_PLAN + (
    "The action plan should be established on the basis of best practice, based on "
    "revised relevant guidance from the College of Policing. To ensure consistency, the "
    "College and the national policing lead on domestic abuse have agreed to provide "
    "advice on the areas that each plan should cover by the end of April 2014.\n\nChief "
    "officers in each police force should oversee and ensure full implementation of "
    "these action plans. This should be a personal responsibility in each case. Police "
    "and crime commissioners should hold forces to account in this respect. HMIC will "
    "inspect forces' progress on domestic abuse as part of its new annual all-force "
    "inspection programme. Police and crime commissioners and chief constables should be "
    "called upon to report publicly on progress, as well as to the national oversight "
    "and monitoring group."
)
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

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, force's inspection name in the system)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop and Search 2013 (HMIC)"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Domestic Abuse - Everyone's Business (2014)"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity (2014)"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core Business (HMIC 2014)"),
    "cdi14": (None, dt.date(2014, 11, 18), "Crime Data Integrity 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  "Integrity Matters (2015)"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop and Search 2 (2015)"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture - Information Management (2015)"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "Firearms Licensing - Targeting the Risk (2015)"),
    "peel16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Effectiveness 2016"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 2017 - national"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legitimacy 2017 - national (stop and search)"),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 19),
               "National Child Protection Inspection 2018"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", dt.date(2019, 5, 2),
               "PEEL 2018/19"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 24),
              "Crime Data Integrity 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
               "of force", dt.date(2021, 2, 26), "Disproportionate Use of Police Powers (Feb 2021)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 5, 20),
               "PEEL 2021/22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25", dt.date(2024, 6, 27),
               "PEEL 2023-25"),
    "fip": (None, None, "Force Improvement Plan - Vulnerability (local)"),
}

OWNERS = {
    "sas": ["Ch Supt D. Oyelaran (Local Policing)", "Insp M. Hardy (S&S lead)"],
    "da": ["Det Ch Supt N. Carver (PPU)", "DI S. Patel (DA Unit)"],
    "fin": ["Director of Finance - J. Ibbotson", "Head of Change - R. Lyle"],
    "crime": ["Det Supt A. Whitlock (Crime)", "Force Crime Registrar - P. Dunn"],
    "psd": ["Head of PSD - M. Ellis"],
    "info": ["Head of Information Mgmt - G. Rowe"],
    "fl": ["Supt T. Quinn (Firearms Licensing)"],
    "msht": ["DCI F. Okafor (MSHT SPOC)", "Det Supt A. Whitlock (Crime)"],
    "dig": ["Head of Digital - W. Ashby"],
    "cc": ["Supt R. Kaur (Contact Mgmt)"],
    "people": ["Director of People - H. Shah", "Head of L&D - C. Neale"],
    "cust": ["Ch Insp L. Barker (Custody)"],
    "perf": ["Head of Strategic Planning & Insight - K. Frost"],
}


def initials(owner: str) -> str:
    name = owner.split(" - ")[-1] if " - " in owner else owner
    name = re.sub(r"\(.*?\)", "", name).strip()
    parts = [p for p in name.replace(".", " ").split() if p[:1].isupper()]
    return "".join(p[0] for p in parts[-2:])


# --------------------------------------------------------------------------------------------
# Latest-update templates by force status
# --------------------------------------------------------------------------------------------
UPD_DONE = [
    "All actions complete. Closure evidence pack approved at Organisational Learning Board.",
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Policy published and training delivered; dip-sample showed full compliance. Recommend closure.",
    "Action delivered and embedded in business as usual. Closure agreed by chief officer lead.",
]
UPD_VERIFIED = [
    "Verified by Strategic Planning & Insight against closure evidence; action closed.",
    "Closure verified at Force Improvement Board; evidence held on SharePoint.",
]
UPD_OPEN = [
    "Work undertaken in area but still requires development to complete. Next update due to "
    "Force Improvement Board.",
    "Task & Finish group meeting monthly; draft procedure with Legal Services for review.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Training package commissioned from L&D; roll-out to response and neighbourhood teams "
    "planned for Q4.",
    "Performance data now reported monthly; further work needed on quality assurance before "
    "this can be closed.",
]
UPD_OVERDUE = [
    "Deadline missed due to abstractions; revised date to be agreed at Force Executive Board.",
    "Partly delivered; the outstanding element is with the owner and a revised completion date "
    "has been requested.",
    "Delayed by the records management system upgrade; owner has requested an extension.",
]
UPD_EARLIER = [
    "Action allocated; owner confirmed.",
    "Scoping meeting held with partners; terms of reference drafted.",
    "Gap analysis completed against APP.",
    "Update provided to the OPCC for the 56-day response.",
]


def update_text(status: str, owner: str, special: str | None, due: dt.date | None) -> str | None:
    ini = initials(owner)
    last = RUN_DT.date() - dt.timedelta(days=rng.randint(6, 160))
    if status == "Overdue" and due is not None and last <= due:
        last = min(due + dt.timedelta(days=rng.randint(7, 60)), RUN_DT.date() - dt.timedelta(days=2))
    if special is not None:
        body = special
    elif status in ("Completed",):
        body = rng.choice(UPD_DONE)
    elif status == "Closed - Verified":
        body = rng.choice(UPD_VERIFIED)
    elif status == "In Progress":
        body = rng.choice(UPD_OPEN)
    elif status == "Overdue":
        body = rng.choice(UPD_OVERDUE)
    elif status == "Not Started":
        body = "Action created from inspection report; awaiting allocation."
    else:
        body = "No update recorded."
    text = f"{dtxt(last)} ({ini}): {body}"
    if rng.random() < 0.45 and status != "Not Started":
        earlier = last - dt.timedelta(days=rng.randint(40, 300))
        text += f"\n{dtxt(earlier)} ({ini}): {rng.choice(UPD_EARLIER)}"
    return text


# --------------------------------------------------------------------------------------------
# The items. Each HMICFRS item: ref, report key, type, text, HMICFRS status, category, why,
# and a list of force rows (dicts). Force-only rows are listed separately.
# --------------------------------------------------------------------------------------------
H_OPEN = ("Awaiting review", "Being progressed")


def F(title, status, src=None, desc=None, owner="perf", due=None, pct=None, upd=None,
      group=None):
    return dict(title=title, status=status, src=src, desc=desc, owner=owner, due=due, pct=pct,
                upd=upd, group=group)


ITEMS: list[dict] = []


def item(ref, rep, typ, text, hstatus, cat, why, rows):
    ITEMS.append(dict(ref=ref, rep=rep, type=typ, text=text, hstatus=hstatus, cat=cat, why=why,
                      rows=rows))


D = dt.date

# ---- Stop and search 2013 (the register lists two of its three items) ----
item(1012, "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     "Complete", "in_sync", "closed on both: HMICFRS Complete, force Closed - Verified",
     [F("S&S - monitoring of use of the power", "Closed - Verified", src="1012", owner="sas",
        due=D(2014, 3, 31))])
item(1013, "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     "Superseded", "closeable_local",
     "HMICFRS Superseded; force still In Progress (near-twin of the 2015 item 5210, told apart "
     "by report)",
     [F("S&S - public explanation & community scrutiny", "In Progress", src="1013", owner="sas",
        due=D(2025, 3, 31), pct=0.6,
        upd="Scrutiny panel terms of reference under review with the OPCC; youth panel "
            "recruitment under way.")])

# ---- Everyone's business 2014 ----
item(2321, "everyone", NAT, EVERYONE_PLAN, "Complete", "in_sync",
     "closed on both; force description pastes the next paragraphs of the report on (run-on)",
     [F("DA action plan (HMIC Everyone's Business)", "Closed - Verified",
        desc=EVERYONE_PLAN_RUN_ON, owner="da", due=D(2014, 9, 30))])

# ---- Policing in austerity 2014 ----
item(3101, "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "Complete", "in_sync", "closed on both; force text abbreviated (CCs, VfM)",
     [F("Savings plan review", "Closed - Verified", owner="fin", due=D(2015, 3, 31),
        desc="All CCs & PCCs should review their plans to deliver savings to ensure they are "
             "doing all they can to continue to reduce crime & protect the front line while "
             "balancing their budgets. Use the data in this report & HMIC VfM profiles.")])
item(3102, "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.",
     "Complete", "missing_from_force", "on the register (closed) but no action in the force report",
     [])
item(3103, "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     "Complete", "in_sync", "closed on both (force Completed)",
     [F("Front-line workforce assessment", "Completed", owner="fin", due=D(2014, 11, 30),
        pct=1.0)])
item(3104, "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     "No further action required", "closeable_local",
     "HMICFRS No further action required; force On Hold (open)",
     [F("Collaboration plans review", "On Hold", owner="fin", due=None, pct=0.2,
        upd="Collaboration review paused pending decision on the regional programme.")])

# ---- Core business 2014 ----
item(4822, "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.",
     "Superseded", "in_sync", "closed on both: HMICFRS Superseded, force Closed - Verified",
     [F("THRIVE criteria for call handlers", "Closed - Verified", src="4822", owner="cc",
        due=D(2015, 3, 31))])
item(4823, "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.",
     "Complete", "closeable_local", "HMICFRS Complete; force Overdue (open)",
     [F("Recording & evaluation of prevention activity", "Overdue", owner="crime",
        due=D(2015, 3, 31), pct=0.8)])

# ---- Integrity matters 2015 ----
item(902, "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Complete", "in_sync", "closed on both (force Completed); quotes differ (straight vs curly)",
     [F("Misconduct NFA - fairness check", "Completed", src="902", owner="psd",
        due=D(2015, 8, 31), pct=1.0,
        desc="By 31 August 2015, all chief constables should satisfy themselves that they have "
             "processes in place to ensure that investigations into misconduct by officers and "
             "staff resulting in \"no further action\" are fair and free of any form of "
             "discrimination.")])

# ---- Stop and search 2 (2015) ----
item(5210, "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.",
     "Being progressed", "in_sync", "open on both; near-twin of 1013 (2013), told apart by report",
     [F("S&S - explaining use to public (PCC)", "In Progress", src="5210", owner="sas",
        due=D(2025, 3, 31), pct=0.5)])

# ---- Building the picture 2015 ----
item(5633, "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.",
     "Complete", "closeable_local", "HMICFRS Complete; force In Progress at 90%; force text misspelt",
     [F("MoPI audit scrutiny", "In Progress", src="5633", owner="info", due=D(2025, 1, 31),
        pct=0.9,
        desc="By 30 November 2015, chief constables should put in place arrangments to "
             "scrutinise audits of compliance with the APP on information management through "
             "the force information management goverance structure. This should include "
             "measures to ensure that categorisation of records are regularly adjusted.")])

# ---- Targeting the risk (firearms licensing) 2015 ----
item(6101, "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.",
     "Complete", "in_sync", "closed on both",
     [F("FL governance v APP", "Closed - Verified", owner="fl", due=D(2015, 12, 15))])
item(6102, "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     "Being progressed", "closeable_submit", "HMICFRS Being progressed; force Completed 100%",
     [F("FL demand & capacity", "Completed", src="6102", owner="fl", due=D(2015, 12, 15),
        pct=1.0)])
item(6103, "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete", "in_sync", "closed on both",
     [F("Total expired records", "Closed - Verified", owner="fl",
        due=D(2015, 9, 30))])
item(6104, "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Being progressed", "conflict",
     "same item and reference, both open, but force text says 'Within six months' where "
     "HMICFRS says 'Within three months' (timescale)",
     [F("Temporary permits", "In Progress", src="6104", owner="fl", due=D(2025, 2, 28), pct=0.7,
        desc="Within six months, all chief constables should ensure that their arrangements in "
             "respect of the use of temporary permits are in accordance with the Home Office "
             "guidance; that temporary permits are properly recorded without delay on the "
             "National Firearms Licensing Management System; and that effective systems exist "
             "to ensure certificate holders are not permitted, at any time, to remain in "
             "unlawful possession of a firearm.")])
item(6105, "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.",
     "Being progressed", "closeable_submit", "HMICFRS Being progressed; force Closed - Verified",
     [F("Certificate holder flags at dispatch", "Closed - Verified", src="6105", owner="cc",
        due=D(2015, 12, 15))])

# ---- PEEL effectiveness 2016 (force) ----
item(6955, "peel16", COC,
     "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
     "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
     "incidents does not provide confidence that risk is always assessed appropriately. In "
     "cases where a DASH risk assessment is not completed the officer should record an "
     "assessment on the crime management system. HMIC found that officers are not consistently "
     "completing a DASH in circumstances where force policy requires that they should do so. "
     "This means that some victims of domestic abuse who may be at risk of harm are not being "
     "appropriately risk-assessed.",
     "Complete", "in_sync", "cause of concern closed on both",
     [F("CoC - DA risk assessment (DASH)", "Closed - Verified", owner="da",
        due=D(2017, 9, 30))])
item(6956, "peel16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately take "
     "steps to ensure that there is effective supervision of the initial risk assessment "
     "process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases.",
     "Complete", "in_sync", "closed on both; force dropped the stem",
     [F("DASH supervision", "Closed - Verified", owner="da", due=D(2017, 6, 30),
        desc="Take steps to ensure that there is effective supervision of the initial risk "
             "assessment process, specifically in relation to the completion of DASH risk "
             "assessment in appropriate cases.")])
item(6957, "peel16", REC,
     "Within three months, the force should consider ways of increasing the use of arrest, "
     "ancillary orders and other available powers, in order to improve the service it provides "
     "to victims of domestic abuse, offer the best possible protection and bring more "
     "perpetrators to justice.",
     "Superseded", "closeable_local", "HMICFRS Superseded; force In Progress",
     [F("DA - arrest rates & ancillary orders", "In Progress", src="6957", owner="da",
        due=D(2025, 3, 31), pct=0.5)])
item(6958, "peel16", AFI,
     "The force should take steps to understand and address the reason behind why such a high "
     "proportion of victims of domestic abuse do not support the police investigation.",
     "Complete", "in_sync", "closed on both (force Completed)",
     [F("DA victim attrition", "Completed", owner="da", due=D(2017, 12, 31), pct=1.0,
        desc="The force should take steps to understand & address the reason why such a high "
             "proportion of DA victims do not support the police investigation.")])

# ---- Stolen freedom 2017 ----
item(7815, "stolen", NAT, SF_LEADERSHIP, "Being progressed", "in_sync",
     "split by the force into one action per bullet (4 rows, same source ref); three closed, "
     "one In Progress, so the force item is open, as is HMICFRS's",
     [F("MSHT governance (a) - senior leaders prioritise", "Closed - Verified", src="7815",
        owner="msht", due=D(2018, 10, 24),
        desc="Review leadership and governance arrangements for MSHT to ensure that senior "
             "leaders prioritise the response to modern slavery and human trafficking."),
      F("MSHT governance (b) - resourcing of incidents", "In Progress", src="7815",
        owner="msht", due=D(2025, 4, 30), pct=0.75,
        desc="Review leadership and governance arrangements for MSHT to ensure that every "
             "incident of modern slavery identified to police is allocated appropriate "
             "resources with the skills, experience and capacity to investigate it "
             "effectively."),
      F("MSHT governance (c) - partnership arrangements", "Closed - Verified", src="7815",
        owner="msht", due=D(2018, 10, 24),
        desc="Review leadership and governance arrangements for MSHT to ensure that the force "
             "develops effective partnership arrangements to co-ordinate activity in order to "
             "share information and safeguard victims."),
      F("MSHT governance (d) - performance & QA", "Closed - Verified", src="7815",
        owner="msht", due=D(2018, 10, 24),
        desc="Review leadership and governance arrangements for MSHT to ensure that "
             "performance and quality assurance measures are in place to allow senior leaders "
             "to assess the nature and quality of the service provided to victims.")])
item(7816, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Being progressed", "closeable_submit",
     "HMICFRS Being progressed; force Completed (register text carries a stray footnote '86')",
     [F("MSHT information-sharing agreements", "Completed", src="7816", owner="msht",
        due=D(2018, 4, 24), pct=1.0,
        desc="Within six months, forces should have in place active information-sharing "
             "agreements with other agencies to facilitate speedy exchange of intelligence and "
             "in order to safeguard victims better and to identify suspects as early as "
             "possible.")])
item(7817, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Being progressed", "in_sync", "open on both",
     [F("Section 45 defence", "In Progress", owner="msht", due=D(2025, 1, 31), pct=0.4)])
item(7818, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     "Complete", "in_sync", "closed on both",
     [F("NRM compliance & duty to notify", "Closed - Verified", owner="msht",
        due=D(2017, 11, 30))])
item(7819, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.",
     "Being progressed", "closeable_submit",
     "HMICFRS Being progressed; force Completed; force text abbreviated (NCRS, MSHT, FCR)",
     [F("MSHT crime recording (NCRS)", "Completed", owner="crime", due=D(2017, 11, 30),
        pct=1.0,
        desc="Immediately, forces should take steps to ensure they fully comply with NCRS "
             "requirements for offences identified as MSHT & that sufficient audit capacity is "
             "available to the FCR to provide reassurance that the force is identifying & "
             "managing any gaps in its crime-recording accuracy for these offences.")])
item(7820, "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).",
     "Complete", "closeable_local", "HMICFRS Complete; force In Progress",
     [F("MSHT investigation & supervision", "In Progress", src="7820", owner="msht",
        due=D(2025, 6, 30), pct=0.65)])
item(7821, "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.",
     "Being progressed", "missing_from_force", "open on the register, no action in the force report",
     [])

# ---- PEEL efficiency 2017 national ----
item(8402, "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.",
     "Being progressed", "closeable_submit",
     "HMICFRS Being progressed; force status still 'In Progress' but 100% complete and the "
     "latest update says all actions delivered and closure is awaiting chief officer sign-off "
     "(pending sign-off = force done)",
     [F("Digital services plan", "In Progress", src="8402", owner="dig", due=D(2024, 12, 31),
        pct=1.0,
        upd="All actions delivered; Digital Services Plan 2024-27 published. Closure report "
            "submitted to ACC for sign-off - pending sign off.")])

# ---- PEEL legitimacy 2017 national ----
item(8540, "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.",
     "Being progressed", "in_sync", "cause of concern open on both",
     [F("Cause of concern - S&S disproportionality", "In Progress", src="8540", owner="sas",
        due=D(2025, 3, 31), pct=0.55)])
item(8541, "leg17", NAT, SAS_MONITORING_2017, "Being progressed", "closeable_submit",
     "HMICFRS Being progressed; force Completed; reference written 'HMICFRS-8541'",
     [F("S&S data monitoring (disproportionality, find rates)", "Completed", src="HMICFRS-8541",
        owner="sas", due=D(2018, 7, 31), pct=1.0)])
item(8542, "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;",
     "Being progressed", "in_sync", "open on both",
     [F("S&S disparity - research & action", "In Progress", src="HMICFRS-8542", owner="sas",
        due=D(2025, 3, 31), pct=0.35)])
item(8543, "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.",
     "Being progressed", "missing_from_force", "open on the register, no action in the force report",
     [])
item(8544, "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.",
     "Complete", "in_sync", "closed on both",
     [F("S&S unconscious bias training", "Closed - Verified", src="HMICFRS-8544",
        owner="people", due=D(2018, 7, 31))])

# ---- National child protection inspection 2018 (force) ----
item(9120, "ncpi18", REC,
     "Within six months Lincolnshire Police should, in conjunction with children’s social care "
     "services, review how it manages the detention of children. As a minimum it should:• "
     "ensure that all children are only detained when absolutely necessary and for the absolute "
     "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
     "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
     "with children’s social care services to achieve the most appropriate option for the "
     "child;• ensure that custody staff make a record of all actions taken and decisions made "
     "on the relevant documentation; and• improve the timeliness of adequate appropriate adult "
     "support for children who are arrested.",
     "Being progressed", "closeable_submit", "HMICFRS Being progressed; force Completed",
     [F("Detention of children in custody", "Completed", src="9120", owner="cust",
        due=D(2018, 12, 19), pct=1.0)])
item(9121, "ncpi18", REC,
     "Immediately, the force should review its approach to reports of missing children and take "
     "steps to ensure that:\n" + "\n".join("• " + b for b in MISSING_BULLETS),
     "Complete", "closeable_local",
     "split by the force into one action per bullet (3 rows, same source ref); one part still "
     "Overdue, so the force item is open while HMICFRS has it Complete",
     [F("Missing children (a) - missing/absent category", "Closed - Verified", src="9121",
        owner="cc", due=D(2018, 9, 30),
        desc="Review approach to reports of missing children - ensure call takers understand "
             "and use the missing and absent category appropriately."),
      F("Missing children (b) - CSE risk factors", "Overdue", src="9121", owner="da",
        due=D(2024, 6, 30), pct=0.8,
        desc="Review approach to reports of missing children - ensure call takers and "
             "frontline staff have the necessary knowledge to identify risk factors associated "
             "with CSE and how to respond to such cases."),
      F("Missing children (c) - supervisory oversight", "Closed - Verified", src="9121",
        owner="da", due=D(2018, 9, 30),
        desc="Review approach to reports of missing children - supervisors provide the correct "
             "oversight of missing person enquiries and direct appropriate and timely "
             "investigative and safeguarding action.")])

# ---- PEEL 2018/19 (force) ----
item(9540, "peel18", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public.",
     "Superseded", "in_sync", "closed on both: HMICFRS Superseded, force Closed - Verified",
     [F("Demand understanding (FMS)", "Closed - Verified", owner="perf",
        due=D(2020, 3, 31), upd="Superseded by PEEL 2021/22 - closed on JCAD.")])
item(9541, "peel18", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs.",
     "Complete", "closeable_local", "HMICFRS Complete; force In Progress",
     [F("Outcomes, outputs & costs", "In Progress", owner="fin", due=D(2025, 3, 31), pct=0.6)])
item(9542, "peel18", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.",
     "Being progressed", "closeable_submit", "HMICFRS Being progressed; force Completed",
     [F("Future workforce plan", "Completed", src="9542", owner="people", due=D(2020, 6, 30),
        pct=1.0)])
item(9543, "peel18", AFI,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines.",
     "Being progressed", "in_sync", "open on both",
     [F("Vetting backlog & renewals", "In Progress", src="9543", owner="psd",
        due=D(2025, 3, 31), pct=0.7)])

# ---- Crime data integrity 2019 (force) ----
item(9987, "cdi19", REC,
     "Within six months the force should put in place arrangements to ensure that:\n"
     + "\n".join("• " + b for b in CDI_BULLETS) + ".",
     "Being progressed", "conflict",
     "same item and reference, both open, but the force description lists four of the five "
     "bullets (online reports triage missing)",
     [F("CDI - victims believed / recording arrangements", "In Progress", src="9987",
        owner="crime", due=D(2025, 1, 31), pct=0.8,
        desc="Within six months the force should put in place arrangements to ensure that:\n"
             + "\n".join("• " + b for b in CDI_BULLETS[:3])
             + "\n• the practice of awaiting the results of medical examinations or video "
               "interviews before making crime-recording decisions is stopped.")])
item(9988, "cdi19", AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.",
     "Complete", "in_sync", "closed on both (force Completed)",
     [F("Crime system - case file management", "Completed", owner="crime",
        due=D(2020, 9, 30), pct=1.0)])
item(9989, "cdi19", AFI,
     "The force should provide call-handlers with specific, sound and comprehensible criteria "
     "against which they can assess threat, harm and risk.",
     "Being progressed", "in_sync",
     "open on both (force Overdue); wording close to the 2014 Core Business item 4822",
     [F("Call handler THRIVE criteria (CDI)", "Overdue", src="9989", owner="cc",
        due=D(2024, 3, 31), pct=0.6)])

# ---- Disproportionate use of police powers 2021 ----
item(10231, "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", "in_sync", "open on both",
     [F("Communication skills (conflict mgmt)", "In Progress", owner="people",
        due=D(2025, 7, 31), pct=0.45)])
item(10232, "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.",
     "Being progressed", "closeable_submit", "HMICFRS Being progressed; force Completed",
     [F("CPD & BWV debriefs", "Completed", src="10232", owner="people", due=D(2021, 7, 31),
        pct=1.0)])
item(10233, "powers", NAT, BWV_2021, "Being progressed", "closeable_submit",
     "split by the force into one action per paragraph (3 rows, same source ref); all three "
     "done, HMICFRS still Being progressed",
     [F("BWV (1) - record whole S&S encounter", "Completed", src="10233", owner="sas",
        due=D(2021, 9, 30), pct=1.0, desc=BWV_PARTS[0]),
      F("BWV (2) - internal review of footage", "Closed - Verified", src="10233", owner="sas",
        due=D(2021, 9, 30), desc=BWV_PARTS[1]),
      F("BWV (3) - scrutiny panel access", "Completed", src="10233", owner="sas",
        due=D(2021, 9, 30), pct=1.0, desc="By September 2021, forces should: " + BWV_PARTS[2])])
item(10234, "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.",
     "Being progressed", "closeable_submit",
     "HMICFRS Being progressed; force 'Closed - Not Applicable' (directed at Home Office and "
     "NPCC, not the force's to deliver) = force done",
     [F("Use of force data quality (HO/NPCC)", "Closed - Not Applicable", src="10234",
        owner="perf", due=None,
        upd="Recommendation directed at the Home Office and NPCC - not for the force to "
            "deliver. Closed on JCAD; to be raised with HMICFRS FLL.")])
item(10235, "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.",
     "Being progressed", "conflict",
     "text matches and both open, but the force's Source Reference is 10253 (digits transposed; "
     "10253 is not on the register) - reference disagrees",
     [F("Use of force - internal monitoring", "In Progress", src="10253", owner="sas",
        due=D(2025, 3, 31), pct=0.5)])

# ---- PEEL 2021/22 (force) ----
P21 = "The force should {}."
item(11402, "peel21", AFI,
     P21.format("improve its understanding of the nature and scale of violence against women "
                "and girls in its area"),
     "Being progressed", "in_sync", "open on both",
     [F("VAWG - nature & scale", "In Progress", src="11402", owner="da", due=D(2025, 3, 31),
        pct=0.5)])
item(11403, "peel21", AFI,
     P21.format("make sure investigations of rape and serious sexual offences are allocated to "
                "officers with the right skills and are effectively supervised"),
     "Being progressed", "closeable_submit", "HMICFRS Being progressed; force Completed",
     [F("RASSO allocation & supervision", "Completed", src="11403", owner="crime",
        due=D(2023, 5, 31), pct=1.0)])
item(11404, "peel21", AFI,
     P21.format("make sure victims of domestic abuse are kept informed about the progress of "
                "their case, in line with the Code of Practice for Victims of Crime"),
     "Being progressed", "in_sync", "open on both; force text abbreviated (DA, VCOP)",
     [F("DA - victim updates (VCOP)", "In Progress", owner="da", due=D(2025, 1, 31), pct=0.3,
        desc="The force should make sure victims of DA are kept informed about the progress of "
             "their case, in line with the VCOP.")])
item(11405, "peel21", AFI,
     P21.format("improve the timeliness of its response to calls for service involving people "
                "with mental ill health"),
     "Complete", "closeable_local", "HMICFRS Complete; force Overdue",
     [F("Mental health - response times", "Overdue", src="11405", owner="cc",
        due=D(2024, 3, 31), pct=0.7)])
item(11406, "peel21", AFI,
     P21.format("make sure it records reports of anti-social behaviour accurately and without "
                "delay"),
     "Complete", "in_sync", "closed on both",
     [F("ASB recording", "Closed - Verified", owner="crime", due=D(2023, 3, 31))])
item(11407, "peel21", AFI,
     P21.format("improve the way it manages the risk posed by offenders involved in county "
                "lines drug dealing"),
     "Being progressed", "conflict",
     "same text, both open, but the force files it under the PEEL 2023-25 inspection group "
     "(carried forward) while HMICFRS has it under PEEL 2021/22 - report disagrees",
     [F("County lines - offender risk mgmt (carried fwd)", "In Progress", owner="crime",
        due=D(2025, 6, 30), pct=0.4, group="peel23",
        upd="Carried forward from the PEEL 2021/22 plan into the PEEL 2023-25 plan. County "
            "lines offender management pilot running in West division.")])
item(11408, "peel21", AFI,
     P21.format("make sure it has enough specialist capacity and capability to investigate "
                "online child sexual abuse"),
     "Being progressed", "closeable_submit", "HMICFRS Being progressed; force Completed",
     [F("OCSA specialist capacity", "Completed", src="11408", owner="crime", due=D(2023, 9, 30),
        pct=1.0)])
item(11409, "peel21", AFI,
     P21.format("develop a problem-solving approach to neighbourhood crime, working with local "
                "communities and partners"),
     "Being progressed", "in_sync", "open on both (force Not Started)",
     [F("Neighbourhood crime problem solving", "Not Started", src="11409", owner="sas",
        due=D(2025, 9, 30), pct=0.0)])

# ---- PEEL 2023/25 (force) ----
item(13011, "peel23", COC,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the way "
     "that crimes are being investigated.",
     "Being progressed", "in_sync", "cause of concern open on both",
     [F("CoC - investigative capacity & capability", "In Progress", src="13011", owner="crime",
        due=D(2025, 6, 30), pct=0.25)])
item(13012, "peel23", REC,
     "Within six months, the force should improve the supervision of investigations, so that "
     "investigation plans are set, reviewed and recorded and victims receive a consistently "
     "good service.",
     "Being progressed", "in_sync", "open on both",
     [F("Investigation supervision", "In Progress", src="13012", owner="crime",
        due=D(2024, 12, 27), pct=0.5)])
item(13013, "peel23", REC,
     "Within six months, the force should improve its ability to retrieve digital evidence from "
     "mobile phones, computers and other electronic devices quickly enough to ensure "
     "investigations are not delayed.",
     "Awaiting review", "closeable_submit", "HMICFRS Awaiting review (open); force Completed",
     [F("Digital forensics - device backlog", "Completed", src="13013", owner="dig",
        due=D(2024, 12, 27), pct=1.0)])
item(13014, "peel23", AFI,
     "The force should make sure its analysis of serious and organised crime informs its "
     "strategic assessment and control strategy.",
     "Awaiting review", "in_sync", "open on both (force Not Started)",
     [F("SOC analysis into control strategy", "Not Started", owner="crime",
        due=D(2025, 6, 30), pct=0.0)])
item(13015, "peel23", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about county "
     "lines drug dealing.",
     "Awaiting review", "missing_from_force",
     "new item on the register, not yet loaded into the force system",
     [])
item(13016, "peel23", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to stalking and harassment.",
     "Awaiting review", "missing_from_force",
     "new item on the register, not yet loaded into the force system",
     [])
item(13017, "peel23", AFI,
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.",
     "Awaiting review", "in_sync", "open on both",
     [F("Performance data & analysis", "In Progress", src="13017", owner="perf",
        due=D(2025, 6, 30), pct=0.3)])

# ---- Force-only rows (not on the HMICFRS list) ----
LOCAL = [
    ("sas13", F("S&S - APP specification (CoP)", "Closed - Verified", src="1011", owner="sas",
                due=D(2014, 3, 31),
                desc="Chief Constables and the College of Policing should establish in the Stop "
                     "and Search Authorised Professional Practice document a clear specification "
                     "of what constitutes the effective and fair exercise of stop and search "
                     "powers, and guidance in this respect. This should be compliant with the "
                     "Code of Practice."),
     "old 2013 item with its own reference 1011; not on the register any more"),
    ("cdi14", F("Out of court disposals - victim views", "Overdue", owner="crime",
                due=D(2015, 5, 31), pct=0.7,
                desc="Within six months the force should revise its approach to cautions, "
                     "cannabis warning and penalty notices for disorder to ensure that there is "
                     "a clear and auditable explanation to the offender of the implications of "
                     "receiving the warning and that, for victim-based crimes, there is a clear "
                     "and auditable record that views of the victim are considered prior to "
                     "their issue."),
     "2014 crime data integrity item still open on the force side; no such report on the register"),
    ("peel21", F("Local action: RASSO dip-sample", "In Progress", owner="crime",
                 due=D(2025, 3, 31), pct=0.5,
                 desc="Local action: Dip-sample 50 rape and serious sexual offences crime "
                      "reports each quarter and report findings to the Crime Standards Board"),
     "force's own local action under the PEEL 2021/22 group, no source reference"),
    ("peel23", F("HBA policy review (T&F)", "Not Started", owner="da", due=D(2025, 3, 31),
                 pct=0.0,
                 desc="Task & Finish group to review the honour-based abuse policy and report "
                      "to the Force Executive Team"),
     "force's own local action under the PEEL 2023-25 group, no source reference"),
    ("fip", F("SPOC for vulnerable adults", "Completed", owner="da", due=D(2024, 4, 30),
              pct=1.0,
              desc="Appoint a single point of contact for vulnerable adults in each local "
                   "policing area"),
     "force improvement plan (local) action"),
    ("fip", F("Repeat victims in performance pack", "In Progress", owner="perf",
              due=D(2025, 1, 31), pct=0.6,
              desc="Add repeat victims measures to the monthly Force Performance pack"),
     "force improvement plan (local) action"),
    ("fip", F("Internal audit - digital forensics governance", "Overdue", owner="dig",
              due=D(2024, 9, 30), pct=0.4,
              desc="Internal audit action: Internal audit of the digital forensics governance "
                   "arrangements (audit plan 2023/24)"),
     "internal audit action held in the same system"),
]

# --------------------------------------------------------------------------------------------
# HMICFRS register workbook
# --------------------------------------------------------------------------------------------
REP_ORDER = list(REPORTS)


def build_hmicfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    heads = ["Reference", "Force", "Report", "Publication date", "Type", "Recommendation text",
             "Status", "Status date"]
    ws.append(heads)
    for c in ws[1]:
        c.font = Font(bold=True)
    hitems = sorted(ITEMS, key=lambda it: (REPORTS[it["rep"]][1], it["ref"]))
    rows = {}
    for it in hitems:
        title, pub, _ = REPORTS[it["rep"]]
        if it["hstatus"] in H_OPEN:
            sdate = RUN_DT.date() - dt.timedelta(days=rng.randint(20, 400))
            sdate = max(sdate, pub + dt.timedelta(days=14))
        else:
            sdate = pub + dt.timedelta(days=rng.randint(200, 2400))
            sdate = min(sdate, RUN_DT.date() - dt.timedelta(days=30))
        ws.append([it["ref"], FORCE, title, pub, it["type"], it["text"], it["hstatus"], sdate])
        r = ws.max_row
        rows[it["ref"]] = f"Recommendations!{r}"
        ws.cell(r, 4).number_format = "dd/mm/yyyy"
        ws.cell(r, 8).number_format = "dd/mm/yyyy"
        ws.cell(r, 6).alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGH", [11, 20, 50, 14, 24, 90, 18, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:H{ws.max_row}"
    return wb, rows


# --------------------------------------------------------------------------------------------
# Force report workbook (print-style export)
# --------------------------------------------------------------------------------------------
COLS = ["Action ID", "Source Reference", "Action Title", "Description", None, "Owner",
        "Due Date", "Status", "% Complete", "Latest Update"]
WIDTHS = [11, 12, 28, 34, 22, 24, 12, 17, 10, 52]
LASTCOL = "J"
GROUP_ORDER = sorted({k for k in REPORTS}, key=lambda k: REPORTS[k][2].lower())


def force_rows_by_group():
    """Ordered force rows per group, with the truth link for each."""
    groups: dict[str, list] = {k: [] for k in GROUP_ORDER}
    for it in ITEMS:
        for fr in it["rows"]:
            g = fr["group"] or it["rep"]
            desc = fr["desc"] if fr["desc"] is not None else it["text"]
            groups[g].append(dict(fr, desc=desc, hitem=it))
    for g, fr, why in LOCAL:
        groups[g].append(dict(fr, hitem=None, why=why))
    # Assign system Action IDs: the system numbers actions as they were created
    # (by publication date of the inspection), the report sorts by group then Action ID.
    created = []
    for g in groups:
        pub = REPORTS[g][1] or dt.date(2023, 4, 1)
        for i, fr in enumerate(groups[g]):
            created.append((pub, g, i))
    created.sort()
    n = 112
    for pub, g, i in created:
        n += rng.randint(1, 9)
        groups[g][i]["aid"] = f"ACT{n:05d}"
    for g in groups:
        groups[g].sort(key=lambda fr: fr["aid"])
    return {g: v for g, v in groups.items() if v}


def est_lines(text, width):
    if not text:
        return 1
    n = 0
    for para in str(text).split("\n"):
        n += max(1, math.ceil(len(para) / max(1, width * 1.1)))
    return n


def build_force():
    groups = force_rows_by_group()
    total_actions = sum(len(v) for v in groups.values())

    # Logical stream of report lines.
    stream = []
    for g, frs in groups.items():
        title, pub, gname = REPORTS[g]
        pubtxt = dtxt(pub) if pub else "n/a"
        n = len(frs)
        stream.append(("group", g, f"Inspection: {gname}   |   Published: {pubtxt}   |   "
                                    f"{n} action{'s' if n != 1 else ''}"))
        for fr in frs:
            stream.append(("item", g, fr))
    stream.append(("total", None, f"Total actions reported: {total_actions}"))
    stream.append(("end", None, "*** End of Report ***"))

    # Paginate: body capacity per page (lines), page 1 shorter because of the title block.
    # The overflow of one description across the break from page 2 to page 3 is modelled
    # by choosing page 2's capacity so that its last line is an item with a long description.
    # The first page break that can fall after an item with a long description is where that
    # description overflows ("can grow") onto the next page.
    pages = []
    i = 0
    p = 0
    frag_page = None
    while i < len(stream):
        base = 26 if p == 0 else 29
        cap = base
        if frag_page is None:
            for c in (base, base + 1, base - 1, base + 2, base - 2):
                j = i + c - 1
                if (j < len(stream) and stream[j][0] == "item"
                        and len(stream[j][2]["desc"]) > 240
                        and (stream[j][2]["hitem"] or {}).get("cat") != "conflict"):
                    cap = c
                    frag_page = p + 1
                    break
        take = stream[i:i + cap]
        # never leave a group heading as the last line of a page
        while take and take[-1][0] == "group":
            take = take[:-1]
        pages.append(take)
        i += len(take)
        p += 1
    assert frag_page is not None and frag_page < len(pages)
    npages = len(pages)

    wb = Workbook()
    ws = wb.active
    ws.title = "Report"
    thin = Side(style="thin", color="808080")
    hfill = PatternFill("solid", fgColor="1F3864")
    gfill = PatternFill("solid", fgColor="D9D9D9")
    wrap_top = Alignment(wrap_text=True, vertical="top")
    for idx, w in enumerate(WIDTHS):
        ws.column_dimensions[chr(65 + idx)].width = w

    truth_force: list[tuple] = []
    r = 0

    def merged_line(text, font=None, fill=None, height=None, align=None):
        nonlocal r
        r += 1
        ws.cell(r, 1, text)
        ws.merge_cells(f"A{r}:{LASTCOL}{r}")
        if font:
            ws.cell(r, 1).font = font
        if fill:
            ws.cell(r, 1).fill = fill
        if align:
            ws.cell(r, 1).alignment = align
        if height:
            ws.row_dimensions[r].height = height

    def header_row():
        nonlocal r
        r += 1
        for c, h in enumerate(COLS, start=1):
            cell = ws.cell(r, c, h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = hfill
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.border = Border(bottom=thin)
        ws.merge_cells(f"D{r}:E{r}")
        ws.row_dimensions[r].height = 30

    def footer(pn):
        nonlocal r
        r += 1
        ws.cell(r, 1, f"Printed by: {RUN_BY} on {RUN_TXT}")
        ws.merge_cells(f"A{r}:D{r}")
        ws.cell(r, 6, "OFFICIAL - SENSITIVE")
        ws.cell(r, 9, f"Page {pn} of {npages}")
        ws.merge_cells(f"I{r}:J{r}")
        for c in (1, 6, 9):
            ws.cell(r, c).font = Font(italic=True, size=8)
        ws.cell(r, 9).alignment = Alignment(horizontal="right")
        ws.row_breaks.append(Break(id=r))

    overflow = None
    prev_group = None
    for pn, page in enumerate(pages, start=1):
        if pn == 1:
            merged_line("JCAD CORE  -  Risk & Action Management", Font(bold=True, size=14),
                        height=22)
            merged_line("Report: HMICFRS Inspection Recommendations - Action Status (Full)",
                        Font(bold=True, size=12), height=18)
            merged_line(f"Organisation: {FORCE}   |   Run date: {RUN_TXT}   |   Run by: {RUN_BY}",
                        Font(size=9))
            merged_line("Filters applied: Register = 'HMICFRS Inspections'; Action Status = <All>; "
                        "Owner = <All>; Include closed actions = Yes; Sort by: Inspection, "
                        "Action ID", Font(size=9, italic=True))
            r += 1  # blank row
        else:
            r += 1  # blank row between the previous footer and this page's header
            merged_line("JCAD CORE  -  HMICFRS Inspection Recommendations - Action Status (Full)",
                        Font(bold=True, size=9))
        header_row()
        first = page[0]
        if pn > 1 and (first[0] == "item" or overflow is not None):
            gname = REPORTS[prev_group][2]
            merged_line(f"Inspection: {gname} (continued)", Font(bold=True, italic=True),
                        fill=gfill)
        if overflow is not None:
            r += 1
            ws.cell(r, 4, overflow)
            ws.merge_cells(f"D{r}:E{r}")
            ws.cell(r, 4).alignment = wrap_top
            ws.row_dimensions[r].height = 15 * est_lines(overflow, 52)
            overflow = None
        for k, (kind, g, payload) in enumerate(page):
            if kind == "group":
                merged_line(payload, Font(bold=True), fill=gfill)
                continue
            if kind in ("total", "end"):
                merged_line(payload, Font(bold=True) if kind == "total" else Font(italic=True))
                continue
            fr = payload
            prev_group = g
            desc = fr["desc"]
            if pn == frag_page and k == len(page) - 1:
                # the description "can grow" past the page end: the rest prints on the next page
                cut = desc.rfind(" ", 0, int(len(desc) * 0.55))
                desc, overflow = desc[:cut], desc[cut + 1:]
            r += 1
            pct = fr["pct"]
            if pct is None and fr["status"] in ("Completed", "Closed - Verified"):
                pct = 1.0
            vals = [fr["aid"], fr["src"], fr["title"], desc, None, fr["owner_name"],
                    dtxt(fr["due"]), fr["status"], pct, fr["upd_text"]]
            for c, v in enumerate(vals, start=1):
                if v is not None:
                    ws.cell(r, c, v)
                ws.cell(r, c).alignment = wrap_top
            ws.merge_cells(f"D{r}:E{r}")
            ws.cell(r, 9).number_format = "0%"
            lines = max(est_lines(desc, 52), est_lines(fr["upd_text"], 52),
                        est_lines(fr["title"], 28))
            ws.row_dimensions[r].height = 15 * min(lines, 27)
            truth_force.append((f"Report!{r}", fr))
        footer(pn)

    ws.print_title_rows = None
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    return wb, truth_force


def fill_updates():
    """Latest-update text for every force row, drawn in a fixed order."""
    rows = [fr for it in ITEMS for fr in it["rows"]] + [fr for _, fr, _ in LOCAL]
    for fr in rows:
        fr["owner_name"] = rng.choice(OWNERS[fr["owner"]])
        fr["upd_text"] = update_text(fr["status"], fr["owner_name"], fr["upd"], fr["due"])


# --------------------------------------------------------------------------------------------
# Deterministic save
# --------------------------------------------------------------------------------------------
FIXED = dt.datetime(2024, 11, 14, 8, 42, 0)


def save_fixed(wb, path: Path):
    wb.properties.creator = "JCAD CORE Report Server"
    wb.properties.lastModifiedBy = RUN_BY
    wb.properties.created = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2024-11-14T08:42:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    fill_updates()
    hwb, hrows = build_hmicfrs()
    fwb, frows = build_force()
    save_fixed(hwb, OUT / "hmicfrs.xlsx")
    save_fixed(fwb, OUT / "tracker.xlsx")

    truth = []
    seen_items = set()
    for fid, fr in frows:
        it = fr["hitem"]
        if it is None:
            truth.append(("", fid, "not_on_hmicfrs_list", fr["why"]))
        else:
            seen_items.add(it["ref"])
            truth.append((hrows[it["ref"]], fid, it["cat"], f"ref {it['ref']}: {it['why']}"))
    for it in ITEMS:
        if it["ref"] not in seen_items:
            assert it["cat"] == "missing_from_force", it["ref"]
            truth.append((hrows[it["ref"]], "", it["cat"], f"ref {it['ref']}: {it['why']}"))

    def key(t):
        h = int(t[0].split("!")[1]) if t[0] else 10_000
        f = int(t[1].split("!")[1]) if t[1] else 0
        return (h, f)

    truth.sort(key=key)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)
    counts: dict[str, int] = {}
    for t in truth:
        counts[t[2]] = counts.get(t[2], 0) + 1
    print("items:", len(ITEMS), "force rows:", len(frows), "truth lines:", len(truth))
    for k in sorted(counts):
        print(f"  {k}: {counts[k]}")


def self_check():
    """Open the written files again and check truth.csv against them."""
    from collections import Counter

    from openpyxl import load_workbook

    truth = list(csv.DictReader(open(OUT / "truth.csv", encoding="utf-8")))
    ws = load_workbook(OUT / "tracker.xlsx")["Report"]
    items = {f"Report!{r}" for r in range(1, ws.max_row + 1)
             if str(ws.cell(r, 1).value or "").startswith("ACT")}
    fc = Counter(t["force_row"] for t in truth if t["force_row"])
    assert set(fc) == items and set(fc.values()) == {1}, "force rows vs truth"
    hs = load_workbook(OUT / "hmicfrs.xlsx")["Recommendations"]
    hrows = {f"Recommendations!{r}" for r in range(2, hs.max_row + 1)
             if hs.cell(r, 1).value is not None}
    assert {t["hmicfrs_row"] for t in truth if t["hmicfrs_row"]} == hrows, "hmicfrs rows"
    assert 40 <= len(hrows) <= 130
    total = [r for r in range(1, ws.max_row + 1)
             if str(ws.cell(r, 1).value or "").startswith("Total actions reported")]
    assert total and ws.cell(total[0], 1).value.endswith(str(len(items)))
    print("self-check ok:", len(items), "force item rows,", len(hrows), "HMICFRS rows")


if __name__ == "__main__":
    main()
    self_check()
