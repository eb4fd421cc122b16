"""Build the evaluation case `gold_group_workstreams` (round 48, forcefree4).

HMICFRS side: a plain register export (CSV) for one force, Cleveland Police.
Force side: the force's "Force Improvement Plan" kept for its Gold group while it is in the
HMICFRS Engage phase: every open register item folded into thematic workstreams
(Silver lead per workstream, Bronze lead per row), plan refs WSn.mm, a Status column in the
plan's own words and a separate "Gold decision" column recording sign-off.

Texts: real HMICFRS wording copied from /work/shared/data/real_recommendations.csv and the
casegen text lists (Open Government Licence). Force rewording, actions, updates and local
actions written for this case.

Run: /work/main/.venv/bin/python build_gold_group_workstreams.py
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

SEED = 4804
rng = random.Random(SEED)

HERE = Path(__file__).resolve().parent
CASE = HERE / "gold_group_workstreams"
FORCE = "Cleveland Police"

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

SUPERSEDED = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
              "inspections. Where a cause of concern still exists this will appear in the "
              "register against these subsequent inspections.")
AUTHORISED = ("Authorised for closure on the basis of the additional observations offered by "
              "members of the inspection team in recent inspection activity.")
COMPLETE = "This recommendation is complete"
MONITORED = ("The progress of the implementation of this recommendation is currently being "
             "monitored by HMICFRS and this record will, in due course, be updated.")
REVIEWING = ("The status of this recommendation is currently being reviewed by HMIC and will be "
             "updated when this review is complete.")
NEW = "New recommendation"

# ---------------------------------------------------------------- real texts (OGL, verbatim)
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
SF_STEM = ("Within twelve months, forces should review their leadership and governance "
           "arrangements for modern slavery and human trafficking, to ensure that:")
SF_BULLETS = SF_LEADERSHIP.split("\n")[1:]
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
BWV_2021 = (
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing's APP.")
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
CDI_BULLETS = [
    "• at the point of report, victims are believed;",
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;",
    "• multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;",
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and",
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed",
]
CDI_TEXT = ("Within six months the force should put in place arrangements to ensure that:\n"
            + "\n".join(CDI_BULLETS) + ".")
MISSING_CHILDREN_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")
MISSING_CHILDREN_REC = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.")
CHILD_DETENTION = (
    "Within six months Cleveland Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;• ensure that officers and staff in the custody suite "
    "assess at an early stage a child’s need for alternative accommodation (secure or "
    "otherwise) and work with children’s social care services to achieve the most appropriate "
    "option for the child;• ensure that custody staff make a record of all actions taken and "
    "decisions made on the relevant documentation; and• improve the timeliness of adequate "
    "appropriate adult support for children who are arrested.")
CAPACITY_COC = (
    "The force does not have the capacity or capability to investigate crime effectively and "
    "this is affecting the service being provided to the public. There are failings in the "
    "way that crimes are being investigated.")

# ---------------------------------------------------------------- reports on the register
# key: (title, published date, id base)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), 611),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), 2318),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22), 3102),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", dt.date(2014, 9, 4), 4819),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), 5203),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), 5377),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), 5640),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), 5902),
    "cdi16": ("Crime data integrity inspection 2016", dt.date(2016, 9, 27), 6951),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), 7544),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), 8310),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9), 8462),
    "efc17f": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9), 8471),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12), 8537),
    "leg17f": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), 8566),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 19), 9204),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
               dt.date(2019, 5, 2), 10118),
    "custody20": ("Report on an unannounced inspection visit to police custody suites 2020",
                  dt.date(2020, 8, 11), 11731),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), 12450),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 24), 13602),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
               dt.date(2023, 9, 14), 15877),
}
NATIONAL_KEYS = {"sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture",
                 "firearms", "stolen", "efc17", "leg17", "powers"}

# Force statuses (the plan's own words) and what they reduce to.
ST_NS, ST_ON, ST_RISK, ST_OFF = "Not started", "On track", "At risk", "Off track"
ST_WITH = "Delivered – with Gold"
ST_APPR = "Closed – Gold approved"
ST_BAU = "Closed – BAU"
ST_SUP = "Closed – superseded"
ST_NAT = "Closed – for national body"
DONE = {ST_WITH, ST_APPR, ST_BAU, ST_SUP, ST_NAT}
H_CLOSED = {"complete"}

# ---------------------------------------------------------------- the items
# Each HMICFRS item: key, report, type, HMICFRS text, register status, HMICFRS comment,
# and the force side: list of force rows (dicts) or [] when the force does not hold it.
# Force row fields: ws (workstream no.), src (the plan's Source cell), text (as the plan
# words it), status, show_id (True / False / a wrong-but-written value), lead, note (update),
# gold (explicit Gold decision or None to derive), target.
ITEMS: list[dict] = []


def item(key, rep, typ, text, hstatus, comment, rows, cat=None, why=""):
    ITEMS.append(dict(key=key, rep=rep, typ=typ, text=text, hstatus=hstatus, comment=comment,
                      rows=rows, cat=cat, why=why))


def fr(ws, src, text, status, show_id=True, lead=None, note=None, gold=None, target=None,
       action=None):
    return dict(ws=ws, src=src, text=text, status=status, show_id=show_id, lead=lead,
                note=note, gold=gold, target=target, action=action)


def strip_stem(t):
    t = re.sub(r"^(HMICFRS|HMIC) recommends that (within six months )?the force should"
               r"( immediately)?: ?", "", t)
    t = re.sub(r"^To address this cause of concern,? (HMIC recommends )?the force should "
               r"immediately ", "", t)
    t = t.rstrip(";").removesuffix("; and")
    return t[0].upper() + t[1:]


def abbr(t):
    for a, b in [(r"modern slavery and human trafficking", "MSHT"),
                 (r"[Dd]omestic abuse", "DA"), (r"stop and search", "S&S"),
                 (r"body-worn video", "BWV"), (r"continuing professional development", "CPD"),
                 (r"released under investigation", "RUI"),
                 (r"information-sharing agreements", "ISAs"),
                 (r"Authorised Professional Practice", "APP"),
                 (r"officers and staff", "officers & staff")]:
        t = re.sub(a, b, t)
    return t


def forces_to_force(t):
    """How the plan restates an all-forces recommendation for itself."""
    t = re.sub(r"all chief constables should", "the force should", t)
    t = re.sub(r"all forces should", "the force should", t)
    t = re.sub(r"chief constables should", "the force should", t)
    t = re.sub(r"\bforces should\b", "the force should", t)
    t = t.replace("their force", "the force").replace("his or her force", "the force")
    t = t.replace("their officers", "its officers").replace("their areas", "its area")
    return t


# --- Stop and search 2013 (national)
T = "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice."
item("sas13-1", "sas13", NAT, T, "complete", COMPLETE,
     [fr(5, "S&S 2013 – National rec 1", abbr(T), ST_APPR, show_id=False, lead="Insp S&S lead",
         note="Force S&S policy aligned to APP; NPCC confirmed national spec in place.")])
T = "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust."
item("sas13-2", "sas13", NAT, T, "complete", COMPLETE,
     [fr(5, "S&S 2013 – National rec 2", T, ST_BAU, show_id=False, lead="Insp S&S lead",
         note="Monthly S&S scrutiny at Fairness Board is now BAU.")])
T = "Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people."
item("sas13-3", "sas13", NAT, T, "being-progressed", MONITORED,
     [fr(5, "S&S 2013 – National rec 3", T, ST_APPR, show_id=False, lead="Supt Neighbourhoods",
         note="Independent scrutiny panel (incl. youth panel) reviewing BWV and records quarterly. Evidence pack to HMICFRS liaison lead.")])
# --- Everyone's business 2014 (national)
item("everyone-1", "everyone", NAT, EVERYONE_PLAN, "complete", SUPERSEDED,
     [fr(2, "Everyone's Business (DA) 2014", abbr(EVERYONE_PLAN.split("\n\n")[0]) +
         " (plan to be developed with PCC, DA support orgs & victims' reps, DHRs/IPCC findings, CPS panels & MARAC self-assessments)",
         ST_ON, lead="Ch Insp Domestic Abuse",
         note="DA Delivery Plan 2024-26 in draft; consultation with OPCC and support services closes end of March.",
         gold="Returned 14/12/2023 – plan to be published before closure")])
# --- Policing in austerity 2014 (national)
T1 = "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews"
T2 = "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn."
T3 = "Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn."
T4 = "In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector."
item("austerity-1", "austerity", NAT, T1, "complete", COMPLETE, [], cat="missing_from_force",
     why="closed on the register; never carried into the improvement plan")
item("austerity-2", "austerity", NAT, T2, "complete", COMPLETE,
     [fr(7, "Policing in Austerity 2014", T2, ST_SUP, show_id=False, lead="Director of Finance",
         note="Superseded by the collaboration review under WS7 (see WS7.02).")])
item("austerity-3", "austerity", NAT, T3, "being-progressed", REVIEWING, [],
     cat="missing_from_force", why="open on the register; no row anywhere in the plan")
item("austerity-4", "austerity", NAT, T4, "being-progressed", MONITORED,
     [fr(7, "Policing in Austerity 2014", "Review plans for collaboration before the next spending round – scope for better VfM and improved capability/capacity through joint working with other forces, the public and/or private sector.",
         ST_ON, show_id=False, lead="Director of Finance",
         note="Collaboration review with Durham Constabulary scoped; report to Gold in May.")])
# --- Core business 2014 (national)
T = "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk."
item("core-1", "core", NAT, T, "complete", COMPLETE,
     [fr(3, "Core Business 2014", T, ST_BAU, show_id=False, lead="Supt Contact Centre",
         note="THRIVE+ embedded in call handling; criteria in the contact centre manual.")])
T = "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed."
item("core-2", "core", NAT, T, "being-progressed", REVIEWING,
     [fr(4, "Core Business 2014", forces_to_force(T), ST_RISK, lead="Head of Performance",
         note="Problem-solving database live but evaluation fields completed in under half of entries.")])
# --- Integrity matters 2015 (national)
T = "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination."
item("integrity-1", "integrity", NAT, T, "being-progressed", MONITORED,
     [fr(6, "Integrity Matters 2015", T, ST_WITH, lead="Head of Professional Standards",
         note="Dip-sample of NFA outcomes by independent panel complete; no disparity found. Closure paper to Gold 19/03.")])
# --- Stop and search 2 2015 (national)
T = "Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people."
item("sas15-1", "sas15", NAT, T, "being-progressed", MONITORED,
     [fr(5, "Stop and Search 2 (2015)", T, ST_SUP, lead="Supt Neighbourhoods",
         note="Repeats the 2013 recommendation (WS5.03) – evidence held against that row.")])
# --- Building the picture 2015 (national)
T = "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted."
item("picture-1", "picture", NAT, T, "complete", COMPLETE,
     [fr(4, "Building the Picture 2015", forces_to_force(T), ST_ON,
         lead="Head of Information Management",
         note="MoPI audit schedule being refreshed for 2024/25; IM Board to scrutinise.")])
# --- Targeting the risk 2015 (national)
T = "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full."
item("firearms-1", "firearms", NAT, T, "complete", COMPLETE,
     [fr(8, "Targeting the Risk (Firearms Licensing) 2015", abbr(T), ST_APPR,
         lead="Head of Firearms Licensing", note="Governance review against APP completed.")])
T = "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times."
item("firearms-2", "firearms", NAT, T, "being-progressed", MONITORED,
     [fr(8, "Targeting the Risk (Firearms Licensing) 2015",
         "Within six months, assess the demand placed on the Firearms Licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.",
         ST_ON, lead="Head of Firearms Licensing",
         note="Demand model drafted; 3 additional enquiry officers in 2024/25 budget.")],
     cat="conflict",
     why="timescale differs: register 'Within three months', plan 'Within six months'")
T = "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records."
item("firearms-3", "firearms", NAT, T, "complete", AUTHORISED,
     [fr(8, "Targeting the Risk (Firearms Licensing) 2015", T, ST_RISK,
         lead="Head of Firearms Licensing",
         note="Backlog of 41 total-expired records; weekly review in place.")])
T = "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm."
item("firearms-4", "firearms", NAT, T, "being-progressed", MONITORED,
     [fr(8, "Targeting the Risk (Firearms Licensing) 2015", T, ST_WITH,
         lead="Head of Firearms Licensing",
         note="Temporary permit process audited Jan-24: 100% recorded on NFLMS. Ready to move to GREEN status.")])
T = "Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates."
item("firearms-5", "firearms", NAT, T, "being-progressed", MONITORED,
     [fr(3, "Targeting the Risk (Firearms Licensing) 2015", T, ST_ON,
         lead="Supt Contact Centre",
         note="STORM flag for certificate holders live; dispatcher briefing to complete by April.")])
# --- Crime data integrity 2016 (force)
item("cdi16-1", "cdi16", REC, CDI_TEXT, "being-progressed", MONITORED,
     [fr(4, "CDI 2016 – Rec 1",
         "Put in place arrangements to ensure that:\n" + "\n".join(CDI_BULLETS[:3]) + "\n"
         + CDI_BULLETS[3].removesuffix("; and") + ".",
         ST_ON, lead="Force Crime Registrar",
         note="Crime recording audit Feb-24: 91% compliance. Victims believed / call summaries / multiple crimes all monitored monthly.")],
     cat="conflict",
     why="the plan's text drops the fifth bullet (online reports triaged at point of receipt); no other row holds it")
T = ("Within three months, the force should revise its approach to cautions, cannabis warning "
     "and penalty notices for disorder to ensure that there is a clear and auditable explanation "
     "to the offender of the implications of receiving the warning and that, for victim-based "
     "crimes, there is a clear and auditable record that views of the victim are considered "
     "prior to their issue.")
item("cdi16-2", "cdi16", REC, T, "complete", COMPLETE,
     [fr(4, "CDI 2016 – Rec 2", T, ST_APPR, lead="Head of Criminal Justice",
         note="Out of court disposals scrutiny panel in place.")])
T = ("The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.")
item("cdi16-3", "cdi16", AFI, T, "being-progressed", MONITORED,
     [fr(4, "CDI 2016 – AFI", T, ST_BAU, lead="Force Crime Registrar",
         note="RASSO recording within 24 hours at 96% for 6 months; monitored at Crime Standards Board.")])
# --- PEEL effectiveness 2016 (force)
item("eff16-coc", "eff16", COC, MISSING_CHILDREN_COC, "complete", SUPERSEDED,
     [fr(2, "PEEL Eff 2016 – Cause of concern", MISSING_CHILDREN_COC, ST_SUP,
         lead="Ch Supt Public Protection",
         note="Superseded by NCPI 2018 and PEEL 21/22 findings.")])
item("eff16-1", "eff16", REC, MISSING_CHILDREN_REC, "complete", SUPERSEDED,
     [fr(2, "PEEL Eff 2016 – Rec", strip_stem(MISSING_CHILDREN_REC), ST_ON,
         lead="Ch Supt Public Protection",
         note="Missing from home policy rewrite with the legal team. Absent category removed from STORM.")])
T = ("The force should make sure investigations of stalking and harassment are allocated to "
     "officers with the right skills and are effectively supervised.")
item("eff16-2", "eff16", AFI, T, "being-progressed", MONITORED,
     [fr(1, "PEEL Eff 2016 – AFI", T, ST_ON, lead="Det Ch Supt Force CID",
         note="Stalking screening tool live; allocation policy under review.")])
T = ("The force should make sure officers and staff have the training they need to identify "
     "and respond to honour-based abuse.")
item("eff16-3", "eff16", AFI, T, "complete", COMPLETE,
     [fr(2, "PEEL Eff 2016 – AFI", abbr(T), ST_OFF, lead="Head of Learning & Development",
         note="HBA e-learning completion at 54%; Little work yet undertaken on face-to-face input.")])
# --- Stolen freedom 2017 (national) -- the split recommendation
SPLIT = [
    fr(7, "Stolen Freedom (MSHT) 2017 – Leadership (part 1 of 4)",
       SF_STEM + "\n" + SF_BULLETS[0], ST_APPR, lead="ACC Crime",
       note="MSHT is a control strategy priority; chief officer lead named."),
    fr(1, "Stolen Freedom (MSHT) 2017 – Leadership (part 2 of 4)",
       SF_STEM + "\n" + SF_BULLETS[1], ST_RISK, lead="Det Ch Supt Force CID",
       note="MSHT investigations still allocated to volume CID in two LPAs. Specialist team business case to Gold."),
    fr(2, "Stolen Freedom (MSHT) 2017 – Leadership (part 3 of 4)",
       SF_STEM + "\n" + SF_BULLETS[2], ST_BAU, lead="Ch Supt Public Protection",
       note="Anti-Slavery Partnership meets quarterly; ISA signed."),
    fr(4, "Stolen Freedom (MSHT) 2017 – Leadership (part 4 of 4)",
       SF_STEM + "\n" + SF_BULLETS[3], ST_APPR, lead="Head of Performance",
       note="MSHT measures in Force Performance pack; quarterly QA dip-sample."),
]
item("stolen-1", "stolen", NAT, SF_LEADERSHIP, "being-progressed", MONITORED, SPLIT,
     cat="in_sync",
     why="split into four plan rows across WS7/WS1/WS2/WS4; part 2 still At risk, so the recommendation is open on both sides")
T = "Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible"
item("stolen-2", "stolen", NAT, T, "complete", COMPLETE,
     [fr(2, "Stolen Freedom (MSHT) 2017", abbr(forces_to_force(T.replace(" 86 ", " "))), ST_OFF,
         lead="Head of Intelligence",
         note="ISA with two of four local authorities still unsigned.")])
T = "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence."
item("stolen-3", "stolen", NAT, T, "being-progressed", MONITORED,
     [fr(2, "Stolen Freedom (MSHT) 2017", T, ST_APPR, lead="Head of Criminal Justice",
         note="s45 prompt added to custody and charging templates; CPS joint protocol signed.")])
T = "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking."
item("stolen-4", "stolen", NAT, T, "being-progressed", MONITORED,
     [fr(2, "Stolen Freedom (MSHT) 2017", abbr(T), ST_ON, lead="Ch Supt Public Protection",
         note="Duty to Notify returns now checked weekly by the MSHT coordinator.")])
T = "Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences."
item("stolen-5", "stolen", NAT, T, "being-progressed", REVIEWING,
     [fr(4, "Stolen Freedom (MSHT) 2017", T, ST_BAU, lead="Force Crime Registrar",
         note="MSHT included in the rolling NCRS audit programme.")])
T = "Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas)."
item("stolen-6", "stolen", NAT, T, "being-progressed", MONITORED,
     [fr(1, "Stolen Freedom (MSHT) 2017", T, ST_ON, lead="Det Ch Supt Force CID",
         note="Linked to WS1.07 specialist capacity business case.")])
T = "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited."
item("stolen-7", "stolen", NAT, T, "complete", COMPLETE,
     [fr(2, "Stolen Freedom (MSHT) 2017", T, ST_APPR, lead="Ch Supt Public Protection",
         note="Slavery and trafficking prevention orders reviewed; 6 STPOs obtained in 2023.")])
# --- PEEL efficiency 2017 national
T = "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries."
item("efc17-1", "efc17", NAT, T, "being-progressed", MONITORED, [], cat="missing_from_force",
     why="open on the register; the digital services plan is not in the improvement plan")
# --- PEEL efficiency 2017 force
T = ("The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public.")
item("efc17f-1", "efc17f", AFI, T, "being-progressed", MONITORED,
     [fr(7, "PEEL Efficiency 17 – AFI", T, ST_WITH, lead="Head of Corporate Development",
         note="FMS 2024 demand model complete and signed off by Chief Officer Group.")])
T = "The force should develop its understanding of the links between its outcomes, outputs and costs."
item("efc17f-2", "efc17f", AFI, T, "being-progressed", MONITORED,
     [fr(7, "PEEL Efficiency 17 – AFI", T, ST_ON, lead="Director of Finance",
         note="Activity-based costing pilot in Investigations.")])
T = ("The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.")
item("efc17f-3", "efc17f", AFI, T, "complete", COMPLETE,
     [fr(6, "PEEL Efficiency 17 – AFI", T, ST_ON, lead="Director of People",
         note="Strategic Workforce Plan 2024-27 at consultation.")])
# --- PEEL legitimacy 2017 national
T = "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain."
item("leg17-coc", "leg17", COC, T, "complete", COMPLETE,
     [fr(5, "PEEL Legitimacy 2017 (national) – CoC", T, ST_APPR, lead="Supt Neighbourhoods",
         note="Addressed through WS5.06-WS5.08.")])
item("leg17-1", "leg17", NAT, SAS_MONITORING_2017, "being-progressed", MONITORED,
     [fr(5, "Police powers spotlight (Feb 21) – National rec", SAS_MONITORING_2017, ST_ON,
         lead="Supt Neighbourhoods",
         note="S&S dashboard (ethnicity, find rates, possession-only) live in Power BI; analysis of drugs searches due April.")],
     cat="conflict",
     why="report differs: register has it under PEEL: Police legitimacy 2017 (national), the plan files it under the 2021 police powers spotlight")
T = "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;"
item("leg17-2", "leg17", NAT, T, "being-progressed", MONITORED,
     [fr(5, "PEEL Legitimacy 2017 (national)", T, ST_WITH, lead="Supt Neighbourhoods",
         note="Disproportionality research with Teesside University published on force website.")])
T = "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018."
item("leg17-3", "leg17", NAT, T, "being-progressed", MONITORED, [], cat="missing_from_force",
     why="open on the register; the plan has no row for annual publication")
T = "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search."
item("leg17-4", "leg17", NAT, T, "complete", COMPLETE,
     [fr(5, "PEEL Legitimacy 2017 (national)", abbr(T), ST_BAU,
         lead="Head of Learning & Development",
         note="In probationer curriculum and annual PST.")])
# --- PEEL legitimacy 2017 force
T = ("The force should satisfy itself that it has processes in place to ensure that "
     "investigations into misconduct by officers and staff resulting in “no further action” "
     "are fair and free of any form of discrimination.")
item("leg17f-1", "leg17f", AFI, T, "being-progressed", MONITORED,
     [fr(6, "PEEL Legit 17 – AFI", T, ST_APPR, lead="Head of Professional Standards",
         note="Evidence as WS6.01.")])
T = ("The force should review the support available for those who have raised concerns and "
     "take any action needed to make sure these provisions are suitable.")
item("leg17f-2", "leg17f", AFI, T, "complete", COMPLETE,
     [fr(6, "PEEL Legit 17 – AFI", T, ST_BAU, lead="Head of Professional Standards",
         note="Reporter support scheme in place.")])
# --- NCPI 2018
T = ("The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.")
item("ncpi18-1", "ncpi18", REC, T, "complete", COMPLETE,
     [fr(2, "NCPI 2018 – Rec", abbr(T), ST_APPR, lead="Ch Supt Public Protection",
         note="Multi-agency CSE hub (Cleveland MACE) in place.")])
T = ("The force should improve how it gathers, assesses and acts on intelligence about online "
     "child sexual abuse.")
item("ncpi18-2", "ncpi18", AFI, T, "being-progressed", MONITORED,
     [fr(2, "NCPI 2018 – AFI", T, ST_BAU, lead="Head of Intelligence",
         note="POLIT referrals triaged within 48 hours; in the intelligence BAU.")])
# --- PEEL 2018/19
item("peel18-coc", "peel18", COC, CAPACITY_COC, "being-progressed", MONITORED,
     [fr(1, "PEEL 18/19 – Cause of concern", CAPACITY_COC, ST_ON, lead="Det Ch Supt Force CID",
         note="Investigation standards programme; see WS1.02-WS1.05.")])
T = ("HMIC recommends that the force should immediately: conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them; and")
item("peel18-1", "peel18", REC, T, "complete", COMPLETE,
     [fr(1, "PEEL 18/19 – Rec (CoC)", strip_stem(T), ST_APPR, lead="Det Ch Supt Force CID",
         note="Workload review complete; 40 posts moved into investigations.")])
T = ("HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;")
item("peel18-2", "peel18", REC, T, "being-progressed", MONITORED,
     [fr(1, "PEEL 18/19 – Rec (CoC)", strip_stem(T), ST_WITH, lead="Det Ch Supt Force CID",
         note="Supervisor review compliance at 89% (target 85%) for 4 months. Pending sign off.")])
T = ("HMIC recommends that within six months the force should: improve its ability to retrieve "
     "digital evidence from mobile phones, computers and other electronic devices quickly enough "
     "to ensure investigations are not delayed;")
item("peel18-3", "peel18", REC, T, "being-progressed", MONITORED,
     [fr(1, "PEEL 18/19 – Rec (CoC)", strip_stem(T), ST_OFF, lead="Head of Digital Forensics",
         note="Backlog 612 devices (was 480). Kiosk rollout delayed by procurement.",
         gold="Returned 18/01/2024 – revised recovery plan required")])
T = ("HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail;")
item("peel18-4", "peel18", REC, T, "complete", COMPLETE,
     [fr(1, "PEEL 18/19 – Rec (CoC)", abbr(strip_stem(T)), ST_RISK,
         lead="Head of Criminal Justice",
         note="RUI numbers down 30% but bail management audit not yet done.")])
# --- Custody 2020
item("custody20-1", "custody20", REC, CHILD_DETENTION, "being-progressed", MONITORED,
     [fr(2, "HMICFRS/HMIP custody 2020 – Rec", abbr(CHILD_DETENTION), ST_ON,
         lead="Ch Insp Custody",
         note="Concordat on children in custody agreed with Middlesbrough, Stockton, Hartlepool and R&C; appropriate adult contract retender.")])
T = ("The force should make sure officers and staff have the training they need to identify "
     "and respond to people with mental ill health.")
item("custody20-2", "custody20", AFI, T, "being-progressed", MONITORED, [],
     cat="missing_from_force", why="open on the register; not carried into the plan")
# --- Police powers 2021 (national)
T = "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation."
item("powers-1", "powers", NAT, T, "being-progressed", MONITORED,
     [fr(5, "Police powers spotlight (Feb 21)", T, ST_ON, lead="Head of Learning & Development",
         note="Communication skills module in PST from April.")])
T = "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage."
item("powers-2", "powers", NAT, T, "being-progressed", MONITORED,
     [fr(5, "Police powers spotlight (Feb 21)", abbr(T), ST_APPR,
         lead="Head of Learning & Development",
         note="BWV debrief guide issued to all sergeants; CPD day content agreed.")])
item("powers-3", "powers", NAT, BWV_2021, "awaiting-review", NEW,
     [fr(5, "Police powers spotlight (Feb 21)", abbr(BWV_2021), ST_RISK,
         lead="Supt Neighbourhoods",
         note="BWV activation for S&S at 78%. Scrutiny panel access agreed, not yet started.")])
T = "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action."
item("powers-5", "powers", NAT, T, "awaiting-review", NEW,
     [fr(5, "Police powers spotlight (Feb 21)", T, ST_ON, lead="Supt Neighbourhoods",
         note="Use of force data now in the Fairness dashboard.",
         gold="Returned 15/02/2024 – evidence of impact required")])
# --- PEEL 2021/22 (force)
T = "The size of the vetting backlog within Cleveland Police is a cause of concern."
item("peel21-coc", "peel21", COC, T, "being-progressed", MONITORED,
     [fr(6, "PEEL 21/22 – Cause of concern", T, ST_ON, lead="Head of Professional Standards",
         note="Backlog 390 (was 1,150). Trajectory to clear by June 2024.")])
T = ("Within six months, the force should ensure all staff have received at least the lowest "
     "level of vetting clearance for their roles as quickly as possible, working to clear both "
     "the vetting backlog and new vetting renewals when they become due so that it complies "
     "fully with the national vetting guidelines.")
item("peel21-rec", "peel21", REC, T, "being-progressed", MONITORED,
     [fr(6, "PEEL 21/22 – AFI 4", strip_stem(T), ST_WITH, lead="Head of Professional Standards",
         note="All staff now hold at least RV/NPPV1. Renewals tracked monthly.")],
     cat="conflict",
     why="type differs: register says Recommendation (it goes with the vetting cause of concern), plan's Source calls it an AFI")
AFI21 = [
    ("a", "The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.", "being-progressed", 3, ST_APPR, "Supt Contact Centre", "Control room uplift of 24 call handlers complete; 999 answered in 10s at 92%."),
    ("b", "The force should have a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.", "being-progressed", 5, ST_ON, "Supt Neighbourhoods", "Monthly BWV review by sergeants started in two LPAs."),
    ("c", "The force should make sure there are appropriate strategic oversight arrangements in place to manage risks, performance and improvement plans effectively.", "being-progressed", 7, ST_WITH, "Head of Corporate Development", "Gold / Silver governance in place since Sept-23; Terms of Reference approved."),
    ("d", "The force should make sure the corporate risk register is actively used to mitigate and manage known risks.", "complete", 7, ST_ON, "Head of Corporate Development", "Risk register refresh due Q1 2024/25."),
    ("e", "The force should make sure all processes in place to support performance management are effective.", "being-progressed", 4, ST_RISK, "Head of Performance", "New performance framework agreed but LPA reviews not yet consistent."),
    ("f", "The force should make sure it has access to accurate data and analysis to support effective performance management.", "being-progressed", 4, ST_ON, "Head of Performance", "Data quality team recruited; Power BI migration 60%."),
    ("g", "The force should make sure it provides a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.", "complete", 6, ST_BAU, "Head of Professional Standards", "Confidential reporting line relaunched."),
    ("h", "The force should review how it gathers and uses equality and diversity data to improve its understanding of its workforce demographics.", "awaiting-review", 6, ST_NS, "Director of People", "Awaiting allocation."),
    ("i", "The force should put plans in place to monitor, including through the gathering and analysis of staff feedback, team cultures and provide prompt remedial action for any issues it identifies.", "being-progressed", 6, ST_APPR, "Director of People", "Culture dashboard and pulse survey in place; two team interventions completed."),
]
for k, t, hs, ws, st, lead, note in AFI21:
    ftext = t if k not in "ae" else re.sub(r"^The force should ", "", t)
    ftext = ftext[0].upper() + ftext[1:]
    item(f"peel21-{k}", "peel21", AFI, t, hs, COMPLETE if hs == "complete" else
         (NEW if hs == "awaiting-review" else MONITORED),
         [fr(ws, "PEEL 21/22 – AFI", ftext, st, lead=lead, note=note)])
# --- PEEL 2023/24 (force)
AFI23 = [
    ("a", "The force should make sure victims of domestic abuse are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime.", "awaiting-review", 2, ST_ON, "Ch Insp Domestic Abuse", "Victim update compliance now on the DA dashboard."),
    ("b", "The force should improve the timeliness of its response to calls for service involving repeat victims.", "being-progressed", 3, ST_WITH, "Supt Contact Centre", "Repeat victim flag auto-prioritises dispatch; attendance times within target for 5 months."),
    ("c", "The force should make sure its analysis of serious and organised crime informs its strategic assessment and control strategy.", "awaiting-review", 1, ST_NS, "Head of Intelligence", None),
    ("d", "The force should improve the way it manages the risk posed by offenders involved in violence against women and girls.", "being-progressed", 2, ST_ON, "Ch Supt Public Protection", "VAWG perpetrator programme (Op Encompass+) launched."),
    ("e", "The force should make sure it has enough specialist capacity and capability to investigate rape and serious sexual offences.", "being-progressed", 1, ST_RISK, "Det Ch Supt Force CID", "Op Soteria model adopted; 11 of 18 new RASSO posts filled."),
    ("f", "The force should develop a problem-solving approach to anti-social behaviour, working with local communities and partners.", "awaiting-review", None, None, None, None),
]
for k, t, hs, ws, st, lead, note in AFI23:
    rows = [] if ws is None else [fr(ws, "PEEL 23/24 – AFI", t, st, lead=lead, note=note)]
    item(f"peel23-{k}", "peel23", AFI, t, hs, NEW if hs == "awaiting-review" else MONITORED,
         rows, cat="missing_from_force" if ws is None else None,
         why="new AFI (awaiting review) not yet added to the plan" if ws is None else "")

# ---------------------------------------------------------------- force rows with no HMICFRS item
EXTRA = [
    dict(ws=5, src="Police powers spotlight (Feb 21)",
         text="The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.",
         status=ST_NAT, lead="Supt Neighbourhoods",
         note="For the Home Office / NPCC; not for Cleveland to deliver. Retained for visibility.",
         why="a recommendation to the Home Office and NPCC; the register does not hold it against the force"),
    dict(ws=1, src="PEEL 18/19 – AFI",
         text="The force should improve how it gathers, assesses and acts on intelligence about county lines drug dealing.",
         status=ST_ON, lead="Head of Intelligence",
         note="County lines intelligence requirement refreshed; Op Sentinel tasking.",
         why="a PEEL-style AFI the register does not list; query with HMICFRS"),
    dict(ws=2, src="PEEL Eff 2016 – AFI",
         text="Take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.",
         status=ST_BAU, lead="Ch Insp Domestic Abuse",
         note="DASH supervision check built into Niche workflow.",
         why="not on the register (closed and removed or never held); query with HMICFRS"),
    dict(ws=1, src="Gold Group 14/09/2023 – local action",
         text="Dip-sample 50 rape and serious sexual offences crime reports each quarter and report findings to the Crime Standards Board.",
         status=ST_ON, lead="Det Supt Public Protection Investigations",
         note="Q3 dip-sample done (48 reports).", why="force's own action (Gold group)"),
    dict(ws=2, src="Vulnerability Board – local action",
         text="Appoint a single point of contact for missing children in each local policing area.",
         status=ST_BAU, lead="Ch Supt Public Protection",
         note="SPOCs named in all four LPAs.", why="force's own action"),
    dict(ws=3, src="FMS 2023 – local action",
         text="Review the contact centre demand profile as part of the force management statement.",
         status=ST_ON, lead="Supt Contact Centre", note="With the FMS team.",
         why="force's own action"),
    dict(ws=4, src="Gold Group 12/10/2023 – local action",
         text="Add domestic abuse measures to the monthly Force Performance pack.",
         status=ST_APPR, lead="Head of Performance", note="In the pack from Nov-23.",
         why="force's own action (Gold group)"),
    dict(ws=6, src="Internal audit 2023/24 – agreed action",
         text="Rewrite the counter-corruption policy and publish it on the intranet with a communications plan.",
         status=ST_ON, lead="Head of Professional Standards",
         note="Draft policy with the staff associations.", why="internal audit action, not HMICFRS"),
    dict(ws=7, src="Gold Group 09/11/2023 – local action",
         text="Commission a peer review of the investigation standards improvement work from Durham Constabulary and report its findings to Gold.",
         status=ST_NS, lead="Head of Corporate Development", note=None,
         why="force's own action (Gold group)"),
]

WORKSTREAMS = {
    1: ("INVESTIGATION STANDARDS & OUTCOMES", "Det Ch Supt Force CID"),
    2: ("VULNERABILITY & SAFEGUARDING", "Ch Supt Public Protection"),
    3: ("CONTACT & RESPONSE", "Ch Supt Local Policing"),
    4: ("CRIME DATA INTEGRITY & PERFORMANCE", "Force Crime Registrar"),
    5: ("FAIRNESS & USE OF POWERS", "Ch Supt Neighbourhoods"),
    6: ("PEOPLE, CULTURE & STANDARDS", "Director of People"),
    7: ("LEADERSHIP, GOVERNANCE & RESOURCES", "Head of Corporate Development"),
    8: ("FIREARMS LICENSING", "Head of Firearms Licensing"),
}

GOLD_MEETINGS = [dt.date(2023, 9, 14), dt.date(2023, 10, 12), dt.date(2023, 11, 9),
                 dt.date(2023, 12, 14), dt.date(2024, 1, 18), dt.date(2024, 2, 15)]
NEXT_GOLD = dt.date(2024, 3, 19)
AS_AT = dt.date(2024, 3, 8)

# ---------------------------------------------------------------- HMICFRS ids and dates
def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B %Y')}"


counters: dict[str, int] = {}
for it in ITEMS:
    title, pub, base = REPORTS[it["rep"]]
    counters[it["rep"]] = counters.get(it["rep"], base - 1) + 1 + (rng.random() < 0.3)
    it["id"] = counters[it["rep"]]
    if it["hstatus"] == "complete":
        lo = max(pub + dt.timedelta(days=200), dt.date(2016, 1, 1))
        span = (dt.date(2023, 12, 20) - lo).days
        it["sdate"] = lo + dt.timedelta(days=rng.randrange(max(span, 30)))
    elif it["hstatus"] == "being-progressed":
        lo = max(pub + dt.timedelta(days=60), dt.date(2019, 1, 1))
        it["sdate"] = lo + dt.timedelta(days=rng.randrange(max((dt.date(2024, 2, 1) - lo).days, 30)))
    else:
        it["sdate"] = pub + dt.timedelta(days=rng.randrange(1, 20))

# ---------------------------------------------------------------- force rows in plan order
force_rows: list[dict] = []
for it in ITEMS:
    for r in it["rows"]:
        r["item"] = it
        force_rows.append(r)
for e in EXTRA:
    local = "local action" in e["src"] or "agreed action" in e["src"]
    force_rows.append(dict(ws=e["ws"], src=e["src"], text=e["text"], status=e["status"],
                           show_id=False, lead=e["lead"], note=e["note"], gold=None,
                           target=None, item=None, why=e["why"],
                           action="Local action – no HMICFRS requirement." if local else None))

ACTIONS = {
    ST_NS: ["Owner to be confirmed at Silver.", "Scoping to start next quarter."],
    ST_ON: ["Delivery plan agreed at Silver; actions on track.",
            "Policy rewrite and communications plan in progress.",
            "Task & Finish group set up; milestones agreed.",
            "Training package in design with L&D."],
    ST_RISK: ["Recovery actions agreed at Silver; dependent on recruitment.",
              "Work undertaken in area but still requires development to complete."],
    ST_OFF: ["Recovery plan requested by Gold.",
             "Little work yet undertaken in this area. Unlikely to reach deadline."],
    ST_WITH: ["Actions delivered; evidence of impact in closure pack.",
              "Closure paper submitted to Gold with evidence pack."],
    ST_APPR: ["Actions delivered and evidenced.", "Delivered; closure pack approved by Gold."],
    ST_BAU: ["Delivered and embedded – now business as usual.",
             "Transferred to BAU owner; monitored through the department's governance."],
    ST_SUP: ["Superseded – see linked row.", "Superseded by later inspection findings."],
    ST_NAT: ["No local action required."],
}


def gold_text(r):
    if r["gold"]:
        return r["gold"]
    s = r["status"]
    if s == ST_APPR:
        return "Approved for closure " + rng.choice(GOLD_MEETINGS).strftime("%d/%m/%Y")
    if s == ST_WITH:
        return (f"Submitted {rng.choice([dt.date(2024, 2, 26), dt.date(2024, 3, 1), dt.date(2024, 3, 6)]).strftime('%d/%m/%Y')}"
                f" – for Gold {NEXT_GOLD.strftime('%d/%m/%Y')}")
    if s == ST_SUP:
        return "Approved (superseded) " + rng.choice(GOLD_MEETINGS[:3]).strftime("%d/%m/%Y")
    if s == ST_BAU:
        return rng.choice(["", "Noted – BAU " + rng.choice(GOLD_MEETINGS).strftime("%d/%m/%Y")])
    if s == ST_NAT:
        return "Noted " + GOLD_MEETINGS[0].strftime("%d/%m/%Y")
    return ""


def target_for(r):
    s = r["status"]
    x = rng.random()
    if s == ST_NS:
        return "TBC – Silver to agree"
    if s in DONE:
        d = dt.date(2023, 3, 31) + dt.timedelta(days=rng.randrange(0, 180))
        return dt.datetime.combine(d, dt.time())
    if x < 0.15:
        return rng.choice(["Q1 2024/25", "Q2 2024/25", "Ongoing"])
    d = dt.date(2024, 3, 31) + dt.timedelta(days=rng.randrange(0, 270))
    return dt.datetime.combine(d, dt.time())


def update_for(r):
    note = r["note"]
    d1 = AS_AT - dt.timedelta(days=rng.randrange(0, 30))
    if note is None:
        return ""
    out = f"{d1.strftime('%d/%m/%y')}: {note}"
    if rng.random() < 0.35:
        d0 = d1 - dt.timedelta(days=rng.randrange(28, 70))
        older = ACTIONS[ST_ON] if r["status"] in DONE else ACTIONS[ST_ON] + ACTIONS[ST_RISK]
        out += f"\n{d0.strftime('%d/%m/%y')}: " + rng.choice(older)
    return out


# group into workstreams, keep item order; local actions last in their workstream
plan: dict[int, list[dict]] = {w: [] for w in WORKSTREAMS}
for r in force_rows:
    plan[r["ws"]].append(r)
for w, rows in plan.items():
    for n, r in enumerate(rows, 1):
        r["plan_ref"] = f"WS{w}.{n:02d}"
        r["gold_s"] = gold_text(r)
        r["target_s"] = target_for(r)
        r["update_s"] = update_for(r)
        r["action_s"] = r["action"] or rng.choice(ACTIONS[r["status"]])

# cross-refs in notes written as WSx.yy are fixed text; fix the few that must point right
def ref_of(key, part=0):
    it = next(i for i in ITEMS if i["key"] == key)
    return it["rows"][part]["plan_ref"]


fix = {
    "Repeats the 2013 recommendation (WS5.03)": f"Repeats the 2013 recommendation ({ref_of('sas13-3')})",
    "Superseded by the collaboration review under WS7 (see WS7.02).": f"Superseded by the collaboration review under WS7 (see {ref_of('austerity-4')}).",
    "Evidence as WS6.01.": f"Evidence as {ref_of('integrity-1')}.",
    "Linked to WS1.07 specialist capacity business case.": f"Linked to {ref_of('stolen-1', 1)} specialist capacity business case.",
    "Addressed through WS5.06-WS5.08.": f"Addressed through {ref_of('leg17-1')}-{ref_of('leg17-4')}.",
    "see WS1.02-WS1.05.": f"see {ref_of('peel18-1')}-{ref_of('peel18-4')}.",
}
for r in force_rows:
    for a, b in fix.items():
        r["update_s"] = r["update_s"].replace(a, b)

# ---------------------------------------------------------------- write HMICFRS CSV
CASE.mkdir(parents=True, exist_ok=True)
order = sorted(ITEMS, key=lambda i: (REPORTS[i["rep"]][1], i["id"]))
hcols = ["Recommendation ID", "Force", "Report", "Published", "Type", "Recommendation",
         "Status", "Status date", "Latest comment"]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(hcols)
for n, it in enumerate(order, start=2):
    title, pub, _ = REPORTS[it["rep"]]
    it["hrow"] = f"hmicfrs.csv!{n}"
    w.writerow([it["id"], "" if it["rep"] in NATIONAL_KEYS else FORCE, title, ordinal(pub),
                it["typ"], it["text"], it["hstatus"], ordinal(it["sdate"]), it["comment"]])
(CASE / "hmicfrs.csv").write_bytes(buf.getvalue().encode("utf-8"))

# ---------------------------------------------------------------- write tracker.xlsx
wb = Workbook()
cover = wb.active
cover.title = "Cover"
bold = Font(bold=True)
cover["A1"] = "CLEVELAND POLICE"
cover["A1"].font = Font(bold=True, size=14)
cover["A2"] = "Force Improvement Plan – HMICFRS Engage"
cover["A2"].font = Font(bold=True, size=12)
cover["A4"], cover["B4"] = "Gold", "Deputy Chief Constable"
cover["A5"], cover["B5"] = "Plan owner", "Head of Corporate Development (Strategic Improvement Team)"
cover["A6"], cover["B6"] = "Position as at", AS_AT.strftime("%d/%m/%Y")
cover["A7"], cover["B7"] = "Next Gold Group", NEXT_GOLD.strftime("%d/%m/%Y")
cover["A8"], cover["B8"] = "Protective marking", "OFFICIAL"
cover["A10"] = "Version control"
cover["A10"].font = bold
for c, h in zip("ABCD", ["Version", "Date", "Author", "Summary of changes"]):
    cover[f"{c}11"] = h
    cover[f"{c}11"].font = bold
VERS = [("6.0", "01/09/2023", "SIT", "Plan re-baselined into 8 workstreams for Engage; Silver leads assigned"),
        ("7.0", "05/12/2023", "SIT", "HMICFRS definitive list (Nov-23) items added; PEEL 23/24 AFIs added"),
        ("7.2", "07/02/2024", "SIT", "Updates for Gold 15/02/2024"),
        ("7.3", "08/03/2024", "SIT", "Updates for Gold 19/03/2024")]
for i, v in enumerate(VERS, start=12):
    for c, val in zip("ABCD", v):
        cover[f"{c}{i}"] = val
cover["A17"] = ("Rows are closed only on a Gold decision. 'Delivered – with Gold' rows have a "
                "closure pack with Gold and are proposed for closure. See the Status key tab.")
for col, wdt in zip("ABCD", [20, 22, 14, 70]):
    cover.column_dimensions[col].width = wdt

ws = wb.create_sheet("Improvement Plan")
ws["A1"] = "FORCE IMPROVEMENT PLAN – HMICFRS RECOMMENDATIONS, CAUSES OF CONCERN AND AREAS FOR IMPROVEMENT"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = (f"Gold: DCC   |   Version 7.3   |   Position as at {AS_AT.strftime('%d/%m/%Y')}   |   "
            "OFFICIAL")
ws["A2"].font = Font(italic=True)
HEAD = ["Plan ref", "Source", "HMICFRS ID", "What HMICFRS said", "What we are doing",
        "Bronze lead", "Target date", "Status", "Gold decision", "Latest update"]
HR = 4
thin = Side(style="thin", color="999999")
for c, h in enumerate(HEAD, 1):
    cell = ws.cell(HR, c, h)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="1F3864")
    cell.alignment = Alignment(wrap_text=True, vertical="center")
FILL = {ST_NS: "D9D9D9", ST_ON: "FFE699", ST_RISK: "F4B183", ST_OFF: "FF7C80",
        ST_WITH: "C6E0B4", ST_APPR: "70AD47", ST_BAU: "A9D08E", ST_SUP: "BFBFBF",
        ST_NAT: "FFFFFF"}
row = HR + 1
for wsn, (name, silver) in WORKSTREAMS.items():
    ws.cell(row, 1, f"WORKSTREAM {wsn} – {name}   |   Silver: {silver}")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(HEAD))
    ws.cell(row, 1).font = Font(bold=True, color="1F3864")
    ws.cell(row, 1).fill = PatternFill("solid", fgColor="DDEBF7")
    row += 1
    for r in plan[wsn]:
        it = r["item"]
        idv = ""
        if it is not None and r["show_id"] is True:
            idv = it["id"]
        vals = [r["plan_ref"], r["src"], idv, r["text"], r["action_s"], r["lead"] or "",
                r["target_s"], r["status"], r["gold_s"], r["update_s"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row, c, v if v != "" else None)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        ws.cell(row, 7).number_format = "dd/mm/yyyy"
        ws.cell(row, 8).fill = PatternFill("solid", fgColor=FILL[r["status"]])
        r["frow"] = f"Improvement Plan!{row}"
        row += 1
row += 1
ws.cell(row, 1, f"Rows added since v7.2: none. Items closed at Gold 15/02/2024: see Gold decision "
                f"column. Next Gold Group {NEXT_GOLD.strftime('%d/%m/%Y')}.")
ws.cell(row, 1).font = Font(italic=True)
for col, wdt in zip("ABCDEFGHIJ", [9, 26, 11, 70, 40, 24, 12, 20, 26, 55]):
    ws.column_dimensions[col].width = wdt
ws.freeze_panes = "A5"
ws.auto_filter.ref = f"A{HR}:J{row - 2}"

key = wb.create_sheet("Status key")
key["A1"], key["B1"] = "Status", "Meaning"
key["A1"].font = key["B1"].font = bold
KEY = [(ST_NS, "Not yet allocated / scoping."),
       (ST_ON, "Actions on going and on track to deliver by the target date."),
       (ST_RISK, "Actions on going; delivery by the target date at risk. Silver to report to Gold."),
       (ST_OFF, "Actions on going off track or beyond target date. Recovery plan required."),
       (ST_WITH, "Actions delivered. Closure pack submitted to Gold; proposed for closure and for submission to HMICFRS."),
       (ST_APPR, "Gold has approved closure. Evidence sent to the HMICFRS force liaison lead."),
       (ST_BAU, "Delivered and handed to the business-as-usual owner. Closed in this plan."),
       (ST_SUP, "Superseded by a later recommendation or inspection finding (see linked row). Closed in this plan."),
       (ST_NAT, "Not Cleveland Police's to deliver (national body). Closed in this plan, retained for visibility.")]
for i, (a, b) in enumerate(KEY, start=2):
    key[f"A{i}"], key[f"B{i}"] = a, b
    key[f"A{i}"].fill = PatternFill("solid", fgColor=FILL[a])
key.column_dimensions["A"].width = 26
key.column_dimensions["B"].width = 100

FIXED = dt.datetime(2024, 3, 8, 9, 30, 0)
wb.properties.creator = "Strategic Improvement Team"
wb.properties.created = FIXED
wb.properties.modified = FIXED
wb.properties.lastModifiedBy = "Strategic Improvement Team"
tmp = io.BytesIO()
wb.save(tmp)
# rewrite the zip with fixed timestamps so the file rebuilds byte for byte
src = zipfile.ZipFile(io.BytesIO(tmp.getvalue()))
out = io.BytesIO()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" at save
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>2024-03-08T09:30:00Z\g<2>", data)
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 8, 9, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
(CASE / "tracker.xlsx").write_bytes(out.getvalue())

# ---------------------------------------------------------------- truth.csv
H_OPEN = lambda it: it["hstatus"] not in H_CLOSED  # noqa: E731
truth = []
for it in order:
    if not it["rows"]:
        truth.append((it["hrow"], "", "missing_from_force", it["why"]))
        continue
    fdone = all(r["status"] in DONE for r in it["rows"])
    if it["cat"]:
        cat, why = it["cat"], it["why"]
    elif H_OPEN(it) and fdone:
        cat, why = "closeable_submit", f"register {it['hstatus']}; plan '{it['rows'][0]['status']}'"
    elif not H_OPEN(it) and not fdone:
        cat, why = "closeable_local", f"register complete; plan '{it['rows'][0]['status']}'"
    else:
        cat = "in_sync"
        why = (f"open on both (register {it['hstatus']}; plan '{it['rows'][0]['status']}')"
               if H_OPEN(it) else f"closed on both (plan '{it['rows'][0]['status']}')")
    for r in it["rows"]:
        truth.append((it["hrow"], r["frow"], cat, why))
for r in force_rows:
    if r["item"] is None:
        truth.append(("", r["frow"], "not_on_hmicfrs_list", r["why"]))
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(["hmicfrs_row", "force_row", "category", "why"])
w.writerows(truth)
(CASE / "truth.csv").write_bytes(buf.getvalue().encode("utf-8"))

if __name__ == "__main__":
    from collections import Counter
    print("hmicfrs items", len(ITEMS), "force item rows", len(force_rows))
    print(Counter(t[2] for t in truth))
