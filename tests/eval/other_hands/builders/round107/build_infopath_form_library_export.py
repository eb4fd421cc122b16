#!/usr/bin/env python3
"""Build the evaluation case `infopath_form_library_export` (round 107, brief C).

HMICFRS side: an ordinary definitive-list export (hmicfrs.xlsx, one sheet).
Force side: West Mercia Police's HMICFRS recommendations kept since 2016 as one InfoPath
form per recommendation in an on-premises SharePoint 2013 form library, exported with
"Export to Excel" (owssvr.iqy) and saved as tracker.xlsx (sheet "owssvr", table
"Table_owssvr", SharePoint's trailing "Item Type" and "Path" columns).

Deterministic: no randomness is used; workbook properties are fixed.
Standard library + XlsxWriter only.
"""
import csv
import os
from datetime import datetime, date

import xlsxwriter

CASE = "infopath_form_library_export"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FIXED = datetime(2024, 10, 8, 9, 15, 0)
SITE = "sites/corpgov/HMICFRS Recommendations"

# ---------------------------------------------------------------------------
# Real report titles and publication dates
# ---------------------------------------------------------------------------
R_SS13 = ("Stop and search powers: Are the police using them effectively and fairly?", date(2013, 7, 9))
R_EB14 = ("Everyone's business: Improving the police response to domestic abuse", date(2014, 3, 27))
R_CB14 = ("Core Business: an inspection into crime prevention, police attendance and the use of police time", date(2014, 9, 4))
R_IM15 = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", date(2015, 1, 30))
R_TR15 = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", date(2015, 9, 15))
R_EF15 = ("PEEL: Police efficiency 2015 – An inspection of West Mercia Police", date(2015, 10, 15))
R_EF16 = ("PEEL: Police effectiveness 2016 – An inspection of West Mercia Police", date(2017, 3, 2))
R_LG17 = ("PEEL: Police legitimacy 2017 – A national overview", date(2017, 12, 12))
R_PE19 = ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police", date(2019, 9, 27))
R_CDI19 = ("West Mercia Police: Crime Data Integrity inspection 2019", date(2019, 10, 8))
R_DP21 = ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", date(2021, 2, 26))

REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"

# ---------------------------------------------------------------------------
# HMICFRS items: key, id, report, type, scope, text, status, status date
# Texts are real public HMICFRS texts (OGL), copied verbatim.
# ---------------------------------------------------------------------------
H = [
    ("A1", 1187, R_SS13, REC, "National",
     "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.",
     "Complete", date(2016, 11, 30)),
    ("A2", 1188, R_SS13, REC, "National",
     "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.",
     "Superseded", date(2018, 2, 6)),
    ("B", 2321, R_EB14, REC, "National",
     "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n  • in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n  • after close consideration of all the recommendations in this report;\n  • with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n  • drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.The action plan should be established on the basis of best practice, based on revised relevant guidance from the College of Policing. To ensure consistency, the College and the national policing lead on domestic abuse have agreed to provide advice on the areas that each plan should cover by the end of April 2014.\n\nChief officers in each police force should oversee and ensure full implementation of these action plans. This should be a personal responsibility in each case. Police and crime commissioners should hold forces to account in this respect. HMIC will inspect forces' progress on domestic abuse as part of its new annual all-force inspection programme. Police and crime commissioners and chief constables should be called upon to report publicly on progress, as well as to the national oversight and monitoring group.",
     "Complete", date(2016, 3, 14)),
    ("C", 4822, R_CB14, REC, "National",
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.",
     "Superseded", date(2017, 8, 30)),
    ("D", 902, R_IM15, REC, "National",
     "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.",
     "No further action needed", date(2017, 8, 30)),
    ("E1", 5630, R_TR15, REC, "National",
     "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.",
     "Complete", date(2020, 1, 21)),
    ("E2", 5631, R_TR15, REC, "National",
     "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.",
     "Being progressed", date(2021, 6, 2)),
    ("E3", 5632, R_TR15, REC, "National",
     "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete", date(2017, 2, 9)),
    ("E4", 5633, R_TR15, REC, "National",
     "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of firearms and ammunition.",
     "Being progressed", date(2021, 6, 2)),
    ("F1", 5874, R_EF15, AFI, "Force",
     "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public",
     "Complete", date(2017, 10, 4)),
    ("F2", 5875, R_EF15, AFI, "Force",
     "The force should develop its understanding of the links between its outcomes, outputs and costs",
     "Complete", date(2018, 3, 22)),
    ("F3", 5876, R_EF15, AFI, "Force",
     "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.",
     "Superseded", date(2019, 10, 1)),
    ("G1", 6921, R_EF16, COC, "Force",
     "The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.",
     "Complete", date(2019, 4, 17)),
    ("G2", 6922, R_EF16, REC, "Force",
     "In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.",
     "Complete", date(2019, 4, 17)),
    ("G3", 6923, R_EF16, REC, "Force",
     "To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.",
     "Being progressed", date(2019, 4, 17)),
    ("G4", 6924, R_EF16, REC, "Force",
     "In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease",
     "Complete", date(2018, 1, 25)),
    ("G5", 6925, R_EF16, COC, "Force",
     "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.",
     "Complete", date(2018, 7, 12)),
    ("G6", 6926, R_EF16, REC, "Force",
     "To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action",
     "Complete", date(2018, 7, 12)),
    ("I1", 8540, R_LG17, COC, "National",
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.",
     "Complete", date(2021, 3, 2)),
    ("I2", 8541, R_LG17, REC, "National",
     "By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.",
     "Being progressed", date(2021, 3, 2)),
    ("I3", 8542, R_LG17, REC, "National",
     "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;",
     "Being progressed", date(2021, 3, 2)),
    ("I4", 8543, R_LG17, REC, "National",
     "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.",
     "Being progressed", date(2021, 3, 2)),
    ("I5", 8544, R_LG17, REC, "National",
     "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.",
     "Being progressed", date(2021, 3, 2)),
    ("J1", 9412, R_PE19, COC, "Force",
     "The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.",
     "Complete", date(2022, 11, 8)),
    ("J2", 9413, R_PE19, REC, "Force",
     "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and",
     "Complete", date(2022, 11, 8)),
    ("J3", 9414, R_PE19, REC, "Force",
     "HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.",
     "Being progressed", date(2022, 11, 8)),
    ("J4", 9415, R_PE19, REC, "Force",
     "HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;",
     "Being progressed", date(2022, 11, 8)),
    ("J5", 9416, R_PE19, REC, "Force",
     "HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and",
     "Complete", date(2020, 6, 30)),
    ("J6", 9417, R_PE19, REC, "Force",
     "HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;",
     "Superseded", date(2022, 11, 8)),
    ("J7", 9418, R_PE19, REC, "Force",
     "HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.",
     "Awaiting review", date(2024, 8, 19)),
    ("J8", 9419, R_PE19, COC, "Force",
     "The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.",
     "Being progressed", date(2022, 11, 8)),
    ("J9", 9420, R_PE19, REC, "Force",
     "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;",
     "Being progressed", date(2022, 11, 8)),
    ("J10", 9421, R_PE19, REC, "Force",
     "HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;",
     "Being progressed", date(2022, 11, 8)),
    ("J11", 9422, R_PE19, REC, "Force",
     "HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;",
     "Being progressed", date(2022, 11, 8)),
    ("J12", 9423, R_PE19, AFI, "Force",
     "The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.",
     "Being progressed", date(2022, 11, 8)),
    ("H", 9480, R_CDI19, REC, "Force",
     "Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.",
     "Being progressed", date(2021, 9, 14)),
    ("K1", 10218, R_DP21, REC, "National",
     "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", date(2023, 4, 26)),
    ("K2", 10219, R_DP21, REC, "National",
     "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.",
     "Complete", date(2023, 4, 26)),
    ("K3", 10220, R_DP21, REC, "National",
     "By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.",
     "Being progressed", date(2023, 4, 26)),
    ("K4", 10221, R_DP21, REC, "National",
     "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.",
     "Being progressed", date(2023, 4, 26)),
]

HMIC_CLOSED = {"Complete", "Superseded", "No further action needed"}
HMIC_OPEN = {"Awaiting review", "Being progressed"}

# ---------------------------------------------------------------------------
# Force side: SharePoint form library export.
# Each row: dict with the library columns, plus bookkeeping:
#   key  -> HMICFRS key (None for force-only, "-" for rows that are not items)
#   cat  -> category for the truth (items only), why -> reason
# ---------------------------------------------------------------------------
RECCT, CRCT = "HMICFRS Recommendation", "Closure Request"


def dt(y, m, d, hh=9, mm=0, ss=0):
    return datetime(y, m, d, hh, mm, ss)


def stamp(x):
    # InfoPath submit file-name formula: concat(code, "-", recno, "-", now()) with ":" -> "_"
    return x.strftime("%Y-%m-%dT%H_%M_%S")


F = []


def row(**kw):
    base = dict(Name="", CT=RECCT, Report="", RecNo="", HID=None, Type="", Summary="", Lead="",
                RAG="", Status="", Target=None, Update="", Decision="", DecDate=None,
                Modified=None, ModBy="", CheckedOut="", ItemType="Item", Folder="",
                key=None, cat="", why="")
    base.update(kw)
    F.append(base)


# --- v1 forms (2016 - March 2019), never re-opened: RAG only ---------------------------
row(Name="Stop and Search 2013 Rec 1.xml", Report="Stop & Search 2013 (HMIC)", RecNo="Rec 1",
    Summary="CCs & College to set out in S&S APP what effective & fair use of S&S looks like - compliant w/ Code of Practice",
    Lead="Rowe, Martin", RAG="Green", Target=date(2014, 3, 31), Modified=dt(2016, 7, 14, 10, 2, 11),
    ModBy="Rowe, Martin", Folder="National", key="A1", cat="in_sync",
    why="v1 form, RAG Green (v1 key: Green = implemented) = done; HMICFRS Complete = closed")
row(Name="Stop and Search 2013 Rec 2.xml", Report="Stop & Search 2013 (HMIC)", RecNo="Rec 2",
    Summary="Improve monitoring of how officers use stop & search so satisfied its lawful (inc equality legislation & code of practice) and used effectively",
    Lead="Rowe, Martin", RAG="Amber", Target=date(2017, 6, 30), Modified=dt(2017, 3, 2, 14, 40, 5),
    ModBy="Rowe, Martin", Folder="National", key="A2", cat="closeable_local",
    why="v1 form never re-opened, RAG Amber = open; HMICFRS Superseded = closed")
row(Name="DA Everyones Business action plan.xml", Report="HMIC DA inspection 2014 - Everyone's Business", RecNo="Rec 1",
    Summary="Publish DA action plan (due Sept 2014) - developed with PCC, DA support orgs & victims reps, DHR/IPCC learning, CPS scrutiny panels & MARAC self assessments. Chief officer personal responsibility for delivery.",
    Lead="Khan, Imran", RAG="Green", Target=date(2014, 9, 30), Modified=dt(2016, 6, 9, 11, 21, 47),
    ModBy="Khan, Imran", Folder="National", key="B", cat="in_sync",
    why="v1 form, RAG Green = done; HMICFRS Complete = closed")
row(Name="FL Targeting the risk R3.xml", Report="Targeting the Risk - FL 2015", RecNo="R3",
    Summary="Immediately - CC to be satisfied all approp action taken re 'total expired' licensing records",
    Lead="Bennett, Sian", RAG="Green", Target=date(2015, 10, 31), Modified=dt(2017, 1, 18, 16, 5, 30),
    ModBy="Bennett, Sian", Folder="National", key="E3", cat="in_sync",
    why="v1 form, RAG Green = done; HMICFRS Complete = closed")
row(Name="PEEL Efficiency 2015 AFI 1.xml", Report="PEEL Efficiency 2015", RecNo="AFI 1",
    Summary="Fuller understanding of current & likely future demand so resources matched to demand",
    Lead="Dyer, Paul", RAG="Amber", Target=date(2017, 3, 31), Modified=dt(2017, 5, 22, 9, 13, 2),
    ModBy="Dyer, Paul", Folder="PEEL 2015-2017", key="F1", cat="closeable_local",
    why="v1 form never re-opened, RAG Amber = open; HMICFRS Complete = closed")
row(Name="PEEL Eff 2016 Rec 2 DA victims.xml", Report="PEEL Effectiveness 2016", RecNo="Rec 2",
    Summary="Understand & address why such a high proportion of DA victims dont support the investigation",
    Lead="Khan, Imran", RAG="Green", Target=date(2018, 3, 31), Modified=dt(2018, 11, 5, 15, 48, 19),
    ModBy="Khan, Imran", Folder="PEEL 2015-2017", key="G3", cat="closeable_submit",
    why="v1 form, RAG Green = done (never re-opened after v2); HMICFRS Being progressed = open")
row(Name="PEEL Eff 2016 Rec 3 DA phone risk assmt.xml", Report="PEEL Effectiveness 2016", RecNo="Rec 3",
    Summary="Stop DA risk assessments over the phone & dealing with DA in the resolution centre",
    Lead="Khan, Imran", RAG="Green", Target=date(2017, 6, 30), Modified=dt(2017, 12, 1, 10, 30, 0),
    ModBy="Khan, Imran", Folder="PEEL 2015-2017", key="G4", cat="in_sync",
    why="v1 form, RAG Green = done; HMICFRS Complete = closed")

# --- v1 forms re-opened after the v2 template (1 April 2019): stale RAG + Status --------
row(Name="FL Targeting the risk R1.xml", Report="Targeting the Risk - FL 2015", RecNo="R1", HID=5630,
    Type="National Recommendation",
    Summary="Within 3 months assess FL governance against APP; put correct arrangements in place where not compliant",
    Lead="Bennett, Sian", RAG="Amber", Status="Closed (HMICFRS)", Target=date(2015, 12, 15),
    Update="21/01/20 SB - HMICFRS confirmed closed following FL revisit",
    Modified=dt(2020, 2, 11, 12, 0, 41), ModBy="Lloyd, Hannah", Folder="National", key="E1", cat="in_sync",
    why="Status Closed (HMICFRS) = done (stale RAG Amber ignored); HMICFRS Complete = closed")
row(Name="FL Targeting the risk R2.xml", Report="Targeting the Risk - FL 2015", RecNo="R2", HID=5631,
    Type="National Recommendation",
    Summary="Within 3 months assess demand on FL dept & ensure capacity to meet it",
    Lead="Bennett, Sian", RAG="Amber", Status="Complete - awaiting sign-off", Target=date(2024, 3, 31),
    Update="20/06/24 SB - backlog cleared, 2 x FEO posts made permanent. Closure request submitted.",
    Modified=dt(2024, 6, 20, 14, 22, 7), ModBy="Bennett, Sian", Folder="National", key="E2", cat="closeable_submit",
    why="Status Complete - awaiting sign-off = done (closure request still Pending does not change it); HMICFRS Being progressed = open")
row(Name="FL Targeting the risk R4.xml", Report="Targeting the Risk - FL 2015", RecNo="R4", HID=5633,
    Type="National Recommendation",
    Summary="Within 6 months ensure temp permits used in line with HO guidance, recorded without delay on NFLMS & holders not left in unlawful possession",
    Lead="Bennett, Sian", RAG="Amber", Status="In progress", Target=date(2025, 3, 31),
    Update="02/09/24 SB - NFLMS audit of temp permits in Q3",
    Modified=dt(2024, 9, 2, 9, 40, 55), ModBy="Bennett, Sian", Folder="National", key="E4", cat="conflict",
    why="timescale: force records 'Within 6 months', HMICFRS text says 'Within three months'; (open on both sides)")
row(Name="PEEL Efficiency 2015 AFI 2.xml", Report="PEEL Efficiency 2015", RecNo="AFI 2", HID=5875, Type="AFI",
    Summary="Develop understanding of links between outcomes, outputs and costs",
    Lead="Dyer, Paul", RAG="Green", Status="Closed (local)", Target=date(2017, 3, 31),
    Update="30/04/19 PD - closed locally, VfM profile work embedded in FMS",
    Modified=dt(2019, 4, 30, 11, 5, 9), ModBy="Lloyd, Hannah", Folder="PEEL 2015-2017", key="F2", cat="in_sync",
    why="Status Closed (local) = done; HMICFRS Complete = closed")
row(Name="PEEL Efficiency 2015 AFI 3.xml", Report="PEEL Efficiency 2015", RecNo="AFI 3", HID=5876, Type="AFI",
    Summary="Future workforce plan aligned to demand & budget - resource allocation, skills mix & behaviours",
    Lead="Dyer, Paul", RAG="Red", Status="Closed (HMICFRS)", Target=date(2017, 9, 30),
    Update="01/10/19 HL - HMICFRS superseded by PEEL 18/19 CoC (skills)",
    Modified=dt(2019, 10, 14, 15, 12, 33), ModBy="Lloyd, Hannah", Folder="PEEL 2015-2017", key="F3", cat="in_sync",
    why="Status Closed (HMICFRS) = done (stale RAG Red ignored); HMICFRS Superseded = closed")
row(Name="PEEL Eff 2016 CoC 1 DA.xml", Report="PEEL Effectiveness 2016", RecNo="CoC 1", HID=6921, Type="Cause of Concern",
    Summary="CoC - approach to DA unacceptable: victims not supporting investigations, low use of arrest & prosecution",
    Lead="Khan, Imran", RAG="Amber", Status="Closed (HMICFRS)", Target=date(2018, 3, 31),
    Update="17/04/19 HL - HMICFRS closed CoC at revisit",
    Modified=dt(2019, 5, 2, 10, 44, 0), ModBy="Lloyd, Hannah", Folder="PEEL 2015-2017", key="G1", cat="in_sync",
    why="Status Closed (HMICFRS) = done; HMICFRS Complete = closed")
row(Name="PEEL Eff 2016 Rec 1 DA arrest.xml", Report="PEEL Effectiveness 2016", RecNo="Rec 1", HID=6922, Type="Recommendation",
    Summary="Immediately consider ways to increase use of arrest, ancillary orders & other powers (DA)",
    Lead="Khan, Imran", RAG="Green", Status="In progress", Target=date(2024, 12, 31),
    Update="11/07/24 IK - arrest rate dipped again in Q1, DA Gold reinstated, DVPN/DVPO use reviewed monthly",
    Modified=dt(2024, 7, 11, 13, 31, 26), ModBy="Khan, Imran", Folder="PEEL 2015-2017", key="G2", cat="closeable_local",
    why="Status In progress = open (stale RAG Green ignored); HMICFRS Complete = closed")
row(Name="PEEL Eff 2016 Missing children.xml", Report="PEEL Effectiveness 2016", RecNo="Rec 4", HID=6925, Type="Recommendation",
    Summary="Response to missing & absent children - risk assessed wrongly, absent v missing, CSE info not influencing grading (enduring from 2015 vulnerability rpt)",
    Lead="Morgan, Kate", RAG="Amber", Status="Closed (HMICFRS)", Target=date(2018, 3, 31),
    Update="12/07/18 KM - closed by HMICFRS",
    Modified=dt(2019, 6, 3, 9, 2, 14), ModBy="Lloyd, Hannah", Folder="PEEL 2015-2017", key="G5", cat="conflict",
    why="type: force records it as a Recommendation (Rec 4), HMICFRS item 6925 is the Cause of concern (ID and text agree); closed/done on both sides")
row(Name="PEEL Eff 2016 Missing children rec.xml", Report="PEEL Effectiveness 2016", RecNo="Rec 5", HID=6926, Type="Recommendation",
    Summary="Review approach to missing children: call takers use missing/absent correctly; CSE risk factors known; supervisors oversight of MISPER enquiries",
    Lead="Morgan, Kate", RAG="Amber", Status="Closed (HMICFRS)", Target=date(2018, 3, 31),
    Update="12/07/18 KM - closed by HMICFRS",
    Modified=dt(2019, 6, 3, 9, 4, 50), ModBy="Lloyd, Hannah", Folder="PEEL 2015-2017", key="G6", cat="in_sync",
    why="Status Closed (HMICFRS) = done; HMICFRS Complete = closed")
row(Name="Legitimacy 2017 CoC - S&S.xml", Report="PEEL Legitimacy 2017 - national", RecNo="CoC", HID=8540, Type="Cause of Concern",
    Summary="Forces unable to show S&S consistently reasonable & fair; BAME / black people over-represented & not explained",
    Lead="Rowe, Martin", RAG="Amber", Status="Closed (HMICFRS)", Target=date(2018, 7, 31),
    Update="02/03/21 MR - HMICFRS closed CoC, monitoring continues via recs",
    Modified=dt(2021, 3, 9, 10, 15, 0), ModBy="Rowe, Martin", Folder="National", key="I1", cat="in_sync",
    why="Status Closed (HMICFRS) = done; HMICFRS Complete = closed")
for suf, summ in (("a", "Monitor S&S data - reasons for any disproportionate representation of ethnic groups"),
                  ("b", "Monitor find rates by ethnicity & type of search (incl drug possession v supply)"),
                  ("c", "Monitor prevalence of possession-only drug searches v local / force priorities")):
    row(Name=f"Legitimacy 2017 Rec 1{suf}.xml", Report="PEEL Legitimacy 2017 - national", RecNo=f"Rec 1({suf})", HID=8541,
        Type="National Recommendation", Summary=summ, Lead="Rowe, Martin", RAG="Red",
        Status="Complete - awaiting sign-off", Target=date(2018, 7, 31),
        Update="15/08/24 MR - S&S dashboard live in Qlik, reviewed at S&S scrutiny board quarterly",
        Modified=dt(2024, 8, 15, 11, 0, 5 + ord(suf) - 97), ModBy="Rowe, Martin", Folder="National", key="I2",
        cat="closeable_submit",
        why=f"bullet ({suf}) of 8541 on its own form; all three bullet forms Complete - awaiting sign-off = done; HMICFRS Being progressed = open")
row(Name="Legitimacy 2017 Rec 2.xml", Report="Disproportionality 2021", RecNo="Rec 2", HID=8542, Type="National Recommendation",
    Summary="Where disparities identified - show public the research & analysis done to understand the reasons and action taken to reduce",
    Lead="Rowe, Martin", RAG="Amber", Status="In progress", Target=date(2024, 12, 31),
    Update="15/08/24 MR - disparity analysis with Uni of Worcester, publication planned Q4",
    Modified=dt(2024, 8, 15, 11, 3, 40), ModBy="Rowe, Martin", Folder="National/Disproportionality 2021", key="I3", cat="conflict",
    why="report: force files 8542 under Disproportionality 2021 (and in that folder); HMICFRS item is PEEL legitimacy 2017 (ID, text, file name agree); open on both sides")
row(Name="Legitimacy 2017 Rec 3.xml", Report="PEEL Legitimacy 2017 - national", RecNo="Rec 3", HID=8543, Type="National Recommendation",
    Summary="Publish the analysis & actions taken at least annually from July 18",
    Lead="Rowe, Martin", RAG="Amber", Status="Closed (HMICFRS)", Target=date(2018, 7, 31),
    Update="04/03/21 MR - told at liaison mtg this would close with the CoC",
    Modified=dt(2021, 3, 4, 16, 20, 2), ModBy="Rowe, Martin", Folder="National", key="I4", cat="closeable_submit",
    why="Status Closed (HMICFRS) = force done (the force believes HMICFRS closed it); HMICFRS list still Being progressed = open")
row(Name="Legitimacy 2017 Rec 4.xml", Report="PEEL Legitimacy 2017 - national", RecNo="Rec 4", HID=8544, Type="National Recommendation",
    Summary="By July 2018 (& ongoing) all officers using S&S trained in unconscious bias & College APP",
    Lead="Rowe, Martin", RAG="Amber", Status="In progress", Target=date(2023, 3, 31),
    Update="14/02/23 MR - uncon bias now in OST refresher, 94% compliance",
    Modified=dt(2023, 2, 14, 10, 10, 10), ModBy="Rowe, Martin", Folder="National", key="I5", cat="closeable_submit",
    why="form says In progress (14/02/2023) but its Closure Request was Approved by the DCC on 03/05/2023, later = done; HMICFRS Being progressed = open")

# --- v2 forms (created from April 2019): formula names, no RAG ---------------------------
p19 = "PEEL 2018/19"
pe = [
    ("J1", "CoC1", 9412, "Cause of Concern", "CoC - no suitable arrangements to keep full range of services when alliance with Warks ends; gaps in skills assessment; weak investigation & safeguarding",
     "Closed (HMICFRS)", "08/11/22 HL - HMICFRS closed CoC at PEEL 21/22 debrief", dt(2019, 10, 15, 11, 20, 3), dt(2022, 11, 21, 9, 30, 1), "Evans, Richard", "in_sync",
     "Status Closed (HMICFRS) = done; HMICFRS Complete = closed"),
    ("J2", "R1", 9413, "Recommendation", "Review officers capability & capacity to manage investigative workload - understand investigative demand & pressures",
     "Complete - awaiting sign-off", "24/08/22 RE - demand review done (Op Mercury), closure request sent", dt(2019, 10, 15, 11, 24, 40), dt(2022, 8, 24, 15, 1, 2), "Evans, Richard", "in_sync",
     "Status Complete - awaiting sign-off = done (closure request Approved); HMICFRS Complete = closed"),
    ("J3", "R2", 9414, "Recommendation", "Review, with partners, approach to vulnerability to better safeguard vulnerable people",
     "In progress", "05/09/24 KM - joint review with 4 LSCPs, report to Dec PCB", dt(2019, 10, 15, 11, 31, 12), dt(2024, 9, 5, 12, 12, 12), "Morgan, Kate", "in_sync",
     "Status In progress = open; HMICFRS Being progressed = open"),
    ("J4", "R3", 9415, "Recommendation", "Expand skills project to ALL skills (not just operational) inc future skills - to inform workforce plans",
     "On hold", "01/07/24 GP - paused pending new HR system (Oracle)", dt(2019, 10, 15, 11, 35, 58), dt(2024, 7, 1, 8, 55, 0), "Pryce, Gareth", "in_sync",
     "Status On hold = open; HMICFRS Being progressed = open"),
    ("J5", "R4", 9416, "Recommendation", "Agree arrangements with Warwickshire for smooth transition to future op model, no disruption to public services",
     "Closed (local)", "30/06/20 RE - alliance ended 7/10/19, all S22 agreements in place", dt(2019, 10, 15, 11, 40, 2), dt(2020, 7, 2, 10, 0, 0), "Evans, Richard", "in_sync",
     "Status Closed (local) = done; HMICFRS Complete = closed"),
    ("J6", "R5", 9417, "Recommendation", "Clearly define new operating model - all op & support services affordable & fit to protect communities of West Mercia",
     "In progress", "09/09/24 RE - op model v3 at FEB Oct", dt(2019, 10, 15, 11, 44, 30), dt(2024, 9, 9, 14, 2, 44), "Evans, Richard", "closeable_local",
     "Status In progress = open; HMICFRS Superseded = closed"),
    ("J7", "R6", 9418, "Recommendation", "Improve arrangements to consult public about business planning & feed back changes made as a result",
     "Awaiting HMIC decision", "19/08/24 HL - evidence pack sent to FLL", dt(2019, 10, 15, 11, 49, 9), dt(2024, 8, 19, 16, 45, 0), "Lloyd, Hannah", "closeable_submit",
     "Status 'Awaiting HMIC decision' (typed in) = submitted for closure = done; HMICFRS Awaiting review = open"),
    ("J8", "CoC2", 9419, "Cause of Concern", "CoC - no capacity / capability to investigate crime effectively, failings in way crimes investigated",
     "In progress", "05/09/24 RE - investigations improvement plan, 11 of 14 actions complete", dt(2019, 10, 15, 12, 2, 0), dt(2024, 9, 5, 12, 30, 0), "Evans, Richard", "in_sync",
     "Status In progress = open; HMICFRS Being progressed = open"),
    ("J9", "R7", 9402, "Recommendation", "Within 6 months - regular & active supervision of quality & progress of investigations, properly recorded",
     "In progress", "05/09/24 RE - supervision dip sample 68% compliant", dt(2019, 10, 15, 12, 6, 41), dt(2024, 9, 5, 12, 36, 2), "Evans, Richard", "conflict",
     "reference: force HMICFRS ID 9402 (digits transposed), HMICFRS ID 9420; report, R7 and text agree; open on both sides"),
    ("J10", "R8", 9421, "Recommendation", "Within 6 months - improve ability to retrieve digital evidence from phones, computers & other devices quickly so investigations not delayed",
     "Complete - awaiting sign-off", "11/03/24 TW - kiosks in all hubs, closure request submitted", dt(2019, 10, 15, 12, 10, 0), dt(2024, 3, 11, 10, 20, 0), "Walsh, Tom", "in_sync",
     "form says Complete - awaiting sign-off (11/03/2024) but its Closure Request was Returned by the DCC on 21/05/2024, later = open; HMICFRS Being progressed = open"),
    ("J11", "R9", 9422, "Recommendation", "Within 6 months - improve understanding of suspects RUI & management of those on bail",
     "Complete - awaiting sign-off", "10/09/24 RE - RUI/bail mgmt unit established, closure request submitted", dt(2019, 10, 15, 12, 14, 22), dt(2024, 9, 10, 9, 0, 0), "Evans, Richard", "closeable_submit",
     "Status Complete - awaiting sign-off = done (closure request Pending does not change it); HMICFRS Being progressed = open"),
    ("J12", "AFI1", 9423, "AFI", "Improve use of crime recording & mgmt system (Athena) to manage case files & investigative processes",
     "Not started", "", dt(2019, 10, 15, 12, 20, 5), dt(2019, 10, 15, 12, 20, 5), "Walsh, Tom", "in_sync",
     "Status Not started = open; HMICFRS Being progressed = open"),
]
for key, recno, hid, typ, summ, st, upd, created, mod, lead, cat, why in pe:
    row(Name=f"PEEL1819-{recno}-{stamp(created)}.xml", Report=p19, RecNo=recno, HID=hid, Type=typ, Summary=summ,
        Lead=lead, Status=st, Target=date(2020, 3, 31) if recno.startswith(("R7", "R8", "R9")) else None,
        Update=upd, Modified=mod, ModBy=("Lloyd, Hannah" if key in ("J1", "J5") else lead),
        CheckedOut=("Pryce, Gareth" if key == "J4" else ""), Folder="PEEL 2018-19", key=key, cat=cat, why=why)

cdi = [
    ("R1a", "Victims believed at point of report", "Closed (local)", dt(2019, 11, 12, 10, 4, 51), dt(2021, 5, 7, 11, 0, 0), "Closed locally - CDI board 05/21"),
    ("R1b", "Call handler / caller conversations summarised accurately in incident log (full facts for attending officers)", "In progress", dt(2019, 11, 12, 10, 9, 30), dt(2024, 8, 30, 10, 0, 0), "30/08/24 FCR - OCC audit 87% compliant, target 95%"),
    ("R1c", "Multiple crimes always recorded when in incident or found during other investigations", "Complete - awaiting sign-off", dt(2019, 11, 12, 10, 14, 2), dt(2024, 8, 30, 10, 5, 0), "30/08/24 FCR - crime bureau audit shows compliance"),
    ("R1e", "Online crime reports triaged on receipt - ongoing risk to victim / public identified & managed", "In progress", dt(2019, 11, 12, 10, 20, 44), dt(2024, 8, 30, 10, 9, 0), "30/08/24 FCR - SSD triage SOP drafted"),
]
for recno, summ, st, created, mod, upd in cdi:
    b = recno[-1]
    row(Name=f"CDI2019-{recno}-{stamp(created)}.xml", Report="Crime Data Integrity 2019", RecNo=f"R1({b})", HID=9480,
        Type="Recommendation", Summary=summ, Lead="Hall, Joanne", Status=st, Target=date(2020, 4, 30), Update=upd,
        Modified=mod, ModBy="Hall, Joanne", Folder="CDI", key="H", cat="conflict",
        why=f"bullet ({b}) of 9480 on its own form; the force has no form for bullet (d) (awaiting medical examinations / video interviews before recording) = missing bullet")

dp = [
    ("K1", "R1", 10218, "By July 2021 - officers & staff effective comms skills per National Policing Guidelines on Conflict Mgmt (on top of existing CM & de-escalation trg)",
     "In progress", "deadline: force records 'By July 2021', HMICFRS text says 'By July 2022'; open on both sides", "conflict"),
    ("K2", "R2", 10219, "Comms skills reinforced in CPD; supervisors supported to debrief officers using BWV",
     "complete", "Status 'complete' (typed in) = done; HMICFRS Complete = closed", "in_sync"),
]
for key, recno, hid, summ, st, why, cat in dp:
    created = dt(2021, 3, 8, 14, 0, 0) if key == "K1" else dt(2021, 3, 8, 14, 6, 30)
    row(Name=f"DISP21-{recno}-{stamp(created)}.xml", Report="Disproportionality 2021", RecNo=recno, HID=hid,
        Type="National Recommendation", Summary=summ, Lead="Rowe, Martin", Status=st, Target=date(2022, 3, 31),
        Update=("15/08/24 MR - OST day 2 includes comms module" if key == "K1" else "26/04/23 MR - HMICFRS confirmed complete"),
        Modified=dt(2024, 8, 15, 11, 20, 0) if key == "K1" else dt(2023, 4, 27, 9, 0, 0),
        ModBy="Rowe, Martin", Folder="National/Disproportionality 2021", key=key, cat=cat, why=why)
for i, (b, summ, st) in enumerate((
        ("a", "BWV to record entirety of all S&S encounters inc traffic stops & use of force", "Complete - awaiting sign-off"),
        ("b", "Structured process to review internally a sample of BWV - learning & hold officers to account", "In progress"),
        ("c", "External scrutiny panel access to BWV samples of S&S & UoF (APP safeguards)", "Complete - awaiting sign-off"))):
    created = dt(2021, 3, 8, 14, 12 + i, 5)
    row(Name=f"DISP21-R3{b}-{stamp(created)}.xml", Report="Disproportionality 2021", RecNo=f"R3({b})", HID=10220,
        Type="National Recommendation", Summary=summ, Lead="Rowe, Martin", Status=st, Target=date(2021, 9, 30),
        Update=("15/08/24 MR - PSD dip sampling 20 BWV clips/month from Oct" if b == "b" else "15/08/24 MR - done, evidence on file"),
        Modified=dt(2024, 8, 15, 11, 25 + i, 0), ModBy="Rowe, Martin", Folder="National/Disproportionality 2021",
        key="K3", cat="in_sync",
        why=f"paragraph ({b}) of 10220 on its own form; item open because R3(b) is In progress; HMICFRS Being progressed = open")

# --- force-only rows -------------------------------------------------------------------
row(Name="DISP21-R4-2021-03-08T14_20_11.xml", Report="Disproportionality 2021", RecNo="R4",
    Type="National Recommendation",
    Summary="HO & NPCC to ensure quality of data on use of force to effect S&S sufficient for publication; HO to publish (national - not for WMP)",
    Lead="Rowe, Martin", Status="Not applicable", Update="08/03/21 MR - for HO/NPCC, recorded for info",
    Modified=dt(2021, 3, 8, 14, 21, 0), ModBy="Rowe, Martin", Folder="National/Disproportionality 2021",
    key=None, cat="not_on_hmicfrs_list",
    why="recommendation to the Home Office and NPCC, tracked by the force for information; not on the force's definitive list")
row(Name="Learning Beds NCPI child detention.xml", Report="Learning - other forces", RecNo="L1", Type="Learning",
    Summary="From Beds NCPI - review with CSC how we manage detention of children: only when absolutely necessary, early assessment of alt accommodation, detention certs post charge, record all actions, AA timeliness",
    Lead="Morgan, Kate", RAG="Amber", Target=date(2018, 9, 30), Modified=dt(2018, 2, 19, 13, 8, 0), ModBy="Morgan, Kate",
    Folder="Learning from other forces", key=None, cat="not_on_hmicfrs_list",
    why="learning taken from Bedfordshire's National child protection inspection; not a recommendation to West Mercia")
row(Name="Learning-WMids vetting-2019-07-22T10_31_00.xml", Report="Learning - other forces", RecNo="L2", Type="Learning",
    Summary="W Mids CoC re vetting backlog - check all our staff have min vetting level for role & renewals cleared per NVG",
    Lead="Pryce, Gareth", Status="Closed (local)", Update="14/01/20 GP - vetting backlog nil, renewals diary in Core-Vet",
    Modified=dt(2020, 1, 14, 9, 0, 0), ModBy="Pryce, Gareth", Folder="Learning from other forces",
    key=None, cat="not_on_hmicfrs_list",
    why="learning taken from West Midlands Police's vetting cause of concern; not a recommendation to West Mercia")

# --- rows that are not items -----------------------------------------------------------
row(Name="test.xml", Report="test", RecNo="1", Summary="test - please ignore", Lead="", RAG="Green",
    Modified=dt(2016, 4, 28, 17, 2, 9), ModBy="System Account", Folder="", key="-",
    why="template test form created by the SharePoint admin when the library was set up")
crs = [
    (dt(2021, 5, 4, 9, 12, 44), "Crime Data Integrity 2019", "R1(a)", 9480, "Closure request - victims believed at point of report (CDI R1a)", "Approved", dt(2021, 5, 6), "Hall, Joanne"),
    (dt(2022, 8, 24, 15, 3, 10), p19, "R1", 9413, "Request closure - investigative workload review complete (Op Mercury)", "Approved", dt(2022, 9, 14), "Evans, Richard"),
    (dt(2023, 3, 1, 10, 40, 2), "PEEL Legitimacy 2017 - national", "Rec 4", 8544, "Request closure - unconscious bias & S&S APP training in OST, 94%", "Approved", dt(2023, 5, 3), "Rowe, Martin"),
    (dt(2024, 3, 11, 10, 25, 31), p19, "R8", 9421, "Request closure - digital kiosks all hubs", "Returned", dt(2024, 5, 21), "Walsh, Tom"),
    (dt(2024, 6, 20, 14, 30, 0), "Targeting the Risk - FL 2015", "R2", 5631, "Request closure - FL capacity", "Pending", None, "Bennett, Sian"),
    (dt(2024, 9, 10, 9, 5, 12), p19, "R9", 9422, "Request closure - RUI / bail management unit", "Pending", None, "Evans, Richard"),
]
for created, rep, recno, hid, summ, dec, decdate, lead in crs:
    mod = datetime.combine(decdate, datetime.min.time()).replace(hour=16, minute=2) if decdate else created
    row(Name=f"ClosureRequest-{stamp(created)}.xml", CT=CRCT, Report=rep, RecNo=recno, HID=hid, Summary=summ,
        Lead=lead, Decision=dec, DecDate=decdate,
        Update=("21/05/24 DCC - returned: DFU backlog still 9 months, evidence of timeliness needed" if dec == "Returned" else ""),
        Modified=mod, ModBy=("Clarke, Amanda (DCC)" if decdate else lead), Folder="Closure Requests", key="-",
        why=f"Closure Request form ({dec}) for the item with HMICFRS ID {hid}: an event on that item, not an item")

# SharePoint view "All Forms": flat (no folders), sorted by Name ascending, case-insensitive
F.sort(key=lambda r: r["Name"].lower())

HKEY = {h[0]: h for h in H}


# ---------------------------------------------------------------------------
# Write hmicfrs.xlsx
# ---------------------------------------------------------------------------
def write_hmicfrs(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "Definitive list - West Mercia Police", "author": "HMICFRS",
                       "company": "HMICFRS", "created": FIXED})
    ws = wb.add_worksheet("Definitive list")
    bold = wb.add_format({"bold": True, "font_size": 12})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "text_wrap": True, "valign": "top", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    top = wb.add_format({"valign": "top", "border": 1})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    ws.write(0, 0, "HMICFRS recommendations and areas for improvement – definitive list", bold)
    ws.write(1, 0, "Force: West Mercia Police")
    ws.write(2, 0, "Data as at: 07/10/2024")
    cols = ["ID", "Report", "Published", "Type", "Scope", "Recommendation / area for improvement", "Status", "Status date"]
    ws.write_row(4, 0, cols, hdr)
    order = sorted(H, key=lambda h: (h[2][1], h[1]))
    rows = {}
    r = 5
    for h in order:
        key, hid, (title, pub), typ, scope, text, st, sd = h
        ws.write_number(r, 0, hid, top)
        ws.write_string(r, 1, title, wrap)
        ws.write_datetime(r, 2, datetime.combine(pub, datetime.min.time()), dfmt)
        ws.write_string(r, 3, typ, top)
        ws.write_string(r, 4, scope, top)
        ws.write_string(r, 5, text, wrap)
        ws.write_string(r, 6, st, top)
        ws.write_datetime(r, 7, datetime.combine(sd, datetime.min.time()), dfmt)
        rows[key] = f"Definitive list!{r + 1}"
        r += 1
    ws.set_column(0, 0, 8)
    ws.set_column(1, 1, 45)
    ws.set_column(2, 2, 11)
    ws.set_column(3, 4, 18)
    ws.set_column(5, 5, 90)
    ws.set_column(6, 6, 22)
    ws.set_column(7, 7, 11)
    ws.autofilter(4, 0, r - 1, len(cols) - 1)
    ws.freeze_panes(5, 0)
    wb.close()
    return rows, r  # r = last data row index + 1 (0-based next)


# ---------------------------------------------------------------------------
# Write tracker.xlsx (SharePoint "Export to Excel", saved as xlsx)
# ---------------------------------------------------------------------------
TCOLS = ["Name", "Content Type", "Report", "Rec No", "HMICFRS ID", "Type", "Summary", "Lead Officer", "RAG", "Status",
         "Target Date", "Latest Update", "Decision", "Decision Date", "Modified", "Modified By", "Checked Out To",
         "Item Type", "Path"]


def write_tracker(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "", "author": "Lloyd, Hannah", "company": "West Mercia Police", "created": FIXED})
    ws = wb.add_worksheet("owssvr")
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy"})
    tfmt = wb.add_format({"num_format": "dd/mm/yyyy hh:mm"})
    nfmt = wb.add_format({"num_format": "#,##0"})
    data = []
    for f in F:
        folder = f"{SITE}/{f['Folder']}" if f["Folder"] else SITE
        data.append([
            f["Name"], f["CT"], f["Report"], f["RecNo"], f["HID"], f["Type"], f["Summary"], f["Lead"], f["RAG"],
            f["Status"], f["Target"], f["Update"], f["Decision"], f["DecDate"], f["Modified"], f["ModBy"],
            f["CheckedOut"], f["ItemType"], folder])
    n = len(data)
    columns = []
    for c in TCOLS:
        spec = {"header": c}
        if c in ("Target Date", "Decision Date"):
            spec["format"] = dfmt
        elif c == "Modified":
            spec["format"] = tfmt
        elif c == "HMICFRS ID":
            spec["format"] = nfmt
        columns.append(spec)
    columns[0]["total_string"] = "Total"
    columns[-1]["total_function"] = "count"
    columns[-1]["total_value"] = n
    ws.add_table(0, 0, n + 1, len(TCOLS) - 1, {"name": "Table_owssvr", "style": "Table Style Medium 2",
                                               "columns": columns, "total_row": True})
    prov = []
    for i, vals in enumerate(data):
        r = i + 1
        for c, v in enumerate(vals):
            if v is None or v == "":
                continue
            if isinstance(v, datetime):
                ws.write_datetime(r, c, v, tfmt if TCOLS[c] == "Modified" else dfmt)
            elif isinstance(v, date):
                ws.write_datetime(r, c, datetime.combine(v, datetime.min.time()), dfmt)
            elif isinstance(v, int):
                ws.write_number(r, c, v, nfmt)
            else:
                ws.write_string(r, c, v)
        prov.append(f"owssvr!{r + 1}")
    widths = [40, 22, 28, 8, 11, 18, 60, 16, 7, 26, 11, 50, 10, 12, 16, 18, 15, 9, 60]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    wb.close()
    return prov, n + 2  # Excel row of the total row


def main():
    os.makedirs(OUT, exist_ok=True)
    hrows, _ = write_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    prov, total_row = write_tracker(os.path.join(OUT, "tracker.xlsx"))
    lines = []
    seen_h = set()
    for f, p in zip(F, prov):
        if f["key"] == "-":
            continue
        if f["key"] is None:
            lines.append(("", p, f["cat"], f["why"]))
        else:
            lines.append((hrows[f["key"]], p, f["cat"], f["why"]))
            seen_h.add(f["key"])
    missing_why = {
        "C": "Core Business (2014) recommendation: no form in the library (the library was started in 2016); HMICFRS Superseded",
        "D": "Integrity matters (2015) recommendation: no form in the library; HMICFRS No further action needed",
        "K4": "Disproportionate use 2021, use-of-force internal monitoring: the library has forms R1-R4 for this report but none for this one (R4 is the Home Office/NPCC rec); HMICFRS Being progressed",
    }
    for h in H:
        if h[0] not in seen_h:
            lines.append((hrows[h[0]], "", "missing_from_force", missing_why[h[0]]))

    def sk(l):
        a = int(l[0].split("!")[1]) if l[0] else 10 ** 6
        b = int(l[1].split("!")[1]) if l[1] else 0
        return (a, b)
    lines.sort(key=sk)
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for l in lines:
            w.writerow(l)
    write_readme(hrows, prov, total_row, lines)


README_HEAD = """# infopath_form_library_export

## The story

West Mercia Police's corporate governance team has kept its HMICFRS recommendations since
2016 in an on-premises SharePoint 2013 **InfoPath form library** ("HMICFRS Recommendations"
on the corporate governance site): one InfoPath form (an .xml file) per recommendation, in
folders per report. Leads open their form, add an update and change the status; since 2021
a lead who thinks an item is finished also submits a second kind of form, a **Closure
Request**, to the same library, and the DCC approves or returns it there.

The form template has been changed over the years and the library carries the marks:

* **Template v1 (2016 - March 2019)** promoted to library columns: Report (free text),
  Rec No, Summary, Lead Officer, **RAG** (Red / Amber / Green; the v1 guidance on the form
  said "Green = implemented") and Target Date. Files were named by whoever saved them
  ("PEEL Efficiency 2015 AFI 1.xml").
* **Template v2 (live 1 April 2019)** dropped RAG and added **Status** (a drop-down that
  allows typed-in values), **HMICFRS ID** (a whole-number field, so SharePoint shows it with
  a thousands separator: 10,218), **Type**, and a repeating Updates section promoted as
  "Latest Update" (the last entry). New forms are named by a formula
  (`code-recno-timestamp.xml`, e.g. `PEEL1819-R3-2019-10-15T11_35_58.xml`).
  SharePoint does not clear an orphaned promoted column, so a v1 form re-saved under v2
  keeps its last **RAG** value (stale) next to its new **Status**; a v1 form nobody has
  opened since March 2019 has a RAG and no Status.
* The full recommendation text sits in a rich-text field, and InfoPath cannot promote rich
  text, so the only text in the export is the lead's own **Summary**: abridged, abbreviated
  (S&S, DA, FL, BWV, NFLMS, CSC, RUI, OST, WMP = West Mercia Police itself), typos kept.
* **Closure Request** is a second content type in the same library (same promoted columns
  Report / Rec No / HMICFRS ID / Summary, plus Decision and Decision Date).

For the October 2024 Joint Audit Committee the analyst opened the "All Forms" view (flat: all
forms without folders, sorted by Name), used **Export to Excel** (owssvr.iqy) and saved the
result as `tracker.xlsx`; she switched on the table's Total row. HMICFRS sent its definitive
list as of 7 October 2024 (`hmicfrs.xlsx`).

Texts on the HMICFRS side are real public HMICFRS texts (Open Government Licence). The
force-specific West Mercia reports (PEEL 2018/19, CDI 2019) carry texts from West Mercia
where they exist; the PEEL efficiency 2015 and effectiveness 2016 items reuse real AFI /
cause-of-concern / recommendation texts from those same inspection rounds (published for
other forces) under West Mercia's report of that round, and the CDI 2019 recommendation is a
real CDI recommendation text. Report titles and publication dates are the real ones (West
Mercia PEEL 2018/19: 27/09/2019; CDI 2019: 08/10/2019). The HMICFRS IDs are plain integers
in the style of the old HMICFRS register (902, 2321, 4822 are the real register ids of those
national recommendations; the others are made up in that style).

## The files

### hmicfrs.xlsx (HMICFRS side, an ordinary definitive-list export)

One sheet, **Definitive list**. Row 1 title, row 2 "Force: West Mercia Police", row 3
"Data as at: 07/10/2024", row 4 blank, **row 5 header**, rows 6-45 the 40 items, sorted
by publication date then ID. Columns: ID (integer), Report (full title), Published (date),
Type (Recommendation / Area for improvement / Cause of concern), Scope (Force / National),
Recommendation / area for improvement (full text, line breaks and bullets as published),
Status, Status date.

HMICFRS status words: open = **Awaiting review**, **Being progressed**; closed =
**Complete**, **Superseded**, **No further action needed**.

### tracker.xlsx (force side, SharePoint Export to Excel)

One sheet, **owssvr**, holding the Excel table **Table_owssvr**. **Row 1 header**, rows
2-{last} data rows (one per form in the library), row {total} the table's Total row.
Columns (in the view's order, then SharePoint's own two): Name (the form's file name),
Content Type (HMICFRS Recommendation / Closure Request), Report, Rec No, HMICFRS ID, Type,
Summary, Lead Officer, RAG (v1, stale once a form is re-saved), Status (v2), Target Date
(the force's own target, not an HMICFRS deadline), Latest Update, Decision, Decision Date
(Closure Request only), Modified, Modified By, Checked Out To, Item Type, Path (the folder,
e.g. `sites/corpgov/HMICFRS Recommendations/PEEL 2018-19`). Dates are real Excel dates
shown dd/mm/yyyy (Modified with time).

**Items** are the rows whose Content Type is "HMICFRS Recommendation", except `test.xml`.
Closure Request rows, the test form, the header and the Total row are not items (listed
below).

## Status rules applied (force side)

1. If **Status** is filled it governs; the RAG beside it is a stale v1 value and is ignored.
   * open: Not started, In progress, On hold
   * done: Complete - awaiting sign-off, Closed (local), Closed (HMICFRS), and the typed-in
     values "complete" and "Awaiting HMIC decision" (submitted to HMICFRS = done)
   * Not applicable: the force says the item is not its to deliver (only the Home Office /
     NPCC recommendation, which is not on the HMICFRS list anyway).
2. If Status is empty (v1 form not saved since March 2019), **RAG**: Green = done (the v1
   key on the form: Green = implemented); Amber, Red = open.
3. A **Closure Request** row for the item (matched by its HMICFRS ID, Report and Rec No)
   overrides the form when its decision is later than the form's Modified date:
   **Approved** = done, **Returned** = open. **Pending** changes nothing (the lead's own
   status stands; "Complete - awaiting sign-off" is already done).
4. An item split over several forms (one per bullet/paragraph) is done only when every
   form is done. A bullet of the HMICFRS text with no form at all makes the item a
   conflict (the force has no row for it).

Category: HMICFRS open + force done = closeable_submit; HMICFRS closed + force open =
closeable_local; same state = in_sync; unless a fact disagrees (conflict).

## Traps and how the truth decides them

"""


def write_readme(hrows, prov, total_row, lines):
    P = {}
    for f, p in zip(F, prov):
        P.setdefault(f["key"], []).append(p)
    hr = hrows
    traps = [
        f"* **Stale RAG beside Status.** {P['F3'][0]} (AFI 3, PEEL efficiency 2015): RAG Red, Status Closed (HMICFRS) = done, in_sync with Superseded. {P['G2'][0]} (DA arrest): RAG Green, Status In progress = open; HMICFRS Complete = closeable_local. {P['E1'][0]}: RAG Amber, Status Closed (HMICFRS) = in_sync.",
        f"* **v1 forms with RAG only.** {P['G3'][0]} RAG Green (not opened since 2018) = done while HMICFRS is Being progressed = closeable_submit. {P['A2'][0]} and {P['F1'][0]}: RAG Amber = open while HMICFRS closed them = closeable_local.",
        f"* **Closure Request overrides the form.** {P['I5'][0]} (8544) says In progress, but the Closure Request for 8544 ({P['-'][2]}) was Approved on 03/05/2023, after the form's last change = done = closeable_submit. {P['J10'][0]} (9421) says Complete - awaiting sign-off, but its Closure Request ({P['-'][3]}) was Returned on 21/05/2024 = open = in_sync with Being progressed. Pending requests ({P['-'][4]}, {P['-'][5]}) change nothing.",
        f"* **Closure Request rows look like items** (same Report, Rec No, HMICFRS ID, a Summary): they are events, not items, and are in no truth line.",
        f"* **The force thinks HMICFRS closed it.** {P['I4'][0]} (8543) Status Closed (HMICFRS), but the HMICFRS list still has it Being progressed: force done, HMICFRS open = closeable_submit.",
        f"* **Typed-in status values.** {P['J7'][0]} 'Awaiting HMIC decision' (submitted) = done, HMICFRS Awaiting review = closeable_submit; {P['K2'][0]} 'complete' = done.",
        f"* **Splits.** 8541 (Legitimacy 2017 monitoring) on three bullet forms {', '.join(P['I2'])}, all done = closeable_submit on each line. 10220 (BWV) on three paragraph forms {', '.join(P['K3'])}, R3(b) In progress = item open = in_sync on each line. 9480 (CDI 2019) on four bullet forms {', '.join(P['H'])}: bullets a, b, c, e only, no form for bullet (d) (awaiting medical examinations / video interviews) = conflict on each line.",
        f"* **Conflicts decidable from the two rows.** timescale: {P['E4'][0]} 'Within 6 months' vs HMICFRS 'Within three months' (5633). deadline: {P['K1'][0]} 'By July 2021' vs HMICFRS 'By July 2022' (10218; the neighbouring recommendation 10219 really is July 2021). type: {P['G5'][0]} recorded as Rec 4 / Recommendation, HMICFRS 6925 is the Cause of concern (ID and summary of the missing-children concern agree). report: {P['I3'][0]} (8542, file 'Legitimacy 2017 Rec 2.xml') filed under Report 'Disproportionality 2021' and that folder, HMICFRS has it under PEEL legitimacy 2017. reference: {P['J9'][0]} HMICFRS ID 9,402 (transposed), HMICFRS 9420; report, Rec No R7 and text agree.",
        f"* **Target Date is the force's own date** and is never compared with an HMICFRS deadline (e.g. {P['E2'][0]} target 31/03/2024 against a 'Within three months' 2015 recommendation is not a conflict).",
        f"* **Report names.** The force's Report values are its own (\"PEEL Eff 2016\" in file names, \"Targeting the Risk - FL 2015\", \"HMIC DA inspection 2014 - Everyone's Business\", \"Disproportionality 2021\"); the folder in Path is a second, coarser clue (National, PEEL 2015-2017, PEEL 2018-19, CDI).",
        f"* **No HMICFRS ID on old forms.** v1 forms never re-saved have no HMICFRS ID and no Type; they match by report + Rec No + summary only.",
        f"* **IDs shown with a thousands separator** (10,218): the cell holds the number 10218.",
        f"* **Force-only rows.** {P[None][0]} Home Office/NPCC recommendation from the 2021 report (Status Not applicable), {P[None][1]} learning from Bedfordshire's child protection inspection, {P[None][2]} learning from West Midlands Police's vetting cause of concern: not_on_hmicfrs_list.",
        f"* **Missing from force.** Core Business 4822 and Integrity matters 902 (2014/15, before the library existed; both closed by HMICFRS) and 10221 (use-of-force monitoring, 2021, open: nobody owns it).",
        f"* **Checked out.** {P['J4'][0]} is checked out to its lead; the row is read as exported (On hold = open = in_sync).",
    ]
    from collections import Counter
    item_cat = {}
    for h, fr, cat, _ in lines:
        item_cat[h or fr] = cat
    ic = Counter(item_cat.values())
    lc = Counter(l[2] for l in lines)
    cats = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force", "not_on_hmicfrs_list", "review"]
    cnt = ["| category | items (pairs) | truth lines |", "|---|---|---|"]
    for c in cats:
        cnt.append(f"| {c} | {ic.get(c, 0)} | {lc.get(c, 0)} |")
    cnt.append(f"| total | {sum(ic.values())} | {sum(lc.values())} |")
    n_force_items = sum(1 for l in lines if l[1])
    nonitems = ["* tracker.xlsx `owssvr!1`: header row of the table Table_owssvr."]
    for f, p in zip(F, prov):
        if f["key"] == "-":
            nonitems.append(f"* tracker.xlsx `{p}`: `{f['Name']}` - {f['why']}.")
    nonitems.append(f"* tracker.xlsx `owssvr!{total_row}`: the table's Total row ('Total' in Name, a count of Path).")
    nonitems = ["* hmicfrs.xlsx `Definitive list!1`: title.", "* hmicfrs.xlsx `Definitive list!2`: force name.",
                "* hmicfrs.xlsx `Definitive list!3`: data-as-at date.", "* hmicfrs.xlsx `Definitive list!4`: blank.",
                "* hmicfrs.xlsx `Definitive list!5`: header row."] + nonitems
    text = README_HEAD.replace("{last}", str(total_row - 1)).replace("{total}", str(total_row))
    text += "\n".join(traps) + "\n\n## Counts\n\n"
    text += f"HMICFRS items: {len(H)}. Force rows: {len(F)} data rows, of which {n_force_items} are items ({len(F) - n_force_items} are not).\n\n"
    text += "\n".join(cnt) + "\n\nNo `review` lines: every pair is decidable from the two rows (and the closure-request rows).\n\n"
    text += "## Rows that are not items\n\n" + "\n".join(nonitems) + "\n"
    text += "\n## Building\n\n`python build_infopath_form_library_export.py` (XlsxWriter, standard library; deterministic, fixed workbook properties).\n"
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(text)

if __name__ == "__main__":
    main()
