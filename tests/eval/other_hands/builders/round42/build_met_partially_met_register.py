"""Build the evaluation case `met_partially_met_register` (round 42, selfassess2).

A force (Lincolnshire Police) tracks its HMICFRS items by self-assessment against each one
(Met / Partially met / Not met) with the Assurance Panel's outcome beside it. Only the
panel's outcome decides whether the force treats an item as done.

Run:  /work/main/.venv/bin/python build_met_partially_met_register.py
Rebuilds the case folder byte for byte (fixed seed, fixed workbook timestamps).
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
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

SEED = 4206
HERE = os.path.dirname(os.path.abspath(__file__))
CASE = os.path.join(HERE, "met_partially_met_register")
TEXTS_DIR = "/work/main/reconcile/casegen/texts"

# Load the real-text lists as a standalone package (nothing else under reconcile/ is touched).
_spec = importlib.util.spec_from_file_location(
    "rtexts", os.path.join(TEXTS_DIR, "__init__.py"), submodule_search_locations=[TEXTS_DIR])
T = importlib.util.module_from_spec(_spec)
sys.modules["rtexts"] = T
_spec.loader.exec_module(T)

rng = random.Random(SEED)
FORCE, AREA, NEIGHBOUR = "Lincolnshire Police", "Lincolnshire", "Nottinghamshire Police"
REC, AFI, COC, NAT = T.REC, T.AFI, T.COC, T.NAT


def ordinal(d: dt.date) -> str:
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {d.strftime('%B')} {d.year}"


# ---------------------------------------------------------------------------------------------
# 1. HMICFRS items: national reports verbatim, then force-level reports from real bodies/stems.
# ---------------------------------------------------------------------------------------------
items: list[dict] = []   # each: key, report, tracker_report, pub(date), type, text


def add(key, report, trep, pub, typ, text):
    items.append(dict(key=key, report=report, trep=trep, pub=pub, type=typ, text=text))


for nk, (title, (y, m, d), lst) in T.NATIONAL.items():
    trep = T.NATIONAL_TRACKER_NAMES[nk][0]
    for i, (typ, text) in enumerate(lst):
        add(f"{nk}{i}", title, trep, dt.date(y, m, d), typ, text)


def stem(tmpl_i, body, deadline="31 March 2020"):
    typ, tmpl = T.STEMS[tmpl_i]
    return typ, tmpl.format(b=body, deadline=deadline, force=FORCE)


def body(i):
    return T.BODIES[i].format(area=AREA, neighbour=NEIGHBOUR)


# PEEL effectiveness 2016 (published March 2017): cause of concern + two recommendations
R16 = ("PEEL: Police effectiveness 2016", "PEEL Effectiveness 2016", dt.date(2017, 3, 2))
add("eff16c", *R16, COC, T.CAUSES[0])
add("eff16r1", *R16, *stem(3, [b for b in T.BODIES if b.startswith("take steps to ensure that there is effective supervision")][0]))
add("eff16r2", *R16, *stem(5, body(16)))
# National child protection inspection 2018
RNC = ("National child protection inspection 2018", "NCPI 2018", dt.date(2018, 6, 14))
add("ncpi1", *RNC, REC, "Immediately, the force should " + body(19) + ".")
add("ncpi2", *RNC, REC, "Within six months the force should " + body(9) + ".")
# PEEL 2018/19: areas for improvement
RP18 = ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
        "PEEL 2018/19", dt.date(2019, 5, 2))
for j, bi in enumerate([0, 5, 6, 7, 11, 13]):
    add(f"p18a{j}", *RP18, AFI, f"The force should {body(bi)}.")
# Crime data integrity 2019: cause of concern, recommendation (5 bullets), AFIs
RCD = ("Crime data integrity inspection 2019", "Crime Data Integrity 2019", dt.date(2019, 9, 26))
add("cdic", *RCD, COC, "The force's crime-recording arrangements are not acceptable. It "
    "fails to record a substantial proportion of crimes reported to it each year, and victims "
    "of those crimes are being let down. This is a cause of concern.")
add("cdir", *RCD, REC, "To address this cause of concern, HMIC recommends the force should "
    "immediately " + T.CDI_VICTIMS_BODY + ".")
add("cdia1", *RCD, AFI, f"The force should {body(14)}.")
add("cdia2", *RCD, AFI, f"The force should {body(15)}.")
# PEEL 2021/22: formulaic AFIs
RP21 = ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
        "PEEL 2021/22", dt.date(2022, 5, 12))
tb21 = [(0, 0), (2, 5), (4, 2), (6, 8), (9, 11), (12, 1), (14, 15), (10, 20)]
for j, (bi, ti) in enumerate(tb21):
    add(f"p21a{j}", *RP21, AFI,
        "The force should " + T.TOPIC_BODIES[bi].format(t=T.TOPICS[ti]) + ".")
# PEEL 2023/25: AFIs, a cause of concern and two recommendations
RP23 = ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25",
        "PEEL 2023/25", dt.date(2024, 7, 18))
tb23 = [(1, 10), (3, 3), (5, 16), (7, 6), (8, 4), (11, 17), (13, 13), (15, 26)]
for j, (bi, ti) in enumerate(tb23):
    add(f"p23a{j}", *RP23, AFI,
        "The force should " + T.TOPIC_BODIES[bi].format(t=T.TOPICS[ti]) + ".")
add("p23c", *RP23, COC, T.CAUSES[2])
add("p23r1", *RP23, REC, "Within three months, the force should " + body(1) + ".")
add("p23r2", *RP23, REC, "Within six months the force should " + body(5) + ". " + T.TAILS[0])

# IDs: plain integers unique across the register, rising with publication date.
items.sort(key=lambda it: it["pub"])  # stable: keeps report order
nid = 1880
for it in items:
    nid += rng.randint(3, 140)
    it["id"] = nid
K = {it["key"]: it for it in items}

# ---------------------------------------------------------------------------------------------
# 2. Scenarios. Statuses: HMICFRS open (Awaiting review / Being progressed) or closed
#    (Complete / Superseded / No further action required). Force done only when the
#    Assurance Panel outcome is Met (or N/A agreed).
# ---------------------------------------------------------------------------------------------
# Explicit traps first.
TRAPS = {
    # conflicts
    "stolen1": "conflict_timescale",     # within six months -> "within 12 months" in tracker
    "stolen0": "conflict_bullet",        # SF leadership: tracker lost the 4th bullet
    "p23a3": "conflict_report",          # filed under PEEL 2021/22 heading, no ID
    "p21a4": "conflict_ref",             # tracker ID has transposed digits
    "ncpi2": "conflict_type",            # HMICFRS recommendation, tracker calls it an AFI
    # missing from force
    "p23r1": "missing", "p23a7": "missing", "austerity3": "missing", "leg172": "missing",
    "p21a7": "missing",
    # splits
    "powers2": "split_mixed",            # BWV 3 parts, 2 ratified Met, 1 partially met
    "cdir": "split_alldone",             # CDI victims 5 bullets, all ratified Met
    # self-assessment vs panel traps
    "p23a0": "self_met_panel_blank_open",     # HMICFRS open -> in_sync
    "p21a1": "self_met_panel_partial_open",   # HMICFRS open -> in_sync
    "p18a2": "self_met_panel_blank_closed",   # HMICFRS Complete -> closeable_local
    "p21a5": "self_partial_panel_met_open",   # panel upgraded -> closeable_submit
    "firearms4": "self_met_panel_notmet_closed",  # HMICFRS closed -> closeable_local
    "p23a5": "self_met_panel_deferred_open",  # deferred -> open -> in_sync
    "powers3": "na_agreed_closed_nfa",        # Home Office/NPCC item, N/A agreed, NFA -> in_sync
    "eff16c": "coc_blank_closed",             # CoC with no own assessment, HMICFRS Complete
    "p23c": "coc_blank_open",                 # CoC, HMICFRS awaiting review -> in_sync
}


def era_scenario(it):
    if it["pub"].year <= 2017:
        return rng.choices(["sync_closed", "local", "submit", "sync_open"], [55, 22, 13, 10])[0]
    if it["pub"].year <= 2019:
        return rng.choices(["sync_closed", "local", "submit", "sync_open"], [30, 20, 25, 25])[0]
    return rng.choices(["sync_closed", "local", "submit", "sync_open"], [5, 10, 30, 55])[0]


for it in items:
    it["scn"] = TRAPS.get(it["key"]) or era_scenario(it)

HM_OPEN_FOR = {"sync_open", "submit", "self_met_panel_blank_open", "self_met_panel_partial_open",
               "self_partial_panel_met_open", "self_met_panel_deferred_open", "coc_blank_open",
               "split_mixed", "split_alldone"}
HM_CLOSED_FOR = {"sync_closed", "local", "self_met_panel_blank_closed",
                 "self_met_panel_notmet_closed", "na_agreed_closed_nfa", "coc_blank_closed"}

CLOSE_COMMENTS = {
    "Complete": ["This recommendation is complete",
                 "Authorised for closure on the basis of the additional observations offered by "
                 "members of the inspection team in recent inspection activity."],
    "Superseded": ["This area of activity has subsequently been inspected in HMIC's PEEL "
                   "Effectiveness inspections. Where a cause of concern still exists this will "
                   "appear in the register against these subsequent inspections."],
    "No further action required": ["Not for the force to deliver; directed at national bodies."],
}
for it in items:
    s = it["scn"]
    if s in HM_OPEN_FOR or s.startswith("conflict") or (s == "missing" and it["pub"].year >= 2019):
        if it["pub"] >= dt.date(2024, 1, 1) and rng.random() < 0.6:
            it["status"] = "Awaiting review"
        else:
            it["status"] = "Being progressed"
    elif s == "na_agreed_closed_nfa":
        it["status"] = "No further action required"
    else:  # closed
        if it["pub"].year <= 2015 and rng.random() < 0.35:
            it["status"] = "Superseded"
        else:
            it["status"] = "Complete"
    it["hm_open"] = it["status"] in ("Awaiting review", "Being progressed")
    if it["status"] in CLOSE_COMMENTS:
        it["comment"] = rng.choice(CLOSE_COMMENTS[it["status"]])
    elif it["status"] == "Awaiting review":
        it["comment"] = "New recommendation"
    else:
        it["comment"] = rng.choice([
            "The progress of the implementation of this recommendation is currently being "
            "monitored by HMICFRS and this record will, in due course, be updated.",
            "The status of this recommendation is currently being reviewed by HMIC and will be "
            "updated when this review is complete.", ""])
    lo = max(it["pub"] + dt.timedelta(days=40), dt.date(2016, 1, 1))
    span = (dt.date(2025, 10, 1) - lo).days
    it["sdate"] = lo + dt.timedelta(days=rng.randint(0, max(span, 1)))

# ---------------------------------------------------------------------------------------------
# 3. Force wording: the analyst's own rewording of the HMICFRS text.
# ---------------------------------------------------------------------------------------------
STEM_RE = re.compile(r"^(HMICFRS|HMIC) recommends that (the force should immediately: ?|the force "
                     r"should immediately:|within six months the force should: )", re.I)


def force_text(text, style):
    t = text
    if style >= 1:
        t = STEM_RE.sub("", t)
        t = t.replace("To address this cause of concern, HMIC recommends the force should "
                      "immediately ", "Immediately ")
    if style >= 2:
        for pat, rep in T.ABBREVIATIONS[:-1]:
            if rng.random() < 0.6:
                t = re.sub(pat, rep, t, flags=re.I)
        t = t.replace("•", "- ").replace("- -", "-")
    if style >= 3:
        for right, wrong in T.MISSPELLINGS.items():
            if right in t and rng.random() < 0.5:
                t = t.replace(right, wrong, 1)
                break
    if style >= 4:  # abridged: first sentence / clause only
        first = re.split(r"(?<=[.;:])\s", t)[0]
        if len(first) > 60:
            t = first.rstrip(";:") + (" …" if not first.endswith(".") else "")
    t = t.replace("\n\n", "\n")
    return t


LEAD_POOL = [x for x in T.LEADS if x] + ["Supt Contact Centre", "ACC Local Policing"]
RATIONALE_OPEN = [
    "Action plan agreed at Strategic Vulnerability Board; delivery ongoing.",
    "Policy drafted, awaiting consultation with Federation and Unison.",
    "Training package commissioned from L&D; rollout planned Q4.",
    "Dip sample (n=40) shows improvement but not yet consistent across LPAs.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Work undertaken in area but still requires development to complete.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Awaiting allocation.", "xxx", "",
]
RATIONALE_DONE = [
    "Policy published, training delivered to 96% of frontline officers; audit evidence on file.",
    "Completed. Evidence pack (ref EV/{n}) lodged with Strategic Planning.",
    "Dip samples over two quarters show sustained compliance; performance measure in monthly pack.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
    "Addressed holistically as part of the force change programme.",
    "Governance now through Force Performance Board; terms of reference amended.",
]
PANEL_OK = ["Met", "Met", "Met – agreed, propose closure", "MET", "Met (ratified)"]


def fdate(lo: dt.date, hi: dt.date) -> dt.date:
    return lo + dt.timedelta(days=rng.randint(0, max((hi - lo).days, 1)))


def assessment(kind, pub):
    """(self, self_date, rationale, panel, panel_date, panel_comment, done)."""
    base = max(pub + dt.timedelta(days=60), dt.date(2019, 1, 1))
    sd = fdate(base, dt.date(2025, 9, 30))
    pd = fdate(sd, dt.date(2025, 10, 16)) if sd < dt.date(2025, 10, 16) else sd
    n = rng.randint(100, 999)
    if kind == "done":
        self_ = rng.choice(["Met", "Met", "met", "Met "])
        return (self_, sd, rng.choice(RATIONALE_DONE).format(n=n), rng.choice(PANEL_OK), pd,
                rng.choice(["Evidence accepted.", "Panel satisfied; submit to HMICFRS.", "",
                            "Agreed. Sustainability check in 6 months."]), True)
    # open variants
    v = rng.choice(["notmet", "partial", "partial_panel", "notassessed", "partial"])
    if v == "notmet":
        return (rng.choice(["Not met", "Not Met"]), sd, rng.choice(RATIONALE_OPEN), "", None, "",
                False)
    if v == "partial":
        return (rng.choice(["Partially met", "Partially Met", "Part met"]), sd,
                rng.choice(RATIONALE_OPEN), "", None, "", False)
    if v == "partial_panel":
        return ("Partially met", sd, rng.choice(RATIONALE_OPEN),
                rng.choice(["Partially met", "Partially met – further evidence required"]), pd,
                "Return to panel with audit results.", False)
    return ("Not yet assessed", None, "Awaiting allocation.", "", None, "", False)


def special(kind, pub):
    base = max(pub + dt.timedelta(days=60), dt.date(2019, 1, 1))
    sd = fdate(base, dt.date(2025, 8, 30))
    pd = fdate(sd, dt.date(2025, 10, 16))
    if kind == "self_met_panel_blank":
        return ("Met", dt.date(2025, 10, 6), "Self-assessed as met by lead; evidence pack "
                "submitted for the November panel.", "", None, "", False)
    if kind == "self_met_panel_partial":
        return ("Met", sd, rng.choice(RATIONALE_DONE).format(n=412), "Partially met", pd,
                "Panel not assured on supervision in two LPAs; re-audit required.", False)
    if kind == "self_partial_panel_met":
        return ("Partially met", sd, "Lead cautious pending Q2 data.", "Met", pd,
                "Panel reviewed Q2 data and considers the AFI met; propose closure.", True)
    if kind == "self_met_panel_notmet":
        return ("Met", sd, "Lead considers complete.", "Not met", pd,
                "Evidence does not show the systems are always applied; remains open.", False)
    if kind == "self_met_panel_deferred":
        return ("Met", sd, rng.choice(RATIONALE_DONE).format(n=733), "Deferred to next panel",
                pd, "Lead not present; deferred.", False)
    if kind == "na_agreed":
        return ("N/A", sd, "Directed at the Home Office and NPCC, not the force.",
                "N/A – agreed", pd, "Not for the force to deliver.", True)
    if kind == "coc_blank":
        return ("See recs below", None, "Assessed through the recommendations under this "
                "cause of concern.", "", None, "", False)
    raise ValueError(kind)


# ---------------------------------------------------------------------------------------------
# 4. Tracker rows. Open items sheet (grouped under report heading rows, no report column);
#    Closed items sheet (flat, with a report column).
# ---------------------------------------------------------------------------------------------
TYPE_WORD = {REC: ["Rec", "Recommendation", "Rec"], AFI: ["AFI", "AFI", "Area for Improvement"],
             COC: ["CoC", "Cause of Concern"], NAT: ["National rec", "Rec (national)"]}

open_rows: dict[str, list[dict]] = {}   # tracker report heading -> rows
closed_rows: list[dict] = []


def trow(it, text, ref, typ, ass, trep=None, part=None):
    self_, sd, rat, panel, pd, pc, done = ass
    return dict(hm=it, text=text, ref=ref, type=typ, self=self_, sdate=sd, rat=rat,
                panel=panel, pdate=pd, pcom=pc, done=done, trep=trep or it["trep"], part=part,
                lead=rng.choice(LEAD_POOL))


def place(row, it):
    """Done rows mostly go to Closed items; some wait in Open items for the next refresh."""
    if row["done"] and (rng.random() < 0.7):
        closed_rows.append(row)
    else:
        open_rows.setdefault(row["trep"], []).append(row)


for it in items:
    s = it["scn"]
    if s == "missing":
        it["force"] = []
        continue
    ref = str(it["id"]) if rng.random() < 0.85 else ""
    typ = rng.choice(TYPE_WORD[it["type"]])
    style = rng.choice([0, 1, 1, 2, 2, 3, 4]) if len(it["text"]) > 140 else rng.choice([0, 1, 2, 3])
    text = force_text(it["text"], style)
    rows = []
    if s in ("sync_open", "local"):
        rows = [trow(it, text, ref, typ, assessment("open", it["pub"]))]
    elif s in ("sync_closed", "submit"):
        rows = [trow(it, text, ref, typ, assessment("done", it["pub"]))]
    elif s.startswith("self_") or s.startswith("na_") or s.startswith("coc_"):
        kind = re.sub(r"_(open|closed|nfa)$", "", s).replace("_closed", "")
        kind = {"na_agreed_closed": "na_agreed"}.get(kind, kind)
        rows = [trow(it, text, str(it["id"]), typ, special(kind, it["pub"]))]
    elif s == "conflict_timescale":
        t2 = it["text"].replace("Within six months, forces should have in place active "
                                "information-sharing agreements",
                                "Within 12 months, forces should have in place active ISAs")
        t2 = t2.replace(" 86 ", " ")
        rows = [trow(it, t2, str(it["id"]), "National rec", assessment("open", it["pub"]))]
    elif s == "conflict_bullet":
        t2 = it["text"].rsplit("\n", 1)[0].rstrip("; and").rstrip(";") + "."
        t2 = t2.replace("• ", "- ")
        rows = [trow(it, t2, str(it["id"]), "National rec", assessment("done", it["pub"]))]
    elif s == "conflict_report":
        rows = [trow(it, it["text"], "", "AFI", assessment("open", it["pub"]),
                     trep="PEEL 2021/22")]
    elif s == "conflict_ref":
        d = str(it["id"])
        bad = d[:-2] + d[-1] + d[-2] if d[-1] != d[-2] else d[:-1] + str((int(d[-1]) + 1) % 10)
        rows = [trow(it, it["text"], bad, "AFI", assessment("open", it["pub"]))]
        it["badref"] = bad
    elif s == "conflict_type":
        rows = [trow(it, force_text(it["text"], 1), str(it["id"]), "AFI",
                     assessment("open", it["pub"]))]
    elif s == "split_mixed":
        parts = [p.strip() for p in it["text"].split("\n")]
        parts[0] = parts[0].replace("By September 2021, forces should: ", "")
        asses = [assessment("done", it["pub"]), assessment("done", it["pub"]),
                 ("Partially met", dt.date(2025, 6, 2), "External scrutiny panel access agreed in "
                  "principle; data-sharing agreement with the panel not yet signed.",
                  "Partially met", dt.date(2025, 7, 10), "Return once DSA signed.", False)]
        for j, (p, a) in enumerate(zip(parts, asses)):
            r = trow(it, p[0].upper() + p[1:], f"{it['id']} ({'abc'[j]})", "National rec", a,
                     part=j)
            open_rows.setdefault(r["trep"], []).append(r)   # kept together while one part open
        it["force"] = []
        it["force_rows"] = "open"
        rows = []
        it["split"] = True
    elif s == "split_alldone":
        bullets = [b.strip().lstrip("•").strip().rstrip(";").removesuffix("; and")
                   for b in T.CDI_VICTIMS_BODY.split("\n")[1:]]
        for j, b in enumerate(bullets):
            b = b.removesuffix(" and").rstrip(";")
            a = assessment("done", it["pub"])
            r = trow(it, f"Victims CoC rec part {j + 1}: {b[0].upper() + b[1:]}",
                     f"{it['id']}/{j + 1}", "Rec", a, part=j)
            closed_rows.append(r)
        it["split"] = True
    else:
        raise ValueError(s)
    for r in rows:
        place(r, it)

# Local actions (force's own, never on the HMICFRS list).
local_specs = [  # (heading, action index, topic index, done?)
    ("PEEL 2023/25", 0, 3, False), ("PEEL 2023/25", 2, 17, False), ("PEEL 2021/22", 5, 0, False),
    ("Crime Data Integrity 2019", 2, 20, True), ("PEEL 2021/22", 6, 11, True),
    ("PEEL 2023/25", 8, 13, False),
]
local_rows = []
for n, (h, ai, ti, done) in enumerate(local_specs, 1):
    text = rng.choice(T.LOCAL_PREFIXES[:4]) + T.LOCAL_ACTIONS[ai].format(t=T.TOPICS[ti])
    ass = assessment("done" if done else "open", dt.date(2023, 1, 1))
    r = dict(hm=None, text=text, ref="", type="Force action", self=ass[0], sdate=ass[1],
             rat=ass[2], panel=ass[3], pdate=ass[4], pcom=ass[5], done=done, trep=h, part=None,
             lead=rng.choice(LEAD_POOL), local=f"LA-{n:02d}")
    local_rows.append(r)
    if done:
        closed_rows.append(r)
    else:
        open_rows.setdefault(h, []).append(r)

# Two items HMICFRS closed long ago and dropped from its list; still on the Closed sheet.
OLD_DROPPED = [
    ("PEEL Legitimacy 2015", dt.date(2016, 2, 11), AFI,
     "The force should " + T.TOPIC_BODIES[5].format(t=T.TOPICS[7]) + "."),
    ("PEEL Efficiency 2015", dt.date(2015, 10, 15), AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs."),
]
for h, pub, typ, text in OLD_DROPPED:
    ass = assessment("done", pub)
    pdate = fdate(dt.date(2017, 1, 10), dt.date(2017, 12, 12))
    closed_rows.append(dict(hm=None, text=text, ref="", type=rng.choice(TYPE_WORD[typ]),
                            self=ass[0], sdate=ass[1], rat=ass[2], panel=ass[3], pdate=pdate,
                            pcom=ass[5], done=True, trep=h, part=None,
                            lead=rng.choice(LEAD_POOL), dropped=True))

# ---------------------------------------------------------------------------------------------
# 5. Write hmicfrs.xlsx
# ---------------------------------------------------------------------------------------------
os.makedirs(CASE, exist_ok=True)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
WHITE_BOLD = Font(bold=True, color="FFFFFF")
GROUP_FILL = PatternFill("solid", fgColor="D9E1F2")
WRAP = Alignment(wrap_text=True, vertical="top")
FIXED = dt.datetime(2025, 11, 3, 9, 0, 0)


def save(wb, path):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "openpyxl"
    buf = io.BytesIO()
    wb.save(buf)
    # re-zip with fixed timestamps so the file is byte-for-byte reproducible
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 3, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps save time here
                data = re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*",
                              rb"\g<1>2025-11-03T09:00:00Z", data)
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


wb = Workbook()
ws = wb.active
ws.title = "Definitive list"
ws["A1"] = f"HMICFRS recommendations and areas for improvement – {FORCE}"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Definitive list as held by HMICFRS. Extracted 24th October 2025. Includes items " \
           "closed since the last list (April 2025)."
HM_HEAD = ["ID", "Report title", "Publication date", "Type", "Recommendation / area for "
           "improvement", "Status", "Status date", "HMICFRS comment"]
HROW = 4
for c, h in enumerate(HM_HEAD, 1):
    cell = ws.cell(HROW, c, h)
    cell.font = WHITE_BOLD
    cell.fill = HEAD_FILL
r = HROW
for it in sorted(items, key=lambda x: x["id"]):
    r += 1
    it["hrow"] = f"Definitive list!{r}"
    vals = [it["id"], it["report"], ordinal(it["pub"]), it["type"], it["text"], it["status"],
            ordinal(it["sdate"]), it["comment"]]
    for c, v in enumerate(vals, 1):
        ws.cell(r, c, v).alignment = WRAP
for col, w in zip("ABCDEFGH", [8, 40, 18, 22, 90, 18, 18, 50]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A5"
save(wb, os.path.join(CASE, "hmicfrs.xlsx"))

# ---------------------------------------------------------------------------------------------
# 6. Write tracker.xlsx
# ---------------------------------------------------------------------------------------------
wb = Workbook()
g = wb.active
g.title = "Guidance"
GUIDE = [
    f"{FORCE} – HMICFRS recommendations and AFIs: self-assessment and assurance",
    "",
    "How this tracker works",
    "1. Each lead self-assesses their item as Met, Partially met or Not met, with evidence.",
    "2. Items self-assessed as Met go to the monthly HMICFRS Assurance Panel (chair: DCC).",
    "3. Only when the Assurance Panel outcome is 'Met' is the item treated as complete and "
    "proposed to HMICFRS for closure. A self-assessment of Met on its own is NOT closure.",
    "4. Panel outcome 'Partially met', 'Not met' or 'Deferred' returns the item to the lead.",
    "5. 'N/A – agreed': the Panel agrees the item is not the force's to deliver (national bodies).",
    "6. Ratified items are moved to the 'Closed items' sheet at the quarterly refresh.",
    "",
    "Definitions",
    "Met – the intent of the recommendation/AFI is delivered and evidenced, and embedded.",
    "Partially met – work delivered in part, or delivered but not yet evidenced as embedded.",
    "Not met – little or no work yet undertaken.",
    "",
    "Owner: Strategic Planning & Assurance. Queries to the HMICFRS liaison officer.",
]
for i, line in enumerate(GUIDE, 1):
    g.cell(i, 1, line)
g["A1"].font = Font(bold=True, size=13)
g["A3"].font = BOLD
g["A11"].font = BOLD
g.column_dimensions["A"].width = 120

o = wb.create_sheet("Open items")
o["A1"] = f"{FORCE} – HMICFRS Recommendations & AFIs tracker (open items)"
o["A1"].font = Font(bold=True, size=13)
o["A2"] = "Strategic Planning & Assurance | v14 | refreshed 03/11/2025 | OFFICIAL-SENSITIVE"
groups = [("A4:E4", "Item"), ("F4:H4", "Force self-assessment"),
          ("I4:K4", "Assurance Panel (chair: DCC)")]
for rng_, label in groups:
    o.merge_cells(rng_)
    c = o[rng_.split(":")[0]]
    c.value = label
    c.font = BOLD
    c.fill = GROUP_FILL
    c.alignment = Alignment(horizontal="center")
OPEN_HEAD = ["No.", "HMICFRS ID", "Type", "Recommendation / AFI", "Lead", "Assessment",
             "Date", "Evidence / rationale", "Outcome", "Panel date", "Panel comments",
             "Next review"]
for c, h in enumerate(OPEN_HEAD, 1):
    cell = o.cell(5, c, h)
    cell.font = WHITE_BOLD
    cell.fill = HEAD_FILL
    cell.alignment = WRAP

HEADINGS = {  # tracker heading -> (published text, order key)
}
for it in items:
    HEADINGS.setdefault(it["trep"], it["pub"])
HEAD_TEXT = {}
for h, pub in HEADINGS.items():
    HEAD_TEXT[h] = f"{h} – published {pub.day} {pub.strftime('%B %Y')}"

rno = 0
r = 5
order = sorted(open_rows, key=lambda h: HEADINGS.get(h, dt.date(2000, 1, 1)))
for h in order:
    r += 1
    o.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
    c = o.cell(r, 1, HEAD_TEXT.get(h, h))
    c.font = BOLD
    c.fill = GROUP_FILL
    rows = open_rows[h]
    rows.sort(key=lambda x: (x["hm"] is None, x["hm"]["id"] if x["hm"] else 0,
                             x["part"] or 0))
    for row in rows:
        r += 1
        rno += 1
        row["frow"] = f"Open items!{r}"
        nr = None
        if not row["done"]:
            nr = fdate(dt.date(2025, 11, 10), dt.date(2026, 3, 31))
        vals = [rno, row["ref"] if not row.get("local") else row["local"], row["type"],
                row["text"], row["lead"], row["self"], row["sdate"], row["rat"], row["panel"],
                row["pdate"], row["pcom"], nr]
        for ci, v in enumerate(vals, 1):
            cell = o.cell(r, ci, v)
            cell.alignment = WRAP
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
r += 2
o.cell(r, 1, "Key: Outcome is the Assurance Panel's decision. Only an Outcome of Met "
             "(or N/A – agreed) closes an item; see Guidance.").font = Font(italic=True)
r += 1
o.cell(r, 1, "LA- numbers are force actions (not HMICFRS items).").font = Font(italic=True)
for col, w in zip("ABCDEFGHIJKL", [6, 14, 14, 80, 22, 16, 12, 50, 22, 12, 40, 12]):
    o.column_dimensions[col].width = w
o.freeze_panes = "A6"

cs = wb.create_sheet("Closed items")
cs["A1"] = "Closed / ratified items (moved from Open items after Assurance Panel)"
cs["A1"].font = Font(bold=True, size=13)
CL_HEAD = ["No.", "HMICFRS ID", "Report", "Type", "Recommendation / AFI", "Lead",
           "Self-assessment", "Assurance Panel outcome", "Panel date", "Submitted to HMICFRS",
           "Notes"]
for c, h in enumerate(CL_HEAD, 1):
    cell = cs.cell(3, c, h)
    cell.font = WHITE_BOLD
    cell.fill = HEAD_FILL
    cell.alignment = WRAP
closed_rows.sort(key=lambda x: (HEADINGS.get(x["trep"], dt.date(2015, 1, 1)),
                                x["hm"]["id"] if x["hm"] else 10 ** 6, x["part"] or 0))
r = 3
for i, row in enumerate(closed_rows, 1):
    r += 1
    row["frow"] = f"Closed items!{r}"
    hm = row["hm"]
    if hm is not None and not hm["hm_open"]:
        sub = (fdate(row["pdate"], min(row["pdate"] + dt.timedelta(days=30),
                                       dt.date(2025, 10, 20))) if row["pdate"] else None)
        note = rng.choice(["Closed by HMICFRS.", "", "HMICFRS confirmed closure."])
    elif hm is not None:
        sub = (fdate(row["pdate"], dt.date(2025, 10, 20))
               if row["pdate"] and rng.random() < 0.5 else None)
        note = "Submitted; awaiting HMICFRS." if sub else "To be submitted with next return."
    else:
        sub = None
        note = "Force action – closed locally." if row.get("local") else "Closed by HMICFRS 2018."
    vals = [i, row["ref"] if not row.get("local") else row["local"], row["trep"], row["type"],
            row["text"], row["lead"], row["self"], row["panel"], row["pdate"], sub, note]
    for ci, v in enumerate(vals, 1):
        cell = cs.cell(r, ci, v)
        cell.alignment = WRAP
        if isinstance(v, dt.date):
            cell.number_format = "dd/mm/yyyy"
for col, w in zip("ABCDEFGHIJK", [6, 14, 28, 14, 80, 22, 16, 24, 12, 14, 30]):
    cs.column_dimensions[col].width = w
cs.freeze_panes = "A4"

lk = wb.create_sheet("Lists")
for i, v in enumerate(["Assessment", "Met", "Partially met", "Not met", "Not yet assessed", "N/A"], 1):
    lk.cell(i, 1, v)
for i, v in enumerate(["Panel outcome", "Met", "Partially met", "Not met",
                       "Deferred to next panel", "N/A – agreed"], 1):
    lk.cell(i, 2, v)
save(wb, os.path.join(CASE, "tracker.xlsx"))

# ---------------------------------------------------------------------------------------------
# 7. truth.csv
# ---------------------------------------------------------------------------------------------
WHY_CONFLICT = {
    "conflict_timescale": "timescale differs: HMICFRS 'Within six months', tracker 'Within 12 months'",
    "conflict_bullet": "tracker text lacks the fourth bullet (performance and quality assurance measures)",
    "conflict_report": "tracker files this PEEL 2023/25 AFI under the PEEL 2021/22 heading (no ID)",
    "conflict_ref": "tracker HMICFRS ID {bad} (transposed digits) vs register ID {id}; same text",
    "conflict_type": "HMICFRS type Recommendation, tracker records it as an AFI",
}
truth = []


def cat_for(hm_open, done):
    if hm_open and done:
        return "closeable_submit"
    if not hm_open and not done:
        return "closeable_local"
    return "in_sync"


all_rows = [x for rows in open_rows.values() for x in rows] + closed_rows
by_item: dict[int, list[dict]] = {}
for row in all_rows:
    if row["hm"] is not None:
        by_item.setdefault(row["hm"]["id"], []).append(row)

for it in items:
    rows = by_item.get(it["id"], [])
    hs = it["status"]
    if not rows:
        truth.append((it["hrow"], "", "missing_from_force",
                      f"HMICFRS {it['id']} ({hs}) has no row in the tracker"))
        continue
    done = all(x["done"] for x in rows)  # split rows aggregate to item level
    s = it["scn"]
    for x in sorted(rows, key=lambda x: x["part"] or 0):
        if s.startswith("conflict"):
            why = WHY_CONFLICT[s].format(bad=it.get("badref"), id=it["id"])
            truth.append((it["hrow"], x["frow"], "conflict", why))
            continue
        cat = cat_for(it["hm_open"], done)
        side = "done" if done else "open"
        bits = [f"HMICFRS {hs}", f"panel outcome '{x['panel'] or 'blank'}' (self '{x['self']}')"
                f" -> row {'done' if x['done'] else 'open'}"]
        if len(rows) > 1:
            bits.append(f"split row {x['part'] + 1} of {len(rows)}; item-level force status "
                        f"{side}")
        truth.append((it["hrow"], x["frow"], cat, "; ".join(bits)))

for row in all_rows:
    if row["hm"] is None:
        if row.get("local"):
            why = f"force's own action {row['local']}, not an HMICFRS item"
        else:
            why = "closed by HMICFRS long ago, no longer on the definitive list"
        truth.append(("", row["frow"], "not_on_hmicfrs_list", why))


def rowkey(t):
    ref = t[0] or t[1]
    sheet, n = ref.rsplit("!", 1)
    return (0 if t[0] else 1, sheet, int(n), t[1])


truth.sort(key=rowkey)
with open(os.path.join(CASE, "truth.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

from collections import Counter  # noqa: E402
cnt = Counter(t[2] for t in truth)
print("HMICFRS items:", len(items), "tracker item rows:", len(all_rows))
print(dict(sorted(cnt.items())))
print("scenarios:", Counter(it["scn"] for it in items))
