"""Builder for the evaluation case ``gantt_workstream_plan`` (round 51, folder ganttlike/).

Force side: an HMICFRS improvement *delivery plan* kept as a Gantt chart in Excel
(workstream bands, WBS plan refs, a month grid Jul-24..Jun-25 with shaded bars, milestone
diamonds and delivery ticks, delivery-confidence RAG, status, owners, forecast dates).
HMICFRS side: a plain register export in CSV (UTF-8 with BOM, CRLF, quoted multi-line texts).

Run:  /work/main/.venv/bin/python build_gantt_workstream_plan.py
Rebuilds gantt_workstream_plan/ byte for byte (fixed seed, fixed zip timestamps and
document properties).
"""
from __future__ import annotations

import csv
import io
import random
import re
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

SEED = 5107
CASE = "gantt_workstream_plan"
OUT = Path(__file__).resolve().parent / CASE
FORCE = "Nottinghamshire Police"
random.seed(SEED)

# ---------------------------------------------------------------------------------------
# Real HMICFRS national texts (Open Government Licence), copied verbatim from
# /work/main/reconcile/casegen/texts/national.py
# ---------------------------------------------------------------------------------------
NATIONAL_TEXT = {
    'sas13': ('Stop and search powers: Are the police using them effectively and fairly?', (2013, 7, 9), [
        'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.',
        'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.',
        'Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.',
    ]),
    'everyone': ("Everyone's business: Improving the police response to domestic abuse", (2014, 3, 27), [
        "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.",
    ]),
    'austerity': ('Policing in austerity: Meeting the challenge', (2014, 7, 22), [
        "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews",
        'Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.',
        'Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.',
        'In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.',
    ]),
    'core': ('Core Business: an inspection into crime prevention, police attendance and the use of police time', (2014, 9, 4), [
        'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.',
        'By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.',
    ]),
    'integrity': ('Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing', (2015, 1, 30), [
        'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.',
    ]),
    'sas15': ('Stop and search powers 2: are the police using them effectively and fairly?', (2015, 3, 24), [
        'Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.',
    ]),
    'picture': ('Building the picture: an inspection of police information management', (2015, 7, 1), [
        'By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.',
    ]),
    'firearms': ('Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales', (2015, 9, 15), [
        'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.',
        'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.',
        'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.',
        'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.',
        'Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.',
    ]),
    'stolen': ('Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), [
        'Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.',
        'Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible',
        'Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.',
        'Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.',
        'Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.',
        'Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).',
        'Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.',
    ]),
    'efc17': ('PEEL: Police efficiency 2017 (national overview)', (2017, 11, 9), [
        "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.",
    ]),
    'leg17': ('PEEL: Police legitimacy 2017 (national overview)', (2017, 12, 12), [
        'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.',
        'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.',
        'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;',
        'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.',
        'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.',
    ]),
    'powers': ('Disproportionate use of police powers: A spotlight on stop and search and the use of force', (2021, 2, 26), [
        'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.',
        'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.',
        'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.',
        'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.',
        'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.',
    ]),
}
EVERYONE_PLAN_RUN_ON = "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.The action plan should be established on the basis of best practice, based on revised relevant guidance from the College of Policing. To ensure consistency, the College and the national policing lead on domestic abuse have agreed to provide advice on the areas that each plan should cover by the end of April 2014.\n\nChief officers in each police force should oversee and ensure full implementation of these action plans. This should be a personal responsibility in each case. Police and crime commissioners should hold forces to account in this respect. HMIC will inspect forces' progress on domestic abuse as part of its new annual all-force inspection programme. Police and crime commissioners and chief constables should be called upon to report publicly on progress, as well as to the national oversight and monitoring group."


def d(y, m, dd=1):
    return datetime(y, m, dd)


# ---------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published, the plan's own short name)
# ---------------------------------------------------------------------------------------
REPORTS = {
    "sas13": (NATIONAL_TEXT["sas13"][0], d(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": (NATIONAL_TEXT["everyone"][0], d(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": (NATIONAL_TEXT["austerity"][0], d(2014, 7, 22), "Policing in Austerity 2014"),
    "core": (NATIONAL_TEXT["core"][0], d(2014, 9, 4), "Core business"),
    "integrity": (NATIONAL_TEXT["integrity"][0], d(2015, 1, 30), "Integrity Matters 2015"),
    "sas15": (NATIONAL_TEXT["sas15"][0], d(2015, 3, 24), "Stop & search powers 2"),
    "picture": (NATIONAL_TEXT["picture"][0], d(2015, 7, 1), "Building the Picture 2015"),
    "firearms": (NATIONAL_TEXT["firearms"][0], d(2015, 9, 15), "Firearms licensing 2015"),
    "eff15": ("PEEL: Police efficiency 2015 – Nottinghamshire Police", d(2015, 10, 15),
              "PEEL Efficiency 2015"),
    "effv16": ("PEEL: Police effectiveness 2016 – Nottinghamshire Police", d(2017, 3, 2),
               "PEEL Eff 16"),
    "stolen": (NATIONAL_TEXT["stolen"][0], d(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": (NATIONAL_TEXT["efc17"][0], d(2017, 11, 9), "PEEL Efficiency 17 (all forces)"),
    "leg17f": ("PEEL: Police legitimacy 2017 – Nottinghamshire Police", d(2017, 12, 12),
               "PEEL Legitimacy 2017"),
    "leg17": (NATIONAL_TEXT["leg17"][0], d(2017, 12, 12), "PEEL Legit 17 S&S"),
    "ncpi": ("National child protection inspection: Nottinghamshire Police", d(2018, 6, 21),
             "NCPI 2018"),
    "peel19": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – "
               "Nottinghamshire Police", d(2019, 5, 2), "PEEL 2018/19"),
    "cdi19": ("Crime data integrity inspection 2019 – Nottinghamshire Police", d(2019, 9, 17),
              "CDI 2019"),
    "powers": (NATIONAL_TEXT["powers"][0], d(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL 2021/22: An inspection of Nottinghamshire Police", d(2022, 7, 8),
               "PEEL 21/22"),
    "peel23": ("PEEL 2023–2025: An inspection of Nottinghamshire Police", d(2024, 4, 18),
               "PEEL 23-25"),
}
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")
N = {k: v[2] for k, v in NATIONAL_TEXT.items()}

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
    "to the victim or the wider public are identified and appropriately managed.")
MISSING_CHILDREN_REC = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n• call takers understand and "
    "use the missing and absent category appropriately; • call takers and frontline staff have "
    "the necessary knowledge to identify risk factors associated with child sexual exploitation "
    "and how to respond to such cases; and • supervisors provide the correct oversight of "
    "missing person enquiries and direct appropriate and timely investigative and safeguarding "
    "action")
DETENTION_REC = (
    "Within six months Nottinghamshire Police should, in conjunction with children’s social "
    "care services, review how it manages the detention of children. As a minimum it "
    "should:• ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;• ensure that officers and staff in the custody suite "
    "assess at an early stage a child’s need for alternative accommodation (secure or "
    "otherwise) and work with children’s social care services to achieve the most appropriate "
    "option for the child;• ensure that custody staff comply with their statutory duties to "
    "complete detention certificates if a child is detained for any reason in police custody "
    "following charge;• ensure that custody staff make a record of all actions taken and "
    "decisions made on the relevant documentation; and• improve the timeliness of adequate "
    "appropriate adult support for children who are arrested.")
MISSING_CHILDREN_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. We also found incidents where the risk "
    "had not been identified, even where good information was available on the police "
    "database. In some cases there was information to indicate that children were at risk of "
    "sexual exploitation, but this did not influence the assigned risk and categorisation. "
    "Children were incorrectly graded at a lower level and could have been exposed to an "
    "increased risk of harm.")
CONTROL_ROOM = (
    "The force should ensure that it has sufficient resources available in the control room to "
    "fulfil its resourcing model, and so to meet its demand, while also taking into account "
    "the wellbeing of its workforce.")

# ---------------------------------------------------------------------------------------
# The HMICFRS register: (id, report, type, text, status, status date)
# ---------------------------------------------------------------------------------------
BP, AR, CO, SU = "Being progressed", "Awaiting review", "Complete", "Superseded"
H = [
    (1203, "sas13", NAT, N["sas13"][0], SU, d(2016, 11, 3)),
    (1204, "sas13", NAT, N["sas13"][1], CO, d(2016, 11, 3)),
    (1205, "sas13", NAT, N["sas13"][2], BP, d(2023, 2, 14)),
    (2321, "everyone", NAT, N["everyone"][0], CO, d(2015, 9, 10)),
    (3310, "austerity", NAT, N["austerity"][0], CO, d(2017, 6, 29)),
    (3311, "austerity", NAT, N["austerity"][1], CO, d(2016, 1, 21)),
    (3312, "austerity", NAT, N["austerity"][2], BP, d(2019, 4, 4)),
    (3313, "austerity", NAT, N["austerity"][3], BP, d(2019, 4, 4)),
    (4822, "core", NAT, N["core"][0], CO, d(2018, 10, 11)),
    (4823, "core", NAT, N["core"][1], BP, d(2018, 10, 11)),
    (5127, "integrity", NAT, N["integrity"][0], CO, d(2017, 5, 18)),
    (5366, "sas15", NAT, N["sas15"][0], BP, d(2023, 2, 14)),
    (5890, "picture", NAT, N["picture"][0], BP, d(2021, 8, 26)),
    (6412, "firearms", NAT, N["firearms"][0], CO, d(2016, 6, 9)),
    (6413, "firearms", NAT, N["firearms"][1], BP, d(2022, 3, 3)),
    (6414, "firearms", NAT, N["firearms"][2], CO, d(2016, 6, 9)),
    (6415, "firearms", NAT, N["firearms"][3], BP, d(2022, 3, 3)),
    (6416, "firearms", NAT, N["firearms"][4], BP, d(2022, 3, 3)),
    (6733, "eff15", AFI, "The force should undertake further work to gain a fuller "
     "understanding of current demand for its services, and likely future changes in demand. "
     "This is so it can make best use of its resources by matching them to demand to meet the "
     "needs of the public", SU, d(2018, 3, 22)),
    (6734, "eff15", AFI, "The force should develop its understanding of the links between its "
     "outcomes, outputs and costs", CO, d(2017, 9, 7)),
    (6735, "eff15", AFI, "The force should develop a future workforce plan that is aligned "
     "with its overall demand and budget. The plan should include future resource "
     "allocations, the mix of skills required by the workforce and behaviours expected of "
     "them.", CO, d(2018, 3, 22)),
    (7710, "effv16", COC, "The force’s current approach to domestic abuse is unacceptable. The "
     "proportion of victims who fail to support the investigation and the low use of police "
     "powers of arrest and prosecution is a cause of concern to HMIC.", CO, d(2019, 7, 4)),
    (7711, "effv16", REC, "In order to improve the service it provides to victims of domestic "
     "abuse, offer the best possible protection and bring more perpetrators to justice, the "
     "force should immediately consider ways of increasing the use of arrest, ancillary orders "
     "and other available powers.", BP, d(2019, 7, 4)),
    (7712, "effv16", REC, "To improve the service provided to victims of domestic abuse the "
     "force should immediately take steps to understand and address the reason behind why such "
     "a high proportion of victims of domestic abuse do not support the police investigation.",
     BP, d(2019, 7, 4)),
    (7713, "effv16", REC, "In addition, the practice of conducting domestic abuse risk "
     "assessments over the telephone and dealing with domestic abuse in the resolution centre "
     "should cease", BP, d(2019, 7, 4)),
    (8190, "stolen", NAT, N["stolen"][0], CO, d(2024, 6, 27)),
    (8191, "stolen", NAT, N["stolen"][1], BP, d(2019, 1, 17)),
    (8192, "stolen", NAT, N["stolen"][2], BP, d(2019, 1, 17)),
    (8193, "stolen", NAT, N["stolen"][3], BP, d(2019, 1, 17)),
    (8194, "stolen", NAT, N["stolen"][4], AR, d(2017, 10, 24)),
    (8195, "stolen", NAT, N["stolen"][5], BP, d(2019, 1, 17)),
    (8196, "stolen", NAT, N["stolen"][6], BP, d(2019, 1, 17)),
    (8466, "efc17", NAT, N["efc17"][0], SU, d(2022, 7, 8)),
    (8530, "leg17f", COC, "The size of the vetting backlog within Nottinghamshire Police is a "
     "cause of concern.", CO, d(2023, 11, 30)),
    (8531, "leg17f", REC, "The force should ensure all staff have received at least the lowest "
     "level of vetting clearance for their roles as quickly as possible, working to clear both "
     "the vetting backlog and new vetting renewals when they become due so that it complies "
     "fully with the national vetting guidelines.", BP, d(2023, 11, 30)),
    (8532, "leg17f", AFI, "The force should satisfy itself that it has processes in place to "
     "ensure that investigations into misconduct by officers and staff resulting in “no further "
     "action” are fair and free of any form of discrimination.", BP, d(2021, 5, 13)),
    (8541, "leg17", COC, N["leg17"][0], BP, d(2023, 2, 14)),
    (8542, "leg17", NAT, N["leg17"][1], BP, d(2023, 2, 14)),
    (8543, "leg17", NAT, N["leg17"][2], BP, d(2023, 2, 14)),
    (8544, "leg17", NAT, N["leg17"][3], CO, d(2023, 2, 14)),
    (8545, "leg17", NAT, N["leg17"][4], BP, d(2023, 2, 14)),
    (9022, "ncpi", COC, MISSING_CHILDREN_COC, BP, d(2020, 2, 6)),
    (9023, "ncpi", REC, MISSING_CHILDREN_REC, BP, d(2020, 2, 6)),
    (9024, "ncpi", REC, DETENTION_REC, BP, d(2020, 2, 6)),
    (9615, "peel19", AFI, "The force should improve its use of its crime-recording and "
     "management system to better manage its case files and investigative processes.", SU,
     d(2022, 7, 8)),
    (9616, "peel19", AFI, "The force should improve its understanding of suspects released "
     "under investigation and the management of those released on bail.", BP, d(2021, 5, 13)),
    (9617, "peel19", REC, "HMIC recommends that within six months the force should: ensure "
     "regular and active supervision of the quality and progress of investigations. This "
     "supervision should be properly recorded;", BP, d(2021, 5, 13)),
    (9618, "peel19", AFI, "The force should improve its ability to retrieve digital evidence "
     "from mobile phones, computers and other electronic devices quickly enough to ensure "
     "investigations are not delayed.", CO, d(2024, 3, 21)),
    (9619, "peel19", AFI, "The force should improve how it works with partner organisations to "
     "safeguard people at risk from county lines drug dealing.", BP, d(2021, 5, 13)),
    (10012, "cdi19", REC, CDI_VICTIMS, BP, d(2021, 11, 25)),
    (10013, "cdi19", REC, "Within three months, the force should provide call-handlers with "
     "specific, sound and comprehensible criteria against which they can assess threat, harm "
     "and risk.", BP, d(2021, 11, 25)),
    (11840, "powers", NAT, N["powers"][0], BP, d(2022, 9, 1)),
    (11841, "powers", NAT, N["powers"][1], BP, d(2022, 9, 1)),
    (11842, "powers", NAT, N["powers"][2], BP, d(2022, 9, 1)),
    (11843, "powers", NAT, N["powers"][4], BP, d(2022, 9, 1)),
    (13560, "peel21", AFI, "The force should improve the timeliness of its response to calls for "
     "service involving people with mental ill health.", BP, d(2023, 6, 15)),
    (13561, "peel21", AFI, "The force should make sure victims of stalking and harassment are "
     "kept informed about the progress of their case, in line with the Code of Practice for "
     "Victims of Crime.", BP, d(2023, 6, 15)),
    (13562, "peel21", AFI, "The force should make sure it records reports of anti-social "
     "behaviour accurately and without delay.", AR, d(2022, 7, 8)),
    (13563, "peel21", AFI, "The force should make sure it has enough specialist capacity and "
     "capability to investigate online child sexual abuse.", BP, d(2023, 6, 15)),
    (13564, "peel21", AFI, "Nottinghamshire Police should improve how it gathers, assesses and "
     "acts on intelligence about serious and organised crime.", BP, d(2023, 6, 15)),
    (13565, "peel21", AFI, "The force should make sure its performance framework gives senior "
     "leaders a clear picture of its response to violence against women and girls.", CO,
     d(2024, 4, 18)),
    (13566, "peel21", AFI, CONTROL_ROOM, BP, d(2023, 6, 15)),
    (16201, "peel23", AFI, "The force should make sure investigations of rape and serious sexual "
     "offences are allocated to officers with the right skills and are effectively "
     "supervised.", BP, d(2024, 9, 12)),
    (16202, "peel23", AFI, "The force should improve the way it manages the risk posed by "
     "offenders involved in domestic abuse.", BP, d(2024, 9, 12)),
    (16203, "peel23", AFI, "The force should make sure it consistently uses ancillary orders and "
     "other powers to protect victims of stalking and harassment.", BP, d(2024, 9, 12)),
    (16204, "peel23", AFI, "The force should evaluate its work to prevent knife crime and share "
     "what works across the force.", BP, d(2024, 9, 12)),
    (16205, "peel23", AFI, "The force should develop a problem-solving approach to anti-social "
     "behaviour, working with local communities and partners.", BP, d(2024, 9, 12)),
    (16206, "peel23", AFI, "The force should make sure officers and staff have the training they "
     "need to identify and respond to honour-based abuse.", BP, d(2024, 9, 12)),
    (16207, "peel23", COC, "The force does not have the capacity or capability to investigate "
     "crime effectively and this is affecting the service being provided to the public. There "
     "are failings in the way that crimes are being investigated.", BP, d(2024, 9, 12)),
    (16208, "peel23", REC, "Within six months, the force should conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them.", BP, d(2024, 9, 12)),
    (16209, "peel23", REC, "Within three months, the force should improve the supervision of "
     "investigations, so that investigation plans are set, reviewed and recorded and victims "
     "receive a consistently good service.", BP, d(2024, 9, 12)),
    (16210, "peel23", AFI, "The force should make sure it provides a confidential way for staff "
     "to raise concerns and that staff are aware of whistleblowing processes.", BP,
     d(2024, 9, 12)),
    (16211, "peel23", AFI, "The force should review how it gathers and uses equality and "
     "diversity data to improve its understanding of its workforce demographics.", AR,
     d(2024, 4, 18)),
    (16212, "peel23", AFI, "The force should put plans in place to monitor, including through "
     "the gathering and analysis of staff feedback, team cultures and provide prompt remedial "
     "action for any issues it identifies.", BP, d(2024, 9, 12)),
    (16213, "peel23", AFI, "The force should improve its understanding of the nature and scale "
     "of fraud in its area.", BP, d(2024, 9, 12)),
]
HM = {h[0]: dict(id=h[0], rep=h[1], type=h[2], text=h[3], status=h[4], sdate=h[5]) for h in H}
assert len(HM) == len(H)
HM_CLOSED = {CO, SU}

COMMENTS = {
    CO: ["This recommendation is complete",
         "Authorised for closure on the basis of the additional observations offered by members "
         "of the inspection team in recent inspection activity."],
    SU: ["This area of activity has subsequently been inspected in HMICFRS's PEEL inspections. "
         "Where a cause of concern still exists this will appear in the register against these "
         "subsequent inspections."],
    BP: ["The progress of the implementation of this recommendation is currently being "
         "monitored by HMICFRS and this record will, in due course, be updated.", ""],
    AR: ["New recommendation",
         "The status of this recommendation is currently being reviewed by HMICFRS and will be "
         "updated when this review is complete."],
}


# ---------------------------------------------------------------------------------------
# The force's delivery plan, in plan order. ("S", title, sro) is a workstream band.
# k: the HMICFRS item the row belongs to (None = the force's own / not on the list).
# role: None (one row per item), "parent" (summary task), "child" (action under it),
#       "bullet" (one row per bullet of the recommendation).
# ---------------------------------------------------------------------------------------
def plain(t):
    t = t.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    t = re.sub(r"\s*•\s*", "\n- ", t)
    return t.strip()


def abbr(t):
    for a, b in [("modern slavery and human trafficking", "MSHT"), ("Home Office", "HO"),
                 ("national crime recording standard (NCRS)", "NCRS"),
                 ("Chief Constables", "CCs"), ("threat, harm and risk", "THR"),
                 ("stop and search", "S&S")]:
        t = re.sub(a, b, t, flags=re.I)
    return t


TYPE_SHORT = {REC: "Rec", AFI: "AFI", COC: "CoC", NAT: "Nat rec"}
ACC_C, ACC_L, DCC, DOF, DOP = "ACC Crime", "ACC Local Policing", "DCC", "Director of Finance", \
    "Director of People"


def R(k=None, **kw):
    r = dict(k=k, role=None, ref="=", rep="=", ty="=", req="=", act="", sro=None, lead=None,
             start=None, bend=None, fend=None, ms=None, msd=None, rag=None, st=None, pct="=",
             done=None, upd=None, ev=None, xmarks=False, hidden=False)
    r.update(kw)
    return r


def S(title, sro):
    return ("S", title, sro)


STEM_MSHT = ("Within twelve months, forces should review their leadership and governance "
             "arrangements for MSHT, to ensure that: ")
STEM_CDI = "Within six months the force should put in place arrangements to ensure that: "
STEM_MISS = ("To address this cause of concern the force should immediately review its approach "
             "to reports of missing children and take steps to ensure that: ")

ROWS = [
    S("WS1  Vulnerability & Public Protection", ACC_C),
    R(7710, act="DA Improvement Plan (DAIP) – governance via DA Strategic Board; see 1.02–1.04",
      sro=ACC_C, lead="Ch Supt Public Protection", start=d(2017, 3, 20), bend=d(2018, 3, 31),
      fend=d(2019, 3, 31), done=d(2019, 7, 4), rag="C", st="Closed", ev="EV-0107",
      upd="Closed by HMICFRS 04/07/2019 following PEEL 2018/19 fieldwork. Kept on plan while "
          "1.02–1.04 remain open."),
    R(7711, act="Positive action campaign; DVPN/DVPO process moved to Public Protection Hub; "
                "ancillary orders dashboard",
      sro=ACC_C, lead="Det Supt Public Protection", start=d(2023, 4, 1), bend=d(2024, 6, 30),
      fend=d(2024, 9, 30), done=d(2024, 9, 20), rag="C", st="Complete", ms="Evidence pack to OLB",
      msd=d(2024, 10, 15), ev="EV-0431",
      upd="Arrest rate for DA crimes up from 24% to 33% (12 months to Aug-24). DVPO applications "
          "doubled year on year. Evidence pack EV-0431 to OLB 15/10 for sign-off, then to FLL."),
    R(7712, act="Victim attrition research with university partner; DA victim survey; specialist "
                "ISVA/IDVA support pilot",
      sro=ACC_C, lead="Det Supt Public Protection", start=d(2023, 9, 1), bend=d(2024, 9, 30),
      fend=d(2025, 3, 31), rag="A", st="In progress", pct=0.6,
      ms="Research findings to DA Strategic Board", msd=d(2024, 12, 10),
      upd="Fieldwork complete. Draft findings due Nov-24; end date moved to Mar-25 (agreed OLB "
          "Sept) so recommendations can be costed."),
    R(7713, req="Cease DA risk assessments over the telephone and DA being dealt with in the "
                "resolution centre",
      act="Resolution centre DA exclusion criteria; all DA attended or dealt with by DA Desk",
      sro=ACC_L, lead="Supt Contact Centre", start=d(2019, 8, 1), bend=d(2020, 3, 31),
      fend=d(2024, 8, 31), done=d(2024, 8, 30), rag="G", st="Complete", ev="EV-0428",
      upd="DA removed from resolution centre scope from 01/08/24 (Contact Mgt Policy v7). Audit "
          "of 200 incidents in Aug-24 found no telephone DASH. Ready to submit for closure."),
    R(2321, req=EVERYONE_PLAN_RUN_ON,
      act="Publish DA action plan on force website – superseded by DA Delivery Plan 2015-18",
      sro=ACC_C, lead="Ch Supt Public Protection", start=d(2014, 4, 1), bend=d(2014, 9, 30),
      fend=d(2014, 9, 30), done=d(2015, 6, 30), rag=None, st="Closed",
      upd="Plan published Sept 2014. Closed by HMICFRS. No further action."),
    R(None, ref=None, rep="Force identified", ty="Local",
      req="Local action: Dip-sample 50 domestic abuse crime reports each quarter and report "
          "findings to the Crime Standards Board",
      act="Quarterly DA dip-sample (Crime Standards Board)", sro=ACC_C,
      lead="Force Crime Registrar", start=d(2024, 4, 1), bend=d(2025, 3, 31), fend=d(2025, 3, 31),
      rag="G", st="In progress", pct=0.5, ms="Q3 dip-sample report", msd=d(2025, 1, 21),
      xmarks=True, upd="Q1 and Q2 dip-samples done (compliance 91% / 94%). Continues to Mar-25."),
    R(9022, req=plain(MISSING_CHILDREN_COC), act="Missing children improvement plan (see 1.08a–c)",
      sro=ACC_C, lead="Det Supt Public Protection", start=d(2018, 7, 1), bend=d(2019, 6, 30),
      fend=d(2025, 1, 31), rag="A", st="In progress", pct=0.8,
      ms="FLL revisit – missing children", msd=d(2025, 1, 15),
      upd="Two of three recommendation strands delivered (1.08a, 1.08b). Supervisory oversight "
          "strand (1.08c) still open; CoC cannot close until then."),
    R(9023, role="bullet",
      req=STEM_MISS + "call takers understand and use the missing and absent category "
                      "appropriately;",
      act="Remove 'absent' category from call handling; THRIVE+ prompt in Storm", sro=ACC_C,
      lead="Supt Contact Centre", start=d(2018, 7, 1), bend=d(2019, 3, 31), fend=d(2019, 3, 31),
      done=d(2019, 5, 31), rag="C", st="Complete",
      upd="'Absent' category withdrawn; Storm prompts live since May-19."),
    R(9023, role="bullet", ref=None,
      req="…call takers and frontline staff have the necessary knowledge to identify risk "
          "factors associated with child sexual exploitation and how to respond to such cases;",
      act="CSE risk-factor training (call handlers + response)", sro=ACC_C,
      lead="Head of Learning & Development", start=d(2018, 9, 1), bend=d(2019, 9, 30),
      fend=d(2020, 3, 31), done=d(2020, 2, 28), rag="C", st="Complete",
      upd="Delivered to 96% of call handlers and response officers by Feb-20; now in the "
          "new-starter course."),
    R(9023, role="bullet", ref=None,
      req="…supervisors provide the correct oversight of missing person enquiries and direct "
          "appropriate and timely investigative and safeguarding action",
      act="Missing Person Co-ordinator oversight; supervisor review in Compact within 1 hr for "
          "medium/high risk", sro=ACC_C, lead="Det Supt Public Protection",
      start=d(2023, 10, 1), bend=d(2024, 6, 30), fend=d(2025, 1, 31), rag="A", st="In progress",
      pct=0.7, ms="Supervisor review re-audit", msd=d(2024, 12, 16),
      upd="Compact supervisor-review field live Jul-24. Audit (Sep-24): 78% reviewed within "
          "1 hr against 95% target. Re-audit Dec-24."),
    R(9024, req=plain(DETENTION_REC),
      act="Custody children protocol with County and City children's services; PACE beds "
          "agreement", sro=ACC_L, lead="Ch Insp Custody", start=d(2022, 1, 1),
      bend=d(2023, 3, 31), fend=d(2024, 9, 30), done=d(2024, 9, 27), rag="C",
      st="Complete - awaiting HMICFRS sign off", ev="EV-0433",
      upd="Concordat on children in custody signed by both local authorities Sep-24; detention "
          "certificate compliance 100% (Q1-Q2 audit). Evidence sent to FLL 27/09."),
    R(8190, role="bullet", req=STEM_MSHT + "senior leaders prioritise the response to MSHT;",
      act="ACC Crime as force MSHT lead; MSHT in control strategy", sro=ACC_C,
      lead="Det Ch Supt Force CID", start=d(2018, 1, 1), bend=d(2018, 10, 31),
      fend=d(2018, 10, 31), done=d(2018, 12, 14), rag="C", st="Complete",
      upd="MSHT lead appointed Jan-18; in control strategy from 2019."),
    R(8190, role="bullet",
      req="- every incident of MSHT identified to police is allocated appropriate resources with "
          "the skills, experience and capacity to investigate it effectively;",
      act="MSHT investigations allocated to Exploitation Team", sro=ACC_C,
      lead="Det Ch Supt Force CID", start=d(2018, 6, 1), bend=d(2019, 3, 31),
      fend=d(2020, 6, 30), done=d(2020, 6, 30), rag="C", st="Complete",
      upd="Exploitation Team formed Jun-20; allocation policy updated."),
    R(8190, role="bullet",
      req="- forces develop effective partnership arrangements to co-ordinate activity in order "
          "to share information and safeguard victims; and",
      act="Anti-Slavery Partnership relaunch; partnership tasking", sro=ACC_C,
      lead="Det Ch Supt Force CID", start=d(2023, 6, 1), bend=d(2024, 3, 31),
      fend=d(2025, 3, 31), rag="A", st="In progress", pct=0.5,
      upd="Partnership ToR agreed Jul-24. Awaiting OPCC funding decision for co-ordinator post."),
    R(8190, role="bullet",
      req="- performance and quality assurance measures are in place to allow senior leaders to "
          "assess the nature and quality of the service provided to victims.",
      act="MSHT measures in Force Performance pack; QA dip-sample", sro=ACC_C,
      lead="Head of Corporate Development", start=d(2024, 1, 1), bend=d(2024, 9, 30),
      fend=d(2024, 12, 31), rag="G", st="In Progress", pct=0.75,
      ms="MSHT measures live in pack", msd=d(2024, 11, 30),
      upd="Measures drafted; first publication in Nov-24 pack."),
    R(8191, req=N["stolen"][1].replace(" 86 ", " ") + ".",
      act="ISAs with local authorities, NHS and GLAA for intelligence sharing", sro=ACC_C,
      lead="Head of Intelligence", start=d(2018, 1, 1), bend=d(2018, 4, 30), fend=d(2025, 3, 31),
      rag="A", st="In progress", pct=0.6,
      upd="ISAs signed with both LAs and GLAA. NHS trust ISA still with their IG team (3rd "
          "draft)."),
    R(8193, req=abbr(N["stolen"][3]), act="NRM / duty to notify compliance: SPOC checks all MSHT "
                                          "crimes",
      sro=ACC_C, lead="Det Ch Supt Force CID", start=d(2017, 11, 1), bend=d(2018, 3, 31),
      fend=d(2024, 7, 31), done=d(2024, 7, 26), rag="C", st="Complete", ev="EV-0419",
      upd="DtN submissions checked daily by Exploitation Hub; 100% compliance in Apr-Jul 24 "
          "audit."),
    R(8194, req=abbr(N["stolen"][4]), act="MSHT crime-recording audit by FCR", sro=ACC_C,
      lead="Force Crime Registrar", start=d(2018, 1, 1), bend=d(2018, 6, 30),
      fend=d(2019, 3, 31), done=d(2019, 3, 29), rag="C", st="Closed (HMICFRS)",
      upd="Understood to be closed by HMICFRS after the 2019 CDI inspection accepted the audit "
          "results. No further action."),
    R(8195, act="MSHT investigations to Exploitation Team; JITs with NCA where overseas",
      sro=ACC_C, lead="Det Ch Supt Force CID", start=d(2023, 4, 1), bend=d(2024, 3, 31),
      fend=d(2025, 6, 30), rag="A", st="In progress", pct=0.55,
      upd="Supervision audit Q2: 68% of MSHT investigations with documented supervisory review. "
          "Improvement plan via CID SLT."),
    R(8196, act="Slavery and Trafficking Prevention / Risk Orders – application process and "
                "training", sro=ACC_C, lead="Det Ch Supt Force CID", start=d(2023, 10, 1),
      bend=d(2024, 6, 30), fend=d(2025, 6, 30), rag="R", st="Delayed", pct=0.2,
      upd="Only 2 STPOs applied for in 12 months. Legal Services capacity issue; escalated to "
          "ACC Crime Oct-24."),
    R(13561, act="VCOP compliance for stalking: victim update every 28 days as Niche task",
      sro=ACC_C, lead="Ch Supt Public Protection", start=d(2022, 9, 1), bend=d(2023, 9, 30),
      fend=d(2024, 6, 30), done=d(2024, 6, 28), rag="C", st="Completed", ev="EV-0402",
      upd="Niche auto-task for victim updates live; VCOP compliance 89% (Q1 24/25). Evidence "
          "pack EV-0402."),
    R(13563, act="POLIT / online CSA team uplift (+6 DCs) and referral triage", sro=ACC_C,
      lead="Det Supt Public Protection", start=d(2022, 9, 1), bend=d(2023, 12, 31),
      fend=d(2025, 3, 31), rag="A", st="In progress", pct="50%",
      upd="4 of 6 DC posts filled. Backlog of referrals down from 140 to 62."),
    R(13565, act="VAWG performance framework and dashboard", sro=ACC_C,
      lead="Head of Corporate Development", start=d(2022, 9, 1), bend=d(2023, 6, 30),
      fend=d(2024, 12, 31), rag="G", st="In progress", pct=0.85,
      ms="VAWG dashboard to Force Exec", msd=d(2024, 11, 5),
      upd="Dashboard in test; first version to Force Exec Nov-24."),
    R(16201, role="parent", act="RASSO investigation standards (Op Soteria) – 2 actions",
      sro=ACC_C, lead="Det Supt Public Protection", start=d(2024, 5, 1), bend=d(2025, 3, 31),
      fend=d(2025, 3, 31), rag="A", st="In progress", pct=0.4,
      upd="On track overall; SNOM go-live is the critical path."),
    R(16201, role="child", ref=None, rep=None, ty=None, req=None,
      act="Roll out Soteria National Operating Model to RASSO teams", sro=ACC_C,
      lead="DCI RASSO", start=d(2024, 5, 1), bend=d(2024, 12, 31), fend=d(2025, 2, 28),
      rag="A", st="In progress", pct=0.5, ms="SNOM go-live", msd=d(2025, 2, 3),
      upd="Soteria self-assessment complete; PIP2 accreditation for 11 of 18 RASSO DCs."),
    R(16201, role="child", ref=None, rep=None, ty=None, req=None,
      act="Monthly supervisory dip-sample of RASSO investigations (10 per team)", sro=ACC_C,
      lead="DCI RASSO", start=d(2024, 11, 1), bend=d(2025, 3, 31), fend=d(2025, 3, 31),
      rag="G", st="Not started", pct=0, upd="Template agreed; starts Nov-24."),
    R(16202, act="DA perpetrator management: MATAC and DVDS use", sro=ACC_C,
      lead="Det Supt Public Protection", start=d(2024, 5, 1), bend=d(2025, 3, 31),
      fend=d(2025, 3, 31), rag="G", st="In progress", pct=0.35,
      upd="MATAC panel monthly from Jul-24; DVDS disclosures within 28 days 82%."),
    R(16203, act="Stalking Protection Orders – SPOC and legal process", sro=ACC_C,
      lead="Ch Supt Public Protection", start=d(2024, 11, 1), bend=d(2025, 6, 30),
      fend=d(2025, 6, 30), rag="G", st="Not started", pct=0,
      upd="Scoping with Legal Services; starts Nov-24."),
    R(16206, act="HBA e-learning and champions network", sro=ACC_C,
      lead="Head of Learning & Development", start=d(2024, 6, 1), bend=d(2024, 12, 31),
      fend=d(2024, 12, 31), rag="G", st="In progress", pct=0.7,
      upd="e-learning live; 71% completion. Target 90% by Dec-24."),

    S("WS2  Investigations & Crime Data", ACC_C),
    R(16207, act="Investigation Standards Improvement Programme (ISIP) – see 2.02, 2.03",
      sro=ACC_C, lead="Det Ch Supt Force CID", start=d(2024, 5, 1), bend=d(2025, 9, 30),
      fend=d(2025, 9, 30), rag="A", st="In progress", pct=0.25,
      upd="Programme board stood up Jun-24. HMICFRS Engage: monthly meetings with FLL."),
    R(16208, req="Within twelve months, the force should conduct a review of officers’ "
                 "capabilities and capacity to manage their investigative workload, to better "
                 "understand investigative demand and the pressures placed upon them.",
      act="Investigative workload and capacity review (CID and response investigators)",
      sro=ACC_C, lead="Head of Corporate Development", start=d(2024, 6, 1), bend=d(2025, 4, 30),
      fend=d(2025, 4, 30), rag="G", st="In progress", pct=0.3,
      ms="Workload review report to ISIP board", msd=d(2025, 4, 30),
      upd="Demand modelling with analysts under way; report due Apr-25."),
    R(16209, ty="AFI", act="Supervision standard for investigations; Niche investigation plan "
                           "template mandatory", sro=ACC_C, lead="Det Ch Supt Force CID",
      start=d(2024, 5, 1), bend=d(2024, 7, 31), fend=d(2024, 9, 30), done=d(2024, 9, 30),
      rag="C", st="Complete", ev="EV-0436",
      upd="Investigation plan template mandatory in Niche from 02/09/24; supervisor review "
          "every 28 days enforced by task. First audit 81% compliance."),
    R(9617, act="Supervisory review compliance – monthly audit", sro=ACC_C,
      lead="Det Ch Supt Force CID", start=d(2019, 6, 1), bend=d(2019, 11, 30),
      fend=d(2025, 3, 31), rag="A", st="In progress", pct=0.6,
      upd="Linked to ISIP (2.01). To be evidenced together with 2.03."),
    R(9615, act="Niche case file module; decommission legacy CMS", sro=ACC_C,
      lead="Head of Criminal Justice", start=d(2019, 6, 1), bend=d(2020, 12, 31),
      fend=d(2025, 3, 31), rag="A", st="In progress", pct=0.7,
      upd="Niche CJ module live; legacy archive migration outstanding (Q4)."),
    R(9616, act="RUI / bail management: daily RUI review, bail management unit", sro=ACC_C,
      lead="Head of Criminal Justice", start=d(2019, 6, 1), bend=d(2020, 3, 31),
      fend=d(2024, 9, 30), done=d(2024, 9, 16), rag="C", st="Complete", ev="EV-0430",
      upd="RUI down from 2,140 to 610; every RUI over 6 months reviewed by a DI. Evidence "
          "EV-0430."),
    R(9618, act="Digital Forensics Unit backlog – kiosks and triage", sro=ACC_C,
      lead="Head of Digital Forensics", start=d(2019, 6, 1), bend=d(2021, 3, 31),
      fend=d(2025, 6, 30), rag="R", st="Delayed", pct=0.45,
      upd="Backlog 310 devices (target <150). Kiosk upgrade slipped to Q1 25/26 "
          "(procurement)."),
    R(10012, role="bullet", req=STEM_CDI + "at the point of report, victims are believed;",
      act="Victims believed – Crime Recording Policy and training", sro=ACC_C,
      lead="Force Crime Registrar", start=d(2019, 10, 1), bend=d(2020, 3, 31),
      fend=d(2020, 3, 31), done=d(2020, 6, 30), rag="C", st="Complete",
      upd="Policy re-issued Jun-20; CDI training delivered."),
    R(10012, role="bullet",
      req="- conversations between the call handlers and callers are summarised accurately in "
          "the incident log, thus providing attending officers with full facts on which to "
          "base crime-recording decisions;",
      act="Storm incident log quality checks", sro=ACC_L, lead="Supt Contact Centre",
      start=d(2019, 10, 1), bend=d(2020, 3, 31), fend=d(2021, 3, 31), done=d(2021, 3, 31),
      rag="C", st="Complete", upd="Monthly QA of 100 logs since Apr-21."),
    R(10012, role="bullet",
      req="- multiple crimes are always recorded when described within incident records or "
          "identified as part of other recorded crime investigations;",
      act="Crime Recording Decision Makers – multiple crimes", sro=ACC_C,
      lead="Force Crime Registrar", start=d(2023, 4, 1), bend=d(2024, 3, 31),
      fend=d(2025, 3, 31), rag="A", st="In progress", pct=0.6,
      upd="Audit Q2: multiple-crime recording compliance 84%."),
    R(10012, role="bullet",
      req="- the practice of awaiting the results of medical examinations or video interviews "
          "before making crime-recording decisions is stopped",
      act="Stop 'awaiting ABE / medical' deferrals – CRDM instruction", sro=ACC_C,
      lead="Force Crime Registrar", start=d(2019, 10, 1), bend=d(2020, 3, 31),
      fend=d(2020, 9, 30), done=d(2020, 9, 30), rag="C", st="Complete",
      upd="Instruction issued; dip-sample shows no deferrals since Oct-20."),
    R(16213, act="Fraud problem profile and Economic Crime strategy", sro=ACC_C,
      lead="Det Supt Economic Crime", start=d(2024, 7, 1), bend=d(2025, 1, 31),
      fend=d(2025, 1, 31), rag="G", st="In progress", pct=0.4, ms="Fraud problem profile",
      msd=d(2024, 12, 13), upd="Problem profile drafted by analysts; to Force Tasking Dec-24."),
    R(13564, act="SOC intelligence collection plan; intelligence cell", sro=ACC_C,
      lead="Head of Intelligence", start=d(2022, 10, 1), bend=d(2023, 9, 30), fend="TBC",
      rag="A", st="On hold", pct=0.3,
      upd="Paused pending regional intelligence unit restructure (EMSOU). Restart date TBC."),
    R(9619, req="The force should improve how it works with partner organisations to safeguard "
                "people at risk from county lines.",
      act="County lines: partnership safeguarding via Child Exploitation panel", sro=ACC_C,
      lead="Det Supt Public Protection", start=d(2019, 6, 1), bend=d(2020, 3, 31),
      fend=d(2025, 3, 31), rag="G", st="In progress", pct=0.8,
      upd="Panel embedded; evaluation of referral pathway due Q4."),

    S("WS3  Contact & Response", ACC_L),
    R(13566, role="parent", act="Force Control Room resourcing & wellbeing (3 actions – expand "
                                "group)",
      sro=ACC_L, lead="Supt Contact Centre", start=d(2022, 9, 1), bend=d(2024, 3, 31),
      fend=d(2025, 3, 31), rag="A", st=None, pct=None,
      upd="See sub-actions (rows grouped)."),
    R(13566, role="child", ref=None, rep=None, ty=None, req=None, hidden=True,
      act="Demand & resourcing model review for FCR (with external modelling partner)",
      sro=ACC_L, lead="Supt Contact Centre", start=d(2022, 9, 1), bend=d(2023, 3, 31),
      fend=d(2023, 3, 31), done=d(2023, 5, 31), rag="C", st="Complete",
      upd="Model agreed at Force Exec May-23."),
    R(13566, role="child", ref=None, rep=None, ty=None, req=None, hidden=True,
      act="Recruit 24 call handlers (two intakes) to funded establishment", sro=ACC_L,
      lead="Supt Contact Centre", start=d(2023, 9, 1), bend=d(2024, 6, 30), fend=d(2025, 3, 31),
      rag="A", st="In progress", pct=0.6,
      upd="Intake 1 (12) in post; intake 2 (12) starts Jan-25. Attrition 18% a year."),
    R(13566, role="child", ref=None, rep=None, ty=None, req=None, hidden=True,
      act="FCR wellbeing offer: TRiM, rest-day protection, decompression time", sro=ACC_L,
      lead="Director of People", start=d(2023, 9, 1), bend=d(2024, 3, 31), fend=d(2024, 3, 31),
      done=d(2024, 4, 30), rag="C", st="Complete", upd="Offer launched Apr-24."),
    R(13560, ref=None, rep="PEEL 23-25",
      act="Right Care Right Person phase 2; mental health triage car", sro=ACC_L,
      lead="Supt Contact Centre", start=d(2024, 5, 1), bend=d(2025, 3, 31), fend=d(2025, 3, 31),
      rag="G", st="In progress", pct=0.5,
      upd="RCRP phase 2 live 01/10/24. Average attendance time for mental health concern calls "
          "down 11%."),
    R(4822, req=abbr(N["core"][0]), act="THRIVE+ criteria in Storm", sro=ACC_L,
      lead="Supt Contact Centre", start=d(2015, 1, 1), bend=d(2015, 3, 31), fend=d(2025, 3, 31),
      rag="A", st="In progress", pct=0.8,
      upd="THRIVE+ refresh against the 2024 Contact Management APP. Kept open until the refresh "
          "is complete."),
    R(10013, act="THRIVE+ call-handler criteria and QA", sro=ACC_L, lead="Supt Contact Centre",
      start=d(2019, 10, 1), bend=d(2020, 1, 31), fend=d(2025, 3, 31), rag="G",
      st="In progress", pct=0.8, upd="Same deliverable as 3.03 (THRIVE+ refresh)."),
    R(16205, act="Neighbourhood problem-solving (OSARA) at ASB hotspots", sro=ACC_L,
      lead="Ch Supt Neighbourhood Policing", start=d(2024, 6, 1), bend=d(2025, 6, 30),
      fend=d(2025, 9, 30), rag="A", st="In progress", pct="30%",
      upd="OSARA training for NPTs 60% complete. Forecast moved to Sep-25 (ASB Case Review "
          "changes)."),
    R(16204, act="Knife crime prevention evaluation (with VRU) and sharing of learning",
      sro=ACC_L, lead="Ch Supt Neighbourhood Policing", start=d(2024, 5, 1),
      bend=d(2024, 10, 31), fend=d(2024, 10, 31), done=d(2024, 10, 18), rag="C",
      st="Complete", ev="EV-0438",
      upd="VRU evaluation report published Oct-24; learning shared at Force Tasking and the "
          "neighbourhood conference."),

    S("WS4  Stop & Search and Use of Force", ACC_L),
    R(1203, act="Force S&S policy aligned to APP", sro=ACC_L, lead="C/Supt Bell",
      start=d(2013, 9, 1), bend=d(2014, 3, 31), fend=d(2025, 3, 31), rag="A", st="In progress",
      pct=0.9, upd="Waiting for revised College APP (expected 2025) before final policy "
                   "refresh."),
    R(1204, act="S&S monitoring – Best Use of Stop and Search scheme", sro=ACC_L,
      lead="C/Supt Bell", start=d(2013, 9, 1), bend=d(2014, 9, 30), fend=d(2016, 10, 31),
      done=d(2016, 10, 31), rag="C", st="Complete", upd="BUSS compliant. Closed 2016."),
    R(1205, act="S&S community scrutiny panel including young people (Youth Commission)",
      sro=ACC_L, lead="C/Supt Bell", start=d(2013, 9, 1), bend=d(2014, 9, 30),
      fend=d(2024, 6, 30), done=d(2024, 6, 30), rag="C", st="Complete", ev="EV-0410",
      upd="Youth scrutiny panel meets quarterly since Jan-24; BWV review included. Evidence "
          "EV-0410."),
    R(5366, ref=None, act="Explain S&S use to the public: quarterly S&S data on website; OPCC "
                          "panel", sro=ACC_L, lead="C/Supt Bell", start=d(2015, 4, 1),
      bend=d(2015, 9, 30), fend=d(2025, 3, 31), rag="G", st="In progress", pct=0.85,
      upd="Website data page refreshed quarterly; OPCC panel terms of reference under review."),
    R(8541, act="S&S disproportionality programme (see 4.06–4.09)", sro=ACC_L,
      lead="C/Supt Bell", start=d(2018, 1, 1), bend=d(2019, 3, 31), fend=d(2025, 6, 30),
      rag="A", st="In progress", pct=0.6,
      upd="Cannot close until disparity research (4.07) reports."),
    R(8542, ref=8524, req=plain(N["leg17"][1]),
      act="S&S monitoring dashboard (ethnicity, find rates, possession-only drug searches)",
      sro=ACC_L, lead="Head of Corporate Development", start=d(2018, 1, 1), bend=d(2018, 7, 31),
      fend=d(2024, 8, 31), done=d(2024, 8, 30), rag="C", st="Complete", ev="EV-0425",
      upd="Power BI S&S dashboard live; reviewed monthly at S&S Board. Evidence EV-0425."),
    R(8543, req=plain(N["leg17"][2]), act="Disparity research and action plan", sro=ACC_L,
      lead="C/Supt Bell", start=d(2018, 7, 1), bend=d(2019, 7, 31), fend=d(2025, 6, 30),
      rag="A", st="In progress", pct=0.5,
      upd="Academic review of disparity commissioned; report due spring 2025."),
    R(8544, act="Annual publication of S&S analysis and actions", sro=ACC_L,
      lead="C/Supt Bell", start=d(2018, 7, 1), bend=d(2018, 7, 31), fend=d(2025, 7, 31),
      rag="G", st="In progress", pct=0.5,
      upd="2023/24 annual report published Jul-24; next due Jul-25. Ongoing requirement."),
    R(8545, act="Unconscious bias and APP S&S training for all officers who use S&S",
      sro=ACC_L, lead="Head of Learning & Development", start=d(2018, 1, 1), bend=d(2018, 7, 31),
      fend=d(2024, 3, 31), done=d(2024, 3, 28), rag="C", st="Complete", ev="EV-0395",
      upd="98% of officers who used S&S in the last 12 months trained. Evidence EV-0395."),
    R(11840, act="Communication skills (NPG Conflict Management) in personal safety training",
      sro=ACC_L, lead="Head of Learning & Development", start=d(2021, 4, 1),
      bend=d(2022, 7, 31), fend=d(2025, 3, 31), rag="A", st="In progress", pct=0.65,
      upd="PST module rewritten; 65% of officers through the new module."),
    R(11841, act="CPD on communication skills; supervisor BWV debriefs", sro=ACC_L,
      lead="Head of Learning & Development", start=d(2021, 4, 1), bend=d(2021, 7, 31),
      fend=d(2024, 9, 30), done=d(2024, 9, 30), rag="C", st="Complete", ev="EV-0434",
      upd="Supervisor BWV debrief guide issued; debriefs logged in PDR system."),
    R(11842, role="bullet",
      req="By September 2021, forces should: ensure that officers record on body-worn video "
          "(when this is available) the entirety of all stop and search encounters, including "
          "traffic stops and use of force incidents.",
      act="BWV mandatory for all S&S – policy and compliance check", sro=ACC_L,
      lead="C/Supt Bell", start=d(2021, 4, 1), bend=d(2021, 9, 30), fend=d(2022, 3, 31),
      done=d(2022, 3, 31), rag="C", st="Complete", upd="BWV activation 97% (Q2 24/25)."),
    R(11842, role="bullet",
      req="have a structured process for regularly reviewing and monitoring internally a "
          "sufficient sample of body-worn video footage to identify and disseminate learning "
          "and hold officers to account when behaviour falls below acceptable standards.",
      act="Monthly BWV sample review at S&S Board", sro=ACC_L, lead="C/Supt Bell",
      start=d(2021, 4, 1), bend=d(2021, 9, 30), fend=d(2023, 1, 31), done=d(2023, 1, 31),
      rag="C", st="Complete", upd="Process in place since Jan-23."),
    R(11842, role="bullet",
      req="provide external scrutiny panel members with access to samples of body-worn video "
          "footage showing stop and search encounters and use of force incidents, taking "
          "account of the safeguards in the College of Policing's Authorised Professional "
          "Practice.",
      act="Scrutiny panel BWV viewing protocol", sro=ACC_L, lead="C/Supt Bell",
      start=d(2021, 4, 1), bend=d(2021, 9, 30), fend=d(2024, 6, 30), done=d(2024, 6, 30),
      rag="C", st="Complete", ev="EV-0411", upd="Protocol signed with OPCC; panel viewing "
                                                 "since Jun-24."),
    R(None, ref=None, rep="Police powers spotlight (Feb 21)", ty="Nat rec",
      req=N["powers"][3],
      act="No force action – directed at Home Office / NPCC. Monitor national data position.",
      sro=ACC_L, lead="Head of Corporate Development", start=d(2021, 4, 1), bend=None,
      fend=None, rag="n/a", st="Not for force", pct=None,
      upd="Not for the force to deliver. Kept on plan for visibility; query with FLL whether "
          "it sits on our list."),
    R(11843, act="Use of force internal monitoring (UoF dashboard and scrutiny)", sro=ACC_L,
      lead="C/Supt Bell", start=d(2021, 4, 1), bend=d(2021, 7, 31), fend=d(2025, 3, 31),
      rag="A", st="In progress", pct=0.7,
      upd="UoF dashboard live; Use of Force Board reviews disproportionality quarterly."),

    S("WS5  Professional Standards, Vetting & Culture", DCC),
    R(8530, act="Vetting backlog recovery plan", sro=DCC,
      lead="Head of Professional Standards", start=d(2018, 1, 1), bend=d(2019, 3, 31),
      fend=d(2023, 9, 30), done=d(2023, 11, 30), rag="C", st="Closed",
      upd="Backlog cleared Sep-23. CoC closed by HMICFRS 30/11/23."),
    R(8531, role="parent", act="Vetting clearance for all staff and renewals (see 5.02.1–5.02.3)",
      sro=DCC, lead="Head of Professional Standards", start=d(2018, 1, 1), bend=d(2019, 12, 31),
      fend=d(2024, 9, 30), done=d(2024, 9, 30), rag="C", st="Complete", ev="EV-0435",
      upd="All three actions delivered. Request HMICFRS closure alongside the CoC."),
    R(8531, role="child", ref=None, rep=None, ty=None, req=None,
      act="Recruit 6 temporary vetting officers", sro=DCC,
      lead="Head of Professional Standards", start=d(2021, 6, 1), bend=d(2021, 12, 31),
      fend=d(2022, 3, 31), done=d(2022, 3, 31), rag="C", st="Complete"),
    R(8531, role="child", ref=None, rep=None, ty=None, req=None,
      act="Clear renewals backlog (1,180 renewals overdue)", sro=DCC,
      lead="Head of Professional Standards", start=d(2022, 4, 1), bend=d(2023, 3, 31),
      fend=d(2023, 9, 30), done=d(2023, 9, 30), rag="C", st="Complete"),
    R(8531, role="child", ref=None, rep=None, ty=None, req=None,
      act="Move to Core-Vet case management system with renewal alerts", sro=DCC,
      lead="Head of Information Management", start=d(2023, 10, 1), bend=d(2024, 6, 30),
      fend=d(2024, 9, 30), done=d(2024, 9, 30), rag="C", st="Complete",
      upd="Core-Vet live 30/09/24; renewal alerts at 90 days."),
    R(8532, act="Misconduct NFA outcomes – disproportionality review (PSD with staff "
                "networks)", sro=DCC, lead="Head of Professional Standards",
      start=d(2018, 1, 1), bend=d(2018, 12, 31), fend=d(2025, 3, 31), rag="A",
      st="In progress", pct=0.5, upd="Review of 2021-24 NFA outcomes by ethnicity under way."),
    R(5127, act="NFA misconduct cases – fairness check", sro=DCC,
      lead="Head of Professional Standards", start=d(2015, 3, 1), bend=d(2015, 8, 31),
      fend=d(2016, 12, 31), done=d(2016, 12, 31), rag="C", st="Complete",
      upd="Closed by HMICFRS 2017."),
    R(16210, act="Confidential reporting line (Integrity Line) relaunch and comms", sro=DCC,
      lead="Head of Professional Standards", start=d(2024, 6, 1), bend="Dec-24",
      fend=d(2024, 12, 31), rag="G", st="In progress", pct=0.6,
      upd="New provider contracted; relaunch comms planned for Nov-24."),
    R(16212, act="Culture dashboard: pulse surveys and team-level indicators", sro=DOP,
      lead="Director of People", start=d(2024, 5, 1), bend=d(2024, 9, 30), fend=d(2024, 9, 30),
      done=d(2024, 9, 26), rag="C", st="Submitted for closure", ev="EV-0432",
      upd="Quarterly pulse survey live; culture dashboard reviewed at People Board. Submitted "
          "to FLL 26/09/24."),

    S("WS6  Resources, Efficiency, Information & Licensing", DOF),
    R(3310, req=abbr(N["austerity"][0]), act="MTFS savings plan – protect the front line",
      sro=DOF, lead="Director of Finance", start=d(2014, 9, 1), bend=d(2015, 3, 31),
      fend=d(2025, 3, 31), rag="G", st="In progress", pct=0.9,
      upd="Rolled into MTFS 2024-28 annual review; reviewed every budget cycle."),
    R(3311, act="Collaboration savings assessment (regional collaboration)", sro=DOF,
      lead="Director of Finance", start=d(2014, 9, 1), bend=d(2014, 11, 30),
      fend=d(2015, 11, 30), done=d(2015, 11, 30), rag="C", st="Complete"),
    R(3312, act="Front-line capacity assessment", sro=DOF, lead="Head of Corporate Development",
      start=d(2014, 9, 1), bend=d(2014, 11, 30), fend=d(2019, 2, 28), done=d(2019, 2, 28),
      rag="C", st="Complete",
      upd="Front-line assessment done through FMS 2019; no further work."),
    R(6733, act="Demand analysis – Force Management Statement", sro=DCC,
      lead="Head of Corporate Development", start=d(2016, 1, 1), bend=d(2016, 12, 31),
      fend=d(2025, 5, 31), rag="G", st="In progress", pct=0.8,
      upd="FMS5 due May-25 covers demand; retained as ongoing."),
    R(6734, act="Outcomes, outputs and costs – VfM profile work", sro=DOF,
      lead="Director of Finance", start=d(2016, 1, 1), bend=d(2016, 12, 31),
      fend=d(2017, 6, 30), done="June 2017", rag="C", st="Complete"),
    R(6735, act="Workforce plan aligned to demand and budget", sro=DOP,
      lead="Director of People", start=d(2016, 1, 1), bend=d(2016, 12, 31),
      fend=d(2018, 1, 31), done=d(2018, 1, 31), rag=None, st="Closed"),
    R(8466, act="Digital services plan – superseded by Digital Strategy 2022", sro=DOF,
      lead="Head of Information Management", start=d(2018, 1, 1), bend=d(2018, 9, 30),
      fend=d(2022, 7, 31), done=d(2022, 7, 31), rag=None, st="Superseded", pct=None,
      upd="Superseded (HMICFRS register shows superseded)."),
    R(5890, act="IM audit scrutiny via Information Management Board", sro=DCC,
      lead="Head of Information Management", start=d(2015, 9, 1), bend=d(2015, 11, 30),
      fend=d(2024, 7, 31), done=d(2024, 7, 31), rag="C", st="Submitted for closure",
      ev="EV-0421",
      upd="MoPI / IM audit schedule reported to IM Board quarterly since Apr-23. Submitted "
          "31/07/24, no response yet."),
    R(6412, act="Firearms licensing governance – APP self-assessment", sro=ACC_L,
      lead="Supt Firearms Licensing", start=d(2015, 10, 1), bend=d(2015, 12, 31),
      fend=d(2025, 3, 31), rag="G", st="In progress", pct=0.9,
      upd="Re-assessing against the 2024 Statutory Guidance; kept open."),
    R(6413, act="FEL demand and capacity review; backlog recovery", sro=ACC_L,
      lead="Supt Firearms Licensing", start=d(2015, 10, 1), bend=d(2015, 12, 31),
      fend=d(2024, 8, 31), done=d(2024, 8, 31), rag="C", st="Complete", ev="EV-0426",
      upd="Renewals backlog cleared Aug-24; capacity model agreed."),
    R(6414, act="'Total expired' records cleansed", sro=ACC_L, lead="Supt Firearms Licensing",
      start=d(2015, 10, 1), bend=d(2015, 12, 31), fend=d(2016, 3, 31), done=d(2016, 3, 31),
      rag="C", st="Complete"),
    R(6415, ref="Ref 6415", act="Temporary permits – NFLMS recording", sro=ACC_L,
      lead="Supt Firearms Licensing", start=d(2015, 10, 1), bend=d(2015, 12, 31),
      fend=d(2025, 1, 31), rag="G", st="In progress", pct=0.9,
      upd="NFLMS replacement (NFLMS 2) due Jan-25; process change then."),
    R(6416, act="Storm / NFLMS flag for certificate holders at dispatch", sro=ACC_L,
      lead="Supt Firearms Licensing", start=d(2015, 10, 1), bend=d(2015, 12, 31),
      fend=d(2023, 12, 15), done=d(2023, 12, 15), rag="C", st="Complete", ev="EV-0377",
      upd="Automatic address flag since Dec-23."),
    R(None, ref=9614, rep="PEEL 2018/19", ty="AFI",
      req="The force should improve its arrangements both to consult with the public about "
          "business planning and to feed back on changes made to service delivery as a result "
          "of such consultation.",
      act="Public consultation on Police & Crime Plan priorities; 'You said, we did' feedback",
      sro=DCC, lead="Head of Corporate Development", start=d(2019, 6, 1), bend=d(2020, 3, 31),
      fend=d(2025, 3, 31), rag="A", st="In progress", pct=0.6,
      upd="Joint consultation with OPCC for budget 25/26 in Nov-24."),

    S("WS7  Force-identified actions (not HMICFRS)", DCC),
    R(None, ref=None, rep="Force identified", ty="Local",
      req="Force improvement plan: Refresh the stalking and harassment problem profile and add "
          "it to the control strategy",
      act="Problem profile refresh", sro=ACC_C, lead="Head of Intelligence",
      start=d(2024, 4, 1), bend=d(2024, 7, 31), fend=d(2024, 7, 31), done=d(2024, 7, 31),
      rag="C", st="Complete", upd="In control strategy 2024/25."),
    R(None, ref=None, rep="JAC", ty="Local",
      req="JAC action: Internal audit of the vetting governance arrangements (audit plan "
          "2023/24)", act="Internal audit (substantial assurance)", sro=DCC,
      lead="Head of Professional Standards", start=d(2024, 1, 1), bend=d(2024, 5, 31),
      fend=d(2024, 5, 31), done=d(2024, 5, 31), rag="C", st="Complete",
      upd="Final report to JAC May-24: substantial assurance."),
    R(None, ref=None, rep="Force identified", ty="Local",
      req="Force action - Add violence against women and girls measures to the monthly Force "
          "Performance pack", act="VAWG measures in performance pack", sro=ACC_C,
      lead="Head of Corporate Development", start=d(2024, 7, 1), bend=d(2024, 12, 31),
      fend=d(2024, 12, 31), rag="G", st="In progress", pct=0.5,
      upd="Draft measures agreed; first pack Dec-24."),
]

FORCE_DONE = {"complete", "completed", "closed", "closed (hmicfrs)", "submitted for closure",
              "superseded", "complete - awaiting hmicfrs sign off"}
FORCE_OPEN = {"in progress", "not started", "delayed", "on hold"}


CONFLICT = {
    8542: "reference: plan records HMICFRS ref 8524 for this text; the register's ID is 8542 "
          "(no item 8524 exists)",
    10012: "missing bullet: plan splits the recommendation into 4 bullet rows (2.08a-d); the "
           "register text has 5 - 'online reports of crime are triaged at the point of receipt' "
           "is not on the plan",
    13560: "report: plan files it under 'PEEL 23-25' (no HMICFRS ref); the register item is from "
           "PEEL 2021/22 (13560)",
    16208: "timescale: register says 'Within six months', plan text says 'Within twelve months' "
           "(and plans the review to Apr-25)",
    16209: "type: register has a Recommendation (under the PEEL 2023-25 cause of concern); the "
           "plan types it 'AFI'",
}

# ---------------------------------------------------------------------------------------
# HMICFRS export (CSV)
# ---------------------------------------------------------------------------------------
def build_hmicfrs():
    order = sorted(HM.values(), key=lambda h: (REPORTS[h["rep"]][1], h["id"]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Force", "Inspection", "Publication date", "Recommendation ID", "Type",
                "Recommendation", "Status", "Last updated", "HMICFRS comments"])
    rows = {}
    for i, h in enumerate(order):
        title, pub, _ = REPORTS[h["rep"]]
        comment = random.choice(COMMENTS[h["status"]])
        w.writerow([FORCE, title, pub.strftime("%d/%m/%Y"), h["id"], h["type"], h["text"],
                    h["status"], h["sdate"].strftime("%d/%m/%Y"), comment])
        rows[h["id"]] = f"hmicfrs.csv!{i + 2}"
    (OUT / "hmicfrs.csv").write_bytes(buf.getvalue().encode("utf-8-sig"))
    return rows


# ---------------------------------------------------------------------------------------
# Force delivery plan (xlsx)
# ---------------------------------------------------------------------------------------
MONTHS = [d(2024 + (6 + i) // 12, (6 + i) % 12 + 1) for i in range(12)]   # Jul-24 .. Jun-25
WIN_START, WIN_END = MONTHS[0], d(2025, 6, 30)
AS_AT = d(2024, 10, 31)
HEAD = ["Plan ref", "HMICFRS ref", "Report", "Type", "HMICFRS requirement",
        "What we will deliver", "SRO", "Delivery lead", "Start", "Baseline end",
        "Forecast end", "Before Jul-24"] + MONTHS + [
        "After Jun-25", "Key milestone", "Milestone due", "Delivery confidence", "Status",
        "% complete", "Date completed", "Latest update (Oct-24)", "Evidence ref"]
COL = {name: i + 1 for i, name in enumerate(HEAD) if isinstance(name, str)}
M0 = COL["Before Jul-24"] + 1
NCOL = len(HEAD)

FILL = lambda c: PatternFill("solid", start_color=c, end_color=c)  # noqa: E731
F_BAND, F_HEAD, F_SEC = FILL("D9E1F2"), FILL("1F3864"), FILL("2F5597")
F_PLAN, F_DONE, F_SLIP, F_SUM, F_SUMD = (FILL("9DC3E6"), FILL("D9D9D9"), FILL("F4B183"),
                                         FILL("1F4E78"), FILL("7F7F7F"))
F_RAG = {"G": FILL("00B050"), "A": FILL("FFC000"), "R": FILL("FF0000"), "C": FILL("8EA9DB")}
THIN = Side(style="thin", color="BFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def month_end(m):
    nxt = d(m.year + (m.month // 12), m.month % 12 + 1)
    return datetime.fromordinal(nxt.toordinal() - 1)


def is_done(st):
    return st is not None and st.strip().lower() in FORCE_DONE


def build_plan():
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    ws = wb.create_sheet("Delivery Plan")
    key = wb.create_sheet("Key")
    log = wb.create_sheet("Change log")

    last = get_column_letter(NCOL)
    ws["A1"] = f"{FORCE} – HMICFRS Recommendations & AFIs: Improvement Delivery Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws["A2"] = ("Version 3.4  |  As at 31/10/2024  |  Plan owner: Strategic Planning & Insight  |  "
                "Governance: Organisational Learning Board (monthly), Joint Audit & Scrutiny "
                "Panel (quarterly)")
    ws["A3"] = ("Key:  shaded = planned activity   amber shading = slipped beyond baseline   "
                "◆ milestone   ✔ delivered   ◄ started before Jul-24   ► continues after Jun-25"
                "   |   Delivery confidence: G on track · A at risk · R off track · C complete "
                "(see Key tab)")
    ws["A3"].font = Font(italic=True, size=9)
    for r in (1, 2, 3):
        ws.merge_cells(f"A{r}:{last}{r}")

    # row 5: bands; row 6: headers
    bands = [("A", "K", "Plan item"), (get_column_letter(M0), get_column_letter(M0 + 8),
             "2024/25"), (get_column_letter(M0 + 9), get_column_letter(M0 + 11), "2025/26"),
             (get_column_letter(COL["Key milestone"]), last, "Delivery tracking")]
    for a, b, t in bands:
        ws[f"{a}5"] = t
        ws.merge_cells(f"{a}5:{b}5")
        ws[f"{a}5"].alignment = Alignment(horizontal="center")
        ws[f"{a}5"].font = Font(bold=True)
        ws[f"{a}5"].fill = F_BAND
    for c, name in enumerate(HEAD, 1):
        cell = ws.cell(6, c, name)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = F_HEAD
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        cell.border = BOX
        if isinstance(name, datetime):
            cell.number_format = "mmm-yy"
            if name == d(2024, 10, 1):
                cell.fill = FILL("C00000")
    ws.row_dimensions[6].height = 32

    r = 7
    wsn = 0
    n_item = 0
    letters = "abcdefgh"
    placed = []          # (excel row, row spec)
    parent_ref = None
    bullet_base = None
    bullet_i = 0
    prev_k = None
    for spec in ROWS:
        if isinstance(spec, tuple):
            wsn += 1
            n_item = 0
            ws.cell(r, 1, spec[1])
            ws.cell(r, COL["SRO"], f"SRO: {spec[2]}")
            for c in range(1, NCOL + 1):
                ws.cell(r, c).fill = F_SEC
                ws.cell(r, c).font = Font(bold=True, color="FFFFFF")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=COL["SRO"] - 1)
            r += 1
            prev_k = None
            continue
        k, role = spec["k"], spec["role"]
        if role == "child":
            child_i += 1
            pref = f"{parent_ref}.{child_i}"
        elif role == "bullet" and prev_k == k and bullet_base:
            bullet_i += 1
            pref = f"{bullet_base}{letters[bullet_i]}"
        else:
            n_item += 1
            pref = f"{wsn}.{n_item:02d}"
            parent_ref, child_i = pref, 0
            if role == "bullet":
                bullet_base, bullet_i = pref, 0
                pref = pref + "a"
            else:
                bullet_base = None
        prev_k = k
        h = HM.get(k)
        ref = k if spec["ref"] == "=" else spec["ref"]
        rep = REPORTS[h["rep"]][2] if spec["rep"] == "=" else spec["rep"]
        ty = TYPE_SHORT[h["type"]] if spec["ty"] == "=" else spec["ty"]
        req = h["text"] if spec["req"] == "=" else spec["req"]
        done = is_done(spec["st"])
        pct = spec["pct"]
        if pct == "=":
            pct = 1 if done else None
        vals = {"Plan ref": pref, "HMICFRS ref": ref, "Report": rep, "Type": ty,
                "HMICFRS requirement": req,
                "What we will deliver": ("    " if role == "child" else "") + spec["act"],
                "SRO": spec["sro"], "Delivery lead": spec["lead"], "Start": spec["start"],
                "Baseline end": spec["bend"], "Forecast end": spec["fend"],
                "Key milestone": spec["ms"], "Milestone due": spec["msd"],
                "Delivery confidence": spec["rag"], "Status": spec["st"], "% complete": pct,
                "Date completed": spec["done"], "Latest update (Oct-24)": spec["upd"],
                "Evidence ref": spec["ev"]}
        grey = Font(color="808080") if done else Font()
        for name, v in vals.items():
            c = ws.cell(r, COL[name], v)
            c.alignment = WRAP
            c.border = BOX
            c.font = grey
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
            if name == "% complete" and isinstance(v, (int, float)):
                c.number_format = "0%"
        if role == "parent":
            for name in ("Plan ref", "What we will deliver"):
                ws.cell(r, COL[name]).font = Font(bold=True, color="808080" if done else None)
        rag = spec["rag"]
        if rag in F_RAG:
            ws.cell(r, COL["Delivery confidence"]).fill = F_RAG[rag]
            ws.cell(r, COL["Delivery confidence"]).alignment = Alignment(horizontal="center")

        # ---- the Gantt grid -------------------------------------------------------------
        s = spec["start"] if isinstance(spec["start"], datetime) else None
        dd_ = spec["done"] if isinstance(spec["done"], datetime) else None
        fe = spec["fend"] if isinstance(spec["fend"], datetime) else None
        e = (dd_ or fe) if done else fe
        be = spec["bend"] if isinstance(spec["bend"], datetime) else None
        for i, m in enumerate(MONTHS):
            c = ws.cell(r, M0 + i)
            c.border = BOX
            c.alignment = Alignment(horizontal="center")
            if s and e and s <= month_end(m) and e >= m:
                if spec["xmarks"]:
                    c.value = "x"
                elif role == "parent":
                    c.fill = F_SUMD if done else F_SUM
                elif done:
                    c.fill = F_DONE
                elif be and m > be:
                    c.fill = F_SLIP
                else:
                    c.fill = F_PLAN
            if dd_ and done and m <= dd_ <= month_end(m):
                c.value = "✔"
            elif spec["msd"] and m <= spec["msd"] <= month_end(m):
                c.value = "◆"
        before = ws.cell(r, COL["Before Jul-24"])
        after = ws.cell(r, COL["After Jun-25"])
        before.alignment = after.alignment = Alignment(horizontal="center")
        before.border = after.border = BOX
        if done and e and e < WIN_START:
            before.value = "✔"
            before.fill = F_DONE
        elif s and s < WIN_START:
            before.value = "◄"
        if not done and e and e > WIN_END:
            after.value = "►"
        elif not done and spec["fend"] == "TBC":
            after.value = "?"
        if role == "child":
            ws.row_dimensions[r].outlineLevel = 1
            if spec["hidden"]:
                ws.row_dimensions[r].hidden = True
        placed.append((r, spec, pref))
        r += 1

    last_item_row = r - 1
    notes = [
        None,
        "Notes",
        "1. Items closed by HMICFRS and signed off at OLB before April 2024 are held on the "
        "'Archive' tab of v2.9 and are not shown here.",
        "2. Forecast end dates were revised at the September OLB; baseline dates are those "
        "agreed when the plan was set in April 2024 (older items: original target).",
        "3. HMICFRS ref = ID on the HMICFRS monitoring portal; blank = not yet confirmed with "
        "the Force Liaison Lead (FLL).",
        "4. Sub-actions are grouped under their recommendation (use the +/- buttons on the "
        "left). Summary rows take the status of their actions.",
    ]
    r += 0
    for t in notes:
        if t is not None:
            ws.cell(r, 1, t).font = Font(bold=(t == "Notes"), italic=(t != "Notes"), size=9)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        r += 1

    widths = {"Plan ref": 8, "HMICFRS ref": 10, "Report": 16, "Type": 8,
              "HMICFRS requirement": 60, "What we will deliver": 40, "SRO": 14,
              "Delivery lead": 20, "Start": 11, "Baseline end": 11, "Forecast end": 11,
              "Before Jul-24": 7, "After Jun-25": 7, "Key milestone": 24, "Milestone due": 11,
              "Delivery confidence": 10, "Status": 16, "% complete": 8, "Date completed": 11,
              "Latest update (Oct-24)": 55, "Evidence ref": 10}
    for name, wdt in widths.items():
        ws.column_dimensions[get_column_letter(COL[name])].width = wdt
    for i in range(12):
        ws.column_dimensions[get_column_letter(M0 + i)].width = 5.5
    ws.freeze_panes = "G7"
    ws.auto_filter.ref = f"A6:{last}{last_item_row}"
    ws.sheet_properties.outlinePr.summaryBelow = False
    dv = DataValidation(type="list", allow_blank=True,
                        formula1='"Not started,In progress,Delayed,On hold,Complete,'
                                 'Submitted for closure,Closed,Superseded,Not for force"')
    ws.add_data_validation(dv)
    sc = get_column_letter(COL["Status"])
    dv.add(f"{sc}7:{sc}{last_item_row}")
    dv2 = DataValidation(type="list", allow_blank=True, formula1='"G,A,R,C,n/a"')
    ws.add_data_validation(dv2)
    rc = get_column_letter(COL["Delivery confidence"])
    dv2.add(f"{rc}7:{rc}{last_item_row}")
    ws.sheet_view.zoomScale = 80

    # ---- Summary (static values, pasted from the OLB pack) ------------------------------
    summ["A1"] = "HMICFRS Improvement Delivery Plan – summary for OLB (31 October 2024)"
    summ["A1"].font = Font(bold=True, size=13)
    summ["A2"] = "Counts are plan lines (recommendations, bullets and sub-actions), not " \
                 "HMICFRS items. Values pasted from the OLB pack."
    summ["A2"].font = Font(italic=True, size=9)
    hdr = ["Workstream", "Plan lines", "Complete / closed", "Open", "G", "A", "R"]
    for c, t in enumerate(hdr, 1):
        summ.cell(4, c, t).font = Font(bold=True)
        summ.cell(4, c).fill = F_BAND
    sec_titles = [s[1] for s in ROWS if isinstance(s, tuple)]
    counts = {t: [0, 0, 0, 0, 0, 0] for t in sec_titles}
    cur = None
    for spec in ROWS:
        if isinstance(spec, tuple):
            cur = spec[1]
            continue
        c = counts[cur]
        c[0] += 1
        if is_done(spec["st"]):
            c[1] += 1
        else:
            c[2] += 1
            if spec["rag"] in ("G", "A", "R"):
                c[3 + "GAR".index(spec["rag"])] += 1
    rr = 5
    for t in sec_titles:
        summ.cell(rr, 1, t)
        for j, v in enumerate(counts[t], 2):
            summ.cell(rr, j, v)
        rr += 1
    summ.cell(rr, 1, "Total").font = Font(bold=True)
    for j in range(6):
        summ.cell(rr, j + 2, sum(counts[t][j] for t in sec_titles)).font = Font(bold=True)
    summ.column_dimensions["A"].width = 48

    # ---- Key --------------------------------------------------------------------------
    key_rows = [
        ("Delivery confidence", ""),
        ("G", "On track to deliver by the forecast end date. Does NOT mean complete."),
        ("A", "At risk: some slippage or dependency, recoverable within the plan period."),
        ("R", "Off track: will miss forecast end date or needs escalation to OLB."),
        ("C", "Complete: delivered and evidence held (see Evidence ref)."),
        ("n/a", "Not for the force to deliver."),
        ("", ""),
        ("Status", ""),
        ("Not started / In progress / Delayed / On hold", "Open on the plan."),
        ("Complete", "All actions delivered; evidence pack with the SRO for OLB sign-off."),
        ("Submitted for closure", "Evidence sent to the HMICFRS Force Liaison Lead."),
        ("Closed", "HMICFRS has closed the item (or it was signed off at OLB)."),
        ("Superseded", "Replaced by a later recommendation or plan."),
        ("Not for force", "Directed at another body; kept for visibility only."),
        ("", ""),
        ("Gantt", ""),
        ("blue shading", "planned activity (to forecast end)"),
        ("amber shading", "activity beyond the baseline end date (slippage)"),
        ("grey shading", "delivered activity"),
        ("dark bar", "summary row (recommendation with grouped actions)"),
        ("◆", "milestone month"),
        ("✔", "month delivered"),
        ("◄ / ►", "starts before / continues after the chart window"),
    ]
    for i, (a, b) in enumerate(key_rows, 1):
        key.cell(i, 1, a)
        key.cell(i, 2, b)
        if b == "" and a:
            key.cell(i, 1).font = Font(bold=True)
        if a in F_RAG:
            key.cell(i, 1).fill = F_RAG[a]
    key.column_dimensions["A"].width = 44
    key.column_dimensions["B"].width = 80

    # ---- Change log ---------------------------------------------------------------------
    log_rows = [
        ("Version", "Date", "Change", "By"),
        ("3.0", d(2024, 4, 12), "Plan re-based for 2024/25; items closed before Apr-24 moved "
                                "to archive (v2.9).", "SP&I"),
        ("3.1", d(2024, 5, 30), "PEEL 2023-25 cause of concern and recommendations added "
                                "(WS2).", "SP&I"),
        ("3.2", d(2024, 7, 4), "PEEL 2023-25 AFIs added; workstream SROs confirmed.", "SP&I"),
        ("3.3", d(2024, 8, 29), "Vetting actions re-baselined; control room actions grouped "
                                "under 3.01.", "SP&I"),
        ("3.4", d(2024, 10, 31), "Forecasts updated after September OLB; items completed in "
                                 "Q2 marked ✔.", "SP&I"),
    ]
    for i, row in enumerate(log_rows, 1):
        for j, v in enumerate(row, 1):
            c = log.cell(i, j, v)
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 1:
                c.font = Font(bold=True)
    log.column_dimensions["C"].width = 90

    wb.active = 1
    wb.properties.creator = "Strategic Planning & Insight"
    wb.properties.lastModifiedBy = "Strategic Planning & Insight"
    wb.properties.created = datetime(2024, 4, 12, 9, 0, 0)
    path = OUT / "tracker.xlsx"
    wb.save(path)
    _freeze_zip(path)
    return placed


def _freeze_zip(path):
    """Make the xlsx byte-for-byte reproducible: fixed zip times and modified date."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-10-31T16:42:00Z</dcterms:modified>",
                              data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 10, 31, 16, 42, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)


# ---------------------------------------------------------------------------------------
# Truth
# ---------------------------------------------------------------------------------------
def build_truth(hrows, placed):
    by_k = {}
    for r, spec, pref in placed:
        by_k.setdefault(spec["k"], []).append((r, spec, pref))
    lines = []
    item_cat = {}
    whys = {}
    for k, rows in by_k.items():
        if k is None:
            continue
        h = HM[k]
        hm_open = h["status"] not in HM_CLOSED
        parents = [x for x in rows if x[1]["role"] == "parent"]
        if parents and parents[0][1]["st"]:
            fdone = is_done(parents[0][1]["st"])
            basis = f"summary row status '{parents[0][1]['st']}'"
        else:
            acts = [x for x in rows if x[1]["role"] != "parent"]
            fdone = all(is_done(x[1]["st"]) for x in acts)
            sts = ", ".join(f"{x[2]} '{x[1]['st']}'" for x in acts)
            basis = (f"summary row has no status; actions: {sts}" if parents else
                     (f"bullet rows: {sts}" if len(acts) > 1 else f"Status '{acts[0][1]['st']}'"))
        hs = f"HMICFRS {k} '{h['status']}' ({'open' if hm_open else 'closed'})"
        fs = f"plan {basis} -> force {'done' if fdone else 'open'}"
        if k in CONFLICT:
            cat, why = "conflict", CONFLICT[k] + f"; {hs}; {fs}"
        elif hm_open and fdone:
            cat, why = "closeable_submit", f"{hs}; {fs}"
        elif not hm_open and not fdone:
            cat, why = "closeable_local", f"{hs}; {fs}"
        else:
            cat, why = "in_sync", f"{hs}; {fs}"
        item_cat[k] = cat
        whys[k] = why
    for r, spec, pref in placed:
        k = spec["k"]
        frow = f"Delivery Plan!{r}"
        if k is None:
            lines.append(("", frow, "not_on_hmicfrs_list",
                          f"plan {pref}: "
                          + ("force's own local action, never an HMICFRS item"
                             if spec["ty"] == "Local" else
                             "HMICFRS ref 9614 is not on the register export (closed/removed "
                             "by HMICFRS), still tracked open" if spec["ref"] == 9614 else
                             "national recommendation directed at Home Office/NPCC, not on the "
                             "force's register")))
        else:
            rows = by_k[k]
            split = (f" [one of {len(rows)} plan rows for this item: {pref}]"
                     if len(rows) > 1 else f" [plan {pref}]")
            lines.append((hrows[k], frow, item_cat[k], whys[k] + split))
    for k, h in HM.items():
        if k not in by_k:
            item_cat[k] = "missing_from_force"
            lines.append((hrows[k], "", "missing_from_force",
                          f"HMICFRS {k} '{h['status']}' (open): no row on the delivery plan"))
    return lines, item_cat


EXPECTED = {"closeable_submit": 18, "closeable_local": 10, "conflict": 5,
            "missing_from_force": 5, "in_sync": 37}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hrows = build_hmicfrs()
    placed = build_plan()
    lines, item_cat = build_truth(hrows, placed)
    got = {}
    for c in item_cat.values():
        got[c] = got.get(c, 0) + 1
    assert got == EXPECTED, got
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    (OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
    per_line = {}
    for ln in lines:
        per_line[ln[2]] = per_line.get(ln[2], 0) + 1
    print("items:", got)
    print("truth lines:", len(lines), per_line)
    print("plan refs:", " ".join(f"{p}={s['k']}" for _, s, p in placed))


if __name__ == "__main__":
    main()
