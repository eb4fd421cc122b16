"""Build the case `kanban_sharepoint_portfolio_lanes` (round 82, case A).

A force keeps its HMICFRS recommendations as a Kanban board in an Excel workbook on SharePoint:
stage columns, merged portfolio banner rows, one card per cell (three lines), type by card
colour only, and an Archive sheet for cards closed more than a quarter ago.

Run with /work/main/.venv/bin/python. Deterministic: no clock, no randomness; XlsxWriter
writes fixed zip timestamps and we fix the document properties.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil

import xlsxwriter

CASE = "kanban_sharepoint_portfolio_lanes"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FORCE = "Lincolnshire Police"
HSHEET = "Definitive list"
PROPS_TIME = dt.datetime(2026, 10, 5, 8, 30, 0)

# --------------------------------------------------------------------------------------------
# HMICFRS side: reports and items (real wording, OGL)
# --------------------------------------------------------------------------------------------
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", dt.date(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse", dt.date(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", dt.date(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", dt.date(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", dt.date(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management", dt.date(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", dt.date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "eff17": ("PEEL: Police effectiveness 2017", dt.date(2018, 3, 22)),
    "ncpi19": ("National child protection inspection 2019", dt.date(2019, 6, 13)),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 26)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", dt.date(2021, 2, 26)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 5, 19)),
    "cust22": ("Report on an unannounced inspection visit to police custody suites 2022", dt.date(2022, 8, 30)),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25", dt.date(2024, 6, 13)),
}

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
CHILD_DETENTION = (
    "Within six months Lincolnshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff comply with their statutory duties to complete detention "
    "certificates if a child is detained for any reason in police custody following charge;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested."
)
MISSING_CHILDREN = (
    "Within three months, the force should review its approach to reports of missing children "
    "and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)

# key: (ref, report, type, text, status, status date)
BP, AR, CO, SU, NFA = ("Being progressed", "Awaiting review", "Complete", "Superseded",
                       "No further action required")
D = dt.date
ITEMS: dict[str, tuple[int, str, str, str, str, dt.date]] = {
    # Stop and search 2013
    "O1": (2187, "sas13", NAT,
           "Chief Constables and the College of Policing should establish in the Stop and "
           "Search Authorised Professional Practice document a clear specification of what "
           "constitutes the effective and fair exercise of stop and search powers, and "
           "guidance in this respect. This should be compliant with the Code of Practice.",
           CO, D(2016, 2, 11)),
    "O2": (2188, "sas13", NAT,
           "Chief Constables should establish or improve monitoring of the way officers stop "
           "and search people, so that they can be satisfied their officers are acting in "
           "accordance with the law (including equality legislation and the Code of "
           "Practice), and that the power is used effectively to prevent crime, catch "
           "criminals and maintain public trust.", CO, D(2016, 2, 11)),
    "O3": (2189, "sas13", NAT,
           "Chief Constables should, in consultation with elected local policing bodies, "
           "ensure that they comply with the code of practice by explaining to the public "
           "the way stop and search powers are used in their areas and by making "
           "arrangements for stop and search records to be scrutinised by community "
           "representatives. This should be done in a way that involves those people who "
           "are stopped and searched, for example, young people.", CO, D(2016, 2, 11)),
    "Q1": (2321, "everyone", NAT, EVERYONE_PLAN, CO, D(2015, 6, 4)),
    "N1": (3310, "austerity", NAT,
           "All Chief Constables and PCCs should review their plans to deliver savings to "
           "ensure they are doing all they can to continue to reduce crime and protect the "
           "front line while balancing their budgets. They should use the data and "
           "information contained in this report, and in HMIC's Value for Money profiles, "
           "when conducting their reviews", CO, D(2015, 11, 19)),
    "N2": (3311, "austerity", NAT,
           "Chief Constables and PCCs in forces planning to deliver less than 10% of their "
           "savings through collaboration should assess whether there is scope to improve "
           "on this position. HMIC will follow up the assessments in the autumn.",
           CO, D(2015, 11, 19)),
    "N3": (3312, "austerity", NAT,
           "Chief Constables and PCCs in forces that are planning to reduce the proportion "
           "of their workforce and/or police officers on the front line should assess "
           "whether they have taken the decisive action seen in many forces in order to "
           "maintain their crime fighting capacity. HMIC will follow up the assessments in "
           "the autumn.", SU, D(2016, 3, 1)),
    "N4": (3313, "austerity", NAT,
           "In preparation for the next spending round period all Chief Constables and PCCs "
           "should review their plans for collaboration. In particular they should consider "
           "whether there is scope to deliver better value for money and improved "
           "capability and capacity through joint working with other forces, the public "
           "and/or the private sector.", CO, D(2016, 3, 1)),
    "L1": (4822, "core", NAT,
           "Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
           "that have not yet done so, should provide call-handlers with specific, sound and "
           "comprehensible criteria against which they can assess threat, harm and risk.",
           CO, D(2015, 7, 8)),
    "L2": (4823, "core", NAT,
           "By 31 March 2015 all forces should ensure that crime prevention or disruption "
           "activity carried out is systematically recorded and subsequently evaluated to "
           "determine the effectiveness of tactics being employed.", SU, D(2017, 5, 2)),
    "K1": (902, "integrity", NAT,
           "By 31 August 2015, all chief constables should satisfy themselves that they have "
           "processes in place to ensure that investigations into misconduct by officers "
           "and staff resulting in “no further action” are fair and free of any form of "
           "discrimination.", CO, D(2016, 1, 14)),
    "P1": (5127, "sas15", NAT,
           "Chief constables should, in consultation with police and crime commissioners, "
           "ensure that they comply with the Code of Practice by explaining to the public "
           "the way stop and search powers are used in their areas and by making "
           "arrangements for stop and search records to be scrutinised by community "
           "representatives. This should be done in a way that involves those people who "
           "are stopped and searched, for example young people.", CO, D(2016, 9, 22)),
    "M1": (5590, "picture", NAT,
           "By 30 November 2015, chief constables should put in place arrangements to "
           "scrutinise audits of compliance with the APP on information management through "
           "the force information management governance structure. This should include "
           "measures to ensure that categorisation of records are regularly adjusted.",
           AR, D(2015, 7, 1)),
    "H1": (5931, "firearms", NAT,
           "Within three months, all chief constables should assess how well the governance "
           "of firearms licensing in his or her force meets the standards set out in "
           "Authorised Professional Practice. Chief constables of forces where the "
           "governance standards are not being complied with should put in place "
           "immediately the correct arrangements and procedures in order to meet the "
           "standards in full.", CO, D(2016, 4, 6)),
    "H2": (5932, "firearms", NAT,
           "Within three months, all chief constables should assess the demand placed on their "
           "firearms licensing department and ensure it has the capacity to meet this demand and "
           "provide an efficient and effective service at all times.", CO, D(2016, 4, 6)),
    "H3": (5933, "firearms", NAT,
           "Immediately, all chief constables should satisfy themselves that all appropriate "
           "action is being taken by their force with regard to ‘total expired’ licensing "
           "records.", NFA, D(2026, 6, 30)),
    "H4": (5934, "firearms", NAT,
           "Within three months, all chief constables should ensure that their arrangements "
           "in respect of the use of temporary permits are in accordance with the Home "
           "Office guidance; that temporary permits are properly recorded without delay on "
           "the National Firearms Licensing Management System; and that effective systems "
           "exist to ensure certificate holders are not permitted, at any time, to remain "
           "in unlawful possession of a firearm.", CO, D(2016, 4, 6)),
    "H5": (5935, "firearms", NAT,
           "Within three months, all chief constables should ensure that systems designed "
           "to identify, prior to police attendance, whether a reported incident involves "
           "or is at the address of a firearm certificate holder are in place and are "
           "always applied by staff dispatching officers to incidents; and that officers "
           "understand the risk assessment which they should be undertaking in such "
           "circumstances, and their power, when appropriate, to seize firearms and firearm "
           "certificates.", BP, D(2025, 11, 20)),
    "G1": (7902, "stolen", NAT, SF_LEADERSHIP, BP, D(2026, 3, 12)),
    "G2": (7903, "stolen", NAT,
           "Within six months, forces should have in place active information-sharing "
           "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
           "and in order to safeguard victims better and to identify suspects as early as "
           "possible", CO, D(2018, 9, 3)),
    "G3": (7904, "stolen", NAT,
           "Immediately, forces should ensure that all victims carrying out criminal acts "
           "under compulsion attributable to slavery or exploitation are afforded the "
           "protection of early and continuing consideration of the applicability of the "
           "section 45 defence.", CO, D(2018, 9, 3)),
    "G4": (7905, "stolen", NAT,
           "Immediately, forces should take steps to ensure they are fully compliant with "
           "the NRM process as it evolves and are implementing the requirement placed upon "
           "them under the Modern Slavery Act 2015 to notify the Home Office of any "
           "individual suspected to be an adult victim of modern slavery or human "
           "trafficking.", BP, D(2026, 3, 12)),
    "G5": (7906, "stolen", NAT,
           "Immediately, forces should take steps to ensure they fully comply with national "
           "crime recording standard (NCRS) requirements for offences identified as modern "
           "slavery and human trafficking and that sufficient audit capacity is available "
           "to the force crime registrar to provide reassurance that each force is "
           "identifying and managing any gaps in its crime-recording accuracy for these "
           "types of offences.", CO, D(2026, 9, 17)),
    "G6": (7907, "stolen", NAT,
           "Immediately, forces should ensure that allegations or indications of modern "
           "slavery and human trafficking are thoroughly investigated and effectively "
           "supervised by teams and individuals with the skills and experience to undertake "
           "them (this should include the use where appropriate of joint intelligence teams "
           "and other means to obtain intelligence and evidence from agencies overseas).",
           BP, D(2026, 3, 12)),
    "G7": (7908, "stolen", NAT,
           "Immediately, forces should review their use of preventative powers under the "
           "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
           "of those deemed to pose a clear threat to others in respect of modern slavery "
           "and human trafficking offences are exploited.", AR, D(2017, 10, 24)),
    "R1": (8015, "efc17", NAT,
           "By September 2018, chief constables should produce an ambitious plan to improve "
           "digitally-enabled services within their force. The Home Office, National Police "
           "Chiefs' Council and Association of Police and Crime Commissioners should "
           "support the development of these plans by establishing a national framework "
           "which allows for the provision of digitally enabled services across force "
           "boundaries.", BP, D(2024, 2, 7)),
    "I1": (8541, "leg17", COC,
           "HMICFRS is concerned that forces are not able to demonstrate that the use of "
           "stop and search powers is consistently reasonable and fair. In particular, "
           "there is over-representation of BAME people, and black people in particular, "
           "in stop and search data which many forces are unable to explain.",
           BP, D(2025, 9, 30)),
    "I2": (8542, "leg17", NAT, SAS_MONITORING_2017, BP, D(2025, 9, 30)),
    "I3": (8543, "leg17", NAT,
           "Where forces identify disparities through monitoring, they should demonstrate "
           "to the public that they have:\n"
           "•carried out research and analysis in an attempt to understand the reasons for "
           "the disparity, and •taken action to reduce the disparity, where necessary;",
           BP, D(2025, 9, 30)),
    "I4": (8544, "leg17", NAT,
           "We expect forces to publish this analysis and any actions taken at least on an "
           "annual basis, from July 2018.", CO, D(2026, 5, 21)),
    "I5": (8545, "leg17", NAT,
           "By July 2018, and ongoing following that date, forces should ensure that all "
           "officers who use stop and search powers have been provided with, and "
           "understand, training on unconscious bias and College of Policing APP on stop "
           "and search.", BP, D(2025, 9, 30)),
    "A1": (8902, "eff17", AFI,
           "The force should improve its understanding of the nature and scale of county "
           "lines drug dealing in its area.", CO, D(2019, 5, 2)),
    "A2": (8903, "eff17", AFI,
           "The force should make sure investigations of rape and serious sexual offences are "
           "allocated to officers with the right skills and are effectively supervised.",
           CO, D(2019, 11, 14)),
    "A3": (8904, "eff17", AFI,
           "The force should take steps to ensure that there is effective supervision of the "
           "initial risk assessment process, specifically in relation to the completion of "
           "DASH risk assessment in appropriate cases. In cases where a DASH risk assessment "
           "is not completed the officer should record an assessment on the crime management "
           "system.", SU, D(2020, 9, 10)),
    "C1": (10455, "ncpi19", REC, MISSING_CHILDREN, BP, D(2026, 4, 23)),
    "C2": (10456, "ncpi19", AFI,
           "The force should improve how it works with partner organisations to safeguard "
           "people at risk from child sexual exploitation.", BP, D(2025, 10, 9)),
    "C3": (10457, "ncpi19", AFI,
           "The force should make sure officers and staff have the training they need to "
           "identify and respond to online child sexual abuse.", AR, D(2019, 6, 13)),
    "B1": (10988, "cdi19", REC, CDI_VICTIMS, BP, D(2026, 4, 23)),
    "B2": (10989, "cdi19", REC,
           "Within three months, the force should provide call-handlers with specific, sound "
           "and comprehensible criteria against which they can assess threat, harm and risk.",
           BP, D(2026, 4, 23)),
    "B3": (10990, "cdi19", AFI,
           "The force should make sure it records reports of stalking and harassment "
           "accurately and without delay.", BP, D(2026, 4, 23)),
    "B4": (10991, "cdi19", AFI,
           "The force should make sure it records reports of hate crime accurately and without "
           "delay.", CO, D(2026, 7, 16)),
    "J1": (13620, "powers", NAT,
           "By July 2022, forces should ensure that officers and staff have effective "
           "communication skills, in line with the National Policing Guidelines on Conflict "
           "Management. This should be in addition to existing training on conflict "
           "management and de-escalation.", BP, D(2025, 12, 4)),
    "J2": (13621, "powers", NAT,
           "By July 2021, forces should ensure that communication skills are reinforced as "
           "part of the programme of continuing professional development for officers and "
           "staff, and that supervisors are supported to routinely and frequently debrief "
           "officers on these skills using body-worn video footage.", AR, D(2021, 2, 26)),
    "J3": (13622, "powers", NAT, BWV_2021, BP, D(2025, 12, 4)),
    "J4": (13623, "powers", NAT,
           "The Home Office and the NPCC should take steps to ensure that the quality of the "
           "data collected on the number of incidents where force has been used to effect a "
           "stop and search is sufficient for publication. The Home Office should publish "
           "this data as soon as possible.", BP, D(2025, 12, 4)),
    "J5": (13624, "powers", NAT,
           "By July 2021, forces should ensure they have effective internal monitoring "
           "processes on the use of force, to help them to identify and understand "
           "disproportionate use, explain the reasons and implement any necessary "
           "improvement action.", BP, D(2025, 12, 4)),
    "D1": (15230, "peel21", COC,
           "The force does not have the capacity or capability to investigate crime "
           "effectively and this is affecting the service being provided to the public. There "
           "are failings in the way that crimes are being investigated.", BP, D(2026, 2, 19)),
    "D2": (15231, "peel21", REC,
           "Within six months the force should improve the supervision of investigations, so "
           "that investigation plans are set, reviewed and recorded and victims receive a "
           "consistently good service.", BP, D(2026, 2, 19)),
    "D3": (15232, "peel21", REC,
           "Within six months the force should improve its ability to retrieve digital "
           "evidence from mobile phones, computers and other electronic devices quickly "
           "enough to ensure investigations are not delayed.", BP, D(2026, 2, 19)),
    "D4": (15233, "peel21", REC,
           "Within six months the force should improve its understanding of suspects released "
           "under investigation and the management of those released on bail.",
           CO, D(2026, 8, 27)),
    "D5": (15234, "peel21", AFI,
           "The force should make sure victims of domestic abuse are kept informed about the "
           "progress of their case, in line with the Code of Practice for Victims of Crime.",
           BP, D(2026, 2, 19)),
    "D6": (15235, "peel21", AFI,
           "The force should improve the timeliness of its response to calls for service "
           "involving people with mental ill health.", AR, D(2022, 5, 19)),
    "D7": (15236, "peel21", AFI,
           "The force should ensure that it has sufficient resources available in the control "
           "room to fulfil its resourcing model, and so to meet its demand, while also taking "
           "into account the wellbeing of its workforce.", BP, D(2026, 2, 19)),
    "D8": (15237, "peel21", AFI,
           "The force should develop a future workforce plan that is aligned with its overall "
           "demand and budget. The plan should include future resource allocations, the mix "
           "of skills required by the workforce and behaviours expected of them.",
           SU, D(2024, 6, 13)),
    "D9": (15238, "peel21", AFI,
           "The force should make sure it consistently uses ancillary orders and other powers "
           "to protect victims of stalking and harassment.", BP, D(2026, 2, 19)),
    "D10": (15239, "peel21", AFI,
            "The force should develop its understanding of the links between its outcomes, "
            "outputs and costs.", CO, D(2026, 9, 3)),
    "F1": (16112, "cust22", REC, CHILD_DETENTION, BP, D(2025, 7, 17)),
    "F2": (16113, "cust22", REC,
           "Within six months, the force should make sure officers and staff have the training "
           "they need to identify and respond to people with mental ill health.",
           BP, D(2025, 7, 17)),
    "F3": (16114, "cust22", AFI,
           "The force should make sure officers and staff have the training they need to "
           "identify and respond to vulnerable adults.", CO, D(2026, 8, 13)),
    "E1": (19401, "peel23", COC,
           "The size of the vetting backlog within Lincolnshire Police is a cause of concern.",
           BP, D(2026, 1, 22)),
    "E2": (19402, "peel23", REC,
           "Within six months the force should ensure all staff have received at least the "
           "lowest level of vetting clearance for their roles as quickly as possible, working "
           "to clear both the vetting backlog and new vetting renewals when they become due so "
           "that it complies fully with the national vetting guidelines.", BP, D(2026, 1, 22)),
    "E3": (19403, "peel23", REC,
           "Within three months, the force should make sure it provides a confidential way for "
           "staff to raise concerns and that staff are aware of whistleblowing processes.",
           AR, D(2024, 6, 13)),
    "E4": (19404, "peel23", AFI,
           "The force should put plans in place to monitor, including through the gathering "
           "and analysis of staff feedback, team cultures and provide prompt remedial action "
           "for any issues it identifies.", AR, D(2024, 6, 13)),
    "E5": (19405, "peel23", AFI,
           "The force should review how it gathers and uses equality and diversity data to "
           "improve its understanding of its workforce demographics.", AR, D(2024, 6, 13)),
    "E6": (19406, "peel23", AFI,
           "The force should make sure its analysis of serious and organised crime informs its "
           "strategic assessment and control strategy.", AR, D(2024, 6, 13)),
    "E7": (19407, "peel23", AFI,
           "The force should make sure it has enough specialist capacity and capability to "
           "investigate fraud.", AR, D(2024, 6, 13)),
    "E8": (19408, "peel23", AFI,
           "The force should improve the way it manages the risk posed by offenders involved in "
           "online child sexual abuse.", BP, D(2026, 1, 22)),
    "E9": (19409, "peel23", AFI,
           "The force should develop a problem-solving approach to anti-social behaviour, "
           "working with local communities and partners.", AR, D(2024, 6, 13)),
    "E10": (19410, "peel23", AFI,
            "The force should make sure its performance framework gives senior leaders a clear "
            "picture of its response to violence against women and girls.", AR, D(2024, 6, 13)),
    "E11": (19411, "peel23", AFI,
            "The force should improve how it gathers, assesses and acts on intelligence about "
            "county lines drug dealing.", BP, D(2026, 1, 22)),
    "E12": (19412, "peel23", AFI,
            "The force should evaluate its work to prevent knife crime and share what works "
            "across the force.", AR, D(2024, 6, 13)),
    "E13": (19413, "peel23", AFI,
            "The force should specify in succession plans how it intends to improve diversity "
            "across all levels of the force. This should include offering increased "
            "direct-entry opportunities.", AR, D(2024, 6, 13)),
    "E14": (19414, "peel23", AFI,
            "The force should make sure it has access to accurate data and analysis to support "
            "effective performance management.", AR, D(2024, 6, 13)),
    "E15": (19415, "peel23", AFI,
            "The force should make sure the corporate risk register is actively used to "
            "mitigate and manage known risks.", BP, D(2026, 1, 22)),
}

# export order: publication date, then reference
ORDER = sorted(ITEMS, key=lambda k: (REPORTS[ITEMS[k][1]][1], ITEMS[k][0]))
H_FIRST = 4  # title row 1, extract line row 2, header row 3
HROW = {k: H_FIRST + i for i, k in enumerate(ORDER)}


def href(key: str) -> str:
    return f"{HSHEET}!{HROW[key]}"


# --------------------------------------------------------------------------------------------
# Force side: the board
# --------------------------------------------------------------------------------------------
YELLOW, BLUE, RED, LILAC = "#FFFF99", "#BDD7EE", "#FF8585", "#D9C8EA"
COLOUR_WORD = {YELLOW: "yellow (recommendation)", BLUE: "blue (AFI)", RED: "red (cause of concern)",
               LILAC: "lilac (own action)"}

STAGES = ["BACKLOG", "ALLOCATED", "IN PROGRESS\nWIP limit 6", "WAITING ON PARTNERS",
          "EVIDENCE REVIEW", "SENT TO HMI", "CLOSED", None, "ON HOLD", "NOT FOR FORCE"]
COLS = "BCDEFGHIJK"  # B..K; I is a thin spacer between the flow and the side columns
STAGE_OF = {c: s for c, s in zip(COLS, STAGES)}

BANNERS = {
    6: "CRIME, INTELLIGENCE & SERIOUS ORGANISED CRIME  –  ACC J. Farrow",
    11: "SAFEGUARDING & PUBLIC PROTECTION  –  Det Ch Supt A. Lowe",
    15: "LOCAL POLICING, CONTACT & STOP/SEARCH  –  ACC M. Begum",
    21: "PROFESSIONAL STANDARDS & VETTING  –  Supt L. Okafor (DCC portfolio)",
    24: "PEOPLE & ORGANISATIONAL DEVELOPMENT  –  R. Sands, Director of People",
    27: "CRIMINAL JUSTICE & CUSTODY  –  Ch Supt P. Wren",
    30: "OPERATIONS & FIREARMS LICENSING  –  Supt D. Kaur",
    32: "CORPORATE DEVELOPMENT, FINANCE & DIGITAL  –  K. Adeyemi, Director of Finance & Resources",
}

# (cell, hmicfrs key or None, card text, colour, category, why-after-"Card <cell>: ")
CARDS: list[tuple[str, str | None, str, str, str, str]] = [
    # ---- Crime, Intelligence & SOC (rows 7-10)
    ("B7", "E6", "PEEL 2023-25 AFI 6\nSOC analysis to feed strategic assessment + control strategy\nDI R. Marsh – due 31/03/2027",
     BLUE, "in_sync", "blue card (AFI) in BACKLOG, PEEL 23/25 SOC analysis into strategic assessment/control strategy = AFI 19406; HMICFRS Awaiting review; both open"),
    ("D7", "D1", "PEEL 21/22 – Cause of Concern (HMI 15230)\nInvestigative capacity & capability – failings in how crimes are investigated\nDet Supt Hale | due 30/11/26",
     RED, "in_sync", "red card (CoC) IN PROGRESS, ref 15230 and wording match the PEEL 2021/22 cause of concern; HMICFRS Being progressed; both open"),
    ("F7", "G6", "Stolen Freedom 2017 – Rec 6\nMSHT allegations investigated & supervised by skilled teams (incl. JITs / overseas intel)\nDI Cole / Dec 26",
     YELLOW, "in_sync", "EVIDENCE REVIEW is still an open stage; Stolen Freedom MSHT investigated and supervised by skilled teams = 7907, Being progressed; both open"),
    ("H7", "G4", "NRM compliance + notify HO of suspected adult victims (MS Act 2015)\nStolen Freedom · Rec 4\nDI Cole – closed 19/08/26",
     YELLOW, "closeable_submit", "card in CLOSED (closed 19/08/26) for Stolen Freedom NRM compliance = 7905, which HMICFRS still shows Being progressed; force done, HMICFRS open"),
    ("B8", None, "Force action – county lines\nRefresh CL problem profile & add it to the control strategy\nDS Gill – due Jan 27",
     LILAC, "not_on_hmicfrs_list", "lilac card = own action per the key, labelled 'Force action'; a problem-profile refresh is not any HMICFRS item (the county lines AFIs 8902 and 19411 and the SOC AFI 19406 have their own cards/archive rows)"),
    ("C8", "E11", "PEEL 23/25 AFI 11 [19411]\nCounty lines intel – gather / assess / act on it\nDCI Shah, 31/01/2027",
     BLUE, "in_sync", "ref 19411 and wording (intelligence about county lines) match the PEEL 2023/25 AFI; blue = AFI; ALLOCATED and Being progressed; both open"),
    ("D8", "D2", "PEEL 21/22 R1\nSupervision of investigations – plans set, reviewed & recorded; victims get a consistently good service\nDet Supt Hale – due 31/12/26",
     YELLOW, "in_sync", "PEEL 2021/22 supervision of investigations = 15231 (recommendation, yellow); IN PROGRESS and Being progressed; both open"),
    ("G8", "G5", "Stolen Freedom – Rec 5 (ref 7906)\nNCRS compliance for MSHT offences; FCR audit capacity\nFCR – sent 02/09/26",
     YELLOW, "in_sync", "ref 7906 and wording match; card in SENT TO HMI (force done) and HMICFRS already Complete (17/09/2026); both closed; the card just needs moving to CLOSED"),
    ("D9", "G1", "MSHT 2017 Rec 1 – leadership & governance review:\n• SLT prioritise MSHT  • every MS incident properly resourced  • partnership arrangements to share info/safeguard\nD/Supt Hale — due 31/10/26",
     YELLOW, "conflict", "Stolen Freedom leadership and governance rec = 7902 (both open), but the card lists only three of the four bullets: the 'performance and quality assurance measures' bullet is missing"),
    ("H9", "B1", "CDI 2019 Rec 1 (part 1 of 2)\nVictims believed at point of report; call logs summarised accurately; multiple crimes recorded\nFCR – closed 09/09/26",
     YELLOW, "in_sync", "first part of CDI 2019 rec 1 (10988), split over two cards (note M9); this part is CLOSED but part 2 (D10) is still IN PROGRESS, so the recommendation is not done; HMICFRS Being progressed; both open"),
    ("C10", "E7", "Fraud – enough specialist capacity/capability to investigate\nPEEL 2023-25 AFI 7\nDI Nowak; 30/06/27",
     BLUE, "in_sync", "PEEL 23/25 fraud specialist capacity AFI = 19407; ALLOCATED, Awaiting review; both open"),
    ("D10", "B1", "CDI 2019 Rec 1 (pt 2/2)\nStop waiting for medical/VRI results before recording; triage online reports at receipt\nFCR – due 30/11/26",
     YELLOW, "in_sync", "second part of CDI 2019 rec 1 (10988): bullets 4 and 5; IN PROGRESS, HMICFRS Being progressed; both open"),
    ("J10", "E8", "PEEL 23/25 – AFI 8\nManage risk from OCSA offenders (waiting on new RSO system)\nDI Pryce – tbc",
     BLUE, "in_sync", "ON HOLD is open; PEEL 23/25 risk from online child sexual abuse offenders = 19408, Being progressed; both open"),
    # ---- Safeguarding & Public Protection (rows 12-14)
    ("B12", "C1", "NCPI 2019 – Rec 2\nMissing children: call takers use missing/absent correctly; CSE risk factors known; supervisors oversee enquiries\nDI Brennan – due 31/01/27",
     YELLOW, "in_sync", "NCPI 2019 missing children recommendation = 10455, all three bullets on the card; BACKLOG, Being progressed; both open (the card's 'Rec 2' is the force's numbering)"),
    ("D12", "D9", "Stalking & harassment – use ancillary orders/powers (SPOs)\nPEEL 21/22 AFI 6\nDCI Oduya | 31/12/26",
     BLUE, "in_sync", "PEEL 2021/22 ancillary orders for stalking and harassment victims = 15238; IN PROGRESS, Being progressed; both open"),
    ("G12", "D5", "PEEL 21/22 AFI 2 (HMI 15234)\nDA victims kept updated in line with Victims' Code\nDCI Oduya – sent to HMI 21/09/26",
     BLUE, "closeable_submit", "ref 15234 matches; SENT TO HMI means the force has finished and submitted; HMICFRS still Being progressed"),
    ("C13", "B4", "CDI 2019 AFI 2\nRecord hate crime accurately & w/o delay\nFCR – due 31/12/26",
     BLUE, "closeable_local", "CDI 2019 hate crime recording AFI = 10991; HMICFRS Complete (16/07/2026) but the card is still in ALLOCATED"),
    ("D13", None, "Own action (from DA audit)\nDip-sample 50 DA crime reports a qtr – report to Crime Standards Board\nDS Kemp – ongoing",
     LILAC, "not_on_hmicfrs_list", "lilac = own action per the key and labelled 'Own action (from DA audit)'; no HMICFRS item asks for a dip sample"),
    ("F13", "B3", "CDI 2019 – AFI 1\nStalking & harassment recorded accurately, no delay\nFCR, due 31/10/26",
     BLUE, "in_sync", "CDI 2019 stalking and harassment recording AFI = 10990; EVIDENCE REVIEW (open), Being progressed; both open"),
    ("C14", "E10", "PEEL 23/25 AFI 10\nPerformance framework to give SLT a clear picture of VAWG response\nSupt Ireland – 31/03/27",
     BLUE, "in_sync", "PEEL 23/25 VAWG performance framework AFI = 19410; ALLOCATED, Awaiting review; both open"),
    ("D14", "D3", "Digital evidence from phones/computers retrieved quickly enough not to delay investigations\nPEEL 21/22 R2\nHead of Digital Forensics – due 31/12/26",
     YELLOW, "in_sync", "PEEL 2021/22 digital evidence recommendation = 15232; IN PROGRESS, Being progressed; both open"),
    # ---- Local Policing, Contact & S&S (rows 16-20)
    ("B16", "D6", "PEEL 21/22 AFI 7\nTimeliness of response – calls involving mental ill health\nSupt Contact Centre – due 31/03/27",
     BLUE, "in_sync", "PEEL 2021/22 timeliness of response to mental ill health calls = 15235; BACKLOG, Awaiting review; both open"),
    ("C16", "E9", "ASB – problem solving with communities & partners\nPEEL 2023-25 AFI 9\nCh Insp Roper · due 30/04/27",
     BLUE, "in_sync", "PEEL 23/25 ASB problem-solving AFI = 19409; ALLOCATED, Awaiting review; both open"),
    ("D16", "D7", "PEEL 2023-25 AFI 4\nControl room resourcing model – enough staff to meet demand + workforce wellbeing\nSupt Contact Centre | 31/12/26",
     BLUE, "conflict", "the control room resourcing AFI is 15236 under PEEL 2021/22; the card files it under PEEL 2023-25, which has no control room item; text and type agree, both open; report disagrees"),
    ("D17", "I4", "Legit 17 S&S – publish analysis & actions annually (from July 2018)\nHMICFRS 8544\nInsp Latham – due 31/12/26",
     YELLOW, "closeable_local", "ref 8544 and wording match; HMICFRS Complete (21/05/2026) but the card is still IN PROGRESS"),
    ("F17", "I3", "Legit 17 S&S – Rec 3\nWhere disparities found: research/analysis of reasons + action to reduce them\nInsp Latham – due 30/11/26",
     YELLOW, "in_sync", "Legitimacy 2017 disparities rec = 8543, both bullets on the card; EVIDENCE REVIEW (open), Being progressed; both open"),
    ("H17", "I2", "Legit 17 S&S – Rec 2\nMonitor S&S data: disproportionality by ethnicity, find rates by search type, possession-only drug searches\nInsp Latham / closed 30/08/26",
     YELLOW, "closeable_submit", "Legitimacy 2017 S&S monitoring rec = 8542, all three bullets; card CLOSED 30/08/26, HMICFRS Being progressed"),
    ("C18", "J5", "Police powers spotlight (Feb 21) – use of force\nInternal monitoring of UoF – identify/explain disproportionality, improvement action\nCh Insp Roper – due 31/01/27",
     BLUE, "conflict", "use of force internal monitoring = 13624, a national recommendation; the card is blue, which the key says is an AFI; both open; type disagrees"),
    ("D18", "I1", "CoC – Legit 2017 (8541)\nCan't show S&S is reasonable & fair; over-representation of BAME / black people unexplained\nACC Begum – due 31/03/27",
     RED, "in_sync", "ref 8541, red = cause of concern, matches the Legitimacy 2017 cause of concern; IN PROGRESS, Being progressed; both open"),
    ("K18", "O1", "S&S 2013 R1\nCCs & College to set clear spec of fair/effective S&S in the APP\nnational – CoP",
     YELLOW, "in_sync", "Stop and search 2013 APP specification = 2187; NOT FOR FORCE counts as done (not the force's to deliver) and HMICFRS is Complete; both closed"),
    ("B19", "J1", "Police powers (Feb 21) R1\nComms skills in line with National Policing Guidelines on Conflict Mgmt\nHead of L&D – due 31/05/27",
     YELLOW, "in_sync", "police powers communication skills rec (by July 2022) = 13620, not 13621 (CPD and BWV debrief); BACKLOG, Being progressed; both open"),
    ("D19", "J3", "Police powers Rec 3 (URN 13622)\nBWV: record whole S&S encounter; structured review of footage; scrutiny panel access\nInsp Latham – due 30/11/26",
     YELLOW, "in_sync", "URN 13622 and all three parts match the BWV rec; IN PROGRESS, Being progressed; both open"),
    ("K19", "J4", "Police powers R4\nHO & NPCC – quality of UoF data for publication\nnot ours – HO/NPCC",
     YELLOW, "closeable_submit", "Home Office/NPCC use-of-force data rec = 13623; NOT FOR FORCE = not the force's to deliver (done, like WHITE); HMICFRS still Being progressed, so the force asks HMICFRS to close it"),
    ("C20", "B2", "CDI 2019 Rec 2\nTHR criteria for call handlers\nSupt Contact Centre – due 31/12/26",
     YELLOW, "in_sync", "CDI 2019 threat/harm/risk criteria rec = 10989 (not the Core Business 2014 item 4822, which the Archive holds); ALLOCATED, Being progressed; both open"),
    ("D20", "I5", "Legit 17 S&S (HMI ref 8554)\nUnconscious bias + APP S&S training for all officers who use S&S\nHead of L&D – due 31/12/26",
     YELLOW, "conflict", "wording is the Legitimacy 2017 unconscious bias training rec 8545; the card's ref 8554 is a transposition (no 8554 on the list); both open; reference disagrees"),
    # ---- Professional Standards & Vetting (rows 22-23)
    ("D22", "E1", "PEEL 2023-25 CoC\nVetting backlog\nHead of Vetting – due 31/03/27",
     RED, "in_sync", "red = cause of concern; PEEL 23/25 vetting backlog cause of concern = 19401; IN PROGRESS, Being progressed; both open"),
    ("G22", "E2", "PEEL 23/25 Rec 1 (a)\nAll staff vetted to at least the lowest level asap – clear the backlog\nHead of Vetting – sent 28/09/26",
     YELLOW, "closeable_submit", "first half of the vetting rec 19402 (split over G22 and G23, note M22); both halves are in SENT TO HMI, so the rec is done; HMICFRS Being progressed"),
    ("C23", "E3", "PEEL 23/25 Rec 2\nConfidential route to raise concerns + whistleblowing awareness – within 6 mths\nHead of PSD – due 30/11/26",
     YELLOW, "conflict", "confidential reporting/whistleblowing rec = 19403; HMICFRS says within three months, the card says within 6 months; both open; timescale disagrees"),
    ("G23", "E2", "PEEL 23/25 Rec 1 (b)\nVetting renewals done when due – full compliance with national vetting guidelines\nHead of Vetting – sent 28/09/26",
     YELLOW, "closeable_submit", "second half of the vetting rec 19402 (renewals, national vetting guidelines); with G22 also sent, the whole rec is done; HMICFRS Being progressed"),
    # ---- People & OD (rows 25-26)
    ("B25", "E4", "PEEL 2023-25 AFI 1\nMonitor team cultures (staff feedback) & act promptly on issues\nHead of OD – due 30/06/27",
     BLUE, "in_sync", "PEEL 23/25 team cultures AFI = 19404; BACKLOG, Awaiting review; both open"),
    ("C25", "E5", "E&D data – use it to understand workforce demographics\nPEEL 2023-25 AFI 2\nHR Business Partner · 31/03/27",
     BLUE, "in_sync", "PEEL 23/25 equality and diversity data AFI = 19405; ALLOCATED, Awaiting review; both open"),
    ("D25", "E13", "PEEL 23/25 AFI 13\nSuccession plans to improve diversity at all levels; more direct entry\nDirector of People – due 30/09/27",
     BLUE, "in_sync", "PEEL 23/25 succession plans and direct entry AFI = 19413; IN PROGRESS, Awaiting review; both open"),
    ("B26", "D8", "PEEL 21/22 AFI 9\nFuture workforce plan aligned to demand & budget\nDirector of People – due 31/03/27",
     BLUE, "closeable_local", "PEEL 2021/22 future workforce plan AFI = 15237; HMICFRS Superseded (13/06/2024) but the card is still in BACKLOG"),
    # ---- Criminal Justice & Custody (rows 28-29)
    ("B28", "F2", "Custody 2022 (HMIP)",
     YELLOW, "review", "a card with only a title: no ask, lead or date; yellow says recommendation. Custody 2022 has two recs and an AFI; rec 16112 and AFI 16114 have cards (D28, H28), so the likely partner is 16113 (mental ill health training), but the card could as well be a stray duplicate of D28: ask the custody lead"),
    ("D28", "F1", "HMIP/HMICFRS custody 2022 – R1\nDetention of children, with CSC: only when necessary; alt. accommodation; detention certs; records; AA support\nCh Insp Custody – due 31/12/26",
     YELLOW, "in_sync", "custody 2022 detention of children rec = 16112, all five bullets on the card; IN PROGRESS, Being progressed; both open"),
    ("H28", "F3", "Custody 22 AFI 1\nTraining so staff identify/respond to vulnerable adults\nCh Insp Custody – closed 05/08/26",
     BLUE, "in_sync", "custody 2022 vulnerable adults training AFI = 16114; card CLOSED 05/08/26 and HMICFRS Complete (13/08/2026); both closed"),
    ("H29", "D4", "PEEL 21/22 R3 (15233)\nRUI & bail – understanding and management of suspects\nHead of CJ – closed 22/07/26",
     YELLOW, "in_sync", "ref 15233 matches the RUI/bail rec; card CLOSED 22/07/26 and HMICFRS Complete (27/08/2026); both closed"),
    # ---- Operations & Firearms Licensing (row 31)
    ("F31", "H5", "Targeting the Risk R5\nFirearm cert holder markers checked before attendance; officers know seizure powers\nSupt Firearms Licensing – due 31/10/26",
     YELLOW, "in_sync", "firearms licensing: systems to flag certificate holders before attendance = 5935; EVIDENCE REVIEW (open), Being progressed; both open"),
    ("J31", "H3", "Targeting the Risk – R3\n'Total expired' licensing records – action taken\nFL Manager – on hold (NFLMS upgrade)",
     YELLOW, "closeable_local", "firearms 'total expired' records = 5933; HMICFRS No further action required (30/06/2026) but the card is ON HOLD (open)"),
    # ---- Corporate Development, Finance & Digital (row 33)
    ("B33", None, "PEEL 18/19 R5\nConsult public on business planning & feed back on changes made\nHead of Corp Development – due 31/03/27",
     YELLOW, "not_on_hmicfrs_list", "a PEEL 2018/19 item; the definitive list holds no PEEL 2018/19 report and no item about consulting the public on business planning: query with HMICFRS"),
    ("D33", "E15", "Corporate risk register actively used to mitigate/manage known risks\nPEEL 2023-25 AFI 15\nHead of Corp Dev – 31/12/26",
     BLUE, "in_sync", "PEEL 23/25 corporate risk register AFI = 19415; IN PROGRESS, Being progressed; both open"),
    ("H33", "D10", "PEEL 21/22 AFI 10\nLinks between outcomes, outputs & costs\nDirector of Finance – closed 16/09/26",
     BLUE, "in_sync", "PEEL 2021/22 outcomes/outputs/costs AFI = 15239; card CLOSED 16/09/26, HMICFRS Complete (03/09/2026); both closed"),
    ("J33", "R1", "Efficiency 17 (national)\nAmbitious plan for digitally-enabled services\nHead of Digital – paused pending DDaT strategy",
     YELLOW, "in_sync", "PEEL efficiency 2017 digital services plan = 8015; ON HOLD (open), Being progressed; both open"),
]

EMPTY_CARD = ("B9", YELLOW)
NOTES = {
    "M9": "NB CDI rec 1 is on 2 cards – part 1 closed (H9), part 2 still open (D10). Don't submit to HMI until both done. JH 09/09",
    "M22": "Vetting = ONE HMI rec on 2 cards (G22 + G23). Both went as one submission 28/09. LO",
}

# --------------------------------------------------------------------------------------------
# Force side: the Archive sheet (flat table, header row 1)
# --------------------------------------------------------------------------------------------
# (report, ref, summary, closed (date or text), lead, colour or None, key or None, category, why)
ARCHIVE = [
    ("PEEL Eff 2017", "AFI 1", "Understand nature & scale of county lines in Lincs", D(2019, 3, 14), "DCI Hale", BLUE, "A1", "in_sync",
     "PEEL effectiveness 2017 county lines AFI = 8902; archived as closed 14/03/2019, HMICFRS Complete; both closed"),
    ("PEEL Eff 2017", "AFI 3", "RASSO investigations – officers with right skills, effective supervision", D(2019, 10, 2), "DI Pryce", BLUE, "A2", "in_sync",
     "RASSO allocation and supervision AFI = 8903; closed 02/10/2019, HMICFRS Complete; both closed"),
    ("PEEL Eff 2017", "AFI 4", "Supervise DASH risk assessments (record on Niche where no DASH done)", D(2020, 6, 30), "Ch Insp Moss", BLUE, "A3", "in_sync",
     "DASH supervision AFI = 8904; closed 30/06/2020, HMICFRS Superseded; both closed"),
    ("Stop & Search 2013", "R2", "Monitor officers' use of S&S – lawful, effective, keeps public trust", D(2015, 11, 30), "Supt Dale", YELLOW, "O2", "in_sync",
     "stop and search 2013 monitoring rec = 2188; closed 30/11/2015, HMICFRS Complete; both closed"),
    ("Stop & Search 2013", "R3", "Explain S&S use to public; community scrutiny of records, involve young people", D(2015, 11, 30), "Supt Dale", YELLOW, "O3", "in_sync",
     "the 2013 report's version of the explain-and-scrutinise rec (2189, 'elected local policing bodies'), not the 2015 repeat 5127; closed, HMICFRS Complete; both closed"),
    ("S&S powers 2 (2015)", "R1", "Explain S&S to public + community scrutiny of records (with PCC)", D(2016, 3, 31), "Supt Dale", YELLOW, "P1", "in_sync",
     "the 2015 repeat (5127, 'in consultation with police and crime commissioners'), told from 2189 by the report; closed, HMICFRS Complete; both closed"),
    ("Everyone's Business 2014", "2321", "DA action plan – publish", "Sept 2014", "DI Oduya", YELLOW, "Q1", "in_sync",
     "ref 2321 matches the domestic abuse action plan rec; closed Sept 2014, HMICFRS Complete; both closed"),
    ("Integrity Matters 2015", "902", "NFA misconduct outcomes – fair & free of discrimination", D(2015, 8, 31), "Head of PSD", YELLOW, "K1", "in_sync",
     "ref 902 matches; closed 31/08/2015, HMICFRS Complete; both closed"),
    ("Core Business 2014", "4822", "THR criteria for call handlers", D(2015, 3, 31), "Supt Contact Centre", YELLOW, "L1", "in_sync",
     "ref 4822 = Core Business threat/harm/risk criteria (the CDI 2019 rec 10989 on the same subject is card C20); closed, HMICFRS Complete; both closed"),
    ("Policing in Austerity 2014", "1", "Review savings plans – protect front line, balance budget", D(2015, 3, 31), "Director of Finance", YELLOW, "N1", "in_sync",
     "austerity rec on reviewing savings plans = 3310; closed, HMICFRS Complete; both closed"),
    ("Policing in Austerity 2014", "2", "Less than 10% savings via collaboration – assess scope", D(2015, 3, 31), "Director of Finance", YELLOW, "N2", "in_sync",
     "austerity collaboration-savings rec = 3311; closed, HMICFRS Complete; both closed"),
    ("Policing in Austerity 2014", "4", "Collaboration plans for next spending round", D(2015, 9, 30), "Director of Finance", YELLOW, "N4", "in_sync",
     "austerity next spending round collaboration rec = 3313; closed, HMICFRS Complete; both closed"),
    ("Firearms Licensing 2015", "R1", "FL governance v APP", D(2015, 12, 15), "Supt Firearms Licensing", YELLOW, "H1", "in_sync",
     "firearms licensing governance rec = 5931; closed, HMICFRS Complete; both closed"),
    ("Firearms Licensing 2015", "R2", "FL demand & capacity", D(2015, 12, 15), "Supt Firearms Licensing", YELLOW, "H2", "in_sync",
     "firearms licensing demand and capacity rec = 5932; closed, HMICFRS Complete; both closed"),
    ("Firearms Licensing 2015", "R4", "Temporary permits – HO guidance, recorded on NFLMS, no unlawful possession", D(2016, 1, 31), "Supt Firearms Licensing", YELLOW, "H4", "in_sync",
     "temporary permits rec = 5934; closed, HMICFRS Complete; both closed"),
    ("Stolen Freedom 2017", "Intel", "ISAs with other agencies", D(2018, 4, 30), "DI Cole", YELLOW, "G2", "in_sync",
     "Stolen Freedom information-sharing agreements rec = 7903; closed, HMICFRS Complete; both closed"),
    ("Stolen Freedom 2017", "Victims", "s45 defence considered early", D(2018, 1, 31), "DI Cole", YELLOW, "G3", "in_sync",
     "Stolen Freedom section 45 defence rec = 7904; closed, HMICFRS Complete; both closed"),
    ("PEEL Legit 2016", "AFI 2", "Workforce to understand & use the Code of Ethics in decision making", D(2017, 9, 29), "Head of PSD", BLUE, None, "not_on_hmicfrs_list",
     "no PEEL legitimacy 2016 report and no Code of Ethics item on the definitive list; archived as closed, so the force's record only"),
    ("NCPI 2019", "AFI 2", "CSE – better partnership working to safeguard those at risk", D(2026, 3, 17), "DI Brennan", BLUE, "C2", "closeable_submit",
     "NCPI 2019 CSE partnership AFI = 10456; the force closed and archived it 17/03/2026 but HMICFRS still shows Being progressed"),
    ("JTAI 2020 (multi-agency)", "3", "MASH – timely info sharing on CSE referrals", D(2025, 2, 12), "DI Brennan", None, None, "not_on_hmicfrs_list",
     "a joint targeted area inspection (multi-agency) action; nothing like it on the HMICFRS list; force's record only"),
]

MISSING = [
    ("C3", "NCPI 2019 online child sexual abuse training AFI (Awaiting review): no card or archive row; the only NCPI cards are missing children (B12) and the archived CSE AFI"),
    ("E12", "PEEL 2023/25 knife crime prevention AFI (Awaiting review): no card for knife crime anywhere"),
    ("E14", "PEEL 2023/25 accurate data and analysis for performance management AFI (Awaiting review): no card; the corporate risk register card D33 is a different AFI (19415)"),
    ("G7", "Stolen Freedom preventative powers under the MS Act 2015 (Awaiting review): cards and archive rows cover recs 1-6 of the report but not this one"),
    ("J2", "police powers communication skills reinforced through CPD and BWV debriefs (Awaiting review): card B19 is the conflict-management rec 13620; no card for this one"),
    ("L2", "Core Business crime prevention activity recorded and evaluated: HMICFRS Superseded, but it is on the list and the force has no card or archive row for it"),
    ("M1", "Building the picture information management audits (Awaiting review): no card or archive row"),
    ("N3", "Policing in austerity front-line workforce assessment: HMICFRS Superseded; the Archive has austerity recs 1, 2 and 4 only; on the list, not in the tracker"),
]


def card_row(cell: str) -> int:
    return int(cell[1:])


# --------------------------------------------------------------------------------------------
def build_hmicfrs(path: str) -> None:
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "Definitive list", "author": "HMICFRS Monitoring", "company": "HMICFRS",
                       "created": PROPS_TIME})
    ws = wb.add_worksheet(HSHEET)
    bold = wb.add_format({"bold": True, "font_size": 12})
    hdr = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True,
                         "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    ws.write(0, 0, f"HMICFRS definitive list of recommendations and areas for improvement – {FORCE}", bold)
    ws.write(1, 0, f"Extracted 30/09/2026 · {len(ITEMS)} records · includes items closed since the last list")
    heads = ["Reference", "Force", "Report", "Publication date", "Type", "Recommendation / AFI text",
             "Status", "Status date"]
    for c, h in enumerate(heads):
        ws.write(2, c, h, hdr)
    for k in ORDER:
        ref, rep, typ, text, status, sdate = ITEMS[k]
        r = HROW[k] - 1
        ws.write_number(r, 0, ref, top)
        ws.write(r, 1, FORCE, top)
        ws.write(r, 2, REPORTS[rep][0], wrap)
        ws.write_datetime(r, 3, dt.datetime.combine(REPORTS[rep][1], dt.time()), datef)
        ws.write(r, 4, typ, top)
        ws.write(r, 5, text, wrap)
        ws.write(r, 6, status, top)
        ws.write_datetime(r, 7, dt.datetime.combine(sdate, dt.time()), datef)
    ws.set_column(0, 0, 10)
    ws.set_column(1, 1, 18)
    ws.set_column(2, 2, 40)
    ws.set_column(3, 3, 13)
    ws.set_column(4, 4, 22)
    ws.set_column(5, 5, 90)
    ws.set_column(6, 6, 16)
    ws.set_column(7, 7, 12)
    ws.autofilter(2, 0, 2 + len(ITEMS), len(heads) - 1)
    ws.freeze_panes(3, 0)
    wb.close()


def build_tracker(path: str) -> None:
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "HMICFRS recs board", "author": "J Hughes (Org Learning)",
                       "company": "Lincolnshire Police", "created": PROPS_TIME,
                       "comments": "Kept on the Inspection & Org Learning SharePoint site"})
    ws = wb.add_worksheet("Board")
    title = wb.add_format({"bold": True, "font_size": 14})
    keyf = wb.add_format({"italic": True, "text_wrap": True, "valign": "top"})
    head = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E78", "align": "center",
                          "valign": "vcenter", "text_wrap": True, "border": 1})
    spacer = wb.add_format({"bg_color": "#A6A6A6"})
    banner = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#404040", "valign": "vcenter"})
    note = wb.add_format({"italic": True, "font_color": "#C00000", "text_wrap": True, "valign": "top"})
    card_fmt = {}
    for col in (YELLOW, BLUE, RED, LILAC):
        card_fmt[col] = wb.add_format({"bg_color": col, "text_wrap": True, "valign": "top", "border": 1,
                                       "font_size": 9})

    ws.merge_range("B1:K1", "LINCOLNSHIRE POLICE – HMICFRS RECOMMENDATIONS BOARD (Inspection & Org Learning)", title)
    ws.merge_range("B2:K2", "Card colour: yellow = recommendation (ours or national), blue = AFI, red = cause of "
                   "concern, lilac = our own action (not HMI). CLOSED = closed in the last quarter; older cards go "
                   "to the Archive tab.", keyf)
    ws.merge_range("B3:K3", "Last tidied 05/10/2026 (JH). Move cards by cut & paste – please don't retype them or "
                   "insert columns.", keyf)
    for c, s in zip(COLS, STAGES):
        if s is None:
            ws.write_blank(f"{c}5", None, spacer)
        else:
            ws.write(f"{c}5", s, head)
    for r, text in BANNERS.items():
        ws.merge_range(f"B{r}:K{r}", text, banner)
        ws.set_row(r - 1, 18)
    # spacer column I down the board
    for r in range(6, 34):
        if r not in BANNERS:
            ws.write_blank(f"I{r}", None, spacer)
    used = set()
    for cell, key, text, colour, cat, why in CARDS:
        assert cell not in used, cell
        used.add(cell)
        ws.write_string(cell, text, card_fmt[colour])
    ws.write_blank(EMPTY_CARD[0], None, card_fmt[EMPTY_CARD[1]])
    for cell, text in NOTES.items():
        ws.write_string(cell, text, note)
    card_rows = sorted({card_row(c) for c, *_ in CARDS} | {card_row(EMPTY_CARD[0])})
    ws.set_row(0, 22)
    ws.set_row(1, 30)
    ws.set_row(2, 18)
    ws.set_row(4, 32)
    for r in card_rows:
        ws.set_row(r - 1, 66)
    ws.set_column("A:A", 2)
    ws.set_column("B:H", 26)
    ws.set_column("I:I", 1.5)
    ws.set_column("J:K", 24)
    ws.set_column("L:L", 2)
    ws.set_column("M:M", 34)
    ws.freeze_panes(5, 1)

    wa = wb.add_worksheet("Archive")
    ah = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1})
    at = wb.add_format({"valign": "top"})
    ad = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    afill = {col: wb.add_format({"bg_color": col, "valign": "top", "text_wrap": True}) for col in (YELLOW, BLUE, RED)}
    awrap = wb.add_format({"valign": "top", "text_wrap": True})
    for c, h in enumerate(["Report", "Ref", "Summary", "Closed", "Lead"]):
        wa.write(0, c, h, ah)
    for i, (rep, ref, summ, closed, lead, colour, key, cat, why) in enumerate(ARCHIVE):
        r = i + 1
        wa.write_string(r, 0, rep, at)
        wa.write_string(r, 1, ref, at)
        wa.write_string(r, 2, summ, afill[colour] if colour else awrap)
        if isinstance(closed, dt.date):
            wa.write_datetime(r, 3, dt.datetime.combine(closed, dt.time()), ad)
        else:
            wa.write_string(r, 3, closed, at)
        wa.write_string(r, 4, lead, at)
    wa.set_column(0, 0, 26)
    wa.set_column(1, 1, 9)
    wa.set_column(2, 2, 60)
    wa.set_column(3, 3, 12)
    wa.set_column(4, 4, 22)
    wa.autofilter(0, 0, len(ARCHIVE), 4)
    wa.freeze_panes(1, 0)
    wb.close()


def truth_lines() -> list[tuple[str, str, str, str]]:
    lines = []
    for cell, key, text, colour, cat, why in sorted(CARDS, key=lambda c: (card_row(c[0]), c[0][0])):
        lines.append((href(key) if key else "", f"Board!{card_row(cell)}", cat, f"Card {cell}: {why}"))
    for i, (rep, ref, summ, closed, lead, colour, key, cat, why) in enumerate(ARCHIVE):
        lines.append((href(key) if key else "", f"Archive!{i + 2}", cat, f"Archive row {i + 2} ({rep} {ref}): {why}"))
    for key, why in MISSING:
        lines.append((href(key), "", "missing_from_force", f"{ITEMS[key][0]}: {why}"))
    return lines


def check_coverage(lines) -> None:
    covered = {l[0] for l in lines if l[0]}
    for k in ITEMS:
        assert href(k) in covered, k
    keys = [c[1] for c in CARDS if c[1]] + [a[6] for a in ARCHIVE if a[6]] + [m[0] for m in MISSING]
    # every HMICFRS item appears; only B1 and E2 (the splits) appear twice
    from collections import Counter
    cnt = Counter(keys)
    assert {k for k, n in cnt.items() if n > 1} == {"B1", "E2"}, cnt
    assert set(cnt) == set(ITEMS), set(ITEMS) ^ set(cnt)


def write_truth(path: str, lines) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for l in lines:
            w.writerow(l)


def verify(lines) -> None:
    """Read both files back (openpyxl and pandas) and check the truth against them."""
    import warnings

    import openpyxl
    import pandas as pd

    warnings.simplefilter("ignore")
    hw = openpyxl.load_workbook(os.path.join(OUT, "hmicfrs.xlsx"))[HSHEET]
    tw = openpyxl.load_workbook(os.path.join(OUT, "tracker.xlsx"))
    board, arch = tw["Board"], tw["Archive"]
    # every HMICFRS item row is in the truth, and nothing else of that sheet
    item_rows = {r for r in range(1, hw.max_row + 1) if isinstance(hw.cell(r, 1).value, int)}
    assert item_rows == {int(l[0].split("!")[1]) for l in lines if l[0]}, "hmicfrs rows"
    assert len(item_rows) == len(ITEMS) and 45 <= len(ITEMS) <= 130
    for k in ITEMS:  # the row holds the item we think it does
        assert hw.cell(HROW[k], 1).value == ITEMS[k][0]
    # every non-empty board cell in B..K below the header that is not a banner is a card in the truth
    cards = {c[0] for c in CARDS}
    merged = {str(m) for m in board.merged_cells.ranges}
    for r in range(6, board.max_row + 1):
        if f"B{r}:K{r}" in merged:
            continue
        for c in COLS:
            v = board[f"{c}{r}"].value
            if v not in (None, ""):
                assert f"{c}{r}" in cards, f"{c}{r}"
    for cell in cards:
        assert board[cell].value, cell
    truth_cells = [l[3].split(":")[0].split()[1] for l in lines if l[1].startswith("Board!")]
    assert sorted(truth_cells) == sorted(cards)
    # archive rows
    arows = [r for r in range(2, arch.max_row + 1) if arch.cell(r, 3).value]
    assert [f"Archive!{r}" for r in arows] == [l[1] for l in lines if l[1].startswith("Archive!")]
    # pandas sees the same sizes
    h = pd.read_excel(os.path.join(OUT, "hmicfrs.xlsx"), header=2, engine="openpyxl")
    assert len(h) == len(ITEMS) and h["Reference"].is_unique
    a = pd.read_excel(os.path.join(OUT, "tracker.xlsx"), sheet_name="Archive", engine="openpyxl")
    assert len(a) == len(ARCHIVE)
    b = pd.read_excel(os.path.join(OUT, "tracker.xlsx"), sheet_name="Board", header=None, engine="openpyxl")
    assert b.shape[0] == 33


def readme(lines) -> str:
    from collections import Counter

    cnt = Counter(l[2] for l in lines)
    board_lines = {l[3].split(":")[0].split()[1]: l for l in lines if l[1].startswith("Board!")}
    out = []
    w = out.append
    w(f"# {CASE}\n")
    w("Round 82, case A. A force-side layout: an HMICFRS recommendations **Kanban board kept in an Excel "
      "workbook on SharePoint**, reconciled against an ordinary HMICFRS definitive-list export.\n")
    w("## The story\n")
    w("Lincolnshire Police's Inspection & Organisational Learning team (JH) stopped keeping a row-per-"
      "recommendation register in 2024 and moved to a Kanban board in a shared workbook on the team's "
      "SharePoint site, because portfolio leads found it easier to 'move their card' in the monthly "
      "inspection board meeting than to fill in progress columns. Each card is one cell holding three "
      "short lines the force wrote itself (report and number, the ask in its own words, lead and due "
      "date); the card's **type is shown only by its fill colour**, explained by a sentence at the top of "
      "the board. Owners are not written on the cards' rows: a dark merged **banner row per portfolio** "
      "runs across the board and every card below it, up to the next banner, belongs to that portfolio, "
      "so several unrelated cards share a row. Once a quarter the team cuts cards that have been CLOSED for "
      "more than a quarter off the board and pastes them as a flat row on the **Archive** sheet, so the "
      "CLOSED column holds only recent closures. HMICFRS sent its definitive list (extract of 30/09/2026) "
      "before the JAC and the analyst must reconcile it with the board and the archive.\n")
    w("## The files\n")
    w(f"- `hmicfrs.xlsx`, one sheet `{HSHEET}`: row 1 a title, row 2 an extract line, row 3 the header "
      "(`Reference`, `Force`, `Report`, `Publication date`, `Type`, `Recommendation / AFI text`, `Status`, "
      f"`Status date`), item rows 4-{3 + len(ITEMS)} ({len(ITEMS)} items, 18 reports, sorted by publication "
      "date then reference). References are plain integers (old-register style, e.g. 2321, 4822, 8541). "
      "Types: Recommendation, Area for improvement, Cause of concern, National recommendation. Statuses: "
      "Awaiting review, Being progressed (open); Complete, Superseded, No further action required (closed). "
      "Dates are real Excel dates shown dd/mm/yyyy. Texts are real HMICFRS wording with their quirks "
      "(curly quotes, '•' bullets with and without spaces, the stray footnote digits '86' and '20').\n")
    w("- `tracker.xlsx`, two sheets, written by XlsxWriter (UTF-8 strings in the xlsx as usual):\n"
      "  - `Board`: the Kanban board (rows 1-33, columns A-M, frozen at B6).\n"
      "  - `Archive`: a flat table, header in row 1 (`Report`, `Ref`, `Summary`, `Closed`, `Lead`), "
      f"rows 2-{1 + len(ARCHIVE)} one archived card each, with an autofilter.\n")
    w("- `truth.csv`: `hmicfrs_row,force_row,category,why`, one line per reconciliation item "
      f"({len(lines)} lines). `force_row` is `Board!<row>` (the Excel row of the card's cell) or "
      "`Archive!<row>`; every Board `why` starts with `Card <cell>:`.\n")
    w("## What the layout brings, point by point\n")
    w("- **Title and furniture, rows 1-3** (merged B:K): row 1 the board's title; row 2 the colour key in "
      "words: *\"Card colour: yellow = recommendation (ours or national), blue = AFI, red = cause of concern, "
      "lilac = our own action (not HMI). CLOSED = closed in the last quarter; older cards go to the Archive "
      "tab.\"*; row 3 a housekeeping line. Row 4 is blank.\n")
    w("- **Stage headings, row 5**, in capitals: B `BACKLOG`, C `ALLOCATED`, D `IN PROGRESS` with "
      "`WIP limit 6` on a second line of the same cell, E `WAITING ON PARTNERS` (a stage nobody uses: the "
      "column is empty all the way down), F `EVIDENCE REVIEW`, G `SENT TO HMI`, H `CLOSED`, I a thin grey "
      "spacer column with no heading, then the side columns J `ON HOLD` and K `NOT FOR FORCE`. Column A is "
      "a narrow margin; L is a gap; M holds notes.\n")
    w("- **How a person reads the stages**: BACKLOG, ALLOCATED, IN PROGRESS, WAITING ON PARTNERS, "
      "EVIDENCE REVIEW (the evidence pack is being checked by the team, not yet signed off) and ON HOLD "
      "are *open*; SENT TO HMI (submitted to HMICFRS for closure) and CLOSED are *done*; NOT FOR FORCE is "
      "*done* in the sense of the City of London 'WHITE' (not the force's to deliver). A status dictionary "
      "would know BACKLOG, IN PROGRESS, CLOSED, ON HOLD; it would probably not know ALLOCATED, EVIDENCE "
      "REVIEW, SENT TO HMI, WAITING ON PARTNERS or NOT FOR FORCE.\n")
    w("- **Portfolio banner rows** (merged B:K, white bold on dark grey): " +
      "; ".join(f"row {r} '{t}'" for r, t in BANNERS.items()) +
      ". The owner of a card is the banner above it; the person on the card's third line is the working "
      "lead.\n")
    w("- **Cards**: one cell each, three lines, in varying order and with varying separators: "
      "'report + number / ask / lead – due' (most), 'ask / report + number / lead, due' (e.g. D14, C10, "
      "C25, D33, H7), and the lead line written as 'Lead – due', 'Lead | due', 'Lead / date', 'Lead; date', "
      "'Lead · due', 'Lead, date', or 'closed dd/mm/yy' / 'sent dd/mm/yy' for cards in CLOSED or SENT TO HMI. "
      "An HMICFRS reference appears on some cards, written as '(HMI 15230)', '[19411]', '(ref 7906)', "
      "'(URN 13622)', 'HMICFRS 8544' on a line of its own, '(8541)', '(15233)' or '(HMI ref 8554)'; the "
      "'Rec 2', 'AFI 6', 'R1' numbers are the force's own numbering within a report, not HMICFRS "
      "references. Report names are the force's shorthand ('PEEL 21/22', 'PEEL 2023-25', 'Legit 17 S&S', "
      "'Stolen Freedom', 'MSHT 2017', 'Targeting the Risk', 'Police powers (Feb 21)', 'NCPI 2019', "
      "'CDI 2019', 'Custody 22', 'Efficiency 17 (national)').\n")
    w("- **Type by colour only**: yellow FFFF99 = recommendation (force or national), blue BDD7EE = AFI, "
      "red FF8585 = cause of concern, lilac D9C8EA = the force's own action. No card says its type in "
      "words. Archive rows keep the card's colour on the `Summary` cell (it was cut and pasted with the "
      "card), except the JTAI row, which has no fill.\n")
    w("- **Several unrelated cards per row**: rows 7, 8, 33 hold four cards each; most rows hold two or "
      "three; rows 26 and 29 hold one.\n")
    w("- **Damage**: an empty card at **B9** (yellow fill, no text); a card with only a title at **B28** "
      "('Custody 2022 (HMIP)'); notes in cells beside the board at **M9** and **M22** (red italic); the "
      "WIP limit on a second line of the D5 heading; the empty stage column E; cards whose HMICFRS "
      "reference is written in several different ways or mistyped.\n")
    w("- **Archive sheet**: flat table, one row per card closed more than a quarter ago. `Ref` mixes the "
      "force's own numbers ('AFI 1', 'R2', 'Intel', 'Victims', '1') with three HMICFRS references (2321, "
      "902, 4822). `Closed` is an Excel date except row 8, the text 'Sept 2014'. Everything on the Archive "
      "is done in the force's eyes.\n")
    w("## Traps and how the truth decides them\n")
    w("- **Recommendation split over two cards** (twice):\n"
      "  - CDI 2019 rec 1 (10988, `Definitive list!41`): part 1 (bullets 1-3) at **H9** in CLOSED, part 2 "
      "(bullets 4-5) at **D10** IN PROGRESS; note M9 says so. The rec is not done until both parts are, "
      "HMICFRS has it Being progressed: both lines `in_sync`.\n"
      "  - PEEL 2023/25 vetting rec (19402, `Definitive list!64`): **G22** (clear the backlog) and **G23** "
      "(renewals, national guidelines), both in SENT TO HMI; note M22. The whole rec is done, HMICFRS "
      "Being progressed: both lines `closeable_submit`.\n")
    w("- **Items closed at HMICFRS with the card still open** (`closeable_local`): C13 (hate crime "
      "recording, Complete), D17 (publish S&S analysis annually, Complete), B26 (workforce plan, "
      "Superseded), J31 (firearms 'total expired' records, No further action required, card ON HOLD).\n")
    w("- **Force done, HMICFRS open** (`closeable_submit`): H7 and H17 (CLOSED), G12 (SENT TO HMI), K19 "
      "(NOT FOR FORCE: the Home Office/NPCC data rec), G22+G23, and Archive row 20 (NCPI CSE AFI archived "
      "17/03/2026, still Being progressed at HMICFRS).\n")
    w("- **Mistyped reference**: D20 says '(HMI ref 8554)'; the wording is the unconscious bias training "
      "rec 8545 and no 8554 exists on the list: `conflict` (reference).\n")
    w("- **Other conflicts**: D9 lists three of the four bullets of the MSHT leadership rec 7902 (the "
      "performance and quality assurance bullet is missing); D16 files the control room AFI (15236, PEEL "
      "2021/22) under 'PEEL 2023-25'; C18 is blue (AFI) but the use of force monitoring item 13624 is a "
      "national recommendation; C23 says 'within 6 mths' where HMICFRS says 'Within three months' (19403).\n")
    w("- **Cards with no list item** (`not_on_hmicfrs_list`): B8 and D13 are lilac own actions; B33 is a "
      "'PEEL 18/19 R5' card for a report the list does not hold; Archive row 19 (PEEL Legit 2016 Code of "
      "Ethics AFI) and Archive row 21 (JTAI 2020 multi-agency action).\n")
    w("- **List items with no card** (`missing_from_force`): 10457, 19412, 19414, 7908, 13621, 4823, 5590, "
      "3312. Two of them (4823 and 3312) are Superseded at HMICFRS: they are on the list and nowhere in the "
      "tracker, so they are still `missing_from_force` (nobody needs to act, but the force has no record).\n")
    w("- **Near-duplicates told apart by report**: the 2013 and 2015 stop-and-search 'explain to the "
      "public' recs (2189 vs 5127; Archive rows 6 and 7); the Core Business 2014 THR criteria (4822, "
      "Archive row 10) vs the CDI 2019 rec on the same subject (10989, card C20); the two police-powers "
      "communication-skills recs (13620 has card B19; 13621 is missing); the county lines AFIs of 2017 "
      "(Archive row 2) and 2023/25 (C8) and the lilac own action B8.\n")
    w("- **Done on both sides**: G8 is still in SENT TO HMI but HMICFRS has already closed 7906 "
      "(`in_sync`; the card should move to CLOSED); K18 (NOT FOR FORCE) against 2187 Complete is `in_sync`.\n")
    w("- **The one `review`**: B28 has only a title, 'Custody 2022 (HMIP)', yellow. Custody 2022 has "
      "recs 16112 and 16113 and AFI 16114; 16112 and 16114 have their own cards (D28, H28), so the likely "
      "partner is 16113, but the card may be a stray duplicate of D28. The truth pairs it with 16113 as "
      "`review`.\n")
    w("## Counts\n")
    w("| category | lines |\n|---|---|")
    for c in ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
              "not_on_hmicfrs_list", "review"]:
        w(f"| {c} | {cnt[c]} |")
    w(f"| **total** | **{len(lines)}** |\n")
    nb = sum(1 for l in lines if l[1].startswith("Board!"))
    na = sum(1 for l in lines if l[1].startswith("Archive!"))
    w(f"Board cards {nb} (on {len({l[1] for l in lines if l[1].startswith('Board!')})} rows), Archive rows "
      f"{na}, HMICFRS items {len(ITEMS)} (two of them matched by two cards each).\n")
    w("## Every card and its truth line\n")
    w("| card cell | hmicfrs_row | force_row | category |\n|---|---|---|---|")
    for cell, *_ in sorted(CARDS, key=lambda c: (card_row(c[0]), c[0][0])):
        l = board_lines[cell]
        w(f"| {cell} | {l[0] or '–'} | {l[1]} | {l[2]} |")
    w("")
    w("Archive rows:\n")
    w("| force_row | hmicfrs_row | category |\n|---|---|---|")
    for l in lines:
        if l[1].startswith("Archive!"):
            w(f"| {l[1]} | {l[0] or '–'} | {l[2]} |")
    w("")
    w("## Rows and cells that are not items\n")
    w("- `Definitive list` rows 1 (title), 2 (extract line), 3 (header).\n"
      "- `Board` rows 1 (title), 2 (colour key), 3 (housekeeping note), 4 (blank), 5 (stage headings), and "
      "the banner rows " + ", ".join(str(r) for r in BANNERS) + " (portfolio and owner, merged B:K).\n"
      "- `Board` cells inside card rows that are not cards: B9 (empty card, coloured but blank), M9 and "
      "M22 (notes beside the board), and the grey spacer cells in column I. Column E (WAITING ON PARTNERS) "
      "has no cards at all.\n"
      "- `Archive` row 1 (header).\n")
    w("## Checks run\n")
    w("- The builder asserts that every HMICFRS item row appears in the truth (only 10988 and 19402 "
      "twice, for the two splits), that every non-empty Board cell below the headings outside a banner "
      "is a card with exactly one truth line whose `why` names that cell, and that every Archive row is "
      "in the truth.\n"
      "- Both workbooks are read back with openpyxl (values, merged ranges, fills) and pandas "
      "(`read_excel`, header row 3 for the list, row 1 for the Archive) inside the builder; sizes and "
      "references agree.\n"
      "- Two consecutive builds give byte-identical files (XlsxWriter's fixed zip timestamps, fixed "
      "document properties, no clock, no randomness); compared with `cmp`.\n"
      "- Nothing under `/work/main/reconcile/` was read except the text lists, and `reconcile` was not "
      "run on this case.\n")
    return "\n".join(out)


def main() -> None:
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    build_tracker(os.path.join(OUT, "tracker.xlsx"))
    lines = truth_lines()
    check_coverage(lines)
    write_truth(os.path.join(OUT, "truth.csv"), lines)
    verify(lines)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(lines))


if __name__ == "__main__":
    main()
