"""Build the `smartsheet_hierarchy_export` evaluation case.

Force side: an Excel export of the force's Smartsheet project sheet "HMICFRS Recs and AFIs".
The sheet uses Smartsheet's hierarchy (section rows > report rows > items > sub-rows), so the
report an item belongs to is shown only by indentation / outline level, and parent rows carry
rolled-up Status, % Complete, Health and End Date. Health is a Red/Yellow/Green/Gray ball
(project health: Green = on track, NOT complete); completion is the Status dropdown.

HMICFRS side: an ordinary definitive-list workbook (title rows, header on row 4).

Run: /work/main/.venv/bin/python build_smartsheet_hierarchy_export.py
Texts: real HMICFRS recommendation texts (Open Government Licence) copied from
/work/main/reconcile/casegen/texts and /work/shared/data/real_recommendations.csv.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
import zipfile
import io
import os
import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 5916
rng = random.Random(SEED)
HERE = Path(__file__).resolve().parent
CASE = HERE / "smartsheet_hierarchy_export"
FORCE = "Staffordshire Police"
HSHEET = "Definitive list"
FSHEET = "HMICFRS Recs and AFIs"

D = dt.date

# ---------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, force-side parent row label, section)
# ---------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              D(2013, 7, 9), "Stop & Search powers (HMIC 2013)", "NAT"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 D(2014, 3, 27), "Domestic abuse - Everyone's business (2014)", "NAT"),
    "austerity": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22),
                  "Policing in Austerity 2014", "NAT"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", D(2014, 9, 4), "Core Business 2014", "NAT"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", D(2015, 1, 30),
                  "Integrity Matters 2015", "NAT"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              D(2015, 3, 24), "Stop & search powers 2 (2015)", "NAT"),
    "picture": ("Building the picture: an inspection of police information management",
                D(2015, 7, 1), "Building the Picture 2015", "NAT"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", D(2015, 9, 15),
                 "Targeting the Risk (Firearms Licensing) 2015", "NAT"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               D(2017, 10, 24), "Stolen Freedom (MSHT) 2017", "NAT"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)", "NAT"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12),
              "PEEL Legit 17 S&S (all forces)", "NAT"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", D(2021, 2, 26), "Police powers spotlight (Feb 21)", "NAT"),
    # force-level
    "leg16": ("PEEL: Police legitimacy 2016 – Staffordshire Police", D(2016, 12, 8),
              "PEEL Legitimacy 2016", "FORCE"),
    "ncpi18": ("National child protection inspection 2018 – Staffordshire Police",
               D(2018, 6, 26), "NCPI 2018", "FORCE"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Staffordshire "
                 "Police", D(2019, 5, 2), "PEEL 2018/19", "FORCE"),
    "cdi19": ("Crime data integrity inspection 2019 – Staffordshire Police", D(2019, 9, 24),
              "CDI 2019", "FORCE"),
    "peel2122": ("PEEL 2021/22: An inspection of Staffordshire Police", D(2022, 5, 12),
                 "PEEL 2021/22", "FORCE"),
    "peel2325": ("PEEL 2023–25: Police effectiveness, efficiency and legitimacy – Staffordshire "
                 "Police", D(2024, 1, 19), "PEEL 2023-25", "FORCE"),
}

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
    "assess the nature and quality of the service provided to victims.")
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
    "safeguards in the College of Policing’s Authorised Professional Practice.")
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
EVERYONE_RUN_ON = (EVERYONE_PLAN.replace(" and 20\n", " and\n") + "\n\n"
    "The action plan should be established on the basis of best practice, based on "
    "revised relevant guidance from the College of Policing. To ensure consistency, the "
    "College and the national policing lead on domestic abuse have agreed to provide "
    "advice on the areas that each plan should cover by the end of April 2014.")
CDI_FULL = (
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
    "to the victim or the wider public are identified and appropriately managed.")
CDI_FORCE = (  # force copy: the fourth bullet (medical examinations / video interviews) is missing
    "Within 6 months the force should put in place arrangements to ensure that:\n"
    "• at the point of report, victims are believed;\n"
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;\n"
    "• multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations; and\n"
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed.")
FIREARMS_INCIDENT = (
    "Within three months, all chief constables should ensure that systems designed to identify, "
    "prior to police attendance, whether a reported incident involves or is at the address of a "
    "firearm certificate holder are in place and are always applied by staff dispatching "
    "officers to incidents; and that officers understand the risk assessment which they should "
    "be undertaking in such circumstances, and their power, when appropriate, to seize firearms "
    "and firearm certificates.")
CHILD_DETENTION = (
    "Within six months Staffordshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff comply with their statutory duties to complete detention "
    "certificates if a child is detained for any reason in police custody following charge;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested.")
MISSING_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")
MISSING_REC = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n• call takers understand and "
    "use the missing and absent category appropriately; • call takers and frontline staff have "
    "the necessary knowledge to identify risk factors associated with child sexual exploitation "
    "and how to respond to such cases; and • supervisors provide the correct oversight of "
    "missing person enquiries and direct appropriate and timely investigative and safeguarding "
    "action")
LEG17_COC = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
    "search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain.")

OWNERS = [
    "r.hollins@staffordshire.police.uk", "k.osei@staffordshire.police.uk",
    "m.draycott@staffordshire.police.uk", "s.whitmore@staffordshire.police.uk",
    "p.baines@staffordshire.police.uk", "l.carver@staffordshire.police.uk",
    "t.nkemelu@staffordshire.police.uk", "hmicfrs.liaison@staffordshire.police.uk",
]
EDITORS = ["Rachel Hollins", "Kwame Osei", "Tom Nkemelu", "HMICFRS Liaison", "Lucy Carver"]

# ---------------------------------------------------------------------------------------------
# Items. h = HMICFRS side (None = not on the list); f = force side (None = not in tracker).
# f fields: task, ref, type, text, status, health, pct, risk, upd, end, kids (list of sub-rows)
# cat / why are the truth for the pair (kids inherit).
# ---------------------------------------------------------------------------------------------
ITEMS: list[dict] = []


def item(rep, h, f, cat, why):
    ITEMS.append(dict(rep=rep, h=h, f=f, cat=cat, why=why))


def H(hid, typ, text, status, sdate):
    return dict(hid=hid, type=typ, text=text, status=status, sdate=sdate)


def F(task, ref, typ, text, status, health, pct, upd, end, risk=False, kids=None, rep=None):
    return dict(task=task, ref=ref, type=typ, text=text, status=status, health=health, pct=pct,
                upd=upd, end=end, risk=risk, kids=kids or [], rep=rep)


# --- Stop and search 2013 -------------------------------------------------------------------
item("sas13", H(1021, NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "Complete", D(2016, 3, 14)),
     F("S&S - APP specification of effective & fair use (with CoP)", "1021", "National Rec", None,
       "Complete", "Green", 1.0, "CoP APP published; force procedure aligned. Closed.",
       D(2015, 12, 31)),
     "in_sync", "ref 1021; wording blank on force row; HMICFRS Complete, force Status Complete")
item("sas13", H(1022, NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     "Complete", D(2016, 3, 14)),
     F("S&S - monitoring of use of the power", "1022", "National Rec", None, "Complete", "Green",
       1.0, "Monthly S&S scrutiny in Force Performance pack.", D(2015, 12, 31)),
     "in_sync", "ref 1022; both closed/done")
item("sas13", H(1023, NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     "Being progressed", D(2019, 6, 3)),
     F("S&S - explain use to public / community scrutiny (2013)", "1023", "National Rec",
       "CCs should, in consultation with elected local policing bodies, ensure that they comply "
       "with the code of practice by explaining to the public the way S&S powers are used in "
       "their areas & by making arrangements for S&S records to be scrutinised by community "
       "representatives. This should be done in a way that involves those people who are "
       "stopped & searched, for example, young people.",
       "Submitted for closure", "Green", 1.0,
       "Youth scrutiny panel running since 2019. Evidence pack sent to FLL 14/02/24.",
       D(2024, 2, 14)),
     "closeable_submit",
     "ref 1023 (2013 report, 'elected local policing bodies'); HMICFRS Being progressed, force "
     "Submitted for closure. Near-twin of 5120 (2015) - told apart by ref and wording")
# --- Everyone's business --------------------------------------------------------------------
item("everyone", H(2321, NAT, EVERYONE_PLAN, "Complete", D(2017, 4, 11)),
     F("DA action plan (Everyone's Business)", "2321", "National Rec", EVERYONE_RUN_ON,
       "On Hold", "Gray", 0.8,
       "Plan rolled into DA Improvement Plan 2023 - keep open until HMICFRS confirm?",
       D(2023, 3, 31)),
     "closeable_local",
     "ref 2321; HMICFRS Complete; force Status On Hold (Gray health) = still open; force text "
     "is the source document's run-on paragraph, not a conflict")
# --- Policing in austerity -----------------------------------------------------------------
item("austerity", H(2410, NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "Complete", D(2016, 1, 20)),
     F("Review savings plans (VfM profiles)", "2410", "National Rec", None, "Complete", "Green",
       1.0, "MTFS review 2015/16 complete.", D(2015, 3, 31)),
     "in_sync", "ref 2410; both closed/done")
item("austerity", H(2411, NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", "Superseded", D(2018, 2, 2)),
     F("Collaboration <10% of savings - assess scope", "2411", "National Rec",
       "CCs & PCCs in forces planning to deliver less than 10% of their savings through "
       "collaboration should assess whether there is scope to improve on this position.",
       "In Progress", "Yellow", 0.5, "Linked to regional collaboration review.",
       D(2024, 6, 30)),
     "closeable_local", "ref 2411; HMICFRS Superseded (closed); force In Progress")
item("austerity", H(2412, NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     "Being progressed", D(2017, 9, 8)),
     None, "missing_from_force", "no force row for 2412 (front-line workforce reduction)")
item("austerity", H(2413, NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     "Complete", D(2016, 1, 20)),
     F("Spending round - review collaboration plans", "2413", "National Rec", None, "Complete",
       "Green", 1.0, None, D(2015, 9, 30)),
     "in_sync", "ref 2413; both closed/done")
# --- Core business -------------------------------------------------------------------------
item("core", H(4822, NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.",
     "Being progressed", D(2018, 11, 5)),
     F("THRIVE criteria for call handlers", "4822", "National Rec",
       "Not later than 31 March 2015 forces using a threat, harm and risk policy should provide "
       "call-handlers with specific, sound and comprehensible criteria against which they can "
       "assess threat, harm & risk.", "Complete", "Green", 1.0,
       "THRIVE+ embedded in contact centre; QA dip samples show 94% compliance.",
       D(2019, 3, 31)),
     "closeable_submit", "ref 4822; HMICFRS Being progressed, force Complete")
item("core", H(4823, NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Being progressed", D(2018, 11, 5)),
     F("Record & evaluate crime prevention / disruption activity", "", "National Rec",
       "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
       "carried out is systematically recorded and subsequently evaluated to determine the "
       "effectiveness of tactics being employed.", "In Progress", "Green", 0.6,
       "Problem-solving database live in 2 of 4 LPAs. Evaluation template agreed.",
       D(2024, 9, 30)),
     "in_sync", "no ref on force row; same wording; both open (Health Green = on track, not done)")
# --- Integrity matters ---------------------------------------------------------------------
item("integrity", H(902, NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Being progressed", D(2019, 1, 17)),
     F("Misconduct NFA outcomes - fair & free of discrimination", "902", "National Rec",
       "By 31 August 2016, all chief constables should satisfy themselves that they have "
       "processes in place to ensure that investigations into misconduct by officers & staff "
       "resulting in \"no further action\" are fair and free of any form of discrimination.",
       "In Progress", "Yellow", 0.7, "PSD disproportionality audit due Q1 24/25.",
       D(2024, 6, 30)),
     "conflict", "ref 902; deadline differs: HMICFRS 'By 31 August 2015', force 'By 31 August 2016'")
# --- Stop and search 2 (2015) --------------------------------------------------------------
item("sas15", H(5120, NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.",
     "Being progressed", D(2019, 6, 3)),
     F("S&S 2 - explain use to public (with PCC) / community scrutiny", "5120", "National Rec",
       "Chief constables should, in consultation with PCCs, ensure that they comply with the Code "
       "of Practice by explaining to the public the way S&S powers are used in their areas and "
       "by making arrangements for S&S records to be scrutinised by community representatives. "
       "This should be done in a way that involves those people who are stopped & searched, for "
       "example young people.", "In Progress", "Green", 0.75,
       "OPCC-led public reporting on S&S; web page refresh outstanding.", D(2024, 7, 31)),
     "in_sync", "ref 5120 (2015, 'police and crime commissioners'); both open")
# --- Building the picture ------------------------------------------------------------------
item("picture", H(5530, NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.", "Superseded", D(2019, 10, 1)),
     F("IM APP audits scrutinised via IM governance", "5530", "National Rec",
       "By 30 November 2015, CCs should put in place arrangments to scrutinise audits of "
       "compliance with the APP on information management through the force information "
       "management goverance structure. This should include measures to ensure that "
       "categorisation of records are regularly adjusted.", "Complete", "Green", 1.0,
       "Information Assurance Board scrutinises MoPI audits quarterly.", D(2016, 3, 31)),
     "in_sync", "ref 5530; HMICFRS Superseded (closed) and force Complete (done), same report: "
     "both closed. Force text has typos (arrangments, goverance) - wording drift only")
# --- Targeting the risk (firearms) --------------------------------------------------------
item("firearms", H(5871, NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Being progressed",
     D(2017, 8, 30)),
     F("FL governance v APP", " 5871", "National Rec",
       "Within 3 months, all CCs should assess how well the governance of firearms licensing in "
       "his or her force meets the standards set out in APP. CCs of forces where the "
       "governance standards are not being complied with should put in place immediately the "
       "correct arrangements and procedures in order to meet the standards in full.", "Complete", "Green", 1.0,
       "Governance review done; FL Board chaired by ACC. Ready to submit.", D(2016, 1, 31)),
     "closeable_submit", "ref 5871; HMICFRS Being progressed, force Complete")
item("firearms", H(5872, NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "Being progressed",
     D(2017, 8, 30)),
     F("FL demand & capacity", "5872", "National Rec",
       "Within three months, all chief constables should assess the demand placed on their "
       "firearms licensing department and ensure it has the capacity to meet this demand and "
       "provide an efficient and effective service at all times.", "In Progress", "Green", 0.9,
       "Backlog reduced to 6 weeks. Demand model refresh with Finance.", D(2024, 5, 31)),
     "in_sync", "ref 5872; both open (Green, 90% but Status In Progress)")
item("firearms", H(5873, NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action is "
     "being taken by their force with regard to ‘total expired’ licensing records.", "Complete",
     D(2018, 4, 23)),
     F("'Total expired' records", "5873", "National Rec",
       "Immediately, all CCs should satisfy themselves that all appropriate action is being taken "
       "by their force with regard to 'total expired' licensing records.", "In Progress",
       "Green", 0.9, "Final 12 records with NFLMS team.", D(2024, 4, 30)),
     "closeable_local", "ref 5873; HMICFRS Complete; force In Progress (Green health, 90%)")
item("firearms", H(5874, NAT,
     "Within three months, all chief constables should ensure that their arrangements in respect "
     "of the use of temporary permits are in accordance with the Home Office guidance; that "
     "temporary permits are properly recorded without delay on the National Firearms Licensing "
     "Management System; and that effective systems exist to ensure certificate holders are not "
     "permitted, at any time, to remain in unlawful possession of a firearm.",
     "Awaiting review", D(2023, 11, 2)),
     F("Temporary permits - HO guidance / NFLMS", "5874", "National Rec",
       "Within three months, all chief constables should ensure that their arrangements in "
       "respect of the use of temporary permits are in accordance with the HO guidance; that "
       "temporary permits are properly recorded without delay on the NFLMS; and that effective "
       "systems exist to ensure certificate holders are not permitted, at any time, to remain in "
       "unlawful possession of a firearm.", "Submitted for closure", "Green", 1.0,
       "Submitted to HMICFRS 30/10/23.", D(2023, 10, 30)),
     "closeable_submit", "ref 5874; HMICFRS Awaiting review (open), force Submitted for closure")
item("firearms", H(5875, NAT, FIREARMS_INCIDENT, "Being progressed", D(2017, 8, 30)),
     F("Flag FL certificate holders at dispatch", "5875", "National Rec",
       "Within three months, all chief constables should ensure that systems designed to "
       "identify, prior to police attendance, whether a reported incident involves or is at the "
       "address of a firearm certificate holder are in place and are always applied by staff "
       "dispatching officers to incidents.", "In Progress", "Yellow", 0.5,
       "STORM flag in place for certificate holders.", D(2024, 6, 30)),
     "conflict", "ref 5875; force wording stops at 'dispatching officers to incidents' - the "
     "second requirement (officers understand the risk assessment and their power to seize "
     "firearms and certificates) is missing")
# --- Stolen freedom ------------------------------------------------------------------------
SF_KIDS = [
    ("(a) Senior leaders prioritise MSHT", "senior leaders prioritise the response to modern "
     "slavery and human trafficking", "Complete", "Green", 1.0, "MSHT gold group chaired by ACC."),
    ("(b) Incidents allocated to skilled resources", "every incident of modern slavery "
     "identified to police is allocated appropriate resources with the skills, experience and "
     "capacity to investigate it effectively", "In Progress", "Yellow", 0.6,
     "Allocation policy drafted; PIP2 capacity gap in north LPA."),
    ("(c) Partnership arrangements", "forces develop effective partnership arrangements to "
     "co-ordinate activity in order to share information and safeguard victims", "Complete",
     "Green", 1.0, "Anti-slavery partnership ToR signed 2019."),
    ("(d) Performance & QA measures", "performance and quality assurance measures are in place "
     "to allow senior leaders to assess the nature and quality of the service provided to "
     "victims", "Complete", "Green", 1.0, "MSHT measures added to performance pack."),
]
item("stolen", H(8290, NAT, SF_LEADERSHIP, "Being progressed", D(2020, 2, 12)),
     F("MSHT leadership & governance review (4 parts - see sub-rows)", "8290", "National Rec",
       "Within 12 months, forces should review their leadership and governance arrangements for "
       "MSHT - see (a)-(d) below.", "In Progress", "Yellow", 0.9, None, D(2024, 3, 31),
       kids=[F(t, "8290 / " + t[1], "National Rec", txt, st, hl, pc, up, D(2024, 3, 31))
             for t, txt, st, hl, pc, up in SF_KIDS]),
     "in_sync", "ref 8290; force split into parent + 4 sub-rows (a)-(d); (b) still In Progress so "
     "the force item is open; HMICFRS Being progressed")
item("stolen", H(8291, NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Being progressed", D(2020, 2, 12)),
     F("MSHT ISAs with partner agencies", "8291", "National Rec",
       "Within 6 months, forces should have in place active ISAs with other agencies to "
       "facilitate speedy exchange of intelligence and in order to safeguard victims better and "
       "to identify suspects as early as possible.", "Complete", "Green", 1.0,
       "ISAs signed with all 3 local authorities + GLAA. Evidence on SharePoint.",
       D(2019, 12, 31)),
     "closeable_submit", "ref 8291; HMICFRS open, force Complete; '86' is a stray footnote "
     "number in the HMICFRS text, 'within 6 months' = 'within six months'")
item("stolen", H(8292, NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Complete", D(2021, 7, 6)),
     F("s45 defence considered early", "8292", "National Rec", None, "Complete", "Green", 1.0,
       "CPS/force joint guidance issued.", D(2018, 6, 30)),
     "in_sync", "ref 8292; both closed/done")
item("stolen", H(8293, NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Complete", D(2021, 7, 6)),
     F("NRM compliance / duty to notify", "8293", "National Rec",
       "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
       "process as it evolves and are implementing the requirement placed upon them under the "
       "Modern Slavery Act 2015 to notify the HO of any individual suspected to be an adult "
       "victim of MSHT.", "In Progress", "Yellow", 0.7,
       "Duty to notify audit shows gaps in custody referrals.", D(2024, 6, 30), risk=True),
     "closeable_local", "ref 8293; HMICFRS Complete, force In Progress")
item("stolen", H(8294, NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", "Being progressed",
     D(2020, 2, 12)),
     F("MSHT crime recording (NCRS) + FCR audit capacity", "", "National Rec",
       "Immediately, forces should take steps to ensure they fully comply with NCRS requirements "
       "for offences identified as MSHT and that sufficient audit capacity is available to the "
       "force crime registrar to provide reassurance that each force is identifying and managing "
       "any gaps in its crime-recording accuracy for these types of offences.", "In Progress",
       "Green", 0.4, "FCR audit scheduled Q2.", D(2024, 9, 30)),
     "in_sync", "no ref on force row; wording matches 8294 (abbreviated NCRS, MSHT); both open")
item("stolen", H(8295, NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).", "Being progressed", D(2020, 2, 12)),
     None, "missing_from_force", "no force row for 8295 (sub-row (b) of 8290 is a different "
     "recommendation)")
item("stolen", H(8296, NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Superseded", D(2022, 8, 19)),
     F("Use of STPOs / SROs (MSA 2015 preventative powers)", "8296", "National Rec", None,
       "Not Started", "Red", 0.0, "Awaiting allocation.", D(2024, 3, 31), risk=True),
     "closeable_local", "ref 8296; HMICFRS Superseded, force Not Started (open)")
# --- PEEL efficiency 2017 national ---------------------------------------------------------
item("efc17", H(8402, NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", "Being progressed", D(2019, 5, 20)),
     F("Digital services plan", "8402", "National Rec",
       "By September 2018, chief constables should produce an ambitious plan to improve "
       "digitally-enabled services within their force. The HO, NPCC and APCC should support "
       "the development of these plans by establishing a national framework which allows for "
       "the provision of digitally enabled services across force boundaries.",
       "Closed by HMICFRS", "Green", 1.0,
       "FLL said at liaison meeting this can close (not yet on list).", D(2018, 9, 30)),
     "closeable_submit", "ref 8402; force 'Closed by HMICFRS' (done) but the definitive list "
     "still shows Being progressed: submit/confirm closure")
# --- PEEL legitimacy 2017 national ---------------------------------------------------------
item("leg17", H(8541, COC, LEG17_COC, "Being progressed", D(2020, 9, 9)),
     F("S&S disproportionality - not reasonable & fair", "8541", "Recommendation", LEG17_COC,
       "In Progress", "Yellow", 0.5, "See S&S action plan.", D(2024, 12, 31)),
     "conflict", "ref 8541, same text; type differs: HMICFRS Cause of concern, force "
     "'Recommendation'")
item("leg17", H(8542, NAT, SAS_MONITORING_2017, "Being progressed", D(2020, 9, 9)),
     F("S&S data monitoring (ethnicity, find rates, possession-only)", "8542", "National Rec",
       SAS_MONITORING_2017.replace("•", "- ").replace("stop and search", "S&S"), "In Progress",
       "Green", 0.8, "S&S dashboard live; possession-only analysis in development.",
       D(2024, 8, 31)),
     "in_sync", "ref 8542; both open")
item("leg17", H(8543, NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", "Being progressed", D(2020, 9, 9)),
     F("Disparities - research & action", "8543", "National Rec",
       "Where forces identify disparities through monitoring, they should demonstrate to the "
       "public that they have carried out research and analysis to understand the reasons for "
       "the disparity, and taken action to reduce it where neccessary.", "Complete", "Green",
       1.0, "Academic partner study published Oct 23.", D(2023, 10, 31)),
     "closeable_submit", "ref 8543; HMICFRS open, force Complete")
item("leg17", H(8544, NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Complete", D(2021, 3, 1)),
     F("Publish S&S analysis annually", "8544", "National Rec", None, "Complete", "Green", 1.0,
       "Published annually on force website.", D(2018, 7, 31)),
     "in_sync", "ref 8544; both closed/done")
item("leg17", H(8545, NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Complete",
     D(2021, 3, 1)),
     F("S&S unconscious bias training / APP", "8545", "National Rec",
       "By July 2018, and ongoing, forces should ensure that all officers who use S&S powers "
       "have been provided with, and understand, training on unconscious bias and CoP APP on "
       "S&S.", "In Progress", "Green", 0.95, "New starters covered; refresher for 2019 cohort "
       "outstanding.", D(2024, 4, 30)),
     "closeable_local", "ref 8545; HMICFRS Complete, force In Progress (95%)")
# --- Disproportionate use of police powers 2021 -------------------------------------------
item("powers", H(12630, NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", D(2023, 2, 7)),
     F("Comms skills - conflict management guidelines", "12630", "National Rec",
       "By July 2022, forces should ensure that officers & staff have effective communication "
       "skills, in line with the National Policing Guidelines on Conflict Management. This "
       "should be in addition to existing training on conflict management & de-escalation.",
       "In Progress", "Yellow", 0.6, "OST module redesigned; roll-out 60%.", D(2024, 7, 31)),
     "in_sync", "ref 12630; both open")
item("powers", H(12631, NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Being progressed", D(2023, 2, 7)),
     F("Comms skills in CPD + BWV debriefs", "12631", "National Rec",
       "By July 2021, forces should ensure that communication skills are reinforced as part of "
       "the programme of CPD for officers & staff, and that supervisors are supported to "
       "routinely and frequently debrief officers on these skills using BWV footage.",
       "Complete", "Green", 1.0, "CPD day content + supervisor BWV debrief guide issued.",
       D(2022, 3, 31)),
     "closeable_submit", "ref 12631; HMICFRS open, force Complete")
BWV_KIDS = [
    ("BWV 1 - record entire S&S encounter", "ensure that officers record on body-worn video "
     "(when this is available) the entirety of all stop and search encounters, including "
     "traffic stops and use of force incidents."),
    ("BWV 2 - internal review of footage", "have a structured process for regularly reviewing "
     "and monitoring internally a sufficient sample of body-worn video footage to identify and "
     "disseminate learning and hold officers to account when behaviour falls below acceptable "
     "standards."),
    ("BWV 3 - scrutiny panel access to footage", "provide external scrutiny panel members with "
     "access to samples of body-worn video footage showing stop and search encounters and use of "
     "force incidents, taking account of the safeguards in the College of Policing’s Authorised "
     "Professional Practice."),
]
item("powers", H(12632, NAT, BWV_2021, "Being progressed", D(2023, 2, 7)),
     F("By Sept 2021 - BWV & S&S (3 parts)", "12632", "National Rec",
       "By September 2021, forces should: (3 parts below)", "Complete", "Green", 1.0, None,
       D(2022, 1, 31),
       kids=[F(t, "12632", "National Rec", txt, "Complete", "Green", 1.0, up, D(2022, 1, 31))
             for (t, txt), up in zip(BWV_KIDS, [
                 "BWV policy mandates recording.", "Monthly PSD/S&S lead dip sample.",
                 "Panel viewing sessions since Nov 21."])]),
     "closeable_submit", "ref 12632; force split into parent + 3 sub-rows, all Complete; "
     "HMICFRS Being progressed")
item("powers", H(12633, NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.", "Being progressed", D(2023, 2, 7)),
     F("HO/NPCC - use of force data quality", "12633", "National Rec",
       "The Home Office and the NPCC should take steps to ensure that the quality of the data "
       "collected on the number of incidents where force has been used to effect a S&S is "
       "sufficient for publication.", "Complete", "Gray", 1.0,
       "Not for the force - directed at HO and NPCC. Propose closure.", D(2021, 4, 30)),
     "closeable_submit", "ref 12633; force marks Complete (Gray: not force's to deliver); "
     "HMICFRS still Being progressed")
item("powers", H(12634, NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Being progressed",
     D(2023, 2, 7)),
     F("Use of force monitoring - disproportionality", "", "National Rec",
       "By July 2021, forces should ensure they have effective internal monitoring processes on "
       "the use of force, to help them identify and understand disproportionate use, explain the "
       "reasons and implement any necessary improvement action.", "In Progress", "Red", 0.3,
       "UoF forms still not linked to ethnicity data.", D(2024, 3, 31), risk=True),
     "in_sync", "no ref on force row; wording matches 12634; both open")

# --- Force-level: PEEL legitimacy 2016 (force only) ---------------------------------------
item("leg16", None,
     F("AFI 4 - support for those raising concerns", "10412", "AFI",
       "The force should review the support available for those who have raised concerns and "
       "take any action needed to make sure these provisions are suitable.", "In Progress",
       "Yellow", 0.5, "Carried forward from 2016 - check status with FLL.", D(2024, 6, 30)),
     "not_on_hmicfrs_list", "PEEL Legitimacy 2016 AFI (ref 10412) tracked by the force; no "
     "2016 report and no such item on the definitive list")
# --- NCPI 2018 ----------------------------------------------------------------------------
item("ncpi18", H(9120, COC, MISSING_COC, "Complete", D(2021, 5, 4)),
     F("CoC - missing & absent children", "9120", "Cause of Concern", None, "Complete", "Green",
       1.0, "Closed at NCPI revisit.", D(2020, 12, 31)),
     "in_sync", "ref 9120; both closed/done")
item("ncpi18", H(9121, REC, MISSING_REC, "Complete", D(2021, 5, 4)),
     F("Rec - missing children: call takers / CSE / supervision", "9121", "Recommendation",
       "To address this CoC the force should immediately review its approach to reports of "
       "missing children and ensure that: call takers understand and use the missing and absent "
       "category appropriately; call takers and frontline staff can identify CSE risk factors "
       "and respond; supervisors provide correct oversight of missing person enquiries.",
       "In Progress", "Green", 0.85, "Missing persons QA continuing via Vulnerability Board.",
       D(2024, 6, 30)),
     "closeable_local", "ref 9121; HMICFRS Complete, force In Progress")
item("ncpi18", H(9122, REC, CHILD_DETENTION, "Being progressed", D(2021, 5, 4)),
     F("Detention of children in custody", "9122", "Recommendation",
       CHILD_DETENTION.replace("accommodation", "accomodation"), "In Progress", "Red", 0.4,
       "Local authority secure bed availability remains the blocker. Escalated to LSCB.",
       D(2024, 3, 31), risk=True),
     "in_sync", "ref 9122; both open (force At Risk, Red)")
# --- PEEL 2018/19 -------------------------------------------------------------------------
item("peel1819", H(9650, AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", "Complete", D(2022, 5, 12)),
     F("AFI 1 - crime system case file mgmt", "9650", "AFI",
       "Improve use of crime-recording and management system to better manage case files and "
       "investigative processes.", "Complete", "Green", 1.0, "Niche case file module live.",
       D(2021, 3, 31)),
     "in_sync", "ref 9650; both closed/done")
item("peel1819", H(9651, AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public.", "Superseded",
     D(2022, 5, 12)),
     F("AFI 2 - demand understanding", "9651", "AFI",
       "The force should undertake further work to gain a fuller understanding of current demand "
       "for its services, and likely future changes in demand.", "In Progress", "Green", 0.7,
       "FMS 2024 demand chapter in draft.", D(2024, 5, 31)),
     "closeable_local", "ref 9651; HMICFRS Superseded, force In Progress")
item("peel1819", H(9652, AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", "Being progressed",
     D(2022, 5, 12)),
     F("AFI 3 - workforce plan", "9652", "AFI",
       "Develop a future workforce plan aligned with overall demand and budget (resource "
       "allocations, skills mix, behaviours).", "Complete", "Green", 1.0,
       "Strategic Workforce Plan 2023-26 approved at FET.", D(2023, 6, 30)),
     "closeable_submit", "ref 9652; HMICFRS open, force Complete")
item("peel1819", H(9653, AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", "Being progressed", D(2022, 5, 12)),
     F("AFI 4 - RUI & bail", "", "AFI",
       "The force should improve its understanding of suspects RUI and the management of those "
       "released on bail.", "In Progress", "Yellow", 0.5,
       "Bail Act 2022 changes - new bail management unit.", D(2024, 6, 30)),
     "in_sync", "no ref; wording matches 9653 (RUI abbreviated); both open")
# --- CDI 2019 -----------------------------------------------------------------------------
item("cdi19", H(10120, REC, CDI_FULL, "Being progressed", D(2021, 11, 30)),
     F("CDI Rec 1 - victims believed / call logs / multiple crimes / online triage", "10120",
       "Recommendation", CDI_FORCE, "In Progress", "Yellow", 0.75,
       "FCR audit Dec 23: 91% compliance.", D(2024, 6, 30)),
     "conflict", "ref 10120; force copy has 4 of the 5 bullets - the 'awaiting the results of "
     "medical examinations or video interviews' bullet is missing")
item("cdi19", H(10121, AFI,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.", "Complete", D(2021, 11, 30)),
     F("CDI AFI 1 - S&H recording", "10121", "AFI",
       "Make sure reports of stalking & harassment are recorded accurately and without delay.",
       "Complete", "Green", 1.0, None, D(2020, 9, 30)),
     "in_sync", "ref 10121; both closed/done")
item("cdi19", H(10122, AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.", "Being progressed", D(2021, 11, 30)),
     None, "missing_from_force", "no force row for 10122 (RASSO recording); the CDI AFI 1 row "
     "is stalking and harassment (10121)")
# --- PEEL 2021/22 -------------------------------------------------------------------------
item("peel2122", H(13310, COC,
     "The size of the vetting backlog within Staffordshire Police is a cause of concern.",
     "Being progressed", D(2023, 9, 14)),
     F("CoC - vetting backlog", "13310", "Cause of Concern",
       "The size of the vetting backlog within Staffordshire Police is a cause of concern.",
       "In Progress", "Yellow", 0.7, "Backlog down from 1,140 to 310.", D(2024, 6, 30)),
     "in_sync", "ref 13310; both open")
item("peel2122", H(13311, REC,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines.", "Being progressed", D(2023, 9, 14)),
     F("Rec - clear vetting backlog & renewals", "13311", "Recommendation",
       "Ensure all staff have at least the lowest level of vetting clearance ASAP, clearing the "
       "backlog and renewals so the force complies fully with national vetting guidelines.",
       "Complete", "Green", 1.0, "All staff vetted to minimum level (Jan 24). Evidence to FLL.",
       D(2024, 1, 31)),
     "closeable_submit", "ref 13311; HMICFRS open, force Complete (the CoC row 13310 stays "
     "open separately)")
item("peel2122", H(13312, AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from domestic abuse.", "Being progressed", D(2023, 9, 14)),
     F("AFI 1 - DA partnership safeguarding", "ID: 13312", "AFI", None, "Complete", "Green", 1.0,
       "MARAC review complete; DA triage hub live.", D(2023, 12, 31)),
     "closeable_submit", "ref 'ID: 13312'; wording blank; HMICFRS open, force Complete")
item("peel2122", H(13313, AFI,
     "The force should make sure investigations of domestic abuse are allocated to officers "
     "with the right skills and are effectively supervised.", "Being progressed",
     D(2023, 9, 14)),
     F("AFI 2 - DA investigation allocation & supervision", "13313", "AFI",
       "The force should make sure investigations of DA are allocated to officers with the right "
       "skills and are effectively supervised.", "In Progress", "Green", 0.6,
       "Crime allocation policy v3 in consultation.", D(2024, 9, 30)),
     "in_sync", "ref 13313; both open")
item("peel2122", H(13314, AFI,
     "The force should make sure victims of stalking and harassment are kept informed about "
     "the progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Complete", D(2023, 9, 14)),
     F("AFI 3 - S&H victims kept informed (VCOP)", "13314", "AFI", None, "Complete", "Green",
       1.0, "VCOP compliance 88% (Q3).", D(2023, 3, 31)),
     "in_sync", "ref 13314; both closed/done")
item("peel2122", H(13315, AFI,
     "The force should ensure that it has sufficient resources available in the control room to "
     "fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce.", "Being progressed", D(2023, 9, 14)),
     F("AFI 4 - control room resourcing", "13315", "AFI",
       "The force should ensure that it has sufficient resources available in the control room "
       "to fulfil its resourcing model, and so to meet its demand, while also taking into "
       "account the wellbeing of its workforce.", "In Progress", "Red", 0.35,
       "101 abandonment 31%. Recruitment campaign Feb 24.", D(2024, 10, 31), risk=True),
     "in_sync", "ref 13315; both open")
item("peel2122", H(13316, AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "vulnerable adults.", "Superseded", D(2024, 1, 19)),
     F("AFI 5 - response times, vulnerable adults", "13316", "AFI",
       "The force should improve the timeliness of its response to calls for service involving "
       "vulnerable adults.", "In Progress", "Yellow", 0.5, "Right Care Right Person go-live "
       "April 24.", D(2024, 4, 30)),
     "closeable_local", "ref 13316; HMICFRS Superseded, force In Progress")
item("peel2122", H(13317, AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", "Being progressed", D(2023, 9, 14)),
     F("AFI 6 - confidential reporting / whistleblowing", "13371", "AFI",
       "The force should make sure it provides a confidential way for staff to raise concerns "
       "and that staff are aware of whistleblowing processes.", "In Progress", "Green", 0.8,
       "Bad Apple line relaunched.", D(2024, 5, 31)),
     "conflict", "same report and identical wording as 13317, but force ref is 13371 "
     "(transposed digits; 13371 is not on the list): reference disagrees")
item("peel2122", H(13318, AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", "Complete", D(2024, 1, 19)),
     F("AFI 7 - E&D workforce data", "13318", "AFI",
       "Review how E&D data is gathered and used to understand workforce demographics.",
       "In Progress", "Green", 0.95, "Self-declaration campaign closes March.", D(2024, 3, 31)),
     "closeable_local", "ref 13318; HMICFRS Complete, force In Progress (95%, Green)")
item("peel2122", H(13319, AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     "Being progressed", D(2023, 9, 14)),
     F("AFI 8 - supervision of investigations", "13319", "AFI",
       "The force should improve the supervison of investigations, so that investigation plans "
       "are set, reviewed and recorded and victims recieve a consistently good service.",
       "Complete", "Green", 1.0, "Investigation standards audit Q3 - 89% plans reviewed.",
       D(2024, 2, 29)),
     "closeable_submit", "ref 13319; HMICFRS open, force Complete")
item("peel2122", None,
     F("Local action - S&H SPOC in each LPA", "", "Force action",
       "Appoint a single point of contact for stalking and harassment in each local policing "
       "area", "Complete", "Green", 1.0, "SPOCs in place in all 4 LPAs.", D(2023, 6, 30)),
     "not_on_hmicfrs_list", "force's own action under PEEL 2021/22 (type 'Force action', no ref)")
# misfiled PEEL 2023-25 AFI under PEEL 2021/22 in the tracker
item("peel2325", H(15883, AFI,
     "The force should develop a problem-solving approach to anti-social behaviour, working "
     "with local communities and partners.", "Awaiting review", D(2024, 1, 19)),
     F("AFI 9 - ASB problem solving", "", "AFI",
       "The force should develop a problem-solving approach to anti-social behaviour, working "
       "with local communities and partners.", "In Progress", "Green", 0.2,
       "New AFI from the 2024 PEEL report - ASB problem-solving plan drafted.", D(2024, 12, 31),
       rep="peel2122"),
     "conflict", "wording identical to 15883 (PEEL 2023-25) but the force files it under its "
     "PEEL 2021/22 report row (no ref): report disagrees")
# --- PEEL 2023-25 -------------------------------------------------------------------------
item("peel2325", H(15880, AFI,
     "The force should improve its understanding of the nature and scale of violence against "
     "women and girls in its area.", "Awaiting review", D(2024, 1, 19)),
     F("AFI 1 - VAWG problem profile", "15880", "AFI",
       "Improve understanding of the nature and scale of VAWG in the force area.",
       "In Progress", "Green", 0.3, "VAWG problem profile commissioned from Intel.",
       D(2024, 9, 30)),
     "in_sync", "ref 15880; both open")
item("peel2325", H(15881, AFI,
     "The force should make sure its performance framework gives senior leaders a clear picture "
     "of its response to rape and serious sexual offences.", "Awaiting review", D(2024, 1, 19)),
     None, "missing_from_force", "new PEEL 2023-25 AFI 15881 not yet loaded in the tracker")
item("peel2325", H(15882, AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about county "
     "lines drug dealing.", "Awaiting review", D(2024, 1, 19)),
     None, "missing_from_force", "new PEEL 2023-25 AFI 15882 not yet loaded in the tracker")
item("peel2325", H(15884, AFI,
     "The force should make sure officers and staff have the training they need to identify and "
     "respond to honour-based abuse.", "Awaiting review", D(2024, 1, 19)),
     F("AFI 2 - HBA training", "15884", "AFI",
       "Make sure officers & staff have the training they need to identify and respond to "
       "honour-based abuse.", "Not Started", "Gray", 0.0, None, D(2024, 12, 31)),
     "in_sync", "ref 15884; HMICFRS Awaiting review (open), force Not Started (open)")

# --- Force-identified actions (section of their own) --------------------------------------
LOCAL = [
    F("Dip-sample DA crime reports", "", "Force action",
      "Dip-sample 50 domestic abuse crime reports each quarter and report findings to the Crime "
      "Standards Board", "In Progress", "Green", 0.5, "Q3 sample done.", D(2024, 12, 31)),
    F("IA 23/24 - firearms licensing governance audit", "IA-23-07", "Internal audit",
      "Internal audit of the firearms licensing governance arrangements (audit plan 2023/24)",
      "Complete", "Green", 1.0, "Reasonable assurance. 2 medium actions.", D(2024, 1, 31)),
    F("JAC action - vetting in performance pack", "JAC 11/23", "Force action",
      "Add vetting measures to the monthly Force Performance pack", "In Progress", "Yellow",
      0.5, None, D(2024, 4, 30)),
    F("Refresh county lines problem profile", "", "Force action",
      "Refresh the county lines drug dealing problem profile and add it to the control strategy",
      "Not Started", "Gray", 0.0, "Awaiting analyst capacity.", D(2024, 9, 30)),
]
for f in LOCAL:
    item("local", None, f, "not_on_hmicfrs_list",
         "force-identified action in the 'FORCE-IDENTIFIED ACTIONS (not HMICFRS)' section")
LOCAL_WHY = {
    "Refresh county lines problem profile": "force's own action; not the county lines AFI 15882 "
    "(different ask: refresh a problem profile vs improve intelligence handling), which is "
    "missing from the tracker",
}

# ---------------------------------------------------------------------------------------------
# HMICFRS workbook
# ---------------------------------------------------------------------------------------------
def build_hmicfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = HSHEET
    ws["A1"] = "HMICFRS – definitive list of recommendations and areas for improvement"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = f"Force: {FORCE}    List as at: 04/03/2024    Includes items closed since last list"
    hdr = ["ID", "Report title", "Publication date", "Type", "Recommendation / AFI text",
           "Status", "Status date"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
    hitems = [it for it in ITEMS if it["h"]]
    hitems.sort(key=lambda it: (REPORTS[it["rep"]][1], it["h"]["hid"]))
    for it in hitems:
        h = it["h"]
        title, pub = REPORTS[it["rep"]][:2]
        ws.append([h["hid"], title, pub, h["type"], h["text"], h["status"], h["sdate"]])
        r = ws.max_row
        it["hrow"] = f"{HSHEET}!{r}"
        ws.cell(r, 3).number_format = "dd/mm/yyyy"
        ws.cell(r, 7).number_format = "dd/mm/yyyy"
        ws.cell(r, 5).alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFG", [8, 48, 14, 24, 90, 18, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:G{ws.max_row}"
    return wb


# ---------------------------------------------------------------------------------------------
# Force workbook: Smartsheet-style hierarchy export
# ---------------------------------------------------------------------------------------------
COLS = ["Task Name", "HMICFRS Ref", "Type", "Recommendation / AFI wording", "Assigned To",
        "Start Date", "End Date", "% Complete", "Status", "Health", "At Risk", "Latest Update",
        "Modified", "Modified By"]
DONE = {"Complete", "Submitted for closure", "Closed by HMICFRS"}
HEALTH_ORDER = ["Red", "Yellow", "Green", "Gray"]


def rollup(rows):
    """Smartsheet parent-row formulas: worst health, average %, latest end date."""
    sts = [r["status"] for r in rows]
    if all(s in DONE for s in sts):
        st = "Complete"
    elif all(s == "Not Started" for s in sts):
        st = "Not Started"
    else:
        st = "In Progress"
    hs = [r["health"] for r in rows if r["health"] != "Gray"] or ["Gray"]
    health = min(hs, key=HEALTH_ORDER.index)
    pct = round(sum(r["pct"] for r in rows) / len(rows), 2)
    end = max(r["end"] for r in rows)
    start = min(r["start"] for r in rows)
    return dict(status=st, health=health, pct=pct, end=end, start=start)


def build_force():
    wb = Workbook()
    ws = wb.active
    ws.title = FSHEET
    ws.append(COLS)
    for c in ws[1]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")

    # give every force row an owner, start date, modified stamp
    def decorate(f, rep):
        pub = REPORTS[rep][1] if rep in REPORTS else D(2023, 4, 1)
        f["start"] = pub + dt.timedelta(days=rng.randint(14, 90))
        f["owner"] = rng.choice(OWNERS)
        f["mod"] = dt.datetime(2023, rng.randint(6, 12), rng.randint(1, 28), rng.randint(8, 17),
                               rng.randint(0, 59)) if rng.random() < 0.6 else \
            dt.datetime(2024, rng.randint(1, 2), rng.randint(1, 28), rng.randint(8, 17),
                        rng.randint(0, 59))
        f["by"] = rng.choice(EDITORS)
        for k in f["kids"]:
            decorate(k, rep)

    # group force rows by the report they are filed under
    groups: dict[str, list[dict]] = {}
    for it in ITEMS:
        f = it["f"]
        if not f:
            continue
        rep = f["rep"] or it["rep"]
        decorate(f, rep)
        groups.setdefault(rep, []).append(it)

    def row_values(name, f, level, parent=False):
        vals = [name, f.get("ref") or None, f.get("type"), f.get("text"), f.get("owner"),
                f["start"], f["end"], f["pct"], f["status"], f["health"], f.get("risk", False),
                f.get("upd"), f.get("mod"), f.get("by")]
        ws.append(vals)
        r = ws.max_row
        ws.cell(r, 1).alignment = Alignment(indent=level * 2)
        if level:
            ws.row_dimensions[r].outline_level = level
        if parent:
            for c in ws[r]:
                c.font = Font(bold=True)
        for ci in (6, 7):
            ws.cell(r, ci).number_format = "dd/mm/yy"
        ws.cell(r, 8).number_format = "0%"
        ws.cell(r, 13).number_format = "dd/mm/yy hh:mm"
        ws.cell(r, 4).alignment = Alignment(wrap_text=True, vertical="top")
        return r

    def emit_item(it, level):
        f = it["f"]
        r = row_values(f["task"], f, level, parent=bool(f["kids"]))
        it["frows"] = [f"{FSHEET}!{r}"]
        for k in f["kids"]:
            rk = row_values(k["task"], k, level + 1)
            it["frows"].append(f"{FSHEET}!{rk}")

    def emit_section(title, reps, level0_blank_after=True):
        # section rollup over every item row in the section
        leaf = []
        for rep in reps:
            for it in groups.get(rep, []):
                leaf.append(it["f"])
        sec = rollup(leaf)
        sec.update(dict(owner="hmicfrs.liaison@staffordshire.police.uk", by="HMICFRS Liaison",
                        mod=dt.datetime(2024, 2, 28, 16, 2)))
        row_values(title, sec, 0, parent=True)
        for rep in reps:
            its = groups.get(rep, [])
            if not its:
                continue
            if rep != "local":
                rp = rollup([it["f"] for it in its])
                rp.update(dict(by="HMICFRS Liaison", mod=dt.datetime(2024, 2, 28, 16, 2)))
                pub = REPORTS[rep][1]
                row_values(f"{REPORTS[rep][2]}  (pub. {pub:%d/%m/%Y})", rp, 1, parent=True)
                lvl = 2
            else:
                lvl = 1
            for it in its:
                emit_item(it, lvl)
        if level0_blank_after:
            ws.append([])

    force_order = ["peel2325", "peel2122", "cdi19", "peel1819", "ncpi18", "leg16"]
    # force_order: newest first (how the team adds new reports at the top)
    nat_order = ["sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture",
                 "firearms", "stolen", "efc17", "leg17", "powers"]
    emit_section("FORCE INSPECTIONS (Staffordshire)", force_order)
    emit_section("NATIONAL / THEMATIC REPORTS (ALL FORCES)", nat_order)
    emit_section("FORCE-IDENTIFIED ACTIONS (not HMICFRS)", ["local"], level0_blank_after=False)

    widths = [52, 13, 17, 80, 36, 11, 11, 11, 20, 9, 8, 50, 15, 16]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.freeze_panes = "B2"
    ws.sheet_properties.outlinePr.summaryBelow = False
    return wb


def save_stable(wb, path):
    """Save with fixed zip timestamps and core-properties dates so rebuilds are byte-identical."""
    fixed = dt.datetime(2024, 3, 4, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "Smartsheet" if "tracker" in path.name else "HMICFRS"
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-03-04T09:00:00Z",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 4, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)


def main():
    CASE.mkdir(parents=True, exist_ok=True)
    save_stable(build_hmicfrs(), CASE / "hmicfrs.xlsx")
    save_stable(build_force(), CASE / "tracker.xlsx")
    lines = []
    for it in sorted([i for i in ITEMS if i["h"]],
                     key=lambda i: int(i["hrow"].split("!")[1])):
        if it["f"]:
            for fr in it["frows"]:
                why = it["why"]
                if len(it["frows"]) > 1:
                    why += " (parent row)" if fr == it["frows"][0] else " (sub-row)"
                lines.append([it["hrow"], fr, it["cat"], why])
        else:
            lines.append([it["hrow"], "", it["cat"], it["why"]])
    for it in sorted([i for i in ITEMS if not i["h"]],
                     key=lambda i: int(i["frows"][0].split("!")[1])):
        why = LOCAL_WHY.get(it["f"]["task"], it["why"])
        lines.append(["", it["frows"][0], it["cat"], why])
    with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)


if __name__ == "__main__":
    main()
