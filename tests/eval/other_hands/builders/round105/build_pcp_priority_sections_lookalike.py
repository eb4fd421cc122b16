#!/usr/bin/env python3
"""Build the evaluation case `pcp_priority_sections_lookalike` (round 105, brief A).

West Mercia Police's Organisational Learning & Assurance team re-cut its HMICFRS tracker under
the four priorities of the PCC's Safer West Mercia Plan, plus a section of national items "held
for info".  The HMICFRS side is a plain definitive-list export (one sheet, title rows, header on
row 5).

Deterministic: no randomness is used; workbook properties and zip timestamps are fixed.
Only the standard library and XlsxWriter are used.
"""
import csv
import datetime as dt
import os

import xlsxwriter

CASE = "pcp_priority_sections_lookalike"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FIXED = dt.datetime(2024, 5, 3, 9, 15, 0)
D = dt.datetime

# --------------------------------------------------------------------------------------------
# Real public texts (HMICFRS wording, copied verbatim)
# --------------------------------------------------------------------------------------------
T = {
    "wm_coc_alliance": "The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.",
    "wm_coc_invest": "The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.",
    "wm_workload": "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and",
    "wm_vuln": "HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.",
    "wm_skills": "HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;",
    "wm_warks": "HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and",
    "wm_tom": "HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;",
    "wm_consult": "HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.",
    "wm_supervision": "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;",
    "wm_digital": "HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;",
    "wm_rui": "HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;",
    "afi_crime_system": "The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.",
    "eff15_demand": "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public",
    "eff15_costs": "The force should develop its understanding of the links between its outcomes, outputs and costs",
    "eff15_workforce": "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.",
    "da_coc": "The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.",
    "da_arrest": "In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.",
    "da_support": "To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.",
    "da_phone": "In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease",
    "mc_coc": "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.",
    "mc_rec": "To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action",
    "cdi": "Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.",
    "vetting": "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.",
    "ss13_app": "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.",
    "ss13_monitor": "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.",
    "eb_da": "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n  • in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n  • after close consideration of all the recommendations in this report;\n  • with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n  • drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.The action plan should be established on the basis of best practice, based on revised relevant guidance from the College of Policing. To ensure consistency, the College and the national policing lead on domestic abuse have agreed to provide advice on the areas that each plan should cover by the end of April 2014.\n\nChief officers in each police force should oversee and ensure full implementation of these action plans. This should be a personal responsibility in each case. Police and crime commissioners should hold forces to account in this respect. HMIC will inspect forces' progress on domestic abuse as part of its new annual all-force inspection programme. Police and crime commissioners and chief constables should be called upon to report publicly on progress, as well as to the national oversight and monitoring group.",
    "core_thr": "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.",
    "integrity_nfa": "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.",
    "fa_gov": "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.",
    "fa_demand": "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.",
    "fa_expired": "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.",
    "fa_permits": "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
    "leg17_coc": "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.",
    "leg17_monitor": "By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.",
    "leg17_disparity": "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;",
    "leg17_publish": "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.",
    "leg17_training": "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.",
    "dup_comms": "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.",
    "dup_cpd": "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.",
    "dup_bwv": "By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.",
    "dup_ho_data": "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.",
    "dup_uof": "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.",
    "beds_ncpi": "Within six months Bedfordshire Police should, in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff comply with their statutory duties to complete detention certificates if a child is detained for any reason in police custody following charge;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested.",
}

# --------------------------------------------------------------------------------------------
# Reports (real titles and publication dates)
# --------------------------------------------------------------------------------------------
REP = {
    "SS13": ("Stop and search powers: Are the police using them effectively and fairly?", D(2013, 7, 9)),
    "EB14": ("Everyone's business: Improving the police response to domestic abuse", D(2014, 3, 27)),
    "CORE14": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", D(2014, 9, 25)),
    "INT15": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", D(2015, 1, 30)),
    "TTR15": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", D(2015, 9, 15)),
    "EFF15": ("PEEL: Police efficiency 2015 – West Mercia Police", D(2015, 10, 15)),
    "EFT16": ("PEEL: Police effectiveness 2016 – West Mercia Police", D(2017, 3, 2)),
    "LEG17N": ("PEEL: Police legitimacy 2017 – A national overview", D(2017, 12, 12)),
    "LEG17": ("PEEL: Police legitimacy 2017 – West Mercia Police", D(2017, 12, 12)),
    "PEEL1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police", D(2019, 9, 27)),
    "CDI19": ("West Mercia Police – Crime Data Integrity inspection 2019", D(2019, 10, 8)),
    "DUP21": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", D(2021, 2, 26)),
}

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"
AR, BP, CO, SU = "Awaiting review", "Being progressed", "Complete", "Superseded"
COMMENT = {
    AR: "New recommendation",
    BP: "The progress of the implementation of this recommendation is currently being monitored by HMICFRS and this record will, in due course, be updated.",
    CO: "This recommendation is complete",
    SU: "This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness inspections. Where a cause of concern still exists this will appear in the register against these subsequent inspections.",
}

# HMICFRS definitive list: key, id, report, type, text key, status, status date, comment override
H_ITEMS = [
    ("ss13_app", 3105, "SS13", NAT, CO, D(2016, 2, 4), None),
    ("ss13_monitor", 3106, "SS13", NAT, BP, D(2019, 11, 12), None),
    ("eb_da", 2321, "EB14", NAT, BP, D(2022, 6, 30), None),
    ("core_thr", 4822, "CORE14", NAT, SU, D(2017, 3, 2), None),
    ("integrity_nfa", 902, "INT15", NAT, CO, D(2016, 9, 19), None),
    ("fa_gov", 5208, "TTR15", NAT, CO, D(2017, 1, 16), None),
    ("fa_demand", 5209, "TTR15", NAT, BP, D(2023, 4, 3), None),
    ("fa_expired", 5210, "TTR15", NAT, BP, D(2023, 4, 3), None),
    ("fa_permits", 5211, "TTR15", NAT, BP, D(2023, 4, 3), None),
    ("eff15_demand", 5431, "EFF15", AFI, SU, D(2017, 11, 9), "Superseded by PEEL 2017 efficiency inspection."),
    ("eff15_costs", 5432, "EFF15", AFI, BP, D(2019, 9, 27), None),
    ("da_coc", 8795, "EFT16", COC, CO, D(2018, 3, 22), "Authorised for closure following the 2017 effectiveness revisit."),
    ("da_arrest", 8796, "EFT16", REC, CO, D(2018, 3, 22), None),
    ("da_support", 8797, "EFT16", REC, BP, D(2021, 7, 14), None),
    ("da_phone", 8798, "EFT16", REC, CO, D(2018, 3, 22), None),
    ("mc_coc", 8799, "EFT16", COC, BP, D(2021, 7, 14), None),
    ("mc_rec", 8800, "EFT16", REC, BP, D(2021, 7, 14), None),
    ("leg17_coc", 8540, "LEG17N", COC, BP, D(2020, 1, 28), None),
    ("leg17_monitor", 8541, "LEG17N", NAT, CO, D(2022, 10, 5), None),
    ("leg17_disparity", 8542, "LEG17N", NAT, BP, D(2020, 1, 28), None),
    ("leg17_publish", 8543, "LEG17N", NAT, BP, D(2020, 1, 28), None),
    ("leg17_training", 8544, "LEG17N", NAT, BP, D(2020, 1, 28), None),
    ("vetting", 8912, "LEG17", REC, AR, D(2024, 2, 19), "Re-opened following 2023 vetting data return. New recommendation"),
    ("wm_coc_alliance", 10612, "PEEL1819", COC, BP, D(2020, 5, 11), None),
    ("wm_warks", 10613, "PEEL1819", REC, CO, D(2020, 5, 11), None),
    ("wm_tom", 10614, "PEEL1819", REC, BP, D(2020, 5, 11), None),
    ("wm_skills", 10615, "PEEL1819", REC, CO, D(2022, 3, 1), None),
    ("wm_vuln", 10616, "PEEL1819", REC, BP, D(2020, 5, 11), None),
    ("wm_consult", 10617, "PEEL1819", REC, BP, D(2020, 5, 11), None),
    ("wm_coc_invest", 10618, "PEEL1819", COC, BP, D(2020, 5, 11), None),
    ("wm_workload", 10619, "PEEL1819", REC, CO, D(2021, 2, 8), None),
    ("wm_supervision", 10620, "PEEL1819", REC, BP, D(2020, 5, 11), None),
    ("wm_digital", 10621, "PEEL1819", REC, BP, D(2020, 5, 11), None),
    ("wm_rui", 10622, "PEEL1819", REC, CO, D(2023, 6, 20), None),
    ("afi_crime_system", 10623, "PEEL1819", AFI, AR, D(2019, 9, 27), None),
    ("cdi", 10652, "CDI19", REC, BP, D(2021, 11, 30), None),
    ("dup_comms", 12101, "DUP21", NAT, AR, D(2021, 2, 26), None),
    ("dup_cpd", 12102, "DUP21", NAT, BP, D(2022, 8, 17), None),
    ("dup_bwv", 12103, "DUP21", NAT, BP, D(2022, 8, 17), None),
    ("dup_uof", 12104, "DUP21", NAT, BP, D(2022, 8, 17), None),
]

# --------------------------------------------------------------------------------------------
# Force tracker rows.  Each: (ref, hmic_id cell, report, published, type, text, also, lead,
#   dept, update, target, rag, last_updated, h_key or None, category, why)
# --------------------------------------------------------------------------------------------
SECTIONS = [
    ("P1", "PRIORITY 1 – PUTTING VICTIMS AND SURVIVORS FIRST"),
    ("P2", "PRIORITY 2 – BUILDING A MORE SECURE WEST MERCIA"),
    ("P3", "PRIORITY 3 – REFORMING WEST MERCIA"),
    ("P4", "PRIORITY 4 – REASSURING WEST MERCIA’S COMMUNITIES"),
    ("N", "NATIONAL ITEMS – HELD FOR INFO (not allocated to a Plan priority)"),
]

R_PEEL1819 = "PEEL 2018/19"
R_EFT16 = "PEEL Effectiveness 2016"
R_EFF15 = "PEEL Efficiency 2015"
R_CDI = "CDI 2019"
R_SS13 = "Stop & Search (HMICFRS 2013)"
R_EB14 = "Everyone's Business - DA (HMICFRS 2014)"
R_CORE = "Core Business (HMICFRS 2014)"
R_TTR = "Targeting the Risk - Firearms Licensing"
R_LEG17N = "PEEL Legitimacy 2017 (national)"
R_LEG17 = "PEEL Legitimacy 2017"
R_DUP = "Disproportionate Use of Police Powers"
R_BEDS = "NCPI Bedfordshire (for info)"

F = {"P1": [], "P2": [], "P3": [], "P4": [], "N": []}


def f(sec, ref, hid, rep, pub, typ, text, also, lead, dept, upd, target, rag, lu, hkey, cat, why):
    F[sec].append(dict(ref=ref, hid=hid, rep=rep, pub=pub, typ=typ, text=text, also=also, lead=lead,
                       dept=dept, upd=upd, target=target, rag=rag, lu=lu, hkey=hkey, cat=cat, why=why))


# ---- Priority 1 --------------------------------------------------------------------------
f("P1", "P1.01", "8795 (CoC)", R_EFT16, D(2017, 3, 2), "CoC",
  "The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMICFRS.",
  None, "DCI Helen Price", "PVP", "Closed by HMICFRS following 2017 revisit - letter on file (S:\\OL&A\\HMICFRS\\Closures).",
  D(2018, 3, 31), "C", D(2023, 11, 2), "da_coc", "in_sync",
  "HMICFRS Complete; force C (closed). '8795 (CoC)' is the register ID with a note; text identical apart from the HMIC->HMICFRS replace.")
f("P1", "P1.02", 8796, R_EFT16, D(2017, 3, 2), "Rec",
  "Force should immediately consider ways of increasing use of arrest, ancillary orders & other available powers - to improve service to DA victims, offer best possible protection & bring more perpetrators to justice",
  None, "DCI Helen Price", "PVP", "DA arrest rate reported monthly at PCB. Submitted to HMICFRS Nov 2018.",
  D(2018, 3, 31), "B", D(2023, 11, 2), "da_arrest", "in_sync",
  "HMICFRS Complete; force B (submitted for closure) = done. Closed on both sides.")
f("P1", "P1.03", 8797, R_EFT16, D(2017, 3, 2), "Rec",
  "To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of DA do not support the police investigation.",
  None, "DCI Helen Price", "PVP", "Victim attrition problem profile completed (Analysis Unit, Jan 24). Evidence led prosecution guidance re-issued. Ready for sign off by D/ACC.",
  D(2024, 3, 31), "G", D(2024, 4, 11), "da_support", "closeable_submit",
  "HMICFRS Being progressed; force G (actions complete, evidence with sign-off lead).")
f("P1", "P1.04", 8798, R_EFT16, D(2017, 3, 2), "Rec",
  "The practice of conducting DA risk assessments over the telephone & dealing with DA in the resolution centre should cease",
  None, "Supt Mark Ellis", "OCC", "Resolution centre DA triage policy under review with OCC - awaiting revised THRIVE+ guidance.",
  "Q2 24/25", "A", D(2024, 4, 11), "da_phone", "closeable_local",
  "HMICFRS Complete (closed 2018); force still A (open).")
f("P1", "P1.05", 8799, R_EFT16, D(2017, 3, 2), "CoC",
  "The force’s response to missing and absent children is a cause of concern to HMICFRS. HMICFRS found that the assessment of risk for children who go missing from home was inappropriate in some cases. … This is an enduring cause of concern from HMICFRS’s report on vulnerability in 2015.",
  None, "DCI Sam Okafor", "PVP", "Missing Persons Co-ordinator posts filled. Remains open until P1.06a-c signed off.",
  D(2024, 6, 30), "A", D(2024, 4, 11), "mc_coc", "in_sync",
  "HMICFRS Being progressed; force A. Open on both sides.")
f("P1", "P1.06a", 8800, R_EFT16, D(2017, 3, 2), "Rec",
  "Missing children (1 of 3) - call takers understand and use the missing and absent category appropriately",
  None, "Supt Mark Ellis", "OCC", "OCC missing/absent aide memoire in place, dip sample 98% compliant (Feb 24).",
  D(2024, 3, 31), "G", D(2024, 4, 11), "mc_rec", "closeable_submit",
  "One row per bullet of 8800; all three bullets have a row and all are G. HMICFRS Being progressed -> submit.")
f("P1", "P1.06b", None, R_EFT16, D(2017, 3, 2), "Rec",
  "Missing children (2 of 3) - call takers & frontline staff have the necessary knowledge to identify risk factors assoc. with CSE and how to respond to such cases",
  None, "DCI Sam Okafor", "PVP", "CSE risk factors input delivered to 94% of frontline & OCC staff. Complete.",
  D(2024, 3, 31), "G", D(2024, 4, 11), "mc_rec", "closeable_submit",
  "Bullet 2 of 8800 (HMIC ID left blank on the continuation rows); G; all bullets done.")
f("P1", "P1.06c", None, R_EFT16, D(2017, 3, 2), "Rec",
  "Missing children (3 of 3) - supervisors provide correct oversight of misper enquiries and direct appropriate & timely investigative and safeguarding action",
  None, "Ch Insp Lucy Marsh", "Local Policing", "Supervisory review field mandatory on NICHE misper occurrence from 01/24.",
  D(2024, 3, 31), "G", D(2024, 4, 11), "mc_rec", "closeable_submit",
  "Bullet 3 of 8800; G; all bullets done.")
f("P1", "P1.07", 10616, R_PEEL1819, D(2019, 9, 27), "Rec",
  "Conduct a review, involving partners, of the approach to vulnerability to better safeguard vulnerable people",
  "See P2.03", "D/Supt Claire Whitfield", "PVP", "Vulnerability review complete - partnership workshop Sept 23, findings to Vulnerability Board. Safeguarding element done.",
  D(2023, 12, 31), "G", D(2024, 2, 20), "wm_vuln", "in_sync",
  "Copy 1 of 10616 (also under P2.03). This copy is G but the P2.03 copy is A, so the force has not finished; HMICFRS Being progressed -> open on both sides.")
f("P1", "P1.08", 10622, R_PEEL1819, D(2019, 9, 27), "Rec",
  "Improve understanding of suspects released under investigation (RUI) and management of those released on bail",
  "See P3.06", "Ch Insp Raj Dhillon", "Criminal Justice", "Bail & RUI dashboard live. Closed at OLB Dec 2021.",
  D(2021, 12, 31), "C", D(2022, 1, 14), "wm_rui", "closeable_local",
  "Copy 1 of 10622 (also under P3.06). This copy is C but P3.06 is A: the force still tracks the item as open while HMICFRS has it Complete.")
f("P1", "P1.09a", 10652, R_CDI, D(2019, 10, 8), "Rec",
  "CDI - at the point of report, victims are believed",
  None, "D/Supt Karen Lloyd (FCR)", "Crime Bureau", "Victim belief statement in crime recording policy; NSIR audit Q3 compliant.",
  D(2022, 3, 31), "G", D(2023, 9, 5), "cdi", "conflict",
  "Bullet row of 10652, which has five bullets; the force has rows for bullets 1-4 only, no row for 'online reports of crime are triaged at the point of receipt'. A bullet with no row -> conflict, although every row present is done.")
f("P1", "P1.09b", None, R_CDI, D(2019, 10, 8), "Rec",
  "CDI - conversations between call handlers and callers are summarised accurately in the incident log",
  None, "Supt Mark Ellis", "OCC", "STORM log quality audits monthly - 96%.",
  D(2022, 3, 31), "G", D(2023, 9, 5), "cdi", "conflict",
  "Bullet 2 of 10652; item has a bullet (online reports triage) with no force row -> conflict.")
f("P1", "P1.09c", None, R_CDI, D(2019, 10, 8), "Rec",
  "CDI - multiple crimes always recorded when described within incident records or identified as part of other recorded crime investigations",
  None, "D/Supt Karen Lloyd (FCR)", "Crime Bureau", "Crime Bureau QA of every incident. Submitted to HMICFRS Nov 21.",
  D(2021, 11, 30), "B", D(2023, 9, 5), "cdi", "conflict",
  "Bullet 3 of 10652; item has a bullet with no force row -> conflict.")
f("P1", "P1.09d", None, R_CDI, D(2019, 10, 8), "Rec",
  "CDI - practice of awaiting results of medical examinations / video interviews before making crime recording decisions is stopped",
  None, "D/Supt Karen Lloyd (FCR)", "Crime Bureau", "Guidance issued to PVP & CID; dip sample shows no instances.",
  D(2022, 3, 31), "G", D(2023, 9, 5), "cdi", "conflict",
  "Bullet 4 of 10652; item has a bullet with no force row -> conflict.")
f("P1", "P1.10", 2321, R_EB14, D(2014, 3, 27), "Nat Rec",
  "By Sept 2014 every force to establish and publish an action plan specifying in detail what steps it will take to improve its approach to DA. (consult PCC, DA support orgs & victims reps; all recs in report; DHRs & IPCC findings; CPS scrutiny panels / MARAC self-assessments)",
  "See N.02", "DCI Helen Price", "PVP", "DA Delivery Plan 2023-25 published on force website. Submitted for closure Feb 24.",
  D(2014, 9, 30), "B", D(2024, 2, 29), "eb_da", "closeable_submit",
  "Copy 1 of 2321 (also under N.02). Both copies done (B and G); HMICFRS Being progressed -> submit.")

# ---- Priority 2 --------------------------------------------------------------------------
f("P2", "P2.01", 10618, R_PEEL1819, D(2019, 9, 27), "CoC",
  "The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.",
  None, "D/Ch Supt Andy Rowe", "Crime", "Investigation Standards Programme phase 2 underway. PIP2 uplift on track.",
  D(2024, 12, 31), "A", D(2024, 4, 11), "wm_coc_invest", "in_sync",
  "HMICFRS Being progressed; force A.")
f("P2", "P2.02", 10619, R_PEEL1819, D(2019, 9, 27), "Rec",
  "HMICFRS recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and",
  None, "D/Ch Supt Andy Rowe", "Crime", "Workload review complete 2020. HMICFRS closed Feb 21.",
  D(2020, 3, 31), "C", D(2021, 2, 15), "wm_workload", "in_sync",
  "HMICFRS Complete; force C. 'HMICFRS recommends' is the Find & Replace damage, not a different text.")
f("P2", "P2.03", "10616", R_PEEL1819, D(2019, 9, 27), "Rec",
  "Review (with partners) approach to vulnerability to better safeguard vulnerable people - LPA element",
  "See P1.07", "Supt Dawn Hughes", "Local Policing", "Partnership vulnerability hubs in Telford & Hereford not yet operational. Revised date Sept 24.",
  D(2024, 9, 30), "A", D(2024, 4, 11), "wm_vuln", "in_sync",
  "Copy 2 of 10616; A. The force has not finished while this copy is open; HMICFRS Being progressed -> in_sync.")
f("P2", "P2.04", 10620, R_PEEL1819, D(2019, 9, 27), "Rec",
  "HMICFRS recommends that within twelve months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;",
  None, "D/Ch Supt Andy Rowe", "Crime", "Supervisory review audit tool rolled out to CID. Compliance 71% - remains Amber.",
  D(2024, 9, 30), "A", D(2024, 4, 11), "wm_supervision", "conflict",
  "Same item (ID 10620 and text match) but the timescale differs: HMICFRS 'within six months', force 'within twelve months'.")
f("P2", "P2.05", 10621, R_PEEL1819, D(2019, 9, 27), "Rec",
  "Improve ability to retrieve digital evidence from mobile phones, computers & other electronic devices quickly enough to ensure investigations aren't delayed",
  None, "Det Supt Gareth Evans", "Digital Forensics", "DFU backlog cleared, kiosks in all hubs. Evidence pack with D/ACC for sign off.",
  D(2024, 3, 31), "G", D(2024, 4, 11), "wm_digital", "closeable_submit",
  "HMICFRS Being progressed; force G.")
f("P2", "P2.06", None, R_PEEL1819, D(2019, 9, 27), "AFI",
  "The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.",
  None, "Head of ICT", "Corporate Services", "Dependent on regional records management replacement - no progress this qtr.",
  "tbc", "R", D(2024, 4, 11), "afi_crime_system", "in_sync",
  "HMIC ID blank; text identical to 10623. HMICFRS Awaiting review (open); force R (open).")
f("P2", "P2.07", 5208, R_TTR, D(2015, 9, 15), "Nat Rec",
  "Within 3 months all CCs to assess how well governance of firearms licensing meets APP standards; put correct arrangements in place immediately where not complied with",
  None, "Firearms Licensing Manager", "Firearms Licensing", "APP gap analysis done 2016. Closed.",
  D(2015, 12, 15), "C", D(2017, 2, 1), "fa_gov", "in_sync",
  "HMICFRS Complete; force C.")
f("P2", "P2.08", 5209, R_TTR, D(2015, 9, 15), "Nat Rec",
  "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.",
  None, "Firearms Licensing Manager", "Firearms Licensing", "COMPLETE - FLU demand review done, 4 x additional FEOs in post from 01/24, renewals backlog cleared. RAG not yet updated - JT to amend",
  D(2024, 1, 31), None, D(2024, 3, 28), "fa_demand", "closeable_submit",
  "RAG cell blank, but the update says COMPLETE and 'RAG not yet updated': the force is done. HMICFRS Being progressed -> submit.")
f("P2", "P2.09", None, R_TTR, D(2015, 9, 15), "Nat Rec",
  "Ensure arrangements for temporary permits are in accordance with HO guidance, properly recorded without delay on NFLMS, and effective systems so certificate holders are not permitted to remain in unlawful possession of a firearm",
  None, "Firearms Licensing Manager", "Firearms Licensing", "Temp permit log reconciled to NFLMS monthly; 3 permits found unrecorded in Feb audit.",
  D(2024, 6, 30), "A", D(2024, 3, 28), "fa_permits", "in_sync",
  "HMIC ID blank; abridged text of 5211 (temporary permits, NFLMS). HMICFRS Being progressed; force A.")
f("P2", "P2.10", "tbc", R_LEG17, D(2017, 12, 12), "Rec",
  "Force should ensure all staff have received at least the lowest level of vetting clearance for their roles asap, clearing both the vetting backlog and renewals as they become due to comply fully with national vetting guidelines",
  None, "Head of PSD", "PSD", "Vetting backlog 412 (Mar 24). Additional vetting officers recruited - in post June.",
  D(2024, 12, 31), "R", D(2024, 4, 11), "vetting", "in_sync",
  "HMIC ID 'tbc'; abridged text of 8912. HMICFRS Awaiting review (re-opened); force R. Open on both sides.")

# ---- Priority 3 --------------------------------------------------------------------------
f("P3", "P3.01", 10612, R_PEEL1819, D(2019, 9, 27), "CoC",
  "The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.",
  None, "ACC Corporate Services", "Change", "Remains open until all associated recs closed by HMICFRS (P3.03 & P1.07/P2.03 outstanding).",
  D(2024, 9, 30), "A", D(2024, 4, 11), "wm_coc_alliance", "in_sync",
  "HMICFRS Being progressed; force A.")
f("P3", "P3.02", 10613, R_PEEL1819, D(2019, 9, 27), "Rec",
  "Agree arrangements with Warwickshire to secure smooth transition to future operating model, ensuring no disruption to public services",
  None, "ACC Corporate Services", "Change", "Alliance ended 09/10/19; Home Sec direction arrangements concluded Apr 20.",
  D(2020, 4, 30), "G", D(2020, 6, 1), "wm_warks", "in_sync",
  "HMICFRS Complete; force G (done). Closed/done on both sides.")
f("P3", "P3.03", 10614, R_PEEL1819, D(2019, 9, 27), "Rec",
  "Clearly define new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia",
  None, "ACC Corporate Services", "Change", "Submitted for closure 18/01/24 with TOM evidence pack.",
  D(2023, 12, 31), "B", D(2024, 1, 18), "wm_tom", "closeable_submit",
  "HMICFRS Being progressed; force B (submitted).")
f("P3", "P3.04", 10615, R_PEEL1819, D(2019, 9, 27), "Rec",
  "Expand the skills project work to include an assessment of all skills, not only operational incl. potential future skills requirements - to inform workforce plans",
  None, "Head of People Services", "People Services", "Skills audit module on MyWorkforce delayed to Q3.",
  "Q3 24/25", "A", D(2024, 4, 11), "wm_skills", "closeable_local",
  "HMICFRS Complete (Mar 2022); force A.")
f("P3", "P3.05", 5431, R_EFF15, D(2015, 10, 15), "AFI",
  "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand...",
  None, "Head of Strategic Planning", "Change", "Demand model refresh (FMS 2024) in progress.",
  D(2024, 5, 31), "A", D(2024, 4, 11), "eff15_demand", "closeable_local",
  "HMICFRS Superseded (closed); force A.")
f("P3", "P3.06", "10622", R_PEEL1819, D(2019, 9, 27), "Rec",
  "RUI / bail - improve understanding of suspects released under investigation and management of those released on bail",
  "See P1.08", "Supt Tom Beddoes", "Criminal Justice", "Pre-charge bail changes (PCSC Act 2022) - custody processes being rewritten.",
  D(2024, 7, 31), "A", D(2024, 4, 11), "wm_rui", "closeable_local",
  "Copy 2 of 10622; A. HMICFRS Complete while the force still has a copy open -> closeable_local.")
f("P3", "P3.07", 5432, R_EFF15, D(2015, 10, 15), "Rec",
  "The force should develop its understanding of the links between its outcomes, outputs and costs",
  None, "Director of Finance", "Finance", "Activity based costing pilot in LPAs.",
  D(2024, 9, 30), "A", D(2024, 4, 11), "eff15_costs", "conflict",
  "Same item (ID 5432, identical text) but type differs: HMICFRS Area for improvement, force 'Rec'.")
f("P3", "P3.08", 5433, R_EFF15, D(2015, 10, 15), "AFI",
  "Develop a future workforce plan aligned with overall demand and budget. Plan to include future resource allocations, skills mix required & behaviours expected",
  None, "Head of People Services", "People Services", "Strategic Workforce Plan 2024-27 drafted.",
  D(2024, 6, 30), "A", D(2024, 4, 11), None, "not_on_hmicfrs_list",
  "ID 5433 and this text are not on the definitive list (5431 and 5432 of the same report are). Query with HMICFRS.")

# ---- Priority 4 --------------------------------------------------------------------------
f("P4", "P4.01", 10617, R_PEEL1819, D(2019, 9, 27), "Rec",
  "Improve arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of consultation",
  None, "Head of Corporate Communications", "Corporate Comms", "Your Say survey & LPA feedback loop live; 'You said, we did' page being built.",
  D(2024, 6, 30), "A", D(2024, 4, 11), "wm_consult", "in_sync",
  "HMICFRS Being progressed; force A.")
f("P4", "P4.02", 3105, R_SS13, D(2013, 7, 9), "Nat Rec",
  "Chief Constables and the College of Policing should establish in the Stop and Search APP a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.",
  None, "Ch Insp Nadia Hussain", "Local Policing", "Closed by HMICFRS 2016.",
  D(2014, 7, 9), "C", D(2016, 3, 1), "ss13_app", "in_sync",
  "HMICFRS Complete; force C. Report 'Stop & Search (HMICFRS 2013)' is the HMIC 2013 report after the Find & Replace, not a different report.")
f("P4", "P4.03", 3106, R_SS13, D(2013, 7, 9), "Nat Rec",
  "CCs should establish or improve monitoring of the way officers stop and search people so they are satisfied officers act in accordance with the law (incl. equality legislation & Code of Practice) and the power is used effectively to prevent crime, catch criminals and maintain public trust",
  None, "Ch Insp Nadia Hussain", "Local Policing", "S&S scrutiny panel quarterly + monthly supervisor dip sample. Complete - for sign off.",
  D(2024, 3, 31), "G", D(2024, 4, 11), "ss13_monitor", "closeable_submit",
  "HMICFRS Being progressed; force G.")
f("P4", "P4.04", 8540, R_LEG17N, D(2017, 12, 12), "CoC",
  "HMICFRSFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.",
  None, "Ch Insp Nadia Hussain", "Local Policing", "Open pending P4.06.",
  D(2024, 9, 30), "A", D(2024, 4, 11), "leg17_coc", "in_sync",
  "HMICFRS Being progressed; force A. 'HMICFRSFRS is concerned' is the Find & Replace damage of 'HMICFRS is concerned'.")
f("P4", "P4.05a", 8541, R_LEG17N, D(2017, 12, 12), "Nat Rec",
  "By July 2018 monitor S&S data to understand: the reasons for any disproportionate representation of different ethnic groups in the use of stop and search",
  None, "Ch Insp Nadia Hussain", "Local Policing", "Disproportionality dashboard (Power BI) live.",
  D(2018, 7, 31), "C", D(2022, 10, 20), "leg17_monitor", "in_sync",
  "Bullet 1 of 8541; all three bullets have a row and all are done (C, C, B). HMICFRS Complete -> in_sync.")
f("P4", "P4.05b", 8541, R_LEG17N, D(2017, 12, 12), "Nat Rec",
  "By July 2018 monitor S&S data to understand: the extent to which find rates differ between ethnicities & across search types (incl. separate find rates for drug possession / supply)",
  None, "Ch Insp Nadia Hussain", "Local Policing", "Find rates by ethnicity & search type on dashboard.",
  D(2018, 7, 31), "C", D(2022, 10, 20), "leg17_monitor", "in_sync",
  "Bullet 2 of 8541; done; HMICFRS Complete.")
f("P4", "P4.05c", 8541, R_LEG17N, D(2017, 12, 12), "Nat Rec",
  "By July 2018 monitor S&S data to understand: prevalence of possession-only drug searches & extent these align with local / force priorities",
  None, "DCI Paul Gwynne", "Intelligence", "Possession-only searches reviewed quarterly vs Plan priorities. Submitted Sept 22.",
  D(2018, 7, 31), "B", D(2022, 10, 20), "leg17_monitor", "in_sync",
  "Bullet 3 of 8541; B (submitted) = done; HMICFRS Complete.")
f("P4", "P4.06", 8452, R_LEG17N, D(2017, 12, 12), "Nat Rec",
  "Where forces identify disparities through monitoring, they should demonstrate to the public that they have: carried out research & analysis to understand the reasons for the disparity, and taken action to reduce the disparity where necessary",
  None, "Ch Insp Nadia Hussain", "Local Policing", "Research with University of Worcester commissioned; report due Aug 24.",
  D(2024, 8, 31), "A", D(2024, 4, 11), "leg17_disparity", "conflict",
  "Text is 8542 (disparities) but the force's HMIC ID is 8452 (digits transposed; 8452 is not on the list). Reference conflict.")
f("P4", "P4.07", 8544, R_LEG17N, D(2017, 12, 12), "Nat Rec",
  "By July 2018 and ongoing, ensure all officers who use S&S powers have been provided with, and understand, training on unconscious bias and CoP APP on S&S",
  None, "Head of Learning & Development", "L&D", "Unconscious bias e-learning 97% completion. Submitted to HMICFRS 20/03/24.",
  D(2018, 7, 31), "B", D(2024, 3, 20), "leg17_training", "closeable_submit",
  "HMICFRS Being progressed; force B.")
f("P4", "P4.08", 12101, R_DUP, D(2021, 2, 26), "Nat Rec",
  "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.",
  None, "Head of Learning & Development", "L&D", "Comms skills module in PST from Apr 24 - 38% trained.",
  D(2025, 3, 31), "A", D(2024, 4, 11), "dup_comms", "in_sync",
  "HMICFRS Awaiting review; force A.")
f("P4", "P4.09", 12102, R_DUP, D(2021, 2, 26), "Nat Rec",
  "By July 2022 ensure communication skills are reinforced as part of CPD for officers & staff, and supervisors supported to routinely and frequently debrief officers on these skills using BWV footage",
  None, "Head of Learning & Development", "L&D", "Supervisor BWV debrief guide drafted.",
  D(2024, 9, 30), "A", D(2024, 4, 11), "dup_cpd", "conflict",
  "Same item (ID 12102, same text) but the deadline differs: HMICFRS 'By July 2021', force 'By July 2022'.")
f("P4", "P4.10", 12103, R_DUP, D(2021, 2, 26), "Nat Rec",
  "By Sept 2021: record on BWV the entirety of all S&S encounters incl. traffic stops & use of force; structured process to regularly review a sample of BWV footage; external scrutiny panel access to BWV samples",
  None, "Ch Insp Nadia Hussain", "Local Policing", "Signed off at OLB 14/02/24 - awaiting HMICFRS.",
  D(2021, 9, 30), "C", D(2024, 2, 14), "dup_bwv", "closeable_submit",
  "Force C (closed, signed off at OLB) while HMICFRS still has it Being progressed: the force is done, HMICFRS open -> submit.")
f("P4", "P4.11", None, R_LEG17N, D(2017, 12, 12), "Nat Rec",
  "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.",
  None, "Insp Owen Pritchard", "Operational Training", "Use of force data reviewed at Use of Force Board quarterly.",
  D(2024, 6, 30), "A", D(2024, 4, 11), "dup_uof", "conflict",
  "HMIC ID blank; text identical to 12104, which is from Disproportionate use of police powers (Feb 2021); the force files it under PEEL Legitimacy 2017 (Dec 2017). Report conflict.")

# ---- National, held for info -------------------------------------------------------------
f("N", "N.01", 4822, R_CORE, D(2014, 9, 25), "Nat Rec",
  "Not later than 31 March 2015 forces using a THR policy that have not yet done so should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.",
  None, "Supt Mark Ellis", "OCC", "THRIVE+ embedded in OCC. Held open pending OCC review.",
  D(2015, 3, 31), "A", D(2023, 10, 3), "core_thr", "closeable_local",
  "HMICFRS Superseded (closed); force A.")
f("N", "N.02", 2321, R_EB14, D(2014, 3, 27), "Nat Rec",
  "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.",
  "See P1.10", "Insp Kerry Wood", "OL&A", "For info - see P1.10. DA Delivery Plan published.",
  D(2014, 9, 30), "G", D(2024, 2, 29), "eb_da", "closeable_submit",
  "Copy 2 of 2321; G. Both copies done; HMICFRS Being progressed -> submit.")
f("N", "N.03", "tbc", R_DUP, D(2021, 2, 26), "Nat Rec",
  "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.",
  None, "Insp Kerry Wood", "OL&A", "For info - action for HO / NPCC. Monitoring only.",
  None, "A", D(2023, 10, 3), None, "not_on_hmicfrs_list",
  "Recommendation to the Home Office and NPCC, not the force; not on the definitive list.")
f("N", "N.04", None, R_BEDS, D(2017, 11, 24), "Rec",
  "Within six months Bedfordshire Police should, in conjunction with children's social care services, review how it manages the detention of children...",
  None, "Custody Insp Beth Carter", "Custody", "Learning reviewed by Custody SMT - WMP position already compliant. For info.",
  None, "G", D(2023, 10, 3), None, "not_on_hmicfrs_list",
  "Another force's recommendation held for learning; not on West Mercia's definitive list.")


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------
def new_book(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_urls": False})
    wb.set_properties({"title": "", "author": "", "company": "", "created": FIXED})
    return wb


def build_hmicfrs(path):
    wb = new_book(path)
    ws = wb.add_worksheet("Definitive list")
    bold = wb.add_format({"bold": True, "font_size": 12})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "border": 1,
                         "text_wrap": True, "valign": "top"})
    cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    ws.write(0, 0, "HMICFRS – Definitive list of recommendations and areas for improvement", bold)
    ws.write(1, 0, "Force: West Mercia Police")
    ws.write(2, 0, "Date of extract: 03/05/2024")
    headers = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
               "Recommendation text", "Status", "Last status change", "HMICFRS comment"]
    hrow = 4
    ws.write_row(hrow, 0, headers, hdr)
    for c, w in enumerate([12, 18, 48, 12, 22, 90, 16, 14, 60]):
        ws.set_column(c, c, w)
    items = sorted(H_ITEMS, key=lambda x: (REP[x[2]][1], x[1]))
    rows = {}
    r = hrow + 1
    for key, hid, rep, typ, st, sdate, com in items:
        title, pub = REP[rep]
        ws.write_number(r, 0, hid, cell)
        ws.write_string(r, 1, "West Mercia Police", cell)
        ws.write_string(r, 2, title, cell)
        ws.write_datetime(r, 3, pub, dfmt)
        ws.write_string(r, 4, typ, cell)
        ws.write_string(r, 5, T[key], cell)
        ws.write_string(r, 6, st, cell)
        ws.write_datetime(r, 7, sdate, dfmt)
        ws.write_string(r, 8, com or COMMENT[st], cell)
        rows[key] = (r + 1, hid, st, typ, rep)
        r += 1
    ws.write(r + 1, 0, f"{len(items)} records")
    ws.freeze_panes(hrow + 1, 0)
    ws.autofilter(hrow, 0, r - 1, len(headers) - 1)
    wb.close()
    footer_row = r + 2
    return rows, footer_row


RAG_FILL = {"R": "#FF0000", "A": "#FFC000", "G": "#00B050", "B": "#00B0F0", "C": "#A6A6A6"}
KEY = [
    ("R", "Red – not started / behind target date (exception report to OLB)"),
    ("A", "Amber – in progress, on track"),
    ("G", "Green – actions complete, evidence with sign-off lead"),
    ("B", "Blue – submitted to HMICFRS for closure"),
    ("C", "Closed – closure confirmed by HMICFRS or signed off at OLB"),
]


def build_tracker(path):
    wb = new_book(path)
    ws = wb.add_worksheet("Tracker")
    wl = wb.add_worksheet("Lists")
    ncol = 13
    title = wb.add_format({"bold": True, "font_size": 14, "font_color": "#1F3864"})
    sub = wb.add_format({"italic": True, "font_color": "#595959"})
    keyh = wb.add_format({"bold": True, "underline": 1})
    hdr = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True, "valign": "top"})
    sec = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "font_size": 12})
    cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    mfmt = wb.add_format({"num_format": "mmm-yy", "valign": "top", "border": 1, "align": "left"})
    ragf = {k: wb.add_format({"bold": True, "align": "center", "valign": "top", "border": 1, "bg_color": v})
            for k, v in RAG_FILL.items()}
    note = wb.add_format({"italic": True, "font_size": 9})

    ws.merge_range(0, 0, 0, ncol - 1, "West Mercia Police – HMICFRS Recommendations & AFIs Tracker", title)
    ws.merge_range(1, 0, 1, ncol - 1,
                   "Re-cut under the Safer West Mercia Plan priorities | Organisational Learning & Assurance | v3.4 updated 26/04/2024 (JT)",
                   sub)
    ws.write(3, 0, "RAG KEY", keyh)
    for i, (k, desc) in enumerate(KEY):
        ws.write(4 + i, 0, k, ragf[k])
        ws.merge_range(4 + i, 1, 4 + i, 5, desc)
    ws.merge_range(9, 0, 9, ncol - 1,
                   "Items relevant to more than one Plan priority are copied under each - see 'Also under'. Each copy is updated by its own lead.",
                   note)
    headers = ["Ref", "HMIC ID", "Report", "Published", "Type", "Recommendation / AFI", "Also under",
               "Lead", "Dept", "Update", "Target date", "RAG", "Last updated"]
    hrow = 11
    ws.write_row(hrow, 0, headers, hdr)
    for c, w in enumerate([8, 11, 30, 9, 8, 70, 10, 24, 16, 55, 11, 6, 12]):
        ws.set_column(c, c, w)

    r = hrow + 1
    frows = []  # (excel_row, rowdict)
    nonitems = []
    for si, (code, heading) in enumerate(SECTIONS):
        if si > 0:
            nonitems.append((r + 1, "blank spacer row between sections"))
            r += 1
        ws.merge_range(r, 0, r, ncol - 1, heading, sec)
        nonitems.append((r + 1, f"section heading (merged A:M): {heading}"))
        r += 1
        for row in F[code]:
            ws.write_string(r, 0, row["ref"], cell)
            hid = row["hid"]
            if hid is None:
                ws.write_blank(r, 1, None, cell)
            elif isinstance(hid, int):
                ws.write_number(r, 1, hid, cell)
            else:
                ws.write_string(r, 1, hid, cell)
            ws.write_string(r, 2, row["rep"], cell)
            ws.write_datetime(r, 3, row["pub"], mfmt)
            ws.write_string(r, 4, row["typ"], cell)
            ws.write_string(r, 5, row["text"], cell)
            if row["also"]:
                ws.write_string(r, 6, row["also"], cell)
            else:
                ws.write_blank(r, 6, None, cell)
            ws.write_string(r, 7, row["lead"], cell)
            ws.write_string(r, 8, row["dept"], cell)
            ws.write_string(r, 9, row["upd"], cell)
            t = row["target"]
            if isinstance(t, dt.datetime):
                ws.write_datetime(r, 10, t, dfmt)
            elif t is None:
                ws.write_blank(r, 10, None, cell)
            else:
                ws.write_string(r, 10, t, cell)
            if row["rag"]:
                ws.write_string(r, 11, row["rag"], ragf[row["rag"]])
            else:
                ws.write_blank(r, 11, None, cell)
            ws.write_datetime(r, 12, row["lu"], dfmt)
            frows.append((r + 1, row))
            r += 1
    last_item_row = r
    nonitems.append((r + 1, "blank row after the table"))
    ws.merge_range(r + 1, 0, r + 1, ncol - 1,
                   "Source: HMICFRS monitoring portal (Mar 24) and OLB minutes. Update column = latest position only - history in the archive workbook.",
                   note)
    nonitems.append((r + 2, "merged footnote (source of updates / archive note)"))
    ws.data_validation(hrow + 1, 11, last_item_row - 1, 11,
                       {"validate": "list", "source": "=Lists!$A$2:$A$6", "ignore_blank": True})
    ws.data_validation(hrow + 1, 4, last_item_row - 1, 4,
                       {"validate": "list", "source": "=Lists!$B$2:$B$5", "ignore_blank": True})
    ws.freeze_panes(hrow + 1, 2)

    # Lists sheet (drop-down values)
    lh = wb.add_format({"bold": True})
    lists = {
        0: ("RAG", ["R", "A", "G", "B", "C"]),
        1: ("Type", ["Rec", "AFI", "CoC", "Nat Rec"]),
        2: ("Priority", ["P1", "P2", "P3", "P4", "N"]),
        3: ("Dept", ["Change", "Corporate Comms", "Corporate Services", "Crime", "Crime Bureau", "Criminal Justice",
                     "Custody", "Digital Forensics", "Finance", "Firearms Licensing", "Intelligence", "L&D",
                     "Local Policing", "OCC", "OL&A", "Operational Training", "People Services", "PSD", "PVP"]),
    }
    for c, (h, vals) in lists.items():
        wl.write(0, c, h, lh)
        for i, v in enumerate(vals):
            wl.write_string(i + 1, c, v)
        wl.set_column(c, c, 20)
    wb.close()
    return frows, nonitems


def main():
    os.makedirs(OUT, exist_ok=True)
    hrows, hfooter = build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    frows, fnon = build_tracker(os.path.join(OUT, "tracker.xlsx"))

    lines = []
    used_h = set()
    for excel_row, row in frows:
        if row["hkey"]:
            hr = hrows[row["hkey"]][0]
            used_h.add(row["hkey"])
            lines.append((f"Definitive list!{hr}", f"Tracker!{excel_row}", row["cat"], row["why"]))
        else:
            lines.append(("", f"Tracker!{excel_row}", row["cat"], row["why"]))
    missing_why = {
        "integrity_nfa": "Integrity matters 902 (HMICFRS Complete) has no tracker row. Missing regardless of HMICFRS status.",
        "fa_expired": "Targeting the risk 5210 ('total expired' licensing records, Being progressed): the tracker has 5208, 5209 and 5211 but no row for 5210.",
        "leg17_publish": "PEEL legitimacy 2017 8543 (publish the analysis annually, Being progressed) has no tracker row.",
    }
    for key in sorted(hrows, key=lambda k: hrows[k][0]):
        if key not in used_h:
            lines.append((f"Definitive list!{hrows[key][0]}", "", "missing_from_force", missing_why[key]))
    lines.sort(key=lambda x: (int(x[0].split("!")[1]) if x[0] else 10 ** 6, int(x[1].split("!")[1]) if x[1] else 0))
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)

    # README
    counts = {}
    for l in lines:
        counts[l[2]] = counts.get(l[2], 0) + 1
    item_counts = {}
    seen = set()
    for l in lines:
        k = l[0] or l[1]
        if k not in seen:
            seen.add(k)
            item_counts[l[2]] = item_counts.get(l[2], 0) + 1
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(counts, item_counts, len(hrows), len(frows), hfooter, fnon))


def readme(counts, item_counts, nh, nf, hfooter, fnon):
    cats = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
            "not_on_hmicfrs_list", "review"]
    ct = "\n".join(f"| {c} | {counts.get(c, 0)} | {item_counts.get(c, 0)} |" for c in cats)
    nonf = "\n".join(f"- `Tracker!{r}`: {w}" for r, w in fnon)
    return f"""# pcp_priority_sections_lookalike

## Story

West Mercia Police's Organisational Learning & Assurance (OL&A) team re-cut its HMICFRS tracker
under the four priorities of the PCC's *Safer West Mercia Plan* ("Putting victims and survivors
first", "Building a more secure West Mercia", "Reforming West Mercia", "Reassuring West Mercia's
communities"), plus a section of national items "held for info". Items that serve two priorities
were copied under both, each copy with its own lead, cross-referenced in an "Also under" column.
Years ago (before the "HMIC ID" column was added) someone ran Find & Replace "HMIC" -> "HMICFRS"
over the sheet, so old texts read "HMICFRS recommends", "a cause of concern to HMICFRS",
"HMICFRSFRS is concerned…", and a report is called "Stop & Search (HMICFRS 2013)". Before the
Joint Audit Committee the analyst reconciles the tracker with HMICFRS's definitive list extracted
on 03/05/2024.

Texts are real public HMICFRS texts (West Mercia PEEL 2018/19 causes of concern and
recommendations; national recommendations from Stop and search powers 2013, Everyone's business
2014, Core Business 2014, Integrity matters 2015, Targeting the risk 2015, PEEL legitimacy 2017,
Disproportionate use of police powers 2021). Some force-level texts published for other forces
(PEEL efficiency 2015 AFIs, PEEL effectiveness 2016 domestic abuse and missing-children items, a
crime data integrity recommendation, a vetting recommendation) are reused here as West Mercia's;
the report titles and dates are the real West Mercia reports of those series. Register IDs are
plain integers in the style of the old HMICFRS register (a few real ones: 902, 2321, 4822, 8541).

## Files

### hmicfrs.xlsx — sheet `Definitive list`
- Rows 1–3: title, "Force: West Mercia Police", "Date of extract: 03/05/2024". Row 4 blank.
- Row 5: header — `Recommendation ID` · `Force` · `Report title` · `Publication date` · `Type` ·
  `Recommendation text` · `Status` · `Last status change` · `HMICFRS comment`.
- Rows 6–{5 + nh}: {nh} items, sorted by publication date then ID. IDs are numbers.
- Type: Recommendation / Area for improvement / Cause of concern / National recommendation.
- Status: Awaiting review, Being progressed (open); Complete, Superseded (closed).

### tracker.xlsx — sheets `Tracker` and `Lists`
- `Tracker` rows 1–11: merged title, merged subtitle, blank, "RAG KEY" with five coloured key rows
  (R/A/G/B/C and meaning), a merged note on copies, blank.
- Row 12: header — `Ref` · `HMIC ID` · `Report` · `Published` · `Type` · `Recommendation / AFI` ·
  `Also under` · `Lead` · `Dept` · `Update` · `Target date` · `RAG` · `Last updated`.
- From row 13: five sections, each opened by a merged heading row (A:M), separated by a blank
  row; {nf} item rows in all. After the table: a blank row and a merged footnote.
- `Ref` is the force's own reference (P1.03, P1.06a, N.02) — not an HMICFRS reference.
- `HMIC ID`: a number, the same number stored as text, blank, "tbc", or "8795 (CoC)".
- `Type`: Rec / AFI / CoC / Nat Rec (drop-down from `Lists`). `Published` shows mmm-yy dates.
- `RAG`: single letters from the drop-down, cell filled in the key colour.
- `Lists`: drop-down values (RAG, Type, Priority, Dept) — no items.

## Status rules

- HMICFRS: open = "Awaiting review", "Being progressed"; closed = "Complete", "Superseded".
- Force (from the key above the table): R (behind) and A (in progress) = open; G (actions
  complete, evidence with sign-off lead), B (submitted to HMICFRS for closure) and C (closed —
  confirmed by HMICFRS or signed off at OLB) = done.
- A blank RAG cell is read from the update: P2.08's update starts "COMPLETE … RAG not yet
  updated", so it is done.
- An item copied under two priorities is done only when every copy is done ("the force has not
  finished while any copy is open"). An item split into one row per bullet is done when every
  bullet row is done; if a bullet has no row at all the item is a conflict.
- closed + done = in_sync; open + open = in_sync; open + done = closeable_submit;
  closed + open = closeable_local.

## Traps and how the truth decides them

1. **Copies under two priorities.** 10616 (P1.07 G, P2.03 A; HMICFRS open) -> both rows in_sync:
   the force is not finished. 10622 (P1.08 C, P3.06 A; HMICFRS Complete) -> both rows
   closeable_local. 2321 (P1.10 B, N.02 G; HMICFRS open) -> both rows closeable_submit.
2. **One row per bullet.** 8800 missing children: three rows (P1.06a–c), all G, ID only on the
   first -> closeable_submit ×3. 8541 stop-search monitoring: three rows (P4.05a–c), C/C/B,
   HMICFRS Complete -> in_sync ×3. 10652 crime data integrity: four rows (P1.09a–d) for five
   bullets — no row for "online reports of crime are triaged at the point of receipt" ->
   conflict ×4 although every present row is done.
3. **HMIC ID quirks.** "8795 (CoC)" (P1.01) is 8795; "tbc" (P2.10, N.03); blank (P1.06b/c,
   P1.09b–d, P2.06, P2.09, P4.11, N.04) — matched by text; "10616"/"10622" stored as text on the
   second copies; 8452 (P4.06) is a transposition of 8542 -> reference conflict.
4. **Find & Replace damage** ("HMICFRS recommends", "cause of concern to HMICFRS",
   "HMICFRSFRS is concerned", "Stop & Search (HMICFRS 2013)", "Everyone's Business - DA
   (HMICFRS 2014)", "Core Business (HMICFRS 2014)") changes nothing: same items, same reports.
5. **Blank RAG with "COMPLETE … RAG not yet updated"** (P2.08, 5209, HMICFRS open) ->
   closeable_submit.
6. **C against an open HMICFRS item** (P4.10, 12103: "Signed off at OLB - awaiting HMICFRS") ->
   closeable_submit: the force is done, HMICFRS has not closed it.
7. **Conflicts**, each decidable from the two rows: timescale (10620: six vs twelve months),
   deadline (12102: By July 2021 vs By July 2022), type (5432: AFI vs Rec), reference (8542 vs
   8452), report (12104 filed under PEEL Legitimacy 2017, Dec-17, instead of Disproportionate use
   of police powers, Feb 2021), a bullet with no row (10652).
8. **Missing from force**: 902 (Integrity matters, Complete), 5210 (total expired licensing
   records, open), 8543 (publish analysis annually, open). 5210 sits between rows the force does
   have (5208, 5209, 5211).
9. **Not on the HMICFRS list**: P3.08 carries HMIC ID 5433 (PEEL efficiency 2015 workforce plan
   AFI) which is not on the list although 5431/5432 are; N.03 is addressed to the Home Office and
   NPCC; N.04 is Bedfordshire Police's recommendation held for learning.
10. The "held for info" section holds real items with statuses (N.01 Core Business A vs
   HMICFRS Superseded -> closeable_local; N.02 copy of 2321).

No `review` lines: every pair is decidable by eye.

## Counts

| category | truth lines | items (HMICFRS items, or force rows for not_on_hmicfrs_list) |
|---|---|---|
{ct}

HMICFRS items: {nh}. Force item rows: {nf}. Truth lines: {sum(counts.values())}.

## Rows that are not items

hmicfrs.xlsx, `Definitive list`:
- `Definitive list!1`: title
- `Definitive list!2`: force name
- `Definitive list!3`: date of extract
- `Definitive list!4`: blank
- `Definitive list!5`: header row
- `Definitive list!{hfooter - 1}`: blank row after the table
- `Definitive list!{hfooter}`: footer "{nh} records"

tracker.xlsx, `Tracker`:
- `Tracker!1`: merged title
- `Tracker!2`: merged subtitle (Plan re-cut, team, version)
- `Tracker!3`: blank
- `Tracker!4`: "RAG KEY" heading
- `Tracker!5`–`Tracker!9`: key rows R, A, G, B, C (letter in a coloured cell, meaning merged B:F)
- `Tracker!10`: merged note about copies and "Also under"
- `Tracker!11`: blank
- `Tracker!12`: header row
{nonf}

tracker.xlsx, `Lists`: every row (row 1 headers RAG/Type/Priority/Dept, rows 2–20 drop-down
values) — not items.
"""


if __name__ == "__main__":
    main()
