"""Builds the evaluation case `senior_owner_returns` (round 45).

A force (Lincolnshire Police, used as a stand-in) tracks every HMICFRS item through its senior
owner's quarterly self-assessment (1-4 scale); the Organisational Learning (OL) team validates
each "4 - Complete" claim against evidence, and only an OL "Validated" outcome counts as done.
HMICFRS side: a plain register export (xlsx, one sheet, header on row 1).

Texts: real public HMICFRS wording copied from /work/main/reconcile/casegen/texts and
/work/shared/data/real_recommendations.csv (Open Government Licence). Owner commentary, OL notes,
local actions and the force's abridgements are written for this case.

Run:  /work/main/.venv/bin/python build_senior_owner_returns.py
Rebuilds senior_owner_returns/{hmicfrs.xlsx,tracker.xlsx,truth.csv} byte for byte (seed 4545).
"""
from __future__ import annotations

import csv
import io
import os
import random
import re
import zipfile
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

SEED = 4545
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "senior_owner_returns")
FORCE = "Lincolnshire Police"

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

# ----------------------------------------------------------------------------------------------
# Real texts (copied from the casegen text lists / real_recommendations.csv)
# ----------------------------------------------------------------------------------------------
SF_STEM = ("Within twelve months, forces should review their leadership and governance "
           "arrangements for modern slavery and human trafficking, to ensure that:")
SF_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to assess "
    "the nature and quality of the service provided to victims.",
]
SF_LEADERSHIP = SF_STEM + "\n" + "\n".join("• " + b for b in SF_BULLETS)

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
BWV_2021 = "\n".join(BWV_PARTS)
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
EVERYONE_PLAN_RUN_ON = EVERYONE_PLAN + (
    "The action plan should be established on the basis of best practice, based on "
    "revised relevant guidance from the College of Policing. To ensure consistency, the "
    "College and the national policing lead on domestic abuse have agreed to provide "
    "advice on the areas that each plan should cover by the end of April 2014.\n\nChief "
    "officers in each police force should oversee and ensure full implementation of "
    "these action plans. This should be a personal responsibility in each case. Police "
    "and crime commissioners should hold forces to account in this respect.")
CDI_STEM = "Within three months, the force should put in place arrangements to ensure that:"
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
MISSING_KIDS = (
    "Within six months the force should review its approach to reports of missing children "
    "and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.")
DETENTION_KIDS = (
    "Within six months Lincolnshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested.")
COC_DA = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed.")
COC_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")
COC_SAS = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
    "search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain.")

# ----------------------------------------------------------------------------------------------
# HMICFRS reports (title, publication date) and items
# ----------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", (2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse", (2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", (2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", (2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", (2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", (2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management", (2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", (2015, 9, 15)),
    "eff16": ("PEEL: Police effectiveness 2016", (2017, 3, 2)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", (2017, 10, 24)),
    "efy17": ("PEEL: Police efficiency 2017", (2017, 11, 9)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", (2017, 11, 9)),
    "leg17f": ("PEEL: Police legitimacy 2017", (2017, 12, 12)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", (2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", (2018, 6, 19)),
    "cdi19": ("Crime data integrity inspection 2019", (2019, 9, 26)),
    "cust20": ("Report on an unannounced inspection visit to police custody suites in Lincolnshire", (2020, 8, 18)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", (2021, 2, 26)),
    "peel22": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", (2022, 5, 17)),
    "peel24": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", (2024, 5, 21)),
}

# HMICFRS status -> open/closed on the register
H_OPEN = {"Awaiting review", "Being progressed"}
H_CLOSED = {"Complete", "Superseded"}
COMMENTS = {
    "Awaiting review": "New recommendation",
    "Being progressed": ("The progress of the implementation of this recommendation is currently being "
                         "monitored by HMICFRS and this record will, in due course, be updated."),
    "Complete": "This recommendation is complete",
    "Superseded": ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
                   "inspections. Where a cause of concern still exists this will appear in the register "
                   "against these subsequent inspections."),
}

# key, report, id, type, text, status, status date
H = [
    ("sas13_1", "sas13", 1307, NAT, "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.", "Complete", (2015, 6, 30)),
    ("sas13_2", "sas13", 1308, NAT, "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.", "Superseded", (2018, 2, 14)),
    ("sas13_3", "sas13", 1309, NAT, "Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.", "Complete", (2016, 1, 12)),
    ("everyone", "everyone", 2321, NAT, EVERYONE_PLAN, "Complete", (2015, 4, 27)),
    ("aus_1", "austerity", 3105, NAT, "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews", "Complete", (2016, 3, 3)),
    ("aus_2", "austerity", 3106, NAT, "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.", "Complete", (2016, 3, 3)),
    ("aus_3", "austerity", 3107, NAT, "Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.", "Complete", (2016, 3, 3)),
    ("aus_4", "austerity", 3108, NAT, "In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.", "Being progressed", (2019, 7, 1)),
    ("core_1", "core", 4822, NAT, "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.", "Awaiting review", (2024, 6, 28)),
    ("core_2", "core", 4823, NAT, "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.", "Being progressed", (2022, 11, 8)),
    ("integ", "integrity", 5011, NAT, "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.", "Complete", (2021, 5, 19)),
    ("sas15", "sas15", 5240, NAT, "Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.", "Being progressed", (2020, 2, 4)),
    ("pic", "picture", 5493, NAT, "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.", "Awaiting review", (2016, 1, 8)),
    ("fa_1", "firearms", 5718, NAT, "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.", "Complete", (2017, 1, 20)),
    ("fa_2", "firearms", 5719, NAT, "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.", "Being progressed", (2023, 3, 9)),
    ("fa_3", "firearms", 5720, NAT, "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.", "Complete", (2017, 1, 20)),
    ("fa_4", "firearms", 5721, NAT, "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.", "Being progressed", (2023, 3, 9)),
    ("fa_5", "firearms", 5722, NAT, "Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.", "Awaiting review", (2015, 10, 2)),
    ("e16_coc", "eff16", 6931, COC, COC_DA, "Complete", (2018, 4, 27)),
    ("e16_r1", "eff16", 6932, REC, "To address this cause of concern, HMIC recommends the force should immediately take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.", "Complete", (2018, 4, 27)),
    ("e16_r2", "eff16", 6933, REC, "HMIC recommends that within six months the force should: cease the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre;", "Superseded", (2019, 3, 12)),
    ("e16_a1", "eff16", 6934, AFI, "The force should improve its understanding of suspects released under investigation and the management of those released on bail.", "Being progressed", (2021, 9, 30)),
    ("e16_a2", "eff16", 6935, AFI, "The force should consider ways of increasing the use of arrest, ancillary orders and other available powers, in order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice.", "Complete", (2019, 3, 12)),
    ("e16_a3", "eff16", 6936, AFI, "The force should improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed.", "Being progressed", (2021, 9, 30)),
    ("e16_a4", "eff16", 6937, AFI, "The force should improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service.", "Being progressed", (2021, 9, 30)),
    ("sf_1", "stolen", 8104, NAT, SF_LEADERSHIP, "Being progressed", (2023, 11, 15)),
    ("sf_2", "stolen", 8105, NAT, "Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible", "Being progressed", (2023, 11, 15)),
    ("sf_3", "stolen", 8106, NAT, "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.", "Awaiting review", (2017, 10, 30)),
    ("sf_4", "stolen", 8107, NAT, "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.", "Complete", (2020, 7, 6)),
    ("sf_5", "stolen", 8108, NAT, "Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.", "Being progressed", (2023, 11, 15)),
    ("sf_6", "stolen", 8109, NAT, "Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).", "Being progressed", (2023, 11, 15)),
    ("sf_7", "stolen", 8110, NAT, "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.", "Complete", (2024, 8, 2)),
    ("ey17_1", "efy17", 8233, AFI, "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public.", "Complete", (2020, 1, 22)),
    ("ey17_2", "efy17", 8234, AFI, "The force should develop its understanding of the links between its outcomes, outputs and costs.", "Being progressed", (2020, 1, 22)),
    ("ey17_3", "efy17", 8235, AFI, "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.", "Being progressed", (2020, 1, 22)),
    ("ey17_4", "efy17", 8236, AFI, "Lincolnshire Police should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.", "Awaiting review", (2017, 11, 20)),
    ("efc17", "efc17", 8260, NAT, "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.", "Being progressed", (2019, 10, 1)),
    ("lf17_1", "leg17f", 8527, AFI, "The force should put plans in place to monitor, including through the gathering and analysis of staff feedback, team cultures and provide prompt remedial action for any issues it identifies.", "Complete", (2023, 2, 1)),
    ("lf17_2", "leg17f", 8528, AFI, "The force should make sure it provides a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.", "Being progressed", (2021, 6, 14)),
    ("lf17_3", "leg17f", 8529, AFI, "The force should review the support available for those who have raised concerns and take any action needed to make sure these provisions are suitable.", "Being progressed", (2021, 6, 14)),
    ("l17_coc", "leg17", 8541, COC, COC_SAS, "Being progressed", (2022, 3, 10)),
    ("l17_1", "leg17", 8542, NAT, SAS_MONITORING_2017, "Being progressed", (2022, 3, 10)),
    ("l17_2", "leg17", 8543, NAT, "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;", "Being progressed", (2022, 3, 10)),
    ("l17_3", "leg17", 8544, NAT, "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.", "Complete", (2020, 9, 3)),
    ("l17_4", "leg17", 8545, NAT, "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.", "Complete", (2024, 3, 21)),
    ("nc18_coc", "ncpi18", 9012, COC, COC_MISSING, "Complete", (2020, 11, 26)),
    ("nc18_r1", "ncpi18", 9013, REC, MISSING_KIDS, "Complete", (2020, 11, 26)),
    ("nc18_a1", "ncpi18", 9014, AFI, "The force should improve how it works with partner organisations to safeguard people at risk from child sexual exploitation.", "Being progressed", (2020, 11, 26)),
    ("cdi_r1", "cdi19", 9655, REC, CDI_VICTIMS, "Being progressed", (2021, 4, 7)),
    ("cdi_a1", "cdi19", 9656, AFI, "The force should make sure it records reports of rape and serious sexual offences accurately and without delay.", "Being progressed", (2021, 4, 7)),
    ("cdi_a2", "cdi19", 9657, AFI, "The force should make sure it records reports of stalking and harassment accurately and without delay.", "Complete", (2022, 12, 2)),
    ("cu20_r1", "cust20", 10118, REC, DETENTION_KIDS, "Being progressed", (2022, 1, 17)),
    ("cu20_a1", "cust20", 10119, AFI, "The force should make sure officers and staff have the training they need to identify and respond to people with mental ill health.", "Awaiting review", (2020, 8, 25)),
    ("pw_1", "powers", 10427, NAT, "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.", "Being progressed", (2023, 6, 5)),
    ("pw_2", "powers", 10428, NAT, "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.", "Being progressed", (2023, 6, 5)),
    ("pw_3", "powers", 10429, NAT, BWV_2021, "Awaiting review", (2021, 3, 1)),
    ("pw_4", "powers", 10430, NAT, "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.", "Being progressed", (2023, 6, 5)),
    ("pw_5", "powers", 10431, NAT, "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.", "Being progressed", (2023, 6, 5)),
    ("p22_1", "peel22", 11302, AFI, "The force should make sure there are appropriate strategic oversight arrangements in place to manage risks, performance and improvement plans effectively.", "Being progressed", (2023, 9, 12)),
    ("p22_2", "peel22", 11303, AFI, "The force should make sure the corporate risk register is actively used to mitigate and manage known risks.", "Being progressed", (2023, 9, 12)),
    ("p22_3", "peel22", 11304, AFI, "The force should make sure all processes in place to support performance management are effective.", "Being progressed", (2023, 9, 12)),
    ("p22_4", "peel22", 11305, AFI, "The force should make sure it has access to accurate data and analysis to support effective performance management.", "Complete", (2024, 7, 19)),
    ("p22_5", "peel22", 11306, AFI, "The force should specify in succession plans how it intends to improve diversity across all levels of the force. This should include offering increased direct-entry opportunities.", "Being progressed", (2023, 9, 12)),
    ("p22_6", "peel22", 11307, AFI, "The force should review how it gathers and uses equality and diversity data to improve its understanding of its workforce demographics.", "Being progressed", (2023, 9, 12)),
    ("p22_7", "peel22", 11308, AFI, "The force should develop a clear prevention strategy targeting people most at risk and make sure activity undertaken prioritises people most at risk.", "Superseded", (2024, 5, 21)),
    ("p24_1", "peel24", 12710, AFI, "The force should improve its understanding of the nature and scale of violence against women and girls in its area.", "Awaiting review", (2024, 5, 21)),
    ("p24_2", "peel24", 12711, AFI, "The force should make sure investigations of rape and serious sexual offences are allocated to officers with the right skills and are effectively supervised.", "Awaiting review", (2024, 5, 21)),
    ("p24_3", "peel24", 12712, AFI, "The force should make sure victims of fraud are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime.", "Awaiting review", (2024, 5, 21)),
    ("p24_4", "peel24", 12713, AFI, "The force should improve the timeliness of its response to calls for service involving domestic abuse.", "Awaiting review", (2024, 5, 21)),
    ("p24_5", "peel24", 12714, AFI, "The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.", "Awaiting review", (2024, 5, 21)),
    ("p24_6", "peel24", 12715, AFI, "The force should develop a problem-solving approach to anti-social behaviour, working with local communities and partners.", "Awaiting review", (2024, 5, 21)),
]

# ----------------------------------------------------------------------------------------------
# Force tracker
# ----------------------------------------------------------------------------------------------
QUARTERS = ["Q3 23/24", "Q4 23/24", "Q1 24/25", "Q2 24/25"]
QDATES = [(2024, 1, 12), (2024, 4, 12), (2024, 7, 11), (2024, 10, 10)]  # OL review after each return
SCALE = {1: "1 - Not started", 2: "2 - Off track", 3: "3 - On track", 4: "4 - Complete"}
OL_STAFF = ["J. Whitworth (OL)", "S. Karim (OL)", "P. Doherty (OL)", "JW", "SK"]


def sa(n: int) -> str:
    """An owner's self-assessment cell, in the slightly varying forms owners type."""
    r = rng.random()
    if n == 4 and r < 0.15:
        return "Complete"
    if n == 3 and r < 0.12:
        return "On track"
    if r < 0.18:
        return str(n)
    return SCALE[n]


def returns(state: str, q: int | None = None, new: bool = False):
    """Four quarterly owner self-assessments, oldest first.

    state: on | off | ns | claim (4 from quarter q on) | val (4 at q, nothing after: validated
    items drop off the return) | old (validated before Q3 23/24: nothing returned) |
    noreturn (Q2 not returned) | na (national body)."""
    if state == "old":
        cells = [None] * 4
    elif state == "na":  # returned once, validated at the next review, then drops off
        cells = ["N/A - national body", None, None, None]
    elif state == "on":
        cells = [sa(rng.choice([2, 3, 3])), sa(3), sa(3), sa(3)]
    elif state == "off":
        cells = [sa(3), sa(2), sa(2), sa(2)]
    elif state == "ns":
        cells = [sa(1), sa(1), sa(1), sa(1)]
    elif state == "noreturn":
        cells = [sa(3), sa(3), sa(3), "No return"]
    elif state == "claim":
        cells = [sa(3) if i < q else sa(4) for i in range(4)]
    elif state == "claim_back":  # claimed complete at q, returned by OL, back to on track
        cells = [sa(3) if i != q else sa(4) for i in range(4)]
    elif state == "val":
        cells = [sa(3) if i < q else (sa(4) if i == q else None) for i in range(4)]
    else:
        raise ValueError(state)
    if new:  # published May 2024: nothing to return before Q1 24/25
        cells = [None, None, "1 - Not started" if cells[2] not in (None,) else None, cells[3]]
    return cells


def d(y, m, dd):
    return datetime(y, m, dd)


# A force row: dict with keys
#   h (HMICFRS key or None), cat (truth category), why, ol (OL No.), hid (HMICFRS ID cell),
#   typ, text, owner, lead, ret (4 cells), comment, evidence, olv (OL validation), olby, oldate,
#   olnote, olb, sub
ROWS: list = []


def heading(text):
    ROWS.append(("H", text))


def item(**kw):
    ROWS.append(("I", kw))


def hid(key):
    return next(x[2] for x in H if x[0] == key)


def htext(key):
    return next(x[4] for x in H if x[0] == key)


def validated(q=None, when=None, by=None, note=None, olb=None, sub=None, nf=False):
    """OL columns for a validated row: at quarter q's review, or on an explicit date."""
    if when is None:
        when = d(*QDATES[q])
    return dict(olv="Validated - no force action" if nf else "Validated",
                olby=by or rng.choice(OL_STAFF), oldate=when, olnote=note, olb=olb, sub=sub)


def notval(outcome, q, note, by=None):
    return dict(olv=outcome, olby=by or rng.choice(OL_STAFF), oldate=d(*QDATES[q]), olnote=note,
                olb=None, sub=None)


NOOL = dict(olv=None, olby=None, oldate=None, olnote=None, olb=None, sub=None)

EVID = "OL SharePoint > HMICFRS > {ol}"

# ---- Stop & search 2013
heading("Stop & Search powers (HMIC 2013) – published 09/07/2013")
item(h="sas13_1", cat="in_sync", why="HMICFRS Complete; OL validated 2015 (closed both sides)",
     ol="OL-001", hid=hid("sas13_1"), typ="Nat Rec", owner="ACC Local Policing", lead="Insp S&S lead",
     text="CCs & CoP to establish in the S&S APP a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance. Compliant with the Code of Practice.",
     ret=returns("old"), comment="Closed 2015.", evidence="Legacy – see 2015 JAC paper",
     **validated(when=d(2015, 5, 18), by="R. Cole (Corp Dev)", olb="Signed off DCC 20/05/2015", sub=d(2015, 5, 22)))
item(h="sas13_2", cat="closeable_local", why="HMICFRS Superseded; force: owner 3 - On track, no OL validation -> open",
     ol="OL-002", hid=hid("sas13_2"), typ="Nat Rec", owner="ACC Local Policing", lead="Insp S&S lead",
     text=htext("sas13_2"), ret=returns("on"),
     comment="S&S monitoring now part of the quarterly Stop Search Scrutiny Panel pack. Ethnicity disparity dashboard still in development with Business Intelligence.",
     evidence=None, **NOOL)
item(h="sas13_3", cat="in_sync", why="HMICFRS Complete; OL validated (closed both sides)",
     ol="OL-003", hid=hid("sas13_3"), typ="Nat Rec", owner="ACC Local Policing", lead="Insp S&S lead",
     text=htext("sas13_3"), ret=returns("old"), comment=None, evidence="Legacy",
     **validated(when=d(2015, 11, 30), by="R. Cole (Corp Dev)", olb="Signed off DCC 02/12/2015", sub=d(2015, 12, 4)))

heading("Domestic abuse - Everyone's business (27/03/2014)")
item(h="everyone", cat="in_sync", why="HMICFRS Complete; OL validated; force text runs on into the next paragraph (same item, not a conflict)",
     ol="OL-004", hid=hid("everyone"), typ="Nat Rec", owner="Ch Supt Public Protection", lead="DCI Domestic Abuse",
     text=EVERYONE_PLAN_RUN_ON, ret=returns("old"), comment="DA action plan published Sept 2014; refreshed 2016.",
     evidence="Legacy", **validated(when=d(2015, 3, 9), by="R. Cole (Corp Dev)", olb="Signed off DCC 11/03/2015", sub=d(2015, 3, 13)))

heading("Policing in Austerity 2014")
item(h="aus_1", cat="in_sync", why="HMICFRS Complete; OL validated (closed both sides)",
     ol="OL-005", hid=hid("aus_1"), typ="Nat Rec", owner="Director of Finance", lead="Head of Finance",
     text="Review savings plans so the force continues to reduce crime & protect the front line while balancing the budget (use HMIC VfM profiles).",
     ret=returns("old"), comment=None, evidence="MTFP 2015-19",
     **validated(when=d(2016, 1, 11), by="R. Cole (Corp Dev)", olb="Signed off DCC 14/01/2016", sub=d(2016, 1, 15)))
item(h="aus_2", cat="closeable_local", why="HMICFRS Complete; owner claims 4 - Complete but OL 'Not yet reviewed' -> force open",
     ol="OL-006", hid="TBC", typ="Nat Rec", owner="Director of Finance", lead="Head of Collaboration",
     text="Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position.",
     ret=returns("claim", 3), comment="Collaboration savings assessment completed for the 2025/26 budget round. Proposed for closure.",
     evidence=None, olv="Not yet reviewed", olby=None, oldate=None, olnote="Q2 return received late – on list for Nov review.", olb=None, sub=None)
item(h="aus_4", cat="in_sync", why="HMICFRS Being progressed; owner 3 - On track (open both sides)",
     ol="OL-007", hid=hid("aus_4"), typ="Nat Rec", owner="Director of Finance", lead="Head of Collaboration",
     text=htext("aus_4"), ret=returns("on"),
     comment="Regional collaboration review (EMSOU/EMCHRS) reports to the Strategic Alliance Board in December.",
     evidence=None, **NOOL)

heading("Core Business 2014")
item(h="core_1", cat="closeable_submit", why="HMICFRS Awaiting review; OL validated Q4 23/24 and submitted -> force done",
     ol="OL-008", hid=hid("core_1"), typ="Nat Rec", owner="Supt Contact Centre", lead="Ch Insp FCR",
     text="Provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk (THRIVE).",
     ret=returns("val", 1), comment="THRIVE+ embedded in Storm; audit shows 96% compliance.",
     evidence=EVID.format(ol="OL-008"),
     **validated(1, note="THRIVE audit Feb 24 seen.", olb="OLB 25/04/2024 – approved", sub=d(2024, 5, 2)))
item(h="core_2", cat="in_sync", why="HMICFRS Being progressed; owner claims 4 - Complete but OL 'Returned to owner' -> open both sides",
     ol="OL-009", hid=hid("core_2"), typ="Nat Rec", owner="ACC Local Policing", lead="Supt Prevention",
     text=htext("core_2"), ret=returns("claim", 3),
     comment="Problem-solving activity now recorded on the POP database. Complete.",
     evidence=EVID.format(ol="OL-009"),
     **notval("Returned to owner", 3, "Recording evidenced but no evaluation of tactics seen. Returned 10/10/24."))

heading("Crime Data Integrity 2014")
item(h=None, cat="not_on_hmicfrs_list", why="Not on the HMICFRS export (report absent from the list; ID 3361 not on register) – query with HMICFRS",
     ol="OL-010", hid=3361, typ="Rec", owner="Force Crime Registrar", lead="Head of Criminal Justice",
     text="Revise the approach to cautions, cannabis warnings and penalty notices for disorder so there is a clear and auditable explanation to the offender of the implications of receiving the warning and, for victim-based crimes, a clear and auditable record that the views of the victim are considered prior to their issue.",
     ret=returns("old"), comment=None, evidence="Legacy",
     **validated(when=d(2016, 6, 20), by="R. Cole (Corp Dev)", olb="Signed off DCC 23/06/2016", sub=d(2016, 6, 24)))

heading("Integrity Matters 2015")
item(h="integ", cat="closeable_local", why="HMICFRS Complete; owner 2 - Off track -> force open",
     ol="OL-011", hid=hid("integ"), typ="Nat Rec", owner="Head of Professional Standards", lead="D/Supt PSD",
     text=htext("integ"), ret=returns("off"),
     comment="Disproportionality review of NFA misconduct outcomes delayed – PSD analyst vacancy.",
     evidence=None, **NOOL)

heading("Stop and Search 2 (2015)")
item(h="sas15", cat="closeable_submit", why="HMICFRS Being progressed; OL validated Q1 24/25 -> force done",
     ol="OL-012", hid=hid("sas15"), typ="Nat Rec", owner="ACC Local Policing", lead="Insp S&S lead",
     text="CCs, in consultation with PCCs, should comply with the Code of Practice by explaining to the public the way S&S powers are used and by making arrangements for S&S records to be scrutinised by community reps, involving those stopped & searched e.g. young people.",
     ret=returns("val", 2), comment="Youth scrutiny panel running since Jan 24; S&S data published monthly.",
     evidence=EVID.format(ol="OL-012"),
     **validated(2, note="Panel minutes x3 and web page checked.", olb="OLB 24/07/2024 – approved", sub=None))

heading("Building the Picture 2015")
item(h="pic", cat="closeable_submit", why="HMICFRS Awaiting review; OL validated Q3 23/24 and submitted -> force done",
     ol="OL-013", hid=hid("pic"), typ="Nat Rec", owner="Head of Information Management", lead="Records Manager",
     text=htext("pic"), ret=returns("val", 0),
     comment="MoPI compliance audits reported quarterly to the Information Assurance Board; record review categories adjusted.",
     evidence=EVID.format(ol="OL-013"),
     **validated(0, note="IAB minutes and audit reports seen.", olb="OLB 24/01/2024 – approved", sub=d(2024, 2, 1)))

heading("Targeting the Risk (Firearms Licensing) 2015")
item(h="fa_1", cat="in_sync", why="HMICFRS Complete; OL validated (closed both sides)",
     ol="OL-014", hid=hid("fa_1"), typ="Nat Rec", owner="Supt Firearms Licensing", lead="Firearms Licensing Manager",
     text=htext("fa_1"), ret=returns("old"), comment=None, evidence="Legacy",
     **validated(when=d(2016, 11, 14), by="R. Cole (Corp Dev)", olb="Signed off DCC 17/11/2016", sub=d(2016, 11, 18)))
item(h="fa_2", cat="in_sync", why="HMICFRS Being progressed; owner 3 - On track (open both sides)",
     ol="OL-015", hid=hid("fa_2"), typ="Nat Rec", owner="Supt Firearms Licensing", lead="Firearms Licensing Manager",
     text=htext("fa_2"), ret=returns("on"),
     comment="Demand model refreshed; 3 additional FEO posts approved, recruitment under way.",
     evidence=None, **NOOL)
item(h="fa_3", cat="in_sync", why="HMICFRS Complete; owner 4 and OL validated (closed both sides)",
     ol="OL-016", hid=hid("fa_3"), typ="Nat Rec", owner="Supt Firearms Licensing", lead="Firearms Licensing Manager",
     text="Immediately, satisfy ourselves that all appropriate action is being taken with regard to 'total expired' licensing records.",
     ret=returns("old"), comment="All total expired records reviewed Oct 2015.", evidence="Legacy",
     **validated(when=d(2016, 11, 14), by="R. Cole (Corp Dev)", olb="Signed off DCC 17/11/2016", sub=d(2016, 11, 18)))
item(h="fa_4", cat="in_sync", why="HMICFRS Being progressed; owner 4 - Complete but OL 'Awaiting evidence' -> open both sides",
     ol="OL-017", hid=hid("fa_4"), typ="Nat Rec", owner="Supt Firearms Licensing", lead="Firearms Licensing Manager",
     text=htext("fa_4"), ret=returns("claim", 2),
     comment="Temporary permits process rewritten and NFLMS recording checked. Complete.",
     evidence=None, **notval("Awaiting evidence", 3, "Owner to upload NFLMS dip-sample. Chased 03/10/24."))
item(h="fa_5", cat="conflict", why="Timescale differs: HMICFRS 'Within three months', tracker 'Within six months'",
     ol="OL-018", hid=hid("fa_5"), typ="Nat Rec", owner="Supt Contact Centre", lead="Ch Insp FCR",
     text=htext("fa_5").replace("Within three months", "Within six months"), ret=returns("on"),
     comment="Storm flag for certificate holders live; dispatcher briefing being rolled out.",
     evidence=None, **NOOL)

heading("PEEL Legitimacy 2016")
item(h=None, cat="not_on_hmicfrs_list", why="Not on the HMICFRS export (no PEEL Legitimacy 2016 items on the register; ID 7312 unknown) – query with HMICFRS",
     ol="OL-019", hid=7312, typ="AFI", owner="Head of Professional Standards", lead="Counter Corruption Unit",
     text="The force should make sure it provides accessible information for all staff and members of the public on how they can raise concerns and access confidential support (including through external agencies).",
     ret=returns("on"), comment="Raising concerns page on public website being rewritten with Corporate Comms.",
     evidence=None, **NOOL)

heading("PEEL Effectiveness 2016 (published March 2017)")
item(h="e16_coc", cat="in_sync", why="HMICFRS Complete; OL validated (closed both sides)",
     ol="OL-020", hid=hid("e16_coc"), typ="CoC", owner="Ch Supt Public Protection", lead="DCI Domestic Abuse",
     text=COC_DA, ret=returns("old"), comment=None, evidence="Legacy",
     **validated(when=d(2018, 3, 5), by="J. Whitworth (OL)", olb="OLB 08/03/2018 – approved", sub=d(2018, 3, 9)))
item(h="e16_r1", cat="in_sync", why="HMICFRS Complete; OL validated (closed both sides)",
     ol="OL-021", hid=hid("e16_r1"), typ="Rec", owner="Ch Supt Public Protection", lead="DCI Domestic Abuse",
     text="Take steps to ensure effective supervision of the initial risk assessment process, specifically completion of DASH in appropriate cases.",
     ret=returns("old"), comment=None, evidence="Legacy",
     **validated(when=d(2018, 3, 5), by="J. Whitworth (OL)", olb="OLB 08/03/2018 – approved", sub=d(2018, 3, 9)))
item(h=None, cat="not_on_hmicfrs_list", why="Force's own local action (OL action linked to the DA cause of concern), never an HMICFRS item",
     ol="OL-021L", hid=None, typ="Local", owner="Ch Supt Public Protection", lead="DCI Domestic Abuse",
     text="OL action: Dip-sample 50 domestic abuse crime reports each quarter and report DASH completion findings to the Crime Standards Board",
     ret=returns("on"), comment="Q2 dip sample 92% DASH completion.", evidence=None, **NOOL)
item(h="e16_r2", cat="closeable_local", why="HMICFRS Superseded; owner 3 - On track, not validated -> force open",
     ol="OL-022", hid=hid("e16_r2"), typ="Rec", owner="Ch Supt Public Protection", lead="Supt Resolution Centre",
     text=htext("e16_r2"), ret=returns("on"),
     comment="Telephone DASH only now used for standard-risk repeat callers; policy review ongoing.",
     evidence=None, **NOOL)
item(h="e16_a1", cat="closeable_submit", why="HMICFRS Being progressed; owner 4 and OL validated Q2 24/25 -> force done",
     ol="OL-023", hid=hid("e16_a1"), typ="AFI", owner="ACC Crime", lead="Head of Criminal Justice",
     text="Improve understanding of suspects released under investigation (RUI) and the management of those released on bail.",
     ret=returns("val", 3), comment="Bail Act 2022 changes embedded; RUI numbers down 61%; daily bail management meeting.",
     evidence=EVID.format(ol="OL-023"),
     **validated(3, note="Validated 10/10 – awaiting OLB (Nov).", olb="Awaiting OLB", sub=None))
item(h="e16_a2", cat="in_sync", why="HMICFRS Complete; OL validated (closed both sides)",
     ol="OL-024", hid=hid("e16_a2"), typ="AFI", owner="Ch Supt Public Protection", lead="DCI Domestic Abuse",
     text=htext("e16_a2"), ret=returns("old"), comment=None, evidence="Legacy",
     **validated(when=d(2019, 1, 14), by="J. Whitworth (OL)", olb="OLB 17/01/2019 – approved", sub=d(2019, 1, 18)))
item(h="e16_a3", cat="conflict", why="Type differs: HMICFRS Area for improvement, tracker 'Rec'",
     ol="OL-025", hid=hid("e16_a3"), typ="Rec", owner="ACC Crime", lead="Head of Digital Forensics",
     text=htext("e16_a3"), ret=returns("off"),
     comment="Backlog of 410 devices; kiosk roll-out paused pending ISO 17025 accreditation.",
     evidence=None, **NOOL)
item(h="e16_a4", cat="in_sync", why="HMICFRS Being progressed; owner 3 - On track (open both sides)",
     ol="OL-026", hid=hid("e16_a4"), typ="AFI", owner="ACC Crime", lead="Det Ch Supt Force CID",
     text=htext("e16_a4").replace("supervision", "supervison"), ret=returns("on"),
     comment="Investigation standards audit quarterly; supervision reviews at 78% compliance.",
     evidence=None, **NOOL)

heading("Stolen Freedom (MSHT) 2017")
SF_OWN = ["DCI MSHT", "Head of Intelligence", "Partnerships Manager", "Supt Performance"]
for i, b in enumerate(SF_BULLETS):
    letter = "abcd"[i]
    txt = (SF_STEM + "\n(" + letter + ") " + b) if i == 0 else "(" + letter + ") " + b
    if i < 3:
        qv = [1, 2, 2][i]
        item(h="sf_1", cat="in_sync",
             why="Split row of 8104 (bullet %s), validated; item not done because bullet (d) is still open -> item open both sides" % letter,
             ol="OL-027" + letter, hid=hid("sf_1"), typ="Nat Rec", owner="ACC Crime", lead=SF_OWN[i],
             text=txt, ret=returns("val", qv),
             comment=["MSHT gold group chaired by ACC Crime, monthly.", "All MSHT incidents allocated to the Modern Slavery team (review of 40 cases).",
                      "Joint Modern Slavery Partnership protocol signed with county council."][i],
             evidence=EVID.format(ol="OL-027" + letter),
             **validated(qv, olb="OLB (part) " + ["25/04/2024", "24/07/2024", "24/07/2024"][i], sub=None))
    else:
        item(h="sf_1", cat="in_sync",
             why="Split row of 8104 (bullet d), owner 3 - On track -> item open; HMICFRS Being progressed",
             ol="OL-027d", hid=hid("sf_1"), typ="Nat Rec", owner="ACC Crime", lead=SF_OWN[i],
             text=txt, ret=returns("on"),
             comment="MSHT QA framework drafted; victim survey to start Jan 25.", evidence=None, **NOOL)
item(h="sf_2", cat="closeable_submit", why="HMICFRS Being progressed; OL validated Q4 23/24 -> force done (HMICFRS text has stray footnote '86')",
     ol="OL-028", hid=hid("sf_2"), typ="Nat Rec", owner="Head of Intelligence", lead="DCI MSHT",
     text="Within 6 months, have in place active ISAs with other agencies to facilitate speedy exchange of intelligence and in order to safeguard victims better & to identify suspects as early as possible.",
     ret=returns("val", 1), comment="ISAs in place with GLAA, county council, UKBF and NHS trust.",
     evidence=EVID.format(ol="OL-028"),
     **validated(1, olb="OLB 25/04/2024 – approved", sub=d(2024, 5, 2)))
item(h="sf_3", cat="closeable_submit", why="HMICFRS Awaiting review; owner 4 and OL validated -> force done",
     ol="OL-029", hid=hid("sf_3"), typ="Nat Rec", owner="ACC Crime", lead="DCI MSHT",
     text=htext("sf_3"), ret=returns("val", 2),
     comment="s45 defence guidance issued to all investigators and CPS liaison agreed.",
     evidence=EVID.format(ol="OL-029"),
     **validated(2, note="Guidance + training log seen.", olb="OLB 18/09/2024 – approved", sub=d(2024, 9, 27)))
item(h="sf_4", cat="in_sync", why="HMICFRS Complete; OL validated (closed both sides)",
     ol="OL-030", hid=hid("sf_4"), typ="Nat Rec", owner="ACC Crime", lead="DCI MSHT",
     text=htext("sf_4"), ret=returns("old"), comment=None, evidence=EVID.format(ol="OL-030"),
     **validated(when=d(2020, 4, 14), by="J. Whitworth (OL)", olb="OLB 23/04/2020 – approved", sub=d(2020, 4, 30)))
item(h="sf_5", cat="in_sync", why="HMICFRS Being progressed; owner 3 - On track (open both sides)",
     ol="OL-031", hid=hid("sf_5"), typ="Nat Rec", owner="Force Crime Registrar", lead="Crime Registrar's audit team",
     text=htext("sf_5"), ret=returns("on"),
     comment="MSHT NCRS audit added to FCR audit plan 24/25; first audit Nov.", evidence=None, **NOOL)
item(h="sf_7", cat="closeable_local", why="HMICFRS Complete; owner 4 but OL only 'Partially validated' -> force open",
     ol="OL-032", hid=hid("sf_7"), typ="Nat Rec", owner="ACC Crime", lead="DCI MSHT",
     text=htext("sf_7"), ret=returns("claim", 3),
     comment="Slavery and trafficking prevention orders considered in all MSHT charging decisions. Complete.",
     evidence=EVID.format(ol="OL-032"),
     **notval("Partially validated", 3, "Policy seen; STRO/STPO usage data outstanding."))

heading("PEEL Efficiency 2017")
item(h="ey17_1", cat="in_sync", why="HMICFRS Complete; OL validated (closed both sides)",
     ol="OL-033", hid=hid("ey17_1"), typ="AFI", owner="Head of Corporate Development", lead="Demand & Performance Manager",
     text=htext("ey17_1"), ret=returns("old"), comment=None, evidence=EVID.format(ol="OL-033"),
     **validated(when=d(2019, 10, 11), by="S. Karim (OL)", olb="OLB 24/10/2019 – approved", sub=d(2019, 10, 31)))
item(h="ey17_2", cat="in_sync", why="HMICFRS Being progressed; Q2 'No return' (Q1 3 - On track), not validated -> open both sides",
     ol="OL-034", hid=hid("ey17_2"), typ="AFI", owner="Director of Finance", lead="Head of Finance",
     text=htext("ey17_2"), ret=returns("noreturn"),
     comment="(Q1) Activity-based costing pilot in Response; outcome/cost model to FET in autumn.",
     evidence=None, olv=None, olby="SK", oldate=None, olnote="No Q2 return – chased 08/10/24.", olb=None, sub=None)
item(h="ey17_4", cat="closeable_submit", why="HMICFRS Awaiting review; OL validated Q3 23/24 -> force done",
     ol="OL-035", hid=hid("ey17_4"), typ="AFI", owner="Director of People", lead="Force Vetting Manager",
     text="Ensure all staff have at least the lowest level of vetting clearance for their roles as quickly as possible, clearing the vetting backlog and renewals so the force complies fully with national vetting guidelines.",
     ret=returns("val", 0), comment="Backlog cleared Nov 23; renewals tracked monthly at People Board.",
     evidence=EVID.format(ol="OL-035"),
     **validated(0, olb="OLB 24/01/2024 – approved", sub=d(2024, 2, 1)))

heading("PEEL Legitimacy 2017")
item(h="lf17_1", cat="in_sync", why="HMICFRS Complete; OL validated (closed both sides)",
     ol="OL-036", hid=hid("lf17_1"), typ="AFI", owner="Director of People", lead="Head of Wellbeing",
     text=htext("lf17_1"), ret=returns("old"), comment=None, evidence=EVID.format(ol="OL-036"),
     **validated(when=d(2022, 10, 13), by="S. Karim (OL)", olb="OLB 26/10/2022 – approved", sub=d(2022, 11, 2)))
item(h="lf17_2", cat="conflict", why="Reference differs: tracker HMICFRS ID 8582, register 8528 (digits transposed; 8582 is not on the register)",
     ol="OL-037", hid=8582, typ="AFI", owner="Head of Professional Standards", lead="Counter Corruption Unit",
     text=htext("lf17_2"), ret=returns("on"),
     comment="Confidential reporting line moved to Safecall; awareness campaign Nov 24.", evidence=None, **NOOL)
item(h="ey17_3", cat="conflict", why="Report differs: filed under PEEL Legitimacy 2017; HMICFRS has it under PEEL: Police efficiency 2017",
     ol="OL-038", hid=hid("ey17_3"), typ="AFI", owner="Director of People", lead="Head of Strategic Workforce Planning",
     text=htext("ey17_3"), ret=returns("on"),
     comment="Strategic workforce plan 2024-27 in draft; skills audit complete.", evidence=None, **NOOL)

heading("PEEL Efficiency 17 (all forces)")
item(h="efc17", cat="in_sync", why="HMICFRS Being progressed; owner 2 - Off track (open both sides)",
     ol="OL-039", hid=hid("efc17"), typ="Nat Rec", owner="Director of Digital & IT", lead="Head of Digital Transformation",
     text="By Sept 2018, CCs should produce an ambitious plan to improve digitally-enabled services within their force.",
     ret=returns("off"), comment="Digital strategy refresh delayed by Niche migration; new date March 2025.",
     evidence=None, **NOOL)

heading("PEEL Legit 17 S&S")
item(h="l17_coc", cat="in_sync", why="HMICFRS Being progressed; owner 3 - On track (open both sides)",
     ol="OL-040", hid=hid("l17_coc"), typ="CoC", owner="ACC Local Policing", lead="Insp S&S lead",
     text=COC_SAS, ret=returns("on"), comment="See OL-041 to OL-043.", evidence=None, **NOOL)
item(h="l17_1", cat="closeable_submit", why="HMICFRS Being progressed; OL validated Q2 24/25 -> force done",
     ol="OL-041", hid=hid("l17_1"), typ="Nat Rec", owner="ACC Local Policing", lead="Insp S&S lead",
     text=SAS_MONITORING_2017.replace("•", "• "), ret=returns("val", 3),
     comment="S&S Power BI dashboard live: disproportionality, find rates by ethnicity and search type, possession-only searches.",
     evidence=EVID.format(ol="OL-041"),
     **validated(3, note="Dashboard demo 07/10 – all three bullets evidenced.", olb="Awaiting OLB", sub=None))
item(h="l17_2", cat="in_sync", why="HMICFRS Being progressed; owner 3 - On track (open both sides)",
     ol="OL-042", hid=hid("l17_2"), typ="Nat Rec", owner="ACC Local Policing", lead="Insp S&S lead",
     text=htext("l17_2"), ret=returns("on"),
     comment="Disparity research commissioned from university partner; report due Feb 25.", evidence=None, **NOOL)
item(h="l17_3", cat="in_sync", why="HMICFRS Complete; OL validated (closed both sides)",
     ol="OL-043", hid=hid("l17_3"), typ="Nat Rec", owner="ACC Local Policing", lead="Insp S&S lead",
     text=htext("l17_3"), ret=returns("old"), comment=None, evidence=EVID.format(ol="OL-043"),
     **validated(when=d(2020, 7, 9), by="J. Whitworth (OL)", olb="OLB 22/07/2020 – approved", sub=d(2020, 7, 29)))
item(h="l17_4", cat="closeable_local", why="HMICFRS Complete; owner 3 - On track (annual refresher), not validated -> force open",
     ol="OL-044", hid=hid("l17_4"), typ="Nat Rec", owner="Head of Learning & Development", lead="Insp S&S lead",
     text="By July 2018 and ongoing, ensure all officers who use S&S powers have been provided with, and understand, unconscious bias training and CoP APP on S&S.",
     ret=returns("on"), comment="Refresher module 87% completion; new starters trained in IPLDP.", evidence=None, **NOOL)

heading("National Child Protection 2018")
item(h="nc18_coc", cat="in_sync", why="HMICFRS Complete; OL validated (closed both sides)",
     ol="OL-045", hid=hid("nc18_coc"), typ="CoC", owner="Ch Supt Public Protection", lead="DCI Safeguarding",
     text=COC_MISSING, ret=returns("old"), comment=None, evidence=EVID.format(ol="OL-045"),
     **validated(when=d(2020, 10, 12), by="S. Karim (OL)", olb="OLB 21/10/2020 – approved", sub=d(2020, 10, 28)))
item(h="nc18_r1", cat="in_sync", why="HMICFRS Complete; OL validated (closed both sides)",
     ol="OL-046", hid=hid("nc18_r1"), typ="Rec", owner="Ch Supt Public Protection", lead="DCI Safeguarding",
     text=MISSING_KIDS.replace("appropriate", "appropiate"), ret=returns("old"), comment=None,
     evidence=EVID.format(ol="OL-046"),
     **validated(when=d(2020, 10, 12), by="S. Karim (OL)", olb="OLB 21/10/2020 – approved", sub=d(2020, 10, 28)))
item(h="nc18_a1", cat="in_sync", why="HMICFRS Being progressed; owner 2 - Off track (open both sides)",
     ol="OL-047", hid=hid("nc18_a1"), typ="AFI", owner="Ch Supt Public Protection", lead="DCI Safeguarding",
     text="Improve how the force works with partner organisations to safeguard people at risk from CSE.",
     ret=returns("off"), comment="MACE panel attendance inconsistent in the west of the county; escalated to LSCP.",
     evidence=None, **NOOL)

heading("CDI inspection 2019")
for i in range(4):
    letter = "abcd"[i]
    txt = (CDI_STEM + " (" + letter + ") " + CDI_BULLETS[i]) if i == 0 else "(" + letter + ") " + CDI_BULLETS[i]
    st = ["on", "on", "claim_back", "on"][i]
    item(h="cdi_r1", cat="conflict",
         why="Split row of 9655 (bullet %s); force split the recommendation into 4 rows but HMICFRS text has 5 bullets – online-report triage bullet missing" % letter,
         ol="OL-048" + letter, hid=hid("cdi_r1"), typ="Rec", owner="Force Crime Registrar",
         lead=["Supt Contact Centre", "Supt Contact Centre", "Force Crime Registrar", "Ch Supt Public Protection"][i],
         text=txt, ret=returns(st, 1 if st == "claim_back" else None),
         comment=["Victim-believed message in call handling training; QA 91%.", "Storm summary QA by FCR audit team monthly.",
                  "Returned by OL in Q4; re-audit of multiple crimes booked for Jan 25.", "Medical/ABE waiting practice stopped; reminder briefing issued."][i],
         evidence=None,
         **(notval("Returned to owner", 1, "Q4 23/24: audit showed 84% – below 95% target.") if st == "claim_back" else NOOL))
item(h="cdi_a1", cat="in_sync", why="HMICFRS Being progressed; owner 4 but OL 'Awaiting evidence' -> open both sides",
     ol="OL-049", hid=hid("cdi_a1"), typ="AFI", owner="Force Crime Registrar", lead="Crime Registrar's audit team",
     text=htext("cdi_a1"), ret=returns("claim", 3),
     comment="RASSO recording accuracy 94% in July audit. Proposed complete.",
     evidence=EVID.format(ol="OL-049"),
     **notval("Awaiting evidence", 3, "FCR audit report (Nov 24) needed before validation."))
item(h="cdi_a2", cat="in_sync", why="HMICFRS Complete; OL validated (closed both sides); near-duplicate wording of 9656 (topic differs)",
     ol="OL-050", hid=hid("cdi_a2"), typ="AFI", owner="Force Crime Registrar", lead="Crime Registrar's audit team",
     text=htext("cdi_a2"), ret=returns("old"), comment=None, evidence=EVID.format(ol="OL-050"),
     **validated(when=d(2022, 10, 13), by="P. Doherty (OL)", olb="OLB 26/10/2022 – approved", sub=d(2022, 11, 2)))

heading("Custody inspection 2020")
item(h="cu20_r1", cat="closeable_submit", why="HMICFRS Being progressed; OL validated Q4 23/24 -> force done",
     ol="OL-051", hid=hid("cu20_r1"), typ="Rec", owner="Head of Criminal Justice", lead="Ch Insp Custody",
     text="In conjunction with children's social care, review how we manage the detention of children: only detain when absolutely necessary and for the minimum time; early assessment of need for alternative accomodation; record all actions/decisions; improve timeliness of appropriate adult support.",
     ret=returns("val", 1), comment="Children in custody protocol signed with LA; PACE bed data reviewed monthly.",
     evidence=EVID.format(ol="OL-051"),
     **validated(1, olb="OLB 25/04/2024 – approved", sub=d(2024, 5, 2)))
item(h="cu20_a1", cat="in_sync", why="HMICFRS Awaiting review; owner 3 - On track (open both sides)",
     ol="OL-052", hid=None, typ="AFI", owner="Head of Criminal Justice", lead="Ch Insp Custody",
     text=htext("cu20_a1"), ret=returns("on"),
     comment="Mental health awareness module in custody CPD; liaison & diversion staff on site.", evidence=None, **NOOL)

heading("Police powers spotlight (Feb 21)")
item(h="pw_1", cat="in_sync", why="HMICFRS Being progressed; owner claimed 4 in Q1 but OL returned it; back to 3 -> open both sides",
     ol="OL-053", hid=hid("pw_1"), typ="Nat Rec", owner="Head of Learning & Development", lead="Officer Safety Training Lead",
     text=htext("pw_1"), ret=returns("claim_back", 2),
     comment="Communication skills input added to OST; 64% of frontline trained.",
     evidence=EVID.format(ol="OL-053"),
     **notval("Returned to owner", 2, "Q1: training only partly delivered – not all officers & staff."))
item(h="pw_2", cat="closeable_submit", why="HMICFRS Being progressed; OL validated Q1 24/25 -> force done",
     ol="OL-054", hid=hid("pw_2"), typ="Nat Rec", owner="Head of Learning & Development", lead="Officer Safety Training Lead",
     text=htext("pw_2"), ret=returns("val", 2),
     comment="BWV debrief built into sergeants' development programme; CPD day includes comms skills.",
     evidence=EVID.format(ol="OL-054"),
     **validated(2, olb="OLB 24/07/2024 – approved", sub=d(2024, 8, 1)))
BWV_OWN = ["Insp S&S lead", "Professional Standards – BWV review", "Insp S&S lead"]
for i, part in enumerate(BWV_PARTS):
    letter = "abc"[i]
    item(h="pw_3", cat="closeable_submit",
         why="Split row of 10429 (part %s); all three parts OL validated -> item done; HMICFRS Awaiting review" % letter,
         ol="OL-055" + letter, hid=hid("pw_3"), typ="Nat Rec", owner="ACC Local Policing", lead=BWV_OWN[i],
         text=part if i == 0 else "(" + letter + ") " + part[0].upper() + part[1:],
         ret=returns("val", [1, 2, 2][i]),
         comment=["BWV mandatory for all S&S and use of force; compliance 93%.", "Monthly BWV dip sample by supervisors, learning shared via bulletin.",
                  "Scrutiny panel reviews 10 BWV clips per meeting under APP safeguards."][i],
         evidence=EVID.format(ol="OL-055" + letter),
         **validated([1, 2, 2][i], olb=["OLB 25/04/2024 – approved", "OLB 24/07/2024 – approved", "OLB 24/07/2024 – approved"][i],
                     sub=d(2024, 8, 1)))
item(h="pw_4", cat="closeable_submit", why="HMICFRS Being progressed; OL 'Validated - no force action' (Home Office/NPCC item) counts as done",
     ol="OL-056", hid=hid("pw_4"), typ="Nat Rec", owner="ACC Local Policing", lead=None,
     text=htext("pw_4"), ret=returns("na"),
     comment="For the Home Office and NPCC. Force submits use of force data to the annual data return.",
     evidence=None,
     **validated(0, note="Not for force delivery – no action.", olb="OLB 24/01/2024 – noted", sub=None, nf=True))
item(h="pw_5", cat="in_sync", why="HMICFRS Being progressed; owner 3 - On track (open both sides)",
     ol="OL-057", hid=hid("pw_5"), typ="Nat Rec", owner="ACC Local Policing", lead="Insp S&S lead",
     text=htext("pw_5"), ret=returns("on"),
     comment="Use of force scrutiny group established; disproportionality analysis in Q3.", evidence=None, **NOOL)

heading("PEEL 2021/22")
item(h="p22_1", cat="closeable_submit", why="HMICFRS Being progressed; OL validated Q2 24/25 -> force done",
     ol="OL-058", hid=hid("p22_1"), typ="AFI", owner="DCC", lead="Head of Corporate Development",
     text=htext("p22_1"), ret=returns("val", 2),
     comment="New Strategic Performance Board and Organisational Learning Board terms of reference in place.",
     evidence=EVID.format(ol="OL-058"),
     **validated(2, olb="OLB 18/09/2024 – approved", sub=d(2024, 9, 27)))
item(h="p22_2", cat="in_sync", why="HMICFRS Being progressed; owner 3 - On track (open both sides)",
     ol="OL-059", hid=hid("p22_2"), typ="AFI", owner="DCC", lead="Force Risk Manager",
     text=htext("p22_2").replace("  ", " "), ret=returns("on"),
     comment="Corporate risk register moved to JCAD; risk owners trained.", evidence=None, **NOOL)
item(h=None, cat="not_on_hmicfrs_list", why="Force's own internal audit action, not an HMICFRS item",
     ol="OL-059L", hid=None, typ="Local", owner="DCC", lead="Force Risk Manager",
     text="Internal audit action: Internal audit of the corporate risk governance arrangements (audit plan 2023/24)",
     ret=returns("val", 2), comment="Audit gave reasonable assurance; 2 low priority actions done.",
     evidence=EVID.format(ol="OL-059L"), **validated(2, olb="OLB 24/07/2024 – approved", sub=None))
item(h="p22_3", cat="in_sync", why="HMICFRS Being progressed; owner 4 but OL 'Returned to owner' -> open both sides",
     ol="OL-060", hid=hid("p22_3"), typ="AFI", owner="DCC", lead="Head of Corporate Development",
     text=htext("p22_3"), ret=returns("claim", 3),
     comment="Performance framework relaunched. Complete.", evidence=EVID.format(ol="OL-060"),
     **notval("Returned to owner", 3, "Framework doc only – no evidence it is used at district level."))
item(h="p22_4", cat="closeable_local", why="HMICFRS Complete (closed July 24); owner 3 - On track, not validated -> force open",
     ol="OL-061", hid=hid("p22_4"), typ="AFI", owner="Head of Corporate Development", lead="Head of Business Intelligence",
     text=htext("p22_4"), ret=returns("on"),
     comment="Data warehouse phase 2 due March 25.", evidence=None, **NOOL)
item(h="p22_5", cat="in_sync", why="HMICFRS Being progressed; owner 1 - Not started (open both sides)",
     ol="OL-062", hid=hid("p22_5"), typ="AFI", owner="Director of People", lead="Head of Strategic Workforce Planning",
     text=htext("p22_5"), ret=returns("ns"), comment="Awaiting new Head of EDI (starts Jan 25).",
     evidence=None, **NOOL)
item(h="p22_6", cat="closeable_submit", why="HMICFRS Being progressed; OL validated Q4 23/24 -> force done",
     ol="OL-063", hid=hid("p22_6"), typ="AFI", owner="Director of People", lead="EDI Manager",
     text="Review how we gather and use equality & diversity data to improve understanding of workforce demographics.",
     ret=returns("val", 1), comment="Self-declaration campaign: 89% declared; dashboard to People Board.",
     evidence=EVID.format(ol="OL-063"),
     **validated(1, olb="OLB 25/04/2024 – approved", sub=d(2024, 5, 2)))
item(h="p22_7", cat="closeable_local", why="HMICFRS Superseded (by PEEL 2023/24); owner 3 - On track -> force open",
     ol="OL-064", hid=hid("p22_7"), typ="AFI", owner="ACC Local Policing", lead="Supt Prevention",
     text=htext("p22_7"), ret=returns("on"),
     comment="Prevention strategy draft with FET; to be aligned with new PEEL AFIs.", evidence=None, **NOOL)

heading("PEEL 2023/24 – published 21 May 2024")
item(h="p24_1", cat="in_sync", why="HMICFRS Awaiting review; owner 3 - On track (new item, open both sides)",
     ol="OL-065", hid=hid("p24_1"), typ="AFI", owner="ACC Crime", lead="VAWG Lead",
     text=htext("p24_1"), ret=returns("on", new=True),
     comment="VAWG problem profile commissioned from Analysis.", evidence=None, **NOOL)
item(h="p24_2", cat="in_sync", why="HMICFRS Awaiting review; owner 3 - On track (new item, open both sides)",
     ol="OL-066", hid=hid("p24_2"), typ="AFI", owner="ACC Crime", lead="DCI RASSO",
     text=htext("p24_2"), ret=returns("on", new=True),
     comment="RASSO allocation policy redrafted (Op Soteria).", evidence=None, **NOOL)
item(h="p24_5", cat="in_sync", why="HMICFRS Awaiting review; owner 3 - On track (new item, open both sides)",
     ol="OL-067", hid="TBC", typ="AFI", owner="ACC Local Policing", lead="Supt Contact Centre",
     text=htext("p24_5"), ret=returns("on", new=True),
     comment="Control room establishment review with Finance; wellbeing survey done.", evidence=None, **NOOL)
item(h="p24_6", cat="in_sync", why="HMICFRS Awaiting review; owner claims 4 - Complete but OL 'Not yet reviewed' -> open both sides",
     ol="OL-068", hid=None, typ="AFI", owner="ACC Local Policing", lead="Supt Prevention",
     text="Develop a problem-solving approach to ASB, working with local communities & partners.",
     ret=returns("claim", 3, new=True), comment="OSARA problem-solving now used by all neighbourhood teams. Complete.",
     evidence=None, olv="Not yet reviewed", olby=None, oldate=None, olnote="New AFI – OL review scheduled Dec 24.", olb=None, sub=None)

heading("Local learning actions (force-originated – not HMICFRS)")
item(h=None, cat="not_on_hmicfrs_list", why="Force's own local action from a domestic homicide review, not an HMICFRS item",
     ol="OL-L01", hid=None, typ="Local", owner="Ch Supt Public Protection", lead="DCI Domestic Abuse",
     text="Force action - Deliver refresher training on stalking and harassment to all response and neighbourhood officers (DHR learning)",
     ret=returns("on"), comment="62% trained; remaining via CPD days.", evidence=None, **NOOL)
item(h=None, cat="not_on_hmicfrs_list", why="Force's own local action, not an HMICFRS item",
     ol="OL-L02", hid=None, typ="Local", owner="ACC Crime", lead="Head of Intelligence",
     text="Refresh the county lines drug dealing problem profile and add it to the control strategy",
     ret=returns("val", 2), comment="Profile refreshed June 24.", evidence=EVID.format(ol="OL-L02"),
     **validated(2, olb="OLB 24/07/2024 – noted", sub=None))

# ----------------------------------------------------------------------------------------------
# Writers
# ----------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FIX_DT = (2024, 10, 14, 9, 0, 0)


def fixed_save(wb, path):
    """Save with fixed zip timestamps and document dates so rebuilds are byte-identical."""
    wb.properties.creator = "Organisational Learning"
    wb.properties.lastModifiedBy = "Organisational Learning"
    wb.properties.created = datetime(2024, 10, 14, 9, 0, 0)
    wb.properties.modified = datetime(2024, 10, 14, 9, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>2024-10-14T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIX_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def build_hmicfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    cols = ["Recommendation ID", "Force", "Report", "Publication date", "Type", "Recommendation",
            "Status", "Status date", "Latest comment"]
    ws.append(cols)
    for c in ws[1]:
        c.font = Font(bold=True)
    order = sorted(H, key=lambda x: (REPORTS[x[1]][1], x[2]))
    hrow = {}
    for i, (key, rep, rid, typ, text, status, sdate) in enumerate(order):
        title, pub = REPORTS[rep]
        ws.append([rid, FORCE, title, datetime(*pub), typ, text, status, datetime(*sdate), COMMENTS[status]])
        r = i + 2
        hrow[key] = r
        ws.cell(r, 4).number_format = "dd/mm/yyyy"
        ws.cell(r, 8).number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDEFGHI", [18, 20, 50, 15, 24, 90, 17, 13, 60]):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = "A1:I%d" % (len(order) + 1)
    ws.freeze_panes = "A2"
    fixed_save(wb, os.path.join(OUT, "hmicfrs.xlsx"))
    return hrow


TR_SHEET = "Tracker Q2 24-25"
HEAD = ["OL No.", "HMICFRS ID", "Type", "Recommendation / AFI (HMICFRS wording)", "Senior Owner",
        "Delivery Lead"] + QUARTERS + ["Owner commentary (latest return)", "Evidence location",
        "OL validation outcome", "Validated by", "Validation date", "OL comments", "OLB sign-off",
        "Submitted to HMICFRS"]
FILL = {
    "1": PatternFill("solid", fgColor="FF7C80"), "2": PatternFill("solid", fgColor="FFC000"),
    "3": PatternFill("solid", fgColor="92D050"), "4": PatternFill("solid", fgColor="8DB4E2"),
    "O": PatternFill("solid", fgColor="92D050"),  # 'On track'
    "C": PatternFill("solid", fgColor="8DB4E2"),  # 'Complete'
}
GREY = PatternFill("solid", fgColor="D9D9D9")
HEADFILL = PatternFill("solid", fgColor="1F3864")
BANDFILL = PatternFill("solid", fgColor="DDEBF7")
REPFILL = PatternFill("solid", fgColor="FCE4D6")


def build_tracker():
    wb = Workbook()
    g = wb.active
    g.title = "Guidance"
    guidance = [
        ["Lincolnshire Police – HMICFRS Recommendations Tracker: guidance for senior owners"],
        [],
        ["1. Every HMICFRS recommendation, area for improvement (AFI) and cause of concern (CoC) has one Senior Owner (chief officer / head of department) and a Delivery Lead."],
        ["2. Each quarter the Senior Owner returns a self-assessment for every open item on the scale below, with a short commentary. Returns are due 10 working days after quarter end."],
        ["3. A self-assessment of 4 is a CLAIM that the item is complete. It is not complete until Organisational Learning (OL) has validated it against the evidence uploaded to the OL SharePoint folder."],
        ["4. OL records the outcome in the 'OL validation outcome' column. Only 'Validated' (or 'Validated - no force action' for items aimed at other bodies) counts as complete in Force reporting."],
        ["5. Validated items go to the Organisational Learning Board (OLB, chaired by the DCC) for sign-off, after which OL submits them to HMICFRS for closure. Validated items drop off the next quarter's return."],
        [],
        ["Self-assessment scale"],
        ["1 - Not started", "No work yet undertaken."],
        ["2 - Off track", "Work under way but the item will not be delivered by the target date."],
        ["3 - On track", "Work under way and on track."],
        ["4 - Complete", "Owner considers the item delivered; evidence uploaded for OL validation."],
        ["N/A - national body", "Item is for the Home Office / NPCC / College of Policing; no force delivery."],
        [],
        ["OL validation outcomes"],
        ["Validated", "Evidence shows the recommendation is met in full. Counts as complete."],
        ["Validated - no force action", "Not for the force to deliver. Counts as complete."],
        ["Partially validated", "Some parts evidenced. Remains open."],
        ["Awaiting evidence", "Owner claims 4 but evidence not yet provided. Remains open."],
        ["Returned to owner", "Evidence does not support completion. Remains open; owner re-assesses next quarter."],
        ["Not yet reviewed", "Claim received, OL review not yet done. Remains open."],
        [],
        ["Rows shaded grey are validated. Self-assessment cells are coloured by the owner's own rating (1 red, 2 amber, 3 green, 4 blue); the colour is the owner's view, not OL's."],
    ]
    for r in guidance:
        g.append(r)
    g["A1"].font = Font(bold=True, size=13)
    for r in (9, 16):
        g.cell(r, 1).font = Font(bold=True)
    g.column_dimensions["A"].width = 30
    g.column_dimensions["B"].width = 90

    ws = wb.create_sheet(TR_SHEET)
    ws.append(["Lincolnshire Police – HMICFRS Recommendations & AFIs: Senior Owner Quarterly Return"])
    ws.append(["Organisational Learning Team | Return period Q2 2024/25 (Jul–Sep 2024) | Returns due 10/10/2024 | OFFICIAL"])
    ws.append([])
    band = [None] * len(HEAD)
    band[6] = "Senior owner quarterly self-assessment"
    band[12] = "Organisational Learning validation"
    band[16] = "Sign-off"
    ws.append(band)
    ws.merge_cells(start_row=4, start_column=7, end_row=4, end_column=12)
    ws.merge_cells(start_row=4, start_column=13, end_row=4, end_column=16)
    ws.merge_cells(start_row=4, start_column=17, end_row=4, end_column=18)
    ws.append(HEAD)
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"].font = Font(italic=True)
    for c in range(1, len(HEAD) + 1):
        ws.cell(4, c).font = Font(bold=True)
        ws.cell(4, c).fill = BANDFILL
        ws.cell(4, c).alignment = Alignment(horizontal="center")
        h = ws.cell(5, c)
        h.font = Font(bold=True, color="FFFFFF")
        h.fill = HEADFILL
        h.alignment = WRAP
        h.border = BORDER
    frow = []
    r = 5
    for kind, spec in ROWS:
        r += 1
        if kind == "H":
            ws.cell(r, 1, spec).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(HEAD))
            ws.cell(r, 1).fill = REPFILL
            continue
        s = spec
        vals = [s["ol"], s["hid"], s["typ"], s["text"], s["owner"], s["lead"], *s["ret"],
                s["comment"], s["evidence"], s["olv"], s["olby"], s["oldate"], s["olnote"],
                s["olb"], s["sub"]]
        done = bool(s["olv"]) and s["olv"].startswith("Validated")
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BORDER
            if done:
                cell.fill = GREY
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
        for c in range(7, 11):
            v = ws.cell(r, c).value
            if isinstance(v, str) and v[:1] in FILL:
                ws.cell(r, c).fill = FILL[v[:1]]
        frow.append((r, s))
    widths = [10, 11, 8, 80, 22, 24, 12, 12, 12, 12, 45, 28, 20, 16, 12, 40, 24, 13]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[ws.cell(5, i).column_letter].width = w
    ws.freeze_panes = "E6"

    # OL validation log: one line per OL review of an owner's claim (not items)
    lg = wb.create_sheet("OL validation log")
    lg.append(["Organisational Learning – validation log 2023/24 – 2024/25 (reviews of owner '4 - Complete' claims)"])
    lg.append([])
    lg.append(["Review date", "OL No.", "Return", "Outcome", "Reviewer", "Note"])
    for c in lg[3]:
        c.font = Font(bold=True)
    log = []
    for _, s in frow:
        if s["oldate"] is not None and s["oldate"] >= datetime(2024, 1, 1) and s["olv"]:
            q = [datetime(*x) for x in QDATES].index(s["oldate"]) if s["oldate"] in [datetime(*x) for x in QDATES] else None
            log.append((s["oldate"], s["ol"], QUARTERS[q] if q is not None else "", s["olv"], s["olby"], s["olnote"]))
    log.sort(key=lambda x: (x[0], x[1]))
    for row in log:
        lg.append(list(row))
        lg.cell(lg.max_row, 1).number_format = "dd/mm/yyyy"
    lg["A1"].font = Font(bold=True)
    for col, w in zip("ABCDEF", [12, 10, 10, 26, 18, 60]):
        lg.column_dimensions[col].width = w
    wb.active = 1
    fixed_save(wb, os.path.join(OUT, "tracker.xlsx"))
    return frow


def main():
    os.makedirs(OUT, exist_ok=True)
    hrow = build_hmicfrs()
    frow = build_tracker()
    hkeys = {x[0] for x in H}
    lines = []
    used = set()
    for r, s in frow:
        if s["h"]:
            assert s["h"] in hkeys, s["h"]
            used.add(s["h"])
            lines.append(("Recommendations!%d" % hrow[s["h"]], "%s!%d" % (TR_SHEET, r), s["cat"], s["why"]))
        else:
            lines.append(("", "%s!%d" % (TR_SHEET, r), s["cat"], s["why"]))
    for x in H:
        if x[0] not in used:
            lines.append(("Recommendations!%d" % hrow[x[0]], "", "missing_from_force",
                          "HMICFRS %s (%s) has no row in the force tracker" % (x[2], x[5])))
    lines.sort(key=lambda t: (int(t[0].split("!")[1]) if t[0] else 10**6,
                              int(t[1].split("!")[1]) if t[1] else 0))
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)


if __name__ == "__main__":
    main()
