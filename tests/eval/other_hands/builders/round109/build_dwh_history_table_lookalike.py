#!/usr/bin/env python3
"""Build the evaluation case `dwh_history_table_lookalike` (round 109, brief A).

HMICFRS side: a data-warehouse SCD type 2 history table (one row per version of each
recommendation), pasted from SSMS into Excel by Gwent Police's BI team.
Force side: Gwent Police's own HMICFRS recommendations tracker (Tracker + Closed + Key sheets).

Deterministic: no randomness beyond fixed data, fixed workbook properties; XlsxWriter writes
fixed zip timestamps. Standard library + XlsxWriter only.
"""
import csv
import datetime as dt
import hashlib
import io
import os

import xlsxwriter

CASE = "dwh_history_table_lookalike"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), CASE)

# ---------------------------------------------------------------------------------------
# Real public HMICFRS texts (copied from /work/shared/data/real_recommendations.csv; keys are
# that file's 0-based data-row numbers), plus two real texts from public HMICFRS pages.
# ---------------------------------------------------------------------------------------
TEXTS = {
    'T0': 'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and',
    'T1': 'HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.',
    'T2': 'HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;',
    'T5': 'HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.',
    'T6': 'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;',
    'T8': 'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.',
    'T9': 'HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;',
    'T10': 'HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;',
    'T11': 'Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.',
    'T12': 'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.',
    'T13': 'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.',
    'T14': 'The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public',
    'T15': 'The force should develop its understanding of the links between its outcomes, outputs and costs',
    'T16': 'The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.',
    'T18': 'The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.',
    'T20': 'The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.',
    'T21': 'The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.',
    'T22': 'In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.',
    'T23': 'To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.',
    'T24': 'In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease',
    'T25': 'The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.',
    'T26': 'To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action',
    'T27': 'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.',
    'T28': 'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.',
    'T46': 'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.',
    'T47': 'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.',
    'T48': 'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;',
    'T49': 'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.',
    'T50': 'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.',
    'T51': 'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.',
    'T52': 'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.',
    'T53': 'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.',
    'T54': 'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.',
    'T55': 'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.',
    'T56': "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n  • in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n  • after close consideration of all the recommendations in this report;\n  • with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n  • drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.The action plan should be established on the basis of best practice, based on revised relevant guidance from the College of Policing. To ensure consistency, the College and the national policing lead on domestic abuse have agreed to provide advice on the areas that each plan should cover by the end of April 2014.\n\nChief officers in each police force should oversee and ensure full implementation of these action plans. This should be a personal responsibility in each case. Police and crime commissioners should hold forces to account in this respect. HMIC will inspect forces' progress on domestic abuse as part of its new annual all-force inspection programme. Police and crime commissioners and chief constables should be called upon to report publicly on progress, as well as to the national oversight and monitoring group.",
    'T57': 'Within six months Bedfordshire Police should, in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff comply with their statutory duties to complete detention certificates if a child is detained for any reason in police custody following charge;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested.',
    'T58': 'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.',
    'T59': 'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.',
    'T60': 'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.',
    'T61': 'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.',
}
# Core Business register record 1504 (https://www.justiceinspectorates.gov.uk/hmicfrs/?recommendation-theme=evaluation)
TEXTS["T1504"] = ("By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
                  "carried out is systematically recorded and subsequently evaluated to determine the "
                  "effectiveness of tactics being employed.")
# Gwent PEEL 2018/19 effectiveness AFI (https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2018/gwent/effectiveness/detailed-findings/)
TEXTS["TFNO"] = ("The force should improve its processes for the management of foreign national offenders "
                 "so that it is reassured that it is effectively managing the risk.")

T = TEXTS
FORCE_CODE = 62          # Home Office force number for Gwent Police
FIRST_LOAD, V2_LOAD, LAST_LOAD = 1001, 1019, 1038
EXTRACT_DATE = dt.date(2024, 5, 13)
FIXED_CREATED = dt.datetime(2024, 5, 13, 9, 12, 0)


def batch_date(b):
    """LoadBatchID -> load date: first Monday of each month from April 2021."""
    k = b - FIRST_LOAD
    y, m = 2021 + (3 + k) // 12, (3 + k) % 12 + 1
    d = dt.date(y, m, 1)
    while d.weekday() != 0:
        d += dt.timedelta(days=1)
    return d


def load_stamp(b):
    """datetime2(7) text as SSMS shows it (Excel leaves it as text)."""
    d = batch_date(b)
    mins, secs, frac = 2 * 60 + 5 + (b * 7) % 41, (b * 13) % 60, (b * 7919) % 1000000
    t = dt.datetime(d.year, d.month, d.day) + dt.timedelta(minutes=mins, seconds=secs)
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%06d0" % frac


REPORTS = {  # key: (ReportKey, title, published or None)
    "R1": (1012, "Stop and search powers: Are the police using them effectively and fairly?", dt.date(2013, 7, 9)),
    "R2": (1020, "Everyone's business: Improving the police response to domestic abuse", dt.date(2014, 3, 27)),
    "R3": (1034, "Core Business: an inspection into crime prevention, police attendance and the use of police time", dt.date(2014, 9, 4)),
    "R4": (1041, "Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", dt.date(2015, 1, 30)),
    "R5": (1057, "Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "R6": (1063, "PEEL: Police efficiency 2015 – Gwent Police", dt.date(2015, 10, 20)),
    "R7": (1108, "PEEL: Police effectiveness 2016 – Gwent Police", dt.date(2017, 3, 2)),
    "R8": (1142, "PEEL: police legitimacy 2017", dt.date(2017, 12, 12)),
    "R9": (1187, "Gwent Police: Crime Data Integrity inspection 2018", None),
    "R10": (1215, "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Gwent Police", None),
    "R11": (1296, "Disproportionate use of police powers: A spotlight on stop and search and the use of force", dt.date(2021, 2, 26)),
}
NATIONAL = {"R1", "R2", "R3", "R4", "R5", "R8", "R11"}

STATUS_WORD = {"awaiting-review": "Awaiting review", "being-progressed": "Being progressed",
               "complete": "Complete", "no-further-action-needed": "No further action needed",
               "superseded": "Superseded"}
TYPE_WORD = {"recommendation": "Recommendation", "area-for-improvement": "Area for improvement",
             "cause-of-concern": "Cause of concern"}
CLOSED_CODES = {"complete", "no-further-action-needed", "superseded"}

C_REVIEW = ("The status of this recommendation is currently being reviewed by HMIC and will be "
            "updated when this review is complete.")
C_SUPERSEDED = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
                "inspections. Where a cause of concern still exists this will appear in the register "
                "against these subsequent inspections.")
C_COMPLETE = "This recommendation is complete"
C_MONITOR = ("The progress of the implementation of this recommendation is currently being monitored by "
             "HMICFRS and this record will, in due course, be updated.")

REC, AFI, COC = "recommendation", "area-for-improvement", "cause-of-concern"

# item id -> (report, type, text key, [(batch, changes)])
# changes: status, comment, type, report, deleted (tombstone comment), vanish, replaces
ITEMS = {
    1186: ("R1", REC, "T27", [(1001, dict(status="being-progressed")), (1008, dict(status="complete", comment=C_COMPLETE))]),
    1187: ("R1", REC, "T28", [(1001, dict(status="being-progressed")), (1010, dict(status="complete", comment=C_COMPLETE)),
                              (1030, dict(status="being-progressed", comment="Re-opened: evidence of internal monitoring of the use of force alongside stop and search requested following the 2021 spotlight report."))]),
    1504: ("R3", REC, "T1504", [(1001, dict(status="no-further-action-needed"))]),
    2321: ("R2", REC, "T56", [(1001, dict(status="complete", comment=C_SUPERSEDED))]),
    4822: ("R3", REC, "T12", [(1001, dict(status="awaiting-review", comment=C_REVIEW)),
                              (1012, dict(status="superseded", comment=C_SUPERSEDED))]),
    902: ("R4", REC, "T13", [(1001, dict(status="complete"))]),
    5630: ("R5", REC, "T58", [(1001, dict(status="complete"))]),
    5631: ("R5", REC, "T59", [(1001, dict(status="being-progressed")), (1015, dict(status="complete", comment=C_COMPLETE))]),
    5632: ("R5", REC, "T60", [(1001, dict(status="complete"))]),
    5633: ("R5", REC, "T61", [(1001, dict(status="being-progressed", comment=C_MONITOR))]),
    5871: ("R6", AFI, "T14", [(1001, dict(status="complete"))]),
    5872: ("R6", AFI, "T15", [(1001, dict(status="being-progressed"))]),
    5873: ("R6", AFI, "T16", [(1001, dict(status="being-progressed"))]),
    6420: ("R7", COC, "T21", [(1001, dict(status="being-progressed"))]),
    6421: ("R7", REC, "T22", [(1001, dict(status="being-progressed")), (1033, dict(status="complete", comment=C_COMPLETE))]),
    6422: ("R7", REC, "T23", [(1001, dict(status="awaiting-review")), (1006, dict(status="being-progressed"))]),
    6423: ("R7", REC, "T24", [(1001, dict(status="complete"))]),
    6424: ("R7", COC, "T25", [(1001, dict(status="being-progressed"))]),
    6425: ("R7", REC, "T26", [(1001, dict(status="being-progressed"))]),
    6431: ("R7", REC, "T22", [(1001, dict(status="awaiting-review")), (1015, dict(vanish=True))]),
    8540: ("R8", COC, "T46", [(1001, dict(status="being-progressed"))]),
    8541: ("R8", REC, "T47", [(1001, dict(status="being-progressed")), (1029, dict(status="complete", comment=C_COMPLETE))]),
    8542: ("R8", REC, "T48", [(1001, dict(status="being-progressed"))]),
    8543: ("R8", REC, "T49", [(1001, dict(status="being-progressed"))]),
    8546: ("R1", REC, "T50", [(1001, dict(status="being-progressed")),
                              (1024, dict(report="R8", comment="Report record corrected: recommendation belongs to PEEL: police legitimacy 2017."))]),
    8902: ("R9", REC, "T11", [(1001, dict(status="being-progressed"))]),
    9310: ("R10", COC, "T8", [(1001, dict(status="being-progressed"))]),
    9311: ("R10", REC, "T0", [(1001, dict(status="being-progressed")), (1021, dict(status="complete", comment=C_COMPLETE))]),
    9312: ("R10", REC, "T1", [(1001, dict(status="awaiting-review")), (1003, dict(status="being-progressed"))]),
    9313: ("R10", REC, "T2", [(1001, dict(status="being-progressed"))]),
    9314: ("R10", REC, "T5", [(1001, dict(status="awaiting-review")), (1026, dict(status="being-progressed"))]),
    9315: ("R10", REC, "T6", [(1001, dict(status="being-progressed"))]),
    9316: ("R10", REC, "T9", [(1001, dict(status="being-progressed")), (1035, dict(status="complete", comment=C_COMPLETE))]),
    9317: ("R10", REC, "T10", [(1001, dict(status="being-progressed")),
                               (1027, dict(deleted="Record deleted at source (created in error against the wrong report part). Re-created as 10462."))]),
    9318: ("R10", REC, "T18", [(1001, dict(status="being-progressed")),
                               (1022, dict(type=AFI, comment="Reclassified as an area for improvement."))]),
    9319: ("R10", REC, "T20", [(1001, dict(status="being-progressed")),
                               (1025, dict(type=AFI, comment="Reclassified as an area for improvement following revisit."))]),
    9320: ("R10", AFI, "TFNO", [(1001, dict(status="being-progressed"))]),
    10215: ("R11", REC, "T51", [(1001, dict(status="awaiting-review")), (1004, dict(status="being-progressed"))]),
    10216: ("R11", REC, "T52", [(1001, dict(status="being-progressed"))]),
    10217: ("R11", REC, "T53", [(1001, dict(status="being-progressed"))]),
    10218: ("R11", REC, "T54", [(1001, dict(status="awaiting-review")),
                                (1023, dict(deleted="Removed from force lists - recommendation is directed at the Home Office and the NPCC, not at forces."))]),
    10219: ("R11", REC, "T55", [(1001, dict(status="being-progressed")), (1031, dict(status="complete", comment=C_COMPLETE))]),
    10462: ("R10", REC, "T10", [(1027, dict(status="being-progressed", comment="Replaces record 9317", replaces=9317))]),
}


def build_versions():
    """Every SCD2 version row of every record, with SK, validity and flags."""
    versions = []
    for rid, (rep, typ, tkey, events) in sorted(ITEMS.items()):
        ev = dict(events)
        first = events[0][0]
        gone = [b for b, c in events if c.get("vanish") or c.get("deleted")]
        end = gone[0] if gone else None
        if first < V2_LOAD and (end is None or end > V2_LOAD) and V2_LOAD not in ev:
            ev[V2_LOAD] = {}
        state = dict(report=rep, type=typ, text=T[tkey], status=None, comment=None, replaces=None,
                     status_changed=None, deleted=0)
        vs = []
        for b in sorted(ev):
            c = ev[b]
            if c.get("vanish"):
                vs[-1]["vanished_at"] = b
                break
            if "status" in c and c["status"] != state["status"]:
                state["status"], state["status_changed"] = c["status"], b
            for k in ("report", "type", "replaces"):
                if k in c:
                    state[k] = c[k]
            if "comment" in c:
                state["comment"] = c["comment"]
            if "deleted" in c:
                state["deleted"], state["comment"] = 1, c["deleted"]
            vs.append(dict(rid=rid, batch=b, **state))
        versions.extend(vs)
        for i, v in enumerate(vs):
            v["ValidFrom"] = batch_date(v["batch"])
            if i + 1 < len(vs):
                v["ValidTo"] = batch_date(vs[i + 1]["batch"]) - dt.timedelta(days=1)
                v["IsCurrent"] = 0
                v["touched"] = vs[i + 1]["batch"]
            elif "vanished_at" in v:
                v["ValidTo"] = batch_date(v["vanished_at"]) - dt.timedelta(days=1)
                v["IsCurrent"] = 0
                v["touched"] = v["vanished_at"]
            else:
                v["ValidTo"] = dt.date(9999, 12, 31)
                v["IsCurrent"] = 1
                v["touched"] = v["batch"]
    sk = 30001
    for v in sorted(versions, key=lambda v: (v["batch"], v["rid"])):
        v["SK"] = sk
        sk += 1
    return versions


def stored(v):
    """The column values as that load wrote them (v1: codes, 255-char text; v2: words, full text)."""
    old = v["batch"] < V2_LOAD
    key, title, pub = REPORTS[v["report"]]
    text = v["text"][:255] if old else v["text"]
    status = v["status"] if old else STATUS_WORD[v["status"]]
    typ = v["type"] if old else TYPE_WORD[v["type"]]
    sdate = None
    if not old and v["status_changed"] is not None and v["status_changed"] >= V2_LOAD:
        sdate = batch_date(v["status_changed"]) - dt.timedelta(days=4)
    return dict(ReportKey=key, ReportTitle=title, PublishedDate=pub,
                ForceCode=None if v["report"] in NATIONAL else FORCE_CODE,
                RecType=typ, RecText=text, RecStatus=status, StatusDate=sdate,
                HMICFRSComment=v["comment"], ReplacesRecID=v["replaces"])


HCOLS = ["RecommendationSK", "HMICFRS_RecID", "ReportKey", "ReportTitle", "PublishedDate", "ForceCode",
         "RecType", "RecText", "RecStatus", "StatusDate", "HMICFRSComment", "ReplacesRecID", "ValidFrom",
         "ValidTo", "IsCurrent", "IsDeleted", "LoadBatchID", "RowHash", "DW_LastUpdated"]
HSHEET = "DimHMICFRSRecommendation"

# ---------------------------------------------------------------------------------------
# Force side: Gwent Police tracker. Each row: sheet, group, HMICFRS ID as written, report,
# type, text, lead, update, RAG/status, target, submitted, reviewed, truth (item, category, why)
# ---------------------------------------------------------------------------------------
D = dt.date
GROUPS = [
    ("G1", "HMIC – Stop and search powers: are the police using them effectively and fairly? (July 2013)"),
    ("G3", "HMIC – Core Business: crime prevention, police attendance and use of police time (Sept 2014)"),
    ("G4", "HMIC – Targeting the Risk: firearms licensing (Sept 2015)"),
    ("G5", "PEEL Efficiency 2015 – Gwent (Oct 2015)"),
    ("G6", "PEEL Effectiveness 2016 – Gwent (March 2017)"),
    ("G7", "PEEL Legitimacy 2017 – national stop & search recommendations (Dec 2017)"),
    ("G8", "Crime Data Integrity inspection 2018 – Gwent"),
    ("G9", "PEEL 2018/19 – Gwent (Effectiveness, Efficiency & Legitimacy)"),
    ("G10", "Disproportionate use of police powers – spotlight on S&S and use of force (Feb 2021)"),
    ("G11", "Learning from other forces – National Child Protection Inspection (Bedfordshire)"),
]

SK_OF_FIRST = "SK:6423"   # placeholder, replaced by the surrogate key of record 6423's first version

F = []  # master list in the force's own numbering order


def fr(sheet, group, hid, report, typ, text, lead, update, rag, target=None, submitted=None,
       reviewed=None, closed=None, approved=None, item=None, cat=None, why=""):
    F.append(dict(sheet=sheet, group=group, hid=hid, report=report, type=typ, text=text, lead=lead,
                  update=update, rag=rag, target=target, submitted=submitted, reviewed=reviewed,
                  closed=closed, approved=approved, item=item, cat=cat, why=why))


# --- Stop and search 2013 ---
fr("Tracker", "G1", 1186, "Stop & Search 2013", "Nat Rec",
   "Chief Constables and the College of Policing should establish in the Stop and Search APP a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.",
   "Supt Operations (S&S lead)", "18/03/24 - Force S&S policy re-written to align with revised APP, awaiting sign off at Legitimacy Board before we close. Keep open.",
   "Amber", target="Jun-24", reviewed=D(2024, 3, 18), item=1186, cat="closeable_local",
   why="HMICFRS current row says Complete (since load 1008, Nov 2021); force still Amber - close locally.")
fr("Tracker", "G1", 1187, "Stop & Search 2013", "Nat Rec",
   T["T28"], "Supt Operations (S&S lead)",
   "Re-opened by HMICFRS Sept 23 - FLL wants evidence of monitoring of use of force alongside S&S. Scrutiny panel dip sample now monthly. 02/04/24 UoF dashboard in development (Insight team).",
   "AMBER", target="Sept 24", reviewed=D(2024, 4, 2), item=1187, cat="in_sync",
   why="Closed (complete) in older loads but re-opened: current row (load 1030) is Being progressed; force Amber. Open on both.")
fr("Tracker", "G1", 8546, "Stop & Search 2013", "Nat Rec",
   "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.",
   "Supt Operations (S&S lead)", "Unconscious bias input now part of OST refresher. Completion 87% (Mar 24) - non completers chased via supervisors.",
   "Amber", target="Ongoing", reviewed=D(2024, 3, 18), item=8546, cat="conflict",
   why="Report differs: force files it under Stop and search powers (2013); HMICFRS moved the record to PEEL: police legitimacy 2017 in load 1024 (current row). Both open.")
# --- Everyone's business 2014 (closed, split by bullet) ---
for i, (txt, upd) in enumerate([
    ("By Sept 2014 every force should establish and publish an action plan setting out the steps it will take to improve its approach to domestic abuse - developed in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives",
     "DA action plan published Sept 14, consulted with OPCC, Welsh Women's Aid, Cyfannol & victims panel."),
    ("(DA action plan) - after close consideration of all the recommendations in this report",
     "All 10 national recs mapped into plan - see DA Gold minutes Oct 14."),
    ("(DA action plan) - with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force",
     "DHR/IPCC learning log created and owned by PPU."),
    ("(DA action plan) - drawing on relevant knowledge from other sources such as CPS scrutiny panels and MARAC self-assessments",
     "CPS VAWG scrutiny panel + MARAC SafeLives self assessment fed in. Complete."),
]):
    fr("Closed", None, 2321, "Everyone's Business (DA) 2014", "Nat Rec", txt, "D/Supt Public Protection", upd,
       "Closed", closed=D(2016, 6, 14), approved="Gov & Assurance Board 14/06/16", item=2321, cat="in_sync",
       why="Force split rec 2321 into its four bullets, all closed; HMICFRS current row Complete. Closed on both.")
# --- Core Business 2014 ---
fr("Tracker", "G3", 4822, "Core Business 2014", "Nat Rec",
   "Not later than 31 March 2015 those forces using a THR policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.",
   "Ch Insp Force Contact Centre", "THRIVE+ refresher for FCC staff planned Q1 24/25. Left open pending new command & control system.",
   "Amber", target="TBC", reviewed=D(2024, 2, 12), item=4822, cat="closeable_local",
   why="HMICFRS current row Superseded (subsequently inspected in PEEL effectiveness); force Amber - close locally.")
# --- Integrity matters 2015 ---
fr("Closed", None, 902, "Integrity Matters 2015", "Nat Rec", T["T13"], "Head of PSD",
   "PSD NFA dip sample process in place, reviewed by Ethics Cttee. Complete.", "Closed",
   closed=D(2016, 2, 9), approved="Gov & Assurance Board 09/02/16", item=902, cat="in_sync",
   why="Closed on force Closed sheet; HMICFRS current row Complete.")
# --- Targeting the risk 2015 ---
fr("Tracker", "G4", 5630, "Targeting the Risk 2015", "Nat Rec",
   "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in APP. Where not being complied with put in place immediately the correct arrangements and procedures in order to meet the standards in full.",
   "Firearms & Explosives Licensing Mgr", "Annual governance self assessment against APP done Jan 24 - minor gaps re file audit, local action plan in place.",
   "Amber", target="31/07/2024", reviewed=D(2024, 1, 30), item=5630, cat="closeable_local",
   why="HMICFRS current row Complete; force Amber - close locally.")
fr("Tracker", "G4", 5631, "Targeting the Risk 2015", "Nat Rec", T["T59"], "Firearms & Explosives Licensing Mgr",
   "Renewals backlog 212 (Feb 24). 2 x temp enquiry officers until Sept. Demand profile refreshed.",
   "amber", target="Sept 24", reviewed=D(2024, 2, 26), item=5631, cat="closeable_local",
   why="HMICFRS closed it (Complete from load 1015, June 2022); force still amber - close locally.")
fr("Tracker", "G4", 5633, "Targeting the Risk 2015", "Nat Rec",
   "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on NFLMS; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
   "Firearms & Explosives Licensing Mgr", "Complete - temp permit process audited Feb 24, all permits on NFLMS within 24hrs. Evidence submitted to HMICFRS FLL 14/03/24.",
   "Green", target=D(2024, 3, 31), submitted=D(2024, 3, 14), reviewed=D(2024, 3, 14), item=5633, cat="closeable_submit",
   why="Force Green and submitted for closure; HMICFRS current row Being progressed.")
# --- PEEL efficiency 2015 ---
fr("Closed", None, 5871, "PEEL Efficiency 2015", "AFI", T["T14"], "Head of Corporate Development",
   "Demand analysis project complete - see Demand Profile 2016.", "Closed", closed=D(2017, 1, 17),
   approved="Gov & Assurance Board 17/01/17", item=5871, cat="in_sync",
   why="Closed on both (HMICFRS Complete).")
fr("Tracker", "G5", 5872, "PEEL Efficiency 2015", "AFI", T["T15"], "Head of Finance",
   "Complete. Outcome based budgeting embedded in MTFP 24/25, PBB dashboards live. Propose closure.",
   "GREEN", target=D(2024, 3, 31), reviewed=D(2024, 4, 8), item=5872, cat="closeable_submit",
   why="Force Green (complete, proposing closure); HMICFRS current row Being progressed.")
fr("Tracker", "G5", 5873, "PEEL Efficiency 2015", "AFI",
   "The force should develop a future workforce plan aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.",
   "Head of People Services", "Strategic Workforce Plan 2024-27 in draft, going to COG May 24.", "Amber",
   target="May-24", reviewed=D(2024, 4, 8), item=5873, cat="in_sync", why="Open on both.")
# --- PEEL effectiveness 2016 ---
fr("Tracker", "G6", 6420, "PEEL Effectiveness 2016", "CoC",
   "The force's current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.",
   "D/Supt Public Protection", "See recs below - CoC stays open until all 3 recs closed.", "Amber",
   target="Ongoing", reviewed=D(2024, 3, 4), item=6420, cat="in_sync", why="Cause of concern open on both.")
fr("Tracker", "G6", 6421, "PEEL Effectiveness 2016", "Rec", T["T22"], "D/Supt Public Protection",
   "DVPN/DVPO use up 18% 22/23. Arrest rate monitored monthly at DA Gold. 09/02/24 - keep open until DAPO pilot evaluated.",
   "Amber", target="Oct-24", reviewed=D(2024, 2, 9), item=6421, cat="closeable_local",
   why="HMICFRS current row Complete (load 1033, Dec 2023); force Amber - close locally.")
fr("Tracker", "G6", 6431, "PEEL Effectiveness 2016", "Rec",
   "Force should immediately consider ways of increasing use of arrest, ancillary orders and other available powers (DA victims)",
   "D/Supt Public Protection", "On HMICFRS list twice (6421 and 6431) - updates held against 6421.", "Amber",
   target="Oct-24", reviewed=D(2024, 2, 9), item=None, cat="not_on_hmicfrs_list",
   why="Record 6431 (a duplicate of 6421) has no current row: its only version was end-dated 05/06/2022 when it left the portal feed. Not on the list - query/remove.")
fr("Tracker", "G6", 6422, "PEEL Effectiveness 2016", "Rec", T["T23"], "D/Supt Public Protection",
   "Complete - victim attrition research with Cardiff Uni finished, findings built into DA Matters refresher (Nov 23). Evidence pack to FLL 20/03/24.",
   "Green", target=D(2023, 12, 31), submitted=D(2024, 3, 20), reviewed=D(2024, 3, 20), item=6422, cat="closeable_submit",
   why="Force Green and submitted; HMICFRS current row Being progressed.")
fr("Closed", None, SK_OF_FIRST, "PEEL Effectiveness 2016", "Rec",
   "The practice of conducting DA risk assessments over the telephone and dealing with DA in the resolution centre should cease",
   "D/Supt Public Protection", "DASH by phone stopped 04/17, all DA now attended. Complete.", "Closed",
   closed=D(2018, 3, 13), approved="Gov & Assurance Board 13/03/18", item=6423, cat="in_sync",
   why="The force's 'HMICFRS ID' is the warehouse surrogate key of record 6423's first version, not a HMICFRS id; text is 6423. Closed on both (HMICFRS Complete).")
fr("Tracker", "G6", 6424, "PEEL Effectiveness 2016", "CoC",
   "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases (full text in report).",
   "D/Supt Public Protection", "Missing Persons Problem Profile refreshed Jan 24. See 6425 actions.", "Amber",
   target="Ongoing", reviewed=D(2024, 3, 4), item=6424, cat="in_sync", why="Cause of concern open on both.")
for txt, upd in [
    ("Immediately review approach to reports of missing children and ensure: call takers understand and use the missing and absent category appropriately",
     "Absent category withdrawn (national change), FCC briefed. Complete."),
    ("(missing children) call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases",
     "CSE risk factors in FCC + response training, 96% completion. Complete."),
    ("(missing children) supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action",
     "Duty Insp review at 2/6/12 hrs on Niche mispers - audit Feb 24 98%. Complete, ready for FLL."),
]:
    fr("Tracker", "G6", 6425, "PEEL Effectiveness 2016", "Rec", txt, "D/Supt Public Protection", upd, "Green",
       target=D(2024, 2, 29), reviewed=D(2024, 3, 4), item=6425, cat="closeable_submit",
       why="Rec 6425 split into its three bullets, all Green (force done); HMICFRS current row Being progressed.")
# --- PEEL legitimacy 2017 (national) ---
fr("Tracker", "G7", 8540, "PEEL Legitimacy 2017", "CoC", T["T46"], "Supt Operations (S&S lead)",
   "Disproportionality monitored at Legitimacy Board, external scrutiny panel in place.", "Amber",
   target="Ongoing", reviewed=D(2024, 3, 18), item=8540, cat="in_sync", why="Open on both.")
fr("Closed", None, 8541, "PEEL Legitimacy 2017", "Nat Rec", T["T47"][:255], "Supt Operations (S&S lead)",
   "S&S Power BI dashboard covers ethnicity, find rates incl drugs possession/supply and possession only searches. Complete.",
   "Closed", closed=D(2023, 11, 7), approved="Gov & Assurance Board 07/11/23", item=8541, cat="in_sync",
   why="Force text is the 255-character cut from the pre-October-2022 loads (ends mid-word: '...representation of diff'); its 2nd and 3rd bullets are lost to the cut, not missing. Closed on both (HMICFRS Complete since load 1029).")
fr("Tracker", "G7", 8542, "PEEL Legitimacy 2017", "Nat Rec",
   "Where forces identify disparities through monitoring, they should demonstrate to the public that they have: carried out research and analysis in an attempt to understand the reasons for the disparity, and taken action to reduce the disparity, where necessary;",
   "Supt Operations (S&S lead)", "Research with Swansea Uni on disproportionality - report due summer 24.", "Amber",
   target="Aug-24", reviewed=D(2024, 3, 18), item=8542, cat="in_sync", why="Open on both.")
fr("Tracker", "G7", 8543, "PEEL Legitimacy 2017", "Nat Rec",
   "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2019.",
   "Supt Operations (S&S lead)", "Annual S&S disproportionality report on website Aug 23 - next due Aug 24.", "Amber",
   target="Aug-24", reviewed=D(2024, 3, 18), item=8543, cat="conflict",
   why="Deadline differs: force text says 'from July 2019', HMICFRS text 'from July 2018'. Both open.")
# --- CDI 2018 (split by bullet, one still amber) ---
for txt, upd, rag in [
    ("CDI - put in place arrangements to ensure that at the point of report, victims are believed", "Victim believed principle in FCC + crime recording training. Complete", "Green"),
    ("CDI - conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions", "FCC QA dip sample monthly, 94% (Mar 24). Complete", "Green"),
    ("CDI - multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations", "FCR audit Q4 23/24 - 82% compliance for multiple crimes (DA related incidents weakest). Remains open.", "Amber"),
    ("CDI - the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped", "Stopped, PPU briefed, FCR audit confirms. Complete", "Green"),
    ("CDI - online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or wider public are identified and appropriately managed", "Single Online Home triage by FCC within 1 hr. Complete", "Green"),
]:
    fr("Tracker", "G8", 8902, "CDI 2018", "Rec", txt, "Force Crime & Incident Registrar", upd, rag,
       target=D(2024, 6, 30), reviewed=D(2024, 4, 15), item=8902, cat="in_sync",
       why="Rec 8902 split into its five bullets; one (multiple crimes) still Amber, so the force item is open. HMICFRS current row Being progressed. Open on both.")
# --- PEEL 2018/19 ---
fr("Tracker", "G9", 9310, "PEEL 2018/19", "CoC", T["T8"], "D/Ch Supt Crime & Investigations",
   "Investigation standards programme (ISP) year 2. See 9311/9315.", "Amber", target="Ongoing",
   reviewed=D(2024, 4, 15), item=9310, cat="in_sync", why="Cause of concern open on both.")
fr("Closed", None, 9311, "PEEL 2018/19", "Rec",
   "Conduct a review of officers' capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them",
   "D/Ch Supt Crime & Investigations", "Workload review complete (ISP phase 1), CID uplift 22 posts. Complete.", "Closed",
   closed=D(2022, 12, 6), approved="Gov & Assurance Board 06/12/22", item=9311, cat="in_sync",
   why="Closed on both (HMICFRS Complete since load 1021).")
fr("Tracker", "G9", 9312, "PEEL 2018/19", "Rec",
   "The force should immediately conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.",
   "D/Supt Public Protection", "Vulnerability review with RPB partners completed, new Vulnerability Strategy launched Jan 24. Submitted for closure.",
   "Green", target=D(2024, 1, 31), submitted=D(2024, 2, 28), reviewed=D(2024, 2, 28), item=9312, cat="closeable_submit",
   why="Force Green and submitted; HMICFRS current row Being progressed.")
fr("Tracker", "G9", 9314, "PEEL 2018/19", "Rec", T["T5"], "Head of Corporate Communications",
   "Budget consultation 24/25 ran with OPCC; 'You said we did' page on website from Apr 24.", "Amber",
   target="Jul-24", reviewed=D(2024, 4, 15), item=9314, cat="in_sync",
   why="HMICFRS moved it from Awaiting review to Being progressed (load 1026); force Amber. Open on both.")
fr("Tracker", "G9", 9315, "PEEL 2018/19", "Rec",
   "Within twelve months the force should ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded.",
   "D/Ch Supt Crime & Investigations", "Supervisory review compliance 61% (Niche audit Mar 24) - below 85% target. Escalated to COG.",
   "Red", target=D(2024, 9, 30), reviewed=D(2024, 4, 15), item=9315, cat="conflict",
   why="Timescale differs: force text 'within twelve months', HMICFRS text 'within six months'. Both open.")
fr("Tracker", "G9", 9316, "PEEL 2018/19", "Rec",
   "Within 6 months improve ability to retrieve digital evidence from mobile phones, computers & other electronic devices quickly enough to ensure investigations are not delayed",
   "Head of Digital Forensics", "DFU backlog 9 wks (Apr 24). Kiosks live at 3 stations, 2 outstanding.", "Amber",
   target="Dec-24", reviewed=D(2024, 4, 15), item=9316, cat="closeable_local",
   why="HMICFRS current row Complete (load 1035, Feb 2024); force Amber - close locally.")
fr("Tracker", "G9", 9317, "PEEL 2018/19", "Rec", T["T10"], "Head of Criminal Justice",
   "RUI down from 1,430 to 610. Bail Act changes (Oct 22) implemented; bail management team in CJ.", "Amber",
   target="Sept 24", reviewed=D(2024, 4, 15), item=10462, cat="conflict",
   why="Reference differs: force cites 9317, which HMICFRS deleted at source (tombstone, load 1027) and re-created as 10462 ('Replaces record 9317'). Same text; both open. Force must update its reference.")
fr("Tracker", "G9", 9318, "PEEL 2018/19", "AFI", T["T18"], "Head of Information Management",
   "Niche case file module upgrade live Mar 24; training for CJ staff ongoing.", "Amber",
   target="Jun-24", reviewed=D(2024, 4, 15), item=9318, cat="in_sync",
   why="HMICFRS reclassified it recommendation -> area for improvement (load 1022); the force already calls it an AFI, so no type conflict. Open on both.")
fr("Tracker", "G9", 9319, "PEEL 2018/19", "Rec", T["T20"], "Head of PSD (Vetting Unit)",
   "Vetting backlog 340 (Apr 24) from 1,100. Renewals tracked weekly.", "Amber", target="Dec-24",
   reviewed=D(2024, 4, 15), item=9319, cat="conflict",
   why="Type differs: force 'Rec', HMICFRS current row 'Area for improvement' (reclassified in load 1025). Both open.")
fr("Tracker", "G9", 9320, "PEEL 2018/19", "AFI", TEXTS["TFNO"], "D/Supt Offender Management",
   "FNO process with Immigration Enforcement agreed; ACRO checks on all FN arrests.", "Amber", target="Jun-24",
   reviewed=D(2024, 4, 15), item=9320, cat="in_sync", why="Open on both.")
# --- Disproportionate use of police powers 2021 ---
fr("Tracker", "G10", 10215, "Disproportionate Use of Police Powers 2021", "Nat Rec", T["T51"], "Ch Insp OST",
   "All frontline officers completed comms skills / conflict management input via OST. Evidence to FLL.", "Green",
   target=D(2022, 7, 31), submitted="Jan-24", reviewed=D(2024, 1, 22), item=10215, cat="closeable_submit",
   why="Force Green, submitted; HMICFRS current row Being progressed.")
for txt, upd, rag in [
    ("By Sept 2021 - ensure officers record on BWV (when available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.",
     "BWV policy updated, compliance 97%. Complete", "Green"),
    ("By Sept 2021 - provide external scrutiny panel members with access to samples of BWV footage showing S&S encounters and use of force incidents, taking account of the safeguards in the College of Policing's APP.",
     "Panel views BWV quarterly - data sharing agreement with OPCC being refreshed.", "Amber"),
]:
    fr("Tracker", "G10", 10217, "Disproportionate Use of Police Powers 2021", "Nat Rec", txt, "Supt Operations (S&S lead)",
       upd, rag, target="Ongoing", reviewed=D(2024, 3, 18), item=10217, cat="conflict",
       why="Rec 10217 has three parts; the force has rows for the 1st (record whole encounter on BWV) and 3rd (scrutiny panel access) only - no row for the 2nd (structured internal review of BWV footage).")
fr("Tracker", "G10", 10218, "Disproportionate Use of Police Powers 2021", "Nat Rec", T["T54"], "Supt Operations (S&S lead)",
   "Not for Gwent - HO/NPCC rec. Kept for info.", "White", target="N/A", reviewed=D(2023, 6, 12),
   item=None, cat="not_on_hmicfrs_list",
   why="Record 10218's current row is a tombstone (IsDeleted = 1, load 1023: directed at the Home Office and NPCC). Not on the list.")
fr("Closed", None, 10219, "Disproportionate Use of Police Powers 2021", "Nat Rec", T["T55"], "Supt Operations (S&S lead)",
   "UoF internal monitoring via Legitimacy Board + UoF dashboard, disproportionality explained in annual report. Complete.", "Closed",
   closed=D(2023, 10, 3), approved="Gov & Assurance Board 03/10/23", item=10219, cat="in_sync",
   why="Closed on both (HMICFRS Complete since load 1031).")
# --- learning from other forces (never Gwent's) ---
fr("Tracker", "G11", None, "NCPI Bedfordshire (learning)", "Learning",
   "Within six months Bedfordshire Police should, in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should: ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time; (+4 further bullets - see Beds report)",
   "Ch Insp Custody", "Self assessment v Beds NCPI recs done Nov 23 - PACE beds with LA's still an issue (Newport).",
   "Amber", target="TBC", reviewed=D(2023, 11, 20), item=None, cat="not_on_hmicfrs_list",
   why="A Bedfordshire Police recommendation tracked as learning; never on Gwent's HMICFRS list.")

MISSING = {  # items with no force row
    1504: "Core Business record 1504 (No further action needed) has no force row.",
    5632: "Targeting the risk 'total expired' record 5632 (Complete) has no force row.",
    9313: "PEEL 2018/19 skills project record 9313 (Being progressed) has no force row.",
    10216: "Disproportionate use of police powers record 10216 (CPD / body-worn video debriefs, Being progressed) has no force row.",
}


# ---------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------
def new_book(path, title):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False,
                                    "strings_to_urls": False})
    wb.set_properties({"title": title, "author": "Gwent Police", "company": "Gwent Police",
                       "created": FIXED_CREATED})
    wb.set_custom_property("Classification", "OFFICIAL-SENSITIVE")
    return wb


README_SHEET = [
    ("HMICFRS recommendations - full history extract (Gwent)", "title"),
    ("", None),
    ("Requested by: Governance & Assurance Unit (HMICFRS liaison)   Prepared by: Business Intelligence - Data Warehouse team", None),
    ("Extract run: 13/05/2024 08:41 from DWH-PRD, database GP_DW, table dw.DimHMICFRSRecommendation (latest load: LoadBatchID 1038, 06/05/2024)", None),
    ("", None),
    ("Query (results pasted from SSMS, 'Copy with Headers'):", "bold"),
    ("SELECT r.RecommendationSK, r.HMICFRS_RecID, r.ReportKey, p.ReportTitle, p.PublishedDate, r.ForceCode, r.RecType, r.RecText, r.RecStatus, r.StatusDate, r.HMICFRSComment, r.ReplacesRecID, r.ValidFrom, r.ValidTo, r.IsCurrent, r.IsDeleted, r.LoadBatchID, r.RowHash, r.DW_LastUpdated", None),
    ("FROM dw.DimHMICFRSRecommendation r JOIN dw.DimHMICFRSReport p ON p.ReportKey = r.ReportKey", None),
    ("WHERE r.ForceCode = 62 OR r.ForceCode IS NULL   -- Gwent + national recommendations", None),
    ("ORDER BY r.HMICFRS_RecID, r.ValidFrom;", None),
    ("", None),
    ("Columns", "bold"),
    ("RecommendationSK - warehouse surrogate key, one per row (version). NOT the HMICFRS reference.", None),
    ("HMICFRS_RecID - HMICFRS monitoring portal record id (the reference HMICFRS uses).", None),
    ("ReportKey / ReportTitle / PublishedDate - report the record is filed under (from dw.DimHMICFRSReport). PublishedDate NULL where the portal feed does not hold it.", None),
    ("ForceCode - Home Office force number (62 = Gwent). NULL = national recommendation (applies to all forces).", None),
    ("RecType / RecStatus / RecText - as supplied by the portal feed on that load.", None),
    ("StatusDate - date of the last status change, where the feed supplies it (from load 1019 only).", None),
    ("HMICFRSComment - latest comment on the portal record. ReplacesRecID - set when HMICFRS re-creates a record under a new id.", None),
    ("ValidFrom / ValidTo - dates the version was valid in the warehouse. ValidTo 31/12/9999 = still valid.", None),
    ("IsCurrent - 1 for the latest version of a record, 0 for history. IsDeleted - 1 where the record was deleted at source (tombstone).", None),
    ("LoadBatchID - warehouse load that wrote the row (monthly, first Monday; 1001 = 05/04/2021). RowHash - SHA1 of the business columns, used for change detection.", None),
    ("DW_LastUpdated - when the row was last touched by the ETL (inserted, or end-dated).", None),
    ("", None),
    ("Notes", "bold"),
    ("1. For the current position filter IsCurrent = 1 AND IsDeleted = 0. Earlier rows are history only.", None),
    ("2. Loads before 1019 (03/10/2022): RecText was nvarchar(255) in staging, so longer texts are cut at 255 characters; RecType/RecStatus are portal codes (e.g. 'being-progressed', 'area-for-improvement').", None),
    ("   From 1019 the ETL (v2) takes the full text and the display labels ('Being progressed', 'Area for improvement'). Load 1019 therefore re-versioned every live record - no business change.", None),
    ("3. Deletions: before 1019 a record that dropped out of the feed was simply end-dated (no current row). From 1019 a tombstone row is written with IsDeleted = 1 (IsCurrent = 1) carrying the last known values.", None),
    ("4. NULL in the data = SQL NULL (SSMS copies it as the text NULL). Dates were converted by Excel on paste; DW_LastUpdated stays as text (datetime2).", None),
    ("5. Data owner for the content is HMICFRS. Queries on the warehouse to BI Service Desk, quoting the RecommendationSK.", None),
]


def write_hmicfrs(versions, path):
    wb = new_book(path, "HMICFRS recommendations - DW history extract")
    bold = wb.add_format({"bold": True})
    title = wb.add_format({"bold": True, "font_size": 14})
    rs = wb.add_worksheet("ReadMe")
    rs.set_column(0, 0, 160)
    for i, (txt, kind) in enumerate(README_SHEET):
        if txt:
            rs.write_string(i, 0, txt, title if kind == "title" else bold if kind == "bold" else None)
    ws = wb.add_worksheet(HSHEET)
    datef = wb.add_format({"num_format": "dd/mm/yyyy"})
    for c, h in enumerate(HCOLS):
        ws.write_string(0, c, h)
    rows = sorted(versions, key=lambda v: (v["rid"], v["ValidFrom"]))
    for r, v in enumerate(rows, start=1):
        s = stored(v)
        vals = {"RecommendationSK": v["SK"], "HMICFRS_RecID": v["rid"], **s,
                "ValidFrom": v["ValidFrom"], "ValidTo": v["ValidTo"], "IsCurrent": v["IsCurrent"],
                "IsDeleted": v["deleted"], "LoadBatchID": v["batch"], "DW_LastUpdated": load_stamp(v["touched"])}
        basis = "|".join(str(s[k]) for k in ("ReportKey", "ForceCode", "RecType", "RecText", "RecStatus",
                                              "HMICFRSComment", "ReplacesRecID")) + "|%d|%d" % (v["rid"], v["deleted"])
        vals["RowHash"] = "0x" + hashlib.sha1(basis.encode("utf-8")).hexdigest().upper()
        v["row"] = r + 1
        for c, h in enumerate(HCOLS):
            x = vals[h]
            if x is None:
                ws.write_string(r, c, "NULL")
            elif isinstance(x, dt.date):
                ws.write_datetime(r, c, dt.datetime(x.year, x.month, x.day), datef)
            elif isinstance(x, int):
                ws.write_number(r, c, x)
            else:
                ws.write_string(r, c, x)
    widths = [17, 15, 10, 60, 13, 10, 20, 80, 22, 11, 40, 13, 11, 11, 9, 9, 11, 44, 28]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    ws.autofilter(0, 0, len(rows), len(HCOLS) - 1)
    ws.freeze_panes(1, 0)
    wb.close()
    return rows


TCOLS = ["No.", "HMICFRS ID", "Report", "Type", "Recommendation / AFI (as per report)", "Lead",
         "Update (latest first)", "RAG", "Target date", "Submitted for closure", "Last reviewed"]
CCOLS = ["No.", "HMICFRS ID", "Report", "Type", "Recommendation / AFI", "Lead",
         "Closure evidence / final update", "Status", "Date closed", "Approved at"]
RAG_FILL = {"green": "#92D050", "amber": "#FFC000", "red": "#FF0000", "white": "#FFFFFF", "closed": "#BFBFBF"}


def write_force(path, sk6423):
    wb = new_book(path, "HMICFRS Recommendations Tracker")
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "text_wrap": True, "border": 1})
    title = wb.add_format({"bold": True, "font_size": 14})
    ban = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    ragf = {k: wb.add_format({"bg_color": v, "valign": "top", "border": 1, "bold": True}) for k, v in RAG_FILL.items()}
    for i, f in enumerate(F, start=1):
        f["no"] = i
        if f["hid"] == SK_OF_FIRST:
            f["hid"] = sk6423

    def cell(ws, r, c, x, fmt=wrap):
        if x is None:
            ws.write_blank(r, c, None, fmt)
        elif isinstance(x, dt.date):
            ws.write_datetime(r, c, dt.datetime(x.year, x.month, x.day), datef)
        elif isinstance(x, int):
            ws.write_number(r, c, x, fmt)
        else:
            ws.write_string(r, c, x, fmt)

    ws = wb.add_worksheet("Tracker")
    ws.write_string(0, 0, "Gwent Police – HMICFRS Recommendations & Areas for Improvement Tracker", title)
    ws.write_string(1, 0, "Governance & Assurance Unit  |  Last updated: 29/04/2024  |  OFFICIAL-SENSITIVE  |  Closed items are on the 'Closed' tab")
    for c, h in enumerate(TCOLS):
        ws.write_string(3, c, h, hdr)
    r = 4
    nonitems = [("Tracker", 1, "title row"), ("Tracker", 2, "subtitle / owner / last updated"),
                ("Tracker", 3, "blank row above the header"), ("Tracker", 4, "header row")]
    for gi, (g, gtitle) in enumerate(GROUPS):
        rows = [f for f in F if f["sheet"] == "Tracker" and f["group"] == g]
        if gi > 0:
            nonitems.append(("Tracker", r + 1, "blank spacer row between report groups"))
            r += 1
        ws.merge_range(r, 0, r, len(TCOLS) - 1, gtitle, ban)
        nonitems.append(("Tracker", r + 1, "report banner row: " + gtitle))
        r += 1
        for f in rows:
            vals = [f["no"], f["hid"], f["report"], f["type"], f["text"], f["lead"], f["update"], f["rag"],
                    f["target"], f["submitted"], f["reviewed"]]
            for c, x in enumerate(vals):
                if c == 7:
                    ws.write_string(r, c, x, ragf[x.strip().lower()])
                else:
                    cell(ws, r, c, x)
            f["row"] = "Tracker!%d" % (r + 1)
            r += 1
    for c, w in enumerate([5, 11, 22, 8, 70, 26, 60, 8, 11, 12, 11]):
        ws.set_column(c, c, w)
    ws.freeze_panes(4, 0)

    cs = wb.add_worksheet("Closed")
    cs.write_string(0, 0, "CLOSED – moved from Tracker once closure agreed at Governance & Assurance Board (do not delete)", title)
    nonitems.append(("Closed", 1, "title row"))
    for c, h in enumerate(CCOLS):
        cs.write_string(1, c, h, hdr)
    nonitems.append(("Closed", 2, "header row"))
    r = 2
    for f in [f for f in F if f["sheet"] == "Closed"]:
        vals = [f["no"], f["hid"], f["report"], f["type"], f["text"], f["lead"], f["update"], f["rag"],
                f["closed"], f["approved"]]
        for c, x in enumerate(vals):
            cell(cs, r, c, x, ragf["closed"] if c == 7 else wrap)
        f["row"] = "Closed!%d" % (r + 1)
        r += 1
    for c, w in enumerate([5, 11, 22, 8, 70, 26, 60, 8, 11, 28]):
        cs.set_column(c, c, w)

    ks = wb.add_worksheet("Key")
    key = [("RAG / Status key", title),
           ("GREEN - recommendation implemented / complete; evidence held (submit to HMICFRS for closure)", None),
           ("AMBER - work ongoing and expected to be delivered", None),
           ("RED - beyond deadline, or cannot / will not be implemented (rationale required)", None),
           ("WHITE - not Gwent's responsibility to deliver, or dependent on another organisation", None),
           ("Closed - closure agreed at Governance & Assurance Board; row moved to 'Closed' tab", None),
           ("", None),
           ("HMICFRS ID = record number on HMICFRS monitoring portal. No. = tracker line number (kept when rows move).", None)]
    for i, (t, fm) in enumerate(key):
        if t:
            ks.write_string(i, 0, t, fm)
    ks.set_column(0, 0, 100)
    wb.close()
    return nonitems


def fmt_d(d):
    return d.strftime("%d/%m/%Y")


def main():
    os.makedirs(OUT, exist_ok=True)
    versions = build_versions()
    sk6423 = min(v["SK"] for v in versions if v["rid"] == 6423)
    rows = write_hmicfrs(versions, os.path.join(OUT, "hmicfrs.xlsx"))
    force_nonitems = write_force(os.path.join(OUT, "tracker.xlsx"), sk6423)

    current = {v["rid"]: v for v in rows if v["IsCurrent"] == 1 and v["deleted"] == 0}
    assert len(current) == 40, len(current)

    def hrow(rid):
        return "%s!%d" % (HSHEET, current[rid]["row"])

    truth = []
    for f in F:
        truth.append((hrow(f["item"]) if f["item"] else "", f["row"], f["cat"], f["why"]))
    for rid, why in MISSING.items():
        truth.append((hrow(rid), "", "missing_from_force", why))
    paired = {f["item"] for f in F if f["item"]} | set(MISSING)
    assert paired == set(current), set(current) ^ paired

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    # ------------------------------------------------------------------ README
    cats = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
            "not_on_hmicfrs_list", "review"]
    item_cat = {}
    for f in F:
        if f["item"]:
            item_cat[f["item"]] = f["cat"]
    for rid in MISSING:
        item_cat[rid] = "missing_from_force"
    n_items = {c: sum(1 for x in item_cat.values() if x == c) for c in cats}
    n_items["not_on_hmicfrs_list"] = sum(1 for f in F if f["cat"] == "not_on_hmicfrs_list")
    n_lines = {c: sum(1 for t in truth if t[2] == c) for c in cats}

    hist = []
    for v in rows:
        if v["IsCurrent"] == 1 and v["deleted"] == 0:
            continue
        s = stored(v)
        if v["deleted"]:
            what = "tombstone (IsCurrent 1, IsDeleted 1): record %d deleted at source in load %d - not on the list" % (v["rid"], v["batch"])
        elif v["rid"] == 6431 and "vanished_at" in v:
            what = "last and only version of record 6431, end-dated %s when it dropped out of the feed (no current row) - not on the list" % fmt_d(v["ValidTo"])
        else:
            what = "history version of record %d (IsCurrent 0, valid %s-%s, load %d, status '%s')" % (
                v["rid"], fmt_d(v["ValidFrom"]), fmt_d(v["ValidTo"]), v["batch"], s["RecStatus"])
        hist.append("| %s!%d | %s |" % (HSHEET, v["row"], what))

    cur_table = []
    for rid in sorted(current):
        v = current[rid]
        s = stored(v)
        cur_table.append("| %s!%d | %d | %s | %s | %s | %s |" % (HSHEET, v["row"], rid, REPORTS[v["report"]][1],
                                                              s["RecType"], s["RecStatus"], item_cat[rid]))

    readme = README_TEMPLATE.format(
        n_hrows=len(rows), n_versions_hist=len(hist), n_force=len(F),
        n_tracker=sum(1 for f in F if f["sheet"] == "Tracker"), n_closed=sum(1 for f in F if f["sheet"] == "Closed"),
        sk6423=sk6423,
        counts="\n".join("| %s | %d | %d |" % (c, n_items[c], n_lines[c]) for c in cats),
        total_items=len(current), total_lines=len(truth),
        current_table="\n".join(cur_table),
        hist="\n".join(hist),
        force_nonitems="\n".join("| %s!%d | %s |" % x for x in force_nonitems),
    )
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme)


README_TEMPLATE = """# dwh_history_table_lookalike — Gwent Police, HMICFRS list as a warehouse history (SCD type 2) table

## Story

Gwent Police's Governance & Assurance Unit reconciles its HMICFRS tracker before the Joint Audit
Committee. It no longer downloads the definitive list: the force's BI team loads the HMICFRS
monitoring-portal feed into the force data warehouse every month and keeps full history the
warehouse way (`dw.DimHMICFRSRecommendation`, a slowly changing dimension type 2: one row per
version of each portal record). The analyst asked BI for "the HMICFRS list" and got the SSMS
query result pasted into Excel on 13/05/2024, with a ReadMe sheet. Every version of every record
is in it; only the current version of a record is that record's state on the list.

The force side is the Unit's ordinary tracker (last updated 29/04/2024): a Tracker sheet grouped
under report banner rows, a Closed sheet that rows move to once the force's board agrees closure,
and a Key sheet.

Texts are real public HMICFRS texts (from the shared real-recommendations file; two more from public
HMICFRS pages: Core Business record 1504 from the register's evaluation theme page, and the Gwent
PEEL 2018/19 foreign-national-offenders AFI from Gwent's PEEL 2018 effectiveness page). Several
force-specific texts were written by HMICFRS for other forces (West Mercia, Hampshire, West
Midlands, Devon and Cornwall, Northamptonshire, City of London) and are reused here under Gwent's
real report titles; HMICFRS record ids 902, 1504, 2321, 4822 and 8541 are the real register ids,
the others are invented in the register's plain-integer style. Report titles are real; publication
dates are given only where known (the warehouse holds NULL for the CDI 2018 and PEEL 2018/19
reports).

## Files

### hmicfrs.xlsx (the warehouse extract)
- `ReadMe` — the BI team's notes (query, column meanings, ETL history). Not items.
- `{hsheet}` — header in row 1, {n_hrows} data rows from row 2, sorted by HMICFRS_RecID then
  ValidFrom (versions of one record are contiguous). Columns: RecommendationSK (surrogate key,
  30001+), HMICFRS_RecID (the portal id, the real reference), ReportKey, ReportTitle, PublishedDate,
  ForceCode (62 = Gwent, NULL = national), RecType, RecText, RecStatus, StatusDate, HMICFRSComment,
  ReplacesRecID, ValidFrom, ValidTo (31/12/9999 when open-ended), IsCurrent (1/0), IsDeleted (1/0),
  LoadBatchID (1001 = 05/04/2021 … 1038 = 06/05/2024, monthly), RowHash (0x + SHA1),
  DW_LastUpdated (datetime2 text, e.g. `2024-05-06 02:19:14.2320000`). SQL NULLs are the text `NULL`.
- **Which rows are items:** exactly the rows with IsCurrent = 1 and IsDeleted = 0 — 40 rows, one per
  record on the current list. All other rows are history or tombstones (listed below).
- **A record with no live current row is not on the list.** Three records: 10218 and 9317 have a
  tombstone as current row (IsDeleted = 1; 9317 was re-created as 10462, "Replaces record 9317");
  6431 (a duplicate of 6421) has no current row at all — its last version was end-dated when it
  dropped out of the feed before the ETL wrote tombstones. Force rows for them are
  `not_on_hmicfrs_list` (or, for 9317, paired with its replacement 10462 — see traps).

### tracker.xlsx (the force tracker)
- `Tracker` — title row 1, subtitle row 2, blank row 3, header row 4 (`No.`, `HMICFRS ID`, `Report`,
  `Type`, `Recommendation / AFI (as per report)`, `Lead`, `Update (latest first)`, `RAG`,
  `Target date`, `Submitted for closure`, `Last reviewed`). Items from row 6, under merged report
  banner rows with blank spacer rows between groups. {n_tracker} item rows.
- `Closed` — title row 1, header row 2 (`No.` … `Closure evidence / final update`, `Status`,
  `Date closed`, `Approved at`), {n_closed} item rows from row 3.
- `Key` — RAG definitions. Not items.
- `No.` is the tracker's own line number (kept when a row moves to Closed, so both sheets have gaps);
  it is not an HMICFRS reference. `HMICFRS ID` is the portal id as the force wrote it.
- {n_force} force item rows in all.

## Status rules applied

HMICFRS (current row only; old loads write codes, new loads words — both forms listed):
- open: `awaiting-review` / `Awaiting review`, `being-progressed` / `Being progressed`
- closed: `complete` / `Complete`, `no-further-action-needed` / `No further action needed`,
  `superseded` / `Superseded`
- IsDeleted = 1, or no IsCurrent = 1 row: not on the list (whatever RecStatus the tombstone carries;
  10218's tombstone still says "Awaiting review").

Force:
- done: RAG `Green` (any case: Green/GREEN), and every row on the Closed sheet (`Closed`).
  `White` (not Gwent's to deliver) also counts as done, but the only White row is not on the list.
- open: `Amber`/`amber`/`AMBER`, `Red`.
- A recommendation the force split into several rows is done only if every row is done (8902 has
  one Amber bullet: open).

Category = in_sync when both open or both closed/done; closeable_submit when HMICFRS open and force
done; closeable_local when HMICFRS closed and force open; conflict when a fact differs (report,
type, reference, timescale/deadline, a bullet with no force row) whatever the statuses. A national
recommendation (ForceCode NULL, type Recommendation) written by the force as `Nat Rec` is not a type
conflict. No pair here is undecidable, so there is no `review`.

## Traps and how the truth decides them

1. **Versions, not items.** 40 records but {n_hrows} rows; only the current row counts. Truth names
   the current row as hmicfrs_row.
2. **Closed then re-opened** (1187): Complete in loads 1010-1029, re-opened (Being progressed) in
   load 1030; force Amber → in_sync, not closeable.
3. **Status progressing over loads**: 9314 (Awaiting review → Being progressed), 5631, 6421, 8541,
   9311, 9316, 10219 (→ Complete). Categories use the current status only: 6421, 9316 and 5631 are
   closeable_local although older rows say open.
4. **Reclassified** 9318 and 9319 (recommendation → Area for improvement). 9318: force already says
   AFI → in_sync. 9319: force still says Rec → conflict (type).
5. **Moved to another report record** 8546: filed under Stop and search powers (2013) until load
   1024, then PEEL: police legitimacy 2017. Force still files it under Stop & Search 2013 → conflict
   (report).
6. **255-character cut**: loads before 1019 hold texts over 255 characters cut at 255. The force's
   row for 8541 was copied from an old extract and ends mid-word ("...representation of diff"), so
   its 2nd and 3rd bullets are gone — truncation, not a missing bullet → in_sync (closed both).
7. **Codes vs words**: `being-progressed`/`area-for-improvement` in old loads, `Being progressed`/
   `Area for improvement` in new ones; load 1019 re-versioned every live record with no business
   change.
8. **Deleted at source**: 10218 (tombstone, directed at Home Office/NPCC; force row White) →
   not_on_hmicfrs_list. 6431 (duplicate, end-dated, no current row; force keeps a row for it) →
   not_on_hmicfrs_list.
9. **Deleted and re-created**: 9317 deleted (tombstone, load 1027) and re-created as 10462
   ("Replaces record 9317", ReplacesRecID 9317). The force row still cites 9317 → paired with 10462,
   conflict (reference); both open.
10. **Surrogate key as reference**: the force's Closed row for 6423 gives HMICFRS ID {sk6423}, which
    is the RecommendationSK of record 6423's first version, not a portal id. Text and report are
    6423's → in_sync (closed both).
11. **Splits**: 2321 (4 bullet rows, Closed) in_sync; 6425 (3 bullet rows, all Green) closeable_submit;
    8902 (5 bullet rows, one Amber) in_sync; 10217 (rows for bullets 1 and 3 only) conflict
    (bullet 2 has no row).
12. **Timescale/deadline conflicts**: 9315 force "within twelve months" vs HMICFRS "within six
    months"; 8543 force "from July 2019" vs "from July 2018".
13. **Never Gwent's**: a Bedfordshire NCPI recommendation tracked as learning → not_on_hmicfrs_list.
14. **Missing from force**: 1504, 5632 (both closed on the list), 9313, 10216 (open) have no force row.
15. **Tracker numbering**: `No.` is not a reference; banner rows and blank spacer rows sit inside
    the table; RAG also shown by cell fill.

## Counts

| category | items (force rows for not_on_hmicfrs_list) | truth lines |
|---|---|---|
{counts}

HMICFRS items: {total_items}. Truth lines: {total_lines}.

## Current rows (the 40 items)

| row | HMICFRS_RecID | report | type | status | category |
|---|---|---|---|---|---|
{current_table}

## Rows that are not items

### hmicfrs.xlsx
- `ReadMe` sheet: every row (BI notes, query text, column descriptions).
- `{hsheet}!1`: header row.

| row | what it is |
|---|---|
{hist}

### tracker.xlsx
- `Key` sheet: every row (RAG key).

| row | what it is |
|---|---|
{force_nonitems}
"""
README_TEMPLATE = README_TEMPLATE.replace("{hsheet}", HSHEET)

if __name__ == "__main__":
    main()
