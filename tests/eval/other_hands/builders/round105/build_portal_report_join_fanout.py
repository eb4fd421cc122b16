#!/usr/bin/env python3
"""Build the evaluation case `portal_report_join_fanout`.

HMICFRS side: the force liaison lead ran a "custom report" in the monitoring
portal that joins each recommendation to its theme tags and to the force's
evidence uploads, and sent the export as it came out.  The join fans every
item out into one row per (theme x evidence document): an item with two themes
and three evidence files is six rows, an item with neither is one row with the
join columns empty.  The report sorts on Theme first, so an item's rows are
scattered through the sheet.  Long texts carry the "_x000D_" artefact the
export writes for carriage returns.

Force side: an ordinary organisational-learning tracker.

Deterministic: no randomness beyond a fixed table, fixed workbook properties,
XlsxWriter's fixed zip timestamps.  Two runs give byte-identical files.
"""
import csv
import datetime as dt
import os

import xlsxwriter

CASE = "portal_report_join_fanout"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
CREATED = dt.datetime(2024, 10, 14, 9, 12, 0)

CR = "_x000D_\n"  # what the portal export leaves for a CR LF inside a text

# --------------------------------------------------------------------------
# Reports (real titles and publication dates)
# --------------------------------------------------------------------------
R = {
    "PEEL1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police", dt.date(2019, 9, 27)),
    "CDI2019": ("West Mercia Police - Crime Data Integrity inspection 2019", dt.date(2019, 10, 8)),
    "EFF2015": ("PEEL: Police efficiency 2015 – An inspection of West Mercia Police", dt.date(2015, 10, 15)),
    "EFFV2016": ("PEEL: Police effectiveness 2016 – An inspection of West Mercia Police", dt.date(2017, 3, 2)),
    "SS2013": ("Stop and search powers: Are the police using them effectively and fairly?", dt.date(2013, 7, 9)),
    "CORE2014": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", dt.date(2014, 9, 4)),
    "INTEG2015": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", dt.date(2015, 1, 30)),
    "DA2014": ("Everyone's business: Improving the police response to domestic abuse", dt.date(2014, 3, 27)),
    "FAL2015": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "LEG2017": ("PEEL: Police legitimacy 2017 – A national overview", dt.date(2017, 12, 12)),
    "DISP2021": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", dt.date(2021, 2, 26)),
}

# --------------------------------------------------------------------------
# Real texts (copied from the shared research data; OGL material)
# --------------------------------------------------------------------------
T = {
    "coc7": "The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.",
    "r0": "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and",
    "r1": "HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.",
    "r2": "HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;",
    "r3": "HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and",
    "r4": "HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;",
    "r5": "HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.",
    "coc8": "The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.",
    "r6": "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;",
    "r9": "HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;",
    "r10": "HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;",
    "afi18": "The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.",
    "cdi": "Within six months the force should put in place arrangements to ensure that:" + CR
           + "• at the point of report, victims are believed;" + CR
           + "• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;" + CR
           + "• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;" + CR
           + "• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and" + CR
           + "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.",
    "afi14": "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public",
    "afi15": "The force should develop its understanding of the links between its outcomes, outputs and costs",
    "afi16": "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.",
    "coc21": "The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.",
    "r22": "In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.",
    "r23": "To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.",
    "r24": "In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease",
    "coc25": "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.",
    "r26": "To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:" + CR
           + "• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action",
    "ss27": "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.",
    "ss28": "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.",
    "core12": "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.",
    "int13": "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.",
    "da56": "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse." + CR + CR
            + "This action plan should be developed:" + CR + CR
            + "  • in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;" + CR
            + "  • after close consideration of all the recommendations in this report;" + CR
            + "  • with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20" + CR
            + "  • drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.The action plan should be established on the basis of best practice, based on revised relevant guidance from the College of Policing. To ensure consistency, the College and the national policing lead on domestic abuse have agreed to provide advice on the areas that each plan should cover by the end of April 2014." + CR + CR
            + "Chief officers in each police force should oversee and ensure full implementation of these action plans. This should be a personal responsibility in each case. Police and crime commissioners should hold forces to account in this respect. HMIC will inspect forces' progress on domestic abuse as part of its new annual all-force inspection programme. Police and crime commissioners and chief constables should be called upon to report publicly on progress, as well as to the national oversight and monitoring group.",
    "fal58": "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.",
    "fal59": "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.",
    "fal60": "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.",
    "fal61": "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
    "coc46": "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.",
    "leg47": "By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:" + CR
             + "•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.",
    "leg48": "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:" + CR
             + "•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;",
    "leg49": "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.",
    "leg50": "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.",
    "d51": "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.",
    "d52": "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.",
    "d53": "By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents." + CR
           + "have a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards." + CR
           + "provide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.",
    "d55": "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.",
}

SUPERSEDED_PEEL = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness inspections. "
                   "Where a cause of concern still exists this will appear in the register against these subsequent inspections.")
UNDER_REVIEW = "The status of this recommendation is currently being reviewed by HMIC and will be updated when this review is complete."
MONITORED = ("The progress of the implementation of this recommendation is currently being monitored by HMICFRS and this "
             "record will, in due course, be updated.")
COMPLETE = "This recommendation is complete"

# --------------------------------------------------------------------------
# HMICFRS items: id, report, type, parent, text key, status, status date,
# comment, themes, number of evidence uploads
# --------------------------------------------------------------------------
REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"
d = dt.date
ITEMS = [
    # id,    rep,        type, parent, text,   status,                    status date,     comment,          themes,                                          ev
    (10412, "PEEL1819", COC, None, "coc7", "Complete", d(2022, 4, 21), COMPLETE, [], 1),
    (10413, "PEEL1819", REC, 10412, "r0", "Complete", d(2021, 3, 30), COMPLETE, ["Investigation", "Workforce"], 2),
    (10414, "PEEL1819", REC, 10412, "r1", "Complete", d(2022, 4, 21), COMPLETE, ["Vulnerability"], 3),
    (10415, "PEEL1819", REC, 10412, "r2", "Superseded", d(2022, 8, 11), "Superseded. Workforce planning was considered in PEEL 2021/22; any remaining issue is recorded against that inspection.", ["Workforce"], 0),
    (10416, "PEEL1819", REC, 10412, "r3", "Complete", d(2020, 6, 5), COMPLETE, ["Leadership and governance"], 1),
    (10417, "PEEL1819", REC, 10412, "r4", "Complete", d(2021, 3, 30), COMPLETE, ["Leadership and governance", "Demand"], 2),
    (10418, "PEEL1819", REC, 10412, "r5", "Being progressed", d(2023, 11, 2), MONITORED, ["Leadership and governance", "Public engagement"], 2),
    (10419, "PEEL1819", COC, None, "coc8", "Being progressed", d(2023, 11, 2), MONITORED, [], 0),
    (10420, "PEEL1819", REC, 10419, "r6", "Being progressed", d(2023, 11, 2), MONITORED, ["Investigation"], 1),
    (10421, "PEEL1819", REC, 10419, "r9", "Awaiting review", d(2024, 9, 3), "Closure evidence submitted by force 02/09/2024 - with HMI for review.", ["Investigation", "Digital forensics"], 3),
    (10422, "PEEL1819", REC, 10419, "r10", "Being progressed", d(2023, 11, 2), MONITORED, ["Investigation", "Offender management"], 1),
    (10424, "PEEL1819", AFI, None, "afi18", "Being progressed", d(2019, 9, 27), "New area for improvement", ["Investigation", "Crime recording"], 0),
    (10571, "CDI2019", REC, None, "cdi", "Being progressed", d(2024, 3, 14), "Partial evidence received. Remaining elements to be re-tested at next CDI / PEEL activity.", ["Crime recording", "Call handling"], 2),
    (7213, "EFF2015", AFI, None, "afi14", "Complete", d(2017, 11, 9), COMPLETE, ["Demand"], 1),
    (7214, "EFF2015", AFI, None, "afi15", "No further action needed", d(2018, 3, 22), UNDER_REVIEW, ["Demand", "Finance"], 0),
    (7215, "EFF2015", AFI, None, "afi16", "Complete", d(2017, 11, 9), COMPLETE, ["Workforce"], 2),
    (8102, "EFFV2016", COC, None, "coc21", "Complete", d(2019, 1, 17), COMPLETE, ["Domestic abuse"], 0),
    (8103, "EFFV2016", REC, 8102, "r22", "Complete", d(2019, 1, 17), COMPLETE, ["Domestic abuse"], 2),
    (8104, "EFFV2016", REC, 8102, "r23", "Superseded", d(2019, 1, 17), SUPERSEDED_PEEL, ["Domestic abuse", "Victims"], 1),
    (8105, "EFFV2016", REC, 8102, "r24", "Complete", d(2018, 6, 28), COMPLETE, ["Domestic abuse", "Call handling"], 1),
    (8106, "EFFV2016", COC, None, "coc25", "Being progressed", d(2023, 5, 18), MONITORED, [], 0),
    (8107, "EFFV2016", REC, 8106, "r26", "Being progressed", d(2023, 5, 18), MONITORED, ["Vulnerability", "Child protection", "Call handling"], 2),
    (1190, "SS2013", NAT, None, "ss27", "Complete", d(2016, 2, 4), COMPLETE, ["Stop and search"], 0),
    (1191, "SS2013", NAT, None, "ss28", "Complete", d(2016, 2, 4), COMPLETE, ["Stop and search"], 1),
    (4822, "CORE2014", NAT, None, "core12", "Superseded", d(2017, 8, 30), SUPERSEDED_PEEL, ["Call handling"], 0),
    (902, "INTEG2015", NAT, None, "int13", "Complete", d(2016, 9, 29), COMPLETE, ["Integrity and misconduct"], 1),
    (2321, "DA2014", NAT, None, "da56", "Superseded", d(2017, 8, 30), SUPERSEDED_PEEL, ["Domestic abuse"], 1),
    (7020, "FAL2015", NAT, None, "fal58", "Complete", d(2016, 5, 12), COMPLETE, ["Firearms licensing"], 1),
    (7021, "FAL2015", NAT, None, "fal59", "Being progressed", d(2022, 7, 7), MONITORED, ["Firearms licensing", "Demand"], 1),
    (7022, "FAL2015", NAT, None, "fal60", "Being progressed", d(2022, 7, 7), MONITORED, ["Firearms licensing"], 0),
    (7023, "FAL2015", NAT, None, "fal61", "Complete", d(2016, 5, 12), COMPLETE, ["Firearms licensing"], 1),
    (8540, "LEG2017", COC, None, "coc46", "Being progressed", d(2021, 4, 15), MONITORED, ["Stop and search"], 0),
    (8541, "LEG2017", NAT, 8540, "leg47", "Being progressed", d(2021, 4, 15), MONITORED, ["Stop and search", "Disproportionality"], 2),
    (8542, "LEG2017", NAT, 8540, "leg48", "Awaiting review", d(2024, 8, 20), "Closure evidence submitted by force - awaiting review.", ["Stop and search", "Disproportionality"], 1),
    (8543, "LEG2017", NAT, 8540, "leg49", "Being progressed", d(2021, 4, 15), MONITORED, ["Stop and search", "Public engagement"], 0),
    (8544, "LEG2017", NAT, 8540, "leg50", "Complete", d(2020, 10, 1), COMPLETE, ["Stop and search", "Training"], 2),
    (11873, "DISP2021", NAT, None, "d51", "Being progressed", d(2022, 9, 15), MONITORED, ["Use of force", "Training"], 0),
    (11874, "DISP2021", NAT, None, "d52", "Being progressed", d(2022, 9, 15), MONITORED, ["Use of force", "Training"], 1),
    (11875, "DISP2021", NAT, None, "d53", "Being progressed", d(2023, 6, 29), MONITORED, ["Stop and search", "Use of force", "Body-worn video"], 2),
    (11877, "DISP2021", NAT, None, "d55", "Awaiting review", d(2024, 9, 26), "Closure evidence submitted by force - awaiting review.", ["Use of force", "Disproportionality"], 2),
]

EV_DOCS = {  # evidence file names the force uploaded, per item, in upload order
    10412: ["WMP_Alliance_Exit_Programme_Closure_Report.pdf"],
    10413: ["Investigative_Workload_Review_Final_v2.docx", "Crime_Allocation_Policy_2020.pdf"],
    10414: ["Vulnerability_Review_Partner_Workshop_Notes.pdf", "Safeguarding_Partnership_ToR.docx", "Vulnerability_Improvement_Plan_closure.xlsx"],
    10416: ["Alliance_Transition_Agreement_signed.pdf"],
    10417: ["Target_Operating_Model_Board_Paper.pdf", "TOM_Affordability_Assessment.xlsx"],
    10418: ["Public_Consultation_Strategy_2023.pdf", "You_Said_We_Did_Examples.docx"],
    10420: ["Supervision_Standards_Dip_Sample_Q2.xlsx"],
    10421: ["DFU_Backlog_Reduction_Plan_v3.pdf", "Digital_Forensics_Performance_Aug24.xlsx", "Kiosk_Rollout_Evaluation.docx"],
    10422: ["RUI_Bail_Management_Process_Map.pdf"],
    10571: ["CDI_Action_Plan_Update_Feb24.xlsx", "Crime_Bureau_Audit_Results_Q3.pdf"],
    7213: ["Demand_Analysis_2016_Final.pdf"],
    7215: ["Workforce_Plan_2017-2020.pdf", "Skills_Matrix_Summary.xlsx"],
    8103: ["DA_Arrest_Rate_Performance.xlsx", "DVPN_DVPO_Guidance_v1.pdf"],
    8104: ["DA_Victim_Attrition_Analysis.pdf"],
    8105: ["DASH_Telephone_Assessment_Withdrawal_Notice.pdf"],
    8107: ["Missing_Children_Policy_2023.pdf", "CSE_Awareness_Training_Uptake.xlsx"],
    1191: ["Stop_Search_Scrutiny_Panel_Minutes_2015.pdf"],
    902: ["PSD_NFA_Dip_Sample_2016.pdf"],
    2321: ["DA_Action_Plan_2014_published.pdf"],
    7020: ["FEL_Governance_APP_Self_Assessment.pdf"],
    7021: ["Firearms_Licensing_Demand_Profile_2022.xlsx"],
    7023: ["Temporary_Permits_Procedure.pdf"],
    8541: ["Stop_Search_Disproportionality_Dashboard.pdf", "S&S_Monitoring_Data_Pack_Q1_24.xlsx"],
    8542: ["Disparity_Analysis_Report_2023.pdf"],
    8544: ["Unconscious_Bias_Training_Completion.xlsx", "S&S_APP_Training_Records.xlsx"],
    11874: ["Communication_Skills_CPD_Plan.pdf"],
    11875: ["BWV_Activation_Compliance_Aug24.xlsx", "BWV_Internal_Review_Panel_ToR.docx"],
    11877: ["Use_of_Force_Monitoring_Report_Q1.pdf", "UoF_Disproportionality_Explainer.docx"],
}

# --------------------------------------------------------------------------
# Force tracker rows (in tracker order).  item = HMICFRS id the row answers,
# None for rows with no HMICFRS item.  cat = truth category of that pair.
# --------------------------------------------------------------------------
# columns: No., HMICFRS Ref, Report, Date Pub., Type, Recommendation / AFI, CO Lead, Owner, RAG, Latest update, Date submitted to HMICFRS
F = []


def fr(item, cat, no, ref, rep, pub, typ, text, lead, owner, rag, upd, sub=None):
    F.append(dict(item=item, cat=cat, cells=[no, ref, rep, pub, typ, text, lead, owner, rag, upd, sub]))


# Stop and search 2013
fr(1190, "in_sync", 1, 1190, "HMIC Stop & Search 2013", "Jul-13", "Recommendation",
   "Chief Constables and the College of Policing should establish in the Stop and Search APP a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.",
   "ACC Local Policing", "Supt Stop & Search lead", "Closed", "Closed by HMIC Feb 2016.", d(2015, 10, 29))
fr(1191, "closeable_local", 2, 1191, "HMIC Stop & Search 2013", "Jul-13", "Recommendation",
   "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (incl. equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.",
   "ACC Local Policing", "Supt Stop & Search lead", "Amber", "Monitoring now part of the Stop & Search Gov Board. Kept open locally while scrutiny panel dashboard is rebuilt.", None)
# Everyone's business 2014
fr(2321, "in_sync", 3, 2321, "Everyone's Business (DA) 2014", "27/03/2014", "Recommendation",
   "By September 2014, every police force should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse. (see report for full text - consultation with PCC, support orgs, DHRs, IPCC findings, CPS scrutiny panels & MARAC self-assessments; chief officers personally responsible)",
   "ACC Crime", "Det Supt Public Protection", "Closed", "Action plan published Sept 2014. Superseded by PEEL per HMIC.", None)
# Core Business 2014
fr(4822, "closeable_local", 4, 4822, "Core Business 2014", "Sep-14", "Recommendation",
   "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.",
   "ACC Local Policing", "Head of OCC", "Amber", "THRIVE+ refresher still being rolled out to new OCC call handlers - OCC want to keep this open until all cohorts trained.", None)
# Integrity matters 2015 -- deadline conflict
fr(902, "conflict", 5, 902, "Integrity Matters", "30/01/2015", "Recommendation",
   "By 31 August 2016, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in 'no further action' are fair and free of any form of discrimination.",
   "DCC", "Head of PSD", "Green", "PSD dip sample of NFA outcomes completed; reported to Ethics Committee.", d(2016, 8, 1))
# Targeting the risk 2015
fr(7020, "in_sync", 6, 7020, "Targeting the Risk (Firearms Licensing)", "15/09/2015", "Recommendation",
   "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in APP. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.",
   "ACC Crime", "Firearms Licensing Manager", "Green", "Self assessment vs APP done Dec 2015.", d(2016, 1, 8))
fr(7021, "closeable_submit", 7, 7021, "Targeting the Risk (Firearms Licensing)", "15/09/2015", "Recommendation",
   "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times",
   "ACC Crime", "Firearms Licensing Manager", "Green", "Demand profile refreshed 2022, 4 additional enquiry officers recruited, backlog cleared Jun 24. Evidence uploaded - ready to submit.", None)
fr(7023, "in_sync", 8, 7023, "Targeting the Risk (Firearms Licensing)", "15/09/2015", "Recommendation",
   "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the HO guidance; that temporary permits are properly recorded without delay on NFLMS; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
   "ACC Crime", "Firearms Licensing Manager", "Closed", "Closed by HMIC.", d(2016, 1, 8))
# PEEL efficiency 2015
fr(7213, "in_sync", 9, 7213, "PEEL Efficiency 2015", "Oct-15", "AFI",
   "The force should undertake further work to gain a fuller understanding of current demand for its services and likely future changes in demand, so it can make best use of its resources by matching them to demand.",
   "DCC", "Head of Strategic Planning", "Closed", "Closed - demand analysis signed off.", d(2017, 6, 2))
fr(7214, "closeable_local", 10, 7214, "PEEL Efficiency 2015", "Oct-15", "AFI",
   "The force should develop its understanding of the links between its outcomes, outputs and costs",
   "Director of Finance", "Head of Finance", "Red", "Outcome based budgeting work paused (alliance exit). No owner confirmed.", None)
fr(7215, "conflict", 11, 7215, "PEEL Efficiency 2015", "Oct-15", "Recommendation",
   "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.",
   "Director of People", "Head of HR", "Green", "Workforce Plan 2017-20 approved.", d(2017, 6, 2))
# PEEL effectiveness 2016
fr(8102, "in_sync", 12, 8102, "PEEL Effectiveness 2016", "02/03/2017", "Cause of Concern",
   "The force's current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern.",
   "ACC Crime", "Det Supt Public Protection", "Closed", "CoC discharged by HMICFRS Jan 2019.", d(2018, 11, 30))
fr(8103, "in_sync", 13, 8103, "PEEL Effectiveness 2016", "02/03/2017", "Recommendation",
   "In order to improve the service it provides to victims of DA, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.",
   "ACC Crime", "Det Supt Public Protection", "Green", "Arrest rate up from 38% to 61%. DVPN/DVPO guidance issued.", d(2018, 11, 30))
fr(8104, "closeable_local", 14, 8104, "PEEL Effectiveness 2016", "02/03/2017", "Recommendation",
   "To improve the service provided to victims of DA the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of DA do not support the police investigation.",
   "ACC Crime", "Det Supt Public Protection", "Amber", "Victim attrition still high - new evidence-led prosecution training planned Q4.", None)
fr(8105, "in_sync", 15, 8105, "PEEL Effectiveness 2016", "02/03/2017", "Recommendation",
   "the practice of conducting DA risk assessments over the telephone and dealing with DA in the resolution centre should cease",
   "ACC Crime", "Head of OCC", "Green", "Practice ceased May 2017.", d(2017, 6, 2))
fr(8106, "in_sync", 16, 8106, "PEEL Effectiveness 2016", "02/03/2017", "Cause of Concern",
   "The force’s response to missing and absent children is a cause of concern to HMIC. (risk assessment of missing children inappropriate in some cases; children classed as absent who should be missing; CSE risk not influencing grading)",
   "ACC Crime", "Det Supt Public Protection", "Amber", "See rec 17.", None)
fr(8107, "closeable_submit", 17, 8107, "PEEL Effectiveness 2016", "02/03/2017", "Recommendation",
   "To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that: call takers understand and use the missing and absent category appropriately; call takers and frontline staff can identify CSE risk factors; supervisors provide correct oversight of missing person enquiries.",
   "ACC Crime", "Det Supt Public Protection", "Green", "Absent category removed in line with APP 2023. CSE training 94% uptake. Proposed for closure at Org Learning Board 12/09/24.", d(2024, 9, 16))
# PEEL legitimacy 2017
fr(8540, "in_sync", 18, 8540, "PEEL Legitimacy 2017", "Dec-17", "Cause of Concern",
   "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.",
   "ACC Local Policing", "Supt Stop & Search lead", "Amber", "Tracked via recs 19-21.", None)
fr(8541, "in_sync", 19, 8541, "PEEL Legitimacy 2017", "Dec-17", "National Rec",
   "By July 2018, all forces should be regularly and frequently monitoring a comprehensive set of data on use of stop and search powers to understand the reasons for any disproportionate representation of different ethnic groups, differences in find rates (incl. drug possession v supply), and the prevalence of possession-only drug searches.",
   "ACC Local Policing", "Supt Stop & Search lead", "Amber", "Power BI dashboard live; find rate by search type still not available for drugs.", None)
fr(8542, "closeable_submit", 20, 8542, "PEEL Legitimacy 2017", "Dec-17", "National Rec",
   "Where forces identify disparities through monitoring, they should demonstrate to the public that they have carried out research and analysis to understand the reasons for the disparity and taken action to reduce the disparity, where necessary.",
   "ACC Local Policing", "Supt Stop & Search lead", "Green", "Disparity analysis published on website Mar 2024.", d(2024, 8, 19))
fr(8544, "in_sync", 21, 8544, "PEEL Legitimacy 2017", "Dec-17", "National Rec",
   "By July 2018, and ongoing, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconcious bias and College of Policing APP on stop and search.",
   "ACC Local Policing", "Head of L&D", "Green", "98% completion.", d(2020, 7, 20))
# PEEL 2018/19
fr(10412, "in_sync", 22, 10412, "PEEL 2018/19", "Sept 2019", "Cause of Concern",
   "The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. Gaps in workforce skills assessment, weaknesses in investigative approach and safeguarding vulnerable people.",
   "Chief Constable", "Alliance Exit Programme Manager", "Closed", "Discharged Apr 2022.", d(2021, 12, 10))
fr(10413, "in_sync", 23, 10413, "PEEL 2018/19", "Sept 2019", "Recommendation",
   "Conduct a review of officers capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them",
   "ACC Crime", "Det Ch Supt Crime", "Green", "Review complete, new allocation policy.", d(2020, 11, 2))
fr(10414, "closeable_local", 24, 10414, "PEEL 2018/19", "Sept 2019", "Recommendation",
   "Conduct a review, involving partners, of the approach to vulnerability to better safeguard vulnerable people.",
   "ACC Crime", "Det Supt Public Protection", "Amber", "Vulnerability improvement plan - 3 actions outstanding (MASH front door).", None)
fr(10415, "closeable_local", 25, 10415, "PEEL 2018/19", "Sept 2019", "Recommendation",
   "Expand the skills project work to include an assessment of all skills, not only operational, incl. future skills requirements. This assessment should inform workforce plans.",
   "Director of People", "Head of HR", "Amber", "Skills audit for police staff not yet started.", None)
fr(10416, "in_sync", 26, 10416, "PEEL 2018/19", "Sept 2019", "Recommendation",
   "Agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services",
   "Chief Constable", "Alliance Exit Programme Manager", "Closed", "Closed by HMICFRS Jun 2020.", d(2020, 3, 31))
fr(10417, "in_sync", 27, 10417, "PEEL 2018/19", "Sept 2019", "Recommendation",
   "Clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia",
   "DCC", "Head of Change", "Green", "TOM agreed at Exec Board.", d(2020, 11, 2))
fr(10418, "closeable_submit", 28, 10418, "PEEL 2018/19", "Sept 2019", "Recommendation",
   "Improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.",
   "DCC", "Head of Corporate Comms", "Green", "Consultation strategy + 'You said, we did' in place. Submitted for closure.", d(2024, 2, 9))
fr(10419, "in_sync", 29, 10419, "PEEL 2018/19", "Sept 2019", "Cause of Concern",
   "The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.",
   "ACC Crime", "Det Ch Supt Crime", "Amber", "Investigation Standards Improvement Plan in place.", None)
fr(10420, "conflict", 30, 10420, "PEEL 2018/19", "Sept 2019", "Recommendation",
   "Within twelve months the force should ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded.",
   "ACC Crime", "Det Ch Supt Crime", "Amber", "Supervision dip samples show 71% compliance.", None)
fr(10421, "closeable_submit", 31, 10421, "PEEL 2018/19", "Sept 2019", "Recommendation",
   "Improve ability to retrieve digital evidence from mobile phones, computers and other devices quickly enough to ensure investigations are not delayed.",
   "ACC Crime", "Head of Digital Forensics", "Green", "Backlog down to 6 wks; kiosks in all hubs. Submitted 02/09/24.", d(2024, 9, 2))
fr(10422, "in_sync", 32, 10422, "PEEL 2018/19", "Sept 2019", "Recommendation",
   "Improve understanding of suspects released under investigation and the management of those released on bail",
   "ACC Crime", "Head of Criminal Justice", "Red", "Bail Act changes (PCSC Act 2022) - new process not yet embedded.", None)
# CDI 2019 -- split one row per bullet
cdi_rows = [
    ("33a", "CDI - at the point of report, victims are believed", "Green", "Victim-first message in all crime recording training.", d(2023, 12, 1)),
    ("33b", "CDI - conversations between call handlers and callers summarised accurately in the incident log so attending officers have full facts for crime-recording decisions", "Green", "OCC QA audit 96%.", d(2023, 12, 1)),
    ("33c", "CDI - multiple crimes always recorded when described in incident records or identified as part of other recorded crime investigations", "Amber", "Still main error type in Crime Bureau audits (additional crimes in DA incidents).", None),
    ("33d", "CDI - stop the practice of awaiting results of medical examinations or video interviews before making crime-recording decisions", "Green", "Guidance issued by FCR.", d(2023, 12, 1)),
    ("33e", "CDI - online reports of crime triaged at point of receipt so ongoing risks to victim / wider public identified and managed", "Green", "Single Online Home triage SOP.", d(2023, 12, 1)),
]
for no, txt, rag, upd, sub in cdi_rows:
    fr(10571, "in_sync", no, 10571, "CDI 2019", "08/10/2019", "Recommendation", txt,
       "ACC Local Policing", "Force Crime Registrar", rag, upd, sub)
# Disproportionate use of police powers 2021
fr(11873, "conflict", 34, 11873, "PEEL Legitimacy 2017", "Dec-17", "National Rec",
   "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.",
   "ACC Local Policing", "Head of L&D", "Amber", "Conflict mgmt module being rewritten with College.", None)
fr(11874, "in_sync", 35, 11874, "Disproportionate Use of Police Powers 2021", "Feb-21", "National Rec",
   "By July 2021, forces should ensure communication skills are reinforced as part of CPD for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using BWV footage.",
   "ACC Local Policing", "Head of L&D", "Amber", "CPD day content agreed; supervisor debrief guide in draft.", None)
fr(11875, "conflict", "36a", 11875, "Disproportionate Use of Police Powers 2021", "Feb-21", "National Rec",
   "By September 2021 forces should ensure that officers record on BWV (when available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.",
   "ACC Local Policing", "Supt Stop & Search lead", "Green", "BWV activation compliance 93% (Aug 24).", d(2024, 9, 5))
fr(11875, "conflict", "36b", 11875, "Disproportionate Use of Police Powers 2021", "Feb-21", "National Rec",
   "have a structured process for regularly reviewing and monitoring internally a sufficient sample of BWV footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards",
   "ACC Local Policing", "Supt Stop & Search lead", "Amber", "Internal BWV review panel ToR agreed, first panel Nov 24.", None)
fr(11876, "not_on_hmicfrs_list", 37, 11876, "Disproportionate Use of Police Powers 2021", "Feb-21", "National Rec",
   "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.",
   "ACC Local Policing", "Supt Stop & Search lead", "White", "Not for WMP to deliver - HO / NPCC. Kept for info.", None)
fr(11877, "closeable_submit", 38, 11877, "Disproportionate Use of Police Powers 2021", "Feb-21", "National Rec",
   "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.",
   "ACC Local Policing", "Supt Stop & Search lead", "Green", "UoF monitoring in quarterly S&S/UoF board pack. Submitted.", d(2024, 9, 24))
# rows with no HMICFRS item
fr(None, "not_on_hmicfrs_list", 39, None, "Vetting (HMICFRS letter)", "May-19", "Recommendation",
   "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.",
   "DCC", "Force Vetting Manager", "Green", "Backlog cleared Mar 2021. Confirm with FLL whether HMICFRS still hold this.", d(2021, 4, 6))
fr(None, "not_on_hmicfrs_list", 40, None, "NCPI learning (other force)", "", "Learning",
   "Within six months the force should, in conjunction with children's social care services, review how it manages the detention of children - children only detained when absolutely necessary and for minimum time; early assessment of need for alternative accommodation; detention certificates; records of all actions and decisions; timely appropriate adult support.",
   "ACC Crime", "Head of Custody", "Amber", "Learning taken from Beds NCPI revisit - custody self assessment.", None)

# where the blank row goes in the tracker: after this many item rows
BLANK_AFTER = 21   # a deleted entry left an empty row between the legitimacy and PEEL 2018/19 blocks

# --------------------------------------------------------------------------
# Build the HMICFRS export rows (the join fan-out)
# --------------------------------------------------------------------------

def hmicfrs_rows():
    rows = []
    ev_counter = 4100
    ev_by_item = {}
    # evidence ids assigned in item-id order, upload dates fixed by item
    for it in sorted(ITEMS, key=lambda x: x[0]):
        iid = it[0]
        docs = EV_DOCS.get(iid, [])
        assert len(docs) == it[9], (iid, len(docs), it[9])
        lst = []
        base = dt.datetime.combine(it[6], dt.time(10, 0)) - dt.timedelta(days=21)
        for k, name in enumerate(docs):
            ev_counter += 7
            up = base + dt.timedelta(days=3 * k, hours=k, minutes=(iid * 7 + k * 13) % 60)
            lst.append(("EV-%06d" % ev_counter, name, up))
        ev_by_item[iid] = lst
    for it in ITEMS:
        iid, rep, typ, parent, tkey, status, sdate, comment, themes, _ = it
        title, pub = R[rep]
        th_list = themes or [None]
        ev_list = ev_by_item[iid] or [(None, None, None)]
        for th in th_list:
            for ev in ev_list:
                rows.append(dict(id=iid, force="West Mercia Police", report=title, pub=pub, type=typ,
                                 parent=parent, text=T[tkey], status=status, sdate=sdate, comment=comment,
                                 theme=th, evid=ev[0], evname=ev[1], evup=ev[2]))
    # the report sorts on Theme (blank first, as the portal does), then Inspection, then Rec ID, then Evidence ID
    rows.sort(key=lambda r: (r["theme"] is not None, r["theme"] or "", r["report"], r["id"], r["evid"] or ""))
    return rows


def write_hmicfrs(path):
    rows = hmicfrs_rows()
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "Custom report", "author": "HMICFRS Monitoring", "company": "HMICFRS",
                       "created": CREATED})
    ws = wb.add_worksheet("Report")
    bold = wb.add_format({"bold": True})
    head = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "text_wrap": True, "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    dtfmt = wb.add_format({"num_format": "dd/mm/yyyy hh:mm", "valign": "top"})
    ws.write(0, 0, "Custom report: Force recommendations with themes and evidence", bold)
    ws.write(1, 0, "Force: West Mercia Police    Run by: Force Liaison Lead (Midlands)    Run on: 14/10/2024 09:12")
    hdr = ["Rec ID", "Force", "Inspection", "Published", "Item type", "Parent Rec ID",
           "Recommendation / AFI text", "Status", "Status date", "Status comment", "Theme",
           "Evidence ID", "Evidence file name", "Evidence uploaded"]
    ws.write_row(3, 0, hdr, head)
    first_row = {}
    r = 4
    for row in rows:
        excel_row = r + 1
        first_row.setdefault(row["id"], excel_row)
        ws.write_number(r, 0, row["id"], top)
        ws.write_string(r, 1, row["force"], top)
        ws.write_string(r, 2, row["report"], wrap)
        ws.write_datetime(r, 3, dt.datetime.combine(row["pub"], dt.time()), dfmt)
        ws.write_string(r, 4, row["type"], top)
        if row["parent"] is not None:
            ws.write_number(r, 5, row["parent"], top)
        ws.write_string(r, 6, row["text"], wrap)
        ws.write_string(r, 7, row["status"], top)
        ws.write_datetime(r, 8, dt.datetime.combine(row["sdate"], dt.time()), dfmt)
        ws.write_string(r, 9, row["comment"], wrap)
        if row["theme"]:
            ws.write_string(r, 10, row["theme"], top)
        if row["evid"]:
            ws.write_string(r, 11, row["evid"], top)
            ws.write_string(r, 12, row["evname"], top)
            ws.write_datetime(r, 13, row["evup"], dtfmt)
        r += 1
    last_data = r  # 0-based index of the blank row after data
    ws.write(last_data + 1, 0, "Filters: Force equals 'West Mercia Police'; Item status is (All); Theme is (All); Evidence is (All)")
    ws.write(last_data + 2, 0, "%d rows" % len(rows))
    ws.set_column(0, 0, 8)
    ws.set_column(1, 1, 16)
    ws.set_column(2, 2, 40)
    ws.set_column(3, 3, 11)
    ws.set_column(4, 4, 22)
    ws.set_column(5, 5, 9)
    ws.set_column(6, 6, 70)
    ws.set_column(7, 7, 18)
    ws.set_column(8, 8, 11)
    ws.set_column(9, 9, 40)
    ws.set_column(10, 10, 22)
    ws.set_column(11, 11, 11)
    ws.set_column(12, 12, 42)
    ws.set_column(13, 13, 16)
    ws.freeze_panes(4, 1)
    ws.autofilter(3, 0, last_data - 1, len(hdr) - 1)
    wb.close()
    # rows that are not items
    not_items = [(1, "report title line"), (2, "run information line (force, who ran it, when)"),
                 (3, "blank"), (4, "column header")]
    seen = set()
    for i, row in enumerate(rows):
        er = 5 + i
        if row["id"] in seen:
            not_items.append((er, "repeat of Rec ID %d (first at row %d): another theme/evidence combination from the join"
                              % (row["id"], first_row[row["id"]])))
        seen.add(row["id"])
    not_items.append((last_data + 1, "blank"))
    not_items.append((last_data + 2, "filter description line"))
    not_items.append((last_data + 3, "row count line ('%d rows')" % len(rows)))
    return rows, first_row, not_items


def write_tracker(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "HMICFRS Recommendations Tracker", "author": "Strategic Planning & Insight",
                       "company": "West Mercia Police", "created": dt.datetime(2024, 10, 4, 16, 40, 0)})
    ws = wb.add_worksheet("HMICFRS Tracker")
    title = wb.add_format({"bold": True, "font_size": 14})
    head = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "text_wrap": True, "border": 1, "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    rag_fmt = {
        "green": wb.add_format({"bg_color": "#00B050", "valign": "top", "border": 1}),
        "amber": wb.add_format({"bg_color": "#FFC000", "valign": "top", "border": 1}),
        "red": wb.add_format({"bg_color": "#FF0000", "font_color": "#FFFFFF", "valign": "top", "border": 1}),
        "closed": wb.add_format({"bg_color": "#A6A6A6", "valign": "top", "border": 1}),
        "white": wb.add_format({"bg_color": "#FFFFFF", "valign": "top", "border": 1}),
    }
    ws.write(0, 0, "West Mercia Police - HMICFRS Recommendations & AFIs Tracker", title)
    ws.write(1, 0, "Owner: Strategic Planning & Insight (Organisational Learning)    Last updated: 04/10/2024")
    hdr = ["No.", "HMICFRS Ref", "Report", "Date Pub.", "Type", "Recommendation / AFI", "CO Lead", "Owner",
           "RAG", "Latest update", "Date submitted to HMICFRS"]
    ws.write_row(3, 0, hdr, head)
    r = 4
    rowmap = []
    blank_rows = []
    for i, f in enumerate(F):
        if i == BLANK_AFTER:
            for c in range(len(hdr)):
                ws.write_blank(r, c, None, cell)
            blank_rows.append(r + 1)
            r += 1
        no, ref, rep, pub, typ, text, lead, owner, rag, upd, sub = f["cells"]
        if isinstance(no, int):
            ws.write_number(r, 0, no, cell)
        else:
            ws.write_string(r, 0, no, cell)
        if ref is None:
            ws.write_blank(r, 1, None, cell)
        else:
            ws.write_number(r, 1, ref, cell)
        ws.write_string(r, 2, rep, wrap)
        if pub:
            ws.write_string(r, 3, pub, cell)
        else:
            ws.write_blank(r, 3, None, cell)
        ws.write_string(r, 4, typ, cell)
        ws.write_string(r, 5, text, wrap)
        ws.write_string(r, 6, lead, cell)
        ws.write_string(r, 7, owner, cell)
        ws.write_string(r, 8, rag, rag_fmt[rag.lower()])
        ws.write_string(r, 9, upd, wrap)
        if sub is None:
            ws.write_blank(r, 10, None, cell)
        else:
            ws.write_datetime(r, 10, dt.datetime.combine(sub, dt.time()), dfmt)
        rowmap.append(r + 1)
        r += 1
    key_start = r + 2  # leave one blank row
    key = [
        "RAG key:",
        "GREEN - recommendation implemented, evidence held / submitted to HMICFRS for closure",
        "AMBER - work ongoing, expected to be delivered",
        "RED - beyond deadline or cannot be delivered (rationale required)",
        "CLOSED - HMICFRS have confirmed closure on the portal",
        "WHITE - not WMP's to deliver / dependent on another organisation",
    ]
    for k, line in enumerate(key):
        ws.write(key_start - 1 + k, 0, line)
    ws.set_column(0, 0, 6)
    ws.set_column(1, 1, 10)
    ws.set_column(2, 2, 24)
    ws.set_column(3, 3, 10)
    ws.set_column(4, 4, 16)
    ws.set_column(5, 5, 70)
    ws.set_column(6, 7, 20)
    ws.set_column(8, 8, 9)
    ws.set_column(9, 9, 45)
    ws.set_column(10, 10, 14)
    ws.freeze_panes(4, 0)
    wb.close()
    not_items = [(1, "title"), (2, "owner / last updated line"), (3, "blank"), (4, "column header")]
    for b in blank_rows:
        not_items.append((b, "empty bordered row inside the table (deleted entry)"))
    not_items.append((r + 1, "blank"))
    for k, line in enumerate(key):
        not_items.append((key_start + k, "RAG key heading" if k == 0 else "RAG key line: " + line.split(" - ")[0]))
    return rowmap, not_items


def main():
    os.makedirs(OUT, exist_ok=True)
    rows, first_row, h_not = write_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    rowmap, f_not = write_tracker(os.path.join(OUT, "tracker.xlsx"))

    truth = []
    item_ids = [it[0] for it in ITEMS]
    covered = set()
    for f, frow in zip(F, rowmap):
        h = "Report!%d" % first_row[f["item"]] if f["item"] in first_row else ""
        if f["item"] in first_row:
            covered.add(f["item"])
        truth.append((h, "HMICFRS Tracker!%d" % frow, f["cat"], WHY[(f["item"], f["cells"][0])]))
    for iid in item_ids:
        if iid not in covered:
            truth.append(("Report!%d" % first_row[iid], "", "missing_from_force", WHY[(iid, None)]))
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for t in truth:
            w.writerow(t)

    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(rows, first_row, h_not, f_not, truth))


# --------------------------------------------------------------------------
# Why each truth line is what it is
# --------------------------------------------------------------------------
WHY = {
    (1190, 1): "HMICFRS Complete; force Closed",
    (1191, 2): "HMICFRS Complete; force Amber (kept open locally for dashboard rebuild)",
    (2321, 3): "HMICFRS Superseded (subsequently inspected in PEEL); force Closed; force text abridged with pointer to report",
    (4822, 4): "HMICFRS Superseded; force Amber",
    (902, 5): "deadline differs: HMICFRS 'By 31 August 2015', force 'By 31 August 2016' (both sides closed/done)",
    (7020, 6): "HMICFRS Complete; force Green",
    (7021, 7): "HMICFRS Being progressed; force Green, evidence uploaded ready to submit",
    (7023, 8): "HMICFRS Complete; force Closed",
    (7213, 9): "HMICFRS Complete; force Closed; force text abridged",
    (7214, 10): "HMICFRS 'No further action needed' (closed); force Red",
    (7215, 11): "type differs: HMICFRS Area for improvement, force 'Recommendation' (statuses agree: Complete / Green)",
    (8102, 12): "cause of concern; HMICFRS Complete; force Closed",
    (8103, 13): "HMICFRS Complete; force Green",
    (8104, 14): "HMICFRS Superseded; force Amber",
    (8105, 15): "HMICFRS Complete; force Green",
    (8106, 16): "cause of concern; HMICFRS Being progressed; force Amber; force text heavily abridged",
    (8107, 17): "HMICFRS Being progressed; force Green, submitted 16/09/2024",
    (8540, 18): "cause of concern; HMICFRS Being progressed; force Amber",
    (8541, 19): "HMICFRS Being progressed; force Amber; bullets paraphrased",
    (8542, 20): "HMICFRS Awaiting review (evidence submitted); force Green",
    (8544, 21): "HMICFRS Complete; force Green ('unconcious' typo in force text)",
    (10412, 22): "cause of concern; HMICFRS Complete; force Closed",
    (10413, 23): "HMICFRS Complete; force Green; force dropped the 'HMIC recommends that...' stem",
    (10414, 24): "HMICFRS Complete; force Amber",
    (10415, 25): "HMICFRS Superseded; force Amber",
    (10416, 26): "HMICFRS Complete; force Closed",
    (10417, 27): "HMICFRS Complete; force Green",
    (10418, 28): "HMICFRS Being progressed; force Green, submitted 09/02/2024",
    (10419, 29): "cause of concern; HMICFRS Being progressed; force Amber",
    (10420, 30): "timescale differs: HMICFRS 'within six months', force 'Within twelve months' (both open)",
    (10421, 31): "HMICFRS Awaiting review (force evidence with HMI); force Green",
    (10422, 32): "HMICFRS Being progressed; force Red",
    (10571, "33a"): "CDI rec split into 5 bullet rows; 4 Green + 1 Amber = force open; HMICFRS Being progressed",
    (10571, "33b"): "CDI rec split into 5 bullet rows; 4 Green + 1 Amber = force open; HMICFRS Being progressed",
    (10571, "33c"): "CDI rec split into 5 bullet rows; this bullet Amber so force open; HMICFRS Being progressed",
    (10571, "33d"): "CDI rec split into 5 bullet rows; 4 Green + 1 Amber = force open; HMICFRS Being progressed",
    (10571, "33e"): "CDI rec split into 5 bullet rows; 4 Green + 1 Amber = force open; HMICFRS Being progressed",
    (11873, 34): "report differs: HMICFRS Disproportionate use of police powers (Feb 2021), force filed under PEEL Legitimacy 2017 (Dec-17); same ref and text",
    (11874, 35): "HMICFRS Being progressed; force Amber",
    (11875, "36a"): "missing bullet: force split the rec into rows for bullets 1-2 only; no row for 'provide external scrutiny panel members with access to samples of body-worn video footage'",
    (11875, "36b"): "missing bullet: force split the rec into rows for bullets 1-2 only; no row for 'provide external scrutiny panel members with access to samples of body-worn video footage'",
    (11876, 37): "Rec ID 11876 (Home Office / NPCC rec) is not on the HMICFRS list; force row White 'not for WMP'",
    (11877, 38): "HMICFRS Awaiting review; force Green, submitted 24/09/2024",
    (None, 39): "vetting recommendation (HMICFRS letter 2019), no Rec ID; not on the HMICFRS list",
    (None, 40): "learning taken from another force's NCPI report; not an HMICFRS item against this force",
    (10424, None): "HMICFRS AFI (Being progressed, no evidence), no force row",
    (7022, None): "HMICFRS national rec 'total expired' licensing records (Being progressed), no force row",
    (8543, None): "HMICFRS national rec 'publish this analysis ... annually from July 2018' (Being progressed), no force row",
}


def readme(rows, first_row, h_not, f_not, truth):
    from collections import Counter
    cnt = Counter(t[2] for t in truth)
    items_cnt = Counter()
    seen = set()
    for t in truth:
        key = t[0] or t[1]
        if t[0] and t[0] in seen:
            continue
        seen.add(key)
        items_cnt[t[2]] += 1
    fan = Counter(r["id"] for r in rows)
    maxfan = max(fan.values())
    L = []
    a = L.append
    a("# portal_report_join_fanout\n")
    a("## Story\n")
    a("West Mercia Police's organisational-learning analyst asks the HMICFRS force liaison lead for the current list "
      "before the Joint Audit Committee. The FLL has no ready-made 'definitive list' report, so runs a custom report in "
      "the monitoring portal that pulls each recommendation together with its theme tags and the evidence files the "
      "force has uploaded, and emails the Excel export as it came out (\"sorry, it repeats rows - it does one line per "
      "theme and per evidence file\").\n")
    a("The report is a flat join: every item appears once per (theme x evidence file) combination. An item with no "
      "theme and no evidence is one row with those columns empty; Rec ID 10421 (2 themes x 3 files) is %d rows. "
      "The export is sorted by Theme first (blanks first), then Inspection, then Rec ID, so an item's rows are "
      "scattered through the sheet. %d rows hold %d items.\n" % (fan[10421], len(rows), len(fan)))
    a("The force side is an ordinary tracker kept by Strategic Planning & Insight.\n")
    a("## Files\n")
    a("### hmicfrs.xlsx, sheet `Report`\n")
    a("- Row 1 report title, row 2 run information, row 3 blank, **row 4 header**, data from row 5, then a blank row, a "
      "filter line and a row-count line.\n")
    a("- Columns: `Rec ID` (register id, integer, unique per item) · `Force` · `Inspection` (full report title) · "
      "`Published` (date) · `Item type` (Recommendation / Area for improvement / Cause of concern / National "
      "recommendation) · `Parent Rec ID` (the cause of concern a recommendation belongs to - NOT the item's own id) · "
      "`Recommendation / AFI text` · `Status` · `Status date` · `Status comment` · `Theme` · `Evidence ID` · "
      "`Evidence file name` · `Evidence uploaded`.\n")
    a("- Item rows: for each Rec ID, the first (topmost) row is taken as the item row and named in truth.csv; every "
      "other row with the same Rec ID is a join repeat (listed below). Item fields are identical across an item's "
      "repeats; only Theme and the three Evidence columns differ.\n")
    a("- Texts with line breaks carry the literal `_x000D_` the export writes for a carriage return "
      "(e.g. `...ensure that:_x000D_\\n• at the point of report...`).\n")
    a("### tracker.xlsx, sheet `HMICFRS Tracker`\n")
    a("- Row 1 title, row 2 owner / last updated, row 3 blank, **row 4 header**, items from row 5 to row %d (with one "
      "empty bordered row inside), then a blank row and a RAG key.\n" % max(int(t[1].split("!")[1]) for t in truth if t[1]))
    a("- Columns: `No.` (the tracker's own running number; '33a'-'33e', '36a'-'36b' for split rows - not an HMICFRS "
      "reference) · `HMICFRS Ref` (the portal Rec ID, blank where the force never had one) · `Report` (force's "
      "short names) · `Date Pub.` (text: 'Jul-13', 'Sept 2019', '02/03/2017'...) · `Type` · `Recommendation / AFI` "
      "(verbatim, abridged or paraphrased) · `CO Lead` · `Owner` · `RAG` (text, with matching fill) · `Latest "
      "update` · `Date submitted to HMICFRS`.\n")
    a("## Status rules\n")
    a("- HMICFRS open: `Awaiting review` (includes items where the force's closure evidence is with HMICFRS), "
      "`Being progressed`. HMICFRS closed: `Complete`, `Superseded`, `No further action needed`. Evidence columns "
      "and status comments do not change the status: evidence uploaded on an open item is still open.\n")
    a("- Force done: `Green` (implemented / submitted), `Closed` (HMICFRS confirmed). Force open: `Amber`, `Red`. "
      "`White` = not the force's to deliver (only on a row that has no HMICFRS item).\n")
    a("- A force item split over several rows is done only if every row is done (CDI 2019: four Green, one Amber = open).\n")
    a("## Traps and how the truth decides them\n")
    a("1. **Join fan-out** - the same Rec ID appears on up to %d rows, not adjacent (sorted by Theme). Each item is "
      "counted once; the repeats are not items and not duplicates to report as conflicts.\n" % maxfan)
    a("2. **Blank join columns** - causes of concern and items with no theme sort to the top with empty Theme / "
      "Evidence; they are ordinary items.\n")
    a("3. **Parent Rec ID** - a second id column; it names the cause of concern, never the row's own item.\n")
    a("4. **Evidence on open items** - 10421, 8542, 11877 have evidence and status 'Awaiting review': still open at "
      "HMICFRS, force Green -> closeable_submit. 10418 / 8107 / 7021 (Being progressed, force Green) likewise.\n")
    a("5. **Similar texts, different items** - six PEEL 2018/19 recommendations share the stem 'HMIC recommends that "
      "the force should immediately:'; the legitimacy 2017 items share stop-and-search wording. Rec ID separates them.\n")
    a("6. **`_x000D_` artefacts** inside multi-line texts on the HMICFRS side; the force copies have none.\n")
    a("7. **Conflicts** (each decidable from the two rows): 902 deadline (31 August 2015 vs 2016); 10420 timescale "
      "(six vs twelve months); 7215 type (AFI vs Recommendation); 11873 report (Disproportionate use 2021 vs PEEL "
      "Legitimacy 2017, same ref and text); 11875 missing bullet (force rows cover bullets 1-2, none for scrutiny-panel "
      "access to BWV footage).\n")
    a("8. **Split force item** - CDI 2019 (10571) is five force rows 33a-33e, all pointing at the same HMICFRS row.\n")
    a("9. **Force rows with no HMICFRS item** - 11876 (Home Office/NPCC recommendation, White), the 2019 vetting "
      "recommendation (no ref, HMICFRS has closed and dropped it), NCPI learning from another force.\n")
    a("10. **Missing from force** - 10424 (PEEL 2018/19 AFI), 7022 (firearms 'total expired' records), 8543 "
      "(publish stop-and-search analysis annually): open at HMICFRS, no force row.\n")
    a("## Counts\n")
    a("HMICFRS items: %d (on %d data rows). Force item rows: %d.\n" % (len(fan), len(rows), sum(1 for t in truth if t[1])))
    a("\nBy truth line (one per force row, plus missing):\n")
    for k in ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force", "not_on_hmicfrs_list", "review"]:
        a("- %s: %d lines\n" % (k, cnt.get(k, 0)))
    a("\nBy item (HMICFRS item, or force row for not_on_hmicfrs_list):\n")
    for k in ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force", "not_on_hmicfrs_list", "review"]:
        a("- %s: %d\n" % (k, items_cnt.get(k, 0)))
    a("\n## Rows that are not items\n")
    a("### hmicfrs.xlsx `Report`\n")
    for rn, why in h_not:
        a("- Report!%d - %s\n" % (rn, why))
    a("\n### tracker.xlsx `HMICFRS Tracker`\n")
    for rn, why in f_not:
        a("- HMICFRS Tracker!%d - %s\n" % (rn, why))
    a("\n## Sources\n")
    a("Texts are real HMICFRS/HMIC recommendation, AFI and cause-of-concern texts (OGL) from the shared research data. "
      "Report titles and publication dates are real (West Mercia PEEL 2018/19 tranche two, 27 September 2019; West "
      "Mercia CDI 2019, 8 October 2019; Core Business, 4 September 2014; etc.). Several force-specific texts were "
      "originally made to other forces and are placed here against West Mercia's reports of the same programme; "
      "register ids other than 902, 2321, 4822 and 8541 are invented. 'No further action needed' is the register's "
      "own closed status seen on the old HMIC register.\n")
    return "".join(L)


if __name__ == "__main__":
    main()
