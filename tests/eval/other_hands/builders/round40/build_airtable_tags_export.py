"""Build the `airtable_tags_export` evaluation case.

HMICFRS side : hmicfrs.xlsx  (a plain definitive list, title rows above the header)
Force side   : tracker.csv   (an Airtable grid-view CSV export of the force's
                              "Recommendations" table: multi-select tags, linked records,
                              lookups, checkbox, single select, formulas, created/modified)
Truth        : truth.csv

Run:  /work/main/.venv/bin/python build_airtable_tags_export.py
Rebuilds the case byte for byte (fixed seed, fixed workbook metadata, zip timestamps fixed).
Texts: real HMICFRS recommendation wording (Open Government Licence) copied from the casegen
text lists and /work/shared/data/real_recommendations.csv; progress notes, names of records,
local actions are written as a force analyst would.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import re
import string
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

SEED = 20241104
CASE = "airtable_tags_export"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FORCE = "Cumbria Constabulary"
EXPORT_DAY = dt.date(2024, 11, 4)          # day the Airtable view was downloaded
LIST_DAY = dt.date(2024, 10, 31)           # "as at" date of the HMICFRS definitive list
HM_SHEET = "Definitive list"
TR_FILE = "tracker.csv"

rng = random.Random(SEED)

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

# --------------------------------------------------------------------------------------------
# Real HMICFRS texts (verbatim, OGL)
# --------------------------------------------------------------------------------------------
SF_B1 = "• senior leaders prioritise the response to modern slavery and human trafficking;"
SF_B2 = ("• every incident of modern slavery identified to police is allocated appropriate "
         "resources with the skills, experience and capacity to investigate it effectively;")
SF_B3 = ("• forces develop effective partnership arrangements to co-ordinate activity in order "
         "to share information and safeguard victims; and")
SF_B4 = ("• performance and quality assurance measures are in place to allow senior leaders to "
         "assess the nature and quality of the service provided to victims.")
SF_STEM = ("Within twelve months, forces should review their leadership and governance "
           "arrangements for modern slavery and human trafficking, to ensure that:")
SF_LEADERSHIP = "\n".join([SF_STEM, SF_B1, SF_B2, SF_B3, SF_B4])

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
EVERYONE_RUN_ON = (
    "The action plan should be established on the basis of best practice, based on revised "
    "relevant guidance from the College of Policing. To ensure consistency, the College and "
    "the national policing lead on domestic abuse have agreed to provide advice on the areas "
    "that each plan should cover by the end of April 2014.")
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
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed.",
]
CDI_TEXT = CDI_STEM + "\n" + "\n".join("• " + b for b in CDI_BULLETS)
MISSING_KIDS_REC = (
    "To address this cause of concern, HMIC recommends the force should immediately review its "
    "approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.")
MISSING_KIDS_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")
INVESTIGATION_COC = (
    "The force does not have the capacity or capability to investigate crime effectively and "
    "this is affecting the service being provided to the public. There are failings in the "
    "way that crimes are being investigated.")
CUSTODY_CHILDREN = (
    "The force should, in conjunction with children’s social care services, review how it "
    "manages the detention of children. As a minimum it should:• ensure that all children are "
    "only detained when absolutely necessary and for the absolute minimum amount of time;• "
    "ensure that officers and staff in the custody suite assess at an early stage a child’s "
    "need for alternative accommodation (secure or otherwise) and work with children’s social "
    "care services to achieve the most appropriate option for the child;• ensure that custody "
    "staff make a record of all actions taken and decisions made on the relevant "
    "documentation; and• improve the timeliness of adequate appropriate adult support for "
    "children who are arrested.")
CONTROL_ROOM = ("The force should ensure that it has sufficient resources available in the "
                "control room to fulfil its resourcing model, and so to meet its demand, while "
                "also taking into account the wellbeing of its workforce.")

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published, force's Reports-table record name, force's date)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", dt.date(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop & Search 2 (2015)"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "Targeting the Risk, Firearms Licensing 2015"),
    "eff16": ("PEEL: Police effectiveness 2016 – Cumbria Constabulary", dt.date(2017, 3, 2),
              "PEEL Effectiveness 2016"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 2017 (national)"),
    "efc17f": ("PEEL: Police efficiency 2017 – Cumbria Constabulary", dt.date(2017, 11, 9),
               "PEEL Efficiency 2017 – Cumbria"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legitimacy 2017 (national)"),
    "leg17f": ("PEEL: Police legitimacy 2017 – Cumbria Constabulary", dt.date(2017, 12, 12),
               "PEEL Legitimacy 2017 – Cumbria"),
    "ncpi18": ("National child protection inspection 2018 – Cumbria Constabulary",
               dt.date(2018, 6, 19), "NCPI 2018"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Cumbria "
                 "Constabulary", dt.date(2019, 5, 2), "PEEL 2018/19"),
    "cdi19": ("Crime data integrity inspection 2019 – Cumbria Constabulary",
              dt.date(2019, 9, 24), "CDI 2019"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel2122": ("PEEL 2021/22 Police effectiveness, efficiency and legitimacy: An inspection "
                 "of Cumbria Constabulary", dt.date(2022, 5, 20), "PEEL 21/22"),
    "cust22": ("Report on an unannounced inspection visit to police custody suites in Cumbria "
               "2022", dt.date(2022, 8, 16), "Custody 2022"),
    "peel2325": ("PEEL 2023–25 Police effectiveness, efficiency and legitimacy: An inspection "
                 "of Cumbria Constabulary", dt.date(2023, 9, 15), "PEEL 2023-25"),
    # on the force's Reports table only: HMICFRS has closed and removed its items
    "leg16": (None, dt.date(2017, 2, 16), "PEEL Legitimacy 2016"),
}

# --------------------------------------------------------------------------------------------
# HMICFRS items. Each: id, report, ref, type, text, hm status, force spec (or None = missing)
# force spec keys: name, ref (as typed in Airtable), text, tags, status, plus optional
#   report (override link), submitted, note, leads, due, parent
# cat: the truth category for the item (for splits: every line of it)
# --------------------------------------------------------------------------------------------
ITEMS: list[dict] = []


def item(iid, rep, ref, typ, text, hm, cat, why, force=None, splits=None):
    ITEMS.append(dict(id=iid, rep=rep, ref=ref, typ=typ, text=text, hm=hm, cat=cat, why=why,
                      force=force, splits=splits))


def F(name, text, tags, status, ref="", **kw):
    d = dict(name=name, text=text, tags=tags, status=status, ref=ref)
    d.update(kw)
    return d


# ---- national: Stop and search 2013
item("N1", "sas13", 1012, NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "Complete", "in_sync",
     "closed on both: HMICFRS Complete, force Done",
     F("S&S 2013 – R1 APP specification",
       "Chief Constables and the College of Policing should establish in the S&S APP document "
       "a clear specification of what constitutes the effective and fair exercise of stop and "
       "search powers, and guidance in this respect. This should be compliant with the Code of "
       "Practice.", ["National", "Recommendation", '"Stop and search, use of force"'], "Done",
       "1012"))
item("N2", "sas13", 1013, NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance "
     "with the law (including equality legislation and the Code of Practice), and that the "
     "power is used effectively to prevent crime, catch criminals and maintain public trust.",
     "Complete", "in_sync", "closed on both: HMICFRS Complete, force Done",
     F("S&S 2013 – R2 monitoring of stop and search",
       "Chief Constables should establish or improve monitoring of the way officers stop and "
       "search people, so that they can be satisfied their officers are acting in accordance "
       "with the law (including equality legislation and the Code of Practice), and that the "
       "power is used effectively to prevent crime, catch criminals and maintain public trust.",
       ['"Stop and search, use of force"', "National"], "Done", "1013"))
item("N3", "sas13", 1014, NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     "Superseded", "in_sync",
     "closed on both: HMICFRS Superseded, force Archived; same record name as the 2015 item, "
     "told apart by Report link, ref and 'elected local policing bodies'",
     F("Stop and search – community scrutiny",
       "Chief Constables should, in consultation with elected local policing bodies, ensure "
       "that they comply with the code of practice by explaining to the public the way S&S "
       "powers are used in their areas and by making arrangements for S&S records to be "
       "scrutinised by community representatives. This should be done in a way that involves "
       "those people who are stopped and searched, for example, young people.",
       ["National", '"Stop and search, use of force"'], "Archived", "1014",
       note="Archived 14/3/2023 – superseded by the 2015 recommendation (see record of the "
            "same name)."))
# ---- everyone's business
item("N4", "everyone", 2321, NAT, EVERYONE_PLAN, "Superseded", "closeable_local",
     "HMICFRS closed it (Superseded), force still In progress; force pasted the next paragraph "
     "of the report onto the text",
     F("DA – Everyone's Business action plan",
       EVERYONE_PLAN.replace("• ", "- ") + EVERYONE_RUN_ON,
       ["National", "Recommendation", "Vulnerability"], "In progress", "2321",
       note="**12/6/2024** – DA action plan refresh now folded into the VAWG delivery plan. "
            "Still reporting quarterly to the DA Strategic Board.\n**9/1/2024** – Plan "
            "reviewed by DA Strategic Board; minor amendments."))
# ---- austerity
item("N5", "austerity", 2598, NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "Complete", "in_sync", "closed on both: HMICFRS Complete, force Done",
     F("Austerity 2014 – R1 savings plans review",
       "All CCs and PCCs should review their plans to deliver savings to ensure they are doing "
       "all they can to continue to reduce crime and protect the front line while balancing "
       "their budgets. They should use the data and information contained in this report, and "
       "in HMIC's Value for Money profiles, when conducting their reviews",
       ["National", "Finance"], "Done", "2598"))
item("N6", "austerity", 2599, NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.",
     "No further action required", "missing_from_force",
     "on the HMICFRS list (closed, No further action required) but no record in the tracker")
item("N7", "austerity", 2600, NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     "Complete", "in_sync", "closed on both: HMICFRS Complete, force Done",
     F("Austerity 2014 – R3 front line",
       "CCs and PCCs in forces that are planning to reduce the proportion of their workforce "
       "and/or police officers on the front line should assess whether they have taken the "
       "decisive action seen in many forces in order to maintain their crime fighting "
       "capacity.", ["National", "Workforce", "Finance"], "Done", "2600"))
item("N8", "austerity", 2601, NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     "Complete", "closeable_local", "HMICFRS Complete, force still In progress",
     F("Austerity 2014 – R4 collaboration plans",
       "In preparation for the next spending round period all CCs and PCCs should review their "
       "plans for collaboration. In particular they should consider whether there is scope to "
       "deliver better value for money and improved capability and capacity through joint "
       "working with other forces, the public and/or the private sector.",
       ["Finance", "National"], "In progress", ""))
# ---- core business
item("N9", "core", 4822, NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.",
     "Awaiting review", "closeable_submit", "HMICFRS open (Awaiting review), force Done",
     F("Core Business – THR criteria for call handlers",
       "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
       "have not yet done so, should provide call-handlers with specific, sound and "
       "comprehensible criteria against which they can assess threat, harm and risk.",
       ["National", "Recommendation", "Contact management"], "Done", "#4822", submitted=True))
item("N10", "core", 4823, NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Complete", "in_sync",
     "closed on both: HMICFRS Complete, force Done",
     F("Core Business – crime prevention recording",
       "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
       "carried out is systematically recorded and subsequently evaluated to determine the "
       "effectiveness of tactics being employed.", ["National", "Crime data"], "Done", "4823"))
# ---- integrity
item("N11", "integrity", 902, NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Being progressed", "in_sync", "open on both: HMICFRS Being progressed, force In progress",
     F("Integrity Matters – NFA misconduct outcomes",
       "By 31 August 2015, all CCs should satisfy themselves that they have processes in place "
       "to ensure that investigations into misconduct by officers & staff resulting in \"no "
       "further action\" are fair and free of any form of discrimination.",
       ["National", "Counter-corruption", "Recommendation"], "In progress", "902",
       leads=["Head of Professional Standards"]))
# ---- stop and search 2 (2015)
item("N12", "sas15", 3120, NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure "
     "that they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way that "
     "involves those people who are stopped and searched, for example young people.",
     "Being progressed", "closeable_submit",
     "HMICFRS open, force Done; same record name as the 2013 item, told apart by the Report "
     "link (Stop & Search 2 (2015)) and 'police and crime commissioners'",
     F("Stop and search – community scrutiny",
       "Chief constables should, in consultation with PCCs, ensure that they comply with the "
       "Code of Practice by explaining to the public the way S&S powers are used in their "
       "areas and by making arrangements for S&S records to be scrutinised by community "
       "representatives. This should be done in a way that involves those people who are "
       "stopped and searched, for example young people.",
       ['"Stop and search, use of force"', "National", "Recommendation"], "Done", ""))
# ---- building the picture
item("N13", "picture", 3405, NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.", "Complete", "in_sync",
     "closed on both: HMICFRS Complete, force Done",
     F("Building the Picture – MoPI audit scrutiny",
       "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
       "audits of compliance with the APP on information management through the force "
       "information management goverance structure. This should include measures to ensure "
       "that categorisation of records are regularly adjusted.",
       ["National", "Information management"], "Done", "3405"))
# ---- firearms licensing
item("N14", "firearms", 3811, NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete", "in_sync",
     "closed on both: HMICFRS Complete, force Done",
     F("Firearms licensing – R1 governance v APP",
       "Within three months, all CCs should assess how well the governance of firearms "
       "licensing in his or her force meets the standards set out in APP. CCs of forces where "
       "the governance standards are not being complied with should put in place immediately "
       "the correct arrangements and procedures in order to meet the standards in full.",
       ["National", "Firearms licensing"], "Done", "3811"))
item("N15", "firearms", 3812, NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "Being progressed",
     "conflict",
     "timescale disagrees: HMICFRS 'Within three months', force text 'Within six months' "
     "(and a due date to match)",
     F("Firearms licensing – R2 licensing demand",
       "Within six months, all CCs should assess the demand placed on their firearms licensing "
       "department and ensure it has the capacity to meet this demand and provide an efficient "
       "and effective service at all times.", ["National", "Firearms licensing"],
       "In progress", "3812", due_months=6))
item("N16", "firearms", 3813, NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete", "closeable_local", "HMICFRS Complete, force still In progress",
     F("Firearms licensing – R3 total expired records",
       "Immediately, all chief constables should satisfy themselves that all appropriate "
       "action is being taken by their force with regard to 'total expired' licensing records.",
       ["Firearms licensing", "National"], "In progress", "3813"))
item("N17", "firearms", 3814, NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Being progressed", "closeable_submit", "HMICFRS open, force Done (submitted box ticked)",
     F("Firearms licensing – R4 temporary permits",
       "Within three months, all CCs should ensure that their arrangements in respect of the "
       "use of temporary permits are in accordance with the HO guidance; that temporary "
       "permits are properly recorded without delay on the National Firearms Licensing "
       "Management System; and that effective systems exist to ensure certificate holders are "
       "not permitted, at any time, to remain in unlawful possession of a firearm.",
       ["National", "Firearms licensing", "Recommendation"], "Done", "3814 ", submitted=True))
item("N18", "firearms", 3815, NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.", "Complete", "closeable_local",
     "HMICFRS Complete, force still In progress",
     F("Firearms licensing – R5 STORM flags for certificate holders",
       "Within three months, all CCs should ensure that systems designed to identify, prior to "
       "police attendance, whether a reported incident involves or is at the address of a "
       "firearm certificate holder are in place and are always applied by staff dispatching "
       "officers to incidents; and that officers understand the risk assessment which they "
       "should be undertaking in such circumstances, and their power, when appropriate, to "
       "seize firearms and firearm certificates.",
       ["National", "Firearms licensing", "Contact management"], "In progress", "3815",
       leads=["Supt Firearms Licensing", "Supt Contact Centre"]))
# ---- stolen freedom (MSHT)
item("N19", "stolen", 7420, NAT, SF_LEADERSHIP, "Being progressed", "conflict",
     "missing bullet: force text drops the third bullet (partnership arrangements)",
     F("MSHT – leadership & governance review",
       "\n".join([SF_STEM.replace("modern slavery and human trafficking", "MSHT"),
                  SF_B1.replace("• ", "- ").replace(
                      "modern slavery and human trafficking", "MSHT"),
                  SF_B2.replace("• ", "- "), SF_B4.replace("• ", "- ")]),
       ["MSHT", "National", "Leadership"], "In progress", "7420"))
item("N20", "stolen", 7421, NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Complete", "closeable_local", "HMICFRS Complete, force still In progress",
     F("MSHT – information sharing agreements",
       "Within six months, forces should have in place active ISAs with other agencies to "
       "facilitate speedy exchange of intelligence and in order to safeguard victims better "
       "and to identify suspects as early as possible.",
       ["MSHT", "National", "Recommendation"], "In progress", "7421"))
item("N21", "stolen", 7422, NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Being progressed", "closeable_submit", "HMICFRS open, force Done",
     F("MSHT – section 45 defence",
       "Immediately, forces should ensure that all victims carrying out criminal acts under "
       "compulsion attributable to slavery or exploitation are afforded the protection of "
       "early and continuing consideration of the applicability of the section 45 defence.",
       ["MSHT", "National"], "Done", "7422"))
item("N22", "stolen", 7423, NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Being progressed", "in_sync",
     "open on both",
     F("MSHT – NRM compliance & duty to notify",
       "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
       "process as it evolves and are implementing the requirement placed upon them under the "
       "Modern Slavery Act 2015 to notify the HO of any individual suspected to be an adult "
       "victim of MSHT.", ["MSHT", "National", "Recommendation"], "In progress", ""))
item("N23", "stolen", 7424, NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", "Being progressed",
     "in_sync", "open on both",
     F("MSHT – NCRS compliance",
       "Immediately, forces should take steps to ensure they fully comply with NCRS "
       "requirements for offences identified as MSHT and that sufficient audit capacity is "
       "available to the force crime registrar to provide reassurance that each force is "
       "identifying and managing any gaps in its crime-recording accuracy for these types of "
       "offences.", ["MSHT", "Crime data", "National"], "In progress", "7424",
       leads=["Force Crime Registrar"]))
item("N24", "stolen", 7425, NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).", "Complete", "in_sync",
     "closed on both: HMICFRS Complete, force Done",
     F("MSHT – investigation & supervision",
       "Immediately, forces should ensure that allegations or indications of MSHT are "
       "thoroughly investigated and effectively supervised by teams and individuals with the "
       "skills and experience to undertake them (this should include the use where "
       "appropriate of joint intelligence teams and other means to obtain intelligence and "
       "evidence from agencies overseas).", ["MSHT", "National", "Investigation"],
       "Done", "7425"))
item("N25", "stolen", 7426, NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Being progressed", "closeable_submit",
     "HMICFRS open, force Done",
     F("MSHT – STPOs/SROs preventative orders",
       "Immediately, forces should review their use of preventative powers under the Modern "
       "Slavery Act 2015 to ensure that opportunities to restrict the activities of those "
       "deemed to pose a clear threat to others in respect of MSHT offences are exploited.",
       ["MSHT", "National", "Public protection"], "Done", "7426", submitted=True))
# ---- PEEL efficiency 2017 national
item("N26", "efc17", 8210, NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", "Being progressed",
     "closeable_submit",
     "HMICFRS open; force status Archived = the force has finished with it (delivered, "
     "closure not yet sent), so force done",
     F("Digital services plan (PEEL Eff 17)",
       "By September 2018, chief constables should produce an ambitious plan to improve "
       "digitally-enabled services within their force.", ["National", "Digital"], "Archived",
       "8210",
       note="Archived 14/3/2023 on import from the Excel tracker – delivered through the "
            "Digital Policing Strategy 2019–22. Closure evidence not yet sent to HMICFRS."))
# ---- PEEL legitimacy 2017 national (stop and search)
item("N27", "leg17", 8541, COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Being progressed", "in_sync",
     "open on both; type Cause of concern on both (tag)",
     F("S&S disproportionality – cause of concern",
       "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
       "search powers is consistently reasonable and fair. In particular, there is "
       "over-representation of BAME people, and black people in particular, in stop and "
       "search data which many forces are unable to explain.",
       ["Cause of concern", "National", '"Stop and search, use of force"'], "In progress",
       "8541"))
item("N28", "leg17", 8542, NAT, SAS_MONITORING_2017, "Being progressed", "closeable_submit",
     "HMICFRS open, force Done",
     F("S&S data monitoring (PEEL Legit 17)",
       SAS_MONITORING_2017.replace("•", "\n- ").replace(":\n\n- ", ":\n- ")
       .replace("; \n- ", ";\n- ").replace("and \n- ", "and\n- "),
       ["National", '"Stop and search, use of force"', "Recommendation"], "Done", "8542",
       submitted=True))
item("N29", "leg17", 8543, NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", "Complete", "closeable_local", "HMICFRS Complete, force still In progress",
     F("S&S disparity – research & action",
       "Where forces identify disparities through monitoring, they should demonstrate to the "
       "public that they have:\n- carried out research and analysis in an attempt to "
       "understand the reasons for the disparity, and\n- taken action to reduce the "
       "disparity, where necessary;", ['"Stop and search, use of force"', "National"],
       "In progress", "8543"))
item("N30", "leg17", 8544, NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Being progressed", "missing_from_force",
     "on the HMICFRS list (open) but no record in the tracker")
item("N31", "leg17", 8545, NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Being progressed",
     "conflict",
     "reference disagrees: force HMICFRS Ref 8554 (digits transposed; no such item on the "
     "list) against 8545; text identical",
     F("S&S unconscious bias training",
       "By July 2018, and ongoing following that date, forces should ensure that all officers "
       "who use stop and search powers have been provided with, and understand, training on "
       "unconscious bias and College of Policing APP on stop and search.",
       ["National", '"Stop and search, use of force"', "Training"], "In progress", "8554"))
# ---- police powers spotlight 2021
item("N32", "powers", 12207, NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This "
     "should be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", "in_sync", "open on both",
     F("Police powers – communication skills",
       "By July 2022, forces should ensure that officers & staff have effective communication "
       "skills, in line with the National Policing Guidelines on Conflict Management. This "
       "should be in addition to existing training on conflict management and de-escalation.",
       ['"Stop and search, use of force"', "Training", "National"], "In progress", "12207",
       leads=["Head of Learning & Development"]))
item("N33", "powers", 12208, NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Complete", "in_sync",
     "closed on both: HMICFRS Complete, force Done",
     F("Police powers – CPD & BWV debriefs",
       "By July 2021, forces should ensure that communication skills are reinforced as part "
       "of the programme of CPD for officers and staff, and that supervisors are supported to "
       "routinely and frequently debrief officers on these skills using BWV footage.",
       ["National", "Training"], "Done", "12208"))
item("N34", "powers", 12209, NAT, BWV_2021, "Being progressed", "in_sync",
     "open on both; force text holds all three parts as markdown list items",
     F("Police powers – BWV for S&S and use of force",
       "By September 2021, forces should:\n- ensure that officers record on body-worn video "
       "(when this is available) the entirety of all stop and search encounters, including "
       "traffic stops and use of force incidents.\n- have a structured process for regularly "
       "reviewing and monitoring internally a sufficient sample of body-worn video footage to "
       "identify and disseminate learning and hold officers to account when behaviour falls "
       "below acceptable standards.\n- provide external scrutiny panel members with access to "
       "samples of body-worn video footage showing stop and search encounters and use of force "
       "incidents, taking account of the safeguards in the College of Policing’s Authorised "
       "Professional Practice.", ["National", '"Stop and search, use of force"'],
       "In progress", "12209"))
item("N35", "powers", 12210, NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.", "Being progressed", "missing_from_force",
     "on the HMICFRS list (open; addressed to Home Office/NPCC) but the force never tracked it")
item("N36", "powers", 12211, NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Being progressed",
     "closeable_submit", "HMICFRS open, force Done",
     F("Police powers – use of force monitoring",
       "By July 2021, forces should ensure they have effective internal monitoring processes "
       "on the use of force, to help them to identify and understand disproportionate use, "
       "explain the reasons and implement any neccessary improvement action.",
       ['"Stop and search, use of force"', "National", "Recommendation"], "Done", "Ref 12211"))

# ---- PEEL effectiveness 2016 (Cumbria)
item("F1", "eff16", 6731, COC, MISSING_KIDS_COC, "Superseded", "in_sync",
     "closed on both: HMICFRS Superseded, force Archived",
     F("PEEL Eff 16 – CoC missing & absent children", MISSING_KIDS_COC,
       ["Cause of concern", "Vulnerability", "PEEL 2016"], "Archived", "6731",
       note="Archived – HMICFRS superseded by PEEL 2018/19 (letter 3/2019)."))
item("F2", "eff16", 6732, REC, MISSING_KIDS_REC, "Superseded", "closeable_local",
     "HMICFRS closed it (Superseded), force still In progress",
     F("PEEL Eff 16 – missing children recommendation",
       MISSING_KIDS_REC.replace("• ", "- "),
       ["Recommendation", "Vulnerability", "PEEL 2016"], "In progress", "6732",
       leads=["Ch Supt Public Protection"]))
item("F3", "eff16", 6733, AFI,
     "The force should improve its understanding of the nature and scale of child sexual "
     "exploitation in its area.", "Complete", "in_sync",
     "closed on both: HMICFRS Complete, force Done",
     F("PEEL Eff 16 – AFI CSE problem profile",
       "The force should improve its understanding of the nature and scale of CSE in its area.",
       ["AFI", "PEEL 2016", "Vulnerability"], "Done", ""))
item("F4", "eff16", 6734, AFI,
     "The force should take steps to ensure that there is effective supervision of the initial "
     "risk assessment process, specifically in relation to the completion of DASH risk "
     "assessment in appropriate cases.", "Complete", "closeable_local",
     "HMICFRS Complete, force still In progress",
     F("PEEL Eff 16 – AFI DASH supervision",
       "The force should take steps to ensure that there is effective supervison of the "
       "initial risk assessment process, specifically in relation to the completion of DASH "
       "risk assessment in appropriate cases.", ["PEEL 2016", "AFI", "Vulnerability"],
       "In progress", "6734"))
# ---- PEEL efficiency 2017 (Cumbria)
item("F5", "efc17f", 8190, AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use "
     "of its resources by matching them to demand to meet the needs of the public.",
     "Complete", "in_sync", "closed on both: HMICFRS Complete, force Done",
     F("PEEL Eff 17 – AFI demand understanding",
       "The force should undertake further work to gain a fuller understanding of current "
       "demand for its services, and likely future changes in demand.",
       ["AFI", "Workforce"], "Done", "8190"))
item("F6", "efc17f", 8191, AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs.", "Complete", "in_sync", "closed on both: HMICFRS Complete, force Done",
     F("PEEL Eff 17 – AFI outcomes, outputs & costs",
       "The force should develop its understanding of the links between its outcomes, outputs "
       "and costs.", ["AFI", "Finance"], "Done", "8191"))
item("F7", "efc17f", 8192, AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", "Being progressed",
     "closeable_submit", "HMICFRS open, force Done",
     F("PEEL Eff 17 – AFI workforce plan",
       "The force should develop a future workforce plan that is aligned with its overall "
       "demand and budget. The plan should include future resource allocations, the mix of "
       "skills required by the workforce and behaviours expected of them.",
       ["Workforce", "AFI"], "Done", "8192", leads=["Director of People"]))
# ---- PEEL legitimacy 2017 (Cumbria)
item("F8", "leg17f", 8560, AFI,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines.", "Complete", "closeable_local",
     "HMICFRS Complete, force still In progress",
     F("PEEL Legit 17 – AFI vetting backlog",
       "The force should ensure all staff have received at least the lowest level of vetting "
       "clearance for their roles as quickly as possible, working to clear both the vetting "
       "backlog and new vetting renewals when they become due so that it complies fully with "
       "the national vetting guidelines.", ["AFI", "Counter-corruption", "Workforce"],
       "In progress", "8560", leads=["Head of Professional Standards"]))
item("F9", "leg17f", 8561, AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", "Being progressed", "in_sync", "open on both",
     F("PEEL Legit 17 – AFI team cultures",
       "The force should put plans in place to monitor, including through the gathering and "
       "analysis of staff feedback, team cultures and provide prompt remedial action for any "
       "issues it identifies.", ["AFI", "Workforce", "Leadership"], "In progress", "8561"))
# ---- NCPI 2018
item("F10", "ncpi18", 9034, REC,
     "Within six months the force should improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.", "Complete", "in_sync",
     "closed on both: HMICFRS Complete, force Done",
     F("NCPI 2018 – R1 CSE partnership safeguarding",
       "Within six months the force should improve how it works with partner organisations to "
       "safeguard people at risk from CSE.", ["NCPI", "Recommendation", "Vulnerability"],
       "Done", "9034"))
item("F11", "ncpi18", 9035, REC,
     "Within three months, the force should make sure officers and staff have the training "
     "they need to identify and respond to online child sexual abuse.", "Being progressed",
     "in_sync", "open on both",
     F("NCPI 2018 – R2 online CSA training",
       "Within three months, the force should make sure officers & staff have the training "
       "they need to identify and respond to online child sexual abuse.",
       ["NCPI", "Training", "Vulnerability"], "In progress", "9035"))
item("F12", "ncpi18", 9036, REC,
     "Within six months the force should improve how it gathers, assesses and acts on "
     "intelligence about child sexual exploitation.", "Being progressed", "missing_from_force",
     "on the HMICFRS list (open) but no record in the tracker")
# ---- PEEL 2018/19
item("F13", "peel1819", 9822, REC,
     "HMIC recommends that the force should immediately: conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them; and", "Complete", "in_sync",
     "closed on both: HMICFRS Complete, force Done; same ask recurs as PEEL 2023-25 CoC R2",
     F("PEEL 18/19 – R1 investigative workload review",
       "HMIC recommends that the force should immediately: conduct a review of officers' "
       "capabilities and capacity to manage their investigative workload, to better understand "
       "investigative demand and the pressures placed upon them; and",
       ["PEEL 18/19", "Recommendation", "Investigation"], "Done", "9822"))
item("F14", "peel1819", 9823, REC,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded.", "Complete", "closeable_local",
     "HMICFRS Complete, force still In progress",
     F("PEEL 18/19 – R2 supervision of investigations",
       "HMIC recommends that within six months the force should: ensure regular and active "
       "supervision of the quality and progress of investigations. This supervision should be "
       "properly recorded.", ["PEEL 18/19", "Investigation"], "In progress", "9823"))
item("F15", "peel1819", 9824, REC,
     "HMIC recommends that within six months the force should: improve its ability to retrieve "
     "digital evidence from mobile phones, computers and other electronic devices quickly "
     "enough to ensure investigations are not delayed.", "Being progressed", "in_sync",
     "open on both",
     F("PEEL 18/19 – R3 digital forensics backlog",
       "HMIC recommends that within six months the force should: improve its ability to "
       "retrieve digital evidence from mobile phones, computers and other electronic devices "
       "quickly enough to ensure investigations are not delayed.",
       ["Digital", "PEEL 18/19", "Recommendation", "Investigation"], "In progress", "9824"))
item("F16", "peel1819", 9825, REC,
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail.",
     "Being progressed", "closeable_submit", "HMICFRS open, force Done",
     F("PEEL 18/19 – R4 RUI and bail",
       "HMIC recommends that within six months the force should: improve its understanding of "
       "suspects RUI and the management of those released on bail.",
       ["PEEL 18/19", "Recommendation", "Criminal justice"], "Done", "9825",
       leads=["Head of Criminal Justice"]))
item("F17", "peel1819", 9826, AFI,
     "The force should make sure the corporate risk register is actively used to mitigate and "
     "manage known risks.", "No further action required", "in_sync",
     "closed on both: HMICFRS No further action required, force Archived",
     F("PEEL 18/19 – AFI corporate risk register",
       "The force should make sure the corporate risk register is actively used to mitigate "
       "and manage known risks.", ["PEEL 18/19", "AFI", "Leadership"], "Archived", "9826"))
# ---- CDI 2019 (bulleted recommendation split one record per bullet)
item("F18", "cdi19", 10412, REC, CDI_TEXT, "Being progressed", "closeable_submit",
     "HMICFRS open; the force split the recommendation into one record per bullet, all Done",
     splits=[F(f"CDI 2019 R1({letter}) – {short}", f"{CDI_STEM} {b}",
               ["CDI", "Recommendation", "Crime data"], "Done", "10412",
               leads=["Force Crime Registrar"],
               note=f"Bullet ({letter}) of CDI recommendation 1 – one record per bullet. "
                    f"**{{done}}** – Complete; FCR audit found compliance above 90%.")
             for letter, short, b in zip("abcde",
                                         ["victims believed", "incident log summaries",
                                          "multiple crimes recorded", "no waiting for ABE/medical",
                                          "online reports triaged"], CDI_BULLETS)])
item("F19", "cdi19", 10413, AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.", "Being progressed", "in_sync", "open on both",
     F("CDI 2019 – AFI RASSO recording",
       "The force should make sure it records reports of rape and serious sexual offences "
       "accurately and without delay.", ["CDI", "AFI", "Crime data"], "In progress", "10413"))
item("F20", "cdi19", 10414, AFI,
     "The force should revise its approach to cautions, cannabis warning and penalty notices "
     "for disorder to ensure that there is a clear and auditable explanation to the offender "
     "of the implications of receiving the warning and that, for victim-based crimes, there is "
     "a clear and auditable record that views of the victim are considered prior to their "
     "issue.", "Complete", "in_sync", "closed on both: HMICFRS Complete, force Done",
     F("CDI 2019 – AFI out of court disposals",
       "The force should revise its approach to cautions, cannabis warning and penalty notices "
       "for disorder to ensure that there is a clear and auditable explanation to the offender "
       "of the implications of receiving the warning and that, for victim-based crimes, there "
       "is a clear and auditable record that views of the victim are considered prior to their "
       "issue.", ["AFI", "CDI", "Criminal justice"], "Done", "10414"))
# ---- PEEL 2021/22
item("F21", "peel2122", 14502, AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "people with mental ill health.", "Complete", "in_sync",
     "closed on both: HMICFRS Complete, force Done",
     F("PEEL 21/22 – AFI mental health call response",
       "The force should improve the timeliness of its response to calls for service involving "
       "people with mental ill health.", ["PEEL 21/22", "AFI", "Contact management"], "Done",
       "14502"))
item("F22", "peel2122", 14503, AFI,
     "The force should make sure victims of stalking and harassment are kept informed about "
     "the progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Being progressed", "conflict",
     "type disagrees: HMICFRS Area for improvement, force tags it Recommendation",
     F("PEEL 21/22 – stalking victims updates (VCOP)",
       "The force should make sure victims of stalking and harassment are kept informed about "
       "the progress of their case, in line with the Code of Practice for Victims of Crime.",
       ["PEEL 21/22", "Recommendation", "Vulnerability"], "In progress", ""))
item("F23", "peel2122", 14504, AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of domestic abuse.", "Complete", "closeable_local",
     "HMICFRS Complete, force still In progress",
     F("PEEL 21/22 – AFI DA ancillary orders",
       "The force should make sure it consistently uses ancillary orders and other powers to "
       "protect victims of DA.", ["AFI", "PEEL 21/22", "Vulnerability"], "In progress",
       "14504"))
item("F24", "peel2122", 14505, AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to violence against women and girls.", "Being progressed",
     "closeable_submit", "HMICFRS open, force Done",
     F("PEEL 21/22 – AFI VAWG performance framework",
       "The force should make sure its performance framework gives senior leaders a clear "
       "picture of its response to violence against women and girls.",
       ["PEEL 21/22", "AFI", "Vulnerability", "Leadership"], "Done", ""))
item("F25", "peel2122", 14506, AFI,
     "The force should improve its understanding of the nature and scale of fraud in its "
     "area.", "Being progressed", "in_sync",
     "open on both; same template as the PEEL 2023-25 county lines AFI, different topic",
     F("PEEL 21/22 – AFI fraud profile",
       "The force should improve its understanding of the nature and scale of fraud in its "
       "area.", ["PEEL 21/22", "AFI", "Economic crime"], "In progress", ""))
item("F26", "peel2122", 14507, AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to hate crime.", "Complete", "in_sync",
     "closed on both: HMICFRS Complete, force Done",
     F("PEEL 21/22 – AFI hate crime training",
       "The force should make sure officers and staff have the training they need to identify "
       "and respond to hate crime.", ["PEEL 21/22", "AFI", "Training"], "Done", "14507"))
item("F27", "peel2122", 14508, AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", "Being progressed", "in_sync",
     "open on both (force Status left empty = not done)",
     F("PEEL 21/22 – AFI workforce E&D data",
       "The force should review how it gathers and uses equality and diversity data to improve "
       "its understanding of its workforce demographics.", ["PEEL 21/22", "Workforce"], "",
       ""))
item("F28", "peel2122", 14509, AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns "
     "and that staff are aware of whistleblowing processes.", "Complete", "in_sync",
     "closed on both: HMICFRS Complete, force Done",
     F("PEEL 21/22 – AFI confidential reporting",
       "The force should make sure it provides a confidential way for staff to raise concerns "
       "and that staff are aware of whistleblowing processes.",
       ["PEEL 21/22", "AFI", "Counter-corruption"], "Done", "14509"))
# ---- custody 2022
item("F29c", "cust22", 14118, REC, CUSTODY_CHILDREN, "Being progressed", "in_sync",
     "open on both", F("Custody 2022 – detention of children",
                       CUSTODY_CHILDREN.replace(":• ", ":\n- ").replace(";• ", ";\n- ")
                       .replace("and• ", "and\n- "),
                       ["Custody", "Recommendation", "Criminal justice"], "In progress",
                       "14118", leads=["Ch Insp Custody"]))
# ---- PEEL 2023-25
item("F30", "peel2325", 16880, COC, INVESTIGATION_COC, "Being progressed", "in_sync",
     "open on both; Cause of concern on both (tag)",
     F("PEEL 23 – CoC investigation capacity & capability", INVESTIGATION_COC,
       ["PEEL 2023", "Cause of concern", "Investigation"], "In progress", "16880",
       leads=["ACC Crime", "Det Ch Supt Force CID"]))
PARENT_NAME = "PEEL 23 CoC R1 – supervision of investigations"
item("F31", "peel2325", 16881, REC,
     "Within six months, the force should improve the supervision of investigations, so that "
     "investigation plans are set, reviewed and recorded and victims receive a consistently "
     "good service.", "Being progressed", "in_sync",
     "open on both; the force tracks it as a parent record plus three action records linked "
     "to it by 'Parent item' (tagged Local action, no ref) = one row per action",
     splits=[
         F(PARENT_NAME,
           "Within six months, the force should improve the supervision of investigations, so "
           "that investigation plans are set, reviewed and recorded and victims receive a "
           "consistently good service.", ["PEEL 2023", "Recommendation", "Investigation"],
           "In progress", "16881", leads=["Det Ch Supt Force CID"]),
         F("Investigation supervision – monthly dip sample",
           "Dip-sample 50 volume crime investigations a month for supervisory review; results "
           "to Crime Standards Board.", ["PEEL 2023", "Local action", "Investigation"],
           "In progress", "", parent=PARENT_NAME, created_late=True),
         F("Niche investigation plan template",
           "Build a mandatory investigation plan template into Niche RMS and brief all "
           "sergeants on its use.", ["Local action", "Investigation", "Digital"],
           "In progress", "", parent=PARENT_NAME, created_late=True),
         F("Sergeants' investigation supervision training",
           "Deliver refresher training on investigation supervision to all response and CID "
           "sergeants.", ["Local action", "Training", "PEEL 2023"], "Not started", "",
           parent=PARENT_NAME, created_late=True),
     ])
item("F32", "peel2325", 16882, REC,
     "Within six months, the force should conduct a review of officers’ capabilities and "
     "capacity to manage their investigative workload, to better understand investigative "
     "demand and the pressures placed upon them.", "Being progressed", "in_sync",
     "open on both; same ask as PEEL 2018/19 R1 (closed on both) - told apart by report, stem, "
     "status",
     F("PEEL 23 CoC R2 – investigative workload review",
       "Within six months, the force should conduct a review of officers’ capabilities and "
       "capacity to manage their investigative workload, to better understand investigative "
       "demand and the pressures placed upon them.",
       ["PEEL 2023", "Recommendation", "Investigation"], "In progress", ""))
item("F33", "peel2325", 16883, AFI,
     "The force should improve its understanding of the nature and scale of county lines drug "
     "dealing in its area.", "Being progressed", "in_sync",
     "open on both; same template as the PEEL 21/22 fraud AFI, different topic",
     F("PEEL 23 – AFI county lines profile",
       "The force should improve its understanding of the nature and scale of county lines "
       "drug dealing in its area.", ["PEEL 2023", "AFI", "Serious & organised crime"],
       "In progress", ""))
item("F34", "peel2325", 16884, AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.",
     "Being progressed", "missing_from_force",
     "on the HMICFRS list (open) but no record in the tracker")
item("F35", "peel2325", 16885, AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from honour-based abuse.", "Being progressed", "in_sync",
     "open on both (force Not started)",
     F("PEEL 23 – AFI HBA partnership safeguarding",
       "The force should improve how it works with partner organisations to safeguard people "
       "at risk from honour-based abuse.", ["PEEL 2023", "AFI", "Vulnerability"],
       "Not started", ""))
item("F36", "peel2325", 16886, AFI,
     "The force should make sure its analysis of serious and organised crime informs its "
     "strategic assessment and control strategy.", "Being progressed", "in_sync",
     "open on both",
     F("PEEL 23 – AFI SOC strategic assessment",
       "The force should make sure its analysis of SOC informs its strategic assessment and "
       "control strategy.", ["PEEL 2023", "AFI", "Serious & organised crime"], "In progress",
       "16886", leads=["Head of Intelligence"]))
item("F37", "peel2325", 16887, AFI,
     "The force should evaluate its work to prevent knife crime and share what works across "
     "the force.", "Being progressed", "conflict",
     "report/date disagree: HMICFRS PEEL 2023-25 (15/09/2023), force linked to and tagged "
     "PEEL 21/22 (published lookup 20/5/2022)",
     F("PEEL 21/22 – AFI knife crime prevention evaluation",
       "The force should evaluate its work to prevent knife crime and share what works across "
       "the force.", ["PEEL 21/22", "AFI", "Serious & organised crime"], "In progress", "",
       report="peel2122", created_late=True))
item("F38", "peel2325", 16888, AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", "Being progressed", "closeable_submit",
     "HMICFRS open, force Done",
     F("PEEL 23 – AFI online CSA capacity",
       "The force should make sure it has enough specialist capacity and capability to "
       "investigate online child sexual abuse.", ["PEEL 2023", "AFI", "Vulnerability"], "Done",
       "16888", submitted=True))
item("F39", "peel2325", 16889, AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "anti-social behaviour.", "Being progressed", "in_sync", "open on both",
     F("PEEL 23 – AFI ASB call response",
       "The force should improve the timeliness of its response to calls for service involving "
       "anti-social behaviour.", ["PEEL 2023", "AFI", "Contact management"], "In progress",
       "16889"))
item("F40", "peel2325", 16890, AFI,
     "The force should develop a problem-solving approach to neighbourhood crime, working with "
     "local communities and partners.", "Being progressed", "in_sync",
     "open on both (force Status left empty = not done)",
     F("PEEL 23 – AFI neighbourhood problem solving",
       "The force should develop a problem-solving approach to neighbourhood crime, working "
       "with local communities and partners.", ["PEEL 2023", "Neighbourhoods"], "", ""))
item("F41", "peel2325", 16891, AFI, CONTROL_ROOM, "Being progressed", "in_sync", "open on both",
     F("PEEL 23 – AFI control room resourcing", CONTROL_ROOM,
       ["PEEL 2023", "AFI", "Contact management", "Wellbeing"], "In progress", "16891",
       leads=["Supt Contact Centre"]))
item("F42", "peel2325", 16892, AFI,
     "The force should make sure victims of residential burglary are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Being progressed", "missing_from_force",
     "on the HMICFRS list (open) but no record in the tracker")

# --------------------------------------------------------------------------------------------
# Force-only records (not on the HMICFRS list)
# --------------------------------------------------------------------------------------------
OLD_NAME = "PEEL Legit 16 – AFI hate crime recording"
LOCALS = [
    ("L1", F("DA crime recording dip sample",
             "Dip-sample 50 domestic abuse crime reports each quarter and report findings to "
             "the Crime Standards Board.", ["Local action", "Crime data"], "In progress", "",
             leads=["Force Crime Registrar"]),
     "force's own local action (tag Local action, no ref, no parent link)", "imported"),
    ("L6", F(OLD_NAME,
             "The force should make sure it records reports of hate crime accurately and "
             "without delay.", ["AFI", "Crime data", "PEEL 2016"], "In progress", "7105",
             report="leg16"),
     "PEEL Legitimacy 2016 AFI that HMICFRS no longer lists (ref 7105 not on the list); same "
     "template as CDI 2019 RASSO AFI but different topic and report", "imported"),
    ("L2", F("VAWG measures in Force Performance pack",
             "Add violence against women and girls measures to the monthly Force Performance "
             "pack.", ["JAC", "Local action"], "Done", ""),
     "force's own local action (JAC), not an HMICFRS item", "late"),
    ("L7", F("Hate crime flag audit",
             "Quarterly audit of hate crime qualifier flags on Niche against STORM incident "
             "openings; findings to Hate Crime Scrutiny Panel.", ["Local action", "Crime data"],
             "In progress", "", parent=OLD_NAME),
     "action linked (Parent item) to the PEEL Legitimacy 2016 record, which is itself not on "
     "the HMICFRS list", "late"),
    ("L3", F("Counter-corruption governance audit",
             "Internal audit of the counter-corruption governance arrangements (audit plan "
             "2023/24).", ["Internal audit", "Counter-corruption"], "In progress", "",
             leads=["Head of Professional Standards"]),
     "internal audit action, not an HMICFRS item", "late"),
    ("L4", F("Stalking SPOC in each LPA",
             "Appoint a single point of contact for stalking and harassment in each local "
             "policing area.", ["Local action", "Vulnerability"], "Archived", "",
             note="SPOCs in post in all three LPAs. Archived – no longer tracked."),
     "force's own local action (Archived), not an HMICFRS item; near the PEEL 21/22 stalking "
     "AFI but a different ask", "late"),
    ("L5", F("County lines problem profile refresh",
             "Refresh the county lines drug dealing problem profile and add it to the control "
             "strategy.", ["Local action", "Serious & organised crime"], "Not started", ""),
     "force's own local action, no parent link; related to but not the PEEL 2023-25 county "
     "lines AFI", "late"),
]

# --------------------------------------------------------------------------------------------
# Force furniture
# --------------------------------------------------------------------------------------------
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
         "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
         "Supt Contact Centre", "Head of Learning & Development", "Ch Insp Custody",
         "Head of Information Management", "DCC", "Director of Finance",
         "Supt Firearms Licensing"]
THEME_LEAD = {
    "Stop and search, use of force": "ACC Local Policing", "Firearms licensing":
    "Supt Firearms Licensing", "MSHT": "Det Ch Supt Force CID", "Vulnerability":
    "Ch Supt Public Protection", "Crime data": "Force Crime Registrar", "Workforce":
    "Director of People", "Finance": "Director of Finance", "Counter-corruption":
    "Head of Professional Standards", "Training": "Head of Learning & Development",
    "Contact management": "Supt Contact Centre", "Investigation": "Det Ch Supt Force CID",
    "Information management": "Head of Information Management", "Digital":
    "Head of Corporate Development", "Leadership": "DCC", "Criminal justice":
    "Head of Criminal Justice", "Custody": "Ch Insp Custody", "Serious & organised crime":
    "Head of Intelligence", "Economic crime": "Det Ch Supt Force CID", "Public protection":
    "Ch Supt Public Protection", "Neighbourhoods": "ACC Local Policing", "Wellbeing":
    "Director of People", "JAC": "Head of Corporate Development",
}
PEOPLE = ["Jo Harper", "Sam Okafor", "Priya Nandra", "Gareth Dixon"]
OPEN_NOTES = [
    "**{d}** – Task & Finish group set up under {lead}. Draft action plan to Force Improvement "
    "Board next month.",
    "**{d}** – Policy rewrite under way; consultation with Federation and Unison closes end of "
    "month.\n**{d0}** – Allocated to {lead}.",
    "Work undertaken in area but still requires development to complete.",
    "**{d}** – JAC update: slipped because of the Niche upgrade. Revised date agreed with DCC.",
    "**{d}** – Progress report to Force Improvement Board. Two of four actions complete.",
    "",
    "**{d}** – Awaiting allocation.",
]
NEW_NOTES = [
    "**{d}** – Awaiting allocation.",
    "",
    "**{d}** – Allocated to {lead}; scoping meeting booked.",
]
DONE_NOTES = [
    "**{d}** – Complete. Closure pack signed off by {lead}; evidence attached.",
    "**{d}** – All actions complete, evidence on SharePoint. Ready to go to HMICFRS.",
    "Complete – verified at Force Improvement Board {d}.",
    "**{d}** – Complete.\n**{d0}** – Final action (briefing) delivered.",
]
SUBMITTED_NOTE = ("**{d}** – Closure evidence submitted to HMICFRS via the force liaison lead. "
                  "Awaiting HMICFRS decision.")
ARCHIVED_NOTE = "Archived {d} – closed by HMICFRS."


def eu_date(d: dt.date) -> str:
    return f"{d.day}/{d.month}/{d.year}"


def eu_dt(t: dt.datetime) -> str:
    h = t.hour % 12 or 12
    return f"{t.day}/{t.month}/{t.year} {h}:{t.minute:02d}{'am' if t.hour < 12 else 'pm'}"


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    return dt.date(d.year + y, mo + 1, min(d.day, 28))


def rec_id() -> str:
    return "rec" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(14))


def hexs(n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def due_for(text: str, pub: dt.date, months_override=None) -> dt.date | None:
    t = text.lower()
    if months_override:
        return add_months(pub, months_override)
    for word, m in (("three months", 3), ("six months", 6), ("twelve months", 12)):
        if word in t:
            return add_months(pub, m)
    if "immediately" in t:
        return add_months(pub, 1)
    for mon, num in (("september 2018", (2018, 9, 30)), ("july 2018", (2018, 7, 31)),
                     ("july 2021", (2021, 7, 31)), ("july 2022", (2022, 7, 31)),
                     ("september 2021", (2021, 9, 30)), ("31 march 2015", (2015, 3, 31)),
                     ("31 august 2015", (2015, 8, 31)), ("30 november 2015", (2015, 11, 30)),
                     ("september 2014", (2014, 9, 30))):
        if mon in t:
            return dt.date(*num)
    return None


# --------------------------------------------------------------------------------------------
# Build the HMICFRS workbook
# --------------------------------------------------------------------------------------------
HM_COMMENTS = {
    "Complete": "This recommendation is complete",
    "Superseded": ("This area of activity has subsequently been inspected in HMIC's PEEL "
                   "Effectiveness inspections. Where a cause of concern still exists this will "
                   "appear in the register against these subsequent inspections."),
    "No further action required": "No further action required.",
    "Awaiting review": ("The status of this recommendation is currently being reviewed by HMIC "
                        "and will be updated when this review is complete."),
    "Being progressed": ("The progress of the implementation of this recommendation is "
                         "currently being monitored by HMICFRS and this record will, in due "
                         "course, be updated."),
}


def build_hmicfrs() -> dict[str, str]:
    wb = Workbook()
    ws = wb.active
    ws.title = HM_SHEET
    ws["A1"] = f"HMICFRS recommendations, causes of concern and areas for improvement – {FORCE}"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = f"Definitive list as at {LIST_DAY.day} October {LIST_DAY.year}"
    headers = ["Ref", "Report", "Published", "Type", "Recommendation / AFI text", "Status",
               "Status date", "HMICFRS comment"]
    ws.append([])
    ws.append(headers)
    for c in ws[4]:
        c.font = Font(bold=True)
    rows = {}
    order = sorted(ITEMS, key=lambda it: (REPORTS[it["rep"]][1], it["ref"]))
    for it in order:
        title, pub, _ = REPORTS[it["rep"]]
        closed = it["hm"] in ("Complete", "Superseded", "No further action required")
        sdate = (dt.date(2019 + rng.randrange(0, 5), rng.randrange(1, 13), rng.randrange(1, 28))
                 if closed else dt.date(2024, rng.randrange(1, 10), rng.randrange(1, 28)))
        if sdate < pub:
            sdate = add_months(pub, 14)
        ws.append([it["ref"], title, pub, it["typ"], it["text"], it["hm"], sdate,
                   HM_COMMENTS[it["hm"]]])
        r = ws.max_row
        for col in ("C", "G"):
            ws[f"{col}{r}"].number_format = "dd/mm/yyyy"
        ws[f"E{r}"].alignment = Alignment(wrap_text=True, vertical="top")
        rows[it["id"]] = f"{HM_SHEET}!{r}"
    for col, w in zip("ABCDEFGH", (8, 45, 12, 24, 90, 18, 12, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.properties.creator = "HMICFRS"
    fixed = dt.datetime(2024, 10, 31, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    path = os.path.join(OUT, "hmicfrs.xlsx")
    buf = io.BytesIO()
    wb.save(buf)
    write_fixed_zip(buf.getvalue(), path, fixed)
    return rows


def write_fixed_zip(data: bytes, path: str, when: dt.datetime) -> None:
    """Re-pack the xlsx with fixed timestamps so the build is byte-for-byte repeatable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":   # openpyxl stamps "modified" = now
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                              + rb"\g<2>", body)
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, body)


# --------------------------------------------------------------------------------------------
# Build the Airtable export
# --------------------------------------------------------------------------------------------
COLUMNS = ["Name", "No.", "HMICFRS Ref", "Recommendation text", "Tags", "Report",
           "Published (from Report)", "Lead", "Status", "Submitted to HMICFRS", "% complete",
           "Due date", "RAG", "Days open", "Progress update", "Evidence", "Parent item",
           "Created", "Created by", "Last modified", "Last modified by", "Record ID"]

IMPORT_TIME = dt.datetime(2023, 3, 14, 10, 42)
EXPORT_NOW = dt.datetime(2024, 11, 4, 14, 5)


def quote_link(name: str) -> str:
    return f'"{name}"' if "," in name else name


def build_tracker() -> list[tuple[str, str, str, str]]:
    """Returns truth lines (hmicfrs_id, force_row, category, why) for force rows."""
    # assemble records in creation order: (created, spec, hm item, truth tuple)
    recs = []
    imported, late = [], []
    for it in ITEMS:
        specs = it["splits"] or ([it["force"]] if it["force"] else [])
        for s in specs:
            entry = (s, it)
            pub = REPORTS[it["rep"]][1]
            if s.get("created_late") or pub > IMPORT_TIME.date():
                late.append(entry)
            else:
                imported.append(entry)
    for lid, s, why, when in LOCALS:
        entry = (s, dict(id=None, rep=s.get("report"), cat="not_on_hmicfrs_list", why=why))
        (imported if when == "imported" else late).append(entry)
    # imported records keep the old Excel order (report publication order); local L1 and the
    # old PEEL 2016 record sat at the bottom of the Excel sheet
    def pub_of(e):
        s, it = e
        rep = s.get("report") or it["rep"]
        return REPORTS[rep][1] if rep else dt.date(2100, 1, 1)
    imported.sort(key=lambda e: (e[1]["id"] is None, pub_of(e)))
    # late records get their own creation times, after publication
    for e in imported:
        recs.append((IMPORT_TIME, e))
    t0 = dt.datetime(2023, 3, 20, 9, 0)
    late_times = []
    for e in late:
        s, it = e
        rep = s.get("report") or it.get("rep")
        if it["id"] is not None and REPORTS[it["rep"]][1] > IMPORT_TIME.date():
            base = dt.datetime.combine(REPORTS[it["rep"]][1], dt.time(9, 0)) + dt.timedelta(
                days=rng.randrange(10, 40))
        else:
            base = t0 + dt.timedelta(days=rng.randrange(0, 560))
        if s.get("parent") == PARENT_NAME:
            base = dt.datetime(2024, 1, 16, 9, 0) + dt.timedelta(days=rng.randrange(0, 5))
        if it["id"] == "F37":
            base = dt.datetime(2023, 10, 30, 9, 0)
        if s.get("parent") == OLD_NAME:
            base = dt.datetime(2023, 6, 7, 9, 0)
        base += dt.timedelta(minutes=rng.randrange(0, 480))
        late_times.append((base, e))
    # two blank records (someone pressed + at the bottom of the grid)
    blanks = [dt.datetime(2023, 11, 2, 15, 17), dt.datetime(2024, 9, 26, 11, 3)]
    late_times += [(b, None) for b in blanks]
    late_times.sort(key=lambda x: x[0])
    recs += late_times

    out_rows = []
    truth = []
    autonum = 0
    for created, e in recs:
        autonum += 1
        if rng.random() < 0.08:
            autonum += rng.randrange(1, 4)   # deleted records leave gaps
        by = "Jo Harper" if created == IMPORT_TIME else rng.choice(PEOPLE)
        if e is None:   # blank record: only computed fields
            row = {c: "" for c in COLUMNS}
            row.update({"No.": str(autonum), "RAG": "Amber",
                        "Days open": str((EXPORT_NOW.date() - created.date()).days),
                        "Created": eu_dt(created), "Created by": by,
                        "Last modified": eu_dt(created), "Last modified by": by,
                        "Record ID": rec_id()})
            out_rows.append(row)
            continue
        s, it = e
        rep_key = s.get("report") or it.get("rep")
        if rep_key:
            rep_name, rep_pub = REPORTS[rep_key][2], REPORTS[rep_key][1]
        else:   # the force's own actions link to no report
            rep_name, rep_pub = "", None
        status = s["status"]
        done = status in ("Done", "Archived")
        if s.get("leads"):
            leads = s["leads"]
        else:   # the owner follows the theme tag, as the People table was set up
            themed = [THEME_LEAD[t.strip('"')] for t in s["tags"] if t.strip('"') in THEME_LEAD]
            leads = themed[:1] or ["ACC Local Policing"]
            if len(themed) > 1 and themed[1] != themed[0] and rng.random() < 0.25:
                leads = themed[:2]
        lead = leads[0]
        if rep_pub:
            due = due_for(s["text"], rep_pub, s.get("due_months"))
            if due is None and rng.random() < 0.6:
                due = add_months(rep_pub, rng.choice([6, 9, 12, 18]))
        else:
            due = add_months(created.date(), rng.choice([3, 6])) if rng.random() < 0.7 else None
        modified = created + dt.timedelta(days=rng.randrange(5, 400), minutes=rng.randrange(600))
        if modified > EXPORT_NOW:
            modified = EXPORT_NOW - dt.timedelta(days=rng.randrange(1, 20), minutes=37)
        d = eu_date(modified.date())
        d0 = eu_date((modified - dt.timedelta(days=rng.randrange(30, 200))).date())
        if s.get("note"):
            note = s["note"].replace("{done}", d)
        elif status == "Archived":
            note = ARCHIVED_NOTE.format(d=d)
        elif done and s.get("submitted"):
            note = SUBMITTED_NOTE.format(d=d)
        elif done:
            note = rng.choice(DONE_NOTES).format(d=d, d0=d0, lead=lead)
        elif status in ("", "Not started"):
            note = rng.choice(NEW_NOTES).format(d=d, d0=d0, lead=lead)
        else:
            note = rng.choice(OPEN_NOTES).format(d=d, d0=d0, lead=lead)
        if status == "Done":
            pct = "100%"
        elif status == "In progress":
            pct = f"{rng.choice([10, 25, 40, 50, 60, 75, 80])}%"
        elif status == "Not started":
            pct = "0%"
        else:
            pct = ""
        if status in ("Done", "Archived"):
            rag = "Green"
        elif due and due < EXPORT_NOW.date():
            rag = "Red"
        else:
            rag = "Amber"
        evidence = ""
        if status == "Done" and rng.random() < 0.6:
            files = [f"Closure_pack_{(s['ref'].strip().lstrip('#').replace('Ref ', '') or 'local')}.pdf"]
            if rng.random() < 0.3:
                files.append(rng.choice(["FIB_minutes_extract.docx", "Policy_v3_signed.pdf",
                                         "Dip_sample_results.xlsx", "Briefing_slides.pptx"]))
            evidence = ", ".join(f"{f} (https://dl.airtable.com/.attachments/{hexs(32)}/"
                                 f"{hexs(8)}/{f})" for f in files)
        row = {
            "Name": s["name"], "No.": str(autonum), "HMICFRS Ref": s["ref"],
            "Recommendation text": s["text"], "Tags": ", ".join(s["tags"]),
            "Report": quote_link(rep_name),
            "Published (from Report)": eu_date(rep_pub) if rep_pub else "",
            "Lead": ", ".join(leads), "Status": status,
            "Submitted to HMICFRS": "checked" if s.get("submitted") else "",
            "% complete": pct, "Due date": eu_date(due) if due else "", "RAG": rag,
            "Days open": str((EXPORT_NOW.date() - created.date()).days),
            "Progress update": note, "Evidence": evidence,
            "Parent item": s.get("parent", ""),
            "Created": eu_dt(created), "Created by": by,
            "Last modified": eu_dt(modified), "Last modified by": rng.choice(PEOPLE),
            "Record ID": rec_id(),
        }
        out_rows.append(row)
        truth.append((it["id"], f"{TR_FILE}!{len(out_rows) + 1}", it["cat"], it["why"]))
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\r\n")
    w.writeheader()
    for r in out_rows:
        w.writerow(r)
    with open(os.path.join(OUT, TR_FILE), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(buf.getvalue())
    return truth, len(out_rows)


def main() -> None:
    os.makedirs(OUT, exist_ok=True)
    hm_rows = build_hmicfrs()
    tr_truth, n_records = build_tracker()
    lines = []
    seen = set()
    for iid, frow, cat, why in tr_truth:
        hrow = hm_rows[iid] if iid else ""
        if iid:
            seen.add(iid)
        lines.append((hrow, frow, cat, why))
    for it in ITEMS:
        if it["id"] not in seen:
            assert it["cat"] == "missing_from_force", it["id"]
            lines.append((hm_rows[it["id"]], "", it["cat"], it["why"]))

    def key(line):
        h, f = line[0], line[1]
        return (int(h.split("!")[1]) if h else 10_000, int(f.split("!")[1]) if f else 0)
    lines.sort(key=key)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    counts = {}
    for l in lines:
        counts[l[2]] = counts.get(l[2], 0) + 1
    print("HMICFRS items:", len(ITEMS), " tracker records:", n_records, " truth lines:",
          len(lines))
    print(counts)


if __name__ == "__main__":
    main()
