#!/usr/bin/env python3
"""Build the evaluation case `ssrs_excel_render_docmap_outline` (round 103, brief B).

HMICFRS side: the force's definitive list as the HMICFRS monitoring portal's
SQL Server Reporting Services report "Force recommendations by report",
exported with SSRS's Excel renderer: a "Document map" sheet first, one
worksheet per report (explicit page break on the report group, sheet named by
the group's PageName = report title stripped of characters Excel forbids and
cut to 31 characters), the page header rendered as worksheet rows, narrow
spacer columns and merged cells, and the per-item "Status history" drill-down
rendered as collapsed (hidden) Excel outline rows under each item, newest
first.  Force side: an ordinary Excel tracker kept by the force.

Deterministic: no randomness, fixed workbook properties.  Only the standard
library and XlsxWriter are used.  Texts are real public HMICFRS texts copied
from the project's collection of real recommendations.
"""
import csv
import datetime as dt
import os

import xlsxwriter

CASE = "ssrs_excel_render_docmap_outline"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
D = dt.date

# --------------------------------------------------------------------------
# Real HMICFRS texts (verbatim, as collected; numbers are the source rows)
# --------------------------------------------------------------------------
T0 = 'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and'
T1 = 'HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.'
T2 = 'HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;'
T3 = 'HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and'
T4 = 'HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;'
T5 = 'HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.'
T6 = 'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;'
T7 = 'The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.'
T8 = 'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.'
T9 = 'HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;'
T10 = 'HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;'
T11 = 'Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.'
T12 = 'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.'
T13 = 'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.'
T14 = 'The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public'
T15 = 'The force should develop its understanding of the links between its outcomes, outputs and costs'
T16 = 'The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.'
T18 = 'The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.'
T20 = 'The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.'
T21 = 'The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.'
T22 = 'In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.'
T23 = 'To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.'
T24 = 'In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease'
T25 = 'The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.'
T26 = 'To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action'
T27 = 'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.'
T28 = 'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.'
T46 = 'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.'
T47 = 'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.'
T48 = 'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;'
T49 = 'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.'
T50 = 'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.'
T51 = 'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.'
T52 = 'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.'
T53 = 'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.'
T54 = 'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.'
T55 = 'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.'
T56 = "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n  • in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n  • after close consideration of all the recommendations in this report;\n  • with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n  • drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.The action plan should be established on the basis of best practice, based on revised relevant guidance from the College of Policing. To ensure consistency, the College and the national policing lead on domestic abuse have agreed to provide advice on the areas that each plan should cover by the end of April 2014.\n\nChief officers in each police force should oversee and ensure full implementation of these action plans. This should be a personal responsibility in each case. Police and crime commissioners should hold forces to account in this respect. HMIC will inspect forces' progress on domestic abuse as part of its new annual all-force inspection programme. Police and crime commissioners and chief constables should be called upon to report publicly on progress, as well as to the national oversight and monitoring group."
T58 = 'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.'
T59 = 'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.'
T60 = 'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.'
T61 = 'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.'

# --------------------------------------------------------------------------
# Reports (real titles and publication dates)
# --------------------------------------------------------------------------
REPORTS = {
    "SS13": ("Stop and search powers: Are the police using them effectively and fairly?", D(2013, 7, 9)),
    "EB14": ("Everyone’s business: Improving the police response to domestic abuse", D(2014, 3, 27)),
    "CB14": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", D(2014, 9, 11)),
    "IM15": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", D(2015, 1, 30)),
    "TR15": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", D(2015, 9, 15)),
    "EF15": ("PEEL: Police efficiency 2015 – West Mercia Police", D(2015, 10, 15)),
    "EF16": ("PEEL: Police effectiveness 2016 – West Mercia Police", D(2017, 3, 2)),
    "LG17": ("PEEL: police legitimacy 2017", D(2017, 12, 12)),
    "P1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police", D(2019, 9, 27)),
    "CDI19": ("West Mercia Police: Crime Data Integrity inspection 2019", D(2019, 10, 8)),
    "DU21": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", D(2021, 2, 26)),
}

# Comment texts as the register writes them (real wordings where they exist)
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being monitored by HMICFRS "
         "and this record will, in due course, be updated.")
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members of the "
          "inspection team in recent inspection activity.")
C_SUP = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness inspections. "
         "Where a cause of concern still exists this will appear in the register against these subsequent inspections.")
C_REV = ("The status of this recommendation is currently being reviewed by HMIC and will be updated when this "
         "review is complete.")
C_FUPD = "Force update received. Evidence under review by the force liaison lead."

AR, BP, CO, SU = "Awaiting review", "Being progressed", "Complete", "Superseded"
HM_OPEN = {AR, BP}
HM_CLOSED = {CO, SU}

# --------------------------------------------------------------------------
# HMICFRS items: key, register id, report, type, text, current status,
# status history newest first [(status, date, comment)] - first entry is current
# --------------------------------------------------------------------------
def H(*events):
    return list(events)

ITEMS = [
    # Stop and search 2013
    ("ss1", 1187, "SS13", "Recommendation", T27,
     H((CO, D(2022, 6, 9), C_DONE), (BP, D(2014, 2, 3), C_MON), (AR, D(2013, 7, 9), C_NEW))),
    ("ss2", 1188, "SS13", "Recommendation", T28,
     H((BP, D(2014, 2, 3), C_MON), (AR, D(2013, 7, 9), C_NEW))),
    # Everyone's business 2014
    ("eb1", 2318, "EB14", "Recommendation", T56,
     H((SU, D(2022, 8, 16), C_SUP), (BP, D(2014, 10, 1), C_MON), (AR, D(2014, 3, 27), C_NEW))),
    # Core Business 2014
    ("cb1", 4819, "CB14", "Recommendation", T12,
     H((BP, D(2015, 4, 20), C_MON), (AR, D(2014, 9, 11), C_NEW))),
    # Integrity matters 2015
    ("im1", 905, "IM15", "Recommendation", T13,
     H((BP, D(2015, 9, 14), C_MON), (AR, D(2015, 1, 30), C_NEW))),
    # Targeting the risk 2015
    ("tr1", 5530, "TR15", "Recommendation", T58,
     H((CO, D(2022, 11, 3), C_AUTH), (BP, D(2016, 1, 11), C_MON), (AR, D(2015, 9, 15), C_NEW))),
    ("tr2", 5531, "TR15", "Recommendation", T59,
     H((BP, D(2016, 1, 11), C_MON), (AR, D(2015, 9, 15), C_NEW))),
    ("tr4", 5533, "TR15", "Recommendation", T61,
     H((BP, D(2016, 1, 11), C_MON), (AR, D(2015, 9, 15), C_NEW))),
    # PEEL efficiency 2015
    ("ef1", 5968, "EF15", "Area for improvement", T14,
     H((CO, D(2023, 2, 20), C_DONE), (BP, D(2016, 3, 7), C_MON), (AR, D(2015, 10, 15), C_NEW))),
    ("ef2", 5969, "EF15", "Area for improvement", T15,
     H((BP, D(2016, 3, 7), C_MON), (AR, D(2015, 10, 15), C_NEW))),
    ("ef3", 5970, "EF15", "Area for improvement", T16,
     H((BP, D(2016, 3, 7), C_MON), (AR, D(2015, 10, 15), C_NEW))),
    # PEEL effectiveness 2016
    ("e16c1", 6912, "EF16", "Cause of concern", T21,
     H((SU, D(2022, 5, 4), C_SUP), (BP, D(2017, 6, 19), C_MON), (AR, D(2017, 3, 2), C_NEW))),
    ("e16r1", 6913, "EF16", "Recommendation", T22,
     H((SU, D(2022, 5, 4), C_SUP), (BP, D(2017, 6, 19), C_MON), (AR, D(2017, 3, 2), C_NEW))),
    ("e16r2", 6914, "EF16", "Recommendation", T23,
     H((SU, D(2022, 5, 4), C_SUP), (BP, D(2017, 6, 19), C_MON), (AR, D(2017, 3, 2), C_NEW))),
    ("e16r3", 6915, "EF16", "Recommendation", T24,
     H((SU, D(2022, 5, 4), C_SUP), (BP, D(2017, 6, 19), C_MON), (AR, D(2017, 3, 2), C_NEW))),
    ("e16c2", 6918, "EF16", "Cause of concern", T25,
     H((BP, D(2017, 6, 19), C_MON), (AR, D(2017, 3, 2), C_NEW))),
    ("e16r4", 6919, "EF16", "Recommendation", T26,
     H((BP, D(2024, 8, 12), C_FUPD), (BP, D(2017, 6, 19), C_MON), (AR, D(2017, 3, 2), C_NEW))),
    # PEEL legitimacy 2017 (national)
    ("lg1", 8529, "LG17", "Cause of concern", T46,
     H((BP, D(2018, 2, 5), C_MON), (AR, D(2017, 12, 12), C_NEW))),
    ("lg2", 8530, "LG17", "Recommendation", T47,
     H((BP, D(2018, 2, 5), C_MON), (AR, D(2017, 12, 12), C_NEW))),
    ("lg3", 8531, "LG17", "Recommendation", T48,
     H((CO, D(2023, 3, 14), C_DONE), (BP, D(2018, 2, 5), C_MON), (AR, D(2017, 12, 12), C_NEW))),
    ("lg4", 8532, "LG17", "Recommendation", T49,
     H((BP, D(2024, 7, 22),
        "Force update: Completed - annual stop and search disparity analysis and actions published on the force "
        "website July 2024. Evidence uploaded for closure."),
       (BP, D(2018, 2, 5), C_MON), (AR, D(2017, 12, 12), C_NEW))),
    ("lg5", 8533, "LG17", "Recommendation", T50,
     H((CO, D(2022, 7, 5), C_DONE), (BP, D(2018, 2, 5), C_MON), (AR, D(2017, 12, 12), C_NEW))),
    # PEEL 2018/19 West Mercia
    ("p1c1", 10244, "P1819", "Cause of concern", T7,
     H((CO, D(2023, 5, 11), C_AUTH), (BP, D(2019, 11, 14), C_MON), (AR, D(2019, 9, 27), C_NEW))),
    ("p1r1", 10245, "P1819", "Recommendation", T0,
     H((CO, D(2023, 5, 11), C_DONE), (BP, D(2019, 11, 14), C_MON), (AR, D(2019, 9, 27), C_NEW))),
    ("p1r2", 10246, "P1819", "Recommendation", T1,
     H((CO, D(2023, 5, 11), C_DONE), (BP, D(2019, 11, 14), C_MON), (AR, D(2019, 9, 27), C_NEW))),
    ("p1r3", 10247, "P1819", "Recommendation", T2,
     H((SU, D(2022, 9, 1), C_SUP), (BP, D(2019, 11, 14), C_MON), (AR, D(2019, 9, 27), C_NEW))),
    ("p1r4", 10248, "P1819", "Recommendation", T3,
     H((CO, D(2022, 4, 25), C_DONE), (BP, D(2019, 11, 14), C_MON), (AR, D(2019, 9, 27), C_NEW))),
    ("p1r5", 10249, "P1819", "Recommendation", T4,
     H((BP, D(2019, 11, 14), C_MON), (AR, D(2019, 9, 27), C_NEW))),
    ("p1r6", 10250, "P1819", "Recommendation", T5,
     H((BP, D(2019, 11, 14), C_MON), (AR, D(2019, 9, 27), C_NEW))),
    # cause of concern 2: closed 2022, reopened 2023 (history newest first)
    ("p1c2", 10251, "P1819", "Cause of concern", T8,
     H((BP, D(2023, 7, 18), C_REV), (CO, D(2022, 3, 2), C_DONE), (BP, D(2019, 11, 14), C_MON),
       (AR, D(2019, 9, 27), C_NEW))),
    ("p1r7", 10252, "P1819", "Recommendation", T6,
     H((BP, D(2019, 11, 14), C_MON), (AR, D(2019, 9, 27), C_NEW))),
    ("p1r8", 10253, "P1819", "Recommendation", T9,
     H((BP, D(2019, 11, 14), C_MON), (AR, D(2019, 9, 27), C_NEW))),
    ("p1r9", 10254, "P1819", "Recommendation", T10,
     H((BP, D(2019, 11, 14), C_MON), (AR, D(2019, 9, 27), C_NEW))),
    ("p1a1", 10260, "P1819", "Area for improvement", T18,
     H((BP, D(2019, 11, 14), C_MON), (AR, D(2019, 9, 27), C_NEW))),
    ("p1a2", 10261, "P1819", "Area for improvement", T20,
     H((BP, D(2019, 11, 14), C_MON), (AR, D(2019, 9, 27), C_NEW))),
    # Crime data integrity 2019
    ("cdi1", 10398, "CDI19", "Recommendation", T11,
     H((BP, D(2020, 1, 13), C_MON), (AR, D(2019, 10, 8), C_NEW))),
    # Disproportionate use of police powers 2021 (national)
    ("du1", 12107, "DU21", "Recommendation", T51,
     H((BP, D(2021, 6, 1), C_MON), (AR, D(2021, 2, 26), C_NEW))),
    ("du2", 12108, "DU21", "Recommendation", T52,
     H((AR, D(2021, 2, 26), C_NEW),)),
    ("du3", 12109, "DU21", "Recommendation", T53,
     H((BP, D(2021, 6, 1), C_MON), (AR, D(2021, 2, 26), C_NEW))),
    ("du5", 12111, "DU21", "Recommendation", T55,
     H((CO, D(2024, 4, 22), C_AUTH), (BP, D(2021, 6, 1), C_MON), (AR, D(2021, 2, 26), C_NEW))),
]

# --------------------------------------------------------------------------
# Force tracker rows: (No., HMICFRS ID cell, report, published, type, text,
# lead, portfolio, update, RAG, closure submitted, hmicfrs key or None)
# --------------------------------------------------------------------------
SS = "Stop & Search 2013"
TR = "Targeting the Risk (Firearms Licensing)"
EF15 = "PEEL Efficiency 2015"
EF16 = "PEEL Effectiveness 2016"
LG = "PEEL Legitimacy 2017 (national)"
P1 = "PEEL 2018/19"
CDI = "CDI 2019"
DU = "Disproportionate Use of Powers 2021"
REC, AFI, COC = "Recommendation", "AFI", "Cause of Concern"

FORCE = [
    (1, 1187, SS, "Jul-13", REC,
     "Chief Constables & College of Policing to establish in the S&S APP a clear specification of what constitutes "
     "effective and fair use of stop and search powers, and guidance. Must be compliant with Code of Practice (PACE Code A).",
     "Supt J. Rowe", "Local Policing", "Awaiting revised APP from College. Force S&S policy refreshed 2021.", "Amber", None, "ss1"),
    (2, 1188, SS, "Jul-13", REC,
     "Chief Constables should establish or improve monitoring of the way officers stop and search people so they can be "
     "satisfied officers are acting in accordance with the law (incl equality legislation & Code of Practice) and that the "
     "power is used effectively to prevent crime, catch criminals and maintain public trust",
     "Supt J. Rowe", "Local Policing", "S&S scrutiny board meets quarterly, BWV dip sampling in place. Evidence pack to sign-off panel.",
     "Green", D(2024, 8, 12), "ss2"),
    (3, 2318, "Everyones Business (DA) 2014", "27/03/2014", REC,
     "By Sept 2014 every force to establish and publish a DA action plan specifying steps it will take to improve its "
     "approach to domestic abuse (developed with PCC, DA support orgs & victims reps; all recs in report; DHRs & IPCC "
     "findings; CPS scrutiny panels / MARAC self-assessments). Chief officers to oversee full implementation.",
     "DCS M. Ahmed", "Public Protection", "DA action plan published 2014 and refreshed annually. Closed.", "Complete", None, "eb1"),
    (4, 905, "Integrity Matters", "Jan 2015", REC,
     "By 31 Aug 2015 all chief constables should satisfy themselves they have processes in place to ensure investigations "
     "into misconduct by officers & staff resulting in 'no further action' are fair and free of any form of discrimination.",
     "Supt K. Lloyd", "PSD", "PSD disproportionality review underway - NFA outcomes dip sampled by ethnicity, report due Q4.",
     "Amber", None, "im1"),
    (5, 5530, TR, "15/09/2015", REC,
     "Within 3 months all CCs should assess how well governance of firearms licensing meets APP standards; where not "
     "complied with put correct arrangements in place immediately.",
     "C/Insp P. Davies", "Firearms Licensing", "Governance board established. Signed off by HMICFRS Nov 22.", "Complete", D(2022, 9, 30), "tr1"),
    (6, 5531, TR, "15/09/2015", REC,
     "Within 3 months all CCs should assess demand on their firearms licensing dept and ensure it has capacity to meet "
     "demand & provide an efficient/effective service at all times.",
     "C/Insp P. Davies", "Firearms Licensing", "Renewals backlog - 9 additional FEO posts recruited, backlog reducing but not yet cleared.",
     "Red", None, "tr2"),
    (7, 5532, TR, "15/09/2015", REC,
     "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their "
     "force with regard to 'total expired' licensing records.",
     "C/Insp P. Davies", "Firearms Licensing", "All total expired records reviewed 2016. Closed by HMICFRS 2019.", "Complete", D(2016, 11, 2), None),
    (8, 5533, TR, "15/09/2015", REC,
     "Within 3 months CCs to ensure temporary permit arrangements are in accordance with HO guidance, temporary permits "
     "recorded without delay on NFLMS and effective systems so certificate holders are not permitted at any time to remain "
     "in unlawful possession of a firearm",
     "C/Insp P. Davies", "Firearms Licensing", "Process audited by Internal Audit Mar 24 - substantial assurance. Ready to submit.",
     "Green", None, "tr4"),
    (9, 5968, EF15, "Oct 2015", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand for its services and "
     "likely future changes in demand, so it can make best use of resources by matching them to demand",
     "ACO Resources", "Corporate Services", "Demand model in place (FMS 2022). Closed by HMICFRS Feb 23.", "Green", D(2022, 6, 1), "ef1"),
    (10, 5969, EF15, "Oct 2015", AFI,
     "Develop understanding of links between outcomes, outputs and costs",
     "ACO Resources", "Corporate Services", "Activity based costing pilot - delayed by finance system replacement.", "Amber", None, "ef2"),
    (11, 5970, EF15, "Oct 2015", REC,
     "The force should develop a future workforce plan aligned with overall demand & budget. Plan to incl future resource "
     "allocations, mix of skills required by the workforce and behaviours expected of them.",
     "Head of HR", "People Services", "Strategic workforce plan 2024-27 in draft.", "Amber", None, "ef3"),
    (12, None, EF15, "Oct 2015", AFI,
     "The force should improve its use of its crime recording & management system to better manage case files and "
     "investigative processes",
     "DCI S. Price", "Crime", "Athena training refresh for investigators rolled out; file quality audits monthly.", "Amber", None, "p1a1"),
    (13, 6912, EF16, "Mar 2017", COC,
     "The force's current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the "
     "investigation and the low use of police powers of arrest & prosecution is a cause of concern to HMIC.",
     "DCS M. Ahmed", "Public Protection", "DA delivery plan ongoing - arrest rate monitored at DA board.", "Amber", None, "e16c1"),
    (14, 6913, EF16, "Mar 2017", REC,
     "Force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers (DA)",
     "DCS M. Ahmed", "Public Protection", "DVPN/DVPO usage up 40%. Continue to monitor.", "Amber", None, "e16r1"),
    (15, 6914, EF16, "Mar 2017", REC,
     "Take steps to understand & address the reason behind why such a high proportion of DA victims do not support the "
     "police investigation",
     "DCS M. Ahmed", "Public Protection", "Victim attrition research completed with University of Worcester 2019.", "Green", D(2019, 12, 2), "e16r2"),
    (16, 6915, EF16, "Mar 2017", REC,
     "Practice of conducting DA risk assessments over the telephone and dealing with DA in the resolution centre should cease",
     "DCS M. Ahmed", "Public Protection", "Ceased Apr 2017.", "Complete", D(2017, 6, 1), "e16r3"),
    (17, 6918, EF16, "Mar 2017", COC,
     "The force's response to missing & absent children is a cause of concern to HMIC - risk assessment for children missing "
     "from home inappropriate in some cases, children classed as 'absent' when should be 'missing', CSE risk not influencing "
     "grading. Enduring CoC from 2015 vulnerability report.",
     "Supt R. Okafor", "Public Protection", "Missing persons policy rewritten, absent category withdrawn 2018. Kept open pending re-inspection.",
     "Amber", None, "e16c2"),
    ("17a", 6919, EF16, "Mar 2017", REC,
     "Review approach to reports of missing children - call takers understand & use the missing/absent category appropriately",
     "Supt R. Okafor", "Contact Mgmt", "Absent category withdrawn. Call handler training complete.", "Green", D(2024, 8, 12), "e16r4"),
    ("17b", 6919, EF16, "Mar 2017", REC,
     "...call takers & frontline staff have necessary knowledge to identify risk factors assoc. with CSE and how to respond",
     "Supt R. Okafor", "Public Protection", "CSE e-learning 96% compliance.", "Green", D(2024, 8, 12), "e16r4"),
    ("17c", 6919, EF16, "Mar 2017", REC,
     "...supervisors provide correct oversight of missing person enquiries & direct appropriate & timely investigative and "
     "safeguarding action",
     "Supt R. Okafor", "Public Protection", "Missing person supervisory review built into STORM/Niche. Complete.", "Complete", D(2024, 8, 12), "e16r4"),
    ("22a", 8530, LG, "Dec 2017", REC,
     "By July 2018 regularly & frequently monitor comprehensive S&S data to understand: the reasons for any disproportionate "
     "representation of different ethnic groups",
     "Supt J. Rowe", "Local Policing", "Power BI S&S dashboard live.", "Green", None, "lg2"),
    ("22b", "8530", LG, "Dec 2017", REC,
     "...extent to which find rates differ between ethnicities and across types of search (incl drug possession v supply)",
     "Supt J. Rowe", "Local Policing", "Find rate by search type not yet split by ethnicity - data quality issue on Niche.", "Amber", None, "lg2"),
    ("22c", "8530", LG, "Dec 2017", REC,
     "...prevalence of possession-only drug searches and whether these align with local / force priorities",
     "Supt J. Rowe", "Local Policing", "Included in quarterly scrutiny pack.", "Green", None, "lg2"),
    (23, 8531, LG, "Dec 2017", REC,
     "Where disparities identified through monitoring, demonstrate to public that force has carried out research & analysis "
     "to understand reasons and taken action to reduce disparity where necessary",
     "Supt J. Rowe", "Local Policing", "Closed by HMICFRS.", "Green", D(2022, 11, 1), "lg3"),
    (24, 8532, LG, "Dec 2017", REC,
     "We expect forces to publish this analysis & any actions taken at least annually, from July 2018",
     "Supt J. Rowe", "Local Policing", "Published on force website Jul 24. Submitted to HMICFRS portal.", "Complete", D(2024, 7, 19), "lg4"),
    (25, 8533, LG, "Dec 2017", REC,
     "By July 2018 and ongoing, all officers using S&S powers provided with & understand training on unconscious bias and "
     "College APP on S&S",
     "Supt J. Rowe", "Learning & Development", "Refresher training compliance 78% - chasing via line managers.", "Amber", None, "lg5"),
    (26, 10244, P1, "Sep 2019", COC,
     "CoC 1 - Force does not have suitable arrangements in place to maintain the full range of public services when alliance "
     "with Warwickshire ends. Gaps in workforce skills assessment, weaknesses in investigative approach and approach to "
     "safeguarding vulnerable people.",
     "DCC", "Chief Officer Group", "Alliance ended Oct 2019, new operating model in place.", "Green", D(2022, 12, 5), "p1c1"),
    ("26.1", 10245, P1, "Sep 2019", REC,
     "1a. Immediately conduct a review of officers' capabilities & capacity to manage their investigative workload to better "
     "understand investigative demand and pressures on them",
     "Det Supt A. Hale", "Crime", "Investigative workload review re-run 2024, report to COG Nov.", "Amber", None, "p1r1"),
    ("26.2", 10246, P1, "Sep 2019", REC,
     "1b. Immediately conduct a review, involving partners, of approach to vulnerability to better safeguard vulnerable people",
     "DCS M. Ahmed", "Public Protection", "Complete - vulnerability review with partners 2020.", "Complete", D(2021, 3, 1), "p1r2"),
    ("26.3", 10247, P1, "Sep 2019", REC,
     "1c. Expand skills project work to include assessment of all skills (not only operational) incl future skills "
     "requirements - to inform workforce plans",
     "Head of HR", "People Services", "Skills audit complete.", "Green", D(2022, 3, 14), "p1r3"),
    ("26.4", 10248, P1, "Sep 2019", REC,
     "1d. Agree arrangements with Warwickshire Police to secure smooth transition to future operating model, no disruption "
     "to public services",
     "DCC", "Chief Officer Group", "Complete", "Complete", D(2020, 6, 30), "p1r4"),
    ("26.5", 10249, P1, "Sep 2019", REC,
     "1e. Clearly define new operating model ensuring all operational & support services are affordable and fit to protect "
     "the communities of West Mercia",
     "DCC", "Chief Officer Group", "Operating model review 2 (OMR2) in progress.", "Amber", None, "p1r5"),
    (27, 10251, P1, "Sep 2019", COC,
     "CoC 2 - Force does not have capacity or capability to investigate crime effectively and this is affecting service to "
     "public. Failings in the way crimes are being investigated.",
     "Det Supt A. Hale", "Crime", "Re-opened by HMICFRS Jul 23 following PEEL 21/22. Investigation standards plan.", "Amber", None, "p1c2"),
    ("27.1", 10252, P1, "Sep 2019", REC,
     "2a. Within twelve months the force should ensure regular and active supervision of quality and progress of "
     "investigations. Supervision to be properly recorded.",
     "Det Supt A. Hale", "Crime", "Supervisor review template on Niche, compliance 61%.", "Amber", None, "p1r7"),
    ("27.2", 10253, P1, "Sep 2019", REC,
     "2b. Within six months improve ability to retrieve digital evidence from mobile phones, computers & other devices quickly "
     "enough so investigations are not delayed",
     "Head of Digital Forensics", "Crime", "Kiosks in all hubs, backlog cleared Mar 24. Evidence submitted.", "Green", D(2024, 4, 2), "p1r8"),
    ("27.3", 10524, P1, "Sep 2019", REC,
     "2c. Within six months improve understanding of suspects released under investigation (RUI) and management of those "
     "released on bail",
     "Det Supt A. Hale", "Crime", "Bail mgmt team established; RUI numbers reported monthly.", "Amber", None, "p1r9"),
    (28, 10261, P1, "Sep 2019", AFI,
     "Ensure all staff have at least lowest level of vetting clearance for their roles asap - clear vetting backlog & "
     "renewals when due so fully compliant with national vetting guidelines",
     "Head of PSD", "PSD", "Backlog cleared, 100% vetted. Evidence pack ready.", "Green", None, "p1a2"),
    ("29a", 10398, CDI, "08/10/2019", REC,
     "Within six months arrangements to ensure: (a) at the point of report, victims are believed",
     "FCR", "Crime Bureau", "Complete.", "Complete", None, "cdi1"),
    ("29b", 10398, CDI, "08/10/2019", REC,
     "(b) conversations between call handlers & callers summarised accurately in incident log",
     "FCR", "Contact Mgmt", "QA dip sample monthly.", "Green", None, "cdi1"),
    ("29c", 10398, CDI, "08/10/2019", REC,
     "(c) multiple crimes always recorded when described within incident records or identified in other investigations",
     "FCR", "Crime Bureau", "Crime bureau checks all incidents.", "Green", None, "cdi1"),
    ("29d", 10398, CDI, "08/10/2019", REC,
     "(d) practice of awaiting results of medical examinations or video interviews before crime recording decisions is stopped",
     "FCR", "Crime Bureau", "Still seeing some delayed recording in RASSO - audit Q3.", "Amber", None, "cdi1"),
    ("29e", 10398, CDI, "08/10/2019", REC,
     "(e) online reports of crime triaged at point of receipt so ongoing risks to victim/wider public identified and managed",
     "FCR", "Contact Mgmt", "Single online home triage in place.", "Green", None, "cdi1"),
    (30, 12107, DU, "Feb 2021", REC,
     "By July 2021, forces should ensure officers & staff have effective communication skills in line with National Policing "
     "Guidelines on Conflict Management - in addition to existing conflict mgmt and de-escalation training.",
     "Head of L&D", "Learning & Development", "Comms skills module in PST 2024/25.", "Amber", None, "du1"),
    (31, 12108, DU, "Feb 2021", REC,
     "By July 2021 ensure communication skills reinforced as part of CPD for officers & staff; supervisors supported to "
     "routinely & frequently debrief officers using BWV footage",
     "Head of L&D", "Learning & Development", "CPD days include BWV debrief. Complete.", "Green", D(2023, 1, 9), "du2"),
    ("32a", 12109, DU, "Feb 2021", REC,
     "By Sept 2021 ensure officers record on BWV (when available) the entirety of all S&S encounters incl traffic stops & "
     "use of force incidents",
     "Supt J. Rowe", "Local Policing", "BWV activation compliance 88%.", "Amber", None, "du3"),
    ("32b", 12109, DU, "Feb 2021", REC,
     "By Sept 2021 structured process for regularly reviewing & monitoring internally a sufficient sample of BWV footage to "
     "identify learning & hold officers to account",
     "Supt J. Rowe", "Local Policing", "Supervisor dip sample process drafted.", "Amber", None, "du3"),
    (33, 12110, DU, "Feb 2021", REC,
     "Home Office & NPCC to take steps to ensure quality of data on no. of incidents where force used to effect a S&S is "
     "sufficient for publication. HO to publish asap.",
     "Supt J. Rowe", "Local Policing", "Not for WMP to deliver - monitoring via NPCC lead.", "Amber", None, None),
    (34, 12111, DU, "Feb 2021", REC,
     "By July 2021 effective internal monitoring processes on use of force - identify & understand disproportionate use, "
     "explain reasons and implement improvement action",
     "Supt J. Rowe", "Local Policing", "UoF scrutiny panel in place. Closed by HMICFRS Apr 24.", "Green", D(2023, 11, 20), "du5"),
    (35, None, "NCPI (Bedfordshire) - national learning", "Nov 2017", REC,
     "Learning from Beds NCPI - review management of detention of children with children's social care: detained only when "
     "absolutely necessary & for minimum time; early assessment of need for alternative accommodation; detention "
     "certificates; record of actions/decisions; timeliness of appropriate adult support.",
     "Supt Custody", "Custody", "Custody gap analysis v Beds recs done 2018. Left open for monitoring.", "Amber", None, None),
]

# Why each pair gets its category (HMICFRS key -> (category, why))
TRUTH = {
    "ss1": ("closeable_local", "HMICFRS Complete 09/06/2022; force Amber"),
    "ss2": ("closeable_submit", "HMICFRS Being progressed; force Green, closure pack to sign-off panel"),
    "eb1": ("in_sync", "HMICFRS Superseded; force Complete"),
    "cb1": ("missing_from_force", "Core Business rec on the HMICFRS list (Being progressed); tracker has no row for it"),
    "im1": ("in_sync", "open on both: Being progressed / Amber"),
    "tr1": ("in_sync", "HMICFRS Complete; force Complete"),
    "tr2": ("in_sync", "open on both: Being progressed / Red"),
    "tr4": ("closeable_submit", "HMICFRS Being progressed; force Green (ready to submit)"),
    "ef1": ("in_sync", "HMICFRS Complete; force Green"),
    "ef2": ("in_sync", "open on both: Being progressed / Amber (force text heavily abridged)"),
    "ef3": ("conflict", "type: HMICFRS Area for improvement, force records it as Recommendation"),
    "e16c1": ("closeable_local", "HMICFRS Superseded; force Amber"),
    "e16r1": ("closeable_local", "HMICFRS Superseded; force Amber"),
    "e16r2": ("in_sync", "HMICFRS Superseded; force Green"),
    "e16r3": ("in_sync", "HMICFRS Superseded; force Complete"),
    "e16c2": ("in_sync", "open on both: Being progressed / Amber"),
    "e16r4": ("closeable_submit", "HMICFRS Being progressed; force split into 3 bullet rows, all Green/Complete"),
    "lg1": ("missing_from_force", "legitimacy 2017 cause of concern on the HMICFRS list (Being progressed); tracker has rows for its recommendations only"),
    "lg2": ("in_sync", "open on both: Being progressed; force split into 3 bullet rows, one still Amber so the item is open"),
    "lg3": ("in_sync", "HMICFRS Complete; force Green"),
    "lg4": ("closeable_submit", "HMICFRS status Being progressed (latest comment is the force's own pasted update, not a closure); force Complete"),
    "lg5": ("closeable_local", "HMICFRS Complete 05/07/2022; force Amber"),
    "p1c1": ("in_sync", "HMICFRS Complete; force Green"),
    "p1r1": ("closeable_local", "HMICFRS Complete 11/05/2023; force Amber"),
    "p1r2": ("in_sync", "HMICFRS Complete; force Complete"),
    "p1r3": ("in_sync", "HMICFRS Superseded; force Green"),
    "p1r4": ("in_sync", "HMICFRS Complete; force Complete"),
    "p1r5": ("in_sync", "open on both: Being progressed / Amber"),
    "p1r6": ("missing_from_force", "consult-the-public rec (1f) on the HMICFRS list (Being progressed); tracker jumps from 1e to CoC 2"),
    "p1c2": ("in_sync", "open on both: current HMICFRS status Being progressed (reopened 18/07/2023; older Complete only in hidden history rows) / Amber"),
    "p1r7": ("conflict", "timescale: HMICFRS 'within six months', force 'Within twelve months'"),
    "p1r8": ("closeable_submit", "HMICFRS Being progressed; force Green, evidence submitted"),
    "p1r9": ("conflict", "reference: force HMICFRS ID 10524, register id 10254 (digits transposed; no item 10524 exists)"),
    "p1a1": ("conflict", "report: HMICFRS PEEL 2018/19 (27/09/2019), force files it under PEEL Efficiency 2015"),
    "p1a2": ("closeable_submit", "HMICFRS Being progressed; force Green"),
    "cdi1": ("in_sync", "open on both: Being progressed; force split into 5 bullet rows, bullet (d) still Amber"),
    "du1": ("conflict", "deadline: HMICFRS 'By July 2022', force 'By July 2021'"),
    "du2": ("closeable_submit", "HMICFRS Awaiting review; force Green"),
    "du3": ("conflict", "missing bullet: third bullet (external scrutiny panel access to BWV footage) has no force row"),
    "du5": ("in_sync", "HMICFRS Complete; force Green"),
}
NOT_ON_WHY = {
    7: "Targeting the risk 'total expired' rec: not on the list (closed by HMICFRS 2019, before the report's Closed-since 01/04/2022 filter)",
    33: "Disproportionate use rec addressed to the Home Office and NPCC: not the force's, not on its list",
    35: "Bedfordshire NCPI recommendation kept as national learning: never on West Mercia's list",
}

# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------
RUN_AT = dt.datetime(2024, 10, 14, 8, 52, 17)
FORCE_NAME = "West Mercia Police"
CLOSED_SINCE = D(2022, 4, 1)
BAD = set('[]:*?/\\')


def page_name(title):
    """SSRS PageName -> worksheet name: forbidden characters dropped, 31 characters."""
    s = "".join(ch for ch in title if ch not in BAD)
    return s[:31].rstrip()


def text_height(text, chars_per_line, line_pts=12.75, minimum=15.0):
    lines = 0
    for para in text.split("\n"):
        lines += max(1, -(-len(para) // chars_per_line))
    return max(minimum, lines * line_pts)


def write_hmicfrs(path, truth_rows, not_items):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_urls": False})
    wb.set_properties({
        "title": "Force recommendations by report",
        "subject": "",
        "author": "",
        "company": "",
        "created": RUN_AT,
    })
    base = {"font_name": "Segoe UI", "font_size": 8, "valign": "top"}
    f_hdr1 = wb.add_format(dict(base, bold=True, font_size=12, font_color="#1F3864"))
    f_hdr2 = wb.add_format(dict(base, font_size=10, font_color="#1F3864"))
    f_hdr3 = wb.add_format(dict(base, font_color="#595959"))
    f_run = wb.add_format(dict(base, font_color="#595959", align="right"))
    f_grp_l = wb.add_format(dict(base, bold=True, bg_color="#D9E1F2", top=1))
    f_grp = wb.add_format(dict(base, bold=True, bg_color="#D9E1F2", top=1, text_wrap=True))
    f_grp_d = wb.add_format(dict(base, bold=True, bg_color="#D9E1F2", top=1, num_format="dd/mm/yyyy", align="left"))
    f_col = wb.add_format(dict(base, bold=True, font_color="#FFFFFF", bg_color="#1F3864", text_wrap=True, border=1, border_color="#BFBFBF"))
    f_cell = wb.add_format(dict(base, text_wrap=True, border=1, border_color="#BFBFBF"))
    f_num = wb.add_format(dict(base, border=1, border_color="#BFBFBF", num_format="0", align="left"))
    f_date = wb.add_format(dict(base, border=1, border_color="#BFBFBF", num_format="dd/mm/yyyy", align="left"))
    f_hist = wb.add_format(dict(base, italic=True, font_color="#595959", text_wrap=True, bg_color="#F2F2F2"))
    f_hist_d = wb.add_format(dict(base, italic=True, font_color="#595959", bg_color="#F2F2F2", num_format="dd/mm/yyyy", align="left"))
    f_foot = wb.add_format(dict(base, italic=True, top=1))
    f_link = wb.add_format(dict(base, font_color="#0563C1", underline=1))
    f_map = wb.add_format(dict(base, bold=True, font_size=10))

    order = sorted(REPORTS, key=lambda k: REPORTS[k][1])
    docmap = wb.add_worksheet("Document map")
    docmap.set_column(0, 0, 2.5)
    docmap.set_column(1, 1, 110)
    docmap.write(0, 0, "Force recommendations by report", f_map)
    not_items.append(("hmicfrs", "Document map!1", "document map: report name"))
    sheets = {}
    for i, key in enumerate(order):
        title = REPORTS[key][0]
        name = page_name(title)
        assert name not in sheets.values(), name
        sheets[key] = name
        docmap.write_url(1 + i, 1, "internal:'%s'!B6" % name, f_link, title)
        not_items.append(("hmicfrs", "Document map!%d" % (2 + i), "document map: link to the sheet of %s" % title))

    for key in order:
        title, published = REPORTS[key]
        ws = wb.add_worksheet(sheets[key])
        sn = sheets[key]
        ws.hide_gridlines(2)
        ws.set_column(0, 0, 1.3)            # A spacer
        ws.set_column(1, 1, 7.5)            # B Ref
        ws.set_column(2, 3, 8.0)            # C:D Type
        ws.set_column(4, 7, 19.0)           # E:H text
        ws.set_column(8, 8, 10.0)           # I date added
        ws.set_column(9, 10, 8.5)           # J:K status
        ws.set_column(11, 11, 10.0)         # L status date
        ws.set_column(12, 13, 21.0)         # M:N comment
        ws.outline_settings(True, False, True, False)   # summary rows above detail
        ws.set_footer("&L&8Page &P of &N&R&8%s" % RUN_AT.strftime("%d/%m/%Y %H:%M:%S"))
        ws.set_landscape()
        ws.fit_to_pages(1, 0)
        # page header rendered as worksheet rows (SimplePageHeaders=False)
        ws.merge_range(0, 1, 0, 13, "HM Inspectorate of Constabulary and Fire & Rescue Services", f_hdr1)
        ws.merge_range(1, 1, 1, 13, "Monitoring portal  |  Force recommendations by report", f_hdr2)
        ws.merge_range(2, 1, 2, 9, "Force: %s     Status: All     Closed since: %s     Include national: Yes"
                       % (FORCE_NAME, CLOSED_SINCE.strftime("%d/%m/%Y")), f_hdr3)
        ws.merge_range(3, 9, 3, 13, "Run on %s" % RUN_AT.strftime("%d/%m/%Y %H:%M:%S"), f_run)
        for r, what in ((1, "page header: inspectorate name"), (2, "page header: report name"),
                        (3, "page header: report parameters (force, status, closed-since filter)"),
                        (4, "page header: run date and time"), (5, "blank spacer row")):
            not_items.append(("hmicfrs", "%s!%d" % (sn, r), what))
        # report group header (row 6)
        r = 5
        ws.set_row(r, text_height(title, 70, 12.0))
        ws.write(r, 1, "Report:", f_grp_l)
        ws.merge_range(r, 2, r, 8, title, f_grp)
        ws.write(r, 9, "Published:", f_grp_l)
        ws.write_datetime(r, 10, dt.datetime.combine(published, dt.time()), f_grp_d)
        for c in (11, 12, 13):
            ws.write_blank(r, c, None, f_grp_l)
        not_items.append(("hmicfrs", "%s!6" % sn, "report group header: full report title and publication date"))
        # tablix column headers (row 7)
        r = 6
        ws.set_row(r, 24)
        ws.write(r, 1, "Ref", f_col)
        ws.merge_range(r, 2, r, 3, "Type", f_col)
        ws.merge_range(r, 4, r, 7, "Recommendation / area for improvement / cause of concern", f_col)
        ws.write(r, 8, "Date added", f_col)
        ws.merge_range(r, 9, r, 10, "Current status", f_col)
        ws.write(r, 11, "Status date", f_col)
        ws.merge_range(r, 12, r, 13, "Latest comment", f_col)
        not_items.append(("hmicfrs", "%s!7" % sn, "column header row"))
        r = 7
        n_open = n_closed = 0
        for item in ITEMS:
            k, rid, rep, typ, text, hist = item
            if rep != key:
                continue
            status, sdate, comment = hist[0]
            added = hist[-1][1]
            assert status in HM_CLOSED and sdate >= CLOSED_SINCE or status in HM_OPEN, k
            n_open += status in HM_OPEN
            n_closed += status in HM_CLOSED
            ws.set_row(r, max(text_height(text, 68), text_height(comment, 40)), None, {"collapsed": True})
            ws.write_number(r, 1, rid, f_num)
            ws.merge_range(r, 2, r, 3, typ, f_cell)
            ws.merge_range(r, 4, r, 7, text, f_cell)
            ws.write_datetime(r, 8, dt.datetime.combine(added, dt.time()), f_date)
            ws.merge_range(r, 9, r, 10, status, f_cell)
            ws.write_datetime(r, 11, dt.datetime.combine(sdate, dt.time()), f_date)
            ws.merge_range(r, 12, r, 13, comment, f_cell)
            truth_rows[k] = "%s!%d" % (sn, r + 1)
            r += 1
            # drill-down: status history, newest first, collapsed outline rows
            ws.set_row(r, 12.75, None, {"level": 1, "hidden": True})
            ws.merge_range(r, 4, r, 7, "Status history", f_hist)
            ws.merge_range(r, 9, r, 10, "Status", f_hist)
            ws.write(r, 11, "Date", f_hist)
            ws.merge_range(r, 12, r, 13, "Comment", f_hist)
            not_items.append(("hmicfrs", "%s!%d" % (sn, r + 1),
                              "hidden outline row: 'Status history' sub-header under item %d" % rid))
            r += 1
            for st, d, cm in hist:
                ws.set_row(r, text_height(cm, 40), None, {"level": 1, "hidden": True})
                ws.merge_range(r, 9, r, 10, st, f_hist)
                ws.write_datetime(r, 11, dt.datetime.combine(d, dt.time()), f_hist_d)
                ws.merge_range(r, 12, r, 13, cm, f_hist)
                not_items.append(("hmicfrs", "%s!%d" % (sn, r + 1),
                                  "hidden outline row: status history event of item %d (%s %s)"
                                  % (rid, st, d.strftime("%d/%m/%Y"))))
                r += 1
        ws.merge_range(r, 1, r, 8, "Items in report: %d" % (n_open + n_closed), f_foot)
        ws.merge_range(r, 9, r, 13, "Open: %d     Closed: %d" % (n_open, n_closed), f_foot)
        not_items.append(("hmicfrs", "%s!%d" % (sn, r + 1), "report group footer: item counts"))
    wb.close()
    return sheets


FORCE_SHEET = "HMICFRS Recs"
FORCE_HEAD = ["No.", "HMICFRS ID", "Report", "Published", "Type", "Recommendation / AFI", "Lead Officer",
              "Portfolio", "Progress update", "RAG", "Closure submitted"]


def write_force(path, not_items):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_urls": False})
    wb.set_properties({
        "title": "HMICFRS recommendations tracker",
        "author": "Strategic Planning & Insight",
        "company": "West Mercia Police",
        "created": dt.datetime(2024, 9, 30, 16, 5, 0),
    })
    base = {"font_name": "Arial", "font_size": 9, "valign": "top", "border": 1}
    f_title = wb.add_format({"font_name": "Arial", "bold": True, "font_size": 14})
    f_sub = wb.add_format({"font_name": "Arial", "italic": True, "font_size": 9})
    f_head = wb.add_format(dict(base, bold=True, bg_color="#002060", font_color="#FFFFFF", text_wrap=True))
    f_txt = wb.add_format(dict(base, text_wrap=True))
    f_c = wb.add_format(dict(base, align="center"))
    f_date = wb.add_format(dict(base, num_format="dd/mm/yyyy", align="center"))
    rag_fmt = {
        "Green": wb.add_format(dict(base, align="center", bg_color="#00B050")),
        "Amber": wb.add_format(dict(base, align="center", bg_color="#FFC000")),
        "Red": wb.add_format(dict(base, align="center", bg_color="#FF0000", font_color="#FFFFFF")),
        "Complete": wb.add_format(dict(base, align="center", bg_color="#BFBFBF")),
    }
    ws = wb.add_worksheet(FORCE_SHEET)
    ws.write(0, 0, "West Mercia Police - HMICFRS Recommendations & AFIs Tracker", f_title)
    ws.write(1, 0, "Owner: Strategic Planning & Insight  |  Last updated 30/09/2024  |  OFFICIAL", f_sub)
    not_items.append(("force", "%s!1" % FORCE_SHEET, "title"))
    not_items.append(("force", "%s!2" % FORCE_SHEET, "owner / last-updated / marking line"))
    not_items.append(("force", "%s!3" % FORCE_SHEET, "blank row above the header"))
    not_items.append(("force", "%s!4" % FORCE_SHEET, "header row"))
    widths = [6, 10, 24, 10, 14, 70, 18, 18, 45, 10, 12]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    ws.set_row(3, 26)
    for c, h in enumerate(FORCE_HEAD):
        ws.write(3, c, h, f_head)
    ws.freeze_panes(4, 0)
    ws.autofilter(3, 0, 3 + len(FORCE), len(FORCE_HEAD) - 1)
    rows = {}
    for i, fr in enumerate(FORCE):
        no, hid, rep, pub, typ, text, lead, port, upd, rag, sub, key = fr
        r = 4 + i
        ws.set_row(r, text_height(text, 85, 12.0))
        if isinstance(no, int):
            ws.write_number(r, 0, no, f_c)
        else:
            ws.write_string(r, 0, no, f_c)
        if hid is None:
            ws.write_blank(r, 1, None, f_c)
        elif isinstance(hid, int):
            ws.write_number(r, 1, hid, f_c)
        else:
            ws.write_string(r, 1, hid, f_c)
        ws.write_string(r, 2, rep, f_txt)
        ws.write_string(r, 3, pub, f_c)
        ws.write_string(r, 4, typ, f_txt)
        ws.write_string(r, 5, text, f_txt)
        ws.write_string(r, 6, lead, f_txt)
        ws.write_string(r, 7, port, f_txt)
        ws.write_string(r, 8, upd, f_txt)
        ws.write_string(r, 9, rag, rag_fmt[rag])
        if sub is None:
            ws.write_blank(r, 10, None, f_date)
        else:
            ws.write_datetime(r, 10, dt.datetime.combine(sub, dt.time()), f_date)
        rows[i] = "%s!%d" % (FORCE_SHEET, r + 1)
    wb.close()
    return rows


FORCE_DONE = {"Green", "Complete"}
FORCE_OPEN = {"Amber", "Red"}


def expected(hm_status, force_rags):
    """Category from the two statuses alone (conflicts are decided on the facts)."""
    hm_open = hm_status in HM_OPEN
    f_done = all(r in FORCE_DONE for r in force_rags)
    if hm_open and f_done:
        return "closeable_submit"
    if not hm_open and not f_done:
        return "closeable_local"
    return "in_sync"


def main():
    os.makedirs(OUT, exist_ok=True)
    truth_rows, not_items = {}, []
    write_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"), truth_rows, not_items)
    force_rows = write_force(os.path.join(OUT, "tracker.xlsx"), not_items)

    items = {it[0]: it for it in ITEMS}
    lines = []
    counts = {}
    for k, it in items.items():
        cat, why = TRUTH[k]
        frs = [i for i, fr in enumerate(FORCE) if fr[11] == k]
        if cat == "missing_from_force":
            assert not frs, k
            lines.append((truth_rows[k], "", cat, why))
        else:
            assert frs, k
            if cat != "conflict":
                assert cat == expected(it[5][0][0], [FORCE[i][9] for i in frs]), k
            for i in frs:
                lines.append((truth_rows[k], force_rows[i], cat, why))
        counts[cat] = counts.get(cat, 0) + 1
    for i, fr in enumerate(FORCE):
        if fr[11] is None:
            lines.append(("", force_rows[i], "not_on_hmicfrs_list", NOT_ON_WHY[fr[0]]))
            counts["not_on_hmicfrs_list"] = counts.get("not_on_hmicfrs_list", 0) + 1
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    write_readme(counts, lines, not_items)
    return counts, lines, not_items


# --------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------
README_HEAD = """# Case `ssrs_excel_render_docmap_outline`

## The story

West Mercia Police's strategic planning analyst is preparing the reconciliation for the
Joint Audit Committee. The force liaison lead does not send a hand-made list: she runs the
HMICFRS monitoring portal's report "Force recommendations by report" (parameters: force West
Mercia Police, status All, closed since 01/04/2022, include national recommendations) and
exports it from the report viewer with **Export > Excel**. The portal's reports are SQL Server
Reporting Services (SSRS) reports (INFERRED: the real portal's technology and columns are not
public, see `hmicfrs-domain.md` 1.1), so the file the analyst receives has the shape the SSRS
Excel renderer gives every report:

- a **Document map** worksheet first (the report has a document map on the report group),
  with one hyperlink per report pointing into the report's worksheet;
- **one worksheet per report**: the report group has a page break between instances and
  `PageName = report title`, so each sheet is named after the title with the characters Excel
  forbids (`: / ? [ ] * \\`) dropped and cut to 31 characters ("PEEL Police effectiveness, effi",
  "Stop and search powers Are the", "West Mercia Police Crime Data I");
- the **page header rendered as worksheet rows** (rows 1-4 of every sheet: inspectorate,
  report name, parameters, run time); the page footer ("Page x of y") goes to Excel's print
  footer, not into cells;
- a **narrow spacer column A** and **merged cells** wherever textboxes span grid lines: Type
  is C:D, the text E:H, Current status J:K, Latest comment M:N; read with a header row, pandas
  shows `Unnamed: n` columns and the values sit in the leftmost cell of each merge;
- the **report group header** (row 6: "Report:", full title in C:H, "Published:", date) and a
  **group footer** ("Items in report: n", "Open: x  Closed: y") around the items;
- the per-item drill-down "Status history" (a toggled row group) rendered as **collapsed Excel
  outline rows** (outline level 1, hidden) directly under each item: a sub-header row, then one
  row per status event, **newest first**, so the last row above the next item is always the
  oldest event ("Awaiting review ... New recommendation");
- ids written as numbers, dates as real Excel dates (`dd/mm/yyyy`).

The force side is an ordinary tracker kept by Strategic Planning & Insight.

## Files

### `hmicfrs.xlsx` (SSRS Excel render)

- Sheet `Document map`: row 1 report name, rows 2-12 hyperlinks (one per report). No items.
- Eleven report sheets, in publication order. On each: rows 1-4 page header, row 5 blank,
  row 6 report group header (full title C6, publication date K6), **row 7 column headers**:
  `Ref` (B), `Type` (C:D), `Recommendation / area for improvement / cause of concern` (E:H),
  `Date added` (I), `Current status` (J:K), `Status date` (L), `Latest comment` (M:N).
- **Items are the visible rows from row 8 down that carry a number in column B.** Each is
  followed by hidden outline rows (status history) and the sheet ends with the group footer.
- The report of an item is the full title in row 6 of its sheet, not the sheet name.

### `tracker.xlsx` (force)

- One sheet `HMICFRS Recs`: row 1 title, row 2 owner/last updated, row 3 blank, **row 4
  header**: `No.`, `HMICFRS ID`, `Report`, `Published`, `Type`, `Recommendation / AFI`,
  `Lead Officer`, `Portfolio`, `Progress update`, `RAG`, `Closure submitted`. Items: rows 5-53,
  every row is an item (no blanks, no headings).
- `No.` is the force's running number (1, 2 ... with split rows "17a", "26.1" ...); it is not
  an HMICFRS reference. `HMICFRS ID` is the register id as the analyst typed it (number; two
  cells hold it as text "8530"; two rows have none).
- `Report` uses the force's short names ("PEEL 2018/19", "Targeting the Risk (Firearms
  Licensing)", "Everyones Business (DA) 2014"), `Published` is free text ("Jul-13", "Oct 2015",
  "15/09/2015").
- The texts are the force's own abridgements ("CCs", "S&S", "DA", "asap", "...") of the
  HMICFRS wording; split rows carry one bullet each.

## Status rules

- HMICFRS (`Current status`, J:K of the item row): **open** = `Awaiting review`,
  `Being progressed`; **closed** = `Complete`, `Superseded` (the register's own status values,
  `hmicfrs-domain.md` 1.2-1.3). Only the item row's current status counts; the hidden history
  rows are older events. The `Latest comment` never changes the status (item 8532: the comment
  is the force's own pasted "Completed" update, the status is still Being progressed).
- Force (`RAG`): **done** = `Green` (implemented, evidence held/submitted), `Complete` (signed
  off / closed); **open** = `Amber`, `Red`. A split item is done only if all its rows are done.
- in_sync = open/open or closed/done; closeable_submit = HMICFRS open, force done;
  closeable_local = HMICFRS closed, force open.

## Traps and how the truth decides them

1. **Sheet names are not report titles.** Truncated, punctuation-stripped PageNames; the
   title is in C6. Two PEEL force reports differ only after 20 characters.
2. **Document map sheet** with hyperlinks whose text is a report title: not items.
3. **Hidden outline history rows** carry statuses, dates and comments but no Ref or text; they
   are not items. They are newest first, so a reader that lets the last status seen before the
   next item win gets "Awaiting review" for every item. Item 10251 (cause of concern 2) was
   closed `Complete` on 02/03/2022 and reopened on 18/07/2023: its current status is `Being
   progressed` (in_sync with the force's Amber), the `Complete` lives only in a hidden row.
4. **Merged cells / spacer column**: headers sit in B, C, E, I, J, L, M; the cells to their right
   inside each merge are empty.
5. **Page header and group header/footer rows** on every sheet, repeated eleven times.
6. **Closed-since filter**: the report lists closed items only if closed on or after
   01/04/2022, so the force's "total expired" firearms row (No. 7, closed by HMICFRS in 2019) has no
   HMICFRS row: `not_on_hmicfrs_list`.
7. **Comment vs status** (8532): HMICFRS open, force Complete: `closeable_submit`.
8. **Split force rows**: 6919 (3 rows, all done: closeable_submit), 8530 (3 rows, one Amber:
   in_sync open), 10398 (5 rows, one Amber: in_sync open), 12109 (2 rows for 3 bullets:
   conflict, missing bullet).
9. **Conflicts** (each decidable from the two rows): 5970 type (AFI vs Recommendation); 10252
   timescale (six vs twelve months); 10254 reference (force typed 10524); 10260 report (force
   files the PEEL 2018/19 AFI under PEEL Efficiency 2015, and has no id); 12107 deadline
   (By July 2022 vs By July 2021, while the neighbouring rec 12108 really is July 2021); 12109
   missing bullet (external scrutiny panels' access to BWV footage).
10. **Causes of concern**: the force tracks the PEEL 2016 and 2018/19 causes of concern as rows
    of their own ("CoC 1 - ..."), but not the legitimacy 2017 national cause of concern (8529):
    `missing_from_force`. Also missing: Core Business 4819 and PEEL 2018/19 rec 10250 (the
    tracker goes 1a-1e then CoC 2; 1f, consult the public, was never added).
11. **Not the force's**: the Home Office / NPCC recommendation of the 2021 report (No. 33,
    `HMICFRS Recs!51`) and a Bedfordshire NCPI recommendation kept as national learning (No. 35, `HMICFRS Recs!53`); the "total expired" row is No. 7, `HMICFRS Recs!11`.
12. Real text quirks kept: "immediately:agree" (no space), the stray footnote "and 20" in
    2318, the BWV bullets as bare lines, "HMIC recommends that ..." stems.

Texts are real public HMICFRS texts from the project's collection; report titles and
publication dates are real. Some force-level texts were issued to other forces and are placed
here under West Mercia reports of the same series (PEEL efficiency 2015, PEEL effectiveness
2016, PEEL 2018/19, CDI 2019); register ids and statuses are invented but in the register's
style (plain integers, `Awaiting review` / `Being progressed` / `Complete` / `Superseded`).
"""


def write_readme(counts, lines, not_items):
    p = os.path.join(OUT, "README.md")
    n_h = len(ITEMS)
    with open(p, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README_HEAD)
        fh.write("\n## Counts\n\n")
        fh.write("HMICFRS items: %d. Force item rows: %d. Truth lines: %d.\n\n" % (n_h, len(FORCE), len(lines)))
        fh.write("| category | items (pairs) | truth lines |\n|---|---|---|\n")
        per_lines = {}
        for l in lines:
            per_lines[l[2]] = per_lines.get(l[2], 0) + 1
        for k in ("in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
                  "not_on_hmicfrs_list", "review"):
            fh.write("| %s | %d | %d |\n" % (k, counts.get(k, 0), per_lines.get(k, 0)))
        fh.write("\n## Rows that are not items\n\n")
        fh.write("Every row of either file that is not an item, with what it is. Rows after the last\n"
                 "listed row of a sheet are empty (beyond the used range).\n\n")
        for side, title in (("hmicfrs", "hmicfrs.xlsx"), ("force", "tracker.xlsx")):
            fh.write("### %s\n\n| row | what |\n|---|---|\n" % title)
            for s, row, what in not_items:
                if s == side:
                    fh.write("| `%s` | %s |\n" % (row, what))
            fh.write("\n")


if __name__ == "__main__":
    c, lines, ni = main()
    print(CASE, "items:", len(ITEMS), "force rows:", len(FORCE), "truth lines:", len(lines),
          "non-item rows:", len(ni))
    for k in sorted(c):
        print("  %-22s %d" % (k, c[k]))
