#!/usr/bin/env python3
"""Build the evaluation case `ssrs_report_render_lookalike`.

HMICFRS side: the monitoring portal's "Force recommendations by report" report, rendered
to Excel by SQL Server Reporting Services (Export > Excel, OpenXML renderer): document map
sheet first, one sheet per report group (PageName = report title, Excel-forbidden
characters removed, cut to 31), page header rendered as rows, spacer column, merged text
cells, group header/footer rows, drill-down status history in collapsed outline rows.
Report parameter "Exclude items closed before 01/04/2020" leaves older closed items out.

Force side: West Mercia Police's own HMICFRS tracker (one sheet, title rows, split bullets).

Deterministic: no randomness is used; workbook properties are fixed.
"""
import csv
import datetime as dt
import os
import re

import xlsxwriter

CASE = "ssrs_report_render_lookalike"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FIXED = dt.datetime(2024, 3, 14, 9, 12, 37)
D = dt.date

# --------------------------------------------------------------------------------------
# Reports (real titles and publication dates)
# --------------------------------------------------------------------------------------
REPORTS = {
    "DUP21": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", D(2021, 2, 26), "Thematic inspection"),
    "CDI19": ("West Mercia Police: Crime Data Integrity inspection 2019", D(2019, 10, 8), "Crime recording"),
    "PEEL1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police", D(2019, 9, 27), "PEEL Force Inspection"),
    "LEG17W": ("PEEL: Police legitimacy 2017 – An inspection of West Mercia Police", D(2017, 12, 12), "PEEL Force Inspection"),
    "LEG17N": ("PEEL: Police legitimacy 2017 – A national overview", D(2017, 12, 12), "PEEL National"),
    "EFF16": ("PEEL: Police effectiveness 2016 – An inspection of West Mercia Police", D(2017, 3, 2), "PEEL Force Inspection"),
    "TTR15": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", D(2015, 9, 15), "Thematic inspection"),
    "EFY15": ("PEEL: Police efficiency 2015 – An inspection of West Mercia Police", D(2015, 10, 15), "PEEL Force Inspection"),
    "NCPI15": ("National child protection inspection – West Mercia Police", D(2015, 2, 19), "Child protection"),
    "SS13": ("Stop and search powers: Are the police using them effectively and fairly?", D(2013, 7, 9), "Thematic inspection"),
}
# order the report server sorts groups in: publication date, newest first
GROUP_ORDER = sorted(REPORTS, key=lambda k: (-REPORTS[k][1].toordinal(), REPORTS[k][0]))

REC, AFI, COC, NREC = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"

# Portal comment texts (the first four are verbatim register comments)
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being monitored by "
         "HMICFRS and this record will, in due course, be updated.")
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members of the "
          "inspection team in recent inspection activity.")
C_SUPER = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness inspections. "
           "Where a cause of concern still exists this will appear in the register against these subsequent inspections.")
C_DONE = "This recommendation is complete"
C_REV = "The status of this recommendation is currently being reviewed by HMIC and will be updated when this review is complete."
C_REOPEN = "Reopened following revisit activity - force to provide further evidence of sustained improvement."
C_EVID = "Force closure evidence received via portal - with inspection team for review."

T_CDI = ("Within six months the force should put in place arrangements to ensure that:\n"
         "• at the point of report, victims are believed;\n"
         "• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n"
         "• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n"
         "• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n"
         "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.")
T_MISSING = ("To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n"
             "• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action")
T_SS_MON = ("By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n"
            "•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.")
T_BWV = ("By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\n"
         "have a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\n"
         "provide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.")
T_NCPI = ("Within six months West Mercia Police should, in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:"
          "• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;"
          "• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;"
          "• ensure that custody staff comply with their statutory duties to complete detention certificates if a child is detained for any reason in police custody following charge;"
          "• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and"
          "• improve the timeliness of adequate appropriate adult support for children who are arrested.")


def F(report, typ, text, status, ref=None, bullet="", lead="", update="", sub=None, portfolio=""):
    return dict(report=report, type=typ, text=text, status=status, ref=ref, bullet=bullet,
                lead=lead, update=update, sub=sub, portfolio=portfolio)


# Force report labels (the tracker's own abbreviations)
FR = {
    "PEEL1819": "PEEL 2018/19", "CDI19": "CDI 2019", "EFF16": "PEEL Effectiveness 2016",
    "EFY15": "PEEL Efficiency 2015", "LEG17W": "PEEL Legitimacy 2017", "LEG17N": "PEEL Legitimacy 2017 (National)",
    "DUP21": "Disproportionate Use of Powers (S&S / UoF)", "TTR15": "Targeting the Risk (Firearms Licensing)",
    "SS13": "Stop & Search Powers 2013 (HMIC)", "NCPI15": "NCPI (Child Protection)",
}
FPUB = {"PEEL1819": D(2019, 9, 1), "CDI19": D(2019, 10, 1), "EFF16": D(2017, 3, 1), "EFY15": D(2015, 10, 1),
        "LEG17W": D(2017, 12, 1), "LEG17N": D(2017, 12, 1), "DUP21": D(2021, 2, 1), "TTR15": D(2015, 9, 1),
        "SS13": D(2013, 7, 1), "NCPI15": D(2015, 2, 1)}

# --------------------------------------------------------------------------------------
# HMICFRS items: id, report, type, text, current status, status date, history, force rows,
# category, why
# history entries: (date, status or "", comment or "")
# --------------------------------------------------------------------------------------
ITEMS = []


def item(iid, rep, typ, text, status, sdate, hist, force, cat, why):
    ITEMS.append(dict(id=iid, rep=rep, type=typ, text=text, status=status, sdate=sdate,
                      hist=hist, force=force, cat=cat, why=why))


def H_open(d0, extra=()):
    return [(d0, "Awaiting review", ""), (d0 + dt.timedelta(days=1), "", C_NEW)] + list(extra)


P = "PEEL1819"
d = D(2019, 9, 27)
item(10871, P, COC, "The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.",
     "Complete", D(2021, 3, 18),
     H_open(d, [(D(2020, 2, 4), "Being progressed", C_MON), (D(2021, 3, 18), "Complete", C_AUTH)]),
     [F(P, "CoC", "CoC 1 - Alliance exit: force does not have suitable arrangements to maintain full range of public services when alliance w/ Warwickshire ends. Gaps in workforce skills assessment, weaknesses in investigative approach + safeguarding vulnerable people", "Closed", 10871, lead="DCC", portfolio="Corporate", update="All 6 recs closed by HMICFRS. CoC closed Mar 21.", sub=D(2021, 1, 29))],
     "in_sync", "closed by HMICFRS (Complete); force row Closed")
item(10872, P, REC, "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and",
     "Complete", D(2020, 11, 20),
     H_open(d, [(D(2020, 2, 4), "Being progressed", ""), (D(2020, 11, 20), "Complete", C_DONE)]),
     [F(P, "Rec", "Immediately - review officers capabilities & capacity to manage investigative workload, understand investigative demand and pressures on them", "Complete", 10872, lead="ACC Crime", portfolio="Crime & Vulnerability", update="Investigative demand review completed by Crime Dept (Op Resolve). Signed off at FEB Nov 20.", sub=D(2020, 9, 30))],
     "in_sync", "closed (Complete) on both sides")
item(10873, P, REC, "HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.",
     "Complete", D(2021, 2, 11),
     H_open(d, [(D(2020, 2, 4), "Being progressed", C_MON), (D(2021, 2, 11), "Complete", C_AUTH)]),
     [F(P, "Rec", "Immediately: review (with partners) the approach to vulnerability to better safeguard vulnerable people", "Open - on track", 10873, lead="Ch Supt Public Protection", portfolio="Crime & Vulnerability", update="Vulnerability review w/ partners complete; refreshed Vulnerability Strategy going to Apr 24 board - keep open until then")],
     "closeable_local", "HMICFRS Complete; force still Open - on track")
item(10874, P, REC, "HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;",
     "Superseded", D(2022, 6, 9),
     H_open(d, [(D(2020, 2, 4), "Being progressed", ""), (D(2022, 6, 9), "Superseded", "Superseded by the PEEL 2021/22 inspection of West Mercia Police.")]),
     [F(P, "Rec", "Expand skills project to assess all skills (not only operational) incl. future skills reqs - to inform workforce plans", "Closed", 10874, lead="Dir. People", portfolio="People", update="Superseded by PEEL 21/22 per HMICFRS. Closed locally Jun 22.")],
     "in_sync", "HMICFRS Superseded (closed); force Closed")
item(10875, P, REC, "HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and",
     "Complete", D(2020, 7, 2),
     H_open(d, [(D(2020, 7, 2), "Complete", C_DONE)]),
     [F(P, "Rec", "Agree arrangements with Warwickshire Police for smooth transition to future operating model - no disruption to public services", "Complete", 10875, lead="DCC", portfolio="Corporate", update="Collaboration/disaggregation agreements signed; transition completed 1 Oct 2019.", sub=D(2020, 3, 12))],
     "in_sync", "Complete on both sides")
item(10876, P, REC, "HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;",
     "Complete", D(2021, 9, 23),
     H_open(d, [(D(2020, 2, 4), "Being progressed", C_MON), (D(2021, 9, 23), "Complete", C_AUTH)]),
     [F(P, "Rec", "Clearly define new operating model - all op & support services affordable & fit to protect communities of W Mercia", "Open - off track", 10876, lead="Dir. Enabling Services", portfolio="Corporate", update="Op model refresh (Horizon) re-baselined; MTFP pressures. Not yet ready to close.")],
     "closeable_local", "HMICFRS Complete; force Open - off track")
item(10877, P, REC, "HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.",
     "Being progressed", D(2020, 2, 4),
     H_open(d, [(D(2020, 2, 4), "Being progressed", C_MON)]),
     [], "missing_from_force", "on the HMICFRS list (Being progressed); the tracker has no row for public consultation/feedback")
item(10878, P, COC, "The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.",
     "Being progressed", D(2020, 2, 4),
     H_open(d, [(D(2020, 2, 4), "Being progressed", C_MON)]),
     [F(P, "CoC", "CoC 2 - force does not have capacity/capability to investigate crime effectively - affecting service to the public; failings in the way crimes are investigated", "Open - on track", 10878, lead="ACC Crime", portfolio="Crime & Vulnerability", update="Investigation Standards Improvement Plan in place. 4 of 5 recs delivered.")],
     "in_sync", "open on both sides")
item(10879, P, REC, "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;",
     "Being progressed", D(2020, 2, 4),
     H_open(d, [(D(2020, 2, 4), "Being progressed", ""), (D(2023, 11, 2), "", C_EVID)]),
     [F(P, "Rec", "Within 6 months - regular & active supervision of quality/progress of investigations, properly recorded", "Submitted to HMICFRS", 10879, lead="ACC Crime", portfolio="Crime & Vulnerability", update="Supervisory review template on Athena mandated; audit Q2 23/24 shows 87% compliance. Evidence pack uploaded to portal.", sub=D(2023, 10, 31))],
     "closeable_submit", "HMICFRS Being progressed; force Submitted to HMICFRS (done on force side)")
item(10880, P, REC, "HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;",
     "Being progressed", D(2020, 2, 4),
     H_open(d, [(D(2020, 2, 4), "Being progressed", "")]),
     [F(P, "Rec", "Within six months - improve ability to retrieve digital evidence from mobile phones, computers & other devices quickly enough so investigations aren't delayed", "Open - off track", 10880, lead="Head of Digital Forensics", portfolio="Crime & Vulnerability", update="DFU backlog 412 devices (Feb 24). Kiosk rollout delayed - ISO 17025 accreditation.")],
     "in_sync", "open on both sides")
item(10881, P, REC, "HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;",
     "Being progressed", D(2022, 10, 13),
     H_open(d, [(D(2020, 2, 4), "Being progressed", ""), (D(2021, 5, 20), "Complete", C_DONE),
                (D(2022, 10, 13), "Being progressed", C_REOPEN)]),
     [F(P, "Rec", "Within 6 mths: improve understanding of suspects RUI and management of those on bail", "Complete", 10881, lead="Supt Criminal Justice", portfolio="Crime & Vulnerability", update="Bail/RUI management team + daily review in place since PACE changes (Oct 22). Considered complete.", sub=D(2021, 3, 1))],
     "closeable_submit", "HMICFRS current status Being progressed (reopened; the hidden history shows an earlier Complete); force Complete")
item(10882, P, AFI, "The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.",
     "Awaiting review", D(2019, 9, 27),
     H_open(d),
     [F(P, "Rec", "Improve use of crime recording & mgmt system (Athena) to better manage case files and investigative processes", "Open - on track", 10882, lead="Supt Criminal Justice", portfolio="Crime & Vulnerability", update="Athena case file quality group meets monthly.")],
     "conflict", "type: HMICFRS Area for improvement, force records it as Rec (recommendation); same ref and text, both open")

P = "CDI19"
d = D(2019, 10, 8)
item(10925, P, REC, T_CDI, "Being progressed", D(2020, 6, 1),
     H_open(d, [(D(2020, 6, 1), "Being progressed", C_MON)]),
     [F(P, "Rec", "Within 6 months arrangements to ensure: at point of report victims are believed", "Complete", 10925, bullet="a", lead="Force Crime Registrar", portfolio="Crime & Vulnerability", update="Victim believed - reinforced in CDI training for all OCC staff."),
      F(P, "Rec", "..call handler/caller conversations summarised accurately in incident log so attending officers have full facts for crime recording decisions", "Complete", 10925, bullet="b", lead="Supt OCC", portfolio="Local Policing", update="STORM log quality audit monthly."),
      F(P, "Rec", "..multiple crimes always recorded when described in incident records or identified in other crime investigations", "Open - on track", 10925, bullet="c", lead="Force Crime Registrar", portfolio="Crime & Vulnerability", update="Crime bureau dip sampling; 2 further audits planned."),
      F(P, "Rec", "..stop practice of awaiting results of medical exams / video interviews before making crime recording decisions", "Complete", 10925, bullet="d", lead="Force Crime Registrar", portfolio="Crime & Vulnerability", update="Briefed to PVP + CID via Crime Recording bulletin.")],
     "conflict", "missing bullet: HMICFRS text has five bullets; force rows a-d cover four, no row for 'online reports of crime are triaged at the point of receipt'")

P = "EFF16"
d = D(2017, 3, 2)
item(7601, P, COC, "The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.",
     "Being progressed", D(2018, 4, 11),
     H_open(d, [(D(2018, 4, 11), "Being progressed", C_REV)]),
     [], "missing_from_force", "cause of concern on the HMICFRS list (Being progressed); the tracker has rows for its recommendations but none for the cause of concern itself")
item(7602, P, REC, "In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.",
     "Being progressed", D(2018, 4, 11),
     H_open(d, [(D(2018, 4, 11), "Being progressed", "")]),
     [F(P, "Rec", "DA - immediately consider ways of increasing use of arrest, ancillary orders (DVPN/DVPO) and other powers", "Complete", 7602, lead="Ch Supt Public Protection", portfolio="Crime & Vulnerability", update="DA arrest rate up from 38% to 61%. DVPO process centralised. Complete.", sub=D(2019, 1, 17))],
     "closeable_submit", "HMICFRS Being progressed; force Complete")
item(7603, P, REC, "To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.",
     "Being progressed", D(2018, 4, 11),
     H_open(d, [(D(2018, 4, 11), "Being progressed", "")]),
     [F(P, "Rec", "DA - understand and address why high proportion of DA victims do not support police investigation", "Open - on track", 7603, lead="Ch Supt Public Protection", portfolio="Crime & Vulnerability", update="Victim engagement research w/ Uni of Worcester; evidence-led prosecution policy refreshed.")],
     "in_sync", "open on both sides")
item(7604, P, REC, "In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease",
     "Complete", D(2020, 11, 5),
     H_open(d, [(D(2018, 4, 11), "Being progressed", ""), (D(2020, 11, 5), "Complete", C_AUTH)]),
     [F(P, "Rec", "Cease DA risk assessments over the telephone / dealing with DA in resolution centre", "Closed", 7604, lead="Supt OCC", portfolio="Local Policing", update="Practice ceased Apr 17. HMICFRS closed Nov 20.", sub=D(2017, 6, 30))],
     "in_sync", "closed on both sides")
item(7605, P, COC, "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.",
     "Superseded", D(2021, 6, 24),
     H_open(d, [(D(2018, 4, 11), "Being progressed", ""), (D(2021, 6, 24), "Superseded", C_SUPER)]),
     [F(P, "CoC", "CoC - response to missing and absent children (risk assessment of missing children, absent vs missing, CSE risk not influencing grading). Enduring CoC from 2015 vulnerability report", "Open - on track", 7605, lead="Ch Supt Public Protection", portfolio="Crime & Vulnerability", update="Absent category withdrawn (APP change). Missing Persons Co-ordinators in each LPA.")],
     "closeable_local", "HMICFRS Superseded (closed); force Open - on track")
item(7606, P, REC, T_MISSING, "Superseded", D(2021, 6, 24),
     H_open(d, [(D(2018, 4, 11), "Being progressed", ""), (D(2021, 6, 24), "Superseded", C_SUPER)]),
     [F(P, "Rec", "Missing children - call takers understand & use the missing/absent category appropriately", "Open - on track", 7606, bullet="1 of 3", lead="Supt OCC", portfolio="Local Policing", update="Absent category removed from STORM."),
      F(P, "Rec", "Missing children - call takers and frontline staff have knowledge to identify CSE risk factors and how to respond", "Open - on track", 7606, bullet="2 of 3", lead="Ch Supt Public Protection", portfolio="Crime & Vulnerability", update="CSE awareness e-learning 92% completion."),
      F(P, "Rec", "Missing children - supervisors provide correct oversight of MISPER enquiries and direct timely investigative & safeguarding action", "Open - off track", 7606, bullet="3 of 3", lead="Ch Supt Public Protection", portfolio="Crime & Vulnerability", update="Supervisory oversight audit outstanding.")],
     "closeable_local", "HMICFRS Superseded (closed); all three force bullet rows still open")

P = "EFY15"
d = D(2015, 10, 15)
item(5210, P, AFI, "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public",
     "Being progressed", D(2016, 5, 9),
     H_open(d, [(D(2016, 5, 9), "Being progressed", C_MON)]),
     [F(P, "AFI", "Further work to gain fuller understanding of current demand & likely future changes in demand, to match resources to demand", "Open - on track", 5210, lead="Dir. Enabling Services", portfolio="Corporate", update="FMS 2023 submitted; demand modelling with Process Evolution ongoing.")],
     "in_sync", "open on both sides")
item(5211, P, AFI, "The force should develop its understanding of the links between its outcomes, outputs and costs",
     "Being progressed", D(2016, 5, 9),
     H_open(d, [(D(2016, 5, 9), "Being progressed", "")]),
     [F(P, "AFI", "Develop understanding of links between outcomes, outputs and costs", "Complete", 5211, lead="Dir. Finance", portfolio="Corporate", update="Priority based budgeting + VfM profiles embedded in annual planning cycle. Complete - for submission.", sub=D(2023, 12, 14))],
     "closeable_submit", "HMICFRS Being progressed; force Complete")
item(5212, P, AFI, "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.",
     "Complete", D(2020, 7, 16),
     H_open(d, [(D(2016, 5, 9), "Being progressed", ""), (D(2020, 7, 16), "Complete", C_DONE)]),
     [F(P, "AFI", "Develop future workforce plan aligned to demand and budget - resource allocations, skills mix & behaviours expected", "Complete", 5212, lead="Dir. People", portfolio="People", update="Strategic Workforce Plan 2020-23 approved.", sub=D(2020, 3, 2))],
     "in_sync", "Complete on both sides")

P = "LEG17W"
d = D(2017, 12, 12)
item(8602, P, COC, "The size of the vetting backlog within West Mercia Police is a cause of concern.",
     "Being progressed", D(2019, 5, 2),
     H_open(d, [(D(2019, 5, 2), "Being progressed", C_MON)]),
     [F(P, "CoC", "Size of the vetting backlog is a cause of concern", "Open - off track", 8602, lead="Head of PSD", portfolio="Professional Standards", update="Backlog 1,140 (Jan 24). Additional vetting officers recruited - in post Apr 24.")],
     "in_sync", "open on both sides")
item(8603, P, REC, "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.",
     "Being progressed", D(2019, 5, 2),
     H_open(d, [(D(2019, 5, 2), "Being progressed", "")]),
     [F("PEEL1819", "Rec", "Ensure all staff have at least lowest level of vetting clearance for their roles asap - clear backlog and renewals as they fall due, comply fully with national vetting guidelines", "Open - off track", 8603, lead="Head of PSD", portfolio="Professional Standards", update="See CoC. 97% of officers hold RV; staff renewals behind.")],
     "conflict", "report: HMICFRS files it under PEEL: Police legitimacy 2017 (West Mercia); the force row has the same ref and text but Report = PEEL 2018/19 (published Sep-19); both open")

P = "LEG17N"
d = D(2017, 12, 12)
item(8541, P, COC, "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.",
     "Being progressed", D(2018, 7, 31),
     H_open(d, [(D(2018, 7, 31), "Being progressed", C_MON)]),
     [], "missing_from_force", "national cause of concern on the HMICFRS list (Being progressed); the force tracks the four national recommendations but has no row for the cause of concern")
item(8542, P, NREC, T_SS_MON, "Being progressed", D(2018, 7, 31),
     H_open(d, [(D(2018, 7, 31), "Being progressed", "")]),
     [F(P, "Nat Rec", "By July 2018 - regularly monitor S&S data to understand reasons for any disproportionate representation of different ethnic groups", "Complete", 8542, bullet="1/3", lead="Supt Local Policing", portfolio="Local Policing", update="Quarterly S&S disproportionality dashboard (Power BI) reviewed at Fairness & Legitimacy Board.", sub=D(2022, 3, 10)),
      F(P, "Nat Rec", "..extent to which find rates differ between ethnicities & across search types (incl. drugs possession v supply)", "Complete", 8542, bullet="2/3", lead="Supt Local Policing", portfolio="Local Policing", update="Find rate by ethnicity & object searched included in dashboard.", sub=D(2022, 3, 10)),
      F(P, "Nat Rec", "..prevalence of possession-only drug searches and whether these align with local/force priorities", "Complete", 8542, bullet="3/3", lead="Supt Local Policing", portfolio="Local Policing", update="Possession-only drug searches reported monthly.", sub=D(2022, 3, 10))],
     "closeable_submit", "HMICFRS Being progressed; all three force bullet rows Complete")
item(8543, P, NREC, "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;",
     "Being progressed", D(2018, 7, 31),
     H_open(d, [(D(2018, 7, 31), "Being progressed", "")]),
     [F(P, "Nat Rec", "Where disparities identified - demonstrate to public research/analysis to understand reasons and action taken to reduce disparity", "Open - on track", 8543, lead="Supt Local Policing", portfolio="Local Policing", update="Independent S&S scrutiny panel; disparity research with OPCC due summer 24.")],
     "in_sync", "open on both sides")
item(8544, P, NREC, "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.",
     "Complete", D(2022, 1, 27),
     H_open(d, [(D(2018, 7, 31), "Being progressed", ""), (D(2022, 1, 27), "Complete", C_DONE)]),
     [F(P, "Nat Rec", "Publish analysis + actions taken at least annually from July 2018", "Complete", 8544, lead="Supt Local Policing", portfolio="Local Policing", update="Annual S&S report published on force website each Sept.", sub=D(2021, 10, 1))],
     "in_sync", "Complete on both sides")
item(8545, P, NREC, "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.",
     "Being progressed", D(2018, 7, 31),
     H_open(d, [(D(2018, 7, 31), "Being progressed", "")]),
     [F(P, "Nat Rec", "By July 2018 & ongoing - all officers using S&S powers trained on unconscious bias + CoP APP on stop and search", "Open - on track", 8454, lead="Head of L&D", portfolio="People", update="S&S refresher in PST; unconscious bias module 88% of frontline.")],
     "conflict", "reference: the force row is the same recommendation (same report, same text) but carries ref 8454, a transposition of 8545 that matches no HMICFRS item; both open")

P = "DUP21"
d = D(2021, 2, 26)
item(11236, P, NREC, "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.",
     "Awaiting review", D(2021, 2, 26),
     H_open(d),
     [F(P, "Nat Rec", "By Jul 22 - officers & staff have effective comms skills in line w/ National Policing Guidelines on Conflict Mgmt (in addition to existing conflict mgmt / de-escalation training)", "Open - on track", 11236, lead="Head of L&D", portfolio="People", update="Comms skills input added to PST 24/25 syllabus.")],
     "in_sync", "open on both sides")
item(11237, P, NREC, "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.",
     "Being progressed", D(2021, 9, 30),
     H_open(d, [(D(2021, 9, 30), "Being progressed", "")]),
     [F(P, "Nat Rec", "By July 2021 - comms skills reinforced in CPD; supervisors supported to debrief officers using BWV footage", "Complete", 11237, lead="Head of L&D", portfolio="People", update="BWV debrief guide issued to all sergeants; CPD day content signed off. Complete.", sub=D(2023, 6, 8))],
     "closeable_submit", "HMICFRS Being progressed; force Complete")
item(11238, P, NREC, T_BWV, "Being progressed", D(2021, 9, 30),
     H_open(d, [(D(2021, 9, 30), "Being progressed", "")]),
     [F(P, "Nat Rec", "By Sept 2021 - officers record entirety of all S&S encounters on BWV (incl. traffic stops & UoF)", "Complete", 11238, bullet="(i)", lead="Supt Local Policing", portfolio="Local Policing", update="BWV policy amended - mandatory for all S&S.", sub=D(2022, 2, 1)),
      F(P, "Nat Rec", "..structured process for internally reviewing a sufficient sample of BWV footage - learning & holding officers to account", "Open - on track", 11238, bullet="(ii)", lead="Supt Local Policing", portfolio="Local Policing", update="Dip sample process drafted; resourcing agreed."),
      F(P, "Nat Rec", "..external scrutiny panel members given access to samples of BWV footage of S&S and UoF (per CoP APP safeguards)", "Open - on track", 11238, bullet="(iii)", lead="Supt Local Policing", portfolio="Local Policing", update="Panel viewing sessions started Jan 24 - ToR to be finalised.")],
     "in_sync", "HMICFRS open; force split into three rows of which two are still open, so the force item is open: open on both sides")
item(11239, P, NREC, "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.",
     "Being progressed", D(2021, 9, 30),
     H_open(d, [(D(2021, 9, 30), "Being progressed", "")]),
     [], "missing_from_force", "on the HMICFRS list (Being progressed); the tracker has no row on internal monitoring of use of force")

P = "TTR15"
d = D(2015, 9, 15)
item(4702, P, NREC, "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.",
     "Complete", D(2020, 5, 21),
     H_open(d, [(D(2016, 3, 3), "Being progressed", ""), (D(2020, 5, 21), "Complete", C_DONE)]),
     [F(P, "Nat Rec", "Within 3 months assess governance of firearms licensing against APP standards; put correct arrangements in place where not complied with", "Open - off track", 4702, lead="Head of Firearms Licensing", portfolio="Operations", update="Governance review re-opened after 2022 audit; new FLU board ToR pending.")],
     "closeable_local", "HMICFRS Complete; force Open - off track")
item(4703, P, NREC, "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.",
     "Being progressed", D(2016, 3, 3),
     H_open(d, [(D(2016, 3, 3), "Being progressed", "")]),
     [F(P, "Nat Rec", "Within six months, all CCs should assess the demand placed on their firearms licensing dept and ensure it has capacity to meet demand & provide efficient/effective service at all times", "Open - on track", 4703, lead="Head of Firearms Licensing", portfolio="Operations", update="Renewals peak 2024-26 modelled; 4 x additional FEOs funded.")],
     "conflict", "timescale: HMICFRS 'Within three months', force row 'Within six months'; same ref, both open")
item(4704, P, NREC, "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete", D(2020, 9, 10),
     H_open(d, [(D(2016, 3, 3), "Being progressed", ""), (D(2020, 9, 10), "Complete", C_DONE)]),
     [F(P, "Nat Rec", "Immediately - satisfy selves all appropriate action taken re 'total expired' licensing records", "Complete", 4704, lead="Head of Firearms Licensing", portfolio="Operations", update="All total expired records reviewed and actioned. Nil outstanding.", sub=D(2016, 1, 8))],
     "in_sync", "Complete on both sides")
item(4705, P, NREC, "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Being progressed", D(2016, 3, 3),
     H_open(d, [(D(2016, 3, 3), "Being progressed", "")]),
     [F(P, "Nat Rec", "Within 3 months - temporary permits per HO guidance, recorded w/o delay on NFLMS, effective systems so certificate holders never in unlawful possession", "Submitted to HMICFRS", 4705, lead="Head of Firearms Licensing", portfolio="Operations", update="Temp permit SOP + NFLMS audit (100% recorded) uploaded to portal Feb 24.", sub=D(2024, 2, 22))],
     "closeable_submit", "HMICFRS Being progressed; force Submitted to HMICFRS")

P = "SS13"
d = D(2013, 7, 9)
item(3115, P, NREC, "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.",
     "Superseded", D(2021, 2, 18),
     [(d, "Awaiting review", ""), (D(2014, 1, 14), "Being progressed", ""), (D(2021, 2, 18), "Superseded", "Superseded by Disproportionate use of police powers (February 2021).")],
     [F(P, "Nat Rec", "CCs + College of Policing - clear specification in S&S APP of effective & fair exercise of S&S powers (compliant w/ Code A)", "Closed", 3115, lead="Supt Local Policing", portfolio="Local Policing", update="APP published by CoP. Closed - superseded.", sub=D(2015, 10, 29))],
     "in_sync", "HMICFRS Superseded (closed); force Closed")
item(3116, P, NREC, "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.",
     "Superseded", D(2021, 2, 18),
     [(d, "Awaiting review", ""), (D(2014, 1, 14), "Being progressed", ""), (D(2021, 2, 18), "Superseded", "Superseded by Disproportionate use of police powers (February 2021).")],
     [F(P, "Nat Rec", "Establish/improve monitoring of how officers S&S - acting lawfully (incl. equality legislation & Code A), used effectively to prevent crime & maintain public trust", "Open - on track", 3116, lead="Supt Local Policing", portfolio="Local Policing", update="Monitoring via Fairness & Legitimacy Board - see also PEEL Leg 2017 recs.")],
     "closeable_local", "HMICFRS Superseded (closed); force Open - on track")

P = "NCPI15"
d = D(2015, 2, 19)
item(4490, P, REC, T_NCPI, "Being progressed", D(2016, 1, 21),
     H_open(d, [(D(2016, 1, 21), "Being progressed", "WMP NCPI revisit")]),
     [F(P, "Rec", "Within 6 months, with children's social care, review how force manages detention of children - only detain when absolutely necessary/min time; early assessment of need for alternative accommodation; detention certificates; record all actions & decisions; timeliness of appropriate adult support", "Submitted to HMICFRS", 4490, lead="Supt Criminal Justice", portfolio="Crime & Vulnerability", update="Concordat on children in custody signed with all 4 LAs; PACE beds protocol. Evidence submitted Jan 24.", sub=D(2024, 1, 25))],
     "closeable_submit", "HMICFRS Being progressed; force Submitted to HMICFRS")

# Force rows for items the report parameter left out (closed before 01/04/2020) or that are
# not force items at all.
NOT_ON_LIST = [
    (dict(report="Core Business 2014", pub=D(2014, 9, 1), type="Nat Rec", ref=4822,
          text="Not later than 31 Mar 2015 - forces using a THR policy to give call-handlers specific, sound & comprehensible criteria to assess threat, harm and risk",
          status="Complete", lead="Supt OCC", portfolio="Local Policing",
          update="THRIVE adopted in OCC 2015.", sub=D(2015, 4, 30), bullet=""),
     "HMICFRS closed it before 01/04/2020 (register: Complete 2016), so the report parameter 'Exclude items closed before 01/04/2020' leaves it off this list"),
    (dict(report="Integrity Matters 2015", pub=D(2015, 1, 1), type="Nat Rec", ref=902,
          text="By 31 Aug 2015 CCs satisfy themselves misconduct investigations resulting in 'no further action' are fair and free of discrimination",
          status="Closed", lead="Head of PSD", portfolio="Professional Standards",
          update="PSD NFA dip sample process. Closed 2017.", sub=D(2015, 8, 28), bullet=""),
     "closed by HMICFRS in 2017, before the report's 01/04/2020 cut-off, so not on this list"),
    (dict(report="Everyone's Business (DA) 2014", pub=D(2014, 3, 1), type="Nat Rec", ref=2321,
          text="By Sept 2014 - establish and publish a DA action plan (in consultation with PCC, DA support orgs, victims reps; DHRs & IPCC findings; CPS scrutiny panels/MARAC self assessments). Chief officer personal responsibility.",
          status="Open - on track", lead="Ch Supt Public Protection", portfolio="Crime & Vulnerability",
          update="DA Strategy 2022-25 in place; DA delivery plan refreshed annually - keep open for monitoring.", sub=None, bullet=""),
     "national recommendation closed by HMICFRS before 01/04/2020 (the register superseded it after the PEEL effectiveness inspections), so it is filtered off this list; force still holds it open"),
    (dict(report="Disproportionate Use of Powers (S&S / UoF)", pub=D(2021, 2, 1), type="Nat Rec", ref=11240,
          text="Home Office & NPCC - ensure quality of data on incidents where force used to effect a S&S is sufficient for publication; HO to publish asap",
          status="N/A - not for force", lead="", portfolio="Local Policing",
          update="Directed at Home Office / NPCC - no action for WMP. Held for info.", sub=None, bullet=""),
     "recommendation directed at the Home Office and NPCC, not at forces; the portal's force report does not list it"),
]

# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------
BAD = re.compile(r"[\[\]:*?/\\]")


def sheet_name(title):
    """PageName -> worksheet name: drop the characters Excel forbids, cut to 31; a name already
    used (case-insensitive) gets ' (n)' in place of its last characters."""
    return SHEETNAMES[title]


def _make_names():
    used, out = set(), {}
    for key in sorted(REPORTS, key=lambda k: (-REPORTS[k][1].toordinal(), REPORTS[k][0])):
        title = REPORTS[key][0]
        base = BAD.sub("", title)[:31]
        name, n = base, 1
        while name.lower() in used:
            n += 1
            suf = " (%d)" % n
            name = base[:31 - len(suf)] + suf
        used.add(name.lower())
        out[title] = name
    return out


SHEETNAMES = _make_names()


def uk(dd):
    return dd.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# HMICFRS workbook: SSRS Excel (OpenXML) render
# --------------------------------------------------------------------------------------
REPORT_NAME = "Force recommendations by report"
PARAMS = ("Force: West Mercia Police    Report: (All)    Type: (All)    Status: (All)    "
          "Exclude items closed before: 01/04/2020")
RUN = "Run on 14/03/2024 09:12:37 by WMP-FLL"
NPAGES = len(GROUP_ORDER)  # one rendered page per report group (PageBreak between groups)


def build_hmicfrs(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_urls": False})
    wb.set_properties({"title": REPORT_NAME, "author": "", "company": "",
                       "comments": "", "created": FIXED})
    wb.set_calc_mode("auto")
    f_title = wb.add_format({"bold": True, "font_size": 14, "font_name": "Arial", "font_color": "#1F3864", "valign": "top"})
    f_hdr = wb.add_format({"font_name": "Arial", "font_size": 9, "valign": "top"})
    f_hdr_r = wb.add_format({"font_name": "Arial", "font_size": 9, "valign": "top", "align": "right"})
    f_grp = wb.add_format({"bold": True, "font_name": "Arial", "font_size": 11, "bg_color": "#1F3864", "font_color": "#FFFFFF", "valign": "top", "text_wrap": True})
    f_grp2 = wb.add_format({"italic": True, "font_name": "Arial", "font_size": 9, "bg_color": "#D9E1F2", "valign": "top"})
    f_colh = wb.add_format({"bold": True, "font_name": "Arial", "font_size": 9, "bg_color": "#8EA9DB", "border": 1, "border_color": "#A6A6A6", "valign": "top", "text_wrap": True})
    f_id = wb.add_format({"font_name": "Arial", "font_size": 9, "border": 1, "border_color": "#A6A6A6", "valign": "top", "num_format": "0", "align": "left"})
    f_txt = wb.add_format({"font_name": "Arial", "font_size": 9, "border": 1, "border_color": "#A6A6A6", "valign": "top", "text_wrap": True})
    f_dt = wb.add_format({"font_name": "Arial", "font_size": 9, "border": 1, "border_color": "#A6A6A6", "valign": "top", "num_format": "dd/mm/yyyy", "align": "left"})
    f_hid = wb.add_format({"font_name": "Arial", "font_size": 8, "font_color": "#595959", "valign": "top", "text_wrap": True, "bg_color": "#F2F2F2"})
    f_hid_id = wb.add_format({"font_name": "Arial", "font_size": 8, "font_color": "#595959", "valign": "top", "num_format": "0", "align": "left", "bg_color": "#F2F2F2"})
    f_hid_dt = wb.add_format({"font_name": "Arial", "font_size": 8, "font_color": "#595959", "valign": "top", "num_format": "dd/mm/yyyy", "align": "left", "bg_color": "#F2F2F2"})
    f_foot = wb.add_format({"bold": True, "font_name": "Arial", "font_size": 9, "top": 1, "valign": "top"})
    f_link = wb.add_format({"font_name": "Arial", "font_size": 10, "font_color": "#0563C1", "underline": 1})
    f_link2 = wb.add_format({"font_name": "Arial", "font_size": 9, "font_color": "#0563C1", "underline": 1})

    nonitems = {}   # sheet -> list of (row, what)
    hrow = {}       # item id -> "Sheet!Row"

    dm = wb.add_worksheet("Document map")
    dm.set_column(0, 0, 60)
    dm.set_column(1, 1, 14)
    dm.outline_settings(True, False, True, False)
    dm_rows = []

    sheets = {}
    for page, key in enumerate(GROUP_ORDER, start=1):
        title, pub, ptype = REPORTS[key]
        sname = sheet_name(title)
        ws = wb.add_worksheet(sname)
        sheets[key] = ws
        ni = nonitems.setdefault(sname, [])
        ws.hide_gridlines(2)
        ws.outline_settings(True, False, True, False)  # summary rows above detail (SSRS)
        ws.set_column(0, 0, 1.7)    # A: spacer column (tablix offset)
        ws.set_column(1, 1, 9.3)    # B: Rec ID
        ws.set_column(2, 2, 15.4)   # C: Type
        ws.set_column(3, 3, 22.0)   # D..G: text, one textbox merged over 4 columns
        ws.set_column(4, 4, 6.1)
        ws.set_column(5, 5, 18.9)
        ws.set_column(6, 6, 14.0)
        ws.set_column(7, 7, 14.6)   # H: Status
        ws.set_column(8, 8, 1.3)    # I: spacer
        ws.set_column(9, 9, 11.0)   # J: Status date
        ws.set_column(10, 10, 13.0)  # K: Owner (HMI) / comment from
        ws.set_landscape()
        ws.set_paper(9)
        ws.set_margins(0.4, 0.4, 0.5, 0.5)
        ws.set_footer("&L&\"Arial\"&8" + REPORT_NAME + "&C&\"Arial\"&8HMICFRS - OFFICIAL SENSITIVE&R&\"Arial\"&8Page &P of &N")
        # page header rendered as rows
        ws.set_row(0, 21)
        ws.merge_range(0, 1, 0, 7, REPORT_NAME, f_title)
        ni.append((1, "page header: report name"))
        ws.merge_range(1, 1, 1, 7, "West Mercia Police", f_hdr)
        ws.merge_range(1, 9, 1, 10, "Page %d of %d" % (page, NPAGES), f_hdr_r)
        ni.append((2, "page header: force name and 'Page %d of %d'" % (page, NPAGES)))
        ws.merge_range(2, 1, 2, 10, RUN, f_hdr)
        ni.append((3, "page header: run date and user"))
        ws.merge_range(3, 1, 3, 10, PARAMS, f_hdr)
        ni.append((4, "page header: report parameters"))
        ws.set_row(4, 6)
        ni.append((5, "blank spacer row under the page header"))
        # group header
        ws.set_row(5, 30)
        ws.merge_range(5, 1, 5, 10, title, f_grp)
        ni.append((6, "report group header: full report title"))
        ws.merge_range(6, 1, 6, 10, "Published: %s    Inspection type: %s" % (uk(pub), ptype), f_grp2)
        ni.append((7, "report group header: publication date and inspection type"))
        heads = ["Rec ID", "Type", "Recommendation / area for improvement / cause of concern", None, None, None,
                 "Current status", None, "Status date", "Updated by"]
        ws.write(7, 1, "Rec ID", f_colh)
        ws.write(7, 2, "Type", f_colh)
        ws.merge_range(7, 3, 7, 6, heads[2], f_colh)
        ws.write(7, 7, "Current status", f_colh)
        ws.write(7, 9, "Status date", f_colh)
        ws.write(7, 10, "Updated by", f_colh)
        ni.append((8, "column header row"))
        ws.freeze_panes(8, 0)
        ws.repeat_rows(5, 7)
        dm_rows.append(("L1", title, "internal:'%s'!B6" % sname))

        r = 8
        its = [it for it in ITEMS if it["rep"] == key]
        n_open = n_closed = 0
        for it in its:
            excel_row = r + 1
            hrow[it["id"]] = "%s!%d" % (sname, excel_row)
            dm_rows.append(("L2", str(it["id"]), "internal:'%s'!B%d" % (sname, excel_row)))
            nlines = it["text"].count("\n") + 1 + len(it["text"]) // 95
            ws.set_row(r, min(409, 12.0 * nlines + 3), None, {"collapsed": True})
            ws.write_number(r, 1, it["id"], f_id)
            ws.write(r, 2, it["type"], f_txt)
            ws.merge_range(r, 3, r, 6, it["text"], f_txt)
            ws.write(r, 7, it["status"], f_txt)
            ws.write_datetime(r, 9, dt.datetime.combine(it["sdate"], dt.time()), f_dt)
            ws.write(r, 10, "HMICFRS", f_txt)
            if it["status"] in ("Complete", "Superseded"):
                n_closed += 1
            else:
                n_open += 1
            r += 1
            # drill-down: status history and comments, collapsed (hidden, level 1)
            for (hd, hs, hc) in it["hist"]:
                ws.set_row(r, 11.5 * (1 + len(hc) // 110) if hc else None, None, {"level": 1, "hidden": True})
                ws.write_number(r, 1, it["id"], f_hid_id)
                ws.write(r, 2, "Status change" if hs else "Comment", f_hid)
                ws.merge_range(r, 3, r, 6, hc if hc else "Status set to " + hs, f_hid)
                if hs:
                    ws.write(r, 7, hs, f_hid)
                else:
                    ws.write_blank(r, 7, None, f_hid)
                ws.write_datetime(r, 9, dt.datetime.combine(hd, dt.time()), f_hid_dt)
                ws.write(r, 10, "HMICFRS" if hs else "Force liaison", f_hid)
                ni.append((r + 1, "drill-down detail row (hidden, outline level 1) under item %d: %s %s" %
                           (it["id"], "status history" if hs else "comment", (hs or "").strip())))
                r += 1
        # group footer
        ws.merge_range(r, 1, r, 2, "Items: %d" % len(its), f_foot)
        ws.merge_range(r, 3, r, 6, "Open: %d    Closed: %d" % (n_open, n_closed), f_foot)
        ws.write_blank(r, 7, None, f_foot)
        ws.merge_range(r, 9, r, 10, "", f_foot)
        ni.append((r + 1, "report group footer: item counts"))
        r += 1
        ws.set_row(r, 6)
        ni.append((r + 1, "blank row after the group footer (page break before next group)"))
        ws.print_area(0, 0, r, 10)
        ws.fit_to_pages(1, 0)

    # document map contents
    dm.write(0, 0, REPORT_NAME, wb.add_format({"bold": True, "font_name": "Arial", "font_size": 11}))
    dmni = nonitems.setdefault("Document map", [])
    dmni.append((1, "document map: report name"))
    rr = 1
    for lvl, label, url in dm_rows:
        if lvl == "L1":
            dm.write_url(rr, 0, url, f_link, string=label)
            dmni.append((rr + 1, "document map entry (level 1, hyperlink to the group): " + label))
        else:
            dm.set_row(rr, None, None, {"level": 1})
            dm.write_url(rr, 1, url, f_link2, string=label)
            dmni.append((rr + 1, "document map entry (level 2, hyperlink to item %s)" % label))
        rr += 1
    wb.close()
    return hrow, nonitems


# --------------------------------------------------------------------------------------
# Force tracker
# --------------------------------------------------------------------------------------
FORCE_ORDER = ["SS13", "NCPI15", "TTR15", "EFY15", "EFF16", "LEG17W", "LEG17N", "PEEL1819", "CDI19", "DUP21"]


def build_force(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_urls": False})
    wb.set_properties({"title": "HMICFRS Recommendations Tracker", "author": "Strategic Planning & Insight",
                       "company": "West Mercia Police", "created": FIXED - dt.timedelta(days=6)})
    ws = wb.add_worksheet("Tracker")
    f_t = wb.add_format({"bold": True, "font_size": 14, "font_name": "Calibri"})
    f_s = wb.add_format({"italic": True, "font_size": 10, "font_name": "Calibri", "font_color": "#595959"})
    f_h = wb.add_format({"bold": True, "bg_color": "#002060", "font_color": "#FFFFFF", "text_wrap": True, "border": 1, "valign": "top"})
    f_c = wb.add_format({"text_wrap": True, "border": 1, "valign": "top"})
    f_n = wb.add_format({"border": 1, "valign": "top", "align": "center"})
    f_m = wb.add_format({"border": 1, "valign": "top", "num_format": "mmm-yy", "align": "center"})
    f_d = wb.add_format({"border": 1, "valign": "top", "num_format": "dd/mm/yyyy", "align": "center"})
    fills = {"Complete": "#C6EFCE", "Closed": "#D9D9D9", "Submitted to HMICFRS": "#DDEBF7",
             "Open - on track": "#FFEB9C", "Open - off track": "#FFC7CE", "N/A - not for force": "#FFFFFF"}
    f_st = {k: wb.add_format({"border": 1, "valign": "top", "bg_color": v, "text_wrap": True}) for k, v in fills.items()}

    ws.write(0, 0, "West Mercia Police - HMICFRS Recommendations, AFIs & Causes of Concern Tracker", f_t)
    ws.write(1, 0, "Owner: Strategic Planning & Insight (Org Learning). Last updated 08/03/2024 for JAAC 21/03/2024. OFFICIAL - SENSITIVE", f_s)
    heads = ["HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI (summary)", "Part",
             "Portfolio", "Lead", "Latest update", "Status", "Date submitted to HMICFRS"]
    widths = [10, 24, 10, 8, 60, 6, 18, 22, 48, 18, 13]
    for c, (h, w) in enumerate(zip(heads, widths)):
        ws.set_column(c, c, w)
        ws.write(3, c, h, f_h)
    ws.freeze_panes(4, 0)
    ws.autofilter(3, 0, 3, len(heads) - 1)
    nonitems = {"Tracker": [(1, "title"), (2, "owner / last-updated note"), (3, "blank row"), (4, "column header row")]}

    rows = []  # (force dict, item or None, why)
    for key in FORCE_ORDER:
        for it in ITEMS:
            if it["rep"] != key:
                continue
            for f in it["force"]:
                rows.append((f, it, None))
    # the rows for items not on this HMICFRS list sit where the force keeps them
    extra = {n["report"]: (n, why) for n, why in NOT_ON_LIST}
    out = list(rows)
    # insert the older national items at the top (oldest first) and the HO/NPCC one after DUP21
    older = [extra["Everyone's Business (DA) 2014"], extra["Core Business 2014"], extra["Integrity Matters 2015"]]
    final = [(n, None, w) for n, w in older] + out + [(extra["Disproportionate Use of Powers (S&S / UoF)"][0], None,
                                                        extra["Disproportionate Use of Powers (S&S / UoF)"][1])]
    frow = []
    r = 4
    for f, it, why in final:
        if it is not None:
            rep_label = FR[f["report"]]
            pub = FPUB[f["report"]]
        else:
            rep_label = f["report"]
            pub = f["pub"]
        ref = f["ref"]
        ws.write_number(r, 0, ref, f_n)
        ws.write(r, 1, rep_label, f_c)
        ws.write_datetime(r, 2, dt.datetime.combine(pub, dt.time()), f_m)
        ws.write(r, 3, f["type"], f_n)
        ws.write(r, 4, f["text"], f_c)
        if f["bullet"]:
            ws.write(r, 5, f["bullet"], f_n)
        else:
            ws.write_blank(r, 5, None, f_n)
        ws.write(r, 6, f["portfolio"], f_c)
        if f["lead"]:
            ws.write(r, 7, f["lead"], f_c)
        else:
            ws.write_blank(r, 7, None, f_c)
        ws.write(r, 8, f["update"], f_c)
        ws.write(r, 9, f["status"], f_st[f["status"]])
        if f["sub"]:
            ws.write_datetime(r, 10, dt.datetime.combine(f["sub"], dt.time()), f_d)
        else:
            ws.write_blank(r, 10, None, f_d)
        frow.append(("Tracker!%d" % (r + 1), f, it, why))
        r += 1
    ws.autofilter(3, 0, r - 1, len(heads) - 1)

    lk = wb.add_worksheet("Lists")
    lk.write(0, 0, "Status")
    for i, s in enumerate(["Open - on track", "Open - off track", "Complete", "Submitted to HMICFRS", "Closed", "N/A - not for force"]):
        lk.write(i + 1, 0, s)
    lk.write(0, 2, "Type")
    for i, s in enumerate(["Rec", "Nat Rec", "AFI", "CoC"]):
        lk.write(i + 1, 2, s)
    lk.write(0, 4, "Portfolio")
    for i, s in enumerate(["Corporate", "Crime & Vulnerability", "Local Policing", "Operations", "People", "Professional Standards"]):
        lk.write(i + 1, 4, s)
    nonitems["Lists"] = [(1, "drop-down list headings (Status, Type, Portfolio)")] + \
        [(i + 2, "drop-down list values") for i in range(6)]
    ws.data_validation(4, 9, 200, 9, {"validate": "list", "source": "=Lists!$A$2:$A$7"})
    wb.close()
    return frow, nonitems


def main():
    os.makedirs(OUT, exist_ok=True)
    hrow, h_ni = build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    frow, f_ni = build_force(os.path.join(OUT, "tracker.xlsx"))

    truth = []
    seen = set()
    for fr, f, it, why in frow:
        if it is None:
            truth.append(("", fr, "not_on_hmicfrs_list", why))
        else:
            truth.append((hrow[it["id"]], fr, it["cat"], it["why"]))
            seen.add(it["id"])
    for it in ITEMS:
        if it["id"] not in seen:
            assert it["cat"] == "missing_from_force"
            truth.append((hrow[it["id"]], "", it["cat"], it["why"]))
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for t in truth:
            w.writerow(t)

    counts = {}
    for it in ITEMS:
        counts[it["cat"]] = counts.get(it["cat"], 0) + 1
    counts["not_on_hmicfrs_list"] = len(NOT_ON_LIST)
    write_readme(hrow, frow, h_ni, f_ni, counts, truth)


def write_readme(hrow, frow, h_ni, f_ni, counts, truth):
    L = []
    a = L.append
    a("# Case `ssrs_report_render_lookalike`\n")
    a("## Story\n")
    a("West Mercia Police's force liaison lead runs the HMICFRS monitoring portal's report "
      "**\"Force recommendations by report\"** (an SSRS report) on 14/03/2024 with the parameters "
      "Force = West Mercia Police, Report/Type/Status = (All), **Exclude items closed before = 01/04/2020**, "
      "and sends the analyst what the report viewer's *Export > Excel* produces (SQL Server Reporting Services "
      "OpenXML renderer). The analyst must reconcile it with the force's own tracker "
      "(`tracker.xlsx`, kept by Strategic Planning & Insight) before the Joint Audit and Assurance Committee of 21/03/2024.\n")
    a("## Files\n")
    a("### `hmicfrs.xlsx` (SSRS Excel render)\n")
    a("- Sheet 1 `Document map`: A1 report name; level-1 entries (column A) are hyperlinks to each report group; "
      "level-2 entries (column B, outline level 1) are the item ids, hyperlinked to each item row. No items here.")
    a("- Then one sheet per report group (the tablix group has a page break and PageName = report title): the sheet name "
      "is the report title with the characters Excel forbids (`[ ] : * ? / \\`) removed and cut to 31 characters "
      "(note `PEEL Police effectiveness 2016 ` ends in a space). Groups sorted by publication date, newest first.")
    a("- On every group sheet: rows 1-4 are the rendered page header (report name; force + `Page n of 10`; run date/user; "
      "parameters), row 5 a thin spacer, row 6 the full report title (group header), row 7 `Published: dd/mm/yyyy  Inspection type: ...`, "
      "row 8 the column headers. Column A is an empty spacer column (tablix offset), column I a narrow spacer. "
      "Columns: B `Rec ID` (number), C `Type`, **D:G merged** `Recommendation / area for improvement / cause of concern` "
      "(pandas sees `Unnamed` columns E-G), H `Current status`, J `Status date` (date cell, dd/mm/yyyy), K `Updated by`.")
    a("- Items: each item is one visible row carrying the current status. Directly under it come the **drill-down detail rows** "
      "(status history and portal comments) as collapsed outline rows (hidden, outline level 1, summary above). They repeat the "
      "Rec ID and have a status in column H, so in a flat read (pandas, openpyxl ignoring hidden rows) they look like items. "
      "They are not items. An item's status is the one on its own (visible) row, not the latest history row "
      "(they agree here except where noted).")
    a("- After the items: a group footer row (`Items: n`, `Open: n  Closed: n`) and a thin blank row. Page footer (report name, "
      "protective marking, `Page &P of &N`) is in the print footer, not in cells.")
    a("- Types: `Recommendation`, `Area for improvement`, `Cause of concern`, `National recommendation`.\n")
    a("### `tracker.xlsx` (force)\n")
    a("- Sheet `Tracker`: row 1 title, row 2 owner/last-updated note, row 3 blank, **row 4 header**, items from row 5 "
      "(autofilter, frozen header). Columns: `HMICFRS Ref` (number), `Report` (force's own short names, e.g. `PEEL 2018/19`, "
      "`Targeting the Risk (Firearms Licensing)`), `Published` (date cell shown `mmm-yy`), `Type` (`Rec`, `Nat Rec`, `AFI`, `CoC`), "
      "`Recommendation / AFI (summary)` (the force's own abridgements), `Part` (bullet label when the force split one "
      "recommendation into rows: `a`-`d`, `1 of 3`, `1/3`, `(i)`-`(iii)`), `Portfolio`, `Lead`, `Latest update`, `Status`, "
      "`Date submitted to HMICFRS`.")
    a("- Sheet `Lists`: drop-down values (not items).\n")
    a("## Status rules\n")
    a("- HMICFRS: **open** = `Awaiting review`, `Being progressed`; **closed** = `Complete`, `Superseded`.")
    a("- Force: **done** = `Complete`, `Submitted to HMICFRS`, `Closed`; **open** = `Open - on track`, `Open - off track`. "
      "`N/A - not for force` appears only on the row for a Home Office/NPCC recommendation (not_on_hmicfrs_list, so its status "
      "does not decide anything). Cell fill colours follow the status word and add nothing.")
    a("- A force item split into several rows is done only if every row is done (11238: one of three rows Complete -> open).\n")
    a("## Traps and how the truth decides them\n")
    a("- **Drill-down rows** look like items (same Rec ID, a status such as `Complete`) but are hidden outline detail: not items. "
      "11881's history shows `Complete` (May 2021) and then `Being progressed` (reopened Oct 2022); its own row says "
      "`Being progressed`, so with force `Complete` it is closeable_submit.".replace("11881", "10881"))
    a("- **Document map** rows repeat every item id as hyperlinks: not items.")
    a("- **Report parameter filter**: items HMICFRS closed before 01/04/2020 are not on this list. The force still has rows for "
      "Core Business (4822), Integrity matters (902) and Everyone's business (2321): not_on_hmicfrs_list. Closed items on the "
      "list all closed on/after 01/04/2020.")
    a("- **Not for forces**: the force holds the Disproportionate use report's Home Office/NPCC recommendation (ref 11240) "
      "`for info`; the portal's force report does not list it: not_on_hmicfrs_list.")
    a("- **Split rows**: 7606 (3 rows, all open, HMICFRS Superseded -> closeable_local), 8542 (3 rows all Complete, HMICFRS open "
      "-> closeable_submit), 11238 (3 rows, two open -> in_sync open), 10925 (4 rows, see conflicts).")
    a("- **Conflicts** (each decidable from the two rows):")
    a("  - 10882 type: HMICFRS `Area for improvement`, force `Rec`.")
    a("  - 10925 missing bullet: five bullets on HMICFRS, force rows a-d only; no row for the online-reports triage bullet.")
    a("  - 8603 report: HMICFRS files it under *PEEL: Police legitimacy 2017 – West Mercia*, the force row (same ref, same text) under `PEEL 2018/19`.")
    a("  - 8545 reference: force ref `8454` (digits transposed; no such HMICFRS id), same report and text as 8545.")
    a("  - 4703 timescale: HMICFRS `Within three months`, force `Within six months`.")
    a("- **Causes of concern without a force row**: 7601 (domestic abuse CoC) and 8541 (national stop and search CoC) are on the "
      "list; the force tracks their recommendations only: missing_from_force.")
    a("- **Sheet names**: both PEEL legitimacy 2017 reports cut to `PEEL Police legitimacy 2017 – A`; the renderer keeps the "
      "first (the national overview) and names the second `PEEL Police legitimacy 2017 (2)`, so only row 6 of each sheet says "
      "which report it is (8602/8603 are West Mercia's own; 8541-8545 national). Two names end in a space. Exact names below.")
    a("")
    a("## Texts and sources\n")
    a("All recommendation texts are real public HMICFRS texts (from the shared real-recommendations data). Report titles and "
      "publication dates are real. Case fiction: several force-specific texts are borrowed from the same kind of report for "
      "another force and filed here under West Mercia's real report of that kind: the Hampshire domestic abuse CoC and its "
      "three recommendations and the West Midlands missing children CoC and recommendation (PEEL effectiveness 2016), the "
      "Northamptonshire efficiency AFIs (PEEL efficiency 2015), the City of London AFI (PEEL 2018/19), the Devon and Cornwall "
      "CDI recommendation (CDI 2019), the West Midlands vetting CoC and recommendation (PEEL legitimacy 2017, force name changed "
      "to West Mercia Police), and the Bedfordshire NCPI recommendation (force name changed to West Mercia Police; the NCPI "
      "report date 19/02/2015 is taken from the news coverage of the West Mercia NCPI report). The West Mercia PEEL 2018/19 "
      "texts are West Mercia's own. Statuses and ids are the case's own (ids are plain integers as the register writes them; "
      "8541, 4822, 902, 2321 are the real register ids).\n")
    a("## Counts\n")
    a("HMICFRS items: %d. Force item rows: %d. Truth lines: %d.\n" % (len(ITEMS), len(frow), len(truth)))
    a("| category | items | truth lines |")
    a("|---|---|---|")
    lines = {}
    for t in truth:
        lines[t[2]] = lines.get(t[2], 0) + 1
    for cat in ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force", "not_on_hmicfrs_list", "review"]:
        a("| %s | %d | %d |" % (cat, counts.get(cat, 0), lines.get(cat, 0)))
    a("")
    a("## Sheets of `hmicfrs.xlsx`\n")
    for key in GROUP_ORDER:
        a("- `%s` <- %s (published %s)" % (sheet_name(REPORTS[key][0]), REPORTS[key][0], uk(REPORTS[key][1])))
    a("")
    a("## Rows that are not items\n")
    a("### hmicfrs.xlsx\n")
    for s, rows in h_ni.items():
        a("**%s**\n" % s)
        for rr, what in sorted(rows):
            a("- %s!%d: %s" % (s, rr, what))
        a("")
    a("### tracker.xlsx\n")
    for s, rows in f_ni.items():
        a("**%s**\n" % s)
        for rr, what in sorted(rows):
            a("- %s!%d: %s" % (s, rr, what))
        a("")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
