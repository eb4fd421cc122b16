"""Builder for the independent case `leics_frs_improvement_plan`.

Imitates Leicestershire FRS's HMICFRS improvement plan (research file, row "Leicestershire FRS
https://leics-fire.gov.uk/hmicfrs/improvement-plan/": 24 AFIs (+20 other comments) -> 88
actions, one AFI maps to many actions) and the Derbyshire FRS values-and-culture plan
("AFI 1 - The service should ...", % complete, "30 Sep 2023" dates).
Texts: real_recommendations.csv and casegen texts (BODIES). Fixed seed.
"""
import csv
import datetime as dt
import random
import re
import sys
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts.force import BODIES  # noqa: E402

RNG = random.Random(20240917)
OUT = Path("/tmp/indep2/frs_plan/leics_frs_improvement_plan")
OUT.mkdir(parents=True, exist_ok=True)

real = pd.read_csv("/work/shared/data/real_recommendations.csv")


def real_text(startswith, title_contains=None):
    m = real[real.text.str.startswith(startswith)]
    if title_contains:
        m = m[m.report_title.str.contains(title_contains, regex=False)]
    assert len(m) >= 1, startswith
    return m.iloc[0].text


def body(start):
    m = [b for b in BODIES if b.startswith(start)]
    assert len(m) == 1, start
    return m[0]


def svc(b):
    """HMICFRS force-level body under the fire stem."""
    return "The service should " + b.replace("of the force.", "of the service.") + "."


# --------------------------------------------------------------------------- texts
T = {
    # real fire AFIs / cause of concern (real_recommendations.csv rows 17, 29-32, 45)
    "F1": real_text("The service should make sure its firefighters"),
    "F2": real_text("The Service Should make sure there are appropriate strategic"),
    "F3": real_text("The Service Should make sure the corporate risk register"),
    "F4": real_text("The Service Should make sure all processes"),
    "F5": real_text("The Service Should make sure it has access to accurate data"),
    "F6": real_text("The service should develop a clear prevention strategy"),
    # real HMICFRS bodies (casegen BODIES) under "The service should"
    "B1": svc(body("put plans in place to monitor")),
    "B2": svc(body("specify in succession plans").replace("levels of the force", "levels of the service")),
    "B3": svc(body("make sure it provides a confidential way")),
    "B4": svc(body("review the support available")),
    "B5": svc(body("review how it gathers and uses equality")),
    "B6": svc(body("immediately review its current background checks")),
    "B7": svc(body("make sure it provides accessible information")),
    "B8": svc(body("undertake further work to gain a fuller understanding")),
    "B9": svc(body("develop its understanding of the links")),
    "B10": svc(body("develop a future workforce plan")),
    "B11": svc(body("expand the skills project work")),
    "B12": svc(body("ensure that it has sufficient resources available in the control room")),
    "B13": svc(body("produce an ambitious plan to improve digitally-enabled").replace(" within the force", "")),
    "B14": svc(body("improve its arrangements both to consult")),
    "B17": svc(body("satisfy itself that it has processes in place to ensure that investigations")),
}
# F3 in rounds 1/2 in ordinary capitals (HMICFRS's usual stem), R3 as in the source
T["F3lc"] = T["F3"].replace("The Service Should", "The service should").replace("  ", " ") + "."
VC = {
    "vc_culture": real_text("By 1 October 2023, chief fire officers should put plans"),
    "vc_training": real_text("By 1 October 2023, as a precursor"),
    "vc_prof_std": real_text("By 1 June 2023, chief fire officers should assure", "Values and culture in fire and rescue services"),
    "vc_prof_std_variant": real_text("By 1 June 2023, Chief Fire Officers should assure"),
    "vc_succession": real_text("By 1 June 2023, chief fire officers should, as a priority"),
    "vc_dbs": real_text("By 1 January 2024, chief fire officers should:"),
    "vc_confidential": real_text("By 1 October 2023, Chief Fire Officers should make sure their services"),
    "vc_national_employer": real_text("By 1 October 2023, National Employer"),
    "vc_support": real_text("By 1 June 2023, Chief Fire Officers should review the support"),
    "vc_access_info": real_text("By 1 June 2023, Chief Fire Officers should make sure they provide accessible"),
    "vc_ed_data": real_text("By 1 June 2023, chief fire officers should review how they gather"),
    "vc_core_code": real_text("Chief Fire Officers should review their implementation of the Core Code"),
}
for k, v in T.items():
    assert v and "{" not in v, k

SERVICE = "Leicestershire Fire and Rescue Service"
REPORTS = {
    "R1": ("Fire and rescue service inspection 2018/19: Effectiveness, efficiency and people – "
           "Leicestershire Fire and Rescue Service", "20/06/2019"),
    "R2": ("Fire and rescue service inspection 2021/22: Effectiveness, efficiency and people – "
           "Leicestershire Fire and Rescue Service", "27/07/2022"),
    "R3": ("Fire and rescue service inspection 2023-25 – Leicestershire Fire and Rescue Service",
           "12/09/2024"),
    "VC": ("Values and culture in fire and rescue services", "30/03/2023"),
}
AFI, COC, NAT = "Area for improvement", "Cause of concern", "National recommendation"

# --------------------------------------------------------------------------- HMICFRS items
# (item id, round, text key, type, HMICFRS status)
H_ITEMS = [
    ("R1.F1", "R1", "F1", AFI, "Superseded"),
    ("R1.F6", "R1", "F6", AFI, "Complete"),
    ("R1.F3", "R1", "F3lc", AFI, "Complete"),
    ("R1.B8", "R1", "B8", AFI, "Complete"),
    ("R1.B9", "R1", "B9", AFI, "Being progressed"),
    ("R1.B13", "R1", "B13", AFI, "Being progressed"),
    ("R1.B14", "R1", "B14", AFI, "Complete"),
    ("R1.B10", "R1", "B10", AFI, "Superseded"),
    ("R1.B11", "R1", "B11", AFI, "Being progressed"),
    ("R1.B12", "R1", "B12", AFI, "Complete"),
    ("R1.B5", "R1", "B5", AFI, "Superseded"),
    ("R1.B17", "R1", "B17", AFI, "Being progressed"),
    ("R2.F1", "R2", "F1", AFI, "Superseded"),
    ("R2.F6", "R2", "F6", AFI, "Being progressed"),
    ("R2.F3", "R2", "F3lc", AFI, "Complete"),
    ("R2.B14", "R2", "B14", AFI, "Being progressed"),
    ("R2.B10", "R2", "B10", AFI, "Being progressed"),
    ("R2.B11", "R2", "B11", AFI, "Superseded"),
    ("R2.B12", "R2", "B12", AFI, "Complete"),
    ("R2.B5", "R2", "B5", AFI, "Being progressed"),
    ("R2.B17", "R2", "B17", AFI, "Being progressed"),
    ("R2.B2", "R2", "B2", AFI, "Being progressed"),
    ("R2.B6", "R2", "B6", AFI, "Being progressed"),
    ("R2.B3", "R2", "B3", AFI, "Being progressed"),
    ("R2.B4", "R2", "B4", AFI, "Complete"),
    ("VC.culture", "VC", "vc_culture", NAT, "Being progressed"),
    ("VC.training", "VC", "vc_training", NAT, "Being progressed"),
    ("VC.prof_std", "VC", "vc_prof_std", NAT, "Being progressed"),
    ("VC.succession", "VC", "vc_succession", NAT, "Being progressed"),
    ("VC.dbs", "VC", "vc_dbs", NAT, "Being progressed"),
    ("VC.confidential", "VC", "vc_confidential", NAT, "Complete"),
    ("VC.support", "VC", "vc_support", NAT, "Being progressed"),
    ("VC.access_info", "VC", "vc_access_info", NAT, "Being progressed"),
    ("VC.ed_data", "VC", "vc_ed_data", NAT, "Being progressed"),
    ("R3.F2", "R3", "F2", COC, "Being progressed"),
    ("R3.F3", "R3", "F3", AFI, "Awaiting review"),
    ("R3.F4", "R3", "F4", AFI, "Being progressed"),
    ("R3.F5", "R3", "F5", AFI, "Being progressed"),
    ("R3.F1", "R3", "F1", AFI, "Being progressed"),
    ("R3.F6", "R3", "F6", AFI, "Being progressed"),
    ("R3.B1", "R3", "B1", AFI, "Awaiting review"),
    ("R3.B7", "R3", "B7", AFI, "Being progressed"),
    ("R3.B8", "R3", "B8", AFI, "Awaiting review"),
    ("R3.B11", "R3", "B11", AFI, "Being progressed"),
]
ALLT = {**T, **VC}
H_OPEN = {"Being progressed", "Awaiting review"}

STATUS_DATE = {
    "R1": ["14/02/2020", "03/11/2020", "22/06/2021", "09/03/2022", "27/07/2022"],
    "R2": ["18/01/2023", "05/09/2023", "12/03/2024", "12/09/2024"],
    "VC": ["30/03/2023", "02/10/2023", "08/02/2024", "17/06/2024"],
    "R3": ["12/09/2024", "12/09/2024", "30/09/2024"],
}
COMMENTS = {
    "Complete": ["This recommendation is complete",
                 "Authorised for closure on the basis of the additional observations offered by "
                 "members of the inspection team in recent inspection activity."],
    "Superseded": ["This area of activity has subsequently been inspected. Where a concern still "
                   "exists this will appear in the register against these subsequent inspections."],
    "Being progressed": ["The progress of the implementation of this recommendation is currently "
                         "being monitored by HMICFRS and this record will, in due course, be updated.",
                         ""],
    "Awaiting review": ["New recommendation"],
}

ids = {}
used = set()
base = {"R1": 9380, "R2": 12140, "VC": 13020, "R3": 15610}
for iid, rnd, *_ in H_ITEMS:
    while True:
        n = base[rnd] + RNG.randint(0, 260)
        if n not in used:
            used.add(n)
            ids[iid] = n
            break

h_records = []
for iid, rnd, tk, typ, st in H_ITEMS:
    title, pub = REPORTS[rnd]
    if st in H_OPEN and st == "Awaiting review":
        sdate = pub
    else:
        sdate = RNG.choice(STATUS_DATE[rnd])
    h_records.append({
        "Reference": ids[iid], "Service": SERVICE, "Report": title, "Publication date": pub,
        "Type": typ, "Recommendation / area for improvement": ALLT[tk], "Status": st,
        "Status date": sdate, "Comment": RNG.choice(COMMENTS[st]), "_iid": iid,
    })
h_records.sort(key=lambda r: r["Reference"])
H_ROW = {}
cols = ["Reference", "Service", "Report", "Publication date", "Type",
        "Recommendation / area for improvement", "Status", "Status date", "Comment"]
with open(OUT / "hmicfrs.csv", "w", newline="", encoding="utf-8-sig") as fh:
    w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)
    w.writerow(cols)
    for i, r in enumerate(h_records, start=2):
        w.writerow([r[c] for c in cols])
        H_ROW[r["_iid"]] = f"hmicfrs.csv!{i}"
H_STATUS = {iid: st for iid, _, _, _, st in H_ITEMS}
H_TYPE = {iid: typ for iid, _, _, typ, _ in H_ITEMS}

# --------------------------------------------------------------------------- force side
OWNERS = {
    "F1": ["AM Response", "GM Operational Risk", "Fire Control Manager", "GM Operational Risk", "Head of ICT"],
    "F6": ["AM Community Risk", "Head of Prevention", "Head of Prevention", "Performance & Information Manager", "Head of Prevention"],
    "F3": ["Head of Service Assurance", "Head of Service Assurance", "Head of Learning & Development"],
    "B8": ["Head of Planning", "Performance & Information Manager", "Head of Planning"],
    "B9": ["Treasurer", "Performance & Information Manager"],
    "B13": ["Head of ICT", "Head of ICT", "Head of Prevention"],
    "B14": ["Head of Corporate Communications", "Head of Corporate Communications"],
    "B10": ["Head of HR", "Head of HR", "AM People", "Head of HR"],
    "B11": ["Head of Learning & Development", "Head of HR", "Head of Learning & Development"],
    "B12": ["Fire Control Manager", "Head of HR", "Occupational Health Manager"],
    "B5": ["Head of HR", "Equality & Inclusion Officer", "Equality & Inclusion Officer"],
    "B17": ["Head of HR", "Head of HR"],
    "B2": ["AM People", "Head of HR", "DCFO"],
    "B6": ["Head of HR", "HR Business Partner"],
    "B34": ["Head of HR", "Head of HR", "Head of Corporate Communications"],
    "F2": ["CFO", "DCFO", "Head of Service Assurance", "DCFO"],
    "F45": ["Performance & Information Manager", "Head of ICT", "Performance & Information Manager"],
    "B1": ["AM People", "Head of Organisational Development"],
    "B7": ["Head of Corporate Communications", "Head of HR"],
    "OC": ["ACFO", "Treasurer", "GM Fire Investigation", "Head of Learning & Development"],
    "IA": ["Head of Service Assurance", "Head of Service Assurance"],
    "VC": ["Head of HR", "DCFO", "Head of Organisational Development", "Equality & Inclusion Officer"],
}
ACTIONS = {
    "F1": ["Review the site-specific risk information (SSRI) process and inspection frequencies",
           "Task & Finish group to review the risk information policy and report to the Service Management Team",
           "Deliver refresher training on risk information to all operational crews and Fire Control",
           "Dip-sample 50 risk information records each quarter and report findings to the Performance Board",
           "Make up-to-date risk information available on the MDTs on all frontline appliances"],
    "F6": ["Refresh the prevention strategy so it targets people most at risk",
           "Refresh the home fire safety visit targeting model using partner data",
           "Agree an information-sharing protocol on vulnerable people with the local authorities",
           "Add prevention measures to the monthly Service Performance pack",
           "Evaluate prevention activity and share what works across the Service"],
    "F3": ["Refresh the corporate risk register and the risk management policy",
           "Quarterly review of the corporate risk register at SMT",
           "Risk management training for middle managers"],
    "B8": ["Review the demand profile as part of the Integrated Risk Management Plan",
           "Develop demand modelling with the Performance & Information team",
           "Understand likely future changes in demand (IRMP consultation)"],
    "B9": ["Value for money review: links between outcomes, outputs and costs",
           "Add cost data to the Service Performance pack"],
    "B13": ["Produce a Digital & Data Strategy",
            "Online booking for home fire safety checks",
            "Digital plan approved by the Combined Fire Authority"],
    "B14": ["Consult the public on the IRMP and business planning",
            "Publish 'You said, we did' feedback on the website"],
    "B10": ["Develop a future workforce plan aligned to demand and budget",
            "Workforce planning group to meet quarterly and report to SMT",
            "Include skills mix and expected behaviours in the workforce plan",
            "Publish the People Strategy"],
    "B11": ["Expand the skills project to include non-operational staff",
            "Skills audit of all support staff",
            "Use the skills assessment to inform workforce plans"],
    "B12": ["Review the Fire Control resourcing model against demand",
            "Recruit to the Fire Control establishment",
            "Wellbeing support for Fire Control staff (TRiM and OH referrals)"],
    "B5": ["Review how E&D data is gathered and used (HR system)",
           "Staff census to improve declaration rates",
           "Quarterly workforce demographics report to People Committee"],
    "B17": ["Review misconduct cases closed with no further action for fairness",
            "Dip-sample discipline cases each quarter and report to People Committee"],
    "B2": ["Succession plans to set out how diversity will be improved at all levels",
           "Positive action plan for recruitment and promotion",
           "Explore direct-entry opportunities (station and group manager)"],
    "B6": ["Review background check arrangements for all roles",
           "Basic DBS checks for all staff in roles identified by the Fire Standards Board"],
    "B34": ["Launch independent confidential reporting line (Safecall)",
            "Refresh the whistleblowing policy with a communications plan",
            "Review support for those who raise concerns (welfare, EAP, trade unions)"],
    "F2": ["Establish a Strategic Improvement Board chaired by the CFO",
           "Review governance arrangements for managing risks, performance and improvement plans",
           "Report improvement plan progress to every CFA meeting",
           "NFCC peer challenge of governance arrangements"],
    "F45": ["Review the performance management framework and its processes",
            "Implement a Power BI performance dashboard for SMT and station managers",
            "Recruit two data analyst posts"],
    "B1": ["Culture survey of all watches and teams",
           "Process to monitor watch and team cultures and take prompt remedial action"],
    "B7": ["Publish accessible guidance for staff and the public on how to raise concerns",
           "Publish how concerns and allegations will be investigated"],
}

STATUS_VARIANTS = {
    "Complete": ["Complete", "Complete", "Complete", "complete", "Complete "],
    "On track": ["On track", "On track", "On Track"],
    "Behind": ["Behind", "Behind"],
    "Not started": ["Not started", "Not Started"],
    "Superseded": ["Superseded by Round 3"],
}
DONE = {"Complete", "Superseded"}
PROGRESS = {
    "Complete": ["Completed. Evidence submitted to HMICFRS for closure.",
                 "The policy is now signed off and in place with an implementation date of the end of October.",
                 "Pending sign off by the chief officer lead.",
                 "Already complete / believed to be complete within short time scale (and within deadline).",
                 "Complete – evidence held on SharePoint."],
    "On track": ["A Task & Finish group has been set up and a full implementation/project plan, policy rewrite and communications plan is now completed.",
                 "Work undertaken in area but still requires development to complete.",
                 "Project plan agreed at SMT; on track for target date."],
    "Behind": ["Little work yet undertaken in this area. Unlikely to reach deadlines.",
               "Delayed – capacity in team; revised date to be agreed at SMT."],
    "Not started": ["Awaiting allocation.", "Not yet started – scheduled for next year of plan."],
    "Superseded": ["Superseded – AFI repeated in the Round 3 report; remaining work carried forward to the Round 3 plan."],
}
UPD_DATES = {"R1": ["Mar-21", "Sep 21", "15/06/2022", "Jan 22"],
             "R2": ["Sept 24", "03/09/2024", "Jul-24", "Sept 24"],
             "R3": ["Oct-24", "30/09/2024", "Oct 24"]}


def pct(st):
    return {"Complete": 100, "On track": RNG.choice([25, 40, 50, 60, 75, 80]),
            "Behind": RNG.choice([10, 20, 30, 40]), "Not started": 0, "Superseded": None}[st]


def target(rnd, st):
    """Mixed date styles per sheet."""
    if rnd == "R1":
        d = dt.datetime(*RNG.choice([(2019, 9), (2019, 12), (2020, 3), (2020, 6), (2020, 9),
                                     (2020, 12), (2021, 3), (2021, 6)]), 1)
        d = (d.replace(day=28) + dt.timedelta(days=4))
        d = d - dt.timedelta(days=d.day)
        return RNG.choice([d, d, d, d.strftime("%B %Y")])
    if rnd == "R2":
        y = RNG.choice([2022, 2023, 2023, 2024])
        m = RNG.choice([3, 6, 9, 12])
        d = dt.date(y, m, {3: 31, 6: 30, 9: 30, 12: 31}[m])
        q = {3: "Q4", 6: "Q1", 9: "Q2", 12: "Q3"}[m]
        fy = f"{y-1}/{str(y)[2:]}" if m == 3 else f"{y}/{str(y+1)[2:]}"
        return RNG.choice([d.strftime("%d %b %Y").lstrip("0"), d.strftime("%d/%m/%Y"), f"{q} {fy}"])
    y = RNG.choice([2024, 2025, 2025, 2026])
    m = RNG.choice([3, 6, 9, 12])
    d = dt.datetime(y, m, {3: 31, 6: 30, 9: 30, 12: 31}[m])
    if st == "Not started":
        return RNG.choice(["TBC", d.strftime("%b-%y")])
    return RNG.choice([d, d.strftime("%b-%y"), "Ongoing" if st == "On track" else d])


# Blocks: (kind, data). kind "head" = heading row, "blank", "note", "block" = AFI + actions.
# A block: label (AFI cell text), ref stem, action keys/texts, statuses, items (HMICFRS ids), why_extra
def afi(n, key):
    return f"AFI {n} - {T[key]}"


SHEETS = {}
SHEETS["Round 1 2018-19"] = ("R1", "merged", [
    ("head", "EFFECTIVENESS"),
    ("block", dict(label=afi(1, "F1"), ref="R1-AFI1", akey="F1", n=3,
                   st=["Complete"] * 3, items=["R1.F1"])),
    ("block", dict(label=afi(2, "F6"), ref="R1-AFI2", akey="F6", n=4,
                   st=["Complete", "Complete", "Behind", "Complete"], items=["R1.F6"])),
    ("block", dict(label="AFI 3 - The service should make sure the corporate risk register is actively used to mitigate & manage known risks",
                   ref="R1-AFI3", akey="F3", n=2, st=["Complete"] * 2, items=["R1.F3"])),
    ("blank",),
    ("head", "EFFICIENCY"),
    ("block", dict(label=afi(4, "B8").replace("This is so it can", "So it can"), ref="R1-AFI4", akey="B8", n=2,
                   st=["Complete"] * 2, items=["R1.B8"])),
    ("block", dict(label="AFI 6 - The service should produce an ambitious plan to improve digitally enabled services",
                   ref="R1-AFI6", akey="B13", n=3, st=["Complete"] * 3, items=["R1.B13"])),
    ("block", dict(label=afi(7, "B14"), ref="R1-AFI7", akey="B14", n=2,
                   st=["Complete"] * 2, items=["R1.B14"])),
    ("blank",),
    ("head", "PEOPLE"),
    ("block", dict(label=afi(8, "B10"), ref="R1-AFI8", akey="B10", n=4,
                   st=["Complete"] * 4, items=["R1.B10"])),
    ("block", dict(label=afi(9, "B11").replace("operational, including", "operational, incl."),
                   ref="R1-AFI9", akey="B11", n=3, st=["Complete"] * 3, items=["R1.B11"])),
    ("block", dict(label=afi(10, "B12").replace("resourcing", "resorucing"), ref="R1-AFI10", akey="B12", n=3,
                   st=["On track", "Complete", "Complete"], items=["R1.B12"])),
    ("block", dict(label=afi(11, "B5"), ref="R1-AFI11", akey="B5", n=2,
                   st=["Complete"] * 2, items=["R1.B5"])),
    ("blank",),
    ("head", "OTHER COMMENTS IN THE REPORT (not AFIs – tracked for completeness)"),
    ("block", dict(label="Comment 1 - clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of Leicester, Leicestershire and Rutland",
                   ref="R1-OC1", actions=["Operating model review (Service Transformation programme)"],
                   owners=["ACFO"], st=["Complete"], items=[],
                   why="an 'other comment' from the Round 1 report narrative, not an HMICFRS AFI; not on the register")),
    ("block", dict(label="Comment 2 - consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other services, the public and/or the private sector",
                   ref="R1-OC2", actions=["Collaboration opportunities with Leicestershire Police (estates, fleet)",
                                          "Report collaboration options to the CFA"],
                   owners=["Treasurer", "ACFO"], st=["Complete", "On track"], items=[],
                   why="an 'other comment' from the Round 1 report narrative (collaboration), not on the register")),
    ("blank",),
    ("note", "Key: Complete = signed off by SMT; On track; Behind = past target date; Not started. "
             "AFI 5 moved to the Round 2 tab (see R2-AFI5)."),
])
SHEETS["Round 2 2021-22"] = ("R2", "first", [
    ("head", "Effectiveness"),
    ("block", dict(label=T["F1"], ref="R2-AFI1", akey="F1", n=3,
                   st=["Superseded", "Superseded", "Complete"], items=["R2.F1"])),
    ("block", dict(label="The service should develop a clear prevention strategy targeting people most at risk & make sure activity prioritises people most at risk",
                   ref="R2-AFI2", akey="F6", n=3, st=["Superseded"] * 3, items=["R2.F6"])),
    ("head", "Efficiency"),
    ("block", dict(label=T["F3lc"], ref="R2-AFI3", akey="F3", n=2,
                   st=["Behind", "Complete"], items=["R2.F3"])),
    ("block", dict(label=T["B14"], ref="R2-AFI4", akey="B14", n=2,
                   st=["On track", "Complete"], items=["R2.B14"])),
    ("block", dict(label=T["B9"], ref="R2-AFI5", akey="B9", n=2,
                   st=["On track", "Complete"], items=["R1.B9"],
                   conflict="report: the register holds this AFI only under the Round 1 (2018/19) report; the service tracks it on its Round 2 2021-22 tab (R2-AFI5) and has no Round 1 row for it")),
    ("head", "People"),
    ("block", dict(label=T["B10"], ref="R2-AFI6", akey="B10", n=4,
                   st=["On track", "Behind", "Complete", "Not started"], items=["R2.B10"])),
    ("block", dict(label=T["B11"].replace("The service should expand", "Expand"), ref="R2-AFI7", akey="B11", n=2,
                   st=["Superseded", "On track"], items=["R2.B11"])),
    ("block", dict(label=T["B12"], ref="R2-AFI8", akey="B12", n=2,
                   st=["Complete"] * 2, items=["R2.B12"])),
    ("block", dict(label=T["B5"].replace("equality and diversity", "E&D"), ref="R2-AFI9", akey="B5", n=2,
                   st=["Complete"] * 2, items=["R2.B5"])),
    ("block", dict(label=T["B17"].replace("“no further action”", "NFA"), ref="R2-AFI10", akey="B17", n=2,
                   st=["On track"] * 2, items=["R2.B17"])),
    ("block", dict(label=T["B2"], ref="R2-AFI11", akey="B2", n=3,
                   st=["Not started", "On track", "Behind"], items=["R2.B2"])),
    ("block", dict(label=T["B6"].replace("arrangements", "arrangments"), ref="R2-AFI12", akey="B6", n=2,
                   st=["On track"] * 2, items=["R2.B6"])),
    ("block", dict(label=T["B3"] + "\n" + T["B4"], ref="R2-AFI13&14", akey="B34", n=3,
                   st=["Complete", "On track", "On track"], items=["R2.B3", "R2.B4"])),
    ("blank",),
    ("head", "Internal audit / other actions"),
    ("block", dict(label="Internal Audit 2023/24 – Operational risk information (IA report 23/07)",
                   ref="IA23-07", actions=["Internal audit action: Internal audit of the risk information governance arrangements (audit plan 2023/24)",
                                           "Internal audit action: SSRI records overdue for review to be cleared"],
                   owners=["Head of Service Assurance", "GM Operational Risk"], st=["Complete", "On track"], items=[],
                   why="internal audit action (IA 23/07), not an HMICFRS item")),
    ("block", dict(label="Other comment - ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded",
                   ref="R2-OC1", actions=["Fire investigation supervision and QA process"],
                   owners=["GM Fire Investigation"], st=["Complete"], items=[],
                   why="an 'other comment' from the Round 2 report narrative (fire investigation supervision), not on the register")),
    ("block", dict(label="Other comment - ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff",
                   ref="R2-OC2", actions=["Add communication skills to the CPD programme"],
                   owners=["Head of Learning & Development"], st=["On track"], items=[],
                   why="an 'other comment' from the Round 2 report narrative (CPD), not on the register")),
])
SHEETS["Round 3 2023-25"] = ("R3", "repeat", [
    ("head", "Leadership and governance"),
    ("block", dict(label=afi(1, "F2"), ref="R3-AFI1", akey="F2", n=4,
                   st=["On track"] * 4, items=["R3.F2"],
                   conflict="type: the register has this as a cause of concern; the service's plan records it as 'AFI 1' (refs R3-AFI1.x)")),
    ("block", dict(label=T["F3"], ref="R3-AFI2", akey="F3", n=2,
                   st=["On track", "Not started"], items=["R3.F3"])),
    ("block", dict(label=T["F4"] + "\n" + T["F5"], ref="R3-AFI3/4", akey="F45", n=3,
                   st=["On track", "On track", "Complete"], items=["R3.F4", "R3.F5"])),
    ("head", "Service delivery"),
    ("block", dict(label=T["F1"], ref="R3-AFI5", akey="F1", n=3, offset=2,
                   st=["Complete"] * 3, items=["R3.F1"])),
    ("block", dict(label=T["F6"], ref="R3-AFI6", akey="F6", n=3, offset=2,
                   st=["On track", "Behind", "Not started"], items=["R3.F6"])),
    ("head", "People"),
    ("block", dict(label=T["B1"], ref="R3-AFI7", akey="B1", n=2,
                   st=["Not started"] * 2, items=["R3.B1"])),
    ("block", dict(label=T["B7"], ref="R3-AFI8", akey="B7", n=2,
                   st=["Complete"] * 2, items=["R3.B7"])),
    ("block", dict(label=T["B11"], ref="R3-AFI9", akey="B11", n=2, offset=1,
                   st=["On track"] * 2, items=["R3.B11"])),
    ("blank",),
    ("head", "NATIONAL – Values and culture in fire and rescue services (HMICFRS, 30 March 2023). "
             "Recommendations not listed here are tracked in the separate Values & Culture Action Plan."),
    ("block", dict(label=VC["vc_prof_std_variant"], ref="VC-04",
                   actions=["Establish a professional standards function (shared with Leicestershire Police PSD)",
                            "Process agreed for updating those who raise concerns"],
                   owners=["DCFO", "Head of HR"], st=["Complete", "Complete"], items=["VC.prof_std"])),
    ("block", dict(label=VC["vc_dbs"].split("; and")[0].replace("\n", " "), ref="VC-DBS",
                   actions=["Review background checks arrangements", "Background checks policy approved"],
                   owners=["Head of HR", "Head of HR"], st=["Complete", "Complete"], items=["VC.dbs"],
                   conflict="missing bullet: the register's recommendation has two bullets (background checks; DBS check requests for all existing, new staff and volunteers); the service's rows carry only the background-checks bullet and no row for the DBS bullet")),
    ("block", dict(label=VC["vc_confidential"], ref="VC-CONF",
                   actions=["Safecall confidential reporting line and whistleblowing awareness"],
                   owners=["Head of HR"], st=["Complete"], items=["VC.confidential"])),
    ("block", dict(label=VC["vc_support"].replace("By 1 June 2023", "By 1 October 2023"), ref="VC-SUPP",
                   actions=["Review the support available for those who have raised concerns"],
                   owners=["Head of Organisational Development"], st=["On track"], items=["VC.support"],
                   conflict="timescale: register text 'By 1 June 2023', the service's text 'By 1 October 2023'")),
    ("block", dict(label=VC["vc_ed_data"], ref="VC-EDI",
                   actions=["Apply the NFCC EDI data toolkit to workforce data"],
                   owners=["Equality & Inclusion Officer"], st=["On track"], items=["VC.ed_data"])),
    ("block", dict(label=VC["vc_national_employer"], ref="VC-NE",
                   actions=["Action for National Employer, the Local Government Association and the National Fire Chiefs Council – monitor only"],
                   owners=["DCFO"], st=["Not started"], items=[],
                   why="Values and culture recommendation addressed to the National Employer, LGA and NFCC, not to the service; not on the service's register")),
    ("block", dict(label=VC["vc_core_code"], ref="VC-CCE",
                   actions=["Review implementation of the Core Code of Ethics"],
                   owners=["Head of Organisational Development"], st=["Complete"], items=[],
                   why="abridged Values and culture recommendation (Core Code of Ethics) that is not on this register export")),
    ("blank",),
    ("note", "Round 3 report published September 2024. AFI numbering follows the order of the report."),
])

# --------------------------------------------------------------------------- write tracker
wb = Workbook()
wb.remove(wb.active)
truth = []
HDR = {
    "R1": ["AFI", "Action ref", "Action", "Owner", "Target date", "Status", "% complete", "Progress update"],
    "R2": ["AFI", "Action Ref", "Action", "Action Owner", "Target Date", "Status", "% Complete", "Update (Sept 2024)"],
    "R3": ["Area for Improvement (AFI)", "Action ref", "Action", "Owner", "Target date", "Status", "% complete", "Latest update"],
}
FILL = {"Complete": "C6EFCE", "On track": "FFEB9C", "Behind": "FFC7CE", "Not started": "FFFFFF", "Superseded": "D9D9D9"}
dash = {}


def cat_for(iid, statuses, conflict):
    if conflict:
        return "conflict"
    hopen = H_STATUS[iid] in H_OPEN
    fdone = all(s in DONE for s in statuses)
    if hopen and fdone:
        return "closeable_submit"
    if not hopen and not fdone:
        return "closeable_local"
    return "in_sync"


for sname, (rnd, habit, spec) in SHEETS.items():
    ws = wb.create_sheet(sname)
    ws.append([SERVICE])
    ws.append([f"HMICFRS Improvement Plan – Inspection {sname.replace('Round', 'Round').replace(' 20', ' (20')})"])
    ws.append([{"R1": "Report published June 2019. Plan last reviewed 03/10/2024.",
                "R2": "Report published July 2022 | reviewed monthly at SMT | last update 03/09/2024",
                "R3": "Report published 12 September 2024. Draft plan – to CFA Corporate Governance Committee Nov 2024"}[rnd]])
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"].font = Font(bold=True, size=12)
    if rnd != "R3":
        ws.append([])
    ws.append(HDR[rnd])
    hdr_row = ws.max_row
    for c in ws[hdr_row]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.font = Font(bold=True, color="FFFFFF")
    counts = dict(afis=0, vc=0, other=0, actions=0, Complete=0, **{"On track": 0, "Behind": 0, "Not started": 0, "Superseded": 0})
    for entry in spec:
        kind = entry[0]
        if kind == "head":
            ws.append([entry[1]])
            r = ws.max_row
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).font = Font(bold=True)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
            continue
        if kind == "blank":
            ws.append([])
            continue
        if kind == "note":
            ws.append([entry[1]])
            ws.cell(ws.max_row, 1).font = Font(italic=True)
            continue
        b = entry[1]
        if "actions" in b:
            acts, owners = b["actions"], b["owners"]
        else:
            off = b.get("offset", 0)
            pool = ACTIONS[b["akey"]]
            acts = [pool[(off + i) % len(pool)] for i in range(b["n"])]
            opool = OWNERS[b["akey"]]
            owners = [opool[(off + i) % len(opool)] for i in range(b["n"])]
        sts = b["st"]
        assert len(sts) == len(acts) == len(owners)
        first = ws.max_row + 1
        rows = []
        for i, (a, o, s) in enumerate(zip(acts, owners, sts)):
            label = b["label"] if (i == 0 or habit == "repeat") else None
            p = pct(s)
            if rnd == "R1":
                pv = None if p is None else p / 100
            elif rnd == "R2":
                pv = "n/a" if p is None else p
            else:
                pv = "-" if p is None else f"{p}%"
            upd = f"{RNG.choice(UPD_DATES[rnd])}: {RNG.choice(PROGRESS[s])}"
            if s == "Not started" and RNG.random() < 0.5:
                upd = None
            ws.append([label, f"{b['ref']}.{i+1}", a, o, target(rnd, s),
                       RNG.choice(STATUS_VARIANTS[s]), pv, upd])
            r = ws.max_row
            rows.append(r)
            ws.cell(r, 6).fill = PatternFill("solid", fgColor=FILL[s])
            if rnd == "R1" and pv is not None:
                ws.cell(r, 7).number_format = "0%"
            if isinstance(ws.cell(r, 5).value, (dt.datetime, dt.date)):
                ws.cell(r, 5).number_format = "dd/mm/yyyy"
            for c in range(1, 9):
                ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
            counts["actions"] += 1
            counts[s] += 1
        if habit == "merged" and len(rows) > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=rows[-1], end_column=1)
        if re.match(r"R\d-AFI", b["ref"]):
            counts["afis"] += max(1, len(b["items"]))
        elif b["ref"].startswith("VC"):
            counts["vc"] += 1
        else:
            counts["other"] += 1
        # truth
        if b["items"]:
            for iid in b["items"]:
                cat = cat_for(iid, sts, b.get("conflict"))
                if cat == "conflict":
                    why = b["conflict"]
                else:
                    hs = H_STATUS[iid]
                    fs = ", ".join(sorted(set(sts)))
                    why = f"HMICFRS '{hs}'; service actions {fs}"
                    if cat == "closeable_submit":
                        why += " – all actions done, submit for closure"
                    elif cat == "closeable_local":
                        why += " – HMICFRS has closed it, service still has open actions"
                if len(b["items"]) > 1:
                    why += "; the service merged two AFIs into one action set (both texts in one cell)"
                if len(rows) > 1:
                    why += f"; one of {len(rows)} actions"
                for r in rows:
                    truth.append((H_ROW[iid], f"{sname}!{r}", cat, why))
        else:
            for r in rows:
                truth.append(("", f"{sname}!{r}", "not_on_hmicfrs_list", b["why"]))
    widths = [60, 14, 55, 26, 14, 20, 11, 60]
    for i, wdt in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = wdt
    ws.freeze_panes = ws.cell(hdr_row + 1, 1)
    dash[sname] = counts

# missing_from_force
tracked = {t[0] for t in truth if t[0]}
MISSING_WHY = {
    "R1.B17": "Round 1 AFI (misconduct NFA) not in the service's Round 1 tab (numbering skips AFI 12); the same wording is tracked only for Round 2",
    "R3.B8": "Round 3 AFI (demand) not in the Round 3 plan; the identical Round 1 AFI is on the Round 1 tab, but that is a different round",
    "VC.culture": "Values and culture recommendation tracked in the separate V&C action plan, not in this workbook",
    "VC.training": "Values and culture recommendation tracked in the separate V&C action plan, not in this workbook",
    "VC.succession": "Values and culture recommendation tracked in the separate V&C action plan, not in this workbook",
    "VC.access_info": "Values and culture recommendation tracked in the separate V&C action plan, not in this workbook",
}
for iid, *_ in H_ITEMS:
    if H_ROW[iid] not in tracked:
        truth.append((H_ROW[iid], "", "missing_from_force", MISSING_WHY[iid]))
assert set(MISSING_WHY) == {i for i, *_ in H_ITEMS if H_ROW[i] not in tracked}

# Dashboard (values as typed by the plan owner; Round 2 'Complete' is one out of date)
ds = wb.create_sheet("Dashboard", 0)
ds.append(["HMICFRS Improvement Plan – Dashboard"])
ds["A1"].font = Font(bold=True, size=14)
ds.append(["As reported to CFA Corporate Governance Committee, October 2024"])
ds.append([])
ds.append(["Round", "AFIs", "V&C recs", "Other comments / audit", "Actions", "Complete", "On track", "Behind", "Not started", "Superseded", "% actions complete"])
for c in ds[4]:
    c.font = Font(bold=True)
tot = [0] * 9
for sname, c in dash.items():
    comp = c["Complete"] - (1 if sname.startswith("Round 2") else 0)
    vals = [c["afis"], c["vc"], c["other"], c["actions"], comp, c["On track"], c["Behind"], c["Not started"], c["Superseded"]]
    tot = [a + b for a, b in zip(tot, vals)]
    ds.append([sname] + vals + [round(comp / c["actions"], 2)])
    ds.cell(ds.max_row, 11).number_format = "0%"
ds.append(["Total"] + tot + [round(tot[4] / tot[3], 2)])
ds.cell(ds.max_row, 11).number_format = "0%"
ds.cell(ds.max_row, 1).font = Font(bold=True)
ds.append([])
ds.append(["Values and culture actions are included in the Round 3 figures. Remaining V&C recommendations: see V&C Action Plan."])
ds.column_dimensions["A"].width = 22

ls = wb.create_sheet("Lists")
ls.append(["Status", "Owner"])
owners_all = sorted({o for v in OWNERS.values() for o in v})
stat_all = ["Complete", "On track", "Behind", "Not started", "Superseded by Round 3"]
for i in range(max(len(owners_all), len(stat_all))):
    ls.append([stat_all[i] if i < len(stat_all) else None, owners_all[i] if i < len(owners_all) else None])
ls.sheet_state = "hidden"
wb.save(OUT / "tracker.xlsx")

with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for t in truth:
        w.writerow(t)

print("hmicfrs items", len(h_records), "truth lines", len(truth))
print(pd.Series([t[2] for t in truth]).value_counts().to_string())
print({k: v["actions"] for k, v in dash.items()})
