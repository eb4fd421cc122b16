#!/usr/bin/env python3
"""Build the evaluation case `pcp_priority_sections_duplicate_rows` (round 104, brief C).

HMICFRS side: an ordinary definitive-list export (one sheet, title rows, one row per item).
Force side: the organisational-learning team's tracker, re-organised under the Police and
Crime Plan (PCP) priorities. Items relevant to two priorities are copied under both
(the "Also under" column), some recommendations are split into one row per bullet, and a
global Find & Replace "HMIC" -> "HMICFRS" run in 2017 has damaged some texts.

Deterministic: no randomness, fixed workbook properties. Standard library + XlsxWriter only.
"""
import csv
import datetime as dt
import os

import xlsxwriter

CASE = "pcp_priority_sections_duplicate_rows"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
D = dt.datetime

# ---------------------------------------------------------------------------------------
# Reports (real titles and publication dates)
# ---------------------------------------------------------------------------------------
R = {
    "WM1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police", D(2019, 9, 27)),
    "CDI16": ("Crime data integrity inspection 2016 – Devon and Cornwall Police", D(2017, 2, 9)),
    "CORE": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", D(2014, 9, 4)),
    "INTEG": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", D(2015, 1, 30)),
    "NHEFF15": ("PEEL: Police efficiency 2015 – Northamptonshire Police", D(2015, 10, 15)),
    "COL1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – City of London Police", D(2019, 5, 2)),
    "WMP1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Midlands Police", D(2019, 5, 2)),
    "HANTS16": ("PEEL: Police effectiveness 2016 – Hampshire Constabulary", D(2017, 3, 2)),
    "WMP16": ("PEEL: Police effectiveness 2016 – West Midlands Police", D(2017, 3, 2)),
    "LEGIT17": ("PEEL: police legitimacy 2017", D(2017, 12, 12)),
    "DISP21": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", D(2021, 2, 26)),
    "EB14": ("Everyone's business: Improving the police response to domestic abuse", D(2014, 3, 27)),
    "NCPI": ("National child protection inspection – Bedfordshire Police", D(2017, 11, 24)),
    "TTR15": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", D(2015, 9, 15)),
}

REC, NREC, AFI, COC = "Recommendation", "National recommendation", "Area for improvement", "Cause of concern"

# Real texts (copied from /work/shared/data/real_recommendations.csv)
T = {
    "H01": "The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.",
    "H02": "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and",
    "H03": "HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.",
    "H04": "HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;",
    "H05": "HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and",
    "H06": "HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;",
    "H07": "HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.",
    "H08": "The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.",
    "H09": "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;",
    "H10": "HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;",
    "H11": "HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;",
    "H12": ("Within six months the force should put in place arrangements to ensure that:\n"
            "• at the point of report, victims are believed;\n"
            "• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n"
            "• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n"
            "• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n"
            "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed."),
    "H13": "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.",
    "H14": "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.",
    "H15": "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public",
    "H16": "The force should develop its understanding of the links between its outcomes, outputs and costs",
    "H17": "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.",
    "H18": "The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.",
    "H19": "The size of the vetting backlog within West Midlands Police is a cause of concern.",
    "H20": "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.",
    "H21": "The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.",
    "H22": "In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.",
    "H23": "To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.",
    "H24": "In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease",
    "H25": "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.",
    "H26": ("To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n"
            "• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action"),
    "H27": "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.",
    "H28": ("By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n"
            "•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities."),
    "H29": ("Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n"
            "•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;"),
    "H30": "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.",
    "H31": "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.",
    "H32": "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.",
    "H33": "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.",
    "H34": ("By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\n"
            "have a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\n"
            "provide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice."),
    "H35": "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.",
    "H36": ("By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\n"
            "This action plan should be developed:\n\n"
            "  • in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n"
            "  • after close consideration of all the recommendations in this report;\n"
            "  • with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n"
            "  • drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.The action plan should be established on the basis of best practice, based on revised relevant guidance from the College of Policing. To ensure consistency, the College and the national policing lead on domestic abuse have agreed to provide advice on the areas that each plan should cover by the end of April 2014.\n\n"
            "Chief officers in each police force should oversee and ensure full implementation of these action plans. This should be a personal responsibility in each case. Police and crime commissioners should hold forces to account in this respect. HMIC will inspect forces' progress on domestic abuse as part of its new annual all-force inspection programme. Police and crime commissioners and chief constables should be called upon to report publicly on progress, as well as to the national oversight and monitoring group."),
    "H37": "Within six months Bedfordshire Police should, in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff comply with their statutory duties to complete detention certificates if a child is detained for any reason in police custody following charge;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested.",
    "H38": "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.",
    "H39": "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.",
    "H40": "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.",
    "H41": "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
}

# HMICFRS status vocabulary (open: Awaiting review, Being progressed;
# closed: Complete, Superseded, No further action needed)
AR, BP, CO, SU, NFA = "Awaiting review", "Being progressed", "Complete", "Superseded", "No further action needed"
HM_OPEN = {AR, BP}
C_NEW = "New recommendation"
C_MON = "The progress of the implementation of this recommendation is currently being monitored by HMICFRS and this record will, in due course, be updated."
C_REV = "The status of this recommendation is currently being reviewed by HMIC and will be updated when this review is complete."
C_DONE = "This recommendation is complete"
C_SUP = "This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness inspections. Where a cause of concern still exists this will appear in the register against these subsequent inspections."
C_CDI = "Authorised for closure on the basis of the additional observations offered by members of the CDI inspection team in recent inspection activity."

# key: (id, report, type, status, status date, comment)
H = {
    "H01": (11284, "WM1819", COC, BP, D(2023, 4, 18), C_MON),
    "H02": (11285, "WM1819", REC, CO, D(2021, 6, 9), C_DONE),
    "H03": (11286, "WM1819", REC, CO, D(2021, 6, 9), C_DONE),
    "H04": (11287, "WM1819", REC, SU, D(2022, 3, 3), "Superseded by recommendations made in the force's subsequent PEEL inspection."),
    "H05": (11288, "WM1819", REC, CO, D(2020, 11, 24), C_DONE),
    "H06": (11289, "WM1819", REC, BP, D(2023, 4, 18), C_MON),
    "H07": (11290, "WM1819", REC, BP, D(2023, 4, 18), C_MON),
    "H08": (11291, "WM1819", COC, BP, D(2023, 4, 18), C_MON),
    "H09": (11292, "WM1819", REC, BP, D(2023, 4, 18), C_MON),
    "H10": (11293, "WM1819", REC, AR, D(2019, 9, 27), C_NEW),
    "H11": (11294, "WM1819", REC, BP, D(2023, 4, 18), C_MON),
    "H12": (6989, "CDI16", REC, BP, D(2018, 4, 27), C_MON),
    "H13": (4819, "CORE", NREC, AR, D(2016, 9, 30), C_REV),
    "H14": (902, "INTEG", NREC, CO, D(2017, 8, 30), C_DONE),
    "H15": (6240, "NHEFF15", AFI, NFA, D(2017, 8, 30), "No further action needed – re-assessed in PEEL 2017."),
    "H16": (6241, "NHEFF15", AFI, BP, D(2019, 1, 14), C_MON),
    "H17": (6242, "NHEFF15", AFI, BP, D(2019, 1, 14), C_MON),
    "H18": (10188, "COL1819", AFI, AR, D(2019, 5, 2), C_NEW),
    "H19": (10231, "WMP1819", COC, BP, D(2022, 10, 5), C_MON),
    "H20": (10232, "WMP1819", REC, BP, D(2022, 10, 5), C_MON),
    "H21": (8786, "HANTS16", COC, CO, D(2018, 3, 22), C_DONE),
    "H22": (8787, "HANTS16", REC, CO, D(2018, 3, 22), C_DONE),
    "H23": (8788, "HANTS16", REC, BP, D(2018, 3, 22), C_MON),
    "H24": (8789, "HANTS16", REC, CO, D(2024, 2, 8), C_DONE),
    "H25": (8795, "WMP16", COC, BP, D(2018, 5, 11), C_MON),
    "H26": (8796, "WMP16", REC, BP, D(2018, 5, 11), C_MON),
    "H27": (8541, "LEGIT17", COC, BP, D(2019, 7, 1), C_MON),
    "H28": (8542, "LEGIT17", NREC, BP, D(2019, 7, 1), C_MON),
    "H29": (8543, "LEGIT17", NREC, BP, D(2019, 7, 1), C_MON),
    "H30": (8544, "LEGIT17", NREC, BP, D(2019, 7, 1), C_MON),
    "H31": (8545, "LEGIT17", NREC, BP, D(2019, 7, 1), C_MON),
    "H32": (12604, "DISP21", NREC, BP, D(2022, 8, 1), C_MON),
    "H33": (12605, "DISP21", NREC, BP, D(2022, 8, 1), C_MON),
    "H34": (12606, "DISP21", NREC, BP, D(2022, 8, 1), C_MON),
    "H35": (12607, "DISP21", NREC, AR, D(2021, 2, 26), C_NEW),
    "H36": (2321, "EB14", NREC, CO, D(2016, 9, 30), C_DONE),
    "H37": (8548, "NCPI", REC, BP, D(2018, 6, 6), C_MON),
    "H38": (6613, "TTR15", NREC, AR, D(2015, 9, 15), C_NEW),
    "H39": (6614, "TTR15", NREC, CO, D(2017, 8, 30), C_DONE),
    "H40": (6615, "TTR15", NREC, CO, D(2017, 8, 30), C_DONE),
    "H41": (6616, "TTR15", NREC, CO, D(2017, 8, 30), C_DONE),
}
assert set(H) == set(T)

# ---------------------------------------------------------------------------------------
# Force tracker rows, by PCP priority section.
# (pcp_ref, hmic_id cell, report cell, date pub cell, type cell, text, lead, also_under,
#  rag, progress, last_updated, truth_key, category_override, why)
# truth_key None -> not_on_hmicfrs_list. category_override used only for conflicts.
# ---------------------------------------------------------------------------------------
F_DONE = {"G", "B", "C"}
F_OPEN = {"R", "A", ""}

SECTIONS = [
    ("PRIORITY 1 – PROTECTING VULNERABLE PEOPLE & PUTTING VICTIMS FIRST", [
        ("P1.01", 2321, "Everyone's Business (DA) 2014", D(2014, 3, 1), "Rec",
         "By Sept 2014 every force to establish & publish DA action plan (developed with PCC, DA support orgs & victims reps, DHRs/IPCC findings, CPS scrutiny panels & MARAC self assessments). Chief officer personal responsibility for full implementation.",
         "D/Supt PVP", "", "A", "DA Action Plan v6 being refreshed in line w/ new VAWG strategy. Draft to DA Strategic Board Nov 24.", D(2024, 9, 2),
         "H36", None, "Same DA action-plan recommendation (2321). HMICFRS Complete; force A (plan refresh ongoing) -> force closes its row."),
        ("P1.02", 8786, "PEEL Effectiveness 2016", D(2017, 3, 2), "CoC",
         "The force's current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMICFRS.",
         "D/Supt PVP", "", "C", "Closed by HMICFRS March 2018 (letter on file).", D(2018, 4, 3),
         "H21", None, "Same CoC (8786); closed both sides (Complete / C)."),
        ("P1.03", 8787, "PEEL Effectiveness 2016", D(2017, 3, 2), "Rec",
         "In order to improve the service to DA victims, offer best possible protection and bring more perpetrators to justice, force should immediately consider ways of increasing use of arrest, ancillary orders and other available powers",
         "D/Supt PVP", "", "A", "DA arrest rate 41% (Q1) – below target. DVPN/DVPO use up. Continuing via DA Perf Group", D(2024, 8, 28),
         "H22", None, "Same rec (8787, HMICFRS 'This recommendation is complete'); HMICFRS Complete, force A -> force closes its row."),
        ("P1.04", 8788, "Everyone's Business (DA) 2014", D(2014, 3, 1), "Rec",
         "To improve service to DA victims the force should immediately take steps to understand and address the reason why such a high proportion of DA victims do not support the police investigation",
         "D/Supt PVP", "", "A", "Victim withdrawal analysis done (Univ. partnership). Evidence-led prosecution training rolling out to Resp & PPU.", D(2024, 8, 28),
         "H23", "conflict", "Same rec (ID 8788, same text) but the force files it under Everyone's Business 2014 (pub Mar 2014); HMICFRS: PEEL: Police effectiveness 2016 – Hampshire, pub 02/03/2017. Report conflict; both open."),
        ("P1.05", 8789, "PEEL Effectiveness 2016", D(2017, 3, 2), "Rec",
         "In addition, the practice of conducting DA risk assessments over the telephone and dealing with DA in the resolution centre should cease",
         "D/Supt PVP", "P2.06", "G", "Telephone DARA stopped – all DA risk assessments now done face to face (policy amended 01/24). Resolution centre element – see P2.06.", D(2024, 9, 12),
         "H24", None, "Item 8789 appears twice (P1.05, P2.06). This copy G (telephone part), the other copy A (resolution-centre part still open, same review date), so the force has not finished; HMICFRS Complete -> force closes both rows."),
        ("P1.06", "8795 (CoC)", "PEEL Effectiveness 2016", D(2017, 3, 2), "CoC",
         "Force's response to missing & absent children is a cause of concern to HMICFRS – risk assessment inappropriate in some cases, children classed as absent when should be missing, risk graded too low, CSE info not influencing risk. Enduring CoC from HMICFRS's vulnerability report 2015.",
         "Det Supt Safeguarding", "", "A", "Absent category removed (national change). Monthly audit of missing child risk grading – 92% compliant Aug 24.", D(2024, 9, 5),
         "H25", None, "Same CoC (8795, abridged); open both sides (Being progressed / A)."),
        ("P1.07", 8796, "PEEL Effectiveness 2016", D(2017, 3, 2), "Rec",
         "To address this CoC the force should immediately review its approach to reports of missing children and ensure: call takers understand/use missing & absent category appropriately; call takers & frontline staff can identify CSE risk factors and respond; supervisors provide correct oversight of missing person enquiries and direct timely investigative & safeguarding action",
         "Det Supt Safeguarding", "P2.07", "B", "All 3 elements evidenced. DCC signed off 23/07/24, submitted to HMICFRS FLL 30/07/24.", D(2024, 7, 30),
         "H26", None, "Item 8796 appears twice (P1.07, P2.07), both B (submitted); HMICFRS Being progressed -> submit for closure."),
        ("P1.08", 8548, "NCPI", "Nov-17", "Rec",
         "Within 6 months, with children's social care, review how we manage detention of children – (a) children only detained when absolutely necessary and for absolute minimum time",
         "Ch Supt Custody", "", "B", "Custody detention of children review complete. Submitted 14/05/24", D(2024, 5, 14),
         "H37", None, "Bullet (a) of 8548 (force keeps one row per bullet P1.08-P1.12); all five bullets G/B, HMICFRS Being progressed -> submit."),
        ("P1.09", None, "NCPI", "Nov-17", "Rec",
         "(b) custody staff assess at an early stage a child's need for alternative accommodation (secure or otherwise) & work with CSC to achieve most appropriate option",
         "Ch Supt Custody", "", "G", "PACE beds protocol agreed with 3 LAs. Awaiting DCC sign off", D(2024, 8, 1),
         "H37", None, "Bullet (b) of 8548; part of a split item whose rows are all done; HMICFRS Being progressed -> submit."),
        ("P1.10", None, "NCPI", "Nov-17", "Rec",
         "(c) custody staff comply with statutory duty to complete detention certificates if a child is detained in custody following charge",
         "Ch Supt Custody", "", "B", "Dip sample 100% compliance (Q4 23/24). Submitted 14/05/24", D(2024, 5, 14),
         "H37", None, "Bullet (c) of 8548; all bullets done; HMICFRS Being progressed -> submit."),
        ("P1.11", None, "NCPI", "Nov-17", "Rec",
         "(d) custody staff record all actions taken and decisions made on the relevant documentation",
         "Ch Supt Custody", "", "G", "NICHE custody record template updated. Awaiting DCC sign off", D(2024, 8, 1),
         "H37", None, "Bullet (d) of 8548; all bullets done; HMICFRS Being progressed -> submit."),
        ("P1.12", None, "NCPI", "Nov-17", "Rec",
         "(e) improve timeliness of adequate appropriate adult support for children who are arrested",
         "Ch Supt Custody", "", "G", "AA service recommissioned – avg wait 2h10m (was 6h+). Awaiting DCC sign off", D(2024, 8, 1),
         "H37", None, "Bullet (e) of 8548; all bullets done; HMICFRS Being progressed -> submit."),
        ("P1.13", 11286, "PEEL 2018/19", "Sep-19", "Rec",
         "HMICFRS recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.",
         "ACC Local Policing", "", "C", "Closed by HMICFRS 06/21", D(2021, 7, 1),
         "H03", None, "Same rec (11286); closed both sides (Complete / C)."),
        ("P1.14", 6989, "CDI 2016", "Feb-17", "Rec",
         "Within six months arrangements to ensure that at the point of report victims are believed",
         "Force Crime Registrar", "", "A", "Victim-believed message in all CDI training. FCR audit 94%.", D(2024, 9, 10),
         "H12", "conflict", "Bullet 1 of 6989 (force rows P1.14-P1.17 are bullets 1, 2, 3 and 5). The force has no row for bullet 4 (awaiting medical examinations / video interviews before recording) -> conflict: missing bullet."),
        ("P1.15", None, "CDI 2016", "Feb-17", "Rec",
         "- call handler / caller conversations summarised accurately in the incident log so attending officers have full facts for crime-recording decisions",
         "Force Crime Registrar", "", "A", "STORM log QA by Contact Mgmt supervisors – ongoing", D(2024, 9, 10),
         "H12", "conflict", "Bullet 2 of 6989; item is a conflict because bullet 4 has no force row."),
        ("P1.16", None, "CDI 2016", "Feb-17", "Rec",
         "- multiple crimes always recorded when described in incident records or identified as part of other recorded crime investigations",
         "Force Crime Registrar", "", "G", "Crime Recording Decision Unit in place. Audit shows multiple crimes captured (97%).", D(2024, 6, 20),
         "H12", "conflict", "Bullet 3 of 6989; item is a conflict because bullet 4 has no force row."),
        ("P1.17", None, "CDI 2016", "Feb-17", "Rec",
         "- online reports of crime triaged at point of receipt so ongoing risks to victim/wider public identified and managed",
         "Force Crime Registrar", "", "A", "Single Online Home triage desk – 24/7 cover from Jan 25", D(2024, 9, 10),
         "H12", "conflict", "Bullet 5 of 6989; item is a conflict because bullet 4 has no force row."),
    ]),
    ("PRIORITY 2 – TACKLING CRIME & BRINGING OFFENDERS TO JUSTICE", [
        ("P2.01", None, "PEEL 2018/19", "Sep-19", "CoC",
         "The force does not have the capacity or capability to investigate crime effectively and this is affecting the service provided to the public. Failings in the way crimes are being investigated.",
         "ACC Crime", "", "A", "Investigation Standards Board monitoring. See P2.02-P2.05", D(2024, 9, 3),
         "H08", None, "Same CoC (abridged, no ID); open both sides (Being progressed / A)."),
        ("P2.02", 11285, "PEEL 2018/19", "Sep-19", "Rec",
         "HMICFRS recommends that the force should immediately: conduct a review of officers' capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them",
         "ACC Crime", "", "A", "Workload review re-run 2024 (Op Balance). Results to ISB Oct.", D(2024, 9, 3),
         "H02", None, "Same rec (11285); HMICFRS Complete, force A -> force closes its row."),
        ("P2.03", 11292, "PEEL 2018/19", "Sep-19", "Rec",
         "HMICFRS recommends that within twelve months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;",
         "ACC Crime", "", "A", "Supervisory review template on Niche. Compliance 78%", D(2024, 9, 3),
         "H09", "conflict", "Same rec (11292) but the force's text says 'within twelve months' where HMICFRS says 'within six months': timescale conflict; both open."),
        ("P2.04", 11293, "PEEL 2018/19", "Sep-19", "Rec",
         "HMICFRS recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed",
         "Head of Digital Forensics", "", "G", "Kiosks at all hubs, backlog 3 wks (was 7 months). Complete – pack with OL", D(2024, 8, 19),
         "H10", None, "Same rec (11293); HMICFRS Awaiting review (open), force G (done) -> submit for closure."),
        ("P2.05", 11294, "PEEL 2018/19", "Sep-19", "Rec",
         "HMICFRS recommends that within six months the force should: improve its understanding of suspects RUI and management of those released on bail",
         "ACC Crime", "", "A", "Bail mgmt team live; PACE changes Oct 22 embedded. RUI numbers reducing", D(2024, 9, 3),
         "H11", None, "Same rec (11294); open both sides (Being progressed / A)."),
        ("P2.06", 8789, "PEEL Effectiveness 2016", D(2017, 3, 2), "Rec",
         "In addition, the practice of conducting DA risk assessments over the telephone and dealing with DA in the resolution centre should cease",
         "Supt Contact Mgmt", "P1.05", "A", "Resolution centre still taking standard-risk DA crimes – DA desk closure planned Q4 24/25.", D(2024, 9, 12),
         "H24", None, "Second copy of 8789 (see P1.05); this copy A, so the item is still open for the force; HMICFRS Complete -> force closes both rows."),
        ("P2.07", 8796, "PEEL Effectiveness 2016", D(2017, 3, 2), "Rec",
         "To address this CoC the force should immediately review its approach to reports of missing children and ensure: call takers understand/use missing & absent category appropriately; call takers & frontline staff can identify CSE risk factors and respond; supervisors provide correct oversight of missing person enquiries and direct timely investigative & safeguarding action",
         "Det Supt Safeguarding", "P1.07", "B", "See P1.07. Submitted 30/07/24.", D(2024, 7, 30),
         "H26", None, "Second copy of 8796 (see P1.07), B; HMICFRS Being progressed -> submit."),
        ("P2.08", 6615, "Targeting the Risk 2015", D(2015, 9, 15), "Rec",
         "Immediately, all CCs should satisfy themselves that all appropriate action is being taken by their force re 'total expired' licensing records.",
         "Firearms Licensing Mgr", "", "G", "All total expired records reviewed. Nil outstanding", D(2017, 6, 30),
         "H40", None, "Same rec (6615); HMICFRS Complete, force G (done) -> closed/done on both sides."),
        ("P2.09", 6616, "Targeting the Risk 2015", D(2015, 9, 15), "Rec",
         "Within 3 months, all CCs should ensure temporary permit arrangements accord with HO guidance; permits properly recorded without delay on NFLMS; and effective systems so certificate holders are not permitted at any time to remain in unlawful possession of a firearm",
         "Firearms Licensing Mgr", "", "B", "Submitted 2017", "2017",
         "H41", None, "Same rec (6616); HMICFRS Complete, force B (done) -> in sync."),
        ("P2.10", 6613, "Targeting the Risk 2015", D(2015, 9, 15), "Rec",
         "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in APP. Where not complied with put in place immediately correct arrangements to meet standards in full.",
         "Firearms Licensing Mgr", "", "G", "APP gap analysis complete 2023, FEL governance board ToR updated. Awaiting DCC sign off.", D(2024, 3, 6),
         "H38", None, "Same rec (6613); HMICFRS Awaiting review (open), force G (done) -> submit."),
        ("P2.11", 6614, "Targeting the Risk 2015", D(2015, 9, 15), "Rec",
         "Within three months, all CCs should assess demand placed on firearms licensing dept and ensure capacity to meet demand and provide efficient & effective service at all times",
         "Firearms Licensing Mgr", "", "C", "Closed by HMICFRS Aug 17", D(2017, 9, 4),
         "H39", None, "Same rec (6614); closed both sides (Complete / C)."),
        ("P2.12", 8543, "PEEL Legitimacy 2017", "Dec-17", "Rec",
         "Where forces identify disparities through monitoring, they should demonstrate to the public that they have: carried out research & analysis to understand reasons for disparity, and taken action to reduce the disparity where necessary",
         "Supt S&S lead", "P4.06", "A", "See P4.06", D(2024, 9, 9),
         "H29", None, "Second copy of 8543 (see P4.06), both A; HMICFRS Being progressed -> in sync."),
    ]),
    ("PRIORITY 3 – A MODERN, EFFICIENT FORCE", [
        ("P3.01", None, "PEEL 2018/19", "Sep-19", "CoC",
         "The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. Gaps in workforce skills assessment, and weaknesses in both investigative approach and approach to safeguarding vulnerable people.",
         "DCC", "", "A", "Post-alliance operating model embedded. CoC rec's largely complete – final evidence via P3.04", D(2024, 9, 3),
         "H01", None, "Same CoC (no ID, abridged); open both sides (Being progressed / A)."),
        ("P3.02", 11287, "PEEL 2018/19", "Sep-19", "Rec",
         "HMICFRS recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, incl. potential future skills requirements. This assessment should inform workforce plans",
         "Dir People", "", "R", "Skills audit paused (ERP replacement). Now linked to Strategic Workforce Plan 25-28.", D(2024, 7, 15),
         "H04", None, "Same rec (11287); HMICFRS Superseded (closed), force R (open) -> force closes its row."),
        ("P3.03", 11288, "PEEL 2018/19", "Sep-19", "Rec",
         "HMICFRS recommends that the force should immediately: agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services",
         "DCC", "", "C", "Closed by HMICFRS Nov 2020", D(2020, 12, 1),
         "H05", None, "Same rec (11288); closed both sides (Complete / C)."),
        ("P3.04", 11289, "PEEL 2018/19", "Sep-19", "Rec",
         "HMICFRS recommends that the force should immediately: clearly define its new operating model, ensuring all operational & support services are affordable and fit to protect the communities",
         "DCC", "", "B", "Operating model & MTFP evidence submitted to HMICFRS 21/06/24", D(2024, 6, 21),
         "H06", None, "Same rec (11289); HMICFRS Being progressed, force B (submitted) -> submit/chase closure."),
        ("P3.05", 6240, "PEEL Efficiency 2015", "Oct-15", "AFI",
         "Force should undertake further work to gain a fuller understanding of current demand for its services and likely future changes in demand, so it can match resources to demand to meet the needs of the public",
         "Head of Strategic Planning", "", "A", "FMS 2024 demand chapter in draft", D(2024, 8, 30),
         "H15", None, "Same AFI (6240); HMICFRS No further action needed (closed), force A -> force closes its row."),
        ("P3.06", 6241, "PEEL Efficiency 2015", "Oct-15", "Rec",
         "The force should develop its understanding of the links between its outcomes, outputs and costs",
         "Chief Finance Officer", "", "A", "Activity based costing pilot (Resp & Inv) – report due Dec 24", D(2024, 8, 30),
         "H16", "conflict", "Same item (6241, same text) but the force records it as a recommendation ('Rec'); HMICFRS: Area for improvement. Type conflict; both open."),
        ("P3.07", 6242, "PEEL Efficiency 2015", "Oct-15", "AFI",
         "The force should develop a future workforce plan aligned with overall demand and budget, incl. future resource allocations, mix of skills required and behaviours expected",
         "Dir People", "", "R", "SWP 25-28 delayed – awaiting uplift settlement", D(2024, 7, 15),
         "H17", None, "Same AFI (6242); open both sides (Being progressed / R)."),
        ("P3.08", 10232, "PEEL 2018/19", "May-19", "Rec",
         "Ensure all staff have at least the lowest level of vetting clearance for their roles asap, clearing both the vetting backlog and new renewals as they fall due so as to comply fully with national vetting guidelines",
         "Head of PSD", "P4.03", "G", "Backlog cleared Mar 24. Renewals tracked on Core-Vet – 0 overdue. Complete", D(2024, 8, 22),
         "H20", None, "Item 10232 appears twice (P3.08 G, P4.03 B): both done; HMICFRS Being progressed -> submit."),
        ("P3.09", None, "PEEL 2018/19", "May-19", "CoC",
         "The size of the vetting backlog is a cause of concern.",
         "Head of PSD", "", "A", "Linked to P3.08 – awaiting HMICFRS revisit", D(2024, 8, 22),
         "H19", None, "Same CoC (vetting backlog, no ID); open both sides (Being progressed / A)."),
        ("P3.10", 10188, "PEEL 2018/19", "May-19", "AFI",
         "The force should improve its use of its crime-recording & management system to better manage case files & investigative processes.",
         "Head of Criminal Justice", "", "A", "Niche case file QA – on track", D(2024, 9, 1),
         "H18", None, "Same AFI (10188); open both sides (Awaiting review / A)."),
    ]),
    ("PRIORITY 4 – PUBLIC CONFIDENCE, LEGITIMACY & TRUST", [
        ("P4.01", 11290, "PEEL 2018/19", "Sep-19", "Rec",
         "HMICFRS recommends that the force should immediately: improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result",
         "Head of Corp Comms", "", "G", "Public consultation framework + 'You said, we did' pages live. Complete", D(2024, 8, 12),
         "H07", None, "Same rec (11290); HMICFRS Being progressed, force G (done) -> submit."),
        ("P4.02", 902, "Integrity Matters 2015", D(2015, 1, 30), "Rec",
         "By 31 August 2016, all chief constables should satisfy themselves they have processes in place to ensure investigations into misconduct by officers and staff resulting in 'no further action' are fair and free of any form of discrimination.",
         "Head of PSD", "", "G", "NFA outcomes dip sampled quarterly by PSD/ IAG.", D(2017, 3, 14),
         "H14", "conflict", "Same rec (902) but the force's text has deadline 31 August 2016 where HMICFRS says 31 August 2015: deadline conflict (statuses agree: Complete / G)."),
        ("P4.03", 10232, "PEEL 2018/19", "May-19", "Rec",
         "Ensure all staff have at least the lowest level of vetting clearance for their roles asap – clear backlog & renewals – comply fully with national vetting guidelines",
         "Dir People", "P3.08", "B", "HR element (starters / movers) signed off by DCC & submitted 05/08/24", D(2024, 8, 5),
         "H20", None, "Second copy of 10232 (see P3.08), B; both copies done; HMICFRS Being progressed -> submit."),
        ("P4.04", 8541, "PEEL Legitimacy 2017", "Dec-17", "CoC",
         "HMICFRSFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, over-representation of BAME people, and black people in particular, in S&S data which many forces are unable to explain.",
         "Supt S&S lead", "", "A", "Disproportionality ratio 3.1 (was 4.6). Scrutiny panel quarterly.", D(2024, 9, 9),
         "H27", None, "Same CoC (8541; 'HMICFRSFRS' is Find & Replace damage); open both sides (Being progressed / A)."),
        ("P4.05", 8524, "PEEL Legitimacy 2017", "Dec-17", "Rec",
         "By July 2018, all forces should be regularly & frequently monitoring a comprehensive set of data on use of S&S to understand: reasons for any disproportionate representation of different ethnic groups; extent to which find rates differ between ethnicities and types of search (incl. drug possession vs supply); prevalence of possession-only drug searches & whether these align with local/force priorities",
         "Supt S&S lead", "", "A", "S&S Power BI dashboard live. Possession-only analysis outstanding", D(2024, 9, 9),
         "H28", "conflict", "Same rec (same text, abridged) but the force's HMIC ID is 8524; HMICFRS reference is 8542 (8524 is not on the list): reference conflict; both open."),
        ("P4.06", 8543, "PEEL Legitimacy 2017", "Dec-17", "Rec",
         "Where forces identify disparities through monitoring, they should demonstrate to the public that they have: carried out research & analysis to understand reasons for disparity, and taken action to reduce the disparity where necessary",
         "Supt S&S lead", "P2.12", "A", "Academic review of disparity commissioned (report due Jan 25). Actions published on website.", D(2024, 9, 9),
         "H29", None, "Item 8543 appears twice (P4.06, P2.12), both A; HMICFRS Being progressed -> in sync."),
        ("P4.07", 8545, "PEEL Legitimacy 2017", "Dec-17", "Rec",
         "By July 2018 and ongoing, forces should ensure all officers who use S&S powers have been provided with, and understand, training on unconscious bias and College of Policing APP on S&S.",
         "Supt S&S lead", "", "", "COMPLETE – all officers using S&S powers have done unconscious bias + APP S&S training (NCALT + CPD day). Evidence pack to OL 27/02/24 – RAG not yet updated", D(2024, 2, 27),
         "H31", None, "Same rec (8545); RAG blank but the update says COMPLETE with evidence sent (read by eye as done); HMICFRS Being progressed -> submit."),
        ("P4.08", "tbc", "Disproportionate use of police powers", "Feb-21", "Rec",
         "By July 2022, forces should ensure officers and staff have effective communication skills, in line with National Policing Guidelines on Conflict Management. In addition to existing conflict mgmt & de-escalation training.",
         "Head of L&D", "", "A", "Comms skills module in PST from Apr 24. 61% trained", D(2024, 9, 4),
         "H32", None, "Same rec (ID 'tbc', text July 2022 matches 12604); open both sides (Being progressed / A)."),
        ("P4.09", 12605, "Disproportionate use of police powers", "Feb-21", "Rec",
         "By July 2022, forces should ensure that communication skills are reinforced as part of CPD for officers and staff, and that supervisors are supported to routinely & frequently debrief officers on these skills using BWV footage.",
         "Head of L&D", "", "A", "Supervisor BWV debrief guidance drafted", D(2024, 9, 4),
         "H33", "conflict", "Same rec (12605) but the force's text says 'By July 2022' where HMICFRS says 'By July 2021' (copied from the row above): deadline conflict; both open."),
        ("P4.10", 12606, "Disproportionate use of police powers", "Feb-21", "Rec",
         "By Sept 2021 forces should: ensure officers record on BWV the entirety of all S&S encounters incl. traffic stops & use of force; have structured process for internal review of a sufficient sample of BWV footage to identify learning and hold officers to account; give external scrutiny panel access to samples of BWV footage (S&S & UoF) with APP safeguards",
         "Supt S&S lead", "", "R", "BWV activation for S&S 81% – below 95% target. Panel access in place.", D(2024, 9, 9),
         "H34", None, "Same rec (12606); open both sides (Being progressed / R)."),
    ]),
    ("NATIONAL – NOT MAPPED TO PCP (held for info)", [
        ("N.01", None, "Stop & Search (HMICFRS 2013)", "Jul-13", "Nat Rec",
         "Chief Constables and the College of Policing should establish in the Stop and Search APP document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.",
         "Supt S&S lead", "", "C", "Closed – APP published. Kept for reference.", D(2016, 5, 4),
         None, None, "Stop and search powers 2013 recommendation; no such item on the HMICFRS list (closed long ago / not held against the force) -> query."),
        ("N.02", None, "Stop & Search (HMICFRS 2013)", "Jul-13", "Nat Rec",
         "Chief Constables should establish or improve monitoring of the way officers stop and search people, so they can be satisfied officers are acting in accordance with the law (incl. equality legislation & the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.",
         "Supt S&S lead", "", "G", "Monthly S&S scrutiny + Best Use of S&S scheme. Superseded by 2017 & 2021 recs.", D(2019, 2, 11),
         None, None, "Stop and search powers 2013 recommendation; not on the HMICFRS list -> query."),
        ("N.03", None, "Disproportionate use of police powers", "Feb-21", "Nat Rec",
         "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.",
         "n/a", "", "N/A", "For HO / NPCC – no action for force. Data returns via ADR.", D(2022, 3, 1),
         None, None, "Recommendation to the Home Office and NPCC, tracked by the force for information; not on the HMICFRS list -> not_on_hmicfrs_list."),
    ]),
]

HM_HEADERS = ["Recommendation ID", "Report title", "Publication date", "Type",
              "Recommendation text", "Status", "Status date", "Comment"]
F_HEADERS = ["PCP Ref", "HMIC ID", "Report", "Date pub", "Type",
             "Recommendation / AFI / CoC (abridged where long)", "Lead", "Also under",
             "RAG", "Progress update", "Last updated"]

PROPS_HM = {"title": "Definitive list", "author": "HMICFRS", "company": "HMICFRS",
            "created": D(2024, 10, 7, 9, 12, 0)}
PROPS_F = {"title": "HMICFRS tracker – PCP mapping", "author": "OL & Inspection Team",
           "company": "", "created": D(2024, 9, 19, 8, 30, 0)}


def build_hmicfrs(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties(PROPS_HM)
    ws = wb.add_worksheet("Definitive list")
    bold = wb.add_format({"bold": True})
    title = wb.add_format({"bold": True, "font_size": 13})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "text_wrap": True, "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    ws.write(0, 0, "HMICFRS – Definitive list of recommendations, causes of concern and areas for improvement", title)
    ws.write(1, 0, "Extract date: 07/10/2024   Records: 41   Status filter: All", bold)
    # row 3 blank
    ws.write_row(3, 0, HM_HEADERS, hdr)
    ws.set_column(0, 0, 12)
    ws.set_column(1, 1, 45)
    ws.set_column(2, 2, 12)
    ws.set_column(3, 3, 22)
    ws.set_column(4, 4, 90)
    ws.set_column(5, 6, 16)
    ws.set_column(7, 7, 60)
    ws.freeze_panes(4, 0)
    keys = sorted(H, key=lambda k: (R[H[k][1]][1], R[H[k][1]][0], H[k][0]))
    rows = {}
    r = 4
    for k in keys:
        rid, rep, typ, st, sd, com = H[k]
        ws.write_number(r, 0, rid, top)
        ws.write_string(r, 1, R[rep][0], wrap)
        ws.write_datetime(r, 2, R[rep][1], datef)
        ws.write_string(r, 3, typ, top)
        ws.write_string(r, 4, T[k], wrap)
        ws.write_string(r, 5, st, top)
        ws.write_datetime(r, 6, sd, datef)
        ws.write_string(r, 7, com, wrap)
        rows[k] = r + 1
        r += 1
    ws.autofilter(3, 0, r - 1, len(HM_HEADERS) - 1)
    # row r (blank), then footer
    ws.write(r + 1, 0, "41 records returned.")
    wb.close()
    return rows, {"blank": r + 1, "footer": r + 2, "last_item": r}


def build_tracker(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties(PROPS_F)
    ws = wb.add_worksheet("PCP Mapping")
    lists = wb.add_worksheet("Lists")
    title = wb.add_format({"bold": True, "font_size": 14})
    ital = wb.add_format({"italic": True, "font_color": "#595959"})
    hdr = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True, "valign": "top"})
    sec = wb.add_format({"bold": True, "bg_color": "#203864", "font_color": "#FFFFFF"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    top = wb.add_format({"valign": "top", "border": 1})
    mon = wb.add_format({"num_format": "mmm-yy", "valign": "top", "border": 1, "align": "left"})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1, "align": "left"})
    rag_fmt = {
        "R": wb.add_format({"bg_color": "#FF0000", "bold": True, "align": "center", "valign": "top", "border": 1}),
        "A": wb.add_format({"bg_color": "#FFC000", "bold": True, "align": "center", "valign": "top", "border": 1}),
        "G": wb.add_format({"bg_color": "#00B050", "bold": True, "align": "center", "valign": "top", "border": 1}),
        "B": wb.add_format({"bg_color": "#00B0F0", "bold": True, "align": "center", "valign": "top", "border": 1}),
        "C": wb.add_format({"bg_color": "#A6A6A6", "bold": True, "align": "center", "valign": "top", "border": 1}),
        "N/A": wb.add_format({"bg_color": "#FFFFFF", "bold": True, "align": "center", "valign": "top", "border": 1}),
        "": wb.add_format({"align": "center", "valign": "top", "border": 1}),
    }
    key_fmt = {k: wb.add_format({"bg_color": c, "text_wrap": True, "font_size": 9})
               for k, c in [("R", "#FF0000"), ("A", "#FFC000"), ("G", "#00B050"),
                            ("B", "#00B0F0"), ("C", "#A6A6A6")]}

    ws.write(0, 0, "HMICFRS Recommendations, AFIs & Causes of Concern – mapped to Police and Crime Plan 2021-2025 priorities", title)
    ws.write(1, 0, "Owner: Organisational Learning & Inspection Team  |  Last full review: 19/09/2024  |  OFFICIAL", ital)
    ws.write(3, 0, "RAG key:", wb.add_format({"bold": True}))
    ws.write(3, 1, "R = off track / past deadline", key_fmt["R"])
    ws.write(3, 2, "A = in progress", key_fmt["A"])
    ws.write(3, 3, "G = complete – awaiting DCC sign-off", key_fmt["G"])
    ws.write(3, 4, "B = signed off by DCC & submitted to HMICFRS", key_fmt["B"])
    ws.write(3, 5, "C = closed by HMICFRS (grey)", key_fmt["C"])
    ws.write(4, 0, "NB items relevant to more than one PCP priority are listed under EACH priority – see 'Also under'. Update BOTH rows.", ital)
    ws.write_row(6, 0, F_HEADERS, hdr)
    widths = [8, 10, 26, 9, 7, 80, 20, 9, 6, 55, 11]
    for i, w in enumerate(widths):
        ws.set_column(i, i, w)
    ws.freeze_panes(7, 2)

    r = 7
    rows = []          # (excel_row, record)
    nonitems = {1: "title", 2: "owner / review line", 3: "blank", 4: "RAG key", 5: "note on duplicated rows",
                6: "blank", 7: "header row"}
    first = True
    for heading, recs in SECTIONS:
        if not first:
            nonitems[r + 1] = "blank row between sections"
            r += 1
        first = False
        ws.merge_range(r, 0, r, len(F_HEADERS) - 1, heading, sec)
        nonitems[r + 1] = "section heading: " + heading
        r += 1
        for rec in recs:
            (ref, hid, rep, dpub, typ, text, lead, also, rag, prog, upd, key, override, why) = rec
            ws.write_string(r, 0, ref, top)
            if hid is None:
                ws.write_blank(r, 1, None, top)
            elif isinstance(hid, int):
                ws.write_number(r, 1, hid, top)
            else:
                ws.write_string(r, 1, hid, top)
            ws.write_string(r, 2, rep, wrap)
            if isinstance(dpub, dt.datetime):
                ws.write_datetime(r, 3, dpub, mon)
            else:
                ws.write_string(r, 3, dpub, top)
            ws.write_string(r, 4, typ, top)
            ws.write_string(r, 5, text, wrap)
            ws.write_string(r, 6, lead, wrap)
            if also:
                ws.write_string(r, 7, also, top)
            else:
                ws.write_blank(r, 7, None, top)
            if rag:
                ws.write_string(r, 8, rag, rag_fmt[rag])
            else:
                ws.write_blank(r, 8, None, rag_fmt[""])
            ws.write_string(r, 9, prog, wrap)
            if isinstance(upd, dt.datetime):
                ws.write_datetime(r, 10, upd, datef)
            else:
                ws.write_string(r, 10, upd, top)
            rows.append((r + 1, rec))
            r += 1
    nonitems[r + 1] = "blank row after table"
    ws.write(r + 1, 0, "Total rows: %d (some items listed twice – see 'Also under')" % len(rows), ital)
    nonitems[r + 2] = "footer: row count"
    ws.write(r + 2, 0, r"Saved from S:\OL\Inspection\HMICFRS\HMICFRS master tracker v14 (PCP).xlsx", ital)
    nonitems[r + 3] = "footer: file path"

    lists.write_row(0, 0, ["RAG", "PCP priority", "Type"], wb.add_format({"bold": True}))
    for i, v in enumerate(["R", "A", "G", "B", "C", "N/A"]):
        lists.write(i + 1, 0, v)
    for i, v in enumerate(["P1 Vulnerable people & victims", "P2 Tackling crime", "P3 Modern efficient force",
                           "P4 Confidence, legitimacy & trust", "National (info)"]):
        lists.write(i + 1, 1, v)
    for i, v in enumerate(["Rec", "Nat Rec", "AFI", "CoC"]):
        lists.write(i + 1, 2, v)
    ws.data_validation(7, 8, r - 1, 8, {"validate": "list", "source": "=Lists!$A$2:$A$7", "ignore_blank": True})
    wb.close()
    return rows, nonitems


def main():
    os.makedirs(OUT, exist_ok=True)
    hm_rows, hm_extra = build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    f_rows, f_nonitems = build_tracker(os.path.join(OUT, "tracker.xlsx"))

    # item-level force status: done only if every force row of the item is done
    by_key = {}
    for xr, rec in f_rows:
        key, rag = rec[11], rec[8]
        if key is None:
            continue
        by_key.setdefault(key, []).append((xr, rec))

    def force_done(recs):
        out = []
        for _, rec in recs:
            rag, prog = rec[8], rec[9]
            if rag == "":
                out.append(prog.upper().startswith("COMPLETE"))
            else:
                out.append(rag in F_DONE)
        return all(out)

    cat_of = {}
    for key in H:
        if key not in by_key:
            cat_of[key] = "missing_from_force"
            continue
        overrides = {rec[12] for _, rec in by_key[key]}
        if overrides != {None}:
            assert overrides == {"conflict"}, key
            cat_of[key] = "conflict"
            continue
        hm_open = H[key][3] in HM_OPEN
        fdone = force_done(by_key[key])
        if hm_open and fdone:
            cat_of[key] = "closeable_submit"
        elif hm_open and not fdone:
            cat_of[key] = "in_sync"
        elif not hm_open and fdone:
            cat_of[key] = "in_sync"
        else:
            cat_of[key] = "closeable_local"

    lines = []
    for xr, rec in f_rows:
        key, why = rec[11], rec[13]
        if key is None:
            lines.append(("", "PCP Mapping!%d" % xr, "not_on_hmicfrs_list", why))
        else:
            lines.append(("Definitive list!%d" % hm_rows[key], "PCP Mapping!%d" % xr, cat_of[key], why))
    missing_why = {
        "H13": "Core Business 2014 call-handler THR criteria (4819), Awaiting review; the tracker has no row for it.",
        "H30": "Legitimacy 2017 'publish this analysis ... annually from July 2018' (8544), Being progressed; no force row (P4.06/P2.12 cover 8543 only).",
        "H35": "Disproportionate use of police powers 'internal monitoring of use of force' (12607), Awaiting review; no force row (N.03 is the Home Office/NPCC data rec, a different item).",
    }
    for key in sorted(H, key=lambda k: hm_rows[k]):
        if cat_of[key] == "missing_from_force":
            lines.append(("Definitive list!%d" % hm_rows[key], "", "missing_from_force", missing_why[key]))

    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for ln in lines:
            w.writerow(ln)

    # counts for the README
    item_counts = {}
    for key, c in cat_of.items():
        item_counts[c] = item_counts.get(c, 0) + 1
    item_counts["not_on_hmicfrs_list"] = sum(1 for _, rec in f_rows if rec[11] is None)
    line_counts = {}
    for ln in lines:
        line_counts[ln[2]] = line_counts.get(ln[2], 0) + 1
    write_readme(hm_rows, hm_extra, f_rows, f_nonitems, cat_of, item_counts, line_counts, len(lines))


def write_readme(hm_rows, hm_extra, f_rows, f_nonitems, cat_of, item_counts, line_counts, nlines):
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "review"]
    ref_of = {rec[0]: xr for xr, rec in f_rows}
    first_item = min(hm_rows.values())
    last_item = max(hm_rows.values())
    cnt = "\n".join("| %s | %d | %d |" % (c, item_counts.get(c, 0), line_counts.get(c, 0)) for c in order)
    ni = "\n".join("- `PCP Mapping!%d`: %s" % (k, v) for k, v in sorted(f_nonitems.items()))
    txt = f"""# pcp_priority_sections_duplicate_rows

## Story

A force's Organisational Learning & Inspection team keeps its HMICFRS tracker in Excel. In 2021,
when the new Police and Crime Plan came out, the OPCC asked for every HMICFRS item to be shown
against a PCP priority, so the team re-cut the tracker into four priority sections plus a
"national – held for info" section. Items that touch two priorities were **copied** under both,
with an "Also under" cross-reference, and each copy is owned by the lead for that priority: the two
copies of an item are updated separately and can disagree. Long multi-bullet recommendations are
sometimes kept as one row per bullet. The force's own running reference (`P1.03`) is the PCP ref,
not an HMICFRS reference; the register's numeric ID is in a separate `HMIC ID` column, often blank,
once `tbc`, once typed with a suffix (`8795 (CoC)`), and once mistyped. A Find & Replace
"HMIC" → "HMICFRS" done when the inspectorate was renamed in 2017 left "HMICFRS recommends…",
"HMICFRSFRS is concerned…" and the anachronistic report name "Stop & Search (HMICFRS 2013)".

The HMICFRS side is the definitive list export sent before the October 2024 Joint Audit Committee.

The recommendation texts are real public HMICFRS texts; because only a small set is available, they
come from several forces' published reports plus national thematics, and the case treats them as all
held against one (unnamed) force. Report titles and publication dates are those of the real reports.

## Files

### `hmicfrs.xlsx` – sheet `Definitive list`
- Row 1 title, row 2 extract line, row 3 blank, **row 4 header**: `Recommendation ID`, `Report title`,
  `Publication date` (dd/mm/yyyy), `Type` (Recommendation / National recommendation / Area for
  improvement / Cause of concern), `Recommendation text`, `Status`, `Status date`, `Comment`.
- **Items: rows {first_item}–{last_item}** (41 items), sorted by publication date. IDs are plain integers
  unique across the register.
- Status: **open** = `Awaiting review`, `Being progressed`; **closed** = `Complete`, `Superseded`,
  `No further action needed`.

### `tracker.xlsx` – sheet `PCP Mapping` (sheet `Lists` holds only dropdown values)
- Rows 1–6 title / owner line / RAG key / note; **row 7 header**: `PCP Ref`, `HMIC ID`, `Report`,
  `Date pub` (mmm-yy date or text), `Type` (Rec / Nat Rec / AFI / CoC), `Recommendation / AFI / CoC
  (abridged where long)`, `Lead`, `Also under`, `RAG`, `Progress update`, `Last updated`.
- Five merged section-heading rows (PRIORITY 1–4, NATIONAL), a blank row before each heading after the
  first, then two footer lines. Every other row between the header and the footer is an item row
  ({len(f_rows)} force rows). RAG cells are also filled in the RAG colour (text always present except one row).
- Status rules (from the RAG key on the sheet): **done** = `G` (complete – awaiting DCC sign-off),
  `B` (signed off and submitted to HMICFRS), `C` (force believes HMICFRS closed it). **open** = `R`, `A`.
  `N/A` appears only on the Home Office/NPCC row (not on the HMICFRS list). A blank RAG is read from
  the progress text (one row: "COMPLETE – … RAG not yet updated" → done).
- An item with several force rows (duplicated copies or per-bullet rows) is **done only if every one of
  its rows is done**; each force row gets its own truth line with the item's category.

## Traps and how the truth decides them

1. **Duplicated items under two priorities** (`Also under`): 8789 (P1.05 / P2.06), 8796 (P1.07 /
   P2.07), 10232 (P3.08 / P4.03), 8543 (P4.06 / P2.12). Both copies pair with the same HMICFRS row.
   - 8789: copies **disagree** – P1.05 `G` (telephone risk assessments stopped), P2.06 `A` (the
     resolution-centre part still open), both reviewed 12/09/2024 by different leads. The force has not
     finished; HMICFRS says Complete → **closeable_local** for both rows.
   - 10232: one copy `G`, the other `B`, different leads → both done; HMICFRS Being progressed →
     **closeable_submit**.
   - 8796 both `B` → closeable_submit; 8543 both `A` → in_sync.
2. **Rows per bullet**: 8548 (Bedfordshire NCPI, five bullets, P1.08–P1.12, ID only on the first row)
   all G/B → closeable_submit; 6989 (CDI, P1.14–P1.17) has rows for bullets 1, 2, 3 and 5 but **none
   for bullet 4** → **conflict** (missing bullet) on all four rows.
3. **Conflicts** (each decidable from the two rows; statuses otherwise agree):
   - 11292 (P2.03) "within **twelve** months" vs "within six months" – timescale.
   - 902 (P4.02) "By 31 August **2016**" vs 2015 – deadline (both closed/done).
   - 12605 (P4.09) "By July **2022**" vs "By July 2021" (copied from the row above) – deadline.
   - 6241 (P3.06) typed `Rec`, HMICFRS Area for improvement – type.
   - 8788 (P1.04) filed under "Everyone's Business (DA) 2014" (Mar-14), HMICFRS report PEEL: Police
     effectiveness 2016 – Hampshire (02/03/2017) – report.
   - P4.05 HMIC ID **8524**, HMICFRS 8542 (same text; 8524 is not on the list) – reference.
4. **PCP ref is not an HMICFRS reference**; the `HMIC ID` column is blank on CoC rows and per-bullet
   rows, `tbc` on P4.08, `8795 (CoC)` on P1.06 – those rows match by text.
5. **Find & Replace damage**: "HMICFRS recommends that…" on the PEEL 2018/19 rows, "HMICFRSFRS is
   concerned…" on P4.04, "Stop & Search (HMICFRS 2013)" – same items despite the odd text.
6. **Status words**: `C` means "the force believes HMICFRS closed it" and counts as done; all `C` rows
   here are in fact closed on the list (in_sync). Blank RAG with "COMPLETE …" text (P4.07) → done.
7. **Not on the HMICFRS list**: the "NATIONAL – not mapped" section holds two 2013 stop-and-search
   recommendations (long closed, not on the list) and a recommendation to the Home Office and NPCC
   (`N/A`) → not_on_hmicfrs_list. Its neighbour on the HMICFRS list, 12607 (internal monitoring of use
   of force), has **no** force row → missing_from_force (don't pair it with N.03).
8. **Missing from force**: 4819 (Core Business 2014), 8544 (Legitimacy 2017 "publish this analysis"),
   12607 (use of force monitoring).
9. Abridged texts and force abbreviations (DA, S&S, BWV, RUI, CCs, CSC, NFLMS, HO, APP).

## Counts

{nlines} truth lines.

| category | items (HMICFRS items, or force rows for not_on_hmicfrs_list) | truth lines |
|---|---|---|
{cnt}

No `review` lines: every pair is decidable by eye.

## Rows that are not items

`hmicfrs.xlsx`, sheet `Definitive list`:
- `Definitive list!1`: title
- `Definitive list!2`: extract date / record count line
- `Definitive list!3`: blank
- `Definitive list!4`: header row
- `Definitive list!{hm_extra['blank']}`: blank row after the table
- `Definitive list!{hm_extra['footer']}`: footer "41 records returned."

`tracker.xlsx`, sheet `PCP Mapping`:
{ni}

`tracker.xlsx`, sheet `Lists` (rows 1–7): dropdown source lists (RAG, PCP priority, Type), not items.
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(txt)


if __name__ == "__main__":
    main()
