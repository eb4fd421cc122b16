"""Build the `see_project_portfolio` evaluation case (round 61, force-side layout).

Force side: a tracker whose rows mostly say "See project" (or leave Status blank) and name the
change project / programme delivering them; the project's stage lives on the workbook's
"Change Portfolio" sheet. HMICFRS side: an ordinary definitive-list workbook.

Run with /work/main/.venv/bin/python; fixed seed; rebuilds byte for byte.
"""
from __future__ import annotations

import csv
import datetime as dt
import importlib
import io
import os
import random
import re
import sys
import types
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 61_2024_1104
HERE = os.path.dirname(os.path.abspath(__file__))
CASE = os.path.join(HERE, "see_project_portfolio")
TEXTS = "/work/main/reconcile/casegen/texts"

# Load the real-text lists without importing the tool's package.
_pkg = types.ModuleType("cgtexts")
_pkg.__path__ = [TEXTS]
sys.modules["cgtexts"] = _pkg
NATm = importlib.import_module("cgtexts.national")
FRC = importlib.import_module("cgtexts.force")
TRK = importlib.import_module("cgtexts.tracker")

rng = random.Random(SEED)
FORCE, AREA, NEIGHBOUR = "Cheshire Constabulary", "Cheshire", "Merseyside Police"
B = FRC.BODIES
NT = NATm.NATIONAL

# --------------------------------------------------------------------------------------------
# Change portfolio (force workbook, sheet "Change Portfolio")
# code -> (name, parent, SRO, stage, RAG, status note, gate date, section)
# --------------------------------------------------------------------------------------------
PORTFOLIO = {
    "PGM-01": ("Protecting Vulnerable People Programme", "", "ACC Crime", "3 - Delivery", "Amber",
               "Programme board monthly", "12/09/2024", "live"),
    "PGM-02": ("Transforming Investigations Programme", "", "Det Ch Supt Force CID", "3 - Delivery",
               "Red", "Re-baselined at SCB Jul 24", "18/07/2024", "live"),
    "PGM-03": ("Digital Policing Programme", "", "Director of Finance", "3 - Delivery", "Green",
               "", "05/06/2024", "live"),
    "PRJ-011": ("Vetting Backlog Recovery", "PGM-04", "Head of Professional Standards",
                "4 - Closure", "Green",
                "Backlog cleared; closure report to SCB Dec 24; handover to PSD vetting unit",
                "03/10/2024", "live"),
    "PRJ-014": ("Vulnerability Improvement Plan", "PGM-01", "Ch Supt Public Protection",
                "3 - Delivery", "Amber", "", "12/09/2024", "live"),
    "PRJ-019": ("Investigation Standards", "PGM-02", "Det Ch Supt Force CID", "3 - Delivery",
                "Red", "Resourcing risk escalated", "18/07/2024", "live"),
    "PRJ-021": ("Modern Slavery Response", "PGM-01", "Head of Intelligence", "3 - Delivery",
                "Amber", "Absorbed PRJ-022 scope Jun 23", "12/09/2024", "live"),
    "PRJ-022": ("MSHT Intelligence & Partnerships", "PGM-01", "Head of Intelligence", "n/a",
                "", "Merged into PRJ-021 (Jun 2023)", "14/06/2023", "live"),
    "PRJ-026": ("Digital Evidence (DFU capacity)", "PGM-02", "Det Ch Supt Force CID",
                "2 - Design", "Amber", "Business case at FET Nov 24", "01/08/2024", "live"),
    "PRJ-030": ("Strategic Workforce Planning", "", "Director of People", "3 - Delivery",
                "Amber", "PAUSED pending budget (SCB 18/07/24)", "18/07/2024", "live"),
    "PRJ-032": ("Body Worn Video Review", "PGM-03", "ACC Local Policing", "n/a", "",
                "Merged into PRJ-007 (Mar 2022)", "10/03/2022", "live"),
    "PRJ-035": ("Performance Framework Refresh", "", "Head of Corporate Development",
                "1 - Initiation", "Amber", "PID drafted", "02/10/2024", "live"),
    # Archived (Stage 5 - Closed), moved below the banner
    "PGM-04": ("People & Culture Programme", "", "Director of People", "5 - Closed", "Complete",
               "Programme closure report approved SCB 21/03/2024", "21/03/2024", "archive"),
    "PRJ-003": ("Firearms Licensing Improvement", "", "Supt Firearms Licensing", "5 - Closed",
                "Complete", "Closure report approved", "14/02/2019", "archive"),
    "PRJ-007": ("Stop & Search Scrutiny", "", "ACC Local Policing", "5 - Closed", "Complete",
                "Closure report approved; BAU with Stop & Search board", "16/11/2023", "archive"),
    "PRJ-018": ("Crime Recording Standards (CDI)", "", "Force Crime Registrar", "5 - Closed",
                "Complete", "Closure report approved", "22/06/2023", "archive"),
    "PRJ-025": ("Custody Improvement", "", "Ch Insp Custody", "5 - Closed", "Complete",
                "Closure report approved", "09/05/2023", "archive"),
    "PRJ-027": ("Digital Public Contact", "PGM-03", "Supt Contact Centre", "5 - Closed",
                "Complete", "Online reporting live; closure approved", "15/02/2024", "archive"),
    "PRJ-033": ("Professional Standards Culture", "PGM-04", "Head of Professional Standards",
                "5 - Closed", "Complete", "Closure report approved", "07/12/2023", "archive"),
    "PRJ-036": ("Missing Children Pathway", "PGM-01", "Ch Supt Public Protection", "5 - Closed",
                "Complete", "Closure report approved", "25/04/2024", "archive"),
    "PRJ-038": ("Domestic Abuse Risk (DASH)", "PGM-01", "Ch Supt Public Protection",
                "5 - Closed", "Complete", "Closure report approved", "30/01/2020", "archive"),
    "PRJ-041": ("Contact Centre Demand & Resourcing", "", "Supt Contact Centre", "5 - Closed",
                "Complete", "New resourcing model live; closure approved", "19/09/2024",
                "archive"),
}
MERGED = {"PRJ-022": "PRJ-021", "PRJ-032": "PRJ-007"}
# Stale RAG copied into the tracker for the March 2024 JAC paper (not the status source).
STALE_RAG = {"PRJ-011": "Amber", "PRJ-036": "Amber", "PRJ-027": "Green", "PRJ-041": "Amber",
             "PGM-04": "Green"}


def project_done(code: str) -> bool:
    """The workbook's rule: done only at Stage 5 - Closed; merged projects follow their target."""
    while code in MERGED:
        code = MERGED[code]
    return PORTFOLIO[code][3].startswith("5")


def project_rag_then(code: str) -> str:
    c = code
    while c in MERGED:
        c = MERGED[c]
    if c in STALE_RAG:
        return STALE_RAG[c]
    st = PORTFOLIO[c]
    return "Complete" if st[3].startswith("5") else st[4]


OWN_DONE = {"complete", "completed", "submitted for closure", "closed"}
OWN_OPEN = {"open", "in progress", "not started", "on hold"}
SEE = {"", "see project", "see prj", "(see project)", "as per project", "see programme"}


def force_state(own: str, code: str | None) -> str:
    """How a row's force status is read (written in README and on the Guidance sheet)."""
    o = own.strip().lower()
    first = re.split(r"[-–(:]", o)[0].strip()
    if first in OWN_DONE:
        return "done"
    if first in OWN_OPEN:
        return "open"
    assert o in SEE, own
    if not code:
        return "open"  # nothing recorded, not allocated
    return "done" if project_done(code) else "open"


def render_code(code: str, how: str) -> str:
    name = PORTFOLIO[code][0]
    n = int(code.split("-")[1])
    pre = code.split("-")[0]
    forms = {
        "std": code,
        "nodash": code.replace("-", ""),
        "space": f"{pre} {n}",
        "short": f"{pre.title()}-{n}",
        "shortdash": f"{pre}-{n:02d}" if n < 10 else f"{pre}-{n}",
        "lowspace": f"{pre.lower()} {n:03d}",
        "name": name,
        "codename": f"{code} {name}",
        "namecode": f"{name} ({code})",
        "project": f"Project {n}",
        "prog": f"Programme: {name} ({code})",
        "pgmshort": f"{pre}{n}",
    }
    return forms[how]


# --------------------------------------------------------------------------------------------
# HMICFRS reports and items
# --------------------------------------------------------------------------------------------
REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", \
    "National recommendation"

REPORTS = {  # key -> (HMICFRS title, published, tracker label(s))
    "core": (NT["core"][0], dt.date(2014, 9, 4), "Core Business 2014"),
    "integrity": (NT["integrity"][0], dt.date(2015, 1, 30), "Integrity Matters 2015"),
    "firearms": (NT["firearms"][0], dt.date(2015, 9, 15), "Firearms licensing 2015"),
    "stolen": (NT["stolen"][0], dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": (NT["efc17"][0], dt.date(2017, 11, 9), "PEEL Efficiency 17 (all forces)"),
    "leg17": (NT["leg17"][0], dt.date(2017, 12, 12), "PEEL Legit 17 S&S"),
    "leg17f": ("PEEL: Police legitimacy 2017 – Cheshire Constabulary", dt.date(2017, 12, 12),
               "PEEL Legit 17"),
    "eff17": ("PEEL: Police effectiveness 2017 – Cheshire Constabulary", dt.date(2018, 3, 22),
              "PEEL Eff 17"),
    "ncpi18": ("National child protection inspection 2018 – Cheshire Constabulary",
               dt.date(2018, 6, 26), "NCPI 2018"),
    "cdi19": ("Crime data integrity inspection 2019 – Cheshire Constabulary",
              dt.date(2019, 9, 17), "CDI 2019"),
    "cust20": ("Report on an unannounced inspection visit to police custody suites 2020 – "
               "Cheshire Constabulary", dt.date(2020, 8, 18), "Custody inspection 2020"),
    "powers": (NT["powers"][0], dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Cheshire "
               "Constabulary", dt.date(2022, 5, 27), "PEEL 21-22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24 – Cheshire "
               "Constabulary", dt.date(2024, 5, 14), "PEEL Assessment 2023/24"),
}


def nat(key: str, i: int) -> str:
    return NT[key][2][i][1]


def tb(i: int, topic: str) -> str:
    return TRK.TOPIC_BODIES[i].format(t=topic)


def bod(i: int) -> str:
    return B[i].format(area=AREA, neighbour=NEIGHBOUR)


CDI_BULLETS = [s.strip().lstrip("•").strip().rstrip(";").removesuffix(" and").rstrip(";")
               for s in FRC.CDI_VICTIMS_BODY.split("\n")[1:]]
MISSING_BULLETS = [s.strip().lstrip("•").strip().rstrip(";").removesuffix(" and").rstrip(";")
                   for s in B[19].split("\n")[1:]]
BWV_PARAS = NATm.BWV_2021.split("\n")

# Each item: key, report, type, text, HMICFRS status, force rows (list of dicts) or [] (missing).
# Force-row fields: code, own, how (code rendering), text (None = copy), type, conflict, ref
ITEMS = []


def item(key, rep, typ, text, hstat, *rows):
    ITEMS.append(dict(key=key, rep=rep, type=typ, text=text, hstat=hstat, rows=list(rows)))


def R(code=None, own=None, how=None, text=None, ftype=None, conflict=None, ref="auto",
      rep=None, pub=None, note=None, upd=None):
    return dict(code=code, own=own, how=how, text=text, ftype=ftype, conflict=conflict, ref=ref,
                rep=rep, pub=pub, note=note, upd=upd)


# National: Core Business 2014
item("C1", "core", NAT, nat("core", 0), "No further action required",
     R("PRJ-041", how="space"))
item("C2", "core", NAT, nat("core", 1), "Superseded", R(None, own="", upd="Awaiting allocation."))
# Integrity matters
item("I1", "integrity", NAT, nat("integrity", 0), "Complete", R("PGM-04", how="name"))
# Firearms licensing
item("F1", "firearms", NAT, nat("firearms", 0), "Complete", R("PRJ-003"))
item("F2", "firearms", NAT, nat("firearms", 1), "Being progressed", R("PRJ-003", own="", how="nodash"))
item("F3", "firearms", NAT, nat("firearms", 2), "Complete", R("PRJ-003"))
item("F4", "firearms", NAT, nat("firearms", 3), "Being progressed", R("PRJ-003", how="name"))
item("F5", "firearms", NAT, nat("firearms", 4), "Complete",
     R("PRJ-003", own="In progress",
       upd="Project closed Feb 19 but dispatch check not yet built into new STORM; "
           "kept open with Contact Centre."))
# Stolen freedom
SF_FORCE = NATm.SF_LEADERSHIP.replace("Within twelve months", "Within six months")
item("S1", "stolen", NAT, NATm.SF_LEADERSHIP, "Being progressed",
     R("PRJ-021", text=SF_FORCE,
       conflict="timescale: HMICFRS 'Within twelve months', tracker 'Within six months'"))
item("S2", "stolen", NAT, nat("stolen", 1), "Being progressed", R("PRJ-022", how="std"))
item("S3", "stolen", NAT, nat("stolen", 2), "Awaiting review",
     R("PRJ-021", own="Complete", upd="s45 defence guidance issued to all investigators; "
       "CPS liaison agreed. Evidence pack with Strategic Planning."))
item("S4", "stolen", NAT, nat("stolen", 3), "Complete", R("PRJ-021", how="shortdash"))
item("S5", "stolen", NAT, nat("stolen", 4), "Being progressed", R("PRJ-018", how="codename"))
item("S6", "stolen", NAT, nat("stolen", 5), "Being progressed")  # missing from force
item("S7", "stolen", NAT, nat("stolen", 6), "Being progressed", R("PRJ-021", how="lowspace"))
# PEEL efficiency 2017 (national)
item("E1", "efc17", NAT, nat("efc17", 0), "Being progressed", R("PRJ-027", how="nodash"))
# PEEL legitimacy 2017 (national, stop and search)
item("L1", "leg17", COC, nat("leg17", 0), "Being progressed", R("PRJ-007", ftype="Cause for concern"))
item("L2", "leg17", NAT, nat("leg17", 1), "Complete", R("PRJ-007"))
item("L3", "leg17", NAT, nat("leg17", 2), "Complete", R("PRJ-007", how="shortdash"))
item("L4", "leg17", NAT, nat("leg17", 3), "Being progressed")  # missing
item("L5", "leg17", NAT, nat("leg17", 4), "Being progressed",
     R("PRJ-007", own="In progress", upd="Unconscious bias input for new recruits only; refresher "
       "for existing officers not yet scheduled (L&D)."))
# Disproportionate use of police powers 2021
item("P1", "powers", NAT, nat("powers", 0), "Being progressed", R("PGM-04", how="pgmshort"))
item("P2", "powers", NAT, nat("powers", 1), "Being progressed", R("PRJ-032", how="namecode"))
item("P3", "powers", NAT, nat("powers", 2), "Being progressed",
     R("PRJ-032", how="std", text="(a) " + BWV_PARAS[0].split(": ", 1)[1]),
     R("PRJ-032", how="std", text="(b) " + BWV_PARAS[1]),
     R("PRJ-007", own="Open", text="(c) " + BWV_PARAS[2],
       upd="Scrutiny panel access to BWV footage awaiting DPIA sign-off (Information Mgmt)."))
item("P4", "powers", NAT, nat("powers", 3), "No further action required")  # missing
item("P5", "powers", NAT, nat("powers", 4), "Being progressed", R("PRJ-035"))
# PEEL legitimacy 2017, force
item("G1", "leg17f", AFI, f"{FORCE} should {bod(15)}.", "Being progressed",
     R("PRJ-011", how="std", upd="Refer to PRJ-011 closure report (SCB Dec 24)."))
item("G2", "leg17f", AFI, f"The force should {bod(27)}.", "Complete", R("PRJ-033"))
item("G3", "leg17f", AFI, f"The force should {bod(28)}.", "Being progressed",
     R("PRJ-033", how="space"))
item("G4", "leg17f", AFI, f"The force should {bod(29)}.", "Being progressed", R("PRJ-030"))
item("G5", "leg17f", AFI, f"The force should {bod(55)}.", "Superseded",
     R("PRJ-011", how="project"))
# PEEL effectiveness 2017, force
item("D1", "eff17", COC, FRC.CAUSES[0], "Complete", R("PRJ-038", ftype="CoC"))
item("D2", "eff17", REC, f"Within three months, the force should {bod(41)}. "
     "In cases where a DASH risk assessment is not completed the officer should record an "
     "assessment on the crime management system.", "Complete", R("PRJ-038", how="shortdash"))
item("D3", "eff17", REC, f"Within six months the force should {bod(16)}.", "Superseded",
     R("PRJ-014", how="std"))
item("D4", "eff17", AFI, f"The force should {bod(17)}.", "Being progressed",
     R("PRJ-038", how="namecode"))
# NCPI 2018
item("N1", "ncpi18", COC, FRC.CAUSES[1], "Being progressed", R("PRJ-036", ftype="CoC"))
item("N2", "ncpi18", REC, f"HMIC recommends that within six months the force should: {bod(19)}",
     "Being progressed",
     R("PRJ-036", text="Rec 1 (i) " + MISSING_BULLETS[0]),
     R("PRJ-036", how="space", text="Rec 1 (ii) " + MISSING_BULLETS[1]),
     R("PRJ-014", how="nodash", text="Rec 1 (iii) " + MISSING_BULLETS[2]))
item("N3", "ncpi18", AFI, f"The force should {tb(2, 'child sexual exploitation')}.", "Complete",
     R("PRJ-014", how="name"))
item("N4", "ncpi18", AFI, f"The force should {tb(4, 'child sexual exploitation')}.", "Complete",
     R("PRJ-036", own="Complete", upd="CSE e-learning completed by 96% of frontline staff."))
# CDI 2019
item("R1", "cdi19", REC, f"HMIC recommends that within six months the force should: "
     f"{FRC.CDI_VICTIMS_BODY}", "Being progressed",
     R("PRJ-018", text="1a – at the point of report, victims are believed"),
     R("PRJ-041", how="std", text="1b – " + CDI_BULLETS[1]),
     R("PRJ-018", how="nodash", text="1c – " + CDI_BULLETS[2]),
     R("PRJ-018", text="1d – " + CDI_BULLETS[3]),
     R("PRJ-027", how="name", text="1e – " + CDI_BULLETS[4]))
item("R2", "cdi19", AFI, f"The force should {bod(14)}.", "Awaiting review", R("PRJ-018"))
item("R3", "cdi19", REC, f"Within three months, the force should {bod(9)}.", "Complete",
     R("PRJ-041", how="std"))
# Custody 2020
CUST = f"Within six months the force should {bod(35)}."
CUST_FORCE = CUST.split("; and•")[0] + "."
item("U1", "cust20", REC, CUST, "Being progressed",
     R("PRJ-025", text=CUST_FORCE,
       conflict="missing bullet: tracker omits 'improve the timeliness of adequate appropriate "
                "adult support for children who are arrested'"))
# PEEL 2021/22
item("K1", "peel21", AFI, NATm.CONTROL_ROOM, "Being progressed",
     R("PRJ-041", how="space"))
item("K2", "peel21", AFI, f"The force should {bod(5)}.", "Being progressed",
     R("PGM-02", how="std", ftype="Recommendation",
       conflict="type: HMICFRS Area for improvement, tracker Recommendation"))
item("K3", "peel21", AFI, f"The force should {bod(6)}.", "Being progressed", R("PRJ-026"))
item("K4", "peel21", AFI, f"The force should {bod(7)}.", "Being progressed",
     R("PGM-02", how="name"))
item("K5", "peel21", AFI, f"The force should {tb(1, 'rape and serious sexual offences')}.",
     "Being progressed", R("PRJ-019"))
item("K6", "peel21", AFI, f"The force should {tb(11, 'domestic abuse')}.", "Complete",
     R("PRJ-041", how="nodash"))
item("K7", "peel21", AFI, f"The force should {tb(10, 'violence against women and girls')}.",
     "Being progressed", R("PRJ-035", how="nodash"))
item("K8", "peel21", AFI, f"The force should {bod(13)}.", "Complete", R("PRJ-030", how="name"))
item("K9", "peel21", AFI, f"The force should {tb(8, 'stalking and harassment')}.",
     "Being progressed",
     R("PRJ-014", own="Submitted for closure", upd="SPO/DAPO tracker live; evidence submitted "
       "via portal.", note="sub"))
item("K10", "peel21", AFI, f"The force should {tb(9, 'county lines drug dealing')}.",
     "Being progressed", R("PGM-02", how="prog", ref="swap",
                           conflict="reference: tracker ref transposes the HMICFRS reference"))
item("K11", "peel21", AFI, f"The force should {tb(12, 'hate crime')}.", "Being progressed")
item("K12", "peel21", AFI, f"The force should {tb(3, 'repeat victims')}.", "Complete",
     R("PRJ-014", how="short"))
# PEEL 2023/24
item("Q1", "peel23", AFI, f"The force should {tb(14, 'online child sexual abuse')}.",
     "Awaiting review", R(None, own="", upd="New AFI – owner TBC at next FET."))
item("Q2", "peel23", AFI, f"The force should {tb(7, 'serious and organised crime')}.",
     "Awaiting review", R("PRJ-019", how="space"))
item("Q3", "peel23", AFI, f"The force should {bod(22)}.", "Awaiting review", R("PRJ-035"))
item("Q4", "peel23", AFI, f"The force should {bod(24)}.", "Awaiting review",
     R("PRJ-035", how="codename"))
item("Q5", "peel23", AFI, f"The force should {bod(25)}.", "Awaiting review")  # missing
item("Q6", "peel23", AFI, f"The force should {bod(30)}.", "Awaiting review",
     R("PRJ-014", how="std"))
item("Q7", "peel23", REC, f"Within six months {FORCE} should {bod(51)}.", "Awaiting review",
     R("PGM-02", how="std", rep="peel21", pub="27/05/2022",
       conflict="report/date: tracker files it under PEEL 2021/22 (27/05/2022); HMICFRS has it "
                "under PEEL 2023/24 (14/05/2024)"))

# Force-only rows, placed after the item of the given key
LOCALS = [
    ("S7", dict(rep="stolen", type="Force action",
                text="Force action - " + TRK.LOCAL_ACTIONS[5].format(
                    t="modern slavery and human trafficking"),
                code="PRJ-021", own="See project")),
    ("K5", dict(rep="peel21", type="Local action",
                text="Local action: " + TRK.LOCAL_ACTIONS[2].format(
                    t="rape and serious sexual offences"),
                code="PRJ-019", own="Complete", upd="Q1 and Q2 dip samples reported to Crime "
                "Standards Board; now BAU.")),
    ("U1", dict(rep="cust20", type="Internal audit",
                text="Internal audit action: Internal audit of the custody governance "
                     "arrangements (audit plan 2023/24)",
                code="PRJ-025", own="")),
    ("K7", dict(rep="peel21", type="JAC action",
                text="JAC action: " + TRK.LOCAL_ACTIONS[6].format(t="domestic abuse"),
                code="PRJ-035", own="see project")),
    ("C2", dict(rep="austerity", type="National rec",
                text=NT["austerity"][2][3][1], code=None, own="Complete",
                ref=4417, upd="Collaboration review completed with Merseyside Police "
                "(reported to PCC 2015).")),
    ("G5", dict(rep="eff16", type="AFI",
                text="The force should develop its understanding of the links between its "
                     "outcomes, outputs and costs.",
                code="PRJ-035", own="See project", ref=7713)),
]
EXTRA_REPORT_LABEL = {"austerity": ("Policing in Austerity 2014", "22/07/2014"),
                      "eff16": ("PEEL Efficiency 2016", "03/11/2016")}

# --------------------------------------------------------------------------------------------
# HMICFRS workbook
# --------------------------------------------------------------------------------------------
rep_order = sorted(REPORTS, key=lambda k: REPORTS[k][1])
ITEMS.sort(key=lambda it: rep_order.index(it["rep"]))
ref_base = {"core": 4301, "integrity": 4960, "firearms": 5532, "stolen": 8204, "efc17": 8460,
            "leg17": 8531, "leg17f": 8587, "eff17": 8803, "ncpi18": 9120, "cdi19": 10411,
            "cust20": 11268, "powers": 11873, "peel21": 12604, "peel23": 14952}
next_ref = dict(ref_base)
for it in ITEMS:
    next_ref[it["rep"]] += rng.choice([1, 1, 2, 3])
    it["ref"] = next_ref[it["rep"]]

HM_STATUS_DATE = {"Awaiting review": None}


def status_date(it) -> dt.date:
    pub = REPORTS[it["rep"]][1]
    if it["hstat"] == "Awaiting review":
        return pub + dt.timedelta(days=rng.randint(3, 20))
    days = (dt.date(2024, 10, 31) - pub).days
    return pub + dt.timedelta(days=rng.randint(min(120, days - 1), days - 1))


wb = Workbook()
ws = wb.active
ws.title = "Definitive list"
ws["A1"] = "HMICFRS – definitive list of recommendations and areas for improvement"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = f"Force: {FORCE}        Extract date: 04/11/2024        Items: {len(ITEMS)}"
hdr = ["Reference", "Report title", "Publication date", "Type",
       "Recommendation / area for improvement", "Status", "Status date"]
ws.append([])
ws.append(hdr)
for c in ws[4]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F3864")
for it in ITEMS:
    sd = status_date(it)
    ws.append([it["ref"], REPORTS[it["rep"]][0], REPORTS[it["rep"]][1], it["type"], it["text"],
               it["hstat"], sd])
    r = ws.max_row
    assert ws.cell(r, 1).value == it["ref"]
    it["hrow"] = f"Definitive list!{r}"
    ws.cell(r, 3).number_format = "dd/mm/yyyy"
    ws.cell(r, 7).number_format = "dd/mm/yyyy"
    ws.cell(r, 5).alignment = Alignment(wrap_text=True, vertical="top")
for col, w in zip("ABCDEFG", [11, 48, 14, 24, 90, 20, 13]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A5"
ns = wb.create_sheet("Notes")
for line in [
    ["Status definitions"],
    ["Awaiting review", "New item; no update yet assessed by HMICFRS"],
    ["Being progressed", "Force has reported activity; HMICFRS monitoring"],
    ["Complete", "HMICFRS satisfied the item has been addressed – closed"],
    ["Superseded", "Closed – replaced by findings of a later inspection"],
    ["No further action required", "Closed – no further action required of the force"],
]:
    ns.append(line)
ns["A1"].font = Font(bold=True)

# --------------------------------------------------------------------------------------------
# Force workbook
# --------------------------------------------------------------------------------------------
FORCE_TYPE = {NAT: ["National rec", "Rec", "National recommendation"],
              REC: ["Rec", "Recommendation"], AFI: ["AFI", "Area for Improvement", "AFI"],
              COC: ["CoC", "Cause for concern"]}
SEE_WORDS = ["See project", "See project", "see project", "See Project", "See project ",
             "(see project)", "", "", "As per project", "See PRJ"]
ABBR = TRK.ABBREVIATIONS[:-1]  # all but "and" -> "&"


def abbreviate(text: str) -> str:
    t = text
    for pat, rep in ABBR:
        t = re.sub(pat, rep, t, flags=re.I)
    t = re.sub(r"^HMIC recommends that ", "", t)
    return t


def see_update(code):
    c = code
    while c in MERGED:
        c = MERGED[c]
    if project_done(code):
        return rng.choice([f"{c} closed – see closure report.", "Delivered through project; "
                           "see closure report on Change Portfolio.", None])
    return rng.choice([f"Refer to {c} highlight report (Strategic Change Board).",
                       "See project highlight report.", None, "Addressed holistically as part of "
                       "the force change programme."])


frows = []  # dicts for tracker rows (item rows and blank separators)
lead_pool = [x for x in TRK.LEADS if x]
prev_rep = None
for it in ITEMS:
    for k, r in enumerate(it["rows"]):
        rep = r["rep"] or it["rep"]
        label, pubd = REPORTS[rep][2], REPORTS[rep][1]
        pub = r["pub"] or rng.choice([pubd.strftime("%d/%m/%Y"), pubd.strftime("%d/%m/%Y"),
                                      pubd.strftime("%b %Y")])
        own = r["own"] if r["own"] is not None else (
            rng.choice(SEE_WORDS) if r["code"] else "")
        how = r["how"] or ("std" if r["code"] else None)
        if r["code"] and r["code"].startswith("PGM") and how == "nodash":
            how = "pgmshort"
        dlv = render_code(r["code"], how) if r["code"] else ""
        if r["text"] is not None:
            text = r["text"]
        else:
            text = it["text"]
            if len(it["rows"]) == 1 and rng.random() < 0.3 and not r["conflict"]:
                text = abbreviate(text)
        if r["ref"] == "auto":
            ref = it["ref"] if rng.random() < 0.6 else None
        elif r["ref"] == "swap":
            s = str(it["ref"])
            ref = int(s[:-2] + s[-1] + s[-2])
            assert ref != it["ref"]
        else:
            ref = r["ref"]
        ftype = r["ftype"] or rng.choice(FORCE_TYPE[it["type"]])
        state = force_state(own, r["code"])
        upd = r["upd"] if r["upd"] is not None else (
            see_update(r["code"]) if r["code"] and own.strip().lower() in SEE else None)
        if r["code"] is None and r["upd"] is None and not own:
            upd = "Awaiting allocation."
        sub = None
        if r["note"] == "sub":
            sub = "02/09/2024"
        frows.append(dict(item=it, ref=ref, label=label, pub=pub, ftype=ftype, text=text,
                          lead=rng.choice(lead_pool), dlv=dlv, own=own,
                          rag=project_rag_then(r["code"]) if r["code"] else "",
                          upd=upd, sub=sub, state=state, code=r["code"],
                          conflict=r["conflict"], split=len(it["rows"]) > 1))
    for key, loc in LOCALS:
        if key == it["key"]:
            rep = loc["rep"]
            label, pub = (REPORTS[rep][2], REPORTS[rep][1].strftime("%d/%m/%Y")) \
                if rep in REPORTS else EXTRA_REPORT_LABEL[rep]
            code = loc["code"]
            frows.append(dict(item=None, ref=loc.get("ref"), label=label, pub=pub,
                              ftype=loc["type"], text=loc["text"], lead=rng.choice(lead_pool),
                              dlv=render_code(code, "std") if code else "", own=loc["own"],
                              rag=project_rag_then(code) if code else "",
                              upd=loc.get("upd") or (see_update(code) if code else None),
                              sub=None, state=force_state(loc["own"], code), code=code,
                              conflict=None, split=False))

fwb = Workbook()
g = fwb.active
g.title = "Guidance"
GUIDE = [
    "HMICFRS Recommendations & AFIs Tracker – guidance",
    "",
    "Maintained by the Organisational Learning & Inspection team (OL&I). Reported to the Joint "
    "Audit Committee (JAC) each quarter.",
    "",
    "HOW THE STATUS OF A RECOMMENDATION IS READ",
    "1. If the 'Rec status' column holds a status of its own (Complete, Submitted for closure, "
    "In progress, Open, Not started) that status applies to the recommendation, whatever stage "
    "the delivering project is at.",
    "2. 'See project' (or 'See PRJ', 'As per project', or the cell left blank) means the "
    "recommendation is being delivered by the project or programme named in 'Delivered by' and "
    "takes its status from that project on the Change Portfolio tab.",
    "3. A project counts as DELIVERED only when it reaches Stage 5 - Closed (closure report "
    "approved by the Strategic Change Board). Stages 1 to 4 are OPEN, including Stage 4 - "
    "Closure (closing down / handover, closure report not yet approved). Paused projects are "
    "open.",
    "4. Closed projects are moved to the ARCHIVE block at the bottom of the Change Portfolio "
    "tab.",
    "5. Where a project has been merged into another ('Merged into PRJ-xxx'), follow it to the "
    "project it was merged into.",
    "6. Programme codes (PGM-xx) take the programme's own stage.",
    "7. Project codes are written in different ways by different owners (PRJ-014, PRJ014, "
    "PRJ 14, Project 14, or the project name) – they all mean the same project. Note PRJ-014 "
    "and PRJ-041 are different projects.",
    "8. Status blank AND no project in 'Delivered by' = not yet allocated (open).",
    "9. 'Project RAG at Mar-24 JAC' is a snapshot copied for the March 2024 JAC paper. It is not "
    "maintained – do not use it for status.",
    "",
    "Split recommendations: where a recommendation has several parts, each part has its own "
    "row; the recommendation is delivered only when every part is.",
]
for line in GUIDE:
    g.append([line])
g["A1"].font = Font(bold=True, size=13)
g["A5"].font = Font(bold=True)
g.column_dimensions["A"].width = 130
for row in g.iter_rows():
    row[0].alignment = Alignment(wrap_text=True)

t = fwb.create_sheet("HMICFRS Tracker")
t["A1"] = f"{FORCE} – HMICFRS Recommendations & AFIs Tracker"
t["A1"].font = Font(bold=True, size=13)
t["A2"] = ("Status: enter 'See project' where delivered by a change project – see Guidance tab. "
           "Last updated 01/11/2024 (OL&I).")
t.append([])
THDR = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI",
        "Lead", "Delivered by (project / programme)", "Rec status", "Project RAG at Mar-24 JAC",
        "Latest update", "Date submitted to HMICFRS"]
t.append(THDR)
for c in t[4]:
    c.font = Font(bold=True)
    c.fill = PatternFill("solid", fgColor="D9E1F2")
n = 0
prev_label = None
for fr in frows:
    if prev_label is not None and fr["label"] != prev_label and fr["item"] is not None \
            and rng.random() < 0.5:
        t.append([])
    prev_label = fr["label"]
    n += 1
    t.append([n, fr["ref"], fr["label"], fr["pub"], fr["ftype"], fr["text"], fr["lead"],
              fr["dlv"], fr["own"], fr["rag"], fr["upd"], fr["sub"]])
    r = t.max_row
    assert t.cell(r, 1).value == n
    fr["frow"] = f"HMICFRS Tracker!{r}"
    t.cell(r, 6).alignment = Alignment(wrap_text=True, vertical="top")
t.append([])
t.append(["Key: see Guidance tab for how status is read. Portfolio stages on Change Portfolio tab."])
for col, w in zip("ABCDEFGHIJKL", [5, 11, 28, 12, 14, 80, 24, 34, 16, 14, 50, 14]):
    t.column_dimensions[col].width = w
t.freeze_panes = "A5"

p = fwb.create_sheet("Change Portfolio")
p["A1"] = "Change Portfolio – Strategic Change Board"
p["A1"].font = Font(bold=True, size=13)
p["A2"] = ("Position at 31/10/2024 (PMO). Stages: 1 - Initiation, 2 - Design, 3 - Delivery, "
           "4 - Closure, 5 - Closed")
p.append([])
p.append(["Code", "Project / Programme", "Parent programme", "SRO", "Stage", "RAG",
          "Notes", "Last gate / SCB date"])
for c in p[4]:
    c.font = Font(bold=True)
    c.fill = PatternFill("solid", fgColor="E2EFDA")
for code in sorted(k for k in PORTFOLIO if PORTFOLIO[k][7] == "live"):
    v = PORTFOLIO[code]
    p.append([code, v[0], v[1], v[2], v[3], v[4], v[5], v[6]])
p.append([])
p.append(["ARCHIVE – CLOSED PROJECTS AND PROGRAMMES (Stage 5 - Closed, moved from live list)"])
p.cell(p.max_row, 1).font = Font(bold=True)
p.cell(p.max_row, 1).fill = PatternFill("solid", fgColor="BFBFBF")
for code in sorted((k for k in PORTFOLIO if PORTFOLIO[k][7] == "archive"),
                   key=lambda k: PORTFOLIO[k][6][-4:] + PORTFOLIO[k][6][3:5]):
    v = PORTFOLIO[code]
    p.append([code, v[0], v[1], v[2], v[3], v[4], v[5], v[6]])
for col, w in zip("ABCDEFGH", [10, 40, 16, 30, 14, 10, 60, 14]):
    p.column_dimensions[col].width = w


# --------------------------------------------------------------------------------------------
# Truth
# --------------------------------------------------------------------------------------------
def item_force_state(it) -> str:
    sts = [fr["state"] for fr in frows if fr["item"] is it]
    return "done" if all(s == "done" for s in sts) else "open"


truth = []
cats = {}
for it in ITEMS:
    rows = [fr for fr in frows if fr["item"] is it]
    hopen = it["hstat"] in ("Awaiting review", "Being progressed")
    if not rows:
        truth.append((it["hrow"], "", "missing_from_force",
                      f"{it['ref']} ({REPORTS[it['rep']][2]}) not in tracker"))
        continue
    fs = item_force_state(it)
    conf = [fr["conflict"] for fr in rows if fr["conflict"]]
    if conf:
        cat = "conflict"
    elif hopen and fs == "done":
        cat = "closeable_submit"
    elif not hopen and fs == "open":
        cat = "closeable_local"
    else:
        cat = "in_sync"
    for fr in rows:
        why = []
        if conf:
            why.append(conf[0])
        why.append(f"HMICFRS {it['hstat']}")
        own = fr["own"].strip()
        if own and own.lower() not in SEE:
            why.append(f"row status '{own}' overrides project")
        elif fr["code"]:
            c = fr["code"]
            chain = c
            while c in MERGED:
                c = MERGED[c]
                chain += f" merged into {c}"
            why.append(f"'{fr['dlv']}' = {chain} ({PORTFOLIO[c][3]})")
        else:
            why.append("no status, no project: open")
        why.append(f"row {fr['state']}")
        if fr["split"]:
            why.append(f"split row; item force {fs} (all parts needed)")
        truth.append((it["hrow"], fr["frow"], cat, "; ".join(why)))
for fr in frows:
    if fr["item"] is None:
        truth.append(("", fr["frow"], "not_on_hmicfrs_list",
                      f"force-only ({fr['ftype']}, {fr['label']}); not on the definitive list"))


def sort_key(tr):
    return (int(tr[0].split("!")[1]) if tr[0] else 10_000,
            int(tr[1].split("!")[1]) if tr[1] else 0)


truth.sort(key=sort_key)
os.makedirs(CASE, exist_ok=True)


def save_wb(book, path):
    """Save with a fixed timestamp so the file is byte-for-byte reproducible."""
    fixed = dt.datetime(2024, 11, 4, 9, 0, 0)
    book.properties.created = fixed
    book.properties.modified = fixed
    book.properties.creator = "builder"
    book.properties.lastModifiedBy = "builder"
    buf = io.BytesIO()
    book.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*</dcterms:\1>",
                          rb"<dcterms:\1\2>2024-11-04T09:00:00Z</dcterms:\1>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 4, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


save_wb(wb, os.path.join(CASE, "hmicfrs.xlsx"))
save_wb(fwb, os.path.join(CASE, "tracker.xlsx"))
with open(os.path.join(CASE, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

counts = {}
for tr in truth:
    counts[tr[2]] = counts.get(tr[2], 0) + 1
print("HMICFRS items:", len(ITEMS), "tracker item rows:", len(frows), "truth lines:", len(truth))
print(counts)
