"""Build the case `register_migration_legacy_ids`.

HMICFRS side: a definitive list exported after HMICFRS moved its old web recommendation
register (plain 4-digit ids) onto a monitoring list with new 5-digit references. Legacy items
keep their legacy id in a column (or, for one imported theme, only inside the report title
"... (8541)"), keep the old status slugs and text dates, and two legacy records were
consolidated into one reference. Force side: an ordinary tracker begun in 2016 that quotes
whatever id was current when the row was added.

Run: /work/main/.venv/bin/python build_register_migration_legacy_ids.py
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

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import national as N  # noqa: E402  (text lists only)
from reconcile.casegen.texts import force as F  # noqa: E402
from reconcile.casegen.texts import tracker as T  # noqa: E402

SEED = 16060
rng = random.Random(SEED)
HERE = Path(__file__).resolve().parent
CASE = HERE / "register_migration_legacy_ids"
CASE.mkdir(exist_ok=True)

FORCE = "Cheshire Constabulary"
LIST_DATE = dt.date(2024, 3, 11)
D = dt.date

# --------------------------------------------------------------------------------------------
# Items. Each: report title (HMICFRS), force heading, publication date, type, text, legacy id
# (None for post-2019 reports), plus a fixed category when the item carries a trap.
# --------------------------------------------------------------------------------------------
items: list[dict] = []


def add(report, fhead, pub, typ, text, legacy=None, cat=None, **kw):
    it = dict(report=report, fhead=fhead, pub=pub, type=typ, text=text, legacy=legacy,
              cat=cat, **kw)
    items.append(it)
    return it


nat = N.NATIONAL
heads = {
    "sas13": "Stop and Search 2013", "everyone": "Everyone's Business (DA) 2014",
    "austerity": "Policing in Austerity 2014", "core": "Core Business 2014",
    "integrity": "Integrity Matters 2015", "sas15": "Stop and Search 2 (2015)",
    "picture": "Building the Picture 2015",
    "firearms": "Targeting the Risk (Firearms Licensing) 2015",
    "stolen": "Stolen Freedom (MSHT) 2017", "efc17": "PEEL Efficiency 17 (all forces)",
    "leg17": "PEEL Legit 17 S&S", "powers": "Police powers spotlight (Feb 21)",
}

# legacy ids grow with publication date, as on the old register
legacy_pool = iter(sorted(rng.sample(range(1200, 8900), 80)))

force_reports = []  # (title, heading, pub, [(type, text, legacy?)])
FR = []


def stem(typ, body, s):
    return s.format(b=body, force=FORCE, deadline="March 2017")


# national, chronological
order = ["sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture",
         "firearms"]
nat_items = {}
for key in order:
    title, (y, m, d), lst = nat[key]
    for i, (typ, text) in enumerate(lst):
        it = add(title, heads[key], D(y, m, d), typ, text, legacy=next(legacy_pool),
                 key=f"{key}{i+1}")
        nat_items[it["key"]] = it

# force-level legacy reports
bod = F.BODIES
add("Crime data integrity inspection 2016", "CDI 2016", D(2016, 9, 15), N.REC,
    "Within six months the force should " + F.CDI_VICTIMS_BODY + ".",
    legacy=next(legacy_pool), key="cdi16a")
add("Crime data integrity inspection 2016", "CDI 2016", D(2016, 9, 15), N.REC,
    "Within six months the force should improve its use of its crime-recording and "
    "management system to better manage its case files and investigative processes.",
    legacy=next(legacy_pool), key="cdi16b")
add("PEEL: Police effectiveness 2016", "PEEL Effectiveness 2016", D(2017, 3, 2), N.COC,
    F.CAUSES[1], legacy=next(legacy_pool), key="eff16coc")
add("PEEL: Police effectiveness 2016", "PEEL Effectiveness 2016", D(2017, 3, 2), N.REC,
    "To address this cause of concern, HMIC recommends the force should immediately "
    + bod[19] + ".", legacy=next(legacy_pool), key="eff16rec")
add("PEEL: Police effectiveness 2016", "PEEL Effectiveness 2016", D(2017, 3, 2), N.AFI,
    "The force should " + bod[41] + ".", legacy=next(legacy_pool), key="eff16afi1")
add("PEEL: Police effectiveness 2016", "PEEL Effectiveness 2016", D(2017, 3, 2), N.AFI,
    "The force should " + bod[6] + ".", legacy=next(legacy_pool), key="eff16afi2")
add("National child protection inspection 2017", "NCPI 2017", D(2017, 6, 20), N.REC,
    "Within six months the force should " + bod[5] + ". This supervision should be properly "
    "recorded.", legacy=next(legacy_pool), key="ncpi1")
add("National child protection inspection 2017", "NCPI 2017", D(2017, 6, 20), N.REC,
    "Within three months, the force should " + bod[17] + ".", legacy=next(legacy_pool),
    key="ncpi2")
for key in ["stolen"]:
    title, (y, m, d), lst = nat[key]
    for i, (typ, text) in enumerate(lst):
        it = add(title, heads[key], D(y, m, d), typ, text, legacy=next(legacy_pool),
                 key=f"{key}{i+1}")
add("PEEL: Police efficiency 2017", "PEEL Efficiency 2017", D(2017, 11, 9), N.AFI,
    "The force should " + bod[13] + ".", legacy=next(legacy_pool), key="efc17f1")
add("PEEL: Police efficiency 2017", "PEEL Efficiency 2017", D(2017, 11, 9), N.AFI,
    "The force should " + bod[12] + ".", legacy=next(legacy_pool), key="efc17f2")
for key in ["efc17", "leg17"]:
    title, (y, m, d), lst = nat[key]
    for i, (typ, text) in enumerate(lst):
        it = add(title, heads[key], D(y, m, d), typ, text, legacy=next(legacy_pool),
                 key=f"{key}{i+1}")
add("PEEL: Police legitimacy 2017", "PEEL Legitimacy 2017", D(2017, 12, 12), N.AFI,
    "The force should " + bod[27] + ".", legacy=next(legacy_pool), key="leg17f1")
add("PEEL: Police legitimacy 2017", "PEEL Legitimacy 2017", D(2017, 12, 12), N.AFI,
    "The force should " + bod[28] + ".", legacy=next(legacy_pool), key="leg17f2")

# post-migration reports (no legacy id)
P19 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19"
add(P19, "PEEL 2018/19", D(2019, 5, 2), N.REC,
    "HMIC recommends that within six months the force should: " + bod[11] + ".", key="p19a")
add(P19, "PEEL 2018/19", D(2019, 5, 2), N.AFI, "The force should " + bod[30] + ".",
    key="p19b")
add(P19, "PEEL 2018/19", D(2019, 5, 2), N.AFI, "The force should " + bod[7] + ".",
    key="p19c")
CU = "Report on an unannounced inspection visit to police custody suites in Cheshire 2020"
add(CU, "Custody inspection 2020", D(2020, 8, 18), N.REC,
    "Within six months the force should, " + bod[35] + ".", key="cu1")
add(CU, "Custody inspection 2020", D(2020, 8, 18), N.AFI,
    "The force should " + bod[34] + ".", key="cu2")
for key in ["powers"]:
    title, (y, m, d), lst = nat[key]
    for i, (typ, text) in enumerate(lst):
        if text.startswith("The Home Office and the NPCC"):
            continue  # not addressed to forces: not on the force's list
        add(title, heads[key], D(y, m, d), typ, text, key=f"{key}{i+1}")
C21 = "Crime data integrity inspection 2021"
tb = T.TOPIC_BODIES
add(C21, "CDI 2021", D(2021, 9, 30), N.AFI,
    "The force should " + tb[5].format(t="stalking and harassment") + ".", key="cdi21a")
add(C21, "CDI 2021", D(2021, 9, 30), N.AFI,
    "The force should " + tb[5].format(t="modern slavery and human trafficking") + ".",
    key="cdi21b")
P21 = "PEEL: Police effectiveness, efficiency and legitimacy 2021/22"
for k, (b, t) in enumerate([(0, "county lines drug dealing"), (1, "rape and serious sexual offences"),
                            (12, "domestic abuse"), (7, "youth violence"),
                            (11, "people with mental ill health"), (3, "hate crime")]):
    add(P21, "PEEL 2021/22", D(2022, 5, 19), N.AFI,
        "The force should " + tb[b].format(t=t) + ".", key=f"p21{k}")
P23 = "PEEL: Police effectiveness, efficiency and legitimacy 2023/25"
for k, (b, t) in enumerate([(13, "anti-social behaviour"), (9, "serious and organised crime"),
                            (4, "violence against women and girls"), (14, "online child sexual abuse"),
                            (15, "neighbourhood crime")]):
    add(P23, "PEEL 2023/25", D(2023, 12, 7), N.AFI,
        "The force should " + tb[b].format(t=t) + ".", key=f"p23{k}")

# sort HMICFRS rows by publication date (stable)
items.sort(key=lambda x: x["pub"])

# monitoring references: legacy items numbered at migration 10001.., later items 10200..
ref = 10000
for it in items:
    if it["legacy"] is not None:
        ref += rng.choice([1, 1, 1, 2, 3])
        it["mref"] = ref
ref = 10187
for it in items:
    if it["legacy"] is None:
        ref += rng.choice([1, 1, 1, 2])
        it["mref"] = ref

byk = {it["key"]: it for it in items}

# ---- consolidation: legacy cdi16a + cdi16b merged into one monitoring ref --------------------
A, B = byk["cdi16a"], byk["cdi16b"]
A["legacy2"] = B["legacy"]
A["text_hm"] = A["text"] + "\n\n" + B["text"]
items.remove(B)
A["cat"] = "closeable_local"

# ---- fixed traps -------------------------------------------------------------------------
byk["firearms2"]["cat"] = "conflict"      # timescale three -> six months in force text
byk["stolen1"]["cat"] = "conflict"        # force text lacks last bullet
byk["p215"]["cat"] = "conflict"           # type: HMICFRS AFI, force "Recommendation"
byk["p213"]["cat"] = "conflict"           # force quotes ref of p212 on p213's text
byk["p212"]["cat"] = "missing_from_force"
for k in ("p231", "p233", "p234"):
    byk[k]["cat"] = "missing_from_force"
byk["core2"]["cat"] = "closeable_submit"  # force ref typo (digits transposed)
byk["sas13_3"] = byk["sas133"]
byk["sas133"]["cat"] = "in_sync"          # near-duplicate of sas15 #1; closed both
byk["sas151"]["cat"] = "closeable_submit"
for k in ("leg171", "leg172", "leg173", "leg174", "leg175"):
    byk[k]["legacy_in_title"] = True      # legacy id only inside the report cell

# remaining categories by seeded draw
free = [it for it in items if it["cat"] is None]
rng.shuffle(free)
plan = (["in_sync_open"] * 16 + ["in_sync_closed"] * 11 + ["closeable_submit"] * 13
        + ["closeable_local"] * 12)
assert len(plan) == len(free), (len(plan), len(free))
for it, c in zip(free, plan):
    it["cat"] = c
for it in items:
    if it["cat"] == "in_sync":
        it["cat"] = "in_sync_closed"
    if it["cat"] == "conflict":
        it["conflict_sides"] = "open"

# ---- statuses --------------------------------------------------------------------------------
def hm_status(it):
    c = it["cat"]
    legacy = it["legacy"] is not None
    closed = c in ("in_sync_closed", "closeable_local")
    if closed:
        s = rng.choice(["Complete", "Complete", "Complete", "Superseded", "No further action required"])
        if it["key"] == "cdi16a":
            s = "Complete"
        sd = D(2022, 4, 1) + dt.timedelta(days=rng.randint(20, 690))
        sd = max(sd, it["pub"] + dt.timedelta(days=rng.randint(40, 80)))
        assert sd <= LIST_DATE, it["key"]
        return s, sd
    s = rng.choice(["being-progressed", "being-progressed", "awaiting-review"]) if legacy \
        else rng.choice(["Being progressed", "Being progressed", "Awaiting review"])
    if legacy and rng.random() < 0.6:
        # untouched since migration: legacy text date
        sd = D(2017, 1, 1) + dt.timedelta(days=rng.randint(0, 800))
        sd = sd if sd > it["pub"] else it["pub"] + dt.timedelta(days=30)
        return s, ordinal(sd)
    sd = max(it["pub"] + dt.timedelta(days=40), D(2019, 4, 1)) + dt.timedelta(days=rng.randint(0, 700))
    return s, min(sd, LIST_DATE - dt.timedelta(days=rng.randint(3, 40)))


def ordinal(d):
    n = d.day
    suf = "th" if 11 <= n <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B %Y')}"


def force_status(it, split_idx=None):
    c = it["cat"]
    done = c in ("in_sync_closed", "closeable_submit")
    if done:
        return rng.choice(["Green", "GREEN", "Green", "Blue", "Complete"])
    return rng.choice(["Amber", "AMBER", "Amber", "Red", "In progress"])


for it in items:
    it["hstatus"], it["hdate"] = hm_status(it)

# ---- force text ------------------------------------------------------------------------------
STEM_RE = re.compile(r"^(HMIC(?:FRS)? recommends that |To address this cause of concern, HMIC "
                     r"recommends )", re.I)


def force_text(text):
    t = STEM_RE.sub("", text)
    if t[:1].islower():
        t = t[0].upper() + t[1:]
    for pat, rep in T.ABBREVIATIONS[:-1]:
        if rng.random() < 0.5:
            t = re.sub(pat, rep, t, flags=re.I)
    for right, wrong in T.MISSPELLINGS.items():
        if right in t and rng.random() < 0.25:
            t = t.replace(right, wrong, 1)
    t = t[0].upper() + t[1:]
    t = t.replace("’", "'").replace("\n• ", "\n- ").replace("•", "- ")
    return t


for it in items:
    it["ftext"] = force_text(it["text"])

# specific trap texts
fa = byk["firearms2"]
fa["ftext"] = re.sub(r"(?i)(within) (three|3) months", lambda m: m.group(1) + (" six" if m.group(2) == "three" else " 6") + " months", fa["ftext"])
assert "six months" in fa["ftext"] or "6 months" in fa["ftext"]
sf = byk["stolen1"]
sf["ftext"] = force_text(N.SF_LEADERSHIP.rsplit(";", 1)[0].replace("; and", ";") + ".")
sf["ftext"] = re.sub(r"; and\s*$", ".", sf["ftext"])
A["ftext"] = force_text(A["text"])
Bf = force_text(B["text"])

# ---- HMICFRS workbook ------------------------------------------------------------------------
wb = Workbook()
ws = wb.active
ws.title = "Definitive list"
ws["A1"] = "HMICFRS – Definitive list of recommendations and areas for improvement"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = f"Force: {FORCE}        List produced: 11/03/2024        Open items, and items closed since 01/04/2022"
ws["A3"] = ("Records migrated from the legacy recommendation register keep their legacy ID. "
            "Where legacy records were consolidated on migration all legacy IDs are shown. "
            "Status dates before migration are shown as held on the legacy register.")
ws["A3"].font = Font(italic=True)
hdr = ["Monitoring ref", "Legacy ID", "Report", "Publication date", "Type",
       "Recommendation / area for improvement", "Status", "Status date", "Migration note"]
HROW = 5
for j, h in enumerate(hdr, 1):
    c = ws.cell(HROW, j, h)
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F3864")
r = HROW
for it in items:
    r += 1
    it["hrow"] = r
    ws.cell(r, 1, it["mref"])
    rep = it["report"]
    note = None
    if it["legacy"] is not None:
        if it.get("legacy2"):
            ws.cell(r, 2, f"{it['legacy']}; {it['legacy2']}")
            note = f"Consolidated on migration from legacy records {it['legacy']} and {it['legacy2']}"
        elif it.get("legacy_in_title"):
            rep = f"{rep} ({it['legacy']})"
            note = "Imported from legacy theme page (stop-search)"
        else:
            ws.cell(r, 2, it["legacy"] if rng.random() < 0.8 else str(it["legacy"]))
            note = rng.choice(["Migrated from legacy register", "Migrated from legacy register",
                               "Migrated – text as held on legacy register", None])
    else:
        if rng.random() < 0.3:
            ws.cell(r, 2, "n/a")
    ws.cell(r, 3, rep)
    c = ws.cell(r, 4, it["pub"]); c.number_format = "dd/mm/yyyy"
    ws.cell(r, 5, it["type"])
    ws.cell(r, 6, it.get("text_hm", it["text"])).alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(r, 7, it["hstatus"])
    c = ws.cell(r, 8, it["hdate"])
    if isinstance(it["hdate"], dt.date):
        c.number_format = "dd/mm/yyyy"
    if it["hstatus"] == "Superseded" and note is None:
        note = "Superseded by later inspection activity"
    ws.cell(r, 9, note)
for col, w in zip("ABCDEFGHI", [13, 13, 46, 14, 24, 90, 18, 20, 44]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A6"
ws.auto_filter.ref = f"A{HROW}:I{r}"
FIXED = dt.datetime(2024, 3, 11, 9, 0, 0)
wb.properties.created = wb.properties.modified = FIXED
wb.save(CASE / "hmicfrs.xlsx")

# ---- force tracker ---------------------------------------------------------------------------
truth = []  # (hrow, frow, cat, why)
CATMAP = {"in_sync_open": "in_sync", "in_sync_closed": "in_sync"}

fwb = Workbook()
fs = fwb.active
fs.title = "Tracker"
fs["A1"] = f"{FORCE} – HMICFRS Recommendations & AFIs Tracker"
fs["A1"].font = Font(bold=True, size=13)
fs["A2"] = "Owner: Strategic Planning & Organisational Learning. Last updated 07/03/2024 (JB). RAG: Red / Amber / Green / Blue = complete & closed"
fhdr = ["No.", "HMIC Ref", "Type", "Recommendation / AFI", "Lead", "RAG", "Update",
        "Date submitted for closure"]
FH = 4
for j, h in enumerate(fhdr, 1):
    c = fs.cell(FH, j, h)
    c.font = Font(bold=True)
    c.fill = PatternFill("solid", fgColor="D9E1F2")
fr = FH
num = 0
HEAD_FILL = PatternFill("solid", fgColor="FFF2CC")


def heading(text):
    global fr
    fr += 1
    fs.cell(fr, 1, text).font = Font(bold=True)
    for j in range(1, 9):
        fs.cell(fr, j).fill = HEAD_FILL


def frow(ref, typ, text, status, why_extra=None, submitted=None, lead=None, update=None):
    global fr, num
    fr += 1
    num += 1
    fs.cell(fr, 1, num)
    fs.cell(fr, 2, ref)
    fs.cell(fr, 3, typ)
    fs.cell(fr, 4, text).alignment = Alignment(wrap_text=True, vertical="top")
    fs.cell(fr, 5, lead if lead is not None else rng.choice([l for l in T.LEADS if l]))
    fs.cell(fr, 6, status)
    fs.cell(fr, 7, update)
    if submitted:
        c = fs.cell(fr, 8, submitted); c.number_format = "dd/mm/yyyy"
    return fr


FTYPE = {N.REC: ["Recommendation", "Rec"], N.AFI: ["AFI", "Area for Improvement"],
         N.COC: ["Cause of Concern", "CoC"], N.NAT: ["National rec", "Recommendation (national)"]}
DONE_UPD = [T.PROGRESS[9],  # "Completed. Evidence submitted to HMICFRS for closure."
            "Policy in place and dip-sampled (Feb 2024). Recommend closure.",
            "Complete - evidence pack held on the OL SharePoint site.",
            "All actions complete; signed off at Force Assurance Board."]
OPEN_UPD = [T.PROGRESS[i] for i in (0, 1, 2, 3, 4, 5, 8, 10, 11, 14)]

# force-side order: chronological by its own headings; legacy-era rows quote the legacy id
groups: dict[str, list] = {}
for it in items:
    groups.setdefault(it["fhead"], []).append(it)

# legacy ids of items HMICFRS closed before 04/2022 (not on this list)
used = {it["legacy"] for it in items} | {A.get("legacy2")}
OLD_IDS = [x for x in (3417, 5062, 3471, 5026) if x not in used][:2]

local_acts = [
    ("PEEL 2021/22", "Force action - " + T.LOCAL_ACTIONS[2].format(t="rape and serious sexual offences"), "Amber"),
    ("CDI 2021", "Local action: " + T.LOCAL_ACTIONS[0].format(t="crime recording"), "Green"),
]
local_section = [
    ("JAC action: " + T.LOCAL_ACTIONS[8].format(t="HMICFRS recommendation tracking"), "Amber"),
    ("Force improvement plan: " + T.LOCAL_ACTIONS[6].format(t="stalking and harassment"), "Green"),
]

for head, its in groups.items():
    pub = its[0]["pub"]
    htxt = head if rng.random() < 0.5 else f"{head} – published {pub.strftime('%d/%m/%Y')}"
    heading(htxt)
    for it in its:
        c = it["cat"]
        if c == "missing_from_force":
            truth.append((it["hrow"], None, "missing_from_force",
                          "not in the tracker (PEEL 2023/25 AFIs not yet added)" if it["key"].startswith("p23")
                          else "no tracker row has this text; its ref was typed against another AFI's row"))
            continue
        # reference the force quotes
        if it["legacy"] is not None:
            roll = rng.random()
            if roll < 0.6:
                fref = it["legacy"]
            elif roll < 0.8:
                fref = f"{it['mref']} (was {it['legacy']})"
            else:
                fref = it["mref"]
        else:
            fref = it["mref"] if rng.random() < 0.85 else None
        why = []
        if it["key"] == "core2":
            s = str(it["legacy"])
            fref = int(s[0] + s[2] + s[1] + s[3]) if s[1] != s[2] else int(s[:2] + s[3] + s[2])
            why.append(f"force ref {fref} is not on the list (digits of legacy {it['legacy']} transposed); text matches")
        if it["key"] == "p213":
            fref = byk["p212"]["mref"]
        if it.get("legacy_in_title"):
            fref = it["legacy"]
            why.append("legacy id appears only in the HMICFRS report cell")
        ftyp = rng.choice(FTYPE[it["type"]])
        if it["key"] == "p215":
            ftyp = "Recommendation"
        status = force_status(it)
        upd = rng.choice(DONE_UPD if status in ("Green", "GREEN", "Blue", "Complete") else OPEN_UPD)
        sub = None
        if status in ("Green", "GREEN", "Blue", "Complete") and rng.random() < 0.6:
            base = it["hdate"] if isinstance(it["hdate"], dt.date) and it["cat"] == "in_sync_closed" else D(2024, 2, 1)
            sub = max(base - dt.timedelta(days=rng.randint(10, 120)), it["pub"] + dt.timedelta(days=21))
        if it["key"] == "cdi16a":
            # two force rows, one per consolidated legacy record
            for lid, txt in ((it["legacy"], A["ftext"]), (it["legacy2"], Bf)):
                row = frow(lid, ftyp, txt, rng.choice(["Amber", "AMBER"]),
                           update=rng.choice(OPEN_UPD))
                truth.append((it["hrow"], row, "closeable_local",
                              f"HMICFRS consolidated legacy {it['legacy']} and {it['legacy2']} into "
                              f"{it['mref']} and closed it ({it['hstatus']}); force row for legacy {lid} still open"))
            continue
        row = frow(fref, ftyp, it["ftext"], status, submitted=sub, update=upd)
        cat = CATMAP.get(c, c)
        if c == "conflict":
            if it["key"] == "firearms2":
                why.append("timescale differs: HMICFRS 'Within three months', tracker 'Within six months'")
            elif it["key"] == "stolen1":
                why.append("tracker text drops the last bullet (performance and quality assurance measures)")
            elif it["key"] == "p215":
                why.append("type differs: HMICFRS area for improvement, tracker Recommendation")
            elif it["key"] == "p213":
                why.append(f"tracker quotes {byk['p212']['mref']} (another AFI's ref) but the text is "
                           f"{it['mref']}'s; reference differs")
        hs = "open" if it["hstatus"].lower().replace("-", " ") in ("being progressed", "awaiting review") else "closed"
        fd = "done" if status in ("Green", "GREEN", "Blue", "Complete") else "open"
        if cat == "conflict":
            pass
        else:
            exp = {("open", "open"): "in_sync", ("closed", "done"): "in_sync",
                   ("open", "done"): "closeable_submit", ("closed", "open"): "closeable_local"}[(hs, fd)]
            assert exp == cat, (it["key"], exp, cat)
        why.insert(0, f"HMICFRS {it['hstatus']} / tracker {status}")
        if it["legacy"] is not None and isinstance(fref, int) and fref == it["legacy"]:
            why.append(f"matched on legacy ID {fref}")
        if it["key"] == "sas133":
            why.append("near-identical to Stop and search powers 2 (2015) item; report decides")
        if it["key"] == "sas151":
            why.append("near-identical to 2013 item; report decides")
        truth.append((it["hrow"], row, cat, "; ".join(why)))
        # local actions inline under their heading
        if it is its[-1]:
            for h, txt, st in local_acts:
                if h == head:
                    row = frow(None, "Local action", txt, st, update=None, lead="Head of Corporate Development")
                    truth.append((None, row, "not_on_hmicfrs_list", "force's own local action, not an HMICFRS item"))

# rows for items not on the list, appended where the force keeps them
heading("Older items – closed on HMICFRS register (kept for reference)")
old1 = frow(OLD_IDS[0], "Rec",
            force_text("Within six months, the force should " + F.BODIES[58] + "."), "Green",
            submitted=D(2017, 11, 3), update="Completed. Evidence submitted to HMICFRS for closure.")
truth.append((None, old1, "not_on_hmicfrs_list",
              "legacy-era item the force closed in 2017; HMICFRS list (open + closed since 04/2022) does not hold it"))
old2 = frow(OLD_IDS[1], "AFI",
            force_text("The force should " + F.BODIES[15] + "."), "Amber",
            update="Awaiting allocation.")
truth.append((None, old2, "not_on_hmicfrs_list",
              "legacy id not on the HMICFRS list; force still shows Amber - query with HMICFRS"))
heading("Police powers spotlight (Feb 21) – national recs not for force")
hoit = [t for _, t in nat["powers"][2] if t.startswith("The Home Office and the NPCC")][0]
nf = frow(None, "National rec", force_text(hoit), "N/A - not for force",
          update=T.PROGRESS[13], lead=None)
truth.append((None, nf, "not_on_hmicfrs_list",
              "addressed to the Home Office and NPCC; not on the force's HMICFRS list"))
heading("Force local actions (not HMICFRS)")
for txt, st in local_section:
    row = frow(None, "Local action", txt, st, lead="Head of Corporate Development")
    truth.append((None, row, "not_on_hmicfrs_list", "force's own local action, not an HMICFRS item"))

for col, w in zip("ABCDEFGH", [6, 18, 16, 90, 26, 14, 60, 16]):
    fs.column_dimensions[col].width = w
fs.freeze_panes = "A5"
fwb.properties.created = fwb.properties.modified = dt.datetime(2024, 3, 7, 16, 30, 0)
fwb.save(CASE / "tracker.xlsx")

# ---- fixed zip timestamps so a rebuild is byte for byte the same --------------------------
import zipfile  # noqa: E402


def freeze(path):
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-03-11T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 11, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


freeze(CASE / "hmicfrs.xlsx")
freeze(CASE / "tracker.xlsx")

# ---- truth -----------------------------------------------------------------------------------
def rid(sheet, r):
    return f"{sheet}!{r}" if r else ""


truth.sort(key=lambda t: (t[0] is None, t[0] or 0, t[1] or 0))
with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for h, fo, c, why in truth:
        w.writerow([rid("Definitive list", h), rid("Tracker", fo), c, why])
print("hmicfrs items", len(items), "force rows", num, "truth lines", len(truth))
