"""Build the evaluation case `position_and_status_portal` (round 62).

HMICFRS side: a monitoring-portal extract with two status columns per item -- the force's own
self-reported "Position" (with its date) and HMICFRS's "Status" (with its date) -- plus a comment
column from the force liaison lead (FLL). Force side: an ordinary single-sheet RAG tracker with
report-title block rows.

Run:  /work/main/.venv/bin/python build_position_and_status_portal.py
Texts are imported from /work/main/reconcile/casegen/texts (real public HMICFRS wording).
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402
    ABBREVIATIONS, BODIES, CAUSES, CONTROL_ROOM, LOCAL_ACTIONS, NATIONAL, NATIONAL_TRACKER_NAMES,
    TOPIC_BODIES, TOPICS,
)
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402

SEED = 6202
rng = random.Random(SEED)
HERE = Path(__file__).resolve().parent
CASE = HERE / "position_and_status_portal"
CASE.mkdir(exist_ok=True)

FORCE, AREA, NEIGHBOUR = "Staffordshire Police", "Staffordshire", "West Midlands Police"
REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"
D = dt.date


def save_fixed(wb, path: Path) -> None:
    """Save so that a rebuild is byte for byte: fixed document dates and zip entry times."""
    import io
    import zipfile
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2024-10-14T08:47:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 10, 14, 8, 47, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)


# ---------------------------------------------------------------- reports
REPORTS = {k: (v[0], D(*v[1])) for k, v in NATIONAL.items()}
REPORTS.update({
    "eff16": ("PEEL: Police effectiveness 2016 – An inspection of Staffordshire Police", D(2017, 3, 2)),
    "efc17f": ("PEEL: Police efficiency 2017 – An inspection of Staffordshire Police", D(2017, 11, 9)),
    "leg17f": ("PEEL: Police legitimacy 2017 – An inspection of Staffordshire Police", D(2017, 12, 12)),
    "ncpi18": ("National child protection inspection: Staffordshire Police", D(2018, 6, 19)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Staffordshire Police",
                 D(2019, 5, 2)),
    "cdi19": ("Crime data integrity inspection 2019 – Staffordshire Police", D(2019, 9, 24)),
    "peel2122": ("PEEL 2021/22 – An inspection of Staffordshire Police", D(2022, 5, 27)),
    "peel2325": ("PEEL 2023–25 Police effectiveness, efficiency and legitimacy: An inspection of "
                 "Staffordshire Police", D(2024, 4, 18)),
})
# tracker block titles (the force's own names)
BLOCK = {k: NATIONAL_TRACKER_NAMES[k][0] for k in NATIONAL}
BLOCK.update({
    "eff16": "PEEL Effectiveness 2016 (published 02/03/2017)",
    "efc17f": "PEEL Efficiency 2017 – Staffordshire",
    "leg17f": "PEEL Legitimacy 2017 – Staffordshire",
    "ncpi18": "NCPI 2018 – Child protection",
    "peel1819": "PEEL 2018/19",
    "cdi19": "Crime Data Integrity 2019",
    "peel2122": "PEEL 2021/22 (published May 2022)",
    "peel2325": "PEEL 2023-25 (published April 2024)",
    "cdi14": "Crime Data Integrity 2014",
    "cust16": "Custody inspection 2016 (HMIC/HMIP)",
})
BLOCK_ORDER = ["sas13", "everyone", "austerity", "core", "cdi14", "integrity", "sas15", "picture",
               "firearms", "eff16", "cust16", "stolen", "efc17", "efc17f", "leg17", "leg17f",
               "ncpi18", "peel1819", "cdi19", "powers", "peel2122", "peel2325"]


def body(i: int) -> str:
    return BODIES[i].replace("{area}", AREA).replace("{neighbour}", NEIGHBOUR)


def topic(b: int, t: int) -> str:
    return TOPIC_BODIES[b].replace("{t}", TOPICS[t])


# ---------------------------------------------------------------- HMICFRS items
# (key, report, type, text, scenario)
ITEMS: list[dict] = []


def add(rep, typ, text, scen, **kw):
    ITEMS.append(dict(rep=rep, type=typ, text=text, scen=scen, **kw))


NAT_SCEN = {
    "sas13": ["CC", "LOC_SUP", "CC"],
    "everyone": ["CC"],
    "austerity": ["CC", "LOC_NFA", "MISS", "CC"],
    "core": ["CC", "MISS"],
    "integrity": ["LOC"],
    "sas15": ["CC"],
    "picture": ["LOC"],
    "firearms": ["CC", "CC", "LOC", "CC", "SUB_OLDPOS"],
    "stolen": ["CONF_BULLET", "CONF_TIME", "OO", "SUB", "SUB_FLL", "OO_T2", "LOC_SUP"],
    "efc17": ["SUB"],
    "leg17": ["OO", "SUB", "OO", "MISS_POS", "CC"],
    "powers": ["OO", "SUB", "OO", "CC_W", "LOC"],
}
for rep, (_title, _d, items) in NATIONAL.items():
    for (typ, text), scen in zip(items, NAT_SCEN[rep]):
        add(rep, typ, text, scen)

# force-level reports
add("eff16", COC, CAUSES[3], "LOC_SUP")
add("eff16", REC, "In order to improve the service it provides to victims of domestic abuse, offer "
    "the best possible protection and bring more perpetrators to justice, the force should "
    "immediately consider ways of increasing the use of arrest, ancillary orders and other "
    "available powers.", "CC")
add("eff16", REC, "To improve the service provided to victims of domestic abuse the force should "
    "immediately " + body(17) + ".", "LOC_SUP")
add("eff16", REC, "In addition, the force should immediately " + body(18) + ".", "CC")
add("eff16", AFI, "The force should " + body(51) + ".", "SUB")
add("eff16", AFI, "The force should " + body(6) + ".", "OO")
add("efc17f", AFI, "The force should " + body(11) + ".", "CC")
add("efc17f", AFI, "The force should " + body(12) + ".", "LOC")
add("efc17f", AFI, "The force should " + body(13) + ".", "SUB")
add("leg17f", AFI, "The force should " + body(10) + ".", "CONF_TYPE")
add("leg17f", AFI, "The force should " + body(58) + ".", "OO")
add("leg17f", AFI, "The force should " + body(27) + ".", "CC")
add("ncpi18", COC, CAUSES[1], "OO")
add("ncpi18", REC, "To address this cause of concern, HMIC recommends the force should immediately "
    + body(19) + ".", "SPLIT_OO")
add("ncpi18", REC, "Within six months Staffordshire Police should, " + body(35) + ".", "SUB")
add("peel1819", COC, CAUSES[2], "OO")
add("peel1819", REC, "HMIC recommends that the force should immediately: " + body(0) + "; and", "SUB")
add("peel1819", REC, "HMIC recommends that within six months the force should: " + body(5) + ";",
    "OO_T2")
add("peel1819", AFI, "The force should " + body(7) + ".", "CONF_REF")
add("peel1819", AFI, "The force should " + body(14) + ".", "CC")
add("peel1819", AFI, "The force should " + body(1) + ".", "LOC")
add("cdi19", REC, "Within six months the force should " + body(8) + ".", "SPLIT_SUB")
add("cdi19", AFI, "The force should " + body(9) + ".", "OO")
add("cdi19", AFI, "The force should " + topic(5, 0) + ".", "SUB_FLL")
add("peel2122", AFI, CONTROL_ROOM, "OO")
for (b, t), scen in zip([(1, 2), (3, 20), (4, 7), (8, 10), (11, 13), (12, 11), (9, 8), (6, 28)],
                        ["OO", "SUB", "LOC", "OO", "CONF_REPORT", "SUB", "OO", "LOC_SUP"]):
    add("peel2122", AFI, "The force should " + topic(b, t) + ".", scen)
for (b, t), scen in zip([(0, 31), (2, 26), (7, 14), (10, 1), (13, 6), (14, 9), (15, 4), (3, 19)],
                        ["MISS_NEW", "MISS_NEW", "OO_NEW", "OO", "OO", "SUB", "OO", "SUB"]):
    add("peel2325", AFI, "The force should " + topic(b, t) + ".", scen)

# portal IDs, rising with publication date
by_date = sorted(range(len(ITEMS)), key=lambda i: (REPORTS[ITEMS[i]["rep"]][1], i))
nid = 2300
for i in by_date:
    nid += rng.randint(3, 40) if REPORTS[ITEMS[i]["rep"]][1].year < 2017 else rng.randint(40, 260)
    ITEMS[i]["id"] = nid
ids = {it["id"] for it in ITEMS}
conf_ref = next(it for it in ITEMS if it["scen"] == "CONF_REF")
s = str(conf_ref["id"])
wrong = int(s[:-2] + s[-1] + s[-2])
assert wrong not in ids and wrong != conf_ref["id"]
conf_ref["wrong_id"] = wrong


def rdate(a: D, b: D) -> D:
    return a + dt.timedelta(days=rng.randint(0, max(0, (b - a).days)))


EXTRACT = D(2024, 10, 14)
SUP_TARGET = {"sas13": "PEEL: Police legitimacy 2017 (national overview)",
              "stolen": "the PEEL 2021/22 AFI on modern slavery and human trafficking",
              "eff16": "PEEL 2018/19 (cause of concern on investigation capacity)",
              "peel2122": "PEEL 2023–25"}

# position, status, dates and FLL comment per scenario
for it in ITEMS:
    pub = REPORTS[it["rep"]][1]
    sc = it["scen"]
    late = max(pub + dt.timedelta(days=200), D(2019, 1, 1))
    pos = posd = stat = statd = com = None
    if sc in ("CC", "CC_W"):
        posd = rdate(pub + dt.timedelta(days=90), min(pub + dt.timedelta(days=900), D(2024, 6, 1)))
        statd = posd + dt.timedelta(days=rng.randint(20, 200))
        pos, stat = ("Complete", "Complete") if sc == "CC" else ("Not applicable to force",
                                                                  "No further action required")
        com = rng.choice(["Evidence accepted by HMICFRS.", None, "Closed – evidence pack accepted.",
                          None]) if sc == "CC" else \
            "Recommendation directed at the Home Office and NPCC – no force action."
    elif sc in ("OO", "OO_NEW"):
        if sc == "OO_NEW" or it["rep"] == "peel2325" and rng.random() < .3:
            pos, posd, stat, statd = None, None, "Awaiting review", pub + dt.timedelta(days=1)
            com = "New recommendation"
        else:
            pos = rng.choice(["In progress", "In progress", "Not started", "In progress"])
            posd = rdate(late, D(2024, 9, 20))
            stat, statd = "Being progressed", rdate(pub + dt.timedelta(days=30), posd)
            com = rng.choice([None, None, "Update provided at quarterly FLL meeting.",
                              "Lead says complete locally – no evidence yet provided to HMICFRS.",
                              "Linked to force Vulnerability Improvement Delivery Plan."])
    elif sc == "OO_T2":
        pos, posd = "Complete", rdate(D(2023, 11, 1), D(2024, 1, 31))
        stat, statd = "Being progressed", posd + dt.timedelta(days=rng.randint(30, 90))
        com = ("Force proposed closure; HMICFRS asked for further evidence. Lead has since "
               "reopened the action locally.")
    elif sc == "SUB":
        pos = rng.choice(["Complete", "Proposed for closure", "Complete"])
        posd = rdate(D(2024, 3, 1), D(2024, 9, 30))
        stat, statd = "Being progressed", rdate(late, D(2023, 12, 31))
        com = rng.choice([None, "Evidence pack uploaded to portal.", None,
                          "Awaiting HMICFRS review of closure evidence."])
    elif sc == "SUB_OLDPOS":
        pos, posd = "In progress", D(2019, 2, 14)
        stat, statd = "Being progressed", D(2018, 11, 2)
        com = None
    elif sc == "SUB_FLL":
        pos, posd = "Complete", rdate(D(2024, 4, 1), D(2024, 6, 30))
        stat, statd = "Being progressed", rdate(D(2022, 1, 1), D(2023, 6, 30))
        com = ("Discussed at Q2 FLL engagement meeting 11/07/2024 – HMICFRS content to close; "
               "portal to be updated.")
    elif sc == "LOC":
        pos, posd = "In progress", rdate(late, D(2023, 9, 1))
        stat, statd = "Complete", rdate(posd + dt.timedelta(days=60), D(2024, 9, 1))
        com = rng.choice(["Closed by HMICFRS following inspection fieldwork – force had not proposed "
                          "closure.", None, "HMICFRS closed on review of force evidence."])
    elif sc == "LOC_SUP":
        pos, posd = "In progress", rdate(late, D(2022, 12, 1))
        stat, statd = "Superseded", rdate(posd + dt.timedelta(days=30), D(2024, 9, 1))
        com = "Superseded – now monitored under " + SUP_TARGET.get(it["rep"], "a later inspection") + "."
    elif sc == "LOC_NFA":
        pos, posd = "Not started", D(2015, 1, 12)
        stat, statd = "No further action required", D(2016, 4, 8)
        com = None
    elif sc in ("MISS", "MISS_POS", "MISS_NEW"):
        if sc == "MISS_NEW":
            stat, statd, com = "Awaiting review", pub + dt.timedelta(days=1), "New recommendation"
        elif sc == "MISS_POS":
            pos, posd = "In progress", D(2018, 10, 3)
            stat, statd = "Being progressed", D(2018, 8, 20)
        else:
            stat, statd = ("Being progressed", rdate(pub + dt.timedelta(days=60),
                                                      pub + dt.timedelta(days=700)))
    elif sc.startswith("CONF"):
        pos = "In progress"
        posd = rdate(late, D(2024, 8, 1))
        stat, statd = "Being progressed", rdate(pub + dt.timedelta(days=30), posd)
    elif sc == "SPLIT_SUB":
        pos, posd = "Complete", D(2024, 5, 22)
        stat, statd = "Being progressed", D(2020, 3, 11)
        com = "All five strands evidenced – submitted May 2024."
    elif sc == "SPLIT_OO":
        pos, posd = "In progress", D(2024, 7, 3)
        stat, statd = "Being progressed", D(2019, 1, 15)
    cap = D(2024, 10, 11)  # nothing dated after the extract (14/10/2024)
    if posd:
        posd = min(max(posd, pub + dt.timedelta(days=30)), cap)
    if statd:
        floor = pub + dt.timedelta(days=1 if stat == "Awaiting review" else 30)
        statd = min(max(statd, floor), cap)
        if stat in ("Complete", "No further action required", "Superseded") and posd and statd < posd:
            statd = min(posd + dt.timedelta(days=45), cap)
    it.update(pos=pos, posd=posd, stat=stat, statd=statd, com=com)
    it["hm_open"] = stat in ("Awaiting review", "Being progressed")

# ---------------------------------------------------------------- write HMICFRS workbook
HSHEET = "Recommendations"
wb = Workbook()
ws = wb.active
ws.title = HSHEET
bold = Font(bold=True)
ws["A1"] = "HMICFRS Monitoring Portal – Recommendations and areas for improvement"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = (f"Force: {FORCE}    Extract run: {EXTRACT:%d/%m/%Y} 08:47    Filter: All statuses; "
            "all reports    Sorted by: Report, ID")
ws["F4"] = "Force update (self-reported by force)"
ws["H4"] = "HMICFRS assessment"
ws["J4"] = "Force liaison lead"
ws.merge_cells("F4:G4")
ws.merge_cells("H4:I4")
for c in ("F4", "H4", "J4"):
    ws[c].font = bold
    ws[c].alignment = Alignment(horizontal="center")
HEAD = ["ID", "Report", "Published", "Type", "Recommendation / AFI", "Position", "Position date",
        "Status", "Status date", "FLL comment"]
for j, h in enumerate(HEAD, 1):
    ws.cell(5, j, h).font = bold
    ws.cell(5, j).fill = PatternFill("solid", fgColor="D9E1F2")
order = sorted(ITEMS, key=lambda it: (REPORTS[it["rep"]][0].lower(), it["id"]))
r = 6
for it in order:
    vals = [it["id"], REPORTS[it["rep"]][0], REPORTS[it["rep"]][1], it["type"], it["text"],
            it["pos"], it["posd"], it["stat"], it["statd"], it["com"]]
    for j, v in enumerate(vals, 1):
        c = ws.cell(r, j, v)
        if isinstance(v, D):
            c.number_format = "dd/mm/yyyy"
        if j in (2, 5, 10):
            c.alignment = Alignment(wrap_text=True, vertical="top")
    it["hrow"] = f"{HSHEET}!{r}"
    r += 1
ws.cell(r + 1, 1, f"{len(ITEMS)} records")
for col, w in zip("ABCDEFGHIJ", [8, 40, 11, 22, 80, 20, 12, 24, 12, 45]):
    ws.column_dimensions[col].width = w
ab = wb.create_sheet("About this extract")
for i, line in enumerate([
    "About this extract",
    "Position / Position date: the force's own self-reported position, entered by the force on the portal.",
    "Status / Status date: HMICFRS's monitoring status for the recommendation or AFI.",
    "FLL comment: free-text comment from the force liaison lead.",
    "Status values: Awaiting review; Being progressed; Complete; Superseded; No further action required.",
], 1):
    ab.cell(i, 1, line)
save_fixed(wb, CASE / "hmicfrs.xlsx")

# ---------------------------------------------------------------- force tracker rows
ABBR = [(p, s) for p, s in ABBREVIATIONS if p != r"\band\b"]
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
         "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
         "Supt Contact Centre", "Head of Learning & Development", "Ch Insp Custody", "DCC",
         "Director of Finance", "Supt Firearms Licensing", ""]
TYPE_LBL = {REC: "Recommendation", AFI: "AFI", COC: "Cause of concern", NAT: "National rec"}


def abbreviate(t: str) -> str:
    for p, s in ABBR:
        t = re.sub(p, s, t, flags=re.I)
    return t[0].upper() + t[1:]


def flatten(t: str) -> str:
    t = t.replace("\n", " ").replace("•", " - ").replace("  ", " ")
    return re.sub(r"\s+", " ", t).strip()


def force_text(it) -> str:
    t = it["text"]
    if it["type"] == AFI and t.startswith("The force should "):
        t = t[len("The force should "):]
        t = t[0].upper() + t[1:]
    elif t.startswith("HMIC recommends that the force should immediately: "):
        t = "Immediately - " + t[len("HMIC recommends that the force should immediately: "):]
    t = re.sub(r"intelligence 86 and", "intelligence and", t)
    t = re.sub(r"or another force; and 20", "or another force; and", t)
    x = rng.random()
    if x < .35:
        t = abbreviate(t)
    if x > .8:
        t = t.replace("receive", "recieve").replace("supervision", "supervison") \
             .replace("arrangements", "arrangments")
    return flatten(t) if rng.random() < .6 else t


DONE_UPD = ["Completed. Evidence submitted to HMICFRS for closure.",
            "Pending sign off by the chief officer lead.",
            "Complete – evidence pack on SharePoint; uploaded to HMICFRS portal.",
            "Already complete. Closure proposed at JAC."]
OPEN_UPD = ["Work undertaken in area but still requires development to complete.",
            "A Task & Finish group has been set up; policy rewrite under way.",
            "Ready to move to GREEN status once the dip sample is reported to Crime Standards Board.",
            "Addressed holistically as part of the force change programme.",
            "Little work yet undertaken in this area. Unlikely to reach deadlines.",
            "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update."]


def fdate(d: D):
    k = rng.random()
    if k < .5:
        return d
    if k < .8:
        return d.strftime("%d/%m/%Y")
    return d.strftime("%b-%y")


rows_by_block: dict[str, list[dict]] = {b: [] for b in BLOCK_ORDER}
TRUTH: list[tuple] = []  # filled after row numbers known: (item or None, frow dict, cat, why)

for it in ITEMS:
    sc = it["scen"]
    if sc.startswith("MISS"):
        continue
    lead = rng.choice(LEADS)
    show_ref = rng.random() < .65
    base = dict(item=it, ref=it["id"] if show_ref else None, type=TYPE_LBL[it["type"]],
                lead=lead, block=it["rep"], sub=None)
    if sc in ("CC", "CC_W"):
        row = dict(base, text=force_text(it), rag=rng.choice(["GREEN", "Green", "GREEN "]),
                   upd=f"Closed by HMICFRS {it['statd']:%d/%m/%Y}.", sub=fdate(it["posd"]))
        if sc == "CC_W":
            row.update(rag="WHITE", sub=None,
                       upd="Not Staffordshire Police's responsibility to deliver; Home Office/NPCC.")
        cat, why = "in_sync", f"HMICFRS Status '{it['stat']}' (closed); tracker RAG {row['rag'].strip()} (done)"
    elif sc in ("OO", "OO_NEW", "OO_T2"):
        row = dict(base, text=force_text(it), rag=rng.choice(["AMBER", "Amber", "AMBER", "RED"]),
                   upd=rng.choice(OPEN_UPD))
        if sc == "OO_NEW":
            row.update(rag="RED", upd="Awaiting allocation.", ref=None)
        if sc == "OO_T2":
            row.update(rag="AMBER", upd="Reopened after May 2024 dip sample found practice not "
                       "embedded. Closure request withdrawn.", sub=None)
        cat = "in_sync"
        why = f"HMICFRS Status '{it['stat']}' (open); tracker RAG {row['rag']} (open)"
        if sc == "OO_T2":
            why += "; portal Position 'Complete' is the force's own stale self-report, not HMICFRS's"
    elif sc in ("SUB", "SUB_OLDPOS", "SUB_FLL"):
        row = dict(base, text=force_text(it), rag=rng.choice(["GREEN", "Green"]),
                   upd=rng.choice(DONE_UPD), sub=fdate(rdate(max(D(2024, 3, 1), it["posd"] -
                                                               dt.timedelta(days=20)), D(2024, 9, 30))))
        cat = "closeable_submit"
        why = f"HMICFRS Status '{it['stat']}' (open); tracker RAG {row['rag']} (done)"
        if sc == "SUB_OLDPOS":
            why += "; portal Position 'In progress' (2019) is out of date, not HMICFRS's status"
        if sc == "SUB_FLL":
            why += "; FLL comment says HMICFRS content to close but Status is still open"
    elif sc in ("LOC", "LOC_SUP", "LOC_NFA"):
        row = dict(base, text=force_text(it), rag=rng.choice(["AMBER", "Amber", "RED"]),
                   upd=rng.choice(OPEN_UPD))
        cat = "closeable_local"
        why = f"HMICFRS Status '{it['stat']}' (closed); tracker RAG {row['rag']} (open)"
        if sc == "LOC":
            why += "; portal Position 'In progress' is the force's self-report"
    elif sc == "CONF_BULLET":
        lines = it["text"].split("\n")
        t = "\n".join(l for l in lines if not l.startswith("• every incident"))
        row = dict(base, text=abbreviate(t), rag="AMBER", upd=rng.choice(OPEN_UPD), ref=it["id"])
        cat, why = "conflict", ("tracker text omits the bullet 'every incident of modern slavery "
                                "identified to police is allocated appropriate resources…'")
    elif sc == "CONF_TIME":
        t = ("Within twelve months, forces should have in place active ISAs with other agencies to "
             "facilitate speedy exchange of intelligence and in order to safeguard victims better "
             "and to identify suspects as early as possible.")
        row = dict(base, text=t, rag="GREEN", upd=rng.choice(DONE_UPD),
                   sub=fdate(D(2024, 2, 9)), ref=None)
        cat, why = "conflict", "timescale: HMICFRS 'Within six months' vs tracker 'Within twelve months'"
    elif sc == "CONF_TYPE":
        row = dict(base, text=force_text(it), rag="AMBER", upd=rng.choice(OPEN_UPD),
                   type="Recommendation", ref=it["id"])
        cat, why = "conflict", "type: HMICFRS 'Area for improvement' vs tracker 'Recommendation'"
    elif sc == "CONF_REF":
        row = dict(base, text=force_text(it), rag="Amber", upd=rng.choice(OPEN_UPD),
                   ref=it["wrong_id"])
        cat, why = "conflict", (f"reference: HMICFRS ID {it['id']} vs tracker HMICFRS ID "
                                f"{it['wrong_id']} (digits transposed; same text)")
    elif sc == "CONF_REPORT":
        row = dict(base, text=force_text(it), rag="AMBER", upd=rng.choice(OPEN_UPD),
                   block="peel2325", ref=None)
        cat, why = "conflict", ("report: HMICFRS PEEL 2021/22 (27/05/2022) vs tracker filed under "
                                "PEEL 2023-25 (published April 2024)")
    elif sc == "SPLIT_SUB":
        stem, *bul = it["text"].split("\n")
        for k, b in enumerate(bul):
            b = b.lstrip("• ").rstrip(";.").removesuffix("; and").rstrip(";")
            lead_in = "Within 6 months put in place arrangements to ensure that: " if k == 0 else ""
            row = dict(base, text=f"{lead_in}({'abcde'[k]}) {b}", rag="GREEN", ref=it["id"],
                       upd="Complete – evidence pack uploaded May 2024.", sub=fdate(D(2024, 5, 22)),
                       lead="Force Crime Registrar", part=k)
            rows_by_block[row["block"]].append(row)
            TRUTH.append((it, row, "closeable_submit",
                          f"bullet {'abcde'[k]} of a recommendation split one row per bullet; "
                          f"HMICFRS Status 'Being progressed' (open); all five bullets GREEN (done)"))
        continue
    elif sc == "SPLIT_OO":
        stem, *bul = it["text"].split("\n")
        for k, b in enumerate(bul):
            b = b.lstrip("• ").rstrip(".").removesuffix("; and").rstrip(";")
            lead_in = ("Immediately review approach to reports of missing children and ensure "
                       "that - " if k == 0 else "")
            row = dict(base, text=f"Missing children ({k + 1}/3): {lead_in}{b}",
                       rag=["AMBER", "Amber", "RED"][k], ref=it["id"] if k == 0 else None,
                       upd=rng.choice(OPEN_UPD), lead="Ch Supt Public Protection", part=k)
            rows_by_block[row["block"]].append(row)
            TRUTH.append((it, row, "in_sync",
                          f"part {k + 1}/3 of a recommendation split one row per bullet; HMICFRS "
                          f"Status 'Being progressed' (open); tracker {row['rag']} (open)"))
        continue
    else:
        raise ValueError(sc)
    rows_by_block[row["block"]].append(row)
    TRUTH.append((it, row, cat, why))

# force-only rows: local actions and items HMICFRS closed long ago (dropped from its list)
LOCALS = [
    ("eff16", "Local action: " + LOCAL_ACTIONS[0].replace("{t}", "domestic abuse"), "GREEN"),
    ("ncpi18", LOCAL_ACTIONS[7].replace("{t}", "missing children"), "AMBER"),
    ("cdi19", "Force action - " + LOCAL_ACTIONS[2].replace("{t}", "rape"), "Amber"),
    ("peel2325", "Local action: " + LOCAL_ACTIONS[5].replace("{t}", "stalking and harassment"), "RED"),
    ("cdi14", "Make sure it records reports of hate crime accurately and without delay.", "GREEN"),
    ("cust16", "Make sure officers and staff have the training they need to identify and respond to "
               "people with mental ill health.", "GREEN"),
]
for blk, text, rag in LOCALS:
    old = blk in ("cdi14", "cust16")
    row = dict(item=None, ref=None, type="AFI" if old else "Local action", lead=rng.choice(LEADS),
               block=blk, text=text, rag=rag,
               upd=("Closed by HMICFRS 2017 – kept for audit trail." if old else rng.choice(
                   OPEN_UPD if rag != "GREEN" else ["Complete – reported to Force Executive Team."])),
               sub=fdate(D(2017, 6, 5)) if old else None)
    slots = [k for k, x in enumerate(rows_by_block[blk]) if x.get("part", 0) == 0]
    pos = rng.choice(slots + [len(rows_by_block[blk])])
    rows_by_block[blk].insert(pos, row)
    TRUTH.append((None, row, "not_on_hmicfrs_list",
                  "force's own local action; no HMICFRS item" if not old else
                  "old item from a report not on the HMICFRS list (closed by HMICFRS years ago)"))

# ---------------------------------------------------------------- write tracker
FSHEET = "Tracker"
wb = Workbook()
ws = wb.active
ws.title = FSHEET
ws["A1"] = "Staffordshire Police – HMICFRS Recommendations & AFIs Tracker"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Organisational Learning & Improvement Team. Last updated 30/09/2024. OFFICIAL"
ws["A3"] = ("RAG key: GREEN = implemented / submitted for closure; AMBER = in progress; RED = beyond "
            "deadline or not started; WHITE = not Staffordshire Police's responsibility to deliver")
FHEAD = ["No.", "HMICFRS ID", "Type", "Recommendation / AFI", "Lead", "RAG", "Progress update",
         "Date submitted for closure"]
for j, h in enumerate(FHEAD, 1):
    ws.cell(5, j, h).font = bold
    ws.cell(5, j).fill = PatternFill("solid", fgColor="FCE4D6")
FILL = {"GREEN": "C6EFCE", "AMBER": "FFEB9C", "RED": "FFC7CE", "WHITE": "FFFFFF"}
r, n = 6, 0
for blk in BLOCK_ORDER:
    rows = rows_by_block[blk]
    if not rows:
        continue
    ws.cell(r, 1, BLOCK[blk]).font = bold
    ws.cell(r, 1).fill = PatternFill("solid", fgColor="BFBFBF")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    r += 1
    for row in rows:
        if row.get("part", 0) == 0:
            n += 1
        no = f"{n}{'abcde'[row['part']]}" if "part" in row else n
        vals = [no, row["ref"], row["type"], row["text"], row["lead"] or None, row["rag"],
                row["upd"], row.get("sub")]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            if isinstance(v, D):
                c.number_format = "dd/mm/yyyy"
            if j in (4, 7):
                c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 6).fill = PatternFill("solid", fgColor=FILL[row["rag"].strip().upper()])
        row["frow"] = f"{FSHEET}!{r}"
        r += 1
for col, w in zip("ABCDEFGH", [6, 11, 16, 80, 24, 9, 50, 14]):
    ws.column_dimensions[col].width = w
save_fixed(wb, CASE / "tracker.xlsx")

# ---------------------------------------------------------------- truth
out = []
for it, row, cat, why in TRUTH:
    out.append((it["hrow"] if it else "", row["frow"], cat, why))
matched = {id(it) for it, *_ in TRUTH if it}
for it in ITEMS:
    if id(it) not in matched:
        extra = ("; the force's portal Position 'In progress' (2018) does not put it in the tracker"
                 if it["scen"] == "MISS_POS" else "")
        out.append((it["hrow"], "", "missing_from_force",
                    f"no tracker row; HMICFRS Status '{it['stat']}'{extra}"))


def key(t):
    h = int(t[0].split("!")[1]) if t[0] else 10_000
    f = int(t[1].split("!")[1]) if t[1] else 0
    return (h, f)


out.sort(key=key)
with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(out)
print(len(ITEMS), "HMICFRS items;", sum(1 for t in out if t[1]), "force rows;", len(out), "truth lines")
from collections import Counter  # noqa: E402
print(Counter(t[2] for t in out))
