"""Build the evaluation case `hmicfrs_sheet_per_status`.

HMICFRS side: a workbook sent by the force liaison lead with one sheet per status and no status
column ("Notes", "Open", "Closed since last list"; the two item sheets have different columns).
Force side: an ordinary tracker workbook with report-title rows, split rows and local actions.

Run with /work/main/.venv/bin/python; fixed seed, rebuilds byte for byte.
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
# The casegen text lists (real HMICFRS texts, OGL), read where the package keeps them: the
# builder's own copies were byte for byte the same.
sys.path.insert(0, str(HERE.parents[4]))
from reconcile.casegen.texts import force as F  # noqa: E402
from reconcile.casegen.texts import national as N  # noqa: E402
from reconcile.casegen.texts import tracker as TR  # noqa: E402

SEED = 4207
CASE = "hmicfrs_sheet_per_status"
OUT = HERE / CASE
rng = random.Random(SEED)

FORCE, AREA, NEIGHBOUR = "Gloucestershire Constabulary", "Gloucestershire", "Wiltshire Police"
FIXED_TIME = dt.datetime(2024, 11, 4, 9, 0, 0)


def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d:%B %Y}"


# --------------------------------------------------------------------------------------------
# HMICFRS items
# --------------------------------------------------------------------------------------------
items: list[dict] = []  # every HMICFRS-register item, incl. those closed before the last list


def add(key, report, published, typ, text, **kw):
    it = dict(key=key, report=report, published=published, type=typ, text=text,
              tracker_report=kw.pop("tracker_report", None), **kw)
    items.append(it)
    return it


for nk, (title, ymd, its) in N.NATIONAL.items():
    for i, (typ, text) in enumerate(its):
        add((nk, i), title, dt.date(*ymd), typ, text,
            tracker_names=F.NATIONAL_TRACKER_NAMES[nk])

FORCE_LEVEL = {
    # report title, published, tracker names, bodies, default type
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2),
              ("PEEL Effectiveness 2016", "PEEL Eff 16"), [5, 6, 7, 16, 17, 18, 19, 41]),
    "cdi17": ("Crime data integrity inspection 2017", dt.date(2017, 2, 9),
              ("Crime Data Integrity 2017", "CDI 2017"), [8, 9, 14]),
    "efc17f": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9),
               ("PEEL Efficiency 2017", "PEEL Efficiency 17"), [2, 3, 11, 12, 13]),
    "leg17f": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12),
               ("PEEL Legitimacy 2017", "PEEL Legit 17"), [10, 15]),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
               dt.date(2019, 5, 2), ("PEEL 2018/19", "PEEL 18-19"), [0, 1, 4]),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 4, 7), ("PEEL 2021/22", "PEEL Assessment 2021/22"),
               [21, 22, 23, 24, 25, 26, 27, 29]),
}
REC_STEMS = [s for t, s in F.STEMS if t == N.REC and "cause of concern" not in s]
for rk, (title, pub, tnames, bodies) in FORCE_LEVEL.items():
    for b in bodies:
        body = F.BODIES[b].format(area=AREA, neighbour=NEIGHBOUR)
        if rk == "peel21" or (rk in ("eff16", "efc17f", "leg17f") and b in (2, 3, 12, 16, 17)):
            typ, text = N.AFI, f"The force should {body}."
        elif b == 41:
            typ = N.REC
            text = ("Cause of concern: " + F.CAUSES[0] + "\nRecommendation: To address this "
                    "cause of concern, HMIC recommends the force should immediately " + body + ".")
        elif b == 8:
            typ, text = N.REC, f"Immediately, the force should {body}."
        else:
            typ = N.REC
            stem = rng.choice(REC_STEMS)
            deadline = (pub + dt.timedelta(days=rng.choice([92, 183, 365]))).strftime("%B %Y")
            text = stem.format(b=body, deadline=deadline, force=FORCE)
        add((rk, b), title, pub, typ, text, tracker_names=tnames)

add(("eff16", "coc"), "PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), N.COC,
    F.CAUSES[1], tracker_names=("PEEL Effectiveness 2016", "PEEL Eff 16"))

by_key = {it["key"]: it for it in items}

# HMICFRS reference numbers: plain integers, rising with publication date (register style).
refs = sorted(rng.sample(range(1800, 9800), len(items)))
for it, r in zip(sorted(items, key=lambda x: (x["published"], str(x["key"]))), refs):
    it["ref"] = r

# --------------------------------------------------------------------------------------------
# Scenarios
# --------------------------------------------------------------------------------------------
# sheet: "open" / "closed" / None (closed before the last list, on no sheet)
# force: "open" / "done" / None (not in tracker)
SPECIAL = {
    ("stolen", 0): dict(sheet="open", force="split_mixed", cat="in_sync",
                        why="Open sheet; force split the 4 bullets into 4 rows, 2 rows done, 2 still RED: item still open on force side"),
    ("cdi17", 8): dict(sheet="open", force="split_done", cat="closeable_submit",
                       why="Open sheet (portal comment is the force's pasted 'Completed' update, not a closure); all 5 bullet rows GREEN/Complete"),
    ("leg17", 1): dict(sheet="open", force="open", cat="conflict", trap="missing_bullet",
                       why="force text drops the third bullet (possession-only drug searches)"),
    ("stolen", 1): dict(sheet="open", force="open", cat="conflict", trap="timescale",
                        why="timescale differs: HMICFRS 'Within six months', force 'Within twelve months'"),
    ("peel21", 23): dict(sheet="open", force="done", cat="conflict", trap="type",
                         why="type differs: HMICFRS Area for improvement, force Recommendation"),
    ("firearms", 1): dict(sheet="open", force="open", cat="conflict", trap="ref",
                          why="reference differs: force records a transposed HMICFRS ref, text identical"),
    ("eff16", 5): dict(sheet="closed", force="open", cat="conflict", trap="report",
                       why="report differs: HMICFRS PEEL effectiveness 2016 (pub. Mar 2017), force files it under PEEL Effectiveness 2015 (Feb 2016)"),
    ("powers", 3): dict(sheet="open", force="white", cat="closeable_submit",
                        why="Open sheet; force WHITE (Home Office/NPCC to deliver) counts as done for the force"),
    ("cdi17", 9): dict(sheet="open", force="pending", cat="closeable_submit",
                       why="Open sheet; force 'Pending sign off' = force says done"),
    ("eff16", 41): dict(sheet="open", force="open", cat="in_sync",
                        why="Open sheet, force AMBER; HMICFRS cell holds cause of concern + recommendation, force only the recommendation"),
    ("leg17", 0): dict(sheet="open", force="open", cat="in_sync", why="Open sheet, force open; cause of concern on both"),
    ("core", 1): dict(sheet="closed", force="open", cat="closeable_local",
                      why="Closed sheet (closed as superseded by PEEL), force still AMBER"),
    ("everyone", 0): dict(sheet="closed", force="done", cat="in_sync",
                          why="Closed sheet, force Complete (force dropped the stray footnote '20')"),
    ("sas15", 0): dict(sheet="closed", force=None, cat="missing_from_force",
                       why="on the Closed sheet only; force never tracked it"),
    ("picture", 0): dict(sheet="open", force=None, cat="missing_from_force", why="Open sheet; no force row"),
    ("peel21", 29): dict(sheet="open", force=None, cat="missing_from_force", why="Open sheet; no force row"),
    ("efc17f", 2): dict(sheet="open", force=None, cat="missing_from_force", why="Open sheet; no force row"),
    ("stolen", 6): dict(sheet="open", force=None, cat="missing_from_force", why="Open sheet; no force row"),
    # closed by HMICFRS before the last list: on no sheet, still in the tracker
    ("sas13", 0): dict(sheet=None, force="done", cat="not_on_hmicfrs_list",
                       why="closed by HMICFRS before 1 Aug 2024 (not on either sheet); force GREEN"),
    ("sas13", 1): dict(sheet=None, force="done", cat="not_on_hmicfrs_list",
                       why="closed by HMICFRS before 1 Aug 2024 (not on either sheet); force Complete"),
    ("austerity", 0): dict(sheet=None, force="done", cat="not_on_hmicfrs_list",
                           why="closed by HMICFRS before 1 Aug 2024 (not on either sheet); force GREEN"),
    ("austerity", 1): dict(sheet=None, force="done", cat="not_on_hmicfrs_list",
                           why="closed by HMICFRS before 1 Aug 2024 (not on either sheet); force GREEN"),
    ("core", 0): dict(sheet=None, force="open", cat="not_on_hmicfrs_list",
                      why="not on either sheet (closed earlier or never on this list); force still AMBER: query with HMICFRS"),
}
rest = [it for it in items if it["key"] not in SPECIAL]
rng.shuffle(rest)
pool = (["in_sync_open"] * 21 + ["submit"] * 9 + ["local"] * 8 + ["in_sync_closed"] * 5)
assert len(pool) == len(rest), (len(pool), len(rest))
WHY = {
    "in_sync_open": ("open", "open", "in_sync", "Open sheet, force open"),
    "submit": ("open", "done", "closeable_submit", "Open sheet, force done"),
    "local": ("closed", "open", "closeable_local", "Closed since last list, force still open"),
    "in_sync_closed": ("closed", "done", "in_sync", "Closed since last list, force done"),
}
for it, sc in zip(rest, pool):
    sheet, frc, cat, why = WHY[sc]
    it.update(sheet=sheet, force=frc, cat=cat, why=why)
for it in items:
    if it["key"] in SPECIAL:
        it.update(SPECIAL[it["key"]])
        it.setdefault("trap", None)
    it.setdefault("trap", None)

# --------------------------------------------------------------------------------------------
# HMICFRS workbook
# --------------------------------------------------------------------------------------------
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
PORTAL_OPEN_COMMENTS = [
    "New recommendation",
    "The progress of the implementation of this recommendation is currently being monitored by "
    "HMICFRS and this record will, in due course, be updated.",
    "The status of this recommendation is currently being reviewed by HMIC and will be updated "
    "when this review is complete.",
    None, None,
]
CLOSE_NOTES = [
    "This recommendation is complete",
    "Authorised for closure on the basis of the additional observations offered by members of "
    "the inspection team in recent inspection activity.",
    "This recommendation is complete",
    "Complete",
]
SUPERSEDED = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
              "inspections. Where a cause of concern still exists this will appear in the register "
              "against these subsequent inspections.")

h_open = sorted([i for i in items if i["sheet"] == "open"], key=lambda x: (x["published"], x["ref"]))
h_closed = sorted([i for i in items if i["sheet"] == "closed"], key=lambda x: x["ref"])

wb = Workbook()
ws = wb.active
ws.title = "Notes"
notes = [
    f"Definitive list of HMICFRS recommendations, causes of concern and AFIs – {FORCE}",
    "Prepared by the force liaison lead from the HMICFRS monitoring portal, 4 November 2024.",
    None,
    "'Open' tab: items still open on the portal at 31 October 2024 (awaiting review or being progressed).",
    "'Closed since last list' tab: items HMICFRS closed on the portal between 1 August and 31 October 2024.",
    "Items closed before 1 August 2024 are not listed; see the list of 31 July 2024.",
    None,
    f"Ref {by_key[('cdi17', 8)]['ref']}: force update pasted into the portal comment on 12 October; "
    "HMICFRS has not yet reviewed it.",
    "Please return the reconciled list before the Joint Audit Committee on 10 December 2024.",
]
for r, line in enumerate(notes, start=1):
    ws.cell(r, 1, line)
ws["A1"].font = BOLD
ws.column_dimensions["A"].width = 110

# --- Open
ws = wb.create_sheet("Open")
ws["A1"] = f"HMICFRS monitoring portal – open items – {FORCE}"
ws["A1"].font = BOLD
ws["A2"] = "As at 31 October 2024"
HDR_OPEN = ["Ref", "Report", "Published", "Type", "Recommendation / AFI", "Latest portal comment",
            "Last updated"]
for c, h in enumerate(HDR_OPEN, start=1):
    ws.cell(4, c, h).font = BOLD
row = 5
for it in h_open:
    comment = rng.choice(PORTAL_OPEN_COMMENTS)
    last = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 300))
    if it["key"] == ("cdi17", 8):
        comment = ("CompletedVictims are clearly believed at the point of report. Call handler "
                   "summaries are checked in the daily crime data integrity audit.")
        last = dt.date(2024, 10, 12)
    if it["key"] == ("cdi17", 9):
        comment = "Force update: Completed. Evidence to be submitted to HMICFRS for closure."
    vals = [it["ref"], it["report"], it["published"], it["type"], it["text"], comment,
            ordinal(last) if comment else None]
    for c, v in enumerate(vals, start=1):
        cell = ws.cell(row, c, v)
        if c == 3:
            cell.number_format = "dd/mm/yyyy"
        if c in (2, 5, 6):
            cell.alignment = WRAP
    it["hrow"] = f"Open!{row}"
    row += 1
for col, w in zip("ABCDEFG", (8, 40, 12, 24, 80, 50, 20)):
    ws.column_dimensions[col].width = w

# --- Closed since last list (different columns, refs as text, no publication date)
ws = wb.create_sheet("Closed since last list")
ws["A1"] = "Closed on the portal since the last definitive list (1 August – 31 October 2024)"
ws["A1"].font = BOLD
HDR_CLOSED = ["HMICFRS ID", "Type", "Inspection / report", "Text", "Closed on", "Closure note"]
for c, h in enumerate(HDR_CLOSED, start=1):
    ws.cell(2, c, h).font = BOLD
row = 3
for it in h_closed:
    closed_on = dt.date(2024, 8, 1) + dt.timedelta(days=rng.randrange(0, 91))
    note = SUPERSEDED if it["key"] == ("core", 1) else rng.choice(CLOSE_NOTES)
    vals = [str(it["ref"]), it["type"], it["report"], it["text"], ordinal(closed_on), note]
    for c, v in enumerate(vals, start=1):
        cell = ws.cell(row, c, v)
        if c in (3, 4, 6):
            cell.alignment = WRAP
    it["hrow"] = f"Closed since last list!{row}"
    row += 1
row += 1
ws.cell(row, 1, f"Total closed this quarter: {len(h_closed)}").font = BOLD
for col, w in zip("ABCDEF", (12, 24, 40, 80, 20, 50)):
    ws.column_dimensions[col].width = w

# --------------------------------------------------------------------------------------------
# Force tracker
# --------------------------------------------------------------------------------------------
ABBR = [(p, r) for p, r in TR.ABBREVIATIONS if r not in ("&",)]


def force_text(it) -> str:
    text = it["text"]
    k = rng.random()
    if it["type"] == N.AFI and text.startswith("The force should ") and rng.random() < 0.45:
        # force keeps only the ask, stem dropped (AFIs only: a recommendation's stem carries its
        # timescale, which the force keeps)
        m = re.search(r"should(?: immediately)?:? ?(.*)$", text, flags=re.S)
        if m:
            body = m.group(1).strip().rstrip(";").removesuffix("; and").rstrip(".;")
            text = body[0].upper() + body[1:] + "."
    if k < 0.5:
        for p, r in ABBR:
            if rng.random() < 0.7:
                text = re.sub(p, r, text, flags=re.I)
    if rng.random() < 0.2:
        for right, wrong in TR.MISSPELLINGS.items():
            if right in text:
                text = text.replace(right, wrong, 1)
                break
    return text


OPEN_PROGRESS = [
    "A Task & Finish group has been set up and a full implementation/project plan, policy "
    "rewrite and communications plan is now completed.",
    "Work undertaken in area but still requires development to complete.",
    "Addressed holistically as part of the force change programme.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Draft policy with the Chief Officer Group for approval in December.",
    "Owner changed after restructure; new lead to provide update for next JAC.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    None,
]
DONE_PROGRESS = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Policy signed off and in place; dip sample in September showed full compliance.",
    "Implemented. Evidence pack held by Corporate Development.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
]
LEADS = [x for x in TR.LEADS if x]


def status_for(state: str) -> tuple[str, str | None, str | None]:
    """(RAG, progress, submitted for closure) for a force state."""
    if state == "open":
        rag = rng.choice(["AMBER", "AMBER", "AMBER", "RED", "In progress"])
        return rag, rng.choice(OPEN_PROGRESS), None
    if state == "white":
        return "WHITE", "Not the force's responsibility to deliver; dependent upon another organisation.", None
    if state == "pending":
        return "Pending sign off", "Pending sign off by the chief officer lead.", None
    rag = rng.choice(["GREEN", "GREEN", "Complete"])
    sub = None
    if rng.random() < 0.6:
        sub = (dt.date(2023, 6, 1) + dt.timedelta(days=rng.randrange(0, 480))).strftime("%d/%m/%Y")
    return rag, rng.choice(DONE_PROGRESS), sub


frows: list[dict] = []  # one per force item row (group rows are added when writing)


def frow(it, text, state, typ=None, ref="same", report=None, published=None, no=None, cat=None, why=None):
    rag, prog, sub = status_for(state)
    if ref == "same":
        ref = it["ref"] if rng.random() < 0.65 else None
    frows.append(dict(
        group=report or it["tracker_names"][0], order=(it["published"], it["ref"]),
        ref=ref, published=published or it["published"].strftime("%b %Y"),
        type=typ or it["type"], text=text, lead=rng.choice(LEADS), rag=rag, progress=prog,
        submitted=sub, no=no, hrow=it.get("hrow"), cat=cat or it["cat"], why=why or it["why"]))


for it in sorted(items, key=lambda x: (x["published"], x["ref"])):
    st = it.get("force")
    if st is None:
        continue
    trap = it["trap"]
    typ_force = {N.NAT: rng.choice(["National recommendation", "Recommendation", "National rec"]),
                 N.AFI: rng.choice(["AFI", "Area for Improvement", "Area for improvement"]),
                 N.REC: "Recommendation", N.COC: "Cause of Concern"}[it["type"]]
    if st == "split_mixed":
        stem = "Within 12 months – review leadership & governance for MSHT to ensure:"
        bullets = [b.strip(" ;.").removeprefix("and").strip() for b in
                   it["text"].split("\n")[1:]]
        bullets = [re.sub(r";? ?and$", "", b.lstrip("• ")).strip() for b in bullets]
        states = ["done", "open", "done", "open"]
        for j, (b, s) in enumerate(zip(bullets, states)):
            frow(it, f"{stem} {b}", s, typ=typ_force, ref=it["ref"], no=f"sub{j}",
                 why=it["why"] + f" (bullet {j + 1} of 4)")
        continue
    if st == "split_done":
        bullets = [b.lstrip("• ").rstrip(";").removesuffix("; and").strip()
                   for b in it["text"].split("\n")[1:]]
        bullets = [re.sub(r";? and$", "", b) for b in bullets]
        for j, b in enumerate(bullets):
            frow(it, "Arrangements to ensure that " + b + ".", "done", typ=typ_force,
                 ref=it["ref"], no=f"sub{j}", why=it["why"] + f" (bullet {j + 1} of 5)")
        continue
    text = force_text(it)
    ref, report, published = "same", None, None
    if trap == "missing_bullet":
        text = it["text"].split("; and •the prevalence")[0] + "."
        text = text.replace("stop and search", "S&S")
    elif trap == "timescale":
        text = it["text"].replace("Within six months", "Within twelve months")
    elif trap == "type":
        typ_force = "Recommendation"
        text = it["text"]
    elif trap == "ref":
        s = str(it["ref"])
        ref = int(s[:-2] + s[-1] + s[-2])
        assert ref != it["ref"] and ref not in {x["ref"] for x in items}
        text = it["text"]
    elif trap == "report":
        report, published, ref = "PEEL Effectiveness 2015", "Feb 2016", None
    elif it["key"] == ("everyone", 0):
        text = it["text"].replace("another force; and 20", "another force; and")
    elif it["key"] == ("eff16", 41):
        text = it["text"].split("\nRecommendation: ")[1]
    frow(it, text, "done" if st == "done" else st, typ=typ_force, ref=ref, report=report,
         published=published)

# local actions: the force's own, never HMICFRS's
LOCAL_GROUP = "Force improvement plan / internal audit actions"
la_topics = rng.sample(TR.TOPICS, 5)
la_bodies = rng.sample(TR.LOCAL_ACTIONS, 5)
la_prefix = ["Local action: ", "Internal audit action: ", "Force improvement plan: ", "JAC action: ",
             "Local action: "]
for j in range(5):
    rag, prog, sub = status_for("open" if j % 2 == 0 else "done")
    frows.append(dict(group=LOCAL_GROUP, order=(dt.date(2099, 1, 1), j), ref=None,
                      published=None, type="Local action",
                      text=la_prefix[j] + la_bodies[j].format(t=la_topics[j]) + ".",
                      lead=rng.choice(LEADS), rag=rag, progress=prog, submitted=sub, no=None,
                      hrow=None, cat="not_on_hmicfrs_list",
                      why="force's own local action; never an HMICFRS item"))

# group order: by earliest publication in the group; PEEL Effectiveness 2015 sits before 2016
groups: dict[str, list[dict]] = {}
for fr in sorted(frows, key=lambda x: x["order"]):
    groups.setdefault(fr["group"], []).append(fr)
GROUP_DATE = {"PEEL Effectiveness 2015": dt.date(2016, 2, 18)}
group_order = sorted(groups, key=lambda g: GROUP_DATE.get(g, groups[g][0]["order"][0]))

wbf = Workbook()
ws = wbf.active
ws.title = "HMICFRS Tracker"
ws["A1"] = f"{FORCE} – HMICFRS recommendations and areas for improvement tracker"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Corporate Development (Organisational Learning). Last updated 28/10/2024"
HDR_F = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI", "Lead",
         "RAG", "Progress update", "Submitted for closure"]
for c, h in enumerate(HDR_F, start=1):
    ws.cell(4, c, h).font = BOLD
FILL = {"GREEN": "92D050", "Complete": "92D050", "AMBER": "FFC000", "RED": "FF0000",
        "WHITE": "FFFFFF", "In progress": "FFC000", "Pending sign off": "92D050"}
grey = PatternFill("solid", fgColor="D9D9D9")
row, no = 5, 0
for g in group_order:
    ws.cell(row, 1, g).font = BOLD
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
    ws.cell(row, 1).fill = grey
    row += 1
    sub_letter = None
    for fr in groups[g]:
        if fr["no"] and fr["no"].startswith("sub"):
            j = int(fr["no"][3:])
            if j == 0:
                no += 1
            label = f"{no}{'abcde'[j]}"
        else:
            no += 1
            label = no
        vals = [label, fr["ref"], g, fr["published"], fr["type"], fr["text"], fr["lead"],
                fr["rag"], fr["progress"], fr["submitted"]]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row, c, v)
            if c in (3, 6, 9):
                cell.alignment = WRAP
        ws.cell(row, 8).fill = PatternFill("solid", fgColor=FILL[fr["rag"]])
        fr["frow"] = f"HMICFRS Tracker!{row}"
        row += 1
row += 1
legend = [
    "Key:",
    "GREEN – the recommendation is implemented",
    "AMBER – subject to ongoing work and monitoring but anticipated will be implemented",
    "RED – beyond designated deadline or cannot / will not be implemented (rationale required)",
    "WHITE – not the force's responsibility to deliver or dependent upon another organisation",
]
for line in legend:
    ws.cell(row, 1, line)
    row += 1
for col, w in zip("ABCDEFGHIJ", (6, 12, 28, 10, 22, 80, 26, 16, 50, 14)):
    ws.column_dimensions[col].width = w

# --------------------------------------------------------------------------------------------
# Save (byte-stable) and truth
# --------------------------------------------------------------------------------------------


def save_stable(book: Workbook, path: Path) -> None:
    book.properties.creator = "force liaison lead" if "hmicfrs" in path.name else "Corporate Development"
    book.properties.created = FIXED_TIME
    book.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    book.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-11-04T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 4, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


OUT.mkdir(exist_ok=True)
save_stable(wb, OUT / "hmicfrs.xlsx")
save_stable(wbf, OUT / "tracker.xlsx")

truth = []
for fr in frows:
    truth.append((fr["hrow"] or "", fr["frow"], fr["cat"], fr["why"]))
for it in items:
    if it.get("sheet") and it.get("force") is None:
        truth.append((it["hrow"], "", it["cat"], it["why"]))


def rowkey(rid: str):
    if not rid:
        return ("~", 0)
    s, r = rid.rsplit("!", 1)
    return (s, int(r))


truth.sort(key=lambda t: (rowkey(t[0]) if t[0] else ("~",) + (0,), rowkey(t[1])))
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

if __name__ == "__main__":
    from collections import Counter
    print(Counter(t[2] for t in truth))
    print("hmicfrs items:", len(h_open), "open +", len(h_closed), "closed; force rows:", len(frows))
