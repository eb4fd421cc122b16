"""Build the evaluation case `list_without_register_ids` (round 26).

HMICFRS side: the force's own transcription of the recommendations, causes of concern and
areas for improvement in the published reports (its "definitive list" when the register's
export cannot be had). No register reference numbers: items are numbered only as each report
numbers them ("Recommendation 1", "AFI 3", "Cause of concern 1").

Force side: the force's tracker with its own running codes (WMP-2021-014), sometimes quoting
the report's numbering ("PEEL 21/22 AFI 3"), its own status words, splits, local actions.

Run:  /work/main/.venv/bin/python build_list_without_register_ids.py
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

SEED = 2612
HERE = Path(__file__).resolve().parent
CASE = HERE / "list_without_register_ids"
FIXED_TS = (2024, 9, 30, 9, 0, 0)

# --------------------------------------------------------------------------------------------
# Real HMICFRS texts (Open Government Licence), copied from the casegen text lists and
# /work/shared/data/real_recommendations.csv.
# --------------------------------------------------------------------------------------------
SAS13 = [
    "Chief Constables and the College of Policing should establish in the Stop and Search "
    "Authorised Professional Practice document a clear specification of what constitutes the "
    "effective and fair exercise of stop and search powers, and guidance in this respect. This "
    "should be compliant with the Code of Practice.",
    "Chief Constables should establish or improve monitoring of the way officers stop and "
    "search people, so that they can be satisfied their officers are acting in accordance with "
    "the law (including equality legislation and the Code of Practice), and that the power is "
    "used effectively to prevent crime, catch criminals and maintain public trust.",
    "Chief Constables should, in consultation with elected local policing bodies, ensure that "
    "they comply with the code of practice by explaining to the public the way stop and search "
    "powers are used in their areas and by making arrangements for stop and search records to "
    "be scrutinised by community representatives. This should be done in a way that involves "
    "those people who are stopped and searched, for example, young people.",
]
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
AUSTERITY = [
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
    "review their plans for collaboration. In particular they should consider whether there "
    "is scope to deliver better value for money and improved capability and capacity through "
    "joint working with other forces, the public and/or the private sector.",
]
CORE = [
    "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
    "not yet done so, should provide call-handlers with specific, sound and comprehensible "
    "criteria against which they can assess threat, harm and risk.",
    "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
    "carried out is systematically recorded and subsequently evaluated to determine the "
    "effectiveness of tactics being employed.",
]
INTEGRITY = (
    "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
    "in place to ensure that investigations into misconduct by officers and staff resulting in "
    "“no further action” are fair and free of any form of discrimination."
)
SAS15 = (
    "Chief constables should, in consultation with police and crime commissioners, ensure that "
    "they comply with the Code of Practice by explaining to the public the way stop and search "
    "powers are used in their areas and by making arrangements for stop and search records to "
    "be scrutinised by community representatives. This should be done in a way that involves "
    "those people who are stopped and searched, for example young people."
)
PICTURE = (
    "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
    "audits of compliance with the APP on information management through the force "
    "information management governance structure. This should include measures to ensure "
    "that categorisation of records are regularly adjusted."
)
FIREARMS = [
    "Within three months, all chief constables should assess how well the governance of "
    "firearms licensing in his or her force meets the standards set out in Authorised "
    "Professional Practice. Chief constables of forces where the governance standards are not "
    "being complied with should put in place immediately the correct arrangements and "
    "procedures in order to meet the standards in full.",
    "Within three months, all chief constables should assess the demand placed on their "
    "firearms licensing department and ensure it has the capacity to meet this demand and "
    "provide an efficient and effective service at all times.",
    "Immediately, all chief constables should satisfy themselves that all appropriate action "
    "is being taken by their force with regard to ‘total expired’ licensing records.",
    "Within three months, all chief constables should ensure that their arrangements in "
    "respect of the use of temporary permits are in accordance with the Home Office guidance; "
    "that temporary permits are properly recorded without delay on the National Firearms "
    "Licensing Management System; and that effective systems exist to ensure certificate "
    "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
    "Within three months, all chief constables should ensure that systems designed to "
    "identify, prior to police attendance, whether a reported incident involves or is at the "
    "address of a firearm certificate holder are in place and are always applied by staff "
    "dispatching officers to incidents; and that officers understand the risk assessment "
    "which they should be undertaking in such circumstances, and their power, when "
    "appropriate, to seize firearms and firearm certificates.",
]
PEEL16_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. We also found incidents where the risk "
    "had not been identified, even where good information was available on the police "
    "database. In some cases there was information to indicate that children were at risk of "
    "sexual exploitation, but this did not influence the assigned risk and categorisation. "
    "Children were incorrectly graded at a lower level and could have been exposed to an "
    "increased risk of harm. This is an enduring cause of concern from HMIC’s report on "
    "vulnerability in 2015."
)
PEEL16_REC = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n• call takers understand and "
    "use the missing and absent category appropriately; • call takers and frontline staff have "
    "the necessary knowledge to identify risk factors associated with child sexual "
    "exploitation and how to respond to such cases; and • supervisors provide the correct "
    "oversight of missing person enquiries and direct appropriate and timely investigative and "
    "safeguarding action"
)
SF = [
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:\n"
    "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
    "• every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;\n"
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and\n"
    "• performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.",
    "Within six months, forces should have in place active information-sharing agreements "
    "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
    "safeguard victims better and to identify suspects as early as possible",
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
EFF17 = (
    "By September 2018, chief constables should produce an ambitious plan to improve "
    "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
    "Council and Association of Police and Crime Commissioners should support the development "
    "of these plans by establishing a national framework which allows for the provision of "
    "digitally enabled services across force boundaries."
)
LEG17 = [
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
    "search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain.",
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities.",
    "Where forces identify disparities through monitoring, they should demonstrate to the "
    "public that they have:\n"
    "•carried out research and analysis in an attempt to understand the reasons for the "
    "disparity, and •taken action to reduce the disparity, where necessary;",
    "We expect forces to publish this analysis and any actions taken at least on an annual "
    "basis, from July 2018.",
    "By July 2018, and ongoing following that date, forces should ensure that all officers who "
    "use stop and search powers have been provided with, and understand, training on "
    "unconscious bias and College of Policing APP on stop and search.",
]
VETTING_COC = "The size of the vetting backlog within West Midlands Police is a cause of concern."
VETTING_REC = (
    "The force should ensure all staff have received at least the lowest level of vetting "
    "clearance for their roles as quickly as possible, working to clear both the vetting "
    "backlog and new vetting renewals when they become due so that it complies fully with the "
    "national vetting guidelines."
)
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
CUSTODY_CHILDREN = (
    "Within six months West Midlands Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff comply with their statutory duties to complete "
    "detention certificates if a child is detained for any reason in police custody following "
    "charge;• ensure that custody staff make a record of all actions taken and decisions made "
    "on the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested."
)
POWERS = {
    1: "By July 2022, forces should ensure that officers and staff have effective "
       "communication skills, in line with the National Policing Guidelines on Conflict "
       "Management. This should be in addition to existing training on conflict management "
       "and de-escalation.",
    2: "By July 2021, forces should ensure that communication skills are reinforced as part of "
       "the programme of continuing professional development for officers and staff, and that "
       "supervisors are supported to routinely and frequently debrief officers on these skills "
       "using body-worn video footage.",
    3: "By September 2021, forces should: ensure that officers record on body-worn video (when "
       "this is available) the entirety of all stop and search encounters, including traffic "
       "stops and use of force incidents.\n"
       "have a structured process for regularly reviewing and monitoring internally a "
       "sufficient sample of body-worn video footage to identify and disseminate learning and "
       "hold officers to account when behaviour falls below acceptable standards.\n"
       "provide external scrutiny panel members with access to samples of body-worn video "
       "footage showing stop and search encounters and use of force incidents, taking account "
       "of the safeguards in the College of Policing’s Authorised Professional Practice.",
    4: "The Home Office and the NPCC should take steps to ensure that the quality of the data "
       "collected on the number of incidents where force has been used to effect a stop and "
       "search is sufficient for publication. The Home Office should publish this data as soon "
       "as possible.",
    5: "By July 2021, forces should ensure they have effective internal monitoring processes on "
       "the use of force, to help them to identify and understand disproportionate use, "
       "explain the reasons and implement any necessary improvement action.",
}

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, addressed to, tracker name, tracker date)
# tracker date: "date" (Excel date), a text, or None (blank).
# --------------------------------------------------------------------------------------------
WMP = "West Midlands Police"
ALL = "All forces"
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), ALL, "Stop & Search powers (HMIC 2013)", "Jul 2013"),
    "every": ("Everyone's business: Improving the police response to domestic abuse",
              dt.date(2014, 3, 27), ALL, "Domestic abuse - Everyone's business", "Mar 2014"),
    "aust": ("Policing in austerity: Meeting the challenge",
             dt.date(2014, 7, 22), ALL, "Policing in Austerity 2014", None),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), ALL, "Core business", "Sep 2014"),
    "integ": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
              "provide the capability to tackle corruption in policing",
              dt.date(2015, 1, 30), ALL, "Integrity Matters 2015", "date"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), ALL, "Stop & search powers 2", "date"),
    "pic": ("Building the picture: an inspection of police information management",
            dt.date(2015, 7, 1), ALL, "Information management (Building the Picture)", None),
    "fire": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
             "licensing in police forces in England and Wales", dt.date(2015, 9, 15), ALL,
             "Firearms licensing 2015", "date"),
    "peel16": ("PEEL: Police effectiveness 2016 – An inspection of West Midlands Police",
               dt.date(2017, 3, 2), WMP, "PEEL Eff 16", "date"),
    "sf": ("Stolen freedom: the policing response to modern slavery and human trafficking",
           dt.date(2017, 10, 24), ALL, "Stolen Freedom (MSHT) 2017", "date"),
    "eff17": ("PEEL: Police efficiency 2017 (national overview)",
              dt.date(2017, 11, 9), ALL, "PEEL Efficiency 17 (all forces)", "Nov 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)",
              dt.date(2017, 12, 12), ALL, "PEEL Legit 17 S&S", "Dec 2017"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Midlands "
                 "Police", dt.date(2019, 5, 2), WMP, "PEEL 2018/19", "date"),
    "cdi19": ("West Midlands Police: Crime data integrity inspection 2019",
              dt.date(2019, 9, 26), WMP, "CDI 2019", "date"),
    "cust20": ("Report on an unannounced inspection visit to police custody suites in West "
               "Midlands", dt.date(2020, 8, 18), WMP, "Custody inspection 2020", "Aug 2020"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), ALL, "Police powers spotlight (Feb 21)",
               "date"),
    "peel2122": ("PEEL 2021/22 – Police effectiveness, efficiency and legitimacy: An inspection "
                 "of West Midlands Police", dt.date(2022, 5, 13), WMP, "PEEL 21/22", "date"),
    "peel2325": ("PEEL 2023–2025 – Police effectiveness, efficiency and legitimacy: An "
                 "inspection of West Midlands Police", dt.date(2024, 7, 11), WMP, "PEEL 23-25",
                 "date"),
}

REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"
LABEL = {REC: "Recommendation", AFI: "AFI", COC: "Cause of concern"}

# HMICFRS statuses as last confirmed (the force's transcription of HMICFRS's position).
H_CLOSED = {"Complete", "Closed – complete", "Superseded", "Superseded by PEEL 2023–2025",
            "No further action required"}
H_OPEN = {"Open", "Being progressed", "Awaiting review"}
# The tracker's own status words (see its Key sheet).
F_DONE = {"Complete – evidence held", "Submitted to HMICFRS", "Awaiting sign-off",
          "Closed (superseded)", "Not for WMP"}
F_OPEN = {"Not started", "On track", "Off track", "Awaiting allocation"}

H_COMMENT = {
    "Complete": "This recommendation is complete",
    "Closed – complete": "Authorised for closure on the basis of the additional observations "
                         "offered by members of the inspection team in recent inspection "
                         "activity.",
    "Superseded": "This area of activity has subsequently been inspected in HMICFRS's PEEL "
                  "inspections. Where a cause of concern still exists this will appear against "
                  "these subsequent inspections.",
    "Superseded by PEEL 2023–2025": "Superseded by the PEEL 2023–2025 inspection of the force.",
    "No further action required": "No further action required.",
    "Being progressed": "The progress of the implementation of this recommendation is currently "
                        "being monitored by HMICFRS and this record will, in due course, be "
                        "updated.",
    "Awaiting review": "New recommendation",
    "Open": None,
}

# --------------------------------------------------------------------------------------------
# Items. Each: report key, type, number, HMICFRS text, HMICFRS status, confirmed date,
# force rows [(hno, ftype, ftext, fstatus, update)], and conflict reason (or None).
# ftype None -> the force's usual word for the type. Force rows with code None get a code.
# --------------------------------------------------------------------------------------------
FT = {REC: "Rec", AFI: "AFI", COC: "Cause for Concern"}


def item(rep, typ, num, text, hstat, conf, rows, conflict=None, expect=None, why=None):
    return dict(rep=rep, typ=typ, num=num, text=text, hstat=hstat, conf=conf, rows=rows,
                conflict=conflict, expect=expect, why=why)


def fr(text, status, hno="", ftype=None, update=None, rep=None, published="default", lead=None):
    return dict(text=text, status=status, hno=hno, ftype=ftype, update=update, rep=rep,
                published=published, lead=lead)


D = dt.date
ITEMS = [
    # Stop and search 2013 -----------------------------------------------------------------
    item("sas13", REC, 1, SAS13[0], "Complete", D(2018, 3, 6), [
        fr("Establish in the S&S APP a clear specification of what constitutes the effective & "
           "fair exercise of S&S powers (with the CoP).", "Complete – evidence held", "Rec 1",
           update="APP adopted; force S&S policy re-issued Feb 2018.")], expect="in_sync"),
    item("sas13", REC, 2, SAS13[1], "Complete", D(2018, 3, 6), [
        fr("CCs should establish or improve monitoring of the way officers stop and search "
           "people so that they can be satisfied officers act in accordance with the law (incl. "
           "equality legislation & the Code of Practice) and the power is used effectively.",
           "On track", "Rec 2",
           update="S&S scrutiny dashboard in development; monthly S&S board chaired by ACC "
                  "Local Policing.")], expect="closeable_local"),
    item("sas13", REC, 3, SAS13[2], "Complete", D(2018, 3, 6), [
        fr("Chief Constables should, in consultation with elected local policing bodies, ensure "
           "that they comply with the code of practice by explaining to the public the way S&S "
           "powers are used in their areas and by making arrangements for S&S records to be "
           "scrutinised by community representatives.", "Complete – evidence held", "Rec 3",
           update="Community scrutiny of S&S records via LPA panels since 2014.")],
         expect="in_sync"),
    # Everyone's business 2014 -------------------------------------------------------------
    item("every", REC, 1, EVERYONE_PLAN, "Superseded", D(2017, 11, 24), [
        fr(EVERYONE_PLAN_RUN_ON, "On track", "",
           update="Covered by the Domestic Abuse Delivery Plan; see latest plan update.")],
         expect="closeable_local"),
    # Policing in austerity 2014 (Recommendation 2 no longer on the list) -------------------
    item("aust", REC, 1, AUSTERITY[0], "Complete", D(2017, 11, 24), [
        fr("Review plans to deliver savings so we continue to reduce crime & protect the front "
           "line while balancing the budget. Use HMIC VfM profiles in the review.",
           "Complete – evidence held", "R1")], expect="in_sync"),
    item("aust", REC, 3, AUSTERITY[2], "Awaiting review", D(2024, 6, 20), [],
         expect="missing_from_force",
         why="No tracker row asks about maintaining crime-fighting capacity while reducing the "
             "front line; the force's austerity row quoting 'R2' is Recommendation 2 "
             "(collaboration), not this one, although both end 'HMIC will follow up the "
             "assessments in the autumn'."),
    item("aust", REC, 4, AUSTERITY[3], "No further action required", D(2019, 1, 15), [
        fr("In preparation for the next spending round review our plans for collaboration - "
           "scope for better VfM and improved capability/capacity through joint working with "
           "other forces, the public and/or private sector.", "On track", "R4",
           update="Regional collaboration review with Staffordshire and West Mercia ongoing.")],
         expect="closeable_local"),
    # Core business 2014 ---------------------------------------------------------------------
    item("core", REC, 1, CORE[0], "Being progressed", D(2024, 6, 20), [
        fr("Not later than 31/03/2015 - provide call-handlers with specific, sound & "
           "comprehensible criteria to assess threat, harm and risk (THRIVE).",
           "Submitted to HMICFRS", "",
           update="THRIVE+ embedded in Force Contact; evidence pack sent to FLL.")],
         expect="closeable_submit"),
    item("core", REC, 2, CORE[1], "Complete", D(2018, 3, 6), [
        fr("By 31 March 2015 ensure crime prevention / disruption activity is systematically "
           "recorded and evaluated to determine the effectiveness of tactics.",
           "Complete – evidence held", "")], expect="in_sync"),
    # Integrity matters 2015 ----------------------------------------------------------------
    item("integ", REC, 1, INTEGRITY, "Being progressed", D(2024, 6, 20), [
        fr("By 31 Aug 2015 satisfy ourselves that misconduct investigations resulting in 'no "
           "further action' are fair & free of any form of discrimination.",
           "Awaiting sign-off", "",
           update="PSD disproportionality dip-sample complete; report with DCC for sign-off.")],
         expect="closeable_submit"),
    # Stop and search 2 2015 ------------------------------------------------------------------
    item("sas15", REC, 1, SAS15, "Being progressed", D(2024, 6, 20), [
        fr("Chief constables should, in consultation with PCCs, ensure they comply with the "
           "Code of Practice by explaining to the public how S&S powers are used in their areas "
           "and arranging for S&S records to be scrutinised by community reps. This should "
           "involve those people who are stopped and searched, e.g. young people.",
           "Complete – evidence held", "",
           update="Independent S&S scrutiny panels in all LPAs incl. a youth panel; terms of "
                  "reference published on the force website.")], expect="closeable_submit"),
    # Building the picture 2015 ---------------------------------------------------------------
    item("pic", REC, 1, PICTURE, "Awaiting review", D(2024, 6, 20), [
        fr("By 30 Nov 2015 put in place arrangements to scrutinise audits of compliance with "
           "APP on information management via the force IM goverance structure (incl. regular "
           "adjustment of record categorisation).", "Off track", "",
           update="IM governance board restructured; audit schedule not yet agreed.")],
         expect="in_sync"),
    # Targeting the risk 2015 -------------------------------------------------------------------
    item("fire", REC, 1, FIREARMS[0], "Complete", D(2018, 3, 6), [
        fr("Assess how well governance of firearms licensing meets APP standards; put correct "
           "arrangements in place immediately where they are not met.",
           "Complete – evidence held", "Rec 1")], expect="in_sync"),
    item("fire", REC, 2, FIREARMS[1], "Being progressed", D(2024, 6, 20), [
        fr("Within 3 months assess demand on the firearms licensing dept and ensure it has the "
           "capacity to meet it (efficient & effective service at all times).", "On track",
           "Rec 2", update="Demand review complete; 4 additional FEOs in recruitment.")],
         expect="in_sync"),
    item("fire", REC, 3, FIREARMS[2], "Complete", D(2019, 1, 15), [
        fr("Immediately satisfy ourselves that all appropriate action is being taken re 'total "
           "expired' licensing records.", "Awaiting sign-off", "Rec 3")], expect="in_sync"),
    item("fire", REC, 4, FIREARMS[3], "Being progressed", D(2024, 6, 20), [
        fr("Temporary permits: arrangements in line with HO guidance, recorded without delay on "
           "NFLMS, and systems to ensure certificate holders are never in unlawful possession "
           "of a firearm.", "Awaiting sign-off", "Rec 4",
           update="Pending sign off by the chief officer lead.")], expect="closeable_submit"),
    item("fire", REC, 5, FIREARMS[4], "Being progressed", D(2024, 6, 20), [],
         expect="missing_from_force",
         why="No tracker row for the firearms-holder flag at dispatch; the 2015 firearms rows "
             "stop at Rec 4."),
    # PEEL effectiveness 2016 (WMP) ---------------------------------------------------------
    item("peel16", COC, 1, PEEL16_COC, "Being progressed", D(2024, 6, 20), [
        fr("Response to missing & absent children. Risk for children going missing from home "
           "inappropriately assessed; 'absent' used where it should be 'missing'; CSE risk "
           "information not influencing the risk grading.", "On track", "CoC 1",
           update="Missing persons improvement plan reports to the Vulnerability Board.")],
         expect="in_sync"),
    item("peel16", REC, 1, PEEL16_REC, "Being progressed", D(2024, 6, 20), [
        fr("Missing children: call takers understand and use the missing & absent category "
           "appropriately", "Complete – evidence held", "Rec 1 (i)",
           update="Absent category withdrawn nationally; call taker guidance updated."),
        fr("Missing children: call takers & frontline staff have the knowledge to identify CSE "
           "risk factors and how to respond", "Complete – evidence held", "Rec 1 (ii)",
           update="CSE awareness package delivered to Force Contact and response."),
        fr("Missing children: supervisors provide correct oversight of missing person enquiries "
           "and direct timely investigative & safeguarding action", "On track", "Rec 1 (iii)",
           update="Supervisor compliance at 71% (target 90%); re-audit due Q3.")],
         expect="in_sync",
         why="Split by bullet; two bullets complete, the third still on track, so the "
             "recommendation is still open on the force side, as on HMICFRS's."),
    item("peel16", AFI, 1,
         "The force should ensure regular and active supervision of the quality and progress of "
         "investigations. This supervision should be properly recorded.",
         "Superseded", D(2019, 6, 4), [
             fr("The force should ensure regular & active supervision of the quality and "
                "progress of investigations. Supervision should be properly recorded.",
                "On track", "AFI 1",
                update="Investigation standards reviews monthly via the Crime Standards "
                       "Board.")], expect="closeable_local",
         why="HMICFRS shows it superseded (the ask was carried into PEEL 2018/19 Recommendation "
             "2, which has its own tracker row); the force still has this 2016 AFI open."),
    item("peel16", AFI, 2,
         "The force should take steps to ensure that there is effective supervision of the "
         "initial risk assessment process, specifically in relation to the completion of DASH "
         "risk assessment in appropriate cases.", "Complete", D(2018, 3, 6), [
             fr("Effective supervision of initial risk assessment - completion of DASH in "
                "appropriate cases.", "Complete – evidence held", "AFI 2")], expect="in_sync"),
    item("peel16", AFI, 3,
         "The force should improve how it works with partner organisations to safeguard people "
         "at risk from child sexual exploitation.", "Superseded", D(2019, 6, 4), [
             fr("Improve partnership working to safeguard people at risk from CSE.",
                "Complete – evidence held", "AFI 3")], expect="in_sync"),
    # Stolen freedom 2017 ------------------------------------------------------------------
    item("sf", REC, 1, SF[0], "Being progressed", D(2024, 6, 20), [
        fr("MSHT leadership & governance review: senior leaders prioritise the response to "
           "MSHT", "On track", "R1",
           update="ACC Crime is the strategic lead; MSHT governance group meets quarterly."),
        fr("MSHT leadership & governance review: every MSHT incident allocated resources with "
           "the skills, experience & capacity to investigate it", "On track", "R1",
           update="Allocation policy with the MSHT unit; resourcing gap on LPAs."),
        fr("MSHT leadership & governance review: performance & QA measures so senior leaders can "
           "assess the quality of service to victims", "On track", "R1",
           update="MSHT measures being added to the performance pack.")],
         conflict="missing bullet", expect="conflict",
         why="Split into three bullet rows but the third bullet (partnership arrangements to "
             "co-ordinate activity, share information and safeguard victims) has no row: a "
             "missing bullet."),
    item("sf", REC, 2, SF[1], "Complete", D(2019, 1, 15), [
        fr("Within 6 months, forces should have in place active ISAs with other agencies to "
           "facilitate speedy exchange of intelligence, to safeguard victims better & identify "
           "suspects as early as possible.", "Complete – evidence held", "R2")],
         expect="in_sync",
         why="HMICFRS transcription keeps the stray footnote digit '86' from the PDF; same ask."),
    item("sf", REC, 3, SF[2], "Being progressed", D(2024, 6, 20), [
        fr("Immediately, ensure all victims carrying out criminal acts under compulsion "
           "attributable to slavery/exploitation are afforded early and continuing "
           "consideration of the s45 defence.", "On track", "R3")], expect="in_sync"),
    item("sf", REC, 4, SF[3], "Complete", D(2019, 1, 15), [
        fr("Immediately - be fully compliant with the NRM process as it evolves & notify the HO "
           "of any individual suspected to be an adult victim of MSHT (MSA 2015 duty to "
           "notify).", "Off track", "R4",
           update="Duty to notify compliance 64% in last audit.")], expect="closeable_local"),
    item("sf", REC, 5, SF[4], "Being progressed", D(2024, 6, 20), [
        fr("Immediately, forces should take steps to ensure they fully comply with NCRS "
           "requirements for offences identified as MSHT and that sufficient audit capacity is "
           "available to the FCR to provide reassurance that gaps in crime-recording accuracy "
           "for these offences are identified & managed.", "On track", "",
           rep="cdi19", published=None,
           update="Moved to the CDI 2019 workstream (Force Crime Registrar).")],
         conflict="report", expect="conflict",
         why="The force filed this Stolen freedom (2017) recommendation under 'CDI 2019' (its "
             "2017 code, 'Immediately, forces' and the audit-capacity clause give it away); "
             "report disagrees. CDI 2019 Recommendation 2 (NCRS for MSHT, within six months) "
             "has its own tracker row."),
    item("sf", REC, 6, SF[5], "Being progressed", D(2024, 6, 20), [
        fr("Immediately, ensure allegations/indications of MSHT are thoroughly investigated and "
           "effectively supervised by teams with the skills & experience (incl. joint "
           "intelligence teams and overseas intelligence where appropriate).",
           "Complete – evidence held", "R6")], expect="closeable_submit"),
    item("sf", REC, 7, SF[6], "Complete", D(2019, 1, 15), [
        fr("Immediately review use of preventative powers under MSA 2015 (STPOs/STROs) so "
           "opportunities to restrict those posing a clear threat are exploited.",
           "Complete – evidence held", "R7")], expect="in_sync"),
    # PEEL efficiency 2017 national -----------------------------------------------------------
    item("eff17", REC, 1, EFF17, "No further action required", D(2020, 2, 11), [
        fr("By Sept 2018 - produce an ambitious plan to improve digitally-enabled services.",
           "On track", "", update="Digital Policing Strategy refresh 2024-27 in draft.")],
         expect="closeable_local"),
    # PEEL legitimacy 2017 national -----------------------------------------------------------
    item("leg17", COC, 1, LEG17[0], "Being progressed", D(2024, 6, 20), [
        fr("Forces cannot demonstrate S&S use is consistently reasonable & fair; "
           "over-representation of BAME (esp. black) people in S&S data which many forces "
           "cannot explain.", "On track", "CoC")], expect="in_sync"),
    item("leg17", REC, 1, LEG17[1], "Complete", D(2019, 6, 4), [
        fr("By July 2018 regularly & frequently monitor a comprehensive set of S&S data to "
           "understand: disproportionality by ethnic group; find rates by ethnicity & search "
           "type (incl. drugs possession vs supply); prevalence of possession-only drug "
           "searches vs local/force priorities.", "Complete – evidence held", "Rec 1")],
         expect="in_sync"),
    item("leg17", REC, 2, LEG17[2], "Complete", D(2019, 6, 4), [
        fr("Where monitoring identifies disparities, demonstrate to the public the "
           "research/analysis done to understand the reasons and the action taken to reduce "
           "the disparity.", "On track", "Rec 2")], expect="closeable_local"),
    item("leg17", REC, 3, LEG17[3], "Being progressed", D(2024, 6, 20), [
        fr("Publish the S&S disparity analysis and actions taken at least annually (from July "
           "2018).", "Awaiting sign-off", "Rec 3",
           update="2023/24 annual S&S report drafted; with ACC for sign-off.")],
         expect="closeable_submit"),
    item("leg17", REC, 4, LEG17[4], "Being progressed", D(2024, 6, 20), [
        fr("By July 2018 and ongoing, ensure all officers who use S&S powers have had (and "
           "understand) training on unconscious bias and CoP APP on S&S.",
           "Complete – evidence held", "Rec 4",
           update="Mandatory NCALT module; 97% completion.")], expect="closeable_submit"),
    # PEEL 2018/19 (WMP) ---------------------------------------------------------------------
    item("peel1819", COC, 1, VETTING_COC, "Being progressed", D(2024, 6, 20), [],
         expect="missing_from_force",
         why="The force logged only the vetting recommendation (its PEEL 2018/19 'Rec 1' "
             "row), never the cause of concern itself; the 2023 JAC internal-audit action on vetting governance is a "
             "local action, not this item."),
    item("peel1819", REC, 1, VETTING_REC, "Being progressed", D(2024, 6, 20), [
        fr("Ensure all staff have at least the lowest level of vetting clearance for their roles "
           "asap, clearing the backlog and renewals as they fall due, to comply fully with the "
           "national vetting guidelines.", "Complete – evidence held", "Rec 1",
           update="Backlog cleared Mar 2021; renewals tracked on the vetting system.")],
         expect="closeable_submit"),
    item("peel1819", REC, 2,
         "Within six months, the force should ensure regular and active supervision of the "
         "quality and progress of investigations. This supervision should be properly "
         "recorded.", "Being progressed", D(2024, 6, 20), [
             fr("Within 12 months the force should ensure regular & active supervison of the "
                "quality and progress of investigations. This supervision should be properly "
                "recorded.", "On track", "Rec 2",
                update="Linked to the Investigation Standards programme.")],
         conflict="timescale", expect="conflict",
         why="Timescale differs: HMICFRS 'Within six months', tracker 'Within 12 months'. Same "
             "wording recurs as PEEL 2016 AFI 1 (no timescale, superseded); the report, the "
             "type and 'Rec 2' tie this row to PEEL 2018/19."),
    item("peel1819", AFI, 1,
         "The force should improve its ability to retrieve digital evidence from mobile phones, "
         "computers and other electronic devices quickly enough to ensure investigations are "
         "not delayed.", "Being progressed", D(2024, 6, 20), [
             fr("Improve ability to retrieve digital evidence from mobile phones, computers & "
                "other devices quickly enough so investigations are not delayed (DFU backlog).",
                "On track", "AFI 1")], expect="in_sync"),
    item("peel1819", AFI, 2,
         "The force should improve its understanding of suspects released under investigation "
         "and the management of those released on bail.", "Complete", D(2021, 3, 9), [
             fr("Improve understanding of suspects RUI and management of those on bail.",
                "Awaiting sign-off", "AFI 2")], expect="in_sync"),
    item("peel1819", AFI, 3,
         "The force should develop a future workforce plan that is aligned with its overall "
         "demand and budget. The plan should include future resource allocations, the mix of "
         "skills required by the workforce and behaviours expected of them.",
         "Being progressed", D(2024, 6, 20), [
             fr("Develop a future workforce plan aligned with overall demand and budget - "
                "resource allocations, skills mix and behaviours expected.",
                "Complete – evidence held", "AFI 3",
                update="Strategic Workforce Plan 2022-25 approved by FET.")],
         expect="closeable_submit"),
    item("peel1819", AFI, 4,
         "The force should improve its use of its crime-recording and management system to "
         "better manage its case files and investigative processes.", "Complete",
         D(2021, 3, 9), [
             fr("Improve use of the crime recording & management system to manage case files "
                "and investigative processes.", "Complete – evidence held", "AFI 4")],
         expect="in_sync"),
    item("peel1819", AFI, 5,
         "The force should undertake further work to gain a fuller understanding of current "
         "demand for its services, and likely future changes in demand. This is so it can make "
         "best use of its resources by matching them to demand to meet the needs of the "
         "public.", "Superseded", D(2022, 6, 30), [
             fr("Further work to understand current & likely future demand so resources can be "
                "matched to demand (FMS).", "On track", "AFI 5")], expect="closeable_local"),
    # CDI 2019 (WMP) -------------------------------------------------------------------------
    item("cdi19", REC, 1, CDI_VICTIMS, "Being progressed", D(2024, 6, 20), [
        fr("Victims are believed at the point of report", "Complete – evidence held",
           "Rec 1 (a)"),
        fr("Call handler / caller conversations summarised accurately in the incident log so "
           "attending officers have the full facts for crime-recording decisions",
           "Complete – evidence held", "Rec 1 (b)"),
        fr("Multiple crimes always recorded when described in incident records or identified in "
           "other investigations", "Submitted to HMICFRS", "Rec 1 (c)"),
        fr("Stop the practice of waiting for medical examinations / video interviews before "
           "making crime-recording decisions", "Complete – evidence held", "Rec 1 (d)"),
        fr("Online crime reports triaged on receipt so ongoing risks to the victim or wider "
           "public are identified and managed", "Complete – evidence held", "Rec 1 (e)")],
         expect="closeable_submit",
         why="Split into one row per bullet (all five present), every row done; HMICFRS still "
             "open."),
    item("cdi19", REC, 2,
         "Within six months, the force should take steps to ensure it fully complies with "
         "national crime recording standard (NCRS) requirements for offences identified as "
         "modern slavery and human trafficking.", "Complete", D(2021, 3, 9), [
             fr("Within 6 months ensure full compliance with NCRS for offences identified as "
                "MSHT.", "Complete – evidence held", "Rec 2")], expect="in_sync",
         why="Same ask recurs in Stolen freedom Recommendation 5 (whose force row is also filed "
             "under CDI 2019); this row carries 'Rec 2', a 2019 code and the six-month "
             "timescale."),
    item("cdi19", AFI, 1,
         "The force should make sure it records reports of stalking and harassment accurately "
         "and without delay.", "Being progressed", D(2024, 6, 20), [
             fr("AFI 1 - The force should make sure it records reports of stalking & harassment "
                "accurately and without delay.", "Complete – evidence held", "")],
         expect="closeable_submit"),
    item("cdi19", AFI, 2,
         "The force should revise its approach to cautions, cannabis warning and penalty notices "
         "for disorder to ensure that there is a clear and auditable explanation to the "
         "offender of the implications of receiving the warning and that, for victim-based "
         "crimes, there is a clear and auditable record that views of the victim are "
         "considered prior to their issue.", "Being progressed", D(2024, 6, 20), [
             fr("Revise approach to cautions, cannabis warnings & PNDs - auditable explanation "
                "to the offender and, for victim-based crime, a record of the victim's views "
                "before issue.", "On track", "AFI 2")], expect="in_sync"),
    # Custody 2020 (WMP) -----------------------------------------------------------------------
    item("cust20", REC, 1, CUSTODY_CHILDREN, "Complete", D(2022, 6, 30), [
        fr("With children's social care, review how we manage the detention of children: "
           "detain only when absolutely necessary & for the minimum time; early assessment of "
           "the need for alternative accomodation; detention certificates completed "
           "post-charge; all actions/decisions recorded; timely appropriate adult support.",
           "Complete – evidence held", "Rec 1")], expect="in_sync"),
    # Police powers spotlight 2021 (Recommendation 4 not for forces: not on the list) ----------
    item("powers", REC, 1, POWERS[1], "Being progressed", D(2024, 6, 20), [
        fr("By July 2022 - officers & staff have effective communication skills in line with "
           "the National Policing Guidelines on Conflict Management (in addition to existing "
           "conflict management / de-escalation training).", "On track", "Rec 1")],
         expect="in_sync"),
    item("powers", REC, 2, POWERS[2], "Complete", D(2023, 2, 14), [
        fr("By July 2021 - communication skills reinforced through CPD; supervisors supported "
           "to routinely debrief officers using BWV footage.", "Complete – evidence held",
           "Rec 2")], expect="in_sync"),
    item("powers", REC, 3, POWERS[3], "Being progressed", D(2024, 6, 20), [
        fr("BWV: record the entirety of all S&S encounters incl. traffic stops & use of force",
           "Complete – evidence held", "Rec 3"),
        fr("BWV: structured internal review of a sufficient sample of footage to identify "
           "learning & hold officers to account", "Complete – evidence held", "Rec 3"),
        fr("BWV: external scrutiny panel access to samples of S&S / use of force footage (CoP "
           "APP safeguards)", "Submitted to HMICFRS", "Rec 3")],
         expect="closeable_submit",
         why="Split into its three parts, all done; HMICFRS still open."),
    item("powers", REC, 5, POWERS[5], "Being progressed", D(2024, 6, 20), [
        fr("By July 2021 - effective internal monitoring of use of force to identify & "
           "understand disproportionate use, explain the reasons and implement improvement "
           "action.", "On track", "Rec 5")], expect="in_sync"),
    # PEEL 2021/22 (WMP) -----------------------------------------------------------------------
    item("peel2122", AFI, 1,
         "The force should improve the timeliness of its response to calls for service "
         "involving domestic abuse.", "Superseded by PEEL 2023–2025", D(2024, 9, 12), [
             fr("Improve timeliness of response to calls for service involving DA.",
                "Closed (superseded)", "PEEL 21/22 AFI 1",
                update="Superseded by PEEL 23-25 AFI 7 - see WMP-2024 entry.")],
         expect="in_sync",
         why="Same wording as PEEL 2023–2025 AFI 7; closed on both sides for 21/22."),
    item("peel2122", AFI, 2,
         "The force should make sure victims of domestic abuse are kept informed about the "
         "progress of their case, in line with the Code of Practice for Victims of Crime.",
         "Superseded by PEEL 2023–2025", D(2024, 9, 12), [
             fr("Make sure victims of DA are kept informed about the progress of their case in "
                "line with the Victims' Code.", "On track", "",
                update="Victim contact compliance audit quarterly.")],
         expect="closeable_local",
         why="Identical wording recurs as PEEL 2023–2025 AFI 5 (open on both sides); this row "
             "is filed under PEEL 21/22 with a 2022 code, and HMICFRS has superseded the 21/22 "
             "item."),
    item("peel2122", AFI, 3,
         "The force should improve how it gathers, assesses and acts on intelligence about "
         "serious and organised crime.", "Being progressed", D(2024, 6, 20), [
             fr("Improve how we gather, assess & act on intelligence about SOC.",
                "Complete – evidence held", "PEEL 21/22 AFI 3",
                update="SOC intelligence collection plan and MoRiLE tasking in place.")],
         expect="closeable_submit"),
    item("peel2122", AFI, 4,
         "The force should make sure it has enough specialist capacity and capability to "
         "investigate online child sexual abuse.", "Being progressed", D(2024, 6, 20), [
             fr("AFI 4 - enough specialist capacity & capability to investigate online CSA. "
                "Action 1: business case to FET for additional POLIT investigators",
                "On track", "PEEL 21/22 AFI 4",
                update="Business case approved in principle; 4 posts advertised."),
             fr("Action 2: clear the backlog of online CSA referrals (NCA packages) awaiting "
                "allocation", "On track", "PEEL 21/22 AFI 4",
                update="Backlog down from 112 to 41.")],
         expect="in_sync", why="One AFI, one row per force action; both actions open."),
    item("peel2122", AFI, 5,
         "The force should make sure its performance framework gives senior leaders a clear "
         "picture of its response to violence against women and girls.", "Complete",
         D(2023, 11, 21), [
             fr("Performance framework to give senior leaders a clear picture of our response "
                "to VAWG.", "Awaiting sign-off", "PEEL 21/22 AFI 5")], expect="in_sync"),
    item("peel2122", AFI, 6,
         "The force should make sure it records reports of anti-social behaviour accurately "
         "and without delay.", "Complete", D(2023, 11, 21), [
             fr("Record reports of ASB accurately and without delay.", "On track",
                "PEEL 21/22 AFI 6", update="ASB recording audit scheduled Q4.")],
         expect="closeable_local"),
    item("peel2122", AFI, 7,
         "The force should make sure it consistently uses ancillary orders and other powers to "
         "protect victims of stalking and harassment.", "Being progressed", D(2024, 6, 20), [
             fr("Consistently use ancillary orders & other powers (SPOs, DVPNs) to protect "
                "victims of stalking & harassment.", "On track", "", ftype="Rec")],
         conflict="type", expect="conflict",
         why="Type differs: an area for improvement on the HMICFRS list, recorded as 'Rec' in "
             "the tracker."),
    item("peel2122", AFI, 8,
         "The force should review its approach to rape and serious sexual offences to make sure "
         "victims receive a consistently good service.", "Being progressed", D(2024, 6, 20),
         [], expect="missing_from_force",
         why="No tracker row for the RASSO service AFI (the tracker's PEEL 21/22 rows quote "
             "AFI 1, 3, 4, 5, 6 only)."),
    # PEEL 2023-2025 (WMP) -----------------------------------------------------------------------
    item("peel2325", COC, 1,
         "The force does not have the capacity or capability to investigate crime effectively "
         "and this is affecting the service being provided to the public. There are failings in "
         "the way that crimes are being investigated.", "Awaiting review", D(2024, 9, 12), [
             fr("The force does not have the capacity or capability to investigate crime "
                "effectively – failings in the way crimes are being investigated.",
                "On track", "CoC 1",
                update="Investigation improvement plan submitted to HMICFRS (Engage).")],
         expect="in_sync"),
    item("peel2325", REC, 1,
         "Within six months, the force should improve the supervision of investigations, so "
         "that investigation plans are set, reviewed and recorded and victims receive a "
         "consistently good service.", "Awaiting review", D(2024, 9, 12), [
             fr("CoC 1 Rec 1 - Within 6 months improve supervision of investigations so plans "
                "are set, reviewed & recorded and victims get a consistently good service.",
                "On track", "")], expect="in_sync"),
    item("peel2325", REC, 2,
         "Within six months, the force should conduct a review of officers’ capabilities and "
         "capacity to manage their investigative workload, to better understand investigative "
         "demand and the pressures placed upon them.", "Awaiting review", D(2024, 9, 12), [
             fr("CoC 1 Rec 2 - Within 6 months review officers' capabilities and capacity to "
                "manage their investigative workload.", "Not started", "")],
         expect="in_sync"),
    item("peel2325", AFI, 1,
         "The force should improve its understanding of the nature and scale of fraud in its "
         "area.", "Open", D(2024, 9, 12), [
             fr("Improve understanding of the nature & scale of fraud in the force area.",
                "On track", "PEEL 23/25 AFI 1")], expect="in_sync"),
    item("peel2325", AFI, 2,
         "The force should make sure officers and staff have the training they need to identify "
         "and respond to honour-based abuse.", "Open", D(2024, 9, 12), [
             fr("Officers & staff to have the training they need to identify and respond to "
                "HBA.", "Complete – evidence held", "PEEL 23/25 AFI 2",
                update="HBA e-learning and CPD day delivered; 94% completion.")],
         expect="closeable_submit"),
    item("peel2325", AFI, 3,
         "The force should improve how it works with partner organisations to safeguard people "
         "at risk from county lines drug dealing.", "Open", D(2024, 9, 12), [
             fr("Improve partnership working to safeguard people at risk from county lines.",
                "On track", "")], expect="in_sync",
         why="Tracker row quotes no number (the tracker's 'AFI 3' is on the whistleblowing row); "
             "matched on text."),
    item("peel2325", AFI, 4,
         "The force should make sure it provides a confidential way for staff to raise concerns "
         "and that staff are aware of whistleblowing processes.", "Open", D(2024, 9, 12), [
             fr("Confidential way for staff to raise concerns; staff aware of whistleblowing "
                "processes (Integrity Line relaunch).", "On track", "PEEL 23/25 AFI 3")],
         conflict="reference", expect="conflict",
         why="Tracker quotes 'PEEL 23/25 AFI 3' but the text is AFI 4 (AFI 3 is county lines); "
             "the reference disagrees."),
    item("peel2325", AFI, 5,
         "The force should make sure victims of domestic abuse are kept informed about the "
         "progress of their case, in line with the Code of Practice for Victims of Crime.",
         "Open", D(2024, 9, 12), [
             fr("Make sure victims of DA are kept informed about the progress of their case, in "
                "line with the Code of Practice for Victims of Crime.", "On track",
                "PEEL 23/25 AFI 5")], expect="in_sync",
         why="Same wording as PEEL 2021/22 AFI 2; this row is the PEEL 23-25 one."),
    item("peel2325", AFI, 6,
         "The force should review how it gathers and uses equality and diversity data to "
         "improve its understanding of its workforce demographics.", "Open", D(2024, 9, 12),
         [], expect="missing_from_force",
         why="Newest report; this AFI has not been logged in the tracker."),
    item("peel2325", AFI, 7,
         "The force should improve the timeliness of its response to calls for service "
         "involving domestic abuse.", "Open", D(2024, 9, 12), [
             fr("Improve timeliness of response to DA calls for service (replaces PEEL 21/22 "
                "AFI 1).", "On track", "AFI 7")], expect="in_sync",
         why="Same wording as PEEL 2021/22 AFI 1 (closed on both sides); this is the open 23-25 "
             "one."),
]

# Force rows with no HMICFRS item: (year, report key or free report name, type, text, status,
# hno, update, why). Inserted in code order within their year.
EXTRAS = [
    (2017, "aust", "Rec (national)", AUSTERITY[1].replace("Chief Constables and PCCs in forces",
                                                          "Forces"),
     "Off track", "R2", "Collaboration savings share reported to the PCC's Strategic Policing "
     "and Crime Board.",
     "Policing in austerity Recommendation 2 (collaboration under 10%) is no longer on the "
     "HMICFRS list; query with HMICFRS. Not the list's Recommendation 3, which shares only the "
     "'HMIC will follow up' sentence."),
    (2019, "cdi19", "Local action",
     "Local action: Dip-sample 50 domestic abuse crime reports each quarter and report findings "
     "to the Crime Standards Board", "On track", "n/a (local)",
     "Agreed at Crime Standards Board as CDI follow-up; not an HMICFRS item.",
     "The force's own action (type 'Local action'), not an HMICFRS item."),
    (2021, "powers", "Rec (national)", POWERS[4], "Not for WMP", "Rec 4",
     "Not the force's responsibility to deliver; dependent upon another organisation.",
     "Addressed to the Home Office and NPCC; the transcription leaves it off the force's "
     "list (numbering jumps from Recommendation 3 to 5)."),
    (2022, "peel2122", "Local action",
     "Force action - Refresh the hate crime problem profile and add it to the control strategy",
     "Complete – evidence held", "n/a", None,
     "The force's own action, not an HMICFRS item."),
    (2023, "Internal audit 2023/24", "Local action",
     "JAC action: Internal audit of the vetting governance arrangements (audit plan 2023/24)",
     "On track", "", "Fieldwork Q3; report to JAC March.",
     "JAC/internal audit action, not the PEEL 2018/19 vetting cause of concern."),
    (2024, "peel2325", "Local action",
     "Local action: Rewrite the rural crime policy and publish it on the intranet with a "
     "communications plan", "Not started", "", None,
     "The force's own action, not an HMICFRS item."),
]

LEAD_RULES = [
    (("digital evidence",), "Det Ch Supt Force CID"),
    (("disparit",), "ACC Local Policing"),
    (("stop and search", "s&s", "bwv", "body-worn", "use of force", "communication skills"),
     "ACC Local Policing"),
    (("firearm", "permit", "licensing"), "Supt Firearms Licensing"),
    (("vetting",), "Head of Professional Standards"),
    (("misconduct", "whistleblowing", "raise concerns"), "Head of Professional Standards"),
    (("crime-recording", "crime recording", "ncrs", "record reports", "records reports",
      "crime reports", "victims are believed", "multiple crimes", "incident log",
      "medical examinations", "triaged"), "Force Crime Registrar"),
    (("missing", "cse", "child", "domestic abuse", " da ", "dash", "honour", "hba", "vawg",
      "stalking"), "Ch Supt Public Protection"),
    (("msht", "isas", "msa 2015", "modern slavery", "slavery", "nrm", "soc", "county lines", "fraud"),
     "Det Ch Supt Force CID"),
    (("call-handler", "call handler", "thrive", "calls for service"), "Supt Contact Centre"),
    (("workforce", "skills"), "Director of People"),
    (("savings", "collaboration", "vfm", "digital", "demand"), "Director of Finance"),
    (("information management", "im goverance"), "Head of Information Management"),
    (("custody", "detention"), "Ch Insp Custody"),
    (("investigat", "supervis", "cautions", "rui", "case files"), "ACC Crime"),
]


def lead_for(text: str, rng: random.Random) -> str | None:
    t = " " + text.lower() + " "
    for keys, lead in LEAD_RULES:
        if any(k in t for k in keys):
            return lead
    return rng.choice(["Head of Corporate Development", "DCC", None])


def h_open(s: str) -> bool:
    if s in H_OPEN:
        return True
    assert s in H_CLOSED, s
    return False


def f_done(s: str) -> bool:
    if s in F_DONE:
        return True
    assert s in F_OPEN, s
    return False


def category(it) -> str:
    if not it["rows"]:
        return "missing_from_force"
    if it["conflict"]:
        return "conflict"
    hopen = h_open(it["hstat"])
    done = all(f_done(r["status"]) for r in it["rows"])  # a split item is done when all rows are
    if hopen and done:
        return "closeable_submit"
    if not hopen and not done:
        return "closeable_local"
    return "in_sync"


# --------------------------------------------------------------------------------------------
def fixed_zip(path: Path) -> None:
    """Rewrite an xlsx with fixed zip timestamps and fixed core-properties dates."""
    src = zipfile.ZipFile(path)
    entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in entries:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>2024-09-30T09:00:00Z\2", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>2024-09-30T09:00:00Z\2",
                           s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            out.writestr(zi, data)
    path.write_bytes(buf.getvalue())


BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(bold=True, color="FFFFFF")
YEAR_FILL = PatternFill("solid", fgColor="D9E1F2")
WRAP = Alignment(wrap_text=True, vertical="top")


def build() -> None:
    rng = random.Random(SEED)
    CASE.mkdir(parents=True, exist_ok=True)
    truth: list[tuple[str, str, str, str]] = []

    # ---------------- HMICFRS side ----------------
    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    ws["A1"] = ("West Midlands Police – HMICFRS recommendations, causes of concern and areas for "
                "improvement (transcribed from the published reports)")
    ws["A1"].font = TITLE
    ws["A2"] = ("Compiled by Strategic Planning & Inspection from HMICFRS reports. HMICFRS "
                "status as last confirmed with the HMICFRS Force Liaison Lead. As at 30 "
                "September 2024.")
    hdr = ["Report title", "Published", "Addressed to", "Type", "Item (as numbered in report)",
           "Recommendation / AFI / cause of concern (report wording)", "HMICFRS status",
           "Status last confirmed", "HMICFRS comment"]
    ws.append([])
    ws.append(hdr)
    HDR_ROW = 4
    for c in ws[HDR_ROW]:
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.alignment = WRAP
    row = HDR_ROW
    for it in ITEMS:
        title, pub, addressed = REPORTS[it["rep"]][:3]
        row += 1
        it["hrow"] = f"Definitive list!{row}"
        ws.append([title, pub, addressed, it["typ"], f"{LABEL[it['typ']]} {it['num']}",
                   it["text"], it["hstat"], it["conf"], H_COMMENT[it["hstat"]]])
        ws.cell(row, 2).number_format = "dd/mm/yyyy"
        ws.cell(row, 8).number_format = "dd/mm/yyyy"
        for c in ws[row]:
            c.alignment = WRAP
    row += 2
    ws.cell(row, 1, "Source: HMICFRS published reports (justiceinspectorates.gov.uk). Items "
                    "addressed only to other bodies are not listed. Statuses confirmed at the "
                    "quarterly liaison meeting.")
    for col, w in zip("ABCDEFGHI", (42, 12, 18, 20, 18, 90, 24, 14, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    hpath = CASE / "hmicfrs.xlsx"
    wb.save(hpath)
    fixed_zip(hpath)

    # ---------------- Force tracker ----------------
    # Assign codes: year logged (everything before 2018 was logged in 2017 when the tracker
    # was set up from the HMIC definitive list of November 2017).
    frows = []  # dicts: year, code, rep, published, hno, ftype, text, status, update, item|None
    for it in ITEMS:
        for r in it["rows"]:
            r["item"] = it
    year_of = {}
    for k, (_t, pub, *_rest) in REPORTS.items():
        year_of[k] = max(2017, pub.year)
    groups: dict[int, list] = {}
    for it in ITEMS:
        if not it["rows"]:
            continue
        rep = it["rep"]
        yr = year_of[rep]
        groups.setdefault(yr, []).append(("item", it))
    for ex in EXTRAS:
        yr = ex[0]
        groups.setdefault(yr, []).append(("extra", ex))
    # place extras in a plausible position: after the last item of the same report, else end
    for yr, lst in groups.items():
        extras = [e for e in lst if e[0] == "extra"]
        items = [e for e in lst if e[0] == "item"]
        for e in extras:
            rep = e[1][1]
            pos = max((i for i, x in enumerate(items) if x[1]["rep"] == rep), default=-1)
            if rep == "aust":  # the austerity row sits between Recs 1 and 4, as in the report
                pos = min(i for i, x in enumerate(items) if x[1]["rep"] == "aust")
            items.insert(pos + 1 if pos >= 0 else len(items), e)
        groups[yr] = items
    start = {2017: 1, 2019: 1, 2020: 2, 2021: 10, 2022: 3, 2023: 4, 2024: 1}
    for yr in sorted(groups):
        n = start[yr] - 1
        for kind, obj in groups[yr]:
            n += 1
            if rng.random() < 0.12:
                n += 1  # codes of items closed and removed before the current version
            if yr == 2021 and kind == "item" and obj["rep"] == "powers" and obj["num"] == 5:
                n = 14
            code = f"WMP-{yr}-{n:03d}"
            if kind == "item":
                it = obj
                multi = len(it["rows"]) > 1
                for j, r in enumerate(it["rows"]):
                    rep = r["rep"] or it["rep"]
                    frows.append(dict(
                        year=yr, code=code + ("abcde"[j] if multi else ""), rep=rep,
                        published=r["published"], hno=r["hno"],
                        ftype=r["ftype"] or (FT[it["typ"]] + (" (national)" if it["typ"] == REC
                                                               and REPORTS[it["rep"]][2] == ALL
                                                               else "")),
                        text=r["text"], status=r["status"], update=r["update"], item=it,
                        lead=lead_for(r["text"] if not multi else it["text"], rng),
                    ))
            else:
                (_y, rep, ftype, text, status, hno, update, why) = obj
                frows.append(dict(year=yr, code=code, rep=rep, published="default", hno=hno,
                                  ftype=ftype, text=text, status=status, update=update,
                                  item=None, why=why, lead=lead_for(text, rng)))

    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "WMP HMICFRS Recommendations & AFI Tracker"
    ws["A1"].font = TITLE
    ws["A2"] = ("Owner: Strategic Planning & Inspection | Last updated 27/09/2024 | Status words: "
                "see Key tab")
    ws.append([])
    fhdr = ["WMP ref", "Report", "Published", "HMICFRS no.", "Type",
            "Recommendation / AFI (as recorded)", "Lead", "Status", "Update",
            "Submitted to HMICFRS"]
    ws.append(fhdr)
    for c in ws[4]:
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.alignment = WRAP
    row = 4
    year_heading = {
        2017: "2017 – items carried forward from the HMIC definitive list (Nov 2017) and reports "
              "received in 2017",
        2019: "2019", 2020: "2020", 2021: "2021", 2022: "2022", 2023: "2023", 2024: "2024",
    }
    cur_year = None
    sub_day = 0
    for fr_ in frows:
        if fr_["year"] != cur_year:
            cur_year = fr_["year"]
            row += 1
            ws.cell(row, 1, year_heading[cur_year]).font = BOLD
            for c in range(1, 11):
                ws.cell(row, c).fill = YEAR_FILL
        row += 1
        fr_["frow"] = f"Tracker!{row}"
        rep = fr_["rep"]
        if rep in REPORTS:
            rname, pub, style = REPORTS[rep][3], REPORTS[rep][1], REPORTS[rep][4]
        else:
            rname, pub, style = rep, None, None
        published = None
        if fr_["published"] == "default":
            if style == "date":
                published = pub
            elif style:
                published = style
        submitted = None
        if fr_["status"] == "Submitted to HMICFRS":
            sub_day += 1
            submitted = dt.date(2024, 7, 1) + dt.timedelta(days=9 * sub_day)
        ws.append([fr_["code"], rname, published, fr_["hno"] or None, fr_["ftype"],
                   fr_["text"], fr_["lead"], fr_["status"], fr_["update"], submitted])
        if isinstance(published, dt.date):
            ws.cell(row, 3).number_format = "dd/mm/yyyy"
        if submitted:
            ws.cell(row, 10).number_format = "dd/mm/yyyy"
        for c in ws[row]:
            c.alignment = WRAP
    row += 2
    ws.cell(row, 1, "Codes are allocated when an item is logged; gaps in the numbering are items "
                    "closed and removed before 2020. Split items carry a letter suffix.")
    for col, w in zip("ABCDEFGHIJ", (16, 26, 12, 18, 16, 80, 28, 22, 50, 14)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key.append(["Status", "Meaning", "Counts as"])
    for c in key[1]:
        c.font = BOLD
    for s, m, a in [
        ("Not started", "Logged and allocated; no work yet", "Open"),
        ("Awaiting allocation", "Not yet allocated to a lead", "Open"),
        ("On track", "Work under way and expected to meet the deadline", "Open"),
        ("Off track", "Work under way but behind / unlikely to meet the deadline", "Open"),
        ("Awaiting sign-off", "Lead says complete; awaiting chief officer sign-off before "
                              "submission to HMICFRS", "Done"),
        ("Complete – evidence held", "Implemented; evidence held on the shared drive", "Done"),
        ("Submitted to HMICFRS", "Evidence submitted to HMICFRS for closure", "Done"),
        ("Closed (superseded)", "Closed by the force: replaced by a later item", "Done"),
        ("Not for WMP", "Not the force's responsibility to deliver or dependent upon another "
                        "organisation", "Done"),
    ]:
        key.append([s, m, a])
    key.column_dimensions["A"].width = 26
    key.column_dimensions["B"].width = 80
    fpath = CASE / "tracker.xlsx"
    wb.save(fpath)
    fixed_zip(fpath)

    # ---------------- truth ----------------
    for it in ITEMS:
        cat = category(it)
        assert cat == it["expect"], (it["rep"], it["num"], cat, it["expect"])
        if cat in ("closeable_submit", "closeable_local", "in_sync"):
            why = default_why(it, cat) + (" " + it["why"] if it["why"] else "")
        else:
            why = it["why"]
        assert why
        if not it["rows"]:
            truth.append((it["hrow"], "", cat, why))
        for r in it["rows"]:
            fr_ = next(x for x in frows if x["item"] is it and x["text"] == r["text"])
            truth.append((it["hrow"], fr_["frow"], cat, why))
    for fr_ in frows:
        if fr_["item"] is None:
            truth.append(("", fr_["frow"], "not_on_hmicfrs_list", fr_["why"]))
    key_of = lambda t: (t[0] == "", int(t[0].split("!")[1]) if t[0] else 0,
                        int(t[1].split("!")[1]) if t[1] else 0)
    truth.sort(key=key_of)
    with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)


def default_why(it, cat) -> str:
    h = "open" if h_open(it["hstat"]) else "closed"
    f = "done" if all(f_done(r["status"]) for r in it["rows"]) else "open"
    statuses = "/".join(dict.fromkeys(r["status"] for r in it["rows"]))
    base = f"HMICFRS '{it['hstat']}' ({h}); tracker '{statuses}' ({f})"
    return {
        "closeable_submit": base + ": force done, HMICFRS still open.",
        "closeable_local": base + ": HMICFRS closed, force still open.",
        "in_sync": base + ": both agree.",
    }[cat]


if __name__ == "__main__":
    build()
