#!/usr/bin/env python3
"""Build the evaluation case `hmicfrs_dwh_scd2_version_rows` (round 108, brief B).

The HMICFRS side is a data-warehouse extract: the force's BI team lands every HMICFRS
export in a type-2 slowly-changing dimension and, asked for "the current definitive list",
sends the whole history view (one row per version, IsCurrent flag, ValidFrom/ValidTo).
The force side is an ordinary organisational-learning tracker.

Deterministic: no randomness beyond a fixed seed, fixed workbook properties.
Only the standard library and XlsxWriter are used.
"""
import csv
import datetime as dt
import io
import os
import random

import xlsxwriter

CASE = "hmicfrs_dwh_scd2_version_rows"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
random.seed(108)

D = dt.date
DT = dt.datetime

# ---------------------------------------------------------------------------
# Real HMICFRS texts (copied from the shared real_recommendations.csv; key = its row index)
# ---------------------------------------------------------------------------
TXT = {
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
    57: 'Within six months Bedfordshire Police should, in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff comply with their statutory duties to complete detention certificates if a child is detained for any reason in police custody following charge;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested.',
    58: 'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.',
    59: 'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.',
    60: 'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.',
    61: 'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.',
}

# ---------------------------------------------------------------------------
# Reports (titles and publication dates as published by HMICFRS)
# ---------------------------------------------------------------------------
REPORTS = {
    "R1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police", D(2019, 9, 27)),
    "CDI19": ("West Mercia Police – Crime Data Integrity inspection 2019", D(2019, 10, 8)),
    "EFF15": ("PEEL: Police efficiency 2015 – West Mercia Police", D(2015, 10, 15)),
    "EFT16": ("PEEL: Police effectiveness 2016 – West Mercia Police", D(2017, 3, 2)),
    "LEG17W": ("PEEL: Police legitimacy 2017 – West Mercia Police", D(2017, 12, 12)),
    "SS13": ("Stop and search powers: Are the police using them effectively and fairly?", D(2013, 7, 9)),
    "EB14": ("Everyone's business: Improving the police response to domestic abuse", D(2014, 3, 27)),
    "CB14": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", None),
    "IM15": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", D(2015, 1, 30)),
    "TR15": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", D(2015, 9, 15)),
    "LEG17N": ("PEEL: Police legitimacy 2017 – A national overview", D(2017, 12, 12)),
    "DUP21": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", D(2021, 2, 26)),
}
NATIONAL = {"SS13", "EB14", "CB14", "IM15", "TR15", "LEG17N", "DUP21"}

# ---------------------------------------------------------------------------
# Warehouse load batches (quarterly). Batches 1-4 came from the old register export
# (status/type slugs, ItemText cut at 255 characters); from batch 5 the source is the
# monitoring-portal export (display words, full text) and every live record got a new version.
# ---------------------------------------------------------------------------
BATCH_DATES = [D(2020, 4, 6), D(2020, 7, 6), D(2020, 10, 5), D(2021, 1, 11), D(2021, 4, 12),
               D(2021, 7, 5), D(2021, 10, 4), D(2022, 1, 10), D(2022, 4, 4), D(2022, 7, 4),
               D(2022, 10, 3), D(2023, 1, 9), D(2023, 4, 3), D(2023, 7, 3), D(2023, 10, 2),
               D(2024, 1, 8)]
SOURCE_DATES = [D(2020, 4, 3), D(2020, 7, 3), D(2020, 10, 2), D(2021, 1, 8), D(2021, 4, 9),
                D(2021, 7, 2), D(2021, 10, 1), D(2022, 1, 7), D(2022, 4, 1), D(2022, 7, 1),
                D(2022, 9, 30), D(2023, 1, 6), D(2023, 3, 31), D(2023, 6, 30), D(2023, 9, 29),
                D(2024, 1, 5)]
PORTAL_FROM = 5


def batch(b):
    """(LoadBatchID, load datetime, source file name) of batch number b (1-based)."""
    d = BATCH_DATES[b - 1]
    s = SOURCE_DATES[b - 1]
    loaded = DT(d.year, d.month, d.day, 2, 11 + (b * 7) % 19, (b * 23) % 60)
    if b < PORTAL_FROM:
        src = "HMICFRS_register_WestMercia_%s.csv" % s.strftime("%Y%m%d")
    else:
        src = "Force_Recommendations_Export_West Mercia_%s.xlsx" % s.strftime("%d-%m-%Y")
    return 1040 + b, loaded, src


OLD_STATUS = {"Awaiting review": "awaiting-review", "Being progressed": "being-progressed",
              "Complete": "complete", "Superseded": "complete"}
OLD_TYPE = {"Recommendation": "recommendation", "Area for improvement": "area-for-improvement",
            "Cause of concern": "cause-of-concern", "National recommendation": "national-recommendation"}

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"
BP, AR, CO, SU = "Being progressed", "Awaiting review", "Complete", "Superseded"
NEWREC = "New recommendation"
DONE_TXT = "This recommendation is complete"
SUPERSEDED_TXT = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
                  "inspections. Where a cause of concern still exists this will appear in the register "
                  "against these subsequent inspections.")
MONITOR_TXT = ("The progress of the implementation of this recommendation is currently being monitored by "
               "HMICFRS and this record will, in due course, be updated.")
REVIEW_TXT = ("The status of this recommendation is currently being reviewed by HMIC and will be updated "
              "when this review is complete.")

# ---------------------------------------------------------------------------
# HMICFRS records: key, text row, ref, report, type, first batch, initial (status, date, comment),
# events {batch: dict(status/date/comment/type/report)}, delete_at batch.
# ---------------------------------------------------------------------------
def rec(key, t, ref, report, typ, init, events=None, first=1, delete_at=None, init_type=None):
    return dict(key=key, t=t, ref=ref, report=report, type=typ, init=init, events=events or {},
                first=first, delete_at=delete_at, init_type=init_type or typ)


RECORDS = [
    rec("coc_alliance", 7, 10401, "R1819", COC, (BP, D(2019, 9, 27), NEWREC),
        {5: dict(status=CO, date=D(2021, 3, 18), comment="Authorised for closure on the basis of the evidence provided by the force and the observations of the force liaison lead.")}),
    rec("coc_investigation", 8, 10402, "R1819", COC, (BP, D(2019, 9, 27), NEWREC),
        {12: dict(date=D(2022, 12, 14), comment="Linked to PEEL 2021/22 area for improvement on investigation standards. " + MONITOR_TXT)}),
    rec("rec_workload", 0, 10403, "R1819", REC, (BP, D(2019, 9, 27), NEWREC),
        {7: dict(status=CO, date=D(2021, 9, 2), comment=DONE_TXT)}),
    rec("rec_vulnerability", 1, 10404, "R1819", REC, (BP, D(2019, 9, 27), NEWREC),
        {6: dict(status=CO, date=D(2021, 6, 10), comment=DONE_TXT)}),
    rec("rec_skills", 2, 10405, "R1819", REC, (BP, D(2019, 9, 27), NEWREC),
        {10: dict(status=SU, date=D(2022, 6, 22), comment="This area of activity has subsequently been inspected in our PEEL 2021/22 inspection. Where a cause of concern still exists this will appear in the register against this subsequent inspection.")}),
    rec("rec_transition", 3, 10406, "R1819", REC, (BP, D(2019, 9, 27), NEWREC),
        {2: dict(status=CO, date=D(2020, 6, 30), comment=DONE_TXT)}),
    rec("rec_opmodel", 4, 10407, "R1819", REC, (BP, D(2019, 9, 27), NEWREC),
        {3: dict(status=CO, date=D(2020, 9, 24), comment=DONE_TXT)}),
    rec("rec_consult", 5, 10408, "R1819", REC, (BP, D(2019, 9, 27), NEWREC),
        {16: dict(status=AR, date=D(2023, 11, 3), comment="Closure evidence received from the force 03/11/2023. Awaiting review by HMI.")}),
    rec("rec_supervision", 6, 10409, "R1819", REC, (BP, D(2019, 9, 27), NEWREC),
        {8: dict(date=D(2021, 12, 1), comment=MONITOR_TXT)}),
    rec("rec_digital", 9, 10410, "R1819", REC, (BP, D(2019, 9, 27), NEWREC),
        {11: dict(status=CO, date=D(2022, 9, 20), comment=DONE_TXT),
         13: dict(status=BP, date=D(2023, 3, 15), comment="Re-opened: PEEL 2021/22 fieldwork found the digital forensic backlog has grown. Further evidence required before closure.")}),
    rec("rec_rui_bail", 10, 10411, "R1819", REC, (BP, D(2019, 9, 27), NEWREC)),
    rec("afi_crime_system", 18, 10412, "R1819", AFI, (BP, D(2019, 9, 27), NEWREC), init_type=REC),
    rec("rec_vetting", 20, 10413, "R1819", REC, (BP, D(2019, 9, 27), NEWREC),
        {7: dict(report="LEG17W", date=D(2021, 8, 19), comment="Report reference corrected – recommendation arises from PEEL: Police legitimacy 2017.")}),
    rec("rec_cdi", 11, 10588, "CDI19", REC, (BP, D(2019, 10, 8), NEWREC),
        {14: dict(date=D(2023, 5, 12), comment="Force update 12/05/23: crime bureau QA in place, victim belief in call handler training. Onlien crime triage pilot not yet started.")}),
    rec("afi_demand", 14, 5130, "EFF15", AFI, (CO, D(2017, 5, 11), DONE_TXT)),
    rec("afi_costs", 15, 5131, "EFF15", AFI, (CO, D(2017, 5, 11), DONE_TXT)),
    rec("afi_workforce", 16, 5132, "EFF15", AFI, (BP, D(2015, 10, 15), NEWREC),
        {8: dict(status=SU, date=D(2022, 1, 5), comment=SUPERSEDED_TXT)}),
    rec("coc_da", 21, 6810, "EFT16", COC, (CO, D(2018, 8, 14), "Authorised for closure on the basis of the observations of the PEEL effectiveness 2017 inspection team.")),
    rec("rec_da_arrest", 22, 6811, "EFT16", REC, (BP, D(2017, 3, 2), NEWREC),
        {3: dict(status=CO, date=D(2020, 9, 10), comment=DONE_TXT)}),
    rec("rec_da_support", 23, 6812, "EFT16", REC, (BP, D(2017, 3, 2), NEWREC),
        {14: dict(status=AR, date=D(2023, 6, 19), comment="Closure evidence received from the force. Awaiting review.")}),
    rec("rec_da_phone", 24, 6813, "EFT16", REC, (CO, D(2017, 11, 30), DONE_TXT)),
    rec("coc_missing", 25, 6814, "EFT16", COC, (BP, D(2017, 3, 2), NEWREC)),
    rec("rec_missing_old", 26, 6815, "EFT16", REC, (BP, D(2017, 3, 2), NEWREC), delete_at=9),
    rec("rec_missing", 26, 12207, "EFT16", REC, (BP, D(2022, 3, 28), "Record re-created following data correction. Replaces record 6815."), first=9),
    rec("ss_app", 27, 1204, "SS13", NAT, (CO, D(2015, 3, 26), DONE_TXT)),
    rec("ss_monitoring", 28, 1205, "SS13", NAT, (CO, D(2015, 3, 26), DONE_TXT)),
    rec("da_action_plan", 56, 2321, "EB14", NAT, (SU, D(2016, 4, 13), SUPERSEDED_TXT)),
    rec("thr_criteria", 12, 4822, "CB14", NAT, (BP, D(2015, 6, 3), REVIEW_TXT)),
    rec("misconduct_nfa", 13, 902, "IM15", NAT, (CO, D(2016, 2, 19), DONE_TXT)),
    rec("fl_governance", 58, 5011, "TR15", NAT, (CO, D(2016, 3, 1), DONE_TXT)),
    rec("fl_demand", 59, 5012, "TR15", NAT, (CO, D(2016, 3, 1), DONE_TXT)),
    rec("fl_expired", 60, 5013, "TR15", NAT, (CO, D(2016, 3, 1), DONE_TXT)),
    rec("fl_permits", 61, 5014, "TR15", NAT, (BP, D(2015, 9, 15), NEWREC),
        {12: dict(date=D(2022, 11, 24), comment="Force to provide evidence that temporary permits are recorded on NFLMS without delay.")}),
    rec("leg_coc", 46, 8540, "LEG17N", COC, (BP, D(2017, 12, 12), NEWREC)),
    rec("leg_monitor", 47, 8541, "LEG17N", NAT, (BP, D(2017, 12, 12), NEWREC),
        {10: dict(date=D(2022, 6, 9), comment="Force update: monthly disproportionality dashboard in place, external scrutiny panel reviews quarterly.")}),
    rec("leg_disparity", 48, 8542, "LEG17N", NAT, (BP, D(2017, 12, 12), NEWREC),
        {13: dict(status=CO, date=D(2023, 2, 27), comment=DONE_TXT)}),
    rec("leg_publish", 49, 8543, "LEG17N", NAT, (BP, D(2017, 12, 12), NEWREC),
        {5: dict(date=D(2021, 3, 30), comment="HMICFRS reviewing whether this is a recommendation or a statement of expectation.")},
        delete_at=6),
    rec("leg_training", 50, 8544, "LEG17N", NAT, (BP, D(2017, 12, 12), NEWREC)),
    rec("dup_comms", 51, 11920, "DUP21", NAT, (BP, D(2021, 2, 26), NEWREC), first=5),
    rec("dup_cpd", 52, 11921, "DUP21", NAT, (BP, D(2021, 2, 26), NEWREC),
        {14: dict(status=CO, date=D(2023, 5, 31), comment=DONE_TXT)}, first=5),
    rec("dup_bwv", 53, 11922, "DUP21", NAT, (BP, D(2021, 2, 26), NEWREC), first=5),
    rec("dup_uof", 55, 11923, "DUP21", NAT, (BP, D(2021, 2, 26), NEWREC), first=5),
]


def render(r, state, b):
    """The row the warehouse holds for record r in state `state` loaded by batch b."""
    title, pub = REPORTS[state["report"]]
    text = TXT[r["t"]]
    status, typ = state["status"], state["type"]
    if b < PORTAL_FROM:
        text = text[:255]            # old nvarchar(255) staging column
        status = OLD_STATUS[status]
        typ = OLD_TYPE[typ]
        if state["report"] in NATIONAL:
            pub = None               # the old register export carried no date for national reports
    return (r["ref"], "West Mercia Police", title, pub, typ, text, status, state["date"], state["comment"])


def build_versions():
    rows = []  # dicts: rec key, batch, values, valid_to (None = current)
    for r in RECORDS:
        st = dict(status=r["init"][0], date=r["init"][1], comment=r["init"][2],
                  type=r["init_type"], report=r["report"])
        last = None
        for b in range(r["first"], len(BATCH_DATES) + 1):
            if r["delete_at"] == b:
                last["valid_to"] = batch(b)[1] - dt.timedelta(seconds=1)
                last["deleted"] = b
                last = None
                break
            if b == PORTAL_FROM and r["type"] != r["init_type"]:
                st["type"] = r["type"]
            for k, v in r["events"].get(b, {}).items():
                st[k] = v
            vals = render(r, st, b)
            if last is None or vals != last["vals"]:
                if last is not None:
                    last["valid_to"] = batch(b)[1] - dt.timedelta(seconds=1)
                last = dict(key=r["key"], batch=b, vals=vals, valid_to=None, deleted=False)
                rows.append(last)
    rows.sort(key=lambda x: (x["batch"], x["vals"][0]))
    sk = 20311
    for x in rows:
        sk += random.choice([1, 1, 1, 2, 3, 5, 8, 13, 21, 34])  # other forces' rows are filtered out
        x["sk"] = sk
    return rows

# ---------------------------------------------------------------------------
# Truth categories of the HMICFRS items (current records)
# ---------------------------------------------------------------------------
CATEGORY = {}
for k in ["coc_alliance", "coc_investigation", "rec_vulnerability", "rec_transition", "rec_opmodel",
          "rec_rui_bail", "afi_demand", "coc_da", "rec_da_phone", "coc_missing", "ss_app",
          "fl_governance", "fl_demand", "fl_expired", "leg_coc", "dup_comms", "dup_cpd", "dup_bwv"]:
    CATEGORY[k] = "in_sync"
for k in ["rec_consult", "rec_digital", "rec_da_support", "thr_criteria", "fl_permits", "leg_monitor"]:
    CATEGORY[k] = "closeable_submit"
for k in ["rec_workload", "rec_skills", "afi_workforce", "rec_da_arrest", "da_action_plan", "leg_disparity"]:
    CATEGORY[k] = "closeable_local"
for k in ["rec_supervision", "afi_crime_system", "rec_vetting", "rec_cdi", "rec_missing", "misconduct_nfa"]:
    CATEGORY[k] = "conflict"
for k in ["afi_costs", "ss_monitoring", "leg_training", "dup_uof"]:
    CATEGORY[k] = "missing_from_force"

WHY = {
    "coc_alliance": "Same ref 10401 and CoC text; HMICFRS current version Complete (load 1045), tracker GREEN.",
    "coc_investigation": "Ref 10402, abridged CoC text; HMICFRS Being progressed, tracker AMBER.",
    "rec_vulnerability": "Ref 10404; HMICFRS Complete since load 1046, tracker GREEN.",
    "rec_transition": "Ref 10406; HMICFRS complete from load 1042 onwards (current row says Complete), tracker GREEN.",
    "rec_opmodel": "Ref 10407; HMICFRS Complete, tracker GREEN.",
    "rec_rui_bail": "Ref 10411; HMICFRS Being progressed, tracker AMBER.",
    "afi_demand": "Ref 5130; HMICFRS Complete, tracker GREEN.",
    "coc_da": "Ref 6810; HMICFRS Complete, tracker GREEN.",
    "rec_da_phone": "Ref 6813; HMICFRS Complete, tracker GREEN.",
    "coc_missing": "Ref 6814 (the CoC, not the re-keyed recommendation); HMICFRS Being progressed, tracker AMBER.",
    "ss_app": "No ref on the tracker; same 2013 stop and search text; HMICFRS Complete, tracker GREEN.",
    "fl_governance": "No ref on the tracker; Targeting the risk text ('Within 3 months'); Complete / GREEN.",
    "fl_demand": "No ref on the tracker; Complete / GREEN.",
    "fl_expired": "No ref on the tracker; Complete / GREEN.",
    "leg_coc": "No ref on the tracker; legitimacy 2017 CoC; Being progressed / RED (both open).",
    "dup_comms": "No ref on the tracker; same deadline By July 2022; Being progressed / AMBER.",
    "dup_cpd": "No ref on the tracker; Complete (load 1054) / GREEN.",
    "dup_bwv": "No ref on the tracker; three-part text abridged; Being progressed / RED (both open).",
    "rec_consult": "Ref 10408; HMICFRS current status Awaiting review (evidence received 03/11/2023, still open), tracker GREEN with closure submitted.",
    "rec_digital": "Ref 10410; HMICFRS marked it Complete in load 1051 but RE-OPENED it in load 1053 (current row Being progressed); tracker still GREEN from the old closure. Only the IsCurrent row counts.",
    "rec_da_support": "Ref 6812; HMICFRS Awaiting review (open), tracker GREEN, submitted 14/06/2023.",
    "thr_criteria": "Ref 4822; HMICFRS Being progressed ('status ... currently being reviewed by HMIC'), tracker GREEN since 2016.",
    "fl_permits": "No ref on the tracker; HMICFRS Being progressed (evidence requested), tracker GREEN.",
    "leg_monitor": "Ref 8541 split by the force into three bullet rows, all GREEN; HMICFRS Being progressed.",
    "rec_workload": "Ref 10403; HMICFRS Complete since load 1047, tracker AMBER.",
    "rec_skills": "Ref 10405; HMICFRS Superseded (load 1050), tracker AMBER.",
    "afi_workforce": "Ref 5132; HMICFRS Superseded (load 1048), tracker RED.",
    "rec_da_arrest": "Ref 6811; HMICFRS complete since load 1043 (current row Complete), tracker AMBER.",
    "da_action_plan": "Ref 2321; HMICFRS Superseded (closure by the 'subsequently been inspected' comment), tracker AMBER.",
    "leg_disparity": "Ref 8542; HMICFRS Complete (load 1053), tracker AMBER.",
    "rec_supervision": "Ref 10409 matches, but the tracker says 'within twelve months', HMICFRS 'within six months' (timescale). Both open.",
    "afi_crime_system": "Ref 10412: HMICFRS reclassified it as an Area for improvement at load 1045 (old rows say recommendation); tracker still types it Rec (type). Both open.",
    "rec_vetting": "Ref 10413: HMICFRS moved it to 'PEEL: Police legitimacy 2017 – West Mercia Police' at load 1047 ('Report reference corrected'); tracker files it under PEEL 2018/19 (report). Both open.",
    "rec_cdi": "Ref 10588; the force split the five-bullet CDI recommendation into four rows and has no row for the fifth bullet (online reports triaged at the point of receipt) - a bullet the force has no row for.",
    "rec_missing": "Tracker rows carry ref 6815, a record HMICFRS deleted at load 1049 and re-created as 12207 ('Replaces record 6815'); same report and text, so the pair is certain but the reference disagrees. Three bullet rows, all AMBER; HMICFRS Being progressed.",
    "misconduct_nfa": "Ref 902 matches, but the tracker deadline is 'By 31 March 2015', HMICFRS 'By 31 August 2015' (deadline).",
    "afi_costs": "Ref 5131 Complete on the HMICFRS list; no tracker row (dropped from the tracker after closure).",
    "ss_monitoring": "Ref 1205 Complete on the HMICFRS list; the tracker only has the first 2013 stop and search recommendation.",
    "leg_training": "Ref 8544 open on the HMICFRS list (unconscious bias / APP training); no tracker row.",
    "dup_uof": "Ref 11923 open on the HMICFRS list (internal monitoring of use of force); no tracker row.",
}

# ---------------------------------------------------------------------------
# Force tracker
# ---------------------------------------------------------------------------
FR = {  # report as the force writes it, and its 'Published' cell (value, number format or None for text)
    "R1819": ("PEEL 2018/19", D(2019, 9, 27), "dd/mm/yyyy"),
    "CDI19": ("Crime Data Integrity 2019", D(2019, 10, 8), "mmm-yy"),
    "EFF15": ("PEEL Efficiency 2015", "Oct 2015", None),
    "EFT16": ("PEEL Effectiveness 2016", D(2017, 3, 2), "dd/mm/yyyy"),
    "SS13": ("Stop & Search 2013 (national)", "Jul 2013", None),
    "EB14": ("Everyone's Business - DA (national)", D(2014, 3, 27), "dd/mm/yyyy"),
    "CB14": ("Core Business (national)", "2014", None),
    "IM15": ("Integrity Matters (national)", D(2015, 1, 30), "dd/mm/yyyy"),
    "TR15": ("Targeting the Risk - Firearms Licensing", D(2015, 9, 15), "dd/mm/yyyy"),
    "LEG17N": ("PEEL Legitimacy 2017 - national", "Dec 2017", None),
    "DUP21": ("Disproportionate Use of Police Powers (spotlight)", D(2021, 2, 26), "mmm-yy"),
    "NCPI": ("NCPI Bedfordshire - regional learning", "2017", None),
}


def f(key, ref, rep, typ, text, lead, dept, update, rag, submitted=None):
    return dict(key=key, ref=ref, rep=rep, typ=typ, text=text, lead=lead, dept=dept,
                update=update, rag=rag, submitted=submitted)


FORCE = [
    # PEEL 2018/19
    f("coc_alliance", 10401, "R1819", "CoC", TXT[7], "ACC Local Policing", "Change Programme",
      "Alliance ended 30/09/19. Transition plan delivered. HMICFRS confirmed closed Mar-21.", "GREEN", D(2020, 12, 15)),
    f("coc_investigation", 10402, "R1819", "CoC",
      "Force does not have the capacity or capability to investigate crime effectively - affecting service to the public. Failings in the way crimes are being investigated.",
      "ACC Crime", "Crime & Vulnerability",
      "Investigative Standards Board monitoring. Linked to PEEL 21/22 AFI on investigations.", "AMBER"),
    f("rec_workload", 10403, "R1819", "Rec",
      "Conduct a review of officers capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them",
      "D/Supt Investigations", "Crime & Vulnerability",
      "Workload review done (Jul 21). Demand model refresh due Q4 23/24 - keep open until then.", "AMBER"),
    f("rec_vulnerability", 10404, "R1819", "Rec",
      "Conduct a review, involving partners, of the approach to vulnerability to better safeguard vulnerable people.",
      "Supt Safeguarding", "Crime & Vulnerability", "Review completed with partners, new vulnerability strategy 2021.", "GREEN", D(2021, 4, 30)),
    f("rec_skills", 10405, "R1819", "Rec",
      "Expand the skills project work to include assessment of all skills (not only operational) incl. future skills requirements - to inform workforce plans",
      "Head of People", "People Directorate",
      "Skills audit phase 2 with People Directorate. Waiting on new HR system (Oracle Fusion).", "AMBER"),
    f("rec_transition", 10406, "R1819", "Rec",
      "Agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services",
      "DCC", "Change Programme", "Collaboration agreement signed. Complete.", "GREEN", D(2020, 5, 29)),
    f("rec_opmodel", 10407, "R1819", "Rec",
      "Clearly define new operating model ensuring all operational and support services are affordable and fit to protect the communities of West Mercia",
      "DCC", "Change Programme", "Operating model live Oct-19. Complete.", "GREEN", D(2020, 8, 14)),
    f("rec_consult", 10408, "R1819", "Rec",
      "Improve arrangements to consult with the public about business planning and feed back on changes made to service delivery as a result of consultation.",
      "Head of Corporate Comms", "Corporate Services",
      "Public consultation framework agreed with OPCC. Evidence pack submitted to HMICFRS FLL 03/11/23.", "GREEN", D(2023, 11, 3)),
    f("rec_supervision", 10409, "R1819", "Rec",
      "HMIC recommends that within twelve months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;",
      "D/Supt Investigations", "Crime & Vulnerability",
      "Supervisory review template on Athena. Compliance 71% (Nov 23).", "AMBER"),
    f("rec_digital", 10410, "R1819", "Rec",
      "Improve ability to retrieve digital evidence from mobile phones, computers & other electronic devices quickly enough so investigations are not delayed",
      "Head of Digital Forensics", "Forensic Services",
      "Kiosks in all hubs. HMICFRS confirmed complete Sept 22. Closed.", "GREEN", D(2022, 7, 12)),
    f("rec_rui_bail", 10411, "R1819", "Rec",
      "Improve its understanding of suspects released under investigation (RUI) and the management of those released on bail",
      "Ch Insp Criminal Justice", "Criminal Justice",
      "Bail & RUI dashboard live. PCSC Act 2022 bail changes embedded - audit due Feb 24.", "AMBER"),
    f("afi_crime_system", 10412, "R1819", "Rec",
      "The force should improve its use of its crime recording and management system to better manage its case files and investigative processes.",
      "Force Crime Registrar", "Crime & Vulnerability", "Athena case file QA - training refresh Q3.", "AMBER"),
    f("rec_vetting", 10413, "R1819", "Rec", TXT[20], "Head of PSD", "Professional Standards",
      "Vetting backlog down to 212 (Dec 23). Two additional vetting officers recruited.", "AMBER"),
    # CDI 2019 - one recommendation split into bullet rows (no row for the 5th bullet)
    f("rec_cdi", 10588, "CDI19", "Rec",
      "Within six months put in place arrangements to ensure that: at the point of report, victims are believed",
      "Force Crime Registrar", "Crime & Vulnerability", "Victim belief statement in OCC training.", "GREEN"),
    f("rec_cdi", 10588, "CDI19", "Rec",
      "conversations between the call handlers and callers are summarised accurately in the incident log, providing attending officers with full facts for crime-recording decisions",
      "Head of OCC", "Operations Communications Centre", "Incident log QA by crime bureau.", "GREEN"),
    f("rec_cdi", 10588, "CDI19", "Rec",
      "multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations",
      "Force Crime Registrar", "Crime & Vulnerability", "Audit Oct 23 - 88% compliance.", "AMBER"),
    f("rec_cdi", 10588, "CDI19", "Rec",
      "the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped",
      "Force Crime Registrar", "Crime & Vulnerability", "Stopped - bureau records at first contact.", "GREEN"),
    # PEEL Efficiency 2015
    f("afi_demand", 5130, "EFF15", "AFI",
      "Undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand, so it can make best use of resources by matching them to demand",
      "Head of Business Insight", "Corporate Services", "Demand model 2017. Closed by HMICFRS.", "GREEN", D(2017, 3, 31)),
    f("afi_workforce", 5132, "EFF15", "AFI",
      "Develop a future workforce plan aligned with overall demand & budget. Plan to include future resource allocations, the mix of skills required by the workforce and behaviours expected of them",
      "Head of People", "People Directorate", "Workforce plan overdue - dependent on skills audit (see 10405).", "RED"),
    # PEEL Effectiveness 2016
    f("coc_da", 6810, "EFT16", "CoC",
      "Force's current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.",
      "Supt Safeguarding", "Crime & Vulnerability", "Closed by HMICFRS Aug 18.", "GREEN", D(2018, 3, 1)),
    f("rec_da_arrest", 6811, "EFT16", "Rec",
      "In order to improve the service it provides to victims of DA, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.",
      "Supt Safeguarding", "Crime & Vulnerability",
      "DA arrest rate 46% (Nov 23), DVPN/DVPO use up. Continuing to monitor via DA Delivery Group.", "AMBER"),
    f("rec_da_support", 6812, "EFT16", "Rec",
      "Take steps to understand and address the reason why such a high proportion of DA victims do not support the police investigation",
      "Supt Safeguarding", "Crime & Vulnerability",
      "Victim attrition research with Uni of Worcester complete. Evidence submitted 14/06/23.", "GREEN", D(2023, 6, 14)),
    f("rec_da_phone", 6813, "EFT16", "Rec",
      "Practice of conducting domestic abuse risk assessments over the telephone and dealing with DA in the resolution centre should cease",
      "Ch Insp OCC", "Operations Communications Centre", "Practice ceased Apr 17.", "GREEN", D(2017, 6, 5)),
    f("coc_missing", 6814, "EFT16", "CoC",
      "Force's response to missing and absent children is a cause of concern - risk assessment for children who go missing from home inappropriate in some cases; 'absent' used when should be 'missing'; CSE risk not influencing grading. Enduring CoC from 2015 vulnerability report.",
      "Supt Safeguarding", "Crime & Vulnerability", "Absent category withdrawn nationally. Missing Persons Board oversight.", "AMBER"),
    f("rec_missing", 6815, "EFT16", "Rec",
      "Immediately review approach to reports of missing children so that call takers understand and use the missing and absent category appropriately",
      "Head of OCC", "Operations Communications Centre", "OCC training delivered, dip sample due.", "AMBER"),
    f("rec_missing", 6815, "EFT16", "Rec",
      "call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases",
      "DCI Exploitation", "Crime & Vulnerability", "CSE input on PDP and OCC induction.", "AMBER"),
    f("rec_missing", 6815, "EFT16", "Rec",
      "supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action",
      "Supt Safeguarding", "Crime & Vulnerability", "Supervisor checklist on Compact. Audit planned.", "AMBER"),
    # national
    f("ss_app", None, "SS13", "National Rec",
      "Chief Constables and the College of Policing should establish in the Stop and Search APP a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. Compliant with the Code of Practice.",
      "Ch Insp Stop & Search", "Local Policing", "APP published by College. Force policy aligned.", "GREEN", D(2015, 2, 2)),
    f("da_action_plan", 2321, "EB14", "National Rec",
      "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.",
      "Supt Safeguarding", "Crime & Vulnerability",
      "DA action plan refreshed annually - 2023/24 plan on website. Keep open for assurance.", "AMBER"),
    f("thr_criteria", 4822, "CB14", "National Rec", TXT[12], "Head of OCC", "Operations Communications Centre",
      "THRIVE embedded in OCC since 2016. Complete.", "GREEN", D(2016, 5, 9)),
    f("misconduct_nfa", 902, "IM15", "National Rec",
      "By 31 March 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in 'no further action' are fair and free of any form of discrimination.",
      "Head of PSD", "Professional Standards", "PSD NFA dip sampling by Ethics Panel. Complete.", "GREEN", D(2015, 11, 20)),
    f("fl_governance", None, "TR15", "National Rec",
      "Within 3 months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in APP. Where governance standards are not being complied with put in place immediately the correct arrangements and procedures to meet the standards in full.",
      "Firearms Licensing Manager", "Firearms Licensing", "Governance review Dec 15.", "GREEN", D(2015, 12, 18)),
    f("fl_demand", None, "TR15", "National Rec",
      "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.",
      "Firearms Licensing Manager", "Firearms Licensing", "Demand assessed, 2 x FEO posts added.", "GREEN", D(2015, 12, 18)),
    f("fl_expired", None, "TR15", "National Rec",
      "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to 'total expired' licensing records.",
      "Firearms Licensing Manager", "Firearms Licensing", "All total expired records reviewed.", "GREEN", D(2015, 10, 30)),
    f("fl_permits", None, "TR15", "National Rec",
      "Within three months ensure arrangements re use of temporary permits are in accordance with Home Office guidance; temporary permits properly recorded without delay on NFLMS; and effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
      "Firearms Licensing Manager", "Firearms Licensing", "Temp permit process on NFLMS. Complete.", "GREEN", D(2016, 1, 29)),
    f("leg_coc", None, "LEG17N", "CoC", TXT[46], "ACC Local Policing", "Local Policing",
      "Disproportionality still unexplained for black people (ratio 4.1). Scrutiny panel reviewing.", "RED"),
    f("leg_monitor", 8541, "LEG17N", "National Rec",
      "By July 2018 regularly and frequently monitor a comprehensive set of data and information on use of stop and search to understand the reasons for any disproportionate representation of different ethnic groups",
      "Ch Insp Stop & Search", "Local Policing", "Monthly disproportionality dashboard.", "GREEN", D(2022, 5, 20)),
    f("leg_monitor", 8541, "LEG17N", "National Rec",
      "the extent to which find rates differ between people from different ethnicities, and across different types of searches (incl. separate find rates for drug possession and supply-type offences)",
      "Ch Insp Stop & Search", "Local Policing", "Find rates by ethnicity in dashboard.", "GREEN", D(2022, 5, 20)),
    f("leg_monitor", 8541, "LEG17N", "National Rec",
      "the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities",
      "Ch Insp Stop & Search", "Local Policing", "Possession-only searches reported to panel.", "GREEN", D(2022, 5, 20)),
    f("leg_disparity", 8542, "LEG17N", "National Rec",
      "Where forces identify disparities through monitoring, they should demonstrate to the public that they have carried out research and analysis to understand the reasons for the disparity, and taken action to reduce the disparity where necessary",
      "Ch Insp Stop & Search", "Local Policing", "Research with scrutiny panel ongoing.", "AMBER"),
    f("leg_publish", 8543, "LEG17N", "National Rec", TXT[49], "Ch Insp Stop & Search", "Local Policing",
      "Annual S&S report to be published on website.", "AMBER"),
    f("dup_comms", None, "DUP21", "National Rec",
      "By July 2022, forces should ensure officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. In addition to existing training on conflict management and de-escalation.",
      "Head of Learning & Development", "People Directorate", "Comms skills module in OST 2023.", "AMBER"),
    f("dup_cpd", None, "DUP21", "National Rec",
      "By July 2021 ensure communication skills are reinforced as part of CPD for officers and staff, and supervisors supported to routinely and frequently debrief officers on these skills using BWV footage.",
      "Head of Learning & Development", "People Directorate", "CPD days + BWV debrief guide issued.", "GREEN", D(2023, 3, 10)),
    f("dup_bwv", None, "DUP21", "National Rec",
      "By September 2021, forces should: ensure officers record on BWV (when available) the entirety of all stop and search encounters, incl. traffic stops and use of force incidents; have a structured process for reviewing a sufficient sample of BWV footage; provide external scrutiny panel members with access to samples of BWV footage.",
      "Ch Insp Stop & Search", "Local Policing", "BWV activation 83%. Panel access agreed, sampling process not yet in place.", "RED"),
    f(None, None, "DUP21", "National Rec", TXT[54], "Ch Insp Stop & Search", "Local Policing",
      "Not for force - HO/NPCC action. Monitor only.", "WHITE"),
    f(None, None, "NCPI", "Rec", TXT[57], "Ch Insp Custody", "Criminal Justice",
      "Learning from Beds NCPI shared by regional custody leads. Gap analysis underway.", "AMBER"),
]
NOT_ON_LIST_WHY = {
    8543: "Ref 8543 was on the HMICFRS file until load 1045 (comment: HMICFRS reviewing whether it is a recommendation or a statement of expectation) and has no IsCurrent row: HMICFRS deleted it at load 1046. Not on the current list.",
    "HO": "Disproportionate use 2021 recommendation addressed to the Home Office and the NPCC, tracked by the force as WHITE (monitor only); HMICFRS does not hold it against the force.",
    "NCPI": "Bedfordshire Police's NCPI recommendation tracked as regional learning; never a West Mercia item.",
}

# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
PROPS_CREATED = DT(2024, 1, 15, 9, 14, 0)
H_SHEET = "vw_HMICFRS_Rec_History"
F_SHEET = "HMICFRS Tracker"
H_COLS = ["RecommendationSK", "HMICFRSRef", "ForceName", "ReportTitle", "ReportPublished", "ItemType",
          "ItemText", "PortalStatus", "StatusDate", "StatusComment", "ValidFrom", "ValidTo", "IsCurrent",
          "LoadBatchID", "SourceFileName"]
END_OF_TIME = DT(9999, 12, 31, 0, 0, 0)


def write_hmicfrs(path, versions):
    wb = xlsxwriter.Workbook(path, {"remove_timezone": True})
    wb.set_properties({"title": "", "author": "svc_edw_reports", "company": "West Mercia Police",
                       "created": PROPS_CREATED, "comments": ""})
    bold = wb.add_format({"bold": True})
    big = wb.add_format({"bold": True, "font_size": 14})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"bold": True, "valign": "top"})
    d_fmt = wb.add_format({"num_format": "dd/mm/yyyy"})
    dt_fmt = wb.add_format({"num_format": "dd/mm/yyyy hh:mm:ss"})

    rd = wb.add_worksheet("ReadMe")
    readme = [
        ("HMICFRS recommendations – West Mercia Police – full history extract", None),
        (None, None),
        ("Request:", "DR-2024-011 – current HMICFRS definitive list for the JAC reconciliation (Organisational Learning & Assurance)"),
        ("Source:", "EDW dw.vw_HMICFRS_Rec_History – type 2 slowly changing dimension, loaded quarterly from the file HMICFRS sends the force"),
        ("Extract run:", "15/01/2024 09:14 (latest load 1056, 08/01/2024)"),
        ("Grain:", "One row per version of a recommendation record. A new version is written whenever any field in the HMICFRS file changes."),
        ("Current position:", "Filter IsCurrent = TRUE (ValidTo 31/12/9999). A record with no IsCurrent = TRUE row was not in the latest HMICFRS file."),
        ("Known issues:", "Loads 1041-1044 (Apr 2020 – Jan 2021) came from the old register CSV: status and type were slugs (e.g. being-progressed) and ItemText was cut at 255 characters by the staging table. From load 1045 (Apr 2021) the source is the monitoring portal export and every live record was re-versioned at that load."),
        ("RecommendationSK:", "Warehouse surrogate key, not an HMICFRS reference – use HMICFRSRef. Gaps are other forces' rows."),
        ("Contact:", "Business Insight – Data Engineering (EDW), ext 4417"),
    ]
    for i, (a, b) in enumerate(readme):
        if a is None:
            continue
        rd.write(i, 0, a, big if i == 0 else top)
        if b is not None:
            rd.write(i, 1, b, wrap)
    rd.set_column(0, 0, 20)
    rd.set_column(1, 1, 110)

    ws = wb.add_worksheet(H_SHEET)
    data = []
    for v in versions:
        ref, force, title, pub, typ, text, status, sdate, comment = v["vals"]
        bid, loaded, src = batch(v["batch"])
        vt = END_OF_TIME if v["valid_to"] is None else v["valid_to"]
        data.append([v["sk"], ref, force, title,
                     DT(pub.year, pub.month, pub.day) if pub else None, typ, text, status,
                     DT(sdate.year, sdate.month, sdate.day), comment, loaded, vt,
                     v["valid_to"] is None, bid, src])
    cols = []
    for c in H_COLS:
        spec = {"header": c}
        if c in ("ReportPublished", "StatusDate"):
            spec["format"] = d_fmt
        elif c in ("ValidFrom", "ValidTo"):
            spec["format"] = dt_fmt
        cols.append(spec)
    ws.add_table(0, 0, len(data), len(H_COLS) - 1,
                 {"name": "vw_HMICFRS_Rec_History", "style": "Table Style Medium 2",
                  "columns": cols, "data": data})
    widths = [18, 13, 18, 60, 17, 22, 80, 17, 12, 60, 20, 20, 11, 13, 52]
    for i, w in enumerate(widths):
        ws.set_column(i, i, w)
    ws.freeze_panes(1, 0)
    ws.activate()
    wb.close()
    return data


def write_tracker(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "HMICFRS Recommendations Tracker", "author": "Organisational Learning",
                       "company": "West Mercia Police", "created": DT(2019, 11, 4, 10, 2, 0), "comments": ""})
    title = wb.add_format({"bold": True, "font_size": 14})
    sub = wb.add_format({"italic": True, "font_color": "#595959"})
    head = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "text_wrap": True,
                          "valign": "top", "border": 1})
    cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    num = wb.add_format({"valign": "top", "border": 1, "align": "center"})
    rag_f = {
        "GREEN": wb.add_format({"bg_color": "#00B050", "valign": "top", "border": 1, "bold": True}),
        "AMBER": wb.add_format({"bg_color": "#FFC000", "valign": "top", "border": 1, "bold": True}),
        "RED": wb.add_format({"bg_color": "#FF0000", "font_color": "#FFFFFF", "valign": "top", "border": 1, "bold": True}),
        "WHITE": wb.add_format({"bg_color": "#FFFFFF", "valign": "top", "border": 1, "bold": True}),
    }
    dfmt = {}

    def datef(nf):
        if nf not in dfmt:
            dfmt[nf] = wb.add_format({"num_format": nf, "valign": "top", "border": 1, "align": "left"})
        return dfmt[nf]

    ws = wb.add_worksheet(F_SHEET)
    ws.write(0, 0, "West Mercia Police – HMICFRS Recommendations & Areas for Improvement Tracker", title)
    ws.write(1, 0, "Organisational Learning & Assurance  |  OFFICIAL  |  Last updated 12/01/2024 (for JAC 25/01/2024)", sub)
    headers = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI", "Lead Officer",
               "Dept", "Progress update", "RAG", "Date submitted for closure"]
    for c, h in enumerate(headers):
        ws.write(2, c, h, head)
    rows = []
    for i, r in enumerate(FORCE):
        xr = 3 + i
        rep, pub, nf = FR[r["rep"]]
        ws.write_number(xr, 0, i + 1, num)
        if r["ref"] is None:
            ws.write_blank(xr, 1, None, num)
        else:
            ws.write_number(xr, 1, r["ref"], num)
        ws.write(xr, 2, rep, cell)
        if nf:
            ws.write_datetime(xr, 3, DT(pub.year, pub.month, pub.day), datef(nf))
        else:
            ws.write_string(xr, 3, pub, cell)
        ws.write(xr, 4, r["typ"], cell)
        ws.write(xr, 5, r["text"], cell)
        ws.write(xr, 6, r["lead"], cell)
        ws.write(xr, 7, r["dept"], cell)
        ws.write(xr, 8, r["update"], cell)
        ws.write(xr, 9, r["rag"], rag_f[r["rag"]])
        if r["submitted"]:
            s = r["submitted"]
            ws.write_datetime(xr, 10, DT(s.year, s.month, s.day), datef("dd/mm/yyyy"))
        else:
            ws.write_blank(xr, 10, None, cell)
        rows.append(xr + 1)
    last = 3 + len(FORCE)          # 0-based index of the blank row after the table
    key = [("RAG key", title if False else wb.add_format({"bold": True})),
           ("GREEN – implemented / complete (evidence held; submitted to or closed by HMICFRS)", None),
           ("AMBER – work ongoing, expected to be delivered", None),
           ("RED – past deadline or at risk of not being delivered", None),
           ("WHITE – not for West Mercia Police to deliver (national body) – monitor only", None)]
    for j, (t, fm) in enumerate(key):
        if fm:
            ws.write(last + 1 + j, 0, t, fm)
        else:
            ws.write(last + 1 + j, 0, t)
    for c, w in enumerate([5, 11, 26, 12, 12, 70, 24, 24, 45, 9, 14]):
        ws.set_column(c, c, w)
    ws.freeze_panes(3, 0)
    ws.autofilter(2, 0, last - 1, len(headers) - 1)
    wb.close()
    return rows, last


def main():
    os.makedirs(OUT, exist_ok=True)
    versions = build_versions()
    write_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"), versions)
    frows, last = write_tracker(os.path.join(OUT, "tracker.xlsx"))

    # HMICFRS rows: Excel row = index + 2 (header on row 1)
    cur_row, hist = {}, []
    for i, v in enumerate(versions):
        xr = i + 2
        if v["valid_to"] is None:
            cur_row[v["key"]] = xr
        else:
            hist.append((xr, v))
    assert len(cur_row) == 40 and set(cur_row) == set(CATEGORY), (len(cur_row), set(cur_row) ^ set(CATEGORY))

    truth = []
    seen = set()
    for r, xr in zip(FORCE, frows):
        fr = "%s!%d" % (F_SHEET, xr)
        if r["key"] is None:
            why = NOT_ON_LIST_WHY["HO" if r["rep"] == "DUP21" else "NCPI"]
            truth.append(("", fr, "not_on_hmicfrs_list", why))
        elif r["key"] == "leg_publish":
            truth.append(("", fr, "not_on_hmicfrs_list", NOT_ON_LIST_WHY[8543]))
        else:
            seen.add(r["key"])
            truth.append(("%s!%d" % (H_SHEET, cur_row[r["key"]]), fr, CATEGORY[r["key"]], WHY[r["key"]]))
    for r in RECORDS:
        k = r["key"]
        if k in CATEGORY and k not in seen:
            assert CATEGORY[k] == "missing_from_force", k
            truth.append(("%s!%d" % (H_SHEET, cur_row[k]), "", "missing_from_force", WHY[k]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    write_readme(versions, hist, truth, last)


def write_readme(versions, hist, truth, last):
    counts = {}
    for t in truth:
        counts.setdefault(t[2], [0, set()])
        counts[t[2]][0] += 1
        counts[t[2]][1].add(t[0] or t[1])
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "review"]
    count_lines = ["| category | truth lines | items |", "|---|---|---|"]
    for c in order:
        n, s = counts.get(c, [0, set()])
        count_lines.append("| %s | %d | %d |" % (c, n, len(s)))
    count_lines.append("| **total** | %d | %d HMICFRS items + 3 force-only rows |" % (len(truth), 40))

    by_key = {}
    for i, v in enumerate(versions):
        by_key.setdefault(v["vals"][0], []).append(i + 2)
    hist_lines = []
    for xr, v in hist:
        ref = v["vals"][0]
        if v["deleted"]:
            why = ("last version of record %d, which has no current row (not in the HMICFRS file from load %d)"
                   % (ref, batch(v["deleted"])[0]))
        else:
            nxt = [r for r in by_key[ref] if r > xr][0]
            why = "superseded version of record %d (next version row %d)" % (ref, nxt)
        hist_lines.append("- `%s!%d` – load %d, %s" % (H_SHEET, xr, batch(v["batch"])[0], why))

    def span(k):
        rs = [4 + i for i, r in enumerate(FORCE) if r["key"] == k]
        return "%d-%d" % (rs[0], rs[-1])

    n_rows = len(versions)
    text = README.format(
        n_rows=n_rows, last_row=n_rows + 1, n_hist=len(hist), counts="\n".join(count_lines),
        hist="\n".join(hist_lines), f_last=3 + len(FORCE), f_blank=last + 1,
        f_key1=last + 2, f_key2=last + 3, f_key5=last + 6, n_force=len(FORCE),
        cdi_rows=span("rec_cdi"), miss_rows=span("rec_missing"), leg_rows=span("leg_monitor"))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)

README = """# hmicfrs_dwh_scd2_version_rows

## The story

West Mercia Police's organisational-learning analyst has to reconcile the HMICFRS definitive
list with the force tracker before the Joint Audit Committee of 25 January 2024. The force
does not keep the HMICFRS file itself: since April 2020 the Business Insight data-engineering
team lands every quarterly file HMICFRS sends the force into the enterprise data warehouse
(EDW) as a **type 2 slowly changing dimension**. The analyst raised data request DR-2024-011
for "the current HMICFRS definitive list" and received `hmicfrs.xlsx`: a Power Query load of
the history view `dw.vw_HMICFRS_Rec_History`, i.e. **every version of every record**, one row
per version, with `ValidFrom` / `ValidTo` / `IsCurrent`, sorted by the warehouse surrogate key
(load order). The versions of one recommendation are scattered through the sheet. The BI team's
`ReadMe` sheet says how to read it (filter `IsCurrent = TRUE`).

History makes the HMICFRS side hard in the ways such extracts really are:

- 40 HMICFRS items are spread over {n_rows} rows; {n_hist} rows are old versions.
- Loads 1041-1044 came from the old register CSV: status and type are slugs
  (`being-progressed`, `complete`, `area-for-improvement`, `national-recommendation`) and
  `ItemText` is cut at 255 characters (an nvarchar(255) staging column), national reports have
  no `ReportPublished`. From load 1045 (April 2021) the source is the monitoring portal export
  (display words `Being progressed`, `Awaiting review`, `Complete`, `Superseded`; full text) and
  every live record was re-versioned, so most items have two or more rows with different
  wording of the same fields.
- Records change between versions: a status closed then **re-opened** (10410), a **type
  reclassified** (10412 recommendation → Area for improvement), a **report corrected** (10413
  moved to PEEL: Police legitimacy 2017 – West Mercia Police), a **record deleted** (8543) and a
  **record re-keyed** (6815 deleted and re-created as 12207, "Replaces record 6815").
- `RecommendationSK` is a surrogate key with gaps (other forces' rows filtered out); it is not
  an HMICFRS reference. `HMICFRSRef` is the register reference (plain integer, unique across
  the register, as the old HMICFRS register wrote it).
- Closure reasons live in `StatusComment` in the real HMICFRS register wording ("This
  recommendation is complete", "This area of activity has subsequently been inspected …",
  "The status of this recommendation is currently being reviewed by HMIC …"), and a force update
  pasted into a comment keeps its typo ("Onlien").

The force side, `tracker.xlsx`, is an ordinary organisational-learning tracker kept by hand.

The texts are real HMICFRS wording copied from `real_recommendations.csv`. West Mercia's own
PEEL 2018/19 items are its real items; texts from other forces' force-level reports (Devon and
Cornwall CDI, Northamptonshire efficiency 2015, City of London PEEL 2018/19, West Midlands
vetting, Hampshire and West Midlands effectiveness 2016) are filed here under the matching
West Mercia report for the case; the national texts are the national reports' own. Report
titles and publication dates are real: West Mercia PEEL 2018/19 27/09/2019 (tranche 2), West
Mercia CDI 2019 08/10/2019, PEEL efficiency 2015 15/10/2015, PEEL effectiveness 2016
02/03/2017, PEEL legitimacy 2017 12/12/2017, Stop and search powers 09/07/2013, Everyone's
business 27/03/2014, Integrity matters 30/01/2015, Targeting the risk 15/09/2015,
Disproportionate use of police powers 26/02/2021; Core Business (September 2014) is left
without a date in the warehouse, as the source gave none. HMICFRS ids 2321, 4822, 902 and 8541
are the real register ids of those national items; the other ids are made up in the register's
style.

## Files

### hmicfrs.xlsx (HMICFRS side)

- Sheet `ReadMe` (first sheet): the BI team's notes, rows 1 and 3-10 (row 2 blank). No items.
- Sheet `{sheet}`: an Excel table (`vw_HMICFRS_Rec_History`, Table Style Medium 2) with the
  **header on row 1** and data on rows 2-{last_row}. Columns:
  `RecommendationSK` (surrogate key), `HMICFRSRef` (HMICFRS reference), `ForceName`,
  `ReportTitle`, `ReportPublished` (date), `ItemType`, `ItemText`, `PortalStatus`, `StatusDate`
  (date of the last HMICFRS status event), `StatusComment`, `ValidFrom`, `ValidTo` (datetime;
  31/12/9999 00:00:00 on current rows), `IsCurrent` (TRUE/FALSE), `LoadBatchID` (1041-1056),
  `SourceFileName`.
- **Items are the 40 rows with `IsCurrent` = TRUE.** Every other data row is an earlier
  version (or the last version of a deleted record) and is not an item; they are listed under
  "Rows that are not items".

### tracker.xlsx (force side)

- One sheet, `{fsheet}`. Row 1 title, row 2 sub-title (owner, OFFICIAL, last updated 12/01/2024),
  **header on row 3**, items on rows 4-{f_last} ({n_force} rows), row {f_blank} blank, RAG key on
  rows {f_key1}-{f_key5}. Autofilter on the header, panes frozen below it.
- Columns: `No.` (the tracker's own running number, not an HMICFRS reference), `HMICFRS Ref`
  (number, blank on most national rows), `Report` (the force's short names: "PEEL 2018/19",
  "Crime Data Integrity 2019", "Stop & Search 2013 (national)" …), `Published` (a date cell as
  dd/mm/yyyy or mmm-yy, or text such as "Oct 2015", "Dec 2017", "2014"), `Type` (Rec / AFI / CoC /
  National Rec), `Recommendation / AFI` (verbatim, abridged or split by bullet; "DA", "BWV",
  "NFLMS", "APP" abbreviations), `Lead Officer`, `Dept`, `Progress update`, `RAG` (word in the
  cell, plus matching fill), `Date submitted for closure`.
- Split rows: CDI 2019 ref 10588 in four bullet rows (rows {cdi_rows}), ref 6815 in three bullet rows
  (rows {miss_rows}), ref 8541 in three bullet rows (rows {leg_rows}).

## Status rules applied

- HMICFRS (current row only): open = `Being progressed`, `Awaiting review` (old slugs
  `being-progressed`, `awaiting-review`); closed = `Complete`, `Superseded` (old slug
  `complete`). `Awaiting review` means HMICFRS holds closure evidence but has not closed the
  item, so it is still open. `StatusComment` does not override the status: 4822 "currently being
  reviewed by HMIC" is open because its status is `Being progressed`.
- Force: done = GREEN (implemented / complete, per the tracker's key) and WHITE (not the force's
  to deliver; only on a force-only row); open = AMBER, RED. `Date submitted for closure` is only
  filled on GREEN rows and agrees with them. For a split item the force is done only if every
  row is GREEN (8541: all three GREEN; 6815: all AMBER; 10588 is a conflict anyway).
- Categories: in_sync when both open or closed/done; closeable_submit = HMICFRS open, force
  done; closeable_local = HMICFRS closed, force open; conflict when the pair is certain but a
  fact disagrees (decided before status).

## Traps and how the truth decides them

1. **Only IsCurrent rows are items.** An old version's status or text never counts. 10410 (digital
   evidence) shows `Complete` in its load-1051 row but the current row (load 1053) re-opened it:
   the force, GREEN since HMICFRS "confirmed complete Sept 22", is closeable_submit.
   10408 and 6812 were `being-progressed` for years and are now `Awaiting review` (still open):
   closeable_submit against GREEN tracker rows.
2. **Truncated old text and slug vocabulary** in loads 1041-1044 are not differences from the
   tracker; only the current row's full text is compared.
3. **Type reclassified** (10412): old rows say `recommendation`, the current row
   `Area for improvement`; the tracker has `Rec` → conflict (type).
4. **Report corrected** (10413, vetting): the current row files it under PEEL: Police legitimacy
   2017 – West Mercia Police (published 12/12/2017); the tracker under PEEL 2018/19 → conflict
   (report). Same ref, same text, so the pair is certain.
5. **Re-keyed record**: 6815 was deleted at load 1049 and re-created as 12207 with the same text
   and report and the comment "Replaces record 6815". The tracker's three rows still carry 6815
   → conflict (reference), all three rows. 6815 is therefore not an item of the current list;
   its two rows are history.
6. **Deleted record** (8543, "We expect forces to publish this analysis …"): last seen in load
   1045 with the comment that HMICFRS was reviewing whether it is a recommendation at all; no
   current row. The tracker row (8543, AMBER) is not_on_hmicfrs_list.
7. **Timescale / deadline disagreements**: 10409 tracker "within twelve months" vs HMICFRS
   "within six months"; 902 tracker "By 31 March 2015" vs HMICFRS "By 31 August 2015" (the
   2015-01-30 Integrity matters text) → conflict.
8. **Missing bullet**: CDI 10588 has five bullets; the tracker's four rows cover four and none
   covers "online reports of crime are triaged at the point of receipt …" (the HMICFRS comment
   even notes the online triage pilot has not started) → conflict, all four rows.
9. **Superseded by comment** (2321 Everyone's business): old slug `complete` with the "subsequently
   been inspected" comment, now `Superseded` → closed; tracker AMBER → closeable_local. Same for
   10405 and 5132 (`Superseded`).
10. **National items without refs**: Targeting the risk, Disproportionate use 2021, stop and
    search 2013 and the legitimacy 2017 CoC have no ref on the tracker; they pair by report and
    text (abridged, "Within 3 months", "BWV", "NFLMS").
11. **Similar texts**: the CoC 6814 and the recommendation 12207 (missing children) share a
    report; the tracker's CoC row (ref 6814) is the CoC. The two legitimacy 2017 reports (national
    overview vs West Mercia's own) are different reports.
12. **Force-only rows**: the Home Office/NPCC recommendation from Disproportionate use 2021
    (WHITE) and Bedfordshire's NCPI recommendation kept as regional learning are not on the
    HMICFRS list → not_on_hmicfrs_list.
13. **Missing from force**: 5131 and 1205 (closed) and 8544, 11923 (open) have no tracker row.

No pair is left as `review`: each is decidable from the two rows (and the HMICFRS history rows).

## Counts

{counts}

## Rows that are not items

### hmicfrs.xlsx

- `ReadMe!1` – title of the BI team's note.
- `ReadMe!2` – blank.
- `ReadMe!3` to `ReadMe!10` – notes: Request, Source, Extract run, Grain, Current position,
  Known issues, RecommendationSK, Contact.
- `{sheet}!1` – table header row.
{hist}

### tracker.xlsx

- `{fsheet}!1` – tracker title.
- `{fsheet}!2` – sub-title (owner, protective marking, last updated).
- `{fsheet}!3` – header row.
- `{fsheet}!{f_blank}` – blank row after the table.
- `{fsheet}!{f_key1}` – "RAG key" heading.
- `{fsheet}!{f_key2}` to `{fsheet}!{f_key5}` – RAG key lines GREEN, AMBER, RED, WHITE.
"""
README = README.replace("{sheet}", H_SHEET).replace("{fsheet}", F_SHEET)

if __name__ == "__main__":
    main()
