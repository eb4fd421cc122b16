"""Build the evaluation case `rag_lags_current_position` for `reconcile` (round 75).

West Mercia Police's HMICFRS tracker keeps two status columns: a RAG grade that is only
changed at the quarterly Performance & Assurance Board (last: 14 June 2022) and a
"Current position" that action owners have updated since (returns up to 26 August 2022).
They disagree on many rows. The truth follows the later word, the "Current position"; where
an owner has written nothing since the Board, the RAG is the latest word and stands.

Run: /work/main/.venv/bin/python /tmp/indep75/build_rag_lags_current_position.py
Every output is rebuilt byte for byte (no clock, no randomness, fixed zip timestamps and
document properties).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

CASE = "rag_lags_current_position"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), CASE)
D = dt.datetime

# ---------------------------------------------------------------------------------------
# HMICFRS texts: real public wording (Open Government Licence), copied as literals from
# /work/shared/data/real_recommendations.csv and /work/main/reconcile/casegen/texts/.
# Force-level PEEL 2021/22 AFIs are the real stem "The force should {b}." with real bodies;
# the NCPI custody recommendation is the real text with the force's name ("{force}" stem).
# ---------------------------------------------------------------------------------------
SAS13_0 = 'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.'
SAS13_1 = 'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.'
SAS13_2 = 'Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.'
EVERYONE_0 = "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments."
AUSTERITY_0 = "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews"
AUSTERITY_1 = 'Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.'
AUSTERITY_2 = 'Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.'
AUSTERITY_3 = 'In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.'
CORE_0 = 'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.'
CORE_1 = 'By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.'
INTEGRITY_0 = 'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.'
SAS15_0 = 'Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.'
PICTURE_0 = 'By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.'
FIREARMS_0 = 'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.'
FIREARMS_1 = 'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.'
FIREARMS_2 = 'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.'
FIREARMS_3 = 'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.'
FIREARMS_4 = 'Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.'
STOLEN_0 = 'Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.'
STOLEN_1 = 'Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible'
STOLEN_2 = 'Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.'
STOLEN_3 = 'Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.'
STOLEN_4 = 'Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.'
STOLEN_5 = 'Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).'
STOLEN_6 = 'Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.'
EFC17_0 = "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries."
LEG17_0 = 'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.'
LEG17_1 = 'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.'
LEG17_2 = 'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;'
LEG17_3 = 'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.'
LEG17_4 = 'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.'
POWERS_0 = 'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.'
POWERS_1 = 'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.'
POWERS_2 = 'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.'
POWERS_3 = 'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.'
POWERS_4 = 'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.'

CSV_0 = 'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and'
CSV_1 = 'HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.'
CSV_2 = 'HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;'
CSV_3 = 'HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and'
CSV_4 = 'HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;'
CSV_5 = 'HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.'
CSV_6 = 'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;'
CSV_7 = 'The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.'
CSV_8 = 'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.'
CSV_9 = 'HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;'
CSV_10 = 'HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;'
CSV_11 = 'Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.'
CSV_14 = 'The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public'
CSV_15 = 'The force should develop its understanding of the links between its outcomes, outputs and costs'
CSV_16 = 'The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.'
CSV_18 = 'The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.'
CSV_20 = 'The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.'
CSV_21 = 'The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.'
CSV_22 = 'In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.'
CSV_23 = 'To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.'
CSV_24 = 'In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease'
CSV_25 = 'The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.'
CSV_26 = 'To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action'
NCPI_CHILDREN = 'Within six months West Mercia Police should, in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff comply with their statutory duties to complete detention certificates if a child is detained for any reason in police custody following charge;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested.'
VETTING_COC = 'The size of the vetting backlog within West Mercia Police is a cause of concern.'
CONTROL_ROOM = 'The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.'
AFI_SUPERVISION = 'The force should improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service.'
AFI_CONCERNS = 'The force should make sure it provides a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.'
AFI_EDI_DATA = 'The force should review how it gathers and uses equality and diversity data to improve its understanding of its workforce demographics.'
AFI_DASH = 'The force should take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.'
AFI_CULTURES = 'The force should put plans in place to monitor, including through the gathering and analysis of staff feedback, team cultures and provide prompt remedial action for any issues it identifies.'
AFI_RISK_REG = 'The force should make sure the corporate risk register is actively used to mitigate and manage known risks.'

NAT, REC, AFI, COC = ("National recommendation", "Recommendation", "Area for improvement",
                      "Cause of concern")

# Reports: key -> (HMICFRS title, publication date).
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", D(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse", D(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", D(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", D(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", D(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management", D(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", D(2015, 9, 15)),
    "eff15": ("PEEL: Police efficiency 2015 – West Mercia Police", D(2015, 10, 15)),
    "cdi16": ("Crime data integrity inspection 2016 – West Mercia Police", D(2017, 2, 9)),
    "efv16": ("PEEL: Police effectiveness 2016 – West Mercia Police", D(2017, 3, 2)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", D(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9)),
    "efc17wm": ("PEEL: Police efficiency 2017 – West Mercia Police", D(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12)),
    "leg17wm": ("PEEL: Police legitimacy 2017 – West Mercia Police", D(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018 – West Mercia Police", D(2018, 6, 19)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police", D(2019, 9, 27)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", D(2021, 2, 26)),
    "peel2122": ("PEEL 2021/22 – West Mercia Police", D(2022, 4, 21)),
}

AW, BP, CO, SU, NF = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                      "No further action required")

# HMICFRS items in list order: (id, report key, type, text, linked CoC id, status, status date)
HM_ITEMS = [
    (1203, "sas13", NAT, SAS13_0, None, CO, D(2016, 3, 18)),
    (1204, "sas13", NAT, SAS13_1, None, SU, D(2017, 12, 12)),
    (1205, "sas13", NAT, SAS13_2, None, CO, D(2016, 3, 18)),
    (2321, "everyone", NAT, EVERYONE_0, None, CO, D(2015, 6, 30)),
    (3610, "austerity", NAT, AUSTERITY_0, None, NF, D(2017, 11, 9)),
    (3611, "austerity", NAT, AUSTERITY_1, None, NF, D(2017, 11, 9)),
    (3612, "austerity", NAT, AUSTERITY_2, None, NF, D(2017, 11, 9)),
    (3613, "austerity", NAT, AUSTERITY_3, None, NF, D(2017, 11, 9)),
    (4821, "core", NAT, CORE_0, None, CO, D(2016, 5, 4)),
    (4822, "core", NAT, CORE_1, None, BP, D(2019, 1, 22)),
    (902, "integrity", NAT, INTEGRITY_0, None, CO, D(2016, 10, 3)),
    (5114, "sas15", NAT, SAS15_0, None, BP, D(2020, 7, 14)),
    (5530, "picture", NAT, PICTURE_0, None, AW, D(2015, 7, 1)),
    (5902, "firearms", NAT, FIREARMS_0, None, CO, D(2016, 2, 11)),
    (5903, "firearms", NAT, FIREARMS_1, None, CO, D(2016, 2, 11)),
    (5904, "firearms", NAT, FIREARMS_2, None, BP, D(2021, 9, 30)),
    (5905, "firearms", NAT, FIREARMS_3, None, CO, D(2017, 4, 26)),
    (5906, "firearms", NAT, FIREARMS_4, None, BP, D(2021, 9, 30)),
    (5720, "eff15", AFI, CSV_14, None, SU, D(2018, 5, 17)),
    (5721, "eff15", AFI, CSV_15, None, CO, D(2017, 11, 9)),
    (5722, "eff15", AFI, CSV_16, None, BP, D(2019, 4, 3)),
    (6990, "cdi16", REC, CSV_11, None, BP, D(2021, 3, 15)),
    (7010, "efv16", COC, CSV_21, None, CO, D(2019, 9, 27)),
    (7011, "efv16", REC, CSV_22, 7010, CO, D(2019, 9, 27)),
    (7012, "efv16", REC, CSV_23, 7010, BP, D(2019, 9, 27)),
    (7013, "efv16", REC, CSV_24, 7010, CO, D(2019, 9, 27)),
    (7020, "efv16", COC, CSV_25, None, BP, D(2019, 9, 27)),
    (7021, "efv16", REC, CSV_26, 7020, BP, D(2019, 9, 27)),
    (8120, "stolen", NAT, STOLEN_0, None, BP, D(2019, 2, 4)),
    (8121, "stolen", NAT, STOLEN_1, None, CO, D(2019, 2, 4)),
    (8122, "stolen", NAT, STOLEN_2, None, BP, D(2019, 2, 4)),
    (8123, "stolen", NAT, STOLEN_3, None, BP, D(2019, 2, 4)),
    (8124, "stolen", NAT, STOLEN_4, None, CO, D(2020, 10, 8)),
    (8125, "stolen", NAT, STOLEN_5, None, BP, D(2019, 2, 4)),
    (8126, "stolen", NAT, STOLEN_6, None, BP, D(2019, 2, 4)),
    (8310, "efc17", NAT, EFC17_0, None, CO, D(2019, 11, 20)),
    (8330, "efc17wm", AFI, CONTROL_ROOM, None, BP, D(2019, 11, 20)),
    (8538, "leg17", COC, LEG17_0, None, BP, D(2021, 2, 26)),
    (8539, "leg17", NAT, LEG17_1, 8538, BP, D(2021, 2, 26)),
    (8540, "leg17", NAT, LEG17_2, 8538, BP, D(2021, 2, 26)),
    (8541, "leg17", NAT, LEG17_3, 8538, BP, D(2021, 2, 26)),
    (8542, "leg17", NAT, LEG17_4, 8538, CO, D(2020, 1, 14)),
    (8560, "leg17wm", COC, VETTING_COC, None, CO, D(2019, 5, 2)),
    (8561, "leg17wm", REC, CSV_20, 8560, BP, D(2019, 5, 2)),
    (8790, "ncpi18", REC, NCPI_CHILDREN, None, BP, D(2020, 2, 6)),
    (9310, "peel1819", COC, CSV_7, None, CO, D(2021, 6, 24)),
    (9311, "peel1819", REC, CSV_0, 9310, CO, D(2021, 6, 24)),
    (9312, "peel1819", REC, CSV_1, 9310, BP, D(2021, 6, 24)),
    (9313, "peel1819", REC, CSV_2, 9310, CO, D(2021, 6, 24)),
    (9314, "peel1819", REC, CSV_3, 9310, SU, D(2020, 4, 1)),
    (9315, "peel1819", REC, CSV_4, 9310, CO, D(2021, 6, 24)),
    (9316, "peel1819", REC, CSV_5, 9310, BP, D(2021, 6, 24)),
    (9317, "peel1819", COC, CSV_8, None, BP, D(2021, 6, 24)),
    (9318, "peel1819", REC, CSV_6, 9317, BP, D(2021, 6, 24)),
    (9319, "peel1819", REC, CSV_9, 9317, BP, D(2021, 6, 24)),
    (9320, "peel1819", REC, CSV_10, 9317, CO, D(2021, 6, 24)),
    (10412, "powers", NAT, POWERS_0, None, AW, D(2021, 2, 26)),
    (10413, "powers", NAT, POWERS_1, None, BP, D(2022, 1, 10)),
    (10414, "powers", NAT, POWERS_2, None, AW, D(2021, 2, 26)),
    (10415, "powers", NAT, POWERS_3, None, AW, D(2021, 2, 26)),
    (10416, "powers", NAT, POWERS_4, None, BP, D(2022, 1, 10)),
    (11201, "peel2122", AFI, AFI_SUPERVISION, None, AW, D(2022, 4, 21)),
    (11202, "peel2122", AFI, AFI_CONCERNS, None, AW, D(2022, 4, 21)),
    (11203, "peel2122", AFI, AFI_EDI_DATA, None, AW, D(2022, 4, 21)),
    (11204, "peel2122", AFI, CSV_18, None, BP, D(2022, 7, 7)),
    (11205, "peel2122", AFI, AFI_DASH, None, AW, D(2022, 4, 21)),
    (11206, "peel2122", AFI, AFI_CULTURES, None, AW, D(2022, 4, 21)),
    (11207, "peel2122", AFI, AFI_RISK_REG, None, AW, D(2022, 4, 21)),
]
HM_HEADER_ROW = 4
HM_SHEET = "West Mercia"

# ---------------------------------------------------------------------------------------
# The force tracker. Each row: ref, HMICFRS ID as the force wrote it, inspection (force's
# name), published (date or text), type, summary text, lead, RAG at the June Board,
# current position, owner update, position updated, target date,
# HMICFRS ids it answers, category, why.
# ---------------------------------------------------------------------------------------
RAG_STALE = "RAG is still {rag} from the P&A Board of 14/06/22"
T = []


def row(ref, hid, insp, pub, typ, text, lead, rag, cur, upd, when, target, ids, cat, why):
    T.append(dict(ref=ref, hid=hid, insp=insp, pub=pub, typ=typ, text=text, lead=lead, rag=rag,
                  cur=cur, upd=upd, when=when, target=target, ids=ids, cat=cat, why=why))


# --- PEEL 2021/22 (newest first, as the force keeps it) ---
row("P2122-01", "11201", "PEEL 2021/22", D(2022, 4, 1), "AFI",
    "Improve supervision of investigations – investigation plans set, reviewed & recorded; victims receive a consistently good service",
    "Det Ch Supt Force CID", "Amber", "In progress",
    "Investigation standards toolkit issued 04/07/22. Supervisory review compliance 71% (target 90%).",
    D(2022, 8, 12), "Mar-23", [11201], "in_sync",
    "ID 11201 and text (supervision of investigations) agree. HMICFRS Awaiting review (open); Current position 'In progress' and RAG Amber both open. Open on both sides.")
row("P2122-02", "11202", "PEEL 2021/22", D(2022, 4, 1), "AFI",
    "Confidential route for staff to raise concerns; staff aware of whistleblowing process",
    "Head of Professional Standards", "Amber", "Complete - evidence submitted",
    "Integrity line relaunched via Safecall; whistleblowing comms to all staff 20/07/22. Evidence pack sent to FLL 05/08/22.",
    D(2022, 8, 5), "Sep-22", [11202], "closeable_submit",
    "ID 11202 and text (confidential way to raise concerns / whistleblowing) agree. HMICFRS Awaiting review (open). Current position 'Complete - evidence submitted' (05/08/22) is the latest word: done. " + RAG_STALE.format(rag="Amber") + ", superseded by the owner's return.")
row("P2122-03", "11203", "PEEL 2021/22", D(2022, 4, 1), "Rec",
    "Review how we gather & use equality and diversity data to understand our workforce demographics",
    "Director of People", "Red", "In progress - on track",
    "EDI data capture on Origin being rebuilt; self-declaration campaign launched Aug 22.",
    D(2022, 8, 19), "Jan-23", [11203], "conflict",
    "ID 11203 and text (equality and diversity data, workforce demographics) agree, but the tracker types it 'Rec' while HMICFRS lists it as an Area for improvement: type disagrees. Status alone would be in_sync (HMICFRS Awaiting review; force 'In progress - on track').")
row("P2122-04", "11204", "PEEL 2021/22", D(2022, 4, 1), "AFI",
    "Improve use of crime recording & management system (Athena) to manage case files & investigative processes",
    "Head of Information Management", "Green", "Reopened - Athena upgrade slipped to Q4",
    "Was reported Green in June on the strength of the Athena 2.3 release plan; release now deferred by the consortium to Q4 22/23.",
    D(2022, 7, 28), "Mar-23", [11204], "in_sync",
    "ID 11204 and text (crime-recording and management system, case files) agree. HMICFRS Being progressed (open). Current position 'Reopened' (28/07/22) is the latest word: open. " + RAG_STALE.format(rag="Green") + " and is out of date; open on both sides.")
row("P2122-05", "11205", "PEEL 2021/22", D(2022, 4, 1), "AFI",
    "Effective supervision of initial risk assessment process – DASH completion in appropriate cases",
    "Ch Supt Public Protection", "Amber", "Complete - evidence submitted",
    "DASH supervisory check built into STORM closure; audit Jul 22 96% compliant. Evidence to FLL 09/08/22.",
    D(2022, 8, 9), "Sep-22", [11205], "closeable_submit",
    "ID 11205 and text (supervision of initial risk assessment, DASH) agree. HMICFRS Awaiting review (open). Current position 'Complete - evidence submitted' (09/08/22): done. " + RAG_STALE.format(rag="Amber") + ".")
row("P2122-06", "", "PEEL 2021/22", D(2022, 4, 1), "AFI",
    "Monitor team cultures (incl. analysis of staff feedback) & take prompt remedial action on issues found",
    "Director of People", "Amber", None, None, None, "Mar-23", [11206], "in_sync",
    "No ID on the tracker; text (monitor team cultures through staff feedback, prompt remedial action) is plainly AFI 11206 in the same report. Current position left blank since the June Board, so the RAG (Amber, open) is the latest word. HMICFRS Awaiting review (open): open on both.")
row("P2122-L1", "", "PEEL 2021/22", D(2022, 4, 1), "Force action",
    "Force action - dip-sample 50 rape and serious sexual offences crime reports each quarter and report findings to the Crime Standards Board",
    "Force Crime Registrar", "Green", "In progress",
    "Q1 dip-sample done; Q2 sample drawn.", D(2022, 8, 2), "Ongoing", [], "not_on_hmicfrs_list",
    "The force's own action added under PEEL 2021/22 ('Force action -'); none of the seven PEEL 2021/22 AFIs on the HMICFRS list asks for a quarterly RASSO dip-sample. Not on the HMICFRS list.")
# --- NCPI 2018 ---
row("NCPI18-01", "8790", "NCPI 2018", D(2018, 6, 1), "Rec",
    "Within 6 months, with children's social care, review how we manage detention of children. As a minimum:• children only detained when absolutely necessary & for minimum time;• custody staff assess at an early stage a child's need for alternative accomodation (secure or otherwise) & work with CSC on best option;• custody staff record all actions & decisions on the relevant documentation; and• improve timeliness of appropriate adult support for children who are arrested.",
    "Ch Insp Custody", "Green", "Complete - evidence submitted",
    "Joint protocol with Herefordshire, Shropshire, Telford & Wrekin and Worcestershire CSC signed Mar 22. Evidence to FLL 30/06/22.",
    D(2022, 6, 30), "Complete", [8790], "conflict",
    "ID 8790 and text (detention of children, with children's social care) agree, but the tracker lists four 'as a minimum' bullets where HMICFRS has five: the bullet on completing detention certificates for children detained after charge is missing. Force says done (Complete - evidence submitted) while HMICFRS is Being progressed, but the missing bullet means the claim cannot be submitted as it stands: conflict.")
# --- PEEL 2018/19 ---
row("P1819-CoC1", "9310", "PEEL 2018/19", D(2019, 9, 1), "CoC",
    "No suitable arrangements to maintain full range of services when alliance with Warwickshire ends; gaps in workforce skills assessment; weaknesses in investigative approach & safeguarding vulnerable people",
    "DCC", "Green", "Complete",
    "Closed by HMICFRS Jun 21 following revisit.", D(2022, 6, 20), "Complete", [9310], "in_sync",
    "ID 9310 and text (alliance with Warwickshire ends) agree. HMICFRS Complete (closed); force Complete, RAG Green: closed on both.")
row("P1819-R1", "ID 9311", "PEEL 2018/19", D(2019, 9, 1), "Rec",
    "Immediately: review officers' capabilities & capacity to manage investigative workload – understand investigative demand & pressures on them",
    "Det Ch Supt Force CID", "Amber", "Complete - evidence submitted",
    "Workload review reported to COG 12/05/22; evidence sent. HMICFRS already showing complete.",
    D(2022, 7, 4), "Complete", [9311], "in_sync",
    "ID 9311 and text (review of officers' capabilities and capacity, investigative workload) agree. HMICFRS Complete (closed). Current position 'Complete - evidence submitted' (04/07/22): done. " + RAG_STALE.format(rag="Amber") + "; read by RAG it would look closeable_local, but the owner's later word makes it closed on both.")
row("P1819-R2", "ID 9312", "PEEL 2018/19", D(2019, 9, 1), "Rec",
    "Immediately: review, with partners, our approach to vulnerability to better safeguard vulnerable people",
    "Ch Supt Public Protection", "Green", "Reopened - partner review not yet signed off by Safeguarding Board",
    "Vulnerability review complete internally but the West Mercia Safeguarding Board has not endorsed it; returned for partner input.",
    D(2022, 7, 21), "Dec-22", [9312], "in_sync",
    "ID 9312 and text (review with partners of approach to vulnerability) agree. HMICFRS Being progressed (open). Current position 'Reopened' (21/07/22): open. " + RAG_STALE.format(rag="Green") + "; by RAG it would look closeable_submit. Open on both.")
row("P1819-R3", "ID 9313", "PEEL 2018/19", D(2019, 9, 1), "Rec",
    "Immediately: expand skills project to assess all skills (not only operational) incl. future skills requirements – to inform workforce plans",
    "Director of People", "Amber", "In progress",
    "Skills audit module in Origin live for police staff; officer roll-out Oct 22.",
    D(2022, 8, 1), "Dec-22", [9313], "closeable_local",
    "ID 9313 and text (expand the skills project, all skills, workforce plans) agree. HMICFRS Complete (closed Jun 21). Force still open ('In progress', RAG Amber): the force can close its own entry.")
row("P1819-R4", "ID 9314", "PEEL 2018/19", D(2019, 9, 1), "Rec",
    "Immediately: agree arrangments with Warwickshire for smooth transition to future operating model, no disruption to public services",
    "DCC", "Grey", "Superseded - alliance ended 31/03/2019",
    "No further action - alliance ended; Warwickshire arrangements now covered by collaboration s22A agreements.",
    D(2022, 6, 20), "N/A", [9314], "in_sync",
    "ID 9314 and text (arrangements with Warwickshire, smooth transition) agree. HMICFRS Superseded (closed); force Superseded, RAG Grey (done/not ours). Closed on both.")
row("P1819-R5", "ID 9315", "PEEL 2018/19", D(2019, 9, 1), "Rec",
    "Immediately: clearly define new operating model – all operational & support services affordable and fit to protect the communities of West Mercia",
    "DCC", "Green", "Reopened - operating model refresh (Tranche 2) under way",
    "Chief Officer Group reopened this action 18/07/22 pending Tranche 2 of the Operating Model Review.",
    D(2022, 7, 18), "Mar-23", [9315], "closeable_local",
    "ID 9315 and text (define new operating model, affordable and fit to protect the communities of West Mercia) agree. HMICFRS Complete (closed). Current position 'Reopened' (18/07/22): open. " + RAG_STALE.format(rag="Green") + "; by RAG this would look in_sync. HMICFRS closed, force open: closeable_local.")
row("P1819-R6", "ID 9316", "PEEL 2018/19", D(2019, 9, 1), "Rec",
    "Immediately: improve arrangements to consult public on business planning & feed back on changes made to services as a result",
    "Head of Corporate Communications", "Red", "Complete - evidence submitted",
    "Public consultation framework approved by PCC 06/22; 'You said, we did' pages live. Evidence to FLL 15/07/22.",
    D(2022, 7, 15), "Complete", [9316], "closeable_submit",
    "ID 9316 and text (consult the public about business planning and feed back) agree. HMICFRS Being progressed (open). Current position 'Complete - evidence submitted' (15/07/22): done. " + RAG_STALE.format(rag="Red") + ".")
row("P1819-CoC2", "9317", "PEEL 2018/19", D(2019, 9, 1), "CoC",
    "Force does not have capacity/capability to investigate crime effectively – failings in the way crimes are investigated",
    "ACC Crime", "Amber", "In progress",
    "Investigation Improvement Plan phase 2.", D(2022, 8, 12), "Mar-23", [9317], "in_sync",
    "ID 9317 and text (capacity or capability to investigate crime effectively) agree. HMICFRS Being progressed; force 'In progress', RAG Amber. Open on both.")
row("P1819-R7", "9318", "PEEL 2018/19", D(2019, 9, 1), "Rec",
    "Within 6 months: regular & active supervision of quality and progress of investigations – supervision properly recorded",
    "Det Ch Supt Force CID", "Green", "In progress - dip sampling continues",
    "Green at June Board but owner asks it stays open until Q2 dip-sample confirms supervision recorded on Athena.",
    D(2022, 8, 12), "Oct-22", [9318], "in_sync",
    "ID 9318 and text (regular and active supervision of investigations, properly recorded) agree. HMICFRS Being progressed (open). Current position 'In progress' (12/08/22): open. " + RAG_STALE.format(rag="Green") + ". Open on both.")
row("P1819-R8", "9319", "PEEL 2018/19", D(2019, 9, 1), "Rec",
    "Within 6 months: improve ability to retrieve digital evidence from phones, computers & other devices quickly enough that investigations aren't delayed",
    "Head of Digital Forensics", "Amber", "Complete – evidence submitted 04/08/22",
    "Kiosk network extended to all hubs; DFU backlog under 30 days since May 22.",
    D(2022, 8, 4), "Complete", [9319], "closeable_submit",
    "ID 9319 and text (retrieve digital evidence quickly) agree. HMICFRS Being progressed (open). Current position 'Complete – evidence submitted 04/08/22': done. " + RAG_STALE.format(rag="Amber") + ".")
row("P1819-R9", "9320", "PEEL 2018/19", D(2019, 9, 1), "Rec",
    "Within 6 months: improve understanding of RUI suspects & management of those released on bail",
    "Head of Criminal Justice", "Amber", "Complete",
    "Bail & RUI dashboard live; Bail Act changes (PCSC Act 2022) embedded.",
    D(2022, 7, 12), "Complete", [9320], "in_sync",
    "ID 9320 and text (suspects released under investigation and bail) agree. HMICFRS Complete (closed). Current position 'Complete' (12/07/22): done. " + RAG_STALE.format(rag="Amber") + "; by RAG it would look closeable_local. Closed on both.")
# --- Police powers spotlight 2021 ---
row("PWR21-01", "10412", "Police powers spotlight (Feb 21)", D(2021, 2, 1), "Nat Rec",
    "By July 2021 – officers & staff to have effective communication skills in line with National Policing Guidelines on Conflict Management (in addition to existing conflict mgmt / de-escalation training)",
    "Head of Learning & Development", "Amber", "In progress",
    "Conflict management CPD module in PST from Sept 22.",
    D(2022, 8, 15), "Dec-22", [10412], "conflict",
    "ID 10412 and text (effective communication skills, National Policing Guidelines on Conflict Management) agree, but the tracker's deadline is 'By July 2021' where HMICFRS says 'By July 2022': timescale disagrees. Status alone would be in_sync (Awaiting review / In progress).")
row("PWR21-02", "10413", "Police powers spotlight (Feb 21)", D(2021, 2, 1), "Nat Rec",
    "By July 2021 – communication skills reinforced through CPD; supervisors supported to debrief officers routinely using BWV footage",
    "Head of Learning & Development", "Amber", "Complete - evidence submitted",
    "BWV debrief guide issued to sergeants; CPD day delivered to 94% of response officers. Evidence to FLL 26/07/22.",
    D(2022, 7, 26), "Complete", [10413], "closeable_submit",
    "ID 10413 and text (communication skills reinforced through CPD, BWV debriefs) agree. HMICFRS Being progressed (open). Current position 'Complete - evidence submitted' (26/07/22): done. " + RAG_STALE.format(rag="Amber") + ".")
row("PWR21-03a", "10414", "Police powers spotlight (Feb 21)", D(2021, 2, 1), "Nat Rec",
    "By Sept 2021 (a): officers record on BWV the entirety of all S&S encounters incl. traffic stops & use of force incidents",
    "Supt Operational Support", "Green", "Complete",
    "BWV policy v4 mandates full recording; compliance 97%.", D(2022, 6, 28), "Complete", [10414], "in_sync",
    "Part (a) of 10414 (BWV recording of all stop and search encounters), split by the force into three rows. Part done, but part (b) is reopened, so the item is open on the force side; HMICFRS Awaiting review (open): in_sync.")
row("PWR21-03b", "10414", "Police powers spotlight (Feb 21)", D(2021, 2, 1), "Nat Rec",
    "(b): structured process to regularly review & monitor internally a sufficient sample of BWV footage – identify & disseminate learning, hold officers to account",
    "Supt Operational Support", "Green", "Reopened - sample size challenged by S&S Scrutiny Panel (Jul 22)",
    "Panel says 5 reviews per month is not a 'sufficient sample'; revised process to Oct P&A Board.",
    D(2022, 7, 29), "Oct-22", [10414], "in_sync",
    "Part (b) of 10414 (internal review of a sufficient sample of BWV footage). Current position 'Reopened' (29/07/22): open, though " + RAG_STALE.format(rag="Green") + ". One open part keeps the whole item open; HMICFRS Awaiting review (open): in_sync.")
row("PWR21-03c", "10414", "Police powers spotlight (Feb 21)", D(2021, 2, 1), "Nat Rec",
    "(c): external scrutiny panel members given access to samples of BWV footage (S&S and use of force), with CoP APP safeguards",
    "Supt Operational Support", "Amber", "Complete - evidence submitted",
    "Panel members vetted and viewing footage since May 22.", D(2022, 7, 29), "Complete", [10414], "in_sync",
    "Part (c) of 10414 (external scrutiny panel access to BWV footage). This part is done ('Complete - evidence submitted', RAG still Amber), but part (b) is reopened, so the item is open on the force side; HMICFRS Awaiting review (open): in_sync.")
row("PWR21-05", "10416", "Police powers spotlight (Feb 21)", D(2021, 2, 1), "Nat Rec",
    "By July 2021 – effective internal monitoring of use of force: identify & understand disproportionate use, explain reasons, implement improvement action",
    "Supt Operational Support", "Red", "In progress",
    "Use of force dashboard in test; disproportionality analysis by ethnicity due Nov 22.",
    D(2022, 8, 15), "Nov-22", [10416], "in_sync",
    "ID 10416 and text (internal monitoring of use of force, disproportionate use) agree. HMICFRS Being progressed; force 'In progress', RAG Red. Open on both.")
# --- PEEL Legitimacy 2017 (national, stop and search) ---
row("LEG17-00", "8538", "PEEL Legit 17 S&S", D(2017, 12, 1), "CoC",
    "HMICFRS concerned forces can't demonstrate S&S use is consistently reasonable & fair – over-representation of BAME (esp. black) people in S&S data many forces can't explain",
    "ACC Local Policing", "Green", "Complete",
    "Closure report to HMICFRS via FLL 2021; awaiting their decision.", D(2022, 6, 20), "Complete", [8538], "closeable_submit",
    "ID 8538 and text (stop and search consistently reasonable and fair, over-representation of BAME people) agree. HMICFRS Being progressed (open). Force Complete, RAG Green: both force columns say done. HMICFRS open, force done: closeable_submit.")
row("LEG17-01.1", "#8539", "PEEL Legit 17 S&S", D(2017, 12, 1), "Nat Rec",
    "By July 2018 monitor comprehensive S&S data to understand: reasons for any disproportionate representation of different ethnic groups",
    "ACC Local Policing", "Amber", "Complete - evidence submitted",
    "Quarterly S&S disproportionality report to Strategic Legitimacy Board.", D(2022, 7, 8), "Complete", [8539], "closeable_submit",
    "Bullet 1 of 8539 (monitoring stop and search data: disproportionate representation), split into three rows. All three parts now say 'Complete - evidence submitted' (RAG Amber/Amber/Green at June), so the item is done. HMICFRS Being progressed (open): closeable_submit.")
row("LEG17-01.2", "#8539", "PEEL Legit 17 S&S", D(2017, 12, 1), "Nat Rec",
    "…extent to which find rates differ by ethnicity & across search types (incl. separate find rates for drug possession v supply)",
    "ACC Local Policing", "Amber", "Complete - evidence submitted",
    "Find-rate tables added to the quarterly report Q4 21/22.", D(2022, 7, 8), "Complete", [8539], "closeable_submit",
    "Bullet 2 of 8539 (find rates by ethnicity and search type). Part done ('Complete - evidence submitted'; RAG Amber is from June). All parts done; HMICFRS Being progressed: closeable_submit.")
row("LEG17-01.3", "#8539", "PEEL Legit 17 S&S", D(2017, 12, 1), "Nat Rec",
    "…prevalence of possession-only drug searches & how far these align with local/force priorities",
    "ACC Local Policing", "Green", "Complete - evidence submitted",
    "Possession-only searches reported monthly to LPAs.", D(2022, 7, 8), "Complete", [8539], "closeable_submit",
    "Bullet 3 of 8539 (possession-only drug searches). Part done; all parts done; HMICFRS Being progressed: closeable_submit.")
row("LEG17-02", "8540/8541", "PEEL Legit 17 S&S", D(2017, 12, 1), "Nat Rec",
    "Where disparities identified – show public research/analysis of reasons & action taken to reduce disparity; publish analysis & actions at least annually from July 2018",
    "ACC Local Policing", "Amber", "In progress",
    "2021/22 annual S&S report drafted; publication on force website delayed to Oct 22.",
    D(2022, 8, 22), "Oct-22", [8540, 8541], "in_sync",
    "One force row holds two HMICFRS items, as its ID cell '8540/8541' says: demonstrating research and action on disparities (8540) and publishing the analysis annually from July 2018 (8541). Both HMICFRS Being progressed; force 'In progress', RAG Amber. Open on both.")
row("LEG17-03", "8542", "PEEL Legit 17 S&S", D(2017, 12, 1), "Nat Rec",
    "By July 2018 (& ongoing) all officers using S&S trained on unconscious bias & CoP APP on S&S",
    "Head of Learning & Development", "Amber", "Complete",
    "Training compliance 98%; refresher in PST annually.", D(2022, 7, 1), "Complete", [8542], "in_sync",
    "ID 8542 and text (unconscious bias and APP training for officers who use stop and search) agree. HMICFRS Complete (closed). Current position 'Complete' (01/07/22): done. " + RAG_STALE.format(rag="Amber") + "; by RAG it would look closeable_local. Closed on both.")
# --- PEEL Legitimacy 2017 (force) ---
row("LEG17-WM1", "8560", "PEEL Legitimacy 2017", D(2017, 12, 1), "CoC",
    "Size of vetting backlog is a cause of concern",
    "Head of Professional Standards", "Green", "Complete",
    "Closed by HMICFRS May 19.", D(2022, 6, 20), "Complete", [8560], "in_sync",
    "ID 8560 and text (size of the vetting backlog) agree. HMICFRS Complete; force Complete, RAG Green. Closed on both.")
row("LEG17-WM2", "8561", "PEEL Legitimacy 2017", D(2017, 12, 1), "Rec",
    "All staff to hold at least lowest level of vetting clearance asap; clear backlog & renewals as they fall due – full compliance with national vetting guidelines",
    "Head of Professional Standards", "Green", "Reopened - 412 renewals overdue (Jul 22)",
    "Backlog re-emerged with uplift recruitment; recovery plan agreed with DCC.",
    D(2022, 7, 14), "Mar-23", [8561], "in_sync",
    "ID 8561 and text (lowest level of vetting clearance, backlog and renewals) agree. HMICFRS Being progressed (open). Current position 'Reopened' (14/07/22): open. " + RAG_STALE.format(rag="Green") + "; by RAG it would look closeable_submit. Open on both.")
# --- PEEL Efficiency 2017 ---
row("EFF17-N1", "8310", "PEEL Efficiency 2017 - national", D(2017, 11, 1), "Nat Rec",
    "By Sept 2018 CCs to produce ambitious plan to improve digitally-enabled services within force",
    "Director of Digital Services", "Green", "Complete",
    "Digital Services Strategy 2019-22 approved.", D(2022, 6, 20), "Complete", [8310], "in_sync",
    "ID 8310 and text (ambitious plan to improve digitally-enabled services) agree. HMICFRS Complete; force Complete, RAG Green. Closed on both.")
row("PEF17-03", "", "PEEL Effectiveness 2017", D(2018, 3, 1), "AFI",
    "Sufficient resources in control room to fulfil resourcing model & meet demand, taking account of workforce wellbeing",
    "Supt Contact Centre", "Amber", "Complete - evidence submitted",
    "OCC resourcing model re-based; 999 answer times within target since Apr 22.",
    D(2022, 8, 3), "Complete", [8330], "conflict",
    "No ID; text (sufficient resources in the control room, wellbeing of its workforce) is plainly AFI 8330, which HMICFRS holds under 'PEEL: Police efficiency 2017 – West Mercia Police' (9 Nov 2017). The tracker files it under 'PEEL Effectiveness 2017', published Mar-18: report and publication date disagree. No other item on the list resembles it. Status alone would be closeable_submit.")
# --- Stolen Freedom 2017 ---
for part, txt, rag, cur, upd, when in [
    ("a", "Within 12 months review MSHT leadership & governance so that: (a) senior leaders prioritise the response to MSHT",
     "Green", "Complete", "MSHT Gold group chaired by ACC Crime.", D(2022, 6, 27)),
    ("b", "(b) every modern slavery incident allocated appropriate resources with skills, experience & capacity to investigate effectively",
     "Green", "Complete", "All MSHT crimes allocated to PVP/SOC teams.", D(2022, 6, 27)),
    ("c", "(c) effective partnership arrangements to co-ordinate activity, share information & safeguard victims",
     "Green", "Reopened - MSHT partnership board lapsed; relaunch Sept 22",
     "Partnership board has not met since Jan 22; relaunch with Safer West Mercia.", D(2022, 8, 8)),
    ("d", "(d) performance & QA measures so senior leaders can assess nature & quality of service to victims",
     "Green", "Complete", "MSHT measures in Force Performance pack.", D(2022, 6, 27)),
]:
    row(f"MSHT-01{part}", "8120", "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "Nat Rec", txt,
        "Det Supt Serious & Organised Crime", rag, cur, upd, when, "Sep-22" if part == "c" else "Complete",
        [8120], "in_sync",
        f"Part ({part}) of 8120 (MSHT leadership and governance), split by the force into four bullet rows. "
        + ("This part's Current position is 'Reopened' (08/08/22) though " + RAG_STALE.format(rag="Green")
           + ", so the item is open. " if part == "c" else
           "This part is Complete, but part (c) is reopened, so the whole item is open on the force side (all four RAGs say Green, which would wrongly read as done). ")
        + "HMICFRS Being progressed (open): in_sync.")
row("MSHT-02", "8121", "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "Nat Rec",
    "Within 6 months – active ISAs with other agencies for speedy exchange of intelligence, safeguard victims & identify suspects early",
    "Det Supt Serious & Organised Crime", "Green", "Complete",
    "ISAs with GLAA, HMRC and the four local authorities.", D(2022, 6, 27), "Complete", [8121], "in_sync",
    "ID 8121 and text (active information-sharing agreements) agree. HMICFRS Complete; force Complete, RAG Green. Closed on both.")
row("MSHT-03", "8122", "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "Nat Rec",
    "Immediately – victims committing offences under compulsion given early & continuing consideration of s45 defence",
    "Det Supt Serious & Organised Crime", "Amber", "Complete - evidence submitted",
    "s45 prompt added to custody and charging templates; CPS liaison agreed.",
    D(2022, 7, 19), "Complete", [8122], "closeable_submit",
    "ID 8122 and text (section 45 defence) agree. HMICFRS Being progressed (open). Current position 'Complete - evidence submitted' (19/07/22): done. " + RAG_STALE.format(rag="Amber") + ".")
row("MSHT-04", "8123", "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "Nat Rec",
    "Immediately – fully compliant with NRM process; notify HO of suspected adult victims (MSA 2015 duty to notify)",
    "Det Supt Serious & Organised Crime", "Red", "In progress",
    "Duty to notify compliance 64%; NRM SPOC recruitment under way.", D(2022, 8, 8), "Dec-22", [8123], "in_sync",
    "ID 8123 and text (NRM process, notify the Home Office) agree. HMICFRS Being progressed; force 'In progress', RAG Red. Open on both.")
row("MSHT-05", "8124", "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "Nat Rec",
    "Immediately – comply with NCRS for MSHT offences; sufficient audit capacity for the FCR",
    "Force Crime Registrar", "Green", "Reopened - FCR audit Jul 22: 6 of 20 MSHT crimes not recorded within 24hrs",
    "Owner reopened after the FCR's July audit.", D(2022, 7, 25), "Dec-22", [8124], "closeable_local",
    "ID 8124 and text (NCRS compliance for MSHT offences, audit capacity) agree. HMICFRS Complete (closed Oct 20). Current position 'Reopened' (25/07/22): open. " + RAG_STALE.format(rag="Green") + ". HMICFRS closed, force open: closeable_local (the force decides whether its own reopened work stays local).")
row("MSHT-06", "8125", "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "Nat Rec",
    "Immediately – MSHT allegations thoroughly investigated & effectively supervised by teams with right skills & experience (incl. JITs / overseas intel)",
    "Det Supt Serious & Organised Crime", "Amber", "Complete - awaiting sign off (ACC Crime)",
    "Evidence pack with ACC Crime for sign-off before submission.", D(2022, 8, 23), "Sep-22", [8125], "closeable_submit",
    "ID 8125 and text (MSHT allegations thoroughly investigated and supervised) agree. HMICFRS Being progressed (open). Current position 'Complete - awaiting sign off' (23/08/22): the force treats it as done pending sign-off. " + RAG_STALE.format(rag="Amber") + ". closeable_submit.")
row("MSHT-07", "8126", "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "Nat Rec",
    "Immediately – review use of preventative powers under MSA 2015 (STPOs / STROs)",
    "Det Supt Serious & Organised Crime", "Amber", "In progress",
    "3 STPOs obtained 21/22; review of missed opportunities with CPS.", D(2022, 8, 8), "Dec-22", [8126], "in_sync",
    "ID 8126 and text (preventative powers under the Modern Slavery Act 2015) agree. HMICFRS Being progressed; force 'In progress', RAG Amber. Open on both.")
row("MSHT-L1", "", "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "Local action",
    "Force action - add MSHT measures to the monthly Force Performance pack",
    "Head of Corporate Development", "Green", "Complete",
    "In pack since Apr 21.", D(2022, 6, 20), "Complete", [], "not_on_hmicfrs_list",
    "The force's own action ('Force action -', type Local action) filed under Stolen Freedom; none of the seven Stolen Freedom recommendations on the HMICFRS list is this, though 8120(d) is on a related theme and has its own row (MSHT-01d). Not on the HMICFRS list.")
row("APSP-01", "", "Abuse of position for a sexual purpose (Oct 17)", "05/10/2017", "Plan",
    "Review capability & capacity of Counter Corruption Unit (APSP plan) – HMICFRS letter 05/10/17",
    "Head of Professional Standards", "Green", "Complete",
    "CCU uplift of 4 investigators complete.", D(2022, 6, 20), "Complete", [], "not_on_hmicfrs_list",
    "From HMICFRS's letter on the force's abuse-of-position plan, not a recommendation on the definitive list; no item on the list concerns the Counter Corruption Unit. Not on the HMICFRS list.")
row("DAPR-01", "", "DA progress report (Nov 17)", "14/11/2017", "No recs",
    "No recs from this report – identify causes of decline in DA performance & actions to correct",
    "Ch Supt Public Protection", "Amber", "In progress",
    "Tracked for assurance via DA Delivery Group.", D(2022, 8, 1), "Ongoing", [], "not_on_hmicfrs_list",
    "The national DA progress report (14 Nov 2017) made no recommendations, as the row itself says; nothing on the HMICFRS list matches. Not on the HMICFRS list.")
# --- PEEL Effectiveness 2016 ---
row("PEF16-CoC1", "7010", "PEEL Effectiveness 2016", D(2017, 3, 1), "CoC",
    "Current approach to DA unacceptable – proportion of victims not supporting investigation & low use of arrest / prosecution",
    "Ch Supt Public Protection", "Green", "Complete",
    "Closed by HMICFRS at PEEL 18/19.", D(2022, 6, 20), "Complete", [7010], "in_sync",
    "ID 7010 and text (approach to domestic abuse unacceptable) agree. HMICFRS Complete; force Complete, RAG Green. Closed on both.")
row("PEF16-R1", "7011", "PEEL Effectiveness 2016", D(2017, 3, 1), "Rec",
    "Immediately consider ways to increase use of arrest, ancillary orders & other powers for DA victims",
    "Ch Supt Public Protection", "Green", "Complete",
    "DVPN/DVPO use up 40%.", D(2022, 6, 20), "Complete", [7011], "in_sync",
    "ID 7011 and text (increase use of arrest, ancillary orders) agree. HMICFRS Complete; force Complete, RAG Green. Closed on both.")
row("PEF16-R2", "7012", "PEEL Effectiveness 2016", D(2017, 3, 1), "Rec",
    "Immediately understand & address why a high proportion of DA victims do not support the police investigation",
    "Ch Supt Public Protection", "Amber", "Complete - evidence submitted",
    "Victim attrition research with University of Worcester published; evidence-led prosecution guidance issued.",
    D(2022, 7, 11), "Complete", [7012], "closeable_submit",
    "ID 7012 and text (why DA victims do not support the investigation) agree. HMICFRS Being progressed (open). Current position 'Complete - evidence submitted' (11/07/22): done. " + RAG_STALE.format(rag="Amber") + ".")
row("PEF16-R3", "7013", "PEEL Effectiveness 2016", D(2017, 3, 1), "Rec",
    "Cease DA risk assessments over the telephone & dealing with DA in the resolution centre",
    "Supt Contact Centre", "Amber", "In progress - resolution centre review",
    "Telephone DASH stopped 2018; resolution centre model under review again.",
    D(2022, 8, 2), "Dec-22", [7013], "closeable_local",
    "ID 7013 and text (telephone DA risk assessments, resolution centre) agree. HMICFRS Complete (closed). Force still 'In progress' (RAG Amber): closeable_local.")
row("PEF16-CoC2", "7020", "PEEL Effectiveness 2016", D(2017, 3, 1), "CoC",
    "Response to missing & absent children – risk assessment inappropriate in some cases; 'absent' v 'missing'; CSE risk not influencing grading",
    "Ch Supt Public Protection", "Amber", "In progress",
    "Missing persons improvement plan v3.", D(2022, 8, 1), "Mar-23", [7020], "in_sync",
    "ID 7020 and text (missing and absent children cause of concern) agree. HMICFRS Being progressed; force 'In progress', RAG Amber. Open on both.")
row("PEF16-R4", "7021", "PEEL Effectiveness 2016", D(2017, 3, 1), "Rec",
    "Immediately review approach to missing children: call takers use missing/absent category appropriately; call takers & frontline staff know CSE risk factors; supervisors oversee missing person enquiries",
    "Ch Supt Public Protection", "Green", "Reopened - CSE risk factor training refresh",
    "Reopened after the Jul 22 audit of missing episodes.", D(2022, 7, 29), "Jan-23", [7021], "in_sync",
    "ID 7021 and text (review approach to missing children, three bullets all present) agree. HMICFRS Being progressed (open). Current position 'Reopened' (29/07/22): open. " + RAG_STALE.format(rag="Green") + ". Open on both.")
# --- CDI 2016 ---
for part, txt, rag, cur, when in [
    ("i", "Within 6 months – arrangements so that: (i) at point of report, victims are believed", "Green", "Complete", D(2022, 6, 22)),
    ("ii", "(ii) call handler/caller conversations summarised accurately in incident log – full facts for attending officers' crime-recording decisions", "Amber", "Complete", D(2022, 7, 6)),
    ("iii", "(iii) multiple crimes always recorded when described within incident records or identified in other investigations", "Amber", "Complete - evidence submitted", D(2022, 7, 27)),
    ("iv", "(iv) stop practice of awaiting medical exam / video interview results before crime-recording decisions", "Green", "Complete", D(2022, 6, 22)),
    ("v", "(v) online crime reports triaged at point of receipt for ongoing risk to victim or public", "Red", "Complete - evidence submitted", D(2022, 8, 10)),
]:
    row(f"CDI16-01({part})", "6990", "CDI 2016", D(2017, 2, 1), "Rec", txt, "Force Crime Registrar",
        rag, cur, "Part of the CDI action plan; see FCR audit schedule." if part != "v" else
        "Single Online Home triage desk live 18/07/22; evidence to FLL 10/08/22.",
        when, "Complete", [6990], "closeable_submit",
        f"Bullet ({part}) of 6990 (CDI: victims believed, incident logs, multiple crimes, no waiting for medical results, online triage), split by the force into five rows. "
        + (f"This part's Current position is '{cur}'" + ("" if rag == "Green" else f" though the RAG is still {rag} from June") + ". ")
        + "All five parts are now done, so the item is done; HMICFRS Being progressed (open): closeable_submit.")
# --- Firearms licensing 2015 ---
row("FL15-01", "5902", "Targeting the Risk (Firearms Licensing) 2015", D(2015, 9, 1), "Nat Rec",
    "Within 3 months assess governance of firearms licensing against APP standards; put correct arrangements in place where not met",
    "Supt Firearms Licensing", "Green", "Complete", None, D(2022, 6, 20), "Complete", [5902], "in_sync",
    "ID 5902 and text (governance of firearms licensing against APP) agree. HMICFRS Complete; force Complete, RAG Green. Closed on both.")
row("FL15-02", "5903", "Targeting the Risk (Firearms Licensing) 2015", D(2015, 9, 1), "Nat Rec",
    "Within 3 months assess demand on FLD & ensure capacity to meet it – efficient & effective service at all times",
    "Supt Firearms Licensing", "Green", "Reopened - renewals backlog (post-COVID)",
    "1,140 renewals outstanding; temporary staff approved.", D(2022, 7, 7), "Mar-23", [5903], "closeable_local",
    "ID 5903 and text (demand on the firearms licensing department, capacity) agree. HMICFRS Complete (closed). Current position 'Reopened' (07/07/22): open. " + RAG_STALE.format(rag="Green") + "; by RAG it would be in_sync. HMICFRS closed, force open: closeable_local.")
row("FL15-03", "5904", "Targeting the Risk (Firearms Licensing) 2015", D(2015, 9, 1), "Nat Rec",
    "Immediately – appropriate action on 'total expired' licensing records",
    "Supt Firearms Licensing", "Amber", "Complete - evidence submitted",
    "All 212 total expired records reviewed and closed or referred.", D(2022, 8, 16), "Complete", [5904], "closeable_submit",
    "ID 5904 and text ('total expired' licensing records) agree. HMICFRS Being progressed (open). Current position 'Complete - evidence submitted' (16/08/22): done. " + RAG_STALE.format(rag="Amber") + ".")
row("FL15-04", "5905", "Targeting the Risk (Firearms Licensing) 2015", D(2015, 9, 1), "Nat Rec",
    "Within 3 months – temporary permits per HO guidance, recorded without delay on NFLMS; no unlawful possession",
    "Supt Firearms Licensing", "Amber", "In progress",
    "NFLMS replaced by NFLMS/ Niche interface; permit recording re-audit.", D(2022, 8, 16), "Dec-22", [5905], "closeable_local",
    "ID 5905 and text (temporary permits, NFLMS) agree. HMICFRS Complete (closed). Force 'In progress', RAG Amber: open. closeable_local.")
row("FL15-05", "5906", "Targeting the Risk (Firearms Licensing) 2015", D(2015, 9, 1), "Nat Rec",
    "Within 3 months – systems to identify before attendance whether an incident involves / is at address of a certificate holder; officers understand risk assessment & powers to seize",
    "Supt Firearms Licensing", "Green", None, None, None, "Complete", [5906], "closeable_submit",
    "ID 5906 and text (identify certificate holders before attendance) agree. Current position left blank since the June Board, so the RAG (Green, done) is the latest word. HMICFRS Being progressed (open): closeable_submit.")
# --- PEEL Efficiency 2015 ---
row("PEFF15-01", "5720", "PEEL Efficiency 2015", D(2015, 10, 1), "AFI",
    "Fuller understanding of current & likely future demand – match resources to demand",
    "Head of Corporate Development", "Grey", "Superseded - covered by Force Management Statement",
    None, D(2022, 6, 20), "N/A", [5720], "in_sync",
    "ID 5720 and text (fuller understanding of current and future demand) agree. HMICFRS Superseded (closed); force Superseded, RAG Grey. Closed on both.")
row("PEFF15-02", "5721", "PEEL Efficiency 2015", D(2015, 10, 1), "AFI",
    "Develop understanding of links between outcomes, outputs & costs",
    "Director of Finance", "Amber", "Complete",
    "Priority-based budgeting embedded 2021/22.", D(2022, 7, 5), "Complete", [5721], "in_sync",
    "ID 5721 and text (links between outcomes, outputs and costs) agree. HMICFRS Complete (closed). Current position 'Complete' (05/07/22): done. " + RAG_STALE.format(rag="Amber") + ". Closed on both.")
row("PEFF15-03", "5722", "PEEL Efficiency 2015", D(2015, 10, 1), "AFI",
    "Future workforce plan aligned to demand & budget (resource allocations, skills mix, behaviours expected)",
    "Director of People", "Amber", "Complete - evidence submitted",
    "Strategic Workforce Plan 2022-25 approved by COG 06/22.", D(2022, 7, 5), "Complete", [5722], "closeable_submit",
    "ID 5722 and text (future workforce plan aligned with demand and budget) agree. HMICFRS Being progressed (open). Current position 'Complete - evidence submitted' (05/07/22): done. " + RAG_STALE.format(rag="Amber") + ".")
# --- Stop and search 2 (2015) ---
row("SS15-01", "5141", "Stop & search powers 2", D(2015, 3, 1), "Nat Rec",
    "CCs, in consultation with PCCs, comply with Code of Practice – explain S&S use to public & arrange community scrutiny of S&S records (involving those stopped e.g. young people)",
    "ACC Local Policing", "Green", "Complete",
    "S&S Scrutiny Panel meets quarterly; youth panel in place.", D(2022, 6, 20), "Complete", [5114], "conflict",
    "Text ('in consultation with police and crime commissioners', community scrutiny of stop and search records) and report (Stop and search powers 2) are HMICFRS 5114; the tracker's HMICFRS ID says 5141, which is on no row of the list (digits transposed). The near-identical 2013 text 1205 says 'elected local policing bodies' and has its own row. Reference disagrees: conflict (status alone would be closeable_submit: HMICFRS Being progressed, force Complete).")
# --- Integrity matters 2015 ---
row("INT15-01", "902", "Integrity Matters 2015", D(2015, 1, 1), "Nat Rec",
    "By 31 Aug 2015 CCs satisfy themselves misconduct investigations resulting in 'no further action' are fair & free of discrimination",
    "Head of Professional Standards", "Green", "Complete", None, D(2022, 6, 20), "Complete", [902], "in_sync",
    "ID 902 and text (misconduct investigations resulting in no further action) agree. HMICFRS Complete; force Complete, RAG Green. Closed on both.")
# --- Core business 2014 ---
row("CB14-01", "4821", "Core Business 2014", D(2015, 9, 4), "Nat Rec",
    "Not later than 31 Mar 2015 – forces with THR policy to give call-handlers specific, sound & comprehensible criteria to assess threat, harm & risk",
    "Supt Contact Centre", "Green", "Complete", None, D(2022, 6, 20), "Complete", [4821], "conflict",
    "ID 4821 and text (threat, harm and risk criteria for call-handlers) agree, but the tracker's publication date is 04/09/2015 where HMICFRS has 4 September 2014 (the other Core Business row says Sep-14): publication date disagrees. Status alone would be in_sync (both closed).")
row("CB14-02", "4822", "Core Business 2014", D(2014, 9, 1), "Nat Rec",
    "By 31 Mar 2015 – crime prevention / disruption activity systematically recorded & evaluated for effectiveness of tactics",
    "ACC Local Policing", "Amber", "Complete - evidence submitted",
    "Problem-solving database (OSARA) live; evaluation reports quarterly.", D(2022, 7, 13), "Complete", [4822], "closeable_submit",
    "ID 4822 and text (crime prevention or disruption activity recorded and evaluated) agree. HMICFRS Being progressed (open). Current position 'Complete - evidence submitted' (13/07/22): done. " + RAG_STALE.format(rag="Amber") + ".")
# --- Policing in austerity 2014 ---
row("AUS14-01", "3610", "Policing in Austerity 2014", D(2014, 7, 1), "Nat Rec",
    "Review plans to deliver savings – continue to reduce crime & protect front line while balancing budget (use HMIC VfM profiles)",
    "Director of Finance", "Green", "Complete", None, D(2022, 6, 20), "Complete", [3610], "in_sync",
    "ID 3610 and text (review plans to deliver savings) agree. HMICFRS No further action required (closed); force Complete, RAG Green. Closed on both.")
row("AUS14-02", "3611 & 3612", "Policing in Austerity 2014", D(2014, 7, 1), "Nat Rec",
    "Assess scope to improve where <10% of savings via collaboration; where front line workforce reducing, assess whether decisive action taken to maintain crime fighting capacity (HMIC follow-up in autumn)",
    "Director of Finance", "Amber", "In progress - picked up in MTFP 2023-27",
    "Collaboration savings reassessed after end of alliance.", D(2022, 8, 24), "Feb-23", [3611, 3612], "closeable_local",
    "One force row holds two HMICFRS items, as its ID cell '3611 & 3612' and its two clauses say: savings through collaboration (3611) and front-line workforce reduction (3612). Both HMICFRS 'No further action required' (closed); force 'In progress', RAG Amber: open. closeable_local for each.")
row("AUS14-03", "3613", "Policing in Austerity 2014", D(2014, 7, 1), "Nat Rec",
    "Next spending round – review collaboration plans; scope for better VfM & capability through joint working with other forces, public / private sector",
    "Director of Finance", "Amber", "Complete",
    "Collaboration strategy refreshed following end of alliance.", D(2022, 7, 5), "Complete", [3613], "in_sync",
    "ID 3613 and text (review plans for collaboration before the next spending round) agree. HMICFRS No further action required (closed). Current position 'Complete' (05/07/22): done. " + RAG_STALE.format(rag="Amber") + ". Closed on both.")
# --- Everyone's business 2014 ---
row("DA14-01", "2321", "Everyone's Business (DA) 2014", D(2014, 3, 1), "Nat Rec",
    "By Sept 2014 establish & publish DA action plan – developed with PCC, DA support orgs & victims' reps; after considering all report recs; with reference to DHRs & IPCC findings; drawing on CPS scrutiny panels & MARAC self-assessments",
    "Ch Supt Public Protection", "Green", "Reopened - DA action plan refresh 2022 (VAWG strategy)",
    "Plan being rewritten into the VAWG Delivery Plan.", D(2022, 7, 20), "Dec-22", [2321], "closeable_local",
    "ID 2321 and text (publish a DA action plan, four bullets present) agree. HMICFRS Complete (closed). Current position 'Reopened' (20/07/22): open. " + RAG_STALE.format(rag="Green") + "; by RAG it would be in_sync. closeable_local.")
# --- Stop and search 2013 ---
row("SS13-02", "1204", "Stop & Search powers (HMIC 2013)", D(2013, 7, 1), "Nat Rec",
    "CCs establish / improve monitoring of how officers stop & search – acting lawfully (incl. equality legislation & Code) & power used effectively",
    "ACC Local Policing", "Green", "Complete", None, D(2022, 6, 20), "Complete", [1204], "in_sync",
    "ID 1204 and text (monitoring of the way officers stop and search) agree. HMICFRS Superseded (closed); force Complete, RAG Green. Closed on both.")
row("SS13-03", "1205", "Stop & Search powers (HMIC 2013)", D(2013, 7, 1), "Nat Rec",
    "CCs, with elected local policing bodies, comply with code of practice – explain S&S use to public; community scrutiny of S&S records, involving those stopped e.g. young people",
    "ACC Local Policing", "Amber", "Complete - evidence submitted",
    "Community scrutiny arrangements in place since 2014; evidence re-sent 08/07/22.", D(2022, 7, 8), "Complete", [1205], "in_sync",
    "ID 1205 and text ('with elected local policing bodies', community scrutiny, 2013 report) agree. HMICFRS Complete (closed). Current position 'Complete - evidence submitted' (08/07/22): done. " + RAG_STALE.format(rag="Amber") + ". Closed on both.")
# --- Internal audit (not HMICFRS) ---
row("IA22-01", "", "Internal audit 2021/22", D(2022, 3, 1), "Audit action",
    "Task & Finish group to review the stalking and harassment policy and report to the Force Executive Team",
    "Ch Supt Public Protection", "Amber", "In progress",
    "T&F group met 3 times; report to FET Oct 22.", D(2022, 8, 1), "Oct-22", [], "not_on_hmicfrs_list",
    "An internal audit action (source 'Internal audit 2021/22'), not an HMICFRS item; nothing on the HMICFRS list concerns the stalking and harassment policy. Not on the HMICFRS list.")

MISSING = {
    11207: "PEEL 2021/22 AFI on the corporate risk register: the force has rows for the other six PEEL 2021/22 AFIs (and one force action) but none on the corporate risk register. Nobody owns it: missing_from_force.",
    10415: "Addressed to the Home Office and the NPCC (data on force used in stop and search); the force never added it to its tracker, though HMICFRS lists it against the force. No force row: missing_from_force.",
    5530: "Building the picture (information management, 2015): no force row under any name, no row about scrutinising audits of information management APP. missing_from_force.",
    1203: "2013 stop and search APP specification (Chief Constables and the College of Policing): the tracker has rows for the 2013 report's second and third recommendations (SS13-02, SS13-03) but none for this one. missing_from_force.",
}

# ---------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------
FIXED = D(2022, 8, 26, 16, 40, 0)
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
RAG_FILL = {"red": "FFFF0000", "amber": "FFFFC000", "green": "FF00B050", "grey": "FFBFBFBF"}


def normalise_zip(path: str) -> None:
    """Rewrite the xlsx with fixed timestamps and document dates so rebuilds are identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                              r"\g<1>2019-01-07T09:12:00Z\2", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              r"\g<1>2022-08-26T16:40:00Z\2", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(2022, 8, 26, 16, 40, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def props(wb: Workbook, title: str, creator: str) -> None:
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.title = title
    wb.properties.created = D(2019, 1, 7, 9, 12, 0)
    wb.properties.modified = FIXED


def build_hmicfrs() -> dict[int, int]:
    wb = Workbook()
    ws = wb.active
    ws.title = HM_SHEET
    ws["A1"] = "HMICFRS – Recommendations held against West Mercia Police (definitive list)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Extract taken 02/09/2022 for the force liaison lead. Status values: Awaiting review, "
                "Being progressed, Complete, Superseded, No further action required.")
    ws["A2"].font = Font(italic=True)
    hdr = ["Rec ID", "Report", "Publication date", "Type", "Recommendation text",
           "Linked cause of concern", "Status", "Status last changed"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=HM_HEADER_ROW, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = PatternFill("solid", fgColor="FF1F3864")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    rows = {}
    r = HM_HEADER_ROW
    for (iid, rep, typ, text, coc, st, sd) in HM_ITEMS:
        r += 1
        title, pub = REPORTS[rep]
        vals = [iid, title, pub, typ, text, coc, st, sd]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if c in (3, 8):
                cell.number_format = "d mmmm yyyy"
        rows[iid] = r
    for col, w in zip("ABCDEFGH", [9, 44, 16, 22, 90, 12, 18, 16]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = f"A{HM_HEADER_ROW + 1}"
    ws.auto_filter.ref = f"A{HM_HEADER_ROW}:H{r}"
    notes = wb.create_sheet("Notes")
    for i, line in enumerate([
        "About this list",
        "This list shows every recommendation, area for improvement and cause of concern HMICFRS holds against the force, open or closed.",
        "National recommendations are listed against every force they apply to.",
        "Please return any queries on status to your force liaison lead by 30 September 2022.",
    ], 1):
        notes.cell(row=i, column=1, value=line)
    notes.column_dimensions["A"].width = 120
    props(wb, "HMICFRS definitive list – West Mercia Police", "HMICFRS Monitoring")
    path = os.path.join(OUT, "hmicfrs.xlsx")
    wb.save(path)
    normalise_zip(path)
    return rows


TR_HEADER_ROW = 4
TR_SHEET = "Tracker"


def build_tracker() -> dict[int, int]:
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    ws = wb.create_sheet(TR_SHEET)
    key = wb.create_sheet("Key")

    ws["A1"] = "WEST MERCIA POLICE – HMICFRS RECOMMENDATIONS & AFIs TRACKER"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Strategic Planning & Insight (Organisational Learning). RAG agreed at the Performance & "
                "Assurance Board 14/06/2022 (Q1 2022/23 review). 'Current position' is updated by action "
                "owners between Boards – last owner return 26/08/2022. OFFICIAL")
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "HMICFRS ID", "Inspection / report", "Published", "Type",
           "Recommendation / AFI (summary)", "Lead officer", "RAG\n(P&A Board 14/06/22)",
           "Current position", "Owner update", "Position updated", "Target date"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=TR_HEADER_ROW, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFD9E1F2")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r = TR_HEADER_ROW
    for t in T:
        r += 1
        t["row"] = r
        rag_text = t["rag"]
        if t["ref"].startswith(("SS13", "DA14", "AUS14", "CB14", "INT15", "SS15", "FL15", "PEFF15")):
            rag_text = rag_text.upper()  # graded by the previous analyst, in capitals
        if t["ref"] == "P1819-R7":
            rag_text = "Green "  # trailing space as typed
        vals = [t["ref"], t["hid"] or None, t["insp"], t["pub"], t["typ"], t["text"], t["lead"],
                rag_text, t["cur"], t["upd"], t["when"], t["target"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        pub = ws.cell(row=r, column=4)
        if isinstance(t["pub"], D):
            pub.number_format = "dd/mm/yyyy" if t["ref"] == "CB14-01" else "mmm-yy"
        if t["when"] is not None:
            ws.cell(row=r, column=11).number_format = "dd/mm/yyyy"
        rag = ws.cell(row=r, column=8)
        rag.fill = PatternFill("solid", fgColor=RAG_FILL[t["rag"].strip().lower()])
        rag.alignment = Alignment(horizontal="center", vertical="top")
    last = r
    ws.cell(row=last + 2, column=1,
            value="RAG is only changed at the quarterly P&A Board. Where an owner's Current position "
                  "differs, the Board will re-grade at the Q2 review (20/09/2022).").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJKL", [12, 12, 26, 10, 12, 70, 26, 13, 34, 50, 12, 11]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = f"C{TR_HEADER_ROW + 1}"
    ws.auto_filter.ref = f"A{TR_HEADER_ROW}:L{last}"

    # Summary sheet: counts by RAG as reported to the June Board (stale on purpose).
    summ["A1"] = "HMICFRS tracker – RAG summary as reported to P&A Board 14/06/2022"
    summ["A1"].font = Font(bold=True, size=13)
    summ["A2"] = "Counts are of tracker rows by RAG; they do not reflect owners' returns since the Board."
    summ["A2"].font = Font(italic=True)
    shdr = ["Inspection / report", "Red", "Amber", "Green", "Grey", "Total"]
    for c, h in enumerate(shdr, 1):
        summ.cell(row=4, column=c, value=h).font = Font(bold=True)
    order = []
    for t in T:
        if t["insp"] not in order:
            order.append(t["insp"])
    sr = 4
    tot = {"Red": 0, "Amber": 0, "Green": 0, "Grey": 0}
    for insp in order:
        sr += 1
        counts = {k: 0 for k in tot}
        for t in T:
            if t["insp"] == insp:
                counts[t["rag"].strip().capitalize()] += 1
        summ.cell(row=sr, column=1, value=insp)
        for c, k in enumerate(["Red", "Amber", "Green", "Grey"], 2):
            summ.cell(row=sr, column=c, value=counts[k] or None)
            tot[k] += counts[k]
        summ.cell(row=sr, column=6, value=sum(counts.values()))
    sr += 1
    summ.cell(row=sr, column=1, value="Total").font = Font(bold=True)
    for c, k in enumerate(["Red", "Amber", "Green", "Grey"], 2):
        summ.cell(row=sr, column=c, value=tot[k]).font = Font(bold=True)
    summ.cell(row=sr, column=6, value=sum(tot.values())).font = Font(bold=True)
    summ.column_dimensions["A"].width = 44

    # Key sheet
    key_rows = [
        ("RAG (set at the quarterly Performance & Assurance Board)", None),
        ("Green", "Recommendation implemented; evidence held."),
        ("Amber", "Work under way and expected to be implemented within the target date."),
        ("Red", "Beyond target date, or cannot / will not be implemented (rationale required)."),
        ("Grey", "Superseded, or not West Mercia's to deliver."),
        (None, None),
        ("Current position (updated by the action owner at any time)", None),
        ("Complete - evidence submitted", "Owner has sent the evidence pack to the Force Liaison Lead for HMICFRS."),
        ("Complete - awaiting sign off", "Owner considers it complete; chief officer sign-off pending."),
        ("Complete", "Implemented."),
        ("In progress", "Work continuing."),
        ("Reopened", "Previously reported complete; further work now needed."),
        ("Superseded", "Overtaken by a later recommendation or change."),
        ("(blank)", "No return from the owner since the last Board: the RAG stands."),
    ]
    for i, (a, b) in enumerate(key_rows, 1):
        ca = key.cell(row=i, column=1, value=a)
        key.cell(row=i, column=2, value=b)
        if a and b is None:
            ca.font = Font(bold=True)
        if a in ("Green", "Amber", "Red", "Grey"):
            ca.fill = PatternFill("solid", fgColor=RAG_FILL[a.lower()])
    key.column_dimensions["A"].width = 58
    key.column_dimensions["B"].width = 80

    props(wb, "HMICFRS Recommendations Tracker", "Strategic Planning & Insight")
    path = os.path.join(OUT, "tracker.xlsx")
    wb.save(path)
    normalise_zip(path)
    return last


README = '# Case `rag_lags_current_position`\n\nBuilt by `/tmp/indep75/build_rag_lags_current_position.py` (run with `/work/main/.venv/bin/python`).\nNo clock and no randomness. Zip entry times and workbook created/modified dates are fixed, so a\nsecond run gives byte-identical files.\n\n## The story\n\nWest Mercia Police\'s Strategic Planning & Insight team (Organisational Learning) keeps the\nforce\'s HMICFRS tracker. It has **two status columns**:\n\n- **`RAG (P&A Board 14/06/22)`**: Red / Amber / Green / Grey. This grade changes only at the\n  quarterly Performance & Assurance Board. The last Board was the Q1 2022/23 review on\n  14 June 2022.\n- **`Current position`**: words that action owners type whenever they send a return\n  ("Complete - evidence submitted", "In progress", "Reopened - …", "Superseded - …",\n  "Complete - awaiting sign off (ACC Crime)"). Returns run up to 26 August 2022, and the\n  `Position updated` column dates each one.\n\nBetween Boards the two columns drift apart. Some rows are still Green from June, but the owner\nhas since reopened the work. Others are still Amber or Red, but the owner has sent the evidence\npack. The sheet says so itself: row 2 says the RAG was agreed at the June Board and the Current\nposition was updated later; row 84 says the Board will re-grade in September. The `Key` sheet\ndefines both vocabularies, and its last line reads "(blank): No return from the owner since the\nlast Board: the RAG stands". The `Summary` sheet counts RAGs as reported to the June Board, so\nit is out of date as well.\n\nOn 2 September 2022 HMICFRS sent its definitive list (`hmicfrs.xlsx`). The analyst reconciles it\nbefore the Joint Audit Committee.\n\n**Rule for the truth: follow the latest word.** A row\'s force state comes from `Current\nposition`:\n- Done: "Complete…" (including "Complete - awaiting sign off") or "Superseded…".\n- Open: "In progress…" or "Reopened…".\n\nThe RAG counts only where `Current position` is blank, meaning the owner has said nothing since\nthe Board. Then Green or Grey means done, and Amber or Red means open. This is how the force\'s\nanalyst reads the sheet, and the Key sheet supports it.\n\n## Files\n\n### `hmicfrs.xlsx` (HMICFRS side)\n- Sheet **`West Mercia`**:\n  - Row 1: title.\n  - Row 2: extract note with the status vocabulary.\n  - Row 3: blank.\n  - **Row 4: header.** Columns: `Rec ID` (plain register integer), `Report` (full HMICFRS\n    title), `Publication date` (real date, shown as "d mmmm yyyy"), `Type` (Recommendation /\n    Area for improvement / Cause of concern / National recommendation), `Recommendation text`,\n    `Linked cause of concern` (the CoC\'s ID for recommendations that sit under one),\n    `Status`, `Status last changed`.\n  - **Rows 5–72: 68 items**, in publication order (2013–2022). There are 20 reports: 12\n    national and 8 for West Mercia.\n- Sheet **`Notes`**: four lines of text, no items.\n- Statuses:\n  - Open: Awaiting review, Being progressed.\n  - Closed: Complete, Superseded, No further action required.\n\n### `tracker.xlsx` (force side)\n- Sheet **`Summary`** (first tab): RAG counts per inspection "as reported to P&A Board\n  14/06/2022". It has no items and its counts are stale on purpose.\n- Sheet **`Tracker`**:\n  - Row 1: title.\n  - Row 2: a note about the two status columns.\n  - Row 3: blank.\n  - **Row 4: header.**\n  - **Rows 5–82: 78 item rows.**\n  - Row 83: blank.\n  - Row 84: a note.\n- Tracker columns:\n  - `Ref`: the force\'s own reference (e.g. `P1819-R5`, `MSHT-01c`, `CDI16-01(iv)`). It is not\n    an HMICFRS reference.\n  - `HMICFRS ID`: text, in the force\'s own forms: `11201`, `ID 9311`, `#8539`,\n    `8540/8541`, `3611 & 3612`. It is blank on seven rows, and one has a typo.\n  - `Inspection / report`: the force\'s short names ("PEEL Legit 17 S&S", "Targeting the Risk\n    (Firearms Licensing) 2015").\n  - `Published`: dates shown as `mmm-yy`. One row is shown as `dd/mm/yyyy`, and two are text\n    dates.\n  - `Type`: AFI / Rec / CoC / Nat Rec / Force action / Local action / Plan / No recs /\n    Audit action.\n  - `Recommendation / AFI (summary)`: shortened, abbreviated wording (S&S, MSHT, BWV, CCs,\n    RUI, FLD, NFLMS, ISAs) with two misspellings ("accomodation", "arrangments").\n  - `Lead officer`.\n  - `RAG (P&A Board 14/06/22)`: text, with the cell filled in the grade\'s colour. Rows for\n    2013–2015 reports are in capitals (GREEN/AMBER/GREY), and row 21 has a trailing space\n    ("Green ").\n  - `Current position`.\n  - `Owner update`: narrative.\n  - `Position updated`: date.\n  - `Target date`: text.\n- Sheet **`Key`**: definitions of the RAG grades and the Current-position words. No items.\n- The tracker is sorted newest report first, the order the force keeps it in.\n\n### `truth.csv`\nColumns `hmicfrs_row,force_row,category,why`, UTF-8, 84 lines. Provenance is written as\n`West Mercia!N` and `Tracker!N`.\n\n## What the layout brings (row numbers are `Tracker!` unless stated)\n\n1. **Two status columns that disagree.** On 36 of the 76 rows with a Current position, the RAG\n   and the Current position give opposite states. Reading the RAG instead of the Current\n   position would change the category of 38 of the 69 truth lines that status decides (every line except the 6 conflicts, the 5 not-on-list rows and the 4 missing items).\n   - **Green RAG but reopened or still in progress:**\n     - HMICFRS open, so **in_sync**: rows 8 (11204), 15 (9312), 21 (9318), 27 (10414b),\n       37 (8561), 42 (8120c), 58 (7021).\n     - HMICFRS closed, so **closeable_local**: rows 18 (9315), 47 (8124), 65 (5903),\n       79 (2321).\n   - **Amber or Red RAG but "Complete - evidence submitted" / "Complete" / "Complete -\n     awaiting sign off":**\n     - HMICFRS open, so **closeable_submit**: rows 6, 9, 19, 22, 25, 31, 32, 45, 48, 55, 60,\n       61, 63, 66, 71, 75.\n     - HMICFRS closed, so **in_sync**: rows 14 (9311), 23 (9320), 35 (8542), 70 (5721),\n       78 (3613), 81 (1205).\n2. **Blank Current position, so the RAG stands.**\n   - Row 10 (11206): Amber, so open; HMICFRS Awaiting review → in_sync.\n   - Row 68 (5906): Green, so done; HMICFRS Being progressed → closeable_submit.\n3. **Split recommendations.** Every part has the same `hmicfrs_row`, and the item is done only\n   when every part is done.\n   - 8120 (MSHT leadership) is split into four bullet rows, 40–43. All four RAGs are Green, but\n     part (c) at row 42 is "Reopened", so the item is open and all four lines are in_sync. Read\n     by RAG, they would be closeable_submit.\n   - 10414 (BWV) is split into three rows, 26–28. Part (b) is reopened, so all three lines are\n     in_sync.\n   - 8539 (stop and search monitoring) is split into three rows, 31–33. All parts say\n     "Complete - evidence submitted", so all three lines are closeable_submit.\n   - 6990 (CDI) is split into five rows, 59–63. All parts are complete, but the RAGs are Green,\n     Amber, Amber, Green and Red. All five lines are closeable_submit.\n4. **One row holding two items.**\n   - Row 34 `8540/8541`: both items are open on both sides → in_sync ×2.\n   - Row 77 `3611 & 3612`: HMICFRS says No further action required and the force says In\n     progress → closeable_local ×2.\n5. **Conflicts.** In each of these the facts disagree, so the line is `conflict` whatever the\n   status says:\n   - Row 7 (11203): the tracker says `Rec` where HMICFRS says Area for improvement (**type**).\n   - Row 12 (8790): the tracker lists four "as a minimum" bullets where HMICFRS has five; the\n     detention-certificates bullet is missing (**missing bullet**). The force claims the item\n     is complete.\n   - Row 24 (10412): the tracker says "By July 2021" where HMICFRS says "By July 2022"\n     (**timescale**). 10413 really is "By July 2021", and it has its own row 25.\n   - Row 39 (8330): the control room AFI has no ID. It is filed under "PEEL Effectiveness\n     2017", published Mar-18, where HMICFRS has it under PEEL: Police efficiency 2017, 9 Nov\n     2017 (**report and publication date**).\n   - Row 72 (5114): the ID is typed `5141`, which is on no row of the list (**reference**). The\n     text, "in consultation with police and crime commissioners", and the report (Stop and\n     search powers 2) identify 5114. The 2013 near-twin, 1205 ("elected local policing\n     bodies"), has its own row 81.\n   - Row 74 (4821): `Published` 04/09/2015 where HMICFRS has 4 September 2014. The sibling\n     row 75 says Sep-14 (**publication date**).\n6. **Near-duplicate texts.** These pairs are told apart by report and wording, not by status:\n   - 1205 (2013) and 5114 (2015) on community scrutiny of stop and search.\n   - 10412 and 10413 on communication skills.\n   - 9318 and 11201 on supervision of investigations.\n7. **Force rows not on the HMICFRS list** (`not_on_hmicfrs_list`):\n   - Row 11: a force action, a quarterly RASSO dip-sample.\n   - Row 50: a "Force action - add MSHT measures to the monthly Force Performance pack", filed\n     among the Stolen Freedom rows.\n   - Row 51: the abuse-of-position plan (an HMICFRS letter, not a recommendation).\n   - Row 52: the 2017 DA progress report. The row itself says "No recs".\n   - Row 82: an internal audit action.\n8. **HMICFRS items with no force row** (`missing_from_force`):\n   - `West Mercia!5` (1203): the 2013 APP specification.\n   - `West Mercia!17` (5530): Building the picture.\n   - `West Mercia!64` (10415): addressed to the Home Office and the NPCC.\n   - `West Mercia!72` (11207): the PEEL 2021/22 corporate risk register AFI.\n9. Each remaining row is a straight match: the ID and text agree, the force\'s Current position\n   and HMICFRS\'s status give the category, and the `why` column says which way.\n\nNo line is `review`: every pair can be decided by eye from the ID, the report and the text.\n\n## Counts per category (84 lines)\n\n| category | lines |\n|---|---|\n| in_sync | 39 |\n| closeable_submit | 21 |\n| closeable_local | 9 |\n| conflict | 6 |\n| not_on_hmicfrs_list | 5 |\n| missing_from_force | 4 |\n\n- **HMICFRS items: 68**, all covered.\n  - 64 are matched by at least one force row.\n  - 4 are missing from the force tracker.\n- **Force item rows: 78**, all covered.\n  - 71 answer a single HMICFRS item: 56 match it one-to-one, and 15 are parts of the four\n    split recommendations (4 + 3 + 3 + 5).\n  - 2 answer two items each.\n  - 5 are not on the HMICFRS list.\n\n## Rows that are not items\n\n| Where | Why it is not an item |\n|---|---|\n| `hmicfrs.xlsx` West Mercia rows 1–2 | title and extract note |\n| `hmicfrs.xlsx` West Mercia row 3 | blank |\n| `hmicfrs.xlsx` West Mercia row 4 | header |\n| `hmicfrs.xlsx` Notes rows 1–4 | notes about the list, no items |\n| `tracker.xlsx` Summary (all rows) | RAG count table per inspection plus a total row, derived from the stale RAG column |\n| `tracker.xlsx` Tracker rows 1–2 | title and the note about the two status columns |\n| `tracker.xlsx` Tracker row 3 | blank |\n| `tracker.xlsx` Tracker row 4 | header |\n| `tracker.xlsx` Tracker row 83 | blank |\n| `tracker.xlsx` Tracker row 84 | note on re-grading at the Q2 Board |\n| `tracker.xlsx` Key (all rows) | legend for the RAG grades and Current-position words |\n\n## Texts\n\nEvery HMICFRS text is real public wording (Open Government Licence), copied as a literal from\n`/work/shared/data/real_recommendations.csv` and `/work/main/reconcile/casegen/texts/`. Quirks are\nkept: curly quotes, "•" bullets with no space, the stray "20" and "86" footnote digits, and the\nmissing full stops.\n\nSome texts were adapted:\n- West Mercia\'s force-level items from other forces\' reports (CDI, PEEL 2015/2016 and\n  vetting) use those reports\' generic "the force should" wording.\n- The PEEL 2021/22 AFIs use the real stem "The force should {body}." with real bodies from\n  the casegen lists.\n- The vetting cause of concern and the NCPI children-in-custody recommendation have West\n  Mercia Police\'s name put into the real text, as the casegen `{force}` templates do.\n\nSome details are invented: the register IDs, HMICFRS statuses, status dates, owners, owner\nupdates, and the publication dates of the force-level reports.\n\n## Checks run\n\n- Every item row of both files is in `truth.csv`:\n  - Each of the 78 Tracker rows appears once, except rows 34 and 77, which appear twice, once\n    per item.\n  - All 68 HMICFRS rows appear.\n  - The builder asserts this coverage.\n- Every HMICFRS text was compared with the source lists. The 59 literal copies match exactly,\n  and the other 9 are the stem-plus-body or force-name adaptations above.\n- Both workbooks were read back with pandas (`read_excel`, header row 4 → 68 and 80 rows) and\n  openpyxl. The 80 tracker rows are the 78 items, one blank row and the note row.\n- The builder was run twice, with a pause between runs. The md5 of every file was identical.\n- `reconcile` was not run or imported. The truth was decided by reading the rows.\n'


def main() -> None:
    os.makedirs(OUT, exist_ok=True)
    hm_rows = build_hmicfrs()
    build_tracker()
    lines = []
    covered = set()
    for t in T:
        frow = f"{TR_SHEET}!{t['row']}"
        if not t["ids"]:
            lines.append(("", frow, t["cat"], t["why"]))
        for iid in t["ids"]:
            covered.add(iid)
            lines.append((f"{HM_SHEET}!{hm_rows[iid]}", frow, t["cat"], t["why"]))
    for iid, why in MISSING.items():
        assert iid not in covered
        covered.add(iid)
        lines.append((f"{HM_SHEET}!{hm_rows[iid]}", "", "missing_from_force", why))
    assert covered == {i[0] for i in HM_ITEMS}, set(i[0] for i in HM_ITEMS) - covered

    def key(line):
        h, f = line[0], line[1]
        hn = int(h.split("!")[1]) if h else 10**6
        fn = int(f.split("!")[1]) if f else 10**6
        return (hn, fn)

    lines.sort(key=key)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="") as f:
        f.write(README)


if __name__ == "__main__":
    main()
