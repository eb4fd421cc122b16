"""Case sharepoint_us_dates: Hampshire and Isle of Wight Constabulary. HMICFRS definitive list
as xlsx; the force tracker is a SharePoint list exported to Excel on a US-locale machine."""
from __future__ import annotations

import datetime as dt
import os
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.table import Table, TableStyleInfo

from common import (LOCAL_ACTIONS, category, force_should, nat, nat_date, nat_title, real,
                    why_for, write_truth)

OUT = "/tmp/indep6/yn/sharepoint_us_dates"
os.makedirs(OUT, exist_ok=True)
rng = random.Random(20240309)

FORCE = "Hampshire and Isle of Wight Constabulary"
REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"
F_TYPE = {REC: "Recommendation", AFI: "AFI", COC: "Cause of Concern"}

REPORTS = {
    "H16": ("PEEL: Police effectiveness 2016 – Hampshire Constabulary", dt.date(2017, 3, 2),
            "PEEL Effectiveness 2016"),
    "P21": ("PEEL 2021/22: An inspection of Hampshire Constabulary", dt.date(2022, 7, 8),
            "PEEL 2021/22"),
    "P23": ("PEEL 2023–2025: An inspection of Hampshire and Isle of Wight Constabulary",
            dt.date(2024, 3, 9), "PEEL 2023-25"),
}
TRACKER_NAME = {
    "sas13": "Stop & Search powers (HMIC 2013)", "sas15": "Stop & search powers 2",
    "everyone": "Everyone's Business (DA) 2014", "integrity": "Integrity Matters 2015",
    "picture": "Building the Picture 2015", "firearms": "Targeting the Risk (Firearms Licensing) 2015",
    "stolen": "Stolen Freedom (MSHT) 2017", "efc17": "PEEL Efficiency 17 (all forces)",
    "leg17": "PEEL Legit 17 S&S", "powers": "Police powers spotlight (Feb 21)",
    "core": "Core Business 2014",
}
for k, tn in TRACKER_NAME.items():
    REPORTS[k] = (nat_title(k), dt.date(*nat_date(k)), tn)

I = []


def item(k, rep, typ, text, hs, title, fstat, rows=None, cat=None, why=None, ref=None,
         detail=None):
    """hs: HMICFRS status word. fstat: force Progress Status (None = missing).
    rows: for splits, list of (title, detail, status). detail: force text override."""
    I.append(dict(k=k, rep=rep, typ=typ, text=text, hs=hs, title=title, fstat=fstat, rows=rows,
                  cat=cat, why=why, ref=ref, detail=detail))


BP, AR, CO, SU = "Being progressed", "Awaiting review", "Completed", "Superseded"
NS, IP, CP, DF, OH = "Not Started", "In Progress", "Completed", "Deferred", "On Hold"
IM_D = ("Put in place arrangements to scrutinise audits of compliance with the APP on information "
        "management through the force information management governance structure.")

# --- PEEL effectiveness 2016 (real Hampshire texts)
item("h_coc", "H16", COC, real(21), CO, "DA – cause of concern (victim support / arrests)", CP)
item("h1", "H16", REC, real(22), SU, "DA – use of arrest & ancillary orders", IP, ref=8787)
item("h2", "H16", REC, real(23), CO, "DA – victims not supporting investigations", CP)
item("h3", "H16", REC, real(24), CO, "DA – telephone risk assessments (resolution centre)", OH)
# --- PEEL 2021/22
item("p1", "P21", AFI, force_should(15), BP, "Vetting backlog", CP)
item("p2", "P21", AFI, force_should(40), BP, "Control room resourcing", IP)
item("p3", "P21", AFI, force_should(41), BP, "DASH supervision", DF)
item("p4", "P21", AFI, force_should(7), SU, "Released under investigation (RUI)", CP)
item("p5", "P21", AFI, force_should(6), BP, "Digital evidence – device backlog", CP)
item("p6", "P21", AFI, force_should(13), BP, "Workforce plan", OH)
item("p7", "P21", AFI, force_should(11), CO, "Understanding demand", IP)
item("p8", "P21", AFI, force_should(14), BP, "RMS – case file management", NS)
item("p9", "P21", AFI, force_should(19), BP, "Missing children", IP)
item("p10", "P21", AFI, force_should(27), AR, "Whistleblowing / raising concerns", CP)
item("p11", "P21", AFI, force_should(29), BP, None, None)
# --- PEEL 2023-25
item("q1", "P23", REC, "Within six months, the force should improve the supervision of "
     "investigations, so that investigation plans are set, reviewed and recorded and victims "
     "receive a consistently good service.", BP, "Supervision of investigations", IP,
     cat="conflict", why="type differs: HMICFRS lists a Recommendation (six-month deadline); the "
     "tracker's Type column says AFI")
item("q2", "P23", REC, "Within three months, the force should put in place arrangements to "
     "scrutinise audits of compliance with the APP on information management through the force "
     "information management governance structure.", BP, "Information management audits", IP,
     detail=IM_D)
item("q3", "P23", AFI, force_should(56), AR, "Raising concerns – accessible info", NS)
item("q4", "P23", AFI, force_should(25), AR, "Team cultures", IP)
item("q5", "P23", AFI, force_should(26), AR, "Succession planning – diversity", DF)
item("q6", "P23", AFI, force_should(55), AR, "Background checks", CP)
item("q7", "P23", AFI, force_should(24), AR, None, None)
item("q8", "P23", AFI, force_should(21), BP, "Strategic oversight of risk & performance", IP,
     cat="conflict", why="report differs: HMICFRS holds this AFI under PEEL 2023–2025 (published "
     "9 March 2024); the tracker files it under Inspection 'PEEL 2021/22' with Report Published "
     "7/8/2022")
item("q9", "P23", AFI, force_should(33), BP, "Comms skills in CPD / BWV debriefs", IP)
# --- national
item("sas13_1", "sas13", REC, nat("sas13", 1), BP, None, None)
item("sas13_2", "sas13", REC, nat("sas13", 2), CO, "S&S monitoring (2013)", CP)
item("sas13_3", "sas13", REC, nat("sas13", 3), CO, "S&S community scrutiny", CP)
item("sas15_1", "sas15", REC, nat("sas15", 1), BP, "S&S community scrutiny", IP)
item("everyone", "everyone", REC, nat("everyone", 1), BP, None, "split", ref=2321, rows=[
    ("DA action plan (Everyone's Business)",
     "By September 2014, every police force in England and Wales should establish and publish an "
     "action plan that specifies in detail what steps it will take to improve its approach to "
     "domestic abuse. This action plan should be developed in consultation with police and crime "
     "commissioners, domestic abuse support organisations and victims' representatives;", CP),
    ("DA action plan – DHRs & IPCC findings",
     "Action plan to be developed with reference to all relevant domestic homicide reviews and "
     "IPCC findings, whether in connection with the force in question or another force", IP),
], cat="conflict", why="split into two rows that cover the plan, the consultation bullet and the "
   "DHR/IPCC bullet only; no row for the bullets 'after close consideration of all the "
   "recommendations in this report' and 'drawing on ... CPS scrutiny panels and MARAC "
   "self-assessments'")
item("integrity", "integrity", REC, nat("integrity", 1), CO, "Misconduct NFA outcomes – fairness",
     DF, ref=902)
item("picture", "picture", REC, nat("picture", 1), CO, "Information management audits", CP,
     detail=IM_D)
item("fa1", "firearms", REC, nat("firearms", 1), CO, "Firearms licensing governance", CP)
item("fa2", "firearms", REC, nat("firearms", 2), BP, "Firearms licensing demand/capacity", CP)
item("fa3", "firearms", REC, nat("firearms", 3), CO, "'Total expired' licences", IP)
item("fa4", "firearms", REC, nat("firearms", 4), BP, "Temporary permits", CP, cat="conflict",
     why="reference differs: tracker HMICFRS Ref {tref} vs HMICFRS Reference {href} (digits "
         "transposed; {tref} is not on the list); same text")
item("fa5", "firearms", REC, nat("firearms", 5), BP, "Certificate holders – incident flags", IP,
     cat="conflict", why="timescale differs: HMICFRS 'Within three months' vs tracker 'Within six "
     "months'", detail="Within six months, all chief constables should ensure that systems "
     "designed to identify, prior to police attendance, whether a reported incident involves or "
     "is at the address of a firearm certificate holder are in place and are always applied by "
     "staff dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when appropriate, "
     "to seize firearms and firearm certificates.")
item("sf1", "stolen", REC, nat("stolen", 1), BP, "MSHT leadership & governance", IP)
item("sf2", "stolen", REC, nat("stolen", 2), CO, "MSHT information sharing agreements", CP)
item("sf3", "stolen", REC, nat("stolen", 3), BP, "Section 45 defence", CP)
item("sf4", "stolen", REC, nat("stolen", 4), BP, "NRM compliance", IP, cat="conflict",
     why="publication date differs: HMICFRS has Stolen freedom published 24/10/2017; the "
         "tracker's Report Published says 10/24/2018")
item("sf5", "stolen", REC, nat("stolen", 5), SU, "MSHT crime recording (NCRS)", OH)
item("sf6", "stolen", REC, nat("stolen", 6), BP, "MSHT investigations", IP)
item("sf7", "stolen", REC, nat("stolen", 7), BP, None, None)
item("efc17", "efc17", REC, nat("efc17", 1), AR, "Digital services plan", CP)
item("lg_coc", "leg17", COC, nat("leg17", 1), CO, "S&S – cause of concern (BAME disproportionality)",
     CP, ref=8541)
item("lg1", "leg17", REC, nat("leg17", 2), BP, None, "split", rows=[
    ("S&S data monitoring – disproportionality",
     "By July 2018 monitor S&S data to understand the reasons for any disproportionate "
     "representation of different ethnic groups in the use of stop and search", CP),
    ("S&S data monitoring – find rates",
     "Monitor the extent to which find rates differ between people from different ethnicities, "
     "and across different types of searches (including separate identification of find rates "
     "for drug possession and supply-type offences)", CP),
    ("S&S data monitoring – possession-only drug searches",
     "Monitor the prevalence of possession-only drug searches, and the extent to which these align "
     "with local or force level priorities", CP),
])
item("lg2", "leg17", REC, nat("leg17", 3), BP, "Disparities – research & action", DF)
item("lg3", "leg17", REC, nat("leg17", 4), CO, "Publish S&S analysis annually", NS)
item("lg4", "leg17", REC, nat("leg17", 5), CO, "Unconscious bias training (S&S)", CP)
item("pw1", "powers", REC, nat("powers", 1), BP, "Communication skills training", CP)
item("pw2", "powers", REC, nat("powers", 2), CO, "Comms skills in CPD / BWV debriefs", CP)
item("pw3", "powers", REC, nat("powers", 3), BP, "BWV – S&S encounters", IP)
item("pw5", "powers", REC, nat("powers", 5), CO, "Use of force monitoring", IP)
item("core1", "core", REC, nat("core", 1), CO, "THRIVE criteria for call handlers", CP, ref=4822)
item("core2", "core", REC, nat("core", 2), BP, "Crime prevention activity recording", OH)

assert len(I) == 55, len(I)

EXTRA = [  # (title, detail, inspection, published, type, status)
    ("Savings through collaboration (<10%)", nat("austerity", 2), "Policing in Austerity 2014",
     dt.date(2014, 7, 22), "Recommendation", CP),
    ("Front line workforce reductions", nat("austerity", 3), "Policing in Austerity 2014",
     dt.date(2014, 7, 22), "Recommendation", IP),
    ("Detention of children in custody (learning from Beds NCPI)", real(57),
     "Learning from other forces", dt.date(2017, 11, 24), "Recommendation", IP),
    ("Internal audit – firearms licensing governance",
     LOCAL_ACTIONS[8].format(t="firearms licensing"), "Internal Audit", None, "Local action", NS),
    ("HBA single points of contact", LOCAL_ACTIONS[5].format(t="honour-based abuse"),
     "Force Improvement Plan", None, "Local action", CP),
    ("Stalking policy rewrite", LOCAL_ACTIONS[4].format(t="stalking and harassment"),
     "JAC action", None, "Local action", IP),
]

# ---------------------------------------------------------------- HMICFRS xlsx
ORDER = ["H16", "P21", "P23", "sas13", "everyone", "core", "integrity", "sas15", "picture",
         "firearms", "stolen", "efc17", "leg17", "powers"]
used = {it["ref"] for it in I if it["ref"]}
RANGES = {"H16": (8700, 8999), "P21": (14800, 15200), "P23": (17900, 18300),
          "sas13": (1200, 1900), "everyone": (2300, 2400), "core": (4800, 5200),
          "integrity": (880, 1100), "sas15": (5300, 5900), "picture": (6000, 6400),
          "firearms": (6500, 6990), "stolen": (8200, 8500), "efc17": (8500, 8540),
          "leg17": (8541, 8600), "powers": (12100, 12400)}
for it in I:
    if it["ref"] is None:
        while True:
            n = rng.randint(*RANGES[it["rep"]])
            if n not in used:
                break
        used.add(n)
        it["ref"] = n
# fa4 reference: make sure the transposed form exists nowhere on the list
fa4 = next(it for it in I if it["k"] == "fa4")
while True:
    s = str(fa4["ref"])
    t = s[:1] + s[2] + s[1] + s[3:]
    if t != s and int(t) not in used:
        break
    used.discard(fa4["ref"])
    fa4["ref"] = rng.randint(6500, 6990)
    while fa4["ref"] in used:
        fa4["ref"] = rng.randint(6500, 6990)
    used.add(fa4["ref"])
fa4["tref"] = int(t)
fa4["why"] = fa4["why"].format(tref=t, href=fa4["ref"])

AS_AT = dt.date(2024, 5, 15)


def rand_date(a, b):
    if b <= a:
        return a
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


wb = Workbook()
ws = wb.active
ws.title = "Definitive list"
ws["A1"] = f"HMICFRS monitoring – {FORCE}"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = ("Definitive list of recommendations, causes of concern and areas for improvement held "
            "against the force, as at 15 May 2024 (includes items closed in the last 12 months)")
HEAD = ["Reference", "Report title", "Publication date", "Type", "Recommendation / AFI text",
        "Status", "Status date"]
for c, h in enumerate(HEAD, 1):
    ws.cell(4, c, h).font = Font(bold=True)
r = 5
by = {}
for it in I:
    by.setdefault(it["rep"], []).append(it)
for rep in ORDER:
    title, pub, _ = REPORTS[rep]
    for it in by[rep]:
        ws.cell(r, 1, it["ref"])
        ws.cell(r, 2, title)
        ws.cell(r, 3, pub).number_format = "dd/mm/yyyy"
        ws.cell(r, 4, it["typ"])
        ws.cell(r, 5, it["text"]).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 6, it["hs"])
        sd = rand_date(pub + dt.timedelta(days=90), AS_AT) if it["hs"] in (CO, SU) else \
            rand_date(max(pub, dt.date(2023, 5, 1)), AS_AT)
        ws.cell(r, 7, sd).number_format = "dd/mm/yyyy"
        it["hrow"] = f"Definitive list!{r}"
        it["h_open"] = it["hs"] in (BP, AR)
        r += 1
for col, w in zip("ABCDEFG", [11, 48, 14, 20, 90, 16, 12]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A5"
wb.save(os.path.join(OUT, "hmicfrs.xlsx"))

# ---------------------------------------------------------------- tracker rows
PEOPLE = ["Hughes, Mark", "Patel, Anita", "O'Connor, Siobhan", "Evans, Gareth", "Walker, Claire",
          "Ahmed, Imran", "Turner, Paul", "Khan, Sara", "Fletcher, Rob", None]
EDITORS = ["Morgan, Lisa (OL&A)", "Bishop, Tom (OL&A)", "Patel, Anita", "Walker, Claire"]
DONE_UPD = ["Completed. Evidence submitted to HMICFRS for closure.",
            "Closure report approved at Strategic Learning Board; evidence uploaded.",
            "Already complete / believed to be complete within short time scale (and within "
            "deadline).",
            "The policy is now signed off and in place with an implementation date of the end of "
            "October."]
OPEN_UPD = ["Work undertaken in area but still requires development to complete.",
            "Little work yet undertaken in this area. Unlikely to reach deadlines.",
            "A Task & Finish group has been set up; implementation plan in draft.",
            "Awaiting allocation.", "Covered by the Vulnerability Improvement Delivery Plan; see "
            "latest plan update.", None]
DEFER_UPD = ["Deferred until the new Niche RMS release – revisit Q3.",
             "On hold pending the force operating model review.",
             "Deferred by Chief Officer Group pending funding decision.",
             "Paused – lead officer vacancy."]


def us_text(d: dt.date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def date_cell(d, p_text=0.55, force_text=False):
    """A US-locale value: either m/d/yyyy text or a real date."""
    if d is None:
        return None
    if force_text or rng.random() < p_text:
        return us_text(d)
    return d


def force_detail(it):
    if it["detail"]:
        return it["detail"]
    return it["text"].replace("\n", " ").replace("  ", " ")


tr = []  # dicts
for it in I:
    if it["fstat"] is None:
        continue
    title, pub, iname = REPORTS[it["rep"]]
    base = dict(item=it, inspection=iname, published=pub, type=F_TYPE[it["typ"]])
    if it["k"] == "q1":
        base["type"] = "AFI"
    if it["k"] == "q8":
        base["inspection"] = "PEEL 2021/22"
        base["published"] = REPORTS["P21"][1]
    if it["k"] == "sf4":
        base["published"] = dt.date(2018, 10, 24)
        base["pub_text"] = True
    if it["rows"]:
        for (tt, dd, st) in it["rows"]:
            tr.append(dict(base, title=tt, detail=dd, status=st))
    else:
        tr.append(dict(base, title=it["title"], detail=force_detail(it), status=it["fstat"]))
for (tt, dd, iname, pub, typ, st) in EXTRA:
    tr.append(dict(item=None, inspection=iname, published=pub, type=typ, title=tt,
                   detail=dd.replace("\n", " "), status=st))
assert len(tr) == 60, len(tr)

# SharePoint IDs: list created in 2019 with the older items, PEEL 2021/22 added in 2022,
# PEEL 2023-25 in 2024; some items deleted, so IDs have gaps. Export sorted by ID.
def created_for(row):
    pub = row["published"] or dt.date(2023, 6, 1)
    return max(pub, dt.date(2019, 9, 2)) + dt.timedelta(days=rng.randint(10, 70))


for row in tr:
    row["created"] = dt.datetime.combine(created_for(row), dt.time(rng.randint(8, 17),
                                                                     rng.randint(0, 59)))
tr.sort(key=lambda x: (x["created"], rng.random()))
# 'Recommendation Detail' was a 'Single line of text' column (255 characters) until it was
# changed to 'Multiple lines of text' in June 2020: items entered before then are cut at 255.
for row in tr:
    if row["created"] < dt.datetime(2020, 6, 1) and len(row["detail"]) > 255:
        row["detail"] = row["detail"][:255]
        row["truncated"] = True
sp_id = 0
for row in tr:
    sp_id += rng.choice([1, 1, 1, 1, 2, 3])
    row["id"] = sp_id

# HMICFRS Ref on ~60% of rows (never on the local rows, never on the q8 row)
ref_rows = [row for row in tr if row["item"] is not None and row["item"]["k"] != "q8"]
rng.shuffle(ref_rows)
n_ref = round(0.6 * len(tr))
with_ref = set(id(x) for x in ref_rows[:n_ref])
for row in tr:
    it = row["item"]
    if it is None:
        row["ref"] = None
        continue
    if it["k"] == "fa4":
        row["ref"] = f"#{it['tref']}"
        continue
    if id(row) not in with_ref and it["k"] not in ("lg1", "everyone"):
        row["ref"] = None
        continue
    row["ref"] = f"#{it['ref']}" if rng.random() < 0.25 else it["ref"]

wb = Workbook()
ws = wb.active
ws.title = "owssvr"
COLS = ["ID", "Title", "Recommendation Detail", "HMICFRS Ref", "Inspection", "Report Published",
        "Type", "Progress Status", "Lead Officer", "Target Date", "Date Completed",
        "Latest Update", "Modified", "Created", "Modified By", "Compliance Asset Id",
        "Item Type", "Path"]
for c, h in enumerate(COLS, 1):
    ws.cell(1, c, h)
for i, row in enumerate(tr, 2):
    it = row["item"]
    st = row["status"]
    pub = row["published"]
    ws.cell(i, 1, row["id"])
    ws.cell(i, 2, row["title"])
    ws.cell(i, 3, row["detail"])
    ws.cell(i, 4, row["ref"])
    ws.cell(i, 5, row["inspection"])
    v = date_cell(pub, force_text=row.get("pub_text", False))
    c = ws.cell(i, 6, v)
    if isinstance(v, dt.date):
        c.number_format = "m/d/yyyy"
    ws.cell(i, 7, row["type"])
    ws.cell(i, 8, st)
    ws.cell(i, 9, rng.choice(PEOPLE))
    if pub:
        tgt = pub + dt.timedelta(days=rng.choice([90, 182, 365]))
    else:
        tgt = dt.date(2024, rng.randint(6, 12), rng.randint(1, 28))
    v = date_cell(tgt)
    c = ws.cell(i, 10, v)
    if isinstance(v, dt.date):
        c.number_format = "m/d/yyyy"
    modified = row["created"] + dt.timedelta(days=rng.randint(20, 400))
    modified = min(modified, dt.datetime(2024, 5, 10, 16, 5))
    if st == CP:
        done_d = min(modified.date(), dt.date(2024, 5, 10)) - dt.timedelta(days=rng.randint(0, 20))
        v = date_cell(done_d)
        c = ws.cell(i, 11, v)
        if isinstance(v, dt.date):
            c.number_format = "m/d/yyyy"
        upd = rng.choice(DONE_UPD)
    elif st in (DF, OH):
        upd = rng.choice(DEFER_UPD)
    else:
        upd = rng.choice(OPEN_UPD)
    if upd:
        ud = modified.date() - dt.timedelta(days=rng.randint(0, 5))
        ws.cell(i, 12, f"{us_text(ud)} - {upd}")
    c = ws.cell(i, 13, modified)
    c.number_format = "m/d/yyyy h:mm AM/PM"
    c = ws.cell(i, 14, row["created"])
    c.number_format = "m/d/yyyy h:mm AM/PM"
    ws.cell(i, 15, rng.choice(EDITORS))
    ws.cell(i, 16, None)
    ws.cell(i, 17, "Item")
    ws.cell(i, 18, "sites/OrgLearning/Lists/HMICFRS Recommendations")
    row["xrow"] = i
last = len(tr) + 1
tab = Table(displayName="Table1", ref=f"A1:R{last}")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(tab)
for col in ["O", "P", "Q", "R"]:
    ws.column_dimensions[col].hidden = True
for col, w in zip("ABCDEFGHIJKLMN", [6, 34, 80, 12, 30, 14, 16, 14, 18, 12, 14, 50, 18, 18]):
    ws.column_dimensions[col].width = w
wb.save(os.path.join(OUT, "tracker.xlsx"))

# ---------------------------------------------------------------- truth
lines = []
for it in I:
    if it["fstat"] is None:
        lines.append((it["hrow"], "", "missing_from_force",
                      f"on the HMICFRS list ({it['hs']}); no tracker row"))
        continue
    my = [row for row in tr if row["item"] is it]
    if it["cat"]:
        cat, why = it["cat"], it["why"]
    else:
        f_done = all(row["status"] == CP for row in my)
        cat = category(it["h_open"], f_done)
        if len(my) > 1:
            why = (f"split into {len(my)} rows, Progress Status "
                   + "/".join(row["status"] for row in my)
                   + f" (all done: {f_done}); HMICFRS '{it['hs']}'")
        else:
            why = why_for(cat, it["hs"], "Progress Status " + my[0]["status"])
        if my[0]["status"] in (DF, OH):
            why += " (Deferred/On Hold read as open)"
        pv = my[0]["published"]
        if any(isinstance(ws.cell(row["xrow"], 6).value, str) and pv.day <= 12
               and pv.day != pv.month for row in my):
            why += f"; Report Published written '{us_text(pv)}' (US m/d) = {pv:%d/%m/%Y}, not a conflict"
    for row in my:
        lines.append((it["hrow"], f"owssvr!{row['xrow']}", cat, why))
for row in tr:
    if row["item"] is None:
        lines.append(("", f"owssvr!{row['xrow']}", "not_on_hmicfrs_list",
                      f"tracker item '{row['title']}' ({row['inspection']}) has no item on the "
                      "HMICFRS list"))
write_truth(os.path.join(OUT, "truth.csv"), lines)

from collections import Counter  # noqa: E402
print("items", len(I), "tracker rows", len(tr), "truth lines", len(lines))
print(Counter(l[2] for l in lines))
print("refs filled", sum(1 for row in tr if row["ref"] is not None))
