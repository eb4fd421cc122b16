"""Build case open_and_archive_sheets (see README.md in the case folder).

Run: /work/main/.venv/bin/python /tmp/indep5/arch/build_open_and_archive.py
Writes only under /tmp/indep5/arch/open_and_archive_sheets/.
"""
from __future__ import annotations

import csv
import datetime as dt
import os
import random
import sys

import xlsxwriter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common_text import (  # noqa: E402
    BODIES, CAUSES, CDI_VICTIMS_BODY, EVERYONE_PLAN, FIREARMS, LOCAL_ACTIONS, NATIONAL, SF_LEADERSHIP,
    TAILS, abbreviate, first_sentence, lower_first, misspell, plain_punct, stem, strip_stem, topic,
    truncate,
)

SEED = 20250314
rnd = random.Random(SEED)
OUT = "/tmp/indep5/arch/open_and_archive_sheets"
os.makedirs(OUT, exist_ok=True)

FORCE = "Staffordshire Police"
AREA = "Staffordshire"
NEIGH = "West Midlands Police"

D = dt.date
REC, AFI, COC, NAT = "Recommendation", "Area for Improvement", "Cause of Concern", "National Recommendation"

# ----------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, tracker label)
REPORTS = {}
for k, (title, (y, m, d), _items) in NATIONAL.items():
    REPORTS[k] = (title, D(y, m, d))
TRK_NAME = {
    "sas13": "Stop & Search powers (HMIC 2013)", "everyone": "Domestic abuse - Everyone's business",
    "austerity": "Policing in Austerity 2014", "core": "Core business", "integrity": "Integrity Matters 2015",
    "sas15": "Stop & search powers 2", "picture": "Building the Picture 2015",
    "firearms": "Firearms licensing 2015", "stolen": "Stolen Freedom (MSHT) 2017",
    "efc17": "PEEL Efficiency 17 (all forces)", "leg17": "PEEL Legit 17 S&S",
    "powers": "Police powers spotlight (Feb 21)",
    "eff16": "PEEL Eff 16", "peel18": "PEEL 2018/19", "cdi19": "CDI 2019", "ncpi18": "NCPI 2018",
    "cust22": "HMICFRS/HMIP custody 2022", "peel21": "PEEL 21/22", "peel23": "PEEL 2023-25",
}
REPORTS.update({
    "eff16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2)),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2)),
    "ncpi18": ("National child protection inspection 2018", D(2018, 6, 14)),
    "cdi19": ("Crime data integrity inspection 2019", D(2019, 9, 12)),
    "peel21": (f"PEEL 2021/22 – An inspection of {FORCE}", D(2022, 5, 20)),
    "cust22": ("Report on an unannounced inspection visit to police custody suites 2022", D(2022, 8, 16)),
    "peel23": (f"PEEL 2023–25 – An inspection of {FORCE}", D(2024, 5, 23)),
})

# ----------------------------------------------------------------------------------------------
# HMICFRS items.  key -> dict(report, type, text, status)
ITEMS: dict[str, dict] = {}


def H(key, rep, typ, text, status):
    assert key not in ITEMS, key
    ITEMS[key] = dict(key=key, report=rep, type=typ, text=text, status=status)


nat = {k: [t for _ty, t in v[2]] for k, v in NATIONAL.items()}
# national items (36)
H("sas13_1", "sas13", NAT, nat["sas13"][0], "Closed")
H("sas13_2", "sas13", NAT, nat["sas13"][1], "Closed")
H("sas13_3", "sas13", NAT, nat["sas13"][2], "Open")
H("every", "everyone", NAT, nat["everyone"][0], "Closed")
H("aus1", "austerity", NAT, nat["austerity"][0], "Superseded")
H("aus2", "austerity", NAT, nat["austerity"][1], "Superseded")
H("aus3", "austerity", NAT, nat["austerity"][2], "Superseded")
H("aus4", "austerity", NAT, nat["austerity"][3], "Open")
H("core1", "core", NAT, nat["core"][0], "Open")
H("core2", "core", NAT, nat["core"][1], "Closed")
H("integ", "integrity", NAT, nat["integrity"][0], "Open")
H("sas15", "sas15", NAT, nat["sas15"][0], "Closed")
H("pict", "picture", NAT, nat["picture"][0], "Open")
for i in range(5):
    H(f"fa{i+1}", "firearms", NAT, nat["firearms"][i], ["Closed", "Open", "Closed", "Open", "Open"][i])
for i in range(7):
    H(f"st{i+1}", "stolen", NAT, nat["stolen"][i],
      ["Open", "Open", "Open", "Closed", "Open", "Open", "Open"][i])
H("efc17", "efc17", NAT, nat["efc17"][0], "Open")
H("lg1", "leg17", COC, nat["leg17"][0], "Open")
for i in range(1, 5):
    H(f"lg{i+1}", "leg17", NAT, nat["leg17"][i], ["Open", "Closed", "Open", "Open"][i - 1])
for i in range(5):
    H(f"pw{i+1}", "powers", NAT, nat["powers"][i], ["Open", "Open", "Open", "Closed", "Open"][i])

# force-level items (54)
H("e1", "eff16", COC, CAUSES[0], "Closed")
H("e2", "eff16", REC, stem(12, BODIES[41], tail=TAILS[13]), "Closed")
H("e3", "eff16", REC, stem(7, BODIES[16]), "Superseded")
H("e4", "eff16", REC, stem(11, BODIES[17]), "Superseded")

H("p18_1", "peel18", REC, stem(3, BODIES[0]), "Closed")
H("p18_2", "peel18", REC, stem(3, BODIES[1]), "Open")
H("p18_3", "peel18", REC, stem(3, BODIES[2]), "Closed")
H("p18_4", "peel18", REC, stem(4, BODIES[3].format(area=AREA)), "Open")
H("p18_5", "peel18", REC, stem(4, BODIES[4]), "Open")
H("p18_6", "peel18", REC, stem(5, BODIES[5]), "Open")
H("p18_7", "peel18", REC, stem(5, BODIES[6]), "Open")
H("p18_8", "peel18", AFI, stem(0, BODIES[14]), "Closed")

H("cdi1", "cdi19", REC, stem(7, CDI_VICTIMS_BODY), "Open")
H("cdi2", "cdi19", REC, stem(6, BODIES[9]), "Open")
H("cdi3", "cdi19", AFI, stem(0, BODIES[58]), "Open")

H("n1", "ncpi18", COC, CAUSES[1], "Closed")
H("n2", "ncpi18", REC, stem(12, BODIES[19]), "Open")
H("n3", "ncpi18", AFI, stem(0, topic(2, "child sexual exploitation")), "Open")

H("cu1", "cust22", REC, stem(13, BODIES[35], force=FORCE), "Open")
H("cu2", "cust22", AFI, stem(0, BODIES[7]), "Closed")

Q = [  # PEEL 2021/22: (key, body, status)
    ("q1", topic(5, "hate crime"), "Superseded"),
    ("q2", topic(0, "domestic abuse"), "Open"),
    ("q3", topic(11, "people with mental ill health"), "Open"),
    ("q4", BODIES[15], "Open"),
    ("q5", BODIES[40], "Open"),
    ("q6", topic(12, "stalking and harassment"), "Open"),
    ("q7", topic(1, "rape and serious sexual offences"), "Closed"),
    ("q8", topic(14, "serious and organised crime"), "Open"),
    ("q9", topic(10, "neighbourhood crime"), "Open"),
    ("q10", BODIES[47], "Closed"),
    ("q11", topic(8, "violence against women and girls"), "Open"),
    ("q12", topic(3, "vulnerable adults"), "Open"),
    ("q13", topic(4, "anti-social behaviour"), "Open"),
    ("q14", BODIES[29], "Open"),
]
for k, b, s in Q:
    H(k, "peel21", AFI, stem(0, b), s)

H("r_coc", "peel23", COC, CAUSES[2], "Open")
H("r_c1", "peel23", REC, stem(7, BODIES[51]), "Open")
H("r_c2", "peel23", REC, stem(7, BODIES[24]), "Open")
R = [
    ("r1", topic(5, "hate crime")), ("r2", topic(3, "domestic abuse")),
    ("r3", topic(1, "violence against women and girls")), ("r4", topic(9, "county lines drug dealing")),
    ("r5", topic(12, "fraud")), ("r6", topic(6, "serious and organised crime")),
    ("r7", topic(4, "missing children")), ("r8", topic(13, "anti-social behaviour")),
    ("r9", topic(15, "knife crime")), ("r10", BODIES[26]), ("r11", BODIES[27]),
    ("r12", topic(7, "registered sex offenders")), ("r13", topic(10, "road harm")),
    ("r14", topic(0, "online child sexual abuse")), ("r15", topic(2, "modern slavery and human trafficking")),
    ("r16", BODIES[25]), ("r17", topic(11, "rural crime")),
]
for k, b in R:
    H(k, "peel23", AFI, stem(0, b), "Open")

assert len(ITEMS) == 90, len(ITEMS)
texts = [v["text"] for v in ITEMS.values()]
# q1 (PEEL 21/22, Superseded) and r1 (PEEL 2023-25, Open) repeat one AFI word for word on purpose.
assert len(set(texts)) == len(texts) - 1 and ITEMS["q1"]["text"] == ITEMS["r1"]["text"]

# References: plain integers, unique, rising with publication date (register style).
order = sorted(ITEMS, key=lambda k: (REPORTS[ITEMS[k]["report"]][1], list(ITEMS).index(k)))
pool = sorted(rnd.sample(range(2100, 14900), len(order)))
for k, r in zip(order, pool):
    ITEMS[k]["ref"] = r

# ----------------------------------------------------------------------------------------------
# Force rows.
ROWS: list[dict] = []  # each: sheet, key (None = not on list), status, text, type, report, ...


def F(sheet, key, status, text=None, *, style="auto", typ=None, report=None, pub=None, ref="auto",
      part=None, group=None, note=None, closed=None):
    it = ITEMS.get(key) if key else None
    ROWS.append(dict(sheet=sheet, key=key, status=status, text=text, style=style,
                     typ=typ, report=report, pub=pub, ref=ref, part=part, group=group, note=note,
                     closed=closed, item=it))


CONFLICT: dict[str, str] = {}

# national
F("Archive", "sas13_1", "Closed")
F("Archive", "sas13_2", "Closed")
F("Archive", "sas13_3", "Closed", note="Community scrutiny panel in place; S&S records published monthly.")
F("Live", "every", "Ongoing", text=first_sentence(EVERYONE_PLAN), style="v")
F("Archive", "aus1", "Closed")
F("Archive", "aus3", "Closed")
F("Archive", "aus4", "Closed", style="trunc")
F("Live", "core1", "Overdue")
F("Archive", "core2", "Closed")
F("Live", "integ", "Proposed for closure")
F("Live", "pict", "Open", style="trunc")
F("Archive", "fa1", "Closed")
F("Live", "fa2", "Ongoing", style="v",
  text=FIREARMS.replace("Within three months", "Within six months"))
CONFLICT["fa2"] = ("Timescale differs: HMICFRS text says 'Within three months', the tracker's text says "
                   "'Within six months' (same recommendation otherwise).")
F("Archive", "fa3", "Closed")
F("Archive", "fa4", "Closed")
# Stolen freedom leadership rec split into its four bullets: two archived, two still live.
sf_head = "Within 12 months, review MSHT leadership & governance to ensure that"
sf_bul = [b.strip().rstrip(";").rstrip(" and").rstrip(";").rstrip(".")
          for b in SF_LEADERSHIP.split("•")[1:]]
assert len(sf_bul) == 4
F("Archive", "st1", "Closed", text=f"{sf_head} (a) {abbreviate(sf_bul[0])}", style="v", part=1)
F("Live", "st1", "Ongoing", text=f"{sf_head} (b) {abbreviate(sf_bul[1])}", style="v", part=2)
F("Archive", "st1", "Closed", text=f"{sf_head} (c) {abbreviate(sf_bul[2])}", style="v", part=3)
F("Live", "st1", "Open", text=f"{sf_head} (d) {abbreviate(sf_bul[3])}", style="v", part=4)
F("Live", "st2", "Closed - evidence submitted",
  text=ITEMS["st2"]["text"].replace(" 86 ", " ") + ".", style="v")
F("Live", "st3", "Ongoing")
F("Live", "st4", "Ongoing")
F("Archive", "st5", "Closed", style="trunc")
F("Live", "st6", "Open")
F("Live", "efc17", "Proposed for closure", text=first_sentence(ITEMS["efc17"]["text"]), style="v")
F("Live", "lg1", "Open", typ="Recommendation", style="v")
CONFLICT["lg1"] = ("Type differs: HMICFRS lists it as a Cause of Concern, the tracker's Type column says "
                   "'Recommendation'.")
F("Live", "lg2", "Ongoing")
F("Live", "lg3", "Open")
F("Live", "lg4", "Closed - evidence submitted")
F("Live", "lg5", "Ongoing", ref="wrong", style="v")
F("Live", "pw1", "Ongoing")
F("Live", "pw2", "Overdue")
F("Archive", "pw3", "Closed", style="trunc")
F("Live", "pw4", "Open")
F("Live", "pw5", "Open", pub=D(2022, 2, 26), style="v")
CONFLICT["pw5"] = ("Publication date differs: HMICFRS 26/02/2021, tracker 26/02/2022 (same text, same "
                   "report).")

# force-level
F("Archive", "e1", "Closed")
F("Archive", "e2", "Closed")
F("Live", "e3", "Ongoing")
F("Archive", "p18_1", "Closed")
F("Archive", "p18_2", "Closed")
F("Archive", "p18_3", "Closed")
F("Live", "p18_4", "Ongoing")
F("Live", "p18_5", "Overdue")
F("Live", "p18_6", "Proposed for closure")
F("Live", "p18_7", "Ongoing", report="peel21", pub="May-22", style="s", group="peel21")
CONFLICT["p18_7"] = ("Report differs: HMICFRS has it under PEEL 2018/19 (published 02/05/2019); the "
                     "tracker files it under PEEL 21/22 (May-22).")
F("Live", "p18_8", "Open")
# CDI victims rec split into bullets; the fifth bullet (online reports triaged) has no row.
cdi_head = "Within 6 months put in place arrangements to ensure that"
cdi_bul = [b.strip().rstrip(";").removesuffix(" and").rstrip(";") for b in CDI_VICTIMS_BODY.split("•")[1:]]
assert len(cdi_bul) == 5
for j in range(4):
    F("Live", "cdi1", ["Ongoing", "Closed - evidence submitted", "Ongoing", "Open"][j],
      text=plain_punct(f"{cdi_head}: {cdi_bul[j]}"), style="v", part=j + 1)
CONFLICT["cdi1"] = ("Split item with a bullet missing: the tracker splits the CDI victims recommendation "
                    "into rows for bullets 1-4; bullet 5 (online reports of crime triaged at the point "
                    "of receipt) has no row.")
F("Live", "cdi2", "Open")
F("Archive", "n1", "Closed")
F("Archive", "n2", "Closed")
F("Live", "n3", "Ongoing")
F("Live", "cu1", "Ongoing")
F("Archive", "cu2", "Closed")
# PEEL 2021/22
F("Archive", "q1", "Closed", note="Superseded by PEEL 2023-25 AFI on hate crime - see Live.")
F("Live", "q2", "Ongoing")
F("Live", "q3", "Ongoing")
F("Archive", "q4", "Closed")
F("Live", "q5", "Overdue")
F("Live", "q6", "Open")
F("Archive", "q7", "Closed")
F("Archive", "q8", "Closed")
F("Live", "q8", "Closed", note="Signed off at FAB; moved to archive.")   # moved to Archive but never deleted
F("Live", "q9", "Open")
F("Live", "q10", "Ongoing")
F("Live", "q12", "Open", typ="CoC", style="s")
CONFLICT["q12"] = ("Type differs: HMICFRS lists it as an Area for Improvement, the tracker's Type column "
                   "says 'CoC' (cause of concern).")
F("Archive", "q13", "Closed")
F("Live", "q14", "Ongoing")
# PEEL 2023-25
F("Live", "r_coc", "Open")
F("Live", "r_c1", "Ongoing", style="v",
  text=ITEMS["r_c1"]["text"].replace("Within six months", "Within 12 months"))
CONFLICT["r_c1"] = ("Timescale differs: HMICFRS text says 'Within six months', the tracker's text says "
                    "'Within 12 months'.")
F("Live", "r_c2", "Ongoing")
for k, st in [("r1", "Ongoing"), ("r2", "Ongoing"), ("r3", "Ongoing"), ("r4", "Open"),
              ("r5", "Proposed for closure"), ("r6", "Ongoing"), ("r7", "Ongoing"),
              ("r8", "Closed - evidence submitted"), ("r9", "Open"), ("r10", "Ongoing"),
              ("r11", "Overdue"), ("r12", "Ongoing"), ("r14", "Open"),
              ("r15", "Proposed for closure"), ("r16", "Ongoing"), ("r17", "Ongoing")]:
    F("Live", k, st)

# not on the HMICFRS list (14)
F("Archive", None, "Closed", text=stem(0, BODIES[11]), typ="AFI", report="PEEL Efficiency 2015",
  pub="Oct 2015")
F("Archive", None, "Closed", text=stem(0, BODIES[12]), typ="AFI", report="PEEL Efficiency 2015",
  pub="Oct 2015")
F("Archive", None, "Closed", text=stem(0, BODIES[13]), typ="AFI", report="PEEL Efficiency 2015",
  pub="Oct 2015")
F("Archive", None, "Closed", text=stem(0, BODIES[28]), typ="AFI", report="PEEL Legitimacy 2016",
  pub=D(2017, 3, 2))
F("Archive", None, "Closed", text=stem(0, BODIES[56]), typ="AFI", report="PEEL Legitimacy 2016",
  pub=D(2017, 3, 2))
F("Archive", None, "Closed", text=stem(0, topic(5, "domestic abuse")), typ="Rec", report="CDI 2016",
  pub="Aug-16")
F("Live", None, "Ongoing", text=stem(0, topic(9, "fraud")), typ="AFI", report="peel21", pub="May-22",
  group="peel21")
F("Live", None, "Ongoing", text=stem(0, BODIES[30]), typ="AFI", report="PEEL Legitimacy 2017",
  pub="Dec 2017", group="other")
F("Live", None, "Open", text=LOCAL_ACTIONS[8].format(t="firearms licensing"),
  typ="Internal audit", report="Internal Audit 2023/24", group="local")
F("Live", None, "Ongoing", text="JAC action: " + LOCAL_ACTIONS[6].format(t="domestic abuse"),
  typ="JAC action", report="JAC Sept 2024", group="local")
F("Live", None, "Ongoing",
  text="Force improvement plan: " + LOCAL_ACTIONS[0].format(t="stalking and harassment"),
  typ="Force action", report="Force Improvement Plan", group="local")
F("Live", None, "Open", text=LOCAL_ACTIONS[3].format(t="county lines drug dealing"),
  typ="Force action", report="Force Improvement Plan", group="local")
F("Live", None, "Overdue", text="Local action: " + LOCAL_ACTIONS[2].format(t="hate crime"),
  typ="Force action", report="Force Improvement Plan", group="local")
F("Archive", None, "Closed", text="Internal audit action: " + LOCAL_ACTIONS[8].format(t="counter-corruption"),
  typ="Internal audit", report="Internal Audit 2022/23")

# ----------------------------------------------------------------------------------------------
# Force-side text rendering.
TOPIC_KEYS = {k for k, *_ in Q} | {k for k, _ in R}


def render(row) -> str:
    if row["text"] is not None and row["style"] == "v":
        return row["text"]
    it = row["item"]
    t = row["text"] if row["text"] is not None else it["text"]
    style = row["style"]
    if style == "auto":
        opts = ["v", "s", "sa", "sp", "m", "drop", "lower"]
        if it is None or it["key"] not in TOPIC_KEYS:
            opts += ["trunc", "first"]
        style = rnd.choice(opts)
        if it is not None and it["key"] in ("sas13_3", "sas15"):
            style = "v"
    if style == "v":
        return t
    t = strip_stem(t)
    if style == "s":
        return t
    if style == "sa":
        return abbreviate(t, which=("S&S", "DA", "MSHT", "CSE", "PCCs", "PCC", "APP", "CoP", "BWV",
                                    "within 6 months", "within 3 months", "within 12 months", "HO",
                                    "officers & staff", "NCRS", "RUI", "ISAs", "QA", "CPD"))
    if style == "sp":
        return plain_punct(t)
    if style == "m":
        return misspell(t, 2)
    if style == "drop":
        for p in ("The force should ", f"{FORCE} should "):
            if t.startswith(p):
                t = t[len(p):]
                return t[0].upper() + t[1:]
        return t
    if style == "lower":
        return lower_first(t) if not t.startswith("HMIC") else t
    if style == "trunc":
        return truncate(t, rnd.choice([110, 130, 150]))
    if style == "first":
        return first_sentence(t)
    raise ValueError(style)


TYPE_WORDS = {REC: ["Rec", "Recommendation", "Rec"], AFI: ["AFI", "AFI", "Area for Improvement"],
              COC: ["CoC", "Cause of Concern"], NAT: ["National rec", "Recommendation", "Nat Rec"]}

LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell", "Head of Intelligence",
         "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
         "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
         "Supt Contact Centre", "Head of Learning & Development", "Ch Insp Custody",
         "Head of Information Management", "DCC", "Director of Finance", "Supt Firearms Licensing", None]

OPEN_UPD = [
    "The Force Executive Team agreed on 25 July that we would risk-assess all DA incidents.",
    "A Task & Finish group has been set up and a full implementation/project plan, policy rewrite and "
    "communications plan is now completed.",
    "The policy is now signed off and in place with an implementation date of the end of October.",
    "Addressed holistically as part of the force change programme.",
    "Allocated to the Force Crime Registrar. Progress sent to the OPCC on 2 November to inform the "
    "56-day response.",
    "Awaiting allocation.",
    "Work undertaken in area but still requires development to complete.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "xxx", None,
]
DONE_UPD = ["Ready to move to GREEN status.", "Pending sign off by the chief officer lead.",
            "Completed. Evidence submitted to HMICFRS for closure.",
            "Already complete / believed to be complete within short time scale (and within deadline)."]
ARCH_NOTE = ["Completed. Evidence submitted to HMICFRS for closure.", "Signed off at Force Assurance Board.",
             "Closed by DCC at FAB.", "Evidence pack held on SharePoint (HMICFRS folder).",
             "Already complete / believed to be complete within short time scale (and within deadline).",
             None]


def upd_date():
    d = D(2024, 9, 1) + dt.timedelta(days=rnd.randint(0, 190))
    return d


def target_value():
    c = rnd.random()
    if c < 0.45:
        return D(2024, 10, 1) + dt.timedelta(days=rnd.randint(0, 400))
    return rnd.choice(["Q3 2024/25", "Q4 2024/25", "Q1 2025/26", "Mar-25", "Jun-25", "Dec-24", "TBC",
                       "Ongoing", "No deadline set by HMICFRS"])


def pub_value(row):
    if row["pub"] is not None:
        return row["pub"]
    it = row["item"]
    d = REPORTS[it["report"]][1]
    c = rnd.random()
    if c < 0.5:
        return d
    if c < 0.8:
        return d.strftime("%b-%y")          # "May-22" (text)
    return d.strftime("%b %Y")              # "May 2022" (text)


def ref_value(row):
    it = row["item"]
    if it is None:
        return None
    if row["ref"] == "wrong":
        r = str(it["ref"])
        w = r[:-2] + r[-1] + r[-2]
        assert int(w) not in {v["ref"] for v in ITEMS.values()}
        CONFLICT[it["key"]] = (f"Reference differs: HMICFRS Unique Reference {it['ref']}, the tracker's "
                               f"HMICFRS Ref says {w} (digits transposed; same text, same report).")
        return int(w)
    if row["part"] is not None:
        return f"{it['ref']} ({row['part']} of {4})" if rnd.random() < 0.7 else None
    c = rnd.random()
    if c < 0.40:
        return it["ref"]
    if c < 0.55:
        return str(it["ref"])               # number stored as text
    if c < 0.60:
        return f"Ref {it['ref']}"
    return None


# Fill the rendered values for every row.
TRK_LABEL_FORCE = TRK_NAME
for row in ROWS:
    it = row["item"]
    if row["style"] != "v" or row["text"] is None:
        row["text_out"] = render(row)
    else:
        row["text_out"] = row["text"]
    if it is not None:
        rep_key = row["report"] or it["report"]
        row["report_out"] = TRK_NAME[rep_key]
        row["type_out"] = row["typ"] or rnd.choice(TYPE_WORDS[it["type"]])
        row["group"] = row["group"] or it["report"]
    else:
        row["report_out"] = TRK_NAME.get(row["report"], row["report"])
        row["type_out"] = row["typ"]
    row["pub_out"] = pub_value(row) if it is not None else row["pub"]
    row["ref_out"] = ref_value(row)
    row["lead"] = rnd.choice(LEADS)
    done = row["status"] in ("Closed", "Closed - evidence submitted", "Proposed for closure")
    row["done"] = done
    if row["sheet"] == "Live":
        row["target"] = target_value()
        u = rnd.choice(DONE_UPD if done else OPEN_UPD)
        if row["note"]:
            u = row["note"]
        if u:
            u = f"{upd_date():%d/%m/%y} - {u}"
        row["update"] = u
        row["reviewed"] = upd_date() if rnd.random() < 0.7 else None
    else:
        c = rnd.random()
        base = REPORTS[it["report"]][1] if it is not None else {
            "PEEL Efficiency 2015": D(2015, 10, 1), "PEEL Legitimacy 2016": D(2017, 3, 2),
            "CDI 2016": D(2016, 8, 1), "Internal Audit 2022/23": D(2022, 6, 1)}[row["report"]]
        d = min(base + dt.timedelta(days=rnd.randint(200, 2000)), D(2025, 2, 28))
        if c < 0.8:
            row["closed_out"] = d
        elif c < 0.9:
            q = (d.month - 4) % 12 // 3 + 1
            fy = d.year if d.month >= 4 else d.year - 1
            row["closed_out"] = f"Q{q} {fy}/{str(fy + 1)[2:]}"
        else:
            row["closed_out"] = d.strftime("%b-%y")
        row["update"] = row["note"] or rnd.choice(ARCH_NOTE)

# ----------------------------------------------------------------------------------------------
# Write hmicfrs.xlsx (the FLL's definitive list).
hm_rows = {}
wb = xlsxwriter.Workbook(os.path.join(OUT, "hmicfrs.xlsx"))
ws = wb.add_worksheet("Definitive List")
b = wb.add_format({"bold": True, "font_size": 14})
hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "white", "text_wrap": True,
                     "border": 1, "valign": "top"})
wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
cell = wb.add_format({"valign": "top", "border": 1})
datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
ws.merge_range("A1:H1", f"HMICFRS Definitive List – {FORCE} – recommendations, causes of concern and "
               "areas for improvement (as at 31 January 2025)", b)
ws.write("A2", "Sent by the Force Liaison Lead. Please review and return any updates or evidence for "
               "closure via the monitoring portal by 28 February 2025.")
HEAD = ["Unique Reference", "Force", "Report Title", "Date Published", "Rec Type", "Recommendation Text",
        "HMICFRS Status", "Status Date"]
for c, h in enumerate(HEAD):
    ws.write(3, c, h, hdr)
ws.set_column("A:A", 12)
ws.set_column("B:B", 20)
ws.set_column("C:C", 40)
ws.set_column("D:D", 13)
ws.set_column("E:E", 22)
ws.set_column("F:F", 90)
ws.set_column("G:H", 14)
r = 4
for k in sorted(ITEMS, key=lambda k: ITEMS[k]["ref"]):
    it = ITEMS[k]
    title, pd_ = REPORTS[it["report"]]
    ws.write_number(r, 0, it["ref"], cell)
    ws.write(r, 1, FORCE, cell)
    ws.write(r, 2, title, wrap)
    ws.write_datetime(r, 3, dt.datetime.combine(pd_, dt.time()), datef)
    ws.write(r, 4, it["type"], cell)
    ws.write(r, 5, it["text"], wrap)
    ws.write(r, 6, it["status"], cell)
    if it["status"] != "Open":
        sd = pd_ + dt.timedelta(days=rnd.randint(300, 1500))
        sd = min(sd, D(2025, 1, 20))
        ws.write_datetime(r, 7, dt.datetime.combine(sd, dt.time()), datef)
    else:
        ws.write_blank(r, 7, None, cell)
    hm_rows[k] = f"Definitive List!{r + 1}"
    r += 1
ws.autofilter(3, 0, r - 1, len(HEAD) - 1)
ws.freeze_panes(4, 0)
wb.close()

# ----------------------------------------------------------------------------------------------
# Write tracker.xlsx: Live, Archive - closed, Notes, Dashboard.
GROUP_ORDER = ["peel23", "peel21", "cust22", "cdi19", "peel18", "ncpi18", "eff16", "powers", "leg17",
               "efc17", "stolen", "firearms", "picture", "integrity", "core", "everyone", "other", "local"]
GROUP_HEAD = {
    "peel23": "PEEL 2023-25 (published May 2024) – 1 cause of concern, 2 recommendations, 17 AFIs",
    "peel21": "PEEL 2021/22 (published May 2022) – areas for improvement",
    "cust22": "Joint HMICFRS / HMIP unannounced custody inspection 2022",
    "cdi19": "Crime Data Integrity 2019",
    "peel18": "PEEL 2018/19",
    "ncpi18": "National Child Protection Inspection 2018",
    "eff16": "PEEL Effectiveness 2016",
    "powers": "NATIONAL – Disproportionate use of police powers (Feb 2021)",
    "leg17": "NATIONAL – PEEL Legitimacy 2017 (stop and search)",
    "efc17": "NATIONAL – PEEL Efficiency 2017",
    "stolen": "NATIONAL – Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – published 24 October 2017",
    "firearms": "NATIONAL – Targeting the Risk (Firearms Licensing) 2015",
    "picture": "NATIONAL – Building the Picture 2015",
    "integrity": "NATIONAL – Integrity Matters 2015",
    "core": "NATIONAL – Core Business 2014",
    "everyone": "NATIONAL – Everyone's Business (DA) 2014",
    "other": "Other HMICFRS (force reports)",
    "local": "FORCE / INTERNAL AUDIT / JAC ACTIONS (not HMICFRS)",
}
live = [x for x in ROWS if x["sheet"] == "Live"]
arch = [x for x in ROWS if x["sheet"] == "Archive"]
for x in live:
    assert x["group"] in GROUP_ORDER, x
# keep the order of definition inside each group, except shuffle a little
live_groups = {g: [x for x in live if x["group"] == g] for g in GROUP_ORDER}

wb = xlsxwriter.Workbook(os.path.join(OUT, "tracker.xlsx"))
f_title = wb.add_format({"bold": True, "font_size": 14, "font_color": "#1F3864"})
f_sub = wb.add_format({"italic": True, "font_color": "#595959"})
f_hdr = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True, "valign": "top"})
f_grp = wb.add_format({"bold": True, "bg_color": "#FFF2CC", "border": 1})
f_wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
f_cell = wb.add_format({"valign": "top", "border": 1})
f_date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
f_mmm = wb.add_format({"num_format": "mmm-yy", "valign": "top", "border": 1})
STATUS_FMT = {
    "Open": wb.add_format({"bg_color": "#FFC7CE", "border": 1, "valign": "top"}),
    "Overdue": wb.add_format({"bg_color": "#FF0000", "font_color": "white", "border": 1, "valign": "top"}),
    "Ongoing": wb.add_format({"bg_color": "#FFEB9C", "border": 1, "valign": "top"}),
    "Proposed for closure": wb.add_format({"bg_color": "#C6EFCE", "border": 1, "valign": "top"}),
    "Closed - evidence submitted": wb.add_format({"bg_color": "#C6EFCE", "border": 1, "valign": "top"}),
    "Closed": wb.add_format({"bg_color": "#BFBFBF", "border": 1, "valign": "top"}),
}


def wval(ws, r, c, v, fmt_text=None, date_fmt=None):
    if v is None:
        ws.write_blank(r, c, None, fmt_text or f_cell)
    elif isinstance(v, dt.date):
        ws.write_datetime(r, c, dt.datetime.combine(v, dt.time()), date_fmt or f_date)
    elif isinstance(v, int):
        ws.write_number(r, c, v, fmt_text or f_cell)
    else:
        ws.write_string(r, c, str(v), fmt_text or f_cell)


# --- Live
ws = wb.add_worksheet("Live")
LIVE_HEAD = ["Action No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI", "Lead",
             "Status", "Target date", "Latest update", "Last reviewed"]
ws.write(0, 0, f"{FORCE} – HMICFRS Recommendations, Causes of Concern & AFIs – LIVE TRACKER", f_title)
ws.write(1, 0, "Maintained by Strategic Planning & Insight. Last updated 14/03/2025. Items are moved to "
               "'Archive - closed' once signed off at Force Assurance Board.", f_sub)
for c, h in enumerate(LIVE_HEAD):
    ws.write(3, c, h, f_hdr)
widths = [10, 12, 22, 11, 12, 80, 24, 20, 14, 60, 12]
for c, w in enumerate(widths):
    ws.set_column(c, c, w)
r = 4
act_no = 0
for g in GROUP_ORDER:
    rows_g = live_groups[g]
    if not rows_g:
        continue
    ws.merge_range(r, 0, r, len(LIVE_HEAD) - 1, GROUP_HEAD[g], f_grp)
    r += 1
    for x in rows_g:
        act_no += 1
        x["act"] = f"HM-{act_no:03d}"
        x["prov"] = f"Live!{r + 1}"
        wval(ws, r, 0, x["act"])
        wval(ws, r, 1, x["ref_out"])
        wval(ws, r, 2, x["report_out"], f_wrap)
        pv = x["pub_out"]
        wval(ws, r, 3, pv, date_fmt=f_date if rnd.random() < 0.6 else f_mmm)
        wval(ws, r, 4, x["type_out"])
        wval(ws, r, 5, x["text_out"], f_wrap)
        wval(ws, r, 6, x["lead"])
        wval(ws, r, 7, x["status"], STATUS_FMT[x["status"]])
        wval(ws, r, 8, x["target"])
        wval(ws, r, 9, x["update"], f_wrap)
        wval(ws, r, 10, x["reviewed"])
        r += 1
    r += 1  # blank row between groups
live_last = r
ws.freeze_panes(4, 0)
ws.data_validation(4, 7, 400, 7, {"validate": "list", "source": [
    "Open", "Ongoing", "Overdue", "Proposed for closure", "Closed - evidence submitted", "Closed"]})

# --- Archive - closed (different column order, Owner not Lead, Date closed)
ws = wb.add_worksheet("Archive - closed")
ARCH_HEAD = ["Action No.", "Report", "HMICFRS Ref", "Type", "Recommendation / AFI", "Date published",
             "Owner", "Status", "Date closed", "Closure rationale / evidence"]
ws.write(0, 0, "ARCHIVE – CLOSED ITEMS (moved from Live after sign-off)", f_title)
for c, h in enumerate(ARCH_HEAD):
    ws.write(2, c, h, f_hdr)
for c, w in enumerate([10, 24, 12, 12, 80, 13, 24, 12, 12, 50]):
    ws.set_column(c, c, w)


def ck(x):
    v = x["closed_out"]
    if isinstance(v, dt.date):
        return v
    if v.startswith("Q"):
        q, fy = v.split()
        y = int(fy[:4])
        return D(y, 4, 1) + dt.timedelta(days=91 * (int(q[1]) - 1))
    return dt.datetime.strptime(v, "%b-%y").date()


arch.sort(key=ck)
r = 3
anum = 0
for x in arch:
    anum += 1
    x["act"] = f"HM-A{anum:03d}" if rnd.random() < 0.5 else f"{anum:03d}"
    x["prov"] = f"Archive - closed!{r + 1}"
    wval(ws, r, 0, x["act"])
    wval(ws, r, 1, x["report_out"], f_wrap)
    wval(ws, r, 2, x["ref_out"])
    wval(ws, r, 3, x["type_out"])
    wval(ws, r, 4, x["text_out"], f_wrap)
    wval(ws, r, 5, x["pub_out"], date_fmt=f_date)
    wval(ws, r, 6, x["lead"])
    wval(ws, r, 7, x["status"], STATUS_FMT[x["status"]])
    wval(ws, r, 8, x["closed_out"])
    wval(ws, r, 9, x["update"], f_wrap)
    r += 1
arch_last = r
ws.autofilter(2, 0, r - 1, len(ARCH_HEAD) - 1)
ws.freeze_panes(3, 0)

# --- Notes (free text, not items)
ws = wb.add_worksheet("Notes")
ws.set_column("A:A", 120)
notes = [
    "NOTES / HOUSEKEEPING",
    "",
    "03/02/2025 – Definitive list received from HMICFRS Force Liaison Lead. To be reconciled before the "
    "March Joint Audit Committee.",
    "Status key: Open = not started; Ongoing = work in progress; Overdue = past target date; Proposed for "
    "closure = lead believes complete, awaiting FAB; Closed - evidence submitted = evidence sent to HMICFRS; "
    "Closed = signed off, move row to Archive.",
    "Stolen Freedom leadership rec and the CDI 2019 victims rec are tracked one row per bullet (agreed at "
    "FAB, Jan 2020) so each part has its own lead.",
    "Reminder: when moving a row to the Archive, cut (not copy) it from Live and add the Date closed.",
    "Q: PEEL 2018/19 digital evidence rec – lead thinks it was re-issued in PEEL 21/22, check with FLL.",
    "Q: S&S 2013 and S&S powers 2 (2015) look like the same rec – do we need two rows? (only one tracked).",
    "Target dates written as 'Q3 2024/25' are financial-year quarters (Q1 = Apr-Jun).",
    "Rows under 'FORCE / INTERNAL AUDIT / JAC ACTIONS' are not HMICFRS items – do not send to the FLL.",
]
for i, n in enumerate(notes):
    ws.write(i, 0, n, f_title if i == 0 else None)

# --- Dashboard (formulas with cached values)
ws = wb.add_worksheet("Dashboard")
ws.write(0, 0, "HMICFRS tracker dashboard", f_title)
ws.write(2, 0, "Live – by status", f_hdr)
ws.write(2, 1, "Count", f_hdr)
statuses = ["Open", "Ongoing", "Overdue", "Proposed for closure", "Closed - evidence submitted", "Closed"]
rr = 3
for s in statuses:
    n = sum(1 for x in live if x["status"] == s)
    ws.write(rr, 0, s)
    ws.write_formula(rr, 1, f'=COUNTIF(Live!H:H,"{s}")', None, n)
    rr += 1
ws.write(rr, 0, "Total live", f_hdr)
ws.write_formula(rr, 1, f"=SUM(B4:B{rr})", f_hdr, len(live))
rr += 2
ws.write(rr, 0, "Archived (closed)", f_hdr)
ws.write_formula(rr, 1, "=COUNTA('Archive - closed'!E4:E500)", f_hdr, len(arch))
rr += 2
ws.write(rr, 0, "Live – by report", f_hdr)
ws.write(rr, 1, "Items", f_hdr)
rr += 1
seen = []
for x in live:
    if x["report_out"] not in seen:
        seen.append(x["report_out"])
for rep in seen:
    n = sum(1 for x in live if x["report_out"] == rep)
    ws.write(rr, 0, rep)
    ws.write_formula(rr, 1, f'=COUNTIF(Live!C:C,"{rep}")', None, n)
    rr += 1
ws.set_column("A:A", 40)
wb.close()

# ----------------------------------------------------------------------------------------------
# Truth.
by_key: dict[str, list[dict]] = {}
for x in ROWS:
    if x["key"]:
        by_key.setdefault(x["key"], []).append(x)

HCLOSED = {"Closed", "Superseded"}
truth = []
for k, it in ITEMS.items():
    rows = by_key.get(k, [])
    if not rows:
        truth.append((hm_rows[k], "", "missing_from_force",
                      f"HMICFRS {it['status']}; no row on Live or Archive for this item."))
        continue
    allone = all(x["done"] for x in rows)
    hclosed = it["status"] in HCLOSED
    if k in CONFLICT:
        cat, why = "conflict", CONFLICT[k]
    elif not hclosed and allone:
        cat = "closeable_submit"
        why = f"HMICFRS Open; tracker says {' / '.join(sorted({x['status'] for x in rows}))} " \
              f"(on {' and '.join(sorted({x['sheet'] for x in rows}))})."
    elif hclosed and not allone:
        cat = "closeable_local"
        why = f"HMICFRS {it['status']}; tracker still {' / '.join(sorted({x['status'] for x in rows}))} on Live."
    else:
        cat = "in_sync"
        if hclosed:
            why = f"HMICFRS {it['status']}; tracker Closed (Archive)."
        else:
            why = f"Open on both (tracker: {' / '.join(sorted({x['status'] for x in rows}))})."
    if len(rows) > 1:
        if k == "q8":
            why += " Same item twice: archived row plus a Live copy never deleted."
        else:
            why += f" Split into {len(rows)} rows (one per bullet); item done only if all parts done."
    for x in rows:
        truth.append((hm_rows[k], x["prov"], cat, why))
for x in ROWS:
    if not x["key"]:
        truth.append(("", x["prov"], "not_on_hmicfrs_list",
                      f"{x['report_out']} ({x['type_out']}) – not on the HMICFRS list."))


def sk(t):
    a = t[0] or t[1]
    s, n = a.rsplit("!", 1)
    return (t[0] == "", s, int(n), t[1])


truth.sort(key=sk)
with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

from collections import Counter  # noqa: E402

print("items", len(ITEMS), "force rows", len(ROWS), "live", len(live), "archive", len(arch))
print("live rows end at", live_last, "archive rows end at", arch_last)
print(Counter(t[2] for t in truth))
