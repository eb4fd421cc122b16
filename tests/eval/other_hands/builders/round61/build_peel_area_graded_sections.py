"""Build the evaluation case `peel_area_graded_sections`.

Force side: Lincolnshire Police's "HMICFRS Improvement Plan" workbook, organised by the nine
PEEL 2023/24 assessment areas (each area a section heading row that also carries the area's
PEEL grade in the BRAG/target columns), with a BRAG key tab where GREEN means "on track" (open)
and only BLUE/GREY mean done. HMICFRS side: a plain definitive-list workbook.

Run:  /work/main/.venv/bin/python build_peel_area_graded_sections.py
Rebuilds the case byte for byte (fixed seed, fixed workbook timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import random
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

sys.path.insert(0, "/work/main/reconcile/casegen")
import texts as T  # noqa: E402  (real public HMICFRS wording)

SEED = 6118
random.seed(SEED)
HERE = Path(__file__).resolve().parent
CASE = HERE / "peel_area_graded_sections"
CASE.mkdir(exist_ok=True)
FIXED = dt.datetime(2024, 3, 14, 9, 30, 0)

FORCE = "Lincolnshire Police"
D = dt.datetime

# ---------------------------------------------------------------- reports (HMICFRS side)
REPORTS = {
    "P23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", D(2023, 11, 16)),
    "P21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 5, 12)),
    "CDI19": ("Crime data integrity inspection 2019", D(2019, 9, 26)),
    "CUST22": ("Report on an unannounced inspection visit to police custody suites 2022",
               D(2022, 8, 18)),
}
for key in ("powers", "leg17", "efc17", "stolen", "firearms", "picture", "integrity", "sas15",
            "core", "everyone", "sas13"):
    title, (y, m, d), _ = T.NATIONAL[key]
    REPORTS[key] = (title, D(y, m, d))


def nat(key, i):
    return T.NATIONAL[key][2][i][1]


def body(b):
    return "The force should " + b + "."


MISSING_CHILDREN = T.BODIES[19]      # review its approach to reports of missing children ...
CHILD_DETENTION = T.BODIES[35]
assert MISSING_CHILDREN.startswith("review its approach to reports of missing children")
assert CHILD_DETENTION.startswith("in conjunction with children")

# ---------------------------------------------------------------- HMICFRS items
# id, report key, type, text, status, status date
H = []


def h(i, rep, typ, text, status, sdate):
    H.append(dict(id=i, rep=rep, type=typ, text=text, status=status, sdate=sdate))


AFI, REC, COC, NAT = "Area for improvement", "Recommendation", "Cause of concern", \
    "National recommendation"
BP, AR, CO, SU, NFA = "Being progressed", "Awaiting review", "Complete", "Superseded", \
    "No further action required"
TB = T.TOPIC_BODIES

# PEEL 2023/24
h(14201, "P23", AFI, body(TB[12].format(t="domestic abuse")), BP, D(2024, 2, 6))
h(14202, "P23", AFI, body(TB[5].format(t="anti-social behaviour")), BP, D(2024, 2, 6))
h(14203, "P23", AFI, body(TB[11].format(t="people with mental ill health")), BP, D(2024, 2, 6))
h(14204, "P23", AFI, T.CONTROL_ROOM, BP, D(2024, 2, 6))
h(14205, "P23", AFI, body(TB[1].format(t="rape and serious sexual offences")), BP, D(2024, 2, 6))
h(14206, "P23", AFI, body(T.BODIES[51]), AR, D(2024, 2, 27))
h(14207, "P23", AFI, body(TB[2].format(t="child sexual exploitation")), BP, D(2024, 2, 6))
h(14208, "P23", AFI, body(TB[7].format(t="online child sexual abuse")), BP, D(2024, 2, 6))
h(14209, "P23", AFI, body(TB[8].format(t="stalking and harassment")), BP, D(2024, 2, 6))
h(14210, "P23", AFI, body(T.BODIES[25]), BP, D(2024, 2, 6))
h(14211, "P23", AFI, body(T.BODIES[27]), BP, D(2024, 2, 6))
h(14212, "P23", AFI, body(T.BODIES[23]), BP, D(2024, 2, 6))
h(14213, "P23", AFI, body(T.BODIES[24]), BP, D(2024, 2, 6))
h(14214, "P23", AFI, body(T.BODIES[30]), BP, D(2024, 2, 6))
h(14215, "P23", AFI, body(TB[6].format(t="county lines drug dealing")), AR, D(2024, 2, 27))
h(14216, "P23", AFI, body(T.BODIES[29]), BP, D(2024, 2, 6))
h(14217, "P23", AFI, body(T.BODIES[34]), BP, D(2024, 2, 6))
# PEEL 2021/22 (cause of concern + its recommendations, then AFIs)
h(12851, "P21", COC, T.CAUSES[2], BP, D(2023, 11, 20))
h(12852, "P21", REC, "HMICFRS recommends that within six months the force should: "
  + T.BODIES[6] + ";", BP, D(2023, 11, 20))
h(12853, "P21", REC, "HMICFRS recommends that within six months the force should: "
  + T.BODIES[14] + ".", CO, D(2023, 9, 14))
h(12854, "P21", AFI, body(T.BODIES[7]), CO, D(2023, 3, 2))
h(12855, "P21", AFI, body(MISSING_CHILDREN), BP, D(2023, 11, 20))
h(12856, "P21", AFI, body(T.BODIES[41]), SU, D(2023, 11, 16))
h(12857, "P21", AFI, body(TB[0].format(t="fraud")), CO, D(2023, 6, 29))
h(12858, "P21", AFI, body(T.BODIES[22]), CO, D(2023, 3, 2))
h(12859, "P21", AFI, body(T.BODIES[26]), SU, D(2023, 11, 16))
h(12860, "P21", AFI, body(T.BODIES[13]), BP, D(2023, 11, 20))
h(12861, "P21", AFI, body(T.BODIES[11]), CO, D(2023, 9, 14))
h(12862, "P21", AFI, body(TB[4].format(t="honour-based abuse")), BP, D(2023, 11, 20))
h(12863, "P21", AFI, body(TB[15].format(t="neighbourhood crime")), NFA, D(2023, 11, 16))
h(12864, "P21", AFI, body(T.BODIES[21]), BP, D(2023, 11, 20))
h(12865, "P21", AFI, body(TB[9].format(t="serious and organised crime")), BP, D(2023, 11, 20))
# Crime data integrity 2019
h(9901, "CDI19", REC, "Within three months, the force should " + T.CDI_VICTIMS_BODY + ".", BP,
  D(2023, 5, 11))
h(9902, "CDI19", REC, "Within six months the force should " + T.BODIES[9] + ".", CO,
  D(2021, 4, 22))
h(9903, "CDI19", AFI, body(TB[5].format(t="hate crime")), BP, D(2023, 5, 11))
# Custody 2022
h(13110, "CUST22", REC, "The force should, " + CHILD_DETENTION + ".", BP, D(2023, 10, 3))
# National
h(11020, "powers", NAT, nat("powers", 0), BP, D(2023, 8, 1))
h(11021, "powers", NAT, nat("powers", 1), CO, D(2022, 12, 8))
h(11022, "powers", NAT, nat("powers", 2), CO, D(2023, 3, 30))
h(11023, "powers", NAT, nat("powers", 4), CO, D(2023, 3, 30))
h(8410, "efc17", NAT, nat("efc17", 0), BP, D(2020, 1, 15))
h(8541, "leg17", COC, nat("leg17", 0), SU, D(2021, 3, 1))
h(8542, "leg17", NAT, nat("leg17", 1), SU, D(2021, 3, 1))
h(8543, "leg17", NAT, nat("leg17", 2), SU, D(2021, 3, 1))
h(8544, "leg17", NAT, nat("leg17", 3), BP, D(2021, 3, 1))
h(8545, "leg17", NAT, nat("leg17", 4), CO, D(2019, 10, 17))
for n, (i, st, sd) in enumerate([(8301, BP, D(2022, 6, 9)), (8302, BP, D(2022, 6, 9)),
                                 (8303, CO, D(2020, 2, 4)), (8304, CO, D(2020, 2, 4)),
                                 (8305, BP, D(2022, 6, 9)), (8306, BP, D(2022, 6, 9)),
                                 (8307, CO, D(2021, 7, 20))]):
    h(i, "stolen", NAT, nat("stolen", n), st, sd)
for n, (i, st, sd) in enumerate([(5011, CO, D(2017, 3, 9)), (5012, BP, D(2023, 1, 26)),
                                 (5013, CO, D(2016, 11, 2)), (5014, BP, D(2023, 1, 26)),
                                 (5015, BP, D(2023, 1, 26))]):
    h(i, "firearms", NAT, nat("firearms", n), st, sd)
h(4907, "picture", NAT, nat("picture", 0), BP, D(2019, 6, 5))
h(4960, "integrity", NAT, nat("integrity", 0), BP, D(2018, 2, 13))
h(4701, "sas15", NAT, nat("sas15", 0), BP, D(2019, 6, 5))
h(4822, "core", NAT, nat("core", 0), SU, D(2017, 4, 27))
h(4823, "core", NAT, nat("core", 1), BP, D(2019, 6, 5))
h(2321, "everyone", NAT, T.EVERYONE_PLAN, SU, D(2017, 4, 27))
h(3101, "sas13", NAT, nat("sas13", 1), CO, D(2016, 5, 19))
h(3102, "sas13", NAT, nat("sas13", 2), CO, D(2016, 5, 19))
HBY = {x["id"]: x for x in H}

# ---------------------------------------------------------------- force rows
# Each force item: dict(ref, id (cell value), src, type, text, owner, upd, brag, fill, target,
# sub, hid (HMICFRS id it truly is, or None), cat, why)
SRC = {"P23": "P23", "P21": "P21", "CDI19": "CDI19", "CUST22": "CUST22", "powers": "PWRS21",
       "leg17": "LEG17", "efc17": "EFF17", "stolen": "MSHT17", "firearms": "FAL15",
       "picture": "BTP15", "integrity": "INT15", "sas15": "S&S15", "core": "CORE14",
       "everyone": "DA14", "sas13": "S&S13"}
SRC_KEY = [
    ("P23", "PEEL 2023/24 (published 16/11/2023)"),
    ("P21", "PEEL 2021/22 (published 12/05/2022)"),
    ("CDI19", "Crime Data Integrity 2019"),
    ("CUST22", "HMICFRS/HMIP custody inspection 2022"),
    ("PWRS21", "Disproportionate use of police powers (spotlight, Feb 2021)"),
    ("LEG17", "PEEL Legitimacy 2017 – national (stop and search)"),
    ("EFF17", "PEEL Efficiency 2017 – national"),
    ("MSHT17", "Stolen Freedom (MSHT) Oct 2017"),
    ("FAL15", "Targeting the Risk – firearms licensing 2015"),
    ("BTP15", "Building the Picture – information management 2015"),
    ("INT15", "Integrity Matters 2015"),
    ("S&S15", "Stop and search powers 2 (2015)"),
    ("CORE14", "Core Business 2014"),
    ("DA14", "Everyone's Business (DA) 2014"),
    ("S&S13", "Stop and search powers 2013"),
    ("EFF16", "PEEL Effectiveness 2016"),
    ("Debrief", "Force action from HMICFRS hot debrief (not an HMICFRS item)"),
    ("IA", "Internal audit action (not an HMICFRS item)"),
    ("Force", "Force's own action (not an HMICFRS item)"),
]

BLUE = "FF5B9BD5"
GREEN = "FF70AD47"
AMBER = "FFFFC000"
RED = "FFFF0000"
GREY = "FFBFBFBF"
FILL_FOR = {"blue": BLUE, "b": BLUE, "green": GREEN, "g": GREEN, "amber": AMBER, "a": AMBER,
            "red": RED, "r": RED, "grey": GREY}

F_TYPE = {AFI: "AFI", REC: "Rec", COC: "CoC", NAT: "Nat Rec"}
LEADS = [x for x in T.LEADS if x]


def abbreviate(s, n=3):
    for pat, rep in T.ABBREVIATIONS[:n]:
        import re
        s = re.sub(pat, rep, s, flags=re.I)
    return s


def F(hid, ref, brag, upd, target=None, sub=None, *, text=None, idcell="same", typ=None,
      src=None, cat, why, owner=None, fill="auto"):
    it = HBY[hid] if hid else None
    if text is None:
        text = it["text"]
    if idcell == "same":
        idcell = hid
    return dict(ref=ref, id=idcell, src=src or (SRC[it["rep"]] if it else "Force"),
                type=typ or (F_TYPE[it["type"]] if it else "Local"), text=text,
                owner=owner or random.choice(LEADS), upd=upd, brag=brag, target=target,
                sub=sub, hid=hid, cat=cat, why=why, fill=fill)


def sect(num, title, grade):
    return dict(section=f"{num}. {title.upper()}", grade=grade)


def note(textv):
    return dict(note=textv)


CS, CL, CF, IS, NH = "closeable_submit", "closeable_local", "conflict", "in_sync", \
    "not_on_hmicfrs_list"
DONE_OPEN = "HMICFRS {s} (open); force BRAG {b} = {m} (done) -> submit for closure"
OPEN_DONE = "HMICFRS {s} (closed); force BRAG {b} = {m} (open) -> close locally"


def ws(b):
    return {"Blue": "complete", "BLUE": "complete", "B": "complete", "blue": "complete",
            "Grey": "not for force/superseded", "GREY": "not for force/superseded",
            "Green": "on track", "G": "on track", "GREEN": "on track", "green": "on track",
            "Amber": "at risk", "A": "at risk", "AMBER": "at risk",
            "Red": "off track", "R": "off track", "RED": "off track"}.get(b, b)


def cs(hid, b):
    return DONE_OPEN.format(s=HBY[hid]["status"], b=b, m=ws(b))


def cl(hid, b):
    return OPEN_DONE.format(s=HBY[hid]["status"], b=b, m=ws(b))


def iso(hid, b):
    st = HBY[hid]["status"]
    side = "closed" if st in (CO, SU, NFA) else "open"
    fs = "done" if side == "closed" else "open"
    return f"HMICFRS {st} ({side}); force BRAG {b} = {ws(b)} ({fs})"


P21T = "P21"
ROWS = [
    sect(1, "Providing a service to victims of crime", "Requires improvement"),
    F(14201, "VIC-01", "Amber", "Victim Code compliance audit Q3 showed 71% of DA victims updated "
      "within timescale. Niche reminder task being built. JH 12/02", D(2024, 6, 30),
      text="AFI 1 – " + HBY[14201]["text"], cat=IS, why=iso(14201, "Amber")),
    F(14202, "VIC-02", "Blue", "ASB recording now checked daily by the Crime & Incident "
      "Standards Team; 3 months of audit results at 96%. Evidence pack to FLL.",
      D(2024, 1, 31), D(2024, 2, 21), text="AFI 2 – " + HBY[14202]["text"],
      cat=CS, why=cs(14202, "Blue")),
    F(9903, "VIC-03", "Amber", "Hate crime flagging on Niche corrected; audit of Q4 due.",
      "Q1 24/25", None, cat=IS, why=iso(9903, "Amber")),
    F(12856, "VIC-04", "Amber", "DASH supervision dip-sample continues monthly. Linked to new "
      "P23 AFI on victim updates (VIC-01).", "Jun-24",
      cat=CL, why=cl(12856, "Amber") + " (HMICFRS superseded it on PEEL 2023/24)"),
    F(None, "VIC-L1", "Green", "First quarterly dip sample done (Jan). On track.", "Mar-25",
      text="Local action: Dip-sample 50 domestic abuse crime reports each quarter and report "
      "findings to the Crime Standards Board", idcell="n/a", src="Force", typ="Local",
      cat=NH, why="force's own local action (ID n/a, Source 'Force'); not an HMICFRS item"),

    sect(2, "Engaging with and treating the public with fairness and respect", "Adequate"),
    F(14217, "FAIR-01", "Blue", "Use of force monitoring dashboard live (Power BI) and reviewed "
      "at the Fairness & Legitimacy Board; minutes attached. Submitted.", D(2024, 1, 31),
      D(2024, 2, 21), cat=CS, why=cs(14217, "Blue")
      + "; near-identical text to 11023 (PWRS21) - told apart by ID and Source"),
    F(11023, "FAIR-02", "BLUE", "Closed by HMICFRS March 2023.", "Complete", D(2022, 11, 30),
      text="By July 2021, the force should ensure it has effective internal monitoring processes "
      "on the use of force, to help it identify and understand disproportionate use, explain "
      "the reasons and implement any necessary improvement action.",
      cat=IS, why=iso(11023, "BLUE") + "; force reworded 'forces … them' to 'the force … it'"),
    F(11020, "FAIR-03", "Amber", "Conflict management / communication skills module in PST "
      "from April. Slipped from Dec due to trainer availability.", D(2024, 7, 31),
      cat=IS, why=iso(11020, "Amber")),
    F(11021, "FAIR-04", "Blue", "BWV debrief guidance issued to sergeants.", "Complete",
      D(2022, 10, 5), text=abbreviate(HBY[11021]["text"], 40),
      cat=IS, why=iso(11021, "Blue") + "; text abbreviated (BWV, CPD, &)"),
    F(11022, "FAIR-05a", "Blue", "BWV policy mandates recording of all S&S encounters.",
      "Complete", D(2022, 10, 5),
      text="By September 2021, forces should: ensure that officers record on body-worn video "
      "(when this is available) the entirety of all stop and search encounters, including "
      "traffic stops and use of force incidents.",
      cat=IS, why=iso(11022, "Blue") + "; split row 1 of 3 (all three done)"),
    F(11022, "FAIR-05b", "Blue", "Monthly BWV review by PSD/Fairness team.", "Complete",
      D(2022, 10, 5),
      text="have a structured process for regularly reviewing and monitoring internally a "
      "sufficient sample of body-worn video footage to identify and disseminate learning and "
      "hold officers to account when behaviour falls below acceptable standards.",
      cat=IS, why=iso(11022, "Blue") + "; split row 2 of 3"),
    F(11022, "FAIR-05c", "Blue", "Scrutiny panel view BWV each quarter.", "Complete",
      D(2022, 10, 5),
      text="provide external scrutiny panel members with access to samples of body-worn video "
      "footage showing stop and search encounters and use of force incidents, taking account "
      "of the safeguards in the College of Policing's Authorised Professional Practice.",
      cat=IS, why=iso(11022, "Blue") + "; split row 3 of 3"),
    F(8541, "FAIR-06", "Amber", "Disproportionality still present in S&S data (black people "
      "4.1x). Scrutiny panel reviewing.", "Ongoing",
      cat=CL, why=cl(8541, "Amber")),
    F(8542, "FAIR-07", "Grey", "Superseded by PWRS21 recommendations (see FAIR-02 to 05).",
      "n/a", "n/a", text=abbreviate(HBY[8542]["text"], 5),
      cat=IS, why=iso(8542, "Grey") + "; text abbreviated (S&S)"),
    F(8543, "FAIR-08", "B", "Annual disproportionality report published Oct 22.", "Complete",
      D(2021, 1, 12), cat=IS, why=iso(8543, "B")),
    F(8544, "FAIR-09", "Grey", "Superseded by PWRS21 – publish annually in the S&S annual "
      "report. Propose closure at next FLL meeting.", "n/a", None,
      text="We expect forces to publish this analysis and any actions taken at least on an "
      "annual basis, from July 2018.",
      cat=CS, why=cs(8544, "Grey") + " (key: GREY = not for force/superseded, counts as done)"),
    F(8545, "FAIR-10", "Blue", "Unconscious bias + S&S APP in IOPC-approved package.",
      "Complete", D(2019, 8, 1), cat=IS, why=iso(8545, "Blue")),
    F(3101, "FAIR-11", "blue", "", "Complete", D(2016, 3, 1),
      cat=IS, why=iso(3101, "blue")),
    F(3102, "FAIR-12", "Amber", "Community scrutiny panel now meets bi-monthly; youth panel "
      "membership still being recruited.", "Sep-24",
      cat=CL, why=cl(3102, "Amber") + "; near-identical to 4701 (S&S15) - told apart by ID/Source"),
    F(4701, "FAIR-13", "Green", "Youth engagement via schools programme; on track.", "Sep-24",
      cat=IS, why=iso(4701, "Green") + " (key: GREEN = on track, not complete)"),
    F(None, "FAIR-14", "Grey", "Directed at Home Office / NPCC – no force action. Kept for "
      "reference.", "n/a", "n/a", text=nat("powers", 3), idcell="N/A – HO/NPCC",
      src="PWRS21", typ="Nat Rec",
      cat=NH, why="national rec addressed to Home Office/NPCC; force tracks it for reference, "
      "not on the HMICFRS list"),

    sect(3, "Preventing and deterring crime and antisocial behaviour, and reducing "
         "vulnerability", "Good"),
    note("No areas for improvement were made in this area in PEEL 2023/24."),
    F(4823, "PREV-01", "Blue", "Problem-solving (OSARA) records and evaluation on the POP "
      "database; evaluations published on intranet. Evidence sent to FLL.", "Complete",
      D(2023, 12, 4), cat=CS, why=cs(4823, "Blue")),
    F(12863, "PREV-02", "Green", "What Works library launched; evaluations being loaded.",
      "Dec-24", cat=CL, why=cl(12863, "Green")
      + " (key: GREEN = on track, not complete)"),

    sect(4, "Responding to the public", "Requires improvement"),
    F(14203, "RESP-01", "Green", "Right Care Right Person phase 2 go-live April. On track.",
      D(2024, 4, 30), text="AFI 3 – " + HBY[14203]["text"],
      cat=IS, why=iso(14203, "Green") + " (key: GREEN = on track)"),
    F(14204, "RESP-02", "Red", "Control room establishment 38 FTE short. Recruitment campaign "
      "paused pending budget. Escalated to Gold.", D(2024, 3, 31),
      cat=IS, why=iso(14204, "Red")),
    F(9902, "RESP-03", "Blue", "THRIVE+ criteria embedded in the contact centre.", "Complete",
      D(2020, 11, 30), cat=IS, why=iso(9902, "Blue")),
    F(4822, "RESP-04", "Grey", "Superseded – later PEEL inspections.", "n/a", "n/a",
      cat=IS, why=iso(4822, "Grey")),
    F(5015, "RESP-05", "A", "Firearms certificate holder marker on STORM being tested.",
      "Q2 24/25", cat=IS, why=iso(5015, "A")),
    F(None, "RESP-L1", "Green", "Analyst allocated.", "Jul-24",
      text="Review the anti-social behaviour demand profile as part of the force management "
      "statement", idcell="-", src="Debrief", typ="Local",
      cat=NH, why="force action from the hot debrief (Source 'Debrief', no ID); not an "
      "HMICFRS item"),

    sect(5, "Investigating crime", "Inadequate"),
    F(12851, "INV-01", "Amber", "Investigation Improvement Plan (Op Keystone) in place; "
      "progress to Gold monthly.", "Dec-24", text="CAUSE OF CONCERN: " + HBY[12851]["text"],
      cat=IS, why=iso(12851, "Amber")),
    F(12852, "INV-02", "Blue", "DFU backlog down from 1,100 to 140 devices; triage kiosks in "
      "all hubs. Submitted 21/02.", D(2023, 12, 31), D(2024, 2, 21), typ="Rec (CoC)",
      cat=CS, why=cs(12852, "Blue")),
    F(12853, "INV-03", "Green", "Niche case file module upgrade live; embedding, supervisors "
      "trained. On track for Jun.", D(2024, 6, 30), typ="Rec (CoC)",
      text="Within 6 months: improve its use of its crime-recording and management system to "
      "better manage its case files and investigative processes",
      cat=CL, why=cl(12853, "Green") + " (key: GREEN = on track, not complete)"),
    F(14205, "INV-04", "Amber", "RASSO team uplift of 12 DCs in progress; 7 in post.",
      D(2024, 9, 30), cat=IS, why=iso(14205, "Amber")),
    F(14206, "INV-05", "Blue", "Investigation plan template mandatory on Niche from 01/12; "
      "supervisory reviews audited (92%). Evidence submitted.", D(2024, 1, 31),
      D(2024, 2, 21), text="AFI 6 – " + HBY[14206]["text"].replace("supervision", "supervison"),
      cat=CS, why=cs(14206, "Blue") + "; 'supervison' typo only"),
    F(12854, "INV-06", "Blue", "RUI/bail review process in Custody & CJ. Closed by HMICFRS.",
      "Complete", D(2022, 12, 9), cat=IS, why=iso(12854, "Blue")),
    F(9901, "INV-07.1", "Blue", "Call handler training: 'believe at point of report'.",
      "Complete", D(2023, 4, 28),
      text="Within three months, the force should put in place arrangements to ensure that: "
      "at the point of report, victims are believed;",
      cat=CS, why=cs(9901, "Blue") + "; split row 1 of 5 (all five Blue)"),
    F(9901, "INV-07.2", "Blue", "STORM incident summary QA by supervisors.", "Complete",
      D(2023, 4, 28),
      text="conversations between the call handlers and callers are summarised accurately in "
      "the incident log, thus providing attending officers with full facts on which to base "
      "crime-recording decisions;",
      cat=CS, why=cs(9901, "Blue") + "; split row 2 of 5"),
    F(9901, "INV-07.3", "Blue", "Multiple crime recording audited by FCR.", "Complete",
      D(2023, 4, 28),
      text="multiple crimes are always recorded when described within incident records or "
      "identified as part of other recorded crime investigations;",
      cat=CS, why=cs(9901, "Blue") + "; split row 3 of 5"),
    F(9901, "INV-07.4", "B", "Practice stopped; briefing issued.", "Complete", D(2023, 4, 28),
      text="the practice of awaiting the results of medical examinations or video interviews "
      "before making crime-recording decisions is stopped; and",
      cat=CS, why=cs(9901, "B") + "; split row 4 of 5"),
    F(9901, "INV-07.5", "Blue", "Online reports triaged by the Digital Desk.", "Complete",
      D(2023, 4, 28),
      text="online reports of crime are triaged at the point of receipt to ensure any ongoing "
      "risks to the victim or the wider public are identified and appropriately managed",
      cat=CS, why=cs(9901, "Blue") + "; split row 5 of 5"),
    F(12857, "INV-08", "Amber", "Fraud problem profile commissioned from regional analysts.",
      "Sep-24", cat=CL, why=cl(12857, "Amber")),
    F(None, "INV-L1", "Blue", "T&F group met 4 times; report to FET 06/02/24. Complete.",
      "Complete", None,
      text="Task & Finish group to review the rape and serious sexual offences policy and "
      "report to the Force Executive Team", idcell="n/a", src="Force", typ="Local",
      cat=NH, why="force's own local action; not an HMICFRS item"),

    sect(6, "Protecting vulnerable people", "Adequate"),
    F(14207, "VUL-01", "G", "MASH CSE sub-group refreshed; on track.", D(2024, 8, 31),
      cat=IS, why=iso(14207, "G") + " (key: G = on track)"),
    F(14214, "VUL-02", "Green", "Prevention strategy drafted, to Chief Officer Group in April.",
      D(2024, 5, 31), cat=IS, why=iso(14214, "Green")),
    F(12855, "VUL-03", "Amber", "Missing from home policy rewrite in consultation.",
      D(2024, 6, 30),
      text="The force should review its approach to reports of missing children and take steps "
      "to ensure that:\n• call takers understand and use the missing and absent category "
      "appropriately; and\n• supervisors provide the correct oversight of missing person "
      "enquiries and direct appropriate and timely investigative and safeguarding action",
      cat=CF, why="missing bullet: force text drops the bullet on call takers and frontline "
      "staff identifying CSE risk factors (both open: HMICFRS Being progressed, force Amber)"),
    F(8301, "VUL-04a", "Blue", "MSHT lead is ACC Crime; MSHT on the control strategy.",
      "Complete", None,
      text="Within twelve months, forces should review their leadership and governance "
      "arrangements for modern slavery and human trafficking, to ensure that: senior leaders "
      "prioritise the response to modern slavery and human trafficking;",
      cat=IS, why="HMICFRS Being progressed (open); split 1 of 4: bullets a,b,d Blue but c Green "
      "(on track) so the item is still open on the force side -> in_sync"),
    F(8301, "VUL-04b", "Blue", "MSHT investigations allocated to the Exploitation Team.",
      "Complete", None,
      text="every incident of modern slavery identified to police is allocated appropriate "
      "resources with the skills, experience and capacity to investigate it effectively;",
      cat=IS, why="split 2 of 4 of 8301; item open on both sides (bullet c still Green)"),
    F(8301, "VUL-04c", "Green", "Anti-slavery partnership being re-formed with the county "
      "council; ToR drafted. On track.", D(2024, 6, 30),
      text="forces develop effective partnership arrangements to co-ordinate activity in order "
      "to share information and safeguard victims; and",
      cat=IS, why="split 3 of 4 of 8301; Green = on track (open); item open on both sides"),
    F(8301, "VUL-04d", "Blue", "MSHT performance measures in the Vulnerability pack.",
      "Complete", None,
      text="performance and quality assurance measures are in place to allow senior leaders "
      "to assess the nature and quality of the service provided to victims.",
      cat=IS, why="split 4 of 4 of 8301; item open on both sides (bullet c still Green)"),
    F(8302, "VUL-05", "Blue", "ISAs signed with all 7 district councils and the county.",
      "Complete", D(2023, 10, 2),
      text="Within twelve months, forces should have in place active information-sharing "
      "agreements with other agencies to facilitate speedy exchange of intelligence and in "
      "order to safeguard victims better and to identify suspects as early as possible",
      cat=CF, why="timescale: HMICFRS 'Within six months', force 'Within twelve months' "
      "(statuses: HMICFRS Being progressed, force Blue)"),
    F(8303, "VUL-06", "Blue", "s45 defence guidance issued to investigators and CPS liaison.",
      "Complete", D(2019, 11, 1), cat=IS, why=iso(8303, "Blue")),
    F(8304, "VUL-07", "Green", "NRM first responder training refresh being rolled out.",
      "Dec-24", cat=CL, why=cl(8304, "Green") + " (key: GREEN = on track, not complete)"),
    F(8305, "VUL-08", "Blue", "FCR audit of MSHT crimes 2023: 97% compliant. Evidence sent.",
      "Complete", D(2024, 1, 18), cat=CS, why=cs(8305, "Blue")),
    F(8306, "VUL-09", "Amber", "Joint intelligence with NCA/overseas liaison via ROCU; "
      "supervision audit due.", "Q1 24/25", None, idcell=8305,
      cat=CF, why="reference: ID cell says 8305 (copied down from the row above) but the text "
      "is 8306's (investigated and supervised); both open (Being progressed / Amber)"),
    F(8307, "VUL-10", "Red", "No STRO/STPO applications this year. Training needed.", "tbc",
      cat=CL, why=cl(8307, "Red")),
    F(12862, "VUL-11", "Amber", "HBA e-learning launched; 54% completion.", D(2024, 5, 31),
      idcell=12682,
      cat=CF, why="reference: force ID 12682 (digits transposed) - not on the list; text and "
      "source are 12862's (both open)"),
    F(2321, "VUL-12", "Blue", "DA action plan published 2014; superseded by VAWG plan.",
      "Complete", D(2015, 1, 5), idcell="ID 2321", text=T.EVERYONE_PLAN.replace(" and 20\n",
                                                                                " and\n"),
      cat=IS, why=iso(2321, "Blue") + "; ID typed 'ID 2321'; force text lacks footnote '20'"),
    F(13110, "VUL-13", "Red", "Children's services reluctant to provide PACE beds. Escalated "
      "to LSCP exec.", "tbc", cat=IS, why=iso(13110, "Red")),
    F(None, "VUL-L1", "Amber", "Draft with county council legal.", "Jun-24",
      text="Agree an information-sharing protocol on missing children with the local "
      "authorities", idcell="n/a", src="Force", typ="Local",
      cat=NH, why="force's own local action; not an HMICFRS item"),
    F(None, "VUL-14", "Amber", "Vulnerability review with partners (MASH) – Phase 2. Owner "
      "changed twice; check if still live with HMICFRS?", "tbc",
      text="HMIC recommends that within six months the force should: conduct a review, "
      "involving its partners, of the approach to vulnerability to better safeguard "
      "vulnerable people;", idcell=7260, src="EFF16", typ="Rec",
      cat=NH, why="old PEEL Effectiveness 2016 rec (ID 7260) the force still tracks; not on "
      "the current HMICFRS list -> query with HMICFRS"),

    sect(7, "Managing offenders and suspects", "Good"),
    F(14208, "OFF-01", "Amber", "POLIT capacity review; 2 DC posts advertised.",
      D(2024, 9, 30), cat=IS, why=iso(14208, "Amber")),
    F(14215, "OFF-02", "Blue", "County lines section added to the 2024 Strategic Assessment "
      "and control strategy (signed off at FET 23/01). Evidence sent to FLL 21/02.",
      "Complete", D(2024, 2, 21), cat=CS, why=cs(14215, "Blue")),

    sect(8, "Building, supporting and protecting the workforce", "Adequate"),
    F(14210, "WRK-01", "Blue", "Culture dashboard (staff survey + grievance data) to People "
      "Board quarterly; first two reports attached.", "Complete", D(2024, 2, 21),
      cat=CS, why=cs(14210, "Blue")),
    F(14211, "WRK-02", "Green", "Confidential reporting line relaunched; awareness campaign "
      "running to April.", D(2024, 4, 30),
      cat=IS, why=iso(14211, "Green") + " (key: GREEN = on track)"),
    F(14216, "WRK-03", "Amber", "E&D data capture on new HR system (Oracle) from June.",
      D(2024, 9, 30), typ="Rec",
      cat=CF, why="type: HMICFRS 'Area for improvement', force Type 'Rec' (both open)"),
    F(12859, "WRK-04", "Grey", "Superseded by P23 AFI on E&D data – see WRK-03.", "n/a", "n/a",
      cat=IS, why=iso(12859, "Grey")),
    F(12860, "WRK-05", "Blue", "Strategic Workforce Plan 2024-27 approved by COG 09/01/24.",
      "Complete", D(2024, 1, 15), idcell="12860 ",
      cat=CS, why=cs(12860, "Blue") + "; ID typed as text with trailing space"),

    sect(9, "Leadership and force management", "Requires improvement"),
    F(14212, "LEAD-01", "Amber", "Performance framework redesign (Project Compass).",
      D(2024, 12, 31), cat=IS, why=iso(14212, "Amber")),
    F(14213, "LEAD-02", "Amber", "Data quality board established; Power BI roll-out.",
      D(2024, 12, 31), src=P21T,
      cat=CF, why="report: force Source 'P21' (PEEL 2021/22) but HMICFRS lists 14213 under "
      "PEEL 2023/24 (both open)"),
    F(12858, "LEAD-03", "Blue", "Risk register reviewed at every COG.", "Complete",
      D(2022, 12, 1), cat=IS, why=iso(12858, "Blue")),
    F(12861, "LEAD-04", "Green", "FMS 2024 demand modelling underway – on track for May.",
      D(2024, 5, 31), cat=CL, why=cl(12861, "Green") + " (key: GREEN = on track, not complete)"),
    F(12864, "LEAD-05", "", "COMPLETE – new Strategic Governance Board and Inspection Gold "
      "group in place; signed off at Gold 09/01/24.", "Complete", D(2024, 1, 15), fill=BLUE,
      cat=CS, why="HMICFRS Being progressed (open); force BRAG cell blank but shaded blue, update "
      "'COMPLETE … signed off' and submitted 15/01/2024 -> done -> submit for closure"),
    F(4907, "LEAD-06", "Green", "IM audits to Information Assurance Board; on track.",
      "Q2 24/25", idcell=None,
      text="Put in place arrangements to scrutinise audits of compliance with APP on "
      "information management through the force IM governance structure",
      cat=IS, why=iso(4907, "Green") + "; no ID in tracker, abridged text matches 4907"),
    F(5011, "LEAD-07", "Blue", "Firearms licensing governance board (ACC chair).", "Complete",
      D(2016, 2, 1), cat=IS, why=iso(5011, "Blue")),
    F(5012, "LEAD-08", "Blue", "FLU demand model and 4 extra staff; backlog cleared. Evidence "
      "submitted to FLL.", "Complete", D(2023, 11, 9),
      cat=CS, why=cs(5012, "Blue")),
    F(5013, "LEAD-09", "Blue", "", "Complete", D(2016, 1, 5), cat=IS, why=iso(5013, "Blue")),
    F(None, "LEAD-L1", "Amber", "Fieldwork Q1; report to JIAC Sept.", "Sep-24",
      text="Internal audit of the counter-corruption governance arrangements (audit plan "
      "2023/24)", idcell="n/a", src="IA", typ="Local",
      cat=NH, why="internal audit action (Source 'IA'); not an HMICFRS item"),
]

# ---------------------------------------------------------------- write HMICFRS workbook
thin = Side(style="thin", color="FF999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

REP_ORDER = ["P23", "CUST22", "P21", "powers", "CDI19", "leg17", "efc17", "stolen", "firearms",
             "picture", "integrity", "sas15", "core", "everyone", "sas13"]
hw = Workbook()
hs = hw.active
hs.title = "Definitive list"
hs["A1"] = f"HMICFRS recommendations and areas for improvement – {FORCE}"
hs["A1"].font = Font(bold=True, size=13)
hs["A2"] = "Definitive list as at 4 March 2024. Please review and return with any updates to your Force Liaison Lead."
HEAD = ["ID", "Report title", "Publication date", "Type", "Recommendation / area for improvement",
        "Status", "Status date"]
for c, v in enumerate(HEAD, 1):
    cell = hs.cell(row=4, column=c, value=v)
    cell.font = Font(bold=True, color="FFFFFFFF")
    cell.fill = PatternFill("solid", fgColor="FF1F3864")
    cell.border = BOX
hrow = {}
r = 5
for rk in REP_ORDER:
    for it in sorted([x for x in H if x["rep"] == rk], key=lambda x: x["id"]):
        title, pub = REPORTS[rk]
        vals = [it["id"], title, pub, it["type"], it["text"], it["status"], it["sdate"]]
        for c, v in enumerate(vals, 1):
            cell = hs.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        hrow[it["id"]] = f"Definitive list!{r}"
        r += 1
for col, w in zip("ABCDEFG", (8, 42, 13, 22, 90, 18, 12)):
    hs.column_dimensions[col].width = w
hs.freeze_panes = "A5"
hs.auto_filter.ref = f"A4:G{r - 1}"
assert len(hrow) == len(H)

# ---------------------------------------------------------------- write tracker workbook
tw = Workbook()
ts = tw.active
ts.title = "Improvement Plan"
ts["A1"] = f"{FORCE} – HMICFRS Recommendations & AFIs Improvement Plan (by PEEL area)"
ts["A1"].font = Font(bold=True, size=14)
ts["A2"] = ("Strategic Planning & Inspection Team | v7.3 updated 12/03/2024 JH (v7.2 SO "
            "29/02/2024) | OFFICIAL")
ts["A3"] = "BRAG definitions and Source codes: see 'Key' tab. Section headings show the PEEL 2023/24 grade for the area."
ts["A3"].font = Font(italic=True)
THEAD = ["Force Ref", "HMICFRS ID", "Source", "Type", "Recommendation / AFI (as published)",
         "Action Owner", "Latest update", "BRAG", "Target date", "Submitted to HMICFRS"]
for c, v in enumerate(THEAD, 1):
    cell = ts.cell(row=5, column=c, value=v)
    cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor="FFD9E1F2")
    cell.border = BOX
GRADE_FILL = {"Outstanding": "FF00B050", "Good": "FF92D050", "Adequate": "FFFFFF99",
              "Requires improvement": "FFFFC000", "Inadequate": "FFFF0000"}
frow = []   # (rowid, item)
r = 6
for row in ROWS:
    if "section" in row:
        ts.cell(row=r, column=1, value=row["section"]).font = Font(bold=True, color="FFFFFFFF")
        ts.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ts.cell(row=r, column=1).fill = PatternFill("solid", fgColor="FF203764")
        g = ts.cell(row=r, column=8, value=f"PEEL 2023/24 grade: {row['grade']}")
        g.font = Font(bold=True)
        g.fill = PatternFill("solid", fgColor=GRADE_FILL[row["grade"]])
        ts.merge_cells(start_row=r, start_column=8, end_row=r, end_column=10)
        r += 1
        continue
    if "note" in row:
        ts.cell(row=r, column=5, value=row["note"]).font = Font(italic=True, color="FF595959")
        r += 1
        continue
    vals = [row["ref"], row["id"], row["src"], row["type"], row["text"], row["owner"],
            row["upd"] or None, row["brag"] or None, row["target"], row["sub"]]
    for c, v in enumerate(vals, 1):
        cell = ts.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        cell.border = BOX
        if isinstance(v, dt.datetime):
            cell.number_format = "dd/mm/yyyy"
    fill = row["fill"]
    if fill == "auto":
        fill = FILL_FOR.get((row["brag"] or "").strip().lower())
    if fill:
        ts.cell(row=r, column=8).fill = PatternFill("solid", fgColor=fill)
    frow.append((f"Improvement Plan!{r}", row))
    r += 1
r += 1
ts.cell(row=r, column=1, value="Items closed by HMICFRS are kept on this plan until the "
        "force has confirmed closure at Inspection Gold.").font = Font(italic=True)
ts.cell(row=r + 1, column=1, value="Prepared for the Joint Independent Audit Committee, "
        "27 March 2024.").font = Font(italic=True)
for col, w in zip("ABCDEFGHIJ", (10, 12, 9, 9, 80, 24, 50, 10, 12, 14)):
    ts.column_dimensions[col].width = w
ts.freeze_panes = "E6"

ks = tw.create_sheet("Key")
ks["A1"] = "BRAG key"
ks["A1"].font = Font(bold=True)
KEY = [("BLUE (B)", "Complete – action delivered and signed off at Inspection Gold; evidence "
        "submitted or ready to submit to HMICFRS for closure", BLUE),
       ("GREEN (G)", "On track – work in progress and expected to be delivered by the target "
        "date. NOT complete.", GREEN),
       ("AMBER (A)", "At risk – some slippage, target date may be missed", AMBER),
       ("RED (R)", "Off track – target date missed or not deliverable without escalation", RED),
       ("GREY", "No further force action – superseded by a later recommendation or not for "
        "the force to deliver (rationale in update)", GREY)]
for i, (k, d, f) in enumerate(KEY, 2):
    ks.cell(row=i, column=1, value=k).fill = PatternFill("solid", fgColor=f)
    ks.cell(row=i, column=2, value=d)
ks.cell(row=9, column=1, value="Source codes").font = Font(bold=True)
for i, (k, d) in enumerate(SRC_KEY, 10):
    ks.cell(row=i, column=1, value=k)
    ks.cell(row=i, column=2, value=d)
ks.column_dimensions["A"].width = 14
ks.column_dimensions["B"].width = 100

cs_ = tw.create_sheet("Change log")
for i, (d_, who, what) in enumerate([
        ("Date", "By", "Change"),
        (D(2024, 2, 29), "SO", "Added PEEL 2023/24 AFIs (17) under PEEL areas; old "
         "'by report' layout retired."),
        (D(2024, 3, 5), "JH", "Moved P21 items into PEEL area sections. Greyed superseded "
         "items."),
        (D(2024, 3, 12), "JH", "Updates from owners for JIAC. 6 items submitted to FLL 21/02.")],
        1):
    for c, v in enumerate((d_, who, what), 1):
        cell = cs_.cell(row=i, column=c, value=v)
        if isinstance(v, dt.datetime):
            cell.number_format = "dd/mm/yyyy"
cs_.column_dimensions["C"].width = 90


def save(wb, path):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "build_peel_area_graded_sections"
    wb.save(path)
    # normalise zip timestamps for byte-identical rebuilds
    tmp = str(path) + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-03-14T09:30:00Z",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


save(hw, CASE / "hmicfrs.xlsx")
save(tw, CASE / "tracker.xlsx")

# ---------------------------------------------------------------- truth
lines = []
linked = set()
for rid, it in frow:
    if it["hid"] is not None:
        lines.append((hrow[it["hid"]], rid, it["cat"], it["why"]))
        linked.add(it["hid"])
    else:
        lines.append(("", rid, it["cat"], it["why"]))
for it in H:
    if it["id"] not in linked:
        lines.append((hrow[it["id"]], "", "missing_from_force",
                      f"HMICFRS {it['status']} (open); no tracker row under any PEEL area "
                      "(no ID, no matching text)"))


def sortkey(x):
    a = int(x[0].split("!")[1]) if x[0] else 10_000
    b = int(x[1].split("!")[1]) if x[1] else 0
    return (a, b)


lines.sort(key=sortkey)
with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)

if __name__ == "__main__":
    from collections import Counter
    print(Counter(x[2] for x in lines), len(H), len(frow))
