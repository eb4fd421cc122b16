"""Case register_vs_plan_csv: HMICFRS register export (CSV, Windows-1252) vs a force action plan
(CSV saved from Excel, Windows-1252) where one recommendation is tracked as several actions.

Force: Leicestershire Police. Run with /work/main/.venv/bin/python."""
from __future__ import annotations

import csv
import datetime as dt
import os
import random
import re

from common import (
    AFI, BWV_2021, CAUSES, COC, LEADS, LOCAL_ACTIONS, MSHT_NRM, NAT, REC,
    SAS_MONITORING_2017, SF_LEADERSHIP, abbreviate, afi, body, misspell, national, ordinal,
    retype, strip_stem, topic,
)

SEED = 7331
rng = random.Random(SEED)
OUT = "/tmp/indep/sharepoint/register_vs_plan_csv"
os.makedirs(OUT, exist_ok=True)

FORCE = "Leicestershire Police"
EXPORT_DAY = dt.date(2024, 12, 2)

# key -> (HMICFRS title, published, force Report names, first id, force section heading)
REPORTS: dict[str, tuple] = {}


def rep(key, title, pub, names, id0):
    REPORTS[key] = (title, pub, names, id0)


for k, names, id0 in [
    ("core", ["Core business"], 4830),
    ("integrity", ["Integrity matters"], 3417),
    ("firearms", ["Firearms licensing 2015"], 5061),
    ("stolen", ["Stolen Freedom (MSHT) 2017"], 8731),
    ("efc17n", ["PEEL Efficiency 17 (all forces)"], 8452),
    ("leg17n", ["PEEL Legit 17 S&S"], 8556),
    ("powers", ["Police powers spotlight (Feb 21)"], 13402),
]:
    t, p, _ = national(k[:-1] if k in ("efc17n", "leg17n") else k)
    rep(k, t, p, names, id0)
rep("peel18", f"PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – {FORCE}",
    dt.date(2019, 5, 2), ["PEEL 2018/19"], 9903)
rep("ncpi18", f"National child protection inspection 2018 – {FORCE}", dt.date(2018, 6, 21),
    ["NCPI 2018"], 9527)
rep("cdi19", f"Crime data integrity inspection 2019 – {FORCE}", dt.date(2019, 10, 3),
    ["CDI 2019"], 10452)
rep("peel21", f"PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – {FORCE}",
    dt.date(2022, 3, 17), ["PEEL 2021/22", "PEEL 21-22"], 12288)
rep("peel23", f"PEEL: Police effectiveness, efficiency and legitimacy 2023/25 – {FORCE}",
    dt.date(2024, 4, 26), ["PEEL 2023-25", "PEEL 23-25"], 16044)

items: list[dict] = []
_next: dict[str, int] = {}


def add(rk, typ, text, status, name=None):
    _, pub, _, id0 = REPORTS[rk]
    nid = _next.get(rk, id0)
    _next[rk] = nid + rng.choice([1, 1, 1, 2])
    it = dict(id=nid, rkey=rk, report=REPORTS[rk][0], pub=pub, type=typ, text=text,
              status=status, name=name, conflict=None)
    items.append(it)
    return it


def N(name):
    return next(i for i in items if i["name"] == name)


ST = {"c": "complete", "b": "being-progressed", "a": "awaiting-review"}
nat_status = {"core": "cc", "integrity": "b", "firearms": "cbccc", "stolen": "bcbbccb",
              "efc17n": "b", "leg17n": "cccbc", "powers": "cbbbb"}
for k in ["core", "integrity", "firearms", "stolen", "efc17n", "leg17n", "powers"]:
    _, _, its = national(k[:-1] if k in ("efc17n", "leg17n") else k)
    for j, (typ, text) in enumerate(its):
        add(k, COC if typ == COC else NAT, text, ST[nat_status[k][j]], f"{k}{j}")

add("ncpi18", REC, f"Within six months {FORCE} should, " + body("detention o") + ".", "being-progressed", "ncpi_split")
add("ncpi18", REC, "Within six months, the force should " + body("reports of missing children") + ".", "complete", "ncpi_missing")
add("ncpi18", AFI, afi(topic("partner organisations", "child sexual exploitation")), "complete", "ncpi_lost")
add("peel18", COC, CAUSES[2], "complete", "p18_coc")
add("peel18", REC, "HMIC recommends that within six months the force should: " + body("regular and active supervision") + ";", "complete", "p18_r1")
add("peel18", REC, "HMIC recommends that within six months the force should: " + body("released under investigation") + ";", "being-progressed", "p18_r2")
add("peel18", AFI, afi(body("crime-recording and management system")), "complete", "p18_a1")
add("peel18", AFI, afi(body("fuller understanding of current demand")), "being-progressed", "p18_a2")
add("peel18", AFI, afi(body("confidential way for staff")), "complete", "p18_a3")
add("peel18", AFI, afi(body("equality and diversity data")), "being-progressed", "p18_lost")
add("peel18", AFI, afi(body("succession plans")), "being-progressed", "p18_a5")
add("cdi19", REC, "Within three months, the force should " + body("call-handlers with specific") + ".", "complete", "cdi_r1")
add("cdi19", AFI, afi(topic("records reports", "domestic abuse")), "being-progressed", "cdi_type")
add("cdi19", AFI, afi(topic("records reports", "stalking and harassment")), "complete", "cdi_a2")
add("peel21", AFI, afi(topic("timeliness of its response", "domestic abuse")), "being-progressed", "p21_split3")
add("peel21", AFI, afi(body("supervision of investigations, so")), "complete", "p21_split2")
add("peel21", AFI, afi(topic("kept informed", "stalking and harassment")), "being-progressed", "p21_a3")
add("peel21", AFI, afi(topic("allocated to officers", "rape and serious sexual offences")), "being-progressed", "p21_a4")
add("peel21", AFI, afi(topic("nature and scale", "county lines drug dealing")), "complete", "p21_a5")
add("peel21", AFI, afi(topic("ancillary orders", "violence against women and girls")), "being-progressed", "p21_a6")
add("peel21", AFI, afi(body("accurate data and analysis")), "being-progressed", "p21_a7")
add("peel21", AFI, afi(body("gathering and analysis of staff")), "complete", "p21_a8")
add("peel21", AFI, afi(body("review the support available")), "being-progressed", "p21_wrongrep")
add("peel21", AFI, afi(topic("evaluate its work", "knife crime")), "complete", "p21_a10")
add("peel23", COC, CAUSES[3], "awaiting-review", "p23_coc")
add("peel23", REC, "To address this cause of concern, HMIC recommends the force should immediately "
    + body("increasing the use of arrest") + ".", "awaiting-review", "p23_split3")
add("peel23", REC, "Within six months the force should " + body("high proportion of") + ".", "awaiting-review", "p23_split2")
add("peel23", AFI, afi(body("control room")), "being-progressed", "p23_a1")
add("peel23", AFI, afi(body("background checks")), "being-progressed", "p23_a2")
add("peel23", AFI, afi(body("accessible information")), "awaiting-review", "p23_a3")
add("peel23", AFI, afi(body("strategic oversight")), "being-progressed", "p23_a4")
add("peel23", AFI, afi(body("corporate risk register")), "being-progressed", "p23_a5")
add("peel23", AFI, afi(body("support performance management are")), "awaiting-review", "p23_a6")
add("peel23", AFI, afi(topic("training they need", "honour-based abuse")), "awaiting-review", "p23_lost")

# ---------------------------------------------------------------- force action plan rows
PEOPLE = ["DI Sarah Holt", "Supt Dean Whitworth", "Ch Insp Anita Patel", "Mark Kowalski",
          "Louise Fairbairn", "DCI Gary Ashworth", "Joanne McCready", "Insp Tariq Iqbal",
          "Helen Sutcliffe", "DS Matthew Rowe", "Kelly Dobson", "Neil Hargreaves"]
LEAD = [x for x in LEADS if x and x not in ("Supt Firearms Licensing", "Ch Insp Custody",
                                             "Supt Contact Centre", "Director of Finance")]
POSITION = {"GREEN": ["Complete", "Complete", "Pending sign off"],
            "AMBER": ["Open - Actions on going on track"],
            "RED": ["Open - Actions on going off track"],
            "WHITE": ["Not force responsibility"], "GREY": ["Superseded"]}
DONE_RAG = ("GREEN", "WHITE", "GREY")
DONE_NOTE = ["Completed. Evidence submitted to HMICFRS for closure.", "Ready to move to GREEN status.",
             "Pending sign off by the chief officer lead.",
             "The policy is now signed off and in place with an implementation date of the end of October."]
OPEN_NOTE = ["Work undertaken in area but still requires development to complete.",
             "A Task & Finish group has been set up and a full implementation/project plan, policy "
             "rewrite and communications plan is now completed.",
             "Little work yet undertaken in this area. Unlikely to reach deadlines.",
             "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
             "Addressed holistically as part of the force change programme.", "xxx"]
MONEY = ["Business case for £240k uplift to the team approved at Force Executive Board.",
         "Bid for £65,000 from the PCC’s commissioning fund submitted.",
         "£1.2m capital allocated in the 2024/25 budget – procurement under way."]

rows: list[dict] = []   # in plan order; 'kind' item/heading/blank/title/legend


def update_text(rag, pub, action=None):
    d1 = min(EXPORT_DAY - dt.timedelta(days=rng.randint(5, 60)),
             pub + dt.timedelta(days=rng.randint(200, 1500)))
    note = rng.choice(DONE_NOTE if rag == "GREEN" else OPEN_NOTE)
    if rag == "WHITE":
        note = "Not the force's responsibility to deliver; dependent upon another organisation."
    if rag == "GREY":
        note = "Superseded – picked up in the PEEL 2018/19 actions. No further action for this entry."
    parts = []
    if action:
        parts.append(action)
    parts.append(f"{d1:%d/%m/%Y} – {note}")
    if rng.random() < 0.35:
        d0 = d1 - dt.timedelta(days=rng.randint(60, 200))
        extra = rng.choice(MONEY) if rng.random() < 0.3 else rng.choice(OPEN_NOTE[:2])
        if rag in ("WHITE", "GREY"):
            extra = "Review at Organisational Learning Board."
        parts.append(f"{d0:%d/%m/%Y} – {extra}")
    return "\n".join(parts), d1


def item_row(it, ref, text, rag, report=None, action=None, lead=None, owner=None):
    rk = it["rkey"] if it else None
    pub = REPORTS[rk][1] if rk else dt.date(2023, 4, 1)
    upd, d1 = update_text(rag, pub, action)
    r = dict(kind="item", hm=it, Ref=ref, text=text,
             Report=report or (REPORTS[rk][2][0] if rk else ""),
             Lead=lead or rng.choice(LEAD), Owner=owner or rng.choice(PEOPLE), RAG=rag,
             Position=rng.choice(POSITION[rag]), Update=upd, Date=f"{d1:%d/%m/%Y}")
    rows.append(r)
    return r


def ftext(it, mode=None):
    t = it["text"]
    mode = mode or rng.choices(["verbatim", "retyped", "nostem", "abbrev", "typo"], [30, 25, 20, 15, 10])[0]
    return {"verbatim": lambda: t, "retyped": lambda: retype(t),
            "nostem": lambda: strip_stem(retype(t)),
            "abbrev": lambda: abbreviate(retype(t), rng, k=2, amp=rng.random() < 0.4),
            "typo": lambda: misspell(retype(t), rng)}[mode]()


def rag_for(it, p_done_open=0.35, p_done_closed=0.7):
    if it["status"] == "complete":
        return rng.choice(["GREEN", "GREEN", "GREEN"]) if rng.random() < p_done_closed else rng.choice(["AMBER", "AMBER", "RED"])
    return "GREEN" if rng.random() < p_done_open else rng.choice(["AMBER", "AMBER", "RED"])


def heading(text):
    rows.append(dict(kind="heading", text=text))


def blank():
    rows.append(dict(kind="blank"))


ABRIDGED = {
    "p18_a1": "Improve use of crime recording system to manage case files",
    "p18_a2": "Better understand current & future demand",
    "p18_a3": "Confidential route for staff to raise concerns / whistleblowing awareness",
    "p18_a5": "Succession plans to improve diversity (incl. direct entry)",
    "p21_a7": "Access to accurate data & analysis for performance mgmt",
    "p21_a8": "Monitor team cultures via staff feedback - act on issues",
    "p21_a3": "Keep stalking/harassment victims updated (VCOP)",
    "p23_a5": "Corporate risk register actively used",
    "p23_a6": "Performance management processes effective",
    "cdi_a2": "Record S&H reports accurately & promptly",
}


def count_heading(rk):
    its = [i for i in items if i["rkey"] == rk]
    c = {t: sum(1 for i in its if i["type"] == t) for t in (COC, REC, NAT, AFI)}
    bits = []
    if c[COC]:
        bits.append(f"{c[COC]} cause{'s' if c[COC] > 1 else ''} of concern")
    if c[REC] + c[NAT]:
        n = c[REC] + c[NAT]
        bits.append(f"{n} recommendation{'s' if n > 1 else ''}")
    if c[AFI]:
        bits.append(f"{c[AFI]} AFI{'s' if c[AFI] > 1 else ''}")
    return ", ".join(bits)


def pub_str(d):
    return f"{d.day} {d.strftime('%B %Y')}"


SKIP = {"powers3", "stolen2", "core0", "p18_lost", "p23_lost", "ncpi_lost", "integrity0"}  # missing


def simple(it, ref, **kw):
    mode = kw.pop("mode", None)
    if it["name"] in ABRIDGED:
        text = ABRIDGED[it["name"]]
    else:
        text = ftext(it, mode)
    return item_row(it, ref, text, kw.pop("rag", None) or rag_for(it), **kw)


# ---- title block
rows.append(dict(kind="title", text="Leicestershire Police – HMICFRS Recommendations and AFIs: Improvement Action Plan"))
rows.append(dict(kind="title", text="Organisational Learning Team – position as at 02/12/2024 (v14). OFFICIAL"))
blank()
rows.append(dict(kind="header"))

# ---- PEEL 2023-25
rk = "peel23"
heading(f"PEEL 2023-25 – published {pub_str(REPORTS[rk][1])} ({count_heading(rk)})")
simple(N("p23_coc"), "P23-CoC1", rag="AMBER")
it = N("p23_split3")
acts = [LOCAL_ACTIONS[0].replace("{t}", "domestic abuse"),
        LOCAL_ACTIONS[1].replace("{t}", "domestic abuse"),
        LOCAL_ACTIONS[6].replace("{t}", "domestic abuse")]
for j, (a, rag) in enumerate(zip(acts, ["AMBER", "AMBER", "GREEN"])):
    item_row(it, f"P23-R1.{j+1}", ftext(it, "nostem") if j == 0 else "", rag,
             action=f"Action {j+1}: {a}.", lead="ACC Crime")
it = N("p23_split2")
txt = ftext(it, "retyped")
for j, (a, rag) in enumerate(zip([LOCAL_ACTIONS[2].replace("{t}", "domestic abuse"),
                                  LOCAL_ACTIONS[7].replace("{t}", "domestic abuse")], ["AMBER", "RED"])):
    item_row(it, f"P23-R2.{j+1}", txt, rag, action=f"Action {j+1}: {a}.", lead="Ch Supt Public Protection")
for k, nm in enumerate(["p23_a1", "p23_a2", "p23_a3", "p23_a4", "p23_a5", "p23_a6"]):
    simple(N(nm), f"P23-AFI{k+1}", report=REPORTS[rk][2][rng.random() < 0.2])
# report conflict: a PEEL 2021/22 AFI filed in this section
it = N("p21_wrongrep")
it["conflict"] = ("report differs: the plan files this AFI under 'PEEL 2023-25' (Ref P23-AFI7) but its "
                  "text is the PEEL 2021/22 AFI; PEEL 2023/25 has no such AFI")
item_row(it, "P23-AFI7", ftext(it, "verbatim"), "AMBER", report="PEEL 2023-25")
# hot debrief item: not on the list
item_row(None, "P23-HD1", afi(topic("problem-solving", "neighbourhood crime")), "AMBER",
         report="PEEL 2023-25 (hot debrief)")
rows[-1]["why"] = "hot-debrief finding tracked before publication; not one of the published items on the register"
blank()

# ---- PEEL 2021/22
rk = "peel21"
heading(f"PEEL 2021/22 – published {pub_str(REPORTS[rk][1])} ({count_heading(rk)})")
it = N("p21_split3")
txt = ftext(it, "verbatim")
for j, a in enumerate([LOCAL_ACTIONS[3].replace("{t}", "domestic abuse"),
                       LOCAL_ACTIONS[6].replace("{t}", "domestic abuse"),
                       LOCAL_ACTIONS[1].replace("{t}", "domestic abuse")]):
    item_row(it, f"P21-AFI1.{j+1}", txt, "GREEN", action=f"Action {j+1}: {a}.", lead="Supt Contact Centre")
it = N("p21_split2")
for j, (a, rag) in enumerate(zip([LOCAL_ACTIONS[2].replace("{t}", "burglary"),
                                  "Introduce a supervisory review template on the crime management system"],
                                 ["GREEN", "AMBER"])):
    item_row(it, f"P21-AFI2.{j+1}", ftext(it, "abbrev") if j == 0 else "", rag,
             action=f"Action {j+1}: {a}.", lead="Det Ch Supt Force CID")
for k, nm in enumerate(["p21_a3", "p21_a4", "p21_a5", "p21_a6", "p21_a7", "p21_a8", "p21_a10"]):
    simple(N(nm), f"P21-AFI{k+3}", report=REPORTS[rk][2][rng.random() < 0.25])
for a, t in [(4, "stalking and harassment"), (9, "violence against women and girls")]:
    item_row(None, f"P21-L{a}", "Force action - " + LOCAL_ACTIONS[a].replace("{t}", t), "AMBER",
             report="PEEL 2021/22")
    rows[-1]["why"] = "force's own action listed in the PEEL 2021/22 section; not an HMICFRS item"
blank()

# ---- CDI 2019
rk = "cdi19"
heading(f"Crime Data Integrity 2019 – published {pub_str(REPORTS[rk][1])} ({count_heading(rk)})")
simple(N("cdi_r1"), "CDI-R1")
it = N("cdi_type")
it["conflict"] = ("type differs: HMICFRS Type 'Area for improvement'; the plan records it as "
                  "'Recommendation 2:' (Ref CDI-R2)")
item_row(it, "CDI-R2", "Recommendation 2: " + ftext(it, "retyped"), "AMBER")
simple(N("cdi_a2"), "CDI-AFI1")
blank()

# ---- PEEL 2018/19
rk = "peel18"
heading(f"PEEL 2018/19 – published {pub_str(REPORTS[rk][1])} ({count_heading(rk)})")
for nm, ref in [("p18_coc", "P18-CoC1"), ("p18_r1", "P18-R1"), ("p18_r2", "P18-R2"),
                ("p18_a1", "P18-AFI1"), ("p18_a2", "P18-AFI2"), ("p18_a3", "P18-AFI3"),
                ("p18_a5", "P18-AFI5")]:
    simple(N(nm), ref)
blank()

# ---- NCPI 2018
rk = "ncpi18"
heading(f"National Child Protection Inspection 2018 – published {pub_str(REPORTS[rk][1])} ({count_heading(rk)})")
it = N("ncpi_split")
bul = [b.strip().rstrip(";").removesuffix("and").strip().rstrip(";")
       for b in body("detention o").split("•")[1:]]
for j, b in enumerate(bul):
    item_row(it, f"NCPI-R1{'abcd'[j]}", ("Detention of children (with CSC): " if j == 0 else "") + b[:1].upper() + b[1:],
             "GREEN", lead="Ch Insp Custody")
simple(N("ncpi_missing"), "NCPI-R2", mode="retyped")
blank()

# ---- national reports
def nat_section(rk, heading_text):
    heading(heading_text)


rk = "powers"
heading(f"Disproportionate use of police powers (spotlight) – published {pub_str(REPORTS[rk][1])}")
for nm in ["powers0", "powers1"]:
    simple(N(nm), str(N(nm)["id"]))
it = N("powers2")
it["conflict"] = ("split into parts: the plan has rows for the first two parts (BWV recording; internal "
                  "review of footage) but none for 'provide external scrutiny panel members with access "
                  "to samples of body-worn video footage'")
parts = BWV_2021.split("\n")
item_row(it, f"{it['id']}-1", parts[0], "GREEN", lead="ACC Local Policing")
item_row(it, f"{it['id']}-2", "By September 2021, forces should " + parts[1], "AMBER", lead="ACC Local Policing")
it = N("powers4")
hm13 = N("powers3")
it["conflict"] = (f"reference differs: plan Ref '{hm13['id']}' is the register id of the Home Office/NPCC "
                  f"data recommendation; the text is item {it['id']} (internal monitoring of use of force)")
item_row(it, str(hm13["id"]), ftext(it, "retyped"), "GREEN")
blank()

rk = "stolen"
heading(f"Stolen Freedom (MSHT) – published {pub_str(REPORTS[rk][1])} (7 recommendations for all forces)")
it = N("stolen0")
head, *bl = SF_LEADERSHIP.split("\n")
for j, (b, rag) in enumerate(zip(bl, ["GREEN", "GREEN", "AMBER", "GREEN"])):
    item_row(it, f"{it['id']}-{j+1}", f"{head} {b.lstrip('• ').strip()}", rag, lead="Det Ch Supt Force CID")
simple(N("stolen1"), str(N("stolen1")["id"]), mode="abbrev")
it = N("stolen3")
txt = retype(MSHT_NRM)
for j, a in enumerate([LOCAL_ACTIONS[1].replace("{t}", "modern slavery and human trafficking"),
                       LOCAL_ACTIONS[5].replace("{t}", "modern slavery and human trafficking")]):
    item_row(it, f"{it['id']}-{j+1}", txt, "GREEN", action=f"Action {j+1}: {a}.", lead="Det Ch Supt Force CID")
for nm in ["stolen4", "stolen5", "stolen6"]:
    simple(N(nm), str(N(nm)["id"]))
blank()

rk = "leg17n"
heading(f"PEEL Legitimacy 2017 (national) – stop and search – published {pub_str(REPORTS[rk][1])}")
simple(N("leg17n0"), str(N("leg17n0")["id"]), rag="GREEN")
it = N("leg17n1")
head, rest = SAS_MONITORING_2017.split("\n", 1)
for j, b in enumerate([x.strip(" ;") for x in rest.split("•")[1:]]):
    b = re.sub(r"\s*and$", "", b).strip(" ;")
    item_row(it, f"{it['id']}-{j+1}", f"{head} {b}", "GREEN", lead="ACC Local Policing")
simple(N("leg17n2"), str(N("leg17n2")["id"]))
simple(N("leg17n3"), str(N("leg17n3")["id"]), mode="retyped")
it = N("leg17n4")
it["conflict"] = ("publication date differs: the plan's Report cell says 'PEEL Legitimacy 2017 – published "
                  "12 December 2018'; the register has 12th December 2017")
item_row(it, str(it["id"]), ftext(it, "retyped"), "AMBER",
         report="PEEL Legitimacy 2017 – published 12 December 2018")
blank()

rk = "firearms"
heading(f"Targeting the Risk (firearms licensing) – published {pub_str(REPORTS[rk][1])}")
simple(N("firearms0"), str(N("firearms0")["id"]))
it = N("firearms1")
it["conflict"] = ("timescale differs: HMICFRS text 'Within three months, all chief constables should assess "
                  "the demand ...'; plan text 'Within six months, ...'")
item_row(it, str(it["id"]), retype(it["text"]).replace("Within three months", "Within six months"), "GREEN",
         lead="Supt Firearms Licensing")
for nm in ["firearms2", "firearms3", "firearms4"]:
    simple(N(nm), str(N(nm)["id"]), lead="Supt Firearms Licensing")
blank()

heading("Older national reports")
simple(N("efc17n0"), str(N("efc17n0")["id"]), rag="WHITE", report="PEEL Efficiency 17 (all forces)")
simple(N("core1"), str(N("core1")["id"]), rag="GREY")
item_row(None, "PE17-AFI2", afi(body("links between its outcomes")), "GREY", report="PEEL Efficiency 2017")
rows[-1]["why"] = ("PEEL Efficiency 2017 force AFI still carried on the plan (GREY, superseded); not on "
                   "this force's register export")
blank()

heading("Internal audit actions (Joint Audit Committee) – not HMICFRS")
for a, t in [(8, "counter-corruption"), (8, "digital forensics")]:
    item_row(None, f"IA23-0{a - 5 + (t == 'digital forensics')}",
             "Internal audit action: " + LOCAL_ACTIONS[a].replace("{t}", t), "AMBER",
             report="Internal Audit 2023/24", lead="Director of Finance")
    rows[-1]["why"] = "internal audit action kept in the same plan; not an HMICFRS item"
blank()
rows.append(dict(kind="legend", text="RAG key: GREEN – complete / pending sign off; AMBER – on track; "
                 "RED – off track; WHITE – not force responsibility; GREY – superseded"))
n_act = sum(1 for r in rows if r["kind"] == "item")
n_done = sum(1 for r in rows if r["kind"] == "item" and r["RAG"] in DONE_RAG)
rows.append(dict(kind="legend", text=f"Total actions: {n_act}. Complete: {n_done}."))

# all items either tracked or deliberately missing
tracked = {id(r["hm"]) for r in rows if r.get("hm")}
for it in items:
    assert (id(it) in tracked) != (it["name"] in SKIP), it["name"]

# ---------------------------------------------------------------- write tracker.csv (cp1252)
COLS = ["Ref", "Recommendation / AFI", "Report", "Lead", "Action owner", "RAG", "Position", "Update",
        "Date of last update"]
with open(os.path.join(OUT, "tracker.csv"), "w", encoding="cp1252", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    for k, r in enumerate(rows, start=1):
        r["row"] = k
        if r["kind"] == "header":
            w.writerow(COLS)
        elif r["kind"] == "blank":
            w.writerow([""] * len(COLS))
        elif r["kind"] in ("title", "heading", "legend"):
            w.writerow([r["text"]] + [""] * (len(COLS) - 1))
        else:
            w.writerow([r["Ref"], r["text"], r["Report"], r["Lead"], r["Owner"], r["RAG"], r["Position"],
                        r["Update"], r["Date"]])

# ---------------------------------------------------------------- write hmicfrs.csv (cp1252)
COMMENTS_CLOSED = ["This recommendation is complete",
                   "Authorised for closure on the basis of the additional observations offered by members "
                   "of the CDI inspection team in recent inspection activity.",
                   "This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
                   "inspections. Where a cause of concern still exists this will appear in the register "
                   "against these subsequent inspections."]
COMMENTS_OPEN = ["The progress of the implementation of this recommendation is currently being monitored by "
                 "HMICFRS and this record will, in due course, be updated.",
                 "The status of this recommendation is currently being reviewed by HMIC and will be updated "
                 "when this review is complete.",
                 "Force update: “£240k uplift approved; recruitment to the new team under way – "
                 "expected completion Q4 2024/25.”"]
hm_sorted = sorted(items, key=lambda i: i["id"])
with open(os.path.join(OUT, "hmicfrs.csv"), "w", encoding="cp1252", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["Id", "Force", "Report title", "Published", "Type", "Recommendation", "Status",
                "Last updated", "Latest comment"])
    for k, it in enumerate(hm_sorted, start=2):
        it["row"] = k
        if it["status"] == "awaiting-review":
            upd, com = it["pub"] + dt.timedelta(days=rng.randint(1, 14)), "New recommendation"
        else:
            upd = min(EXPORT_DAY - dt.timedelta(days=9), it["pub"] + dt.timedelta(days=rng.randint(150, 1500)))
            com = rng.choice(COMMENTS_CLOSED if it["status"] == "complete" else COMMENTS_OPEN)
        w.writerow([it["id"], FORCE, it["report"], ordinal(it["pub"]), it["type"], it["text"], it["status"],
                    ordinal(upd), com])

# ---------------------------------------------------------------- truth
truth = []
for it in items:
    rs = [r for r in rows if r.get("hm") is it]
    if it["conflict"]:
        cat = "conflict"
    elif not rs:
        cat = "missing_from_force"
    else:
        hm_open = it["status"] != "complete"
        done = all(r["RAG"] in DONE_RAG for r in rs)
        cat = ("closeable_submit" if hm_open and done else "closeable_local" if (not hm_open and not done)
               else "in_sync")
    it["cat"] = cat
    if not rs:
        why = f"HMICFRS {it['id']} ({it['status']}) has no row in the action plan"
        if it["name"] == "powers3":
            why += "; its id is (wrongly) used as the Ref of the use-of-force row"
        truth.append((f"hmicfrs.csv!{it['row']}", "", cat, why))
        continue
    for r in rs:
        if cat == "conflict":
            why = it["conflict"]
        else:
            rags = "/".join(x["RAG"] for x in rs)
            why = f"HMICFRS {it['id']} {it['status']}; plan RAG {rags}"
            if len(rs) > 1:
                why += f"; one item tracked as {len(rs)} action rows (Ref {rs[0]['Ref']}..{rs[-1]['Ref']})"
                if not r["text"]:
                    why += "; this action row has a blank Recommendation cell (merged cell above)"
            if it["name"] in ABRIDGED:
                why += f"; plan holds only an abridged summary '{ABRIDGED[it['name']]}'"
            if r["RAG"] == "WHITE":
                why += "; WHITE = not force responsibility, counted as done"
            if r["RAG"] == "GREY":
                why += "; GREY = superseded, counted as done"
        truth.append((f"hmicfrs.csv!{it['row']}", f"tracker.csv!{r['row']}", cat, why))
for r in rows:
    if r["kind"] == "item" and r["hm"] is None:
        truth.append(("", f"tracker.csv!{r['row']}", "not_on_hmicfrs_list",
                      r["why"] + f" (Ref {r['Ref']}, RAG {r['RAG']})"))
truth.sort(key=lambda t: (int(t[0].split("!")[1]) if t[0] else 10**6, int(t[1].split("!")[1]) if t[1] else 0))
with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

from collections import Counter  # noqa: E402
print("HMICFRS items:", len(items), "plan records:", len(rows), "item rows:", n_act)
print("truth lines:", len(truth), Counter(t[2] for t in truth))
print("items by category:", Counter(i["cat"] for i in items))
print("non-item rows:", [(r["row"], r["kind"]) for r in rows if r["kind"] != "item"])
