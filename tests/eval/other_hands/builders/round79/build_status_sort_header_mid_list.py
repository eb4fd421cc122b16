"""Build the evaluation case `status_sort_header_mid_list`.

The HMICFRS side is the force liaison lead's (FLL) "definitive list" workbook: a raw monitoring
portal export (every cell text, no styling) with a title typed above it. The analyst sorted it
by Status with Excel's "My data has headers" box unticked, so the export's header row was
sorted into the data: it now sits between the "No further action required" block and the
"Superseded" block, and most item rows lie ABOVE it. The analyst then switched on an AutoFilter,
which landed on the first data row.

The force side is an ordinary RAG tracker.

Run: /work/main/.venv/bin/python /tmp/indep79/build_status_sort_header_mid_list.py
Rebuilds byte for byte (fixed document properties; XlsxWriter writes fixed zip timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from pathlib import Path

import xlsxwriter

CASE = "status_sort_header_mid_list"
OUT = Path("/tmp/indep79") / CASE
FORCE = "Staffordshire Police"
H_SHEET = "Definitive list"
T_SHEET = "Tracker"
FIXED = dt.datetime(2026, 10, 30, 9, 0, 0)

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date as the portal writes it, tracker name)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              "09/07/2013", "Stop and Search 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 "27/03/2014", "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", "22/07/2014",
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", "04/09/2014", "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", "30/01/2015",
                  "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              "24/03/2015", "Stop and Search 2 (2015)"),
    "picture": ("Building the picture: an inspection of police information management",
                "01/07/2015", "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", "15/09/2015",
                 "Targeting the Risk (Firearms Licensing) 2015"),
    "eff16": ("PEEL: Police effectiveness 2016", "02/03/2017", "PEEL Effectiveness 2016"),
    "cdi17": ("Crime data integrity inspection 2017", "07/09/2017", "CDI 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               "24/10/2017", "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", "09/11/2017",
              "PEEL Efficiency 2017 - national"),
    "efc17f": ("PEEL: Police efficiency 2017", "09/11/2017", "PEEL Efficiency 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", "12/12/2017",
              "PEEL Legit 17 S&S"),
    "ncpi18": ("National child protection inspection 2018", "21/06/2018", "NCPI 2018"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", "02/05/2019",
               "PEEL 18-19"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", "26/02/2021", "Police powers spotlight (Feb 21)"),
    "cdi21": ("Crime data integrity inspection 2021", "14/09/2021", "CDI inspection 2021"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", "20/05/2022",
               "PEEL 21-22"),
    "cust22": ("Report on an unannounced inspection visit to police custody suites 2022",
               "16/08/2022", "Custody inspection 2022"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", "14/05/2024",
               "PEEL 23-24"),
}

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")
T_TYPE = {REC: "Rec", AFI: "AFI", COC: "CoC", NAT: "National Rec"}

# HMICFRS comments (register wording, research notes 1.2)
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being "
         "monitored by HMICFRS and this record will, in due course, be updated.")
C_REV = ("The status of this recommendation is currently being reviewed by HMIC and will be "
         "updated when this review is complete.")
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by "
          "members of the CDI inspection team in recent inspection activity.")
C_SUP_EFF = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
             "inspections. Where a cause of concern still exists this will appear in the "
             "register against these subsequent inspections.")
C_SUP_LEG = ("This area of activity has subsequently been inspected in HMICFRS's PEEL Legitimacy "
             "inspections. Where a cause of concern still exists this will appear in the "
             "register against these subsequent inspections.")
C_NFA = ("No further action is required. This area of activity has subsequently been inspected "
         "each year, most recently in HMICFRS's PEEL Efficiency inspections.")
C_NFA_NAT = ("No further action required by forces: this recommendation is directed at the Home "
             "Office and the NPCC.")

# --------------------------------------------------------------------------------------------
# Real recommendation texts (Open Government Licence), copied as literals.
# --------------------------------------------------------------------------------------------
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
MISSING_CHILDREN = (
    "Within six months the force should review its approach to reports of missing children "
    "and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)
CUSTODY_CHILDREN = (
    "Within six months Staffordshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff make a record of all actions taken and decisions made on "
    "the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested."
)
DASH_COC = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)

# --------------------------------------------------------------------------------------------
# HMICFRS items in the FLL's original order (publication date, then reference).
# id, report, type, ref, text, status, status date, comment
# --------------------------------------------------------------------------------------------
AR, BP, CO, NF, SU = ("Awaiting review", "Being progressed", "Complete",
                      "No further action required", "Superseded")

ITEMS = [
    (1, "sas13", NAT, "1187",
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. "
     "This should be compliant with the Code of Practice.", SU, "14/03/2016", C_SUP_LEG),
    (2, "sas13", NAT, "1188",
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.", CO,
     "14/03/2016", C_DONE),
    (3, "sas13", NAT, "1189",
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.", CO, "14/03/2016",
     C_DONE),
    (4, "everyone", NAT, "2321", EVERYONE_PLAN, NF, "30/11/2017", C_NFA),
    (5, "austerity", NAT, "3410",
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews", NF,
     "30/11/2017", C_NFA),
    (6, "austerity", NAT, "3411",
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", NF, "30/11/2017", C_NFA),
    (7, "austerity", NAT, "3412",
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.", NF, "30/11/2017", C_NFA),
    (8, "austerity", NAT, "3413",
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there "
     "is scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.", NF, "30/11/2017",
     C_NFA),
    (9, "core", NAT, "4822",
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", SU, "02/03/2017",
     C_SUP_EFF),
    (10, "core", NAT, "4823",
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", CO, "11/05/2016", C_DONE),
    (11, "integrity", NAT, "902",
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.", CO,
     "19/01/2016", C_DONE),
    (12, "sas15", NAT, "5127",
     "Chief constables should, in consultation with police and crime commissioners, ensure "
     "that they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example young people.", CO,
     "14/03/2016", C_DONE),
    (13, "picture", NAT, "5391",
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.", BP, "07/04/2016", C_MON),
    (14, "firearms", NAT, "5702",
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", CO, "22/06/2016", C_DONE),
    (15, "firearms", NAT, "5703",
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", BP, "22/06/2016", C_MON),
    (16, "firearms", NAT, "5704",
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.", CO,
     "22/06/2016", C_DONE),
    (17, "firearms", NAT, "5705",
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     BP, "22/06/2016", C_MON),
    (18, "firearms", NAT, "5706",
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.", SU, "05/02/2024",
     "Superseded by the firearms licensing recommendations in the 2024 thematic inspection."),
    (19, "eff16", COC, "6710", DASH_COC, SU, "27/04/2018", C_SUP_EFF),
    (20, "eff16", REC, "6711",
     "To address this cause of concern, HMIC recommends the force should immediately take steps "
     "to ensure that there is effective supervision of the initial risk assessment process, "
     "specifically in relation to the completion of DASH risk assessment in appropriate cases.",
     SU, "27/04/2018", C_SUP_EFF),
    (21, "eff16", AFI, "6712",
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.", CO,
     "27/04/2018", C_DONE),
    (22, "eff16", AFI, "6713",
     "Staffordshire Police should consider ways of increasing the use of arrest, ancillary "
     "orders and other available powers, in order to improve the service it provides to "
     "victims of domestic abuse, offer the best possible protection and bring more perpetrators "
     "to justice.", BP, "27/04/2018", C_MON),
    (23, "cdi17", REC, "7315", CDI_VICTIMS, BP, "12/09/2019", C_MON),
    (24, "cdi17", REC, "7316",
     "Within three months, the force should improve its use of its crime-recording and "
     "management system to better manage its case files and investigative processes.", CO,
     "12/09/2019", C_AUTH),
    (25, "cdi17", AFI, "7317",
     "The force should revise its approach to cautions, cannabis warning and penalty notices "
     "for disorder to ensure that there is a clear and auditable explanation to the offender of "
     "the implications of receiving the warning and that, for victim-based crimes, there is a "
     "clear and auditable record that views of the victim are considered prior to their issue.",
     CO, "12/09/2019", C_AUTH),
    (26, "cdi17", AFI, "7318",
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.", BP, "12/09/2019", C_MON),
    (27, "stolen", NAT, "8120", SF_LEADERSHIP, BP, "30/11/2018", C_MON),
    (28, "stolen", NAT, "8121",
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible", CO,
     "30/11/2018", C_DONE),
    (29, "stolen", NAT, "8122",
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.", BP,
     "30/11/2018", C_MON),
    (30, "stolen", NAT, "8123",
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", CO, "30/11/2018", C_DONE),
    (31, "stolen", NAT, "8124",
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", BP, "30/11/2018", C_MON),
    (32, "stolen", NAT, "8125",
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).", BP, "30/11/2018", C_MON),
    (33, "stolen", NAT, "8126",
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", SU, "17/07/2023",
     "Superseded by the recommendations of the 2023 modern slavery inspection."),
    (34, "efc17", NAT, "8402",
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", BP, "10/11/2017", C_MON),
    (35, "efc17f", AFI, "8415",
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce.", CO, "02/05/2019", C_DONE),
    (36, "leg17", COC, "8541",
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", BP, "12/12/2017", C_REV),
    (37, "leg17", NAT, "8542", SAS_MONITORING_2017, BP, "12/12/2017", C_MON),
    (38, "leg17", NAT, "8543",
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n"
     "•carried out research and analysis in an attempt to understand the reasons for the "
     "disparity, and •taken action to reduce the disparity, where necessary;", BP, "12/12/2017",
     C_MON),
    (39, "leg17", NAT, "8544",
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", BP, "12/12/2017", C_MON),
    (40, "leg17", NAT, "8545",
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", CO, "21/02/2020",
     C_DONE),
    (41, "ncpi18", REC, "9033", MISSING_CHILDREN, BP, "21/06/2018", C_MON),
    (42, "ncpi18", AFI, "9034",
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to child sexual exploitation.", CO, "08/10/2020", C_DONE),
    (43, "peel18", AFI, "9460",
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public", CO,
     "20/05/2022", C_DONE),
    (44, "peel18", AFI, "9461",
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", BP, "02/05/2019", C_MON),
    (45, "peel18", AFI, "9462",
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", BP, "02/05/2019", C_MON),
    (46, "peel18", AFI, "9463",
     "The force should make sure all processes in place to support performance management are "
     "effective.", SU, "20/05/2022",
     "Superseded: performance management is assessed again in the PEEL 2021/22 inspection."),
    (47, "peel18", AFI, "9464",
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.", BP, "02/05/2019", C_MON),
    (50, "powers", NAT, "11305",
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.", BP,
     "26/02/2021", C_MON),
    (51, "powers", NAT, "11306",
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", CO, "09/03/2023", C_DONE),
    (52, "powers", NAT, "11307", BWV_2021, BP, "26/02/2021", C_MON),
    (53, "powers", NAT, "11308",
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.", NF, "26/02/2021", C_NFA_NAT),
    (54, "powers", NAT, "11309",
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", AR, "04/03/2026", C_REV),
    (67, "cdi21", REC, "11840",
     "Within three months, the force should make sure it records reports of anti-social "
     "behaviour accurately and without delay.", BP, "14/09/2021", C_MON),
    (68, "cdi21", AFI, "11841",
     "The force should make sure it records reports of hate crime accurately and without "
     "delay.", CO, "16/01/2025", C_AUTH),
    (55, "peel21", AFI, "12044",
     "The force should improve its understanding of the nature and scale of violence against "
     "women and girls in its area.", BP, "20/05/2022", C_MON),
    (56, "peel21", AFI, "12045",
     "The force should make sure victims of stalking and harassment are kept informed about "
     "the progress of their case, in line with the Code of Practice for Victims of Crime.", BP,
     "20/05/2022", C_MON),
    (57, "peel21", AFI, "12046",
     "The force should improve the timeliness of its response to calls for service involving "
     "people with mental ill health.", CO, "14/05/2024", C_DONE),
    (58, "peel21", AFI, "12047",
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", BP, "20/05/2022", C_MON),
    (59, "peel21", AFI, "12048",
     "The force should make sure it provides a confidential way for staff to raise concerns "
     "and that staff are aware of whistleblowing processes.", BP, "20/05/2022", C_MON),
    (60, "peel21", AFI, "12049",
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", BP, "20/05/2022", C_MON),
    (48, "cust22", REC, "12210", CUSTODY_CHILDREN, BP, "16/08/2022", C_MON),
    (61, "peel23", COC, "13102",
     "The size of the vetting backlog within Staffordshire Police is a cause of concern.", BP,
     "14/05/2024", C_MON),
    (62, "peel23", REC, "13103",
     "Within six months the force should ensure all staff have received at least the lowest "
     "level of vetting clearance for their roles as quickly as possible, working to clear both "
     "the vetting backlog and new vetting renewals when they become due so that it complies "
     "fully with the national vetting guidelines.", BP, "14/05/2024", C_MON),
    (63, "peel23", AFI, "13104",
     "The force should make sure investigations of domestic abuse are allocated to officers "
     "with the right skills and are effectively supervised.", AR, "14/05/2024", C_NEW),
    (64, "peel23", AFI, "13105",
     "The force should improve how it gathers, assesses and acts on intelligence about county "
     "lines drug dealing.", AR, "14/05/2024", C_NEW),
    (65, "peel23", AFI, "13106",
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to fraud.", AR, "14/05/2024", C_NEW),
    (66, "peel23", AFI, "13107",
     "The force should improve the way it manages the risk posed by offenders involved in "
     "online child sexual abuse.", AR, "14/05/2024", C_NEW),
    (69, "peel23", AFI, "13108",
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.", AR, "14/05/2024", C_NEW),
]

# --------------------------------------------------------------------------------------------
# Force tracker rows, in the tracker's own order (report by report, oldest first).
# (item ids, ref typed, report key or own name, type, text, lead, RAG, progress, submitted)
# item ids: tuple of HMICFRS item ids this row serves; () for a row not on the HMICFRS list.
# --------------------------------------------------------------------------------------------
D = dt.date
TRACKER = [
    ((1,), 1187, "sas13", "National Rec",
     "CCs & College of Policing to set out in the S&S APP a clear spec of what is effective "
     "and fair use of stop and search powers (Code of Practice compliant)", "ACC Local Policing",
     "GREEN", "National action - APP published by CoP. Force S&S policy aligned to it.", None),
    ((2,), 1188, "sas13", "National Rec",
     "Establish/improve monitoring of how officers stop & search people so we are satisfied "
     "they act within the law (incl. equality legislation & Code of Practice)",
     "ACC Local Policing", "GREEN", "Monthly S&S scrutiny dashboard in place.", None),
    ((3,), 1189, "sas13", "National Rec",
     "Explain to the public how S&S powers are used & arrange for S&S records to be "
     "scrutinised by community reps, involving those stopped e.g. young people",
     "ACC Local Policing", "AMBER",
     "Scrutiny panel terms of reference being refreshed; youth panel membership still to be "
     "agreed.", None),
    ((4,), 2321, "everyone", "National Rec",
     "Establish & publish a DA action plan setting out in detail the steps the force will take "
     "to improve its approach (developed with PCC, DA support orgs & victims' reps)",
     "Ch Supt Public Protection", "GREEN", "DA action plan published Sept 2014.", None),
    ((5, 8), None, "austerity", "National Rec",
     "Review savings plans to protect the front line while balancing the budget, and review "
     "plans for collaboration ahead of the next spending round (recs 1 & 4)",
     "Director of Finance", "AMBER",
     "Addressed holistically as part of the force change programme.", None),
    ((6,), None, "austerity", "National Rec",
     "Forces planning to deliver less than 20% of savings through collaboration to assess "
     "whether there is scope to improve on this", "Director of Finance", "GREEN",
     "Collaboration assessment completed and reported to the PCC.", None),
    ((7,), None, "austerity", "National Rec",
     "Forces reducing the proportion of workforce / officers on the front line to assess "
     "whether decisive action has been taken to maintain crime fighting capacity",
     "Director of Finance", "GREEN", "Completed.", None),
    ((9,), 4822, "core", "National Rec",
     "Provide call-handlers with specific, sound & comprehensible criteria to assess threat, "
     "harm and risk (THRIVE)", "Supt Contact Centre", "GREEN", "THRIVE embedded in the FCC.",
     None),
    ((10,), 4823, "core", "National Rec",
     "Crime prevention / disruption activity to be systematically recorded & evaluated to "
     "determine the effectiveness of tactics", "ACC Local Policing", "GREEN", "Completed.",
     None),
    ((11,), 902, "integrity", "National Rec",
     "Satisfy ourselves that misconduct investigations resulting in 'no further action' are "
     "fair & free of any form of discrimination", "Head of Professional Standards", "GREEN",
     "PSD dip-sample process in place.", None),
    ((12,), 5127, "sas15", "National Rec",
     "Explain to the public the way S&S powers are used in our area & arrange for S&S records "
     "to be scrutinised by community representatives (in consultation with the PCC)",
     "ACC Local Policing", "GREEN", "Completed. External scrutiny panel meets quarterly.",
     None),
    ((13,), 5391, "picture", "National Rec",
     "Arrangements to scrutinise audits of compliance with the APP on information management "
     "through the force IM governance structure; record categorisation regularly adjusted",
     "Head of Information Management", "GREEN",
     "Completed. Evidence submitted to HMICFRS for closure.", D(2026, 1, 14)),
    ((14,), 5702, "firearms", "National Rec",
     "Assess how well governance of firearms licensing meets the APP standards; put correct "
     "arrangements in place where it does not", "Supt Firearms Licensing", "GREEN",
     "Completed.", None),
    ((15,), 5703, "firearms", "National Rec",
     "Within 6 months assess the demand placed on the firearms licensing dept & ensure it has "
     "the capacity to meet demand at all times", "Supt Firearms Licensing", "RED",
     "Renewals backlog continues; business case for additional FEOs with the FET.", None),
    ((16,), 5704, "firearms", "National Rec",
     "Satisfy ourselves all appropriate action is being taken re ‘total expired’ licensing "
     "records", "Supt Firearms Licensing", "GREEN", "Completed.", None),
    ((17,), 5705, "firearms", "National Rec",
     "Temporary permits - arrangements in line with HO guidance, recorded without delay on "
     "NFLMS, no certificate holder left in unlawfull possession of a firearm",
     "Supt Firearms Licensing", "GREEN",
     "Completed. Evidence submitted to HMICFRS for closure.", D(2026, 6, 12)),
    ((18,), 5706, "firearms", "National Rec",
     "Systems to identify before attendance whether an incident involves / is at the address "
     "of a firearm certificate holder; officers understand the risk assessment and power to "
     "seize", "Supt Firearms Licensing", "AMBER",
     "Awaiting STORM flag upgrade; interim manual check in the FCC.", None),
    ((19,), 6710, "eff16", "CoC",
     "CoC - response to DA: DASH risk assessments not consistently completed where force "
     "policy requires", "Ch Supt Public Protection", "AMBER",
     "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.", None),
    ((20,), 6711, "eff16", "Rec",
     "Ensure effective supervision of the initial risk assessment process (DASH) in "
     "appropriate cases", "Ch Supt Public Protection", "GREEN",
     "The Force Executive Team agreed on 25 July that we would risk-assess all DA incidents.",
     None),
    ((21,), 6712, "eff16", "AFI",
     "Improve supervison of investigations so plans are set, reviewed & recorded and victims "
     "receive a consistently good service", "Det Ch Supt Force CID", "GREEN", "Completed.",
     None),
    ((22,), 6713, "eff16", "AFI",
     "Consider ways to increase use of arrest, ancillary orders & other powers for DA victims "
     "- best possible protection, more perpetrators brought to justice",
     "Ch Supt Public Protection", "AMBER",
     "Work undertaken in area but still requires development to complete.", None),
    ((23,), 7315, "cdi17", "Rec",
     "Arrangements so that victims are believed at point of report; call handler "
     "conversations summarised accurately in the incident log; multiple crimes always recorded",
     "Force Crime Registrar", "GREEN",
     "Completed. Evidence submitted to HMICFRS for closure.", D(2026, 4, 30)),
    ((23,), 7315, "cdi17", "Rec",
     "Stop awaiting medical exam / video interview results before crime recording decisions; "
     "online crime reports triaged on receipt for ongoing risk", "Force Crime Registrar",
     "GREEN", "Completed. Evidence submitted to HMICFRS for closure.", D(2026, 4, 30)),
    ((24,), 7316, "cdi17", "Rec",
     "Improve use of the crime recording & management system to better manage case files & "
     "investigative processes", "Force Crime Registrar", "GREEN", "Completed.", None),
    ((25,), 7317, "cdi17", "AFI",
     "Revise approach to cautions, cannabis warnings & PNDs - clear auditable explanation to "
     "the offender; for victim-based crime, victim's views recorded before issue",
     "Head of Criminal Justice", "GREEN", "Completed.", None),
    ((26,), 7318, "cdi17", "AFI",
     "Record reports of rape & serious sexual offences accurately & without delay",
     "Force Crime Registrar", "AMBER", "Monthly audit by the FCR; compliance 89%.", None),
    ((27,), 8120, "stolen", "National Rec",
     "MSHT leadership & governance review (a) - senior leaders prioritise the response to MSHT",
     "Det Ch Supt Force CID", "GREEN", "MSHT gold group chaired by ACC Crime.", None),
    ((27,), 8120, "stolen", "National Rec",
     "(b) every MSHT incident allocated resources with the skills, experience & capacity to "
     "investigate it", "Det Ch Supt Force CID", "GREEN", "Completed.", None),
    ((27,), 8120, "stolen", "National Rec",
     "(c) effective partnership arrangements to co-ordinate activity, share information & "
     "safeguard victims", "Det Ch Supt Force CID", "AMBER",
     "Anti-slavery partnership relaunch planned for the new year.", None),
    ((27,), 8120, "stolen", "National Rec",
     "(d) performance & QA measures so senior leaders can assess the nature & quality of the "
     "service to victims", "Det Ch Supt Force CID", "GREEN", "Completed.", None),
    ((28,), 8121, "stolen", "National Rec",
     "Active ISAs with other agencies for speedy exchange of intelligence, to safeguard "
     "victims & identify suspects early", "Head of Intelligence", "GREEN", "Completed.", None),
    ((29,), 8122, "stolen", "National Rec",
     "Victims committing offences under compulsion to get early & continuing consideration of "
     "the s45 defence", "Det Ch Supt Force CID", "GREEN",
     "Completed. Evidence submitted to HMICFRS for closure.", D(2026, 9, 20)),
    ((30,), 8123, "stolen", "National Rec",
     "Full compliance with the NRM process & the duty to notify the HO of suspected adult "
     "victims of MSHT", "Det Ch Supt Force CID", "GREEN", "Completed.", None),
    ((32,), 8125, "stolen", "National Rec",
     "MSHT allegations thoroughly investigated & supervised by teams with the right skills and "
     "experience (incl. JITs where appropriate)", "Det Ch Supt Force CID", "AMBER",
     "Little work yet undertaken in this area. Unlikely to reach deadlines.", None),
    ((33,), 8126, "stolen", "National Rec",
     "Review use of preventative powers (STPOs / STROs) under the Modern Slavery Act 2015",
     "Det Ch Supt Force CID", "GREEN", "Completed.", None),
    ((34,), 8402, "efc17", "National Rec",
     "Produce an ambitious plan to improve digitally-enabled services", "DCC", "GREEN",
     "Digital strategy 2019-22 approved by the FET. Evidence submitted to HMICFRS for closure.",
     D(2026, 2, 9)),
    ((35,), 8415, "efc17f", "AFI",
     "Sufficient resources in the control room to fulfil the resourcing model & meet demand, "
     "taking account of staff wellbeing", "Supt Contact Centre", "GREEN", "Completed.", None),
    ((36,), 8541, "leg17", "CoC",
     "CoC - force unable to demonstrate S&S use is consistently reasonable & fair; BAME "
     "over-representation not explained", "ACC Local Policing", "AMBER",
     "Disproportionality analysis reported to the S&S scrutiny board.", None),
    ((37,), 8542, "leg17", "National Rec",
     "By July 2018 monitor comprehensive S&S data to understand disproportionality, find "
     "rates by ethnicity & type of search, and possession-only drug searches",
     "ACC Local Policing", "GREEN",
     "Completed. Evidence submitted to HMICFRS for closure.", D(2026, 5, 18)),
    ((38,), 8543, "leg17", "National Rec",
     "Where disparities are identified, show the public the research/analysis done & action "
     "taken to reduce them", "ACC Local Policing", "AMBER",
     "Work undertaken in area but still requires development to complete.", None),
    ((39,), 8544, "leg17", "National Rec",
     "Publish the analysis & actions taken at least annually from July 2018",
     "ACC Local Policing", "GREEN",
     "Published annually on the force website since 2019.",
     D(2026, 5, 18)),
    ((40,), 8545, "leg17", "National Rec",
     "All officers who use S&S trained on unconscious bias & CoP APP on S&S",
     "Head of Learning & Development", "GREEN", "Completed.", None),
    ((41,), 9033, "ncpi18", "Rec",
     "Review approach to missing children: call takers use missing/absent category correctly; "
     "call takers & frontline staff can identify CSE risk factors; supervisors oversee missing "
     "enquiries", "Ch Supt Public Protection", "AMBER",
     "Missing persons policy rewrite with the policy unit.", None),
    ((42,), 9033, "ncpi18", "AFI",
     "Officers & staff to have the training they need to identify & respond to CSE",
     "Head of Learning & Development", "GREEN", "Completed.", None),
    ((43,), 9460, "peel18", "AFI",
     "Fuller understanding of current & likely future demand, to match resources to demand",
     "Head of Corporate Development", "GREEN", "Completed (FMS).", None),
    ((44,), 9461, "peel18", "AFI",
     "Future workforce plan aligned with demand & budget (resource allocations, skills mix, "
     "behaviours)", "Director of People", "AMBER",
     "Workforce plan in draft for the People Board.", None),
    ((45,), 9462, "peel18", "Rec",
     "Improve understanding of suspects RUI & the management of those released on bail",
     "Head of Criminal Justice", "AMBER", "RUI review team in place.", None),
    ((46,), 9463, "peel18", "AFI",
     "Processes supporting performance management to be effective",
     "Head of Corporate Development", "AMBER",
     "New performance framework being designed.", None),
    ((47,), 9464, "peel18", "AFI",
     "Improve ability to retrieve digital evidence from phones, computers & other devices "
     "quickly so investigations are not delayed", "Det Ch Supt Force CID", "GREEN",
     "Completed. Kiosks in every LPA. Evidence submitted to HMICFRS for closure.",
     D(2026, 7, 3)),
    ((50,), 11305, "powers", "National Rec",
     "By July 2022 officers & staff to have effective communication skills in line with the "
     "National Policing Guidelines on Conflict Management", "Head of Learning & Development",
     "AMBER", "Conflict management training 68% complete.", None),
    ((51,), 11306, "powers", "National Rec",
     "Communication skills reinforced through CPD; supervisors supported to debrief officers "
     "using BWV footage", "Head of Learning & Development", "GREEN", "Completed.", None),
    ((52,), 11307, "powers", "National Rec",
     "By Sept 2021: officers record the entirety of S&S encounters on BWV (incl. traffic stops "
     "& use of force); structured process to review a sample of BWV footage to identify "
     "learning & hold officers to account", "ACC Local Policing", "AMBER",
     "BWV review process being rolled out.", None),
    ((53,), 11308, "powers", "National Rec",
     "HO & NPCC to improve the quality of use of force data for publication (national action)",
     "ACC Local Policing", "GREEN",
     "Not the force's responsibility to deliver; dependent upon another organisation.", None),
    ((54,), 11309, "powers", "National Rec",
     "Effective internal monitoring of the use of force to identify, understand & explain "
     "disproportionate use", "ACC Local Policing", "GREEN",
     "Completed. Evidence submitted to HMICFRS for closure.", D(2026, 3, 3)),
    ((67,), 11840, "cdi21", "Rec",
     "Record reports of ASB accurately & without delay (within 3 months)",
     "Force Crime Registrar", "GREEN",
     "Completed. Evidence submitted to HMICFRS for closure.", D(2026, 8, 26)),
    ((68,), 11841, "cdi21", "AFI",
     "Record hate crime reports accurately & without delay", "Force Crime Registrar", "AMBER",
     "Hate crime audit due Q4.", None),
    ((55,), 12044, "peel21", "AFI",
     "Improve understanding of the nature & scale of VAWG in Staffordshire",
     "Ch Supt Public Protection", "AMBER", "VAWG problem profile commissioned.", None),
    ((56,), 12045, "peel21", "AFI",
     "Keep victims of stalking & harassment informed of the progress of their case in line "
     "with the Victims' Code", "Ch Supt Public Protection", "RED",
     "Victim update compliance 54% - beyond deadline.", None),
    ((), None, "peel21", "Local action",
     "Local action: Task & Finish group to review the stalking and harassment policy and "
     "report to the Force Executive Team", "Ch Supt Public Protection", "AMBER",
     "T&F group first met 12/09.", None),
    ((57,), 12046, "peel21", "AFI",
     "Improve timeliness of response to calls for service involving people with mental ill "
     "health", "Supt Contact Centre", "GREEN", "Completed. Right Care Right Person live.", None),
    ((59,), 12048, "peel21", "AFI",
     "Confidential way for staff to raise concerns; staff aware of whistleblowing processes",
     "Head of Professional Standards", "GREEN",
     "Completed. Evidence submitted to HMICFRS for closure.", D(2026, 6, 30)),
    ((48,), 12210, "cust22", "Rec",
     "With children's social care, review detention of children - only detained when "
     "absolutely necessary; early assessment of need for alternative accomodation; record of "
     "actions & decisions; timely appropriate adult support", "Ch Insp Custody", "AMBER",
     "Concordat on children in custody signed; AA provision under review.", None),
    ((61,), None, "peel23", "CoC",
     "CoC - size of the vetting backlog", "Head of Professional Standards", "AMBER",
     "Backlog down from 1,240 to 610.", None),
    ((62,), None, "peel23", "Rec",
     "Within 6 months all staff to hold at least the lowest level of vetting clearance; clear "
     "the backlog & renewals so we comply with national vetting guidelines",
     "Head of Professional Standards", "AMBER", "See CoC above.", None),
    ((63,), None, "peel23", "AFI",
     "DA investigations allocated to officers with the right skills & effectively supervised",
     "Det Ch Supt Force CID", "AMBER", "Allocation policy under review.", None),
    ((65,), None, "peel23", "AFI",
     "Performance framework to give senior leaders a clear picture of the response to fraud",
     "Head of Corporate Development", "AMBER", "Fraud measures added to the FPR pack.", None),
    ((58,), None, "peel23", "AFI",
     "Enough specialist capacity & capability to investigate online CSA",
     "Det Ch Supt Force CID", "AMBER", "POLIT uplift of 4 DCs agreed.", None),
    ((66,), None, "peel23", "AFI",
     "Improve management of the risk posed by offenders involved in online CSA",
     "Ch Supt Public Protection", "AMBER", "MOSOVO caseloads being rebalanced.", None),
    ((), None, "PEEL Efficiency 2016", "AFI",
     "Develop understanding of the links between outcomes, outputs & costs",
     "Director of Finance", "GREEN", "Completed.", None),
    ((), None, "Abuse of position for a sexual purpose 2017", "National CoC",
     "Plans to tackle abuse of position for a sexual purpose - force plan submitted to HMICFRS",
     "Head of Professional Standards", "GREEN", "Completed.", None),
    ((), None, "Internal audit 2023/24", "Audit action",
     "JAC action: Internal audit of the vetting governance arrangements (audit plan 2023/24)",
     "Head of Professional Standards", "AMBER", "Fieldwork complete; report due.", None),
]

# --------------------------------------------------------------------------------------------
# Decisions a person makes by eye: item id -> (category, why)
# --------------------------------------------------------------------------------------------
CONFLICT_WHY = {
    6: ("conflict", "Same austerity recommendation (ref 3411 not typed in tracker; text matches "
        "'Forces planning to deliver less than ... savings through collaboration'), but the "
        "tracker says 'less than 20%' where HMICFRS says 'less than 10%': the figure disagrees. "
        "Statuses agree (No further action required / GREEN)."),
    15: ("conflict", "Ref 5703 and text match (firearms licensing demand and capacity), but "
         "HMICFRS says 'Within three months' and the tracker 'Within 6 months': the timescale "
         "disagrees. Both open (Being progressed / RED)."),
    42: ("conflict", "Text matches the NCPI 2018 AFI on CSE training (ref 9034) but the tracker "
         "row carries ref 9033, the missing-children recommendation's ref dragged down from "
         "the row above: the reference disagrees. Both closed/done (Complete / GREEN)."),
    45: ("conflict", "Ref 9462 and text match (suspects released under investigation / bail), "
         "but HMICFRS has it as an Area for improvement and the tracker as 'Rec': the type "
         "disagrees. Both open (Being progressed / AMBER)."),
    52: ("conflict", "Ref 11307 and text match the BWV recommendation, but the tracker lists "
         "only the first two parts; the third (external scrutiny panel access to BWV footage) "
         "is missing: a missing bullet. Both open (Being progressed / AMBER)."),
    58: ("conflict", "Text matches the PEEL 2021/22 AFI on specialist capacity to investigate "
         "online child sexual abuse (no ref typed); the tracker files it under 'PEEL 23-24', "
         "next to the different 2023/24 AFI on managing offenders: the report disagrees. Both "
         "open (Being progressed / AMBER)."),
}

EXTRA_WHY = {
    3: "The tracker has two near-identical S&S scrutiny rows; this one carries ref 1189 and "
       "sits under 'Stop and Search 2013', so it pairs with the 2013 item, not with the 2015 "
       "near-twin (ref 5127).",
    12: "Near-twin of the 2013 item (ref 1189); the tracker row says 'Stop and Search 2 (2015)', "
        "ref 5127 and 'in consultation with the PCC', the 2015 wording.",
    13: "HMICFRS status date 07/04/2016 is stale; the force submitted evidence on 14/01/2026.",
    19: "The cause of concern itself; its recommendation (ref 6711) has its own tracker row.",
    20: "The recommendation under the DASH cause of concern (ref 6710 is the CoC's own row).",
    27: "The AMBER part is bullet (c), partnership arrangements.",
    23: "Row 1 carries bullets 1-3, row 2 bullets 4-5: every bullet is covered.",
    53: "Directed at the Home Office and NPCC; the force marks it GREEN as not its to deliver.",
    54: "HMICFRS 'Awaiting review' (comment: under review) counts as open; the force submitted "
        "on 03/03/2026.",
    56: "The tracker row below it (the stalking policy Task & Finish group) is a local action, "
        "not a second part of this AFI.",
    61: "The cause of concern; the vetting recommendation (ref 13103) is a separate item.",
    62: "'Within 6 months' is the tracker's abbreviation of 'Within six months': same timescale.",
    66: "Not to be confused with the tracker's other online CSA row (capacity to investigate), "
        "which is the PEEL 2021/22 AFI filed under the wrong report.",
}

NOT_ON_LIST_WHY = {
    "Local action: Task": "The force's own local action (prefix 'Local action:'), not an HMICFRS "
    "item; the stalking AFI it relates to (ref 12045) has its own tracker row.",
    "Develop understanding of the links": "PEEL Efficiency 2016 AFI with no ref; no report "
    "'PEEL: Police efficiency 2016' and no such text anywhere on the definitive list (closed "
    "and dropped by HMICFRS, or never held against the force). Query with HMICFRS.",
    "Plans to tackle abuse of position": "The 2017 abuse-of-position national cause of concern "
    "is not on the definitive list in any status. Query with HMICFRS.",
    "JAC action: Internal audit": "An internal audit action from the JAC, not an HMICFRS item.",
}


def h_state(status):
    return "open" if status in (AR, BP) else "closed"


def t_state(rag):
    return "done" if rag == "GREEN" else "open"


def decide(item, rows):
    """Category and why for one HMICFRS item and the tracker rows serving it."""
    iid, rkey, typ, ref, text, status, sdate, comment = item
    if iid in CONFLICT_WHY:
        return CONFLICT_WHY[iid]
    if not rows:
        return ("missing_from_force",
                f"No tracker row carries ref {ref} or any wording of this {typ.lower()} "
                f"('{text[:60]}...'); HMICFRS status {status}. Nobody owns it.")
    hs = h_state(status)
    parts = [r for r in rows]
    fs = "done" if all(t_state(r[6]) == "done" for r in parts) else "open"
    rags = "/".join(r[6] for r in parts)
    if len(parts) > 1 and len(parts[0][0]) == 1:
        how = (f"tracker splits it over {len(parts)} rows (ref {ref} on each, the bullets "
               f"shared out); RAGs {rags}, so the item is {fs}")
    elif len(parts[0][0]) > 1:
        how = (f"one tracker row holds this and another austerity recommendation ('recs 1 & 4'); "
               f"RAG {rags}")
    else:
        reftxt = (f"ref {ref} typed in the tracker" if parts[0][1] is not None
                  else "no ref in the tracker, matched on text and report")
        rk = parts[0][2]
        tname = REPORTS[rk][2] if rk in REPORTS else rk
        how = (f"{reftxt}; the tracker row under '{tname}' abridges the same "
               f"{typ.lower()}; RAG {rags}")
    if hs == "open" and fs == "done":
        cat = "closeable_submit"
        verdict = f"HMICFRS still {status} (open), force done: submit for closure."
    elif hs == "closed" and fs == "open":
        cat = "closeable_local"
        verdict = f"HMICFRS {status} (closed), force still open: close locally."
    else:
        cat = "in_sync"
        verdict = f"HMICFRS {status} ({hs}) and force {fs}: they agree."
    extra = EXTRA_WHY.get(iid)
    return cat, f"{how}. {verdict}" + (f" {extra}" if extra else "")


# --------------------------------------------------------------------------------------------
def build_hmicfrs(path):
    """The FLL's workbook after the analyst's status sort. Returns {item id: excel row}."""
    header = ["Force", "Reference", "Report title", "Date published", "Type",
              "Recommendation / Area for improvement", "Status", "Status date",
              "HMICFRS comment"]
    records = []
    for it in ITEMS:
        iid, rkey, typ, ref, text, status, sdate, comment = it
        title, pub, _ = REPORTS[rkey]
        records.append((iid, [FORCE, ref, title, pub, typ, text, status, sdate, comment]))
    # The analyst's sort: current region = header + items (row 2 blank fences off the title),
    # "My data has headers" unticked, sort on column G (Status) A to Z, case-insensitive and
    # stable, as Excel does.
    region = [(None, header)] + records
    region.sort(key=lambda r: r[1][6].lower())
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"title": "", "author": "HMICFRS Force Liaison Lead",
                       "created": FIXED, "comments": ""})
    ws = wb.add_worksheet(H_SHEET)
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    bold = wb.add_format({"bold": True})
    ws.write_string(0, 0, f"HMICFRS monitoring portal - definitive list of recommendations, "
                          f"causes of concern and areas for improvement - {FORCE} - as at "
                          f"30 October 2026", bold)
    rows = {}
    r = 2  # zero-based: Excel row 3
    for iid, vals in region:
        for c, v in enumerate(vals):
            ws.write_string(r, c, v, wrap if c in (2, 5, 8) else top)
        if iid is not None:
            rows[iid] = r + 1
        else:
            rows["header"] = r + 1
        r += 1
    last = r  # Excel row number of the last region row
    note_row = last + 2
    ws.write_string(note_row - 1, 0,
                    "Includes every item held on the portal against the force, with those "
                    "closed since the last list (31 March 2026). Please return your updates "
                    "to the FLL by 27 November 2026.")
    rows["note"] = note_row
    rows["last"] = last
    for c, w in enumerate([18, 10, 42, 13, 22, 80, 24, 12, 50]):
        ws.set_column(c, c, w)
    ws.freeze_panes(3, 0)
    # The analyst's Ctrl+Shift+L afterwards: the filter buttons land on row 3, a data row.
    ws.autofilter(2, 0, last - 1, 8)
    wb.close()
    return rows


def build_tracker(path):
    """Returns list of (excel row, tracker spec)."""
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"title": "HMICFRS Tracker", "author": "Strategic Planning & Insight",
                       "created": FIXED, "comments": ""})
    ws = wb.add_worksheet(T_SHEET)
    title = wb.add_format({"bold": True, "font_size": 14})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                         "text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    rag_fmt = {
        "GREEN": wb.add_format({"bg_color": "#92D050", "valign": "top", "border": 1,
                                "align": "center"}),
        "AMBER": wb.add_format({"bg_color": "#FFC000", "valign": "top", "border": 1,
                                "align": "center"}),
        "RED": wb.add_format({"bg_color": "#FF0000", "font_color": "#FFFFFF", "valign": "top",
                              "border": 1, "align": "center"}),
    }
    ws.write_string(0, 0, f"{FORCE} - HMICFRS Recommendations & Areas for Improvement Tracker",
                    title)
    ws.write_string(1, 0, "Maintained by Strategic Planning & Insight. Last updated 28/10/2026.")
    header = ["No.", "HMICFRS Ref", "Report", "Type", "Recommendation / AFI", "Lead Officer",
              "RAG", "Progress Update", "Date Submitted for Closure"]
    for c, h in enumerate(header):
        ws.write_string(3, c, h, hdr)
    out = []
    r = 4
    for n, spec in enumerate(TRACKER, start=1):
        ids, ref, rep, typ, text, lead, rag, prog, sub = spec
        rep_name = REPORTS[rep][2] if rep in REPORTS else rep
        ws.write_number(r, 0, n, cell)
        if ref is None:
            ws.write_blank(r, 1, None, cell)
        else:
            ws.write_number(r, 1, ref, cell)
        ws.write_string(r, 2, rep_name, cell)
        ws.write_string(r, 3, typ, cell)
        ws.write_string(r, 4, text, cell)
        ws.write_string(r, 5, lead, cell)
        ws.write_string(r, 6, rag, rag_fmt[rag])
        ws.write_string(r, 7, prog, cell)
        if sub is None:
            ws.write_blank(r, 8, None, cell)
        else:
            ws.write_datetime(r, 8, dt.datetime(sub.year, sub.month, sub.day), date)
        out.append((r + 1, spec))
        r += 1
    legend_start = r + 2  # one blank row, then the key
    legend = ["RAG key:",
              "GREEN - implemented / complete (evidence held)",
              "AMBER - in progress, on track",
              "RED - beyond designated deadline or at risk (rationale required)"]
    for i, line in enumerate(legend):
        ws.write_string(legend_start - 1 + i, 0, line)
    for c, w in enumerate([5, 11, 30, 12, 70, 28, 9, 50, 14]):
        ws.set_column(c, c, w)
    ws.freeze_panes(4, 0)
    ws.autofilter(3, 0, r - 1, 8)
    wb.close()
    return out, (r + 1, legend_start, legend_start + len(legend) - 1)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hrows = build_hmicfrs(OUT / "hmicfrs.xlsx")
    trows, (blank_row, leg_a, leg_b) = build_tracker(OUT / "tracker.xlsx")

    by_item = {}
    for xrow, spec in trows:
        for iid in spec[0]:
            by_item.setdefault(iid, []).append((xrow, spec))

    lines = []
    counts = {}
    for it in ITEMS:
        iid = it[0]
        served = by_item.get(iid, [])
        cat, why = decide(it, [s for _, s in served])
        if not served:
            lines.append((hrows[iid], None, cat, why))
        else:
            for k, (xrow, spec) in enumerate(served):
                w = why
                if len(served) > 1:
                    w = f"Part {k + 1} of {len(served)}: " + why
                lines.append((hrows[iid], xrow, cat, w))
        counts[cat] = counts.get(cat, 0) + 1
    for xrow, spec in trows:
        if not spec[0]:
            key = next(k for k in NOT_ON_LIST_WHY if spec[4].startswith(k))
            lines.append((None, xrow, "not_on_hmicfrs_list", NOT_ON_LIST_WHY[key]))
            counts["not_on_hmicfrs_list"] = counts.get("not_on_hmicfrs_list", 0) + 1

    lines.sort(key=lambda l: (l[0] is None, l[0] or 0, l[1] or 0))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for hr, fr, cat, why in lines:
        w.writerow([f"{H_SHEET}!{hr}" if hr else "", f"{T_SHEET}!{fr}" if fr else "", cat, why])
    (OUT / "truth.csv").write_bytes(buf.getvalue().encode("utf-8"))

    # facts for the README (printed so the README can be checked against them)
    print("hmicfrs header row:", hrows["header"], "last region row:", hrows["last"],
          "note row:", hrows["note"])
    print("hmicfrs item rows:", min(v for k, v in hrows.items() if isinstance(k, int)),
          "..", max(v for k, v in hrows.items() if isinstance(k, int)))
    print("tracker item rows: 5 ..", trows[-1][0], "blank:", blank_row, "legend:", leg_a, leg_b)
    print("counts per item/row:", dict(sorted(counts.items())), "truth lines:", len(lines))
    for iid in sorted(hrows, key=lambda k: (not isinstance(k, int), str(k))):
        pass
    (OUT / "README.md").write_bytes(readme(hrows, trows, counts, lines).encode("utf-8"))


def readme(hrows, trows, counts, lines):
    from collections import Counter
    per_line = Counter(l[2] for l in lines)
    per_item = Counter()
    seen = set()
    for hr, fr, cat, _ in lines:
        if hr is None:
            per_item[cat] += 1
        elif hr not in seen:
            seen.add(hr)
            per_item[cat] += 1
    cats = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
            "not_on_hmicfrs_list", "review"]
    table = "\n".join(f"| `{c}` | {per_line.get(c, 0)} | {per_item.get(c, 0)} |" for c in cats)
    table += f"\n| **total** | {sum(per_line.values())} | {sum(per_item.values())} |"
    st_rows = {}
    for it in ITEMS:
        st_rows.setdefault(it[5], []).append(hrows[it[0]])
    blocks = "\n".join(f"  - rows {min(v)}-{max(v)}: {k} ({len(v)} items)"
                       for k, v in sorted(st_rows.items(), key=lambda kv: min(kv[1])))
    trow = {}
    for xrow, spec in trows:
        for iid in spec[0]:
            trow.setdefault(iid, []).append(xrow)
    H = hrows
    return README.format(
        header=H["header"], last=H["last"], note=H["note"], blank=H["last"] + 1,
        n_items=len(ITEMS), n_above=sum(1 for it in ITEMS if H[it[0]] < H["header"]),
        n_below=sum(1 for it in ITEMS if H[it[0]] > H["header"]), blocks=blocks,
        t_first=trows[0][0], t_last=trows[-1][0], n_trows=len(trows), t_blank=trows[-1][0] + 1,
        t_leg_a=trows[-1][0] + 2, t_leg_b=trows[-1][0] + 5, table=table,
        h3=H[3], h12=H[12], t3=trow[3][0], t12=trow[12][0],
        h6=H[6], t6=trow[6][0], h15=H[15], t15=trow[15][0], h42=H[42], t42=trow[42][0],
        h41=H[41], t41=trow[41][0], h45=H[45], t45=trow[45][0], h52=H[52], t52=trow[52][0],
        h58=H[58], t58=trow[58][0], h66=H[66], t66=trow[66][0],
        h5=H[5], h8=H[8], t5=trow[5][0], h23=H[23], t23=", ".join(map(str, trow[23])),
        h27=H[27], t27=", ".join(map(str, trow[27])),
        miss=", ".join(str(H[i]) for i in (31, 60, 64, 69)),
        notlist=", ".join(str(x) for x, sp in trows if not sp[0]),
        h54=H[54], h13=H[13], h19=H[19], h18=H[18], h46=H[46],
        h_sup=", ".join(str(H[it[0]]) for it in ITEMS if it[5] == SU),
    )


README = """# Case `status_sort_header_mid_list`

## The story

Staffordshire Police's HMICFRS force liaison lead (FLL) e-mails the force's strategic planning
analyst the definitive list ahead of the Joint Audit Committee: a raw export from the HMICFRS
monitoring portal, with a bold title typed into row 1 and a blank row 2 above the export. The
export itself is unstyled and every cell is text (references like `5703` are numbers stored as
text; dates are text `dd/mm/yyyy`). Row 3 was the export's header, frozen, with the items below
it in publication order.

The analyst wanted the open items at the top, so clicked into the list and used **Data > Sort**
on the Status column. Because the header row looks exactly like the data (plain text, no bold,
no numbers below it), Excel guessed "no header": the box *My data has headers* was unticked, the
dialog offered "Column G", and the analyst pressed OK. Excel sorted the export's header row
**as data**. Status A to Z puts it after "No further action required" and before "Superseded"
(`status` < `superseded`), so the header now sits at row {header}, with most items above it and
the Superseded items below it. The analyst then pressed Ctrl+Shift+L: the filter buttons landed
on row 3, which is now the first data row. The blank row 2 fenced the title off from the sort,
and the FLL's note after a blank row stayed at the bottom. The analyst saved the file and it is
what reaches the reconciliation. Nothing else was changed: every item row is intact, and
within each status block the FLL's original order (publication date, then reference) survives
because Excel's sort is stable.

The force side is the force's ordinary HMICFRS tracker, kept by Strategic Planning & Insight.

## The files

- `hmicfrs.xlsx`, one sheet `Definitive list` (the FLL's sheet name), 9 columns, all text:
  `Force`, `Reference`, `Report title`, `Date published`, `Type`,
  `Recommendation / Area for improvement`, `Status`, `Status date`, `HMICFRS comment`. Those
  words are only in row **{header}**. Item rows 3-{last} except {header}: {n_items} items,
  {n_above} above the header row and {n_below} below it. Freeze panes below row 3; AutoFilter
  range A3:I{last} (its buttons on a data row).
{blocks}
- `tracker.xlsx`, one sheet `Tracker`: title row 1, "last updated" row 2, blank row 3, header
  row 4 (`No.`, `HMICFRS Ref`, `Report`, `Type`, `Recommendation / AFI`, `Lead Officer`, `RAG`,
  `Progress Update`, `Date Submitted for Closure`), item rows {t_first}-{t_last} ({n_trows} rows),
  blank row {t_blank}, RAG key rows {t_leg_a}-{t_leg_b}. RAG is text (GREEN / AMBER / RED) with a
  matching fill; GREEN is done, AMBER and RED open. `HMICFRS Ref` is a number where the force
  typed one, blank for the 2014 austerity rows, the PEEL 2023/24 rows and its own rows. Dates
  submitted are real Excel dates shown dd/mm/yyyy.
- `truth.csv` (UTF-8, `hmicfrs_row,force_row,category,why`), provenance `Definitive list!N` and
  `Tracker!N` as Excel shows the rows.

HMICFRS statuses: "Awaiting review" and "Being progressed" are open; "Complete", "No further
action required" and "Superseded" are closed. Texts are real HMICFRS wording (national reports
verbatim, force-level items from the real stems and asks in the project's text lists), with
their quirks: curly quotes, `•` bullets with and without spaces, line breaks inside cells, the
stray footnote "86" and "and 20", a missing final full stop.

## What the layout brings (HMICFRS side)

1. **The header is not at the top.** Rows 1-2 are a title and a blank; row 3 is an item. The
   only row naming the columns is row {header}, with {n_above} item rows above it. A reader
   who takes "the first header-looking row" and drops what comes before it loses every open
   item; a reader who takes row 3 as the header turns an item into column names.
2. **The stranded header row is not an item**: it reads `Force / Reference / Report title ...
   / Status`, and "Status" is not a status value.
3. **Items below the header** (rows {h_sup}) are all Superseded; they are real items and
   must be reconciled like the rest.
4. **Reports are scattered**: the sort grouped rows by status, so one report's items are spread
   over several blocks (e.g. the 2015 firearms items sit at rows {h15}, {h18} and in the
   Complete block; the 2016 DASH cause of concern at row {h19}, below the header).
5. **Everything is text**: references (`902`, `5703`, `13108`) and dates are strings; the
   tracker's references are numbers.
6. AutoFilter buttons on row 3 and the freeze below row 3 are leftovers that no longer mark the
   header.

## The traps and how the truth decides them

- Header row {header} and the {n_above} items above it: see above; every item row is in the
  truth, the header is not.
- **Near-twin texts** from two reports: Stop and search 2013 (row {h3}) and Stop and search 2
  (2015) (row {h12}) ask almost word for word the same. The tracker keeps both (rows {t3} and
  {t12}); the ref (1189 / 5127) and the report name decide the pairs. Row {h3} is
  `closeable_local` (HMICFRS Complete, force AMBER), row {h12} `in_sync`.
- **Figure**: row {h6} "less than 10% of their savings" vs tracker row {t6} "less than 20%"
  -> `conflict` (no ref in the tracker; matched on text).
- **Timescale**: row {h15} "Within three months" vs tracker row {t15} "Within 6 months" ->
  `conflict`. (Tracker "Within 6 months" for "Within six months" elsewhere is only an
  abbreviation, not a conflict.)
- **Reference dragged down**: tracker row {t42} (CSE training AFI) carries 9033, the ref of the
  missing-children recommendation above it (HMICFRS row {h41}, tracker row {t41}). By text it
  is HMICFRS row {h42} (ref 9034) -> `conflict` (reference). Row {h41} pairs with tracker row
  {t41} normally.
- **Type**: row {h45} is an Area for improvement; tracker row {t45} says "Rec" -> `conflict`.
- **Missing bullet**: row {h52} (BWV, three parts); tracker row {t52} has only the first two ->
  `conflict`.
- **Wrong report**: row {h58} (PEEL 2021/22 AFI, specialist capacity for online child sexual
  abuse) is filed in the tracker under "PEEL 23-24" (row {t58}), next to the genuinely 2023/24
  online-CSA offender-management AFI (HMICFRS row {h66}, tracker row {t66}) -> `conflict` for
  {h58}, `in_sync` for {h66}.
- **One tracker row, two items**: tracker row {t5} covers austerity recs 1 and 4 (HMICFRS rows
  {h5} and {h8}); it appears twice in the truth, both `closeable_local` (No further action
  required vs AMBER).
- **Split rows**: HMICFRS row {h23} (CDI 2017, five bullets) is split over tracker rows {t23},
  both GREEN -> `closeable_submit` on both lines. HMICFRS row {h27} (Stolen freedom leadership,
  four bullets) is split over tracker rows {t27}; part (c) is AMBER, so the item is open and
  matches "Being progressed" -> `in_sync` on all four lines.
- **Awaiting review is open**: row {h54} (Awaiting review, evidence under review) with a GREEN
  submitted row -> `closeable_submit`. Row {h13} has a stale 2016 "Being progressed" and a
  force submission in 2026 -> `closeable_submit`.
- **Superseded / NFA against an open force row** -> `closeable_local` (rows {h18}, {h19},
  {h46} among them); against GREEN -> `in_sync`.
- **Missing from force**: HMICFRS rows {miss} (one 2017 MSHT crime-recording recommendation,
  the PEEL 2021/22 equality data AFI, and two PEEL 2023/24 AFIs, still "Awaiting review",
  that the tracker never picked up: it holds five of that report's seven items).
- **Not on the HMICFRS list**: tracker rows {notlist}: a stalking "Local action" row placed
  under the PEEL 21-22 stalking AFI (not a part of it), a PEEL Efficiency 2016 AFI and the
  2017 abuse-of-position plan that the list does not hold in any status, and a JAC internal
  audit action.
- No line is `review`: every pair can be decided from the two rows.

## Counts

| category | truth lines | items (HMICFRS items, plus force-only rows) |
|---|---|---|
{table}

## Rows that are not items

- `Definitive list!1`: the FLL's title. `!2`: blank (it fenced the title off from the sort).
- `Definitive list!{header}`: the export's own header row, sorted into the data.
- `Definitive list!{blank}`: blank. `!{note}`: the FLL's note ("Includes every item held on the
  portal ... return your updates to the FLL by 27 November 2026").
- `Tracker!1`: title; `!2`: maintained by / last updated; `!3`: blank; `!4`: header;
  `!{t_blank}`: blank; `!{t_leg_a}`-`!{t_leg_b}`: RAG key.

## Checks run

- `check_status_sort_header_mid_list.py` (next to the builder): every HMICFRS item row
  (reference and status present) appears in the truth at least once and no non-item row does;
  every tracker item row (a number in `No.`) appears in the truth, once, except row {t5} (two
  items) which appears twice; the status blocks are in sorted order with the header alone
  between NFA and Superseded; references on the HMICFRS side are text.
- Both files read back with openpyxl and with `pandas.read_excel(header=None)` (73 x 9 and
  80 x 9).
- The builder was run twice; all four files are identical byte for byte (sha256).
- `reconcile` was not run or imported; the truth is the decisions above, made by reading the
  rows.
"""

if __name__ == "__main__":
    main()
