"""Build the case `wp_register_post_export`.

HMICFRS side: the recommendation register of the old justiceinspectorates.gov.uk site, one
WordPress post per recommendation, exported for one force as a CSV of raw post fields (a
"CSV exporter" plugin run over the `recommendation` post type, filtered on the force term).
Force side: Staffordshire Police's own tracker workbook.

Run:  /work/main/.venv/bin/python build_wp_register_post_export.py
Rebuilds wp_register_post_export/ byte for byte (fixed seed, fixed workbook timestamps).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

SEED = 20181106
CASE = "wp_register_post_export"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
EXPORT_DAY = dt.date(2018, 11, 6)
FORCE = "Staffordshire Police"
SLUG = "staffordshire"

rng = random.Random(SEED)

# --------------------------------------------------------------------------------------------
# Real texts (Open Government Licence), copied from /work/main/reconcile/casegen/texts and
# /work/shared/data: HMICFRS wording, verbatim.
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
CHILDREN_CUSTODY = (
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
COC_INVESTIGATION = (
    "The force does not have the capacity or capability to investigate crime effectively and "
    "this is affecting the service being provided to the public. There are failings in the "
    "way that crimes are being investigated."
)
COC_SAS_2017 = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
    "search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain."
)

# Register comment texts seen on the register pages (research notes, section 1.2).
C_NEW = "New recommendation"
C_MONITOR = ("The progress of the implementation of this recommendation is currently being "
             "monitored by HMICFRS and this record will, in due course, be updated.")
C_REVIEW = ("The status of this recommendation is currently being reviewed by HMIC and will be "
            "updated when this review is complete.")
C_SUPER_EFF = ("This area of activity has subsequently been inspected in HMIC's PEEL "
               "Effectiveness inspections. Where a cause of concern still exists this will "
               "appear in the register against these subsequent inspections.")
C_SUPER_EFC = ("This area of activity has subsequently been inspected in HMIC's PEEL Efficiency "
               "inspections. Where a cause of concern still exists this will appear in the "
               "register against these subsequent inspections.")
C_DONE = "This recommendation is complete"
C_CDI_DONE = ("Authorised for closure on the basis of the additional observations offered by "
              "members of the CDI inspection team in recent inspection activity.")

# --------------------------------------------------------------------------------------------
# Reports: key -> (register post title, publication date, register entry date, tracker block)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), dt.date(2014, 2, 11), "Stop & Search powers (HMIC 2013)"),
    "leg14": ("PEEL: police legitimacy 2014", dt.date(2015, 2, 12), None,
              "PEEL Legitimacy 2014"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), dt.date(2014, 4, 8), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  dt.date(2014, 7, 30), "Policing in Austerity – Meeting the Challenge"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), dt.date(2014, 9, 4), "Core Business 2014"),
    "cdi14": ("Crime data integrity inspection 2014", dt.date(2014, 11, 18),
              dt.date(2014, 11, 27), "CDI inspection 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), dt.date(2015, 2, 10), "Integrity matters"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), dt.date(2015, 4, 1), "Stop & search powers 2"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), dt.date(2015, 7, 9),
                "Information management (Building the Picture)"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), dt.date(2015, 9, 22), "Firearms licensing 2015"),
    "efc15": ("PEEL: police efficiency 2015", dt.date(2015, 10, 15), dt.date(2015, 10, 27),
              "PEEL Efficiency 2015"),
    "leg15": ("PEEL: police legitimacy 2015", dt.date(2016, 2, 11), dt.date(2016, 2, 23),
              "PEEL Legitimacy 2015"),
    "eff15": ("PEEL: police effectiveness 2015", dt.date(2016, 2, 25), dt.date(2016, 3, 8),
              "PEEL Effectiveness 2015"),
    "ncpi16": ("National child protection inspection 2016", dt.date(2016, 6, 21),
               dt.date(2016, 6, 30), "NCPI 2016"),
    "cust16": ("Report on an unannounced inspection visit to police custody suites 2016",
               dt.date(2016, 8, 16), dt.date(2016, 8, 25), "Custody inspection 2016"),
    "efc16": ("PEEL: police efficiency 2016", dt.date(2016, 11, 3), dt.date(2016, 11, 10),
              "PEEL Efficiency 2016"),
    "leg16": ("PEEL: police legitimacy 2016", dt.date(2016, 12, 8), dt.date(2016, 12, 15),
              "PEEL Legitimacy 2016"),
    "eff16": ("PEEL: police effectiveness 2016", dt.date(2017, 3, 2), dt.date(2017, 3, 2),
              "PEEL Effectiveness 2016"),
    "cdi17": ("Crime data integrity inspection 2017", dt.date(2017, 8, 24),
              dt.date(2017, 9, 5), "CDI inspection 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), dt.date(2017, 11, 2), "Stolen Freedom (MSHT) 2017"),
    "efc17n": ("PEEL: police efficiency 2017", dt.date(2017, 11, 9), dt.date(2017, 11, 16),
               "PEEL Efficiency 17 (all forces)"),
    "efc17": ("PEEL: police efficiency 2017", dt.date(2017, 11, 9), dt.date(2017, 11, 16),
              "PEEL Efficiency 2017"),
    "leg17n": ("PEEL: police legitimacy 2017", dt.date(2017, 12, 12), dt.date(2017, 12, 12),
               "PEEL Legit 17 S&S (national)"),
    "leg17": ("PEEL: police legitimacy 2017", dt.date(2017, 12, 12), dt.date(2017, 12, 12),
              "PEEL Legitimacy 2017"),
    "eff17": ("PEEL: police effectiveness 2017", dt.date(2018, 3, 22), dt.date(2018, 3, 29),
              "PEEL Effectiveness 2017"),
    "cust18": ("Report on an unannounced inspection visit to police custody suites 2018",
               dt.date(2018, 10, 30), None, "Custody inspection 2018"),
    "local": (None, None, None, "Other force actions (Organisational Learning)"),
}
FIRST_ID = {  # register numbers: one sequence across all forces, so each block starts higher
    "sas13": 1183, "everyone": 2338, "austerity": 3101, "core": 4851, "cdi14": 4936,
    "integrity": 5112, "sas15": 5241, "picture": 5392, "firearms": 5463, "efc15": 5587,
    "leg15": 5794, "eff15": 5853, "ncpi16": 6121, "cust16": 6244, "efc16": 6531,
    "leg16": 6662, "eff16": 7013, "cdi17": 7961, "stolen": 8411, "efc17n": 8472,
    "efc17": 8474, "leg17n": 8551, "leg17": 8557, "eff17": 8762,
}

REC, AFI, NAT = "recommendation", "area-for-improvement", "national-recommendation"

# Force RAG: BLUE closed by the force, GREEN implemented / submitted for closure, WHITE not the
# force's to deliver (all three = done); AMBER, RED = open.
# Each item: register side + force side + truth. `log` names the register event pattern.
# force rows: (type, text, lead, rag, update, submitted, show_ref)
ITEMS: list[dict] = []


def item(key, rep, typ, text, log, force, cat, why, *, coc=None, private=False, excerpt="",
         themes="", ref_override=None):
    ITEMS.append(dict(key=key, rep=rep, typ=typ, text=text, log=log, force=force, cat=cat,
                      why=why, coc=coc, private=private, excerpt=excerpt, themes=themes,
                      ref_override=ref_override))


G, B, A, R, W = "GREEN", "BLUE", "AMBER", "RED", "WHITE"

# ---- national items -------------------------------------------------------------------------
item("N1", "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "prog",
     [("National Rec", "Chief Constables & College of Policing should establish in the S&S APP a "
       "clear specification of what constitutes the effective & fair exercise of S&S powers",
       "ACC Local Policing", W, "Not the force's responsibility to deliver; dependent upon the "
       "College of Policing (APP). Force policy follows current APP.", None, False)],
     "closeable_submit", "register still being-progressed; force WHITE (not the force's to "
     "deliver) counts as done", themes="stop-search")
item("N2", "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance "
     "with the law (including equality legislation and the Code of Practice), and that the "
     "power is used effectively to prevent crime, catch criminals and maintain public trust.",
     "complete",
     [("National Rec", "Chief Constables should establish or improve monitoring of the way "
       "officers stop and search people, so that they can be satisfied their officers are "
       "acting in accordance with the law (including equality legislation and the Code of "
       "Practice), and that the power is used effectively to prevent crime, catch criminals "
       "and maintain public trust.", "ACC Local Policing", B,
       "Closed by HMIC. Monthly S&S scrutiny in place.", None, False)],
     "in_sync", "closed on both: register complete, force BLUE", themes="stop-search")
item("N3", "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.", "complete",
     [("National Rec", "CCs should, in consultation with elected local policing bodies, comply "
       "with the code of practice by explaining to the public how S&S powers are used & by "
       "arranging for S&S records to be scrutinised by community representatives (incl. young "
       "people)", "Supt Neighbourhood Policing", A,
       "Community scrutiny panel terms of reference being refreshed with the OPCC; youth panel "
       "to be set up by March 2019.", None, False)],
     "closeable_local", "register complete; force still AMBER. Near-twin of the 2015 item "
     "(N-SAS15), told apart by block and 'elected local policing bodies'",
     themes="stop-search")
item("EVERY", "everyone", NAT, EVERYONE_PLAN, "super_complete",
     [("National Rec", "Publish a domestic abuse action plan (Everyone's business) – developed "
       "with the PCC, DA support organisations & victims' reps, DHRs and IPCC findings",
       "Ch Supt Public Protection", A,
       "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
       None, False)],
     "closeable_local", "register closed (superseded comment, then complete); force AMBER",
     themes="harm|plan", excerpt="Domestic abuse action plan")
AUST = [
    "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
    "are doing all they can to continue to reduce crime and protect the front line while "
    "balancing their budgets. They should use the data and information contained in this "
    "report, and in HMIC's Value for Money profiles, when conducting their reviews",
    "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
    "through collaboration should assess whether there is scope to improve on this position. "
    "HMIC will follow up the assessments in the autumn.",
    "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
    "workforce and/or police officers on the front line should assess whether they have taken "
    "the decisive action seen in many forces in order to maintain their crime fighting "
    "capacity. HMIC will follow up the assessments in the autumn.",
    "In preparation for the next spending round period all Chief Constables and PCCs should "
    "review their plans for collaboration. In particular they should consider whether there is "
    "scope to deliver better value for money and improved capability and capacity through "
    "joint working with other forces, the public and/or the private sector.",
]
item("A1", "austerity", NAT, AUST[0], "super",
     [("National Rec", "All CCs and PCCs should review their plans to deliver savings to ensure "
       "they are doing all they can to continue to reduce crime & protect the front line while "
       "balancing their budgets (use VfM profiles)", "Director of Finance", A,
       "Addressed holistically as part of the force change programme.", None, False)],
     "closeable_local", "register closed only by the superseded comment (last status slug still "
     "being-progressed); force AMBER", themes="plan")
item("A2", "austerity", NAT, AUST[1], "super",
     [("National Rec", "Chief Constables and PCCs in forces planning to deliver less than 10% of "
       "their savings through collaboration should assess whether there is scope to improve on "
       "this position.", "Director of Finance", A,
       "Addressed holistically as part of the force change programme.", None, False)],
     "closeable_local", "register closed by superseded comment; force AMBER", themes="plan")
item("A3", "austerity", NAT, AUST[2], "super",
     [("National Rec", AUST[2], "Director of People", B, "Closed – no further action required "
       "by HMIC (Efficiency inspected annually).", None, False)],
     "in_sync", "register closed by superseded comment; force BLUE", themes="plan")
item("A4", "austerity", NAT, AUST[3], "super",
     [("National Rec", "In preparation for the next spending round all CCs & PCCs should review "
       "their plans for collaboration – scope for better VfM through joint working with other "
       "forces, the public and/or private sector", "Head of Corporate Development", B,
       "Closed. Collaboration plan agreed with West Midlands Police.", None, False)],
     "in_sync", "register closed by superseded comment; force BLUE", themes="plan")
item("C1", "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", "review_super",
     [("National Rec", "Not later than 31 March 2015 forces using a THR policy should provide "
       "call-handlers with specific, sound & comprehensible criteria to assess threat, harm & "
       "risk", "Supt Contact Centre", B, "THRIVE criteria in place in the Contact Centre. "
       "Closed.", None, False)],
     "in_sync", "register: 'being reviewed' comment then superseded comment = closed; force "
     "BLUE", themes="harm")
item("C2", "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "review_only", [],
     "missing_from_force", "register open ('being reviewed by HMIC'); no force row",
     themes="plan")
item("INT", "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "prog", [], "missing_from_force", "post_status 'private' but live and being-progressed; "
     "not in the force tracker (held by PSD)", private=True, themes="misconduct")
item("SAS15", "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.", "complete",
     [("National Rec", "Chief constables should, in consultation with PCCs, ensure that they "
       "comply with the Code of Practice by explaining to the public the way S&S powers are "
       "used in their areas and by making arrangements for S&S records to be scrutinised by "
       "community representatives.", "ACC Local Policing", B,
       "Closed by HMICFRS.", None, False)],
     "in_sync", "register complete; force BLUE (near-twin of N3)", themes="stop-search")
item("PIC", "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.", "prog",
     [("National Rec", "By 30 Nov 2015 CCs should put in place arrangements to scrutinise audits "
       "of compliance with the APP on information management through the force IM goverance "
       "structure", "Head of Information Management", G,
       "Information Management Board now scrutinises the MoPI audit programme quarterly. "
       "Evidence sent for closure.", dt.date(2018, 9, 14), False)],
     "closeable_submit", "register being-progressed; force GREEN, submitted 14/09/2018",
     themes="plan", excerpt="Information management audits")
FIRE = [
    "Within three months, all chief constables should assess how well the governance of "
    "firearms licensing in his or her force meets the standards set out in Authorised "
    "Professional Practice. Chief constables of forces where the governance standards are not "
    "being complied with should put in place immediately the correct arrangements and "
    "procedures in order to meet the standards in full.",
    "Within three months, all chief constables should assess the demand placed on their "
    "firearms licensing department and ensure it has the capacity to meet this demand and "
    "provide an efficient and effective service at all times.",
    "Immediately, all chief constables should satisfy themselves that all appropriate action is "
    "being taken by their force with regard to ‘total expired’ licensing records.",
    "Within three months, all chief constables should ensure that their arrangements in respect "
    "of the use of temporary permits are in accordance with the Home Office guidance; that "
    "temporary permits are properly recorded without delay on the National Firearms Licensing "
    "Management System; and that effective systems exist to ensure certificate holders are not "
    "permitted, at any time, to remain in unlawful possession of a firearm.",
    "Within three months, all chief constables should ensure that systems designed to identify, "
    "prior to police attendance, whether a reported incident involves or is at the address of "
    "a firearm certificate holder are in place and are always applied by staff dispatching "
    "officers to incidents; and that officers understand the risk assessment which they should "
    "be undertaking in such circumstances, and their power, when appropriate, to seize "
    "firearms and firearm certificates.",
]
item("F1", "firearms", NAT, FIRE[0], "complete",
     [("National Rec", "Within 3 months, all CCs should assess how well the governance of "
       "firearms licensing meets the standards in APP", "Supt Firearms Licensing", B,
       "Closed by HMIC.", None, False)],
     "in_sync", "register complete; force BLUE", themes="firearms",
     excerpt="Firearms licensing governance")
item("F2", "firearms", NAT, FIRE[1], "prog",
     [("National Rec", "Within six months, all chief constables should assess the demand placed "
       "on their firearms licensing department and ensure it has the capacity to meet this "
       "demand and provide an efficient and effective service at all times.",
       "Supt Firearms Licensing", A, "Demand review complete; two additional enquiry officers "
       "recruited. Backlog of renewals still above target.", None, True)],
     "conflict", "timescale differs: register 'Within three months', force 'Within six months'",
     themes="firearms", excerpt="Firearms licensing demand and capacity")
item("F3", "firearms", NAT, FIRE[2], "complete",
     [("National Rec", "Immediately, all chief constables should satisfy themselves that all "
       "appropriate action is being taken by their force with regard to 'total expired' "
       "licensing records.", "Supt Firearms Licensing", B, "Closed.", None, False)],
     "in_sync", "register complete; force BLUE", themes="firearms")
item("F4", "firearms", NAT, FIRE[3], "prog",
     [("National Rec", "Within 3 months, all CCs should ensure that their arrangements for "
       "temporary permits are in accordance with HO guidance; permits recorded without delay "
       "on NFLMS; certificate holders not permitted to remain in unlawful possession of a "
       "firearm", "Supt Firearms Licensing", A, "NFLMS recording audit scheduled Q4.",
       None, False)],
     "in_sync", "open on both", themes="firearms", excerpt="Temporary permits")
item("F5", "firearms", NAT, FIRE[4], "complete_first",
     [("National Rec", "Within three months, all CCs should ensure that systems to identify, "
       "prior to police attendance, whether an incident involves or is at the address of a "
       "firearm certificate holder are in place & always applied by staff dispatching officers",
       "Supt Contact Centre", A, "STORM flag for certificate holders live; officer briefing "
       "still to be completed.", None, False)],
     "closeable_local", "register log written newest-first: the dated 'complete' entry comes "
     "first, so the last [status] in the text (being-progressed) is not the latest; register "
     "closed; force AMBER", themes="firearms")
STOLEN = [
    SF_LEADERSHIP,
    "Within six months, forces should have in place active information-sharing agreements with "
    "other agencies to facilitate speedy exchange of intelligence and in order to safeguard "
    "victims better and to identify suspects as early as possible.",
    "Immediately, forces should ensure that all victims carrying out criminal acts under "
    "compulsion attributable to slavery or exploitation are afforded the protection of early "
    "and continuing consideration of the applicability of the section 45 defence.",
    "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
    "process as it evolves and are implementing the requirement placed upon them under the "
    "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
    "adult victim of modern slavery or human trafficking.",
    "Immediately, forces should take steps to ensure they fully comply with national crime "
    "recording standard (NCRS) requirements for offences identified as modern slavery and "
    "human trafficking and that sufficient audit capacity is available to the force crime "
    "registrar to provide reassurance that each force is identifying and managing any gaps in "
    "its crime-recording accuracy for these types of offences.",
    "Immediately, forces should ensure that allegations or indications of modern slavery and "
    "human trafficking are thoroughly investigated and effectively supervised by teams and "
    "individuals with the skills and experience to undertake them (this should include the use "
    "where appropriate of joint intelligence teams and other means to obtain intelligence and "
    "evidence from agencies overseas).",
    "Immediately, forces should review their use of preventative powers under the Modern "
    "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
    "to pose a clear threat to others in respect of modern slavery and human trafficking "
    "offences are exploited.",
]
item("S1", "stolen", NAT, STOLEN[0], "prog",
     [("National Rec", "MSHT leadership & governance (a): senior leaders prioritise the response "
       "to MSHT", "Det Ch Supt Force CID", G, "MSHT gold group chaired by ACC Crime.",
       dt.date(2018, 10, 19), True),
      ("National Rec", "MSHT leadership & governance (b): every incident of modern slavery "
       "identified to police is allocated appropriate resources with the skills, experience & "
       "capacity to investigate it effectively", "Det Ch Supt Force CID", G,
       "All MSHT crimes allocated to the Complex Investigation Team.", dt.date(2018, 10, 19),
       True),
      ("National Rec", "MSHT leadership & governance (c): effective partnership arrangements to "
       "co-ordinate activity, share information and safeguard victims",
       "Det Ch Supt Force CID", G, "Anti-slavery partnership meets monthly.",
       dt.date(2018, 10, 19), True),
      ("National Rec", "MSHT leadership & governance (d): performance & QA measures in place so "
       "senior leaders can assess the nature & quality of the service provided to victims",
       "Det Ch Supt Force CID", G, "MSHT measures added to the monthly performance pack.",
       dt.date(2018, 10, 19), True)],
     "closeable_submit", "force split the four bullets into four rows, all GREEN and submitted "
     "19/10/2018; register being-progressed", themes="harm")
item("S2", "stolen", NAT, STOLEN[1], "await",
     [("National Rec", "Within six months, forces should have in place active information-"
       "sharing agreements with other agencies to facilitate speedy exchange of intelligence "
       "86 and in order to safeguard victims better and to identify suspects as early as "
       "possible", "Head of Intelligence", A, "ISA with Stoke-on-Trent and Staffordshire "
       "councils in draft.", None, True)],
     "in_sync", "open on both (force text carries the stray footnote '86' from the JAC paper)",
     themes="harm")
item("S3", "stolen", NAT, STOLEN[2], "await",
     [("National Rec", "Immediately, forces should ensure that all victims carrying out criminal "
       "acts under compulsion attributable to slavery or exploitation are afforded the "
       "protection of early & continuing consideration of the applicability of the s45 defence.",
       "Head of Criminal Justice", G, "Section 45 guidance issued to custody and CID; CPS "
       "liaison agreed. Complete.", dt.date(2018, 6, 28), True)],
     "closeable_submit", "register awaiting-review; force GREEN submitted 28/06/2018",
     themes="harm", excerpt="Section 45 defence")
item("S4", "stolen", NAT, STOLEN[3], "await",
     [("National Rec", "Immediately, forces should take steps to ensure they are fully compliant "
       "with the NRM process as it evolves and notify the HO of any individual suspected to be "
       "an adult victim of MSHT (MSA 2015)", "Det Ch Supt Force CID", A,
       "NRM SPOC in post; duty to notify compliance being audited.", None, True)],
     "in_sync", "open on both", themes="harm")
item("S5", "stolen", NAT, STOLEN[4], "prog",
     [("National Rec", "Immediately, forces should take steps to ensure they fully comply with "
       "NCRS requirements for offences identified as MSHT and that sufficient audit capacity "
       "is available to the Force Crime Registrar", "Force Crime Registrar", A,
       "MSHT added to the FCR audit plan 2018/19.", None, True)],
     "in_sync", "open on both", themes="harm")
item("S6", "stolen", NAT, STOLEN[5], "await",
     [("National Rec", STOLEN[5], "Det Ch Supt Force CID", A,
       "Work undertaken in area but still requires development to complete.", None, True)],
     "in_sync", "open on both", themes="harm")
item("S7", "stolen", NAT, STOLEN[6], "await", [], "missing_from_force",
     "register awaiting-review; the force tracker has no row for the preventative-powers "
     "recommendation", themes="harm")
item("DIG", "efc17n", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", "await",
     [("National Rec", "By Sept 2018 CCs should produce an ambitious plan to improve "
       "digitally-enabled services within their force", "Head of Corporate Development", A,
       "Digital services plan drafted; to Chief Officer Group January 2019.", None, True)],
     "in_sync", "open on both; register title 'PEEL: police efficiency 2017' is shared with the "
     "force's own efficiency AFIs, told apart by type", themes="plan")
item("L1", "leg17n", NAT, SAS_MONITORING_2017, "prog",
     [("National Rec", "By July 2018 forces should be regularly & frequently monitoring a "
       "comprehensive set of S&S data to understand disproportionality, find rates by "
       "ethnicity & search type, and possession-only drug searches", "ACC Local Policing", G,
       "S&S dashboard live since June 2018; reviewed at the Stop and Search Board. Evidence "
       "sent.", dt.date(2018, 8, 3), True)],
     "closeable_submit", "register being-progressed; force GREEN submitted 03/08/2018",
     coc=COC_SAS_2017, themes="stop-search", excerpt="Stop and search monitoring")
item("L2", "leg17n", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", "prog",
     [("National Rec", "Where forces identify disparities through monitoring, they should "
       "demonstrate to the public that they have carried out research & analysis to understand "
       "the reasons & taken action to reduce the disparity", "ACC Local Policing", A,
       "Research with Keele University commissioned.", None, True)],
     "in_sync", "open on both", coc=COC_SAS_2017, themes="stop-search")
item("L3", "leg17n", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "complete",
     [("National Rec", "Publish S&S analysis and actions taken at least annually from July 2018",
       "ACC Local Policing", B, "Annual S&S analysis published on the force website. Closed by "
       "HMICFRS.",
       None, True)],
     "in_sync", "closed on both", coc=COC_SAS_2017, themes="stop-search")
item("L4", "leg17n", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "prog",
     [("National Rec", "By July 2018 all officers who use S&S powers have been provided with, "
       "and understand, training on unconscious bias and CoP APP on S&S", "Head of Learning & "
       "Development", A, "84% of response officers trained; remainder booked.", None, True)],
     "in_sync", "open on both", coc=COC_SAS_2017, themes="stop-search")

# ---- force-level items ----------------------------------------------------------------------
item("D1", "cdi14", REC, "Immediately, the force should " + CDI_VICTIMS_BODY + ".",
     "force_update",
     [("Recommendation", "Immediately, the force should put in place arrangements to ensure "
       "that: victims are believed at the point of report; call handler conversations are "
       "summarised accurately in the incident log; multiple crimes are always recorded; "
       "crime-recording decisions are not delayed awaiting medical examinations or video "
       "interviews; and online reports are triaged on receipt.", "Force Crime Registrar", G,
       "Completed. Evidence submitted to HMICFRS for closure.", dt.date(2018, 3, 12), True)],
     "closeable_submit", "register still being-progressed although its last comment is the "
     "force's own pasted update starting 'Completed'; force GREEN", themes="harm", excerpt="Victims believed at the point of report")
item("D2", "cdi14", REC, "Within three months, the force should provide call-handlers with "
     "specific, sound and comprehensible criteria against which they can assess threat, harm "
     "and risk.", "complete_cdi",
     [("Recommendation", "Within 3 months, provide call-handlers with specific, sound & "
       "comprehensible criteria to assess threat, harm & risk", "Supt Contact Centre", B,
       "Closed by HMIC following CDI revisit.", None, False)],
     "in_sync", "closed on both", themes="harm")
item("D3", "cdi14", REC, "Within six months the force should revise its approach to cautions, "
     "cannabis warning and penalty notices for disorder to ensure that there is a clear and "
     "auditable explanation to the offender of the implications of receiving the warning and "
     "that, for victim-based crimes, there is a clear and auditable record that views of the "
     "victim are considered prior to their issue.", "complete_cdi",
     [("Recommendation", "Within six months revise approach to cautions, cannabis warnings & "
       "PNDs – auditable explanation to offender; victim's views recorded before issue",
       "Head of Criminal Justice", A, "Out of court disposals policy being rewritten for the "
       "two-tier framework.", None, False)],
     "closeable_local", "register complete; force AMBER", themes="harm")
item("E1", "eff15", AFI, "The force should improve its understanding of the nature and scale of "
     "child sexual exploitation in its area.", "complete_first",
     [("AFI", "The force should improve its understanding of the nature & scale of CSE in its "
       "area.", "Ch Supt Public Protection", B, "CSE problem profile published. Closed.",
       None, False)],
     "in_sync", "register log newest-first: latest dated entry is 'complete'; force BLUE",
     themes="harm")
item("E2", "eff15", AFI, "The force should ensure regular and active supervision of the quality "
     "and progress of investigations. This supervision should be properly recorded.", "prog",
     [("AFI", "Ensure regular & active supervison of the quality and progress of "
       "investigations, properly recorded.", "Det Ch Supt Force CID", A,
       "Supervisory review template on Niche; compliance 71%.", None, False)],
     "in_sync", "open on both", themes="harm")
item("E3", "eff15", AFI, "The force should improve its ability to retrieve digital evidence "
     "from mobile phones, computers and other electronic devices quickly enough to ensure "
     "investigations are not delayed.", "complete",
     [("AFI", "Improve ability to retrieve digital evidence from mobile phones, computers and "
       "other devices quickly enough that investigations are not delayed", "Det Ch Supt Force "
       "CID", A, "Digital forensics backlog 214 devices; kiosks in 3 of 5 hubs.", None, False)],
     "closeable_local", "register complete; force AMBER", themes="harm")
item("X1", "efc15", AFI, "The force should improve its arrangements both to consult with the "
     "public about business planning and to feed back on changes made to service delivery as a "
     "result of such consultation.", "complete",
     [("AFI", "Improve arrangements to consult the public about business planning and to feed "
       "back on changes made as a result", "Head of Corporate Development", B, "Closed.",
       None, False)],
     "in_sync", "closed on both", themes="plan")
item("X2", "efc15", AFI, "Staffordshire Police should review its plans to deliver savings to "
     "ensure it is doing all it can to continue to reduce crime and protect the front line "
     "while balancing its budget.", "complete",
     [("AFI", "Review plans to deliver savings – continue to reduce crime & protect the front "
       "line while balancing the budget", "Director of Finance", B, "Closed.", None, False)],
     "in_sync", "closed on both", themes="plan")
item("X3", "efc15", AFI, "The force should make sure it has access to accurate data and "
     "analysis to support effective performance management.", "prog",
     [("AFI", "Make sure the force has access to accurate data & analysis to support effective "
       "performance management", "Head of Corporate Development", G,
       "Qlik performance app rolled out to all senior leaders. Ready to move to GREEN status.",
       dt.date(2018, 5, 17), False)],
     "closeable_submit", "register being-progressed; force GREEN", themes="plan")
item("G1", "leg15", AFI, "The force should make sure it provides a confidential way for staff "
     "to raise concerns and that staff are aware of whistleblowing processes.", "complete",
     [("AFI", "Provide a confidential way for staff to raise concerns; staff aware of "
       "whistleblowing processes", "Head of Professional Standards", B,
       "Integrity line launched. Closed.", None, False)],
     "in_sync", "closed on both", themes="misconduct")
item("G2", "leg15", AFI, "The force should review the support available for those who have "
     "raised concerns and take any action needed to make sure these provisions are suitable.",
     "complete",
     [("AFI", "Review the support available for those who have raised concerns & take action "
       "needed so provisions are suitable", "Head of Professional Standards", A,
       "Support package to be reviewed with staff associations.", None, False)],
     "closeable_local", "register complete; force AMBER", themes="misconduct")
item("G3", "leg15", AFI, "The force should review how it gathers and uses equality and "
     "diversity data to improve its understanding of its workforce demographics.", "prog",
     [("Recommendation", "The force should review how it gathers and uses equality and "
       "diversity data to improve its understanding of its workforce demographics.",
       "Director of People", A, "Self-declaration campaign in SAP ran Sept 2018.",
       None, True)],
     "conflict", "type differs: register area-for-improvement, force 'Recommendation'",
     themes="plan")
item("K1", "ncpi16", REC, "Within three months, the force should review its approach to reports "
     "of missing children and take steps to ensure that:\n• call takers understand and use the "
     "missing and absent category appropriately;\n• call takers and frontline staff have the "
     "necessary knowledge to identify risk factors associated with child sexual exploitation "
     "and how to respond to such cases; and\n• supervisors provide the correct oversight of "
     "missing person enquiries and direct appropriate and timely investigative and "
     "safeguarding action.", "complete",
     [("Recommendation", "Within 3 months review approach to reports of missing children: call "
       "takers use missing/absent category appropriately; call takers & frontline staff can "
       "identify CSE risk factors; supervisors oversee missing person enquiries",
       "Ch Supt Public Protection", B, "Closed by HMICFRS.", None, False)],
     "in_sync", "closed on both", themes="harm", excerpt="Missing children")
item("K2", "ncpi16", REC, "Within six months the force should improve its understanding of the "
     "nature and scale of online child sexual abuse in its area.", "prog",
     [("Recommendation", "Within six months improve understanding of the nature & scale of "
       "online CSA in Staffordshire", "Ch Supt Public Protection", A,
       "Problem profile commissioned from the regional analyst team.", None, False)],
     "in_sync", "open on both", themes="harm")
item("K3", "ncpi16", REC, "Within six months the force should make sure investigations of "
     "sexual offences against children are allocated to officers with the right skills and are "
     "effectively supervised.", "force_update",
     [("Recommendation", "Within six months ensure investigations of sexual offences against "
       "children are allocated to officers with the right skills and effectively supervised",
       "Ch Supt Public Protection", G, "All child sexual offence investigations allocated to "
       "PVP teams; supervision audit complete.", dt.date(2018, 2, 9), False)],
     "closeable_submit", "register being-progressed; its last comment is the force's pasted "
     "update ('Force update … complete'), not an HMICFRS closure; force GREEN", themes="harm")
item("K4", "ncpi16", REC, "Within three months, the force should improve how it works with "
     "partner organisations to safeguard people at risk from child sexual exploitation.",
     "prog", [], "missing_from_force", "register being-progressed; no force row",
     themes="harm")
item("K5", "ncpi16", REC, "Within twelve months, the force should make sure officers and staff "
     "have the training they need to identify and respond to child sexual exploitation.",
     "complete",
     [("Recommendation", "Within 12 months officers & staff have the training they need to "
       "identify and respond to CSE", "Head of Learning & Development", B, "Closed.",
       None, False)],
     "in_sync", "closed on both", themes="harm")
item("U1", "cust16", REC, "The force should, " + CHILDREN_CUSTODY + ".", "prog",
     [("Recommendation", "Custody – with children's social care, ensure all children are only "
       "detained when absolutely necessary and for the absolute minimum amount of time",
       "Ch Insp Custody", A, "Concordat on children in custody signed; monthly data to LSCB.",
       None, False),
      ("Recommendation", "Custody – officers & staff assess at an early stage a child's need for "
       "alternative accomodation (secure or otherwise) and work with children's social care",
       "Ch Insp Custody", A, "PACE bed availability escalation process in draft.", None, False),
      ("Recommendation", "Custody – improve the timeliness of adequate appropriate adult "
       "support for children who are arrested", "Ch Insp Custody", A,
       "Appropriate adult contract re-tendered with the local authorities.", None, False)],
     "conflict", "force split the recommendation into 3 rows but dropped the bullet 'custody "
     "staff make a record of all actions taken and decisions made' (missing bullet)",
     themes="custody", excerpt="Children in custody")
item("U2", "cust16", REC, "Immediately, the force should make sure there are appropriate "
     "strategic oversight arrangements in place to manage risks, performance and improvement "
     "plans effectively.", "complete",
     [("Recommendation", "Make sure there are appropriate strategic oversight arrangements to "
       "manage custody risks, performance & improvement plans", "Ch Insp Custody", B,
       "Custody Governance Board in place. Closed.", None, False)],
     "in_sync", "closed on both", themes="custody")
item("Q1", "efc16", AFI, "The force should make sure the corporate risk register is actively "
     "used to mitigate and manage known risks.", "complete",
     [("AFI", "Corporate risk register actively used to mitigate and manage known risks",
       "Head of Corporate Development", B, "Closed.", None, False)],
     "in_sync", "closed on both", themes="plan")
item("Q2", "efc16", AFI, "The force should expand the skills project work to include an "
     "assessment of all skills, not only operational, including potential future skills "
     "requirements. This assessment should inform workforce plans.", "prog",
     [("AFI", "Expand the skills project to all skills (not only operational) incl. future "
       "skills requirements, to inform workforce plans", "Director of People", G,
       "Skills audit complete and built into the workforce plan 2018-21.",
       dt.date(2018, 7, 2), False)],
     "closeable_submit", "register being-progressed; force GREEN", themes="plan")
item("Q3", "efc16", AFI, "The force should make sure all processes in place to support "
     "performance management are effective.", "complete",
     [("AFI", "Make sure all processes supporting performance management are effective",
       "Head of Corporate Development", B, "Closed.", None, False)],
     "in_sync", "closed on both", themes="plan")
item("H1", "leg16", AFI, "The force should put plans in place to monitor, including through the "
     "gathering and analysis of staff feedback, team cultures and provide prompt remedial "
     "action for any issues it identifies.", "prog",
     [("AFI", "Put plans in place to monitor team cultures (incl. staff feedback) and provide "
       "prompt remedial action", "Director of People", A, "Staff survey results due Dec 2018.",
       None, False)],
     "in_sync", "open on both", themes="misconduct")
item("H2", "leg16", AFI, "The force should improve how it gathers, assesses and acts on "
     "intelligence about counter-corruption.", "prog",
     [("AFI", "Improve how the force gathers, assesses & acts on counter-corruption "
       "intelligence", "Head of Professional Standards", A,
       "Restricted – update held by PSD.", None, False)],
     "in_sync", "post_status 'private' is not a closure: register being-progressed; force "
     "AMBER", private=True, themes="misconduct")
item("H3", "leg16", AFI, "The force should make sure it provides accessible information for all "
     "staff and members of the public on how they can raise concerns and access confidential "
     "support (including through external agencies).", "complete",
     [("AFI", "Provide accessible information for staff & public on how to raise concerns and "
       "access confidential support (incl. external agencies)", "Head of Professional "
       "Standards", B, "Closed.", None, False)],
     "in_sync", "closed on both", themes="misconduct")
item("P1", "eff16", REC, "To address this cause of concern, HMIC recommends the force should "
     "immediately take steps to ensure that there is effective supervision of the initial risk "
     "assessment process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases.", "prog",
     [("Recommendation (CoC)", "Immediately take steps to ensure effective supervision of the "
       "initial risk assessment process, specifically completion of DASH in appropriate cases",
       "C/Supt Bell", R, "The Force Executive Team agreed on 25 July that we would risk-assess "
       "all DA incidents. Policy signed off; implementation end of October.", None, True)],
     "in_sync", "open on both (register carries the cause of concern paragraph above the "
     "recommendation)", coc=COC_DA, themes="harm", excerpt="DASH risk assessment supervision")
item("P2", "eff16", REC, "HMIC recommends that within six months the force should: conduct a "
     "review of officers’ capabilities and capacity to manage their investigative workload, to "
     "better understand investigative demand and the pressures placed upon them;", "prog",
     [("Recommendation (CoC)", "HMIC recommends that within six months the force should conduct "
       "a review of officers' capabilities and capacity to manage their investigative workload, "
       "to better understand investigative demand and the pressures placed upon them",
       "Det Ch Supt Force CID", A, "Investigative demand review with the College of Policing "
       "tool; report to FET January.", None, False)],
     "conflict", "force filed it in its PEEL Effectiveness 2015 block (published 25/02/2016); "
     "register report is PEEL: police effectiveness 2016, published 02/03/2017 (report and "
     "date differ)", coc=COC_INVESTIGATION, themes="harm")
item("P3", "eff16", AFI, "The force should make sure it records reports of hate crime "
     "accurately and without delay.", "complete",
     [("AFI", "Record reports of hate crime accurately & without delay", "Force Crime "
       "Registrar", B, "Closed.", None, True)],
     "in_sync", "closed on both", themes="harm")
item("P4", "eff16", AFI, "The force should make sure victims of domestic abuse are kept "
     "informed about the progress of their case, in line with the Code of Practice for Victims "
     "of Crime.", "prog",
     [("AFI", "Victims of DA kept informed about progress of their case in line with the "
       "Victims' Code", "Ch Supt Public Protection", G, "Victim contact compliance 93% (Sept "
       "2018). Pending sign off by the chief officer lead.", None, True)],
     "closeable_submit", "register being-progressed; force GREEN", themes="harm")
item("P5", "eff16", AFI, "The force should improve how it gathers, assesses and acts on "
     "intelligence about serious and organised crime.", "complete_first",
     [("AFI", "Improve how the force gathers, assesses and acts on SOC intelligence",
       "Head of Intelligence", A, "Intelligence collection plan being rewritten.", None, True)],
     "closeable_local", "register log newest-first: dated 'complete' entry first, so closed; "
     "force AMBER", themes="harm")
item("Z1", "cdi17", REC, "Within three months, the force should make sure it records reports of "
     "rape and serious sexual offences accurately and without delay.", "prog",
     [("Recommendation", "Within three months make sure reports of rape & serious sexual "
       "offences are recorded accurately and without delay", "Force Crime Registrar", G,
       "FCR audit shows 97% compliance for RASSO. Complete.", dt.date(2018, 4, 20), True)],
     "closeable_submit", "register being-progressed; force GREEN", themes="harm")
item("Z2", "cdi17", REC, "By 31 March 2018, the force should review its approach to fraud to "
     "make sure victims receive a consistently good service.", "prog",
     [("Recommendation", "By 31 March 2019, the force should review its approach to fraud to "
       "make sure victims receive a consistently good service.", "Det Ch Supt Force CID", A,
       "Economic crime review scoped.", None, True)],
     "conflict", "deadline differs: register 'By 31 March 2018', force 'By 31 March 2019'",
     themes="harm")
item("Z3", "cdi17", AFI, "The force should make sure it records reports of domestic abuse "
     "accurately and without delay.", "complete",
     [("AFI", "Record reports of DA accurately and without delay", "Force Crime Registrar", B,
       "Closed by HMICFRS.", None, True)],
     "in_sync", "closed on both (near-twin of Z1/P3: same template, different topic)",
     themes="harm")
item("Y1", "efc17", AFI, "The force should ensure that it has sufficient resources available in "
     "the control room to fulfil its resourcing model, and so to meet its demand, while also "
     "taking into account the wellbeing of its workforce.", "prog",
     [("AFI", "The force should ensure that it has sufficient resources available in the "
       "control room to fulfil its resourcing model, and so to meet its demand, while also "
       "taking into account the wellbeing of its workforce.", "Supt Contact Centre", A,
       "Contact centre recruitment: 18 call handlers in training.", None, True)],
     "in_sync", "open on both", themes="plan", excerpt="Control room resourcing")
item("Y2", "efc17", AFI, "The force should make sure its performance framework gives senior "
     "leaders a clear picture of its response to fraud.", "await",
     [("AFI", "Performance framework to give senior leaders a clear picture of the response to "
       "fraud", "Head of Corporate Development", A, "Fraud measures to be added to the "
       "performance pack.", None, True)],
     "in_sync", "open on both", themes="plan")
item("Y3", "efc17", AFI, "The force should clearly define its new operating model, ensuring all "
     "operational and support services are affordable and fit to protect the communities of "
     "Staffordshire.", "complete",
     [("AFI", "Clearly define the new operating model – all operational & support services "
       "affordable and fit to protect the communities of Staffordshire", "DCC", G,
       "Operating model agreed by the PFCC. Closed by HMICFRS.", None, True)],
     "in_sync", "closed on both (force GREEN = done)", themes="plan")
item("J1", "leg17", AFI, "The force should ensure it has effective internal monitoring "
     "processes on the use of force, to help it to identify and understand disproportionate "
     "use, explain the reasons and implement any necessary improvement action.", "await",
     [("AFI", "Effective internal monitoring of use of force – identify & understand "
       "disproportionate use, explain reasons, take improvement action", "ACC Local Policing",
       A, "Use of force data now captured on the app; analysis from Q1 2019.", None, True)],
     "in_sync", "open on both", themes="stop-search")
item("J2", "leg17", AFI, "The force should make sure its analysis of counter-corruption informs "
     "its strategic assessment and control strategy.", "await", [], "missing_from_force",
     "post_status 'private', register awaiting-review; not in the force tracker",
     private=True, themes="misconduct")
item("J3", "leg17", AFI, "The force should specify in succession plans how it intends to "
     "improve diversity across all levels of the force. This should include offering increased "
     "direct-entry opportunities.", "prog",
     [("AFI", "Specify in succession plans how the force will improve diversity at all levels, "
       "incl. increased direct-entry opportunities", "Director of People", G,
       "Succession plan published with Direct Entry Inspector scheme. Complete.",
       dt.date(2018, 9, 26), True)],
     "closeable_submit", "register being-progressed; force GREEN", themes="plan")
item("W1", "eff17", AFI, "The force should improve its understanding of suspects released under "
     "investigation and the management of those released on bail.", "await",
     [("AFI", "Improve understanding of suspects RUI and the management of those released on "
       "bail", "Head of Criminal Justice", A, "RUI review group established.", None, True)],
     "in_sync", "open on both", themes="harm")
item("W2", "eff17", AFI, "The force should make sure it has enough specialist capacity and "
     "capability to investigate online child sexual abuse.", "await",
     [("AFI", "Enough specialist capacity and capability to investigate online child sexual "
       "abuse (POLIT)", "Ch Supt Public Protection", A, "Growth bid for 4 POLIT posts in the "
       "2019/20 budget.", None, True)],
     "conflict", "reference differs: force 'HMICFRS ID' repeats the register number of the row "
     "above (W1); the text is W2's", themes="harm", ref_override="W1")
item("W3", "eff17", AFI, "The force should improve the timeliness of its response to calls for "
     "service involving people with mental ill health.", "prog",
     [("AFI", "Improve timeliness of response to calls involving people with mental ill health",
       "Supt Contact Centre", G, "Street triage extended to 24/7. Complete.",
       dt.date(2018, 10, 5), True)],
     "closeable_submit", "register being-progressed; force GREEN", themes="harm")
item("W4", "eff17", REC, "Within six months the force should improve the supervision of "
     "investigations, so that investigation plans are set, reviewed and recorded and victims "
     "receive a consistently good service.", "await",
     [("Recommendation", "Within 6 months improve the supervison of investigations so that "
       "investigation plans are set, reviewed & recorded and victims recieve a consistently "
       "good service", "Det Ch Supt Force CID", A, "Investigation plan template mandated on "
       "Niche from Nov 2018.", None, False)],
     "in_sync", "open on both", themes="harm")
item("W5", "eff17", AFI, "The force should make sure it consistently uses ancillary orders and "
     "other powers to protect victims of stalking and harassment.", "await", [],
     "missing_from_force", "register awaiting-review; no force row", themes="harm")
item("W6", "eff17", AFI, "The force should develop a problem-solving approach to anti-social "
     "behaviour, working with local communities and partners.", "prog",
     [("AFI", "Develop a problem-solving approach to ASB with local communities & partners",
       "Supt Neighbourhood Policing", B, "OSARA problem-solving embedded in all NPTs. Closed "
       "by force Sept 2018.", None, True)],
     "closeable_submit", "register being-progressed; force BLUE (closed by the force)",
     themes="harm")

# ---- force rows with no register item --------------------------------------------------------
LOCAL_ROWS = [
    # (block, type, text, lead, rag, update, why)
    ("leg14", "AFI", "The force should improve how it works with partner organisations to "
     "safeguard people at risk from hate crime.", "Ch Supt Public Protection", B,
     "Closed by HMIC 2016.", "PEEL legitimacy 2014 AFI the register no longer lists (closed "
     "and dropped); query with HMICFRS"),
    ("cdi14", "Local action", "Force action - Dip-sample 50 domestic abuse crime reports each "
     "quarter and report findings to the Crime Standards Board", "Force Crime Registrar", A,
     "Q2 dip-sample: 46/50 compliant.", "force's own action under the CDI 2014 block"),
    ("eff16", "Local action", "Local action: Task & Finish group to review the domestic abuse "
     "policy and report to the Force Executive Team", "C/Supt Bell", G,
     "Task & Finish group concluded; report to FET 25 July.", "force's own action under the "
     "PEEL Effectiveness 2016 block"),
    ("eff17", "Local action", "JAC action: Refresh the stalking and harassment problem profile "
     "and add it to the control strategy", "Head of Intelligence", A,
     "Analyst allocated.", "force's own action (JAC); not the register's stalking AFI W5, "
     "which asks about ancillary orders"),
    ("cust18", "Recommendation", "The force should make sure officers and staff have the "
     "training they need to identify and respond to people with mental ill health.",
     "Ch Insp Custody", A, "Report received 30/10/2018; action plan being drafted.",
     "from a report published after the register export (not yet on the register)"),
    ("local", "Local action", "Internal audit action: Internal audit of the firearms licensing "
     "governance arrangements (audit plan 2018/19)", "Director of Finance", A,
     "Fieldwork January 2019.", "internal audit action, not an HMICFRS item"),
]

# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B')} {d.year}"


def slugify(title: str) -> str:
    s = title.lower().replace("’", "").replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def rand_day(a: dt.date, b: dt.date) -> dt.date:
    if b <= a:
        return a
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def stamp(d: dt.date) -> str:
    return f"{d.isoformat()} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


FORCE_UPDATES = {
    "D1": "CompletedVictims are now believed at the point of report and the THRIVE script has "
          "been amended. Croimes are now recorded at first contact where described, and online "
          "reports are triaged by the Investigation Management Unit on receipt.",
    "K3": "Force update: all child sexual offence investigations now allocated to PVP teams with "
          "supervisory reviews at 7 and 28 days - complete",
}


def monitor(d: dt.date) -> str:
    return C_MONITOR if d >= dt.date(2017, 7, 19) else C_MONITOR.replace("HMICFRS", "HMIC")


def build_log(it: dict, d0: dt.date) -> tuple[list[tuple[dt.date, str, str]], bool, bool]:
    """Event log (chronological), whether the register holds the item closed, newest-first."""
    kind = it["log"]
    ev = [(d0, "status", "awaiting-review"), (d0 + dt.timedelta(days=1), "comment", C_NEW)]
    end = EXPORT_DAY - dt.timedelta(days=7)
    d1 = rand_day(d0 + dt.timedelta(days=30),
                  min(d0 + dt.timedelta(days=200), end - dt.timedelta(days=60)))
    d2 = rand_day(d1 + dt.timedelta(days=60), end)
    closed = False
    if kind in ("super", "super_complete", "review_super"):
        # the 'subsequently inspected' closures were written in HMIC's time (before July 2017)
        d2 = rand_day(max(d1 + dt.timedelta(days=60), dt.date(2016, 1, 4)), dt.date(2017, 7, 7))
    if kind == "await":
        if rng.random() < 0.4:
            dm = rand_day(d0 + dt.timedelta(days=20), end)
            ev.append((dm, "comment", monitor(dm)))
    elif kind == "prog":
        ev.append((d1, "status", "being-progressed"))
        if rng.random() < 0.5:
            ev.append((d2, "comment", monitor(d2)))
    elif kind in ("complete", "complete_first", "complete_cdi"):
        ev.append((d1, "status", "being-progressed"))
        ev.append((d2, "status", "complete"))
        ev.append((d2, "comment", C_CDI_DONE if kind == "complete_cdi" else C_DONE))
        closed = True
    elif kind == "super":
        ev.append((d1, "status", "being-progressed"))
        ev.append((d2, "comment", C_SUPER_EFC))
        closed = True
    elif kind == "super_complete":
        ev.append((d1, "status", "being-progressed"))
        ev.append((d2, "comment", C_SUPER_EFF))
        ev.append((d2 + dt.timedelta(days=3), "status", "complete"))
        closed = True
    elif kind == "review_super":
        ev.append((d1, "status", "being-progressed"))
        mid = rand_day(d1 + dt.timedelta(days=20), d2 - dt.timedelta(days=20))
        ev.append((mid, "comment", C_REVIEW))
        ev.append((d2, "comment", C_SUPER_EFF))
        closed = True
    elif kind == "review_only":
        ev.append((d1, "status", "being-progressed"))
        ev.append((d2, "comment", C_REVIEW))
    elif kind == "force_update":
        ev.append((d1, "status", "being-progressed"))
        ev.append((d2, "comment", FORCE_UPDATES[it["key"]]))
    else:
        raise ValueError(kind)
    return ev, closed, kind == "complete_first"


def render_log(ev, newest_first: bool, sep: str) -> str:
    parts = [f"[on]{ordinal(d)} [{k}]{v}[/{k}][/on]" for d, k, v in ev]
    if newest_first:  # an editor pasted the closing entries at the top of the log
        parts = parts[-2:] + parts[:-2]
    return sep.join(parts)


def html_text(text: str) -> str:
    """Register body as stored in post_content: paragraphs split by blank lines, bullet lines
    as a TinyMCE list; inline bullets ('•the reasons') left as they are."""
    lines = text.split("\n")
    out: list[str] = []
    bullets: list[str] = []
    for ln in lines:
        if ln.startswith("• "):
            bullets.append(ln[2:])
            continue
        if bullets:
            out.append("<ul>\r\n" + "\r\n".join(f" \t<li>{b}</li>" for b in bullets) + "\r\n</ul>")
            bullets = []
        if ln.strip():
            out.append(ln)
    if bullets:
        out.append("<ul>\r\n" + "\r\n".join(f" \t<li>{b}</li>" for b in bullets) + "\r\n</ul>")
    body = "\r\n\r\n".join(out)
    return body.replace("&", "&amp;").replace("&amp;nbsp;", "&nbsp;")


ABBREV = [
    (r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"), (r"chief constables", "CCs"), (r"Home Office", "HO"),
]

# --------------------------------------------------------------------------------------------
# Build the register export
# --------------------------------------------------------------------------------------------


def build():
    OUT.mkdir(exist_ok=True)
    # register numbers in each block, in item order
    next_id = dict(FIRST_ID)
    for it in ITEMS:
        it["id"] = next_id[it["rep"]]
        next_id[it["rep"]] += rng.choice([1, 1, 1, 2, 3])
    by_key = {it["key"]: it for it in ITEMS}

    slug_counter: dict[str, int] = {}
    posts = []
    for it in ITEMS:
        title, pub, entered, _block = REPORTS[it["rep"]]
        d0 = entered + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2]))
        ev, closed, newest_first = build_log(it, d0)
        it["hm_closed"] = closed
        sep = "\r\n" if rng.random() < 0.3 else ""
        content = ""
        if it["coc"]:
            content += ("<strong>Cause of concern</strong>\r\n\r\n" + html_text(it["coc"])
                        + "\r\n\r\n<strong>Recommendation</strong>\r\n\r\n")
        body = html_text(it["text"])
        if rng.random() < 0.15:
            body = body.replace(". ", ".&nbsp; ", 1)
        content += body + "\r\n\r\n" + render_log(ev, newest_first, sep)
        base = slugify(title)
        n = slug_counter.get(base)
        if n is None:
            n = rng.randint(14, 60)
        n += rng.randint(1, 9)
        slug_counter[base] = n
        last = max(d for d, _, _ in ev)
        modified = last + dt.timedelta(days=rng.choice([0, 0, 0, 5, 40]))
        if modified > EXPORT_DAY:
            modified = EXPORT_DAY
        has_acf_date = entered >= dt.date(2016, 6, 1) and it["key"] not in ("Y2", "W5")
        recent_edit = modified >= dt.date(2018, 6, 1)
        posts.append({
            "post_id": it["id"],
            "post_name": f"{base}-{n}",
            "post_title": title,
            "post_content": content,
            "post_excerpt": it["excerpt"],
            "post_status": "private" if it["private"] else "publish",
            "post_author": "monitoring" if rng.random() < 0.7 else "webteam",
            "post_date": stamp(d0),
            "post_modified": stamp(modified),
            "tax_force": SLUG,
            "tax_recommendation-theme": it["themes"],
            "recommendation_type": it["typ"],
            "_recommendation_type": "field_57d2a9d8e3b50",
            "publication_date": pub.strftime("%Y%m%d") if has_acf_date else "",
            "_publication_date": "field_57d2a9c1e3b4f" if has_acf_date else "",
            "_edit_last": rng.choice(["7", "7", "12", "19"]),
            "_edit_lock": (f"{calendar.timegm((modified.year, modified.month, modified.day, 9, 0, 0))}"
                           f":{rng.choice(['7', '12'])}") if recent_edit else "",
            "_key": it["key"],
            "_sort": (d0, it["id"]),
        })
    # exporter default order: newest post first
    posts.sort(key=lambda p: p["_sort"], reverse=True)
    cols = ["post_id", "post_name", "post_title", "post_content", "post_excerpt", "post_status",
            "post_author", "post_date", "post_modified", "tax_force", "tax_recommendation-theme",
            "recommendation_type", "_recommendation_type", "publication_date",
            "_publication_date", "_edit_last", "_edit_lock"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    hm_row = {}
    for i, p in enumerate(posts):
        w.writerow([p[c] for c in cols])
        hm_row[p["_key"]] = f"hmicfrs.csv!{i + 2}"
    (OUT / "hmicfrs.csv").write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))

    # ---------------------------------------------------------------------------------------
    # Force tracker
    # ---------------------------------------------------------------------------------------
    wb = Workbook()
    ws = wb.active
    ws.title = "HMICFRS Tracker"
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    fills = {G: "92D050", A: "FFC000", R: "FF0000", B: "00B0F0", W: "FFFFFF"}
    ws["A1"] = f"{FORCE} – HMICFRS Recommendations & Areas for Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Organisational Learning. Last updated 27/11/2018 for the Ethics, Transparency "
                "and Audit Panel. RAG key on the 'Key' sheet.")
    ws["A2"].font = Font(italic=True)
    headers = ["No.", "HMICFRS ID", "Type", "Recommendation / Area for Improvement",
               "Lead Officer", "RAG", "Progress update", "Date submitted to HMICFRS"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = box
    widths = [6, 11, 14, 70, 24, 9, 50, 14]
    for c, wd in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + c)].width = wd
    ws.freeze_panes = "A5"

    # order of blocks (publication order), P2 misfiled into eff15
    block_order = ["sas13", "everyone", "austerity", "core", "cdi14", "leg14", "sas15",
                   "picture", "firearms", "efc15", "leg15", "eff15", "ncpi16", "cust16",
                   "efc16", "leg16", "eff16", "cdi17", "stolen", "efc17n", "efc17", "leg17n",
                   "leg17", "eff17", "cust18", "local"]
    rows_by_block: dict[str, list] = {b: [] for b in block_order}
    for it in ITEMS:
        blk = "eff15" if it["key"] == "P2" else it["rep"]
        for fr in it["force"]:
            rows_by_block[blk].append(("item", it, fr))
    for lr in LOCAL_ROWS:
        rows_by_block[lr[0]].append(("local", None, lr))

    truth = []
    r = 5
    no = 0
    for blk in block_order:
        rows = rows_by_block[blk]
        if not rows:
            continue
        title, pub, _entered, name = REPORTS[blk]
        head = name if pub is None else f"{name}  (published {pub.strftime('%d/%m/%Y')})"
        ws.cell(row=r, column=1, value=head).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="D9D9D9")
        r += 1
        for kind, it, fr in rows:
            no += 1
            if kind == "item":
                typ, text, lead, rag, upd, sub, show = fr
                ref = None
                if it["ref_override"]:
                    ref = by_key[it["ref_override"]]["id"]
                elif show:
                    ref = it["id"]
                vals = [no, ref, typ, text, lead, rag, upd, sub]
                truth.append((hm_row[it["key"]], f"HMICFRS Tracker!{r}", it["cat"], it["why"]))
            else:
                _b, typ, text, lead, rag, upd, why = fr
                vals = [no, None, typ, text, lead, rag, upd, None]
                truth.append(("", f"HMICFRS Tracker!{r}", "not_on_hmicfrs_list", why))
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = box
            ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=fills[vals[5]])
            if vals[7] is not None:
                ws.cell(row=r, column=8).number_format = "dd/mm/yyyy"
            r += 1
    for it in ITEMS:
        if not it["force"]:
            truth.append((hm_row[it["key"]], "", it["cat"], it["why"]))

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    legend = [
        (B, "Complete – closed by the force / HMICFRS"),
        (G, "The recommendation is implemented; evidence submitted or ready to submit to "
            "HMICFRS for closure"),
        (A, "Subject to ongoing work and monitoring but is anticipated will be implemented"),
        (R, "Beyond designated deadline or cannot / will not be implemented (rationale "
            "required)"),
        (W, "Not Staffordshire Police's responsibility to deliver or dependent upon another "
            "organisation"),
    ]
    for i, (k, v) in enumerate(legend, 3):
        key.cell(row=i, column=1, value=k).fill = PatternFill("solid", fgColor=fills[k])
        key.cell(row=i, column=2, value=v)
    key.column_dimensions["B"].width = 90

    fixed = dt.datetime(2018, 11, 27, 16, 42, 0)
    wb.properties.creator = "Organisational Learning"
    wb.properties.lastModifiedBy = "Organisational Learning"
    wb.properties.created = fixed
    wb.properties.modified = fixed
    tmp = io.BytesIO()
    wb.save(tmp)
    write_fixed_zip(tmp.getvalue(), OUT / "tracker.xlsx", fixed)

    # truth: HMICFRS rows in file order, then force-only rows
    def sort_key(t):
        hm, fr = t[0], t[1]
        h = int(hm.split("!")[1]) if hm else 10**6
        f = int(fr.split("!")[1]) if fr else 0
        return (h, f)
    truth.sort(key=sort_key)
    tb = io.StringIO()
    tw = csv.writer(tb, lineterminator="\n")
    tw.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for t in truth:
        tw.writerow(t)
    (OUT / "truth.csv").write_text(tb.getvalue(), encoding="utf-8")
    return truth


def write_fixed_zip(data: bytes, path: Path, when: dt.datetime):
    """Rewrite the xlsx zip with fixed entry dates and a fixed docProps/core.xml modified date."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            payload = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                payload = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                                 rb"\g<1>" + when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                                 + rb"\g<2>", payload)
            zi = zipfile.ZipInfo(info.filename, date_time=(2018, 11, 27, 16, 42, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            z.writestr(zi, payload)
    path.write_bytes(out.getvalue())


if __name__ == "__main__":
    t = build()
    from collections import Counter
    print(Counter(x[2] for x in t), len(t))
