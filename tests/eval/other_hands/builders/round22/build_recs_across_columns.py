"""Build the evaluation case `recs_across_columns` (round 22, folder wide/).

Force side: the Office of the Police and Crime Commissioner for Derbyshire keeps ONE ROW PER
HMICFRS REPORT, items across columns in pairs ("Rec 1" | "Rec 1 status" ... "Rec 8" |
"Rec 8 status"). HMICFRS side: the register export for Derbyshire Constabulary, one row per item.

Run:  /work/main/.venv/bin/python build_recs_across_columns.py
Rebuilds recs_across_columns/ byte for byte (fixed seed, fixed workbook timestamps).

Recommendation texts are real public HMICFRS wording (Open Government Licence), copied from
/work/shared/data/real_recommendations.csv and the casegen text lists. The force's summaries,
local actions and notes are written for this case.
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
from openpyxl.utils import get_column_letter

SEED = 22_0417
CASE = "recs_across_columns"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FIXED_TS = dt.datetime(2024, 10, 14, 9, 14, 0)
FORCE = "Derbyshire Constabulary"

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")
H_OPEN = {"Awaiting review", "Being progressed"}
H_CLOSED = {"Complete", "Superseded", "No further action required"}

# --------------------------------------------------------------------------------------------
# HMICFRS reports: key -> (title, published)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 19)),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 24)),
    "custody20": ("Report on an unannounced inspection visit to police custody suites 2020",
                  dt.date(2020, 8, 11)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 25)),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
               dt.date(2024, 9, 19)),
}

# --------------------------------------------------------------------------------------------
# Real texts (copied verbatim)
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
MISSING_BODY = (
    "review its approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)
CAUSE_DA = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)
CAUSE_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm."
)
CHILD_DETENTION = (
    "Within six months Derbyshire Constabulary should, in conjunction with children’s social "
    "care services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff make a record of all actions taken and decisions made on "
    "the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested."
)
FS = "The force should "

# --------------------------------------------------------------------------------------------
# HMICFRS items, in register order. (key, report, type, text, HMICFRS status)
# key is used to link to the force cells below.
# --------------------------------------------------------------------------------------------
H_ITEMS = [
    ("sas13.1", "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "Complete"),
    ("sas13.2", "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.", "Complete"),
    ("sas13.3", "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.", "Complete"),
    ("everyone.1", "everyone", NAT, EVERYONE_PLAN, "Superseded"),
    ("austerity.1", "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews", "Complete"),
    ("austerity.2", "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", "No further action required"),
    ("austerity.3", "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.", "Complete"),
    ("austerity.4", "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there "
     "is scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.", "Complete"),
    ("core.1", "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", "Complete"),
    ("core.2", "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Awaiting review"),
    ("sas15.1", "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure "
     "that they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example young people.",
     "Complete"),
    ("picture.1", "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.", "Being progressed"),
    ("firearms.1", "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete"),
    ("firearms.2", "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "Complete"),
    ("firearms.3", "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Being progressed"),
    ("firearms.4", "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Being progressed"),
    ("firearms.5", "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", "Complete"),
    ("eff16.1", "eff16", COC, CAUSE_DA, "Complete"),
    ("eff16.2", "eff16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately take "
     "steps to ensure that there is effective supervision of the initial risk assessment "
     "process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases. In cases where a DASH risk assessment is not completed the officer "
     "should record an assessment on the crime management system.", "Being progressed"),
    ("eff16.3", "eff16", AFI,
     FS + "improve its ability to retrieve digital evidence from mobile phones, computers and "
     "other electronic devices quickly enough to ensure investigations are not delayed.",
     "Being progressed"),
    ("eff16.4", "eff16", AFI,
     FS + "improve its understanding of suspects released under investigation and the "
     "management of those released on bail.", "Being progressed"),
    ("eff16.5", "eff16", AFI,
     FS + "improve the supervision of investigations, so that investigation plans are set, "
     "reviewed and recorded and victims receive a consistently good service.", "Complete"),
    ("eff16.6", "eff16", AFI,
     "Derbyshire Constabulary should develop a clear prevention strategy targeting people most "
     "at risk and make sure activity undertaken prioritises people most at risk.",
     "Being progressed"),
    ("stolen.1", "stolen", NAT, SF_LEADERSHIP, "Being progressed"),
    ("stolen.2", "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Being progressed"),
    ("stolen.3", "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.", "Complete"),
    ("stolen.4", "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Being progressed"),
    ("stolen.5", "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", "Complete"),
    ("stolen.6", "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).", "Awaiting review"),
    ("stolen.7", "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Awaiting review"),
    ("efc17.1", "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", "Being progressed"),
    ("leg17.1", "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Complete"),
    ("leg17.2", "leg17", NAT, SAS_MONITORING_2017, "Being progressed"),
    ("leg17.3", "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", "Being progressed"),
    ("leg17.4", "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Complete"),
    ("leg17.5", "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Awaiting review"),
    ("ncpi18.1", "ncpi18", COC, CAUSE_MISSING, "Being progressed"),
    ("ncpi18.2", "ncpi18", REC,
     "To address this cause of concern the force should immediately " + MISSING_BODY + ".",
     "Being progressed"),
    ("ncpi18.3", "ncpi18", AFI,
     FS + "improve how it works with partner organisations to safeguard people at risk from "
     "child sexual exploitation.", "Complete"),
    ("ncpi18.4", "ncpi18", AFI,
     "Derbyshire Constabulary should make sure officers and staff have the training they need "
     "to identify and respond to online child sexual abuse.", "Superseded"),
    ("ncpi18.5", "ncpi18", REC,
     "Within twelve months, the force should make sure it has enough specialist capacity and "
     "capability to investigate sexual offences against children.", "Awaiting review"),
    ("cdi19.1", "cdi19", REC, "Within three months, the force should " + CDI_VICTIMS_BODY + ".",
     "Being progressed"),
    ("cdi19.2", "cdi19", AFI,
     FS + "make sure it records reports of rape and serious sexual offences accurately and "
     "without delay.", "Complete"),
    ("cdi19.3", "cdi19", AFI,
     FS + "improve its use of its crime-recording and management system to better manage its "
     "case files and investigative processes.", "Being progressed"),
    ("powers.1", "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed"),
    ("powers.2", "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Being progressed"),
    ("powers.3", "powers", NAT, BWV_2021, "Being progressed"),
    ("powers.4", "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.", "No further action required"),
    ("powers.5", "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Being progressed"),
    ("peel21.1", "peel21", AFI,
     FS + "make sure there are appropriate strategic oversight arrangements in place to manage "
     "risks, performance and improvement plans effectively.", "Being progressed"),
    ("peel21.2", "peel21", AFI,
     FS + "make sure the corporate risk register is actively used to mitigate and manage known "
     "risks.", "Being progressed"),
    ("peel21.3", "peel21", AFI,
     FS + "make sure all processes in place to support performance management are effective.",
     "Being progressed"),
    ("peel21.4", "peel21", AFI,
     FS + "make sure it has access to accurate data and analysis to support effective "
     "performance management.", "Complete"),
    ("peel21.5", "peel21", AFI,
     FS + "put plans in place to monitor, including through the gathering and analysis of staff "
     "feedback, team cultures and provide prompt remedial action for any issues it identifies.",
     "Being progressed"),
    ("peel21.6", "peel21", AFI,
     FS + "make sure it provides a confidential way for staff to raise concerns and that staff "
     "are aware of whistleblowing processes.", "Complete"),
    ("peel21.7", "peel21", AFI,
     FS + "review the support available for those who have raised concerns and take any action "
     "needed to make sure these provisions are suitable.", "Being progressed"),
    ("peel21.8", "peel21", AFI,
     FS + "review how it gathers and uses equality and diversity data to improve its "
     "understanding of its workforce demographics.", "Being progressed"),
    ("peel21.9", "peel21", AFI,
     FS + "ensure that it has sufficient resources available in the control room to fulfil its "
     "resourcing model, and so to meet its demand, while also taking into account the wellbeing "
     "of its workforce.", "Being progressed"),
    ("peel23.1", "peel23", AFI,
     FS + "improve the timeliness of its response to calls for service involving people with "
     "mental ill health.", "Awaiting review"),
    ("peel23.2", "peel23", AFI,
     FS + "make sure victims of stalking and harassment are kept informed about the progress of "
     "their case, in line with the Code of Practice for Victims of Crime.", "Awaiting review"),
    ("peel23.3", "peel23", AFI,
     FS + "improve how it gathers, assesses and acts on intelligence about county lines drug "
     "dealing.", "Awaiting review"),
    ("peel23.4", "peel23", AFI,
     FS + "specify in succession plans how it intends to improve diversity across all levels of "
     "the force. This should include offering increased direct-entry opportunities.",
     "Awaiting review"),
]

# Comments on the register (real wording from the old public register where possible)
H_COMMENTS = {
    "Complete": ["This recommendation is complete", None, None],
    "Superseded": ["This area of activity has subsequently been inspected in HMIC's PEEL "
                   "Effectiveness inspections. Where a cause of concern still exists this will "
                   "appear in the register against these subsequent inspections."],
    "No further action required": ["No further action required by the force."],
    "Being progressed": ["The progress of the implementation of this recommendation is "
                         "currently being monitored by HMICFRS and this record will, in due "
                         "course, be updated.", None, None],
    "Awaiting review": ["New recommendation", "The status of this recommendation is currently "
                        "being reviewed by HMIC and will be updated when this review is "
                        "complete."],
}

# --------------------------------------------------------------------------------------------
# Force tracker rows. Each row: (report cell, published cell, [(text, status, link)], lead,
# note, kind). link = HMICFRS key, or "LOCAL:<why>" for an item not on the HMICFRS export.
# status None + "FILL:GREEN" marks a cell shaded green with no text.
# kind: "report" or "cont" (continuation of the row above, report/published cells merged).
# --------------------------------------------------------------------------------------------
NATIONAL_ROWS = [
    ("Stop & Search powers (HMIC 2013)", "Jul-13", [
        ("CCs & CoP to set out in the S&S APP a clear specification of what effective and fair "
         "use of S&S powers looks like, with guidance – compliant with the Code of Practice.",
         "Complete", "sas13.1"),
        ("Chief Constables should establish or improve monitoring of the way officers stop and "
         "search people, so that they can be satisfied their officers are acting in accordance "
         "with the law (including equality legislation and the Code of Practice), and that the "
         "power is used effectively to prevent crime, catch criminals and maintain public trust.",
         "Superseded by 2017 S&S recs", "sas13.2"),
        ("In consultation with the PCC, explain to the public how S&S powers are used locally and "
         "arrange for S&S records to be scrutinised by community reps, involving those who are "
         "stopped and searched e.g. young people.", "Amber", "sas13.3"),
     ], "ACC Local Policing", "Scrutiny panel ToR refreshed 2019", "report"),
    ("Domestic abuse - Everyone's business", dt.datetime(2014, 3, 27), [
        ("By Sept 2014 establish & publish a DA action plan setting out what steps the force "
         "will take to improve its approach to DA. Plan to be developed:\n"
         "- in consultation with the PCC, DA support organisations and victims' reps;\n"
         "- after considering all the recs in the report;\n"
         "- with reference to relevant DHRs and IPCC findings;\n"
         "- drawing on CPS scrutiny panels and MARAC self-assessments.",
         "In progress - plan refreshed annually", "everyone.1"),
     ], "Ch Supt Public Protection", None, "report"),
    ("Policing in Austerity 2014", "July 2014", [
        ("Review plans to deliver savings to make sure we continue to reduce crime and protect "
         "the front line while balancing the budget (use HMIC VfM profiles).", "C",
         "austerity.1"),
        ("CC & PCC to assess whether decisive action has been taken to maintain crime fighting "
         "capacity where the front line workforce is being reduced.", "C", "austerity.3"),
        ("In preparation for the next spending round all Chief Constables and PCCs should "
         "review their plans for collaboration - scope for better value for money and improved "
         "capability and capacity through joint working with other forces, the public and/or the "
         "private sector.", "Complete", "austerity.4"),
     ], "Director of Finance", "Closed at JARAC Dec 2016", "report"),
    ("Core business", "04/09/2014", [
        ("Not later than 31 March 2015 provide call-handlers with specific, sound and "
         "comprehensible criteria against which they can assess threat, harm and risk.",
         "Complete", "core.1"),
        ("By 31 March 2015 crime prevention/disruption activity to be systematically recorded "
         "and evaluated to see which tactics are effective.", "Complete", "core.2"),
     ], "Supt Contact Centre", None, "report"),
    ("Integrity Matters 2015", "Jan 2015", [
        ("By 31 August 2015, satisfy ourselves that misconduct investigations resulting in "
         "'no further action' are fair and free of any form of discrimination.", "Complete",
         "LOCAL:Integrity matters (2015) national recommendation, force marks it complete; "
         "not on the HMICFRS export (closed and no longer held against the force)"),
     ], "Head of Professional Standards", "PSD dip-sample 2016", "report"),
    ("Stop & search powers 2", dt.datetime(2015, 3, 24), [
        ("Chief constables should, in consultation with police and crime commissioners, ensure "
         "that they comply with the Code of Practice by explaining to the public the way stop "
         "and search powers are used in their areas and by making arrangements for stop and "
         "search records to be scrutinised by community representatives. This should be done in "
         "a way that involves those people who are stopped and searched, for example young "
         "people.", "Complete", "sas15.1"),
     ], "ACC Local Policing", None, "report"),
    ("Building the Picture 2015", "Jul 2015", [
        ("By 30 November 2015, put in place arrangements to scrutinise audits of compliance "
         "with the APP on information management through the force IM governance structure, "
         "incl. measures to ensure categorisation of records is regularly adjusted.", "Green",
         "picture.1"),
     ], "Head of Information Management", None, "report"),
    ("Firearms licensing 2015", "Sept 2015", [
        ("Within three months, assess how well the governance of firearms licensing meets the "
         "standards in APP; where not complied with, put the correct arrangements in place "
         "immediately.", "C", "firearms.1"),
        ("Within three months, assess the demand placed on the firearms licensing department "
         "and ensure it has the capacity to meet this demand and provide an efficient and "
         "effective service at all times.", "Amber", "firearms.2"),
        ("Within six months, ensure arrangements for temporary permits are in line with HO "
         "guidance; temporary permits recorded without delay on NFLMS; and effective systems so "
         "certificate holders are never in unlawful possession of a firearm.", "In progress",
         "firearms.4"),
        ("Immediately satisfy ourselves that all appropriate action is being taken with regard "
         "to 'total expired' licensing records.", "Green", "firearms.3"),
        ("Within three months, systems to identify, before police attend, whether an incident "
         "involves or is at the address of a certificate holder, always applied by dispatchers; "
         "officers understand the risk assessment and their power to seize firearms and "
         "certificates.", "C", "firearms.5"),
     ], "Supt Firearms Licensing", "Backlog of renewals reported to PCC monthly", "report"),
    ("PEEL Efficiency 2017 - national", "Nov-17", [
        ("By September 2018 produce an ambitious plan to improve digitally-enabled services "
         "within the force (Digital Policing Strategy 2018-21).",
         "Submitted for closure 11/2019", "efc17.1"),
     ], "Head of Corporate Development", None, "report"),
    ("Stolen Freedom (MSHT) 2017", "24/10/2017", [
        ("Within 12 months review leadership & governance arrangements for MSHT to ensure:\n"
         "- senior leaders prioritise the response to MSHT;\n"
         "- every incident of modern slavery identified is allocated appropriate resources with "
         "the skills, experience and capacity to investigate it effectively;\n"
         "- effective partnership arrangements co-ordinate activity, share information and "
         "safeguard victims.", "Amber", "stolen.1"),
        ("Within 6 months have active ISAs in place with other agencies to speed up the exchange "
         "of intelligence, safeguard victims better and identify suspects as early as possible.",
         "In progress", "stolen.2"),
        ("Immediately, forces should ensure that all victims carrying out criminal acts under "
         "compulsion attributable to slavery or exploitation are afforded the protection of "
         "early and continuing consideration of the applicability of the section 45 defence.",
         "Complete", "stolen.3"),
        ("Immediately ensure full compliance with the NRM process and with the MSA 2015 duty to "
         "notify the HO of any suspected adult victim of MSHT.",
         "Complete - evidence sent to HMICFRS 02/2020", "stolen.4"),
        ("Comply fully with NCRS for MSHT offences; FCR to have enough audit capacity to "
         "identify and manage gaps in crime-recording accuracy for these offences.", "Amber",
         "stolen.5"),
        ("Immediately, ensure that allegations or indications of MSHT are thoroughly "
         "investigated and effectively supervised by teams & individuals with the skills and "
         "experience to undertake them (incl. joint intelligence teams and other means to get "
         "intelligence/evidence from agencies overseas).", "In progress", "stolen.6"),
        ("Local action: Appoint a single point of contact for MSHT in each local policing area",
         "Complete", "LOCAL:force's own local action on the Stolen Freedom row"),
     ], "Det Ch Supt Force CID", "MSHT delivery plan owned by Force CID", "report"),
    ("PEEL Legit 17 S&S", dt.datetime(2017, 12, 12), [
        ("Cause of concern: force unable to demonstrate that use of S&S is consistently "
         "reasonable and fair - over-representation of BAME people (black people in particular) "
         "in S&S data not explained.", "Closed", "leg17.1"),
        ("By July 2018 regularly monitor a comprehensive set of S&S data to understand:\n"
         "- reasons for disproportionate representation of ethnic groups;\n"
         "- how find rates differ by ethnicity and type of search (incl. drug possession vs "
         "supply);\n"
         "- prevalence of possession-only drug searches and fit with local/force priorities.",
         "Complete", "leg17.2"),
        ("Where monitoring identifies disparities, show the public we have researched and "
         "analysed the reasons and taken action to reduce the disparity where necessary.",
         "In progress", "leg17.3"),
        ("Publish this analysis and actions taken at least annually from July 2018.", "A",
         "leg17.4"),
        ("By July 2018, and ongoing, all officers who use S&S powers to have been provided "
         "with, and understand, training on unconscious bias and the CoP APP on S&S.",
         "Complete", "leg17.5"),
     ], "ACC Local Policing", "See S&S scrutiny panel minutes", "report"),
    ("Police powers spotlight (Feb 21)", "Feb 2021", [
        ("By July 2022 officers & staff to have effective communication skills in line with the "
         "National Policing Guidelines on Conflict Management (on top of existing conflict "
         "management / de-escalation training).", "Amber", "powers.1"),
        ("By July 2021 communication skills reinforced through CPD for officers & staff; "
         "supervisors supported to routinely debrief officers on these skills using BWV "
         "footage.", "Green", "powers.2"),
        ("By September 2021:\n"
         "(a) officers record on BWV (when available) the whole of every S&S encounter incl. "
         "traffic stops and use of force incidents;\n"
         "(b) structured process to regularly review a sufficient sample of BWV footage, "
         "disseminate learning and hold officers to account;\n"
         "(c) external scrutiny panel members given access to samples of BWV footage of S&S and "
         "use of force, taking account of the safeguards in the CoP APP.", "In progress",
         "powers.3"),
        ("HO & NPCC to make sure data on use of force to effect a S&S is good enough to publish; "
         "HO to publish asap.", "W - for HO/NPCC", "powers.4"),
     ], "ACC Local Policing", None, "report"),
]

FORCE_ROWS = [
    ("PEEL Eff 16", "Mar-17", [
        ("CAUSE OF CONCERN - DA: discretion policy on DASH does not give confidence that risk "
         "is always assessed; officers not consistently completing DASH where policy requires; "
         "some DA victims at risk of harm not properly risk-assessed.", "Complete", "eff16.1"),
        ("AFI - ensure effective supervision of the initial risk assessment process, "
         "specifically completion of DASH in appropriate cases. Where no DASH is completed the "
         "officer should record an assessment on the crime management system.", "Complete",
         "eff16.2"),
        ("Improve ability to retrieve digital evidence from phones, computers and other devices "
         "quickly enough so investigations are not delayed [HMICFRS {eff16.3}]", "Amber",
         "eff16.3"),
        ("Improve understanding of suspects released under investigation (RUI) and management "
         "of those on bail [HMICFRS {eff16.4}]", "Complete - evidence sent 06/2019", "eff16.4"),
        ("Improve supervison of investigations - plans set, reviewed and recorded so victims "
         "recieve a consistently good service.", "In progress", "eff16.5"),
        ("Local action: Dip-sample 50 domestic abuse crime reports each quarter and report "
         "findings to the Crime Standards Board", "Ongoing",
         "LOCAL:force's own local action on the PEEL Eff 16 row"),
     ], "Ch Supt Public Protection", "CoC discharged by HMICFRS revisit Nov 2017", "report"),
    ("NCPI 2018", "June 2018", [
        ("Cause of concern: response to missing & absent children - risk for children missing "
         "from home not always assessed appropriately; some classed 'absent' instead of "
         "'missing' and risk graded too low.", "A", "ncpi18.1"),
        ("Immediately review approach to missing children reports so that:\n"
         "- call takers use the missing / absent category appropriately;\n"
         "- call takers & frontline staff can identify CSE risk factors and know how to "
         "respond;\n"
         "- supervisors oversee missing person enquiries and direct timely investigative and "
         "safeguarding action.", "G", "ncpi18.2"),
        ("The force should improve how it works with partner organisations to safeguard people "
         "at risk from child sexual exploitation.", "Complete", "ncpi18.3"),
        ("Training for officers & staff to identify and respond to online child sexual abuse.",
         "In progress", "ncpi18.4"),
     ], "Ch Supt Public Protection", None, "report"),
    ("CDI inspection 2019", dt.datetime(2019, 9, 24), [
        ("Within 3 months put in place arrangements to ensure that:\n"
         "• victims are believed at the point of report;\n"
         "• call handler / caller conversations are summarised accurately in the incident log;\n"
         "• multiple crimes always recorded when described in incidents or identified in other "
         "investigations;\n"
         "• no waiting for medical examination / video interview results before crime-recording "
         "decisions;\n"
         "• online crime reports triaged on receipt for ongoing risk to victim or public.",
         "Submitted for closure 03/21", "cdi19.1"),
        ("Make sure reports of rape & serious sexual offences are recorded accurately and "
         "without delay.", "Complete", "cdi19.2"),
        ("Improve use of the crime-recording & management system to better manage case files "
         "and investigative processes.", "Amber", "cdi19.3"),
     ], "Force Crime Registrar", "Re-audit planned Q3 2024/25", "report"),
    ("HMICFRS/HMIP custody 2020", "Aug 2020", [
        (CHILD_DETENTION, "In progress",
         "LOCAL:joint HMICFRS/HMIP custody recommendation (followed up by HMIP); not on the "
         "HMICFRS export"),
        ("Local action: Ch Insp Custody to dip-sample custody records of all detained children "
         "monthly and report to the Criminal Justice Board", "Not started",
         "LOCAL:force's own local action on the custody 2020 row"),
     ], "Ch Insp Custody", "Joint inspection - followed up by HMIP", "report"),
    ("PEEL 2021/22", dt.datetime(2022, 5, 25), [
        ("Make sure there are appropriate strategic oversight arrangements in place to manage "
         "risks, performance and improvement plans effectively.", "Amber", "peel21.1"),
        ("Make sure all processes supporting performance management are effective.", "Amber",
         "peel21.3"),
        ("Corporate risk register to be actively used to mitigate and manage known risks.",
         "FILL:GREEN", "peel21.2"),
        ("Access to accurate data & analysis to support effective performance management "
         "(Power BI performance dashboards).", "Complete", "peel21.4"),
        ("Plans to monitor team cultures, incl. gathering and analysis of staff feedback, with "
         "prompt remedial action for any issues found.", "Red", "peel21.5"),
        ("Confidential way for staff to raise concerns; staff aware of whistleblowing "
         "processes.", "In progress", "peel21.6"),
        ("Review support for those who have raised concerns and take action needed so "
         "provisions are suitable.", "Not started", "peel21.7"),
        ("Review how E&D data is gathered and used to understand workforce demographics.",
         "Complete", "peel21.8"),
     ], "DCC", "11 items - continued on next row", "report"),
    (None, None, [
        ("Sufficient resources in the control room to fulfil the resourcing model and meet "
         "demand, taking account of workforce wellbeing.", "Amber", "peel21.9"),
        ("By July 2021 effective internal monitoring of use of force, to identify and understand "
         "disproportionate use, explain the reasons and implement any improvement action.",
         "Complete", "powers.5"),
        ("Add control room measures (999 answer times, abandoned call rate) to the monthly "
         "Force Performance pack", "Complete",
         "LOCAL:force's own local action on the PEEL 2021/22 continuation row"),
     ], "DCC", None, "cont"),
]

def force_state(status: str) -> str:
    """The force's own status cell, read as an analyst would: 'done' or 'open'."""
    if status == "FILL:GREEN":
        return "done"
    s = status.lower()
    first = re.split(r"[ \-–(]", s, maxsplit=1)[0]
    if s.startswith("in progress") or s.startswith("not started") or first in {
            "amber", "a", "red", "r", "ongoing"}:
        return "open"
    if first in {"complete", "c", "green", "g", "closed", "superseded", "submitted", "w"}:
        return "done"
    raise ValueError(status)


# Deliberate conflicts: HMICFRS key -> why
CONFLICTS = {
    "firearms.4": "timescale differs: HMICFRS 'Within three months', force cell 'Within six "
                  "months'",
    "stolen.1": "force cell lists 3 of the 4 bullets: 'performance and quality assurance "
                "measures' bullet missing",
    "eff16.2": "type differs: HMICFRS Recommendation (from the cause of concern), force cell "
               "labels it 'AFI'",
    "powers.5": "report differs: Disproportionate use of police powers (Feb 2021) item filed on "
                "the force's PEEL 2021/22 continuation row",
}

FILLS = {
    "done": PatternFill("solid", fgColor="C6EFCE"),
    "open": PatternFill("solid", fgColor="FFEB9C"),
    "red": PatternFill("solid", fgColor="FFC7CE"),
    "white": PatternFill("solid", fgColor="FFFFFF"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "section": PatternFill("solid", fgColor="D9E1F2"),
}


def write_hmicfrs(rng: random.Random):
    """Register export: header on row 1, one row per item. Returns key -> (row id, ref, status)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    header = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
              "Recommendation", "Status", "Status date", "Latest comment"]
    ws.append(header)
    for c in ws[1]:
        c.font = Font(bold=True)
    # register IDs: plain integers, unique across the whole register, rising with time
    base = {"sas13": 640, "everyone": 2290, "austerity": 3410, "core": 4790, "sas15": 5150,
            "picture": 5590, "firearms": 6080, "eff16": 7020, "stolen": 8180, "efc17": 8390,
            "leg17": 8520, "ncpi18": 9120, "cdi19": 10170, "powers": 12480, "peel21": 13760,
            "peel23": 15210}
    out = {}
    counters = {k: v + rng.randint(0, 25) for k, v in base.items()}
    for key, rep, typ, text, status in H_ITEMS:
        counters[rep] += rng.randint(1, 9)
        ref = counters[rep]
        title, pub = REPORTS[rep]
        if status in H_CLOSED:
            sdate = min(pub + dt.timedelta(days=rng.randint(300, 1800)), dt.date(2024, 9, 30))
        else:
            sdate = min(pub + dt.timedelta(days=rng.randint(20, 900)), dt.date(2024, 10, 10))
        comment = rng.choice(H_COMMENTS[status])
        ws.append([ref, FORCE, title, dt.datetime.combine(pub, dt.time()), typ, text, status,
                   dt.datetime.combine(sdate, dt.time()), comment])
        r = ws.max_row
        ws.cell(r, 4).number_format = "dd/mm/yyyy"
        ws.cell(r, 8).number_format = "dd/mm/yyyy"
        ws.cell(r, 6).alignment = Alignment(wrap_text=True, vertical="top")
        out[key] = (f"{ws.title}!{r}", ref, status)
    for col, w in zip("ABCDEFGHI", (12, 22, 50, 14, 22, 90, 18, 13, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:I{ws.max_row}"
    return wb, out


def write_tracker(href: dict):
    """The OPCC's wide sheet. Returns a list of force items:
    (row id, text, status, link, report cell)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "HMICFRS Reports"
    ncols = 2 + 16 + 2
    ws.append(["Office of the Police and Crime Commissioner for Derbyshire"])
    ws.append(["HMICFRS inspection reports - recommendations and AFIs for Derbyshire "
               "Constabulary. Position at 30 September 2024 (for JARAC, October 2024)"])
    ws.append([])
    header = ["Report", "Published"]
    for n in range(1, 9):
        header += [f"Rec {n}", f"Rec {n} status"]
    header += ["Lead", "OPCC notes"]
    ws.append(header)
    hrow = ws.max_row
    for c in ws[hrow]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILLS["head"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"].font = Font(italic=True)

    items = []

    def section(title):
        ws.append([title])
        r = ws.max_row
        for c in range(1, ncols + 1):
            ws.cell(r, c).fill = FILLS["section"]
        ws.cell(r, 1).font = Font(bold=True)

    def report_rows(rows):
        prev_report_row = None
        for report, published, cells, lead, note, kind in rows:
            values = [report, published]
            for text, status, link in cells:
                text = re.sub(r"\{([a-z0-9]+\.\d+)\}", lambda m: str(href[m.group(1)][1]), text)
                values += [text, None if status == "FILL:GREEN" else status]
            values += [None, None] * (8 - len(cells))
            values += [lead, note]
            ws.append(values)
            r = ws.max_row
            if isinstance(published, dt.datetime):
                ws.cell(r, 2).number_format = "dd/mm/yyyy"
            for i, (text, status, link) in enumerate(cells):
                tcell = ws.cell(r, 3 + 2 * i)
                scell = ws.cell(r, 4 + 2 * i)
                tcell.alignment = Alignment(wrap_text=True, vertical="top")
                st = force_state(status)
                low = status.lower()
                if status == "FILL:GREEN":
                    scell.fill = FILLS["done"]
                elif low.startswith("w"):
                    scell.fill = FILLS["white"]
                elif low in ("red", "r", "not started"):
                    scell.fill = FILLS["red"]
                else:
                    scell.fill = FILLS[st]
                items.append((f"{ws.title}!{r}", text, status, link, report or "(merged)"))
            if kind == "cont":
                ws.merge_cells(start_row=prev_report_row, start_column=1, end_row=r,
                               end_column=1)
                ws.merge_cells(start_row=prev_report_row, start_column=2, end_row=r,
                               end_column=2)
                ws.cell(prev_report_row, 1).alignment = Alignment(vertical="top")
            prev_report_row = r

    section("NATIONAL / THEMATIC REPORTS (all forces)")
    report_rows(NATIONAL_ROWS)
    ws.append([])
    section("DERBYSHIRE CONSTABULARY INSPECTIONS")
    report_rows(FORCE_ROWS)
    ws.append([])
    ws.append(["Status key: Complete / C / Green = action complete, evidence held; Submitted = "
               "evidence sent to HMICFRS for closure; Amber / A / In progress = work ongoing; "
               "Red / Not started = off track; W = for a national body, not the force to "
               "deliver. Status cells are also shaded."])
    ws.append(["Reports with more than 8 recommendations continue on the row below."])
    ws.append(["Source: HMICFRS reports and force action plans. Owner: OPCC Policy & "
               "Scrutiny Officer."])
    widths = {"A": 30, "B": 12}
    for n in range(8):
        widths[get_column_letter(3 + 2 * n)] = 45
        widths[get_column_letter(4 + 2 * n)] = 16
    widths["S"] = 24
    widths["T"] = 36
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = ws.cell(hrow + 1, 3)

    key = wb.create_sheet("Key")
    key.append(["Colour", "Meaning"])
    key.append(["Green", "Complete - evidence held / submitted to HMICFRS"])
    key.append(["Amber", "In progress"])
    key.append(["Red", "Off track / not started"])
    key.append(["White", "Not the force's to deliver (national body)"])
    return wb, items


def save_fixed(wb: Workbook, path: Path) -> None:
    """Save with fixed document properties and zip timestamps so the build is byte-stable."""
    wb.properties.creator = "OPCC Derbyshire" if "tracker" in path.name else "HMICFRS"
    wb.properties.created = FIXED_TS
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    stamp = FIXED_TS.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TS.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    path.write_bytes(out.getvalue())


def main() -> None:
    rng = random.Random(SEED)
    OUT.mkdir(parents=True, exist_ok=True)
    hwb, href = write_hmicfrs(rng)
    twb, fitems = write_tracker(href)
    save_fixed(hwb, OUT / "hmicfrs.xlsx")
    save_fixed(twb, OUT / "tracker.xlsx")

    # ---------------- truth ----------------
    linked = {}
    lines = []
    for row_id, text, status, link, report in fitems:
        fs = force_state(status)
        shown = "green shading, no text" if status == "FILL:GREEN" else f"'{status}'"
        if link.startswith("LOCAL:"):
            lines.append(("", row_id, "not_on_hmicfrs_list",
                          f"{link[6:]} (status {shown}); no HMICFRS item"))
            continue
        assert link not in linked, link
        linked[link] = (row_id, fs, shown)
    for key, rep, typ, text, hstatus in H_ITEMS:
        hrow, ref, _ = href[key]
        if key not in linked:
            lines.append((hrow, "", "missing_from_force",
                          f"{ref} ({REPORTS[rep][0][:40]}..., HMICFRS '{hstatus}') not in any "
                          f"Rec cell of the tracker"))
            continue
        frow, fs, shown = linked[key]
        hs = "open" if hstatus in H_OPEN else "closed"
        if key in CONFLICTS:
            cat, why = "conflict", CONFLICTS[key]
        elif hs == "open" and fs == "done":
            cat, why = "closeable_submit", f"HMICFRS '{hstatus}', force status {shown}"
        elif hs == "closed" and fs == "open":
            cat, why = "closeable_local", f"HMICFRS '{hstatus}', force status {shown}"
        else:
            cat, why = "in_sync", f"HMICFRS '{hstatus}', force status {shown}"
        lines.append((hrow, frow, cat, why))

    def sort_key(line):
        h, f = line[0], line[1]
        num = lambda s: int(s.split("!")[1]) if s else 10**6
        return (num(h) if h else 10**5 + num(f), num(f))
    lines.sort(key=sort_key)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)


if __name__ == "__main__":
    main()
