"""Build case `power_automate_csv_json_cells` (round 83, case C).

Force side: the weekly CSV that a Power Automate flow ("Get items" on the SharePoint list
"HMICFRS Recommendations" -> "Create CSV table" in Automatic mode -> "Create file") drops into
the Organisational Learning team's folder.  Choice, lookup and person columns arrive as JSON
objects, SharePoint internal names (``_x0020_``, 32-character truncation) are the headers,
folder rows, the list's template item and a flow test item sit among the items, and the
SharePoint system columns ({Identifier}, {Path}, {VersionNumber} ...) ride along.

HMICFRS side: an ordinary definitive-list export (xlsx) of 69 items.

Run: /work/main/.venv/bin/python /tmp/indep83/build_power_automate_csv_json_cells.py
Every file is rebuilt byte for byte (no clock, no unseeded randomness).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import random
import shutil
import zipfile

import xlsxwriter

CASE = "power_automate_csv_json_cells"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FORCE = "Gloucestershire Constabulary"
RNG = random.Random(20261207083)

# --------------------------------------------------------------------------------------------
# HMICFRS side: reports and items (all texts real public wording, Open Government Licence)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "A": ("Stop and search powers: Are the police using them effectively and fairly?",
          dt.date(2013, 7, 9)),
    "B": ("Everyone's business: Improving the police response to domestic abuse",
          dt.date(2014, 3, 27)),
    "C": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22)),
    "D": ("Core Business: an inspection into crime prevention, police attendance and the use "
          "of police time", dt.date(2014, 9, 4)),
    "E": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide "
          "the capability to tackle corruption in policing", dt.date(2015, 1, 30)),
    "F": ("Stop and search powers 2: are the police using them effectively and fairly?",
          dt.date(2015, 3, 24)),
    "G": ("Building the picture: an inspection of police information management",
          dt.date(2015, 7, 1)),
    "H": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
          "licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "X": ("PEEL: Police efficiency 2015 – Gloucestershire Constabulary", dt.date(2015, 10, 15)),
    "M": ("PEEL: Police effectiveness 2016 – Gloucestershire Constabulary", dt.date(2017, 3, 2)),
    "I": ("Stolen freedom: the policing response to modern slavery and human trafficking",
          dt.date(2017, 10, 24)),
    "J": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "N": ("PEEL: Police efficiency 2017 – Gloucestershire Constabulary", dt.date(2017, 11, 9)),
    "K": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "O": ("PEEL: Police legitimacy 2017 – Gloucestershire Constabulary", dt.date(2017, 12, 12)),
    "P": ("National child protection inspection 2018 – Gloucestershire Constabulary",
          dt.date(2018, 6, 19)),
    "Q": ("Crime data integrity inspection 2019 – Gloucestershire Constabulary",
          dt.date(2019, 9, 12)),
    "L": ("Disproportionate use of police powers: A spotlight on stop and search and the use of "
          "force", dt.date(2021, 2, 26)),
    "S": ("PEEL 2021/22 – Police effectiveness, efficiency and legitimacy: An inspection of "
          "Gloucestershire Constabulary", dt.date(2022, 5, 19)),
    "T": ("PEEL 2023–25: Police effectiveness, efficiency and legitimacy – An inspection of "
          "Gloucestershire Constabulary", dt.date(2024, 6, 20)),
}

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"
BP, AR, CO, SU, NFA = ("Being progressed", "Awaiting review", "Complete", "Superseded",
                       "No further action required")

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
    "Within six months Gloucestershire Constabulary should, in conjunction with children’s "
    "social care services, review how it manages the detention of children. As a minimum it "
    "should:• ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;• ensure that officers and staff in the custody suite "
    "assess at an early stage a child’s need for alternative accommodation (secure or "
    "otherwise) and work with children’s social care services to achieve the most appropriate "
    "option for the child;• ensure that custody staff comply with their statutory duties to "
    "complete detention certificates if a child is detained for any reason in police custody "
    "following charge;• ensure that custody staff make a record of all actions taken and "
    "decisions made on the relevant documentation; and• improve the timeliness of adequate "
    "appropriate adult support for children who are arrested."
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
DA_CAUSE = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)

# key: (register id, report, type, text, status, status date)
H = {
    "A1": (1187, "A", NAT, "Chief Constables and the College of Policing should establish in "
           "the Stop and Search Authorised Professional Practice document a clear specification "
           "of what constitutes the effective and fair exercise of stop and search powers, and "
           "guidance in this respect. This should be compliant with the Code of Practice.",
           NFA, dt.date(2016, 4, 11)),
    "A2": (1188, "A", NAT, "Chief Constables should establish or improve monitoring of the way "
           "officers stop and search people, so that they can be satisfied their officers are "
           "acting in accordance with the law (including equality legislation and the Code of "
           "Practice), and that the power is used effectively to prevent crime, catch criminals "
           "and maintain public trust.", CO, dt.date(2016, 4, 11)),
    "A3": (1189, "A", NAT, "Chief Constables should, in consultation with elected local "
           "policing bodies, ensure that they comply with the code of practice by explaining to "
           "the public the way stop and search powers are used in their areas and by making "
           "arrangements for stop and search records to be scrutinised by community "
           "representatives. This should be done in a way that involves those people who are "
           "stopped and searched, for example, young people.", SU, dt.date(2015, 3, 24)),
    "B1": (2321, "B", NAT, EVERYONE_PLAN, SU, dt.date(2017, 5, 3)),
    "C1": (2610, "C", NAT, "All Chief Constables and PCCs should review their plans to deliver "
           "savings to ensure they are doing all they can to continue to reduce crime and "
           "protect the front line while balancing their budgets. They should use the data and "
           "information contained in this report, and in HMIC's Value for Money profiles, when "
           "conducting their reviews", NFA, dt.date(2017, 10, 16)),
    "C2": (2611, "C", NAT, "Chief Constables and PCCs in forces planning to deliver less than "
           "10% of their savings through collaboration should assess whether there is scope to "
           "improve on this position. HMIC will follow up the assessments in the autumn.",
           NFA, dt.date(2017, 10, 16)),
    "C3": (2612, "C", NAT, "Chief Constables and PCCs in forces that are planning to reduce the "
           "proportion of their workforce and/or police officers on the front line should "
           "assess whether they have taken the decisive action seen in many forces in order to "
           "maintain their crime fighting capacity. HMIC will follow up the assessments in the "
           "autumn.", NFA, dt.date(2017, 10, 16)),
    "C4": (2613, "C", NAT, "In preparation for the next spending round period all Chief "
           "Constables and PCCs should review their plans for collaboration. In particular they "
           "should consider whether there is scope to deliver better value for money and "
           "improved capability and capacity through joint working with other forces, the "
           "public and/or the private sector.", NFA, dt.date(2017, 10, 16)),
    "D1": (4822, "D", NAT, "Not later than 31 March 2015 those forces using a threat, harm and "
           "risk policy, that have not yet done so, should provide call-handlers with specific, "
           "sound and comprehensible criteria against which they can assess threat, harm and "
           "risk.", BP, dt.date(2019, 1, 21)),
    "D2": (4823, "D", NAT, "By 31 March 2015 all forces should ensure that crime prevention or "
           "disruption activity carried out is systematically recorded and subsequently "
           "evaluated to determine the effectiveness of tactics being employed.",
           CO, dt.date(2018, 2, 5)),
    "E1": (902, "E", NAT, "By 31 August 2015, all chief constables should satisfy themselves "
           "that they have processes in place to ensure that investigations into misconduct by "
           "officers and staff resulting in “no further action” are fair and free of any form "
           "of discrimination.", CO, dt.date(2022, 2, 28)),
    "F1": (5140, "F", NAT, "Chief constables should, in consultation with police and crime "
           "commissioners, ensure that they comply with the Code of Practice by explaining to "
           "the public the way stop and search powers are used in their areas and by making "
           "arrangements for stop and search records to be scrutinised by community "
           "representatives. This should be done in a way that involves those people who are "
           "stopped and searched, for example young people.", CO, dt.date(2018, 7, 9)),
    "G1": (5391, "G", NAT, "By 30 November 2015, chief constables should put in place "
           "arrangements to scrutinise audits of compliance with the APP on information "
           "management through the force information management governance structure. This "
           "should include measures to ensure that categorisation of records are regularly "
           "adjusted.", BP, dt.date(2021, 9, 14)),
    "H1": (5712, "H", NAT, "Within three months, all chief constables should assess how well "
           "the governance of firearms licensing in his or her force meets the standards set out "
           "in Authorised Professional Practice. Chief constables of forces where the governance "
           "standards are not being complied with should put in place immediately the correct "
           "arrangements and procedures in order to meet the standards in full.",
           CO, dt.date(2017, 1, 30)),
    "H2": (5713, "H", NAT, "Within three months, all chief constables should assess the demand "
           "placed on their firearms licensing department and ensure it has the capacity to meet "
           "this demand and provide an efficient and effective service at all times.",
           BP, dt.date(2023, 8, 7)),
    "H3": (5714, "H", NAT, "Immediately, all chief constables should satisfy themselves that all "
           "appropriate action is being taken by their force with regard to ‘total expired’ "
           "licensing records.", CO, dt.date(2017, 1, 30)),
    "H4": (5715, "H", NAT, "Within three months, all chief constables should ensure that their "
           "arrangements in respect of the use of temporary permits are in accordance with the "
           "Home Office guidance; that temporary permits are properly recorded without delay on "
           "the National Firearms Licensing Management System; and that effective systems exist "
           "to ensure certificate holders are not permitted, at any time, to remain in unlawful "
           "possession of a firearm.", BP, dt.date(2023, 8, 7)),
    "H5": (5716, "H", NAT, "Within three months, all chief constables should ensure that systems "
           "designed to identify, prior to police attendance, whether a reported incident "
           "involves or is at the address of a firearm certificate holder are in place and are "
           "always applied by staff dispatching officers to incidents; and that officers "
           "understand the risk assessment which they should be undertaking in such "
           "circumstances, and their power, when appropriate, to seize firearms and firearm "
           "certificates.", BP, dt.date(2023, 8, 7)),
    "X1": (5950, "X", AFI, "The force should undertake further work to gain a fuller "
           "understanding of current demand for its services, and likely future changes in "
           "demand. This is so it can make best use of its resources by matching them to demand "
           "to meet the needs of the public", SU, dt.date(2018, 3, 19)),
    "M1": (7102, "M", COC, DA_CAUSE, BP, dt.date(2017, 3, 2)),
    "M2": (7103, "M", REC, "To address this cause of concern, HMIC recommends the force should "
           "immediately take steps to ensure that there is effective supervision of the initial "
           "risk assessment process, specifically in relation to the completion of DASH risk "
           "assessment in appropriate cases.", BP, dt.date(2018, 4, 23)),
    "M3": (7104, "M", AFI, "The force should improve its understanding of suspects released "
           "under investigation and the management of those released on bail.",
           CO, dt.date(2023, 11, 6)),
    "M4": (7105, "M", AFI, "The force should improve the supervision of investigations, so that "
           "investigation plans are set, reviewed and recorded and victims receive a "
           "consistently good service.", SU, dt.date(2019, 1, 14)),
    "I1": (8290, "I", NAT, SF_LEADERSHIP, BP, dt.date(2019, 6, 3)),
    "I2": (8291, "I", NAT, "Within six months, forces should have in place active "
           "information-sharing agreements with other agencies to facilitate speedy exchange of "
           "intelligence 86 and in order to safeguard victims better and to identify suspects as "
           "early as possible", CO, dt.date(2020, 2, 10)),
    "I3": (8292, "I", NAT, "Immediately, forces should ensure that all victims carrying out "
           "criminal acts under compulsion attributable to slavery or exploitation are afforded "
           "the protection of early and continuing consideration of the applicability of the "
           "section 45 defence.", BP, dt.date(2019, 6, 3)),
    "I4": (8293, "I", NAT, "Immediately, forces should take steps to ensure they are fully "
           "compliant with the NRM process as it evolves and are implementing the requirement "
           "placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any "
           "individual suspected to be an adult victim of modern slavery or human trafficking.",
           CO, dt.date(2024, 3, 18)),
    "I5": (8294, "I", NAT, "Immediately, forces should take steps to ensure they fully comply "
           "with national crime recording standard (NCRS) requirements for offences identified "
           "as modern slavery and human trafficking and that sufficient audit capacity is "
           "available to the force crime registrar to provide reassurance that each force is "
           "identifying and managing any gaps in its crime-recording accuracy for these types "
           "of offences.", BP, dt.date(2019, 6, 3)),
    "I6": (8295, "I", NAT, "Immediately, forces should ensure that allegations or indications of "
           "modern slavery and human trafficking are thoroughly investigated and effectively "
           "supervised by teams and individuals with the skills and experience to undertake them "
           "(this should include the use where appropriate of joint intelligence teams and other "
           "means to obtain intelligence and evidence from agencies overseas).",
           BP, dt.date(2019, 6, 3)),
    "I7": (8296, "I", NAT, "Immediately, forces should review their use of preventative powers "
           "under the Modern Slavery Act 2015 to ensure that opportunities to restrict the "
           "activities of those deemed to pose a clear threat to others in respect of modern "
           "slavery and human trafficking offences are exploited.", AR, dt.date(2017, 10, 24)),
    "J1": (8480, "J", NAT, "By September 2018, chief constables should produce an ambitious plan "
           "to improve digitally-enabled services within their force. The Home Office, National "
           "Police Chiefs' Council and Association of Police and Crime Commissioners should "
           "support the development of these plans by establishing a national framework which "
           "allows for the provision of digitally enabled services across force boundaries.",
           BP, dt.date(2019, 2, 25)),
    "N1": (8481, "N", AFI, "The force should ensure that it has sufficient resources available in "
           "the control room to fulfil its resourcing model, and so to meet its demand, while "
           "also taking into account the wellbeing of its workforce.", BP, dt.date(2019, 2, 25)),
    "N2": (8482, "N", AFI, "The force should develop its understanding of the links between its "
           "outcomes, outputs and costs", CO, dt.date(2020, 9, 7)),
    "N3": (8483, "N", AFI, "The force should develop a future workforce plan that is aligned "
           "with its overall demand and budget. The plan should include future resource "
           "allocations, the mix of skills required by the workforce and behaviours expected of "
           "them.", BP, dt.date(2019, 2, 25)),
    "K1": (8538, "K", COC, "HMICFRS is concerned that forces are not able to demonstrate that the "
           "use of stop and search powers is consistently reasonable and fair. In particular, "
           "there is over-representation of BAME people, and black people in particular, in stop "
           "and search data which many forces are unable to explain.", BP, dt.date(2018, 1, 8)),
    "K3": (8539, "K", NAT, "Where forces identify disparities through monitoring, they should "
           "demonstrate to the public that they have:\n"
           "•carried out research and analysis in an attempt to understand the reasons for the "
           "disparity, and •taken action to reduce the disparity, where necessary;",
           BP, dt.date(2018, 1, 8)),
    "K4": (8540, "K", NAT, "We expect forces to publish this analysis and any actions taken at "
           "least on an annual basis, from July 2018.", CO, dt.date(2021, 5, 24)),
    "K2": (8541, "K", NAT, SAS_MONITORING_2017, BP, dt.date(2018, 1, 8)),
    "K5": (8542, "K", NAT, "By July 2018, and ongoing following that date, forces should ensure "
           "that all officers who use stop and search powers have been provided with, and "
           "understand, training on unconscious bias and College of Policing APP on stop and "
           "search.", BP, dt.date(2018, 1, 8)),
    "O1": (8560, "O", AFI, "The force should ensure all staff have received at least the lowest "
           "level of vetting clearance for their roles as quickly as possible, working to clear "
           "both the vetting backlog and new vetting renewals when they become due so that it "
           "complies fully with the national vetting guidelines.", BP, dt.date(2019, 2, 25)),
    "O2": (8561, "O", AFI, "The force should make sure it provides a confidential way for staff "
           "to raise concerns and that staff are aware of whistleblowing processes.",
           CO, dt.date(2019, 11, 18)),
    "O3": (8562, "O", AFI, "The force should revise its approach to cautions, cannabis warning "
           "and penalty notices for disorder to ensure that there is a clear and auditable "
           "explanation to the offender of the implications of receiving the warning and that, "
           "for victim-based crimes, there is a clear and auditable record that views of the "
           "victim are considered prior to their issue.", BP, dt.date(2019, 2, 25)),
    "P1": (9310, "P", REC, CHILD_DETENTION, BP, dt.date(2019, 7, 1)),
    "P2": (9311, "P", REC, MISSING_CHILDREN, BP, dt.date(2019, 7, 1)),
    "P3": (9312, "P", AFI, "The force should improve how it works with partner organisations to "
           "safeguard people at risk from child sexual exploitation.", AR, dt.date(2018, 6, 19)),
    "Q1": (10427, "Q", REC, CDI_VICTIMS, BP, dt.date(2020, 3, 16)),
    "Q2": (10428, "Q", REC, "Immediately, the force should take steps to ensure it fully "
           "complies with national crime recording standard (NCRS) requirements for offences "
           "identified as modern slavery and human trafficking.", BP, dt.date(2020, 3, 16)),
    "Q3": (10472, "Q", AFI, "The force should make sure it records reports of domestic abuse "
           "accurately and without delay.", CO, dt.date(2021, 6, 28)),
    "L1": (11904, "L", NAT, "By July 2022, forces should ensure that officers and staff have "
           "effective communication skills, in line with the National Policing Guidelines on "
           "Conflict Management. This should be in addition to existing training on conflict "
           "management and de-escalation.", BP, dt.date(2022, 8, 1)),
    "L2": (11905, "L", NAT, "By July 2021, forces should ensure that communication skills are "
           "reinforced as part of the programme of continuing professional development for "
           "officers and staff, and that supervisors are supported to routinely and frequently "
           "debrief officers on these skills using body-worn video footage.",
           BP, dt.date(2022, 8, 1)),
    "L3": (11906, "L", NAT, BWV_2021, BP, dt.date(2022, 8, 1)),
    "L4": (11907, "L", NAT, "The Home Office and the NPCC should take steps to ensure that the "
           "quality of the data collected on the number of incidents where force has been used "
           "to effect a stop and search is sufficient for publication. The Home Office should "
           "publish this data as soon as possible.", NFA, dt.date(2021, 3, 15)),
    "L5": (11908, "L", NAT, "By July 2021, forces should ensure they have effective internal "
           "monitoring processes on the use of force, to help them to identify and understand "
           "disproportionate use, explain the reasons and implement any necessary improvement "
           "action.", AR, dt.date(2021, 2, 26)),
    "S1": (12650, "S", AFI, "The force should improve its understanding of the nature and scale "
           "of county lines drug dealing in its area.", BP, dt.date(2023, 1, 9)),
    "S2": (12651, "S", AFI, "The force should make sure investigations of rape and serious sexual "
           "offences are allocated to officers with the right skills and are effectively "
           "supervised.", BP, dt.date(2023, 1, 9)),
    "S3": (12652, "S", AFI, "The force should improve the timeliness of its response to calls for "
           "service involving domestic abuse.", BP, dt.date(2023, 1, 9)),
    "S4": (12653, "S", AFI, "The force should make sure victims of stalking and harassment are "
           "kept informed about the progress of their case, in line with the Code of Practice "
           "for Victims of Crime.", CO, dt.date(2024, 7, 15)),
    "S5": (12654, "S", AFI, "The force should make sure it consistently uses ancillary orders "
           "and other powers to protect victims of violence against women and girls.",
           BP, dt.date(2023, 1, 9)),
    "S6": (12655, "S", AFI, "The force should improve the way it manages the risk posed by "
           "offenders involved in online child sexual abuse.", BP, dt.date(2023, 1, 9)),
    "S7": (12656, "S", AFI, "The force should make sure its performance framework gives senior "
           "leaders a clear picture of its response to anti-social behaviour.",
           BP, dt.date(2023, 1, 9)),
    "S8": (12657, "S", AFI, "The force should make sure it has enough specialist capacity and "
           "capability to investigate fraud.", BP, dt.date(2023, 1, 9)),
    "S9": (12658, "S", AFI, "The force should make sure officers and staff have the training "
           "they need to identify and respond to vulnerable adults.", BP, dt.date(2023, 1, 9)),
    "S10": (12659, "S", AFI, "The force should develop a problem-solving approach to "
            "neighbourhood crime, working with local communities and partners.",
            CO, dt.date(2024, 2, 12)),
    "T1": (15120, "T", COC, "The force does not have the capacity or capability to investigate "
           "crime effectively and this is affecting the service being provided to the public. "
           "There are failings in the way that crimes are being investigated.",
           AR, dt.date(2024, 6, 20)),
    "T2": (15121, "T", REC, "Within three months, the force should conduct a review of officers’ "
           "capabilities and capacity to manage their investigative workload, to better "
           "understand investigative demand and the pressures placed upon them.",
           AR, dt.date(2024, 6, 20)),
    "T3": (15122, "T", REC, "Within six months the force should improve its use of its "
           "crime-recording and management system to better manage its case files and "
           "investigative processes.", AR, dt.date(2024, 6, 20)),
    "T4": (15123, "T", AFI, "The force should improve how it gathers, assesses and acts on "
           "intelligence about serious and organised crime.", AR, dt.date(2024, 6, 20)),
    "T5": (15124, "T", AFI, "The force should evaluate its work to prevent knife crime and share "
           "what works across the force.", AR, dt.date(2024, 6, 20)),
    "T6": (15125, "T", AFI, "The force should make sure it has access to accurate data and "
           "analysis to support effective performance management.", AR, dt.date(2024, 6, 20)),
}

OPEN = {BP, AR}

# HMICFRS list order: publication date, then register id
H_ORDER = sorted(H, key=lambda k: (REPORTS[H[k][1]][1], H[k][0]))
HMI_SHEET = "Definitive list"
HMI_FIRST_ROW = 5  # title, extract line, blank, header -> items from Excel row 5
H_ROW = {k: HMI_FIRST_ROW + i for i, k in enumerate(H_ORDER)}

# --------------------------------------------------------------------------------------------
# Force side: SharePoint list "HMICFRS Recommendations", exported by a Power Automate flow
# --------------------------------------------------------------------------------------------
SITE = "https://gloucestershirepolice.sharepoint.com/sites/OrgLearning"
LIST_ID = "%7B3F2A9C41-7D0E-4B8A-9C55-1E6B2D7F8A03%7D"
CT_ITEM = "0x0100B7A41E2C9D5F4A4E8E1C0D2F3A6B7C8D00"
CT_FOLDER = "0x0120005E4C1A9B3D2F7E4C8A9B0C1D2E3F4A5B"
REF_T = "#Microsoft.Azure.Connectors.SharePoint.SPListExpandedReference"
USER_T = "#Microsoft.Azure.Connectors.SharePoint.SPListExpandedUser"

LOOKUP = {  # Inspection Reports list (lookup target): Id -> Title
    1: "Stop & Search 2013", 2: "Everyone's Business (DA) 2014", 3: "Policing in Austerity 2014",
    4: "Core Business 2014", 5: "Integrity Matters 2015", 6: "Stop & search powers 2 (2015)",
    7: "Building the Picture 2015", 8: "Firearms licensing 2015", 9: "PEEL Efficiency 2015",
    10: "PEEL Effectiveness 2016", 11: "Stolen Freedom (MSHT) 2017", 12: "PEEL Efficiency 2017",
    13: "PEEL Efficiency 17 (all forces)", 14: "PEEL Legitimacy 2017",
    15: "PEEL Legit 17 S&S (national)", 16: "NCPI 2018", 17: "CDI 2019",
    18: "Police powers spotlight (Feb 21)", 19: "PEEL 2021/22", 20: "PEEL Effectiveness 2015",
    21: "Force improvement plan", 22: "Internal audit 2023/24",
    23: "Vetting, misconduct & misogyny (Nov 22)", 24: "PEEL 2023/25", 25: "JAC",
}
TYPES = ["Recommendation", "AFI", "Cause of Concern", "National rec", "Local action"]
RAGS = ["Red", "Amber", "Green – implemented", "White – not for force"]

PEOPLE = {
    "acc": ("Okonkwo-Reid, Dana (ACC)", "dana.okonkwo-reid", "Chief Officer Group",
            "Assistant Chief Constable"),
    "crime": ("Pemberton, Giles (Det Ch Supt)", "giles.pemberton", "Crime & Justice",
              "Head of Crime"),
    "pp": ("Aldous, Fern (Ch Supt)", "fern.aldous", "Public Protection",
           "Head of Public Protection"),
    "ccc": ("Marchetti, Owen (Supt)", "owen.marchetti", "Contact Management",
            "Superintendent Contact Centre"),
    "fcr": ("Threlfall, Nia", "nia.threlfall", "Information Management", "Force Crime Registrar"),
    "psd": ("Brannigan, Hugh (Supt)", "hugh.brannigan", "Professional Standards",
            "Head of Professional Standards"),
    "people": ("Castellanos, Ivy", "ivy.castellanos", "People Directorate", "Director of People"),
    "fel": ("Whitlock, Bram (Insp)", "bram.whitlock", "Firearms & Explosives Licensing",
            "Firearms Licensing Manager"),
    "corp": ("Ashdown, Colette", "colette.ashdown", "Corporate Development",
             "Head of Corporate Development"),
    "cust": ("Devlin, Ruairi (Ch Insp)", "ruairi.devlin", "Criminal Justice & Custody",
             "Custody Manager"),
    "lp": ("Haverford, Lena (Supt)", "lena.haverford", "Local Policing",
           "Superintendent Neighbourhood Policing"),
    "fin": ("Greatorex, Simon", "simon.greatorex", "Finance", "Director of Finance"),
    "ol": ("Kerswell, Tamsin", "tamsin.kerswell", "Organisational Learning",
           "Risk & Organisational Learning Manager"),
    "an": ("Pryce, Alun", "alun.pryce", "Organisational Learning", "Organisational Learning Analyst"),
}


def person(key):
    if key is None:
        return "", ""
    name, user, dept, title = PEOPLE[key]
    claims = f"i:0#.f|membership|{user}@gloucestershire.police.uk"
    obj = {
        "@odata.type": USER_T,
        "Claims": claims,
        "DisplayName": name,
        "Email": f"{user}@gloucestershire.police.uk",
        "Picture": f"{SITE}/_layouts/15/UserPhoto.aspx?Size=L&AccountName={user}%40gloucestershire.police.uk",
        "Department": dept,
        "JobTitle": title,
    }
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")), claims


def ref_obj(i, value):
    return json.dumps({"@odata.type": REF_T, "Id": i, "Value": value}, ensure_ascii=False,
                      separators=(",", ":"))


def utc(d: dt.datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def local_midnight_utc(d: dt.date) -> str:
    """A date-and-time column set to a UK local date: SharePoint stores UTC (BST = UTC+1)."""
    bst = _is_bst(d)
    t = dt.datetime(d.year, d.month, d.day) - dt.timedelta(hours=1 if bst else 0)
    return utc(t)


def _is_bst(d: dt.date) -> bool:
    def last_sunday(y, m):
        x = dt.date(y, m, 31)
        return x - dt.timedelta(days=(x.weekday() + 1) % 7)
    return last_sunday(d.year, 3) <= d < last_sunday(d.year, 10)


def D(s):
    return dt.date.fromisoformat(s)


# Force rows, in SharePoint ID order (the order "Get items" returns).
# Each dict: id, title, ref, rep (lookup id or None), typ (TYPES index or None), text, lead,
# rag (RAGS index or None), upd, target, submitted, closed (True/False/None), dclosed,
# folder, created, modified, author, editor, ver, att, maps [hmicfrs keys], cat, why;
# kind = "item" | "folder" | "template" | "test".
MIG = dt.datetime(2021, 4, 19, 8, 0, 0)  # migration from the old Excel tracker (UTC)

F = []


def add(**kw):
    kw.setdefault("kind", "item")
    for k in ("title", "ref", "rep", "typ", "text", "lead", "rag", "upd", "target", "submitted",
              "closed", "dclosed", "folder", "att", "maps", "cat", "why"):
        kw.setdefault(k, None)
    F.append(kw)


ARCH = "Archive – pre 2019"
CLOSED = "Closed items"

add(id=1, kind="template", title="TEMPLATE - copy this item, do not edit",
    text="Paste the HMICFRS wording here exactly as it appears on the definitive list.",
    upd="dd/mm/yy – update (newest first)", closed=False, created=dt.datetime(2021, 4, 16, 14, 2, 51),
    author="ol")
add(id=2, kind="folder", title=ARCH, created=dt.datetime(2021, 4, 19, 7, 41, 9), author="ol")
add(id=3, title="S&S 2013 R1 – APP spec of effective & fair S&S", ref="1187", rep=1, typ=3,
    text="CCs and the CoP should establish in the S&S APP a clear specification of what "
         "constitutes the effective and fair exercise of S&S powers, and guidance in this respect.",
    lead="acc", rag=3, upd="Not the force's responsibility to deliver; dependent upon another "
    "organisation (College of Policing). APP published 2014.", closed=True, dclosed=D("2019-02-14"),
    folder=ARCH, maps=["A1"], cat="in_sync",
    why="Ref 1187 and text agree (S&S 2013 rec 1). HMICFRS 'No further action required' = closed; "
        "force RAG White (not for force) and Closed=true in the archive folder = done.")
add(id=4, title="S&S 2013 R2 – monitoring of S&S", ref="1188", rep=1, typ=3,
    text="Chief Constables should establish or improve monitoring of the way officers stop and "
         "search people so they can be satisfied officers are acting in accordance with the law "
         "(incl. equality legislation & Code of Practice) and that the power is used effectively "
         "to prevent crime, catch criminals and maintain public trust.",
    lead="acc", rag=2, upd="S&S scrutiny board in place; monthly monitoring pack.", closed=True,
    dclosed=D("2016-05-09"), folder=ARCH, att=True, maps=["A2"], cat="in_sync",
    why="Ref 1188 and text agree. HMICFRS Complete; force Closed=true (archive folder, Green).")
add(id=5, title="S&S – explain use of powers to public & community scrutiny of records "
                "(2013 R3 / 2015 R1)", ref="1189 / 5140", rep=1, typ=3,
    text="2013 R3 and S&S powers 2 (2015) R1 are the same ask – comply with the Code of Practice "
         "by explaining to the public the way S&S powers are used in our area and by arranging "
         "for S&S records to be scrutinised by community reps, involving those who are stopped "
         "and searched e.g. young people. Tracked as ONE item.",
    lead="acc", rag=2, upd="Independent S&S scrutiny panel meets quarterly; data published on "
    "website.", closed=True, dclosed=D("2018-07-16"), folder=ARCH, att=True, maps=["A3", "F1"],
    cat="in_sync",
    why="One force row holds two HMICFRS items: it names both refs 1189 and 5140 and says they "
        "are tracked as one. Both HMICFRS items are closed (1189 Superseded, 5140 Complete) and "
        "the force row is Closed=true, so each line is in_sync.")
add(id=6, title="DA action plan (Everyone's Business)", ref="2321", rep=2, typ=3,
    text="By Sept 2014 every force should establish & publish a DA action plan specifying in "
         "detail what steps it will take to improve its approach to DA. Plan developed in "
         "consultation with PCCs, DA support orgs and victims' reps; after consideration of all "
         "the recs in the report; with reference to DHRs & IPCC findings; drawing on CPS "
         "scrutiny panels & MARAC self-assessments.",
    lead="pp", rag=1, upd="09/10/24 – DA action plan 2024/25 agreed at DA Strategic Board.\n"
    "12/10/23 – plan refreshed annually; keep open until HMICFRS confirm.", target=D("2025-03-31"),
    closed=False, maps=["B1"], cat="closeable_local",
    why="Ref 2321 and text agree. HMICFRS has it Superseded (closed); the force row is Amber, "
        "Closed=false, so the force should close its own entry.")
add(id=7, title="Policing in Austerity – all 4 recs", ref="", rep=3, typ=3,
    text="Review plans to deliver savings (use HMIC VfM profiles); assess scope to improve where "
         "<10% of savings via collaboration; assess whether decisive action taken to maintain "
         "crime-fighting capacity where front line reducing; review collaboration plans before "
         "next spending round. (Recs 1–4, all CCs & PCCs)",
    lead="fin", rag=1, upd="Addressed holistically as part of the force change programme.\n"
    "MTFP refresh to be presented Feb 25.", target=D("2025-02-28"), closed=False,
    maps=["C1", "C2", "C3", "C4"], cat="closeable_local",
    why="One force row summarises all four Policing in Austerity recs (savings, <10% collaboration, "
        "front-line capacity, collaboration plans), so it is paired with each of 2610-2613. HMICFRS "
        "has all four 'No further action required' (closed); the force row is Amber and open.")
add(id=8, title="Core Business – THR criteria for call handlers", ref="4822", rep=4, typ=3,
    text="Not later than 31 March 2015 forces using a threat, harm & risk policy should provide "
         "call-handlers with specific, sound and comprehensible criteria against which they can "
         "assess threat, harm and risk.",
    lead="ccc", rag=2, upd="12/02/24 – THRIVE+ embedded in contact centre; QA dip sample Jan 24 "
    "98% compliant. Completed. Evidence submitted to HMICFRS for closure.",
    submitted=D("2024-02-12"), closed=False, att=True, maps=["D1"], cat="closeable_submit",
    why="Ref 4822 and text agree. HMICFRS Being progressed (open); force Green – implemented with "
        "a closure submission date, i.e. done.")
add(id=9, title="Core Business – record & evaluate prevention activity", ref="4823", rep=4, typ=3,
    text="By 31 March 2015 all forces should ensure crime prevention or disruption activity is "
         "systematically recorded and subsequently evaluated to determine effectiveness of "
         "tactics.", lead="lp", rag=2, upd="Problem-solving database live.", closed=True,
    dclosed=D("2018-02-12"), folder=ARCH, maps=["D2"], cat="in_sync",
    why="Ref 4823 and text agree; HMICFRS Complete, force Closed=true (archive).")
add(id=10, title="Integrity Matters – misconduct NFA outcomes fair & free from discrimination",
    ref="902", rep=5, typ=3,
    text="By 31 Aug 2015 all CCs should satisfy themselves they have processes in place to ensure "
         "that investigations into misconduct by officers & staff resulting in 'no further "
         "action' are fair and free of any form of discrimination.",
    lead="psd", rag=1, upd="01/03/22 – PSD disproportionality review complete; HMICFRS closed "
    "on portal. Moved to Closed items.\n14/06/21 – review of NFA outcomes by protected "
    "characteristic under way.", closed=True, dclosed=D("2022-03-01"), folder=CLOSED, att=True,
    maps=["E1"], cat="in_sync",
    why="Ref 902 and text agree. The RAG choice was left at Amber when the item was closed, but "
        "Closed=true, a closed date and the Closed items folder show the force treats it as done; "
        "HMICFRS Complete, so both closed.")
add(id=11, title="Building the Picture – APP info mgmt audits", ref="5391", rep=None, typ=3,
    text="By 30 Nov 2015 CCs should put in place arrangements to scrutinise audits of compliance "
         "with the APP on information management through the force IM governance structure. "
         "Incl. measures to ensure categorisation of records are regularly adjusted.",
    lead="fcr", rag=1, upd="MoPI review backlog being worked through; IM Board oversight.",
    target=D("2025-06-30"), closed=False, maps=["G1"], cat="in_sync",
    why="Report lookup is empty (the lookup entry was deleted) but ref 5391 and the text agree "
        "with Building the picture. Both open (Being progressed / Amber).")
add(id=12, title="Firearms licensing – governance vs APP", ref="5712", rep=8, typ=3,
    text="Within 3 months CCs should assess how well the governance of firearms licensing in the "
         "force meets the standards in APP; put in place correct arrangements immediately where "
         "not complied with.", lead="fel", rag=2, upd="Governance review to FEL Board Dec 15.",
    closed=True, dclosed=D("2017-02-06"), folder=ARCH, maps=["H1"], cat="in_sync",
    why="Ref 5712 and text agree; HMICFRS Complete, force Closed=true.")
add(id=13, title="Firearms licensing – 'total expired' records", ref="5714", rep=8, typ=3,
    text="Immediately, CCs should satisfy themselves that all appropriate action is being taken "
         "with regard to 'total expired' licensing records.", lead="fel", rag=2,
    upd="All total expired records reviewed.", closed=True, dclosed=D("2017-02-06"), folder=ARCH,
    maps=["H3"], cat="in_sync",
    why="Ref 5714 and text agree; HMICFRS Complete, force Closed=true.")
add(id=14, title="Firearms licensing – temporary permits", ref="5715", rep=8, typ=3,
    text="Within 3 months CCs should ensure arrangements for temporary permits are in accordance "
         "with HO guidance; recorded without delay on NFLMS; effective systems so certificate "
         "holders are not in unlawful possession of a firearm at any time.",
    lead="fel", rag=1, upd="Permit process rewritten; NFLMS audit due Q4.", target=D("2025-03-31"),
    closed=False, maps=["H4"], cat="in_sync",
    why="Ref 5715 and text agree; both open (Being progressed / Amber).")
add(id=15, title="Firearms licensing – flag cert holders before attendance", ref="5716", rep=8,
    typ=3, text="Within 3 months CCs should ensure systems to identify, prior to police "
    "attendance, whether an incident involves or is at the address of a firearm certificate "
    "holder are in place and always applied by staff dispatching officers; officers understand "
    "the risk assessment and their power to seize firearms and certificates.",
    lead="ccc", rag=2, upd="30/07/24 – STORM flag for all certificate holders live since "
    "March; dispatcher briefing complete. Evidence submitted to HMICFRS for closure.",
    submitted=D("2024-07-30"), closed=False, maps=["H5"], cat="closeable_submit",
    why="Ref 5716 and text agree. HMICFRS Being progressed; force Green with closure submitted.")
add(id=17, title="PEEL Eff 2015 – understanding of demand", ref="5950", rep=9, typ=1,
    text="The force should undertake further work to gain a fuller understanding of current "
         "demand for its services and likely future changes in demand, so it can match "
         "resources to demand.",
    lead="corp", rag=1, upd="Demand work now part of the Force Management Statement cycle.",
    target=D("2025-05-31"), closed=False, maps=["X1"], cat="closeable_local",
    why="Ref 5950 and text agree (PEEL efficiency 2015 AFI). HMICFRS Superseded (closed); force "
        "still Amber and open.")
add(id=18, title="PEEL Effectiveness 2015 – hate crime analysis into strategic assessment",
    ref="5871", rep=20, typ=1,
    text="The force should make sure its analysis of hate crime informs its strategic assessment "
         "and control strategy.", lead="lp", rag=1,
    upd="Hate crime problem profile refresh due Q4.", target=D("2025-03-31"), closed=False,
    cat="not_on_hmicfrs_list",
    why="PEEL Effectiveness 2015 AFI, ref 5871: there is no PEEL effectiveness 2015 report and no "
        "ref 5871 on the HMICFRS list, and no listed item asks about hate crime analysis. Query "
        "with HMICFRS (probably closed and dropped).")
add(id=19, title="PEEL Eff 16 CoC – DA risk assessment (DASH)", ref="7102", rep=10, typ=2,
    text="CoC: force response to DA. Policy allowing officer discretion to complete DASH in some "
         "crimes/incidents does not give confidence risk is always assessed appropriately; where "
         "no DASH, officer should record an assessment on the crime mgmt system; officers not "
         "consistently completing DASH where policy requires.",
    lead="pp", rag=1, upd="Covered by the Vulnerability Improvement Delivery Plan; see latest "
    "plan update.", target=D("2025-03-31"), closed=False, maps=["M1"], cat="in_sync",
    why="Ref 7102, type (cause of concern) and text agree; both open.")
add(id=20, title="PEEL Eff 16 Rec – supervision of initial risk assessment", ref="7103", rep=10,
    typ=0, text="To address the CoC – take steps to ensure effective supervision of the initial "
    "risk assessment process, specifically completion of DASH in appropriate cases.",
    lead="pp", rag=2, upd="20/11/23 – all DA incidents risk-assessed; supervisor review "
    "mandatory on Niche. Completed. Evidence submitted to HMICFRS for closure.",
    submitted=D("2023-11-20"), closed=False, att=True, maps=["M2"], cat="closeable_submit",
    why="Ref 7103 and text agree. HMICFRS Being progressed; force Green with closure submitted.")
add(id=21, title="PEEL Eff 16 AFI – RUI and bail", ref="7104", rep=10, typ=1,
    text="The force should improve its understanding of suspects released under investigation (RUI) "
         "and the management of those released on bail.",
    lead="crime", rag=1, upd="Bail & RUI dashboard in development; reliant on Niche upgrade.",
    target=D("2025-01-31"), closed=False, maps=["M3"], cat="closeable_local",
    why="Ref 7104 and text agree. HMICFRS Complete (closed Nov 2023); force still Amber, open.")
add(id=22, title="PEEL Eff 16 AFI – supervision of investigations", ref="7105", rep=10, typ=1,
    text="Improve supervision of investigations so investigation plans are set, reviewed & "
         "recorded and victims receive a consistently good service.",
    lead="crime", rag=2, upd="Superseded by CDI 2019 / PEEL 21-22 investigation work.",
    closed=True, dclosed=D("2019-01-21"), folder=ARCH, maps=["M4"], cat="in_sync",
    why="Ref 7105 and text agree; HMICFRS Superseded (closed) and force Closed=true.")
add(id=23, title="Stolen Freedom – MSHT leadership & governance", ref="8290", rep=11, typ=3,
    text="Within twelve months, forces should review their leadership and governance "
         "arrangements for MSHT, to ensure that:\n"
         "• senior leaders prioritise the response to MSHT;\n"
         "• every incident of modern slavery identified to police is allocated appropriate "
         "resources with the skills, experience and capacity to investigate it effectively; and\n"
         "• performance and QA measures are in place to allow senior leaders to assess the "
         "nature and quality of the service provided to victims.",
    lead="crime", rag=1, upd="MSHT gold group chaired by ACC; performance framework drafted.",
    target=D("2025-03-31"), closed=False, maps=["I1"], cat="conflict",
    why="Ref 8290 and wording match the Stolen freedom leadership rec, but the force copy has "
        "three bullets, not four: the bullet on effective partnership arrangements to share "
        "information and safeguard victims is missing. Both open; conflict on the missing bullet.")
add(id=24, title="Stolen Freedom – info sharing agreements", ref="8291", rep=11, typ=3,
    text="Within 6 months, forces should have in place active ISAs with other agencies to "
         "facilitate speedy exchange of intelligence and to safeguard victims better and "
         "identify suspects as early as possible",
    lead="crime", rag=2, upd="ISAs signed with all 6 district councils and county council.",
    closed=True, dclosed=D("2020-02-17"), folder=CLOSED, maps=["I2"], cat="in_sync",
    why="Ref 8291 and text agree; HMICFRS Complete and force Closed=true.")
add(id=25, title="Stolen Freedom – s45 defence", ref="8292", rep=11, typ=3,
    text="Immediately, forces should ensure all victims carrying out criminal acts under "
         "compulsion attributable to slavery or exploitation are afforded early and continuing "
         "consideration of the s45 defence.", lead="crime", rag=1,
    upd="CPS liaison; s45 guidance in investigators' toolkit.", target=D("2024-12-31"),
    closed=False, maps=["I3"], cat="in_sync",
    why="Ref 8292 and text agree; both open.")
add(id=26, title="Stolen Freedom – NRM & duty to notify", ref="8293", rep=11, typ=3,
    text="Immediately, forces should take steps to ensure they are fully compliant with the NRM "
         "process and the MSA 2015 duty to notify the HO of any individual suspected to be an "
         "adult victim of MSHT.", lead="crime", rag=1,
    upd="MSHT SPOC reviewing NRM referrals monthly.", target=D("2024-12-31"), closed=False,
    maps=["I4"], cat="closeable_local",
    why="Ref 8293 and text agree. HMICFRS Complete (Mar 2024); force still Amber, open.")
add(id=27, title="Stolen Freedom – NCRS compliance for MSHT", ref="8294", rep=11, typ=3,
    text="Immediately, forces should take steps to ensure they fully comply with NCRS "
         "requirements for offences identified as MSHT and that sufficient audit capacity is "
         "available to the FCR to provide reassurance on gaps in crime-recording accuracy for "
         "these offences.", lead="fcr", rag=2,
    upd="MSHT added to FCR audit schedule; 2 audits complete, 97% compliant. Ready to move to "
    "GREEN status.", submitted=D("2024-09-02"), closed=False, maps=["I5"], cat="closeable_submit",
    why="Ref 8294, report (Stolen freedom) and the 'audit capacity ... force crime registrar' "
        "wording match 8294 (not the shorter CDI 2019 NCRS rec 10428). HMICFRS Being progressed; "
        "force Green with a closure submission date.")
add(id=28, title="Stolen Freedom – MSHT investigations", ref="8295", rep=11, typ=3,
    text="Immediately, forces should ensure allegations or indications of MSHT are thoroughly "
         "investigated and effectively supervised by teams with the skills and experience "
         "(incl. joint intelligence teams and other means to obtain intelligence/evidence from "
         "agencies overseas).", lead="crime", rag=1, upd="", target=D("2025-03-31"),
    closed=False, maps=["I6"], cat="in_sync", why="Ref 8295 and text agree; both open.")
add(id=29, title="Stolen Freedom – preventative powers (STPO/STRO)", ref="8296", rep=11, typ=3,
    text="Immediately, forces should review their use of preventative powers under the MSA 2015 "
         "to ensure opportunities to restrict those posing a clear threat to others re MSHT are "
         "exploited.", lead="crime", rag=1, upd="STPO applications tracked at MSHT gold group.",
    target=D("2025-03-31"), closed=False, maps=["I7"], cat="in_sync",
    why="Ref 8296 and text agree; both open (Awaiting review / Amber).")
add(id=30, title="PEEL Efficiency 17 – control room resourcing", ref="8481", rep=12, typ=0,
    text="The force should ensure that it has sufficient resources available in the control room "
         "to fulfil its resourcing model, and so to meet its demand, while also taking into "
         "account the wellbeing of its workforce.", lead="ccc", rag=1,
    upd="Demand & capacity review of the FCC complete; recruitment of 18 call handlers under way.",
    target=D("2025-03-31"), closed=False, maps=["N1"], cat="conflict",
    why="Ref 8481 and text agree word for word, both open, but the force records the item as a "
        "Recommendation while HMICFRS lists it as an Area for improvement: type conflict.")
add(id=31, title="PEEL Efficiency 17 – outcomes, outputs & costs", ref="8482", rep=12, typ=1,
    text="Develop understanding of the links between outcomes, outputs and costs.",
    lead="fin", rag=2, upd="Activity-based costing model agreed.", closed=True,
    dclosed=D("2020-09-14"), folder=CLOSED, maps=["N2"], cat="in_sync",
    why="Ref 8482 and text agree; HMICFRS Complete, force Closed=true.")
add(id=32, title="PEEL Efficiency 17 – future workforce plan", ref="8483", rep=12, typ=1,
    text="Develop a future workforce plan aligned with overall demand and budget, incl. future "
         "resource allocations, the mix of skills required and behaviours expected.",
    lead="people", rag=1, upd="Strategic Workforce Plan 2024–27 in draft.", target=D("2025-04-30"),
    closed=False, maps=["N3"], cat="in_sync", why="Ref 8483 and text agree; both open.")
add(id=33, title="PEEL Efficiency 17 (all forces) – digital services plan", ref="8480", rep=13,
    typ=3, text="By September 2019, CCs should produce an ambitious plan to improve "
    "digitally-enabled services within their force. HO, NPCC and APCC to support via a national "
    "framework.", lead="corp", rag=1, upd="Digital strategy refresh – linked to national "
    "Digital Policing portfolio.", target=D("2025-06-30"), closed=False, maps=["J1"],
    cat="conflict",
    why="Ref 8480 and the ask (ambitious plan for digitally-enabled services) match, both open, "
        "but the force text gives the deadline as September 2019 where HMICFRS says September "
        "2018: deadline conflict.")
add(id=34, title="PEEL Legitimacy 17 – vetting clearance for all staff", ref="8560", rep=14,
    typ=1, text="The force should ensure all staff have at least the lowest level of vetting "
    "clearance for their roles as quickly as possible, clearing both the backlog and renewals, "
    "so it complies fully with national vetting guidelines.", lead="psd", rag=2,
    upd="02/09/24 – backlog cleared; renewals within SLA for 6 months. Evidence submitted to "
    "HMICFRS for closure.", submitted=D("2024-09-02"), closed=False, att=True, maps=["O1"],
    cat="closeable_submit",
    why="Ref 8560 and text agree. HMICFRS Being progressed; force Green with closure submitted.")
add(id=35, title="PEEL Legitimacy 17 – confidential reporting / whistleblowing", ref="8561",
    rep=14, typ=1, text="Make sure the force provides a confidential way for staff to raise "
    "concerns and that staff are aware of whistleblowing processes.", lead="psd", rag=2,
    upd="Confidential reporting line relaunched.", closed=True, dclosed=D("2019-11-25"),
    folder=CLOSED, maps=["O2"], cat="in_sync",
    why="Ref 8561 and text agree; HMICFRS Complete, force Closed=true.")
add(id=36, title="PEEL Legitimacy 17 – cautions, CWs & PNDs", ref="8562", rep=14, typ=1,
    text="Revise approach to cautions, cannabis warnings and PNDs – clear & auditable explanation "
         "to the offender of implications; for victim-based crimes auditable record that victim's "
         "views are considered prior to issue.", lead="crime", rag=1,
    upd="Two-tier framework implementation; OOCD scrutiny panel.", target=D("2025-03-31"),
    closed=False, maps=["O3"], cat="in_sync", why="Ref 8562 and text agree; both open.")
add(id=37, title="PEEL Legit 17 – CoC S&S reasonable & fair", ref="8538", rep=15, typ=2,
    text="HMICFRS concerned forces can't demonstrate S&S is consistently reasonable and fair; "
         "over-representation of BAME people, and black people in particular, which many forces "
         "are unable to explain.", lead="acc", rag=1,
    upd="Disproportionality action plan – see 8541 rows.", target=D("2025-03-31"), closed=False,
    maps=["K1"], cat="in_sync",
    why="Ref 8538, type (cause of concern) and text agree; both open.")
add(id=38, title="8541 (a) – reasons for disproportionality", ref="8541", rep=15, typ=3,
    text="By July 2018 monitor S&S data to understand the reasons for any disproportionate "
         "representation of different ethnic groups in the use of S&S.", lead="acc", rag=2,
    upd="Monthly disproportionality dashboard live.", closed=False, maps=["K2"], cat="in_sync",
    why="Part (a) of 8541, split by the force into three rows (38-40 by ID) one per bullet. Parts "
        "(a) and (b) are Green but part (c) is Amber, so the item is not done on the force side; "
        "HMICFRS Being progressed: both open.")
add(id=39, title="8541 (b) – find rates by ethnicity & search type", ref="8541", rep=15, typ=3,
    text="...the extent to which find rates differ between people from different ethnicities and "
         "across different types of searches (incl. separate find rates for drug possession and "
         "supply-type offences).", lead="acc", rag=2, upd="Find rates in quarterly S&S report.",
    closed=False, maps=["K2"], cat="in_sync",
    why="Part (b) of 8541 (force split). Item open overall because part (c) is Amber; HMICFRS open.")
add(id=40, title="8541 (c) – possession-only drug searches", ref="8541", rep=15, typ=3,
    text="...the prevalence of possession-only drug searches and the extent to which these align "
         "with local or force priorities.", lead="acc", rag=1,
    upd="Analyst capacity – possession-only analysis due Dec 24.", target=D("2024-12-31"),
    closed=False, maps=["K2"], cat="in_sync",
    why="Part (c) of 8541 (force split), still Amber; HMICFRS open: both open.")
add(id=41, title="PEEL Legit 17 – disparities: research & action", ref="8539", rep=15, typ=3,
    text="Where disparities identified, demonstrate to the public research & analysis to "
         "understand the reasons, and action taken to reduce the disparity where necessary.",
    lead="acc", rag=2, upd="Disproportionality research by university partner published; action "
    "plan on website. Evidence submitted to HMICFRS for closure.", submitted=D("2024-04-15"),
    closed=False, maps=["K3"], cat="closeable_submit",
    why="Ref 8539 and text agree. HMICFRS Being progressed; force Green, closure submitted.")
add(id=42, title="PEEL Legit 17 – publish analysis annually", ref="8540", rep=15, typ=3,
    text="Publish this analysis and any actions taken at least annually from July 2018.",
    lead="acc", rag=2, upd="Annual S&S report published each July.", closed=True,
    dclosed=D("2021-05-24"), folder=CLOSED, maps=["K4"], cat="in_sync",
    why="Ref 8540 and text agree; HMICFRS Complete, force Closed=true.")
add(id=43, title="PEEL Legit 17 – unconscious bias training for S&S officers", ref="8524",
    rep=15, typ=3, text="By July 2018, and ongoing, ensure all officers who use S&S powers have "
    "been provided with, and understand, training on unconscious bias and CoP APP on S&S.",
    lead="people", rag=1, upd="Training compliance 91%; refresher on CPD days.",
    target=D("2025-03-31"), closed=False, maps=["K5"], cat="conflict",
    why="Text, report and type are those of 8542 (unconscious bias training), but the force ref "
        "reads 8524, which is no item on the list (digits transposed). Both open; conflict on the "
        "reference.")
add(id=44, title="NCPI 2018 – detention of children in custody", ref="9310", rep=16, typ=0,
    text="Within 6 months, with children's social care, review how we manage the detention of "
         "children. As a minimum:\n"
         "• children only detained when absolutely necessary and for the minimum time;\n"
         "• early assessment of need for alternative accommodation (secure or otherwise);\n"
         "• custody staff comply with statutory duty to complete detention certificates after "
         "charge;\n"
         "• record of all actions and decisions on the relevant documentation;\n"
         "• improve timeliness of appropriate adult support for children arrested.",
    lead="cust", rag=1, upd="Concordat on children in custody signed; PACE bed availability still "
    "an issue.", target=D("2025-03-31"), closed=False, maps=["P1"], cat="in_sync",
    why="Ref 9310 and text agree (all five bullets present); both open.")
add(id=45, title="NCPI 2018 – missing children approach", ref="9311", rep=16, typ=0,
    text="Within six months, the force should review its approach to reports of missing children "
         "and take steps to ensure that:\n"
         "• call takers understand and use the missing and absent category appropriately;\n"
         "• call takers and frontline staff can identify CSE risk factors and respond; and\n"
         "• supervisors provide the correct oversight of missing person enquiries.",
    lead="pp", rag=1, upd="Missing persons policy rewritten; absent category removed in line "
    "with APP.", target=D("2024-12-31"), closed=False, maps=["P2"], cat="conflict",
    why="Ref 9311 and the missing-children wording match, both open, but the force text says "
        "'Within six months' where HMICFRS says 'Within three months': timescale conflict.")
add(id=46, title="CDI 2019 – victims believed / incident logs / multiple crimes", ref="10472",
    rep=17, typ=0, text="Within six months put in place arrangements so that:\n"
    "• at point of report victims are believed;\n"
    "• call handler conversations summarised accurately in the incident log;\n"
    "• multiple crimes always recorded;\n"
    "• no waiting for medical exams / video interviews before recording decisions;\n"
    "• online reports triaged at point of receipt.", lead="fcr", rag=2,
    upd="13/05/24 – CDI audit Mar 24 shows 94% compliance. Evidence submitted to HMICFRS for "
    "closure.", submitted=D("2024-05-13"), closed=False, att=True, maps=["Q1"], cat="conflict",
    why="The text is the CDI 2019 'victims are believed' recommendation (10427), but the force ref "
        "reads 10472, which is the register id of the CDI domestic abuse recording AFI (tracked "
        "separately and correctly on its own row). Matched by text and report to 10427; "
        "reference conflict to fix before the submission (the force has it Green, HMICFRS open).")
add(id=47, title="CDI 2019 – NCRS for MSHT", ref="10428", rep=17, typ=0,
    text="Immediately, take steps to ensure the force fully complies with NCRS requirements for "
         "offences identified as MSHT.", lead="fcr", rag=1,
    upd="See also Stolen Freedom 8294.", target=D("2024-12-31"), closed=False, maps=["Q2"],
    cat="in_sync",
    why="Ref 10428, report (CDI 2019) and the short NCRS wording agree; both open.")
add(id=48, title="CDI 2019 AFI – DA recorded accurately & without delay", ref="10472", rep=17,
    typ=1, text="The force should make sure it records reports of DA accurately and without "
    "delay.", lead="fcr", rag=2, upd="DA crime recording audit 2021: 96%.", closed=True,
    dclosed=D("2021-07-05"), folder=CLOSED, maps=["Q3"], cat="in_sync",
    why="Ref 10472 and text agree; HMICFRS Complete, force Closed=true.")
add(id=49, title="Police powers – communication skills (conflict mgmt)", ref="11904", rep=18,
    typ=3, text="By July 2022, forces should ensure officers & staff have effective communication "
    "skills, in line with the National Policing Guidelines on Conflict Management, in addition "
    "to existing conflict management and de-escalation training.", lead="people", rag=1,
    upd="Communication skills module in OST from Apr 24.", target=D("2025-03-31"), closed=False,
    maps=["L1"], cat="in_sync", why="Ref 11904 and text agree; both open.")
add(id=50, title="Police powers – comms skills in CPD / BWV debriefs", ref="11905", rep=18,
    typ=3, text="By July 2021 ensure comms skills are reinforced as part of CPD for officers & "
    "staff, and supervisors supported to routinely debrief officers using BWV footage.",
    lead="people", rag=2, upd="Supervisor BWV debrief guide issued; CPD day content delivered. "
    "Evidence submitted to HMICFRS for closure.", submitted=D("2024-06-24"), closed=False,
    maps=["L2"], cat="closeable_submit",
    why="Ref 11905 and text agree. HMICFRS Being progressed; force Green, closure submitted.")
add(id=51, title="11906 pt 1 – record all S&S on BWV", ref="11906", rep=18, typ=3,
    text="By Sept 2021 ensure officers record on BWV the entirety of all S&S encounters, incl. "
         "traffic stops and use of force incidents.", lead="acc", rag=2,
    upd="BWV policy amended; compliance 96%.", closed=True, dclosed=D("2023-06-30"),
    folder=CLOSED, maps=["L3"], cat="closeable_submit",
    why="Part 1 of 11906 (force split the three paragraphs into three rows). All three parts are "
        "done on the force side (this one Closed=true in Closed items, the other two Green), so "
        "the item is done; HMICFRS Being progressed: submit for closure.")
add(id=52, title="11906 pt 2 – structured internal review of BWV footage", ref="11906", rep=18,
    typ=3, text="Structured process for regularly reviewing & monitoring internally a sufficient "
    "sample of BWV footage to identify and disseminate learning and hold officers to account.",
    lead="acc", rag=2, upd="Monthly dip sample by S&S lead; learning bulletins.", closed=False,
    maps=["L3"], cat="closeable_submit",
    why="Part 2 of 11906 (force split), Green; every part of the item is done, HMICFRS open.")
add(id=53, title="11906 pt 3 – scrutiny panel access to BWV", ref="11906", rep=18, typ=3,
    text="Provide external scrutiny panel members with access to samples of BWV footage showing "
         "S&S and use of force, taking account of CoP APP safeguards.", lead="acc", rag=2,
    upd="Panel views footage at each meeting since Jan 22.", closed=False, maps=["L3"],
    cat="closeable_submit",
    why="Part 3 of 11906 (force split), Green; every part done, HMICFRS open.")
add(id=54, title="Police powers – HO/NPCC use of force data (national)", ref="11907", rep=18,
    typ=3, text="The HO and the NPCC should ensure the quality of data on incidents where force has "
    "been used to effect a S&S is sufficient for publication. HO to publish.", lead=None, rag=3,
    upd="Not the force's responsibility to deliver; dependent upon another organisation.",
    closed=False, maps=["L4"], cat="in_sync",
    why="Ref 11907 and text agree. HMICFRS 'No further action required' (closed); force RAG "
        "White – not for force, which the force counts as done: both closed.")
add(id=55, title="Police powers – internal monitoring of use of force", ref="11908", rep=18,
    typ=3, text="By July 2021 ensure effective internal monitoring of use of force to identify and "
    "understand disproportionate use, explain reasons and implement improvement action.",
    lead="acc", rag=1, upd="Use of force data now in the S&S scrutiny pack.", target=D("2025-03-31"),
    closed=False, maps=["L5"], cat="in_sync",
    why="Ref 11908 and text agree; both open (Awaiting review / Amber).")
add(id=56, kind="folder", title=CLOSED, created=dt.datetime(2022, 1, 10, 11, 15, 2), author="ol")
add(id=57, title="PEEL 21/22 AFI – county lines understanding", ref="12650", rep=19, typ=1,
    text="The force should improve its understanding of the nature and scale of county lines "
         "drug dealing in its area.", lead="crime", rag=1, upd="County lines problem profile "
    "commissioned.", target=D("2025-01-31"), closed=False, maps=["S1"], cat="in_sync",
    why="Ref 12650 and text agree; both open.")
add(id=58, title="PEEL 21/22 AFI – RASSO allocation & supervision", ref="12651", rep=19, typ=1,
    text="Make sure investigations of RASSO are allocated to officers with the right skills and "
         "are effectively supervised.", lead="crime", rag=2,
    upd="Op Soteria model embedded; RASSO team uplift complete. Evidence submitted to HMICFRS for "
    "closure.", submitted=D("2024-03-25"), closed=False, maps=["S2"], cat="closeable_submit",
    why="Ref 12651 and text agree (RASSO = rape and serious sexual offences). HMICFRS Being "
        "progressed; force Green, closure submitted.")
add(id=59, title="PEEL 21/22 AFI – DA call response times", ref="12652", rep=19, typ=1,
    text="Improve the timeliness of response to calls for service involving DA.", lead="ccc",
    rag=1, upd="Attendance times improving – see perf pack.", target=D("2025-03-31"),
    closed=False, maps=["S3"], cat="in_sync", why="Ref 12652 and text agree; both open.")
add(id=60, title="PEEL 21/22 AFI – stalking victims kept informed", ref="12653", rep=19, typ=1,
    text="Make sure victims of stalking & harassment are kept informed about the progress of "
         "their case, in line with the VCOP.", lead="pp", rag=1,
    upd="VCOP compliance audit scheduled Jan 25.", target=D("2025-01-31"), closed=False,
    maps=["S4"], cat="closeable_local",
    why="Ref 12653 and text agree. HMICFRS Complete (Jul 2024); force still Amber, open.")
add(id=61, title="PEEL 21/22 AFI – VAWG ancillary orders", ref="12654", rep=19, typ=1,
    text="Consistently use ancillary orders and other powers to protect victims of VAWG.",
    lead="pp", rag=1, upd="DAPO pilot from Nov 24.", target=D("2025-06-30"), closed=False,
    maps=["S5"], cat="in_sync", why="Ref 12654 and text agree; both open.")
add(id=62, title="PEEL 21/22 AFI – online CSA offender management", ref="12655", rep=19, typ=1,
    text="Improve the way the force manages the risk posed by offenders involved in online CSA.",
    lead="pp", rag=2, upd="POLIT backlog cleared; ARMS assessments current. Ready to move to "
    "GREEN status.", submitted=D("2024-08-19"), closed=False, maps=["S6"], cat="closeable_submit",
    why="Ref 12655 and text agree. HMICFRS Being progressed; force Green with closure submitted.")
add(id=64, title="Fraud – specialist investigative capacity", ref="12657", rep=24, typ=1,
    text="The force should make sure it has enough specialist capacity and capability to "
         "investigate fraud.", lead="crime", rag=1,
    upd="Economic crime unit review; re-filed under PEEL 23/25 (repeated in new report?).",
    target=D("2025-06-30"), closed=False, maps=["S8"], cat="conflict",
    why="Ref 12657 and the text are the PEEL 2021/22 fraud AFI word for word, both open, but the "
        "force has filed it under 'PEEL 2023/25'; the 2023–25 report on the list has no fraud "
        "item. Report conflict.")
add(id=65, title="PEEL 21/22 AFI – training: vulnerable adults", ref="12658", rep=19, typ=1,
    text="Make sure officers & staff have the training they need to identify and respond to "
         "vulnerable adults.", lead="people", rag=1, upd="Vulnerability training 78% complete.",
    target=D("2025-03-31"), closed=False, maps=["S9"], cat="in_sync",
    why="Ref 12658 and text agree; both open.")
add(id=66, title="PEEL 21/22 AFI – neighbourhood problem solving", ref="12659", rep=19, typ=1,
    text="Develop a problem-solving approach to neighbourhood crime, working with local "
         "communities and partners.", lead="lp", rag=2, upd="OSARA training complete; problem "
    "solving hub live.", closed=True, dclosed=D("2024-02-19"), folder=CLOSED, maps=["S10"],
    cat="in_sync", why="Ref 12659 and text agree; HMICFRS Complete, force Closed=true.")
add(id=67, title="VMM – self-assessment vs 43 recs & 5 AFIs", ref="", rep=23, typ=3,
    text="Force self-assessment against the 43 recommendations and 5 AFIs in the vetting, "
         "misconduct and misogyny report – return to NPCC and quarterly update to COG.",
    lead="psd", rag=1, upd="Self-assessment returned; 9 recs outstanding.", target=D("2025-03-31"),
    closed=False, cat="not_on_hmicfrs_list",
    why="Force row for the Nov 2022 vetting, misconduct and misogyny report; no item from that "
        "report is on the HMICFRS list and the row has no register id. Not on the HMICFRS list.")
add(id=68, title="JAC action – VAWG measures in Force Performance pack", ref="", rep=25, typ=4,
    text="JAC action: Add violence against women and girls measures to the monthly Force "
         "Performance pack", lead="corp", rag=2, upd="Done – Sept 23 pack onwards.", closed=True,
    dclosed=D("2023-10-02"), folder=CLOSED, cat="not_on_hmicfrs_list",
    why="Local action from the Joint Audit Committee (type Local action, report JAC, no ref); no "
        "HMICFRS item asks for this.")
add(id=69, kind="test", title="Test – flow check – please delete", text="test",
    created=dt.datetime(2023, 5, 2, 13, 48, 30), author="an")
add(id=70, title="Internal audit – firearms licensing governance", ref="", rep=22, typ=4,
    text="Internal audit action: Internal audit of the firearms licensing governance arrangements "
         "(audit plan 2023/24)", lead="fel", rag=2, upd="Audit complete – reasonable assurance.",
    closed=False, cat="not_on_hmicfrs_list",
    why="Internal audit action (type Local action, report Internal audit 2023/24, no ref). It "
        "resembles Targeting the risk 5712 (governance of firearms licensing against APP) but "
        "that item is already held on its own row with ref 5712; this is the force's own audit.")
add(id=71, title="PEEL 23/25 CoC – investigation capacity & capability", ref="15120", rep=24,
    typ=2, text="The force does not have the capacity or capability to investigate crime "
    "effectively and this is affecting the service provided to the public. Failings in the way "
    "crimes are investigated.", lead="crime", rag=0, upd="Investigation improvement plan "
    "agreed at COG 15/07/24.", target=D("2025-06-30"), closed=False, maps=["T1"], cat="in_sync",
    why="Ref 15120, type and text agree; both open (Awaiting review / Red). Force report name "
        "'PEEL 2023/25' is this report's short name.")
add(id=72, title="PEEL 23/25 Rec – investigative workload review", ref="15121", rep=24, typ=0,
    text="Within 3 months review officers' capabilities and capacity to manage their "
         "investigative workload, to understand investigative demand and pressures.",
    lead="crime", rag=0, upd="Workload review commissioned – report due Nov 24 (past the "
    "3-month deadline).", target=D("2024-09-20"), closed=False, maps=["T2"], cat="in_sync",
    why="Ref 15121 and text agree (within three months); both open.")
add(id=73, title="PEEL 23/25 Rec – use of crime recording system for case files", ref="15122",
    rep=24, typ=0, text="Within 6 months improve use of the crime-recording and management system "
    "(Niche) to better manage case files and investigative processes.", lead="fcr", rag=1,
    upd="Niche file build training.", target=D("2024-12-20"), closed=False, maps=["T3"],
    cat="in_sync", why="Ref 15122 and text agree; both open.")
add(id=74, title="PEEL 23/25 AFI – performance data & analysis", ref="15125", rep=24, typ=1,
    text="Make sure the force has access to accurate data and analysis to support effective "
         "performance management.", lead="corp", rag=1, upd="Power BI performance suite "
    "rebuild.", target=D("2025-03-31"), closed=False, maps=["T6"], cat="in_sync",
    why="Ref 15125 and text agree; both open.")
add(id=75, title="Stalking & harassment policy T&F group", ref="", rep=21, typ=4,
    text="Local action: Task & Finish group to review the stalking and harassment policy and "
         "report to the Force Executive Team", lead="pp", rag=1, upd="T&F group first met 03/10/24.",
    target=D("2025-01-31"), closed=False, cat="not_on_hmicfrs_list",
    why="The force's own improvement-plan action (type Local action, no ref). It is on the stalking "
        "theme of PEEL 2021/22 AFI 12653 but asks for something else (a policy review), and 12653 "
        "has its own row. Not an HMICFRS item.")

MISSING = {
    "H2": "Targeting the risk 5713 (firearms licensing demand and capacity) has no force row: the "
          "SharePoint IDs jump from 15 to 17 (item 16 was deleted), no row carries 5713 and no "
          "row is about licensing demand.",
    "P3": "NCPI 2018 AFI 9312 (partnership safeguarding of people at risk of CSE) has no force "
          "row; the NCPI rows are 9310 and 9311 only.",
    "S7": "PEEL 2021/22 AFI 12656 (performance framework for anti-social behaviour) has no force "
          "row (gap at SharePoint ID 63; no row mentions ASB).",
    "T4": "PEEL 2023–25 AFI 15123 (intelligence on serious and organised crime) has no force row; "
          "the 2023/25 rows are 15120-15122 and 15125.",
    "T5": "PEEL 2023–25 AFI 15124 (evaluate knife crime prevention) has no force row.",
}

# --------------------------------------------------------------------------------------------
# timestamps, versions (seeded)
# --------------------------------------------------------------------------------------------
def rand_dt(lo: dt.datetime, hi: dt.datetime) -> dt.datetime:
    span = int((hi - lo).total_seconds())
    t = lo + dt.timedelta(seconds=RNG.randrange(max(span, 1)))
    # office hours (UTC)
    return t.replace(hour=RNG.randrange(7, 17), minute=RNG.randrange(60), second=RNG.randrange(60))


FLOW_RUN = dt.datetime(2024, 10, 14, 6, 0, 0)
_prev_created = None
for r in F:
    if "created" not in r:
        if r["id"] <= 55:
            r["created"] = MIG + dt.timedelta(seconds=37 * r["id"])
        else:
            # added after the migration; IDs follow creation order
            base = {57: dt.datetime(2022, 6, 9, 9, 12), 67: dt.datetime(2023, 3, 6, 10, 4),
                    68: dt.datetime(2023, 4, 17, 14, 31), 70: dt.datetime(2023, 11, 20, 11, 9),
                    71: dt.datetime(2024, 7, 11, 8, 47), 75: dt.datetime(2024, 9, 30, 15, 22)}
            if r["id"] in base:
                r["created"] = base[r["id"]]
            else:
                r["created"] = _prev_created + dt.timedelta(seconds=RNG.randrange(150, 420))
    _prev_created = r["created"]
    r.setdefault("author", "ol")
    if r["kind"] in ("folder", "template", "test"):
        r["modified"] = r["created"] + dt.timedelta(minutes=RNG.randrange(1, 30))
        r["editor"] = r["author"]
        r["ver"] = 1 if r["kind"] != "template" else 3
    else:
        r["modified"] = rand_dt(max(r["created"], dt.datetime(2023, 6, 1)), FLOW_RUN - dt.timedelta(days=3))
        if r["dclosed"] is not None:
            dc = dt.datetime.combine(r["dclosed"], dt.time(10, 0))
            if dc > r["modified"]:
                r["modified"] = dc
        if r["created"] > r["modified"]:
            r["modified"] = r["created"] + dt.timedelta(hours=2)
        r["editor"] = RNG.choice(["ol", "ol", "an"])
        r["ver"] = RNG.randrange(3, 41)
    if r["att"] is None:
        r["att"] = False

_c = [r["created"] for r in F]
assert _c == sorted(_c), "SharePoint IDs must follow creation order"

# --------------------------------------------------------------------------------------------
# write the force CSV (Power Automate "Create CSV table", Automatic columns)
# --------------------------------------------------------------------------------------------
COLS = ["@odata.etag", "ItemInternalId", "ID", "Title", "HMICFRS_x0020_Ref", "Report", "Report#Id",
        "Item_x0020_type", "Item_x0020_type#Id", "Recommendation", "Lead_x0020_Officer",
        "Lead_x0020_Officer#Claims", "RAG", "RAG#Id", "Latest_x0020_update", "Target_x0020_date",
        "Submitted_x0020_for_x0020_closur", "Closed", "Date_x0020_closed", "ComplianceAssetId",
        "OData__ColorTag", "Modified", "Created", "Author", "Author#Claims", "Editor",
        "Editor#Claims", "{Identifier}", "{IsFolder}", "{Thumbnail}", "{Link}", "{Name}",
        "{FilenameWithExtension}", "{Path}", "{FullPath}", "{HasAttachments}", "{VersionNumber}"]

LIST_PATH = "Lists/HMICFRS Recommendations/"


def enc_path(p):
    return p.replace("/", "%252f").replace(" ", "%2b").replace("–", "%25e2%2580%2593")


def force_record(r):
    path = LIST_PATH + (r["folder"] + "/" if r["folder"] else "")
    is_folder = r["kind"] == "folder"
    full = path + (r["title"] if is_folder else f"{r['id']}_.000")
    lead_json, lead_claims = person(r["lead"]) if r["kind"] == "item" else ("", "")
    auth_json, auth_claims = person(r["author"])
    ed_json, ed_claims = person(r["editor"])
    ct = CT_FOLDER if is_folder else CT_ITEM
    link = (f"{SITE}/_layouts/15/listform.aspx?PageType=4&ListId={LIST_ID}&ID={r['id']}"
            f"&ContentTypeID={ct}")
    rec = {
        "@odata.etag": f"\"{r['ver']}\"",
        "ItemInternalId": str(r["id"]),
        "ID": str(r["id"]),
        "Title": r["title"],
        "HMICFRS_x0020_Ref": r["ref"] or "",
        "Report": ref_obj(r["rep"], LOOKUP[r["rep"]]) if r["rep"] else "",
        "Report#Id": str(r["rep"]) if r["rep"] else "",
        "Item_x0020_type": ref_obj(r["typ"], TYPES[r["typ"]]) if r["typ"] is not None else "",
        "Item_x0020_type#Id": str(r["typ"]) if r["typ"] is not None else "",
        "Recommendation": r["text"] or "",
        "Lead_x0020_Officer": lead_json,
        "Lead_x0020_Officer#Claims": lead_claims,
        "RAG": ref_obj(r["rag"], RAGS[r["rag"]]) if r["rag"] is not None else "",
        "RAG#Id": str(r["rag"]) if r["rag"] is not None else "",
        "Latest_x0020_update": r["upd"] or "",
        "Target_x0020_date": r["target"].isoformat() if r["target"] else "",
        "Submitted_x0020_for_x0020_closur": r["submitted"].isoformat() if r["submitted"] else "",
        "Closed": "" if r["closed"] is None else ("true" if r["closed"] else "false"),
        "Date_x0020_closed": local_midnight_utc(r["dclosed"]) if r["dclosed"] else "",
        "ComplianceAssetId": "",
        "OData__ColorTag": "",
        "Modified": utc(r["modified"]),
        "Created": utc(r["created"]),
        "Author": auth_json,
        "Author#Claims": auth_claims,
        "Editor": ed_json,
        "Editor#Claims": ed_claims,
        "{Identifier}": enc_path(full),
        "{IsFolder}": "true" if is_folder else "false",
        "{Thumbnail}": '{"Large":null,"Medium":null,"Small":null}',
        "{Link}": link,
        "{Name}": r["title"],
        "{FilenameWithExtension}": r["title"],
        "{Path}": path,
        "{FullPath}": full,
        "{HasAttachments}": "true" if r["att"] else "false",
        "{VersionNumber}": f"{r['ver']}.0",
    }
    return [rec[c] for c in COLS]


def build_force_csv():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(COLS)
    for r in F:
        w.writerow(force_record(r))
    return buf.getvalue().encode("utf-8")


F_ROW = {r["id"]: i + 2 for i, r in enumerate(F)}  # header = row 1

# --------------------------------------------------------------------------------------------
# write the HMICFRS workbook (XlsxWriter, fixed properties; zip entries re-stamped)
# --------------------------------------------------------------------------------------------
FIXED = dt.datetime(2024, 10, 14, 9, 30, 0)


def build_hmicfrs_xlsx(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_urls": False})
    wb.set_properties({"title": "Definitive list – Gloucestershire Constabulary",
                       "author": "HMICFRS Monitoring", "company": "HMICFRS",
                       "created": FIXED})
    ws = wb.add_worksheet(HMI_SHEET)
    bold = wb.add_format({"bold": True, "font_size": 12})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                         "text_wrap": True, "valign": "top", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    ws.write(0, 0, "HMICFRS monitoring – definitive list of recommendations and areas for "
                   "improvement held against Gloucestershire Constabulary", bold)
    ws.write(1, 0, "Extracted 14 October 2024. Includes items closed since the last list. "
                   "Status as recorded by HMICFRS.")
    heads = ["Register ID", "Force", "Report title", "Publication date", "Type",
             "Recommendation / area for improvement", "Status", "Status date"]
    for c, h in enumerate(heads):
        ws.write(3, c, h, hdr)
    for k in H_ORDER:
        rid, rep, typ, text, status, sdate = H[k]
        r = H_ROW[k] - 1
        ws.write_number(r, 0, rid, cell)
        ws.write_string(r, 1, FORCE, cell)
        ws.write_string(r, 2, REPORTS[rep][0], wrap)
        ws.write_datetime(r, 3, dt.datetime.combine(REPORTS[rep][1], dt.time()), datef)
        ws.write_string(r, 4, typ, cell)
        ws.write_string(r, 5, text, wrap)
        ws.write_string(r, 6, status, cell)
        ws.write_datetime(r, 7, dt.datetime.combine(sdate, dt.time()), datef)
    last = HMI_FIRST_ROW + len(H_ORDER) - 1  # Excel row of the last item
    ws.write(last + 1, 0, f"{len(H_ORDER)} records")
    ws.set_column(0, 0, 11)
    ws.set_column(1, 1, 26)
    ws.set_column(2, 2, 48)
    ws.set_column(3, 3, 13)
    ws.set_column(4, 4, 22)
    ws.set_column(5, 5, 90)
    ws.set_column(6, 6, 24)
    ws.set_column(7, 7, 12)
    ws.freeze_panes(4, 0)
    ws.autofilter(3, 0, last - 1, len(heads) - 1)
    wb.close()
    _restamp_zip(path)
    return last


def _restamp_zip(path):
    """Rewrite the zip with fixed entry timestamps so two builds are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 10, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)


# --------------------------------------------------------------------------------------------
# truth
# --------------------------------------------------------------------------------------------
def hmi_open(k):
    return H[k][4] in OPEN


def force_done(rows):
    def one(r):
        return bool(r["closed"]) or r["rag"] in (2, 3)
    return all(one(r) for r in rows)


def build_truth():
    lines = []
    by_h = {}
    for r in F:
        for k in r["maps"] or []:
            by_h.setdefault(k, []).append(r)
    # sanity: categories not 'conflict' must follow from the statuses
    for r in F:
        if r["kind"] != "item":
            continue
        if not r["maps"]:
            assert r["cat"] == "not_on_hmicfrs_list", r["id"]
            continue
        for k in r["maps"]:
            ho = hmi_open(k)
            fd = force_done(by_h[k])
            expect = ("closeable_submit" if ho and fd else "closeable_local" if not ho and not fd
                      else "in_sync")
            if r["cat"] != "conflict":
                assert r["cat"] == expect, (r["id"], k, r["cat"], expect)
    for r in F:
        if r["kind"] != "item":
            continue
        fr = f"tracker.csv!{F_ROW[r['id']]}"
        if not r["maps"]:
            lines.append(("", fr, r["cat"], r["why"]))
        for k in r["maps"] or []:
            lines.append((f"{HMI_SHEET}!{H_ROW[k]}", fr, r["cat"], r["why"]))
    for k in H_ORDER:
        if k not in by_h:
            assert k in MISSING, k
            lines.append((f"{HMI_SHEET}!{H_ROW[k]}", "", "missing_from_force", MISSING[k]))
    assert set(MISSING) == {k for k in H if k not in by_h}

    def key(t):
        h = int(t[0].split("!")[1]) if t[0] else 10_000
        f = int(t[1].split("!")[1]) if t[1] else 0
        return (h, f)
    lines.sort(key=key)
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    return buf.getvalue().encode("utf-8"), lines


README = r"""# Case `power_automate_csv_json_cells` (round 83, case C)

## The story

Gloucestershire Constabulary's Risk & Organisational Learning team moved its HMICFRS tracker
from an Excel workbook into a SharePoint list, "HMICFRS Recommendations", on the team site in
April 2021 (the old workbook was bulk-imported in its own order, grouped by report, as list
items 3-55). Nobody outside the team can open the list, so in May 2023 an analyst built a
Power Automate flow: every Monday at 07:00 it runs SharePoint **Get items** on the list and
**Create CSV table** with the columns left on *Automatic*, then **Create file** in the team's
document library. `tracker.csv` is the file the flow wrote on 14 October 2024, and it is what
the analyst has to reconcile with HMICFRS's definitive list of the same day.

Because the columns were left on Automatic, the CSV is exactly what the connector returns:

- the headers are SharePoint **internal names**, not the display names people see in the list
  (`HMICFRS_x0020_Ref`, `Lead_x0020_Officer`, `Latest_x0020_update`), and one of them is cut at
  SharePoint's 32-character limit (`Submitted_x0020_for_x0020_closur`);
- every **choice, lookup and person column arrives as a JSON object**, CSV-escaped with doubled
  quotes, e.g. the RAG cell
  `{"@odata.type":"#Microsoft.Azure.Connectors.SharePoint.SPListExpandedReference","Id":1,"Value":"Amber"}`,
  plus a companion `#Id` / `#Claims` column (`RAG#Id`, `Report#Id`, `Lead_x0020_Officer#Claims`);
  the real value is the `Value` (choices, lookup) or `DisplayName` (people) inside the JSON;
- the connector's own columns ride along: `@odata.etag`, `ItemInternalId`, `Modified`,
  `Created`, `Author`, `Editor` (people JSON again), `{Identifier}`, `{IsFolder}`,
  `{Thumbnail}`, `{Link}`, `{Name}`, `{FilenameWithExtension}`, `{Path}`, `{FullPath}`,
  `{HasAttachments}`, `{VersionNumber}`, and two always-empty ones (`ComplianceAssetId`,
  `OData__ColorTag`);
- Get items returns **folders and every item in them**, in ID order, so the two folders the
  team made to tidy the list ("Archive – pre 2019", "Closed items") appear as rows among the
  items, and so do the list's "TEMPLATE - copy this item" item and the flow-builder's test item;
- dates come out in the connector's formats: date-only columns as `2025-03-31`, date-and-time
  columns in UTC, so a "Date closed" of 30 June 2023 (BST) reads `2023-06-29T23:00:00Z`;
  yes/no as `true` / `false`.

## Files

| file | what |
|---|---|
| `hmicfrs.xlsx` | HMICFRS definitive-list export. One sheet, `Definitive list`. Row 1 title, row 2 extraction note, row 3 blank, **row 4 header**, **rows 5-73 the 69 items**, row 74 blank, row 75 a count ("69 records"). Columns: Register ID (number), Force, Report title, Publication date (date cell, dd/mm/yyyy), Type, Recommendation / area for improvement, Status, Status date (date cell). Sorted by publication date, then register id. Autofilter on rows 4-73, panes frozen under row 4. |
| `tracker.csv` | The force's SharePoint list as written by Power Automate. UTF-8 without BOM, comma-separated, CRLF between records, LF inside multi-line cells (`Recommendation`, `Latest_x0020_update` hold line breaks and bullets), fields quoted only where needed (every JSON cell is quoted). **Row 1 header; rows 2-74 are 73 records** (Excel row = record number + 1; a quoted cell with line breaks is still one row). 37 columns. |
| `truth.csv` | 78 lines, `hmicfrs_row,force_row,category,why`. |
| `README.md` | this file. |

Note for readers of row numbers: the SharePoint `ID` column is **not** the row number. IDs 16
and 63 were deleted, so row = ID + 1 for IDs 1-15, row = ID for IDs 17-62, row = ID - 1 for IDs
64-75.

## What the layout brings (row numbers are Excel rows of `tracker.csv`)

1. **JSON in the status, type, report and owner cells.** `RAG` (choices Red / Amber /
   Green – implemented / White – not for force), `Item_x0020_type` (Recommendation / AFI /
   Cause of Concern / National rec / Local action), `Report` (lookup to the team's "Inspection
   Reports" list, the force's short report names such as "PEEL Legit 17 S&S (national)",
   "PEEL 2023/25") and `Lead_x0020_Officer` are JSON objects. A reader who takes the cell as text
   sees the same `{"@odata.type":…` prefix in every row; the value is inside.
2. **Status is spread over three places.** The RAG choice, the `Closed` yes/no with
   `Date_x0020_closed`, and the folder in `{Path}` (`…/Archive – pre 2019/`, `…/Closed items/`).
   The team's rule: done = Closed is true, or RAG Green – implemented, or RAG White – not for
   force; open = Red or Amber with Closed false. `Submitted_x0020_for_x0020_closur` carries the
   date evidence went to HMICFRS. Row 11 (Integrity matters, ID 10) was moved to Closed items
   with Closed = true and a closed date, but its RAG was never changed from Amber.
3. **Rows that are not items** among the items (see the list below): two folder rows
   (`{IsFolder}` true, every item column empty), the template item (row 2) and the test item
   (row 68).
4. **Internal-name headers** (`_x0020_`, the truncated `Submitted_x0020_for_x0020_closur`) and
   system columns. `Title` is the list's Title column, which the team uses as a short title;
   the HMICFRS wording (often abridged) is in `Recommendation`.
5. **Register id as free text** in `HMICFRS_x0020_Ref`: mostly the plain integer, "1189 / 5140"
   on a merged row (row 6), empty on national rows the team never numbered (row 8) and on local
   rows, a transposed id (row 43) and a wrong-but-real id (row 46). Some short titles repeat the
   id ("8541 (a) – …", "11906 pt 1 – …").
6. **A lookup whose target was deleted**: row 12 (Building the picture, ID 11) has empty
   `Report` and `Report#Id`; only the ref and the text say which report it is.
7. **UTC date-times**: `Date_x0020_closed`, `Modified`, `Created` are UTC, so summer dates show
   the previous day at 23:00.

## Traps and how the truth decides them

- **Merged rows (one force row, several HMICFRS items).** Row 6 holds S&S 2013 rec 3 (1189,
  Superseded) and S&S powers 2 rec 1 (5140, Complete) — the text says they are tracked as one;
  force Closed → two `in_sync` lines. Row 8 summarises all four Policing in austerity recs
  (2610-2613, all "No further action required") and is still Amber → four `closeable_local`
  lines with the same force row.
- **Split recommendations (one HMICFRS item, several force rows).** 8541 (stop and search
  monitoring, three bullets) is rows 38-40, one per bullet: (a) and (b) Green, (c) Amber. The
  item is done only when every part is, so it is open on both sides → three `in_sync` lines
  (a per-row reading would wrongly call (a) and (b) closeable). 11906 (body-worn video, three
  paragraphs) is rows 51-53: one Closed in Closed items, two Green → the item is done, HMICFRS
  Being progressed → three `closeable_submit` lines.
- **Closed on one side only.** `closeable_local` (HMICFRS closed, force open): 2321 Everyone's
  business (Superseded, row 7), the austerity four (row 8), 5950 (Superseded, row 17), 7104
  (Complete, row 21), 8293 NRM (Complete, row 26), 12653 (Complete, row 60).
  `closeable_submit` (HMICFRS open, force done): 4822, 5716, 7103, 8294, 8539, 8560, 11905,
  the three 11906 parts, 12651, 12655 (rows 9, 16, 20, 27, 41, 34, 50, 51-53, 58, 62).
- **Stale RAG on a closed item.** Row 11: RAG Amber but Closed = true, dated, in Closed items;
  HMICFRS Complete → `in_sync`.
- **White – not for force.** Rows 4 (1187) and 54 (11907): HMICFRS "No further action
  required", force White (counted as done) → `in_sync`.
- **Mistyped references.** Row 43 carries 8524, which is on no list; text, report and type are
  8542 (unconscious bias training) → `conflict` (reference). Row 46 carries 10472, which *is* a
  real id — the CDI domestic-abuse recording AFI, tracked correctly on row 48 — but the row's
  text is the CDI "victims are believed" recommendation 10427 → matched by text to 10427,
  `conflict` (reference); row 48 stays with 10472 `in_sync`. An exact-reference matcher pairs
  both rows 46 and 48 with 10472.
- **Near-duplicate texts across reports.** Stolen freedom 8294 and CDI 2019 10428 both ask for
  NCRS compliance for modern slavery offences; 8294 has the extra "audit capacity … force crime
  registrar" clause. Row 27 (8294, Green) and row 47 (10428, Amber) each carry their own id,
  report and wording.
- **Other conflicts.** Row 23 (8290 Stolen freedom leadership): the force copy has three of
  the four bullets (the partnership bullet is missing). Row 30 (8481 control room): recorded as
  a Recommendation, HMICFRS says Area for improvement. Row 33 (8480 digital plan): "By September
  2019" against HMICFRS "By September 2018". Row 45 (9311 missing children): "Within six months"
  against "Within three months". Row 63 (12657 fraud): PEEL 2021/22 item filed under the
  "PEEL 2023/25" lookup.
- **Missing from the force.** 5713 firearms licensing demand (list row 19; SharePoint ID 16 was
  deleted), 9312 NCPI CSE partnership AFI (row 49), 12656 ASB performance framework (row 64;
  ID 63 deleted), 15123 and 15124, two of the newest PEEL 2023–25 AFIs (rows 71, 72).
- **Force-only rows** (`not_on_hmicfrs_list`): row 18, a PEEL effectiveness 2015 hate-crime AFI
  with ref 5871 that HMICFRS no longer lists; row 66, the vetting, misconduct and misogyny
  self-assessment (a report whose items are not on the list); row 67, a JAC action; row 69, an
  internal audit action that looks like Targeting the risk 5712 (which has its own row 13);
  row 74, a local stalking policy Task & Finish action that looks like 12653 (own row 60).
- **Report names differ by design, not conflict**: the force's lookup names are its own short
  names ("Firearms licensing 2015" for *Targeting the risk*, "PEEL 2023/25" for *PEEL 2023–25 …
  An inspection of Gloucestershire Constabulary*). Only row 63 names a different report.
- No `review` lines: every pair could be decided from ref, report and wording.

## Counts (truth.csv, 78 lines)

| category | lines |
|---|---|
| in_sync | 40 |
| closeable_submit | 12 |
| closeable_local | 9 |
| conflict | 7 |
| missing_from_force | 5 |
| not_on_hmicfrs_list | 5 |

69 HMICFRS items: 64 matched (62 one line each, 8541 and 11906 three lines each), 5 missing.
69 force item rows: 63 with one line, row 6 with two, row 8 with four; 5 of them force-only.

## Rows that are not items (not in truth.csv)

| file | row | why |
|---|---|---|
| hmicfrs.xlsx | Definitive list!1 | title |
| hmicfrs.xlsx | Definitive list!2 | extraction note |
| hmicfrs.xlsx | Definitive list!3 | blank |
| hmicfrs.xlsx | Definitive list!4 | header |
| hmicfrs.xlsx | Definitive list!74 | blank |
| hmicfrs.xlsx | Definitive list!75 | record count "69 records" |
| tracker.csv | tracker.csv!1 | header (internal names) |
| tracker.csv | tracker.csv!2 | SharePoint ID 1, "TEMPLATE - copy this item, do not edit": the list's template item, placeholder text, no ref, type, RAG or lead |
| tracker.csv | tracker.csv!3 | SharePoint ID 2, folder "Archive – pre 2019" (`{IsFolder}` true, all item columns empty) |
| tracker.csv | tracker.csv!56 | SharePoint ID 56, folder "Closed items" (`{IsFolder}` true) |
| tracker.csv | tracker.csv!68 | SharePoint ID 69, "Test – flow check – please delete": the flow builder's test item, text "test" |

## Checks run

- `build_power_automate_csv_json_cells.py` asserts that every non-conflict category follows
  from the two statuses (HMICFRS open = Awaiting review / Being progressed; force done = Closed
  true or RAG Green / White, all parts of a split item), that every HMICFRS item has a line,
  and that SharePoint IDs follow creation dates.
- Read back with pandas (`read_excel(header=3)`, `read_csv(dtype=str)`: 73 records × 37
  columns) and openpyxl (75 rows × 8 columns, header on row 4, items 5-73): every HMICFRS
  item row 5-73 appears in truth.csv, every force record except rows 2, 3, 56, 68 appears,
  and no truth line points at a non-item row.
- Every HMICFRS text is a literal from the project's real-text lists (national items
  verbatim; force items are the lists' real stems joined to their real bodies / topic asks, as
  the lists are meant to be used), checked by script.
- Built twice; all four files byte-identical (sha256).
"""


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    last = build_hmicfrs_xlsx(os.path.join(OUT, "hmicfrs.xlsx"))
    with open(os.path.join(OUT, "tracker.csv"), "wb") as fh:
        fh.write(build_force_csv())
    data, lines = build_truth()
    with open(os.path.join(OUT, "truth.csv"), "wb") as fh:
        fh.write(data)
    from collections import Counter
    cnt = Counter(t[2] for t in lines)
    assert dict(cnt) == {"in_sync": 40, "closeable_submit": 12, "closeable_local": 9,
                         "conflict": 7, "missing_from_force": 5, "not_on_hmicfrs_list": 5}, cnt
    with open(os.path.join(OUT, "README.md"), "wb") as fh:
        fh.write(README.encode("utf-8"))
    print("hmicfrs items", len(H), "rows", HMI_FIRST_ROW, "-", last, "| count row", last + 2)
    print("force records", len(F), "item rows", sum(r["kind"] == "item" for r in F))
    print("truth lines", len(lines), dict(sorted(cnt.items())))
    print("non-item force rows", [(F_ROW[r["id"]], r["kind"], r["title"]) for r in F
                                  if r["kind"] != "item"])
    print("F_ROW", {r["id"]: F_ROW[r["id"]] for r in F})
    print("H_ROW", H_ROW)


if __name__ == "__main__":
    main()
