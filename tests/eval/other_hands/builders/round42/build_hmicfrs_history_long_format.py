"""Build the evaluation case `hmicfrs_history_long_format` (round 42).

HMICFRS side: a monitoring-portal "history" export in long format (one row per status change
or update, newest first within each item, recommendation text only on some rows).
Force side: a conventional Excel tracker with report-heading rows and a RAG column.

Run:  /work/main/.venv/bin/python build_hmicfrs_history_long_format.py
Rebuilds hmicfrs_history_long_format/ byte for byte (fixed seed, fixed zip timestamps).
"""
from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import random
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 4242
HERE = Path(__file__).resolve().parent
CASE = HERE / "hmicfrs_history_long_format"

# ---- real texts (casegen text lists, Open Government Licence) --------------------------------
_d = "/work/main/reconcile/casegen/texts"
_spec = importlib.util.spec_from_file_location("cgtexts", _d + "/__init__.py",
                                               submodule_search_locations=[_d])
T = importlib.util.module_from_spec(_spec)
sys.modules["cgtexts"] = T
_spec.loader.exec_module(T)

rng = random.Random(SEED)
D = dt.date
FORCE = "Cumbria Constabulary"
AREA = "Cumbria"
NEIGHBOUR = "Lancashire Constabulary"
EXPORT_DATE = D(2025, 12, 4)

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", \
    "National recommendation"

# ---- HMICFRS reports ---------------------------------------------------------------------------
# key -> (HMICFRS title, published, tracker heading or None, base register id)
REPORTS = {}
for k, (title, ymd, _items) in T.NATIONAL.items():
    REPORTS[k] = [title, D(*ymd), None, 0]
BASE_IDS = {"sas13": 1187, "everyone": 2321, "austerity": 3012, "core": 4822, "integrity": 902,
            "sas15": 5004, "picture": 5371, "firearms": 5502, "stolen": 8113, "efc17": 8390,
            "leg17": 8541, "powers": 11840}
for k, v in BASE_IDS.items():
    REPORTS[k][3] = v
FORCE_REPS = {
    "eff16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2), 7204),
    "leg17f": ("PEEL: Police legitimacy 2017", D(2017, 12, 12), 8577),
    "ncpi18": ("National child protection inspection 2018", D(2018, 6, 14), 9310),
    "cdi19": ("Crime data integrity inspection 2019", D(2019, 9, 19), 10122),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 3, 25),
               12655),
}
for k, (t, p, b) in FORCE_REPS.items():
    REPORTS[k] = [t, p, None, b]

TRACKER_HEADINGS = {
    "sas13": "Stop and Search 2013", "everyone": "Everyone's Business (DA) 2014",
    "austerity": "Policing in Austerity 2014", "core": "Core Business 2014",
    "integrity": "Integrity Matters 2015", "sas15": "Stop and Search 2 (2015)",
    "picture": "Building the Picture 2015", "eff15": "PEEL Efficiency 2015",
    "firearms": "Targeting the Risk (Firearms Licensing) 2015", "eff16": "PEEL Effectiveness 2016",
    "eff17": "PEEL Effectiveness 2017", "stolen": "Stolen Freedom (MSHT) 2017",
    "efc17": "PEEL Efficiency 17 (all forces)", "leg17": "PEEL Legit 17 S&S",
    "leg17f": "PEEL Legitimacy 2017", "ncpi18": "National Child Protection 2018",
    "cdi19": "CDI inspection 2019", "powers": "Police powers spotlight (Feb 21)",
    "peel21": "PEEL 2021/22",
}
TRACKER_PUB = {"eff15": D(2015, 10, 15), "eff17": D(2018, 3, 22)}
TRACKER_ORDER = ["sas13", "everyone", "austerity", "core", "integrity", "sas15", "picture",
                 "eff15", "firearms", "eff16", "stolen", "efc17", "leg17", "leg17f", "eff17",
                 "ncpi18", "cdi19", "powers", "peel21"]

# ---- items -------------------------------------------------------------------------------------
items = []  # dicts: key, rep, type, text


def add(key, rep, typ, text):
    items.append({"key": key, "rep": rep, "type": typ, "text": text})


for k, (_t, _p, its) in T.NATIONAL.items():
    for i, (typ, txt) in enumerate(its):
        add(f"{k}{i}", k, typ, txt)

B = T.BODIES


def body(i):
    return B[i].format(area=AREA, neighbour=NEIGHBOUR)


add("eff16_0", "eff16", COC, T.CAUSES[0])
add("eff16_1", "eff16", REC, "HMIC recommends that within six months the force should: "
    + body(41) + ";")
add("eff16_2", "eff16", REC, "Within six months the force should " + body(5) + ".")
add("eff16_3", "eff16", AFI, "The force should " + body(7) + ".")
add("eff16_4", "eff16", AFI, "The force should " + body(6) + ".")
add("eff16_5", "eff16", AFI, f"{FORCE} should " + body(30) + ".")
add("leg17f_0", "leg17f", AFI, "The force should " + body(15) + ".")
add("leg17f_1", "leg17f", AFI, "The force should " + body(27) + ".")
add("leg17f_2", "leg17f", AFI, "The force should " + body(29) + ".")
add("leg17f_3", "leg17f", AFI, "The force should " + body(55) + ".")
add("ncpi18_0", "ncpi18", COC, T.CAUSES[1])
add("ncpi18_1", "ncpi18", REC, "Immediately, the force should " + body(19) + ".")
add("ncpi18_2", "ncpi18", REC, "Within six months the force should " + body(35) + ".")
add("ncpi18_3", "ncpi18", AFI, "The force should " + body(1) + ".")
add("cdi19_0", "cdi19", REC, "Immediately, the force should " + body(8) + ".")
add("cdi19_1", "cdi19", REC, "Within three months, the force should " + body(9) + ".")
add("cdi19_2", "cdi19", REC, "Within six months the force should " + body(14) + ".")
add("cdi19_3", "cdi19", AFI, "The force should " + body(44) + ".")
peel_topics = ["domestic abuse", "stalking and harassment", "county lines drug dealing",
               "rape and serious sexual offences", "missing children", "fraud",
               "violence against women and girls", "repeat victims"]
peel_bodies = [T.TOPIC_BODIES[i] for i in (12, 1, 9, 4, 2, 7, 8, 14)]
for i, (tp, tb) in enumerate(zip(peel_topics, peel_bodies)):
    add(f"peel21_{i}", "peel21", AFI, "The force should " + tb.format(t=tp) + ".")
add("peel21_8", "peel21", AFI, "The force should " + body(40) + ".")
add("peel21_9", "peel21", AFI, "The force should " + body(25) + ".")
assert len(items) == 64, len(items)
BYKEY = {it["key"]: it for it in items}

# register ids: base id of the report + running offset (ids unique, plain integers)
for k in REPORTS:
    n = 0
    for it in items:
        if it["rep"] == k:
            it["id"] = REPORTS[k][3] + n + (n // 2)
            n += 1

# ---- the plan: category of every HMICFRS item ----------------------------------------------
MISSING = ["sas15" + "0", "core0", "powers3", "peel21_7", "leg173"]
CONFLICT = {
    "stolen1": "timescale",     # force text says within 12 months, HMICFRS within six months
    "peel21_2": "type",         # HMICFRS AFI, force records it as a Recommendation
    "ncpi18_2": "bullet",       # force text drops one of the four bullets
    "eff16_4": "report",        # force files the 2016 AFI under its PEEL Effectiveness 2017 heading
    "firearms3": "reference",   # force's HMICFRS ID has two digits transposed
}
SPLIT_DONE = "cdi19_0"          # 5 bullets, 5 force rows, all GREEN; HMICFRS open
SPLIT_MIXED = "ncpi18_1"        # 3 bullets, 3 force rows GREEN/GREEN/AMBER; HMICFRS open
SPECIAL = {
    "eff16_1": "reopened",       # complete, then reopened; force still GREEN -> closeable_submit
    "sas131": "backdated_local",  # a backdated row sits on top; latest-by-date is complete
    "austerity0": "backdated_sync",
    "firearms1": "submitted",    # latest HMICFRS row: evidence received, still being-progressed
    "core1": "superseded",       # complete + superseded comment; force AMBER -> closeable_local
    "everyone0": "superseded",   # complete + superseded comment; force GREEN -> in_sync
    "peel21_8": "single",        # one row only, awaiting-review; force AMBER -> in_sync
    "sas130": "white",           # College of Policing's job; force WHITE -> closeable_submit
}
plan = {}
for k in MISSING:
    plan[k] = "missing_from_force"
for k in CONFLICT:
    plan[k] = "conflict"
plan[SPLIT_DONE] = "closeable_submit"
plan[SPLIT_MIXED] = "in_sync_open"
plan.update({"eff16_1": "closeable_submit", "sas131": "closeable_local",
             "austerity0": "in_sync_closed", "firearms1": "closeable_submit",
             "core1": "closeable_local", "everyone0": "in_sync_closed",
             "peel21_8": "in_sync_open", "sas130": "closeable_submit"})
rest = [it["key"] for it in items if it["key"] not in plan]
rng.shuffle(rest)
quota = ["closeable_submit"] * 8 + ["closeable_local"] * 7 + ["in_sync_closed"] * 11
quota += ["in_sync_open"] * (len(rest) - len(quota))
for k, c in zip(rest, quota):
    plan[k] = c
# PEEL 2021/22 items cannot sensibly be closed by HMICFRS long ago; keep them plausible anyway.
# conflict items: HMICFRS/force states
CONFLICT_STATE = {"stolen1": ("open", "open"), "peel21_2": ("open", "open"),
                  "ncpi18_2": ("closed", "done"), "eff16_4": ("open", "done"),
                  "firearms3": ("closed", "open")}
for k in MISSING:
    pass
MISSING_STATE = {"sas150": "closed", "core0": "closed", "powers3": "open", "peel21_7": "open",
                 "leg173": "open"}


def hm_state(k):
    c = plan[k]
    if c == "conflict":
        return CONFLICT_STATE[k][0]
    if c == "missing_from_force":
        return MISSING_STATE[k]
    if c in ("closeable_submit", "in_sync_open"):
        return "open"
    return "closed"


def fc_state(k):
    c = plan[k]
    if c == "conflict":
        return CONFLICT_STATE[k][1]
    if c in ("closeable_submit", "in_sync_closed"):
        return "done"
    return "open"


# ---- HMICFRS history -------------------------------------------------------------------------
HMI = "HMICFRS"
FLL = "HMICFRS FLL"
FORCE_BY = FORCE
PROG_COMMENTS = [
    "Allocated to the force liaison lead. Force update requested.",
    "The progress of the implementation of this recommendation is currently being monitored by "
    "HMICFRS and this record will, in due course, be updated.",
    "Discussed at FLL quarterly meeting; force action plan in place.",
    "Force update received and reviewed by FLL. Further evidence requested.",
    "The status of this recommendation is currently being reviewed by HMICFRS and will be "
    "updated when this review is complete.",
]
FORCE_UPDATES = [
    "Force update: policy rewrite completed and out for consultation. Training plan agreed "
    "with L&D.",
    "Force update: Task & Finish group set up, chaired by the ACC. Implementation plan drafted.",
    "Force update: new process went live in the control room on 1st. Dip sampling to follow.",
    "Force update: CompletedOfficers briefed via the intranet and at shift briefings. Audit "
    "scheduled for next quarter.",
    "Force update: governance now through the Organisational Learning Board; progress reported "
    "monthly.",
    "Force update: delayed by Niche upgrade, revised target end of year.",
]
CLOSE_COMMENTS = [
    "This recommendation is complete",
    "Authorised for closure on the basis of the additional observations offered by members of "
    "the inspection team in recent inspection activity.",
    "Closed: evidence provided by the force reviewed by the FLL and accepted.",
    "This recommendation is complete. Closure agreed at FLL review.",
]
SUPERSEDED = ("This area of activity has subsequently been inspected in HMIC's PEEL "
              "Effectiveness inspections. Where a cause of concern still exists this will appear "
              "in the register against these subsequent inspections.")


def clamp(d):
    return min(d, EXPORT_DATE - dt.timedelta(days=3))


def history(it):
    """Chronological list of events (date, status, by, comment). Also returns closure date."""
    k = it["key"]
    pub = REPORTS[it["rep"]][1]
    sp = SPECIAL.get(k)
    st = hm_state(k)
    d = pub + dt.timedelta(days=rng.randint(2, 20))
    ev = [(d, "awaiting-review", HMI, "New recommendation")]
    if sp == "single":
        return ev, None
    # age of report limits how long it has run
    span = (EXPORT_DATE - d).days
    d = d + dt.timedelta(days=rng.randint(40, min(200, span // 4)))
    ev.append((d, "being-progressed", FLL, rng.choice(PROG_COMMENTS[:3])))
    for _ in range(rng.randint(0, 2)):
        d = d + dt.timedelta(days=rng.randint(60, max(61, min(400, span // 5))))
        ev.append((clamp(d), "being-progressed", FORCE_BY, rng.choice(FORCE_UPDATES)))
    closed_on = None
    if sp == "reopened":
        d = d + dt.timedelta(days=rng.randint(90, 200))
        closed_on = d
        ev.append((d, "complete", FLL, "This recommendation is complete"))
        d = D(2022, 4, 11)
        ev.append((d, "being-progressed", FLL,
                   "Reopened: further concerns about DASH risk assessment supervision found in "
                   "PEEL 2021/22. Force to provide updated evidence."))
        return ev, None
    if st == "closed":
        d = d + dt.timedelta(days=rng.randint(60, 300))
        d = clamp(d)
        closed_on = d
        comment = SUPERSEDED if sp == "superseded" else rng.choice(CLOSE_COMMENTS)
        ev.append((d, "complete", FLL, comment))
    else:
        if sp == "submitted":
            d = D(2025, 10, 20)
            ev.append((d, "being-progressed", FLL,
                       "Force has submitted evidence for closure. Under review by HMICFRS; "
                       "status will be updated when this review is complete."))
        elif rng.random() < 0.4:
            d = clamp(d + dt.timedelta(days=rng.randint(60, 300)))
            ev.append((d, "being-progressed", FLL, rng.choice(PROG_COMMENTS[1:])))
    # make dates strictly increasing
    out = []
    last = None
    for e in ev:
        dd = e[0]
        if last and dd <= last:
            dd = last + dt.timedelta(days=rng.randint(5, 30))
        out.append((dd,) + e[1:])
        last = dd
    if closed_on:
        closed_on = out[-1][0]
    return out, closed_on


for it in items:
    ev, closed_on = history(it)
    it["events"] = ev
    it["closed_on"] = closed_on
    it["text_every_row"] = rng.random() < 0.25 and SPECIAL.get(it["key"]) is None

# backdated entries (entered after closure, dated before it): they top the item's block
BACKDATED = {}
for k in ("sas131", "austerity0"):
    ev = BYKEY[k]["events"]
    a, b = ev[-2][0], ev[-1][0]
    mid = a + (b - a) / 2
    BACKDATED[k] = (mid, "being-progressed", FORCE_BY,
                    "Backdated entry: force update of " + mid.strftime("%B %Y")
                    + " added to the record after closure (missing from portal).")

# ---- write HMICFRS export ----------------------------------------------------------------------
HSHEET = "Recommendation history"
H_HEAD = ["Item ID", "Force", "Report", "Published", "Type", "Recommendation", "Update date",
          "Status", "Updated by", "Comment"]
wb = Workbook()
ws = wb.active
ws.title = HSHEET
ws.append(["HMICFRS monitoring portal – recommendation history export"])
ws.append([f"Force: {FORCE}    Exported: {EXPORT_DATE.strftime('%d/%m/%Y')} 09:14    "
           "Sorted by Item ID, most recent entry first"])
ws.append([])
ws.append(H_HEAD)
ws["A1"].font = Font(bold=True, size=13)
for c in ws[4]:
    c.font = Font(bold=True)
row = 5
for it in sorted(items, key=lambda x: x["id"]):
    title, pub = REPORTS[it["rep"]][0], REPORTS[it["rep"]][1]
    evs = list(reversed(it["events"]))  # newest first
    if it["key"] in BACKDATED:
        evs = [BACKDATED[it["key"]]] + evs
    latest = max(range(len(evs)), key=lambda i: evs[i][0])
    it["hm_row"] = f"{HSHEET}!{row + latest}"
    it["hm_latest_status"] = evs[latest][1]
    it["n_rows"] = len(evs)
    for i, (d, s, by, com) in enumerate(evs):
        is_first_event = (com == "New recommendation")
        txt = it["text"] if (is_first_event or it["text_every_row"]) else None
        ws.append([it["id"], FORCE, title, pub, it["type"], txt, d, s, by, com])
        ws.cell(row, 4).number_format = "DD/MM/YYYY"
        ws.cell(row, 7).number_format = "DD/MM/YYYY"
        ws.cell(row, 6).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row, 10).alignment = Alignment(wrap_text=True, vertical="top")
        row += 1
    assert (it["hm_latest_status"] == "complete") == (hm_state(it["key"]) == "closed"), it["key"]
n_hm_rows = row - 5
ws.append([])
ws.append([f"{n_hm_rows} rows, {len(items)} items. End of export."])
for col, w in zip("ABCDEFGHIJ", (9, 22, 40, 12, 22, 70, 12, 17, 22, 60)):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A5"
ws.auto_filter.ref = f"A4:J{row - 1}"
CASE.mkdir(parents=True, exist_ok=True)


def save_fixed(wb, path):
    """Save, then rewrite the zip with fixed timestamps so rebuilds are byte for byte."""
    wb.properties.creator = "build_hmicfrs_history_long_format"
    wb.properties.created = dt.datetime(2025, 12, 4, 9, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2025-12-04T09:00:00Z</dcterms:modified>",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 4, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


save_fixed(wb, CASE / "hmicfrs.xlsx")

# ---- force tracker -----------------------------------------------------------------------------
ABBR = [a for a in T.ABBREVIATIONS if a[0] != r"\band\b"]


def abbreviate(t):
    for pat, rep in ABBR:
        t = re.sub(pat, lambda m, rep=rep: (rep[0].upper() + rep[1:])
                   if m.group(0)[0].isupper() and rep[0].islower() else rep, t,
                   flags=re.IGNORECASE)
    return t


def misspell(t):
    for right, wrong in T.MISSPELLINGS.items():
        if right in t:
            return t.replace(right, wrong, 1)
    return t


# only stems that carry no timescale are dropped ("Immediately", "Within six months" stay)
STEM_RE = re.compile(r"^(HMIC(FRS)? recommends that the force should:?\s*|The force should |"
                     + re.escape(FORCE) + r" should )")


def force_text(it):
    t = it["text"]
    r = rng.random()
    if r < 0.30:
        return t                                        # pasted verbatim
    if r < 0.50:
        return abbreviate(t)                            # the force's shorthand
    if r < 0.65:
        return misspell(t.replace("’", "'"))            # retyped, with a slip
    if r < 0.80 or "•" in t or "\n" in t:
        s = STEM_RE.sub("", t)                          # stem dropped (bulleted texts never summarised)
        return s[0].upper() + s[1:]
    # summarised: first clause, as a force analyst writes it
    words = t.split()
    return " ".join(words[:min(len(words), rng.randint(16, 24))]).rstrip(",;:") + "…"


TYPE_WORDS = {NAT: ["National rec", "Recommendation", "National"], REC: ["Rec", "Recommendation"],
              AFI: ["AFI", "Area for Improvement", "AFI"], COC: ["Cause for concern",
                                                             "Cause of Concern"]}
OPEN_PROGRESS = [
    "Work undertaken in area but still requires development to complete.",
    "A Task & Finish group has been set up and a full implementation/project plan is being "
    "drafted.",
    "Addressed holistically as part of the force change programme.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Policy rewrite in progress; due to go to Force Executive Board next quarter.",
    "Awaiting allocation.",
    "Covered by the Vulnerability Improvement Delivery Plan; see action log.",
    "Owner changed following restructure – new lead to provide update for next JAC.",
]
DONE_PROGRESS = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Implemented. Evidence pack held on the OL SharePoint.",
    "Ready to move to GREEN status. Signed off by chief officer lead.",
    "Complete – dip sample shows full compliance. Submitted for closure.",
    "Implemented; new process embedded and audited.",
]
fills = {"GREEN": "00B050", "AMBER": "FFC000", "RED": "FF0000", "WHITE": "FFFFFF"}

frows = []  # per tracker group: list of row dicts


def frow(grp, ref, typ, text, rag, progress, submitted, key, why_extra=None, split=False):
    frows.append({"grp": grp, "ref": ref, "type": typ, "text": text, "rag": rag,
                  "progress": progress, "submitted": submitted, "key": key,
                  "why_extra": why_extra, "split": split})


def pick_lead():
    return rng.choice(T.LEADS)


for it in items:
    k = it["key"]
    c = plan[k]
    if c == "missing_from_force":
        continue
    grp = it["rep"]
    ref = it["id"] if rng.random() < 0.72 else None
    typ = rng.choice(TYPE_WORDS[it["type"]])
    text = force_text(it)
    st = fc_state(k)
    last_hm = max(e[0] for e in it["events"])
    if st == "done":
        rag = "GREEN" if rng.random() < 0.85 else "Green"
        prog = rng.choice(DONE_PROGRESS)
        if it["closed_on"]:
            sub = it["closed_on"] - dt.timedelta(days=rng.randint(20, 150))
        else:
            sub = max(last_hm, D(2024, 6, 1)) + dt.timedelta(days=rng.randint(5, 200))
            sub = min(sub, D(2025, 11, 28))
    else:
        rag = "AMBER" if rng.random() < 0.75 else "RED"
        prog = rng.choice(OPEN_PROGRESS)
        sub = None
    extra = None
    if k == "sas130":
        rag, prog, sub = "WHITE", ("Not the force's responsibility to deliver; College of "
                                   "Policing APP. Propose closure."), "N/A"
    if k == "eff16_1":
        sub = D(2018, 9, 3)
        prog = "Completed 2018 – DASH supervision built into the Niche DA workflow. Closed."
        ref = it["id"]
    if k in ("sas131", "austerity0", "core1", "everyone0", "firearms1", "peel21_8"):
        ref = it["id"]
    if k == "firearms1":
        sub = D(2025, 10, 14)
        prog = "Evidence submitted to HMICFRS 14/10/2025 – awaiting confirmation of closure."
    if c == "conflict":
        kind = CONFLICT[k]
        if kind == "timescale":
            ref = it["id"]
            text = it["text"].replace("Within six months", "Within twelve months")
            assert text != it["text"]
        elif kind == "type":
            ref = it["id"]
            typ = "Recommendation"
            text = it["text"]
        elif kind == "bullet":
            ref = it["id"]
            t = it["text"]
            drop = ("• ensure that custody staff make a record of all actions taken and decisions "
                    "made on the relevant documentation; and")
            cut = t.index("• ensure that custody staff make a")
            end = t.index("• improve the timeliness")
            text = t[:cut] + "• " + t[end + 2:]
            text = text.replace("the child;• ", "the child; and • ").replace(
                "accommodation", "accomodation")
            assert "custody staff make a record" not in text
        elif kind == "report":
            ref = None
            grp = "eff17"
            text = "The force should " + body(6) + "."
            prog = ("Carried forward from PEEL 2016 – digital forensics backlog business case "
                    "approved; kiosks rolled out. Proposed for closure.")
        elif kind == "reference":
            s = str(it["id"])
            ref = int(s[:-2] + s[-1] + s[-2])
            assert ref != it["id"]
            text = it["text"]
    if k == SPLIT_DONE or k == SPLIT_MIXED:
        stem, _, bl = it["text"].partition(":\n")
        bullets = [b.strip("• ").rstrip(";. ").removesuffix("; and").rstrip("; ")
                   for b in bl.split("\n")]
        bullets = [b.removesuffix(" and").rstrip(";") for b in bullets]
        rags = ["GREEN"] * len(bullets) if k == SPLIT_DONE else ["GREEN", "GREEN", "AMBER"]
        assert len(rags) == len(bullets), (k, len(bullets))
        for j, (b, rg) in enumerate(zip(bullets, rags)):
            letter = "abcde"[j]
            if rg == "GREEN":
                pg = rng.choice(DONE_PROGRESS)
                sb = D(2025, 3, 1) + dt.timedelta(days=rng.randint(0, 200))
            else:
                pg = ("Supervisor oversight of missing enquiries: dip sample found gaps; "
                      "refresher input planned.")
                sb = None
            frow(grp, (it["id"], letter), "Rec", f"({letter}) {b[0].upper()}{b[1:]}", rg, pg, sb,
                 k, split=True)
        continue
    frow(grp, ref, typ, text, rag, prog, sub, k)

# force-only rows: local actions and items outside the export
LOCALS = [
    ("peel21", "Local action: ", T.LOCAL_ACTIONS[0], "domestic abuse", "AMBER"),
    ("cdi19", "Internal audit action: ", T.LOCAL_ACTIONS[2], "rape and serious sexual offences",
     "GREEN"),
    ("stolen", "Force action - ", T.LOCAL_ACTIONS[5], "modern slavery and human trafficking",
     "GREEN"),
    ("eff17", "Force improvement plan: ", T.LOCAL_ACTIONS[9], "digital forensics", "AMBER"),
]
for grp, pre, tmpl, topic, rag in LOCALS:
    frow(grp, None, "Local action", pre + tmpl.format(t=topic), rag,
         rng.choice(DONE_PROGRESS[1:] if rag == "GREEN" else OPEN_PROGRESS),
         None, None, why_extra="local")
frow("eff15", 3315, "AFI", "The force should " + body(11) + ".", "GREEN",
     "Demand profile completed and presented to FEB. Closed by HMIC 2017.", D(2016, 11, 7), None,
     why_extra="old")
frow("eff15", 3317, "AFI", "The force should " + body(13) + ".", "AMBER",
     "Workforce plan to be refreshed with the FMS.", None, None, why_extra="old")

# order within groups: items by ref/id roughly, locals last; then write
FSHEET = "HMICFRS Tracker"
F_HEAD = ["No.", "HMICFRS ID", "Type", "Recommendation / AFI", "Lead", "RAG",
          "Progress update", "Date submitted for closure"]
wb2 = Workbook()
ws2 = wb2.active
ws2.title = FSHEET
ws2.append([f"{FORCE} – HMICFRS Recommendations & AFI Tracker"])
ws2.append(["Organisational Learning – updated for Joint Audit Committee 10/12/2025"])
ws2.append([])
ws2.append(F_HEAD)
ws2["A1"].font = Font(bold=True, size=13)
for c in ws2[4]:
    c.font = Font(bold=True)
r = 5
no = 0
for g in TRACKER_ORDER:
    rows_g = [x for x in frows if x["grp"] == g]
    if not rows_g:
        continue
    pub = TRACKER_PUB.get(g) or REPORTS[g][1]
    ws2.append([f"{TRACKER_HEADINGS[g]} (published {pub.strftime('%d/%m/%Y')})"])
    ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws2.cell(r, 1).font = Font(bold=True)
    ws2.cell(r, 1).fill = PatternFill("solid", fgColor="D9E1F2")
    r += 1
    items_g = [x for x in rows_g if x["key"]]
    locals_g = [x for x in rows_g if not x["key"]]
    if g != "eff15":
        # mostly in register order, a few rows out of place (as trackers are)
        keys = sorted({x["key"] for x in items_g}, key=lambda kk: BYKEY[kk]["id"])
        okey = {kk: (BYKEY[kk]["id"] if rng.random() < 0.75 else rng.randint(0, 99999))
                for kk in keys}
        items_g.sort(key=lambda x: (okey[x["key"]], x["ref"][1] if x["split"] else ""))
    split_no = None
    for x in items_g + locals_g:
        if x["split"]:
            if split_no is None or split_no[0] != x["key"]:
                no += 1
                split_no = (x["key"], no)
            label = f"{split_no[1]}{x['ref'][1]}"
            ref = x["ref"][0]
        else:
            no += 1
            label = no
            ref = x["ref"]
        lead = pick_lead()
        ws2.append([label, ref, x["type"], x["text"], lead, x["rag"], x["progress"],
                    x["submitted"]])
        ws2.cell(r, 6).fill = PatternFill("solid", fgColor=fills[x["rag"].upper()])
        if isinstance(x["submitted"], dt.date):
            ws2.cell(r, 8).number_format = "DD/MM/YYYY"
        for cc in (4, 7):
            ws2.cell(r, cc).alignment = Alignment(wrap_text=True, vertical="top")
        x["row"] = f"{FSHEET}!{r}"
        r += 1
last_item_row = r - 1
ws2.append([])
ws2.append(["RAG key:"])
ws2.append(["GREEN – the recommendation is implemented / submitted for closure"])
ws2.append(["AMBER – subject to ongoing work and monitoring"])
ws2.append(["RED – beyond designated deadline or cannot / will not be implemented"])
ws2.append(["WHITE – not the force's responsibility to deliver or dependent upon another "
            "organisation"])
for col, w in zip("ABCDEFGH", (6, 12, 18, 80, 26, 9, 60, 16)):
    ws2.column_dimensions[col].width = w
ws2.freeze_panes = "A5"
save_fixed(wb2, CASE / "tracker.xlsx")

# ---- truth -------------------------------------------------------------------------------------
HM_ST = {"open": "open", "closed": "closed"}


def why_for(it, x):
    k = it["key"]
    c = plan[k]
    latest = it["hm_latest_status"]
    rows = f"{it['n_rows']} history rows, latest by Update date is {latest}"
    base = f"ID {it['id']} ({REPORTS[it['rep']][0]}); {rows}"
    sp = SPECIAL.get(k)
    notes = {
        "reopened": "closed as complete earlier, then reopened in 2022; force still shows it "
                    "GREEN from 2018",
        "backdated_local": "top row of the block is a backdated force update dated before the "
                           "complete row, so the item is closed",
        "backdated_sync": "top row of the block is a backdated force update dated before the "
                          "complete row, so the item is closed",
        "submitted": "force evidence under HMICFRS review, still being-progressed",
        "superseded": "closed as complete with the superseded (subsequently inspected) comment",
        "single": "only one row (new, awaiting-review)",
        "white": "force WHITE: not its responsibility (College of Policing) = done",
    }
    if sp:
        base += "; " + notes[sp]
    if c == "conflict":
        kind = CONFLICT[k]
        msg = {"timescale": "force text says 'Within twelve months', HMICFRS 'Within six months'",
               "type": "HMICFRS type Area for improvement, force records Recommendation",
               "bullet": "force text drops the bullet on custody staff recording actions and "
                         "decisions",
               "report": "force files this 2016 AFI under its PEEL Effectiveness 2017 heading "
                         "(no ID)",
               "reference": f"force HMICFRS ID {x['ref']} vs register ID {it['id']} (digits "
                            "transposed), same text"}[kind]
        return f"{base}; {msg}"
    if x and x["split"]:
        if k == SPLIT_DONE:
            return (f"{base}; force split the 5 bullets into 5 rows, all GREEN: force done, "
                    "HMICFRS open")
        return (f"{base}; force split the 3 bullets into 3 rows, one still AMBER: item not done "
                "on the force side, open on both")
    fs = "not in tracker" if x is None else f"force {x['rag']}"
    return f"{base}; {fs}"


truth = []
for it in sorted(items, key=lambda x: x["id"]):
    k = it["key"]
    c = plan[k]
    cat = {"in_sync_open": "in_sync", "in_sync_closed": "in_sync"}.get(c, c)
    xs = [x for x in frows if x["key"] == k]
    if not xs:
        truth.append((it["hm_row"], "", cat, why_for(it, None)))
    for x in xs:
        truth.append((it["hm_row"], x["row"], cat, why_for(it, x)))
for x in frows:
    if x["key"] is None:
        if x["why_extra"] == "local":
            why = "the force's own local action; HMICFRS never asked for it"
        else:
            why = (f"PEEL Efficiency 2015 AFI (force ID {x['ref']}) not in the export: closed by "
                   "HMICFRS before the portal export's period; query with HMICFRS")
        truth.append(("", x["row"], "not_on_hmicfrs_list", why))


def rowkey(s):
    return int(s.split("!")[1]) if s else 10 ** 6


truth.sort(key=lambda t: (rowkey(t[0]), rowkey(t[1])))
with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

if __name__ == "__main__":
    from collections import Counter
    print("hmicfrs items", len(items), "rows", n_hm_rows, "tracker item rows",
          len(frows), "truth lines", len(truth))
    print(Counter(t[2] for t in truth))
