"""Build the evaluation case `audit_style_agreed_actions`.

HMICFRS side: a plain register export (CSV, UTF-8 with BOM) in the shape of HMICFRS's public
recommendation register: plain integer IDs, report title, "9th February 2017" dates, status
slugs (awaiting-review, being-progressed, complete, no-further-action-needed) and the
register's own comment texts.

Force side: Lincolnshire Police's HMICFRS tracker kept in the format the force's risk and
assurance team also uses for internal-audit recommendations reported to the Joint Audit
Committee (Leicestershire OPCC/force JARAP paper "internal audit recommendations": priority,
agreed management action, original/revised target date, status Outstanding / Completed /
Not Adopted, RAG derived from status and target date, RED = outstanding and past target date,
GREY = not adopted). Inspection and publication date are merged cells down each report's
block. See README.md.

Run: /work/main/.venv/bin/python build_audit_style_agreed_actions.py
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

SEED = 46_2024
rng = random.Random(SEED)

CASE = "audit_style_agreed_actions"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
AS_AT = dt.date(2024, 1, 31)
FORCE = "Lincolnshire Police"
TRACKER_SHEET = "Recommendations"


def D(y, m, d):
    return dt.date(y, m, d)


# --------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published, force's own inspection name, force ref code)
# --------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              D(2013, 7, 9), "Stop & Search powers (HMIC 2013)", "SS13"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 D(2014, 3, 27), "Everyone's Business (DA) 2014", "DA14"),
    "austerity": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22),
                  "Policing in Austerity 2014", "AUS14"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", D(2014, 9, 4), "Core Business 2014", "CB14"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", D(2015, 1, 30),
                  "Integrity Matters 2015", "IM15"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              D(2015, 3, 24), "Stop and Search 2 (2015)", "SS15"),
    "picture": ("Building the picture: an inspection of police information management",
                D(2015, 7, 1), "Building the Picture 2015", "BTP15"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", D(2015, 9, 15),
                 "Firearms licensing 2015", "FL15"),
    "pe15": ("PEEL: Police effectiveness 2015", D(2016, 2, 18), "PEEL Effectiveness 2015",
             "EV15"),
    "e16": ("PEEL: Police efficiency 2016", D(2016, 11, 3), "PEEL Efficiency 2016", "EF16"),
    "l16": ("PEEL: Police legitimacy 2016", D(2016, 12, 8), "PEEL Legitimacy 2016", "LG16"),
    "ef16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2), "PEEL Effectiveness 2016",
             "EV16"),
    "cdi17": ("Crime data integrity inspection 2017", D(2017, 9, 7), "CDI inspection 2017",
              "CDI17"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               D(2017, 10, 24), "Stolen Freedom (MSHT) 2017", "MS17"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)", "EFN17"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12),
              "PEEL Legit 17 S&S", "LGN17"),
    "ef17": ("PEEL: Police effectiveness 2017", D(2018, 3, 22), "PEEL Effectiveness 2017",
             "EV17"),
    "ncpi18": ("National child protection inspection 2018", D(2018, 6, 19), "NCPI 2018",
               "CP18"),
    "p1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2),
              "PEEL 2018/19", "P1819"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", D(2021, 2, 26), "Police powers spotlight (Feb 21)", "PP21"),
    "p2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 5, 20),
              "PEEL 2021/22", "P2122"),
    "p2325": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25", D(2023, 12, 5),
              "PEEL 2023/25", "P2325"),
}

# --------------------------------------------------------------------------------------
# Real texts (Open Government Licence; copied from /work/main/reconcile/casegen/texts and
# /work/shared/data/real_recommendations.csv)
# --------------------------------------------------------------------------------------
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
NCPI_DETENTION = (
    "Within six months Lincolnshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff make a record of all actions taken and decisions made "
    "on the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested."
)
COC_DA = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)
COC_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm."
)
COC_INVEST = (
    "The force does not have the capacity or capability to investigate crime effectively and "
    "this is affecting the service being provided to the public. There are failings in the "
    "way that crimes are being investigated."
)
COC_SAS = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
    "search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain."
)

# HMICFRS register comments (verbatim from register pages in the research notes)
CMT_NEW = "New recommendation"
CMT_MONITOR = ("The progress of the implementation of this recommendation is currently being "
               "monitored by HMICFRS and this record will, in due course, be updated.")
CMT_REVIEW = ("The status of this recommendation is currently being reviewed by HMIC and will "
              "be updated when this review is complete.")
CMT_COMPLETE = "This recommendation is complete"
CMT_AUTH = ("Authorised for closure on the basis of the additional observations offered by "
            "members of the inspection team in recent inspection activity.")
CMT_SUPERSEDED = ("This area of activity has subsequently been inspected in HMIC's PEEL {x} "
                  "inspections. Where a cause of concern still exists this will appear in the "
                  "register against these subsequent inspections.")

REC, AFI, NAT = "Recommendation", "Area for improvement", "National recommendation"
F_TYPE = {REC: "Recommendation", AFI: "AFI", NAT: "National rec"}

# sign-off chief officer by responsible officer
CHIEF = {
    "Det Ch Supt Force CID": "ACC Crime", "Head of Intelligence": "ACC Crime",
    "Ch Supt Public Protection": "ACC Crime", "Force Crime Registrar": "DCC",
    "Head of Criminal Justice": "ACC Crime", "Supt Firearms Licensing": "ACC Local Policing",
    "Supt Contact Centre": "ACC Local Policing", "Ch Insp Custody": "ACC Local Policing",
    "Supt Neighbourhood Policing": "ACC Local Policing",
    "Head of Professional Standards": "DCC", "Director of People": "DCC",
    "Head of Learning & Development": "DCC", "Head of Information Management": "DCC",
    "Head of Corporate Development": "DCC", "Director of Finance": "DCC",
    "Supt Stop & Search lead": "ACC Local Policing",
}

# --------------------------------------------------------------------------------------
# Items. h = HMICFRS side (None = not on the register export); f = list of force rows
# (empty = not in the tracker). Status codes: HMICFRS A awaiting-review, B being-progressed,
# C complete, N no-further-action-needed; force O Outstanding, D Completed, X Not Adopted.
# --------------------------------------------------------------------------------------
ITEMS: list[dict] = []


def item(rep, hid, htype, htext, hst, cat, why, f=None, coc="", hcomment=None, fblock=None):
    ITEMS.append(dict(rep=rep, hid=hid, htype=htype, htext=htext, hst=hst, cat=cat, why=why,
                      f=f or [], coc=coc, hcomment=hcomment, fblock=fblock or rep))


def fr(st, lead, prio, action, tgt, rev=None, done=None, sign=True, update="", text=None,
       ftype=None, fref=None, hid_shown=True):
    return dict(st=st, lead=lead, prio=prio, action=action, tgt=tgt, rev=rev, done=done,
                sign=sign, update=update, text=text, ftype=ftype, fref=fref,
                hid_shown=hid_shown)


# ---- Stop and search 2013 (national)
item("sas13", 1187, NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "N", "in_sync",
     "HMICFRS closed (no further action, superseded by PEEL legitimacy); force Completed",
     hcomment=CMT_SUPERSEDED.format(x="Legitimacy"),
     f=[fr("D", "Supt Stop & Search lead", "Medium",
           "Adopt the College of Policing S&S APP when published; local guidance withdrawn.",
           D(2014, 3, 31), done=D(2014, 8, 29),
           update="APP adopted Aug 2014. Force guidance aligned.")])
item("sas13", 1188, NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance "
     "with the law (including equality legislation and the Code of Practice), and that the "
     "power is used effectively to prevent crime, catch criminals and maintain public trust.",
     "C", "in_sync", "closed on both sides",
     f=[fr("D", "Supt Stop & Search lead", "High",
           "Monthly S&S dip-sample of grounds by supervisors; results to Legitimacy Board.",
           D(2014, 1, 31), done=D(2014, 11, 28),
           update="Dip-sampling embedded. HMICFRS confirmed closed.")])
item("sas13", 1189, NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     "C", "closeable_local",
     "HMICFRS complete; force row still Outstanding (near-identical text to the 2015 item, "
     "paired by report)",
     f=[fr("O", "Supt Stop & Search lead", "Medium",
           "Community scrutiny panel with OPCC; recruit young people to the panel.",
           D(2014, 6, 30), rev=D(2023, 12, 31),
           update="Panel meets quarterly. Youth panel recruitment still outstanding - "
                  "working with county youth council.")])

# ---- Everyone's business 2014
item("everyone", 2321, NAT, EVERYONE_PLAN, "C", "in_sync", "closed on both sides",
     f=[fr("D", "Ch Supt Public Protection", "High",
           "Publish force DA action plan, developed with OPCC and DA support services.",
           D(2014, 9, 30), done=D(2014, 9, 26),
           text="By September 2014, every police force in England and Wales should establish "
                "and publish an action plan that specifies in detail what steps it will take "
                "to improve its approach to domestic abuse. (Plan to be developed in "
                "consultation with PCCs, DA support organisations and victims' "
                "representatives; after consideration of all recs in the report; with "
                "reference to DHRs and IPCC findings; drawing on CPS scrutiny panels and MARAC "
                "self-assessments.)",
           update="Plan published on force website 26/09/2014.")])

# ---- Policing in austerity 2014
AUS = [
    ("All Chief Constables and PCCs should review their plans to deliver savings to ensure "
     "they are doing all they can to continue to reduce crime and protect the front line "
     "while balancing their budgets. They should use the data and information contained in "
     "this report, and in HMIC's Value for Money profiles, when conducting their reviews"),
    ("Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn."),
    ("Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn."),
    ("In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there "
     "is scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector."),
]
SUP_EFF = CMT_SUPERSEDED.format(x="Efficiency")
item("austerity", 3310, NAT, AUS[0], "N", "closeable_local",
     "HMICFRS no-further-action (superseded by PEEL efficiency); force still Outstanding",
     hcomment=SUP_EFF,
     f=[fr("O", "Director of Finance", "Medium",
           "Savings plan review against HMIC VfM profiles; addressed through the MTFP.",
           D(2015, 3, 31), rev=D(2024, 3, 31),
           text="Review plans to deliver savings to ensure doing all we can to reduce crime "
                "& protect the front line while balancing the budget (use HMIC VfM profiles).",
           update="Addressed holistically through the Medium Term Financial Plan refresh.")])
item("austerity", 3311, NAT, AUS[1], "N", "closeable_local",
     "HMICFRS no-further-action; force Outstanding", hcomment=SUP_EFF,
     f=[fr("O", "Director of Finance", "Low",
           "Assess scope to increase savings delivered through collaboration (EMSOU, regional "
           "procurement).", D(2014, 11, 30), rev=D(2023, 3, 31),
           update="Regional collaboration review paused pending new regional governance.")])
item("austerity", 3312, NAT, AUS[2], "N", "in_sync",
     "HMICFRS no-further-action; force Completed", hcomment=SUP_EFF,
     f=[fr("D", "Head of Corporate Development", "Medium",
           "Assess front-line workforce reductions against crime fighting capacity.",
           D(2014, 11, 30), done=D(2015, 2, 27),
           update="Assessment completed and reported to COG Feb 2015.")])
item("austerity", 3313, NAT, AUS[3], "N", "missing_from_force",
     "on the register (closed, no further action) but never logged by the force", hcomment=SUP_EFF)

# ---- Core business 2014
item("core", 4822, NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
     "have not yet done so, should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "C", "in_sync",
     "closed on both sides (near-duplicate of the CDI 2017 call-handler rec; paired by report)",
     f=[fr("D", "Supt Contact Centre", "High",
           "THRIVE criteria introduced in the Force Control Room with training for all "
           "call-handlers.", D(2015, 3, 31), done=D(2015, 3, 20),
           update="THRIVE live 20/03/2015.")])
item("core", 4823, NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.",
     "B", "closeable_submit", "HMICFRS being-progressed; force Completed and signed off",
     f=[fr("D", "Supt Neighbourhood Policing", "Medium",
           "Problem-solving and prevention activity recorded on the POP database with "
           "evaluation template.", D(2015, 3, 31), rev=D(2019, 3, 31), done=D(2019, 2, 14),
           update="POP database evaluation fields mandatory from Feb 2019. Evidence pack "
                  "held by Risk & Assurance.")])

# ---- Integrity matters 2015
item("integrity", 902, NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "B", "in_sync", "open on both sides",
     f=[fr("O", "Head of Professional Standards", "High",
           "Quarterly PSD disproportionality review of NFA outcomes by protected "
           "characteristic.", D(2015, 8, 31), rev=D(2024, 6, 30),
           update="Data now captured on Centurion; first disproportionality report to "
                  "Ethics Committee March 2024.")])

# ---- Stop and search 2 2015
item("sas15", 5120, NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure "
     "that they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example young people.",
     "C", "in_sync", "closed on both sides (near-identical to the 2013 item)",
     f=[fr("D", "Supt Stop & Search lead", "Medium",
           "S&S data published monthly on force website; OPCC scrutiny panel reviews BWV "
           "and records.", D(2015, 9, 30), done=D(2016, 1, 29),
           update="Website publication live. HMICFRS closed.")])

# ---- Building the picture 2015
item("picture", 5764, NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.",
     "C", "in_sync", "closed on both sides",
     f=[fr("D", "Head of Information Management", "Medium",
           "MoPI audit results reported to Information Assurance Board quarterly.",
           D(2015, 11, 30), done=D(2016, 5, 31),
           update="Standing item on IAB agenda.")])

# ---- Firearms licensing 2015
item("firearms", 6120, NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.",
     "C", "in_sync", "closed on both sides",
     f=[fr("D", "Supt Firearms Licensing", "High",
           "Governance self-assessment against APP; gaps actioned via FL Board.",
           D(2015, 12, 15), done=D(2016, 1, 22),
           update="Self-assessment complete.")])
item("firearms", 6121, NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     "B", "conflict",
     "timescale differs: HMICFRS 'Within three months', force text and target 'Within six "
     "months'",
     f=[fr("O", "Supt Firearms Licensing", "High",
           "Demand and capacity review of the Firearms Licensing Unit; business case for "
           "additional enquiry officers.", D(2016, 3, 15), rev=D(2024, 3, 31),
           text="Within six months, all chief constables should assess the demand placed on "
                "their firearms licensing department and ensure it has the capacity to meet "
                "this demand and provide an efficient and effective service at all times.",
           update="Renewals backlog reduced to 310. Two additional enquiry officers "
                  "recruited; review to FL Board March 2024.")])
item("firearms", 6122, NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "C", "closeable_local", "HMICFRS complete; force Outstanding",
     f=[fr("O", "Supt Firearms Licensing", "High",
           "Weekly review of total expired records; referrals to response for recovery.",
           "Immediate", rev=D(2023, 9, 30),
           update="Process in place. Awaiting NFLMS report to evidence zero backlog.")])
item("firearms", 6123, NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "B", "closeable_submit", "HMICFRS being-progressed; force Completed (pending sign off)",
     f=[fr("D", "Supt Firearms Licensing", "High",
           "Temporary permit procedure rewritten; permits recorded on NFLMS same day.",
           D(2015, 12, 15), rev=D(2023, 6, 30), done=D(2023, 11, 17), sign=False,
           update="Procedure live and audited Nov 2023. Pending sign off by ACC.")])
item("firearms", 6124, NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.",
     "B", "in_sync", "open on both sides",
     f=[fr("O", "Supt Contact Centre", "High",
           "Automatic NFLMS/PNC flag check in command and control for every deployment.",
           D(2015, 12, 15), rev=D(2024, 9, 30),
           update="Dependent on new command and control system (go-live Q2 2024/25).")])

# ---- PEEL effectiveness 2015 (force only: no longer on the HMICFRS register)
item("pe15", None, None, None, None, "not_on_hmicfrs_list",
     "force tracks a 2015 AFI that is not on the HMICFRS export (query with HMICFRS)",
     f=[fr("O", "Head of Criminal Justice", "Medium",
           "Out of court disposals policy rewritten; scrutiny by OOCD panel.",
           D(2016, 8, 31), rev=D(2023, 10, 31), ftype="AFI",
           text="The force should revise its approach to cautions, cannabis warning and "
                "penalty notices for disorder to ensure that there is a clear and auditable "
                "explanation to the offender of the implications of receiving the warning and "
                "that, for victim-based crimes, there is a clear and auditable record that "
                "views of the victim are considered prior to their issue.",
           update="Policy being rewritten for the national two-tier framework. Not on the "
                  "HMICFRS list received Nov 2017 - to query.")])

# ---- PEEL efficiency 2016
item("e16", 7215, AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use "
     "of its resources by matching them to demand to meet the needs of the public.",
     "C", "in_sync", "closed on both sides",
     f=[fr("D", "Head of Corporate Development", "Medium",
           "Demand analysis programme; first Force Management Statement.", D(2017, 11, 30),
           done=D(2018, 5, 31), update="FMS1 submitted May 2018. HMICFRS closed.")])
item("e16", 7216, AFI, "The force should develop its understanding of the links between its "
     "outcomes, outputs and costs.", "C", "closeable_local",
     "HMICFRS complete; force Outstanding",
     f=[fr("O", "Director of Finance", "Low",
           "Activity-based costing model linked to performance framework.", D(2017, 11, 30),
           rev=D(2024, 3, 31), update="Costing model built; linkage to outcomes dashboard "
                                      "in development.")])
item("e16", 7217, AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.",
     "B", "closeable_submit", "HMICFRS being-progressed; force Completed and signed off",
     f=[fr("D", "Director of People", "Medium",
           "Strategic Workforce Plan 2023-27 aligned to MTFP and FMS.", D(2017, 11, 30),
           rev=D(2023, 6, 30), done=D(2023, 7, 20),
           update="SWP approved by COG 20/07/2023. Ready to submit for closure.")])

# ---- PEEL legitimacy 2016
item("l16", 7402, AFI,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines.", "B", "in_sync", "open on both sides",
     f=[fr("O", "Head of Professional Standards", "High",
           "Vetting backlog recovery plan; additional vetting officers.", D(2017, 12, 31),
           rev=D(2023, 12, 31),
           update="Backlog down to 41 renewals. Target date passed - revised date to be "
                  "agreed at Feb PSD board.")])
item("l16", 7403, AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns "
     "and that staff are aware of whistleblowing processes.", "C", "in_sync",
     "closed on both sides",
     f=[fr("D", "Head of Professional Standards", "Medium",
           "Launch confidential reporting line (Bad Apple) and intranet campaign.",
           D(2017, 6, 30), done=D(2017, 5, 12), update="Live May 2017.")])

# ---- PEEL effectiveness 2016
item("ef16", 7690, REC,
     "To address this cause of concern, HMIC recommends the force should immediately review "
     "its approach to reports of missing children and take steps to ensure that:\n"
     "• call takers understand and use the missing and absent category appropriately;\n"
     "• call takers and frontline staff have the necessary knowledge to identify risk factors "
     "associated with child sexual exploitation and how to respond to such cases; and\n"
     "• supervisors provide the correct oversight of missing person enquiries and direct "
     "appropriate and timely investigative and safeguarding action.",
     "C", "in_sync", "closed on both sides", coc=COC_MISSING, hcomment=CMT_AUTH,
     f=[fr("D", "Ch Supt Public Protection", "High",
           "Missing persons policy rewrite; 'absent' category withdrawn; CSE training for "
           "call takers; supervisory review at 1 hour.", "Immediate", done=D(2017, 9, 29),
           ftype="Recommendation (CoC)",
           text="Review approach to reports of missing children and take steps to ensure "
                "that: • call takers understand and use the missing and absent category "
                "appropriately; • call takers and frontline staff have the necessary "
                "knowledge to identify risk factors associated with CSE and how to respond; "
                "and • supervisors provide the correct oversight of missing person enquiries "
                "and direct appropriate and timely investigative and safeguarding action.",
           update="Closed by HMICFRS following revisit.")])
item("ef16", 7691, AFI, "The force should improve its understanding of the nature and scale of "
     "child sexual exploitation in its area.", "C", "closeable_local",
     "HMICFRS complete; force Outstanding",
     f=[fr("O", "Head of Intelligence", "Medium",
           "CSE problem profile refreshed annually with partners.", D(2017, 12, 31),
           rev=D(2024, 4, 30),
           update="2023 profile drafted; awaiting local authority data.")])
item("ef16", 7692, AFI, "The force should improve the supervision of investigations, so that "
     "investigation plans are set, reviewed and recorded and victims receive a consistently "
     "good service.", "B", "in_sync", "open on both sides",
     f=[fr("O", "Det Ch Supt Force CID", "High",
           "Investigation plan template on Niche; supervisory review every 7 days.",
           D(2017, 12, 31), rev=D(2024, 6, 30),
           update="Compliance 71% (Dec 23). Linked to PEEL 18/19 supervision rec.")])

# ---- CDI 2017
item("cdi17", 8102, REC, CDI_VICTIMS, "B", "closeable_submit",
     "HMICFRS being-progressed; force Completed (text abridged in own words, all five "
     "bullets present)",
     f=[fr("D", "Force Crime Registrar", "High",
           "Crime recording improvement plan: victim belief training, THRIVE+ log summary "
           "standard, multiple crime recording audit, no-wait for ABE/medical, online "
           "triage.", D(2018, 3, 7), rev=D(2022, 3, 31), done=D(2023, 10, 13),
           text="Within 6 months: arrangements so that victims are believed at point of "
                "report; call summaries on incident logs are accurate; multiple crimes are "
                "always recorded; no waiting for medical / video interview results before "
                "recording decision; online reports triaged at receipt for risk.",
           update="FCR audit Oct 2023: compliance 94%. Evidence pack with DCC for closure.")])
item("cdi17", 8103, REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "B", "in_sync", "open on both sides (near-duplicate of Core Business 2014 item)",
     f=[fr("O", "Supt Contact Centre", "High",
           "Refresh THRIVE+ criteria card and retrain call-handlers.", D(2017, 12, 7),
           rev=D(2024, 5, 31),
           update="Retraining 60% complete; new starters trained on induction.")])
item("cdi17", 8104, AFI, "The force should make sure it records reports of rape and serious "
     "sexual offences accurately and without delay.", "C", "in_sync", "closed on both sides",
     f=[fr("D", "Force Crime Registrar", "Medium",
           "Rape recording audit by FCR team monthly.", D(2018, 3, 31), done=D(2018, 6, 29),
           update="HMICFRS closed.")])
item("cdi17", 8105, REC, "Immediately, the force should improve its use of its crime-recording "
     "and management system to better manage its case files and investigative processes.",
     "B", "missing_from_force", "on the register, open; no row in the force tracker")
item("cdi17", None, None, None, None, "not_on_hmicfrs_list", "force's own local action",
     f=[fr("D", "Force Crime Registrar", "Medium",
           "Dip-sample 50 rape and serious sexual offences crime reports each quarter and "
           "report findings to the Crime Standards Board", D(2018, 6, 30),
           done=D(2018, 9, 28), ftype="Force action",
           text="Force action - dip-sample 50 RASSO crime reports each quarter and report "
                "findings to the Crime Standards Board.",
           update="Business as usual from Q2 2018/19.")])

# ---- Stolen freedom 2017 (split: one row per bullet of the leadership rec)
SF_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.",
]
SF_ACTIONS = [
    ("ACC Crime named strategic lead; MSHT standing item at Force Tactical Board.",
     D(2018, 6, 29)),
    ("All MSHT crimes allocated to Protecting Vulnerable People investigators.",
     D(2019, 1, 31)),
    ("Lincolnshire Modern Slavery Partnership relaunched with ISA and joint tasking.",
     D(2019, 9, 30)),
    ("MSHT performance measures added to the PVP performance pack with quarterly QA.",
     D(2020, 3, 31)),
]
item("stolen", 8290, NAT, SF_LEADERSHIP, "B", "closeable_submit",
     "one recommendation split into four force rows (one per bullet), all Completed; "
     "HMICFRS being-progressed",
     f=[fr("D", "Ch Supt Public Protection", "High", SF_ACTIONS[i][0], D(2018, 10, 24),
           done=SF_ACTIONS[i][1], fref="abcd"[i],
           text="Within 12 months review leadership & governance arrangements for MSHT to "
                "ensure that: " + SF_BULLETS[i],
           update="Complete - evidence held." if i < 3 else
           "Complete. All four parts of rec 1 now complete - submit to HMICFRS.")
        for i in range(4)])
item("stolen", 8291, NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "B", "in_sync", "open on both sides (HMICFRS text carries a stray footnote '86')",
     f=[fr("O", "Head of Intelligence", "High",
           "ISAs with GLAA, local authorities and Border Force.", D(2018, 4, 24),
           rev=D(2024, 3, 31),
           text="Within six months, forces should have in place active ISAs with other "
                "agencies to facilitate speedy exchange of intelligence and in order to "
                "safeguard victims better and to identify suspects as early as possible.",
           update="GLAA and LA ISAs signed; Border Force ISA with their legal team.")])
item("stolen", 8292, NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "C", "in_sync", "closed on both sides",
     f=[fr("D", "Head of Criminal Justice", "High",
           "Section 45 defence prompt added to custody and case file checklists.", "Immediate",
           done=D(2018, 2, 28), update="HMICFRS closed.")])
item("stolen", 8293, NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     "B", "closeable_submit", "HMICFRS being-progressed; force Completed (pending sign off)",
     f=[fr("D", "Ch Supt Public Protection", "High",
           "Duty to Notify process owned by MSHT SPOC; monthly compliance check.",
           "Immediate", rev=D(2022, 12, 31), done=D(2023, 12, 8), sign=False,
           text="Immediately, forces should take steps to ensure they are fully compliant "
                "with the NRM process as it evolves and are implementing the requirement "
                "placed upon them under the Modern Slavery Act 2015 to notify the HO of any "
                "individual suspected to be an adult victim of MSHT.",
           update="Compliance 100% for 6 months. Pending sign off.")])
item("stolen", 8294, NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps "
     "in its crime-recording accuracy for these types of offences.",
     "C", "closeable_local", "HMICFRS complete; force Outstanding",
     f=[fr("O", "Force Crime Registrar", "Medium",
           "Add MSHT to the FCR audit programme.", "Immediate", rev=D(2023, 3, 31),
           update="Audit capacity agreed; first MSHT audit scheduled.")])
item("stolen", 8295, NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).", "B", "in_sync", "open on both sides",
     f=[fr("O", "Det Ch Supt Force CID", "High",
           "MSHT investigations allocated to PVP; NCA/JIT liaison via EMSOU.", "Immediate",
           rev=D(2024, 9, 30),
           update="Skills gap analysis for PVP DCs under way.")])
item("stolen", 8296, NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "B", "missing_from_force",
     "on the register, open; no row in the force tracker")
item("stolen", None, None, None, None, "not_on_hmicfrs_list", "force's own local action",
     f=[fr("D", "Ch Supt Public Protection", "Low",
           "Appoint a single point of contact for modern slavery and human trafficking in "
           "each local policing area", D(2018, 3, 31), done=D(2018, 3, 1),
           ftype="Force action",
           text="Local action: appoint an MSHT SPOC in each local policing area (East, West, "
                "South).", update="SPOCs in place.")])

# ---- PEEL efficiency 2017 national
item("efc17", 8433, NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.",
     "B", "closeable_submit", "HMICFRS being-progressed; force Completed and signed off",
     f=[fr("D", "Head of Corporate Development", "Medium",
           "Digital Strategy 2019-22 including Single Online Home adoption.",
           D(2018, 9, 30), done=D(2019, 4, 30),
           text="By September 2018, chief constables should produce an ambitious plan to "
                "improve digitally-enabled services within their force.",
           update="Digital Strategy approved; SOH live. Submit for closure.")])

# ---- PEEL legitimacy 2017 national (stop and search)
item("leg17", 8541, NAT, SAS_MONITORING_2017, "B", "in_sync", "open on both sides",
     coc=COC_SAS,
     f=[fr("O", "Supt Stop & Search lead", "High",
           "S&S monitoring dashboard: disproportionality, find rates by ethnicity and "
           "search type, possession-only drug searches.", D(2018, 7, 31),
           rev=D(2024, 3, 31),
           text="By July 2018 monitor a comprehensive set of S&S data to understand: reasons "
                "for disproportionate representation of ethnic groups; find rates by "
                "ethnicity & search type (incl. drug possession vs supply); prevalence of "
                "possession-only drug searches and alignment with local/force priorities.",
           update="Dashboard live; possession-only analysis still manual.")])
item("leg17", 8542, NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", "B", "closeable_submit", "HMICFRS being-progressed; force Completed",
     coc=COC_SAS,
     f=[fr("D", "Supt Stop & Search lead", "Medium",
           "Disproportionality research with University of Lincoln; action plan published.",
           D(2018, 7, 31), rev=D(2022, 12, 31), done=D(2022, 11, 30),
           update="Research and action plan published on website Nov 2022.")])
item("leg17", 8543, NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "C", "in_sync", "closed on both sides", coc=COC_SAS,
     f=[fr("D", "Supt Stop & Search lead", "Low",
           "Annual S&S report published each July.", D(2018, 7, 31), done=D(2018, 7, 27),
           update="Published annually. HMICFRS closed.")])
item("leg17", 8544, NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "B", "in_sync",
     "open on both sides", coc=COC_SAS,
     f=[fr("O", "Head of Learning & Development", "Medium",
           "Unconscious bias and S&S APP module for all officers; refresher every 2 years.",
           D(2018, 7, 31), rev=D(2024, 7, 31),
           update="Completion 88%; refresher cycle started.")])

# ---- PEEL effectiveness 2017 (cause of concern: domestic abuse)
item("ef17", 8688, REC,
     "To address this cause of concern, HMIC recommends the force should immediately take "
     "steps to ensure that there is effective supervision of the initial risk assessment "
     "process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases.", "B", "conflict",
     "type differs: HMICFRS recommendation under a cause of concern, force logs it as an AFI",
     coc=COC_DA,
     f=[fr("O", "Ch Supt Public Protection", "Medium",
           "Supervisor check of DASH on every DA incident; DA policy rewrite.", "Immediate",
           rev=D(2024, 3, 31), ftype="AFI",
           text="The force should take steps to ensure that there is effective supervision "
                "of the initial risk assessment process, specifically in relation to the "
                "completion of DASH risk assessment in appropriate cases.",
           update="DA policy signed off. Supervisory compliance 82%; DARA pilot under way.")])
item("ef17", 8689, AFI,
     "The force should consider ways of increasing the use of arrest, ancillary orders and "
     "other available powers, in order to improve the service it provides to victims of "
     "domestic abuse, offer the best possible protection and bring more perpetrators to "
     "justice.", "B", "closeable_submit", "HMICFRS being-progressed; force Completed",
     f=[fr("D", "Ch Supt Public Protection", "Medium",
           "DVPN/DVPO and arrest rates in DA performance pack; DA champions on each team.",
           D(2018, 12, 31), done=D(2021, 6, 30),
           update="Arrest rate up from 31% to 46%. Signed off; to submit.")])
item("ef17", 8690, REC,
     "Immediately, the force should cease the practice of conducting domestic abuse risk "
     "assessments over the telephone and dealing with domestic abuse in the resolution centre.",
     "C", "in_sync", "closed on both sides", coc=COC_DA,
     f=[fr("D", "Supt Contact Centre", "High",
           "Stop telephone DASH; all DA incidents attended.", "Immediate",
           done=D(2018, 4, 30), ftype="Recommendation (CoC)",
           text="Immediately cease the practice of conducting DA risk assessments over the "
                "telephone and dealing with DA in the resolution centre.",
           update="Ceased April 2018. HMICFRS closed.")])

# ---- National child protection inspection 2018
item("ncpi18", 8912, REC, NCPI_DETENTION, "B", "in_sync", "open on both sides",
     f=[fr("O", "Ch Insp Custody", "High",
           "Joint protocol with children's services on PACE beds; AA service contract "
           "review.", D(2018, 12, 19), rev=D(2024, 6, 30),
           update="Protocol signed; AA contract retender in 2024/25.")])
item("ncpi18", 8913, REC,
     "Within three months, the force should make sure officers and staff have the training "
     "they need to identify and respond to child sexual exploitation.", "C", "closeable_local",
     "HMICFRS complete; force Outstanding",
     f=[fr("O", "Head of Learning & Development", "Medium",
           "CSE e-learning for all officers and staff.", D(2018, 9, 19), rev=D(2023, 12, 31),
           update="E-learning 79% complete. Chasing stragglers.")])
item("ncpi18", 8914, REC,
     "Within six months the force should improve how it works with partner organisations to "
     "safeguard people at risk from online child sexual abuse.", "B", "closeable_submit",
     "HMICFRS being-progressed; force Completed (pending sign off)",
     f=[fr("D", "Ch Supt Public Protection", "Medium",
           "POLIT referrals shared with MASH within 24 hours.", D(2018, 12, 19),
           done=D(2024, 1, 12), sign=False,
           update="Process live Jan 2024. Pending sign off.")])

# ---- PEEL 2018/19 (cause of concern: investigation)
item("p1819", 9406, REC,
     "HMIC recommends that the force should immediately: conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them; and", "B", "closeable_submit",
     "HMICFRS being-progressed; force Completed and signed off", coc=COC_INVEST,
     f=[fr("D", "Det Ch Supt Force CID", "High",
           "Investigative workload review across CID and response.", "Immediate",
           done=D(2019, 12, 20), ftype="Recommendation (CoC)",
           text="Conduct a review of officers' capabilities and capacity to manage their "
                "investigative workload, to better understand investigative demand and the "
                "pressures placed upon them.",
           update="Review complete; new investigation allocation model.")])
item("p1819", 9407, REC,
     "HMIC recommends that the force should immediately: conduct a review, involving its "
     "partners, of the approach to vulnerability to better safeguard vulnerable people.", "B",
     "in_sync", "open on both sides", coc=COC_INVEST,
     f=[fr("O", "Ch Supt Public Protection", "High",
           "Vulnerability review with partners through the Safeguarding Boards.", "Immediate",
           rev=D(2024, 3, 31), ftype="Recommendation (CoC)",
           text="Conduct a review, involving partners, of the approach to vulnerability to "
                "better safeguard vulnerable people.",
           update="Review report drafted; to Safeguarding Board March 2024.")])
item("p1819", 9408, REC,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded.", "B", "in_sync", "open on both sides", coc=COC_INVEST,
     f=[fr("O", "Det Ch Supt Force CID", "High",
           "Supervisory review recorded on Niche every 7 days.", D(2019, 11, 2),
           rev=D(2023, 12, 31), ftype="Recommendation (CoC)",
           text="Within 6 months ensure regular & active supervison of the quality and "
                "progress of investigations. This supervison should be properly recorded.",
           update="See EV16 rec 3. Compliance 71%.")])
item("p1819", 9409, REC,
     "HMIC recommends that within six months the force should: improve its ability to retrieve "
     "digital evidence from mobile phones, computers and other electronic devices quickly "
     "enough to ensure investigations are not delayed.", "C", "in_sync",
     "closed on both sides", coc=COC_INVEST,
     f=[fr("D", "Det Ch Supt Force CID", "High",
           "Digital forensic kiosks in each hub; DFU backlog recovery.", D(2019, 11, 2),
           done=D(2021, 3, 31), ftype="Recommendation (CoC)",
           update="Backlog cleared. HMICFRS closed 2021.")])
item("p1819", 9410, REC,
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail.",
     "B", "conflict",
     "report/date differ: HMICFRS PEEL 2018/19 (2nd May 2019); force files it in the PEEL "
     "2021/22 block (published 20/05/2022)", coc=COC_INVEST, fblock="p2122",
     f=[fr("O", "Head of Criminal Justice", "Medium",
           "RUI and bail management dashboard; bail manager role.", D(2022, 11, 20),
           rev=D(2024, 4, 30), ftype="Recommendation", hid_shown=False,
           text="Improve understanding of suspects released under investigation and the "
                "management of those released on bail.",
           update="Bail manager in post; RUI dashboard in test.")])
item("p1819", 9411, AFI, "The force should develop a problem-solving approach to anti-social "
     "behaviour, working with local communities and partners.", "C", "in_sync",
     "closed on both sides",
     f=[fr("D", "Supt Neighbourhood Policing", "Medium",
           "Neighbourhood problem-solving framework (SARA) and partner tasking.",
           D(2020, 3, 31), done=D(2020, 2, 28), update="HMICFRS closed.")])
item("p1819", 9412, AFI, "The force should make sure its analysis of serious and organised "
     "crime informs its strategic assessment and control strategy.", "B", "closeable_submit",
     "HMICFRS being-progressed; force Completed and signed off",
     f=[fr("D", "Head of Intelligence", "Medium",
           "SOC local profiles feed the annual strategic assessment.", D(2020, 3, 31),
           done=D(2020, 6, 30), update="Evidence pack complete. Submit for closure.")])
item("p1819", None, None, None, None, "not_on_hmicfrs_list", "force's own local action",
     f=[fr("O", "Det Ch Supt Force CID", "Medium",
           "Task & Finish group to review the county lines drug dealing policy and report to "
           "the Force Executive Team", D(2020, 6, 30), rev=D(2024, 2, 29),
           ftype="Force action",
           text="Force action - Task & Finish group to review the county lines policy and "
                "report to FET.", update="T&F group reconvened Jan 2024.")])

# ---- Disproportionate use of police powers 2021 (national)
item("powers", 10581, NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This "
     "should be in addition to existing training on conflict management and de-escalation.",
     "B", "in_sync", "open on both sides",
     f=[fr("O", "Head of Learning & Development", "Medium",
           "Communication skills module in officer safety training.", D(2022, 7, 31),
           rev=D(2024, 7, 31), update="Module in design with L&D.")])
item("powers", 10582, NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "C", "closeable_local",
     "HMICFRS complete; force Outstanding",
     f=[fr("O", "Head of Learning & Development", "Low",
           "CPD day content and BWV debrief guide for sergeants.", D(2021, 7, 31),
           rev=D(2023, 9, 30), update="Guide drafted; sergeant briefings outstanding.")])
item("powers", 10583, NAT, BWV_2021, "B", "conflict",
     "missing bullet: force text omits the third part (external scrutiny panel access to BWV "
     "footage)",
     f=[fr("O", "Supt Stop & Search lead", "High",
           "BWV activation mandatory for S&S; supervisors review 10% of S&S footage monthly.",
           D(2021, 9, 30), rev=D(2024, 3, 31),
           text="By September 2021, forces should: ensure that officers record on BWV (when "
                "this is available) the entirety of all S&S encounters, including traffic "
                "stops and use of force incidents.\nhave a structured process for regularly "
                "reviewing and monitoring internally a sufficient sample of BWV footage to "
                "identify and disseminate learning and hold officers to account when "
                "behaviour falls below acceptable standards.",
           update="Activation 91%. Monthly review in place in 2 of 3 areas.")])
item("powers", None, None, None, None, "not_on_hmicfrs_list",
     "national rec for the Home Office/NPCC, tracked by the force as Not Adopted (GREY); not "
     "on the force's HMICFRS list",
     f=[fr("X", "Supt Stop & Search lead", "Low",
           "None - recommendation for the Home Office and NPCC. Force will supply data as "
           "required.", "No deadline set by HMICFRS", ftype="National rec",
           text="The Home Office and the NPCC should take steps to ensure that the quality of "
                "the data collected on the number of incidents where force has been used to "
                "effect a stop and search is sufficient for publication. The Home Office "
                "should publish this data as soon as possible.",
           update="Not for the force to deliver. Not adopted - agreed at JIAC Sept 2021.")])
item("powers", 10585, NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "B", "closeable_submit",
     "HMICFRS being-progressed; force Completed and signed off",
     f=[fr("D", "Supt Stop & Search lead", "Medium",
           "Use of force data in the Legitimacy dashboard; quarterly review at Ethics "
           "Committee.", D(2021, 7, 31), rev=D(2022, 3, 31), done=D(2022, 3, 25),
           update="Complete; evidence pack submitted to DCC.")])

# ---- PEEL 2021/22
item("p2122", 11237, AFI, "The force should make sure victims of stalking and harassment are "
     "kept informed about the progress of their case, in line with the Code of Practice for "
     "Victims of Crime.", "B", "in_sync", "open on both sides",
     f=[fr("O", "Head of Criminal Justice", "Medium",
           "VCOP compliance checks for stalking crimes; victim update reminders on Niche.",
           D(2023, 5, 31), rev=D(2024, 5, 31), update="Niche reminder live; audit Q1 24/25.")])
item("p2122", 11238, AFI, "The force should improve the timeliness of its response to calls "
     "for service involving domestic abuse.", "B", "closeable_submit",
     "HMICFRS being-progressed; force Completed (pending sign off)",
     f=[fr("D", "Supt Contact Centre", "High",
           "DA calls graded by THRIVE+ with dedicated DA response car in each area.",
           D(2023, 3, 31), done=D(2023, 9, 29), sign=False,
           update="Attendance within SLA 87% (from 64%). Pending sign off.")])
item("p2122", 11239, AFI, "The force should make sure it consistently uses ancillary orders "
     "and other powers to protect victims of violence against women and girls.", "C",
     "closeable_local", "HMICFRS complete; force Outstanding",
     f=[fr("O", "Ch Supt Public Protection", "Medium",
           "Ancillary orders toolkit; SPOC for SHPO/SRO/DVPO applications.", D(2023, 3, 31),
           rev=D(2024, 3, 31), update="Toolkit published; SPOC recruitment under way.")])
item("p2122", 11240, AFI, "The force should make sure it has enough specialist capacity and "
     "capability to investigate online child sexual abuse.", "B", "in_sync",
     "open on both sides",
     f=[fr("O", "Det Ch Supt Force CID", "High",
           "POLIT uplift business case.", D(2023, 5, 31), rev=D(2024, 3, 31),
           update="Business case approved; 4 posts advertised.")])
item("p2122", 11241, AFI,
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into "
     "account the wellbeing of its workforce.", "B", "in_sync", "open on both sides",
     f=[fr("O", "Supt Contact Centre", "High",
           "FCR resourcing model refresh and wellbeing plan.", D(2023, 5, 31),
           update="Recruitment of 18 call handlers complete; attrition still high.")])
item("p2122", 11242, AFI, "The force should review how it gathers and uses equality and "
     "diversity data to improve its understanding of its workforce demographics.", "B",
     "in_sync", "open on both sides",
     f=[fr("O", "Director of People", "Low",
           "Self-declaration campaign on SAP; E&D data to People Board.", D(2023, 3, 31),
           rev=D(2024, 3, 31), update="Declaration rate 74%.")])
item("p2122", 11243, AFI, "The force should evaluate its work to prevent knife crime and "
     "share what works across the force.", "C", "in_sync", "closed on both sides",
     f=[fr("D", "Supt Neighbourhood Policing", "Low",
           "Evaluation of Op Sceptre activity with the VRP.", D(2023, 3, 31),
           done=D(2023, 2, 24), update="Evaluation published. HMICFRS closed.")])
item("p2122", None, None, None, None, "not_on_hmicfrs_list", "force's own local action",
     f=[fr("O", "Head of Corporate Development", "Medium",
           "Add violence against women and girls measures to the monthly Force Performance "
           "pack", D(2023, 9, 30), ftype="Force action",
           text="Force action - add VAWG measures to the monthly Force Performance pack.",
           update="Measures agreed; pack redesign delayed.")])

# ---- PEEL 2023/25 (new, not yet loaded by the force)
item("p2325", 12604, AFI, "The force should make sure its performance framework gives senior "
     "leaders a clear picture of its response to violence against women and girls.", "A",
     "missing_from_force", "new report (5 Dec 2023) not yet loaded into the tracker",
     hcomment=CMT_NEW)
item("p2325", 12605, AFI, "The force should improve how it gathers, assesses and acts on "
     "intelligence about serious and organised crime.", "A", "missing_from_force",
     "new report (5 Dec 2023) not yet loaded into the tracker", hcomment=CMT_NEW)


# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------
def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d:%B %Y}"


def add_days(d, n):
    return d + dt.timedelta(days=n)


SLUG = {"A": "awaiting-review", "B": "being-progressed", "C": "complete",
        "N": "no-further-action-needed"}


def hmicfrs_status_date(it):
    pub = REPORTS[it["rep"]][1]
    st = it["hst"]
    if st == "A":
        return add_days(pub, 1)
    done = [r["done"] for r in it["f"] if r.get("done")]
    if st in ("C", "N") and done and it["cat"] == "in_sync":
        base = max(done)
        d = add_days(base, rng.randint(35, 220))
    elif st == "N":
        d = add_days(pub, rng.randint(500, 900))
    else:
        d = add_days(pub, rng.randint(200, 1400))
    if st == "N":  # closed as superseded once PEEL had re-inspected the area (2016 on)
        d = max(d, add_days(D(2016, 3, 1), rng.randint(0, 150)))
    if st == "B":
        d = add_days(D(2023, 1, 1), rng.randint(0, 330)) if d > D(2023, 12, 20) else d
    return min(d, D(2024, 1, 19))


def hmicfrs_comment(it):
    if it["hcomment"]:
        return it["hcomment"]
    st = it["hst"]
    if st == "B":
        return CMT_MONITOR if rng.random() < 0.8 else CMT_REVIEW
    if st == "C":
        return CMT_COMPLETE if rng.random() < 0.7 else CMT_AUTH
    return CMT_NEW


def force_rag(r):
    if r["st"] == "D":
        return "GREEN"
    if r["st"] == "X":
        return "GREY"
    t = r["rev"] if r["rev"] else r["tgt"]
    if isinstance(t, dt.date):
        return "RED" if t < AS_AT else "AMBER"
    if t == "Immediate":
        return "RED"
    return "AMBER"


# --------------------------------------------------------------------------------------
# write the HMICFRS CSV
# --------------------------------------------------------------------------------------
def write_hmicfrs():
    rows = [it for it in ITEMS if it["hid"] is not None]
    rows.sort(key=lambda it: (REPORTS[it["rep"]][1], it["hid"]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["ID", "Force", "Report", "Published", "Type", "Cause of concern",
                "Recommendation", "Status", "Status date", "Latest comment"])
    for n, it in enumerate(rows, start=2):
        title, pub, _, _ = REPORTS[it["rep"]]
        w.writerow([it["hid"], FORCE, title, ordinal(pub), it["htype"], it["coc"],
                    it["htext"], SLUG[it["hst"]], ordinal(hmicfrs_status_date(it)),
                    hmicfrs_comment(it)])
        it["hrow"] = f"hmicfrs.csv!{n}"
    (OUT / "hmicfrs.csv").write_bytes(buf.getvalue().encode("utf-8-sig"))
    return len(rows)


# --------------------------------------------------------------------------------------
# write the force tracker
# --------------------------------------------------------------------------------------
HEAD = ["Force ref", "HMICFRS ID", "Inspection", "Published", "Type", "Priority",
        "Recommendation / AFI", "Agreed management action", "Responsible officer",
        "Original target date", "Revised target date", "Status", "RAG", "Date completed",
        "Signed off (chief officer / date)", "Update for Committee"]
WIDTH = [11, 10, 22, 11, 14, 9, 70, 45, 22, 14, 14, 12, 8, 12, 22, 50]
FILL = {"RED": "FF0000", "AMBER": "FFC000", "GREEN": "00B050", "GREY": "BFBFBF"}
STATUS_WORD = {"O": "Outstanding", "D": "Completed", "X": "Not Adopted"}
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)


def write_tracker():
    wb = Workbook()
    ws = wb.active
    ws.title = TRACKER_SHEET
    ws["A1"] = "Lincolnshire Police – HMICFRS Recommendations and Areas for Improvement"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Progress report to the Joint Independent Audit Committee – position as at "
                "31 January 2024")
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = ("Maintained by Strategic Risk & Assurance in the same format as the internal "
                "audit recommendations tracker. RAG and status definitions: see 'Key' tab.")
    ws["A3"].font = Font(italic=True, size=9)
    hr = 5
    for c, h in enumerate(HEAD, start=1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
        ws.column_dimensions[cell.column_letter].width = WIDTH[c - 1]

    # blocks by the report the force files the row under
    blocks: dict[str, list[tuple[dict, dict]]] = {}
    for it in ITEMS:
        for r in it["f"]:
            blocks.setdefault(it["fblock"], []).append((it, r))
    order = sorted(blocks, key=lambda k: REPORTS[k][1])
    row = hr + 1
    summary = {}
    for key in order:
        _, pub, fname, code = REPORTS[key]
        start = row
        seq = 0
        rows_here = sorted(blocks[key], key=lambda x: x[0]["fblock"] != x[0]["rep"])
        prev = None
        for it, r in rows_here:
            if it is not prev:
                seq += 1
            prev = it
            ref = f"{code}-{seq}{r['fref'] or ''}"
            hid = it["hid"] if (it["hid"] and r["hid_shown"]
                                and 2015 <= REPORTS[it["rep"]][1].year <= 2019) else None
            ftype = r["ftype"] or (("Recommendation (CoC)" if it["coc"] and it["htype"] == REC
                                    else F_TYPE[it["htype"]]))
            text = r["text"] or it["htext"]
            rag = force_rag(r)
            summary[(r["prio"], rag)] = summary.get((r["prio"], rag), 0) + 1
            sign = ""
            if r["st"] == "D" and r["sign"]:
                sd = min(add_days(r['done'], rng.randint(5, 40)), D(2024, 1, 26))
                sign = f"{CHIEF[r['lead']]} – {sd:%d/%m/%Y}"
            vals = [ref, hid, fname if row == start else None, pub if row == start else None,
                    ftype, r["prio"], text, r["action"], r["lead"], r["tgt"], r["rev"],
                    STATUS_WORD[r["st"]], rag, r["done"], sign, r["update"]]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row, c, v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = BORDER
                if isinstance(v, dt.date):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row, 13).fill = PatternFill("solid", fgColor=FILL[rag])
            r["frow"] = f"{TRACKER_SHEET}!{row}"
            row += 1
        if row - 1 > start:
            ws.merge_cells(start_row=start, end_row=row - 1, start_column=3, end_column=3)
            ws.merge_cells(start_row=start, end_row=row - 1, start_column=4, end_column=4)
        for c in (3, 4):
            ws.cell(start, c).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(start, c).font = Font(bold=True)
    last = row - 1
    ws.freeze_panes = ws.cell(hr + 1, 1)
    ws.auto_filter.ref = f"A{hr}:P{last}"

    # Summary sheet (committee counts, as in a JARAP paper)
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary of HMICFRS recommendations by priority and RAG – 31 January 2024"
    ss["A1"].font = Font(bold=True)
    rags = ["RED", "AMBER", "GREEN", "GREY"]
    ss.append([])
    ss.append(["Priority"] + rags + ["Total"])
    for p in ["High", "Medium", "Low"]:
        vals = [summary.get((p, g), 0) for g in rags]
        ss.append([p] + vals + [sum(vals)])
    tot = [sum(summary.get((p, g), 0) for p in ["High", "Medium", "Low"]) for g in rags]
    ss.append(["Total"] + tot + [sum(tot)])
    ss.append([])
    ss.append(["Counts are rows on the Recommendations tab (a recommendation delivered through "
               "several agreed actions is counted once per action)."])

    # Key sheet
    ks = wb.create_sheet("Key")
    key_rows = [
        ("Status", "Meaning"),
        ("Outstanding", "Agreed action not yet implemented."),
        ("Completed", "Responsible officer reports the action implemented. Signed off when "
                      "the chief officer has reviewed the evidence; then submitted to "
                      "HMICFRS for closure."),
        ("Not Adopted", "The force will not take the action (e.g. the recommendation is for "
                        "another body). Rationale recorded and reported to the Committee."),
        (None, None),
        ("RAG", "Meaning"),
        ("RED", "Outstanding and exceeding the target date (revised date where agreed)."),
        ("AMBER", "Outstanding but within the target date, or no deadline set by HMICFRS."),
        ("GREEN", "Completed."),
        ("GREY", "Not adopted."),
        (None, None),
        ("Priority", "High / Medium / Low: the force's own risk assessment, as for internal "
                     "audit recommendations."),
        ("Type", "Recommendation, Recommendation (CoC) = linked to a cause of concern, AFI, "
                 "National rec = all-forces recommendation, Force action = local action "
                 "added by the force."),
    ]
    for a, b in key_rows:
        ks.append([a, b])
    ks.column_dimensions["A"].width = 14
    ks.column_dimensions["B"].width = 100
    for c in (1, 6, 12):
        ks.cell(c, 1).font = Font(bold=True)
    for g, col in FILL.items():
        for rr in range(1, ks.max_row + 1):
            if ks.cell(rr, 1).value == g:
                ks.cell(rr, 1).fill = PatternFill("solid", fgColor=col)

    wb.properties.creator = "Strategic Risk & Assurance"
    wb.properties.created = dt.datetime(2024, 1, 31, 9, 0, 0)
    path = OUT / "tracker.xlsx"
    wb.save(path)
    normalise_zip(path)
    return hr + 1, last


def normalise_zip(path: Path):
    """Make the xlsx byte-for-byte reproducible: fixed zip timestamps and modified date."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-01-31T09:00:00Z</dcterms:modified>",
                              data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 31, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def write_truth():
    lines = []
    for it in ITEMS:
        h = it.get("hrow", "")
        if it["f"]:
            for r in it["f"]:
                lines.append((h, r["frow"], it["cat"], it["why"]))
        else:
            lines.append((h, "", it["cat"], it["why"]))

    def k(x):
        h = int(x[0].split("!")[1]) if x[0] else 10_000
        f = int(x[1].split("!")[1]) if x[1] else 0
        return (h, f)

    lines.sort(key=k)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    (OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
    return lines


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    nh = write_hmicfrs()
    first, last = write_tracker()
    lines = write_truth()
    counts = {}
    for _, _, c, _ in lines:
        counts[c] = counts.get(c, 0) + 1
    print(f"HMICFRS items: {nh}; tracker item rows {first}-{last}; truth lines {len(lines)}")
    for c in sorted(counts):
        print(f"  {c}: {counts[c]}")


if __name__ == "__main__":
    main()
