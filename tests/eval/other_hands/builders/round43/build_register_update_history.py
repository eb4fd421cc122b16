"""Build the `register_update_history` case (round 43).

HMICFRS side: an export of the monitoring portal's *update history* for one force. Every
recommendation appears on several rows, one per status update, in the order the updates were
made (a chronological activity log, so one item's rows are spread through the sheet). Its
current status is its most recent row. Force side: the force's own tracker workbook.

Run:  /work/main/.venv/bin/python build_register_update_history.py
Rebuilds the case byte for byte (fixed seed, fixed workbook metadata, fixed zip timestamps).
"""

from __future__ import annotations

import csv
import io
import random
import re
import sys
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

sys.path.insert(0, "/work/main/reconcile/casegen")
import texts as T  # noqa: E402  (real public HMICFRS texts)

SEED = 4302
rng = random.Random(SEED)
HERE = Path(__file__).resolve().parent
OUT = HERE / "register_update_history"
OUT.mkdir(exist_ok=True)

FORCE = "Staffordshire Police"
AREA = "Staffordshire"
NEIGHBOUR = "West Midlands Police"
EXPORT = datetime(2024, 11, 14, 9, 12)
HSHEET = "Update history"
FIXED = datetime(2024, 11, 18, 8, 30)

# ----------------------------------------------------------------------------- items
# Each item: key, report (HMICFRS title), published, type, text.
items: list[dict] = []


def add(key, report, pub, typ, text):
    items.append(dict(key=key, report=report, pub=pub, type=typ, text=text))


for rk, (title, (y, m, d), recs) in T.NATIONAL.items():
    for i, (typ, text) in enumerate(recs):
        add(f"{rk}{i}", title, datetime(y, m, d), typ, text)


def fstem(stem, body, pub):
    dl = (pub + timedelta(days=200)).strftime("%B %Y")
    return stem.format(b=body, deadline=dl, force=FORCE)


def body(i):
    return T.BODIES[i].format(area=AREA, neighbour=NEIGHBOUR)


def topic(i, t):
    return T.TOPIC_BODIES[i].format(t=t)


AFI, REC, COC = T.AFI, T.REC, T.COC
# force-level reports (titles from FORCE_REPORTS templates)
EFF17 = ("PEEL: Police effectiveness 2017", datetime(2017, 3, 2))
LEG17 = ("PEEL: Police legitimacy 2017", datetime(2017, 12, 12))
CDI19 = ("Crime data integrity inspection 2019", datetime(2019, 9, 10))
CUS20 = ("Report on an unannounced inspection visit to police custody suites 2020",
         datetime(2020, 8, 18))
PEEL21 = ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", datetime(2022, 5, 12))
PEEL23 = ("PEEL: Police effectiveness, efficiency and legitimacy 2023–25", datetime(2024, 9, 26))

force_specs = [
    # key, report, type, text
    ("eff17a", EFF17, AFI, f"The force should {body(5)}."),
    ("eff17b", EFF17, AFI, f"The force should {body(7)}."),
    ("eff17c", EFF17, REC, fstem("Within six months the force should {b}.", body(11), EFF17[1])),
    ("eff17d", EFF17, AFI, f"The force should {body(17)}."),
    ("eff17e", EFF17, AFI, f"The force should {body(16)}."),
    ("leg17a", LEG17, AFI, f"The force should {body(15)}."),
    ("leg17b", LEG17, AFI, f"The force should {body(22)}."),
    ("leg17c", LEG17, AFI, f"{FORCE} should {body(27)}."),
    ("cdi19a", CDI19, COC, "The force’s approach to recording crime reported to it is a cause of "
     "concern. It is not recording a significant proportion of crimes that are reported, "
     "including violent and sexual offences."),
    ("cdi19b", CDI19, REC, fstem("Within three months, the force should {b}.", body(8), CDI19[1])),
    ("cdi19c", CDI19, REC, fstem("Within six months the force should {b}.", body(14), CDI19[1])),
    ("cdi19d", CDI19, AFI, f"The force should {topic(5, 'stalking and harassment')}."),
    ("cus20a", CUS20, REC, "The force should, " + body(35) + "."),
    ("cus20b", CUS20, AFI, f"The force should {topic(4, 'people with mental ill health')}."),
    ("p21a", PEEL21, AFI, f"The force should {body(1)}."),
    ("p21b", PEEL21, AFI, f"The force should {body(51)}."),
    ("p21c", PEEL21, AFI, f"The force should {topic(2, 'domestic abuse')}."),
    ("p21d", PEEL21, AFI, f"The force should {topic(0, 'county lines drug dealing')}."),
    ("p21e", PEEL21, AFI, f"The force should {body(19)}."),
    ("p21f", PEEL21, AFI, f"The force should {body(26)}."),
    ("p21g", PEEL21, AFI, f"The force should {topic(12, 'rape and serious sexual offences')}."),
    ("p21h", PEEL21, AFI, f"The force should {body(21)}."),
    ("p21i", PEEL21, REC, fstem("Within six months {force} should {b}.", body(13), PEEL21[1])),
    ("p21j", PEEL21, AFI, f"The force should {topic(14, 'digital forensics')}."),
    ("p21k", PEEL21, AFI, f"The force should {body(28)}."),
    ("p21l", PEEL21, AFI, f"The force should {topic(11, 'anti-social behaviour')}."),
    ("p23a", PEEL23, AFI, f"The force should {body(29)}."),
    ("p23b", PEEL23, AFI, f"The force should {topic(8, 'violence against women and girls')}."),
    ("p23c", PEEL23, AFI, f"The force should {topic(7, 'registered sex offenders')}."),
    ("p23d", PEEL23, AFI, f"The force should {body(25)}."),
    ("p23e", PEEL23, AFI, f"The force should {topic(1, 'fraud')}."),
    ("p23f", PEEL23, AFI, f"The force should {body(56)}."),
]
for key, (title, pub), typ, text in force_specs:
    add(key, title, pub, typ, text)
BY = {it["key"]: it for it in items}

# ------------------------------------------------------------------ plan per item
# cat: the truth category; h: HMICFRS history shape; f: where the force holds it.
#  h shapes: open / open_new (single creation row) / open_awaiting (submitted, awaiting review)
#            / closed / superseded / nfa / reopened / sameday_closed / sameday_open
#  f: main (tracker sheet), closed (Closed sheet), absent, split:<n>, custom
PLAN: dict[str, dict] = {}


def plan(key, cat, h, f="main", fstate=None, why="", **kw):
    PLAN[key] = dict(cat=cat, h=h, f=f, fstate=fstate, why=why, **kw)


# --- special items (traps)
plan("stolen0", "closeable_submit", "open", "split", "done",
     "Stolen Freedom leadership rec split into one tracker row per bullet; all four GREEN; "
     "HMICFRS latest row Being progressed", bullets="all")
plan("leg171", "conflict", "open", "split", "open",
     "S&S monitoring rec split per bullet but the find-rates bullet is missing from the "
     "tracker: a missing bullet", bullets="drop1")
plan("cdi19b", "in_sync", "open", "split", "open",
     "CDI victims rec split into 5 bullet rows, 3 GREEN 2 AMBER: the item is still open on "
     "the force side; HMICFRS Being progressed", bullets="mixed")
plan("stolen1", "conflict", "open", "main", "open",
     "tracker copies the timescale as 'Within twelve months'; HMICFRS says within six months",
     textmod="timescale")
plan("p21e", "conflict", "open", "main", "open",
     "type differs: HMICFRS area for improvement, tracker records it as a Recommendation",
     typemod=REC)
plan("p21h", "conflict", "open", "main", "done",
     "reference differs: tracker HMICFRS ID has two digits transposed (text and report agree)",
     refmod=True)
plan("cus20b", "conflict", "open", "main", "open",
     "report differs: tracker files this custody AFI under PEEL 2021/22",
     reportmod=PEEL21)
plan("eff17b", "closeable_submit", "reopened", "closed", "done",
     "HMICFRS marked it Complete in 2019 then reopened it after PEEL 2021/22; the latest row "
     "is Being progressed, but the force archived it on its Closed sheet")
plan("eff17d", "in_sync", "reopened", "main", "open",
     "reopened by HMICFRS (latest row Being progressed after an earlier Complete row); "
     "force still AMBER")
plan("p21c", "closeable_local", "sameday_closed", "main", "open",
     "two updates on the same day: 10:05 Being progressed, 15:40 Complete; latest = Complete; "
     "force AMBER")
plan("p21g", "in_sync", "sameday_open", "main", "open",
     "two updates on the same day: 09:20 Complete entered in error, 11:02 Being progressed "
     "('status corrected'); latest = open; force AMBER")
plan("p21d", "closeable_submit", "open_awaiting", "main", "done",
     "latest row Awaiting review (force submitted evidence, not yet reviewed): still open at "
     "HMICFRS; force GREEN, submitted for closure")
plan("p21k", "in_sync", "open_awaiting", "main", "done_pending_x", "")  # replaced below
PLAN.pop("p21k")
plan("p21k", "closeable_submit", "open_awaiting", "main", "done",
     "latest row Awaiting review after force submission; tracker 'Pending sign off'",
     rag="Pending sign off")
plan("p23a", "missing_from_force", "open_new", "absent", None,
     "PEEL 2023–25 item, one history row only (New recommendation); not yet on the tracker")
plan("p23d", "missing_from_force", "open_new", "absent", None,
     "PEEL 2023–25 item, one history row only; not yet on the tracker")
plan("p23f", "missing_from_force", "open_new", "absent", None,
     "PEEL 2023–25 item, one history row only; not yet on the tracker")
plan("firearms2", "missing_from_force", "open", "absent", None,
     "open on the HMICFRS history (Being progressed); no tracker row")
plan("powers3", "in_sync", "nfa", "main", "done",
     "directed at the Home Office and NPCC: HMICFRS No further action required; tracker "
     "WHITE (not the force's to deliver)", rag="WHITE")
plan("sas130", "closeable_local", "superseded", "main", "open",
     "HMICFRS latest row Superseded; tracker still open")
plan("austerity1", "closeable_local", "closed", "main", "open",
     "latest row Complete after three Being progressed rows; tracker still open")
plan("p23b", "in_sync", "open_new", "main", "open",
     "new PEEL 2023–25 item (single history row); force already added it, open")
plan("p23c", "in_sync", "open_new", "main", "open",
     "new PEEL 2023–25 item (single history row); force open")
plan("p23e", "closeable_submit", "open_new", "main", "done",
     "new item, force says GREEN already (existing fraud work); HMICFRS awaiting review")

# --- the rest from pools, biased by age
rest = [it["key"] for it in items if it["key"] not in PLAN]
rng.shuffle(rest)
pool = (["in_sync_closed"] * 16 + ["in_sync_open"] * 15 + ["closeable_submit"] * 7
        + ["closeable_local"] * 7)
assert len(pool) >= len(rest), (len(pool), len(rest))
rng.shuffle(pool)
for key, p in zip(rest, pool):
    it = BY[key]
    old = it["pub"].year <= 2015
    if old and p == "in_sync_open":
        p = "in_sync_closed"
    if p == "in_sync_closed":
        h = rng.choice(["closed", "closed", "superseded"])
        plan(key, "in_sync", h, "closed", "done", f"HMICFRS latest row {h}; force Closed sheet")
    elif p == "in_sync_open":
        plan(key, "in_sync", "open", "main", "open", "open on both sides")
    elif p == "closeable_submit":
        plan(key, "closeable_submit", "open", "main", "done",
             "HMICFRS latest row open; force GREEN")
    else:
        plan(key, "closeable_local", rng.choice(["closed", "closed", "superseded"]), "main",
             "open", "HMICFRS latest row closed; force still open")

# ------------------------------------------------------------ HMICFRS history rows
BP_COMMENTS = [
    "The progress of the implementation of this recommendation is currently being monitored "
    "by HMICFRS and this record will, in due course, be updated.",
    "The status of this recommendation is currently being reviewed by HMIC and will be "
    "updated when this review is complete.",
    "Force update received via FLL; further evidence of impact requested.",
    "Discussed at quarterly FLL meeting. Force to provide action plan and timescales.",
    "Force update: policy rewritten and training delivered; awaiting audit results.",
]
CLOSE_COMMENTS = [
    "This recommendation is complete",
    "Authorised for closure on the basis of the additional observations offered by members of "
    "the inspection team in recent inspection activity.",
    "Closure evidence reviewed by the force liaison lead. Recommendation complete.",
]
SUPERSEDED = ("This area of activity has subsequently been inspected in HMICFRS's PEEL "
              "inspections. Where a cause of concern still exists this will appear in the register "
              "against these subsequent inspections.")

rid = 1480
for it in sorted(items, key=lambda x: (x["pub"], x["key"])):
    rid += rng.randint(3, 140)
    it["rid"] = rid


def t(d, hh=None, mm=None):
    return d.replace(hour=hh if hh is not None else rng.randint(8, 17),
                     minute=mm if mm is not None else rng.randint(0, 59), second=0)


hist: list[dict] = []
for it in items:
    p = PLAN[it["key"]]
    h = p["h"]
    start = it["pub"] + timedelta(days=rng.randint(1, 20))
    rows = [(t(start), "Awaiting review", "New recommendation", "HMICFRS")]
    limit = {"reopened": datetime(2019, 1, 1), "sameday_closed": datetime(2024, 3, 1),
             "sameday_open": datetime(2024, 6, 1)}.get(h, EXPORT - timedelta(days=10))
    span = (limit - start).days
    if h == "open_new":
        pass
    else:
        n_bp = {"open": rng.randint(1, 3), "closed": 3 if it["key"] == "austerity1"
                else rng.randint(1, 2)}.get(h, rng.randint(1, 2))
        dates = sorted(rng.sample(range(15, max(span, 60)), n_bp + 2))
        ds = [start + timedelta(days=x) for x in dates]
        ds = [min(x, EXPORT - timedelta(days=3)) for x in ds]
        for x in ds[:n_bp]:
            rows.append((t(min(x, limit)), "Being progressed", rng.choice(BP_COMMENTS), "FLL"))
        last = ds[n_bp]
        if h == "closed":
            rows.append((t(last), "Complete", rng.choice(CLOSE_COMMENTS), "FLL"))
        elif h == "superseded":
            rows.append((t(last), "Superseded", SUPERSEDED, "HMICFRS"))
        elif h == "nfa":
            rows.append((t(last), "No further action required",
                         "No further action required by the force: recommendation directed at "
                         "the Home Office and the NPCC.", "HMICFRS"))
        elif h == "open_awaiting":
            rows.append((t(last), "Awaiting review",
                         "Force has submitted evidence for closure. Awaiting review by the force "
                         "liaison lead.", "Force submission"))
        elif h == "reopened":
            c = datetime(2019, 6, 3)
            rows = rows[:2] + [(t(c), "Complete", "This recommendation is complete", "FLL"),
                               (t(datetime(2022, 7, 19)), "Being progressed",
                                "Reopened following PEEL 2021/22 fieldwork: inspectors found the "
                                "improvement had not been sustained.", "HMICFRS")]
        elif h == "sameday_closed":
            d = datetime(2024, 3, 14)
            rows.append((t(d, 10, 5), "Being progressed",
                         "Force update: DA safeguarding partnership protocol signed.", "FLL"))
            rows.append((t(d, 15, 40), "Complete", "Closure evidence reviewed by the force "
                         "liaison lead. Recommendation complete.", "FLL"))
        elif h == "sameday_open":
            d = datetime(2024, 6, 20)
            rows.append((t(d, 9, 20), "Complete", "This recommendation is complete", "FLL"))
            rows.append((t(d, 11, 2), "Being progressed", "Status corrected: Complete entered "
                         "against the wrong recommendation.", "FLL"))
        # "open": nothing further
    rows.sort(key=lambda r: r[0])
    it["hrows"] = rows
    for r in rows:
        hist.append(dict(item=it, when=r[0], status=r[1], comment=r[2], by=r[3]))

hist.sort(key=lambda r: (r["when"], r["item"]["rid"]))
HFIRST = 5  # header on row 4
for i, r in enumerate(hist):
    r["row"] = HFIRST + i
    r["uid"] = 20001 + i * 3 + rng.randint(0, 2)
for it in items:
    mine = [r for r in hist if r["item"] is it]
    it["latest_row"] = max(mine, key=lambda r: r["when"])["row"]
    it["latest_status"] = max(mine, key=lambda r: r["when"])["status"]
    closed = it["latest_status"] in ("Complete", "Superseded", "No further action required")
    want_closed = PLAN[it["key"]]["h"] in ("closed", "superseded", "nfa", "sameday_closed")
    assert closed == want_closed, it["key"]

wb = Workbook()
ws = wb.active
ws.title = HSHEET
ws["A1"] = "HMICFRS monitoring portal – recommendation update history"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = (f"Force: {FORCE}    Exported: {EXPORT:%d/%m/%Y %H:%M}    Filter: all recommendations, "
            "all updates")
HEAD = ["Update ID", "Recommendation ID", "Force", "Report title", "Publication date", "Type",
        "Recommendation", "Update date", "Status", "Update comment", "Updated by"]
for c, hname in enumerate(HEAD, 1):
    ws.cell(4, c, hname).font = Font(bold=True)
for r in hist:
    it = r["item"]
    vals = [r["uid"], it["rid"], FORCE, it["report"], it["pub"], it["type"], it["text"],
            r["when"], r["status"], r["comment"], r["by"]]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r["row"], c, v)
        if c == 5:
            cell.number_format = "dd/mm/yyyy"
        if c == 8:
            cell.number_format = "dd/mm/yyyy hh:mm"
for col, w in zip("ABCDEFGHIJK", [10, 12, 18, 40, 12, 22, 80, 16, 18, 60, 16]):
    ws.column_dimensions[col].width = w
end = HFIRST + len(hist)
ws.cell(end + 1, 1, f"{len(hist)} rows exported. Rows are listed in the order the updates were "
        "made.")

# --------------------------------------------------------------------- force tracker
ABBR = [(re.compile(a, re.I), b) for a, b in T.ABBREVIATIONS if a != r"\band\b"]
STEM_RE = re.compile(r"^(HMICFRS recommends that |HMIC recommends that )?(the force should|"
                     + re.escape(FORCE) + r" should)\s*", re.I)


def reword(text, style):
    s = text
    if style == "verbatim":
        return s
    if style == "abbrev":
        for rx, b in ABBR:
            s = rx.sub(b, s)
        return s
    if style == "nostem":
        s2 = STEM_RE.sub("", s)
        return s2[:1].upper() + s2[1:] if s2 != s else s
    if style == "misspell":
        for right, wrong in T.MISSPELLINGS.items():
            if right in s:
                return s.replace(right, wrong, 1)
        return s.replace(" the ", " the  ", 1)
    if style == "short":
        first = re.split(r"(?<=[.;:])\s", s)[0]
        return first.rstrip(";:") + ("" if first.endswith(".") else " …")
    return s


TR_NAMES = {
    EFF17[0]: "PEEL Effectiveness 2017 (published March 2017)",
    LEG17[0]: "PEEL Legitimacy 2017 (published December 2017)",
    CDI19[0]: "Crime Data Integrity 2019 (published September 2019)",
    CUS20[0]: "HMICFRS/HMIP custody 2020 (published August 2020)",
    PEEL21[0]: "PEEL 2021/22 (published May 2022)",
    PEEL23[0]: "PEEL 2023/25 (published September 2024)",
}
for rk, names in T.NATIONAL_TRACKER_NAMES.items():
    TR_NAMES[T.NATIONAL[rk][0]] = names[0]

TYPE_WORD = {AFI: ["AFI", "Area for Improvement"], REC: ["Recommendation", "Rec"],
             COC: ["Cause for Concern", "Cause of concern"], T.NAT: ["National rec",
                                                                    "Recommendation"]}
LEADS = [x for x in T.LEADS if x]
OPEN_PROGRESS = [
    "Work undertaken in area but still requires development to complete.",
    "A Task & Finish group has been set up and a full implementation/project plan, policy "
    "rewrite and communications plan is now completed.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Awaiting allocation.",
    "Audit of 40 cases booked for January; update to next Force Assurance Board.",
    "xxx",
]
DONE_PROGRESS = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "The recommendation is implemented. Evidence pack held by Organisational Learning.",
    "Ready to move to GREEN status.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
    "Policy signed off and in place; dip sample shows compliance.",
]
FILL = {"GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000", "WHITE": "FFFFFF",
        "Pending sign off": "C6E0B4"}


def bullets_of(text):
    parts = re.split(r"\n?\s*•\s*", text)
    return parts[0].strip(), [b.strip().rstrip(";").rstrip() for b in parts[1:] if b.strip()]


main_rows: list[dict] = []   # report groups of tracker rows
closed_rows: list[dict] = []
truth: list[tuple] = []
styles = ["verbatim", "verbatim", "abbrev", "nostem", "misspell", "short", "abbrev"]

for it in sorted(items, key=lambda x: (x["pub"], x["rid"])):
    p = PLAN[it["key"]]
    hrow = f"{HSHEET}!{it['latest_row']}"
    if p["f"] == "absent":
        truth.append((hrow, "", p["cat"], p["why"]))
        continue
    ref = it["rid"] if rng.random() < 0.6 else None
    if p.get("refmod"):
        s = str(it["rid"])
        ref = int(s[:-2] + s[-1] + s[-2])
    lead = rng.choice(LEADS)
    tword = rng.choice(TYPE_WORD[p.get("typemod") or it["type"]])
    report = p.get("reportmod", (it["report"],))[0] if p.get("reportmod") else it["report"]
    done = p["fstate"] == "done"
    if p["f"] == "closed":
        closed_rows.append(dict(it=it, ref=ref if ref else it["rid"], lead=lead,
                                text=reword(it["text"], rng.choice(styles)), p=p,
                                hrow=hrow))
        continue
    rag = p.get("rag") or (rng.choice(["GREEN", "GREEN", "Green"]) if done
                           else rng.choice(["AMBER", "AMBER", "RED", "Amber"]))
    sub = None
    if done and rag not in ("WHITE",):
        sub = it["latest_status"] == "Awaiting review" and (
            it["hrows"][-1][0] - timedelta(days=rng.randint(0, 4)))
        sub = sub or (EXPORT - timedelta(days=rng.randint(20, 200)))
        sub = sub.replace(hour=0, minute=0)
    if p["f"] == "split":
        stem, bl = bullets_of(it["text"])
        if p["bullets"] == "drop1":
            bl = [bl[0], bl[2]]
        for j, b in enumerate(bl):
            if p["bullets"] == "mixed":
                r_ = "GREEN" if j in (0, 2, 3) else "AMBER"
            else:
                r_ = rag
            main_rows.append(dict(report=report, ref=ref, type=tword,
                                  text=f"{stem} ({chr(97 + j)}) {b}", lead=lead, rag=r_,
                                  prog=rng.choice(DONE_PROGRESS if r_ in ("GREEN", "Green")
                                                  else OPEN_PROGRESS),
                                  sub=sub if r_ in ("GREEN",) and p["bullets"] == "all" else None,
                                  hrow=hrow, cat=p["cat"],
                                  why=p["why"] + f" [bullet {chr(97 + j)}]", sfx=chr(97 + j)))
        continue
    text = reword(it["text"], rng.choice(styles))
    if p.get("textmod") == "timescale":
        text = it["text"].replace("Within six months", "Within twelve months").replace(
            " 86 ", " ")
    prog = rng.choice(DONE_PROGRESS if done else OPEN_PROGRESS)
    if rag == "WHITE":
        prog = "Not the force's responsibility to deliver; dependent upon another organisation."
    if rag == "Pending sign off":
        prog = "Pending sign off by the chief officer lead. Evidence uploaded to portal."
    main_rows.append(dict(report=report, ref=ref, type=tword, text=text, lead=lead, rag=rag,
                          prog=prog, sub=sub if done else None, hrow=hrow, cat=p["cat"],
                          why=p["why"]))

# the force's own items
local = [
    ("PEEL 2021/22 (published May 2022)", "Local action: " + T.LOCAL_ACTIONS[2].format(
        t="domestic abuse"), "AMBER",
     "force's own action under the DA AFI; not an HMICFRS item"),
    ("PEEL 2021/22 (published May 2022)", "JAC action: " + T.LOCAL_ACTIONS[6].format(
        t="rape and serious sexual offences"), "GREEN",
     "Joint Audit Committee action; not an HMICFRS item"),
    ("Crime Data Integrity 2019 (published September 2019)", "Force action - " +
     T.LOCAL_ACTIONS[0].format(t="crime recording"), "AMBER",
     "force's own Task & Finish action; not an HMICFRS item"),
]
local_rows = [dict(report=r, ref=None, type="Local action", text=tx, lead=rng.choice(LEADS),
                   rag=rag, prog=rng.choice(OPEN_PROGRESS if rag != "GREEN" else DONE_PROGRESS),
                   sub=None, hrow="", cat="not_on_hmicfrs_list", why=w, local=True)
              for r, tx, rag, w in local]
# a tracker row for an item that is not on the register at all
stray = dict(report="PEEL Effectiveness 2016 (published March 2016)", ref=None,
             type="AFI", text="The force should " + T.TOPIC_BODIES[3].format(t="hate crime") + ".",
             lead="Ch Supt Public Protection", rag="AMBER",
             prog="Work undertaken in area but still requires development to complete.",
             sub=None, hrow="", cat="not_on_hmicfrs_list",
             why="PEEL Effectiveness 2016 AFI on the tracker; no such item in the HMICFRS "
                 "history (no 2016 effectiveness report appears in the export)")

order = [TR_NAMES[it["report"]] for it in sorted(items, key=lambda x: x["pub"])]
groups: dict[str, list] = {}
groups["PEEL Effectiveness 2016 (published March 2016)"] = [stray]
for name in dict.fromkeys(order):
    groups.setdefault(name, [])
for r in main_rows:
    groups[TR_NAMES[r["report"]]].append(r)
for r in local_rows:
    groups[r["report"]].append(r)
# order groups by date (2016 group slots in before Stolen Freedom? keep chronology)
gnames = list(dict.fromkeys(order))
gnames.insert(gnames.index(TR_NAMES[EFF17[0]]), "PEEL Effectiveness 2016 (published March 2016)")

tw = Workbook()
ts = tw.active
ts.title = "HMICFRS Recs"
ts["A1"] = f"{FORCE} – HMICFRS Recommendations & Areas for Improvement Tracker"
ts["A1"].font = Font(bold=True, size=14)
ts["A2"] = ("Owner: Organisational Learning Team. Last updated 01/11/2024. For the Joint Audit "
            "Committee, 28 November 2024. RAG key on the 'Key' sheet.")
THEAD = ["No.", "HMICFRS ID", "Type", "Recommendation / AFI", "Lead", "RAG", "Progress update",
         "Date submitted for closure"]
for c, hname in enumerate(THEAD, 1):
    cell = ts.cell(4, c, hname)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="1F3864")
row = 5
no = 0
lno = 0
for g in gnames:
    rows_ = groups.get(g, [])
    if not rows_:
        continue
    ts.cell(row, 1, g).font = Font(bold=True)
    ts.cell(row, 1).fill = PatternFill("solid", fgColor="D9E1F2")
    ts.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
    row += 1
    last_parent = None
    for r in rows_:
        if r.get("local"):
            lno += 1
            num = f"L{lno}"
        elif r.get("sfx"):
            if last_parent != r["hrow"]:
                no += 1
                last_parent = r["hrow"]
            num = f"{no}{r['sfx']}"
        else:
            no += 1
            num = no
        ref = r["ref"]
        if ref is not None and rng.random() < 0.15:
            ref = f"ID {ref}"
        vals = [num, ref, r["type"], r["text"], r["lead"], r["rag"], r["prog"], r["sub"]]
        for c, v in enumerate(vals, 1):
            cell = ts.cell(row, c, v)
            if c == 8 and v:
                cell.number_format = "dd/mm/yyyy"
            if c == 4 or c == 7:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        ts.cell(row, 6).fill = PatternFill("solid", fgColor=FILL.get(r["rag"].upper()
                                                                      if r["rag"] != "Pending sign off"
                                                                      else r["rag"],
                                                                      FILL.get(r["rag"], "FFFFFF")))
        why = r["why"] if r.get("local") or not r["hrow"] else (
            r["why"] + f" (tracker RAG {r['rag']})")
        truth.append((r["hrow"], f"HMICFRS Recs!{row}", r["cat"], why))
        row += 1
row += 1
ts.cell(row, 1, "Items closed by HMICFRS are moved to the 'Closed' sheet at each quarterly "
        "review.").font = Font(italic=True)
for col, w in zip("ABCDEFGH", [6, 12, 16, 80, 24, 14, 60, 14]):
    ts.column_dimensions[col].width = w

cs = tw.create_sheet("Closed")
cs["A1"] = "Closed / archived recommendations"
cs["A1"].font = Font(bold=True, size=12)
CHEAD = ["Ref", "Report", "Recommendation", "Lead", "Status", "Date closed", "Closure note"]
for c, hname in enumerate(CHEAD, 1):
    cs.cell(3, c, hname).font = Font(bold=True)
crow = 4
for r in sorted(closed_rows, key=lambda x: (x["it"]["pub"], x["it"]["rid"])):
    it = r["it"]
    if r["p"]["h"] == "reopened":
        dclosed = datetime(2019, 6, 10)
        note = "Closed by HMICFRS June 2019."
    else:
        dclosed = it["hrows"][-1][0].replace(hour=0, minute=0) + timedelta(days=rng.randint(2, 30))
        note = rng.choice(["Closed by HMICFRS.", "HMICFRS portal shows complete.",
                           "Archived at quarterly review.", "Superseded by later PEEL inspection."
                           if it["hrows"][-1][1] == "Superseded" else "Closed by HMICFRS."])
    vals = [r["ref"], TR_NAMES[it["report"]], r["text"], r["lead"], "Closed", dclosed, note]
    for c, v in enumerate(vals, 1):
        cell = cs.cell(crow, c, v)
        if c == 6:
            cell.number_format = "dd/mm/yyyy"
    truth.append((r["hrow"], f"Closed!{crow}", r["p"]["cat"], r["p"]["why"]))
    crow += 1
for col, w in zip("ABCDEFG", [10, 40, 80, 24, 10, 12, 40]):
    cs.column_dimensions[col].width = w

ks = tw.create_sheet("Key")
ks["A1"] = "RAG key"
ks["A1"].font = Font(bold=True)
key_rows = [
    ("GREEN", "The recommendation is implemented (submit to HMICFRS for closure)"),
    ("AMBER", "Subject to ongoing work and monitoring but is anticipated will be implemented"),
    ("RED", "Beyond designated deadline or cannot / will not be implemented (rationale required)"),
    ("WHITE", "Not the force's responsibility to deliver or dependent upon another organisation"),
    ("Pending sign off", "Evidence complete; awaiting chief officer sign off before submission"),
]
for i, (k, v) in enumerate(key_rows, 3):
    ks.cell(i, 1, k).fill = PatternFill("solid", fgColor=FILL[k])
    ks.cell(i, 2, v)


# ----------------------------------------------------------------------- write files
def save_fixed(book, path):
    book.properties.creator = "openpyxl"
    book.properties.created = FIXED
    book.properties.modified = FIXED
    buf = io.BytesIO()
    book.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-11-18T08:30:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 18, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


save_fixed(wb, OUT / "hmicfrs.xlsx")
save_fixed(tw, OUT / "tracker.xlsx")

with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for tr in truth:
        w.writerow(tr)

print("history rows", len(hist), "items", len(items), "truth lines", len(truth))
