"""Build the case `portal_csv_multiline_cells` (round 56, listfree12).

HMICFRS side: a CSV export of the force's definitive list from a register/portal system,
Windows-1252 encoded, CRLF between records, with LF line breaks INSIDE quoted cells (bulleted
recommendation texts, blank lines between paragraphs, a multi-line dated comment log, causes of
concern combined with their recommendation in one cell). Excel shows one row per record, so the
row ids in truth.csv are record numbers (header = 1), not physical line numbers.
Force side: a plain Excel tracker (title row, header on row 3).

Run: /work/main/.venv/bin/python build_portal_csv_multiline_cells.py
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (text lists only)
    ABBREVIATIONS, BODIES, CAUSES, CDI_VICTIMS_BODY, LOCAL_ACTIONS, LOCAL_PREFIXES,
    MISSPELLINGS, NATIONAL, NATIONAL_TRACKER_NAMES, SF_LEADERSHIP, SAS_MONITORING_2017,
    BWV_2021, FIREARMS, TOPIC_BODIES, TOPICS,
)
import openpyxl  # noqa: E402
from openpyxl.styles import Font, Alignment, PatternFill  # noqa: E402

SEED = 5612
rng = random.Random(SEED)
CASE = "portal_csv_multiline_cells"
OUT = Path(__file__).resolve().parent / CASE
OUT.mkdir(exist_ok=True)

FORCE, AREA, NEIGHBOUR = "Cumbria Constabulary", "Cumbria", "Lancashire Constabulary"
AFI_T, REC_T, NAT_T = "Area for improvement", "Recommendation", "National recommendation"

def d(y, m, dd):
    return dt.date(y, m, dd)

def fmt(x):
    return x.strftime("%d/%m/%Y")

# ---------------------------------------------------------------- items (HMICFRS side)
# each item: dict(ref, report, pub, type, text, h_status, plan, ...)
items = []

def add(report, pub, typ, text, plan, **kw):
    items.append(dict(report=report, pub=pub, type=typ, text=text, plan=plan, **kw))

# National reports. plan = category intended for the pair.
nat_plan = {
    "sas13": ["in_sync_closed", "closeable_local", "in_sync_closed"],
    "everyone": ["closeable_local"],
    "austerity": ["in_sync_closed", "missing", "missing", "in_sync_closed"],
    "core": ["closeable_submit", "in_sync_closed"],
    "integrity": ["in_sync_open"],
    "sas15": ["closeable_local"],
    "picture": ["missing"],
    "firearms": ["in_sync_closed", "conflict_timescale", "closeable_submit", "in_sync_open",
                 "closeable_local"],
    "stolen": ["split_open", "closeable_submit", "in_sync_open", "closeable_submit",
               "in_sync_open", "closeable_local", "in_sync_open"],
    "efc17": ["closeable_submit"],
    "leg17": ["in_sync_open", "conflict_bullet", "closeable_submit", "in_sync_closed",
              "closeable_local"],
    "powers": ["in_sync_open", "closeable_submit", "split_bwv", "missing_nat_body",
               "in_sync_open"],
}
for key, (title, (y, m, dd), its) in NATIONAL.items():
    for (typ, text), plan in zip(its, nat_plan[key]):
        if typ == "Cause of concern":
            plan = plan  # leg17 COC kept as its own item
        add(title, d(y, m, dd), typ, text, plan, nat=key)
# powers item 4 is addressed to the Home Office and NPCC: HMICFRS lists it, force never tracked
# it ("missing_nat_body" -> missing_from_force)

# Force-level reports
bodies = [b for b in BODIES if b not in (CDI_VICTIMS_BODY,) and "{neighbour}" not in b]
rng.shuffle(bodies)
bi = iter(bodies)
topics = TOPICS[:]
rng.shuffle(topics)
ti = iter(topics)
tb = TOPIC_BODIES[:]
rng.shuffle(tb)
tbi = iter(tb * 2)

def body():
    return next(bi).replace("{area}", AREA)

def topic_body():
    return next(tbi).replace("{t}", next(ti))

def force_reports():
    # PEEL effectiveness 2016: cause of concern + 2 recs, combined cell
    r = "PEEL: Police effectiveness 2016"
    cause = CAUSES[0]
    add(r, d(2017, 3, 2), REC_T,
        "HMIC recommends that the force should immediately: take steps to ensure that there is "
        "effective supervision of the initial risk assessment process, specifically in relation "
        "to the completion of DASH risk assessment in appropriate cases;", "closeable_local",
        cause=cause)
    add(r, d(2017, 3, 2), REC_T,
        "HMIC recommends that the force should immediately: consider ways of increasing the use "
        "of arrest, ancillary orders and other available powers, in order to improve the service "
        "it provides to victims of domestic abuse, offer the best possible protection and bring "
        "more perpetrators to justice; and", "in_sync_closed", cause=cause)
    # CDI 2017
    r = "Crime data integrity inspection 2017"
    add(r, d(2017, 9, 14), REC_T,
        "HMIC recommends that the force should immediately: " + CDI_VICTIMS_BODY + ".",
        "split_cdi")
    add(r, d(2017, 9, 14), REC_T, "Within three months, the force should " + body() + ".",
        "closeable_local")
    add(r, d(2017, 9, 14), REC_T, "Within six months the force should " + body() + ".",
        "in_sync_closed")
    # PEEL efficiency 2017
    r = "PEEL: Police efficiency 2017"
    for plan in ["closeable_local", "in_sync_closed", "conflict_type", "closeable_submit"]:
        add(r, d(2017, 11, 9), AFI_T, "The force should " + body() + ".", plan)
    # PEEL legitimacy 2017
    r = "PEEL: Police legitimacy 2017"
    for plan in ["in_sync_open", "conflict_report", "closeable_submit", "in_sync_closed"]:
        add(r, d(2017, 12, 12), AFI_T, "The force should " + body() + ".", plan)
    # PEEL 2018/19 with a cause of concern and its recs
    r = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19"
    cause = CAUSES[2]
    add(r, d(2019, 5, 2), REC_T,
        "HMIC recommends that the force should immediately: " + body() + ";", "in_sync_open",
        cause=cause)
    add(r, d(2019, 5, 2), REC_T,
        "HMIC recommends that the force should immediately: " + body() + "; and",
        "closeable_submit", cause=cause)
    for plan in ["in_sync_open", "closeable_local", "conflict_ref", "in_sync_open"]:
        add(r, d(2019, 5, 2), AFI_T, "The force should " + topic_body() + ".", plan)
    # National child protection inspection 2018
    r = "National child protection inspection 2018"
    for plan, stem in [("in_sync_closed", "Within three months, the force should "),
                       ("closeable_submit", "Within six months the force should "),
                       ("in_sync_open", "Immediately, the force should ")]:
        add(r, d(2018, 6, 21), REC_T, stem + body() + ".", plan)
    # Custody 2020
    r = "Report on an unannounced inspection visit to police custody suites 2020"
    child = [b for b in BODIES if b.startswith("in conjunction with children")][0]
    add(r, d(2020, 8, 11), REC_T, "The force should, " + child + ".", "in_sync_open")
    if child in bodies:
        pass
    add(r, d(2020, 8, 11), REC_T, "The force should " + body() + ".", "closeable_submit")
    # PEEL 2021/22
    r = "PEEL: Police effectiveness, efficiency and legitimacy 2021/22"
    for plan in ["in_sync_open", "closeable_submit", "in_sync_open", "in_sync_open",
                 "closeable_submit"]:
        add(r, d(2022, 5, 26), AFI_T, "The force should " + topic_body() + ".", plan)
    # PEEL 2023/25 (newest, awaiting review)
    r = "PEEL: Police effectiveness, efficiency and legitimacy 2023/25"
    for plan in ["in_sync_open", "in_sync_open", "missing", "missing"]:
        add(r, d(2024, 10, 17), AFI_T, "The force should " + topic_body() + ".", plan)

force_reports()

# references: register-wide integers ascending with publication date
items.sort(key=lambda it: it["pub"])
ref = 1880
for it in items:
    ref += rng.randint(3, 140)
    it["ref"] = ref

# HMICFRS status
OPEN_PLANS = {"in_sync_open", "closeable_submit", "split_open", "conflict_timescale",
              "conflict_bullet", "conflict_type", "conflict_ref", "split_bwv", "conflict_report"}
CLOSED_PLANS = {"in_sync_closed", "closeable_local", "split_cdi_closed"}
for it in items:
    p = it["plan"]
    if p in OPEN_PLANS or p == "split_cdi":
        it["closed"] = False
    elif p in CLOSED_PLANS:
        it["closed"] = True
    else:  # missing
        it["closed"] = it["pub"].year < 2016
    # the CDI split item: HMICFRS open, force done on every bullet -> closeable_submit
    if it["pub"].year >= 2024:
        it["h_status"] = "awaiting-review"
    elif it["closed"]:
        it["h_status"] = "complete"
    else:
        it["h_status"] = rng.choice(["being-progressed", "being-progressed", "awaiting-review"])

COMMENTS_CLOSED = [
    "This recommendation is complete",
    "Authorised for closure on the basis of the additional observations offered by members of "
    "the inspection team in recent inspection activity.",
    "This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
    "inspections. Where a cause of concern still exists this will appear in the register "
    "against these subsequent inspections.",
]
COMMENTS_OPEN = [
    "The progress of the implementation of this recommendation is currently being monitored by "
    "HMICFRS and this record will, in due course, be updated.",
    "The status of this recommendation is currently being reviewed by HMICFRS and will be "
    "updated when this review is complete.",
]
FORCE_PASTED = [
    "Force update: \"Complete – policy signed off at Force Executive Board; evidence pack held "
    "by Organisational Learning.\"",
    "Force update: Completed.Dip-sample of 40 records shows compliance; awaiting HMICFRS review.",
    "Force update: Task & Finish group set up, revised policy\nto go to Chief Officer Group in "
    "the next quarter.",
]

def comment_log(it):
    lines = []
    t0 = it["pub"] + dt.timedelta(days=rng.randint(1, 20))
    lines.append(f"{fmt(t0)} – New recommendation")
    t = t0
    if it["h_status"] != "awaiting-review" or rng.random() < 0.3:
        t = t + dt.timedelta(days=rng.randint(120, 500))
        if it["closed"] or it["plan"] in ("closeable_submit",) or rng.random() < 0.4:
            lines.append(f"{fmt(t)} – {rng.choice(FORCE_PASTED)}")
        else:
            lines.append(f"{fmt(t)} – {rng.choice(COMMENTS_OPEN)}")
    if it["closed"]:
        t = t + dt.timedelta(days=rng.randint(60, 400))
        lines.append(f"{fmt(t)} – {rng.choice(COMMENTS_CLOSED)}")
    it["last_updated"] = t
    return "\n".join(lines)

for it in items:
    it["comments"] = comment_log(it)

def h_text(it):
    if it.get("cause"):
        return ("Cause of concern:\n" + it["cause"].replace("{force}", FORCE) +
                "\n\nRecommendation:\n" + it["text"])
    return it["text"]

# write CSV, cp1252, CRLF record ends, LF inside cells
hdr = ["Recommendation ID", "Force", "Report", "Publication date", "Type", "Recommendation",
       "Status", "Last updated", "Comments"]
buf = io.StringIO(newline="")
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(hdr)
rec_no = 1
for it in items:
    rec_no += 1
    it["hrow"] = f"hmicfrs.csv!{rec_no}"
    force_col = "All forces" if it["type"] in (NAT_T, "Cause of concern") and it.get("nat") else FORCE
    w.writerow([it["ref"], force_col, it["report"], fmt(it["pub"]), it["type"], h_text(it),
                it["h_status"], fmt(it["last_updated"]), it["comments"]])
(OUT / "hmicfrs.csv").write_bytes(buf.getvalue().encode("cp1252"))

# ---------------------------------------------------------------- force side
def abbreviate(s, k):
    for pat, rep in ABBREVIATIONS[:k]:
        s = re.sub(pat, rep, s, flags=re.I)
    return s

def misspell(s):
    for right, wrong in MISSPELLINGS.items():
        if right in s:
            return s.replace(right, wrong, 1)
    return s

def flat(s):
    return re.sub(r"\s*\n+\s*", " ", s).strip()

def strip_stem(s):
    return re.sub(r"^(HMIC(FRS)? recommends that the force should immediately: ?)", "", s)

_nat_names = {}

def tracker_report(it):
    if it.get("nat"):
        # one name per item (split rows share it); the tracker is not consistent across items
        if id(it) not in _nat_names:
            _nat_names[id(it)] = rng.choice(NATIONAL_TRACKER_NAMES[it["nat"]])
        return _nat_names[id(it)]
    r = it["report"]
    r = r.replace("PEEL: Police effectiveness, efficiency and legitimacy ", "PEEL ")
    r = r.replace("PEEL: Police ", "PEEL ").replace("Report on an unannounced inspection visit "
                                                   "to police custody suites", "HMICFRS/HMIP custody")
    r = r.replace("Crime data integrity inspection", "CDI").replace(
        "National child protection inspection", "NCPI")
    return r.replace("effectiveness", "Effectiveness").replace("efficiency", "Efficiency").replace(
        "legitimacy", "Legitimacy")

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
         "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
         "Supt Contact Centre", "Ch Insp Custody", "Head of Information Management",
         "Supt Firearms Licensing"]
UPD_OPEN = [
    "Task & Finish group set up; policy rewrite in draft.",
    "Work undertaken in area but still requires development to complete.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Awaiting allocation.",
    "Training package agreed with L&D; roll-out to response teams from next quarter.",
    "Little work yet undertaken in this area. Unlikely to reach deadline.",
]
UPD_DONE = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Policy signed off and in place. Evidence pack with OL team.",
    "Complete - dip sample shows compliance. Signed off by chief officer lead.",
    "Ready to move to GREEN status.",
]

frows = []  # dicts: ref, report, pub, type, text, rag, update, lead, submitted, item, cat, why

def frow(it, text, rag, cat, why, ref="same", report=None, pub="same", typ=None):
    done = rag in ("Green", "Complete")
    frows.append(dict(
        ref=(it["ref"] if ref == "same" else ref) if it else ref,
        report=report if report is not None else tracker_report(it),
        pub=(it["pub"] if pub == "same" else pub) if it else pub,
        type=typ or ("Recommendation" if it["type"] == NAT_T else it["type"]),
        text=text, rag=rag, lead=rng.choice(LEADS),
        update=rng.choice(UPD_DONE if done else UPD_OPEN),
        submitted=(it["last_updated"] - dt.timedelta(days=rng.randint(20, 90)))
        if done and it else None,
        item=it, cat=cat, why=why))

def ftext(it):
    s = flat(strip_stem(it["text"]))
    r = rng.random()
    if r < 0.25:
        s = abbreviate(s, 21)
    elif r < 0.4:
        s = misspell(s)
    if s and s[0].islower():
        s = s[0].upper() + s[1:]
    return re.sub(r"(;\s*and|;)\s*$", "", s).rstrip()

OPEN_RAG = ["Amber", "Amber", "Red"]
DONE_RAG = ["Green", "Complete"]

for it in items:
    p = it["plan"]
    hs = "closed" if it["closed"] else "open"
    if p == "in_sync_open":
        frow(it, ftext(it), rng.choice(OPEN_RAG), "in_sync", "open on both sides")
    elif p == "in_sync_closed":
        frow(it, ftext(it), rng.choice(DONE_RAG), "in_sync",
             "HMICFRS complete, force done")
    elif p == "closeable_submit":
        frow(it, ftext(it), rng.choice(DONE_RAG), "closeable_submit",
             f"HMICFRS {it['h_status']} (open), force done")
    elif p == "closeable_local":
        frow(it, ftext(it), rng.choice(OPEN_RAG), "closeable_local",
             "HMICFRS complete (closed), force still open")
    elif p == "conflict_timescale":
        frow(it, it["text"].replace("Within three months", "Within six months"), "Amber",
             "conflict", "timescale: HMICFRS 'Within three months', force 'Within six months'")
    elif p == "conflict_bullet":
        t = flat(it["text"])
        t = t.split("; and •the prevalence")[0] + "."
        frow(it, t, "Green", "conflict",
             "force text drops the third bullet (possession-only drug searches)")
    elif p == "conflict_type":
        frow(it, ftext(it), "Amber", "conflict",
             "type: HMICFRS Area for improvement, force Recommendation", typ="Recommendation")
    elif p == "conflict_report":
        frow(it, ftext(it), "Amber", "conflict",
             "report/date: force files it under PEEL Legitimacy 2016 (Feb 2017), HMICFRS 2017",
             report="PEEL Legitimacy 2016", pub=d(2017, 2, 9))
    elif p == "conflict_ref":
        wrong = int(str(it["ref"])[:-2] + str(it["ref"])[-1] + str(it["ref"])[-2])
        if wrong == it["ref"]:
            wrong = it["ref"] + 10
        it["wrong_ref"] = wrong
        frow(it, ftext(it), "Amber", "conflict",
             f"reference: force {wrong}, HMICFRS {it['ref']} (digits transposed)", ref=wrong)
    elif p == "split_open":  # SF_LEADERSHIP, 4 bullet rows, open both sides
        bullets = [b.strip() for b in it["text"].split("\n•")[1:]]
        for k, b in enumerate(bullets, 1):
            frow(it, f"MSHT leadership & governance review ({k}/4): {b.rstrip(';').removesuffix('; and').rstrip('.')}",
                 "Amber", "in_sync", f"bullet {k} of 4 split off; open on both sides")
    elif p == "split_bwv":  # BWV_2021, 3 parts
        parts = [s.strip() for s in it["text"].split("\n")]
        parts[0] = parts[0].replace("By September 2021, forces should: ", "")
        for k, b in enumerate(parts, 1):
            frow(it, "By Sept 2021 - " + b[0].upper() + b[1:], "Green", "closeable_submit",
                 f"part {k} of 3 split off; HMICFRS open, force Green on every part")
    elif p == "split_cdi":
        bullets = [b.strip() for b in it["text"].split("\n•")[1:]]
        for k, b in enumerate(bullets, 1):
            frow(it, f"CDI victims rec ({chr(96 + k)}) {b.rstrip('.;').removesuffix('; and').removesuffix(' and')}",
                 "Complete", "closeable_submit",
                 f"bullet {k} of 5 split off; HMICFRS {it['h_status']} (open), force Complete")
    elif p in ("missing", "missing_nat_body"):
        it["truth"] = ("missing_from_force",
                       "addressed to Home Office/NPCC; force never tracked it"
                       if p == "missing_nat_body" else "no force row")
    else:
        raise SystemExit(p)

# the force left the HMICFRS Ref blank on a few ordinary paired rows (typed in from the report)
plain = [fr for fr in frows if fr["item"] is not None and fr["cat"] in
         ("in_sync", "closeable_submit", "closeable_local") and "split" not in fr["why"]
         and "bullet" not in fr["why"] and "part " not in fr["why"]]
for fr in rng.sample(plain, 7):
    fr["ref"] = None
    fr["why"] += "; force left the HMICFRS Ref blank, matched on text/report"

# not on the HMICFRS list: items HMICFRS closed and dropped from the register export
old = [("PEEL Efficiency 2015", d(2015, 10, 22), AFI_T, 2417),
       ("PEEL Legitimacy 2015", d(2016, 2, 11), AFI_T, 2603),
       ("PEEL Effectiveness 2015", d(2016, 2, 25), AFI_T, 2688),
       ("CDI 2014", d(2014, 11, 18), "Recommendation", None)]
for report, pub, typ, r in old:
    frows.append(dict(ref=r, report=report, pub=pub, type=typ,
                      text=(lambda b: b[0].upper() + b[1:] + ".")(topic_body()) if typ == AFI_T else
                      "Within six months, the force should " + body() + ".",
                      rag=rng.choice(["Amber", "Green"]), lead=rng.choice(LEADS),
                      update=rng.choice(UPD_OPEN), submitted=None, item=None,
                      cat="not_on_hmicfrs_list",
                      why="older force item no longer on the HMICFRS list (closed and dropped?) - query"))
for k in range(5):
    t = rng.choice(LOCAL_ACTIONS).replace("{t}", next(ti))
    frows.append(dict(ref=None, report=rng.choice(["Force Improvement Plan", "Internal audit 2023/24",
                                                    "JAC action log"]),
                      pub=None, type="Local action", text=rng.choice(LOCAL_PREFIXES[:5]) + t,
                      rag=rng.choice(["Amber", "Green", "Red"]), lead=rng.choice(LEADS),
                      update=rng.choice(UPD_OPEN), submitted=None, item=None,
                      cat="not_on_hmicfrs_list", why="force's own local action, not an HMICFRS item"))

# order the tracker: by report publication date roughly, local actions at the end; keep split
# rows together
def sortkey(fr):
    return (fr["pub"] or d(2099, 1, 1), str(fr["report"]))
frows_sorted = sorted(enumerate(frows), key=lambda kv: (sortkey(kv[1]), kv[0]))
frows = [f for _, f in frows_sorted]

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "HMICFRS Tracker"
ws["A1"] = f"{FORCE} – HMICFRS recommendations and areas for improvement tracker"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Organisational Learning – version for JAC, updated 14/11/2025"
fh = ["No.", "HMICFRS Ref", "Report", "Date published", "Type", "Recommendation / AFI",
      "Lead", "RAG", "Progress update", "Date submitted for closure"]
for c, h in enumerate(fh, 1):
    ws.cell(3, c, h).font = Font(bold=True)
    ws.cell(3, c).fill = PatternFill("solid", fgColor="D9E1F2")
fill = {"Green": "C6EFCE", "Complete": "BDD7EE", "Amber": "FFEB9C", "Red": "FFC7CE"}
r = 3
for n, fr in enumerate(frows, 1):
    r += 1
    vals = [n, fr["ref"], fr["report"], fr["pub"], fr["type"], fr["text"], fr["lead"], fr["rag"],
            fr["update"], fr["submitted"]]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v)
        if isinstance(v, dt.date):
            cell.number_format = "dd/mm/yyyy"
    ws.cell(r, 6).alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(r, 8).fill = PatternFill("solid", fgColor=fill[fr["rag"]])
    fr["frow"] = f"HMICFRS Tracker!{r}"
for col, wdt in zip("ABCDEFGHIJ", [5, 11, 30, 13, 20, 80, 24, 10, 50, 14]):
    ws.column_dimensions[col].width = wdt
wb.properties.creator = "Organisational Learning"
fixed = dt.datetime(2025, 11, 14, 9, 0, 0)
wb.properties.created = fixed
wb.properties.modified = fixed
wb.save(OUT / "tracker.xlsx")

def _pin_zip(path):
    """openpyxl stamps the save time; pin it so the build is byte for byte."""
    import zipfile
    src = path.read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(src))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-11-14T09:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())

_pin_zip(OUT / "tracker.xlsx")

# ---------------------------------------------------------------- truth
lines = []
for it in items:
    rows = [fr for fr in frows if fr["item"] is it]
    if not rows:
        cat, why = it["truth"]
        lines.append((it["hrow"], "", cat, why))
    for fr in rows:
        lines.append((it["hrow"], fr["frow"], fr["cat"], fr["why"]))
for fr in frows:
    if fr["item"] is None:
        lines.append(("", fr["frow"], fr["cat"], fr["why"]))
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)

from collections import Counter  # noqa: E402
cnt = Counter(l[2] for l in lines)
print(len(items), "hmicfrs items;", len(frows), "force rows;", dict(sorted(cnt.items())))
