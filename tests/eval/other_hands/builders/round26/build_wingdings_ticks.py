"""Build the evaluation case `wingdings_ticks` (round 26).

A force tracker whose completion column ("Complete?" on the force sheet, "Signed off" on the
national sheet) records done / not done the way Excel users do it: "ü"/"û" (also "þ"/"ý") in a
Wingdings cell, "P"/"O" in a Wingdings 2 cell, or Unicode ✓ ✔ ✗ ✘ typed in later years.
A blank completion cell means not done. A RAG column is filled on some rows only and can
disagree with the tick: the tick decides (see README.md).

Run:  /work/main/.venv/bin/python build_wingdings_ticks.py
Rebuilds wingdings_ticks/ byte for byte (fixed seed, fixed workbook timestamps, fixed zip dates).
Texts are real public HMICFRS recommendation texts (Open Government Licence), copied in as
literals from the casegen text lists and /work/shared/data/real_recommendations.csv.
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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

SEED = 2612060101
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
CASE = "wingdings_ticks"
OUT = os.path.join(HERE, CASE)
FORCE = "Gwent Police"
FIXED_TIME = dt.datetime(2024, 1, 12, 9, 30, 0)

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, tracker's own name)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop and Search 2013 – published July 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Domestic abuse - Everyone's business (March 2014)"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop and Search 2 (2015)"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "Targeting the Risk (Firearms Licensing) 2015"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24),
               "Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
               "published 24 October 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 2017 - national"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legitimacy 2017 - national (stop and search)"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
               "of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    # force-level reports
    "eff15": ("PEEL: Police effectiveness 2015", dt.date(2016, 2, 25), "PEEL Effectiveness 2015"),
    "cus16": ("Report on an unannounced inspection visit to police custody suites 2016",
              dt.date(2016, 8, 9), "Custody inspection 2016"),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Effectiveness 2016"),
    "leg16": ("PEEL: Police legitimacy 2016", dt.date(2016, 12, 8), "PEEL Legitimacy 2016"),
    "efy17": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9), "PEEL Efficiency 17"),
    "leg17f": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), "PEEL Legitimacy 2017"),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 26), "NCPI 2018"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", dt.date(2019, 5, 2),
               "PEEL 2018/19"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 20), "CDI 2019"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 10), "PEEL 2021/22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
               dt.date(2023, 5, 25), "PEEL Assessment 2023/24"),
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
CDI_BULLETS = [
    "at the point of report, victims are believed",
    "conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions",
    "multiple crimes are always recorded when described within incident records or identified "
    "as part of other recorded crime investigations",
    "the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks to "
    "the victim or the wider public are identified and appropriately managed",
]
CDI_VICTIMS = ("Within six months the force should put in place arrangements to ensure that:\n"
               "• " + CDI_BULLETS[0] + ";\n• " + CDI_BULLETS[1] + ";\n• " + CDI_BULLETS[2]
               + ";\n• " + CDI_BULLETS[3] + "; and\n• " + CDI_BULLETS[4] + ".")
CHILD_DETENTION_BULLETS = [
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;",
    "ensure that officers and staff in the custody suite assess at an early stage a child’s "
    "need for alternative accommodation (secure or otherwise) and work with children’s social "
    "care services to achieve the most appropriate option for the child;",
    "ensure that custody staff comply with their statutory duties to complete detention "
    "certificates if a child is detained for any reason in police custody following charge;",
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and",
    "improve the timeliness of adequate appropriate adult support for children who are "
    "arrested.",
]
CHILD_DETENTION_STEM = ("Within six months Gwent Police should, in conjunction with children’s "
                        "social care services, review how it manages the detention of children. "
                        "As a minimum it should:")
CHILD_DETENTION = CHILD_DETENTION_STEM + "".join("• " + b for b in CHILD_DETENTION_BULLETS)
MISSING_CHILDREN_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")
MISSING_CHILDREN_REC = (
    "To address this cause of concern, HMIC recommends the force should immediately review its "
    "approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.")

# --------------------------------------------------------------------------------------------
# HMICFRS items: key -> (ref, report, type, text, status, last updated)
# --------------------------------------------------------------------------------------------
BP, AR, CP, SUP, NFA = ("Being progressed", "Awaiting review", "Complete", "Superseded",
                        "No further action required")
H = {}


def h(key, ref, report, typ, text, status, updated):
    H[key] = dict(key=key, ref=ref, report=report, type=typ, text=text, status=status,
                  updated=updated)


# national (all forces)
h("n1", 1043, "sas13", NAT,
  "Chief Constables and the College of Policing should establish in the Stop and Search "
  "Authorised Professional Practice document a clear specification of what constitutes the "
  "effective and fair exercise of stop and search powers, and guidance in this respect. This "
  "should be compliant with the Code of Practice.", CP, dt.date(2015, 6, 30))
h("n2", 1044, "sas13", NAT,
  "Chief Constables should establish or improve monitoring of the way officers stop and search "
  "people, so that they can be satisfied their officers are acting in accordance with the law "
  "(including equality legislation and the Code of Practice), and that the power is used "
  "effectively to prevent crime, catch criminals and maintain public trust.", CP,
  dt.date(2015, 6, 30))
h("n3", 1045, "sas13", NAT,
  "Chief Constables should, in consultation with elected local policing bodies, ensure that they "
  "comply with the code of practice by explaining to the public the way stop and search powers "
  "are used in their areas and by making arrangements for stop and search records to be "
  "scrutinised by community representatives. This should be done in a way that involves those "
  "people who are stopped and searched, for example, young people.", CP, dt.date(2016, 2, 12))
h("n4", 2352, "everyone", NAT, EVERYONE_PLAN, SUP, dt.date(2016, 3, 1))
h("n5", 3318, "austerity", NAT,
  "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are "
  "doing all they can to continue to reduce crime and protect the front line while balancing "
  "their budgets. They should use the data and information contained in this report, and in "
  "HMIC's Value for Money profiles, when conducting their reviews", CP, dt.date(2015, 1, 20))
h("n6", 3319, "austerity", NAT,
  "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
  "through collaboration should assess whether there is scope to improve on this position. HMIC "
  "will follow up the assessments in the autumn.", CP, dt.date(2015, 1, 20))
h("n7", 3320, "austerity", NAT,
  "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
  "workforce and/or police officers on the front line should assess whether they have taken the "
  "decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC "
  "will follow up the assessments in the autumn.", CP, dt.date(2015, 1, 20))
h("n8", 3321, "austerity", NAT,
  "In preparation for the next spending round period all Chief Constables and PCCs should review "
  "their plans for collaboration. In particular they should consider whether there is scope to "
  "deliver better value for money and improved capability and capacity through joint working "
  "with other forces, the public and/or the private sector.", NFA, dt.date(2017, 4, 3))
h("n9", 4830, "core", NAT,
  "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not "
  "yet done so, should provide call-handlers with specific, sound and comprehensible criteria "
  "against which they can assess threat, harm and risk.", CP, dt.date(2015, 9, 14))
h("n10", 4831, "core", NAT,
  "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
  "carried out is systematically recorded and subsequently evaluated to determine the "
  "effectiveness of tactics being employed.", BP, dt.date(2019, 11, 4))
h("n11", 5207, "integrity", NAT,
  "By 31 August 2015, all chief constables should satisfy themselves that they have processes in "
  "place to ensure that investigations into misconduct by officers and staff resulting in “no "
  "further action” are fair and free of any form of discrimination.", CP, dt.date(2016, 5, 19))
h("n12", 5461, "sas15", NAT,
  "Chief constables should, in consultation with police and crime commissioners, ensure that "
  "they comply with the Code of Practice by explaining to the public the way stop and search "
  "powers are used in their areas and by making arrangements for stop and search records to be "
  "scrutinised by community representatives. This should be done in a way that involves those "
  "people who are stopped and searched, for example young people.", BP, dt.date(2018, 7, 2))
h("n13", 5893, "picture", NAT,
  "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits "
  "of compliance with the APP on information management through the force information "
  "management governance structure. This should include measures to ensure that categorisation "
  "of records are regularly adjusted.", CP, dt.date(2017, 8, 22))
h("n14", 6120, "firearms", NAT,
  "Within three months, all chief constables should assess how well the governance of firearms "
  "licensing in his or her force meets the standards set out in Authorised Professional "
  "Practice. Chief constables of forces where the governance standards are not being complied "
  "with should put in place immediately the correct arrangements and procedures in order to meet "
  "the standards in full.", CP, dt.date(2016, 9, 8))
h("n15", 6121, "firearms", NAT,
  "Within three months, all chief constables should assess the demand placed on their firearms "
  "licensing department and ensure it has the capacity to meet this demand and provide an "
  "efficient and effective service at all times.", CP, dt.date(2016, 9, 8))
h("n16", 6122, "firearms", NAT,
  "Immediately, all chief constables should satisfy themselves that all appropriate action is "
  "being taken by their force with regard to ‘total expired’ licensing records.", CP,
  dt.date(2016, 9, 8))
h("n17", 6123, "firearms", NAT,
  "Within three months, all chief constables should ensure that their arrangements in respect of "
  "the use of temporary permits are in accordance with the Home Office guidance; that temporary "
  "permits are properly recorded without delay on the National Firearms Licensing Management "
  "System; and that effective systems exist to ensure certificate holders are not permitted, at "
  "any time, to remain in unlawful possession of a firearm.", BP, dt.date(2020, 2, 17))
h("n18", 6124, "firearms", NAT,
  "Within three months, all chief constables should ensure that systems designed to identify, "
  "prior to police attendance, whether a reported incident involves or is at the address of a "
  "firearm certificate holder are in place and are always applied by staff dispatching officers "
  "to incidents; and that officers understand the risk assessment which they should be "
  "undertaking in such circumstances, and their power, when appropriate, to seize firearms and "
  "firearm certificates.", BP, dt.date(2020, 2, 17))
h("n19", 7702, "stolen", NAT, SF_LEADERSHIP, BP, dt.date(2021, 6, 9))
h("n20", 7703, "stolen", NAT,
  "Within six months, forces should have in place active information-sharing agreements with "
  "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
  "victims better and to identify suspects as early as possible", BP, dt.date(2021, 6, 9))
h("n21", 7704, "stolen", NAT,
  "Immediately, forces should ensure that all victims carrying out criminal acts under "
  "compulsion attributable to slavery or exploitation are afforded the protection of early and "
  "continuing consideration of the applicability of the section 45 defence.", CP,
  dt.date(2019, 3, 28))
h("n22", 7705, "stolen", NAT,
  "Immediately, forces should take steps to ensure they are fully compliant with the NRM process "
  "as it evolves and are implementing the requirement placed upon them under the Modern Slavery "
  "Act 2015 to notify the Home Office of any individual suspected to be an adult victim of "
  "modern slavery or human trafficking.", BP, dt.date(2021, 6, 9))
h("n23", 7706, "stolen", NAT,
  "Immediately, forces should take steps to ensure they fully comply with national crime "
  "recording standard (NCRS) requirements for offences identified as modern slavery and human "
  "trafficking and that sufficient audit capacity is available to the force crime registrar to "
  "provide reassurance that each force is identifying and managing any gaps in its "
  "crime-recording accuracy for these types of offences.", BP, dt.date(2021, 6, 9))
h("n24", 7707, "stolen", NAT,
  "Immediately, forces should ensure that allegations or indications of modern slavery and human "
  "trafficking are thoroughly investigated and effectively supervised by teams and individuals "
  "with the skills and experience to undertake them (this should include the use where "
  "appropriate of joint intelligence teams and other means to obtain intelligence and evidence "
  "from agencies overseas).", CP, dt.date(2020, 10, 15))
h("n25", 7708, "stolen", NAT,
  "Immediately, forces should review their use of preventative powers under the Modern Slavery "
  "Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a "
  "clear threat to others in respect of modern slavery and human trafficking offences are "
  "exploited.", BP, dt.date(2021, 6, 9))
h("n26", 7915, "efc17", NAT,
  "By September 2018, chief constables should produce an ambitious plan to improve "
  "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
  "Council and Association of Police and Crime Commissioners should support the development of "
  "these plans by establishing a national framework which allows for the provision of digitally "
  "enabled services across force boundaries.", BP, dt.date(2022, 1, 18))
h("n27", 8011, "leg17", COC,
  "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search "
  "powers is consistently reasonable and fair. In particular, there is over-representation of "
  "BAME people, and black people in particular, in stop and search data which many forces are "
  "unable to explain.", BP, dt.date(2022, 1, 18))
h("n28", 8012, "leg17", NAT, SAS_MONITORING_2017, CP, dt.date(2020, 7, 1))
h("n29", 8013, "leg17", NAT,
  "Where forces identify disparities through monitoring, they should demonstrate to the public "
  "that they have:\n•carried out research and analysis in an attempt to understand the reasons "
  "for the disparity, and •taken action to reduce the disparity, where necessary;", CP,
  dt.date(2020, 7, 1))
h("n30", 8014, "leg17", NAT,
  "We expect forces to publish this analysis and any actions taken at least on an annual basis, "
  "from July 2018.", BP, dt.date(2022, 1, 18))
h("n31", 8015, "leg17", NAT,
  "By July 2018, and ongoing following that date, forces should ensure that all officers who use "
  "stop and search powers have been provided with, and understand, training on unconscious bias "
  "and College of Policing APP on stop and search.", BP, dt.date(2022, 1, 18))
h("n32", 11904, "powers", NAT,
  "By July 2022, forces should ensure that officers and staff have effective communication "
  "skills, in line with the National Policing Guidelines on Conflict Management. This should be "
  "in addition to existing training on conflict management and de-escalation.", BP,
  dt.date(2023, 3, 6))
h("n33", 11905, "powers", NAT,
  "By July 2021, forces should ensure that communication skills are reinforced as part of the "
  "programme of continuing professional development for officers and staff, and that "
  "supervisors are supported to routinely and frequently debrief officers on these skills using "
  "body-worn video footage.", BP, dt.date(2023, 3, 6))
h("n34", 11906, "powers", NAT, BWV_2021, BP, dt.date(2023, 3, 6))
h("n35", 11907, "powers", NAT,
  "The Home Office and the NPCC should take steps to ensure that the quality of the data "
  "collected on the number of incidents where force has been used to effect a stop and search is "
  "sufficient for publication. The Home Office should publish this data as soon as possible.",
  AR, dt.date(2021, 3, 1))
h("n36", 11908, "powers", NAT,
  "By July 2021, forces should ensure they have effective internal monitoring processes on the "
  "use of force, to help them to identify and understand disproportionate use, explain the "
  "reasons and implement any necessary improvement action.", BP, dt.date(2023, 3, 6))

# force-level (Gwent Police)
h("f1", 6733, "eff16", COC, MISSING_CHILDREN_COC, CP, dt.date(2018, 10, 2))
h("f2", 6734, "eff16", REC, MISSING_CHILDREN_REC, CP, dt.date(2018, 10, 2))
h("f3", 6735, "eff16", AFI,
  "The force should improve its understanding of suspects released under investigation and the "
  "management of those released on bail.", CP, dt.date(2019, 1, 21))
h("f4", 6736, "eff16", AFI,
  "The force should take steps to ensure that there is effective supervision of the initial risk "
  "assessment process, specifically in relation to the completion of DASH risk assessment in "
  "appropriate cases. In cases where a DASH risk assessment is not completed the officer should "
  "record an assessment on the crime management system.", BP, dt.date(2019, 1, 21))
h("f5", 7931, "efy17", AFI,
  "The force should undertake further work to gain a fuller understanding of current demand for "
  "its services, and likely future changes in demand. This is so it can make best use of its "
  "resources by matching them to demand to meet the needs of the public.", CP,
  dt.date(2019, 6, 12))
h("f6", 7932, "efy17", AFI,
  "The force should develop its understanding of the links between its outcomes, outputs and "
  "costs.", BP, dt.date(2019, 6, 12))
h("f7", 7933, "efy17", AFI,
  "Gwent Police should develop a future workforce plan that is aligned with its overall demand "
  "and budget. The plan should include future resource allocations, the mix of skills required "
  "by the workforce and behaviours expected of them.", BP, dt.date(2019, 6, 12))
h("f8", 8044, "leg17f", AFI,
  "The force should immediately review its current background checks arrangements, and make sure "
  "that suitable and sufficient background checks are in place to safeguard its staff and the "
  "communities it serves.", BP, dt.date(2019, 6, 12))
h("f9", 8045, "leg17f", AFI,
  "The force should satisfy itself that it has processes in place to ensure that investigations "
  "into misconduct by officers and staff resulting in “no further action” are fair and free of "
  "any form of discrimination.", BP, dt.date(2019, 6, 12))
h("f10", 8046, "leg17f", AFI,
  "The force should put plans in place to monitor, including through the gathering and analysis "
  "of staff feedback, team cultures and provide prompt remedial action for any issues it "
  "identifies.", CP, dt.date(2020, 11, 30))
h("f11", 8902, "ncpi18", REC,
  "Within six months the force should improve the supervision of investigations, so that "
  "investigation plans are set, reviewed and recorded and victims receive a consistently good "
  "service.", BP, dt.date(2021, 2, 8))
h("f12", 8903, "ncpi18", REC,
  "Immediately, the force should cease the practice of conducting domestic abuse risk "
  "assessments over the telephone and dealing with domestic abuse in the resolution centre.",
  CP, dt.date(2019, 4, 1))
h("f13", 8904, "ncpi18", REC,
  "Within three months, the force should improve its ability to retrieve digital evidence from "
  "mobile phones, computers and other electronic devices quickly enough to ensure investigations "
  "are not delayed.", BP, dt.date(2021, 2, 8))
h("f13b", 8905, "ncpi18", REC,
  "Within three months, the force should make sure it has access to accurate data and analysis "
  "to support effective performance management.", BP, dt.date(2021, 2, 8))
h("f23", 8906, "ncpi18", REC, CHILD_DETENTION, BP, dt.date(2021, 2, 8))
h("f17", 9612, "peel18", AFI,
  "The force should ensure all staff have received at least the lowest level of vetting "
  "clearance for their roles as quickly as possible, working to clear both the vetting backlog "
  "and new vetting renewals when they become due so that it complies fully with the national "
  "vetting guidelines.", BP, dt.date(2022, 9, 5))
h("f18", 9613, "peel18", AFI,
  "The force should make sure it provides a confidential way for staff to raise concerns and "
  "that staff are aware of whistleblowing processes.", CP, dt.date(2021, 3, 15))
h("f19", 9614, "peel18", AFI,
  "The force should review the support available for those who have raised concerns and take "
  "any action needed to make sure these provisions are suitable.", CP, dt.date(2021, 3, 15))
h("f20", 9615, "peel18", AFI,
  "The force should review how it gathers and uses equality and diversity data to improve its "
  "understanding of its workforce demographics.", BP, dt.date(2022, 9, 5))
h("f21", 9616, "peel18", AFI,
  "The force should specify in succession plans how it intends to improve diversity across all "
  "levels of the force. This should include offering increased direct-entry opportunities.", BP,
  dt.date(2022, 9, 5))
h("f22", 9617, "peel18", AFI,
  "The force should develop a clear prevention strategy targeting people most at risk and make "
  "sure activity undertaken prioritises people most at risk.", BP, dt.date(2022, 9, 5))
h("f14", 9880, "cdi19", REC, CDI_VICTIMS, BP, dt.date(2022, 9, 5))
h("f15", 9881, "cdi19", AFI,
  "The force should provide call-handlers with specific, sound and comprehensible criteria "
  "against which they can assess threat, harm and risk.", BP, dt.date(2022, 9, 5))
h("f16", 9882, "cdi19", AFI,
  "The force should improve its use of its crime-recording and management system to better "
  "manage its case files and investigative processes.", BP, dt.date(2022, 9, 5))
PEEL21 = [
    ("p1", 12551, "improve its understanding of the nature and scale of county lines drug dealing "
                  "in its area", BP),
    ("p2", 12552, "make sure investigations of rape and serious sexual offences are allocated to "
                  "officers with the right skills and are effectively supervised", BP),
    ("p3", 12553, "improve how it works with partner organisations to safeguard people at risk "
                  "from child sexual exploitation", BP),
    ("p4", 12554, "make sure it records reports of stalking and harassment accurately and without "
                  "delay", CP),
    ("p5", 12555, "make sure victims of domestic abuse are kept informed about the progress of "
                  "their case, in line with the Code of Practice for Victims of Crime", CP),
    ("p6", 12556, "improve the timeliness of its response to calls for service involving people "
                  "with mental ill health", BP),
    ("p7", 12557, "make sure its performance framework gives senior leaders a clear picture of its "
                  "response to violence against women and girls", BP),
    ("p8", 12558, "make sure it has enough specialist capacity and capability to investigate "
                  "online child sexual abuse", BP),
]
for k, ref, body, st in PEEL21:
    h(k, ref, "peel21", AFI, "The force should " + body + ".", st,
      dt.date(2023, 10, 2) if st == CP else dt.date(2023, 6, 19))
PEEL23 = [
    ("q1", 13370, "Gwent Police should improve how it gathers, assesses and acts on intelligence "
                  "about serious and organised crime."),
    ("q2", 13371, "The force should make sure officers and staff have the training they need to "
                  "identify and respond to vulnerable adults."),
    ("q3", 13372, "The force should make sure it consistently uses ancillary orders and other "
                  "powers to protect victims of honour-based abuse."),
    ("q4", 13373, "The force should develop a problem-solving approach to anti-social behaviour, "
                  "working with local communities and partners."),
]
for k, ref, text in PEEL23:
    h(k, ref, "peel23", AFI, text, AR, dt.date(2023, 5, 25))

# --------------------------------------------------------------------------------------------
# Tick vocabulary of the tracker: code -> (character, font, done?, description)
# --------------------------------------------------------------------------------------------
TICKS = {
    "wd_tick": ("ü", "Wingdings", True, "'ü' in Wingdings (renders ✓)"),
    "wd_cross": ("û", "Wingdings", False, "'û' in Wingdings (renders ✗)"),
    "wd_box": ("þ", "Wingdings", True, "'þ' in Wingdings (renders ☑)"),
    "wd_boxx": ("ý", "Wingdings", False, "'ý' in Wingdings (renders ☒)"),
    "w2_tick": ("P", "Wingdings 2", True, "'P' in Wingdings 2 (renders ✓)"),
    "w2_cross": ("O", "Wingdings 2", False, "'O' in Wingdings 2 (renders ✗)"),
    "u_tick": ("✓", "Segoe UI Symbol", True, "Unicode ✓"),
    "u_heavy": ("✔", "Calibri", True, "Unicode ✔"),
    "u_cross": ("✗", "Segoe UI Symbol", False, "Unicode ✗"),
    "u_hcross": ("✘", "Calibri", False, "Unicode ✘"),
    "blank": (None, None, False, "blank"),
    "blank_wd": (None, "Wingdings", False, "blank (cell formatted Wingdings)"),
    "space": (" ", "Wingdings", False, "a single space (looks blank)"),
}

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre",
         "Head of Learning & Development", "Ch Insp Custody", "Head of Information Management",
         "DCC", "Director of Finance", "Supt Firearms Licensing"]
DONE_NOTES = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Policy rewritten and published on the intranet; briefing delivered to all supervisors. "
    "Evidence pack held by Organisational Learning.",
    "Signed off by the chief officer lead at Force Assurance Board.",
    "Action plan delivered in full. Closure report presented to the Joint Audit Committee.",
    "Completed - new process embedded and dip-sampled by the Force Crime Registrar with no "
    "exceptions found.",
    "Training delivered (97% of frontline officers). Monitoring now part of business as usual.",
    None,
]
OPEN_NOTES = [
    "Work undertaken in area but still requires development to complete.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Awaiting allocation.",
    "Task & Finish group set up; draft policy out for consultation.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Interim process in place; permanent solution depends on the new records system (go-live "
    "delayed to 2024).",
    "Partially addressed. Further work needed on partnership data sharing before closure.",
    None,
]


# --------------------------------------------------------------------------------------------
# Force rows.  Each: dict(sheet, h, text, tick, rag, note, cat, why, ...)
# --------------------------------------------------------------------------------------------
def fr(h_key, tick, cat, why, text=None, rag=None, note="auto", ref="auto", typ=None,
       report=None, no=None):
    return dict(h=h_key, tick=tick, cat=cat, why=why, text=text, rag=rag, note=note, ref=ref,
                typ=typ, report=report, no=no)


# National sheet, grouped by the tracker's report heading rows
NATIONAL_ROWS = [
    ("sas13", [
        fr("n1", "wd_tick", "in_sync", "HMICFRS Complete; force Signed off = Wingdings ü (tick)",
           text="Chief Constables & the College of Policing should establish in the Stop and "
                "Search APP document a clear specification of what constitutes the effective and "
                "fair exercise of stop and search powers, and guidance in this respect. This "
                "should be compliant with the Code of Practice."),
        fr("n2", "wd_tick", "in_sync", "HMICFRS Complete; force Wingdings ü (tick)",
           text="Chief Constables should establish or improve monitoring of the way officers S&S "
                "people, so that they can be satisfied their officers are acting in accordance "
                "with the law (including equality legislation and the Code of Practice), and "
                "that the power is used effectively to prevent crime, catch criminals and "
                "maintain public trust."),
        fr("n3", "wd_cross", "closeable_local",
           "HMICFRS Complete; force Wingdings û (cross) = not signed off. Near-twin of the 2015 "
           "item (5461): paired by report (2013 heading, 'elected local policing bodies')",
           note="Community scrutiny panel to be re-established after the 2015 restructure. "
                "Not yet signed off."),
    ]),
    ("everyone", [
        fr("n4", "blank", "closeable_local",
           "HMICFRS Superseded (closed); force Signed off blank = open (RAG Amber agrees)",
           rag="Amber", note="DA action plan refreshed annually; 2016 plan awaiting PCC sign-off."),
    ]),
    ("austerity", [
        fr("n5", "wd_tick", "in_sync", "HMICFRS Complete; force Wingdings ü"),
        fr("n7", "wd_tick", "in_sync", "HMICFRS Complete; force Wingdings ü"),
        fr("n8", "wd_cross", "closeable_local",
           "HMICFRS 'No further action required' (closed); force Wingdings û = open",
           note="Collaboration review with South Wales Police ongoing (joint firearms, "
                "scientific support)."),
    ]),
    ("core", [
        fr("n9", "wd_tick", "in_sync",
           "HMICFRS Complete; force Wingdings ü. Near-twin of CDI 2019 AFI 9881 (call-handler "
           "criteria): this is the national 'Not later than 31 March 2015' item"),
        fr("n10", "wd_box", "closeable_submit",
           "HMICFRS Being progressed (open); force Wingdings þ (checked box) = done",
           note="Crime prevention activity now recorded on Niche occurrence and evaluated "
                "through the Problem Solving Hub. Complete."),
    ]),
    ("integrity", [
        fr("n11", "wd_tick", "in_sync", "HMICFRS Complete; force Wingdings ü"),
    ]),
    ("sas15", [
        fr("n12", "wd_tick", "closeable_submit",
           "HMICFRS Being progressed (open); force Wingdings ü = signed off. RAG 'Amber' is stale "
           "(sheet note: RAG not updated after sign-off; update says closed). Near-twin of 2013 "
           "item 1045: paired by report (2015 heading, 'police and crime commissioners')",
           rag="Amber",
           text="Chief constables should, in consultation with PCCs, ensure that they comply with "
                "the Code of Practice by explaining to the public the way S&S powers are used in "
                "their areas and by making arrangements for S&S records to be scrutinised by "
                "community representatives. This should be done in a way that involves those "
                "people who are stopped and searched, for example young people.",
           note="Scrutiny panel now reviews S&S records and BWV quarterly; terms of reference "
                "published on force website. Closed at Force Assurance Board 06/2016."),
    ]),
    ("picture", [
        fr("n13", "blank", "closeable_local",
           "HMICFRS Complete; force Signed off blank = open. RAG 'Green' means on track (key), "
           "not complete; update says first audit still due",
           rag="Green",
           text="By 30 November 2015, chief constables should put in place arrangements to "
                "scrutinise audits of compliance with the APP on information management through "
                "the force information management goverance structure. This should include "
                "measures to ensure that categorisation of records are regularly adjusted.",
           note="Audit schedule agreed at Information Management Governance Board; first audit "
                "report due Q3. On track."),
    ]),
    ("firearms", [
        fr("n14", "wd_tick", "in_sync", "HMICFRS Complete; force Wingdings ü"),
        fr("n15", "wd_boxx", "closeable_local",
           "HMICFRS Complete; force Wingdings ý (box with cross) = not signed off",
           text="Within 3 months, all chief constables should assess the demand placed on their "
                "firearms licensing department and ensure it has the capacity to meet this demand "
                "and provide an efficient and effective service at all times.",
           note="Demand review done but renewals backlog (2,100) still outstanding; extra staff "
                "requested in 2017/18 budget."),
        fr("n16", "wd_tick", "in_sync", "HMICFRS Complete; force Wingdings ü"),
        fr("n17", "space", "in_sync",
           "HMICFRS Being progressed (open); force Signed off holds a single space = blank = open",
           note="NFLMS permit recording audited; process for expired permits still manual."),
        fr("n18", "wd_tick", "closeable_submit",
           "HMICFRS Being progressed (open); force Wingdings ü = done",
           note="STORM flag for certificate holders' addresses live since 2016; dispatcher "
                "guidance issued. Complete."),
    ]),
    ("stolen", [
        fr("n19", "w2_tick", "in_sync",
           "Split row 1 of 4 of 7702 (one row per bullet). Bullets 1-3 ticked, bullet 4 blank: "
           "the recommendation is not done until every bullet is, so force open; HMICFRS open",
           text="MSHT leadership & governance (within 12 months) - senior leaders prioritise the "
                "response to modern slavery and human trafficking", no="S1a"),
        fr("n19", "w2_tick", "in_sync",
           "Split row 2 of 4 of 7702; item open overall (bullet 4 blank); HMICFRS open",
           text="MSHT leadership & governance (within 12 months) - every incident of modern "
                "slavery identified to police is allocated appropriate resources with the "
                "skills, experience and capacity to investigate it effectively", no="S1b"),
        fr("n19", "u_tick", "in_sync",
           "Split row 3 of 4 of 7702 (Unicode ✓); item open overall (bullet 4 blank); HMICFRS "
           "open",
           text="MSHT leadership & governance (within 12 months) - develop effective partnership "
                "arrangements to co-ordinate activity in order to share information and "
                "safeguard victims", no="S1c"),
        fr("n19", "blank", "in_sync",
           "Split row 4 of 4 of 7702, Signed off blank = open; HMICFRS open",
           text="MSHT leadership & governance (within 12 months) - performance and QA measures "
                "are in place to allow senior leaders to assess the nature and quality of the "
                "service provided to victims", no="S1d", rag="Amber",
           note="MSHT performance measures drafted; not yet in the Force Performance pack."),
        fr("n20", "w2_tick", "conflict",
           "Timescale differs: HMICFRS 'Within six months', force 'Within twelve months' "
           "(HMICFRS open, force Wingdings 2 P = done)",
           text="Within twelve months, forces should have in place active information-sharing "
                "agreements with other agencies to facilitate speedy exchange of intelligence and "
                "in order to safeguard victims better and to identify suspects as early as "
                "possible."),
        fr("n21", "w2_tick", "in_sync", "HMICFRS Complete; force Wingdings 2 P (tick)"),
        fr("n22", "w2_tick", "closeable_submit",
           "HMICFRS Being progressed (open); force Wingdings 2 P = signed off",
           text="Immediately, forces should take steps to ensure they are fully compliant with the "
                "NRM process as it evolves and are implementing the requirement placed upon them "
                "under the Modern Slavery Act 2015 to notify the HO of any individual suspected "
                "to be an adult victim of MSHT."),
        fr("n23", "w2_cross", "in_sync",
           "HMICFRS Being progressed (open); force Wingdings 2 O (cross) = open"),
        fr("n24", "w2_cross", "closeable_local",
           "HMICFRS Complete; force Wingdings 2 O (cross) = open"),
        fr("n25", "w2_tick", "closeable_submit",
           "HMICFRS Being progressed (open); force Wingdings 2 P = signed off; RAG 'Red' is stale "
           "(update says completed 11/2018)",
           rag="Red",
           note="All preventative orders reviewed; STPO/STRO guidance issued to MSHT SPOCs. "
                "Completed 11/2018."),
        fr(None, "w2_tick", "not_on_hmicfrs_list",
           "Force's own improvement-plan action, not an HMICFRS item",
           text="Force improvement plan: Appoint a single point of contact for modern slavery and "
                "human trafficking in each local policing area", ref=None,
           note="SPOCs appointed in all three LPAs."),
    ]),
    ("efc17", [
        fr("n26", "blank", "in_sync",
           "HMICFRS Being progressed (open); force Signed off blank = open; RAG 'Green' = on track",
           rag="Green",
           note="Digital plan drafted as part of the Digital Policing Strategy; on track for FET "
                "approval."),
    ]),
    ("leg17", [
        fr("n27", "w2_tick", "closeable_submit",
           "HMICFRS Being progressed (open); force Wingdings 2 P = signed off",
           text="Cause of concern: HMICFRS is concerned that forces are not able to demonstrate "
                "that the use of stop and search powers is consistently reasonable and fair. In "
                "particular, there is over-representation of BAME people, and black people in "
                "particular, in stop and search data which many forces are unable to explain."),
        fr("n28", "w2_tick", "in_sync", "HMICFRS Complete; force Wingdings 2 P",
           text=SAS_MONITORING_2017.replace(":\n•", ":\n- ").replace("; •", ";\n- ")
                                   .replace("and •", "and\n- ")),
        fr("n29", "w2_tick", "in_sync", "HMICFRS Complete; force Wingdings 2 P"),
        fr("n31", "w2_cross", "in_sync", "HMICFRS Being progressed; force Wingdings 2 O = open",
           text="By July 2018, and ongoing following that date, forces should ensure that all "
                "officers who use S&S powers have been provided with, and understand, training on "
                "unconscious bias and CoP APP on S&S."),
    ]),
    ("powers", [
        fr("n32", "u_tick", "closeable_submit",
           "HMICFRS Being progressed (open); force Unicode ✓ = signed off"),
        fr("n33", "u_cross", "in_sync", "HMICFRS Being progressed; force Unicode ✗ = open",
           rag="Amber"),
        fr("n34", "blank", "in_sync", "HMICFRS Being progressed; force Signed off blank = open",
           rag="Amber", note="BWV review process agreed; external scrutiny panel access awaiting "
                             "data-sharing agreement."),
        fr("n36", "u_heavy", "conflict",
           "Deadline differs: HMICFRS 'By July 2021', force 'By July 2022' (HMICFRS open, force ✔ "
           "= done)",
           text="By July 2022, forces should ensure they have effective internal monitoring "
                "processes on the use of force, to help them to identify and understand "
                "disproportionate use, explain the reasons and implement any necessary "
                "improvement action."),
    ]),
]

# Force sheet, grouped by report (merged Report / Published cells)
FORCE_ROWS = [
    ("eff15", [
        fr(None, "wd_cross", "not_on_hmicfrs_list",
           "2015 AFI still on the tracker; not on the HMICFRS list (HMICFRS ID 5990 absent) - "
           "query with HMICFRS",
           text="The force should make sure its analysis of serious and organised crime informs "
                "its strategic assessment and control strategy.", ref="5990", typ="AFI",
           note="No update since 2018 restructure."),
    ]),
    ("cus16", [
        fr(None, "wd_tick", "not_on_hmicfrs_list",
           "Joint HMIP/HMICFRS custody recommendation the force tracks; not on the HMICFRS list",
           text="The force should make sure officers and staff have the training they need to "
                "identify and respond to people with mental ill health.", ref=None,
           typ="Recommendation", note="Mental health awareness module added to custody "
                                      "refresher training. Complete."),
    ]),
    ("leg16", [
        fr("f9", "w2_cross", "conflict",
           "Report and date differ: force files it under PEEL Legitimacy 2016 (08/12/2016); "
           "HMICFRS item 8045 is PEEL: Police legitimacy 2017 (12/12/2017). Text identical "
           "(both open: Wingdings 2 O). Not the national Integrity Matters item 5207",
           ref=None, typ="AFI"),
    ]),
    ("eff16", [
        fr("f1", "wd_tick", "in_sync",
           "HMICFRS Complete; force Wingdings ü. Type 'Cause for concern' = Cause of concern",
           typ="Cause for concern"),
        fr("f2", "wd_tick", "in_sync", "HMICFRS Complete; force Wingdings ü", typ="Rec"),
        fr(None, "wd_tick", "not_on_hmicfrs_list", "Force's own local action",
           text="Local action: Task & Finish group to review the missing children policy and "
                "report to the Force Executive Team", ref=None, typ="Local",
           note="Reported to FET 14/11/2017."),
        fr("f3", "wd_cross", "closeable_local", "HMICFRS Complete; force Wingdings û = open",
           typ="AFI", text="The force should improve its understanding of suspects released "
                           "under investigation (RUI) and the management of those released on "
                           "bail."),
        fr("f4", "wd_tick", "closeable_submit",
           "HMICFRS Being progressed (open); force Wingdings ü = complete", typ="AFI"),
    ]),
    ("efy17", [
        fr("f5", "w2_tick", "in_sync", "HMICFRS Complete; force Wingdings 2 P", typ="AFI"),
        fr("f6", "w2_tick", "closeable_submit",
           "HMICFRS Being progressed (open); force Wingdings 2 P = complete; RAG 'A' stale",
           typ="AFI", rag="A",
           note="Outcomes/costs model built with Finance for the Force Management Statement "
                "2018. Complete."),
        fr("f7", "w2_cross", "in_sync", "HMICFRS Being progressed; force Wingdings 2 O = open",
           typ="AFI"),
    ]),
    ("leg17f", [
        fr("f8", "w2_tick", "closeable_submit",
           "HMICFRS Being progressed (open); force Wingdings 2 P = complete", typ="AFI"),
        fr("f10", "blank_wd", "closeable_local",
           "HMICFRS Complete; force Complete? blank = open. RAG 'G' = on track, not complete",
           typ="AFI", rag="G",
           note="Staff survey results being analysed; team-level culture dashboards in "
                "development. On track."),
    ]),
    ("ncpi18", [
        fr("f11", "w2_tick", "closeable_submit",
           "HMICFRS Being progressed (open); force Wingdings 2 P = complete",
           typ="Recommendation"),
        fr("f12", "w2_tick", "in_sync", "HMICFRS Complete; force Wingdings 2 P",
           typ="Recommendation"),
        fr("f13", "blank", "in_sync", "HMICFRS Being progressed; force Complete? blank = open",
           typ="Recommendation", rag="R",
           note="Digital forensics backlog 9 months; kiosk roll-out delayed."),
        fr("f23", "u_tick", "conflict",
           "Missing bullet: force text omits 'comply with their statutory duties to complete "
           "detention certificates...' (4 of 5 bullets). HMICFRS open, force ✓",
           typ="Recommendation",
           text=CHILD_DETENTION_STEM + "".join(
               "\n• " + b for i, b in enumerate(CHILD_DETENTION_BULLETS) if i != 2)),
    ]),
    ("peel18", [
        fr("f17", "w2_tick", "conflict",
           "Type differs: HMICFRS Area for improvement, force 'Recommendation' (HMICFRS open, "
           "force P = done)", typ="Recommendation"),
        fr("f18", "w2_tick", "in_sync", "HMICFRS Complete; force Wingdings 2 P", typ="AFI"),
        fr("f19", "w2_cross", "closeable_local",
           "HMICFRS Complete; force Wingdings 2 O = open (RAG 'G' = on track)", typ="AFI",
           rag="G", note="Support review started with Staff Association; on track for Q2."),
        fr("f20", "w2_tick", "closeable_submit",
           "HMICFRS Being progressed (open); force Wingdings 2 P = complete", typ="AFI"),
        fr("f21", "blank", "in_sync",
           "HMICFRS Being progressed; force blank = open (RAG 'G' = on track)", typ="AFI",
           rag="G", note="Positive action plan drafted; direct entry detective scheme under "
                         "consideration. On track."),
        fr("f22", "blank", "conflict",
           "Reference differs: force HMICFRS ID 9671, HMICFRS 9617 (digits transposed; 9671 is "
           "not on the list). Text identical; both open", typ="AFI", ref="9671"),
    ]),
    ("cdi19", [
        *[fr("f14", t, "closeable_submit",
             f"Split row {i + 1} of 5 of 9880 (one row per bullet), {TICKS[t][3]}: all five "
             "bullets ticked, so force done; HMICFRS Being progressed",
             typ="Recommendation",
             text="Put in place arrangements (within 6 months) to ensure that " + b,
             no=f"{{n}}.{i + 1}")
          for i, (t, b) in enumerate(zip(["w2_tick", "w2_tick", "w2_tick", "u_tick", "wd_tick"],
                                         CDI_BULLETS))],
        fr("f15", "w2_cross", "in_sync",
           "HMICFRS Being progressed; force Wingdings 2 O = open. Near-twin of Core Business "
           "national item 4830 (closed, ticked)", typ="AFI"),
        fr("f16", "blank", "in_sync", "HMICFRS Being progressed; force blank = open", typ="AFI",
           rag="R"),
        fr(None, "w2_cross", "not_on_hmicfrs_list", "Force's own action",
           text="Force action - Dip-sample 50 rape and serious sexual offences crime reports "
                "each quarter and report findings to the Crime Standards Board", ref=None,
           typ="Local", note="Q1 and Q2 dip-samples done; Q3 outstanding."),
    ]),
    ("peel21", [
        fr("p1", "u_tick", "closeable_submit", "HMICFRS Being progressed; force ✓ = complete",
           typ="Area for Improvement"),
        fr("p2", "u_cross", "in_sync", "HMICFRS Being progressed; force ✗ = open",
           typ="Area for Improvement"),
        fr("p3", "blank", "in_sync", "HMICFRS Being progressed; force blank = open",
           typ="Area for Improvement", rag="A"),
        fr("p4", "u_heavy", "in_sync", "HMICFRS Complete; force ✔", typ="Area for Improvement"),
        fr("p5", "u_cross", "closeable_local", "HMICFRS Complete; force ✗ = open",
           typ="Area for Improvement",
           note="Victim contact audit shows 71% compliance with VCOP updates; re-audit due."),
        fr("p6", "wd_tick", "closeable_submit",
           "HMICFRS Being progressed; force 'ü' in Wingdings (copied from an old row) = done",
           typ="Area for Improvement",
           note="Mental health triage car and Right Care Right Person phase 1 live. Complete."),
        fr("p7", "u_heavy", "closeable_submit",
           "HMICFRS Being progressed; force ✔ = complete; RAG 'A' stale",
           typ="Area for Improvement", rag="A",
           note="VAWG performance dashboard live on Qlik from 04/2023; reviewed monthly at VAWG "
                "Board. Complete."),
        fr("p8", "blank", "in_sync",
           "HMICFRS Being progressed; force Complete? blank = open (the ✓/✗ inside the progress "
           "text is a sub-task checklist, not the completion mark)",
           typ="Area for Improvement",
           note="Business case ✓  Recruitment ✗ (4 of 6 POLIT posts vacant)  Training ✗"),
        fr(None, "u_tick", "not_on_hmicfrs_list", "Force's own internal audit action",
           text="Internal audit action: Internal audit of the counter-corruption governance "
                "arrangements (audit plan 2023/24)", ref=None, typ="Local"),
    ]),
    ("peel23", [
        fr("q1", "blank", "in_sync", "HMICFRS Awaiting review (open); force blank = open",
           typ="AFI", note="Awaiting allocation."),
        fr("q2", "u_hcross", "in_sync", "HMICFRS Awaiting review (open); force ✘ = open",
           typ="AFI"),
        fr("q3", "u_tick", "closeable_submit",
           "HMICFRS Awaiting review (open); force ✓ = complete", typ="AFI",
           note="Ancillary orders guidance for HBA issued; all HBA cases now reviewed by the "
                "Public Protection hub. Complete."),
    ]),
]

MISSING = {
    "n6": "HMICFRS item (Complete) never entered on the tracker",
    "n30": "HMICFRS item (open) not on the tracker: publish disparity analysis annually",
    "n35": "Addressed to the Home Office and the NPCC; the force never tracked it",
    "f13b": "NCPI 2018 recommendation never transferred to the tracker",
    "q4": "PEEL 2023/24 AFI not yet added to the tracker",
}

# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------
GREEN = "00B050"
RED = "FF0000"
THIN = Side(style="thin", color="BFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
RAG_FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "Red": "FF0000", "Amber": "FFC000",
            "Green": "00B050"}
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(name="Arial", bold=True, color="FFFFFF", size=10)
BODY_FONT = Font(name="Arial", size=10)


def rand_date(lo: dt.date, hi: dt.date) -> dt.date:
    return lo + dt.timedelta(days=rng.randrange(max(1, (hi - lo).days)))


def write_tick(cell, code):
    ch, font, done, _ = TICKS[code]
    cell.value = ch
    if font:
        cell.font = Font(name=font, size=12, color=(GREEN if done else RED))
    cell.alignment = Alignment(horizontal="center", vertical="top")
    cell.border = BOX


def fill_row_auto(r, hitem, sheet_kind):
    """Fill lead, note, rag, done date where not given (seeded)."""
    done = TICKS[r["tick"]][2]
    if r["note"] == "auto":
        r["note"] = rng.choice(DONE_NOTES if done else OPEN_NOTES)
    r["lead"] = rng.choice(LEADS) if rng.random() < 0.9 else None
    if r["rag"] is None and rng.random() < 0.4:
        if done:
            r["rag"] = "G" if sheet_kind == "F" else "Green"
        else:
            # random RAG on open rows is Amber/Red only: every Green-but-open row is deliberate
            r["rag"] = rng.choice(["A", "A", "R"]) if sheet_kind == "F" else \
                rng.choice(["Amber", "Amber", "Red"])
    pub = REPORTS[hitem["report"]][1] if hitem else dt.date(2019, 1, 1)
    if done and rng.random() < 0.85:
        r["done_on"] = rand_date(pub + dt.timedelta(days=120),
                                 max(pub + dt.timedelta(days=400), dt.date(2023, 12, 1)))
        if hitem and hitem["report"] == "sas15" and r["h"] == "n12":
            r["done_on"] = dt.date(2016, 6, 14)
        if r["h"] == "n25":
            r["done_on"] = dt.date(2018, 11, 22)
    else:
        r["done_on"] = None
    if r["text"] is None:
        r["text"] = hitem["text"]


def normalise_xlsx(path):
    """Rewrite the zip with fixed member dates so the file rebuilds byte for byte."""
    with open(path, "rb") as f:
        data = f.read()
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            payload = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                payload = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                                 rb"\g<1>2024-01-12T09:30:00Z\g<2>", payload)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 12, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, payload)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def fix_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME


# --------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------
def build():
    os.makedirs(OUT, exist_ok=True)
    truth = []  # (hmicfrs_row, force_row, category, why)

    # ---- HMICFRS export ------------------------------------------------------------------
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    head = ["Reference", "Force", "Report", "Publication date", "Type", "Recommendation",
            "Status", "Last updated"]
    ws.append(head)
    for c in ws[1]:
        c.font = Font(name="Calibri", bold=True)
    order = sorted(H.values(), key=lambda x: (REPORTS[x["report"]][1], x["ref"]))
    hrow = {}
    for i, it in enumerate(order, start=2):
        ws.append([it["ref"], FORCE, REPORTS[it["report"]][0], REPORTS[it["report"]][1],
                   it["type"], it["text"], it["status"], it["updated"]])
        ws.cell(i, 4).number_format = "dd/mm/yyyy"
        ws.cell(i, 8).number_format = "dd/mm/yyyy"
        hrow[it["key"]] = f"Recommendations!{i}"
    for col, w in zip("ABCDEFGH", [11, 14, 48, 14, 24, 90, 18, 13]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:H{ws.max_row}"
    fix_props(wb, "HMICFRS")
    hpath = os.path.join(OUT, "hmicfrs.xlsx")
    wb.save(hpath)
    normalise_xlsx(hpath)

    # ---- Force tracker -----------------------------------------------------------------------
    wb = Workbook()
    wf = wb.active
    wf.title = "Force recs"
    wn = wb.create_sheet("National recs")
    wk = wb.create_sheet("Key")

    # Force sheet
    wf["A1"] = "Gwent Police – HMICFRS recommendations, causes of concern and AFIs tracker"
    wf["A1"].font = Font(name="Arial", bold=True, size=14)
    wf["A2"] = ("Owner: Corporate Development (Organisational Learning). Last updated "
                "12/01/2024. Force-level inspections only - national/thematic recs on the "
                "'National recs' tab.")
    wf["A2"].font = Font(name="Arial", italic=True, size=9)
    wf["A3"] = ("RAG = progress against the action plan (R off track / A at risk / G on track). "
                "Complete? = tick once the lead has evidenced completion (see Key tab); cross or "
                "blank = not complete.")
    wf["A3"].font = Font(name="Arial", italic=True, size=9)
    fhead = ["No.", "HMICFRS ID", "Report", "Published", "Type", "Recommendation / AFI", "Lead",
             "Progress update", "RAG", "Complete?", "Date completed"]
    HR = 5
    for j, t in enumerate(fhead, start=1):
        c = wf.cell(HR, j, t)
        c.font, c.fill, c.border = HEAD_FONT, HEAD_FILL, BOX
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    row = HR + 1
    num = 0
    for rep, rows in FORCE_ROWS:
        start = row
        for r in rows:
            hi = H.get(r["h"]) if r["h"] else None
            fill_row_auto(r, hi, "F")
            if r["no"] and "{n}" in r["no"]:
                if r["no"].endswith(".1"):
                    num += 1
                no = r["no"].replace("{n}", str(num))
            elif r["typ"] == "Local":
                no = f"{num}a"
            else:
                num += 1
                no = num
            if r["ref"] == "auto":
                # register IDs were only recorded from 2017 onwards
                ref = hi["ref"] if hi and REPORTS[hi["report"]][1] >= dt.date(2017, 6, 1) else None
            else:
                ref = int(r["ref"]) if r["ref"] else None
            typ = r["typ"] if r["typ"] != "Local" else "Local action"
            vals = [no, ref, REPORTS[rep][2] if row == start else None,
                    REPORTS[rep][1] if row == start else None, typ, r["text"], r["lead"],
                    r["note"], r["rag"]]
            for j, v in enumerate(vals, start=1):
                c = wf.cell(row, j, v)
                c.font, c.alignment, c.border = BODY_FONT, WRAP, BOX
            wf.cell(row, 4).number_format = "mmm yyyy"
            if r["rag"]:
                wf.cell(row, 9).fill = PatternFill("solid", fgColor=RAG_FILL[r["rag"]])
                wf.cell(row, 9).alignment = Alignment(horizontal="center", vertical="top")
            write_tick(wf.cell(row, 10), r["tick"])
            c = wf.cell(row, 11, r["done_on"])
            c.number_format, c.font, c.border = "dd/mm/yyyy", BODY_FONT, BOX
            truth.append((hrow[r["h"]] if r["h"] else "", f"Force recs!{row}", r["cat"],
                          r["why"]))
            row += 1
        if row - 1 > start:
            wf.merge_cells(start_row=start, start_column=3, end_row=row - 1, end_column=3)
            wf.merge_cells(start_row=start, start_column=4, end_row=row - 1, end_column=4)
    for col, w in zip("ABCDEFGHIJK", [6, 11, 20, 10, 16, 70, 22, 50, 6, 11, 13]):
        wf.column_dimensions[col].width = w
    wf.freeze_panes = wf.cell(HR + 1, 1)

    # National sheet: report heading rows between the items
    wn["A1"] = "National / thematic HMICFRS recommendations – applicable to all forces"
    wn["A1"].font = Font(name="Arial", bold=True, size=14)
    wn["A2"] = ("Signed off = chief officer lead has signed the recommendation off (tick). RAG is "
                "not updated after sign-off.")
    wn["A2"].font = Font(name="Arial", italic=True, size=9)
    nhead = ["Ref", "HMICFRS ref", "Recommendation", "Owner", "Update", "RAG", "Signed off",
             "Sign-off date"]
    HN = 4
    for j, t in enumerate(nhead, start=1):
        c = wn.cell(HN, j, t)
        c.font, c.fill, c.border = HEAD_FONT, HEAD_FILL, BOX
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    row = HN + 1
    num = 0
    for rep, rows in NATIONAL_ROWS:
        c = wn.cell(row, 1, REPORTS[rep][2])
        c.font = Font(name="Arial", bold=True, size=10)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        wn.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        row += 1
        for r in rows:
            hi = H.get(r["h"]) if r["h"] else None
            fill_row_auto(r, hi, "N")
            if r["no"]:
                if r["no"].endswith("a"):
                    num += 1
                no = f"N{num}{r['no'][-1]}"
            else:
                num += 1
                no = f"N{num}"
            if r["ref"] == "auto":
                ref = hi["ref"] if hi and REPORTS[hi["report"]][1] >= dt.date(2017, 6, 1) else None
            else:
                ref = int(r["ref"]) if r["ref"] else None
            vals = [no, ref, r["text"], r["lead"], r["note"], r["rag"]]
            for j, v in enumerate(vals, start=1):
                c = wn.cell(row, j, v)
                c.font, c.alignment, c.border = BODY_FONT, WRAP, BOX
            if r["rag"]:
                wn.cell(row, 6).fill = PatternFill("solid", fgColor=RAG_FILL[r["rag"]])
            write_tick(wn.cell(row, 7), r["tick"])
            c = wn.cell(row, 8, r["done_on"])
            c.number_format, c.font, c.border = "dd/mm/yyyy", BODY_FONT, BOX
            truth.append((hrow[r["h"]] if r["h"] else "", f"National recs!{row}", r["cat"],
                          r["why"]))
            row += 1
    for col, w in zip("ABCDEFGH", [7, 11, 80, 22, 50, 8, 10, 13]):
        wn.column_dimensions[col].width = w
    wn.freeze_panes = wn.cell(HN + 1, 1)

    # Key sheet
    wk["A1"] = "Key"
    wk["A1"].font = Font(name="Arial", bold=True, size=14)
    wk["A3"], wk["B3"] = "Symbol", "Meaning"
    for c in (wk["A3"], wk["B3"]):
        c.font = Font(name="Arial", bold=True)
    key_rows = [("wd_tick", "Complete / signed off"), ("wd_cross", "Not complete"),
                ("w2_tick", "Complete / signed off (Wingdings 2, used from 2018)"),
                ("w2_cross", "Not complete (Wingdings 2)")]
    for i, (code, meaning) in enumerate(key_rows, start=4):
        write_tick(wk.cell(i, 1), code)
        wk.cell(i, 2, meaning).font = BODY_FONT
    wk["A9"] = "R / A / G"
    wk["B9"] = ("Progress against plan: Red = off track, Amber = at risk, Green = on track. "
                "Green does not mean complete - tick the Complete? / Signed off column.")
    wk["A10"] = "Blank"
    wk["B10"] = "Not complete."
    wk.column_dimensions["A"].width = 12
    wk.column_dimensions["B"].width = 100
    fix_props(wb, "Organisational Learning")
    tpath = os.path.join(OUT, "tracker.xlsx")
    wb.save(tpath)
    normalise_xlsx(tpath)

    # ---- missing from force ----------------------------------------------------------------
    for k, why in MISSING.items():
        truth.append((hrow[k], "", "missing_from_force", why))

    # truth sorted: HMICFRS order first, then force-only rows
    def sort_key(t):
        hr = int(t[0].split("!")[1]) if t[0] else 10 ** 6
        fs, _, fn = t[1].partition("!")
        return (hr, fs, int(fn) if fn else 0)
    truth.sort(key=sort_key)
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)
    return truth, hrow


README = r"""# wingdings_ticks — a force tracker that marks completion with Wingdings / Unicode ticks

Built by `../build_wingdings_ticks.py` (seed `SEED_VALUE`; fixed workbook timestamps and zip
dates, so a rebuild is byte for byte identical). Run it with `/work/main/.venv/bin/python`.
Force: Gwent Police (fictional state; real public HMICFRS texts, Open Government Licence).

## Files
- `hmicfrs.xlsx`, sheet `Recommendations`: a plain register export, header on row 1, 72 items
  (rows 2-73). Columns: Reference (plain integer register id), Force, Report (full HMICFRS
  title), Publication date (date cell), Type (National recommendation / Recommendation /
  Area for improvement / Cause of concern), Recommendation (text), Status, Last updated.
  Status: open = `Being progressed`, `Awaiting review`; closed = `Complete`, `Superseded`,
  `No further action required`.
- `tracker.xlsx`, three sheets:
  - `Force recs` (force-level inspections). Rows 1-3 title / owner / legend, row 4 blank,
    header row 5: No. | HMICFRS ID | Report | Published | Type | Recommendation / AFI | Lead |
    Progress update | RAG | **Complete?** | Date completed. Items rows 6-48. Report and
    Published are merged vertically over each report's rows (forward-fill). HMICFRS ID is only
    filled for reports from mid-2017 on. Type words: AFI, Rec, Recommendation, Area for
    Improvement, Cause for concern, Local action. "No." is the tracker's own running number
    (5a, 23.1 ... 23.5 for the split rows), never a register reference.
  - `National recs` (all-forces reports). Row 1 title, row 2 note ("Signed off = chief officer
    lead has signed the recommendation off (tick). RAG is not updated after sign-off."), row 3
    blank, header row 4: Ref | HMICFRS ref | Recommendation | Owner | Update | RAG |
    **Signed off** | Sign-off date. Each report starts with a merged, shaded report-title row
    (rows 5, 9, 11, 15, 18, 20, 22, 24, 30, 42, 44, 49): those are not items. No type column,
    no publication date except inside the heading text. Items rows 6-53 minus headings.
  - `Key`: the legend. Shows ü/û in Wingdings and P/O in Wingdings 2 with their meanings, and
    "R / A / G = progress against plan … Green does not mean complete - tick the Complete? /
    Signed off column." No items.

## How completion is read (the point of this case)
The completion column is the force's status. Its cell value alone means nothing: the font does.
| cell value | cell font | renders | force status |
|---|---|---|---|
| `ü` | Wingdings | ✓ | done |
| `û` | Wingdings | ✗ | open |
| `þ` | Wingdings | ☑ | done (National recs!17) |
| `ý` | Wingdings | ☒ | open (National recs!26) |
| `P` | Wingdings 2 | ✓ | done |
| `O` | Wingdings 2 | ✗ | open |
| `✓` `✔` | Segoe UI Symbol / Calibri | ✓ ✔ | done |
| `✗` `✘` | Segoe UI Symbol / Calibri | ✗ ✘ | open |
| empty, or a single space (National recs!28) | any (some blanks are formatted Wingdings) | – | open |

Eras mix as in a sheet kept by several people: 2013-2017 rows mostly Wingdings ü/û, 2017-2019
rows Wingdings 2 P/O, 2020+ rows Unicode; but a 2022 row carries a Wingdings ü copied from an old
row (Force recs!42), a split recommendation mixes P, ✓ and ü across its bullet rows
(Force recs!29-33, National recs!31-33), and ticks are green / crosses red.

**RAG vs tick.** RAG is filled on about half the rows only. The sheet itself says what it means:
the Key tab ("progress against plan … Green does not mean complete") and the National recs note
("RAG is not updated after sign-off"). So the tick column decides, always:
- tick + Amber/Red RAG = done; the RAG is stale and every such row's update confirms completion
  (National recs!21 Amber, National recs!40 Red, Force recs!15 A, Force recs!43 A);
- blank/cross + Green RAG = open, Green = on track, and the update says work is still in
  progress (National recs!23, National recs!43, Force recs!18, Force recs!25, Force recs!27).
An analyst reading the whole sheet reaches the same answer; no disagreement row is left to
guesswork.

## Other traps and how the truth decides them
- **Split rows.** 9880 (CDI 2019, five bullets) is five rows, Force recs!29-33, all ticked
  (P, P, P, ✓, ü): force done, HMICFRS open → closeable_submit on each of the five lines.
  7702 (Stolen Freedom leadership, four bullets) is National recs!31-34: three ticked, the
  fourth blank → the recommendation is not done until every bullet is, so force open; HMICFRS
  open → in_sync on each of the four lines.
- **Near-twin texts across reports.** 1045 (Stop and search 2013, "elected local policing
  bodies", Complete) vs 5461 (Stop and search 2 2015, "police and crime commissioners", Being
  progressed): paired by the report-title row above each (National recs!8 û → closeable_local;
  National recs!21 ü → closeable_submit). 4830 (Core Business national call-handler criteria,
  Complete, ü at National recs!16 → in_sync) vs 9881 (CDI 2019 AFI, same wording without the
  deadline, Being progressed, O at Force recs!34 → in_sync). 5207 (Integrity matters
  "no further action" misconduct, National recs!19) vs 8045 (PEEL legitimacy 2017 AFI,
  Force recs!8).
- **Conflicts (6).** 7703 timescale "Within six months" vs force "Within twelve months"
  (National recs!35); 11908 deadline "By July 2021" vs force "By July 2022" (National recs!53);
  8045 filed by the force under "PEEL Legitimacy 2016", Dec 2016, HMICFRS PEEL legitimacy 2017,
  12/12/2017 (Force recs!8); 8906 child detention, force text drops the detention-certificates
  bullet (Force recs!22); 9612 type Area for improvement vs force "Recommendation"
  (Force recs!23); 9617 force HMICFRS ID 9671, digits transposed, text identical
  (Force recs!28). A conflict is a conflict whatever the two statuses say.
- **Synonyms that are not conflicts.** "Cause for concern" = Cause of concern (Force recs!9);
  "AFI" / "Area for Improvement" = Area for improvement; abbreviations (S&S, APP, PCCs, HO,
  MSHT, CoP, "Within 3 months"), a misspelling ("goverance"), "(RUI)" added, bullet characters
  changed ("•" vs "- " on new lines), a "Cause of concern:" prefix on a national row, and
  HMICFRS's stray footnote digits ("intelligence 86", "another force; and 20").
- **Tick characters inside text.** Force recs!44's progress update reads "Business case ✓
  Recruitment ✗ … Training ✗": a sub-task checklist. Its Complete? cell is blank → open.
- **Not on the HMICFRS list (6).** Local actions Force recs!11 ("Local action: …"), 36
  ("Force action - …"), 45 ("Internal audit action: …"), National recs!41 ("Force improvement
  plan: …"); a 2015 AFI still tracked with HMICFRS ID 5990 that the register no longer holds
  (Force recs!6); a joint HMIP custody 2016 recommendation the register does not carry
  (Force recs!7; its wording resembles PEEL AFIs 12556 and 13371 on other topics).
- **Missing from the force (5).** 3319 (austerity, Complete), 8014 (publish disparity analysis,
  open), 11907 (addressed to the Home Office and the NPCC; never tracked), 8905 (NCPI 2018,
  never transferred), 13373 (PEEL 2023/24, not yet added).
- HMICFRS `Superseded` (2352) and `No further action required` (3321) are closed; both are
  open on the tracker → closeable_local.

## Counts (truth.csv: COUNT_LINES lines; 72 HMICFRS items, 80 tracker item rows)
COUNTS_TABLE

Item level (a split item counted once): closeable_submit 17, closeable_local 10, in_sync 34,
conflict 6, missing_from_force 5, not_on_hmicfrs_list 6: 27 of 72 HMICFRS items are closed on
one side only.
"""


def write_readme(truth):
    from collections import Counter
    cnt = Counter(t[2] for t in truth)
    cats = ["closeable_submit", "closeable_local", "conflict", "missing_from_force",
            "not_on_hmicfrs_list", "in_sync"]
    table = "| category | lines |\n|---|---|\n" + "".join(f"| {c} | {cnt[c]} |\n" for c in cats)
    text = (README.replace("SEED_VALUE", str(SEED)).replace("COUNT_LINES", str(len(truth)))
            .replace("COUNTS_TABLE\n", table))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    truth, hrow = build()
    write_readme(truth)
    from collections import Counter
    print(len(hrow), "HMICFRS items;", len(truth), "truth lines")
    print(Counter(t[2] for t in truth))
