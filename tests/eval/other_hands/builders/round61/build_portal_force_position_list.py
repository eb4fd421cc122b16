"""Build the case `portal_force_position_list` (seed 6117).

HMICFRS side: a monitoring-portal extract of the definitive list that carries TWO status
columns: the force's own self-declared position (as last typed into the portal by the force)
and HMICFRS's status. Only the latter is the register's status.
Force side: an ordinary BRAG tracker where Green means "on track" and Blue means complete.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
import re
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent
from reconcile.casegen import texts as T  # noqa: E402

SEED = 6117
rng = random.Random(SEED)
CASE = HERE / "portal_force_position_list"
CASE.mkdir(exist_ok=True)
FORCE, AREA, NEIGH = "Lincolnshire Police", "Lincolnshire", "Nottinghamshire Police"

D = dt.date
# report key -> (HMICFRS title, published, tracker short name)
REPORTS = {}
for k, (title, (y, m, d), _items) in T.NATIONAL.items():
    REPORTS[k] = (title, D(y, m, d), T.NATIONAL_TRACKER_NAMES[k][1])
REPORTS.update({
    "eff17": ("PEEL: Police effectiveness 2017 – Lincolnshire Police", D(2018, 3, 22), "PEEL Eff 17"),
    "ncpi18": ("National child protection inspection 2018 – Lincolnshire Police", D(2018, 6, 14), "NCPI 2018"),
    "peel19": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Lincolnshire Police", D(2019, 5, 2), "PEEL 18/19"),
    "cdi19": ("Crime data integrity inspection 2019 – Lincolnshire Police", D(2019, 9, 12), "CDI 2019"),
    "cdi21": ("Crime data integrity inspection 2021 – Lincolnshire Police", D(2021, 9, 16), "CDI 2021"),
    "peel22": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Lincolnshire Police", D(2022, 5, 13), "PEEL 21/22"),
    "cust22": ("Report on an unannounced inspection visit to police custody suites in Lincolnshire", D(2022, 8, 23), "Custody 2022"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24 – Lincolnshire Police", D(2023, 11, 9), "PEEL 23/24"),
    "leg16": ("PEEL: Police legitimacy 2016 – Lincolnshire Police", D(2016, 12, 8), "PEEL Legit 16"),
})

B = T.BODIES
TB = T.TOPIC_BODIES
REC, AFI, COC, NAT = T.REC, T.AFI, T.COC, T.NAT


def save_fixed(book, path, stamp):
    """Save, then re-pack the zip with fixed timestamps so the build is byte for byte."""
    import io
    import zipfile
    buf = io.BytesIO()
    book.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", lambda m: m.group(1) + iso.encode(), data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 7, 16, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def fl(stem, body):
    return stem.format(b=body.format(neighbour=NEIGH, area=AREA), force=FORCE)


def nat(key, i):
    return T.NATIONAL[key][2][i]


# Each item: report, type, text, category, special
# categories: sync_open, sync_closed, submit, local, missing, conflict_*
ITEMS = []


def add(rep, typ, text, cat, special=None):
    ITEMS.append(dict(rep=rep, type=typ, text=text, cat=cat, special=special))


cats = {"sas13": ["sync_closed", "sync_closed", "local"], "core": ["sync_closed", "local"],
        "everyone": ["sync_closed"], "integrity": ["local"], "sas15": ["sync_closed"],
        "picture": ["submit"],
        "firearms": ["sync_closed", "submit", "sync_open", "missing", "local"],
        "stolen": ["split_sync", "sync_open", "submit", "conflict_timescale", "submit", "sync_open", "missing"],
        "efc17": ["local"],
        "leg17": ["sync_open", "submit", "sync_open", "sync_closed", "local"]}
for k, cl in cats.items():
    for i, c in enumerate(cl):
        typ, text = nat(k, i)
        add(k, typ, text, c)
# powers: skip the Home Office / NPCC item (index 3) -> it is a stale tracker row instead
for i, c in zip([0, 1, 2, 4], ["sync_open", "submit", "sync_open", "missing"]):
    typ, text = nat("powers", i)
    add("powers", typ, text, c)

add("eff17", COC, T.CAUSES[0], "sync_closed")
add("eff17", REC, fl("To address this cause of concern, HMIC recommends the force should immediately {b}.", B[41]), "local")
add("eff17", REC, fl("To address this cause of concern, HMIC recommends the force should immediately {b}.", B[18]), "sync_closed")
add("ncpi18", REC, fl("Within three months, the force should {b}.", B[19]), "split_submit")
add("ncpi18", REC, fl("Within six months the force should {b}.", B[1]), "local")
add("ncpi18", REC, fl("Immediately, the force should {b}.", B[51]), "sync_open")
add("peel19", REC, fl("HMIC recommends that the force should immediately: {b};", B[0]), "local")
add("peel19", REC, fl("HMIC recommends that the force should immediately: {b};", B[2]), "sync_closed")
add("peel19", AFI, fl("The force should {b}.", B[4]), "submit")
add("peel19", AFI, fl("{force} should {b}.", B[11]), "sync_open")
add("peel19", AFI, fl("The force should {b}.", B[13]), "submit")
add("peel19", AFI, fl("The force should {b}.", B[26]), "sync_closed")
add("cdi19", REC, fl("By 31 March 2020, the force should {b}.", B[9]), "submit")
add("cdi19", REC, fl("Within six months the force should {b}.", B[14]), "sync_closed")
add("cdi19", AFI, fl("The force should {b}.", B[58]), "local")
add("cdi21", REC, fl("HMICFRS recommends that the force should immediately:{b}; and", B[8]), "conflict_bullet")
add("cdi21", AFI, fl("The force should {b}.", B[5]), "sync_open")
add("cdi21", AFI, fl("The force should {b}.", B[7]), "submit")
topics = rng.sample(T.TOPICS, 12)
tb = rng.sample(range(len(TB)), 12)
peel22 = [("sync_open", AFI, fl("The force should {b}.", TB[tb[0]].format(t=topics[0]))),
          ("submit", AFI, fl("The force should {b}.", TB[tb[1]].format(t=topics[1]))),
          ("conflict_type", AFI, fl("The force should {b}.", TB[tb[2]].format(t=topics[2]))),
          ("local", AFI, fl("The force should {b}.", TB[tb[3]].format(t=topics[3]))),
          ("missing", AFI, fl("The force should {b}.", TB[tb[4]].format(t=topics[4]))),
          ("sync_closed", AFI, fl("The force should {b}.", B[21])),
          ("submit", AFI, fl("The force should {b}.", B[22])),
          ("sync_open_stalepos", AFI, fl("The force should {b}.", B[23])),
          ("sync_open", AFI, fl("{force} should {b}.", B[24])),
          ("submit", AFI, fl("The force should {b}.", TB[tb[5]].format(t=topics[5])))]
for c, typ, text in peel22:
    add("peel22", typ, text, c)
add("cust22", REC, fl("Within six months the force should {b}.", B[35]), "sync_open")
peel23 = [("sync_open", COC, T.CAUSES[4].format(force=FORCE)),
          ("submit", REC, fl("Within six months, the force should {b}.", B[15])),
          ("conflict_report", AFI, fl("The force should {b}.", B[25])),
          ("conflict_ref", AFI, fl("The force should {b}.", B[27])),
          ("sync_open_stalepos", AFI, fl("The force should {b}.", B[56])),
          ("sync_open", AFI, fl("The force should {b}.", B[29])),
          ("submit", AFI, fl("The force should {b}.", B[30])),
          ("missing", AFI, fl("The force should {b}.", B[40])),
          ("sync_open", AFI, fl("The force should {b}.", TB[tb[6]].format(t=topics[6]))),
          ("sync_open", AFI, fl("The force should {b}.", TB[tb[7]].format(t=topics[7]))),
          ("sync_open", AFI, fl("The force should {b}.", TB[tb[8]].format(t=topics[8]))),
          ("sync_open", AFI, fl("The force should {b}.", TB[tb[9]].format(t=topics[9])))]
for c, typ, text in peel23:
    add("peel23", typ, text, c)

# ---- HMICFRS refs: plain integers rising with publication date
for _i, _it in enumerate(ITEMS):
    _it["seq"] = _i
ITEMS.sort(key=lambda it: (REPORTS[it["rep"]][1], it["seq"]))
ref = 2290
allrefs = set()
for it in ITEMS:
    ref += rng.randint(3, 140)
    it["ref"] = ref
    allrefs.add(ref)

H_OPEN_CATS = {"sync_open", "sync_open_stalepos", "submit", "split_sync", "split_submit", "missing",
               "conflict_timescale", "conflict_bullet", "conflict_type", "conflict_report", "conflict_ref"}
EXTRACT = dt.datetime(2024, 3, 4, 8, 47)


def rdate(a, b):
    a = a if isinstance(a, dt.date) else a
    span = (b - a).days
    return a + dt.timedelta(days=rng.randint(0, max(span, 1)))


def rdt(a, b):
    d = rdate(a, b)
    return dt.datetime(d.year, d.month, d.day, rng.randint(8, 17), rng.choice([2, 11, 19, 26, 34, 41, 53]))


later_by_rep = {}
for it in ITEMS:
    pub = REPORTS[it["rep"]][1]
    c = it["cat"]
    if c in H_OPEN_CATS:
        if c in ("submit", "split_submit") and rng.random() < 0.55:
            it["status"] = "Closure requested"
            it["fpos"] = "Complete"
            it["fposdate"] = rdate(D(2023, 9, 1), D(2024, 2, 20))
            it["sdate"] = rdt(it["fposdate"], it["fposdate"] + dt.timedelta(days=6))
            it["comment"] = rng.choice([
                "Closure request received – evidence with portfolio lead for review.",
                "Closure requested by force. To be tested at next fieldwork.",
                "Evidence pack received {d}. Awaiting HMICFRS sign-off."]).format(
                    d=it["fposdate"].strftime("%d/%m/%Y"))
        else:
            it["status"] = "Awaiting review" if pub >= D(2023, 1, 1) and rng.random() < 0.6 else "Being progressed"
            if c == "missing":
                it["fpos"] = rng.choice(["", "Not started"])
            elif c == "sync_open_stalepos":
                it["fpos"] = "Complete"
            else:
                it["fpos"] = rng.choice(["In progress", "In progress", "In progress", "Not started"] if pub >= D(2023, 1, 1) else ["In progress"])
            it["fposdate"] = rdate(max(pub, D(2022, 6, 1)), D(2024, 2, 28)) if it["fpos"] else None
            it["sdate"] = rdt(pub + dt.timedelta(days=2), pub + dt.timedelta(days=20)) if it["status"] == "Awaiting review" else rdt(max(pub, D(2021, 1, 1)), D(2024, 2, 28))
            it["comment"] = ""
            if it["status"] == "Awaiting review":
                it["comment"] = "New recommendation"
            if c == "sync_open_stalepos":
                it["comment"] = "Force position of Complete not accepted – further evidence required."
    else:  # HMICFRS closed
        kind = rng.choice(["Complete", "Complete", "Superseded", "No further action"])
        if it["rep"] == "integrity":
            kind = "Superseded"
        it["status"] = kind
        it["fpos"] = "Complete" if c == "sync_closed" else rng.choice(["In progress", "In progress", ""])
        it["fposdate"] = rdate(pub + dt.timedelta(days=60), min(pub + dt.timedelta(days=900), D(2024, 1, 30))) if it["fpos"] else None
        it["sdate"] = rdt(max(pub + dt.timedelta(days=120), D(2018, 1, 1)), min(pub + dt.timedelta(days=1400), D(2024, 2, 28)))
        if kind == "Complete":
            it["comment"] = rng.choice([
                "This recommendation is complete",
                "Authorised for closure on the basis of evidence submitted by the force.",
                "Authorised for closure on the basis of observations made during fieldwork."])
        elif kind == "Superseded":
            it["comment"] = ("This area of activity has subsequently been inspected. Where a cause of concern still "
                             "exists this will appear in the register against the subsequent inspection.")
        else:
            it["comment"] = "No further action required – no longer relevant to the force."
# superseded comments naming the later ref where there is an obvious later report
for it in ITEMS:
    if it["status"] == "Superseded" and it["rep"] in ("peel19", "peel22", "eff17", "ncpi18", "cdi19"):
        it["comment"] = "Superseded – area reassessed in PEEL 2023/24; see AFIs in that report."

for it in ITEMS:
    cap = dt.datetime(2024, 3, 1, 17, 0)
    if it["sdate"] > cap:
        it["sdate"] = cap - dt.timedelta(days=rng.randint(1, 20), hours=rng.randint(0, 6))
    if it["fposdate"] and it["status"] in ("Complete", "Superseded", "No further action") and it["fposdate"] >= it["sdate"].date():
        it["fposdate"] = it["sdate"].date() - dt.timedelta(days=rng.randint(20, 90))

# ---- HMICFRS workbook
wb = Workbook()
ws = wb.active
ws.title = "Definitive list"
ws["A1"] = "OFFICIAL-SENSITIVE"
ws["A2"] = "HMICFRS monitoring – definitive list of recommendations and areas for improvement"
ws["A3"] = f"Force: {FORCE}"
ws["A4"] = f"Extract run: {EXTRACT:%d/%m/%Y %H:%M}    Items: {len(ITEMS)}    Filter: All statuses"
for c in ("A1", "A2"):
    ws[c].font = Font(bold=True)
HDR = ["Ref", "Inspection", "Published", "Type", "Recommendation / area for improvement",
       "Force position", "Force position updated", "Status", "Status date", "FLL comment"]
HROW = 6
for j, h in enumerate(HDR, 1):
    ws.cell(HROW, j, h).font = Font(bold=True)
r = HROW + 1
for it in ITEMS:
    title, pub, _ = REPORTS[it["rep"]]
    vals = [it["ref"], title, pub, it["type"], it["text"], it["fpos"] or None, it["fposdate"],
            it["status"], it["sdate"], it["comment"] or None]
    for j, v in enumerate(vals, 1):
        cell = ws.cell(r, j, v)
        if j == 3 or j == 7:
            cell.number_format = "dd/mm/yyyy"
        if j == 9:
            cell.number_format = "dd/mm/yyyy hh:mm"
        if j == 5:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    it["hrow"] = f"Definitive list!{r}"
    r += 1
r += 1
ws.cell(r, 1, "End of report")
ws.cell(r + 1, 1, "OFFICIAL-SENSITIVE")
for col, w in zip("ABCDEFGHIJ", [8, 40, 11, 22, 90, 14, 12, 18, 16, 50]):
    ws.column_dimensions[col].width = w
ws.auto_filter.ref = f"A{HROW}:J{HROW + len(ITEMS)}"
ws.freeze_panes = f"A{HROW + 1}"
n = wb.create_sheet("Notes")
notes = [
    "Covering note from the Force Liaison Lead",
    "",
    "This extract lists every recommendation, cause of concern and area for improvement held against the force.",
    "'Force position' is the position the force last recorded on the portal. It is not the HMICFRS status.",
    "'Status' is the HMICFRS status. Awaiting review, Being progressed and Closure requested are open; "
    "Complete, Superseded and No further action are closed.",
    "Closure requested means the force has asked for closure and HMICFRS has not yet agreed it.",
    "Please reconcile with your own records before the March JAC and send any closure evidence to the FLL.",
]
for i, t in enumerate(notes, 1):
    n.cell(i, 1, t)
n.column_dimensions["A"].width = 120
wb.properties.creator = "HMICFRS monitoring portal"
wb.properties.created = wb.properties.modified = dt.datetime(2024, 3, 4, 8, 47)
save_fixed(wb, CASE / "hmicfrs.xlsx", dt.datetime(2024, 3, 4, 8, 47))

# ---- Force tracker
ABBR = T.ABBREVIATIONS[:-1]  # leave "and" alone
STEM_RE = re.compile(r"^(HMICFRS|HMIC) recommends that (the force should )?(immediately: ?)?|^To address this cause of concern, HMIC recommends the force should immediately ", re.I)


def abbreviate(t):
    for pat, rep in rng.sample(ABBR, len(ABBR)):
        t = re.sub(pat, rep, t, flags=re.I)
    return t


def force_text(t, allow_cut=True):
    x = rng.random()
    if x < 0.42:
        return t
    if x < 0.67:
        a = abbreviate(t)
        return a[:1].upper() + a[1:]
    if x < 0.85:
        s = STEM_RE.sub("", t)
        s = re.sub(r"^(The force|Lincolnshire Police) should ", "", s)
        return s[:1].upper() + s[1:]
    if allow_cut and len(t) > 160:
        cut = t[:rng.randint(110, 150)].rsplit(" ", 1)[0]
        return cut + "..."
    return t


FTYPE = {REC: "Rec", AFI: "AFI", COC: "CoC", NAT: "Nat Rec"}
OPEN_UPD = [
    "Work undertaken in area but still requires development to complete.",
    "Task & Finish group set up; project plan agreed at Force Change Board.",
    "Policy rewrite in draft, due to Policy Board next month.",
    "Owner to provide update for next JAC.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Little work yet undertaken in this area. Unlikely to reach deadline.",
]
GREEN_UPD = ["On track – due Q1 24/25.", "On track. Actions progressing to plan.", "On track – review date Jun 24."]
DONE_UPD = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Complete – signed off by chief officer lead. Evidence pack sent to FLL.",
    "All actions complete; closure evidence uploaded to the portal.",
    "Completed. Evidence submitted to HMICFRS for closure.",
]
FILL = {"Blue": "9BC2E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}

rows = []  # dict(kind, ...)
groups = {}
for it in ITEMS:
    groups.setdefault(it["rep"], []).append(it)

blank_ref_pool = [it for it in ITEMS if it["cat"] in ("sync_open", "sync_closed", "submit", "local")]
blank_ref = set(id(x) for x in rng.sample(blank_ref_pool, 9))


def ref_cell(it):
    if id(it) in blank_ref:
        return None
    x = rng.random()
    if x < 0.7:
        return it["ref"]
    if x < 0.85:
        return f"{it['ref']} "
    return f"HMICFRS {it['ref']}"


def status_for(cat):
    if cat in ("sync_closed", "submit", "split_submit"):
        st = rng.choice(["Blue", "Blue", "Blue", "BLUE", "Complete"])
        return st, rng.choice(DONE_UPD)
    st = rng.choice(["Amber", "Amber", "Green", "Red", "AMBER"])
    upd = rng.choice(GREEN_UPD) if st == "Green" else rng.choice(OPEN_UPD)
    return st, upd


def sub_date(st, pub):
    if st.lower() in ("blue", "complete"):
        lo = max(pub + dt.timedelta(days=90), D(2016, 1, 1))
        return rng.choice([rdate(lo, D(2024, 2, 25)), rdate(lo, D(2024, 2, 25)), "Feb-24", "sent to FLL"])
    return rng.choice([None, None, None, "TBC"])


order = ["sas13", "everyone", "core", "integrity", "sas15", "picture", "firearms", "austerity", "leg16",
         "stolen", "efc17", "leg17", "eff17", "ncpi18", "peel19", "cdi19", "powers", "cdi21", "peel22",
         "cust22", "peel23"]
stale_refs = []
num = 0
for rep in order:
    title, pub, short = REPORTS[rep]
    rows.append(dict(kind="heading", text=f"{short} – {title.split(' – ')[0]} (published {pub:%d/%m/%Y})"))
    if rep == "austerity":
        for i, (bst, bup) in zip([0, 3], [("Blue", "Completed 2015. Closed by HMIC – kept for audit trail."),
                                           ("Amber", "Collaboration review ongoing with EMSOU partners.")]):
            num += 1
            sref = 2290 + 9 + i  # old register numbers not on the list
            while sref in allrefs:
                sref += 1
            typ, text = nat("austerity", i)
            rows.append(dict(kind="stale", no=num, ref=sref, short=short, type="Nat Rec", text=force_text(text, False),
                             lead=rng.choice(T.LEADS), st=bst, upd=bup, sub=None if bst == "Amber" else D(2015, 11, 30),
                             why=f"{short} item, ref {sref} not on the HMICFRS list (older register item)"))
        continue
    if rep == "leg16":
        num += 1
        t = fl("The force should {b}.", TB[tb[10]].format(t=topics[10]))
        rows.append(dict(kind="stale", no=num, ref=3977, short=short, type="AFI", text=t, lead=rng.choice(T.LEADS),
                         st="Blue", upd="Completed. Evidence submitted to HMICFRS for closure.", sub=D(2018, 2, 12),
                         why="PEEL Legitimacy 2016 AFI, ref 3977 not on the HMICFRS list"))
        continue
    for it in groups[rep]:
        c = it["cat"]
        if c == "missing":
            continue
        num += 1
        lead = rng.choice(T.LEADS)
        if c in ("split_sync", "split_submit", "conflict_bullet"):
            head, *bullets = [p.strip() for p in re.split(r"\n?•", it["text"])]
            head = STEM_RE.sub("", head)
            if c == "conflict_bullet":
                drop = 2
                bullets = [b for k, b in enumerate(bullets) if k != drop]
            for k, bl in enumerate(bullets, 1):
                st, upd = status_for("submit" if c == "split_submit" else "sync_open")
                if c == "split_sync" and st == "Green":
                    st = "Amber"
                    upd = rng.choice(OPEN_UPD)
                bl = bl.rstrip(";").removesuffix(" and").rstrip(";")
                rows.append(dict(kind="item", it=it, no=f"{num}.{k}", ref=it["ref"], short=short,
                                 type=FTYPE[it["type"]], text=f"{head} {bl}", lead=lead, st=st, upd=upd,
                                 sub=sub_date(st, pub), cat=c))
            continue
        st, upd = status_for(c)
        text = force_text(it["text"])
        ref_v = ref_cell(it)
        typ = FTYPE[it["type"]]
        sh = short
        if c == "conflict_type":
            typ = "Rec"
        if c == "conflict_ref":
            s = str(it["ref"])
            bad = int(s[:-2] + s[-1] + s[-2])
            assert bad not in allrefs and bad != it["ref"]
            ref_v = bad
            text = it["text"]
            it["badref"] = bad
        if c == "conflict_timescale":
            text = it["text"].replace("Immediately, forces should", "Within six months, forces should")
            assert text != it["text"]
            ref_v = it["ref"]
        if c in ("conflict_type", "conflict_report"):
            ref_v = it["ref"]
        if c == "conflict_report":
            sh = "PEEL 21/22"
            it["frep"] = sh
        if c == "sync_open_stalepos":
            st, upd = "Amber", "Reopened after internal audit found actions not embedded – portal position to be corrected."
        row = dict(kind="item", it=it, no=num, ref=ref_v, short=sh, type=typ, text=text, lead=lead, st=st,
                   upd=upd, sub=sub_date(st, pub), cat=c)
        if c == "conflict_report":
            # filed among the PEEL 21/22 rows
            pos = max(i for i, rr in enumerate(rows) if rr.get("short") == "PEEL 21/22") + 1
            rows.insert(pos, row)
        else:
            rows.append(row)
    if rep == "powers":
        num += 1
        typ, text = nat("powers", 3)
        rows.append(dict(kind="stale", no=num, ref=None, short=short, type="Nat Rec", text=text,
                         lead="Head of Corporate Development", st="Amber",
                         upd="Awaiting national direction from NPCC lead.", sub=None,
                         why="Home Office / NPCC recommendation from the police powers spotlight: not on the force's HMICFRS list"))
    if rep in ("peel22", "peel23"):
        for _ in range(2):
            num += 1
            t = rng.choice(T.LOCAL_PREFIXES[:5]) + rng.choice(T.LOCAL_ACTIONS).format(t=rng.choice(topics[:10]))
            st, upd = status_for(rng.choice(["sync_open", "submit"]))
            if st.lower() in ("blue", "complete"):
                upd = rng.choice(["Complete – signed off by lead.", "Done. Reported to Force Change Board."])
            rows.append(dict(kind="local", no=num, ref=None, short=short, type="Local", text=t,
                             lead=rng.choice(T.LEADS), st=st, upd=upd, sub=None,
                             why="force's own local action, no HMICFRS item"))
# a last local action at the end (JAC)
num += 1
rows.append(dict(kind="heading", text="Force actions (JAC / internal audit)"))
t = "JAC action: " + T.LOCAL_ACTIONS[8].format(t="HMICFRS recommendations")
rows.append(dict(kind="local", no=num, ref=None, short="JAC", type="Local", text=t, lead="Head of Corporate Development",
                 st="Green", upd=rng.choice(GREEN_UPD), sub=None, why="force's own JAC action, no HMICFRS item"))

fwb = Workbook()
fs = fwb.active
fs.title = "HMICFRS Tracker"
fs["A1"] = "Lincolnshire Police – HMICFRS recommendations & AFIs tracker (Organisational Learning)"
fs["A1"].font = Font(bold=True, size=13)
fs["A2"] = ("BRAG key:  Blue = complete / submitted to HMICFRS   Green = on track   "
            "Amber = some slippage   Red = off track")
FH = ["No.", "HMICFRS Ref", "Report", "Type", "Recommendation / AFI", "Owner", "BRAG", "Latest update",
      "Submitted to HMICFRS"]
FHR = 4
for j, h in enumerate(FH, 1):
    fs.cell(FHR, j, h).font = Font(bold=True)
r = FHR + 1
truth = []
for row in rows:
    if row["kind"] == "heading":
        fs.cell(r, 1, row["text"]).font = Font(bold=True, italic=True)
        r += 1
        continue
    vals = [row["no"], row["ref"], row["short"], row["type"], row["text"], row["lead"], row["st"], row["upd"], row["sub"]]
    for j, v in enumerate(vals, 1):
        cell = fs.cell(r, j, v)
        if j == 9 and isinstance(v, dt.date):
            cell.number_format = "dd/mm/yyyy"
        if j == 5:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    key = row["st"].capitalize() if row["st"] != "Complete" else None
    if key in FILL:
        fs.cell(r, 7).fill = PatternFill("solid", fgColor=FILL[key])
    row["frow"] = f"HMICFRS Tracker!{r}"
    r += 1
for col, w in zip("ABCDEFGHI", [6, 14, 14, 8, 90, 28, 9, 60, 16]):
    fs.column_dimensions[col].width = w
fs.freeze_panes = f"A{FHR + 1}"
ls = fwb.create_sheet("Lists")
for i, v in enumerate(["BRAG", "Blue", "Green", "Amber", "Red"], 1):
    ls.cell(i, 1, v)
for i, v in enumerate(["Type", "Rec", "AFI", "CoC", "Nat Rec", "Local"], 1):
    ls.cell(i, 2, v)
for i, v in enumerate(["Owner"] + [x for x in T.LEADS if x], 1):
    ls.cell(i, 3, v)
fwb.properties.creator = "OL Team"
fwb.properties.created = dt.datetime(2019, 6, 3, 9, 0)
fwb.properties.modified = dt.datetime(2024, 3, 7, 16, 12)
save_fixed(fwb, CASE / "tracker.xlsx", dt.datetime(2024, 3, 7, 16, 12))

# ---- truth
CATMAP = {"sync_open": "in_sync", "sync_open_stalepos": "in_sync", "sync_closed": "in_sync", "submit": "closeable_submit",
          "split_submit": "closeable_submit", "split_sync": "in_sync", "local": "closeable_local"}
WHY_OPEN = {"Awaiting review", "Being progressed", "Closure requested"}
for row in rows:
    if row["kind"] in ("stale", "local"):
        truth.append(("", row["frow"], "not_on_hmicfrs_list", row["why"]))
        continue
    if row["kind"] != "item":
        continue
    it, c = row["it"], row["cat"]
    hs = f"HMICFRS {it['status']}"
    fsx = f"force {row['st']}"
    if c.startswith("conflict"):
        why = {"conflict_timescale": "NRM rec: HMICFRS 'Immediately', tracker text says 'Within six months'",
               "conflict_bullet": "CDI 2021 victims rec split per bullet; tracker has 4 of 5 bullets (multiple-crimes bullet missing)",
               "conflict_type": "same ref and text; HMICFRS type Area for improvement, tracker type Rec",
               "conflict_report": "same ref and text; HMICFRS report PEEL 2023/24 (pub 09/11/2023), tracker files it under PEEL 21/22",
               "conflict_ref": f"text identical; tracker ref {it.get('badref')} (digits transposed) vs HMICFRS ref {it['ref']}"}[c]
        truth.append((it["hrow"], row["frow"], "conflict", why + f"; {hs}, {fsx}"))
        continue
    cat = CATMAP[c]
    why = f"{hs} vs {fsx}"
    if c == "sync_open_stalepos":
        why += "; portal Force position says Complete but that is not the HMICFRS status and tracker is Amber"
    if c in ("split_sync", "split_submit"):
        why += f"; one tracker row per bullet (No. {row['no']})"
    if row["ref"] is None:
        why += "; no ref in tracker, matched on text"
    if row["st"] == "Green":
        why += "; Green = on track per BRAG key (open)"
    if it["status"] == "Closure requested":
        why += "; closure requested is still open on the register"
    truth.append((it["hrow"], row["frow"], cat, why))
for it in ITEMS:
    if it["cat"] == "missing":
        truth.append((it["hrow"], "", "missing_from_force", f"{REPORTS[it['rep']][2]} item, HMICFRS {it['status']}; no tracker row"))


def sortkey(t):
    h = int(t[0].split("!")[1]) if t[0] else 10**6
    f = int(t[1].split("!")[1]) if t[1] else 0
    return (h, f)


truth.sort(key=sortkey)
with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
from collections import Counter
print(len(ITEMS), "HMICFRS items;", sum(1 for x in rows if x["kind"] != "heading"), "tracker rows")
print(Counter(t[2] for t in truth))
