"""Builder for evaluation case `pentana_audit_findings_actions` (round 85, case A).

The force side is an Ideagen Pentana Audit "Findings and Actions" list export: HMICFRS reports
are held as Audits under a dummy entity, each HMICFRS item as a Finding, and the force's agreed
actions as child Action records. The HMICFRS side is the register's ordinary definitive-list
export. Every HMICFRS text below is real public wording (Open Government Licence), copied as a
literal from the project's text lists (/work/main/reconcile/casegen/texts/ and
/work/shared/data/real_recommendations.csv).

Run: /work/main/.venv/bin/python /tmp/indep85/build_pentana_audit_findings_actions.py
Writes /tmp/indep85/pentana_audit_findings_actions/ (hmicfrs.xlsx, tracker.xlsx, truth.csv,
README.md), byte for byte the same on every run.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import re

import xlsxwriter

CASE = "pentana_audit_findings_actions"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), CASE)
FORCE = "West Mercia Police"

# ---------------------------------------------------------------------------------------------
# Texts (literals; keys are this builder's own).
# ---------------------------------------------------------------------------------------------
TEXTS = {
    'austerity_1': "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews",
    'austerity_2': 'Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.',
    'austerity_3': 'Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.',
    'austerity_4': 'In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.',
    'core_1': 'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.',
    'core_2': 'By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.',
    'efc17_1': "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.",
    'everyone_1': "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.",
    'firearms_1': 'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.',
    'firearms_2': 'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.',
    'firearms_3': 'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.',
    'firearms_4': 'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.',
    'firearms_5': 'Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.',
    'integrity_1': 'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.',
    'leg17_1': 'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.',
    'leg17_2': 'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.',
    'leg17_3': 'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;',
    'leg17_4': 'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.',
    'leg17_5': 'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.',
    'picture_1': 'By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.',
    'powers_1': 'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.',
    'powers_2': 'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.',
    'powers_3': 'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.',
    'powers_4': 'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.',
    'powers_5': 'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.',
    'sas13_1': 'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.',
    'sas13_2': 'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.',
    'sas13_3': 'Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.',
    'sas15_1': 'Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.',
    'stolen_1': 'Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.',
    'stolen_2': 'Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible',
    'stolen_3': 'Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.',
    'stolen_4': 'Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.',
    'stolen_5': 'Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.',
    'stolen_6': 'Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).',
    'stolen_7': 'Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.',
    'e1': "The force's response to domestic abuse is a cause of concern to HMIC. The force policy which allows an officer discretion to complete a DASH risk assessment in some crimes and incidents does not provide confidence that risk is always assessed appropriately. In cases where a DASH risk assessment is not completed the officer should record an assessment on the crime management system. HMIC found that officers are not consistently completing a DASH in circumstances where force policy requires that they should do so. This means that some victims of domestic abuse who may be at risk of harm are not being appropriately risk-assessed.",
    'e2': 'To address this cause of concern, HMIC recommends the force should immediately take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.',
    'e3': 'The force should improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service.',
    'e4': 'The force should make sure it has enough specialist capacity and capability to investigate online child sexual abuse.',
    'g1': 'The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.',
    'g2': 'The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public',
    'g3': 'The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.',
    'k1': 'The force should make sure it provides a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.',
    'k2': 'The force should review how it gathers and uses equality and diversity data to improve its understanding of its workforce demographics.',
    'k3': 'The size of the vetting backlog within West Mercia Police is a cause of concern.',
    'k4': 'The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.',
    'n1': 'Within six months the force should review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately;\n• call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and\n• supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action.',
    'n2': 'Within six months West Mercia Police should, in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff comply with their statutory duties to complete detention certificates if a child is detained for any reason in police custody following charge;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested.',
    'n2_force4': 'Within six months West Mercia Police should, in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested.',
    'n3': 'The force should improve how it works with partner organisations to safeguard people at risk from child sexual exploitation.',
    'coc1': 'The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.',
    'r0': 'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and',
    'r1': 'HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.',
    'r2': 'HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;',
    'r3': 'HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and',
    'r4': 'HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;',
    'r5': 'HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.',
    'coc2': 'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.',
    'r6': 'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;',
    'r9': 'HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;',
    'r10': 'HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;',
    'd1': 'Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.',
    'd2': 'The force should make sure it records reports of hate crime accurately and without delay.',
    'd3': 'The force should make sure it records reports of stalking and harassment accurately and without delay.',
    'q1': 'The force should improve the timeliness of its response to calls for service involving domestic abuse.',
    'q2': 'The force should make sure victims of rape and serious sexual offences are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime.',
    'q3': 'The force should improve its understanding of the nature and scale of county lines drug dealing in its area.',
    'q4': 'The force should make sure its analysis of serious and organised crime informs its strategic assessment and control strategy.',
    'q5': 'The force should make sure officers and staff have the training they need to identify and respond to vulnerable adults.',
    'q6': 'The force should develop a problem-solving approach to anti-social behaviour, working with local communities and partners.',
    'q8': 'The force should make sure it consistently uses ancillary orders and other powers to protect victims of stalking and harassment.',
    'q7': 'The force should make sure it has access to accurate data and analysis to support effective performance management.',
    'x1': 'The force should revise its approach to cautions, cannabis warning and penalty notices for disorder to ensure that there is a clear and auditable explanation to the offender of the implications of receiving the warning and that, for victim-based crimes, there is a clear and auditable record that views of the victim are considered prior to their issue.',
    'x2': 'Internal audit of the counter-corruption governance arrangements (audit plan 2023/24)',
    'x3': 'Dip-sample 50 rape and serious sexual offences crime reports each quarter and report findings to the Crime Standards Board',
    'x4': 'Refresh the county lines drug dealing problem profile and add it to the control strategy',
}

D = dt.date
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")
H_OPEN = {"Awaiting review", "Being progressed"}
H_CLOSED = {"Complete", "Superseded", "No further action required"}

# ---------------------------------------------------------------------------------------------
# HMICFRS side: reports (title, published) and items (key, type, status, status date).
# ---------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", D(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse", D(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of "
             "police time", D(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide "
                  "the capability to tackle corruption in policing", D(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", D(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management", D(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
                 "licensing in police forces in England and Wales", D(2015, 9, 15)),
    "eff16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", D(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9)),
    "efy17": ("PEEL: Police efficiency 2017", D(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12)),
    "lgf17": ("PEEL: Police legitimacy 2017", D(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", D(2018, 6, 21)),
    "peel19": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2)),
    "cdi19": ("Crime data integrity inspection 2019", D(2019, 9, 12)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of "
               "force", D(2021, 2, 26)),
    "peel22": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 5, 19)),
}

# (key, report, type, HMICFRS status, status date) in register order within each report.
H_ITEMS = [
    ("sas13_1", "sas13", NAT, "Complete", D(2015, 6, 30)),
    ("sas13_2", "sas13", NAT, "Superseded", D(2017, 12, 12)),
    ("sas13_3", "sas13", NAT, "Complete", D(2016, 2, 18)),
    ("everyone_1", "everyone", NAT, "Complete", D(2015, 3, 31)),
    ("austerity_1", "austerity", NAT, "No further action required", D(2017, 10, 31)),
    ("austerity_2", "austerity", NAT, "No further action required", D(2017, 10, 31)),
    ("austerity_3", "austerity", NAT, "No further action required", D(2017, 10, 31)),
    ("austerity_4", "austerity", NAT, "No further action required", D(2017, 10, 31)),
    ("core_1", "core", NAT, "Complete", D(2016, 1, 14)),
    ("core_2", "core", NAT, "Awaiting review", D(2018, 4, 27)),
    ("integrity_1", "integrity", NAT, "Complete", D(2016, 5, 9)),
    ("sas15_1", "sas15", NAT, "Being progressed", D(2023, 6, 14)),
    ("picture_1", "picture", NAT, "Being progressed", D(2019, 2, 7)),
    ("firearms_1", "firearms", NAT, "Complete", D(2016, 9, 22)),
    ("firearms_2", "firearms", NAT, "Being progressed", D(2018, 11, 5)),
    ("firearms_3", "firearms", NAT, "Complete", D(2016, 9, 22)),
    ("firearms_4", "firearms", NAT, "Being progressed", D(2018, 11, 5)),
    ("firearms_5", "firearms", NAT, "Awaiting review", D(2016, 3, 1)),
    ("e1", "eff16", COC, "Superseded", D(2019, 5, 2)),
    ("e2", "eff16", REC, "Superseded", D(2019, 5, 2)),
    ("e3", "eff16", AFI, "Complete", D(2018, 3, 22)),
    ("e4", "eff16", AFI, "Being progressed", D(2021, 8, 3)),
    ("stolen_1", "stolen", NAT, "Being progressed", D(2022, 1, 20)),
    ("stolen_2", "stolen", NAT, "Complete", D(2019, 7, 11)),
    ("stolen_3", "stolen", NAT, "Being progressed", D(2022, 1, 20)),
    ("stolen_4", "stolen", NAT, "Being progressed", D(2022, 1, 20)),
    ("stolen_5", "stolen", NAT, "Awaiting review", D(2017, 10, 24)),
    ("stolen_6", "stolen", NAT, "Complete", D(2019, 7, 11)),
    ("stolen_7", "stolen", NAT, "Being progressed", D(2022, 1, 20)),
    ("efc17_1", "efc17", NAT, "Being progressed", D(2020, 2, 13)),
    ("g1", "efy17", AFI, "Complete", D(2019, 5, 2)),
    ("g2", "efy17", AFI, "No further action required", D(2019, 5, 2)),
    ("g3", "efy17", AFI, "Being progressed", D(2021, 8, 3)),
    ("leg17_1", "leg17", COC, "Being progressed", D(2023, 6, 14)),
    ("leg17_2", "leg17", NAT, "Complete", D(2021, 3, 18)),
    ("leg17_3", "leg17", NAT, "Awaiting review", D(2017, 12, 12)),
    ("leg17_4", "leg17", NAT, "Awaiting review", D(2017, 12, 12)),
    ("leg17_5", "leg17", NAT, "Complete", D(2021, 3, 18)),
    ("k1", "lgf17", AFI, "Complete", D(2019, 5, 2)),
    ("k2", "lgf17", AFI, "Being progressed", D(2021, 8, 3)),
    ("k3", "lgf17", COC, "Complete", D(2020, 10, 29)),
    ("k4", "lgf17", REC, "Being progressed", D(2023, 6, 14)),
    ("n1", "ncpi18", REC, "Being progressed", D(2020, 1, 16)),
    ("n2", "ncpi18", REC, "Awaiting review", D(2018, 6, 21)),
    ("n3", "ncpi18", AFI, "Being progressed", D(2020, 1, 16)),
    ("coc1", "peel19", COC, "Being progressed", D(2021, 8, 3)),
    ("r0", "peel19", REC, "Complete", D(2021, 8, 3)),
    ("r1", "peel19", REC, "Being progressed", D(2021, 8, 3)),
    ("r2", "peel19", REC, "Being progressed", D(2021, 8, 3)),
    ("r3", "peel19", REC, "Complete", D(2020, 1, 16)),
    ("r4", "peel19", REC, "Complete", D(2021, 8, 3)),
    ("r5", "peel19", REC, "Being progressed", D(2021, 8, 3)),
    ("coc2", "peel19", COC, "Being progressed", D(2021, 8, 3)),
    ("r6", "peel19", REC, "Being progressed", D(2021, 8, 3)),
    ("r9", "peel19", REC, "Being progressed", D(2021, 8, 3)),
    ("r10", "peel19", REC, "Awaiting review", D(2019, 5, 2)),
    ("d1", "cdi19", REC, "Complete", D(2022, 11, 24)),
    ("d2", "cdi19", AFI, "Being progressed", D(2021, 4, 8)),
    ("d3", "cdi19", AFI, "Being progressed", D(2021, 4, 8)),
    ("powers_1", "powers", NAT, "Being progressed", D(2023, 2, 9)),
    ("powers_2", "powers", NAT, "Being progressed", D(2023, 2, 9)),
    ("powers_3", "powers", NAT, "Being progressed", D(2023, 2, 9)),
    ("powers_4", "powers", NAT, "Awaiting review", D(2021, 2, 26)),
    ("powers_5", "powers", NAT, "Being progressed", D(2023, 2, 9)),
    ("q1", "peel22", AFI, "Being progressed", D(2023, 9, 28)),
    ("q2", "peel22", AFI, "Being progressed", D(2023, 9, 28)),
    ("q3", "peel22", AFI, "Being progressed", D(2023, 9, 28)),
    ("q4", "peel22", AFI, "Awaiting review", D(2022, 5, 19)),
    ("q5", "peel22", AFI, "Awaiting review", D(2022, 5, 19)),
    ("q6", "peel22", AFI, "Awaiting review", D(2022, 5, 19)),
    ("q7", "peel22", AFI, "Being progressed", D(2023, 9, 28)),
    ("q8", "peel22", AFI, "Being progressed", D(2023, 9, 28)),
]


def assign_ids() -> dict[str, int]:
    """Register IDs: plain integers, unique across the register, rising within a report."""
    rng = random.Random(20240212)
    bands = {"sas13": 1100, "everyone": 2300, "austerity": 3500, "core": 4800, "integrity": 900,
             "sas15": 5100, "picture": 5600, "firearms": 6100, "eff16": 7200, "stolen": 8100,
             "efc17": 8400, "efy17": 8430, "leg17": 8530, "lgf17": 8580, "ncpi18": 9050,
             "peel19": 9600, "cdi19": 10100, "powers": 11300, "peel22": 12400}
    ids: dict[str, int] = {}
    cur: dict[str, int] = {}
    for key, rep, *_ in H_ITEMS:
        cur[rep] = cur.get(rep, bands[rep] + rng.randint(0, 40)) + rng.randint(1, 6)
        ids[key] = cur[rep]
    assert len(set(ids.values())) == len(ids)
    return ids


IDS = assign_ids()

# ---------------------------------------------------------------------------------------------
# Force side: Pentana Audit records.
# ---------------------------------------------------------------------------------------------
DONE_RES = {"Implemented", "No Longer Applicable"}


def plain(s: str) -> str:
    """Rich text to Pentana's *_Plain text: Word bullets come out as a middle dot and a tab."""
    s = re.sub(r"[ \t]*\n*[ \t]*•[ \t]*", "\n·\t", s)
    s = re.sub(r"\n{2,}", "\n", s)
    return s


def act(title, owner, orig, cur=None, impl=None, res="", rescomm="", upd="", updcomm="",
        desc="", tracked="Yes"):
    return dict(title=title, owner=owner, orig=orig, cur=cur or orig, impl=impl, res=res,
                rescomm=rescomm, upd=upd, updcomm=updcomm, desc=desc, tracked=tracked)


def fnd(ref, keys, title, cat, rec, *, desc="", recid="auto", response="Accepted", rating="Medium",
        owner="", actions=(), flags=None, why=None, kind="finding"):
    """keys: HMICFRS item keys this row holds (several = one row holds several items, a key
    repeated on several rows = a split); flags: key -> conflict reason; why: key -> text."""
    return dict(ref=ref, keys=list(keys), title=title, cat=cat, rec=rec, desc=desc, recid=recid,
                response=response, rating=rating, owner=owner, actions=list(actions),
                flags=flags or {}, why=why or {}, kind=kind)


P = {  # people as Pentana shows them
    "acc": "Whitfield, Mark", "psd": "Osei, Grace", "crime": "Brennan, Paul", "fcr": "Lloyd, Sian",
    "occ": "Hussain, Imran", "ppu": "Parry, Dawn", "fel": "Kowalski, Adam", "people": "Greaves, Helen",
    "corp": "Tandy, Rob", "lnd": "Mbeki, Ruth", "cust": "Fairclough, Tom", "intel": "Doyle, Kerry",
    "info": "Sharma, Neil", "aim": "Ellis, Jane", "fin": "Rowlands, Claire", "dcc": "Abbott, Simon",
}

T = TEXTS
cut500 = lambda s: s[:500]  # Pentana Title is a 500-character field

AUDITS = []


def audit(ref, title, cat, owner, desc, findings):
    AUDITS.append(dict(ref=ref, title=title, cat=cat, owner=owner, desc=desc, findings=findings))


NATCAT, FORCECAT = "HMICFRS - National thematic", "HMICFRS - Force inspection"

audit("HMI/13/01", "Stop & Search powers (HMIC 2013 and 2015 revisit)", NATCAT, P["acc"],
      "Stop and search powers: are the police using them effectively and fairly? Published July 2013; "
      "revisit report Stop and search powers 2 published 24/03/2015.", [
    fnd("F01", ["sas13_1"], "S&S APP - clear specification of effective and fair use", "National Recommendation",
        T["sas13_1"], recid="", owner=P["acc"],
        actions=[act("Adopt CoP APP on stop and search; brief all supervisors", P["acc"], D(2014, 3, 31),
                     D(2014, 11, 30), D(2014, 11, 28), "Implemented", "APP adopted; force policy S&S/01 reissued.",
                     "Accepted", "", tracked="No")],
        why={"sas13_1": "Same text as the 2013 rec 1 under the force's S&S audit; only action Implemented (28/11/2014); HMICFRS Complete: closed on both sides."}),
    fnd("F02", ["sas13_2"], "Monitor the use of S&S powers", "National Recommendation",
        T["sas13_2"], recid="", owner=P["acc"],
        actions=[act("Monthly S&S monitoring report to Legitimacy Board", P["acc"], D(2014, 1, 31),
                     D(2017, 12, 31), D(2018, 1, 15), "No Longer Applicable",
                     "Superseded by PEEL Legitimacy 2017 stop and search recommendations - tracked under HMI/17/04.",
                     "Accepted", "")],
        why={"sas13_2": "Text matches the 2013 rec 2 word for word; the force closed its action as No Longer Applicable (superseded by HMI/17/04) and HMICFRS shows Superseded: closed on both sides."}),
    fnd("F03", ["sas13_3", "sas15_1"],
        "S&S - explain use of powers to the public; community scrutiny of records (2013 rec 3 and 2015 rec)",
        "National Recommendation", T["sas15_1"],
        desc="Recommendation made in 2013 and repeated in the 2015 revisit (Stop and search powers 2). Recorded once.",
        recid="{sas13_3} / {sas15_1}", owner=P["acc"],
        actions=[act("Stop and search scrutiny panel to review a sample of records each quarter; publish minutes",
                     P["acc"], D(2014, 6, 30), D(2016, 3, 31), D(2016, 3, 24), "Implemented",
                     "Panel sitting quarterly since Jan 2016; minutes on website.", "Accepted", ""),
                 act("Involve young people who have been stopped and searched in the scrutiny arrangements",
                     P["acc"], D(2016, 3, 31), D(2024, 3, 31), None, "", "", "Pending",
                     "Youth panel pilot with the VRU in two LPAs; evaluation due March 2024.")],
        why={"sas13_3": "The force holds the 2013 rec 3 and the near-identical 2015 rec in ONE finding: title names both, the ref field carries both register IDs. The young-people action is still unresolved, so the finding is open; HMICFRS has the 2013 item Complete: close the force entry.",
             "sas15_1": "Same finding as the 2013 rec 3 (both register IDs in the ref field; Recommendation is the 2015 wording with 'police and crime commissioners'). One action still unresolved, HMICFRS Being progressed: open on both sides."}),
])

audit("HMI/14/01", "Everyone's Business (DA) 2014", NATCAT, P["ppu"],
      "Everyone's business: Improving the police response to domestic abuse. Published 27/03/2014.", [
    fnd("F01", ["everyone_1"], cut500(plain(T["everyone_1"].replace("another force; and 20", "another force; and"))),
        "National Recommendation", plain(T["everyone_1"].replace("another force; and 20", "another force; and")),
        recid="", owner=P["ppu"],
        actions=[act("Publish the force domestic abuse action plan on the website", P["ppu"], D(2014, 9, 30),
                     D(2014, 9, 30), D(2014, 9, 26), "Implemented", "Plan published 26/09/2014.", "Accepted", "",
                     tracked="No")],
        why={"everyone_1": "Title is the text cut at 500 characters; the Recommendation field holds the whole text (bullets as '·', the stray footnote '20' dropped). Action Implemented; HMICFRS Complete: closed on both."}),
])

audit("HMI/14/02", "Policing in Austerity 2014", NATCAT, P["fin"],
      "Policing in austerity: Meeting the challenge. Published July 2014. HMICFRS list (Oct 2017): no further action required.", [
    fnd("F01", ["austerity_1"], "Review savings plans to protect the front line", "National Recommendation",
        T["austerity_1"], recid="", owner=P["fin"],
        actions=[act("Savings plan review within the MTFP", P["fin"], D(2015, 3, 31), D(2015, 3, 31),
                     D(2017, 11, 30), "No Longer Applicable",
                     "HMICFRS confirmed no further action - area now inspected through PEEL Efficiency.", "Accepted", "")],
        why={"austerity_1": "Text matches; the force's action closed as No Longer Applicable after HMICFRS confirmed no further action; HMICFRS No further action required: closed on both."}),
    fnd("F02", ["austerity_2"], "Collaboration savings - assess scope to improve", "National Recommendation",
        T["austerity_2"].replace("less than 10%", "less than 20%"), recid="", owner=P["fin"],
        actions=[act("Assess scope to increase collaboration savings", P["fin"], D(2014, 10, 31),
                     D(2015, 3, 31), None, "", "", "Pending", "Addressed holistically as part of the force change programme.")],
        flags={"austerity_2": "figure"},
        why={"austerity_2": "Same recommendation, but the force's text says 'less than 20% of their savings' where HMICFRS says 10%: a figure that disagrees, so conflict (HMICFRS No further action required, force action still unresolved)."}),
    fnd("F03", ["austerity_4"], "Collaboration plans for next spending round", "National Recommendation",
        T["austerity_4"], recid="", owner=P["fin"],
        actions=[act("Collaboration plan refreshed for the spending round (alliance board)", P["fin"], D(2015, 3, 31),
                     D(2015, 3, 31), D(2015, 3, 27), "Implemented", "", "Accepted", "", tracked="No")],
        why={"austerity_4": "Text matches; action Implemented; HMICFRS No further action required: closed on both."}),
])

audit("HMI/14/03", "Core Business 2014", NATCAT, P["occ"],
      "Core Business: an inspection into crime prevention, police attendance and the use of police time. Published 04/09/2014.", [
    fnd("F01", ["core_1"], "THRIVE criteria for call-handlers", "National Recommendation", T["core_1"],
        recid="", owner=P["occ"],
        actions=[act("Introduce THRIVE assessment criteria in the contact centre", P["occ"], D(2015, 3, 31),
                     D(2015, 3, 31), D(2015, 3, 20), "Implemented", "", "Accepted", "", tracked="No")],
        why={"core_1": "Text matches; action Implemented; HMICFRS Complete: closed on both."}),
    fnd("F02", ["core_2"], "Record and evaluate crime prevention activity", "National Recommendation", T["core_2"],
        recid="", owner=P["corp"],
        actions=[act("Prevention activity recorded on Niche occurrence with evaluation template", P["corp"],
                     D(2015, 3, 31), D(2015, 6, 30), D(2015, 6, 30), "Implemented",
                     "Evaluation template live; quarterly evaluation to Prevention Board.", "Accepted", "")],
        why={"core_2": "Text matches; the only action is Implemented (30/06/2015) while HMICFRS still shows Awaiting review: submit for closure."}),
])

audit("HMI/15/01", "Integrity Matters 2015", NATCAT, P["psd"],
      "Integrity matters. Published 30/01/2015.", [
    fnd("F01", ["integrity_1"], "Misconduct 'no further action' outcomes fair and free of discrimination",
        "National Recommendation", T["integrity_1"], recid="", owner=P["psd"],
        actions=[act("PSD dip-sample of NFA misconduct outcomes with equality review", P["psd"], D(2015, 8, 31),
                     D(2015, 8, 31), D(2015, 8, 28), "Implemented", "", "Accepted", "", tracked="No")],
        why={"integrity_1": "Text matches; action Implemented; HMICFRS Complete: closed on both."}),
])

audit("HMI/15/03", "Targeting the Risk (Firearms Licensing) 2015", NATCAT, P["fel"],
      "Targeting the risk: firearms licensing. Published 15/09/2015. Five recommendations for all forces.", [
    fnd("F01", ["firearms_1"], "Firearms licensing governance against APP", "National Recommendation",
        T["firearms_1"], recid="", owner=P["fel"],
        actions=[act("Governance self-assessment against APP; report to DCC", P["fel"], D(2015, 12, 15),
                     D(2015, 12, 15), D(2015, 12, 11), "Implemented", "", "Accepted", "", tracked="No")],
        why={"firearms_1": "Text matches; action Implemented; HMICFRS Complete: closed on both."}),
    fnd("F02", ["firearms_2"], "Firearms licensing demand and capacity", "National Recommendation",
        T["firearms_2"].replace("Within three months", "Within six months"), recid="", owner=P["fel"],
        actions=[act("Demand and capacity review of the Firearms Licensing Unit", P["fel"], D(2016, 3, 15),
                     D(2016, 3, 15), D(2016, 3, 10), "Implemented", "", "Accepted", "")],
        flags={"firearms_2": "timescale"},
        why={"firearms_2": "Same recommendation but the force's text says 'Within six months' where HMICFRS says 'Within three months': the timescale disagrees, so conflict (force Implemented, HMICFRS Being progressed)."}),
    fnd("F03", ["firearms_3"], "'Total expired' licensing records", "National Recommendation", T["firearms_3"],
        recid="", owner=P["fel"],
        actions=[act("Clear the 'total expired' backlog on NFLMS", P["fel"], D(2015, 10, 31), D(2016, 1, 31),
                     D(2016, 1, 29), "Implemented", "", "Accepted", ""),
                 act("Monthly check of expired records with seizure where required", P["fel"], D(2016, 3, 31),
                     D(2024, 6, 30), None, "Partially Implemented",
                     "Monthly check in place; seizure process not yet in policy.", "Pending",
                     "Work undertaken in area but still requires development to complete.")],
        why={"firearms_3": "Text matches. Of its two actions one is Implemented and one only Partially Implemented, so the force still has it open; HMICFRS Complete: close the force entry."}),
    fnd("F04", ["firearms_4"], "Temporary permits - Home Office guidance and NFLMS recording", "National Recommendation",
        T["firearms_4"], recid="", owner=P["fel"],
        actions=[act("Temporary permit procedure aligned to HO guidance", P["fel"], D(2015, 12, 15),
                     D(2015, 12, 15), D(2015, 12, 14), "Implemented", "", "Accepted", ""),
                 act("Record all temporary permits on NFLMS without delay; weekly supervisor check", P["fel"],
                     D(2015, 12, 15), D(2016, 6, 30), D(2016, 6, 24), "Implemented", "", "Accepted", "")],
        why={"firearms_4": "Text matches; both actions Implemented, so done for the force; HMICFRS Being progressed: submit for closure."}),
])
STANDALONE = {  # Pentana standalone Action (Attached = No) carrying an HMICFRS item directly
    "HMI/15/03": [fnd("A01", ["firearms_5"], "Flag firearm certificate holders' addresses before dispatch",
                      None, None, kind="action",
                      desc=T["firearms_5"],
                      owner=P["occ"],
                      actions=[act("", P["occ"], D(2015, 12, 15), D(2016, 2, 29), D(2016, 2, 26), "Implemented",
                                   "STORM flag for certificate holders live 26/02/2016.", "Accepted", "")],
                      why={"firearms_5": "A standalone Action (Attached = No, no parent finding) whose Description is the HMICFRS text: it is the force's record of this item. Implemented; HMICFRS Awaiting review: submit for closure."})],
}

audit("HMI/17/01", "PEEL Effectiveness 2016", FORCECAT, P["crime"],
      "PEEL: Police effectiveness 2016 - West Mercia Police. Published 02/03/2017. 1 cause of concern, 1 recommendation, AFIs.", [
    fnd("F01", ["e1"], "DA - DASH risk assessment (cause for concern)", "Cause for Concern", "",
        desc=T["e1"], recid="{e1}", rating="High", owner=P["ppu"], actions=[],
        why={"e1": "Finding holds the cause of concern text in Description; it has no actions (Action Count 0), so nothing records it as done: open for the force. HMICFRS Superseded: close the force entry."}),
    fnd("F02", ["e2"], "DA - supervision of initial DASH risk assessment", "Recommendation", T["e2"],
        recid="{e2}", rating="High", owner=P["ppu"],
        actions=[act("Risk-assess all DA incidents; policy rewrite and comms plan", P["ppu"], D(2017, 6, 30),
                     D(2017, 10, 31), D(2017, 10, 31), "Implemented",
                     "The policy is now signed off and in place with an implementation date of the end of October.",
                     "Accepted", "The Force Executive Team agreed on 25 July that we would risk-assess all DA incidents.")],
        why={"e2": "Text matches; action Implemented (31/10/2017); HMICFRS Superseded: closed on both."}),
    fnd("F03", ["e3"], "Supervision of investigations - plans set, reviewed and recorded", "AFI", T["e3"],
        recid="{e3}", rating="Medium", owner=P["crime"],
        actions=[act("Investigation plan template and supervisor review on Niche", P["crime"], D(2017, 9, 30),
                     D(2017, 12, 31), D(2017, 12, 20), "Implemented", "", "Accepted", "")],
        why={"e3": "Text matches; action Implemented; HMICFRS Complete: closed on both."}),
    fnd("F04", ["e4"], "Specialist capacity for online CSA investigations", "Recommendation", T["e4"],
        recid="{e4}", rating="Medium", owner=P["ppu"],
        actions=[act("Business case for additional POLIT investigators", P["ppu"], D(2018, 3, 31),
                     D(2024, 3, 31), None, "", "", "Pending", "Growth bid in 2024/25 budget.")],
        flags={"e4": "type"},
        why={"e4": "Text and register ID match, but the force files it as a Recommendation while HMICFRS lists an Area for improvement: type disagrees, so conflict (both open)."}),
    fnd("F05", [], "Cautions, cannabis warnings and PNDs - auditable explanation and victim views", "AFI",
        T["x1"], recid="", rating="Low", owner=P["crime"],
        actions=[act("OOCD scrutiny panel and victim-view field on Niche", P["crime"], D(2017, 9, 30),
                     D(2017, 9, 30), D(2017, 9, 29), "Implemented", "", "Accepted", "", tracked="No")],
        why={None: "Finding under PEEL Effectiveness 2016 with no counterpart on the HMICFRS list (no such item for this report on the list; probably closed and dropped by HMICFRS): query with HMICFRS."}),
])

audit("HMI/17/02", "Stolen Freedom (MSHT) 2017", NATCAT, P["crime"],
      "Stolen Freedom: the policing response to Modern Slavery & Human Trafficking - published 24 October 2017.", [
    fnd("F01", ["stolen_1"], cut500(plain(T["stolen_1"])), "National Recommendation", plain(T["stolen_1"]),
        recid="{stolen_1}", rating="High", owner=P["crime"],
        actions=[act("MSHT governance board chaired by ACC Crime", P["crime"], D(2018, 4, 30), D(2018, 4, 30),
                     D(2018, 4, 19), "Implemented", "", "Accepted", ""),
                 act("MSHT performance and QA framework for senior leaders", P["crime"], D(2018, 10, 31),
                     D(2024, 6, 30), None, "", "", "Pending", "QA framework drafted; awaiting data from Niche upgrade.")],
        why={"stolen_1": "Title is cut at 500 characters mid-bullet, but the Recommendation field has all four bullets: text matches in full. One action still unresolved; HMICFRS Being progressed: open on both."}),
    fnd("F02", ["stolen_2"], "MSHT information-sharing agreements", "National Recommendation",
        T["stolen_2"].replace(" intelligence 86 and", " intelligence and") + ".",
        recid="{stolen_2}", owner=P["intel"],
        actions=[act("ISAs with local authorities, GLAA and NGOs", P["intel"], D(2018, 4, 24), D(2018, 4, 24),
                     D(2018, 9, 28), "Implemented", "", "Accepted", "")],
        why={"stolen_2": "Same text without the stray footnote '86'; action Implemented; HMICFRS Complete: closed on both."}),
    fnd("F03", ["stolen_4"], "NRM compliance and duty to notify", "National Recommendation", T["stolen_4"],
        recid="{stolen_4}", owner=P["crime"],
        actions=[act("NRM / duty to notify process and training for first responders", P["crime"], D(2017, 12, 31),
                     D(2018, 3, 31), D(2018, 3, 29), "Implemented", "", "Accepted", "")],
        why={"stolen_4": "Text matches; action Implemented; HMICFRS Being progressed: submit for closure."}),
    fnd("F04", ["stolen_5"], "NCRS compliance for MSHT; FCR audit capacity", "National Recommendation", T["stolen_5"],
        recid="{stolen_5}", owner=P["fcr"],
        actions=[act("FCR audit of MSHT crime recording", P["fcr"], D(2017, 12, 31), D(2024, 3, 31), None, "", "",
                     "Rejected",
                     "Owner proposed Implemented 12/01/2024 - rejected by Audit & Inspection: no evidence of audit capacity.")],
        why={"stolen_5": "Text matches. The owner proposed Implemented but the update was Rejected and the Resolution is empty, so the force still has it open; HMICFRS Awaiting review: open on both."}),
    fnd("F05", ["stolen_6"], "MSHT investigations - skills and supervision", "National Recommendation", T["stolen_6"],
        recid="{stolen_6}", owner=P["crime"],
        actions=[act("MSHT investigations allocated to the Complex Investigation Team", P["crime"], D(2017, 12, 31),
                     D(2017, 12, 31), D(2018, 2, 28), "Implemented", "", "Accepted", "")],
        why={"stolen_6": "Text matches; action Implemented; HMICFRS Complete: closed on both."}),
    fnd("F06", ["stolen_7"], "Preventative powers under the MSA 2015 (STPOs/STROs)", "National Recommendation",
        T["stolen_7"], recid="{stolen_7}", owner=P["crime"],
        actions=[act("STPO/STRO guidance for SIOs", P["crime"], D(2017, 12, 31), D(2018, 6, 30), None, "Superseded",
                     "Replaced by A2 (regional approach).", "Accepted", ""),
                 act("Adopt the regional STPO/STRO application process; legal services SPOC", P["crime"],
                     D(2018, 12, 31), D(2019, 3, 31), D(2019, 3, 14), "Implemented", "", "Accepted", "")],
        why={"stolen_7": "Text matches. A1 is Superseded (replaced by A2) and A2 Implemented, so the force has it done; HMICFRS Being progressed: submit for closure."}),
])

audit("HMI/17/03", "PEEL Efficiency 2017 (force and national)", FORCECAT, P["corp"],
      "PEEL: Police efficiency 2017 - force report and national overview, both published 09/11/2017.", [
    fnd("F01", ["g1"], "Control room resourcing and workforce wellbeing", "AFI", T["g1"], recid="{g1}",
        owner=P["occ"],
        actions=[act("OCC resourcing model review and wellbeing plan", P["occ"], D(2018, 6, 30), D(2018, 12, 31),
                     D(2018, 12, 14), "Implemented", "", "Accepted", "")],
        why={"g1": "Text matches; action Implemented; HMICFRS Complete: closed on both."}),
    fnd("F02", ["g2"], "Understanding of current and future demand", "AFI", T["g2"] + ".", recid="{g2}",
        owner=P["corp"],
        actions=[act("Demand modelling as part of the Force Management Statement", P["corp"], D(2018, 5, 31),
                     D(2019, 5, 31), None, "", "", "Pending", "Review the demand profile as part of the force management statement.")],
        why={"g2": "Text matches; action unresolved so the force has it open; HMICFRS No further action required: close the force entry."}),
    fnd("F03", ["g3"], "Future workforce plan aligned to demand and budget", "AFI", T["g3"], recid="TYPO:g3",
        owner=P["people"],
        actions=[act("Strategic workforce plan 2018-2021", P["people"], D(2018, 9, 30), D(2024, 9, 30), None, "",
                     "", "Pending", "Workforce plan being refreshed for the uplift legacy.")],
        flags={"g3": "reference"},
        why={"g3": "Text and report match, but the HMICFRS Rec ID typed on the finding has two digits transposed and belongs to no item: the reference disagrees, so conflict (both open)."}),
    fnd("F04", ["efc17_1"], "Digitally-enabled services plan", "National Recommendation", T["efc17_1"],
        recid="{efc17_1}", owner=P["corp"],
        actions=[act("Digital services plan (Digital Policing Programme)", P["corp"], D(2018, 9, 30), D(2024, 3, 31),
                     None, "", "", "Pending", "Covered by the Digital Policing Programme; see latest plan update.")],
        why={"efc17_1": "National PEEL Efficiency 2017 rec, held under the force's combined 'PEEL Efficiency 2017 (force and national)' audit - same inspection round, not a report error. Text matches; open on both."}),
])

audit("HMI/17/04", "PEEL Legitimacy 2017 (force and national S&S)", FORCECAT, P["psd"],
      "PEEL: Police legitimacy 2017 - force report and national overview (stop and search), published 12/12/2017.", [
    fnd("F01", ["k1"], "Confidential route to raise concerns; whistleblowing awareness", "AFI", T["k1"],
        recid="{k1}", owner=P["psd"],
        actions=[act("Launch confidential reporting line and intranet campaign", P["psd"], D(2018, 6, 30),
                     D(2018, 6, 30), D(2018, 6, 22), "Implemented", "", "Accepted", "")],
        why={"k1": "Text matches; action Implemented; HMICFRS Complete: closed on both."}),
    fnd("F02", ["k2"], "Equality and diversity data on the workforce", "AFI", T["k2"], recid="{k2}",
        owner=P["people"],
        actions=[act("Self-declaration campaign and E&D dashboard", P["people"], D(2018, 12, 31), D(2019, 6, 30),
                     D(2019, 6, 28), "Implemented", "", "Accepted", "")],
        why={"k2": "Text matches; action Implemented; HMICFRS Being progressed: submit for closure."}),
    fnd("F03", ["k3"], "Vetting backlog (cause for concern)", "Cause for Concern", "", desc=T["k3"], recid="{k3}",
        rating="High", owner=P["psd"],
        actions=[act("Clear the vetting backlog - temporary vetting team", P["psd"], D(2018, 12, 31),
                     D(2020, 3, 31), D(2020, 3, 27), "Implemented", "Backlog cleared 27/03/2020.", "Accepted", "")],
        why={"k3": "Cause of concern text in Description, ID matches; action Implemented; HMICFRS Complete: closed on both."}),
    fnd("F04", ["k4"], "Vetting clearance for all staff; renewals", "Recommendation", T["k4"], recid="{k4}",
        rating="High", owner=P["psd"],
        actions=[act("All staff to hold minimum vetting level", P["psd"], D(2019, 3, 31), D(2020, 3, 31),
                     D(2020, 3, 27), "Implemented", "", "Accepted", ""),
                 act("Renewals process to national vetting guidelines (APP)", P["psd"], D(2019, 3, 31),
                     D(2024, 6, 30), None, "Partially Implemented", "Renewals tracked; 11% overdue.", "Pending", "")],
        why={"k4": "Text matches; one action Implemented, the other Partially Implemented, so open for the force; HMICFRS Being progressed: open on both."}),
    fnd("F05", ["leg17_1", "leg17_2"], "S&S - disproportionality: monitoring and explanation (cause for concern)",
        "Cause for Concern", plain(T["leg17_2"]), desc=T["leg17_1"], recid="{leg17_1}; {leg17_2}", rating="High",
        owner=P["acc"],
        actions=[act("Stop and search monitoring dashboard (ethnicity, find rates, drugs possession)", P["acc"],
                     D(2018, 7, 31), D(2018, 7, 31), D(2018, 7, 27), "Implemented", "", "Accepted", ""),
                 act("Explain disproportionality - independent analysis with the university", P["acc"],
                     D(2019, 3, 31), D(2024, 3, 31), None, "", "", "Submitted",
                     "Report drafted; submitted for acceptance 26/02/2024.")],
        why={"leg17_1": "One finding holds the national cause of concern (Description) and its monitoring recommendation (Recommendation), with both IDs. The second action is unresolved (update only Submitted), so open; HMICFRS Being progressed: open on both.",
             "leg17_2": "Same finding as the cause of concern: Recommendation is this text (inline bullets as '·'), ID listed. Finding open (second action unresolved) while HMICFRS has this recommendation Complete: close the force entry."}),
    fnd("F06", ["leg17_3"], "Disparities - research, analysis and action", "National Recommendation", plain(T["leg17_3"]),
        recid="{leg17_3}", owner=P["acc"],
        actions=[act("Publish disparity analysis and actions", P["acc"], D(2018, 7, 31), D(2018, 10, 31),
                     D(2018, 10, 26), "Implemented", "", "Accepted", "")],
        why={"leg17_3": "Text matches; action Implemented; HMICFRS Awaiting review: submit for closure."}),
    fnd("F07", ["leg17_4"], "Publish S&S analysis annually", "National Recommendation", T["leg17_4"],
        recid="{leg17_4}", rating="Low", owner=P["acc"],
        actions=[act("Annual S&S analysis on the website", P["acc"], D(2018, 7, 31), D(2024, 7, 31), None, "", "",
                     "", "")],
        why={"leg17_4": "Text matches; action unresolved (ongoing annual duty); HMICFRS Awaiting review: open on both."}),
])

audit("HMI/18/01", "NCPI 2018", FORCECAT, P["ppu"],
      "National child protection inspection 2018 - West Mercia Police.", [
    fnd("F01", ["n1"], cut500(plain(T["n1"])), "Recommendation", plain(T["n1"]), recid="{n1}", rating="High",
        owner=P["ppu"],
        actions=[act("Missing/absent categories - call taker training", P["occ"], D(2018, 12, 21), D(2018, 12, 21),
                     D(2018, 12, 14), "Implemented", "", "Accepted", ""),
                 act("CSE risk factors - frontline training", P["lnd"], D(2018, 12, 21), D(2019, 3, 31),
                     D(2019, 3, 29), "Implemented", "", "Accepted", ""),
                 act("Supervisory oversight of missing person enquiries", P["ppu"], D(2018, 12, 21),
                     D(2019, 6, 30), D(2019, 6, 28), "Implemented", "", "Accepted", "")],
        why={"n1": "Title is cut at 500 characters; the Recommendation field has the whole text with all three bullets. All three actions Implemented; HMICFRS Being progressed: submit for closure."}),
    fnd("F02", ["n2"], "Detention of children in custody", "Recommendation", plain(T["n2_force4"]), recid="{n2}",
        rating="High", owner=P["cust"],
        actions=[act("Children in custody protocol with children's services", P["cust"], D(2018, 12, 21),
                     D(2019, 9, 30), D(2019, 9, 27), "Implemented", "", "Accepted", "")],
        flags={"n2": "missing bullet"},
        why={"n2": "Same recommendation and ID, but the force's text has four bullets and drops 'comply with their statutory duties to complete detention certificates': a missing bullet, so conflict (force Implemented, HMICFRS Awaiting review)."}),
])

audit("HMI/19/01", "PEEL 2018/19", FORCECAT, P["dcc"],
      "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 - West Mercia Police. Published 02/05/2019. 2 causes of concern.", [
    fnd("F01", ["coc1"], "End of the alliance - maintaining public services (cause for concern)", "Cause for Concern",
        "", desc=T["coc1"], recid="{coc1}", rating="High", owner=P["dcc"], actions=[],
        why={"coc1": "Cause of concern text in Description; no actions (Action Count 0), nothing records it as done, so open; HMICFRS Being progressed: open on both."}),
    fnd("F02", ["r0"], "Review of investigative workload and capacity", "Recommendation", T["r0"], recid="{r0}",
        rating="High", owner=P["crime"],
        actions=[act("Investigative capacity review (Op Hawk)", P["crime"], D(2019, 5, 31), D(2019, 9, 30),
                     D(2019, 9, 20), "Implemented", "", "Accepted", "")],
        why={"r0": "Text matches; action Implemented; HMICFRS Complete: closed on both."}),
    fnd("F03", ["r1"], "Vulnerability review with partners", "Recommendation", T["r1"], recid="{r1}",
        rating="High", owner=P["ppu"],
        actions=[act("Joint vulnerability review with safeguarding partnerships", P["ppu"], D(2019, 5, 31),
                     D(2019, 12, 31), D(2019, 12, 18), "Implemented", "", "Accepted", "")],
        why={"r1": "Text matches; action Implemented; HMICFRS Being progressed: submit for closure."}),
    fnd("F04", ["r2"], "Skills assessment - all skills, future requirements", "Recommendation", T["r2"],
        recid="{r2}", owner=P["people"],
        actions=[act("Force-wide skills audit feeding the workforce plan", P["people"], D(2019, 5, 31),
                     D(2024, 9, 30), None, "", "", "Pending", "")],
        why={"r2": "Text matches; action unresolved; HMICFRS Being progressed: open on both."}),
    fnd("F05", ["r3"], "Transition from the alliance with Warwickshire Police", "Recommendation", T["r3"],
        recid="{r3}", rating="High", owner=P["dcc"],
        actions=[act("Alliance exit programme", P["dcc"], D(2019, 5, 31), D(2019, 9, 30), D(2019, 10, 7),
                     "No Longer Applicable", "Alliance ended; transition complete - closed by Chief Officer Group.",
                     "Accepted", "")],
        why={"r3": "Text matches; action closed as No Longer Applicable (transition complete), so done for the force; HMICFRS Complete: closed on both."}),
    fnd("F06", ["r4"], "New operating model - affordable and fit for purpose", "Recommendation", T["r4"],
        recid="{r4}", owner=P["corp"],
        actions=[act("Operating model design and costing", P["corp"], D(2019, 5, 31), D(2024, 3, 31), None, "",
                     "", "Pending", "")],
        why={"r4": "Text matches; action still unresolved, so open for the force; HMICFRS Complete: close the force entry."}),
    fnd("F07", ["r5"], "Public consultation on business planning; feedback", "Recommendation", T["r5"],
        recid="{r5}", rating="Low", owner=P["corp"],
        actions=[act("Consultation and 'you said, we did' feedback", P["corp"], D(2019, 9, 30), D(2024, 6, 30),
                     None, "", "", "Pending", "")],
        why={"r5": "Text matches; action unresolved; HMICFRS Being progressed: open on both."}),
    fnd("F08", ["coc2", "r9"], "Capacity and capability to investigate; digital evidence (cause for concern)",
        "Cause for Concern", T["r9"], desc=T["coc2"], recid="{r9}", rating="High", owner=P["crime"],
        actions=[act("Digital forensic triage kiosks and DMI backlog plan", P["crime"], D(2019, 11, 2),
                     D(2020, 3, 31), D(2020, 3, 20), "Implemented", "", "Accepted", "")],
        why={"coc2": "One finding holds the second cause of concern (Description, word for word) with its digital-evidence recommendation; only the recommendation's ID is typed. Action Implemented; HMICFRS Being progressed: submit for closure.",
             "r9": "Same finding: Recommendation is this text and the ID matches. Action Implemented; HMICFRS Being progressed: submit for closure."}),
    fnd("F09", ["r6"], "Supervision of investigations - properly recorded", "Recommendation", T["r6"],
        recid="{r6}", owner=P["crime"],
        actions=[act("Supervisory review field mandatory on Niche investigations", P["crime"], D(2019, 11, 2),
                     D(2024, 3, 31), None, "Partially Implemented", "", "Pending", "")],
        why={"r6": "Text matches; action only Partially Implemented, so open; HMICFRS Being progressed: open on both."}),
    fnd("F10", [], "Force action - " + T["x2"], "Force action", "", recid="", rating="Low", owner=P["aim"],
        actions=[act("Internal audit fieldwork (RSM)", P["aim"], D(2024, 3, 31), D(2024, 3, 31), None, "", "",
                     "", "")],
        why={None: "The force's own action filed under PEEL 2018/19; not an HMICFRS item and not on the list."}),
])

audit("HMI/19/02", "CDI 2019", FORCECAT, P["fcr"],
      "Crime data integrity inspection 2019 - West Mercia Police.", [
    fnd("F01", ["d1"], cut500(plain(T["d1"])), "Recommendation", plain(T["d1"]), recid="{d1}", rating="High",
        owner=P["fcr"],
        actions=[act("Victims believed at point of report - THRIVE+ and call script", P["occ"], D(2020, 3, 12),
                     D(2020, 3, 12), D(2020, 3, 6), "Implemented", "", "Accepted", ""),
                 act("Call summaries in STORM logs - QA dip sample", P["occ"], D(2020, 3, 12), D(2020, 6, 30),
                     D(2020, 6, 26), "Implemented", "", "Accepted", ""),
                 act("Multiple crimes recorded - FCR guidance and audit", P["fcr"], D(2020, 3, 12), D(2020, 6, 30),
                     D(2020, 6, 30), "Implemented", "", "Accepted", ""),
                 act("Stop waiting for medical/ABE results before recording", P["fcr"], D(2020, 3, 12),
                     D(2020, 3, 12), D(2020, 3, 12), "Implemented", "", "Accepted", ""),
                 act("Online reports triaged on receipt", P["occ"], D(2020, 3, 12), D(2024, 6, 30), None,
                     "Partially Implemented", "Triage in place weekdays only.", "Pending", "")],
        why={"d1": "Title cut at 500; Recommendation has all five bullets. Four of five actions Implemented, the online-triage action only Partially Implemented, so open for the force; HMICFRS Complete: close the force entry."}),
    fnd("F02", ["d2"], "Hate crime recorded accurately and without delay", "AFI", T["d2"], recid="{d2}", rating="Low",
        owner=P["fcr"],
        actions=[act("Hate crime recording audit and feedback", P["fcr"], D(2020, 3, 31), D(2020, 3, 31),
                     D(2020, 3, 27), "Implemented", "", "Accepted", "")],
        why={"d2": "Text matches (hate crime, not the stalking AFI next to it); action Implemented; HMICFRS Being progressed: submit for closure."}),
    fnd("F03", ["d3"], "Stalking and harassment recorded accurately and without delay", "AFI", T["d3"],
        recid="{d3}", rating="Medium", owner=P["fcr"],
        actions=[act("S&H recording - training and audit", P["fcr"], D(2020, 3, 31), D(2024, 3, 31), None, "", "",
                     "Pending", "")],
        why={"d3": "Text matches (stalking and harassment); action unresolved; HMICFRS Being progressed: open on both."}),
])

BWV1, BWV2, BWV3 = T["powers_3"].split("\n")
audit("HMI/21/01", "Police powers spotlight (Feb 21)", NATCAT, P["acc"],
      "Disproportionate use of police powers: a spotlight on stop and search and the use of force. Published 26/02/2021.", [
    fnd("F01", ["powers_1"], "Communication skills - conflict management guidelines", "National Recommendation",
        T["powers_1"], recid="{powers_1}", owner=P["lnd"],
        actions=[act("Communication skills in OST refresher", P["lnd"], D(2022, 7, 31), D(2024, 7, 31), None, "", "",
                     "Pending", "")],
        why={"powers_1": "Text matches; action unresolved; HMICFRS Being progressed: open on both."}),
    fnd("F02", ["powers_2"], "Communication skills in CPD; BWV debriefs", "National Recommendation", T["powers_2"],
        recid="{powers_2}", owner=P["lnd"],
        actions=[act("Supervisor BWV debrief guidance", P["lnd"], D(2021, 7, 31), D(2024, 3, 31), None, "", "",
                     "Pending", "")],
        why={"powers_2": "Text matches; action unresolved; HMICFRS Being progressed: open on both."}),
    fnd("F03a", ["powers_3"], "BWV - record the entirety of S&S encounters", "National Recommendation", BWV1,
        recid="{powers_3}", owner=P["acc"],
        actions=[act("BWV mandatory for all S&S and use of force", P["acc"], D(2021, 9, 30), D(2021, 9, 30),
                     D(2021, 9, 24), "Implemented", "", "Accepted", "")],
        why={"powers_3": "Part 1 of 3: the force split this recommendation into F03a/F03b/F03c, one paragraph each (same ID). This part Implemented but part c is open, so the item is open; HMICFRS Being progressed: open on both."}),
    fnd("F03b", ["powers_3"], "BWV - internal review of footage sample", "National Recommendation",
        "By September 2021, forces should " + BWV2, recid="{powers_3}", owner=P["acc"],
        actions=[act("Monthly BWV dip sample by S&S lead", P["acc"], D(2021, 9, 30), D(2021, 12, 31),
                     D(2021, 12, 17), "Implemented", "", "Accepted", "")],
        why={"powers_3": "Part 2 of 3 of the split (the force prefixed the deadline stem). Implemented, but part c is open, so the item is open; HMICFRS Being progressed: open on both."}),
    fnd("F03c", ["powers_3"], "BWV - scrutiny panel access to footage", "National Recommendation",
        "By September 2021, forces should " + BWV3, recid="{powers_3}", owner=P["acc"],
        actions=[act("Scrutiny panel viewing protocol (APP safeguards)", P["acc"], D(2021, 9, 30), D(2024, 4, 30),
                     None, "", "", "Pending", "Protocol with OPCC legal for sign off.")],
        why={"powers_3": "Part 3 of 3 of the split; its action is unresolved, so the whole item is open; HMICFRS Being progressed: open on both."}),
    fnd("F04", ["powers_4"], "Use of force data quality (HO / NPCC)", "National Recommendation", T["powers_4"],
        recid="{powers_4}", response="Not applicable", rating="Low", owner=P["acc"],
        actions=[act("No force action - recommendation for Home Office and NPCC", P["aim"], D(2021, 3, 31),
                     D(2021, 3, 31), D(2021, 3, 31), "No Longer Applicable",
                     "Not for forces - Home Office / NPCC recommendation.", "Accepted", "")],
        why={"powers_4": "Text matches. The force closed it as No Longer Applicable (a Home Office/NPCC recommendation, not the force's to deliver), i.e. done for the force; HMICFRS Awaiting review: submit for closure."}),
    fnd("F05", ["powers_5"], "Internal monitoring of use of force - disproportionality", "National Recommendation",
        T["powers_5"], recid="{powers_5}", owner=P["acc"],
        actions=[act("Use of force dashboard and quarterly scrutiny", P["acc"], D(2021, 7, 31), D(2021, 10, 31),
                     D(2021, 10, 29), "Implemented", "", "Accepted", "")],
        why={"powers_5": "Text matches; action Implemented; HMICFRS Being progressed: submit for closure."}),
    fnd("F06", ["leg17_5"], "S&S training - unconscious bias and APP", "National Recommendation", T["leg17_5"],
        recid="{leg17_5}", owner=P["lnd"],
        actions=[act("Unconscious bias and S&S APP training for all S&S officers", P["lnd"], D(2021, 7, 31),
                     D(2021, 7, 31), D(2021, 7, 30), "Implemented", "", "Accepted", "")],
        flags={"leg17_5": "report"},
        why={"leg17_5": "Text and ID are the PEEL legitimacy 2017 (national) recommendation, but the force filed it under its 2021 police-powers audit: report disagrees, so conflict (both closed)."}),
])

audit("HMI/22/01", "PEEL 2021/22", FORCECAT, P["dcc"],
      "PEEL: Police effectiveness, efficiency and legitimacy 2021/22 - West Mercia Police.", [
    fnd("F01", ["q1"], "Timeliness of response to DA calls", "AFI", T["q1"].replace("domestic abuse", "DA"),
        recid="{q1}", rating="Medium", owner=P["occ"],
        actions=[act("DA calls - graded response review", P["occ"], D(2022, 12, 31), D(2024, 6, 30), None, "", "",
                     "Pending", "")],
        why={"q1": "Same AFI with 'domestic abuse' written 'DA'; action unresolved; HMICFRS Being progressed: open on both."}),
    fnd("F02", ["q2"], "RASSO victims kept informed (VCOP)", "AFI", T["q2"], recid="{q2}", owner=P["ppu"],
        actions=[act("Victim update contract in RASSO investigations", P["ppu"], D(2022, 12, 31), D(2023, 6, 30),
                     D(2023, 6, 30), "Implemented", "", "Accepted", "")],
        why={"q2": "Text matches; action Implemented; HMICFRS Being progressed: submit for closure."}),
    fnd("F03", ["q3"], "County lines - nature and scale", "AFI", T["q3"], recid="{q3}", owner=P["intel"],
        actions=[act("County lines problem profile", P["intel"], D(2022, 12, 31), D(2024, 3, 31), None, "", "",
                     "Pending", "")],
        why={"q3": "Text matches (not the hot-debrief county lines point under HMI/23/01); action unresolved; HMICFRS Being progressed: open on both."}),
    fnd("F04", ["q4"], "SOC analysis informs strategic assessment", "AFI", T["q4"], recid="{q4}", owner=P["intel"],
        actions=[act("SOC strategic assessment refresh", P["intel"], D(2023, 3, 31), D(2024, 3, 31), None, "", "",
                     "Pending", "")],
        why={"q4": "Text matches; action unresolved; HMICFRS Awaiting review: open on both."}),
    fnd("F05", ["q5"], "Vulnerable adults - training", "AFI", T["q5"], recid="{q5}", response="", rating="Low",
        owner=P["lnd"], actions=[],
        why={"q5": "Text matches; finding has no actions yet (Action Count 0, no response), so open; HMICFRS Awaiting review: open on both."}),
    fnd("F06", ["q7"], "Accurate data and analysis for performance management", "AFI", T["q7"], recid="{q6}",
        owner=P["corp"],
        actions=[act("Force performance framework and Power BI pack", P["corp"], D(2023, 3, 31), D(2024, 3, 31), None,
                     "", "", "Pending", "")],
        flags={"q7": "reference"},
        why={"q7": "Text is the performance-data AFI, but the ID typed is the register ID of the ASB problem-solving AFI (not in the tracker): reference disagrees, so conflict (both open). The ASB AFI stays missing."}),
    fnd("F07", ["q8"], "Ancillary orders for stalking and harassment victims", "AFI", T["q8"], recid="{q8}",
        owner=P["ppu"],
        actions=[act("SPO applications - guidance and legal SPOC", P["ppu"], D(2023, 3, 31), D(2024, 3, 31), None,
                     "", "", "Pending", "")],
        why={"q8": "Text matches (stalking ancillary orders); action unresolved; HMICFRS Being progressed: open on both."}),
])

audit("HMI/23/01", "PEEL 2023-25 - hot debrief (draft findings)", "HMICFRS - Debrief", P["dcc"],
      "Points from the hot debrief of 14/11/2023. Not yet published; to be replaced by the report's AFIs.", [
    fnd("F01", [], "Hot debrief - RASSO dip sampling", "Debrief point", T["x3"], recid="", response="",
        rating="Low", owner=P["ppu"],
        actions=[act("", P["ppu"], D(2024, 3, 31), D(2024, 3, 31), None, "", "", "", "")],
        why={None: "Hot-debrief point recorded before publication; the force's own wording, not an HMICFRS item on the list."}),
    fnd("F02", [], "Hot debrief - county lines profile", "Debrief point", T["x4"], recid="", response="",
        rating="Low", owner=P["intel"],
        actions=[act("", P["intel"], D(2024, 3, 31), D(2024, 3, 31), None, "", "", "", "")],
        why={None: "Hot-debrief point (county lines problem profile); resembles the PEEL 2021/22 county lines AFI but that AFI is matched to HMI/22/01 F03. Not on the list."}),
])

MISSING_WHY = {
    "austerity_3": "No finding for the austerity front-line workforce recommendation (only recs 1, 2 and 4 are held): missing from the tracker.",
    "picture_1": "No audit for Building the picture at all: missing from the tracker.",
    "stolen_3": "Stolen Freedom audit holds six of the seven recommendations; the section 45 defence one is not there: missing.",
    "n3": "NCPI 2018 audit holds the two recommendations but not the CSE partnership AFI: missing.",
    "r10": "PEEL 2018/19 audit has no finding on released under investigation / bail: missing.",
    "q6": "No finding for the ASB problem-solving AFI; its register ID appears only as a mistyped ref on the performance-data finding (HMI/22/01 F06), whose text is a different AFI: missing.",
}

# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------
CREATED = dt.datetime(2024, 3, 4, 9, 14, 0)


def new_book(path, title):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False,
                                    "strings_to_urls": False})
    wb.set_properties({"title": title, "author": "", "company": "", "created": CREATED})
    return wb


def write_hmicfrs(path):
    wb = new_book(path, "HMICFRS definitive list")
    ws = wb.add_worksheet("Definitive list")
    bold = wb.add_format({"bold": True})
    hdr = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True, "valign": "top"})
    txt = wb.add_format({"text_wrap": True, "valign": "top"})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    ws.write(0, 0, f"HMICFRS monitoring - recommendations and areas for improvement held against {FORCE}", bold)
    ws.write(1, 0, "Definitive list as at 12 February 2024. Please reconcile with force records and return "
                   "proposed closures with evidence.")
    heads = ["Rec ID", "Force", "Report", "Published", "Type", "Recommendation / AFI text", "Status",
             "Status date"]
    for c, h in enumerate(heads):
        ws.write(2, c, h, hdr)
    rows = {}
    order = sorted(H_ITEMS, key=lambda it: (REPORTS[it[1]][1], REPORTS[it[1]][0], IDS[it[0]]))
    for i, (key, rep, typ, status, sdate) in enumerate(order):
        r = 3 + i
        ws.write_number(r, 0, IDS[key], txt)
        ws.write(r, 1, FORCE, txt)
        ws.write(r, 2, REPORTS[rep][0], txt)
        ws.write_datetime(r, 3, dt.datetime.combine(REPORTS[rep][1], dt.time()), dfmt)
        ws.write(r, 4, typ, txt)
        ws.write(r, 5, T[key], txt)
        ws.write(r, 6, status, txt)
        ws.write_datetime(r, 7, dt.datetime.combine(sdate, dt.time()), dfmt)
        rows[key] = r + 1
    for c, w in enumerate([9, 18, 40, 11, 22, 90, 16, 11]):
        ws.set_column(c, c, w)
    ws.freeze_panes(3, 0)
    ws.autofilter(2, 0, 2 + len(order), len(heads) - 1)
    wb.close()
    return rows, {"title": 1, "note": 2, "header": 3, "first": 4, "last": 3 + len(order)}


def fmt_recid(spec):
    if spec in ("", None):
        return ""
    if spec.startswith("TYPO:"):
        s = str(IDS[spec[5:]])
        bad = s[:-2] + s[-1] + s[-2]
        assert int(bad) not in IDS.values(), bad
        return bad
    return spec.format(**{k: IDS[k] for k in IDS})


FCOLS = ["Item Type", "Audit", "Audit Status", "Ref", "Title", "Category", "Rating", "HMICFRS Rec ID",
         "Description", "Recommendation", "Response", "Owner", "Action Count", "Attached", "Tracked",
         "Original Due Date", "Current Due Date", "Implementation Date", "Resolution",
         "Resolution Comments", "Latest Update State", "Latest Update Comments"]
CI = {h: i for i, h in enumerate(FCOLS)}


def finding_done(f):
    eff = [a for a in f["actions"] if a["res"] != "Superseded"]
    return bool(eff) and all(a["res"] in DONE_RES for a in eff)


def audit_status(a):
    if a["cat"] == "HMICFRS - Debrief":
        return "Draft"
    alls = a["findings"] + STANDALONE.get(a["ref"], [])
    return "Closed" if all(finding_done(f) for f in alls) else "Follow-up"


def write_tracker(path):
    wb = new_book(path, "Findings and Actions")
    ws = wb.add_worksheet("Findings and Actions")
    t1 = wb.add_format({"bold": True, "font_size": 12})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "border": 1,
                         "text_wrap": True, "valign": "top"})
    base = {"valign": "top", "text_wrap": True}
    f_aud = wb.add_format({**base, "bold": True, "bg_color": "#DDEBF7"})
    f_aud_d = wb.add_format({**base, "bold": True, "bg_color": "#DDEBF7", "num_format": "dd/mm/yyyy"})
    f_fnd = wb.add_format({**base})
    f_fnd_t = wb.add_format({**base, "indent": 1})
    f_act = wb.add_format({**base, "font_color": "#404040"})
    f_act_t = wb.add_format({**base, "indent": 2, "font_color": "#404040"})
    f_date = wb.add_format({"valign": "top", "num_format": "dd/mm/yyyy"})
    f_adate = wb.add_format({"valign": "top", "num_format": "dd/mm/yyyy", "font_color": "#404040"})
    ws.write(0, 0, "Pentana Audit - Findings and Actions by Audit", t1)
    ws.write(1, 0, "Criteria: Entity = 'EXT-HMI External Inspection - HMICFRS'; Audit Status = (All); "
                   "Include resolved actions = Yes")
    ws.write(2, 0, "Exported by ELLISJ on 04/03/2024 09:14 from PENTANA_LIVE")
    for c, h in enumerate(FCOLS):
        ws.write(4, c, h, hdr)
    r = 5
    rowinfo = []   # (excel_row, kind, audit_ref, record)
    nrec = 0

    def put(row, vals, fmt, tfmt, dfmt):
        for h, v in vals.items():
            c = CI[h]
            if v is None or v == "":
                ws.write_blank(row, c, None, fmt)
            elif isinstance(v, dt.date):
                ws.write_datetime(row, c, dt.datetime.combine(v, dt.time()), dfmt)
            elif isinstance(v, int):
                ws.write_number(row, c, v, fmt)
            else:
                ws.write_string(row, c, v, tfmt if h == "Title" else fmt)
        for h in FCOLS:
            if h not in vals:
                ws.write_blank(row, CI[h], None, fmt)

    def put_action(a, aud_name, ast, ref, attached, title=None, desc=None):
        nonlocal r, nrec
        put(r, {"Item Type": "Action", "Audit": aud_name, "Audit Status": ast, "Ref": ref,
                "Title": title if title is not None else a["title"], "Description": desc if desc is not None else a["desc"],
                "Owner": a["owner"], "Attached": attached, "Tracked": a["tracked"],
                "Original Due Date": a["orig"], "Current Due Date": a["cur"], "Implementation Date": a["impl"],
                "Resolution": a["res"], "Resolution Comments": a["rescomm"], "Latest Update State": a["upd"],
                "Latest Update Comments": a["updcomm"]}, f_act, f_act_t, f_adate)
        r += 1
        nrec += 1

    for a in AUDITS:
        aud_name = f"{a['ref']} {a['title']}"
        ast = audit_status(a)
        put(r, {"Item Type": "Audit", "Audit": aud_name, "Audit Status": ast, "Ref": a["ref"], "Title": a["title"],
                "Category": a["cat"], "Description": a["desc"], "Owner": a["owner"]}, f_aud, f_aud, f_aud_d)
        rowinfo.append((r + 1, "audit", a["ref"], a))
        r += 1
        nrec += 1
        for f in a["findings"]:
            put(r, {"Item Type": "Finding", "Audit": aud_name, "Audit Status": ast, "Ref": f["ref"],
                    "Title": f["title"], "Category": f["cat"], "Rating": f["rating"],
                    "HMICFRS Rec ID": fmt_recid(f["recid"]), "Description": f["desc"],
                    "Recommendation": f["rec"], "Response": f["response"], "Owner": f["owner"],
                    "Action Count": len(f["actions"])}, f_fnd, f_fnd_t, f_date)
            rowinfo.append((r + 1, "finding", a["ref"], f))
            r += 1
            nrec += 1
            for j, ac in enumerate(f["actions"], 1):
                rowinfo.append((r + 1, "action", a["ref"], (f, j)))
                put_action(ac, aud_name, ast, f"{f['ref']}.A{j}", "Yes")
        for s in STANDALONE.get(a["ref"], []):
            ac = s["actions"][0]
            rowinfo.append((r + 1, "standalone", a["ref"], s))
            put_action(ac, aud_name, ast, s["ref"], "No", title=s["title"], desc=s["desc"])
    ws.write(r, 0, f"{nrec} record(s)")
    rowinfo.append((r + 1, "footer", None, None))
    for c, w in enumerate([9, 30, 11, 8, 45, 20, 8, 14, 50, 80, 13, 16, 8, 8, 8, 11, 11, 11, 16, 35, 12, 40]):
        ws.set_column(c, c, w)
    ws.freeze_panes(5, 0)
    wb.close()
    return rowinfo


# ---------------------------------------------------------------------------------------------
# Truth
# ---------------------------------------------------------------------------------------------
HSTAT = {key: status for key, _r, _t, status, _d in H_ITEMS}


def category(keyset_done, key, flag):
    if flag:
        return "conflict"
    h_open = HSTAT[key] in H_OPEN
    if h_open and keyset_done:
        return "closeable_submit"
    if not h_open and not keyset_done:
        return "closeable_local"
    return "in_sync"


def build_truth(hrows, rowinfo):
    # item-level force status: a key split over several rows is done only when every part is
    parts: dict[str, list] = {}
    for exrow, kind, aref, rec in rowinfo:
        if kind in ("finding", "standalone"):
            for k in rec["keys"]:
                parts.setdefault(k, []).append(rec)
    key_done = {k: all(finding_done(p) for p in ps) for k, ps in parts.items()}
    lines = []
    for exrow, kind, aref, rec in rowinfo:
        if kind not in ("finding", "standalone"):
            continue
        fr = f"Findings and Actions!{exrow}"
        if not rec["keys"]:
            lines.append(("", fr, "not_on_hmicfrs_list", rec["why"][None]))
            continue
        for k in rec["keys"]:
            cat = category(key_done[k], k, rec["flags"].get(k))
            lines.append((f"Definitive list!{hrows[k]}", fr, cat, rec["why"][k]))
    for k in hrows:
        if k not in parts:
            lines.append((f"Definitive list!{hrows[k]}", "", "missing_from_force", MISSING_WHY[k]))
    assert set(MISSING_WHY) == set(hrows) - set(parts), set(hrows) - set(parts)

    def sk(l):
        h = int(l[0].split("!")[1]) if l[0] else 10 ** 6
        f = int(l[1].split("!")[1]) if l[1] else 0
        return (h, f)
    lines.sort(key=sk)
    return lines


EXPECTED = {  # the category a person decided for each line, checked against the derivation above
    "sas13_1": "in_sync", "sas13_2": "in_sync", "sas13_3": "closeable_local", "sas15_1": "in_sync",
    "everyone_1": "in_sync", "austerity_1": "in_sync", "austerity_2": "conflict", "austerity_4": "in_sync",
    "core_1": "in_sync", "core_2": "closeable_submit", "integrity_1": "in_sync", "firearms_1": "in_sync",
    "firearms_2": "conflict", "firearms_3": "closeable_local", "firearms_4": "closeable_submit",
    "firearms_5": "closeable_submit", "e1": "closeable_local", "e2": "in_sync", "e3": "in_sync",
    "e4": "conflict", "stolen_1": "in_sync", "stolen_2": "in_sync", "stolen_4": "closeable_submit",
    "stolen_5": "in_sync", "stolen_6": "in_sync", "stolen_7": "closeable_submit", "g1": "in_sync",
    "g2": "closeable_local", "g3": "conflict", "efc17_1": "in_sync", "k1": "in_sync",
    "k2": "closeable_submit", "k3": "in_sync", "k4": "in_sync", "leg17_1": "in_sync",
    "leg17_2": "closeable_local", "leg17_3": "closeable_submit", "leg17_4": "in_sync",
    "n1": "closeable_submit", "n2": "conflict", "coc1": "in_sync", "r0": "in_sync", "r1": "closeable_submit",
    "r2": "in_sync", "r3": "in_sync", "r4": "closeable_local", "r5": "in_sync", "coc2": "closeable_submit",
    "r9": "closeable_submit", "r6": "in_sync", "d1": "closeable_local", "d2": "closeable_submit",
    "d3": "in_sync", "powers_1": "in_sync", "powers_2": "in_sync", "powers_3": "in_sync",
    "powers_4": "closeable_submit", "powers_5": "closeable_submit", "leg17_5": "conflict", "q1": "in_sync",
    "q2": "closeable_submit", "q3": "in_sync", "q4": "in_sync", "q5": "in_sync", "q7": "conflict",
    "q8": "in_sync",
}


def write_truth(path, lines, hrows):
    inv = {f"Definitive list!{v}": k for k, v in hrows.items()}
    for h, f, cat, why in lines:
        if cat in ("missing_from_force", "not_on_hmicfrs_list"):
            continue
        assert EXPECTED[inv[h]] == cat, (inv[h], cat)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for line in lines:
        w.writerow(line)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())


# ---------------------------------------------------------------------------------------------
# README
# ---------------------------------------------------------------------------------------------
def ranges(nums):
    nums = sorted(nums)
    out, i = [], 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        out.append(str(nums[i]) if i == j else f"{nums[i]}-{nums[j]}")
        i = j + 1
    return ", ".join(out)


def frow(rowinfo, aref, ref):
    for exrow, kind, a, rec in rowinfo:
        if a == aref and kind in ("finding", "standalone") and rec["ref"] == ref:
            return exrow
    raise KeyError((aref, ref))


def write_readme(path, hrows, hmeta, rowinfo, lines):
    counts: dict[str, int] = {}
    for _h, _f, cat, _w in lines:
        counts[cat] = counts.get(cat, 0) + 1
    aud_rows = [x[0] for x in rowinfo if x[1] == "audit"]
    act_rows = [x[0] for x in rowinfo if x[1] == "action"]
    fnd_rows = [x[0] for x in rowinfo if x[1] in ("finding", "standalone")]
    footer = [x[0] for x in rowinfo if x[1] == "footer"][0]
    fr = lambda a, r: frow(rowinfo, a, r)
    H = lambda k: hrows[k]
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "review"]
    cnt = "\n".join(f"| {c} | {counts.get(c, 0)} |" for c in order)
    text = f"""# Case `pentana_audit_findings_actions` (round 85, case A)

## The story

West Mercia Police's Audit & Inspection team keeps every external inspection in the same system
as its internal audit work: **Ideagen Pentana Audit** (an audit-management product used by
UK public-sector internal audit teams). HMICFRS inspections live under a dummy entity,
"EXT-HMI External Inspection - HMICFRS" (Pentana lets an administrator define dummy entities as a
container for findings and actions that belong to no audited process). Each HMICFRS report is an
**Audit** record, each recommendation / area for improvement / cause of concern is a **Finding**,
and what the force agreed to do is held in one or more child **Action** records, each with a
Business Owner, Original and Current Due Date, Implementation Date, a **Resolution** and the last
**Action Update** (Pending / Submitted / Accepted / Rejected) sent to the owner through the Web
module. There is no status on a Finding: whether the force regards an item as done is the sum of
its actions' Resolutions.

HMICFRS has sent its definitive list (as at 12 February 2024). Before the March Joint Audit
Committee the Audit & Inspection manager (Jane Ellis, user ELLISJ) ran Pentana's "Findings and
Actions by Audit" list report for the HMICFRS entity and exported it to Excel, so that the list
can be reconciled with it.

## Sources and what is invented

- Every HMICFRS text is real public wording (Open Government Licence) copied as a literal from the
  project's lists (`casegen/texts/` national reports, bodies, stems, causes, PEEL topic asks;
  `real_recommendations.csv` for the West Mercia PEEL 2018/19 items, the efficiency AFIs, the
  vetting recommendation, the children-in-custody recommendation with the force name changed).
  Force-level items for the other reports are the lists' real bodies under their real stems.
- Pentana marks follow Ideagen's public documentation: Audit > Finding > Action hierarchy, Name
  constructed from Ref + Title, Title a 500-character field, rich-text fields with a plain-text
  twin, Action Original/Current Due Date, Implementation Date, Resolution and Resolution
  Comments, Attached (standalone actions), Tracked, Action Updates (Pending / Submitted /
  Accepted / Rejected), dummy entities for unassigned findings. The banner rows, the alias
  `HMICFRS Rec ID`, the Resolution list values and the Category values are this force's own
  configuration (invented).
- Invented: register IDs, statuses and status dates, publication dates of the force-level
  reports, all owners, actions, dates and comments on the force side.

## The files

### `hmicfrs.xlsx` - the register's definitive list (ordinary export)

- One sheet, **`Definitive list`**. Row 1 title, row 2 a note, **row 3 the header**, items in rows
  {hmeta['first']}-{hmeta['last']} ({hmeta['last'] - hmeta['first'] + 1} items), no blank or total rows.
- Columns: `Rec ID` (register ID, a plain integer), `Force`, `Report`, `Published` (date cell,
  dd/mm/yyyy), `Type` (Recommendation / Area for improvement / Cause of concern / National
  recommendation), `Recommendation / AFI text` (real HMICFRS wording with its quirks: curly
  quotes, inline bullets "•the reasons", stray footnote digits "intelligence 86", "and 20"),
  `Status` (Awaiting review, Being progressed = open; Complete, Superseded, No further action
  required = closed), `Status date`.
- Rows are in publication order; national (all-force) reports and the force's own inspection
  reports are mixed, and two titles differ only by "(national overview)" (PEEL efficiency 2017,
  PEEL legitimacy 2017).

### `tracker.xlsx` - Pentana Audit export

- One sheet, **`Findings and Actions`**. Rows 1-3 are the report banner (report name, selection
  criteria, "Exported by ELLISJ on 04/03/2024 09:14"), row 4 blank, **row 5 the header**,
  records from row 6 to row {footer - 1}, and row {footer} the report footer "N record(s)".
- Every record row has `Item Type` = **Audit**, **Finding** or **Action**, in tree order: the
  Audit, then each Finding followed by its Actions (refs `F03`, `F03.A1`, `F03.A2`).
  Standalone actions (no parent finding) come last within their audit.
- Columns (Pentana property names / the team's aliases): `Item Type`, `Audit` (the audit's Name,
  which Pentana constructs as Ref + Title, repeated on every row), `Audit Status` (Follow-up /
  Closed / Draft - a report-level value repeated on every child row), `Ref`, `Title`, `Category`
  (Finding: National Recommendation / Recommendation / AFI / Cause for Concern / Force action /
  Debrief point; Audit: HMICFRS - National thematic / Force inspection / Debrief), `Rating`
  (the force's own High/Medium/Low), `HMICFRS Rec ID` (a user-defined finding field where the
  team types the register ID; blank on the pre-2017 findings except one), `Description` (Finding: the
  observation - the cause-of-concern text where there is one; Action: detail), `Recommendation`
  (Finding only: the recommendation as plain text), `Response` (Accepted / Not applicable /
  blank), `Owner`, `Action Count`, `Attached` (Action: Yes = under a finding, No = standalone),
  `Tracked`, `Original Due Date`, `Current Due Date`, `Implementation Date` (date cells,
  dd/mm/yyyy), `Resolution` (blank = unresolved, Implemented, Partially Implemented,
  No Longer Applicable, Superseded), `Resolution Comments`, `Latest Update State`,
  `Latest Update Comments`.
- Rich text comes out as Pentana's plain-text version: Word bullets become "·" + tab on a new
  line. The `Title` field is 500 characters long; where staff pasted the whole text into it, it
  is cut at 500 (mid-word) and the whole text is in `Recommendation`.
- Formatting only mirrors the tree: Audit rows bold on pale blue, Finding titles indented one
  level, Action rows grey and indented two levels. Nothing is hidden, merged or coloured by status.
- UTF-8 strings throughout (xlsx); dates are real date cells.

## How a person reads the Pentana export (decision rules)

1. **Item rows are the Finding rows** (one per HMICFRS item as the force recorded it) plus the
   one **standalone Action** that carries an HMICFRS item directly (row {fr('HMI/15/03', 'A01')}).
   Audit rows are report headers; Action rows under a finding are the force's agreed actions and
   hold the finding's status, they are not items themselves.
2. **Force status of a finding**: done when it has at least one action and every action that is
   not `Superseded` has Resolution `Implemented` or `No Longer Applicable`; open otherwise (any
   blank or `Partially Implemented` action, or no actions at all). `Latest Update State` does not
   close anything by itself: a `Rejected` or only `Submitted` update leaves the Resolution blank.
   `Audit Status` is report-level and is not read as the item's status.
3. Matching is by text and report (the register ID helps where typed), not by the force's refs.

## What the layout brings, point by point (force rows)

- **Status lives in child rows, not on the item row**: every Finding's status must be read from
  the Action rows under it. Mixed actions: `firearms` F03 (row {fr('HMI/15/03', 'F03')}: Implemented +
  Partially Implemented = open), PEEL Legitimacy F04 (row {fr('HMI/17/04', 'F04')}), CDI F01
  (row {fr('HMI/19/02', 'F01')}: four Implemented, one Partially = open).
- **Superseded action inside a finding**: Stolen Freedom F06 (row {fr('HMI/17/02', 'F06')}): A1 Superseded,
  A2 Implemented = done.
- **Findings with no actions** (Action Count 0 = open): rows {fr('HMI/17/01', 'F01')}, {fr('HMI/19/01', 'F01')},
  {fr('HMI/22/01', 'F05')}.
- **Update state is not resolution**: Stolen Freedom F04 (row {fr('HMI/17/02', 'F04')}) has an update
  `Rejected` and no Resolution = open; PEEL Legitimacy F05 (row {fr('HMI/17/04', 'F05')}) has a
  `Submitted` update on an unresolved action = open.
- **No Longer Applicable = done for the force**: rows {fr('HMI/13/01', 'F02')}, {fr('HMI/14/02', 'F01')},
  {fr('HMI/19/01', 'F05')}, {fr('HMI/21/01', 'F04')} (the last a Home Office/NPCC recommendation the force
  closed as not its to deliver, while HMICFRS still shows Awaiting review).
- **Standalone action as the item record**: row {fr('HMI/15/03', 'A01')} (`Attached` = No, Description =
  the firearms "systems designed to identify ... certificate holder" recommendation).
- **Title cut at 500 characters, whole text in Recommendation**: rows {fr('HMI/14/01', 'F01')},
  {fr('HMI/17/02', 'F01')}, {fr('HMI/18/01', 'F01')}, {fr('HMI/19/02', 'F01')}. The cut title loses the end of the
  text (in three of them whole bullets); the Recommendation field has it all, so these are not
  missing-bullet conflicts.
- **One finding, two HMICFRS items**: row {fr('HMI/13/01', 'F03')} (2013 rec 3 + its 2015 repeat; both IDs in
  the ref field "a / b"), row {fr('HMI/17/04', 'F05')} (national cause of concern in Description + its
  monitoring recommendation, IDs "a; b"), row {fr('HMI/19/01', 'F08')} (second PEEL 2018/19 cause of concern in
  Description + the digital evidence recommendation; only the recommendation's ID typed). Each
  gives two truth lines, and the two lines can fall in different categories because HMICFRS
  holds the two items at different statuses.
- **One HMICFRS item split over three findings**: rows {fr('HMI/21/01', 'F03a')}-{fr('HMI/21/01', 'F03c')} (the
  body-worn video recommendation, one paragraph per finding, same ID). Parts a and b Implemented,
  part c open, so the item is open: three in_sync lines.
- **Report-level rows among items**: Audit rows {ranges(aud_rows)}, each with an `Audit Status`
  that is repeated on its child rows.
- **Combined audits**: the force holds the national PEEL efficiency / legitimacy 2017
  recommendations under its own force-report audits ("(force and national)"); that is the same
  inspection round, not a report conflict. Different from row {fr('HMI/21/01', 'F06')}, where a 2017
  legitimacy recommendation is filed under the 2021 police-powers audit (report conflict).
- **Near-duplicate texts**: the CDI AFIs on hate crime vs stalking and harassment (rows
  {fr('HMI/19/02', 'F02')}, {fr('HMI/19/02', 'F03')}); the 2013 vs 2015 stop-and-search scrutiny texts;
  PEEL 2021/22 county lines AFI (row {fr('HMI/22/01', 'F03')}) vs the hot-debrief county-lines point (row
  {fr('HMI/23/01', 'F02')}).
- **Register ID field**: blank on pre-2017 findings (except row {fr('HMI/13/01', 'F03')}), one transposed-digit typo (row {fr('HMI/17/03', 'F03')}), one ID
  belonging to another item (row {fr('HMI/22/01', 'F06')}).
- **Abbreviation / edits in the force's text**: "DA" (row {fr('HMI/22/01', 'F01')}), footnote digits dropped
  (rows {fr('HMI/14/01', 'F01')}, {fr('HMI/17/02', 'F02')}), deadline stem added to split parts (rows
  {fr('HMI/21/01', 'F03b')}, {fr('HMI/21/01', 'F03c')}).

## Traps and how the truth decides them

- Conflicts (matched, a fact disagrees; status not used): figure "less than 20%" vs 10%
  (austerity, HMICFRS row {H('austerity_2')}); timescale "Within six months" vs three months (firearms demand,
  HMICFRS row {H('firearms_2')}); type Recommendation vs Area for improvement (online CSA capacity, HMICFRS row
  {H('e4')}); reference typo (workforce plan, HMICFRS row {H('g3')}); reference of another item (performance data
  AFI, HMICFRS row {H('q7')}); missing bullet "detention certificates" (children in custody, HMICFRS row {H('n2')});
  report (2017 S&S training filed under the 2021 audit, HMICFRS row {H('leg17_5')}).
- `closeable_local` where the finding is open only because of an unresolved or partly implemented
  action, or because a cause-of-concern finding never had actions (HMICFRS rows {H('e1')}, {H('firearms_3')}, {H('d1')}).
- The 2013 stop-and-search rec (HMICFRS Complete) and its 2015 repeat (Being progressed) share one
  finding: closeable_local for one, in_sync for the other.
- The ASB problem-solving AFI (HMICFRS row {H('q6')}) looks matched by ID in the tracker, but the finding carrying its
  ID is a different AFI: it is missing_from_force.
- `review` is not used: every pair can be decided from the two rows.

## Counts per category (truth.csv, {len(lines)} lines)

| category | lines |
|---|---|
{cnt}

HMICFRS items: {len(hrows)} (every one appears at least once). Force item rows: {len(fnd_rows)}
({len(fnd_rows) - 1} Finding rows + 1 standalone Action); three of them hold two items each, and
one item is split over three rows.

## Rows that are not items

- `hmicfrs.xlsx` / `Definitive list`: row 1 (title), row 2 (note), row 3 (header).
- `tracker.xlsx` / `Findings and Actions`: rows 1-3 (report banner: name, criteria, exported by),
  row 4 (blank), row 5 (header), row {footer} (report footer "N record(s)");
  Audit rows {ranges(aud_rows)} (report-level records: one per HMICFRS report as the force holds
  it, carrying the audit status);
  Action rows under a finding {ranges(act_rows)} (the force's agreed actions and their
  resolutions; they are the status of the finding above them, not items of their own - the one
  standalone Action, row {fr('HMI/15/03', 'A01')}, is an item and is in the truth).

## Checks run

- Every force item row (Finding rows and the standalone Action) appears in truth.csv (once, or
  once per HMICFRS item it holds); every HMICFRS item row appears at least once; no non-item row
  appears; every category derived from the rows above matched the category decided by hand.
- Both workbooks read back with pandas (`header=2` / `header=4`) and openpyxl: shapes, headers,
  item types, banner/footer rows, date cells; each truth pair printed side by side (HMICFRS ID,
  report, type, status, text vs force audit, ref, category, ID, text and the actions' resolutions)
  and checked by eye.
- Built twice; all four files byte-identical (fixed seed, fixed document properties, no clock).
"""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main():
    os.makedirs(OUT, exist_ok=True)
    hrows, hmeta = write_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    rowinfo = write_tracker(os.path.join(OUT, "tracker.xlsx"))
    lines = build_truth(hrows, rowinfo)
    write_truth(os.path.join(OUT, "truth.csv"), lines, hrows)
    write_readme(os.path.join(OUT, "README.md"), hrows, hmeta, rowinfo, lines)
    print(f"wrote {OUT}: {len(hrows)} HMICFRS items, {len(lines)} truth lines")


if __name__ == "__main__":
    main()
