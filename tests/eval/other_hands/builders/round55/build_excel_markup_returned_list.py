"""Build case `excel_markup_returned_list`.

HMICFRS side: last quarter's (Q2 2023/24) definitive list, sent back to the force by the
force liaison lead with this quarter's (Q3) changes marked up by hand in Excel: changed rows
filled yellow, old values struck through and new values typed in red in the same cell,
rows struck through where the item has been taken off the list (closed), new items typed in
at the bottom, a hand-added "Q3 comments" column, and a few cell notes.

Force side: a plain tracker workbook.

Run with /work/main/.venv/bin/python; fixed seed, rebuilds byte for byte.
"""
from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import os
import random
import re
import sys
import zipfile

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

SEED = 5507
HERE = os.path.dirname(os.path.abspath(__file__))
CASE = "excel_markup_returned_list"
OUT = os.path.join(HERE, CASE)

# --- load the casegen text lists as a package without importing reconcile itself ----------
TEXTS = "/work/main/reconcile/casegen/texts"
spec = importlib.util.spec_from_file_location(
    "cgtexts", os.path.join(TEXTS, "__init__.py"), submodule_search_locations=[TEXTS])
T = importlib.util.module_from_spec(spec)
sys.modules["cgtexts"] = T
spec.loader.exec_module(T)

rng = random.Random(SEED)

FORCE, AREA, NEIGHBOUR = "Lincolnshire Police", "Lincolnshire", "Nottinghamshire Police"

# ------------------------------------------------------------------------------------------
# 1. The items HMICFRS holds (title, published, type, text)
# ------------------------------------------------------------------------------------------
items: list[dict] = []


def add(report_key, title, pub, typ, text, tracker_report, **kw):
    d = dict(report_key=report_key, title=title, pub=dt.date(*pub), type=typ, text=text,
             treport=tracker_report)
    d.update(kw)
    items.append(d)
    return d


NAT_KEEP = {"everyone": [0], "austerity": [0, 1, 3], "core": [0, 1], "integrity": [0],
            "picture": [0], "firearms": [0, 1, 2, 3, 4], "stolen": [0, 1, 2, 3, 4, 5, 6],
            "efc17": [0], "leg17": [0, 1, 2, 3, 4], "powers": [0, 1, 2, 4]}
for key, idxs in NAT_KEEP.items():
    title, pub, its = T.NATIONAL[key]
    for i in idxs:
        typ, text = its[i]
        add(key, title, pub, typ, text, T.NATIONAL_TRACKER_NAMES[key][i % 2 if key != "stolen" else 1],
            nat_index=i)

# force-level reports: (title, published, tracker name, [(stem index, body index)])
FORCE_LEVEL = [
    ("PEEL: Police effectiveness 2016", (2017, 3, 2), "PEEL Effectiveness 2016",
     [(0, 6), (1, 7), (5, 5), (8, 16)]),
    ("PEEL: Police legitimacy 2017", (2017, 12, 12), "PEEL Legit 17",
     [(0, 25), (2, 26), (0, 27)]),
    ("National child protection inspection 2018", (2018, 6, 19), "NCPI 2018",
     [(11, "make sure officers and staff have the training they need to identify and respond "
           "to child sexual exploitation"), (7, 19)]),
    ("Crime data integrity inspection 2019", (2019, 9, 26), "CDI 2019",
     [(3, 8), (6, 9)]),
    ("Report on an unannounced inspection visit to police custody suites 2020", (2020, 8, 11),
     "Custody inspection 2020", [(7, 35)]),
    ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", (2022, 5, 27), "PEEL 2021/22",
     [(0, 21), (0, 22), (1, 23), (0, 24), (8, 14), (12, 18)]),
]


def fill_body(b):
    return b.replace("{area}", AREA).replace("{neighbour}", NEIGHBOUR)


def make_text(stem_i, body_i, pub):
    typ, stem = T.STEMS[stem_i]
    deadline = dt.date(pub.year + 1, pub.month, 1).strftime("%B %Y")
    return typ, stem.replace("{force}", FORCE).replace("{deadline}", deadline).replace(
        "{b}", fill_body(T.BODIES[body_i] if isinstance(body_i, int) else body_i))


for title, pub, tname, specs in FORCE_LEVEL:
    for si, bi in specs:
        typ, text = make_text(si, bi, dt.date(*pub))
        add("force", title, pub, typ, text, tname)

# a cause of concern (vetting backlog) and its recommendation, PEEL 2021/22
coc = add("force", FORCE_LEVEL[-1][0], FORCE_LEVEL[-1][1], T.COC,
          T.CAUSES[4].replace("{force}", FORCE), "PEEL 2021/22")

# ------------------------------------------------------------------------------------------
# 2. Register ids, HMICFRS state and force state
# ------------------------------------------------------------------------------------------
items.sort(key=lambda d: d["pub"])
ids = sorted(rng.sample(range(2100, 9800), len(items)))
for d, i in zip(items, ids):
    d["id"] = i

# special items, picked by hand
def find(pred):
    for d in items:
        if pred(d) and "special" not in d:
            return d
    raise LookupError


# conflict: timescale corrected on the list (six -> twelve), force copied the Q2 list
sp_time = find(lambda d: d["text"].startswith("Within six months the force should"))
sp_time.update(special="time_fix", text=sp_time["text"].replace("Within six months",
                                                                  "Within twelve months"))
# conflict: type corrected AFI -> Recommendation, force still has AFI
sp_type = find(lambda d: d["type"] == T.AFI and d["title"].startswith("PEEL: Police legitimacy"))
sp_type["special"] = "type_fix"
# conflict: reference corrected, force still has the old number
sp_ref = find(lambda d: d["report_key"] == "firearms" and d["nat_index"] == 2)
sp_ref["special"] = "ref_fix"
# conflict: last bullet missing on the Q2 list, added back at Q3; force copied Q2 list
sp_bul = find(lambda d: d["report_key"] == "stolen" and d["nat_index"] == 0)
sp_bul["special"] = "bullet_fix"
# conflict with no markup: force dropped a bullet of the child detention recommendation
sp_fbul = find(lambda d: "detention of children" in d["text"])
sp_fbul["special"] = "force_bullet_missing"
# reverse trap: typo corrected on the list, force already had the right word
sp_typo = find(lambda d: "supervision of the quality" in d["text"])
sp_typo["special"] = "typo_fix"
# reverse trap: publication date corrected, force already had the right date
sp_date = find(lambda d: d["report_key"] == "efc17")
sp_date["special"] = "date_fix"
# split in the force tracker: CDI victims (5 bullets, all done) and SAS monitoring (3 bullets, open)
sp_split1 = find(lambda d: "at the point of report, victims are believed" in d["text"])
sp_split1["special"] = "split_done"
sp_split2 = find(lambda d: d["report_key"] == "leg17" and d["nat_index"] == 1)
sp_split2["special"] = "split_open"

# new items typed in at the bottom at Q3 (PEEL 2023/24, published 2023)
NEW_TITLE = "PEEL: Police effectiveness, efficiency and legitimacy 2023/24"
NEW_PUB = dt.date(2023, 11, 3)
new_items = []
for k, (tb, topic) in enumerate([(1, "rape and serious sexual offences"),
                                 (11, "domestic abuse"), (0, "stalking and harassment"),
                                 (12, "fraud")]):
    text = "The force should " + T.TOPIC_BODIES[tb].replace("{t}", topic) + "."
    new_items.append(dict(report_key="new", title=NEW_TITLE, pub=NEW_PUB, type=T.AFI,
                          text=text, treport="PEEL 2023/24", special="new",
                          id=9871 + k))

# HMICFRS kinds for the ordinary items
ordinary = [d for d in items if "special" not in d]
rng.shuffle(ordinary)
KINDS = (["plain_closed"] * 6 + ["rich_closed"] * 5 + ["arrow_closed"] * 2
         + ["struck_comment"] * 3 + ["struck_bare"] * 2 + ["comment_closed"] * 2
         + ["rich_open"] * 3 + ["reopened"] * 2)
KINDS += ["plain_open"] * (len(ordinary) - len(KINDS))
for d, k in zip(ordinary, KINDS):
    d["kind"] = k
# specials: all plain open except where stated
SPECIAL_KIND = {"time_fix": "plain_open", "type_fix": "plain_open", "ref_fix": "plain_open",
                "bullet_fix": "plain_open", "force_bullet_missing": "plain_open",
                "typo_fix": "rich_closed", "date_fix": "plain_open", "split_done": "plain_open",
                "split_open": "plain_open"}
for d in items:
    if "special" in d:
        d["kind"] = SPECIAL_KIND[d["special"]]
for d in new_items:
    d["kind"] = "new"

CLOSED_KINDS = {"plain_closed", "rich_closed", "arrow_closed", "struck_comment", "struck_bare",
                "comment_closed"}
for d in items + new_items:
    d["h_closed"] = d["kind"] in CLOSED_KINDS

# force state: open / done / absent
by_kind: dict[str, list] = {}
for d in ordinary:
    by_kind.setdefault(d["kind"], []).append(d)
FORCE_PLAN = {
    "plain_closed": ["done"] * 4 + ["open"] * 2,
    "rich_closed": ["done"] * 2 + ["open"] * 3,
    "arrow_closed": ["done", "open"],
    "struck_comment": ["open", "done", "open"],
    "struck_bare": ["open", "done"],
    "comment_closed": ["open", "done"],
    "rich_open": ["open", "done", "open"],
    "reopened": ["done", "done"],
}
open_plain = by_kind["plain_open"]
n = len(open_plain)
FORCE_PLAN["plain_open"] = (["absent"] * 2 + ["done"] * 9 + ["open"] * (n - 11))
for k, lst in by_kind.items():
    plan = FORCE_PLAN[k][:]
    rng.shuffle(plan)
    for d, f in zip(lst, plan):
        d["force"] = f
SPECIAL_FORCE = {"time_fix": "open", "type_fix": "open", "ref_fix": "done", "bullet_fix": "open",
                 "force_bullet_missing": "done", "typo_fix": "done", "date_fix": "done",
                 "split_done": "done", "split_open": "open"}
for d in items:
    if "special" in d:
        d["force"] = SPECIAL_FORCE[d["special"]]
for k, d in enumerate(new_items):
    d["force"] = "open" if k == 2 else "absent"

# ------------------------------------------------------------------------------------------
# 3. The HMICFRS workbook
# ------------------------------------------------------------------------------------------
YELLOW = PatternFill("solid", fgColor="FFFF00")
HEADFILL = PatternFill("solid", fgColor="1F3864")
thin = Side(style="thin", color="BFBFBF")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
BASE = Font(name="Arial", size=10)
RED = Font(name="Arial", size=10, color="FF0000")
STRUCK = Font(name="Arial", size=10, strike=True)
STRUCK_GREY = Font(name="Arial", size=10, strike=True, color="7F7F7F")
F_BASE = InlineFont(rFont="Arial", sz=10)
F_OLD = InlineFont(rFont="Arial", sz=10, strike=True)
F_NEW = InlineFont(rFont="Arial", sz=10, color="FFFF0000")


def rich(*parts):
    """parts: (text, 'base'|'old'|'new')."""
    fonts = {"base": F_BASE, "old": F_OLD, "new": F_NEW}
    return CellRichText(*[TextBlock(fonts[k], t) for t, k in parts])


HSHEET = "Definitive list Q2 23-24"
wb = Workbook()
ws = wb.active
ws.title = HSHEET
ws["A1"] = f"HMICFRS definitive list of recommendations and areas for improvement – {FORCE}"
ws["A1"].font = Font(name="Arial", size=12, bold=True)
ws["A2"] = ("Position at Q2 2023/24 (30 September 2023). Returned to force with Q3 amendments "
            "marked up – FLL review 14 December 2023.")
ws["A2"].font = Font(name="Arial", size=10, italic=True)
ws["A3"] = rich(("Key: ", "base"), ("yellow", "base"),
                (" = row changed at Q3 review;  ", "base"), ("red text", "new"),
                (" = new or amended value;  ", "base"), ("struck through", "old"),
                (" = old value (replaced) – where the whole row is struck through the item has "
                 "been removed from the list as closed.", "base"))
ws["A3"].fill = YELLOW
HEAD = ["ID", "Report", "Published", "Type", "Recommendation / area for improvement",
        "Status", "Status date", "Q3 comments (FLL)"]
HR = 5
for c, h in enumerate(HEAD, 1):
    cell = ws.cell(HR, c, h)
    cell.font = Font(name="Arial", size=10, bold=True, color="FFFFFF")
    cell.fill = HEADFILL
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    cell.border = BORDER
for col, w in zip("ABCDEFGH", [8, 34, 11, 20, 80, 20, 11, 36]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A6"

OPEN_WORDS = ["Being progressed"] * 3 + ["Awaiting review"]
CLOSED_WORDS = ["Complete"] * 4 + ["Superseded", "No further action required"]
Q2_DATE = dt.date(2023, 9, 30)
Q3_DATE = dt.date(2023, 12, 14)
STRUCK_COMMENTS = ["Closed – complete. Evidence accepted 22/11/23",
                   "Closed – superseded by later inspection",
                   "Remove – no further action required"]
NOTE_AUTHOR = "FLL (HMICFRS)"

r = HR + 1
hrow_of = {}
for d in items + new_items:
    kind, sp = d["kind"], d.get("special")
    row = r
    r += 1
    d["hrow"] = f"{HSHEET}!{row}"
    hrow_of[id(d)] = row
    changed = kind not in ("plain_open", "plain_closed") or sp in (
        "time_fix", "type_fix", "ref_fix", "bullet_fix", "typo_fix", "date_fix")
    comment = None
    lo = max(d["pub"] + dt.timedelta(days=60), dt.date(2021, 1, 1)).toordinal()
    old_status_date = dt.date.fromordinal(rng.randint(min(lo, Q2_DATE.toordinal()), Q2_DATE.toordinal()))
    # --- status cell
    if kind == "plain_open":
        status, sdate = rng.choice(OPEN_WORDS), old_status_date
    elif kind == "plain_closed":
        status, sdate = rng.choice(CLOSED_WORDS), old_status_date
    elif kind == "rich_closed":
        new = rng.choice(["Complete", "Complete", "Superseded"])
        status = rich(("Being progressed", "old"), (" " if rng.random() < .5 else "\n", "base"),
                      (new, "new"))
        sdate = "rich_date"
    elif kind == "arrow_closed":
        status, sdate = "Being progressed -> Complete", "red_date"
    elif kind in ("struck_comment", "struck_bare"):
        status, sdate = rng.choice(OPEN_WORDS), old_status_date
        if kind == "struck_comment":
            comment = STRUCK_COMMENTS.pop(0)
    elif kind == "comment_closed":
        status, sdate = "Being progressed", old_status_date
        comment = "Closed at Q3 – evidence accepted, please update your records"
    elif kind == "rich_open":
        status = rich(("Awaiting review", "old"), (" ", "base"), ("Being progressed", "new"))
        sdate = "rich_date"
    elif kind == "reopened":
        status = rich(("Complete", "old"), (" ", "base"), ("Being progressed", "new"))
        sdate = "rich_date"
        comment = "Closure evidence not sufficient – reopened"
    elif kind == "new":
        status, sdate = "Awaiting review", Q3_DATE
        comment = "NEW – added at Q3 (PEEL 2023/24 published 03/11/23)"
    d["h_status_text"] = status if isinstance(status, str) else str(status)
    # --- other cells
    idv, pubv, typv, textv = d["id"], d["pub"], d["type"], d["text"]
    notes = {}
    if sp == "ref_fix":
        d["old_id"] = d["id"] + 27 if d["id"] % 2 else d["id"] - 27
        assert d["old_id"] not in {x["id"] for x in items + new_items}
        a, b = str(d["old_id"]), str(d["id"])
        idv = rich((a, "old"), (" ", "base"), (b, "new"))
        comment = "Reference corrected – our register number is the new one"
    if sp == "type_fix":
        d["type"] = T.REC
        typv = rich((T.AFI, "old"), ("\n", "base"), (T.REC, "new"))
        comment = "Type corrected – this was a recommendation in the report, not an AFI"
    if sp == "time_fix":
        rest = d["text"][len("Within twelve months"):]
        textv = rich(("Within ", "base"), ("six", "old"), (" ", "base"), ("twelve", "new"),
                     (" months" + rest, "base"))
        notes[5] = "Amended Q3: timescale was transcribed wrongly on earlier lists – report says twelve months."
    if sp == "bullet_fix":
        head, last = d["text"].rsplit("\n", 1)
        h0 = head.removesuffix(" and")
        textv = rich((h0, "base"), (" and\n" + last, "new"))
        d["q2_text"] = h0.rstrip(";") + "."
        notes[5] = "Last bullet was missing from the list – added back at Q3."
    if sp == "typo_fix":
        i = d["text"].index("supervision")
        textv = rich((d["text"][:i], "base"), ("supervison", "old"), (" ", "base"),
                     ("supervision", "new"), (d["text"][i + len("supervision"):], "base"))
        comment = "Closed – complete (and typo corrected)"
    if sp == "date_fix":
        pubv = rich(("12/12/2017", "old"), (" ", "base"), (d["pub"].strftime("%d/%m/%Y"), "new"))
        comment = "Publication date corrected"
    values = [idv, d["title"], pubv, typv, textv, status, None, comment]
    for c, v in enumerate(values, 1):
        cell = ws.cell(row, c, v)
        cell.font = BASE
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.border = BORDER
    # status date
    sc = ws.cell(row, 7)
    if sdate == "rich_date":
        sc.value = rich((old_status_date.strftime("%d/%m/%Y"), "old"), (" ", "base"),
                        (Q3_DATE.strftime("%d/%m/%Y"), "new"))
    elif sdate == "red_date":
        sc.value = Q3_DATE
        sc.number_format = "dd/mm/yyyy"
        sc.font = RED
    else:
        sc.value = sdate
        sc.number_format = "dd/mm/yyyy"
    if not isinstance(pubv, CellRichText):
        ws.cell(row, 3).number_format = "dd/mm/yyyy"
    if kind == "arrow_closed":
        ws.cell(row, 6).font = RED
    if comment:
        ws.cell(row, 8).font = RED
    if kind == "new":
        for c in range(1, 9):
            ws.cell(row, c).font = RED
        ws.cell(row, 3).number_format = "dd/mm/yyyy"
    if kind in ("struck_comment", "struck_bare"):
        for c in range(1, 8):
            ws.cell(row, c).font = STRUCK_GREY
    if changed:
        for c in range(1, 9):
            ws.cell(row, c).fill = YELLOW
    for c, txt in notes.items():
        cm = Comment(txt, NOTE_AUTHOR)
        cm.width, cm.height = 300, 80
        ws.cell(row, c).comment = cm

LAST_H = r - 1

# ------------------------------------------------------------------------------------------
# 4. The force tracker
# ------------------------------------------------------------------------------------------
abbrev = [a for a in T.ABBREVIATIONS if a[0] != r"\band\b"]


def abbreviate(text):
    out = text
    for pat, rep in abbrev:
        if rng.random() < .8:
            out = re.sub(pat, rep, out, flags=re.I)
    return out


def force_text(d):
    t = d["text"]
    x = rng.random()
    if "\n" in t or "•" in t or x < .6:
        return t
    if x < .85:
        return abbreviate(t)
    # first sentence only (no timescale dropped: the first sentence carries it)
    first = re.split(r"(?<=[a-z]\.) ", t, maxsplit=1)[0]
    return first


DONE_RAG = ["GREEN", "GREEN", "COMPLETE"]
OPEN_RAG = ["AMBER", "AMBER", "AMBER", "RED"]
DONE_NOTES = ["Completed. Evidence submitted to HMICFRS for closure.",
              "Ready to move to GREEN status.",
              "Already complete / believed to be complete within short time scale (and within deadline).",
              "Evidence pack signed off by chief officer lead; submitted via portal.",
              "Complete – policy published and training delivered."]
OPEN_NOTES = ["Work undertaken in area but still requires development to complete.",
              "A Task & Finish group has been set up and a full implementation/project plan, "
              "policy rewrite and communications plan is now completed.",
              "Awaiting allocation.", "Little work yet undertaken in this area. Unlikely to reach deadlines.",
              "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
              "Addressed holistically as part of the force change programme.", None]
LEADS = [l for l in T.LEADS if l]

frows: list[dict] = []


def frow(ref, report, pub, typ, text, rag, item=None, why=None, cat=None):
    frows.append(dict(ref=ref, report=report, pub=pub, type=typ, text=text, rag=rag,
                      item=item, why=why, cat=cat,
                      lead=rng.choice(LEADS),
                      note=rng.choice(DONE_NOTES if rag in DONE_RAG else OPEN_NOTES)))


FTYPE = {T.REC: ["Recommendation", "Rec"], T.AFI: ["AFI", "Area for Improvement"],
         T.NAT: ["National Rec", "Recommendation"], T.COC: ["Cause of Concern"]}

for d in items + new_items:
    f = d["force"]
    if f == "absent":
        continue
    sp = d.get("special")
    rag_pool = DONE_RAG if f == "done" else OPEN_RAG
    ref = d["id"] if rng.random() < .85 else None
    ftype = rng.choice(FTYPE[d["type"]])
    pub = d["pub"]
    text = force_text(d)
    if sp == "new":
        ref = None
        text = d["text"]
    if sp == "ref_fix":
        ref = d["old_id"]
        text = d["text"]
    if sp == "type_fix":
        ftype = "AFI"
    if sp == "time_fix":
        text = d["text"].replace("Within twelve months", "Within six months")
    if sp == "bullet_fix":
        text = d["q2_text"]
    if sp == "force_bullet_missing":
        parts = d["text"].split("• ")
        text = "• ".join(parts[:1] + parts[1:3] + parts[4:])  # drops the third bullet
        d["force_text"] = text
    if sp == "typo_fix":
        text = d["text"]
    if sp in ("split_done", "split_open"):
        stem, *bullets = re.split(r"\n?•", d["text"])
        for k, b in enumerate(bullets, 1):
            b = b.strip().rstrip(";").removesuffix(" and").rstrip(";")
            frow(d["id"], d["treport"], pub, ftype, f"({chr(96 + k)}) {b}",
                 rng.choice(rag_pool), item=d)
        continue
    frow(ref, d["treport"], pub, ftype, text, rng.choice(rag_pool), item=d)

# force rows HMICFRS no longer lists: stop and search 2013 (closed long ago) and an old
# efficiency AFI
for i in (0, 1):
    title, pub, its = T.NATIONAL["sas13"]
    frows.append(dict(ref=2000 + 37 * (i + 1), report=T.NATIONAL_TRACKER_NAMES["sas13"][0],
                      pub=dt.date(*pub), type="National Rec", text=its[i][1], rag="AMBER",
                      lead="ACC Local Policing",
                      note="Stop and search scrutiny panel meets quarterly; data published on website.",
                      item=None, why="Stop and search 2013 national rec; HMICFRS closed it for all "
                      "forces long ago so it is not on the definitive list", cat="not_on_hmicfrs_list"))
frows.append(dict(ref=None, report="PEEL Efficiency 2015", pub=dt.date(2015, 10, 15), type="AFI",
                  text="The force should " + fill_body(T.BODIES[12]) + ".", rag="GREEN",
                  lead="Head of Corporate Development", note="Force management statement now in place.",
                  item=None, why="PEEL efficiency 2015 AFI, not on the definitive list",
                  cat="not_on_hmicfrs_list"))
# the force's own local actions
for k, (la, topic) in enumerate([(0, "domestic abuse"), (2, "rape and serious sexual offences"),
                                 (5, "stalking and harassment"), (8, "vetting")]):
    txt = T.LOCAL_PREFIXES[k] + T.LOCAL_ACTIONS[la].replace("{t}", topic)
    frows.append(dict(ref=None, report=rng.choice(["PEEL 2021/22", "Force improvement plan"]),
                      pub=None, type="Local action", text=txt,
                      rag=rng.choice(["AMBER", "GREEN"]), lead=rng.choice(LEADS),
                      note=rng.choice(OPEN_NOTES[:3]), item=None,
                      why="force's own local action, not an HMICFRS item", cat="not_on_hmicfrs_list"))

# order: by publication date (local actions after their report), keep stable
frows.sort(key=lambda f: (f["pub"] or dt.date(2022, 5, 28), f["type"] == "Local action"))

FSHEET = "Recs tracker"
fwb = Workbook()
fs = fwb.active
fs.title = FSHEET
fs["A1"] = f"{FORCE} – HMICFRS recommendations and AFIs tracker (Organisational Learning)"
fs["A1"].font = Font(bold=True, size=12)
fs["A2"] = "Last updated 05/12/2023"
FHEAD = ["HMICFRS Ref", "Report", "Date published", "Type", "Recommendation / AFI",
         "Lead", "RAG", "Latest update", "Date submitted for closure"]
FHR = 4
for c, h in enumerate(FHEAD, 1):
    cell = fs.cell(FHR, c, h)
    cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor="D9E1F2")
for col, w in zip("ABCDEFGHI", [11, 30, 13, 15, 80, 24, 10, 50, 14]):
    fs.column_dimensions[col].width = w
fs.auto_filter.ref = f"A{FHR}:I{FHR + len(frows)}"
RAGFILL = {"GREEN": "C6EFCE", "COMPLETE": "C6EFCE", "AMBER": "FFEB9C", "RED": "FFC7CE"}
for k, f in enumerate(frows):
    row = FHR + 1 + k
    f["frow"] = f"{FSHEET}!{row}"
    sub = None
    if f["rag"] in DONE_RAG and f["item"] is not None:
        sub = dt.date(2023, rng.randint(1, 11), rng.randint(1, 28))
    vals = [f["ref"], f["report"], f["pub"], f["type"], f["text"], f["lead"], f["rag"],
            f["note"], sub]
    for c, v in enumerate(vals, 1):
        cell = fs.cell(row, c, v)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    fs.cell(row, 3).number_format = "dd/mm/yyyy"
    fs.cell(row, 9).number_format = "dd/mm/yyyy"
    fs.cell(row, 7).fill = PatternFill("solid", fgColor=RAGFILL[f["rag"]])
LAST_F = FHR + len(frows)

key = fwb.create_sheet("RAG key")
for i, (a, b) in enumerate([("RAG", "Meaning"),
                            ("GREEN", "The recommendation is implemented"),
                            ("COMPLETE", "Closed by the force; evidence held"),
                            ("AMBER", "Subject to ongoing work and monitoring"),
                            ("RED", "Beyond designated deadline or cannot / will not be implemented")], 1):
    key.cell(i, 1, a)
    key.cell(i, 2, b)

# ------------------------------------------------------------------------------------------
# 5. Truth
# ------------------------------------------------------------------------------------------
WHY_H = {
    "plain_open": "HMICFRS status open ({s})", "plain_closed": "HMICFRS status closed ({s})",
    "rich_closed": "status cell: old value struck through, new closed value in red ({s})",
    "arrow_closed": "status typed as 'Being progressed -> Complete': now Complete",
    "struck_comment": "whole row struck through = removed from list as closed (comment says so)",
    "struck_bare": "whole row struck through with no comment = removed from list as closed (per key)",
    "comment_closed": "status cell unchanged but yellow row and Q3 comment 'Closed at Q3' = closed",
    "rich_open": "status 'Awaiting review' struck, 'Being progressed' in red: still open",
    "reopened": "status 'Complete' struck, 'Being progressed' in red: reopened, open",
    "new": "new row typed in red at Q3: open",
}
truth = []
for d in items + new_items:
    why = WHY_H[d["kind"]].format(s=d["h_status_text"].replace("\n", " "))
    sp = d.get("special")
    linked = [f for f in frows if f["item"] is d]
    hc = d["h_closed"]
    if not linked:
        assert not hc
        truth.append((d["hrow"], "", "missing_from_force", why + "; not in force tracker"))
        continue
    for f in linked:
        fdone = f["rag"] in DONE_RAG
        cat = None
        if sp == "time_fix":
            cat, w = "conflict", "timescale: list corrected 'six' (struck) to 'twelve' months; force still has six"
        elif sp == "type_fix":
            cat, w = "conflict", "type: list corrected AFI (struck) to Recommendation; force has AFI"
        elif sp == "ref_fix":
            cat, w = "conflict", f"reference: list corrected {d['old_id']} (struck) to {d['id']}; force has {d['old_id']}"
        elif sp == "bullet_fix":
            cat, w = "conflict", "missing bullet: last bullet added back (red) on the list; force copied the Q2 text without it"
        elif sp == "force_bullet_missing":
            cat, w = "conflict", "missing bullet: force text drops the custody-records bullet"
        else:
            if hc and fdone:
                cat = "in_sync"
            elif hc and not fdone:
                cat = "closeable_local"
            elif not hc and fdone:
                cat = "closeable_submit"
            else:
                cat = "in_sync"
            w = f"force {f['rag']}"
            if sp == "typo_fix":
                w += "; text typo corrected on list (supervison struck), force already correct"
            if sp == "date_fix":
                w += "; list corrected date 12/12/2017 (struck) to 09/11/2017, force has 09/11/2017"
            if sp in ("split_done", "split_open"):
                w += "; force split the recommendation one row per bullet"
            if sp == "new":
                w += "; force added the new AFI from the report itself, no ref"
            if f["ref"] is None and sp not in ("new",):
                w += "; no ref in tracker, matched on text"
        truth.append((d["hrow"], f["frow"], cat, why + "; " + w))
for f in frows:
    if f["item"] is None:
        truth.append(("", f["frow"], f["cat"], f["why"]))

# ------------------------------------------------------------------------------------------
# 6. Save deterministically
# ------------------------------------------------------------------------------------------
FIXED = (2023, 12, 14, 9, 30, 0)


def save(book, path, created):
    book.properties.creator = created
    book.properties.lastModifiedBy = created
    book.properties.created = dt.datetime(2023, 12, 14, 9, 0)
    book.properties.modified = dt.datetime(2023, 12, 14, 9, 0)
    buf = io.BytesIO()
    book.save(buf)
    buf.seek(0)
    # Excel keeps strings in a shared-string table; openpyxl writes them inline. Move them.
    sst: list[bytes] = []
    index: dict[bytes, int] = {}
    count = 0

    def to_shared(m):
        nonlocal count
        count += 1
        body = m.group(2)
        if body not in index:
            index[body] = len(sst)
            sst.append(body)
        return b"<c " + m.group(1) + b' t="s"><v>' + str(index[body]).encode() + b"</v></c>"

    with zipfile.ZipFile(buf) as zin:
        parts = {i.filename: zin.read(i.filename) for i in zin.infolist()}
    for name in sorted(parts):
        if name.startswith("xl/worksheets/sheet"):
            parts[name] = re.sub(rb'<c ([^>]*?) t="inlineStr"><is>(.*?)</is></c>', to_shared,
                                 parts[name], flags=re.S)
    parts["xl/sharedStrings.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.'
        b'openxmlformats.org/spreadsheetml/2006/main" count="' + str(count).encode()
        + b'" uniqueCount="' + str(len(sst)).encode() + b'">'
        + b"".join(b"<si>" + x + b"</si>" for x in sst) + b"</sst>")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        b"</Relationships>")
    order = [n for n in parts if n != "xl/sharedStrings.xml"]
    order.insert(order.index("xl/styles.xml"), "xl/sharedStrings.xml")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in order:
            data = parts[name]
            info = zipfile.ZipInfo(name)
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2023-12-14T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


os.makedirs(OUT, exist_ok=True)
save(wb, os.path.join(OUT, "hmicfrs.xlsx"), "HMICFRS")
save(fwb, os.path.join(OUT, "tracker.xlsx"), "Organisational Learning")
with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

from collections import Counter
cnt = Counter(t[2] for t in truth)
print("hmicfrs items", len(items) + len(new_items), "rows", HR + 1, "-", LAST_H)
print("force rows", len(frows), "rows", FHR + 1, "-", LAST_F)
print(dict(sorted(cnt.items())), "total", len(truth))
