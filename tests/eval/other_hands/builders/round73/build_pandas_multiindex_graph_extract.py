"""Build the round-73 case `pandas_multiindex_graph_extract` (force-side layout).

The force tracker is a SharePoint list pulled with Microsoft Graph and written out by a pandas
notebook (`set_index(["report", "item_type"]).sort_index().to_excel()`): merged MultiIndex
cells, Graph field paths as headers, a regex-stripped rich-text column, references cast to
text ("8542.0", "nan"). The HMICFRS side is a plain register CSV export.

Run: /work/main/.venv/bin/python /tmp/indep73/build_pandas_multiindex_graph_extract.py
Every file is rebuilt byte for byte (fixed seed, fixed document properties and zip times).
"""
from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
CASE = "pandas_multiindex_graph_extract"

# ---------------------------------------------------------------------------------------------
# Real HMICFRS wording (Open Government Licence), copied as literals from the project's text
# lists (casegen/texts national.py, force.py, tracker.py): national items verbatim; force-level
# items are a real stem + a real body, as those lists build them.
# ---------------------------------------------------------------------------------------------
TEXTS = {
    'sas13_1': ('National recommendation',
        'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.'),
    'sas13_2': ('National recommendation',
        'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.'),
    'sas13_3': ('National recommendation',
        'Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.'),
    'everyone_1': ('National recommendation',
        "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments."),
    'austerity_1': ('National recommendation',
        "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews"),
    'austerity_2': ('National recommendation',
        'Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.'),
    'austerity_3': ('National recommendation',
        'Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.'),
    'austerity_4': ('National recommendation',
        'In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.'),
    'core_1': ('National recommendation',
        'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.'),
    'core_2': ('National recommendation',
        'By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.'),
    'integrity_1': ('National recommendation',
        'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.'),
    'sas15_1': ('National recommendation',
        'Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.'),
    'picture_1': ('National recommendation',
        'By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.'),
    'firearms_1': ('National recommendation',
        'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.'),
    'firearms_2': ('National recommendation',
        'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.'),
    'firearms_3': ('National recommendation',
        'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.'),
    'firearms_4': ('National recommendation',
        'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.'),
    'firearms_5': ('National recommendation',
        'Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.'),
    'stolen_1': ('National recommendation',
        'Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.'),
    'stolen_2': ('National recommendation',
        'Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible'),
    'stolen_3': ('National recommendation',
        'Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.'),
    'stolen_4': ('National recommendation',
        'Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.'),
    'stolen_5': ('National recommendation',
        'Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.'),
    'stolen_6': ('National recommendation',
        'Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).'),
    'stolen_7': ('National recommendation',
        'Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.'),
    'efc17_1': ('National recommendation',
        "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries."),
    'leg17_1': ('Cause of concern',
        'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.'),
    'leg17_2': ('National recommendation',
        'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.'),
    'leg17_3': ('National recommendation',
        'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;'),
    'leg17_4': ('National recommendation',
        'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.'),
    'leg17_5': ('National recommendation',
        'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.'),
    'powers_1': ('National recommendation',
        'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.'),
    'powers_2': ('National recommendation',
        'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.'),
    'powers_3': ('National recommendation',
        'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.'),
    'powers_4': ('National recommendation',
        'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.'),
    'powers_5': ('National recommendation',
        'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.'),
    'e16_coc': ('Cause of concern',
        "The force's response to domestic abuse is a cause of concern to HMIC. The force policy which allows an officer discretion to complete a DASH risk assessment in some crimes and incidents does not provide confidence that risk is always assessed appropriately. In cases where a DASH risk assessment is not completed the officer should record an assessment on the crime management system. HMIC found that officers are not consistently completing a DASH in circumstances where force policy requires that they should do so. This means that some victims of domestic abuse who may be at risk of harm are not being appropriately risk-assessed."),
    'e16_r1': ('Recommendation',
        'To address this cause of concern, HMIC recommends the force should immediately take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.'),
    'e16_a1': ('Area for improvement',
        'The force should take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.'),
    'e16_a2': ('Area for improvement',
        'The force should review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately;\n• call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and\n• supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action.'),
    'cdi_r1': ('Recommendation',
        'Within three months, the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.'),
    'cdi_r2': ('Recommendation',
        'Within six months the force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.'),
    'cdi_r3': ('Recommendation',
        'Immediately, the force should take steps to ensure it fully complies with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking.'),
    'cdi_a1': ('Area for improvement',
        'The force should make sure it records reports of rape and serious sexual offences accurately and without delay.'),
    'cdi_a2': ('Area for improvement',
        'The force should make sure it records reports of hate crime accurately and without delay.'),
    'ncpi_r1': ('Recommendation',
        'Within six months the force should improve how it works with partner organisations to safeguard people at risk from child sexual exploitation.'),
    'ncpi_r2': ('Recommendation',
        'Immediately, the force should make sure investigations of online child sexual abuse are allocated to officers with the right skills and are effectively supervised.'),
    'ncpi_r3': ('Recommendation',
        'Within twelve months, the force should make sure officers and staff have the training they need to identify and respond to missing children.'),
    'ncpi_a1': ('Area for improvement',
        'The force should improve the way it manages the risk posed by offenders involved in sexual offences against children.'),
    'p1819_coc': ('Cause of concern',
        'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.'),
    'p1819_r1': ('Recommendation',
        'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them;'),
    'p1819_r2': ('Recommendation',
        'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;'),
    'p1819_r3': ('Recommendation',
        'HMICFRS recommends that the force should immediately:improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed; and'),
    'p1819_a1': ('Area for improvement',
        'The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public.'),
    'p1819_a2': ('Area for improvement',
        'Cumbria Constabulary should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.'),
    'p1819_a3': ('Area for improvement',
        'The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.'),
    'cus_r1': ('Recommendation',
        'Within six months the force should in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested.'),
    'cus_r2': ('Recommendation',
        'Within six months the force should ensure it has effective internal monitoring processes on the use of force, to help it to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.'),
    'cus_a1': ('Area for improvement',
        'The force should make sure it has access to accurate data and analysis to support effective performance management.'),
    'p2122_a1': ('Area for improvement',
        'The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.'),
    'p2122_a2': ('Area for improvement',
        'The force should make sure investigations of domestic abuse are allocated to officers with the right skills and are effectively supervised.'),
    'p2122_a3': ('Area for improvement',
        'The force should make sure victims of stalking and harassment are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime.'),
    'p2122_a4': ('Area for improvement',
        'The force should improve the timeliness of its response to calls for service involving vulnerable adults.'),
    'p2122_a5': ('Area for improvement',
        'The force should make sure its performance framework gives senior leaders a clear picture of its response to violence against women and girls.'),
    'p2122_a6': ('Area for improvement',
        'The force should review how it gathers and uses equality and diversity data to improve its understanding of its workforce demographics.'),
    'p2122_a7': ('Area for improvement',
        'The force should make sure it provides a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.'),
    'p2122_a8': ('Area for improvement',
        'The force should make sure it consistently uses ancillary orders and other powers to protect victims of domestic abuse.'),
    'p2122_a9': ('Area for improvement',
        'The force should improve its understanding of the nature and scale of county lines drug dealing in its area.'),
    'p2324_a1': ('Area for improvement',
        'The force should make sure it has enough specialist capacity and capability to investigate online child sexual abuse.'),
    'p2324_a2': ('Area for improvement',
        'The force should improve how it gathers, assesses and acts on intelligence about serious and organised crime.'),
    'p2324_a3': ('Area for improvement',
        'The force should make sure it records reports of anti-social behaviour accurately and without delay.'),
    'p2324_a4': ('Area for improvement',
        'The force should evaluate its work to prevent knife crime and share what works across the force.'),
    'p2324_r1': ('Recommendation',
        'Within six months the force should improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service.'),
}
NAT_REPORTS = {
    'sas13': ('Stop and search powers: Are the police using them effectively and fairly?', (2013, 7, 9)),
    'everyone': ("Everyone's business: Improving the police response to domestic abuse", (2014, 3, 27)),
    'austerity': ('Policing in austerity: Meeting the challenge', (2014, 7, 22)),
    'core': ('Core Business: an inspection into crime prevention, police attendance and the use of police time', (2014, 9, 4)),
    'integrity': ('Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing', (2015, 1, 30)),
    'sas15': ('Stop and search powers 2: are the police using them effectively and fairly?', (2015, 3, 24)),
    'picture': ('Building the picture: an inspection of police information management', (2015, 7, 1)),
    'firearms': ('Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales', (2015, 9, 15)),
    'stolen': ('Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24)),
    'efc17': ('PEEL: Police efficiency 2017 (national overview)', (2017, 11, 9)),
    'leg17': ('PEEL: Police legitimacy 2017 (national overview)', (2017, 12, 12)),
    'powers': ('Disproportionate use of police powers: A spotlight on stop and search and the use of force', (2021, 2, 26)),
}

# ---------------------------------------------------------------------------------------------
# The HMICFRS side: reports, register IDs, statuses.
# ---------------------------------------------------------------------------------------------
FORCE_NAME = "Cumbria Constabulary"
FORCE_REPORTS = {
    "e16": ("PEEL: Police effectiveness 2016", (2017, 3, 2)),
    "cdi": ("Crime data integrity inspection 2017", (2017, 6, 29)),
    "ncpi": ("National child protection inspection 2018", (2018, 6, 26)),
    "p1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", (2019, 5, 2)),
    "cus": ("Report on an unannounced inspection visit to police custody suites 2020", (2020, 9, 15)),
    "p2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", (2022, 4, 8)),
    "p2324": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", (2024, 3, 14)),
}
REPORTS = dict(NAT_REPORTS)
REPORTS.update(FORCE_REPORTS)

BP, AR, CO, SU, NFA = ("Being progressed", "Awaiting review", "Complete", "Superseded",
                       "No further action required")
# key: (register id, status, status updated (y, m, d))
REGISTER = {
    "sas13_1": (1411, CO, (2015, 11, 2)), "sas13_2": (1412, CO, (2015, 11, 2)),
    "sas13_3": (1413, CO, (2016, 3, 10)),
    "everyone_1": (2321, SU, (2016, 6, 20)),
    "austerity_1": (3560, NFA, (2017, 10, 16)), "austerity_2": (3561, NFA, (2017, 10, 16)),
    "austerity_3": (3562, NFA, (2017, 10, 16)), "austerity_4": (3563, NFA, (2017, 10, 16)),
    "core_1": (4822, CO, (2016, 2, 1)), "core_2": (4823, BP, (2018, 3, 12)),
    "integrity_1": (5133, CO, (2016, 9, 5)),
    "sas15_1": (5410, CO, (2017, 1, 9)),
    "picture_1": (5702, BP, (2019, 7, 22)),
    "firearms_1": (6011, CO, (2016, 4, 18)), "firearms_2": (6012, CO, (2016, 4, 18)),
    "firearms_3": (6013, CO, (2016, 11, 28)), "firearms_4": (6014, SU, (2018, 2, 5)),
    "firearms_5": (6015, BP, (2019, 7, 22)),
    "e16_coc": (7102, SU, (2019, 5, 2)), "e16_r1": (7103, SU, (2019, 5, 2)),
    "e16_a1": (7104, CO, (2018, 9, 3)), "e16_a2": (7105, CO, (2018, 9, 3)),
    "cdi_r1": (7795, BP, (2023, 1, 16)), "cdi_r2": (7796, CO, (2019, 1, 21)),
    "cdi_r3": (7797, AR, (2017, 6, 29)), "cdi_a1": (7798, CO, (2019, 1, 21)),
    "cdi_a2": (7799, BP, (2021, 6, 7)),
    "stolen_1": (8530, BP, (2018, 11, 5)), "stolen_2": (8531, BP, (2018, 11, 5)),
    "stolen_3": (8532, CO, (2020, 2, 24)), "stolen_4": (8533, BP, (2018, 11, 5)),
    "stolen_5": (8534, BP, (2018, 11, 5)), "stolen_6": (8535, CO, (2020, 2, 24)),
    "stolen_7": (8536, BP, (2018, 11, 5)),
    "efc17_1": (8301, BP, (2019, 3, 11)),
    "leg17_1": (8541, BP, (2017, 12, 12)), "leg17_2": (8542, BP, (2019, 3, 11)),
    "leg17_3": (8543, BP, (2019, 3, 11)), "leg17_4": (8544, CO, (2020, 8, 10)),
    "leg17_5": (8545, BP, (2019, 3, 11)),
    "ncpi_r1": (9210, CO, (2020, 10, 12)), "ncpi_r2": (9211, BP, (2021, 6, 7)),
    "ncpi_r3": (9212, BP, (2021, 6, 7)), "ncpi_a1": (9213, CO, (2022, 2, 14)),
    "p1819_coc": (10405, BP, (2022, 4, 8)), "p1819_r1": (10406, CO, (2021, 6, 7)),
    "p1819_r2": (10407, BP, (2022, 4, 8)), "p1819_r3": (10408, BP, (2022, 4, 8)),
    "p1819_a1": (10409, SU, (2022, 4, 8)), "p1819_a2": (10410, AR, (2019, 5, 2)),
    "p1819_a3": (10411, CO, (2021, 6, 7)),
    "cus_r1": (11302, BP, (2022, 10, 3)), "cus_r2": (11303, BP, (2022, 10, 3)),
    "cus_a1": (11304, AR, (2020, 9, 15)),
    "powers_1": (11820, BP, (2022, 10, 3)), "powers_2": (11821, BP, (2022, 10, 3)),
    "powers_3": (11822, BP, (2022, 10, 3)), "powers_4": (11823, AR, (2021, 2, 26)),
    "powers_5": (11824, BP, (2022, 10, 3)),
    "p2122_a1": (12650, BP, (2023, 5, 15)), "p2122_a2": (12651, BP, (2023, 5, 15)),
    "p2122_a3": (12652, AR, (2022, 4, 8)), "p2122_a4": (12653, BP, (2023, 5, 15)),
    "p2122_a5": (12654, CO, (2024, 1, 22)), "p2122_a6": (12655, BP, (2023, 5, 15)),
    "p2122_a7": (12656, CO, (2024, 1, 22)), "p2122_a8": (12657, BP, (2023, 5, 15)),
    "p2122_a9": (12658, BP, (2023, 5, 15)),
    "p2324_r1": (14011, AR, (2024, 3, 14)), "p2324_a1": (14012, AR, (2024, 3, 14)),
    "p2324_a2": (14013, AR, (2024, 3, 14)), "p2324_a3": (14014, AR, (2024, 3, 14)),
    "p2324_a4": (14015, AR, (2024, 3, 14)),
}
assert set(REGISTER) == set(TEXTS), set(REGISTER) ^ set(TEXTS)
HM_OPEN = {BP, AR}


def report_of(key):
    return key.rsplit("_", 1)[0]


def ordinal(d):
    y, m, dd = d
    suf = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
    return f"{dd}{suf} {calendar.month_name[m]} {y}"


# ---------------------------------------------------------------------------------------------
# The force side: one SharePoint list item per row, as the Performance & Insight notebook
# flattened it (Graph listItem JSON -> pandas.json_normalize -> set_index -> to_excel).
# ---------------------------------------------------------------------------------------------
R_SAS13 = "Stop & Search powers (HMIC 2013)"
R_EVERY = "Everyone's Business (DA) 2014"
R_AUST = "Policing in Austerity 2014"
R_CORE = "Core business"
R_INTEG = "Integrity matters"
R_SAS15 = "Stop & search powers 2"
R_FA = "Firearms licensing 2015"
R_E16 = "PEEL Effectiveness 2016"
R_LEG16 = "PEEL Legit 16"
R_CDI = "CDI 2017"
R_ABUSE = "Abuse of position 2017"
R_SF = "Stolen Freedom (MSHT) 2017"
R_EFC = "PEEL Efficiency 17 (all forces)"
R_LEG = "PEEL Legit 17 S&S"
R_NCPI = "NCPI 2018"
R_P1819 = "PEEL 2018/19"
R_CUS = "Custody inspection 2020"
R_POW = "Police powers spotlight (Feb 21)"
R_P2122 = "PEEL 21-22"
R_P2324 = "PEEL 2023-25"
NAN = None

T_AFI, T_COC, T_NAT, T_REC = "AFI", "Cause of Concern", "National Rec", "Recommendation"

S_NS, S_IP, S_OD = "Not Started", "In Progress", "Overdue"
S_CAS, S_SUB, S_CL, S_NFF = ("Complete - awaiting sign off", "Submitted to HMICFRS", "Closed",
                             "Not for force")
FORCE_DONE = {S_CAS, S_SUB, S_CL, S_NFF}
FORCE_OPEN = {S_NS, S_IP, S_OD}

MERCER, HAIG, BELL, NWOSU, DIXON, CARRICK, WHITEHEAD, FELL, POSTLE, GRAHAM, ARMSTRONG, ROUTLEDGE = (
    "Mercer, Joanne", "Haig, Robert", "Bell, Andrew", "Nwosu, Grace", "Dixon, Paul",
    "Carrick, Ian", "Whitehead, Claire", "Fell, Martin", "Postlethwaite, Anne", "Graham, Steve",
    "Armstrong, Lisa", "Routledge, Kevin")
APP = "SharePoint App"
SHARPE = "Sharpe, Lauren"
PATEL = "Patel, Imran"

U_MIG = "Migrated from HMIC tracker v7 (Excel) Aug 2019."


def html(text):
    """What the notebook's regex tag-strip leaves of a SharePoint rich-text field: entities stay
    escaped, <p> and <li> boundaries vanish (a bullet list runs on with no space), inline
    bullet characters typed by hand survive."""
    s = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
    parts = []
    for line in s.split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("•"):
            line = line.lstrip("•").strip()
        parts.append(line)
    return "".join(parts)


def t(key):
    return TEXTS[key][1]


def title255(text):
    return " ".join(text.split())[:255]


# Each row: dict(id, report, type, title, text, ref, lead, status, rag, prop, update, target,
#                modified, modby, keys, note, conflict)
# keys: HMICFRS items the row holds (several = one row holds several items; the same key on
# several rows = the force split that item). conflict: why the matched pair disagrees.
ROWS = [
    # ---- set-up row, never deleted -------------------------------------------------------
    dict(id=1, report=NAN, type=NAN, title="TEST - please ignore", text="test", ref=None,
         lead=SHARPE, status=S_NS, rag=None, prop=None, update=None, target=None,
         modified="2019-08-12T15:41:07Z", modby=SHARPE, keys=None, not_item=True,
         note="List set-up test item (id 1, 'TEST - please ignore', text 'test'): not a "
              "recommendation, not an item."),
    # ---- Stop & Search 2013 ----------------------------------------------------------------
    dict(id=3, report=R_SAS13, type=T_NAT,
         title="S&S APP – clear spec of effective & fair use (CoP/CCs)", text=None, ref=None,
         lead=HAIG, status=S_CL, rag="Blue", prop=None, update="Closed by HMIC Nov 2015.",
         target=None, modified="2019-08-14T10:02:51Z", modby=APP, keys=["sas13_1"],
         note="Title only ('S&S APP – clear spec of effective & fair use (CoP/CCs)') = 1411, "
              "the 2013 rec that the APP specify what effective and fair use of stop and "
              "search is; the only such item, in the 2013 block."),
    dict(id=4, report=R_SAS13, type=T_NAT,
         title="Explain S&S use to public + community scrutiny of records", text=None,
         ref=None, lead=HAIG, status=S_CL, rag="Blue", prop=None,
         update="Closed by HMIC Mar 2016. Superseded by S&S 2 (2015) – see that item.",
         target=None, modified="2019-08-14T10:02:51Z", modby=APP, keys=["sas13_3"],
         note="Same Title as the row under 'Stop & search powers 2'; the wording fits both "
              "1413 (2013, 'elected local policing bodies') and 5410 (2015, 'police and crime "
              "commissioners'). The report block decides: this one sits under the 2013 report."),
    # ---- Everyone's business ----------------------------------------------------------------
    dict(id=5, report=R_EVERY, type=T_NAT, title=title255(t("everyone_1")), text=None,
         ref="2321.0", lead=BELL, status=S_CL, rag="Blue", prop=None,
         update="DA action plan published Sept 2014. HMIC superseded – now covered by PEEL.",
         target=None, modified="2019-08-14T10:02:51Z", modby=APP, keys=["everyone_1"],
         note="Title is the register wording pasted in and cut at 255 characters (line breaks "
              "turned to spaces); ref 2321.0 = 2321."),
    # ---- Austerity -------------------------------------------------------------------------
    dict(id=6, report=R_AUST, type=T_NAT,
         title="Review savings plans – protect front line (VfM profiles)",
         text=html(t("austerity_1")), ref=None, lead=POSTLE, status=S_CL, rag="Blue",
         prop=None, update="Addressed holistically as part of the force change programme.",
         target=None, modified="2019-08-14T10:02:51Z", modby=APP, keys=["austerity_1"],
         note="Rec text is the register wording with the apostrophe left as '&#39;'."),
    dict(id=7, report=R_AUST, type=T_NAT,
         title="Collaboration <10% savings / front line workforce reduction – assess (HMIC "
               "follow up autumn 2014)",
         text=html("CCs & PCCs planning <10% of savings via collaboration to assess scope to "
                   "improve.\nCCs & PCCs reducing front line workforce to assess whether decisive "
                   "action taken to maintain crime fighting capacity."),
         ref="3561.0", lead=POSTLE, status=S_CL, rag="Blue", prop=None,
         update="HMIC follow-up completed autumn 2014. No further action.", target=None,
         modified="2019-08-14T10:02:51Z", modby=APP, keys=["austerity_2", "austerity_3"],
         note="One row holds two register items: the '<10% of savings through collaboration' "
              "rec (3561, the ref given) and the 'reduce the front line workforce' rec (3562); "
              "the text, shortened, runs the two together."),
    dict(id=8, report=R_AUST, type=T_NAT, title="Spending round – review collaboration plans",
         text=html(t("austerity_4")), ref="3563.0", lead=POSTLE, status=S_IP, rag="Amber",
         prop=False, update="Addressed holistically as part of the force change programme.",
         target=dt.datetime(2024, 3, 31), modified="2023-02-06T11:20:45Z", modby=POSTLE,
         keys=["austerity_4"], note="Register wording; ref 3563.0 = 3563."),
    # ---- Core business ---------------------------------------------------------------------
    dict(id=9, report=R_CORE, type=T_NAT,
         title="THRIVE – call handler criteria for threat, harm & risk", text=None, ref=None,
         lead=GRAHAM, status=S_CL, rag="Green", prop=None,
         update="THRIVE embedded in contact centre 2015.", target=None,
         modified="2019-08-14T10:02:51Z", modby=APP, keys=["core_1"],
         note="Title only: call-handler criteria for threat, harm and risk = 4822."),
    dict(id=10, report=R_CORE, type=T_NAT, title="Crime prevention activity recorded & evaluated",
         text=html(t("core_2").replace("By 31 March 2015", "By 31 March 2016")), ref="4823.0",
         lead=HAIG, status=S_CL, rag="Blue", prop=True,
         update="Problem-solving database live; evaluation template in use.", target=None,
         modified="2021-11-29T09:14:02Z", modby=SHARPE, keys=["core_2"],
         conflict="deadline differs: the force text reads 'By 31 March 2016', the register "
                  "'By 31 March 2015'",
         note="Ref 4823.0 = 4823 and the wording is the register's except the date."),
    # ---- Integrity -------------------------------------------------------------------------
    dict(id=11, report=R_INTEG, type=T_NAT,
         title="Misconduct NFA outcomes fair & free from discrimination",
         text=html(t("integrity_1")), ref="5133.0", lead=NWOSU, status=S_CL, rag="Blue",
         prop=None, update=None, target=None, modified="2019-08-14T10:02:51Z", modby=APP,
         keys=["integrity_1"], note="Register wording; ref 5133.0 = 5133."),
    # ---- Stop & search 2 -------------------------------------------------------------------
    dict(id=12, report=R_SAS15, type=T_NAT,
         title="Explain S&S use to public + community scrutiny of records", text=None,
         ref=None, lead=HAIG, status=S_IP, rag="Amber", prop=False,
         update="Community scrutiny panel ToR being refreshed with OPCC.",
         target=dt.datetime(2023, 9, 29, 23), modified="2023-06-19T08:55:31Z", modby=HAIG,
         keys=["sas15_1"],
         note="Same Title as the 2013 row; this one sits under 'Stop & search powers 2', so it "
              "is 5410."),
    # ---- Firearms --------------------------------------------------------------------------
    dict(id=13, report=R_FA, type=T_NAT, title="FL governance v APP",
         text=html("Within 3 months CCs to assess FL governance against APP & put correct "
                   "arrangements in place where not compliant."), ref=None, lead=CARRICK,
         status=S_CL, rag="Blue", prop=None, update=None, target=None,
         modified="2019-08-14T10:02:51Z", modby=APP, keys=["firearms_1"],
         note="Force's own short wording of the governance-against-APP rec (6011)."),
    dict(id=14, report=R_FA, type=T_NAT, title="FL demand & capacity",
         text=html(t("firearms_2")), ref="6012.0", lead=CARRICK, status=S_CL, rag="Blue",
         prop=None, update=None, target=None, modified="2019-08-14T10:02:51Z", modby=APP,
         keys=["firearms_2"], note="Register wording; ref 6012.0 = 6012."),
    dict(id=15, report=R_FA, type=T_NAT, title="‘Total expired’ records", text=None,
         ref="6013.0", lead=CARRICK, status=S_IP, rag="Amber", prop=False,
         update="Backlog of total expired records reduced to 14. Weekly review in place.",
         target=dt.datetime(2024, 7, 31, 23), modified="2024-04-02T13:07:19Z", modby=CARRICK,
         keys=["firearms_3"], note="Title only; ref 6013.0 = 6013."),
    dict(id=16, report=R_FA, type=T_NAT, title="Temporary permits – HO guidance & NFLMS",
         text=html(t("firearms_4")), ref=None, lead=CARRICK, status=S_CL, rag="Blue",
         prop=None, update=None, target=None, modified="2019-08-14T10:02:51Z", modby=APP,
         keys=["firearms_4"], note="Register wording, no ref."),
    dict(id=17, report=R_FA, type=T_NAT,
         title="Flag firearm certificate holders at incident address before dispatch",
         text=html(t("firearms_5")), ref="6015.0", lead=GRAHAM, status=S_SUB, rag="Green",
         prop=True, update="Completed. Evidence submitted to HMICFRS for closure.",
         target=None, modified="2023-11-13T16:30:12Z", modby=SHARPE, keys=["firearms_5"],
         note="Register wording; ref 6015.0 = 6015."),
    # ---- PEEL Effectiveness 2016 ----------------------------------------------------------
    dict(id=18, report=R_E16, type=T_COC, title="CoC – DA risk assessment / DASH supervision",
         text=html("Cause of concern:\n" + t("e16_coc") + "\nRecommendation:\n" + t("e16_r1")),
         ref="7102.0", lead=BELL, status=S_CL, rag="Blue", prop=None,
         update="The Force Executive Team agreed on 25 July that we would risk-assess all DA "
                "incidents. A Task & Finish group has been set up and a full "
                "implementation/project plan, policy rewrite and communications plan is now "
                "completed.",
         target=None, modified="2019-08-14T10:02:51Z", modby=APP, keys=["e16_coc", "e16_r1"],
         note="One row holds the cause of concern (7102, the ref given) and its recommendation "
              "(7103): the Rec text reads 'Cause of concern:…risk-assessed.Recommendation:To "
              "address this cause of concern…'. The row's type 'Cause of Concern' is not a type "
              "conflict for 7103 because the row plainly carries both."),
    dict(id=19, report=R_E16, type=T_AFI,
         title="DA victims not supporting investigations – understand why",
         text=html("Understand & address why a high proportion of DA victims do not support "
                   "the police investigation."), ref=None, lead=BELL, status=S_IP, rag="Amber",
         prop=False, update="Victim attrition analysis commissioned from Insight team.",
         target=dt.datetime(2023, 12, 31), modified="2022-10-10T09:40:55Z", modby=BELL,
         keys=["e16_a1"], note="Force's own shortened wording of 7104."),
    dict(id=20, report=R_E16, type=T_AFI,
         title="Missing children – call takers, CSE risk, supervision",
         text=html(t("e16_a2")), ref="7105.0", lead=BELL, status=S_CL, rag="Blue", prop=None,
         update=None, target=None, modified="2019-08-14T10:02:51Z", modby=APP,
         keys=["e16_a2"],
         note="Register wording with the bullet list run together ('ensure that:call takers "
              "understand…'); ref 7105.0 = 7105."),
    # ---- PEEL Legitimacy 2016 (not on the register any more) -------------------------------
    dict(id=21, report=R_LEG16, type=T_AFI,
         title="Legit 16 AFI – embed Code of Ethics in PDR",
         text=html("Embed the Code of Ethics in the annual PDR & leadership training."),
         ref=None, lead=WHITEHEAD, status=S_CL, rag="Blue", prop=None, update=None,
         target=None, modified="2019-08-14T10:02:51Z", modby=APP, keys=None,
         note="PEEL Legitimacy 2016 is not on the register at all and nothing on the list is "
              "about the Code of Ethics: query it with HMICFRS."),
    # ---- CDI 2017 ----------------------------------------------------------------------------
    dict(id=22, report=R_CDI, type=T_AFI,
         title="CDI AFI – RASSO recorded accurately & without delay", text=None,
         ref="7798.0", lead=DIXON, status=S_CL, rag="Blue", prop=None, update=None,
         target=None, modified="2019-08-14T10:02:51Z", modby=APP, keys=["cdi_a1"],
         note="Title only; RASSO = rape and serious sexual offences (7798, ref 7798.0), not "
              "the hate-crime AFI next to it."),
    dict(id=23, report=R_CDI, type=T_AFI,
         title="CDI AFI – hate crime recorded accurately & without delay", text=None,
         ref=None, lead=DIXON, status=S_IP, rag="Amber", prop=False,
         update="Hate crime audit Q3 showed 91% compliance. Re-audit planned.",
         target=dt.datetime(2024, 6, 28, 23), modified="2024-02-19T10:26:44Z", modby=DIXON,
         keys=["cdi_a2"], note="Title only; hate crime = 7799."),
    dict(id=24, report=R_CDI, type=T_REC,
         title="CDI R1(a) – victims believed at point of report / call summaries",
         text=html("at the point of report, victims are believed; conversations between call "
                   "handlers & callers summarised accurately in the incident log"),
         ref="7795.0", lead=DIXON, status=S_CAS, rag="Green", prop=True,
         update="Call handling QA shows 96% compliance.", target=None,
         modified="2023-03-06T12:11:39Z", modby=DIXON, keys=["cdi_r1"],
         note="Part (a) of the five-bullet rec 7795, split by the force over three rows."),
    dict(id=25, report=R_CDI, type=T_REC,
         title="CDI R1(b) – multiple crimes recorded / no waiting for medicals or VRIs",
         text=html("multiple crimes always recorded when described in incident records or "
                   "identified in other investigations; stop practice of awaiting results of "
                   "medical examinations or video interviews before recording decisions"),
         ref="7795.0", lead=DIXON, status=S_SUB, rag="Green", prop=True,
         update="Completed. Evidence submitted to HMICFRS for closure.", target=None,
         modified="2023-03-06T12:13:02Z", modby=DIXON, keys=["cdi_r1"],
         note="Part (b) of 7795 (bullets 3 and 4)."),
    dict(id=26, report=R_CDI, type=T_REC, title="CDI R1(c) – online reports triaged on receipt",
         text=html("online reports of crime triaged at the point of receipt so ongoing risks "
                   "to victim or wider public identified & managed"),
         ref=None, lead=GRAHAM, status=S_CAS, rag="Green", prop=True,
         update="Pending sign off by the chief officer lead.", target=None,
         modified="2023-03-08T08:47:26Z", modby=GRAHAM, keys=["cdi_r1"],
         note="Part (c) of 7795 (last bullet), no ref but the same 'CDI R1' title."),
    dict(id=27, report=R_CDI, type=T_REC, title="CMS use for case files & investigations",
         text=html(t("cdi_r2")), ref=None, lead=ROUTLEDGE, status=S_CL, rag="Blue", prop=None,
         update=None, target=None, modified="2019-08-14T10:02:51Z", modby=APP,
         keys=["cdi_r2"], note="Register wording, no ref."),
    dict(id=28, report=R_CDI, type=T_REC, title="NCRS compliance – MSHT offences",
         text=html(t("cdi_r3")), ref="7797.0", lead=DIXON, status=S_CAS, rag="Green",
         prop=True, update="MSHT crime audit complete – 100% compliant.", target=None,
         modified="2023-10-02T14:58:10Z", modby=DIXON, keys=["cdi_r3"],
         note="Register wording of the force-level CDI rec 7797 (ref 7797.0), not the national "
              "Stolen freedom rec 8534 that also asks for NCRS compliance for MSHT offences."),
    # ---- Abuse of position 2017 (national CoC, not on the register) ----------------------
    dict(id=29, report=R_ABUSE, type=T_COC,
         title="National CoC – abuse of position for a sexual purpose (plan v NPCC strategy)",
         text=html("Force plan: review capability & capacity of the CCU; improve IT "
                   "monitoring; seek intelligence from organisations supporting vulnerable "
                   "people."),
         ref=None, lead=NWOSU, status=S_SUB, rag="Green", prop=True,
         update="Plan assessed by HMICFRS Oct 2017 (letter on file).", target=None,
         modified="2020-01-13T09:02:44Z", modby=NWOSU, keys=None,
         note="The 2017 abuse-of-position cause of concern is not on the register: query it "
              "with HMICFRS."),
    # ---- Stolen freedom --------------------------------------------------------------------
    dict(id=31, report=R_SF, type=T_NAT, title="MSHT leadership & governance review",
         text=html(t("stolen_1")), ref="8530.0", lead=ROUTLEDGE, status=S_IP, rag="Amber",
         prop=False,
         update="MSHT governance board meets quarterly.\nPerformance & QA measures still to "
                "be agreed.",
         target=dt.datetime(2024, 9, 30, 23), modified="2024-03-25T15:18:36Z",
         modby=ROUTLEDGE, keys=["stolen_1"],
         note="Register wording, its four bullets run together; ref 8530.0 = 8530."),
    dict(id=32, report=R_SF, type=T_NAT, title="MSHT ISAs with other agencies",
         text=html("Within 12 months, forces should have in place active ISAs with other "
                   "agencies to facilitate speedy exchange of intelligence & to safeguard "
                   "victims better & identify suspects as early as possible"),
         ref=None, lead=ROUTLEDGE, status=S_IP, rag="Amber", prop=False,
         update="ISA with Cumbria County Council signed; district councils outstanding.",
         target=dt.datetime(2024, 6, 28, 23), modified="2024-03-25T15:20:01Z",
         modby=ROUTLEDGE, keys=["stolen_2"],
         conflict="timescale differs: the force text says 'Within 12 months', the register "
                  "'Within six months'",
         note="Abbreviated register wording (ISAs = information-sharing agreements)."),
    dict(id=33, report=R_SF, type=T_NAT, title="s45 defence – victims compelled to offend",
         text=html(t("stolen_3")), ref="8532.0", lead=ROUTLEDGE, status=S_CL, rag="Blue",
         prop=True, update=None, target=None, modified="2020-03-02T10:00:18Z", modby=SHARPE,
         keys=["stolen_3"], note="Register wording; ref 8532.0 = 8532."),
    dict(id=34, report=R_SF, type=T_NAT, title="NRM compliance & duty to notify HO",
         text=html(t("stolen_4")), ref="8533.0", lead=BELL, status=S_CAS, rag="Green",
         prop=True, update="Ready to move to GREEN status.", target=None,
         modified="2024-01-08T11:45:50Z", modby=BELL, keys=["stolen_4"],
         note="Register wording; ref 8533.0 = 8533."),
    dict(id=35, report=R_SF, type=T_NAT, title="NCRS – MSHT offences & FCR audit capacity",
         text=html(t("stolen_5")), ref=None, lead=DIXON, status=S_IP, rag="Amber",
         prop=False, update="Audit capacity bid in 2024/25 budget.",
         target=dt.datetime(2025, 3, 31, 23), modified="2024-02-19T10:31:12Z", modby=DIXON,
         keys=["stolen_5"],
         note="Register wording of the national rec 8534 (with 'sufficient audit capacity … "
              "force crime registrar'), filed under Stolen Freedom; not the CDI rec 7797."),
    dict(id=36, report=R_SF, type=T_NAT, title="MSHT investigations – supervision & JITs",
         text=html(t("stolen_6")), ref="8535.0", lead=ROUTLEDGE, status=S_IP, rag="Amber",
         prop=False, update="Work undertaken in area but still requires development to "
                            "complete.",
         target=dt.datetime(2024, 9, 30, 23), modified="2023-07-24T09:12:41Z",
         modby=ROUTLEDGE, keys=["stolen_6"], note="Register wording; ref 8535.0 = 8535."),
    dict(id=37, report=R_SF, type=T_NAT, title="MSHT preventative orders (STPOs/STROs)",
         text=html(t("stolen_7")), ref=None, lead=ROUTLEDGE, status=S_NS, rag="Red",
         prop=False, update="Little work yet undertaken in this area. Unlikely to reach "
                            "deadlines.",
         target=None, modified="2022-05-09T14:22:05Z", modby=SHARPE, keys=["stolen_7"],
         note="Register wording (preventative powers under the Modern Slavery Act 2015)."),
    # ---- PEEL Efficiency 2017 national ---------------------------------------------------
    dict(id=38, report=R_EFC, type=T_NAT, title="Digital services plan (by Sept 2018)",
         text=html("By Sept 2018 CCs to produce an ambitious plan to improve "
                   "digitally-enabled services within their force."),
         ref=None, lead=POSTLE, status=S_IP, rag="Amber", prop=False,
         update="Digital Policing Strategy 2024-27 in draft.", target=dt.datetime(2024, 12, 31),
         modified="2024-01-15T16:04:27Z", modby=POSTLE, keys=["efc17_1"],
         note="First sentence only of 8301; the second sentence is addressed to the Home "
              "Office, NPCC and APCC, so leaving it out is not a missing part for the force."),
    # ---- PEEL Legitimacy 2017 national -----------------------------------------------------
    dict(id=39, report=R_LEG, type=T_NAT,
         title="S&S data monitoring – disproportionality, find rates, possession-only",
         text=html(t("leg17_2")), ref="8542.0", lead=HAIG, status=S_SUB, rag="Amber",
         prop=True, update="Evidence pack sent to FLL 12/02/24.", target=None,
         modified="2024-02-12T17:20:33Z", modby=SHARPE, keys=["leg17_2"],
         note="Register wording; ref 8542.0 = 8542. RAG still Amber but Status says "
              "submitted and Proposed for closure is TRUE: the RAG was not updated."),
    dict(id=40, report=R_LEG, type=T_NAT, title="Disparities – research/analysis & action to reduce",
         text=html(t("leg17_3")), ref="8534.0", lead=HAIG, status=S_IP, rag="Amber",
         prop=False, update="Disproportionality analysis with university partner ongoing.",
         target=dt.datetime(2024, 10, 31), modified="2024-02-12T17:24:09Z", modby=SHARPE,
         keys=["leg17_3"],
         conflict="reference differs: the force row gives 8534.0, which is the register's "
                  "Stolen freedom NCRS rec; the wording is 8543's",
         note="Register wording of 8543 ('Where forces identify disparities…')."),
    dict(id=41, report=R_LEG, type=T_NAT, title="Publish S&S analysis annually",
         text=None, ref="8544.0", lead=HAIG, status=S_CL, rag="Blue", prop=True, update=None,
         target=None, modified="2020-08-17T09:30:55Z", modby=SHARPE, keys=["leg17_4"],
         note="Title only; ref 8544.0 = 8544."),
    dict(id=42, report=R_LEG, type=T_NAT,
         title="Unconscious bias & APP S&S training for all S&S officers",
         text=html(t("leg17_5")), ref="8545.0", lead=WHITEHEAD, status=S_CAS, rag="Green",
         prop=True, update="Training compliance 97%. Pending sign off by the chief officer "
                           "lead.",
         target=None, modified="2024-04-29T12:02:18Z", modby=WHITEHEAD, keys=["leg17_5"],
         note="Register wording; ref 8545.0 = 8545."),
    # ---- NCPI 2018 -------------------------------------------------------------------------
    dict(id=44, report=R_NCPI, type=T_REC, title="CSE – partnership safeguarding",
         text=html(t("ncpi_r1")), ref="9210.0", lead=BELL, status=S_CL, rag="Blue", prop=True,
         update=None, target=None, modified="2020-10-19T13:16:40Z", modby=SHARPE,
         keys=["ncpi_r1"], note="Register wording; ref 9210.0 = 9210."),
    dict(id=45, report=R_NCPI, type=T_REC, title="OCSA investigations – skills & supervision",
         text=None, ref="9211.0", lead=BELL, status=S_IP, rag="Amber", prop=False,
         update="POLIT capacity review underway.", target=dt.datetime(2024, 8, 30, 23),
         modified="2024-03-04T10:45:22Z", modby=BELL, keys=["ncpi_r2"],
         note="Title only (OCSA = online child sexual abuse); ref 9211.0 = 9211."),
    dict(id=46, report=R_NCPI, type=T_REC,
         title="Missing children – training for officers & staff",
         text=html("Within 12 months, the force should make sure officers & staff have the "
                   "training they need to identify & respond to missing children."),
         ref="9212.0", lead=BELL, status=S_SUB, rag="Green", prop=True,
         update="Completed. Evidence submitted to HMICFRS for closure.", target=None,
         modified="2023-12-11T15:03:37Z", modby=SHARPE, keys=["ncpi_r3"],
         note="Register wording abbreviated ('within 12 months' = 'within twelve months', "
              "same timescale); ref 9212.0 = 9212."),
    dict(id=47, report=R_NCPI, type=T_AFI, title="RSOs – risk management (CSA offenders)",
         text=html("Improve management of the risk posed by offenders involved in sexual "
                   "offences against children"),
         ref=None, lead=BELL, status=S_OD, rag="Red", prop=False,
         update="ViSOR caseloads above national guidance. Recovery plan to FET.",
         target=dt.datetime(2023, 3, 31, 23), modified="2023-05-02T08:30:14Z", modby=BELL,
         keys=["ncpi_a1"], note="Force's shortened wording of 9213."),
    # ---- PEEL 2018/19 ---------------------------------------------------------------------
    dict(id=49, report=R_P1819, type=T_COC, title="CoC – capacity & capability to investigate crime",
         text=html(t("p1819_coc")), ref="10405.0", lead=ROUTLEDGE, status=S_IP, rag="Amber",
         prop=False, update="Investigations improvement plan phase 2.",
         target=dt.datetime(2024, 12, 31), modified="2024-04-22T09:50:03Z", modby=ROUTLEDGE,
         keys=["p1819_coc"], note="Register wording; ref 10405.0 = 10405."),
    dict(id=50, report=R_P1819, type=T_REC, title="Review officer investigative workloads",
         text=html(t("p1819_r1")), ref="10406.0", lead=ROUTLEDGE, status=S_CL, rag="Blue",
         prop=True, update=None, target=None, modified="2021-06-14T11:11:48Z", modby=SHARPE,
         keys=["p1819_r1"], note="Register wording; ref 10406.0 = 10406."),
    dict(id=51, report=R_P1819, type=T_REC, title="Supervision of investigations – recorded",
         text=html(t("p1819_r2")), ref=None, lead=ROUTLEDGE, status=S_CAS, rag="Green",
         prop=True, update="Supervisory review template mandated on Niche. Dip sample 88% "
                           "compliant.",
         target=None, modified="2024-04-22T09:52:40Z", modby=ROUTLEDGE, keys=["p1819_r2"],
         note="Register wording of 10407 ('regular and active supervision … properly "
              "recorded'); not the 2023/24 rec 14011 on investigation plans."),
    dict(id=52, report=R_P1819, type=T_AFI, title="Demand – fuller understanding current & future",
         text=html(t("p1819_a1")), ref="10409.0", lead=POSTLE, status=S_IP, rag="Amber",
         prop=False, update="FMS 2024 demand chapter in progress.",
         target=dt.datetime(2024, 5, 31, 23), modified="2023-09-11T14:40:51Z", modby=POSTLE,
         keys=["p1819_a1"], note="Register wording; ref 10409.0 = 10409."),
    dict(id=53, report=R_P1819, type=T_AFI, title="Vetting – clear backlog & renewals (APP compliance)",
         text=html(t("p1819_a2")), ref="10410.0", lead=NWOSU, status=S_SUB, rag="Amber",
         prop=True, update="Backlog cleared Dec 23. Evidence submitted to HMICFRS for closure.",
         target=None, modified="2024-01-29T10:05:27Z", modby=NWOSU, keys=["p1819_a2"],
         note="Register wording ('Cumbria Constabulary should ensure…'); ref 10410.0 = "
              "10410. RAG Amber is stale: Status submitted, Proposed TRUE."),
    dict(id=54, report=R_P1819, type=T_AFI, title="Workforce plan aligned to demand & budget",
         text=None, ref=None, lead=WHITEHEAD, status=S_CL, rag="Blue", prop=True, update=None,
         target=None, modified="2021-06-14T11:13:20Z", modby=SHARPE, keys=["p1819_a3"],
         note="Title only: future workforce plan aligned with demand and budget = 10411."),
    # ---- Custody 2020 -----------------------------------------------------------------------
    dict(id=56, report=R_CUS, type=T_REC,
         title="Custody R1 (i) – children only detained when absolutely necessary",
         text=html("Children only detained when absolutely necessary & for the minimum time"),
         ref="11302.0", lead=FELL, status=S_CAS, rag="Green", prop=True, update=None,
         target=None, modified="2023-08-07T10:19:44Z", modby=FELL, keys=["cus_r1"],
         note="Bullet (i) of the four-bullet custody rec 11302, split by the force over four "
              "rows."),
    dict(id=57, report=R_CUS, type=T_REC,
         title="Custody R1 (ii) – early assessment of need for alternative accommodation",
         text=html("Custody staff assess early a child's need for alternative accommodation "
                   "(secure or otherwise) & work with children's social care"),
         ref="11302.0", lead=FELL, status=S_CAS, rag="Green", prop=True, update=None,
         target=None, modified="2023-08-07T10:21:03Z", modby=FELL, keys=["cus_r1"],
         note="Bullet (ii) of 11302."),
    dict(id=58, report=R_CUS, type=T_REC,
         title="Custody R1 (iii) – record of actions & decisions",
         text=html("Record all actions taken & decisions made on the relevant documentation"),
         ref="11302.0", lead=FELL, status=S_CAS, rag="Green", prop=True, update=None,
         target=None, modified="2023-08-07T10:22:37Z", modby=FELL, keys=["cus_r1"],
         note="Bullet (iii) of 11302."),
    dict(id=59, report=R_CUS, type=T_REC,
         title="Custody R1 (iv) – appropriate adult timeliness",
         text=html("Improve timeliness of appropriate adult support for children arrested"),
         ref="11302.0", lead=FELL, status=S_IP, rag="Amber", prop=False,
         update="AA contract with LA under review; out-of-hours cover still a gap.",
         target=dt.datetime(2024, 10, 31), modified="2024-03-18T09:33:50Z", modby=FELL,
         keys=["cus_r1"],
         note="Bullet (iv) of 11302, still In Progress, so the whole item is still open."),
    dict(id=60, report=R_CUS, type=T_REC,
         title="Use of force monitoring – disproportionality (custody)",
         text=html(t("cus_r2")), ref=None, lead=FELL, status=S_NS, rag="Red", prop=False,
         update="Awaiting allocation.", target=None, modified="2022-10-10T09:58:01Z",
         modby=SHARPE, keys=["cus_r2"],
         note="Register wording of the force-level custody rec 11303 ('help it to identify'), "
              "under the custody block; not the national powers rec 11824."),
    dict(id=61, report=R_CUS, type=NAN,
         title="Local action: custody CCTV retention to 90 days (ICV feedback)", text=None,
         ref=None, lead=FELL, status=S_IP, rag="Amber", prop=False,
         update="Retention change raised with ICT.", target=dt.datetime(2024, 7, 31, 23),
         modified="2024-03-18T09:40:12Z", modby=FELL, keys=None,
         note="The force's own action after independent custody visitor feedback; nothing "
              "like it on the register."),
    # ---- Police powers spotlight 2021 -----------------------------------------------------
    dict(id=63, report=R_POW, type=T_NAT, title="Comms skills – conflict mgmt guidelines (by Jul 22)",
         text=html(t("powers_1")), ref="11820.0", lead=WHITEHEAD, status=S_IP, rag="Amber",
         prop=False, update="Personal safety training refresh includes comms module.",
         target=dt.datetime(2024, 9, 30, 23), modified="2024-02-05T12:30:07Z",
         modby=WHITEHEAD, keys=["powers_1"], note="Register wording; ref 11820.0 = 11820."),
    dict(id=64, report=R_POW, type=T_NAT, title="Comms skills in CPD + BWV debriefs",
         text=None, ref="11821.0", lead=WHITEHEAD, status=S_OD, rag="Red", prop=False,
         update="Supervisor BWV debrief guidance not yet issued.",
         target=dt.datetime(2023, 7, 31, 23), modified="2023-08-14T08:05:16Z",
         modby=WHITEHEAD, keys=["powers_2"], note="Title only; ref 11821.0 = 11821."),
    dict(id=65, report=R_POW, type=T_NAT,
         title="BWV – record all S&S encounters & structured review of footage",
         text=html("\n".join(t("powers_3").split("\n")[:2])), ref="11822.0", lead=HAIG,
         status=S_IP, rag="Amber", prop=False, update="BWV dip sampling monthly since Jan 23.",
         target=dt.datetime(2024, 6, 28, 23), modified="2024-01-22T16:44:29Z", modby=HAIG,
         keys=["powers_3"],
         conflict="missing part: the force text has the first two parts (record every "
                  "encounter; structured internal review of footage) but not the third "
                  "(external scrutiny panel access to BWV footage)",
         note="Ref 11822.0 = 11822."),
    dict(id=66, report=R_POW, type=T_NAT, title="HO/NPCC – use of force data quality (not for force)",
         text=html(t("powers_4")), ref="11823.0", lead=NAN, status=S_NFF, rag=None, prop=False,
         update="Not the force's responsibility to deliver; dependent upon another "
                "organisation.",
         target=None, modified="2021-04-12T10:10:10Z", modby=SHARPE, keys=["powers_4"],
         note="Register wording; ref 11823.0 = 11823. Addressed to the Home Office and NPCC; "
              "the force marks it 'Not for force', which counts as done on the force side."),
    dict(id=67, report=R_POW, type=T_NAT, title="Use of force – internal monitoring & disproportionality",
         text=html(t("powers_5")), ref="11824.0", lead=HAIG, status=S_IP, rag="Amber",
         prop=False, update="Use of force dashboard live; ethnicity analysis quarterly.",
         target=dt.datetime(2024, 6, 28, 23), modified="2024-01-22T16:47:51Z", modby=HAIG,
         keys=["powers_5"],
         note="Register wording of the national rec 11824 ('help them to identify'); ref "
              "11824.0."),
    # ---- PEEL 2021/22 ----------------------------------------------------------------------
    dict(id=70, report=R_P2122, type=T_REC, title="Control room resourcing model & wellbeing",
         text=html(t("p2122_a1")), ref="12650.0", lead=GRAHAM, status=S_IP, rag="Amber",
         prop=False, update="Demand & capacity review of FCC reported to FET March 2024.",
         target=dt.datetime(2024, 9, 30, 23), modified="2024-03-11T13:13:13Z", modby=GRAHAM,
         keys=["p2122_a1"],
         conflict="type differs: the force files it as 'Recommendation', the register as "
                  "'Area for improvement'",
         note="Register wording; ref 12650.0 = 12650."),
    dict(id=71, report=R_P2122, type=T_AFI, title="DA investigations – skills & supervision",
         text=None, ref="12651.0", lead=BELL, status=S_IP, rag="Amber", prop=False,
         update="DA investigation standards training rolled out to 60% of PIP1.",
         target=dt.datetime(2024, 12, 31), modified="2024-04-15T10:20:30Z", modby=BELL,
         keys=["p2122_a2"], note="Title only; ref 12651.0 = 12651."),
    dict(id=72, report=R_P2122, type=T_AFI, title="Stalking & harassment – victim updates (VCOP)",
         text=html(t("p2122_a3")), ref="12652.0", lead=BELL, status=S_CAS, rag="Green",
         prop=True, update="VCOP compliance audit 94%. Pending sign off.", target=None,
         modified="2024-04-15T10:24:55Z", modby=BELL, keys=["p2122_a3"],
         note="Register wording; ref 12652.0 = 12652."),
    dict(id=73, report=R_P2122, type=T_AFI, title="Vulnerable adults – call response times",
         text=None, ref="12653.0", lead=GRAHAM, status=S_IP, rag="Amber", prop=False,
         update=None, target=dt.datetime(2024, 12, 31), modified="2023-06-05T09:09:09Z",
         modby=SHARPE, keys=["p2122_a4"], note="Title only; ref 12653.0 = 12653."),
    dict(id=74, report=R_P2122, type=T_AFI, title="VAWG performance framework",
         text=html(t("p2122_a5")), ref="12654.0", lead=MERCER, status=S_IP, rag="Amber",
         prop=False, update="VAWG delivery plan measures being added to force performance "
                            "pack.",
         target=dt.datetime(2024, 6, 28, 23), modified="2023-11-27T12:40:08Z", modby=MERCER,
         keys=["p2122_a5"], note="Register wording; ref 12654.0 = 12654."),
    dict(id=75, report=R_P2122, type=T_AFI, title="E&D workforce data",
         text=html(t("p2122_a6")), ref="12655.0", lead=WHITEHEAD, status=S_SUB, rag="Green",
         prop=True, update="Completed. Evidence submitted to HMICFRS for closure.",
         target=None, modified="2024-02-26T15:55:01Z", modby=SHARPE, keys=["p2122_a6"],
         note="Register wording; ref 12655.0 = 12655."),
    dict(id=76, report=R_P2122, type=T_AFI, title="Whistleblowing / confidential reporting",
         text=None, ref="12656.0", lead=NWOSU, status=S_CL, rag="Blue", prop=True, update=None,
         target=None, modified="2024-01-29T10:07:44Z", modby=SHARPE, keys=["p2122_a7"],
         note="Title only; ref 12656.0 = 12656."),
    dict(id=77, report=R_P2122, type=T_AFI, title="DA – ancillary orders & powers",
         text=html(t("p2122_a8")), ref=None, lead=BELL, status=S_OD, rag="Red", prop=False,
         update="DVPN/DVPO use below MSG average.", target=dt.datetime(2023, 12, 29),
         modified="2024-01-08T11:50:19Z", modby=BELL, keys=["p2122_a8"],
         note="Register wording of 12657 (ancillary orders), not 12651 (DA investigations)."),
    dict(id=78, report=R_P2122, type=T_REC, title="Digital forensics – phone/computer backlog",
         text=html("Improve ability to retrieve digital evidence from phones, computers & "
                   "other devices quickly so investigations are not delayed"),
         ref=None, lead=ROUTLEDGE, status=S_IP, rag="Amber", prop=False,
         update="DFU backlog 212 devices; triage kiosks in 3 stations.",
         target=dt.datetime(2024, 9, 30, 23), modified="2024-04-22T09:55:12Z", modby=ROUTLEDGE,
         keys=["p1819_r3"],
         conflict="report differs: the force files it under 'PEEL 21-22', the register under "
                  "PEEL 2018/19 (10408)",
         note="Force's shortened wording of 10408 (retrieve digital evidence quickly); PEEL "
              "2021/22 on the register has no such item."),
    dict(id=79, report=R_P2122, type=NAN,
         title="Force improvement plan: refresh the fraud problem profile",
         text=html("Refresh the fraud problem profile and add it to the control strategy"),
         ref=None, lead=ROUTLEDGE, status=S_IP, rag="Amber", prop=False, update=None,
         target=dt.datetime(2024, 9, 30, 23), modified="2023-06-05T09:12:40Z", modby=SHARPE,
         keys=None,
         note="A force improvement-plan action with no type; nothing about fraud on the "
              "register."),
    # ---- PEEL 2023-25 ----------------------------------------------------------------------
    dict(id=81, report=R_P2324, type=T_AFI, title="OCSA – specialist capacity & capability",
         text=html(t("p2324_a1")), ref=None, lead=BELL, status=S_NS, rag=None, prop=False,
         update=None, target=None, modified="2024-04-08T14:02:33Z", modby=SHARPE,
         keys=["p2324_a1"],
         note="Register wording of 14012 (specialist capacity to investigate online child "
              "sexual abuse), not the NCPI 2018 rec 9211."),
    dict(id=82, report=R_P2324, type=T_AFI, title="SOC intelligence – gather, assess, act",
         text=html(t("p2324_a2")), ref=None, lead=MERCER, status=S_NS, rag=None, prop=False,
         update=None, target=None, modified="2024-04-08T14:04:10Z", modby=SHARPE,
         keys=["p2324_a2"], note="Register wording of 14013."),
    # ---- no report selected on the list item ---------------------------------------------
    dict(id=43, report=NAN, type=T_NAT,
         title="Info mgmt – audit compliance with APP through IM governance",
         text=html(t("picture_1")), ref=None, lead=ARMSTRONG, status=S_CL, rag="Blue",
         prop=True, update="Information Management Board scrutinises audit results "
                           "quarterly.",
         target=None, modified="2021-03-01T10:37:58Z", modby=ARMSTRONG, keys=["picture_1"],
         note="No report selected on the list item (blank merged report cell), but the text "
              "is the Building the picture rec 5702 word for word."),
    dict(id=84, report=NAN, type=T_REC,
         title="Investigation supervision – plans set, reviewed, recorded",
         text=html(t("p2324_r1")), ref=None, lead=ROUTLEDGE, status=S_NS, rag=None,
         prop=False, update=None, target=None, modified="2024-04-08T14:06:51Z", modby=SHARPE,
         keys=["p2324_r1"],
         note="No report selected, but the text is the 2023/24 rec 14011 word for word "
              "('investigation plans are set, reviewed and recorded'); a blank report is not a "
              "different report, so no conflict."),
    dict(id=48, report=NAN, type=NAN, title="Internal audit action: DA dip sample",
         text=html("Dip-sample 50 domestic abuse crime reports each quarter and report findings "
                   "to the Crime Standards Board"),
         ref=None, lead=DIXON, status=S_IP, rag="Green", prop=False,
         update="Q4 dip sample done.", target=None, modified="2024-04-29T12:10:05Z",
         modby=DIXON, keys=None,
         note="An internal-audit action, no report and no type; not an HMICFRS item."),
]

MISSING_NOTES = {
    "sas13_2": "No row in the extract is about establishing or improving monitoring of how "
               "officers stop and search people (the 2013 rec); the 'Stop & Search powers (HMIC "
               "2013)' block holds only 1411 and 1413. Closed on the register, but not on the "
               "force list.",
    "leg17_1": "The national cause of concern on stop and search fairness is not on the list: the "
               "'PEEL Legit 17 S&S' block holds only the four recs 8542-8545.",
    "cus_a1": "The custody AFI on accurate data and analysis for performance management has no "
              "row: the 'Custody inspection 2020' block holds the four parts of 11302, 11303 "
              "and a local CCTV action.",
    "p2122_a9": "Nothing in the extract mentions county lines; the 'PEEL 21-22' block has the "
                "other 2021/22 AFIs only.",
    "p2324_a3": "The 'PEEL 2023-25' block holds only 14012 and 14013 (14011 is in the no-report "
                "block); the anti-social behaviour recording AFI was not loaded.",
    "p2324_a4": "The 'PEEL 2023-25' block holds only 14012 and 14013 (14011 is in the no-report "
                "block); the knife crime prevention AFI was not loaded.",
}

TYPE_LABEL = {"National recommendation": "National recommendation",
              "Cause of concern": "Cause of concern",
              "Area for improvement": "Area for improvement",
              "Recommendation": "Recommendation"}

COLUMNS = ["report", "item_type", "id", "fields.Title", "fields.Rec_x0020_Text",
           "fields.HMICFRS_x0020_Ref", "fields.LeadOfficer", "fields.Status", "fields.RAG",
           "fields.Proposed_x0020_for_x0020_closure", "fields.Latest_x0020_Update",
           "fields.Target_x0020_Date", "lastModifiedDateTime",
           "lastModifiedBy.user.displayName", "webUrl", "@odata.etag"]
SITE = "https://cumbriaconstabulary.sharepoint.com/sites/OrgLearning/Lists/HMICFRS%20Recommendations"
FIXED_TIME = dt.datetime(2024, 6, 3, 6, 15, 2)


def sort_key(r):
    rep, typ = r["report"], r["type"]
    return (rep is None, rep or "", typ is None, typ or "", r["id"])


def etag(rng):
    h = "%032x" % rng.getrandbits(128)
    guid = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return f'"{guid},{rng.randint(1, 14)}"'


def register_order():
    keys = sorted(REGISTER, key=lambda k: (REPORTS[report_of(k)][1], REGISTER[k][0]))
    return keys


# ---------------------------------------------------------------------------------------------
def write_hmicfrs(path):
    keys = register_order()
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Recommendation ID", "Force", "Report title", "Date published", "Type",
                "Recommendation", "Status", "Status updated"])
    rowno = {}
    for i, k in enumerate(keys, start=2):
        rid, status, sdate = REGISTER[k]
        title, (y, m, d) = REPORTS[report_of(k)]
        w.writerow([rid, FORCE_NAME, title, f"{d:02d}/{m:02d}/{y}", TEXTS[k][0], TEXTS[k][1],
                    status, ordinal(sdate)])
        rowno[k] = i
    path.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    return rowno


# ---------------------------------------------------------------------------------------------
def write_tracker(path):
    rng = random.Random(20240603)
    rows = sorted(ROWS, key=sort_key)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    bold = Font(bold=True)
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    centre = Alignment(horizontal="center", vertical="top")
    for c, name in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=1, column=c, value=name)
        cell.font, cell.border, cell.alignment = bold, border, centre
    rowno = {}
    for i, r in enumerate(rows, start=2):
        rowno[r["id"]] = i
        vals = [r["report"], r["type"], str(r["id"]), r["title"], r["text"],
                r["ref"] if r["ref"] is not None else "nan", r["lead"], r["status"], r["rag"],
                r["prop"], r["update"], r["target"], r["modified"], r["modby"],
                f"{SITE}/{r['id']}_.000", etag(rng)]
        for c, v in enumerate(vals, start=1):
            if c <= 2:
                continue
            if v is None:
                continue
            cell = ws.cell(row=i, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "YYYY-MM-DD HH:MM:SS"
    # index levels: merged runs, bold bordered, vertical top (pandas merge_cells=True)
    n = len(rows)
    for level, col in ((0, 1), (1, 2)):
        start = 0
        while start < n:
            end = start
            key = (rows[start]["report"],) if level == 0 else (rows[start]["report"], rows[start]["type"])
            while end + 1 < n:
                nxt = rows[end + 1]
                k2 = (nxt["report"],) if level == 0 else (nxt["report"], nxt["type"])
                if k2 != key:
                    break
                end += 1
            val = key[-1]
            cell = ws.cell(row=start + 2, column=col, value=val)
            cell.font, cell.border, cell.alignment = bold, border, centre
            if end > start:
                ws.merge_cells(start_row=start + 2, start_column=col, end_row=end + 2,
                               end_column=col)
            start = end + 1
    # second sheet written by the same notebook: df_info.to_excel(sheet_name='extract_info')
    wi = wb.create_sheet("extract_info")
    info = [
        ("source", "SharePoint Online list 'HMICFRS Recommendations' (/sites/OrgLearning)"),
        ("extracted_utc", "2024-06-03T06:15:02Z"),
        ("items", str(len(rows))),
        ("index", "report, item_type (report = Title of the 'Inspection Reports' lookup list)"),
        ("notebook", "orglearning_hmicfrs_extract.ipynb v0.4 (Performance & Insight)"),
        ("note", "blank report = no report selected on the list item"),
        ("note", "fields.HMICFRS_x0020_Ref cast to str; nan = not recorded"),
    ]
    for c, name in ((2, "key"), (3, "value")):
        cell = wi.cell(row=1, column=c, value=name)
        cell.font, cell.border, cell.alignment = bold, border, centre
    for i, (k, v) in enumerate(info):
        cell = wi.cell(row=i + 2, column=1, value=i)
        cell.font, cell.border, cell.alignment = bold, border, centre
        wi.cell(row=i + 2, column=2, value=k)
        wi.cell(row=i + 2, column=3, value=v)
    wb.properties.creator = "openpyxl"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))
    return rows, rowno


def normalise_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            payload = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                payload = re.sub(rb"<dcterms:created([^>]*)>[^<]*</dcterms:created>",
                                 rb"<dcterms:created\1>2024-06-03T06:15:02Z</dcterms:created>",
                                 payload)
                payload = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                                 rb"<dcterms:modified\1>2024-06-03T06:15:02Z</dcterms:modified>",
                                 payload)
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, payload)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
def build_truth(hrow, frows, frowno):
    lines = []
    by_key = {}
    for r in ROWS:
        for k in r.get("keys") or []:
            by_key.setdefault(k, []).append(r)
    for k in register_order():
        rid, hstatus, _ = REGISTER[k]
        hopen = hstatus in HM_OPEN
        hword = "open" if hopen else "closed"
        hcell = f"hmicfrs.csv!{hrow[k]}"
        rows = by_key.get(k, [])
        if not rows:
            lines.append((hcell, "", "missing_from_force",
                          f"{rid} ({TEXTS[k][0]}, register '{hstatus}'): {MISSING_NOTES[k]}"))
            continue
        done_all = all(r["status"] in FORCE_DONE for r in rows)
        for r in rows:
            assert r["status"] in FORCE_DONE | FORCE_OPEN
        conflict = next((r.get("conflict") for r in rows if r.get("conflict")), None)
        if conflict:
            cat = "conflict"
        elif hopen and not done_all:
            cat = "in_sync"
        elif not hopen and done_all:
            cat = "in_sync"
        elif hopen and done_all:
            cat = "closeable_submit"
        else:
            cat = "closeable_local"
        for r in sorted(rows, key=lambda r: frowno[r["id"]]):
            fcell = f"Sheet1!{frowno[r['id']]}"
            rep = r["report"] or "(blank report)"
            fstate = "done" if r["status"] in FORCE_DONE else "open"
            parts = [f"{rid} ↔ Sheet1 row {frowno[r['id']]} (list id {r['id']}, block "
                     f"'{rep}'). {r['note']}"]
            if len(rows) > 1:
                others = ", ".join(str(frowno[x["id"]]) for x in rows)
                state = "all parts done" if done_all else "not every part done"
                parts.append(f"Split over rows {others}: {state}, so the item is "
                             f"{'done' if done_all else 'open'} on the force side.")
            parts.append(f"Register '{hstatus}' ({hword}); force Status '{r['status']}' "
                         f"({fstate}).")
            if conflict:
                parts.append(f"Conflict: {conflict}.")
            lines.append((hcell, fcell, cat, " ".join(parts)))
    for r in sorted(ROWS, key=lambda r: frowno[r["id"]]):
        if r.get("not_item") or r.get("keys"):
            continue
        lines.append(("", f"Sheet1!{frowno[r['id']]}", "not_on_hmicfrs_list",
                      f"Sheet1 row {frowno[r['id']]} (list id {r['id']}, block "
                      f"'{r['report'] or '(blank report)'}'), Status '{r['status']}'. {r['note']}"))
    return lines


def write_truth(path, lines):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for ln in lines:
        w.writerow(ln)
    path.write_bytes(out.getvalue().encode("utf-8"))


# ---------------------------------------------------------------------------------------------
def merged_runs(rows, level):
    runs = []
    start = 0
    n = len(rows)
    while start < n:
        key = (rows[start]["report"],) if level == 0 else (rows[start]["report"], rows[start]["type"])
        end = start
        while end + 1 < n:
            nxt = rows[end + 1]
            k2 = (nxt["report"],) if level == 0 else (nxt["report"], nxt["type"])
            if k2 != key:
                break
            end += 1
        runs.append((key[-1], start + 2, end + 2))
        start = end + 1
    return runs


def write_readme(path, rows, frowno, hrow, lines):
    from collections import Counter
    cnt = Counter(ln[2] for ln in lines)
    R = lambda i: frowno[i]  # noqa: E731
    H = lambda k: hrow[k]    # noqa: E731
    runs = merged_runs(rows, 0)
    blocks = "\n".join(f"| {v if v is not None else '(blank, merged)'} | {a}–{b} |"
                       if b > a else f"| {v if v is not None else '(blank)'} | {a} |"
                       for v, a, b in runs)
    test_row = R(1)
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict",
             "missing_from_force", "not_on_hmicfrs_list", "review"]
    counts = "\n".join(f"| {c} | {cnt.get(c, 0)} |" for c in order)
    text = f"""# pandas_multiindex_graph_extract

## The story

Cumbria Constabulary's Organisational Learning team moved its HMICFRS tracker out of an Excel
workbook ("HMIC tracker v7") into a SharePoint Online list, *HMICFRS Recommendations*, in
August 2019 (the migrated items still show `SharePoint App` as last modifier). Owners update
their items in the list. Since 2023 the force's Performance & Insight team has pulled the list
every month with a Python notebook (Microsoft Graph → `pandas.json_normalize` →
`set_index(["report", "item_type"]).sort_index()` → `DataFrame.to_excel`) and emails the
workbook to the OL analyst, who has to reconcile it with the definitive list HMICFRS sent in
May 2024. Nobody tidied the notebook's output: the column names are the Graph field paths
(SharePoint's encoded internal names included), the two index levels come out as merged,
bold, bordered cells down columns A and B, and a few of the notebook's shortcuts show
(`astype(str)` on the reference, a regex tag-strip of the rich-text field).

The HMICFRS side is a plain register export (`hmicfrs.csv`): one record per item, with the
register ID, report, publication date, type, the full wording, status and date of last
status change.

## The files

- `hmicfrs.csv` — UTF-8 with BOM, CRLF records, comma-separated, minimal quoting. Header =
  record 1; items = records 2–{len(REGISTER) + 1} ({len(REGISTER)} items, 19 reports, sorted by
  publication date then ID). Columns: `Recommendation ID`, `Force`, `Report title`,
  `Date published` (dd/mm/yyyy), `Type` (Recommendation / Area for improvement / Cause of
  concern / National recommendation), `Recommendation` (verbatim, real OGL wording; bullet
  lists keep their line breaks, so several records span several physical lines — record
  numbers, not line numbers, are used in the truth), `Status` (Awaiting review, Being
  progressed = open; Complete, Superseded, No further action required = closed),
  `Status updated` ("12th December 2017" style).
- `tracker.xlsx` — two sheets, written as pandas would write them (openpyxl engine, pandas 2.x
  header style).
  - `Sheet1`: header in row 1, {len(rows)} data rows in rows 2–{len(rows) + 1}, 16 columns:
    `report`, `item_type` (the MultiIndex, merged bold cells), `id` (SharePoint list item
    id, stored as text), `fields.Title`, `fields.Rec_x0020_Text`, `fields.HMICFRS_x0020_Ref`,
    `fields.LeadOfficer`, `fields.Status`, `fields.RAG`,
    `fields.Proposed_x0020_for_x0020_closure` (TRUE/FALSE/blank), `fields.Latest_x0020_Update`,
    `fields.Target_x0020_Date` (datetimes, format `YYYY-MM-DD HH:MM:SS`, UTC so BST dates show
    as 23:00 the day before), `lastModifiedDateTime` (ISO text with `Z`),
    `lastModifiedBy.user.displayName`, `webUrl`, `@odata.etag`. Default column widths.
  - `extract_info`: the notebook's run information (key/value table with the pandas
    RangeIndex 0–6 in column A). Not items.
- `truth.csv` — `hmicfrs_row,force_row,category,why`, {len(lines)} lines.

## What the layout brings

1. **Merged index cells.** Column A (`report`) is merged down each report's block and column B
   (`item_type`) down each type within it; only the top cell of a merged range holds the value.
   Blocks (Excel rows):

| report (column A) | rows |
|---|---|
{blocks}

2. **A blank merged block at the bottom** (rows {runs[-1][1]}–{runs[-1][2]}): list items with no
   report selected. `sort_index()` puts the missing labels last and `merge_cells` merges them
   into one empty range. Forward-filling column A would wrongly file them under
   '{runs[-2][0]}'. Type is blank too for rows {R(1)}, {R(48)} (merged B range), and for the
   local actions in rows {R(61)} and {R(79)}.
3. **Blocks in alphabetical, not chronological, order** ("Abuse of position 2017" first,
   "PEEL 2018/19" < "PEEL 2023-25" < "PEEL 21-22" < "PEEL Effectiveness 2016"; "Stop & Search
   powers (HMIC 2013)" before "Stop & search powers 2" because capitals sort first). Tracker
   report names are the force's lookup titles, never the HMICFRS titles.
4. **Graph field paths as headers**, with SharePoint's `_x0020_` encoding for spaces.
   `id` is the SharePoint item id (1–84 with gaps), **not** an HMICFRS reference; the
   reference is `fields.HMICFRS_x0020_Ref`, a Number field turned into text by `astype(str)`:
   `8542.0` means 8542 and the string `nan` means "not recorded" ({sum(1 for r in ROWS if r['ref'] is None)} rows).
5. **Rich text after a regex tag-strip** (`fields.Rec_x0020_Text`): `&amp;`, `&#39;`, `&lt;`
   left as entities; `<li>`/`<p>` boundaries vanish so bullet lists run on with no space
   ("…ensure that:at the point of report…", row {R(20)}, "Cause of concern:…risk-assessed.Recommendation:To address…", row {R(18)}).
   Hand-typed inline bullets survive (row {R(39)}).
6. **Title versus text.** `fields.Title` is the force's short name for the item;
   `fields.Rec_x0020_Text` is sometimes the register wording, sometimes the force's own
   shortened wording, sometimes empty (title-only rows such as
   {", ".join(str(x) for x in sorted(R(i) for i in (3, 9, 22, 23, 45, 71)))}). Row {R(5)} has the register wording pasted into the Title and
   cut at SharePoint's 255-character limit.
7. **Two status fields.** `fields.Status` is the workflow (Not Started, In Progress, Overdue
   = open; Complete - awaiting sign off, Submitted to HMICFRS, Closed, Not for force = done).
   `fields.RAG` (Red/Amber/Green/Blue/blank) is not kept in step: rows {R(39)} and {R(53)}
   are "Submitted to HMICFRS" with Proposed TRUE but still Amber; row {R(48)} is Green but In
   Progress. The truth follows `fields.Status`.
8. **Split and combined rows.** Register 7795 (five bullets) is split over rows
   {R(24)}, {R(25)}, {R(26)} (all done); custody rec 11302 (four bullets) over rows
   {R(56)}–{R(59)} (one part still In Progress, so the item is open). Row {R(7)} holds two
   Austerity recs (3561 and 3562); row {R(18)} holds the PEEL 2016 cause of concern and its
   recommendation (7102, 7103).
9. **Not an item:** row {test_row}, list id 1 `TEST - please ignore` (text "test"), the
   set-up item nobody deleted.

## Traps and how the truth decides them

- Identical titles, rows {R(4)} and {R(12)} ("Explain S&S use to public + community scrutiny
  of records", no text, no ref): 2013 rec 1413 and 2015 rec 5410 differ by a few words on the
  register. The block decides: row {R(4)} (2013 block, Closed) ↔ 1413 in_sync; row {R(12)}
  (S&S 2 block, In Progress) ↔ 5410, which HMICFRS closed → closeable_local.
- Near-duplicate national and force-level texts in other blocks: CDI rec 7797 (row {R(28)})
  vs Stolen freedom 8534 (row {R(35)}) — both NCRS for MSHT; custody 11303 (row {R(60)}) vs
  powers 11824 (row {R(67)}) — both "effective internal monitoring processes on the use of
  force"; NCPI 9211 (row {R(45)}) vs 2023/24 14012 (row {R(81)}); 10407 (row {R(51)}) vs 14011
  (row {R(84)}). Wording and block decide each.
- Wrong reference, row {R(40)}: `8534.0` is the Stolen freedom NCRS rec, but the text is 8543
  ("Where forces identify disparities…") → conflict (reference).
- Wrong block, row {R(78)}: digital evidence rec 10408 (PEEL 2018/19) filed under
  "PEEL 21-22" → conflict (report).
- Type, row {R(70)}: control-room AFI 12650 entered as "Recommendation" → conflict (type).
- Timescale, row {R(32)}: "Within 12 months" against the register's "Within six months"
  (8531) → conflict. Deadline, row {R(10)}: "By 31 March 2016" against "By 31 March 2015"
  (4823) → conflict. Missing part, row {R(65)}: BWV rec 11822 without its third part
  (external scrutiny panel access) → conflict. "Within 12 months" in row {R(46)} is the same
  as the register's "Within twelve months" → no conflict.
- Blank report, rows {R(43)} and {R(84)}: matched by wording (5702, 14011); a blank report is
  not a different report, so no conflict. Row {R(48)} (DA dip sample) in the same block is
  the force's own action → not_on_hmicfrs_list.
- Row {R(66)}: the Home Office/NPCC rec 11823 marked "Not for force" counts as done →
  closeable_submit (the force asks HMICFRS to close it for the force).
- Row {R(38)}: only the first sentence of 8301; the dropped sentence is addressed to the Home
  Office, NPCC and APCC → not a missing part; in_sync.
- Rows for reports not on the register: PEEL Legit 16 (row {R(21)}), Abuse of position 2017
  (row {R(29)}), and local actions in rows {R(61)}, {R(79)}, {R(48)} → not_on_hmicfrs_list.
- Register items with no row: 1412, 8541 (national cause of concern), 11304, 12658, 14014,
  14015 → missing_from_force.
- No `review` lines: every pair can be decided from the two files.

## Counts per category

| category | lines |
|---|---|
{counts}
| **total** | {len(lines)} |

{len(REGISTER)} register items, all in the truth; {len(rows) - 1} force item rows, all in the
truth (row {R(7)} and row {R(18)} twice each, one line per register item they hold).

## Rows that are not items

- `hmicfrs.csv` record 1: header.
- `tracker.xlsx` `Sheet1` row 1: header. `Sheet1` row {test_row}: the list's set-up test item
  ("TEST - please ignore", text "test"), not a recommendation.
- `tracker.xlsx` `extract_info` rows 1–8: the notebook's run information (key/value table),
  not items.

## Checks run

- Every register record 2–{len(REGISTER) + 1} appears in `truth.csv` at least once; every
  `Sheet1` data row except row {test_row} appears (once, or once per register item it holds);
  no truth line points at a header, the test row or `extract_info`.
- `hmicfrs.csv` read back with pandas (`encoding="utf-8-sig"`): {len(REGISTER)} records, IDs
  unique; with the csv module, record numbers match the truth.
- `tracker.xlsx` read back with openpyxl (merged ranges as listed above, values only in the top
  cells) and with pandas (`read_excel(sheet_name=None)`: 2 sheets, `Sheet1` {len(rows)} rows ×
  16 columns).
- Built twice; all four files identical byte for byte (sha256 compared).
"""
    path.write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------------------------
def self_check(case, hrow, rows, frowno, lines):
    import pandas as pd
    h = pd.read_csv(case / "hmicfrs.csv", encoding="utf-8-sig", dtype=str)
    assert len(h) == len(REGISTER), len(h)
    assert h["Recommendation ID"].is_unique
    with open(case / "hmicfrs.csv", encoding="utf-8-sig", newline="") as f:
        recs = list(csv.reader(f))
    for k, rn in hrow.items():
        assert recs[rn - 1][0] == str(REGISTER[k][0]), (k, rn)
    wb = openpyxl.load_workbook(case / "tracker.xlsx")
    ws = wb["Sheet1"]
    assert ws.max_row == len(rows) + 1, ws.max_row
    for r in rows:
        assert ws.cell(row=frowno[r["id"]], column=3).value == str(r["id"])
    got = {str(m) for m in ws.merged_cells.ranges}
    want = set()
    for level, col in ((0, "A"), (1, "B")):
        for _, a, b in merged_runs(rows, level):
            if b > a:
                want.add(f"{col}{a}:{col}{b}")
            for rr in range(a + 1, b + 1):
                assert ws[f"{col}{rr}"].value is None
    assert got == want, got ^ want
    x = pd.read_excel(case / "tracker.xlsx", sheet_name=None, engine="openpyxl")
    assert list(x) == ["Sheet1", "extract_info"]
    assert x["Sheet1"].shape == (len(rows), 16), x["Sheet1"].shape
    t = pd.read_csv(case / "truth.csv", dtype=str, keep_default_na=False)
    hs = set(t["hmicfrs_row"]) - {""}
    assert hs == {f"hmicfrs.csv!{v}" for v in hrow.values()}
    fs = t["force_row"][t["force_row"] != ""]
    expect = {f"Sheet1!{frowno[r['id']]}" for r in rows if not r.get("not_item")}
    assert set(fs) == expect, set(fs) ^ expect
    for r in rows:
        n = (fs == f"Sheet1!{frowno[r['id']]}").sum()
        if r.get("not_item"):
            assert n == 0
        else:
            assert n == max(1, len(r.get("keys") or [])), (r["id"], n)
    print(t["category"].value_counts().to_string())
    print("lines", len(t))


def main():
    case = HERE / CASE
    case.mkdir(parents=True, exist_ok=True)
    for p in case.iterdir():
        p.unlink()
    hrow = write_hmicfrs(case / "hmicfrs.csv")
    rows, frowno = write_tracker(case / "tracker.xlsx")
    lines = build_truth(hrow, rows, frowno)
    write_truth(case / "truth.csv", lines)
    write_readme(case / "README.md", rows, frowno, hrow, lines)
    self_check(case, hrow, rows, frowno, lines)


if __name__ == "__main__":
    main()
