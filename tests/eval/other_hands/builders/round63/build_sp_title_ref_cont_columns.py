"""Build the case `sp_title_ref_cont_columns`.

HMICFRS side: West Mercia Police's own SharePoint list copy of the HMICFRS definitive list,
exported to Excel (sheet `owssvr`, an Excel table, header on row 1).  The list's multi-line
text field only carries 255 characters, so each long recommendation runs on into
`Recommendation (cont.)`, `(cont. 2)`, `(cont. 3)`.  The HMICFRS register id sits in the
list's un-renamed `Title` column, next to SharePoint's own item `ID`.

Force side: the Organisational Learning team's action tracker (sheets `Live`, `Closed`, `Key`).

Texts are real public HMICFRS texts (copied from /work/shared/data/real_recommendations.csv and
the casegen text lists); updates, summaries and local actions are written for this case.

Run:  /work/main/.venv/bin/python build_sp_title_ref_cont_columns.py
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
from openpyxl.worksheet.table import Table, TableStyleInfo

SEED = 6363
CASE = "sp_title_ref_cont_columns"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FORCE = "West Mercia Police"
NEIGHBOUR = "Warwickshire Police"

rng = random.Random(SEED)

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")
OPEN_ST = ("Awaiting review", "Being progressed")
CLOSED_ST = ("Complete", "Superseded", "No further action required")

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published, force tracker short name)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core Business 2014"),
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
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 19),
               "NCPI 2018"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
               dt.date(2019, 5, 2), "PEEL 2018/19"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 26), "CDI 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 20), "PEEL 2021/22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
               dt.date(2024, 5, 16), "PEEL 2023/24"),
}

# --------------------------------------------------------------------------------------------
# Real texts
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
    "assess the nature and quality of the service provided to victims.")
SAS_MON = (
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
BWV = "\n".join(BWV_PARTS)
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
CDI_STEM = "Within six months the force should put in place arrangements to ensure that:"
CDI_BULLETS = [
    "at the point of report, victims are believed;",
    "conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;",
    "multiple crimes are always recorded when described within incident records or identified "
    "as part of other recorded crime investigations;",
    "the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks to "
    "the victim or the wider public are identified and appropriately managed.",
]
CDI_VICTIMS = CDI_STEM + "\n" + "\n".join("• " + b for b in CDI_BULLETS)
MISSING_STEM = ("To address this cause of concern, HMIC recommends the force should immediately "
                "review its approach to reports of missing children and take steps to ensure "
                "that:")
MISSING_BULLETS = [
    "call takers understand and use the missing and absent category appropriately;",
    "call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and",
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.",
]
MISSING_REC = MISSING_STEM + "\n" + "\n".join("• " + b for b in MISSING_BULLETS)
DETENTION = (
    "Within six months West Mercia Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff comply with their statutory duties to complete "
    "detention certificates if a child is detained for any reason in police custody following "
    "charge;• ensure that custody staff make a record of all actions taken and decisions made "
    "on the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested.")
# The older custody-report version of the same ask (force tracker only, closed long ago).
DETENTION_CUSTODY16 = (
    "The force should, in conjunction with children’s social care services, review how it "
    "manages the detention of children. As a minimum it should:• ensure that all children are "
    "only detained when absolutely necessary and for the absolute minimum amount of time;• "
    "ensure that officers and staff in the custody suite assess at an early stage a child’s "
    "need for alternative accommodation (secure or otherwise) and work with children’s social "
    "care services to achieve the most appropriate option for the child;• ensure that custody "
    "staff make a record of all actions taken and decisions made on the relevant "
    "documentation; and• improve the timeliness of adequate appropriate adult support for "
    "children who are arrested.")
DA_COC = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed.")
MISSING_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")

# --------------------------------------------------------------------------------------------
# The HMICFRS items.  Each: key, report, type, text, HMICFRS status, category, tracker plan.
# Tracker plan keys: sheet (Live/Closed), text (None = full text copied; "trunc" = only the
#   first 255-character column copied; str = the force's own wording; list = split rows),
#   ref ("ok" / "blank" / int typo), rag, fst (force status), type/report/pub overrides,
#   upd (update), lead, closed (date), route.
# --------------------------------------------------------------------------------------------
I = []


def item(key, rep, typ, text, st, cat, tr=None, why=""):
    I.append(dict(key=key, rep=rep, typ=typ, text=text, st=st, cat=cat, tr=tr, why=why))


# ---- Stop and search 2013
item("sas13_1", "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "Complete", "closeable_local",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="ACC Local Policing",
          upd="Force S&S policy being aligned to APP; awaiting CoP refresh."),
     "HMICFRS Complete; force still Amber / In progress")
item("sas13_2", "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     "Complete", "in_sync",
     dict(sheet="Closed", text="trunc", closed=dt.date(2019, 3, 14),
          route="Closed by HMICFRS on portal", lead="ACC Local Policing",
          upd="S&S scrutiny dashboard live; monthly review at Legitimacy Board."),
     "closed on both (force Closed sheet); tracker text is only the first 255-character column "
     "copied from the list, cut mid-word")
item("sas13_3", "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     "Superseded", "closeable_local",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="Head of Corporate Development",
          text="Explain to the public how S&S powers are used and arrange for S&S records to be "
               "scrutinised by community representatives, involving those who are stopped and "
               "searched, e.g. young people (in consultation with the PCC).",
          upd="Youth scrutiny panel pilot in Telford; terms of reference drafted."),
     "HMICFRS Superseded; force Amber; force abridged wording")

# ---- Everyone's business
item("everyone", "everyone", NAT, EVERYONE_PLAN, "Complete", "in_sync",
     dict(sheet="Closed", closed=dt.date(2016, 2, 1), route="Closed by HMICFRS on portal",
          lead="Ch Supt Public Protection",
          text="By Sept 2014 publish a DA action plan setting out the steps to improve our "
               "approach to DA. Develop it in consultation with the PCC, DA support "
               "organisations and victims' reps; after considering all the report's "
               "recommendations; with reference to DHRs and IPCC findings; and drawing on CPS "
               "scrutiny panels and MARAC self-assessments.",
          upd="DA action plan published Sept 2014, refreshed annually."),
     "closed on both; HMICFRS text runs over all four text columns; force summary keeps every "
     "bullet")

# ---- Policing in austerity
item("aus_1", "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "No further action required", "closeable_local",
     dict(sheet="Live", rag="Amber", fst="Open", lead="Director of Finance",
          upd="Covered by MTFP; to be reviewed for closure."),
     "HMICFRS No further action required; force Open")
item("aus_2", "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", "No further action required",
     "missing_from_force", None, "on the list (closed), no tracker row")
item("aus_3", "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.", "Complete", "in_sync",
     dict(sheet="Closed", closed=dt.date(2015, 6, 30), route="Closed by HMICFRS on portal",
          lead="Director of Finance", upd="Assessment completed and shared with HMIC."),
     "closed on both")
item("aus_4", "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.", "Complete",
     "in_sync",
     dict(sheet="Closed", closed=dt.date(2015, 6, 30), route="Closed by HMICFRS on portal",
          lead="DCC", upd="Alliance collaboration review reported to PCC."),
     "closed on both")

# ---- Core business
item("core_1", "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", "Complete",
     "closeable_local",
     dict(sheet="Live", rag="Red", fst="Open", lead="Supt Contact Centre",
          upd="THRIVE refresher outstanding for new call handlers."),
     "HMICFRS Complete; force Red / Open")
item("core_2", "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Complete", "in_sync",
     dict(sheet="Closed", closed=dt.date(2017, 9, 12), route="Closed by HMICFRS on portal",
          lead="ACC Local Policing", upd="Problem-solving database in place."),
     "closed on both")

# ---- Integrity matters
item("integrity", "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Complete", "in_sync",
     dict(sheet="Closed", closed=dt.date(2016, 11, 8), route="Closed by HMICFRS on portal",
          lead="Head of Professional Standards",
          upd="PSD NFA dip-sample process agreed with Federation and Unison."),
     "closed on both")

# ---- Stop and search 2
item("sas15", "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.", "Complete",
     "in_sync",
     dict(sheet="Closed", closed=dt.date(2018, 1, 22), route="Closed by HMICFRS on portal",
          lead="ACC Local Policing", upd="Scrutiny panels in each LPA."),
     "closed on both")

# ---- Building the picture
item("picture", "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.", "Complete", "closeable_local",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="Head of Information Management",
          upd="MoPI review backlog being worked through; IM Board oversight."),
     "HMICFRS Complete; force Amber")

# ---- Firearms licensing
item("fa_gov", "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete", "closeable_local",
     dict(sheet="Live", text="trunc", rag="Amber", fst="In progress",
          lead="Supt Firearms Licensing", upd="Governance review re-opened after 2023 audit."),
     "HMICFRS Complete; force Amber; tracker text is the first 255-character column only")
item("fa_demand", "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "Complete", "in_sync",
     dict(sheet="Closed", closed=dt.date(2017, 5, 3), route="Closed by HMICFRS on portal",
          lead="Supt Firearms Licensing", upd="Demand review done; 3 FTE added."),
     "closed on both")
item("fa_expired", "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Being progressed", "missing_from_force", None, "open on the list, no tracker row")
item("fa_permits", "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Complete", "in_sync",
     dict(sheet="Closed", text="trunc", closed=dt.date(2017, 5, 3),
          route="Closed by HMICFRS on portal", lead="Supt Firearms Licensing",
          upd="Temporary permit process on NFLMS audited."),
     "closed on both; tracker text is the first 255-character column only")
item("fa_attend", "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", "Complete", "in_sync",
     dict(sheet="Closed", closed=dt.date(2018, 7, 19), route="Closed by HMICFRS on portal",
          lead="Supt Contact Centre", upd="STORM address flag for certificate holders live."),
     "closed on both")

# ---- PEEL effectiveness 2016 (force)
item("eff16_coc", "eff16", COC, DA_COC, "Complete", "in_sync",
     dict(sheet="Closed", closed=dt.date(2018, 10, 4), route="Closed by HMICFRS on portal",
          lead="Ch Supt Public Protection", upd="DASH compliance now >95%, audited quarterly."),
     "closed on both; cause of concern spread over three text columns")
item("eff16_dash", "eff16", REC,
     "Within three months, the force should take steps to ensure that there is effective "
     "supervision of the initial risk assessment process, specifically in relation to the "
     "completion of DASH risk assessment in appropriate cases.", "Complete", "in_sync",
     dict(sheet="Closed", closed=dt.date(2018, 10, 4), route="Closed by HMICFRS on portal",
          lead="Ch Supt Public Protection", upd="Supervisor DASH review built into Athena."),
     "closed on both")
item("eff16_cse", "eff16", AFI,
     "The force should improve its understanding of the nature and scale of child sexual "
     "exploitation in its area.", "Superseded", "closeable_local",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="Ch Supt Public Protection",
          upd="CSE problem profile refresh due Q4."),
     "HMICFRS Superseded; force Amber")
item("eff16_partners", "eff16", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from domestic abuse.", "Being progressed", "conflict",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="Ch Supt Public Protection",
          report="PEEL Effectiveness 2017", pub=dt.datetime(2018, 3, 22),
          upd="MASH DA triage pilot with Worcestershire CC."),
     "report/date conflict: HMICFRS PEEL effectiveness 2016 published 02/03/2017, tracker files "
     "it under PEEL Effectiveness 2017, 22/03/2018 (both open)")
item("eff16_hate", "eff16", AFI,
     "The force should review its approach to hate crime to make sure victims receive a "
     "consistently good service.", "Being progressed", "closeable_submit",
     dict(sheet="Closed", closed=dt.date(2024, 6, 11),
          route="Signed off by DCC – evidence submitted to HMICFRS", lead="ACC Local Policing",
          upd="Hate crime victim satisfaction survey and review complete."),
     "HMICFRS open; force has it on the Closed sheet")
item("eff16_stalk", "eff16", AFI,
     "The force should make sure officers and staff have the training they need to identify and "
     "respond to stalking and harassment.", "Being progressed", "in_sync",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="Head of Learning & Development",
          text="Make sure officers & staff have the training they need to identify & respond to "
               "stalking & harassment",
          upd="Stalking training in 2024/25 CPD plan; 62% complete."),
     "open on both; abbreviated wording")

# ---- Stolen freedom
item("sf_lead", "stolen", NAT, SF_LEADERSHIP, "Being progressed", "in_sync",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="Det Ch Supt Force CID",
          text="Within 12 months review MSHT leadership & governance arrangements so that: senior "
               "leaders prioritise the MSHT response; every MSHT incident gets resources with "
               "the right skills, experience and capacity; partnership arrangements share "
               "information and safeguard victims; performance & QA measures let leaders assess "
               "the service to victims.",
          upd="MSHT governance moved to Vulnerability Board."),
     "open on both; force summary keeps all four bullets and the twelve-month timescale")
item("sf_isa", "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Complete", "closeable_local",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="Head of Intelligence",
          text="Within six months, forces should have in place active information-sharing "
               "agreements with other agencies to facilitate speedy exchange of intelligence "
               "and in order to safeguard victims better and to identify suspects as early as "
               "possible.",
          upd="ISA with GLAA signed; local authority ISAs awaiting legal."),
     "HMICFRS Complete; force Amber (HMICFRS copy keeps the report's stray footnote '86')")
item("sf_s45", "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Awaiting review", "missing_from_force", None, "open on the list, no tracker row")
item("sf_nrm", "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Being progressed",
     "closeable_submit",
     dict(sheet="Live", rag="Green", fst="Proposed for closure", lead="Det Ch Supt Force CID",
          upd="Ready to move to GREEN status. NRM duty-to-notify audit 100%."),
     "HMICFRS open; force Green / Proposed for closure")
item("sf_ncrs", "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", "Awaiting review",
     "closeable_submit",
     dict(sheet="Live", rag="Green", fst="Submitted to HMICFRS", lead="Force Crime Registrar",
          sub=dt.datetime(2024, 9, 2),
          upd="Completed. Evidence submitted to HMICFRS for closure."),
     "HMICFRS open; force Green / Submitted to HMICFRS")
item("sf_invest", "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).", "Being progressed", "conflict",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="Det Ch Supt Force CID",
          ref="typo", upd="MSHT investigations now allocated to PVP teams."),
     "reference conflict: tracker HMICFRS Ref has the digits transposed (no such id on the "
     "list); same text, both open")
item("sf_prevent", "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Being progressed", "in_sync",
     dict(sheet="Live", rag="Red", fst="Open", lead="Det Ch Supt Force CID",
          upd="Little work yet undertaken in this area. Unlikely to reach deadlines."),
     "open on both")

# ---- PEEL efficiency 2017 national
item("efc17", "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", "Superseded", "closeable_local",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="Head of Corporate Development",
          text="By September 2018 produce an ambitious plan to improve digitally-enabled "
               "services within the force.",
          upd="Digital strategy 2025-28 in draft."),
     "HMICFRS Superseded; force Amber; force keeps only the force's part of the ask")

# ---- PEEL legitimacy 2017 national
item("leg17_coc", "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Being progressed", "in_sync",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="ACC Local Policing",
          upd="Disproportionality explained in annual S&S report; further work with IAG."),
     "open on both")
item("leg17_mon", "leg17", NAT, SAS_MON, "Being progressed", "in_sync",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="ACC Local Policing",
          upd="S&S Power BI dashboard covers reasons and find rates; possession-only searches "
              "next."),
     "open on both; HMICFRS text spread over three columns, tracker has it whole")
item("leg17_disp", "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", "Awaiting review", "in_sync",
     dict(sheet="Live", rag="Amber", fst="Open", lead="ACC Local Policing",
          upd="Research with University of Worcester commissioned."),
     "open on both; text is 261 characters, so six characters run into '(cont.)'")
item("leg17_pub", "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Being progressed", "missing_from_force", None,
     "open on the list, no tracker row")
item("leg17_train", "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Being progressed",
     "closeable_submit",
     dict(sheet="Closed", closed=dt.date(2024, 3, 28),
          route="Signed off by ACC – evidence submitted to HMICFRS",
          lead="Head of Learning & Development",
          upd="All S&S-trained officers have completed the unconscious bias package."),
     "HMICFRS open; force Closed sheet")

# ---- NCPI 2018 (force)
item("ncpi_coc", "ncpi18", COC, MISSING_COC, "Being progressed", "in_sync",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="Ch Supt Public Protection",
          upd="Missing children risk assessment retraining delivered to OCC."),
     "open on both")
item("ncpi_missing", "ncpi18", REC, MISSING_REC, "Being progressed", "conflict",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="Ch Supt Public Protection",
          text=MISSING_STEM + "\n• " + MISSING_BULLETS[0] + "\n• call takers and frontline "
               "staff have the necessary knowledge to identify risk factors associated with "
               "child sexual exploitation and how to respond to such cases.",
          upd="Call taker guidance reissued; CSE risk factors in training."),
     "missing bullet: tracker text stops after the second bullet; the third bullet "
     "(supervisors' oversight) sits in the HMICFRS '(cont.)' column and is absent from the "
     "force row (both open)")
item("ncpi_detention", "ncpi18", REC, DETENTION, "Being progressed", "closeable_submit",
     dict(sheet="Live", rag="Green", fst="Proposed for closure", lead="Ch Insp Custody",
          upd="Pending sign off by the chief officer lead. Joint protocol with both LAs signed."),
     "HMICFRS open; force Green / Proposed for closure (the Closed sheet also has the older "
     "custody-report version of this ask, a different item)")

# ---- PEEL 2018/19 (force)
item("p18_coc1", "peel18", COC,
     "The force does not have suitable arrangements in place to make sure it can maintain the "
     "full range of public services when its alliance with Warwickshire Police ends. There are "
     "gaps in its workforce skills assessment, and weaknesses in both its investigative "
     "approach and its approach to safeguarding vulnerable people.", "Superseded",
     "closeable_local",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="DCC",
          upd="Addressed holistically as part of the force change programme."),
     "HMICFRS Superseded; force Amber")
item("p18_coc2", "peel18", COC,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the "
     "way that crimes are being investigated.", "Being progressed", "conflict",
     dict(sheet="Live", rag="Red", fst="Open", lead="Det Ch Supt Force CID", type="AFI",
          upd="Investigation standards review underway."),
     "type conflict: HMICFRS Cause of concern, tracker records it as an AFI (both open)")
item("p18_workload", "peel18", REC,
     "HMIC recommends that the force should immediately: conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them; and", "Complete",
     "closeable_local",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="Det Ch Supt Force CID",
          upd="Workload review report due to COG."),
     "HMICFRS Complete; force Amber")
item("p18_vuln", "peel18", REC,
     "HMIC recommends that the force should immediately: conduct a review, involving its "
     "partners, of the approach to vulnerability to better safeguard vulnerable people.",
     "Being progressed", "in_sync",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="Ch Supt Public Protection",
          upd="Covered by the Vulnerability Improvement Delivery Plan; see latest plan update."),
     "open on both")
item("p18_skills", "peel18", REC,
     "HMIC recommends that the force should immediately: expand the skills project work to "
     "include an assessment of all skills, not only operational, including potential future "
     "skills requirements. This assessment should inform workforce plans;", "Being progressed",
     "in_sync",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="Director of People",
          upd="Skills audit extended to police staff."),
     "open on both")
item("p18_warks", "peel18", REC,
     "HMIC recommends that the force should immediately:agree arrangements with Warwickshire "
     "Police to secure a smooth transition to its future operating model, ensuring no "
     "disruption to public services; and", "Being progressed", "closeable_submit",
     dict(sheet="Closed", closed=dt.date(2023, 11, 30),
          route="Signed off by DCC – evidence submitted to HMICFRS", lead="DCC",
          upd="Alliance exit completed; s22A agreements in place."),
     "HMICFRS open; force Closed sheet")
item("p18_opmodel", "peel18", REC,
     "HMIC recommends that the force should immediately:clearly define its new operating model, "
     "ensuring all operational and support services are affordable and fit to protect the "
     "communities of West Mercia;", "Awaiting review", "in_sync",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="Head of Corporate Development",
          upd="Operating model blueprint v3 to FET."),
     "open on both")
item("p18_consult", "peel18", REC,
     "HMIC recommends that the force should immediately:improve its arrangements both to "
     "consult with the public about business planning and to feed back on changes made to "
     "service delivery as a result of such consultation.", "Being progressed",
     "closeable_submit",
     dict(sheet="Closed", closed=dt.date(2024, 1, 19),
          route="Signed off by DCC – evidence submitted to HMICFRS",
          lead="Head of Corporate Development",
          upd="Annual public consultation and 'you said, we did' page."),
     "HMICFRS open; force Closed sheet")
item("p18_superv", "peel18", REC,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;", "Being progressed", "in_sync",
     dict(sheet="Live", rag="Red", fst="In progress", lead="Det Ch Supt Force CID",
          text="Ensure regular & active supervison of the quality & progress of investigations "
               "(to be properly recorded) – within six months",
          upd="Supervision compliance 71%; below target."),
     "open on both; force rewording with a misspelling")
item("p18_digital", "peel18", REC,
     "HMIC recommends that within six months the force should: improve its ability to retrieve "
     "digital evidence from mobile phones, computers and other electronic devices quickly "
     "enough to ensure investigations are not delayed;", "Being progressed", "conflict",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="Det Ch Supt Force CID",
          text="HMIC recommends that within twelve months the force should: improve its ability "
               "to retrieve digital evidence from mobile phones, computers and other electronic "
               "devices quickly enough to ensure investigations are not delayed;",
          upd="DFU backlog down to 310 devices."),
     "timescale conflict: HMICFRS 'within six months', tracker 'within twelve months' (both "
     "open)")
item("p18_rui", "peel18", REC,
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail;",
     "Being progressed", "in_sync",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="Head of Criminal Justice",
          upd="RUI/bail dashboard in place; bail act changes embedded."),
     "open on both")

# ---- CDI 2019 (force)
item("cdi_victims", "cdi19", REC, CDI_VICTIMS, "Being progressed", "in_sync",
     dict(sheet="Live", lead="Force Crime Registrar", rag="Amber", fst="In progress",
          text=["(a) at the point of report, victims are believed",
                "(b) conversations between call handlers and callers are summarised accurately "
                "in the incident log, giving attending officers the full facts for "
                "crime-recording decisions",
                "(c) multiple crimes are always recorded when described within incident records "
                "or identified as part of other recorded crime investigations",
                "(d) the practice of awaiting medical examination / video interview results "
                "before making crime-recording decisions is stopped",
                "(e) online reports of crime are triaged at the point of receipt so ongoing "
                "risks to the victim or wider public are identified and managed"],
          upd=["Believe the victim message in all OCC briefings.",
               "STORM log quality dip-sampled monthly.",
               "Multiple crime recording audit 88% compliant.",
               "Guidance issued; audit to confirm.",
               "Online triage process with OCC; risk review pending."]),
     "open on both; force splits the five bullets into five rows (a)-(e), all open")
item("cdi_ncrs", "cdi19", REC,
     "Immediately, the force should take steps to ensure it fully complies with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking.", "Complete", "in_sync",
     dict(sheet="Closed", closed=dt.date(2021, 4, 15), route="Closed by HMICFRS on portal",
          lead="Force Crime Registrar", upd="MSHT NCRS audit 96%."),
     "closed on both")
item("cdi_rasso", "cdi19", AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.", "Being progressed", "closeable_submit",
     dict(sheet="Live", rag="Green", fst="Submitted to HMICFRS", lead="Force Crime Registrar",
          sub=dt.datetime(2024, 7, 8), upd="RASSO recording audit 97%; submitted for closure."),
     "HMICFRS open; force Green / Submitted to HMICFRS")

# ---- Disproportionate use of police powers 2021 (national; added to the list by hand)
item("pw_comms", "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", "in_sync",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="Head of Learning & Development",
          upd="Conflict management input added to PST day."),
     "open on both; text is exactly 255 characters, '(cont.)' empty")
item("pw_cpd", "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Being progressed", "closeable_submit",
     dict(sheet="Closed", closed=dt.date(2024, 5, 9),
          route="Signed off by ACC – evidence submitted to HMICFRS",
          lead="Head of Learning & Development", upd="CPD and BWV debrief guide in place."),
     "HMICFRS open; force Closed sheet")
item("pw_bwv", "powers", NAT, BWV, "Awaiting review", "closeable_submit",
     dict(sheet="Live", rag="Green", fst="Submitted to HMICFRS", lead="ACC Local Policing",
          sub=dt.datetime(2024, 10, 1), text=list(BWV_PARTS),
          upd=["BWV activation for all S&S and UoF: policy mandated, compliance 94%.",
               "Monthly BWV dip-sample by supervisors; learning shared.",
               "Scrutiny panel members view BWV samples each quarter."]),
     "HMICFRS open; force splits the three parts into three rows, all Green / Submitted")
item("pw_ho", "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.", "Being progressed", "closeable_submit",
     dict(sheet="Live", rag="White", fst="Not for WMP – national body",
          lead="ACC Local Policing",
          upd="Not the force's responsibility to deliver; dependent upon another organisation."),
     "HMICFRS open; force WHITE (not the force's to deliver) counts as done")
item("pw_uof", "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Being progressed",
     "in_sync",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="ACC Local Policing",
          upd="UoF dashboard built; panel review of disproportionality in progress."),
     "open on both")

# ---- PEEL 2021/22 (force; added by hand)
item("p21_vawg", "peel21", AFI,
     "The force should make sure investigations of violence against women and girls are "
     "allocated to officers with the right skills and are effectively supervised.",
     "Being progressed", "in_sync",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="Det Ch Supt Force CID",
          upd="VAWG allocation policy reviewed."),
     "open on both")
item("p21_fraud", "peel21", AFI,
     "The force should make sure victims of fraud are kept informed about the progress of their "
     "case, in line with the Code of Practice for Victims of Crime.", "Awaiting review",
     "in_sync",
     dict(sheet="Live", rag="Red", fst="Open", lead="Head of Criminal Justice",
          text="Make sure fraud victims are kept informed of progress of their case (VCOP)",
          upd="Awaiting allocation."),
     "open on both; force's short wording")
item("p21_cl", "peel21", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about county "
     "lines drug dealing.", "Being progressed", "closeable_submit",
     dict(sheet="Live", rag="Green", fst="Proposed for closure", lead="Head of Intelligence",
          upd="Already complete / believed to be complete within short time scale (and within "
              "deadline)."),
     "HMICFRS open; force Green / Proposed for closure")
item("p21_hba", "peel21", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from honour-based abuse.", "Being progressed", "in_sync",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="Ch Supt Public Protection",
          upd="HBA partnership protocol with the local authorities in progress."),
     "open on both")
item("p21_soc", "peel21", AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "serious and organised crime.", "Awaiting review", "missing_from_force", None,
     "open on the list, no tracker row")
item("p21_rasso", "peel21", AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to rape and serious sexual offences.", "Being progressed",
     "in_sync",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="Det Ch Supt Force CID",
          upd="RASSO performance pack to Crime Board from Jan."),
     "open on both")

# ---- PEEL 2023/24 (force; newest, two not yet given a register id on the force's list)
item("p23_mh", "peel23", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "people with mental ill health.", "Awaiting review", "in_sync",
     dict(sheet="Live", rag="Amber", fst="Not started", lead="Supt Contact Centre", ref="blank",
          upd="RCRP implementation plan to cover this."),
     "open on both; no register id on either side (list Title 'TBC', tracker ref blank)")
item("p23_ocsa", "peel23", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", "Awaiting review", "in_sync",
     dict(sheet="Live", rag="Red", fst="Not started", lead="Det Ch Supt Force CID", ref="blank",
          upd=None),
     "open on both; no register id on either side (list Title 'TBC', tracker ref blank)")
item("p23_asb", "peel23", AFI,
     "The force should develop a problem-solving approach to anti-social behaviour, working "
     "with local communities and partners.", "Awaiting review", "in_sync",
     dict(sheet="Live", rag="Amber", fst="In progress", lead="ACC Local Policing",
          upd="ASB problem-solving hub pilot in Shrewsbury."),
     "open on both")

# --------------------------------------------------------------------------------------------
# Force rows that are not on the HMICFRS list
# --------------------------------------------------------------------------------------------
LOCAL = [
    # (section on the Live sheet or "Closed", OL No., ref, report, pub, type, text, lead, upd,
    #  rag, status, closed, route, why)
    dict(where="stolen", ref=None, report="Stolen Freedom (MSHT) 2017", pub=None,
         type="Local action",
         text="Force action - Appoint a single point of contact for modern slavery and human "
              "trafficking in each local policing area",
         lead="Det Ch Supt Force CID", upd="SPOCs named for 4 of 5 LPAs.", rag="Amber",
         fst="In progress", why="force's own local action, no HMICFRS item"),
    dict(where="peel21", ref=None, report="PEEL 2021/22", pub=None, type="Local action",
         text="Local action: Add violence against women and girls measures to the monthly Force "
              "Performance pack",
         lead="Head of Corporate Development", upd="Measures live in pack from October.",
         rag="Green", fst="Proposed for closure", why="force's own local action"),
    dict(where="old_eff15", ref=4417, report="PEEL Efficiency 2015",
         pub=dt.datetime(2015, 10, 15), type="AFI",
         text="The force should undertake further work to gain a fuller understanding of "
              "current demand for its services, and likely future changes in demand. This is so "
              "it can make best use of its resources by matching them to demand to meet the "
              "needs of the public",
         lead="Head of Corporate Development", upd="FMS 2025 demand modelling.", rag="Amber",
         fst="In progress",
         why="old PEEL efficiency 2015 AFI (ref 4417) no longer on the HMICFRS list"),
    dict(where="old_eff15", ref=4419, report="PEEL Efficiency 2015",
         pub=dt.datetime(2015, 10, 15), type="AFI",
         text="The force should develop its understanding of the links between its outcomes, "
              "outputs and costs",
         lead="Director of Finance", upd="Outcome-based budgeting work paused.", rag="Red",
         fst="Open", why="old PEEL efficiency 2015 AFI (ref 4419) no longer on the HMICFRS list"),
    dict(where="local", ref=None, report="Internal audit 2023/24", pub=None,
         type="Local action",
         text="Internal audit action: Internal audit of the firearms licensing governance "
              "arrangements (audit plan 2023/24)",
         lead="Supt Firearms Licensing", upd="Fieldwork complete; draft report received.",
         rag="Amber", fst="In progress", why="internal audit action, not an HMICFRS item"),
    dict(where="local", ref=None, report="JAC", pub=None, type="Local action",
         text="JAC action: Dip-sample 50 domestic abuse crime reports each quarter and report "
              "findings to the Crime Standards Board",
         lead="Force Crime Registrar", upd="Q2 dip-sample reported.", rag="Amber",
         fst="In progress", why="Joint Audit Committee action, not an HMICFRS item"),
    dict(where="Closed", ref=6102, report="Custody inspection 2016",
         pub=dt.datetime(2016, 8, 23), type="Recommendation", text=DETENTION_CUSTODY16,
         lead="Ch Insp Custody", upd="Children in custody protocol agreed.",
         closed=dt.date(2018, 2, 12), route="Closed by HMICFRS on portal",
         why="older custody 2016 recommendation (ref 6102), closed, no longer on the list; its "
             "wording is close to the NCPI 2018 detention recommendation, which pairs with its "
             "own Live row"),
]

# --------------------------------------------------------------------------------------------
# Register ids, SharePoint ids, column splitting
# --------------------------------------------------------------------------------------------
ID_BASE = {"sas13": 1150, "everyone": 2310, "austerity": 2870, "core": 3390, "integrity": 3905,
           "sas15": 4120, "picture": 4480, "firearms": 4815, "eff16": 6920, "stolen": 8620,
           "efc17": 8790, "leg17": 8838, "ncpi18": 9405, "peel18": 10180, "cdi19": 10944,
           "powers": 12211, "peel21": 13390, "peel23": 15870}
regid = {}
for rep in REPORTS:
    n = ID_BASE[rep]
    for it in I:
        if it["rep"] == rep:
            regid[it["key"]] = n
            n += rng.choice([1, 1, 1, 2])
# the two newest PEEL 2023/24 AFIs have no register id yet on the force's list
TBC = {"p23_mh", "p23_ocsa"}


def typo(n: int) -> int:
    s = str(n)
    t = s[:-2] + s[-1] + s[-2]
    return int(t) if t != s else n + 10


HAND_ADDED = {"powers", "peel21", "peel23"}   # keyed in by hand: split at a word boundary
BULK_ORDER = [k for k in REPORTS if k not in HAND_ADDED]
HAND_ORDER = ["powers", "peel21", "peel23"]


def split_hard(text: str, width: int = 255, ncols: int = 4) -> list[str]:
    parts = [text[i:i + width] for i in range(0, len(text), width)]
    assert len(parts) <= ncols, (len(text), text[:60])
    return parts + [None] * (ncols - len(parts))


def split_words(text: str, width: int = 255, ncols: int = 4) -> list[str]:
    parts, rest = [], text
    while len(rest) > width:
        cut = rest.rfind(" ", 0, width + 1)
        parts.append(rest[:cut])
        rest = rest[cut + 1:]
    parts.append(rest)
    assert len(parts) <= ncols
    return parts + [None] * (ncols - len(parts))


EDITORS = ["Hodgkins, Claire", "Patel, Samir", "Organisational Learning (svc)", "Bright, Owen"]

order = []
for rep in BULK_ORDER:
    order += [it for it in I if it["rep"] == rep]
spid = {}
n = 1
for it in order:
    if rng.random() < 0.08:           # items deleted and re-keyed leave gaps
        n += rng.choice([1, 2])
    spid[it["key"]] = n
    n += 1
n += 9                                 # other items created and deleted in 2019-2020
for rep in HAND_ORDER:
    n += rng.choice([2, 5, 11])
    for it in I:
        if it["rep"] == rep:
            spid[it["key"]] = n
            n += 1 + (1 if rng.random() < 0.1 else 0)
order += [it for rep in HAND_ORDER for it in I if it["rep"] == rep]

COMMENT = {
    "Complete": ["This recommendation is complete", "Authorised for closure on the basis of the "
                 "additional observations offered by members of the inspection team in recent "
                 "inspection activity.", None, None],
    "Superseded": ["This area of activity has subsequently been inspected in HMIC's PEEL "
                   "Effectiveness inspections. Where a cause of concern still exists this will "
                   "appear in the register against these subsequent inspections."],
    "No further action required": [None, "No further action required."],
    "Being progressed": ["The progress of the implementation of this recommendation is "
                         "currently being monitored by HMICFRS and this record will, in due "
                         "course, be updated.", None, None],
    "Awaiting review": ["New recommendation", None],
}

# --------------------------------------------------------------------------------------------
# HMICFRS workbook (SharePoint export)
# --------------------------------------------------------------------------------------------
HM_HEAD = ["ID", "Title", "Report", "Published", "Rec Type", "Recommendation",
           "Recommendation (cont.)", "Recommendation (cont. 2)", "Recommendation (cont. 3)",
           "HMICFRS Status", "Status Date", "Portal Comment", "Modified", "Modified By",
           "Item Type", "Path"]
hm_row = {}


def build_hmicfrs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "owssvr"
    ws.append(HM_HEAD)
    for it in order:
        title, pub, _ = REPORTS[it["rep"]]
        if it["key"] in TBC:
            t = "TBC"
        else:
            t = str(regid[it["key"]])
            if it["key"] == "cdi_rasso":
                t += " "        # stray trailing space typed into the Title
        parts = (split_words if it["rep"] in HAND_ADDED else split_hard)(it["text"])
        st = it["st"]
        if st in CLOSED_ST:
            sdate = dt.datetime(rng.choice([2017, 2018, 2019, 2021, 2022, 2023]),
                                rng.randint(1, 12), rng.randint(1, 28))
            if sdate.date() < pub:
                sdate = dt.datetime(pub.year + 1, pub.month, min(pub.day, 28))
        else:
            sdate = dt.datetime(2024, rng.randint(1, 10), rng.randint(1, 28))
            if sdate.date() < pub:
                sdate = dt.datetime(pub.year, pub.month, pub.day)
        comment = rng.choice(COMMENT[st])
        mod = dt.datetime(2024, 10, rng.randint(1, 31), rng.randint(8, 17), rng.randint(0, 59),
                          rng.randint(0, 59))
        ws.append([spid[it["key"]], t, title, dt.datetime(pub.year, pub.month, pub.day),
                   it["typ"], *parts, st, sdate, comment, mod, rng.choice(EDITORS), "Item",
                   "sites/OrganisationalLearning/Lists/HMICFRS Definitive List"])
        hm_row[it["key"]] = ws.max_row
    last = ws.max_row
    for r in range(2, last + 1):
        ws.cell(r, 4).number_format = "dd/mm/yyyy"
        ws.cell(r, 11).number_format = "dd/mm/yyyy"
        ws.cell(r, 13).number_format = "dd/mm/yyyy hh:mm"
        for c in range(6, 10):
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
    tab = Table(displayName="Table_owssvr", ref=f"A1:P{last}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(tab)
    widths = [6, 9, 40, 12, 22, 60, 60, 45, 30, 20, 12, 40, 17, 24, 8, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A2"
    save(wb, path)


# --------------------------------------------------------------------------------------------
# Force tracker
# --------------------------------------------------------------------------------------------
TYPE_WORD = {REC: "Recommendation", AFI: "AFI", COC: "Cause of Concern", NAT: "National Rec"}
FILL = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "White": "FFFFFF"}
LIVE_HEAD = ["OL No.", "HMICFRS Ref", "Report / Inspection", "Pub. date", "Type",
             "Recommendation / AFI", "Lead", "Update (latest first)", "RAG", "Status",
             "Closure submitted"]
CLOSED_HEAD = ["OL No.", "HMICFRS Ref", "Report / Inspection", "Pub. date", "Type",
               "Recommendation / AFI", "Lead", "Closing update", "Date closed", "Closure route"]
HEADINGS = {
    "sas13": "Stop and Search powers – HMIC, July 2013 (national)",
    "austerity": "Policing in Austerity – HMIC, July 2014 (national)",
    "core": "Core Business – HMIC, September 2014 (national)",
    "picture": "Building the Picture – HMIC, July 2015 (national)",
    "firearms": "Targeting the Risk (firearms licensing) – HMIC, September 2015 (national)",
    "old_eff15": "PEEL Efficiency 2015 – West Mercia",
    "eff16": "PEEL Effectiveness 2016 – West Mercia (published March 2017)",
    "stolen": "Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
              "published 24 October 2017",
    "efc17": "PEEL Efficiency 2017 – national overview",
    "leg17": "PEEL Legitimacy 2017 – national (stop and search)",
    "ncpi18": "National Child Protection Inspection 2018",
    "peel18": "PEEL 2018/19 – West Mercia (published May 2019)",
    "cdi19": "Crime Data Integrity 2019",
    "powers": "Disproportionate use of police powers – February 2021 (national)",
    "peel21": "PEEL 2021/22 – West Mercia",
    "peel23": "PEEL 2023/24 – West Mercia",
    "local": "Force / JAC / internal audit actions (not HMICFRS)",
}
LIVE_ORDER = ["sas13", "austerity", "core", "picture", "firearms", "old_eff15", "eff16",
              "stolen", "efc17", "leg17", "ncpi18", "peel18", "cdi19", "powers", "peel21",
              "peel23", "local"]

truth = []          # (hmicfrs_row, force_row, category, why)


def pubcell(pub: dt.date, mode: int):
    if mode == 0:
        return dt.datetime(pub.year, pub.month, pub.day)
    if mode == 1:
        return pub.strftime("%b %Y")
    return str(pub.year)


def build_tracker(path):
    wb = Workbook()
    live = wb.active
    live.title = "Live"
    live["A1"] = "West Mercia Police – HMICFRS Recommendations, AFIs and Causes of Concern – " \
                 "Action Tracker"
    live["A1"].font = Font(bold=True, size=14)
    live["A2"] = "Organisational Learning Team  |  v7.3  |  Last updated 04/11/2024  |  " \
                 "OFFICIAL-SENSITIVE"
    live["A2"].font = Font(italic=True)
    live.append([])
    live.append(LIVE_HEAD)
    for c in range(1, 12):
        live.cell(4, c).font = Font(bold=True, color="FFFFFF")
        live.cell(4, c).fill = PatternFill("solid", fgColor="1F3864")
    closed_rows = []
    ol = iter(range(1, 400))
    olmap = {}
    # OL numbers were given in the order items reached the tracker (roughly by report date)
    for it in order:
        if it["tr"]:
            olmap[it["key"]] = next(ol)
    loc_ol = {}
    for i, lc in enumerate(LOCAL):
        loc_ol[i] = next(ol)

    def ref_of(it):
        r = it["tr"].get("ref", "ok")
        if r == "blank":
            return None
        if r == "typo":
            return typo(regid[it["key"]])
        return regid[it["key"]]

    def text_of(it):
        t = it["tr"].get("text")
        if t is None:
            return it["text"]
        if t == "trunc":
            return it["text"][:255]
        return t

    for sec in LIVE_ORDER:
        sec_items = [it for it in I if it["rep"] == sec and it["tr"]
                     and it["tr"]["sheet"] == "Live"]
        sec_local = [(i, lc) for i, lc in enumerate(LOCAL) if lc["where"] == sec]
        if not sec_items and not sec_local:
            continue
        live.append([HEADINGS[sec]])
        r = live.max_row
        live.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        live.cell(r, 1).font = Font(bold=True)
        live.cell(r, 1).fill = PatternFill("solid", fgColor="D9E1F2")
        for it in sec_items:
            tr = it["tr"]
            title, pub, short = REPORTS[it["rep"]]
            mode = 2 if it["rep"] in ("sas13",) else (1 if it["typ"] == NAT else 0)
            pubv = tr.get("pub") or pubcell(pub, mode)
            report = tr.get("report", short)
            typ = tr.get("type", TYPE_WORD[it["typ"]])
            texts = text_of(it)
            upds = tr.get("upd")
            split = isinstance(texts, list)
            if not split:
                texts, upds = [texts], [upds]
            for j, (tx, up) in enumerate(zip(texts, upds)):
                num = f"OL-{olmap[it['key']]:03d}" + (chr(97 + j) if split else "")
                sub = tr.get("sub") if tr["fst"] == "Submitted to HMICFRS" else None
                live.append([num, ref_of(it), report, pubv, typ, tx, tr["lead"], up, tr["rag"],
                             tr["fst"], sub])
                rr = live.max_row
                truth.append((f"owssvr!{hm_row[it['key']]}", f"Live!{rr}", it["cat"],
                              it["why"] + (f" (split row {j + 1} of {len(texts)})"
                                           if split else "")))
        for i, lc in sec_local:
            live.append([f"OL-{loc_ol[i]:03d}", lc["ref"], lc["report"], lc["pub"], lc["type"],
                         lc["text"], lc["lead"], lc["upd"], lc["rag"], lc["fst"], None])
            truth.append(("", f"Live!{live.max_row}", "not_on_hmicfrs_list", lc["why"]))
        live.append([])
    # tidy: formats, fills
    for row in live.iter_rows(min_row=5):
        for c in row:
            if c.column == 4 and isinstance(c.value, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if c.column == 11 and isinstance(c.value, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if c.column in (6, 8):
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if c.column == 9 and c.value in FILL:
                c.fill = PatternFill("solid", fgColor=FILL[c.value])
    for col, w in zip("ABCDEFGHIJK", [9, 11, 26, 11, 16, 70, 24, 45, 8, 22, 12]):
        live.column_dimensions[col].width = w
    live.freeze_panes = "A5"

    # ---- Closed sheet
    cl = wb.create_sheet("Closed")
    cl.append(CLOSED_HEAD)
    for c in range(1, 11):
        cl.cell(1, c).font = Font(bold=True)
        cl.cell(1, c).fill = PatternFill("solid", fgColor="BFBFBF")
    entries = []
    for it in I:
        if it["tr"] and it["tr"]["sheet"] == "Closed":
            tr = it["tr"]
            title, pub, short = REPORTS[it["rep"]]
            mode = 1 if it["typ"] == NAT else 0
            entries.append((tr["closed"], [f"OL-{olmap[it['key']]:03d}", ref_of(it), short,
                                           pubcell(pub, mode), TYPE_WORD[it["typ"]],
                                           text_of(it), tr["lead"], tr["upd"],
                                           dt.datetime.combine(tr["closed"], dt.time()),
                                           tr["route"]],
                            (f"owssvr!{hm_row[it['key']]}", it["cat"], it["why"])))
    for i, lc in enumerate(LOCAL):
        if lc["where"] == "Closed":
            entries.append((lc["closed"], [f"OL-{loc_ol[i]:03d}", lc["ref"], lc["report"],
                                           lc["pub"], lc["type"], lc["text"], lc["lead"],
                                           lc["upd"],
                                           dt.datetime.combine(lc["closed"], dt.time()),
                                           lc["route"]],
                            ("", "not_on_hmicfrs_list", lc["why"])))
    entries.sort(key=lambda e: e[0])
    for _, row, (h, cat, why) in entries:
        cl.append(row)
        rr = cl.max_row
        truth.append((h, f"Closed!{rr}", cat, why))
        cl.cell(rr, 4).number_format = "dd/mm/yyyy"
        cl.cell(rr, 9).number_format = "dd/mm/yyyy"
        cl.cell(rr, 6).alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGHIJ", [9, 11, 26, 11, 16, 70, 24, 45, 12, 40]):
        cl.column_dimensions[col].width = w
    cl.freeze_panes = "A2"

    # ---- Key sheet (legend only)
    key = wb.create_sheet("Key")
    key.append(["RAG", "Meaning"])
    for a, b in [("GREEN", "The recommendation is implemented – propose for closure / submit "
                           "evidence to HMICFRS"),
                 ("AMBER", "Subject to ongoing work and monitoring but anticipated to be "
                           "implemented"),
                 ("RED", "Beyond designated deadline or cannot / will not be implemented "
                         "(rationale required)"),
                 ("WHITE", "Not WMP responsibility to deliver or dependent upon another "
                           "organisation")]:
        key.append([a, b])
    key.append([])
    key.append(["Status", "Open / Not started / In progress / Proposed for closure / Submitted "
                          "to HMICFRS / Not for WMP – national body"])
    key.append(["Closed sheet", "Items move to the Closed tab once signed off by the chief "
                                "officer lead or closed by HMICFRS on the portal"])
    key.append(["HMICFRS Ref", "The HMICFRS register id – the 'Title' column of the SharePoint "
                               "definitive list (not the SharePoint 'ID')"])
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 100
    save(wb, path)


# --------------------------------------------------------------------------------------------
# Deterministic save: fixed document properties and zip timestamps
# --------------------------------------------------------------------------------------------
FIXED = dt.datetime(2024, 11, 4, 9, 30, 0)


def save(wb, path):
    wb.properties.creator = "Organisational Learning"
    wb.properties.created = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-11-04T09:30:00Z</dcterms:modified>",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 4, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def main():
    os.makedirs(OUT, exist_ok=True)
    build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    build_tracker(os.path.join(OUT, "tracker.xlsx"))
    for it in I:
        if it["tr"] is None:
            truth.append((f"owssvr!{hm_row[it['key']]}", "", it["cat"], it["why"]))

    def sk(t):
        h = int(t[0].split("!")[1]) if t[0] else 10 ** 6
        f = (t[1].split("!")[0], int(t[1].split("!")[1])) if t[1] else ("", 0)
        return (h, f)
    truth.sort(key=sk)
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)
    # print register ids used in the README
    for it in order:
        print(hm_row[it["key"]], spid[it["key"]], "TBC" if it["key"] in TBC else regid[it["key"]],
              it["key"], it["cat"], len(it["text"]))


if __name__ == "__main__":
    main()
