"""Case 1: pct_complete_tracker. A council/PCC style tracker whose only progress signal is a
"% Complete" column (no status words), against a register-like HMICFRS export."""
from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from common import T, body, la, nat, ordinal_date, retype, stem, tb, bullets

OUT = Path("/tmp/indep5/pct/pct_complete_tracker")
rng = random.Random(20241130)

FORCE = "Cheshire Constabulary"
AREA, NEIGH = "Cheshire", "Merseyside Police"
D = dt.date

# ------------------------------------------------------------------------------------------
# HMICFRS items: key -> dict(id, report, pub, type, text, coc)
# ------------------------------------------------------------------------------------------
items: dict[str, dict] = {}


def add(key, id_, report, pub, typ, text, coc=None, theme=""):
    assert key not in items
    items[key] = dict(key=key, id=id_, report=report, pub=pub, type=typ, text=text, coc=coc,
                      theme=theme)


def add_nat(key, id_, nkey, i, theme, typ=None):
    title, pub, t, text = nat(nkey, i)
    t = {"National recommendation": "Recommendation", "Cause of concern": "Cause of concern"}[t]
    add(key, id_, title, pub, typ or t, text, theme=theme)


add_nat("sas13_1", 1204, "sas13", 0, "stop-search")
add_nat("sas13_2", 1205, "sas13", 1, "stop-search")
add_nat("sas13_3", 1206, "sas13", 2, "stop-search")
add_nat("everyone", 2321, "everyone", 0, "harm")
add_nat("aus_1", 3310, "austerity", 0, "plan")
add_nat("aus_4", 3313, "austerity", 3, "plan")
add_nat("core_1", 4822, "core", 0, "harm")
add_nat("core_2", 4823, "core", 1, "harm")
add_nat("integ", 902, "integrity", 0, "misconduct")
add_nat("sas15", 5120, "sas15", 0, "stop-search")
add_nat("picture", 5406, "picture", 0, "plan")
for i in range(5):
    add_nat(f"fa_{i+1}", 5871 + i, "firearms", i, "firearms")
for i in range(7):
    add_nat(f"sf_{i+1}", 7702 + i, "stolen", i, "harm")
add_nat("efc17", 8307, "efc17", 0, "plan")
add_nat("leg_coc", 8540, "leg17", 0, "stop-search")
add_nat("leg_1", 8541, "leg17", 1, "stop-search")
add_nat("leg_2", 8542, "leg17", 2, "stop-search")
add_nat("leg_3", 8543, "leg17", 3, "stop-search")
add_nat("leg_4", 8544, "leg17", 4, "stop-search")
add_nat("pw_1", 10211, "powers", 0, "stop-search")
add_nat("pw_2", 10212, "powers", 1, "stop-search")
add_nat("pw_3", 10213, "powers", 2, "stop-search")
add_nat("pw_5", 10215, "powers", 4, "stop-search")
HO_NPCC_TEXT = nat("powers", 3)[3]          # directed at the Home Office / NPCC: not on list

E16 = ("PEEL: Police effectiveness 2016", D(2017, 3, 2))
EF17 = ("PEEL: Police efficiency 2017", D(2017, 11, 9))
LG17 = ("PEEL: Police legitimacy 2017", D(2017, 12, 12))
NCPI18 = ("National child protection inspection 2018", D(2018, 6, 14))
P18 = ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2))
CDI19 = ("Crime data integrity inspection 2019", D(2019, 9, 12))
P21 = ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 5, 20))
P23 = ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", D(2024, 3, 15))


def add_f(key, id_, rep, stem_i, b, coc=None, theme="", deadline=""):
    typ, text = stem(stem_i, b, FORCE, deadline)
    add(key, id_, rep[0], rep[1], typ, text, coc=coc, theme=theme)


add_f("e16_1", 6711, E16, 12, body(41), coc=T.CAUSES[0], theme="harm")
add_f("e16_2", 6712, E16, 12, body(19), coc=T.CAUSES[1], theme="harm")
add_f("e16_3", 6713, E16, 0, body(51), theme="harm")
add_f("e16_4", 6714, E16, 1, body(6), theme="harm")
add_f("e16_5", 6715, E16, 0, body(16), theme="harm")
add_f("e16_6", 6716, E16, 11, body(18), theme="harm")
add_f("e16_7", 6717, E16, 11, body(17), theme="harm")
add_f("ef17_1", 8310, EF17, 0, body(11), theme="plan")
add_f("ef17_2", 8311, EF17, 1, body(12), theme="plan")
add_f("ef17_3", 8312, EF17, 2, body(13), theme="plan")
add_f("ef17_4", 8313, EF17, 0, body(2), theme="plan")
add_f("lg17_1", 8560, LG17, 0, body(15), theme="misconduct")
add_f("lg17_2", 8561, LG17, 7, body(10), theme="misconduct")
add_f("lg17_3", 8562, LG17, 1, body(58), theme="harm")
add_f("ncpi_1", 8890, NCPI18, 13, body(35), theme="harm")
add_f("p18_1", 9249, P18, 3, body(1), theme="harm")
add_f("p18_2", 9251, P18, 4, body(4), theme="plan")
add_f("p18_3", 9252, P18, 5, body(5), theme="harm")
add_f("p18_4", 9253, P18, 5, body(7), coc=T.CAUSES[2], theme="harm")
add_f("p18_5", 9254, P18, 3, body(0), coc=T.CAUSES[2], theme="harm")
add_f("p18_6", 9255, P18, 0, body(14), theme="harm")
add_f("cdi_1", 9610, CDI19, 7, body(8), theme="harm")
add_f("cdi_2", 9611, CDI19, 6, body(9), theme="harm")
add_f("p21_1", 11402, P21, 0, body(40), theme="harm")
add_f("p21_2", 11403, P21, 0, tb(3, "hate crime"), theme="harm")
add_f("p21_3", 11404, P21, 1, tb(2, "child sexual exploitation"), theme="harm")
add_f("p21_4", 11405, P21, 0, tb(1, "stalking and harassment"), theme="harm")
add_f("p21_5", 11406, P21, 1, tb(9, "county lines drug dealing"), theme="harm")
add_f("p21_6", 11407, P21, 0, tb(12, "fraud"), theme="harm")
add_f("p21_7", 11408, P21, 0, tb(10, "violence against women and girls"), theme="harm")
add_f("p21_8", 11409, P21, 1, tb(15, "road harm"), theme="harm")
add_f("p21_9", 11410, P21, 0, tb(1, "rape and serious sexual offences"), theme="harm")
add_f("p23_1", 12950, P23, 0, tb(6, "serious and organised crime"), theme="harm")
add_f("p23_2", 12951, P23, 1, tb(4, "honour-based abuse"), theme="harm")
add_f("p23_3", 12952, P23, 0, tb(8, "violence against women and girls"), theme="harm")
add_f("p23_4", 12953, P23, 0, tb(11, "people with mental ill health"), theme="harm")
add_f("p23_5", 12954, P23, 1, tb(13, "anti-social behaviour"), theme="harm")
assert len(items) == 70, len(items)
assert len({i["id"] for i in items.values()}) == 70

# ------------------------------------------------------------------------------------------
# HMICFRS statuses: a awaiting-review, b being-progressed, c complete, s superseded
# ------------------------------------------------------------------------------------------
HM = dict(
    sas13_1="c", sas13_2="c", sas13_3="c", everyone="s", aus_1="c", aus_4="b", core_1="b",
    core_2="c", integ="c", sas15="b", picture="b", fa_1="b", fa_2="b", fa_3="b", fa_4="b",
    fa_5="b", sf_1="b", sf_2="b", sf_3="b", sf_4="b", sf_5="b", sf_6="c", sf_7="b",
    efc17="b", leg_coc="b", leg_1="b", leg_2="b", leg_3="c", leg_4="b", pw_1="c", pw_2="b",
    pw_3="b", pw_5="b", e16_1="b", e16_2="b", e16_3="s", e16_4="c", e16_5="b", e16_6="c",
    e16_7="b", ef17_1="c", ef17_2="b", ef17_3="c", ef17_4="b", lg17_1="b", lg17_2="b",
    lg17_3="c", ncpi_1="c", p18_1="b", p18_2="b", p18_3="b", p18_4="b", p18_5="b", p18_6="b",
    cdi_1="b", cdi_2="c", p21_1="b", p21_2="b", p21_3="b", p21_4="b", p21_5="b", p21_6="b",
    p21_7="a", p21_8="b", p21_9="s", p23_1="a", p23_2="a", p23_3="a", p23_4="a", p23_5="a",
)
assert set(HM) == set(items)
SLUG = dict(a="awaiting-review", b="being-progressed", c="complete", s="superseded")

COMMENTS = dict(
    a=["New recommendation"],
    b=["The progress of the implementation of this recommendation is currently being monitored "
       "by HMICFRS and this record will, in due course, be updated.",
       "The status of this recommendation is currently being reviewed by HMIC and will be "
       "updated when this review is complete.", ""],
    c=["This recommendation is complete", "This recommendation is complete", ""],
    s=["This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
       "inspections. Where a cause of concern still exists this will appear in the register "
       "against these subsequent inspections."],
)

for k, it in items.items():
    st = HM[k]
    it["status"] = SLUG[st]
    if k == "cdi_2":
        it["comment"] = ("Authorised for closure on the basis of the additional observations "
                         "offered by members of the CDI inspection team in recent inspection "
                         "activity.")
    else:
        it["comment"] = rng.choice(COMMENTS[st])
    lo = it["pub"] + dt.timedelta(days=1 if st == "a" else 120)
    hi = max(lo + dt.timedelta(days=30), D(2024, 10, 31))
    it["sdate"] = lo + dt.timedelta(days=rng.randrange((hi - lo).days))
    if st == "a":
        it["sdate"] = it["pub"] + dt.timedelta(days=rng.randrange(1, 20))
    if st in "cs":   # the extract holds items closed in the last 12 months
        it["sdate"] = D(2023, 11, 6) + dt.timedelta(days=rng.randrange(0, 355))

# ------------------------------------------------------------------------------------------
# Write the HMICFRS list
# ------------------------------------------------------------------------------------------
OUT.mkdir(parents=True, exist_ok=True)
wb = Workbook()
ws = wb.active
ws.title = "Recommendations"
ws["A1"] = f"HMICFRS recommendations held against {FORCE}"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Extract date: 04/11/2024 (open items and items closed in the last 12 months)"
HDR = ["ID", "Force", "Report", "Published", "Theme", "Type", "Cause of concern",
       "Recommendation", "Status", "Status date", "Comment"]
ws.append([])
ws.append(HDR)
for c in ws[4]:
    c.font = Font(bold=True)
hrow: dict[str, str] = {}
for it in sorted(items.values(), key=lambda x: x["id"]):
    ws.append([it["id"], FORCE, it["report"], ordinal_date(it["pub"]), it["theme"], it["type"],
               it["coc"] or "", it["text"], it["status"], ordinal_date(it["sdate"]),
               it["comment"]])
    hrow[it["key"]] = f"Recommendations!{ws.max_row}"
for col, w in zip("ABCDEFGHIJK", [8, 22, 40, 18, 11, 20, 40, 80, 16, 18, 50]):
    ws.column_dimensions[col].width = w
for r in ws.iter_rows(min_row=5):
    for c in r:
        c.alignment = Alignment(wrap_text=True, vertical="top")
wb.save(OUT / "hmicfrs.xlsx")

# ------------------------------------------------------------------------------------------
# Force tracker plan
# ------------------------------------------------------------------------------------------
# % Complete representations: (value, number_format). Done = 100 % only.
DONE_REPS = [(1.0, "0%"), ("100%", None), (1.0, "0%"), ("100", None), (100, "General"),
             ("100%", None), (1, "0%")]
OPEN_REPS = [(0, "0%"), ("0%", None), (0.25, "0%"), ("25%", None), ("50", None), (0.5, "0%"),
             (0.75, "0%"), ("75%", None), (50, "General"), ("60%", None), (0.1, "0%"),
             ("40", None)]


def pct_number(v, fmt):
    """The % a person reads in the cell."""
    if v is None:
        return None
    if isinstance(v, str):
        return float(v.strip().rstrip("%"))
    return v * 100 if fmt and "%" in fmt else float(v)


def done_rep():
    return rng.choice(DONE_REPS)


def open_rep():
    return rng.choice(OPEN_REPS)


DONE_POS = ["Completed. Evidence submitted to HMICFRS for closure.",
            "Already complete / believed to be complete within short time scale (and within "
            "deadline).",
            "Pending sign off by the chief officer lead.",
            "The policy is now signed off and in place with an implementation date of the end "
            "of October.",
            "Completed. Evidence submitted to HMICFRS for closure."]
OPEN_POS = ["Work undertaken in area but still requires development to complete.",
            "Little work yet undertaken in this area. Unlikely to reach deadlines.",
            "A Task & Finish group has been set up and a full implementation/project plan, "
            "policy rewrite and communications plan is now completed.",
            "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
            "Addressed holistically as part of the force change programme.",
            "Ready to move to GREEN status.",
            "Allocated to the Force Crime Registrar. Progress sent to the OPCC on 2 November to "
            "inform the 56-day response.",
            "No deadline set by HMICFRS. December 2019 set to align with the next inspection.",
            "xxx", None]
POS_DATES = ["Nov 24 - ", "12/11/2024: ", "Update 18/11/24 - ", "", "Oct 24: ", ""]


def position(done: bool, pct=None) -> str | None:
    p = rng.choice(DONE_POS if done else OPEN_POS)
    while p and "GREEN" in p and (pct or 0) < 50:
        p = rng.choice(OPEN_POS)
    while p and "Little work" in p and (pct or 0) > 50:
        p = rng.choice(OPEN_POS)
    if p is None:
        return None
    return rng.choice(POS_DATES) + p


OWNERS = [o for o in T.LEADS if o] + [None]


def target(done: bool):
    r = rng.random()
    if r < 0.45:
        y = rng.choice([2023, 2024] if done else [2024, 2025, 2025])
        return dt.datetime(y, rng.choice([3, 6, 9, 12]), 30)
    if r < 0.65:
        return f"{rng.choice(['31/03/2025', '30/06/2025', '30/09/2024', '31/12/2024'])}"
    if r < 0.8:
        return rng.choice(["Mar-25", "Jun-25", "Dec-24", "Sept 2025"])
    if r < 0.9:
        return "No deadline set by HMICFRS"
    return "Complete" if done else "TBC"


def href(id_, fmt):
    return [f"HMICFRS {id_}", f"HMICFRS ref {id_}", f"{id_} (HMICFRS)", f"HMICFRS ID: {id_}"][fmt]


# Row plan per item: category, force rows [(text, pct(value, fmt) or 'D'/'O', extra)], why
# Each force row dict: item, text, pct, pos(optional), ref(optional), insp(optional)
PLAN: dict[str, dict] = {}


def P(key, cat, why, rows):
    PLAN[key] = dict(cat=cat, why=why, rows=rows)


def R(text, pct="O", **kw):
    d = dict(text=text, pct=pct)
    d.update(kw)
    return d


I = items  # shorthand
MISSING_WHY = "on the HMICFRS list ({st}); no row in the force tracker on any sheet"

# ---- national items ----
P("sas13_1", "in_sync", "HMICFRS complete; force 100% on the Closed items sheet",
  [R(retype(I["sas13_1"]["text"], "v"), "D", sheet="closed")])
P("sas13_2", "closeable_local", "HMICFRS complete; force still 75% (open)",
  [R(retype(I["sas13_2"]["text"], "a"), (0.75, "0%"))])
P("sas13_3", "in_sync", "HMICFRS complete; force 100% on the Closed items sheet (text "
  "names 'elected local policing bodies', the 2013 report, not the 2015 twin)",
  [R(retype(I["sas13_3"]["text"], "t"), "D", sheet="closed")])
P("everyone", "closeable_local", "HMICFRS superseded; force 90% - Green on the key (>75%) but "
  "not 100%, so still open on the force side",
  [R(retype(I["everyone"]["text"], "dq"), ("90%", None))])
P("aus_1", "in_sync", "HMICFRS complete; force 100 (typed as the number 100)",
  [R(retype(I["aus_1"]["text"], "a"), (100, "General"))])
P("aus_4", "missing_from_force", MISSING_WHY.format(st="being-progressed"), [])
P("core_1", "closeable_submit", "HMICFRS being-progressed; force 100% and moved to the Closed "
  "items sheet", [R(retype(I["core_1"]["text"], "v"), ("100%", None), sheet="closed")])
P("core_2", "closeable_local", "HMICFRS complete; force '50' (50%)",
  [R(retype(I["core_2"]["text"], "m"), ("50", None))])
P("integ", "conflict", "publication date differs: tracker says Integrity Matters published "
  "30/01/2016, HMICFRS list says 30th January 2015 (both sides otherwise closed/100%)",
  [R(retype(I["integ"]["text"], "q"), "D", insp="Integrity Matters (published 30/01/2016)")])
P("sas15", "missing_from_force", MISSING_WHY.format(st="being-progressed") + " (its 2013 twin "
  "'in consultation with elected local policing bodies' is tracked, on the Closed items sheet; "
  "this 2015 one says 'police and crime commissioners')", [])
P("picture", "missing_from_force", MISSING_WHY.format(st="being-progressed"), [])
P("fa_1", "in_sync", "both open: HMICFRS being-progressed, force 75%",
  [R(retype(I["fa_1"]["text"], "a"), (0.75, "0%"))])
P("fa_2", "closeable_submit", "HMICFRS being-progressed; force 100%",
  [R(retype(I["fa_2"]["text"], "v"), "D")])
P("fa_3", "missing_from_force", MISSING_WHY.format(st="being-progressed") + " (an internal "
  "audit row on firearms licensing governance is a different action)", [])
P("fa_4", "in_sync", "both open: HMICFRS being-progressed, force 50",
  [R(retype(I["fa_4"]["text"], "t"), ("50", None))])
P("fa_5", "closeable_submit", "HMICFRS being-progressed; force 100%",
  [R(retype(I["fa_5"]["text"], "m"), "D")])
lead, bl = bullets(I["sf_1"]["text"])
P("sf_1", "conflict", "split item: force tracks bullets 1, 2 and 4 of the leadership "
  "recommendation in three rows; bullet 3 (partnership arrangements to share information and "
  "safeguard victims) has no force row",
  [R(retype(lead + " " + bl[0], "a"), (0.5, "0%")),
   R(retype(bl[1], "a"), (1.0, "0%")),
   R(retype(bl[3], "a"), ("25%", None))])
P("sf_2", "conflict", "timescale differs: force text says 'Within twelve months', HMICFRS "
  "says 'Within six months'",
  [R("Within twelve months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence and in order to "
     "safeguard victims better and to identify suspects as early as possible", ("60%", None))])
P("sf_3", "missing_from_force", MISSING_WHY.format(st="being-progressed"), [])
P("sf_4", "closeable_submit", "HMICFRS being-progressed; force 100%",
  [R(retype(I["sf_4"]["text"], "a"), "D")])
P("sf_5", "in_sync", "both open: HMICFRS being-progressed, force 25%",
  [R(retype(I["sf_5"]["text"], "at"), (0.25, "0%"))])
P("sf_6", "closeable_local", "HMICFRS complete; force 90% (Green on the key, not complete)",
  [R(retype(I["sf_6"]["text"], "a"), (0.9, "0%"))])
P("sf_7", "in_sync", "both open: HMICFRS being-progressed, force 0%",
  [R(retype(I["sf_7"]["text"], "v"), (0, "0%"))])
P("efc17", "closeable_submit", "HMICFRS being-progressed; force 100% (text abridged to its "
  "first sentence)", [R(retype(I["efc17"]["text"], "fa"), "D")])
P("leg_coc", "in_sync", "both open: HMICFRS being-progressed, force 50%",
  [R("CoC - " + retype(I["leg_coc"]["text"], "a"), ("50", None))])
P("leg_1", "closeable_submit", "HMICFRS being-progressed; force 100%",
  [R(retype(I["leg_1"]["text"], "dA"), "D")])
P("leg_2", "in_sync", "both open: HMICFRS being-progressed, force 75%",
  [R(retype(I["leg_2"]["text"], "nq"), ("75%", None))])
P("leg_3", "closeable_local", "HMICFRS complete; force 75%",
  [R(retype(I["leg_3"]["text"], "v"), (0.75, "0%"))])
P("leg_4", "conflict", "deadline differs: force text says 'By July 2019', HMICFRS says "
  "'By July 2018'",
  [R(retype(I["leg_4"]["text"].replace("By July 2018", "By July 2019"), "a"), "D")])
P("pw_1", "in_sync", "both closed: HMICFRS complete, force 100%",
  [R(retype(I["pw_1"]["text"], "f"), "D")])
P("pw_2", "closeable_submit", "HMICFRS being-progressed; force 100%",
  [R(retype(I["pw_2"]["text"], "a"), "D")])
P("pw_3", "in_sync", "both open: HMICFRS being-progressed, force 50 (one row for all three "
  "parts of the BWV recommendation)",
  [R(retype(I["pw_3"]["text"], "n"), (50, "General"))])
P("pw_5", "in_sync", "both open: HMICFRS being-progressed, force 40",
  [R(retype(I["pw_5"]["text"], "v"), ("40", None))])

# ---- force-level items ----
P("e16_1", "in_sync", "both open: HMICFRS being-progressed, force 75%; tracker holds the "
  "cause of concern and the recommendation in one cell",
  [R("Cause of Concern: " + retype(T.CAUSES[0], "q") + "\nRecommendation: "
     + retype(I["e16_1"]["text"], "q"), (0.75, "0%"))])
lead2, bl2 = bullets(I["e16_2"]["text"])
P("e16_2", "in_sync", "split into three rows (one per bullet): two at 100%, one at 50%, so "
  "the item is open on the force side; HMICFRS being-progressed",
  [R(retype(lead2 + " " + bl2[0], "s"), (1.0, "0%")),
   R(retype(bl2[1], "a"), ("100%", None)),
   R(retype(bl2[2], "v"), ("50", None))])
P("e16_3", "closeable_local", "HMICFRS superseded; force 25%",
  [R(retype(I["e16_3"]["text"], "m"), (0.25, "0%"))])
P("e16_4", "in_sync", "both closed: HMICFRS complete, force 100% on Closed items sheet",
  [R(retype(I["e16_4"]["text"], "v"), "D", sheet="closed")])
P("e16_5", "closeable_submit", "HMICFRS being-progressed; force 100%",
  [R(retype(I["e16_5"]["text"], "aq"), "D")])
P("e16_6", "in_sync", "both closed: HMICFRS complete, force 100% on Closed items sheet",
  [R(retype(I["e16_6"]["text"], "a"), "D", sheet="closed")])
P("e16_7", "in_sync", "both open: HMICFRS being-progressed, force 10%",
  [R(retype(I["e16_7"]["text"], "a"), (0.1, "0%"))])
P("ef17_1", "closeable_local", "HMICFRS complete; force 80% (Green on the key, not 100%)",
  [R(retype(I["ef17_1"]["text"], "t"), (0.8, "0%"))])
P("ef17_2", "conflict", "report differs: tracker files it under PEEL Legitimacy 2017, HMICFRS "
  "list has it under PEEL: Police efficiency 2017 (force 100%, HMICFRS being-progressed)",
  [R(retype(I["ef17_2"]["text"], "v"), "D")])
P("ef17_3", "in_sync", "both closed: HMICFRS complete, force 100% on Closed items sheet",
  [R(retype(I["ef17_3"]["text"], "m"), "D", sheet="closed")])
P("ef17_4", "closeable_submit", "HMICFRS being-progressed; force 100%",
  [R(retype(I["ef17_4"]["text"], "f"), "D")])
P("lg17_1", "in_sync", "both open: HMICFRS being-progressed, force 0%",
  [R(retype(I["lg17_1"]["text"], "t"), ("0%", None))])
P("lg17_2", "closeable_submit", "HMICFRS being-progressed; force 100% (force-level "
  "twin of the national Integrity Matters text)",
  [R(retype(I["lg17_2"]["text"], "q"), "D")])
P("lg17_3", "closeable_local", "HMICFRS complete; force 50%",
  [R(retype(I["lg17_3"]["text"], "t"), (0.5, "0%"))])
P("ncpi_1", "closeable_local", "HMICFRS complete; force 75%",
  [R(retype(I["ncpi_1"]["text"], "dq"), ("75%", None))])
P("p18_1", "in_sync", "both open: HMICFRS being-progressed, force 25%",
  [R(retype(I["p18_1"]["text"], "s"), ("25%", None))])
P("p18_2", "conflict", "reference differs: tracker Ref No. says HMICFRS ref 9215, the list's "
  "ID for this text is 9251 (9215 is not on the list)",
  [R(retype(I["p18_2"]["text"], "s"), ("50", None), ref="HMICFRS ref 9215")])
P("p18_3", "conflict", "type differs: tracker labels it 'AFI', HMICFRS list has it as a "
  "Recommendation ('HMIC recommends that within six months the force should')",
  [R("AFI - " + retype(I["p18_3"]["text"], "s").replace("Within six months the force should: ",
                                                        "").rstrip(";")[:1].upper() + retype(I["p18_3"]["text"], "s").replace("Within six months the force should: ", "").rstrip(";")[1:],
     ("75%", None))])
P("p18_4", "closeable_submit", "HMICFRS being-progressed; force 100%",
  [R(retype(I["p18_4"]["text"], "sa"), "D")])
P("p18_5", "missing_from_force", MISSING_WHY.format(st="being-progressed"), [])
P("p18_6", "in_sync", "both open: HMICFRS being-progressed, force 50%",
  [R(retype(I["p18_6"]["text"], "v"), (0.5, "0%"))])
lead3, bl3 = bullets(I["cdi_1"]["text"])
P("cdi_1", "closeable_submit", "split into five rows, one per bullet, all 100%; HMICFRS "
  "being-progressed", [R(retype(lead3 + " " + bl3[0], "v"), (1.0, "0%"))]
  + [R(retype(b, "m" if j == 2 else "v"), rep)
     for j, (b, rep) in enumerate(zip(bl3[1:], [("100%", None), (1.0, "0%"), ("100", None),
                                                 ("100%", None)]), start=1)])
P("cdi_2", "in_sync", "both closed: HMICFRS complete (authorised for closure), force 100%",
  [R(retype(I["cdi_2"]["text"], "v"), "D")])
P("p21_1", "in_sync", "both open: HMICFRS being-progressed, force 60%",
  [R(retype(I["p21_1"]["text"], "v"), ("60%", None))])
P("p21_2", "closeable_submit", "HMICFRS being-progressed; force 100%",
  [R(retype(I["p21_2"]["text"], "u"), "D")])
P("p21_3", "in_sync", "both open: HMICFRS being-progressed, force 25%",
  [R(retype(I["p21_3"]["text"], "a"), (0.25, "0%"))])
P("p21_4", "in_sync", "both open: HMICFRS being-progressed, force 90% (Green, not complete)",
  [R(retype(I["p21_4"]["text"], "v"), ("90%", None))])
P("p21_5", "closeable_submit", "HMICFRS being-progressed; force 100%",
  [R(retype(I["p21_5"]["text"], "v"), "D")])
P("p21_6", "in_sync", "both open: HMICFRS being-progressed, force 50",
  [R(retype(I["p21_6"]["text"], "t"), (50, "General"))])
P("p21_7", "missing_from_force", MISSING_WHY.format(st="awaiting-review") + " (a VAWG item of "
  "the 2023/24 PEEL is tracked; this 2021/22 one is a different ask)", [])
P("p21_8", "in_sync", "both open: HMICFRS being-progressed, force 75%",
  [R(retype(I["p21_8"]["text"], "v"), (0.75, "0%"))])
P("p21_9", "closeable_local", "HMICFRS superseded; force 50%",
  [R(retype(I["p21_9"]["text"], "v"), ("50", None))])
P("p23_1", "in_sync", "both open: HMICFRS awaiting-review, force 0%",
  [R(retype(I["p23_1"]["text"], "v"), (0, "0%"))])
P("p23_2", "in_sync", "both open: HMICFRS awaiting-review, force 25%",
  [R(retype(I["p23_2"]["text"], "v"), ("25%", None))])
P("p23_3", "closeable_submit", "HMICFRS awaiting-review; force 100%",
  [R(retype(I["p23_3"]["text"], "a"), "D")])
P("p23_4", "missing_from_force", MISSING_WHY.format(st="awaiting-review"), [])
P("p23_5", "in_sync", "both open: HMICFRS awaiting-review; force % blank, position 'Awaiting "
  "allocation.'", [R(retype(I["p23_5"]["text"], "v"), (None, None),
                     pos="Nov 24 - Awaiting allocation.")])
assert set(PLAN) == set(items), set(items) ^ set(PLAN)

# not-on-list rows
NOL = {
    "N1": R(HO_NPCC_TEXT, (0, "0%"), pos="Not the force's responsibility to deliver; dependent "
            "upon another organisation.", why="Home Office / NPCC recommendation from the police "
            "powers spotlight: not held against the force on the HMICFRS list"),
    "N2": R("The force should " + body(3, AREA) + ".", ("100%", None),
            why="PEEL Efficiency 2016 item, closed by HMICFRS earlier and no longer on the list"),
    "N3": R("Force improvement plan: The force should " + body(21) + ".", (0.5, "0%"),
            why="the force's own improvement-plan action, not an HMICFRS item"),
    "N4": R("Local action: " + la(0, "stalking and harassment"), (0.25, "0%"),
            why="local action, not an HMICFRS item"),
    "N5": R("Force action - " + la(1, "domestic abuse"), ("75%", None),
            why="local action (training), not an HMICFRS item"),
    "N6": R(la(2, "residential burglary"), ("100%", None),
            why="local action with no prefix, not an HMICFRS item"),
    "N7": R(la(6, "fraud"), (0.5, "0%"), why="local action, not an HMICFRS item"),
    "N8": R("Internal audit action: " + la(8, "firearms licensing"), ("50", None),
            why="internal audit action (not the HMICFRS firearms governance recommendation)"),
    "N9": R("JAC action: " + la(9, "digital forensics"), (0, "0%"),
            why="Joint Audit Committee action, not an HMICFRS item"),
    "N10": R("Internal audit action: " + la(7, "missing children"), ("25%", None),
             why="internal audit action, not an HMICFRS item"),
}

# ------------------------------------------------------------------------------------------
# Layout of the main sheet: (heading, tracker inspection name, ref prefix, [item keys / N*],
# merge inspection cells?)
# ------------------------------------------------------------------------------------------
GROUPS = [
    ("Stop and search powers - HMIC 2013", "Stop & Search powers (HMIC 2013)", "SS13",
     ["sas13_2"], False),
    ("Everyone's Business: Improving the police response to domestic abuse (March 2014)",
     "Everyone's Business (DA) 2014", "DA14", ["everyone"], False),
    ("Policing in Austerity - Meeting the Challenge (July 2014)", "Policing in Austerity 2014",
     "AUS", ["aus_1"], False),
    ("Core Business (September 2014)", "Core business", "CB", ["core_2"], False),
    ("Integrity Matters", "Integrity Matters 2015", "IM", ["integ"], False),
    ("Targeting the Risk: firearms licensing (September 2015)",
     "Firearms licensing 2015", "FL", ["fa_1", "fa_2", "fa_4", "fa_5"], True),
    ("PEEL: Effectiveness 2016 - published March 2017", "PEEL Effectiveness 2016", "E16",
     ["e16_1", "e16_2", "e16_3", "e16_5", "e16_7"], False),
    ("PEEL Efficiency 2016", "PEEL Efficiency 2016", "EF16", ["N2"], False),
    ("Stolen Freedom: the policing response to Modern Slavery & Human Trafficking - published "
     "24 October 2017", "Stolen Freedom (MSHT) 2017", "MSHT",
     ["sf_1", "sf_2", "sf_4", "sf_5", "sf_6", "sf_7"], True),
    ("PEEL Efficiency 2017 - national", "PEEL Efficiency 17 (all forces)", "EFN", ["efc17"],
     False),
    ("PEEL: Efficiency 2017 (Cheshire)", "PEEL Eff 17", "EF17", ["ef17_1", "ef17_4"], False),
    ("PEEL: Legitimacy 2017 (Cheshire)", "PEEL Legit 17", "LG17",
     ["lg17_1", "lg17_2", "lg17_3", "ef17_2"], True),
    ("PEEL Legitimacy 2017 - national (stop and search)", "PEEL Legit 17 S&S", "SSN",
     ["leg_coc", "leg_1", "leg_2", "leg_3", "leg_4"], False),
    ("National Child Protection Inspection 2018", "NCPI 2018", "NCPI", ["ncpi_1"], False),
    ("PEEL 2018/19 - published May 2019", "PEEL 2018/19", "P18",
     ["p18_1", "p18_2", "p18_3", "p18_4", "p18_6"], False),
    ("Crime Data Integrity inspection 2019", "CDI 2019", "CDI", ["cdi_1", "cdi_2"], True),
    ("Disproportionate use of police powers - spotlight on stop and search and use of force "
     "(Feb 2021)", "Police powers spotlight (Feb 21)", "PWR",
     ["pw_1", "pw_2", "pw_3", "N1", "pw_5"], False),
    ("PEEL 2021/22 - published May 2022", "PEEL 2021/22", "P21",
     ["p21_1", "p21_2", "p21_3", "p21_4", "p21_5", "p21_6", "p21_8", "p21_9"], True),
    ("PEEL Assessment 2023/24", "PEEL 2023-25", "P23", ["p23_1", "p23_2", "p23_3", "p23_5"],
     False),
    ("Local actions and other improvement activity (not HMICFRS)", "Local", "LA",
     ["N3", "N4", "N5", "N6", "N7", "N8", "N9", "N10"], False),
]
CLOSED = ["sas13_1", "sas13_3", "core_1", "e16_4", "e16_6", "ef17_3"]
placed = [k for g in GROUPS for k in g[3]] + CLOSED
tracked = {k for k, p in PLAN.items() if p["rows"]}
assert set(placed) == tracked | set(NOL), (set(placed) ^ (tracked | set(NOL)))
for k in CLOSED:
    assert all(r.get("sheet") == "closed" for r in PLAN[k]["rows"])

# rows that show the HMICFRS ID in Ref No.
HREF_KEYS = {"fa_2", "fa_4", "sf_2", "sf_4", "sf_6", "leg_1", "leg_3", "leg_4", "e16_2",
             "p18_1", "p18_4", "p18_6", "cdi_1", "cdi_2", "p21_2", "p21_4", "p21_6",
             "p21_8", "p23_2", "p23_3", "core_2", "everyone", "pw_2", "lg17_2", "e16_3",
             "sas13_3", "ef17_3"}

FILL = dict(red=PatternFill("solid", fgColor="FFC7CE"), amber=PatternFill("solid",
            fgColor="FFEB9C"), green=PatternFill("solid", fgColor="C6EFCE"),
            head=PatternFill("solid", fgColor="D9D9D9"), title=PatternFill("solid",
            fgColor="1F3864"))


def rag_fill(p):
    if p is None:
        return None
    return FILL["red"] if p <= 25 else FILL["amber"] if p <= 75 else FILL["green"]


COLS = ["Ref No.", "Inspection", "Recommendation/Area for Improvement", "Responsible Officer",
        "Target Date", "% Complete", "Latest Position (Nov 24)"]

wb = Workbook()
ws = wb.active
ws.title = "HMICFRS Tracker"
ws["A1"] = "Police and Crime Commissioner for Cheshire / Cheshire Constabulary"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "HMICFRS Recommendations and Areas for Improvement - Progress Tracker"
ws["A2"].font = Font(bold=True, size=12)
ws["A3"] = "Position as at 30 November 2024 - for the Joint Audit Committee, 12 December 2024"
ws["A4"] = "RAG: <=25% Red, 26-75% Amber, >75% Green; 100% = complete"
ws["A4"].font = Font(italic=True)
ws.append([])
ws.append(COLS)
for c in ws[6]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = FILL["title"]
    c.alignment = Alignment(wrap_text=True)

truth: list[tuple[str, str, str, str]] = []
force_rows_written: dict[str, list[str]] = {}
counter = {"done": 0, "open": 0}


def pct_of(spec, done_hint):
    if spec == "D":
        return done_rep()
    if spec == "O":
        return open_rep()
    return spec


def write_row(sheet, key, r, ref, insp, done_hint, extra_cols=()):
    v, fmt = pct_of(r["pct"], done_hint)
    p = pct_number(v, fmt)
    done = p is not None and p >= 100
    pos = r.get("pos") or position(done, p)
    owner = rng.choice(OWNERS)
    sheet.append([r.get("ref") or ref, insp, r["text"], owner, target(done), v, pos,
                  *extra_cols])
    row = sheet.max_row
    cell = sheet.cell(row=row, column=6)
    if fmt:
        cell.number_format = fmt
    f = rag_fill(p)
    if f:
        cell.fill = f
    tcell = sheet.cell(row=row, column=5)
    if isinstance(tcell.value, dt.datetime):
        tcell.number_format = "dd/mm/yyyy"
    for c in sheet[row]:
        c.alignment = Alignment(wrap_text=True, vertical="top")
    counter["done" if done else "open"] += 1
    force_rows_written.setdefault(key, []).append(f"{sheet.title}!{row}")
    return done


def item_done(key):
    return None  # computed after writing


row_done: dict[str, list[bool]] = {}
for heading, insp, prefix, keys, merge in GROUPS:
    ws.append([heading])
    hr = ws.max_row
    ws.merge_cells(start_row=hr, start_column=1, end_row=hr, end_column=7)
    ws.cell(row=hr, column=1).font = Font(bold=True)
    ws.cell(row=hr, column=1).fill = FILL["head"]
    first = ws.max_row + 1
    n = 0
    for key in keys:
        rows = PLAN[key]["rows"] if key in PLAN else [NOL[key]]
        for j, r in enumerate(rows):
            n += 1
            if key in HREF_KEYS:
                if j == 0:
                    hfmt = rng.randrange(4)
                ref = href(items[key]["id"], hfmt)
                if len(rows) > 1:
                    ref += f" ({'abcdefg'[j]})"
            else:
                ref = f"{prefix}/{n}" if len(rows) == 1 else f"{prefix}/{n - j}{'abcdefg'[j]}"
            ins = r.get("insp") or insp
            d = write_row(ws, key, r, ref, ins, None)
            row_done.setdefault(key, []).append(d)
    last = ws.max_row
    if merge and last > first:
        ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
    ws.append([])

ws.append(["Note: % complete is the responsible officer's own assessment. Items at 100% are "
           "proposed to HMICFRS for closure through the force liaison lead. Closed items are "
           "moved to the 'Closed items' sheet once signed off."])
ws.append([f"Total open items on this sheet: {counter['open']}   Complete (100%): "
           f"{counter['done']}"])
for col, w in zip("ABCDEFG", [16, 26, 90, 26, 16, 12, 60]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A7"

# ---- Closed items sheet ----
wc = wb.create_sheet("Closed items")
wc["A1"] = "Closed / completed HMICFRS items - retained for audit trail"
wc["A1"].font = Font(bold=True)
wc.append([])
wc.append(COLS + ["Date closed"])
for c in wc[3]:
    c.font = Font(bold=True)
CLOSED_INSP = dict(sas13_1="Stop & Search powers (HMIC 2013)",
                   sas13_3="Stop & Search powers (HMIC 2013)", core_1="Core business",
                   e16_4="PEEL Effectiveness 2016", e16_6="PEEL Effectiveness 2016",
                   ef17_3="PEEL Eff 17")
for n, key in enumerate(CLOSED, start=1):
    r = PLAN[key]["rows"][0]
    ref = href(items[key]["id"], 0) if key in HREF_KEYS else f"C/{n}"
    d = write_row(wc, key, r, ref, CLOSED_INSP[key], None,
                  extra_cols=(dt.datetime(2024, rng.choice([2, 5, 7, 9]), 15),))
    wc.cell(row=wc.max_row, column=8).number_format = "dd/mm/yyyy"
    row_done.setdefault(key, []).append(d)
for col, w in zip("ABCDEFGH", [16, 26, 90, 26, 16, 12, 60, 14]):
    wc.column_dimensions[col].width = w

# ---- Key sheet ----
wk = wb.create_sheet("Key")
wk.append(["Key"])
wk["A1"].font = Font(bold=True)
wk.append(["RAG", "% Complete", "Meaning"])
wk.append(["Red", "0-25%", "Little or no progress"])
wk.append(["Amber", "26-75%", "Work under way"])
wk.append(["Green", "76-99%", "Nearly complete"])
wk.append(["Complete", "100%", "Action complete - proposed to HMICFRS for closure"])
wk.append([])
wk.append(["RAG: <=25% Red, 26-75% Amber, >75% Green; 100% = complete"])
for r, f in [(3, "red"), (4, "amber"), (5, "green"), (6, "green")]:
    wk.cell(row=r, column=1).fill = FILL[f]
wb.save(OUT / "tracker.xlsx")

# ------------------------------------------------------------------------------------------
# Truth
# ------------------------------------------------------------------------------------------
HM_OPEN = {"a", "b"}
for key, it in sorted(items.items(), key=lambda kv: kv[1]["id"]):
    plan = PLAN[key]
    cat = plan["cat"]
    frows = force_rows_written.get(key, [])
    if cat == "missing_from_force":
        assert not frows
        truth.append((hrow[key], "", cat, plan["why"]))
        continue
    assert frows, key
    fdone = all(row_done[key])
    hopen = HM[key] in HM_OPEN
    derived = ("closeable_submit" if hopen and fdone else "closeable_local" if not hopen and
               not fdone else "in_sync")
    if cat != "conflict":
        assert derived == cat, (key, derived, cat, row_done[key])
    for fr in frows:
        truth.append((hrow[key], fr, cat, plan["why"]))
for key, r in NOL.items():
    for fr in force_rows_written[key]:
        truth.append(("", fr, "not_on_hmicfrs_list", r["why"]))

with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

from collections import Counter
print("items", len(items), "force rows", sum(len(v) for v in force_rows_written.values()),
      "truth lines", len(truth))
print(Counter(t[2] for t in truth))
