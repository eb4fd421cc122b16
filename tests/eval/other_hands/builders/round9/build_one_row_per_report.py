"""Builder for the independent case `one_row_per_report` (a force tracker kept at report level).

Run: /work/main/.venv/bin/python /tmp/indep9/perreport/build.py
Writes only under /tmp/indep9/perreport/one_row_per_report/.
"""
import csv
import datetime as dt
import os
import random
import sys

import pandas as pd
import xlsxwriter

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import national as N  # noqa: E402  (read as data only)
from reconcile.casegen.texts import force as F  # noqa: E402

random.seed(9)  # fixed seed (the case is written out deterministically; nothing below is random)

OUT = "/tmp/indep9/perreport/one_row_per_report"
os.makedirs(OUT, exist_ok=True)
REAL = pd.read_csv("/work/shared/data/real_recommendations.csv")

FORCE = "Cumbria Constabulary"
NAT, REC, AFI, COC = "National recommendation", "Recommendation", "Area for improvement", "Cause of concern"
D = dt.date


def nat(key, i):
    return N.NATIONAL[key][2][i][1]


# ---------------------------------------------------------------- HMICFRS side ----------------
# report key -> (title, date, [ (ref, type, text, status) ])
REPORTS = {
    "sas13": (N.NATIONAL["sas13"][0], D(2013, 7, 9), [
        (1187, NAT, nat("sas13", 0), "complete"),
        (1188, NAT, nat("sas13", 1), "complete"),
        (1189, NAT, nat("sas13", 2), "awaiting-review"),
    ]),
    "everyone": (N.NATIONAL["everyone"][0], D(2014, 3, 27), [
        (2321, NAT, N.EVERYONE_PLAN, "complete"),
    ]),
    "austerity": (N.NATIONAL["austerity"][0], D(2014, 7, 22), [
        (3056, NAT, nat("austerity", 0), "superseded"),
        (3057, NAT, nat("austerity", 1), "superseded"),
        (3058, NAT, nat("austerity", 2), "superseded"),
        (3059, NAT, nat("austerity", 3), "superseded"),
    ]),
    "core": (N.NATIONAL["core"][0], D(2014, 9, 4), [
        (4822, NAT, nat("core", 0), "complete"),
        (4823, NAT, nat("core", 1), "being-progressed"),
    ]),
    "integrity": (N.NATIONAL["integrity"][0], D(2015, 1, 30), [
        (902, NAT, nat("integrity", 0), "complete"),
    ]),
    "sas15": (N.NATIONAL["sas15"][0], D(2015, 3, 24), [
        (5210, NAT, nat("sas15", 0), "complete"),
    ]),
    "picture": (N.NATIONAL["picture"][0], D(2015, 7, 1), [
        (5594, NAT, nat("picture", 0), "being-progressed"),
    ]),
    "firearms": (N.NATIONAL["firearms"][0], D(2015, 9, 15), [
        (6120, NAT, nat("firearms", 0), "complete"),
        (6121, NAT, nat("firearms", 1), "complete"),
        (6122, NAT, nat("firearms", 2), "complete"),
        (6123, NAT, nat("firearms", 3), "being-progressed"),
        (6124, NAT, nat("firearms", 4), "complete"),
    ]),
    "eff15": ("PEEL: Police efficiency 2015", D(2015, 10, 15), [
        (6377, AFI, REAL.text[14], "complete"),
        (6378, AFI, REAL.text[15], "complete"),
        (6379, AFI, REAL.text[16], "being-progressed"),
    ]),
    "cdi16": ("Crime data integrity inspection 2016", D(2016, 9, 15), [
        (6993, REC, REAL.text[11], "complete"),
        (6994, REC, "Within three months, the force should " + F.BODIES[
            [i for i, b in enumerate(F.BODIES) if b.startswith("revise its approach to cautions")][0]] + ".",
         "being-progressed"),
    ]),
    "eff16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2), [
        (7311, COC, REAL.text[25], "complete"),
        (7312, REC, REAL.text[26], "complete"),
    ]),
    "stolen": (N.NATIONAL["stolen"][0], D(2017, 10, 24), [
        (8302, NAT, nat("stolen", 0), "being-progressed"),
        (8303, NAT, nat("stolen", 1), "being-progressed"),
        (8304, NAT, nat("stolen", 2), "being-progressed"),
        (8305, NAT, nat("stolen", 3), "complete"),
        (8306, NAT, nat("stolen", 4), "being-progressed"),
        (8307, NAT, nat("stolen", 5), "being-progressed"),
        (8308, NAT, nat("stolen", 6), "awaiting-review"),
    ]),
    "efc17": (N.NATIONAL["efc17"][0], D(2017, 11, 9), [
        (8417, NAT, nat("efc17", 0), "complete"),
    ]),
    "ncpi17": ("National child protection inspection 2017", D(2017, 11, 24), [
        (8552, REC, REAL.text[57].replace("Bedfordshire Police", FORCE), "being-progressed"),
    ]),
    "leg17": (N.NATIONAL["leg17"][0], D(2017, 12, 12), [
        (8541, COC, nat("leg17", 0), "being-progressed"),
        (8542, NAT, nat("leg17", 1), "being-progressed"),
        (8543, NAT, nat("leg17", 2), "being-progressed"),
        (8544, NAT, nat("leg17", 3), "being-progressed"),
        (8545, NAT, nat("leg17", 4), "complete"),
    ]),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2), [
        (9120, COC, REAL.text[8], "being-progressed"),
        (9121, REC, REAL.text[0], "being-progressed"),
        (9122, REC, REAL.text[6], "being-progressed"),
        (9123, REC, REAL.text[9], "being-progressed"),
        (9124, REC, REAL.text[10], "being-progressed"),
    ]),
    "powers": (N.NATIONAL["powers"][0], D(2021, 2, 26), [
        (10455, NAT, nat("powers", 0), "being-progressed"),
        (10456, NAT, nat("powers", 1), "being-progressed"),
        (10457, NAT, nat("powers", 2), "being-progressed"),
        (10458, NAT, nat("powers", 3), "complete"),
        (10459, NAT, nat("powers", 4), "being-progressed"),
    ]),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 5, 26), [
        (11804, AFI, "The force should improve its understanding of the nature and scale of "
                     "violence against women and girls in its area.", "being-progressed"),
        (11805, AFI, "The force should make sure victims of domestic abuse are kept informed about "
                     "the progress of their case, in line with the Code of Practice for Victims of "
                     "Crime.", "being-progressed"),
        (11806, REC, N.CONTROL_ROOM, "being-progressed"),
        (11807, AFI, REAL.text[18], "awaiting-review"),
        (11808, AFI, "The force should make sure it has enough specialist capacity and capability "
                     "to investigate rape and serious sexual offences.", "awaiting-review"),
        (11809, AFI, "The force should take steps to ensure that there is effective supervision of "
                     "the initial risk assessment process, specifically in relation to the "
                     "completion of DASH risk assessment in appropriate cases.", "being-progressed"),
    ]),
}

# HMICFRS export: header on row 1, sorted by publication date then reference.
H_SHEET = "Definitive list"
hrows = []
for key, (title, pub, items) in REPORTS.items():
    for ref, typ, text, status in items:
        hrows.append(dict(key=key, ref=ref, title=title, pub=pub, type=typ, text=text, status=status))
hrows.sort(key=lambda r: (r["pub"], r["ref"]))
HROW = {}  # ref -> "Definitive list!n"

wb = xlsxwriter.Workbook(os.path.join(OUT, "hmicfrs.xlsx"))
ws = wb.add_worksheet(H_SHEET)
bold = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True})
wrap = wb.add_format({"text_wrap": True, "valign": "top"})
datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
heads = ["Reference", "Force", "Report title", "Publication date", "Type", "Recommendation", "Status"]
for c, h in enumerate(heads):
    ws.write(0, c, h, bold)
for i, r in enumerate(hrows, start=1):
    ws.write_number(i, 0, r["ref"], wrap)
    ws.write(i, 1, FORCE, wrap)
    ws.write(i, 2, r["title"], wrap)
    ws.write_datetime(i, 3, dt.datetime.combine(r["pub"], dt.time()), datef)
    ws.write(i, 4, r["type"], wrap)
    ws.write(i, 5, r["text"], wrap)
    ws.write(i, 6, r["status"], wrap)
    HROW[r["ref"]] = f"{H_SHEET}!{i + 1}"
ws.set_column(0, 0, 11); ws.set_column(1, 1, 20); ws.set_column(2, 2, 45); ws.set_column(3, 3, 14)
ws.set_column(4, 4, 22); ws.set_column(5, 5, 90); ws.set_column(6, 6, 16)
ws.autofilter(0, 0, len(hrows), len(heads) - 1)
ws.freeze_panes(1, 0)
wb.close()
HSTATUS = {r["ref"]: r["status"] for r in hrows}
HCLOSED = {"complete", "superseded"}

# ---------------------------------------------------------------- force side ------------------
# Each tracker row: (section, inspection name, published (str or date), cell items, lead, status, update)
# cell items: list of (hmicfrs ref or None, text as the force wrote it, note or "")
# The truth for each item is decided below by hand-set expectations, then checked against the rules.
ROWS = [
    ("NATIONAL / THEMATIC INSPECTIONS", None),
    ("row", dict(
        name="Stop & Search powers (HMIC 2013)", pub="Jul 2013", lead="ACC Local Policing",
        status="Complete",
        update="03/2016 - Evidence pack sent to HMICFRS. S&S scrutiny panel meets quarterly. Ready to move to GREEN status.",
        items=[
            (1187, "CCs & College of Policing to set out in the S&S APP a clear specification of what constitutes the effective and fair exercise of S&S powers", "(complete)"),
            (1188, "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (incl. equality legislation and the Code of Practice)", ""),
            (1189, "Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way S&S powers are used in their areas and by making arrangements for S&S records to be scrutinised by community representatives…", ""),
        ])),
    ("row", dict(
        name="Domestic abuse - Everyone's business", pub=D(2014, 3, 27), lead="Ch Supt Public Protection",
        status="Complete",
        update="DA action plan published Sept 2014 and refreshed annually; now part of the VAWG delivery plan.",
        items=[
            (2321, "By September 2014, establish and publish an action plan that specifies in detail what steps the force will take to improve its approach to domestic abuse. Plan to be developed in consultation with the PCC, DA support organisations and victims' representatives; after considering all the recommendations in the report; with reference to DHRs and IPCC findings; drawing on CPS scrutiny panels and MARAC self-assessments.", ""),
        ])),
    ("row", dict(
        name="Policing in Austerity – Meeting the Challenge", pub="July 2014", lead="Director of Finance",
        status="Partially complete",
        update="Savings plans reviewed each year through the MTFP. Collaboration review with Lancashire ongoing (see Change Board minutes 11/2023).",
        items=[
            (3056, "All CCs & PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets", "(complete)"),
            (3057, "Forces planning to deliver less than 10% of savings through collaboration should assess whether there is scope to improve on this position", ""),
            (3058, "Forces planning to reduce the proportion of their workforce / police officers on the front line should assess whether they have taken the decisive action seen in many forces to maintain crime fighting capacity", "(ongoing)"),
            (3059, "In preparation for the next spending round all CCs & PCCs should review their plans for collaboration - scope for better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector", "(complete)"),
        ])),
    ("row", dict(
        name="Core business", pub="Sept 2014", lead="Head of Corporate Development",
        status="Complete",
        update="Problem-solving and crime prevention activity recorded on the problem-solving database since 2016; evaluation template in use.",
        items=[
            (4823, "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.", ""),
        ])),
    ("row", dict(
        name="Integrity matters", pub="Jan 2016", lead="Head of Professional Standards",
        status="Complete",
        update="PSD dip-sample of NFA outcomes completed 08/2015. Completed. Evidence submitted to HMICFRS for closure.",
        items=[
            (902, "By 31 August 2015, all CCs should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers & staff resulting in 'no further action' are fair and free of any form of discrimination.", ""),
        ])),
    ("row", dict(
        name="Stop & search powers 2", pub="24/03/2015", lead="ACC Local Policing",
        status="Complete",
        update="Community scrutiny panel includes young people (Youth IAG). See S&S 2013 above.",
        items=[
            (5210, "Chief constables should, in consultation with PCCs, ensure that they comply with the Code of Practice by explaining to the public the way S&S powers are used in their areas and by making arrangements for S&S records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, e.g. young people.", ""),
        ])),
    ("row", dict(
        name="Targeting the Risk (Firearms Licensing) 2015", pub=D(2015, 9, 15), lead="Supt Firearms Licensing",
        status="Complete",
        update="All recommendations complete - signed off by DCC 04/2016. Temporary permits now recorded on NFLMS.",
        items=[
            (6120, "Within three months, all CCs should assess how well the governance of firearms licensing in the force meets the standards set out in APP; where not complied with put in place immediately the correct arrangements and procedures", ""),
            (6121, "Within six months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.", ""),
            (6122, "Immediately, all CCs should satisfy themselves that all appropriate action is being taken by their force with regard to 'total expired' licensing records.", ""),
            (6123, "Within three months, ensure arrangements for temporary permits are in accordance with HO guidance; temporary permits properly recorded without delay on NFLMS; effective systems so certificate holders are not permitted to remain in unlawful possession of a firearm.", ""),
        ])),
    ("row", dict(
        name="Stolen Freedom (MSHT) 2017", pub="24 October 2017", lead="Det Ch Supt Force CID",
        status="In progress",
        update="14/01/2024: MSHT delivery plan reviewed at Vulnerability Board. NRM referrals audited Q3 - 100% compliance. ISA with Cumbria CC in draft.",
        items=[
            (8302, "Within 12 months, forces should review their leadership and governance arrangements for MSHT, to ensure that: senior leaders prioritise the response to MSHT; every incident of modern slavery is allocated appropriate resources with the skills, experience and capacity to investigate it; effective partnership arrangements to share information and safeguard victims; performance & QA measures in place", "(ongoing)"),
            (8303, "Within 12 months, forces should have in place active ISAs with other agencies to facilitate speedy exchange of intelligence and in order to safeguard victims better and to identify suspects as early as possible", ""),
            (8304, "Immediately, ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded early and continuing consideration of the section 45 defence", "(complete)"),
            (8305, "Immediately, take steps to ensure full compliance with the NRM process and the Modern Slavery Act 2015 duty to notify the Home Office of any individual suspected to be an adult victim of MSHT", "(complete)"),
            (8306, "Immediately, ensure full compliance with NCRS for offences identified as MSHT and sufficient audit capacity for the Force Crime Registrar", ""),
            (8307, "Immediately, ensure allegations or indications of MSHT are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them", "(ongoing)"),
        ])),
    ("row", dict(
        name="PEEL Efficiency 17 (all forces)", pub="Nov 2017", lead="Head of Corporate Development",
        status="Complete",
        update="Digital Policing Strategy 2018-21 approved by COG 08/2018.",
        items=[
            (8417, "By Sept 2018, CCs should produce an ambitious plan to improve digitally-enabled services within their force.", ""),
        ])),
    ("row", dict(
        name="PEEL Legitimacy 2017 - national (stop and search)", pub="Dec 2017", lead="ACC Local Policing",
        status="Partially complete",
        update="S&S data dashboard live since 06/2018 (Power BI). Annual S&S report published on force website 07/2023. Disparity research with University of Cumbria under way.",
        items=[
            (8541, "CoC [8541] - HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair; over-representation of BAME people, and black people in particular, in S&S data which many forces are unable to explain", ""),
            (8542, "[8542] By July 2018, all forces should be regularly and frequently monitoring a comprehensive set of data on use of S&S to understand: the reasons for any disproportionate representation of different ethnic groups; find rates by ethnicity and type of search; the prevalence of possession-only drug searches", "(complete)"),
            (8543, "[8534] Where forces identify disparities through monitoring, they should demonstrate to the public that they have carried out research and analysis to understand the reasons for the disparity, and taken action to reduce the disparity where necessary", ""),
            (8544, "[8544] Publish this analysis and any actions taken at least on an annual basis, from July 2018", "(ongoing - annual)"),
            (8545, "[8545] By July 2018, and ongoing, all officers who use S&S powers to have been provided with, and understand, training on unconscious bias and CoP APP on S&S", "(complete)"),
        ])),
    ("row", dict(
        name="Police powers spotlight (Feb 21)", pub="Feb 2021", lead="Ch Insp Operational Training",
        status="In progress",
        update="12/12/2023: BWV review process agreed at S&S Board; external scrutiny panel access to footage from 01/2024. Use of force dashboard live.",
        items=[
            (10455, "By July 2022, forces should ensure that officers & staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management", "(ongoing)"),
            (10456, "By July 2021, forces should ensure that communication skills are reinforced as part of CPD for officers & staff, and that supervisors are supported to routinely debrief officers using BWV footage", "(complete)"),
            (10457, "By September 2021, forces should: record on BWV the entirety of all S&S encounters incl. traffic stops and use of force; have a structured process for regularly reviewing a sample of BWV footage; provide external scrutiny panel members with access to samples of BWV footage", ""),
            (10458, "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on use of force to effect a S&S is sufficient for publication", ""),
            (10459, "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action", "(complete)"),
        ])),
    (None, None),
    ("FORCE INSPECTIONS", None),
    ("row", dict(
        name="PEEL Efficiency 2014", pub="Nov 2014", lead="Head of Corporate Development",
        status="Complete",
        update="Closed by HMIC - confirmed at the 2015 efficiency inspection.",
        items=[
            (None, "The force should improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.", ""),
            (None, "The force should make sure its performance framework gives senior leaders a clear picture of its response to neighbourhood crime.", ""),
        ])),
    ("row", dict(
        name="PEEL Efficiency 2015", pub="Oct 2015", lead="Head of Corporate Development",
        status="Complete",
        update="Force Management Statement and Workforce Plan 2019-22 in place. Completed. Evidence submitted to HMICFRS for closure.",
        items=[
            (6377, "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand.", ""),
            (6378, "The force should develop its understanding of the links between its outcomes, outputs and costs", ""),
            (6379, "Develop a future workforce plan aligned with overall demand and budget (future resource allocations, skills mix required, behaviours expected)", ""),
        ])),
    ("row", dict(
        name="Crime Data Integrity 2016", pub="Sept 2016", lead="Force Crime Registrar",
        status="In progress",
        update="Crime Data Integrity Board meets monthly. Out of court disposals scrutiny panel reviewing cautions/PND audit 11/2023.",
        items=[
            (6993, "Within 6 months put in place arrangements to ensure that: victims are believed at the point of report; call handler conversations are summarised accurately in the incident log; multiple crimes are always recorded; the practice of awaiting medical examinations or video interviews before recording decisions is stopped; online reports are triaged at the point of receipt", ""),
            (6994, "Within 3 months, revise the approach to cautions, cannabis warnings and PNDs so there is a clear and auditable explanation to the offender of the implications, and for victim-based crimes a clear and auditable record that the victim's views are considered prior to issue", ""),
        ])),
    ("row", dict(
        name="PEEL Effectiveness 2016", pub=D(2017, 3, 2), lead="Ch Supt Public Protection",
        status="Complete",
        update="Missing from home policy rewritten 2017. Re-inspected 2018 - HMICFRS content.",
        items=[
            (7311, "Cause of concern: the force's response to missing and absent children - children classed as 'absent' when they should have been 'missing', risk levels incorrectly assessed at a lower grade; an enduring cause of concern from the 2015 vulnerability report.", ""),
            (7312, "To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that: call takers understand and use the missing and absent category appropriately; call takers and frontline staff can identify CSE risk factors and respond; supervisors provide the correct oversight of missing person enquiries", ""),
        ])),
    ("row", dict(
        name="NCPI 2017", pub="24/11/2017", lead="Ch Insp Custody",
        status="Pending sign off",
        update="Joint protocol with Children's Services agreed 09/2018; AA provider contract re-let 2019. Pending sign off by the chief officer lead.",
        items=[
            (8552, "Within six months, in conjunction with children's social care services, review how the force manages the detention of children - children only detained when absolutely necessary and for the minimum time; early assessment of need for alternative accommodation; detention certificates completed; record of all actions and decisions; timely appropriate adult support", ""),
        ])),
    ("row", dict(
        name="PEEL 2018/19", pub="May 2019", lead="ACC Crime",
        status="Partially complete",
        update="Investigation Standards programme (2019-21). Workload review reported to COG 10/2019. DFU backlog reduced from 14 to 6 weeks (Q2 23/24).",
        items=[
            (9120, "CoC - The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way crimes are being investigated.", ""),
            (9121, "Immediately: conduct a review of officers' capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them", "(complete)"),
            (9122, "Within six months: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded", "(ongoing)"),
            (9123, "Within six months: improve the ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed", ""),
        ])),
    ("row", dict(
        name="PEEL Assessment 2021/22", pub="May 2022", lead="DCC",
        status="In progress",
        update="PEEL 21/22 improvement plan monitored at Strategic Performance Board (last 08/02/2024). VAWG problem profile completed 06/2023.",
        items=[
            (11804, "AFI 1 - The force should improve its understanding of the nature and scale of VAWG in its area", "(complete)"),
            (11805, "AFI 2 - The force should make sure victims of DA are kept informed about the progress of their case, in line with the Victims' Code", ""),
            (11806, "AFI 3 - The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce", ""),
            (11808, "AFI 4 - The force should make sure it has enough specialist capacity and capability to investigate rape and serious sexual offences", ""),
            (11809, "AFI 5 - The force should take steps to ensure effective supervision of the initial risk assessment process, specifically completion of DASH in appropriate cases", "(ongoing)"),
        ])),
    (None, None),
    ("RELATED ACTIONS (INTERNAL AUDIT)", None),
    ("row", dict(
        name="Internal audit - Firearms licensing (2023/24 audit plan)", pub="Nov 2023", lead="Supt Firearms Licensing",
        status="In progress",
        update="Audit fieldwork complete; final report to JAC 03/2024.",
        items=[
            (None, "Internal audit of the firearms licensing governance arrangements (audit plan 2023/24)", ""),
            (None, "Review the firearms licensing demand profile as part of the force management statement", "(ongoing)"),
        ])),
]

# ---- write the tracker -------------------------------------------------------------------------
T_SHEET = "Tracker"
wb = xlsxwriter.Workbook(os.path.join(OUT, "tracker.xlsx"))
ws = wb.add_worksheet(T_SHEET)
title = wb.add_format({"bold": True, "font_size": 14})
sub = wb.add_format({"italic": True})
hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "white", "border": 1, "text_wrap": True, "valign": "top"})
sec = wb.add_format({"bold": True, "bg_color": "#D9E1F2"})
cellf = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
stat_fmt = {
    "Complete": wb.add_format({"text_wrap": True, "valign": "top", "border": 1, "bg_color": "#C6EFCE"}),
    "Pending sign off": wb.add_format({"text_wrap": True, "valign": "top", "border": 1, "bg_color": "#C6EFCE"}),
    "In progress": wb.add_format({"text_wrap": True, "valign": "top", "border": 1, "bg_color": "#FFEB9C"}),
    "Partially complete": wb.add_format({"text_wrap": True, "valign": "top", "border": 1, "bg_color": "#FFEB9C"}),
}
ncols = 7
ws.merge_range(0, 0, 0, ncols - 1, "Cumbria Constabulary", title)
ws.merge_range(1, 0, 1, ncols - 1, "HMICFRS Inspection Recommendations & AFIs - report tracker", title)
ws.merge_range(2, 0, 2, ncols - 1, "Owner: Strategic Development Unit. Last updated 14/02/2024 for Joint Audit Committee (March 2024).", sub)
heads = ["No.", "Inspection", "Published", "Recommendations / AFIs", "Lead", "Status", "Update"]
HEADER_ROW = 4  # 0-based -> Excel row 5
for c, h in enumerate(heads):
    ws.write(HEADER_ROW, c, h, hdr)
r = HEADER_ROW + 1
no = 0
placed = []  # (excel_row, rowdict)
for kind, data in ROWS:
    if kind is None:
        r += 1  # blank row
        continue
    if kind != "row":
        ws.merge_range(r, 0, r, ncols - 1, kind, sec)
        r += 1
        continue
    no += 1
    ws.write_number(r, 0, no, cellf)
    ws.write(r, 1, data["name"], cellf)
    if isinstance(data["pub"], dt.date):
        ws.write_datetime(r, 2, dt.datetime.combine(data["pub"], dt.time()), datef)
    else:
        ws.write_string(r, 2, data["pub"], cellf)
    lines = []
    for k, (_ref, text, note) in enumerate(data["items"], start=1):
        lines.append(f"{k}. {text}" + (f" {note}" if note else ""))
    ws.write_string(r, 3, "\n".join(lines), cellf)
    ws.write(r, 4, data["lead"], cellf)
    ws.write(r, 5, data["status"], stat_fmt[data["status"]])
    ws.write(r, 6, data["update"], cellf)
    placed.append((r + 1, data))
    r += 1
r += 1
ws.write(r, 0, "Status key: Complete = all recommendations/AFIs for the report implemented; Partially complete = some implemented (see notes against each item); In progress = work ongoing; Pending sign off = complete, awaiting chief officer sign off.", sub)
ws.write(r + 1, 0, "Items marked (complete) have been evidenced to the lead; items marked (ongoing) remain open.", sub)
ws.set_column(0, 0, 5); ws.set_column(1, 1, 30); ws.set_column(2, 2, 13); ws.set_column(3, 3, 110)
ws.set_column(4, 4, 22); ws.set_column(5, 5, 16); ws.set_column(6, 6, 50)
ws.freeze_panes(HEADER_ROW + 1, 0)
key = wb.add_worksheet("Key")
key.write(0, 0, "RAG / status key", title)
for i, (w, m) in enumerate([
        ("Complete", "The recommendation is implemented"),
        ("Pending sign off", "Work complete - awaiting chief officer lead sign off"),
        ("Partially complete", "Some items of the report implemented - see item notes"),
        ("In progress", "Subject to ongoing work and monitoring but is anticipated will be implemented"),
        ("Superseded", "Replaced by a later inspection")], start=2):
    key.write(i, 0, w); key.write(i, 1, m)
key.set_column(0, 0, 20); key.set_column(1, 1, 80)
wb.close()

# ---------------------------------------------------------------- truth -------------------------
DONE_ROW = {"Complete": True, "Pending sign off": True, "In progress": False, "Partially complete": False}


def force_done(row_status, note):
    if note.lower().startswith("(complete"):
        return True
    if note.lower().startswith("(ongoing"):
        return False
    return DONE_ROW[row_status]


# Conflicts decided by eye (ref -> why).
CONFLICT = {
    902: "publication date differs: HMICFRS 30/01/2015, tracker row 'Published' Jan 2016",
    6121: "timescale differs: HMICFRS 'Within three months', tracker 'Within six months'",
    8303: "timescale differs: HMICFRS 'Within six months', tracker 'Within 12 months'",
    8543: "reference differs: HMICFRS 8543, tracker item written as [8534]",
    11806: "type differs: HMICFRS Recommendation, tracker lists it as 'AFI 3'",
}
truth = []
seen = set()
for excel_row, data in placed:
    frow = f"{T_SHEET}!{excel_row}"
    if all(ref is None for ref, _t, _n in data["items"]):
        truth.append(("", frow, "not_on_hmicfrs_list",
                      f"tracker row '{data['name']}' is not on the HMICFRS list"
                      + (" (internal audit actions, not HMICFRS)" if "audit" in data["name"].lower()
                         else " (older report, closed by HMIC; list holds nothing from it)")))
        continue
    for k, (ref, _text, note) in enumerate(data["items"], start=1):
        seen.add(ref)
        hs = HSTATUS[ref]
        closed = hs in HCLOSED
        done = force_done(data["status"], note)
        fs = (f"item {k} note '{note}'" if note else f"row status '{data['status']}'")
        if ref in CONFLICT:
            cat, why = "conflict", f"item {k} of '{data['name']}': {CONFLICT[ref]}"
        elif not closed and done:
            cat, why = "closeable_submit", f"HMICFRS {hs}; force done ({fs})"
        elif closed and not done:
            cat, why = "closeable_local", f"HMICFRS {hs}; force open ({fs})"
        else:
            cat, why = "in_sync", f"HMICFRS {hs}; force {'done' if done else 'open'} ({fs})"
        if cat != "conflict":
            why = f"item {k} of '{data['name']}': " + why
        truth.append((HROW[ref], frow, cat, why))
ROW_OF_REPORT = {}
for excel_row, data in placed:
    for ref, _t, _n in data["items"]:
        if ref is not None:
            ROW_OF_REPORT[next(r_["key"] for r_ in hrows if r_["ref"] == ref)] = (excel_row, data)
for r_ in hrows:
    if r_["ref"] not in seen:
        if r_["key"] in ROW_OF_REPORT:
            er, data = ROW_OF_REPORT[r_["key"]]
            where = (f"the tracker's row for this report ('{data['name']}', {T_SHEET}!{er}) lists "
                     f"{len(data['items'])} items and this one is not among them (lost)")
        else:
            where = "the tracker has no row for this report at all"
        truth.append((HROW[r_["ref"]], "", "missing_from_force",
                      f"ref {r_['ref']} ({r_['type']}, HMICFRS {r_['status']}): {where}"))


def rownum(p):
    return int(p.split("!")[1]) if p else 10**6


truth.sort(key=lambda t: (rownum(t[0]) if t[0] else 10**7, rownum(t[1])))
with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

from collections import Counter  # noqa: E402
print(len(hrows), "HMICFRS items;", len(placed), "tracker item rows;", len(truth), "truth lines")
print(Counter(t[2] for t in truth))
