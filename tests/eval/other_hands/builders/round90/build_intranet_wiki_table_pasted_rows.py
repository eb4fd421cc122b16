"""Build case `intranet_wiki_table_pasted_rows` (round 90, case C).

Story: Lincolnshire Police's Organisational Learning team keep their HMICFRS tracker as a
table on a SharePoint classic wiki page ("HMICFRS recommendations and areas for improvement –
current position"). Leads edit their rows in the browser. Before the Joint Audit Committee
the analyst selected the page from its breadcrumb to the footer in the browser and pasted it
into a new Excel workbook (Ctrl+V, keep source formatting) and saved it as tracker.xlsx.

What the paste leaves: every <br>/<p>/<li> inside a table cell became a new worksheet row,
and the single-line cells of that table row were merged vertically across the rows the cell
was split into; colspan report-title rows became cells merged across A:H; hyperlinks kept;
&nbsp; cells came through as a lone non-breaking space; typed dd/mm/yyyy and "Sep 2024"
turned into real dates, HMICFRS ids into numbers.

Run with /work/main/.venv/bin/python. Deterministic: no clock, fixed zip timestamps.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/tmp/indep90/intranet_wiki_table_pasted_rows"
FORCE = "Lincolnshire Police"
FIXED = dt.datetime(2024, 11, 12, 16, 4, 0)
ZIP_TS = (2024, 11, 12, 16, 4, 0)

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

# --------------------------------------------------------------------------------------
# Real texts (Open Government Licence), copied as literals.
# --------------------------------------------------------------------------------------
SAS13 = [
    "Chief Constables and the College of Policing should establish in the Stop and "
    "Search Authorised Professional Practice document a clear specification of what "
    "constitutes the effective and fair exercise of stop and search powers, and "
    "guidance in this respect. This should be compliant with the Code of Practice.",
    "Chief Constables should establish or improve monitoring of the way officers stop "
    "and search people, so that they can be satisfied their officers are acting in "
    "accordance with the law (including equality legislation and the Code of "
    "Practice), and that the power is used effectively to prevent crime, catch "
    "criminals and maintain public trust.",
    "Chief Constables should, in consultation with elected local policing bodies, "
    "ensure that they comply with the code of practice by explaining to the public "
    "the way stop and search powers are used in their areas and by making "
    "arrangements for stop and search records to be scrutinised by community "
    "representatives. This should be done in a way that involves those people who "
    "are stopped and searched, for example, young people.",
]
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
AUSTERITY = [
    "All Chief Constables and PCCs should review their plans to deliver savings to "
    "ensure they are doing all they can to continue to reduce crime and protect the "
    "front line while balancing their budgets. They should use the data and "
    "information contained in this report, and in HMIC's Value for Money profiles, "
    "when conducting their reviews",
    "Chief Constables and PCCs in forces planning to deliver less than 10% of their "
    "savings through collaboration should assess whether there is scope to improve "
    "on this position. HMIC will follow up the assessments in the autumn.",
    "Chief Constables and PCCs in forces that are planning to reduce the proportion "
    "of their workforce and/or police officers on the front line should assess "
    "whether they have taken the decisive action seen in many forces in order to "
    "maintain their crime fighting capacity. HMIC will follow up the assessments in "
    "the autumn.",
    "In preparation for the next spending round period all Chief Constables and PCCs "
    "should review their plans for collaboration. In particular they should consider "
    "whether there is scope to deliver better value for money and improved "
    "capability and capacity through joint working with other forces, the public "
    "and/or the private sector.",
]
CORE = [
    "Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
    "that have not yet done so, should provide call-handlers with specific, sound and "
    "comprehensible criteria against which they can assess threat, harm and risk.",
    "By 31 March 2015 all forces should ensure that crime prevention or disruption "
    "activity carried out is systematically recorded and subsequently evaluated to "
    "determine the effectiveness of tactics being employed.",
]
INTEGRITY = (
    "By 31 August 2015, all chief constables should satisfy themselves that they have "
    "processes in place to ensure that investigations into misconduct by officers "
    "and staff resulting in “no further action” are fair and free of any form of "
    "discrimination."
)
SAS15 = (
    "Chief constables should, in consultation with police and crime commissioners, "
    "ensure that they comply with the Code of Practice by explaining to the public "
    "the way stop and search powers are used in their areas and by making "
    "arrangements for stop and search records to be scrutinised by community "
    "representatives. This should be done in a way that involves those people who "
    "are stopped and searched, for example young people."
)
PICTURE = (
    "By 30 November 2015, chief constables should put in place arrangements to "
    "scrutinise audits of compliance with the APP on information management through "
    "the force information management governance structure. This should include "
    "measures to ensure that categorisation of records are regularly adjusted."
)
FIREARMS = [
    "Within three months, all chief constables should assess how well the governance "
    "of firearms licensing in his or her force meets the standards set out in "
    "Authorised Professional Practice. Chief constables of forces where the "
    "governance standards are not being complied with should put in place "
    "immediately the correct arrangements and procedures in order to meet the "
    "standards in full.",
    "Within three months, all chief constables should assess the demand placed on their "
    "firearms licensing department and ensure it has the capacity to meet this demand and "
    "provide an efficient and effective service at all times.",
    "Immediately, all chief constables should satisfy themselves that all appropriate "
    "action is being taken by their force with regard to ‘total expired’ licensing "
    "records.",
    "Within three months, all chief constables should ensure that their arrangements "
    "in respect of the use of temporary permits are in accordance with the Home "
    "Office guidance; that temporary permits are properly recorded without delay on "
    "the National Firearms Licensing Management System; and that effective systems "
    "exist to ensure certificate holders are not permitted, at any time, to remain "
    "in unlawful possession of a firearm.",
    "Within three months, all chief constables should ensure that systems designed "
    "to identify, prior to police attendance, whether a reported incident involves "
    "or is at the address of a firearm certificate holder are in place and are "
    "always applied by staff dispatching officers to incidents; and that officers "
    "understand the risk assessment which they should be undertaking in such "
    "circumstances, and their power, when appropriate, to seize firearms and firearm "
    "certificates.",
]
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
STOLEN = [
    SF_LEADERSHIP,
    "Within six months, forces should have in place active information-sharing "
    "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
    "and in order to safeguard victims better and to identify suspects as early as "
    "possible",
    "Immediately, forces should ensure that all victims carrying out criminal acts "
    "under compulsion attributable to slavery or exploitation are afforded the "
    "protection of early and continuing consideration of the applicability of the "
    "section 45 defence.",
    "Immediately, forces should take steps to ensure they are fully compliant with "
    "the NRM process as it evolves and are implementing the requirement placed upon "
    "them under the Modern Slavery Act 2015 to notify the Home Office of any "
    "individual suspected to be an adult victim of modern slavery or human "
    "trafficking.",
    "Immediately, forces should take steps to ensure they fully comply with national "
    "crime recording standard (NCRS) requirements for offences identified as modern "
    "slavery and human trafficking and that sufficient audit capacity is available "
    "to the force crime registrar to provide reassurance that each force is "
    "identifying and managing any gaps in its crime-recording accuracy for these "
    "types of offences.",
    "Immediately, forces should ensure that allegations or indications of modern "
    "slavery and human trafficking are thoroughly investigated and effectively "
    "supervised by teams and individuals with the skills and experience to undertake "
    "them (this should include the use where appropriate of joint intelligence teams "
    "and other means to obtain intelligence and evidence from agencies overseas).",
    "Immediately, forces should review their use of preventative powers under the "
    "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
    "of those deemed to pose a clear threat to others in respect of modern slavery "
    "and human trafficking offences are exploited.",
]
EFC17 = (
    "By September 2018, chief constables should produce an ambitious plan to improve "
    "digitally-enabled services within their force. The Home Office, National Police "
    "Chiefs' Council and Association of Police and Crime Commissioners should "
    "support the development of these plans by establishing a national framework "
    "which allows for the provision of digitally enabled services across force "
    "boundaries."
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
LEG17 = [
    (COC, "HMICFRS is concerned that forces are not able to demonstrate that the use of "
          "stop and search powers is consistently reasonable and fair. In particular, "
          "there is over-representation of BAME people, and black people in particular, "
          "in stop and search data which many forces are unable to explain."),
    (NAT, SAS_MONITORING_2017),
    (NAT, "Where forces identify disparities through monitoring, they should demonstrate "
          "to the public that they have:\n"
          "•carried out research and analysis in an attempt to understand the reasons for "
          "the disparity, and •taken action to reduce the disparity, where necessary;"),
    (NAT, "We expect forces to publish this analysis and any actions taken at least on an "
          "annual basis, from July 2018."),
    (NAT, "By July 2018, and ongoing following that date, forces should ensure that all "
          "officers who use stop and search powers have been provided with, and "
          "understand, training on unconscious bias and College of Policing APP on stop "
          "and search."),
]
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
POWERS = [
    "By July 2022, forces should ensure that officers and staff have effective "
    "communication skills, in line with the National Policing Guidelines on Conflict "
    "Management. This should be in addition to existing training on conflict "
    "management and de-escalation.",
    "By July 2021, forces should ensure that communication skills are reinforced as "
    "part of the programme of continuing professional development for officers and "
    "staff, and that supervisors are supported to routinely and frequently debrief "
    "officers on these skills using body-worn video footage.",
    BWV_2021,
    "The Home Office and the NPCC should take steps to ensure that the quality of the "
    "data collected on the number of incidents where force has been used to effect a "
    "stop and search is sufficient for publication. The Home Office should publish "
    "this data as soon as possible.",
    "By July 2021, forces should ensure they have effective internal monitoring "
    "processes on the use of force, to help them to identify and understand "
    "disproportionate use, explain the reasons and implement any necessary "
    "improvement action.",
]
# Force-level items: real stems from the project's STEMS list around real bodies.
MISSING_CHILDREN = (
    "HMIC recommends that within six months the force should: review its approach to reports "
    "of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action;"
)
DASH_SUPERVISION = (
    "Immediately, the force should take steps to ensure that there is effective supervision of "
    "the initial risk assessment process, specifically in relation to the completion of DASH "
    "risk assessment in appropriate cases."
)
CDI_VICTIMS = (
    "Within three months, the force should put in place arrangements to ensure that:\n"
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
CDI_SYSTEM = (
    "Immediately, the force should improve its use of its crime-recording and management "
    "system to better manage its case files and investigative processes."
)
CUSTODY_CHILDREN = (
    "The force should in conjunction with children’s social care services, review how it "
    "manages the detention of children. As a minimum it should:• ensure that all children are "
    "only detained when absolutely necessary and for the absolute minimum amount of time;• "
    "ensure that officers and staff in the custody suite assess at an early stage a child’s "
    "need for alternative accommodation (secure or otherwise) and work with children’s social "
    "care services to achieve the most appropriate option for the child;• ensure that custody "
    "staff make a record of all actions taken and decisions made on the relevant "
    "documentation; and• improve the timeliness of adequate appropriate adult support for "
    "children who are arrested."
)
PEEL18 = [
    "The force should ensure regular and active supervision of the quality and progress of "
    "investigations. This supervision should be properly recorded.",
    "The force should develop its understanding of the links between its outcomes, outputs "
    "and costs.",
    "Lincolnshire Police should improve its ability to retrieve digital evidence from mobile "
    "phones, computers and other electronic devices quickly enough to ensure investigations "
    "are not delayed.",
]
PEEL21 = [
    "The force should improve its understanding of suspects released under investigation and "
    "the management of those released on bail.",
    "The force should make sure all processes in place to support performance management are "
    "effective.",
    "The force should ensure all staff have received at least the lowest level of vetting "
    "clearance for their roles as quickly as possible, working to clear both the vetting "
    "backlog and new vetting renewals when they become due so that it complies fully with the "
    "national vetting guidelines.",
    "The force should take steps to understand and address the reason behind why such a high "
    "proportion of victims of domestic abuse do not support the police investigation.",
    "Lincolnshire Police should develop a future workforce plan that is aligned with its "
    "overall demand and budget. The plan should include future resource allocations, the mix "
    "of skills required by the workforce and behaviours expected of them.",
    "The force should ensure that it has sufficient resources available in the control room "
    "to fulfil its resourcing model, and so to meet its demand, while also taking into "
    "account the wellbeing of its workforce.",
]
PEEL23 = [
    "The force should make sure the corporate risk register is actively used to mitigate and "
    "manage known risks.",
    "The force should make sure it has access to accurate data and analysis to support "
    "effective performance management.",
    "The force should make sure it provides a confidential way for staff to raise concerns and "
    "that staff are aware of whistleblowing processes.",
]

# --------------------------------------------------------------------------------------
# The HMICFRS register export: (key, ref, report, published, type, text, status, status date)
# --------------------------------------------------------------------------------------
R_SAS13 = "Stop and search powers: Are the police using them effectively and fairly?"
R_EVERY = "Everyone's business: Improving the police response to domestic abuse"
R_AUST = "Policing in austerity: Meeting the challenge"
R_CORE = ("Core Business: an inspection into crime prevention, police attendance and the use "
          "of police time")
R_INTEG = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide "
           "the capability to tackle corruption in policing")
R_SAS15 = "Stop and search powers 2: are the police using them effectively and fairly?"
R_PIC = "Building the picture: an inspection of police information management"
R_FIRE = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
          "licensing in police forces in England and Wales")
R_STOLEN = "Stolen freedom: the policing response to modern slavery and human trafficking"
R_EFC17 = "PEEL: Police efficiency 2017 (national overview)"
R_LEG17 = "PEEL: Police legitimacy 2017 (national overview)"
R_NCPI = "National child protection inspection 2018"
R_PEEL18 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19"
R_CDI = "Crime data integrity inspection 2019"
R_CUST = "Report on an unannounced inspection visit to police custody suites 2020"
R_POW = ("Disproportionate use of police powers: A spotlight on stop and search and the use "
         "of force")
R_PEEL21 = "PEEL: Police effectiveness, efficiency and legitimacy 2021/22"
R_PEEL23 = "PEEL: Police effectiveness, efficiency and legitimacy 2023/24"

D = dt.date
CP, BP, AR = "Complete", "Being progressed", "Awaiting review"
SUP, NFA = "Superseded", "No further action required"

HM = [
    ("S1", 1201, R_SAS13, D(2013, 7, 9), NAT, SAS13[0], CP, D(2016, 3, 14)),
    ("S2", 1202, R_SAS13, D(2013, 7, 9), NAT, SAS13[1], CP, D(2016, 3, 14)),
    ("S3", 1203, R_SAS13, D(2013, 7, 9), NAT, SAS13[2], CP, D(2017, 1, 20)),
    ("E1", 2321, R_EVERY, D(2014, 3, 27), NAT, EVERYONE_PLAN, SUP, D(2015, 9, 8)),
    ("A1", 3010, R_AUST, D(2014, 7, 22), NAT, AUSTERITY[0], NFA, D(2016, 2, 1)),
    ("A2", 3011, R_AUST, D(2014, 7, 22), NAT, AUSTERITY[1], NFA, D(2016, 2, 1)),
    ("A3", 3012, R_AUST, D(2014, 7, 22), NAT, AUSTERITY[2], NFA, D(2016, 2, 1)),
    ("A4", 3013, R_AUST, D(2014, 7, 22), NAT, AUSTERITY[3], CP, D(2017, 6, 30)),
    ("C1", 4821, R_CORE, D(2014, 9, 4), NAT, CORE[0], CP, D(2016, 11, 2)),
    ("C2", 4822, R_CORE, D(2014, 9, 4), NAT, CORE[1], BP, D(2023, 4, 18)),
    ("I1", 902, R_INTEG, D(2015, 1, 30), NAT, INTEGRITY, CP, D(2017, 5, 9)),
    ("P1", 4390, R_SAS15, D(2015, 3, 24), NAT, SAS15, CP, D(2017, 1, 20)),
    ("B1", 5012, R_PIC, D(2015, 7, 1), NAT, PICTURE, BP, D(2022, 10, 3)),
    ("F1", 5140, R_FIRE, D(2015, 9, 15), NAT, FIREARMS[0], CP, D(2016, 7, 12)),
    ("F2", 5141, R_FIRE, D(2015, 9, 15), NAT, FIREARMS[1], BP, D(2023, 2, 27)),
    ("F3", 5142, R_FIRE, D(2015, 9, 15), NAT, FIREARMS[2], CP, D(2019, 8, 5)),
    ("F4", 5143, R_FIRE, D(2015, 9, 15), NAT, FIREARMS[3], CP, D(2017, 3, 1)),
    ("F5", 5144, R_FIRE, D(2015, 9, 15), NAT, FIREARMS[4], AR, D(2024, 1, 15)),
    ("M1", 8310, R_STOLEN, D(2017, 10, 24), NAT, STOLEN[0], BP, D(2023, 9, 12)),
    ("M2", 8311, R_STOLEN, D(2017, 10, 24), NAT, STOLEN[1], BP, D(2023, 9, 12)),
    ("M3", 8312, R_STOLEN, D(2017, 10, 24), NAT, STOLEN[2], BP, D(2023, 9, 12)),
    ("M4", 8313, R_STOLEN, D(2017, 10, 24), NAT, STOLEN[3], CP, D(2020, 2, 4)),
    ("M5", 8314, R_STOLEN, D(2017, 10, 24), NAT, STOLEN[4], BP, D(2023, 9, 12)),
    ("M6", 8315, R_STOLEN, D(2017, 10, 24), NAT, STOLEN[5], BP, D(2023, 9, 12)),
    ("M7", 8316, R_STOLEN, D(2017, 10, 24), NAT, STOLEN[6], BP, D(2023, 9, 12)),
    ("D1", 8420, R_EFC17, D(2017, 11, 9), NAT, EFC17, SUP, D(2022, 6, 1)),
    ("L1", 8541, R_LEG17, D(2017, 12, 12), LEG17[0][0], LEG17[0][1], BP, D(2024, 3, 5)),
    ("L2", 8542, R_LEG17, D(2017, 12, 12), LEG17[1][0], LEG17[1][1], BP, D(2024, 3, 5)),
    ("L3", 8543, R_LEG17, D(2017, 12, 12), LEG17[2][0], LEG17[2][1], BP, D(2024, 3, 5)),
    ("L4", 8544, R_LEG17, D(2017, 12, 12), LEG17[3][0], LEG17[3][1], AR, D(2018, 1, 9)),
    ("L5", 8545, R_LEG17, D(2017, 12, 12), LEG17[4][0], LEG17[4][1], CP, D(2021, 5, 17)),
    ("N1", 9410, R_NCPI, D(2018, 6, 14), REC, MISSING_CHILDREN, BP, D(2024, 2, 19)),
    ("N2", 9411, R_NCPI, D(2018, 6, 14), REC, DASH_SUPERVISION, CP, D(2020, 7, 7)),
    ("W1", 9601, R_PEEL18, D(2019, 5, 2), AFI, PEEL18[0], CP, D(2021, 12, 6)),
    ("W2", 9602, R_PEEL18, D(2019, 5, 2), AFI, PEEL18[1], BP, D(2022, 8, 30)),
    ("W3", 9603, R_PEEL18, D(2019, 5, 2), AFI, PEEL18[2], BP, D(2022, 8, 30)),
    ("K1", 10121, R_CDI, D(2019, 9, 26), REC, CDI_VICTIMS, SUP, D(2022, 3, 21)),
    ("K2", 10122, R_CDI, D(2019, 9, 26), REC, CDI_SYSTEM, BP, D(2023, 11, 28)),
    ("U1", 10810, R_CUST, D(2020, 8, 18), REC, CUSTODY_CHILDREN, BP, D(2023, 6, 6)),
    ("R1", 11201, R_POW, D(2021, 2, 26), NAT, POWERS[0], BP, D(2024, 4, 22)),
    ("R2", 11202, R_POW, D(2021, 2, 26), NAT, POWERS[1], CP, D(2023, 1, 10)),
    ("R3", 11203, R_POW, D(2021, 2, 26), NAT, POWERS[2], BP, D(2024, 4, 22)),
    ("R4", 11204, R_POW, D(2021, 2, 26), NAT, POWERS[3], NFA, D(2021, 6, 1)),
    ("R5", 11205, R_POW, D(2021, 2, 26), NAT, POWERS[4], BP, D(2024, 4, 22)),
    ("G1", 12011, R_PEEL21, D(2022, 5, 12), AFI, PEEL21[0], BP, D(2024, 5, 2)),
    ("G2", 12012, R_PEEL21, D(2022, 5, 12), AFI, PEEL21[1], CP, D(2024, 5, 2)),
    ("G3", 12013, R_PEEL21, D(2022, 5, 12), AFI, PEEL21[2], BP, D(2024, 5, 2)),
    ("G4", 12014, R_PEEL21, D(2022, 5, 12), AFI, PEEL21[3], BP, D(2024, 5, 2)),
    ("G5", 12015, R_PEEL21, D(2022, 5, 12), AFI, PEEL21[4], BP, D(2024, 5, 2)),
    ("G6", 12016, R_PEEL21, D(2022, 5, 12), AFI, PEEL21[5], AR, D(2022, 5, 12)),
    ("H1", 13501, R_PEEL23, D(2024, 6, 20), AFI, PEEL23[0], AR, D(2024, 6, 20)),
    ("H2", 13502, R_PEEL23, D(2024, 6, 20), AFI, PEEL23[1], AR, D(2024, 6, 20)),
    ("H3", 13503, R_PEEL23, D(2024, 6, 20), AFI, PEEL23[2], AR, D(2024, 6, 20)),
]

# --------------------------------------------------------------------------------------
# The wiki page, top to bottom. Bands: ("band", text, url). Notes: ("note", text).
# Items: ("item", keys, no, ref, type, text, lead, updates, rag, target, category, why)
#   keys: tuple of HMICFRS keys the row holds (empty for not_on_hmicfrs_list).
# --------------------------------------------------------------------------------------
NB = "\xa0"  # &nbsp; left in an empty wiki cell
REG = "https://www.justiceinspectorates.gov.uk/hmicfrs/recommendation/lincolnshire/{}/"
PUB = "https://www.justiceinspectorates.gov.uk/hmicfrs/publications/{}/"

PAGE: list[tuple] = [
    ("band", "PEEL 2023/24 – published 20 June 2024", PUB.format("peel-2023-25-lincolnshire")),
    ("item", ("H3",), "1", 13503, "AFI",
     "The force should make sure it provides a confidential way for staff to raise concerns "
     "and that staff are aware of whistleblowing processes.",
     "TBC", ["01/11/24 – Awaiting allocation at COG."], "Red", NB,
     "in_sync", "Same ref 13503 and same words; HMICFRS 'Awaiting review' (open), force RED with "
     "'Awaiting allocation' (open): both open."),
    ("note", "Remaining AFIs from the 2023/24 report to be added after COG on 21/11/2024 – OL team"),
    ("band", "PEEL 2021/22 – published 12 May 2022", PUB.format("peel-2021-22-lincolnshire")),
    ("item", ("G1",), "2", 12011, "AFI",
     "Improve understanding of suspects released under investigation (RUI) and management of "
     "those released on bail.",
     "Det Ch Supt Force CID",
     ["04/10/24 – RUI/bail dashboard live in Qlik; monthly scrutiny at Crime Performance Board.",
      "Evidence pack submitted to OLB 17/10/24 – closure agreed."],
     "Blue", "Complete",
     "closeable_submit", "Ref 12011, reworded text of the RUI/bail AFI; HMICFRS 'Being "
     "progressed' (open) while the force marks it BLUE, closure agreed at OLB: submit to "
     "HMICFRS."),
    ("item", ("G2",), "3", 12012, "AFI",
     "The force should make sure all processes in place to support performance management are "
     "effective.",
     "Head of Corporate Development",
     ["10/10/24 – New performance framework drafted; consultation with BCUs until end Nov.",
      "19/06/24 – Framework review commissioned."],
     "Amber", D(2025, 3, 31),
     "closeable_local", "Ref 12012, verbatim text; HMICFRS 'Complete' (closed) but the force "
     "still AMBER: close the force's row."),
    ("item", ("G3",), "4", 12013, "Rec",
     "Ensure all staff have at least the lowest level of vetting clearance for their roles asap, "
     "clearing both the vetting backlog and renewals as they fall due so we comply fully with "
     "national vetting guidelines.",
     "Head of Professional Standards",
     ["30/09/24 – Backlog down to 212 (from 640). Two temporary vetting officers extended to "
      "March."],
     "Amber", "Q4 24/25",
     "conflict", "Ref 12013 and the vetting text agree, both open, but the force types it 'Rec' "
     "where HMICFRS lists an area for improvement: type disagrees."),
    ("item", ("G4",), "5", 12014, "AFI",
     "Understand & address why a high proportion of DA victims do not support the police "
     "investigation.",
     "Ch Supt Public Protection",
     ["07/10/24 – Victim withdrawal survey results back; themes to DA Strategic Group Dec.",
      "14/05/24 – Survey of DA victims who withdrew support commissioned with OPCC."],
     "Amber", D(2025, 1, 31),
     "in_sync", "Ref 12014, abbreviated DA-victims text; HMICFRS 'Being progressed', force "
     "AMBER: both open."),
    ("item", ("G5",), "6", 12015, "AFI",
     "Lincolnshire Police should develop a future workforce plan that is aligned with its "
     "overall demand and budget.\nThe plan should include future resource allocations, the mix "
     "of skills required by the workforce and behaviours expected of them.",
     "Director of People",
     ["02/09/24 – Strategic Workforce Plan 2024-28 approved at Chief Officer Group.",
      "Published on intranet; signed off by DCC."],
     "Blue", "Complete",
     "closeable_submit", "Ref 12015, verbatim workforce-plan text (two paragraphs on two rows); "
     "HMICFRS open ('Being progressed'), force BLUE: submit for closure."),
    ("item", ("G6",), "7", 12016, "AFI",
     "Sufficient resources in the control room to fulfil its resourcing model and meet demand, "
     "taking into account workforce wellbeing.",
     "Supt Contact Centre",
     ["11/10/24 – Abandonment rate 9.8% in Sept; recruitment of 18 call handlers under way.",
      "Demand review by Process Evolution reported July – 12 FTE gap."],
     "Red", D(2025, 6, 30),
     "in_sync", "Ref 12016, shortened control-room text; HMICFRS 'Awaiting review' (open), "
     "force RED (open): both open."),
    ("band", "Police powers spotlight (Feb 21) – Disproportionate use of police powers",
     PUB.format("disproportionate-use-of-police-powers-spotlight-on-stop-search-and-use-of-force")),
    ("item", ("R1",), "8", 11201, "National rec",
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management.\nThis should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Head of Learning & Development",
     ["23/09/24 – Communication skills module in PST for all frontline officers since April 23.",
      "Completed. Evidence submitted to HMICFRS for closure."],
     "Green", "Complete",
     "closeable_submit", "Ref 11201, verbatim text; HMICFRS 'Being progressed' (open), force "
     "GREEN = actions complete and submitted for closure: closeable_submit."),
    ("item", ("R2",), "9", 11202, "National rec",
     "By July 2021 – communication skills reinforced through CPD; supervisors supported to "
     "routinely debrief officers using BWV footage.",
     "Head of Learning & Development",
     ["CPD module and supervisor BWV debrief guide in place since Oct 21. Closed by HMICFRS "
      "Jan 23."],
     "Blue", "Complete",
     "in_sync", "Ref 11202, abbreviated CPD/BWV debrief text; HMICFRS 'Complete', force BLUE: "
     "both closed."),
    ("item", ("R3",), "10", 11203, "National rec",
     "By September 2021, forces should: ensure that officers record on body-worn video (when "
     "this is available) the entirety of all stop and search encounters, including traffic "
     "stops and use of force incidents.\nhave a structured process for regularly reviewing and "
     "monitoring internally a sufficient sample of body-worn video footage to identify and "
     "disseminate learning and hold officers to account when behaviour falls below acceptable "
     "standards.\nprovide external scrutiny panel members with access to samples of body-worn "
     "video footage showing stop and search encounters and use of force incidents, taking "
     "account of the safeguards in the College of Policing’s Authorised Professional Practice.",
     "ACC Local Policing",
     ["08/10/24 – BWV activation for S&S at 94%. Scrutiny panel viewing BWV quarterly.",
      "Internal dip-sample process being written into S&S policy – due Dec."],
     "Amber", D(2024, 12, 31),
     "in_sync", "Ref 11203, verbatim three-part BWV text (three rows of the block); HMICFRS "
     "'Being progressed', force AMBER: both open."),
    ("item", ("R4",), "11", 11204, "National rec",
     "Home Office and the NPCC – quality of data on use of force to effect a stop and search.",
     NB, ["Not for the force to deliver – Home Office / NPCC."], "N/A", NB,
     "in_sync", "Ref 11204, Home Office/NPCC item; HMICFRS 'No further action required' "
     "(closed), force 'N/A – not for the force to deliver' (the page's key treats it as no "
     "further force action, i.e. done): both closed."),
    ("item", ("R5",), "12", 11202, "National rec",
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.",
     "ACC Local Policing",
     ["08/10/24 – Use of force dashboard reviewed at Legitimacy Board quarterly.",
      "Disproportionality analysis by ethnicity being added."],
     "Amber", D(2024, 12, 31),
     "conflict", "The text is word for word HMICFRS 11205 (use of force monitoring), both open, "
     "but the force's ref cell says 11202, the CPD/BWV debrief item on row 9's block: the "
     "reference disagrees. Matched by text, not by the wrong ref."),
    ("band", "Custody inspection 2020 (HMICFRS/HMIP)", PUB.format("lincolnshire-custody-2020")),
    ("item", ("U1",), "13", 10810, "Rec",
     "In conjunction with children’s social care services, review how we manage the detention "
     "of children. As a minimum:\n• only detain children when absolutely necessary and for "
     "the minimum time;\n• custody staff assess at an early stage a child’s need for "
     "alternative accommodation;\n• record all actions and decisions on the relevant "
     "documentation; and\n• improve the timeliness of AA support for children who are arrested.",
     "Ch Insp Custody",
     ["14/10/24 – Submitted for closure. Concordat signed with LCC children's services; AA "
      "response times now reported monthly.",
      "Pending sign off by the chief officer lead – given 30/09/24."],
     "Green", "Complete",
     "closeable_submit", "Ref 10810, the custody children text reworded, all four bullets "
     "kept (one per row); HMICFRS 'Being progressed' (open), force GREEN submitted for "
     "closure 14/10/24."),
    ("band", "CDI 2019 – Crime Data Integrity", PUB.format("lincolnshire-crime-data-integrity-2019")),
    ("item", ("K1",), "14", 10121, "Rec",
     "Within three months, the force should put in place arrangements to ensure that:\n• at "
     "the point of report, victims are believed;\n• conversations between the call handlers "
     "and callers are summarised accurately in the incident log, thus providing attending "
     "officers with full facts on which to base crime-recording decisions;\n• multiple crimes "
     "are always recorded when described within incident records or identified as part of "
     "other recorded crime investigations;\n• the practice of awaiting the results of medical "
     "examinations or video interviews before making crime-recording decisions is stopped; "
     "and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing "
     "risks to the victim or the wider public are identified and appropriately managed.",
     "Force Crime Registrar",
     ["03/10/24 – Crime recording compliance 89% (Aug audit). Online triage still outstanding.",
      "12/06/24 – Victim believed training in CRIB refresher."],
     "Red", D(2024, 9, 30),
     "closeable_local", "Ref 10121, verbatim five-bullet text (six rows); HMICFRS 'Superseded' "
     "(closed) but the force still RED: close the force's row locally."),
    ("item", ("K2",), "15", 10122, "Rec",
     "Improve use of crime recording & management system (Niche) to better manage case files "
     "and investigative processes.",
     "Head of Criminal Justice",
     ["20/09/24 – Niche case file quality audit found 71% compliant.",
      "Next step: investigation plan template mandated from Jan 25."],
     "Amber", D(2025, 1, 31),
     "in_sync", "Ref 10122, shortened text; HMICFRS 'Being progressed', force AMBER: both open."),
    ("band", "PEEL 18-19 (published May 2019)", PUB.format("peel-2018-19-lincolnshire")),
    ("item", ("W1",), "16", 9601, "AFI",
     "The force should ensure regular and active supervision of the quality and progress of "
     "investigations. This supervision should be properly recorded.",
     "Det Ch Supt Force CID", ["Complete – closed by HMICFRS Dec 21."], "Blue", "Complete",
     "in_sync", "Ref 9601, verbatim; HMICFRS 'Complete', force BLUE: both closed."),
    ("item", ("W2",), "17", 9602, "AFI",
     "Develop its understanding of links between its outcomes, outputs and costs.",
     "Director of Finance",
     ["26/09/24 – Outcome-based budgeting adopted for 2025/26 budget round; VFM profile "
      "analysis presented to PCC.", "Ready to move to GREEN status."],
     "Green", "Complete",
     "closeable_submit", "Ref 9602, lightly reworded; HMICFRS 'Being progressed', force GREEN: "
     "submit for closure."),
    ("item", ("W3",), "18", 9603, "AFI",
     "Improve ability to retrieve digital evidence from mobile phones, computers & other "
     "devices quickly enough so investigations are not delayed.",
     "Head of Intelligence",
     ["30/09/24 – DFU backlog 410 devices, median wait 94 days.",
      "Kiosk rollout to 3 further stations paused – funding."],
     "Red", "Sep-24",
     "in_sync", "Ref 9603, abbreviated digital-evidence text; HMICFRS 'Being progressed', "
     "force RED: both open."),
    ("item", (), "19", 9604, "AFI",
     "Undertake further work to gain a fuller understanding of current demand for its services "
     "and likely future changes in demand.",
     "Head of Corporate Development",
     ["15/08/24 – Force Management Statement 5 completed; demand model refreshed."],
     "Amber", D(2024, 12, 31),
     "not_on_hmicfrs_list", "Demand-understanding AFI with ref 9604: no 9604 and no item with "
     "this text anywhere on the HMICFRS list (its PEEL 2018/19 items are 9601–9603). Query with "
     "HMICFRS."),
    ("band", "NCPI 2018 – National Child Protection Inspection", PUB.format("lincolnshire-ncpi-2018")),
    ("item", ("N1",), "20a", 9410, "Rec",
     "(a) Missing children – call takers understand and use the missing and absent category "
     "appropriately.",
     "Supt Contact Centre", ["Absent category withdrawn Apr 19 in line with APP."], "Blue",
     "Complete",
     "in_sync", "Part (a) of the missing-children rec 9410, split by the force into rows "
     "20a/20b/20c. Parts (a) and (b) BLUE, part (c) AMBER, so the item is still open for the "
     "force; HMICFRS 'Being progressed' (open): in_sync."),
    ("item", ("N1",), "20b", 9410, "Rec",
     "(b) Call takers and frontline staff have knowledge to identify CSE risk factors and how "
     "to respond.",
     "Ch Supt Public Protection", ["CSE input in all frontline training since 2019."],
     "Blue", "Complete",
     "in_sync", "Part (b) of 9410 (force split). Done, but part (c) is not, so the item as a "
     "whole is open on both sides."),
    ("item", ("N1",), "20c", 9410, "Rec",
     "(c) Supervisors provide correct oversight of missing person enquiries and direct timely "
     "investigative and safeguarding action.",
     "Ch Supt Public Protection",
     ["01/10/24 – Missing person supervisory review dip-sample: 68% compliant.",
      "Re-audit planned Jan 25."],
     "Amber", D(2025, 1, 31),
     "in_sync", "Part (c) of 9410 (force split), AMBER; HMICFRS 'Being progressed': both open."),
    ("item", ("N2",), "21", 9411, "Rec",
     "Immediately – effective supervision of the initial risk assessment process, "
     "specifically completion of DASH in appropriate cases.",
     "Ch Supt Public Protection", ["Closed by HMICFRS July 2020."], "Blue", "Complete",
     "in_sync", "Ref 9411, DASH supervision text shortened; HMICFRS 'Complete', force BLUE: both "
     "closed."),
    ("band", "PEEL Legit 17 S&S – PEEL: Police legitimacy 2017", PUB.format("peel-police-legitimacy-2017")),
    ("item", ("L1",), "22", 8541, "CoC",
     "Cause of concern – forces not able to demonstrate that use of stop and search powers is "
     "consistently reasonable and fair; over-representation of BAME people, and black people "
     "in particular, in S&S data which many forces are unable to explain.",
     "ACC Local Policing",
     ["08/10/24 – Disproportionality rate for black people 3.1 (Sept 23: 4.0).",
      "External scrutiny panel reviewing all searches of black males monthly."],
     "Amber", "Ongoing",
     "in_sync", "Ref 8541, the cause of concern in the force's words, type CoC on both sides; "
     "HMICFRS 'Being progressed', force AMBER: both open."),
    ("item", ("L2",), "23", 8542, "National rec",
     "By July 2018, all police forces across England and Wales should be regularly and "
     "frequently monitoring a comprehensive set of data and information on use of stop and "
     "search powers to understand:\n•the reasons for any disproportionate representation of "
     "different ethnic groups in the use of stop and search; •the extent to which find rates "
     "differ between people from different ethnicities, and across different types of "
     "searches (including separate identification of find rates for drug possession and "
     "supply-type offences); and •the prevalence of possession-only drug searches, and the "
     "extent to which these align with local or force level priorities.",
     "ACC Local Policing",
     ["08/10/24 – S&S dashboard includes find rates by ethnicity and search type.",
      "Possession-only drug search analysis not yet routine."],
     "Amber", D(2024, 12, 31),
     "in_sync", "Ref 8542, verbatim (inline bullets kept); HMICFRS 'Being progressed', force "
     "AMBER: both open."),
    ("item", ("L3",), "24", 8543, "National rec",
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;",
     "ACC Local Policing",
     ["Annual disproportionality report published on force website Aug 24; actions "
      "agreed with scrutiny panel.", "OLB agreed closure 17/10/24."],
     "Blue", "Complete",
     "closeable_submit", "Ref 8543, verbatim; HMICFRS 'Being progressed' (open), force BLUE: "
     "submit for closure."),
    ("item", ("L5",), "25", 8545, "National rec",
     "By July 2018 – all officers who use S&S powers trained on unconscious bias and CoP APP "
     "on stop and search.",
     "Head of Learning & Development", ["Complete."], "Blue", "Complete",
     "in_sync", "Ref 8545, abbreviated training text; HMICFRS 'Complete', force BLUE: both "
     "closed."),
    ("band", "PEEL Efficiency 17 (all forces)", PUB.format("peel-police-efficiency-2017")),
    ("item", ("D1",), "26", 8420, "National rec",
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force.",
     "Head of Information Management",
     ["05/09/24 – Digital Strategy refresh delayed pending NEP migration."], "Amber",
     D(2025, 3, 31),
     "closeable_local", "Ref 8420, first sentence of the digital-services text (the force "
     "dropped the Home Office/NPCC sentence, which is not the force's to deliver); HMICFRS "
     "'Superseded' (closed), force AMBER: close locally."),
    ("band", "Stolen Freedom (MSHT) 2017 – published 24 October 2017", PUB.format("stolen-freedom-the-policing-response-to-modern-slavery-and-human-trafficking")),
    ("item", ("M1",), "27", 8310, "National rec",
     "Within twelve months, forces should review their leadership and governance arrangements "
     "for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise "
     "the response to modern slavery and human trafficking;\n• every incident of modern "
     "slavery identified to police is allocated appropriate resources with the skills, "
     "experience and capacity to investigate it effectively;\n• performance and quality "
     "assurance measures are in place to allow senior leaders to assess the nature and quality "
     "of the service provided to victims.",
     "Det Ch Supt Force CID",
     ["25/09/24 – MSHT Gold group meets bi-monthly; performance pack in development."],
     "Amber", D(2025, 3, 31),
     "conflict", "Ref 8310, the leadership/governance text, both open, but the force's copy has "
     "three bullets where HMICFRS has four: the partnership-arrangements bullet ('forces "
     "develop effective partnership arrangements…') is missing."),
    ("item", ("M2",), "28", 8311, "National rec",
     "Within twelve months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Head of Intelligence",
     ["ISA with Lincolnshire County Council, UKBF and GLAA signed 2019.",
      "Completed. Evidence submitted to HMICFRS for closure."],
     "Green", "Complete",
     "conflict", "Ref 8311, the information-sharing text, but the force says 'Within twelve "
     "months' where HMICFRS says 'Within six months': timescale disagrees (conflict takes "
     "precedence over the open/done difference)."),
    ("item", ("M3", "M5"), "29", "8312 / 8314", "National rec",
     "Immediately – s45 defence: victims carrying out criminal acts under compulsion "
     "attributable to slavery or exploitation get early and continuing consideration of the "
     "s45 defence.\nImmediately – full compliance with NCRS for MSHT offences, with sufficient "
     "audit capacity for the FCR.",
     "Force Crime Registrar",
     ["16/09/24 – s45 guidance in custody and CPS liaison; MSHT crime recording audit 97% "
      "compliant.", "Both submitted for closure 03/10/24."],
     "Green", "Complete",
     "closeable_submit", "One force row holds two HMICFRS items (refs '8312 / 8314'; one "
     "paragraph each). HMICFRS has both 'Being progressed' (open); the force row is GREEN, "
     "submitted for closure: closeable_submit for each."),
    ("item", ("M4",), "30", 8313, "National rec",
     "Immediately – fully compliant with NRM process; notify the Home Office of any individual "
     "suspected to be an adult victim of MSHT (MSA 2015).",
     "Det Ch Supt Force CID", ["Closed by HMICFRS Feb 2020."], "Blue", "Complete",
     "in_sync", "Ref 8313, abbreviated NRM text; HMICFRS 'Complete', force BLUE: both closed."),
    ("item", ("M6",), "31", 8315, "National rec",
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).",
     "Det Ch Supt Force CID",
     ["25/09/24 – MSHT investigations moved to PVP but no dedicated team. Little work yet "
      "undertaken in this area. Unlikely to reach deadlines."],
     "Red", NB,
     "in_sync", "Ref 8315, verbatim; HMICFRS 'Being progressed', force RED: both open."),
    ("item", ("M7",), "32", 8316, "National rec",
     "Review use of preventative powers under the Modern Slavery Act 2015 (STPO/SRO) to "
     "restrict activities of those who pose a clear threat.",
     "Det Ch Supt Force CID",
     ["25/09/24 – 3 STPOs obtained in 2024.", "Training for DS/DI on MSA orders planned Nov."],
     "Amber", D(2024, 11, 30),
     "in_sync", "Ref 8316, abbreviated preventative-powers text; HMICFRS 'Being progressed', "
     "force AMBER: both open."),
    ("band", "PEEL Efficiency 2016", PUB.format("peel-police-efficiency-2016-lincolnshire")),
    ("item", (), "33", NB, "AFI",
     "The force should improve its arrangements both to consult with the public about business "
     "planning and to feed back on changes made to service delivery as a result of such "
     "consultation.",
     "Head of Corporate Development", ["Complete – public consultation via OPCC survey."],
     "Blue", "Complete",
     "not_on_hmicfrs_list", "PEEL Efficiency 2016 consultation AFI with no ref: HMICFRS's list "
     "has no 2016 efficiency report and no item with this text. Query with HMICFRS (probably "
     "closed long ago and dropped from the list)."),
    ("band", "PEEL Effectiveness 2016", PUB.format("peel-police-effectiveness-2016-lincolnshire")),
    ("item", (), "34", 7405, "Rec",
     "Cease the practice of conducting DA risk assessments over the telephone and dealing with "
     "DA in the resolution centre.",
     "Ch Supt Public Protection", ["Practice ceased 2017.", "No further updates required."],
     "Blue", "Complete",
     "not_on_hmicfrs_list", "Ref 7405, telephone DA risk assessments: no 7405 and no such text "
     "on the HMICFRS list. Query with HMICFRS."),
    ("band", "Firearms licensing 2015 – Targeting the Risk", PUB.format("targeting-the-risk")),
    ("item", ("F1",), "35", 5140, "National rec",
     "Within three months – assess how well governance of firearms licensing meets the "
     "standards in APP; put correct arrangements in place where not complied with.",
     "Supt Firearms Licensing", ["Complete."], "Blue", "Complete",
     "in_sync", "Ref 5140, abbreviated governance text; HMICFRS 'Complete', force BLUE: both "
     "closed."),
    ("item", ("F2",), "36", 5141, "National rec",
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     "Supt Firearms Licensing",
     ["17/09/24 – Renewals backlog cleared (0 expired without temp permit).",
      "Submitted for closure 24/09/24."],
     "Green", "Complete",
     "closeable_submit", "Ref 5141, verbatim; HMICFRS 'Being progressed' (open), force GREEN "
     "submitted for closure."),
    ("item", ("F3",), "37", 5142, "National rec",
     "Immediately – all appropriate action being taken re ‘total expired’ licensing records.",
     "Supt Firearms Licensing",
     ["17/09/24 – Quarterly check of NFLMS expired list; 14 records outstanding."], "Amber",
     "Q3 24/25",
     "closeable_local", "Ref 5142, abbreviated total-expired text; HMICFRS 'Complete' (closed), "
     "force AMBER: close locally."),
    ("item", ("F4",), "38", 5143, "National rec",
     "Temporary permits – in accordance with HO guidance, recorded without delay on NFLMS, "
     "and systems to ensure certificate holders are never in unlawful possession of a firearm.",
     "Supt Firearms Licensing", ["Complete."], "Blue", "Complete",
     "in_sync", "Ref 5143, abbreviated temporary-permits text; HMICFRS 'Complete', force BLUE: "
     "both closed."),
    ("item", ("F5",), "39", 5144, "National rec",
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.",
     "Supt Contact Centre",
     ["02/10/24 – STORM flag for certificate holders live; dispatcher compliance audit due.",
      "Awaiting evidence from Contact Centre."],
     "Amber", D(2024, 12, 31),
     "in_sync", "Ref 5144, verbatim; HMICFRS 'Awaiting review' (open), force AMBER: both open."),
    ("band", "Stop & search powers 2 (2015)", PUB.format("stop-and-search-powers-2")),
    ("item", ("P1",), "40", 4390, "National rec",
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example young people.",
     "ACC Local Policing", ["Complete."], "Blue", "Complete",
     "in_sync", "Ref 4390 and the 2015 wording ('police and crime commissioners'), under the "
     "2015 band; HMICFRS 'Complete', force BLUE: both closed. Not the near-identical 2013 item "
     "1203 ('elected local policing bodies')."),
    ("band", "Core business", PUB.format("core-business")),
    ("item", ("C1",), "41", 4821, "National rec",
     "Not later than 31 March 2016 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.",
     "Supt Contact Centre", ["THRIVE adopted 2015.", "Closed."], "Blue", "Complete",
     "conflict", "Ref 4821, the call-handler criteria text, both closed, but the force's copy "
     "says 'Not later than 31 March 2016' where HMICFRS says '31 March 2015': the deadline "
     "figure disagrees."),
    ("item", ("C2",), "42", 4822, "National rec",
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.",
     "ACC Local Policing",
     ["09/10/24 – Problem-solving tracker on Niche; evaluation template agreed with "
      "University of Lincoln.", "Evaluation of 2023/24 plans still outstanding."],
     "Amber", D(2025, 3, 31),
     "in_sync", "Ref 4822, verbatim; HMICFRS 'Being progressed', force AMBER: both open."),
    ("item", ("I1",), "43", 902, "National rec",
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Head of Professional Standards", ["Complete."], "Blue", "Complete",
     "conflict", "Ref 902 and verbatim text of the Integrity matters (2015) item, both closed, "
     "but the force has filed it under its 'Core business' band: the report disagrees."),
    ("band", "Policing in Austerity 2014", PUB.format("policing-in-austerity-meeting-the-challenge")),
    ("item", ("A1",), "44", NB, "National rec",
     "Review plans to deliver savings – continue to reduce crime and protect the front line "
     "while balancing budgets (use HMIC VfM profiles).",
     "Director of Finance", ["No further action – HMICFRS."], "Blue", "Complete",
     "in_sync", "No ref; the savings-plan text abbreviated under the Austerity band; HMICFRS 'No "
     "further action required' (closed), force BLUE: both closed."),
    ("item", ("A2",), "45", NB, "National rec",
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position.",
     "Director of Finance",
     ["09/09/24 – Collaboration savings being reviewed as part of EMSOU / regional review."],
     "Amber", D(2025, 3, 31),
     "closeable_local", "No ref; the 10%-collaboration text (first sentence) under the "
     "Austerity band; HMICFRS 'No further action required' (closed), force AMBER: close "
     "locally."),
    ("item", ("A3",), "46", NB, "National rec",
     "Forces reducing the proportion of workforce/officers on the front line to assess whether "
     "they have taken decisive action to maintain crime fighting capacity.",
     "DCC", ["No further action – HMICFRS."], "Blue", "Complete",
     "in_sync", "No ref; front-line proportion text abbreviated; HMICFRS 'No further action "
     "required', force BLUE: both closed."),
    ("item", ("A4",), "47", NB, "National rec",
     "Review plans for collaboration – scope for better VfM and capability through joint "
     "working with other forces, the public and/or private sector.",
     "DCC", ["Complete."], "Blue", "Complete",
     "in_sync", "No ref; collaboration-plans text abbreviated; HMICFRS 'Complete', force BLUE: "
     "both closed."),
    ("band", "Domestic abuse - Everyone's business (2014)", PUB.format("everyones-business-improving-the-police-response-to-domestic-abuse")),
    ("item", ("E1",), "48", 2321, "National rec",
     "By September 2014, every police force in England and Wales should establish and publish "
     "an action plan that specifies in detail what steps it will take to improve its approach "
     "to domestic abuse.\nThis action plan should be developed:\n• in consultation with police "
     "and crime commissioners, domestic abuse support organisations and victims' "
     "representatives;\n• after close consideration of all the recommendations in this "
     "report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, "
     "whether in connection with the force in question or another force; and 20\n• drawing on "
     "relevant knowledge acquired or available from other sources such as CPS scrutiny panels "
     "and MARAC self-assessments.",
     "Ch Supt Public Protection",
     ["DA action plan published Sept 2014.", "Superseded by PEEL effectiveness inspections."],
     "Blue", "Complete",
     "in_sync", "Ref 2321, verbatim (stray footnote '20' kept, six rows); HMICFRS 'Superseded' "
     "(closed), force BLUE: both closed."),
    ("band", "Stop & Search powers (HMIC 2013)", PUB.format("stop-and-search-powers-are-the-police-using-them-effectively-and-fairly")),
    ("item", ("S1",), "49", NB, "National rec",
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. "
     "This should be compliant with the Code of Practice.",
     "ACC Local Policing", ["Complete."], "Blue", "Complete",
     "in_sync", "No ref; verbatim APP specification text under the 2013 band; HMICFRS "
     "'Complete', force BLUE: both closed."),
    ("item", ("S2",), "50", NB, "National rec",
     "Establish or improve monitoring of the way officers stop and search people – acting in "
     "accordance with the law and PACE Code A, power used effectively.",
     "ACC Local Policing", ["Complete."], "Blue", "Complete",
     "in_sync", "No ref; monitoring text abbreviated under the 2013 band; HMICFRS 'Complete', "
     "force BLUE: both closed."),
    ("item", ("S3",), "51", NB, "National rec",
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives.",
     "ACC Local Policing",
     ["08/10/24 – Community scrutiny panel being relaunched with youth panel; first meeting "
      "Dec 24."],
     "Amber", D(2024, 12, 31),
     "closeable_local", "No ref; the 2013 wording ('elected local policing bodies', 'code of "
     "practice' in lower case) under the 2013 band, so HMICFRS 1203, not the 2015 item 4390; "
     "HMICFRS 'Complete' (closed), force AMBER: close locally."),
]

MISSING = {
    "B1": "Building the picture (2015) information-management audit item 5012, 'Being "
          "progressed' on HMICFRS: no band, no ref and no text like it on the force page.",
    "L4": "'We expect forces to publish this analysis…' 8544, 'Awaiting review': the force's "
          "PEEL Legit 17 band has 8541, 8542, 8543 and 8545 but not 8544, and no row with this "
          "text.",
    "H1": "PEEL 2023/24 corporate risk register AFI 13501, 'Awaiting review': the force's "
          "2023/24 band holds only 13503 and a note that the rest are still to be added.",
    "H2": "PEEL 2023/24 data and analysis AFI 13502, 'Awaiting review': not yet added to the "
          "force page (see the note row under the 2023/24 band).",
}

RAG_FILL = {"Blue": "00B0F0", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}


def set_cell(ws, r, c, value, font, align, border, fill=None, fmt=None, link=None):
    cell = ws.cell(row=r, column=c, value=value)
    cell.font = font
    cell.alignment = align
    cell.border = border
    if fill:
        cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
    if fmt:
        cell.number_format = fmt
    if link:
        cell.hyperlink = link
    return cell


def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def save(wb: Workbook, path: str) -> None:
    wb.properties.creator = "Organisational Learning"
    wb.properties.lastModifiedBy = "Organisational Learning"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    with open(path, "wb") as f:
        f.write(fixed_zip(buf.getvalue()))


def build_hmicfrs() -> dict[str, str]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    head = ["Force", "Reference", "Report", "Publication date", "Type", "Recommendation",
            "Status", "Status date"]
    ws.append(head)
    for c in range(1, len(head) + 1):
        ws.cell(row=1, column=c).font = Font(bold=True)
    rows: dict[str, str] = {}
    for key, ref, rep, pub, typ, text, st, sd in HM:
        ws.append([FORCE, ref, rep, pub, typ, text, st, sd])
        r = ws.max_row
        ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=8).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=6).alignment = Alignment(wrap_text=True, vertical="top")
        rows[key] = f"Recommendations!{r}"
    for col, w in zip("ABCDEFGH", (20, 11, 50, 14, 24, 90, 18, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:H{ws.max_row}"
    save(wb, os.path.join(OUT, "hmicfrs.xlsx"))
    return rows


def build_tracker():
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    base = Font(name="Segoe UI", size=9, color="333333")
    bold = Font(name="Segoe UI", size=9, bold=True, color="333333")
    linkf = Font(name="Segoe UI", size=9, bold=True, color="0072C6", underline="single")
    reff = Font(name="Segoe UI", size=9, color="0072C6", underline="single")
    top = Alignment(vertical="top", wrap_text=True)
    topnw = Alignment(vertical="top")
    thin = Side(style="thin", color="C6C6C6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    none = Border()

    ws.cell(row=1, column=1, value="Home  ›  Corporate Development  ›  Organisational Learning  ›  "
            "HMICFRS").font = Font(name="Segoe UI", size=8, color="666666")
    ws.cell(row=2, column=1, value="HMICFRS recommendations and areas for improvement – current "
            "position").font = Font(name="Segoe UI Light", size=16, color="333333")
    ws.cell(row=3, column=1, value="This page is the single record of Lincolnshire Police’s "
            "progress against HMICFRS recommendations, causes of concern and areas for "
            "improvement. Leads update their own rows; the Organisational Learning team review "
            "the page before each Organisational Learning Board (OLB).").font = base
    ws.cell(row=4, column=1, value="RAG key:  BLUE – complete, closure agreed at OLB   |   GREEN "
            "– actions complete, submitted to HMICFRS for closure   |   AMBER – in progress, on "
            "track   |   RED – off track or overdue   |   N/A – not for the force to "
            "deliver").font = base
    # row 5 blank (the <p>&nbsp;</p> between the key and the table)
    head = ["No.", "HMICFRS ref", "Type", "Recommendation / AFI", "Lead",
            "Progress update (latest first)", "RAG", "Target date"]
    for c, h in enumerate(head, 1):
        set_cell(ws, 6, c, h, bold, topnw, box, fill="F3F3F3")

    r = 7
    truth: list[tuple[str, str, str, str]] = []
    layout: list[str] = []
    nonitems: list[tuple[int, str]] = [
        (1, "breadcrumb pasted above the page title"), (2, "page title"),
        (3, "page introduction paragraph"), (4, "RAG key paragraph"),
        (5, "blank paragraph between key and table"), (6, "table header row")]
    for entry in PAGE:
        if entry[0] == "band":
            _, text, url = entry
            set_cell(ws, r, 1, text, linkf, topnw, box, fill="E8E8E8", link=url)
            for c in range(2, 9):
                ws.cell(row=r, column=c).border = box
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            nonitems.append((r, f"report-title row (colspan pasted as merged A{r}:H{r}): {text}"))
            r += 1
            continue
        if entry[0] == "note":
            set_cell(ws, r, 1, entry[1], Font(name="Segoe UI", size=9, italic=True,
                                              color="333333"), topnw, box)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            nonitems.append((r, f"note row merged A{r}:H{r}, not an item: {entry[1]}"))
            r += 1
            continue
        (_, keys, no, ref, typ, text, lead, updates, rag, target, cat, why) = entry
        tparts = [p for p in text.split("\n") if p.strip()]
        uparts = [p for p in updates if p.strip()]
        n = max(len(tparts), len(uparts), 1)
        start, end = r, r + n - 1
        link = REG.format(int(ref)) if isinstance(ref, int) else None
        set_cell(ws, start, 1, int(no) if no.isdigit() else no, base, topnw, box)
        set_cell(ws, start, 2, ref, reff if link else base, topnw, box, link=link)
        set_cell(ws, start, 3, typ, base, topnw, box)
        set_cell(ws, start, 5, lead, base, top, box)
        fill = RAG_FILL.get(rag)
        rfont = Font(name="Segoe UI", size=9, bold=True,
                     color="FFFFFF" if rag in ("Red", "Blue") else "333333")
        set_cell(ws, start, 7, rag, rfont, topnw, box, fill=fill)
        if isinstance(target, dt.date):
            fmt = "mmm-yy" if target == D(2024, 9, 1) else "dd/mm/yyyy"
            set_cell(ws, start, 8, target, base, topnw, box, fmt=fmt)
        elif target == "Sep-24":
            set_cell(ws, start, 8, D(2024, 9, 1), base, topnw, box, fmt="mmm-yy")
        else:
            set_cell(ws, start, 8, target, base, topnw, box)
        for i in range(n):
            for c in (4, 6):
                ws.cell(row=start + i, column=c).border = box
        for i, p in enumerate(tparts):
            set_cell(ws, start + i, 4, p, base, top, box)
        for i, p in enumerate(uparts):
            set_cell(ws, start + i, 6, p, base, top, box)
        if n > 1:
            for c in (1, 2, 3, 5, 7, 8):
                for i in range(1, n):
                    ws.cell(row=start + i, column=c).border = box
                ws.merge_cells(start_row=start, start_column=c, end_row=end, end_column=c)
            # the shorter of the two split cells: its last line spans the rest of the block
            for c, parts in ((4, tparts), (6, uparts)):
                if 0 < len(parts) < n:
                    ws.merge_cells(start_row=start + len(parts) - 1, start_column=c,
                                   end_row=end, end_column=c)
            for i in range(1, n):
                nonitems.append((start + i, f"continuation of the item block starting at row "
                                 f"{start} (a line break inside the wiki cell became a new row; "
                                 f"No./ref/type/lead/RAG/target merged A{start}:A{end} etc.)"))
        frow = f"Sheet1!{start}"
        layout.append(f"rows {start}-{end}" if n > 1 else f"row {start}")
        if keys:
            for k in keys:
                truth.append((k, frow, cat, why))
        else:
            truth.append(("", frow, cat, why))
        r = end + 1
    # after the table: blank paragraph and the page footer text
    nonitems.append((r, "blank paragraph after the table"))
    r += 1
    ws.cell(row=r, column=1, value="Page owner: Organisational Learning Team (ext. 4417). Leads "
            "must not delete rows – ask the OL team to close them.").font = base
    nonitems.append((r, "page footer text"))
    for col, w in zip("ABCDEFGH", (6, 11, 12, 70, 22, 60, 9, 11)):
        ws.column_dimensions[col].width = w
    save(wb, os.path.join(OUT, "tracker.xlsx"))
    return truth, nonitems, layout


def write_readme(lines, nonitems, truth) -> None:
    hrow = {k: f"Recommendations!{i + 2}" for i, (k, *_r) in enumerate(HM)}
    frow: dict[str, list[str]] = {}
    for k, fr, _c, _w in truth:
        frow.setdefault(k or fr, []).append(fr.split("!")[1])
    f = lambda k: ", ".join(frow[k])  # noqa: E731
    counts: dict[str, int] = {}
    for _h, _f, c, _w in lines:
        counts[c] = counts.get(c, 0) + 1
    bands = [(r, w) for r, w in nonitems if w.startswith("report-title")]
    conts = [(r, w) for r, w in nonitems if w.startswith("continuation")]
    other = [(r, w) for r, w in nonitems if not (w.startswith("report-title")
                                                  or w.startswith("continuation"))]
    n_force_items = len({fr for _k, fr, _c, _w in truth})
    cont_txt = ", ".join(f"{r} (→{w.split('row ')[1].split(' ')[0]})" for r, w in conts)
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict",
             "missing_from_force", "not_on_hmicfrs_list", "review"]
    md = f"""# intranet_wiki_table_pasted_rows

## The story

Lincolnshire Police's Organisational Learning (OL) team keep the force's HMICFRS tracker as a
table on a SharePoint classic **wiki page** ("HMICFRS recommendations and areas for improvement –
current position"). Leads edit their own rows in the browser: they type several paragraphs into
one cell (newest update first), paste HMICFRS wording with its bullets, and colour the RAG cell.
There is no export button on a wiki page, so before the Joint Audit Committee the analyst
selected the page from its breadcrumb down to the footer, copied it in the browser and pasted it
into a new Excel workbook (keep source formatting), then saved it as `tracker.xlsx` without
tidying it. That paste is the whole layout: Excel turns every line break, paragraph or list
item inside an HTML table cell into **a new worksheet row**, and merges the table row's other,
single-line cells vertically over those rows; a report-title row that spanned the table
(`colspan`) comes through merged across A:H; `&nbsp;` placeholders come through as a lone
non-breaking space; typed dates become real dates; ids become numbers; links survive.

The HMICFRS side is an ordinary register export for the force (`hmicfrs.xlsx`).

## The files

- `hmicfrs.xlsx` — one sheet `Recommendations`, header on row 1, {len(HM)} item rows (2–{len(HM) + 1}),
  no other rows. Columns: Force, Reference (integer), Report, Publication date (date), Type
  (Recommendation / Area for improvement / Cause of concern / National recommendation),
  Recommendation (real HMICFRS wording, line breaks and bullets kept), Status (Awaiting review,
  Being progressed, Complete, Superseded, No further action required), Status date.
- `tracker.xlsx` — one sheet `Sheet1` (the default name of the new workbook the page was pasted
  into). Rows 1–5 are the page furniture (breadcrumb, title, introduction, RAG key, a blank
  paragraph); the table header is **row 6**: No. · HMICFRS ref · Type · Recommendation / AFI ·
  Lead · Progress update (latest first) · RAG · Target date. Below it, {len(bands)} report-title
  rows, one note row, {n_force_items} items laid out over {n_force_items + len(conts)} rows, then a
  blank row and a footer line. Font Segoe UI 9, thin grey borders, RAG cells filled (Blue
  00B0F0, Green 92D050, Amber FFC000, Red FF0000) and also worded.
- `truth.csv` — UTF-8, `hmicfrs_row,force_row,category,why`, {len(lines)} lines.

The RAG key on row 4 is the page's own: BLUE = complete, closure agreed at OLB; GREEN = actions
complete, submitted to HMICFRS for closure; AMBER = in progress; RED = off track; N/A = not for
the force to deliver. So Blue, Green and N/A are *done*; Amber and Red are *open*.

## What the layout brings (row numbers as Excel shows them, `Sheet1`)

1. **An item is a block of rows, not a row.** Where a wiki cell held several lines, the item
   occupies several rows: No. (A), ref (B), type (C), lead (E), RAG (G) and target (H) are
   merged down the block, the text (D) and the update (F) run one line per row; the last line
   of the shorter of D/F is merged down to the end of the block. pandas sees values only on the
   block's first row and NaN below. Examples: rows {f("K1")} – rows 39–44 are the CDI
   victims-believed recommendation, stem on 39 and one bullet per row on 40–44; rows
   {f("E1")} onward hold *Everyone's business*, six lines with the stray footnote "20"; rows
   {f("U1")} onward the custody children item, stem plus four bullets. The truth names the
   block's **first row**; every continuation row is listed below as a non-item.
2. **Continuation rows carrying only an update line** (D empty or merged, F holding an older
   update): e.g. rows 12, 14, 17, 21 — each belongs to the item above, it is not a new item.
3. **Report-title rows** merged across A:H and hyperlinked to the report, in the force's own
   names ("PEEL 18-19 (published May 2019)", "Police powers spotlight (Feb 21) …", "Core
   business"), newest report first.
4. **A note row** (row 9) merged across A:H under the PEEL 2023/24 band: "Remaining AFIs … to be
   added after COG on 21/11/2024" — explains two missing items, is not an item.
5. **`&nbsp;` cells**: a lone U+00A0 in Lead and Target (rows 8, 29), and in the ref cell of the
   no-ref rows (e.g. rows {f("A1")}, {f("S1")}, and the not-on-list row 84), and in the target of row {f("M6")}.
   They look blank and are blank.
6. **Refs as numbers with hyperlinks** to the old register page; one combined text ref
   "8312 / 8314" (row {f("M3")}); the no-ref rows are the pre-2015 national items (Austerity, Stop
   and search 2013).
7. **Target dates** are real dates (dd/mm/yyyy), one "Sep 2024" that Excel turned into
   1 Sep 2024 shown as `Sep-24` (row {f("W3")}), and text ("Complete", "Q4 24/25", "Ongoing").
8. **No. is the page's running number** (1–51, and "20a/20b/20c" for a split), not an HMICFRS
   reference.

## Traps and how the truth decides them

- **Block vs. split**: a multi-row block is one item (rows 39–44 are one row of the wiki
  table). The only genuine force split is the missing-children recommendation 9410, which the
  force typed as three wiki rows 20a/20b/20c (rows {f("N1")}), each with its own lead and RAG;
  truth has three lines with the same hmicfrs_row. Parts a and b are BLUE, part c AMBER, so the
  item is open on the force side and HMICFRS is "Being progressed": `in_sync` ×3.
- **Two items in one row**: row {f("M3")} holds HMICFRS 8312 (s45 defence) and 8314 (NCRS for
  MSHT), one paragraph each and ref "8312 / 8314"; GREEN, submitted for closure, both open at
  HMICFRS: two lines, `closeable_submit`.
- **Wrong reference**: row {f("R5")} carries ref 11202, but its text is word for word 11205 (use of
  force monitoring); 11202 (CPD/BWV debrief) has its own row {f("R2")}. Matched by text →
  `conflict` (reference).
- **Near-identical national texts**: 1203 (2013, "elected local policing bodies", "code of
  practice") and 4390 (2015, "police and crime commissioners", "Code of Practice") — the force
  has both, under their own bands (rows {f("S3")} and {f("P1")}), neither with a ref. Decided by
  band and wording: 4390 `in_sync` (both closed), 1203 `closeable_local` (HMICFRS Complete,
  force AMBER).
- **Conflicts**: timescale "Within twelve months" for "Within six months" (8311, row {f("M2")});
  deadline figure "31 March 2016" for "31 March 2015" (4821, row {f("C1")}); a missing bullet —
  the partnership bullet of 8310 (row {f("M1")}); type "Rec" for an AFI (12013, row {f("G3")});
  report — the Integrity matters item 902 filed under the Core business band (row {f("I1")});
  reference (row {f("R5")}). A conflict wins over the open/done comparison (8311 is GREEN while
  HMICFRS is open).
- **N/A = done**: 11204 (Home Office/NPCC data item), force "N/A – not for the force to deliver",
  HMICFRS "No further action required": both closed, `in_sync` (row {f("R4")}).
- **Abridged force wording** is normal and not a conflict: "DA", "S&S", "RUI", "NFLMS", a
  dropped trailing sentence that is not the force's (8420's Home Office sentence; the "HMIC will
  follow up" sentence of 3011).
- **Not on the HMICFRS list**: row 53 (ref 9604, a PEEL 2018/19 demand AFI; the list's
  PEEL 2018/19 items are 9601–9603), row 84 (a PEEL Efficiency 2016 consultation AFI, no ref)
  and row 86 (ref 7405, PEEL Effectiveness 2016 telephone DA risk assessments): no such ref and
  no such text on the list.
- **Missing from the force**: 5012 (Building the picture), 8544 (publish the analysis, the gap in
  the force's 8541–8545 run), 13501 and 13502 (PEEL 2023/24, not yet added — see note row 9).
- No `review` lines: every pair can be decided from the two rows.

## Counts

| category | lines |
|---|---|
""" + "".join(f"| {c} | {counts.get(c, 0)} |\n" for c in order) + f"""| **total** | **{len(lines)}** |

{len(HM)} HMICFRS items, each at least once; {n_force_items} force items (first rows of blocks), each
once, row {f("M3")} twice (two items) — {len(lines)} lines.

## Rows that are not items

`tracker.xlsx`, `Sheet1`:

""" + "".join(f"- {r}: {w}\n" for r, w in other) + "".join(
        f"- {r}: {w}\n" for r, w in bands) + f"""- Continuation rows, each part of the item block above (a line break inside the wiki cell
  became a row; the number after the arrow is the block's first row): {cont_txt}.

`hmicfrs.xlsx`, `Recommendations`: row 1, the header. No other non-item rows.

## Checks run

- Every tracker row from 7 to the last table row is either the first row of an item block (in
  the truth exactly once, or twice for the two-item row) or listed above as a non-item; every
  HMICFRS row 2–{len(HM) + 1} is in the truth at least once.
- Both files read back with pandas (`read_excel`, header=None) and openpyxl; merged ranges
  checked (blocks, bands, note row); the non-breaking-space cells and the `Sep-24` date read back
  as written.
- Every HMICFRS text checked against the project's real-text lists (verbatim, or a real stem
  around a real body).
- Built twice; all four files byte-identical (no randomness, no clock: fixed document
  properties and zip timestamps).
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(md)


def main() -> None:
    os.makedirs(OUT, exist_ok=True)
    hrows = build_hmicfrs()
    truth, nonitems, layout = build_tracker()
    seen = set()
    lines = []
    for key, frow, cat, why in truth:
        lines.append((hrows[key] if key else "", frow, cat, why))
        seen.add(key)
    for key, *_ in HM:
        if key not in seen:
            lines.append((hrows[key], "", "missing_from_force", MISSING[key]))
    lines.sort(key=lambda x: (int(x[0].split("!")[1]) if x[0] else 10_000,
                              int(x[1].split("!")[1]) if x[1] else 0))
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    write_readme(lines, nonitems, truth)


if __name__ == "__main__":
    main()
