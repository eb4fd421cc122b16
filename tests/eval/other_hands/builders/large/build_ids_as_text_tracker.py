"""Build the `ids_as_text_tracker` case: a force tracker copied from inquirytracker.uk pages
(IDs T1, T10, T11 … sorted as text; # | Recommendation | Directed at | Status), against a
register export in CSV (UTF-8 with BOM). Run: /work/main/.venv/bin/python build_ids_as_text_tracker.py"""
from __future__ import annotations

import csv
import datetime as dt
import os
import random
import re
from collections import Counter, defaultdict

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from rapidfuzz import fuzz

from common import body_by, cap, drop_stem, load_real, load_texts, straighten, truncate, write_truth

SEED = 20241206
rng = random.Random(SEED)
T = load_texts()
REAL = load_real()
RT = {i: r["text"] for i, r in enumerate(REAL)}
OUT = "/tmp/indep/large/ids_as_text_tracker"
os.makedirs(OUT, exist_ok=True)

FORCE = "West Mercia Police"
AREA = "West Mercia"
NEIGH = "Warwickshire Police"
AS_AT = dt.date(2025, 1, 14)
BODIES = [b.replace("{area}", AREA).replace("{neighbour}", NEIGH) for b in T["BODIES"]]
TB = T["TOPIC_BODIES"]
TOPICS = [t for t in T["TOPICS"] if t not in (
    "digital forensics", "people with mental ill health", "vulnerable adults", "firearms licensing",
    "counter-corruption", "repeat victims", "registered sex offenders")]
NAT = T["NATIONAL"]


def B(k):
    return body_by(BODIES, k)


def ordinal(d):
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d:%B %Y}"


# ------------------------------------------------------------------ HMICFRS records
# each record: ref, report, date, type, coc, text, clauses (force sub-clause rows) or None,
# directed (inquirytracker "Directed at")
reports = []   # (key, title, date, tracker title, kind)


def rep(key, title, date, ttitle):
    reports.append(dict(key=key, title=title, date=date, ttitle=ttitle, recs=[]))
    return reports[-1]


R = {}
R["everyone"] = rep("everyone", NAT["everyone"][0], dt.date(2014, 3, 27),
                    "Everyone's business: Improving the police response to domestic abuse")
R["core"] = rep("core", NAT["core"][0], dt.date(2014, 9, 4), NAT["core"][0])
R["integrity"] = rep("integrity", NAT["integrity"][0], dt.date(2015, 1, 30), NAT["integrity"][0])
R["sas15"] = rep("sas15", NAT["sas15"][0], dt.date(2015, 3, 24), NAT["sas15"][0])
R["picture"] = rep("picture", NAT["picture"][0], dt.date(2015, 7, 1), NAT["picture"][0])
R["firearms"] = rep("firearms", NAT["firearms"][0], dt.date(2015, 9, 15), NAT["firearms"][0])
R["efc15"] = rep("efc15", "PEEL: Police efficiency 2015", dt.date(2015, 10, 15),
                 "PEEL: Police efficiency 2015 – West Mercia Police")
R["eff16"] = rep("eff16", "PEEL: Police effectiveness 2016", dt.date(2017, 3, 2),
                 "PEEL: Police effectiveness 2016 – West Mercia Police")
R["stolen"] = rep("stolen", NAT["stolen"][0], dt.date(2017, 10, 24), NAT["stolen"][0])
R["efc17"] = rep("efc17", "PEEL: Police efficiency 2017", dt.date(2017, 11, 9),
                 "PEEL: Police efficiency 2017 (national)")
R["leg17"] = rep("leg17", "PEEL: Police legitimacy 2017", dt.date(2017, 12, 12),
                 "PEEL: police legitimacy 2017 – West Mercia Police")
R["cdi18"] = rep("cdi18", "Crime data integrity inspection 2018", dt.date(2018, 6, 21),
                 "Crime Data Integrity inspection 2018 – West Mercia Police")
R["peel1819"] = rep("peel1819", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
                    dt.date(2019, 5, 2), "PEEL 2018-19 CoC Recommendations: West Mercia Police")
R["ncpi19"] = rep("ncpi19", "National child protection inspection 2019", dt.date(2019, 10, 3),
                  "National child protection inspection – West Mercia Police (2019)")
R["powers"] = rep("powers", NAT["powers"][0], dt.date(2021, 2, 26), NAT["powers"][0])
R["peel2122"] = rep("peel2122", "PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
                    dt.date(2022, 4, 7), "PEEL Assessment 2021/22 – West Mercia Police")
R["peel2325"] = rep("peel2325", "PEEL 2023–25: An inspection of West Mercia Police",
                    dt.date(2024, 3, 21), "PEEL Assessment 2023-25 – West Mercia Police")

NATD = {"everyone": "All forces", "core": "Forces", "integrity": "Chief constables",
        "sas15": "Chief constables", "picture": "Chief constables",
        "firearms": "Chief constables", "stolen": "Forces", "powers": "Forces",
        "efc17": "Chief constables"}

recs: list[dict] = []


def add(key, typ, text, coc=None, clauses=None, directed=None, ftext=None):
    r = dict(rkey=key, title=R[key]["title"], date=R[key]["date"], type=typ, text=text,
             coc=coc, clauses=clauses, directed=directed or FORCE, ftext=ftext)
    R[key]["recs"].append(r)
    recs.append(r)
    return r


# national reports, verbatim
add("everyone", "recommendation", T["EVERYONE_PLAN"], directed="All forces",
    ftext=T["EVERYONE_PLAN_RUN_ON"])
for k in ("core", "integrity", "sas15", "picture", "firearms", "stolen"):
    for typ, text in NAT[k][2]:
        cl = None
        if "•" in text:
            parts = [p.strip() for p in text.split("•")]
            cl = [parts[0] + " " + parts[1]] + parts[2:]
        add(k, "recommendation", text, clauses=cl, directed=NATD[k])
add("efc17", "recommendation", NAT["efc17"][2][0][1], directed="Chief constables",
    clauses=[T["DIGITAL"], NAT["efc17"][2][0][1][len(T["DIGITAL"]) + 1:]])
# legitimacy 2017: the national cause of concern sits in the CoC column of the S&S records
leg_coc = NAT["leg17"][2][0][1]
for typ, text in NAT["leg17"][2][1:]:
    cl = None
    if "•" in text:
        parts = [p.strip() for p in text.split("•")]
        cl = [parts[0] + " " + parts[1]] + parts[2:]
    add("leg17", "recommendation", text, coc=leg_coc, clauses=cl, directed="Forces")
# disproportionate use of powers: the Home Office/NPCC item is not on the force's list
for typ, text in NAT["powers"][2]:
    if text.startswith("The Home Office"):
        continue
    cl = [p for p in text.split("\n")] if "\n" in text else None
    add("powers", "recommendation", text, clauses=cl, directed="Forces")

# PEEL 2018/19 (real West Mercia texts): three records, each one recommendation with sub-clauses
COC_ALLIANCE, COC_CAPACITY = RT[7], RT[8]


def clause_body(t):
    b = re.sub(r"^HMIC recommends that (the force should immediately:|within six months the "
               r"force should:)\s*", "", t)
    return re.sub(r";(\s*and)?$|\.$", "", b.strip())


for stem, rows, coc in [
        ("HMIC recommends that the force should immediately:", [4, 3, 5], COC_ALLIANCE),
        ("HMIC recommends that the force should immediately:", [2, 0, 1], COC_ALLIANCE),
        ("HMIC recommends that within six months the force should:", [6, 9, 10], COC_CAPACITY)]:
    bodies = [clause_body(RT[i]) for i in rows]
    text = (stem + "\n(a) " + bodies[0] + ";\n(b) " + bodies[1] + "; and\n(c) " + bodies[2] + ".")
    add("peel1819", "recommendation", text, coc=coc, clauses=[RT[i] for i in rows])

# force-level AFIs and recommendations from the real bodies and PEEL topic asks
GLOBAL = Counter()


def gen(key, n, pool_b, p_topic, topics=TOPICS, typ_p=0.8, stems_rec=None):
    d = R[key]["date"]
    have = {re.sub(r"^.*?should:?\s*(immediately:?\s*)?", "", r["text"].lower())[:60]
            for r in R[key]["recs"]}
    guard = 0
    while len([r for r in R[key]["recs"] if r["directed"] == FORCE]) < n and guard < 3000:
        guard += 1
        if rng.random() < p_topic:
            b = rng.choice(TB).replace("{t}", rng.choice(topics))
        else:
            b = rng.choice(pool_b)
        k = b.lower()[:60]
        if k in have or GLOBAL[b] >= 2:
            continue
        if rng.random() < typ_p:
            typ, text = "area for improvement", f"The force should {b}."
        else:
            hm = "HMIC" if d < dt.date(2017, 7, 1) else "HMICFRS"
            typ = "recommendation"
            text = rng.choice([f"Within six months, the force should {b}.",
                               f"Within three months, the force should {b}.",
                               f"{hm} recommends that within six months the force should: {b}.",
                               f"By {(d.replace(year=d.year + 1)):%B %Y}, the force should {b}."])
            if b.startswith("immediately"):
                text = f"The force should {b}."
        have.add(k)
        GLOBAL[b] += 1
        cl = None
        if "•" in text:
            parts = [p.strip() for p in text.split("•")]
            cl = [parts[0] + " " + parts[1]] + parts[2:]
        add(key, typ, text, clauses=cl)


EFC = [B(k) for k in ["fuller understanding of current demand", "outcomes, outputs and costs",
                      "future workforce plan", "sufficient resources available in the control",
                      "plans to deliver savings", "scope to deliver better", "digitally-enabled",
                      "accurate data and analysis", "support performance management are"]]
EFF = [B(k) for k in ["increasing the use of arrest", "high proportion of victims",
                      "effective supervision of the initial risk", "supervision of investigations, "
                      "so that", "call-handlers with specific", "crime prevention or disruption"]]
LEG = [B(k) for k in ["vetting clearance", "no further action", "confidential way for staff",
                      "support available for those who have raised", "equality and diversity data",
                      "team cultures", "succession plans", "cautions, cannabis warning",
                      "internal monitoring processes on the use of force"]]
# effectiveness 2016: a cause of concern on missing children with its recommendation
add("eff16", "recommendation", RT[26].replace("To address this cause of concern the force",
                                               "To address this cause of concern, the force"),
    coc=T["CAUSES"][1], clauses=None)
gen("efc15", 10, EFC, 0.2)
gen("eff16", 14, EFF, 0.6)
gen("leg17", 6, LEG, 0.0)
add("cdi18", "recommendation", "Within six months the force should " + T["CDI_VICTIMS_BODY"] + ".",
    clauses=None)
gen("cdi18", 8, [B("national crime recording standard"), B("crime-recording and management"),
                 B("scrutinise audits of compliance"), B("cautions, cannabis warning")], 0.5,
    topics=["domestic abuse", "stalking and harassment", "hate crime", "fraud",
            "rape and serious sexual offences", "modern slavery and human trafficking"],
    typ_p=0.4)
gen("peel1819", 16, EFF + EFC + LEG, 0.5)
add("ncpi19", "recommendation",
    "Within six months " + FORCE + " should, " + B("detention of children") + ".", clauses=None)
gen("ncpi19", 12, [B("have in place active information-sharing"), B("approach to vulnerability")],
    0.8, topics=["child sexual exploitation", "missing children", "online child sexual abuse",
                 "sexual offences against children", "county lines drug dealing"], typ_p=0.5)
gen("peel2122", 28, EFF + EFC + LEG, 0.6)
gen("peel2325", 28, EFF + EFC + LEG, 0.6)

# split the bulleted records the force copied one row per bullet
for r in recs:
    if r["clauses"] is None and "•" in r["text"]:
        parts = [p.strip() for p in r["text"].split("•")]
        r["clauses"] = [parts[0] + " " + parts[1]] + parts[2:]
# the Everyone's business plan is one row on inquirytracker (run-on text), not split
R["everyone"]["recs"][0]["clauses"] = None

# refs and statuses
ref = 2300
for rp in sorted(reports, key=lambda x: x["date"]):
    months = (rp["date"].year - 2014) * 12 + rp["date"].month
    ref = max(ref + rng.randint(30, 200), 1000 + months * 160)
    for r in rp["recs"]:
        r["ref"] = ref
        ref += rng.choice([1, 1, 2, 3])
P_CLOSED = lambda d: 0.9 if d.year <= 2016 else 0.75 if d.year <= 2018 else \
    0.55 if d.year <= 2020 else 0.3 if d.year <= 2022 else 0.04
SUPERSEDED = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
              "inspections. Where a cause of concern still exists this will appear in the register "
              "against these subsequent inspections.")
for r in recs:
    closed = rng.random() < P_CLOSED(r["date"])
    r["h_closed"] = closed
    if closed:
        r["status"] = "complete"
        sup = r["rkey"] in ("efc15", "eff16", "leg17", "cdi18") and rng.random() < 0.4
        r["superseded"] = sup
        r["comment"] = SUPERSEDED if sup else rng.choice(
            ["This recommendation is complete",
             "Authorised for closure on the basis of the additional observations offered by "
             "members of the inspection team in recent inspection activity.", ""])
        span = (AS_AT - r["date"]).days
        r["sdate"] = r["date"] + dt.timedelta(days=rng.randint(min(150, span - 20), span - 10))
    else:
        new = (AS_AT - r["date"]).days < 400
        r["status"] = "awaiting-review" if new and rng.random() < .7 else "being-progressed"
        r["superseded"] = False
        r["comment"] = "New recommendation" if new else rng.choice(
            ["The progress of the implementation of this recommendation is currently being "
             "monitored by HMICFRS and this record will, in due course, be updated.", ""])
        r["sdate"] = r["date"] + dt.timedelta(days=rng.randint(5, 60))

# ------------------------------------------------------------------ force plan
for r in recs:
    r["plan"] = "split" if r["clauses"] else "single"
    r["conflict"] = None
cands = [r for r in recs if r["plan"] == "single" and r["rkey"] not in ("everyone",)]
for r in rng.sample(cands, 14):
    r["plan"] = "missing"
for r in recs:
    if r["plan"] == "missing":
        continue
    p = 0.85 if r["h_closed"] else (0.25 if r["date"].year < 2024 else 0.05)
    r["f_done"] = rng.random() < p
    r["f_word"] = ("Superseded" if r.get("superseded") and rng.random() < .6 else "Completed") \
        if r["f_done"] else "In progress"

# conflicts
singles = [r for r in recs if r["plan"] == "single" and r["directed"] == FORCE]
rng.shuffle(singles)
want = Counter({"type": 2, "timescale": 2, "report": 2})
got = Counter()
for r in singles:
    if got["timescale"] < want["timescale"] and re.match(r"Within (six|three) months", r["text"]):
        a = re.match(r"Within (six|three) months", r["text"]).group(0)
        b = "Within twelve months" if "six" in a else "Within six months"
        r["conflict"] = ("timescale", a, b)
        got["timescale"] += 1
    elif got["type"] < want["type"] and r["type"] == "recommendation":
        r["conflict"] = ("type",)
        got["type"] += 1
    elif got["report"] < want["report"] and r["rkey"] in ("peel2122", "peel1819", "efc15"):
        host = {"peel2122": "peel2325", "peel1819": "peel2122", "efc15": "eff16"}[r["rkey"]]
        key = re.sub(r"^.*?should:?\s*", "", r["text"].lower())[:60]
        if any(key in x["text"].lower() for x in R[host]["recs"]):
            continue
        r["conflict"] = ("report", host)
        got["report"] += 1
# a date conflict: the whole one-item block of Integrity matters is headed with the wrong year
R["integrity"]["recs"][0]["conflict"] = ("date",)
R["integrity"]["recs"][0]["plan"] = "single"
if "f_done" not in R["integrity"]["recs"][0]:
    R["integrity"]["recs"][0]["f_done"] = True
    R["integrity"]["recs"][0]["f_word"] = "Completed"
# missing sub-clauses: one PEEL 2018/19 record and the CDI victims record
peel_split = [r for r in R["peel1819"]["recs"] if r["clauses"]][1]
peel_split["conflict"] = ("clause", 2)
cdi_v = R["cdi18"]["recs"][0]
cdi_v["plan"] = "split"
parts = [p.strip() for p in cdi_v["text"].split("•")]
cdi_v["clauses"] = [parts[0] + " " + parts[1]] + parts[2:]
cdi_v["conflict"] = ("clause", 3)
cdi_v.setdefault("f_done", False)
cdi_v.setdefault("f_word", "In progress")
print("conflicts", got)


# ------------------------------------------------------------------ force rows per block
def light(t):
    m = rng.random()
    if m < 0.6:
        return t
    if m < 0.85:
        return re.sub(r"\s*\n\s*", " ", straighten(t))
    if m < 0.95:
        return drop_stem(t, rng)
    return truncate(t, rng, rng.randint(150, 200))


blocks = defaultdict(list)


def coc_cell(coc, text):
    return f"Cause of concern: {coc} Recommendation: {text}"


for r in recs:
    if r["plan"] == "missing":
        continue
    c = r["conflict"]
    host = c[1] if c and c[0] == "report" else r["rkey"]
    if r["plan"] == "split":
        drop = c[1] if c and c[0] == "clause" else None
        n = len(r["clauses"])
        if r["f_done"]:
            pd = [True] * n
        else:
            pd = [rng.random() < .5 for _ in range(n)]
            keep = [i for i in range(n) if i != drop]
            if all(pd[i] for i in keep):
                pd[rng.choice(keep)] = False
        with_coc = r["coc"] and rng.random() < 0.7
        for i, cl in enumerate(r["clauses"]):
            if i == drop:
                continue
            txt = cl
            if r["rkey"] != "peel1819" and i > 0 and rng.random() < .5:
                # the mirror repeats the stem on every sub-clause row
                stem = r["clauses"][0].split(":")[0] + ":"
                txt = stem + " " + cl if ":" in r["clauses"][0] else cl
            txt = re.sub(r"\s*\n\s*", " ", txt)
            if with_coc and (i == 0 or rng.random() < .6):
                txt = coc_cell(r["coc"], txt)
            word = ("Superseded" if r.get("superseded") else "Completed") if pd[i] else \
                "In progress"
            directed = r["directed"]
            if r["rkey"] == "efc17" and i == 1:
                directed = "Home Office; NPCC; APCC"
            blocks[host].append(dict(recs=[r], text=txt, done=pd[i], word=word,
                                     directed=directed, part=i))
        continue
    txt = r["ftext"] or light(r["text"])
    if c and c[0] == "timescale":
        txt = r["text"].replace(c[1], c[2], 1)
    if c and c[0] == "type":
        lab = "Area for improvement: " if r["type"] == "recommendation" else "Recommendation: "
        txt = lab + txt
        r["wrong_type"] = lab.strip(": ")
    if r["coc"] and rng.random() < 0.7:
        txt = coc_cell(r["coc"], txt)
    blocks[host].append(dict(recs=[r], text=txt, done=r["f_done"], word=r["f_word"],
                             directed=r["directed"]))

# rows not on the list: HMIC 2013 stop and search (before the list starts) and the Home
# Office/NPCC item of the 2021 powers report (not the force's)
sas13 = dict(key="sas13", title=NAT["sas13"][0], date=dt.date(2013, 7, 9), ttitle=NAT["sas13"][0],
             recs=[])
reports.insert(0, sas13)
R["sas13"] = sas13
for i, (typ, text) in enumerate(NAT["sas13"][2]):
    blocks["sas13"].append(dict(recs=[], text=text, done=True, word="Completed",
                                directed=["Chief Constables; College of Policing",
                                          "Chief Constables", "Chief Constables"][i],
                                why="HMIC 2013 stop and search report, published before the "
                                    "register export starts; not on the list"))
ho = [t for _, t in NAT["powers"][2] if t.startswith("The Home Office")][0]
blocks["powers"].append(dict(recs=[], text=ho, done=False, word="In progress",
                             directed="Home Office; NPCC",
                             why="Directed at the Home Office and NPCC; not on the force's list"))
blocks["peel2325"].append(dict(recs=[], text="Force action: Task & Finish group to review the "
                               "stalking and harassment policy and report to the Force "
                               "Executive Team", done=False, word="In progress",
                               directed=FORCE, why="The force's own action; not an HMICFRS item"))

# ------------------------------------------------------------------ write the register CSV
hdr = ["Recommendation ID", "Force", "Report", "Date published", "Type", "Cause of concern",
       "Recommendation", "Status", "Status updated", "Comment"]
rows_out = sorted(recs, key=lambda r: r["ref"])
with open(os.path.join(OUT, "hmicfrs.csv"), "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f)
    w.writerow(hdr)
    for i, r in enumerate(rows_out, start=2):
        w.writerow([r["ref"], FORCE, r["title"], ordinal(r["date"]), r["type"], r["coc"] or "",
                    r["text"], r["status"], ordinal(r["sdate"]), r["comment"]])
        r["hrow"] = f"hmicfrs.csv!{i}"

# ------------------------------------------------------------------ write the tracker
wb = Workbook()
ws = wb.active
ws.title = "HMICFRS recs"
ws["A1"] = "West Mercia Police – HMICFRS recommendations (copied from inquirytracker.uk; " \
           "statuses updated by Strategic Planning)"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = f"Last refreshed {AS_AT:%d/%m/%Y}"
r_ = 4
force_rows = []
BLUE = PatternFill("solid", fgColor="DDEBF7")
for rp in sorted(reports, key=lambda x: x["date"]):
    rows = blocks.get(rp["key"], [])
    if not rows:
        continue
    # T-ids in the mirror's order, then sorted as text (T1, T10, T11, T2 …)
    for i, row in enumerate(rows, start=1):
        row["tid"] = f"T{i}"
    rows.sort(key=lambda x: x["tid"])
    n = len(rows)
    ndone = sum(1 for x in rows if x["word"] in ("Completed", "Superseded"))
    pub = rp["date"]
    if rp["key"] == "integrity":
        pub = pub.replace(year=pub.year - 1)
        rp["wrong_pub"] = pub
    ws.cell(row=r_, column=1, value=rp["ttitle"]).font = Font(bold=True, size=12)
    r_ += 1
    ws.cell(row=r_, column=1, value=f"{n} Recommendations")
    ws.cell(row=r_, column=2, value=f"{ndone} Completed")
    r_ += 1
    applic = FORCE if any(x["directed"] == FORCE for x in rows) else "All forces in England and Wales"
    ws.cell(row=r_, column=1, value=f"Published: {pub:%d %B %Y}   Applicable Forces: {applic}")
    r_ += 1
    for j, h in enumerate(["#", "Recommendation", "Directed at", "Status"], 1):
        c = ws.cell(row=r_, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = BLUE
    r_ += 1
    for row in rows:
        for j, v in enumerate([row["tid"], row["text"], row["directed"], row["word"]], 1):
            c = ws.cell(row=r_, column=j, value=v)
            if j == 2:
                c.alignment = Alignment(wrap_text=True, vertical="top")
        row["prov"] = f"HMICFRS recs!{r_}"
        force_rows.append(row)
        r_ += 1
    r_ += 1
ws.column_dimensions["A"].width = 8
ws.column_dimensions["B"].width = 110
ws.column_dimensions["C"].width = 26
ws.column_dimensions["D"].width = 14
wb.save(os.path.join(OUT, "tracker.xlsx"))

# ------------------------------------------------------------------ truth
by_rec = defaultdict(list)
for row in force_rows:
    for r in row["recs"]:
        by_rec[id(r)].append(row)


def base(r, done):
    if r["h_closed"]:
        return "in_sync" if done else "closeable_local"
    return "closeable_submit" if done else "in_sync"


lines = []
for r in rows_out:
    rws = by_rec.get(id(r), [])
    if not rws:
        lines.append((r["hrow"], "", "missing_from_force",
                      f"{r['ref']} ({r['title']}) has no row in the tracker"))
        continue
    c = r["conflict"]
    done = all(x["done"] for x in rws)
    words = "/".join(x["word"] for x in rws)
    if c:
        if c[0] == "clause":
            why = (f"Force tracks the recommendation as {len(rws)} sub-clause rows "
                   f"({', '.join(x['tid'] for x in rws)}) but has no row for clause {c[1] + 1} of "
                   f"{len(r['clauses'])}")
        elif c[0] == "timescale":
            why = f"Timescale differs: HMICFRS '{c[1]}', tracker '{c[2]}'"
        elif c[0] == "type":
            why = f"Type differs: HMICFRS '{r['type']}', tracker cell labelled '{r['wrong_type']}'"
        elif c[0] == "report":
            why = f"Report differs: HMICFRS '{r['title']}', tracker files it under " \
                  f"'{R[c[1]]['ttitle']}'"
        else:
            why = f"Publication date differs: published {r['date']:%d %B %Y}, tracker block " \
                  f"says {R[r['rkey']]['wrong_pub']:%d %B %Y}"
        for x in rws:
            lines.append((r["hrow"], x["prov"], "conflict", why))
        continue
    cat = base(r, done)
    if len(rws) > 1:
        why = (f"One recommendation, {len(rws)} sub-clause rows ({', '.join(x['tid'] for x in rws)}"
               f"); HMICFRS '{r['status']}', tracker '{words}'")
    else:
        why = f"HMICFRS '{r['status']}'" + (" (superseded comment)" if r.get("superseded") else "") \
              + f", tracker '{words}'"
        if rws[0]["text"].startswith("Cause of concern:"):
            why += "; cell combines the cause of concern and the recommendation"
    for x in rws:
        lines.append((r["hrow"], x["prov"], cat, why))
for row in force_rows:
    if not row["recs"]:
        lines.append(("", row["prov"], "not_on_hmicfrs_list", row["why"]))
write_truth(os.path.join(OUT, "truth.csv"), lines)

cat = Counter(l[2] for l in lines)
print("HMICFRS records", len(recs), "force rows", len(force_rows), "truth", len(lines), dict(cat))
print("split recs", sum(1 for r in recs if r["plan"] == "split"))
