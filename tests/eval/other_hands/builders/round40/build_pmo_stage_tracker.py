"""Build the pmo_stage_tracker case (round 40, independent).

A force's change / programme management office (PMO) runs the HMICFRS tracker in its own
project language: delivery stage, PMO status, RAG as delivery confidence, RAID columns,
benefits, programme / workstream grouping, and an archive tab for closed projects.
The HMICFRS side is a plain definitive-list extract.

Run:  /work/main/.venv/bin/python build_pmo_stage_tracker.py
Rebuilds pmo_stage_tracker/ byte for byte (fixed seed, fixed zip timestamps).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (real public texts only)
    BODIES, BWV_2021, CAUSES, CDI_VICTIMS_BODY, NATIONAL, SF_LEADERSHIP, TOPIC_BODIES,
    LOCAL_ACTIONS,
)

SEED = 4020240
rng = random.Random(SEED)
HERE = Path(__file__).resolve().parent
OUT = HERE / "pmo_stage_tracker"
FORCE = "Nottinghamshire Police"
EXTRACT = dt.date(2024, 10, 14)
ZIP_TIME = (2024, 10, 14, 9, 0, 0)

D = dt.date

# --------------------------------------------------------------------------------------
# HMICFRS items
# --------------------------------------------------------------------------------------
HM_OPEN = {"Awaiting review", "Being progressed"}
HM_CLOSED = {"Complete", "Superseded", "No further action required"}

COMMENTS = {
    "Awaiting review": ["New recommendation", "New area for improvement"],
    "Being progressed": [
        "The progress of the implementation of this recommendation is currently being "
        "monitored by HMICFRS and this record will, in due course, be updated.",
        "Force update received; awaiting review by the force liaison lead.",
        "",
    ],
    "Complete": ["This recommendation is complete",
                 "Authorised for closure on the basis of the additional observations offered "
                 "by members of the inspection team in recent inspection activity.", ""],
    "Superseded": [
        "This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
        "inspections. Where a cause of concern still exists this will appear in the register "
        "against these subsequent inspections."],
    "No further action required": [
        "No further action required. This recommendation has been overtaken by the force's "
        "subsequent inspection findings."],
}


def nat(key, i):
    return NATIONAL[key][2][i]


def topic(i, t, stem="The force should {b}."):
    return stem.format(b=TOPIC_BODIES[i].format(t=t))


def body(fragment):
    hits = [b for b in BODIES if b.startswith(fragment)]
    assert len(hits) == 1, fragment
    return hits[0]


# Force-level reports: key -> (title, published, tracker name)
REPORTS = {
    "sas13": (NATIONAL["sas13"][0], D(*NATIONAL["sas13"][1]), "Stop & Search powers (HMIC 2013)"),
    "everyone": (NATIONAL["everyone"][0], D(*NATIONAL["everyone"][1]), "Everyone's Business (DA) 2014"),
    "austerity": (NATIONAL["austerity"][0], D(*NATIONAL["austerity"][1]), "Policing in Austerity 2014"),
    "core": (NATIONAL["core"][0], D(*NATIONAL["core"][1]), "Core Business 2014"),
    "integrity": (NATIONAL["integrity"][0], D(*NATIONAL["integrity"][1]), "Integrity Matters 2015"),
    "sas15": (NATIONAL["sas15"][0], D(*NATIONAL["sas15"][1]), "Stop & search powers 2"),
    "picture": (NATIONAL["picture"][0], D(*NATIONAL["picture"][1]), "Building the Picture 2015"),
    "firearms": (NATIONAL["firearms"][0], D(*NATIONAL["firearms"][1]), "Firearms licensing 2015"),
    "stolen": (NATIONAL["stolen"][0], D(*NATIONAL["stolen"][1]), "Stolen Freedom (MSHT) 2017"),
    "efc17": (NATIONAL["efc17"][0], D(*NATIONAL["efc17"][1]), "PEEL Efficiency 17 (all forces)"),
    "leg17": (NATIONAL["leg17"][0], D(*NATIONAL["leg17"][1]), "PEEL Legit 17 S&S"),
    "powers": (NATIONAL["powers"][0], D(*NATIONAL["powers"][1]), "Police powers spotlight (Feb 21)"),
    "e16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2), "PEEL Effectiveness 2016"),
    "f17": ("PEEL: Police efficiency 2017", D(2017, 11, 9), "PEEL Efficiency 2017"),
    "l17": ("PEEL: Police legitimacy 2017", D(2017, 12, 12), "PEEL Legitimacy 2017"),
    "n18": ("National child protection inspection 2018", D(2018, 6, 19), "NCPI 2018"),
    "p18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2), "PEEL 2018/19"),
    "c19": ("Crime data integrity inspection 2019", D(2019, 9, 12), "CDI inspection 2019"),
    "u20": ("Report on an unannounced inspection visit to police custody suites 2020", D(2020, 8, 11), "Custody inspection 2020"),
    "u22": ("Report on an unannounced inspection visit to police custody suites 2022", D(2022, 8, 23), "Custody inspection 2022"),
    "p21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 5, 10), "PEEL 2021/22"),
    "p23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", D(2024, 5, 14), "PEEL Assessment 2023/24"),
}

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"
FTYPE = {REC: "Rec", AFI: "AFI", COC: "CoC", NAT: "National rec"}

# Each item: key, ref (None = not on the HMICFRS list), report, type, text, HMICFRS status,
# force code (None = no force row), programme, workstream, flags
# force code: a state code, or a list of state codes for split rows.
ITEMS = []


def item(key, ref, rep, typ, text, hm, force, prog, ws, **kw):
    ITEMS.append(dict(key=key, ref=ref, rep=rep, typ=typ, text=text, hm=hm, force=force,
                      prog=prog, ws=ws, **kw))


# --- national -------------------------------------------------------------------------
item("sas13_1", 1012, "sas13", NAT, nat("sas13", 0)[1], "Complete", "CL", "LPC", "Stop & search")
item("sas13_2", 1013, "sas13", NAT, nat("sas13", 1)[1], "Complete", "TB", "LPC", "Stop & search")
item("sas13_3", None, "sas13", NAT, nat("sas13", 2)[1], None, "CL", "LPC", "Stop & search")
item("everyone", 2321, "everyone", NAT, nat("everyone", 0)[1], "Superseded", "TB", "PVP", "Domestic abuse")
item("aus1", 3105, "austerity", NAT, nat("austerity", 0)[1], "Complete", "CL", "FEP", "Savings & collaboration")
item("aus2", 3106, "austerity", NAT, nat("austerity", 1)[1], "No further action required", "PK", "FEP", "Savings & collaboration", archive=True)
item("aus3", 3107, "austerity", NAT, nat("austerity", 2)[1], "Complete", "HO", "FEP", "Demand & workforce")
item("aus4", 3108, "austerity", NAT, nat("austerity", 3)[1], "Being progressed", None, "FEP", "")
item("core1", 4822, "core", NAT, nat("core", 0)[1], "Superseded", "CL", "CMT", "THRIVE & risk")
item("core2", 4823, "core", NAT, nat("core", 1)[1], "Being progressed", "TBB", "LPC", "Problem solving")
item("integrity", 902, "integrity", NAT, nat("integrity", 0)[1], "Being progressed", None, "PAC", "")
item("sas15", 5230, "sas15", NAT, nat("sas15", 0)[1], "Complete", "BAU", "LPC", "Stop & search")
item("picture", 5761, "picture", NAT, nat("picture", 0)[1], "Being progressed", "EM", "DPP", "Information management")
item("fa1", 6104, "firearms", NAT, nat("firearms", 0)[1], "Complete", "CL", "OSC", "Firearms licensing")
item("fa2", 6105, "firearms", NAT, nat("firearms", 1)[1], "Complete", "DEG", "OSC", "Firearms licensing")
item("fa3", 6106, "firearms", NAT, nat("firearms", 2)[1], "Being progressed", "HO", "OSC", "Firearms licensing")
item("fa4", 6107, "firearms", NAT, nat("firearms", 3)[1], "Complete", "TB", "OSC", "Firearms licensing")
item("fa5", 6108, "firearms", NAT, nat("firearms", 4)[1], "No further action required", "EM", "OSC", "Firearms licensing")
item("st_lead", 8210, "stolen", NAT, SF_LEADERSHIP, "Being progressed", ["DE", "TB", "DE"], "PVP", "MSHT & exploitation",
     conflict="missing bullet")
item("st_intel", 8211, "stolen", NAT, nat("stolen", 1)[1], "Being progressed", "DE", "PVP", "MSHT & exploitation",
     conflict="timescale")
item("st_s45", 8212, "stolen", NAT, nat("stolen", 2)[1], "Complete", "TB", "PVP", "MSHT & exploitation")
item("st_nrm", 8213, "stolen", NAT, nat("stolen", 3)[1], "Being progressed", "BR", "PVP", "MSHT & exploitation")
item("st_ncrs", 8214, "stolen", NAT, nat("stolen", 4)[1], "Being progressed", "DE", "ISP", "Crime recording (CDI)")
item("st_inv", 8215, "stolen", NAT, nat("stolen", 5)[1], "Complete", "EM0", "PVP", "MSHT & exploitation")
item("st_prev", 8216, "stolen", NAT, nat("stolen", 6)[1], "Being progressed", "PA", "PVP", "MSHT & exploitation")
item("efc17", 8488, "efc17", NAT, nat("efc17", 0)[1], "Superseded", "DE", "DPP", "Digital services")
item("leg17_coc", 8540, "leg17", COC, nat("leg17", 0)[1], "Being progressed", "DE", "LPC", "Stop & search")
item("leg17_mon", 8541, "leg17", NAT, nat("leg17", 1)[1], "Being progressed", "BR", "LPC", "Stop & search")
item("leg17_disp", 8542, "leg17", NAT, nat("leg17", 2)[1], "Being progressed", "EM", "LPC", "Stop & search")
item("leg17_pub", 8543, "leg17", NAT, nat("leg17", 3)[1], "Being progressed", None, "LPC", "")
item("leg17_train", 8544, "leg17", NAT, nat("leg17", 4)[1], "Complete", "TBB", "LPC", "Stop & search")
item("pw_comm", 11920, "powers", NAT, nat("powers", 0)[1], "Being progressed", "DE", "LPC", "Use of force")
item("pw_cpd", 11921, "powers", NAT, nat("powers", 1)[1], "Being progressed", "HO", "LPC", "Use of force")
item("pw_bwv", 11922, "powers", NAT, BWV_2021, "Being progressed", ["CL", "CL", "DE"], "LPC", "Use of force")
item("pw_ho", None, "powers", NAT, nat("powers", 3)[1], None, "PK", "LPC", "Use of force")
item("pw_uof", 11923, "powers", NAT, nat("powers", 4)[1], "Complete", "EM", "LPC", "Use of force")

# --- force-level ----------------------------------------------------------------------
item("e16_coc", 7301, "e16", COC, CAUSES[3], "Complete", "CL", "PVP", "Domestic abuse")
item("e16_r1", 7302, "e16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately "
     + body("consider ways of increasing the use of arrest") + ".", "Complete", "TB", "PVP", "Domestic abuse")
item("e16_r2", 7303, "e16", REC,
     "HMIC recommends that within six months the force should: "
     + body("take steps to understand and address") + ";", "Superseded", "DEPA", "PVP", "Domestic abuse")
item("e16_a1", 7304, "e16", AFI,
     "The force should " + body("take steps to ensure that there is effective supervision of the initial")
     + ". In cases where a DASH risk assessment is not completed the officer should record an assessment "
       "on the crime management system.", "Being progressed", "BR", "PVP", "Domestic abuse")
item("e16_a2", 7305, "e16", AFI, topic(2, "child sexual exploitation"), "Complete", "BR", "PVP", "Child protection & missing")
item("f17_a1", 8490, "f17", AFI, "The force should " + body("undertake further work to gain") + ".",
     "Complete", "CLH", "FEP", "Demand & workforce")
item("f17_a2", 8491, "f17", AFI, "The force should " + body("develop its understanding of the links") + ".",
     "Being progressed", "PK", "FEP", "Demand & workforce")
item("f17_a3", 8492, "f17", AFI, "The force should " + body("develop a future workforce plan") + ".",
     "Being progressed", "TB", "PAC", "Workforce planning")
item("l17_a1", 8550, "l17", AFI, FORCE + " should " + body("ensure all staff have received") + ".",
     "Complete", "HO", "PAC", "Vetting & PSD")
item("l17_a2", 8551, "l17", AFI, "The force should " + body("make sure it provides a confidential way") + ".",
     "Being progressed", "BAU", "PAC", "Vetting & PSD")
item("l17_a3", 8552, "l17", AFI, "The force should " + body("review the support available for those") + ".",
     "Being progressed", "PLPK", "PAC", "Vetting & PSD", archive=True)
item("n18_r1", 9105, "n18", REC, "Within three months, the force should " + body("review its approach to reports of missing") + ".",
     "Complete", ["CL", "TB", "HO"], "PVP", "Child protection & missing")
item("n18_r2", 9106, "n18", REC, topic(9, "child sexual exploitation", "Within six months the force should {b}."),
     "Being progressed", "EM", "PVP", "Child protection & missing")
item("n18_a1", 9107, "n18", AFI, topic(4, "online child sexual abuse"), "Complete", "DE", "PVP", "Child protection & missing")
item("p18_a1", 9380, "p18", AFI, "The force should " + body("ensure regular and active supervision") + ".",
     "Being progressed", "BR", "ISP", "Investigation quality")
item("p18_a2", 9381, "p18", AFI, "The force should " + body("improve its use of its crime-recording") + ".",
     "Complete", "TB", "ISP", "Investigation quality")
item("p18_a3", 9382, "p18", AFI, "The force should " + body("improve its ability to retrieve digital") + ".",
     "Being progressed", "DE", "ISP", "Digital forensics")
item("p18_a4", 9383, "p18", AFI, "The force should " + body("improve its understanding of suspects released") + ".",
     "Being progressed", "DE", "ISP", "Investigation quality", conflict="type")
item("p18_a5", 9384, "p18", AFI, topic(6, "serious and organised crime"), "No further action required", "PA",
     "ISP", "Serious & organised crime")
item("c19_r1", 9650, "c19", REC, "Within three months, the force should " + CDI_VICTIMS_BODY + ".",
     "Being progressed", ["TB", "TBB"], "ISP", "Crime recording (CDI)")
item("c19_r2", 9651, "c19", REC, topic(5, "stalking and harassment", "Immediately, the force should {b}."),
     "Complete", "CL", "ISP", "Crime recording (CDI)")
item("c19_a1", 9652, "c19", AFI, topic(5, "hate crime"), "Being progressed", "DE", "ISP", "Crime recording (CDI)")
item("u20_r1", 10410, "u20", REC, "Within six months, the force should, " + body("in conjunction with children"),
     "Being progressed", "EM", "OSC", "Custody", conflict="report")
item("u20_a1", 10411, "u20", AFI, topic(4, "people with mental ill health"), "Complete", "HO", "OSC", "Custody")
item("u22_r1", 12010, "u22", REC, topic(4, "vulnerable adults", "Within six months, the force should {b}."),
     "Being progressed", "HO", "OSC", "Custody")
item("u22_a1", 12011, "u22", AFI, topic(10, "people with mental ill health"), "Awaiting review", None, "OSC", "")
P21 = [
    ("p21_a1", 12, "domestic abuse", "Being progressed", "DE", "PVP", "Domestic abuse", {}),
    ("p21_a2", 11, "people with mental ill health", "Being progressed", "PL", "CMT", "Control room", {}),
    ("p21_a3", 14, "online child sexual abuse", "Being progressed", "BR", "PVP", "Child protection & missing", {}),
    ("p21_a4", 0, "county lines drug dealing", "Complete", ["CL", "EM"], "ISP", "Serious & organised crime", {"action_split": True}),
    ("p21_a5", 8, "stalking and harassment", "Being progressed", "DE", "PVP", "Domestic abuse", {"conflict": "reference"}),
    ("p21_a6", 10, "violence against women and girls", "Being progressed", "HO", "PVP", "Domestic abuse", {}),
    ("p21_a7", 4, "hate crime", "Complete", "TB", "LPC", "Community scrutiny", {}),
    ("p21_a8", 7, "domestic abuse", "Being progressed", "EM0", "PVP", "Domestic abuse", {}),
    ("p21_a9", 13, "anti-social behaviour", "No further action required", "DE", "LPC", "Problem solving", {}),
    ("p21_a10", 9, "serious and organised crime", "Being progressed", "CL", "ISP", "Serious & organised crime", {}),
]
for n, (k, ti, t, hm, fc, pg, ws, kw) in enumerate(P21):
    stem = FORCE + " should {b}." if n in (1, 6) else "The force should {b}."
    item(k, 12400 + n, "p21", AFI, topic(ti, t, stem), hm, fc, pg, ws, **kw)
P23 = [
    ("p23_a1", body("put plans in place to monitor"), "Awaiting review", "IN", "PAC", "Wellbeing & culture"),
    ("p23_a2", TOPIC_BODIES[1].format(t="rape and serious sexual offences"), "Awaiting review", "INM", "ISP", "Investigation quality"),
    ("p23_a3", TOPIC_BODIES[15].format(t="knife crime"), "Awaiting review", "MO", "LPC", "Problem solving"),
    ("p23_a4", body("make sure it has access to accurate data"), "Awaiting review", "PL0", "DPP", "Digital services"),
    ("p23_a5", TOPIC_BODIES[3].format(t="fraud"), "Awaiting review", None, "ISP", ""),
    ("p23_a6", TOPIC_BODIES[2].format(t="honour-based abuse"), "Being progressed", "DE", "PVP", "Domestic abuse"),
    ("p23_a7", body("review how it gathers and uses equality"), "Awaiting review", "PL", "PAC", "Workforce planning"),
    ("p23_a8", TOPIC_BODIES[6].format(t="economic crime"), "Being progressed", "HO", "ISP", "Serious & organised crime"),
    ("p23_a9", body("develop a clear prevention strategy"), "Awaiting review", "PK", "LPC", "Problem solving"),
]
for n, (k, b, hm, fc, pg, ws) in enumerate(P23):
    item(k, 14210 + n, "p23", AFI, "The force should " + b + ".", hm, fc, pg, ws)

# --------------------------------------------------------------------------------------
# Force states
# --------------------------------------------------------------------------------------
STATES = {  # code: (delivery stage, PMO status)
    "CL": ("Closed", ""), "CLH": ("Closed", "Handed over"), "TB": ("Transferred to BAU", ""),
    "TBB": ("Transferred to BAU", "BAU"), "BR": ("Benefits realisation", ""),
    "HO": ("", "Handed over"), "BAU": ("", "BAU"),
    "IN": ("Initiate", "Active"), "INM": ("Initiate", "Mobilising"), "MO": ("", "Mobilising"),
    "PL": ("Plan", "Active"), "PL0": ("Plan", ""), "DE": ("Deliver", "Active"), "DEG": ("Deliver", ""),
    "EM": ("Embed", "Active"), "EM0": ("Embed", ""), "PK": ("", "Parked"), "PLPK": ("Plan", "Parked"),
    "PA": ("", "Paused"), "DEPA": ("Deliver", "Paused"),
}
DONE_STAGE = {"Closed", "Transferred to BAU", "Benefits realisation"}
DONE_STATUS = {"Handed over", "BAU"}
HOLD_STATUS = {"Mobilising", "Parked", "Paused"}


def force_done(code):
    stage, status = STATES[code]
    if status in HOLD_STATUS:
        return False
    return stage in DONE_STAGE or status in DONE_STATUS


PROGRAMMES = {
    "PVP": ("Protecting Vulnerable People", "ACC Crime"),
    "CMT": ("Contact Management Transformation", "ACC Local Policing"),
    "ISP": ("Investigation Standards", "Det Ch Supt Force CID"),
    "PAC": ("People & Culture", "Director of People"),
    "LPC": ("Legitimacy & Public Confidence", "C/Supt Bell"),
    "DPP": ("Digital Policing", "Head of Corporate Development"),
    "OSC": ("Operational Support & Custody", "Head of Criminal Justice"),
    "FEP": ("Finance & Efficiency", "Director of Finance"),
}
LEADS = ["A. Rahman (PM)", "S. Whitfield (PM)", "DI Kerr", "T. Okafor (PM)", "Insp Lowe",
         "J. Patel (BA)", "DCI Moss", "R. Sandhu (PM)", "Ch Insp Dale", "K. Byrne (PM)",
         "Supt Contact Centre", "Force Crime Registrar", "Head of Learning & Development"]

RISKS = {
    "open": ["Dependency on Niche RMS upgrade (Release 9) – slipped to Feb 25",
             "Analyst vacancy in Strategic Intelligence Unit; backfill agreed to Dec",
             "Partner sign-off of revised protocol not yet received from the local authorities",
             "Training abstraction competes with Christmas operational demand",
             "Funding for Phase 2 not confirmed in 2025/26 MTFP",
             "Issue: data quality in legacy system prevents reliable baseline",
             "No single owner in the business area identified yet",
             "Digital Evidence Management System procurement delayed (framework re-tender)",
             ""],
    "done": ["", "", "Residual risk accepted by SRO at closure", "Lessons learned log completed"],
}
DEPS = ["Niche upgrade", "L&D training schedule", "Local authority sign-off", "DEMS procurement",
        "Estates – custody refurbishment", "Force Management Statement 2025", "Power BI performance pack",
        "National guidance (NPCC)", "", "", "CMT programme – new contact platform"]
BENEFITS = {
    "PVP": ["Non-cashable: fewer repeat DA victims; higher arrest rate",
            "Non-cashable: improved safeguarding outcomes; reduced risk of harm",
            "Qualitative: compliance with APP; victim confidence", "TBC at Plan stage"],
    "CMT": ["Non-cashable: call abandonment < 5%; improved THRIVE compliance",
            "Cashable: £60k p.a. overtime reduction in control room", "TBC"],
    "ISP": ["Non-cashable: NCRS compliance ≥ 95%; better investigation quality",
            "Non-cashable: reduced device backlog (target 30 days)", "Qualitative: victim updates"],
    "PAC": ["Non-cashable: staff confidence in reporting concerns (staff survey)",
            "Qualitative: workforce diversity; vetting compliance 100%", "TBC"],
    "LPC": ["Non-cashable: public confidence (survey); reduced disproportionality",
            "Qualitative: scrutiny panel assurance", "N/A – compliance requirement"],
    "DPP": ["Cashable: £120k p.a. efficiency from online reporting",
            "Non-cashable: data quality; timely MI", "TBC"],
    "OSC": ["Non-cashable: firearms licensing backlog cleared; public safety",
            "Non-cashable: reduced time in custody for children", "N/A – compliance requirement"],
    "FEP": ["Cashable: savings target £3.2m (MTFP)", "Non-cashable: resources matched to demand", "TBC"],
}
UPDATES = {
    "Initiate": ["Project mandate drafted; SRO confirmed. PID to Change Board October.",
                 "Scoping with SRO; dependencies on PEEL action plan being mapped."],
    "Mobilising": ["Mobilising – scoping workshop booked 7 Oct.", "Awaiting allocation of project manager.",
                   "Approved by Change Board 18 Sep; resources being secured."],
    "Plan": ["PID approved 12 Aug. Baseline plan and benefits profile being finalised.",
             "Options appraisal with SRO; RAID log opened."],
    "Deliver": ["Delivery on track; policy rewrite with Legal Services.",
                "Pilot running in City division until end Nov; evaluation due Dec.",
                "Training 68% complete (1,140 of 1,680 officers). Remaining cohorts booked Q3.",
                "Slipped 6 weeks – dependency on Niche upgrade. Exception report to Change Board 18 Sep.",
                "A Task & Finish group has been set up and a full implementation/project plan, policy "
                "rewrite and communications plan is now completed.",
                "Work undertaken in area but still requires development to complete."],
    "Embed": ["Products delivered; new process bedding in. Compliance dip-sampled monthly for three "
              "months before closure report goes to Change Board.",
              "Go-live 3 June. Embedding through the performance framework; closure report drafting.",
              "Delivered in the pilot area; rolling out force-wide and embedding."],
    "Parked": ["Parked by Change Board 14 May 24 – no capacity in Q2/Q3; re-prioritise at budget setting.",
               "Parked pending national guidance (NPCC).",
               "Parked – overtaken by operating model review; SRO to confirm whether still required."],
    "Paused": ["Paused – project manager on secondment; resume Jan 25.",
               "Paused pending outcome of force operating model review."],
    "done": ["Closure report approved by Change Board. Evidence pack sent to FLL for HMICFRS.",
             "Transferred to BAU – owned by the business area; monitored via programme board.",
             "Handed over to the business area; PMO oversight ended.",
             "Completed. Evidence submitted to HMICFRS for closure.",
             "Closed – legacy tracker item, no further PMO activity."],
    "Benefits realisation": ["Delivered; project closed. Benefits tracked quarterly to Mar 25.",
                             "Project closed; benefits realisation review at 6 months (Nov 24)."],
}


def state_kind(code):
    stage, status = STATES[code]
    if status in HOLD_STATUS:
        return status
    if stage == "Benefits realisation":
        return "Benefits realisation"
    if force_done(code):
        return "done"
    return stage


# --------------------------------------------------------------------------------------
# Force text variants (written as a force analyst would)
# --------------------------------------------------------------------------------------
ABBR = [(r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
        (r"stop and search", "S&S"), (r"police and crime commissioners", "PCCs"),
        (r"chief constables", "CCs"), (r"Authorised Professional Practice", "APP"),
        (r"child sexual exploitation", "CSE"), (r"body-worn video", "BWV"),
        (r"released under investigation", "RUI"), (r"information-sharing agreements", "ISAs"),
        (r"continuing professional development", "CPD"), (r"officers and staff", "officers & staff")]
STEMS_RE = [r"^HMIC recommends that the force should immediately: ?", r"^HMIC recommends that within six months the force should: ",
            r"^To address this cause of concern, HMIC recommends the force should immediately "]


def abbrev(t):
    for a, b in ABBR:
        t = re.sub(a, b, t, flags=re.I)
    return t


def abridge(t, n=26):
    w = t.replace("\n", " ").split()
    return t if len(w) <= n + 6 else " ".join(w[:n]).rstrip(",;:") + " …"


def variant(t, mode):
    if mode == "verbatim":
        return t
    if mode == "abbrev":
        return abbrev(t)
    if mode == "abridge":
        return abridge(t)
    if mode == "flat":  # pasted from PDF: bullets run on, line breaks gone
        return re.sub(r"\s*\n\s*", " ", t)
    if mode == "typo":
        for a, b in [("supervision", "supervison"), ("necessary", "neccessary"), ("arrangements", "arrangments"),
                     ("appropriate", "appropiate"), ("investigation", "investigaton"), ("receive", "recieve")]:
            if a in t:
                return t.replace(a, b, 1)
        return abbrev(t)
    raise ValueError(mode)


# --------------------------------------------------------------------------------------
# Force rows
# --------------------------------------------------------------------------------------
def bullets(text):
    head, _, rest = text.partition(":\n")
    parts = [p.strip(" ;\n").removesuffix(" and").removesuffix(";").strip() for p in rest.split("•") if p.strip()]
    return head, parts


def month_str(d):
    return d.strftime("%b-%y")


FROWS = []  # force rows


def frow(it, code, text, title, **kw):
    FROWS.append(dict(item=it, code=code, text=text, title=title, **kw))


TITLES = {
    "sas13_1": "S&S – fair & effective use definition (APP)", "sas13_2": "S&S monitoring 2013",
    "sas13_3": "S&S community scrutiny 2013", "everyone": "DA action plan 2014",
    "aus1": "Savings plan review 2014", "aus2": "Collaboration savings assessment",
    "aus3": "Front line workforce assessment", "core1": "THRIVE call-handling criteria",
    "core2": "Crime prevention activity recording", "sas15": "S&S community scrutiny (2015)",
    "picture": "Information management audit scrutiny", "fa1": "FEL governance vs APP",
    "fa2": "Firearms licensing demand & capacity", "fa3": "Total expired records",
    "fa4": "Temporary permits (NFLMS)", "fa5": "Firearms markers at dispatch",
    "st_intel": "MSHT information sharing", "st_s45": "Section 45 defence", "st_nrm": "NRM duty to notify",
    "st_ncrs": "MSHT crime recording (NCRS)", "st_inv": "MSHT investigation standards",
    "st_prev": "MSHT preventative orders", "efc17": "Digital services plan (DPP Tranche 2)",
    "leg17_coc": "S&S legitimacy – cause of concern", "leg17_mon": "S&S data monitoring dashboard",
    "leg17_disp": "S&S disparity analysis", "leg17_train": "S&S unconscious bias training",
    "pw_comm": "Conflict management comms skills", "pw_cpd": "Comms skills CPD & BWV debrief",
    "pw_ho": "Use of force data quality (national)", "pw_uof": "Use of force internal monitoring",
    "e16_coc": "DA improvement (CoC 2016)", "e16_r1": "DA arrest & ancillary orders",
    "e16_r2": "DA victim attrition", "e16_a1": "DASH supervision", "e16_a2": "CSE partnership safeguarding",
    "f17_a1": "Demand modelling", "f17_a2": "Outcomes / outputs / costs", "f17_a3": "Strategic workforce plan",
    "l17_a1": "Vetting backlog", "l17_a2": "Confidential reporting line", "l17_a3": "Support for those raising concerns",
    "n18_r2": "CSE intelligence", "n18_a1": "Online CSA training", "p18_a1": "Investigation supervision",
    "p18_a2": "Niche case file management", "p18_a3": "Digital forensics backlog", "p18_a4": "RUI & bail management",
    "p18_a5": "SOC strategic assessment", "c19_r2": "Stalking & harassment recording",
    "c19_a1": "Hate crime recording", "u20_r1": "Children in custody", "u20_a1": "Mental health training (custody)",
    "u22_r1": "Vulnerable adults training (custody)", "p21_a1": "DA victim updates (VCOP)",
    "p21_a2": "Mental health call response times", "p21_a3": "POLIT capacity", "p21_a5": "Stalking protection orders",
    "p21_a6": "VAWG performance framework", "p21_a7": "Hate crime training", "p21_a8": "DA perpetrator risk management",
    "p21_a9": "ASB problem solving", "p21_a10": "SOC intelligence", "p23_a1": "Team culture monitoring",
    "p23_a2": "RASSO investigation allocation", "p23_a3": "Knife crime prevention evaluation",
    "p23_a4": "Performance data & analysis", "p23_a6": "HBA partnership safeguarding",
    "p23_a7": "Equality & diversity data", "p23_a8": "Economic crime strategic assessment",
    "p23_a9": "Prevention strategy",
}

MODES = ["verbatim", "verbatim", "verbatim", "abbrev", "abridge", "flat", "typo"]

for it in ITEMS:
    fc = it["force"]
    if fc is None:
        continue
    k, text = it["key"], it["text"]
    if k == "st_lead":  # split by bullet, 4th bullet has no row (conflict)
        head, parts = bullets(text)
        for i, (p, c) in enumerate(zip(parts[:3], fc)):
            frow(it, c, f"MSHT leadership & governance (bullet {i + 1} of 4): {p}",
                 f"MSHT governance – part {'abc'[i]}", suffix="abc"[i])
    elif k == "pw_bwv":  # split by paragraph
        for i, (p, c) in enumerate(zip(text.split("\n"), fc)):
            p = p if i == 0 else "By September 2021, forces should " + p
            frow(it, c, abbrev(p), ["BWV – record all S&S encounters", "BWV – internal review of footage",
                                    "BWV – scrutiny panel access"][i], suffix="abc"[i])
    elif k == "n18_r1":
        head, parts = bullets(text)
        for i, (p, c) in enumerate(zip(parts, fc)):
            frow(it, c, f"Missing children – {p}", ["Missing/absent categorisation", "CSE risk awareness – call takers & frontline",
                                                     "Missing person supervision"][i], suffix="abc"[i])
    elif k == "c19_r1":
        head, parts = bullets(text)
        frow(it, fc[0], "Within 3 months – arrangements to ensure that: • " + "; • ".join(parts[:2]),
             "CDI – contact & call handling", suffix="a")
        frow(it, fc[1], "Within 3 months – arrangements to ensure that: • " + "; • ".join(parts[2:]),
             "CDI – crime recording decisions", suffix="b")
    elif k == "p21_a4":  # one AFI delivered through two PMO actions
        frow(it, fc[0], text, "County lines problem profile refresh")
        frow(it, fc[1], text, "County lines demand profile (FMS 2025)")
    elif k == "st_intel":  # conflict: timescale changed when transcribed
        frow(it, fc, "Within 12 months, forces should have in place active ISAs with other agencies to "
                     "facilitate speedy exchange of intelligence and in order to safeguard victims better "
                     "and to identify suspects as early as possible.", TITLES[k])
    else:
        mode = rng.choice(MODES)
        if it["typ"] == COC or k.startswith(("p21", "p23", "u2", "n18_a", "e16_a2", "c19_", "p18_a5")):
            mode = rng.choice(["verbatim", "verbatim", "typo", "abbrev"])  # keep the topic words intact
        t = text
        if rng.random() < 0.5:
            for s in STEMS_RE:
                t = re.sub(s, "", t)
            t = t[0].upper() + t[1:]
        frow(it, fc, variant(t, mode), TITLES[k])

# local actions: the PMO's own, not HMICFRS items
LOCAL = [
    (0, "domestic abuse", "Force (PVP Board)", "PVP", "Domestic abuse", "DE", "Local action: "),
    (2, "stalking and harassment", "Internal audit 2023/24", "ISP", "Crime recording (CDI)", "PL", "Internal audit action: "),
    (5, "missing children", "Force (PVP Board)", "PVP", "Child protection & missing", "TB", ""),
    (9, "firearms licensing", "Force Management Statement", "OSC", "Firearms licensing", "IN", ""),
    (6, "anti-social behaviour", "JAC action", "LPC", "Problem solving", "EM", "JAC action: "),
    (8, "counter-corruption", "Internal audit 2023/24", "PAC", "Vetting & PSD", "MO", "Internal audit action: "),
]
for n, (ai, t, src, pg, ws, code, pre) in enumerate(LOCAL):
    lit = dict(key=f"local{n + 1}", ref=None, rep=None, typ="Local action", text=None, hm=None, force=code,
               prog=pg, ws=ws, src=src)
    ITEMS.append(lit)
    txt = pre + LOCAL_ACTIONS[ai].format(t=t)
    frow(lit, code, txt[0].upper() + txt[1:], ["DA policy refresh (T&F)", "S&H crime report dip-sample",
                                                  "Missing persons SPOC network", "FEL demand profile (FMS)",
                                                  "ASB measures in performance pack",
                                                  "Counter-corruption governance audit"][n])

# --------------------------------------------------------------------------------------
# Assign sheet, PMO id, dates and furniture
# --------------------------------------------------------------------------------------
def sort_key(r):
    it = r["item"]
    pub = REPORTS[it["rep"]][1] if it["rep"] else D(2023, 6, 1)
    return (pub, it["ref"] or 99999, r.get("suffix", ""))


FROWS.sort(key=sort_key)
base_no = 7
prev_item = None
for r in FROWS:
    it = r["item"]
    if it is not prev_item or not r.get("suffix"):
        base_no += rng.choice([1, 1, 2, 3])
    prev_item = it
    r["pmo_id"] = f"PMO-{base_no:04d}" + (f".{ 'abc'.index(r['suffix']) + 1}" if r.get("suffix") else "")
    stage, status = STATES[r["code"]]
    r["stage"], r["status"] = stage, status
    r["done"] = force_done(r["code"])
    kind = state_kind(r["code"])
    r["kind"] = kind
    pub = REPORTS[it["rep"]][1] if it["rep"] else D(2023, 6, 1)
    # archive sheet: closed / transferred / handed over once Change Board approved the closure,
    # plus two parked items the PMO moved there; benefits realisation stays on the portfolio.
    if it.get("archive"):
        r["sheet"] = "Closed & BAU"
    elif r["done"] and kind != "Benefits realisation" and it["key"] not in ("p21_a10", "p23_a8", "u22_r1", "pw_bwv"):
        r["sheet"] = "Closed & BAU"
    else:
        r["sheet"] = "Portfolio"
    # dates
    start = max(pub + dt.timedelta(days=rng.randint(30, 120)), D(2015, 1, 5))
    if r["done"]:
        close = min(start + dt.timedelta(days=rng.randint(150, 700)), D(2024, 9, 20))
        r["cb_closed"] = close
        r["baseline"] = close - dt.timedelta(days=rng.choice([0, 14, 30, 60]))
        r["forecast"] = close
        r["pct"] = 1.0
        r["rag"] = ""
        r["updated"] = close + dt.timedelta(days=rng.randint(0, 20))
    else:
        r["cb_closed"] = None
        r["baseline"] = D(2024, rng.randint(10, 12), 28) if rng.random() < 0.5 else D(2025, rng.randint(1, 9), 28)
        slip = rng.choice([0, 0, 0, 30, 60, 120])
        r["forecast"] = r["baseline"] + dt.timedelta(days=slip)
        r["updated"] = D(2024, rng.choice([9, 9, 10]), rng.randint(1, 30) if True else 1)
        if r["updated"] > EXTRACT:
            r["updated"] = D(2024, 10, 10)
        if kind == "Deliver":
            r["pct"] = rng.choice([0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.85])
            r["rag"] = "Red" if slip >= 120 else ("Amber" if slip else "Green")
        elif kind == "Embed":
            r["pct"] = rng.choice([0.9, 0.95])
            r["rag"] = "Green"
        elif kind == "Plan":
            r["pct"] = rng.choice([0.1, 0.15, 0.2, 0.25])
            r["rag"] = rng.choice(["Green", "Amber"])
        elif kind == "Initiate":
            r["pct"] = 0.05
            r["rag"] = "Amber"
            r["baseline"], r["forecast"] = None, None
        elif kind == "Mobilising":
            r["pct"] = 0.0
            r["rag"] = ""
            r["baseline"], r["forecast"] = None, None
        else:  # Parked / Paused
            r["pct"] = rng.choice([0.1, 0.2, 0.3, 0.4])
            r["rag"] = "Grey"
    if it["key"] == "fa2":  # trap: Green delivery confidence but still delivering
        r["rag"], r["pct"], r["forecast"], r["baseline"] = "Green", 0.8, D(2024, 12, 20), D(2024, 12, 20)
    # submitted to HMICFRS
    if r["done"] and it["ref"]:
        r["submitted"] = r["cb_closed"] + dt.timedelta(days=rng.randint(3, 40)) if rng.random() < 0.55 else None
        if r["submitted"] and r["submitted"] > EXTRACT:
            r["submitted"] = None
    else:
        r["submitted"] = None
    if kind == "done":
        if r["stage"] == "Closed":
            opts = ["Closure report approved by Change Board.", "Closed. Closure report signed off by SRO and Change Board."]
        elif r["stage"] == "Transferred to BAU":
            opts = ["Transferred to BAU – owned by the business area; monitored via programme board.",
                    "Delivered and transferred to BAU; lessons learned captured."]
        elif r["status"] == "Handed over":
            opts = ["Handed over to the business area; PMO oversight ended."]
        else:
            opts = ["Delivered; now business as usual within the business area."]
        if pub < D(2018, 1, 1) and r["sheet"] == "Closed & BAU" and rng.random() < 0.4:
            opts = ["Closed – legacy tracker item migrated in v3.4, no further PMO activity."]
        r["update"] = rng.choice(opts) + (" Evidence submitted to HMICFRS via the FLL." if r["submitted"] else "")
    else:
        r["update"] = rng.choice(UPDATES[kind])
    r["risk"] = rng.choice(RISKS["done" if r["done"] else "open"])
    r["dep"] = "" if r["done"] else rng.choice(DEPS)
    r["benefit"] = rng.choice(BENEFITS[it["prog"]])
    r["lead"] = rng.choice(LEADS)
    r["raid"] = "" if not r["risk"] else "; ".join(sorted({f"{c}-{rng.randint(10, 160):03d}" for c in rng.sample("RID", rng.randint(1, 2))}))

# specific updates that make the record self-explanatory
SPECIAL_UPDATE = {
    "pw_ho": "Recommendation is for the Home Office and NPCC. Parked pending national guidance; PMO to "
             "confirm with the FLL whether it sits on the force's list.",
    "aus2": "Parked by Change Board 2016 – collaboration savings assessed through the regional programme. "
            "Moved to archive tab.",
    "l17_a3": "Parked by Change Board 9 Jan 24 pending PSD restructure. Moved to archive tab at SRO request; "
              "not delivered.",
    "sas13_3": "Closed 2016 – see legacy tracker.",
    "p21_a10": "Closure report approved by Change Board 19 Sep 24. Move to archive tab at next refresh.",
}
for r in FROWS:
    if r["item"]["key"] in SPECIAL_UPDATE:
        r["update"] = SPECIAL_UPDATE[r["item"]["key"]]

# force-side reference, report name, published, type, rec number
rec_no = {}
for it in ITEMS:
    if it["rep"]:
        if it["ref"] is not None or it["key"] in ("sas13_3", "pw_ho"):
            pref = {AFI: "AFI", COC: "CoC", REC: "Rec", NAT: "Rec"}[it["typ"]]
            rec_no[(it["rep"], pref)] = rec_no.get((it["rep"], pref), 0) + 1
            it["no"] = rec_no[(it["rep"], pref)]
for r in FROWS:
    it = r["item"]
    k = it["key"]
    if it["rep"] is None:
        r.update(source=it["src"], insp="n/a", pub_f="", ref_f="", no_f="", type_f="Local action")
        continue
    title, pub, tname = REPORTS[it["rep"]]
    pref = {AFI: "AFI", COC: "CoC", REC: "Rec", NAT: "Rec"}[it["typ"]]
    r["source"] = "HMICFRS"
    r["insp"] = tname
    r["type_f"] = FTYPE[it["typ"]]
    r["no_f"] = f"{pref} {it['no']}"
    pick = rng.random()
    r["pub_f"] = pub if pick < 0.45 else (month_str(pub) if pick < 0.8 else (pub.strftime("%B %Y") if pick < 0.9 else ""))
    # HMICFRS register ref: filled on about two thirds of rows, 'TBC' on a few
    if it["ref"] is None:
        r["ref_f"] = 1014 if k == "sas13_3" else ""
    else:
        x = rng.random()
        r["ref_f"] = it["ref"] if x < 0.66 else ("TBC" if x < 0.72 else "")
    if k in ("st_lead", "pw_bwv", "n18_r1", "c19_r1", "p21_a4"):
        r["ref_f"] = it["ref"]
    # conflicts
    if k == "p18_a4":
        r["type_f"], r["no_f"] = "Rec", "Rec 4"
    if k == "p21_a5":
        r["ref_f"] = 12440  # register ref 12404 transposed
    if k == "u20_r1":
        r["insp"], r["pub_f"], r["ref_f"], r["no_f"] = "Custody inspection 2022", "Aug-22", "", "Rec 2"

# --------------------------------------------------------------------------------------
# Write HMICFRS definitive list
# --------------------------------------------------------------------------------------
OUT.mkdir(parents=True, exist_ok=True)
THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

hm_items = sorted([it for it in ITEMS if it["ref"] is not None], key=lambda i: (REPORTS[i["rep"]][1], i["ref"]))
wb = Workbook()
ws = wb.active
ws.title = "Definitive list"
ws["A1"] = "HMICFRS – Definitive list of recommendations, causes of concern and areas for improvement"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = f"Force: {FORCE}"
ws["A3"] = f"Extract date: {EXTRACT.strftime('%d/%m/%Y')}    Items: {len(hm_items)}"
HDR = ["Reference", "Report title", "Publication date", "Type", "Recommendation / area for improvement",
       "Status", "Status date", "Latest comment"]
for c, h in enumerate(HDR, 1):
    cell = ws.cell(5, c, h)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="1F3864")
    cell.alignment = WRAP
for n, it in enumerate(hm_items):
    row = 6 + n
    it["hm_row"] = f"Definitive list!{row}"
    title, pub, _ = REPORTS[it["rep"]]
    sd = pub + dt.timedelta(days=rng.randint(200, 2400)) if it["hm"] in HM_CLOSED else pub + dt.timedelta(days=rng.randint(2, 40))
    if it["hm"] == "Being progressed":
        sd = pub + dt.timedelta(days=rng.randint(60, 1500))
    sd = min(sd, D(2024, 10, 1))
    vals = [it["ref"], title, pub, it["typ"], it["text"], it["hm"], sd, rng.choice(COMMENTS[it["hm"]])]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(row, c, v)
        cell.alignment = WRAP
        cell.border = BORDER
        if isinstance(v, dt.date):
            cell.number_format = "dd/mm/yyyy"
last = 6 + len(hm_items)
ws.cell(last + 1, 1, "Source: HMICFRS monitoring portal extract for the force liaison lead. Status as at extract date.")
ws.cell(last + 1, 1).font = Font(italic=True)
for col, w in zip("ABCDEFGH", [11, 48, 14, 22, 90, 18, 12, 50]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A6"
ws.auto_filter.ref = f"A5:H{last - 1}"
HM_PATH = OUT / "hmicfrs.xlsx"
wb.save(HM_PATH)

# --------------------------------------------------------------------------------------
# Write PMO tracker
# --------------------------------------------------------------------------------------
RAG_FILL = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE", "Grey": "D9D9D9"}
STAGE_FILL = {"Initiate": "DDEBF7", "Plan": "BDD7EE", "Deliver": "9BC2E6", "Embed": "E2EFDA",
              "Closed": "A9D08E", "Transferred to BAU": "A9D08E", "Benefits realisation": "C6E0B4"}

wb = Workbook()
dash = wb.active
dash.title = "Dashboard"
port = wb.create_sheet("Portfolio")
arch = wb.create_sheet("Closed & BAU")
key = wb.create_sheet("Key")
log = wb.create_sheet("Change log")

# Portfolio ------------------------------------------------------------------------------
port["A1"] = f"{FORCE} – Change & Portfolio Management Office"
port["A1"].font = Font(bold=True, size=14)
port["A2"] = "HMICFRS Recommendations & AFIs – Portfolio Tracker (v3.7)"
port["A2"].font = Font(bold=True, size=12)
port["A3"] = "Reporting period: September 2024  |  Next Change Board: 23 October 2024  |  Owner: Portfolio Office"
BANDS = [("A", "D", "PROJECT"), ("E", "J", "HMICFRS REQUIREMENT"), ("K", "R", "DELIVERY"), ("S", "U", "RAID"),
         ("V", "V", "BENEFITS"), ("W", "Z", "REPORTING & CLOSURE")]
for a, b, t in BANDS:
    port[f"{a}5"] = t
    port[f"{a}5"].font = Font(bold=True, color="FFFFFF")
    port[f"{a}5"].fill = PatternFill("solid", fgColor="305496")
    port[f"{a}5"].alignment = Alignment(horizontal="center")
    if a != b:
        port.merge_cells(f"{a}5:{b}5")
PHDR = ["PMO ID", "Programme / Workstream", "Project / deliverable", "Source", "Inspection", "Published",
        "HMICFRS ref", "Rec / AFI no.", "Type", "HMICFRS requirement", "SRO", "Project lead", "Delivery stage",
        "PMO status", "RAG (delivery confidence)", "% complete", "Baseline end", "Forecast end", "RAID ref",
        "Key risks / issues", "Dependencies", "Benefits", "Highlight report update (Sep 24)",
        "Change Board closure approved", "Submitted to HMICFRS", "Last updated"]
for c, h in enumerate(PHDR, 1):
    cell = port.cell(6, c, h)
    cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor="D9E1F2")
    cell.alignment = WRAP
    cell.border = BORDER


def put(ws_, row, col, v, fmt=None):
    cell = ws_.cell(row, col, v if v not in (None,) else None)
    cell.alignment = WRAP
    cell.border = BORDER
    if isinstance(v, (dt.date, dt.datetime)):
        cell.number_format = fmt or "dd/mm/yyyy"
    return cell


row = 7
prog_order = ["PVP", "CMT", "ISP", "PAC", "LPC", "DPP", "OSC", "FEP"]
for pi, pg in enumerate(prog_order):
    rows = [r for r in FROWS if r["sheet"] == "Portfolio" and r["item"]["prog"] == pg]
    if not rows:
        continue
    if pi:
        row += 1  # blank spacer row
    name, sro = PROGRAMMES[pg]
    port.cell(row, 1, f"PROGRAMME {pi + 1}: {name.upper()} ({pg})  —  SRO: {sro}")
    port.cell(row, 1).font = Font(bold=True, color="FFFFFF")
    for c in range(1, len(PHDR) + 1):
        port.cell(row, c).fill = PatternFill("solid", fgColor="44546A")
    port.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(PHDR))
    row += 1
    rows.sort(key=lambda r: (r["item"]["ws"], r["pmo_id"]))
    for r in rows:
        it = r["item"]
        r["row_id"] = f"Portfolio!{row}"
        vals = [r["pmo_id"], f"{pg} – {it['ws']}", r["title"], r["source"], r["insp"], r["pub_f"], r["ref_f"],
                r["no_f"], r["type_f"], r["text"], sro, r["lead"], r["stage"], r["status"], r["rag"], r["pct"],
                r["baseline"] if r["baseline"] else "TBC", r["forecast"] if r["forecast"] else "TBC", r["raid"],
                r["risk"], r["dep"], r["benefit"], r["update"], r["cb_closed"], r["submitted"], r["updated"]]
        for c, v in enumerate(vals, 1):
            fmt = "mmm-yy" if c == 6 else None
            cell = put(port, row, c, v if v != "" else None, fmt)
            if c == 16:
                cell.number_format = "0%"
        if r["rag"]:
            port.cell(row, 15).fill = PatternFill("solid", fgColor=RAG_FILL[r["rag"]])
        if r["stage"] in STAGE_FILL:
            port.cell(row, 13).fill = PatternFill("solid", fgColor=STAGE_FILL[r["stage"]])
        row += 1
row += 1
port.cell(row, 1, "Notes: items move to the 'Closed & BAU' tab once the closure report is approved by Change Board. "
                  "RAG is delivery confidence against the baseline plan (see Key). HMICFRS ref = register number "
                  "from the FLL's portal extract, where known.")
port.cell(row, 1).font = Font(italic=True)
port.merge_cells(start_row=row, start_column=1, end_row=row, end_column=12)
widths = [11, 24, 26, 12, 22, 10, 10, 9, 11, 60, 18, 16, 15, 12, 12, 9, 11, 11, 12, 30, 20, 28, 40, 13, 13, 11]
for c, w in enumerate(widths, 1):
    port.column_dimensions[port.cell(6, c).column_letter].width = w
port.freeze_panes = "D7"
for col, opts in (("M", "Initiate,Plan,Deliver,Embed,Closed,Transferred to BAU,Benefits realisation"),
                  ("N", "Active,Mobilising,Parked,Paused,Handed over,BAU"), ("O", "Green,Amber,Red,Grey")):
    dv = DataValidation(type="list", formula1=f'"{opts}"', allow_blank=True)
    dv.add(f"{col}7:{col}{row - 2}")
    port.add_data_validation(dv)

# Closed & BAU (archive) ------------------------------------------------------------------
arch["A1"] = "Closed / transferred to BAU – archive (moved from Portfolio on Change Board approval)"
arch["A1"].font = Font(bold=True, size=12)
AHDR = ["PMO ID", "Programme / Workstream", "Project / deliverable", "Inspection", "HMICFRS ref", "Type",
        "HMICFRS requirement", "SRO", "Delivery stage", "PMO status", "Closure summary", "Benefits",
        "Change Board closure approved", "Submitted to HMICFRS"]
for c, h in enumerate(AHDR, 1):
    cell = arch.cell(3, c, h)
    cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor="E2EFDA")
    cell.alignment = WRAP
    cell.border = BORDER
arow = 4
for r in sorted([r for r in FROWS if r["sheet"] == "Closed & BAU"], key=lambda r: r["pmo_id"]):
    it = r["item"]
    r["row_id"] = f"Closed & BAU!{arow}"
    name, sro = PROGRAMMES[it["prog"]]
    vals = [r["pmo_id"], f"{it['prog']} – {it['ws']}", r["title"], r["insp"], r["ref_f"], r["type_f"], r["text"], sro,
            r["stage"], r["status"], r["update"], r["benefit"], r["cb_closed"], r["submitted"]]
    for c, v in enumerate(vals, 1):
        put(arch, arow, c, v if v != "" else None)
    arow += 1
for c, w in enumerate([11, 26, 26, 22, 10, 11, 60, 20, 16, 12, 40, 28, 13, 13], 1):
    arch.column_dimensions[arch.cell(3, c).column_letter].width = w
arch.freeze_panes = "A4"

# Key -----------------------------------------------------------------------------------
KEY = [
    ("Delivery stage", ""),
    ("Initiate", "Mandate agreed, SRO appointed, PID in development."),
    ("Plan", "PID approved; baseline plan, RAID log and benefits profile being set."),
    ("Deliver", "Products / actions being delivered."),
    ("Embed", "Products delivered; new ways of working bedding in. Closure report NOT yet approved by Change Board."),
    ("Closed", "Closure report approved by Change Board; the force regards the recommendation / AFI as complete."),
    ("Transferred to BAU", "Delivered and closed; ongoing ownership with the business area, no further PMO reporting."),
    ("Benefits realisation", "Delivered and closed; the PMO continues to track benefits only."),
    ("", ""),
    ("PMO status", ""),
    ("Active", "In delivery under PMO governance."),
    ("Mobilising", "Approved to start; resources being secured. No delivery yet."),
    ("Parked", "De-prioritised by Change Board; no activity; reviewed at budget setting."),
    ("Paused", "Temporarily stopped (resourcing or dependency); will resume."),
    ("Handed over", "Delivered and handed over to the owning business area."),
    ("BAU", "Delivered; now business as usual, no PMO oversight."),
    ("", ""),
    ("RAG (delivery confidence)", ""),
    ("Green", "On track against baseline."),
    ("Amber", "At risk; manageable within tolerance."),
    ("Red", "Off track; exception report to Change Board."),
    ("Grey", "Parked or paused; not assessed."),
    ("(blank)", "Not assessed: mobilising, or closed / handed over."),
    ("", ""),
    ("Note", "RAG is delivery confidence, not completion. % complete is the project lead's estimate."),
]
key["A1"] = "Key"
key["A1"].font = Font(bold=True, size=12)
for n, (a, b) in enumerate(KEY):
    key.cell(3 + n, 1, a or None)
    key.cell(3 + n, 2, b or None)
    if a and not b:
        key.cell(3 + n, 1).font = Font(bold=True)
    if a in RAG_FILL:
        key.cell(3 + n, 1).fill = PatternFill("solid", fgColor=RAG_FILL[a])
key.column_dimensions["A"].width = 26
key.column_dimensions["B"].width = 100

# Change log ----------------------------------------------------------------------------
LOG = [("Version", "Date", "By", "Change"),
       ("v3.0", D(2022, 6, 6), "Portfolio Office", "PEEL 2021/22 AFIs added as projects; programme structure introduced."),
       ("v3.4", D(2023, 11, 20), "Portfolio Office", "Legacy tracker items migrated to 'Closed & BAU' tab."),
       ("v3.6", D(2024, 6, 3), "Portfolio Office", "PEEL 2023/24 AFIs added; Delivery stage and PMO status split into two columns."),
       ("v3.7", D(2024, 9, 30), "Portfolio Office", "September highlight reports; Change Board decisions of 18 Sep applied.")]
for n, rowv in enumerate(LOG):
    for c, v in enumerate(rowv, 1):
        cell = log.cell(1 + n, c, v)
        if isinstance(v, dt.date):
            cell.number_format = "dd/mm/yyyy"
        if n == 0:
            cell.font = Font(bold=True)
for col, w in zip("ABCD", [9, 12, 18, 90]):
    log.column_dimensions[col].width = w

# Dashboard (counts by programme and stage / status, values only) -----------------------
dash["A1"] = "HMICFRS portfolio – dashboard (September 2024)"
dash["A1"].font = Font(bold=True, size=13)
cols = ["Initiate", "Plan", "Deliver", "Embed", "Closed", "Transferred to BAU", "Benefits realisation",
        "Mobilising", "Parked", "Paused", "Handed over", "BAU"]
dash.cell(3, 1, "Programme").font = Font(bold=True)
for c, h in enumerate(cols, 2):
    dash.cell(3, c, h).font = Font(bold=True)
dash.cell(3, len(cols) + 2, "Total").font = Font(bold=True)
for n, pg in enumerate(prog_order):
    rs = [r for r in FROWS if r["item"]["prog"] == pg]
    dash.cell(4 + n, 1, PROGRAMMES[pg][0])
    for c, h in enumerate(cols, 2):
        cnt = sum(1 for r in rs if (r["stage"] == h if c <= 8 else r["status"] == h))
        dash.cell(4 + n, c, cnt)
    dash.cell(4 + n, len(cols) + 2, len(rs))
dash.cell(13, 1, "Counts include split deliverables and local actions. Stage and status counted separately.").font = Font(italic=True)
dash.column_dimensions["A"].width = 36

TR_PATH = OUT / "tracker.xlsx"
wb.active = 1
wb.save(TR_PATH)


# --------------------------------------------------------------------------------------
# Deterministic zip (fixed timestamps, fixed core.xml dates)
# --------------------------------------------------------------------------------------
def normalise(path):
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2024-10-14T09:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            out.writestr(zi, data)
    src.close()
    path.write_bytes(buf.getvalue())


normalise(HM_PATH)
normalise(TR_PATH)

# --------------------------------------------------------------------------------------
# Truth
# --------------------------------------------------------------------------------------
CONFLICT_WHY = {
    "missing bullet": "PMO split the 4-bullet recommendation into bullet rows but has only bullets 1-3; bullet 4 "
                      "(performance and quality assurance measures) has no row: missing bullet",
    "timescale": "tracker text says 'Within 12 months'; HMICFRS text says 'Within six months': timescale differs",
    "type": "HMICFRS type Area for improvement; tracker records it as 'Rec' ('Rec 4'): type differs",
    "reference": "tracker HMICFRS ref 12440 vs register ref 12404 (digits transposed); text and report match: reference differs",
    "report": "text is the 2020 custody recommendation (children in custody) but the tracker files it under "
              "'Custody inspection 2022', published Aug-22: report and date differ",
}


def state_words(r):
    s = " / ".join(x for x in (r["stage"], r["status"]) if x)
    return f"{s} ({'done' if r['done'] else 'open'})"


truth = []
for it in ITEMS:
    rows = [r for r in FROWS if r["item"] is it]
    hm_row = it.get("hm_row", "")
    if it["ref"] is not None and not rows:
        truth.append((hm_row, "", "missing_from_force",
                      f"HMICFRS {it['ref']} ({it['hm']}) has no row on Portfolio or Closed & BAU"))
        continue
    if it["ref"] is None:
        r = rows[0]
        if it["rep"] is None:
            why = f"force's own local action (source: {it['src']}), no HMICFRS item"
        elif it["key"] == "sas13_3":
            why = ("2013 stop and search rec (community scrutiny, 'elected local policing bodies') is not on the "
                   "definitive list; tracker ref 1014 is not on the list; do not pair with the 2015 rec 5230")
        else:
            why = "national recommendation addressed to the Home Office and NPCC, not on the force's definitive list"
        truth.append(("", r["row_id"], "not_on_hmicfrs_list", why))
        continue
    hm_closed = it["hm"] in HM_CLOSED
    f_done = all(r["done"] for r in rows)
    if it.get("conflict"):
        cat = "conflict"
    elif hm_closed and f_done:
        cat = "in_sync"
    elif not hm_closed and not f_done:
        cat = "in_sync"
    elif not hm_closed and f_done:
        cat = "closeable_submit"
    else:
        cat = "closeable_local"
    for r in rows:
        parts = [f"HMICFRS {it['hm']}", f"force {state_words(r)}"]
        if len(rows) > 1:
            parts.append(f"split row {rows.index(r) + 1} of {len(rows)}; force side is done only if every row is done "
                         f"(item {'done' if f_done else 'open'})")
        if it.get("conflict"):
            parts.insert(0, CONFLICT_WHY[it["conflict"]])
        if r["sheet"] == "Closed & BAU" and not r["done"]:
            parts.append("on the archive tab but Parked, i.e. not delivered")
        if r["stage"] == "Embed":
            parts.append("Embed = delivered but closure not approved: open")
        if r["rag"] == "Green" and not r["done"]:
            parts.append("RAG Green is delivery confidence, not completion")
        truth.append((hm_row, r["row_id"], cat, "; ".join(parts)))


def row_key(t):
    a = t[0] or "~"
    return (a.split("!")[0], int(a.split("!")[1]) if "!" in a else 0, t[1].split("!")[0], int(t[1].split("!")[1]) if t[1] else 0)


truth.sort(key=row_key)
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

from collections import Counter  # noqa: E402

cnt = Counter(t[2] for t in truth)
print("hmicfrs items", len(hm_items), "force rows", len(FROWS), "truth lines", len(truth))
print(dict(sorted(cnt.items())))
items_cnt = Counter()
for it in ITEMS:
    rows = [t for t in truth if (it.get("hm_row") and t[0] == it.get("hm_row")) or
            (not it.get("hm_row") and any(t[1] == r["row_id"] for r in FROWS if r["item"] is it))]
    items_cnt[rows[0][2]] += 1
print("per item", dict(sorted(items_cnt.items())))
