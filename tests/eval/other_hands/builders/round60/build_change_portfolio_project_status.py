"""Build the evaluation case ``change_portfolio_project_status``.

Force side: Lancashire Constabulary's HMICFRS tracker, kept by the Organisational Learning (OL)
team. Many items are "delivered through" a change-portfolio project; for those the tracker's
own "Item status" cell just says "See project" (or is left blank) and the real status lives on
a second sheet, "Portfolio", a project register from the Portfolio Office. A "Read me" sheet
states the rule. HMICFRS side: an ordinary definitive-list workbook.

Texts: real HMICFRS wording (Open Government Licence), copied from the project's casegen text
lists; the force's local actions, notes and rewordings are written here.

Run:  /work/main/.venv/bin/python build_change_portfolio_project_status.py
Rebuilds the case byte for byte (fixed seed, fixed workbook timestamps).
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
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 6017
CASE = "change_portfolio_project_status"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FIXED_ZIP_TIME = (2024, 3, 4, 9, 0, 0)
FIXED_PROPS_TIME = dt.datetime(2024, 3, 4, 9, 0, 0)

rng = random.Random(SEED)

# ----------------------------------------------------------------------------------------------
# Real texts (copied from reconcile/casegen/texts, OGL material)
# ----------------------------------------------------------------------------------------------
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

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
BWV_PARAS = [
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
BWV_2021 = "\n".join(BWV_PARAS)

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

MISSING_CHILDREN_STEM = ("To address this cause of concern, HMIC recommends the force should "
                         "immediately review its approach to reports of missing children and "
                         "take steps to ensure that:")
MISSING_CHILDREN_BULLETS = [
    "call takers understand and use the missing and absent category appropriately;",
    "call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and",
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.",
]
MISSING_CHILDREN = MISSING_CHILDREN_STEM + "\n" + "\n".join(
    "• " + b for b in MISSING_CHILDREN_BULLETS)

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
    "to the victim or the wider public are identified and appropriately managed."
)

CHILD_DETENTION = (
    "Within six months the force should, in conjunction with children’s social care services, "
    "review how it manages the detention of children. As a minimum it should:• ensure that all "
    "children are only detained when absolutely necessary and for the absolute minimum amount "
    "of time;• ensure that officers and staff in the custody suite assess at an early stage a "
    "child’s need for alternative accommodation (secure or otherwise) and work with children’s "
    "social care services to achieve the most appropriate option for the child;• ensure that "
    "custody staff make a record of all actions taken and decisions made on the relevant "
    "documentation; and• improve the timeliness of adequate appropriate adult support for "
    "children who are arrested."
)

COC_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm."
)
COC_INVESTIGATION = (
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

# ----------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, tracker name, tracker date style)
# ----------------------------------------------------------------------------------------------
F = "Lancashire Constabulary"
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Domestic abuse - Everyone's business"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core business"),
    "cdi14": ("Crime data integrity inspection 2014 – " + F, dt.date(2014, 11, 18), "CDI 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop & search powers 2"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Information management (Building the Picture)"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "Firearms licensing 2015"),
    "ef16": ("PEEL: Police efficiency 2016 – " + F, dt.date(2016, 11, 3), "PEEL Efficiency 16"),
    "lg16": ("PEEL: Police legitimacy 2016 – " + F, dt.date(2016, 12, 8), "Legitimacy 2016"),
    "e16": ("PEEL: Police effectiveness 2016 – " + F, dt.date(2017, 3, 2),
            "PEEL Effectiveness 2016"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "ef17": ("PEEL: Police efficiency 2017 – " + F, dt.date(2017, 11, 9), "PEEL Efficiency 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "lg17": ("PEEL: Police legitimacy 2017 – " + F, dt.date(2017, 12, 12), "PEEL Legit 17"),
    "e17": ("PEEL: Police effectiveness 2017 – " + F, dt.date(2018, 3, 22), "PEEL Eff 17"),
    "ncpi": ("National child protection inspection 2018 – " + F, dt.date(2018, 6, 14),
             "NCPI 2018"),
    "cdi19": ("Crime data integrity inspection 2019 – " + F, dt.date(2019, 9, 19), "CDI 2019"),
    "p18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – " + F,
            dt.date(2019, 9, 27), "PEEL 18-19"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "p21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – " + F,
            dt.date(2022, 6, 14), "PEEL 2021/22"),
    "p23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24 – " + F,
            dt.date(2023, 10, 17), "PEEL Assessment 2023/24"),
}

# ----------------------------------------------------------------------------------------------
# Portfolio (the force's change projects). stage, done? (per the Read me rule), etc.
# ----------------------------------------------------------------------------------------------
LIVE_PROJECTS = [
    ("CP-05", "Vulnerability Improvement Programme", "Det Ch Supt Public Protection", "Delivery",
     "Amber", None, "Phase 2 (MSHT, missing children, VAWG) due Q1 2024/25."),
    ("CP-06", "Vetting Backlog Recovery", "Head of Professional Standards", "Paused", "Red", None,
     "Paused Dec 2023 pending funding decision (Force Executive Board, April)."),
    ("CP-07", "Investigative Standards", "ACC Crime", "Closure", "Green", None,
     "All products delivered. Closure report to Change Board 21/03/2024; benefits tracking "
     "continues to 2025."),
    ("CP-09", "People & Culture", "Director of People", "Delivery", "Green", None,
     "Workforce plan v3 in consultation."),
    ("CP-11", "Digital Services", "Head of Corporate Development", "Delivery", "Amber", None,
     "Took over the remaining scope of CP-04 (Digital Public Contact) in April 2022."),
]
CLOSED_PROJECTS = [
    ("CP-02", "Firearms Licensing Review", "Supt Firearms Licensing", "Closed", "Complete",
     dt.date(2016, 12, 9), None),
    ("CP-03", "Contact Transformation", "Supt Contact Centre", "Closed", "Complete",
     dt.date(2023, 11, 14), "Closure report approved; THRIVE+ and new CAD live."),
    ("CP-04", "Digital Public Contact", "Head of Corporate Development", "Closed - merged", "n/a",
     dt.date(2022, 4, 6), "Not delivered as a separate project. Remaining scope and linked "
     "HMICFRS items transferred to CP-11."),
    ("CP-08", "Stop & Search Legitimacy", "C/Supt Bell", "Closed", "Complete",
     dt.date(2022, 6, 2), None),
    ("CP-10", "Performance Framework Refresh", "Head of Corporate Development",
     "Closed - descoped", "n/a", dt.date(2023, 7, 19), "Descoped at Change Board 19/07/23. "
     "Outputs NOT delivered - linked HMICFRS items to be re-allocated (action: OL team)."),
]
PROJECT_DONE = {"CP-02": True, "CP-03": True, "CP-04": False, "CP-05": False, "CP-06": False,
                "CP-07": False, "CP-08": True, "CP-09": False, "CP-10": False, "CP-11": False}
# CP-04 follows CP-11 (merged, live); CP-10 descoped: does not deliver; CP-07 not yet closed.

# How the tracker writes each project in "Delivered through" (several editors).
PROJ_WRITE = {
    "CP-02": ["CP-02 Firearms Licensing Review", "CP02"],
    "CP-03": ["CP-03 Contact Transformation", "Contact Transformation (CP-03)", "CP03"],
    "CP-04": ["CP-04 Digital Public Contact"],
    "CP-05": ["CP-05 Vulnerability Improvement", "VIP (CP-05)", "CP 5", "CP-05"],
    "CP-06": ["CP-06 Vetting Backlog", "CP06"],
    "CP-07": ["CP-07 Investigative Standards", "Investigative Standards (CP-07)", "CP07",
              "CP 7"],
    "CP-08": ["CP-08 S&S Legitimacy", "CP08"],
    "CP-09": ["CP-09 People & Culture", "CP09"],
    "CP-10": ["CP-10 Performance Framework", "Perf Framework (CP-10)"],
    "CP-11": ["CP-11 Digital Services"],
}
BAU = ["BAU", "BAU - Public Protection", "BAU - Crime", "BAU - Contact", "BAU - PSD", "n/a",
       "BAU - Corporate Development", "BAU - Custody", "BAU - Local Policing"]

# ----------------------------------------------------------------------------------------------
# Items. Each: key, report, HMICFRS type, HMICFRS text, HMICFRS status, force spec.
# force spec: None (missing from force) or dict:
#   how: ("proj", [codes]) or ("own", status word) or ("proj+own", [codes], status word)
#   ftype, text mode, ref mode, conflict (None / reason), rows (split texts) ...
# ----------------------------------------------------------------------------------------------
BP, AR, CO, SU = "Being progressed", "Awaiting review", "Complete", "Superseded"

ITEMS = [
    # ---- Stop and search 2013 ----
    dict(key="sas13-1", rep="sas13", typ=NAT, st=CO, text=(
        "Chief Constables and the College of Policing should establish in the Stop and Search "
        "Authorised Professional Practice document a clear specification of what constitutes "
        "the effective and fair exercise of stop and search powers, and guidance in this "
        "respect. This should be compliant with the Code of Practice."),
        f=dict(how=("own", "Closed"), ftype="National", mode="abbrev", ref="blank",
               note="College element not for force. Force element closed 2015.")),
    dict(key="sas13-2", rep="sas13", typ=NAT, st=CO, text=(
        "Chief Constables should establish or improve monitoring of the way officers stop and "
        "search people, so that they can be satisfied their officers are acting in accordance "
        "with the law (including equality legislation and the Code of Practice), and that the "
        "power is used effectively to prevent crime, catch criminals and maintain public trust."),
        f=dict(how=("proj", ["CP-08"]), ftype="National", mode="verbatim",
               note="Monitoring dashboard delivered by CP-08.")),
    dict(key="sas13-3", rep="sas13", typ=NAT, st=SU, text=(
        "Chief Constables should, in consultation with elected local policing bodies, ensure "
        "that they comply with the code of practice by explaining to the public the way stop "
        "and search powers are used in their areas and by making arrangements for stop and "
        "search records to be scrutinised by community representatives. This should be done in "
        "a way that involves those people who are stopped and searched, for example, young "
        "people."),
        f=dict(how=("proj+own", ["CP-08"], "Open - not in CP-08 scope"), ftype="National",
               mode="verbatim",
               note="Youth element not delivered by CP-08. Community scrutiny panel now BAU; "
                    "ToR being refreshed with OPCC.")),
    # ---- Everyone's business ----
    dict(key="everyone", rep="everyone", typ=NAT, st=CO, text=EVERYONE_PLAN,
         f=dict(how=("own", "Complete"), ftype="National", mode="custom", ref="blank",
                custom="By September 2014, every police force in England and Wales should "
                       "establish and publish an action plan that specifies in detail what "
                       "steps it will take to improve its approach to domestic abuse. [Plan to "
                       "be developed with PCC, DA support orgs & victims' reps; after all recs "
                       "in report; DHRs & IPCC findings; CPS panels & MARAC self-assessments]",
                note="DA action plan published Sept 2014, refreshed annually.")),
    # ---- Austerity ----
    dict(key="aust-4", rep="austerity", typ=NAT, st=CO, text=(
        "In preparation for the next spending round period all Chief Constables and PCCs should "
        "review their plans for collaboration. In particular they should consider whether there "
        "is scope to deliver better value for money and improved capability and capacity through "
        "joint working with other forces, the public and/or the private sector."),
        f=dict(how=("own", "Closed"), ftype="National", mode="verbatim", ref="blank",
               note="Collaboration review reported to PCC Sept 2015.")),
    # ---- Core business ----
    dict(key="core-1", rep="core", typ=NAT, st=CO, text=(
        "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
        "have not yet done so, should provide call-handlers with specific, sound and "
        "comprehensible criteria against which they can assess threat, harm and risk."),
        f=dict(how=("proj", ["CP-03"]), ftype="Nat rec", mode="verbatim", ref="blank",
               note="THRIVE+ in place.")),
    dict(key="core-2", rep="core", typ=NAT, st=BP, text=(
        "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
        "carried out is systematically recorded and subsequently evaluated to determine the "
        "effectiveness of tactics being employed."),
        f=dict(how=("own", "Done - evidence pack sent to FLL"), ftype="Nat rec", mode="verbatim",
               note="Problem-solving database and evaluation template live. Evidence pack sent "
                    "to FLL 12/01/2024.")),
    # ---- Integrity ----
    dict(key="integrity", rep="integrity", typ=NAT, st=CO, text=(
        "By 31 August 2015, all chief constables should satisfy themselves that they have "
        "processes in place to ensure that investigations into misconduct by officers and staff "
        "resulting in “no further action” are fair and free of any form of discrimination."),
        f=dict(how=("own", "In progress"), ftype="National", mode="straight_quotes",
               note="PSD disproportionality review re-opened following 2023 audit.")),
    # ---- Stop and search 2 (near-duplicate of sas13-3; missing from force) ----
    dict(key="sas15", rep="sas15", typ=NAT, st=SU, text=(
        "Chief constables should, in consultation with police and crime commissioners, ensure "
        "that they comply with the Code of Practice by explaining to the public the way stop and "
        "search powers are used in their areas and by making arrangements for stop and search "
        "records to be scrutinised by community representatives. This should be done in a way "
        "that involves those people who are stopped and searched, for example young people."),
        f=None),
    # ---- Building the picture ----
    dict(key="picture", rep="picture", typ=NAT, st=BP, text=(
        "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
        "audits of compliance with the APP on information management through the force "
        "information management governance structure. This should include measures to ensure "
        "that categorisation of records are regularly adjusted."),
        f=dict(how=("proj", ["CP-10"]), ftype="National", mode="verbatim",
               note="Included in performance framework refresh.")),
    # ---- Firearms ----
    dict(key="fire-1", rep="firearms", typ=NAT, st=CO, text=(
        "Within three months, all chief constables should assess how well the governance of "
        "firearms licensing in his or her force meets the standards set out in Authorised "
        "Professional Practice. Chief constables of forces where the governance standards are "
        "not being complied with should put in place immediately the correct arrangements and "
        "procedures in order to meet the standards in full."),
        f=dict(how=("proj", ["CP-02"]), ftype="National", mode="abbrev", note=None)),
    dict(key="fire-2", rep="firearms", typ=NAT, st=CO, text=(
        "Within three months, all chief constables should assess the demand placed on their "
        "firearms licensing department and ensure it has the capacity to meet this demand and "
        "provide an efficient and effective service at all times."),
        f=dict(how=("own", "Complete"), ftype="National", mode="verbatim", ref="blank",
               note="Demand review completed Dec 2015; two additional enquiry officers.")),
    dict(key="fire-3", rep="firearms", typ=NAT, st=BP, text=(
        "Immediately, all chief constables should satisfy themselves that all appropriate action "
        "is being taken by their force with regard to ‘total expired’ licensing records."),
        f=dict(how=("proj", ["CP-02"]), ftype="National", mode="straight_quotes",
               note="Total expired records cleared by CP-02.")),
    dict(key="fire-4", rep="firearms", typ=NAT, st=CO, text=(
        "Within three months, all chief constables should ensure that their arrangements in "
        "respect of the use of temporary permits are in accordance with the Home Office "
        "guidance; that temporary permits are properly recorded without delay on the National "
        "Firearms Licensing Management System; and that effective systems exist to ensure "
        "certificate holders are not permitted, at any time, to remain in unlawful possession "
        "of a firearm."),
        f=dict(how=("own", "Open"), ftype="National", mode="abbrev",
               note="NFLMS recording dip-sample due Q4.")),
    dict(key="fire-5", rep="firearms", typ=NAT, st=BP, text=(
        "Within three months, all chief constables should ensure that systems designed to "
        "identify, prior to police attendance, whether a reported incident involves or is at "
        "the address of a firearm certificate holder are in place and are always applied by "
        "staff dispatching officers to incidents; and that officers understand the risk "
        "assessment which they should be undertaking in such circumstances, and their power, "
        "when appropriate, to seize firearms and firearm certificates."),
        f=dict(how=("own", "On track"), ftype="National", mode="verbatim",
               note="CAD marker for certificate holders being rebuilt on new CAD.")),
    # ---- Stolen freedom ----
    dict(key="sf-1", rep="stolen", typ=NAT, st=BP, text=SF_LEADERSHIP,
         f=dict(how=("proj", ["CP-05"]), ftype="National", mode="split", ref="suffix",
                rows=[SF_LEADERSHIP_STEM + " " + b for b in SF_LEADERSHIP_BULLETS],
                note="Split by bullet for the MSHT board.")),
    dict(key="sf-2", rep="stolen", typ=NAT, st=BP, text=(
        "Within six months, forces should have in place active information-sharing agreements "
        "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
        "safeguard victims better and to identify suspects as early as possible"),
        f=dict(how=("proj", ["CP-05"]), ftype="National", mode="custom",
               custom="Within twelve months, forces should have in place active "
                      "information-sharing agreements with other agencies to facilitate speedy "
                      "exchange of intelligence and in order to safeguard victims better and to "
                      "identify suspects as early as possible.",
               conflict="timescale: HMICFRS 'Within six months', force 'Within twelve months'",
               note="ISAs with 3 of 4 local authorities signed.")),
    dict(key="sf-3", rep="stolen", typ=NAT, st=CO, text=(
        "Immediately, forces should ensure that all victims carrying out criminal acts under "
        "compulsion attributable to slavery or exploitation are afforded the protection of "
        "early and continuing consideration of the applicability of the section 45 defence."),
        f=dict(how=("own", "complete"), ftype="National", mode="abbrev",
               note="s45 guidance issued and in CPD.")),
    dict(key="sf-4", rep="stolen", typ=NAT, st=BP, text=(
        "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
        "process as it evolves and are implementing the requirement placed upon them under the "
        "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
        "adult victim of modern slavery or human trafficking."),
        f=dict(how=("own", "Complete"), ftype="National", mode="verbatim",
               note="Duty to Notify process audited Nov 23 - 100% compliance.")),
    dict(key="sf-5", rep="stolen", typ=NAT, st=BP, text=(
        "Immediately, forces should take steps to ensure they fully comply with national crime "
        "recording standard (NCRS) requirements for offences identified as modern slavery and "
        "human trafficking and that sufficient audit capacity is available to the force crime "
        "registrar to provide reassurance that each force is identifying and managing any gaps "
        "in its crime-recording accuracy for these types of offences."),
        f=dict(how=("proj", ["CP-07"]), ftype="National", mode="verbatim",
               note="FCR audit capacity delivered via Investigative Standards.")),
    dict(key="sf-6", rep="stolen", typ=NAT, st=CO, text=(
        "Immediately, forces should ensure that allegations or indications of modern slavery and "
        "human trafficking are thoroughly investigated and effectively supervised by teams and "
        "individuals with the skills and experience to undertake them (this should include the "
        "use where appropriate of joint intelligence teams and other means to obtain "
        "intelligence and evidence from agencies overseas)."),
        f=dict(how=("proj", ["CP-05"]), ftype="National", mode="abbrev", note=None)),
    dict(key="sf-7", rep="stolen", typ=NAT, st=BP, text=(
        "Immediately, forces should review their use of preventative powers under the Modern "
        "Slavery Act 2015 to ensure that opportunities to restrict the activities of those "
        "deemed to pose a clear threat to others in respect of modern slavery and human "
        "trafficking offences are exploited."),
        f=None),
    # ---- Efficiency 2017 national ----
    dict(key="efc17", rep="efc17", typ=NAT, st=BP, text=(
        "By September 2018, chief constables should produce an ambitious plan to improve "
        "digitally-enabled services within their force. The Home Office, National Police "
        "Chiefs' Council and Association of Police and Crime Commissioners should support the "
        "development of these plans by establishing a national framework which allows for the "
        "provision of digitally enabled services across force boundaries."),
        f=dict(how=("proj", ["CP-04"]), ftype="National", mode="first_sentence",
               note="Digital plan - see CP-04.")),
    # ---- Legitimacy 2017 national ----
    dict(key="leg17-coc", rep="leg17", typ=COC, st=CO, text=COC_SAS,
         f=dict(how=("own", "Closed"), ftype="CoC", mode="verbatim", note=None)),
    dict(key="leg17-2", rep="leg17", typ=NAT, st=BP, text=SAS_MONITORING_2017,
         f=dict(how=("proj", ["CP-08"]), ftype="National", mode="bullets_tidy",
                note="S&S monitoring pack to Legitimacy Board monthly.")),
    dict(key="leg17-3", rep="leg17", typ=NAT, st=BP, text=(
        "Where forces identify disparities through monitoring, they should demonstrate to the "
        "public that they have:\n•carried out research and analysis in an attempt to understand "
        "the reasons for the disparity, and •taken action to reduce the disparity, where "
        "necessary;"),
        f=dict(how=("own", "Pending sign off"), ftype="National", mode="bullets_tidy",
               note="Disparity research published on website Jan 24; pending ACC sign off.")),
    dict(key="leg17-4", rep="leg17", typ=NAT, st=SU, text=(
        "We expect forces to publish this analysis and any actions taken at least on an annual "
        "basis, from July 2018."),
        f=dict(how=("proj", ["CP-08"]), ftype="National", mode="verbatim", note=None)),
    dict(key="leg17-5", rep="leg17", typ=NAT, st=BP, text=(
        "By July 2018, and ongoing following that date, forces should ensure that all officers "
        "who use stop and search powers have been provided with, and understand, training on "
        "unconscious bias and College of Policing APP on stop and search."),
        f=dict(how=("own", "Open"), ftype="National", mode="abbrev",
               note="Unconscious bias module refresh - L&D, go-live June 2024.")),
    # ---- Police powers 2021 ----
    dict(key="pow-1", rep="powers", typ=NAT, st=BP, text=(
        "By July 2022, forces should ensure that officers and staff have effective communication "
        "skills, in line with the National Policing Guidelines on Conflict Management. This "
        "should be in addition to existing training on conflict management and de-escalation."),
        f=dict(how=("proj", ["CP-09"]), ftype="National", mode="verbatim", note=None)),
    dict(key="pow-2", rep="powers", typ=NAT, st=BP, text=(
        "By July 2021, forces should ensure that communication skills are reinforced as part of "
        "the programme of continuing professional development for officers and staff, and that "
        "supervisors are supported to routinely and frequently debrief officers on these skills "
        "using body-worn video footage."),
        f=dict(how=("own", "Complete"), ftype="National", mode="abbrev",
               note="Included in PST and CPD days since Sept 2022.")),
    dict(key="pow-3", rep="powers", typ=NAT, st=BP, text=BWV_2021,
         f=dict(how=("own", "Complete"), ftype="National", mode="split", ref="same",
                rows=[BWV_PARAS[0], "By September 2021, forces should: " + BWV_PARAS[1],
                      "By September 2021, forces should: " + BWV_PARAS[2]],
                note="Split into its three asks.")),
    dict(key="pow-5", rep="powers", typ=NAT, st=AR, text=(
        "By July 2021, forces should ensure they have effective internal monitoring processes on "
        "the use of force, to help them to identify and understand disproportionate use, "
        "explain the reasons and implement any necessary improvement action."),
        f=dict(how=("own", "Completed"), ftype="National", mode="verbatim",
               note="Use of force scrutiny panel and dashboard in place.")),
    # ---- PEEL Efficiency 2016 ----
    dict(key="ef16-1", rep="ef16", typ=AFI, st=CO, text=(
        "The force should undertake further work to gain a fuller understanding of current "
        "demand for its services, and likely future changes in demand. This is so it can make "
        "best use of its resources by matching them to demand to meet the needs of the public."),
        f=dict(how=("proj", ["CP-03"]), ftype="AFI", mode="verbatim", ref="blank", note=None)),
    dict(key="ef16-2", rep="ef16", typ=AFI, st=CO, text=(
        "The force should develop its understanding of the links between its outcomes, outputs "
        "and costs."),
        f=dict(how=("own", "Open"), ftype="AFI", mode="verbatim",
               note="Activity-based costing model to be rebuilt after CP-10 descoped.")),
    # ---- PEEL Legitimacy 2016 ----
    dict(key="lg16-1", rep="lg16", typ=AFI, st=SU, text=(
        "Lancashire Constabulary should ensure all staff have received at least the lowest level "
        "of vetting clearance for their roles as quickly as possible, working to clear both the "
        "vetting backlog and new vetting renewals when they become due so that it complies fully "
        "with the national vetting guidelines."),
        f=dict(how=("proj", ["CP-06"]), ftype="AFI", mode="strip_force", note=None)),
    dict(key="lg16-2", rep="lg16", typ=AFI, st=CO, text=(
        "The force should make sure it provides a confidential way for staff to raise concerns "
        "and that staff are aware of whistleblowing processes."),
        f=dict(how=("own", "Complete"), ftype="AFI", mode="verbatim",
               note="Confidential reporting line relaunched 2017.")),
    # ---- PEEL Effectiveness 2016 ----
    dict(key="e16-1", rep="e16", typ=AFI, st=SU, text=(
        "The force should improve its understanding of the nature and scale of domestic abuse "
        "in its area."),
        f=dict(how=("proj", ["CP-05"]), ftype="AFI", mode="verbatim", note=None)),
    dict(key="e16-2", rep="e16", typ=AFI, st=CO, text=(
        "The force should make sure it consistently uses ancillary orders and other powers to "
        "protect victims of stalking and harassment."),
        f=dict(how=("own", "Complete"), ftype="AFI", mode="verbatim", ref="blank",
               note="SPO applications monitored at Public Protection Board.")),
    # ---- PEEL Efficiency 2017 ----
    dict(key="ef17-1", rep="ef17", typ=AFI, st=BP, text=(
        "The force should develop a future workforce plan that is aligned with its overall "
        "demand and budget. The plan should include future resource allocations, the mix of "
        "skills required by the workforce and behaviours expected of them."),
        f=dict(how=("proj", ["CP-09"]), ftype="AFI", mode="verbatim", note=None)),
    dict(key="ef17-2", rep="ef17", typ=AFI, st=CO, text=(
        "The force should make sure all processes in place to support performance management "
        "are effective."),
        f=dict(how=("proj", ["CP-10"]), ftype="AFI", mode="verbatim", note=None)),
    # ---- PEEL Legitimacy 2017 ----
    dict(key="lg17-1", rep="lg17", typ=AFI, st=CO, text=(
        "The force should put plans in place to monitor, including through the gathering and "
        "analysis of staff feedback, team cultures and provide prompt remedial action for any "
        "issues it identifies."),
        f=dict(how=("own", "Complete "), ftype="AFI", mode="verbatim",
               note="Annual staff survey and culture dashboard.")),
    dict(key="lg17-2", rep="lg17", typ=AFI, st=BP, text=(
        "The force should review the support available for those who have raised concerns and "
        "take any action needed to make sure these provisions are suitable."),
        f=None),
    # ---- PEEL Effectiveness 2017 ----
    dict(key="e17-coc", rep="e17", typ=COC, st=CO, text=COC_MISSING,
         f=dict(how=("own", "Closed"), ftype="CoC", mode="verbatim", note=None)),
    dict(key="e17-2", rep="e17", typ=REC, st=CO, text=MISSING_CHILDREN,
         f=dict(how=("own", "Complete"), ftype="Rec", mode="custom",
                custom=MISSING_CHILDREN_STEM + "\n• " + MISSING_CHILDREN_BULLETS[0] + "\n• "
                + MISSING_CHILDREN_BULLETS[2],
                conflict="missing bullet: force text omits the second bullet (call takers and "
                         "frontline staff / CSE risk factors)",
                note="Missing persons policy rewritten; supervisory review on every report.")),
    dict(key="e17-3", rep="e17", typ=AFI, st=BP, text=(
        "The force should improve the supervision of investigations, so that investigation "
        "plans are set, reviewed and recorded and victims receive a consistently good service."),
        f=dict(how=("proj", ["CP-07"]), ftype="AFI", mode="misspell", note=None)),
    dict(key="e17-4", rep="e17", typ=AFI, st=BP, text=(
        "The force should improve its ability to retrieve digital evidence from mobile phones, "
        "computers and other electronic devices quickly enough to ensure investigations are not "
        "delayed."),
        f=dict(how=("own", "Open"), ftype="Rec", mode="verbatim",
               conflict="type: HMICFRS area for improvement, force records it as a "
                        "recommendation",
               note="DFU backlog 1,140 devices (Feb 24).")),
    dict(key="e17-5", rep="e17", typ=AFI, st=BP, text=(
        "The force should improve its understanding of suspects released under investigation "
        "and the management of those released on bail."),
        f=dict(how=("proj+own", ["CP-07"], "Complete"), ftype="AFI", mode="abbrev",
               note="RUI/bail dashboard live Oct 23 - delivered ahead of the rest of CP-07.")),
    # ---- NCPI 2018 ----
    dict(key="ncpi-1", rep="ncpi", typ=REC, st=BP, text=CHILD_DETENTION,
         f=dict(how=("own", "Complete"), ftype="Rec", mode="verbatim",
                note="Concordat on children in custody signed with all three LAs.")),
    dict(key="ncpi-2", rep="ncpi", typ=REC, st=CO, text=(
        "Immediately, the force should take steps to ensure that there is effective supervision "
        "of the initial risk assessment process, specifically in relation to the completion of "
        "DASH risk assessment in appropriate cases."),
        f=dict(how=("proj", ["CP-05"]), ftype="Rec", mode="verbatim", note=None)),
    dict(key="ncpi-3", rep="ncpi", typ=REC, st=BP, text=(
        "Within three months, the force should improve how it works with partner organisations "
        "to safeguard people at risk from child sexual exploitation."),
        f=dict(how=("own", "In progress"), ftype="Rec", mode="verbatim", wrong_report="e17",
               conflict="report: force files it under PEEL Effectiveness 2017 (Mar 2018); "
                        "HMICFRS under National child protection inspection 2018",
               note="Joint CSE hub with Blackburn with Darwen - go live April.")),
    # ---- CDI 2019 ----
    dict(key="cdi-1", rep="cdi19", typ=REC, st=BP, text=CDI_VICTIMS,
         f=dict(how=("proj", ["CP-03"]), ftype="Rec", mode="verbatim", note=None)),
    dict(key="cdi-2", rep="cdi19", typ=REC, st=BP, text=(
        "Within six months the force should take steps to ensure it fully complies with national "
        "crime recording standard (NCRS) requirements for offences identified as modern slavery "
        "and human trafficking."),
        f=dict(how=("own", "Open"), ftype="Rec", mode="verbatim", ref="typo",
               conflict="reference: force records the HMICFRS ID with two digits transposed",
               note="FCR audit Q3 - 86% compliance.")),
    dict(key="cdi-3", rep="cdi19", typ=AFI, st=CO, text=(
        "The force should make sure it records reports of stalking and harassment accurately "
        "and without delay."),
        f=dict(how=("own", "Complete"), ftype="AFI", mode="verbatim", note=None)),
    # ---- PEEL 2018/19 ----
    dict(key="p18-coc", rep="p18", typ=COC, st=BP, text=COC_INVESTIGATION,
         f=dict(how=("proj", ["CP-07"]), ftype="CoC", mode="verbatim", note=None)),
    dict(key="p18-2", rep="p18", typ=REC, st=BP, text=(
        "HMIC recommends that the force should immediately: conduct a review of officers’ "
        "capabilities and capacity to manage their investigative workload, to better understand "
        "investigative demand and the pressures placed upon them; and"),
        f=dict(how=("own", "Complete"), ftype="Rec", mode="strip_stem",
               note="Workload review reported to FEB 14/12/23.")),
    dict(key="p18-3", rep="p18", typ=REC, st=CO, text=(
        "HMIC recommends that within six months the force should: improve its arrangements both "
        "to consult with the public about business planning and to feed back on changes made to "
        "service delivery as a result of such consultation;"),
        f=dict(how=("own", "Awaiting evidence"), ftype="Rec", mode="strip_stem",
               note="Consultation evidence requested from Corporate Comms.")),
    dict(key="p18-4", rep="p18", typ=AFI, st=AR, text=(
        "The force should make sure the corporate risk register is actively used to mitigate and "
        "manage known risks."),
        f=None),
    # ---- PEEL 2021/22 ----
    dict(key="p21-1", rep="p21", typ=AFI, st=BP, text=(
        "The force should improve the timeliness of its response to calls for service involving "
        "domestic abuse."),
        f=dict(how=("proj", ["CP-03"]), ftype="AFI", mode="verbatim", note=None)),
    dict(key="p21-2", rep="p21", typ=AFI, st=BP, text=(
        "The force should make sure victims of rape and serious sexual offences are kept "
        "informed about the progress of their case, in line with the Code of Practice for "
        "Victims of Crime."),
        f=dict(how=("own", "Open"), ftype="AFI", mode="abbrev", note=None)),
    dict(key="p21-3", rep="p21", typ=AFI, st=BP, text=(
        "The force should make sure it has enough specialist capacity and capability to "
        "investigate online child sexual abuse."),
        f=dict(how=("proj", ["CP-05"]), ftype="AFI", mode="verbatim", note=None)),
    dict(key="p21-4", rep="p21", typ=AFI, st=BP, text=(
        "The force should improve how it gathers, assesses and acts on intelligence about "
        "serious and organised crime."),
        f=dict(how=("own", "Complete"), ftype="AFI", mode="verbatim",
               note="SOC intelligence development unit established.")),
    dict(key="p21-5", rep="p21", typ=AFI, st=BP, text=(
        "The force should make sure its performance framework gives senior leaders a clear "
        "picture of its response to vulnerable adults."),
        f=dict(how=("proj", ["CP-03", "CP-09"]), ftype="AFI", mode="verbatim", note=None)),
    dict(key="p21-6", rep="p21", typ=AFI, st=CO, text=(
        "The force should make sure investigations of fraud are allocated to officers with the "
        "right skills and are effectively supervised."),
        f=dict(how=("proj", ["CP-07"]), ftype="AFI", mode="verbatim", note=None)),
    dict(key="p21-7", rep="p21", typ=AFI, st=BP, text=(
        "The force should make sure officers and staff have the training they need to identify "
        "and respond to hate crime."),
        f=dict(how=("own", "On track"), ftype="AFI", mode="verbatim",
               date_override=dt.datetime(2021, 6, 14),
               conflict="publication date: force 14/06/2021, HMICFRS 14/06/2022",
               note="Hate crime e-learning 71% completion.")),
    # ---- PEEL 2023/24 ----
    dict(key="p23-1", rep="p23", typ=AFI, st=AR, text=(
        "The force should improve its understanding of the nature and scale of violence against "
        "women and girls in its area."),
        f=dict(how=("proj", ["CP-05"]), ftype="AFI", mode="verbatim", note=None)),
    dict(key="p23-2", rep="p23", typ=AFI, st=AR, text=(
        "The force should make sure it consistently uses ancillary orders and other powers to "
        "protect victims of domestic abuse."),
        f=dict(how=("own", "Not started"), ftype="AFI", mode="verbatim", note=None)),
    dict(key="p23-3", rep="p23", typ=AFI, st=AR, text=(
        "The force should improve the way it manages the risk posed by offenders involved in "
        "county lines drug dealing."),
        f=None),
    dict(key="p23-4", rep="p23", typ=AFI, st=AR, text=(
        "The force should make sure it records reports of anti-social behaviour accurately and "
        "without delay."),
        f=dict(how=("own", "Complete"), ftype="AFI", mode="verbatim",
               note="ASB recording audit Jan 24: 97% compliant. Propose for closure.")),
    dict(key="p23-5", rep="p23", typ=AFI, st=BP, text=(
        "The force should immediately review its current background checks arrangements, and "
        "make sure that suitable and sufficient background checks are in place to safeguard its "
        "staff and the communities it serves."),
        f=dict(how=("proj", ["CP-06"]), ftype="AFI", mode="verbatim", note=None)),
]

# Force rows with no HMICFRS item on the list.
FORCE_ONLY = [
    # (after item key, report key or None, type, text, ref, how, note, why)
    dict(after="aust-4", rep="austerity", ftype="National", ref=2598, how=("own", "Complete"),
         text="All Chief Constables and PCCs should review their plans to deliver savings to "
              "ensure they are doing all they can to continue to reduce crime and protect the "
              "front line while balancing their budgets. They should use the data and "
              "information contained in this report, and in HMIC's Value for Money profiles, "
              "when conducting their reviews",
         note="Savings plan reviewed 2014.",
         why="Austerity 2014 recommendation (savings plans) not on the HMICFRS list"),
    dict(after="core-2", rep="cdi14", ftype="Rec", ref=5531, how=("own", "Open"),
         text="Within six months the force should revise its approach to cautions, cannabis "
              "warning and penalty notices for disorder to ensure that there is a clear and "
              "auditable explanation to the offender of the implications of receiving the warning "
              "and that, for victim-based crimes, there is a clear and auditable record that "
              "views of the victim are considered prior to their issue.",
         note="OOCD scrutiny panel reviewing.",
         why="CDI 2014 recommendation (out-of-court disposals) tracked open by the force, not on the HMICFRS list"),
    dict(after="e16-2", rep="e16", ftype="AFI", ref=7214, how=("own", "Complete"),
         text="The force should review its approach to anti-social behaviour to make sure "
              "victims receive a consistently good service.",
         note=None,
         why="PEEL Effectiveness 2016 AFI (anti-social behaviour) not on the HMICFRS list"),
    dict(after="p21-1", rep=None, ftype="Force action", ref=None, how=("proj", ["CP-03"]),
         text="Local action: Dip-sample 50 domestic abuse crime reports each quarter and report "
              "findings to the Crime Standards Board",
         note="Linked to PEEL 21/22 DA timeliness AFI.",
         why="force's own local action, not an HMICFRS item"),
    dict(after="p21-7", rep=None, ftype="Force action", ref=None, how=("own", "In progress"),
         text="Appoint a single point of contact for hate crime in each local policing area",
         note="SPOCs in 4 of 6 LPAs.",
         why="force's own local action, not an HMICFRS item"),
    dict(after="p23-2", rep=None, ftype="JAC action", ref=None, how=("own", "Open"),
         text="JAC action: Internal audit of the vetting governance arrangements (audit plan "
              "2023/24)",
         note="Fieldwork Q1 24/25.",
         why="Joint Audit Committee action, not an HMICFRS item"),
    dict(after="p23-5", rep=None, ftype="Force action", ref=None, how=("own", "Open"),
         text="Refresh the county lines drug dealing problem profile and add it to the control "
              "strategy",
         note="Analyst allocated.",
         why="force's own local action (problem profile), not the HMICFRS county lines AFI"),
]

ABBREV = [
    (r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"), (r"Stop and Search", "S&S"),
    (r"police and crime commissioners", "PCCs"), (r"[Cc]hief [Cc]onstables", "CCs"),
    (r"Authorised Professional Practice", "APP"), (r"College of Policing", "CoP"),
    (r"body-worn video", "BWV"), (r"released under investigation", "RUI"),
    (r"continuing professional development", "CPD"), (r"Home Office", "HO"),
    (r"[Ww]ithin three months", "Within 3 months"), (r"officers and staff", "officers & staff"),
    (r"National Firearms Licensing Management System", "NFLMS"),
    (r"rape and serious sexual offences", "RASSO"),
]
MISSPELL = {"supervision": "supervison", "investigation": "investigaton",
            "arrangements": "arrangments", "appropriate": "appropiate"}


def force_text(item: dict) -> str:
    f, text = item["f"], item["text"]
    mode = f["mode"]
    if mode == "verbatim":
        return text
    if mode == "custom":
        return f["custom"]
    if mode == "straight_quotes":
        return text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    if mode == "abbrev":
        for pat, rep in ABBREV:
            text = re.sub(pat, rep, text)
        return text
    if mode == "misspell":
        for right, wrong in MISSPELL.items():
            if right in text:
                return text.replace(right, wrong, 1)
        return text
    if mode == "strip_stem":
        # drop "HMIC recommends that ... the force should", keep the timescale
        m = re.match(r"^HMIC recommends that (within six months )?the force should(?::)? "
                     r"(immediately: )?(.*)$", text, re.S)
        when = "Within six months" if m.group(1) else "Immediately"
        body = m.group(3).rstrip(" ;").removesuffix("; and").rstrip(" ;")
        return f"{when}: {body}."
    if mode == "strip_force":
        return text.replace("Lancashire Constabulary should", "The force should")
    if mode == "first_sentence":
        return text.split(". ")[0] + "."
    if mode == "bullets_tidy":
        return re.sub(r"\s*•\s*", "\n• ", text)
    raise ValueError(mode)


def force_status(how) -> tuple[str | None, bool]:
    """(Item status cell, done?) per the tracker's Read me rule."""
    kind = how[0]
    if kind == "own":
        word = how[1]
        return word, word.strip().lower() in {"complete", "completed", "closed",
                                               "done - evidence pack sent to fll",
                                               "pending sign off"}
    if kind == "proj":
        done = all(PROJECT_DONE[c] for c in how[1])
        return None, done
    if kind == "proj+own":
        word = how[2]
        return word, word.strip().lower() in {"complete", "completed", "closed"}
    raise ValueError(kind)


def fmt_uk(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


# ----------------------------------------------------------------------------------------------
# HMICFRS references and status dates
# ----------------------------------------------------------------------------------------------
def assign_refs() -> None:
    order = sorted(ITEMS, key=lambda it: (REPORTS[it["rep"]][1], ITEMS.index(it)))
    ref = 1088
    last_rep = None
    for it in order:
        if it["rep"] != last_rep:
            ref += rng.randint(180, 900)
            last_rep = it["rep"]
        else:
            ref += rng.randint(1, 4)
        it["ref"] = ref
    refs = {it["ref"] for it in ITEMS}
    # refs of items HMICFRS has dropped: numbered next to their report's other items
    by_key = {it["key"]: it for it in ITEMS}
    FORCE_ONLY[0]["ref"] = by_key["aust-4"]["ref"] - 3
    FORCE_ONLY[1]["ref"] = by_key["core-2"]["ref"] + 97
    assert FORCE_ONLY[1]["ref"] < by_key["integrity"]["ref"]
    FORCE_ONLY[2]["ref"] = max(it["ref"] for it in ITEMS if it["rep"] == "e16") + 3
    for fo in FORCE_ONLY:
        assert fo["ref"] is None or fo["ref"] not in refs, fo


def status_date(it) -> dt.date:
    pub = REPORTS[it["rep"]][1]
    if it["st"] in (CO, SU):
        lo = pub + dt.timedelta(days=200)
        hi = dt.date(2024, 2, 20)
        if lo > hi:
            lo = hi - dt.timedelta(days=60)
    else:
        lo, hi = max(pub + dt.timedelta(days=30), dt.date(2022, 9, 1)), dt.date(2024, 2, 28)
        if lo > hi:
            lo = hi - dt.timedelta(days=30)
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre", "Head of Learning & Development",
         "Ch Insp Custody", "Supt Firearms Licensing", "DCC"]
EDITORS = ["JH", "JH", "SK", "OL team", "RB"]


def main() -> None:
    assign_refs()
    OUT.mkdir(parents=True, exist_ok=True)
    truth: list[tuple[str, str, str, str]] = []

    # ------------------------------- HMICFRS workbook -------------------------------------------
    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    ws["A1"] = "HMICFRS recommendations and areas for improvement – " + F
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Definitive list as held by HMICFRS. Extracted 04/03/2024 for the force liaison lead."
    hdr = ["Reference", "Report title", "Publication date", "Type",
           "Recommendation / area for improvement", "Status", "Status date"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
    order = sorted(ITEMS, key=lambda it: (REPORTS[it["rep"]][1], it["ref"]))
    hrow: dict[str, int] = {}
    for it in order:
        title, pub, _ = REPORTS[it["rep"]]
        it["sdate"] = status_date(it)
        ws.append([it["ref"], title, pub, it["typ"], it["text"], it["st"], it["sdate"]])
        r = ws.max_row
        hrow[it["key"]] = r
        ws.cell(r, 3).number_format = "dd/mm/yyyy"
        ws.cell(r, 7).number_format = "dd/mm/yyyy"
        ws.cell(r, 5).alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFG", [11, 50, 14, 24, 90, 17, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    save(wb, OUT / "hmicfrs.xlsx")

    # ------------------------------- Force workbook -----------------------------------------------
    fwb = Workbook()
    rd = fwb.active
    rd.title = "Read me"
    readme = [
        "HMICFRS recommendations & AFIs – force tracker",
        "Owner: Organisational Learning & Inspection team (Corporate Development). Do not sort "
        "the tracker tab without selecting all columns.",
        "",
        "Columns",
        "OL Ref – our running number (not the HMICFRS reference). Split items carry .1, .2 ...",
        "HMICFRS ID – the reference HMICFRS uses on the monitoring list, where we have it.",
        "Delivered through – the change project (see Portfolio tab) or the BAU department.",
        "Item status – the item's own status. Leave blank or put 'See project' where the item is "
        "delivered by a change project.",
        "",
        "Status rules (agreed at Organisational Learning Board, June 2023)",
        "1. An item-level status, where one is entered, takes precedence over the project.",
        "2. Where the item status is blank / 'See project', the item follows its project on the "
        "Portfolio tab. It is complete only when the project's Stage is 'Closed' (closure report "
        "approved by Change Board). 'Closure' stage is NOT closed.",
        "3. Where an item is delivered through two projects it is complete only when both are "
        "Closed.",
        "4. 'Closed - merged': the item follows the project it was merged into. 'Closed - "
        "descoped': the project did not deliver; the item stays open until re-allocated.",
        "5. Done = Complete / Closed / Pending sign off / evidence pack sent. Anything else is "
        "open.",
        "",
        "Force actions and JAC actions are our own and are not on the HMICFRS list.",
    ]
    for line in readme:
        rd.append([line])
    rd["A1"].font = Font(bold=True, size=13)
    rd["A4"].font = Font(bold=True)
    rd["A10"].font = Font(bold=True)
    rd.column_dimensions["A"].width = 120

    tw = fwb.create_sheet("HMICFRS tracker")
    tw["A1"] = F + " – HMICFRS recommendations, AFIs and causes of concern"
    tw["A1"].font = Font(bold=True, size=13)
    tw["A2"] = "Last updated 28/02/2024 (JH). Status of project-delivered items: see Portfolio tab."
    tw.append([])
    fhdr = ["OL Ref", "HMICFRS ID", "Source report", "Pub. date", "Type",
            "Recommendation / AFI", "Delivered through", "Item status", "Lead",
            "Latest update", "Updated"]
    tw.append(fhdr)
    for c in tw[4]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")

    # force row order: by HMICFRS publication date (roughly when entered), shuffled within
    # report, with force-only rows after their anchor item.
    by_rep: dict[str, list[dict]] = {}
    for it in ITEMS:
        by_rep.setdefault(it["rep"], []).append(it)
    rep_order = sorted(by_rep, key=lambda k: REPORTS[k][1])
    seq: list[tuple[str, dict]] = []
    for rk in rep_order:
        group = list(by_rep[rk])
        rng.shuffle(group)
        for it in group:
            seq.append(("item", it))
    for fo in FORCE_ONLY:
        idx = next(i for i, (k, it) in enumerate(seq) if it.get("key") == fo["after"])
        seq.insert(idx + 1, ("only", fo))
    # ncpi-3 is filed by the force under PEEL Eff 17: move it next to the e17 rows
    idx = next(i for i, (k, it) in enumerate(seq) if it.get("key") == "ncpi-3")
    entry = seq.pop(idx)
    last_e17 = max(i for i, (k, it) in enumerate(seq) if it.get("rep") == "e17" and k == "item")
    seq.insert(last_e17 + 1, entry)

    ol = 3
    done_words_seen = set()

    def pub_cell(rk: str, idx: int):
        d = REPORTS[rk][1]
        style = idx % 4
        if style in (0, 1):
            return d, "dd/mm/yyyy"
        if style == 2:
            return d.strftime("%b %Y").replace("Sep ", "Sept "), None
        return d.strftime("%B %Y"), None

    def proj_text(codes):
        return " / ".join(rng.choice(PROJ_WRITE[c]) for c in codes)

    def delivered(how):
        if how[0] in ("proj", "proj+own"):
            return proj_text(how[1])
        return rng.choice(BAU)

    def project_status_cell(how):
        if how[0] == "proj":
            return rng.choice(["See project", "See project", None, "See project", "Per project"])
        return None

    def write_row(vals, pubfmt):
        tw.append(vals)
        r = tw.max_row
        if pubfmt:
            tw.cell(r, 4).number_format = pubfmt
        tw.cell(r, 11).number_format = "dd/mm/yyyy"
        tw.cell(r, 6).alignment = Alignment(wrap_text=True, vertical="top")
        return r

    for n, (kind, it) in enumerate(seq):
        ol += rng.randint(1, 3)
        upd = dt.date(2023, 6, 1) + dt.timedelta(days=rng.randint(0, 270))
        upd = dt.datetime(upd.year, upd.month, upd.day)
        if kind == "only":
            how = it["how"]
            cell_status, done = force_status(how)
            if how[0] == "proj":
                cell_status = "See project"
            if it["rep"]:
                pub, pfmt = pub_cell(it["rep"], n)
                rep_name = REPORTS[it["rep"]][2]
            else:
                pub, pfmt, rep_name = None, None, "Force"
            r = write_row([f"OL-{ol:04d}", it["ref"], rep_name, pub, it["ftype"], it["text"],
                           delivered(how), cell_status, rng.choice(LEADS), it["note"], upd],
                          pfmt)
            truth.append(("", f"HMICFRS tracker!{r}", "not_on_hmicfrs_list", it["why"]))
            continue
        f = it["f"]
        hr = f"Definitive list!{hrow[it['key']]}"
        if f is None:
            truth.append((hr, "", "missing_from_force",
                          f"HMICFRS {it['ref']} ({REPORTS[it['rep']][2]}) has no row in the "
                          "force tracker"))
            continue
        how = f["how"]
        cell_status, done = force_status(how)
        if cell_status is None:
            cell_status = project_status_cell(how)
        rk = f.get("wrong_report", it["rep"])
        if "date_override" in f:
            pub, pfmt = f["date_override"], "dd/mm/yyyy"
        elif rk != it["rep"]:
            pub, pfmt = REPORTS[rk][1].strftime("%b %Y"), None
        else:
            pub, pfmt = pub_cell(rk, n)
            if isinstance(pub, dt.date):
                pub = dt.datetime(pub.year, pub.month, pub.day)
        ftype = f["ftype"]
        refmode = f.get("ref", "plain")
        h_open = it["st"] in (BP, AR)
        if f.get("conflict"):
            cat, why = "conflict", f["conflict"]
        elif h_open and done:
            cat, why = "closeable_submit", "HMICFRS open; force done"
        elif h_open and not done:
            cat, why = "in_sync", "open on both sides"
        elif not h_open and done:
            cat, why = "in_sync", "closed on both sides"
        else:
            cat, why = "closeable_local", "HMICFRS closed; force still open"
        # explain project-derived statuses
        if how[0] == "proj":
            codes = how[1]
            stages = {c: next(p[3] for p in LIVE_PROJECTS + CLOSED_PROJECTS if p[0] == c)
                      for c in codes}
            why += " (force status from Portfolio: " + ", ".join(
                f"{c} {stages[c]}" for c in codes)
            if codes == ["CP-04"]:
                why += " -> merged into CP-11 Delivery"
            why += " -> " + ("done" if done else "open") + ")"
        elif how[0] == "proj+own":
            why += f" (item status '{how[2].strip()}' overrides project {how[1][0]})"
        elif how[0] == "own":
            why += f" (item status '{how[1].strip()}')"
        deliv = delivered(how)
        rows_text = f.get("rows") or [force_text(it)]
        for k, txt in enumerate(rows_text):
            if refmode == "blank":
                ref_cell = None
            elif refmode == "typo":
                s = str(it["ref"])
                ref_cell = int(s[:-2] + s[-1] + s[-2])
                assert ref_cell not in {x["ref"] for x in ITEMS}
                it["typo_ref"] = ref_cell
            elif refmode == "suffix":
                ref_cell = f"{it['ref']}{'abcd'[k]}"
            else:
                ref_cell = it["ref"] if rng.random() < 0.8 else str(it["ref"])
            olref = f"OL-{ol:04d}" + (f".{k + 1}" if len(rows_text) > 1 else "")
            note = f.get("note")
            if note is None and how[0] == "proj":
                note = rng.choice(["Delivered through project - see Portfolio.",
                                   "Tracked by project board.", None])
            r = write_row([olref, ref_cell, REPORTS[rk][2], pub, ftype, txt, deliv, cell_status,
                           rng.choice(LEADS), note if k == 0 else "See .1", upd], pfmt)
            w = why + (f"; split row {k + 1} of {len(rows_text)}" if len(rows_text) > 1 else "")
            truth.append((hr, f"HMICFRS tracker!{r}", cat, w))
    last = tw.max_row
    tw.append([])
    tw.append(["Rows shaded in the old tracker were removed at the June 2023 clean-up. "
               "Filter on Type to hide Force / JAC actions before sending to HMICFRS."])
    tw.cell(last + 2, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJK", [10, 11, 30, 12, 12, 80, 30, 26, 26, 45, 11]):
        tw.column_dimensions[col].width = w
    tw.freeze_panes = "A5"
    tw.auto_filter.ref = f"A4:K{last}"

    pf = fwb.create_sheet("Portfolio")
    pf["A1"] = "Change Portfolio – project register (extract for HMICFRS tracker)"
    pf["A1"].font = Font(bold=True, size=13)
    pf["A2"] = "Source: Portfolio Office, as reported to Change Board 15/02/2024"
    pf.append([])
    phdr = ["Code", "Project", "SRO", "Stage", "Delivery RAG", "Closure report approved", "Notes"]
    pf.append(phdr)
    for c in pf[4]:
        c.font = Font(bold=True)
    pf.append(["Live projects"])
    pf.cell(pf.max_row, 1).font = Font(bold=True, italic=True)
    for p in LIVE_PROJECTS:
        pf.append(list(p))
    pf.append([])
    pf.append(["Closed / archived projects"])
    pf.cell(pf.max_row, 1).font = Font(bold=True, italic=True)
    for p in CLOSED_PROJECTS:
        pf.append(list(p))
        pf.cell(pf.max_row, 6).number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDEFG", [8, 36, 30, 18, 13, 14, 80]):
        pf.column_dimensions[col].width = w
    save(fwb, OUT / "tracker.xlsx")

    # ------------------------------- truth ------------------------------------------------------
    def sort_key(t):
        h = int(t[0].split("!")[1]) if t[0] else 10_000
        fr = int(t[1].split("!")[1]) if t[1] else 10_000
        return (h, fr)
    truth.sort(key=sort_key)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    (OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
    counts: dict[str, int] = {}
    for t in truth:
        counts[t[2]] = counts.get(t[2], 0) + 1
    print(counts, "lines", len(truth))


def save(wb: Workbook, path: Path) -> None:
    wb.properties.creator = "OL team"
    wb.properties.created = FIXED_PROPS_TIME
    wb.properties.lastModifiedBy = "OL team"
    raw = io.BytesIO()
    wb.save(raw)
    raw.seek(0)
    src = zipfile.ZipFile(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-03-04T09:00:00Z</dcterms:modified>",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    path.write_bytes(out.getvalue())


if __name__ == "__main__":
    main()
