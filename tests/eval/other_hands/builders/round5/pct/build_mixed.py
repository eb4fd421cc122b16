"""Case 2: audit_and_inspection_mixed. An OPCC/force Joint Audit, Risk and Assurance Panel
(JARAP) tracker mixing internal audit, external audit and HMICFRS items in one sheet, against a
register-like HMICFRS CSV export."""
from __future__ import annotations

import csv
import datetime as dt
import random
from collections import Counter
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from common import T, body, bullets, la, nat, retype, stem, tb

OUT = Path("/tmp/indep5/pct/audit_and_inspection_mixed")
rng = random.Random(20241211)
FORCE = "Leicestershire Police"
AREA, NEIGH = "Leicestershire", "Northamptonshire Police"
D = dt.date
PANEL = D(2024, 12, 11)

items: dict[str, dict] = {}


def add(key, id_, report, pub, typ, text):
    assert key not in items
    items[key] = dict(key=key, id=id_, report=report, pub=pub, type=typ, text=text)


def add_nat(key, id_, nkey, i):
    title, pub, t, text = nat(nkey, i)
    add(key, id_, title, pub, t, text)


for i in range(3):
    add_nat(f"sas13_{i+1}", 1311 + i, "sas13", i)
add_nat("everyone", 2321, "everyone", 0)
for i in range(4):
    add_nat(f"aus_{i+1}", 3401 + i, "austerity", i)
add_nat("core_1", 4822, "core", 0)
add_nat("core_2", 4823, "core", 1)
add_nat("integ", 902, "integrity", 0)
add_nat("sas15", 5120, "sas15", 0)
add_nat("picture", 5406, "picture", 0)
for i in range(5):
    add_nat(f"fa_{i+1}", 5871 + i, "firearms", i)
for i in range(7):
    add_nat(f"sf_{i+1}", 7702 + i, "stolen", i)
add_nat("efc17", 8307, "efc17", 0)
add_nat("leg_coc", 8540, "leg17", 0)
for i in range(4):
    add_nat(f"leg_{i+1}", 8541 + i, "leg17", i + 1)
for i in range(5):
    add_nat(f"pw_{i+1}", 10423 + i, "powers", i)

P18 = ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2))
NCPI19 = ("National child protection inspection 2019", D(2019, 6, 20))
CDI21 = ("Crime data integrity inspection 2021", D(2021, 10, 14))
P21 = ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 4, 22))
P23 = ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", D(2024, 9, 13))


def add_f(key, id_, rep, stem_i, b):
    typ, text = stem(stem_i, b, FORCE)
    add(key, id_, rep[0], rep[1], typ, text)


add_f("p18_1", 9301, P18, 3, body(0))
add_f("p18_2", 9302, P18, 3, body(1))
add_f("p18_3", 9303, P18, 5, body(6))
add_f("p18_4", 9304, P18, 5, body(7))
add_f("ncpi_1", 9870, NCPI19, 11, body(19))
add_f("ncpi_2", 9871, NCPI19, 13, body(35))
add_f("cdi_1", 11020, CDI21, 6, body(9))
add_f("cdi_2", 11021, CDI21, 0, body(14))
add_f("p21_1", 11630, P21, 0, body(40))
add_f("p21_2", 11631, P21, 1, body(16))
add_f("p21_3", 11632, P21, 0, body(41))
add_f("p21_4", 11633, P21, 1, tb(5, "hate crime"))
add_f("p21_5", 11634, P21, 0, tb(8, "stalking and harassment"))
add_f("p21_6", 11635, P21, 0, tb(0, "county lines drug dealing"))
add_f("p21_7", 11636, P21, 1, tb(12, "fraud"))
add_f("p23_1", 13110, P23, 0, tb(1, "rape and serious sexual offences"))
add_f("p23_2", 13111, P23, 0, tb(4, "vulnerable adults"))
add_f("p23_3", 13112, P23, 1, tb(11, "domestic abuse"))
add_f("p23_4", 13113, P23, 0, tb(6, "serious and organised crime"))
add_f("p23_5", 13114, P23, 0, tb(15, "knife crime"))
add_f("p23_6", 13115, P23, 1, tb(11, "people with mental ill health"))
add_f("p23_7", 13116, P23, 0, tb(13, "youth violence"))
add_f("p23_8", 13117, P23, 0, tb(3, "anti-social behaviour"))
add_f("p23_9", 13118, P23, 1, tb(14, "economic crime"))
assert len(items) == 60, len(items)
assert len({i["id"] for i in items.values()}) == 60
assert 10472 not in {i["id"] for i in items.values()}

HM = dict(
    sas13_1="c", sas13_2="c", sas13_3="c", everyone="b", aus_1="c", aus_2="c", aus_3="b",
    aus_4="s", core_1="b", core_2="b", integ="c", sas15="c", picture="b", fa_1="b", fa_2="c",
    fa_3="b", fa_4="b", fa_5="b", sf_1="b", sf_2="b", sf_3="b", sf_4="b", sf_5="b", sf_6="b",
    sf_7="b", efc17="s", leg_coc="b", leg_1="b", leg_2="b", leg_3="b", leg_4="c", pw_1="b",
    pw_2="b", pw_3="b", pw_4="b", pw_5="b", p18_1="c", p18_2="b", p18_3="b", p18_4="c",
    cdi_1="b", cdi_2="b", ncpi_1="b", ncpi_2="b", p21_1="b", p21_2="c", p21_3="b", p21_4="b",
    p21_5="c", p21_6="b", p21_7="s", p23_1="a", p23_2="a", p23_3="a", p23_4="a", p23_5="a",
    p23_6="a", p23_7="a", p23_8="c", p23_9="a",
)
assert set(HM) == set(items)
SLUG = dict(a="awaiting-review", b="being-progressed", c="complete", s="superseded")
COMMENTS = dict(
    a=["New recommendation"],
    b=["The progress of the implementation of this recommendation is currently being monitored "
       "by HMICFRS and this record will, in due course, be updated.", ""],
    c=["This recommendation is complete", ""],
    s=["This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
       "inspections. Where a cause of concern still exists this will appear in the register "
       "against these subsequent inspections."],
)
for k, it in items.items():
    st = HM[k]
    it["status"] = SLUG[st]
    it["comment"] = rng.choice(COMMENTS[st])
    if st == "a":
        it["sdate"] = it["pub"] + dt.timedelta(days=rng.randrange(1, 25))
    elif st == "b":
        lo = it["pub"] + dt.timedelta(days=90)
        it["sdate"] = lo + dt.timedelta(days=rng.randrange(max(30, (D(2024, 11, 1) - lo).days)))
    else:
        it["sdate"] = D(2023, 12, 1) + dt.timedelta(days=rng.randrange(0, 330))
    if k == "p23_8":    # closed soon after publication: HMICFRS accepted existing evidence
        it["sdate"] = D(2024, 11, 20)
    it["comment"] = it["comment"] if k != "p23_8" else "This recommendation is complete"

# ---- write the HMICFRS CSV (register export) ----
OUT.mkdir(parents=True, exist_ok=True)
HDR = ["Recommendation ID", "Force", "Report title", "Date published", "Recommendation type",
       "Recommendation text", "Status", "Status changed", "Comment"]
hrow: dict[str, str] = {}
with open(OUT / "hmicfrs.csv", "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
    w.writerow(HDR)
    rec = 1
    for it in sorted(items.values(), key=lambda x: (x["pub"], x["id"])):
        w.writerow([it["id"], FORCE, it["report"], it["pub"].strftime("%d/%m/%Y"), it["type"],
                    it["text"], it["status"], it["sdate"].strftime("%d/%m/%Y"), it["comment"]])
        rec += 1
        hrow[it["key"]] = f"hmicfrs.csv!{rec}"

# ------------------------------------------------------------------------------------------
# Force tracker rows
# ------------------------------------------------------------------------------------------
I = items
OFFICERS = ["Chief Finance Officer", "Head of Professional Standards", "ACC Local Policing",
            "ACC Crime & Intelligence", "Head of People Services", "Head of Corporate Services",
            "Force Crime & Incident Registrar", "Supt Contact Management",
            "Head of Information Management", "Det Supt Public Protection",
            "Firearms Licensing Manager", "OPCC Chief Executive", "DCC", "Head of Estates",
            "Head of Learning & Development", "Head of Digital Forensics"]
OPEN_UPD = ["Work undertaken in area but still requires development to complete.",
            "A Task & Finish group has been set up and a full implementation/project plan, "
            "policy rewrite and communications plan is now completed.",
            "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
            "Addressed holistically as part of the force change programme.",
            "Little work yet undertaken in this area. Unlikely to reach deadlines.",
            "Revised target date agreed at JARAP.", None]
DONE_UPD = ["Completed. Evidence submitted to HMICFRS for closure.",
            "Already complete / believed to be complete within short time scale (and within "
            "deadline).",
            "Completed - evidence held on the recommendation file.",
            "The policy is now signed off and in place with an implementation date of the end "
            "of October."]
IA_DONE_UPD = ["Completed - evidence provided to internal audit for follow-up.",
               "Completed - verified by internal audit follow-up review.",
               "The policy is now signed off and in place with an implementation date of the end "
               "of October."]


def S(state):
    """(Status, RAG, done?) for a state: R red, A amber, G green, X not adopted, g complete
    with no RAG, l lower-case 'completed'."""
    return dict(R=("Outstanding", "RED", False), A=("Outstanding", "AMBER", False),
                G=("Completed", "GREEN", True), X=("Not Adopted", "GREY", True),
                g=("Completed", None, True), l=("completed", "GREEN", True))[state]


def row(text, state, src="HMICFRS", audit="", prio=None, ref=None, upd=None, resp=None,
        why=None):
    return dict(text=text, state=state, src=src, audit=audit, prio=prio, ref=ref, upd=upd,
                resp=resp, why=why)


PLAN: dict[str, dict] = {}


def P(key, cat, why, rows):
    PLAN[key] = dict(cat=cat, why=why, rows=rows)


MISS = "on the HMICFRS list ({st}); no row in the JARAP tracker"

SS13 = "HMICFRS - Stop and Search (2013)"
P("sas13_1", "in_sync", "both closed: HMICFRS complete, force Completed/GREEN",
  [row(retype(I["sas13_1"]["text"], "v"), "G", audit=SS13)])
P("sas13_2", "closeable_local", "HMICFRS complete; force Outstanding/AMBER",
  [row(retype(I["sas13_2"]["text"], "a"), "A", audit=SS13)])
P("sas13_3", "in_sync", "both closed: HMICFRS complete, force Completed/GREEN",
  [row(retype(I["sas13_3"]["text"], "t"), "G", audit=SS13)])
P("everyone", "closeable_submit", "HMICFRS being-progressed; force Completed/GREEN",
  [row(retype(I["everyone"]["text"], "n"), "G", audit="HMICFRS - Everyone's Business (2014)")])
AUS = "HMICFRS - Policing in Austerity (2014)"
P("aus_1", "in_sync", "both closed: HMICFRS complete, force Completed/GREEN",
  [row(retype(I["aus_1"]["text"], "a"), "G", audit=AUS)])
P("aus_2", "in_sync", "Not Adopted item: HMICFRS complete; force status 'Not Adopted', RAG "
  "GREY. Not Adopted means the force has finished with it (no further action), so both sides "
  "are closed",
  [row(retype(I["aus_2"]["text"], "v"), "X", audit=AUS,
       upd="Not adopted - the force already delivers more than 10% of its savings through "
           "collaboration (JARAP noted, March 2015).")])
P("aus_3", "missing_from_force", MISS.format(st="being-progressed"), [])
P("aus_4", "closeable_local", "HMICFRS superseded; force Outstanding/RED",
  [row(retype(I["aus_4"]["text"], "t"), "R", audit=AUS)])
CB = "HMICFRS - Core Business (2014)"
P("core_1", "in_sync", "both open: HMICFRS being-progressed, force Outstanding/AMBER (the "
  "national THR text; the CDI 2021 force-level twin is a separate row)",
  [row(retype(I["core_1"]["text"], "v"), "A", audit=CB)])
P("core_2", "closeable_submit", "HMICFRS being-progressed; force Completed (RAG cell left blank)",
  [row(retype(I["core_2"]["text"], "m"), "g", audit=CB)])
P("integ", "in_sync", "both closed: HMICFRS complete, force Completed/GREEN",
  [row(retype(I["integ"]["text"], "q"), "G", audit="HMICFRS - Integrity Matters (Jan 2015)")])
P("sas15", "in_sync", "both closed: HMICFRS complete, force Completed/GREEN (the 2015 twin of "
  "the 2013 text; says 'police and crime commissioners')",
  [row(retype(I["sas15"]["text"], "v"), "G", audit="HMICFRS - Stop and Search 2 (2015)")])
P("picture", "closeable_submit", "HMICFRS being-progressed; force Completed/GREEN. The tracker "
  "mis-labels the row's Source as 'Internal Audit' and files it with an internal audit, but the "
  "text is the HMICFRS Building the Picture recommendation verbatim and the Audit / Inspection "
  "cell names that report",
  [row(retype(I["picture"]["text"], "v"), "G", src="Internal Audit",
       audit="Building the Picture (HMIC information management) 2015", prio="Medium",
       ref="IA 22/23 DQ-03")])
FA = "HMICFRS - Targeting the Risk: Firearms Licensing (2015)"
P("fa_1", "in_sync", "both open: HMICFRS being-progressed, force Outstanding/RED",
  [row(retype(I["fa_1"]["text"], "a"), "R", audit=FA)])
P("fa_2", "closeable_local", "HMICFRS complete; force Outstanding/AMBER",
  [row(retype(I["fa_2"]["text"], "v"), "A", audit=FA)])
P("fa_3", "missing_from_force", MISS.format(st="being-progressed") + " (the RSM firearms "
  "licensing internal audit rows are different actions)", [])
P("fa_4", "conflict", "timescale differs: force text 'Within six months', HMICFRS 'Within "
  "three months'",
  [row(I["fa_4"]["text"].replace("Within three months", "Within six months"), "A", audit=FA)])
P("fa_5", "in_sync", "both open: HMICFRS being-progressed, force Outstanding/AMBER",
  [row(retype(I["fa_5"]["text"], "t"), "A", audit=FA)])
SF = "HMICFRS - Stolen Freedom (MSHT) 2017"
P("sf_1", "in_sync", "both open: HMICFRS being-progressed, force Outstanding/AMBER (one row, "
  "bullets retyped as dashes)", [row(retype(I["sf_1"]["text"], "d"), "A", audit=SF)])
P("sf_2", "closeable_submit", "HMICFRS being-progressed; force Completed/GREEN",
  [row(retype(I["sf_2"]["text"], "a").replace(" 86 ", " "), "G", audit=SF)])
P("sf_3", "in_sync", "both open: HMICFRS being-progressed, force Outstanding/RED",
  [row(retype(I["sf_3"]["text"], "v"), "R", audit=SF)])
P("sf_4", "conflict", "publication date differs: tracker says Stolen Freedom published "
  "24/10/2016, HMICFRS list says 24/10/2017",
  [row(retype(I["sf_4"]["text"], "a"), "G", audit="HMICFRS - Stolen Freedom (published "
       "24/10/2016)")])
P("sf_5", "missing_from_force", MISS.format(st="being-progressed"), [])
P("sf_6", "closeable_submit", "HMICFRS being-progressed; force 'completed' (lower case)/GREEN",
  [row(retype(I["sf_6"]["text"], "t"), "l", audit=SF)])
P("sf_7", "in_sync", "both open: HMICFRS being-progressed, force Outstanding/AMBER",
  [row(retype(I["sf_7"]["text"], "a"), "A", audit=SF)])
P("efc17", "closeable_local", "HMICFRS superseded; force Outstanding/AMBER",
  [row(retype(I["efc17"]["text"], "f"), "A", audit="HMICFRS - PEEL Efficiency 2017 (national)")])
LG = "HMICFRS - PEEL Legitimacy 2017 (national)"
P("leg_coc", "in_sync", "both open: HMICFRS being-progressed, force Outstanding/AMBER",
  [row(retype(I["leg_coc"]["text"], "a"), "A", audit=LG + " - Cause of concern")])
P("leg_1", "closeable_submit", "HMICFRS being-progressed; force Completed/GREEN",
  [row(retype(I["leg_1"]["text"], "d"), "G", audit=LG)])
P("leg_2", "in_sync", "both open: HMICFRS being-progressed, force Outstanding/RED",
  [row(retype(I["leg_2"]["text"], "n"), "R", audit=LG)])
P("leg_3", "missing_from_force", MISS.format(st="being-progressed"), [])
P("leg_4", "in_sync", "both closed: HMICFRS complete, force Completed/GREEN",
  [row(retype(I["leg_4"]["text"], "a"), "G", audit=LG)])
PW = "HMICFRS - Disproportionate use of police powers (Feb 2021)"
P("pw_1", "in_sync", "both open: HMICFRS being-progressed, force Outstanding/AMBER",
  [row(retype(I["pw_1"]["text"], "v"), "A", audit=PW)])
P("pw_2", "closeable_submit", "HMICFRS being-progressed; force Completed/GREEN",
  [row(retype(I["pw_2"]["text"], "a"), "G", audit=PW)])
bwv = I["pw_3"]["text"].split("\n")
P("pw_3", "closeable_submit", "split into three rows (one per part of the BWV "
  "recommendation), all Completed/GREEN; HMICFRS being-progressed",
  [row(bwv[0], "G", audit=PW), row("BWV (b) - " + bwv[1], "G", audit=PW),
   row("BWV (c) - " + retype(bwv[2], "q"), "G", audit=PW)])
P("pw_4", "closeable_submit", "Not Adopted item: HMICFRS being-progressed; force status 'Not "
  "Adopted', RAG GREY, because the recommendation is for the Home Office and NPCC. The force "
  "has closed it on its side, so it is done there: submit to HMICFRS for closure with the "
  "not-adopted rationale",
  [row(retype(I["pw_4"]["text"], "v"), "X", audit=PW,
       upd="Not the force's responsibility to deliver; dependent upon another organisation.")])
P("pw_5", "conflict", "reference differs: tracker Ref says HMICFRS 10472, the list's ID for "
  "this text is 10427 (10472 is not on the list)",
  [row(retype(I["pw_5"]["text"], "v"), "A", audit=PW, ref="HMICFRS 10472")])
PE18 = "HMICFRS - PEEL 2018/19"
P("p18_1", "closeable_local", "HMICFRS complete; force Outstanding/RED",
  [row(retype(I["p18_1"]["text"], "s"), "R", audit=PE18 + " - Rec 1")])
P("p18_2", "in_sync", "both open: HMICFRS being-progressed, force Outstanding/AMBER",
  [row(retype(I["p18_2"]["text"], "v"), "A", audit=PE18 + " - Rec 2")])
P("p18_3", "closeable_submit", "HMICFRS being-progressed; force Completed/GREEN",
  [row(retype(I["p18_3"]["text"], "s"), "G", audit=PE18 + " - Rec 3")])
P("p18_4", "in_sync", "both closed: HMICFRS complete, force Completed/GREEN",
  [row(retype(I["p18_4"]["text"], "sa"), "G", audit=PE18 + " - Rec 4")])
NC = "HMICFRS - National Child Protection Inspection 2019"
P("ncpi_1", "missing_from_force", MISS.format(st="being-progressed"), [])
lead, bl = bullets(I["ncpi_2"]["text"])
P("ncpi_2", "in_sync", "split into four rows (one per bullet): three Completed, one "
  "Outstanding/AMBER, so the item is open on the force side; HMICFRS being-progressed",
  [row(retype(lead + " " + bl[0], "q"), "G", audit=NC),
   row(retype(bl[1], "q"), "G", audit=NC), row(retype(bl[2], "v"), "A", audit=NC),
   row(retype(bl[3], "mq"), "G", audit=NC)])
CD = "HMICFRS - Crime Data Integrity 2021"
P("cdi_1", "in_sync", "both open: HMICFRS being-progressed, force Outstanding/AMBER (CDI 2021 "
  "force-level twin of the Core Business THR text)",
  [row(retype(I["cdi_1"]["text"], "v"), "A", audit=CD)])
P("cdi_2", "closeable_submit", "HMICFRS being-progressed; force Completed/GREEN",
  [row(retype(I["cdi_2"]["text"], "v"), "G", audit=CD)])
PE21 = "HMICFRS - PEEL 2021/22"
P("p21_1", "in_sync", "both open: HMICFRS being-progressed, force Outstanding/AMBER",
  [row(retype(I["p21_1"]["text"], "v"), "A", audit=PE21 + " - AFI 1")])
P("p21_2", "closeable_local", "HMICFRS complete; force Outstanding/RED",
  [row(retype(I["p21_2"]["text"], "a"), "R", audit=PE21 + " - AFI 2")])
P("p21_3", "conflict", "type differs: tracker labels it 'Recommendation 1' of PEEL 2021/22, the "
  "HMICFRS list has it as an Area for improvement",
  [row(retype(I["p21_3"]["text"], "a"), "A", audit=PE21 + " - Recommendation 1")])
P("p21_4", "closeable_submit", "HMICFRS being-progressed; force Completed/GREEN",
  [row(retype(I["p21_4"]["text"], "u"), "G", audit=PE21 + " - AFI 3")])
P("p21_5", "in_sync", "both closed: HMICFRS complete, force Completed/GREEN",
  [row(retype(I["p21_5"]["text"], "v"), "G", audit=PE21 + " - AFI 4")])
P("p21_6", "in_sync", "both open: HMICFRS being-progressed, force Outstanding/AMBER",
  [row(retype(I["p21_6"]["text"], "v"), "A", audit=PE21 + " - AFI 5")])
P("p21_7", "closeable_local", "HMICFRS superseded; force Outstanding/AMBER",
  [row(retype(I["p21_7"]["text"], "t"), "A", audit=PE21 + " - AFI 6")])
PE23 = "HMICFRS - PEEL 2023/24"
P("p23_1", "in_sync", "both open: HMICFRS awaiting-review, force Outstanding/AMBER",
  [row(retype(I["p23_1"]["text"], "v"), "A", audit=PE23 + " - AFI 1")])
P("p23_2", "conflict", "report differs: tracker files it as PEEL 2021/22 AFI 7, the HMICFRS "
  "list has it under PEEL 2023/24 (published 13/09/2024)",
  [row(retype(I["p23_2"]["text"], "v"), "A", audit=PE21 + " - AFI 7")])
P("p23_3", "in_sync", "both open: HMICFRS awaiting-review, force Outstanding/AMBER",
  [row(retype(I["p23_3"]["text"], "a"), "A", audit=PE23 + " - AFI 2")])
P("p23_4", "missing_from_force", MISS.format(st="awaiting-review") + " (an RSM collaboration "
  "internal audit row refreshes the SOC problem profile: a different action, not this AFI)", [])
P("p23_5", "closeable_submit", "HMICFRS awaiting-review; force Completed/GREEN",
  [row(retype(I["p23_5"]["text"], "v"), "G", audit=PE23 + " - AFI 3")])
P("p23_6", "in_sync", "both open: HMICFRS awaiting-review, force Outstanding/AMBER",
  [row(retype(I["p23_6"]["text"], "v"), "A", audit=PE23 + " - AFI 4")])
P("p23_7", "in_sync", "both open: HMICFRS awaiting-review, force Outstanding/AMBER",
  [row(retype(I["p23_7"]["text"], "v"), "A", audit=PE23 + " - AFI 5")])
P("p23_8", "closeable_local", "HMICFRS complete (closed 20/11/2024); force Outstanding/AMBER",
  [row(retype(I["p23_8"]["text"], "v"), "A", audit=PE23 + " - AFI 6")])
P("p23_9", "in_sync", "both open: HMICFRS awaiting-review, force Outstanding/AMBER",
  [row(retype(I["p23_9"]["text"], "v"), "A", audit=PE23 + " - AFI 7")])
assert set(PLAN) == set(items), set(items) ^ set(PLAN)

# ---- rows not on the HMICFRS list ----
NOL: dict[str, dict] = {}


def N(key, **kw):
    NOL[key] = row(**kw)


IAWHY = ("internal audit recommendation (Source 'Internal Audit'): not an HMICFRS item, so not "
         "on the list")
EAWHY = "external audit recommendation (Source 'External Audit'): not an HMICFRS item"
DQ = "Mazars - Data Quality: Crime Recording 2022/23"
N("IA1", text=la(2, "rape and serious sexual offences"), state="G", src="Internal Audit",
  audit=DQ, prio="High", ref="IA 22/23 DQ-01", why=IAWHY)
N("IA2", text=la(6, "neighbourhood crime"), state="R", src="Internal Audit", audit=DQ,
  prio="Low", ref="IA 22/23 DQ-02", why=IAWHY)
GT1 = "Grant Thornton - Audit Findings Report 2022/23"
N("EA1", text="The force should " + body(22) + ".", state="G", src="External Audit", audit=GT1,
  prio="Medium", ref="EA 22/23-01", why=EAWHY)
N("EA2", text="The force should " + body(12) + ".", state="A", src="External Audit", audit=GT1,
  prio="Low", ref="EA 22/23-02", why=EAWHY)
RM = "Mazars - Risk Management 2023/24"
N("IA3", text="The Force should " + body(21) + ".", state="A", src="Internal Audit", audit=RM,
  prio="High", ref="IA 23/24 RM-01", why=IAWHY)
N("IA4", text="The Force should " + body(23) + ".", state="G", src="Internal Audit", audit=RM,
  prio="Medium", ref="IA 23/24 RM-02", why=IAWHY)
N("IA5", text=la(9, "economic crime"), state="X", src="Internal Audit", audit=RM, prio="Low",
  ref="IA 23/24 RM-03", upd="Not adopted - risk accepted by the Chief Officer Team.",
  why=IAWHY + " (status Not Adopted/GREY)")
CW = "RSM - Culture, Whistleblowing and Speaking Up 2023/24"
N("IA6", text="The force should " + body(27) + ".", state="G", src="Internal Audit", audit=CW,
  prio="High", ref="RSM 23/24 CW 1.1", why=IAWHY)
N("IA7", text="The force should " + body(28) + ".", state="A", src="Internal Audit", audit=CW,
  prio="Medium", ref="RSM 23/24 CW 1.2", why=IAWHY)
N("IA8", text="The force should " + body(56) + ".", state="R", src="Internal Audit", audit=CW,
  prio="Medium", ref="RSM 23/24 CW 2.1", why=IAWHY)
N("IA9", text="The force should " + body(25).replace("watch and ", "") + ".", state="A",
  src="Internal Audit", audit=CW, prio="Low", ref="RSM 23/24 CW 2.2", why=IAWHY)
WF = "Mazars - Workforce Planning and EDI 2023/24"
N("IA10", text="The force should " + body(26) + ".", state="A", src="Internal Audit", audit=WF,
  prio="Medium", ref="IA 23/24 WF-01", why=IAWHY)
N("IA11", text="The force should " + body(29) + ".", state="G", src="Internal Audit", audit=WF,
  prio="Low", ref="IA 23/24 WF-02", why=IAWHY)
N("IA12", text="The force should " + body(55) + ".", state="R", src="Internal Audit", audit=WF,
  prio="High", ref="IA 23/24 WF-03", why=IAWHY)
FR = "Mazars - Fraud and Economic Crime 2023/24"
N("IA13", text=la(5, "fraud"), state="G", src="Internal Audit", audit=FR, prio="Medium",
  ref="IA 23/24 FEC-01", why=IAWHY)
N("IA14", text=la(3, "economic crime"), state="A", src="Internal Audit", audit=FR, prio="Low",
  ref="IA 23/24 FEC-02", why=IAWHY)
GT2 = "Grant Thornton - Auditor's Annual Report 2023/24"
N("EA3", text="The force should " + body(24) + ".", state="A", src="External Audit", audit=GT2,
  prio="High", ref="EA 23/24-01", why=EAWHY)
N("EA4", text=la(6, "economic crime"), state="G", src="External Audit", audit=GT2, prio="Low",
  ref="EA 23/24-02", why=EAWHY)
FL = "RSM - Firearms Licensing 2024/25"
N("IA16", text=la(4, "firearms licensing"), state="A", src="Internal Audit", audit=FL,
  prio="High", ref="RSM 24/25 FL 1.1", why=IAWHY + " (firearms topic, but a different action "
  "from every HMICFRS firearms item)")
N("IA17", text=la(6, "firearms licensing"), state="G", src="Internal Audit", audit=FL,
  prio="Medium", ref="RSM 24/25 FL 1.2", why=IAWHY)
N("IA18", text=la(0, "firearms licensing"), state="A", src="Internal Audit", audit=FL,
  prio="Medium", ref="RSM 24/25 FL 2.1", why=IAWHY)
DF = "RSM - Digital Forensics 2024/25"
N("IA19", text=la(9, "digital forensics"), state="A", src="Internal Audit", audit=DF,
  prio="High", ref="RSM 24/25 DF 1.1", why=IAWHY)
N("IA20", text=la(0, "digital forensics"), state="G", src="Internal Audit", audit=DF,
  prio="Medium", ref="RSM 24/25 DF 1.2", why=IAWHY)
N("IA21", text=la(4, "digital forensics"), state="X", src="Internal Audit", audit=DF,
  prio="Low", ref="RSM 24/25 DF 2.1", upd="Not adopted - superseded by the regional digital "
  "forensics accreditation programme.", why=IAWHY + " (status Not Adopted/GREY)")
CC = "Forvis Mazars - Counter Corruption 2024/25"
N("IA22", text=la(8, "counter-corruption"), state="A", src="Internal Audit", audit=CC,
  prio="High", ref="IA 24/25 CC-01", why=IAWHY)
N("IA23", text=la(1, "counter-corruption"), state="A", src="Internal Audit", audit=CC,
  prio="Medium", ref="IA 24/25 CC-02", why=IAWHY)
CO = "RSM - Collaboration (EMSOU) 2024/25"
N("IA24", text=la(3, "serious and organised crime"), state="A", src="Internal Audit", audit=CO,
  prio="Medium", ref="RSM 24/25 CO 1.1", why=IAWHY + " (SOC topic; not the PEEL 2023/24 SOC "
  "analysis AFI)")
N("IA25", text=la(7, "county lines drug dealing"), state="G", src="Internal Audit", audit=CO,
  prio="Low", ref="RSM 24/25 CO 1.2", why=IAWHY)
HWHY = ("HMICFRS-sourced row whose text is not on the HMICFRS list (older item HMICFRS has "
        "closed / does not hold against the force): query with HMICFRS")
lead_cdi, bl_cdi = bullets(T.CDI_VICTIMS_BODY)
N("H1", text="The force should " + body(11) + ".", state="G", audit="HMICFRS - PEEL "
  "Efficiency 2016 - AFI 2", why=HWHY)
N("H2", text=retype("Within six months the force should " + T.CDI_VICTIMS_BODY, "d"),
  state="G", audit="HMICFRS - Crime Data Integrity 2017", why=HWHY)
N("H3", text="The force should " + body(3, AREA) + ".", state="A", audit=PE18 + " - AFI 1",
  why=HWHY + " (same report as list items, but this text is not on the list)")
assert len(NOL) == 31

# ---- order (by report, roughly by date raised) ----
ORDER = [
    "sas13_1", "sas13_2", "sas13_3", "everyone", "aus_1", "aus_2", "aus_4", "core_1", "core_2",
    "integ", "sas15", "fa_1", "fa_2", "fa_4", "fa_5", "H1", "H2", "sf_1", "sf_2", "sf_3",
    "sf_4", "sf_6", "sf_7", "efc17", "leg_coc", "leg_1", "leg_2", "leg_4", "p18_1", "p18_2",
    "p18_3", "p18_4", "H3", "ncpi_2", "pw_1", "pw_2", "pw_3", "pw_4", "pw_5", "cdi_1", "cdi_2",
    "p21_1", "p21_2", "p21_3", "p21_4", "p21_5", "p21_6", "p21_7", "p23_2", "IA1", "IA2",
    "picture", "EA1", "EA2", "IA3", "IA4", "IA5", "IA6", "IA7", "IA8", "IA9", "IA10", "IA11",
    "IA12", "IA13", "IA14", "EA3", "EA4", "IA16", "IA17", "IA18", "IA19", "IA20",
    "IA21", "IA22", "IA23", "IA24", "IA25", "p23_1", "p23_3", "p23_5", "p23_6", "p23_7",
    "p23_8", "p23_9",
]
tracked = {k for k, p in PLAN.items() if p["rows"]}
assert len(ORDER) == len(set(ORDER))
assert set(ORDER) == tracked | set(NOL), set(ORDER) ^ (tracked | set(NOL))

HREF = {"sas13_2", "aus_4", "core_1", "fa_2", "sf_2", "sf_6", "leg_1", "pw_2", "pw_3",
        "p18_2", "cdi_1", "p21_2", "p21_5", "p23_3", "p23_8", "ncpi_2", "integ", "p21_3",
        "p23_2"}

# expand to rows
ROWS = []   # (key, rowdict, j)
for key in ORDER:
    rows = PLAN[key]["rows"] if key in PLAN else [NOL[key]]
    for j, r in enumerate(rows):
        ROWS.append((key, r, j, len(rows)))
assert len(ROWS) == 90, len(ROWS)

HM_SEQ = Counter()


def ref_for(key, r, j, n):
    if r["ref"]:
        return r["ref"]
    if key in HREF and key in items:
        base = f"HMICFRS {items[key]['id']}"
    else:
        HM_SEQ[r["audit"]] += 0
        base = None
    if base is None:
        yr = (items[key]["pub"].year if key in items else
              {"H1": 2016, "H2": 2017, "H3": 2019}[key]) % 100
        HM_SEQ[yr] += 1 if j == 0 else 0
        base = f"HMI/{yr:02d}/{HM_SEQ[yr]:02d}"
    return base + (f"{'abcd'[j]}" if n > 1 else "")


def raised_for(key, r):
    if key in items:
        return items[key]["pub"]
    if key.startswith("H"):
        return {"H1": D(2016, 11, 3), "H2": D(2017, 2, 9), "H3": D(2019, 5, 2)}[key]
    yr = int(r["audit"].split()[-1][:4])          # "... 2023/24" -> 2023
    return D(yr, rng.choice([9, 11]), 1) if yr < 2024 else D(2024, rng.choice([6, 7]), 1)


def month_end(d):
    return dt.datetime(d.year, d.month, 28 if d.month == 2 else 30)


def dates_for(state, raised):
    """(original target, revised target) consistent with the RAG: RED = target passed,
    AMBER = target (or revised target) still ahead of the panel date."""
    panel = dt.datetime(2024, 12, 11)
    o = month_end(raised + dt.timedelta(days=rng.choice([90, 180, 270, 365])))
    rev = None
    if state == "R":
        if o >= panel:
            o = month_end(raised + dt.timedelta(days=60))
        if rng.random() < 0.5 and o < dt.datetime(2024, 6, 1):
            rev = dt.datetime(2024, rng.choice([6, 9]), 30)
    elif state == "A":
        if o < panel:
            rev = dt.datetime(2025, rng.choice([3, 6, 9]), 30)
    return o, rev


FILL = dict(RED=PatternFill("solid", fgColor="FF0000"), AMBER=PatternFill("solid",
            fgColor="FFC000"), GREEN=PatternFill("solid", fgColor="00B050"),
            GREY=PatternFill("solid", fgColor="A6A6A6"), head=PatternFill("solid",
            fgColor="D9E1F2"))

# summary counts (Source x RAG) for the block above the table
summ = Counter()
for key, r, j, n in ROWS:
    status, rag, done = S(r["state"])
    grp = r["src"] if r["src"] != "Internal Audit" else f"Internal Audit - {r['prio']}"
    summ[(grp, rag or "GREEN")] += 1

wb = Workbook()
ws = wb.active
ws.title = "Recommendations Tracker"
ws["A1"] = ("Office of the Police and Crime Commissioner for Leicestershire and Leicestershire "
            "Police")
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Joint Audit, Risk and Assurance Panel - 11 December 2024"
ws["A3"] = "Paper B: Internal Audit, External Audit and HMICFRS Recommendations - Progress Report"
ws["A3"].font = Font(bold=True)
ws.append([])
ws.append(["Summary", "RED", "AMBER", "GREEN", "GREY", "Total"])
for c in ws[5]:
    c.font = Font(bold=True)
tot = Counter()
for grp in ["Internal Audit - High", "Internal Audit - Medium", "Internal Audit - Low",
            "External Audit", "HMICFRS"]:
    vals = [summ[(grp, rag)] for rag in ["RED", "AMBER", "GREEN", "GREY"]]
    for rag, v in zip(["RED", "AMBER", "GREEN", "GREY"], vals):
        tot[rag] += v
    ws.append([grp, *vals, sum(vals)])
ws.append(["Total", *[tot[r] for r in ["RED", "AMBER", "GREEN", "GREY"]], sum(tot.values())])
ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
ws.append([])
ws.append(["Key: RED - Outstanding and exceeding the target date; AMBER - Outstanding but within "
           "the target date; GREEN - Completed; GREY - Not adopted / not applicable"])
ws.append([])
COLS = ["Ref", "Source", "Audit / Inspection", "Priority", "Recommendation",
        "Management Response", "Responsible Officer", "Original Target Date",
        "Revised Target Date", "Status", "RAG", "Update (Dec 24)"]
ws.append(COLS)
hdr = ws.max_row
for c in ws[hdr]:
    c.font = Font(bold=True)
    c.fill = FILL["head"]
    c.alignment = Alignment(wrap_text=True)

frows: dict[str, list[str]] = {}
fdone: dict[str, list[bool]] = {}
for key, r, j, n in ROWS:
    status, rag, done = S(r["state"])
    src = r["src"]
    if src == "HMICFRS" and rng.random() < 0.12:
        src = "HMICFRS "        # trailing space, as typed
    prio = r["prio"] if r["prio"] else ("" if rng.random() < 0.6 else "N/A")
    if key in items:
        mresp = rng.choice(["Accepted", "Accepted", "", "Accepted - see force action plan"])
    elif r["state"] == "X":
        mresp = "Not agreed - risk accepted"
    else:
        mresp = rng.choice(["Agreed", "Agreed", "Agreed - management action as recommended",
                            "Partially agreed"])
    resp = r["resp"] or rng.choice(OFFICERS)
    o, rev = dates_for(r["state"], raised_for(key, r))
    if r["upd"]:
        upd = r["upd"]
    elif done:
        upd = rng.choice(DONE_UPD if key in items or key.startswith("H") else IA_DONE_UPD)
    else:
        upd = rng.choice(OPEN_UPD)
    if upd and rng.random() < 0.5:
        upd = rng.choice(["Nov 24: ", "02/12/2024 - ", "Dec 24 - "]) + upd
    ws.append([ref_for(key, r, j, n), src, r["audit"], prio, r["text"], mresp, resp, o, rev,
               status, rag, upd])
    rr = ws.max_row
    for col in (8, 9):
        ws.cell(row=rr, column=col).number_format = "dd/mm/yyyy"
    if rag:
        ws.cell(row=rr, column=11).fill = FILL[rag]
    for c in ws[rr]:
        c.alignment = Alignment(wrap_text=True, vertical="top")
    frows.setdefault(key, []).append(f"{ws.title}!{rr}")
    fdone.setdefault(key, []).append(done)

ws.append([])
ws.append(["Recommendations marked Completed are removed from the report after they have been "
           "reported to the Panel as complete."])
for col, w in zip("ABCDEFGHIJKL", [16, 15, 42, 9, 80, 26, 26, 13, 13, 13, 9, 55]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = ws.cell(row=hdr + 1, column=1)
wb.save(OUT / "tracker.xlsx")

# ---- truth ----
truth = []
for key, it in sorted(items.items(), key=lambda kv: int(hrow[kv[0]].split("!")[1])):
    plan = PLAN[key]
    cat = plan["cat"]
    if cat == "missing_from_force":
        assert key not in frows
        truth.append((hrow[key], "", cat, plan["why"]))
        continue
    done = all(fdone[key])
    hopen = HM[key] in "ab"
    derived = ("closeable_submit" if hopen and done else "closeable_local" if not hopen and
               not done else "in_sync")
    if cat != "conflict":
        assert derived == cat, (key, derived, cat)
    for fr in frows[key]:
        truth.append((hrow[key], fr, cat, plan["why"]))
for key in ORDER:
    if key in NOL:
        for fr in frows[key]:
            truth.append(("", fr, "not_on_hmicfrs_list", NOL[key]["why"]))
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
print("items", len(items), "force rows", len(ROWS), "truth", len(truth))
print(Counter(t[2] for t in truth))
print("header row", hdr, "first data row", hdr + 1)
