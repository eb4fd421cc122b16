"""Build case `apple_numbers_categorised_export` (round 81, case B).

HMICFRS side: the force's definitive list as it came back from a chief officer's staff officer
who opened the portal export on an iPad in Apple Numbers, categorised the table by HMICFRS
status and then by report (Numbers "Categories"), hid the status column, added a comments
column and a small second table, and exported it back to Excel. Force side: the Risk &
Organisational Learning team's ordinary tracker.

Run with /work/main/.venv/bin/python. Deterministic: no clock, fixed properties, fixed zip
timestamps. All HMICFRS texts are real OGL wording copied as literals.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.properties import Outline

CASE = "apple_numbers_categorised_export"
OUT = os.path.join("/tmp/indep81", CASE)
FIXED = dt.datetime(2024, 11, 8, 9, 30, 0)
D = dt.date

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published, tracker name)
# --------------------------------------------------------------------------------------------
WMP = " – West Midlands Police"
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              D(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 D(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", D(2014, 9, 4), "Core business"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", D(2015, 1, 30),
                  "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              D(2015, 3, 24), "Stop & search powers 2"),
    "picture": ("Building the picture: an inspection of police information management",
                D(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", D(2015, 9, 15),
                 "Firearms licensing 2015"),
    "eff16": ("PEEL: Police effectiveness 2016" + WMP, D(2017, 3, 2), "PEEL Eff 16"),
    "cdi17": ("Crime data integrity inspection 2017" + WMP, D(2017, 9, 7), "CDI 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               D(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "efcwmp17": ("PEEL: Police efficiency 2017" + WMP, D(2017, 11, 9), "PEEL Efficiency 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "ncpi18": ("National child protection inspection 2018" + WMP, D(2018, 6, 14), "NCPI 2018"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19" + WMP,
               D(2019, 5, 2), "PEEL 2018/19"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", D(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22" + WMP,
               D(2022, 3, 31), "PEEL 21-22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24" + WMP,
               D(2024, 2, 20), "PEEL 2023/25"),
}

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")
AR, BP, CO, SU, NFA = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                       "No further action required")
OPEN_H = {AR, BP}

# --------------------------------------------------------------------------------------------
# Real texts (OGL), copied as literals.
# --------------------------------------------------------------------------------------------
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
    "to the victim or the wider public are identified and appropriately managed."
)
MISSING_COC = (
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
MISSING_REC = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately; • call "
    "takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and • "
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)
DASH_COC = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. This is "
    "an enduring cause of concern from HMIC's report on vulnerability in 2015 and is one of the "
    "recommendations from HMIC's report on its domestic abuse inspection in 2014 that still "
    "needs to be implemented. In cases where a DASH risk assessment is not completed the "
    "officer should record an assessment on the crime management system. HMIC found that "
    "officers are not consistently completing a DASH in circumstances where force policy "
    "requires that they should do so. This means that some victims of domestic abuse who may "
    "be at risk of harm are not being appropriately risk-assessed."
)
DASH_REC = (
    "To address this cause of concern, HMIC recommends the force should immediately take "
    "steps to ensure that:\n"
    "• there is effective supervision of the initial risk assessment process, specifically in "
    "relation to the completion of DASH risk assessment in appropriate cases."
)
DETENTION = (
    "Within six months West Midlands Police should in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;• ensure that officers and staff in the custody suite "
    "assess at an early stage a child’s need for alternative accommodation (secure or "
    "otherwise) and work with children’s social care services to achieve the most appropriate "
    "option for the child;• ensure that custody staff make a record of all actions taken and "
    "decisions made on the relevant documentation; and• improve the timeliness of adequate "
    "appropriate adult support for children who are arrested."
)

# --------------------------------------------------------------------------------------------
# HMICFRS items: ref, report, type, text, status, status date, DCC comment (iPad)
# --------------------------------------------------------------------------------------------
H = [
    (1204, "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", CO, D(2015, 6, 10), None),
    (1205, "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     CO, D(2015, 6, 10), None),
    (1206, "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example, young people.",
     SU, D(2015, 3, 24), "Same as the 2015 one?"),
    (2321, "everyone", NAT, EVERYONE_PLAN, SU, D(2016, 4, 18), None),
    (2688, "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     NFA, D(2017, 10, 30), None),
    (2689, "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", NFA, D(2017, 10, 30), None),
    (2690, "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.", NFA, D(2017, 10, 30), None),
    (2691, "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     NFA, D(2017, 10, 30), None),
    (4822, "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", SU, D(2016, 2, 11), None),
    (4823, "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", CO, D(2016, 2, 11), None),
    (902, "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     CO, D(2016, 5, 23), None),
    (5110, "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure "
     "that they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example young people.",
     BP, D(2023, 1, 16), "We sent evidence in Sept – chase"),
    (5376, "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.", BP, D(2019, 8, 5),
     "Who owns this? Not on our list I think"),
    (5702, "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", CO, D(2016, 9, 1), None),
    (5703, "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", BP, D(2022, 7, 4), None),
    (5704, "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     CO, D(2016, 9, 1), None),
    (5705, "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     CO, D(2016, 9, 1), None),
    (5706, "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.", BP, D(2022, 7, 4), None),
    (7301, "eff16", COC, MISSING_COC, CO, D(2019, 1, 21), None),
    (7302, "eff16", REC, MISSING_REC, CO, D(2019, 1, 21), None),
    (7303, "eff16", COC, DASH_COC, BP, D(2018, 3, 22), "Still RED on our side – Ch Supt Bell"),
    (7304, "eff16", REC, DASH_REC, BP, D(2018, 3, 22), None),
    (7305, "eff16", AFI,
     "The force should improve its understanding of the nature and scale of child sexual "
     "exploitation in its area.", CO, D(2018, 3, 22), None),
    (7306, "eff16", AFI,
     "The force should make sure investigations of domestic abuse are allocated to officers "
     "with the right skills and are effectively supervised.", SU, D(2019, 5, 2), None),
    (7307, "eff16", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about serious "
     "and organised crime.", CO, D(2018, 3, 22), None),
    (7308, "eff16", AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "online child sexual abuse.", BP, D(2018, 3, 22), None),
    (8201, "cdi17", REC, CDI_VICTIMS, BP, D(2018, 10, 1), None),
    (8202, "cdi17", REC,
     "Immediately, the force should make sure it records reports of rape and serious sexual "
     "offences accurately and without delay.", CO, D(2019, 2, 14), None),
    (8203, "cdi17", REC,
     "Within three months, the force should make sure it records reports of domestic abuse "
     "accurately and without delay.", BP, D(2018, 10, 1), None),
    (8204, "cdi17", REC,
     "Within six months the force should improve its use of its crime-recording and management "
     "system to better manage its case files and investigative processes.", BP, D(2018, 10, 1),
     None),
    (8205, "cdi17", AFI,
     "The force should make sure officers and staff have the training they need to identify and "
     "respond to modern slavery and human trafficking.", CO, D(2019, 2, 14), None),
    (8206, "cdi17", AFI,
     "The force should make sure it records reports of anti-social behaviour accurately and "
     "without delay.", BP, D(2018, 10, 1), None),
    (8310, "stolen", NAT, SF_LEADERSHIP, BP, D(2021, 6, 7), None),
    (8311, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible", BP,
     D(2021, 6, 7), None),
    (8312, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.", CO,
     D(2020, 11, 30), None),
    (8313, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", BP, D(2021, 6, 7), None),
    (8314, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", CO, D(2020, 11, 30), None),
    (8315, "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).", BP, D(2021, 6, 7), None),
    (8316, "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", BP, D(2021, 6, 7), None),
    (8402, "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", BP, D(2020, 3, 9), None),
    (8405, "efcwmp17", AFI,
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce.", BP, D(2019, 5, 2), None),
    (8406, "efcwmp17", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", CO, D(2019, 5, 2), None),
    (8407, "efcwmp17", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public", SU,
     D(2019, 5, 2), None),
    (8538, "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", BP, D(2021, 2, 26), None),
    (8539, "leg17", NAT, SAS_MONITORING_2017, BP, D(2021, 2, 26), None),
    (8540, "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", BP, D(2021, 2, 26), None),
    (8541, "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", BP, D(2021, 2, 26), None),
    (8542, "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", CO, D(2019, 9, 12),
     None),
    (9120, "ncpi18", REC, DETENTION, BP, D(2020, 1, 13), None),
    (9121, "ncpi18", REC,
     "Immediately, the force should review its approach to missing children to make sure "
     "victims receive a consistently good service.", CO, D(2020, 1, 13), None),
    (9122, "ncpi18", REC,
     "Within three months, the force should improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.", BP, D(2020, 1, 13), None),
    (9123, "ncpi18", REC,
     "Within six months the force should make sure it has enough specialist capacity and "
     "capability to investigate online child sexual abuse.", BP, D(2020, 1, 13), None),
    (9850, "peel18", COC,
     "The size of the vetting backlog within West Midlands Police is a cause of concern.", BP,
     D(2022, 3, 31), None),
    (9851, "peel18", REC,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines.", BP, D(2022, 3, 31), "Backlog cleared Mar 24?"),
    (9852, "peel18", AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", CO, D(2022, 3, 31), None),
    (9853, "peel18", AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.", BP, D(2022, 3, 31), None),
    (9854, "peel18", AFI,
     "The force should ensure regular and active supervision of the quality and progress of "
     "investigations. This supervision should be properly recorded.", BP, D(2022, 3, 31), None),
    (9855, "peel18", AFI,
     "West Midlands Police should make sure victims of stalking and harassment are kept "
     "informed about the progress of their case, in line with the Code of Practice for Victims "
     "of Crime.", BP, D(2022, 3, 31), None),
    (9856, "peel18", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", CO, D(2022, 3, 31), None),
    (9857, "peel18", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "vulnerable adults.", BP, D(2022, 3, 31), None),
    (9858, "peel18", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", SU, D(2022, 3, 31), None),
    (12210, "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.", BP,
     D(2023, 5, 15), None),
    (12211, "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", BP, D(2023, 5, 15), None),
    (12212, "powers", NAT, BWV_2021, BP, D(2023, 5, 15), None),
    (12213, "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.", NFA, D(2021, 4, 12), None),
    (12214, "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", BP, D(2023, 5, 15), None),
    (13400, "peel21", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", BP, D(2023, 9, 4), None),
    (13401, "peel21", AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to violence against women and girls.", BP, D(2023, 9, 4), None),
    (13402, "peel21", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.", BP, D(2023, 9, 4), None),
    (13403, "peel21", AFI,
     "The force should make sure victims of rape and serious sexual offences are kept informed "
     "about the progress of their case, in line with the Code of Practice for Victims of "
     "Crime.", BP, D(2023, 9, 4), None),
    (13404, "peel21", AFI,
     "The force should develop a problem-solving approach to anti-social behaviour, working "
     "with local communities and partners.", CO, D(2024, 3, 18), None),
    (13405, "peel21", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.", BP, D(2023, 9, 4), None),
    (13406, "peel21", AFI,
     "The force should evaluate its work to prevent knife crime and share what works across "
     "the force.", BP, D(2023, 9, 4), None),
    (13407, "peel21", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about county "
     "lines drug dealing.", BP, D(2023, 9, 4), None),
    (15010, "peel23", AFI,
     "The force should make sure it records reports of hate crime accurately and without "
     "delay.", AR, D(2024, 2, 20), None),
    (15011, "peel23", AFI,
     "The force should make sure investigations of residential burglary are allocated to "
     "officers with the right skills and are effectively supervised.", AR, D(2024, 2, 20), None),
    (15012, "peel23", AFI,
     "The force should improve its understanding of the nature and scale of fraud in its "
     "area.", AR, D(2024, 2, 20), "New – not allocated yet?"),
    (15013, "peel23", AFI,
     "The force should make sure officers and staff have the training they need to identify and "
     "respond to honour-based abuse.", AR, D(2024, 2, 20), None),
    (15014, "peel23", AFI,
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.", AR, D(2024, 2, 20), None),
]
HBY = {h[0]: h for h in H}

# --------------------------------------------------------------------------------------------
# Force tracker rows, in tracker order: (refs covered, ref as typed, report key or own name,
# published as typed, type, text, lead, RAG, update, submitted for closure)
# refs covered: list of HMICFRS refs this row holds ([] for force-only rows).
# --------------------------------------------------------------------------------------------
G, A, R, B, W = "GREEN", "AMBER", "RED", "BLUE", "WHITE"
F = [
    ([1204], None, "sas13", "Jul 2013", "National rec",
     "S&S 2013 R1 – CCs & CoP to set out in the APP what effective & fair use of S&S looks like",
     "ACC Local Policing", B, "Closed by HMIC 2015.", None),
    ([1205], None, "sas13", "Jul 2013", "National rec",
     "S&S 2013 R2 – improve monitoring of officers' use of S&S (lawful, incl. equality "
     "legislation & Code of Practice; effective use)", "ACC Local Policing", G,
     "Monthly S&S scrutiny at Force Performance meeting.", D(2015, 5, 1)),
    ([1206], None, "sas13", "Jul 2013", "National rec",
     "S&S 2013 R3 – consult elected local policing bodies; explain to public how S&S is used "
     "& arrange for records to be scrutinised by community reps (involve young people)",
     "ACC Local Policing", A, "Community scrutiny panel refresh in progress; youth panel "
     "being set up with OPCC.", None),
    ([2321], None, "everyone", "Mar 2014", "National rec",
     "Publish a DA action plan (Everyone's Business) – consult PCC, DA support orgs & victims' "
     "reps; consider all recs in the report; DHRs/IPCC findings; CPS scrutiny panels & MARAC "
     "self-assessments", "Ch Supt Public Protection", B,
     "Action plan published Sept 2014. Closed.", None),
    ([2688], None, "austerity", "Jul 2014", "National rec",
     "Review savings plans – continue to reduce crime & protect front line while balancing "
     "budget (use VfM profiles)", "Director of Finance", B,
     "Addressed holistically as part of WMP2020. HMIC – no further action.", None),
    ([2689, 2691], None, "austerity", "Jul 2014", "National rec",
     "Collaboration – assess scope to improve where <10% of savings come from collaboration, "
     "and review collaboration plans for next spending round (better VfM, capability & "
     "capacity through joint working)", "Director of Finance", A,
     "Regional collaboration review ongoing (ROCU / CMPG).", None),
    ([4822], None, "core", "Sep 2014", "National rec",
     "Call handlers – specific, sound & comprehensible criteria to assess threat, harm & risk "
     "(THRIVE) – by 31/03/15", "Supt Contact Centre", B, "THRIVE in place. Closed.", None),
    ([4823], None, "core", "Sep 2014", "National rec",
     "Crime prevention/disruption activity to be systematically recorded & evaluated "
     "(by 31 Mar 2015)", "Head of Corporate Development", G,
     "Recorded on the problem-solving database.", D(2015, 11, 2)),
    ([902], None, "integrity", "Jan 2015", "National rec",
     "Assure that misconduct investigations ending in 'no further action' are fair & free of "
     "discrimination (by 31 Aug 2015)", "Head of Professional Standards", G,
     "Dip sample by PSD complete; report to Ethics Committee.", D(2016, 3, 7)),
    ([5110], None, "sas15", "Mar 2015", "National rec",
     "Consult PCC – explain to the public how S&S is used & make arrangements for community "
     "reps to scrutinise S&S records; involve young people", "ACC Local Policing", G,
     "Evidence pack (panel ToR, minutes, youth engagement) submitted to HMICFRS via FLL.",
     D(2024, 9, 16)),
    ([5702], None, "firearms", "Sep 2015", "National rec",
     "Assess FL governance against APP; put correct arrangements in place where standards "
     "not met (3 months)", "Supt Firearms Licensing", B, "Closed by HMIC.", None),
    ([5703], None, "firearms", "Sep 2015", "National rec",
     "Assess demand on the Firearms Licensing Dept & ensure capacity to meet it (3 months)",
     "Supt Firearms Licensing", A,
     "Renewals peak 2024/25 – backlog recovery plan, 6 temp staff.", None),
    ([5704, 5705], None, "firearms", "Sep 2015", "National rec",
     "'Total expired' licensing records actioned; temporary permits per HO guidance, recorded "
     "on NFLMS without delay", "Supt Firearms Licensing", B, "Both closed by HMIC 2016.", None),
    ([5706], None, "firearms", "Sep 2015", "National rec",
     "Control room to check for FAC/SGC holder at address before deployment; officers "
     "understand risk assessment & power to seize firearms/certificates",
     "Supt Contact Centre", G, "NFLMS flag now on command & control; briefing delivered.",
     D(2024, 9, 30)),
    ([7301], 7301, "eff16", "Mar 2017", "CoC",
     "CoC – response to missing & absent children (risk assessment; absent v missing; CSE "
     "risk not influencing grading)", "Ch Supt Public Protection", B,
     "Closed by HMICFRS Jan 2019.", None),
    ([7302], 7302, "eff16", "Mar 2017", "Rec",
     "Review approach to missing children: call takers use missing/absent category correctly; "
     "CSE risk factors known; supervisors oversee missing enquiries", "Ch Supt Public "
     "Protection", G, "Missing persons policy rewritten.", D(2018, 6, 4)),
    ([7303], 7303, "eff16", "Mar 2017", "CoC",
     "CoC – response to DA; DASH discretion policy; DASH not consistently completed",
     "C/Supt Bell", R, "Graded RED. Covered by the Vulnerability Improvement Delivery Plan; see "
     "latest plan update.", None),
    ([7304], 7304, "eff16", "Mar 2017", "AFI",
     "Effective supervision of the initial risk assessment process – completion of DASH in "
     "appropriate cases", "C/Supt Bell", A,
     "The Force Executive Team agreed on 25 July that we would risk-assess all DA incidents.",
     None),
    ([7305], 7305, "eff16", "Mar 2017", "AFI",
     "Understand nature & scale of CSE in the force area", "Head of Intelligence", G,
     "CSE problem profile refreshed.", D(2018, 1, 15)),
    ([7306], 7306, "eff16", "Mar 2017", "AFI",
     "DA investigations allocated to officers with right skills & effectively supervised",
     "Det Ch Supt Force CID", A, "Part of PIP2 uplift; allocation policy under review.", None),
    ([7307], 7307, "eff16", "Mar 2017", "AFI",
     "Improve gathering/assessment of & action on SOC intelligence", "Head of Intelligence", B,
     "Closed by HMICFRS Mar 2018.", None),
    ([8201], 8201, "cdi17", "Sep 2017", "Rec",
     "Within 6 months: victims believed at point of report; call handler conversations "
     "summarised accurately in log; multiple crimes recorded; stop waiting for medical/video "
     "interview results before recording; online reports triaged", "Force Crime Registrar", G,
     "Completed. Evidence submitted to HMICFRS for closure.", D(2024, 6, 28)),
    ([8202], 8202, "cdi17", "Sep 2017", "Rec",
     "Record rape & RASSO reports accurately & without delay (immediately)",
     "Force Crime Registrar", G, "Audit Feb 19 – 96% compliant.", D(2019, 1, 30)),
    ([8203], 8203, "cdi17", "Sep 2017", "Rec",
     "Within 3 months – record DA reports accurately & without delay", "Force Crime Registrar",
     G, "Ready to move to GREEN status. Evidence with FLL.", D(2024, 7, 12)),
    ([8204], 8204, "cdi17", "Sep 2017", "Rec",
     "Better use of crime recording system to manage case files & investigative processes",
     "Force Crime Registrar", A, "Connect system go-live slipped to 2025.", None),
    ([8205], 8205, "cdi17", "Sep 2017", "AFI",
     "Training for officers & staff to identify and respond to MSHT", "Head of Learning & "
     "Development", A, "MSHT e-learning at 71% completion.", None),
    ([8310], 8310, "stolen", "24/10/2017", "National rec",
     "MSHT leadership & governance review (within 12 months) – (a) senior leaders prioritise "
     "MSHT; every MS incident allocated resources with right skills, experience & capacity",
     "Det Ch Supt Force CID", G, "MSHT governance board in place, chaired by ACC Crime.",
     D(2023, 11, 20)),
    ([8310], 8310, "stolen", "24/10/2017", "National rec",
     "MSHT leadership & governance review – (b) partnership arrangements to share info & "
     "safeguard victims; performance & QA measures for senior leaders",
     "Det Ch Supt Force CID", A, "Performance framework for MSHT being built.", None),
    ([8311], 8311, "stolen", "24/10/2017", "National rec",
     "Within 12 months – active ISAs with other agencies for speedy exchange of intelligence, "
     "to safeguard victims & identify suspects early", "Head of Intelligence", A,
     "ISAs drafted with 4 of 7 LAs.", None),
    ([8312], 8312, "stolen", "24/10/2017", "National rec",
     "Victims committing offences under compulsion – early & continuing consideration of the "
     "s45 defence", "Head of Criminal Justice", G, "CPS guidance briefed.", D(2020, 9, 1)),
    ([8313], 8313, "stolen", "24/10/2017", "National rec",
     "Full compliance with the NRM process; notify the HO of suspected adult victims (MSA 2015 "
     "duty to notify)", "Det Ch Supt Force CID", G, "Duty to notify audit complete.",
     D(2024, 8, 5)),
    ([8314], 8314, "stolen", "24/10/2017", "National rec",
     "NCRS compliance for MSHT offences; sufficient audit capacity for the FCR",
     "Force Crime Registrar", A, "Audit resource agreed, recruitment under way.", None),
    ([8315], 8315, "stolen", "24/10/2017", "National rec",
     "MSHT allegations thoroughly investigated & supervised by teams with the right skills "
     "(incl. JITs / overseas intelligence)", "Det Ch Supt Force CID", A,
     "Work undertaken in area but still requires development to complete.", None),
    ([8402], 8402, "efc17", "Nov 2017", "National rec",
     "By September 2019, produce an ambitious plan to improve digitally-enabled services",
     "Head of Corporate Development", A, "Digital strategy refresh due Q4.", None),
    ([8405], 8405, "efcwmp17", "Nov 2017", "AFI",
     "Sufficient resources in the control room to fulfil resourcing model & meet demand, "
     "taking account of workforce wellbeing", "Supt Contact Centre", A,
     "Uplift of 30 call handlers approved.", None),
    ([8406], 8406, "efcwmp17", "Nov 2017", "AFI",
     "Future workforce plan aligned to demand & budget (resource allocations, skills mix, "
     "behaviours)", "Director of People", G, "Workforce plan 2019-22 approved.",
     D(2019, 3, 11)),
    ([8407], 8407, "efcwmp17", "Nov 2017", "AFI",
     "Fuller understanding of current & future demand to match resources to demand",
     "Head of Corporate Development", B, "Superseded – FMS.", None),
    ([8538], 8538, "leg17", "Dec 2017", "CoC",
     "CoC – can't demonstrate S&S use is consistently reasonable & fair; over-representation "
     "of BAME (esp. black) people unexplained", "ACC Local Policing", A,
     "S&S disproportionality action plan.", None),
    ([8539], 8539, "leg17", "Dec 2017", "National rec",
     "By July 2018 – monitor S&S data regularly to understand: reasons for disproportionate "
     "representation of ethnic groups; how find rates differ by ethnicity & search type (incl. "
     "drug possession v supply)", "ACC Local Policing", A,
     "Power BI S&S dashboard in development.", None),
    ([8540, 8541], "8540 / 8541", "leg17", "Dec 2017", "National rec",
     "Where disparities found – show public research/analysis done & action taken; publish "
     "the analysis & actions annually from July 2018", "ACC Local Policing", G,
     "Annual S&S report published on website (Jul 24).", D(2024, 8, 19)),
    ([8542], 8542, "leg17", "Dec 2017", "National rec",
     "All S&S officers trained on unconscious bias & CoP APP (by July 2018 & ongoing)",
     "Head of Learning & Development", G, "Training 98% complete.", D(2019, 7, 1)),
    ([], 8299, "Abuse of position for a sexual purpose 2017", "Oct 2017", "National rec",
     "AoPSP – plans to seek intelligence on abuse of position for sexual gain (CCU capacity, "
     "IT monitoring, intel from support orgs)", "Head of Professional Standards", G,
     "CCU uplift complete; IT monitoring live.", D(2019, 4, 1)),
    ([9120], 9120, "ncpi18", "Jun 2018", "Rec",
     "With children's social care, review detention of children: detained only when "
     "necessary; early assessment of need for alternative accommodation; record all actions & "
     "decisions; timely appropriate adult support", "Ch Insp Custody", A,
     "Joint protocol with 3 of 4 LAs signed.", None),
    ([9121], 9121, "ncpi18", "Jun 2018", "Rec",
     "Review approach to missing children – consistently good service",
     "Ch Supt Public Protection", G, "Philomena Protocol adopted.", D(2019, 10, 7)),
    ([9122], 9122, "ncpi18", "Jun 2018", "Rec",
     "Work with partners to safeguard people at risk of CSE (3 months)",
     "Ch Supt Public Protection", G, "Multi-agency CSE hubs live in all LPAs.",
     D(2024, 5, 20)),
    ([9123], 9123, "ncpi18", "Jun 2018", "Rec",
     "Enough specialist capacity & capability to investigate online CSA (6 months)",
     "Det Ch Supt Force CID", A, "POLIT uplift part-funded.", None),
    ([], None, "Custody 2022", "Aug 2022", "Rec",
     "Custody staff to complete detention certificates when a child is held after charge",
     "Ch Insp Custody", A, "Custody IT change request raised.", None),
    ([9850], 9850, "peel18", "May 2019", "CoC",
     "CoC – size of the vetting backlog", "Head of Professional Standards", A,
     "Backlog down from 3,100 to 240.", None),
    ([9851], 9851, "peel18", "May 2019", "Rec",
     "All staff to hold at least lowest level of vetting; clear backlog & renewals as they "
     "fall due; comply with national vetting guidelines", "Head of Professional Standards", G,
     "Backlog cleared March 2024. Evidence submitted.", D(2024, 4, 2)),
    ([9852], 9852, "peel18", "May 2019", "AFI",
     "Understand RUI suspects & management of those on bail", "Head of Criminal Justice", A,
     "Bail/RUI dashboard; Bail Act changes 2022.", None),
    ([9853], 9853, "peel18", "May 2019", "AFI",
     "Retrieve digital evidence from phones, computers & other devices quickly enough not to "
     "delay investigations", "Det Ch Supt Force CID", A, "DFU backlog 9 weeks.", None),
    ([9854], 9854, "peel18", "May 2019", "AFI",
     "Regular & active supervision of investigations, properly recorded",
     "Det Ch Supt Force CID", A, "Supervision dip-sampling quarterly.", None),
    ([8206], None, "peel18", "May 2019", "AFI",
     "Record reports of ASB accurately & without delay", "Force Crime Registrar", A,
     "ASB recording audit planned.", None),
    ([9856], 9856, "peel18", "May 2019", "AFI",
     "Monitor team cultures (staff feedback) & provide prompt remedial action",
     "Director of People", G, "Staff survey & culture dashboard.", D(2021, 6, 14)),
    ([9857], 9857, "peel18", "May 2019", "AFI",
     "Timeliness of response to calls for service involving vulnerable adults",
     "Supt Contact Centre", G, "Attendance times within target 6 months running.",
     D(2024, 10, 1)),
    ([9858], 9858, "peel18", "May 2019", "AFI",
     "Confidential way for staff to raise concerns; staff aware of whistleblowing",
     "Head of Professional Standards", A, "Integrity line relaunch planned.", None),
    ([12210], 12210, "powers", "Feb 2021", "National rec",
     "By July 2022 – officers & staff have effective communication skills (National Policing "
     "Guidelines on Conflict Management)", "Head of Learning & Development", A,
     "Conflict management refresher in PST from Jan 25.", None),
    ([12211], 12211, "powers", "Feb 2021", "National rec",
     "By July 2021 – reinforce communication skills through CPD; supervisors debrief officers "
     "using BWV footage", "Head of Learning & Development", G,
     "BWV debrief guidance issued; in CPD days.", D(2024, 3, 4)),
    ([12212], 12212, "powers", "Feb 2021", "National rec",
     "BWV (1/3) – record the entirety of all S&S encounters on BWV incl. traffic stops & use "
     "of force", "ACC Local Policing", G, "Policy updated.", D(2023, 10, 9)),
    ([12212], 12212, "powers", "Feb 2021", "National rec",
     "BWV (2/3) – structured process to review a sample of BWV footage internally; "
     "disseminate learning; hold officers to account", "ACC Local Policing", G,
     "Monthly BWV review panel.", D(2023, 10, 9)),
    ([12212], 12212, "powers", "Feb 2021", "National rec",
     "BWV (3/3) – external scrutiny panel access to samples of BWV footage (S&S and use of "
     "force), with APP safeguards", "ACC Local Policing", G,
     "Independent panel reviewing footage since Jan 24.", D(2024, 2, 12)),
    ([12213], 12213, "powers", "Feb 2021", "National rec",
     "HO & NPCC – quality of use of force data for S&S; HO to publish",
     None, W, "Not the force's responsibility to deliver; dependent upon another organisation.",
     None),
    ([12214], 12214, "powers", "Feb 2021", "National rec",
     "By July 2022 – effective internal monitoring of use of force to identify & explain "
     "disproportionate use and act on it", "ACC Local Policing", A,
     "Use of force scrutiny board set up.", None),
    ([13400], 13400, "peel21", "Mar 2022", "AFI",
     "Review how we gather/use E&D data to understand workforce demographics",
     "Director of People", A, "HR system data cleanse.", None),
    ([13401], 13401, "peel21", "Mar 2022", "AFI",
     "Performance framework to give senior leaders a clear picture of VAWG response",
     "Head of Corporate Development", A, "VAWG performance pack draft.", None),
    ([13402], 13402, "peel21", "Mar 2022", "AFI",
     "Timeliness of response to DA calls for service", "Supt Contact Centre", G,
     "Ready to move to GREEN status. DA attendance within SLA.", D(2024, 10, 14)),
    ([13403], 13403, "peel21", "Mar 2022", "AFI",
     "Keep RASSO victims informed of case progress (VCOP)", "Det Ch Supt Force CID", A,
     "VCOP compliance 78%.", None),
    ([13404], 13404, "peel21", "Mar 2022", "AFI",
     "Problem-solving approach to ASB with communities & partners", "ACC Local Policing", G,
     "Closed by HMICFRS Mar 24.", D(2023, 12, 4)),
    ([13405], 13405, "peel21", "Mar 2022", "AFI",
     "Consistent use of ancillary orders & powers to protect stalking & harassment victims",
     "Ch Supt Public Protection", A, "SPO applications up 40%.", None),
    ([13406], 13406, "peel21", "Mar 2022", "AFI",
     "Evaluate knife crime prevention work & share what works", "ACC Crime", R,
     "Little work yet undertaken in this area. Unlikely to reach deadlines.", None),
    ([13407], 13470, "peel21", "Mar 2022", "AFI",
     "Intelligence on county lines – gather, assess & act", "Head of Intelligence", A,
     "County lines intelligence requirement issued.", None),
    ([15010], 15010, "peel23", "Feb 2024", "AFI",
     "Record hate crime reports accurately & without delay", "Force Crime Registrar", A,
     "Awaiting allocation.", None),
    ([15011], 15011, "peel23", "Feb 2024", "AFI",
     "Residential burglary investigations – right skills & effective supervision",
     "Det Ch Supt Force CID", A, "Burglary investigation standards drafted.", None),
    ([15013], 15013, "peel23", "Feb 2024", "AFI",
     "Training to identify & respond to honour-based abuse", "Head of Learning & Development",
     A, "HBA module commissioned from CoP.", None),
    ([15014], 15014, "peel23", "Feb 2024", "AFI",
     "Access to accurate data & analysis for performance management",
     "Head of Corporate Development", "Complete",
     "New performance framework & Power BI suite live Sept 24.", D(2024, 10, 21)),
    ([], None, "Internal", None, "Local action",
     "Force action - Task & Finish group to review the domestic abuse policy and report to "
     "the Force Executive Team", "C/Supt Bell", A, "Policy rewrite due Dec.", None),
    ([], None, "Internal", None, "Local action",
     "Internal audit action: Internal audit of the counter-corruption governance arrangements "
     "(audit plan 2023/24)", "Head of Professional Standards", G, "Audit complete – "
     "reasonable assurance.", D(2024, 4, 30)),
]

FORCE_DONE = {G, B, W, "Complete"}

# --------------------------------------------------------------------------------------------
# Truth decisions: category and why per HMICFRS ref (for matched items; split rows share)
# --------------------------------------------------------------------------------------------
CONFLICT_WHY = {
    8311: "Same MSHT information-sharing recommendation (Stolen Freedom, ref 8311 on both), but "
          "the force row says 'Within 12 months' where HMICFRS says 'Within six months': the "
          "timescale disagrees.",
    8402: "Same digital-services plan (ref 8402 on both), but the force row says 'By September "
          "2019' where HMICFRS says 'By September 2018': the deadline disagrees.",
    8539: "Same S&S monitoring recommendation (ref 8539 on both), but the force row lists only "
          "two of the three bullets: the 'prevalence of possession-only drug searches' bullet "
          "is missing.",
    12214: "Same use-of-force monitoring recommendation (ref 12214 on both), but the force row "
           "says 'By July 2022' where HMICFRS says 'By July 2021': the deadline disagrees.",
    7304: "Same DASH supervision recommendation (ref 7304 on both, PEEL Effectiveness 2016), but "
          "HMICFRS types it a Recommendation (attached to the DA cause of concern) and the "
          "force records it as an AFI: the type disagrees.",
    8206: "Same text (record ASB reports accurately and without delay), but the force files it "
          "under PEEL 2018/19 with no reference while HMICFRS holds it as 8206 under Crime data "
          "integrity 2017: the report disagrees.",
    13407: "Same county lines intelligence AFI under PEEL 2021/22, but the force typed the "
           "reference as 13470 (no such item on the list) where HMICFRS has 13407: the "
           "reference disagrees.",
}
def fmt_status(s: str) -> str:
    return f"HMICFRS '{s}'"


def decide(ref: int, rows: list[tuple]) -> tuple[str, str]:
    """Category and reason for one HMICFRS item given its force rows (a person's reading)."""
    h = HBY[ref]
    hopen = h[4] in OPEN_H
    if ref in CONFLICT_WHY:
        return "conflict", CONFLICT_WHY[ref]
    fdone = all(r[7] in FORCE_DONE for r in rows)
    rags = "/".join(r[7] for r in rows)
    how = ("matched by reference" if all(r[1] == ref for r in rows) else
           "matched by report and text (the force row carries no reference)")
    if any(isinstance(r[1], str) for r in rows):
        how = "matched by the combined reference and text on the force row"
    if len(rows) > 1:
        how += f"; the force split it over {len(rows)} rows ({rags})"
    if len(rows[0][0]) > 1:
        how += "; the force row holds two HMICFRS items"
    if hopen and fdone:
        return "closeable_submit", f"{how}. {fmt_status(h[4])} (open); force {rags} (done)."
    if hopen and not fdone:
        extra = " – not every part is done, so the item is open" if len(rows) > 1 else ""
        return "in_sync", f"{how}. {fmt_status(h[4])} (open); force {rags} (open){extra}."
    if not hopen and fdone:
        return "in_sync", f"{how}. {fmt_status(h[4])} (closed); force {rags} (done)."
    return "closeable_local", f"{how}. {fmt_status(h[4])} (closed); force {rags} still open."


SPECIAL_WHY = {
    1206: "The force row has no reference; its report is 'Stop & Search powers (HMIC 2013)' and "
          "it says 'consult elected local policing bodies', the 2013 wording (the near-identical "
          "2015 item 5110 says police and crime commissioners).",
    5110: "The force row has no reference; its report is 'Stop & search powers 2' and it says "
          "'Consult PCC', the 2015 wording, so it is 5110 and not the 2013 item 1206.",
    2321: "The force's summary keeps all four bullets of the action-plan recommendation.",
    12213: "The item is addressed to the Home Office and NPCC; the force marks it WHITE (not the "
           "force's to deliver), which counts as done.",
    15014: "The force row's status is the word 'Complete' rather than a colour.",
}

MISSING_WHY = {
    2690: "No force row mentions the austerity recommendation about reducing the front-line "
          "workforce (the force tracks recs 1, 2 and 4 only). HMICFRS has it as 'No further "
          "action required'.",
    5376: "No force row for Building the Picture (information management audits); the DCC's "
          "own comment on the list asks who owns it. HMICFRS 'Being progressed'.",
    8316: "Stolen Freedom has seven items on the list; the tracker has rows for six. Nothing on "
          "preventative powers under the Modern Slavery Act. HMICFRS 'Being progressed'.",
    7308: "No force row on managing offenders involved in online child sexual abuse under PEEL "
          "Effectiveness 2016 (the NCPI row on online CSA capacity is item 9123, a different "
          "ask). HMICFRS 'Being progressed'.",
    9855: "No force row on keeping stalking and harassment victims informed (PEEL 2018/19); the "
          "PEEL 21-22 stalking row is ancillary orders, item 13405. HMICFRS 'Being progressed'.",
    15012: "No force row on understanding fraud (PEEL 2023/24 has five items, the tracker four). "
           "HMICFRS 'Awaiting review'.",
}

FORCE_ONLY_WHY = [
    "Abuse of position for a sexual purpose (ref 8299): no item 8299 and no such report on the "
    "definitive list. Query with HMICFRS (the force records it as done).",
    "Custody 2022 recommendation on detention certificates: no custody report on the list (the "
    "NCPI 2018 detention item 9120 does not ask for certificates). Query with HMICFRS.",
    "Force's own Task & Finish action on the DA policy, not an HMICFRS item.",
    "Internal audit action, not an HMICFRS item.",
]


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------
def fixed_zip(path: str) -> None:
    """Rewrite an xlsx with fixed zip timestamps and fixed core properties."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-11-08T09:30:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 11, 8, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def set_props(wb: Workbook, creator: str, title: str) -> None:
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.title = title
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


HN = "Helvetica Neue"


def build_hmicfrs() -> dict[int, int]:
    """Numbers export; returns ref -> Excel row on the list sheet."""
    wb = Workbook()
    set_props(wb, "HMICFRS", "HMICFRS definitive list")
    main_name = "Recommendations - Table 1"
    t2_name = "Recommendations - Table 2"

    ws0 = wb.active
    ws0.title = "Export Summary"
    ws0["A1"] = "Export Summary"
    ws0["A1"].font = Font(name=HN, size=16, bold=True)
    ws0["A3"] = ("This document was exported from Numbers. Each table was converted to an Excel "
                 "worksheet. All other objects on each Numbers sheet were placed on separate "
                 "worksheets. Please be aware that formula calculations may differ in Excel.")
    ws0["A3"].font = Font(name=HN, size=10)
    for c, v in zip("ABC", ("Numbers Sheet Name", "Numbers Table Name",
                            "Excel Worksheet Name")):
        ws0[f"{c}5"] = v
        ws0[f"{c}5"].font = Font(name=HN, size=10, bold=True)
    for r, (a, b, c) in enumerate((("Recommendations", "Table 1", main_name),
                                   ("Recommendations", "Table 2", t2_name)), start=6):
        ws0[f"A{r}"], ws0[f"B{r}"], ws0[f"C{r}"] = a, b, c
        for col in "ABC":
            ws0[f"{col}{r}"].font = Font(name=HN, size=10)
    ws0.column_dimensions["A"].width = 24
    ws0.column_dimensions["B"].width = 20
    ws0.column_dimensions["C"].width = 30

    ws = wb.create_sheet(main_name)
    ws.sheet_properties.outlinePr = Outline(summaryBelow=False, summaryRight=True)
    base = Font(name=HN, size=10)
    bold = Font(name=HN, size=10, bold=True)
    hdr_fill = PatternFill("solid", fgColor="DBDBDB")
    cat1_fill = PatternFill("solid", fgColor="BFD5E8")
    cat2_fill = PatternFill("solid", fgColor="E4EDF5")
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = ("HMICFRS Monitoring – recommendations, causes of concern and areas for "
                "improvement held against West Midlands Police")
    ws["A1"].font = Font(name=HN, size=12, bold=True)
    ws["A2"] = ("Definitive list as at 1 November 2024 – please reconcile with force records "
                "and return to your FLL by 29 November 2024")
    ws["A2"].font = Font(name=HN, size=10, italic=True)
    headers = ["Ref", "Report", "Published", "Type", "Recommendation / AFI text", "Status",
               "Status date", "DCC comments"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = bold
        c.fill = hdr_fill
    widths = [9, 38, 12, 20, 80, 16, 12, 28]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    ws.column_dimensions["F"].hidden = True   # the source column of the first category
    ws.freeze_panes = "A4"

    status_order = sorted({h[4] for h in H})
    row = 4
    rowmap: dict = {"_cat1": [], "_cat2": []}
    for st in status_order:
        in_st = [h for h in H if h[4] == st]
        c = ws.cell(row=row, column=1, value=st)
        c.font = bold
        cnt = ws.cell(row=row, column=4, value=len(in_st))
        cnt.number_format = '"Count "0'
        cnt.font = bold
        for col in range(1, 9):
            ws.cell(row=row, column=col).fill = cat1_fill
        rowmap["_cat1"].append((row, st, len(in_st)))
        row += 1
        for rep_title in sorted({REPORTS[h[1]][0] for h in in_st}):
            in_rep = sorted((h for h in in_st if REPORTS[h[1]][0] == rep_title),
                            key=lambda h: h[0])
            c = ws.cell(row=row, column=1, value=rep_title)
            c.font = bold
            cnt = ws.cell(row=row, column=4, value=len(in_rep))
            cnt.number_format = '"Count "0'
            cnt.font = bold
            for col in range(1, 9):
                ws.cell(row=row, column=col).fill = cat2_fill
            ws.row_dimensions[row].outlineLevel = 1
            rowmap["_cat2"].append((row, rep_title, len(in_rep)))
            row += 1
            for h in in_rep:
                ref, rk, typ, text, status, sdate, note = h
                vals = [ref, REPORTS[rk][0], REPORTS[rk][1], typ, text, status, sdate, note]
                for col, v in enumerate(vals, start=1):
                    c = ws.cell(row=row, column=col, value=v)
                    c.font = base
                    c.alignment = wrap
                ws.cell(row=row, column=1).number_format = "#,##0"
                ws.cell(row=row, column=3).number_format = "d mmm yyyy"
                ws.cell(row=row, column=7).number_format = "dd/mm/yyyy"
                ws.row_dimensions[row].outlineLevel = 2
                rowmap[ref] = row
                row += 1
    # footer row (Numbers table footer)
    c = ws.cell(row=row, column=1, value="Total")
    c.font = bold
    cnt = ws.cell(row=row, column=4, value=len(H))
    cnt.number_format = '"Count "0'
    cnt.font = bold
    for col in range(1, 9):
        ws.cell(row=row, column=col).fill = hdr_fill
    footer_row = row

    ws2 = wb.create_sheet(t2_name)
    ws2["A1"], ws2["B1"] = "Status", "Items"
    ws2["A1"].font = ws2["B1"].font = bold
    r = 2
    for st in status_order:
        ws2.cell(row=r, column=1, value=st).font = base
        ws2.cell(row=r, column=2, value=sum(1 for h in H if h[4] == st)).font = base
        r += 1
    ws2.cell(row=r, column=1, value="Total").font = bold
    ws2.cell(row=r, column=2, value=len(H)).font = bold
    ws2.column_dimensions["A"].width = 26

    path = os.path.join(OUT, "hmicfrs.xlsx")
    wb.save(path)
    fixed_zip(path)
    rowmap["_footer"] = footer_row
    rowmap["_t2rows"] = r
    return rowmap


def build_tracker() -> list[int]:
    wb = Workbook()
    set_props(wb, "Risk & Organisational Learning", "HMICFRS tracker")
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "West Midlands Police – HMICFRS Recommendations & AFIs Tracker"
    ws["A1"].font = Font(name="Arial", size=14, bold=True)
    ws["A2"] = ("Risk & Organisational Learning – last updated 04/11/2024 – for COG and Joint "
                "Audit Committee")
    ws["A2"].font = Font(name="Arial", size=10, italic=True)
    headers = ["No.", "HMICFRS Ref", "Report", "Report date", "Type",
               "Recommendation / AFI (summary)", "Lead", "RAG", "Latest update",
               "Submitted for closure"]
    hfill = PatternFill("solid", fgColor="1F3864")
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(name="Arial", size=10, bold=True, color="FFFFFF")
        c.fill = hfill
        c.alignment = Alignment(wrap_text=True, vertical="center")
    widths = [5, 12, 26, 11, 13, 70, 26, 9, 48, 13]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    rag_fill = {G: "92D050", A: "FFC000", R: "FF0000", B: "00B0F0", W: "FFFFFF",
                "Complete": "92D050"}
    rows = []
    r = 5
    for n, fr in enumerate(F, start=1):
        refs, ref_typed, rk, pub, typ, text, lead, rag, upd, sub = fr
        rep = REPORTS[rk][2] if rk in REPORTS else rk
        vals = [n, ref_typed, rep, pub, typ, text, lead, rag, upd, sub]
        for col, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=col, value=v)
            c.font = Font(name="Arial", size=10)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=rag_fill[rag])
        ws.cell(row=r, column=10).number_format = "dd/mm/yyyy"
        rows.append(r)
        r += 1
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:J{r - 1}"

    wk = wb.create_sheet("Key")
    key = [("RAG", "Meaning"),
           ("BLUE", "Closed by HMICFRS"),
           ("GREEN", "Complete – evidence submitted or ready to submit to HMICFRS"),
           ("AMBER", "In progress – on track"),
           ("RED", "Beyond deadline or at risk"),
           ("WHITE", "Not WMP responsibility to deliver / dependent on another organisation")]
    for i, (a, b) in enumerate(key, start=1):
        wk.cell(row=i, column=1, value=a).font = Font(name="Arial", size=10, bold=(i == 1))
        wk.cell(row=i, column=2, value=b).font = Font(name="Arial", size=10, bold=(i == 1))
    wk.column_dimensions["B"].width = 70

    path = os.path.join(OUT, "tracker.xlsx")
    wb.save(path)
    fixed_zip(path)
    return rows


def write_readme(hrow: dict, frow: list[int], lines: list[tuple]) -> None:
    hs = "Recommendations - Table 1"
    cats = ["in_sync", "closeable_submit", "closeable_local", "conflict",
            "missing_from_force", "not_on_hmicfrs_list", "review"]
    counts = {c: sum(1 for l in lines if l[2] == c) for c in cats}
    first_item = min(v for k, v in hrow.items() if isinstance(k, int))
    last_item = max(v for k, v in hrow.items() if isinstance(k, int))
    cat1 = "; ".join(f"{r} ‘{lab}’ (Count {n})" for r, lab, n in hrow["_cat1"])
    cat2 = "; ".join(str(r) for r, _, _ in hrow["_cat2"])
    fr = {i: frow[i] for i in range(len(F))}

    def frows(ref):
        return ", ".join(str(fr[i]) for i, f in enumerate(F) if ref in f[0])

    def h(ref):
        return hrow[ref]

    only = [fr[i] for i, f in enumerate(F) if not f[0]]
    text = f"""# Case `{CASE}` (round 81, case B)

## Story

West Midlands Police's HMICFRS Force Liaison Lead (FLL) received the definitive list of
recommendations, causes of concern and areas for improvement that HMICFRS holds against the
force, as of 1 November 2024, as a spreadsheet from the monitoring portal. Before the Chief
Officer Group the FLL forwarded it to the DCC's staff officer, who opened it on an iPad in
**Apple Numbers**. To brief the DCC the staff officer used Numbers' *Categories*: the table is
grouped by HMICFRS status and, inside each status, by report, with a group (summary) row above
every group showing the group's value and a *Count*. Because the status now shows on the group
rows, the staff officer hid the Status column. They typed a few remarks into a new
"DCC comments" column, added a second small table counting items by status, and used
File > Export To > Excel. That exported workbook came back to the analyst in Risk &
Organisational Learning, and it is the only copy of the list the analyst has. It is the
HMICFRS side of this case (`hmicfrs.xlsx`).

The force side (`tracker.xlsx`) is the analyst's own tracker: one row per recommendation, in
the force's wording, with RAG colours as words.

## Files

- `hmicfrs.xlsx`, written as a Numbers export is laid out:
  - `Export Summary` (sheet 1): the Numbers cover sheet. A1 "Export Summary", A3 Numbers'
    note ("This document was exported from Numbers. Each table was converted to an Excel
    worksheet. …"), and a small table in rows 5–7 mapping "Numbers Sheet Name / Numbers Table
    Name / Excel Worksheet Name". It holds no items.
  - `{hs}`: the list. Rows 1–2 are the portal's title and "Definitive list as at 1 November
    2024 …" line, kept inside the table as Numbers header rows. Row 3 is the column header:
    `Ref | Report | Published | Type | Recommendation / AFI text | Status | Status date |
    DCC comments`. **Column F (Status) is hidden.** Items run from row {first_item} to row
    {last_item}, broken up by group rows, with the footer row at {hrow['_footer']}. The font
    throughout is Helvetica Neue (Numbers' default).
  - `Recommendations - Table 2`: the staff officer's count table (Status | Items, with a Total
    row), rows 1–{hrow['_t2rows']}. It holds no items.
- `tracker.xlsx`: sheet `Tracker` with a title in row 1, a subtitle in row 2, row 3 blank, the
  header in row 4 (`No. | HMICFRS Ref | Report | Report date | Type |
  Recommendation / AFI (summary) | Lead | RAG | Latest update | Submitted for closure`), and item
  rows 5–{frow[-1]} ({len(F)} rows, autofilter on, RAG cells shaded). Sheet `Key` holds the RAG
  legend (rows 1–6).
- `truth.csv`: UTF-8, `hmicfrs_row,force_row,category,why`, {len(lines)} lines.

Both workbooks are xlsx written by openpyxl, with fixed document properties and fixed zip
timestamps.

## What the layout brings (HMICFRS side)

1. **A cover sheet first.** `Export Summary` is the first sheet. A reader that takes sheet 1
   finds no items, only Numbers' note and the three-column sheet map.
2. **Sheet names come from Numbers**: "<Numbers sheet> - <table>", so the list sits on
   `{hs}` next to a count table on `Recommendations - Table 2`.
3. **Title rows inside the table**: rows 1–2, with the header on row 3.
4. **Two levels of group rows between the items** (Excel outline levels 0/1, items at level 2,
   summary rows above the detail):
   - status groups, in Numbers' alphabetical order, at rows {cat1}. The status label is in
     column A (Ref) and the group's count is in column D (Type), a number shown as "Count N";
   - report groups at rows {cat2}. The full report title is in column A, with its count in
     column D.
   Within a report group, items are in Ref order. The same report can appear under several
   status groups (PEEL 2018/19, for example, is split between Being progressed, Complete and
   Superseded).
5. **The status column is hidden.** The values are still in column F and always agree with
   the group row above. A person reading by eye takes the status from the group row.
6. **References are plain HMICFRS register integers** (902 … 15014), shown with a thousands
   separator (`#,##0`): 12210 appears as "12,210" on screen and is the number 12210 in the
   cell.
7. **Real dates**: Published as `d mmm yyyy`, Status date as `dd/mm/yyyy`.
8. **A footer row** (row {hrow['_footer']}): "Total" with a count of {len(H)} in column D.
9. **Staff officer remarks** in column H, typed on the iPad. Some suggest a
   different state from the one HMICFRS records, e.g. row {h(5110)} "We sent evidence in Sept
   – chase" and row {h(9851)} "Backlog cleared Mar 24?". They are comments, not HMICFRS
   status. The truth always uses the Status column, i.e. the group row.
10. The Type vocabulary is HMICFRS's: Recommendation / Area for improvement / Cause of
   concern / National recommendation. All-forces reports and force reports are mixed; force
   reports carry " – West Midlands Police" in the title.

I wrote the layout from what is public about Numbers' Excel export: the cover sheet and its
wording, one worksheet per table named after the sheet and table, and categories with group
rows above each group. I could not check a real export of a categorised table, so the
"Count N" cell in the Type column and the outline levels are my reconstruction.

## Traps and how the truth decides them

Each HMICFRS row below is on `{hs}`; each force row is on `Tracker`.

- **Split recommendation.** Stolen Freedom leadership 8310 (row {h(8310)}) is force rows
  {frows(8310)}, one GREEN and one AMBER. The item is open on both sides, so both lines are
  `in_sync`. Police-powers BWV 12212 (row {h(12212)}) is force rows {frows(12212)}, parts
  1/3–3/3, all GREEN, while HMICFRS has it Being progressed: three `closeable_submit` lines.
- **Merged rows.** Force row {frows(2689)} holds austerity 2689 and 2691 (rows {h(2689)},
  {h(2691)}): HMICFRS "No further action required", force AMBER, so two `closeable_local`
  lines. Force row {frows(5704)} holds firearms 5704 and 5705 (rows {h(5704)}, {h(5705)}),
  both Complete and force BLUE: two `in_sync` lines. Force row {frows(8540)} (ref typed
  "8540 / 8541") holds 8540 and 8541 (rows {h(8540)}, {h(8541)}), Being progressed and force
  GREEN: two `closeable_submit` lines.
- **No reference on older force rows.** Everything before 2016 (S&S 2013, Everyone's
  Business, Austerity, Core Business, Integrity, S&S 2, Firearms) is matched on report and
  text. The near-twins are 1206 (2013, row {h(1206)}, "elected local policing bodies",
  Superseded) and 5110 (2015, row {h(5110)}, "police and crime commissioners", Being
  progressed). Force row {frows(1206)} is under "Stop & Search powers (HMIC 2013)" and is
  AMBER, so `closeable_local`. Force row {frows(5110)} is under "Stop & search powers 2",
  says "Consult PCC" and is GREEN, so `closeable_submit`.
- **Conflicts** ({counts['conflict']}):
  - timescale: 8311 (row {h(8311)}, force {frows(8311)}), six months against 12 months;
  - deadline: 8402 (row {h(8402)}, force {frows(8402)}), Sept 2018 against Sept 2019;
  - deadline: 12214 (row {h(12214)}, force {frows(12214)}), July 2021 against July 2022;
  - missing bullet: 8539 (row {h(8539)}, force {frows(8539)}), the possession-only drug
    searches bullet is left out;
  - type: 7304 (row {h(7304)}, force {frows(7304)}), Recommendation against AFI;
  - report: 8206 (row {h(8206)}, force {frows(8206)}), CDI 2017 against the force's "PEEL
    2018/19", with no reference on the force row;
  - reference: 13407 (row {h(13407)}, force {frows(13407)}), typed 13470.
- **Closed on one side.**
  - `closeable_submit`: HMICFRS open (Being progressed / Awaiting review) and the force
    GREEN / "Complete". For example 5706, 8313, 8201, 9851, and 15014, whose force status is
    the word "Complete".
  - `closeable_local`: HMICFRS Complete / Superseded / No further action required and the
    force AMBER. For example 1206, 8314, 7306, 8205, 9852, 9858.
- **Not the force's to deliver.** 12213 (Home Office and NPCC, row {h(12213)}) is HMICFRS "No
  further action required" and force WHITE (force row {frows(12213)}). Both closed/done:
  `in_sync`.
- **Missing from the force tracker** ({counts['missing_from_force']}): 2690, 5376, 8316,
  7308, 9855, 15012 (rows {h(2690)}, {h(5376)}, {h(8316)}, {h(7308)}, {h(9855)},
  {h(15012)}). Similar-looking force rows, such as the NCPI online CSA row for 7308 and the
  PEEL 21-22 stalking row for 9855, are different asks and are matched to their own items.
- **Force-only rows** ({counts['not_on_hmicfrs_list']}): force rows {', '.join(map(str, only))}.
  - an Abuse of position for a sexual purpose item with ref 8299, not on the list;
  - a Custody 2022 recommendation, with no custody report on the list;
  - two local / internal-audit actions.
- No `review` lines: every pair can be decided from the two rows.

Status rule: HMICFRS Awaiting review / Being progressed are open; Complete / Superseded / No
further action required are closed. Force GREEN / BLUE / WHITE / Complete are done; AMBER /
RED are open. A split item is done only when every part is.

## Counts

| category | lines |
|---|---|
""" + "".join(f"| {c} | {counts[c]} |\n" for c in cats) + f"""| **total** | **{len(lines)}** |

HMICFRS items: {len(H)} ({len(hrow['_cat1'])} status groups, {len(hrow['_cat2'])} report groups).
Force item rows: {len(F)}.

## Rows that are not items

- `hmicfrs.xlsx` / `Export Summary`: every row (Numbers cover sheet: title, note, sheet map
  header and two map rows).
- `hmicfrs.xlsx` / `{hs}`:
  - rows 1–2: portal title and "definitive list as at" line;
  - row 3: column header;
  - status group rows {', '.join(str(r) for r, _, _ in hrow['_cat1'])}: Numbers category
    summary rows, with the status name and a count;
  - report group rows {cat2}: Numbers sub-category summary rows, with the report title and a
    count;
  - row {hrow['_footer']}: the table footer, "Total" and a count.
- `hmicfrs.xlsx` / `Recommendations - Table 2`: every row (the staff officer's status counts
  and total).
- `tracker.xlsx` / `Tracker`:
  - rows 1–2: title and subtitle;
  - row 3: blank;
  - row 4: header.
- `tracker.xlsx` / `Key`: every row (RAG legend).

## Checks run

- Every item row of `{hs}` ({len(H)}) appears in truth at least once.
- Every item row of `Tracker` ({len(F)}) appears in truth, once per HMICFRS item it holds.
- No non-item row appears in truth.
- Both files were read back with pandas (`read_excel`, `header=None`, every sheet) and
  openpyxl. Counts, hidden column F, outline levels and the values in the group rows all
  matched what was written.
- The builder was run twice, and the four files were byte-identical (sha256).
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(text)


def main() -> None:
    os.makedirs(OUT, exist_ok=True)
    hrow = build_hmicfrs()
    frow = build_tracker()
    hs, fs = "Recommendations - Table 1", "Tracker"

    by_ref: dict[int, list[tuple[int, tuple]]] = {}
    for i, fr in enumerate(F):
        for ref in fr[0]:
            by_ref.setdefault(ref, []).append((frow[i], fr))

    lines = []
    only_i = 0
    for i, fr in enumerate(F):
        if not fr[0]:
            lines.append(("", f"{fs}!{frow[i]}", "not_on_hmicfrs_list", FORCE_ONLY_WHY[only_i]))
            only_i += 1
            continue
        for ref in fr[0]:
            rows = [x[1] for x in by_ref[ref]]
            cat, why = decide(ref, rows)
            why = why[0].upper() + why[1:]
            if ref in SPECIAL_WHY:
                why = SPECIAL_WHY[ref] + " " + why
            lines.append((f"{hs}!{hrow[ref]}", f"{fs}!{frow[i]}", cat, why))
    for h in H:
        if h[0] not in by_ref:
            lines.append((f"{hs}!{hrow[h[0]]}", "", "missing_from_force", MISSING_WHY[h[0]]))
    assert only_i == len(FORCE_ONLY_WHY)
    assert set(MISSING_WHY) == {h[0] for h in H} - set(by_ref)

    def key(l):
        a = int(l[0].split("!")[1]) if l[0] else 10**6
        b = int(l[1].split("!")[1]) if l[1] else 0
        return (a, b)

    lines.sort(key=key)
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    write_readme(hrow, frow, lines)


if __name__ == "__main__":
    main()
