"""Build the case `quarterly_movement_list`.

HMICFRS side: the Force Liaison Lead's quarterly definitive list sent as a *movement report*:
every item open at the previous list or raised since, with a Movement column (New / No change /
Closed / Reopened / Amended), the status at the previous list and the status now in two columns
whose headers carry the dates, register status slugs, ordinal dates, closure reasons only in a
comment, a title block and a movement summary above the table and notes below it.
Force side: a plain OL-team tracker.  Seed 5511.  Run with /work/main/.venv/bin/python.
"""
from __future__ import annotations

import csv
import importlib.util
import random
import re
import sys
from pathlib import Path

import zipfile
from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 5511
HERE = Path(__file__).resolve().parent
OUT = HERE / "quarterly_movement_list"
TEXTS = Path("/work/main/reconcile/casegen/texts")

spec = importlib.util.spec_from_file_location(
    "cgtexts", TEXTS / "__init__.py", submodule_search_locations=[str(TEXTS)])
T = importlib.util.module_from_spec(spec)
sys.modules["cgtexts"] = T
spec.loader.exec_module(T)

rng = random.Random(SEED)
FORCE, AREA, NEIGHBOUR = "Staffordshire Police", "Staffordshire", "West Midlands Police"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def save(wb, path):
    """Save with fixed zip times and document dates, so the build is byte for byte."""
    buf = BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2024-04-02T09:00:00Z",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 4, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, data)


def ordinal(y, m, d):
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suf} {MONTHS[m - 1]} {y}"


# ---------------------------------------------------------------- HMICFRS items
items = []   # dicts: ref, title, pub, htype, text, fkey (force report name), ...
ref_pool = rng.sample(range(2100, 11900), 400)
ref_i = 0


def new_ref():
    global ref_i
    ref_i += 1
    return ref_pool[ref_i - 1]


for key, (title, (y, m, d), recs) in T.NATIONAL.items():
    fname = T.NATIONAL_TRACKER_NAMES[key][rng.randrange(2)]
    for n, (typ, text) in enumerate(recs, 1):
        items.append(dict(ref=new_ref(), title=title, pub=ordinal(y, m, d), htype=typ,
                          text=text, fname=fname, key=f"{key}#{n}", nat=True))

# force-level reports (real bodies and stems; publication dates chosen for this force)
FORCE_LEVEL = [
    ("peel18", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Staffordshire Police",
     (2019, 5, 2), "PEEL 2018/19", 6, "stem"),
    ("ncpi18", "National child protection inspection 2018 – Staffordshire Police",
     (2018, 6, 14), "NCPI 2018", 4, "stem"),
    ("cdi19", "Crime data integrity inspection 2019 – Staffordshire Police",
     (2019, 9, 26), "CDI 2019", 3, "stem"),
    ("cust22", "Report on an unannounced inspection visit to police custody suites in Staffordshire",
     (2022, 8, 9), "Custody inspection 2022", 4, "stem"),
    ("peel21", "PEEL 2021/22: An inspection of Staffordshire Police", (2022, 5, 19),
     "PEEL 2021/22", 8, "afi"),
    ("peel23", "PEEL 2023–25: An inspection of Staffordshire Police", (2024, 2, 15),
     "PEEL 2023-25", 8, "afi"),
]
NAT_TEXT = " ".join(t for _, _, recs in T.NATIONAL.values() for _, t in recs).lower()


def near_national(b):
    w = re.findall(r"[a-z]+", b.lower())
    sh = {" ".join(w[i:i + 4]) for i in range(len(w) - 3)}
    return sum(x in NAT_TEXT for x in sh) > 0.3 * max(len(sh), 1)


bodies = [b for b in T.BODIES if b != T.CDI_VICTIMS_BODY and not near_national(b)
          and not any(w in b for w in ("released under investigation", "digital evidence",
                                        "call-handlers"))]
rng.shuffle(bodies)
stems = [s for s in T.STEMS if "{deadline}" not in s[1] and "cause of concern" not in s[1]]
TOPICS = ["domestic abuse", "stalking and harassment", "child sexual exploitation",
          "serious and organised crime", "county lines drug dealing", "fraud",
          "rape and serious sexual offences", "violence against women and girls",
          "honour-based abuse", "anti-social behaviour", "knife crime", "cyber crime",
          "residential burglary", "neighbourhood crime", "rural crime", "youth violence"]
topic_pairs = [(b, t) for b in T.TOPIC_BODIES for t in TOPICS]
rng.shuffle(topic_pairs)
used_topics = set()
for key, title, (y, m, d), fname, n_items, kind in FORCE_LEVEL:
    for n in range(1, n_items + 1):
        if key == "cdi19" and n == 1:
            typ, text = T.REC, "HMICFRS recommends that the force should immediately: " + \
                T.CDI_VICTIMS_BODY + "."
        elif kind == "stem":
            typ, stem = rng.choice(stems)
            body = bodies.pop().format(area=AREA, neighbour=NEIGHBOUR)
            text = stem.format(b=body, force=FORCE)
        else:
            while True:
                b, t = topic_pairs.pop()
                if t not in used_topics and b not in used_topics:
                    used_topics.update((t, b))
                    break
            typ, text = T.AFI, "The force should " + b.format(t=t) + "."
        items.append(dict(ref=new_ref(), title=title, pub=ordinal(y, m, d), htype=typ,
                          text=text, fname=fname, key=f"{key}#{n}", nat=False))

# the item HMICFRS re-typed this quarter is a recommendation in the report's own stem
for it in items:
    if it["key"] == "peel18#2" and it["htype"] != T.REC:
        body = re.sub(r"^(The force|Staffordshire Police) should ", "", it["text"]).rstrip(".")
        it.update(htype=T.REC, text="HMIC recommends that the force should immediately: "
                  + body + ";")

# ---------------------------------------------------------------- categories
spec_cat = {
    "cdi19#1": "closeable_submit",        # split into 5 bullet rows, all complete
    "stolen#1": "conflict",               # force text drops a bullet
    "stolen#2": "conflict",               # force text: within twelve months
    "peel18#2": "conflict",               # Amended: type corrected to recommendation
    "cdi19#3": "conflict",                # Amended: report corrected (force has PEEL 2018/19)
    "leg17#3": "conflict",                # force records reference with digits transposed
    "peel18#5": "closeable_submit",       # Reopened; force still says Complete
    "ncpi18#3": "in_sync",                # Reopened; force has reopened too
    "sas13#3": "missing_from_force",      # near-duplicate of sas15#1, force holds only 2015
    "sas15#1": "in_sync",
    "leg17#1": "in_sync_closed",          # cause of concern closed (superseded comment)
    "core#1": "closeable_local",          # closed with 'subsequently been inspected' comment
    "firearms#3": "missing_from_force",   # No change, open, never on tracker
    "austerity#2": "missing_from_force",
}
for n in range(1, 9):                      # PEEL 2023-25 arrived this quarter
    spec_cat[f"peel23#{n}"] = "in_sync" if n in (2, 5, 7) else "missing_from_force"
spec_cat["peel23#8"] = "in_sync"           # 4 picked up by the force, 4 not
rest = [it for it in items if it["key"] not in spec_cat]
pool = (["closeable_submit"] * 9 + ["closeable_local"] * 7 + ["in_sync_closed"] * 6)
pool += ["in_sync"] * (len(rest) - len(pool))
rng.shuffle(pool)
for it, c in zip(rest, pool):
    spec_cat[it["key"]] = c
for it in items:
    it["cat"] = spec_cat[it["key"]]

# HMICFRS movement / status
PREV, NOW = "Status at 4 January 2024", "Status at 2 April 2024"
CLOSE_COMMENTS = [
    "Authorised for closure on the basis of the additional observations offered by members of "
    "the inspection team in recent inspection activity.",
    "This recommendation is complete",
    "Authorised for closure on the basis of the evidence submitted by the force.",
    "This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
    "inspections. Where a cause of concern still exists this will appear in the register "
    "against these subsequent inspections.",
]
MONITOR = ("The progress of the implementation of this recommendation is currently being "
           "monitored by HMICFRS and this record will, in due course, be updated.")
for it in items:
    c, k = it["cat"], it["key"]
    it.update(mov="No change", prev="being-progressed", now="being-progressed", sdate="",
              comment="")
    if rng.random() < 0.15:
        it["comment"] = MONITOR
    if k.startswith("peel23"):
        it.update(mov="New", prev="", now="awaiting-review", sdate=ordinal(2024, 2, 15),
                  comment="New recommendation" if it["htype"] != T.AFI else
                  "New area for improvement")
    elif c in ("closeable_local", "in_sync_closed"):
        dd = rng.choice([(2024, 1, 18), (2024, 2, 9), (2024, 2, 27), (2024, 3, 14),
                         (2024, 3, 28)])
        it.update(mov="Closed", now="complete", sdate=ordinal(*dd),
                  comment=rng.choice(CLOSE_COMMENTS))
    if k == "core#1":
        it["comment"] = CLOSE_COMMENTS[3]
    if k == "leg17#1":
        it["comment"] = ("Superseded. Stop and search is now assessed under the PEEL "
                         "legitimacy inspections; see the recommendations that follow.")
    if k in ("peel18#5", "ncpi18#3"):
        it.update(mov="Reopened", prev="complete", now="being-progressed",
                  sdate=ordinal(2024, 2, 21),
                  comment="Reopened following the HMICFRS/HMIP joint inspection: the evidence "
                  "seen during fieldwork did not show the change had been sustained.")
    if k == "peel18#2":
        it.update(mov="Amended", sdate=ordinal(2024, 1, 30),
                  comment="Type corrected to recommendation. This item was shown as an area "
                  "for improvement on previous lists in error.")
    if k == "cdi19#3":
        it.update(mov="Amended", sdate=ordinal(2024, 1, 30),
                  comment="Report corrected. Previously shown against PEEL: Police "
                  "effectiveness, efficiency and legitimacy 2018/19 – Staffordshire Police.")
    if k == "firearms#3":
        it["comment"] = MONITOR

# ---------------------------------------------------------------- force rows
ABBR = [(re.compile(p, re.I), r) for p, r in T.ABBREVIATIONS if p != r"\band\b"]
STEM_RE = re.compile(r"^(HMICFRS recommends that |HMIC recommends that |To address this cause "
                     r"of concern, HMIC recommends )(the force should immediately:? ?|within six "
                     r"months the force should: |the force should immediately )", re.I)


def force_text(text, key):
    r = rng.random()
    t = text
    if r < 0.4:
        return t
    if r < 0.7:
        for p, s in ABBR:
            t = p.sub(s, t)
    if rng.random() < 0.5 and STEM_RE.match(t):
        t = STEM_RE.sub("", t)
        t = "Force to " + t[0].lower() + t[1:]
    if rng.random() < 0.25:
        for right, wrong in T.MISSPELLINGS.items():
            if right in t:
                t = t.replace(right, wrong, 1)
                break
    t = t.replace("•", "- ").replace("\n- ", "\n- ")
    return t.rstrip(" ;")


FTYPE = {T.REC: "Rec", T.AFI: "AFI", T.COC: "CoC", T.NAT: "National rec"}
OPEN_PROG = ["Work undertaken in area but still requires development to complete.",
             "Little work yet undertaken in this area. Unlikely to reach deadlines.",
             "Addressed holistically as part of the force change programme.",
             "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
             "Owner updating the delivery plan; update due at next Org Learning Board.",
             "Task and finish group meets monthly; draft policy with the DCC for comment."]
DONE_PROG = ["Completed. Evidence submitted to HMICFRS for closure.",
             "Pending sign off by the chief officer lead.",
             "Ready to move to GREEN status.",
             "Policy published and training delivered; evidence pack on the OL SharePoint.",
             "Closure evidence sent to FLL 12/02/2024."]
leads = [l for l in T.LEADS if l]
frows = []   # dicts: ref, report, type, text, lead, rag, prog, closed, hkey


def fstatus(cat):
    if cat in ("in_sync", "conflict", "closeable_local"):
        return rng.choice(["AMBER", "AMBER", "RED", "In progress"]), rng.choice(OPEN_PROG), ""
    if cat == "in_sync_closed":
        return "Complete", "HMICFRS confirmed closure. Closed on tracker.", rng.choice(
            ["19/01/2024", "12/02/2024", "01/03/2024", "28/03/2024"])
    # closeable_submit
    w = rng.choice(["GREEN", "Complete", "Pending sign off", "GREEN"])
    return w, rng.choice(DONE_PROG), ("" if w != "Complete" else rng.choice(
        ["14/11/2023", "30/01/2024", "07/03/2024"]))


for it in items:
    c, k = it["cat"], it["key"]
    if c == "missing_from_force":
        continue
    rag, prog, closed = fstatus(c)
    ref = it["ref"] if rng.random() < 0.75 else ""
    row = dict(ref=ref, report=it["fname"], type=FTYPE[it["htype"]],
               text=force_text(it["text"], k), lead=rng.choice(leads), rag=rag, prog=prog,
               closed=closed, hkey=k)
    if k == "cdi19#1":
        bullets = [b.strip(" •;").removesuffix(" and").rstrip(" ;")
                   for b in T.CDI_VICTIMS_BODY.split("\n")[1:]]
        for i, b in enumerate(bullets):
            frows.append(dict(row, ref=it["ref"], text=f"CDI rec 1({'abcde'[i]}) - {b}",
                              rag="Complete", prog=rng.choice(DONE_PROG[:1] + DONE_PROG[3:4]),
                              closed="30/01/2024"))
        continue
    if k == "stolen#1":
        lines = it["text"].split("\n")
        row["text"] = "\n".join(l for l in lines if "partnership arrangements" not in l)
        row["text"] = row["text"].replace("investigate it effectively;",
                                          "investigate it effectively; and")
    if k == "stolen#2":
        row["text"] = it["text"].replace("Within six months", "Within twelve months")
    if k == "peel18#2":
        row["type"] = "AFI"
    if k == "cdi19#3":
        row["report"] = "PEEL 2018/19"
    if k == "leg17#3":
        s = str(it["ref"])
        row["ref"] = int(s[0] + s[2] + s[1] + s[3:])
        assert row["ref"] != it["ref"]
    if k == "peel18#5":
        row.update(rag="Complete", prog="Completed. Evidence submitted to HMICFRS for closure.",
                   closed="15/12/2023")
    if k == "ncpi18#3":
        row.update(rag="AMBER", prog="Reopened Feb 24 after HMICFRS/HMIP custody fieldwork. "
                   "New action plan with Ch Insp Custody.", closed="")
    if k.startswith("peel23"):
        row.update(ref="", rag="RED", prog="Awaiting allocation. Added from the PEEL report "
                   "ahead of the HMICFRS list.", closed="")
    frows.append(row)

# force-only rows: items HMICFRS closed before the previous list, and local actions
old = [
    ("PEEL Effectiveness 2016", "AFI", "The force should improve its understanding of "
     "suspects released under investigation and the management of those released on bail.",
     "Complete", "Closed by HMICFRS 2021.", "17/06/2021", "old1"),
    ("PEEL Effectiveness 2016", "Rec", "HMIC recommends that within six months the force "
     "should: improve its ability to retrieve digital evidence from mobile phones, computers and "
     "other electronic devices quickly enough to ensure investigations are not delayed;",
     "AMBER", "DFU backlog still reported monthly to Crime Standards Board.", "", "old2"),
    ("CDI 2016", "Rec", "Immediately, the force should provide call-handlers with specific, "
     "sound and comprehensible criteria against which they can assess threat, harm and risk.",
     "GREEN", "THRIVE embedded in control room; audit complete.", "", "old3"),
    ("PEEL 2021/22", "AFI", "The force should make sure its performance framework gives senior "
     "leaders a clear picture of its response to hate crime.", "Complete",
     "HMICFRS closed Oct 23 (letter from FLL).", "20/10/2023", "old4"),
]
old_refs = [new_ref() for _ in old]
for (rep, typ, text, rag, prog, closed, k), r in zip(old, old_refs):
    frows.append(dict(ref=r if k != "old3" else "", report=rep, type=typ, text=text,
                      lead=rng.choice(leads), rag=rag, prog=prog, closed=closed, hkey=k))
for n in range(4):
    topic = rng.choice(T.TOPICS)
    text = rng.choice(T.LOCAL_PREFIXES[:-1]) + rng.choice(T.LOCAL_ACTIONS).format(t=topic)
    frows.append(dict(ref="", report=rng.choice(["PEEL 2021/22", "Force improvement plan",
                                                 "PEEL 2018/19", "Internal audit 2023/24"]),
                      type="Local action", text=text, lead=rng.choice(leads),
                      rag=rng.choice(["AMBER", "GREEN", "RED"]),
                      prog=rng.choice(OPEN_PROG), closed="", hkey=f"local{n}"))

# force order: by its own report names, in the order the tracker grew
order = {}
for r in frows:
    order.setdefault(r["report"], len(order))
frows.sort(key=lambda r: (order[r["report"]],))
rr = list(order)
rng.shuffle(rr)
pos = {n: i for i, n in enumerate(rr)}
frows.sort(key=lambda r: pos[r["report"]])

# ---------------------------------------------------------------- write HMICFRS workbook
OUT.mkdir(parents=True, exist_ok=True)
wb = Workbook()
ws = wb.active
ws.title = "Definitive list"
bold = Font(bold=True)
ws["A1"] = "HMICFRS – recommendations, causes of concern and areas for improvement"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = f"Definitive list for {FORCE} as at 2 April 2024 (previous list 4 January 2024)"
ws["A3"] = "Prepared by the HMICFRS Force Liaison Lead. OFFICIAL"
mv = {}
for it in items:
    mv[it["mov"]] = mv.get(it["mov"], 0) + 1
ws["A4"] = ("Movement since previous list:  " + "   ".join(
    f"{k} {mv.get(k, 0)}" for k in ["New", "Closed", "Reopened", "Amended", "No change"])
    + f"   |   Open now {sum(1 for i in items if i['now'] != 'complete')}")
HEAD = ["Movement", "ID", "Report", "Published", "Type", "Recommendation / area for improvement",
        PREV, NOW, "Status changed", "HMICFRS comment"]
HR = 6
for j, h in enumerate(HEAD, 1):
    c = ws.cell(HR, j, h)
    c.font = bold
    c.fill = PatternFill("solid", fgColor="D9E1F2")
    c.alignment = Alignment(wrap_text=True, vertical="top")
MOV_ORDER = {"New": 0, "Reopened": 1, "Amended": 2, "Closed": 3, "No change": 4}
items.sort(key=lambda i: (MOV_ORDER[i["mov"]], i["ref"]))
for n, it in enumerate(items):
    r = HR + 1 + n
    it["row"] = f"Definitive list!{r}"
    vals = [it["mov"], it["ref"], it["title"], it["pub"], it["htype"], it["text"], it["prev"],
            it["now"], it["sdate"], it["comment"]]
    for j, v in enumerate(vals, 1):
        c = ws.cell(r, j, v if v != "" else None)
        c.alignment = Alignment(wrap_text=True, vertical="top")
last = HR + len(items)
notes = [
    "Notes",
    "1. Items closed before 4 January 2024 are not shown. Items with movement 'Closed' will not "
    "appear on the next list.",
    "2. 'Amended' means HMICFRS has corrected the type, report or wording of the item since the "
    "previous list; see the comment.",
    "3. Status values are those held on the HMICFRS monitoring system: awaiting-review, "
    "being-progressed, complete.",
    "Please direct any queries about this list to your Force Liaison Lead.",
]
for k, t in enumerate(notes):
    ws.cell(last + 2 + k, 1, t).font = bold if k == 0 else Font(italic=True)
for col, w in zip("ABCDEFGHIJ", [11, 8, 40, 18, 22, 80, 16, 16, 18, 50]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A7"
save(wb, OUT / "hmicfrs.xlsx")

# ---------------------------------------------------------------- write tracker
wb = Workbook()
ws = wb.active
ws.title = "Tracker"
ws["A1"] = f"{FORCE} – HMICFRS recommendations tracker (Organisational Learning) – updated 28/03/2024"
ws["A1"].font = Font(bold=True, size=12)
FH = ["HMICFRS Ref", "Report", "Type", "Recommendation", "Lead", "RAG", "Progress update",
      "Date closed"]
for j, h in enumerate(FH, 1):
    ws.cell(3, j, h).font = bold
key2item = {it["key"]: it for it in items}
for n, f in enumerate(frows):
    r = 4 + n
    f["row"] = f"Tracker!{r}"
    vals = [f["ref"], f["report"], f["type"], f["text"], f["lead"], f["rag"], f["prog"],
            f["closed"]]
    for j, v in enumerate(vals, 1):
        c = ws.cell(r, j, v if v != "" else None)
        c.alignment = Alignment(wrap_text=True, vertical="top")
flast = 3 + len(frows)
ws.cell(flast + 2, 1, "RAG: RED = off track, AMBER = in progress, GREEN = implemented (awaiting "
        "sign off / submission), Complete = closed").font = Font(italic=True)
for col, w in zip("ABCDEFGH", [12, 28, 12, 80, 26, 14, 50, 12]):
    ws.column_dimensions[col].width = w
save(wb, OUT / "tracker.xlsx")

# ---------------------------------------------------------------- truth
WHY = {
    "in_sync": "open on both sides",
    "in_sync_closed": "HMICFRS closed this quarter (complete); force Complete",
    "closeable_submit": "HMICFRS still open; force records it done",
    "closeable_local": "HMICFRS closed this quarter; force still open",
}
SPECIAL_WHY = {
    "cdi19#1": "one of five bullet rows; all bullets Complete on force side, HMICFRS being-progressed",
    "stolen#1": "force text drops the partnership-arrangements bullet",
    "stolen#2": "timescale differs: HMICFRS within six months, force within twelve months",
    "peel18#2": "type: HMICFRS amended to Recommendation this quarter, force still AFI",
    "cdi19#3": "report: HMICFRS amended to CDI 2019 this quarter, force still under PEEL 2018/19",
    "leg17#3": "reference differs: force ref has two digits transposed",
    "peel18#5": "Reopened by HMICFRS (being-progressed); force still Complete",
    "ncpi18#3": "Reopened by HMICFRS; force reopened too (AMBER)",
    "sas13#3": "2013 stop and search item; force holds only the near-identical 2015 item",
    "sas15#1": "2015 item, open both sides (not the 2013 near-duplicate)",
    "leg17#1": "cause of concern closed as superseded this quarter (status complete, comment); force Complete",
    "core#1": "closed this quarter, closure reason only in comment ('subsequently been inspected'); force AMBER",
    "firearms#3": "No change, open; not on the force tracker",
    "austerity#2": "No change, open; not on the force tracker",
}
lines = []
for it in items:
    k, c = it["key"], it["cat"]
    cat = "in_sync" if c == "in_sync_closed" else c
    why = SPECIAL_WHY.get(k)
    if not why and k.startswith("peel23"):
        why = ("New this quarter (awaiting-review); force added it without ref, RED" if c == "in_sync"
               else "New this quarter (awaiting-review); not yet on force tracker")
    why = why or WHY[c]
    fr = [f for f in frows if f["hkey"] == k]
    if not fr:
        lines.append((it["row"], "", cat, why))
    for f in fr:
        lines.append((it["row"], f["row"], cat, why))
for f in frows:
    if f["hkey"].startswith("old"):
        lines.append(("", f["row"], "not_on_hmicfrs_list",
                      "closed by HMICFRS before the previous list, so not on this movement list"))
    elif f["hkey"].startswith("local"):
        lines.append(("", f["row"], "not_on_hmicfrs_list", "force's own local action"))


def rowkey(s):
    return int(s.split("!")[1]) if s else 10**6


lines.sort(key=lambda l: (rowkey(l[0]), rowkey(l[1])))
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)

counts = {}
for l in lines:
    counts[l[2]] = counts.get(l[2], 0) + 1
print("hmicfrs items", len(items), "force rows", len(frows), "truth lines", len(lines))
print(counts, mv)
