"""Build the `planner_export` evaluation case.

A force (Staffordshire Police) moved its HMICFRS actions into Microsoft Planner and exports
the plan to Excel; HMICFRS sends its definitive list as a CSV. Texts are real (from
/work/main/reconcile/casegen/texts and /work/shared/data/real_recommendations.csv).

Run: /work/main/.venv/bin/python /tmp/indep7/planner/build.py
"""

from __future__ import annotations

import csv
import random
import string
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (read as data only)
    BODIES,
    BWV_2021,
    CAUSES,
    CDI_VICTIMS_BODY,
    CONTROL_ROOM,
    EVERYONE_PLAN,
    LOCAL_ACTIONS,
    NATIONAL,
    SAS_MONITORING_2017,
    SF_LEADERSHIP,
)

import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Font  # noqa: E402

SEED = 20231106
rng = random.Random(SEED)

OUT = Path("/tmp/indep7/planner/planner_export")
OUT.mkdir(parents=True, exist_ok=True)

FORCE = "Staffordshire Police"
SHEET = "HMICFRS Recommendations"     # Planner names the sheet after the plan
EXPORTED = date(2023, 11, 6)

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")


def nat(key: str, i: int) -> str:
    return NATIONAL[key][2][i][1]


def body(i: int) -> str:
    return BODIES[i].replace("{neighbour}", "West Midlands Police").replace(
        "{area}", "Staffordshire")


# --------------------------------------------------------------------------------------
# HMICFRS reports: key -> (title on the definitive list, publication date)
REPORTS = {
    "sas13": (NATIONAL["sas13"][0], date(2013, 7, 9)),
    "austerity": (NATIONAL["austerity"][0], date(2014, 7, 22)),
    "core": (NATIONAL["core"][0], date(2014, 9, 4)),
    "integrity": (NATIONAL["integrity"][0], date(2015, 1, 30)),
    "sas15": (NATIONAL["sas15"][0], date(2015, 3, 24)),
    "picture": (NATIONAL["picture"][0], date(2015, 7, 1)),
    "firearms": (NATIONAL["firearms"][0], date(2015, 9, 15)),
    "eff16": ("PEEL: Police effectiveness 2016 – Staffordshire Police", date(2017, 3, 2)),
    "stolen": (NATIONAL["stolen"][0], date(2017, 10, 24)),
    "efc17": (NATIONAL["efc17"][0], date(2017, 11, 9)),
    "leg17": (NATIONAL["leg17"][0], date(2017, 12, 12)),
    "leg17f": ("PEEL: Police legitimacy 2017 – Staffordshire Police", date(2017, 12, 12)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – "
                 "Staffordshire Police", date(2019, 5, 2)),
    "cdi19": ("Crime data integrity inspection 2019 – Staffordshire Police", date(2019, 9, 19)),
    "powers": (NATIONAL["powers"][0], date(2021, 2, 26)),
    "peel2122": ("PEEL 2021/22: An inspection of Staffordshire Police", date(2022, 7, 8)),
    "custody22": ("Report on an unannounced inspection visit to police custody suites in "
                  "Staffordshire", date(2022, 11, 15)),
}

# Planner bucket per report (the force's own short names). Two buckets are not reports.
BUCKET = {
    "sas13": "Stop & Search 2013",
    "austerity": "Policing in Austerity 2014",
    "core": "Core Business 2014",
    "integrity": "Integrity Matters 2015",
    "sas15": "Stop & Search 2 (2015)",
    "picture": "Building the Picture 2015",
    "firearms": "Firearms licensing 2015",
    "eff16": "PEEL Effectiveness 2016",
    "stolen": "Stolen freedom",
    "efc17": "PEEL Efficiency 17 (national)",
    "leg17": "PEEL Legit 17 S&S",
    "leg17f": "PEEL Legitimacy 2017",
    "peel1819": "PEEL 2018/19",
    "cdi19": "CDI 2019",
    "powers": "Police powers spotlight (Feb 21)",
    "peel2122": "PEEL 2021/22",
    "custody22": "Custody 2022",
    "everyone": "Everyone's Business (DA) 2014",
}
SUBMITTED = "Evidence submitted - awaiting HMICFRS"
FORCE_ACTIONS = "Force actions"
BUCKET_ORDER = [
    "PEEL 2021/22", "Custody 2022", "Police powers spotlight (Feb 21)", "CDI 2019",
    "PEEL 2018/19", "Stolen freedom", "PEEL Legit 17 S&S", "PEEL Legitimacy 2017",
    "PEEL Efficiency 17 (national)", "PEEL Effectiveness 2016", "Firearms licensing 2015",
    "Building the Picture 2015", "Stop & Search 2 (2015)", "Integrity Matters 2015",
    "Core Business 2014", "Policing in Austerity 2014", "Everyone's Business (DA) 2014",
    "Stop & Search 2013", SUBMITTED, FORCE_ACTIONS,
]

PEOPLE = ["Claire Hadley", "Mark Owen", "Priya Sandhu", "Gareth Lloyd", "Helen Marsh",
          "Tom Brennan", "Aisha Rahman", "Stuart Fielding", "Kevin Bright", "Louise Carter",
          "Simon Whitlock", "Jo Penrose"]
ANALYST = "Rachel Dunn"   # organisational learning analyst who set up the plan


def d(y: int, m: int, dd: int) -> date:
    return date(y, m, dd)


# --------------------------------------------------------------------------------------
# Items. Each: id, report, type, text, HMICFRS status, status date, tasks (force rows),
# category, why. A task is a dict; see task() below.

def task(name, bucket, progress, desc="", *, prio="Medium", who=(), created=None,
         start=None, due=None, completed=None, by=None, checklist=(), labels="",
         recurring=False):
    return dict(name=name, bucket=bucket, progress=progress, desc=desc, prio=prio,
                who=list(who), created=created, start=start, due=due, completed=completed,
                by=by, checklist=list(checklist), labels=labels, recurring=recurring)


def ref(text: str, rid: int) -> str:
    return f"{text}\n\nHMICFRS ref: {rid}"


BULK = d(2022, 3, 15)   # the day the old spreadsheet was imported into Planner

items: list[dict] = []


def item(rid, rep, typ, text, status, sdate, tasks, category, why):
    items.append(dict(id=rid, report=rep, type=typ, text=text, status=status, sdate=sdate,
                      tasks=tasks, category=category, why=why))


# ---- Stop and search 2013 -------------------------------------------------------------
item(1412, "sas13", NAT, nat("sas13", 0), "Complete", d(2016, 2, 3), [
    task("S&S 13 Rec 1 – APP specification (CoP)", BUCKET["sas13"], "Not started",
         "Chief Constables and the College of Policing should establish in the Stop and Search "
         "APP a clear specification of what constitutes the effective and fair exercise of "
         "stop and search powers, and guidance in this respect.\n\n"
         "Note: largely for the College – force to confirm adoption of APP.",
         prio="Low", who=["Stuart Fielding"], created=BULK, labels="National rec;Stop & search"),
], "closeable_local", "HMICFRS closed it (Complete, 2016); the Planner task is still Not started.")

item(1413, "sas13", NAT, nat("sas13", 1), "Being progressed", d(2021, 6, 1), [
    task("S&S 13 Rec 2 – monitoring of S&S", BUCKET["sas13"], "Completed",
         ref("Chief Constables should establish or improve monitoring of the way officers stop "
             "and search people, so that they can be satisfied their officers are acting in "
             "accordance with the law (including equality legislation and the Code of "
             "Practice), and that the power is used effectively to prevent crime, catch "
             "criminals and maintain public trust.", 1413),
         prio="Important", who=["Stuart Fielding", "Kevin Bright"], created=BULK,
         due=d(2022, 12, 31), completed=d(2022, 11, 28), by="Stuart Fielding",
         checklist=[("Monthly S&S dashboard live", True), ("Supervisor review of 10% of records",
                                                         True)],
         labels="National rec;Stop & search"),
], "closeable_submit", "HMICFRS Being progressed; task Completed 11/28/2022 (ref 1413 in "
   "the description).")

item(1414, "sas13", NAT, nat("sas13", 2), "Being progressed", d(2021, 6, 1), [
    task("S&S 13 Rec 3 – explain S&S to public / community scrutiny", BUCKET["sas13"],
         "In progress",
         "CCs should, in consultation with elected local policing bodies, ensure that they "
         "comply with the code of practice by explaining to the public the way S&S powers "
         "are used in their areas and by making arrangements for S&S records to be "
         "scrutinised by community representatives.\n"
         "Update 02/10/23: youth panel terms of reference drafted.",
         prio="Medium", who=["Kevin Bright"], created=BULK, due=d(2023, 12, 31),
         labels="National rec;Stop & search"),
], "in_sync", "Open on both (Being progressed / In progress). Near-twin of 1501 (Stop and "
   "search 2, 2015): this task says 'elected local policing bodies' and sits in the 2013 bucket.")

# ---- Policing in austerity 2014 ---------------------------------------------------------
item(2205, "austerity", NAT, nat("austerity", 0), "Complete", d(2017, 5, 9), [
    task("Austerity – review savings plans", BUCKET["austerity"], "Completed",
         "All Chief Constables and PCCs should review their plans to deliver savings to ensure "
         "they are doing all they can to continue to reduce crime and protect the front line "
         "while balancing their budgets.",
         prio="Low", who=["Helen Marsh"], created=BULK, completed=d(2022, 3, 15),
         by=ANALYST, labels="National rec;Finance"),
], "in_sync", "Closed on both (HMICFRS Complete; task Completed).")

item(2206, "austerity", NAT, nat("austerity", 1), "Superseded", d(2017, 5, 9), [],
     "missing_from_force", "On the list (Superseded) but not in the Planner export. HMICFRS "
     "has already closed it, so nothing to do beyond noting it.")

item(2207, "austerity", NAT, nat("austerity", 2), "Superseded", d(2017, 5, 9), [
    task("Austerity – front line workforce assessment", BUCKET["austerity"], "In progress",
         "Chief Constables and PCCs in forces that are planning to reduce the proportion of "
         "their workforce and/or police officers on the front line should assess whether they "
         "have taken the decisive action seen in many forces in order to maintain their crime "
         "fighting capacity.",
         prio="Low", who=["Helen Marsh"], created=BULK, due=d(2022, 9, 30),
         labels="National rec;Finance"),
], "closeable_local", "HMICFRS Superseded; task still In progress (and Late).")

item(2208, "austerity", NAT, nat("austerity", 3), "Being progressed", d(2021, 6, 1), [
    task("Austerity – collaboration plans (next spending round)", BUCKET["austerity"],
         "Not started",
         ref("In preparation for the next spending round period all Chief Constables and PCCs "
             "should review their plans for collaboration.", 2208),
         prio="Low", who=["Helen Marsh", "Simon Whitlock"], created=BULK,
         labels="National rec;Finance"),
], "in_sync", "Open on both (Being progressed / Not started).")

# ---- Core business 2014 -----------------------------------------------------------------
item(2390, "core", NAT, nat("core", 0), "Being progressed", d(2021, 6, 1), [
    task("Core Bus 14 – THR criteria for call handlers", SUBMITTED, "Completed",
         "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
         "have not yet done so, should provide call-handlers with specific, sound and "
         "comprehensible criteria against which they can assess threat, harm and risk.\n"
         "THRIVE+ embedded in control room. Evidence pack sent to FLL 14/08/23.",
         prio="Important", who=["Jo Penrose"], created=BULK, due=d(2023, 6, 30),
         completed=d(2023, 8, 14), by="Jo Penrose", labels="National rec;Contact"),
], "closeable_submit", "HMICFRS Being progressed; task Completed and moved to the 'Evidence "
   "submitted' bucket (the bucket is not a report).")

item(2391, "core", NAT, nat("core", 1), "Being progressed", d(2021, 6, 1), [],
     "missing_from_force", "Open on the list; no Planner task for crime prevention activity "
     "being recorded and evaluated.")

# ---- Integrity matters 2015 -------------------------------------------------------------
item(1093, "integrity", NAT, nat("integrity", 0), "Being progressed", d(2021, 6, 1), [
    task("Integrity 15 – NFA misconduct outcomes free of discrimination",
         BUCKET["integrity"], "In progress",
         ref(nat("integrity", 0), 1039),
         prio="Important", who=["Aisha Rahman"], created=BULK, due=d(2023, 3, 31),
         labels="National rec;PSD"),
], "conflict", "Text is word for word the same, but the description gives 'HMICFRS ref: "
   "1039' while the list's reference is 1093 (digits transposed).")

# ---- Stop and search 2 2015 -------------------------------------------------------------
item(1501, "sas15", NAT, nat("sas15", 0), "Being progressed", d(2021, 6, 1), [
    task("S&S 2 – explain use of powers to public", SUBMITTED, "Completed",
         ref("Chief constables should, in consultation with police and crime commissioners, "
             "ensure that they comply with the Code of Practice by explaining to the public "
             "the way stop and search powers are used in their areas and by making "
             "arrangements for stop and search records to be scrutinised by community "
             "representatives. This should be done in a way that involves those people who are "
             "stopped and searched, for example young people.", 1501),
         prio="Medium", who=["Kevin Bright"], created=BULK, due=d(2023, 3, 31),
         completed=d(2023, 9, 22), by="Kevin Bright", labels="National rec;Stop & search"),
], "closeable_submit", "HMICFRS Being progressed; task Completed (in 'Evidence submitted' "
   "bucket; ref 1501 given). Near-twin text of 1414.")

# ---- Building the picture 2015 ----------------------------------------------------------
item(1688, "picture", NAT, nat("picture", 0), "Awaiting review", d(2023, 4, 12), [
    task("BtP – scrutinise APP info mgmt audits", BUCKET["picture"], "In progress",
         "By 30 November 2015, CCs should put in place arrangements to scrutinise audits of "
         "compliance with the APP on information management through the force information "
         "management goverance structure.",
         prio="Medium", who=["Louise Carter"], created=BULK, due=d(2024, 1, 31),
         labels="National rec;Information mgmt"),
], "in_sync", "Open on both (Awaiting review / In progress); force text abridged, "
   "'goverance' misspelt.")

# ---- Firearms licensing 2015 ------------------------------------------------------------
item(1840, "firearms", NAT, nat("firearms", 0), "Complete", d(2019, 10, 2), [
    task("FL 15 Rec 1 – governance v APP", BUCKET["firearms"], "Completed",
         nat("firearms", 0), prio="Medium", who=["Gareth Lloyd"], created=BULK,
         completed=d(2022, 3, 15), by=ANALYST, labels="National rec;Firearms"),
], "in_sync", "Closed on both (Complete / Completed).")

item(1841, "firearms", NAT, nat("firearms", 1), "Being progressed", d(2021, 6, 1), [
    task("FL 15 Rec 2 – FLD demand & capacity", BUCKET["firearms"], "In progress",
         "Within 3 months, all CCs should assess the demand placed on their firearms licensing "
         "department and ensure it has the capacity to meet this demand and provide an "
         "efficient and effective service at all times.\n"
         "Update 19/09/23: backlog 412 renewals, 3 temp staff agreed.",
         prio="Urgent", who=["Gareth Lloyd"], created=BULK, due=d(2023, 9, 30),
         checklist=[("Demand analysis", True), ("Business case to COG", True),
                    ("Recruit 3 x FEOs", False)], labels="National rec;Firearms"),
], "in_sync", "Open on both (Being progressed / In progress).")

item(1842, "firearms", NAT, nat("firearms", 2), "Being progressed", d(2021, 6, 1), [
    task("Firearms – 'total expired' records", BUCKET["firearms"], "Completed", "",
         prio="Important", who=["Gareth Lloyd"], created=BULK, due=d(2022, 6, 30),
         completed=d(2022, 6, 21), by="Gareth Lloyd", labels="Firearms"),
], "closeable_submit", "Task has a title only ('total expired' records), no description; "
   "Completed, while HMICFRS has it Being progressed.")

item(1843, "firearms", NAT, nat("firearms", 3), "Being progressed", d(2021, 6, 1), [
    task("FL 15 Rec 4 – temporary permits", BUCKET["firearms"], "In progress",
         "Within six months, all chief constables should ensure that their arrangements in "
         "respect of the use of temporary permits are in accordance with the Home Office "
         "guidance; that temporary permits are properly recorded without delay on NFLMS; and "
         "that effective systems exist to ensure certificate holders are not permitted, at any "
         "time, to remain in unlawful possession of a firearm.",
         prio="Important", who=["Gareth Lloyd"], created=BULK, due=d(2023, 12, 31),
         labels="National rec;Firearms"),
], "conflict", "Timescale differs: the list says 'Within three months', the task says "
   "'Within six months'.")

item(1844, "firearms", NAT, nat("firearms", 4), "Being progressed", d(2021, 6, 1), [],
     "missing_from_force", "Open on the list (identify certificate holders before attendance); "
     "no Planner task.")

# ---- PEEL effectiveness 2016 (force) ----------------------------------------------------
EFF16_REC = ("To address this cause of concern the force should immediately review its "
             "approach to reports of missing children and take steps to ensure that:\n"
             "• call takers understand and use the missing and absent category appropriately;\n"
             "• call takers and frontline staff have the necessary knowledge to identify risk "
             "factors associated with child sexual exploitation and how to respond to such "
             "cases; and\n"
             "• supervisors provide the correct oversight of missing person enquiries and "
             "direct appropriate and timely investigative and safeguarding action")
item(3310, "eff16", COC, CAUSES[1], "Superseded", d(2022, 7, 8), [
    task("PEEL Eff 16 CoC – missing & absent children", BUCKET["eff16"], "In progress",
         "CAUSE OF CONCERN: The force's response to missing and absent children is a cause of "
         "concern to HMIC. Children classed as 'absent' when they should have been 'missing'; "
         "risk levels sometimes assessed at a lower grade.\n"
         "Owned by Vulnerability Improvement Delivery Plan.",
         prio="Urgent", who=["Priya Sandhu"], created=BULK, due=d(2022, 12, 31),
         labels="Cause of concern;Vulnerability"),
], "closeable_local", "HMICFRS Superseded (by PEEL 2021/22); task still In progress.")

item(3311, "eff16", REC, EFF16_REC, "Superseded", d(2022, 7, 8), [
    task("PEEL Eff 16 Rec – missing children", BUCKET["eff16"], "Completed",
         "Review approach to reports of missing children and ensure that call takers use the "
         "missing/absent category appropriately; call takers/frontline staff can identify CSE "
         "risk factors; supervisors provide correct oversight of missing person enquiries.",
         prio="Urgent", who=["Priya Sandhu"], created=BULK, due=d(2022, 12, 31),
         completed=d(2022, 10, 3), by="Priya Sandhu",
         checklist=[("Missing/absent category training for call takers", True),
                    ("CSE risk factors input – frontline", True),
                    ("Supervisor oversight audit", True)],
         labels="Recommendation;Vulnerability"),
], "in_sync", "Closed on both (HMICFRS Superseded; task Completed).")

# ---- Stolen freedom 2017 ----------------------------------------------------------------
SF_STEM = ("Within twelve months, forces should review their leadership and governance "
           "arrangements for modern slavery and human trafficking, to ensure that:")
SF_B = SF_LEADERSHIP.split("\n")[1:]
item(4120, "stolen", NAT, SF_LEADERSHIP, "Being progressed", d(2021, 6, 1), [
    task("SF Rec 1 (pt 1) – MSHT senior leadership & resourcing", BUCKET["stolen"],
         "Completed",
         ref(SF_STEM + "\n" + SF_B[0] + "\n" + SF_B[1].rstrip(";") + ".", 4120),
         prio="Important", who=["Tom Brennan"], created=BULK, due=d(2022, 10, 31),
         completed=d(2022, 10, 14), by="Tom Brennan",
         checklist=[("MSHT strategic lead at ACC level", True),
                    ("Allocation policy – MSHT to PVP", True)],
         labels="National rec;MSHT"),
    task("SF Rec 1 (pt 2) – MSHT partnership & QA", BUCKET["stolen"], "In progress",
         ref(SF_STEM + "\n" + SF_B[2] + "\n" + SF_B[3], 4120),
         prio="Important", who=["Tom Brennan", "Priya Sandhu"], created=BULK,
         due=d(2023, 3, 31),
         checklist=[("Anti-slavery partnership ToR", True),
                    ("MSHT performance & QA measures", False)],
         labels="National rec;MSHT"),
], "in_sync", "Split into two tasks covering all four bullets. Part 1 Completed, part 2 In "
   "progress, so the item is open on both sides.")

item(4121, "stolen", NAT, nat("stolen", 1), "Being progressed", d(2021, 6, 1), [
    task("SF Rec 2 – ISAs with other agencies", BUCKET["stolen"], "Completed",
         "Within 6 months, forces should have in place active ISAs with other agencies to "
         "facilitate speedy exchange of intelligence and in order to safeguard victims better "
         "and to identify suspects as early as possible",
         prio="Medium", who=["Tom Brennan"], created=BULK, due=d(2022, 6, 30),
         completed=d(2023, 1, 20), by="Tom Brennan", labels="National rec;MSHT"),
], "closeable_submit", "HMICFRS Being progressed; task Completed. The list's text carries a "
   "stray footnote '86'; the force's abbreviated one does not.")

item(4122, "stolen", NAT, nat("stolen", 2), "Being progressed", d(2021, 6, 1), [
    task("SF Rec 3 – s45 defence", BUCKET["stolen"], "In progress",
         ref(nat("stolen", 2), 4122),
         prio="Medium", who=["Tom Brennan"], created=BULK, due=d(2023, 6, 30),
         labels="National rec;MSHT"),
], "in_sync", "Open on both.")

item(4123, "stolen", NAT, nat("stolen", 3), "Complete", d(2020, 2, 17), [
    task("SF Rec 4 – NRM compliance / duty to notify", BUCKET["stolen"], "Completed",
         "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
         "process as it evolves and are implementing the requirement placed upon them under "
         "the Modern Slavery Act 2015 to notify the HO of any individual suspected to be an "
         "adult victim of MSHT.",
         prio="Medium", who=["Tom Brennan"], created=BULK, completed=d(2022, 3, 15),
         by=ANALYST, labels="National rec;MSHT"),
], "in_sync", "Closed on both.")

item(4124, "stolen", NAT, nat("stolen", 4), "Being progressed", d(2021, 6, 1), [
    task("SF Rec 5 – NCRS compliance for MSHT + FCR audit capacity", BUCKET["stolen"],
         "Completed",
         "Immediately, forces should take steps to ensure they fully comply with NCRS "
         "requirements for offences identified as MSHT and that sufficient audit capacity is "
         "available to the force crime registrar.",
         prio="Important", who=["Louise Carter"], created=BULK, due=d(2023, 3, 31),
         completed=d(2023, 5, 2), by="Louise Carter",
         checklist=[("FCR audit of MSHT crimes Q3", True), ("Audit of MSHT crimes Q4", True),
                    ("Add MSHT to annual audit plan", False)],
         labels="National rec;MSHT;Crime recording"),
], "closeable_submit", "HMICFRS Being progressed; task marked Completed (though only 2/3 "
   "checklist items ticked).")

item(4125, "stolen", NAT, nat("stolen", 5), "Being progressed", d(2021, 6, 1), [
    task("SF Rec 6 – MSHT investigation & supervision", BUCKET["stolen"], "In progress",
         "Immediately, forces should ensure that allegations or indications of modern slavery "
         "and human trafficking are thoroughly investigated and effectively supervised by "
         "teams and individuals with the skills and experience to undertake them.",
         prio="Important", who=["Tom Brennan"], created=BULK, due=d(2023, 12, 31),
         labels="National rec;MSHT"),
], "in_sync", "Open on both; force dropped the bracketed part about joint intelligence teams.")

item(4126, "stolen", NAT, nat("stolen", 6), "Awaiting review", d(2023, 4, 12), [],
     "missing_from_force", "Open on the list (preventative powers under the MSA 2015); no "
     "Planner task.")

# ---- PEEL efficiency 2017 national -----------------------------------------------------
item(4380, "efc17", NAT, nat("efc17", 0), "Superseded", d(2021, 9, 14), [
    task("PEEL Eff 17 – digital services plan", BUCKET["efc17"], "In progress",
         "By September 2018, chief constables should produce an ambitious plan to improve "
         "digitally-enabled services within their force.\n"
         "Linked to Digital Strategy 2022-25.",
         prio="Low", who=["Simon Whitlock"], created=BULK, due=d(2023, 3, 31),
         labels="National rec;Digital"),
], "closeable_local", "HMICFRS Superseded; task In progress. Force kept only the first "
   "sentence.")

# ---- PEEL legitimacy 2017 national (stop and search) ------------------------------------
item(4502, "leg17", COC, nat("leg17", 0), "Being progressed", d(2021, 6, 1), [
    task("Legit 17 CoC – S&S reasonable & fair", BUCKET["leg17"], "In progress",
         "CoC: HMICFRS is concerned that forces are not able to demonstrate that the use of "
         "S&S powers is consistently reasonable and fair. Over-representation of BAME people, "
         "and black people in particular, in S&S data which many forces are unable to explain.",
         prio="Urgent", who=["Kevin Bright", "Stuart Fielding"], created=BULK,
         due=d(2023, 12, 31), labels="Cause of concern;Stop & search"),
], "in_sync", "Open on both.")

item(4503, "leg17", NAT, SAS_MONITORING_2017, "Being progressed", d(2021, 6, 1), [
    task("Legit 17 Rec 1 – S&S monitoring data", BUCKET["leg17"], "Completed",
         ref("By July 2018, all police forces across England and Wales should be regularly and "
             "frequently monitoring a comprehensive set of data and information on use of stop "
             "and search powers to understand the reasons for disproportionality, find rates "
             "by ethnicity and search type, and possession-only drug searches.", 4503),
         prio="Important", who=["Kevin Bright"], created=BULK, due=d(2022, 12, 31),
         completed=d(2023, 2, 9), by="Kevin Bright",
         checklist=[("Disproportionality by ethnic group", True),
                    ("Find rates by ethnicity & search type", True),
                    ("Possession-only drug searches v priorities", True)],
         labels="National rec;Stop & search"),
], "closeable_submit", "HMICFRS Being progressed; task Completed (3/3 checklist). Bullets "
   "moved into the checklist.")

item(4504, "leg17", NAT, nat("leg17", 2), "Being progressed", d(2021, 6, 1), [
    task("Legit 17 Rec 2 – explain disparities to public", BUCKET["leg17"], "In progress",
         "Where forces identify disparities through monitoring, they should demonstrate to the "
         "public that they have:\n• carried out research and analysis in an attempt to "
         "understand the reasons for the disparity, and\n• taken action to reduce the "
         "disparity, where necessary;\n"
         "Closure report drafted 30/10/23 - pending sign off by ACC Local Policing.",
         prio="Medium", who=["Kevin Bright"], created=BULK, due=d(2024, 3, 31),
         labels="National rec;Stop & search;Pending sign off"),
], "closeable_submit", "HMICFRS Being progressed. Planner Progress is still 'In progress', but "
   "the task carries the label 'Pending sign off' and the note says the closure report is "
   "drafted: the force regards it as done (judgement call, see README).")

item(4505, "leg17", NAT, nat("leg17", 3), "Being progressed", d(2021, 6, 1), [
    task("Legit 17 Rec 3 – publish analysis annually", BUCKET["leg17"], "Not started",
         "We expect forces to publish this analysis and any actions taken at least on an "
         "annual basis, from July 2018.",
         prio="Low", who=["Kevin Bright"], created=BULK, due=d(2024, 7, 31),
         labels="National rec;Stop & search"),
], "in_sync", "Open on both (Not started).")

item(4506, "leg17", NAT, nat("leg17", 4), "Being progressed", d(2021, 6, 1), [
    task("Powers 21 – unconscious bias training for S&S officers", BUCKET["powers"],
         "In progress",
         "By July 2018, and ongoing following that date, forces should ensure that all officers "
         "who use stop and search powers have been provided with, and understand, training on "
         "unconscious bias and College of Policing APP on stop and search.",
         prio="Medium", who=["Stuart Fielding"], created=d(2022, 4, 4), due=d(2023, 10, 31),
         labels="National rec;Stop & search;Training"),
], "conflict", "Report differs: HMICFRS lists it under PEEL: Police legitimacy 2017; the "
   "force filed it in the 'Police powers spotlight (Feb 21)' bucket and titled it 'Powers 21'.")

# ---- PEEL legitimacy 2017 (force: vetting) ----------------------------------------------
item(4611, "leg17f", COC, CAUSES[4].format(force=FORCE), "Complete", d(2021, 11, 30), [
    task("Legit 17 CoC – vetting backlog", BUCKET["leg17f"], "In progress",
         "The size of the vetting backlog within Staffordshire Police is a cause of concern.\n"
         "Update 05/06/23: backlog now 37 (was 1,140).",
         prio="Important", who=["Aisha Rahman"], created=BULK, due=d(2023, 9, 30),
         labels="Cause of concern;Vetting"),
], "closeable_local", "HMICFRS closed the cause of concern (Complete, 30/11/2021); task still "
   "In progress.")

item(4612, "leg17f", REC, "The force should " + body(15) + ".", "Complete", d(2021, 11, 30), [
    task("Legit 17 Rec – vetting clearance for all staff", BUCKET["leg17f"], "Completed",
         "Ensure all staff have received at least the lowest level of vetting clearance for "
         "their roles as quickly as possible, clearing both the backlog and renewals so that "
         "the force complies fully with the national vetting guidelines.",
         prio="Important", who=["Aisha Rahman"], created=BULK, due=d(2022, 12, 31),
         completed=d(2022, 12, 1), by="Aisha Rahman", labels="Recommendation;Vetting"),
], "in_sync", "Closed on both.")

# ---- PEEL 2018/19 (force) ---------------------------------------------------------------
P19 = "HMIC recommends that within six months the force should: "
item(5217, "peel1819", REC, P19 + body(5) + ";", "Complete", d(2021, 3, 8), [
    task("PEEL 18/19 Rec 6 – supervision of investigations", BUCKET["peel1819"], "Completed",
         "Ensure regular and active supervision of the quality and progress of "
         "investigations. This supervison should be properly recorded.",
         prio="Important", who=["Mark Owen"], created=BULK, completed=d(2022, 3, 15),
         by=ANALYST, labels="Recommendation;Investigation"),
], "in_sync", "Closed on both.")

item(5218, "peel1819", REC, P19 + body(6) + ";", "Being progressed", d(2021, 6, 1), [
    task("PEEL 18/19 Rec 7 – DF backlog", BUCKET["peel1819"], "In progress",
         ref("Within 6 months the force should improve its ability to retrieve digital evidence "
             "from mobile phones, computers and other electronic devices quickly enough to "
             "ensure investigations are not delayed.", 5218),
         prio="Urgent", who=["Mark Owen", "Simon Whitlock"], created=BULK,
         due=d(2023, 6, 30), labels="Recommendation;Investigation;Digital"),
], "in_sync", "Open on both.")

item(5219, "peel1819", REC, P19 + body(7) + ";", "Being progressed", d(2021, 6, 1), [
    task("PEEL 18/19 Rec 8 – RUI & bail", SUBMITTED, "Completed",
         "HMIC recommends that within six months the force should: improve its understanding "
         "of suspects released under investigation and the management of those released on "
         "bail;\nBail management unit live Apr 23. Closure report to FLL 03/10/23.",
         prio="Important", who=["Mark Owen"], created=BULK, due=d(2023, 4, 30),
         completed=d(2023, 10, 3), by="Mark Owen", labels="Recommendation;Investigation"),
], "closeable_submit", "HMICFRS Being progressed; task Completed (Evidence submitted bucket).")

item(5214, "peel1819", REC, "HMIC recommends that the force should immediately: " + body(2)
     + ";", "Being progressed", d(2021, 6, 1), [], "missing_from_force",
     "Open on the list (skills project work / workforce plans); no Planner task.")

item(5216, "peel1819", REC, "HMIC recommends that the force should immediately:" + body(4)
     + ".", "Complete", d(2021, 3, 8), [
    task("PEEL 18/19 Rec 5 – consultation on business planning", BUCKET["peel1819"],
         "In progress",
         "Improve arrangements to consult with the public about business planning and to feed "
         "back on changes made to service delivery as a result.",
         prio="Low", who=["Helen Marsh"], created=BULK, due=d(2022, 12, 31),
         labels="Recommendation"),
], "closeable_local", "HMICFRS Complete (08/03/2021); task In progress.")

# ---- CDI 2019 (force) -------------------------------------------------------------------
CDI_TEXT = "Within six months the force should " + CDI_VICTIMS_BODY + "."
CDI_B = [b.lstrip("• ").rstrip(";").replace("; and", "")
         for b in CDI_VICTIMS_BODY.split("\n")[1:]]
item(5902, "cdi19", REC, CDI_TEXT, "Being progressed", d(2021, 6, 1), [
    task("CDI 19 Rec 1 – victims believed / crime recording", SUBMITTED, "Completed",
         ref("Within six months the force should put in place arrangements to ensure that: "
             "victims are believed; incident logs summarise calls accurately; multiple crimes "
             "are recorded; no waiting for medical/VRI results; online reports triaged.", 5902),
         prio="Urgent", who=["Louise Carter"], created=BULK, due=d(2023, 3, 31),
         completed=d(2023, 7, 11), by="Louise Carter",
         checklist=[("Victims believed at point of report", True),
                    ("Incident log summaries QA", True), ("Multiple crimes recorded", True),
                    ("Stop waiting for medicals/VRI", True), ("Online reports triage", True)],
         labels="Recommendation;Crime recording"),
], "closeable_submit", "HMICFRS Being progressed; one task with the five bullets as a 5/5 "
   "checklist, Completed.")

# ---- Disproportionate use of police powers 2021 -----------------------------------------
item(9710, "powers", NAT, nat("powers", 0), "Being progressed", d(2021, 6, 1), [
    task("Powers 21 Rec 1 – communication skills (conflict mgmt)", BUCKET["powers"],
         "Completed",
         ref("By July 2022, forces should ensure that officers & staff have effective "
             "communication skills, in line with the National Policing Guidelines on Conflict "
             "Management.", 9710),
         prio="Medium", who=["Stuart Fielding"], created=d(2022, 4, 4), due=d(2022, 7, 31),
         completed=d(2022, 7, 28), by="Stuart Fielding",
         labels="National rec;Training"),
], "closeable_submit", "HMICFRS Being progressed; task Completed.")

item(9711, "powers", NAT, nat("powers", 1), "Being progressed", d(2021, 6, 1), [
    task("Powers 21 Rec 2 – CPD & BWV debriefs", BUCKET["powers"], "In progress",
         "By July 2021, forces should ensure that communication skills are reinforced as part "
         "of the programme of CPD for officers and staff, and that supervisors are supported to "
         "routinely and frequently debrief officers on these skills using BWV footage.",
         prio="Medium", who=["Stuart Fielding"], created=d(2022, 4, 4), due=d(2023, 3, 31),
         labels="National rec;Training"),
], "in_sync", "Open on both.")

BWV_PARTS = BWV_2021.split("\n")
item(9712, "powers", NAT, BWV_2021, "Being progressed", d(2021, 6, 1), [
    task("Powers 21 Rec 3a – BWV to record entire S&S encounter", BUCKET["powers"],
         "Completed",
         "By September 2021, forces should: " + BWV_PARTS[0].split(": ", 1)[1],
         prio="Important", who=["Kevin Bright"], created=d(2022, 4, 4), due=d(2022, 9, 30),
         completed=d(2022, 9, 12), by="Kevin Bright", labels="National rec;Stop & search"),
    task("Powers 21 Rec 3b – BWV review & dip sampling", BUCKET["powers"], "In progress",
         "By September 2021, forces should " + BWV_PARTS[1],
         prio="Important", who=["Kevin Bright"], created=d(2022, 4, 4), due=d(2023, 9, 30),
         checklist=[("Monthly dip sample 20 BWV clips", True), ("Learning bulletin", False)],
         labels="National rec;Stop & search"),
], "conflict", "Split item with a part missing: the force has tasks 3a and 3b but none for "
   "the third part (external scrutiny panel access to BWV footage).")

item(9713, "powers", NAT, nat("powers", 3), "Being progressed", d(2021, 6, 1), [],
     "missing_from_force", "Open on the list but addressed to the Home Office and NPCC; the "
     "force has no task (reasonably, but it should query it with HMICFRS).")

item(9714, "powers", NAT, nat("powers", 4), "Being progressed", d(2021, 6, 1), [
    task("Powers 21 Rec 5 – internal monitoring of use of force", BUCKET["powers"],
         "In progress",
         ref("By July 2021, forces should ensure they have effective internal monitoring "
             "processes on the use of force, to help them to identify and understand "
             "disproportionate use, explain the reasons and implement any necessary "
             "improvement action.", 9714),
         prio="Important", who=["Stuart Fielding"], created=d(2022, 4, 4), due=d(2023, 6, 30),
         labels="National rec;Use of force"),
], "in_sync", "Open on both.")

# ---- PEEL 2021/22 (force) ---------------------------------------------------------------
P22 = "peel2122"
item(11804, P22, COC, CAUSES[2], "Being progressed", d(2022, 7, 8), [
    task("PEEL 22 CoC 1 – investigation capacity & capability", BUCKET[P22], "In progress",
         "Cause of concern: The force does not have the capacity or capability to investigate "
         "crime effectively and this is affecting the service being provided to the public.",
         prio="Urgent", who=["Mark Owen"], created=d(2022, 7, 20), due=d(2023, 7, 8),
         labels="Cause of concern;Investigation"),
], "in_sync", "Open on both.")

item(11805, P22, REC, "Within six months, the force should " + body(0) + ".",
     "Being progressed", d(2022, 7, 8), [
    task("PEEL 22 CoC 1 Rec 1 – investigative workload review", BUCKET[P22], "In progress",
         ref("Within six months, the force should conduct a review of officers' capabilities "
             "and capacity to manage their investigative workload, to better understand "
             "investigative demand and the pressures placed upon them.", 11805),
         prio="Urgent", who=["Mark Owen", "Helen Marsh"], created=d(2022, 7, 20),
         due=d(2023, 1, 8),
         checklist=[("Workload survey", True), ("Demand model", False)],
         labels="Recommendation;Investigation"),
], "in_sync", "Open on both (task Late).")

item(11806, P22, AFI, "The force should " + body(51) + ".", "Being progressed",
     d(2022, 7, 8), [
    task("PEEL 22 AFI 4 – investigation plans & supervision", BUCKET[P22], "In progress",
         "Improve the supervision of investigations, so that investigation plans are set, "
         "reviewed and recorded and victims receive a consistently good service.\n"
         "Update 12/09/23: Investigation Standards Board dip sample 78% compliant.",
         prio="Important", who=["Mark Owen"], created=d(2022, 7, 20), due=d(2023, 12, 31),
         labels="AFI;Investigation"),
], "in_sync", "Open on both.")

item(11807, P22, AFI, "The force should " + body(41) + ".", "Being progressed",
     d(2022, 7, 8), [
    task("PEEL 22 AFI 5 – DA supervision", BUCKET[P22], "In progress",
         "The force should take steps to ensure effective supervision of the initial risk "
         "assessment process, specifically completion of DASH in appropriate cases.",
         prio="Important", who=["Priya Sandhu"], created=d(2022, 7, 20), due=d(2023, 12, 31),
         labels="AFI;Vulnerability"),
], "in_sync", "Open on both.")

item(11808, P22, AFI, CONTROL_ROOM, "Being progressed", d(2022, 7, 8), [
    task("PEEL 22 AFI 1 – control room resourcing", SUBMITTED, "Completed",
         ref(CONTROL_ROOM + "\nNew shift pattern live 01/05/23; evidence uploaded.", 11808),
         prio="Important", who=["Jo Penrose"], created=d(2022, 7, 20), due=d(2023, 6, 30),
         completed=d(2023, 6, 27), by="Jo Penrose", labels="AFI;Contact"),
], "closeable_submit", "HMICFRS Being progressed; task Completed (Evidence submitted bucket).")

item(11809, P22, AFI, "The force should " + body(11) + ".", "Being progressed",
     d(2022, 7, 8), [
    task("PEEL 22 AFI 2 – understanding demand", BUCKET[P22], "In progress",
         "The force should undertake further work to gain a fuller understanding of current "
         "demand for its services, and likely future changes in demand.",
         prio="Medium", who=["Helen Marsh"], created=d(2022, 7, 20), due=d(2024, 3, 31),
         labels="AFI;FMS"),
], "in_sync", "Open on both.")

item(11810, P22, AFI, "The force should " + body(13) + ".", "Being progressed",
     d(2022, 7, 8), [
    task("PEEL 22 AFI 3 – workforce plan", BUCKET[P22], "Not started",
         "Develop a future workforce plan aligned with overall demand and budget (resource "
         "allocations, skills mix, behaviours).",
         prio="Medium", who=["Claire Hadley"], created=d(2022, 7, 20), due=d(2024, 3, 31),
         labels="AFI;People"),
], "in_sync", "Open on both (Not started).")

item(11811, P22, AFI, "The force should " + body(27) + ".", "Being progressed",
     d(2022, 7, 8), [
    task("PEEL 22 AFI 6 – whistleblowing / confidential reporting", BUCKET[P22], "Completed",
         "The force should make sure it provides a confidential way for staff to raise "
         "concerns and that staff are aware of whistleblowing processes.",
         prio="Medium", who=["Aisha Rahman"], created=d(2022, 7, 20), due=d(2023, 3, 31),
         completed=d(2023, 3, 16), by="Aisha Rahman", labels="AFI;PSD;People"),
], "closeable_submit", "HMICFRS Being progressed; task Completed (still in the PEEL 2021/22 "
   "bucket).")

item(11812, P22, AFI, "The force should " + body(28) + ".", "Being progressed",
     d(2022, 7, 8), [], "missing_from_force",
     "Open on the list (support for those who raised concerns); no Planner task. Close in "
     "wording to AFI 6 (11811), which the force does have.")

item(11813, P22, AFI, "The force should " + body(29) + ".", "Being progressed",
     d(2022, 7, 8), [
    task("PEEL 22 Rec 2 – E&D data", BUCKET[P22], "In progress",
         "The force should review how it gathers and uses equality and diversity data to "
         "improve its understanding of its workforce demographics.",
         prio="Medium", who=["Claire Hadley"], created=d(2022, 7, 20), due=d(2023, 12, 31),
         labels="Recommendation;People"),
], "conflict", "Type differs: HMICFRS has an area for improvement; the force titles it "
   "'Rec 2' and labels it Recommendation.")

item(11814, P22, AFI, "The force should " + body(12) + ".", "Being progressed",
     d(2022, 7, 8), [
    task("PEEL 22 AFI 7 – outcomes, outputs & costs", BUCKET[P22], "In progress",
         "AFI 7 - The force should develop its understanding of the links between its "
         "outcomes, outputs and costs",
         prio="Low", who=["Simon Whitlock"], created=d(2022, 7, 20), due=d(2024, 3, 31),
         labels="AFI;Finance"),
], "in_sync", "Open on both.")

item(11815, P22, AFI, "The force should " + body(14) + ".", "Being progressed",
     d(2022, 7, 8), [
    task("PEEL 22 AFI 8 – use of crime recording/case mgmt system", BUCKET[P22], "Completed",
         ref("The force should improve its use of its crime-recording and management system "
             "to better manage its case files and investigative processes.", 11815),
         prio="Medium", who=["Louise Carter", "Mark Owen"], created=d(2022, 7, 20),
         due=d(2023, 6, 30), completed=d(2023, 8, 30), by="Louise Carter",
         checklist=[("Niche case file module training", True), ("Supervisor QA", True)],
         labels="AFI;Crime recording"),
], "closeable_submit", "HMICFRS Being progressed; task Completed.")

item(11816, P22, AFI, "The force should " + body(24) + ".", "Awaiting review",
     d(2023, 4, 12), [
    task("PEEL 22 AFI 9 – data & analysis for performance mgmt", BUCKET[P22], "Not started",
         "", prio="Medium", who=["Simon Whitlock"], created=d(2022, 7, 20),
         due=d(2024, 3, 31),
         checklist=[("Performance framework refresh", False),
                    ("Analyst capacity review", False)],
         labels="AFI;Performance"),
], "in_sync", "Open on both. The task has no description; its title and checklist carry it.")

item(11817, P22, AFI, "The force should " + body(30) + ".", "Being progressed",
     d(2022, 7, 8), [
    task("PEEL 22 AFI 10 – prevention strategy", SUBMITTED, "Completed",
         "Develop a clear prevention strategy targeting people most at risk and make sure "
         "activity prioritises people most at risk.\nPrevention Strategy 2023-26 signed off "
         "at COG 18/07/23.",
         prio="Medium", who=["Claire Hadley"], created=d(2022, 7, 20), due=d(2023, 7, 31),
         completed=d(2023, 7, 24), by="Claire Hadley", labels="AFI;Prevention"),
], "closeable_submit", "HMICFRS Being progressed; task Completed (Evidence submitted bucket).")

# ---- Custody 2022 (force) ---------------------------------------------------------------
CUST = "Within six months the force should, " + body(35) + "."
item(12133, "custody22", REC, CUST, "Being progressed", d(2022, 11, 15), [
    task("Custody 22 Rec 1 – detention of children", BUCKET["custody22"], "In progress",
         ref("In conjunction with children's social care services, review how the force "
             "manages the detention of children. As a minimum:\n"
             "- children only detained when absolutely necessary and for minimum time;\n"
             "- early assessment of need for alternative accomodation (secure or otherwise);\n"
             "- custody staff record all actions and decisions on the relevant documentation;\n"
             "- improve timeliness of appropriate adult support for children who are arrested.",
             12133),
         prio="Urgent", who=["Gareth Lloyd", "Priya Sandhu"], created=d(2022, 11, 28),
         due=d(2023, 5, 15),
         checklist=[("Joint protocol with children's services", True),
                    ("PACE beds escalation process", True),
                    ("Custody record audit", False), ("AA service contract", False)],
         labels="Recommendation;Custody"),
], "in_sync", "Open on both (2/4 checklist; task Late).")

# --------------------------------------------------------------------------------------
# Force rows not on the HMICFRS list.
extra: list[tuple[dict, str]] = []
extra.append((task("Everyone's Business – publish DA action plan", BUCKET["everyone"],
                   "Completed",
                   EVERYONE_PLAN.split("\n\n")[0] + "\nDA Action Plan published on website.",
                   prio="Low", who=["Priya Sandhu"], created=BULK, completed=d(2022, 3, 15),
                   by=ANALYST, labels="National rec;Vulnerability"),
              "Everyone's business (2014) plan is not on the definitive list (HMICFRS closed "
              "it long ago); query or just close."))
extra.append((task("PEEL 18/19 Rec 2 – vulnerability review with partners",
                   BUCKET["peel1819"], "Completed",
                   "HMIC recommends that the force should immediately: conduct a review, "
                   "involving its partners, of the approach to vulnerability to better "
                   "safeguard vulnerable people.",
                   prio="Important", who=["Priya Sandhu"], created=BULK,
                   completed=d(2022, 5, 19), by="Priya Sandhu",
                   labels="Recommendation;Vulnerability"),
              "PEEL 2018/19 recommendation that is not on the list."))
extra.append((task("PEEL 22 AFI 11 – arrest & ancillary orders in DA cases", BUCKET[P22],
                   "In progress",
                   "The force should consider ways of increasing the use of arrest, ancillary "
                   "orders and other available powers, in order to improve the service it "
                   "provides to victims of domestic abuse.",
                   prio="Important", who=["Priya Sandhu"], created=d(2022, 7, 20),
                   due=d(2023, 12, 31), labels="AFI;Vulnerability"),
              "Force records it as a PEEL 2021/22 AFI but no such item is on the list "
              "(mis-recorded or from an earlier report): query with HMICFRS."))
TOPICS_LOCAL = [
    (0, "modern slavery and human trafficking", "Tom Brennan", "In progress"),
    (2, "stop and search", "Kevin Bright", "Completed"),
    (4, "missing children", "Priya Sandhu", "Not started"),
    (6, "domestic abuse", "Mark Owen", "In progress"),
    (8, "firearms licensing", "Gareth Lloyd", "Completed"),
    (9, "vetting", "Aisha Rahman", "In progress"),
]
for li, topic, who, prog in TOPICS_LOCAL:
    text = LOCAL_ACTIONS[li].format(t=topic)
    t = task(text, FORCE_ACTIONS, prog,
             "" if li % 4 == 2 else ("Raised at HMICFRS Governance Board " +
                                     ("02/11/22." if li % 2 else "07/03/23.")),
             prio="Medium", who=[who], created=d(2022, rng.randint(4, 12), rng.randint(1, 28)),
             due=d(2023, rng.randint(1, 12), 28),
             completed=(d(2023, rng.randint(1, 9), rng.randint(1, 28))
                        if prog == "Completed" else None),
             by=(who if prog == "Completed" else None), labels="Force action")
    extra.append((t, "Force's own action (Force actions bucket), not an HMICFRS item."))
extra.append((task("Quarterly HMICFRS update to Joint Audit Committee", FORCE_ACTIONS,
                   "In progress",
                   "Prepare quarterly paper for JAC: open recommendations by report, RAG, "
                   "items proposed for closure.",
                   prio="Medium", who=[ANALYST], created=d(2022, 4, 1), start=d(2023, 10, 1),
                   due=d(2023, 12, 31), recurring=True, labels="Force action;Governance"),
              "Recurring governance task, not an HMICFRS item."))

# --------------------------------------------------------------------------------------
# Build rows.
def mdY(x: date | None) -> str:
    return "" if x is None else f"{x.month}/{x.day}/{x.year}"


def dmY(x: date) -> str:
    return f"{x.day:02d}/{x.month:02d}/{x.year}"


def task_id() -> str:
    alphabet = string.ascii_letters + string.digits + "-_"
    return "".join(rng.choice(alphabet) for _ in range(28))


def created_by(t: dict) -> str:
    return ANALYST if t["created"] == BULK else rng.choice([ANALYST, ANALYST, t["who"][0]])


# HMICFRS CSV: ordered by report (publication date, newest first), then id.
hm_items = sorted(items, key=lambda it: (-REPORTS[it["report"]][1].toordinal(), it["id"]))
hm_rows = []
for n, it in enumerate(hm_items, start=2):
    it["hm_row"] = f"hmicfrs.csv!{n}"
    title, pub = REPORTS[it["report"]]
    hm_rows.append({
        "Recommendation ID": it["id"],
        "Force": FORCE,
        "Report": title,
        "Publication date": dmY(pub),
        "Type": it["type"],
        "Recommendation": it["text"],
        "Status": it["status"],
        "Status date": dmY(it["sdate"]),
    })

with open(OUT / "hmicfrs.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(hm_rows[0]), quoting=csv.QUOTE_MINIMAL)
    w.writeheader()
    w.writerows(hm_rows)

# Planner tasks: every task with its truth line.
all_tasks = []   # (task, item or None, why for extras)
for it in items:
    for t in it["tasks"]:
        all_tasks.append((t, it, None))
for t, why in extra:
    all_tasks.append((t, None, why))

rng.shuffle(all_tasks)
all_tasks.sort(key=lambda x: BUCKET_ORDER.index(x[0]["bucket"]))   # stable: shuffled in bucket

HEAD = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To",
        "Created By", "Created Date", "Start date", "Due date", "Is Recurring", "Late",
        "Completed Date", "Completed By", "Completed Checklist Items", "Checklist Items",
        "Labels", "Description"]

wb = openpyxl.Workbook()
ws = wb.active
ws.title = SHEET
ws.append(["Plan name", "HMICFRS Recommendations"])
ws.append(["Plan ID", task_id()])
ws.append(["Exported on", mdY(EXPORTED)])
ws.append([])
ws.append(HEAD)
for c in ws[5]:
    c.font = Font(bold=True)

truth = []
for r, (t, it, why) in enumerate(all_tasks, start=6):
    done = t["progress"] == "Completed"
    late = (t["due"] is not None and not done and t["due"] < EXPORTED)
    cl = t["checklist"]
    row = [
        task_id(), t["name"], t["bucket"], t["progress"], t["prio"], ";".join(t["who"]),
        created_by(t), mdY(t["created"]), mdY(t["start"]), mdY(t["due"]),
        "true" if t["recurring"] else "false", "true" if late else "false",
        mdY(t["completed"]) if done else "", (t["by"] or "") if done else "",
        f"{sum(1 for _, ok in cl if ok)}/{len(cl)}" if cl else "",
        ";".join(c for c, _ in cl), t["labels"], t["desc"],
    ]
    ws.append(row)
    prov = f"{SHEET}!{r}"
    t["force_row"] = prov
    if it is None:
        truth.append(("", prov, "not_on_hmicfrs_list", why))
    else:
        truth.append((it["hm_row"], prov, it["category"], it["why"]))

for it in items:
    if not it["tasks"]:
        truth.append((it["hm_row"], "", it["category"], it["why"]))

for col, width in zip("ABCDEFGHIJKLMNOPQR",
                      [30, 48, 30, 12, 10, 30, 14, 12, 10, 10, 10, 7, 14, 16, 10, 50, 28, 80]):
    ws.column_dimensions[col].width = width
for row in ws.iter_rows(min_row=6):
    row[17].alignment = Alignment(wrap_text=True, vertical="top")
wb.save(OUT / "tracker.xlsx")


def hm_key(s: str) -> int:
    return int(s.split("!")[1]) if s else 10**6


truth.sort(key=lambda x: (hm_key(x[0]), hm_key(x[1])))
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

# Summary for the README.
from collections import Counter  # noqa: E402
print("HMICFRS items:", len(hm_rows), " Planner task rows:", len(all_tasks),
      " truth lines:", len(truth))
print(Counter(c for _, _, c, _ in truth))
