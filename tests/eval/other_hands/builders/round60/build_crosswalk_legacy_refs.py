"""Build the case `crosswalk_legacy_refs`.

HMICFRS side: a monitoring-portal export made after HMICFRS moved from its old recommendation
register (plain integer ids) to the portal (new references "MP-0nnnn"). Every item has a new
reference; items carried over from the old register keep their old register number in a second
column ("Legacy ref"). The force's tracker (started in 2015) has ONE reference column that holds
the old number on older rows, the new reference on rows added since, both on a few rows, and
nothing on some.

Run:  /work/main/.venv/bin/python build_crosswalk_legacy_refs.py
Texts: the project's public-text lists, reconcile/casegen/texts (OGL material).
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
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent
from reconcile.casegen import texts as T  # noqa: E402

SEED = 60_2024_1014
rng = random.Random(SEED)
CASE = HERE / "crosswalk_legacy_refs"
FORCE, AREA, NEIGH = "Cheshire Constabulary", "Cheshire", "Merseyside Police"

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"
FTYPE = {REC: "Rec", AFI: "AFI", COC: "CoC", NAT: "National rec"}

# ---------------------------------------------------------------- reports
# key -> (portal title, publication date, tracker name, tracker "Published" text, legacy id base)
R = {
    "sas15": (T.NATIONAL["sas15"][0], dt.date(2015, 3, 24), "Stop & search powers 2", "Mar 2015", None),
    "core": (T.NATIONAL["core"][0], dt.date(2014, 9, 4), "Core business", "Sep 2014", 1900),
    "everyone": (T.NATIONAL["everyone"][0], dt.date(2014, 3, 27), "Everyone's Business (DA) 2014", "Mar 2014", 1500),
    "integrity": (T.NATIONAL["integrity"][0], dt.date(2015, 1, 30), "Integrity matters", "Jan 2015", 2500),
    "picture": (T.NATIONAL["picture"][0], dt.date(2015, 7, 1), "Building the Picture 2015", "Jul 2015", 4300),
    "firearms": (T.NATIONAL["firearms"][0], dt.date(2015, 9, 15), "Firearms licensing 2015", "Sep 2015", 5100),
    "stolen": (T.NATIONAL["stolen"][0], dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017", "Oct 2017", 7600),
    "efc17": (T.NATIONAL["efc17"][0], dt.date(2017, 11, 9), "PEEL Efficiency 17 (all forces)", "Nov 2017", 7800),
    "leg17": (T.NATIONAL["leg17"][0], dt.date(2017, 12, 12), "PEEL Legit 17 S&S", "Dec 2017", 8500),
    "powers": (T.NATIONAL["powers"][0], dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)", "Feb 2021", 11800),
    "eff17": ("PEEL: Police effectiveness 2017", dt.date(2018, 3, 22), "PEEL Effectiveness 2017", "Mar 2018", 8700),
    "efy17": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9), "PEEL Efficiency 2017", "Nov 2017", 7900),
    "lgy17": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), "PEEL Legitimacy 2017", "Dec 2017", 8550),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 14), "NCPI 2018", "Jun 2018", 9000),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 5), "CDI 2019", "Sep 2019", 9700),
    "cus20": ("Report on an unannounced inspection visit to police custody suites 2020", dt.date(2020, 8, 11),
              "Custody inspection 2020", "Aug 2020", 10900),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 5, 19),
               "PEEL 2021/22", "May 2022", 12400),
    "cus22": ("Report on an unannounced inspection visit to police custody suites 2022", dt.date(2022, 8, 23),
              "Custody 2022", "Aug 2022", 12700),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25", dt.date(2024, 5, 10),
               "PEEL 2023/25", "May 2024", None),   # published after the migration: no legacy ids
}
REPORT_ORDER = ["everyone", "core", "integrity", "sas15", "picture", "firearms", "stolen", "efc17",
                "efy17", "leg17", "lgy17", "eff17", "ncpi18", "cdi19", "cus20", "powers", "peel21",
                "cus22", "peel23"]

N = {k: v[2] for k, v in T.NATIONAL.items()}  # national items: list of (type, text)
B = T.BODIES


def body(i: int) -> str:
    return B[i].replace("{area}", AREA).replace("{neighbour}", NEIGH)


def topic(i: int, t: str) -> str:
    return T.TOPIC_BODIES[i].replace("{t}", t)


def find_body(prefix: str) -> str:
    hits = [b for b in B if b.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0].replace("{area}", AREA).replace("{neighbour}", NEIGH)


HM_OPEN = ["Open - being progressed", "Open - awaiting review", "Open - being progressed"]
HM_CLOSED = {"complete": "Closed - complete", "superseded": "Closed - superseded",
             "nfa": "Closed - no further action required"}

# ---------------------------------------------------------------- items
# Each item: key, report, type, text, hm ('open' or a HM_CLOSED key), force rows, conflict reason.
# Force row spec: dict(ref=..., text=..., rag=..., type=optional, report=optional, published=optional)
# ref modes: 'old', 'new', 'both', 'none', or a literal string / int.
ITEMS: list[dict] = []


def item(key, report, typ, text, hm, rows, conflict=None, **kw):
    ITEMS.append(dict(key=key, report=report, type=typ, text=text, hm=hm, rows=rows,
                      conflict=conflict, **kw))


def row(ref, text, rag, **kw):
    return dict(ref=ref, text=text, rag=rag, **kw)


V = "verbatim"      # force text = HMICFRS text
S = "stemless"      # force text = HMICFRS text, stem dropped / abbreviated

# --- national reports (carried over from the old register)
item("everyone", "everyone", NAT, T.EVERYONE_PLAN, "complete",
     [row("none", "By Sept 2014, every police force in England & Wales should establish and publish an "
          "action plan that specifies in detail what steps it will take to improve its approach to DA. "
          "Plan to be developed in consultation with PCCs, DA support organisations and victims' "
          "representatives; after consideration of all recs in the report; with reference to DHRs and "
          "IPCC findings; drawing on CPS scrutiny panels and MARAC self-assessments.", "AMBER",
          progress="DA action plan refreshed annually - 2024 refresh with DA Strategic Board.")])
item("core1", "core", NAT, N["core"][0][1], "superseded",
     [row("old", V, "GREEN")])
item("core2", "core", NAT, N["core"][1][1], "open_review",
     [row("old", V, "GREEN", closure="14/03/2019",
          progress="Completed. Evidence submitted to HMICFRS for closure.")])
item("integrity", "integrity", NAT, N["integrity"][0][1], "complete", [row("old", V, "Complete")])
# sas15: legacy id deliberately equal to the NUMBER of another item's new reference (see below)
item("sas15", "sas15", NAT, N["sas15"][0][1], "open",
     [row("old", V, "GREEN", progress="Stop and search scrutiny panel in place since 2016; BWV "
          "footage reviewed at each panel. Evidence pack with chief officer lead.")])
item("picture", "picture", NAT, N["picture"][0][1], "complete",
     [row("old", S, "AMBER", progress="Information Management Board to take audit results quarterly.")])
# firearms 1: the old register held it as TWO records; the portal merged them into one item
fa1 = N["firearms"][0][1]
item("fa1", "firearms", NAT, fa1, "open",
     [row("legacyA", "Within 3 months, all CCs should assess how well the governance of firearms "
          "licensing in his or her force meets the standards set out in APP.", "GREEN",
          closure="11/01/2016"),
      row("legacyB", "Where governance standards are not being complied with, put in place immediately "
          "the correct arrangements and procedures in order to meet the standards in full.", "GREEN",
          closure="11/01/2016")],
     legacy_pair=True)
item("fa2", "firearms", NAT, N["firearms"][1][1], "complete", [row("both", V, "GREEN")])
item("fa3", "firearms", NAT, N["firearms"][2][1], "superseded",
     [row("old", V, "AMBER", progress="Supt Firearms Licensing reviewing total expired records monthly.")])
item("fa4", "firearms", NAT, N["firearms"][3][1], "open", [row("none", S, "AMBER")])
item("fa5", "firearms", NAT, N["firearms"][4][1], "open", [])          # missing from force
# Stolen freedom
sf = N["stolen"]
sf1_force = re.sub(r"\n• forces develop effective partnership arrangements[^\n]*\n", "\n", sf[0][1])
assert sf1_force != sf[0][1]
item("sf1", "stolen", NAT, sf[0][1], "open", [row("old", sf1_force, "AMBER")],
     conflict="missing bullet: the force's text omits the third bullet (partnership arrangements)")
item("sf2", "stolen", NAT, sf[1][1], "open",
     [row("new", "Within 12 months, forces should have in place active ISAs with other agencies to "
          "facilitate speedy exchange of intelligence and in order to safeguard victims better and to "
          "identify suspects as early as possible", "AMBER")],
     conflict="timescale: HMICFRS 'Within six months', force 'Within 12 months'")
item("sf3", "stolen", NAT, sf[2][1], "complete", [row("old", V, "GREEN")])
item("sf4", "stolen", NAT, sf[3][1], "open", [row("both", S, "GREEN", closure="02/07/2024")])
item("sf5", "stolen", NAT, sf[4][1], "open", [row("none", S, "AMBER")])
item("sf6", "stolen", NAT, sf[5][1], "complete", [row("old", S, "AMBER")])
item("sf7", "stolen", NAT, sf[6][1], "open", [row("new", S, "AMBER")])   # gets MP-03127 (collision)
item("efc17", "efc17", NAT, N["efc17"][0][1], "nfa",
     [row("old", "By Sept 2018, CCs should produce an ambitious plan to improve digitally-enabled "
          "services within their force.", "GREEN", progress="Digital Policing Strategy 2019-22 approved.")])
lg = N["leg17"]
item("lg1", "leg17", COC, lg[0][1], "open", [row("old", V, "AMBER")])
item("lg2", "leg17", NAT, lg[1][1], "open", [row("old", S, "GREEN", closure="30/09/2024")])
item("lg3", "leg17", NAT, lg[2][1], "open", [row("none", V, "GREEN")])
item("lg4", "leg17", NAT, lg[3][1], "complete", [row("both", V, "GREEN")])
item("lg5", "leg17", NAT, lg[4][1], "superseded", [row("old", S, "AMBER")])
pw = N["powers"]
item("pw1", "powers", NAT, pw[0][1], "open", [row("new", S, "AMBER")])
item("pw2", "powers", NAT, pw[1][1], "open", [row("old", S, "GREEN", closure="19/08/2024")])
bwv = T.BWV_2021.split("\n")
item("pw3", "powers", NAT, T.BWV_2021, "open",
     [row("split1", "By Sept 2021 - ensure officers record on BWV (when available) the entirety of all "
          "S&S encounters, including traffic stops and use of force incidents.", "AMBER"),
      row("split2", bwv[1], "AMBER"),
      row("split3", bwv[2], "AMBER")])
item("pw4", "powers", NAT, pw[3][1], "nfa",
     [row("old", V, "GREEN", progress="Not the force's responsibility to deliver; dependent upon "
          "another organisation (Home Office / NPCC).")])
item("pw5", "powers", NAT, pw[4][1], "complete", [row("new", S, "GREEN")])

# --- force-level reports
F = "The force should {b}."
item("e1", "eff17", REC, f"Within six months the force should {find_body('improve its ability to retrieve')}.",
     "open", [row("old", V, "AMBER")])
item("e2", "eff17", AFI, F.format(b=find_body("ensure regular and active supervision")), "complete",
     [row("old", V, "GREEN")])
item("e3", "eff17", AFI, F.format(b=find_body("improve its understanding of suspects")), "open",
     [row("both", V, "AMBER", type="Rec")], conflict="type: HMICFRS area for improvement, force 'Rec'")
item("e4", "eff17", AFI, F.format(b=topic(12, "domestic abuse")), "superseded", [row("old", S, "AMBER")])
item("e5", "eff17", AFI, F.format(b=find_body("provide call-handlers")), "open", [row("none", V, "GREEN")])
item("y1", "efy17", AFI, F.format(b=find_body("undertake further work")), "complete", [row("old", S, "GREEN")])
item("y2", "efy17", AFI, F.format(b=find_body("develop a future workforce plan")), "open",
     [row("old", V, "AMBER", report="PEEL Efficiency 2016", published="Nov 2016")],
     conflict="report/date: force files it under PEEL Efficiency 2016 (Nov 2016); HMICFRS: PEEL: Police "
              "efficiency 2017, 9 Nov 2017")
item("y3", "efy17", AFI, F.format(b=find_body("develop its understanding of the links")), "open",
     [row("old", V, "AMBER")])
item("g1", "lgy17", AFI, F.format(b=find_body("satisfy itself that it has processes")), "open",
     [row("both", S, "GREEN", closure="05/06/2024")])
item("g2", "lgy17", AFI, F.format(b=find_body("ensure all staff have received")), "open",
     [row("old", S, "AMBER")])
item("g3", "lgy17", COC, T.CAUSES[4].replace("{force}", FORCE), "complete", [row("old", V, "GREEN")])
miss = find_body("review its approach to reports of missing children")
item("n1", "ncpi18", REC, f"Within six months the force should {miss}.", "open", [row("old", V, "AMBER")])
item("n2", "ncpi18", COC, T.CAUSES[1], "open", [row("old", V, "AMBER")])
item("n3", "ncpi18", AFI, F.format(b=topic(2, "child sexual exploitation")), "complete",
     [row("wrongboth", V, "GREEN")],
     conflict="reference: force quotes the right legacy id but the new reference of the NCPI cause of "
              "concern (row above); text and legacy id agree with this item")
cdi_bullets = [b.strip() for b in T.CDI_VICTIMS_BODY.split("\n")[1:]]
item("c1", "cdi19", REC, f"HMICFRS recommends that the force should immediately:{T.CDI_VICTIMS_BODY}; and",
     "open", [row(f"bullet{i}", b.lstrip("• ").rstrip(";").replace("; and", "").rstrip("."), "GREEN",
                  closure="21/05/2024") for i, b in enumerate(cdi_bullets)])
item("c2", "cdi19", REC, f"Within three months, the force should {find_body('improve its use of its crime-recording')}.",
     "complete", [row("new", V, "AMBER", progress="HMICFRS portal shows this as closed (Mar 2024) - FLL to "
                                                  "confirm before we close.")])
item("c3", "cdi19", AFI, F.format(b=topic(5, "stalking and harassment")), "open", [row("none", V, "AMBER")])
item("u1", "cus20", REC, "The force should, " + find_body("in conjunction with children") + ".", "open",
     [row("new", S, "GREEN", closure="12/09/2024")])
item("u2", "cus20", AFI, F.format(b=topic(10, "people with mental ill health")), "complete",
     [row("old", V, "AMBER")])
item("u3", "cus20", AFI, F.format(b=topic(4, "vulnerable adults")), "open", [])    # missing
item("p1", "peel21", AFI, F.format(b=find_body("make sure there are appropriate strategic")), "open",
     [row("old", V, "AMBER")])
item("p2", "peel21", AFI, F.format(b=find_body("make sure the corporate risk register")), "complete",
     [row("new", V, "GREEN")])
item("p3", "peel21", AFI, F.format(b=find_body("make sure all processes in place")), "open",
     [row("none", V, "GREEN", closure="30/08/2024")])
item("p4", "peel21", AFI, F.format(b=find_body("make sure it has access to accurate data")), "complete",
     [row("both", V, "AMBER")])
item("p5", "peel21", AFI, F.format(b=find_body("put plans in place to monitor")), "open", [row("old", S, "AMBER")])
item("p6", "peel21", AFI, F.format(b=find_body("make sure it provides a confidential way")), "open",
     [row("new", V, "RED", progress="Little work yet undertaken in this area. Unlikely to reach deadlines.")])
item("k1", "cus22", AFI, F.format(b=topic(11, "people with mental ill health")), "open", [row("new", V, "AMBER")])
item("k2", "cus22", AFI, F.format(b=topic(4, "people with mental ill health")), "complete", [row("old", V, "GREEN")])
item("k3", "cus22", AFI, F.format(b=find_body("take steps to ensure that there is effective supervision")), "open", [])   # missing
# PEEL 2023/25: published after the migration, new references only
item("q1", "peel23", COC, T.CAUSES[2], "open", [row("new", V, "AMBER")])
item("q2", "peel23", REC, f"Within six months, the force should {find_body('improve the supervision of investigations')}.",
     "open", [row("new_nohyphen", V, "AMBER")])
item("q3", "peel23", AFI, F.format(b=topic(6, "county lines drug dealing")), "open",
     [row("AFI 3", V, "AMBER")])
item("q4", "peel23", AFI, F.format(b=find_body("develop a clear prevention strategy")), "open",
     [row("new_lower", V, "GREEN", closure="01/10/2024")])
item("q5", "peel23", AFI, F.format(b=find_body("review how it gathers and uses equality")), "open", [])
item("q6", "peel23", AFI, F.format(b=find_body("make sure it provides accessible information")), "open", [])
item("q7", "peel23", REC, f"Within three months, the force should {find_body('ensure that it has sufficient resources')}.",
     "open", [row("new_nozero", V, "AMBER")])
item("q8", "peel23", AFI, F.format(b=topic(9, "serious and organised crime")), "superseded",
     [row("none", V, "AMBER")])

# ---------------------------------------------------------------- references
by_report = {k: [it for it in ITEMS if it["report"] == k] for k in REPORT_ORDER}
# export order: report order, item order inside
export = [it for k in REPORT_ORDER for it in by_report[k]]
n = 3101
for it in export:
    if it["report"] == "peel23":
        continue
    it["new"] = f"MP-{n:05d}"
    n += rng.choice([1, 1, 2, 3])
n = 4208
for it in by_report["peel23"]:
    it["new"] = f"MP-{n:05d}"
    n += 1
used_new = {int(it["new"][3:]) for it in ITEMS}
for k in REPORT_ORDER:
    base = R[k][4]
    if base is None:
        continue
    x = base + rng.randint(0, 40)
    for it in by_report[k]:
        while x in used_new:
            x += 1
        it["legacy"] = x
        x += rng.choice([1, 1, 1, 2])
        if it.get("legacy_pair"):
            it["legacy2"] = x
            x += 1
# the deliberate collision: sas15's legacy id is the number of Stolen Freedom item 7's new reference
sf7 = next(it for it in ITEMS if it["key"] == "sf7")
sas15 = next(it for it in ITEMS if it["key"] == "sas15")
sas15["legacy"] = int(sf7["new"][3:])
legacy_all = {it.get("legacy") for it in ITEMS} | {it.get("legacy2") for it in ITEMS}
legacy_all.discard(None)
assert len([it for it in ITEMS if "legacy" in it]) + 1 == len(legacy_all)
# no accidental collisions other than the deliberate one
assert legacy_all & used_new == {sas15["legacy"]}, legacy_all & used_new

for it in ITEMS:
    it.setdefault("legacy", None)


# ---------------------------------------------------------------- force texts
def stemless(text: str) -> str:
    t = re.sub(r"^(HMICFRS recommends that |HMIC recommends that )", "", text)
    for pat, rep in T.ABBREVIATIONS[:-1]:     # not the '&' rule
        t = re.sub(pat, rep, t, flags=re.I)
    t = t.replace("\n", " ").replace("  ", " ")
    return t[:1].upper() + t[1:]


def force_text(it, spec):
    if spec["text"] == V:
        return it["text"]
    if spec["text"] == S:
        return stemless(it["text"])
    return spec["text"]


def force_ref(it, mode):
    old, new = it.get("legacy"), it["new"]
    if mode == "old":
        return old
    if mode == "new":
        return new
    if mode == "both":
        return rng.choice([f"{old} / {new}", f"{new} (was {old})", f"{old} (now {new})"])
    if mode == "none":
        return None
    if mode == "legacyA":
        return it["legacy"]
    if mode == "legacyB":
        return it["legacy2"]
    if mode.startswith("split"):
        return {"split1": old, "split2": f"{old}", "split3": f"{old} / {new}"}[mode]
    if mode.startswith("bullet"):
        return f"{old} ({['i', 'ii', 'iii', 'iv', 'v'][int(mode[6:])]})"
    if mode == "wrongboth":
        n2 = next(x for x in ITEMS if x["key"] == "n2")
        return f"{old} / {n2['new']}"
    if mode == "new_nohyphen":
        return new.replace("-", "")
    if mode == "new_lower":
        return new.lower()
    if mode == "new_nozero":
        return "MP-" + str(int(new[3:]))
    return mode   # literal


# ---------------------------------------------------------------- not on the HMICFRS list
sas13 = N["sas13"][2][1]
aust = N["austerity"][0][1]
EXTRA = [  # (after item key, report, published, ref, type, text, rag, progress, why)
    ("sas15", "Stop & Search powers (HMIC 2013)", "Jul 2013", 2088, "National rec", sas13, "GREEN",
     "Scrutiny panel ToR published on force website.",
     "HMIC 2013 stop and search rec (old register 2088) - not carried over to the portal; near-twin "
     "wording of the 2015 item, which is on the list under legacy 3127 -> not on list"),
    ("core2", "Policing in Austerity 2014", "Jul 2014", 1987, "National rec", aust, "AMBER",
     "Addressed holistically as part of the force change programme.",
     "Policing in austerity 2014 (old register 1987): no item on the portal list with this legacy id, "
     "no such report on the list -> not on list"),
    ("lg5", "Force actions", None, None, "Local action",
     "Force action - " + T.LOCAL_ACTIONS[1].replace("{t}", "stop and search"), "AMBER",
     "Training package drafted with L&D; roll-out Q3.", "force's own action, no HMICFRS reference"),
    ("g3", "Force actions", None, "LA-04", "Local action",
     "JAC action: " + T.LOCAL_ACTIONS[8].replace("{t}", "vetting").replace("2023/24", "2024/25"), "GREEN",
     "Internal audit reported reasonable assurance, Jun 2024.",
     "JAC/internal-audit action with the force's own local code LA-04 -> not on list"),
    ("c3", "Force actions", None, None, "Local action",
     "Local action: " + T.LOCAL_ACTIONS[6].replace("{t}", "stalking and harassment"), "GREEN",
     "Measures added from the April pack.", "force's own action; resembles the CDI stalking AFI but is "
                                            "not it (that AFI has its own row) -> not on list"),
    ("q8", "Force actions", None, None, "Local action",
     "Force action - " + T.LOCAL_ACTIONS[3].replace("{t}", "county lines drug dealing"), "AMBER",
     "Analyst allocated; due Dec 2024.", "force's own action after PEEL 2023/25 -> not on list"),
]

# ---------------------------------------------------------------- write HMICFRS export
CASE.mkdir(exist_ok=True)
HDR_FILL = PatternFill("solid", fgColor="1F4E78")
wb = Workbook()
ws = wb.active
ws.title = "Recommendations"
ws["A1"] = f"HMICFRS Monitoring Portal - Recommendations and areas for improvement: {FORCE}"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Exported 14/10/2024 09:12 | Filter: Force = Cheshire Constabulary; Status = All"
hdr = ["Reference", "Legacy ref", "Force", "Report", "Publication date", "Type",
       "Recommendation / area for improvement text", "Status", "Status date"]
ws.append([])
ws.append(hdr)
for c in ws[4]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = HDR_FILL
r = 5
for it in export:
    rep = R[it["report"]]
    if it["hm"] == "open":
        st = HM_OPEN[0]
    elif it["hm"] == "open_review":
        st = HM_OPEN[1]
    else:
        st = HM_CLOSED[it["hm"]]
    it["hm_state"] = "open" if st.startswith("Open") else "closed"
    leg = it["legacy"]
    if it.get("legacy2"):
        leg = f"{it['legacy']}; {it['legacy2']}"
    elif leg is not None and rng.random() < 0.25:
        leg = str(leg)                       # some legacy ids came across as text
    sdate = rep[1] + dt.timedelta(days=rng.randint(40, 400)) if it["hm_state"] == "open" else \
        dt.date(2024, rng.randint(1, 9), rng.randint(1, 28))
    if it["hm_state"] == "closed" and sdate < rep[1] + dt.timedelta(days=60):
        sdate = rep[1] + dt.timedelta(days=rng.randint(60, 150))
    if it["hm_state"] == "open":
        sdate = max(sdate, dt.date(2022, 10, 3))   # the migration date
        if sdate > dt.date(2024, 10, 11):
            sdate = dt.date(2024, rng.randint(6, 9), rng.randint(1, 28))
    ws.append([it["new"], leg, FORCE, rep[0], rep[1], it["type"], it["text"], st, sdate])
    ws.cell(r, 5).number_format = "dd/mm/yyyy"
    ws.cell(r, 9).number_format = "dd/mm/yyyy"
    ws.cell(r, 7).alignment = Alignment(wrap_text=True, vertical="top")
    it["hm_row"] = f"Recommendations!{r}"
    r += 1
ws.append([])
ws.append(["Legacy ref: the item's number on the HMICFRS recommendation register before migration to the "
           "monitoring portal (3 October 2022). Items published after migration have no legacy ref. "
           "Where two legacy records were merged on migration both numbers are shown."])
for col, w in zip("ABCDEFGHI", [11, 12, 22, 48, 14, 22, 90, 30, 12]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A5"
ws.auto_filter.ref = f"A4:I{r - 1}"
HM_FILE = CASE / "hmicfrs.xlsx"
wb.save(HM_FILE)

# ---------------------------------------------------------------- write tracker
LEADS = [x for x in T.LEADS if x]
DONE_PROGRESS = ["Completed. Evidence submitted to HMICFRS for closure.",
                 "Implemented - evidence pack held by OL team.", "Pending sign off by the chief officer lead.",
                 "Already complete / believed to be complete within short time scale (and within deadline)."]
OPEN_PROGRESS = ["Work undertaken in area but still requires development to complete.",
                 "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
                 "A Task & Finish group has been set up and a full implementation/project plan, policy "
                 "rewrite and communications plan is now completed.", "Awaiting allocation.", None]
wb2 = Workbook()
ws2 = wb2.active
ws2.title = "Tracker"
ws2["A1"] = "Cheshire Constabulary - HMIC / HMICFRS Recommendations & AFIs Tracker"
ws2["A1"].font = Font(bold=True, size=13)
ws2["A2"] = "Strategic Planning & Organisational Learning. Tracker started 2015; last updated 07/10/2024."
ws2["A3"] = ("RAG: GREEN = implemented (submitted / ready for closure); AMBER = in progress; "
             "RED = beyond deadline or off track. Ref = HMIC register no. (old) or portal ref (MP-) for "
             "items since Oct 2022.")
hdr2 = ["No.", "Report", "Published", "HMIC Ref", "Type", "Recommendation / AFI", "Lead", "RAG",
        "Progress update", "Date submitted for closure"]
ws2.append([])
ws2.append(hdr2)
for c in ws2[5]:
    c.font = Font(bold=True)
    c.fill = PatternFill("solid", fgColor="D9D9D9")
RAGFILL = {"GREEN": "C6EFCE", "AMBER": "FFEB9C", "RED": "FFC7CE", "Complete": "C6EFCE"}
truth = []
FDONE = {"GREEN", "Complete"}
fr = 6
no = 1


def put(vals, rag):
    global fr, no
    ws2.append([no] + vals)
    ws2.cell(fr, 6).alignment = Alignment(wrap_text=True, vertical="top")
    ws2.cell(fr, 8).fill = PatternFill("solid", fgColor=RAGFILL[rag])
    rid = f"Tracker!{fr}"
    fr += 1
    no += 1
    return rid


tracker_order = []
for k in REPORT_ORDER:
    for it in by_report[k]:
        tracker_order.append(("item", it))
        for e in EXTRA:
            if e[0] == it["key"]:
                tracker_order.append(("extra", e))

for kind, obj in tracker_order:
    if kind == "extra":
        _, rep, pub, ref, typ, text, rag, prog, why = obj
        rid = put([rep, pub, ref, typ, text, rng.choice(LEADS), rag, prog, None], rag)
        truth.append(("", rid, "not_on_hmicfrs_list", why))
        continue
    it = obj
    rep = R[it["report"]]
    for spec in it["rows"]:
        rag = spec["rag"]
        prog = spec.get("progress") or rng.choice(DONE_PROGRESS if rag in FDONE else OPEN_PROGRESS)
        ref = force_ref(it, spec["ref"])
        rid = put([spec.get("report", rep[2]), spec.get("published", rep[3]), ref,
                   spec.get("type", FTYPE[it["type"]]), force_text(it, spec), rng.choice(LEADS), rag,
                   prog, spec.get("closure")], rag)
        fdone = rag in FDONE
        if it["conflict"]:
            cat, why = "conflict", it["conflict"]
        elif it["hm_state"] == "open" and fdone:
            cat, why = "closeable_submit", "HMICFRS open, force " + rag
        elif it["hm_state"] == "closed" and not fdone:
            cat, why = "closeable_local", "HMICFRS closed, force " + rag
        else:
            cat, why = "in_sync", f"HMICFRS {it['hm_state']}, force {rag}"
        how = {"old": f"legacy ref {it['legacy']}", "new": f"new ref {it['new']}",
               "both": "both refs agree", "none": "no ref; report + text"}.get(spec["ref"])
        if how is None:
            m = spec["ref"]
            how = {"legacyA": "first of two merged legacy ids", "legacyB": "second of two merged legacy ids",
                   "wrongboth": "legacy ref + text (quoted new ref is another item's)",
                   "new_nohyphen": "new ref typed without hyphen", "new_lower": "new ref in lower case",
                   "new_nozero": "new ref typed without leading zero",
                   "AFI 3": "'AFI 3' is the report's own numbering, not a ref; report + text"}.get(m)
            if m.startswith("split"):
                how = "split of the BWV recommendation (one row per paragraph), legacy ref"
            if m.startswith("bullet"):
                how = "split: one row per bullet, legacy ref with bullet suffix"
        if it["key"] == "sas15":
            how = f"bare {it['legacy']} = legacy ref of this item (NOT {sf7['new']}, a Stolen Freedom item)"
        truth.append((it["hm_row"], rid, cat, f"{how}; {why}"))

for it in export:
    if not it["rows"]:
        truth.append((it["hm_row"], "", "missing_from_force", "no tracker row by ref or text"))

for col, w in zip("ABCDEFGHIJ", [6, 30, 11, 20, 12, 90, 26, 9, 50, 14]):
    ws2.column_dimensions[col].width = w
ws2.freeze_panes = "A6"
FORCE_FILE = CASE / "tracker.xlsx"
wb2.save(FORCE_FILE)


# make the xlsx files byte-reproducible: fixed timestamps in zip entries and docProps
def normalise_xlsx(path: Path):
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                              rb"<dcterms:\1\2>2024-10-14T09:12:00Z<", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 10, 14, 9, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)
    src.close()
    path.write_bytes(buf.getvalue())


normalise_xlsx(HM_FILE)
normalise_xlsx(FORCE_FILE)


def sort_key(t):
    a = int(t[0].split("!")[1]) if t[0] else 10_000
    b = int(t[1].split("!")[1]) if t[1] else 0
    return (a, b)


truth.sort(key=sort_key)
with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

from collections import Counter  # noqa: E402
print(len(export), "HMICFRS items;", fr - 6, "tracker item rows;", len(truth), "truth lines")
print(Counter(t[2] for t in truth))
