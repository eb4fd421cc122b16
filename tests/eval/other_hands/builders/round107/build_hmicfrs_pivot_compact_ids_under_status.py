#!/usr/bin/env python3
"""Build the case `hmicfrs_pivot_compact_ids_under_status` (round 107, brief B).

HMICFRS side: the force liaison lead's PivotTable over the monitoring-portal extract,
copied and pasted as values (with source formatting) into a new workbook.  Compact form:
report / type / recommendation text nested in one "Row Labels" column (told apart only by
indent and bold), the status is the column field, and the value field is "Sum of Rec ID", so
each item's register id sits under the column of its current status (and again under Grand
Total).  Report and type rows carry subtotals (sums of ids).  Pivot items are cut at 255
characters.  The Force report filter reads "(Multiple Items)" because national items carry no
force.  No publication dates.

Force side: an ordinary West Mercia tracker (RAG column, own numbering, abridged texts).

Deterministic: no randomness, fixed workbook properties.  Standard library + XlsxWriter only.
"""
import csv
import datetime as dt
import os

import xlsxwriter

CASE = "hmicfrs_pivot_compact_ids_under_status"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
PROPS = {
    "title": "",
    "author": "",
    "company": "",
    "created": dt.datetime(2021, 5, 28, 9, 14, 0),
}

# --------------------------------------------------------------------------------------
# Real texts (copied from /work/shared/data/real_recommendations.csv; OGL material)
# --------------------------------------------------------------------------------------
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

# Report titles as the portal holds them
R_SS13 = "Stop and search powers: Are the police using them effectively and fairly?"
R_EB = "Everyone's business: Improving the police response to domestic abuse"
R_CB = "Core Business: an inspection into crime prevention, police attendance and the use of police time"
R_IM = "Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing"
R_TR = "Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales"
R_EFF15 = "PEEL: Police efficiency 2015 – West Mercia Police"
R_EFT16 = "PEEL: Police effectiveness 2016 – West Mercia Police"
R_LEG17N = "PEEL: Police legitimacy 2017 – A national overview"
R_LEG17 = "PEEL: Police legitimacy 2017 – West Mercia Police"
R_P1819 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police"
R_DISP = "Disproportionate use of police powers: A spotlight on stop and search and the use of force"

NATREC, REC, AFI, COC, BLANK = ("National recommendation", "Recommendation",
                                 "Area for improvement", "Cause of concern", "(blank)")
AR, BP, CO, SU = "Awaiting review", "Being progressed", "Complete", "Superseded"
STATUS_COLS = [AR, BP, CO, SU]
HM_CLOSED = {CO, SU}

# --------------------------------------------------------------------------------------
# HMICFRS items: key, rec id, report, type, text, status
# --------------------------------------------------------------------------------------
HM = [
    ("cb1", 4861, R_CB, NATREC, T12, SU),
    ("im1", 931, R_IM, NATREC, T13, BP),
    ("ss1", 1174, R_SS13, NATREC, T27, CO),
    ("ss2", 1178, R_SS13, NATREC, T28, CO),
    ("eb1", 2358, R_EB, NATREC, T56, SU),
    ("tr1", 5530, R_TR, NATREC, T58, CO),
    ("tr2", 5531, R_TR, NATREC, T59, BP),
    ("tr3", 5532, R_TR, NATREC, T60, BP),
    ("tr4", 5533, R_TR, NATREC, T61, CO),
    ("ef1", 5902, R_EFF15, AFI, T14, CO),
    ("ef2", 5903, R_EFF15, AFI, T15, BP),
    ("ef3", 5904, R_EFF15, AFI, T16, BP),
    ("et1", 7088, R_EFT16, COC, T21, CO),
    ("et2", 7089, R_EFT16, REC, T22, CO),
    ("et3", 7090, R_EFT16, REC, T23, BP),
    ("et4", 7091, R_EFT16, REC, T24, CO),
    ("et5", 7092, R_EFT16, COC, T25, BP),
    ("et6", 7093, R_EFT16, REC, T26, BP),
    ("ln1", 8566, R_LEG17N, COC, T46, CO),
    ("ln2", 8567, R_LEG17N, NATREC, T47, BP),
    ("ln3", 8568, R_LEG17N, NATREC, T48, BP),
    ("ln4", 8569, R_LEG17N, NATREC, T49, CO),
    ("ln5", 8570, R_LEG17N, NATREC, T50, BP),
    ("lg1", 8572, R_LEG17, REC, T20, BP),
    ("p01", 9415, R_P1819, COC, T7, BP),
    ("p02", 9416, R_P1819, REC, T0, CO),
    ("p03", 9417, R_P1819, REC, T1, CO),
    ("p04", 9418, R_P1819, REC, T2, BP),
    ("p05", 9419, R_P1819, REC, T3, CO),
    ("p06", 9420, R_P1819, REC, T4, CO),
    ("p07", 9421, R_P1819, REC, T5, BP),
    ("p08", 9422, R_P1819, COC, T8, BP),
    ("p09", 9423, R_P1819, REC, T6, BP),
    ("p10", 9424, R_P1819, REC, T9, BP),
    ("p11", 9425, R_P1819, REC, T10, BP),
    ("p12", 9426, R_P1819, AFI, T18, AR),
    ("dp1", 11087, R_DISP, NATREC, T51, AR),
    ("dp2", 11088, R_DISP, NATREC, T52, AR),
    ("dp3", 11089, R_DISP, NATREC, T53, AR),
    ("dp4", 11090, R_DISP, BLANK, T54, AR),
    ("dp5", 11091, R_DISP, NATREC, T55, AR),
]

# --------------------------------------------------------------------------------------
# Force tracker rows.  (no, hm_key or None, ref, report, year, type, text, lead, rag,
#                        update, submitted, category, why)
# --------------------------------------------------------------------------------------
D = dt.date
F = [
    # 2013 stop and search
    ("1", "ss1", 1174, "Stop & Search 2013", "2013", "Nat Rec",
     "Chief Constables and the College of Policing should establish in the S&S APP a clear specification of what constitutes the effective & fair exercise of stop and search powers, and guidance - compliant with PACE Code A.",
     "Insp S&S Lead", "GREEN", "APP published by CoP; force policy aligned to APP and Code A. Evidence pack sent.", D(2016, 6, 14),
     "in_sync", "HMICFRS Complete; force GREEN (submitted 14/06/2016)."),
    ("2", "ss2", 1178, "Stop & Search 2013", "2013", "Nat Rec",
     "CC's should establish or improve monitoring of the way officers stop and search people so they can be satisfied officers are acting within the law (incl equality legislation & Code of Practice) and the power is used effectively to prevent crime, catch criminals & maintain public trust",
     "Insp S&S Lead", "AMBER", "Quarterly S&S scrutiny panel in place. BWV dip sampling still to be embedded across all LPAs.", None,
     "closeable_local", "HMICFRS Complete; force still AMBER - close locally."),
    # 2014
    ("3", "eb1", 2358, "DA - Everyone's Business", "2014", "Nat Rec",
     "By Sept 2014 every force to establish and publish a DA action plan - in consultation w/ PCC, DA support orgs & victims reps; considering all recs in the report, DHRs and IPCC findings, CPS scrutiny panels & MARAC self-assessments. Chief officer personal responsibility for implementation.",
     "ACC Crime & Vulnerability", "GREEN", "DA action plan published Sept 2014, refreshed annually via DA Board.", D(2015, 9, 30),
     "in_sync", "HMICFRS Superseded (closed); force GREEN."),
    ("4", "cb1", 4861, "Core Business", "2014", "Nat Rec",
     "Not later than 31/03/2015 forces using a threat, harm & risk policy should provide call-handlers with specific, sound and comprehensible criteria to assess threat, harm and risk",
     "Supt OCC", "Amber", "THRIVE+ refresher for OCC staff ongoing; monthly QA dip sample of call grading.", None,
     "closeable_local", "HMICFRS Superseded (closed); force Amber - close locally."),
    # 2015
    ("5", "tr1", 5530, "Targeting the Risk (Firearms Licensing)", "2015", "Nat Rec",
     "Within 3 months CC's to assess governance of firearms licensing against APP; where standards not complied with put correct arrangements & procedures in place immediately.",
     "Firearms Licensing Manager", "GREEN", "Governance reviewed against APP Dec 2015 - compliant. FLM reports to ACC.", D(2016, 2, 1),
     "in_sync", "HMICFRS Complete; force GREEN."),
    ("6", "tr2", None, "Targeting the Risk (Firearms Licensing)", "2015", "Nat Rec",
     "Within three months assess the demand placed on FLD and ensure it has capacity to meet this demand & provide an efficient and effective service at all times",
     "Firearms Licensing Manager", "GREEN", "Demand review complete, 3 x additional FEOs recruited; backlog cleared Feb 21.", D(2021, 3, 12),
     "closeable_submit", "HMICFRS Being progressed; force GREEN, submitted 12/03/2021. No ref on the force row; matched by text."),
    ("7", "tr4", 5353, "Targeting the Risk (Firearms Licensing)", "2015", "Nat Rec",
     "Within three months ensure arrangements re temporary permits are in accordance with HO guidance; temp permits properly recorded without delay on NFLMS; effective systems so certificate holders are not permitted to remain in unlawful possession of a firearm.",
     "Firearms Licensing Manager", "GREEN", "Temp permit process reviewed, all recorded on NFLMS, expiry diary in place.", D(2016, 2, 1),
     "conflict", "Reference: the force row says 5353, the register item with this text is 5533 (no 5353 on the list). Statuses agree (Complete / GREEN)."),
    ("8", None, None, "Crime Data Integrity", "", "Rec",
     "Within six months put in place arrangements to ensure that: - victims are believed at point of report; - call handler/caller conversations are summarised accurately in the incident log; - multiple crimes are always recorded; - awaiting medical exams / video interviews before crime recording decisions is stopped; - online reports are triaged at point of receipt",
     "Force Crime Registrar", "GREEN", "All elements complete - FCR audit Q4 showed 94% compliance.", D(2018, 4, 27),
     "not_on_hmicfrs_list", "No CDI item on the HMICFRS list (closed before the list's window or never against this list); query with FLL."),
    ("9", "ef1", 5902, "PEEL Efficiency 2015", "2015", "AFI",
     "The force should undertake further work to gain a fuller understanding of current demand for its services & likely future changes in demand, so it can match resources to demand",
     "Head of Change", "GREEN", "Demand profile completed; FMS process now annual.", D(2018, 5, 3),
     "in_sync", "HMICFRS Complete; force GREEN."),
    ("10", "ef2", 5903, "PEEL Efficiency 2015", "2015", "AFI",
     "Develop understanding of the links between its outcomes, outputs and costs",
     "Head of Finance", "AMBER", "Activity based costing pilot in Harm Assessment Unit. Wider roll out dependent on new ERP.", None,
     "in_sync", "Open on both: HMICFRS Being progressed; force AMBER."),
    ("11", "ef3", 5904, "PEEL Efficiency 2015", "2015", "AFI",
     "Develop a future workforce plan aligned with overall demand and budget - to include future resource allocations, skills mix required and behaviours expected",
     "Head of HR", "GREEN", "Strategic Workforce Plan 2021-24 signed off at FEB April 21.", D(2021, 4, 30),
     "closeable_submit", "HMICFRS Being progressed; force GREEN, submitted 30/04/2021."),
    # PEEL effectiveness 2016 (published March 2017)
    ("12", "et1", 7088, "PEEL Effectiveness 2016", "2016/17", "CoC",
     "The force's current approach to domestic abuse is unacceptable. Proportion of victims who fail to support the investigation and low use of arrest & prosecution is a cause of concern.",
     "ACC Crime & Vulnerability", "GREEN", "CoC discharged - see recs 13-15. DA arrest rate up from 29% to 47%.", D(2018, 11, 9),
     "in_sync", "HMICFRS Complete; force GREEN."),
    ("13", "et2", 7089, "PEEL Effectiveness 2016", "2016/17", "Rec",
     "Immediately consider ways of increasing use of arrest, ancillary orders (DVPN/DVPO) and other available powers",
     "Supt Public Protection", "GREEN", "DA arrest policy relaunched; DVPO use monitored weekly at PP tasking.", D(2018, 11, 9),
     "in_sync", "HMICFRS Complete; force GREEN."),
    ("14", "et3", 7090, "PEEL Effectiveness 2016", "2016/17", "Rec",
     "Immediately take steps to understand & address why such a high proportion of DA victims do not support the police investigation",
     "Supt Public Protection", "AMBER", "Victim attrition research with university partner - report due Sept 21.", None,
     "in_sync", "Open on both: HMICFRS Being progressed; force AMBER."),
    ("15", "et4", 7091, "PEEL Effectiveness 2016", "2016/17", "Rec",
     "Practice of conducting DA risk assessments over the telephone and dealing with DA in the resolution centre should cease",
     "Supt OCC", "RED", "DASH by phone now by exception only - audit outstanding, past original deadline.", None,
     "closeable_local", "HMICFRS Complete; force RED (open) - close locally."),
    ("16", "et5", 7092, "PEEL Effectiveness 2016", "2016/17", "AFI",
     "Response to missing & absent children - risk assessment inappropriate in some cases; children classed 'absent' when should be 'missing'; CSE information not influencing risk grading. (Enduring from Vulnerability 2015)",
     "Supt Public Protection", "AMBER", "Absent category removed from Nov 2018. Missing persons coordinators in each LPA.", None,
     "conflict", "Type: HMICFRS has 7092 as a Cause of concern, the force records it as an AFI. Both open."),
    ("17a", "et6", 7093, "PEEL Effectiveness 2016", "2016/17", "Rec",
     "Missing children - call takers understand and use the missing and absent category appropriately",
     "Supt OCC", "GREEN", "Absent category withdrawn; OCC training delivered.", None,
     "conflict", "Bullet missing: the force split 7093 into No. 17a/17b (bullets 1 and 3); bullet 2 (call takers and frontline staff knowledge of CSE risk factors) has no force row. Its start is visible in the 255-char HMICFRS text."),
    ("17b", "et6", 7093, "PEEL Effectiveness 2016", "2016/17", "Rec",
     "Missing children - supervisors provide the correct oversight of missing person enquiries & direct appropriate and timely investigative and safeguarding action",
     "Supt Public Protection", "AMBER", "Sgt review at 1hr/4hr built into COMPACT workflow. Dip sampling monthly.", None,
     "conflict", "Same item 7093 (third bullet; not visible in the truncated HMICFRS text). Item is a conflict because bullet 2 has no force row."),
    # 2017 legitimacy (national)
    ("18", "ln1", 8566, "PEEL Legitimacy 2017 (national)", "2017", "CoC",
     "CoC - forces not able to demonstrate use of S&S powers is consistently reasonable and fair; over-representation of BAME people (black people in particular) in S&S data that forces can't explain",
     "ACC Local Policing", "GREEN", "See 19-22. Disproportionality explained in annual S&S report.", D(2019, 9, 20),
     "in_sync", "HMICFRS Complete; force GREEN."),
    ("19a", "ln2", 8567, "PEEL Legitimacy 2017 (national)", "2017", "Nat Rec",
     "By July 2018 regularly & frequently monitor S&S data to understand the reasons for any disproportionate representation of different ethnic groups",
     "Insp S&S Lead", "GREEN", "Monthly S&S dashboard (Qlik) incl. disproportionality ratios.", D(2021, 3, 19),
     "closeable_submit", "HMICFRS 8567 Being progressed; force split into No. 19a-19c, all GREEN, submitted 19/03/2021."),
    ("19b", "ln2", None, "PEEL Legitimacy 2017 (national)", "2017", "Nat Rec",
     "... the extent to which find rates differ between ethnicities and across types of search (incl. drug possession v supply)",
     "Insp S&S Lead", "GREEN", "Find rates by ethnicity and search type added to dashboard.", D(2021, 3, 19),
     "closeable_submit", "Second part of 8567 (bullet not visible in the 255-char HMICFRS text); item closeable_submit."),
    ("19c", "ln2", None, "PEEL Legitimacy 2017 (national)", "2017", "Nat Rec",
     "... prevalence of possession-only drug searches & extent these align with local / force priorities",
     "Insp S&S Lead", "GREEN", "Possession-only searches reported quarterly to S&S scrutiny panel.", D(2021, 3, 19),
     "closeable_submit", "Third part of 8567; item closeable_submit."),
    ("20", "ln3", 8568, "PEEL Legitimacy 2017 (national)", "2017", "Nat Rec",
     "Where disparities are identified through monitoring, demonstrate to the public that research/analysis carried out to understand reasons, and action taken to reduce the disparity where necessary",
     "Insp S&S Lead", "AMBER", "Analysis done; public facing narrative to go on website with annual report.", None,
     "in_sync", "Open on both: HMICFRS Being progressed; force AMBER."),
    ("21", "ln4", 8569, "PEEL Legitimacy 2017 (national)", "2017", "Nat Rec",
     "Publish this analysis and any actions taken at least annually, from July 2018",
     "Insp S&S Lead", "GREEN", "Annual S&S report published on force website (2018, 2019, 2020).", D(2019, 9, 20),
     "in_sync", "HMICFRS Complete; force GREEN."),
    ("22", "ln5", 8570, "PEEL Legitimacy 2017 (national)", "2017", "Nat Rec",
     "By July 2019, and ongoing, ensure all officers who use S&S powers have been provided with, and understand, training on unconscious bias and CoP APP on stop and search",
     "Head of L&D", "AMBER", "Unconscious bias input in S&S refresher - 78% of frontline completed.", None,
     "conflict", "Deadline: HMICFRS text 'By July 2018', force row 'By July 2019'. Both open."),
    # 2017 legitimacy (force)
    ("23", "lg1", 8572, "PEEL Legitimacy 2017", "2017", "Rec",
     "Ensure all staff have at least the lowest level of vetting clearance for their roles asap - clear vetting backlog and new renewals when due so force complies fully with national vetting guidelines (APP)",
     "Head of PSD", "GREEN", "Backlog cleared Dec 2020. Renewals diary on Core-Vet. Evidence with FLL.", D(2021, 1, 15),
     "closeable_submit", "HMICFRS Being progressed; force GREEN, submitted 15/01/2021."),
    ("24", None, None, "PEEL Legitimacy 2017", "2017", "CoC",
     "Vetting - the size of the vetting backlog is a cause of concern",
     "Head of PSD", "GREEN", "Discharged with rec 23.", D(2021, 1, 15),
     "not_on_hmicfrs_list", "The force tracks a vetting cause of concern; the HMICFRS list has only the vetting recommendation 8572 (matched to No. 23). Query with FLL."),
    ("25", "p11", None, "PEEL Effectiveness 2017", "2017", "Rec",
     "Within 6 months improve understanding of suspects released under investigation (RUI) & management of those released on bail",
     "Ch Supt Crime", "AMBER", "RUI/bail tracker built, weekly review by CJ Hub. Awaiting PACE changes.", None,
     "conflict", "Report: filed under 'PEEL Effectiveness 2017'; HMICFRS has this text (9425) under PEEL 2018/19. Both open."),
    # PEEL 2018/19
    ("26", "p01", 9415, "PEEL 2018/19", "2018/19", "CoC",
     "CoC 1 - force does not have suitable arrangements to maintain full range of public services when alliance with Warwickshire ends; gaps in workforce skills assessment; weaknesses in investigative approach & safeguarding vulnerable people",
     "DCC", "AMBER", "Revisit by HMICFRS expected summer 21.", None,
     "in_sync", "Open on both: HMICFRS Being progressed; force AMBER."),
    ("27", "p02", 9416, "PEEL 2018/19", "2018/19", "Rec",
     "1.1 Immediately conduct a review of officers' capabilities and capacity to manage their investigative workload, to better understand investigative demand and pressures",
     "Ch Supt Crime", "GREEN", "Investigative demand review complete (Op Delve).", D(2020, 2, 28),
     "in_sync", "HMICFRS Complete; force GREEN."),
    ("28", "p03", 9417, "PEEL 2018/19", "2018/19", "Rec",
     "1.2 Immediately conduct a review, involving partners, of the approach to vulnerability to better safeguard vulnerable people",
     "Supt Public Protection", "AMBER", "Partnership vulnerability review done; actions being embedded via safeguarding boards.", None,
     "closeable_local", "HMICFRS Complete; force AMBER - close locally."),
    ("29", "p04", 9418, "PEEL 2018/19", "2018/19", "Rec",
     "1.3 Expand skills project to include assessment of ALL skills (not only operational) incl potential future skills requirements - to inform workforce plans",
     "Head of HR", "GREEN", "Skills audit all staff/officers complete; feeds Strategic Workforce Plan.", D(2021, 4, 30),
     "closeable_submit", "HMICFRS Being progressed; force GREEN, submitted 30/04/2021."),
    ("30", "p05", 9419, "PEEL 2018/19", "2018/19", "Rec",
     "1.4 Agree arrangements with Warwickshire Police to secure smooth transition to future operating model, ensuring no disruption to public services",
     "DCC", "Green ", "Collaboration agreements in place from 1/4/2019 (s22A).", D(2019, 10, 1),
     "in_sync", "HMICFRS Complete; force 'Green ' (GREEN with trailing space)."),
    ("31", "p06", 9420, "PEEL 2018/19", "2018/19", "Rec",
     "1.5 Clearly define new operating model - all operational & support services affordable and fit to protect the communities of West Mercia",
     "Head of Change", "GREEN", "Operating model agreed at Exec Board, implemented Oct 19.", D(2020, 2, 28),
     "in_sync", "HMICFRS Complete; force GREEN."),
    ("32", "p08", 9422, "PEEL 2018/19", "2018/19", "CoC",
     "CoC 2 - force does not have capacity or capability to investigate crime effectively, affecting service to the public. Failings in the way crimes are investigated.",
     "ACC Crime & Vulnerability", "AMBER", "Investigation Improvement Plan - 14 of 22 actions complete.", None,
     "in_sync", "Open on both: HMICFRS Being progressed; force AMBER."),
    ("33", "p09", 9423, "PEEL 2018/19", "2018/19", "Rec",
     "2.1 Within six months ensure regular & active supervision of quality and progress of investigations. Supervision to be properly recorded",
     "Ch Supt Crime", "AMBER", "Supervisory review template on Athena; compliance 71%.", None,
     "in_sync", "Open on both: HMICFRS Being progressed; force AMBER."),
    ("34", "p10", 9424, "PEEL 2018/19", "2018/19", "Rec",
     "2.2 Within 6 months improve ability to retrieve digital evidence from mobile phones, computers and other devices quickly enough so investigations aren't delayed",
     "Head of Digital Forensics", "GREEN", "Kiosks at all hubs; backlog < 4 weeks since Jan 21.", D(2021, 3, 12),
     "closeable_submit", "HMICFRS Being progressed; force GREEN, submitted 12/03/2021."),
    ("35", "p12", "TBC", "PEEL 2018/19", "2018/19", "AFI",
     "AFI - improve use of crime recording & management system to better manage case files and investigative processes",
     "Ch Supt Crime", "AMBER", "Athena case file quality group meets monthly.", None,
     "in_sync", "Open on both: HMICFRS Awaiting review; force AMBER."),
    # 2021 disproportionality spotlight
    ("36", "dp1", 11087, "Disproportionate use of police powers (spotlight)", "2021", "Nat Rec",
     "By July 2022, ensure officers and staff have effective communication skills in line with National Policing Guidelines on Conflict Management (in addition to existing conflict mgmt / de-escalation training)",
     "Head of L&D", "AMBER", "Scoping with L&D - PST day 2022 content.", None,
     "in_sync", "Open on both: HMICFRS Awaiting review; force AMBER."),
    ("37", "dp2", 11088, "Disproportionate use of police powers (spotlight)", "2021", "Nat Rec",
     "By July 2021 communication skills reinforced through CPD for officers & staff; supervisors supported to routinely debrief officers on these skills using BWV footage",
     "Head of L&D", "AMBER", "CPD module drafted. Supervisor BWV debrief guide with Corp Comms.", None,
     "in_sync", "Open on both: HMICFRS Awaiting review; force AMBER."),
    ("38a", "dp3", 11089, "Disproportionate use of police powers (spotlight)", "2021", "Nat Rec",
     "By Sept 2021 - officers record on BWV (when available) the entirety of all S&S encounters, incl traffic stops and use of force incidents",
     "Insp S&S Lead", "AMBER", "BWV policy updated; compliance 83% (target 95%).", None,
     "in_sync", "HMICFRS 11089 Awaiting review; force split into No. 38a-38c; 38a and 38c AMBER so the item is open on both."),
    ("38b", "dp3", None, "Disproportionate use of police powers (spotlight)", "2021", "Nat Rec",
     "By Sept 2021 - structured process to regularly review internally a sample of BWV footage to identify & disseminate learning and hold officers to account",
     "Insp S&S Lead", "GREEN", "Monthly BWV review by LPA Inspectors - process live.", None,
     "in_sync", "Second part of 11089 (this part done, others open); item open on both."),
    ("38c", "dp3", None, "Disproportionate use of police powers (spotlight)", "2021", "Nat Rec",
     "By Sept 2021 - give external scrutiny panel members access to samples of BWV footage (S&S and UoF) taking account of CoP APP safeguards",
     "Insp S&S Lead", "AMBER", "ISA with OPCC scrutiny panel being drafted.", None,
     "in_sync", "Third part of 11089 (not visible in the truncated HMICFRS text); item open on both."),
    ("39", "dp4", 11090, "Disproportionate use of police powers (spotlight)", "2021", "Nat Rec",
     "Home Office & NPCC to ensure quality of data on incidents where force used to effect a S&S is sufficient for publication; HO to publish asap",
     "Insp S&S Lead", "WHITE", "Not for force - HO / NPCC rec. Force will supply data via ADR.", None,
     "closeable_submit", "HMICFRS Awaiting review (type blank); force WHITE = not the force's to deliver (done side). Ask HMICFRS to close/remove."),
    ("40", None, None, "NCPI - child protection", "", "Rec",
     "Within six months the force should, with children's social care, review how it manages the detention of children - detain only when absolutely necessary & for minimum time; early assessment of need for alternative accommodation; detention certificates completed; record all actions/decisions; timeliness of appropriate adult support",
     "Supt Custody", "AMBER", "Concordat on children in custody signed; PACE beds with 2 of 4 LAs.", None,
     "not_on_hmicfrs_list", "No NCPI item on the HMICFRS list; force still tracks it as open. Query with FLL."),
]

# HMICFRS items with no force row
MISSING = {
    "im1": "Integrity matters 931 (Being progressed): no force row.",
    "tr3": "Targeting the risk 5532 'total expired' records (Being progressed): no force row.",
    "p07": "PEEL 2018/19 9421 consult the public on business planning (Being progressed): no force row (force numbering jumps 1.5 to CoC 2).",
    "dp5": "Spotlight 2021 11091 internal monitoring of use of force (Awaiting review): no force row.",
}

FORCE_DONE = {"GREEN", "WHITE"}
FORCE_OPEN = {"AMBER", "RED"}


def pivot_label(text):
    """Excel PivotTable row items are cut at 255 characters."""
    return text[:255]


def sort_key(s):
    return s.casefold()


def build_hmicfrs(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties(PROPS)
    ws = wb.add_worksheet("Sheet1")
    f_title = wb.add_format({"bold": True, "font_size": 12})
    f_note = wb.add_format({"italic": True, "font_color": "#595959"})
    f_filt = wb.add_format({"bold": True})
    f_hdr = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "bottom": 1, "bottom_color": "#9BC2E6"})
    f_rep = wb.add_format({"bold": True, "bg_color": "#DDEBF7"})
    f_rep_n = wb.add_format({"bold": True, "bg_color": "#DDEBF7"})
    f_typ = wb.add_format({"bold": True, "indent": 1})
    f_typ_n = wb.add_format({"bold": True})
    f_itm = wb.add_format({"indent": 2})
    f_tot = wb.add_format({"bold": True, "top": 1, "top_color": "#9BC2E6", "bg_color": "#DDEBF7"})
    ws.set_column(0, 0, 110)
    ws.set_column(1, 5, 16)

    ws.write(0, 0, "West Mercia Police - HMICFRS definitive list as at 28/05/2021 (open recommendations, AFIs and causes of concern, plus those closed since 01/04/2019)", f_title)
    ws.write(1, 0, "From the monitoring portal pivot, pasted as values so the portal data isn't attached. Rec ID is shown under its current status. Please check against your tracker and send queries to your FLL by 11/06/2021.", f_note)
    ws.write(3, 0, "Force", f_filt)
    ws.write(3, 1, "(Multiple Items)")
    ws.write(4, 0, "On definitive list", f_filt)
    ws.write(4, 1, "Yes")
    ws.write(6, 0, "Sum of Rec ID", f_hdr)
    ws.write(6, 1, "Column Labels", f_hdr)
    for c in range(2, 6):
        ws.write_blank(6, c, None, f_hdr)
    ws.write(7, 0, "Row Labels", f_hdr)
    for c, s in enumerate(STATUS_COLS + ["Grand Total"], start=1):
        ws.write(7, c, s, f_hdr)

    type_order = [AFI, COC, NATREC, REC]  # A-Z; "(blank)" always last in a pivot
    rows_info = {}  # excel row -> description (non-items) ; items -> key
    item_row = {}
    r = 8
    nonitems = {
        1: "FLL's title line (list name, 'as at' date and scope)",
        2: "FLL's note on how the list was made and where to send queries",
        3: "blank",
        4: "pivot report filter 'Force' = (Multiple Items): West Mercia Police plus (blank) for national items",
        5: "pivot report filter 'On definitive list' = Yes",
        6: "blank",
        7: "pivot value caption 'Sum of Rec ID' / 'Column Labels'",
        8: "pivot column header row: Row Labels, the four status columns, Grand Total",
    }

    def sums(items):
        out = []
        for s in STATUS_COLS:
            v = [it[1] for it in items if it[5] == s]
            out.append(sum(v) if v else None)
        out.append(sum(it[1] for it in items))
        return out

    reports = sorted({it[2] for it in HM}, key=sort_key)
    for rep in reports:
        rep_items = [it for it in HM if it[2] == rep]
        ws.write(r, 0, rep, f_rep)
        for c, v in enumerate(sums(rep_items), start=1):
            if v is None:
                ws.write_blank(r, c, None, f_rep_n)
            else:
                ws.write_number(r, c, v, f_rep_n)
        nonitems[r + 1] = f"pivot report-level row with subtotals (sums of Rec IDs, not an id unless the report has one item): {rep}"
        r += 1
        types = [t for t in type_order if any(it[3] == t for it in rep_items)]
        if any(it[3] == BLANK for it in rep_items):
            types.append(BLANK)
        for ty in types:
            ty_items = [it for it in rep_items if it[3] == ty]
            ws.write(r, 0, ty, f_typ)
            for c, v in enumerate(sums(ty_items), start=1):
                if v is not None:
                    ws.write_number(r, c, v, f_typ_n)
            nonitems[r + 1] = f"pivot type-level row '{ty}' under '{rep[:40]}...' with subtotals"
            r += 1
            for it in sorted(ty_items, key=lambda x: sort_key(pivot_label(x[4]))):
                ws.write_string(r, 0, pivot_label(it[4]), f_itm)
                col = 1 + STATUS_COLS.index(it[5])
                ws.write_number(r, col, it[1])
                ws.write_number(r, 5, it[1])
                item_row[it[0]] = r + 1
                r += 1
    ws.write(r, 0, "Grand Total", f_tot)
    for c, v in enumerate(sums(HM), start=1):
        ws.write_number(r, c, v, f_tot)
    nonitems[r + 1] = "pivot Grand Total row"
    ws.freeze_panes(8, 1)
    wb.close()
    return item_row, nonitems


HEAD = ["No.", "HMICFRS Ref", "Report", "Year", "Type", "Recommendation / AFI",
        "Lead", "RAG", "Latest update", "Submitted for closure"]


def build_force(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties(PROPS)
    ws = wb.add_worksheet("HMICFRS Tracker")
    key = wb.add_worksheet("Key")
    f_t = wb.add_format({"bold": True, "font_size": 14})
    f_s = wb.add_format({"italic": True})
    f_h = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "text_wrap": True, "valign": "top", "border": 1})
    f_c = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    f_d = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    rag_fmt = {
        "GREEN": wb.add_format({"bg_color": "#00B050", "valign": "top", "border": 1}),
        "AMBER": wb.add_format({"bg_color": "#FFC000", "valign": "top", "border": 1}),
        "RED": wb.add_format({"bg_color": "#FF0000", "font_color": "#FFFFFF", "valign": "top", "border": 1}),
        "WHITE": wb.add_format({"bg_color": "#FFFFFF", "valign": "top", "border": 1}),
    }
    widths = [6, 11, 26, 8, 8, 70, 22, 9, 50, 13]
    for i, w in enumerate(widths):
        ws.set_column(i, i, w)
    ws.write(0, 0, "West Mercia Police - HMICFRS Recommendations, AFIs and Causes of Concern", f_t)
    ws.write(1, 0, "Strategic Planning & Performance. Last updated 21/05/2021 - for Joint Audit Committee 15/06/2021. RAG key on 'Key' tab.", f_s)
    for c, h in enumerate(HEAD):
        ws.write(3, c, h, f_h)
    force_row = {}
    r = 4
    for row in F:
        no, hk, ref, rep, yr, ty, text, lead, rag, upd, sub, cat, why = row
        ws.write_string(r, 0, no, f_c)
        if ref is None:
            ws.write_blank(r, 1, None, f_c)
        elif isinstance(ref, int):
            ws.write_number(r, 1, ref, f_c)
        else:
            ws.write_string(r, 1, ref, f_c)
        ws.write_string(r, 2, rep, f_c)
        if yr:
            ws.write_string(r, 3, yr, f_c)
        else:
            ws.write_blank(r, 3, None, f_c)
        ws.write_string(r, 4, ty, f_c)
        ws.write_string(r, 5, text, f_c)
        ws.write_string(r, 6, lead, f_c)
        ws.write_string(r, 7, rag, rag_fmt[rag.strip().upper()])
        ws.write_string(r, 8, upd, f_c)
        if sub is None:
            ws.write_blank(r, 9, None, f_c)
        else:
            ws.write_datetime(r, 9, dt.datetime(sub.year, sub.month, sub.day), f_d)
        force_row[no] = r + 1
        r += 1
    ws.freeze_panes(4, 0)
    ws.autofilter(3, 0, r - 1, len(HEAD) - 1)
    nonitems = {1: "tracker title", 2: "subtitle (owner, last updated, committee date)", 3: "blank", 4: "header row"}

    key.set_column(0, 0, 10)
    key.set_column(1, 1, 90)
    key_rows = [
        ("RAG", "Meaning"),
        ("GREEN", "Recommendation implemented - evidence submitted / ready to submit to HMICFRS for closure"),
        ("AMBER", "Work ongoing and on track to be implemented"),
        ("RED", "Beyond deadline or cannot be implemented - rationale required"),
        ("WHITE", "Not West Mercia's responsibility to deliver / dependent on another organisation"),
    ]
    for i, (a, b) in enumerate(key_rows):
        key.write(i, 0, a, f_h if i == 0 else rag_fmt[a])
        key.write(i, 1, b, f_h if i == 0 else f_c)
    wb.close()
    return force_row, nonitems, key_rows


README_HEAD = """# hmicfrs_pivot_compact_ids_under_status

## The story

West Mercia Police's strategic planning analyst is preparing for the Joint Audit Committee of
15 June 2021. The HMICFRS force liaison lead (FLL) sends the "definitive list" as at 28 May 2021.
The FLL built it as a PivotTable over the monitoring-portal extract and, so as not to send the
whole portal data with it (a pivot carries its cache), copied the pivot and pasted it as values
with source formatting into a new workbook. What arrives is the pivot's picture, not a table:

- compact form: report title, type and recommendation text are nested in ONE column
  ("Row Labels"), told apart only by bold / indent (openpyxl `alignment.indent` 0 / 1 / 2;
  pandas loses this);
- the status is the pivot's column field, and the value field is the default **"Sum of Rec ID"**,
  so an item's register id appears under the column of its current status and again under
  "Grand Total"; there is no id column and no status column;
- report rows and type rows carry subtotals that are sums of ids. Where a group holds one item
  the subtotal equals that item's id (Core Business, Everyone's business, Integrity matters,
  PEEL legitimacy 2017 West Mercia: three rows show the same number). Elsewhere the sums can
  look like ids (Targeting the risk: 11063, next to the 2021 ids 11087-11091);
- pivot items are cut at 255 characters, so long texts lose their ends (and bullets);
- rows are sorted A-Z inside each group, so the sub-clauses of a report are out of order and
  "(blank)" (an item with no type in the portal) comes last;
- the "Force" report filter reads "(Multiple Items)" because national items carry no force in
  the portal, so the FLL ticked West Mercia Police and "(blank)";
- there are no publication dates, no owners and no closure reasons.

The force side is an ordinary tracker: title rows, header on row 4, its own running "No."
(1, 2 ... with 17a/17b, 19a-19c, 38a-38c where it split an item), an "HMICFRS Ref" column that
is often filled (ids as numbers), sometimes blank, once "TBC" and once wrong, short report names,
abridged texts in the force's own words, a RAG column and a "Submitted for closure" date.

## Files

### hmicfrs.xlsx, sheet `Sheet1`
- Row 1 FLL's title, row 2 FLL's note, rows 4-5 pivot report filters, row 7 value caption
  ("Sum of Rec ID" / "Column Labels"), **row 8 header**: `Row Labels` | `Awaiting review` |
  `Being progressed` | `Complete` | `Superseded` | `Grand Total`.
- From row 9: report rows (bold, shaded, indent 0), type rows (bold, indent 1: `Area for
  improvement`, `Cause of concern`, `National recommendation`, `Recommendation`, `(blank)`),
  item rows (indent 2: the text, cut at 255 characters; the Rec ID under one status column and
  under Grand Total). The last row is `Grand Total`.
- **Items are the indent-2 rows only**: {n_hm} items. Reference = the number in the filled status
  column (same as Grand Total). Status = the header of that column. Report = the nearest report
  row above; type = the nearest type row above.

### tracker.xlsx, sheet `HMICFRS Tracker` (and `Key`)
- Row 1 title, row 2 subtitle, row 3 blank, **row 4 header**: `No.` | `HMICFRS Ref` | `Report` |
  `Year` | `Type` | `Recommendation / AFI` | `Lead` | `RAG` | `Latest update` |
  `Submitted for closure`. Items: rows 5-{last_f} ({n_f} rows, every one an item). Autofilter on
  the header.
- Sheet `Key`: the RAG legend (rows 1-{n_key}), no items.

## Status rules

- HMICFRS (the column the id sits in): `Awaiting review`, `Being progressed` = **open**
  (the register's own `awaiting-review` / `being-progressed`); `Complete`, `Superseded` =
  **closed**.
- Force (`RAG`, case and trailing spaces ignored): `GREEN` = **done** (implemented; most have a
  submitted-for-closure date); `WHITE` = **done** side, "not West Mercia's responsibility to
  deliver" (City of London's WHITE); `AMBER`, `RED` = **open**.
- A force item split over several rows is done only if every row is done (19a-19c all GREEN:
  done; 38a-38c has AMBER rows: open).

## Traps and how the truth decides them

1. **Id only under the status column.** Read the id from whichever status column is filled; that
   column's header is the status. Grand Total repeats the id and is not a second status.
2. **Subtotal rows look like items**: report and type rows have numbers in the status columns.
   They are not items (listed below). Three rows in a row can carry the same number where a
   report has one item. Sums such as 11063 or 5902 look like ids.
3. **Compact form**: report, type and text all in column A; only indent/bold and wording tell them
   apart. The `(blank)` type row (Sheet1!18) is a type level, not an item; its item is row 19.
4. **255-character cut**: long texts (Everyone's business, the missing-children cause of concern,
   the legitimacy monitoring recommendation 8567, the body-worn video recommendation 11089,
   firearms governance and permits, stop and search 2013, vetting) end mid-word. A force text
   that goes on beyond the cut is not a difference. For 7093 the cut leaves only the start of
   bullet 2 ("• call takers and frontline sta") and hides bullet 3: the force has rows for bullets
   1 and 3 and none for bullet 2, so 7093 is a **conflict** (missing bullet), and the bullet-3 row
   (No. 17b) still belongs to 7093.
5. **Force splits**: 8567 -> No. 19a/19b/19c (ref only on 19a; 19b and 19c start "..."), all
   GREEN -> closeable_submit on each line. 11089 -> No. 38a/38b/38c, mixed GREEN/AMBER -> open
   -> in_sync on each line. 7093 -> 17a/17b (see 4).
6. **Conflicts**, each decidable from the two rows:
   - reference: No. 7 says 5353; its text is 5533 (Complete/GREEN) and there is no 5353;
   - type: 7092 is a Cause of concern on the list, an AFI on the tracker (No. 16);
   - deadline: 8570 "By July 2018", No. 22 "By July 2019";
   - report: 9425 (RUI/bail) is PEEL 2018/19 on the list, filed under "PEEL Effectiveness 2017"
     on the tracker (No. 25);
   - missing bullet: 7093 (see 4).
7. **Home Office / NPCC recommendation 11090** has type `(blank)` on the list and WHITE on the
   tracker: force done side, HMICFRS open -> closeable_submit (ask HMICFRS to close or remove it).
8. **Vetting**: the tracker has both the vetting recommendation (No. 23 -> 8572) and a vetting
   cause of concern (No. 24). The list has only 8572, so No. 24 is **not_on_hmicfrs_list**, not a
   second row of 8572.
9. Force report names are short forms ("PEEL 2018/19", "Targeting the Risk (Firearms
   Licensing)", "Stop & Search 2013", "DA - Everyone's Business", "PEEL Legitimacy 2017
   (national)"); the force's "No." is not an HMICFRS reference; "TBC" in HMICFRS Ref means none.
10. Force RAG "Amber" and "Green " (case, trailing space) are AMBER and GREEN.

## Counts

HMICFRS items: {n_hm}. Force item rows: {n_f}. Truth lines: {n_lines}.

| category | items (HMICFRS items; force rows for not_on_hmicfrs_list) | truth lines |
|---|---|---|
{count_table}

## Texts

All texts are real HMICFRS texts copied from `/work/shared/data/real_recommendations.csv`.
National texts are attached to their real reports. West Mercia's own items are the real
PEEL 2018/19 West Mercia texts; to reach a realistic size, the PEEL efficiency 2015 AFIs
(Northamptonshire's), the PEEL effectiveness 2016 causes of concern and recommendations
(Hampshire's domestic abuse, West Midlands' missing children), the vetting recommendation
(West Midlands') and the crime-recording AFI (City of London's) stand in for West Mercia's own
items of the same inspection programmes. Register ids are invented in the register's format
(plain integers). The force's crime data integrity and NCPI rows are the force's own wording
of the Devon and Cornwall and Bedfordshire texts.

## Rows that are not items

### hmicfrs.xlsx, Sheet1
{hm_nonitems}

### tracker.xlsx, HMICFRS Tracker
{f_nonitems}

### tracker.xlsx, Key
{key_nonitems}
"""


def write_readme(item_row, hm_nonitems, force_row, f_nonitems, key_rows, lines):
    cats = ["in_sync", "closeable_submit", "closeable_local", "conflict",
            "missing_from_force", "not_on_hmicfrs_list", "review"]
    items = {}
    for h, f, c, _ in lines:
        key = h if h else f
        items.setdefault(c, set()).add(key)
    n_lines = {c: sum(1 for l in lines if l[2] == c) for c in cats}
    table = "\n".join(f"| {c} | {len(items.get(c, ()))} | {n_lines[c]} |" for c in cats)
    table += f"\n| total | {sum(len(v) for v in items.values())} | {len(lines)} |"
    text = README_HEAD.format(
        n_hm=len(item_row), n_f=len(force_row), last_f=max(force_row.values()),
        n_key=len(key_rows), n_lines=len(lines), count_table=table,
        hm_nonitems="\n".join(f"- Sheet1!{k}: {v}" for k, v in sorted(hm_nonitems.items())),
        f_nonitems="\n".join(f"- HMICFRS Tracker!{k}: {v}" for k, v in sorted(f_nonitems.items())),
        key_nonitems="\n".join(f"- Key!{i + 1}: RAG legend {'header' if i == 0 else 'entry ' + a}"
                                for i, (a, _) in enumerate(key_rows)),
    )
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main():
    os.makedirs(OUT, exist_ok=True)
    item_row, hm_nonitems = build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    force_row, f_nonitems, key_rows = build_force(os.path.join(OUT, "tracker.xlsx"))

    hm_by_key = {it[0]: it for it in HM}
    lines = []
    seen = set()
    for row in F:
        no, hk, cat, why = row[0], row[1], row[11], row[12]
        hrow = f"Sheet1!{item_row[hk]}" if hk else ""
        lines.append((hrow, f"HMICFRS Tracker!{force_row[no]}", cat, why))
        if hk:
            seen.add(hk)
    for k, why in MISSING.items():
        assert k not in seen
        lines.append((f"Sheet1!{item_row[k]}", "", "missing_from_force", why))
        seen.add(k)
    assert seen == set(hm_by_key), set(hm_by_key) - seen
    lines.sort(key=lambda x: (int(x[0].split("!")[1]) if x[0] else 10**6,
                              int(x[1].split("!")[1]) if x[1] else 0))
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)

    # non-item listings for the README (written to the case folder for reference)
    write_readme(item_row, hm_nonitems, force_row, f_nonitems, key_rows, lines)
    if os.environ.get("SHOW_NONITEMS"):
        print("hmicfrs.xlsx Sheet1")
        for k in sorted(hm_nonitems):
            print(f"  {k}: {hm_nonitems[k]}")
        print("tracker.xlsx HMICFRS Tracker")
        for k in sorted(f_nonitems):
            print(f"  {k}: {f_nonitems[k]}")


if __name__ == "__main__":
    main()
