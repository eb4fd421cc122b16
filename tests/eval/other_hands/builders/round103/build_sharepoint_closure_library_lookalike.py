#!/usr/bin/env python3
"""Build the evaluation case `sharepoint_closure_library_lookalike` (round 103, brief A).

Hampshire and Isle of Wight Constabulary keeps no tracker spreadsheet: every HMICFRS
recommendation / AFI / cause of concern has a closure pack (a Word document) in the SharePoint
document library "HMICFRS Recommendations", with the status in the library's metadata columns.
The force side is the library's flat view exported with the ribbon's "Export to Excel" (.iqy
opened in Excel and saved as xlsx: sheet and table both `owssvr`, "Item Type" and "Path" last).
The HMICFRS side is the definitive list as a CSV export (UTF-8 with BOM, CRLF).

Deterministic: no randomness beyond a fixed seed, fixed workbook properties; two runs give
byte-identical files.  Only the standard library and XlsxWriter are used.
"""
import csv
import datetime as dt
import os
import random

import xlsxwriter

CASE = "sharepoint_closure_library_lookalike"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), CASE)
random.seed(103)  # nothing below draws from it; kept fixed for reproducibility
FIXED = dt.datetime(2025, 3, 4, 9, 12, 0)

# --------------------------------------------------------------------------------------------
# HMICFRS side: the definitive list (real public texts; force-specific texts attributed to
# Hampshire for this case).
# --------------------------------------------------------------------------------------------
FORCE = "Hampshire and Isle of Wight Constabulary"
REPORTS = {
    "EFF16": ("PEEL: Police effectiveness 2016 – Hampshire Constabulary", "02/03/2017"),
    "PEEL1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Hampshire Constabulary", "02/05/2019"),
    "CDI17": ("Crime data integrity inspection 2017 – Hampshire Constabulary", "09/02/2017"),
    "EFFY15": ("PEEL: Police efficiency 2015 – Hampshire Constabulary", "15/10/2015"),
    "NCPI": ("National child protection inspection – Hampshire Constabulary", "24/11/2017"),
    "INTEG": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", "30/01/2015"),
    "SS13": ("Stop and search powers: Are the police using them effectively and fairly?", "09/07/2013"),
    "LEG17": ("PEEL: Police legitimacy 2017", "12/12/2017"),
    "DUPP": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", "26/02/2021"),
    "EB14": ("Everyone's business: Improving the police response to domestic abuse", "27/03/2014"),
    "TTR": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", "15/09/2015"),
}

C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being monitored by "
         "HMICFRS and this record will, in due course, be updated.")
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members of "
          "the inspection team in recent inspection activity.")
C_SUP = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness inspections. "
         "Where a cause of concern still exists this will appear in the register against these "
         "subsequent inspections.")
C_REV = ("The status of this recommendation is currently being reviewed by HMIC and will be updated "
         "when this review is complete.")

T = {}  # real texts, keyed for reuse on the force side
T["coc_da"] = ("The force’s current approach to domestic abuse is unacceptable. The proportion of victims who "
               "fail to support the investigation and the low use of police powers of arrest and prosecution "
               "is a cause of concern to HMIC.")
T["da_arrest"] = ("In order to improve the service it provides to victims of domestic abuse, offer the best "
                  "possible protection and bring more perpetrators to justice, the force should immediately "
                  "consider ways of increasing the use of arrest, ancillary orders and other available powers.")
T["da_support"] = ("To improve the service provided to victims of domestic abuse the force should immediately "
                   "take steps to understand and address the reason behind why such a high proportion of victims "
                   "of domestic abuse do not support the police investigation.")
T["da_phone"] = ("In addition, the practice of conducting domestic abuse risk assessments over the telephone and "
                 "dealing with domestic abuse in the resolution centre should cease")
T["coc_missing"] = ("The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found "
                    "that the assessment of risk for children who go missing from home was inappropriate in some "
                    "cases. We found some instances where children were classed as ‘absent’ when they should have "
                    "been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly "
                    "assessed at a lower grade. We also found incidents where the risk had not been identified, even "
                    "where good information was available on the police database. In some cases there was "
                    "information to indicate that children were at risk of sexual exploitation, but this did not "
                    "influence the assigned risk and categorisation. Children were incorrectly graded at a lower "
                    "level and could have been exposed to an increased risk of harm. This is an enduring cause of "
                    "concern from HMIC’s report on vulnerability in 2015.")
T["missing"] = ("To address this cause of concern the force should immediately review its approach to reports of "
                "missing children and take steps to ensure that:\n• call takers understand and use the missing and "
                "absent category appropriately; • call takers and frontline staff have the necessary knowledge to "
                "identify risk factors associated with child sexual exploitation and how to respond to such cases; "
                "and • supervisors provide the correct oversight of missing person enquiries and direct appropriate "
                "and timely investigative and safeguarding action")
T["coc_invest"] = ("The force does not have the capacity or capability to investigate crime effectively and this is "
                   "affecting the service being provided to the public. There are failings in the way that crimes "
                   "are being investigated.")
T["workload"] = ("HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and "
                 "capacity to manage their investigative workload, to better understand investigative demand and "
                 "the pressures placed upon them; and")
T["vuln"] = ("HMIC recommends that the force should immediately: conduct a review, involving its partners, of the "
             "approach to vulnerability to better safeguard vulnerable people.")
T["skills"] = ("HMIC recommends that the force should immediately: expand the skills project work to include an "
               "assessment of all skills, not only operational, including potential future skills requirements. "
               "This assessment should inform workforce plans;")
T["consult"] = ("HMIC recommends that the force should immediately:improve its arrangements both to consult with the "
                "public about business planning and to feed back on changes made to service delivery as a result of "
                "such consultation.")
T["superv"] = ("HMIC recommends that within six months the force should: ensure regular and active supervision of "
               "the quality and progress of investigations. This supervision should be properly recorded;")
T["digital"] = ("HMIC recommends that within six months the force should: improve its ability to retrieve digital "
                "evidence from mobile phones, computers and other electronic devices quickly enough to ensure "
                "investigations are not delayed;")
T["rui"] = ("HMIC recommends that within six months the force should: improve its understanding of suspects "
            "released under investigation and the management of those released on bail;")
T["coc_vetting"] = "The size of the vetting backlog within Hampshire Constabulary is a cause of concern."
T["vetting"] = ("The force should ensure all staff have received at least the lowest level of vetting clearance for "
                "their roles as quickly as possible, working to clear both the vetting backlog and new vetting "
                "renewals when they become due so that it complies fully with the national vetting guidelines.")
T["casefiles"] = ("The force should improve its use of its crime-recording and management system to better manage "
                  "its case files and investigative processes.")
T["cdi"] = ("Within six months the force should put in place arrangements to ensure that:\n• at the point of report, "
            "victims are believed;\n• conversations between the call handlers and callers are summarised accurately "
            "in the incident log, thus providing attending officers with full facts on which to base crime-recording "
            "decisions;\n• multiple crimes are always recorded when described within incident records or identified "
            "as part of other recorded crime investigations;\n• the practice of awaiting the results of medical "
            "examinations or video interviews before making crime-recording decisions is stopped; and\n• online "
            "reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the "
            "wider public are identified and appropriately managed.")
T["demand"] = ("The force should undertake further work to gain a fuller understanding of current demand for its "
               "services, and likely future changes in demand. This is so it can make best use of its resources by "
               "matching them to demand to meet the needs of the public")
T["costs"] = "The force should develop its understanding of the links between its outcomes, outputs and costs"
T["wfplan"] = ("The force should develop a future workforce plan that is aligned with its overall demand and budget. "
               "The plan should include future resource allocations, the mix of skills required by the workforce "
               "and behaviours expected of them.")
T["ncpi"] = ("Within six months Hampshire Constabulary should, in conjunction with children’s social care services, "
             "review how it manages the detention of children. As a minimum it should:• ensure that all children are "
             "only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that "
             "officers and staff in the custody suite assess at an early stage a child’s need for alternative "
             "accommodation (secure or otherwise) and work with children’s social care services to achieve the most "
             "appropriate option for the child;• ensure that custody staff comply with their statutory duties to "
             "complete detention certificates if a child is detained for any reason in police custody following "
             "charge;• ensure that custody staff make a record of all actions taken and decisions made on the "
             "relevant documentation; and• improve the timeliness of adequate appropriate adult support for "
             "children who are arrested.")
T["integrity"] = ("By 31 August 2015, all chief constables should satisfy themselves that they have processes in "
                  "place to ensure that investigations into misconduct by officers and staff resulting in “no "
                  "further action” are fair and free of any form of discrimination.")
T["ss_apppractice"] = ("Chief Constables and the College of Policing should establish in the Stop and Search "
                       "Authorised Professional Practice document a clear specification of what constitutes the "
                       "effective and fair exercise of stop and search powers, and guidance in this respect. This "
                       "should be compliant with the Code of Practice.")
T["ss_monitor"] = ("Chief Constables should establish or improve monitoring of the way officers stop and search "
                   "people, so that they can be satisfied their officers are acting in accordance with the law "
                   "(including equality legislation and the Code of Practice), and that the power is used "
                   "effectively to prevent crime, catch criminals and maintain public trust.")
T["coc_ss"] = ("HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers "
               "is consistently reasonable and fair. In particular, there is over-representation of BAME people, and "
               "black people in particular, in stop and search data which many forces are unable to explain.")
T["ss_data"] = ("By July 2018, all police forces across England and Wales should be regularly and frequently "
                "monitoring a comprehensive set of data and information on use of stop and search powers to "
                "understand:\n•the reasons for any disproportionate representation of different ethnic groups in the "
                "use of stop and search; •the extent to which find rates differ between people from different "
                "ethnicities, and across different types of searches (including separate identification of find "
                "rates for drug possession and supply-type offences); and •the prevalence of possession-only drug "
                "searches, and the extent to which these align with local or force level priorities.")
T["ss_disparity"] = ("Where forces identify disparities through monitoring, they should demonstrate to the public that "
                     "they have:\n•carried out research and analysis in an attempt to understand the reasons for the "
                     "disparity, and •taken action to reduce the disparity, where necessary;")
T["ss_publish"] = ("We expect forces to publish this analysis and any actions taken at least on an annual basis, "
                   "from July 2018.")
T["ss_bias"] = ("By July 2018, and ongoing following that date, forces should ensure that all officers who use stop "
                "and search powers have been provided with, and understand, training on unconscious bias and College "
                "of Policing APP on stop and search.")
T["comms"] = ("By July 2022, forces should ensure that officers and staff have effective communication skills, in "
              "line with the National Policing Guidelines on Conflict Management. This should be in addition to "
              "existing training on conflict management and de-escalation.")
T["cpd"] = ("By July 2021, forces should ensure that communication skills are reinforced as part of the programme of "
            "continuing professional development for officers and staff, and that supervisors are supported to "
            "routinely and frequently debrief officers on these skills using body-worn video footage.")
T["bwv_a"] = ("By September 2021, forces should: ensure that officers record on body-worn video (when this is "
              "available) the entirety of all stop and search encounters, including traffic stops and use of force "
              "incidents.")
T["bwv_b"] = ("By September 2021, forces should: have a structured process for regularly reviewing and monitoring "
              "internally a sufficient sample of body-worn video footage to identify and disseminate learning and "
              "hold officers to account when behaviour falls below acceptable standards.")
T["bwv_c"] = ("By September 2021, forces should: provide external scrutiny panel members with access to samples of "
              "body-worn video footage showing stop and search encounters and use of force incidents, taking account "
              "of the safeguards in the College of Policing’s Authorised Professional Practice.")
T["uof_data"] = ("The Home Office and the NPCC should take steps to ensure that the quality of the data collected on "
                 "the number of incidents where force has been used to effect a stop and search is sufficient for "
                 "publication. The Home Office should publish this data as soon as possible.")
T["uof_monitor"] = ("By July 2021, forces should ensure they have effective internal monitoring processes on the use "
                    "of force, to help them to identify and understand disproportionate use, explain the reasons and "
                    "implement any necessary improvement action.")
T["eb_plan"] = ("By September 2014, every police force in England and Wales should establish and publish an action "
                "plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\n"
                "This action plan should be developed:\n\n  • in consultation with police and crime commissioners, "
                "domestic abuse support organisations and victims' representatives;\n  • after close consideration "
                "of all the recommendations in this report;\n  • with reference to all relevant domestic homicide "
                "reviews and IPCC findings, whether in connection with the force in question or another force; and "
                "20\n  • drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny "
                "panels and MARAC self-assessments.The action plan should be established on the basis of best "
                "practice, based on revised relevant guidance from the College of Policing. To ensure consistency, "
                "the College and the national policing lead on domestic abuse have agreed to provide advice on the "
                "areas that each plan should cover by the end of April 2014.\n\nChief officers in each police force "
                "should oversee and ensure full implementation of these action plans. This should be a personal "
                "responsibility in each case. Police and crime commissioners should hold forces to account in this "
                "respect. HMIC will inspect forces' progress on domestic abuse as part of its new annual all-force "
                "inspection programme. Police and crime commissioners and chief constables should be called upon to "
                "report publicly on progress, as well as to the national oversight and monitoring group.")
T["fl_gov"] = ("Within three months, all chief constables should assess how well the governance of firearms licensing "
               "in his or her force meets the standards set out in Authorised Professional Practice. Chief constables "
               "of forces where the governance standards are not being complied with should put in place immediately "
               "the correct arrangements and procedures in order to meet the standards in full.")
T["fl_demand"] = ("Within three months, all chief constables should assess the demand placed on their firearms "
                  "licensing department and ensure it has the capacity to meet this demand and provide an efficient "
                  "and effective service at all times.")
T["fl_expired"] = ("Immediately, all chief constables should satisfy themselves that all appropriate action is being "
                   "taken by their force with regard to ‘total expired’ licensing records.")
T["fl_permits"] = ("Within three months, all chief constables should ensure that their arrangements in respect of the "
                   "use of temporary permits are in accordance with the Home Office guidance; that temporary permits "
                   "are properly recorded without delay on the National Firearms Licensing Management System; and "
                   "that effective systems exist to ensure certificate holders are not permitted, at any time, to "
                   "remain in unlawful possession of a firearm.")
T["core"] = ("Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done "
             "so, should provide call-handlers with specific, sound and comprehensible criteria against which they "
             "can assess threat, harm and risk.")

REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"
# (id, report key, type, scope, text key, status, status date, latest comment)
HMICFRS = [
    (2327, "EB14", REC, "National", "eb_plan", "Complete", "14/06/2016", C_DONE),
    (2004, "SS13", REC, "National", "ss_monitor", "Superseded", "11/01/2018", C_SUP),
    (4961, "INTEG", REC, "National", "integrity", "Being progressed", "02/10/2017", C_REV),
    (5702, "TTR", REC, "National", "fl_gov", "Complete", "19/04/2017", C_DONE),
    (5703, "TTR", REC, "National", "fl_demand", "Being progressed", "03/09/2024", C_MON),
    (5704, "TTR", REC, "National", "fl_expired", "Awaiting review", "21/11/2023", C_NEW),
    (5705, "TTR", REC, "National", "fl_permits", "Complete", "08/08/2024", C_AUTH),
    (5931, "EFFY15", AFI, "Force", "demand", "Complete", "27/02/2017", C_DONE),
    (5932, "EFFY15", AFI, "Force", "costs", "Superseded", "27/02/2017", C_SUP),
    (5933, "EFFY15", AFI, "Force", "wfplan", "Complete", "27/02/2017", C_DONE),
    (6994, "CDI17", REC, "Force", "cdi", "Being progressed", "16/05/2024", C_MON),
    (8542, "LEG17", COC, "National", "coc_ss", "Being progressed", "04/04/2024", C_MON),
    (8543, "LEG17", REC, "National", "ss_data", "Being progressed", "04/04/2024", C_MON),
    (8544, "LEG17", REC, "National", "ss_disparity", "Complete", "22/07/2022", C_DONE),
    (8546, "LEG17", REC, "National", "ss_bias", "Being progressed", "04/04/2024", C_MON),
    (8552, "NCPI", REC, "Force", "ncpi", "Being progressed", "12/03/2024", C_MON),
    (8785, "EFF16", COC, "Force", "coc_da", "Complete", "27/04/2018", C_DONE),
    (8786, "EFF16", REC, "Force", "da_arrest", "Complete", "27/04/2018", C_DONE),
    (8787, "EFF16", REC, "Force", "da_support", "Complete", "27/04/2018", C_DONE),
    (8788, "EFF16", REC, "Force", "da_phone", "Being progressed", "27/04/2018", C_MON),
    (8790, "EFF16", COC, "Force", "coc_missing", "Being progressed", "13/09/2023", C_MON),
    (8791, "EFF16", REC, "Force", "missing", "Being progressed", "13/09/2023", C_MON),
    (10201, "PEEL1819", COC, "Force", "coc_invest", "Being progressed", "30/01/2025", C_MON),
    (10202, "PEEL1819", REC, "Force", "workload", "Complete", "30/01/2025", C_AUTH),
    (10203, "PEEL1819", REC, "Force", "vuln", "Complete", "30/01/2025", C_AUTH),
    (10204, "PEEL1819", REC, "Force", "skills", "Being progressed", "30/01/2025", C_MON),
    (10205, "PEEL1819", REC, "Force", "consult", "Awaiting review", "02/05/2019", C_NEW),
    (10206, "PEEL1819", REC, "Force", "superv", "Being progressed", "30/01/2025", C_MON),
    (10207, "PEEL1819", REC, "Force", "digital", "Being progressed", "30/01/2025", C_MON),
    (10208, "PEEL1819", REC, "Force", "rui", "Being progressed", "30/01/2025", C_MON),
    (10209, "PEEL1819", COC, "Force", "coc_vetting", "Being progressed", "30/01/2025", C_MON),
    (10210, "PEEL1819", REC, "Force", "vetting", "Being progressed", "30/01/2025", C_MON),
    (10214, "PEEL1819", AFI, "Force", "casefiles", "Awaiting review", "02/05/2019", C_NEW),
    (12530, "DUPP", REC, "National", "comms", "Being progressed", "18/10/2024", C_MON),
    (12531, "DUPP", REC, "National", "cpd", "Being progressed", "18/10/2024", C_MON),
    (12532, "DUPP", REC, "National", "bwv_a", "Complete", "18/10/2024", C_DONE),
    (12533, "DUPP", REC, "National", "bwv_b", "Being progressed", "18/10/2024", C_MON),
    (12534, "DUPP", REC, "National", "bwv_c", "Being progressed", "18/10/2024", C_MON),
    (12535, "DUPP", REC, "National", "uof_data", "Being progressed", "18/10/2024", C_MON),
    (12536, "DUPP", REC, "National", "uof_monitor", "Complete", "18/10/2024", C_DONE),
]
H_CLOSED = {"Complete", "Superseded"}
H_OPEN = {"Being progressed", "Awaiting review"}

# --------------------------------------------------------------------------------------------
# Force side: the SharePoint library "HMICFRS Recommendations", flat view exported to Excel.
# --------------------------------------------------------------------------------------------
S1 = "1 - Awaiting owner"
S2 = "2 - Action plan in progress"
S3 = "3 - Evidence being compiled"
S4 = "4 - With SRO for sign-off"
S5 = "5 - Signed off at OLB"
S6 = "6 - Submitted to HMICFRS"
S7 = "7 - HMICFRS confirmed closed"
SNA = "N/A - national body, not force"
STAGE_OPEN = {S1, S2, S3}
STAGE_DONE = {S4, S5, S6, S7, SNA}

CT_PACK, CT_EVID, CT_DOC = "HMICFRS Closure Pack", "HMICFRS Evidence", "Document"
TITLE_NEW = "HMICFRS Recommendation Closure Report"
TITLE_OLD = "HMIC Recommendation Update Form"
SITE = "sites/OrgLearning/HMICFRS Recommendations"

F_EFF16 = "PEEL Effectiveness 2016"
F_1819 = "PEEL 2018-19"
F_1819B = "PEEL 18-19 (Force Inspection)"
F_CDI = "Crime Data Integrity 2017"
F_EFFY = "PEEL Efficiency 2015"
F_NCPI = "NCPI Custody (Children)"
F_SS13 = "Stop and Search 2013"
F_LEG = "PEEL Legitimacy 2017 (national)"
F_DUPP = "Disproportionate use of police powers 2021"
F_EB = "Everyone's Business (DA) 2014"
F_TTR = "Targeting the Risk - Firearms Licensing"
F_CORE = "Core Business 2014"


def d(y, m, day, hh=9, mm=0):
    return dt.datetime(y, m, day, hh, mm)


def pack(name, key, text, stage, approval, version, modified, modby, report, folder, ftype="", ref="",
         officer="", target=None, title=TITLE_NEW, ctype=CT_PACK, checkout="", cat=None, why=""):
    return dict(name=name, title=title, report=report, ftype=ftype, ref=ref, text=text, officer=officer,
                stage=stage, target=target, approval=approval, ctype=ctype, version=version,
                checkout=checkout, modified=modified, modby=modby, folder=folder,
                item=True, key=key, cat=cat, why=why)


def other(name, what, folder, modified, modby, version="1.0", approval="Approved", title="", report="",
          ref="", ftype="", ctype=CT_DOC, text=""):
    return dict(name=name, title=title, report=report, ftype=ftype, ref=ref, text=text, officer="",
                stage="", target=None, approval=approval, ctype=ctype, version=version, checkout="",
                modified=modified, modby=modby, folder=folder, item=False, key=None, cat=None, why=what)


ROWS = [
    # ---------------- PEEL effectiveness 2016 (Hampshire) ----------------
    pack("CoC1 - Domestic abuse.docx", 8785,
         "The force's current approach to domestic abuse is unacceptable. The proportion of victims who fail to "
         "support the investigation and the low use of police powers of arrest and prosecution is a cause of "
         "concern to HMIC.",
         S7, "Approved", "4.0", d(2021, 9, 3, 14, 22), "Helen Marsh", "PEEL Effectiveness 2016", F_EFF16,
         "Cause for Concern", "8785", "Karen Hollis", d(2018, 3, 31),
         why="CoC closed on both sides (stage 7; HMICFRS Complete)"),
    pack("Rec 1 DA arrest and ancillary orders.docx", 8786,
         "In order to improve the service it provides to victims of DA, offer the best possible protection and "
         "bring more perpetrators to justice, the force should immediately consider ways of increasing the use of "
         "arrest, ancillary orders and other available powers.",
         S6, "Approved", "3.0", d(2021, 9, 3, 14, 40), "Helen Marsh", "Everyone's Business 2014", F_EB,
         "Recommendation", "8786", "Karen Hollis", d(2018, 3, 31), cat="conflict",
         why="report conflict: library says Everyone's Business 2014 (and it is filed in that folder), HMICFRS lists "
             "it under PEEL effectiveness 2016; same text, same ref; statuses agree (done / Complete)"),
    pack("Rec 2 - victims not supporting investigations.docx", 8787,
         "To improve the service provided to victims of domestic abuse the force should immediately take steps to "
         "understand and address the reason behind why such a high proportion of victims of domestic abuse do not "
         "support the police investigation.",
         "", "Approved", "2.0", d(2018, 5, 17, 11, 5), "Jonathan Reeve", "PEEL Effectiveness 2016", F_EFF16,
         title=TITLE_NEW, ctype=CT_DOC, officer="Karen Hollis",
         why="old pack (2018) with no stage: Approved = done; HMICFRS Complete"),
    pack("Rec 3 telephone risk assessments.docx", 8788,
         "the practice of conducting domestic abuse risk assessments over the telephone and dealing with DA in the "
         "Resolution Centre should cease",
         S5, "Approved", "3.0", d(2024, 11, 20, 10, 31), "Helen Marsh", "PEEL Effectiveness 2016", F_1819,
         "Recommendation", "Ref 8788", "Karen Hollis", d(2024, 12, 31),
         why="signed off at OLB (done), HMICFRS Being progressed; filed in the PEEL 2018-19 folder by mistake, "
             "metadata names the right report"),
    pack("CoC2 missing children.docx", 8790,
         "The force's response to missing and absent children is a cause of concern to HMIC. HMIC found that the "
         "assessment of risk for children who go missing from home was inappropriate in some cases. Children "
         "classed as 'absent' when should have been 'missing' and risk levels incorrectly assessed at a lower "
         "grade. Enduring CoC from 2015 vulnerability report.",
         S3, "Draft", "5.3", d(2025, 2, 11, 16, 2), "Gareth Lowe", "PEEL Effectiveness 2016", F_EFF16,
         "Cause for Concern", "8790", "Gareth Lowe", d(2025, 3, 31),
         why="open on both sides (stage 3; Being progressed)"),
    pack("Rec 4 pt1 - missing and absent category.docx", 8791,
         "Review approach to reports of missing children - call takers understand and use the missing and absent "
         "category appropriately",
         S6, "Approved", "2.0", d(2024, 6, 7, 9, 48), "Helen Marsh", "PEEL Effectiveness 2016", F_EFF16,
         "Recommendation", "8791", "Gareth Lowe", d(2024, 3, 31), cat="conflict",
         why="missing bullet: HMICFRS 8791 has three bullets; the library has packs for bullet 1 (this) and bullet "
             "3 only, none for the CSE risk-factor knowledge bullet"),
    pack("Rec 4 pt2 - supervision of missing enquiries.docx", 8791,
         "Review approach to reports of missing children - supervisors provide the correct oversight of missing "
         "person enquiries and direct appropriate and timely investigative and safeguarding action",
         S3, "Draft", "1.2", d(2025, 1, 29, 13, 15), "Gareth Lowe", "PEEL Effectiveness 2016", F_EFF16,
         "Recommendation", "8791", "Gareth Lowe", d(2025, 3, 31), cat="conflict",
         why="missing bullet (see pt1): the CSE risk-factor bullet has no pack"),
    # ---------------- PEEL 2018/19 (Hampshire) ----------------
    pack("CoC - investigative capacity and capability.docx", 10201,
         "The force does not have the capacity or capability to investigate crime effectively and this is "
         "affecting the service being provided to the public. There are failings in the way that crimes are being "
         "investigated.",
         S2, "Draft", "2.4", d(2025, 2, 20, 8, 55), "Neil Faraday", "PEEL 2018/19", F_1819,
         "Cause for Concern", "#10201", "Neil Faraday", d(2025, 9, 30),
         why="open on both sides"),
    pack("R1 investigative workload review.docx", 10202,
         "conduct a review of officers capabilities and capacity to manage their investigative workload, to better "
         "understand investigative demand and the pressures placed upon them",
         S7, "Approved", "3.0", d(2025, 2, 3, 12, 0), "Helen Marsh", "PEEL 2018-19", F_1819,
         "Recommendation", "10202", "Neil Faraday", d(2020, 3, 31),
         why="closed on both sides"),
    pack("R2 vulnerability review with partners.docx", 10203,
         "conduct a review, involving its partners, of the approach to vulnerability to better safeguard "
         "vulnerable people.",
         S3, "Pending", "2.1", d(2024, 12, 12, 17, 41), "Amanda Pryce", "PEEL 2018/19", F_1819,
         "Recommendation", "10203", "Amanda Pryce", d(2024, 12, 31),
         why="HMICFRS Complete (authorised for closure), library still at stage 3 with approval Pending -> "
             "force open"),
    pack("R3 skills assessment.docx", 10204,
         "expand the skills project work to include an assessment of all skills, not only operational, incl. "
         "potential future skills requirements. This assessment should inform workforce plans",
         S6, "Approved", "2.0", d(2024, 10, 1, 10, 10), "Helen Marsh", "PEEL 18/19", F_1819B,
         "Recommendation", "#10204", "Claire Dawson", d(2024, 6, 30),
         why="submitted to HMICFRS (done), HMICFRS Being progressed"),
    pack("R5 supervision of investigations.docx", 10206,
         "Within six months ensure regular and active supervision of the quality and progress of investigations. "
         "This supervision should be properly recorded.",
         S4, "Pending", "1.1", d(2025, 2, 26, 15, 33), "Tom Ashby", "PEEL 2018/19", F_1819,
         "Recommendation", "10206", "Tom Ashby", d(2025, 3, 31),
         why="stage 4 'With SRO for sign-off' = owner finished, pending sign-off -> done; HMICFRS Being progressed"),
    pack("R6 digital evidence retrieval.docx", 10207,
         "Within three months the force should: improve its ability to retrieve digital evidence from mobile "
         "phones, computers and other electronic devices quickly enough to ensure investigations are not delayed",
         S2, "Draft", "1.6", d(2025, 1, 14, 11, 20), "Tom Ashby", "PEEL 2018/19", F_1819B,
         "Recommendation", "10207", "Tom Ashby", d(2025, 6, 30), cat="conflict",
         why="timescale conflict: library text says 'Within three months', HMICFRS 'within six months'; "
             "both open"),
    pack("R7 RUI and bail.docx", 10208,
         "improve its understanding of suspects released under investigation (RUI) and the management of those "
         "released on bail",
         S5, "Rejected", "2.1", d(2025, 2, 18, 9, 2), "Claire Dawson", "PEEL 2018/19", F_1819,
         "Recommendation", "10208", "Tom Ashby", d(2025, 1, 31),
         why="stage says 5 but the pack was Rejected by the signing officer -> open; HMICFRS Being progressed"),
    pack("CoC - vetting backlog.docx", 10209,
         "The size of the vetting backlog within Hampshire Constabulary is a cause of concern.",
         S3, "Draft", "3.2", d(2025, 2, 24, 14, 6), "Sarah Okafor", "PEEL 2018-19", F_1819,
         "Recommendation", "10209 ", "Sarah Okafor", d(2025, 12, 31), cat="conflict",
         why="type conflict: the library types the vetting-backlog cause of concern as a Recommendation; "
             "both open"),
    pack("R8 vetting clearance all staff.docx", 10210,
         "ensure all staff have received at least the lowest level of vetting clearance for their roles asap, "
         "working to clear both the vetting backlog and new vetting renewals when they become due so that it "
         "complies fully with the national vetting guidelines",
         S3, "Draft", "4.5", d(2025, 2, 24, 14, 11), "Sarah Okafor", "PEEL 2018-19", F_1819,
         "Recommendation", "10210 ", "Sarah Okafor", d(2025, 12, 31),
         title="CoC1 Domestic Abuse - closure report", checkout="Sarah Okafor",
         why="open on both sides; stale Title copied from the DA pack; checked out"),
    pack("AFI1 - case files.docx", 10214,
         "The force should improve its use of its crime-recording and management system (RMS) to better manage "
         "its case files and investigative processes.",
         S1, "Draft", "0.1", d(2023, 10, 9, 10, 0), "Helen Marsh", "PEEL 2018/19", F_1819B,
         "AFI", "10214", "", None,
         why="open on both sides (awaiting owner / Awaiting review)"),
    # ---------------- Crime data integrity 2017: one pack per bullet ----------------
    pack("CDI Rec 1a victims believed.docx", 6994,
         "Within 6 months arrangements to ensure that at the point of report, victims are believed",
         S6, "Approved", "2.0", d(2024, 4, 22, 10, 5), "Helen Marsh", "CDI 2017", F_CDI,
         "Recommendation", "6994", "Priya Sandhu", d(2023, 12, 31),
         why="item split into five packs a-e; part c still open -> item open; HMICFRS Being progressed"),
    pack("CDI Rec 1b incident log summaries.docx", 6994,
         "conversations between the call handlers and callers are summarised accurately in the incident log, thus "
         "providing attending officers with full facts on which to base crime recording decisions",
         S6, "Approved", "2.0", d(2024, 4, 22, 10, 7), "Helen Marsh", "CDI 2017", F_CDI,
         "Recommendation", "6994", "Priya Sandhu", d(2023, 12, 31),
         why="part b done; item open because part c is open"),
    pack("CDI Rec 1c multiple crimes.docx", 6994,
         "multiple crimes are always recorded when described within incident records or identified as part of "
         "other recorded crime investigations",
         S2, "Draft", "1.3", d(2025, 2, 5, 15, 12), "Priya Sandhu", "CDI 2017", F_CDI,
         "Recommendation", "6994", "Priya Sandhu", d(2025, 6, 30),
         why="the open part: the item stays open; HMICFRS Being progressed"),
    pack("CDI Rec 1d medical exams and video interviews.docx", 6994,
         "the practice of awaiting the results of medical examinations or video interviews before making "
         "crime-recording decisions is stopped",
         S5, "Approved", "2.0", d(2024, 9, 12, 9, 40), "Helen Marsh", "CDI 2017", F_CDI,
         "Recommendation", "6994", "Priya Sandhu", d(2024, 6, 30),
         why="part d done; item open because part c is open"),
    pack("CDI Rec 1e online reports triage.docx", 6994,
         "online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or "
         "the wider public are identified and appropriately managed.",
         S6, "Approved", "2.0", d(2024, 4, 22, 10, 9), "Helen Marsh", "CDI 2017", F_CDI,
         "Recommendation", "6994", "Priya Sandhu", d(2023, 12, 31),
         why="part e done; item open because part c is open"),
    # ---------------- PEEL efficiency 2015: old documents, no stage / type / ref ----------------
    pack("AFI1 - demand.docx", 5931,
         "The force should undertake further work to gain a fuller understanding of current demand for its "
         "services, and likely future changes in demand.",
         "", "Approved", "2.0", d(2016, 11, 2, 16, 44), "System Account", "PEEL Efficiency 2015", F_EFFY,
         title=TITLE_OLD, ctype=CT_DOC, officer="Rob Kinsella",
         why="old pack, no stage: Approved = done; HMICFRS Complete"),
    pack("AFI2 - outcomes outputs and costs.docx", 5932,
         "The force should develop its understanding of the links between its outcomes, outputs and costs",
         "", "Draft", "0.3", d(2016, 6, 28, 12, 19), "System Account", "PEEL Efficiency 2015", F_EFFY,
         title=TITLE_OLD, ctype=CT_DOC, officer="Rob Kinsella",
         why="old pack, no stage: Draft = open; HMICFRS Superseded"),
    pack("AFI3 - workforce plan.docx", 5933,
         "Develop a future workforce plan aligned with overall demand and budget, incl. future resource "
         "allocations, mix of skills required by the workforce and behaviours expected of them.",
         "", "Approved", "1.0", d(2016, 11, 2, 16, 50), "System Account", "PEEL Efficiency 2015", F_EFFY,
         title="", ctype=CT_DOC, officer="Rob Kinsella",
         why="old pack, no stage: Approved = done; HMICFRS Complete"),
    # ---------------- NCPI ----------------
    pack("NCPI Rec - detention of children.docx", 8552,
         "Within six months, with children's social care services, review how we manage the detention of children. "
         "As a minimum: children only detained when absolutely necessary and for the minimum time; early "
         "assessment of need for alternative accommodation (secure or otherwise); detention certificates "
         "completed post charge; record of all actions and decisions; timeliness of appropriate adult support "
         "for children who are arrested.",
         S5, "Approved", "3.0", d(2024, 11, 20, 10, 45), "Helen Marsh", "NCPI", F_NCPI,
         "Recommendation", "8552", "Julie Carver", d(2024, 9, 30),
         why="signed off at OLB (done); HMICFRS Being progressed; all five bullets covered in one pack"),
    # ---------------- Stop and search 2013: old documents ----------------
    pack("S&S Rec 1 - APP specification.doc", "X:ss_apppractice",
         "Chief Constables and the College of Policing should establish in the Stop and Search APP document a "
         "clear specification of what constitutes the effective and fair exercise of stop and search powers, and "
         "guidance in this respect. This should be compliant with the Code of Practice.",
         "", "Approved", "1.0", d(2015, 3, 16, 11, 30), "System Account", "Stop and Search 2013", F_SS13,
         title=TITLE_OLD, ctype=CT_DOC, officer="Dan Whitlock",
         why="no HMICFRS item: the 2013 APP recommendation is not on the definitive list (closed and dropped, or "
             "never held against the force); query with HMICFRS"),
    pack("S&S Rec 2 - monitoring.doc", 2004,
         "Chief Constables should establish or improve monitoring of the way officers stop and search people, so "
         "they can be satisfied officers are acting in accordance with the law (incl equality legislation and the "
         "Code of Practice) and that the power is used effectively to prevent crime, catch criminals and maintain "
         "public trust.",
         "", "Draft", "0.5", d(2015, 3, 16, 11, 34), "System Account", "Stop and Search 2013", F_SS13,
         title=TITLE_OLD, ctype=CT_DOC, officer="Dan Whitlock",
         why="old pack, no stage: Draft = open; HMICFRS Superseded"),
    # ---------------- PEEL legitimacy 2017 (national) ----------------
    pack("Legitimacy 2017 CoC - stop and search.docx", 8542,
         "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is "
         "consistently reasonable and fair. In particular, there is over-representation of BAME people, and "
         "black people in particular, in stop and search data which many forces are unable to explain.",
         S3, "Draft", "2.2", d(2025, 1, 8, 10, 14), "Dan Whitlock", "PEEL Legitimacy 2017", F_LEG,
         "Cause for Concern", "8542", "Dan Whitlock", d(2025, 3, 31),
         why="open on both sides"),
    pack("Legitimacy Rec 1a - reasons for disproportionality.docx", 8543,
         "By July 2018 regularly and frequently monitor S&S data to understand the reasons for any "
         "disproportionate representation of different ethnic groups in the use of stop and search",
         S6, "Approved", "2.0", d(2024, 7, 30, 11, 0), "Helen Marsh", "PEEL Legitimacy 2017", F_LEG,
         "National Rec", "8543", "Dan Whitlock", d(2024, 6, 30),
         why="split into three packs, all submitted to HMICFRS (done); HMICFRS Being progressed"),
    pack("Legitimacy Rec 1b - find rates.docx", 8543,
         "the extent to which find rates differ between people from different ethnicities, and across different "
         "types of searches (incl separate identification of find rates for drug possession and supply-type "
         "offences)",
         S6, "Approved", "2.0", d(2024, 7, 30, 11, 2), "Helen Marsh", "PEEL Legitimacy 2017", F_LEG,
         "National Rec", "8543", "Dan Whitlock", d(2024, 6, 30),
         why="part b done; every part done -> item done; HMICFRS Being progressed"),
    pack("Legitimacy Rec 1c - possession only searches.docx", 8543,
         "the prevalence of possession-only drug searches, and the extent to which these align with local or force "
         "level priorities",
         S6, "Approved", "2.0", d(2024, 7, 30, 11, 4), "Helen Marsh", "PEEL Legitimacy 2017", F_LEG,
         "National Rec", "8543", "Dan Whitlock", d(2024, 6, 30),
         why="part c done; every part done -> item done; HMICFRS Being progressed"),
    pack("Legitimacy Rec 2 - disparities.docx", 8544,
         "Where forces identify disparities through monitoring, they should demonstrate to the public that they "
         "have carried out research and analysis to understand the reasons for the disparity, and taken action to "
         "reduce the disparity, where necessary",
         S7, "Approved", "3.0", d(2022, 8, 1, 9, 15), "Helen Marsh", "PEEL Legitimacy 2017", F_LEG,
         "National Rec", "8454", "Dan Whitlock", d(2022, 3, 31), cat="conflict",
         why="reference conflict: library ref 8454 (digits transposed) vs HMICFRS 8544; same report and text; "
             "statuses agree (closed / Complete)"),
    pack("Legitimacy Rec 3 - publish analysis annually.docx", "X:ss_publish",
         "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July "
         "2018.",
         S6, "Approved", "2.0", d(2024, 7, 30, 11, 6), "Helen Marsh", "PEEL Legitimacy 2017", F_LEG,
         "National Rec", "8545", "Dan Whitlock", d(2024, 6, 30),
         why="no HMICFRS item: 8545 (publish the analysis annually) is not on the definitive list; query it"),
    # ---------------- Disproportionate use of police powers 2021 (national) ----------------
    pack("DUPP Rec 1 comms skills.docx", 12530,
         "By July 2022, forces should ensure officers and staff have effective communication skills, in line with "
         "the National Policing Guidelines on Conflict Management, in addition to existing conflict management and "
         "de-escalation training.",
         S2, "Draft", "1.4", d(2025, 1, 21, 14, 30), "Lisa Brennan", "Disproportionate Use of Police Powers",
         F_DUPP, "National Rec", "Ref 12530", "Lisa Brennan", d(2025, 7, 31),
         why="open on both sides"),
    pack("DUPP Rec 2 CPD and BWV debriefs.docx", 12531,
         "By July 2022, forces should ensure that communication skills are reinforced as part of the programme of "
         "continuing professional development for officers and staff, and that supervisors are supported to "
         "routinely and frequently debrief officers on these skills using body-worn video footage.",
         S3, "Draft", "1.5", d(2025, 1, 21, 14, 36), "Lisa Brennan", "Disproportionate Use of Police Powers",
         F_DUPP, "National Rec", "Ref 12531", "Lisa Brennan", d(2025, 7, 31), cat="conflict",
         why="deadline conflict: library text says 'By July 2022', HMICFRS 'By July 2021'; both open"),
    pack("DUPP Rec 3a BWV whole encounter.docx", 12532,
         "By Sept 2021 ensure officers record on BWV (when available) the entirety of all S&S encounters, incl. "
         "traffic stops and use of force incidents",
         S7, "Approved", "2.0", d(2024, 10, 25, 12, 0), "Helen Marsh", "Disproportionate Use of Police Powers",
         F_DUPP, "National Rec", "12532", "Lisa Brennan", d(2021, 9, 30),
         why="closed on both sides"),
    pack("DUPP Rec 3b BWV review and monitoring.docx", 12533,
         "By Sept 2021 have a structured process for regularly reviewing and monitoring internally a sufficient "
         "sample of BWV footage to identify and disseminate learning and hold officers to account when behaviour "
         "falls below acceptable standards",
         S6, "Approved", "2.0", d(2024, 10, 25, 12, 4), "Helen Marsh", "Disproportionate Use of Police Powers",
         F_DUPP, "National Rec", "12533", "Lisa Brennan", d(2021, 9, 30),
         why="submitted to HMICFRS (done); HMICFRS Being progressed"),
    pack("DUPP Rec 3c scrutiny panel access to BWV.docx", 12534,
         "By Sept 2021 provide external scrutiny panel members with access to samples of BWV footage showing S&S "
         "encounters and use of force incidents, taking account of the safeguards in the College of Policing APP",
         S3, "Draft", "1.2", d(2025, 2, 4, 9, 9), "Lisa Brennan", "Disproportionate Use of Police Powers",
         F_DUPP, "National Rec", "12534", "Lisa Brennan", d(2025, 4, 30),
         why="open on both sides"),
    pack("DUPP Rec 4 HO NPCC use of force data.docx", 12535,
         "The Home Office and the NPCC should take steps to ensure the quality of the data collected on the number "
         "of incidents where force has been used to effect a stop and search is sufficient for publication. The "
         "Home Office should publish this data as soon as possible.",
         SNA, "Approved", "1.0", d(2021, 6, 2, 10, 0), "Helen Marsh", "Disproportionate Use of Police Powers",
         F_DUPP, "National Rec", "12535", "", None,
         why="force marks it not for the force (N/A) = done; HMICFRS still Being progressed -> submit/query"),
    pack("DUPP Rec 5 use of force monitoring.docx", 12536,
         "By July 2021, forces should ensure they have effective internal monitoring processes on the use of "
         "force, to help them to identify and understand disproportionate use, explain the reasons and implement "
         "any necessary improvement action.",
         S2, "Draft", "2.3", d(2024, 9, 17, 16, 20), "Lisa Brennan", "Disproportionate Use of Police Powers",
         F_DUPP, "National Rec", "12536", "Lisa Brennan", d(2024, 12, 31), checkout="Ravi Patel",
         why="HMICFRS Complete; library at stage 2 (checked out to Ravi Patel; the export shows the checked-in "
             "metadata) -> force open"),
    # ---------------- Everyone's business 2014 ----------------
    pack("DA action plan (Everyones Business).docx", 2327,
         "By September 2014, every police force should establish and publish an action plan that specifies in "
         "detail what steps it will take to improve its approach to domestic abuse. Action plan to be developed "
         "in consultation with PCCs, DA support organisations and victims' representatives; after considering all "
         "recs in the report; with reference to relevant DHRs and IPCC findings; drawing on CPS scrutiny panels "
         "and MARAC self-assessments. Chief officers to oversee full implementation.",
         "", "Approved", "3.0", d(2015, 1, 12, 9, 25), "System Account", "Everyone's Business 2014", F_EB,
         title=TITLE_OLD, ctype=CT_DOC, officer="Karen Hollis",
         why="old pack, no stage: Approved = done; HMICFRS Complete"),
    # ---------------- Core Business 2014: not on the definitive list ----------------
    pack("Core Business - THR call handler criteria.doc", "X:core",
         "Not later than 31 March 2015 forces using a THR policy should provide call-handlers with specific, sound "
         "and comprehensible criteria against which they can assess threat, harm and risk.",
         "", "Approved", "1.0", d(2015, 4, 7, 15, 3), "System Account", "Core Business 2014", F_CORE,
         title=TITLE_OLD, ctype=CT_DOC, officer="Priya Sandhu",
         why="no HMICFRS item: the Core Business recommendation is not on the definitive list; query it"),
    # ---------------- Targeting the risk 2015 ----------------
    pack("FL Rec 1 governance v APP.docx", 5702,
         "Within three months, all chief constables should assess how well the governance of firearms licensing "
         "in his or her force meets the standards set out in APP, and put in place immediately the correct "
         "arrangements where the standards are not being complied with.",
         S7, "Approved", "2.0", d(2020, 9, 14, 11, 11), "Helen Marsh", "Targeting the Risk 2015", F_TTR,
         "National Rec", "", "Julie Carver", None,
         why="closed on both sides"),
    pack("FL Rec 2 licensing demand and capacity.docx", 5703,
         "Within three months, assess the demand placed on the firearms licensing department and ensure it has the "
         "capacity to meet this demand and provide an efficient and effective service at all times.",
         S5, "Approved", "4.0", d(2024, 11, 20, 10, 52), "Helen Marsh", "Targeting the Risk 2015", F_TTR,
         "National Rec", "5703", "Julie Carver", d(2024, 10, 31),
         why="signed off at OLB (done); HMICFRS Being progressed"),
    pack("Rec 4a firearms permits.docx", 5705,
         "Within three months ensure arrangements for the use of temporary permits are in accordance with the "
         "Home Office guidance",
         S7, "Approved", "2.0", d(2024, 8, 19, 9, 30), "Helen Marsh", "Targeting the Risk 2015", F_TTR,
         "National Rec", "HMICFRS 5705", "Julie Carver", d(2024, 6, 30),
         why="split into 4a/4b/4c; part 4c open -> item open; HMICFRS Complete"),
    pack("Rec 4b firearms permits.docx", 5705,
         "temporary permits are properly recorded without delay on NFLMS",
         S7, "Approved", "2.0", d(2024, 8, 19, 9, 32), "Helen Marsh", "Targeting the Risk 2015", F_TTR,
         "National Rec", "HMICFRS 5705", "Julie Carver", d(2024, 6, 30),
         why="part 4b done; item open because 4c is open; HMICFRS Complete"),
    pack("Rec 4c firearms permits.docx", 5705,
         "effective systems exist to ensure certificate holders are not permitted, at any time, to remain in "
         "unlawful possession of a firearm",
         S6, "Rejected", "1.1", d(2024, 9, 2, 14, 48), "Claire Dawson", "Targeting the Risk 2015", F_TTR,
         "National Rec", "HMICFRS 5705", "Julie Carver", d(2024, 6, 30),
         why="the open part: stage 6 but Rejected -> open; HMICFRS Complete"),
    # ---------------- rows that are not items ----------------
    other("HMICFRS Recommendation Closure Report template v3.dotx",
          "template (Word template used for every closure pack)", "Templates", d(2020, 6, 1, 10, 0),
          "Helen Marsh", title=TITLE_NEW),
    other("HMIC Recommendation Update Form (OLD - do not use).dot",
          "template (pre-2017 form)", "Templates", d(2015, 1, 6, 9, 0), "System Account", title=TITLE_OLD),
    other("OLB minutes 14-11-2024.docx", "governance paper (Organisational Learning Board minutes)",
          "Governance", d(2024, 11, 20, 10, 2), "Helen Marsh", title="Organisational Learning Board"),
    other("OLB Terms of Reference v1.2.docx", "governance paper (board terms of reference)", "Governance",
          d(2022, 2, 9, 11, 30), "Helen Marsh", version="2.0", title="Terms of Reference"),
    other("HMICFRS closure process flowchart.pdf", "governance paper (process flowchart)", "Governance",
          d(2021, 4, 12, 14, 0), "Jonathan Reeve", title=""),
    other("JAC paper - HMICFRS recommendations update Mar25.docx", "governance paper (draft audit committee paper)",
          "Governance", d(2025, 3, 3, 16, 45), "Helen Marsh", version="0.4", approval="Draft",
          title="Joint Audit Committee"),
    other("HIOWC definitive list Oct 2024.xlsx",
          "the force's copy of a previous HMICFRS definitive list", "Governance", d(2024, 10, 21, 9, 5),
          "Helen Marsh", title=""),
    other("Evidence - DA arrest rates Q2 2018.pdf", "evidence file for 8786 (ref and report, no text, no stage)",
          "Everyone's Business (DA) 2014", d(2021, 9, 3, 14, 38), "Helen Marsh", ctype=CT_EVID,
          report="Everyone's Business 2014", ref="8786", ftype="Recommendation"),
    other("Evidence CDI 1a - call handling dip sample.xlsx", "evidence file for 6994 part a", "Crime Data Integrity 2017",
          d(2024, 4, 22, 10, 1), "Priya Sandhu", ctype=CT_EVID, report="CDI 2017", ref="6994"),
    other("Evidence - vetting backlog position Jan25.xlsx", "evidence file for 10209/10210",
          "PEEL 2018-19", d(2025, 1, 31, 12, 12), "Sarah Okafor", ctype=CT_EVID, report="PEEL 2018-19",
          ref="#10209"),
    other("Evidence - DFU turnaround times.pptx", "evidence file for 10207", "PEEL 18-19 (Force Inspection)",
          d(2024, 12, 2, 15, 0), "Tom Ashby", ctype=CT_EVID, report="PEEL 2018/19", ref="10207",
          title="Digital Forensics Unit - performance"),
    other("Evidence - BWV dip sample log.xlsx", "evidence file for 12533",
          "Disproportionate use of police powers 2021", d(2024, 10, 25, 11, 58), "Lisa Brennan", ctype=CT_EVID,
          report="Disproportionate Use of Police Powers", ref="12533"),
    other("S&S disproportionality annual report 2019.pdf", "evidence file for 8545 (publication)",
          "PEEL Legitimacy 2017 (national)", d(2019, 8, 1, 10, 40), "Dan Whitlock", ctype=CT_EVID,
          report="PEEL Legitimacy 2017", title="Stop and Search Annual Report 2018/19"),
    other("Permits audit NFLMS Nov 2016.pdf", "evidence file for 5705 (old, ref not back-filled)",
          "Targeting the Risk - Firearms Licensing", d(2016, 11, 30, 13, 13), "System Account",
          report="Targeting the Risk 2015"),
    other("Custody - children detained dashboard.xlsx", "evidence file for 8552", "NCPI Custody (Children)",
          d(2024, 9, 27, 8, 40), "Julie Carver", ctype=CT_EVID, report="NCPI", ref="8552"),
]

HEADERS = ["Name", "Title", "Inspection Report", "Finding Type", "HMI Reference", "Finding Text",
           "Responsible Officer", "Progress Stage", "Target Date", "Approval Status", "Content Type",
           "Version", "Checked Out To", "Modified", "Modified By", "Item Type", "Path"]


def force_row_done(r):
    if r["approval"] == "Rejected":
        return False
    if r["stage"] == "":
        return r["approval"] == "Approved"
    if r["stage"] in STAGE_DONE:
        return True
    assert r["stage"] in STAGE_OPEN, r["stage"]
    return False


def build():
    os.makedirs(OUT, exist_ok=True)
    # ---- HMICFRS csv ----
    hrow = {}
    with open(os.path.join(OUT, "hmicfrs.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["Recommendation ID", "Force", "Report Title", "Publication Date", "Type", "Scope",
                    "Recommendation Text", "Status", "Status Date", "Latest HMICFRS Comment"])
        for n, (rid, rep, typ, scope, tkey, st, sd, com) in enumerate(HMICFRS, start=2):
            title, pub = REPORTS[rep]
            w.writerow([rid, FORCE, title, pub, typ, scope, T[tkey], st, sd, com])
            hrow[rid] = n
    # ---- force workbook ----
    rows = sorted(ROWS, key=lambda r: r["name"].lower())
    wb = xlsxwriter.Workbook(os.path.join(OUT, "tracker.xlsx"),
                             {"strings_to_numbers": False, "strings_to_urls": False})
    wb.set_properties({"title": "", "author": "Helen Marsh", "company": "Hampshire and Isle of Wight Constabulary",
                       "created": FIXED})
    ws = wb.add_worksheet("owssvr")
    f_dt = wb.add_format({"num_format": "dd/mm/yyyy hh:mm"})
    f_d = wb.add_format({"num_format": "dd/mm/yyyy"})
    data = []
    for r in rows:
        data.append([r["name"], r["title"], r["report"], r["ftype"], r["ref"], r["text"], r["officer"],
                     r["stage"], r["target"], r["approval"], r["ctype"], r["version"], r["checkout"],
                     r["modified"], r["modby"], "Item", SITE + "/" + r["folder"]])
    n = len(data)
    ws.add_table(0, 0, n, len(HEADERS) - 1, {
        "name": "owssvr", "style": "Table Style Medium 2",
        "columns": [{"header": h} for h in HEADERS]})
    for i, vals in enumerate(data, start=1):
        for j, v in enumerate(vals):
            h = HEADERS[j]
            if v is None or v == "":
                ws.write_blank(i, j, None)
            elif h == "Modified":
                ws.write_datetime(i, j, v, f_dt)
            elif h == "Target Date":
                ws.write_datetime(i, j, v, f_d)
            else:
                ws.write_string(i, j, v)
    widths = [44, 34, 30, 18, 14, 60, 20, 30, 12, 15, 20, 8, 15, 16, 16, 9, 70]
    for j, wdt in enumerate(widths):
        ws.set_column(j, j, wdt)
    wb.close()

    # ---- truth ----
    frow = {id(r): i for i, r in enumerate(rows, start=2)}
    by_key = {}
    for r in rows:
        if r["item"]:
            by_key.setdefault(r["key"], []).append(r)
    truth = []
    counts = {}
    item_cat = {}
    for rid, rep, typ, scope, tkey, st, sd, com in HMICFRS:
        parts = by_key.get(rid, [])
        h_closed = st in H_CLOSED
        if not parts:
            cat = "missing_from_force"
        else:
            done = all(force_row_done(p) for p in parts)
            cats = {p["cat"] for p in parts}
            assert len(cats) == 1
            if cats == {"conflict"}:
                cat = "conflict"
            elif h_closed and done or (not h_closed and not done):
                cat = "in_sync"
            elif done:
                cat = "closeable_submit"
            else:
                cat = "closeable_local"
        item_cat[rid] = cat
        counts[cat] = counts.get(cat, 0) + 1
        if not parts:
            truth.append((f"hmicfrs.csv!{hrow[rid]}", "", cat,
                          f"HMICFRS {rid} ({st}) has no closure pack in the library"))
        for p in sorted(parts, key=lambda p: frow[id(p)]):
            truth.append((f"hmicfrs.csv!{hrow[rid]}", f"owssvr!{frow[id(p)]}", cat, p["why"]))
    for r in rows:
        if r["item"] and isinstance(r["key"], str):
            truth.append(("", f"owssvr!{frow[id(r)]}", "not_on_hmicfrs_list", r["why"]))
            counts["not_on_hmicfrs_list"] = counts.get("not_on_hmicfrs_list", 0) + 1
    truth.sort(key=lambda t: (t[0] == "", int(t[0].split("!")[1]) if t[0] else 0,
                              int(t[1].split("!")[1]) if t[1] else 0))
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)
    write_readme(rows, frow, counts, truth, item_cat)
    return rows, frow, truth, counts


def write_readme(rows, frow, counts, truth, item_cat):
    nonitems = [r for r in rows if not r["item"]]
    items = [r for r in rows if r["item"]]
    line_counts = {}
    for t in truth:
        line_counts[t[2]] = line_counts.get(t[2], 0) + 1
    cats = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
            "not_on_hmicfrs_list", "review"]

    def fr(r):
        return f"owssvr!{frow[id(r)]}"

    def rows_of(pred):
        return ", ".join(str(frow[id(r)]) for r in rows if pred(r))

    txt = f"""# sharepoint_closure_library_lookalike (round 103, brief A)

## Story

Hampshire Constabulary (Hampshire and Isle of Wight Constabulary since 2022) never kept a tracker
spreadsheet for HMICFRS findings. Since 2015 each recommendation, area for improvement (AFI) and cause of
concern has had a **closure pack**: a Word document made from a template, stored in the SharePoint document
library **HMICFRS Recommendations** on the Organisational Learning site. The status lives in the library's
metadata columns. Content approval is switched on, so every document also carries SharePoint's own
**Approval Status**; the Organisational Learning Board (OLB, chaired by the DCC) signs packs off.

The library grew by accretion. The first columns (2015) were the inspection and the finding text. After
the 2019 move to SharePoint Online the OL team added content types (`HMICFRS Closure Pack`, `HMICFRS
Evidence`) and a `Finding Type` column; `Progress Stage` and `Target Date` came in 2020 and `HMI Reference`
in 2021. Nothing was back-filled, so documents last touched before then have blanks (and are of content
type `Document`, with `System Account` as Modified By after the migration). The templates changed name too:
old packs carry the Office Title "HMIC Recommendation Update Form", newer ones "HMICFRS Recommendation
Closure Report"; neither names the item.

Before the Joint Audit Committee in March 2025 the analyst opened the flat view "All packs (no folders)"
(sorted by Name, as the view is) and used **Export to Excel**; the .iqy query opened in Excel and was
saved as xlsx. HMICFRS sent the definitive list as a CSV the same week.

Texts are real public HMICFRS texts. Force-specific texts come from several forces' reports and are
attributed to Hampshire for this case (the vetting cause of concern names "Hampshire Constabulary", the
NCPI recommendation starts "Within six months Hampshire Constabulary should"); the Hampshire PEEL
effectiveness 2016 domestic abuse cause of concern and recommendations are Hampshire's own. National report
titles and dates are real. The 2021 recommendation on body-worn video is listed by HMICFRS as three items
(one per sub-clause, as the register did for sub-clauses).

## Files

### `hmicfrs.csv` (the definitive list)
UTF-8 with BOM, CRLF line ends, comma separated, fields with commas or line breaks quoted. Header in
record 1, **{len(HMICFRS)} items in records 2-{len(HMICFRS) + 1}**, one per record; no other rows. Some
texts hold line breaks and bullets inside the quoted field (records are counted, not physical lines).
Columns: `Recommendation ID` (plain integer, unique across the register), `Force` (always the new name),
`Report Title`, `Publication Date` (dd/mm/yyyy), `Type` (Recommendation / Area for improvement / Cause of
concern), `Scope` (Force / National), `Recommendation Text`, `Status`, `Status Date` (dd/mm/yyyy),
`Latest HMICFRS Comment` (register comment texts). Sorted by ID.

### `tracker.xlsx` (the library export)
One sheet `owssvr` holding an Excel table also named `owssvr`; header in row 1, **{len(rows)} documents in rows
2-{len(rows) + 1}, {len(items)} of them items**. Columns in view order: `Name` (file name), `Title` (Office
document property: stale template title, blank, or copied from another document), `Inspection Report`
(the force's own report names, free text), `Finding Type` (Cause for Concern / Recommendation / AFI /
National Rec; blank before 2019), `HMI Reference` (free text: `8785`, `#10204`, `10209 ` with a trailing
space, `Ref 12530`, `HMICFRS 5705`; blank before 2021 and on some later packs), `Finding Text` (the force's
copy, often abridged, stems dropped, abbreviations DA, BWV, S&S, RMS, NFLMS), `Responsible Officer`,
`Progress Stage`, `Target Date` (dd/mm/yyyy; the force's own date, not HMICFRS's timescale), `Approval
Status` (Approved / Pending / Draft / Rejected), `Content Type`, `Version` (x.0 approved major versions,
x.y drafts), `Checked Out To`, `Modified`, `Modified By`, `Item Type` (always `Item`: the flat view shows no
folders), `Path` (site-relative folder).

**Which force rows are items:** a closure pack. That is every row of content type `HMICFRS Closure Pack`,
plus the old packs of content type `Document` that carry a `Finding Text` and are named for one finding
(rows {rows_of(lambda r: r['item'] and r['ctype'] == CT_DOC)}). Evidence files (content type `HMICFRS
Evidence`, or old `Document` files with an inspection but no finding text), templates, governance papers and
the force's copy of the list are not items, even when they carry a reference and a report.

## Status rules

- HMICFRS: `Awaiting review` and `Being progressed` are open; `Complete` and `Superseded` are closed.
- Force `Progress Stage` (the force's own numbered stages):
  - open: `{S1}`, `{S2}`, `{S3}`;
  - done: `{S4}` (owner finished, only the SRO's sign-off pending; DESIGN treats "pending sign off" as
    force-says-done), `{S5}`, `{S6}`, `{S7}`, and `{SNA}` (not the force's to deliver, like WHITE).
- `Approval Status` **Rejected** means open whatever the stage says: the signing officer sent the pack back
  and nobody reset the stage (rows {rows_of(lambda r: r['item'] and r['approval'] == 'Rejected')}).
- A pack with **no stage** (older than the column) is decided by Approval Status: `Approved` is done,
  `Draft` is open (rows {rows_of(lambda r: r['item'] and r['stage'] == '')}). Pending approval with a stage
  leaves the stage in charge.
- A finding split into several packs (one per bullet or part) is done only when every part is done; every
  part's truth line carries the item's category.
- `Checked Out To` does not change anything: the export shows the checked-in metadata.
- Category: open/open and closed/done are `in_sync`; HMICFRS open with force done is `closeable_submit`;
  HMICFRS closed with force open is `closeable_local`; a factual disagreement is `conflict` whatever the
  statuses. No pair here is truly undecidable, so there is no `review`.

## Traps and how the truth decides them

- **Title is not the item.** Most Titles are a template name; `{[r for r in rows if r['key'] == 10210][0]['name']}`
  (row {frow[id([r for r in rows if r['key'] == 10210][0])]}) has the Title "CoC1 Domestic Abuse - closure
  report" because it was copied from the DA pack; it is the vetting-clearance recommendation 10210.
- **Path is not authoritative.** `Rec 3 telephone risk assessments.docx` (row
  {frow[id([r for r in rows if r['key'] == 8788][0])]}) sits in the `PEEL 2018-19` folder but its metadata names
  PEEL Effectiveness 2016, which is right: not a conflict. PEEL 2018/19 packs are spread over two folders
  (`PEEL 2018-19` and `PEEL 18-19 (Force Inspection)`).
- **Report conflict**: `Rec 1 DA arrest and ancillary orders.docx` says Everyone's Business 2014 (and is
  filed there); HMICFRS lists 8786 under PEEL effectiveness 2016 -> conflict.
- **Type conflict**: the vetting backlog cause of concern 10209 is typed `Recommendation` by the force ->
  conflict.
- **Reference typo**: the PEEL legitimacy disparities pack has ref `8454`; HMICFRS has the same text as
  8544 (no 8454 exists) -> conflict.
- **Timescale / deadline**: R6 digital evidence says "Within three months" (HMICFRS: within six months);
  DUPP Rec 2 says "By July 2022" (HMICFRS: By July 2021) -> conflict.
- **A bullet with no pack**: 8791 (missing children) has three bullets; the library has `pt1` (bullet 1)
  and `pt2` (bullet 3), nothing for the CSE risk-factor bullet -> both rows conflict.
- **Splits with one part open**: CDI 6994 in five packs, part c at stage 2 -> open, HMICFRS Being
  progressed -> in_sync (five lines). Firearms permits 5705 in 4a/4b/4c, 4c Rejected -> open, HMICFRS
  Complete -> closeable_local (three lines). PEEL legitimacy 8543 in three packs, all submitted ->
  closeable_submit (three lines).
- **Rejected overrides stage**: R7 RUI and bail (stage 5, Rejected) -> open -> in_sync with Being
  progressed; Rec 4c permits (stage 6, Rejected) -> open.
- **Old packs with no stage**: decided by approval (AFI1 demand Approved -> in_sync with Complete; AFI2
  costs Draft -> closeable_local against Superseded; S&S Rec 2 Draft -> closeable_local against
  Superseded).
- **Pending with stage 3**: R2 vulnerability (HMICFRS Complete) -> open -> closeable_local.
- **Stage 4 and N/A count as done**: R5 supervision (stage 4) and DUPP Rec 4 (N/A, a Home Office / NPCC
  recommendation) against Being progressed -> closeable_submit.
- **Evidence files carry refs**: `Evidence - vetting backlog position Jan25.xlsx` carries `#10209`,
  `Evidence - DA arrest rates Q2 2018.pdf` carries 8786 and a Finding Type; they are not items.
- **Not on the list**: `S&S Rec 1 - APP specification.doc` (2013), `Core Business - THR call handler
  criteria.doc` (2014) and `Legitimacy Rec 3 - publish analysis annually.docx` (ref 8545) have no HMICFRS
  item -> not_on_hmicfrs_list.
- **Missing from force**: 4961 (Integrity matters), 5704 (total expired records), 8546 (unconscious bias
  training) and 10205 (consultation on business planning) have no pack.
- **Stems and abridgement**: the force drops "HMIC recommends that the force should immediately:" and
  abridges; these are not conflicts. The NCPI pack condenses all five bullets in one pack (no missing
  bullet).

## Counts

Per HMICFRS item / force-only item (items), and per truth line (lines):

| category | items | truth lines |
|---|---|---|
""" + "".join(f"| {c} | {counts.get(c, 0)} | {line_counts.get(c, 0)} |\n" for c in cats) + f"""| total | {sum(counts.values())} | {len(truth)} |

HMICFRS items: {len(HMICFRS)}. Force rows that are items: {len(items)}. Force rows that are not items:
{len(nonitems)}.

## Rows that are not items

- `hmicfrs.csv` record 1: the header. Every other record is an item.
- `owssvr!1`: the table header.
""" + "".join(f"- `{fr(r)}` `{r['name']}`: {r['why']}.\n" for r in nonitems) + """
There are no blank rows, folder rows or totals in either file.
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(txt)


if __name__ == "__main__":
    build()
