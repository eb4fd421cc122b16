#!/usr/bin/env python
"""Build the `shared_workbook_change_log` evaluation case for `reconcile` (round 75).

A force Organisational Learning team keeps its HMICFRS tracker as a legacy Excel *shared
workbook* (Review > Share Workbook, "track changes while editing") on a network drive, so that
department leads can update their own rows.  Before each Force Assurance Board the analyst lists
the change history on a new sheet (Excel's "History" sheet, which Excel deletes on the next save)
and copies it into a kept sheet "Change log" as an audit trail.  That sheet carries real
recommendation wording in its New Value / Old Value columns, rows that were deleted from the
tracker, and a conflict Excel resolved ("Won" / "Losing Action").

Run:  /work/main/.venv/bin/python /tmp/indep75/build_shared_workbook_change_log.py
Writes /tmp/indep75/shared_workbook_change_log/{hmicfrs.xlsx,tracker.xlsx,truth.csv,README.md},
byte for byte the same on every run (no clock, no randomness, fixed zip stamps and properties).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import zipfile
from collections import Counter

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

# HMICFRS texts: real public wording (OGL), copied as literals.
T = {
    'sas13_1': 'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.',
    'sas13_2': 'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.',
    'sas13_3': 'Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.',
    'everyone': "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.",
    'aus1': "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews",
    'aus2': 'Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.',
    'aus3': 'Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.',
    'aus4': 'In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.',
    'core1': 'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.',
    'core2': 'By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.',
    'integrity': 'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.',
    'sas15': 'Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.',
    'picture': 'By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.',
    'fa1': 'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.',
    'fa2': 'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.',
    'fa3': 'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.',
    'fa4': 'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.',
    'fa5': 'Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.',
    'pe15_1': 'The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public',
    'pe15_2': 'The force should develop its understanding of the links between its outcomes, outputs and costs',
    'pe15_3': 'The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.',
    'coc_dash': "The force's response to domestic abuse is a cause of concern to HMIC. The force policy which allows an officer discretion to complete a DASH risk assessment in some crimes and incidents does not provide confidence that risk is always assessed appropriately. This is an enduring cause of concern from HMIC's report on vulnerability in 2015 and is one of the recommendations from HMIC's report on its domestic abuse inspection in 2014 that still needs to be implemented. In cases where a DASH risk assessment is not completed the officer should record an assessment on the crime management system. HMIC found that officers are not consistently completing a DASH in circumstances where force policy requires that they should do so. This means that some victims of domestic abuse who may be at risk of harm are not being appropriately risk-assessed.",
    'rec_dash': 'To address this cause of concern, HMIC recommends the force should immediately take steps to ensure that:\n- there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.',
    'coc_missing': 'The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.',
    'rec_missing': 'To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action',
    'afi_cse': 'The force should improve how it works with partner organisations to safeguard people at risk from child sexual exploitation.',
    'sf1': 'Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.',
    'sf2': 'Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible',
    'sf3': 'Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.',
    'sf4': 'Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.',
    'sf5': 'Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.',
    'sf6': 'Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).',
    'sf7': 'Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.',
    'efc17': "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.",
    'control_room': 'The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.',
    'leg1': 'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.',
    'leg2': 'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.',
    'leg3': 'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;',
    'leg4': 'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.',
    'leg5': 'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.',
    'coc_vetting': 'The size of the vetting backlog within Lincolnshire Police is a cause of concern.',
    'rec_vetting': 'The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.',
    'coc_da17': 'The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.',
    'rec_da17_1': 'In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.',
    'rec_da17_2': 'To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.',
    'rec_da17_3': 'In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease',
    'ncpi': 'Within six months Lincolnshire Police should, in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff comply with their statutory duties to complete detention certificates if a child is detained for any reason in police custody following charge;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested.',
    'p19_1': 'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;',
    'p19_2': 'HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;',
    'p19_3': 'HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;',
    'p19_afi': 'The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.',
    'cdi19': 'Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.',
    'cdi19_afi': 'The force should make sure it records reports of rape and serious sexual offences accurately and without delay.',
    'pow1': 'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.',
    'pow2': 'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.',
    'pow3': 'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.',
    'pow4': 'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.',
    'pow5': 'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.',
    'p22_1': 'The force should improve its understanding of the nature and scale of stalking and harassment in its area.',
    'p22_2': 'The force should make sure investigations of rape and serious sexual offences are allocated to officers with the right skills and are effectively supervised.',
    'p22_3': 'The force should make sure victims of domestic abuse are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime.',
    'p22_4': 'The force should make sure its performance framework gives senior leaders a clear picture of its response to violence against women and girls.',
    'p22_5': 'The force should improve how it gathers, assesses and acts on intelligence about county lines drug dealing.',
    'p22_6': 'The force should improve the timeliness of its response to calls for service involving people with mental ill health.',
}

CASE = "shared_workbook_change_log"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FORCE = "Lincolnshire Police"
ZIP_STAMP = (2022, 3, 11, 16, 5, 0)
CORE_TIME = "2022-03-11T16:05:00Z"


def D(y, m, d):
    return dt.datetime(y, m, d)


REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")
AR, BP = "Awaiting review", "Being progressed"
CP, SU, NFA = "Complete", "Superseded", "No further action required"

# report key -> (title as HMICFRS writes it, publication date, applies to)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              D(2013, 7, 9), "All forces"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 D(2014, 3, 27), "All forces"),
    "austerity": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22), "All forces"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", D(2014, 9, 4), "All forces"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", D(2015, 1, 30),
                  "All forces"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              D(2015, 3, 24), "All forces"),
    "picture": ("Building the picture: an inspection of police information management",
                D(2015, 7, 1), "All forces"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", D(2015, 9, 15),
                 "All forces"),
    "pe15": ("PEEL: Police efficiency 2015 – Lincolnshire Police", D(2015, 10, 15), FORCE),
    "peff16": ("PEEL: Police effectiveness 2016 – Lincolnshire Police", D(2017, 3, 2), FORCE),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               D(2017, 10, 24), "All forces"),
    "efc17n": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9), "All forces"),
    "efc17": ("PEEL: Police efficiency 2017 – Lincolnshire Police", D(2017, 11, 9), FORCE),
    "leg17n": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12), "All forces"),
    "leg17": ("PEEL: Police legitimacy 2017 – Lincolnshire Police", D(2017, 12, 12), FORCE),
    "peff17": ("PEEL: Police effectiveness 2017 – Lincolnshire Police", D(2018, 3, 22), FORCE),
    "ncpi": ("National child protection inspection – Lincolnshire Police", D(2018, 6, 14), FORCE),
    "peel19": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Lincolnshire "
               "Police", D(2019, 5, 2), FORCE),
    "cdi19": ("Crime data integrity inspection 2019 – Lincolnshire Police", D(2019, 9, 26), FORCE),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
               "of force", D(2021, 2, 26), "All forces"),
    "peel22": ("PEEL 2021/22: An inspection of Lincolnshire Police", D(2022, 1, 27), FORCE),
}

# HMICFRS items in list order: (text key, register ID, report key, type, status, status date)
H = [
    ("sas13_1", 112, "sas13", NAT, CP, D(2016, 6, 30)),
    ("sas13_2", 113, "sas13", NAT, CP, D(2016, 6, 30)),
    ("sas13_3", 114, "sas13", NAT, CP, D(2017, 1, 19)),
    ("everyone", 2321, "everyone", NAT, CP, D(2016, 2, 4)),
    ("aus1", 2710, "austerity", NAT, NFA, D(2017, 10, 6)),
    ("aus2", 2711, "austerity", NAT, NFA, D(2017, 10, 6)),
    ("aus3", 2712, "austerity", NAT, NFA, D(2017, 10, 6)),
    ("aus4", 2713, "austerity", NAT, NFA, D(2017, 10, 6)),
    ("core1", 4822, "core", NAT, CP, D(2018, 3, 14)),
    ("core2", 4823, "core", NAT, BP, D(2019, 4, 2)),
    ("integrity", 902, "integrity", NAT, CP, D(2016, 9, 12)),
    ("sas15", 5120, "sas15", NAT, BP, D(2018, 11, 1)),
    ("picture", 5804, "picture", NAT, AR, D(2015, 7, 1)),
    ("fa1", 6101, "firearms", NAT, CP, D(2017, 5, 8)),
    ("fa2", 6102, "firearms", NAT, BP, D(2020, 2, 17)),
    ("fa3", 6103, "firearms", NAT, BP, D(2020, 2, 17)),
    ("fa4", 6104, "firearms", NAT, BP, D(2020, 2, 17)),
    ("fa5", 6105, "firearms", NAT, CP, D(2021, 9, 30)),
    ("pe15_1", 6312, "pe15", AFI, SU, D(2017, 11, 9)),
    ("pe15_2", 6313, "pe15", AFI, SU, D(2017, 11, 9)),
    ("pe15_3", 6314, "pe15", AFI, BP, D(2018, 5, 21)),
    ("coc_dash", 7301, "peff16", COC, BP, D(2019, 3, 25)),
    ("rec_dash", 7302, "peff16", REC, BP, D(2019, 3, 25)),
    ("coc_missing", 7303, "peff16", COC, CP, D(2019, 3, 25)),
    ("rec_missing", 7304, "peff16", REC, CP, D(2019, 3, 25)),
    ("afi_cse", 7305, "peff16", AFI, AR, D(2017, 3, 2)),
    ("sf1", 8190, "stolen", NAT, BP, D(2019, 1, 14)),
    ("sf2", 8191, "stolen", NAT, BP, D(2019, 1, 14)),
    ("sf3", 8192, "stolen", NAT, CP, D(2021, 6, 11)),
    ("sf4", 8193, "stolen", NAT, BP, D(2019, 1, 14)),
    ("sf5", 8194, "stolen", NAT, BP, D(2019, 1, 14)),
    ("sf6", 8195, "stolen", NAT, AR, D(2017, 10, 24)),
    ("sf7", 8196, "stolen", NAT, BP, D(2019, 1, 14)),
    ("efc17", 8402, "efc17n", NAT, BP, D(2019, 2, 20)),
    ("control_room", 8417, "efc17", AFI, BP, D(2019, 2, 20)),
    ("leg1", 8541, "leg17n", COC, BP, D(2019, 7, 3)),
    ("leg2", 8542, "leg17n", NAT, BP, D(2019, 7, 3)),
    ("leg3", 8543, "leg17n", NAT, BP, D(2019, 7, 3)),
    ("leg4", 8544, "leg17n", NAT, BP, D(2019, 7, 3)),
    ("leg5", 8545, "leg17n", NAT, BP, D(2019, 7, 3)),
    ("coc_vetting", 8560, "leg17", COC, CP, D(2020, 1, 28)),
    ("rec_vetting", 8561, "leg17", REC, CP, D(2020, 1, 28)),
    ("coc_da17", 8790, "peff17", COC, BP, D(2019, 8, 15)),
    ("rec_da17_1", 8791, "peff17", REC, BP, D(2019, 8, 15)),
    ("rec_da17_2", 8792, "peff17", REC, BP, D(2019, 8, 15)),
    ("rec_da17_3", 8793, "peff17", REC, CP, D(2019, 8, 15)),
    ("ncpi", 9012, "ncpi", REC, BP, D(2020, 3, 9)),
    ("p19_1", 10211, "peel19", REC, BP, D(2020, 9, 7)),
    ("p19_2", 10212, "peel19", REC, BP, D(2020, 9, 7)),
    ("p19_3", 10213, "peel19", REC, CP, D(2020, 9, 7)),
    ("p19_afi", 10214, "peel19", AFI, BP, D(2020, 9, 7)),
    ("cdi19", 10588, "cdi19", REC, BP, D(2021, 4, 19)),
    ("cdi19_afi", 10589, "cdi19", AFI, BP, D(2021, 4, 19)),
    ("pow1", 11873, "powers", NAT, AR, D(2021, 2, 26)),
    ("pow2", 11874, "powers", NAT, BP, D(2021, 11, 22)),
    ("pow3", 11875, "powers", NAT, BP, D(2021, 11, 22)),
    ("pow4", 11876, "powers", NAT, AR, D(2021, 2, 26)),
    ("pow5", 11877, "powers", NAT, BP, D(2021, 11, 22)),
    ("p22_1", 12950, "peel22", AFI, AR, D(2022, 1, 27)),
    ("p22_2", 12951, "peel22", AFI, AR, D(2022, 1, 27)),
    ("p22_3", 12952, "peel22", AFI, AR, D(2022, 1, 27)),
    ("p22_4", 12953, "peel22", AFI, AR, D(2022, 1, 27)),
    ("p22_5", 12954, "peel22", AFI, AR, D(2022, 1, 27)),
    ("p22_6", 12955, "peel22", AFI, AR, D(2022, 1, 27)),
]
assert len({h[0] for h in H}) == len(H) == len(T)
HMIC_FIRST = 6  # Excel row of the first item on "Definitive list"
HROW = {h[0]: f"Definitive list!{HMIC_FIRST + i}" for i, h in enumerate(H)}
HSTATUS = {h[0]: h[4] for h in H}
HID = {h[0]: h[1] for h in H}

# ---------------------------------------------------------------------------------------------
# The force tracker, sheet "Tracker", in the order the rows sit (entry order over eight years,
# with the CDI 2019 block inserted under the old CDI 2014 row and a separator before the newest
# rows).  Each row: the cells, then the truth lines a person decides for it.
# ---------------------------------------------------------------------------------------------
ROWS: list[dict] = []


def F(key, ol, report, pub, typ, ref, text, chief, lead, rag, updates=(), proposed=None,
      notes=None, truth=()):
    ROWS.append(dict(key=key, ol=ol, report=report, pub=pub, typ=typ, ref=ref, text=text,
                     chief=chief, lead=lead, rag=rag, updates=list(updates), proposed=proposed,
                     notes=notes, truth=list(truth)))


def SEP(key, text):
    ROWS.append(dict(key=key, sep=text, truth=[]))


SS = "Ch Insp S&S / Neighbourhood Policing"
PVP = "Det Ch Supt Public Protection"
SOC = "Det Supt Serious & Organised Crime"
FCR = "Force Crime Registrar"

F("OL1", 1, "Stop & Search 2013", "Jul 2013", "Nat Rec", 112,
  "CCs & CoP to set out in the S&S APP a clear spec of what effective & fair use of S&S powers "
  "looks like (compliant with Code of Practice)",
  "ACC Local Policing", SS, "Blue",
  ["RT 19/01/17 – HMIC confirmed closed.",
   "RT 04/03/16 – APP published by CoP; force policy updated to match."], D(2016, 3, 4),
  truth=[("sas13_1", "in_sync", "Ref 112 and report (S&S 2013) agree; the text is the force's "
          "summary of the APP-specification rec. HMICFRS Complete, force Blue (closed): both "
          "closed.")])
F("OL2", 2, "Stop & Search 2013", "Jul 2013", "Nat Rec", 113,
  "Establish/improve monitoring of how officers S&S so satisfied they act lawfully (incl. "
  "equality legislation & Code of Practice) and the power is used effectively to prevent crime, "
  "catch criminals & keep public trust",
  "ACC Local Policing", SS, "BLUE",
  ["RT 19/01/17 – closed by HMIC.",
   "RT 04/03/16 – S&S scrutiny dashboard live; monthly to Legitimacy Board."], D(2016, 3, 4),
  truth=[("sas13_2", "in_sync", "Ref 113 and the monitoring wording match. HMICFRS Complete, "
          "force BLUE: both closed.")])
F("OL3", 3, "Everyone's Business (DA) 2014", D(2014, 3, 27), "Nat Rec", 2321,
  "By Sept 2014 establish & publish a DA action plan. Plan developed: • with PCC, DA support "
  "orgs & victims' reps • after considering all recs in the report • with ref. to DHRs & IPCC "
  "findings • drawing on CPS scrutiny panels & MARAC self-assessments",
  "ACC Crime", PVP, "Blue",
  ["RT 08/02/16 – HMIC closed on register.",
   "PVP 29/09/14 – DA Action Plan published on website 26/09/14."], D(2014, 10, 1),
  truth=[("everyone", "in_sync", "Ref 2321, report and all four bullets of the DA action-plan "
          "rec are there (abridged). HMICFRS Complete, force Blue: both closed.")])
F("OL4", 4, "Policing in Austerity 2014", "July 2014", "Nat Rec (x4)", None,
  "Austerity – 4 all-force recs taken together: (1) review savings plans – keep reducing crime "
  "& protect front line, use VfM profiles; (2) <10% of savings via collaboration – assess scope "
  "to improve; (3) reducing front line – decisive action to keep crime-fighting capacity; "
  "(4) review collaboration plans before next spending round (other forces / public / private "
  "sector)",
  "Director of Finance", "Head of Corporate Development", "Amber",
  ["SH 06/12/21 – still open on our side. Query with FLL whether HMICFRS still hold these.",
   "RT 12/10/17 – Addressed holistically as part of the force change programme (Lincs 2020)."],
  notes="Ask FLL",
  truth=[(k, "closeable_local", f"One force row holds all four austerity recs, numbered (1)-(4);"
          f" part ({i}) is this one. HMICFRS: No further action required (closed); force "
          f"Amber (open) – close locally.") for i, k in
         enumerate(["aus1", "aus2", "aus3", "aus4"], 1)])
F("OL5", 5, "Core Business 2014", D(2014, 9, 4), "Nat Rec", 4822,
  "Not later than 31/03/15 – give call-handlers specific, sound & comprehensible criteria to "
  "assess threat, harm & risk (THR)",
  "ACC Local Policing", "Supt Contact Centre", "Green",
  ["RT 18/01/18 – THRIVE criteria in place in FCR; evidence pack sent."], D(2018, 1, 18),
  truth=[("core1", "in_sync", "Ref 4822, same deadline and THR criteria. HMICFRS Complete; force "
          "Green = complete (Key sheet): both closed/done.")])
F("OL6", 6, "Core Business 2014", D(2014, 9, 4), "Nat Rec", None,
  "By 31 March 2015 – crime prevention / disruption activity systematically recorded & "
  "evaluated to see which tactics work",
  "ACC Local Policing", "Head of Corporate Development", "Green",
  ["SH 14/01/22 – Evidence sent to HMICFRS via FLL – awaiting closure.",
   "SH 03/11/21 – Problem-solving database (POP) now records & evaluates disruption activity. "
   "Ready to move to GREEN status.",
   "RT 07/06/18 – Little work yet undertaken in this area."], D(2022, 1, 14),
  truth=[("core2", "closeable_submit", "No ref, but report and the recorded-and-evaluated "
          "wording identify the second Core Business rec. HMICFRS Being progressed; force Green, "
          "evidence sent – submit for closure.")])
F("OL7", 7, "CDI 2014", "Nov 2014", "Rec", None,
  "Revise approach to cautions, cannabis warnings & PNDs – clear & auditable explanation to "
  "offender of implications; for victim-based crime auditable record that victim's views "
  "considered before issue",
  "ACC Crime", "Head of Criminal Justice", "Blue",
  ["RT 02/05/17 – Closed by HMIC following CDI revisit.",
   "CJ 30/06/15 – OOCD policy rewritten; victim views field mandatory on Niche."],
  D(2015, 6, 30),
  truth=[(None, "not_on_hmicfrs_list", "CDI 2014 out-of-court-disposals rec: nothing on the "
          "definitive list asks about cautions/PNDs (HMICFRS closed and dropped it). Force Blue; "
          "query/confirm with HMICFRS.")])
for sub, txt, rag, ups in [
    ("48a", "Within 6 months – arrangements so that at the point of report victims are believed",
     "Green", ["JK 08/03/22 – Audit Feb 22: 96% compliance. Evidence to OL.",
               "JK 15/10/21 – Victim-focus training delivered to FCR staff."]),
    ("48b", "…call handler / caller conversations summarised accurately in the incident log "
     "(full facts for attending officers' crime-recording decisions)", "Green",
     ["JK 15/10/21 – Dip sample shows improvement; QA in place."]),
    ("48c", "…multiple crimes always recorded when described in incident records or found in "
     "other investigations", "Green", ["JK 15/10/21 – Completed. Evidence submitted to OL."]),
    ("48d", "…stop waiting for results of medical exams / video interviews (ABE) before making "
     "the crime-recording decision", "Amber",
     ["JK 04/02/22 – Back to Amber – Feb audit found 6 RASSO crimes held pending ABE.",
      "JK 15/10/21 – Completed."]),
    ("48e", "…online crime reports triaged on receipt so ongoing risks to victim / wider public "
     "are identified & managed", "Green",
     ["JK 15/10/21 – Online reports now triaged by Crime Bureau within 24 hrs."]),
]:
    F(sub, sub, "CDI 2019", D(2019, 9, 26), "Rec", 10588, txt, "ACC Crime", FCR, rag, ups,
      truth=[("cdi19", "in_sync", f"Row {sub} is one bullet of the CDI 2019 victims rec (ref "
              "10588), split over rows 48a-48e. The rec is done only when every part is: 48d is "
              "Amber, so the force side is open; HMICFRS Being progressed – both open.")])
F("OL49", 49, "CDI 2019", D(2019, 9, 26), "AFI", None,
  "Record RASSO reports accurately and without delay",
  "ACC Crime", FCR, "Amber",
  ["JK 15/10/21 – Work undertaken in area but still requires development to complete."],
  truth=[("cdi19_afi", "in_sync", "CDI 2019 AFI on recording rape and serious sexual offences "
          "(RASSO) accurately and without delay – not the PEEL 2021/22 RASSO allocation AFI. "
          "Both open.")])
F("OL8", 8, "Integrity Matters 2015", D(2015, 1, 30), "Nat Rec", 902,
  "By 31/08/15 – CC to be satisfied that misconduct investigations resulting in 'no further "
  "action' are fair & free of discrimination",
  "DCC", "Head of Professional Standards", "Blue",
  ["RT 20/09/16 – closed on HMIC register."], D(2015, 8, 28),
  truth=[("integrity", "in_sync", "Ref 902, same deadline and wording. HMICFRS Complete, force "
          "Blue: both closed.")])
F("OL9", 9, "S&S 2 (2015)", D(2015, 3, 24), "Nat Rec", None,
  "Comply with the Code of Practice: explain to the public how S&S powers are used in our "
  "area & arrange for S&S records to be scrutinised by community reps – involve those stopped "
  "e.g. young people (with PCC)",
  "ACC Local Policing", SS, "Amber",
  ["LB 17/12/21 – Youth scrutiny panel relaunched; first meeting Jan 22.",
   "LB 02/06/20 – Community scrutiny panel paused (COVID)."],
  truth=[("sas15", "in_sync", "Near-identical wording exists in S&S 2013 rec 3 (ID 114) and S&S "
          "2 (2015) (ID 5120); report 'S&S 2 (2015)', its date and 'with PCC' (2015: 'in "
          "consultation with police and crime commissioners') decide 5120. Both open.")])
F("OL10", 10, "Building the Picture 2015", D(2015, 7, 1), "Nat Rec", 5804,
  "By 30/11/15 – arrangements to scrutinise audits of compliance with the APP on information "
  "management through the force IM governance structure (incl. measures to regularly adjust "
  "categorisation of records)",
  "DCC", "Head of Information Management", "GREEN – proposed for closure",
  ["SH 09/12/21 – MoPI audit programme reports to Information Assurance Board quarterly. "
   "Proposed for closure.", "IM 11/05/16 – IM governance structure agreed."], D(2021, 12, 9),
  truth=[("picture", "closeable_submit", "Ref 5804, same deadline, tail sentence kept. HMICFRS "
          "Awaiting review (open); force GREEN, proposed for closure – submit.")])
F("OL11", 11, "Targeting the Risk (Firearms Licensing) 2015", D(2015, 9, 15), "Nat Rec", None,
  "Within 3 months – assess governance of firearms licensing against APP; where not compliant "
  "put correct arrangements in place immediately",
  "ACC Local Policing", "Supt Firearms Licensing", "Blue",
  ["PD 10/05/17 – HMIC closed."], D(2016, 1, 8),
  truth=[("fa1", "in_sync", "Firearms licensing governance rec, same three-month timescale. "
          "HMICFRS Complete, force Blue: both closed.")])
F("OL12", 12, "Firearms licensing 2015", D(2015, 9, 15), "Nat Rec", None,
  "Within 3 months – assess demand on FL dept & ensure it has capacity to meet it (efficient & "
  "effective service at all times)",
  "ACC Local Policing", "Supt Firearms Licensing", "Amber",
  ["PD 01/02/22 – Demand review done; 2 x FLM posts agreed at FET, recruitment under way.",
   "PD 20/09/21 – Backlog of 340 renewals; grant/renewal times outside target."],
  truth=[("fa2", "in_sync", "Firearms licensing demand/capacity rec. HMICFRS Being progressed; "
          "force Amber (changed from Red on 01/02/22 per Change log): both open.")])
F("OL14", 14, "Firearms licensing 2015", D(2015, 9, 15), "Nat Rec", None,
  "Within 6 months – temporary permit arrangements in line with HO guidance; permits recorded "
  "without delay on NFLMS; systems so certificate holders are never in unlawful possession of "
  "a firearm",
  "ACC Local Policing", "Supt Firearms Licensing", "Amber",
  ["PD 20/09/21 – Temp permit process re-written; NFLMS entries audited monthly."],
  truth=[("fa4", "conflict", "Clearly the temporary-permits rec, but the force records 'Within "
          "6 months' where HMICFRS says 'Within three months' – timescale disagrees. Both "
          "open.")])
F("OL15", 15, "Firearms licensing 2015", D(2015, 9, 15), "Nat Rec", None,
  "Within 3 months – systems to flag before attendance if an incident involves / is at the "
  "address of a certificate holder, always applied by dispatchers; officers understand the risk "
  "assessment & power to seize firearms & certificates",
  "ACC Local Policing", "Supt Firearms Licensing", "Amber",
  ["PD 20/09/21 – STORM flag for certificate holders live; briefing to response officers "
   "planned."],
  truth=[("fa5", "closeable_local", "Certificate-holder flag rec, same timescale. HMICFRS "
          "Complete (30/09/2021); force still Amber – close locally.")])
F("OL16", 16, "PEEL Efficiency 2015", D(2015, 10, 15), "AFI", None,
  "Get a fuller understanding of current & likely future demand so resources can be matched "
  "to demand",
  "Director of Finance", "Head of Corporate Development", "Amber",
  ["SH 03/11/21 – being picked up through FMS demand work.",
   "RT 14/12/17 – picked up again in PEEL Efficiency 2017."],
  truth=[("pe15_1", "closeable_local", "PEEL Efficiency 2015 demand AFI. HMICFRS Superseded "
          "(closed); force Amber – close locally.")])
F("OL17", 17, "PEEL Efficiency 2015", D(2015, 10, 15), "AFI", None,
  "Develop understanding of the links between outcomes, outputs & costs",
  "Director of Finance", "Head of Corporate Development", "Grey",
  ["RT 14/12/17 – superseded by PEEL Efficiency 2017 – no further action."],
  truth=[("pe15_2", "in_sync", "Outcomes/outputs/costs AFI. HMICFRS Superseded; force Grey = no "
          "further action for the force (Key sheet): both closed.")])
F("OL18", 18, "PEEL Efficiency 2015", D(2015, 10, 15), "AFI", None,
  "Develop a future workforce plan aligned with demand & budget – future resource allocation, "
  "skills mix, behaviours expected",
  "Director of People", "Director of People", "Amber",
  ["HR 22/11/21 – Strategic Workforce Plan 2022-25 in draft for FET."],
  truth=[("pe15_3", "in_sync", "Workforce-plan AFI. HMICFRS Being progressed, force Amber: both "
          "open.")])
F("OL19", 19, "PEEL Effectiveness 2016", D(2017, 3, 2), "CoC + Rec", 7301,
  "CoC – response to DA: officer discretion on DASH does not give confidence risk is assessed; "
  "DASH not consistently completed where policy requires.\nREC – immediately ensure effective "
  "supervision of the initial risk assessment, specifically completion of DASH in appropriate "
  "cases",
  "ACC Crime", PVP, "Red",
  ["MW 10/02/22 – DASH supervision compliance 71% (target 90%). Remains RED.",
   "MW 30/11/17 – The Force Executive Team agreed on 25 July that we would risk-assess all DA "
   "incidents. A Task & Finish group has been set up and a full implementation/project plan, "
   "policy rewrite and communications plan is now completed."],
  truth=[("coc_dash", "in_sync", "One row holds the PEEL 2016 DA cause of concern (ref 7301) "
          "and its recommendation; this line is the CoC. HMICFRS Being progressed, force Red: "
          "both open."),
         ("rec_dash", "in_sync", "Same row, the 'REC –' half: DASH supervision rec (ID 7302). "
          "HMICFRS Being progressed, force Red: both open.")])
F("OL20", 20, "PEEL Effectiveness 2016", D(2017, 3, 2), "CoC", None,
  "Missing & absent children – risk assessment inappropriate in some cases; children classed "
  "'absent' who should be 'missing'; CSE information not influencing risk",
  "ACC Crime", PVP, "Blue",
  ["SH 02/04/19 – closed by HMICFRS 25/03/19."],
  truth=[("coc_missing", "in_sync", "Missing/absent children cause of concern. HMICFRS Complete, "
          "force Blue: both closed.")])
F("OL21", 21, "PEEL Effectiveness 2016", D(2017, 3, 2), "Rec", None,
  "Review approach to missing children so that: • call takers understand & use missing / "
  "absent category properly • call takers & frontline staff can identify CSE risk factors and "
  "respond",
  "ACC Crime", PVP, "Blue",
  ["SH 02/04/19 – closed by HMICFRS 25/03/19."],
  truth=[("rec_missing", "conflict", "Missing-children rec, but the force lists two of the "
          "three bullets: 'supervisors provide the correct oversight of missing person "
          "enquiries…' is missing. Both closed (Complete / Blue), so the gap is a record "
          "discrepancy, not an open action.")])
F("OL22", 22, "PEEL Effectiveness 2016", D(2017, 3, 2), "AFI", None,
  "Improve how we work with partners to safeguard people at risk from CSE",
  "ACC Crime", PVP, "Amber",
  ["MW 18/10/21 – Joint CSE hub with LCC being scoped."],
  truth=[("afi_cse", "in_sync", "CSE partnership AFI. HMICFRS Awaiting review, force Amber: both "
          "open.")])
F("OL23", 23, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "Nat Rec", None,
  "Within 12 months review leadership & governance for MSHT so that:\n• senior leaders "
  "prioritise the MSHT response\n• every MS incident allocated resources with the skills, "
  "experience & capacity to investigate\n• effective partnership arrangements to share info & "
  "safeguard victims",
  "ACC Crime", SOC, "Green",
  ["SOC 12/01/22 – MSHT governance board chaired by ACC; partnership MSHT network in place. "
   "Complete."], D(2022, 1, 12),
  truth=[("sf1", "conflict", "MSHT leadership rec, same 12-month timescale, but the force lists "
          "three of four bullets – 'performance and quality assurance measures…' is missing. "
          "Force Green vs HMICFRS Being progressed cannot be submitted until the fourth bullet "
          "is covered.")])
F("OL24", 24, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "Nat Rec", None,
  "Within 6 months – active ISAs with other agencies for speedy exchange of intelligence, to "
  "safeguard victims & identify suspects early",
  "ACC Crime", SOC, "AMBER",
  ["MW 03/03/22 – ISA with LCC still unsigned – stays AMBER.",
   "SOC 12/01/22 – ISAs with GLAA & Border Force signed."],
  truth=[("sf2", "in_sync", "MSHT information-sharing rec. The Tracker says AMBER; the Change "
          "log shows SH's 'Green' lost a conflict to MW's 'AMBER' on 03/03/22 – the cell's value "
          "is what counts. Both open.")])
F("OL25", 25, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "Nat Rec", None,
  "Immediately – victims committing offences under compulsion get early & continuing "
  "consideration of the s45 defence",
  "ACC Crime", SOC, "Amber",
  ["SOC 12/01/22 – s45 guidance issued to CPS liaison & custody; awaiting dip sample."],
  truth=[("sf3", "closeable_local", "Section 45 defence rec. HMICFRS Complete (11/06/2021); force "
          "Amber – close locally.")])
F("OL26", 26, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "Nat Rec", None,
  "Immediately – fully compliant with NRM process; notify HO of any suspected adult victim of "
  "MSHT (MSA 2015 duty to notify)",
  "ACC Crime", SOC, "Green",
  ["SH 11/03/22 – MS1 notifications audited: 100% Jan–Feb 22. Proposed for closure.",
   "SOC 12/01/22 – Duty to notify process in place."], D(2022, 3, 11),
  truth=[("sf4", "closeable_submit", "NRM / duty-to-notify rec. HMICFRS Being progressed; force "
          "Green, proposed 11/03/22 – submit.")])
F("OL27", 27, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "Nat Rec", None,
  "Immediately – comply with NCRS for MSHT offences; enough audit capacity for the FCR",
  "ACC Crime", FCR, "Amber",
  ["JK 15/10/21 – MSHT added to FCR audit plan 22/23."],
  truth=[("sf5", "in_sync", "NCRS / crime registrar audit capacity rec. Both open.")])
F("OL28", 28, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "Nat Rec", None,
  "Immediately – MSHT allegations thoroughly investigated & supervised by teams with the skills "
  "& experience (incl. JITs / intel from overseas)",
  "ACC Crime", SOC, "amber",
  ["SOC 12/01/22 – MSHT investigations moving to PVP hub."],
  truth=[("sf6", "in_sync", "MSHT investigation rec. HMICFRS Awaiting review, force 'amber': "
          "both open.")])
F("OL29", 29, "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "Nat Rec", None,
  "Immediately – review use of preventative powers under MSA 2015 (STROs / STPOs) to restrict "
  "activities of those posing a clear threat",
  "ACC Crime", SOC, "G",
  ["SOC 12/01/22 – STRO/STPO review complete; 4 orders obtained in 2021."], D(2022, 1, 12),
  truth=[("sf7", "closeable_submit", "Preventative powers rec. HMICFRS Being progressed; force "
          "'G' (= Green, complete) – submit.")])
F("OL30", 30, "PEEL Efficiency 2017", D(2017, 11, 9), "Nat Rec", None,
  "By Sept 2018 – ambitious plan to improve digitally-enabled services (HO / NPCC / APCC "
  "national framework)",
  "Director of Finance", "Head of IT / Digital", "Amber",
  ["IT 05/01/22 – Digital strategy refresh in draft."],
  truth=[("efc17", "in_sync", "National digital-services rec, same deadline. Both open.")])
F("OL31", 31, "PEEL Efficiency 2017", D(2017, 11, 9), "Rec", None,
  "Sufficient resources in the control room to fulfil its resourcing model & meet demand, "
  "taking account of workforce wellbeing",
  "ACC Local Policing", "Supt Contact Centre", "Amber",
  ["CC 21/01/22 – 18 call handler vacancies; recruitment cohort March."],
  truth=[("control_room", "conflict", "Control-room item matches in report and wording, but "
          "HMICFRS types it an Area for improvement and the force a 'Rec' – type disagrees. Both "
          "open.")])
F("OL32", 32, "PEEL Legitimacy 2017", D(2017, 12, 12), "CoC", None,
  "Vetting backlog size is a cause of concern",
  "DCC", "Head of Professional Standards", "Blue",
  ["SH 05/02/20 – closed by HMICFRS 28/01/20."],
  truth=[("coc_vetting", "in_sync", "Vetting backlog CoC. HMICFRS Complete, force Blue: both "
          "closed.")])
F("OL33", 33, "PEEL Legitimacy 2017", D(2017, 12, 12), "Rec", None,
  "All staff to have at least the lowest level of vetting clearance ASAP – clear backlog & "
  "renewals, comply fully with national vetting guidelines",
  "DCC", "Head of Professional Standards", "Blue",
  ["SH 05/02/20 – closed by HMICFRS 28/01/20.", "PSD 30/09/19 – Backlog cleared."],
  truth=[("rec_vetting", "in_sync", "Vetting clearance rec. HMICFRS Complete, force Blue: both "
          "closed.")])
F("OL34", 34, "PEEL Legit 17 (national) S&S", D(2017, 12, 12), "Nat CoC", 8541,
  "Forces can't show S&S use is consistently reasonable & fair – over-representation of BAME "
  "people (black people in particular) in S&S data that forces can't explain",
  "ACC Local Policing", SS, "Amber",
  ["LB 17/12/21 – Disproportionality 3.1 (Black:White). Scrutiny via panel."],
  truth=[("leg1", "in_sync", "Ref 8541, national S&S cause of concern. Both open.")])
F("OL35", 35, "PEEL Legit 17 S&S", D(2017, 12, 12), "Nat Rec", 8542,
  "By July 2018 regularly monitor comprehensive S&S data to understand:\n• reasons for "
  "disproportionality by ethnic group\n• how find rates differ by ethnicity & search type (drug "
  "possession vs supply)\n• prevalence of possession-only drug searches vs local / force "
  "priorities",
  "ACC Local Policing", SS, "Green",
  ["LB 17/12/21 – Power BI S&S dashboard covers all three; monthly to Legitimacy Board. "
   "Complete."], D(2021, 12, 17),
  truth=[("leg2", "closeable_submit", "Ref 8542, all three bullets present. HMICFRS Being "
          "progressed; force Green – submit.")])
F("OL36", 36, "PEEL Legit 17 S&S", D(2017, 12, 12), "Nat Rec", 8543,
  "Where disparities found – show the public we have researched / analysed the reasons and "
  "taken action to reduce them",
  "ACC Local Policing", SS, "Amber",
  ["LB 17/12/21 – Analysis commissioned from university partner."],
  truth=[("leg3", "in_sync", "Ref 8543, disparities rec. Both open.")])
F("OL37", 37, "PEEL Efficiency 2017", D(2017, 12, 12), "Nat Rec", 8544,
  "Publish S&S analysis & actions taken at least annually from July 2018",
  "ACC Local Policing", SS, "Amber",
  ["LB 17/12/21 – Annual S&S report 2021 drafted for website."],
  truth=[("leg4", "conflict", "Ref 8544 and wording are the PEEL Legitimacy 2017 'publish this "
          "analysis' item, but the force files it under 'PEEL Efficiency 2017' – report "
          "disagrees. Both open.")])
F("OL38", 38, "PEEL Legit 17 S&S", D(2017, 12, 12), "Nat Rec", 8554,
  "By July 2018 & ongoing – all officers who use S&S trained in unconscious bias & CoP APP on "
  "S&S",
  "ACC Local Policing", SS, "Amber",
  ["LB 09/02/22 – 87% of S&S-active officers trained; refresher in CPD day.",
   "LB 17/12/21 – Training package agreed with L&D."],
  truth=[("leg5", "conflict", "Unconscious-bias training rec (HMICFRS ID 8545); the force typed "
          "ref 8554 on 09/02/22 (Change log) – no 8554 exists; reference disagrees. Both "
          "open.")])
F("OL39", 39, "PEEL Effectiveness 2017", D(2018, 3, 22), "CoC", None,
  "Current approach to DA unacceptable – proportion of victims not supporting investigations & "
  "low use of arrest & prosecution",
  "ACC Crime", PVP, "Amber",
  ["MW 10/02/22 – Evidence-led prosecutions up 22%."],
  truth=[("coc_da17", "in_sync", "PEEL 2017 DA cause of concern ('unacceptable'), not the 2016 "
          "DASH CoC. Both open.")])
F("OL40", 40, "PEEL Effectiveness 2017", D(2018, 3, 22), "Rec", None,
  "Immediately consider ways to increase use of arrest, ancillary orders (DVPN/DVPO) & other "
  "powers for DA",
  "ACC Crime", PVP, "Green",
  ["MW 22/02/22 – DVPO use doubled; arrest rate 48%. Proposed for closure.",
   "MW 18/10/21 – DVPO process refreshed; arrest rate 41%."], D(2022, 2, 22),
  truth=[("rec_da17_1", "closeable_submit", "Arrest/ancillary orders rec. HMICFRS Being "
          "progressed; force Green since 22/02/22 – submit.")])
F("OL41", 41, "PEEL Effectiveness 2017", D(2018, 3, 22), "Rec", None,
  "Immediately understand & address why so many DA victims don't support the investigation",
  "ACC Crime", PVP, "Amber",
  ["MW 10/02/22 – Victim survey under way with IDVA service."],
  truth=[("rec_da17_2", "in_sync", "Victim non-support rec. Both open.")])
F("OL42", 42, "PEEL Effectiveness 2017", D(2018, 3, 22), "Rec", None,
  "Stop doing DA risk assessments over the phone and dealing with DA in the resolution centre",
  "ACC Crime", PVP, "Blue",
  ["SH 20/08/19 – closed by HMICFRS."],
  truth=[("rec_da17_3", "in_sync", "Telephone risk assessment / resolution centre rec. HMICFRS "
          "Complete, force Blue: both closed.")])
F("OL43", 43, "NCPI 2018", D(2018, 6, 14), "Rec", None,
  "Within 6 months, with children's social care, review how we manage detention of children – "
  "as a minimum: children only detained when absolutely necessary & for minimum time; early "
  "assessment of need for alternative accommodation; custody staff complete detention "
  "certificates post-charge; record all actions & decisions; timely AA support",
  "ACC Crime", "Ch Insp Custody", "Amber",
  ["CU 14/01/22 – Concordat on children in custody signed with LCC; AA response times still "
   "outside target."],
  truth=[("ncpi", "in_sync", "Detention of children rec, all five minimum points and the "
          "six-month timescale present. Both open.")])
F("OL44", 44, "PEEL 2018/19", D(2019, 5, 2), "Rec", None,
  "Within 6 months – regular & active supervision of quality and progress of investigations, "
  "properly recorded",
  "ACC Crime", "Det Ch Supt Force CID", "Amber",
  ["CID 07/01/22 – Investigation supervision template on Niche; compliance 64%."],
  truth=[("p19_1", "in_sync", "Investigation supervision rec, six months. Both open.")])
F("OL45", 45, "PEEL 18/19", D(2019, 5, 2), "Rec", None,
  "Within 6 months – improve ability to retrieve digital evidence from phones, computers & "
  "other devices quickly so investigations aren't delayed",
  "ACC Crime", "Head of Digital Forensics", "Red",
  ["DF 07/01/22 – Kiosk backlog 410 devices. Off track."],
  truth=[("p19_2", "in_sync", "Digital evidence rec. HMICFRS Being progressed, force Red: both "
          "open.")])
F("OL46", 46, "PEEL 18/19", D(2019, 5, 2), "Rec", None,
  "Within 6 months – improve understanding of suspects released under investigation (RUI) and "
  "management of those on bail",
  "ACC Crime", "Head of Criminal Justice", "Green",
  ["SH 14/09/20 – Closed by HMICFRS.",
   "CJ 12/06/20 – RUI/bail tracker live; Bail Act changes built in."], D(2020, 6, 12),
  truth=[("p19_3", "in_sync", "RUI / bail rec. HMICFRS Complete; force Green (done, never moved "
          "to Blue): both closed/done.")])
F("OL47", 47, "PEEL 18/19", D(2019, 5, 2), "AFI", None,
  "Better use of crime-recording & management system (Niche) to manage case files & "
  "investigative processes",
  "ACC Crime", "Det Ch Supt Force CID", "Amber",
  ["CID 07/01/22 – Niche case-file module roll-out April 22."],
  truth=[("p19_afi", "in_sync", "Crime-recording system AFI. Both open.")])
F("OL50", 50, "Local", None, "Local", None,
  "Local action: Task & Finish group to review the domestic abuse policy and report to the "
  "Force Executive Team",
  "ACC Crime", PVP, "Green",
  ["MW 10/02/22 – Policy signed off at FET 03/02/22."],
  truth=[(None, "not_on_hmicfrs_list", "Force's own local action (type 'Local'); HMICFRS never "
          "asked for it.")])
F("OL51", 51, "Custody 2018 (HMIP/HMICFRS)", "Nov 2018", "AFI", None,
  "Custody – improve governance of use of force in custody suites (UoF data to Custody Board)",
  "ACC Crime", "Ch Insp Custody", "Amber",
  ["CU 14/01/22 – UoF forms now reviewed by custody inspector daily."],
  truth=[(None, "not_on_hmicfrs_list", "Joint custody inspection item; no custody report on the "
          "definitive list. Not the police-powers use-of-force monitoring rec (ID 11877), which "
          "OL 56 ({row:OL56}) covers. Query with HMICFRS.")])
F("OL52", 52, "Police powers spotlight (Feb 21)", D(2021, 2, 26), "Nat Rec", None,
  "By July 2022 – officers & staff have effective communication skills in line with National "
  "Policing Guidelines on Conflict Management (on top of existing conflict mgmt & "
  "de-escalation training)",
  "ACC Local Policing", "Head of Learning & Development", "Amber",
  ["LD 20/01/22 – Communication skills module in PST from April 22."],
  truth=[("pow1", "in_sync", "Communication skills rec, same July 2022 deadline. Both open.")])
F("OL53", 53, "Police powers spotlight (Feb 21)", D(2021, 2, 26), "Nat Rec", None,
  "By July 2021 – communication skills reinforced through CPD; supervisors supported to debrief "
  "officers using BWV footage",
  "ACC Local Policing", "Head of Learning & Development", "Green",
  ["LD 20/01/22 – Debrief guide issued; in CPD programme since Sept 21. Complete."],
  D(2022, 1, 20),
  truth=[("pow2", "closeable_submit", "CPD / BWV debrief rec, July 2021. HMICFRS Being "
          "progressed; force Green – submit.")])
F("OL54", 54, "Police powers spotlight", D(2021, 2, 26), "Nat Rec", None,
  "By Sept 2021:\n• record entire S&S encounters (incl. traffic stops & UoF) on BWV\n• "
  "structured process to review & monitor a sample of BWV footage for learning / "
  "accountability\n• external scrutiny panel access to samples of BWV footage (S&S & UoF), with "
  "CoP APP safeguards",
  "ACC Local Policing", SS, "Amber",
  ["LB 17/12/21 – BWV policy amended; panel access from Feb 22."],
  truth=[("pow3", "in_sync", "BWV rec, all three parts, September 2021. Both open.")])
F("OL55", 55, "Police powers spotlight", D(2021, 2, 26), "Nat Rec", None,
  "HO & NPCC – make data on force used to effect a S&S good enough to publish; HO to publish",
  None, None, "Grey",
  ["SH 03/11/21 – Not for the force – HO / NPCC recommendation. Ask FLL to close against "
   "Lincs."], notes="Not ours",
  truth=[("pow4", "closeable_submit", "HO/NPCC data rec. Force Grey = not the force's to "
          "deliver (done on its side); HMICFRS still holds it Awaiting review – ask HMICFRS to "
          "close it against the force.")])
F("OL56", 56, "Police powers spotlight", D(2021, 2, 26), "Nat Rec", None,
  "By July 2022 – effective internal monitoring of use of force to identify & understand "
  "disproportionate use, explain reasons & improve",
  "ACC Local Policing", SS, "Amber",
  ["LB 17/12/21 – UoF disproportionality in quarterly Legitimacy report."],
  truth=[("pow5", "conflict", "Use-of-force monitoring rec, but the force has 'By July 2022' "
          "where HMICFRS says 'By July 2021' – deadline disagrees. Both open.")])
F("OL57", 57, "Police powers (HMICFRS Feb 2021)", "Feb 2021", "Nat Rec", None,
  "BWV – record whole of S&S encounters incl traffic stops & UoF; review a sample of footage; "
  "give scrutiny panel access to footage",
  "ACC Local Policing", SS, "Amber",
  ["LB 30/06/21 – BWV activation audit planned."], notes="Dup of 54? – SH 07/02/22",
  truth=[("pow3", "in_sync", "Second entry of the BWV rec (added separately; the OL note says "
          "'Dup of 54?'); same three parts. Same item as OL 54 ({row:OL54}); Amber like it – "
          "both open.")])
F("OL58", 58, "Local", None, "Local", None,
  "Dip-sample 50 stalking and harassment crime reports each quarter and report findings to the "
  "Crime Standards Board",
  "ACC Crime", FCR, "Amber",
  ["JK 15/10/21 – Q2 dip sample done."],
  truth=[(None, "not_on_hmicfrs_list", "Force's own local action (dip sampling); not the PEEL "
          "2021/22 stalking AFI, which OL 59 ({row:OL59}) holds.")])
SEP("SEP", "Items below added since FAB 23/11/2021 – to be allocated")
F("OL59", 59, "PEEL 2021/22", D(2022, 1, 27), "AFI", None,
  "Improve understanding of the nature & scale of stalking & harassment in Lincolnshire",
  "ACC Crime", "Head of Intelligence", "Amber",
  ["SH 11/02/22 – allocated to Head of Intelligence."],
  truth=[("p22_1", "in_sync", "PEEL 2021/22 stalking AFI. Both open (Awaiting review / "
          "Amber).")])
F("OL60", 60, "PEEL 2021/22", D(2022, 1, 27), "AFI", None,
  "RASSO investigations allocated to officers with the right skills & effectively supervised",
  "ACC Crime", "Det Ch Supt Force CID", "Red",
  ["SH 11/02/22 – allocated to Force CID."],
  truth=[("p22_2", "in_sync", "PEEL 2021/22 RASSO allocation/supervision AFI. Both open.")])
F("OL61", 61, "PEEL 2021/22", D(2022, 1, 27), "AFI", None,
  "DA victims kept informed of case progress in line with VCOP",
  None, None, "TBC",
  truth=[("p22_3", "in_sync", "PEEL 2021/22 DA victims kept informed AFI. Force TBC = new, "
          "awaiting allocation (open); HMICFRS Awaiting review: both open.")])
F("OL63", 63, "PEEL 21/22", D(2022, 1, 27), "AFI", None,
  "Improve timeliness of response to calls for service involving people with mental ill health",
  "ACC Local Policing", "Supt Contact Centre", "Amber",
  truth=[("p22_6", "in_sync", "PEEL 2021/22 mental ill health response AFI. Both open.")])

MISSING = [
    ("sas13_3", "missing_from_force", "S&S 2013 rec 3 (explain to public / community scrutiny, "
     "'elected local policing bodies') has no row: the force's only row with this wording is "
     "OL 9 ({row:OL9}), headed 'S&S 2 (2015)', which is ID 5120. HMICFRS holds 114 Complete."),
    ("fa3", "missing_from_force", "'Total expired' licensing records rec has no row. The Change "
     "log shows its row (OL13) was overwritten 'DUPLICATE – see 12 – delete' and deleted on "
     "02/02/22 – it was not a duplicate. HMICFRS Being progressed: unowned."),
    ("p22_4", "missing_from_force", "PEEL 2021/22 VAWG performance-framework AFI has no row. The "
     "Change log shows it typed in on 07/02/22 (as OL62) and the row deleted on 14/02/22; only "
     "the log holds its text."),
    ("p22_5", "missing_from_force", "PEEL 2021/22 county lines intelligence AFI: never added to "
     "the tracker."),
]

# ---------------------------------------------------------------------------------------------
# Positions, status logic and a self-check of the hand-decided categories
# ---------------------------------------------------------------------------------------------
TRACKER_FIRST = 5  # Excel row of the first row under the header on "Tracker"
FROW = {r["key"]: TRACKER_FIRST + i for i, r in enumerate(ROWS)}
ITEM_ROWS = [r for r in ROWS if "sep" not in r]
BYKEY = {r["key"]: r for r in ROWS}

FORCE_DONE = {"blue", "green", "grey", "g"}
FORCE_OPEN = {"amber", "red", "tbc", "a"}


def force_state(rag: str) -> str:
    word = re.split(r"\s*[–-]\s*", rag.strip().lower())[0]
    if word in FORCE_DONE:
        return "done"
    assert word in FORCE_OPEN, rag
    return "open"


def hmic_state(status: str) -> str:
    return "open" if status in (AR, BP) else "closed"


def expected(hkey, force_states):
    """The category the statuses alone give (conflict/missing lines are decided by hand)."""
    h = hmic_state(HSTATUS[hkey])
    f = "done" if all(s == "done" for s in force_states) else "open"
    if (h, f) in (("open", "open"), ("closed", "done")):
        return "in_sync"
    return "closeable_submit" if h == "open" else "closeable_local"


def self_check():
    parts: dict[str, list[str]] = {}
    for r in ITEM_ROWS:
        for hk, _, _ in r["truth"]:
            if hk:
                parts.setdefault(hk, []).append(force_state(r["rag"]))
    for r in ITEM_ROWS:
        assert r["truth"], r["key"]
        for hk, cat, _ in r["truth"]:
            if cat in ("in_sync", "closeable_submit", "closeable_local"):
                assert expected(hk, parts[hk]) == cat, (r["key"], hk, cat)
    covered = set(parts) | {m[0] for m in MISSING}
    assert covered == set(HROW), set(HROW) ^ covered
    assert not (set(parts) & {m[0] for m in MISSING})


self_check()


# ---------------------------------------------------------------------------------------------
# The change history the OL team copied off Excel's History sheet.  A small model of the sheet
# replays the edits so that every Range is the row the cell had at the moment of the change.
# ---------------------------------------------------------------------------------------------
def jtext(updates):
    return "\n".join(updates)


def jold(updates):
    return jtext(updates[1:]) if len(updates) > 1 else "<blank>"


OL13_TEXT = ("Immediately – satisfy ourselves all appropriate action being taken re ‘total "
             "expired’ licensing records (FL audit)")
OL62_ROW = dict(ol=62, report="PEEL 2021/22", text=T["p22_4"])
SH, PD, JK, LB, MW = ("Hallam, Sarah", "Dixon, Paul", "Kaur, Jas", "Brennan, Liam",
                      "Whitworth, Mark")


def at(y, m, d, hh, mm):
    return dt.datetime(y, m, d, hh, mm)


def R(k):
    return BYKEY[k]


OPS = [
    (at(2022, 2, 1, 9, 12), PD, "cell", "OL12", "I", "Amber", "Red"),
    (at(2022, 2, 1, 9, 14), PD, "cell", "OL12", "J", jtext(R("OL12")["updates"]),
     jold(R("OL12")["updates"])),
    (at(2022, 2, 2, 10, 58), PD, "cell", "OL13", "F", "DUPLICATE – see 12 – delete", OL13_TEXT),
    (at(2022, 2, 2, 11, 2), PD, "rowdel", "OL13"),
    (at(2022, 2, 4, 15, 20), JK, "cell", "48d", "I", "Amber", "Green"),
    (at(2022, 2, 4, 15, 24), JK, "cell", "48d", "J", jtext(R("48d")["updates"]),
     jold(R("48d")["updates"])),
    (at(2022, 2, 7, 10, 5), SH, "rowins", "OL58", ["SEP", "OL59", "OL60", "OL61", "OL62"]),
    (at(2022, 2, 7, 10, 6), SH, "cell", "SEP", "A", R("SEP")["sep"], "<blank>"),
]
minute = 8
for k in ("OL59", "OL60", "OL61", "OL62"):
    src = OL62_ROW if k == "OL62" else R(k)
    full = T["p22_4"] if k == "OL62" else T[{"OL59": "p22_1", "OL60": "p22_2",
                                             "OL61": "p22_3"}[k]]
    OPS += [
        (at(2022, 2, 7, 10, minute), SH, "cell", k, "A", str(src["ol"]), "<blank>"),
        (at(2022, 2, 7, 10, minute), SH, "cell", k, "B", "PEEL 2021/22", "<blank>"),
        (at(2022, 2, 7, 10, minute + 1), SH, "cell", k, "F", full, "<blank>"),
        (at(2022, 2, 7, 10, minute + 2), SH, "cell", k, "I", "TBC", "<blank>"),
    ]
    minute += 4
OPS += [
    (at(2022, 2, 7, 10, 31), SH, "cell", "OL57", "L", R("OL57")["notes"], "<blank>"),
    (at(2022, 2, 9, 16, 40), LB, "cell", "OL38", "E", "8554", "<blank>"),
    (at(2022, 2, 9, 16, 42), LB, "cell", "OL38", "J", jtext(R("OL38")["updates"]),
     jold(R("OL38")["updates"])),
    (at(2022, 2, 10, 11, 15), MW, "cell", "OL19", "J", jtext(R("OL19")["updates"]),
     jold(R("OL19")["updates"])),
    (at(2022, 2, 11, 9, 30), SH, "cell", "OL59", "F", R("OL59")["text"], T["p22_1"]),
    (at(2022, 2, 11, 9, 31), SH, "cell", "OL59", "I", "Amber", "TBC"),
    (at(2022, 2, 11, 9, 32), SH, "cell", "OL59", "J", jtext(R("OL59")["updates"]), "<blank>"),
    (at(2022, 2, 11, 9, 34), SH, "cell", "OL60", "F", R("OL60")["text"], T["p22_2"]),
    (at(2022, 2, 11, 9, 35), SH, "cell", "OL60", "I", "Red", "TBC"),
    (at(2022, 2, 11, 9, 36), SH, "cell", "OL60", "J", jtext(R("OL60")["updates"]), "<blank>"),
    (at(2022, 2, 11, 9, 38), SH, "cell", "OL61", "F", R("OL61")["text"], T["p22_3"]),
    (at(2022, 2, 14, 9, 3), MW, "rowdel", "OL62"),
    (at(2022, 2, 16, 11, 20), SH, "rowins", "OL61", ["OL63"]),
    (at(2022, 2, 16, 11, 21), SH, "cell", "OL63", "A", "63", "<blank>"),
    (at(2022, 2, 16, 11, 21), SH, "cell", "OL63", "B", R("OL63")["report"], "<blank>"),
    (at(2022, 2, 16, 11, 23), SH, "cell", "OL63", "F", R("OL63")["text"], "<blank>"),
    (at(2022, 2, 16, 11, 24), SH, "cell", "OL63", "I", "Amber", "<blank>"),
    (at(2022, 2, 22, 14, 2), MW, "cell", "OL40", "I", "Green", "Amber"),
    (at(2022, 2, 22, 14, 3), MW, "cell", "OL40", "K", "22/02/2022", "<blank>"),
    (at(2022, 2, 22, 14, 5), MW, "cell", "OL40", "J", jtext(R("OL40")["updates"]),
     jold(R("OL40")["updates"])),
    (at(2022, 3, 3, 10, 14), SH, "cell", "OL24", "I", "Green", "Amber"),
    (at(2022, 3, 3, 10, 21), MW, "cell", "OL24", "I", "AMBER", "Amber", "WON"),
    (at(2022, 3, 3, 10, 23), MW, "cell", "OL24", "J", jtext(R("OL24")["updates"]),
     jold(R("OL24")["updates"])),
    (at(2022, 3, 8, 9, 40), JK, "cell", "48a", "J", jtext(R("48a")["updates"]),
     jold(R("48a")["updates"])),
    (at(2022, 3, 11, 15, 50), SH, "cell", "OL26", "I", "Green", "Amber"),
    (at(2022, 3, 11, 15, 51), SH, "cell", "OL26", "K", "11/03/2022", "<blank>"),
    (at(2022, 3, 11, 15, 52), SH, "cell", "OL26", "J", jtext(R("OL26")["updates"]),
     jold(R("OL26")["updates"])),
]


def final_cell(key, col):
    r = BYKEY[key]
    if "sep" in r:
        return r["sep"] if col == "A" else None
    k = r["proposed"]
    return {"A": str(r["ol"]), "B": r["report"], "E": None if r["ref"] is None else str(r["ref"]),
            "F": r["text"], "I": r["rag"], "J": jtext(r["updates"]) or None,
            "K": k.strftime("%d/%m/%Y") if k else None, "L": r["notes"]}[col]


def replay():
    """Replay OPS on the sheet as it stood on 01/02/2022; return the History rows."""
    final = [r["key"] for r in ROWS]
    order = [k for k in final if k not in ("SEP", "OL59", "OL60", "OL61", "OL63")]
    order.insert(order.index("OL12") + 1, "OL13")
    out, last = [], {}
    for n, op in enumerate(OPS, 1):
        when, who, kind = op[0], op[1], op[2]
        if kind == "cell":
            key, col, new, old = op[3:7]
            rng = f"{col}{TRACKER_FIRST + order.index(key)}"
            won = len(op) > 7
            out.append([n, when, when, who, "Cell Change", "Tracker", rng, new, old,
                        "Won" if won else None, n - 1 if won else None])
            last[(key, col)] = new
        elif kind == "rowdel":
            r = TRACKER_FIRST + order.index(op[3])
            order.remove(op[3])
            last = {kc: v for kc, v in last.items() if kc[0] != op[3]}
            out.append([n, when, when, who, "Row Delete", "Tracker", f"{r}:{r}", None, None,
                        None, None])
        else:
            pos = order.index(op[3]) + 1
            for i, k in enumerate(op[4]):
                order.insert(pos + i, k)
            r = TRACKER_FIRST + pos
            out.append([n, when, when, who, "Row Insert", "Tracker",
                        f"{r}:{r + len(op[4]) - 1}", None, None, None, None])
    assert order == final, (order, final)
    for (key, col), v in last.items():
        assert final_cell(key, col) == v, (key, col, v, final_cell(key, col))
    return out


HISTORY = replay()

# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------
FILLS = {"blue": "9BC2E6", "green": "92D050", "g": "92D050", "amber": "FFC000",
         "red": "FF0000", "grey": "BFBFBF"}
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
BOLD = Font(bold=True)


def fixed_props(wb, creator, title):
    p = wb.properties
    p.creator = creator
    p.lastModifiedBy = creator
    p.title = title
    p.created = dt.datetime(2014, 6, 2, 9, 0, 0)
    p.modified = dt.datetime(2022, 3, 11, 16, 5, 0)


def save_fixed(wb, path):
    """Save, then rewrite the zip with fixed member stamps and a fixed dcterms:modified."""
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + CORE_TIME.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_STAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def write_hmicfrs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    ws["A1"] = f"HMICFRS – recommendations and areas for improvement held against {FORCE}"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Definitive list as at 28 February 2022. Please reconcile with force records and "
                "return to your Force Liaison Lead by 31 March 2022.")
    ws["A3"] = ("Open: Awaiting review, Being progressed. Closed: Complete, Superseded, No further "
                "action required.")
    heads = ["ID", "Report title", "Publication date", "Type", "Applies to",
             "Recommendation / area for improvement text", "Status", "Status last changed"]
    for c, h in enumerate(heads, 1):
        ws.cell(5, c, h).font = BOLD
    for i, (tk, hid, rk, typ, st, sd) in enumerate(H):
        r = HMIC_FIRST + i
        title, pub, applies = REPORTS[rk]
        vals = [hid, title, pub, typ, applies, T[tk], st, sd]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP if c in (2, 6) else TOP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    foot = HMIC_FIRST + len(H) + 1
    ws.cell(foot, 1, f"{len(H)} records")
    for col, w in zip("ABCDEFGH", (8, 40, 13, 22, 18, 90, 17, 14)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    ws.auto_filter.ref = f"A5:H{HMIC_FIRST + len(H) - 1}"
    fixed_props(wb, "HMICFRS Monitoring", "Definitive list – Lincolnshire Police")
    save_fixed(wb, path)
    return foot


def write_tracker(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "LINCOLNSHIRE POLICE – HMICFRS RECOMMENDATIONS & AFIs – MASTER TRACKER"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Organisational Learning Team | SHARED WORKBOOK – please don't sort, filter, merge "
                "or insert tables. Initial & date every update, newest first.")
    ws["A2"].font = Font(italic=True, color="C00000")
    heads = ["OL No.", "Report / source", "Published", "Type", "HMIC ref",
             "Recommendation / AFI (summary – see report for full wording)", "Chief Officer",
             "Lead (dept)", "RAG", "Update – newest first (initial & date please)",
             "Proposed for closure", "OL notes"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(4, c, h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.alignment = WRAP
    for r in ROWS:
        row = FROW[r["key"]]
        if "sep" in r:
            cell = ws.cell(row, 1, r["sep"])
            cell.font = Font(bold=True, italic=True)
            for c in range(1, 13):
                ws.cell(row, c).fill = PatternFill("solid", fgColor="FFF2CC")
            continue
        vals = [r["ol"], r["report"], r["pub"], r["typ"], r["ref"], r["text"], r["chief"],
                r["lead"], r["rag"], jtext(r["updates"]) or None, r["proposed"], r["notes"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row, c, v)
            cell.alignment = WRAP if c in (2, 6, 8, 10, 12) else TOP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        word = re.split(r"\s*[–-]\s*", r["rag"].strip().lower())[0]
        if word in FILLS:
            ws.cell(row, 9).fill = PatternFill("solid", fgColor=FILLS[word])
    last = FROW[ROWS[-1]["key"]]
    for col, w in zip("ABCDEFGHIJKL", (7, 24, 11, 11, 9, 60, 18, 24, 12, 60, 12, 16)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:L{last}"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key (agreed at Force Assurance Board, June 2016)"
    key["A1"].font = BOLD
    legend = [
        ("BLUE", "Closed – HMICFRS has confirmed closure", "9BC2E6"),
        ("GREEN", "Complete – evidence with OL team / proposed to HMICFRS for closure", "92D050"),
        ("AMBER", "In progress – on track", "FFC000"),
        ("RED", "Off track / past HMICFRS deadline", "FF0000"),
        ("GREY", "No further action for the force (superseded, or not the force's to deliver)",
         "BFBFBF"),
        ("TBC", "New – awaiting allocation to an owner", None),
    ]
    for i, (word, meaning, colour) in enumerate(legend, 3):
        key.cell(i, 1, word).font = BOLD
        key.cell(i, 2, meaning)
        if colour:
            key.cell(i, 1).fill = PatternFill("solid", fgColor=colour)
    key["A10"] = ("This workbook is shared (Review > Share Workbook) with change history kept for "
                  "60 days. Before each FAB the OL team lists the changes on a new sheet and copies "
                  "them to 'Change log'.")
    key.column_dimensions["A"].width = 10
    key.column_dimensions["B"].width = 80

    log = wb.create_sheet("Change log")
    log["A1"] = ("Copied from Excel History (Track Changes > List changes on a new sheet) on "
                 "11/03/2022 for FAB 15/03/2022 – SH")
    log["A1"].font = Font(italic=True)
    hh = ["Action Number", "Date", "Time", "Who", "Change", "Sheet", "Range", "New Value",
          "Old Value", "Action Type", "Losing Action"]
    for c, h in enumerate(hh, 1):
        log.cell(3, c, h).font = BOLD
    for i, rec in enumerate(HISTORY, 4):
        for c, v in enumerate(rec, 1):
            cell = log.cell(i, c, v)
            if c == 2:
                cell.number_format = "dd/mm/yyyy"
            elif c == 3:
                cell.number_format = "hh:mm"
            if c in (8, 9):
                cell.alignment = WRAP
    end = 4 + len(HISTORY) + 1
    log.cell(end, 1, "The history ends with the changes saved on 11/03/2022 at 16:05.")
    for col, w in zip("ABCDEFGHIJK", (8, 11, 7, 16, 12, 9, 8, 60, 60, 8, 8)):
        log.column_dimensions[col].width = w
    log.auto_filter.ref = f"A3:K{3 + len(HISTORY)}"

    fixed_props(wb, "Hallam, Sarah", "HMICFRS master tracker (shared)")
    save_fixed(wb, path)
    return last, end


def truth_lines():
    lines = []
    for r in ITEM_ROWS:
        for hk, cat, why in r["truth"]:
            why = re.sub(r"\{row:(\w+)\}", lambda m: f"Tracker!{FROW[m.group(1)]}", why)
            lines.append((HROW[hk] if hk else "", f"Tracker!{FROW[r['key']]}", cat, why))
    for hk, cat, why in MISSING:
        why = re.sub(r"\{row:(\w+)\}", lambda m: f"Tracker!{FROW[m.group(1)]}", why)
        lines.append((HROW[hk], "", cat, why))
    return lines


def write_truth(path, lines):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)


def readme(foot, last, end, lines):
    counts = Counter(l[2] for l in lines)
    fr = FROW
    hr = {k: v.split("!")[1] for k, v in HROW.items()}
    hist_last = 3 + len(HISTORY)
    cat_order = ["in_sync", "closeable_submit", "closeable_local", "conflict",
                 "missing_from_force", "not_on_hmicfrs_list", "review"]
    count_lines = "\n".join(f"| `{c}` | {counts.get(c, 0)} |" for c in cat_order)
    won = next(h for h in HISTORY if h[9] == "Won")
    # the action numbers the text below names
    assert [h[0] for h in HISTORY if h[4] == "Row Delete"] == [4, 36]
    assert HISTORY[2][6].startswith("F") and HISTORY[2][7].startswith("DUPLICATE")
    assert [h[0] for h in HISTORY if h[4] == "Cell Change" and h[6].startswith("F")
            and (h[7] or "").startswith("The force should")] == [11, 15, 19, 23]
    assert HISTORY[22][7] == T["p22_4"]
    return f"""# Case `shared_workbook_change_log`

## The story

Lincolnshire Police's Organisational Learning (OL) team has kept one HMICFRS tracker since 2014.
Because a dozen department leads update their own rows, the workbook lives on a network drive as a
legacy Excel **shared workbook** (Review > Share Workbook, "track changes while editing", history
kept 60 days). Sharing shapes the file: nobody may sort, merge or insert tables, so rows sit in
the order they were typed over eight years, leads type the RAG word freely, updates pile up in one
cell newest first with initials and dates, and two people can add the same item. Excel's
"List changes on a new sheet" makes a **History** sheet that Excel throws away on the next save,
so before each Force Assurance Board (FAB) the analyst copies it to a kept sheet, **Change log**,
as the audit trail of who changed what. HMICFRS has sent its definitive list as at 28 February
2022; the analyst must reconcile it before FAB on 15 March 2022.

The Change log is the trap of this layout: it is a grid with real recommendation wording in its
New Value / Old Value columns (including the full text of an AFI whose tracker row was deleted),
status words, row numbers and names, but it holds no items. It also explains three things the
tracker alone hides: a row deleted as a "duplicate" that was not one, an AFI typed in and deleted
a week later, and a conflict Excel resolved between two users editing the same RAG cell.

## Files

- `hmicfrs.xlsx` – one sheet, **Definitive list**. Rows 1–3: title, "as at" line, status key;
  row 4 blank; **header row 5**: `ID`, `Report title`, `Publication date`, `Type`, `Applies to`,
  `Recommendation / area for improvement text`, `Status`, `Status last changed`. Items in
  **rows 6–{5 + len(H)}** ({len(H)} items, by publication date), row {5 + len(H) + 1} blank,
  row {foot} a footer "{len(H)} records". IDs are plain register integers. Dates are real Excel
  dates shown dd/mm/yyyy. Texts are HMICFRS wording verbatim (curly quotes, "•" bullets with and
  without spaces, line breaks, the stray footnote "86" and "and 20").
- `tracker.xlsx` – three sheets.
  - **Tracker**: row 1 title, row 2 the shared-workbook instruction, row 3 blank, **header row 4**:
    `OL No.`, `Report / source`, `Published`, `Type`, `HMIC ref`, `Recommendation / AFI (summary –
    see report for full wording)`, `Chief Officer`, `Lead (dept)`, `RAG`, `Update – newest first
    (initial & date please)`, `Proposed for closure`, `OL notes`. Rows **5–{last}** hold
    {len(ITEM_ROWS)} item rows and one separator row ({fr['SEP']}). RAG cells are filled in their
    colour; the text is the record. Freeze panes and an autofilter on row 4.
  - **Key**: the RAG legend (row 1 title, rows 3–8 BLUE/GREEN/AMBER/RED/GREY/TBC, row 10 a note).
    BLUE, GREEN and GREY are done on the force side (GREY = no further action for the force:
    superseded, or not the force's to deliver); AMBER, RED and TBC are open.
  - **Change log**: row 1 the analyst's note, row 2 blank, **header row 3** with Excel's History
    columns (`Action Number`, `Date`, `Time`, `Who`, `Change`, `Sheet`, `Range`, `New Value`,
    `Old Value`, `Action Type`, `Losing Action`), actions in rows 4–{hist_last} ({len(HISTORY)}
    actions, 01/02/2022–11/03/2022), row {end - 1} blank, row {end} "The history ends with the
    changes saved on 11/03/2022 at 16:05." Ranges are the Tracker cells at the time of each change
    (they were replayed on a model of the sheet, so they agree with the rows that exist today).
- `truth.csv` – `hmicfrs_row,force_row,category,why`, {len(lines)} lines, UTF-8, `\\n` line ends.
  Provenance `Definitive list!N` and `Tracker!N`.
- Both workbooks: written with openpyxl, then re-zipped with fixed member timestamps and fixed
  core properties, so two builds are byte-identical.

## What the layout brings (Tracker rows)

1. **Entry order, not report order.** Rows follow the order items were typed in 2014–2022. The
   CDI 2019 block (rows {fr['48a']}–{fr['OL49']}) was inserted under the old CDI 2014 row
   ({fr['OL7']}), so it sits among 2014–2015 reports; the newest rows follow a separator
   ({fr['SEP']}, "Items below added since FAB 23/11/2021 – to be allocated").
2. **`OL No.` is the team's own running number**, not an HMICFRS reference. It has gaps (13 and 62
   were deleted – see the Change log) and letters (48a–48e). `HMIC ref` is filled for only
   {sum(1 for r in ITEM_ROWS if r['ref'] is not None)} rows, one of them wrong.
3. **Free-typed RAG**: Blue / BLUE, Green, "GREEN – proposed for closure" (row {fr['OL10']}),
   "G" (row {fr['OL29']}), Amber / AMBER / "amber" (row {fr['OL28']}), Red, Grey, TBC. Read with
   the Key sheet.
4. **Report names in the force's own words**: "S&S 2 (2015)", "PEEL Legit 17 S&S", "PEEL 18/19",
   "Police powers spotlight (Feb 21)", "Stolen Freedom (MSHT) 2017", "Firearms licensing 2015";
   `Published` is a date on most rows and text
   ("Jul 2013", "July 2014", "Nov 2014", "Feb 2021") on others.
5. **Summarised, abbreviated texts**: CCs, CoP, S&S, MSHT, ISAs, NRM, NCRS, RUI, BWV, UoF, VCOP,
   RASSO, DVPO; deadlines shortened ("Within 6 months", "By Sept 2021"); the force drops the stems
   ("HMIC recommends that within six months the force should:").
6. **One row, several items**: row {fr['OL4']} holds all four *Policing in austerity* recs,
   numbered (1)–(4); row {fr['OL19']} holds the PEEL 2016 domestic abuse cause of concern *and*
   its recommendation ("CoC – … REC – …", type "CoC + Rec").
7. **One item, several rows**: the CDI 2019 victims recommendation is split into one row per
   bullet, 48a–48e (rows {fr['48a']}–{fr['48e']}), each with its own RAG; 48d is Amber.
8. **Same item twice**: row {fr['OL57']} re-enters the BWV recommendation of row {fr['OL54']},
   added by another user; the OL note says "Dup of 54? – SH 07/02/22".
9. **Local and out-of-scope rows**: type "Local" rows {fr['OL50']} and {fr['OL58']}; an old CDI
   2014 row ({fr['OL7']}) and a joint custody inspection row ({fr['OL51']}) that the definitive list
   does not hold.
10. **Change log sheet** (rows 4–{hist_last}): the full HMICFRS text of four PEEL 2021/22 AFIs as
    first pasted (actions 11, 15, 19, 23), the old text of the deleted firearms row (action 3),
    row deletions (actions 4 and 36), row inserts, and a resolved conflict (action {won[0]} "Won",
    Losing Action {won[10]}).

## The traps and how the truth decides them

- **Change log is not a list of items.** None of its rows is in the truth; the tracker's items are
  the rows of the Tracker sheet as saved. Action 23 carries the complete text of the VAWG AFI
  (ID 12953): that text exists nowhere on the Tracker, so the AFI is `missing_from_force`
  (Definitive list!{hr['p22_4']}); the log only shows it was typed in on 07/02 and its row deleted
  on 14/02.
- **A "duplicate" that was not one.** The firearms *'total expired' licensing records* rec
  (ID 6103, Being progressed) had row OL13; on 02/02/22 it was overwritten "DUPLICATE – see 12 –
  delete" and deleted (actions 3–4). OL No. 12 (Tracker row {fr['OL12']}) is the demand/capacity
  rec, a different item. Truth:
  `missing_from_force` (Definitive list!{hr['fa3']}).
- **Conflict resolved in the cell.** Row {fr['OL24']} (MSHT information-sharing): Sarah Hallam set
  "Green", Mark Whitworth's "AMBER" won (actions {won[10]}/{won[0]}). The saved cell says AMBER, so
  the force side is open: `in_sync` with Being progressed, not `closeable_submit`.
- **Near-identical recommendations in two reports.** S&S 2013 rec 3 (ID 114, Complete) and S&S 2
  2015 (ID 5120, Being progressed) ask the same thing. Row {fr['OL9']} is headed "S&S 2 (2015)",
  dated 24/03/2015 and says "with PCC" (2015's "in consultation with police and crime
  commissioners"; 2013 says "elected local policing bodies"), so it is 5120 (`in_sync`), and 114
  has no row (`missing_from_force`).
- **Split rows.** 48a–48e all map to ID 10588 (Definitive list!{hr['cdi19']}); the rec is done only
  when every part is, and 48d is Amber, so all five lines are `in_sync` (open/open) – not
  `closeable_submit`, which 48a alone (Green, ref 10588) would suggest.
- **Rows holding several items.** Row {fr['OL4']} gives four `closeable_local` lines (HMICFRS: No
  further action required; force Amber). Row {fr['OL19']} gives two `in_sync` lines (CoC 7301 and
  rec 7302).
- **Duplicate row.** Rows {fr['OL54']} and {fr['OL57']} both map to ID 11875; both Amber, so both lines
  are `in_sync`.
- **Similar wording, different items**: the PEEL 2016 DASH CoC (row {fr['OL19']}) vs the PEEL 2017
  "unacceptable" DA CoC (row {fr['OL39']}); the CDI 2019 RASSO recording AFI (row {fr['OL49']}) vs the
  PEEL 2021/22 RASSO allocation AFI (row {fr['OL60']}); the local stalking dip-sample action (row
  {fr['OL58']}) vs the PEEL 2021/22 stalking AFI (row {fr['OL59']}); the custody use-of-force row
  ({fr['OL51']}) vs the police-powers use-of-force monitoring rec (row {fr['OL56']}).
- **Conflicts** (matched, facts disagree): timescale "Within 6 months" vs "Within three months"
  (row {fr['OL14']}, temporary permits); deadline "By July 2022" vs "By July 2021" (row
  {fr['OL56']}); a missing bullet (row {fr['OL21']}, missing children – both sides closed; row
  {fr['OL23']}, MSHT leadership – force Green, HMICFRS open); type "Rec" vs Area for improvement
  (row {fr['OL31']}, control room); report "PEEL Efficiency 2017" vs PEEL Legitimacy 2017 with the
  right ref 8544 (row {fr['OL37']}); reference 8554 for ID 8545 (row {fr['OL38']}; the Change log
  shows it typed on 09/02/22).
- **GREY** means no further action for the force. Row {fr['OL17']} (superseded) with HMICFRS
  Superseded is `in_sync`; row {fr['OL55']} (a Home Office / NPCC rec, "Not ours") against
  Awaiting review is `closeable_submit` (ask HMICFRS to close it against the force).
- **GREEN that was never moved to BLUE**: row {fr['OL46']} (Green) vs Complete is `in_sync`;
  row {fr['OL5']} (Green vs Complete, Core Business) likewise.
- **No `review` line**: every pair was decidable from the two rows (and, for the missing items, the
  log).

## Counts

| category | lines |
|---|---|
{count_lines}
| **total** | **{len(lines)}** |

{len(H)} HMICFRS items, all covered (Definitive list rows 6–{5 + len(H)}); {len(ITEM_ROWS)} force
item rows, all covered (one line each, except row {fr['OL4']} with four and row {fr['OL19']} with
two).

## Rows that are not items

- Definitive list: rows 1–3 (title, "as at" line, status key), 4 (blank), 5 (header),
  {5 + len(H) + 1} (blank), {foot} (footer "{len(H)} records").
- Tracker: rows 1 (title), 2 (shared-workbook instruction), 3 (blank), 4 (header), {fr['SEP']}
  (separator "Items below added since FAB 23/11/2021 – to be allocated").
- Key: every row (legend and note).
- Change log: every row – 1 (note), 2 (blank), 3 (header), 4–{hist_last} (change-history actions:
  cell changes, row inserts and deletes; their New/Old Value cells quote item texts but are a
  record of edits, not items), {end - 1} (blank), {end} ("The history ends …").

## Checks run

- The builder asserts: every HMICFRS item is covered exactly once by a force line or a
  `missing_from_force` line; every force item row has at least one truth line; every
  `in_sync` / `closeable_*` category equals what the two statuses give (split rows: done only if all
  parts are done); the Change log replay ends with exactly the Tracker's rows and its last value
  for each cell equals the saved cell.
- Both workbooks read back with pandas (`read_excel`, `header=4` / `header=3`) and openpyxl; every
  `hmicfrs_row` / `force_row` in truth.csv points at a non-empty item row, and every item row is
  referenced.
- Two builds produce byte-identical files (sha256 compared).
"""


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    foot = write_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    last, end = write_tracker(os.path.join(OUT, "tracker.xlsx"))
    lines = truth_lines()
    write_truth(os.path.join(OUT, "truth.csv"), lines)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(foot, last, end, lines))
    print(f"wrote {OUT}: {Counter(l[2] for l in lines)}")
