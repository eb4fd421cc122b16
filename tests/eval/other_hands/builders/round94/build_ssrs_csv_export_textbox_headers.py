"""Build the evaluation case `ssrs_csv_export_textbox_headers` (round 94, case B).

The HMICFRS definitive list as the monitoring portal's paginated report exports it through the
report server's CSV renderer; the force side is a plain Excel tracker. Deterministic: no clock,
fixed workbook properties (XlsxWriter writes fixed zip timestamps).
Run: /work/main/.venv/bin/python /tmp/indep94/build_ssrs_csv_export_textbox_headers.py
"""
from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import xlsxwriter

HERE = Path(__file__).resolve().parent
CASE = "ssrs_csv_export_textbox_headers"

# Literal HMICFRS wording (Open Government Licence), copied from the project's text lists
# (casegen/texts/national.py, casegen/texts/force.py) and /work/shared/data/real_recommendations.csv.
T = {
    'sas13-1': 'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.',
    'sas13-2': 'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.',
    'sas13-3': 'Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.',
    'everyone-1': "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.",
    'austerity-1': "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews",
    'austerity-2': 'Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.',
    'austerity-3': 'Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.',
    'austerity-4': 'In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.',
    'core-1': 'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.',
    'core-2': 'By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.',
    'integrity-1': 'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.',
    'sas15-1': 'Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.',
    'picture-1': 'By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.',
    'firearms-1': 'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.',
    'firearms-2': 'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.',
    'firearms-3': 'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.',
    'firearms-4': 'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.',
    'firearms-5': 'Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.',
    'stolen-1': 'Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.',
    'stolen-2': 'Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible',
    'stolen-3': 'Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.',
    'stolen-4': 'Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.',
    'stolen-5': 'Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.',
    'stolen-6': 'Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).',
    'stolen-7': 'Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.',
    'efc17-1': "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.",
    'leg17-1': 'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.',
    'leg17-2': 'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.',
    'leg17-3': 'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;',
    'leg17-4': 'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.',
    'leg17-5': 'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.',
    'powers-1': 'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.',
    'powers-2': 'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.',
    'powers-3': 'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.',
    'powers-4': 'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.',
    'powers-5': 'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.',
    'real-0': 'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and',
    'real-1': 'HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.',
    'real-2': 'HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;',
    'real-3': 'HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and',
    'real-4': 'HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;',
    'real-5': 'HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.',
    'real-6': 'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;',
    'real-7': 'The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.',
    'real-8': 'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.',
    'real-9': 'HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;',
    'real-10': 'HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;',
    'real-11': 'Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.',
    'real-14': 'The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public',
    'real-15': 'The force should develop its understanding of the links between its outcomes, outputs and costs',
    'real-16': 'The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.',
}
CAUSES = [
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy which allows an officer discretion to complete a DASH risk assessment in some crimes and incidents does not provide confidence that risk is always assessed appropriately. In cases where a DASH risk assessment is not completed the officer should record an assessment on the crime management system. HMIC found that officers are not consistently completing a DASH in circumstances where force policy requires that they should do so. This means that some victims of domestic abuse who may be at risk of harm are not being appropriately risk-assessed.",
    'The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm.',
    'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.',
    'The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.',
    'The size of the vetting backlog within {force} is a cause of concern.',
    'The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with {neighbour} ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.',
]
TAILS = [
    'This supervision should be properly recorded.',
    'This assessment should inform workforce plans.',
    'This should be compliant with the Code of Practice.',
    'This should be done in a way that involves those people who are stopped and searched, for example, young people.',
    'HMIC will follow up the assessments in the autumn.',
    'The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.',
    'This should include offering increased direct-entry opportunities.',
    'This should be in addition to existing training on conflict management and de-escalation.',
    'Chief officers should oversee and ensure full implementation of these action plans.',
    'This should be a personal responsibility in each case.',
    'The police and crime commissioner should hold the force to account in this respect.',
    'The force should publish this analysis and any actions taken at least on an annual basis.',
    'This is so it can make best use of its resources by matching them to demand to meet the needs of the public.',
    'In cases where a DASH risk assessment is not completed the officer should record an assessment on the crime management system.',
    'The updates should be given in an accessible way that encourages trust and confidence in the service response.',
    'This review should extend to all such activity which may give rise to concern for public safety.',
    'This should include measures to ensure that categorisation of records are regularly adjusted.',
]
BODIES = [
    'conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them',  # 0
    'conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people',  # 1
    'expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans',  # 2
    'clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of {area}',  # 3
    'improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation',  # 4
    'ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded',  # 5
    'improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed',  # 6
    'improve its understanding of suspects released under investigation and the management of those released on bail',  # 7
    'put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed',  # 8
    'provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk',  # 9
    'satisfy itself that it has processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination',  # 10
    'undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public',  # 11
    'develop its understanding of the links between its outcomes, outputs and costs',  # 12
    'develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them',  # 13
    'improve its use of its crime-recording and management system to better manage its case files and investigative processes',  # 14
    'ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines',  # 15
    'consider ways of increasing the use of arrest, ancillary orders and other available powers, in order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice',  # 16
    'take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation',  # 17
    'cease the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre',  # 18
    'review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately;\n• call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and\n• supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action',  # 19
    'establish or improve monitoring of the way officers stop and search people, so that it can be satisfied its officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust',  # 20
    'make sure there are appropriate strategic oversight arrangements in place to manage risks, performance and improvement plans effectively',  # 21
    'make sure the corporate risk register is actively used to mitigate and manage known risks',  # 22
    'make sure all processes in place to support performance management are effective',  # 23
    'make sure it has access to accurate data and analysis to support effective performance management',  # 24
    'put plans in place to monitor, including through the gathering and analysis of staff feedback, team cultures and provide prompt remedial action for any issues it identifies',  # 25
    'specify in succession plans how it intends to improve diversity across all levels of the force. This should include offering increased direct-entry opportunities',  # 26
    'make sure it provides a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes',  # 27
    'review the support available for those who have raised concerns and take any action needed to make sure these provisions are suitable',  # 28
    'review how it gathers and uses equality and diversity data to improve its understanding of its workforce demographics',  # 29
    'develop a clear prevention strategy targeting people most at risk and make sure activity undertaken prioritises people most at risk',  # 30
    'ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search',  # 31
    'ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management',  # 32
    'ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage',  # 33
    'ensure it has effective internal monitoring processes on the use of force, to help it to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action',  # 34
    'in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested',  # 35
    'assess how well the governance of firearms licensing in the force meets the standards set out in Authorised Professional Practice',  # 36
    'assess the demand placed on its firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times',  # 37
    'satisfy itself that all appropriate action is being taken with regard to ‘total expired’ licensing records',  # 38
    'ensure that its arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm',  # 39
    'ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce',  # 40
    'take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases',  # 41
    'have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence and in order to safeguard victims better and to identify suspects as early as possible',  # 42
    'ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence',  # 43
    'take steps to ensure it fully complies with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking',  # 44
    'ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them',  # 45
    'review its use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others are exploited',  # 46
    'produce an ambitious plan to improve digitally-enabled services within the force',  # 47
    'review its plans to deliver savings to ensure it is doing all it can to continue to reduce crime and protect the front line while balancing its budget',  # 48
    'consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector',  # 49
    'comply with the code of practice by explaining to the public the way stop and search powers are used in its area and by making arrangements for stop and search records to be scrutinised by community representatives',  # 50
    'improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service',  # 51
    'agree arrangements with {neighbour} to secure a smooth transition to its future operating model, ensuring no disruption to public services',  # 52
    'ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents',  # 53
    'have a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards',  # 54
    'immediately review its current background checks arrangements, and make sure that suitable and sufficient background checks are in place to safeguard its staff and the communities it serves',  # 55
    'make sure it provides accessible information for all staff and members of the public on how they can raise concerns and access confidential support (including through external agencies)',  # 56
    'establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse',  # 57
    'revise its approach to cautions, cannabis warning and penalty notices for disorder to ensure that there is a clear and auditable explanation to the offender of the implications of receiving the warning and that, for victim-based crimes, there is a clear and auditable record that views of the victim are considered prior to their issue',  # 58
    'ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed',  # 59
    'put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure',  # 60
    'ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents',  # 61
]

# --------------------------------------------------------------------------------------------
# The HMICFRS side: the "Definitive list (force)" paginated report on the monitoring portal,
# exported with the report server's CSV renderer and e-mailed by the Force Liaison Lead.
# --------------------------------------------------------------------------------------------
FORCE = "West Mercia Police"
RUN = date(2024, 11, 4)

STAT = {
    "AR": "1 - Awaiting review",
    "BP": "2 - Being progressed",
    "C": "3 - Complete",
    "S": "4 - Superseded",
    "NFA": "5 - No further action required",
}
OPEN = {"AR", "BP"}

R = "Recommendation"
A = "Area for improvement"
C = "Cause of concern"
N = "National recommendation"

WM = " – West Mercia Police"
REPORTS = {  # key -> (portal title, published)
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", date(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse", date(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", date(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", date(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", date(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", date(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management", date(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", date(2015, 9, 15)),
    "ncpi16": ("National child protection inspection 2016" + WM, date(2016, 6, 14)),
    "cdi16": ("Crime data integrity inspection 2016" + WM, date(2016, 9, 22)),
    "efy16": ("PEEL: Police efficiency 2016" + WM, date(2016, 11, 3)),
    "eff16": ("PEEL: Police effectiveness 2016" + WM, date(2017, 3, 2)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", date(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", date(2017, 12, 12)),
    "leg17wm": ("PEEL: Police legitimacy 2017" + WM, date(2017, 12, 12)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19" + WM, date(2019, 5, 2)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", date(2021, 2, 26)),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22" + WM, date(2022, 5, 20)),
}

# key, report, record id, parent id, type, text, status, status date
H = [
    ("N1", "sas13", 1187, None, N, T["sas13-1"], "C", date(2024, 2, 14)),
    ("N2", "sas13", 1188, None, N, T["sas13-2"], "BP", date(2022, 6, 30)),
    ("N3", "sas13", 1189, None, N, T["sas13-3"], "BP", date(2022, 6, 30)),
    ("N4", "everyone", 2321, None, N, T["everyone-1"], "C", date(2024, 1, 9)),
    ("N5", "austerity", 3904, None, N, T["austerity-1"], "NFA", date(2024, 3, 21)),
    ("N6", "austerity", 3905, None, N, T["austerity-2"], "BP", date(2019, 10, 2)),
    ("N7", "austerity", 3906, None, N, T["austerity-3"], "NFA", date(2024, 3, 21)),
    ("N8", "austerity", 3907, None, N, T["austerity-4"], "S", date(2024, 3, 21)),
    ("N9", "core", 4822, None, N, T["core-1"], "BP", date(2018, 4, 27)),
    ("N10", "integrity", 902, None, N, T["integrity-1"], "BP", date(2021, 8, 16)),
    ("N11", "sas15", 5310, None, N, T["sas15-1"], "BP", date(2022, 6, 30)),
    ("N12", "picture", 5586, None, N, T["picture-1"], "C", date(2024, 5, 7)),
    ("N13", "firearms", 6011, None, N, T["firearms-1"], "C", date(2023, 12, 12)),
    ("N14", "firearms", 6012, None, N, T["firearms-2"], "BP", date(2023, 4, 3)),
    ("N15", "firearms", 6013, None, N, T["firearms-3"], "C", date(2023, 12, 12)),
    ("N16", "firearms", 6014, None, N, T["firearms-4"], "BP", date(2023, 4, 3)),
    ("N17", "firearms", 6015, None, N, T["firearms-5"], "AR", date(2024, 9, 18)),
    ("F6", "ncpi16", 6702, None, C, CAUSES[1], "BP", date(2023, 11, 28)),
    ("F7", "ncpi16", 6703, 6702, R, "To address this cause of concern, HMIC recommends the force should immediately " + BODIES[19] + ".", "BP", date(2023, 11, 28)),
    ("F12", "ncpi16", 6704, None, R, "Within six months West Mercia Police should " + BODIES[35] + ".", "BP", date(2023, 11, 28)),
    ("F4", "cdi16", 6947, None, R, T["real-11"], "BP", date(2022, 2, 1)),
    ("F5", "cdi16", 6948, None, A, "The force should " + BODIES[9] + ".", "C", date(2024, 6, 11)),
    ("F8", "efy16", 7120, None, A, T["real-14"], "S", date(2024, 4, 30)),
    ("F9", "efy16", 7121, None, A, T["real-15"], "NFA", date(2024, 4, 30)),
    ("F10", "efy16", 7122, None, A, T["real-16"], "S", date(2024, 4, 30)),
    ("F1", "eff16", 7415, None, C, CAUSES[0], "C", date(2024, 7, 2)),
    ("F2", "eff16", 7416, 7415, R, "Within three months, the force should " + BODIES[41] + ". " + TAILS[13], "C", date(2024, 7, 2)),
    ("F3", "eff16", 7417, None, A, "The force should " + BODIES[51] + ".", "BP", date(2021, 3, 15)),
    ("N18", "stolen", 8302, None, N, T["stolen-1"], "BP", date(2020, 1, 20)),
    ("N19", "stolen", 8303, None, N, T["stolen-2"], "BP", date(2020, 1, 20)),
    ("N20", "stolen", 8304, None, N, T["stolen-3"], "C", date(2024, 2, 27)),
    ("N21", "stolen", 8305, None, N, T["stolen-4"], "BP", date(2020, 1, 20)),
    ("N22", "stolen", 8306, None, N, T["stolen-5"], "BP", date(2020, 1, 20)),
    ("N23", "stolen", 8307, None, N, T["stolen-6"], "AR", date(2024, 10, 1)),
    ("N24", "stolen", 8308, None, N, T["stolen-7"], "BP", date(2020, 1, 20)),
    ("N25", "efc17", 8466, None, N, T["efc17-1"], "BP", date(2019, 3, 4)),
    ("N26", "leg17", 8541, None, C, T["leg17-1"], "BP", date(2018, 7, 31)),
    ("N27", "leg17", 8542, 8541, N, T["leg17-2"], "BP", date(2018, 7, 31)),
    ("N28", "leg17", 8543, 8541, N, T["leg17-3"], "BP", date(2018, 7, 31)),
    ("N29", "leg17", 8544, 8541, N, T["leg17-4"], "C", date(2024, 8, 20)),
    ("N30", "leg17", 8545, 8541, N, T["leg17-5"], "BP", date(2018, 7, 31)),
    ("F11", "leg17wm", 8975, None, A, "The force should " + BODIES[58] + ".", "BP", date(2019, 6, 12)),
    ("W7", "peel1819", 9811, None, C, T["real-7"], "BP", date(2021, 9, 9)),
    ("W0", "peel1819", 9812, 9811, R, T["real-0"], "BP", date(2021, 9, 9)),
    ("W1", "peel1819", 9813, 9811, R, T["real-1"], "BP", date(2021, 9, 9)),
    ("W2", "peel1819", 9814, 9811, R, T["real-2"], "C", date(2024, 1, 23)),
    ("W3", "peel1819", 9815, 9811, R, T["real-3"], "S", date(2024, 1, 23)),
    ("W4", "peel1819", 9816, 9811, R, T["real-4"], "C", date(2024, 1, 23)),
    ("W5", "peel1819", 9817, 9811, R, T["real-5"], "BP", date(2021, 9, 9)),
    ("W6", "peel1819", 9818, 9811, R, T["real-6"], "BP", date(2021, 9, 9)),
    ("W8", "peel1819", 9819, None, C, T["real-8"], "BP", date(2021, 9, 9)),
    ("W9", "peel1819", 9820, 9819, R, T["real-9"], "BP", date(2021, 9, 9)),
    ("W10", "peel1819", 9821, 9819, R, T["real-10"], "AR", date(2024, 8, 6)),
    ("N31", "powers", 10233, None, N, T["powers-1"], "AR", date(2024, 9, 18)),
    ("N32", "powers", 10234, None, N, T["powers-2"], "BP", date(2022, 3, 10)),
    ("N33", "powers", 10235, None, N, T["powers-3"], "BP", date(2022, 3, 10)),
    ("N34", "powers", 10236, None, N, T["powers-4"], "NFA", date(2024, 2, 2)),
    ("N35", "powers", 10237, None, N, T["powers-5"], "BP", date(2022, 3, 10)),
    ("P1", "peel2122", 11452, None, A, "The force should " + BODIES[40] + ".", "AR", date(2024, 10, 15)),
    ("P2", "peel2122", 11453, None, A, "The force should " + BODIES[7] + ".", "BP", date(2023, 2, 8)),
    ("P3", "peel2122", 11454, None, A, "The force should " + BODIES[24] + ".", "BP", date(2023, 2, 8)),
    ("P4", "peel2122", 11455, None, A, "The force should " + BODIES[23] + ".", "BP", date(2023, 2, 8)),
]

# --------------------------------------------------------------------------------------------
# The force side: the Organisational Learning team's tracker, in its own words.
# keys: the HMICFRS items the row holds ([] = not on the HMICFRS list)
# --------------------------------------------------------------------------------------------
IP, CO, SUB, NA, NS = "In progress", "Complete", "Submitted for closure", "Closed - N/A (not for force)", "Not started"
DONE = {CO, SUB, NA}

# (No., keys, HMICFRS ref as typed, report as the force names it, type, text, lead, status, update, submitted)
F = [
    ("1", ["N1"], "1187", "Stop & Search powers (HMIC 2013)", "Recommendation", "CCs & CoP to set out in S&S APP a clear spec of what effective and fair use of S&S powers looks like. Compliant with Code of Practice.", "Supt Operational Support", CO, "APP adopted in force S&S policy v4.", "12/01/2024"),
    ("2", ["N2"], "", "Stop & Search powers (HMIC 2013)", "Recommendation", "Establish/improve monitoring of the way officers use S&S so we are satisfied they act lawfully (incl. equality legislation & Code of Practice) and the power is used effectively.", "Supt Operational Support", SUB, "S&S scrutiny dashboard live; monthly dip-sample by Ops Support. Evidence pack sent to HMICFRS liaison.", "03/09/2024"),
    ("3", ["N11"], "5310", "Stop & search powers 2 (2015)", "Recommendation", "In consultation with the PCC, comply with Code of Practice - explain to public how S&S powers are used locally and arrange for S&S records to be scrutinised by community reps (incl. young people).", "Supt Operational Support", IP, "Independent scrutiny panel meets quarterly; youth panel still being recruited.", ""),
    ("4", ["N4"], "2321", "Domestic abuse - Everyone's business", "Recommendation", "Establish & publish DA action plan setting out in detail steps to improve our approach to DA - developed with PCC, DA support orgs & victims reps, DHRs/IPCC findings, CPS scrutiny panels & MARAC self-assessments.", "Det Ch Supt Public Protection", IP, "DA action plan refresh (v3) due to DA Strategic Board Dec 24.", ""),
    ("5", ["N5"], "", "Policing in Austerity 2014", "Recommendation", "Review savings plans to make sure we continue to reduce crime & protect the front line while balancing the budget, using HMIC VfM profiles.", "Director of Finance", CO, "Covered by MTFP.", ""),
    ("6", ["N6"], "", "Policing in Austerity 2014", "Recommendation", "Forces planning to deliver less than 15% of savings through collaboration to assess whether there is scope to improve on this. HMIC to follow up in the autumn.", "Director of Finance", IP, "Collaboration review paused pending end of alliance.", ""),
    ("7", ["N8"], "", "Policing in Austerity 2014", "Recommendation", "Ahead of next spending round review collaboration plans - scope for better VfM and capability through joint working with other forces / public / private sector.", "Director of Finance", IP, "Being picked up in new operating model work post-alliance.", ""),
    ("8", [], "", "Core Business 2014", "Recommendation", "By 31/3/15 ensure crime prevention / disruption activity is systematically recorded and evaluated to determine effectiveness of tactics.", "Head of Corporate Development", IP, "Problem-solving database (POP) being rolled out to all LPAs.", ""),
    ("9", ["N9"], "4822", "Core Business 2014", "Recommendation", "Forces using a THR policy to provide call-handlers with specific, sound & comprehensible criteria to assess threat, harm and risk (by 31 March 2015).", "Supt Contact Centre", IP, "THRIVE+ refresher training for OCC staff - 70% complete.", ""),
    ("10", ["N10"], "902", "Integrity Matters 2015", "Recommendation", "CC to satisfy himself that misconduct investigations resulting in 'no further action' are fair and free from discrimination.", "Head of Professional Standards", CO, "PSD disproportionality review complete, reported to Ethics Committee.", ""),
    ("11", ["N12"], "5586", "Information management (Building the Picture)", "Recommendation", "Put in place arrangements to scrutinise audits of compliance with APP on information mgmt through IM governance structure; incl. regular adjustment of record categorisation.", "Head of Information Management", CO, "IM Board receives audit schedule quarterly.", "20/03/2024"),
    ("12", ["N13"], "6011", "Firearms licensing 2015", "Recommendation", "Assess how well governance of firearms licensing meets APP standards; put correct arrangements in place where not compliant.", "Supt Firearms Licensing", CO, "Gap analysis against APP done.", ""),
    ("13", ["N14"], "6012", "Firearms licensing 2015", "Recommendation", "Assess demand on Firearms Licensing Dept & ensure it has capacity to meet demand and provide efficient, effective service.", "Supt Firearms Licensing", IP, "Demand review complete; 3 x additional enquiry officer posts in recruitment.", ""),
    ("14", ["N15", "N16"], "6013 / 6014", "Firearms licensing 2015", "Recommendation", "Total expired records - all appropriate action taken. Temporary permits - in line with HO guidance, recorded on NFLMS without delay, and no holder left in unlawful possession of a firearm.", "Supt Firearms Licensing", CO, "Both actions closed at Firearms Licensing Board 09/23.", ""),
    ("15", ["F6"], "6702", "National Child Protection 2016", "Cause of concern", "Response to missing & absent children is a CoC - risk assessment for children missing from home inappropriate in some cases; 'absent' used where 'missing' should be.", "Ch Supt Public Protection", IP, "Missing persons improvement plan in place.", ""),
    ("16", ["F7"], "6703", "National Child Protection 2016", "Recommendation", "Review approach to reports of missing children so that:\n- call takers use the missing / absent category appropriately;\n- call takers and frontline staff can identify CSE risk factors and how to respond; and\n- supervisors provide correct oversight of missing person enquiries.", "Ch Supt Public Protection", CO, "Absent category withdrawn 2019; CSE training delivered; Philomena protocol live.", "14/10/2024"),
    ("17", ["F12"], "", "National Child Protection 2016", "Recommendation", "With children's social care, review how we manage detention of children in custody - only detain when absolutely neccessary, early assessment of need for alternative accomodation, record all actions/decisions, timely appropriate adult support.", "Ch Insp Custody", CO, "Concordat signed with both LAs; custody dip-sample shows compliance.", ""),
    ("18", ["F4"], "6947", "CDI 2016", "Recommendation", "Within 6 months put arrangements in place so that:\n• at point of report victims are believed;\n• call handler / caller conversations are summarised accurately in the incident log;\n• multiple crimes are always recorded when described in incident records or other crime investigations;\n• awaiting medical exam / video interview results before crime-recording decisions is stopped.", "Force Crime Registrar", IP, "Crime Data Integrity audit 2024 shows 94% compliance.", ""),
    ("19", ["F8"], "", "PEEL Efficiency 2016", "Area for improvement", "Gain fuller understanding of current & likely future demand so resources can be matched to demand.", "Head of Corporate Development", IP, "Force Management Statement 5 in draft.", ""),
    ("20", ["F9"], "7121", "PEEL Efficiency 2016", "Area for improvement", "Develop understanding of links between outcomes, outputs and costs.", "Director of Finance", CO, "Priority based budgeting adopted.", ""),
    ("21", ["F10"], "7122", "PEEL Efficiency 2016", "Area for improvement", "Develop future workforce plan aligned to demand & budget - resource allocation, skills mix and behaviours.", "Director of People", CO, "Strategic workforce plan 2023-27 approved.", ""),
    ("22", ["F1"], "7415", "PEEL Effectiveness 2016", "Cause of concern", "CoC - response to DA. Discretion policy on DASH completion does not give confidence risk is always assessed; officers not consistently completing DASH where policy requires.", "Det Ch Supt Public Protection", CO, "DA risk policy rewritten; DARA rolled out.", ""),
    ("23", ["F2"], "7416", "PEEL Effectiveness 2016", "Recommendation", "Effective supervision of initial risk assessment, esp. completion of DASH in appropriate cases. Where no DASH, officer to record assessment on crime system.", "Det Ch Supt Public Protection", IP, "Supervisor DASH review compliance being audited.", ""),
    ("24", ["F3"], "7417", "PEEL Effectiveness 2016", "Recommendation", "Improve supervison of investigations - investigation plans set, reviewed & recorded so victims get consistently good service.", "Det Ch Supt Force CID", IP, "Investigative standards board monitoring.", ""),
    ("25", [], "", "PEEL Effectiveness 2016", "Recommendation", "Take steps to understand and address why such a high proportion of DA victims do not support the police investigation.", "Det Ch Supt Public Protection", IP, "Victim withdrawal research with university partner.", ""),
    ("26", ["N18"], "8302", "Stolen Freedom (MSHT) 2017", "Recommendation", "Within 6 months review leadership & governance for MSHT so that: senior leaders prioritise MSHT; every MSHT incident gets appropriate resources; effective partnership arrangements; performance & QA measures in place.", "Det Supt Serious & Organised Crime", IP, "MSHT governance sits under SOC Board.", ""),
    ("27", ["N19"], "8303", "Stolen Freedom (MSHT) 2017", "Recommendation", "Have active ISAs with other agencies for speedy exchange of intelligence, to safeguard victims & identify suspects early.", "Det Supt Serious & Organised Crime", IP, "ISAs agreed with 3 of 4 LAs.", ""),
    ("28", ["N20"], "8304", "Stolen Freedom (MSHT) 2017", "Recommendation", "Victims committing crimes under compulsion to get early & continuing consideration of s45 defence.", "Head of Criminal Justice", CO, "s45 checklist in custody & CPS file build.", ""),
    ("29", ["N21"], "8305", "Stolen Freedom (MSHT) 2017", "Recommendation", "Full compliance with NRM process & duty to notify HO of suspected adult victims (MSA 2015).", "Det Supt Serious & Organised Crime", CO, "DtN compliance 100% for last 4 quarters.", "02/08/2024"),
    ("30", ["N22"], "8306", "Stolen Freedom (MSHT) 2017", "Recommendation", "Comply with NCRS for MSHT offences; sufficient audit capacity for the FCR.", "Force Crime Registrar", IP, "MSHT audit added to FCR plan.", ""),
    ("31", ["N23"], "", "Stolen Freedom (MSHT) 2017", "Recommendation", "MSHT allegations thoroughly investigated & supervised by skilled teams (incl JITs / overseas intel where appropriate).", "Det Supt Serious & Organised Crime", IP, "MSHT investigators' course booked Q4.", ""),
    ("32", ["N25"], "8466", "PEEL Legitimacy 2017", "Recommendation", "By Sept 2018 produce an ambitious plan to improve digitally-enabled services within the force.", "Head of Digital Services", IP, "Digital strategy refresh in progress.", ""),
    ("33", ["N26"], "8541", "PEEL Legit 17 S&S", "Cause of concern", "CoC - forces cannot demonstrate S&S use is consistently reasonable & fair; over-representation of BAME (esp. black) people unexplained.", "Supt Operational Support", IP, "See S&S actions below.", ""),
    ("34a", ["N27"], "8542", "PEEL Legit 17 S&S", "Recommendation", "Monitor S&S data regularly to understand reasons for any disproportionate representation of ethnic groups.", "Supt Operational Support", CO, "Disproportionality in monthly S&S dashboard.", "03/09/2024"),
    ("34b", ["N27"], "8542", "PEEL Legit 17 S&S", "Recommendation", "Monitor how find rates differ between ethnicities & across search types (incl. drug possession vs supply).", "Supt Operational Support", CO, "Find rates by ethnicity & search type published.", "03/09/2024"),
    ("34c", ["N27"], "8542", "PEEL Legit 17 S&S", "Recommendation", "Monitor prevalence of possession-only drug searches and alignment with local / force priorities.", "Head of Performance & Analysis", CO, "Added to quarterly S&S report.", "03/09/2024"),
    ("35", ["N28"], "8543", "PEEL Legit 17 S&S", "Recommendation", "Where disparities found, show the public we have researched the reasons and acted to reduce the disparity.", "Supt Operational Support", CO, "Disparity explainer published on website.", ""),
    ("36", ["N29"], "8544", "PEEL Legit 17 S&S", "Recommendation", "Publish analysis and actions at least annually from July 2018.", "Head of Performance & Analysis", IP, "2024 publication due Dec.", ""),
    ("37", ["N30"], "8545", "PEEL Legit 17 S&S", "Recommendation", "All officers using S&S powers trained on unconscious bias & CoP APP on S&S (ongoing).", "Head of Learning & Development", IP, "86% of frontline trained.", ""),
    ("38", ["F11"], "8957", "PEEL Legitimacy 2017", "Area for improvement", "Revise approach to cautions, cannabis warnings & PNDs - clear & auditable explanation to offender, and for victim-based crime an auditable record that victim's views considered.", "Head of Criminal Justice", IP, "Out of court disposals scrutiny panel reviewing.", ""),
    ("39", ["W7"], "9811", "PEEL 2018/19", "Cause of concern", "CoC - no suitable arrangements to maintain full range of services when the alliance with Warwickshire ends; gaps in skills assessment; weaknesses in investigation & safeguarding.", "DCC", IP, "Alliance exit programme.", ""),
    ("40", ["W0"], "9812", "PEEL 2018/19", "Recommendation", "Review officers' capabilities & capacity to manage investigative workload - understand investigative demand and pressures.", "Det Ch Supt Force CID", CO, "Workload review complete; caseload thresholds agreed.", ""),
    ("41", ["W1"], "9813", "PEEL 2018/19", "Recommendation", "Review with partners the approach to vulnerability to better safeguard vulnerable people.", "Ch Supt Public Protection", IP, "Vulnerability review with safeguarding partnerships.", ""),
    ("42", ["W2"], "9814", "PEEL 2018/19", "Recommendation", "Expand skills project to assess all skills (not just operational) incl. future skills - inform workforce plans.", "Director of People", CO, "Skills audit complete.", ""),
    ("43", ["W3"], "9815", "PEEL 2018/19", "Recommendation", "Agree arrangements with Warwickshire for smooth transition to future operating model with no disruption to public services.", "DCC", IP, "Residual collaboration agreements still being negotiated.", ""),
    ("44", ["W4"], "9816", "PEEL 2018/19", "Recommendation", "Define new operating model - all operational & support services affordable and fit to protect communities of West Mercia.", "DCC", IP, "Operating model go-live phase 2.", ""),
    ("45", ["W6"], "9818", "PEEL 2018/19", "Recommendation", "Regular & active supervision of quality and progress of investigations, properly recorded.", "Det Ch Supt Force CID", IP, "Supervision audit quarterly.", ""),
    ("46", ["W8"], "9819", "PEEL 2018/19", "Cause of concern", "CoC - capacity / capability to investigate crime effectively; failings in how crimes are investigated.", "Det Ch Supt Force CID", IP, "Investigation improvement plan.", ""),
    ("47", ["W9"], "9820", "PEEL 2018/19", "Recommendation", "Improve ability to retrieve digital evidence from phones, computers etc quickly so investigations not delayed.", "Head of Digital Forensics", IP, "Kiosk rollout; backlog 9 weeks.", ""),
    ("48", ["W10"], "9821", "PEEL 2018/19", "Recommendation", "Improve understanding of suspects released under investigation and management of those on bail.", "Det Ch Supt Force CID", CO, "RUI/bail reviewed by Bail Board; Bail Act 2022 changes embedded.", "19/07/2024"),
    ("49a", ["N33"], "10235", "Police powers spotlight (Feb 21)", "Recommendation", "BWV to record the entirety of all S&S encounters incl. traffic stops & use of force.", "Supt Operational Support", CO, "BWV policy updated.", ""),
    ("49b", ["N33"], "10235", "Police powers spotlight (Feb 21)", "Recommendation", "Structured process to review internally a sample of BWV footage, disseminate learning & hold officers to account.", "Supt Operational Support", CO, "Monthly BWV review panel.", ""),
    ("49c", ["N33"], "10235", "Police powers spotlight (Feb 21)", "Recommendation", "Give external scrutiny panel access to samples of BWV of S&S and use of force (with CoP APP safeguards).", "Supt Operational Support", IP, "Information-sharing agreement with panel awaiting sign off.", ""),
    ("50", ["N31"], "", "Police powers spotlight (Feb 21)", "Recommendation", "By July 2022 officers & staff to have effective communication skills in line with National Policing Guidelines on Conflict Management.", "Head of Learning & Development", IP, "Conflict management module in OST.", ""),
    ("51", ["N32"], "10234", "Police powers spotlight (Feb 21)", "Recommendation", "Communication skills reinforced through CPD; supervisors debrief officers using BWV.", "Head of Learning & Development", CO, "Included in PDR / CPD days.", ""),
    ("52", ["N34"], "10236", "Police powers spotlight (Feb 21)", "Recommendation", "HO & NPCC to ensure quality of use of force data for S&S is sufficient for publication.", "Head of Performance & Analysis", NA, "For HO/NPCC - not for force.", ""),
    ("53", ["N35"], "10237", "Police powers spotlight (Feb 21)", "Recommendation", "Effective internal monitoring of use of force to identify & understand disproportionate use, explain reasons and take action.", "Supt Operational Support", IP, "UoF dashboard in development.", ""),
    ("54", ["P1"], "", "PEEL 2021/22", "Area for improvement", "Sufficient resources in the control room to meet its resourcing model & demand, taking account of workforce wellbeing.", "Supt Contact Centre", IP, "OCC uplift of 14 call handlers.", ""),
    ("55", ["P2"], "11453", "PEEL 2021/22", "Area for improvement", "Improve understanding of RUI suspects and management of those on bail.", "Det Ch Supt Force CID", IP, "RUI reduction plan - see also PEEL 18/19.", ""),
    ("56", ["P3"], "11454", "PEEL 2021/22", "Area for improvement", "Access to accurate data & analysis to support performance management.", "Head of Performance & Analysis", CO, "Power BI performance suite launched.", "26/06/2024"),
    ("57", ["P4"], "", "PEEL 2021/22", "Area for improvement", "All performance management processes effective.", "Head of Performance & Analysis", IP, "Performance framework review.", ""),
    ("58", [], "", "Vetting", "Recommendation", "Ensure all staff have at least lowest level vetting clearance asap - clear backlog and renewals so fully compliant with national vetting guidelines.", "Head of Professional Standards", IP, "Vetting backlog down to 212.", ""),
]

# per-item notes for the truth file's "why"
NOTE = {
    "N3": "2013 S&S 'explaining to the public … elected local policing bodies' item. The only tracker row with this ask (No. 3, ref 5310) is filed under 'Stop & search powers 2 (2015)', names the PCC, and carries ref 5310 = RecordId 5310 (the 2015 item). Nothing in the tracker holds the 2013 version, so nobody owns it",
    "N7": "austerity item on reducing frontline workforce: no tracker row mentions front-line workforce proportion (NFA on HMICFRS, but still on the list and not in the tracker)",
    "N17": "firearms item on identifying certificate holders before attendance (new, Awaiting review): no tracker row covers it; the combined firearms row (No. 14) covers only 'total expired' and 'temporary permits'",
    "N24": "MSHT preventative powers under the Modern Slavery Act: no tracker row mentions preventative orders",
    "F5": "CDI 2016 AFI 'provide call-handlers with … criteria … threat, harm and risk' is the same ask as the 2014 Core Business item 4822; the only tracker row with that ask is filed under 'Core Business 2014' with ref 4822, so it belongs to 4822 and this CDI AFI has no row",
    "W5": "PEEL 2018/19 'consult with the public about business planning': the tracker runs 9812-9816 then 9818, skipping 9817; no row mentions consultation",
    "N6": "text matches (collaboration savings, 'HMIC will follow up in the autumn') but the tracker says 'less than 15%' where HMICFRS says 'less than 10%': a figure disagrees",
    "N18": "MSHT leadership & governance, all four bullets present, but tracker says 'Within 6 months' and HMICFRS 'Within twelve months': timescale disagrees",
    "N25": "text is the 2017 efficiency overview's digital plan (ref 8466 matches) but the tracker files it under 'PEEL Legitimacy 2017' while HMICFRS has 'PEEL: Police efficiency 2017': report disagrees",
    "F3": "investigation supervision item, ref 7417 matches and the text matches, but HMICFRS types it 'Area for improvement' and the tracker 'Recommendation': type disagrees",
    "F4": "CDI victims-believed item (ref 6947): HMICFRS has five bullets, the tracker copy has four; the bullet on triaging online reports of crime is missing",
    "F11": "cautions / cannabis warnings / PNDs AFI: text matches the only such HMICFRS item (RecordId 8975) but the tracker's ref is 8957 (digits transposed; no 8957 on the list): reference disagrees",
    "N15": "tracker No. 14 (Excel row 17) holds two firearms items (refs '6013 / 6014', 'Total expired … Temporary permits …'): this line is 6013 total expired",
    "N16": "tracker No. 14 (Excel row 17) holds two firearms items (refs '6013 / 6014'): this line is 6014 temporary permits",
    "N27": "the force split the 2017 S&S monitoring recommendation into its three bullets (No. 34a/34b/34c, all ref 8542)",
    "N33": "the force split the 2021 body-worn video recommendation into its three paragraphs (No. 49a/49b/49c, all ref 10235)",
    "N34": "Home Office/NPCC item: force marks it 'Closed - N/A (not for force)', which is a done state; HMICFRS 'No further action required' is closed",
    "N11": "2015 S&S 'in consultation with police and crime commissioners' item; tracker row names the PCC, files it under 'Stop & search powers 2 (2015)' and carries ref 5310",
    "N9": "Core Business THR criteria item, ref 4822 and 'Core Business 2014' on the tracker row",
    "N19": "HMICFRS text carries the stray footnote digit '86'; tracker abridges ('ISAs') but the ask is the same",
    "P2": "PEEL 2021/22 RUI AFI (ref 11453); not to be confused with the 2018/19 RUI recommendation 9821 on tracker No. 48",
    "W10": "PEEL 2018/19 RUI recommendation (ref 9821); not to be confused with the 2021/22 RUI AFI 11453 on tracker No. 55",
    "N4": "DA action plan (2321); HMICFRS text has the stray footnote '20' and multi-line bullets",
}
X_NOTE = {
    "8": "Core Business 2014 'crime prevention or disruption activity … recorded and evaluated': HMICFRS's list holds only the other Core Business item (4822); this one is not on it",
    "25": "'understand why such a high proportion of DA victims do not support the investigation': no such item on the HMICFRS list (the 2016 effectiveness items listed are 7415-7417)",
    "58": "vetting backlog recommendation with no report and no ref; no vetting item on the HMICFRS list",
}


def hstate(code):
    return "open" if code in OPEN else "closed"


def build():
    out = HERE / CASE
    out.mkdir(exist_ok=True)
    for p in out.iterdir():
        p.unlink()

    # ---------------- HMICFRS side -------------------------------------------------------
    hkey_row = {}
    order = sorted(H, key=lambda h: (REPORTS[h[1]][1], REPORTS[h[1]][0], h[2]))
    tb2 = "HMICFRS Monitoring Portal – Definitive List (Force)"
    tb5 = "Force: " + FORCE
    tb9 = ("Run " + RUN.strftime("%d/%m/%Y") + " 08:17:42. Open items and items closed in the "
           "previous 12 months.")
    lines = []
    lines.append(["Textbox2", "Textbox5", "Textbox9", "StatusName", "Textbox21"])
    for code in ["AR", "BP", "C", "S", "NFA"]:
        lines.append([tb2, tb5, tb9, STAT[code], str(sum(1 for h in H if h[6] == code))])
    lines.append(None)  # the blank line between peer data regions
    lines.append(["Textbox2", "Textbox5", "Textbox9", "ReportTitle", "PublishedDate", "RecordId",
                  "ParentRecordId", "Textbox47", "RecommendationText", "CurrentStatus",
                  "StatusDate", "DaysAtStatus"])
    first = len(lines) + 1
    for i, h in enumerate(order):
        key, rep, rid, parent, typ, text, st, sd = h
        title, pub = REPORTS[rep]
        assert sd >= pub
        lines.append([tb2, tb5, tb9, title, pub.strftime("%d %b %Y"), str(rid),
                      "" if parent is None else str(parent), typ, text, STAT[st],
                      sd.strftime("%d/%m/%Y") + " 00:00:00", str((RUN - sd).days)])
        hkey_row[key] = first + i
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for ln in lines:
        if ln is None:
            buf.write("\r\n")
        else:
            w.writerow(ln)
    (out / "hmicfrs.csv").write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))

    # ---------------- force side ---------------------------------------------------------
    wb = xlsxwriter.Workbook(str(out / "tracker.xlsx"))
    wb.set_properties({"title": "HMICFRS recommendations tracker", "author": "Organisational Learning",
                       "company": "West Mercia Police", "created": datetime(2024, 10, 29, 9, 0, 0)})
    ws = wb.add_worksheet("HMICFRS Tracker")
    bold = wb.add_format({"bold": True, "font_size": 14})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                         "text_wrap": True, "border": 1, "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    fills = {IP: "#FFC000", CO: "#92D050", SUB: "#00B0F0", NA: "#D9D9D9", NS: "#FF0000"}
    sfmt = {k: wb.add_format({"bg_color": v, "valign": "top", "border": 1}) for k, v in fills.items()}
    ws.write(0, 0, "West Mercia Police – HMICFRS Recommendations, AFIs and Causes of Concern – "
             "tracker (Organisational Learning & Assurance)", bold)
    ws.write(1, 0, "Working copy for JAC 26 November 2024. Status key: Not started / In progress / "
             "Complete / Submitted for closure / Closed - N/A (not for force).")
    heads = ["No.", "HMICFRS Ref", "Report", "Type", "Recommendation / AFI", "Lead",
             "Status", "Latest update", "Submitted for closure"]
    widths = [6, 12, 30, 20, 80, 28, 22, 50, 14]
    for c, (hname, wd) in enumerate(zip(heads, widths)):
        ws.write(2, c, hname, hdr)
        ws.set_column(c, c, wd)
    frow = {}
    for i, r in enumerate(F):
        no, keys, ref, rep, typ, text, lead, st, upd, sub = r
        x = 3 + i
        ws.write_string(x, 0, no, wrap)
        ws.write_string(x, 1, ref, wrap) if ref else ws.write_blank(x, 1, None, wrap)
        ws.write_string(x, 2, rep, wrap)
        ws.write_string(x, 3, typ, wrap)
        ws.write_string(x, 4, text, wrap)
        ws.write_string(x, 5, lead, wrap)
        ws.write_string(x, 6, st, sfmt[st])
        ws.write_string(x, 7, upd, wrap)
        if sub:
            d, m, y = (int(p) for p in sub.split("/"))
            ws.write_datetime(x, 8, datetime(y, m, d), dfmt)
        else:
            ws.write_blank(x, 8, None, dfmt)
        frow[no] = x + 1
    ws.freeze_panes(3, 0)
    ws.autofilter(2, 0, 2 + len(F), len(heads) - 1)
    wb.close()

    # ---------------- truth --------------------------------------------------------------
    hk = {h[0]: h for h in H}
    rows_for = {}
    for r in F:
        for k in r[1]:
            rows_for.setdefault(k, []).append(r)
    truth = []
    for h in order:
        key, rep, rid, parent, typ, text, st, sd = h
        hr = f"hmicfrs.csv!{hkey_row[key]}"
        hs = hstate(st)
        frs = rows_for.get(key, [])
        note = NOTE.get(key, "")
        if not frs:
            truth.append((hr, "", "missing_from_force",
                          f"RecordId {rid} ({STAT[st][4:]}): {note or 'no tracker row has this ask'}"))
            continue
        fdone = all(r[7] in DONE for r in frs)
        conflict = key in {"N6", "N18", "N25", "F3", "F4", "F11"}
        if conflict:
            cat = "conflict"
        elif hs == "open" and fdone:
            cat = "closeable_submit"
        elif hs == "closed" and not fdone:
            cat = "closeable_local"
        else:
            cat = "in_sync"
        for r in frs:
            fr = f"HMICFRS Tracker!{frow[r[0]]}"
            parts = f"HMICFRS '{STAT[st][4:]}' ({hs}); tracker '{r[7]}'"
            if len(frs) > 1:
                parts += f"; item done only when all {len(frs)} parts are: " + ", ".join(
                    f"{q[0]}={q[7]}" for q in frs) + (" -> done" if fdone else " -> open")
            how = f"RecordId {rid}: matched tracker No. {r[0]} (Excel row {frow[r[0]]})"
            if r[2]:
                how += f" (ref '{r[2]}')"
            how += f" by {'report and text' if not note else 'text'}"
            why = f"{how}; {parts}" + (f"; {note}" if note else "")
            truth.append((hr, fr, cat, why))
    for r in F:
        if not r[1]:
            truth.append(("", f"HMICFRS Tracker!{frow[r[0]]}", "not_on_hmicfrs_list",
                          f"tracker No. {r[0]} (report '{r[3]}', no HMICFRS ref, {r[7]}): {X_NOTE[r[0]]}"))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    (out / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")

    counts = {}
    for t in truth:
        counts[t[2]] = counts.get(t[2], 0) + 1
    (out / "README.md").write_text(readme(order, hkey_row, frow, counts, len(truth)), encoding="utf-8")
    return hkey_row, frow, counts


def readme(order, hkey_row, frow, counts, ntruth):
    last_h = max(hkey_row.values())
    last_f = max(frow.values())
    cats = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
            "not_on_hmicfrs_list", "review"]
    ctab = "\n".join(f"| {c} | {counts.get(c, 0)} |" for c in cats)
    multi = [h for h in order if "\n" in h[5]]
    mlist = ", ".join(f"row {hkey_row[h[0]]} (RecordId {h[2]})" for h in multi)
    return README.format(last_h=last_h, last_f=last_f, ctab=ctab, ntruth=ntruth,
                         nh=len(H), nf=len(F), mlist=mlist, case=CASE,
                         r=hkey_row)


README = """# {case}

## Story

West Mercia Police's Force Liaison Lead (FLL) at HMICFRS no longer sends a spreadsheet. Before
each Joint Audit Committee the FLL opens the *Definitive List (Force)* report on HMICFRS's
monitoring portal — a paginated report served by a report server — and uses the report's
**Export → CSV (comma delimited)** button, then e-mails the file to the force's Organisational
Learning & Assurance team. The report server's CSV renderer does not export what the page shows:
it flattens the report's object model. So the analyst receives a file whose column names are the
report designer's text-box names, whose page title, force name and run stamp are repeated on
every record, whose small "count by status" table (a peer data region above the detail table)
comes first with its own header line, followed by a blank line, and only then the detail
header and the items. Dates come out in whatever the text box's Format property says (one
formatted, one not). Statuses come from the portal's status lookup as "code - name". The force
side is the team's ordinary Excel tracker.

## Files

### `hmicfrs.csv` (the definitive list; UTF-8 with BOM, CRLF records, comma, `"` qualifier only where needed)

| Excel row | what it is |
|---|---|
| 1 | header of the status-summary data region: `Textbox2,Textbox5,Textbox9,StatusName,Textbox21` |
| 2–6 | the summary: one line per status ("1 - Awaiting review" … "5 - No further action required") with a count |
| 7 | empty line: the renderer's separator between peer data regions |
| 8 | header of the detail data region (the real header) |
| 9–{last_h} | {nh} items, one record each |

Detail columns (row 8): `Textbox2` (page title, same on every record), `Textbox5` ("Force: West
Mercia Police"), `Textbox9` (run stamp "Run 04/11/2024 08:17:42. Open items and items closed in the
previous 12 months."), `ReportTitle` (the report group, repeated on each of its items),
`PublishedDate` ("09 Jul 2013": the text box had a format), `RecordId` (the register's plain
integer id, e.g. 2321, 4822, 902, 8541), `ParentRecordId` (the cause of concern a recommendation
belongs to, else empty), `Textbox47` (the item type — Recommendation / Area for improvement /
Cause of concern / National recommendation — the designer never renamed that text box),
`RecommendationText`, `CurrentStatus` ("2 - Being progressed" etc.), `StatusDate`
("31/07/2018 00:00:00": no format on that text box, so the raw datetime), `DaysAtStatus`
(a calculated integer).

Items are grouped by report in order of publication (2013 → 2022), and by RecordId within a
report. Texts are verbatim HMICFRS wording; several hold line breaks inside a quoted field, so
the file has more physical lines than Excel rows: {mlist}. Each of these is still **one** Excel
row and the provenance counts it once.

### `tracker.xlsx` (the force's tracker)

One sheet, `HMICFRS Tracker`. Row 1 title, row 2 a working-copy note with the status key, row 3
header, rows 4–{last_f} items ({nf} rows). Columns: `No.` (the tracker's own running number; split
rows are 34a/34b/34c and 49a/49b/49c), `HMICFRS Ref` (the portal RecordId, typed in for most rows,
blank for some, "6013 / 6014" for one combined row, and mistyped once), `Report` (the force's
own short names: "PEEL 2018/19", "Stolen Freedom (MSHT) 2017", "Police powers spotlight (Feb 21)"),
`Type`, `Recommendation / AFI` (abridged, abbreviated: S&S, MSHT, ISAs, BWV, CoP, RUI; a few
misspellings), `Lead`, `Status` (Not started / In progress / Complete / Submitted for closure /
Closed - N/A (not for force); cell filled by status), `Latest update`, `Submitted for closure`
(real dates, dd/mm/yyyy). Done = Complete, Submitted for closure, Closed - N/A.

### `truth.csv`

`hmicfrs_row,force_row,category,why`; {ntruth} lines. Provenance `hmicfrs.csv!N` and
`HMICFRS Tracker!N`.

## What the layout brings (HMICFRS side)

1. **The real header is on row 8, not row 1.** Row 1 is a header too, of another table (the
   status summary, rows 2–6). A reader that takes row 1 as the header gets five columns and
   nothing recognisable; rows 2–6 look like data but are counts.
2. **Header words are text-box names.** `Textbox47` holds the type; `Textbox2/5/9` hold
   constants. Only `RecommendationText`, `CurrentStatus`, `RecordId`, `ReportTitle`,
   `PublishedDate`, `StatusDate` say what they are.
3. **Constant columns repeated on every record** (title, force, run stamp): not data.
4. **Status as "code - name"** from the portal's lookup: "1 - Awaiting review", "2 - Being
   progressed" (open); "3 - Complete", "4 - Superseded", "5 - No further action required"
   (closed).
5. **Two date renderings**: `PublishedDate` "24 Oct 2017", `StatusDate` "20/01/2020 00:00:00".
6. **Multi-line quoted fields** (bullets) — Excel row ≠ physical line.
7. **Parent links**: causes of concern (RecordIds 6702, 7415, 8541, 9811, 9819) and their
   recommendations (`ParentRecordId`). Each cause of concern is an item in its own right.
8. **Items closed in the last 12 months are still on the list**, so closed statuses are common.
9. Row 7 is an empty record between the two tables.

## Traps and how the truth decides them

- **Same ask, two reports.** Core Business 2014 (RecordId 4822, row {r[N9]}) and the CDI 2016
  AFI (6948, row {r[F5]}) both ask for call-handler threat/harm/risk criteria. The tracker has one row,
  filed "Core Business 2014" with ref 4822 → N9 matched; the CDI AFI is `missing_from_force`.
- **Same ask, two S&S reports.** 2013 "elected local policing bodies" (1189, row {r[N3]}) vs 2015
  "police and crime commissioners" (5310, row {r[N11]}). The tracker row names the PCC, says 2015, ref
  5310 → 2015 item matched; the 2013 item is `missing_from_force`.
- **RUI twice.** PEEL 2018/19 rec 9821 (row {r[W10]}) and PEEL 2021/22 AFI 11453 (row {r[P2]}); the tracker has one
  row for each, told apart by report and ref: 9821 Complete → `closeable_submit`; 11453 In progress → `in_sync`.
- **One tracker row, two items**: tracker row 17 (No. 14, refs "6013 / 6014") holds the
  'total expired' and 'temporary permits' firearms items; HMICFRS has 6013 Complete and 6014 Being
  progressed → two truth lines with the same force row: `in_sync` and `closeable_submit`.
- **Split rows**: 8542 (S&S monitoring, three bullets) → tracker 34a/34b/34c all Complete →
  item done → three `closeable_submit` lines. 10235 (BWV, three paragraphs) → 49a/49b Complete,
  49c In progress → item still open → three `in_sync` lines.
- **Conflicts** (six): figure (3905, "15%" vs "10%"); timescale (8302, "Within 6 months" vs
  "Within twelve months"); report (8466 filed under PEEL Legitimacy 2017, HMICFRS says PEEL
  efficiency 2017); type (7417 AFI vs "Recommendation"); missing bullet (6947, online-reports
  triage bullet absent); reference (8975 typed "8957").
- **"Closed - N/A (not for force)"** on the Home Office/NPCC item 10236, HMICFRS "No further
  action required" → both closed → `in_sync`.
- **Stray footnote digits** in HMICFRS text ("intelligence 86 and", "another force; and 20"):
  ignored by a reader; those items match normally.
- **Not on the HMICFRS list**: tracker No. 8 (Core Business crime-prevention recording), No. 25
  (DA victims not supporting investigations), No. 58 (vetting backlog).
- **Tracker skips 9817** (PEEL 2018/19 public consultation): `missing_from_force`.

No `review` lines: every pair is decided by ref, report and text together.

## Counts

| category | lines |
|---|---|
{ctab}

HMICFRS items: {nh} (each at least once in the truth). Tracker item rows: {nf} (row 17 twice).

## Rows that are not items

- `hmicfrs.csv` rows 1–6: the status-summary data region (its header and five count lines).
- `hmicfrs.csv` row 7: empty separator line between data regions.
- `hmicfrs.csv` row 8: the detail header.
- `tracker.xlsx` `HMICFRS Tracker` row 1 (title), row 2 (working-copy note and status key),
  row 3 (header).

## Checks run

- Every HMICFRS item row (9–{last_h}) appears in `truth.csv` at least once; every tracker item row
  (4–{last_f}) appears once, row 17 twice (two items); no other rows appear.
- `hmicfrs.csv` read back with pandas (`skiprows=7`, utf-8-sig) gives {nh} records; Python's csv
  module confirms the record numbering of every item, multi-line fields included.
- `tracker.xlsx` read back with openpyxl and pandas (`header=2`): {nf} rows.
- Two builds byte-identical (sha256 of all four files).
"""

if __name__ == "__main__":
    build()
