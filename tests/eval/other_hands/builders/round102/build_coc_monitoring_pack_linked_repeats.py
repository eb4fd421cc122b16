#!/usr/bin/env python3
"""Build the evaluation case `coc_monitoring_pack_linked_repeats` (round 102, brief B).

HMICFRS side: the Force Liaison Lead's quarterly "cause of concern monitoring pack" for
West Mercia Police (position at 30 November 2021), a workbook organised around the two open
PEEL 2018/19 causes of concern: each CoC tab lists the CoC, its recommendations and the
AFIs/recommendations from other reports HMICFRS has linked to it (one AFI linked to both
CoCs and so shown twice; items closed since the last pack replaced by a pointer stub);
everything else open sits on an "Other open items" tab grouped under report heading rows
(no report column); items closed since the August 2021 pack sit on a "Closed since Aug 21"
tab with the text cut to a 120-character summary.
Force side: an ordinary Organisational Learning master tracker.

Deterministic: no randomness, fixed workbook properties. Standard library + XlsxWriter only.
"""
import csv
import datetime as dt
import os

import xlsxwriter

CASE = "coc_monitoring_pack_linked_repeats"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FIXED = dt.datetime(2021, 12, 6, 9, 15, 0)

# Real public HMICFRS texts (copied from /work/shared/data/real_recommendations.csv; key = its data row index)
TEXTS = {
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

D = dt.date
DATE_FMT = "dd/mm/yyyy"

# ---------------------------------------------------------------- report codes (HMICFRS pack)
SOURCES = [
    ("PEEL 18/19", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police", "27 September 2019"),
    ("CDI 2019", "West Mercia Police: Crime Data Integrity inspection 2019", "8 October 2019"),
    ("PEEL Eff 15", "PEEL: Police efficiency 2015 – West Mercia Police", "October 2015"),
    ("PEEL Eff 16", "PEEL: Police effectiveness 2016 – West Mercia Police", "2 March 2017"),
    ("PEEL Leg 17", "PEEL: Police legitimacy 2017 – West Mercia Police", "12 December 2017"),
    ("NAT Leg 17", "PEEL: Police legitimacy 2017 – national (stop and search)", "12 December 2017"),
    ("NAT S&S", "Stop and search powers: Are the police using them effectively and fairly?", "July 2013"),
    ("NAT EB", "Everyone's business: Improving the police response to domestic abuse", "27 March 2014"),
    ("NAT CB", "Core Business: an inspection into crime prevention, police attendance and the use of police time", "September 2014"),
    ("NAT IM", "Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", "30 January 2015"),
    ("NAT TTR", "Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", "15 September 2015"),
    ("NAT DUPP", "Disproportionate use of police powers: A spotlight on stop and search and the use of force", "26 February 2021"),
]
SRC_TITLE = {c: t for c, t, _ in SOURCES}
SRC_DATE = {c: d for c, _, d in SOURCES}

# ---------------------------------------------------------------- HMICFRS items
# key = TEXTS key. (reg id, source code, item type, status, FLL assessment, last update, FLL comment)
H = {
    # CoC 1 tab
    7: (11360, "PEEL 18/19", "Cause of concern", "Open", "Insufficient progress", D(2021, 10, 14),
        "CoC remains open until recs (b) and (f) are closed."),
    0: (11361, "PEEL 18/19", "Recommendation", "Complete", "", D(2021, 3, 15),
        "Closed 15/03/2021 – workload review evidence accepted."),
    1: (11362, "PEEL 18/19", "Recommendation", "Being progressed", "Evidence received – recommend closure", D(2021, 11, 2),
        "Partnership vulnerability review received 29/10/21; for HMI review before closure."),
    2: (11363, "PEEL 18/19", "Recommendation", "Superseded", "", D(2021, 10, 14), ""),
    3: (11364, "PEEL 18/19", "Recommendation", "Complete", "", D(2020, 6, 30),
        "Closed – transition at end of alliance (Oct 2019) completed without disruption to services."),
    4: (11365, "PEEL 18/19", "Recommendation", "Complete", "", D(2021, 9, 20), ""),
    5: (11366, "PEEL 18/19", "Recommendation", "Being progressed", "Sufficient progress", D(2021, 9, 8),
        "Consultation on business planning in place; feedback to public not yet evidenced."),
    16: (5907, "PEEL Eff 15", "AFI", "Awaiting review", "Not yet assessed", D(2019, 11, 4),
         "Linked to CoC 1 (workforce skills)."),
    14: (5903, "PEEL Eff 15", "AFI", "Being progressed", "Insufficient progress", D(2021, 6, 21),
         "Linked to CoC 1 and CoC 2 (demand)."),
    # CoC 2 tab
    8: (11367, "PEEL 18/19", "Cause of concern", "Open", "Insufficient progress", D(2021, 10, 14),
        "Revisit planned Q1 2022."),
    6: (11368, "PEEL 18/19", "Recommendation", "Being progressed", "Insufficient progress", D(2021, 10, 14),
        "Supervision dip sample Sept 21: 58% of investigations with recorded supervision."),
    9: (11369, "PEEL 18/19", "Recommendation", "Awaiting review", "Evidence requested", D(2021, 11, 19),
        "DFU backlog and turnaround figures requested."),
    10: (11370, "PEEL 18/19", "Recommendation", "Being progressed", "Sufficient progress", D(2021, 8, 31),
         "RUI/bail governance meeting in place; tracking numbers monthly."),
    18: (11381, "PEEL 18/19", "AFI", "Being progressed", "Too early to assess", D(2021, 7, 12),
         "Linked to CoC 2."),
    11: (11402, "CDI 2019", "Recommendation", "Being progressed", "Sufficient progress", D(2021, 9, 30),
         "Linked to CoC 2. Online reports triage element still outstanding."),
    15: (5904, "PEEL Eff 15", "AFI", "Being progressed", "Not yet assessed", D(2019, 11, 4),
         "Linked to CoC 2."),
    # Other open items tab
    25: (7112, "PEEL Eff 16", "Cause of concern", "Open", "", D(2021, 5, 17), "Missing children – revisit evidence due."),
    26: (7113, "PEEL Eff 16", "Recommendation", "Awaiting review", "", D(2021, 11, 25), "Force submitted closure evidence 24/11/21."),
    21: (7114, "PEEL Eff 16", "Cause of concern", "Open", "", D(2020, 2, 3), ""),
    22: (7115, "PEEL Eff 16", "Recommendation", "Being progressed", "", D(2020, 2, 3), ""),
    23: (7116, "PEEL Eff 16", "Recommendation", "Being progressed", "", D(2020, 2, 3), ""),
    24: (7117, "PEEL Eff 16", "Recommendation", "Being progressed", "", D(2020, 2, 3), ""),
    20: (8612, "PEEL Leg 17", "Recommendation", "Being progressed", "", D(2021, 7, 12), "Vetting backlog figures provided monthly."),
    12: (4822, "NAT CB", "National recommendation", "Awaiting review", "", D(2014, 9, 4),
         "The status of this recommendation is currently being reviewed by HMIC and will be updated when this review is complete."),
    13: (902, "NAT IM", "National recommendation", "Being progressed", "", D(2021, 4, 26), ""),
    58: (5771, "NAT TTR", "National recommendation", "Being progressed", "", D(2020, 11, 9), ""),
    60: (5773, "NAT TTR", "National recommendation", "Being progressed", "", D(2020, 11, 9), ""),
    61: (5774, "NAT TTR", "National recommendation", "Awaiting review", "", D(2016, 1, 12), ""),
    46: (8541, "NAT Leg 17", "Cause of concern", "Open", "", D(2021, 3, 1), ""),
    47: (8542, "NAT Leg 17", "National recommendation", "Being progressed", "", D(2021, 3, 1),
         "The progress of the implementation of this recommendation is currently being monitored by HMICFRS and this record will, in due course, be updated."),
    48: (8543, "NAT Leg 17", "National recommendation", "Being progressed", "", D(2021, 3, 1), ""),
    49: (8544, "NAT Leg 17", "National recommendation", "Being progressed", "", D(2021, 3, 1), ""),
    50: (8545, "NAT Leg 17", "National recommendation", "Being progressed", "", D(2021, 3, 1), ""),
    51: (13015, "NAT DUPP", "National recommendation", "Being progressed", "", D(2021, 6, 28), ""),
    52: (13016, "NAT DUPP", "National recommendation", "Awaiting review", "", D(2021, 2, 26), "New recommendation"),
    53: (13017, "NAT DUPP", "National recommendation", "Being progressed", "", D(2021, 10, 4), ""),
    55: (13019, "NAT DUPP", "National recommendation", "Being progressed", "", D(2021, 6, 28), ""),
    # Closed since Aug 21 tab (status column above is the closure basis)
    28: (1207, "NAT S&S", "National recommendation", "Superseded", "", D(2021, 9, 30), ""),
    54: (13018, "NAT DUPP", "National recommendation", "No further action", "", D(2021, 9, 30), ""),
    56: (2321, "NAT EB", "National recommendation", "Complete", "", D(2021, 9, 27), ""),
}
CLOSED_TAB = [  # key, closure basis (Closed column value), closure comment
    (2, "Superseded", "Superseded – workforce skills to be assessed through PEEL 2021/22 inspection fieldwork."),
    (4, "Complete", "Authorised for closure – new operating model (Sept 2021) evidence accepted by HMI."),
    (28, "Superseded", "This area of activity has subsequently been inspected in HMIC's PEEL Legitimacy inspections. "
                       "Where a cause of concern still exists this will appear in the register against these subsequent inspections."),
    (54, "No further action", "Directed at the Home Office and the NPCC – no further action for the force."),
    (56, "Complete", "This recommendation is complete"),
]
COC_TABS = [
    ("CoC 1", "Cause of concern 1 – operating model and the end of the alliance with Warwickshire Police",
     [("CoC", 7), ("Rec (a)", 0), ("Rec (b)", 1), ("Rec (c)", ("stub", 2)), ("Rec (d)", 3),
      ("Rec (e)", ("stub", 4)), ("Rec (f)", 5), ("heading", None), ("Linked AFI", 16), ("Linked AFI", 14)]),
    ("CoC 2", "Cause of concern 2 – capacity and capability to investigate crime",
     [("CoC", 8), ("Rec (a)", 6), ("Rec (b)", 9), ("Rec (c)", 10), ("heading", None),
      ("Linked AFI", 18), ("Linked rec", 11), ("Linked AFI", ("repeat", 14)), ("Linked AFI", 15)]),
]
OTHER_GROUPS = [
    ("PEEL: Police effectiveness 2016 – West Mercia Police (published 2 March 2017)", [25, 26, 21, 22, 23, 24]),
    ("PEEL: Police legitimacy 2017 – West Mercia Police (published 12 December 2017)", [20]),
    ("National – Core Business: an inspection into crime prevention, police attendance and the use of police time (September 2014)", [12]),
    ("National – Integrity matters (30 January 2015)", [13]),
    ("National – Targeting the risk: firearms licensing (15 September 2015)", [58, 60, 61]),
    ("National – PEEL: Police legitimacy 2017, stop and search (12 December 2017)", [46, 47, 48, 49, 50]),
    ("National – Disproportionate use of police powers: A spotlight on stop and search and the use of force (26 February 2021)", [51, 52, 53, 55]),
]

# ---------------------------------------------------------------- force tracker rows
# (key or None, No., ref, report, published, type, text, lead, RAG, status, update, submitted)
# key: ("item", TEXTS key) or ("not_on", label)
F = [
    (("not_on", "ss13_app"), "1", "1206", "HMIC Stop & Search 2013", "Jul 2013", "National Rec",
     "Chief Constables and the College of Policing should establish in the Stop and Search APP a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. Compliant w/ Code of Practice.",
     "ACC Local Policing", "Green", "Closed", "APP adopted; closed by HMIC 2016 per FLL email.", None),
    (("item", 28), "2", "", "HMIC Stop & Search 2013", "Jul 2013", "National Rec",
     "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (incl. equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.",
     "ACC Local Policing", "Amber", "Open", "S&S scrutiny panel quarterly; BWV dip sampling being set up.", None),
    (("item", 56), "3", "2321", "Everyone's Business (DA) 2014", "27/03/2014", "National Rec",
     "By September 2014, every police force should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse (consult PCC, DA support orgs, victims reps; DHRs and IPCC findings; CPS scrutiny panels / MARAC self-assessments). Chief officers to oversee full implementation.",
     "Det Supt Public Protection", "Green", "Complete - awaiting sign off", "DA action plan published 2014, refreshed 2019. Ready to close.", None),
    (("not_on", "cdi14"), "4", "", "CDI 2014 (carried fwd)", "2014", "Rec",
     "CDI 2014 outstanding rec (carried fwd) - all staff making crime recording decisions to be trained in NCRS/HOCR; FCR to confirm completion",
     "Force Crime Registrar", "Amber", "Open", "CDI 2019 report says all but one 2014 rec complete - this is the one. 87% trained.", None),
    (("item", 13), "5", "902", "Integrity Matters 2015", "30/01/2015", "National Rec",
     "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in 'no further action' are fair and free of any form of discrimination.",
     "Head of PSD", "Green", "Submitted for closure", "PSD NFA decisions dip sampled by ethics panel; evidence sent to FLL.", D(2021, 10, 22)),
    (("item", 14), "6", "5903", "PEEL Efficiency 2015", "Oct 2015", "AFI",
     "Gain fuller understanding of current demand for its services & likely future changes in demand - so it can match resources to demand to meet the needs of the public",
     "Head of Strategic Planning", "Amber", "Open", "Demand modelling (FMS 2021) underway.", None),
    (("item", 16), "7", "5907", "PEEL Efficiency 2015", "Oct 2015", "AFI",
     "Develop future workforce plan aligned w/ overall demand and budget. Plan to include future resource allocations, mix of skills required by the workforce and behaviours expected of them.",
     "Director of People", "Green", "Complete", "Strategic Workforce Plan 2021-24 signed off at FLB Oct 21.", None),
    (("not_on", "ttr_demand"), "8", "5772", "Targeting the Risk - Firearms Licensing 2015", "15/09/2015", "National Rec",
     "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.",
     "Head of Firearms Licensing", "Green", "Closed", "Closed by HMIC Feb 2017 (letter on file).", None),
    (("item", 58), "9", "5771", "Targeting the Risk - Firearms Licensing 2015", "15/09/2015", "National Rec",
     "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in APP. Where the governance standards are not being complied with put in place immediately the correct arrangements and procedures in order to meet the standards in full.",
     "Head of Firearms Licensing", "Amber", "Open", "Governance board ToR revised; APP gap analysis 80% complete.", None),
    (("item", 60), "10", "5773", "Targeting the Risk - Firearms Licensing 2015", "15/09/2015", "National Rec",
     "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to 'total expired' licensing records.",
     "Head of Firearms Licensing", "Green", "Complete", "Total expired records reviewed monthly - nil outstanding since Jun 21.", None),
    (("item", 25), "11", "", "PEEL Effectiveness 2016", "Mar-17", "CoC",
     "CoC - The force's response to missing and absent children is a cause of concern to HMIC. Risk assessment for children who go missing from home inappropriate in some cases; children classed as absent when should be missing; CSE risk not influencing grading. Enduring CoC from 2015 vulnerability report.",
     "Det Supt Public Protection", "Green", "Complete", "All 3 parts of rec complete - see 12.1-12.3", None),
    (("item", 26), "12.1", "7113", "PEEL Effectiveness 2016", "Mar-17", "Rec",
     "Missing children - review approach & ensure call takers understand and use the missing and absent category appropriately",
     "Head of OCC", "Green", "Submitted for closure", "Absent category removed in line with APP; OCC training complete.", D(2021, 11, 24)),
    (("item", 26), "12.2", "7113", "PEEL Effectiveness 2016", "Mar-17", "Rec",
     "Missing children - call takers and frontline staff have necessary knowledge to identify risk factors associated with CSE and how to respond",
     "Det Supt Public Protection", "Green", "Submitted for closure", "CSE awareness module - 94% completion.", D(2021, 11, 24)),
    (("item", 26), "12.3", "7113", "PEEL Effectiveness 2016", "Mar-17", "Rec",
     "Missing children - supervisors provide correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action",
     "Supt Local Policing", "Green", "Submitted for closure", "Supervisory review field mandatory on Compact since Sep 21.", D(2021, 11, 24)),
    (("item", 21), "13", "", "PEEL Effectiveness 2016", "Mar-17", "CoC",
     "CoC - The force's current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.",
     "Det Supt Public Protection", "Amber", "Open", "DA improvement plan - see 14-16", None),
    (("item", 22), "14", "7115", "PEEL Effectiveness 2016", "Mar-17", "Rec",
     "To improve service to victims of DA, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.",
     "Det Supt Public Protection", "Amber", "Open", "DVPN/DVPO use up 30%; arrest rate still below MSG average.", None),
    (("item", 23), "15", "7116", "PEEL Effectiveness 2016", "Mar-17", "Rec",
     "Immediately take steps to understand & address the reason behind why such a high proportion of DA victims do not support the police investigation.",
     "Det Supt Public Protection", "Green", "Complete", "Victim attrition research with Uni of Worcester complete; evidence-led prosecution guidance issued.", None),
    (("item", 24), "16", "7117", "PEEL Effectiveness 2016", "Mar-17", "Rec",
     "The practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease",
     "Head of OCC", "Red", "Open", "Resolution team still taking some standard risk DA by phone - policy under review.", None),
    (("item", 20), "17", "8612", "PEEL Legitimacy 2017", "Dec 2017", "Rec",
     "Ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines",
     "Head of PSD", "Red", "Open", "Backlog 412 (Nov 21). Extra vetting officers recruited.", None),
    (("item", 46), "18", "", "PEEL Legitimacy 2017 - national S&S", "12/12/2017", "CoC",
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.",
     "ACC Local Policing", "Amber", "Open", "", None),
    (("item", 47), "19", "8524", "PEEL Legitimacy 2017 - national S&S", "12/12/2017", "National Rec",
     "By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand: the reasons for any disproportionate representation of different ethnic groups; the extent to which find rates differ between people from different ethnicities and across different types of searches (incl. drug possession and supply-type offences); and the prevalence of possession-only drug searches and the extent to which these align with local or force level priorities.",
     "ACC Local Policing", "Amber", "Open", "S&S dashboard live; drugs possession-only analysis not yet done.", None),
    (("item", 48), "20", "8543", "PEEL Legitimacy 2017 - national S&S", "12/12/2017", "National Rec",
     "Where forces identify disparities through monitoring, they should demonstrate to the public that they have: carried out research and analysis in an attempt to understand the reasons for the disparity, and taken action to reduce the disparity, where necessary;",
     "ACC Local Policing", "Amber", "Open", "", None),
    (("item", 49), "21", "8544", "PEEL Legitimacy 2017 - national S&S", "12/12/2017", "National Rec",
     "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.",
     "Head of Corporate Comms", "Green", "Complete", "Annual S&S report published on website Jul 19, Jul 20, Jul 21.", None),
    (("item", 50), "22", "8545", "PEEL Legitimacy 2017 - national S&S", "12/12/2017", "National Rec",
     "By July 2018, and ongoing following that date, forces should ensure that all officers who use S&S powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.",
     "Head of L&D", "Amber", "Open", "Unconscious bias training 76% of frontline.", None),
    (("item", 7), "23", "11360", "PEEL 2018/19", "Sept 2019", "CoC",
     "CAUSE OF CONCERN 1: The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. Gaps in workforce skills assessment, weaknesses in investigative approach and approach to safeguarding vulnerable people.",
     "DCC", "Amber", "Open", "", None),
    (("item", 0), "24", "11361", "PEEL 2018/19", "Sept 2019", "Rec",
     "Immediately - conduct a review of officers' capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them",
     "Ch Supt Crime", "Green", "Closed", "Closed by HMICFRS 15/03/21.", None),
    (("item", 1), "25", "11362", "PEEL 2018/19", "Sept 2019", "Rec",
     "Immediately - conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.",
     "Det Supt Public Protection", "Green", "Submitted for closure", "Partnership vulnerability review (Ph 1 & 2) sent to FLL.", D(2021, 10, 29)),
    (("item", 2), "26", "11363", "PEEL 2018/19", "Sept 2019", "Rec",
     "Immediately - expand the skills project work to include an assessment of all skills, not only operational, incl. potential future skills requirements. Assessment to inform workforce plans",
     "Director of People", "Amber", "Open", "Skills audit of police staff roles due Q4.", None),
    (("item", 3), "27", "11364", "PEEL 2018/19", "Sept 2019", "Rec",
     "Immediately - agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services",
     "DCC", "Green", "Closed by HMICFRS", "", None),
    (("item", 4), "28", "11365", "PEEL 2018/19", "Sept 2019", "Rec",
     "Immediately - clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia",
     "DCC", "Green", "Open", "Op model approved Sept 21 - awaiting confirmation from FLL before closing.", None),
    (("item", 5), "29", "11366 ", "PEEL 2018/19", "Sept 2019", "Rec",
     "Immediately - improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.",
     "Head of Corporate Comms", "Amber", "Open", "'You said, we did' page being built.", None),
    (("item", 6), "30", "11368", "PEEL 2018/19", "Sept 2019", "Rec",
     "Within 12 months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;",
     "Ch Supt Crime", "Red", "Open", "Investigation supervision framework relaunched Oct 21.", None),
    (("item", 9), "31", "11369", "PEEL 2018/19", "Sept 2019", "Rec",
     "Within six months - improve ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed",
     "Head of Digital Forensics", "Green", "Complete - awaiting sign off", "Kiosks in all hubs; backlog cleared Aug 21.", None),
    (("item", 10), "32", "11370", "PEEL 2018/19", "Sept 2019", "Rec",
     "Within six months - improve understanding of suspects released under investigation and the management of those released on bail",
     "Ch Supt Crime", "Amber", "Open", "", None),
    (("item", 18), "33", "11381", "PEEL 2018/19", "Sept 2019", "Rec",
     "The force should improve its use of its crime recording and management system to better manage its case files and investigative processes.",
     "Head of Criminal Justice", "Amber", "Open", "Case file module training Jan 22.", None),
    (("item", 11), "34.1", "11402", "CDI 2019", "08/10/2019", "Rec",
     "Within 6 months put in place arrangements to ensure that at the point of report victims are believed",
     "Force Crime Registrar", "Amber", "Open", "", None),
    (("item", 11), "34.2", "11402", "CDI 2019", "08/10/2019", "Rec",
     "conversations between call handlers and callers are summarised accurately in the incident log, providing attending officers with full facts on which to base crime-recording decisions",
     "Head of OCC", "Amber", "Open", "OCC QA dip samples monthly.", None),
    (("item", 11), "34.3", "11402", "CDI 2019", "08/10/2019", "Rec",
     "multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations",
     "Force Crime Registrar", "Green", "Open", "Crime bureau QA in place.", None),
    (("item", 11), "34.4", "11402", "CDI 2019", "08/10/2019", "Rec",
     "the practice of awaiting results of medical examinations or video interviews before making crime-recording decisions is stopped",
     "Det Supt Public Protection", "Green", "Open", "", None),
    (("item", 51), "35", "13015", "Disproportionate Use of Police Powers 2021", "Feb-21", "National Rec",
     "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. In addition to existing training on conflict management and de-escalation.",
     "Head of L&D", "Green", "Open", "Included in 2022 PST refresher.", None),
    (("item", 52), "36", "13016", "PEEL Legitimacy 2017 - national S&S", "Feb-21", "National Rec",
     "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of CPD for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.",
     "Head of L&D", "Amber", "Open", "BWV debrief guide drafted.", None),
    (("item", 53), "37.1", "13017", "Disproportionate Use of Police Powers 2021", "Feb-21", "National Rec",
     "By Sept 2021 - officers record on BWV (when available) the entirety of all stop and search encounters, incl. traffic stops and use of force incidents.",
     "ACC Local Policing", "Green", "Complete", "BWV policy updated Aug 21.", None),
    (("item", 53), "37.2", "13017", "Disproportionate Use of Police Powers 2021", "Feb-21", "National Rec",
     "By Sept 2021 - structured process for regularly reviewing and monitoring internally a sufficient sample of BWV footage to identify and disseminate learning and hold officers to account",
     "Supt Local Policing", "Amber", "Open", "Monthly supervisor review - sample size not yet agreed.", None),
    (("item", 53), "37.3", "13017", "Disproportionate Use of Police Powers 2021", "Feb-21", "National Rec",
     "By Sept 2021 - provide external scrutiny panel members with access to samples of BWV footage of S&S encounters and UoF incidents (CoP APP safeguards)",
     "OPCC / ACC Local Policing", "Green", "Complete", "Panel viewing BWV since Jul 21.", None),
    (("item", 54), "38", "", "Disproportionate Use of Police Powers 2021", "Feb-21", "National Rec",
     "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. HO to publish this data asap.",
     "ACC Local Policing", "Amber", "On hold - awaiting HO/NPCC", "For HO/NPCC - WMP to supply data when requested.", None),
    (("item", 55), "39", "13019", "Disproportionate Use of Police Powers 2021", "Feb-21", "National Rec",
     "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.",
     "ACC Local Policing", "Amber", "Open", "UoF board quarterly.", None),
]

FORCE_DONE = {"complete", "complete - awaiting sign off", "submitted for closure", "closed", "closed by hmicfrs"}
FORCE_OPEN = {"open", "on hold - awaiting ho/npcc"}
HM_CLOSED = {"complete", "superseded", "no further action"}
HM_OPEN = {"open", "being progressed", "awaiting review"}

# ---------------------------------------------------------------- truth decisions
CONFLICT = {
    6: "conflict: timescale – HMICFRS 'within six months', force row says 'Within 12 months'; same ref 11368 and text",
    18: "conflict: type – HMICFRS lists 11381 as an AFI (linked AFI, CoC 2); force records it as 'Rec'",
    11: "conflict: missing bullet – force split CDI 2019 rec 11402 into 4 rows but has no row for the fifth bullet (online reports of crime triaged at the point of receipt)",
    47: "conflict: reference – same text and report as HMICFRS 8542, but force ref is 8524 (transposed digits; no 8524 on the list)",
    52: "conflict: report – ref 13016 and text are the Disproportionate use of police powers (Feb 2021) rec; force files it under 'PEEL Legitimacy 2017 - national S&S'",
}
MISSING_WHY = {
    8: "CoC 2 (11367) open on the pack; the force tracker has a CoC 1 row but no row for CoC 2",
    15: "linked AFI 5904 (outcomes, outputs and costs) open; no force row",
    12: "Core Business national rec 4822 still 'Awaiting review' on the pack; no force row",
    61: "Targeting the risk rec 5774 (temporary permits) 'Awaiting review'; force has rows for 5771, 5772, 5773 but not this one",
}
NOT_ON_WHY = {
    "ss13_app": "Stop and search 2013 rec (force ref 1206, College APP specification): not on any tab of the pack (closed by HMIC 2016 per the force's note)",
    "cdi14": "CDI 2014 carried-forward rec in the force's own words: no 2014 CDI item anywhere on the pack",
    "ttr_demand": "Targeting the risk rec 5772 (firearms licensing demand): not on the pack (force notes closed by HMIC Feb 2017)",
}

def summary120(text):
    flat = " ".join(text.split())
    return flat if len(flat) <= 120 else flat[:119].rstrip() + "…"


def build_hmicfrs(path, hm_cell, not_items):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "West Mercia Police – cause of concern monitoring pack", "author": "HMICFRS Force Liaison Lead",
                       "company": "HMICFRS", "created": FIXED})
    bold = wb.add_format({"bold": True})
    title = wb.add_format({"bold": True, "font_size": 13})
    mark = wb.add_format({"bold": True, "font_color": "#C00000"})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "text_wrap": True, "valign": "top", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    date = wb.add_format({"num_format": DATE_FMT, "valign": "top", "border": 1})
    sub = wb.add_format({"italic": True, "bold": True, "bg_color": "#D9E1F2", "border": 1})
    grp = wb.add_format({"bold": True, "bg_color": "#FCE4D6", "border": 1})
    stub = wb.add_format({"italic": True, "font_color": "#7F7F7F", "valign": "top", "border": 1})
    note = wb.add_format({"italic": True})

    # Cover
    ws = wb.add_worksheet("Cover")
    ws.set_column(0, 0, 16)
    ws.set_column(1, 1, 110)
    ws.set_column(2, 2, 20)
    rows = [
        ("OFFICIAL", None, mark),
        ("HMICFRS – West Mercia Police", None, title),
        ("Cause of concern monitoring pack – position at 30 November 2021", None, bold),
        ("Prepared by the Force Liaison Lead for the quarterly liaison meeting on 9 December 2021", None, None),
        None,
        ("Contents", None, bold),
        ("CoC 1", "Cause of concern 1 (PEEL 2018/19), its recommendations and linked AFIs / recommendations from other reports", None),
        ("CoC 2", "Cause of concern 2 (PEEL 2018/19), its recommendations and linked AFIs / recommendations from other reports", None),
        ("Other open items", "All other open causes of concern, recommendations and AFIs held against the force, by report", None),
        ("Closed since Aug 21", "Items closed since the August 2021 pack (removed from the CoC tabs)", None),
        None,
        ("Source code", "Report", None, "Published"),
    ]
    for c, t, d in SOURCES:
        rows.append((c, t, None, d))
    rows += [
        None,
        ("Status key", None, bold),
        ("Open", "Cause of concern remains open while any of its recommendations is open", None),
        ("Awaiting review", "HMICFRS has not yet reviewed the item / the evidence submitted", None),
        ("Being progressed", "Force activity under way; HMICFRS monitoring", None),
        ("Complete", "Closed by HMICFRS – recommendation / AFI complete", None),
        ("Superseded", "Closed by HMICFRS – superseded by later inspection activity", None),
        ("No further action", "Closed by HMICFRS – no further action for the force", None),
        None,
        ("FLL assessment is the liaison lead's view of progress only. It does not change the status.", None, note),
        ("Please send updates and closure evidence to the FLL by 24 January 2022.", None, None),
    ]
    for r, row in enumerate(rows):
        if row is None:
            not_items.append(("Cover!%d" % (r + 1), "blank row"))
            continue
        a, b, fmt = row[0], row[1], row[2]
        ws.write(r, 0, a, fmt)
        if b is not None:
            ws.write(r, 1, b, fmt)
        if len(row) > 3:
            ws.write(r, 2, row[3])
        what = "cover text"
        if a == "Source code":
            what = "header of the source-code key"
        elif a in SRC_TITLE:
            what = "source-code key entry (%s)" % a
        elif r >= 5 and a in ("CoC 1", "CoC 2", "Other open items", "Closed since Aug 21", "Contents"):
            what = "contents"
        elif a in ("Status key", "Open", "Awaiting review", "Being progressed", "Complete", "Superseded", "No further action"):
            what = "status key"
        not_items.append(("Cover!%d" % (r + 1), what + ": " + str(a)[:70]))

    # CoC tabs
    for sheet, heading, layout in COC_TABS:
        ws = wb.add_worksheet(sheet)
        widths = [11, 9, 16, 11, 80, 16, 22, 12, 45]
        for i, w in enumerate(widths):
            ws.set_column(i, i, w)
        ws.write(0, 0, "OFFICIAL", mark)
        ws.write(1, 0, "West Mercia Police – " + heading, title)
        ws.write(2, 0, "Source: PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police "
                       "(published 27 September 2019). Position at 30/11/2021.")
        not_items += [("%s!1" % sheet, "protective marking 'OFFICIAL'"), ("%s!2" % sheet, "sheet title (cause of concern name)"),
                      ("%s!3" % sheet, "source / position line"), ("%s!4" % sheet, "blank row")]
        cols = ["Link", "Reg ID", "Item", "Source", "Text", "HMICFRS status", "FLL assessment", "Last update", "FLL comment"]
        ws.write_row(4, 0, cols, hdr)
        not_items.append(("%s!5" % sheet, "header row"))
        ws.freeze_panes(5, 0)
        r = 5
        for link, key in layout:
            if link == "heading":
                ws.merge_range(r, 0, r, 8, "Linked areas for improvement and recommendations from other reports", sub)
                not_items.append(("%s!%d" % (sheet, r + 1), "sub-heading 'Linked areas for improvement and recommendations from other reports'"))
                r += 1
                continue
            kind = "item"
            if isinstance(key, tuple):
                kind, key = key
            rid, src, typ, st, fll, upd, com = H[key]
            if kind == "stub":
                ws.write(r, 0, link, stub)
                ws.write_number(r, 1, rid, stub)
                ws.write(r, 2, typ, stub)
                ws.write(r, 3, src, stub)
                ws.write(r, 4, "Closed since last pack – see 'Closed since Aug 21' tab", stub)
                for c in range(5, 9):
                    ws.write_blank(r, c, None, stub)
                not_items.append(("%s!%d" % (sheet, r + 1), "pointer stub for %d (closed since last pack; the item is on 'Closed since Aug 21')" % rid))
                r += 1
                continue
            if kind == "repeat":
                com = "Duplicate link – see CoC 1 tab"
            ws.write(r, 0, link, cell)
            ws.write_number(r, 1, rid, cell)
            ws.write(r, 2, typ, cell)
            ws.write(r, 3, src, cell)
            ws.write(r, 4, TEXTS[key], wrap)
            ws.write(r, 5, st, cell)
            ws.write(r, 6, fll, wrap)
            ws.write_datetime(r, 7, dt.datetime.combine(upd, dt.time()), date)
            ws.write(r, 8, com, wrap)
            if kind == "repeat":
                not_items.append(("%s!%d" % (sheet, r + 1), "repeat of AFI %d (linked to both CoCs); the item is CoC 1!%d" % (rid, int(hm_cell[key].split("!")[1]))))
            else:
                hm_cell[key] = "%s!%d" % (sheet, r + 1)
            r += 1
        ws.write(r, 0, None)
        not_items.append(("%s!%d" % (sheet, r + 1), "blank row below table"))
        ws.write(r + 1, 0, "Items closed since the August 2021 pack are shown on the 'Closed since Aug 21' tab.", note)
        not_items.append(("%s!%d" % (sheet, r + 2), "note below table"))

    # Other open items
    sheet = "Other open items"
    ws = wb.add_worksheet(sheet)
    for i, w in enumerate([9, 22, 90, 16, 12, 45]):
        ws.set_column(i, i, w)
    ws.write(0, 0, "OFFICIAL", mark)
    ws.write(1, 0, "West Mercia Police – other open causes of concern, recommendations and AFIs (not linked to a current cause of concern)", title)
    ws.write(2, 0, "Position at 30/11/2021")
    not_items += [("%s!1" % sheet, "protective marking 'OFFICIAL'"), ("%s!2" % sheet, "sheet title"),
                  ("%s!3" % sheet, "position line"), ("%s!4" % sheet, "blank row")]
    ws.write_row(4, 0, ["Reg ID", "Item", "Text", "HMICFRS status", "Last update", "FLL comment"], hdr)
    not_items.append(("%s!5" % sheet, "header row"))
    ws.freeze_panes(5, 0)
    r = 5
    for gi, (gtitle, keys) in enumerate(OTHER_GROUPS):
        if gi:
            not_items.append(("%s!%d" % (sheet, r + 1), "blank row between report groups"))
            r += 1
        ws.merge_range(r, 0, r, 5, gtitle, grp)
        not_items.append(("%s!%d" % (sheet, r + 1), "report heading row: " + gtitle[:80]))
        r += 1
        for key in keys:
            rid, src, typ, st, fll, upd, com = H[key]
            ws.write_number(r, 0, rid, cell)
            ws.write(r, 1, typ, cell)
            ws.write(r, 2, TEXTS[key], wrap)
            ws.write(r, 3, st, cell)
            ws.write_datetime(r, 4, dt.datetime.combine(upd, dt.time()), date)
            ws.write(r, 5, com, wrap)
            hm_cell[key] = "%s!%d" % (sheet, r + 1)
            r += 1

    # Closed since Aug 21
    sheet = "Closed since Aug 21"
    ws = wb.add_worksheet(sheet)
    for i, w in enumerate([9, 11, 22, 70, 17, 12, 60]):
        ws.set_column(i, i, w)
    ws.write(0, 0, "OFFICIAL", mark)
    ws.write(1, 0, "Items closed since the August 2021 pack", title)
    not_items += [("%s!1" % sheet, "protective marking 'OFFICIAL'"), ("%s!2" % sheet, "sheet title"), ("%s!3" % sheet, "blank row")]
    ws.write_row(3, 0, ["Reg ID", "Source", "Item", "Summary (first 120 characters)", "Closed", "Date closed", "Closure comment"], hdr)
    not_items.append(("%s!4" % sheet, "header row"))
    r = 4
    for key, basis, com in CLOSED_TAB:
        rid, src, typ, st, fll, upd, _ = H[key]
        assert st == basis
        ws.write_number(r, 0, rid, cell)
        ws.write(r, 1, src, cell)
        ws.write(r, 2, typ, cell)
        ws.write(r, 3, summary120(TEXTS[key]), wrap)
        ws.write(r, 4, basis, cell)
        ws.write_datetime(r, 5, dt.datetime.combine(upd, dt.time()), date)
        ws.write(r, 6, com, wrap)
        hm_cell[key] = "%s!%d" % (sheet, r + 1)
        r += 1
    wb.close()


def build_force(path, force_cells, not_items):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "HMICFRS Master Tracker", "author": "Organisational Learning", "company": "West Mercia Police",
                       "created": FIXED})
    title = wb.add_format({"bold": True, "font_size": 12})
    hdr = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "text_wrap": True, "valign": "top", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    date = wb.add_format({"num_format": "dd/mm/yy", "valign": "top", "border": 1})
    rag = {"Red": wb.add_format({"bg_color": "#FF0000", "valign": "top", "border": 1}),
           "Amber": wb.add_format({"bg_color": "#FFC000", "valign": "top", "border": 1}),
           "Green": wb.add_format({"bg_color": "#00B050", "valign": "top", "border": 1})}
    ws = wb.add_worksheet("Tracker")
    for i, w in enumerate([6, 10, 26, 11, 12, 80, 24, 8, 24, 45, 12]):
        ws.set_column(i, i, w)
    ws.write(0, 0, "West Mercia Police – HMICFRS Recommendations, AFIs & Causes of Concern – Master Tracker", title)
    ws.write(1, 0, "Maintained by Organisational Learning (Strategic Planning & Insight). Last updated 03/12/2021")
    not_items += [("Tracker!1", "tracker title"), ("Tracker!2", "maintained-by / last-updated line"), ("Tracker!3", "blank row")]
    cols = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI / CoC", "Lead", "RAG", "Status",
            "Latest update", "Date submitted to HMICFRS"]
    ws.write_row(3, 0, cols, hdr)
    not_items.append(("Tracker!4", "header row"))
    ws.freeze_panes(4, 0)
    ws.autofilter(3, 0, 3 + len(F), len(cols) - 1)
    r = 4
    for key, no, ref, rep, pub, typ, text, lead, rg, st, upd, sub in F:
        ws.write_string(r, 0, no, cell)
        if ref.strip().isdigit() and ref == ref.strip():
            ws.write_number(r, 1, int(ref), cell)
        elif ref:
            ws.write_string(r, 1, ref, cell)
        else:
            ws.write_blank(r, 1, None, cell)
        ws.write_string(r, 2, rep, cell)
        ws.write_string(r, 3, pub, cell)
        ws.write_string(r, 4, typ, cell)
        ws.write_string(r, 5, text, wrap)
        ws.write_string(r, 6, lead, cell)
        ws.write_string(r, 7, rg, rag[rg])
        ws.write_string(r, 8, st, cell)
        ws.write_string(r, 9, upd, wrap) if upd else ws.write_blank(r, 9, None, wrap)
        if sub:
            ws.write_datetime(r, 10, dt.datetime.combine(sub, dt.time()), date)
        else:
            ws.write_blank(r, 10, None, cell)
        force_cells.append((key, "Tracker!%d" % (r + 1), st))
        r += 1
    not_items.append(("Tracker!%d" % (r + 1), "blank row below table"))
    ws.write(r + 1, 0, "RAG = delivery confidence (Green on track / Amber at risk / Red off track). Completion is shown in the Status column.")
    not_items.append(("Tracker!%d" % (r + 2), "RAG note below table"))
    ws.data_validation(4, 8, r - 1, 8, {"validate": "list", "source": "=Lists!$A$2:$A$7"})
    ws.data_validation(4, 7, r - 1, 7, {"validate": "list", "source": "=Lists!$C$2:$C$4"})

    ls = wb.add_worksheet("Lists")
    statuses = ["Open", "Complete - awaiting sign off", "Complete", "Submitted for closure", "Closed", "Closed by HMICFRS"]
    ls.write(0, 0, "Status", hdr)
    ls.write(0, 2, "RAG", hdr)
    for i, s in enumerate(statuses):
        ls.write(i + 1, 0, s)
    for i, s in enumerate(["Red", "Amber", "Green"]):
        ls.write(i + 1, 2, s)
    ls.set_column(0, 0, 28)
    not_items.append(("Lists!1", "drop-down list headers (Status, RAG)"))
    for i in range(len(statuses)):
        not_items.append(("Lists!%d" % (i + 2), "drop-down source values (status words%s)" % (" / RAG colours" if i < 3 else "")))
    wb.close()

def decide(hm_cell, force_cells):
    by_item = {}
    for key, fcell, st in force_cells:
        by_item.setdefault(key, []).append((fcell, st))
    truth = []
    counts = {}
    order = sorted(hm_cell, key=lambda k: (SHEET_ORDER.index(hm_cell[k].split("!")[0]), int(hm_cell[k].split("!")[1])))
    for key in order:
        rid, src, typ, st, fll, upd, com = H[key]
        hcell = hm_cell[key]
        hm_state = "closed" if st.lower() in HM_CLOSED else "open"
        assert st.lower() in HM_CLOSED | HM_OPEN, st
        frows = by_item.get(("item", key), [])
        if not frows:
            assert key in MISSING_WHY, key
            cat, why = "missing_from_force", MISSING_WHY[key]
            truth.append((hcell, "", cat, why))
            counts[cat] = counts.get(cat, 0) + 1
            continue
        assert key not in MISSING_WHY
        fst = [s for _, s in frows]
        for s in fst:
            assert s.lower() in FORCE_DONE | FORCE_OPEN, s
        f_state = "done" if all(s.lower() in FORCE_DONE for s in fst) else "open"
        fdesc = "; ".join(sorted(set(fst)))
        if key in CONFLICT:
            cat, why = "conflict", CONFLICT[key]
        elif hm_state == "open" and f_state == "open":
            cat, why = "in_sync", "open on both: HMICFRS '%s', force '%s'" % (st, fdesc)
        elif hm_state == "closed" and f_state == "done":
            cat, why = "in_sync", "closed on both: HMICFRS '%s', force '%s'" % (st, fdesc)
        elif hm_state == "open" and f_state == "done":
            cat, why = "closeable_submit", "HMICFRS '%s' (open), force '%s' (done)" % (st, fdesc)
        else:
            cat, why = "closeable_local", "HMICFRS '%s' (closed), force '%s' (open)" % (st, fdesc)
        if len(frows) > 1 and key not in CONFLICT:
            why += " – force split into %d rows (%s)" % (len(frows), ", ".join(f for f, _ in frows))
        why = "%d %s: %s" % (rid, src, why)
        for fcell, _ in frows:
            truth.append((hcell, fcell, cat, why))
        counts[cat] = counts.get(cat, 0) + 1
    for key, fcell, st in force_cells:
        if key[0] == "not_on":
            truth.append(("", fcell, "not_on_hmicfrs_list", NOT_ON_WHY[key[1]]))
            counts["not_on_hmicfrs_list"] = counts.get("not_on_hmicfrs_list", 0) + 1
    return truth, counts


SHEET_ORDER = ["Cover", "CoC 1", "CoC 2", "Other open items", "Closed since Aug 21"]


def write_readme(path, truth, counts, not_items_h, not_items_f, hm_cell):
    L = []
    a = L.append
    n_force_item_rows = sum(1 for t in truth if t[1])
    a("# coc_monitoring_pack_linked_repeats\n")
    a("## Story\n")
    a("West Mercia Police's Organisational Learning analyst is preparing for the Joint Audit Committee. The HMICFRS "
      "definitive list did not arrive as a register extract: the Force Liaison Lead (FLL) e-mailed the force the "
      "quarterly *cause of concern monitoring pack* for the liaison meeting of 9 December 2021 (position at 30 November "
      "2021). The pack is built around the two open causes of concern from PEEL 2018/19 (published 27 September 2019): "
      "each CoC has its own tab listing the CoC, its recommendations (a)–(f) and the AFIs / recommendations from other "
      "reports that HMICFRS has *linked* to it; everything else still open against the force sits on an 'Other open "
      "items' tab grouped under report heading rows; items HMICFRS closed since the previous (August 2021) pack are "
      "moved to a 'Closed since Aug 21' tab and replaced by pointer stubs on the CoC tabs. The force side is the "
      "ordinary master tracker kept by Organisational Learning, last updated 03/12/2021.\n")
    a("All item texts are real public HMICFRS texts (from `real_recommendations.csv`). Some of them were published "
      "for other forces (Northamptonshire PEEL efficiency 2015 AFIs, Hampshire effectiveness 2016 domestic abuse CoC, "
      "West Midlands missing-children CoC and vetting recommendation, City of London 2018/19 AFI, Devon and Cornwall "
      "CDI recommendation) and are here attributed to West Mercia's reports of the same series; the report titles and "
      "publication dates are the real ones of those West Mercia / national reports. The force's third not-on-list row "
      "(CDI 2014 carried forward) is written in the force's own words. Register IDs are invented in the old register's "
      "style (plain integers); 4822, 902, 2321 and 8541 are the real national IDs quoted in the research note.\n")
    a("## Files\n")
    a("### hmicfrs.xlsx (the FLL's monitoring pack)\n")
    a("- `Cover` – no items: title, contents, **key of source codes** (e.g. `PEEL 18/19`, `NAT TTR`) with full report titles "
      "and publication dates, status key, instructions.")
    a("- `CoC 1`, `CoC 2` – rows 1-4 title block (OFFICIAL marking, CoC title, source/position line, blank); **header row 5**: "
      "`Link | Reg ID | Item | Source | Text | HMICFRS status | FLL assessment | Last update | FLL comment`. Items from row 6: the CoC "
      "row (`Link` = CoC), its recommendations (`Rec (a)`…), then a merged sub-heading row 'Linked areas for improvement and "
      "recommendations from other reports', then linked items (`Linked AFI` / `Linked rec`) from *other* reports (Source column "
      "gives the code). A blank row and a note follow the table.")
    a("- `Other open items` – title block rows 1-4, **header row 5**: `Reg ID | Item | Text | HMICFRS status | Last update | FLL comment`. "
      "**No report column**: each group starts with a merged report heading row (full title and publication date), groups are "
      "separated by a blank row. The report of an item is the heading above it.")
    a("- `Closed since Aug 21` – title rows 1-3, **header row 4**: `Reg ID | Source | Item | Summary (first 120 characters) | Closed | Date closed | Closure comment`. "
      "The text is the pack's **120-character summary** (ends in '…' when cut), not the full text. `Closed` holds the closure basis.")
    a("- Item rows: %s.\n" % ", ".join(sorted(hm_cell.values(), key=lambda c: (SHEET_ORDER.index(c.split('!')[0]), int(c.split('!')[1])))))
    a("### tracker.xlsx (force master tracker)\n")
    a("- `Tracker` – rows 1-2 title and 'last updated' line, row 3 blank, **header row 4**: `No. | HMICFRS Ref | Report | Published | Type | "
      "Recommendation / AFI / CoC | Lead | RAG | Status | Latest update | Date submitted to HMICFRS`. Items are rows 5-%d (every row). "
      "`No.` is the tracker's running number (not an HMICFRS reference); split rows are numbered 12.1-12.3, 34.1-34.4, 37.1-37.3. "
      "`HMICFRS Ref` is the register ID where the force recorded one (blank for most CoCs and the oldest items; one typed as text "
      "with a trailing space). `Published` is free text ('Sept 2019', 'Mar-17', '27/03/2014'). RAG cells are also filled in colour." % (4 + len(F)))
    a("- `Lists` – drop-down source values for Status and RAG (no items).\n")
    a("## Status rules\n")
    a("- HMICFRS **open**: `Open` (CoCs – open while any recommendation is open), `Awaiting review`, `Being progressed` "
      "(the register's own status words). HMICFRS **closed**: `Complete`, `Superseded`, `No further action` – every row on "
      "`Closed since Aug 21` is closed, plus the CoC-tab rows whose status is `Complete` (closed before the August pack and "
      "left on the tab so the CoC picture is complete).")
    a("- The `FLL assessment` column (`Sufficient progress`, `Insufficient progress`, `Evidence received – recommend closure`, "
      "`Evidence requested`, `Too early to assess`, `Not yet assessed`) is an opinion about progress and **never** changes the "
      "status: 11362 ('recommend closure') is still open.")
    a("- Force **done**: `Complete`, `Complete - awaiting sign off`, `Submitted for closure`, `Closed`, `Closed by HMICFRS`. "
      "Force **open**: `Open`, `On hold - awaiting HO/NPCC`. The **RAG column is delivery confidence, not completion** (the "
      "tracker's own note says so): a Green row with status `Open` is open (e.g. 11365, 13015, CDI bullets).")
    a("- A recommendation the force split into several rows is done only when every row is done (13017: two parts Complete, "
      "one Open → open).\n")
    a("## Traps and how the truth decides them\n")
    traps = [
        "**Repeat row**: AFI 5903 (demand) is linked to both CoCs and is printed in full on `CoC 1` and again on `CoC 2` "
        "(comment 'Duplicate link – see CoC 1 tab'). The item is the `CoC 1` row; the `CoC 2` row is not an item.",
        "**Pointer stubs**: `CoC 1` rows for Rec (c) 11363 and Rec (e) 11365 carry the Reg ID but the text 'Closed since last "
        "pack – see …' and no status. The items are their rows on `Closed since Aug 21` (Superseded / Complete) and the force "
        "still has both open → `closeable_local`.",
        "**Report only in heading rows / source codes**: the `Other open items` tab has no report column (forward-fill the "
        "heading); CoC tabs and the closed tab give codes (`PEEL Eff 15`, `NAT DUPP`) resolved on the Cover key. Linked items on a "
        "CoC tab belong to their own report (Source column), not to PEEL 2018/19.",
        "**Truncated texts on the closed tab**: 1207 (stop and search 2013 monitoring) shows only 120 characters; the force also "
        "has the other 2013 rec (force ref 1206, College APP) starting with a similar phrase. The Reg ID-less force row whose text "
        "is the monitoring rec is 1207's pair; the 1206 row is not on the list.",
        "**Closure basis words**: 'No further action' for 13018 (directed at the Home Office and NPCC) is a closure; the force "
        "holds it 'On hold - awaiting HO/NPCC' (open) → `closeable_local`.",
        "**FLL says recommend closure** (11362) while the force has submitted it → still HMICFRS open → `closeable_submit`.",
        "**Conflicts** (each decidable from the two rows): timescale (11368 'within six months' vs force 'Within 12 months'); type "
        "(11381 AFI vs force 'Rec'); missing bullet (CDI 11402 has five bullets, the force has four rows – no row for triage of "
        "online reports; the FLL comment even says that element is outstanding); reference (8542 vs force 8524, same text and "
        "report); report (13016, Disproportionate use of police powers 2021, filed by the force under 'PEEL Legitimacy 2017 - national S&S').",
        "**Missing CoC**: the force tracks CoC 1 as a row but has no row for CoC 2 (11367) → `missing_from_force`.",
        "**Old national items still open on the pack** (4822 Core Business, 'Awaiting review' since 2014, with the register's "
        "stock comment) – no force row → `missing_from_force`; Targeting the risk 5774 likewise, while 5772 is on the force "
        "tracker only (closed long ago) → `not_on_hmicfrs_list`.",
        "**Split force rows**: 7113 (missing children, 3 bullets → 3 rows, all submitted → `closeable_submit`); 13017 (BWV, 3 parts "
        "→ 3 rows, one still open → `in_sync` open); 11402 (CDI, 4 rows → `conflict`). Each force row has its own truth line with "
        "the same HMICFRS row.",
        "**Abridged force texts and own words**: stems dropped ('Immediately - …'), '&', 'w/', 'incl.', 'BWV', 'S&S', 'UoF', "
        "'CoP APP'; efficiency AFIs heavily abridged. The CoC rows on the force side are abridged or prefixed ('CAUSE OF CONCERN 1:', 'CoC - ').",
    ]
    for t in traps:
        a("- " + t)
    a("")
    a("## Counts\n")
    n_h = len(hm_cell)
    a("HMICFRS items: %d. Force item rows: %d (of which %d are not on the HMICFRS list). Truth lines: %d.\n" % (
        n_h, n_force_item_rows, counts.get("not_on_hmicfrs_list", 0), len(truth)))
    a("| category | items (HMICFRS items; force rows for not_on) | truth lines |")
    a("|---|---|---|")
    for c in ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force", "not_on_hmicfrs_list", "review"]:
        a("| %s | %d | %d |" % (c, counts.get(c, 0), sum(1 for t in truth if t[2] == c)))
    a("")
    a("## Rows that are not items\n")
    a("### hmicfrs.xlsx\n")
    for c, w in not_items_h:
        a("- `%s` – %s" % (c, w))
    a("\n### tracker.xlsx\n")
    for c, w in not_items_f:
        a("- `%s` – %s" % (c, w))
    a("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


def main():
    os.makedirs(OUT, exist_ok=True)
    hm_cell, ni_h, ni_f, force_cells = {}, [], [], []
    build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"), hm_cell, ni_h)
    build_force(os.path.join(OUT, "tracker.xlsx"), force_cells, ni_f)
    truth, counts = decide(hm_cell, force_cells)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)
    write_readme(os.path.join(OUT, "README.md"), truth, counts, ni_h, ni_f, hm_cell)
    print(counts, len(hm_cell), len(truth))


if __name__ == "__main__":
    main()
