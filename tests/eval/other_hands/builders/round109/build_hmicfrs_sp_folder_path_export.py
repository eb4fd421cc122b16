"""Build the case `hmicfrs_sp_folder_path_export`.

HMICFRS side: the Force Liaison Lead's SharePoint list "Force Recommendations" exported with
"Export to Excel" (sheet `owssvr`, an Excel table), one folder per report, closed items moved into
a `Closed` sub-folder, pre-2018 register items migrated into an `Archive` folder with their text
only in the 255-character Title.  The report of an item is given ONLY by the trailing `Path`
column.  The FLL added two note lines above the table before emailing it.

Force side: an ordinary West Mercia Police tracker workbook.

Deterministic: no randomness, fixed workbook properties.
"""
import csv
import datetime as dt
import os

import xlsxwriter

CASE = "hmicfrs_sp_folder_path_export"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)

FIXED = dt.datetime(2024, 3, 4, 9, 15, 0)

# ---------------------------------------------------------------------------------------------
# Real texts (from /work/shared/data/real_recommendations.csv, copied verbatim)
# ---------------------------------------------------------------------------------------------
T = {
    0: "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and",
    1: "HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.",
    2: "HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;",
    3: "HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and",
    4: "HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;",
    5: "HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.",
    6: "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;",
    7: "The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.",
    8: "The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.",
    9: "HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;",
    10: "HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;",
    11: "Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.",
    12: "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.",
    13: "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.",
    14: "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public",
    15: "The force should develop its understanding of the links between its outcomes, outputs and costs",
    16: "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.",
    18: "The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.",
    20: "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.",
    21: "The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.",
    22: "In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.",
    23: "To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.",
    24: "In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease",
    25: "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.",
    26: "To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action",
    27: "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.",
    28: "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.",
    46: "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.",
    47: "By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.",
    48: "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;",
    49: "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.",
    50: "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.",
    51: "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.",
    52: "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.",
    53: "By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.",
    55: "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.",
    56: "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n  • in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n  • after close consideration of all the recommendations in this report;\n  • with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n  • drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.The action plan should be established on the basis of best practice, based on revised relevant guidance from the College of Policing. To ensure consistency, the College and the national policing lead on domestic abuse have agreed to provide advice on the areas that each plan should cover by the end of April 2014.\n\nChief officers in each police force should oversee and ensure full implementation of these action plans. This should be a personal responsibility in each case. Police and crime commissioners should hold forces to account in this respect. HMIC will inspect forces' progress on domestic abuse as part of its new annual all-force inspection programme. Police and crime commissioners and chief constables should be called upon to report publicly on progress, as well as to the national oversight and monitoring group.",
    58: "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.",
    59: "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.",
    60: "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.",
    61: "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
}

# Real report titles (archive items carry them in the Title, as the old register labelled them)
R_SS13 = "Stop and search powers: Are the police using them effectively and fairly?"
R_EB14 = "Everyone's business: Improving the police response to domestic abuse"
R_CB14 = "Core Business: an inspection into crime prevention, police attendance and the use of police time"
R_IM15 = "Integrity matters: An inspection of arrangements to ensure integrity and to tackle corruption in police forces"

# ---------------------------------------------------------------------------------------------
# HMICFRS side: SharePoint list items
# ---------------------------------------------------------------------------------------------
BASE = "sites/HMICFRSMonitoring/Lists/Force Recommendations/West Mercia Police"
F_ARCH = BASE + "/Archive (pre-2018 register)"
F_TTR = BASE + "/National/Targeting the risk - firearms licensing 2015"
F_EFF = BASE + "/PEEL Efficiency 2015"
F_EFT = BASE + "/PEEL Effectiveness 2016"
F_LEG = BASE + "/PEEL Legitimacy 2017"
F_LGN = BASE + "/National/PEEL Legitimacy 2017 - stop and search"
F_CDI = BASE + "/Crime Data Integrity"
F_P19 = BASE + "/PEEL 2018-19"
F_DUP = BASE + "/National/Disproportionate use of police powers 2021"
CLOSED = "/Closed"

FLL = "Midlands FLL"
MIG = "SP Migration Account"

NOTE_DONE = "This recommendation is complete"
NOTE_SUPERSEDED_2014 = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
                        "inspections. Where a cause of concern still exists this will appear in the register "
                        "against these subsequent inspections.")
NOTE_MON = ("The progress of the implementation of this recommendation is currently being monitored by "
            "HMICFRS and this record will, in due course, be updated.")

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"


def d(y, m, dd, h=None, mi=0):
    if h is None:
        return dt.date(y, m, dd)
    return dt.datetime(y, m, dd, h, mi)


def arch_title(report, text):
    s = f"{report} - {text}".replace("\n", " ")
    return s[:255]


# key, sp_id, title, type, text, status, status_date, note, ref, modified, modified_by, path
H = [
    # migrated archive (text only in Title, no type, no status; the folder says closed)
    ("a2", 3, arch_title(R_SS13, T[28]), "", "", "", None, NOTE_DONE, 1188, d(2018, 6, 12, 10, 2), MIG, F_ARCH),
    ("a1", 2, arch_title(R_SS13, T[27]), "", "", "", None, NOTE_DONE, 1187, d(2018, 6, 12, 10, 2), MIG, F_ARCH),
    ("a5", 1, arch_title(R_IM15, T[13]), "", "", "", None, NOTE_DONE, 917, d(2018, 6, 12, 10, 1), MIG, F_ARCH),
    ("a3", 4, arch_title(R_EB14, T[56]), "", "", "", None, NOTE_DONE, 2344, d(2018, 6, 12, 10, 3), MIG, F_ARCH),
    ("a4", 5, arch_title(R_CB14, T[12]), "", "", "", None, NOTE_SUPERSEDED_2014, 4851, d(2018, 6, 12, 10, 3), MIG, F_ARCH),
    # PEEL efficiency 2015
    ("e1", 7, "Eff 2015 AFI 1 - understanding of demand", AFI, T[14], "Complete", d(2017, 11, 2), NOTE_DONE, 5630, d(2022, 5, 17, 14, 40), FLL, F_EFF + CLOSED),
    ("e2", 8, "Eff 2015 AFI 2 - outcomes, outputs and costs", AFI, T[15], "Being progressed", d(2022, 5, 17), NOTE_MON, 5631, d(2023, 11, 28, 11, 5), FLL, F_EFF),
    ("e3", 9, "Eff 2015 AFI 3 - workforce plan", AFI, T[16], "Being progressed", d(2022, 5, 17), "", 5632, d(2024, 2, 15, 16, 22), FLL, F_EFF + CLOSED),
    # Targeting the risk 2015 (national)
    ("t1", 11, "TtR R1 - governance of firearms licensing", NAT, T[58], "Complete", d(2023, 9, 6), NOTE_DONE, 6102, d(2023, 9, 6, 9, 30), FLL, F_TTR),
    ("t2", 12, "TtR R2 - FL demand and capacity", NAT, T[59], "Being progressed", d(2022, 5, 17), NOTE_MON, 6103, d(2023, 11, 28, 11, 7), FLL, F_TTR),
    ("t3", 13, "TtR R3 - total expired records", NAT, T[60], "Complete", d(2016, 3, 1), NOTE_DONE, 6104, d(2022, 5, 17, 14, 44), FLL, F_TTR + CLOSED),
    ("t4", 14, "TtR R4 - temporary permits", NAT, T[61], "Being progressed", d(2022, 5, 17), "", 6105, d(2022, 5, 17, 14, 45), FLL, F_TTR),
    # PEEL effectiveness 2016
    ("d1", 16, "Eff'ness 2016 CoC - domestic abuse", COC, T[21], "Being progressed", d(2022, 5, 17), "", 7415, d(2023, 11, 28, 11, 12), FLL, F_EFT),
    ("d2", 17, "Eff'ness 2016 CoC DA - Rec 1 arrest and ancillary orders", REC, T[22], "Being progressed", d(2022, 5, 17), NOTE_MON, 7416, d(2023, 11, 28, 11, 12), FLL, F_EFT),
    ("d3", 18, "Eff'ness 2016 CoC DA - Rec 2 victims not supporting", REC, T[23], "Being progressed", d(2022, 5, 17), "", 7417, d(2023, 11, 28, 11, 13), FLL, F_EFT),
    ("d4", 19, "Eff'ness 2016 CoC DA - Rec 3 telephone risk assessments", REC, T[24], "Complete", d(2018, 4, 27), NOTE_DONE, 7418, d(2022, 5, 17, 14, 51), FLL, F_EFT + CLOSED),
    ("m1", 22, "Eff'ness 2016 CoC - missing and absent children", COC, T[25], "Being progressed", d(2022, 5, 17), "", 7421, d(2022, 5, 17, 14, 52), FLL, F_EFT),
    ("m2", 23, "Eff'ness 2016 CoC missing - Rec 1 review of approach", REC, T[26], "Awaiting review", d(2024, 1, 19), "Force update and evidence received 19/01/2024 - to be reviewed by HMI", 7422, d(2024, 1, 19, 15, 3), FLL, F_EFT),
    # PEEL legitimacy 2017 national (stop and search)
    ("n1", 25, "Legit 2017 national CoC - stop and search", COC, T[46], "Complete", d(2020, 2, 10), NOTE_DONE, 8560, d(2022, 5, 17, 15, 0), FLL, F_LGN + CLOSED),
    ("n2", 26, "Legit 2017 national Rec 1 - S&S data monitoring", NAT, T[47], "Being progressed", d(2022, 5, 17), "", 8561, d(2023, 11, 28, 11, 20), FLL, F_LGN),
    ("n3", 27, "Legit 2017 national Rec 2 - disparities", NAT, T[48], "Complete", d(2023, 11, 28), NOTE_DONE, 8562, d(2023, 11, 28, 11, 21), FLL, F_LGN),
    ("n5", 28, "Legit 2017 national Rec 3 - publish analysis", NAT, T[49], "Being progressed", d(2022, 5, 17), "", 8563, d(2022, 5, 17, 15, 2), FLL, F_LGN),
    ("n4", 29, "Legit 2017 national Rec 4 - unconscious bias training", NAT, T[50], "Being progressed", d(2022, 5, 17), "", 8564, d(2024, 2, 15, 16, 25), FLL, F_LGN + CLOSED),
    # PEEL legitimacy 2017 force report
    ("v1", 31, "Legit 2017 - vetting clearance", REC, T[20], "Being progressed", d(2022, 5, 17), "", 8611, d(2023, 11, 28, 11, 25), FLL, F_LEG),
    # CDI
    ("c1", 34, "CDI - Rec 1 crime recording arrangements", REC, T[11], "Being progressed", d(2022, 5, 17), NOTE_MON, 9024, d(2023, 11, 28, 11, 30), FLL, F_CDI),
    # PEEL 2018/19
    ("p0", 41, "PEEL 18/19 CoC 1 - end of alliance", COC, T[7], "Being progressed", d(2022, 5, 17), "", 10233, d(2023, 11, 28, 11, 40), FLL, F_P19),
    ("p1", 42, "PEEL 18/19 CoC 1 (a) - Warwickshire transition", REC, T[3], "Complete", d(2020, 2, 10), NOTE_DONE, 10234, d(2022, 5, 17, 15, 20), FLL, F_P19 + CLOSED),
    ("p2", 43, "PEEL 18/19 CoC 1 (b) - operating model", REC, T[4], "Complete", d(2021, 3, 15), NOTE_DONE, 10235, d(2022, 5, 17, 15, 21), FLL, F_P19 + CLOSED),
    ("p3", 44, "PEEL 18/19 CoC 1 (c) - skills project", REC, T[2], "Being progressed", d(2022, 5, 17), "", 10236, d(2023, 11, 28, 11, 42), FLL, F_P19),
    ("p4", 45, "PEEL 18/19 CoC 1 (d) - vulnerability review", REC, T[1], "Being progressed", d(2022, 5, 17), "", 10237, d(2023, 11, 28, 11, 42), FLL, F_P19),
    ("p5", 46, "PEEL 18/19 CoC 1 (e) - public consultation", REC, T[5], "Awaiting review", d(2023, 11, 28), "Update requested at Q2 liaison meeting", 10238, d(2023, 11, 28, 11, 43), FLL, F_P19),
    ("p6", 47, "PEEL 18/19 CoC 2 - investigative capacity", COC, T[8], "Being progressed", d(2022, 5, 17), "", 10239, d(2023, 11, 28, 11, 44), FLL, F_P19),
    ("p7", 48, "PEEL 18/19 CoC 2 (a) - workload review", REC, T[0], "Being progressed", d(2022, 5, 17), "", 10240, d(2023, 11, 28, 11, 44), FLL, F_P19),
    ("p8", 49, "PEEL 18/19 CoC 2 (b) - supervision of investigations", REC, T[6], "Being progressed", d(2022, 5, 17), NOTE_MON, 10241, d(2023, 11, 28, 11, 45), FLL, F_P19),
    ("p9", 50, "PEEL 18/19 CoC 2 (c) - digital evidence", REC, T[9], "Superseded", d(2023, 5, 9), "Superseded - carried into PEEL 2021/22 investigation AFI", 10242, d(2023, 5, 9, 10, 10), FLL, F_P19 + CLOSED),
    ("p10", 51, "PEEL 18/19 CoC 2 (d) - RUI and bail", REC, T[10], "Being progressed", d(2022, 5, 17), "", 10243, d(2023, 11, 28, 11, 46), FLL, F_P19),
    ("p11", 53, "PEEL 18/19 AFI - crime recording and management system", AFI, T[18], "Being progressed", d(2022, 5, 17), "", 10244, d(2023, 11, 28, 11, 47), FLL, F_P19),
    # Disproportionate use of police powers 2021 (national)
    ("s1", 60, "Disprop 2021 - communication skills", NAT, T[51], "Being progressed", d(2022, 5, 17), "", 11872, d(2023, 11, 28, 11, 50), FLL, F_DUP),
    ("s2", 61, "Disprop 2021 - CPD and BWV debrief", NAT, T[52], "Complete", d(2023, 5, 9), NOTE_DONE, 11873, d(2023, 5, 9, 10, 14), FLL, F_DUP + CLOSED),
    ("s3", 62, "Disprop 2021 - BWV recording, review and scrutiny", NAT, T[53], "Being progressed", d(2022, 5, 17), "", 11874, d(2023, 11, 28, 11, 51), FLL, F_DUP),
    ("s4", 64, "Disprop 2021 - use of force monitoring", NAT, T[55], "Being progressed", d(2022, 5, 17), "", 11875, d(2022, 5, 17, 15, 40), FLL, F_DUP),
]
# the export lists items in view order: by ID
H.sort(key=lambda r: r[1])

HEAD_H = ["ID", "Title", "Finding Type", "Recommendation Text", "HMICFRS Status", "Status Date",
          "Closure Note", "Register Ref", "Modified", "Modified By", "Item Type", "Path"]
H_NOTE1 = "West Mercia Police - HMICFRS recommendations, AFIs and causes of concern - export from FLL monitoring list 04/03/2024"
H_NOTE2 = ("Items in a 'Closed' folder were closed at the Q3 liaison meeting on 15/02/2024 - the Status column "
           "has not been updated for all of them yet. Archive items were migrated from the old register in 2018 "
           "and are all closed.  OFFICIAL-SENSITIVE")
H_FIRST = 5  # Excel row of first item (header on row 4)

# ---------------------------------------------------------------------------------------------
# Force side tracker rows: (key, No., HMICFRS Ref, Report, Published, Type, text, Lead, Portfolio, RAG, update, submitted)
# key = HMICFRS item key, or "x*" for not_on_hmicfrs_list
# ---------------------------------------------------------------------------------------------
F = [
    ("a1", "1", 1187, "HMIC Stop & Search 2013", "Jul-13", "Nat Rec",
     "Chief Constables & College of Policing to establish in the S&S APP a clear specification of what constitutes the effective and fair exercise of stop and search powers - compliant with Code of Practice.",
     "ACC Local Policing", "Local Policing", "Green", "APP published by CoP. Force policy aligned.", d(2016, 4, 11)),
    ("a2", "2", 1188, "HMIC Stop & Search 2013", "Jul-13", "Nat Rec",
     "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied officers are acting in accordance with the law (incl. equality legislation and the Code of Practice) and the power is used effectively to prevent crime, catch criminals and maintain public trust.",
     "ACC Local Policing", "Local Policing", "Amber", "S&S scrutiny via Legitimacy Board - ongoing. Dip sampling monthly.", None),
    ("a3", "3", 2344, "Everyone's Business (DA) 2014", "27/03/2014", "Nat Rec",
     "By September 2014, every police force should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse (developed with PCC, DA support orgs and victims reps; considering all recs in the report, DHRs and IPCC findings, CPS scrutiny panels and MARAC self-assessments). Chief officers to oversee full implementation.",
     "Det Ch Supt PPU", "Crime & Vulnerability", "Complete", "DA action plan published Sept 2014.", d(2015, 2, 2)),
    ("a4", "4", 4851, "Core Business 2014", "Sep-14", "Nat Rec",
     "Not later than 31 March 2015 forces using a THR policy should provide call handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.",
     "Supt OCC", "Local Policing", "Amber", "THRIVE+ refresh in OCC - training 60% complete.", None),
    ("a5", "5", 917, "Integrity Matters 2015", "30/01/2015", "Nat Rec",
     "By 31 August 2015 CC to satisfy themselves that processes are in place to ensure misconduct investigations resulting in 'no further action' are fair and free of any form of discrimination.",
     "Head of PSD", "Professional Standards", "Green", "PSD NFA dip sample process in place.", d(2015, 9, 14)),
    ("e1", "6", 5630, "PEEL Efficiency 2015", "2015", "AFI",
     "The force should undertake further work to gain a fuller understanding of current demand for its services and likely future changes in demand, so it can make best use of its resources by matching them to demand.",
     "Head of Strategic Planning", "Corporate Services", "Green", "FMS and demand model in place.", d(2017, 10, 2)),
    ("e2", "7", 5631, "PEEL Efficiency 2015", "2015", "AFI",
     "The force should develop its understanding of the links between its outcomes, outputs and costs.",
     "Director of Finance", "Corporate Services", "Green", "Outcome based budgeting embedded in 23/24 budget setting. Evidence pack submitted.", d(2024, 1, 12)),
    ("e3", "8", 5632, "PEEL Efficiency 2015", "2015", "AFI",
     "Develop a future workforce plan aligned with overall demand and budget - incl. future resource allocations, mix of skills required and behaviours expected.",
     "Head of People Services", "People", "Amber", "Strategic workforce plan in draft - to People Board April.", None),
    ("t1", "9", 6102, "Targeting the Risk (Firearms Licensing)", "15/09/2015", "Nat Rec",
     "Within six months, all chief constables should assess how well the governance of firearms licensing in their force meets the standards set out in APP. Where governance standards not being complied with put in place immediately the correct arrangements and procedures to meet the standards in full.",
     "Ch Insp Firearms Licensing", "Operations", "Green", "Governance review completed, FL Board ToR updated.", d(2023, 8, 1)),
    ("t2", "10", 6103, "Targeting the Risk (Firearms Licensing)", "15/09/2015", "Nat Rec",
     "Within three months, CC's should assess the demand placed on their firearms licensing dept and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.",
     "Ch Insp Firearms Licensing", "Operations", "Amber", "Uplift of 4 FEOs approved, recruitment ongoing.", None),
    ("t3", "11", 6104, "Targeting the Risk (Firearms Licensing)", "15/09/2015", "Nat Rec",
     "Immediately - satisfy ourselves that all appropriate action is being taken with regard to 'total expired' licensing records.",
     "Ch Insp Firearms Licensing", "Operations", "Green", "All total expired records reviewed Dec 2015.", d(2016, 1, 8)),
    ("d1", "12", 7415, "PEEL Effectiveness 2016", "2017", "CoC",
     "Force's current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of powers of arrest and prosecution is a cause of concern.",
     "Det Ch Supt PPU", "Crime & Vulnerability", "Amber", "DA Improvement Plan - see recs 13-15.", None),
    ("d2", "13", 7416, "PEEL Effectiveness 2016", "2017", "Rec",
     "The force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers (DA).",
     "Det Ch Supt PPU", "Crime & Vulnerability", "Green", "DVPN/DVPO use up 40%. Arrest rate monitored at DA Board. Submitted for closure.", d(2023, 12, 4)),
    ("d3", "14", 7417, "PEEL Effectiveness 2016", "2017", "Rec",
     "To improve the service provided to victims of DA the force should immediately take steps to understand and address the reason why such a high proportion of DA victims do not support the police investigation.",
     "Det Ch Supt PPU", "Crime & Vulnerability", "Amber", "Victim survey commissioned via OPCC.", None),
    ("d4", "15", 7418, "PEEL Effectiveness 2016", "2017", "Rec",
     "Practice of conducting DA risk assessments over the telephone and dealing with DA in the resolution centre should cease.",
     "Supt OCC", "Local Policing", "Green", "Ceased April 2017.", d(2017, 6, 5)),
    ("m2", "16", 7422, "PEEL Effectiveness 2016", "2017", "Rec",
     "Immediately review approach to reports of missing children and ensure: call takers understand and use the missing and absent category appropriately; call takers and frontline staff can identify CSE risk factors and how to respond; supervisors provide correct oversight of missing person enquiries and direct timely investigative and safeguarding action.",
     "Det Ch Supt PPU", "Crime & Vulnerability", "Green", "Absent category removed in line with APP. Missing training delivered. Evidence sent to FLL.", d(2024, 1, 19)),
    ("v1", "17", 8611, "PEEL Effectiveness 2016", "2017", "Rec",
     "The force should ensure all staff have recieved at least the lowest level of vetting clearance for their roles asap, working to clear both the vetting backlog and new vetting renewals when due so it complies fully with national vetting guidelines.",
     "Head of PSD", "Professional Standards", "Amber", "Backlog down to 212. Renewals on track.", None),
    ("n1", "18", 8560, "PEEL Legitimacy 2017 - National S&S", "12/12/2017", "CoC",
     "HMICFRS concerned forces not able to demonstrate use of stop and search powers is consistently reasonable and fair - over-representation of BAME people, and black people in particular, in S&S data which many forces are unable to explain.",
     "ACC Local Policing", "Local Policing", "Green", "Closed by HMICFRS Feb 2020.", d(2019, 11, 1)),
    ("n2", "19a", 8561, "PEEL Legitimacy 2017 - National S&S", "12/12/2017", "Nat Rec",
     "By July 2018 forces should be regularly and frequently monitoring a comprehensive set of data on use of S&S powers to understand: the reasons for any disproportionate representation of different ethnic groups in the use of stop and search",
     "ACC Local Policing", "Local Policing", "Amber", "Qlik S&S dashboard live. Disproportionality analysis quarterly.", None),
    ("n2", "19b", 8561, "PEEL Legitimacy 2017 - National S&S", "12/12/2017", "Nat Rec",
     "By July 2018 - monitoring to understand the extent to which find rates differ between people from different ethnicities, and across different types of searches (incl. find rates for drug possession and supply-type offences)",
     "ACC Local Policing", "Local Policing", "Green", "Find rates by ethnicity and search type in dashboard.", d(2023, 6, 30)),
    ("n3", "20", 8562, "PEEL Legitimacy 2017 - National S&S", "12/12/2017", "Nat Rec",
     "Where disparities are identified through monitoring, demonstrate to the public that we have carried out research and analysis to understand the reasons for the disparity and taken action to reduce the disparity where necessary.",
     "ACC Local Policing", "Local Policing", "Amber", "Research with University partner - report due.", None),
    ("n5", "21", 8563, "PEEL Legitimacy 2017 - National S&S", "12/12/2017", "Nat Rec",
     "Publish this analysis and any actions taken at least annually, from July 2018.",
     "ACC Local Policing", "Local Policing", "Amber", "2022/23 analysis to be published on website.", None),
    ("n4", "22", 8564, "PEEL Legitimacy 2017 - National S&S", "12/12/2017", "Nat Rec",
     "By July 2018 and ongoing, all officers who use S&S powers to have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.",
     "Head of L&D", "People", "Green", "Mandatory NCALT + inputs on PIP1. 98% compliance.", d(2023, 10, 2)),
    ("x3", "23", None, "Force identified (S&S Board)", "", "Force action",
     "Force action: publish quarterly stop and search and use of force data on the force website, with ethnicity breakdown, and present to the external S&S scrutiny panel.",
     "Ch Insp Legitimacy", "Local Policing", "Amber", "Website page in development with Corp Comms.", None),
    ("c1", "24a", 9024, "CDI inspection", "", "Rec",
     "Within 6 months - arrangements to ensure that at the point of report, victims are believed",
     "Force Crime Registrar", "Crime & Vulnerability", "Green", "Victim believed principle in CDI training + audit.", d(2023, 11, 20)),
    ("c1", "24b", 9024, "CDI inspection", "", "Rec",
     "Conversations between call handlers and callers are summarised accurately in the incident log so attending officers have the full facts for crime recording decisions",
     "Supt OCC", "Local Policing", "Green", "OCC QA framework - incident log audits monthly.", d(2023, 11, 20)),
    ("c1", "24c", 9024, "CDI inspection", "", "Rec",
     "Multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigatons",
     "Force Crime Registrar", "Crime & Vulnerability", "Green", "FCR audit shows 94% compliance.", d(2023, 11, 20)),
    ("c1", "24d", 9024, "CDI inspection", "", "Rec",
     "Practice of awaiting results of medical examinations or video interviews before making crime recording decisions is stopped",
     "Force Crime Registrar", "Crime & Vulnerability", "Green", "Briefed to all PPU / CID. Audit confirms.", d(2023, 11, 20)),
    ("c1", "24e", 9024, "CDI inspection", "", "Rec",
     "Online reports of crime triaged at the point of receipt so any ongoing risks to the victim or wider public are identified and appropriately managed",
     "Supt OCC", "Local Policing", "Green", "Single Online Home triage in OCC.", d(2023, 11, 20)),
    ("p0", "25", 10233, "PEEL 2018/19", "2019", "CoC",
     "CoC 1 - The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when the alliance with Warwickshire ends. Gaps in workforce skills assessment, weaknesses in investigative approach and in safeguarding vulnerable people.",
     "DCC", "Chief Officer Group", "Amber", "Remaining recs 27, 29 open.", None),
    ("p1", "26", 10234, "PEEL 2018/19", "2019", "Rec",
     "Agree arrangements with Warwickshire Police to secure a smooth transition to the future operating model, ensuring no disruption to public services.",
     "DCC", "Chief Officer Group", "Green", "Collaboration agreement signed, alliance ended Oct 2019.", d(2019, 12, 2)),
    ("p2", "27", 10235, "PEEL 2018/19", "2019", "Rec",
     "Clearly define new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia.",
     "DCC", "Chief Officer Group", "Amber", "Operating model review phase 2 - report to COG.", None),
    ("p3", "28", 10236, "PEEL 2018/19", "2019", "Rec",
     "Expand the skills project work to include an assessment of all skills (not only operational) incl. potential future skills requirements. Assessment to inform workforce plans.",
     "Head of People Services", "People", "Green", "Skills audit complete and feeds SWP. Closure pack sent 05/02/24.", d(2024, 2, 5)),
    ("p4", "29", 10237, "PEEL 2018/19", "2019", "Rec",
     "Conduct a review, involving partners, of the approach to vulnerability to better safeguard vulnerable people.",
     "Det Ch Supt PPU", "Crime & Vulnerability", "Amber", "Vulnerability review with LSCPs - draft.", None),
    ("p6", "30", 10239, "PEEL 2018/19", "2019", "CoC",
     "CoC 2 - The force does not have the capacity or capability to investigate crime effectively and this is affecting the service provided to the public. Failings in the way crimes are being investigated.",
     "ACC Crime", "Crime & Vulnerability", "Red", "Investigative capacity still below establishment.", None),
    ("p7", "31", 10204, "PEEL 2018/19", "2019", "Rec",
     "Conduct a review of officers capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed on them.",
     "ACC Crime", "Crime & Vulnerability", "Amber", "Workload review started - PIP2 caseloads.", None),
    ("p8", "32", 10241, "PEEL 2018/19", "2019", "Rec",
     "Within six months ensure regular and active supervision of the quality and progress of investigations. Supervision to be properly recorded.",
     "ACC Crime", "Crime & Vulnerability", "Green", "Supervisory review template mandatory on Athena. Evidence submitted.", d(2023, 12, 4)),
    ("p9", "33", 10242, "PEEL 2018/19", "2019", "Rec",
     "Within six months improve ability to retrieve digital evidence from mobile phones, computers and other devices quickly enough to ensure investigations are not delayed (DFU backlog).",
     "Head of Forensics", "Crime & Vulnerability", "Amber", "Kiosks rolled out to all hubs, DFU backlog 9 wks.", None),
    ("p10", "34", 10243, "PEEL 2018/19", "2019", "Rec",
     "Within six months improve understanding of suspects released under investigation (RUI) and management of those released on bail.",
     "ACC Crime", "Crime & Vulnerability", "Amber", "Bail Act 2022 changes - bail mgmt team.", None),
    ("p11", "35", 10244, "PEEL 2018/19", "2019", "Rec",
     "The force should improve its use of its crime recording and management system to better manage case files and investigative processes.",
     "ACC Crime", "Crime & Vulnerability", "Amber", "Athena optimisation programme.", None),
    ("s1", "36", None, "Disproportionate Use of Police Powers 2021", "26/02/2021", "Nat Rec",
     "By July 2022 - officers and staff to have effective communication skills in line with the National Policing Guidelines on Conflict Management, in addition to existing conflict management and de-escalation training.",
     "Head of L&D", "People", "Amber", "Comms skills module in PST from April.", None),
    ("s2", "37", None, "Disproportionate Use of Police Powers 2021", "26/02/2021", "Nat Rec",
     "By July 2021 - communication skills reinforced as part of CPD for officers and staff; supervisors supported to routinely and frequently debrief officers on these skills using BWV footage.",
     "Head of L&D", "People", "Green", "CPD days include BWV debrief.", d(2023, 4, 3)),
    ("s3", "38", None, "Disproportionate Use of Police Powers 2021", "26/02/2021", "Nat Rec",
     "By September 2022, forces should: ensure officers record on BWV the entirety of all S&S encounters, incl. traffic stops and use of force incidents; have a structured process for regularly reviewing a sufficient sample of BWV footage to identify learning and hold officers to account; provide external scrutiny panel members with access to samples of BWV footage of S&S encounters and use of force incidents.",
     "ACC Local Policing", "Local Policing", "Amber", "BWV policy updated. Scrutiny panel viewing BWV quarterly.", None),
    ("x1", "39", None, "Disproportionate Use of Police Powers 2021", "26/02/2021", "Nat Rec",
     "The Home Office and the NPCC should take steps to ensure the quality of data collected on incidents where force has been used to effect a stop and search is sufficient for publication. Home Office to publish this data asap.",
     "ACC Local Policing", "Local Policing", "Amber", "HO / NPCC action - monitor only.", None),
    ("x2", "40", None, "NCPI Bedfordshire 2017 (learning)", "", "Learning",
     "Learning from Bedfordshire NCPI - within six months review, with children's social care, how we manage the detention of children: detained only when absolutely necessary and for the minimum time; early assessment of need for alternative accommodation; detention certificates completed; record of all actions and decisions; timeliness of appropriate adult support.",
     "Supt Custody", "Operations", "Amber", "Custody review of child detentions with LA partners.", None),
]

HEAD_F = ["No.", "HMICFRS Ref", "Report", "Date Published", "Type", "Recommendation / AFI",
          "Lead Officer", "Portfolio", "RAG", "Latest Update", "Date Submitted for Closure"]
F_FIRST = 5

# categories: decided by hand (see README); status maps used only to cross-check
CAT = {
    "a1": ("in_sync", "HMICFRS closed (Archive folder); force Green"),
    "a2": ("closeable_local", "HMICFRS closed (Archive folder, 'This recommendation is complete'); force Amber"),
    "a3": ("in_sync", "HMICFRS closed (Archive folder); force Complete"),
    "a4": ("closeable_local", "HMICFRS closed as superseded (Archive folder, superseded comment); force Amber"),
    "a5": ("in_sync", "HMICFRS closed (Archive folder); force Green"),
    "e1": ("in_sync", "HMICFRS Complete (Closed folder); force Green"),
    "e2": ("closeable_submit", "HMICFRS Being progressed; force Green, evidence submitted 12/01/2024"),
    "e3": ("closeable_local", "HMICFRS closed: item sits in PEEL Efficiency 2015/Closed (status column stale 'Being progressed', per FLL note); force Amber"),
    "t1": ("conflict", "timescale differs: HMICFRS 'Within three months', force 'Within six months' (both sides otherwise closed/done)"),
    "t2": ("in_sync", "HMICFRS Being progressed; force Amber"),
    "t3": ("in_sync", "HMICFRS Complete (Closed folder); force Green"),
    "t4": ("missing_from_force", "HMICFRS open (temporary permits); no force row"),
    "d1": ("in_sync", "HMICFRS Being progressed; force Amber"),
    "d2": ("closeable_submit", "HMICFRS Being progressed; force Green, submitted for closure"),
    "d3": ("in_sync", "HMICFRS Being progressed; force Amber"),
    "d4": ("in_sync", "HMICFRS Complete (Closed folder); force Green"),
    "m1": ("missing_from_force", "HMICFRS open cause of concern (missing and absent children); force has only its recommendation"),
    "m2": ("closeable_submit", "HMICFRS Awaiting review (evidence received); force Green"),
    "n1": ("in_sync", "HMICFRS Complete (Closed folder); force Green"),
    "n2": ("conflict", "force has rows for bullets 1 and 2 only; no row for the third bullet (possession-only drug searches)"),
    "n3": ("closeable_local", "HMICFRS Complete (not yet moved to Closed); force Amber"),
    "n4": ("in_sync", "HMICFRS closed: in Legitimacy 2017 national/Closed (status column stale); force Green"),
    "n5": ("in_sync", "HMICFRS Being progressed; force Amber"),
    "v1": ("conflict", "report differs: HMICFRS folder PEEL Legitimacy 2017, force files it under PEEL Effectiveness 2016"),
    "c1": ("closeable_submit", "HMICFRS Being progressed; force split into 5 bullet rows, all Green"),
    "p0": ("in_sync", "HMICFRS Being progressed; force Amber"),
    "p1": ("in_sync", "HMICFRS Complete (Closed folder); force Green"),
    "p2": ("closeable_local", "HMICFRS Complete (Closed folder); force Amber"),
    "p3": ("closeable_submit", "HMICFRS Being progressed; force Green, closure pack sent"),
    "p4": ("in_sync", "HMICFRS Being progressed; force Amber"),
    "p5": ("missing_from_force", "HMICFRS Awaiting review (public consultation); no force row"),
    "p6": ("in_sync", "HMICFRS Being progressed; force Red"),
    "p7": ("conflict", "reference differs: HMICFRS Register Ref 10240, force HMICFRS Ref 10204 (text the same)"),
    "p8": ("closeable_submit", "HMICFRS Being progressed; force Green, evidence submitted"),
    "p9": ("closeable_local", "HMICFRS Superseded (Closed folder); force Amber"),
    "p10": ("in_sync", "HMICFRS Being progressed; force Amber"),
    "p11": ("conflict", "type differs: HMICFRS Area for improvement, force Rec"),
    "s1": ("in_sync", "HMICFRS Being progressed; force Amber"),
    "s2": ("in_sync", "HMICFRS Complete (Closed folder); force Green"),
    "s3": ("conflict", "deadline differs: HMICFRS 'By September 2021', force 'By September 2022'"),
    "s4": ("missing_from_force", "HMICFRS open (use of force monitoring); no force row"),
    "x1": ("not_on_hmicfrs_list", "recommendation addressed to Home Office and NPCC; not on the force's HMICFRS list"),
    "x2": ("not_on_hmicfrs_list", "learning taken from Bedfordshire's child protection inspection; not a West Mercia item"),
    "x3": ("not_on_hmicfrs_list", "force's own action from its S&S Board; not an HMICFRS item (HMICFRS 8563 has its own row)"),
}


def hmicfrs_status(r):
    """open/closed as the truth reads it: Closed/Archive folder, or a closing status word."""
    path, status = r[11], r[5]
    if path.endswith("/Closed") or "/Archive" in path:
        return "closed"
    if status in ("Complete", "Superseded"):
        return "closed"
    return "open"


def force_status(rag):
    return "done" if rag in ("Green", "Complete") else "open"


def write_hmicfrs(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_urls": False})
    wb.set_properties({"title": "owssvr", "author": "Midlands FLL", "company": "HMICFRS",
                       "created": FIXED})
    wb.set_calc_mode("auto")
    ws = wb.add_worksheet("owssvr")
    bold = wb.add_format({"bold": True})
    ital = wb.add_format({"italic": True, "font_color": "#C00000"})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    dtf = wb.add_format({"num_format": "dd/mm/yyyy hh:mm", "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    ws.write(0, 0, H_NOTE1, bold)
    ws.write(1, 0, H_NOTE2, ital)
    hr = H_FIRST - 2  # 0-based header row index (row 4 in Excel)
    n = len(H)
    ws.add_table(hr, 0, hr + n, len(HEAD_H) - 1, {
        "name": "Table_owssvr", "style": "Table Style Medium 2",
        "columns": [{"header": h} for h in HEAD_H]})
    for i, r in enumerate(H):
        row = hr + 1 + i
        key, spid, title, typ, text, status, sdate, note, ref, mod, modby, p = r
        ws.write_number(row, 0, spid, top)
        ws.write_string(row, 1, title, wrap)
        ws.write_string(row, 2, typ, top) if typ else ws.write_blank(row, 2, None, top)
        ws.write_string(row, 3, text, wrap) if text else ws.write_blank(row, 3, None, wrap)
        ws.write_string(row, 4, status, top) if status else ws.write_blank(row, 4, None, top)
        if sdate:
            ws.write_datetime(row, 5, dt.datetime.combine(sdate, dt.time()), datef)
        else:
            ws.write_blank(row, 5, None, datef)
        ws.write_string(row, 6, note, wrap) if note else ws.write_blank(row, 6, None, wrap)
        ws.write_number(row, 7, ref, top)
        ws.write_datetime(row, 8, mod, dtf)
        ws.write_string(row, 9, modby, top)
        ws.write_string(row, 10, "Item", top)
        ws.write_string(row, 11, p, top)
    widths = [6, 40, 20, 80, 17, 12, 40, 12, 16, 20, 10, 90]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    wb.close()


def write_force(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_urls": False})
    wb.set_properties({"title": "HMICFRS Recommendations Tracker", "author": "Strategic Planning",
                       "company": "West Mercia Police", "created": FIXED})
    ws = wb.add_worksheet("HMICFRS Tracker")
    title = wb.add_format({"bold": True, "font_size": 14})
    sub = wb.add_format({"italic": True})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "text_wrap": True,
                         "valign": "top", "border": 1})
    cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    rag_fmt = {
        "Red": wb.add_format({"bg_color": "#FF0000", "valign": "top", "border": 1}),
        "Amber": wb.add_format({"bg_color": "#FFC000", "valign": "top", "border": 1}),
        "Green": wb.add_format({"bg_color": "#00B050", "valign": "top", "border": 1}),
        "Complete": wb.add_format({"bg_color": "#00B050", "valign": "top", "border": 1}),
    }
    ws.write(0, 0, "West Mercia Police - HMICFRS Recommendations & AFIs Tracker", title)
    ws.write(1, 0, "Strategic Planning & Organisational Learning | v14 updated 26/02/2024 | OFFICIAL - SENSITIVE", sub)
    hr = F_FIRST - 2
    for c, h in enumerate(HEAD_F):
        ws.write_string(hr, c, h, hdr)
    for i, r in enumerate(F):
        row = hr + 1 + i
        key, no, ref, rep, pub, typ, text, lead, port, rag, upd, sub_d = r
        ws.write_string(row, 0, no, cell)
        if ref is None:
            ws.write_blank(row, 1, None, cell)
        else:
            ws.write_number(row, 1, ref, cell)
        ws.write_string(row, 2, rep, cell)
        if pub:
            ws.write_string(row, 3, pub, cell)
        else:
            ws.write_blank(row, 3, None, cell)
        ws.write_string(row, 4, typ, cell)
        ws.write_string(row, 5, text, cell)
        ws.write_string(row, 6, lead, cell)
        ws.write_string(row, 7, port, cell)
        ws.write_string(row, 8, rag, rag_fmt[rag])
        ws.write_string(row, 9, upd, cell)
        if sub_d:
            ws.write_datetime(row, 10, dt.datetime.combine(sub_d, dt.time()), datef)
        else:
            ws.write_blank(row, 10, None, datef)
    last = hr + len(F)
    key_rows = [
        "RAG key:",
        "RED - off track / beyond deadline, escalate to COG",
        "AMBER - work in progress, on track",
        "GREEN - complete, evidence held and submitted to HMICFRS for closure (Complete = closed pre-2016)",
    ]
    for j, k in enumerate(key_rows):
        ws.write_string(last + 2 + j, 0, k, wb.add_format({"bold": j == 0}) if j == 0 else sub)
    widths = [6, 11, 28, 11, 10, 80, 24, 20, 9, 45, 13]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    ws.freeze_panes(F_FIRST - 1, 0)
    ws.autofilter(hr, 0, last, len(HEAD_F) - 1)
    wb.close()
    return last + 1  # Excel row of last item


README = """# hmicfrs_sp_folder_path_export

## Story

West Mercia Police's analyst asks the force's HMICFRS Force Liaison Lead (FLL) for the definitive
list before the next Joint Audit Committee. The FLL keeps the force's items in a SharePoint list
("Force Recommendations") on the inspectorate's monitoring site. Each force has a folder, each
report a sub-folder, national reports sit under `National/`, and when an item is closed the
FLL moves it into a `Closed` sub-folder of its report. Items from the old public register were
migrated into an `Archive (pre-2018 register)` folder in June 2018. The migration only filled
the single-line **Title** (SharePoint cuts it at 255 characters) with "report title - text", and
left the type, text and status columns empty. The FLL clicked *Export to Excel* on a flat view
("show all items without folders"), added two note lines above the table and emailed the workbook.

**No column gives the report.** The export holds the list's columns plus SharePoint's own trailing
`Item Type` and `Path`. The report is the folder name at the end of `Path`, in SharePoint-safe
form ("PEEL 2018-19", not "PEEL 2018/19"). Whether an item is closed depends partly on
`Path` as well.

The force side is an ordinary tracker kept by Strategic Planning & Organisational Learning.

Texts are real HMICFRS texts from `real_recommendations.csv`. National recommendations keep
their real report. Force-level texts from other forces' reports (Northamptonshire efficiency 2015
AFIs, Hampshire/West Midlands effectiveness 2016, West Midlands vetting, Devon and Cornwall CDI,
City of London 2018/19 AFI) are filed under West Mercia's own reports of the same
programme. That pairing is synthetic. West Mercia's PEEL 2018/19 causes of concern and
recommendations are its own.

## Files

### `hmicfrs.xlsx`: sheet `owssvr` (the name SharePoint's export gives)
- Row 1: FLL note (title of the extract). Row 2: FLL note: *"Items in a 'Closed' folder were
  closed at the Q3 liaison meeting on 15/02/2024 - the Status column has not been updated for
  all of them yet. Archive items were migrated from the old register in 2018 and are all closed."*
  Row 3: blank.
- Row 4: header of Excel table `Table_owssvr`: `ID` (SharePoint item ID, **not** an HMICFRS
  reference), `Title` (FLL's short title; for Archive items "report title - text" cut at 255),
  `Finding Type` (Recommendation / Area for improvement / Cause of concern / National
  recommendation; blank for Archive items), `Recommendation Text` (full text, multi-line with
  bullets; blank for Archive items), `HMICFRS Status`, `Status Date`, `Closure Note`,
  `Register Ref` (the HMICFRS reference, integer), `Modified`, `Modified By`, `Item Type`
  (always "Item"), `Path` (`sites/HMICFRSMonitoring/Lists/Force Recommendations/West Mercia
  Police/<[National/]report folder>[/Closed]`).
- Rows 5–45: the 41 items, sorted by ID (view order). Migration order and later creation order
  interleave the reports.

### `tracker.xlsx`: sheet `HMICFRS Tracker`
- Row 1 title, row 2 owner/version line, row 3 blank, row 4 header: `No.`, `HMICFRS Ref`,
  `Report`, `Date Published` (text: "Jul-13", "27/03/2014", "2019", blank), `Type` (Rec / AFI /
  CoC / Nat Rec / Force action / Learning), `Recommendation / AFI` (force's abridged wording,
  typos), `Lead Officer`, `Portfolio`, `RAG`, `Latest Update`, `Date Submitted for Closure`.
- Rows 5–49: the 45 item rows, grouped by report. `No.` 19a/19b and 24a–24e are bullet splits.
  The 2021 items carry no HMICFRS Ref.
- Row 50 blank; rows 51–54: the RAG key.

## Status rules applied

HMICFRS side: **closed** if `Path` ends in `/Closed` or lies in `Archive (pre-2018 register)`
(the FLL's note says so), or if `HMICFRS Status` is `Complete` or `Superseded`. **Open** otherwise
(`Being progressed`, `Awaiting review`). `Awaiting review` means the force has sent evidence and
HMICFRS has not yet judged it, so the item is still open. The folder wins over a stale status
word. The FLL's note says in writing that the status column lags behind the folder moves.

Force side: `Green` and `Complete` = **done** (per the key: "complete, evidence held and
submitted to HMICFRS for closure"; "Complete" is the pre-2016 word). `Amber` and `Red` = **open**.
A split item counts as done only when every one of its rows is done.

Category = in_sync (open/open or closed/done), closeable_submit (open/done), closeable_local
(closed/open), unless the facts conflict.

## Traps and how the truth decides them

1. **Report only in `Path`**, as a SharePoint folder name ("PEEL 2018-19", "PEEL Effectiveness
   2016", "National/PEEL Legitimacy 2017 - stop and search"). The force writes "PEEL 2018/19",
   "PEEL Legitimacy 2017 - National S&S" and so on. These are the same reports, not conflicts.
2. **Two reports with one name.** "PEEL Legitimacy 2017" (force report, vetting) and
   "National/PEEL Legitimacy 2017 - stop and search" are different folders.
3. **`/Closed` folders.** Status lives in the path. owssvr!12 (5632, workforce plan) and
   owssvr!27 (8564, unconscious bias training) sit in `/Closed` but still say "Being progressed".
   They are closed, so 5632 (force Amber) is closeable_local and 8564 (force Green) is in_sync.
   The reverse also occurs: owssvr!13 (6102) and owssvr!25 (8562) are "Complete" but not yet
   moved. They are closed too.
4. **Archive rows** (owssvr!5–9): no type, no text, no status. The report and text are inside a
   Title truncated mid-word at 255 characters. The folder and the closure note ("This
   recommendation is complete", or the PEEL-Effectiveness "subsequently been inspected" comment
   that acts as a superseded closure) say they are closed. Match by Register Ref, which the force
   has, and by the text's opening.
5. **`ID` is not a reference.** SharePoint IDs (1–64) are never HMICFRS refs. `Register Ref` is.
6. **Type vocabulary.** "National recommendation" vs force "Nat Rec" is not a conflict, and
   blank Archive types are not a conflict.
7. **"Superseded" status** (owssvr!39, 10242): closed. The force still has it Amber, so
   closeable_local.

### Conflicts (each decidable from the two rows)
- owssvr!13 / Tracker!13 (6102): **timescale**. HMICFRS says "Within three months", the force
  "Within six months".
- owssvr!28 / Tracker!21 (8611): **report**. HMICFRS folder PEEL Legitimacy 2017, force Report
  "PEEL Effectiveness 2016" (ref and text agree).
- owssvr!24 / Tracker!23, Tracker!24 (8561): **missing bullet**. The force split the rec into
  19a and 19b and has no row for the third bullet (possession-only drug searches).
- owssvr!37 / Tracker!40: **reference**. HMICFRS 10240, force 10204 (transposed digits). The text
  is the same, and no other item carries 10204.
- owssvr!41 / Tracker!44 (10244): **type**. HMICFRS Area for improvement, force "Rec".
- owssvr!44 / Tracker!47 (11874): **deadline**. HMICFRS "By September 2021", force "By September
  2022".

### Other decisions
- owssvr!29 (9024, CDI) is split into 5 force rows (24a–e), all Green. HMICFRS has it open, so
  closeable_submit on 5 lines.
- owssvr!21 (7421, cause of concern on missing children): the force tracks only its
  recommendation (Tracker!20), so the CoC is missing_from_force. The force does track its other
  CoCs as rows.
- Tracker!28 (force's own S&S Board action to publish quarterly data) is not HMICFRS 8563
  ("publish this analysis ... annually"), which has its own row (Tracker!26).
  not_on_hmicfrs_list.
- Tracker!48 (Home Office / NPCC recommendation from Disproportionate use 2021) is not on a
  force's list. not_on_hmicfrs_list.
- Tracker!49 (learning from Bedfordshire's child protection inspection) is not a West Mercia
  item. not_on_hmicfrs_list.
- No `review`: every pair is decidable.

## Counts

| category | items | truth lines |
|---|---|---|
| in_sync | 19 | 19 |
| closeable_submit | 6 | 10 (CDI split into 5 rows) |
| closeable_local | 6 | 6 |
| conflict | 6 | 7 (8561 has 2 rows) |
| missing_from_force | 4 | 4 |
| not_on_hmicfrs_list | 3 | 3 |
| **total** | 41 HMICFRS items, 45 force item rows | 49 |

## Rows that are not items

`hmicfrs.xlsx`, sheet `owssvr`:
- Row 1: FLL's extract title ("West Mercia Police - HMICFRS recommendations ... 04/03/2024").
- Row 2: FLL's note about Closed folders, Archive items and OFFICIAL-SENSITIVE marking.
- Row 3: blank.
- Row 4: table header.

`tracker.xlsx`, sheet `HMICFRS Tracker`:
- Row 1: tracker title.
- Row 2: owner / version / protective marking line.
- Row 3: blank.
- Row 4: column header (autofilter).
- Row 50: blank.
- Row 51: "RAG key:".
- Rows 52–54: RAG key lines (RED / AMBER / GREEN definitions).
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    write_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    write_force(os.path.join(OUT, "tracker.xlsx"))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README)

    hrow = {r[0]: f"owssvr!{H_FIRST + i}" for i, r in enumerate(H)}
    hrec = {r[0]: r for r in H}
    lines = []
    used = set()
    for i, r in enumerate(F):
        key = r[0]
        frow = f"HMICFRS Tracker!{F_FIRST + i}"
        cat, why = CAT[key]
        if key.startswith("x"):
            lines.append(("", frow, cat, why))
        else:
            lines.append((hrow[key], frow, cat, why))
            used.add(key)
    for r in H:
        if r[0] not in used:
            cat, why = CAT[r[0]]
            assert cat == "missing_from_force", r[0]
            lines.append((hrow[r[0]], "", cat, why))

    # cross-check categories against the two status values (conflicts aside)
    fstat = {}
    for r in F:
        fstat.setdefault(r[0], []).append(force_status(r[9]))
    for k, (cat, _) in CAT.items():
        if cat in ("conflict", "missing_from_force", "not_on_hmicfrs_list"):
            continue
        hs = hmicfrs_status(hrec[k])
        fs = "done" if all(s == "done" for s in fstat[k]) else "open"
        exp = {("open", "open"): "in_sync", ("closed", "done"): "in_sync",
               ("open", "done"): "closeable_submit", ("closed", "open"): "closeable_local"}[(hs, fs)]
        assert exp == cat, (k, hs, fs, cat)

    def sortkey(line):
        h, f = line[0], line[1]
        return (int(h.split("!")[1]) if h else 10_000, int(f.split("!")[1]) if f else 0)

    lines.sort(key=sortkey)
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)


if __name__ == "__main__":
    main()
