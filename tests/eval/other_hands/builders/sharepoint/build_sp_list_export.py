"""Case sp_list_export: HMICFRS register CSV export vs a SharePoint list exported to Excel.

Force: Lancashire Constabulary. Run with /work/main/.venv/bin/python."""
from __future__ import annotations

import csv
import datetime as dt
import os
import random
import re

import xlsxwriter

from common import (
    AFI, CAUSES, CDI_VICTIMS_BODY, COC, LOCAL_ACTIONS, LOCAL_PREFIXES, MSHT_INTEL, NAT,
    PEOPLE, REC, SAS_MONITORING_2017, SF_LEADERSHIP, abbreviate, afi, body, misspell,
    national, ordinal, retype, strip_stem, topic,
)

SEED = 4127
rng = random.Random(SEED)
OUT = "/tmp/indep/sharepoint/sp_list_export"
os.makedirs(OUT, exist_ok=True)

FORCE = "Lancashire Constabulary"
AREA = "Lancashire"
EXPORT_DAY = dt.date(2024, 11, 18)

# ---------------------------------------------------------------- reports
# key -> (HMICFRS title, published, force-side Report Name variants, id block start)
REPORTS: dict[str, tuple[str, dt.date, list[str], int]] = {}


def rep(key, title, pub, names, id0):
    REPORTS[key] = (title, pub, names, id0)


for k, names, id0 in [
    ("everyone", ["Everyone's Business (DA) 2014", "Domestic abuse - Everyone's business"], 2318),
    ("core", ["Core Business 2014", "Core business"], 4818),
    ("integrity", ["Integrity Matters 2015", "Integrity matters"], 3402),
    ("sas13", ["Stop and Search 2013", "Stop & Search powers (HMIC 2013)"], 1207),
    ("sas15", ["Stop & search powers 2", "Stop and Search 2 (2015)"], 3655),
    ("picture", ["Building the Picture 2015"], 4131),
    ("firearms", ["Targeting the Risk (Firearms Licensing) 2015", "Firearms licensing 2015"], 5043),
    ("stolen", ["Stolen Freedom (MSHT) 2017"], 8702),
    ("efc17n", ["PEEL Efficiency 17 (all forces)"], 8448),
    ("leg17n", ["PEEL Legit 17 S&S", "PEEL Legitimacy 2017 - national (stop and search)"], 8541),
    ("powers", ["Police powers spotlight (Feb 21)", "Disproportionate use of police powers 2021"], 13381),
]:
    t, p, _ = national(k[:-1] if k in ("efc17n", "leg17n") else k)
    rep(k, t, p, names, id0)

rep("efc15", "PEEL: Police efficiency 2015", dt.date(2015, 10, 15),
    ["PEEL Efficiency 2015", "PEEL Efficiency 15"], 5512)
rep("eff15", "PEEL: Police effectiveness 2015", dt.date(2016, 2, 25),
    ["PEEL Effectiveness 2015", "PEEL Eff 15"], 5871)
rep("cdi16", "Crime data integrity inspection 2016", dt.date(2016, 9, 22),
    ["Crime Data Integrity 2016", "CDI 2016"], 6604)
rep("efc16", "PEEL: Police efficiency 2016", dt.date(2016, 11, 3),
    ["PEEL Efficiency 16", "PEEL Efficiency 2016"], 6931)
rep("leg16", "PEEL: Police legitimacy 2016", dt.date(2016, 12, 8),
    ["PEEL Legitimacy 2016", "PEEL Legit 16"], 7120)
rep("eff16", "PEEL: Police effectiveness 2016", dt.date(2017, 3, 2),
    ["PEEL Effectiveness 2016", "PEEL Eff 16"], 7466)
rep("ncpi17", "National child protection inspection 2017", dt.date(2017, 6, 15),
    ["NCPI 2017", "National Child Protection 2017"], 7983)
rep("efc17", "PEEL: Police efficiency 2017", dt.date(2017, 11, 9),
    ["Efficiency 2017 (PEEL)", "PEEL Efficiency 2017"], 8413)
rep("leg17", "PEEL: Police legitimacy 2017", dt.date(2017, 12, 12),
    ["PEEL Legitimacy 2017", "Legitimacy 2017"], 8590)
rep("eff17", "PEEL: Police effectiveness 2017", dt.date(2018, 3, 22),
    ["PEEL Effectiveness 2017", "PEEL: Effectiveness 2017"], 9044)
rep("peel18", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
    dt.date(2019, 5, 2), ["PEEL 2018/19", "PEEL 18-19"], 9811)
rep("cdi19", "Crime data integrity inspection 2019", dt.date(2019, 9, 12),
    ["CDI 2019", "Crime Data Integrity 2019"], 10377)
rep("peel21", "PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
    dt.date(2022, 4, 29), ["PEEL 21/22", "PEEL 2021/22"], 12340)
rep("peel23", "PEEL: Police effectiveness, efficiency and legitimacy 2023/25",
    dt.date(2024, 5, 10), ["PEEL 2023-25", "PEEL 23/25"], 16102)

# ---------------------------------------------------------------- HMICFRS items
items: list[dict] = []
_next_id: dict[str, int] = {}


def add(rkey, typ, text, status=None, name=None):
    title, pub, _, id0 = REPORTS[rkey]
    nid = _next_id.get(rkey, id0)
    _next_id[rkey] = nid + rng.choice([1, 1, 1, 2])
    if status is None:
        status = default_status(pub)
    it = dict(id=nid, rkey=rkey, report=title, pub=pub, type=typ, text=text, status=status,
              name=name, conflict=None, note=None)
    items.append(it)
    return it


def default_status(pub: dt.date) -> str:
    if pub.year >= 2024:
        return rng.choice(["awaiting-review", "awaiting-review", "being-progressed"])
    if pub.year >= 2021:
        return rng.choice(["being-progressed", "being-progressed", "complete"])
    if pub.year >= 2019:
        return rng.choice(["being-progressed", "complete", "complete"])
    return rng.choice(["complete"] * 4 + ["being-progressed"])


def by_name(name):
    return next(i for i in items if i["name"] == name)


# national reports (sas13 .. powers); "austerity" is deliberately NOT on this force's register
for k in ["sas13", "everyone", "core", "integrity", "sas15", "picture", "firearms",
          "stolen", "efc17n", "leg17n", "powers"]:
    _, _, its = national(k[:-1] if k in ("efc17n", "leg17n") else k)
    for j, (typ, text) in enumerate(its):
        add(k, COC if typ == COC else NAT, text, name=f"{k}{j}")

R1 = afi(body("links between its outcomes"))        # recurring, efc15/16/17
R2 = afi(body("fuller understanding of current demand"))  # efc15/16
R3 = afi(body("future workforce plan"))             # efc15/17
R4 = afi(topic("kept informed", "stalking and harassment"))  # peel21/23
R5 = afi(topic("nature and scale", "county lines drug dealing"))  # peel18/21/23

add("efc15", AFI, R1, "complete", "efc15_R1")
add("efc15", AFI, R2, "complete", "efc15_R2")
add("efc15", AFI, R3, "complete", "efc15_R3")
add("eff15", REC, "Within six months the force should " + body("initial risk assessment") + ".")
add("eff15", AFI, afi(topic("records reports", "hate crime")))
add("eff15", AFI, afi(topic("partner organisations", "child sexual exploitation")))
add("eff15", AFI, afi(body("retrieve digital evidence")))
add("cdi16", REC, "Within six months the force should " + CDI_VICTIMS_BODY + ".",
    "being-progressed", "cdi16_split")
add("cdi16", AFI, afi(topic("records reports", "domestic abuse")))
add("cdi16", AFI, afi(body("call-handlers with specific")))
add("efc16", AFI, R1, "complete", "efc16_R1")
add("efc16", AFI, R2, "being-progressed", "efc16_R2")
add("efc16", AFI, afi(body("scope to deliver better value")), "complete")
add("leg16", AFI, afi(body("confidential way for staff")))
add("leg16", AFI, afi(body("lowest level of vetting")), "being-progressed")
add("leg16", AFI, afi(body("cautions, cannabis warning")), "complete", "leg16_cautions")
add("eff16", COC, CAUSES[0], "complete")
add("eff16", REC, "To address this cause of concern, HMIC recommends the force should immediately "
    + body("cease the practice") + ".", "complete")
add("eff16", REC, "HMIC recommends that the force should immediately: "
    + body("high proportion of") + ";", "being-progressed", "eff16_type")
add("eff16", AFI, afi(body("regular and active supervision")))
add("eff16", AFI, afi(topic("allocated to officers", "rape and serious sexual offences")),
    "being-progressed")
add("eff16", AFI, afi(topic("manages the risk posed", "serious and organised crime")))
add("ncpi17", REC, f"Within six months {FORCE} should, " + body("detention o") + ".",
    "being-progressed")
add("ncpi17", REC, "Within six months, the force should "
    + topic("training they need", "child sexual exploitation") + ".")
add("ncpi17", AFI, afi(topic("strategic assessment", "sexual offences against children")))
add("ncpi17", AFI, afi(topic("manages the risk posed", "online child sexual abuse")),
    "being-progressed", "ncpi17_lost")
add("efc17", AFI, R1, "being-progressed", "efc17_R1")
add("efc17", AFI, R3, "awaiting-review", "efc17_R3")
add("leg17", AFI, afi(body("unconscious bias")), "being-progressed")
add("leg17", AFI, afi(body("review the support available")))
add("leg17", REC, "Within twelve months, the force should " + body("accessible information") + ".")
add("eff17", COC, CAUSES[1], "complete")
add("eff17", REC, "To address this cause of concern the force should immediately "
    + body("reports of missing children") + ".", "being-progressed")
add("eff17", AFI, afi(topic("nature and scale", "modern slavery and human trafficking")))
add("eff17", AFI, afi(topic("ancillary orders", "stalking and harassment")), "being-progressed")
add("eff17", AFI, afi(topic("gathers, assesses", "county lines drug dealing")))
add("eff17", AFI, afi(topic("specialist capacity", "online child sexual abuse")),
    "being-progressed", "eff17_lost")
add("peel18", COC, CAUSES[2], "complete")
add("peel18", REC, "HMIC recommends that the force should immediately: " + body("capabilities and capacity") + "; and", "complete")
add("peel18", REC, "HMIC recommends that within six months the force should: " + body("released under investigation") + ";", "being-progressed")
add("peel18", REC, "HMIC recommends that the force should immediately:" + body("consult with the public") + ".", "complete")
add("peel18", AFI, R5, "complete", "peel18_R5")
add("peel18", AFI, afi(body("clear prevention strategy")), "being-progressed", "peel18_dup")
add("peel18", AFI, afi(body("corporate risk register")), "complete")
add("peel18", AFI, afi(body("equality and diversity data")), "being-progressed")
add("peel18", AFI, afi(body("succession plans")), "complete")
add("peel18", AFI, afi(body("support performance management are")), "being-progressed", "peel18_badref")
add("cdi19", REC, "Within three months, the force should " + body("NCRS") + ".", "being-progressed")
add("cdi19", AFI, afi(topic("records reports", "stalking and harassment")), "being-progressed", "cdi19_wrongrep")
add("cdi19", AFI, afi(body("crime-recording and management system")), "complete")
add("peel21", AFI, R4, "being-progressed", "peel21_R4")
add("peel21", AFI, R5, "being-progressed", "peel21_R5")
add("peel21", AFI, afi(topic("timeliness of its response", "domestic abuse")), "being-progressed")
add("peel21", AFI, afi(body("accurate data and analysis")), "complete", "peel21_refsrc")
add("peel21", AFI, afi(topic("performance framework", "violence against women and girls")), "being-progressed", "peel21_refcopy")
add("peel21", AFI, afi(body("supervision of investigations, so")), "being-progressed")
add("peel21", AFI, afi(topic("kept informed", "fraud")), "complete", "peel21_fraud")
add("peel21", AFI, afi(topic("problem-solving", "anti-social behaviour")), "complete", "peel21_type")
add("peel21", AFI, afi(body("gathering and analysis of staff")), "being-progressed")
add("peel21", AFI, afi(topic("evaluate its work", "knife crime")), "complete")
add("peel23", COC, CAUSES[3], "awaiting-review")
add("peel23", REC, "To address this cause of concern, HMIC recommends the force should immediately "
    + body("increasing the use of arrest") + ".", "awaiting-review")
add("peel23", REC, "Within six months the force should " + body("control room") + ".", "awaiting-review")
add("peel23", AFI, R4, "awaiting-review", "peel23_R4")
add("peel23", AFI, R5, "awaiting-review", "peel23_R5")
add("peel23", AFI, afi(topic("training they need", "honour-based abuse")), "awaiting-review", "peel23_new")
add("peel23", AFI, afi(topic("allocated to officers", "residential burglary")), "being-progressed")
add("peel23", AFI, afi(topic("nature and scale", "violence against women and girls")), "being-progressed")
add("peel23", AFI, afi(body("background checks")), "being-progressed")

# fill with further formulaic PEEL AFIs (real TOPIC_BODIES wording), unique combinations
used = {i["text"] for i in items}
FILL = {"eff15": 2, "eff16": 1, "eff17": 2, "peel18": 2, "peel21": 3, "peel23": 3,
        "leg16": 1, "cdi19": 1, "ncpi17": 2}
TOPIC_CHOICES = ["stalking and harassment", "hate crime", "fraud", "cyber crime",
                 "vulnerable adults", "people with mental ill health", "repeat victims",
                 "road harm", "rural crime", "youth violence", "registered sex offenders",
                 "missing children", "forced marriage", "female genital mutilation",
                 "economic crime", "neighbourhood crime"]
BODY_SUBS = ["nature and scale", "partner organisations", "review its approach to {t}",
             "training they need", "records reports", "strategic assessment",
             "intelligence about", "timeliness of its response", "problem-solving",
             "specialist capacity", "evaluate its work"]
for rk, n in FILL.items():
    for _ in range(n):
        while True:
            bs = rng.choice(BODY_SUBS)
            t = rng.choice(TOPIC_CHOICES)
            sub = bs.replace("{t}", "")
            if sub == "intelligence about":
                sub = "gathers, assesses"
            text = afi(topic(sub.strip(), t))
            if text not in used:
                used.add(text)
                break
        add(rk, AFI, text)

# ---------------------------------------------------------------- force SharePoint rows
frows: list[dict] = []
DONE = ("Complete", "Proposed for Closure")
OPEN = ("Not Started", "In Progress", "On Hold")

SHORT = {"everyone": "Everyone's Business", "core": "Core Business", "integrity": "Integrity",
         "sas13": "S&S 2013", "sas15": "S&S 2015", "picture": "Building the Picture",
         "firearms": "Firearms Licensing", "stolen": "Stolen Freedom", "efc17n": "Efficiency 17 natl",
         "leg17n": "Legit 17 S&S", "powers": "Police Powers", "efc15": "PEEL Efficiency 15",
         "eff15": "PEEL Eff 15", "cdi16": "CDI 16", "efc16": "PEEL Efficiency 16",
         "leg16": "PEEL Legit 16", "eff16": "PEEL Eff 16", "ncpi17": "NCPI 17",
         "efc17": "PEEL Efficiency 17", "leg17": "PEEL Legit 17", "eff17": "PEEL Eff 17",
         "peel18": "PEEL 18/19", "cdi19": "CDI 19", "peel21": "PEEL 21/22", "peel23": "PEEL 23/25"}

DONE_NOTES = ["Completed. Evidence submitted to HMICFRS for closure.",
              "Ready to move to GREEN status.", "Pending sign off by the chief officer lead.",
              "Already complete / believed to be complete within short time scale (and within deadline).",
              "The policy is now signed off and in place with an implementation date of the end of October."]
OPEN_NOTES = ["A Task & Finish group has been set up and a full implementation/project plan, policy "
              "rewrite and communications plan is now completed.",
              "Work undertaken in area but still requires development to complete.",
              "Little work yet undertaken in this area. Unlikely to reach deadlines.",
              "Awaiting allocation.",
              "Allocated to the Force Crime Registrar. Progress sent to the OPCC on 2 November to "
              "inform the 56-day response.",
              "No deadline set by HMICFRS. December 2019 set to align with the next inspection.",
              "Addressed holistically as part of the force change programme.",
              "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
              "xxx", None, None]


def hexid():
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(32))


def htmlify(t: str) -> str:
    lines = [ln.strip() for ln in t.split("\n") if ln.strip()]
    esc = [ln.replace("&", "&amp;") for ln in lines]
    if rng.random() < 0.5:
        esc = [re.sub(r"\. ", ".&nbsp; ", ln, count=1) for ln in esc]
    if rng.random() < 0.4:
        esc = [ln.replace(":", "&#58;") for ln in esc]
    if rng.random() < 0.5:
        inner = "<br>".join(esc)
        return f'<div class="ExternalClass{hexid()}">{inner}&nbsp;</div>'
    inner = "".join(f"<div>{ln}</div>" for ln in esc)
    return f'<div class="ExternalClass{hexid()}"><p>{inner}</p></div>'


def force_text(it, mode=None):
    t = it["text"]
    if mode is None:
        mode = rng.choices(["verbatim", "retyped", "nostem", "abbrev", "html", "typo"],
                           [22, 18, 18, 14, 20, 8])[0]
    if mode == "verbatim":
        out = t
    elif mode == "retyped":
        out = retype(t)
    elif mode == "nostem":
        out = strip_stem(retype(t))
    elif mode == "abbrev":
        out = abbreviate(retype(t), rng, k=2)
    elif mode == "typo":
        out = misspell(retype(t), rng)
        if out == retype(t):
            out = out.replace("  ", " ").replace(", ", ",", 1)
    elif mode == "html":
        out = htmlify(t)
    else:
        out = mode(t)
    return out, mode


def plain(t):
    return re.sub(r"<[^>]+>", " ", t).replace("&nbsp;", " ").replace("&#58;", ":").replace("&amp;", "&")


_count: dict[tuple, int] = {}


def title_for(it, text, rkey):
    k = (rkey, it["type"] if it else "x")
    _count[k] = _count.get(k, 0) + 1
    n = _count[k]
    ab = {AFI: "AFI", REC: "Rec", NAT: "Rec", COC: "CoC"}.get(it["type"] if it else AFI, "AFI")
    if rng.random() < 0.45:
        return f"{SHORT.get(rkey, rkey)} {ab} {n}"
    words = " ".join(plain(text).split()).split(" ")
    return " ".join(words[: rng.randint(5, 10)])


REC_TYPE = {AFI: ["AFI", "Area for Improvement", "AFI"], REC: ["Recommendation"],
            NAT: ["Recommendation"], COC: ["Cause of Concern"]}


def ref_for(it, p=0.5):
    if rng.random() >= p:
        return ""
    fmt = rng.choice(["{}", "{}", "HMICFRS {}", "Ref: {}", "#{}"])
    return fmt.format(it["id"])


def frow(it, *, rkey=None, text=None, mode=None, status=None, ref=None, rectype=None,
         title=None, report_name=None, created=None, why_extra=""):
    rkey = rkey or it["rkey"]
    if text is None:
        text, mode = force_text(it, mode)
    names = REPORTS[rkey][2] if rkey in REPORTS else [rkey]
    if report_name is None:
        report_name = names[0] if (len(names) == 1 or rng.random() < 0.85) else names[1]
    pub = REPORTS[rkey][1] if rkey in REPORTS else dt.date(2023, 6, 1)
    r = dict(hm=it, text=text, mode=mode, report_name=report_name,
             ref=ref_for(it) if (ref is None and it) else (ref or ""),
             rectype=rectype or (rng.choice(REC_TYPE[it["type"]]) if it else "Area for Improvement"),
             status=status, created=created or (pub + dt.timedelta(days=rng.randint(10, 90))),
             why_extra=why_extra, rkey=rkey)
    r["title"] = title or title_for(it, text, rkey)
    frows.append(r)
    return r


def pick_status(it):
    if it["status"] in HM_OPEN_:
        return rng.choice(DONE) if rng.random() < 0.35 else rng.choice(OPEN + ("In Progress",))
    return rng.choice(DONE + ("Complete",)) if rng.random() < 0.7 else rng.choice(OPEN)


HM_OPEN_ = ("awaiting-review", "being-progressed")

SPECIAL = {"efc15_R1", "efc16_R1", "efc17_R1", "efc15_R2", "efc16_R2", "efc15_R3", "efc17_R3",
           "peel21_R4", "peel23_R4", "peel18_R5", "peel21_R5", "peel23_R5", "cdi16_split",
           "stolen0", "stolen1", "stolen2", "leg17n1", "eff16_type", "peel21_type",
           "cdi19_wrongrep", "peel18_badref", "peel21_refsrc", "peel21_refcopy",
           "peel18_dup", "powers3", "picture0", "leg16_cautions", "ncpi17_lost",
           "eff17_lost", "peel23_new", "sas130", "sas131", "sas132", "sas150"}
MISSING = {"efc16_R2", "powers3", "picture0", "leg16_cautions", "ncpi17_lost", "eff17_lost",
           "peel23_new", "stolen2"}

for it in items:
    if it["name"] in SPECIAL:
        continue
    frow(it, status=pick_status(it))

# recurring identical texts: only Report Name / year tell them apart
frow(by_name("efc15_R1"), mode="verbatim", status="Complete", ref="", title="AFI 1")
frow(by_name("efc16_R1"), mode="verbatim", status="In Progress", ref="", title="AFI 1")
frow(by_name("efc17_R1"), mode="verbatim", status="Proposed for Closure",
     ref=f"Ref: {by_name('efc17_R1')['id']}", title="AFI 1")
frow(by_name("efc15_R2"), mode="verbatim", status="Complete", ref="", title="AFI 2")
frow(by_name("efc15_R3"), mode="verbatim", status="Complete", ref="", title="AFI 3")
frow(by_name("efc17_R3"), mode="retyped", status="Not Started", ref="", title="AFI 2")
frow(by_name("peel21_R4"), mode="verbatim", status="Complete", ref="")
frow(by_name("peel23_R4"), mode="verbatim", status="In Progress", ref="")
frow(by_name("peel18_R5"), mode="verbatim", status="Complete", ref="",
     title="County lines - nature & scale")
frow(by_name("peel21_R5"), mode="html", status="Complete",
     ref=f"#{by_name('peel21_R5')['id']}", title="County lines - nature & scale")
frow(by_name("peel23_R5"), mode="verbatim", status="Not Started", ref="",
     title="County lines - nature & scale")
# the two near-identical national stop and search texts (2013 / 2015)
for nm in ["sas130", "sas131"]:
    frow(by_name(nm), status="Complete", ref="")
frow(by_name("sas132"), mode="retyped", status="Complete", ref="")
frow(by_name("sas150"), mode="retyped", status="Proposed for Closure", ref="")

# split into bullets, every bullet present (CDI 2016 victims)
it = by_name("cdi16_split")
stem = "Within six months the force should put in place arrangements to ensure that:"
bul = [b.strip().rstrip(";").removesuffix(" and").rstrip(";").strip()
       for b in CDI_VICTIMS_BODY.split("•")[1:]]
bstat = ["Complete", "Complete", "Complete", "Proposed for Closure", "In Progress"]
for j, (b, s) in enumerate(zip(bul, bstat)):
    txt = (f"{stem}\n{b}" if rng.random() < 0.5 else b[:1].upper() + b[1:])
    frow(it, text=txt, mode="bullet", status=s, ref=("HMICFRS %d" % it["id"]) if j == 0 else "",
         title=f"CDI 16 Rec 1({'abcde'[j]})", rectype="Recommendation")

# split with a bullet lost (Stolen Freedom leadership; bullet 3 has no row)
it = by_name("stolen0")
it["conflict"] = ("split into bullet rows (a), (b), (d); the third bullet 'forces develop effective "
                  "partnership arrangements ... share information and safeguard victims' has no force row")
parts = SF_LEADERSHIP.split("\n")
head = parts[0]
for j, b in zip([1, 2, 4], [parts[1], parts[2], parts[4]]):
    b = b.lstrip("• ").strip()
    frow(it, text=f"{head}\n{b}", mode="bullet", status=rng.choice(["In Progress", "Complete"]),
         ref="", title=f"Stolen Freedom Rec 1({'abcd'[j-1]})", rectype="Recommendation")

# timescale conflicts
it = by_name("stolen1")
it["conflict"] = ("timescale differs: HMICFRS text 'Within six months, forces should have in place "
                  "active information-sharing agreements'; force text 'Within 12 months ...'")
frow(it, text=MSHT_INTEL.replace("Within six months", "Within 12 months")
     .replace("information-sharing agreements", "ISAs"), mode="timescale", status="In Progress",
     ref="")
it = by_name("leg17n1")
it["conflict"] = "deadline differs: HMICFRS text 'By July 2018, all police forces ...'; force text 'By July 2019, all police forces ...'"
frow(it, text=retype(SAS_MONITORING_2017).replace("By July 2018", "By July 2019"),
     mode="timescale", status="Complete", ref="")

# type conflicts
it = by_name("eff16_type")
it["conflict"] = "type differs: HMICFRS Type 'Recommendation'; force Rec Type 'Cause of Concern'"
frow(it, mode="nostem", status="In Progress", rectype="Cause of Concern")
it = by_name("peel21_type")
it["conflict"] = "type differs: HMICFRS Type 'Area for improvement'; force Rec Type 'Recommendation'"
frow(it, mode="verbatim", status="Complete", rectype="Recommendation", ref="")

# report conflict: CDI 2019 AFI filed under CDI 2016, with the 2019 item's reference
it = by_name("cdi19_wrongrep")
it["conflict"] = (f"report differs: force Report Name 'Crime Data Integrity 2016' but Source Reference "
                  f"{it['id']} and the text are the CDI 2019 item (no such AFI in CDI 2016)")
frow(it, mode="verbatim", status="In Progress", rkey="cdi16", report_name="Crime Data Integrity 2016",
     ref=f"HMICFRS {it['id']}", created=REPORTS["cdi19"][1] + dt.timedelta(days=41))

# reference conflicts
it = by_name("peel18_badref")
_ids = {i["id"] for i in items}
_s = str(it["id"])
bad = next(int(_s[:k] + _s[k + 1] + _s[k] + _s[k + 2:]) for k in range(len(_s) - 2, -1, -1)
           if _s[k] != _s[k + 1] and int(_s[:k] + _s[k + 1] + _s[k] + _s[k + 2:]) not in _ids)
it["conflict"] = (f"reference differs: force Source Reference 'Ref: {bad}' (digits transposed, no "
                  f"such id on the list); text matches {it['id']}")
frow(it, mode="retyped", status="In Progress", ref=f"Ref: {bad}")
src = by_name("peel21_refsrc")
frow(src, mode="verbatim", status="Complete", ref=f"HMICFRS {src['id']}")
it = by_name("peel21_refcopy")
it["conflict"] = (f"reference differs: force Source Reference 'HMICFRS {src['id']}' is the id of "
                  f"another PEEL 2021/22 AFI (accurate data and analysis); this row's text is item {it['id']}")
frow(it, mode="verbatim", status="In Progress", ref=f"HMICFRS {src['id']}")

# duplicate SharePoint entry (same item entered twice)
it = by_name("peel18_dup")
r1 = frow(it, mode="verbatim", status="In Progress", ref="")
frow(it, text=r1["text"], mode="duplicate", status="In Progress", ref="", title=r1["title"],
     created=r1["created"])

# ---- force rows not on the HMICFRS list
austerity_t, austerity_pub, aus_items = national("austerity")
for j in (0, 3):
    frow(None, text=aus_items[j][1], mode="not-on-list", status="Complete", ref="",
         rectype="Recommendation", rkey="Policing in Austerity 2014",
         report_name="Policing in Austerity 2014", created=dt.date(2014, 9, 1),
         title=f"Austerity Rec {j+1}",
         why_extra="2014 national 'Policing in austerity' recommendation; report not on this force's register export")
for t in ["cyber crime", "youth violence", "repeat victims"]:
    sub = rng.choice(["nature and scale", "partner organisations", "specialist capacity"])
    frow(None, text=afi(topic(sub, t)), mode="not-on-list", status="In Progress", ref="",
         rectype="AFI", rkey="PEEL 2023-25 hot debrief", report_name="PEEL 2023-25 hot debrief",
         created=dt.date(2024, 2, 14),
         why_extra="hot-debrief finding tracked before publication; not in the published report's items on the list")
for j, (pref, act, t, rk) in enumerate([
        ("Force action - ", 1, "domestic abuse", "peel21"),
        ("Local action: ", 5, "stalking and harassment", "peel21"),
        ("Force improvement plan: ", 3, "county lines drug dealing", "peel18"),
        ("JAC action: ", 6, "violence against women and girls", "peel23")]):
    la = pref + LOCAL_ACTIONS[act].replace("{t}", t)
    frow(None, text=la, mode="not-on-list", title=" ".join(la.split()[:rng.randint(6, 9)]),
         status=rng.choice(["In Progress", "Complete"]), ref="", rectype="Area for Improvement",
         rkey=rk, created=REPORTS[rk][1] + dt.timedelta(days=120),
         why_extra="force's own action filed under an HMICFRS report; not an HMICFRS item")
for act, t in [(8, "fraud"), (8, "firearms licensing")]:
    frow(None, text="Internal audit action: " + LOCAL_ACTIONS[act].replace("{t}", t),
         mode="not-on-list", status="Not Started", ref="", rectype="Recommendation",
         rkey="Internal Audit 2023/24", report_name="Internal Audit 2023/24",
         created=dt.date(2023, 10, 3),
         why_extra="internal audit action kept on the HMICFRS list (Source column is a constant 'HMICFRS')")
# SharePoint test item: not an item (no truth line)
test = frow(None, text="test - please ignore", mode="test", status="Not Started", ref="",
            rectype="Recommendation", rkey="Test", report_name="", title="Test",
            created=dt.date(2019, 1, 7))

# ---------------------------------------------------------------- order, IDs, other columns
frows.sort(key=lambda r: (r["created"], rng.random()))
# late additions: the split rows (re-entered in 2020 when the list was cleaned up)
sp_id = 0
for r in frows:
    sp_id += rng.choice([1] * 9 + [2, 3])
    r["id"] = sp_id
# the duplicate gets the next ID after its twin
dups = [r for r in frows if r["mode"] == "duplicate"]
for d in dups:
    twin = next(r for r in frows if r["hm"] is d["hm"] and r is not d)
    d["id"] = twin["id"] + 1
    frows.remove(d)
    frows.insert(frows.index(twin) + 1, d)
    for r in frows[frows.index(d) + 1:]:
        r["id"] += 1
ids = [r["id"] for r in frows]
assert len(set(ids)) == len(ids) and ids == sorted(ids)

for r in frows:
    s = r["status"]
    r["pct"] = {"Not Started": 0.0, "Complete": 1.0, "Proposed for Closure": rng.choice([0.9, 1.0]),
                "On Hold": rng.choice([0.1, 0.25]), "In Progress": rng.choice([0.25, 0.5, 0.6, 0.75])}[s]
    r["assigned"] = rng.choice(PEOPLE)
    r["created_by"] = rng.choice(PEOPLE[:5])
    base = r["created"]
    r["modified"] = dt.datetime.combine(
        min(EXPORT_DAY, base + dt.timedelta(days=rng.randint(30, 1500))),
        dt.time(rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59)))
    due = base + dt.timedelta(days=rng.choice([90, 182, 365]))
    due = due.replace(day=28) if due.month == 2 and due.day > 28 else due
    r["target"] = (None if rng.random() < 0.1 else
                   due.strftime("%Y-%m-%dT00:00:00Z") if rng.random() < 0.4 else
                   dt.datetime.combine(due, dt.time()))
    note = rng.choice(DONE_NOTES if s in DONE else OPEN_NOTES)
    r["notes"] = (f"{r['modified']:%d/%m/%Y} - {note}" if note else "")

# ---------------------------------------------------------------- write tracker.xlsx
PATH = "sites/OrgLearning/Lists/HMICFRS Recommendations"
cols = ["ID", "Title", "Recommendation Text", "Source", "Report Name", "Source Reference",
        "Rec Type", "Assigned To", "Status", "% Complete", "Target Date", "Progress Notes",
        "Modified", "Created By", "Item Type", "Path"]
wb = xlsxwriter.Workbook(os.path.join(OUT, "tracker.xlsx"))
wb.set_properties({"created": dt.datetime(2024, 11, 18, 9, 14, 0), "author": "Holt, Sarah"})
ws = wb.add_worksheet("owssvr")
fdate = wb.add_format({"num_format": "dd/mm/yyyy"})
fdt = wb.add_format({"num_format": "dd/mm/yyyy hh:mm"})
fpct = wb.add_format({"num_format": "0%"})
fwrap = wb.add_format({"text_wrap": True, "valign": "top"})
data = []
for r in frows:
    data.append([r["id"], r["title"], r["text"], "HMICFRS", r["report_name"], r["ref"], r["rectype"],
                 r["assigned"], r["status"], r["pct"], r["target"], r["notes"], r["modified"],
                 r["created_by"], "Item", PATH])
ws.add_table(0, 0, len(data), len(cols) - 1, {
    "name": "Table_owssvr", "style": "Table Style Medium 2",
    "columns": [{"header": c} for c in cols]})
for i, row in enumerate(data, start=1):
    for j, v in enumerate(row):
        c = cols[j]
        if v is None or v == "":
            continue
        if c == "Target Date" and isinstance(v, dt.datetime):
            ws.write_datetime(i, j, v, fdate)
        elif c == "Modified":
            ws.write_datetime(i, j, v, fdt)
        elif c == "% Complete":
            ws.write_number(i, j, v, fpct)
        elif c == "ID":
            ws.write_number(i, j, v)
        elif c == "Source Reference" and str(v).isdigit():
            ws.write_string(i, j, str(v))
        elif c == "Recommendation Text":
            ws.write_string(i, j, v, fwrap)
        else:
            ws.write_string(i, j, str(v))
ws.set_column(0, 0, 6)
ws.set_column(1, 1, 30)
ws.set_column(2, 2, 70)
ws.set_column(3, 15, 16)
ws.freeze_panes(1, 0)
# analyst's summary sheet (not items)
ws2 = wb.add_worksheet("Summary")
ws2.write(0, 0, "Count of Title by Status (pasted from pivot, 18/11/2024)")
ws2.write(2, 0, "Status")
ws2.write(2, 1, "Count of Title")
counts = {}
for r in frows:
    counts[r["status"]] = counts.get(r["status"], 0) + 1
for k, (s, n) in enumerate(sorted(counts.items())):
    ws2.write(3 + k, 0, s)
    ws2.write(3 + k, 1, n)
ws2.write(3 + len(counts), 0, "Grand Total")
ws2.write(3 + len(counts), 1, sum(counts.values()))
wb.close()

# ---------------------------------------------------------------- write hmicfrs.csv (register export)
hm_sorted = sorted(items, key=lambda i: (-i["pub"].toordinal(), i["id"]))
with open(os.path.join(OUT, "hmicfrs.csv"), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Id", "Force", "Report title", "Published", "Type", "Recommendation", "Status",
                "Last updated"])
    for k, it in enumerate(hm_sorted):
        if it["status"] == "awaiting-review":
            upd = it["pub"] + dt.timedelta(days=rng.randint(1, 20))
        else:
            upd = min(EXPORT_DAY - dt.timedelta(days=3),
                      it["pub"] + dt.timedelta(days=rng.randint(120, 1400)))
        it["row"] = k + 2
        w.writerow([it["id"], FORCE, it["report"], ordinal(it["pub"]), it["type"], it["text"],
                    it["status"], ordinal(upd)])

# ---------------------------------------------------------------- truth
for k, r in enumerate(frows):
    r["row"] = k + 2


def cat_of(it, rows):
    if it["conflict"]:
        return "conflict"
    if not rows:
        return "missing_from_force"
    hm_open = it["status"] in HM_OPEN_
    done = all(r["status"] in DONE for r in rows)
    if hm_open and done:
        return "closeable_submit"
    if not hm_open and not done:
        return "closeable_local"
    return "in_sync"


RECUR = {"efc15_R1", "efc16_R1", "efc17_R1", "efc15_R2", "efc16_R2", "efc15_R3", "efc17_R3",
         "peel21_R4", "peel23_R4", "peel18_R5", "peel21_R5", "peel23_R5"}
NEAR = {"sas132", "sas150"}
truth = []
for it in items:
    rows = [r for r in frows if r["hm"] is it]
    cat = cat_of(it, rows)
    it["cat"] = cat
    if not rows:
        why = f"HMICFRS {it['id']} ({it['status']}) has no row on the force list"
        if it["name"] in RECUR:
            why += "; the same AFI text is tracked only under another year's report"
        if it["name"] == "powers3":
            why += " (addressed to the Home Office and NPCC; force never added it)"
        truth.append((f"hmicfrs.csv!{it['row']}", "", cat, why))
        continue
    for r in rows:
        if cat == "conflict":
            why = it["conflict"]
        else:
            st = "; ".join(sorted({x["status"] for x in rows}))
            why = (f"HMICFRS {it['id']} {it['status']}; force Status {st}"
                   f" (text {r['mode']}, Report Name '{r['report_name']}'"
                   + (f", ref '{r['ref']}'" if r["ref"] else "") + ")")
            if len(rows) > 1:
                why += (f"; item tracked as {len(rows)} force rows"
                        + (" (same item entered twice on the list)" if it["name"] == "peel18_dup" else " (one per bullet)"))
            if it["name"] in RECUR:
                why += "; identical text exists under another report/year - only Report Name tells them apart"
            if it["name"] in NEAR:
                why += "; near-identical national text in Stop and search 2013 and 2015 - Report Name tells them apart"
            if it["name"] == "peel21_fraud":
                why += "; near-identical to the stalking 'kept informed' AFI (different crime type)"
        truth.append((f"hmicfrs.csv!{it['row']}", f"owssvr!{r['row']}", cat, why))
for r in frows:
    if r["hm"] is None and r["mode"] != "test":
        truth.append(("", f"owssvr!{r['row']}", "not_on_hmicfrs_list",
                      r["why_extra"] + f" (Report Name '{r['report_name']}', Status {r['status']})"))

truth.sort(key=lambda t: (int(t[0].split("!")[1]) if t[0] else 10**6,
                          int(t[1].split("!")[1]) if t[1] else 0))
with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

# stats for README
from collections import Counter  # noqa: E402
print("HMICFRS items:", len(items), "force rows:", len(frows), "(incl. 1 test row)")
print("truth lines:", len(truth), Counter(t[2] for t in truth))
print("test row:", f"owssvr!{test['row']}")
print("items by category:", Counter(i["cat"] for i in items))
