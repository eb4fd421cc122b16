"""Build the evaluation case `reports_lookup_portal` (round 59, lookuplike).

HMICFRS side: a relational portal export. Sheet "Recommendations" carries each item with only
its ReportId (children of a cause of concern carry only a ParentId); sheet "Reports" is the
lookup of titles and publication dates; sheet "Guide" says which status values are open and
which closed. Force side: an ordinary tracker naming reports in its own words.

Run: /work/main/.venv/bin/python build_reports_lookup_portal.py
Texts: real public HMICFRS wording (OGL), copied from the project's text lists and
/work/shared/data/real_recommendations.csv. Progress notes and summaries are written here.
"""
from __future__ import annotations

import csv
import datetime as dt
import os
import random
import zipfile
import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

SEED = 5921
rnd = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
CASE = os.path.join(HERE, "reports_lookup_portal")
FORCE = "Cheshire Constabulary"

# --------------------------------------------------------------------------- real texts
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
    "to the victim or the wider public are identified and appropriately managed.")
CHILD_DETENTION = (
    "Within six months Cheshire Constabulary should, in conjunction with children’s social "
    "care services, review how it manages the detention of children. As a minimum it should:"
    "• ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;• ensure that officers and staff in the custody suite "
    "assess at an early stage a child’s need for alternative accommodation (secure or "
    "otherwise) and work with children’s social care services to achieve the most appropriate "
    "option for the child;• ensure that custody staff make a record of all actions taken and "
    "decisions made on the relevant documentation; and• improve the timeliness of adequate "
    "appropriate adult support for children who are arrested.")
MISSING_CHILDREN = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.")
CAUSE_CAPACITY = (
    "The force does not have the capacity or capability to investigate crime effectively and "
    "this is affecting the service being provided to the public. There are failings in the "
    "way that crimes are being investigated.")
CAUSE_DASH = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed.")
COC_SAS = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
    "search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain.")

# --------------------------------------------------------------------------- reports lookup
# key: (ReportId, title, publication date, report type, how the id is stored on Reports)
REPORTS = {
    "sas13": (1012, "Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Thematic (all forces)", "int"),
    "everyone": (1187, "Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Thematic (all forces)", "int"),
    "core": (1456, "Core Business: an inspection into crime prevention, police attendance and "
             "the use of police time", dt.date(2014, 9, 4), "Thematic (all forces)", "text"),
    "integrity": (1498, "Integrity matters: An inspection of arrangements to ensure integrity "
                  "and to provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), "Thematic (all forces)", "int"),
    "ncpi15": (1560, "National child protection inspection – Cheshire Constabulary",
               dt.date(2015, 6, 25), "Force inspection", "int"),
    "picture": (1551, "Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Thematic (all forces)", "int"),
    "firearms": (1603, "Targeting the risk: An inspection of the efficiency and effectiveness "
                 "of firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "Thematic (all forces)", "text "),
    "leg16": (2188, "PEEL: Police legitimacy 2016 – Cheshire Constabulary",
              dt.date(2016, 12, 8), "PEEL", "int"),
    "stolen": (2210, "Stolen freedom: the policing response to modern slavery and human "
               "trafficking", dt.date(2017, 10, 24), "Thematic (all forces)", "int"),
    "efc17": (2291, "PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL national overview", "int"),
    "leg17": (2305, "PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL national overview", "text"),
    "leg17f": (2340, "PEEL: Police legitimacy 2017 – Cheshire Constabulary",
               dt.date(2017, 12, 12), "PEEL", "int"),
    "peel19": (2790, "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Cheshire "
               "Constabulary", dt.date(2019, 5, 2), "PEEL", "int"),
    "ncpi19": (2866, "National child protection inspection – Cheshire Constabulary",
               dt.date(2019, 6, 20), "Force inspection", "int"),
    "cdi19": (3105, "Crime data integrity inspection 2019 – Cheshire Constabulary",
              dt.date(2019, 9, 12), "Force inspection", "text "),
    "powers": (3212, "Disproportionate use of police powers: A spotlight on stop and search "
               "and the use of force", dt.date(2021, 2, 26), "Thematic (all forces)", "int"),
    "state23": (3690, "State of Policing: The Annual Assessment of Policing in England and "
                "Wales 2022", dt.date(2023, 6, 30), "Annual assessment", "int"),
    "peel22": (3377, "PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Cheshire "
               "Constabulary", dt.date(2022, 5, 19), "PEEL", "int"),
    "peel24": (3899, "PEEL: Police effectiveness, efficiency and legitimacy 2023/2025 – "
               "Cheshire Constabulary", dt.date(2024, 4, 11), "PEEL", "int"),
}

# Force's own names for the reports: (banner text, Report cell, Published cell)
FORCE_REPORT = {
    "sas13": ("Stop & Search powers (HMIC 2013)", "S&S 2013", "Jul-13"),
    "everyone": ("Domestic abuse - Everyone's business (Mar 2014)", "Everyone's Business",
                 dt.date(2014, 3, 27)),
    "core": ("Core business (Sept 2014)", "Core Business 2014", "Sep 2014"),
    "integrity": ("Integrity Matters 2015", "Integrity Matters", dt.date(2015, 1, 30)),
    "ncpi15": ("NCPI 2015 – National Child Protection Inspection", "NCPI 2015", "Jun-15"),
    "picture": ("Information management (Building the Picture)", "Building the Picture",
                "Jul 2015"),
    "firearms": ("Targeting the Risk (Firearms Licensing) 2015", "Firearms licensing 2015",
                 dt.date(2015, 9, 15)),
    "leg16": ("PEEL Legitimacy 2016", "PEEL Legit 16", "Dec-16"),
    "stolen": ("Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
               "published 24 October 2017", "Stolen Freedom (MSHT) 2017", dt.date(2017, 10, 24)),
    "efc17": ("PEEL Efficiency 2017 - national", "PEEL Efficiency 17 (all forces)", "Nov-17"),
    "leg17": ("PEEL Legitimacy 2017 - national (stop and search)", "PEEL Legit 17 S&S",
              dt.date(2017, 12, 12)),
    "leg17f": ("PEEL Legitimacy 2017 - Cheshire", "PEEL Legitimacy 2017", dt.date(2017, 12, 12)),
    "peel19": ("PEEL 2018/19 (IPLE)", "PEEL 2018/19", "May 2019"),
    "ncpi19": ("NCPI 2019 re-inspection", "NCPI 2019", "Jun-19"),
    "cdi19": ("Crime Data Integrity 2019", "CDI 2019", dt.date(2019, 9, 12)),
    "powers": ("Police powers spotlight (Feb 21)", "Police powers spotlight", "Feb 2021"),
    "peel22": ("PEEL 2021/22", "PEEL 21/22", "May-22"),
    "peel24": ("PEEL 2023-25", "PEEL 2023-25", dt.date(2024, 4, 11)),
}

NREC, REC, AFI, COC = "NREC", "REC", "AFI", "COC"

# --------------------------------------------------------------------------- the items
# Each item: key, report key, type code, text, HMICFRS status, parent key (or None),
# force spec: None (not tracked) or dict(rag=..., text=..., split=[(text, rag), ...],
# type=..., ref=True/False/int, report=(override report key for the Report/Published cells),
# group=(report group the row sits under)), category, why.
ITEMS: list[dict] = []


def item(key, rep, typ, text, status, force, cat, why, parent=None):
    ITEMS.append(dict(key=key, rep=rep, typ=typ, text=text, status=status, force=force,
                      cat=cat, why=why, parent=parent))


def F(rag, text=None, **kw):
    d = dict(rag=rag, text=text)
    d.update(kw)
    return d


# sas13
item("A1", "sas13", NREC,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "Complete",
     F("Green", "CCs & CoP to set out in the S&S APP what effective & fair use of S&S looks like "
          "(Code of Practice compliant)."), "in_sync", "closed on both; Complete vs Green")
item("A2", "sas13", NREC,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.", "Complete",
     F("Amber", "Establish / improve monitoring of how officers stop and search people so we are "
                "satisfied they act lawfully (incl. equality legislation & Code of Practice) and "
                "the power is used effectively."),
     "closeable_local", "HMICFRS Complete (closed), force still Amber")
item("A3", "sas13", NREC,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     "No further action",
     F("Blue", "In consultation with the PCC, explain to the public how S&S powers are used and "
               "arrange for S&S records to be scrutinised by community reps (involve young "
               "people)."), "in_sync", "closed on both; 'No further action' is closed per Guide, "
     "force Blue")
# everyone
item("B1", "everyone", NREC, EVERYONE_PLAN, "Superseded",
     F("Amber", "Publish a DA action plan setting out steps to improve our approach to DA, "
                "developed with the PCC, DA support organisations & victims' reps, after "
                "considering all report recs, DHRs/IPCC findings and CPS panels/MARAC "
                "self-assessments."), "closeable_local", "HMICFRS Superseded (closed), force Amber")
# core
item("C1", "core", NREC,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", "Complete",
     F("Green", "By 31 Mar 2015 give call-handlers specific, sound & comprehensible THRIVE/threat, "
                "harm & risk criteria."), "in_sync", "closed on both")
item("C2", "core", NREC,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Being progressed",
     F("Green", "By 31 March 2015 ensure crime prevention / disruption activity is systematically "
                "recorded and evaluated for effectiveness of tactics.", ref=True),
     "closeable_submit", "HMICFRS open (Being progressed), force Green")
# ncpi15
item("F1", "ncpi15", REC, CHILD_DETENTION, "Being progressed",
     F("Amber", split=[
         ("Detention of children (with CSC) (a): children only detained when absolutely "
          "necessary and for the absolute minimum time", "Amber"),
         ("Detention of children (with CSC) (b): custody staff assess early a child's need for "
          "alternative accommodation (secure or otherwise) and work with CSC on the most "
          "appropriate option", "Amber"),
         ("Detention of children (with CSC) (c): custody staff record all actions and decisions "
          "on the relevant documentation", "Amber"),
         ("Detention of children (with CSC) (d): improve timeliness of appropriate adult support "
          "for children who are arrested", "Amber")], ref=True),
     "in_sync", "split one row per bullet, all four bullets tracked; open on both (Being "
     "progressed / Amber)")
item("F2", "ncpi15", REC, MISSING_CHILDREN, "Complete",
     F("Green", "Review approach to missing children reports: call takers use missing/absent "
                "category correctly; call takers & frontline staff can identify CSE risk factors; "
                "supervisors oversee missing person enquiries and direct timely investigation & "
                "safeguarding."), "in_sync", "closed on both")
item("F3", "ncpi15", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.", "Complete",
     F("Amber", None, ref=True), "closeable_local", "HMICFRS Complete, force Amber")
# firearms
item("G1", "firearms", NREC,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete",
     F("Green", "Assess firearms licensing governance against APP (within 3 months); put correct "
                "arrangements in place where not compliant."), "in_sync", "closed on both")
item("G2", "firearms", NREC,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "Complete",
     F("Amber", "Within 3 months assess demand on the FLD and ensure it has capacity to meet it "
                "and provide an efficient & effective service at all times.", ref=True),
     "closeable_local", "HMICFRS Complete, force Amber")
item("G3", "firearms", NREC,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Being progressed",
     F("Amber", "Immediately satisfy ourselves all appropriate action is taken on 'total expired' "
                "licensing records."), "in_sync", "open on both")
item("G4", "firearms", NREC,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Evidence submitted",
     F("Blue", "Temporary permits: in line with HO guidance, recorded without delay on NFLMS, and "
               "systems so certificate holders are never in unlawful possession of a firearm.",
       ref=True), "closeable_submit",
     "'Evidence submitted' is OPEN per Guide (HMICFRS has not assessed it); force Blue = done")
item("G5", "firearms", NREC,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", "Being progressed", None,
     "missing_from_force", "not in the tracker (the firearms block has only four rows)")
# leg16
item("H1", "leg16", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", "Complete",
     F("Green", None), "in_sync", "closed on both")
item("H2", "leg16", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns "
     "and that staff are aware of whistleblowing processes.", "Superseded",
     F("Amber", "Provide a confidential route for staff to raise concerns; raise awareness of "
                "whistleblowing processes.", ref=True), "closeable_local",
     "HMICFRS Superseded (closed), force Amber")
item("H3", "leg16", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", "Complete",
     F("Blue", None), "in_sync", "closed on both")
# stolen
item("I1", "stolen", NREC, SF_LEADERSHIP, "Being progressed",
     F("Green", split=[
         ("MSHT leadership & governance review (12 months): senior leaders prioritise the "
          "response to MSHT", "Green"),
         ("MSHT leadership & governance review: every MS incident allocated appropriate "
          "resources with the skills, experience & capacity to investigate", "Green"),
         ("MSHT leadership & governance review: effective partnership arrangements to share "
          "information and safeguard victims", "Green"),
         ("MSHT leadership & governance review: performance & QA measures so senior leaders can "
          "assess the service to victims", "Green")], ref=True),
     "closeable_submit", "split one row per bullet, all four tracked and Green; HMICFRS open")
item("I2", "stolen", NREC,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Being progressed",
     F("Amber", "Within 12 months have active ISAs in place with other agencies for speedy "
                "exchange of intelligence, to safeguard victims better and identify suspects "
                "early."), "conflict",
     "timescale differs: HMICFRS 'Within six months' vs force 'Within 12 months' (86 is a "
     "footnote digit)")
item("I3", "stolen", NREC,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.", "Complete",
     F("Green", "Section 45 defence considered early and throughout for victims compelled to "
                "commit crime.", ref=True), "in_sync", "closed on both")
item("I4", "stolen", NREC,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Awaiting review",
     F("Amber", "Full compliance with the NRM process & duty to notify the HO of suspected adult "
                "victims of MSHT (MSA 2015)."), "in_sync", "open on both")
item("I5", "stolen", NREC,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", "Being progressed",
     F("Green", "NCRS compliance for MSHT offences; FCR audit capacity to identify gaps in "
                "crime-recording accuracy.", ref=True), "closeable_submit",
     "HMICFRS open, force Green")
item("I6", "stolen", NREC,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).", "Complete",
     F("Amber", "MSHT allegations thoroughly investigated and supervised by skilled teams (incl. "
                "JITs / overseas intelligence where appropriate)."), "closeable_local",
     "HMICFRS Complete, force Amber")
item("I7", "stolen", NREC,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "No further action",
     F("Red", "Review use of MSA 2015 preventative orders (STPOs/STROs)."), "closeable_local",
     "HMICFRS 'No further action' (closed per Guide), force Red")
# efc17
item("J1", "efc17", NREC,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", "Being progressed",
     F("Amber", "By Sept 2018 produce an ambitious plan to improve digitally-enabled services "
                "(Digital Policing Strategy)."), "in_sync", "open on both")
# leg17 national: cause of concern and its children (children carry no ReportId)
item("K1", "leg17", COC, COC_SAS, "Being progressed",
     F("Amber", "Cause for concern: force cannot demonstrate S&S use is consistently reasonable "
                "& fair; over-representation of BAME (esp. black) people not explained.",
       type="Cause for Concern", ref=True), "in_sync", "open on both")
item("K2", "leg17", NREC, SAS_MONITORING_2017, "Being progressed",
     F("Green", "By July 2018 regularly monitor S&S data to understand disproportionality, find "
                "rates by ethnicity and search type, and possession-only drug searches vs "
                "priorities."), "closeable_submit",
     "report known through ParentId (row has no ReportId); HMICFRS open, force Green",
     parent="K1")
item("K3", "leg17", NREC,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", "Being progressed",
     F("Amber", "Where disparities found, show the public the research/analysis done and action "
                "taken to reduce them."), "in_sync",
     "report via ParentId; open on both", parent="K1")
item("K4", "leg17", NREC,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Complete",
     F("Green", "Publish the S&S analysis & actions annually from July 2018.", ref=True),
     "in_sync", "report via ParentId; closed on both", parent="K1")
item("K5", "leg17", NREC,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Evidence submitted",
     F("Blue", "All S&S officers trained on unconscious bias & CoP APP on S&S (by July 2018 and "
               "ongoing)."), "closeable_submit",
     "report via ParentId; 'Evidence submitted' open per Guide, force Blue", parent="K1")
# leg17f (Cheshire, same publication date as the national overview)
item("L1", "leg17f", AFI,
     "The force should review the support available for those who have raised concerns and "
     "take any action needed to make sure these provisions are suitable.", "Being progressed",
     F("Amber", None, ref=True), "in_sync", "open on both")
item("L2", "leg17f", AFI,
     "The force should make sure it provides accessible information for all staff and members "
     "of the public on how they can raise concerns and access confidential support (including "
     "through external agencies).", "Complete",
     F("Green", None), "in_sync", "closed on both")
item("L3", "leg17f", AFI,
     "The force should specify in succession plans how it intends to improve diversity across "
     "all levels of the force. This should include offering increased direct-entry "
     "opportunities.", "Being progressed",
     F("Green", "Succession plans to say how diversity will improve at all levels, incl. more "
                "direct-entry opportunities.", ref=True), "closeable_submit",
     "HMICFRS open, force Green")
# peel19
item("M1", "peel19", AFI,
     "The force should ensure regular and active supervision of the quality and progress of "
     "investigations. This supervision should be properly recorded.", "Complete",
     F("Green", None, ref=True), "in_sync", "closed on both")
item("M2", "peel19", AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.", "Being progressed",
     F("Amber", "Improve speed of digital evidence retrieval (phones, computers, devices) so "
                "investigations are not delayed.", ref=True), "in_sync", "open on both")
item("M3", "peel19", AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", "Being progressed",
     F("Green", "Improve understanding of RUI suspects and management of those on bail.",
       ref="M2"), "conflict",
     "force row's HMICFRS ID {id:M2} is the ID of {row:M2} (copied down from the row above); "
     "its text is item {id:M3}'s, so pair by text: reference disagrees")
item("M4", "peel19", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public.", "Complete",
     F("Amber", "Fuller understanding of current & future demand to match resources to demand "
                "(FMS)."), "closeable_local", "HMICFRS Complete, force Amber")
item("M5", "peel19", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", "Awaiting review",
     F("Amber", "Future workforce plan aligned to demand & budget (resource allocation, skills "
                "mix, behaviours).", ref=True), "in_sync", "open on both")
# ncpi19 (same title as ncpi15 on the Reports sheet)
item("N1", "ncpi19", REC,
     "Within six months, the force should make sure investigations of child sexual exploitation "
     "are allocated to officers with the right skills and are effectively supervised.",
     "Being progressed",
     F("Amber", "Within 6 months: CSE investigations allocated to officers with the right skills "
                "and effectively supervised.", group="ncpi15"), "conflict",
     "report differs: HMICFRS ReportId 2866 = NCPI published 20/06/2019; force files it under "
     "NCPI 2015 (Jun-15). The two Reports rows share a title")
item("N2", "ncpi19", REC,
     "Within three months, the force should make sure it records reports of missing children "
     "accurately and without delay.", "Complete",
     F("Green", "Within 3 months record missing children reports accurately & without delay.",
       ref=True), "in_sync", "closed on both")
item("N3", "ncpi19", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about online "
     "child sexual abuse.", "Being progressed",
     F("Amber", None), "in_sync", "open on both")
# cdi19
item("O1", "cdi19", REC, CDI_VICTIMS, "Being progressed",
     F("Amber", "Within six months put arrangements in place so that:\n- victims are believed at "
                "the point of report;\n- call handler conversations are summarised accurately in "
                "the incident log;\n- multiple crimes are always recorded;\n- crime-recording "
                "decisions are not delayed awaiting medical examinations or video interviews.",
       ref=True), "conflict",
     "bullet missing: force text omits the fifth bullet (online reports triaged at receipt)")
item("O2", "cdi19", REC,
     "Immediately, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.", "Complete",
     F("Green", None, ref=True), "in_sync", "closed on both")
item("O3", "cdi19", AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", "Being progressed", None,
     "missing_from_force", "not in the tracker")
# powers
item("P1", "powers", NREC,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed",
     F("Amber", "By July 2022 officers & staff to have effective communication skills (National "
                "Policing Guidelines on Conflict Management)."), "in_sync", "open on both")
item("P2", "powers", NREC,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Complete",
     F("Amber", "By July 2021 reinforce communication skills through CPD; supervisors debrief "
                "officers using BWV.", ref=True), "closeable_local",
     "HMICFRS Complete, force Amber")
item("P3", "powers", NREC, BWV_2021, "Being progressed",
     F("Green", "By Sept 2021: (1) BWV records whole of every S&S encounter incl. traffic stops & "
                "use of force; (2) structured internal review of a sample of BWV footage; (3) "
                "scrutiny panel access to BWV samples (CoP APP safeguards)."),
     "closeable_submit", "HMICFRS open, force Green; all three parts in the force text")
item("P4", "powers", NREC,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.", "Awaiting review",
     F("White", "HO & NPCC: quality of use-of-force-in-S&S data sufficient for publication. Not "
                "for Cheshire to deliver.", ref=True), "closeable_submit",
     "HMICFRS open; force WHITE = done per its key (not the force's to deliver)")
item("P5", "powers", NREC,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Reopened",
     F("Amber", "By July 2021 effective internal monitoring of use of force to identify, "
                "understand & explain disproportionality."), "in_sync",
     "'Reopened' is OPEN per Guide; force Amber")
# peel22: cause of concern (not tracked) and its children (no ReportId)
item("Q1", "peel22", COC, CAUSE_CAPACITY, "Being progressed", None, "missing_from_force",
     "cause of concern not tracked: force tracks only its two recommendations")
item("Q2", "peel22", REC,
     "HMICFRS recommends that the force should immediately:improve the supervision of "
     "investigations, so that investigation plans are set, reviewed and recorded and victims "
     "receive a consistently good service; and", "Being progressed",
     F("Amber", "Improve supervision of investigations: plans set, reviewed & recorded; victims "
                "get a consistently good service (immediate).", ref=True), "in_sync",
     "report via ParentId; open on both", parent="Q1")
item("Q3", "peel22", REC,
     "Within six months the force should make sure it has enough specialist capacity and "
     "capability to investigate rape and serious sexual offences.", "Evidence submitted",
     F("Green", "Within six months: enough specialist capacity & capability to investigate RASSO."),
     "closeable_submit", "report via ParentId; Evidence submitted = open; force Green",
     parent="Q1")
item("Q4", "peel22", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "vulnerable adults.", "Complete",
     F("Amber", None, ref=True), "closeable_local", "HMICFRS Complete, force Amber")
item("Q5", "peel22", AFI,
     "The force should make sure victims of domestic abuse are kept informed about the progress "
     "of their case, in line with the Code of Practice for Victims of Crime.",
     "Being progressed",
     F("Amber", "Keep DA victims updated on case progress in line with the Victims' Code.",
       type="Rec", ref=True), "conflict",
     "type differs: HMICFRS AFI, force Type column says Rec")
item("Q6", "peel22", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.", "Being progressed",
     F("Green", None), "closeable_submit", "HMICFRS open, force Green")
item("Q7", "peel22", AFI,
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce.", "Being progressed",
     F("Amber", "Control room resourcing to meet resourcing model/demand while protecting staff "
                "wellbeing.", ref=True), "in_sync", "open on both")
item("Q8", "peel22", AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "county lines drug dealing.", "Complete",
     F("Green", None), "in_sync", "closed on both")
# peel24: cause of concern tracked, one of its children not
item("R1", "peel24", COC, CAUSE_DASH, "Awaiting review",
     F("Red", "CAUSE FOR CONCERN - DA: discretion on DASH completion; DASH not consistently "
              "completed where policy requires; some DA victims not appropriately risk-assessed.",
       type="Cause for Concern"), "in_sync", "open on both (Awaiting review / Red)")
item("R2", "peel24", REC,
     "Immediately, the force should take steps to ensure that there is effective supervision of "
     "the initial risk assessment process, specifically in relation to the completion of DASH "
     "risk assessment in appropriate cases.", "Awaiting review",
     F("Amber", "Effective supervision of initial DASH risk assessment process (immediate).",
       ref=True), "in_sync", "report via ParentId; open on both", parent="R1")
item("R3", "peel24", REC,
     "Within three months, the force should cease the practice of conducting domestic abuse "
     "risk assessments over the telephone and dealing with domestic abuse in the resolution "
     "centre.", "Awaiting review", None, "missing_from_force",
     "not in the tracker (report via ParentId)", parent="R1")
item("R4", "peel24", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", "Awaiting review",
     F("Amber", None), "in_sync", "open on both")
item("R5", "peel24", AFI,
     "The force should make sure its analysis of serious and organised crime informs its "
     "strategic assessment and control strategy.", "Awaiting review",
     F("Amber", "SOC analysis to inform the strategic assessment & control strategy."),
     "in_sync", "open on both")
item("R6", "peel24", AFI,
     "The force should improve its understanding of the nature and scale of violence against "
     "women and girls in its area.", "Awaiting review",
     F("Red", "Improve understanding of nature & scale of VAWG in Cheshire.", ref=True),
     "in_sync", "open on both")
item("R7", "peel24", AFI,
     "The force should make sure officers and staff have the training they need to identify and "
     "respond to people with mental ill health.", "Awaiting review",
     F("Amber", None), "in_sync", "open on both")
item("R8", "peel24", AFI,
     "The force should develop a problem-solving approach to anti-social behaviour, working "
     "with local communities and partners.", "Awaiting review", None, "missing_from_force",
     "not in the tracker")
item("R9", "peel24", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "repeat victims.", "Awaiting review", None, "missing_from_force", "not in the tracker")

# Force-only rows: (group report key, position after item key or None for end, spec, why)
FORCE_ONLY = [
    ("integrity", None, dict(
        type="National Rec", rag="Green",
        text="By 31 August 2015 satisfy ourselves that misconduct investigations ending in 'no "
             "further action' are fair and free of any discrimination.",
        ref=None), "Integrity Matters item: the report is on the Reports sheet but none of its "
                   "items is on the list"),
    ("picture", None, dict(
        type="National Rec", rag="Amber",
        text="By 30 Nov 2015 put arrangements in place to scrutinise audits of compliance with "
             "the APP on information management through the force IM governance structure.",
        ref=None), "Building the Picture item: not on the HMICFRS list"),
    ("peel19", "M5", dict(
        type="Local action", rag="Amber",
        text="Local action: Dip-sample 50 domestic abuse crime reports each quarter and report "
             "findings to the Crime Standards Board", ref=None),
     "force's own local action under the PEEL 2018/19 block"),
    ("peel22", "Q6", dict(
        type="Local action", rag="Green",
        text="Force improvement plan: Add stalking and harassment measures to the monthly Force "
             "Performance pack", ref=None),
     "force's own local action under the PEEL 21/22 block"),
    ("peel24", "R2", dict(
        type="Local action", rag="Amber",
        text="Task & Finish group to review the domestic abuse policy and report to the Force "
             "Executive Team", ref=None),
     "force's own local action under the PEEL 2023-25 block (sits next to the DA cause of "
     "concern)"),
]

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
         "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
         "Supt Contact Centre", "Head of Learning & Development", "Ch Insp Custody", "DCC",
         "Supt Firearms Licensing"]
PROG_OPEN = [
    "A Task & Finish group has been set up and a full implementation/project plan, policy "
    "rewrite and communications plan is now completed.",
    "Work undertaken in area but still requires development to complete.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Awaiting allocation.",
    "Addressed holistically as part of the force change programme.",
    "xxx",
    None,
]
PROG_DONE = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Ready to move to GREEN status.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
    "The policy is now signed off and in place.",
    None,
]

STEM_PREFIXES = [
    "HMIC recommends that within six months the force should: ", "The force should ",
    "Immediately, the force should ", "Within three months, the force should ",
    "Within six months the force should ", "Within six months, the force should ",
]
ABBR = [("domestic abuse", "DA"), ("child sexual exploitation", "CSE"),
        ("serious and organised crime", "SOC"), ("officers and staff", "officers & staff"),
        ("violence against women and girls", "VAWG"), ("anti-social behaviour", "ASB")]


def own_words(text: str) -> str:
    """Default force wording: drop the stem, capitalise, abbreviate."""
    t = text
    for p in STEM_PREFIXES:
        if t.startswith(p):
            t = t[len(p):]
            break
    for a, b in ABBR:
        t = t.replace(a, b)
    t = t.rstrip(".;")
    return t[0].upper() + t[1:]


# --------------------------------------------------------------------------- ids
def assign_ids():
    ids = {}
    nid = 4120
    order = sorted(REPORTS, key=lambda k: REPORTS[k][2])
    for rk in order:
        nid += rnd.randint(40, 400)
        for it in ITEMS:
            if it["rep"] == rk:
                ids[it["key"]] = nid
                nid += 1
    # one child added after its report was loaded (late ID), realistic for a corrected entry
    ids["Q3"] = nid + 57
    return ids


IDS = assign_ids()
BY_KEY = {it["key"]: it for it in ITEMS}

# --------------------------------------------------------------------------- HMICFRS workbook
GUIDE_STATUS = [
    ("Awaiting review", "New item. HMICFRS is awaiting the force's first update.", "Open"),
    ("Being progressed", "The force is implementing the item; HMICFRS monitors progress.",
     "Open"),
    ("Evidence submitted", "The force has uploaded closure evidence. HMICFRS has not yet "
     "assessed it; the item stays open until HMICFRS records a closed status.", "Open"),
    ("Reopened", "A previously closed item reopened after later inspection activity.", "Open"),
    ("Complete", "HMICFRS is satisfied the item has been implemented.", "Closed"),
    ("Superseded", "Replaced by a later item or inspection; no longer monitored.", "Closed"),
    ("No further action", "HMICFRS will take no further action on this item.", "Closed"),
]
GUIDE_TYPES = [("REC", "Recommendation (force)"), ("AFI", "Area for improvement"),
               ("COC", "Cause of concern (its recommendations carry its ID in ParentId)"),
               ("NREC", "National recommendation (all forces)")]
COMMENT = {
    "Complete": ["This recommendation is complete",
                 "Authorised for closure on the basis of the additional observations offered by "
                 "members of the inspection team in recent inspection activity."],
    "Superseded": ["This area of activity has subsequently been inspected in HMIC's PEEL "
                   "inspections. Where a cause of concern still exists this will appear in the "
                   "register against these subsequent inspections."],
    "No further action": ["No further action required."],
    "Being progressed": ["The progress of the implementation of this recommendation is "
                         "currently being monitored by HMICFRS and this record will, in due "
                         "course, be updated.", None],
    "Awaiting review": ["New recommendation"],
    "Evidence submitted": ["Force evidence received; awaiting HMICFRS review."],
    "Reopened": ["The status of this recommendation is currently being reviewed by HMICFRS and "
                 "will be updated when this review is complete."],
}
HDR_ITEMS = ["RecommendationId", "ForceName", "ReportId", "ItemTypeCode", "ParentId",
             "ItemText", "StatusValue", "StatusDate", "LastComment"]


def status_date(it):
    pub = REPORTS[it["rep"]][2]
    lo = pub + dt.timedelta(days=400 if it["status"] == "Superseded" else 30)
    hi = dt.date(2024, 5, 20)
    if it["status"] == "Awaiting review":
        d = pub + dt.timedelta(days=rnd.randint(0, 10))
    else:
        d = lo + dt.timedelta(days=rnd.randint(0, max(1, (hi - lo).days)))
    return d.strftime("%Y-%m-%dT00:00:00")


def build_hmicfrs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    ws.append(HDR_ITEMS)
    for c in ws[1]:
        c.font = Font(bold=True)
    rows = []
    for it in ITEMS:
        rid = REPORTS[it["rep"]][0]
        parent = IDS[it["parent"]] if it["parent"] else None
        report_cell = None if it["parent"] else rid       # children carry only ParentId
        rows.append([IDS[it["key"]], FORCE, report_cell, it["typ"], parent, it["text"],
                     it["status"], status_date(it), rnd.choice(COMMENT[it["status"]]),
                     it["key"]])
    # portal default sort: ReportId ascending, blanks last, then RecommendationId
    rows.sort(key=lambda r: (r[2] is None, r[2] or 0, r[0]))
    hrow = {}
    for i, r in enumerate(rows, start=2):
        hrow[r[-1]] = f"Recommendations!{i}"
        ws.append(r[:-1])
        ws.cell(i, 6).alignment = Alignment(wrap_text=True, vertical="top")
    widths = [17, 22, 10, 13, 10, 90, 18, 20, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.auto_filter.ref = f"A1:I{len(rows) + 1}"
    ws.freeze_panes = "A2"

    wr = wb.create_sheet("Reports")
    wr.append(["ReportId", "ReportTitle", "PublicationDate", "ReportType", "ForceName"])
    for c in wr[1]:
        c.font = Font(bold=True)
    rep_rows = sorted(REPORTS.values(), key=lambda r: r[1])        # alphabetical by title
    for rid, title, pub, rtype, store in rep_rows:
        idcell = rid if store == "int" else (str(rid) + (" " if store == "text " else ""))
        fname = FORCE if "Cheshire" in title else None
        wr.append([idcell, title, pub, rtype, fname])
        wr.cell(wr.max_row, 3).number_format = "dd/mm/yyyy"
    for i, w in enumerate([10, 95, 16, 24, 22], 1):
        wr.column_dimensions[get_column_letter(i)].width = w

    wg = wb.create_sheet("Guide")
    wg.append(["Definitive list export – field guide"])
    wg["A1"].font = Font(bold=True, size=13)
    wg.append([])
    wg.append(["StatusValue", "Meaning", "Open / Closed"])
    for c in wg[3]:
        c.font = Font(bold=True)
    for s in GUIDE_STATUS:
        wg.append(list(s))
    wg.append([])
    wg.append(["ItemTypeCode", "Meaning"])
    for c in wg[wg.max_row]:
        c.font = Font(bold=True)
    for t in GUIDE_TYPES:
        wg.append(list(t))
    wg.append([])
    wg.append(["ReportId links each item to the Reports sheet. Items raised under a cause of "
               "concern carry the cause of concern's RecommendationId in ParentId and no "
               "ReportId of their own."])
    wg.append(["StatusDate is the date the current StatusValue was set."])
    for i, w in enumerate([20, 95, 16], 1):
        wg.column_dimensions[get_column_letter(i)].width = w
    save_stable(wb, path)
    return hrow


# --------------------------------------------------------------------------- force workbook
FILL = {"Green": "92D050", "Blue": "00B0F0", "Amber": "FFC000", "Red": "FF0000",
        "White": "FFFFFF"}
TYPE_WORD = {NREC: "National Rec", REC: "Rec", AFI: "AFI", COC: "Cause for Concern"}
F_HDR = ["No.", "HMICFRS ID", "Report", "Published", "Type", "Recommendation / AFI",
         "Lead", "RAG", "Latest update", "Date submitted for closure"]


def build_force(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "HMICFRS Tracker"
    ws.append(["Cheshire Constabulary – HMICFRS Recommendations & AFIs Tracker"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["Version for Joint Audit Committee 18 June 2024 – OFFICIAL"])
    ws.append([])
    ws.append(F_HDR)
    for c in ws[4]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    frows = []                                   # (force_row_id, hmicfrs_key or None, cat, why)
    group_order = sorted(FORCE_REPORT, key=lambda k: REPORTS[k][2])
    # rows per group: items whose group is this report
    groups = {g: [] for g in group_order}
    for it in ITEMS:
        if it["force"] is None:
            continue
        g = it["force"].get("group", it["rep"])
        groups[g].append(("item", it))
    # shuffle order inside a few groups (the force's own order)
    for g in ("stolen", "peel22", "peel24"):
        lst = groups[g]
        a = lst[:]
        rnd.shuffle(a)
        groups[g] = a
    for g, after, spec, why in FORCE_ONLY:
        lst = groups[g]
        if after is None:
            lst.append(("local", (spec, why)))
        else:
            pos = next(i for i, (k, x) in enumerate(lst) if k == "item" and x["key"] == after)
            lst.insert(pos + 1, ("local", (spec, why)))
    n = 0
    ncol = len(F_HDR)
    for g in group_order:
        if not groups[g]:
            continue
        banner, rname, rpub = FORCE_REPORT[g]
        ws.append([banner])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="1F4E78")
        for kind, x in groups[g]:
            if kind == "item":
                it = x
                fs = it["force"]
                parts = fs.get("split") or [(fs["text"] or own_words(it["text"]), fs["rag"])]
                for text, rag in parts:
                    n += 1
                    ref = fs.get("ref")
                    if ref is True:
                        refcell = IDS[it["key"]]
                        if rnd.random() < 0.3:
                            refcell = str(refcell)
                    elif isinstance(ref, str):
                        refcell = IDS[ref]
                    else:
                        refcell = None
                    done = rag in ("Green", "Blue", "White")
                    prog = rnd.choice(PROG_DONE if done else PROG_OPEN)
                    if rag == "Blue":
                        prog = "Completed. Evidence submitted to HMICFRS for closure."
                    elif rag == "Green" and prog and prog.startswith("Completed. Evidence"):
                        prog = "Pending sign off by the chief officer lead."
                    if rag == "White":
                        prog = "Not the force's responsibility to deliver; dependent upon " \
                               "another organisation."
                    sub = None
                    if rag == "Blue":
                        sub = dt.date(2023, rnd.randint(1, 12), rnd.randint(1, 28))
                    ws.append([n, refcell, rname, rpub, fs.get("type", TYPE_WORD[it["typ"]]),
                               text, rnd.choice(LEADS), rag.upper() if rnd.random() < 0.3
                               else rag, prog, sub])
                    r = ws.max_row
                    frows.append((f"HMICFRS Tracker!{r}", it["key"], it["cat"], it["why"]))
                    style_row(ws, r, rag, rpub, sub)
            else:
                spec, why = x
                n += 1
                ws.append([n, None, rname, rpub, spec["type"], spec["text"], rnd.choice(LEADS),
                           spec["rag"], rnd.choice(PROG_OPEN if spec["rag"] != "Green"
                                                   else PROG_DONE[1:]), None])
                r = ws.max_row
                frows.append((f"HMICFRS Tracker!{r}", None, "not_on_hmicfrs_list", why))
                style_row(ws, r, spec["rag"], rpub, None)
        ws.append([])
    ws.append(["Notes: RAG key on the 'Key' tab. Items added from the PEEL 2023-25 report are "
               "still being allocated."])
    for i, w in enumerate([6, 12, 26, 12, 16, 80, 26, 9, 60, 14], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"

    wk = wb.create_sheet("Key")
    wk.append(["RAG", "Meaning"])
    for c in wk[1]:
        c.font = Font(bold=True)
    for rag, meaning in [
        ("BLUE", "Complete – evidence submitted to HMICFRS for closure"),
        ("GREEN", "Actions implemented – ready to submit for closure"),
        ("AMBER", "In progress – on track"),
        ("RED", "Beyond deadline or will not be implemented (rationale required)"),
        ("WHITE", "Not Cheshire's responsibility to deliver – treated as complete by the force; "
                  "to be proposed to HMICFRS for closure"),
    ]:
        wk.append([rag, meaning])
        wk.cell(wk.max_row, 1).fill = PatternFill("solid", fgColor=FILL[rag.title()])
    wk.column_dimensions["B"].width = 90
    save_stable(wb, path)
    return frows


def style_row(ws, r, rag, rpub, sub):
    ws.cell(r, 6).alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(r, 8).fill = PatternFill("solid", fgColor=FILL[rag])
    if isinstance(rpub, dt.date):
        ws.cell(r, 4).number_format = "dd/mm/yyyy"
    if sub is not None:
        ws.cell(r, 10).number_format = "dd/mm/yyyy"


FIXED = (2024, 3, 1, 0, 0, 0)


def save_stable(wb, path):
    """Save with fixed document properties and zip timestamps, so rebuilds are byte-identical."""
    when = dt.datetime(2024, 3, 1, 9, 0, 0)
    wb.properties.created = when
    wb.properties.modified = when
    wb.properties.creator = "builder"
    wb.properties.lastModifiedBy = "builder"
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-03-01T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            out.writestr(zi, data)


def main():
    os.makedirs(CASE, exist_ok=True)
    hrow = build_hmicfrs(os.path.join(CASE, "hmicfrs.xlsx"))
    frows = build_force(os.path.join(CASE, "tracker.xlsx"))
    lines = []
    tracked = set()
    for frow, key, cat, why in frows:
        for k2, it2 in ((k, BY_KEY[k]) for k in BY_KEY):
            why = why.replace("{id:%s}" % k2, str(IDS[k2])).replace("{row:%s}" % k2, hrow[k2])
        lines.append((hrow[key] if key else "", frow, cat, why))
        if key:
            tracked.add(key)
    for it in ITEMS:
        if it["key"] not in tracked:
            assert it["cat"] == "missing_from_force", it["key"]
            lines.append((hrow[it["key"]], "", it["cat"], it["why"]))
    with open(os.path.join(CASE, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for ln in lines:
            w.writerow(ln)
    counts = {}
    for ln in lines:
        counts[ln[2]] = counts.get(ln[2], 0) + 1
    print("items", len(ITEMS), "truth lines", len(lines), counts)


if __name__ == "__main__":
    main()
