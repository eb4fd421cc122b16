#!/usr/bin/env python3
"""Build the evaluation case `infopath_form_library_lookalike` (round 108, brief A).

HMICFRS side: an ordinary definitive-list workbook for Cumbria Constabulary
(title block, header on row 5, one row per register item, a key under the table).

Force side: Cumbria's old SharePoint *form library* of InfoPath forms (one form per
recommendation) exported with SharePoint's "Export to Excel": sheet `owssvr`, an Excel
table with its header on row 1, promoted fields as columns, the library's own
"Item Type" and "Path" columns last, and a Total row switched on by the analyst.
Three content types live in the library: the 2014 template "Recommendation Form"
(RAG only), the 2019 template "Recommendation Form v2" (Status governs, RAG left stale)
and "Closure Request" forms (not items).

Deterministic: no randomness is used, workbook properties are fixed.
Only the standard library and XlsxWriter are used.
"""
import csv
import datetime as dt
import os

import xlsxwriter

CASE = "infopath_form_library_lookalike"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)

D = dt.date
T = dt.datetime
PROPS = {
    "title": "",
    "author": "",
    "company": "",
    "created": T(2024, 10, 7, 9, 0, 0),
}

# ---------------------------------------------------------------------------
# Report titles and dates (real HMICFRS publications)
# ---------------------------------------------------------------------------
R_SS13 = ("Stop and search powers: Are the police using them effectively and fairly?", D(2013, 7, 9))
R_EB14 = ("Everyone's business: Improving the police response to domestic abuse", D(2014, 3, 27))
R_CB14 = ("Core business: An inspection into crime prevention, police attendance and the use of police time", D(2014, 9, 11))
R_IM15 = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", D(2015, 1, 30))
R_TR15 = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", D(2015, 9, 15))
R_EF15 = ("PEEL: Police efficiency 2015 – Cumbria Constabulary", D(2015, 10, 20))
R_NCPI = ("Cumbria – National child protection inspection", D(2017, 1, 26))
R_EV16 = ("PEEL: Police effectiveness 2016 – Cumbria Constabulary", D(2017, 3, 2))
R_LG17 = ("PEEL: Police legitimacy 2017 – A national overview", D(2017, 12, 12))
R_PE19 = ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Cumbria Constabulary", D(2019, 5, 2))
R_CDI = ("Cumbria Constabulary – Crime Data Integrity inspection 2019", D(2019, 5, 16))
R_DU21 = ("Disproportionate use of police powers – A spotlight on stop and search and the use of force", D(2021, 2, 26))

NR, REC, AFI, COC = "National recommendation", "Recommendation", "Area for improvement", "Cause of concern"
AWAIT, BP, COMPLETE, NFA, SUPERSEDED = "Awaiting review", "Being progressed", "Complete", "No further action needed", "Superseded"
HM_CLOSED = {COMPLETE, NFA, SUPERSEDED}

C_NEW = "New recommendation"
C_REVIEW = ("The status of this recommendation is currently being reviewed by HMIC and will be updated "
            "when this review is complete.")
C_SUPERSEDED = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness inspections. "
                "Where a cause of concern still exists this will appear in the register against these subsequent inspections.")
C_MONITOR = ("The progress of the implementation of this recommendation is currently being monitored by HMICFRS "
             "and this record will, in due course, be updated.")
C_COMPLETE = "This recommendation is complete"
C_CDI = ("Authorised for closure on the basis of the additional observations offered by members of the CDI "
         "inspection team in recent inspection activity.")

# ---------------------------------------------------------------------------
# HMICFRS items: id, report, type, text, status, status date, comment
# Texts are real public HMICFRS wording (national texts verbatim; force-level texts are
# real wording from other forces' reports, with the force name substituted where it occurs).
# ---------------------------------------------------------------------------
HM = [
    (1175, R_SS13, NR,
     "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional "
     "Practice document a clear specification of what constitutes the effective and fair exercise of stop and search "
     "powers, and guidance in this respect. This should be compliant with the Code of Practice.",
     COMPLETE, D(2016, 5, 12), C_COMPLETE),
    (1176, R_SS13, NR,
     "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they "
     "can be satisfied their officers are acting in accordance with the law (including equality legislation and the "
     "Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.",
     AWAIT, D(2019, 8, 30), C_REVIEW),
    (2321, R_EB14, NR,
     "By September 2014, every police force in England and Wales should establish and publish an action plan that "
     "specifies in detail what steps it will take to improve its approach to domestic abuse.\n\n"
     "This action plan should be developed:\n\n"
     "  • in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n"
     "  • after close consideration of all the recommendations in this report;\n"
     "  • with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force "
     "in question or another force; and 20\n"
     "  • drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC "
     "self-assessments.The action plan should be established on the basis of best practice, based on revised relevant "
     "guidance from the College of Policing. To ensure consistency, the College and the national policing lead on "
     "domestic abuse have agreed to provide advice on the areas that each plan should cover by the end of April 2014.\n\n"
     "Chief officers in each police force should oversee and ensure full implementation of these action plans. This should "
     "be a personal responsibility in each case. Police and crime commissioners should hold forces to account in this "
     "respect. HMIC will inspect forces' progress on domestic abuse as part of its new annual all-force inspection "
     "programme. Police and crime commissioners and chief constables should be called upon to report publicly on "
     "progress, as well as to the national oversight and monitoring group.",
     SUPERSEDED, D(2016, 11, 15), C_SUPERSEDED),
    (4822, R_CB14, NR,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should "
     "provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.",
     AWAIT, D(2016, 9, 30), C_REVIEW),
    (902, R_IM15, NR,
     "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that "
     "investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any "
     "form of discrimination.",
     NFA, D(2017, 8, 30), ""),
    (5371, R_TR15, NR,
     "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her "
     "force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the "
     "governance standards are not being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.",
     COMPLETE, D(2017, 3, 21), C_COMPLETE),
    (5372, R_TR15, NR,
     "Within three months, all chief constables should assess the demand placed on their firearms licensing department and "
     "ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.",
     BP, D(2022, 6, 14), C_MONITOR),
    (5373, R_TR15, NR,
     "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their "
     "force with regard to ‘total expired’ licensing records.",
     COMPLETE, D(2017, 3, 21), C_COMPLETE),
    (5374, R_TR15, NR,
     "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary "
     "permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay "
     "on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders "
     "are not permitted, at any time, to remain in unlawful possession of a firearm.",
     BP, D(2022, 6, 14), C_MONITOR),
    (5968, R_EF15, AFI,
     "The force should undertake further work to gain a fuller understanding of current demand for its services, and "
     "likely future changes in demand. This is so it can make best use of its resources by matching them to demand to "
     "meet the needs of the public",
     COMPLETE, D(2017, 11, 9), C_COMPLETE),
    (5969, R_EF15, AFI,
     "The force should develop its understanding of the links between its outcomes, outputs and costs",
     BP, D(2021, 4, 1), ""),
    (5970, R_EF15, AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should "
     "include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.",
     BP, D(2021, 4, 1), ""),
    (9160, R_NCPI, REC,
     "Within six months Cumbria Constabulary should, in conjunction with children’s social care services, review how it "
     "manages the detention of children. As a minimum it should:• ensure that all children are only detained when "
     "absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody "
     "suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with "
     "children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff "
     "comply with their statutory duties to complete detention certificates if a child is detained for any reason in "
     "police custody following charge;• ensure that custody staff make a record of all actions taken and decisions made "
     "on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who "
     "are arrested.",
     BP, D(2023, 2, 28), C_MONITOR),
    (7412, R_EV16, COC,
     "The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the "
     "investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.",
     BP, D(2022, 10, 3), ""),
    (7413, R_EV16, REC,
     "In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and "
     "bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, "
     "ancillary orders and other available powers.",
     COMPLETE, D(2019, 11, 27), C_COMPLETE),
    (7414, R_EV16, REC,
     "To improve the service provided to victims of domestic abuse the force should immediately take steps to understand "
     "and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.",
     BP, D(2022, 10, 3), ""),
    (7415, R_EV16, REC,
     "In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic "
     "abuse in the resolution centre should cease",
     COMPLETE, D(2018, 4, 27), C_COMPLETE),
    (7416, R_EV16, COC,
     "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of "
     "risk for children who go missing from home was inappropriate in some cases. We found some instances where children "
     "were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were "
     "sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even "
     "where good information was available on the police database. In some cases there was information to indicate that "
     "children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. "
     "Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is "
     "an enduring cause of concern from HMIC’s report on vulnerability in 2015.",
     BP, D(2022, 10, 3), ""),
    (7417, R_EV16, REC,
     "To address this cause of concern the force should immediately review its approach to reports of missing children "
     "and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; "
     "• call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual "
     "exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person "
     "enquiries and direct appropriate and timely investigative and safeguarding action",
     BP, D(2022, 10, 3), ""),
    (8541, R_LG17, COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently "
     "reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in "
     "stop and search data which many forces are unable to explain.",
     BP, D(2023, 6, 30), ""),
    (8542, R_LG17, NR,
     "By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a "
     "comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any "
     "disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find "
     "rates differ between people from different ethnicities, and across different types of searches (including separate "
     "identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only "
     "drug searches, and the extent to which these align with local or force level priorities.",
     BP, D(2023, 6, 30), ""),
    (8543, R_LG17, NR,
     "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried "
     "out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the "
     "disparity, where necessary;",
     BP, D(2023, 6, 30), ""),
    (8544, R_LG17, NR,
     "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.",
     COMPLETE, D(2021, 9, 8), C_COMPLETE),
    (8545, R_LG17, NR,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers "
     "have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.",
     BP, D(2023, 6, 30), ""),
    (10214, R_PE19, COC,
     "The force does not have the capacity or capability to investigate crime effectively and this is affecting the service "
     "being provided to the public. There are failings in the way that crimes are being investigated.",
     BP, D(2024, 3, 12), ""),
    (10215, R_PE19, REC,
     "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage "
     "their investigative workload, to better understand investigative demand and the pressures placed upon them; and",
     BP, D(2024, 3, 12), ""),
    (10216, R_PE19, REC,
     "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and "
     "progress of investigations. This supervision should be properly recorded;",
     BP, D(2024, 3, 12), ""),
    (10217, R_PE19, REC,
     "HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile "
     "phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;",
     COMPLETE, D(2021, 5, 17), C_COMPLETE),
    (10218, R_PE19, REC,
     "HMIC recommends that within six months the force should: improve its understanding of suspects released under "
     "investigation and the management of those released on bail;",
     BP, D(2024, 3, 12), ""),
    (10219, R_PE19, REC,
     "HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to "
     "vulnerability to better safeguard vulnerable people.",
     BP, D(2024, 3, 12), ""),
    (10220, R_PE19, REC,
     "HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all "
     "skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;",
     COMPLETE, D(2022, 1, 24), C_COMPLETE),
    (10221, R_PE19, REC,
     "HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about "
     "business planning and to feed back on changes made to service delivery as a result of such consultation.",
     BP, D(2024, 3, 12), C_NEW),
    (10222, R_PE19, AFI,
     "The force should improve its use of its crime-recording and management system to better manage its case files and "
     "investigative processes.",
     BP, D(2024, 3, 12), ""),
    (10223, R_PE19, COC,
     "The size of the vetting backlog within Cumbria Constabulary is a cause of concern.",
     BP, D(2024, 3, 12), ""),
    (10224, R_PE19, REC,
     "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as "
     "quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that "
     "it complies fully with the national vetting guidelines.",
     BP, D(2024, 3, 12), ""),
    (8870, R_CDI, REC,
     "Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are "
     "believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus "
     "providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are "
     "always recorded when described within incident records or identified as part of other recorded crime "
     "investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making "
     "crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure "
     "any ongoing risks to the victim or the wider public are identified and appropriately managed.",
     BP, D(2020, 2, 11), C_NEW),
    (13450, R_DU21, NR,
     "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the "
     "National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict "
     "management and de-escalation.",
     BP, D(2024, 1, 19), ""),
    (13451, R_DU21, NR,
     "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing "
     "professional development for officers and staff, and that supervisors are supported to routinely and frequently "
     "debrief officers on these skills using body-worn video footage.",
     COMPLETE, D(2022, 7, 4), C_COMPLETE),
    (13452, R_DU21, NR,
     "By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the "
     "entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured "
     "process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify "
     "and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide "
     "external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters "
     "and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.",
     BP, D(2024, 1, 19), ""),
    (13453, R_DU21, NR,
     "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help "
     "them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.",
     BP, D(2024, 1, 19), ""),
]
HM.sort(key=lambda r: (r[1][1], r[0]))
HM_HEADER_ROW = 5
HM_FIRST = 6
HM_ROW = {r[0]: HM_FIRST + i for i, r in enumerate(HM)}
HM_BY_ID = {r[0]: r for r in HM}

# ---------------------------------------------------------------------------
# Force side: the form library
# ---------------------------------------------------------------------------
SITE = "sites/OrgLearning/HMICFRS Recommendations"
CT1, CT2, CTR = "Recommendation Form", "Recommendation Form v2", "Closure Request"
ADMIN = "Hodgson, Anne (OL&I)"

COLS = ["Name", "Report", "HMIC Ref", "HMICFRS ID", "Rec Type", "Summary", "Lead Officer", "Department",
        "RAG", "Status", "HMICFRS Deadline", "Target Date", "Request Status", "Decision Date", "Approver",
        "Checked Out To", "Content Type", "Modified", "Modified By", "Created", "Item Type", "Path"]

DONE_WORDS_V2 = {"complete", "completed", "compete", "submitted for closure", "closed"}
OPEN_WORDS_V2 = {"not started", "in progress", "on going", "in progress - delayed (it)"}


def f1(name, folder, summary, lead, dept, rag, created, modified, modby, *, ref="", target=None, hm=None,
       cat=None, why=""):
    """A 2014-template form: RAG only, no Report / ID / Type field."""
    return dict(kind="item", ct=CT1, Name=name, Report="", **{"HMIC Ref": ref, "HMICFRS ID": None,
                "Rec Type": ""}, Summary=summary, **{"Lead Officer": lead}, Department=dept, RAG=rag, Status="",
                **{"HMICFRS Deadline": None, "Target Date": target}, Created=created, Modified=modified,
                **{"Modified By": modby}, Path=SITE + "/" + folder, hm=hm, cat=cat, why=why)


def f2(hid, report, rtype, summary, lead, dept, rag, status, created, modified, modby, *, name=None, deadline=None,
       target=None, folder=None, hm="same", cat=None, why="", checked_out="", id_text=None):
    """A 2019-template form: Report, HMICFRS ID (number column), Rec Type, Status governs, RAG stale."""
    return dict(kind="item", ct=CT2, Name=name or f"HMICFRS-{hid}.xml", Report=report,
                **{"HMIC Ref": "", "HMICFRS ID": (id_text if id_text is not None else hid), "Rec Type": rtype},
                Summary=summary, **{"Lead Officer": lead}, Department=dept, RAG=rag, Status=status,
                **{"HMICFRS Deadline": deadline, "Target Date": target, "Checked Out To": checked_out},
                Created=created, Modified=modified, **{"Modified By": modby},
                Path=SITE + ("/" + folder if folder else ""), hm=(hid if hm == "same" else hm), cat=cat, why=why)


def cr(hid_cell, report, summary, req_status, decision, approver, created, modified, modby, *, folder=None, about=None):
    return dict(kind="closure", ct=CTR, Name=f"CR-{about}-01.xml", Report=report,
                **{"HMIC Ref": "", "HMICFRS ID": hid_cell, "Rec Type": ""}, Summary=summary,
                **{"Lead Officer": "", "Request Status": req_status, "Decision Date": decision, "Approver": approver},
                Department="", RAG="", Status="", Created=created, Modified=modified, **{"Modified By": modby},
                Path=SITE + ("/" + folder if folder else ""), about=about)


P16 = "PEEL Effectiveness 2016"
P19 = "PEEL 2018/19"
L17 = "PEEL Legitimacy 2017 (national)"
CDI = "CDI 2019"
DU = "Disproportionality spotlight 2021"

FORMS = [
    # --- Stop and search 2013 (2014 template, folder only) ---
    f1("Stop Search Rec 1 - APP spec.xml", "Stop and Search 2013", "S&S – clear spec of effective & fair use in APP (with CoP)",
       "Supt Graham", "Territorial Policing", "Green", T(2014, 2, 11, 10, 4), T(2016, 6, 2, 14, 51), ADMIN, hm=1175),
    f1("Stop Search Rec 2 - monitoring.xml", "Stop and Search 2013",
       "S&S – monitoring of officers use of S&S powers (law, Code A, equality) + public trust",
       "Supt Graham", "Territorial Policing", "Green", T(2014, 2, 11, 10, 9), T(2017, 1, 19, 9, 37), ADMIN, hm=1176),
    # --- Everyone's business (2014) ---
    f1("DA action plan.xml", "Everyones Business DA 2014", "DA – publish force DA action plan (Everyone's Business)",
       "D/Supt Irving", "Public Protection (PPU)", "Amber", T(2014, 4, 15, 11, 22), T(2016, 3, 8, 16, 3),
       "Irving, Gareth", ref="2321", hm=2321),
    # --- Integrity matters (2015) ---
    f1("Misconduct NFA outcomes.xml", "Integrity Matters 2015",
       "PSD – NFA misconduct outcomes fair & free from discrimination (dip sample)", "Supt Bowman (PSD)",
       "Professional Standards", "Amber", T(2015, 2, 23, 9, 15), T(2016, 10, 11, 12, 40), "Bowman, Sarah", hm=902),
    # --- Targeting the risk (2015) ---
    f1("FL governance v APP.xml", "Targeting the Risk - Firearms Licensing",
       "FL governance – assess against APP & put right gaps", "Mrs Tyson (FLM)", "Firearms Licensing", "Green",
       T(2015, 9, 29, 8, 55), T(2016, 12, 14, 15, 12), "Tyson, Karen", ref="5371", hm=5371),
    f1("FL demand and capacity.xml", "Targeting the Risk - Firearms Licensing",
       "FL dept – demand & capacity review, resourcing", "Mrs Tyson (FLM)", "Firearms Licensing", "Green",
       T(2015, 9, 29, 9, 1), T(2018, 2, 6, 10, 27), "Tyson, Karen", hm=5372),
    f1("Total expired records.xml", "Targeting the Risk - Firearms Licensing",
       "'Total expired' licence records – all appropriate action taken", "Mrs Tyson (FLM)", "Firearms Licensing",
       "Green", T(2015, 9, 29, 9, 6), T(2016, 2, 17, 11, 48), "Tyson, Karen", hm=5373),
    f1("Temporary permits.xml", "Targeting the Risk - Firearms Licensing",
       "Temp permits – per HO guidance, on NFLMS w/o delay, no unlawful possession", "Mrs Tyson (FLM)",
       "Firearms Licensing", "Amber", T(2015, 9, 29, 9, 12), T(2018, 2, 6, 10, 31), "Tyson, Karen", ref="5347",
       hm=5374, cat="conflict",
       why="reference: the form quotes HMIC Ref 5347, which is on no list; its summary (temporary permits, "
           "NFLMS, unlawful possession) and folder (Targeting the Risk) are 5374, which has no other form"),
    f1("GP medical markers.xml", "Targeting the Risk - Firearms Licensing",
       "FL – GP medical info / enduring marker process (HO guidance 2016)", "Mrs Tyson (FLM)",
       "Firearms Licensing", "Amber", T(2016, 4, 4, 13, 30), T(2018, 2, 6, 10, 35), "Tyson, Karen", hm=None,
       cat="not_on_hmicfrs_list",
       why="filed in the Targeting the Risk folder but none of the four Targeting the risk items on the list is "
           "about GP medical information (each has its own form); force's own work from HO guidance"),
    # --- PEEL efficiency 2015 ---
    f1("AFI 1 demand.xml", "PEEL Efficiency 2015",
       "Demand – fuller understanding of current & future demand, match resources", "C/Supt Slee",
       "Corporate Improvement", "Green", T(2015, 11, 3, 10, 0), T(2017, 10, 30, 9, 12), ADMIN, hm=5968),
    f1("AFI 2 outcomes outputs costs.xml", "PEEL Efficiency 2015", "Links between outcomes, outputs & costs",
       "Mrs Dixon (Finance)", "Finance", "Amber", T(2015, 11, 3, 10, 6), T(2019, 1, 22, 14, 2), ADMIN, hm=5969),
    f1("AFI 3 workforce plan.xml", "PEEL Efficiency 2015",
       "Future workforce plan aligned to demand & budget (skills mix, behaviours)", "Mr Nicholson (HR)",
       "People Department", "Green (implemented)", T(2015, 11, 3, 10, 11), T(2019, 3, 14, 11, 19),
       "Nicholson, Paul", hm=5970),
    # --- PEEL effectiveness 2016 (old template) ---
    f1("CoC 1 - DA.xml", "PEEL Effectiveness 2016", "CoC – DA approach: victim attrition, low arrest/charge",
       "D/Supt Irving", "Public Protection (PPU)", "Amber", T(2017, 3, 13, 9, 40), T(2019, 2, 1, 15, 26),
       "Irving, Gareth", hm=7412),
    f1("Rec 1 - DA arrest and ancillary orders.xml", "PEEL Effectiveness 2016",
       "DA – increase use of arrest, DVPNs/ancillary orders & other powers", "D/Supt Irving",
       "Public Protection (PPU)", "Green", T(2017, 3, 13, 9, 46), T(2018, 11, 20, 10, 55), "Irving, Gareth", hm=7413),
    f1("Rec 3 - DA phone risk assessments.xml", "PEEL Effectiveness 2016",
       "Stop DASH risk assessments by phone / DA in resolution centre", "C/Insp Atkinson", "Command & Control",
       "Amber", T(2017, 3, 13, 9, 58), T(2017, 9, 4, 16, 44), "Atkinson, Helen", hm=7415),
    f1("CoC 2 - missing children.xml", "PEEL Effectiveness 2016",
       "CoC – missing & absent children, risk grading, CSE links", "D/Supt Irving", "Public Protection (PPU)",
       "Amber", T(2017, 3, 13, 10, 3), T(2019, 2, 1, 15, 31), "Irving, Gareth", hm=7416),
    # --- NCPI (one form per bullet; bullet e, appropriate adults, has none) ---
    f1("Rec 1a - children detained only when necessary.xml", "NCPI 2016",
       "Custody – CYP only detained when absolutely necessary / min time", "C/Insp Robinson (Custody)",
       "Custody", "Green", T(2017, 2, 7, 11, 20), T(2018, 5, 15, 9, 3), "Robinson, Mark", hm=9160, cat="conflict"),
    f1("Rec 1b - alternative accommodation.xml", "NCPI 2016",
       "Custody – early assessment of need for alt accommodation, work with CSC", "C/Insp Robinson (Custody)",
       "Custody", "Amber", T(2017, 2, 7, 11, 26), T(2019, 7, 9, 13, 47), "Robinson, Mark", hm=9160, cat="conflict"),
    f1("Rec 1c - detention certificates.xml", "NCPI 2016",
       "PACE s38(6) detention certificates completed post charge", "C/Insp Robinson (Custody)", "Custody",
       "Green", T(2017, 2, 7, 11, 31), T(2018, 5, 15, 9, 8), "Robinson, Mark", hm=9160, cat="conflict"),
    f1("Rec 1d - custody records.xml", "NCPI 2016",
       "Custody staff record all actions & decisions on relevant docs", "C/Insp Robinson (Custody)", "Custody",
       "Green", T(2017, 2, 7, 11, 35), T(2018, 5, 15, 9, 12), "Robinson, Mark", hm=9160, cat="conflict"),
    # --- 2019 template forms ---
    f2(7414, P16, "Recommendation", "DA – understand why victims disengage / don't support investigation",
       "Irving, Gareth", "Public Protection (PPU)", "Amber", "Complete", T(2019, 9, 17, 10, 12),
       T(2021, 11, 2, 14, 6), "Irving, Gareth", target=D(2020, 3, 31), folder=P16),
    f2(7417, P16, "Recommendation", "Missing children – call takers missing/absent, CSE risk factors, sup oversight",
       "Irving, Gareth", "Public Protection (PPU)", "Green", "In progress", T(2019, 9, 17, 10, 20),
       T(2023, 4, 18, 11, 39), "Irving, Gareth", target=D(2024, 3, 31), folder=P16),
    f2(8870, CDI, "Recommendation",
       "CDI – victims believed, call summaries, multiple crimes, no waiting on ABE/medicals, online crime triage",
       "Armstrong, Neil", "Crime Recording / FCR", "Amber", "Submitted for closure", T(2019, 6, 3, 9, 2),
       T(2020, 1, 28, 16, 15), "Armstrong, Neil", deadline=D(2019, 11, 16)),
    f2(8541, L17, "Cause of Concern", "National CoC – S&S reasonable & fair, BAME over-representation",
       "Graham, Jonathan", "Territorial Policing", "Amber", "In progress", T(2019, 6, 3, 9, 40),
       T(2024, 5, 7, 10, 2), "Graham, Jonathan"),
    f2(8542, L17, "National Rec", "S&S data monitoring (a) – reasons for disproportionality by ethnicity",
       "Graham, Jonathan", "Territorial Policing", "Green", "Complete", T(2019, 6, 3, 9, 45),
       T(2022, 3, 1, 15, 20), "Graham, Jonathan", name="HMICFRS-8542-1.xml", deadline=D(2018, 7, 31)),
    f2(8542, L17, "National Rec", "S&S data monitoring (b) – find rates by ethnicity & search type incl drugs poss/supply",
       "Graham, Jonathan", "Territorial Policing", "Green", "Completed", T(2019, 6, 3, 9, 47),
       T(2022, 3, 1, 15, 24), "Graham, Jonathan", name="HMICFRS-8542-2.xml", deadline=D(2018, 7, 31)),
    f2(8542, L17, "National Rec", "S&S data monitoring (c) – prevalence of poss-only drug searches v force priorities",
       "Graham, Jonathan", "Territorial Policing", "Amber", "complete", T(2019, 6, 3, 9, 50),
       T(2022, 3, 1, 15, 27), "Graham, Jonathan", name="HMICFRS-8542-3.xml", deadline=D(2018, 7, 31)),
    f2(8543, L17, "National Rec", "S&S disparities – research/analysis & action to reduce, shown to public",
       "Graham, Jonathan", "Territorial Policing", "Green", "Complete", T(2019, 6, 3, 9, 55),
       T(2023, 2, 10, 12, 8), "Graham, Jonathan"),
    f2(8544, L17, "National Rec", "Publish S&S analysis & actions annually (from Jul 18)",
       "Graham, Jonathan", "Territorial Policing", "Green", "On going", T(2019, 6, 3, 10, 1),
       T(2021, 7, 12, 9, 55), "Graham, Jonathan"),
    f2(8545, L17, "National Rec", "Unconscious bias trg + CoP APP S&S for all officers using S&S",
       "Pattinson, Ruth", "Learning & Development", "Amber", "In progress", T(2019, 6, 3, 10, 5),
       T(2022, 11, 3, 16, 30), "Pattinson, Ruth", deadline=D(2018, 7, 31), target=D(2022, 12, 31)),
    f2(10214, P19, "Cause of Concern", "CoC – capacity & capability to investigate crime", "Slee, David",
       "Crime Command", "Red", "In Progress", T(2019, 6, 4, 11, 0), T(2024, 6, 25, 10, 44), "Slee, David"),
    f2(10215, P19, "Recommendation", "Review officers investigative workload – capability & capacity",
       "Slee, David", "Crime Command", "Red", "Complete", T(2019, 6, 4, 11, 6), T(2021, 9, 30, 12, 1),
       "Slee, David", target=D(2020, 3, 31)),
    f2(10216, P19, "Recommendation", "Supervision of investigations – regular, active & recorded", "Slee, David",
       "Crime Command", "Amber", "In progress", T(2019, 6, 4, 11, 12), T(2024, 6, 25, 10, 52), "Slee, David",
       deadline=D(2020, 5, 2), target=D(2020, 12, 31), cat="conflict",
       why="deadline: the form's HMICFRS Deadline is 02/05/2020 (twelve months) but the HMICFRS text says "
           "'within six months' of 02/05/2019, i.e. 02/11/2019"),
    f2(10217, P19, "Recommendation", "Digital evidence – DMI backlog, phone/computer retrieval times", "Slee, David",
       "Crime Command", "Green", "Complete", T(2019, 6, 4, 11, 18), T(2020, 12, 1, 14, 26), "Slee, David",
       deadline=D(2019, 11, 2)),
    f2(10218, P19, "Recommendation", "RUI & bail – understanding & management", "Slee, David", "Crime Command",
       "Amber", "In progress", T(2019, 6, 4, 11, 24), T(2024, 9, 2, 9, 18), "Slee, David", deadline=D(2019, 11, 2),
       target=D(2024, 12, 31)),
    f2(10219, P19, "AFI", "Vulnerability approach – review with partners", "Irving, Gareth",
       "Public Protection (PPU)", "Amber", "In progress", T(2019, 6, 4, 11, 30), T(2024, 2, 13, 15, 2),
       "Irving, Gareth", cat="conflict",
       why="type: the form records an AFI; HMICFRS holds 10219 as a Recommendation ('HMIC recommends that the force "
           "should immediately: conduct a review, involving its partners, of the approach to vulnerability')"),
    f2(10220, P19, "Recommendation", "Skills project – all skills not just ops, future reqs, inform workforce plans",
       "Nicholson, Paul", "People Department", "Amber", "Compete", T(2019, 6, 4, 11, 36), T(2021, 12, 6, 10, 10),
       "Nicholson, Paul"),
    f2(10222, P19, "AFI", "Niche – better use for case file mgmt & investigative processes", "Lowther, Claire",
       "Crime Command", "Red", "Not started", T(2019, 6, 4, 11, 48), T(2024, 7, 1, 8, 59), "Lowther, Claire",
       checked_out="Lowther, Claire"),
    f2(10223, P19, "Cause of Concern", "CoC – vetting backlog", "Bowman, Sarah", "Professional Standards",
       "Amber", "In progress", T(2019, 6, 4, 11, 54), T(2024, 8, 20, 14, 33), "Bowman, Sarah"),
    f2(10224, P16, "Recommendation", "Vetting – all staff min. vetting level, clear backlog & renewals (NVG)",
       "Bowman, Sarah", "Professional Standards", "Amber", "In progress", T(2019, 6, 4, 12, 1),
       T(2024, 8, 20, 14, 40), "Bowman, Sarah", cat="conflict",
       why="report: the form files 10224 under 'PEEL Effectiveness 2016'; HMICFRS holds 10224 under PEEL 2018/19 "
           "(published 02/05/2019); ID, type and summary (vetting backlog, renewals, NVG) all point to 10224"),
    f2(13450, DU, "National Rec", "Comms skills in line w/ Nat Policing Guidelines on Conflict Mgmt", "Pattinson, Ruth",
       "Learning & Development", "Amber", "In progress", T(2021, 4, 12, 10, 0), T(2024, 4, 30, 11, 11),
       "Pattinson, Ruth", deadline=D(2022, 7, 31), target=D(2025, 3, 31), folder="Disproportionality 2021"),
    f2(13451, DU, "National Rec", "CPD – comms skills + supervisors debrief using BWV", "Pattinson, Ruth",
       "Learning & Development", "Green", "Complete", T(2021, 4, 12, 10, 5), T(2022, 4, 20, 15, 45),
       "Pattinson, Ruth", deadline=D(2021, 7, 31), folder="Disproportionality 2021"),
    f2(13452, DU, "National Rec", "BWV – record whole S&S encounter incl traffic stops & UoF", "Graham, Jonathan",
       "Territorial Policing", "Green", "Complete", T(2021, 4, 12, 10, 10), T(2022, 8, 15, 13, 2),
       "Graham, Jonathan", name="HMICFRS-13452-1.xml", deadline=D(2021, 9, 30), folder="Disproportionality 2021"),
    f2(13452, DU, "National Rec", "BWV – structured dip sampling of footage, learning & accountability",
       "Graham, Jonathan", "Territorial Policing", "Amber", "Complete", T(2021, 4, 12, 10, 14),
       T(2023, 1, 9, 10, 20), "Graham, Jonathan", name="HMICFRS-13452-2.xml", deadline=D(2021, 9, 30),
       folder="Disproportionality 2021"),
    f2(13452, DU, "National Rec", "BWV – scrutiny panel access to S&S/UoF footage (APP safeguards)",
       "Graham, Jonathan", "Territorial Policing", "Green", "In progress - delayed (IT)", T(2021, 4, 12, 10, 18),
       T(2024, 5, 21, 16, 4), "Graham, Jonathan", name="HMICFRS-13452-3.xml", deadline=D(2021, 9, 30),
       target=D(2025, 1, 31), folder="Disproportionality 2021"),
    f2(None, DU, "National Rec", "UoF data quality for publication (HO/NPCC rec – for info only)", "Graham, Jonathan",
       "Territorial Policing", "Green", "Closed", T(2021, 4, 12, 10, 25), T(2021, 6, 1, 9, 0), ADMIN,
       name="Disprop Rec 4 - HO NPCC UoF data.xml", folder="Disproportionality 2021", hm=None,
       cat="not_on_hmicfrs_list",
       why="rec 4 of the 2021 spotlight report is addressed to the Home Office and NPCC; HMICFRS does not hold it "
           "against the force (the list has 13450-13453 only, each accounted for)"),
    f2(None, "Custody Inspection (joint HMIP)", "Recommendation",
       "Custody – transfer of charged CYP to LA accommodation (PACE s38(6)), joint HMIP/HMICFRS custody insp",
       "Robinson, Mark", "Custody", "Amber", "In progress", T(2020, 10, 5, 14, 12), T(2023, 11, 14, 10, 6),
       "Robinson, Mark", name="Custody insp 2020 - CYP transfers.xml", hm=None, cat="not_on_hmicfrs_list",
       why="from the joint custody inspection, which is not on the definitive list; not NCPI 9160, whose "
           "accommodation bullet has its own form (Rec 1b) in the NCPI 2016 folder"),
    # --- a test form in the same library ---
    dict(kind="test", ct=CT2, Name="Test form v2 - DO NOT USE.xml", Report=P19,
         **{"HMIC Ref": "", "HMICFRS ID": 10221, "Rec Type": "Recommendation"},
         Summary="test test – public consultation (JB testing new template, pls ignore)",
         **{"Lead Officer": "Bell, Jonathan (ICT)"}, Department="ICT", RAG="Red", Status="Not started",
         Created=T(2019, 5, 29, 15, 2), Modified=T(2019, 5, 29, 15, 7), **{"Modified By": "Bell, Jonathan (ICT)"},
         Path=SITE),
    # --- closure requests (second content type; not items) ---
    cr(7413, P16, "DA – increase use of arrest, DVPNs/ancillary orders & other powers", "Approved",
       D(2019, 10, 8), "DCC Webb", T(2019, 9, 24, 10, 3), T(2019, 10, 8, 16, 40), "Webb, Michael (DCC)", about=7413,
       folder=P16),
    cr(10217, P19, "Digital evidence – DMI backlog, phone/computer retrieval times", "Approved", D(2021, 2, 8),
       "ACC Carr", T(2020, 12, 1, 14, 30), T(2021, 2, 8, 11, 2), "Carr, Andrew (ACC)", about=10217),
    cr(13451, DU, "CPD – comms skills + supervisors debrief using BWV", "Approved", D(2022, 5, 10), "ACC Carr",
       T(2022, 4, 20, 15, 50), T(2022, 5, 10, 9, 41), "Carr, Andrew (ACC)", about=13451,
       folder="Disproportionality 2021"),
    cr(8545, L17, "Unconscious bias trg + CoP APP S&S for all officers using S&S", "Approved", D(2023, 1, 19),
       "ACC Carr", T(2022, 12, 12, 11, 15), T(2023, 1, 19, 14, 22), "Carr, Andrew (ACC)", about=8545),
    cr(8543, L17, "S&S disparities – research/analysis & action to reduce, shown to public", "Returned",
       D(2023, 3, 22), "ACC Carr", T(2023, 2, 10, 12, 15), T(2023, 3, 22, 10, 5), "Carr, Andrew (ACC)", about=8543),
    cr(10218, P19, "RUI & bail – understanding & management", "Pending", None, "ACC Carr",
       T(2024, 8, 12, 9, 30), T(2024, 8, 12, 9, 30), "Slee, David", about=10218),
]

# Export order: the view is sorted by Name (A-Z, case-insensitive), as the analyst's flat view is.
FORMS.sort(key=lambda r: (r["Name"].lower(), r["Path"]))
FORCE_FIRST = 2
for i, r in enumerate(FORMS):
    r["row"] = FORCE_FIRST + i
FORCE_LAST = FORCE_FIRST + len(FORMS) - 1
TOTAL_ROW = FORCE_LAST + 1


# ---------------------------------------------------------------------------
# Status rules
# ---------------------------------------------------------------------------
def form_state(r):
    """Return ('done'|'open', reason) for an item form, closure requests applied."""
    if r["ct"] == CT1:
        rag = r["RAG"].lower()
        base = "done" if rag.startswith("green") else "open"
        reason = (f"2014 template, RAG '{r['RAG']}' decides "
                  f"({'Green = implemented' if base == 'done' else 'Amber/Red = not yet implemented'})")
    else:
        s = r["Status"].strip().lower()
        assert s in DONE_WORDS_V2 | OPEN_WORDS_V2, s
        base = "done" if s in DONE_WORDS_V2 else "open"
        reason = f"2019 template, Status '{r['Status']}' governs"
        if r["RAG"] and ((r["RAG"].lower().startswith("green")) != (base == "done")):
            reason += f" over the stale RAG '{r['RAG']}'"
    hid = r.get("hm")
    for c in FORMS:
        if c["kind"] == "closure" and c["about"] == hid and c["Name"].startswith(f"CR-{hid}-"):
            if c["Request Status"] == "Approved" and c["Decision Date"] > r["Modified"].date():
                if base == "open":
                    reason = reason.replace(" governs", " on the form")
                    reason += (f"; closure request {c['Name']} Approved {c['Decision Date']:%d/%m/%Y}, after the "
                               f"form's last change {r['Modified']:%d/%m/%Y} → done")
                base = "done"
            elif c["Request Status"] == "Returned" and c["Decision Date"] > r["Modified"].date():
                if base == "done":
                    reason = reason.replace(" governs", " on the form")
                    reason += (f"; closure request {c['Name']} Returned {c['Decision Date']:%d/%m/%Y}, after the "
                               f"form's last change {r['Modified']:%d/%m/%Y} → open")
                base = "open"
            elif c["Request Status"] == "Pending":
                reason += f"; closure request {c['Name']} Pending – changes nothing"
    return base, reason


def category(hm_status, force_state):
    closed = hm_status in HM_CLOSED
    if closed and force_state == "done":
        return "in_sync"
    if not closed and force_state == "open":
        return "in_sync"
    if not closed and force_state == "done":
        return "closeable_submit"
    return "closeable_local"


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
def write_hmicfrs(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties(PROPS)
    ws = wb.add_worksheet("Definitive List")
    bold = wb.add_format({"bold": True, "font_size": 14})
    sub = wb.add_format({"italic": True})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "text_wrap": True,
                         "valign": "top", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    note = wb.add_format({"italic": True, "font_color": "#595959"})
    ws.write(0, 0, "HMICFRS – Recommendations and areas for improvement: definitive list", bold)
    ws.write(1, 0, "Force: Cumbria Constabulary", sub)
    ws.write(2, 0, "Extract date: 07/10/2024", sub)
    headers = ["ID", "Report Title", "Publication Date", "Type", "Recommendation / AFI Text", "Status",
               "Status Date", "HMICFRS Comment"]
    for c, h in enumerate(headers):
        ws.write(HM_HEADER_ROW - 1, c, h, hdr)
    for i, (hid, (rt, pub), typ, text, st, sd, com) in enumerate(HM):
        r = HM_FIRST - 1 + i
        ws.write_number(r, 0, hid, cell)
        ws.write_string(r, 1, rt, wrap)
        ws.write_datetime(r, 2, dt.datetime.combine(pub, dt.time()), date)
        ws.write_string(r, 3, typ, cell)
        ws.write_string(r, 4, text, wrap)
        ws.write_string(r, 5, st, cell)
        ws.write_datetime(r, 6, dt.datetime.combine(sd, dt.time()), date)
        ws.write_string(r, 7, com, wrap)
    last = HM_FIRST - 2 + len(HM)  # 0-based index of the last item row
    ws.write(last + 2, 0, "Key: Awaiting review / Being progressed = open.  Complete / No further action needed / "
                          "Superseded = closed by HMICFRS.", note)
    ws.write(last + 3, 0, "National recommendations are shown against every force to which they apply.", note)
    ws.set_column(0, 0, 8)
    ws.set_column(1, 1, 38)
    ws.set_column(2, 2, 12)
    ws.set_column(3, 3, 22)
    ws.set_column(4, 4, 90)
    ws.set_column(5, 6, 16)
    ws.set_column(7, 7, 50)
    ws.freeze_panes(HM_HEADER_ROW, 0)
    ws.autofilter(HM_HEADER_ROW - 1, 0, last, len(headers) - 1)
    wb.close()


def write_tracker(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties(PROPS)
    ws = wb.add_worksheet("owssvr")
    dtf = wb.add_format({"num_format": "dd/mm/yyyy hh:mm"})
    df = wb.add_format({"num_format": "dd/mm/yyyy"})
    idf = wb.add_format({"num_format": "#,##0"})
    n = len(FORMS)
    columns = []
    for c in COLS:
        col = {"header": c}
        if c == "Name":
            col["total_string"] = "Total"
        if c == "Summary":
            col["total_function"] = "count"
            col["total_value"] = n
        columns.append(col)
    ws.add_table(0, 0, n + 1, len(COLS) - 1, {"name": "Table_owssvr", "columns": columns, "total_row": True,
                                               "style": "Table Style Medium 2"})
    for i, r in enumerate(FORMS):
        row = i + 1
        for c, h in enumerate(COLS):
            if h == "Content Type":
                v = r["ct"]
            elif h == "Item Type":
                v = "Item"
            else:
                v = r.get(h)
            if v is None or v == "":
                continue
            if h in ("Modified", "Created"):
                ws.write_datetime(row, c, v, dtf)
            elif isinstance(v, dt.date):
                ws.write_datetime(row, c, dt.datetime.combine(v, dt.time()), df)
            elif h == "HMICFRS ID" and isinstance(v, int):
                ws.write_number(row, c, v, idf)
            else:
                ws.write_string(row, c, str(v))
    widths = {"Name": 34, "Report": 26, "Summary": 60, "Path": 60, "Lead Officer": 22, "Department": 20,
              "Content Type": 22, "Modified": 16, "Created": 16, "Modified By": 22, "Status": 20}
    for c, h in enumerate(COLS):
        ws.set_column(c, c, widths.get(h, 13))
    wb.close()


def truth_rows():
    out = []
    matched = {}
    for r in FORMS:
        if r["kind"] != "item":
            continue
        hid = r["hm"]
        if hid is None:
            out.append(("", f"owssvr!{r['row']}", r["cat"], r["why"]))
            continue
        matched.setdefault(hid, []).append(r)
    for hid, rows in matched.items():
        hm = HM_BY_ID[hid]
        states = [form_state(r) for r in rows]
        agg = "done" if all(s[0] == "done" for s in states) else "open"
        forced = {r["cat"] for r in rows if r["cat"]}
        if forced:
            assert forced == {"conflict"}, forced
            cat = "conflict"
        else:
            cat = category(hm[4], agg)
        for r, (st, reason) in zip(rows, states):
            if cat == "conflict":
                why = r["why"] or ("missing bullet: HMICFRS 9160 has five bullets; the force has forms 1a-1d "
                                   "(detention, alternative accommodation, detention certificates, custody records) "
                                   "and none for bullet e (timeliness of appropriate adult support)")
            else:
                hmword = "closed" if hm[4] in HM_CLOSED else "open"
                why = f"HMICFRS {hid} '{hm[4]}' ({hmword}); force {st}: {reason}"
                if len(rows) > 1:
                    why += (f"; split into {len(rows)} forms, item is "
                            f"{'done (all parts done)' if agg == 'done' else 'open (a part is open)'}")
            out.append((f"Definitive List!{HM_ROW[hid]}", f"owssvr!{r['row']}", cat, why))
    for hid, *_ in HM:
        if hid not in matched:
            why = {4822: "no form for Core Business 4822 in any folder",
                   10221: "no form for public consultation 10221; the only form carrying ID 10,221 is the test form "
                          "'Test form v2 - DO NOT USE.xml', which is not an item",
                   13453: "no form for internal monitoring of use of force 13453 (the Disproportionality 2021 folder "
                          "holds 13450, 13451, 13452 x3 and the HO/NPCC rec 4 form)"}[hid]
            out.append((f"Definitive List!{HM_ROW[hid]}", "", "missing_from_force", why))

    def key(t):
        h = int(t[0].split("!")[1]) if t[0] else 10 ** 6
        f = int(t[1].split("!")[1]) if t[1] else 0
        return (h, f)
    out.sort(key=key)
    return out


README_TEMPLATE = """# infopath_form_library_lookalike

## The story

Cumbria Constabulary's Organisational Learning & Improvement team (OL&I) has tracked HMICFRS
recommendations since 2014 in a SharePoint 2013 **form library** ("HMICFRS Recommendations" on the
OrgLearning site): one InfoPath form per recommendation, with the forms' promoted fields shown as
library columns. The library has been through two form templates and has a second form type in it:

* **Recommendation Form** (2014 template). Only a RAG drop-down, whose help text on the form read
  *"Red – not started / will miss the deadline; Amber – work in progress; Green – recommendation
  implemented, evidence held"*. The template had no Report, HMICFRS ID or Type field; the lead was a
  typed text box, and an optional free-text "HMIC Ref" box that some leads filled in. Forms were
  filed in one folder per report, so the report is known **only from the folder in `Path`**.
* **Recommendation Form v2** (2019 template). Report, HMICFRS ID (a number column, so Excel shows
  `10,218`), Rec Type, Status (a choice with "fill-in" allowed, so leads typed their own values),
  HMICFRS Deadline (what the inspectorate set) and Target Date (the force's own plan date). The RAG
  field was kept from the old template but nobody maintains it: **on a v2 form Status decides and RAG
  is ignored**. Some older items were re-keyed into v2 forms in 2019 and kept their old RAG.
* **Closure Request** (2019). A lead raises a closure request against a recommendation form; an ACC or
  the DCC approves or returns it. It carries the same Report, the same HMICFRS ID and a copy of the
  form's summary, so in the export it looks like another recommendation row. It is **not an item**.

Before the October 2024 Joint Audit Committee the analyst opened the library's flat view
("All forms – no folders", sorted by Name), used **Export to Excel** and switched on the table's Total
row. HMICFRS had sent the force its definitive list extracted on 07/10/2024.

## Files

### `hmicfrs.xlsx` – the HMICFRS definitive list
* Sheet `Definitive List`. Rows 1-3 title block, row 4 blank, **header on row 5**, items on
  **rows 6-45** (40 items), row 46 blank, rows 47-48 a key and a note.
* Columns: `ID` (register number, plain integer), `Report Title`, `Publication Date` (dd/mm/yyyy),
  `Type` (National recommendation / Recommendation / Area for improvement / Cause of concern),
  `Recommendation / AFI Text`, `Status`, `Status Date`, `HMICFRS Comment`.
* Sorted by publication date, then ID (so CDI 2019, 8870, comes after PEEL 2018/19, 10214-10224).

### `tracker.xlsx` – the SharePoint "Export to Excel" of the form library
* Sheet `owssvr` (the name SharePoint's export gives it), one Excel table `Table_owssvr` (A1:V56):
  **header on row 1**, data rows 2-55, the **Total row on row 56** (`Total` under Name and
  `=SUBTOTAL(103,[Summary])` under Summary, i.e. it counts the closure requests and the test form too).
* Columns: `Name` (the form's file name), `Report` (v2 only), `HMIC Ref` (v1 free text),
  `HMICFRS ID` (v2 number column, shown `#,##0`), `Rec Type` (v2 only), `Summary` (the lead's own short
  summary – no HMICFRS text anywhere), `Lead Officer`, `Department`, `RAG`, `Status` (v2 only),
  `HMICFRS Deadline`, `Target Date`, `Request Status` / `Decision Date` / `Approver` (closure requests
  only), `Checked Out To`, `Content Type`, `Modified`, `Modified By`, `Created`, then SharePoint's own
  `Item Type` and `Path`.
* Rows are the view's sort by Name, so 2014 forms, v2 forms and closure requests are interleaved.
* Items: every row whose Content Type is `Recommendation Form` or `Recommendation Form v2`,
  except the test form (row {test_row}). 47 item rows.

## Status rules applied

HMICFRS side: `Awaiting review`, `Being progressed` = **open**; `Complete`, `No further action needed`,
`Superseded` = **closed** (the list's own key, row 47).

Force side, per form:
1. **2014 template (Content Type `Recommendation Form`)**: RAG decides, with the old template's meaning:
   `Green` (also typed `Green (implemented)`) = **done**; `Amber`, `Red` = **open**.
2. **2019 template (`Recommendation Form v2`)**: Status decides; the RAG is stale and ignored.
   Done: `Complete`, `Completed`, `complete`, `Compete` (typo), `Submitted for closure`, `Closed`.
   Open: `Not started`, `In progress`, `In Progress`, `On going`, `In progress - delayed (IT)`.
3. **Closure requests** (same HMICFRS ID): an `Approved` request whose Decision Date is after the
   recommendation form's `Modified` makes the item **done** whatever the form says; a `Returned` one
   decided after the form's last change makes it **open** whatever the form says; a `Pending` one
   changes nothing (the force has not agreed it is done). A closure request decided *before* the form's
   last change is history and the form decides (CR-7413, CR-10217, CR-13451 simply agree with their forms).
4. **Splits**: an item split over several forms is done only when every form is done.

Category = HMICFRS open/closed × force open/done (open+open and closed+done = `in_sync`,
open+done = `closeable_submit`, closed+open = `closeable_local`), unless a fact disagrees (`conflict`).

## Traps and how the truth decides them

* **Two templates, two status columns.** RAG vs Status disagree both ways on v2 forms:
  7414 (Status Complete, RAG Amber → done, closeable_submit), 10215 (Complete / Red → closeable_submit),
  8542-3 (complete / Amber), 13452-2 (Complete / Amber); 7417 (In progress / Green → open, in_sync),
  8544 (On going / Green → open; HMICFRS Complete → closeable_local), 13452-3 (In progress / Green).
  On 2014 forms there is no Status and RAG decides.
* **Closure requests look like items** (rows {cr_rows}): same Report, same HMICFRS ID, same summary.
  None is an item. CR-8545 (Approved 19/01/2023, form last changed 03/11/2022 and still "In progress")
  makes 8545 done → closeable_submit. CR-8543 (Returned 22/03/2023, form says Complete, last changed
  10/02/2023) makes 8543 open → in_sync. CR-10218 (Pending) changes nothing: the form, edited again on
  02/09/2024, still says In progress → in_sync.
* **Test form** (row {test_row}): "Test form v2 - DO NOT USE.xml", carries HMICFRS ID 10,221 – the ID of
  a recommendation the force has no form for. Not an item; 10221 is `missing_from_force`.
* **Checked-out form** (HMICFRS-10222, checked out to Lowther, Claire): the export shows the last
  checked-in version; it is an ordinary item (Not started → open; in_sync).
* **Report only in Path.** All 2014 forms have a blank Report; the folder (`…/PEEL Efficiency 2015`,
  `…/Targeting the Risk - Firearms Licensing`, `…/NCPI 2016` …) is the only report information.
* **IDs.** v2 IDs are numbers shown `10,218`; 2014 forms have no ID except a few typed as text in
  `HMIC Ref` ("2321", "5371", and "5347", a transposition of 5374).
* **Force target date ≠ HMICFRS deadline.** 13450 (deadline 31/07/2022, force target 31/03/2025),
  8545, 10218, 13452-3, 7414, 10215: the Target Date is the force's own plan date; not a conflict.
  The `HMICFRS Deadline` field is what is compared with the text.
* **Splits.** 8542 (three forms, all done → closeable_submit, three lines); 13452 (three forms, two
  Complete, one In progress → item open → in_sync, three lines); 9160 NCPI (forms 1a-1d for four of the
  five bullets; no form for bullet e, appropriate-adult timeliness → conflict, four lines).
* **Conflicts** (each decidable from the two rows): 5374 reference (form's HMIC Ref 5347); 10216
  deadline (form's HMICFRS Deadline 02/05/2020 vs "within six months" of 02/05/2019); 10219 type
  (form AFI, HMICFRS Recommendation); 10224 report (form's Report "PEEL Effectiveness 2016", HMICFRS
  PEEL 2018/19); 9160 missing bullet.
* **National vs force type.** v2 forms call national recommendations "National Rec"; 10222's "AFI" agrees
  with HMICFRS "Area for improvement". Neither is a type conflict.
* **Not on the HMICFRS list**: GP medical markers (filed in the Targeting the Risk folder, but none of
  5371-5374 is about it), "Disprop Rec 4 - HO NPCC UoF data" (the 2021 report's rec 4 is addressed
  to the Home Office and NPCC), "Custody insp 2020 - CYP transfers" (joint custody inspection, close in
  wording to NCPI bullet b, which has its own form).
* **Missing from force**: 4822 (Core Business), 10221 (public consultation; only the test form has its
  ID), 13453 (use-of-force monitoring).
* No `review` lines: every pair is decidable.

## Counts

| category | truth lines | items |
|---|---|---|
{count_rows}
| total | {n_lines} | HMICFRS 40, force item rows 47 |

## Rows that are not items

`hmicfrs.xlsx`, sheet `Definitive List`:
* row 1 – title "HMICFRS – Recommendations and areas for improvement: definitive list"
* row 2 – "Force: Cumbria Constabulary"
* row 3 – "Extract date: 07/10/2024"
* row 4 – blank
* row 5 – header row
* row 46 – blank row under the table
* row 47 – key to the status words
* row 48 – note on national recommendations

`tracker.xlsx`, sheet `owssvr`:
* row 1 – table header row
{cr_list}
* row {test_row} – test form "Test form v2 - DO NOT USE.xml" (Content Type v2, HMICFRS ID 10,221)
* row 56 – the table's Total row ("Total", `=SUBTOTAL(103,[Summary])`)

## Sources and honesty notes

* HMICFRS report titles and publication dates are real (national reports; Cumbria's PEEL efficiency
  2015, effectiveness 2016, national child protection inspection (Jan 2017), PEEL 2018/19 (tranche one,
  May 2019) and Crime Data Integrity 2019 (16 May 2019)). Register IDs 902, 2321, 4822 and 8541 are the
  real register numbers seen on the old HMICFRS register pages; the other IDs are invented in the same
  style.
* National recommendation texts are verbatim. The force-level texts are real HMICFRS wording taken from
  other forces' reports (West Mercia, Hampshire, West Midlands, Northamptonshire, City of London,
  Devon and Cornwall, Bedfordshire) and re-attributed to Cumbria for this case, with the force name
  substituted where the text names it (9160, 10223). Cumbria was not in fact given these causes of concern.
* People's names are invented.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    write_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    write_tracker(os.path.join(OUT, "tracker.xlsx"))
    rows = truth_rows()
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(rows)
    from collections import Counter, defaultdict
    lines = Counter(r[2] for r in rows)
    items = defaultdict(set)
    for h, f, c, _ in rows:
        items[c].add(h or f)
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "review"]
    count_rows = "\n".join(f"| {c} | {lines.get(c, 0)} | {len(items.get(c, ()))} |" for c in order)
    crs = [r for r in FORMS if r["kind"] == "closure"]
    cr_list = "\n".join(f"* row {r['row']} – closure request {r['Name']} (HMICFRS ID {r['HMICFRS ID']}, "
                         f"{r['Request Status']})" for r in crs)
    test_row = [r["row"] for r in FORMS if r["kind"] == "test"][0]
    text = README_TEMPLATE.format(test_row=test_row, cr_rows=", ".join(str(r["row"]) for r in crs),
                                  count_rows=count_rows, n_lines=len(rows), cr_list=cr_list)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text.lstrip("\n"))
    return rows


if __name__ == "__main__":
    rows = main()
    from collections import Counter
    print(Counter(r[2] for r in rows))
    for r in FORMS:
        if r["kind"] != "item":
            print("not item:", r["row"], r["kind"], r["Name"])
    print("total row", TOTAL_ROW, "HM rows", HM_FIRST, HM_FIRST + len(HM) - 1)
