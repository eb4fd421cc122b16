"""Build the evaluation case `sharepoint_closure_pack_library` (round 102, brief C).

Force side: the force's HMICFRS "closure library" - a SharePoint document library holding one closure report
(Word, from a template) per recommendation or per bullet, plus evidence files, templates and governance
papers - exported with the library's "Export to Excel" (owssvr) from a flat view.  HMICFRS side: an ordinary
definitive-list export.  Texts are real public HMICFRS texts copied below.  Deterministic.
"""
import csv
import os
import random
import sys
from datetime import date, datetime, timedelta

import xlsxwriter

CASE = "sharepoint_closure_pack_library"

T = {
    0: 'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and',
    1: 'HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.',
    2: 'HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;',
    3: 'HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and',
    4: 'HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;',
    5: 'HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.',
    6: 'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;',
    7: 'The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.',
    8: 'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.',
    9: 'HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;',
    10: 'HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;',
    11: 'Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.',
    12: 'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.',
    13: 'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.',
    14: 'The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public',
    15: 'The force should develop its understanding of the links between its outcomes, outputs and costs',
    16: 'The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.',
    18: 'The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.',
    20: 'The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.',
    21: 'The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.',
    22: 'In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.',
    23: 'To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.',
    24: 'In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease',
    25: 'The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.',
    26: 'To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action',
    27: 'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.',
    28: 'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.',
    46: 'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.',
    47: 'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.',
    48: 'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;',
    49: 'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.',
    50: 'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.',
    51: 'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.',
    52: 'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.',
    53: 'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.',
    54: 'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.',
    55: 'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.',
    56: "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n  • in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n  • after close consideration of all the recommendations in this report;\n  • with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n  • drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.The action plan should be established on the basis of best practice, based on revised relevant guidance from the College of Policing. To ensure consistency, the College and the national policing lead on domestic abuse have agreed to provide advice on the areas that each plan should cover by the end of April 2014.\n\nChief officers in each police force should oversee and ensure full implementation of these action plans. This should be a personal responsibility in each case. Police and crime commissioners should hold forces to account in this respect. HMIC will inspect forces' progress on domestic abuse as part of its new annual all-force inspection programme. Police and crime commissioners and chief constables should be called upon to report publicly on progress, as well as to the national oversight and monitoring group.",
    58: 'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.',
    59: 'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.',
    60: 'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.',
    61: 'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.',
}

# ---------------------------------------------------------------- HMICFRS side
# key: (csv idx, report key, type, id, status, status date, comment)
REPORTS = {
    "SS13": ("Stop and search powers: Are the police using them effectively and fairly?", date(2013, 7, 9)),
    "DA14": ("Everyone's business: Improving the police response to domestic abuse", date(2014, 3, 27)),
    "CB14": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", date(2014, 9, 4)),
    "IM15": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", date(2015, 1, 30)),
    "FL15": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", date(2015, 9, 15)),
    "EF15": ("PEEL: Police efficiency 2015 – West Mercia Police", date(2015, 10, 20)),
    "CD17": ("Crime data integrity inspection 2016 – West Mercia Police", date(2017, 2, 9)),
    "EV16": ("PEEL: Police effectiveness 2016 – West Mercia Police", date(2017, 3, 2)),
    "LG17": ("PEEL: Police legitimacy 2017", date(2017, 12, 12)),
    "PL19": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police", date(2019, 5, 2)),
    "DU21": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", date(2021, 2, 26)),
}
REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"
BP, AR, CO, SU = "Being progressed", "Awaiting review", "Complete", "Superseded"
C_SUP = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness inspections. Where a cause of "
         "concern still exists this will appear in the register against these subsequent inspections.")
C_MON = ("The progress of the implementation of this recommendation is currently being monitored by HMICFRS and this record "
         "will, in due course, be updated.")
C_REV = ("The status of this recommendation is currently being reviewed by HMIC and will be updated when this review is complete.")
C_AUT = ("Authorised for closure on the basis of the additional observations offered by members of the CDI inspection team in "
         "recent inspection activity.")
C_DONE = "This recommendation is complete"

H = [  # key, csv idx, report, type, id, status, status date, comment
    ("D1", 27, "SS13", REC, 1180, CO, date(2016, 2, 11), C_DONE),
    ("D2", 28, "SS13", REC, 1181, SU, date(2017, 3, 2), C_SUP),
    ("A1", 56, "DA14", REC, 2321, CO, date(2016, 6, 23), C_DONE),
    ("B1", 12, "CB14", REC, 4822, AR, date(2023, 11, 14), C_REV),
    ("C1", 13, "IM15", REC, 902, BP, date(2022, 8, 1), C_MON),
    ("E1", 58, "FL15", REC, 5010, CO, date(2023, 6, 5), C_DONE),
    ("E2", 59, "FL15", REC, 5011, BP, date(2023, 6, 5), C_MON),
    ("E3", 60, "FL15", REC, 5012, BP, date(2023, 6, 5), C_MON),
    ("E4", 61, "FL15", REC, 5013, BP, date(2023, 6, 5), C_MON),
    ("F1", 14, "EF15", AFI, 5370, CO, date(2018, 4, 27), C_DONE),
    ("F2", 15, "EF15", AFI, 5371, BP, date(2019, 1, 15), ""),
    ("F3", 16, "EF15", AFI, 5372, SU, date(2019, 5, 2), "Superseded by PEEL 2018/19 recommendation on workforce skills."),
    ("H1", 11, "CD17", REC, 6989, BP, date(2018, 4, 27), C_MON),
    ("G1", 21, "EV16", COC, 6420, BP, date(2021, 9, 30), ""),
    ("G2", 22, "EV16", REC, 6421, BP, date(2021, 9, 30), ""),
    ("G3", 23, "EV16", REC, 6422, BP, date(2021, 9, 30), ""),
    ("G4", 24, "EV16", REC, 6423, CO, date(2018, 4, 27), C_DONE),
    ("G5", 25, "EV16", COC, 6424, BP, date(2021, 9, 30), ""),
    ("G6", 26, "EV16", REC, 6425, BP, date(2021, 9, 30), ""),
    ("I1", 46, "LG17", COC, 8541, AR, date(2024, 1, 22), ""),
    ("I2", 47, "LG17", REC, 8542, BP, date(2022, 3, 4), C_MON),
    ("I3", 48, "LG17", REC, 8543, CO, date(2022, 3, 4), C_DONE),
    ("I4", 49, "LG17", REC, 8544, BP, date(2022, 3, 4), C_MON),
    ("I5", 50, "LG17", REC, 8545, BP, date(2022, 3, 4), C_MON),
    ("J8", 7, "PL19", COC, 10211, BP, date(2023, 2, 20), ""),
    ("J1", 0, "PL19", REC, 10212, CO, date(2023, 9, 18), C_DONE),
    ("J2", 1, "PL19", REC, 10213, BP, date(2023, 2, 20), ""),
    ("J3", 2, "PL19", REC, 10214, BP, date(2023, 2, 20), ""),
    ("J4", 3, "PL19", REC, 10215, CO, date(2021, 10, 1), C_DONE),
    ("J5", 4, "PL19", REC, 10216, BP, date(2023, 2, 20), ""),
    ("J6", 5, "PL19", REC, 10217, BP, date(2023, 2, 20), ""),
    ("J9", 8, "PL19", COC, 10218, AR, date(2024, 2, 12), ""),
    ("J7", 6, "PL19", REC, 10219, BP, date(2023, 2, 20), ""),
    ("J10", 9, "PL19", REC, 10220, CO, date(2023, 9, 18), C_DONE),
    ("J11", 10, "PL19", REC, 10221, BP, date(2023, 2, 20), ""),
    ("J12", 18, "PL19", AFI, 10222, BP, date(2023, 2, 20), ""),
    ("M1", 51, "DU21", REC, 13604, BP, date(2023, 7, 3), ""),
    ("M2", 52, "DU21", REC, 13605, CO, date(2023, 7, 3), C_DONE),
    ("M3", 53, "DU21", REC, 13606, BP, date(2023, 7, 3), ""),
    ("M4", 55, "DU21", REC, 13607, BP, date(2023, 7, 3), ""),
]

# ---------------------------------------------------------------- force side
SITE = "sites/OrganisationalLearning/HMICFRS Closure Library"
TEMPLATE_TITLE = "HMICFRS Recommendation Closure Report"
LEADS = {
    "inv": "Pritchard, Dawn (D/Supt)", "pp": "Hollis, Mark (Supt)", "ppu": "Okafor, Grace (D/Ch Supt)",
    "hr": "Whitlock, Janine (Head of People)", "fin": "Bevan, Colin (Head of Finance)", "fl": "Sandhu, Rav (Firearms Licensing Mgr)",
    "psd": "Ashdown, Kerry (Supt PSD)", "cc": "Maguire, Tom (Ch Supt Contact)", "ss": "Farrell, Owen (Insp S&S)",
    "cdi": "Lloyd, Helen (FCIR)", "dcc": "DCC Office", "trans": "Garner, Phil (Ch Supt Transition)",
}
EDITORS = ["Tyler, Sophie", "Morgan, Ellis", "Sandhu, Rav", "Pritchard, Dawn", "Hollis, Mark", "Tyler, Sophie",
           "Whitlock, Janine", "Farrell, Owen"]

S1, S2, S3, S4, S5, S6, S7, SNA = ("1 - Allocated", "2 - In progress", "3 - Evidence gathering", "4 - Ready for DCC sign-off",
                                   "5 - Signed off (DCC)", "6 - Submitted to HMICFRS", "7 - Closed by HMICFRS",
                                   "N/A - not for force")
STAGE_TO_APPROVAL = {S1: "Draft", S2: "Draft", S3: "Draft", S4: "Pending", S5: "Approved", S6: "Approved", S7: "Approved",
                     SNA: "Approved", "": "Draft"}
DONE_STAGES = {S4, S5, S6, S7, SNA}

# key (HMICFRS item or force-only id), folder, name, title, ref, inspection, type, recommendation text, lead, stage, approval, doctype
# doctype "Closure Report" rows are items; None means the column is blank (pre-2020 documents)
F = []
def add(key, folder, name, title, ref, insp, typ, rec, lead, stage, approval=None, doctype="Closure Report", version=None):
    F.append(dict(key=key, folder=folder, name=name, title=title, ref=ref, insp=insp, typ=typ, rec=rec, lead=lead,
                  stage=stage, approval=approval if approval is not None else STAGE_TO_APPROVAL[stage], doctype=doctype,
                  version=version))

I_SS13, I_DA14, I_CB14, I_FL15 = "Stop & Search (HMIC 2013)", "DA - Everyone's Business 2014", "Core Business 2014", "Firearms Licensing - Targeting the risk"
I_EF15, I_CD17, I_EV16, I_LG17 = "PEEL Efficiency 2015", "Crime Data Integrity 2016", "PEEL Effectiveness 2016", "PEEL Legitimacy 2017 (national)"
I_PL19, I_DU21 = "PEEL 2018/19", "Disproportionate use of police powers 2021"

# -- 2013 stop and search
add("D1", "2013 Stop and Search", "S&S 2013 Rec 1 - APP specification closure.docx", TEMPLATE_TITLE, "1180", I_SS13, "Recommendation",
    "Chief Constables and the College of Policing should establish in the Stop and Search APP document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.",
    LEADS["ss"], S7)
add("D2", "2013 Stop and Search", "S&S 2013 Rec 2 - monitoring of S&S.docx", TEMPLATE_TITLE, "1181", I_SS13, "Recommendation",
    "Chief Constables should establish or improve monitoring of the way officers stop and search people so they can be satisfied officers are acting in accordance with the law (inc. equality legislation and the Code of Practice) and that the power is used effectively to prevent crime, catch criminals and maintain public trust.",
    LEADS["ss"], S2)
add(None, "2013 Stop and Search", "S&S scrutiny panel minutes Q3 2016.pdf", "", "1181", I_SS13, "", "", "", "", "Approved", "Evidence")
# -- 2014 DA (old document, no stage, no type, no doc type)
add("A1", "2014 DA Everyones Business", "Everyones Business DA action plan - closure report FINAL.doc", "Domestic Abuse Action Plan", "", "", "",
    "By September 2014 every force to establish and publish an action plan specifying in detail what steps it will take to improve its approach to domestic abuse (in consultation with PCC, DA support orgs and victims reps, considering all recs in report, DHRs and IPCC findings, CPS scrutiny panels and MARAC self assessments). Chief officers to oversee full implementation.",
    LEADS["ppu"], "", "Approved", None, "4.0")
add(None, "2014 DA Everyones Business", "DA Action Plan v7 published.pdf", "", "", "", "", "", "", "", "Approved", None, "1.0")
# -- Core business 2014 (old document, stage added later)
add("B1", "Core Business 2014", "Core Business - THRIVE criteria for call handlers.docx", TEMPLATE_TITLE, "", I_CB14, "",
    "Not later than 31 March 2015 those forces using a threat, harm & risk policy that have not yet done so should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.",
    LEADS["cc"], S6, None, None, "3.0")
# -- Firearms licensing 2015
add("E1", "Firearms Licensing 2015", "FL Rec 1 governance v APP closure report.docx", TEMPLATE_TITLE, "5010", I_FL15, "Recommendation",
    "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in APP. Where not complied with put in place immediately the correct arrangements and procedures to meet the standards in full.",
    LEADS["fl"], S3)
add("E2", "Firearms Licensing 2015", "FL Rec 2 demand and capacity closure report.docx", TEMPLATE_TITLE, "5011", I_FL15, "Recommendation",
    "Within six months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.",
    LEADS["fl"], S2)
add(None, "Firearms Licensing 2015", "FL demand profile 2022-23.xlsx", "FLU demand", "5011", I_FL15, "", "", "", "", "Approved", "Evidence")
# E4 mis-filed in the PEEL 2018-19 folder (metadata is right)
add("E4", "PEEL 2018-19", "FL Rec 4 temporary permits NFLMS.docx", TEMPLATE_TITLE, "5013", I_FL15, "Recommendation",
    "Within 3 months all chief constables should ensure arrangements for temporary permits are in accordance with Home Office guidance; temp permits properly recorded without delay on NFLMS; and effective systems so certificate holders are not permitted at any time to remain in unlawful possession of a firearm.",
    LEADS["fl"], S5)
# -- PEEL efficiency 2015 (F1 old: no text, no stage)
add("F1", "PEEL Efficiency 2015", "PEEL Eff 2015 AFI1 - demand.docx", "", "", "", "", "", LEADS["fin"], "", "Approved", None, "2.0")
add("F2", "PEEL Efficiency 2015", "PEEL Eff 2015 Rec 2 - outcomes outputs costs.docx", TEMPLATE_TITLE, "5371", I_EF15, "Recommendation",
    "The force should develop its understanding of the links between its outcomes, outputs and costs",
    LEADS["fin"], S3)
add("F3", "PEEL Efficiency 2015", "PEEL Eff 2015 AFI3 - workforce plan.docx", TEMPLATE_TITLE, "5372", I_EF15, "AFI",
    "Develop a future workforce plan aligned with overall demand and budget - to include future resource allocations, mix of skills required and behaviours expected.",
    LEADS["hr"], S2)
# -- CDI 2016: one closure report per bullet, bullet 5 (online reports triage) never set up
cdi_stem = "Within six months the force should put in place arrangements to ensure that: "
add("H1", "CDI 2016", "CDI Rec 1a victims believed.docx", TEMPLATE_TITLE, "6989", I_CD17, "Recommendation",
    cdi_stem + "(a) at the point of report, victims are believed;", LEADS["cdi"], S5)
add("H1", "CDI 2016", "CDI Rec 1b incident log summaries.docx", TEMPLATE_TITLE, "6989", I_CD17, "Recommendation",
    cdi_stem + "(b) conversations between the call handlers and callers are summarised accurately in the incident log", LEADS["cc"], S3)
add("H1", "CDI 2016", "CDI Rec 1c multiple crimes recorded.docx", TEMPLATE_TITLE, "6989", I_CD17, "Recommendation",
    cdi_stem + "(c) multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations", LEADS["cdi"], S2)
add("H1", "CDI 2016", "CDI Rec 1d medical exams video interviews.docx", TEMPLATE_TITLE, "6989", I_CD17, "Recommendation",
    cdi_stem + "(d) the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped", LEADS["cdi"], S5)
add(None, "CDI 2016", "CDI audit results Q4 2017-18 (FCIR).xlsx", "", "6989", I_CD17, "", "", "", "", "Approved", "Evidence")
# -- PEEL effectiveness 2016
add("G1", "PEEL Effectiveness 2016", "PEEL Eff 2016 CfC1 - domestic abuse.docx", TEMPLATE_TITLE, "6420", I_EV16, "Cause for Concern",
    "The force's current approach to DA is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.",
    LEADS["ppu"], S2)
add("G2", "PEEL Effectiveness 2016", "PEEL Eff 2016 Rec 1 - DA arrest and ancillary orders.docx", TEMPLATE_TITLE, "6421", I_EV16, "Recommendation",
    "Force should immediately consider ways of increasing use of arrest, ancillary orders and other available powers (DA).",
    LEADS["ppu"], S6)
add("G3", "PEEL Effectiveness 2016", "PEEL Eff 2016 Rec 2 - DA victim attrition.docx", TEMPLATE_TITLE, "6422", I_EV16, "Recommendation",
    "To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of DA do not support the police investigation.",
    LEADS["ppu"], S3)
add("G4", "PEEL Effectiveness 2016", "PEEL Eff 2016 Rec 3 - DARA over telephone.docx", TEMPLATE_TITLE, "6423", I_EV16, "Recommendation",
    "the practice of conducting DA risk assessments over the telephone and dealing with DA in the resolution centre should cease",
    LEADS["cc"], S7)
add("G5", "PEEL Effectiveness 2016", "PEEL Eff 2016 CfC2 - missing children.docx", TEMPLATE_TITLE, "6424", I_EV16, "Cause for Concern",
    "The force's response to missing and absent children is a cause of concern to HMIC. Risk assessment for children who go missing from home inappropriate in some cases; 'absent' used where should be 'missing'; CSE information not influencing risk. Enduring CoC from 2015 vulnerability report.",
    LEADS["ppu"], S2)
mp_stem = "Force should immediately review its approach to reports of missing children and take steps to ensure that: "
add("G6", "PEEL Effectiveness 2016", "PEEL Eff 2016 Rec 4a - missing absent category.docx", TEMPLATE_TITLE, "6425", I_EV16, "Recommendation",
    mp_stem + "call takers understand and use the missing and absent category appropriately", LEADS["cc"], S5)
add("G6", "PEEL Effectiveness 2016", "PEEL Eff 2016 Rec 4b - CSE risk factors training.docx", TEMPLATE_TITLE, "6425", I_EV16, "Recommendation",
    mp_stem + "call takers and frontline staff have the necessary knowledge to identify risk factors associated with CSE and how to respond", LEADS["ppu"], S6)
add("G6", "PEEL Effectiveness 2016", "PEEL Eff 2016 Rec 4c - supervision of missing enquiries.docx", TEMPLATE_TITLE, "6425", I_EV16, "Recommendation",
    mp_stem + "supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action", LEADS["ppu"], S2)
add(None, "PEEL Effectiveness 2016", "Missing children dip sample Mar 2023.docx", "Dip sample", "6425", I_EV16, "", "", "", "", "Approved", "Evidence")
# -- PEEL legitimacy 2017 (national)
add("I1", "Legitimacy 2017 - national", "Legit 2017 CoC - S&S reasonable and fair.docx", TEMPLATE_TITLE, "8541", I_LG17, "Cause for Concern",
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular over-representation of BAME people, and black people in particular, in S&S data which many forces are unable to explain.",
    LEADS["ss"], S4)
add("I2", "Legitimacy 2017 - national", "Legit 2017 Rec 1 - S&S monitoring data.docx", TEMPLATE_TITLE, "8542", I_LG17, "Recommendation",
    "By July 2018, all police forces should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand: - reasons for any disproportionate representation of different ethnic groups - extent to which find rates differ between ethnicities and types of search (inc. drug possession and supply) - prevalence of possession-only drug searches and alignment with local or force priorities",
    LEADS["ss"], S3)
add("I3", "Legitimacy 2017 - national", "Legit 2017 Rec 2 - disparities research.docx", TEMPLATE_TITLE, "8543", I_LG17, "Recommendation",
    "Where forces identify disparities through monitoring, they should demonstrate to the public that they have: carried out research and analysis in an attempt to understand the reasons for the disparity, and taken action to reduce the disparity, where necessary;",
    LEADS["ss"], S7)
# I5 is filed and labelled under the 2013 report
add("I5", "2013 Stop and Search", "S&S Rec - unconscious bias training APP.docx", TEMPLATE_TITLE, "8545", I_SS13, "Recommendation",
    "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.",
    LEADS["ss"], S3)
# -- PEEL 2018/19
pl_stem = "HMIC recommends that the force should immediately: "
add("J8", "PEEL 2018-19", "PEEL 18-19 CoC 1 - alliance exit.docx", TEMPLATE_TITLE, "10211", I_PL19, "Cause for Concern",
    "The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. Gaps in workforce skills assessment, weaknesses in investigative approach and approach to safeguarding vulnerable people.",
    LEADS["trans"], S3)
add("J1", "PEEL 2018-19", "PEEL 18-19 Rec 1 - investigative workload review.docx", TEMPLATE_TITLE, "10212", I_PL19, "Recommendation",
    "conduct a review of officers capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them",
    LEADS["inv"], S2)
add("J2", "PEEL 18-19", "PEEL 18-19 Rec 2 - vulnerability review with partners.docx", TEMPLATE_TITLE, "10213", I_PL19, "Recommendation",
    pl_stem + "conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.",
    LEADS["ppu"], S4, "Rejected")
add("J3", "PEEL 2018-19", "PEEL 18-19 Rec 3 - skills project.docx", TEMPLATE_TITLE, "#10214", I_PL19, "Recommendation",
    "expand the skills project work to include an assesment of all skills, not only operational, inc. potential future skills requirements. Assessment to inform workforce plans",
    LEADS["hr"], S6)
add(None, "PEEL 2018-19", "Skills audit summary - evidence for Rec 3.pdf", "", "10214", I_PL19, "", "", "", "", "Approved", "Evidence")
add("J4", "PEEL 2018-19", "PEEL 18-19 Rec 4 - Warwickshire transition arrangements.docx", TEMPLATE_TITLE, "10215", I_PL19, "Recommendation",
    pl_stem + "agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services",
    LEADS["trans"], S7)
add("J5", "PEEL 2018-19", "PEEL 18-19 Rec 5 - define operating model.docx", TEMPLATE_TITLE, "10261", I_PL19, "Recommendation",
    pl_stem + "clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;",
    LEADS["trans"], S3)
add("J6", "PEEL 2018-19", "PEEL 18-19 Rec 6 - public consultation business planning.docx", TEMPLATE_TITLE, "10217 ", I_PL19, "Recommendation",
    "improve arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation",
    LEADS["pp"], S2)
add("J9", "PEEL 2018-19", "PEEL 18-19 CoC 2 - capacity to investigate.docx", TEMPLATE_TITLE, "10218", I_PL19, "Cause for Concern",
    "The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way crimes are being investigated.",
    LEADS["inv"], S5)
add("J7", "PEEL 2018-19", "PEEL 18-19 Rec 7 - supervison of investigations.docx", TEMPLATE_TITLE, "10219", I_PL19, "Recommendation",
    "Within six months the force should ensure regular and active supervison of the quality and progress of investigations. This supervision should be properly recorded",
    LEADS["inv"], S2)
add("J10", "PEEL 2018-19", "10220 digital evidence DFU closure report.docx", TEMPLATE_TITLE, "10220", I_PL19, "Recommendation",
    "improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed (6 months)",
    LEADS["inv"], S3)
add("J11", "PEEL 2018-19", "10221 RUI and bail closure report.docx", TEMPLATE_TITLE, "10221", I_PL19, "Recommendation",
    "Within 6 months improve understanding of suspects released under investigation (RUI) and management of those released on bail",
    LEADS["inv"], S2)
add("J12", "PEEL 2018-19", "PEEL 18-19 AFI - crime recording system case files.docx", TEMPLATE_TITLE, "", I_PL19, "AFI",
    "The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.",
    LEADS["cdi"], S2)
add(None, "PEEL 2018-19", "Transition board ToR v2.docx", "Terms of Reference", "", I_PL19, "", "", "", "", "Approved", "Governance")
# -- Disproportionate use 2021
add("M1", "Disproportionality 2021", "DUPP 2021 Rec 1 - communication skills training.docx", TEMPLATE_TITLE, "13604", I_DU21, "Recommendation",
    "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.",
    LEADS["ss"], S3)
add("M2", "Disproportionality 2021", "DUPP 2021 Rec 2 - CPD and BWV debriefs.docx", TEMPLATE_TITLE, "13605", I_DU21, "Recommendation",
    "By July 2021, forces should ensure communication skills are reinforced as part of CPD for officers and staff, and supervisors are supported to routinely and frequently debrief officers on these skills using BWV footage.",
    LEADS["ss"], S2)
bwv = "By September 2021, forces should: "
add("M3", "Disproportionality 2021", "DUPP 2021 Rec 3(i) - BWV record entire encounter.docx", TEMPLATE_TITLE, "13606", I_DU21, "Recommendation",
    bwv + "ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.",
    LEADS["ss"], S6)
add("M3", "Disproportionality 2021", "DUPP 2021 Rec 3(ii) - BWV internal review.docx", TEMPLATE_TITLE, "13606", I_DU21, "Recommendation",
    bwv + "have a structured process for regularly reviewing and monitoring internally a sufficient sample of BWV footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.",
    LEADS["ss"], S6)
add("M3", "Disproportionality 2021", "DUPP 2021 Rec 3(iii) - BWV scrutiny panel access.docx", TEMPLATE_TITLE, "13606", I_DU21, "Recommendation",
    bwv + "provide external scrutiny panel members with access to samples of BWV footage showing S&S encounters and use of force incidents, taking account of the safeguards in APP.",
    LEADS["ss"], S6)
add("X54", "Disproportionality 2021", "DUPP 2021 Rec 4 - UoF data quality (HO NPCC).docx", TEMPLATE_TITLE, "", I_DU21, "Recommendation",
    "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.",
    LEADS["ss"], SNA)
add("M4", "Disproportionality 2021", "DUPP 2021 Rec 5 - UoF internal monitoring.docx", "", "13607", I_DU21, "Recommendation",
    "By July 2021 forces should ensure they have effective internal monitoring processes on the use of force to help identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.",
    LEADS["ss"], S1)
add(None, "Disproportionality 2021", "S&S and UoF scrutiny panel BWV review log 2023.xlsx", "", "13606", I_DU21, "", "", "", "", "Approved", "Evidence")
# -- vetting, closed by HMICFRS and dropped from the list; the library still holds it
add("X20", "Vetting", "Vetting backlog - clearance of all staff.docx", TEMPLATE_TITLE, "", "Vetting", "Recommendation",
    "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.",
    LEADS["psd"], S7)
# -- library root: templates, governance and reference documents
add(None, "", "HMICFRS Closure Report template v3.dotx", TEMPLATE_TITLE, "", "", "", "", "", "", "Approved", "Template")
add(None, "", "Closure process flowchart (FLL).pdf", "", "", "", "", "", "", "", "Approved", "Governance")
add(None, "", "HMICFRS definitive list - force copy Feb 2024.xlsx", "", "", "", "", "", "", "", "Approved", "Reference")
add(None, "", "COG paper - HMICFRS recs position Jan 2024.docx", "Chief Officer Group paper", "", "", "", "", "", "", "Approved", "Governance")

README_TEXT = '# sharepoint_closure_pack_library (round 102, brief C)\n\n## Story\nWest Mercia Police\'s organisational learning team never kept a tracker spreadsheet. From 2019 every HMICFRS\nrecommendation, AFI and cause of concern got a **closure report** (a Word document made from the template\n"HMICFRS Recommendation Closure Report") in a SharePoint document library, "HMICFRS Closure Library". The\nstatus lives in the library\'s metadata columns. Over the years the library also filled up with evidence\nfiles, templates and governance papers. Columns were added as time went on: `Inspection`, `Rec Type` and\n`Document Type` in 2020, `HMICFRS Ref` and `Closure Stage` in 2022. Older documents were never back-filled.\nBefore the JAC in March 2024 the force liaison lead exported a flat view of the library ("Show all items\nwithout folders") with the ribbon\'s **Export to Excel**, which gives an Excel table on a sheet named\n`owssvr` with `Item Type` and `Path` at the end. HMICFRS sent its definitive list, extracted on 04/03/2024.\n\n## Files\n- `hmicfrs.xlsx`, sheet `Definitive List`: a title in rows 1–3, row 4 blank, the header in row 5, and **40\n  items in rows 6–45**. Columns: Unique ID (a plain integer), Force, Report Title, Publication Date\n  (dd/mm/yyyy), Type (Recommendation / Area for improvement / Cause of concern), Recommendation / AFI / Cause\n  of Concern (the real text), Status, Status Date, Latest HMICFRS Comment.\n- `tracker.xlsx`, sheet `owssvr` (an Excel table also called `owssvr`): the header is in row 1 and the data\n  in rows 2–59 (58 documents, **46 of them items**). Columns: Name (the file name), Title (the Office\n  document property, usually the template\'s stale "HMICFRS Recommendation Closure Report"), HMICFRS Ref\n  (free text: `#10214`, `10217 ` with a trailing space, or blank), Inspection, Rec Type\n  (Recommendation / AFI / Cause for Concern), Recommendation (the force\'s copy of the text, often abridged),\n  Lead, Closure Stage, Approval Status (SharePoint content approval), Document Type, Version, Checked Out\n  To, Modified, Modified By, Item Type, Path. Rows are sorted by Path, then Name.\n- A force row is an item if it is a closure report: Document Type is `Closure Report`, or, for a\n  document older than that column, the file is the closure report for one recommendation (rows 11, 17, 56).\n\n## Status rules\n- HMICFRS: `Being progressed` and `Awaiting review` mean open. `Complete` and `Superseded` mean closed.\n- Force, Closure Stage: `1 - Allocated`, `2 - In progress` and `3 - Evidence gathering` mean open.\n  `4 - Ready for DCC sign-off`, `5 - Signed off (DCC)`, `6 - Submitted to HMICFRS`, `7 - Closed by HMICFRS`\n  and `N/A - not for force` mean done. Stage 4 counts as done because the owner has finished and only the\n  DCC\'s sign-off is pending (DESIGN treats "pending sign off" as force-says-done).\n- If **Approval Status is `Rejected`** the item is open whatever the stage says: the DCC sent the pack back\n  and nobody reset the stage (row 32).\n- If the stage is blank (documents from before 2022, rows 11 and 56), use Approval Status: `Approved` means\n  done and `Draft` means open.\n- An item split into several documents is done only when every part is done.\n- Category: HMICFRS open and force open, or HMICFRS closed and force done, gives in_sync. HMICFRS open and\n  force done gives closeable_submit. HMICFRS closed and force open gives closeable_local. A disagreement of\n  fact gives conflict whatever the statuses (here every conflict is open on both sides).\n\n## Traps and how the truth decides them\n- **Non-item documents mixed in with the items** (12 rows, listed below). Evidence rows carry the item\'s\n  HMICFRS Ref and Inspection but have no text and no stage, so they are not items.\n- **Identity is spread across Name, Title, Ref and text.** Title is nearly always the template\'s title. Ref\n  is blank on old documents. On row 56 (the PEEL efficiency 2015 demand AFI) the only identification is the\n  file name "AFI1 - demand", and the item is matched to ID 5370 by that name. Rows 11 and 17 have no ref and\n  are matched on their (abridged) text.\n- **Folders are not authoritative.** Row 35 (firearms rec 4, temporary permits) is filed in the\n  `PEEL 2018-19` folder, but its Inspection metadata and text are firearms licensing, so it is not a report\n  conflict. Row 32 sits in a duplicate folder `PEEL 18-19`.\n- **Split items.** CDI 6989 has one document per bullet (a)–(d) in rows 13–16. PEEL 2016 missing children\n  6425 is split 4a–4c in rows 53–55, and 4c is still open, so the item is open. DUPP 13606 is split\n  (i)–(iii) in rows 20–22, all submitted.\n- **Force vocabulary.** "Cause for Concern" means Cause of concern and "AFI" means Area for improvement.\n  Abbreviations include DA, S&S, BWV, RUI, NFLMS, CSE and UoF. There are typos ("supervison",\n  "assesment").\n- Conflicts, each decidable from the two rows:\n  - Row 28, ID 5011 (timescale): HMICFRS says "Within three months", the force text says "Within six months".\n  - Row 58, ID 5371 (type): HMICFRS says Area for improvement; the force has Rec Type Recommendation and the\n    file name "Rec 2".\n  - Rows 13–16, ID 6989 (missing bullet): the fifth bullet, "online reports of crime are triaged…", has no\n    document.\n  - Row 8, ID 8545 (report): the force labels and files it under Stop & Search (HMIC 2013); HMICFRS has it\n    under PEEL: Police legitimacy 2017.\n  - Row 42, ID 10216 (reference): the force\'s ref is 10261, which is no ID on the list; the text and report\n    are identical.\n- not_on_hmicfrs_list:\n  - Row 23: the Home Office/NPCC use-of-force data recommendation, marked N/A by the force.\n  - Row 59: the vetting backlog recommendation, Closed by HMICFRS and no longer on the list.\n- missing_from_force: IDs 902 (Integrity matters), 5012 (firearms "total expired" records) and 8544\n  (publish the analysis annually) have no document.\n- Other: row 43 is checked out to a user, and versions are minor (0.x, draft) or major (approved).\n\n## Counts\n| | |\n|---|---|\n| HMICFRS items | 40 |\n| in_sync | 19 |\n| closeable_submit | 7 |\n| closeable_local | 6 |\n| conflict | 5 |\n| missing_from_force | 3 |\n| review | 0 |\n| not_on_hmicfrs_list (force items) | 2 |\n| force item rows | 46 (37 matched items, 3 of them split into 3, 4 and 3 rows) |\n| truth.csv lines | 49 |\n\n## Rows that are not items\n- `hmicfrs.xlsx` `Definitive List`:\n  - Row 1: title.\n  - Row 2: "Force: West Mercia Police".\n  - Row 3: "Extracted: 04/03/2024".\n  - Row 4: blank.\n  - Row 5: header.\n- `tracker.xlsx` `owssvr`:\n  - Row 1: header.\n  - Row 2: "Closure process flowchart (FLL).pdf" (Governance).\n  - Row 3: "COG paper - HMICFRS recs position Jan 2024.docx" (Governance).\n  - Row 4: "HMICFRS Closure Report template v3.dotx" (Template).\n  - Row 5: "HMICFRS definitive list - force copy Feb 2024.xlsx" (Reference).\n  - Row 9: "S&S scrutiny panel minutes Q3 2016.pdf" (Evidence for 1181).\n  - Row 10: "DA Action Plan v7 published.pdf" (old evidence file with no Document Type: the published DA action plan).\n  - Row 12: "CDI audit results Q4 2017-18 (FCIR).xlsx" (Evidence for 6989).\n  - Row 25: "S&S and UoF scrutiny panel BWV review log 2023.xlsx" (Evidence for 13606).\n  - Row 26: "FL demand profile 2022-23.xlsx" (Evidence for 5011).\n  - Row 45: "Skills audit summary - evidence for Rec 3.pdf" (Evidence for 10214).\n  - Row 46: "Transition board ToR v2.docx" (Governance).\n  - Row 47: "Missing children dip sample Mar 2023.docx" (Evidence for 6425).\n\n## Notes on sources\nEvery text is a real public HMICFRS text from the shared data. The force\'s copies are abridged or\nrewritten by hand from those texts. The report titles are real. Because the shared texts come from\nseveral forces, force-specific texts are filed under West Mercia reports with the same title. The\npublication date of PEEL 2018/19 (02/05/2019) and the IDs other than 902, 2321, 4822, 6989 and 8541 are\nillustrative.\n'

# ---------------------------------------------------------------- build
def build():
    rnd = random.Random(102)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), CASE)
    os.makedirs(out, exist_ok=True)
    props = {"title": "", "author": "", "company": "", "created": datetime(2024, 3, 4, 9, 15, 0)}

    # ---- HMICFRS definitive list
    hrow = {}
    wb = xlsxwriter.Workbook(os.path.join(out, "hmicfrs.xlsx"))
    wb.set_properties(dict(props, title="Definitive list", author="HMICFRS Monitoring"))
    ws = wb.add_worksheet("Definitive List")
    bold = wb.add_format({"bold": True, "font_size": 12})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "text_wrap": True, "border": 1, "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    ws.write(0, 0, "HMICFRS definitive list of recommendations, areas for improvement and causes of concern", bold)
    ws.write(1, 0, "Force: West Mercia Police")
    ws.write(2, 0, "Extracted: 04/03/2024")
    heads = ["Unique ID", "Force", "Report Title", "Publication Date", "Type", "Recommendation / AFI / Cause of Concern", "Status",
             "Status Date", "Latest HMICFRS Comment"]
    for c, h in enumerate(heads):
        ws.write(4, c, h, hdr)
    for i, (key, idx, rep, typ, uid, st, sd, com) in enumerate(H):
        r = 5 + i
        hrow[key] = "Definitive List!%d" % (r + 1)
        title, pub = REPORTS[rep]
        ws.write_number(r, 0, uid, cell)
        ws.write(r, 1, "West Mercia Police", cell)
        ws.write(r, 2, title, wrap)
        ws.write_datetime(r, 3, datetime.combine(pub, datetime.min.time()), dfmt)
        ws.write(r, 4, typ, cell)
        ws.write(r, 5, T[idx], wrap)
        ws.write(r, 6, st, cell)
        ws.write_datetime(r, 7, datetime.combine(sd, datetime.min.time()), dfmt)
        ws.write(r, 8, com, wrap)
    for c, w in enumerate([10, 18, 40, 12, 20, 90, 16, 12, 50]):
        ws.set_column(c, c, w)
    ws.freeze_panes(5, 0)
    ws.autofilter(4, 0, 4 + len(H), len(heads) - 1)
    wb.close()

    # ---- force: SharePoint library view exported to Excel (owssvr)
    rows = sorted(F, key=lambda d: ((SITE + "/" + d["folder"]).rstrip("/").lower(), d["name"].lower()))
    base = datetime(2019, 6, 3, 9, 0)
    frow = []
    wb = xlsxwriter.Workbook(os.path.join(out, "tracker.xlsx"))
    wb.set_properties(dict(props, author="Tyler, Sophie"))
    ws = wb.add_worksheet("owssvr")
    dtf = wb.add_format({"num_format": "dd/mm/yyyy hh:mm"})
    heads = ["Name", "Title", "HMICFRS Ref", "Inspection", "Rec Type", "Recommendation", "Lead", "Closure Stage",
             "Approval Status", "Document Type", "Version", "Checked Out To", "Modified", "Modified By", "Item Type", "Path"]
    data = []
    for d in rows:
        older = d["doctype"] is None
        if older:
            mod = base + timedelta(days=rnd.randint(0, 500), minutes=rnd.randint(0, 480))
        else:
            mod = datetime(2022, 9, 1, 8, 0) + timedelta(days=rnd.randint(0, 540), minutes=rnd.randint(0, 540))
        if d["version"]:
            ver = d["version"]
        elif d["approval"] == "Approved":
            ver = "%d.0" % rnd.randint(1, 4)
        else:
            ver = "%d.%d" % (rnd.randint(0, 2), rnd.randint(1, 9))
        checked = "Hollis, Mark" if d["key"] == "J6" else ""
        data.append([d["name"], d["title"], d["ref"], d["insp"], d["typ"], d["rec"], d["lead"], d["stage"], d["approval"],
                     d["doctype"] or "", ver, checked, mod, rnd.choice(EDITORS), "Item",
                     (SITE + "/" + d["folder"]).rstrip("/")])
    ws.add_table(0, 0, len(data), len(heads) - 1, {
        "name": "owssvr", "style": "Table Style Medium 2",
        "columns": [{"header": h} for h in heads]})
    for i, row in enumerate(data):
        for c, v in enumerate(row):
            if isinstance(v, datetime):
                ws.write_datetime(i + 1, c, v, dtf)
            elif v == "":
                ws.write_blank(i + 1, c, None)
            else:
                ws.write_string(i + 1, c, v)
        frow.append("owssvr!%d" % (i + 2))
    for c, w in enumerate([48, 30, 11, 28, 16, 70, 28, 26, 14, 15, 8, 14, 16, 18, 9, 60]):
        ws.set_column(c, c, w)
    wb.close()

    # ---- truth
    cat = {}
    for k in ("D1", "A1", "F1", "G1", "G3", "G4", "G5", "G6", "I2", "I3", "J2", "J4", "J6", "J7", "J8", "J11", "J12", "M1", "M4"):
        cat[k] = "in_sync"
    for k in ("B1", "E4", "G2", "I1", "J3", "J9", "M3"):
        cat[k] = "closeable_submit"
    for k in ("D2", "E1", "F3", "J1", "J10", "M2"):
        cat[k] = "closeable_local"
    for k in ("E2", "F2", "H1", "I5", "J5"):
        cat[k] = "conflict"
    for k in ("C1", "E3", "I4"):
        cat[k] = "missing_from_force"
    WHY = {
        "D1": "Complete at HMICFRS; force stage 7 Closed by HMICFRS (ref 1180)",
        "D2": "HMICFRS Superseded (closed); force stage 2 In progress (ref 1181)",
        "A1": "HMICFRS Complete; 2016 document with no stage, Approval Status Approved = done; matched on text/filename (no ref)",
        "B1": "HMICFRS Awaiting review (open); force stage 6 Submitted to HMICFRS; no ref, matched on text",
        "E1": "HMICFRS Complete; force stage 3 Evidence gathering",
        "E2": "Timescale differs: HMICFRS 'Within three months', force text 'Within six months' (ref 5011)",
        "E4": "HMICFRS Being progressed; force stage 5 Signed off (DCC); document mis-filed in PEEL 2018-19 folder but metadata says firearms licensing",
        "F1": "HMICFRS Complete; 2017 document, no text/stage/ref, filename 'AFI1 - demand' = the demand AFI; Approved = done",
        "F2": "Type differs: HMICFRS Area for improvement, force Rec Type Recommendation and filename 'Rec 2' (ref 5371)",
        "F3": "HMICFRS Superseded (closed); force stage 2 In progress",
        "H1": "Bulleted rec split into one closure report per bullet (a)-(d); bullet 5 'online reports of crime are triaged' has no row",
        "G1": "Both open: Being progressed / stage 2",
        "G2": "HMICFRS Being progressed; force stage 6 Submitted to HMICFRS",
        "G3": "Both open: Being progressed / stage 3",
        "G4": "HMICFRS Complete; force stage 7",
        "G5": "Both open: Being progressed / stage 2",
        "G6": "Split per bullet 4a-4c; 4c still stage 2 so the item is open; HMICFRS Being progressed",
        "I1": "HMICFRS Awaiting review; force stage 4 Ready for DCC sign-off, Approval Pending = done",
        "I2": "Both open: Being progressed / stage 3",
        "I3": "HMICFRS Complete; force stage 7",
        "I5": "Report differs: force files and labels ref 8545 under Stop & Search (HMIC 2013), HMICFRS under PEEL: Police legitimacy 2017",
        "J1": "HMICFRS Complete; force stage 2",
        "J2": "Stage 4 Ready for DCC sign-off but Approval Status Rejected: pack sent back, open; HMICFRS Being progressed",
        "J3": "HMICFRS Being progressed; force stage 6 (ref typed '#10214')",
        "J4": "HMICFRS Complete; force stage 7",
        "J5": "Reference differs: force HMICFRS Ref 10261, list ID 10216; text and report identical",
        "J6": "Both open: Being progressed / stage 2 (ref typed with trailing space; document checked out)",
        "J7": "Both open: Being progressed / stage 2",
        "J8": "Both open: Being progressed / stage 3 (Cause for Concern = Cause of concern)",
        "J9": "HMICFRS Awaiting review; force stage 5 Signed off (DCC)",
        "J10": "HMICFRS Complete; force stage 3",
        "J11": "Both open: Being progressed / stage 2",
        "J12": "Both open: Being progressed / stage 2; force has no ref, matched on verbatim text",
        "M1": "Both open: Being progressed / stage 3",
        "M2": "HMICFRS Complete; force stage 2",
        "M3": "Split per bullet (i)-(iii), all stage 6 Submitted; HMICFRS Being progressed",
        "M4": "Both open: Being progressed / stage 1 Allocated",
        "C1": "No document in the library for the Integrity matters recommendation (ID 902)",
        "E3": "No document for firearms 'total expired' licensing records (ID 5012)",
        "I4": "No document for 'publish this analysis ... annually' (ID 8544)",
        "X54": "Home Office/NPCC recommendation the force added as N/A - not for force; not on the HMICFRS list",
        "X20": "Vetting recommendation stage 7 Closed by HMICFRS; not on the current list",
    }
    lines = []
    for d, fr in zip(rows, frow):
        if d["doctype"] in ("Evidence", "Governance", "Template", "Reference") or d["key"] is None:
            continue
        k = d["key"]
        if k.startswith("X"):
            lines.append(("", fr, "not_on_hmicfrs_list", WHY[k]))
        else:
            lines.append((hrow[k], fr, cat[k], WHY[k]))
    for key, *_ in H:
        if cat[key] == "missing_from_force":
            lines.append((hrow[key], "", "missing_from_force", WHY[key]))
    lines.sort(key=lambda t: (int(t[0].split("!")[1]) if t[0] else 999, int(t[1].split("!")[1]) if t[1] else 0))
    with open(os.path.join(out, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README_TEXT)
    return rows, frow, hrow

if __name__ == "__main__":
    rows, frow, hrow = build()
    if "-v" in sys.argv:
        for d, fr in zip(rows, frow):
            print(fr, d["key"], d["doctype"], d["name"])
