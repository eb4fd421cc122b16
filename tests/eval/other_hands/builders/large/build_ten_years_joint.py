"""Build the `ten_years_joint` case: ten years of a joint police / fire tracker against the
HMICFRS definitive list. Run: /work/main/.venv/bin/python build_ten_years_joint.py"""
from __future__ import annotations

import datetime as dt
import os
import random
import re
from collections import Counter, defaultdict

from rapidfuzz import fuzz
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from common import (abridge, body_by, cap, drop_stem, load_real, load_texts, retype,
                    straighten, truncate, write_truth)

SEED = 20241205
rng = random.Random(SEED)
T = load_texts()
REAL = load_real()
OUT = "/tmp/indep/large/ten_years_joint"
os.makedirs(OUT, exist_ok=True)

FORCE = "Northamptonshire Police"
AREA = "Northamptonshire"
NEIGH = "Leicestershire Police"
FRS = "Northamptonshire Fire and Rescue Service"
REC, AFI, COC, NAT = T["REC"], T["AFI"], T["COC"], T["NAT"]
AS_AT = dt.date(2025, 1, 31)

BODIES = [b.replace("{area}", AREA).replace("{neighbour}", NEIGH) for b in T["BODIES"]]
TOPICS = [t for t in T["TOPICS"] if t not in (
    "digital forensics", "people with mental ill health", "vulnerable adults", "firearms licensing",
    "counter-corruption", "repeat victims", "registered sex offenders")]
TB = T["TOPIC_BODIES"]


def B(key):
    return body_by(BODIES, key)


def TBk(key):
    return body_by(TB, key)


# ------------------------------------------------------------------ body pools per kind
EFF = [B(k) for k in ["capabilities and capacity", "approach to vulnerability",
                      "supervision of the quality and progress", "retrieve digital evidence",
                      "released under investigation", "increasing the use of arrest",
                      "high proportion of victims", "over the telephone",
                      "reports of missing children", "effective supervision of the initial risk",
                      "have in place active information-sharing", "criminal acts under compulsion",
                      "thoroughly investigated", "preventative powers",
                      "supervision of investigations, so that", "crime prevention or disruption",
                      "call-handlers with specific"]]
FIREARMS_B = [B(k) for k in ["governance of firearms licensing", "firearms licensing department",
                             "total expired", "temporary permits", "prior to police attendance"]]
EFC = [B(k) for k in ["skills project", "new operating model", "consult with the public",
                      "fuller understanding of current demand", "outcomes, outputs and costs",
                      "future workforce plan", "sufficient resources available in the control",
                      "digitally-enabled", "plans to deliver savings", "scope to deliver better",
                      "strategic oversight arrangements", "corporate risk register",
                      "support performance management are effective", "accurate data and analysis",
                      "agree arrangements with"]]
EFC_TB = [TBk(k) for k in ["enough specialist capacity", "performance framework",
                           "timeliness of its response", "informs its strategic assessment"]]
LEG = [B(k) for k in ["monitoring of the way officers stop", "unconscious bias",
                      "have effective communication skills", "communication skills are reinforced",
                      "internal monitoring processes on the use of force",
                      "record on body-worn video", "sample of body-worn video", "vetting clearance",
                      "no further action", "confidential way for staff",
                      "support available for those who have raised", "equality and diversity data",
                      "team cultures", "succession plans", "background checks",
                      "accessible information for all staff", "cautions, cannabis warning",
                      "explaining to the public the way stop and search"]]
CDI = [B(k) for k in ["at the point of report", "national crime recording standard",
                      "crime-recording and management system", "scrutinise audits of compliance",
                      "cautions, cannabis warning", "call-handlers with specific"]]
CDI_TB = [TBk("records reports of {t} accurately")]
NCPI = [B(k) for k in ["reports of missing children", "detention of children",
                       "have in place active information-sharing", "approach to vulnerability"]]
CHILD_TOPICS = ["child sexual exploitation", "missing children", "online child sexual abuse",
                "sexual offences against children", "county lines drug dealing", "youth violence",
                "honour-based abuse", "female genital mutilation", "forced marriage"]
NCPI_TB = [TBk(k) for k in ["works with partner organisations", "allocated to officers",
                            "training they need", "gathers, assesses and acts",
                            "records reports of {t} accurately", "enough specialist capacity"]]
CUSTODY = [B("detention of children")]
CUSTODY_TB = [(TBk("training they need"), t) for t in ["people with mental ill health",
                                                       "vulnerable adults", "youth violence"]] + \
             [(TBk("works with partner organisations"), "vulnerable adults")]


def fire_body(b):
    return (b.replace("levels of the force", "levels of the service")
            .replace("within the force", "within the service"))


FIRE = [
    "make sure its firefighters and fire control staff have good access to relevant and "
    "up-to-date risk information",                                         # real CSV row 17
    B("strategic oversight arrangements"), B("corporate risk register"),
    B("support performance management are effective"), B("accurate data and analysis"),
    "develop a clear prevention strategy targeting people most at risk and make sure activity "
    "undertaken prioritises people most at risk",                          # real CSV row 45
    B("team cultures"), fire_body(B("succession plans")), B("confidential way for staff"),
    B("support available for those who have raised"), B("equality and diversity data"),
    B("background checks"), B("accessible information for all staff"),
    B("sufficient resources available in the control"), B("future workforce plan"),
    B("fuller understanding of current demand"), B("outcomes, outputs and costs"),
    B("skills project"), B("consult with the public"),
]

CAUSES = [c.replace("{force}", FORCE).replace("{neighbour}", NEIGH) for c in T["CAUSES"]]
CAUSE_RECS = {  # cause index -> bodies of its recommendations
    0: [B("effective supervision of the initial risk"), B("over the telephone")],
    1: [B("reports of missing children")],
    2: [B("retrieve digital evidence"), B("released under investigation"),
        B("supervision of the quality and progress")],
    3: [B("increasing the use of arrest"), B("high proportion of victims")],
    4: [B("vetting clearance")],
    5: [B("new operating model"), B("agree arrangements with"), B("skills project")],
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    return dt.date(d.year + y, mo + 1, 1)


def fy(d):
    y = d.year if d.month >= 4 else d.year - 1
    return f"{y}-{str(y + 1)[2:]}"


# ------------------------------------------------------------------ the reports
# key, org, HMICFRS title, date, kind, n items, force shorthand, force date written
REPORTS = [
    ("everyone", "Police", None, dt.date(2014, 3, 27), "nat", 0,
     "Everyone's Business (DA) 2014", "Mar-14"),
    ("austerity", "Police", None, dt.date(2014, 7, 22), "nat", 0,
     "Policing in Austerity 2014", "Jul-14"),
    ("core", "Police", None, dt.date(2014, 9, 4), "nat", 0, "Core Business 2014", "Sep-14"),
    ("cdi14", "Police", "Crime data integrity inspection 2014", dt.date(2014, 11, 18), "cdi", 12,
     "Crime Data Integrity 2014", "Nov-14"),
    ("eff14", "Police", "PEEL: Police effectiveness 2014", dt.date(2014, 11, 27), "eff", 24,
     "PEEL Eff 14", "Nov-14"),
    ("leg14", "Police", "PEEL: Police legitimacy 2014", dt.date(2014, 11, 27), "leg", 14,
     "PEEL Legit 14", "Nov-14"),
    ("integrity", "Police", None, dt.date(2015, 1, 30), "nat", 0, "Integrity Matters 2015",
     "Jan-15"),
    ("sas15", "Police", None, dt.date(2015, 3, 24), "nat", 0, "Stop and Search 2 (2015)",
     "Mar-15"),
    ("ncpi15", "Police", "National child protection inspection 2015", dt.date(2015, 6, 11),
     "ncpi", 22, "NCPI (Jun 15)", "Jun-15"),
    ("picture", "Police", None, dt.date(2015, 7, 1), "nat", 0, "Building the Picture 2015",
     "Jul-15"),
    ("firearms", "Police", None, dt.date(2015, 9, 15), "nat", 0, "Firearms licensing 2015",
     "Sep-15"),
    ("efc15", "Police", "PEEL: Police efficiency 2015", dt.date(2015, 10, 20), "efc", 16,
     "PEEL: Efficiency (Oct 15)", "Oct-15"),
    ("leg15", "Police", "PEEL: Police legitimacy 2015", dt.date(2016, 2, 11), "leg", 18,
     "PEEL Legit 15", "Feb-16"),
    ("eff15", "Police", "PEEL: Police effectiveness 2015", dt.date(2016, 2, 25), "eff", 36,
     "PEEL Effectiveness 2015", "Feb-16"),
    ("custody16", "Police",
     "Report on an unannounced inspection visit to police custody suites 2016",
     dt.date(2016, 8, 23), "custody", 7, "Custody (HMIP) 2016", "Aug-16"),
    ("efc16", "Police", "PEEL: Police efficiency 2016", dt.date(2016, 11, 3), "efc", 16,
     "PEEL: Efficiency (Nov 16)", "Nov-16"),
    ("leg16", "Police", "PEEL: Police legitimacy 2016", dt.date(2016, 12, 8), "leg", 18,
     "PEEL Legit 16", "Dec-16"),
    ("eff16", "Police", "PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "eff", 38,
     "PEEL Eff 16", "Mar-17"),
    ("cdi17", "Police", "Crime data integrity inspection 2017", dt.date(2017, 8, 24), "cdi", 16,
     "CDI 2017", "Aug-17"),
    ("stolen", "Police", None, dt.date(2017, 10, 24), "nat", 0, "Stolen Freedom (MSHT) 2017",
     "Oct-17"),
    ("efc17", "Police", "PEEL: Police efficiency 2017", dt.date(2017, 11, 9), "efc", 16,
     "PEEL Efficiency 17", "Nov-17"),
    ("leg17", "Police", "PEEL: Police legitimacy 2017", dt.date(2017, 12, 12), "leg", 16,
     "PEEL Legit 17", "Dec-17"),
    ("eff17", "Police", "PEEL: Police effectiveness 2017", dt.date(2018, 3, 22), "eff", 38,
     "PEEL: Effectiveness (Mar 18)", "Mar-18"),
    ("ncpi18", "Police", "National child protection inspection 2018", dt.date(2018, 6, 28),
     "ncpi", 20, "Child protection inspection 2018", "Jun-18"),
    ("cdi19", "Police", "Crime data integrity inspection 2019", dt.date(2019, 1, 17), "cdi", 16,
     "Crime Data Integrity 2019", "Jan-19"),
    ("peel1819", "Police",
     "PEEL: Police effectiveness, efficiency and legitimacy 2018/19", dt.date(2019, 5, 2),
     "peel", 48, "PEEL 18/19", "May-19"),
    ("fire1", "Fire", f"{FRS}: Effectiveness, efficiency and people 2018/19",
     dt.date(2019, 6, 20), "fire", 17, "FRS Inspection 2018/19 (Round 1)", "Jun-19"),
    ("custody20", "Police",
     "Report on an unannounced inspection visit to police custody suites 2020",
     dt.date(2020, 10, 16), "custody", 6, "HMICFRS/HMIP custody 2020", "Oct-20"),
    ("powers", "Police", None, dt.date(2021, 2, 26), "nat", 0,
     "Police powers spotlight (Feb 21)", "Feb-21"),
    ("cdi21", "Police", "Crime data integrity inspection 2021", dt.date(2021, 9, 30), "cdi", 16,
     "CDI inspection 2021", "Sep-21"),
    ("peel2122", "Police",
     "PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 5, 13),
     "peel", 54, "PEEL 2021/22", "May-22"),
    ("fire2", "Fire", f"{FRS}: Effectiveness, efficiency and people 2021/22",
     dt.date(2022, 7, 15), "fire", 16, "FRS Round 2 (2021/22)", "Jul-22"),
    ("vc", "Fire", "Values and culture in fire and rescue services", dt.date(2023, 3, 30),
     "vc", 0, "Values & Culture (Mar 23)", "Mar-23"),
    ("peel2325", "Police",
     "PEEL 2023–25: An inspection of Northamptonshire Police", dt.date(2023, 12, 1), "peel", 54,
     "PEEL 2023-25", "Dec-23"),
    ("custody24", "Police",
     "Report on an unannounced inspection visit to police custody suites 2024",
     dt.date(2024, 6, 6), "custody", 6, "Custody inspection 2024", "Jun-24"),
    ("fire3", "Fire", f"{FRS}: Effectiveness, efficiency and people 2023–25",
     dt.date(2024, 9, 19), "fire", 16, "HMICFRS FRS Round 3 (2023-25)", "Sep-24"),
]
REP = {r[0]: dict(key=r[0], org=r[1], title=r[2], date=r[3], kind=r[4], n=round(r[5] * 1.21),
                  short=r[6],
                  fdate=r[7]) for r in REPORTS}
for k, v in T["NATIONAL"].items():
    if k in REP and REP[k]["kind"] == "nat":
        REP[k]["title"] = v[0]
        REP[k]["nat_items"] = v[2]
# national items folded into the force's PEEL reports of the same name (register practice)
FOLD = {"leg17": T["NATIONAL"]["leg17"][2], "efc17": T["NATIONAL"]["efc17"][2]}

# ------------------------------------------------------------------ generate HMICFRS items
items: list[dict] = []
family_texts: dict[str, list[tuple[str, str]]] = defaultdict(list)
FAMILY = {"eff": "eff", "efc": "efc", "leg": "leg", "peel": "peel", "cdi": "cdi",
          "ncpi": "ncpi", "custody": "custody", "fire": "fire"}
used_topic_pairs: set = set()
GLOBAL_TEXTS: Counter = Counter()


def stem_text(typ, body, d, org):
    deadline = add_months(d, rng.choice([6, 12]))
    dl = f"{MONTHS[deadline.month - 1]} {deadline.year}"
    if org == "Fire":
        if typ == AFI:
            tpl = rng.choice(["The service should {b}."] * 5 + [FRS + " should {b}."])
        else:
            tpl = rng.choice(["By {deadline}, the service should {b}.",
                              "Within six months, the service should {b}.",
                              "Within twelve months, the service should {b}."])
        return tpl.replace("{b}", body).replace("{deadline}", dl)
    stems = [s for t, s in T["STEMS"] if t == typ and "cause of concern" not in s]
    if d < dt.date(2017, 7, 1):
        stems = [s for s in stems if "HMICFRS" not in s]
    else:
        stems = [s for s in stems if "HMIC recommends" not in s]
    if body.startswith("immediately"):
        stems = [s for s in stems if "mmediately" not in s and "months" not in s
                 and "{deadline}" not in s] or ["The force should {b}."]
    tpl = rng.choice(stems)
    return (tpl.replace("{b}", body).replace("{deadline}", dl).replace("{force}", FORCE))


def topic_text(tb, topic):
    return tb.replace("{t}", topic)


def bk(t):
    t = re.sub(r"\s+", " ", t.lower())
    i = t.find("should")
    t = t[i + 6:] if i >= 0 else t
    t = re.sub(r"^[\s:]*(immediately[:,]?\s*)?", "", t)
    return t.replace("their", "its").replace("they", "it")[:70]


def gen_report_items(rep, preset=()):
    kind = rep["kind"]
    d = rep["date"]
    org = rep["org"]
    out: list[tuple[str, str]] = []
    texts = set()

    keys_used = {bk(t) for _, t in preset}

    def add(typ, text, body=None):
        if text in texts or GLOBAL_TEXTS[text] >= 3 or bk(text) in keys_used:
            return False
        keys_used.add(bk(text))
        GLOBAL_TEXTS[text] += 1
        texts.add(text)
        out.append((typ, text))
        return True

    n = rep["n"]
    # causes of concern blocks in some reports
    coc_plan = {"eff14": [0], "eff15": [1], "eff16": [3], "peel1819": [2, 5], "peel2122": [4]}
    for ci in coc_plan.get(rep["key"], []):
        add(COC, CAUSES[ci])
        for b in CAUSE_RECS[ci]:
            hm = "HMIC" if d < dt.date(2017, 7, 1) else "HMICFRS"
            add(REC, f"To address this cause of concern, {hm} recommends the force should "
                     f"immediately {b}.", b)
    if rep["key"] == "fire3":
        add(COC, "The service should make sure there are appropriate strategic oversight "
                 "arrangements in place to manage risks, performance and improvement plans "
                 "effectively.")
    fams = {"peel": ["eff", "efc", "leg", "peel"]}.get(kind, [FAMILY[kind]])
    guard = 0
    while len(out) < n and guard < 5000:
        guard += 1
        prior = [x for f in fams for x in family_texts[f]
                 if x[1] not in texts and GLOBAL_TEXTS[x[1]] < 3
                 and not re.search(r"\b(19|20)\d\d\b", x[1])]
        if prior and rng.random() < 0.2:
            typ, text = rng.choice(prior)
            add(typ, text)
            continue
        r = rng.random()
        if kind == "fire":
            typ = AFI if r < 0.88 else REC
            fb = rng.choice(FIRE)
            add(typ, stem_text(typ, fb, d, org), fb)
            continue
        typ = AFI if r < 0.74 else REC
        if kind in ("cdi", "ncpi", "custody"):
            typ = REC if r < 0.6 else AFI
        pool_b, pool_tb, topics = [], [], TOPICS
        if kind == "eff":
            pool_b = EFF + (FIREARMS_B if d > dt.date(2015, 9, 1) else [])
            pool_tb = TB
        elif kind == "efc":
            pool_b, pool_tb = EFC, EFC_TB
        elif kind == "leg":
            pool_b = LEG
            pool_tb = [TBk("gathers, assesses and acts")]
            topics = ["counter-corruption"]
        elif kind == "cdi":
            pool_b, pool_tb = CDI, CDI_TB
        elif kind == "ncpi":
            pool_b, pool_tb, topics = NCPI, NCPI_TB, CHILD_TOPICS
        elif kind == "custody":
            if rng.random() < 0.35:
                add(typ, stem_text(typ, CUSTODY[0], d, org), CUSTODY[0])
            else:
                tb, t = rng.choice(CUSTODY_TB)
                add(typ, stem_text(typ, topic_text(tb, t), d, org), topic_text(tb, t))
            continue
        elif kind == "peel":
            pool_b = EFF + EFC + LEG + FIREARMS_B[:2]
            pool_tb = TB
        if pool_tb and rng.random() < (0.62 if kind in ("eff", "peel") else 0.35):
            tb = rng.choice(pool_tb)
            t = rng.choice(topics)
            add(typ, stem_text(typ, topic_text(tb, t), d, org), topic_text(tb, t))
        else:
            b = rng.choice(pool_b)
            add(typ, stem_text(typ, b, d, org), b)
    for x in out:
        if x[0] != COC:
            family_texts[FAMILY.get(kind, kind)].append(x)
    return out


vc_rows = {33, 34, 35, 36, 37, 38, 40, 42, 43}
real_text = {i: r["text"] for i, r in enumerate(REAL)}
for key in [r[0] for r in REPORTS]:
    rep = REP[key]
    if rep["kind"] == "nat":
        its = list(rep["nat_items"])
        if key == "powers":
            its = [x for x in its if not x[1].startswith("The Home Office and the NPCC")]
    elif rep["kind"] == "vc":
        its = [(NAT, real_text[i]) for i in sorted(vc_rows)]
    else:
        its = gen_report_items(rep, FOLD.get(key, ()))
        if key in FOLD:
            its = list(FOLD[key]) + its
    rep["items"] = []
    for typ, text in its:
        it = dict(org=rep["org"], rkey=key, title=rep["title"], date=rep["date"], type=typ,
                  text=text)
        items.append(it)
        rep["items"].append(it)

# ------------------------------------------------------------------ register refs, statuses
ref_cursor = 1180
for key in [r[0] for r in REPORTS]:
    rep = REP[key]
    months = (rep["date"].year - 2014) * 12 + rep["date"].month
    ref_cursor = max(ref_cursor + rng.randint(40, 300), 1000 + months * 165)
    for it in rep["items"]:
        it["ref"] = ref_cursor
        ref_cursor += rng.choice([1, 1, 1, 1, 2, 3])
ALL_REFS = {it["ref"] for it in items}
assert len(ALL_REFS) == len(items)

P_CLOSED = {2014: .93, 2015: .9, 2016: .86, 2017: .78, 2018: .66, 2019: .55, 2020: .45,
            2021: .38, 2022: .22, 2023: .08, 2024: .02}
C_SUPERSEDED = ("This area of activity has subsequently been inspected in HMIC's PEEL "
                "Effectiveness inspections. Where a cause of concern still exists this will "
                "appear in the register against these subsequent inspections.")
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members "
          "of the inspection team in recent inspection activity.")
C_MON = ("The progress of the implementation of this recommendation is currently being monitored "
         "by HMICFRS and this record will, in due course, be updated.")
C_REVIEW = ("The status of this recommendation is currently being reviewed by HMIC and will be "
            "updated when this review is complete.")
for it in items:
    y = it["date"].year
    closed = rng.random() < P_CLOSED[y]
    it["h_closed"] = closed
    if closed:
        sup = it["rkey"].startswith(("eff1", "efc1", "leg1", "peel1819")) and rng.random() < 0.35
        it["status"] = "Superseded" if sup else "Complete"
        it["comment"] = C_SUPERSEDED if sup else rng.choice(
            [C_AUTH, "This recommendation is complete", "", ""])
        span = max(60, (AS_AT - it["date"]).days - 30)
        it["status_date"] = min(AS_AT - dt.timedelta(days=5), it["date"] + dt.timedelta(days=rng.randint(min(120, span - 10), span)))
    else:
        recent = (AS_AT - it["date"]).days < 400
        it["status"] = "Awaiting review" if (recent and rng.random() < 0.6) else "Being progressed"
        it["comment"] = rng.choice([C_MON, C_REVIEW, "", ""]) if not recent else rng.choice(
            ["New recommendation", "", C_MON])
        it["status_date"] = it["date"] + dt.timedelta(days=rng.randint(10, 90))
        if it["status_date"] > AS_AT:
            it["status_date"] = AS_AT

# ------------------------------------------------------------------ force-side plan
norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()
text_count = Counter(norm(it["text"]) for it in items)


def body_key(t):
    t = norm(straighten(t))
    i = t.find("should")
    return t[i + 6:].strip(" :")[:80] if i >= 0 else t[:80]


def unique(it):
    return text_count[norm(it["text"])] == 1


def parts_of(text):
    """How a force splits an item into one row per bullet / sentence."""
    if "•" in text:
        chunks = [c.strip() for c in text.split("•")]
        head, bullets = chunks[0], [c for c in chunks[1:] if c]
        bullets = [re.sub(r"(;\s*and|;|\s+and)\s*(\d+)?$", "", b).strip() for b in bullets]
        bullets = [re.sub(r"\s*\d+$", "", b) for b in bullets]
        if head.endswith("This action plan should be developed:"):
            pass
        return [head + " " + bullets[0]] + bullets[1:]
    if text.count("\n") >= 2:
        return [p.strip() for p in text.split("\n") if p.strip()]
    sents = re.split(r"(?<=[a-z)])\. (?=[A-Z])", text)
    if len(sents) >= 2 and len(text) > 170 and min(len(x) for x in sents[1:]) >= 60:
        return [s.strip().rstrip(".") + "." for s in sents]
    if text.count("; that ") >= 1 or text.count("; and that") >= 1:
        ps = re.split(r"; (?:and )?that ", text)
        return [ps[0]] + ["that " + p for p in ps[1:]]
    return None


for it in items:
    it["plan"] = "single"
    it["conflict"] = None
    it["rows"] = []
    it["parts"] = parts_of(it["text"])

# merged pairs: a cause of concern and its first recommendation; some adjacent AFIs
merged_pairs = []
for key in ["eff15", "peel1819", "peel2122"]:
    its = REP[key]["items"]
    for i, it in enumerate(its):
        if it["type"] == COC:
            merged_pairs.append((it, its[i + 1]))
            break
for key, n in [("fire1", 1), ("fire2", 1), ("peel2325", 2), ("efc16", 1), ("eff17", 1)]:
    its = [x for x in REP[key]["items"] if x["type"] == AFI and not x["parts"]]
    k = 0
    for a, b in zip(its, its[1:]):
        if k >= n:
            break
        if a.get("merged") or b.get("merged"):
            continue
        if len(a["text"]) + len(b["text"]) < 300 and unique(a) and unique(b):
            merged_pairs.append((a, b))
            a["merged"] = b["merged"] = True
            k += 1
for a, b in merged_pairs:
    a["plan"] = b["plan"] = "merged"
    a["partner"], b["partner"] = b, a
    a["merge_first"] = True

# splits
for it in items:
    if it["plan"] != "single" or not it["parts"]:
        continue
    p = 0.85 if "•" in it["text"] or it["text"].count("\n") >= 2 else 0.6
    if rng.random() < p:
        it["plan"] = "split"

# missing from force
cands = [it for it in items if it["plan"] in ("single", "split")]
missing = rng.sample(cands, 44)
for it in missing:
    it["plan"] = "missing"
# make sure a few missing items are copies whose twin in another report is tracked
twins = [it for it in items if it["plan"] == "single" and not unique(it)
         and it["date"].year >= 2016]
for it in rng.sample(twins, 6):
    it["plan"] = "missing"

# force done?
P_SUBMIT = lambda it: 0.05 if it["date"] >= dt.date(2024, 1, 1) else 0.24
for it in items:
    if it["plan"] == "missing":
        continue
    it["f_done"] = (rng.random() < 0.88) if it["h_closed"] else (rng.random() < P_SUBMIT(it))
for a, b in merged_pairs:
    b["f_done"] = a["f_done"]

# conflicts
TIMESCALE_SWAPS = [("Within six months", "Within twelve months"),
                   ("within six months", "within twelve months"),
                   ("Within three months", "Within six months"),
                   ("Within twelve months", "Within six months"),
                   ("By September 2018", "By September 2019"),
                   ("By 1 June 2023", "By 1 October 2023"),
                   ("By July 2021", "By July 2022")]


def layout_of(d):
    s = fy(d) if d >= dt.date(2014, 4, 1) else "2014-15"
    if s in ("2014-15", "2015-16", "2016-17"):
        return "A"
    if s in ("2017-18", "2018-19", "2019-20", "2020-21"):
        return "B"
    return "C"


def report_sibs(it):
    rep = REP[it["rkey"]]
    sibs = [r for r in REP.values() if r["kind"] == rep["kind"] and r["key"] != rep["key"]
            and r["org"] == "Police"]
    sibs = [r for r in sibs if body_key(it["text"]) not in
            {body_key(x["text"]) for x in r["items"]}]
    sibs.sort(key=lambda r: abs((r["date"] - rep["date"]).days))
    return sibs


singles = [it for it in items if it["plan"] == "single"]
rng.shuffle(singles)
want = {"type": 8, "timescale": 6, "ref": 6, "date": 5, "report": 5}
got = Counter()
for it in singles:
    if it["conflict"]:
        continue
    if got["timescale"] < want["timescale"] and unique(it):
        for a, b in TIMESCALE_SWAPS:
            if it["text"].startswith(a) or it["text"].startswith("HMIC recommends that " + a.lower()):
                it["conflict"] = ("timescale", a, b)
                got["timescale"] += 1
                break
        if it["conflict"]:
            continue
    if got["type"] < want["type"] and it["type"] in (AFI, REC, COC) and unique(it):
        it["conflict"] = ("type",)
        got["type"] += 1
        continue
    if got["date"] < want["date"] and layout_of(it["date"]) in "BC" and unique(it) \
            and it["rkey"] not in ("vc",):
        it["conflict"] = ("date",)
        got["date"] += 1
        continue
    if got["report"] < want["report"] and unique(it) and it["org"] == "Police" \
            and REP[it["rkey"]]["kind"] in ("eff", "efc", "leg", "cdi", "peel", "ncpi") \
            and report_sibs(it):
        it["conflict"] = ("report",)
        got["report"] += 1
        continue
    if got["ref"] < want["ref"] and unique(it):
        it["conflict"] = ("ref",)
        got["ref"] += 1
        continue
splits = [it for it in items if it["plan"] == "split" and len(it["parts"]) >= 3]
for it in rng.sample(splits, 5):
    it["conflict"] = ("bullet", rng.randrange(1, len(it["parts"])))
print("conflicts", got, "+ bullet 5")

# which report does a 'report' conflict get filed under: a sibling of the same kind
for it in items:
    if it["conflict"] and it["conflict"][0] == "report":
        it["file_under"] = report_sibs(it)[0]["key"]

# ------------------------------------------------------------------ force row texts
ABBR, MISS = T["ABBREVIATIONS"], T["MISSPELLINGS"]


def drift(text, it, mode=None):
    who = "Service" if it["org"] == "Fire" else "Force"
    if mode is None:
        mode = rng.choices(["verbatim", "stem", "retype", "trunc", "abridge"],
                           [30, 20, 22, 16, 12])[0]
    if mode == "verbatim":
        s = text
    elif mode == "stem":
        s = drop_stem(text, rng)
    elif mode == "retype":
        s = retype(text, rng, ABBR, MISS)
    elif mode == "trunc":
        s = truncate(straighten(text) if rng.random() < .5 else text, rng)
    else:
        s = abridge(text, rng, who)
    if it["org"] == "Fire" and rng.random() < 0.3:
        s = s.replace("The service should", "The Service Should")
    return s, mode


def light(text):
    return retype(text, rng, ABBR[-3:], {}) if rng.random() < 0.4 else text


# ------------------------------------------------------------------ tracker rows per sheet
LEADS = [x for x in T["LEADS"] if x]
FIRE_LEADS = ["ACFO Service Delivery", "Area Manager Prevention", "Group Manager Protection",
              "Head of HR (NFRS)", "DCFO", "Station Manager Fire Control",
              "Head of Performance & Risk (Enabling Services)"]
DONE_UPD = ["Completed. Evidence submitted to HMICFRS for closure.",
            "Already complete / believed to be complete within short time scale (and within "
            "deadline).",
            "Addressed holistically as part of the force change programme.",
            "The policy is now signed off and in place with an implementation date of the end of "
            "October.",
            "A Task & Finish group has been set up and a full implementation/project plan, policy "
            "rewrite and communications plan is now completed."]
OPEN_UPD = ["Work undertaken in area but still requires development to complete.",
            "Little work yet undertaken in this area. Unlikely to reach deadlines.",
            "Allocated to the Force Crime Registrar. Progress sent to the OPCC on 2 November to "
            "inform the 56-day response.",
            "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
            "No deadline set by HMICFRS. December 2019 set to align with the next inspection.",
            "Ready to move to GREEN status.", "Awaiting allocation.", "xxx", None]

STATUS_WORDS = {
    "A": dict(done=["Complete", "Complete", "Closed", "Completed"],
              open=["Open", "In progress", "Ongoing", "Not started"]),
    "B": dict(done=["GREEN", "GREEN", "Green", "Pending sign off"],
              open=["AMBER", "AMBER", "Amber", "RED"]),
    "C": dict(done=["Complete", "Complete", "complete", "pending sign off"],
              open=["Open - Actions on going on track", "Open - Actions on going on track",
                    "Open - Actions on going off track", "In progress", "In Progress"]),
}
TYPE_WORDS = {
    "A": {AFI: ["AFI"], REC: ["Rec", "Recommendation"], COC: ["CoC"], NAT: ["Nat Rec", "Rec"]},
    "B": {AFI: ["AFI", "Area for Improvement"], REC: ["Recommendation"], COC: ["Cause of Concern"],
          NAT: ["National Recommendation", "Recommendation"]},
    "C": {AFI: ["Area for improvement", "AFI"], REC: ["Recommendation"],
          COC: ["Cause for concern", "Cause of concern"], NAT: ["National recommendation",
                                                               "Recommendation"]},
}
WRONG_TYPE = {AFI: {"A": "Rec", "B": "Recommendation", "C": "Recommendation"},
              REC: {"A": "AFI", "B": "AFI", "C": "Area for improvement"},
              COC: {"A": "Rec", "B": "Recommendation", "C": "Area for improvement"}}


def status_word(lay, done, it):
    w = STATUS_WORDS[lay]
    if done:
        if lay == "B" and it and it.get("status") == "Superseded" and rng.random() < 0.5:
            return "GREY"
        if lay == "C" and it and it.get("status") == "Superseded" and rng.random() < 0.4:
            return "Superseded"
        return rng.choice(w["done"])
    return rng.choice(w["open"])


def upd(done, d0, fire=False):
    when = d0 + dt.timedelta(days=rng.randint(40, 700))
    if when > AS_AT:
        when = AS_AT - dt.timedelta(days=rng.randint(3, 60))
    u = rng.choice(DONE_UPD if done else OPEN_UPD)
    if fire and u:
        if "Crime Registrar" in u or "Vulnerability" in u:
            u = "Included in the Service's Community Risk Management Plan action plan."
        u = u.replace("force change programme", "service change programme")
    if u is None:
        return None, when
    style = rng.random()
    if style < 0.5:
        u = f"{when:%d/%m/%Y} - {u}"
    elif style < 0.7:
        u = f"{when:%b %y}: {u}"
    return u, when


def ref_str(ref, era):
    r = rng.random()
    pre = "HMIC" if era == "A" else "HMICFRS"
    if r < 0.55:
        return str(ref)
    if r < 0.8:
        return f"{pre} {ref}"
    return f"Ref {ref}"


def wrong_ref(ref):
    s = str(ref)
    for _ in range(50):
        i = rng.randrange(len(s) - 1)
        t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if t != s and int(t) not in ALL_REFS:
            return int(t)
    return ref + 7000


def _n(s):
    return re.sub(r"\s+", " ", re.sub(r"[()–…]", " ", straighten(str(s)).lower())).strip()


def ambiguous(txt, it, siblings):
    """True when a person could not tell from the text which item of the report it is."""
    own = fuzz.partial_ratio(_n(txt), _n(it["text"]))
    for o in siblings:
        if o is it:
            continue
        if fuzz.partial_ratio(_n(txt), _n(o["text"])) >= own - 3:
            return True
    return False


# rows planned per report block: dict with text, it(s), etc.
blocks: dict[str, list[dict]] = defaultdict(list)   # report key -> rows
row_id = 0


def new_row(**kw):
    global row_id
    row_id += 1
    kw["rid"] = row_id
    return kw


for key in [r[0] for r in REPORTS]:
    rep = REP[key]
    for it in rep["items"]:
        plan = it["plan"]
        if plan == "missing":
            continue
        lay = layout_of(rep["date"])
        c = it["conflict"]
        if plan == "merged":
            if not it.get("merge_first"):
                continue
            a, b = it, it["partner"]
            if a["type"] == COC:
                ta, tb = drift(a["text"], a, rng.choice(["verbatim", "trunc"]))[0], \
                    drift(b["text"], b, "stem")[0]
                txt = f"Cause of concern: {ta}\nRecommendation: {tb}"
            else:
                txt = drift(a["text"], a, "verbatim")[0].rstrip(".") + "; and " + \
                    drop_stem(b["text"], rng)[0].lower() + drop_stem(b["text"], rng)[1:]
            blocks[key].append(new_row(items=[a, b], text=txt, done=a["f_done"],
                                       kind="merged"))
            continue
        if plan == "split":
            parts = list(it["parts"])
            drop = c[1] if c and c[0] == "bullet" else None
            # part status: all done if item done, else at least one open
            n = len(parts)
            if it["f_done"]:
                pdone = [True] * n
            else:
                pdone = [rng.random() < 0.5 for _ in range(n)]
                keep = [i for i in range(n) if i != drop]
                if all(pdone[i] for i in keep):
                    pdone[rng.choice(keep)] = False
            for i, p in enumerate(parts):
                if i == drop:
                    continue
                mode = rng.choice(["verbatim", "verbatim", "retype", "stem"]) if i == 0 else \
                    rng.choice(["verbatim", "retype"])
                txt, _ = drift(p, it, mode)
                if i > 0 and rng.random() < 0.5:
                    txt = f"({'abcdefgh'[i]}) " + txt
                blocks[key].append(new_row(items=[it], text=txt, done=pdone[i], kind="part",
                                           part=i))
            continue
        # single
        if c and c[0] == "timescale":
            txt = it["text"].replace(c[1], c[2], 1) if it["text"].startswith(c[1]) else \
                it["text"].replace(c[1].lower(), c[2].lower(), 1)
            txt = light(txt)
        elif c:
            txt = light(it["text"]) if rng.random() < .6 else drop_stem(it["text"], rng)
        else:
            txt = drift(it["text"], it)[0]
            if ambiguous(txt, it, rep["items"]):
                txt = drift(it["text"], it, rng.choice(["verbatim", "retype", "stem"]))[0]
                if ambiguous(txt, it, rep["items"]):
                    txt = it["text"]
            if it["rkey"] == "vc" and it["text"].startswith("By 1 June 2023, chief fire officers "
                                                            "should assure"):
                txt = real_text[41]          # the FRS tracker's own variant wording
        target = it.get("file_under", key)
        blocks[target].append(new_row(items=[it], text=txt, done=it["f_done"], kind="single"))

# not-on-list rows -------------------------------------------------------------
# HMIC 2013 stop and search (before the list starts), the Home Office/NPCC item and the
# National Employer item (not the force's), local / internal audit / JAC actions, and rows
# copied from an earlier year's report that HMICFRS never listed under that report.
local_blocks: list[tuple[str, str, list[dict]]] = []
sas13 = [t for _, t in T["NATIONAL"]["sas13"][2]]
blocks["sas13"] = [new_row(items=[], text=drift(t, {"org": "Police"},
                                                rng.choice(["verbatim", "trunc"]))[0],
                           done=True, kind="local", why="HMIC 2013 stop and search report: "
                           "published before the list starts (2014); not on the HMICFRS list")
                   for t in sas13]
REP["sas13"] = dict(key="sas13", org="Police", title=T["NATIONAL"]["sas13"][0],
                    date=dt.date(2013, 7, 9), kind="nat", short="Stop & Search powers (HMIC 2013)",
                    fdate="Jul-13", items=[])
ho = [t for _, t in T["NATIONAL"]["powers"][2] if t.startswith("The Home Office")][0]
blocks["powers"].append(new_row(items=[], text=ho, done=True, kind="local", white=True,
                                why="Directed at the Home Office and NPCC; not on the force's "
                                    "HMICFRS list (WHITE = not the force's to deliver)"))
blocks["vc"].append(new_row(items=[], text=real_text[39], done=True, kind="local",
                            why="Values and culture recommendation directed at National Employer"
                                ", LGA and NFCC; not on the service's HMICFRS list"))
topics_local = rng.sample(TOPICS, 24)
LA = T["LOCAL_ACTIONS"]
prefixes = T["LOCAL_PREFIXES"]
host_reports = ["eff15", "eff16", "leg16", "eff17", "cdi17", "peel1819", "cdi19", "peel2122",
                "peel2122", "peel2325", "fire2", "fire3"]
for i, host in enumerate(host_reports):
    t = topics_local[i]
    las = [a for a in LA if "2023/24" not in a or REP[host]["date"].year >= 2023]
    txt = rng.choice(prefixes) + rng.choice(las).replace("{t}", t)
    if REP[host]["org"] == "Fire":
        txt = "Service action - " + rng.choice(
            ["Refresh the risk information policy and publish it on the intranet with a "
             "communications plan",
             "Add prevention activity measures to the monthly Service Performance pack"])
    blocks[host].append(new_row(items=[], text=txt, done=rng.random() < .6, kind="local",
                                why="The force's own action under this report; not an HMICFRS "
                                    "item"))
# internal audit / JAC block rows, in their own report blocks
IA = [("ia19", "Internal Audit – Victims' Code compliance (2019/20)", dt.date(2019, 11, 1),
       "Police"),
      ("jac22", "JAC actions 2022", dt.date(2022, 6, 1), "Police"),
      ("ia24", "Internal Audit 2023/24 – governance", dt.date(2024, 2, 1), "Police")]
for k, title, d, org in IA:
    REP[k] = dict(key=k, org=org, title=title, date=d, kind="local", short=title,
                  fdate=f"{d:%b-%y}", items=[])
    for j in range(4):
        t = topics_local[12 + len(blocks[k]) + 4 * IA.index((k, title, d, org))]
        txt = rng.choice(["Internal audit action: ", "JAC action: ", "Force improvement plan: ",
                          ""]) + rng.choice([a for a in LA if "2023/24" not in a
                                             or d.year >= 2023]).replace("{t}", t)
        blocks[k].append(new_row(items=[], text=txt, done=rng.random() < .5, kind="local",
                                 why="Internal audit / JAC action; not an HMICFRS item"))
# rows under an earlier report with text that HMICFRS lists only under a later report
copy_src = [it for it in items if not unique(it) and it["plan"] == "single"
            and not it["conflict"] and it["org"] == "Police"
            and all(o["plan"] != "missing" for o in items if body_key(o["text"]) ==
                    body_key(it["text"]))]
ghost_n = 0
for it in rng.sample(copy_src, 40):
    rep = REP[it["rkey"]]
    sibs = [r for r in REP.values() if r.get("kind") == rep["kind"] and r["key"] != rep["key"]
            and r["org"] == "Police" and r.get("items")
            and body_key(it["text"]) not in {body_key(x["text"]) for x in r["items"]}]
    if not sibs:
        continue
    host = rng.choice(sibs)
    blocks[host["key"]].append(new_row(items=[], text=drift(it["text"], it, "verbatim")[0],
                                       done=rng.random() < .7, kind="local",
                                       gtype=it["type"],
                                       why=f"Same wording as HMICFRS {it['ref']} "
                                           f"({rep['title']}) but filed under "
                                           f"{host['title']}: HMICFRS lists no such item under "
                                           f"this report"))
    ghost_n += 1
    if ghost_n >= 4:
        break

# ------------------------------------------------------------------ write HMICFRS workbook
truth = []
hwb = Workbook()
hwb.remove(hwb.active)
HFILL = PatternFill("solid", fgColor="1F3864")
for sheet, org, name in [("Police", "Police", FORCE), ("Fire", "Fire", FRS)]:
    ws = hwb.create_sheet(sheet)
    ws["A1"] = f"HMICFRS definitive list of recommendations and areas for improvement – {name}"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = f"As at {AS_AT.day} {MONTHS[AS_AT.month - 1]} {AS_AT.year}. Includes items from " \
               f"reports published since 1 January 2014."
    hdr = ["Reference", "Report title", "Publication date", "Type",
           "Recommendation / area for improvement", "Status", "Status date", "HMICFRS comment"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HFILL
    r = 5
    for it in sorted([x for x in items if x["org"] == org], key=lambda x: (x["date"], x["ref"])):
        vals = [it["ref"], it["title"], it["date"], it["type"], it["text"], it["status"],
                it["status_date"], it["comment"] or None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
            if j == 5:
                c.alignment = Alignment(wrap_text=True, vertical="top")
        it["hrow"] = f"{sheet}!{r}"
        r += 1
    for j, w in enumerate([11, 55, 14, 22, 90, 16, 13, 50], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A5"
nt = hwb.create_sheet("Notes")
for i, line in enumerate([
    "Notes",
    "This list is provided to support the force's and service's reconciliation ahead of the "
    "Joint Independent Audit Committee.",
    "Status values: Awaiting review; Being progressed; Complete; Superseded.",
    "Please return any queries to your Force Liaison Lead / Service Liaison Lead."], 1):
    nt.cell(row=i, column=1, value=line)
hwb.save(os.path.join(OUT, "hmicfrs.xlsx"))

# ------------------------------------------------------------------ write tracker workbook
twb = Workbook()
twb.remove(twb.active)
RAGFILL = {"GREEN": "00B050", "AMBER": "FFC000", "RED": "FF0000", "GREY": "BFBFBF",
           "WHITE": "FFFFFF", "Pending sign off": "92D050"}
HEADFILL = PatternFill("solid", fgColor="D9D9D9")
BOLD = Font(bold=True)

# Summary and Key sheets (no items)
sm = twb.create_sheet("Summary")
ky = twb.create_sheet("Key")
ky["A1"] = "RAG key"
ky["A1"].font = BOLD
for i, (k, v) in enumerate([
        ("GREEN", "The recommendation is implemented"),
        ("AMBER", "Subject to ongoing work and monitoring but is anticipated will be implemented"),
        ("RED", "Beyond designated deadline or cannot / will not be implemented (rationale "
                "required)"),
        ("WHITE", "Not our responsibility to deliver or is dependent upon another organisation"),
        ("GREY", "Superseded by a later inspection"),
        ("Pending sign off", "Evidence with chief officer lead for sign off before submission to "
                             "HMICFRS")], 3):
    ky.cell(row=i, column=1, value=k).fill = PatternFill("solid", fgColor=RAGFILL.get(k, "FFFFFF"))
    ky.cell(row=i, column=2, value=v)
ky["A10"] = "From 2021-22 the tracker uses the status wording of the joint Improvement Plan " \
            "(Open - Actions on going on track / off track; Complete; pending sign off)."
ky.column_dimensions["A"].width = 20
ky.column_dimensions["B"].width = 90

SHEETS = ["2014-15", "2015-16", "2016-17", "2017-18", "2018-19", "2019-20", "2020-21", "2021-22",
          "2022-23", "2023-24", "2024-25"]
sheet_reports: dict[str, list[str]] = defaultdict(list)
for k, rep in REP.items():
    if k in blocks or rep.get("items"):
        s = fy(rep["date"]) if rep["date"] >= dt.date(2014, 4, 1) else "2014-15"
        sheet_reports[s].append(k)
for s in sheet_reports:
    sheet_reports[s].sort(key=lambda k: (REP[k]["date"], k))

force_truth_rows = []  # (row dict, provenance)
summary_counts = {}
ABBR_KEY = {}
for s in SHEETS:
    lay = "A" if s in ("2014-15", "2015-16", "2016-17") else (
        "B" if s in ("2017-18", "2018-19", "2019-20", "2020-21") else "C")
    ws = twb.create_sheet(s)
    joint = s >= "2019-20"
    org_title = (f"{FORCE} & {FRS}" if joint else FORCE)
    insp = "HMIC" if lay == "A" else "HMICFRS"
    ws["A1"] = f"{org_title} – {insp} Recommendations / AFI Tracker {s}"
    ws["A1"].font = Font(bold=True, size=14)
    if lay == "A":
        ws["A2"] = "Strategic Development – Organisational Learning. Closed items reviewed at " \
                   "Force Assurance Board."
        hdr = ["No.", "HMIC Ref", "Rec / AFI", "Recommendation", "Lead", "Status",
               "Progress update", "Date closed", "Service"]
        hrow = 4
    elif lay == "B":
        ws["A2"] = f"Sheet: {s} | Maintained by OPFCC Assurance Team | RAG key on 'Key' tab"
        hdr = ["Service", "Report", "Published", "Ref No.", "HMICFRS Ref", "Type",
               "Recommendation / Area for Improvement", "Lead Officer", "RAG", "Update",
               "Update date"]
        hrow = 4
    else:
        ws["A2"] = f"As at {AS_AT:%d/%m/%Y}"
        ws["A3"] = "Joint Police & Fire HMICFRS Improvement Plan – items for JIAC"
        hdr = ["#", "Service", "Inspection / Report", "Date", "HMICFRS ref", "Category",
               "Recommendation / AFI", "Owner", "Status", "Progress update", "Last updated"]
        hrow = 5
    col = {h: j + 1 for j, h in enumerate(hdr)}
    for h, j in col.items():
        c = ws.cell(row=hrow, column=j, value=h)
        c.font = BOLD
        c.fill = HEADFILL
    r = hrow + 1
    running = 0
    n_items = n_done = 0
    for k in sheet_reports.get(s, []):
        rep = REP[k]
        rows = blocks.get(k, [])
        if not rows:
            continue
        # light shuffle inside a block: swap a few neighbours, keep split parts together
        groups, cur = [], []
        for row in rows:
            if row["kind"] == "part" and row["part"] > 0 and cur:
                cur.append(row)
            else:
                if cur:
                    groups.append(cur)
                cur = [row]
        if cur:
            groups.append(cur)
        for _ in range(len(groups) // 5):
            i = rng.randrange(len(groups) - 1) if len(groups) > 1 else 0
            if len(groups) > 1:
                groups[i], groups[i + 1] = groups[i + 1], groups[i]
        rows = [x for g in groups for x in g]
        rep_abbr = re.sub(r"[^A-Z0-9]", "", rep["short"].upper())[:6]
        org = rep["org"]
        if lay == "A":
            hd = rng.choice([f"{rep['short']} – published {rep['date']:%d/%m/%Y}",
                             f"{rep['short']} ({rep['fdate']})",
                             f"{rep['short']} - {rep['fdate']}"])
            if k in ("sas13",):
                hd = f"{rep['short']} – carried forward from 2013-14 tracker"
            ws.cell(row=r, column=1, value=hd).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
            r += 1
        merge_start = r
        num = 0
        for row in rows:
            its = row["items"]
            it = its[0] if its else None
            done = row["done"]
            if row["kind"] != "part" or row["part"] == 0:
                num += 1
                sub = 0
            else:
                sub += 1
            if sub == 0:
                running += 1
            # type word
            tw = None
            if it:
                tw = rng.choice(TYPE_WORDS[lay][it["type"]])
                if it["conflict"] and it["conflict"][0] == "type":
                    tw = WRONG_TYPE[it["type"]][lay]
                    it["wrong_type"] = tw
                if row["kind"] == "merged" and it["type"] == COC:
                    tw = {"A": "CoC / Rec", "B": "Cause of Concern", "C": "Cause of concern"}[lay]
            else:
                tw = {"A": "Action", "B": "Action", "C": "Local action"}[lay]
                if k in ("sas13",):
                    tw = TYPE_WORDS[lay][NAT][0]
                if row.get("white"):
                    tw = TYPE_WORDS[lay][NAT][0]
                if row.get("gtype"):
                    tw = TYPE_WORDS[lay][row["gtype"]][0]
            # ref
            rs = None
            quote = rng.random() < 0.42
            if it and row["kind"] == "merged":
                if quote:
                    rs = f"HMICFRS {its[0]['ref']} & {its[1]['ref']}" if lay != "A" else \
                        f"{its[0]['ref']}/{its[1]['ref']}"
            elif it:
                if it["conflict"] and it["conflict"][0] == "ref":
                    rs = ref_str(wrong_ref(it["ref"]), lay)
                    it["wrong_ref"] = rs
                elif quote:
                    rs = ref_str(it["ref"], lay)
            text = row["text"]
            if lay == "A" and rs and rng.random() < 0.35 and not it["conflict"]:
                # older sheets sometimes carry the ref inside the text instead of the column
                if rs.isdigit():
                    rs = rng.choice(["HMIC ", "Ref "]) + rs
                text = (f"{rs} – " + text) if rng.random() < .5 else (text + f" ({rs})")
                rs = None
            if it and it["conflict"] and it["conflict"][0] == "ref" and rs is None:
                rs = it["wrong_ref"]
            # status
            if row.get("white"):
                sw = {"A": "Closed", "B": "WHITE", "C": "Complete"}[lay]
            else:
                sw = status_word(lay, done, it)
                if it and lay == "B" and done and it["type"] == NAT and rng.random() < 0.1:
                    sw = "WHITE"
            u, when = upd(done, rep["date"], org == "Fire")
            if row.get("white"):
                u = "Not the force's responsibility to deliver; dependent upon another " \
                    "organisation."
            owner = rng.choice(FIRE_LEADS if org == "Fire" else LEADS)
            # date written
            d_written = rep["fdate"]
            rep_written = rep["short"]
            if it and it.get("file_under"):
                pass  # written under the host block: host report and date
            if it and it["conflict"] and it["conflict"][0] == "date":
                wrong = add_months(rep["date"], rng.choice([-12, 12, -2, 3]))
                d_written = f"{wrong:%b-%y}"
                it["wrong_date"] = d_written
            # write by layout
            if lay == "A":
                vals = {"No.": f"{num}" if sub == 0 else f"{num}{'abcdefgh'[sub]}",
                        "HMIC Ref": rs, "Rec / AFI": tw, "Recommendation": text,
                        "Lead": owner, "Status": sw, "Progress update": u,
                        "Date closed": (when if done and rng.random() < .7 else None),
                        "Service": "Police"}
            elif lay == "B":
                pub = d_written
                if s == "2017-18":
                    pub = dt.datetime.strptime(d_written, "%b-%y").date()
                elif s == "2019-20":
                    pub = dt.datetime.strptime(d_written, "%b-%y").strftime("%m/%Y")
                vals = {"Service": org, "Report": rep_written, "Published": pub,
                        "Ref No.": f"{rep_abbr}/{num:02d}" + ("" if sub == 0 else
                                                              'abcdefgh'[sub]),
                        "HMICFRS Ref": rs, "Type": tw,
                        "Recommendation / Area for Improvement": text, "Lead Officer": owner,
                        "RAG": sw, "Update": u, "Update date": when}
            else:
                dwr = d_written
                if s in ("2022-23", "2024-25"):
                    dwr = dt.datetime.strptime(d_written, "%b-%y").strftime("%m/%Y")
                vals = {"#": f"{running}" if sub == 0 else f"{running}.{sub + 1}",
                        "Service": org, "Inspection / Report": rep_written, "Date": dwr,
                        "HMICFRS ref": rs, "Category": tw, "Recommendation / AFI": text,
                        "Owner": owner, "Status": sw, "Progress update": u,
                        "Last updated": when.strftime("%d/%m/%Y")}
            for h, v in vals.items():
                c = ws.cell(row=r, column=col[h], value=v)
                if isinstance(v, (dt.date, dt.datetime)):
                    c.number_format = "mmm-yy" if h == "Published" else "dd/mm/yyyy"
                if h in ("Recommendation", "Recommendation / Area for Improvement",
                         "Recommendation / AFI", "Progress update", "Update"):
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                if h == "RAG" and v in RAGFILL:
                    c.fill = PatternFill("solid", fgColor=RAGFILL[v])
            row["prov"] = f"{s}!{r}"
            row["status_word"] = sw
            force_truth_rows.append(row)
            n_items += 1
            n_done += bool(done)
            r += 1
        if lay == "B" and s == "2017-18" and r - merge_start > 1 and not any(
                x["items"] and x["items"][0]["conflict"] and x["items"][0]["conflict"][0] == "date"
                for x in rows):
            # report name and published date typed once per block, cells merged down
            for h in ("Report", "Published"):
                ws.merge_cells(start_row=merge_start, start_column=col[h], end_row=r - 1,
                               end_column=col[h])
                ws.cell(row=merge_start, column=col[h]).alignment = Alignment(vertical="top")
        r += 1  # blank separator row
    # notes / totals under the table
    if lay == "C":
        ws.cell(row=r, column=1, value=f"Total items: {n_items}").font = BOLD
        ws.cell(row=r, column=9, value=f"Complete: {n_done}")
        r += 2
    if s == "2016-17":
        ws.cell(row=r, column=1, value="Note: PEEL Effectiveness AFIs superseded by PEEL 2017 are "
                                       "marked Closed once HMICFRS confirm.")
    if s == "2019-20":
        ws.cell(row=r, column=1, value="NB Fire items added from June 2019 following transfer of "
                                       "governance to the PFCC (Jan 2019).")
    summary_counts[s] = (n_items, n_done)
    widths = {"Recommendation": 80, "Recommendation / Area for Improvement": 80,
              "Recommendation / AFI": 80, "Progress update": 50, "Update": 50, "Report": 28,
              "Inspection / Report": 28, "Lead": 22, "Lead Officer": 22, "Owner": 22,
              "Status": 26, "RAG": 14}
    for h, j in col.items():
        ws.column_dimensions[get_column_letter(j)].width = widths.get(h, 12)
    ws.freeze_panes = ws.cell(row=hrow + 1, column=1)

sm["A1"] = "HMICFRS recommendations tracker – summary"
sm["A1"].font = Font(bold=True, size=14)
for j, h in enumerate(["Year", "Items", "Complete / closed", "Open"], 1):
    sm.cell(row=3, column=j, value=h).font = BOLD
for i, s in enumerate(SHEETS, 4):
    n, d_ = summary_counts[s]
    sm.cell(row=i, column=1, value=s)
    sm.cell(row=i, column=2, value=n)
    sm.cell(row=i, column=3, value=d_)
    sm.cell(row=i, column=4, value=n - d_)
sm.cell(row=4 + len(SHEETS), column=1, value="Total").font = BOLD
sm.cell(row=4 + len(SHEETS), column=2, value=f"=SUM(B4:B{3 + len(SHEETS)})")
twb.save(os.path.join(OUT, "tracker.xlsx"))

# ------------------------------------------------------------------ truth
FD = lambda it: it["f_done"]


def base_cat(it, done):
    if it["h_closed"]:
        return "in_sync" if done else "closeable_local"
    return "closeable_submit" if done else "in_sync"


def status_why(it, done, sw):
    return f"HMICFRS '{it['status']}', force '{sw}'"


rows_by_item = defaultdict(list)
for row in force_truth_rows:
    for it in row["items"]:
        rows_by_item[id(it)].append(row)

lines = []
for it in sorted(items, key=lambda x: (x["org"] != "Police", x["date"], x["ref"])):
    rws = rows_by_item.get(id(it), [])
    if not rws:
        lines.append((it["hrow"], "", "missing_from_force",
                      f"HMICFRS {it['ref']} ({it['title']}) is not in the tracker"))
        continue
    c = it["conflict"]
    if it["plan"] == "split":
        done = all(r["done"] for r in rws)
        words = "/".join(r["status_word"] for r in rws)
        if c:
            cat = "conflict"
            why = (f"Force split the item into {len(rws)} rows but has no row for bullet "
                   f"{c[1] + 1} of {len(it['parts'])}")
        else:
            cat = base_cat(it, done)
            why = (f"Split into {len(rws)} rows (one per bullet/sentence); HMICFRS "
                   f"'{it['status']}', force parts '{words}'")
        for r_ in rws:
            lines.append((it["hrow"], r_["prov"], cat, why))
        continue
    r_ = rws[0]
    done = r_["done"]
    if c:
        kind = c[0]
        if kind == "type":
            why = f"Type differs: HMICFRS '{it['type']}', force records '{it['wrong_type']}'"
        elif kind == "timescale":
            why = f"Timescale differs: HMICFRS text '{c[1]}…', force text '{c[2]}…'"
        elif kind == "ref":
            why = f"Reference differs: HMICFRS {it['ref']}, force quotes '{it['wrong_ref']}'"
        elif kind == "date":
            why = f"Publication date differs: report published {it['date']:%b-%y}, force " \
                  f"records '{it['wrong_date']}'"
        else:
            why = f"Report differs: HMICFRS lists it under '{it['title']}', force files it under " \
                  f"'{REP[it['file_under']]['short']}'"
        lines.append((it["hrow"], r_["prov"], "conflict", why))
        continue
    cat = base_cat(it, done)
    why = status_why(it, done, r_["status_word"])
    if it["plan"] == "merged":
        why += "; one force row tracks this and HMICFRS " + str(it["partner"]["ref"])
    if not unique(it):
        why += "; same wording appears under other reports - report/date tell it apart"
    lines.append((it["hrow"], r_["prov"], cat, why))

for row in force_truth_rows:
    if not row["items"]:
        lines.append(("", row["prov"], "not_on_hmicfrs_list", row["why"]))

write_truth(os.path.join(OUT, "truth.csv"), lines)

# ------------------------------------------------------------------ report sizes
cat = Counter(l[2] for l in lines)
print("HMICFRS items", len(items), "police", sum(i["org"] == "Police" for i in items),
      "fire", sum(i["org"] == "Fire" for i in items))
print("force item rows", len(force_truth_rows))
print("truth lines", len(lines), dict(cat))
print("items with a copy elsewhere", sum(1 for i in items if not unique(i)))
print("split items", sum(1 for i in items if i["plan"] == "split"),
      "merged pairs", len(merged_pairs))
quoted = sum(1 for r in force_truth_rows if r["items"])
print("sheets", SHEETS)
