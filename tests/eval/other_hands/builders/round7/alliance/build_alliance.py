"""Builder for the independent case `alliance_two_forces`.

West Mercia Police and Warwickshire Police (strategic alliance 2012-2019) keep ONE joint
HMICFRS tracker with a "Force" column (WMP / Warks / Both); HMICFRS sends both forces'
definitive lists in one register export with a "Force" column (full force names).

Run:  /work/main/.venv/bin/python /tmp/indep7/alliance/build_alliance.py
Writes only under /tmp/indep7/alliance/alliance_two_forces/.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from datetime import date
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (read as data only)
    ABBREVIATIONS, BODIES, CAUSES, EVERYONE_PLAN_RUN_ON, LEADS, LOCAL_ACTIONS, NATIONAL,
    NATIONAL_TRACKER_NAMES, PROGRESS, TOPIC_BODIES,
)

import pandas as pd  # noqa: E402

SEED = 20190902
rng = random.Random(SEED)
OUT = Path("/tmp/indep7/alliance/alliance_two_forces")
OUT.mkdir(parents=True, exist_ok=True)

REAL = pd.read_csv("/work/shared/data/real_recommendations.csv")
WMP_PEEL = [REAL.text[i] for i in range(0, 11)]  # West Mercia PEEL 2018/19 (real, verbatim)

WMP, WARKS = "West Mercia Police", "Warwickshire Police"

# ---------------------------------------------------------------------------------------
# HMICFRS side: the items
# ---------------------------------------------------------------------------------------
HM_COMMENT = {
    "awaiting-review": "New recommendation",
    "being-progressed": ("The progress of the implementation of this recommendation is currently "
                         "being monitored by HMICFRS and this record will, in due course, be "
                         "updated."),
    "complete": "This recommendation is complete",
    "superseded": ("This area of activity has subsequently been inspected in HMIC's PEEL "
                   "Effectiveness inspections. Where a cause of concern still exists this will "
                   "appear in the register against these subsequent inspections."),
    "authorised": ("Authorised for closure on the basis of the additional observations offered "
                   "by members of the CDI inspection team in recent inspection activity."),
}

NAT_TYPE = "National recommendation"


def ordinal(d: date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B %Y')}"


# national items: key -> (report key, index); statuses per force (W, K)
# status codes: ar awaiting-review, bp being-progressed, c complete, s complete (superseded note)
NAT_ITEMS = [
    # key,          rep,        idx, W,   K
    ("sas13-1",    "sas13",      0, "c",  "c"),
    ("sas13-2",    "sas13",      1, "c",  "c"),
    ("sas13-3",    "sas13",      2, "c",  "bp"),
    ("everyone-1", "everyone",   0, "c",  "c"),
    ("core-1",     "core",       0, "s",  "s"),
    ("core-2",     "core",       1, "bp", "bp"),
    ("integrity-1", "integrity", 0, "c",  "bp"),
    ("sas15-1",    "sas15",      0, "bp", "bp"),
    ("picture-1",  "picture",    0, "bp", "ar"),
    ("firearms-1", "firearms",   0, "c",  "c"),
    ("firearms-2", "firearms",   1, "bp", "bp"),
    ("firearms-3", "firearms",   2, "bp", "c"),
    ("firearms-4", "firearms",   3, "c",  "bp"),
    ("firearms-5", "firearms",   4, "bp", "bp"),
    ("stolen-1",   "stolen",     0, "c",  "bp"),
    ("stolen-2",   "stolen",     1, "bp", "bp"),
    ("stolen-3",   "stolen",     2, "bp", "bp"),
    ("stolen-4",   "stolen",     3, "c",  "c"),
    ("stolen-5",   "stolen",     4, "bp", "bp"),
    ("stolen-6",   "stolen",     5, "bp", "ar"),
    ("stolen-7",   "stolen",     6, "bp", "bp"),
    ("efc17-1",    "efc17",      0, "bp", "bp"),
    ("leg17-coc",  "leg17",      0, "bp", "bp"),
    ("leg17-2",    "leg17",      1, "bp", "bp"),
    ("leg17-3",    "leg17",      2, "c",  "c"),
    ("leg17-4",    "leg17",      3, "bp", "bp"),
    ("leg17-5",    "leg17",      4, "c",  "bp"),
]

# force-specific reports: key -> (title, published)
FREP = {
    ("W", "cdi16"): ("Crime data integrity inspection 2016 – West Mercia Police", date(2016, 9, 22)),
    ("W", "eff16"): ("PEEL: Police effectiveness 2016 – West Mercia Police", date(2017, 3, 2)),
    ("K", "eff16"): ("PEEL: Police effectiveness 2016 – Warwickshire Police", date(2017, 3, 2)),
    ("K", "cdi16"): ("Crime data integrity inspection 2016 – Warwickshire Police", date(2016, 9, 22)),
    ("W", "efc17"): ("PEEL: Police efficiency 2017 – West Mercia Police", date(2017, 11, 9)),
    ("K", "efc17"): ("PEEL: Police efficiency 2017 – Warwickshire Police", date(2017, 11, 9)),
    ("K", "ncpi17"): ("National child protection inspection 2017 – Warwickshire Police", date(2017, 11, 24)),
    ("W", "leg17"): ("PEEL: Police legitimacy 2017 – West Mercia Police", date(2017, 12, 12)),
    ("K", "leg17"): ("PEEL: Police legitimacy 2017 – Warwickshire Police", date(2017, 12, 12)),
    ("W", "peel19"): ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police", date(2019, 5, 2)),
    ("K", "peel19"): ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Warwickshire Police", date(2019, 5, 2)),
}

REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"
B = BODIES


def b(i: int, **kw) -> str:
    return B[i].format(**kw)


IMM = "HMIC recommends that the force should immediately: {};"
IMM2 = "HMIC recommends that the force should immediately:{}; and"
SIX = "HMIC recommends that within six months the force should: {};"

# force items: key, force, report, type, text, status
FORCE_ITEMS = [
    # ---- West Mercia
    ("W-cdi",     "W", "cdi16", REC, REAL.text[11], "bp"),
    ("W-eff-dash", "W", "eff16", AFI, "The force should " + b(41) + ".", "c"),
    ("W-eff-sup", "W", "eff16", AFI, "The force should " + b(51) + ".", "c"),
    ("W-eff-cse", "W", "eff16", AFI, "The force should " + TOPIC_BODIES[2].format(t="child sexual exploitation") + ".", "bp"),
    ("W-efc-demand", "W", "efc17", AFI, "The force should " + b(11), "bp"),
    ("W-efc-wfp", "W", "efc17", AFI, "The force should " + b(13) + ".", "c"),
    ("W-leg-succ", "W", "leg17", AFI, "The force should " + b(26) + ".", "bp"),
    ("W-leg-whistle", "W", "leg17", AFI, "The force should " + b(27) + ".", "bp"),
    ("W-leg-culture", "W", "leg17", AFI, "The force should " + b(25) + ".", "ar"),
    ("W-p19-coc1", "W", "peel19", COC, WMP_PEEL[7], "ar"),
    ("W-p19-agree", "W", "peel19", REC, WMP_PEEL[3], "bp"),
    ("W-p19-model", "W", "peel19", REC, WMP_PEEL[4], "bp"),
    ("W-p19-skills", "W", "peel19", REC, WMP_PEEL[2], "bp"),
    ("W-p19-vuln", "W", "peel19", REC, WMP_PEEL[1], "bp"),
    ("W-p19-consult", "W", "peel19", REC, WMP_PEEL[5], "bp"),
    ("W-p19-coc2", "W", "peel19", COC, WMP_PEEL[8], "ar"),
    ("W-p19-review", "W", "peel19", REC, WMP_PEEL[0], "bp"),
    ("W-p19-superv", "W", "peel19", REC, WMP_PEEL[6], "bp"),
    ("W-p19-digital", "W", "peel19", REC, WMP_PEEL[9], "bp"),
    ("W-p19-rui", "W", "peel19", REC, WMP_PEEL[10], "bp"),
    # ---- Warwickshire
    ("K-cdi",     "K", "cdi16", REC, "Within three months, the force should " + b(14) + ".", "c"),
    ("K-eff-dash", "K", "eff16", AFI, "The force should " + b(41) + ".", "bp"),
    ("K-eff-sup", "K", "eff16", AFI, "The force should " + b(51) + ".", "bp"),
    ("K-eff-rasso", "K", "eff16", AFI, "The force should " + TOPIC_BODIES[1].format(t="rape and serious sexual offences") + ".", "bp"),
    ("K-efc-costs", "K", "efc17", AFI, "The force should " + b(12) + ".", "bp"),
    ("K-efc-savings", "K", "efc17", AFI, "Warwickshire Police should " + b(48) + ".", "c"),
    ("K-ncpi",    "K", "ncpi17", REC, REAL.text[57].replace("Bedfordshire Police", "Warwickshire Police"), "bp"),
    ("K-leg-eqd", "K", "leg17", AFI, "The force should " + b(29) + ".", "ar"),
    ("K-leg-ssub", "K", "leg17", AFI, "The force should " + b(31) + ".", "bp"),
    ("K-p19-coc1", "K", "peel19", COC, CAUSES[-1].format(neighbour=WMP), "ar"),
    ("K-p19-agree", "K", "peel19", REC, IMM2.format(b(52, neighbour=WMP)), "bp"),
    ("K-p19-model", "K", "peel19", REC, IMM.format(b(3, area="Warwickshire")).replace(": ", ":", 1), "bp"),
    ("K-p19-skills", "K", "peel19", REC, WMP_PEEL[2], "bp"),
    ("K-p19-superv", "K", "peel19", REC, WMP_PEEL[6], "bp"),
    ("K-p19-rui", "K", "peel19", REC, WMP_PEEL[10], "bp"),
]

# register IDs: plain integers unique across the register, allocated in date order, one
# consecutive block per (force, report), with gaps for other forces' entries in between
blocks = []  # (published, force, title, [(key, type, text, status)])
for rep_key, (title, ymd, items) in NATIONAL.items():
    if rep_key in ("austerity", "powers"):
        continue  # austerity: HMICFRS closed long ago (not on the list); powers: after the alliance
    keys = [k for k in NAT_ITEMS if k[1] == rep_key]
    for f in ("W", "K"):
        blocks.append((date(*ymd), f, title,
                       [(k, items[idx][0], items[idx][1], sw if f == "W" else sk)
                        for (k, _r, idx, sw, sk) in keys]))
for (f, rep), (title, pub) in FREP.items():
    blocks.append((pub, f, title, [(k, typ, text, st) for (k, ff, rr, typ, text, st)
                                   in FORCE_ITEMS if ff == f and rr == rep]))
blocks.sort(key=lambda x: (x[0], rng.random()))
hm_items: list[dict] = []  # each: key, force(W/K), ref, report, published, type, text, status
REF: dict[tuple[str, str], int] = {}  # (force, item key) -> register id
next_id = 1180
prev_pub = None
for pub, f, title, its in blocks:
    if prev_pub is not None:
        next_id += rng.randint(20, 60) + (pub - prev_pub).days // 3
    prev_pub = pub
    for k, typ, text, st in its:
        REF[(f, k)] = next_id
        hm_items.append(dict(key=k, force=f, ref=next_id, report=title, published=pub,
                             type=typ, text=text, status=st))
        next_id += 1

# order: West Mercia block then Warwickshire block, each by publication date then id
hm_items.sort(key=lambda d: (0 if d["force"] == "W" else 1, d["published"], d["ref"]))


def hm_status_word(code: str) -> str:
    return {"ar": "awaiting-review", "bp": "being-progressed", "c": "complete",
            "s": "complete"}[code]


def hm_is_open(code: str) -> bool:
    return code in ("ar", "bp")


# ---------------------------------------------------------------------------------------
# write hmicfrs.xlsx
# ---------------------------------------------------------------------------------------
LIST_DATE = date(2019, 9, 2)
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Definitive list"
ws["A1"] = "HMICFRS – Definitive list of recommendations, causes of concern and areas for improvement"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = (f"Forces: West Mercia Police; Warwickshire Police.  Extracted {LIST_DATE:%d/%m/%Y} "
            "for the Joint Audit Committee reconciliation.")
HM_HEAD = ["Force", "ID", "Report", "Publication date", "Type", "Recommendation", "Status",
           "Status date", "Comment"]
for c, h in enumerate(HM_HEAD, 1):
    cell = ws.cell(row=4, column=c, value=h)
    cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor="D9D9D9")
HM_ROW: dict[tuple[str, str], int] = {}
r = 5
for it in hm_items:
    st = it["status"]
    if st == "ar":
        sdate = date(2019, 5, 3)
    elif st == "bp":
        sdate = date(2019, rng.randint(5, 8), rng.randint(1, 28))
    else:
        lo = it["published"].toordinal() + 180
        hi = date(2019, 7, 31).toordinal()
        sdate = date.fromordinal(rng.randint(lo, hi))
    comment = HM_COMMENT["superseded" if st == "s" else hm_status_word(st)]
    if st == "c" and it["key"] == "K-cdi":
        comment = HM_COMMENT["authorised"]
    vals = [WMP if it["force"] == "W" else WARKS, it["ref"], it["report"], it["published"],
            it["type"], it["text"], hm_status_word(st), ordinal(sdate), comment]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(row=r, column=c, value=v)
        if c == 4:
            cell.number_format = "dd/mm/yyyy"
        cell.alignment = Alignment(wrap_text=c in (3, 6, 9), vertical="top")
    HM_ROW[(it["force"], it["key"])] = r
    it["row"] = r
    r += 1
for col, w in zip("ABCDEFGHI", (20, 8, 45, 14, 24, 90, 17, 20, 50)):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A5"
wb.save(OUT / "hmicfrs.xlsx")
HM_BY_KEY = {(it["force"], it["key"]): it for it in hm_items}

# ---------------------------------------------------------------------------------------
# Tracker texts: retyping helpers
# ---------------------------------------------------------------------------------------
STEM_RE = re.compile(r"^(HMIC recommends that (the force should immediately: ?|within six months "
                     r"the force should: ))", re.I)


def strip_stem(t: str) -> str:
    t = STEM_RE.sub("", t).strip()
    t = re.sub(r";( and)?$", "", t).strip()
    return t[0].upper() + t[1:]


def abbrev(t: str, n: int = 99, skip_and: bool = True) -> str:
    done = 0
    for pat, rep in ABBREVIATIONS:
        if skip_and and pat == r"\band\b":
            continue
        t2 = re.sub(pat, rep, t, flags=re.I)
        if t2 != t:
            t = t2
            done += 1
            if done >= n:
                break
    return t


def trunc(t: str, n: int) -> str:
    t = " ".join(t.split())
    return t if len(t) <= n else t[:n].rsplit(" ", 1)[0] + "..."


def flat(t: str) -> str:
    return " ".join(t.replace("•", " - ").split())


LEADS_ = [x for x in LEADS if x]
PROG_ = [p for p in PROGRESS if p and p != "xxx" and "DA incidents" not in p]


def lead() -> str | None:
    return rng.choice(LEADS_ + [None])


def progress(done: bool) -> str | None:
    d = date(2019, rng.randint(3, 8), rng.randint(1, 28))
    if done:
        p = rng.choice(["Completed. Evidence submitted to HMICFRS for closure.",
                        "Ready to move to GREEN status.",
                        "Already complete / believed to be complete within short time scale (and within deadline).",
                        "Pending sign off by the chief officer lead."])
    else:
        p = rng.choice(PROG_[:6] + ["Work undertaken in area but still requires development to complete.",
                                    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
                                    "Little work yet undertaken in this area. Unlikely to reach deadlines."])
    if rng.random() < 0.15:
        return None
    return f"{d:%d/%m/%Y} - {p}"


FORCE_DONE_WORDS = {"green", "white", "grey", "complete", "pending sign off", "completed"}
FORCE_OPEN_WORDS = {"amber", "red", "in progress", "open - actions on going on track"}


def force_done(rag: str) -> bool:
    w = rag.strip().lower()
    assert w in FORCE_DONE_WORDS | FORCE_OPEN_WORDS, rag
    return w in FORCE_DONE_WORDS


def refs(*pairs: tuple[str, str], style: int = 0) -> str | int | None:
    """Tracker's HMICFRS reference cell."""
    ids = [REF[p] for p in pairs]
    if len(ids) == 1:
        return ids[0]
    if style == 0:
        return f"{ids[0]} / {ids[1]}"
    return f"WMP {ids[0]}; Warks {ids[1]}"


# ---------------------------------------------------------------------------------------
# Tracker rows. Each item row: dict(force, ref, type, text, rag, maps=[(force, key)], note)
# 'maps' lists the HMICFRS items the row belongs to; conflicts are given explicitly.
# ---------------------------------------------------------------------------------------
def nat_text(k: str) -> str:
    it = HM_BY_KEY[("W", k)]
    return it["text"]


main: list[dict] = []  # sequence of {'kind': 'heading'|'blank'|'item'|'note', ...}
closed: list[dict] = []
CONFLICT: dict[tuple[int, tuple[str, str]], str] = {}  # filled after rows get numbers


def H(title: str) -> None:
    main.append({"kind": "heading", "text": title})


def BL() -> None:
    main.append({"kind": "blank"})


def I(force, text, rag, maps, typ=None, ref=None, conflict=None, sheet=None, report=None, lead_=None):
    row = {"kind": "item", "force": force, "text": text, "rag": rag, "maps": maps, "type": typ,
           "ref": ref, "conflict": conflict, "report": report,
           "lead": lead_ if lead_ is not None else lead(), "progress": progress(force_done(rag))}
    (closed if sheet == "closed" else main).append(row)
    return row


BOTH = lambda k: [("W", k), ("K", k)]  # noqa: E731

# ---- national reports -----------------------------------------------------------------
H("Stop & Search powers (HMIC 2013)")
I("Both", nat_text("sas13-1"), "WHITE", BOTH("sas13-1"), "National",
  lead_="ACC Local Policing")
main[-1]["progress"] = "Not the force's responsibility to deliver; dependent upon another organisation (College of Policing APP)."
I("Both", abbrev(nat_text("sas13-2"), 2), "GREEN", BOTH("sas13-2"), "National",
  ref=refs(("W", "sas13-2"), ("K", "sas13-2")))
I("Both", trunc(nat_text("sas13-3"), 170), "GREEN", BOTH("sas13-3"), "National")
BL()
H("Everyone's Business (DA) 2014")
I("Warks", EVERYONE_PLAN_RUN_ON, "AMBER", [("K", "everyone-1")], "National",
  ref=refs(("K", "everyone-1")))
BL()
H("Core Business 2014")
I("Both", nat_text("core-1"), "AMBER", BOTH("core-1"), "National")
I("WMP", "By 31/03/2015 all forces should ensure crime prevention or disruption activity is "
  "systematically recorded & evaluated to determine effectiveness of tactics", "AMBER",
  [("W", "core-2")], "National", ref=refs(("W", "core-2")))
BL()
H("Integrity Matters 2015")
I("Both", abbrev(nat_text("integrity-1").replace("“", '"').replace("”", '"'), 3), "Pending sign off",
  BOTH("integrity-1"), "National", ref=refs(("W", "integrity-1"), ("K", "integrity-1"), style=1))
H("Stop & search powers 2")
I("Both", nat_text("sas15-1"), "AMBER", BOTH("sas15-1"), "National")
H("Information management (Building the Picture)")
pic = nat_text("picture-1")
I("WMP", pic, "GREEN", [("W", "picture-1")], "National", ref=refs(("W", "picture-1")))
I("Warks", trunc(pic, 150), "AMBER", [("K", "picture-1")], "National",
  ref=refs(("K", "picture-1")))
BL()
H("Targeting the Risk (Firearms Licensing) 2015")
I("Both", abbrev(nat_text("firearms-1"), 2), "GREEN", BOTH("firearms-1"), "National",
  ref=refs(("W", "firearms-1"), ("K", "firearms-1")), lead_="Supt Firearms Licensing")
I("WMP", "Within six months, all CCs should assess the demand placed on their firearms licensing "
  "dept and ensure it has the capacity to meet this demand and provide an efficient and "
  "effective service at all times.", "AMBER", [("W", "firearms-2")], "National",
  ref=refs(("W", "firearms-2")), lead_="Supt Firearms Licensing",
  conflict="timescale: tracker text says 'Within six months', the list says 'Within three months'")
I("Warks", nat_text("firearms-2"), "AMBER", [("K", "firearms-2")], "National",
  ref=refs(("K", "firearms-2")), lead_="Supt Firearms Licensing")
I("Both", trunc(nat_text("firearms-4"), 200), "GREEN", BOTH("firearms-4"), "National",
  lead_="Supt Firearms Licensing")
I("Both", nat_text("firearms-5"), "In progress", BOTH("firearms-5"), "National",
  ref=refs(("W", "firearms-5"), ("K", "firearms-5")), lead_="Supt Contact Centre")
BL()
H("Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – published 24 October 2017")
sf_bullets = [
    "senior leaders prioritise the response to modern slavery and human trafficking",
    "every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively",
    "forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims",
    "performance and quality assurance measures are in place to allow senior leaders to assess "
    "the nature and quality of the service provided to victims",
]
for n, (bul, rag) in enumerate(zip(sf_bullets, ["GREEN", "GREEN", "AMBER", "GREEN"]), 1):
    I("Both", f"MSHT leadership & governance review (within 12 months) – part {n}: "
      + abbrev(bul, 2), rag, BOTH("stolen-1"), "National",
      ref=refs(("W", "stolen-1"), ("K", "stolen-1")) if n == 1 else None,
      lead_="Det Ch Supt Force CID")
I("Both", abbrev(nat_text("stolen-2"), 3), "GREEN", BOTH("stolen-2"), "National",
  lead_="Head of Intelligence")
s3 = nat_text("stolen-3")
I("WMP", s3, "AMBER", [("W", "stolen-3")], "National", ref=refs(("W", "stolen-3")))
I("Warks", s3, "GREEN", [("K", "stolen-3")], "National", ref=refs(("K", "stolen-3")))
I("Both", nat_text("stolen-4"), "GREEN", BOTH("stolen-4"), "National",
  ref=refs(("W", "stolen-4"), ("K", "stolen-4")))
I("Warks", trunc(abbrev(nat_text("stolen-5"), 2), 160), "AMBER", [("K", "stolen-5")], "National",
  lead_="Force Crime Registrar")
I("Both", trunc(nat_text("stolen-6"), 180), "AMBER", BOTH("stolen-6"), "National")
I("Both", nat_text("stolen-7"), "RED", BOTH("stolen-7"), "National")
BL()
H("PEEL Efficiency 2017 - national")
I("WMP & Warks", "By Sept 2018, CCs should produce an ambitious plan to improve digitally-enabled "
  "services within their force (HO/NPCC/APCC national framework)", "GREEN", BOTH("efc17-1"),
  "National", ref=refs(("W", "efc17-1"), ("K", "efc17-1")), lead_="Head of Corporate Development")
H("PEEL Legitimacy 2017 - national (stop and search)")
I("Both", nat_text("leg17-coc"), "AMBER", BOTH("leg17-coc"), "Cause for Concern",
  ref=refs(("W", "leg17-coc"), ("K", "leg17-coc")))
sas = flat(nat_text("leg17-2"))
bad_ref = int(str(REF[("W", "leg17-2")])[:-2] + str(REF[("W", "leg17-2")])[-1] + str(REF[("W", "leg17-2")])[-2])
assert bad_ref != REF[("W", "leg17-2")] and bad_ref not in REF.values()
I("WMP", sas, "GREEN", [("W", "leg17-2")], "National", ref=bad_ref,
  conflict=f"reference: tracker ref {bad_ref}, list ID {REF[('W', 'leg17-2')]} (digits transposed)")
I("Warks", sas, "GREEN", [("K", "leg17-2")], "National", ref=refs(("K", "leg17-2")))
I("WMP", nat_text("leg17-4"), "GREEN", [("W", "leg17-4")], "National")
I("Both", abbrev(nat_text("leg17-5"), 3), "AMBER", BOTH("leg17-5"), "National",
  lead_="Head of Learning & Development")
BL()
H("Policing in Austerity – Meeting the Challenge")
aus = NATIONAL["austerity"][2]
I("Both", aus[0][1], "AMBER", [], "National", lead_="Director of Finance")
I("WMP", trunc(aus[3][1], 160), "GREEN", [], "National", lead_="Director of Finance")
BL()

# ---- force-specific ---------------------------------------------------------------------
H("CDI 2016 – West Mercia")
cdi_b = [ln.lstrip("• ").rstrip(";. ").removesuffix("; and").removesuffix(" and").rstrip(";")
         for ln in REAL.text[11].split("\n")[1:]]
for n, (bul, rag) in enumerate(zip(cdi_b[:4], ["GREEN", "GREEN", "AMBER", "GREEN"]), 1):
    I("WMP", f"CDI rec 1.{n} – {bul[0].upper() + bul[1:]}", rag, [("W", "W-cdi")], "Rec",
      ref=refs(("W", "W-cdi")) if n == 1 else None, lead_="Force Crime Registrar",
      conflict="split item: the list's fifth bullet ('online reports of crime are triaged at "
               "the point of receipt ...') has no tracker row")
H("Crime Data Integrity 2016 – Warks")
I("Warks", strip_stem(HM_BY_KEY[("K", "K-cdi")]["text"]).replace("Within three months, the force should ", "Within 3 months: "),
  "AMBER", [("K", "K-cdi")], "Rec", ref=refs(("K", "K-cdi")), lead_="Force Crime Registrar")
BL()
H("PEEL Effectiveness 2016 – WMP & Warks")
I("Both", "The force should take steps to ensure there is effective supervison of the initial risk "
  "assessment process, specifically in relation to completion of DASH risk assessment in "
  "appropriate cases.", "GREEN", [("W", "W-eff-dash"), ("K", "K-eff-dash")], "AFI",
  lead_="Ch Supt Public Protection")
sup = HM_BY_KEY[("W", "W-eff-sup")]["text"]
I("WMP", sup, "AMBER", [("W", "W-eff-sup")], "AFI", ref=refs(("W", "W-eff-sup")))
I("Warks", sup, "AMBER", [("K", "K-eff-sup")], "AFI", ref=refs(("K", "K-eff-sup")))
I("WMP", "Improve how we work with partner organisations to safeguard people at risk from CSE",
  "GREEN", [("W", "W-eff-cse")], "AFI", lead_="Ch Supt Public Protection")
I("Warks", HM_BY_KEY[("K", "K-eff-rasso")]["text"], "AMBER", [("K", "K-eff-rasso")],
  "Recommendation", ref=refs(("K", "K-eff-rasso")),
  conflict="type: tracker records it as a Recommendation, the list has it as an Area for improvement")
BL()
H("PEEL Efficiency 2017 – WMP")
I("WMP", trunc(HM_BY_KEY[("W", "W-efc-demand")]["text"], 140), "AMBER", [("W", "W-efc-demand")],
  "AFI", ref=refs(("W", "W-efc-demand")), lead_="Head of Corporate Development")
I("WMP", "The force should develop its understanding of the links between its outcomes, outputs "
  "& costs", "AMBER", [("K", "K-efc-costs")], "AFI", lead_="Director of Finance",
  conflict="force/report: the tracker files it as WMP under 'PEEL Efficiency 2017 – WMP'; "
           "the list holds this AFI only against Warwickshire Police (PEEL: Police efficiency "
           "2017 – Warwickshire Police); West Mercia has no such item")
H("PEEL Efficiency 2017 – Warks")
I("Warks", HM_BY_KEY[("K", "K-efc-savings")]["text"], "GREEN", [("K", "K-efc-savings")], "AFI",
  ref=refs(("K", "K-efc-savings")), lead_="Director of Finance")
BL()
H("NCPI 2017 – Warwickshire (custody detention of children)")
ncpi = REAL.text[57].replace("Bedfordshire Police", "Warwickshire Police")
ncpi_b = [x.strip().rstrip(";.").removeprefix("and").strip().removesuffix("; and").removesuffix(" and")
          for x in ncpi.split("•")[1:]]
for n, bul in enumerate(ncpi_b, 1):
    bul = bul.removesuffix(";").strip()
    I("Warks", f"Detention of children ({n}/5): {bul[0].upper() + bul[1:]}", "Complete",
      [("K", "K-ncpi")], "Rec", ref=refs(("K", "K-ncpi")) if n == 1 else None,
      lead_="Ch Insp Custody")
BL()
H("PEEL Legitimacy 2017 – WMP")
I("WMP", strip_stem(HM_BY_KEY[("W", "W-leg-succ")]["text"]).replace("The force should s", "S"),
  "AMBER", [("W", "W-leg-succ")], "AFI", ref=refs(("W", "W-leg-succ")), lead_="Director of People")
I("WMP", "The force should put plans in place to monitor team cultures (incl. gathering & analysis "
  "of staff feedback) and provide prompt remedial action for any issues it identifies.",
  "AMBER", [("W", "W-leg-culture")], "AFI", lead_="Director of People")
H("PEEL Legitimacy 2017 – Warks")
I("Warks", HM_BY_KEY[("K", "K-leg-eqd")]["text"], "Open - Actions on going on track",
  [("K", "K-leg-eqd")], "AFI", ref=refs(("K", "K-leg-eqd")), lead_="Director of People")
I("Warks", "The force should make sure it provides a confidential way for staff to raise concerns "
  "& that staff are aware of whistleblowing processes", "GREEN", [("W", "W-leg-whistle")], "AFI",
  ref=refs(("W", "W-leg-whistle")), lead_="Head of Professional Standards",
  conflict="force/report: the tracker files it as Warks under 'PEEL Legitimacy 2017 – Warks'; "
           "the list holds this AFI (same register ID) only against West Mercia Police "
           "(PEEL: Police legitimacy 2017 – West Mercia Police)")
I("Warks", abbrev(HM_BY_KEY[("K", "K-leg-ssub")]["text"], 3), "GREEN", [("K", "K-leg-ssub")], "AFI",
  ref=refs(("K", "K-leg-ssub")), lead_="ACC Local Policing")
BL()
H("PEEL 2018/19 – West Mercia (CoC recommendations)")
I("WMP", WMP_PEEL[7], "AMBER", [("W", "W-p19-coc1")], "CoC", ref=refs(("W", "W-p19-coc1")),
  lead_="DCC")
for k, rag, txt in [
    ("W-p19-agree", "AMBER", strip_stem(WMP_PEEL[3])),
    ("W-p19-model", "AMBER", strip_stem(WMP_PEEL[4])),
    ("W-p19-skills", "GREEN", strip_stem(WMP_PEEL[2])),
    ("W-p19-vuln", "AMBER", WMP_PEEL[1]),
]:
    I("WMP", txt, rag, [("W", k)], "Rec", ref=refs(("W", k)))
I("WMP", WMP_PEEL[8], "RED", [("W", "W-p19-coc2")], "CoC", ref=refs(("W", "W-p19-coc2")),
  lead_="ACC Crime")
for k, rag, txt in [
    ("W-p19-review", "AMBER", strip_stem(WMP_PEEL[0])),
    ("W-p19-superv", "GREEN", "Within 6 months: ensure regular & active supervison of the quality "
                              "and progress of investigations, properly recorded"),
    ("W-p19-digital", "AMBER", abbrev(strip_stem(WMP_PEEL[9]))),
    ("W-p19-rui", "AMBER", "Improve understanding of suspects RUI and management of those released "
                           "on bail (6 months)"),
]:
    I("WMP", txt, rag, [("W", k)], "Rec", ref=refs(("W", k)) if k != "W-p19-rui" else None,
      lead_="Det Ch Supt Force CID")
H("PEEL 2018/19 – Warwickshire")
I("Warks", HM_BY_KEY[("K", "K-p19-coc1")]["text"], "AMBER", [("K", "K-p19-coc1")], "CoC",
  ref=refs(("K", "K-p19-coc1")), lead_="DCC")
I("Warks", strip_stem(HM_BY_KEY[("K", "K-p19-agree")]["text"]), "AMBER", [("K", "K-p19-agree")],
  "Rec", ref=refs(("K", "K-p19-agree")), lead_="DCC")
I("Warks", "Clearly define new operating model - all operational & support services affordable "
  "and fit to protect the communities of Warwickshire", "RED", [("K", "K-p19-model")], "Rec",
  ref=refs(("K", "K-p19-model")), lead_="DCC")
I("Warks", strip_stem(WMP_PEEL[2]), "AMBER", [("K", "K-p19-skills")], "Rec",
  ref=refs(("K", "K-p19-skills")), lead_="Director of People")
I("Warks", strip_stem(WMP_PEEL[6]), "AMBER", [("K", "K-p19-superv")], "Rec",
  lead_="Det Ch Supt Force CID")
BL()

# ---- not on the HMICFRS list -------------------------------------------------------------
H("Alliance actions not from HMICFRS (internal audit / JAC / local)")
topics = ["domestic abuse", "missing children", "hate crime", "stalking and harassment",
          "county lines drug dealing", "rural crime"]
prefixes = ["Local action: ", "Force action - ", "JAC action: ", "Force improvement plan: ", "", ""]
forces_local = ["Both", "WMP", "Both", "Warks", "Warks", "WMP"]
for n, (tpl, t, pre, fc) in enumerate(zip(rng.sample(LOCAL_ACTIONS, 6), topics, prefixes, forces_local)):
    rag = rng.choice(["AMBER", "GREEN", "In progress", "RED"])
    I(fc, pre + tpl.format(t=t), rag, [], "Local")
    if rag == "GREEN":
        main[-1]["progress"] = f"{date(2019, rng.randint(3, 8), rng.randint(1, 28)):%d/%m/%Y} - Completed."
I("Both", "Internal audit action: " + LOCAL_ACTIONS[8].format(t="HMICFRS recommendations")
  .replace("Internal audit of the", "Review the").replace("2023/24", "2019/20"), "AMBER", [],
  "Internal audit")
I("WMP", "Internal audit action: Agree a single owner and evidence standard for each HMICFRS "
  "recommendation before submission for closure", "GREEN", [], "Internal audit",
  lead_="Head of Corporate Development")
I("WMP", "The force should " + TOPIC_BODIES[0].format(t="hate crime") + ". (PEEL Legitimacy 2015)",
  "GREY", [], "AFI", lead_="ACC Local Policing")
main[-1]["progress"] = "Superseded by PEEL Legitimacy 2017 findings - no further action."

# ---- closed sheet ------------------------------------------------------------------------
I("WMP", HM_BY_KEY[("W", "everyone-1")]["text"], "Complete", [("W", "everyone-1")], "National",
  ref=refs(("W", "everyone-1")), sheet="closed", report="Everyone's Business (DA) 2014")
I("Both", nat_text("leg17-3"), "Complete", BOTH("leg17-3"), "National", sheet="closed",
  report="PEEL Legit 17 S&S", ref=refs(("W", "leg17-3"), ("K", "leg17-3")))
I("WMP", HM_BY_KEY[("W", "W-efc-wfp")]["text"], "Complete", [("W", "W-efc-wfp")], "AFI",
  ref=refs(("W", "W-efc-wfp")), sheet="closed", report="PEEL Efficiency 2017 – WMP")
I("Both", aus[1][1], "Complete", [], "National", sheet="closed",
  report="Policing in Austerity 2014")
I("Warks", "The force should " + b(58) + ".", "Complete", [], "AFI", sheet="closed",
  report="PEEL Legitimacy 2015 – Warks")

# ---------------------------------------------------------------------------------------
# write tracker.xlsx
# ---------------------------------------------------------------------------------------
FILLS = {"green": "92D050", "amber": "FFC000", "red": "FF0000", "white": "FFFFFF",
         "grey": "BFBFBF", "complete": "92D050", "in progress": "FFC000",
         "pending sign off": "C6E0B4", "open - actions on going on track": "FFC000"}
twb = openpyxl.Workbook()
ts = twb.active
ts.title = "Alliance tracker"
ts["A1"] = "West Mercia Police & Warwickshire Police – Strategic Alliance HMICFRS Recommendations Tracker"
ts["A1"].font = Font(bold=True, size=14)
ts["A2"] = ("Alliance Organisational Learning & Assurance. Last updated 28/08/2019. "
            "Force: WMP = West Mercia, Warks = Warwickshire, Both = alliance-wide (one action for both forces).")
T_HEAD = ["No.", "Force", "HMICFRS Ref", "Type", "Recommendation / AFI", "Lead",
          "RAG", "Progress update", "Date submitted for closure"]
HEAD_ROW = 4
for c, h in enumerate(T_HEAD, 1):
    cell = ts.cell(row=HEAD_ROW, column=c, value=h)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="1F3864")
row_of: dict[int, str] = {}  # id(row dict) -> provenance
r = HEAD_ROW + 1
num = 0
for e in main:
    if e["kind"] == "heading":
        ts.cell(row=r, column=1, value=e["text"]).font = Font(bold=True)
        ts.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(T_HEAD))
        ts.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
    elif e["kind"] == "blank":
        pass
    else:
        num += 1
        sub = None
        vals = [num, e["force"], e["ref"], e["type"], e["text"], e["lead"], e["rag"],
                e["progress"], None]
        if force_done(e["rag"]) and e["rag"] not in ("WHITE", "GREY") and rng.random() < 0.6:
            vals[8] = date(2019, rng.randint(4, 8), rng.randint(1, 28))
        for c, v in enumerate(vals, 1):
            cell = ts.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=c in (5, 8), vertical="top")
            if c == 9 and v is not None:
                cell.number_format = "dd/mm/yyyy"
        rc = ts.cell(row=r, column=7)
        rc.fill = PatternFill("solid", fgColor=FILLS[e["rag"].lower()])
        e["prov"] = f"Alliance tracker!{r}"
    r += 1
r += 1
ts.cell(row=r, column=1, value="Notes: Both = single alliance action covering West Mercia and "
        "Warwickshire register entries. Rows submitted for closure are moved to the 'Closed' tab "
        "once HMICFRS confirms.")
r += 1
ts.cell(row=r, column=1, value="RAG key: GREEN implemented; AMBER ongoing; RED beyond deadline; "
        "WHITE not alliance responsibility to deliver; GREY superseded.")
for col, w in zip("ABCDEFGHI", (6, 11, 16, 16, 80, 26, 14, 55, 14)):
    ts.column_dimensions[col].width = w
ts.freeze_panes = "A5"

cs = twb.create_sheet("Closed")
cs["A1"] = "Closed / signed-off items (archive) – moved from the live tracker"
cs["A1"].font = Font(bold=True)
C_HEAD = ["No.", "Force", "HMICFRS Ref", "Report", "Type", "Recommendation", "Lead", "Status",
          "Closed date"]
for c, h in enumerate(C_HEAD, 1):
    cs.cell(row=2, column=c, value=h).font = Font(bold=True)
r = 3
for n, e in enumerate(closed, 1):
    vals = [f"C{n}", e["force"], e["ref"], e["report"], e["type"], e["text"], e["lead"], e["rag"],
            date.fromordinal(rng.randint(date(2018, 3, 1).toordinal(), date(2019, 6, 30).toordinal()))]
    for c, v in enumerate(vals, 1):
        cell = cs.cell(row=r, column=c, value=v)
        cell.alignment = Alignment(wrap_text=c == 6, vertical="top")
        if c == 9:
            cell.number_format = "dd/mm/yyyy"
    e["prov"] = f"Closed!{r}"
    r += 1
for col, w in zip("ABCDEFGHI", (6, 11, 16, 30, 12, 80, 24, 12, 12)):
    cs.column_dimensions[col].width = w

ks = twb.create_sheet("Key")
for i, (k, v) in enumerate([
    ("GREEN", "The recommendation is implemented"),
    ("AMBER", "Subject to ongoing work and monitoring but is anticipated will be implemented"),
    ("RED", "Beyond designated deadline or cannot / will not be implemented (rationale required)"),
    ("WHITE", "Not alliance responsibility to deliver or is dependent upon another organisation"),
    ("GREY", "Superseded"),
], 1):
    ks.cell(row=i, column=1, value=k).fill = PatternFill("solid", fgColor=FILLS[k.lower()])
    ks.cell(row=i, column=2, value=v)
twb.save(OUT / "tracker.xlsx")

# ---------------------------------------------------------------------------------------
# truth.csv
# ---------------------------------------------------------------------------------------
FNAME = {"W": "West Mercia", "K": "Warwickshire"}
rows_all = [e for e in main + closed if e["kind"] == "item"]
by_item: dict[tuple[str, str], list[dict]] = {}
for e in rows_all:
    for m in e["maps"]:
        by_item.setdefault(m, []).append(e)

truth = []
for it in hm_items:
    m = (it["force"], it["key"])
    hprov = f"Definitive list!{it['row']}"
    frs = by_item.get(m, [])
    if not frs:
        other = "K" if it["force"] == "W" else "W"
        extra = ""
        if (other, it["key"]) in by_item or any(
                HM_BY_KEY.get((other, k2), {}).get("text") == it["text"]
                for (_f2, k2) in by_item if _f2 == other):
            extra = (f"; the {FNAME[other]} copy of the same text is tracked, but only for "
                     f"{FNAME[other]}")
        truth.append((hprov, "", "missing_from_force",
                      f"{FNAME[it['force']]} item (ID {it['ref']}) has no tracker row{extra}"))
        continue
    conflicts = [e["conflict"] for e in frs if e["conflict"]]
    h_open = hm_is_open(it["status"])
    f_done = all(force_done(e["rag"]) for e in frs)
    if conflicts:
        cat = "conflict"
    elif h_open and f_done:
        cat = "closeable_submit"
    elif not h_open and not f_done:
        cat = "closeable_local"
    else:
        cat = "in_sync"
    for e in frs:
        both = len(e["maps"]) > 1
        parts = []
        parts.append(f"{FNAME[it['force']]} ID {it['ref']} {hm_status_word(it['status'])}; "
                     f"tracker Force={e['force'].strip()} RAG {e['rag']}")
        if both:
            other = "K" if it["force"] == "W" else "W"
            oit = HM_BY_KEY[(other, it["key"])] if (other, it["key"]) in HM_BY_KEY else \
                HM_BY_KEY[[m2 for m2 in e["maps"] if m2[0] == other][0]]
            parts.append(f"one alliance row tracks both forces' copies ({FNAME[other]} copy "
                         f"ID {oit['ref']} is {hm_status_word(oit['status'])})")
        if len(frs) > 1:
            parts.append(f"item split over {len(frs)} tracker rows"
                         + ("" if f_done else " (not all done)"))
        if cat == "conflict":
            parts.insert(0, "; ".join(dict.fromkeys(conflicts)))
        truth.append((hprov, e["prov"], cat, " | ".join(parts)))

for e in rows_all:
    if not e["maps"]:
        truth.append(("", e["prov"], "not_on_hmicfrs_list",
                      f"tracker row ({e['type']}, Force={e['force']}) has no item on either force's list"))

with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

# summary for the README
from collections import Counter  # noqa: E402
print("HMICFRS items:", len(hm_items), " W:", sum(i["force"] == "W" for i in hm_items),
      " K:", sum(i["force"] == "K" for i in hm_items))
print("tracker item rows:", len(rows_all), " main:", sum(1 for e in main if e["kind"] == "item"),
      " closed:", len(closed))
print("truth lines:", len(truth))
print(Counter(t[2] for t in truth))
