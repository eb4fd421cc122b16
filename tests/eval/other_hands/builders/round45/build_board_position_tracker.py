"""Build the evaluation case `board_position_tracker` (round 45, independent build).

HMICFRS side: a plain register export (hmicfrs.csv), one record per recommendation, with the
register's own integer IDs, status slugs (awaiting-review / being-progressed / complete), the
register's "9th February 2017" date style and its stock comment texts.

Force side (tracker.xlsx): Lincolnshire Police's organisational-learning tracker in which every
HMICFRS item is assigned to the governance board that oversees it.  Items sit in one section per
board; progress is a dated log written by the lead; the "Delivery RAG" is delivery confidence
(it does NOT mean done); completion is recorded only in the "Board position" column
("Closure agreed", or "Recommended for closure" while the closure report waits for the board,
or "Not force responsibility - noted").

Run with /work/main/.venv/bin/python; a fixed seed makes the output byte for byte identical.
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

SEED = 4517
HERE = Path(__file__).resolve().parent
CASE = "board_position_tracker"
OUT = HERE / CASE
FORCE = "Lincolnshire Police"
SHEET = "Recs by Board"

rng = random.Random(SEED)

# ---------------------------------------------------------------------------------------------
# Real texts (Open Government Licence): copied from /work/main/reconcile/casegen/texts and
# /work/shared/data/real_recommendations.csv.  Force-level items are real HMICFRS stems + real
# bodies, as the casegen lists combine them.
# ---------------------------------------------------------------------------------------------
NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

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
CUSTODY_CHILDREN_BODY = (
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

# Reports: key -> (HMICFRS report title, publication date, the tracker's own name for it)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop and Search 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop and Search 2 (2015)"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "Targeting the Risk (Firearms Licensing) 2015"),
    "ncpi16": ("National child protection inspection: Lincolnshire Police", dt.date(2016, 6, 9),
               "NCPI 2016"),
    "eff16": ("PEEL: Police efficiency 2016 – An inspection of Lincolnshire Police",
              dt.date(2016, 11, 3), "PEEL Efficiency 2016"),
    "cdi17": ("Crime data integrity inspection 2017 – Lincolnshire Police", dt.date(2017, 9, 14),
              "CDI 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "legf17": ("PEEL: Police legitimacy 2017 – An inspection of Lincolnshire Police",
               dt.date(2017, 12, 12), "PEEL Legitimacy 2017"),
    "cust18": ("Report on an unannounced inspection visit to police custody suites in "
               "Lincolnshire", dt.date(2018, 8, 7), "Custody inspection 2018"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – An inspection "
               "of Lincolnshire Police", dt.date(2022, 5, 10), "PEEL 2021/22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023–2025 – An inspection "
               "of Lincolnshire Police", dt.date(2024, 6, 7), "PEEL 2023/25"),
    # only on the force side
    "cdi14": (None, dt.date(2014, 9, 25), "CDI 2014"),
}

# Boards: code -> (section title as the tracker prints it, chair, meets)
BOARDS = {
    "PPV": ("PUBLIC PROTECTION & VULNERABILITY BOARD", "ACC Crime", "Bi-monthly"),
    "CJ": ("CRIME & CRIMINAL JUSTICE BOARD", "Det Ch Supt Force CID", "Monthly"),
    "LPC": ("LEGITIMACY & PUBLIC CONFIDENCE BOARD (incl. Stop & Search and Use of Force)",
            "ACC Local Policing", "Quarterly"),
    "PC": ("PEOPLE & CULTURE BOARD", "Director of People", "Bi-monthly"),
    "CR": ("CHANGE & RESOURCES BOARD", "Director of Finance", "Monthly"),
    "OS": ("OPERATIONAL SUPPORT BOARD (Contact, Firearms Licensing, Information Mgmt)",
           "ACC Local Policing", "Bi-monthly"),
}
BOARD_NAMES = {"PPV": "Public Protection & Vulnerability Board",
               "CJ": "Crime & Criminal Justice Board",
               "LPC": "Legitimacy & Public Confidence Board",
               "PC": "People & Culture Board", "CR": "Change & Resources Board",
               "OS": "Operational Support Board"}
BOARD_ORDER = ["PPV", "CJ", "LPC", "PC", "CR", "OS"]
LAST_BOARD = {"PPV": dt.date(2024, 9, 12), "CJ": dt.date(2024, 9, 5), "LPC": dt.date(2024, 6, 27),
              "PC": dt.date(2024, 8, 22), "CR": dt.date(2024, 7, 11), "OS": dt.date(2024, 8, 15)}

# Board positions (force): the tracker's own words.  done = closure agreed / recommended for
# closure (closure report with the board) / not force responsibility.
POS = {
    "notyet": "Not yet presented",
    "retain": "Retain – update due",
    "recommend": "Recommended for closure",
    "agreed": "Closure agreed",
    "white": "Not force responsibility – noted",
}
FORCE_DONE = {"recommend", "agreed", "white"}

# HMICFRS comments (exact texts from the register pages)
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being "
         "monitored by HMICFRS and this record will, in due course, be updated.")
C_REV = ("The status of this recommendation is currently being reviewed by HMIC and will be "
         "updated when this review is complete.")
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by "
          "members of the {team} inspection team in recent inspection activity.")
C_SUPER = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
           "inspections. Where a cause of concern still exists this will appear in the register "
           "against these subsequent inspections.")


def D(y, m, d):
    return dt.date(y, m, d)


# ---------------------------------------------------------------------------------------------
# Items.  h: HMICFRS status key; f: force row (dict) or list of rows (split) or None (missing).
# Force row keys: b board, pos, rag, lead, note, text (explicit force wording, else derived from
# the HMICFRS text by `fx`), fx, ftype, fid ("tbc", an int, or None = the register's id),
# rev (last board review / decision date), sent (date evidence sent to HMICFRS).
# ---------------------------------------------------------------------------------------------
ITEMS = [
    # --- Stop and search 2013 ---------------------------------------------------------------
    dict(r="sas13", t=NAT, h=("progress", D(2016, 3, 1), C_REV),
         text="Chief Constables and the College of Policing should establish in the Stop and "
              "Search Authorised Professional Practice document a clear specification of what "
              "constitutes the effective and fair exercise of stop and search powers, and "
              "guidance in this respect. This should be compliant with the Code of Practice.",
         f=dict(b="LPC", pos="white", rag="Green", lead="ACC Local Policing", fx="v",
                rev=D(2023, 11, 16),
                note="Nov-23: Board noted the specification sits with the College of Policing "
                     "(APP published and adopted in force policy). No further force action; "
                     "request HMICFRS closes.\nMar-23: Checked force S&S policy against APP."),
         cat="closeable_submit",
         why="HMICFRS being-progressed; force 'Not force responsibility – noted' (WHITE-type close, done)"),
    dict(r="sas13", t=NAT, h=("complete", D(2018, 4, 27), C_SUPER),
         text="Chief Constables should establish or improve monitoring of the way officers stop "
              "and search people, so that they can be satisfied their officers are acting in "
              "accordance with the law (including equality legislation and the Code of "
              "Practice), and that the power is used effectively to prevent crime, catch "
              "criminals and maintain public trust.",
         f=dict(b="LPC", pos="agreed", rag="Green", lead="ACC Local Policing", fx="abbr",
                rev=D(2018, 1, 18), sent=D(2018, 2, 2),
                note="Jan-18: Closure agreed. Monthly S&S monitoring pack in place since 2016."),
         cat="in_sync", why="closed on both: HMICFRS complete (superseded comment); force Closure agreed"),
    dict(r="sas13", t=NAT, h=("complete", D(2017, 6, 12), C_DONE),
         text="Chief Constables should, in consultation with elected local policing bodies, "
              "ensure that they comply with the code of practice by explaining to the public "
              "the way stop and search powers are used in their areas and by making "
              "arrangements for stop and search records to be scrutinised by community "
              "representatives. This should be done in a way that involves those people who "
              "are stopped and searched, for example, young people.",
         f=dict(b="LPC", pos="agreed", rag="Green", lead="ACC Local Policing", fx="v",
                rev=D(2017, 3, 9), sent=D(2017, 3, 20),
                note="Mar-17: Closure agreed. Independent S&S scrutiny panel (incl. youth "
                     "members) meets quarterly; records published on force website."),
         cat="in_sync", why="closed on both: HMICFRS complete; force Closure agreed"),
    # --- Everyone's business 2014 -----------------------------------------------------------
    dict(r="everyone", t=NAT, h=("complete", D(2019, 8, 14), C_SUPER), text=EVERYONE_PLAN,
         f=dict(b="PPV", pos="retain", rag="Green", lead="Ch Supt Public Protection",
                fx="firstpara", rev=D(2024, 9, 12),
                note="Sep-24: DA Delivery Plan 2024-26 refreshed with OPCC and IDVA service; "
                     "on track. Retained so the plan refresh is overseen by the Board.\n"
                     "May-24: Draft plan shared with partners."),
         cat="closeable_local",
         why="HMICFRS complete (superseded by PEEL effectiveness); force Retain (RAG Green is delivery confidence, not done)"),
    # --- Policing in austerity 2014 ---------------------------------------------------------
    dict(r="austerity", t=NAT, h=("complete", D(2016, 2, 3), C_DONE),
         text="All Chief Constables and PCCs should review their plans to deliver savings to "
              "ensure they are doing all they can to continue to reduce crime and protect the "
              "front line while balancing their budgets. They should use the data and "
              "information contained in this report, and in HMIC's Value for Money profiles, "
              "when conducting their reviews",
         f=dict(b="CR", pos="agreed", rag="Green", lead="Director of Finance", fx="v",
                rev=D(2015, 10, 8), sent=D(2015, 10, 22),
                note="Oct-15: Closure agreed. MTFP review completed using VfM profiles."),
         cat="in_sync", why="closed on both"),
    dict(r="austerity", t=NAT, h=("complete", D(2016, 2, 3), C_DONE),
         text="Chief Constables and PCCs in forces planning to deliver less than 10% of their "
              "savings through collaboration should assess whether there is scope to improve on "
              "this position. HMIC will follow up the assessments in the autumn.",
         f=dict(b="CR", pos="agreed", rag="Green", lead="Director of Finance", fx="v",
                rev=D(2015, 10, 8), sent=D(2015, 10, 22),
                note="Oct-15: Closure agreed. Collaboration assessment completed with the "
                     "regional forces."),
         cat="in_sync", why="closed on both"),
    dict(r="austerity", t=NAT, h=("progress", D(2015, 11, 30), C_MON),
         text="Chief Constables and PCCs in forces that are planning to reduce the proportion of "
              "their workforce and/or police officers on the front line should assess whether "
              "they have taken the decisive action seen in many forces in order to maintain "
              "their crime fighting capacity. HMIC will follow up the assessments in the autumn.",
         f=None, cat="missing_from_force",
         why="open on the register (being-progressed); no row in the force tracker"),
    dict(r="austerity", t=NAT, h=("progress", D(2016, 2, 3), C_MON),
         text="In preparation for the next spending round period all Chief Constables and PCCs "
              "should review their plans for collaboration. In particular they should consider "
              "whether there is scope to deliver better value for money and improved capability "
              "and capacity through joint working with other forces, the public and/or the "
              "private sector.",
         f=dict(b="CR", pos="agreed", rag="Green", lead="Director of Finance", fx="v",
                rev=D(2024, 7, 11),
                note="Jul-24: Closure agreed – collaboration review complete; regional "
                     "collaboration agreement signed. Evidence pack to be sent to HMICFRS.\n"
                     "Apr-24: Closure report drafted."),
         cat="closeable_submit", why="HMICFRS being-progressed; force Closure agreed, not yet sent"),
    # --- Core business 2014 -----------------------------------------------------------------
    dict(r="core", t=NAT, h=("progress", D(2019, 3, 6), C_MON),
         text="Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
              "that have not yet done so, should provide call-handlers with specific, sound and "
              "comprehensible criteria against which they can assess threat, harm and risk.",
         f=dict(b="OS", pos="retain", rag="Amber", lead="Supt Contact Centre", fx="v",
                rev=D(2024, 8, 15),
                note="Aug-24: THRIVE+ refresher for call handlers 70% complete; new QA form "
                     "live from Oct.\nApr-24: Contact Management Review recommended refresh of "
                     "THRIVE criteria."),
         cat="in_sync", why="open on both"),
    dict(r="core", t=NAT, h=("complete", D(2020, 1, 22), C_AUTH.format(team="PEEL")),
         text="By 31 March 2015 all forces should ensure that crime prevention or disruption "
              "activity carried out is systematically recorded and subsequently evaluated to "
              "determine the effectiveness of tactics being employed.",
         f=dict(b="CJ", pos="retain", rag="Green", lead="Head of Corporate Development",
                fx="v", rev=D(2024, 6, 20),
                note="Jun-24: Problem-solving database (POP) records and evaluates activity; "
                     "evaluation toolkit on track for Dec-24.\nFeb-24: Retained pending toolkit."),
         cat="closeable_local", why="HMICFRS complete (authorised for closure); force Retain"),
    # --- Integrity matters 2015 -------------------------------------------------------------
    dict(r="integrity", t=NAT, h=("progress", D(2017, 5, 2), C_MON),
         text="By 31 August 2015, all chief constables should satisfy themselves that they have "
              "processes in place to ensure that investigations into misconduct by officers and "
              "staff resulting in “no further action” are fair and free of any form of "
              "discrimination.",
         f=dict(b="PC", pos="recommend", rag="Green", lead="Head of Professional Standards",
                fx="q",
                note="Sep-24: Closure report submitted to Oct People & Culture Board – PSD "
                     "disproportionality dip-sample of NFA outcomes completed, no issues.\n"
                     "Jun-24: Dip-sample of 60 NFA files under way."),
         cat="closeable_submit",
         why="HMICFRS being-progressed; force 'Recommended for closure' (proposed for closure = done)"),
    # --- Stop and search 2 2015 -------------------------------------------------------------
    dict(r="sas15", t=NAT, h=("complete", D(2017, 6, 12), C_DONE),
         text="Chief constables should, in consultation with police and crime commissioners, "
              "ensure that they comply with the Code of Practice by explaining to the public the "
              "way stop and search powers are used in their areas and by making arrangements "
              "for stop and search records to be scrutinised by community representatives. This "
              "should be done in a way that involves those people who are stopped and searched, "
              "for example young people.",
         f=dict(b="LPC", pos="agreed", rag="Green", lead="ACC Local Policing", fx="v",
                rev=D(2017, 3, 9), sent=D(2017, 3, 20),
                note="Mar-17: Closure agreed with the 2013 recommendation (same evidence)."),
         cat="in_sync", why="closed on both"),
    # --- Building the picture 2015 ----------------------------------------------------------
    dict(r="picture", t=NAT, h=("progress", D(2018, 10, 9), C_MON),
         text="By 30 November 2015, chief constables should put in place arrangements to "
              "scrutinise audits of compliance with the APP on information management through "
              "the force information management governance structure. This should include "
              "measures to ensure that categorisation of records are regularly adjusted.",
         f=dict(b="OS", pos="retain", rag="Red", lead="Head of Information Management",
                fx="v", rev=D(2024, 8, 15),
                note="Aug-24: Records review backlog (c. 41k nominal records) – no capacity "
                     "until new RMS migration. Risk raised on corporate risk register.\n"
                     "Apr-24: Information Assurance Board ToR updated."),
         cat="in_sync", why="open on both"),
    # --- Targeting the risk 2015 ------------------------------------------------------------
    dict(r="firearms", t=NAT, h=("complete", D(2016, 9, 28), C_DONE),
         text="Within three months, all chief constables should assess how well the governance "
              "of firearms licensing in his or her force meets the standards set out in "
              "Authorised Professional Practice. Chief constables of forces where the governance "
              "standards are not being complied with should put in place immediately the correct "
              "arrangements and procedures in order to meet the standards in full.",
         f=dict(b="OS", pos="agreed", rag="Green", lead="Supt Firearms Licensing", fx="v",
                rev=D(2016, 6, 2), sent=D(2016, 6, 14),
                note="Jun-16: Closure agreed. Governance self-assessment against APP done."),
         cat="in_sync", why="closed on both"),
    dict(r="firearms", t=NAT, h=("progress", D(2019, 3, 6), C_MON),
         text="Within three months, all chief constables should assess the demand placed on "
              "their firearms licensing department and ensure it has the capacity to meet this "
              "demand and provide an efficient and effective service at all times.",
         f=dict(b="OS", pos="recommend", rag="Green", lead="Supt Firearms Licensing", fx="abbr",
                note="Sep-24: Demand model complete; 4 additional FEOs recruited. Closure report "
                     "to Oct Board.\nMay-24: Renewals backlog cleared."),
         cat="closeable_submit", why="HMICFRS being-progressed; force Recommended for closure"),
    dict(r="firearms", t=NAT, h=("complete", D(2017, 2, 15), C_DONE),
         text="Immediately, all chief constables should satisfy themselves that all appropriate "
              "action is being taken by their force with regard to ‘total expired’ licensing "
              "records.",
         f=dict(b="OS", pos="retain", rag="Amber", lead="Supt Firearms Licensing", fx="q",
                rev=D(2024, 8, 15),
                note="Aug-24: Quarterly check of total expired records continues; 3 cases "
                     "outstanding with Firearms Enquiry Team.\nApr-24: No change."),
         cat="closeable_local", why="HMICFRS complete; force Retain"),
    dict(r="firearms", t=NAT, h=("progress", D(2019, 3, 6), C_MON),
         text="Within three months, all chief constables should ensure that their arrangements "
              "in respect of the use of temporary permits are in accordance with the Home Office "
              "guidance; that temporary permits are properly recorded without delay on the "
              "National Firearms Licensing Management System; and that effective systems exist "
              "to ensure certificate holders are not permitted, at any time, to remain in "
              "unlawful possession of a firearm.",
         f=dict(b="OS", pos="retain", rag="Amber", lead="Supt Firearms Licensing", fx="v",
                rev=D(2024, 8, 15),
                note="Aug-24: NFLMS recording audit found 6 permits not entered within 24h. "
                     "Process note reissued.\nApr-24: Audit commissioned."),
         cat="in_sync", why="open on both"),
    dict(r="firearms", t=NAT, h=("progress", D(2019, 3, 6), C_MON),
         text="Within three months, all chief constables should ensure that systems designed to "
              "identify, prior to police attendance, whether a reported incident involves or is "
              "at the address of a firearm certificate holder are in place and are always "
              "applied by staff dispatching officers to incidents; and that officers understand "
              "the risk assessment which they should be undertaking in such circumstances, and "
              "their power, when appropriate, to seize firearms and firearm certificates.",
         f=dict(b="OS", pos="retain", rag="Amber", lead="Supt Contact Centre", fx="v",
                fid="TRANSPOSE", rev=D(2024, 8, 15),
                note="Aug-24: Command and control flag for certificate holders tested; "
                     "dispatcher briefing due Nov-24.\nApr-24: Flag specification agreed."),
         cat="conflict",
         why="same recommendation, both open, but the force's HMICFRS ID has two digits transposed (reference disagrees)"),
    # --- National child protection inspection 2016 (force) ----------------------------------
    dict(r="ncpi16", t=REC, h=("complete", D(2018, 4, 27), C_AUTH.format(team="NCPI")),
         text="Within three months, the force should " + MISSING_CHILDREN_BODY + ".",
         f=dict(b="PPV", pos="agreed", rag="Green", lead="Ch Supt Public Protection", fx="stem",
                rev=D(2018, 1, 11), sent=D(2018, 1, 24),
                note="Jan-18: Closure agreed after NCPI revisit; missing/absent guidance and "
                     "CSE training delivered."),
         cat="in_sync", why="closed on both"),
    dict(r="ncpi16", t=REC, h=("progress", D(2019, 3, 6), C_MON),
         text="Within six months the force should take steps to ensure that there is effective "
              "supervision of the initial risk assessment process, specifically in relation to "
              "the completion of DASH risk assessment in appropriate cases.",
         f=dict(b="PPV", pos="recommend", rag="Green", lead="Ch Supt Public Protection",
                fx="abbr",
                note="Sep-24: DASH supervision compliance 94% for 3 consecutive months. Closure "
                     "report to Oct PPV Board.\nJun-24: Supervisor review field made mandatory "
                     "on Niche."),
         cat="closeable_submit", why="HMICFRS being-progressed; force Recommended for closure"),
    dict(r="ncpi16", t=REC, h=("complete", D(2017, 11, 24), C_DONE),
         text="Immediately, the force should cease the practice of conducting domestic abuse "
              "risk assessments over the telephone and dealing with domestic abuse in the "
              "resolution centre.",
         f=dict(b="PPV", pos="agreed", rag="Green", lead="Ch Supt Public Protection", fx="v",
                rev=D(2016, 9, 8), sent=D(2016, 9, 19),
                note="Sep-16: Closure agreed. Practice ceased 1 Aug 2016; all DA attended."),
         cat="in_sync", why="closed on both"),
    dict(r="ncpi16", t=REC, h=("progress", D(2019, 3, 6), C_MON),
         text="Within six months the force should improve how it works with partner "
              "organisations to safeguard people at risk from child sexual exploitation.",
         f=dict(b="PPV", pos="retain", rag="Green", lead="Ch Supt Public Protection", fx="abbr",
                rev=D(2024, 9, 12),
                note="Sep-24: Joint exploitation hub with LCC live; evaluation report due "
                     "Jan-25.\nMay-24: Hub staffing agreed."),
         cat="in_sync", why="open on both (RAG Green = on track)"),
    # --- PEEL efficiency 2016 (force) -------------------------------------------------------
    dict(r="eff16", t=AFI, h=("complete", D(2018, 3, 2), C_DONE),
         text="The force should undertake further work to gain a fuller understanding of "
              "current demand for its services, and likely future changes in demand. This is so "
              "it can make best use of its resources by matching them to demand to meet the "
              "needs of the public.",
         f=dict(b="CR", pos="agreed", rag="Green", lead="Head of Corporate Development", fx="v",
                rev=D(2017, 12, 7), sent=D(2017, 12, 15),
                note="Dec-17: Closure agreed. Demand review and first FMS completed."),
         cat="in_sync", why="closed on both"),
    dict(r="eff16", t=AFI, h=("complete", D(2019, 5, 2), C_DONE),
         text="The force should develop its understanding of the links between its outcomes, "
              "outputs and costs.",
         f=dict(b="CR", pos="retain", rag="Amber", lead="Director of Finance", fx="v",
                rev=D(2024, 7, 11),
                note="Jul-24: Activity-based costing model delayed by ERP upgrade; revised "
                     "date Mar-25.\nJan-24: Costing model scoped."),
         cat="closeable_local", why="HMICFRS complete; force Retain"),
    dict(r="eff16", t=AFI, h=("progress", D(2019, 5, 2), C_MON),
         text="The force should develop a future workforce plan that is aligned with its overall "
              "demand and budget. The plan should include future resource allocations, the mix "
              "of skills required by the workforce and behaviours expected of them.",
         f=dict(b="PC", pos="recommend", rag="Green", lead="Director of People", fx="v",
                note="Sep-24: Strategic Workforce Plan 2024-28 approved by COG; closure report "
                     "to Oct People & Culture Board.\nJun-24: Plan in consultation."),
         cat="closeable_submit", why="HMICFRS being-progressed; force Recommended for closure"),
    # --- CDI 2017 (force) -------------------------------------------------------------------
    dict(r="cdi17", t=REC, h=("progress", D(2019, 10, 1), C_MON),
         text="Within three months, the force should " + CDI_VICTIMS_BODY + ".",
         f=dict(b="CJ", pos="retain", rag="Amber", lead="Force Crime Registrar", fx="cdi_4bul",
                rev=D(2024, 9, 5),
                note="Sep-24: Crime recording compliance 91.2% (target 95%). Call handling "
                     "summaries audit due Nov-24.\nJun-24: CDI action plan refreshed."),
         cat="conflict",
         why="matched, both open, but the force's copy lacks the fifth bullet (online reports triaged at receipt)"),
    dict(r="cdi17", t=REC, h=("complete", D(2021, 7, 15), C_AUTH.format(team="CDI")),
         text="Within six months the force should improve its use of its crime-recording and "
              "management system to better manage its case files and investigative processes.",
         f=dict(b="CJ", pos="retain", rag="Green", lead="Force Crime Registrar", fx="abbr",
                rev=D(2024, 9, 5),
                note="Sep-24: Niche case file module in use force-wide; retained pending "
                     "internal audit sign-off.\nMar-24: Training complete."),
         cat="closeable_local", why="HMICFRS complete (authorised for closure); force Retain"),
    dict(r="cdi17", t=REC, h=("progress", D(2019, 10, 1), C_MON),
         text="Within six months the force should make sure it records reports of domestic abuse "
              "accurately and without delay.",
         f=None, cat="missing_from_force",
         why="open on the register; no force row"),
    # --- Stolen freedom 2017 ----------------------------------------------------------------
    dict(r="stolen", t=NAT, h=("progress", D(2020, 2, 11), C_MON), text=SF_LEADERSHIP,
         f="SPLIT", cat="closeable_submit",
         why="HMICFRS being-progressed; force split into one row per bullet, all four Closure agreed"),
    dict(r="stolen", t=NAT, h=("progress", D(2020, 2, 11), C_MON),
         text="Within six months, forces should have in place active information-sharing "
              "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
              "and in order to safeguard victims better and to identify suspects as early as "
              "possible",
         f=dict(b="PPV", pos="retain", rag="Amber", lead="Head of Intelligence",
                text="Within 12 months, forces should have in place active ISAs with other "
                     "agencies to facilitate speedy exchange of intelligence and in order to "
                     "safeguard victims better and to identify suspects as early as possible.",
                rev=D(2024, 9, 12),
                note="Sep-24: ISA with Border Force signed; GLAA and LCC ISAs in legal review."
                     "\nMay-24: 2 of 4 ISAs agreed."),
         cat="conflict",
         why="timescale differs: register 'Within six months', force copy 'Within 12 months'"),
    dict(r="stolen", t=NAT, h=("complete", D(2021, 3, 4), C_DONE),
         text="Immediately, forces should ensure that all victims carrying out criminal acts "
              "under compulsion attributable to slavery or exploitation are afforded the "
              "protection of early and continuing consideration of the applicability of the "
              "section 45 defence.",
         f=dict(b="PPV", pos="retain", rag="Green", lead="Head of Criminal Justice", fx="abbr",
                rev=D(2024, 9, 12),
                note="Sep-24: s45 prompt added to custody and charging templates; retained to "
                     "monitor take-up.\nMay-24: CPS liaison agreed."),
         cat="closeable_local", why="HMICFRS complete; force Retain"),
    dict(r="stolen", t=NAT, h=("progress", D(2020, 2, 11), C_MON),
         text="Immediately, forces should take steps to ensure they are fully compliant with the "
              "NRM process as it evolves and are implementing the requirement placed upon them "
              "under the Modern Slavery Act 2015 to notify the Home Office of any individual "
              "suspected to be an adult victim of modern slavery or human trafficking.",
         f=dict(b="PPV", pos="agreed", rag="Green", lead="Ch Supt Public Protection", fx="v",
                rev=D(2024, 5, 16), sent=D(2024, 6, 3),
                note="May-24: Closure agreed. Duty to Notify compliance 100% for 6 months; "
                     "evidence pack sent to HMICFRS 03/06/24.\nJan-24: MSHT SPOC audit."),
         cat="closeable_submit",
         why="HMICFRS being-progressed; force Closure agreed and evidence sent, register not yet updated"),
    dict(r="stolen", t=NAT, h=("complete", D(2020, 2, 11), C_DONE),
         text="Immediately, forces should take steps to ensure they fully comply with national "
              "crime recording standard (NCRS) requirements for offences identified as modern "
              "slavery and human trafficking and that sufficient audit capacity is available to "
              "the force crime registrar to provide reassurance that each force is identifying "
              "and managing any gaps in its crime-recording accuracy for these types of offences.",
         f=dict(b="CJ", pos="agreed", rag="Green", lead="Force Crime Registrar", fx="abbr",
                rev=D(2019, 9, 5), sent=D(2019, 9, 16),
                note="Sep-19: Closure agreed. MSHT added to FCR audit plan."),
         cat="in_sync", why="closed on both"),
    dict(r="stolen", t=NAT, h=("progress", D(2020, 2, 11), C_MON),
         text="Immediately, forces should ensure that allegations or indications of modern "
              "slavery and human trafficking are thoroughly investigated and effectively "
              "supervised by teams and individuals with the skills and experience to undertake "
              "them (this should include the use where appropriate of joint intelligence teams "
              "and other means to obtain intelligence and evidence from agencies overseas).",
         f=dict(b="PPV", pos="retain", rag="Amber", lead="Det Ch Supt Force CID", fx="abbr",
                rev=D(2024, 9, 12),
                note="Sep-24: MSHT investigations now allocated to the Complex Investigation "
                     "Team; supervision audit shows gaps in 3 of 12 files.\nMay-24: CIT "
                     "established."),
         cat="in_sync", why="open on both"),
    dict(r="stolen", t=NAT, h=("progress", D(2020, 2, 11), C_MON),
         text="Immediately, forces should review their use of preventative powers under the "
              "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
              "of those deemed to pose a clear threat to others in respect of modern slavery and "
              "human trafficking offences are exploited.",
         f=None, cat="missing_from_force", why="open on the register; no force row"),
    # --- PEEL efficiency 2017 national ------------------------------------------------------
    dict(r="efc17", t=NAT, h=("complete", D(2020, 1, 22), C_SUPER),
         text="By September 2018, chief constables should produce an ambitious plan to improve "
              "digitally-enabled services within their force. The Home Office, National Police "
              "Chiefs' Council and Association of Police and Crime Commissioners should support "
              "the development of these plans by establishing a national framework which allows "
              "for the provision of digitally enabled services across force boundaries.",
         f=dict(b="CR", pos="retain", rag="Amber", lead="Head of Corporate Development",
                fx="firstsentence", rev=D(2024, 7, 11),
                note="Jul-24: Digital Strategy 2024-27 drafted; Single Online Home phase 2 "
                     "slipped to Q4.\nJan-24: Strategy refresh started."),
         cat="closeable_local", why="HMICFRS complete (superseded comment); force Retain"),
    # --- PEEL legitimacy 2017 national ------------------------------------------------------
    dict(r="leg17", t=COC, h=("progress", D(2019, 2, 14), C_MON),
         text="HMICFRS is concerned that forces are not able to demonstrate that the use of "
              "stop and search powers is consistently reasonable and fair. In particular, there "
              "is over-representation of BAME people, and black people in particular, in stop "
              "and search data which many forces are unable to explain.",
         f=dict(b="LPC", pos="retain", rag="Amber", lead="ACC Local Policing", fx="abbr",
                rev=D(2024, 6, 27),
                note="Jun-24: Disproportionality ratio 3.1 (black:white). Scrutiny panel "
                     "review of 120 records; actions tracked under the recs below."),
         cat="in_sync", why="open on both (cause of concern)"),
    dict(r="leg17", t=NAT, h=("progress", D(2019, 2, 14), C_MON), text=SAS_MONITORING_2017,
         f=dict(b="LPC", pos="recommend", rag="Green", lead="ACC Local Policing", fx="bullets",
                note="Sep-24: Power BI S&S dashboard (ethnicity, find rates, possession-only "
                     "searches) live and reviewed monthly. Closure report to Dec LPC Board."),
         cat="closeable_submit", why="HMICFRS being-progressed; force Recommended for closure"),
    dict(r="leg17", t=NAT, h=("progress", D(2019, 2, 14), C_MON),
         text="Where forces identify disparities through monitoring, they should demonstrate to "
              "the public that they have:\n"
              "•carried out research and analysis in an attempt to understand the reasons for "
              "the disparity, and •taken action to reduce the disparity, where necessary;",
         f=dict(b="LPC", pos="retain", rag="Green", lead="ACC Local Policing", fx="bullets",
                rev=D(2024, 6, 27),
                note="Jun-24: University of Lincoln research into disparity commissioned; "
                     "report due Feb-25. On track."),
         cat="in_sync", why="open on both (RAG Green = on track)"),
    dict(r="leg17", t=NAT, h=("complete", D(2020, 1, 22), C_DONE),
         text="We expect forces to publish this analysis and any actions taken at least on an "
              "annual basis, from July 2018.",
         f=dict(b="LPC", pos="agreed", rag="Green", lead="ACC Local Policing", fx="v",
                rev=D(2019, 9, 19), sent=D(2019, 10, 1),
                note="Sep-19: Closure agreed. Annual S&S report published Jul-19."),
         cat="in_sync", why="closed on both"),
    dict(r="leg17", t=NAT, h=("complete", D(2021, 3, 4), C_DONE),
         text="By July 2018, and ongoing following that date, forces should ensure that all "
              "officers who use stop and search powers have been provided with, and understand, "
              "training on unconscious bias and College of Policing APP on stop and search.",
         f=dict(b="LPC", pos="retain", rag="Amber", lead="Head of Learning & Development",
                fx="abbr", rev=D(2024, 6, 27),
                note="Jun-24: New student officers trained; 82% of existing officers completed "
                     "refresher. Retained until 95%."),
         cat="closeable_local", why="HMICFRS complete; force Retain"),
    # --- PEEL legitimacy 2017 (force) -------------------------------------------------------
    dict(r="legf17", t=AFI, h=("progress", D(2019, 5, 2), C_MON),
         text="The force should ensure all staff have received at least the lowest level of "
              "vetting clearance for their roles as quickly as possible, working to clear both "
              "the vetting backlog and new vetting renewals when they become due so that it "
              "complies fully with the national vetting guidelines.",
         f=dict(b="PC", pos="agreed", rag="Green", lead="Head of Professional Standards",
                fx="v", rev=D(2024, 8, 22),
                note="Aug-24: Closure agreed – backlog cleared, all staff hold RV/NPPV1 minimum. "
                     "Evidence to go with the Q3 return.\nApr-24: 14 renewals outstanding."),
         cat="closeable_submit", why="HMICFRS being-progressed; force Closure agreed, not yet sent"),
    dict(r="legf17", t=AFI, h=("complete", D(2019, 5, 2), C_DONE),
         text="The force should make sure it provides a confidential way for staff to raise "
              "concerns and that staff are aware of whistleblowing processes.",
         f=dict(b="PC", pos="agreed", rag="Green", lead="Head of Professional Standards",
                fx="v", rev=D(2018, 11, 15), sent=D(2018, 11, 27),
                note="Nov-18: Closure agreed. Confidential reporting line and intranet page "
                     "launched."),
         cat="in_sync", why="closed on both"),
    dict(r="legf17", t=AFI, h=("progress", D(2019, 5, 2), C_MON),
         text="The force should review how it gathers and uses equality and diversity data to "
              "improve its understanding of its workforce demographics.",
         f=dict(b="PC", pos="notyet", rag="Amber", lead="Director of People", fx="v",
                rev=None,
                note="Sep-24: HR system data fields being cleansed; self-declaration campaign "
                     "planned for Nov-24."),
         cat="in_sync", why="open on both"),
    # --- Custody 2018 (force) ---------------------------------------------------------------
    dict(r="cust18", t=REC, h=("progress", D(2020, 6, 30), C_MON),
         text="Within six months the force should " + CUSTODY_CHILDREN_BODY + ".",
         f=dict(b="CJ", pos="retain", rag="Amber", lead="Ch Insp Custody", fx="q",
                rev=D(2024, 9, 5),
                note="Sep-24: Concordat on children in custody signed with LCC; PACE bed "
                     "availability still poor. AA response times monitored monthly."),
         cat="in_sync", why="open on both"),
    dict(r="cust18", t=REC, h=("complete", D(2022, 2, 9), C_AUTH.format(team="custody")),
         text="Within twelve months, the force should improve its understanding of suspects "
              "released under investigation and the management of those released on bail.",
         f=dict(b="CJ", pos="retain", rag="Green", lead="Head of Criminal Justice", fx="abbr",
                rev=D(2024, 9, 5),
                note="Sep-24: Bail & RUI dashboard live; PACE bail changes (Police, Crime, "
                     "Sentencing and Courts Act) embedded. Retained for one more quarter."),
         cat="closeable_local", why="HMICFRS complete; force Retain"),
    # --- Disproportionate use of powers 2021 ------------------------------------------------
    dict(r="powers", t=NAT, h=("progress", D(2023, 4, 18), C_MON),
         text="By July 2022, forces should ensure that officers and staff have effective "
              "communication skills, in line with the National Policing Guidelines on Conflict "
              "Management. This should be in addition to existing training on conflict "
              "management and de-escalation.",
         f=dict(b="LPC", pos="retain", rag="Amber", lead="Head of Learning & Development",
                fx="abbr", rev=D(2024, 6, 27),
                note="Jun-24: Communication skills module in PST from Apr-24; 38% of officers "
                     "trained."),
         cat="in_sync", why="open on both"),
    dict(r="powers", t=NAT, h=("progress", D(2023, 4, 18), C_MON),
         text="By July 2021, forces should ensure that communication skills are reinforced as "
              "part of the programme of continuing professional development for officers and "
              "staff, and that supervisors are supported to routinely and frequently debrief "
              "officers on these skills using body-worn video footage.",
         f=dict(b="LPC", pos="agreed", rag="Green", lead="Head of Learning & Development",
                fx="v", rev=D(2024, 6, 27),
                note="Jun-24: Closure agreed – CPD day content and supervisor BWV debrief guide "
                     "in place. Evidence being collated for HMICFRS."),
         cat="closeable_submit", why="HMICFRS being-progressed; force Closure agreed"),
    dict(r="powers", t=NAT, h=("progress", D(2023, 4, 18), C_MON), text=BWV_2021,
         f=dict(b="LPC", pos="retain", rag="Amber", lead="ACC Local Policing", fx="v",
                rev=D(2024, 6, 27),
                note="Jun-24: BWV activation for S&S 87%; scrutiny panel BWV viewing sessions "
                     "started. Internal review process in draft."),
         cat="in_sync", why="open on both"),
    dict(r="powers", t=NAT, h=("complete", D(2023, 4, 18), C_DONE),
         text="By July 2021, forces should ensure they have effective internal monitoring "
              "processes on the use of force, to help them to identify and understand "
              "disproportionate use, explain the reasons and implement any necessary improvement "
              "action.",
         f=dict(b="LPC", pos="agreed", rag="Green", lead="ACC Local Policing", fx="v",
                rev=D(2022, 12, 8), sent=D(2022, 12, 19),
                note="Dec-22: Closure agreed. Use of force scrutiny group and dashboard."),
         cat="in_sync", why="closed on both"),
    # --- PEEL 2021/22 (force) ---------------------------------------------------------------
    dict(r="peel21", t=AFI, h=("progress", D(2023, 11, 2), C_MON),
         text="The force should improve the timeliness of its response to calls for service "
              "involving domestic abuse.",
         f=dict(b="OS", pos="agreed", rag="Green", lead="Supt Contact Centre", fx="v",
                rev=D(2024, 8, 15), sent=D(2024, 8, 30),
                note="Aug-24: Closure agreed – DA grade 2 attendance within SLA 89% (from 61%). "
                     "Evidence sent 30/08/24."),
         cat="closeable_submit", why="HMICFRS being-progressed; force Closure agreed and sent"),
    dict(r="peel21", t=AFI, h=("progress", D(2023, 11, 2), C_MON),
         text="The force should make sure investigations of rape and serious sexual offences "
              "are allocated to officers with the right skills and are effectively supervised.",
         f=dict(b="CJ", pos="retain", rag="Amber", lead="Det Ch Supt Force CID", fx="v",
                rev=D(2024, 9, 5),
                note="Sep-24: Operation Soteria model rolling out; 2 of 3 RASSO teams live."),
         cat="in_sync", why="open on both"),
    dict(r="peel21", t=AFI, h=("complete", D(2024, 2, 21), C_DONE),
         text="The force should improve its ability to retrieve digital evidence from mobile "
              "phones, computers and other electronic devices quickly enough to ensure "
              "investigations are not delayed.",
         f=dict(b="CJ", pos="agreed", rag="Green", lead="Det Ch Supt Force CID", fx="v",
                rev=D(2023, 12, 7), sent=D(2023, 12, 18),
                note="Dec-23: Closure agreed. DFU backlog under 6 weeks; kiosks in all hubs."),
         cat="in_sync", why="closed on both"),
    dict(r="peel21", t=AFI, h=("complete", D(2024, 2, 21), C_AUTH.format(team="PEEL")),
         text="The force should make sure victims of hate crime are kept informed about the "
              "progress of their case, in line with the Code of Practice for Victims of Crime.",
         f=dict(b="CJ", pos="retain", rag="Amber", lead="Head of Criminal Justice", fx="v",
                rev=D(2024, 9, 5),
                note="Sep-24: VCOP compliance for hate crime 78%; victim update prompts added "
                     "to Niche. Retained."),
         cat="closeable_local", why="HMICFRS complete; force Retain"),
    dict(r="peel21", t=AFI, h=("progress", D(2023, 11, 2), C_MON),
         text="The force should improve how it gathers, assesses and acts on intelligence about "
              "serious and organised crime.",
         f=dict(b="CJ", pos="recommend", rag="Green", lead="Head of Intelligence", fx="v",
                note="Sep-24: SOC intelligence collection plan and MoRiLE scoring in place; "
                     "closure report on Oct CJ Board agenda."),
         cat="closeable_submit", why="HMICFRS being-progressed; force Recommended for closure"),
    dict(r="peel21", t=AFI, h=("progress", D(2023, 11, 2), C_MON),
         text="The force should put plans in place to monitor, including through the gathering "
              "and analysis of staff feedback, team cultures and provide prompt remedial action "
              "for any issues it identifies.",
         f=dict(b="PC", pos="retain", rag="Green", lead="Director of People", fx="v",
                rev=D(2024, 8, 22),
                note="Aug-24: Staff survey 2024 closed (61% response); team culture heatmap "
                     "due Nov-24. On track."),
         cat="in_sync", why="open on both (RAG Green = on track)"),
    dict(r="peel21", t=AFI, h=("progress", D(2023, 11, 2), C_MON),
         text="The force should make sure it has access to accurate data and analysis to "
              "support effective performance management.",
         f=dict(b="CR", pos="retain", rag="Green", lead="Head of Corporate Development",
                fx="v", rev=D(2024, 7, 11),
                note="Jul-24: Power BI performance suite live for local policing; crime and "
                     "contact modules due Jan-25."),
         cat="in_sync", why="open on both"),
    dict(r="peel21", t=AFI, h=("progress", D(2023, 11, 2), C_MON),
         text="The force should make sure the corporate risk register is actively used to "
              "mitigate and manage known risks.",
         f=None, cat="missing_from_force", why="open on the register; no force row"),
    # --- PEEL 2023-25 (force) ---------------------------------------------------------------
    dict(r="peel23", t=COC,
         h=("awaiting", D(2024, 6, 10), C_NEW),
         text="The force does not have the capacity or capability to investigate crime "
              "effectively and this is affecting the service being provided to the public. "
              "There are failings in the way that crimes are being investigated.",
         f=dict(b="CJ", pos="retain", rag="Red", lead="Det Ch Supt Force CID", fx="v", fid="tbc",
                rev=D(2024, 9, 5),
                note="Sep-24: Investigations Improvement Plan agreed by COG; HMICFRS Engage "
                     "meeting 12/09/24.\nJul-24: Gold group stood up."),
         cat="in_sync", why="open on both (cause of concern, newly added)"),
    dict(r="peel23", t=REC, h=("awaiting", D(2024, 6, 10), C_NEW),
         text="Within six months the force should improve the supervision of investigations, "
              "so that investigation plans are set, reviewed and recorded and victims receive a "
              "consistently good service.",
         f=dict(b="CJ", pos="retain", rag="Amber", lead="Det Ch Supt Force CID", fx="v",
                fid="tbc", ftype="AFI", rev=D(2024, 9, 5),
                note="Sep-24: Supervisor investigation review template issued; compliance "
                     "audit Dec-24."),
         cat="conflict",
         why="type differs: a recommendation under the cause of concern on the register, recorded as an AFI by the force"),
    dict(r="peel23", t=REC, h=("awaiting", D(2024, 6, 10), C_NEW),
         text="Within six months the force should conduct a review of officers’ capabilities "
              "and capacity to manage their investigative workload, to better understand "
              "investigative demand and the pressures placed upon them.",
         f=dict(b="CJ", pos="retain", rag="Amber", lead="Det Ch Supt Force CID", fx="q",
                fid="tbc", rev=D(2024, 9, 5),
                note="Sep-24: Workload review by Corporate Development under way; report to "
                     "Nov CJ Board."),
         cat="in_sync", why="open on both"),
    dict(r="peel23", t=AFI, h=("awaiting", D(2024, 6, 10), C_NEW),
         text="The force should make sure it records reports of stalking and harassment "
              "accurately and without delay.",
         f=dict(b="CJ", pos="notyet", rag="Amber", lead="Force Crime Registrar", fx="abbr",
                fid="tbc", rev=None,
                note="Sep-24: S&H recording dip-sample planned for Oct-24."),
         cat="in_sync", why="open on both"),
    dict(r="peel23", t=AFI, h=("awaiting", D(2024, 6, 10), C_NEW),
         text="The force should make sure it has enough specialist capacity and capability to "
              "investigate online child sexual abuse.",
         f=None, cat="missing_from_force",
         why="new on the register (awaiting-review); not yet added to the force tracker"),
    dict(r="peel23", t=AFI, h=("awaiting", D(2024, 6, 10), C_NEW),
         text="The force should make sure its performance framework gives senior leaders a clear "
              "picture of its response to violence against women and girls.",
         f=dict(b="CR", pos="notyet", rag="Green", lead="Head of Corporate Development", fx="v",
                fid="tbc", rev=None,
                note="Sep-24: VAWG measures added to draft performance framework."),
         cat="in_sync", why="open on both"),
    dict(r="peel23", t=AFI, h=("awaiting", D(2024, 6, 10), C_NEW),
         text="The force should develop a clear prevention strategy targeting people most at "
              "risk and make sure activity undertaken prioritises people most at risk.",
         f=dict(b="PPV", pos="retain", rag="Green", lead="ACC Local Policing", fx="v", fid="tbc",
                rev=D(2024, 9, 12),
                note="Sep-24: Prevention Strategy 2024-27 drafted with the Community Safety "
                     "Partnership; consultation to Nov-24."),
         cat="in_sync", why="open on both"),
]

# The split: Stolen freedom leadership recommendation, one force row per bullet.
SPLIT_ROWS = [
    ("Within 12 months, review leadership & governance for MSHT to ensure: (a) senior leaders "
     "prioritise the response to MSHT", "ACC Crime", D(2021, 5, 20), D(2021, 6, 4),
     "May-21: Closure agreed. MSHT strategic lead (ACC Crime) and quarterly MSHT gold group."),
    ("(b) every incident of modern slavery identified to police is allocated appropriate "
     "resources with the skills, experience and capacity to investigate it effectively",
     "Det Ch Supt Force CID", D(2024, 5, 16), D(2024, 6, 3),
     "May-24: Closure agreed – all MSHT crimes allocated to CIT (see MSHT investigations row)."),
    ("(c) forces develop effective partnership arrangements to co-ordinate activity in order "
     "to share information and safeguard victims", "Ch Supt Public Protection", D(2022, 3, 10),
     D(2022, 3, 21), "Mar-22: Closure agreed. Lincolnshire Modern Slavery Partnership in place."),
    ("(d) performance and quality assurance measures are in place to allow senior leaders to "
     "assess the nature and quality of the service provided to victims", "ACC Crime",
     D(2024, 5, 16), D(2024, 6, 3),
     "May-24: Closure agreed. MSHT victim-care QA in monthly PPV performance pack."),
]

# Force rows that are not on the HMICFRS list: (board, report key, type, text, lead, pos, rag,
# HMICFRS ID cell, note, why)
FORCE_ONLY = [
    ("PPV", "peel21", "Force action",
     "Force action - Refresh the county lines drug dealing problem profile and add it to the "
     "control strategy", "Head of Intelligence", "retain", "Green", "n/a",
     "Sep-24: Problem profile refreshed with regional ROCU data; control strategy update to "
     "Nov-24 PPV Board.",
     "force's own action (no HMICFRS item)", D(2024, 9, 12)),
    ("CJ", "cdi14", "Rec",
     "The force should revise its approach to cautions, cannabis warning and penalty notices "
     "for disorder to ensure that there is a clear and auditable explanation to the offender of "
     "the implications of receiving the warning and that, for victim-based crimes, there is a "
     "clear and auditable record that views of the victim are considered prior to their issue.",
     "Head of Criminal Justice", "retain", "Amber", 2731,
     "Sep-24: Out of court disposals two-tier framework live; victim-views audit due. Not "
     "showing on HMICFRS list – query with HMICFRS.",
     "CDI 2014 item the register export does not hold (query with HMICFRS)", D(2024, 9, 5)),
    ("LPC", "powers", "Nat Rec",
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.", "ACC Local Policing", "white", "Green", None,
     "Jun-22: For Home Office / NPCC. Force data submitted to the Home Office annual data "
     "return.", "addressed to the Home Office and NPCC; not on the force's register", D(2022, 6, 23)),
    ("PC", "legf17", "Force action",
     "JAC action: Internal audit of the vetting governance arrangements (audit plan 2023/24)",
     "Head of Professional Standards", "agreed", "Green", "n/a",
     "Jun-24: Closure agreed. Audit opinion: reasonable assurance; 2 low-priority actions.",
     "local action from the Joint Audit Committee", D(2024, 6, 20)),
    ("CR", "peel23", "Force action",
     "Local action: Add violence against women and girls measures to the monthly Force "
     "Performance pack", "Head of Corporate Development", "retain", "Green", "n/a",
     "Sep-24: Measures drafted; first pack Oct-24.", "force's own action (no HMICFRS item)",
     D(2024, 7, 11)),
]

# ---------------------------------------------------------------------------------------------
# Force wording transforms (what an analyst does when pasting into a tracker)
# ---------------------------------------------------------------------------------------------
ABBR = [
    (r"modern slavery and human trafficking", "MSHT"),
    (r"[Dd]omestic abuse", "DA"),
    (r"stop and search", "S&S"),
    (r"national crime recording standard \(NCRS\)", "NCRS"),
    (r"child sexual exploitation", "CSE"),
    (r"released under investigation", "RUI"),
    (r"Authorised Professional Practice", "APP"),
    (r"College of Policing", "CoP"),
    (r"officers and staff", "officers & staff"),
    (r"within six months|Within six months", "Within 6 months"),
    (r"Within three months", "Within 3 months"),
]


def straight_quotes(s):
    return (s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"'))


def force_text(item):
    f = item["f"]
    if "text" in f:
        return f["text"]
    s = item["text"]
    fx = f["fx"]
    if fx == "v":
        return s
    if fx == "q":
        return straight_quotes(s)
    if fx == "abbr":
        out = s
        for pat, rep in ABBR:
            out = re.sub(pat, rep, out)
        return straight_quotes(out)
    if fx == "stem":  # the force drops "Within three months, the force should " and capitalises
        body = re.sub(r"^Within three months, the force should ", "", s)
        return "Force to " + body
    if fx == "firstpara":
        return s.split("\n\n")[0] + " (plan to be developed in consultation with PCC, DA " \
                                    "support organisations and victims' representatives; see " \
                                    "report for full list)"
    if fx == "firstsentence":
        return s.split(". The Home Office")[0] + "."
    if fx == "bullets":  # inline "•" bullets put on their own lines, as pasted from Word
        return re.sub(r"\s*•\s*", "\n- ", s).strip()
    if fx == "cdi_4bul":
        lines = s.split("\n")
        keep = [ln for ln in lines if not ln.startswith("• online reports")]
        assert keep[-1].endswith("is stopped; and") and keep[-2].endswith("investigations;")
        keep[-1] = keep[-1][: -len("; and")] + "."
        keep[-2] = keep[-2] + " and"
        return "\n".join(keep)
    raise ValueError(fx)


# ---------------------------------------------------------------------------------------------
# Dates as the register prints them
# ---------------------------------------------------------------------------------------------
def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B')} {d.year}"


# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------
def assign_ids():
    order = sorted({it["r"] for it in ITEMS}, key=lambda k: (REPORTS[k][1], k))
    base = 1140
    for k in order:
        base += rng.randint(180, 640)
        n = base
        for it in ITEMS:
            if it["r"] == k:
                it["id"] = n
                n += rng.randint(1, 3)
        base = n
    ids = {it["id"] for it in ITEMS}
    assert 2731 not in ids
    for it in ITEMS:
        f = it["f"]
        if isinstance(f, dict) and f.get("fid") == "TRANSPOSE":
            s = str(it["id"])
            t = s[:-2] + s[-1] + s[-2]
            assert t != s and int(t) not in ids, (s, t)
            f["fid"] = int(t)


def hstatus(it):
    key, date, comment = it["h"]
    slug = {"awaiting": "awaiting-review", "progress": "being-progressed",
            "complete": "complete"}[key]
    return slug, date, comment


def write_hmicfrs(path):
    rows = sorted(ITEMS, key=lambda it: it["id"])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["ID", "Force", "Report title", "Publication date", "Type", "Recommendation",
                "Status", "Status date", "Latest comment"])
    for i, it in enumerate(rows):
        slug, date, comment = hstatus(it)
        w.writerow([it["id"], FORCE, REPORTS[it["r"]][0], ordinal(REPORTS[it["r"]][1]),
                    it["t"], it["text"], slug, ordinal(date), comment])
        it["hrow"] = f"hmicfrs.csv!{i + 2}"
    path.write_bytes(buf.getvalue().encode("utf-8"))


FTYPE = {NAT: "Nat Rec", REC: "Rec", AFI: "AFI", COC: "CoC"}
RAG_FILL = {"Red": "FFC7CE", "Amber": "FFEB9C", "Green": "C6EFCE"}
POS_FILL = {"agreed": "D9D9D9", "recommend": "DDEBF7", "white": "FFFFFF"}


def force_rows_by_board():
    """Return {board: [row dict]} in the order the tracker prints them."""
    rows = {b: [] for b in BOARD_ORDER}
    for it in ITEMS:
        f = it["f"]
        rep = REPORTS[it["r"]]
        if f is None:
            continue
        if f == "SPLIT":
            for k, (txt, lead, rev, sent, note) in enumerate(SPLIT_ROWS):
                rows["PPV"].append(dict(
                    item=it, split=k, hid=it["id"], report=rep[2], pub=rep[1],
                    type="Nat Rec", text=txt, lead=lead, note=note, rag="Green",
                    pos="agreed", rev=rev, sent=sent, cat="closeable_submit",
                    why=f"split row {'abcd'[k]} of 4 (one per bullet); HMICFRS being-progressed, "
                        f"force Closure agreed"))
            continue
        fid = f.get("fid")
        if f["pos"] == "recommend" and not f.get("rev"):
            f["rev"] = LAST_BOARD[f["b"]]
        rows[f["b"]].append(dict(
            item=it, hid=it["id"] if fid is None else fid, report=rep[2], pub=rep[1],
            type=f.get("ftype", FTYPE[it["t"]]), text=force_text(it), lead=f["lead"],
            note=f["note"], rag=f["rag"], pos=f["pos"], rev=f.get("rev"), sent=f.get("sent"),
            cat=it["cat"], why=it["why"]))
    for (b, rk, typ, txt, lead, pos, rag, hid, note, why, rev) in FORCE_ONLY:
        rep = REPORTS[rk]
        rows[b].append(dict(item=None, hid=hid, report=rep[2], pub=rep[1], type=typ, text=txt,
                            lead=lead, note=note, rag=rag, pos=pos, rev=rev,
                            sent=None, cat="not_on_hmicfrs_list", why=why))
    for b in BOARD_ORDER:
        # by publication date, then report, then the item's order on the register, locals last
        rows[b].sort(key=lambda r: (r["pub"], r["report"],
                                    r["item"]["id"] if r["item"] else 10**6,
                                    r.get("split", 0)))
    return rows


def write_tracker(path):
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin", color="A6A6A6")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ncol = 12
    last = "L"

    ws["A1"] = "Lincolnshire Police – HMICFRS Recommendations & AFIs by Governance Board"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Organisational Learning Team, Strategic Planning & Insight. Position as at "
                "30 September 2024 (for Joint Audit Committee, 23 October 2024)")
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "How to read this tracker"
    ws["A4"].font = Font(bold=True)
    ws["A5"] = ("Delivery RAG = confidence that the work will be delivered by the target date "
                "(Green on track / Amber at risk / Red off track). It does NOT mean complete.")
    ws["A6"] = ("Board position: Not yet presented | Retain – update due | Recommended for "
                "closure (lead's closure report awaiting the board) | Closure agreed (board has "
                "signed off; evidence then sent to HMICFRS) | Not force responsibility – noted.")
    ws["A7"] = ("Leads update the progress log before each board (latest entry first). Do not "
                "delete closed rows.")
    for r in (5, 6, 7):
        ws.merge_cells(f"A{r}:{last}{r}")
        ws[f"A{r}"].alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 30

    hdr_row = 9
    headers = ["Ref", "HMICFRS ID", "Report", "Published", "Type",
               "Recommendation / Area for Improvement (HMICFRS wording)", "Lead officer",
               "Progress log (latest first)", "Delivery RAG", "Board position",
               "Last board review", "Evidence sent to HMICFRS"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(hdr_row, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = border
    widths = [9, 11, 24, 10, 10, 70, 22, 55, 11, 22, 12, 13]
    for c, wdt in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + c)].width = wdt

    truth = []
    r = hdr_row + 1
    rows = force_rows_by_board()
    for bi, b in enumerate(BOARD_ORDER):
        title, chair, meets = BOARDS[b]
        ws.cell(r, 1, f"{title}   –   Chair: {chair}   –   meets {meets.lower()}")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1).font = Font(bold=True, color="1F3864")
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9E1F2")
        r += 1
        n = 0
        prev_item = None
        for row in rows[b]:
            if "split" in row:
                if prev_item is not row["item"]:
                    n += 1
                ref = f"{b}-{n:02d}{'abcd'[row['split']]}"
            else:
                n += 1
                ref = f"{b}-{n:02d}"
            prev_item = row["item"]
            vals = [ref, row["hid"], row["report"], dt.datetime.combine(row["pub"], dt.time()),
                    row["type"], row["text"], row["lead"], row["note"], row["rag"],
                    POS[row["pos"]],
                    dt.datetime.combine(row["rev"], dt.time()) if row["rev"] else None,
                    dt.datetime.combine(row["sent"], dt.time()) if row["sent"] else None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = wrap
                cell.border = border
            ws.cell(r, 4).number_format = "mmm-yy"
            ws.cell(r, 11).number_format = "dd/mm/yyyy"
            ws.cell(r, 12).number_format = "dd/mm/yyyy"
            ws.cell(r, 9).fill = PatternFill("solid", fgColor=RAG_FILL[row["rag"]])
            if row["pos"] in ("agreed", "recommend"):
                ws.cell(r, 10).fill = PatternFill("solid", fgColor=POS_FILL[row["pos"]])
            frow = f"{SHEET}!{r}"
            hrow = row["item"]["hrow"] if row["item"] else ""
            truth.append((hrow, frow, row["cat"], row["why"]))
            r += 1
        r += 1  # blank row between boards
    ws.cell(r, 1, "Closed rows are kept for the audit trail. Queries to the Organisational "
                  "Learning Team, Strategic Planning & Insight.")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    ws.freeze_panes = f"C{hdr_row + 1}"
    ws.auto_filter.ref = f"A{hdr_row}:{last}{r - 2}"

    # Boards sheet: reference data, no items
    bs = wb.create_sheet("Boards")
    bs.append(["Code", "Board", "Chair", "Meets", "Reports to"])
    for b in BOARD_ORDER:
        t, chair, meets = BOARDS[b]
        bs.append([b, BOARD_NAMES[b], chair, meets, "Chief Officer Group"])
    for c in "ABCDE":
        bs.column_dimensions[c].width = 28 if c != "B" else 70
    for c in range(1, 6):
        bs.cell(1, c).font = Font(bold=True)

    wb.properties.creator = "Organisational Learning"
    wb.properties.lastModifiedBy = "Organisational Learning"
    fixed = dt.datetime(2024, 10, 1, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    raw = io.BytesIO()
    wb.save(raw)
    path.write_bytes(normalise_zip(raw.getvalue()))
    return truth


def normalise_zip(data: bytes) -> bytes:
    """Rewrite the xlsx zip with fixed timestamps so that rebuilds are byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-10-01T09:00:00Z</dcterms:modified>",
                              body)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 10, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, body)
    return out.getvalue()


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    assign_ids()
    write_hmicfrs(OUT / "hmicfrs.csv")
    truth = write_tracker(OUT / "tracker.xlsx")
    for it in ITEMS:
        if it["f"] is None:
            truth.append((it["hrow"], "", it["cat"], it["why"]))

    def key(t):
        h = int(t[0].split("!")[1]) if t[0] else 10**6
        f = int(t[1].split("!")[1]) if t[1] else 0
        return (h, f)

    truth.sort(key=key)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    (OUT / "truth.csv").write_bytes(buf.getvalue().encode("utf-8"))
    print(f"wrote {OUT}: {len(ITEMS)} HMICFRS items, {len(truth)} truth lines")


if __name__ == "__main__":
    main()
